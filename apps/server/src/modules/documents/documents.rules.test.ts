import { describe, expect, it } from "vitest";
import { documentCode, termKey } from "./documents.rules";

describe("document numbers", () => {
  it("are written with a leading zero below 10, the type and the issuer: 05-GM/CB, 12-BC/ĐU", () => {
    expect(documentCode(5, "GM", "CB")).toBe("05-GM/CB");
    expect(documentCode(12, "BC", "ĐU")).toBe("12-BC/ĐU");
    expect(documentCode(127, "QĐ", "TW")).toBe("127-QĐ/TW");
  });

  it("count within a term, or in one register of their own while the unit has no term recorded", () => {
    expect(termKey({ id: "3f1c" })).toBe("3f1c");
    expect(termKey(undefined)).toBe("none");
  });
});
