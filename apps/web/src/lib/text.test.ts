import { describe, expect, it } from "vitest";
import { highlightParts, matchesTokens, searchTokens, unaccent } from "./text";

describe("unaccent", () => {
  it("folds Vietnamese tones, vowel marks and đ", () => {
    expect(unaccent("Sở Tài chính")).toBe("so tai chinh");
    expect(unaccent("Đảng bộ Khối")).toBe("dang bo khoi");
    expect(unaccent("Nguyễn Thị Ánh Tuyết")).toBe("nguyen thi anh tuyet");
  });

  it("treats decomposed input like composed input", () => {
    expect(unaccent("Sở".normalize("NFD"))).toBe(unaccent("Sở"));
  });
});

describe("search", () => {
  it("finds a name typed without accents, in any word order", () => {
    const tokens = searchTokens("  so TAI   chinh ");
    expect(tokens).toEqual(["so", "tai", "chinh"]);
    expect(matchesTokens("Đảng bộ Sở Tài chính", tokens)).toBe(true);
    expect(matchesTokens("Đảng bộ Sở Tư pháp", tokens)).toBe(false);
    expect(matchesTokens("Chi bộ Tài chính Sở", searchTokens("chinh so"))).toBe(true);
  });

  it("matches nothing when nothing was typed", () => {
    expect(matchesTokens("Sở Tài chính", searchTokens("   "))).toBe(false);
  });
});

describe("highlightParts", () => {
  it("marks the matched letters of the original, accented name", () => {
    const parts = highlightParts("Đảng bộ Sở Tài chính", searchTokens("so tai"));
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["Sở", "Tài"]);
    expect(parts.map((p) => p.text).join("")).toBe("Đảng bộ Sở Tài chính");
  });

  it("returns the whole name unmarked when nothing matches", () => {
    expect(highlightParts("Chi bộ Văn phòng", ["xyz"])).toEqual([{ text: "Chi bộ Văn phòng", match: false }]);
  });
});
