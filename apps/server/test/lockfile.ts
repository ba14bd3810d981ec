/**
 * What the lock file must hold for `npm ci` to install on every platform a party office runs: for each package that
 * ships its native code as one optional package per platform (esbuild, biome, rolldown…), an entry for each platform
 * below. A lock file written on one machine can lack the others' entries (npm records only what the registry
 * answered), and a clone elsewhere then installs without the binary and fails at run time.
 */
export const requiredPlatforms = [
  { name: "win32-x64", os: "win32", cpu: "x64" },
  { name: "darwin-arm64", os: "darwin", cpu: "arm64" },
  { name: "darwin-x64", os: "darwin", cpu: "x64" },
  { name: "linux-x64-gnu", os: "linux", cpu: "x64", libc: "glibc" },
  { name: "linux-x64-musl", os: "linux", cpu: "x64", libc: "musl" },
  { name: "linux-arm64-gnu", os: "linux", cpu: "arm64", libc: "glibc" },
] as const;

type Platform = (typeof requiredPlatforms)[number];
interface LockEntry {
  version?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
export interface Lock {
  packages: Record<string, LockEntry>;
}

/** The platforms each per-platform package family misses, as "package (platform, …)"; empty when all are there. */
export function missingPlatforms(lock: Lock): string[] {
  const gaps: string[] = [];
  for (const [at, entry] of Object.entries(lock.packages)) {
    if (!entry.optionalDependencies || isPlatformSpecific(entry)) continue;
    const options = Object.keys(entry.optionalDependencies).map((name) => resolve(lock, at, name));
    // A family: two or more optional packages that are each for one platform, or that the lock does not hold at all.
    const family = options.filter((o) => o === undefined || isPlatformSpecific(o));
    if (family.length < 2) continue;
    const held = options.filter((o): o is LockEntry => o !== undefined && isPlatformSpecific(o));
    const missing = requiredPlatforms.filter((p) => !held.some((o) => runsOn(o, p))).map((p) => p.name);
    if (missing.length) gaps.push(`${at.replace(/^.*node_modules\//, "")} (${missing.join(", ")})`);
  }
  return gaps;
}

function isPlatformSpecific(entry: LockEntry): boolean {
  return Boolean(entry.os || entry.cpu);
}

function runsOn(entry: LockEntry, p: Platform): boolean {
  const allows = (list: string[] | undefined, value: string | undefined) =>
    !list ||
    value === undefined ||
    list.includes(value) ||
    (list.every((v) => v.startsWith("!")) && !list.includes(`!${value}`));
  return allows(entry.os, p.os) && allows(entry.cpu, p.cpu) && allows(entry.libc, "libc" in p ? p.libc : undefined);
}

/** Node's lookup: the package's own node_modules, then each enclosing one up to the root. */
function resolve(lock: Lock, from: string, name: string): LockEntry | undefined {
  let dir = from;
  for (;;) {
    const entry = lock.packages[`${dir ? `${dir}/` : ""}node_modules/${name}`];
    if (entry) return entry;
    if (!dir) return undefined;
    const up = dir.lastIndexOf("/node_modules/");
    dir = up < 0 ? "" : dir.slice(0, up);
  }
}
