CREATE TABLE "reception_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"place" text NOT NULL,
	"host_name" text NOT NULL,
	"host_title" text NOT NULL,
	"host_user_id" uuid,
	"kind" text NOT NULL,
	"note" text,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_sessions_times" CHECK ("reception_sessions"."end_time" > "reception_sessions"."start_time")
);
--> statement-breakpoint
CREATE TABLE "regular_reception_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"place" text NOT NULL,
	"days" text NOT NULL,
	"hours" text NOT NULL,
	"note" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "handled_date" date;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "handled_due_date" date;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_host_user_id_users_id_fk" FOREIGN KEY ("host_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regular_reception_hours" ADD CONSTRAINT "regular_reception_hours_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_sessions_date_idx" ON "reception_sessions" USING btree ("date") WHERE "reception_sessions"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "reception_sessions_agency_date_idx" ON "reception_sessions" USING btree ("agency_id","date");--> statement-breakpoint
CREATE INDEX "regular_reception_hours_agency_idx" ON "regular_reception_hours" USING btree ("agency_id","sort_order");--> statement-breakpoint
CREATE INDEX "cases_signed_idx" ON "cases" USING btree ("signed_date");--> statement-breakpoint
CREATE INDEX "petitions_received_idx" ON "petitions" USING btree ("received_date");--> statement-breakpoint
CREATE INDEX "petitions_handled_idx" ON "petitions" USING btree ("handled_date");--> statement-breakpoint
-- Letters handled before this migration: the day their outcome was approved, from the timeline (Vietnamese date). Their deadline at the time was not kept, so they count as handled but not as on time.
UPDATE "petitions" p SET "handled_date" = h.day FROM (
	SELECT "subject_id", max(("at" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS day FROM "timeline_events"
	WHERE "subject_type" = 'petition' AND "to_state" IN ('accepted', 'not_accepted', 'guided', 'transferred', 'returned', 'urged', 'archived', 'escalated', 'management_check')
	GROUP BY "subject_id"
) h WHERE h."subject_id" = p."id" AND p."status" IN ('accepted', 'not_accepted', 'guided', 'transferred', 'returned', 'urged', 'archived', 'escalated', 'management_check');
