// Loaded into the benchmark's server (node --expose-gc --import): on the bench's IPC message "bench:heap" it collects
// garbage and answers with process.memoryUsage(), so the soak can tell a leak from garbage not yet collected.
process.on("message", (message) => {
  if (message !== "bench:heap") return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ type: "bench:heap", ...process.memoryUsage() });
});
// The IPC channel must not keep a stopped server alive.
process.channel?.unref();
// A bench that ends without stopping its server (an error, ^C) takes the server with it.
process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
