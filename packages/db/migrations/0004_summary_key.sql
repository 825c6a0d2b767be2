ALTER TABLE "petitions" ADD COLUMN "summary_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "petitions_summary_trgm_idx" ON "petitions" USING gin ("summary_key" gin_trgm_ops);