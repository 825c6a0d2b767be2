CREATE TABLE "petition_co_senders" (
	"petition_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"is_representative" boolean DEFAULT false NOT NULL,
	CONSTRAINT "petition_co_senders_petition_id_position_pk" PRIMARY KEY("petition_id","position")
);
--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "respondent" jsonb;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "contested_decision" jsonb;--> statement-breakpoint
ALTER TABLE "petition_co_senders" ADD CONSTRAINT "petition_co_senders_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_co_senders" ADD CONSTRAINT "petition_co_senders_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_co_senders_person_idx" ON "petition_co_senders" USING btree ("person_id");