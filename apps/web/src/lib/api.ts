import { i18n } from "../i18n";
import { createClient } from "./http";

export { ApiError, type DownloadedFile, isApiError, maybeSignedIn, notSignedIn, setCsrfToken } from "./http";

let onUnauthorized: (reason: "expired" | "csrf") => void = () => {};

/** Where to go when the session is gone (401) or this tab has no CSRF token for it. */
export function setUnauthorizedHandler(handler: (reason: "expired" | "csrf") => void) {
  onUnauthorized = handler;
}

/** The desk app's client; every feature's hooks go through it. */
export const api = createClient({
  language: () => (i18n.language === "en" ? "en" : "vi"),
  networkMessage: () => i18n.t("errors.network"),
  // Login answers 401 for a wrong password, and the app shell handles a 401 from /api/me itself.
  onUnauthorized: (reason, path) => {
    if (reason === "csrf" || (path !== "/api/auth/login" && path !== "/api/me")) onUnauthorized(reason);
  },
});
