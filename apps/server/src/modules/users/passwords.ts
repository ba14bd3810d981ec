import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Passwords are hashed with scrypt from node:crypto: no native package, so the server installs on every platform
 * Node.js runs on, and the work runs on libuv's thread pool, not the event loop. The cost is one of OWASP's equivalent
 * scrypt settings (Password Storage Cheat Sheet): N = 2^15 (32 MiB), r = 8, p = 3. Hashes are stored in the PHC form
 * `$scrypt$ln=15,r=8,p=3$<salt>$<key>` (base64 without padding), which names their cost, so a later cost change
 * upgrades old hashes at their owner's next sign-in (needsRehash).
 *
 * Hashes written by earlier releases (argon2id, `$argon2id$…`) are still checked, with argon2 compiled to
 * WebAssembly (hash-wasm, loaded only for them), and replaced by scrypt at the next sign-in.
 */
const cost = { ln: 15, r: 8, p: 3 };
const saltBytes = 16;
const keyBytes = 32;
const prefix = `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$`;
const phc = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, cost);
  return `${prefix}${unpadded(salt)}$${unpadded(key)}`;
}

/** True when the password matches; false for a wrong password and for a hash this server cannot read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (passwordHash.startsWith("$argon2")) return verifyArgon2(passwordHash, password);
  const match = phc.exec(passwordHash);
  if (!match) return false;
  const [ln, r, p, salt, key] = match.slice(1) as [string, string, string, string, string];
  if (Number(ln) > 20 || Number(r) > 16 || Number(p) > 16) return false; // not a cost this server would write
  const expected = Buffer.from(key, "base64");
  // A shortened key would match its own prefix (scrypt's output is a stream): only whole keys are compared.
  if (expected.length !== keyBytes) return false;
  const actual = await derive(password, Buffer.from(salt, "base64"), { ln: Number(ln), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** True when a hash was made by another algorithm or cost than hashPassword's: hash the password again. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith(prefix);
}

function derive(password: string, salt: Buffer, c: typeof cost): Promise<Buffer> {
  const N = 2 ** c.ln;
  // scrypt needs 128·N·r bytes (plus a little); Node's default ceiling of 32 MiB is just under N = 2^15, r = 8.
  const maxmem = 128 * N * c.r + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyBytes, { N, r: c.r, p: c.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

async function verifyArgon2(passwordHash: string, password: string): Promise<boolean> {
  const { argon2Verify } = await import("hash-wasm");
  try {
    return await argon2Verify({ password, hash: passwordHash });
  } catch {
    return false; // a damaged hash: no password matches it
  }
}

function unpadded(bytes: Buffer): string {
  return bytes.toString("base64").replace(/=+$/, "");
}
