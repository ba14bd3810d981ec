import path from "node:path";
import type { FastifyStaticOptions } from "@fastify/static";
import type { FastifyReply } from "fastify";

/** A year, the longest a browser is asked to keep a file. */
const oneYear = 365 * 24 * 3600;

/**
 * How long a browser keeps a file of the web app. The build names the scripts and styles under /assets/ after their
 * content (`framework-BpuYlozk.js`), so they never change and are kept for a year without asking again; the pages
 * (index.html, m.html), the handbook's service worker and the other unhashed files are asked for again each time
 * (`no-cache`: revalidated with their ETag), so a new version reaches every browser at once.
 */
export function cacheControlOf(file: string): string {
  const name = file.replace(/\.(br|gz)$/, "");
  const hashed = name.split(path.sep).includes("assets") && /-[\w-]{8,}\.\w+$/.test(path.basename(name));
  return hashed ? `public, max-age=${oneYear}, immutable` : "no-cache";
}

/**
 * The options under which the built web app is served: the `.br` and `.gz` files written beside each script, style
 * and page at build time are sent to browsers that accept them (never compressed again per request), and each file
 * gets the caching above. The compressed copies are not routes of their own.
 */
export function webFileOptions(root: string): FastifyStaticOptions {
  return {
    root,
    preCompressed: true,
    cacheControl: false,
    globIgnore: ["**/*.br", "**/*.gz"],
    setHeaders: (reply: FastifyReply, file: string) => {
      reply.header("cache-control", cacheControlOf(file));
    },
  };
}
