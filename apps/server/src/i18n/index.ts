import type { Params } from "../errors";
import { fieldLabels } from "./fields";
import { en } from "./messages.en";
import { vi } from "./messages.vi";

export type Lang = "vi" | "en";

const catalogs: Record<Lang, Record<string, string>> = { vi, en };

/** Translates a message code, filling `{param}` placeholders; unknown codes are returned as they are. */
export function translate(lang: Lang, code: string, params: Params = {}): string {
  const template = catalogs[lang][code] ?? catalogs.vi[code] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** The label of an input field as the user sees it ("effectiveOn" → "Ngày hiệu lực"). */
export function fieldLabel(lang: Lang, path: string): string {
  const last =
    path
      .split(".")
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? path;
  return fieldLabels[lang][last] ?? last;
}

/** The language of a request: English only when the client asks for it. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  return acceptLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
