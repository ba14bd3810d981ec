import { inflateSync } from "node:zlib";
import decodeQR from "qr/decode.js";

/** Reads back the text of a QR code drawn by `qrPng` (8-bit greyscale, unfiltered rows), as a phone would. */
export function readQrPng(png: Buffer): string {
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
    if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const grey = raw[y * (width + 1) + 1 + x] ?? 255;
      rgba.set([grey, grey, grey, 255], (y * width + x) * 4);
    }
  return decodeQR({ width, height, data: rgba });
}
