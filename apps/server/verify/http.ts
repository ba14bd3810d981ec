import type { LightMyRequestResponse } from "fastify";
import type { App } from "../src/app";
import type { TestActor } from "../test/harness";

/** One request as the suite sends it: a JSON body, a raw text body, or a multipart upload. */
export interface RequestSpec {
  method: string;
  url: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Sent as is with a JSON content type (prototype keys, which JSON.stringify cannot write). */
  rawJson?: string;
  multipart?: MultipartPart[];
}

export interface MultipartPart {
  name: string;
  value: string | Buffer;
  fileName?: string;
}

export interface Reply {
  status: number;
  contentType: string;
  body: Buffer;
  text: string;
}

let addressCounter = 0;

/**
 * Sends a request as an actor (null: anonymous) with its cookie and CSRF token. Each request comes from its own
 * address, so the per-address rate limits of the login and the public form do not turn the matrix into 429s.
 */
export async function send(app: App, actor: TestActor | null, spec: RequestSpec): Promise<Reply> {
  addressCounter += 1;
  const headers: Record<string, string> = actor ? { cookie: actor.cookie, "x-csrf-token": actor.csrfToken } : {};
  const { payload, contentType } = encode(spec);
  if (contentType) headers["content-type"] = contentType;
  const res: LightMyRequestResponse = await app.inject({
    method: spec.method as "GET",
    url: withQuery(spec.url, spec.query),
    payload,
    headers,
    remoteAddress: `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`,
  });
  return {
    status: res.statusCode,
    contentType: String(res.headers["content-type"] ?? ""),
    body: res.rawPayload,
    text: res.payload,
  };
}

function encode(spec: RequestSpec): { payload?: string | Buffer; contentType?: string } {
  if (spec.multipart) {
    const boundary = "----dangvu-verify";
    return {
      payload: multipartBody(boundary, spec.multipart),
      contentType: `multipart/form-data; boundary=${boundary}`,
    };
  }
  if (spec.rawJson !== undefined) return { payload: spec.rawJson, contentType: "application/json" };
  if (spec.body === undefined) return {};
  return { payload: JSON.stringify(spec.body), contentType: "application/json" };
}

function multipartBody(boundary: string, parts: MultipartPart[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const file = part.fileName === undefined ? "" : `; filename="${part.fileName}"`;
    const type = part.fileName === undefined ? "" : "\r\nContent-Type: application/octet-stream";
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${file}${type}\r\n\r\n`),
    );
    chunks.push(Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

function withQuery(url: string, query?: Record<string, string>): string {
  if (!query || Object.keys(query).length === 0) return url;
  return `${url}?${Object.entries(query)
    .map(([key, value]) => `${encodeText(key)}=${encodeText(value)}`)
    .join("&")}`;
}

/**
 * Percent-encodes text for a URL, lone surrogates included: they are written as the bytes a careless encoder
 * produces (invalid UTF-8), which encodeURIComponent refuses to write but a client can still send.
 */
export function encodeText(text: string): string {
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]|[^\ud800-\udfff]+/g, (chunk) => {
    const code = chunk.charCodeAt(0);
    if (chunk.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(chunk);
    return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 63)).toString(16)}%${(0x80 | (code & 63)).toString(16)}`;
  });
}

/** The request in a line, for the report: method, URL and a short view of the body. */
export function describeRequest(spec: RequestSpec): string {
  const url = withQuery(spec.url, spec.query);
  const body =
    spec.rawJson ?? (spec.multipart ? "(multipart)" : spec.body === undefined ? "" : JSON.stringify(spec.body));
  const shown = body.length > 160 ? `${body.slice(0, 160)}… (${body.length} chars)` : body;
  return `${spec.method} ${url.length > 200 ? `${url.slice(0, 200)}…` : url} ${shown}`.trim();
}
