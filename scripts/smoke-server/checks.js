// What the smoke does between the page's commands, where the page sends a person to the browser, and what it checks.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

const importedCount = 25;
const cellName = "Chi bộ Kiểm thử Vận hành";

/** A signed-in client of one server: the session cookie and the CSRF token, as a browser keeps them. */
export async function signIn(port, username, password) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) return { status: res.status };
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("dangvu_session="));
  if (!cookie) throw new Error("sign-in answered 200 without the dangvu_session cookie");
  const { csrfToken } = await res.json();
  return { status: 200, session: { cookie: cookie.split(";")[0], csrfToken } };
}

/** A request with a session, on any server; the answer's JSON, or an error naming the status. */
export async function call(port, session, method, url, body) {
  const headers = { cookie: session.cookie };
  if (method !== "GET") headers["x-csrf-token"] = session.csrfToken;
  if (body && !(body instanceof FormData)) headers["content-type"] = "application/json";
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers,
    body: body instanceof FormData ? body : body && JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${url} on port ${port}: ${res.status} ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

/**
 * The members workbook as an office fills it: the template downloaded from the server (as from the import page),
 * its sample row cleared, one row per member typed under the template's own headings.
 */
async function membersWorkbook(port, session, file) {
  const res = await fetch(`http://127.0.0.1:${port}/api/imports/members/template`, {
    headers: { cookie: session.cookie },
  });
  if (res.status !== 200) throw new Error(`the import template answered ${res.status}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()));
  const sheet = book.worksheets[0];
  const columnOf = new Map();
  sheet.getRow(1).eachCell((cell, column) => columnOf.set(String(cell.value).replace(/ \*$/, ""), column));
  // The cell as the template's list offers it.
  const offered = [];
  book.getWorksheet("Danh mục")?.eachRow((row) => offered.push(String(row.getCell(1).value)));
  const cell = offered.find((label) => label.startsWith(cellName));
  if (!cell) throw new Error(`the template's list of cells does not offer ${cellName}`);
  sheet.getRow(2).eachCell((c) => {
    c.value = null;
  });
  for (let n = 1; n <= importedCount; n++) {
    const typed = {
      "Họ và tên": `Nguyễn Văn Vận Hành ${n}`,
      "Giới tính": "Nam",
      "Ngày sinh": "15/08/1985",
      "Số CCCD": `0990850${String(n).padStart(5, "0")}`,
      "Chi bộ": cell,
      "Trạng thái": "Đảng viên chính thức",
      "Số quyết định kết nạp": "12-QĐ/ĐU",
      "Ngày quyết định kết nạp": "03/02/2012",
      "Ngày lễ kết nạp": "20/02/2012",
      "Ngày chính thức": "20/02/2013",
    };
    const row = sheet.getRow(n + 1);
    for (const [heading, value] of Object.entries(typed)) {
      const column = columnOf.get(heading);
      if (!column) throw new Error(`the import template has no column "${heading}"`);
      row.getCell(column).value = value;
    }
  }
  await book.xlsx.writeFile(file);
}

/** Starts an import (a dry run or the real one) and follows its job, as the page's import dialog does. */
async function importMembers(port, session, file, dryRun) {
  const form = new FormData();
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  form.append("file", new Blob([fs.readFileSync(file)], { type }), path.basename(file));
  let job = await call(port, session, "POST", `/api/imports/members?dryRun=${dryRun}`, form);
  for (let i = 0; job.state === "running"; i++) {
    if (i > 600) throw new Error("the import's job ran for more than a minute");
    await new Promise((resolve) => setTimeout(resolve, 100));
    [job] = await call(port, session, "GET", `/api/jobs?id=${job.id}`);
  }
  if (job.state !== "done") throw new Error(`the import (dryRun=${dryRun}) failed: ${JSON.stringify(job.error)}`);
  return job.result;
}

async function membersOfCell(port, session, cellId) {
  return (await call(port, session, "GET", `/api/members?orgUnitId=${cellId}&pageSize=100`)).total;
}

function psqlValue(dbName, query) {
  const res = spawnSync("runuser", ["-u", "postgres", "--", "psql", "-d", dbName, "-tAc", query], {
    encoding: "utf8",
    cwd: "/",
  });
  if (res.status !== 0) throw new Error(`psql on ${dbName}: ${res.stderr}`);
  return res.stdout.trim();
}

/**
 * The checks, each tied to the page's command it follows (or precedes): `at` matches the page's command text. The
 * runner fails when one never runs, so a page that drops the command it hangs on fails the smoke.
 */
export function checks(ctx) {
  const state = {};
  const admin = () => {
    const init = ctx.plan.find((s) => /npx dangvu init\b/.test(s.command));
    return /--username\s+(\S+)/.exec(init?.command ?? "")?.[1] ?? "admin";
  };
  return [
    {
      name: "sign in as the administrator, create a cell, import a members workbook, find the members on the list",
      when: "after",
      at: /^curl -fsS http:\/\/localhost:3000\/api\/health$/,
      run: async () => {
        const port = ctx.ports["3000"];
        const signedIn = await signIn(port, admin(), ctx.values.assignments.DANGVU_ADMIN_PASSWORD);
        if (signedIn.status !== 200) throw new Error(`sign-in as ${admin()}: ${signedIn.status}`);
        const session = signedIn.session;
        const tree = await call(port, session, "GET", "/api/org-units");
        const top = tree.find((u) => u.parentId === null);
        const cell = await call(port, session, "POST", "/api/org-units", {
          name: cellName,
          type: "grassroots_cell",
          parentId: top.id,
          establishedOn: new Date().toISOString().slice(0, 10),
        });
        state.cellId = cell.id;
        const file = path.join(ctx.tmp, "dang-vien.xlsx");
        await membersWorkbook(port, session, file);
        await importMembers(port, session, file, true);
        if ((await membersOfCell(port, session, cell.id)) !== 0) throw new Error("the dry run wrote members");
        await importMembers(port, session, file, false);
        const total = await membersOfCell(port, session, cell.id);
        if (total !== importedCount) throw new Error(`the list shows ${total} members, not ${importedCount}`);
        return `${top.name} › ${cellName}: ${total} members imported`;
      },
    },
    {
      name: "a session made on the first server answers on the second",
      when: "after",
      at: /^curl -fsS http:\/\/127\.0\.0\.1:3002\/api\/health$/,
      run: async () => {
        const signedIn = await signIn(ctx.ports["3001"], admin(), ctx.values.assignments.DANGVU_ADMIN_PASSWORD);
        if (signedIn.status !== 200) throw new Error(`sign-in on the first server: ${signedIn.status}`);
        const me = await call(ctx.ports["3002"], signedIn.session, "GET", "/api/me");
        const total = await membersOfCell(ctx.ports["3002"], signedIn.session, state.cellId);
        if (me.username !== admin() || total !== importedCount)
          throw new Error(`the second server answered ${me.username} with ${total} members`);
        return `${me.username} on port ${ctx.ports["3002"]} with the session of port ${ctx.ports["3001"]}`;
      },
    },
    {
      name: "the backup is one private file named by its date",
      when: "after",
      at: /^npx dangvu backup --dir /,
      run: async () => {
        const dir = path.join(ctx.tmp, "backups");
        const files = fs.readdirSync(dir).filter((f) => /^dangvu-\d{4}-\d\d-\d\d-\d{6}\.jsonl\.gz$/.test(f));
        if (files.length !== 1) throw new Error(`expected one dated backup in ${dir}, found ${files.join(", ")}`);
        const mode = fs.statSync(path.join(dir, files[0])).mode & 0o777;
        if (mode !== 0o600) throw new Error(`the backup's mode is ${mode.toString(8)}, not 600`);
        return files[0];
      },
    },
    {
      name: "the restored database holds the imported members",
      when: "after",
      at: /npx dangvu restore .* --yes$/,
      run: async () => {
        const count = Number(psqlValue(`${ctx.values.dbName}_test`, "select count(*) from members"));
        if (count !== importedCount) throw new Error(`the restored database has ${count} members`);
        return `${count} members in ${ctx.values.dbName}_test`;
      },
    },
    {
      name: "an embedded database with its own administrator, to move",
      when: "before",
      at: /^DANGVU_DATA_DIR=\S+ npx dangvu backup /,
      run: async () => {
        const env = { ...ctx.baseEnv, DANGVU_DATA_DIR: path.join(ctx.tmp, "embedded-data") };
        env.DANGVU_ADMIN_PASSWORD = ctx.values.assignments.DANGVU_ADMIN_PASSWORD;
        delete env.DATABASE_URL;
        const args = ["bin/dangvu.js", "init", "--username", "nhung", "--display-name", "Trần Thị Nhung"];
        const res = spawnSync(process.execPath, [...args, "--unit-name", "Đảng bộ Khối (nhúng)"], {
          cwd: ctx.root,
          env,
          encoding: "utf8",
        });
        if (res.status !== 0) throw new Error(`init on the embedded database: ${res.stdout}${res.stderr}`);
        return "nhung on PGlite";
      },
    },
    {
      name: "after the move, the embedded database's administrator signs in on PostgreSQL",
      when: "after",
      at: /^npm start -- --no-demo$/,
      nth: 2,
      run: async () => {
        const port = ctx.ports["3000"];
        const moved = await signIn(port, "nhung", ctx.values.assignments.DANGVU_ADMIN_PASSWORD);
        const replaced = await signIn(port, admin(), ctx.values.assignments.DANGVU_ADMIN_PASSWORD);
        if (moved.status !== 200 || replaced.status !== 401)
          throw new Error(`sign-ins after the move: nhung ${moved.status}, ${admin()} ${replaced.status}`);
        return "nhung signs in; the replaced data's admin does not";
      },
    },
  ];
}
