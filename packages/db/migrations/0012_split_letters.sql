DROP INDEX "petitions_receipt_uq";--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "split_from_id" uuid;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "split_index" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "status_before_split" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_split_from_id_petitions_id_fk" FOREIGN KEY ("split_from_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_receipt_uq" ON "petitions" USING btree ("agency_id","receipt_year","receipt_seq","split_index");