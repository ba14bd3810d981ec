import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { readConfig } from "./config";
import { checkDatabaseSettings, checkListen } from "./platform/startup-checks";
import { listenFailure, reportFailure, serverStart } from "./platform/startup-failure";

/**
 * Starts the server: check the settings, open the database (lock), migrate, seed the demo on a new database, listen.
 * The settings, the port and the database are checked before the rest of the code is loaded: a bad one ends the
 * start in a moment, explained (StartupError).
 */
async function main() {
  const { mark, report } = startupClock();
  const config = readConfig();
  await checkListen(config.host, config.port);
  await checkDatabaseSettings(config);
  mark("check");
  const [
    { buildApp },
    { openConfiguredDatabase },
    { isEmpty, seedDemo },
    { prepareDatabase },
    { startMaintenance, upkeepBeforeServing },
  ] = await Promise.all([
    import("./app"),
    import("./db/open"),
    import("./demo/seed"),
    import("./platform/bootstrap"),
    import("./platform/maintenance"),
  ]);
  mark("load");
  const database = await openConfiguredDatabase(config);
  mark("open");
  await prepareDatabase(database);
  mark("prepare");
  let demoNote = "";
  if (await isEmpty(database.db)) {
    if (config.demo) {
      const password = config.demoPassword ?? randomBytes(9).toString("base64url");
      const accounts = await seedDemo(database.db, password);
      await upkeepBeforeServing(database);
      demoNote = [
        "Dữ liệu mẫu đã được tạo. Tài khoản mẫu (demo accounts):",
        ...accounts.map((a) => `  ${a.username.padEnd(9)} ${a.displayName} — ${a.unitName}`),
        `  Mật khẩu (password): ${config.demoPassword ? "DANGVU_DEMO_PASSWORD" : password}`,
      ].join("\n");
    } else {
      demoNote = "Cơ sở dữ liệu trống. Tạo quản trị viên đầu tiên bằng: npx dangvu init";
    }
  }
  mark("emptyCheck");
  const app = await buildApp({
    db: database.db,
    webDist: config.webDist,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    // Server errors are always logged; every request only when asked (DANGVU_LOG=1).
    logger: config.logRequests ? true : undefined,
  });
  mark("buildApp");
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // Taken in the moment since the check: the database is closed (and its lock let go) before the report.
    await app.close();
    await database.close();
    throw listenFailure(error, config.host, config.port);
  }
  mark("listen");
  const seconds = (performance.now() / 1000).toFixed(2);
  console.log(
    `Đảng Vụ đang chạy tại http://localhost:${config.port} (${database.describe}; sẵn sàng sau ${seconds} s)`,
  );
  if (demoNote) console.log(demoNote);
  report();
  const maintenance = startMaintenance(database);
  const stop = async () => {
    maintenance.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/**
 * The start's phases from the process's start: the first, "start", is node's own start, scripts/start.js's build
 * checks (`npm start` runs this bundle in its process) and loading this file; "check" the settings' checks, "load"
 * loading the rest of the code. DANGVU_STARTUP_TIMES=1 prints them on the
 * clock, in CPU of all threads, and in CPU of the main thread alone (Linux), which is what the clock shows on an idle
 * machine where V8 compiles PGlite's WebAssembly on the other cores (bench/lib/startup.ts reads them).
 */
function startupClock() {
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const mainThread = () => {
    if (!fs.existsSync("/proc/self/task")) return 0;
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in hundredths of a second
  };
  const timing = process.env.DANGVU_STARTUP_TIMES === "1";
  const now = (): [number, number, number] => [performance.now(), cpu(), timing ? mainThread() : 0];
  const marks: [string, ...[number, number, number]][] = [["start", ...now()]];
  const phases = (column: 1 | 2 | 3) =>
    JSON.stringify(
      Object.fromEntries(marks.map((m, i) => [m[0], Math.round(m[column] - (marks[i - 1]?.[column] ?? 0))])),
    );
  return {
    mark: (phase: string) => marks.push([phase, ...now()]),
    report: () => {
      if (!timing) return;
      console.log(`startup-times ${phases(1)}`);
      console.log(`startup-cpu ${phases(2)}`);
      console.log(`startup-main-thread ${phases(3)}`);
    },
  };
}

main().catch((error) => process.exit(reportFailure(error, serverStart)));
