import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * The short code printed on a comment letter, for a residence secretary who cannot open the long link: 10 characters
 * of Crockford's base32 (no I, L, O, U), 50 bits. It is derived from the link's token, so whoever holds the token can
 * print the code again; the server keeps only the code's hash and the token sealed under a key from the code.
 *
 * Guessing: 32^10 ≈ 1.1 × 10^15 codes. With 4,000 codes open at once (a whole bloc's year) one guess in 2.8 × 10^11
 * finds one; at the 10 tries a minute an address may make (`shortCodeRateLimit`) one address needs about 28,000
 * years on average, a thousand addresses 28 years, and in a code's 60 days one address has a chance of 6 in a million.
 */
export const shortCodeLength = 10;
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
export const tokenLength = 43;

/** A fresh link token: 32 random bytes, 43 characters of base64url. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The short code of a link token (10 characters, no separator). */
export function shortCodeOf(token: string): string {
  const digest = createHash("sha256").update(`dangvu/residence/short-code\0${token}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 bits read, 50 kept
  let code = "";
  for (let i = 0; i < shortCodeLength; i++) {
    code = alphabet[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return code;
}

/** "K7QM4XPB9R" → "K7QM4-XPB9R", as printed and shown. */
export function displayShortCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export type NormalizedCode =
  | { code: string }
  | { error: "residence.codeLength"; length: number }
  | { error: "residence.codeChars"; chars: string };

/**
 * A typed code as stored: case and spaces, dashes and dots ignored; O read as 0, I and L as 1 (Crockford), so
 * the letters a person confuses still match. Says how long it is when the length is wrong, and which characters
 * cannot be part of a code.
 */
export function normalizeShortCode(typed: string): NormalizedCode {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s\-._]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  const wrong = [...new Set([...cleaned].filter((c) => !alphabet.includes(c)))];
  if (wrong.length > 0) return { error: "residence.codeChars", chars: wrong.slice(0, 5).join(" ") };
  if (cleaned.length !== shortCodeLength) return { error: "residence.codeLength", length: cleaned.length };
  return { code: cleaned };
}

/** What is stored to find a request by its code. */
export function shortCodeHash(code: string): string {
  return createHash("sha256").update(`dangvu/residence/code-hash\0${code}`).digest("hex");
}

function sealKey(code: string): Buffer {
  return createHash("sha256").update(`dangvu/residence/seal\0${code}`).digest();
}

/** The token encrypted (AES-256-GCM) under a key from the short code: iv, tag and ciphertext in base64url. */
export function sealToken(token: string, code: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealKey(code), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The token back from its seal and the code; null when they do not belong together. */
export function openToken(sealed: string, code: string): string | null {
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < 29) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealKey(code), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch (error) {
    // A wrong code fails the tag check: that is the answer, not an error to report.
    if (error instanceof Error && /authenticate/.test(error.message)) return null;
    throw error;
  }
}

/**
 * A token from a link as it arrived: trailing punctuation a message app glued to the link is dropped. `complete`
 * says whether it has the 43 characters of a token; a link cut off in copying has fewer.
 */
export function readToken(raw: string): { token: string; complete: boolean } {
  const token = raw.trim().replace(/[^A-Za-z0-9_-]+$/, "");
  return { token, complete: tokenPattern.test(token) };
}
