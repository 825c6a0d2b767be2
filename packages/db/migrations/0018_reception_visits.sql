CREATE TABLE "reception_visitors" (
	"visit_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"is_representative" boolean DEFAULT false NOT NULL,
	"identity_paper" text NOT NULL,
	CONSTRAINT "reception_visitors_visit_id_position_pk" PRIMARY KEY("visit_id","position")
);
--> statement-breakpoint
CREATE TABLE "reception_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"visit_year" integer NOT NULL,
	"visit_seq" integer NOT NULL,
	"visit_date" date NOT NULL,
	"kind" text NOT NULL,
	"mode" text NOT NULL,
	"place" text NOT NULL,
	"receiving_official_id" uuid NOT NULL,
	"head_reception" text,
	"headcount" integer NOT NULL,
	"is_group" boolean NOT NULL,
	"matter_kind" text NOT NULL,
	"field_code" text,
	"summary" text NOT NULL,
	"content" text NOT NULL,
	"history" text,
	"request" text NOT NULL,
	"outcome" text NOT NULL,
	"outcome_note" text,
	"refusal_ground_code" text,
	"refusal_ground_text" text,
	"is_protected" boolean DEFAULT false NOT NULL,
	"petition_id" uuid,
	"is_repeat" boolean DEFAULT false NOT NULL,
	"repeat_of_petition_id" uuid,
	"reply_due_date" date NOT NULL,
	"reply_rule_version" text NOT NULL,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_visits_headcount_positive" CHECK ("reception_visits"."headcount" >= 1),
	CONSTRAINT "reception_visits_refusal_has_ground" CHECK ("reception_visits"."outcome" <> 'refused' or "reception_visits"."refusal_ground_code" is not null),
	CONSTRAINT "reception_visits_letter_linked" CHECK ("reception_visits"."outcome" <> 'letter_received' or "reception_visits"."petition_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "reception_visitors" ADD CONSTRAINT "reception_visitors_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visitors" ADD CONSTRAINT "reception_visitors_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_receiving_official_id_users_id_fk" FOREIGN KEY ("receiving_official_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_repeat_of_petition_id_petitions_id_fk" FOREIGN KEY ("repeat_of_petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_visitors_person_idx" ON "reception_visitors" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_visits_number_uq" ON "reception_visits" USING btree ("agency_id","visit_year","visit_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_visits_petition_uq" ON "reception_visits" USING btree ("petition_id");--> statement-breakpoint
CREATE INDEX "reception_visits_agency_date_idx" ON "reception_visits" USING btree ("agency_id","visit_date");--> statement-breakpoint
CREATE INDEX "reception_visits_search_trgm_idx" ON "reception_visits" USING gin ("search_text" gin_trgm_ops);