import { describe, expect, it } from "vitest";
import { StartupError } from "../platform/startup-failure";
import { parseCommand } from "./command-line";

/** The StartupError parsing throws (the test fails when it throws none). */
function refusal(args: string[]): StartupError {
  try {
    parseCommand(args);
  } catch (error) {
    if (error instanceof StartupError) return error;
    throw error;
  }
  throw new Error(`accepted: ${args.join(" ")}`);
}

describe("npx dangvu's arguments", () => {
  it("reads backup to a file, or to a directory with or without --keep", () => {
    expect(parseCommand(["backup", "/tmp/x.jsonl.gz"])).toEqual({ name: "backup", file: "/tmp/x.jsonl.gz" });
    expect(parseCommand(["backup", "--dir", "/var/backups/dangvu", "--keep", "14"])).toEqual({
      name: "backup",
      dir: "/var/backups/dangvu",
      keep: 14,
    });
    expect(parseCommand(["backup", "--keep=3", "--dir=b"])).toEqual({ name: "backup", dir: "b", keep: 3 });
    expect(parseCommand(["backup", "--dir", "b"])).toEqual({ name: "backup", dir: "b", keep: undefined });
  });

  it("refuses --keep without --dir, a --keep that is not a whole number of 1 or more, and both FILE and --dir", () => {
    expect(refusal(["backup", "--keep", "3"]).en).toContain("--keep needs --dir");
    expect(refusal(["backup", "x.gz", "--keep", "3"]).en).toContain("--keep needs --dir");
    for (const keep of ["0", "-1", "1.5", "abc", "01"])
      expect(refusal(["backup", "--dir", "b", "--keep", keep]).en).toContain("integer of 1 or more");
    expect(refusal(["backup", "--dir", "b", "--keep"]).en).toContain("--keep needs a value");
    expect(refusal(["backup", "x.gz", "--dir", "b"]).en).toContain("not both");
    expect(refusal(["backup"]).en).toContain("FILE or --dir");
  });

  it("reads init's flags, and refuses a password flag", () => {
    const args = [
      "--username",
      "admin",
      "--display-name",
      "Quản trị viên",
      "--unit-name",
      "Đảng bộ Khối các cơ quan tỉnh",
    ];
    expect(parseCommand(["init", ...args])).toEqual({ name: "init", args });
    expect(parseCommand(["init", "--password-stdin"])).toEqual({ name: "init", args: ["--password-stdin"] });
    expect(refusal(["init", "--password", "x"]).en).toContain("unknown option --password");
  });

  it("reads the other commands and refuses what it does not know", () => {
    expect(parseCommand([])).toBe("help");
    expect(parseCommand(["--help"])).toBe("help");
    expect(parseCommand(["restore", "f.gz", "--yes"])).toEqual({ name: "restore", file: "f.gz", yes: true });
    expect(parseCommand(["audit", "verify"])).toEqual({ name: "audit verify" });
    expect(parseCommand(["seed"])).toEqual({ name: "seed" });
    expect(refusal(["restore"]).en).toContain("exactly 1");
    expect(refusal(["seed", "now"]).en).toContain("unexpected now");
    expect(refusal(["audit"]).en).toContain("audit verify");
    expect(refusal(["backups"]).vi).toContain('không có lệnh "backups"');
  });
});
