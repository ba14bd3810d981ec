import { type AcceptedType, cleanFileName, sniffType } from "../../platform/uploads";

export { cleanFileName };

/** The largest document a meeting accepts. */
export const maxDocumentBytes = 10 * 1024 * 1024;

const zip = [0x50, 0x4b, 0x03, 0x04];
const accepted: AcceptedType[] = [
  { extensions: ["pdf"], mimeType: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
  {
    extensions: ["docx"],
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    magic: zip,
  },
  { extensions: ["doc"], mimeType: "application/msword", magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { extensions: ["xlsx"], mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: zip },
  { extensions: ["jpg", "jpeg"], mimeType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  { extensions: ["png"], mimeType: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
];

/**
 * The MIME type stored for an upload, or null when refused. Both the extension and the first bytes must match one
 * accepted type, so a renamed executable is not served back to the cell as a "PDF".
 */
export function documentType(fileName: string, head: Uint8Array): string | null {
  return sniffType(fileName, head, accepted);
}
