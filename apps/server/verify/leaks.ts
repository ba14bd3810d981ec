import { strFromU8, unzipSync } from "fflate";
import type { Reply } from "./http";
import type { Marker } from "./world";

/**
 * The text of an answer as a person would read it: JSON as sent, and for Word and Excel files (zip archives) the
 * XML of every part, with entities decoded, so that a name in a downloaded file is found like one in a list.
 */
export function readableText(reply: Reply): string {
  const isZip = reply.body.length > 4 && reply.body.readUInt32LE(0) === 0x04034b50;
  if (!isZip) return reply.text;
  try {
    const parts = unzipSync(new Uint8Array(reply.body));
    return Object.values(parts)
      .map((bytes) => decodeXml(strFromU8(bytes)))
      .join("\n");
  } catch {
    return reply.text;
  }
}

function decodeXml(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The markers found in an answer (case-insensitive: party documents print unit names in capitals). */
export function leakedMarkers(reply: Reply, markers: readonly Marker[]): Marker[] {
  const text = readableText(reply).toLocaleLowerCase("vi");
  return markers.filter((m) => text.includes(m.value.toLocaleLowerCase("vi")));
}
