CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Accent-free, lower-cased text for search; unaccent itself is only STABLE, so wrap it with its dictionary fixed.
CREATE OR REPLACE FUNCTION vi_unaccent(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
--> statement-breakpoint
-- Vietnamese alphabetical order, identical on PGlite (root ICU only) and PostgreSQL: each letter of the
-- Vietnamese alphabet maps to an ASCII character in alphabet order, then chr(1), then one tone digit per word
-- (none, huyền, hỏi, ngã, sắc, nặng). Sort with ORDER BY vi_sort_key(x) COLLATE "C".
CREATE OR REPLACE FUNCTION vi_sort_key(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  WITH d AS (SELECT normalize(lower(value), NFD) AS s),
  b AS (
    SELECT s,
      replace(replace(replace(replace(replace(replace(
        regexp_replace(s, E'[\u0300\u0301\u0303\u0309\u0323]', '', 'g'),
        E'a\u0306', E'\u0103'), E'a\u0302', E'\u00e2'), E'e\u0302', E'\u00ea'),
        E'o\u0302', E'\u00f4'), E'o\u031b', E'\u01a1'), E'u\u031b', E'\u01b0') AS base
    FROM d
  )
  SELECT translate(base,
      E'a\u0103\u00e2bcd\u0111e\u00eafghijklmno\u00f4\u01a1pqrstu\u01b0vwxyz',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`ab')
    || chr(1)
    || translate(regexp_replace(regexp_replace(s, '[^ ]+', '0\&', 'g'), E'[^0 \u0300\u0309\u0303\u0301\u0323]', '', 'g'),
      E'\u0300\u0309\u0303\u0301\u0323', '12345')
  FROM b
$$;
--> statement-breakpoint
-- Vietnamese names sort by given name (the last word), then the middle names, then the family name.
CREATE OR REPLACE FUNCTION vi_name_sort_key(full_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
  WITH w AS (SELECT regexp_split_to_array(btrim(regexp_replace(full_name, '\s+', ' ', 'g')), ' ') AS a)
  SELECT public.vi_sort_key(a[array_length(a, 1)]) || chr(2)
      || public.vi_sort_key(coalesce(array_to_string(a[2:array_length(a, 1) - 1], ' '), '')) || chr(2)
      || public.vi_sort_key(a[1])
  FROM w
$$;
