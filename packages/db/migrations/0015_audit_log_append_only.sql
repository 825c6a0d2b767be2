-- The audit log is append-only. Privileges alone do not bind the table's owner, and in the embedded
-- and default installations the application connects as the owner, so triggers refuse every UPDATE,
-- DELETE and TRUNCATE whoever runs it. They are statement triggers: an attempt fails even when it
-- would touch no row. Only a superuser or the owner can switch them off (ALTER TABLE ... DISABLE
-- TRIGGER, session_replication_role), which is why production runs the application as a role that
-- owns nothing and holds only INSERT and SELECT here (docs/architecture.md, "Audit log"); what
-- such a user does anyway is caught by `pnpm audit:verify`.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
--> statement-breakpoint
-- Roles the owner's default privileges granted UPDATE, DELETE or TRUNCATE when the table was created
-- (the application role of a production installation) keep only INSERT and SELECT.
DO $$
DECLARE
  grantee_name text;
BEGIN
  FOR grantee_name IN
    SELECT DISTINCT grantee FROM information_schema.role_table_grants
    WHERE table_schema = current_schema() AND table_name = 'audit_log'
      AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE') AND grantee NOT IN (current_user, 'PUBLIC')
      AND grantee <> (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'audit_log')
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', grantee_name);
  END LOOP;
END
$$;
