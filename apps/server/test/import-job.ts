import { expect } from "vitest";
import type { App } from "../src/app";
import { api, type TestActor } from "./harness";

/** A members .xlsx as a browser uploads it (multipart, field `file`). */
export function multipart(file: Buffer, name = "dang-vien.xlsx") {
  const boundary = "----dangvu-test-boundary";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** Starts a member import: 202 with its job, or the refusal. */
export function startImport(app: App, actor: TestActor, file: Buffer, dryRun: boolean, name?: string) {
  const { payload, headers } = multipart(file, name);
  return app.inject({
    method: "POST",
    url: `/api/imports/members?dryRun=${dryRun}`,
    payload,
    headers: { ...headers, cookie: actor.cookie, "x-csrf-token": actor.csrfToken },
  });
}

/** Polls the import's job until it ends; the job as `GET /api/jobs?id=` answers it. */
export async function finishedJob(app: App, actor: TestActor, id: string) {
  for (;;) {
    const res = await api(app).as(actor).get(`/api/jobs?id=${id}`);
    expect(res.statusCode).toBe(200);
    if (res.json()[0].state !== "running") return res.json()[0];
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts an import and waits for its end: the answer is the job's result, or its error's status and body. */
export async function importMembers(app: App, actor: TestActor, file: Buffer, dryRun: boolean) {
  const started = await startImport(app, actor, file, dryRun);
  if (started.statusCode !== 202) return { statusCode: started.statusCode, json: () => started.json() };
  const job = await finishedJob(app, actor, started.json().id);
  if (job.state === "done") return { statusCode: 200, json: () => job.result };
  const { status, extra, ...body } = job.error;
  return { statusCode: status as number, json: () => ({ ...extra, ...body }) };
}
