-- Announces changes that app servers cache: the signed-in actor (sessions, users, grants, roles) on dangvu_auth, the
-- organisation tree on dangvu_tree. Statement-level triggers: one notice a statement, delivered at commit to every
-- server that listens (PostgreSQL folds identical notices of one transaction into one).
CREATE OR REPLACE FUNCTION dangvu_notify_auth() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('dangvu_auth', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION dangvu_notify_tree() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('dangvu_tree', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A new session is never cached before it exists, so inserting one needs no notice (sign-ins stay cheap).
CREATE TRIGGER sessions_notify AFTER UPDATE OR DELETE OR TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_auth();
--> statement-breakpoint
-- Only the columns an actor is built from: failed sign-ins (counted on users) do not empty the caches.
CREATE TRIGGER users_notify AFTER UPDATE OF username, display_name, is_active ON users
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_auth();
--> statement-breakpoint
CREATE TRIGGER users_delete_notify AFTER DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_auth();
--> statement-breakpoint
CREATE TRIGGER grants_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON grants
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_auth();
--> statement-breakpoint
CREATE TRIGGER roles_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON roles
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_auth();
--> statement-breakpoint
CREATE TRIGGER org_unit_versions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_unit_versions
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_tree();
