-- Announces changes to what app servers keep between requests besides the actor and the tree (migration 0019): rule
-- settings, the holiday calendar and report templates, on dangvu_settings.
CREATE OR REPLACE FUNCTION dangvu_notify_settings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('dangvu_settings', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rule_settings_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rule_settings
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_settings();
--> statement-breakpoint
CREATE TRIGGER calendar_days_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_days
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_settings();
--> statement-breakpoint
CREATE TRIGGER report_templates_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_templates
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_settings();
--> statement-breakpoint
CREATE TRIGGER report_template_versions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_template_versions
  FOR EACH STATEMENT EXECUTE FUNCTION dangvu_notify_settings();
