import { describe, expect, it } from "vitest";
import { cleanFileName, documentType } from "./meetings-documents.rules";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("documents attached to a meeting", () => {
  it("accepts a PDF, a Word, an Excel file and pictures whose contents match the extension", () => {
    expect(documentType("Kế hoạch.PDF", bytes("%PDF-1.7"))).toBe("application/pdf");
    expect(documentType("bao-cao.docx", bytes("PK\u0003\u0004"))).toContain("wordprocessingml");
    expect(documentType("so-lieu.xlsx", bytes("PK\u0003\u0004"))).toContain("spreadsheetml");
    expect(documentType("anh.jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(documentType("anh.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe("image/png");
    expect(documentType("cu.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe("application/msword");
  });

  it("refuses other extensions, renamed files and files too short to tell", () => {
    expect(documentType("virus.exe", bytes("MZ\u0090"))).toBeNull();
    expect(documentType("virus.pdf", bytes("MZ\u0090\u0000\u0003"))).toBeNull();
    expect(documentType("khong-duoi", bytes("%PDF"))).toBeNull();
    expect(documentType("ngan.pdf", bytes("%P"))).toBeNull();
  });

  it("keeps the base name without folders or control characters, within 200 characters", () => {
    expect(cleanFileName("C:\\Users\\an\\Biên bản.pdf")).toBe("Biên bản.pdf");
    expect(cleanFileName("../../etc/\u0000passwd.png")).toBe("passwd.png");
    const long = cleanFileName(`${"a".repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("strips right-to-left overrides and other invisible reordering characters from the name", () => {
    // "Biên bản\u202Efdp.exe" shows as "Biên bảnexe.pdf" in a list.
    expect(cleanFileName("Biên bản\u202Efdp.exe")).toBe("Biên bảnfdp.exe");
    expect(cleanFileName("a\u2066b\u2069c\u200Fd\u061Ce\uFEFF\u0085.pdf")).toBe("abcde.pdf");
    expect(cleanFileName("x\uD800y.pdf")).toBe("xy.pdf");
    const emoji = cleanFileName(`${"😀".repeat(250)}.pdf`);
    expect(emoji).not.toMatch(/\p{Cs}/u);
    expect(emoji.endsWith(".pdf")).toBe(true);
  });
});
