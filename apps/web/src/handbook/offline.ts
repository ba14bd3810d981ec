// The handbook's offline copy, kept by its service worker (public/m-sw.js): see the comment there.

/** The cache holding the member's own answers; the worker uses the same name. */
const answersCache = "dangvu-handbook-api";

/**
 * Whether the worker served this page's load. Asked once, at load: the worker may take control later during this
 * visit (it claims the open pages), after the scripts and the first answers had already gone past it.
 */
const controlledAtLoad = typeof navigator !== "undefined" && Boolean(navigator.serviceWorker?.controller);
let told = false;

/** Registers the handbook's service worker (the handbook only: the desk app keeps nothing offline). */
export function registerOfflineWorker() {
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  navigator.serviceWorker.register("/m-sw.js", { scope: "/m" }).catch(() => undefined);
}

/**
 * On the first visit the worker starts after the page has loaded its scripts and answers, so it never saw them: once
 * it is running, tell it what was loaded, and it keeps what it would have kept (it fetches the answers once more).
 */
export function keepWhatWasLoaded() {
  if (!("serviceWorker" in navigator) || controlledAtLoad || told) return;
  told = true;
  void navigator.serviceWorker.ready.then((registration) => {
    const urls = performance.getEntriesByType("resource").map((entry) => entry.name);
    registration.active?.postMessage({ type: "keep", urls });
  });
}

/** Drops the member's answers kept for offline use (on sign-out: the next person to hold the phone must not see them). */
export async function forgetOfflineCopies() {
  if (typeof caches === "undefined") return;
  await caches.delete(answersCache).catch(() => false);
}
