-- Reception visits counted per day for the dashboard (schema/dashboard-counts.ts).
CREATE TABLE "dashboard_visits" (
	"agency_id" uuid NOT NULL,
	"visit_date" date NOT NULL,
	"receiving_official_id" uuid,
	"is_group" boolean NOT NULL,
	"is_repeat" boolean NOT NULL,
	"headcount" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "dashboard_visits_key" UNIQUE NULLS NOT DISTINCT("agency_id","visit_date","receiving_official_id","is_group","is_repeat","headcount")
);
--> statement-breakpoint
-- A visit's row changed: it moves from one count to another, as the letters do (migration 0027).
CREATE FUNCTION dashboard_visit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO dashboard_visits AS d (agency_id, visit_date, receiving_official_id, is_group, is_repeat, headcount, count)
    VALUES (OLD.agency_id, OLD.visit_date, OLD.receiving_official_id, OLD.is_group, OLD.is_repeat, OLD.headcount, -1)
    ON CONFLICT ON CONSTRAINT dashboard_visits_key DO UPDATE SET count = d.count - 1;
    DELETE FROM dashboard_visits
    WHERE agency_id = OLD.agency_id AND visit_date = OLD.visit_date AND receiving_official_id IS NOT DISTINCT FROM OLD.receiving_official_id
      AND is_group = OLD.is_group AND is_repeat = OLD.is_repeat AND headcount = OLD.headcount AND count = 0;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO dashboard_visits AS d (agency_id, visit_date, receiving_official_id, is_group, is_repeat, headcount, count)
    VALUES (NEW.agency_id, NEW.visit_date, NEW.receiving_official_id, NEW.is_group, NEW.is_repeat, NEW.headcount, 1)
    ON CONFLICT ON CONSTRAINT dashboard_visits_key DO UPDATE SET count = d.count + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_visit_inserted AFTER INSERT ON reception_visits FOR EACH ROW EXECUTE FUNCTION dashboard_visit_changed();
--> statement-breakpoint
CREATE TRIGGER dashboard_visit_updated AFTER UPDATE ON reception_visits FOR EACH ROW
  WHEN ((OLD.agency_id, OLD.visit_date, OLD.receiving_official_id, OLD.is_group, OLD.is_repeat, OLD.headcount)
    IS DISTINCT FROM (NEW.agency_id, NEW.visit_date, NEW.receiving_official_id, NEW.is_group, NEW.is_repeat, NEW.headcount))
  EXECUTE FUNCTION dashboard_visit_changed();
--> statement-breakpoint
CREATE TRIGGER dashboard_visit_deleted AFTER DELETE ON reception_visits FOR EACH ROW EXECUTE FUNCTION dashboard_visit_changed();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rebuild_dashboard_counts() RETURNS void LANGUAGE sql AS $$
  DELETE FROM dashboard_letter_receipts;
  DELETE FROM dashboard_letter_handlings;
  DELETE FROM dashboard_visits;
  INSERT INTO dashboard_letter_receipts (agency_id, received_date, kind, status, case_assignee_id, proposed_by, created_by, count)
    SELECT p.agency_id, p.received_date, p.kind, p.status, c.assignee_id, p.proposed_by, p.created_by, count(*)
    FROM petitions p LEFT JOIN cases c ON c.petition_id = p.id
    GROUP BY p.agency_id, p.received_date, p.kind, p.status, c.assignee_id, p.proposed_by, p.created_by;
  INSERT INTO dashboard_letter_handlings (agency_id, handled_date, handled_due_date, status, case_assignee_id, proposed_by, created_by, count)
    SELECT p.agency_id, p.handled_date, p.handled_due_date, p.status, c.assignee_id, p.proposed_by, p.created_by, count(*)
    FROM petitions p LEFT JOIN cases c ON c.petition_id = p.id
    WHERE p.handled_date IS NOT NULL
    GROUP BY p.agency_id, p.handled_date, p.handled_due_date, p.status, c.assignee_id, p.proposed_by, p.created_by;
  INSERT INTO dashboard_visits (agency_id, visit_date, receiving_official_id, is_group, is_repeat, headcount, count)
    SELECT agency_id, visit_date, receiving_official_id, is_group, is_repeat, headcount, count(*)
    FROM reception_visits
    GROUP BY agency_id, visit_date, receiving_official_id, is_group, is_repeat, headcount;
$$;
--> statement-breakpoint
SELECT rebuild_dashboard_counts();
