-- Accent-free name search ("nguyen van an" finds "Nguyễn Văn An") and Vietnamese name order, both indexed.
CREATE INDEX IF NOT EXISTS members_name_trgm_idx ON members USING gin (vi_unaccent(full_name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS members_name_sort_idx ON members ((vi_name_sort_key(full_name)) COLLATE "C", id);
