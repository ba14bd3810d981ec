import { PaperCommentInput } from "@dangvu/contract";
import type { FastifyRequest } from "fastify";
import { BadRequest, RuleViolation } from "../../errors";
import { type AcceptedType, cleanFileName, readMultipart, sniffType } from "../../platform/uploads";
import type { ScanFile } from "./residence-requests.service";

const maxScanBytes = 8 * 1024 * 1024;

/** A scan of the paper form: a PDF or a photo, recognised by its first bytes as well as its extension. */
const scanTypes: AcceptedType[] = [
  { extensions: ["pdf"], mimeType: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
  { extensions: ["jpg", "jpeg"], mimeType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  { extensions: ["png"], mimeType: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
];

/** The paper comment from a JSON body, or from a multipart form with its fields and an optional "scan" file. */
export async function readPaperComment(
  request: FastifyRequest,
): Promise<{ input: PaperCommentInput; scan: ScanFile | null }> {
  if (!request.isMultipart()) return { input: validate(request.body), scan: null };
  const { fields, file } = await readMultipart(request, {
    file: "scan",
    fields: Object.keys(PaperCommentInput.shape),
    maxFileBytes: maxScanBytes,
    tooLargeCode: "residence.scanTooLarge",
  });
  const input = validate(fields);
  // A form sent without choosing a file carries an empty "scan" part.
  if (!file || file.content.length === 0) return { input, scan: null };
  const fileName = cleanFileName(file.fileName);
  if (!sniffType(fileName, file.content.subarray(0, 8), scanTypes))
    throw new RuleViolation("residence.scanType", {}, { scan: "residence.scanType" });
  return { input, scan: { fileName, content: file.content } };
}

function validate(body: unknown): PaperCommentInput {
  const parsed = PaperCommentInput.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path.join(".") || "body";
    fields[name] ??= /^[\w.]+$/.test(issue.message)
      ? issue.message
      : issue.message.includes("undefined")
        ? "field.required"
        : "field.invalidValue";
  }
  throw new BadRequest("residence.invalidComment", {}, fields);
}
