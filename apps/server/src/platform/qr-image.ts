import { crc32, deflateSync } from "node:zlib";
import encodeQR from "qr";

/**
 * A QR code as a small black-and-white PNG for a Word document: `scale` pixels a module, four modules of quiet zone,
 * error correction "medium" (15 %: a fold or a stain on a printed letter still scans). The qr package's own GIF is
 * uncompressed (60 kB for a link); this PNG is about 1 kB.
 */
export function qrPng(text: string, scale = 8): { png: Buffer; size: number } {
  const modules = encodeQR(text, "raw", { ecc: "medium", border: 4 });
  const size = modules.length * scale;
  const rows: Buffer[] = [];
  for (const row of modules) {
    const line = Buffer.alloc(1 + size, 0xff); // filter byte 0, then one grey byte a pixel
    line[0] = 0;
    row.forEach((dark, x) => {
      if (dark) line.fill(0, 1 + x * scale, 1 + (x + 1) * scale);
    });
    for (let i = 0; i < scale; i++) rows.push(line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return { png, size };
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
