import { describe, expect, it } from "vitest";
import { fileNameOf } from "./download";

describe("fileNameOf", () => {
  it("decodes the UTF-8 file name the server sends", () => {
    expect(fileNameOf("attachment; filename*=UTF-8''danh-s%C3%A1ch-2026.xlsx")).toBe("danh-sách-2026.xlsx");
  });

  it("falls back to the plain name, then to a generic one", () => {
    expect(fileNameOf('attachment; filename="mau.xlsx"')).toBe("mau.xlsx");
    expect(fileNameOf(null)).toBe("download");
  });
});
