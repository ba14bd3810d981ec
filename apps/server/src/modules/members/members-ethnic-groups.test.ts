import { describe, expect, it } from "vitest";
import { ethnicGroupCount, ethnicGroupOf } from "./members-ethnic-groups";

describe("ethnic groups", () => {
  it("holds the 54 groups, Kinh first, and reads the usual spellings", () => {
    expect(ethnicGroupCount).toBe(54);
    expect(ethnicGroupOf("Kinh")).toEqual({ key: "kinh", label: "Kinh", order: 1 });
    expect(ethnicGroupOf("Ê Đê")?.label).toBe("Ê-đê");
    expect(ethnicGroupOf("ê-đê")?.label).toBe("Ê-đê");
    expect(ethnicGroupOf("Bru - Vân Kiều")?.label).toBe("Bru-Vân Kiều");
    expect(ethnicGroupOf("Người Hoa")?.label).toBe("Hoa");
    expect(ethnicGroupOf("Rơ Măm")?.order).toBe(54);
    expect(ethnicGroupOf("Pháp")).toBeUndefined();
  });
});
