CREATE INDEX "petitions_agency_due_order_idx" ON "petitions" USING btree ("agency_id",("due_date" is null),"due_date","created_at","id");--> statement-breakpoint
CREATE INDEX "petitions_agency_kind_status_idx" ON "petitions" USING btree ("agency_id","kind","status");--> statement-breakpoint
CREATE INDEX "publications_search_trgm_idx" ON "publications" USING gin ("search_text" gin_trgm_ops);