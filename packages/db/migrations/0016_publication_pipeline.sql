ALTER TABLE "publications" ADD COLUMN "field_code" text;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "legal_basis" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "publish_due_date" date;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "posted_from" date;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "taken_down_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "taken_down_by" uuid;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_taken_down_by_users_id_fk" FOREIGN KEY ("taken_down_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Publications already on the portal count their posting from the Vietnamese date they went up.
UPDATE "publications" SET "posted_from" = ("published_at" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date WHERE "published_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "publications_state_signed_idx" ON "publications" USING btree ("state","signed_date");--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_takedown_has_reason" CHECK ("publications"."state" <> 'taken_down' or length(trim("publications"."takedown_reason")) > 0);