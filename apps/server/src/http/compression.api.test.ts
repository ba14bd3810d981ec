import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aUnit } from "../../test/builders";
import { anActor, api, type TestActor, testNow } from "../../test/harness";
import { openTestDatabase } from "../../test/test-db";
import { type App, buildApp } from "../app";
import type { Database } from "../db/database";
import { encodingFor } from "./compression";
import { cacheControlOf } from "./web-files";

let database: Database;
let app: App;
let webDist: string;
let actor: TestActor;
const script = `console.log(${JSON.stringify("Sổ tay đảng viên ".repeat(200))});`;

/** A built web app as `vite build` leaves it: each file with its brotli and gzip copies beside it. */
function writeBuilt(file: string, text: string) {
  const full = path.join(webDist, file);
  fs.writeFileSync(full, text);
  fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(text));
  fs.writeFileSync(`${full}.gz`, zlib.gzipSync(text));
}

beforeAll(async () => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-web-"));
  fs.mkdirSync(path.join(webDist, "assets"));
  writeBuilt("index.html", "<html>desk</html>");
  writeBuilt("m.html", "<html>handbook</html>");
  writeBuilt("m-sw.js", "self.addEventListener('fetch', () => {});");
  writeBuilt("assets/framework-BpuYlozk.js", script);
  database = await openTestDatabase();
  app = await buildApp({ db: database.db, clock: () => testNow, webDist, logger: false });
  const unit = await aUnit(database.db, { name: "Chi bộ Nén", type: "grassroots_cell" });
  actor = await anActor(database.db, { role: "cell_secretary", orgUnitId: unit });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

describe("the web app's files", () => {
  it("sends a hashed script brotli-compressed from its build-time copy, kept for a year", async () => {
    const res = await api(app).anonymous.get("/assets/framework-BpuYlozk.js", { "accept-encoding": "gzip, br" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it("sends gzip to a browser without brotli, and the plain file to a client that accepts neither", async () => {
    const gz = await api(app).anonymous.get("/assets/framework-BpuYlozk.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await api(app).anonymous.get("/assets/framework-BpuYlozk.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("asks the browser to revalidate the pages and the service worker every time", async () => {
    for (const url of ["/m", "/m/lich", "/", "/members", "/m-sw.js"]) {
      const res = await api(app).anonymous.get(url, { "accept-encoding": "br" });
      expect({ url, cache: res.headers["cache-control"] }).toEqual({ url, cache: "no-cache" });
    }
    const handbook = await api(app).anonymous.get("/m", { "accept-encoding": "br" });
    expect(handbook.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(handbook.rawPayload).toString()).toBe("<html>handbook</html>");
  });

  it("does not offer the compressed copies as files of their own", async () => {
    expect((await api(app).anonymous.get("/assets/framework-BpuYlozk.js.br")).statusCode).toBe(404);
  });

  it("keeps a year only for names with a content hash under /assets/", () => {
    expect(cacheControlOf(path.join("dist", "assets", "handbook-CPRbEUvy.css.br"))).toMatch(/immutable/);
    expect(cacheControlOf(path.join("dist", "assets", "logo.svg"))).toBe("no-cache");
    expect(cacheControlOf(path.join("dist", "m-manifest.webmanifest"))).toBe("no-cache");
  });
});

describe("the API's answers", () => {
  it("compresses an answer above 1 kB for a client that accepts gzip, and keeps it out of caches", async () => {
    const plain = await api(app).anonymous.get("/api/openapi.json");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const res = await api(app).anonymous.get("/api/openapi.json", { "accept-encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(zlib.gunzipSync(res.rawPayload).toString()).toBe(plain.body);
  });

  it("prefers brotli, also for a signed-in user, whose answers stay no-store", async () => {
    const plain = await api(app).as(actor).get("/api/openapi.json");
    const res = await api(app).as(actor).get("/api/openapi.json", { "accept-encoding": "gzip;q=1, br;q=0.9" });
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(plain.body);
  });

  it("leaves small answers as they are", async () => {
    const res = await api(app).anonymous.get("/api/health", { "accept-encoding": "br, gzip" });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.json()).toEqual({ status: "ok" });
  });

  it("leaves a workbook download as it is (it is a zip already)", async () => {
    const res = await api(app).as(actor).get("/api/imports/members/template", { "accept-encoding": "br, gzip" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/spreadsheetml/);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("reads Accept-Encoding as browsers send it", () => {
    expect(encodingFor("gzip, deflate, br, zstd")).toBe("br");
    expect(encodingFor("gzip")).toBe("gzip");
    expect(encodingFor("br;q=0, gzip")).toBe("gzip");
    expect(encodingFor("identity")).toBeNull();
    expect(encodingFor(undefined)).toBeNull();
  });
});
