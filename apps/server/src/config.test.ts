import { describe, expect, it } from "vitest";
import { readConfig } from "./config";
import { SettingError } from "./platform/startup-failure";

/** The SettingError a configuration raises (the test fails when it raises none). */
function settingErrorOf(env: NodeJS.ProcessEnv, argv: string[] = []): SettingError {
  try {
    readConfig(env, argv);
  } catch (error) {
    if (error instanceof SettingError) return error;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

const trustProxyOf = (value: string | undefined) =>
  readConfig(value === undefined ? {} : { DANGVU_TRUST_PROXY: value }, []).trustProxy;

describe("the server configuration", () => {
  it("trusts no proxy unless told to, so X-Forwarded-For cannot make up client addresses", () => {
    expect(trustProxyOf(undefined)).toBe(false);
    expect(trustProxyOf("")).toBe(false);
    expect(trustProxyOf("0")).toBe(false);
    expect(trustProxyOf("false")).toBe(false);
  });

  it("trusts a list of proxy addresses, or every hop when told so", () => {
    expect(trustProxyOf("true")).toBe(true);
    expect(trustProxyOf("127.0.0.1, 10.0.0.0/8 ,loopback")).toEqual(["127.0.0.1", "10.0.0.0/8", "loopback"]);
  });

  it("refuses a hop count, which Fastify would silently ignore", () => {
    const error = settingErrorOf({ DANGVU_TRUST_PROXY: "1" });
    expect(error.problems.map((p) => p.name)).toEqual(["DANGVU_TRUST_PROXY"]);
    expect(error.vi).toMatch(/địa chỉ của proxy/);
    expect(error.en).toMatch(/not a hop count/);
  });

  it("logs server errors always and every request only with DANGVU_LOG=1", () => {
    expect(readConfig({}, []).logRequests).toBe(false);
    expect(readConfig({ DANGVU_LOG: "1" }, []).logRequests).toBe(true);
  });

  it("takes the defaults when nothing is set, and an empty variable as unset (except HOST)", () => {
    const config = readConfig({ PORT: "", DANGVU_DEMO: "", DATABASE_URL: "", DANGVU_DATA_DIR: "" }, []);
    expect(config).toMatchObject({ port: 3000, host: "0.0.0.0", demo: true, secureCookies: false });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it("reads the accepted values", () => {
    const config = readConfig(
      {
        PORT: "65535",
        HOST: "127.0.0.1",
        DANGVU_DEMO: "0",
        DANGVU_SECURE_COOKIES: "1",
        DATABASE_URL: "postgres://a@b/c",
      },
      [],
    );
    expect(config).toMatchObject({ port: 65535, host: "127.0.0.1", demo: false, secureCookies: true });
    expect(readConfig({ PORT: "1" }, ["--no-demo"])).toMatchObject({ port: 1, demo: false });
    expect(readConfig({ DATABASE_URL: "postgresql://x:y@h:5433/d" }, []).databaseUrl).toBe("postgresql://x:y@h:5433/d");
  });

  it.each(["0", "65536", "abc", "3000.5", "-1", "1e3", " "])("refuses PORT=%j", (port) => {
    const error = settingErrorOf({ PORT: port });
    expect(error.problems.map((p) => p.name)).toEqual(["PORT"]);
    expect(error.en).toContain("1 to 65535");
  });

  it.each(["DANGVU_DEMO", "DANGVU_SECURE_COOKIES", "DANGVU_LOG"])("accepts only 0 or 1 in %s", (name) => {
    for (const value of ["yes", "true", "2", "on"]) {
      const error = settingErrorOf({ [name]: value });
      expect(error.problems).toEqual([expect.objectContaining({ name, value })]);
      expect(error.vi).toContain("0 hoặc 1");
      expect(error.en).toContain("0 and 1");
    }
  });

  it("refuses an empty HOST, an unknown flag and a DATABASE_URL that is not a PostgreSQL URL", () => {
    expect(settingErrorOf({ HOST: "" }).problems.map((p) => p.name)).toEqual(["HOST"]);
    expect(settingErrorOf({}, ["--demo"]).problems.map((p) => p.name)).toEqual(["--demo"]);
    expect(settingErrorOf({ DATABASE_URL: "mysql://u:p@h/d" }).problems.map((p) => p.name)).toEqual(["DATABASE_URL"]);
    expect(settingErrorOf({ DATABASE_URL: "not a url" }).problems.map((p) => p.name)).toEqual(["DATABASE_URL"]);
  });

  it("reports every bad variable in one error, never showing the database password", () => {
    const error = settingErrorOf(
      { PORT: "http", DANGVU_DEMO: "yes", HOST: " ", DANGVU_TRUST_PROXY: "2", DATABASE_URL: "mysql://u:s3cret@h/d" },
      ["--verbose"],
    );
    expect(error.problems.map((p) => p.name).sort()).toEqual(
      ["--verbose", "DANGVU_DEMO", "DANGVU_TRUST_PROXY", "DATABASE_URL", "HOST", "PORT"].sort(),
    );
    for (const text of [error.vi, error.en]) {
      expect(text).toContain('PORT="http"');
      expect(text).toContain('DANGVU_DEMO="yes"');
      expect(text).not.toContain("s3cret");
    }
  });
});
