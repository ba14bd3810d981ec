import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";

/** An entry's content: bytes, or a string repeated many times between a head and a tail. */
export type Content = Uint8Array | { repeat: string; times: number; head?: string; tail?: string };

/** A zip built entry by entry; a repeated content is pushed chunk by chunk, so a bomb never sits in memory whole. */
export function zipOf(files: Record<string, Content>, options: { store?: boolean } = {}): Buffer {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const [name, content] of Object.entries(files)) {
    const entry = options.store ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    if (content instanceof Uint8Array) {
      entry.push(content, true);
      continue;
    }
    entry.push(strToU8(content.head ?? ""));
    const chunk = strToU8(content.repeat.repeat(Math.max(1, Math.floor((1 << 20) / content.repeat.length))));
    const perChunk = chunk.length / content.repeat.length;
    for (let done = 0; done < content.times; done += perChunk)
      entry.push(done + perChunk <= content.times ? chunk : strToU8(content.repeat.repeat(content.times - done)));
    entry.push(strToU8(content.tail ?? ""), true);
  }
  zip.end();
  return Buffer.concat(parts);
}

/** Rewrites the uncompressed size an entry declares in the central directory, as a forged file would. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.length - 46; at >= 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      copy.writeUInt32LE(size, at + 24);
      return copy;
    }
  }
  throw new Error(`no entry ${name}`);
}
