import type { DownloadedFile } from "./http";

/** Hands a downloaded file to the browser, which saves it under the server's name. */
export function saveFile({ blob, fileName }: DownloadedFile) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `attachment; filename*=UTF-8''danh-s%C3%A1ch.xlsx` → `danh-sách.xlsx`; "download" when absent. */
export function fileNameOf(disposition: string | null): string {
  if (!disposition) return "download";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed name falls through to the plain one.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1]?.trim() || "download";
}
