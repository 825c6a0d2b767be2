CREATE TABLE "case_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"description" text NOT NULL,
	"responsible" text NOT NULL,
	"due_date" date NOT NULL,
	"done_date" date,
	"done_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"petition_id" uuid NOT NULL,
	"case_year" integer NOT NULL,
	"case_seq" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"status_before_suspension" text,
	"accepted_date" date NOT NULL,
	"is_complex" boolean DEFAULT false NOT NULL,
	"is_remote" boolean DEFAULT false NOT NULL,
	"extensions" integer DEFAULT 0 NOT NULL,
	"suspended_since" date,
	"suspended_days" integer DEFAULT 0 NOT NULL,
	"due_date" date,
	"due_rule_version" text,
	"assignee_id" uuid,
	"subject" text NOT NULL,
	"result_summary" text,
	"decision_year" integer,
	"decision_seq" integer,
	"signed_date" date,
	"signed_by" uuid,
	"send_due_date" date,
	"sent_date" date,
	"closed_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"description" text NOT NULL,
	"minutes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_steps" ADD CONSTRAINT "verification_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_steps" ADD CONSTRAINT "verification_steps_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_measures_case_idx" ON "case_measures" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_petition_uq" ON "cases" USING btree ("petition_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_uq" ON "cases" USING btree ("agency_id","case_year","case_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_decision_number_uq" ON "cases" USING btree ("agency_id","decision_year","decision_seq");--> statement-breakpoint
CREATE INDEX "cases_agency_status_idx" ON "cases" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "cases_agency_due_idx" ON "cases" USING btree ("agency_id","due_date");--> statement-breakpoint
CREATE INDEX "cases_assignee_idx" ON "cases" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "verification_steps_case_idx" ON "verification_steps" USING btree ("case_id","date");