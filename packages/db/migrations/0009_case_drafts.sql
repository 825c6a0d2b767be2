ALTER TABLE "cases" ADD COLUMN "draft" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "decision_number" text;