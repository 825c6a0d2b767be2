DROP INDEX "cases_decision_number_uq";--> statement-breakpoint
CREATE UNIQUE INDEX "cases_decision_number_uq" ON "cases" USING btree ("agency_id","decision_year","decision_number");