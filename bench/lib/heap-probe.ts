// Loaded into the benchmark's server (node --expose-gc --import): on the bench's IPC message "bench:heap" it collects
// garbage and answers with process.memoryUsage(), so the soak can tell a leak from garbage not yet collected.
process.on("message", (message) => {
  if (message !== "bench:heap") return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ type: "bench:heap", ...process.memoryUsage() });
});
// The IPC channel must not keep a stopped server alive.
process.channel?.unref();
