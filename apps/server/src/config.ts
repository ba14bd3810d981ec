import path from "node:path";
import { redactUrl, SettingError, type SettingProblem } from "./platform/startup-failure";
import { serverRoot } from "./server-root";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoPassword: string | undefined;
  secureCookies: boolean;
  /** Which proxies may tell the client's address in X-Forwarded-For (false: none, the address is the socket's). */
  trustProxy: TrustProxy;
  /** Log every request, not only server errors (which are always logged). */
  logRequests: boolean;
  webDist: string;
}

/** What Fastify's `trustProxy` takes: no proxy, every hop, or the proxies' addresses and CIDR ranges. */
export type TrustProxy = boolean | string[];

/** The server's only command-line flag; `npx dangvu` passes none (its arguments are its own). */
const serverFlags = ["--no-demo"];

/**
 * Reads the server configuration from the environment and the command-line flags. Every value is checked first:
 * a bad one throws a SettingError naming each bad variable, its value and what is accepted, so that one start shows
 * everything there is to fix. An empty variable counts as unset, except HOST.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Config {
  const problems: SettingProblem[] = [];
  const problem = (name: string, value: string, vi: string, en: string) => problems.push({ name, value, vi, en });
  for (const flag of argv)
    if (!serverFlags.includes(flag))
      problems.push({
        name: flag,
        vi: "tham số lạ; máy chủ chỉ nhận --no-demo",
        en: "unknown flag; the server accepts only --no-demo",
      });
  const flag = (name: string, fallback: boolean): boolean => {
    const value = env[name] ?? "";
    if (value === "") return fallback;
    if (value === "0" || value === "1") return value === "1";
    problem(name, value, "chỉ nhận 0 hoặc 1", "accepted values are 0 and 1");
    return fallback;
  };
  const config: Config = {
    port: readPort(env.PORT, problem),
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.DANGVU_DATA_DIR || "./data"),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL, problem),
    demo: flag("DANGVU_DEMO", true) && !argv.includes("--no-demo"),
    demoPassword: env.DANGVU_DEMO_PASSWORD || undefined,
    secureCookies: flag("DANGVU_SECURE_COOKIES", false),
    trustProxy: parseTrustProxy(env.DANGVU_TRUST_PROXY, problem),
    logRequests: flag("DANGVU_LOG", false),
    // The built web app; the browser journeys build their own copy, so a build elsewhere never changes it under them.
    webDist: env.DANGVU_WEB_DIST ? path.resolve(env.DANGVU_WEB_DIST) : path.resolve(serverRoot, "../web/dist"),
  };
  if (config.host.trim() === "")
    problem(
      "HOST",
      config.host,
      "không được để trống (ví dụ 0.0.0.0 hoặc 127.0.0.1)",
      "must not be empty (e.g. 0.0.0.0)",
    );
  if (problems.length) throw new SettingError(problems);
  return config;
}

type Problem = (name: string, value: string, vi: string, en: string) => void;

function readPort(value: string | undefined, problem: Problem): number {
  if (value === undefined || value === "") return 3000;
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (port >= 1 && port <= 65535) return port;
  problem("PORT", value, "cần một số nguyên từ 1 đến 65535", "must be an integer from 1 to 65535");
  return 3000;
}

/** A PostgreSQL URL (postgres:// or postgresql://); its password is never shown in a message. */
function readDatabaseUrl(value: string | undefined, problem: Problem): string | undefined {
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  if (url && (url.protocol === "postgres:" || url.protocol === "postgresql:")) return value;
  const shown = url ? redactUrl(value) : "(không đọc được / unreadable)";
  problem(
    "DATABASE_URL",
    shown,
    "cần dạng postgres://người_dùng:mật_khẩu@máy:cổng/tên_cơ_sở_dữ_liệu (ký tự đặc biệt trong mật khẩu phải mã hóa %XX)",
    "must look like postgres://user:password@host:port/database (special characters in the password %-encoded)",
  );
  return undefined;
}

/**
 * DANGVU_TRUST_PROXY: unset, "0" or "false" trusts no proxy, so a client cannot make up addresses (and dodge the
 * per-address limits) with X-Forwarded-For. Behind a reverse proxy, list the proxies' addresses or CIDR ranges
 * ("127.0.0.1", "10.0.0.0/8", "loopback"): the client is then the address the nearest untrusted hop reported. "true"
 * trusts every hop, which is safe only behind a proxy that overwrites the header. A hop count ("1") is refused:
 * Fastify no longer honours one (it cannot check the nearest peer), so it would silently trust nothing.
 */
function parseTrustProxy(value: string | undefined, problem: Problem): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text === "false") return false;
  if (text === "true") return true;
  if (/^\d+$/.test(text)) {
    problem(
      "DANGVU_TRUST_PROXY",
      text,
      "hãy ghi địa chỉ của proxy (ví dụ 127.0.0.1 hoặc 10.0.0.0/8), không ghi số bước; hoặc true, false",
      "give the proxies' addresses (e.g. 127.0.0.1 or 10.0.0.0/8), not a hop count; or true, false",
    );
    return false;
  }
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}
