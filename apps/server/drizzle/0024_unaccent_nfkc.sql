-- Accent-free search text, the same on every engine: compatibility characters (𝔸𝕓, ﬁ, full-width letters) are
-- folded to their plain letters first (NFKC), so that PostgreSQL 15's unaccent rules and PGlite's (PostgreSQL 18,
-- which folds some of them itself) give one answer, and a backup moved between them keeps its search text.
CREATE OR REPLACE FUNCTION vi_unaccent(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFKC))) $$;
--> statement-breakpoint
-- The stored search text is computed again with the new function (only rows whose text changes are written).
UPDATE members SET full_name = full_name WHERE name_search IS DISTINCT FROM vi_unaccent(full_name);
