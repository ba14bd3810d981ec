import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "./passwords";

// Made by the earlier releases' @node-rs/argon2 (argon2id, m=19456, t=2, p=1) from "correct-horse-1".
const argon2Hash = "$argon2id$v=19$m=19456,t=2,p=1$ovvqtonO2aR1jAfT2ih+jw$ofC6vM9UkyYAgzMpAMZYcMzvh5ldMBqUjnR/YpWgKHQ";

describe("password hashes", () => {
  it("are scrypt with OWASP's cost in PHC form, salted afresh each time, and check only the right password", async () => {
    const [a, b] = await Promise.all([hashPassword("mật-khẩu-đúng"), hashPassword("mật-khẩu-đúng")]);
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "mật-khẩu-đúng")).toBe(true);
    expect(await verifyPassword(b, "mật-khẩu-đúng")).toBe(true);
    expect(await verifyPassword(a, "mật-khẩu-sai")).toBe(false);
    expect(await verifyPassword(a, "")).toBe(false);
    expect(needsRehash(a)).toBe(false);
  });

  it("read a Vietnamese password the same whichever way the keyboard composed its letters", async () => {
    const composed = "Mật khẩu Đảng ủy".normalize("NFC");
    const hash = await hashPassword(composed);
    expect(await verifyPassword(hash, composed.normalize("NFD"))).toBe(true);
  });

  it("from earlier releases (argon2id) still check, and are marked for replacement", async () => {
    expect(await verifyPassword(argon2Hash, "correct-horse-1")).toBe(true);
    expect(await verifyPassword(argon2Hash, "correct-horse-2")).toBe(false);
    expect(needsRehash(argon2Hash)).toBe(true);
  });

  it("of another cost are marked for replacement, and damaged ones match no password", async () => {
    const hash = await hashPassword("correct-horse-1");
    expect(needsRehash(hash.replace("ln=15", "ln=14"))).toBe(true);
    expect(await verifyPassword(hash.replace("ln=15", "ln=14"), "correct-horse-1")).toBe(false);
    expect(await verifyPassword(hash.replace("ln=15", "ln=30"), "correct-horse-1")).toBe(false);
    expect(await verifyPassword(hash.slice(0, -4), "correct-horse-1")).toBe(false);
    expect(await verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$hỏng$hỏng", "correct-horse-1")).toBe(false);
    expect(await verifyPassword("", "correct-horse-1")).toBe(false);
  });
});
