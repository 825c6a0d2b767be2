CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"actor_id" uuid,
	"note" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "classification" jsonb;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "proposed_outcome" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "proposal_note" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "proposed_by" uuid;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "duplicate_of_id" uuid;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "status_before_duplicate" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "repeat_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "timeline_subject_idx" ON "timeline_events" USING btree ("subject_type","subject_id","at");--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_duplicate_of_id_petitions_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petitions_duplicate_of_idx" ON "petitions" USING btree ("duplicate_of_id");