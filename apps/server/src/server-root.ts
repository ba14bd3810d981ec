import path from "node:path";

/**
 * The server's folder (apps/server). The sources (src/) and the compiled bundle (dist/, see scripts/build-server.js)
 * both sit one level below it, so files read at run time by path (the migrations, the web build) resolve from here
 * in either; `import.meta.dirname` elsewhere would name the bundle's folder once compiled.
 */
export const serverRoot = path.resolve(import.meta.dirname, "..");
