import { describe, expect, it } from "vitest";
import { cardPage } from "./card-page";

describe("paging a list shown as cards on a phone", () => {
  it("shows every row of a short list, without a pager", () => {
    expect(cardPage(7, { pageSize: 20 }, 1)).toEqual({ offset: 0, size: 7, current: 1, total: 7, pager: false });
  });

  it("cuts a list held whole into pages of the table's size", () => {
    expect(cardPage(120, { pageSize: 50 }, 3)).toEqual({ offset: 100, size: 50, current: 3, total: 120, pager: true });
  });

  it("shows the one page the server answered, with the server's total for the pager", () => {
    expect(cardPage(20, { current: 4, pageSize: 20, total: 3949 }, 1)).toEqual({
      offset: 0,
      size: 20,
      current: 4,
      total: 3949,
      pager: true,
    });
  });

  it("keeps the page within a list that became shorter (a filter was chosen)", () => {
    expect(cardPage(30, { pageSize: 20 }, 5)).toEqual({ offset: 20, size: 20, current: 2, total: 30, pager: true });
  });

  it("shows everything when the table has no paging", () => {
    expect(cardPage(300, false, 2)).toEqual({ offset: 0, size: 300, current: 1, total: 300, pager: false });
  });
});
