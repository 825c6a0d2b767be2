CREATE TABLE "dashboard_letter_handlings" (
	"agency_id" uuid NOT NULL,
	"handled_date" date NOT NULL,
	"handled_due_date" date,
	"status" text NOT NULL,
	"case_assignee_id" uuid,
	"proposed_by" uuid,
	"created_by" uuid,
	"count" integer NOT NULL,
	CONSTRAINT "dashboard_letter_handlings_key" UNIQUE NULLS NOT DISTINCT("agency_id","handled_date","handled_due_date","status","case_assignee_id","proposed_by","created_by")
);
--> statement-breakpoint
CREATE TABLE "dashboard_letter_receipts" (
	"agency_id" uuid NOT NULL,
	"received_date" date NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"case_assignee_id" uuid,
	"proposed_by" uuid,
	"created_by" uuid,
	"count" integer NOT NULL,
	CONSTRAINT "dashboard_letter_receipts_key" UNIQUE NULLS NOT DISTINCT("agency_id","received_date","kind","status","case_assignee_id","proposed_by","created_by")
);
--> statement-breakpoint
-- Adds `delta` to the counts of one letter as it stands (its case's officer given apart): once by the
-- day it was received, and once by the day it was handled if it was. A count that reaches zero is
-- removed, so the tables hold only combinations that exist.
CREATE FUNCTION dashboard_count_letter(
  p_agency uuid, p_received date, p_kind text, p_status text, p_handled date, p_handled_due date,
  p_assignee uuid, p_proposer uuid, p_registrar uuid, p_delta integer
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_letter_receipts AS d (agency_id, received_date, kind, status, case_assignee_id, proposed_by, created_by, count)
  VALUES (p_agency, p_received, p_kind, p_status, p_assignee, p_proposer, p_registrar, p_delta)
  ON CONFLICT ON CONSTRAINT dashboard_letter_receipts_key DO UPDATE SET count = d.count + EXCLUDED.count;
  IF p_delta < 0 THEN
    DELETE FROM dashboard_letter_receipts
    WHERE agency_id = p_agency AND received_date = p_received AND kind = p_kind AND status = p_status AND count = 0
      AND case_assignee_id IS NOT DISTINCT FROM p_assignee AND proposed_by IS NOT DISTINCT FROM p_proposer AND created_by IS NOT DISTINCT FROM p_registrar;
  END IF;
  IF p_handled IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO dashboard_letter_handlings AS d (agency_id, handled_date, handled_due_date, status, case_assignee_id, proposed_by, created_by, count)
  VALUES (p_agency, p_handled, p_handled_due, p_status, p_assignee, p_proposer, p_registrar, p_delta)
  ON CONFLICT ON CONSTRAINT dashboard_letter_handlings_key DO UPDATE SET count = d.count + EXCLUDED.count;
  IF p_delta < 0 THEN
    DELETE FROM dashboard_letter_handlings
    WHERE agency_id = p_agency AND handled_date = p_handled AND handled_due_date IS NOT DISTINCT FROM p_handled_due AND status = p_status AND count = 0
      AND case_assignee_id IS NOT DISTINCT FROM p_assignee AND proposed_by IS NOT DISTINCT FROM p_proposer AND created_by IS NOT DISTINCT FROM p_registrar;
  END IF;
END
$$;
--> statement-breakpoint
-- A letter's own row changed. The officer of its case is read as it is now: a letter has at most one
-- case, and a change of officer is counted by the trigger on `cases`.
CREATE FUNCTION dashboard_petition_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  officer uuid;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT assignee_id INTO officer FROM cases WHERE petition_id = NEW.id;
  ELSE
    SELECT assignee_id INTO officer FROM cases WHERE petition_id = OLD.id;
    PERFORM dashboard_count_letter(OLD.agency_id, OLD.received_date, OLD.kind, OLD.status, OLD.handled_date, OLD.handled_due_date, officer, OLD.proposed_by, OLD.created_by, -1);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM dashboard_count_letter(NEW.agency_id, NEW.received_date, NEW.kind, NEW.status, NEW.handled_date, NEW.handled_due_date, officer, NEW.proposed_by, NEW.created_by, 1);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_petition_inserted AFTER INSERT ON petitions FOR EACH ROW EXECUTE FUNCTION dashboard_petition_changed();
--> statement-breakpoint
CREATE TRIGGER dashboard_petition_updated AFTER UPDATE ON petitions FOR EACH ROW
  WHEN ((OLD.agency_id, OLD.received_date, OLD.kind, OLD.status, OLD.handled_date, OLD.handled_due_date, OLD.proposed_by, OLD.created_by)
    IS DISTINCT FROM (NEW.agency_id, NEW.received_date, NEW.kind, NEW.status, NEW.handled_date, NEW.handled_due_date, NEW.proposed_by, NEW.created_by))
  EXECUTE FUNCTION dashboard_petition_changed();
--> statement-breakpoint
-- Before the delete, while the letter's case (removed with it) can still be read.
CREATE TRIGGER dashboard_petition_deleted BEFORE DELETE ON petitions FOR EACH ROW EXECUTE FUNCTION dashboard_petition_changed();
--> statement-breakpoint
-- A case was opened, reassigned or removed: its letter moves from one officer's counts to the other's.
-- The letter's row is locked, so that a concurrent change to the letter counts against the officer
-- this transaction leaves, not the one it read before.
CREATE FUNCTION dashboard_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p petitions%ROWTYPE;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    SELECT * INTO p FROM petitions WHERE id = OLD.petition_id FOR UPDATE;
    IF FOUND THEN
      PERFORM dashboard_count_letter(p.agency_id, p.received_date, p.kind, p.status, p.handled_date, p.handled_due_date, OLD.assignee_id, p.proposed_by, p.created_by, -1);
      PERFORM dashboard_count_letter(p.agency_id, p.received_date, p.kind, p.status, p.handled_date, p.handled_due_date, NULL, p.proposed_by, p.created_by, 1);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT * INTO p FROM petitions WHERE id = NEW.petition_id FOR UPDATE;
    IF FOUND THEN
      PERFORM dashboard_count_letter(p.agency_id, p.received_date, p.kind, p.status, p.handled_date, p.handled_due_date, NULL, p.proposed_by, p.created_by, -1);
      PERFORM dashboard_count_letter(p.agency_id, p.received_date, p.kind, p.status, p.handled_date, p.handled_due_date, NEW.assignee_id, p.proposed_by, p.created_by, 1);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER dashboard_case_inserted AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION dashboard_case_changed();
--> statement-breakpoint
CREATE TRIGGER dashboard_case_updated AFTER UPDATE ON cases FOR EACH ROW
  WHEN ((OLD.petition_id, OLD.assignee_id) IS DISTINCT FROM (NEW.petition_id, NEW.assignee_id))
  EXECUTE FUNCTION dashboard_case_changed();
--> statement-breakpoint
CREATE TRIGGER dashboard_case_deleted AFTER DELETE ON cases FOR EACH ROW EXECUTE FUNCTION dashboard_case_changed();
--> statement-breakpoint
-- Recounts everything from the letters: after a bulk load with the triggers off, and here, for the
-- letters already registered.
CREATE FUNCTION rebuild_dashboard_counts() RETURNS void LANGUAGE sql AS $$
  DELETE FROM dashboard_letter_receipts;
  DELETE FROM dashboard_letter_handlings;
  INSERT INTO dashboard_letter_receipts (agency_id, received_date, kind, status, case_assignee_id, proposed_by, created_by, count)
    SELECT p.agency_id, p.received_date, p.kind, p.status, c.assignee_id, p.proposed_by, p.created_by, count(*)
    FROM petitions p LEFT JOIN cases c ON c.petition_id = p.id
    GROUP BY p.agency_id, p.received_date, p.kind, p.status, c.assignee_id, p.proposed_by, p.created_by;
  INSERT INTO dashboard_letter_handlings (agency_id, handled_date, handled_due_date, status, case_assignee_id, proposed_by, created_by, count)
    SELECT p.agency_id, p.handled_date, p.handled_due_date, p.status, c.assignee_id, p.proposed_by, p.created_by, count(*)
    FROM petitions p LEFT JOIN cases c ON c.petition_id = p.id
    WHERE p.handled_date IS NOT NULL
    GROUP BY p.agency_id, p.handled_date, p.handled_due_date, p.status, c.assignee_id, p.proposed_by, p.created_by;
$$;
--> statement-breakpoint
SELECT rebuild_dashboard_counts();
