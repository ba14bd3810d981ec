// The handbook's service worker (scope /m): a repeat visit works without a network for what was already seen.
// - the page (/m) and the member's own answers (agenda, documents, notices, rating, badges, awards): network first,
//   the last copy when offline;
// - the hashed scripts and styles (/assets/*-[hash].*, never changed): from the cache first;
// - the page's few unhashed files (m-early.js, manifest, icon): the kept copy at once, refreshed for the next visit.
// The API's answers are personal: only the handbook's own GETs are kept, only for the handbook's page, and the copy is
// dropped on sign-in, sign-out and any 401. The server marks them no-store; the Cache API ignores that header when a
// response is put() explicitly, which is what happens here.
// The scope "/m" also covers the desk's /members and /meetings (a scope is a prefix): those pages are left alone.
const shellCache = "dangvu-handbook-v2";
const apiCache = "dangvu-handbook-api";
const handbookApi = new Set(["/api/me", "/api/me/handbook", "/api/me/ratings", "/api/me/badges", "/api/me/awards"]);
const sessionChanges = new Set(["/api/auth/login", "/api/auth/logout"]);
const shellFiles = ["/m-early.js", "/m-manifest.webmanifest", "/m-icon.svg"];

const isHandbookPage = (pathname) => pathname === "/m" || pathname.startsWith("/m/");
const isHashedAsset = (pathname) => pathname.startsWith("/assets/");

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(shellCache).then((cache) => cache.addAll(["/m", ...shellFiles])));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  const keep = new Set([shellCache, apiCache]);
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !keep.has(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** Whether the request comes from a handbook page (not from a desk page that the prefix scope also covers). */
async function fromHandbook(event) {
  const client = event.clientId ? await self.clients.get(event.clientId) : null;
  return Boolean(client && isHandbookPage(new URL(client.url).pathname));
}

async function networkFirst(request, cacheName, fallbackUrl) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      await caches.open(cacheName).then((cache) => cache.put(fallbackUrl ?? request, copy));
    } else if (response.status === 401) {
      await caches.delete(apiCache);
    }
    return response;
  } catch (error) {
    const hit = await caches.match(fallbackUrl ?? request, { cacheName, ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
    throw error;
  }
}

async function cacheFirst(event) {
  const hit = await caches.match(event.request, { cacheName: shellCache, ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(event.request);
  if (response.ok && (await fromHandbook(event))) {
    const copy = response.clone();
    await caches.open(shellCache).then((cache) => cache.put(event.request, copy));
  }
  return response;
}

async function staleWhileRevalidate(event) {
  const cache = await caches.open(shellCache);
  const refresh = fetch(event.request).then((response) => {
    if (response.ok) return cache.put(event.request, response.clone()).then(() => response);
    return response;
  });
  const hit = await cache.match(event.request, { ignoreVary: true });
  if (!hit) return refresh;
  event.waitUntil(refresh.catch(() => undefined));
  return hit;
}

/**
 * The first visit happens before the worker controls the page: the page sends the addresses it loaded, and the
 * worker keeps the ones it would have kept had it seen them (the page's scripts and the member's answers).
 */
async function keep(urls) {
  const own = urls.map((u) => new URL(u, self.location.origin)).filter((u) => u.origin === self.location.origin);
  const assets = own.filter((u) => isHashedAsset(u.pathname)).map((u) => u.pathname);
  const answers = own.filter((u) => handbookApi.has(u.pathname) && !u.search).map((u) => u.pathname);
  const shell = await caches.open(shellCache);
  await Promise.all([
    ...assets.map((url) => shell.match(url).then((hit) => hit || shell.add(url))),
    ...[...new Set(answers)].map((url) => networkFirst(new Request(url), apiCache)),
  ]);
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "keep" && Array.isArray(data.urls)) event.waitUntil(keep(data.urls).catch(() => undefined));
  if (data.type === "forget") event.waitUntil(caches.delete(apiCache));
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== "GET") {
    if (sessionChanges.has(url.pathname)) event.waitUntil(caches.delete(apiCache));
    return;
  }
  if (request.mode === "navigate") {
    if (isHandbookPage(url.pathname)) event.respondWith(networkFirst(request, shellCache, "/m"));
    return;
  }
  if (shellFiles.includes(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event));
    return;
  }
  if (isHashedAsset(url.pathname)) {
    event.respondWith(cacheFirst(event));
    return;
  }
  if (handbookApi.has(url.pathname) && !url.search) {
    event.respondWith(fromHandbook(event).then((own) => (own ? networkFirst(request, apiCache) : fetch(request))));
  }
});
