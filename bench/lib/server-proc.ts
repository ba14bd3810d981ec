// The server under test, started as the operator starts it (apps/server/src/main.ts, its configuration from the
// environment) in a child process of its own, with the heap probe loaded so the soak can read its memory.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface ServerProcess {
  url: string;
  log: string;
  heap(): Promise<{ heapUsed: number; heapTotal: number; rss: number }>;
  stop(): Promise<void>;
}

const mainFile = path.resolve(import.meta.dirname, "../../apps/server/src/main.ts");
const probe = pathToFileURL(path.join(import.meta.dirname, "heap-probe.ts")).href;

/** Starts the server on a free port against a PGlite data directory or a PostgreSQL URL; resolves when it answers. */
export async function startServer(db: { dataDir?: string; databaseUrl?: string }, log: string): Promise<ServerProcess> {
  const port = await freePort();
  const out = fs.openSync(log, "w");
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "--import", probe, mainFile, "--no-demo"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DANGVU_DATA_DIR: db.dataDir ?? "",
      DATABASE_URL: db.databaseUrl ?? "",
    },
    stdio: ["ignore", out, out, "ipc"],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped (${child.exitCode}); see ${log}`);
    if (i > 600) throw new Error(`the server did not answer in 60 s; see ${log}`);
    if (await answers(`${url}/api/health`)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    log,
    heap: () => askHeap(child),
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      fs.closeSync(out);
    },
  };
}

function askHeap(child: ChildProcess): Promise<{ heapUsed: number; heapTotal: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not report its heap")), 10_000);
    const onMessage = (m: unknown) => {
      if ((m as { type?: string }).type !== "bench:heap") return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(m as { heapUsed: number; heapTotal: number; rss: number });
    };
    child.on("message", onMessage);
    child.send("bench:heap");
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
