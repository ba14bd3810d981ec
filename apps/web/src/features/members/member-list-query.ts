import { MemberListQuery } from "@dangvu/contract";

/** The list's filters, sort and page as kept in the URL; absent means the server's default. */
export type ListQuery = Partial<MemberListQuery>;
export type ListKey = keyof MemberListQuery;

export const defaultPageSize = 20;
const keys = Object.keys(MemberListQuery.shape) as ListKey[];

/** Reads the list query from the URL, checking each value with the contract's schema and dropping bad ones. */
export function listQueryFromParams(params: URLSearchParams): ListQuery {
  const query: Record<string, unknown> = {};
  for (const key of keys) {
    const raw = params.get(key);
    if (raw === null || raw.trim() === "") continue;
    const parsed = MemberListQuery.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) query[key] = parsed.data;
  }
  return query as ListQuery;
}

/** The URL form of a query: defaults (first page, sorted by name, the usual page size) are left out. */
export function paramsFromListQuery(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = query[key];
    if (value === undefined || value === null || value === "") continue;
    if ((key === "page" && value === 1) || (key === "sort" && value === "name")) continue;
    if (key === "pageSize" && value === defaultPageSize) continue;
    params.set(key, String(value));
  }
  return params;
}

/** The query sent to the server: the page size is the list's own, not the server's default. */
export function withListDefaults(query: ListQuery): ListQuery {
  return { ...query, page: query.page ?? 1, pageSize: query.pageSize ?? defaultPageSize };
}

/** The same filters without paging, for an Excel export of the whole current view. */
export function exportQuery(query: ListQuery): ListQuery {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return filters;
}

/** A change of filters starts again from the first page. */
export function changeFilters(query: ListQuery, changes: ListQuery): ListQuery {
  const next: ListQuery = { ...query, ...changes, page: undefined };
  for (const [key, value] of Object.entries(changes)) if (value === "" || value === null) delete next[key as ListKey];
  return next;
}

/** True when any filter other than the search box, sort and paging is set. */
export function hasFilters(query: ListQuery): boolean {
  return keys.some((key) => !["q", "sort", "page", "pageSize"].includes(key) && query[key] !== undefined);
}
