CREATE TABLE "filed_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"form_code" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"period_label" text NOT NULL,
	"period_request" jsonb NOT NULL,
	"report_table" jsonb NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"content_sha256" text NOT NULL,
	"note" text,
	"filed_by" uuid NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "filed_reports_period_ck" CHECK ("filed_reports"."period_from" <= "filed_reports"."period_to")
);
--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD COLUMN "report_content_group" text;--> statement-breakpoint
ALTER TABLE "filed_reports" ADD CONSTRAINT "filed_reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filed_reports" ADD CONSTRAINT "filed_reports_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "filed_reports_period_uq" ON "filed_reports" USING btree ("agency_id","form_code","period_from","period_to");--> statement-breakpoint
CREATE INDEX "filed_reports_filed_at_idx" ON "filed_reports" USING btree ("agency_id","filed_at");--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_report_content_group_ck" CHECK ("catalogue_items"."report_content_group" is null or "catalogue_items"."report_content_group" in ('admin_policy', 'admin_land_housing', 'admin_other', 'judicial', 'party', 'other'));