/** The flags Debian's Chromium needs on this closed network (stack-notes.md), for the journeys and the bench alike. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
