import { describe, expect, it } from "vitest";
import { requestQueryOf } from "./residence-requests-query";

describe("the residence request list's query from the URL", () => {
  it("reads year, status and page, and asks for one page of 50", () => {
    expect(requestQueryOf(new URLSearchParams("year=2024&status=overdue&page=3"), 2026)).toEqual({
      year: 2024,
      status: "overdue",
      page: 3,
      pageSize: 50,
    });
  });

  it("falls back to last year's first page, any status, for what the URL lacks or gets wrong", () => {
    expect(requestQueryOf(new URLSearchParams("year=20x4&status=lost&page=-1"), 2026)).toEqual({
      year: 2025,
      status: undefined,
      page: 1,
      pageSize: 50,
    });
  });
});
