CREATE TABLE "reception_directions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"visit_id" uuid,
	"content" text NOT NULL,
	"responsible" text NOT NULL,
	"due_date" date NOT NULL,
	"done_date" date,
	"result" text,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_directions_done_has_result" CHECK ("reception_directions"."done_date" is null or "reception_directions"."result" is not null)
);
--> statement-breakpoint
CREATE TABLE "reception_session_visits" (
	"session_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	CONSTRAINT "reception_session_visits_session_id_visit_id_pk" PRIMARY KEY("session_id","visit_id")
);
--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "host_mode" text DEFAULT 'in_person' NOT NULL;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "published_by" uuid;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "cancelled_by" uuid;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "attendees" text;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "conclusion" text;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "conclusion_document_id" uuid;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "reception_directions" ADD CONSTRAINT "reception_directions_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_directions" ADD CONSTRAINT "reception_directions_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_directions" ADD CONSTRAINT "reception_directions_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_session_visits" ADD CONSTRAINT "reception_session_visits_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_session_visits" ADD CONSTRAINT "reception_session_visits_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reception_directions_position_uq" ON "reception_directions" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "reception_directions_due_idx" ON "reception_directions" USING btree ("due_date") WHERE "reception_directions"."done_date" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reception_session_visits_visit_uq" ON "reception_session_visits" USING btree ("visit_id");--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_conclusion_document_id_documents_id_fk" FOREIGN KEY ("conclusion_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_cancel_reason" CHECK ("reception_sessions"."cancelled_at" is null or "reception_sessions"."cancel_reason" is not null);--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_cancelled_or_recorded" CHECK ("reception_sessions"."cancelled_at" is null or "reception_sessions"."recorded_at" is null);