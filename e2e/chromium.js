// Debian's Chromium, as every browser run here starts it: as root the sandbox cannot start, and
// the closed network makes background requests hang. Playwright never downloads a browser.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
