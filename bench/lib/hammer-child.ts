// Runs autocannon in its own process, so the load generator does not share the server's event loop.
import autocannon from "autocannon";

const { url, paths, headers, seconds } = JSON.parse(process.argv[2] as string) as {
  url: string;
  paths: string[];
  headers: Record<string, string>;
  seconds: number;
};
let i = 0;
const result = await autocannon({
  url,
  connections: 10,
  duration: seconds,
  headers,
  requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] as string }) }],
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  }),
);
