import { describe, expect, it } from "vitest";
import { readQrPng } from "../../test/qr-read";
import { qrPng } from "./qr-image";

describe("qrPng", () => {
  it("draws a PNG that reads back as the link it holds", () => {
    const link = "https://dangvu.tinh.vn/nhan-xet/Zq3v8tW1m0xY_pR7s-KdL2cF9hJ4nB6aE5gT0uV1wX2";
    const { png, size } = qrPng(link);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(size % 8).toBe(0);
    expect(png.length).toBeLessThan(4000);
    expect(readQrPng(png)).toBe(link);
  });
});
