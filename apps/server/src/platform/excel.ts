import { createRequire } from "node:module";

/**
 * exceljs with one fix: its XML reader decodes every zip chunk to text on its own, so a Vietnamese letter whose
 * UTF-8 bytes straddle two chunks turns into "�" ("Tổ" read back as "T��"), in large sheets only. We put a
 * parse-sax that decodes with a streaming TextDecoder into the module cache before exceljs loads its own.
 * Every use of exceljs in the server goes through this module.
 */
const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve("exceljs/lib/utils/parse-sax.js");
const exceljsRequire = createRequire(parseSaxPath);

interface SaxParser {
  on(event: string, listener: (value: unknown) => void): void;
  write(text: string): void;
}

async function* parseSax(iterable: AsyncIterable<Uint8Array | string>) {
  const { SaxesParser } = exceljsRequire("saxes") as { SaxesParser: new () => SaxParser };
  const parser = new SaxesParser();
  const decoder = new TextDecoder("utf-8");
  let error: unknown;
  let events: { eventType: string; value: unknown }[] = [];
  parser.on("error", (err) => {
    error = err;
  });
  parser.on("opentag", (value) => events.push({ eventType: "opentag", value }));
  parser.on("text", (value) => events.push({ eventType: "text", value }));
  parser.on("closetag", (value) => events.push({ eventType: "closetag", value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.decode();
  if (rest) parser.write(rest);
  if (error) throw error;
  if (events.length) yield events;
}

type ExcelJs = typeof import("exceljs");
let loaded: ExcelJs | undefined;

/** exceljs, loaded (with the fixed parse-sax) at its first use: loading it takes a fifth of the server's start. */
function exceljs(): ExcelJs {
  if (loaded) return loaded;
  const cached = require.cache[parseSaxPath];
  if (!cached || cached.exports !== parseSax) {
    require(parseSaxPath);
    const entry = require.cache[parseSaxPath];
    if (entry) entry.exports = parseSax;
  }
  loaded = require("exceljs") as ExcelJs;
  return loaded;
}

const ExcelJS = new Proxy({} as ExcelJs, { get: (_, key) => Reflect.get(exceljs(), key) });
export default ExcelJS;
export type { Row, Worksheet } from "exceljs";
