import type { CommentRequestListQuery } from "@dangvu/contract";

export const requestStatuses = ["requested", "received", "overdue"] as const;
export const requestPageSize = 50;

/** The request list's query from the URL: last year's requests, first page, when the URL says nothing. */
export function requestQueryOf(params: URLSearchParams, thisYear: number): CommentRequestListQuery {
  const year = Number(params.get("year"));
  const page = Number(params.get("page"));
  const status = requestStatuses.find((s) => s === params.get("status"));
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear - 1,
    status,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: requestPageSize,
  };
}
