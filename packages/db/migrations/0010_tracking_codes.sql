ALTER TABLE "petitions" ADD COLUMN "tracking_code_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_tracking_uq" ON "petitions" USING btree ("tracking_code_hash");