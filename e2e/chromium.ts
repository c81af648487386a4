// Which chromium the browser checks drive, and how: Debian's (never a downloaded browser);
// CHROMIUM_PATH overrides. Without the networking flags chromium keeps trying to reach Google's
// hosts, which this machine's closed network refuses. Kept free of vitest so scripts can use it.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
