import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/** Vietnamese alphabetical order for a text column (see the vi_sort_key migration). */
export function viSortKey(column: SQLWrapper): SQL {
  return sql`vi_sort_key(${column}) collate "C"`;
}

/** Accent-insensitive containment: "nguyen van an" matches "Nguyễn Văn An". */
export function matchesUnaccented(column: SQLWrapper, q: string): SQL {
  return sql`vi_unaccent(${column}) like ${`%${escapeLike(unaccentJs(q))}%`}`;
}

/** The JavaScript twin of vi_unaccent for query text. */
export function unaccentJs(text: string): string {
  return text
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Rows of a raw query on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
