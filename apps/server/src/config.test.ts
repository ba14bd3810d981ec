import { describe, expect, it } from "vitest";
import { readConfig } from "./config";

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
    expect(() => trustProxyOf("1")).toThrow(/địa chỉ của proxy/);
  });

  it("logs server errors always and every request only with DANGVU_LOG=1", () => {
    expect(readConfig({}, []).logRequests).toBe(false);
    expect(readConfig({ DANGVU_LOG: "1" }, []).logRequests).toBe(true);
  });
});
