import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as contract from "./index";

// Every input that changes an existing record (it carries the record's `version`). A default in one of these
// silently overwrites what the user did not send, as `politicalTheoryLevel` once did on every member edit.
const updates = Object.entries(contract).filter(
  ([name, schema]) =>
    name.endsWith("Input") &&
    typeof (schema as z.ZodType)?.safeParse === "function" &&
    (schema as z.ZodType).safeParse({ version: 1 }).success,
);

describe("update inputs", () => {
  it("are found (the filter is not empty)", () => {
    expect(updates.map(([name]) => name)).toEqual(expect.arrayContaining(["UpdateMemberInput", "UpdateMeetingInput"]));
  });

  it.each(updates)("%s adds nothing the request did not send", (_, schema) => {
    expect((schema as z.ZodType).parse({ version: 1 })).toEqual({ version: 1 });
  });

  it("MinutesInput fills no text, vote or resolution the request did not send", () => {
    const minimal = { version: 1, chairName: "Lê Văn Hùng", secretaryName: "Ngô Thị Thư" };
    expect(contract.MinutesInput.parse(minimal)).toEqual(minimal);
  });
});
