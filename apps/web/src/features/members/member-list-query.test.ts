import { describe, expect, it } from "vitest";
import { changeFilters, exportQuery, hasFilters, listQueryFromParams, paramsFromListQuery } from "./member-list-query";

describe("the member list query in the URL", () => {
  it("reads filters, numbers and the sort, and drops values the server would refuse", () => {
    const query = listQueryFromParams(
      new URLSearchParams("q=tran thi&status=probationary&ageMin=30&ageMax=abc&sort=unit&page=2&sex=other"),
    );
    expect(query).toEqual({ q: "tran thi", status: "probationary", ageMin: 30, sort: "unit", page: 2 });
  });

  it("round-trips through the URL without the defaults", () => {
    const params = paramsFromListQuery({ q: "ha", sort: "name", page: 1, pageSize: 20, partyAgeMin: 30 });
    expect(params.toString()).toBe("q=ha&partyAgeMin=30");
    expect(listQueryFromParams(params)).toEqual({ q: "ha", partyAgeMin: 30 });
  });

  it("goes back to the first page when a filter changes, and forgets cleared filters", () => {
    expect(changeFilters({ q: "ha", page: 3, sex: "female" }, { sex: undefined, status: "full" })).toEqual({
      q: "ha",
      status: "full",
      sex: undefined,
      page: undefined,
    });
  });

  it("exports the filters without the paging", () => {
    expect(exportQuery({ q: "ha", page: 2, pageSize: 50, sort: "unit" })).toEqual({ q: "ha", sort: "unit" });
  });

  it("tells whether filters beyond the search box are set", () => {
    expect(hasFilters({ q: "ha", page: 2 })).toBe(false);
    expect(hasFilters({ ethnicity: "Tày" })).toBe(true);
  });
});
