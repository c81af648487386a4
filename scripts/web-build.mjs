// Builds the web app (vite build → dist/web) only when it is missing or older than its sources,
// so `npm start` and the browser tests never serve a stale bundle and never rebuild for nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist/web/index.html');

// Everything the bundle is made from: the SPA, the shared contracts and domain rules it imports,
// the Vite configuration and the installed packages.
const SOURCES = ['src/web', 'src/contracts', 'src/domain', 'index.html', 'vite.config.ts', 'package-lock.json', 'public'];

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function hasWebApp() {
  return fs.existsSync(path.join(root, 'vite.config.ts'));
}

/** Why a build is needed, or null when dist/web is up to date. */
export function webBuildReason() {
  if (!fs.existsSync(builtIndex)) return 'dist/web/index.html is missing';
  const built = fs.statSync(builtIndex).mtimeMs;
  const stale = SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return stale ? `${stale} changed since the last build` : null;
}

/** Runs `vite build` when needed; returns false when the build failed. */
export function ensureWebBuild({ log = console.log } = {}) {
  if (!hasWebApp()) {
    log('CanBo: no vite.config.ts yet — skipping the web build (the API still works).');
    return true;
  }
  const reason = webBuildReason();
  if (!reason) return true;
  log(`CanBo: building the web app (${reason})…`);
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  // Always a production build: called from inside vitest (the browser tests' global setup), NODE_ENV
  // would be 'test', and the bundle would keep React's and antd's development checks.
  const res = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (res.status !== 0) {
    log('CanBo: the web build failed (see above).');
    return false;
  }
  // vite keeps the old index.html mtime when the content is identical; touch it so the
  // staleness check does not rebuild again next time.
  const now = new Date();
  if (fs.existsSync(builtIndex)) fs.utimesSync(builtIndex, now, now);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(ensureWebBuild() ? 0 : 1);
}
