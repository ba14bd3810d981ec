import type { FastifyRequest } from "fastify";
import { BadRequest, DomainError } from "../errors";

/** What a multipart endpoint accepts: its text fields (each at most once) and at most one file in one field. */
export interface MultipartSpec {
  file: string;
  fields?: readonly string[];
  maxFileBytes: number;
  /** The 413 code for an oversized file; its message gets `{ max }` in MB. */
  tooLargeCode: string;
}

export interface UploadedFile {
  fileName: string;
  content: Buffer;
}

/**
 * Reads a multipart form whole: the named fields and the one file. Anything else (an unknown field, a field twice,
 * a second file, a file in another field) is refused with 400 rather than ignored, an oversized file with 413
 * rather than truncated, and a broken form with 400; every other error goes on to the error handler.
 */
export async function readMultipart(
  request: FastifyRequest,
  spec: MultipartSpec,
): Promise<{ fields: Record<string, string>; file: UploadedFile | null }> {
  if (!request.isMultipart()) throw new BadRequest("upload.notMultipart");
  const allowed = new Set(spec.fields ?? []);
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  const limits = { fileSize: spec.maxFileBytes, files: 2, fields: allowed.size + 1, parts: allowed.size + 3 };
  try {
    for await (const part of request.parts({ limits })) {
      const name = shown(part.fieldname);
      if (part.type === "field") {
        if (!allowed.has(part.fieldname) || Object.hasOwn(fields, part.fieldname))
          throw new BadRequest("upload.unexpectedField", { name });
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== spec.file || file) throw new BadRequest("upload.unexpectedFile", { name: spec.file });
      file = { fileName: part.filename ?? "", content: await part.toBuffer() };
    }
  } catch (error) {
    throw multipartRefusal(error, spec) ?? error;
  }
  return { fields, file };
}

const malformed = /^(Unexpected end of (form|multipart data)|Malformed part header|Multipart: Boundary not found)/;

/** The domain error for what the multipart parser refused, or undefined for an error it did not raise. */
function multipartRefusal(error: unknown, spec: MultipartSpec): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: string }).code;
  if (code === "FST_REQ_FILE_TOO_LARGE")
    return new DomainError(413, spec.tooLargeCode, { max: spec.maxFileBytes / 1024 / 1024 });
  if (code === "FST_FILES_LIMIT") return new BadRequest("upload.unexpectedFile", { name: spec.file });
  if (code === "FST_FIELDS_LIMIT" || code === "FST_PARTS_LIMIT" || code === "FST_PROTO_VIOLATION")
    return new BadRequest("upload.unexpectedField", { name: "…" });
  if (
    code === "FST_MP_PREMATURE_CLOSE" ||
    code === "FST_INVALID_MULTIPART_CONTENT_TYPE" ||
    malformed.test(error.message)
  )
    return new BadRequest("upload.malformed");
  return undefined;
}

/** A client's field name as it may appear in a message: short, without control characters. */
function shown(name: string): string {
  return cleanFileName(name).slice(0, 50);
}

/** A file type accepted by an upload: its extensions, the MIME type stored, and the bytes it starts with. */
export interface AcceptedType {
  extensions: readonly string[];
  mimeType: string;
  magic: readonly number[];
}

/**
 * The MIME type stored for an upload, or null when refused. Both the extension and the first bytes must match one
 * accepted type, so a renamed executable is not served back as a "PDF".
 */
export function sniffType(fileName: string, head: Uint8Array, accepted: readonly AcceptedType[]): string | null {
  const extension = fileName.toLowerCase().split(".").at(-1) ?? "";
  const type = accepted.find((t) => t.extensions.includes(extension));
  if (!type || head.length < type.magic.length) return null;
  return type.magic.every((byte, i) => head[i] === byte) ? type.mimeType : null;
}

// C0 and C1 controls, the quote, and the invisible format characters that reorder or hide text: bidi embeddings,
// overrides and isolates (U+202A–202E, U+2066–2069: "gpj.exe" shown as "exe.jpg"), marks, zero-width characters
// and the BOM. Vietnamese needs none of them in a file name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const unsafeInName = /[\u0000-\u001f\u007f-\u009f"\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
const loneSurrogate = /\p{Cs}/gu;

/** The name to keep: without a client's folder path, control or bidi characters, at most 200 characters with its extension. */
export function cleanFileName(raw: string): string {
  const base = (raw.split(/[\\/]/).at(-1) ?? "")
    .replace(unsafeInName, "")
    .replace(loneSurrogate, "")
    .normalize("NFC")
    .trim();
  const chars = Array.from(base); // by code point, so a cut never leaves half of a surrogate pair
  if (chars.length <= 200) return base;
  const dot = chars.lastIndexOf(".");
  const extension = dot > 0 ? chars.slice(dot) : [];
  return [...chars.slice(0, 200 - extension.length), ...extension].join("");
}

/** The largest office document a record accepts. */
export const maxDocumentBytes = 10 * 1024 * 1024;

const zip = [0x50, 0x4b, 0x03, 0x04];
/** The office documents attached to meetings and inspection cases: PDF, Word, Excel, JPEG and PNG. */
const officeDocuments: AcceptedType[] = [
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
 * accepted type, so a renamed executable is not served back as a "PDF".
 */
export function documentType(fileName: string, head: Uint8Array): string | null {
  return sniffType(fileName, head, officeDocuments);
}
