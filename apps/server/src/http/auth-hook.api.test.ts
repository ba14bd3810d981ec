import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aUnit } from "../../test/builders";
import { anActor, api, type TestActor, testNow } from "../../test/harness";
import { openTestDatabase } from "../../test/test-db";
import { type App, buildApp } from "../app";
import type { Database } from "../db/database";

let database: Database;
let app: App;
let webDist: string;
let actor: TestActor;

beforeAll(async () => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-web-"));
  fs.mkdirSync(path.join(webDist, "assets"));
  fs.writeFileSync(path.join(webDist, "index.html"), "<html>desk</html>");
  fs.writeFileSync(path.join(webDist, "m.html"), "<html>handbook</html>");
  fs.writeFileSync(path.join(webDist, "assets", "app-1234.js"), "console.log(1)");
  database = await openTestDatabase();
  app = await buildApp({ db: database.db, clock: () => testNow, webDist, logger: false });
  const unit = await aUnit(database.db, { name: "Chi bộ Web", type: "grassroots_cell" });
  actor = await anActor(database.db, { role: "cell_secretary", orgUnitId: unit });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

describe("with the web app built", () => {
  it("serves its files and pages without a session (the sign-in page is one of them)", async () => {
    const asset = await api(app).anonymous.get("/assets/app-1234.js");
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).not.toBe("no-store");
    expect((await api(app).anonymous.get("/")).body).toContain("desk");
    expect((await api(app).anonymous.get("/thanh-vien/abc")).body).toContain("desk");
    expect((await api(app).anonymous.get("/m/lich")).body).toContain("handbook");
  });

  it("still needs a session for the API, however its path is spelled", async () => {
    for (const url of ["/api/members", "/%61pi/members", "/api/%6dembers", "//api/members", "/API/members"]) {
      const res = await api(app).anonymous.get(url);
      // Either refused, or not the API at all (the not-found handler answers with the desk's page).
      expect(res.statusCode === 401 || res.body === "<html>desk</html>", `${url}: ${res.statusCode}`).toBe(true);
    }
    expect((await api(app).anonymous.get("/%61pi/members")).statusCode).toBe(401);
    expect((await api(app).as(actor).get("/%61pi/members")).statusCode).toBe(200);
  });
});
