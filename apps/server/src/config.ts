import path from "node:path";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoPassword: string | undefined;
  secureCookies: boolean;
  webDist: string;
}

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
    webDist: path.resolve(import.meta.dirname, "../../web/dist"),
  };
}
