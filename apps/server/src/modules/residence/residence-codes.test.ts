import { describe, expect, it } from "vitest";
import {
  displayShortCode,
  newToken,
  normalizeShortCode,
  openToken,
  readToken,
  sealToken,
  shortCodeHash,
  shortCodeOf,
} from "./residence-codes";

describe("short codes of comment links", () => {
  it("are 10 characters of Crockford base32, the same for the same token and different for another", () => {
    const token = newToken();
    expect(shortCodeOf(token)).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(shortCodeOf(token)).toBe(shortCodeOf(token));
    expect(shortCodeOf(newToken())).not.toBe(shortCodeOf(token));
    expect(displayShortCode("K7QM4XPB9R")).toBe("K7QM4-XPB9R");
  });

  it("read what a person types: case, spaces and dashes ignored, O as 0, I and L as 1", () => {
    expect(normalizeShortCode(" k7qm4-xpb9r ")).toEqual({ code: "K7QM4XPB9R" });
    expect(normalizeShortCode("OIL23 45678")).toEqual({ code: "0112345678" });
    expect(normalizeShortCode("K7QM4-XPB")).toEqual({ error: "residence.codeLength", length: 8 });
    expect(normalizeShortCode("K7QM4-XPB9U")).toEqual({ error: "residence.codeChars", chars: "U" });
  });

  it("seal the token so that only the right code opens it", () => {
    const token = newToken();
    const code = shortCodeOf(token);
    const sealed = sealToken(token, code);
    expect(sealed).not.toContain(token);
    expect(openToken(sealed, code)).toBe(token);
    expect(openToken(sealed, "0000000000")).toBeNull();
    expect(shortCodeHash(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(shortCodeHash(code)).not.toContain(code);
  });
});

describe("readToken", () => {
  it("drops punctuation a message glued to the link and tells a cut-off token", () => {
    const token = newToken();
    expect(readToken(`${token}).`)).toEqual({ token, complete: true });
    expect(readToken(token.slice(0, 30))).toEqual({ token: token.slice(0, 30), complete: false });
  });
});
