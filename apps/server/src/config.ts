import path from "node:path";
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

/** Reads the server configuration from the environment and the command-line flags. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Config {
  const noDemo = argv.includes("--no-demo") || env.DANGVU_DEMO === "0";
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.DANGVU_DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: !noDemo,
    demoPassword: env.DANGVU_DEMO_PASSWORD || undefined,
    secureCookies: env.DANGVU_SECURE_COOKIES === "1",
    trustProxy: parseTrustProxy(env.DANGVU_TRUST_PROXY),
    logRequests: env.DANGVU_LOG === "1",
    // The built web app; the browser journeys build their own copy, so a build elsewhere never changes it under them.
    webDist: env.DANGVU_WEB_DIST ? path.resolve(env.DANGVU_WEB_DIST) : path.resolve(serverRoot, "../web/dist"),
  };
}

/**
 * DANGVU_TRUST_PROXY: unset, "0" or "false" trusts no proxy, so a client cannot make up addresses (and dodge the
 * per-address limits) with X-Forwarded-For. Behind a reverse proxy, list the proxies' addresses or CIDR ranges
 * ("127.0.0.1", "10.0.0.0/8", "loopback"): the client is then the address the nearest untrusted hop reported. "true"
 * trusts every hop, which is safe only behind a proxy that overwrites the header. A hop count ("1") is refused:
 * Fastify no longer honours one (it cannot check the nearest peer), so it would silently trust nothing.
 */
function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text === "false") return false;
  if (text === "true") return true;
  if (/^\d+$/.test(text))
    throw new Error(
      `DANGVU_TRUST_PROXY=${text}: hãy ghi địa chỉ của proxy (ví dụ 127.0.0.1 hoặc 10.0.0.0/8), không ghi số bước. ` +
        "(Give the proxies' addresses, not a hop count.)",
    );
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}
