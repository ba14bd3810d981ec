import { Readable } from "node:stream";
import zlib from "node:zlib";
import { BadRequest, DomainError, RuleViolation } from "../errors";

/**
 * What an uploaded .xlsx may unpack to. A 305 kB file whose shared strings were one string repeated a million times
 * took exceljs 600 MB to 2.4 GB of memory; these caps are checked on the zip itself before exceljs reads a byte.
 * They leave room for the largest real import (100,000 members × 21 columns: about 90 MB of sheet XML and 30 MB of
 * shared strings).
 */
export const xlsxLimits = {
  /** All parts together, as the central directory declares them and as they really inflate. */
  totalBytes: 256 * 1024 * 1024,
  /** exceljs keeps the shared strings in memory (the sheets it streams). */
  sharedStringsBytes: 64 * 1024 * 1024,
  /** Any other part besides the sheets (workbook, styles, theme, pictures): exceljs reads some of them whole. */
  otherPartBytes: 16 * 1024 * 1024,
  parts: 1000,
  /** Cells in all sheets: 100,000 rows of the template's 21 columns, with room to spare. */
  cells: 3_000_000,
  /** Excel holds at most 32,767 characters in a cell; in UTF-8 XML with escapes that is under 256 kB. */
  textBytes: 256 * 1024,
  /** No tag of a real workbook comes near this; a longer one is an attribute made to be huge. */
  tagBytes: 64 * 1024,
};

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const invalid = () => new BadRequest("xlsx.invalid");
const tooLarge = (max: number) => new DomainError(413, "xlsx.tooLarge", { max: megabytes(max) });

/**
 * Refuses an .xlsx that would unpack to more than exceljs should be given: first by the sizes its central directory
 * declares, then by inflating each part as a stream (never holding it) and counting what really comes out, so a
 * forged directory is caught too; the sheets and shared strings are scanned for their cell count and for text or
 * tags longer than any real workbook has. 400 when it is not a readable zip, 413 when too large, 422 for a cell's
 * text longer than Excel allows.
 */
export async function checkXlsxLimits(buffer: Buffer): Promise<void> {
  const entries = centralDirectory(buffer);
  let declared = 0;
  for (const entry of entries) {
    declared += entry.size;
    if (entry.size > capOf(entry.name)) throw tooLarge(capOf(entry.name));
  }
  if (declared > xlsxLimits.totalBytes) throw tooLarge(xlsxLimits.totalBytes);
  const counts = { cells: 0 };
  for (const entry of entries) {
    const scan = isScanned(entry.name) ? new XmlScan(counts) : null;
    let inflated = 0;
    for await (const chunk of contentOf(buffer, entry)) {
      inflated += chunk.length;
      // More than the directory declared: a forged file (the caps were checked against the declared size).
      if (inflated > entry.size) throw invalid();
      scan?.feed(chunk);
    }
    if (inflated !== entry.size) throw invalid();
  }
}

function capOf(name: string): number {
  if (name === "xl/sharedStrings.xml") return xlsxLimits.sharedStringsBytes;
  if (isSheet(name)) return xlsxLimits.totalBytes;
  return xlsxLimits.otherPartBytes;
}

const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);
const isScanned = (name: string) => name === "xl/sharedStrings.xml" || isSheet(name);

/** The entries listed in the zip's central directory (ZIP64 included); 400 for anything that is not a plain zip. */
function centralDirectory(buffer: Buffer): Entry[] {
  const end = findEndOfCentralDirectory(buffer);
  let count = buffer.readUInt16LE(end + 10);
  let size = buffer.readUInt32LE(end + 12);
  let offset = buffer.readUInt32LE(end + 16);
  if (buffer.readUInt16LE(end + 4) !== 0 || buffer.readUInt16LE(end + 6) !== 0) throw invalid();
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== 0x07064b50) throw invalid();
    const end64 = safeNumber(buffer.readBigUInt64LE(locator + 8));
    if (end64 + 56 > buffer.length || buffer.readUInt32LE(end64) !== 0x06064b50) throw invalid();
    count = safeNumber(buffer.readBigUInt64LE(end64 + 32));
    size = safeNumber(buffer.readBigUInt64LE(end64 + 40));
    offset = safeNumber(buffer.readBigUInt64LE(end64 + 48));
  }
  if (count > xlsxLimits.parts) throw invalid();
  if (offset + size > buffer.length) throw invalid();
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50) throw invalid();
    const flags = buffer.readUInt16LE(at + 8);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > buffer.length) throw invalid();
    const entry: Entry = {
      name: buffer.toString("utf8", at + 46, at + 46 + nameLength),
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    };
    readZip64Sizes(buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    // Encrypted parts, or methods other than stored and deflate, are nothing Excel writes for a workbook.
    if (flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw invalid();
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= earliest; at--) if (buffer.readUInt32LE(at) === 0x06054b50) return at;
  throw invalid();
}

/** ZIP64 keeps the sizes and offset that overflow 32 bits in an extra field, in this order. */
function readZip64Sizes(extra: Buffer, entry: Entry) {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length) throw invalid();
        const value = safeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    }
    at += 4 + length;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid();
  return Number(value);
}

/** The part's uncompressed content, inflated chunk by chunk as it is consumed. */
function contentOf(buffer: Buffer, entry: Entry): AsyncIterable<Buffer> {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) throw invalid();
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buffer.length) throw invalid();
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Readable.from([data]);
  const inflater = zlib.createInflateRaw();
  inflater.end(data);
  return mapErrors(inflater);
}

async function* mapErrors(stream: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  try {
    yield* stream;
  } catch (error) {
    // zlib's own complaints about the data (Z_DATA_ERROR, Z_BUF_ERROR): a broken file, not a broken server.
    if ((error as { code?: string }).code?.startsWith("Z_")) throw invalid();
    throw error;
  }
}

/**
 * Counts cells (`<c>`) in XML as it streams past, and measures each text run and each tag, across chunk boundaries,
 * without building strings longer than a tag's name.
 */
class XmlScan {
  private inTag = false;
  private naming = false;
  private name = "";
  private run = 0;

  constructor(private readonly counts: { cells: number }) {}

  feed(chunk: Buffer) {
    let i = 0;
    while (i < chunk.length) {
      if (!this.inTag) {
        const open = chunk.indexOf(0x3c, i);
        this.addText((open === -1 ? chunk.length : open) - i);
        if (open === -1) return;
        this.inTag = true;
        this.naming = true;
        this.name = "";
        this.run = 0;
        i = open + 1;
        continue;
      }
      while (this.naming && i < chunk.length) {
        const byte = chunk[i] as number;
        if (byte === 0x3e || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) this.endName();
        else if (byte === 0x2f && this.name.length > 0) this.endName();
        else {
          if (this.name.length < 16) this.name += String.fromCharCode(byte);
          this.addTag(1);
          i++;
        }
      }
      const close = chunk.indexOf(0x3e, i);
      this.addTag((close === -1 ? chunk.length : close) - i);
      if (close === -1) return;
      this.inTag = false;
      this.run = 0;
      i = close + 1;
    }
  }

  private addText(bytes: number) {
    this.run += bytes;
    if (this.run > xlsxLimits.textBytes) throw new RuleViolation("xlsx.textTooLong");
  }

  private addTag(bytes: number) {
    this.run += bytes;
    if (this.run > xlsxLimits.tagBytes) throw invalid();
  }

  private endName() {
    this.naming = false;
    const local = this.name.slice(this.name.indexOf(":") + 1);
    if (local === "c" && ++this.counts.cells > xlsxLimits.cells)
      throw new DomainError(413, "xlsx.tooManyCells", { max: xlsxLimits.cells });
  }
}
