DROP INDEX "org_unit_versions_sort_idx";--> statement-breakpoint
ALTER TABLE "org_unit_versions" ADD COLUMN "name_sort_key" text;--> statement-breakpoint
-- The unit's Vietnamese sort key, computed once when a version is written (vi_sort_key costs ~0.1 ms a call on
-- PGlite: a list sorted by unit name used to compute it for every row it sorted).
CREATE OR REPLACE FUNCTION org_unit_versions_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.name_sort_key := vi_sort_key(NEW.name);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER org_unit_versions_sort_key BEFORE INSERT OR UPDATE OF name, name_sort_key ON org_unit_versions
  FOR EACH ROW EXECUTE FUNCTION org_unit_versions_sort_key();--> statement-breakpoint
UPDATE "org_unit_versions" SET "name_sort_key" = vi_sort_key("name");--> statement-breakpoint
CREATE INDEX "org_unit_versions_sort_idx" ON "org_unit_versions" USING btree ("name_sort_key" collate "C","org_unit_id") WHERE valid_to is null;
