-- Each instance keeps the sessions it resolved in memory for a few seconds (docs/decisions/0014-session-cache.md).
-- Whatever changes what a cached session says — its revocation, second factor or expiry, the account's
-- roles or disabling, the account's supplier — announces the account's id on `br_session_changes`
-- once its transaction commits, whoever wrote it (the app, a script, psql). Every instance LISTENs
-- and forgets that account's cached sessions. PostgreSQL folds identical payloads of one transaction.
CREATE FUNCTION "br_session_change_of_session"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- The once-a-minute touch only moves last_seen_at and idle_expires_at forward: nothing to forget.
    IF NEW.last_seen_at >= OLD.last_seen_at AND NEW.idle_expires_at >= OLD.idle_expires_at
      AND (to_jsonb(NEW) - 'last_seen_at' - 'idle_expires_at') = (to_jsonb(OLD) - 'last_seen_at' - 'idle_expires_at') THEN
      RETURN NULL;
    END IF;
    IF NEW.user_id IS DISTINCT FROM OLD.user_id THEN
      PERFORM pg_notify('br_session_changes', NEW.user_id::text);
    END IF;
  END IF;
  PERFORM pg_notify('br_session_changes', OLD.user_id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "sessions_notify_change" AFTER UPDATE OR DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "br_session_change_of_session"();
--> statement-breakpoint
CREATE FUNCTION "br_session_change_of_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The session lookup reads the account's roles and whether it is disabled; other columns do not matter
  -- (the sign-in time written at every login must not empty every instance's cache).
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.roles IS NOT DISTINCT FROM OLD.roles
    AND NEW.disabled_at IS NOT DISTINCT FROM OLD.disabled_at THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.id IS DISTINCT FROM OLD.id THEN
    PERFORM pg_notify('br_session_changes', NEW.id::text);
  END IF;
  PERFORM pg_notify('br_session_changes', OLD.id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "users_notify_session_change" AFTER UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "br_session_change_of_user"();
--> statement-breakpoint
CREATE FUNCTION "br_session_change_of_supplier"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The session lookup reads the supplier's id by its account: only a new, removed or re-linked row matters.
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.user_id = OLD.user_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM pg_notify('br_session_changes', NEW.user_id::text);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('br_session_changes', OLD.user_id::text);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "suppliers_notify_session_change" AFTER INSERT OR UPDATE OR DELETE ON "suppliers"
  FOR EACH ROW EXECUTE FUNCTION "br_session_change_of_supplier"();
--> statement-breakpoint
-- TRUNCATE has no rows to name: '*' tells every instance to forget everything.
CREATE FUNCTION "br_session_change_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('br_session_changes', '*');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "sessions_notify_truncate" AFTER TRUNCATE ON "sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "br_session_change_all"();
--> statement-breakpoint
CREATE TRIGGER "users_notify_truncate" AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "br_session_change_all"();
--> statement-breakpoint
CREATE TRIGGER "suppliers_notify_truncate" AFTER TRUNCATE ON "suppliers"
  FOR EACH STATEMENT EXECUTE FUNCTION "br_session_change_all"();
