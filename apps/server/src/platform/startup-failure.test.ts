import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makePrivateDir } from "./private-dir";
import { databaseFailure, failureText, listenFailure, StartupError, serverStart } from "./startup-failure";

const url = "postgres://dangvu:p%40ss@db.example:5433/dangvu";

describe("start-up failures, said for the operator", () => {
  it.each([
    ["28P01", 'refused the password of user "dangvu"'],
    ["28000", 'does not let user "dangvu" connect'],
    ["3D000", 'database "dangvu" does not exist on db.example:5433'],
    ["ECONNREFUSED", "db.example:5433 refused the connection"],
    ["ENOTFOUND", 'host "db.example" not found'],
    ["EHOSTUNREACH", "cannot reach db.example:5433"],
  ])("explains PostgreSQL's %s, naming DATABASE_URL without its password", (code, says) => {
    const error = databaseFailure(Object.assign(new Error(`failed for p@ss`), { code }), url);
    expect(error.en).toContain(says);
    expect(error.en).toContain("DATABASE_URL (postgres://dangvu:***@db.example:5433/dangvu)");
    expect(error.vi).toContain("DATABASE_URL");
    expect(`${error.vi}${error.en}`).not.toContain("p%40ss");
  });

  it("explains a server that does not answer, and shows another error's text without the password", () => {
    expect(databaseFailure(new Error("Connection terminated due to connection timeout"), url).en).toContain(
      "did not answer in 5 seconds",
    );
    const other = databaseFailure(
      Object.assign(new Error("no pg_hba.conf entry, password p@ss"), { code: "XX000" }),
      url,
    );
    expect(other.en).toContain("no pg_hba.conf entry, password *** [XX000]");
  });

  it("explains a port in use or not allowed, and a HOST not of this machine; other errors stay bugs", () => {
    const of = (code: string) => listenFailure(Object.assign(new Error(code), { code }), "10.9.9.9", 80);
    expect((of("EADDRINUSE") as StartupError).en).toContain("port 80 is in use");
    expect((of("EACCES") as StartupError).en).toContain("not allowed to listen on port 80");
    expect((of("EADDRNOTAVAIL") as StartupError).en).toContain("HOST=10.9.9.9");
    expect(of("EMFILE")).not.toBeInstanceOf(StartupError);
  });

  it("prints two lines: Vietnamese first, then English in parentheses", () => {
    const text = failureText(new StartupError("xem PORT", "check PORT"), serverStart);
    expect(text).toBe("Không khởi động được Đảng Vụ: xem PORT\n(Could not start Đảng Vụ: check PORT)");
  });

  it("makes missing directories 0700, and fails (not loops) where mkdir answers ENOENT under a parent", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "dangvu-dir-"));
    try {
      makePrivateDir(path.join(root, "a", "b"));
      expect(fs.statSync(path.join(root, "a", "b")).mode & 0o777).toBe(0o700);
      makePrivateDir(path.join(root, "a", "b"));
      fs.writeFileSync(path.join(root, "file"), "");
      expect(() => makePrivateDir(path.join(root, "file", "x"))).toThrow(/ENOTDIR/);
      if (fs.existsSync("/proc/self")) expect(() => makePrivateDir("/proc/dangvu-test/x")).toThrow(/ENOENT/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
