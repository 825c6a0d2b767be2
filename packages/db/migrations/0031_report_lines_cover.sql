-- A report's letters received in its period, read from this index alone (index-only scan): everything the
-- forms group letters by is in it. Read through the heap, a year at a million letters touched 36,000 pages
-- when the table lay in received order and the whole table (250,000) once a rewrite had shuffled it.
-- Hand-written because drizzle's schema cannot say INCLUDE; schema/petitions.ts names it.
CREATE INDEX "petitions_report_lines_idx" ON "petitions" USING btree ("agency_id", "received_date") INCLUDE ("status", "kind", "field_code", "handled_date", "classification");
