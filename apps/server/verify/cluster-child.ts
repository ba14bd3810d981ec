/**
 * One app server of `npm run verify -- --servers N` (cluster.ts starts it as a child process): it prepares the
 * database as the server does at start (migrations and seeded catalogues, at the same time as the other servers),
 * builds the app with the suite's clock and checks, listens on a free port of 127.0.0.1 and prints it. It trusts
 * 127.0.0.1 as its proxy, so the suite gives each request its own client address in X-Forwarded-For, as a reverse
 * proxy would.
 */
import { buildApp } from "../src/app";
import { openPostgres } from "../src/db/database";
import { prepareDatabase } from "../src/platform/bootstrap";
import { testNow } from "../test/harness";

async function serve() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("cluster-child: DATABASE_URL is not set");
  const database = openPostgres(url, 10);
  await prepareDatabase(database);
  const app = await buildApp({
    db: database.db,
    clock: () => testNow,
    checkResponses: true,
    loginRateLimit: Number(process.env.VERIFY_LOGIN_RATE_LIMIT ?? 20),
    trustProxy: ["127.0.0.1"],
    // Server errors only, to stderr, which the suite shows with the server's number.
    logStream: process.stderr,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`listening ${port}\n`);
  process.once("SIGTERM", () => {
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}

serve().catch((error) => {
  console.error(error);
  process.exit(1);
});
