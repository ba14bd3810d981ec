import { promisify } from "node:util";
import zlib from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Answers smaller than this go as they are: compressing them saves less than a network packet. */
export const compressAbove = 1024;

/**
 * Text worth compressing. Downloads (xlsx, docx, pdf, zip) are compressed already and stay as they are; so do the
 * web app's files, which are streams (precompressed at build time) and never reach the compression here.
 */
const compressible = /^(application\/(json|javascript|xml|problem\+json)|text\/|image\/svg\+xml)/;

type Encoding = "br" | "gzip";

/** The encoding to answer in: brotli when the client accepts it, else gzip, else none (q=0 refuses one). */
export function encodingFor(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return null;
}

function shouldCompress(request: FastifyRequest, reply: FastifyReply, payload: unknown): payload is string | Buffer {
  if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return false;
  if (request.method === "HEAD" || reply.statusCode === 204 || reply.statusCode === 304) return false;
  if (reply.getHeader("content-encoding")) return false;
  if (!compressible.test(String(reply.getHeader("content-type") ?? ""))) return false;
  return Buffer.byteLength(payload) >= compressAbove;
}

function addVary(reply: FastifyReply) {
  const vary = String(reply.getHeader("vary") ?? "");
  if (!/accept-encoding/i.test(vary)) reply.header("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/**
 * Compresses the API's answers above ~1 kB for clients that accept brotli or gzip (a member list or a meeting's
 * record shrinks 5–10×, which is what a phone on slow 4G waits for). Brotli at quality 4 costs about what gzip does
 * and is smaller; both run in libuv's thread pool, off the event loop. A client that sends no Accept-Encoding (the
 * tests' `inject`, curl) gets the plain answer.
 */
export function registerCompression(app: FastifyInstance) {
  app.addHook("onSend", async (request, reply, payload) => {
    if (!shouldCompress(request, reply, payload)) return payload;
    const encoding = encodingFor(request.headers["accept-encoding"]);
    addVary(reply);
    if (!encoding) return payload;
    const compressed =
      encoding === "br"
        ? await brotli(payload, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
        : await gzip(payload, { level: 6 });
    reply.header("content-encoding", encoding);
    reply.removeHeader("content-length");
    return compressed;
  });
}
