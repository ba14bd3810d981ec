import { PaperCommentInput } from "@dangvu/contract";
import type { FastifyRequest } from "fastify";
import { BadRequest, DomainError } from "../../errors";
import type { ScanFile } from "./residence-requests.service";

const maxScanBytes = 8 * 1024 * 1024;

/** The paper comment from a JSON body, or from a multipart form with an optional "scan" file. */
export async function readPaperComment(
  request: FastifyRequest,
): Promise<{ input: PaperCommentInput; scan: ScanFile | null }> {
  if (!request.isMultipart()) return { input: validate(request.body), scan: null };
  const fields: Record<string, string> = {};
  let scan: ScanFile | null = null;
  for await (const part of request.parts({ limits: { fileSize: maxScanBytes, files: 1 } })) {
    if (part.type === "field") fields[part.fieldname] = String(part.value);
    else {
      const content = await part.toBuffer();
      if (part.file.truncated)
        throw new DomainError(413, "residence.scanTooLarge", { max: maxScanBytes / 1024 / 1024 });
      scan = { fileName: part.filename, content };
    }
  }
  return { input: validate(fields), scan };
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
  throw new BadRequest("residence.invalidComment", fields);
}
