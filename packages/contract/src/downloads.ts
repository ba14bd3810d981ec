import { z } from "zod";

/** Media types of the files the API sends. */
export const MediaType = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  /** A stored upload, sent back with the type it was accepted as (pdf, docx, doc, xlsx, jpeg, png). */
  stored: "application/octet-stream",
} as const;
export type MediaType = (typeof MediaType)[keyof typeof MediaType];

/** The bytes of a file (a Buffer on the server, a Blob in the browser); a binary string in the OpenAPI. */
export const FileBytes = z.any().meta({ type: "string", format: "binary" });

/**
 * A response that is a file, not JSON: `response: { 200: fileDownload(MediaType.xlsx, "…") }` shows the media type
 * in the OpenAPI, so clients and the verify suite know the endpoint is a download.
 */
export function fileDownload(mediaType: MediaType, description: string) {
  return { description, content: { [mediaType]: { schema: FileBytes } } };
}

/** `GET /api/health`. */
export const Health = z.object({ status: z.literal("ok") });
export type Health = z.infer<typeof Health>;
