// Backoff's service worker. scripts/post-build.mjs fills in the build's own file list and
// version after every Trunk build, so the cache is named after the build and holds exactly its
// files. Pages load network-first (a new version is picked up on the next load) and fall back to
// the cache offline; the build's hashed files are served cache-first.
const VERSION = '__VERSION__';
const CACHE = `backoff-${VERSION}`;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('backoff-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first, so a new version shows on the next load; the cached page (the one this
    // version installed, consistent with its cached files) answers offline, and also after 3 s,
    // so a weak signal in a gym never leaves the lifter staring at a blank page.
    // The history, setup and about pages have their own addresses; every other one is the plan page.
    const other = new URL(request.url).pathname.match(/\/(history|setup|about)\/$/);
    const page = other ? `${other[1]}/` : './';
    event.respondWith(
      caches.match(page, { cacheName: CACHE }).then((cached) => {
        const network = fetch(request);
        if (!cached) return network;
        const slow = new Promise((resolve) => setTimeout(() => resolve(cached), 3000));
        return Promise.race([network.catch(() => cached), slow]);
      }),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request)));
});

// A tap on the "rest over" notification brings the page back.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((list) => (list[0] ? list[0].focus() : self.clients.openWindow('./'))),
  );
});
