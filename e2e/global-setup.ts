// Starts the real server once for all browser specs: the web app built if stale, a fresh temp
// data folder (embedded database, demo organisation seeded at start as of E2E_DEMO_ANCHOR), a free port. The specs
// get its address through `inject('baseURL')`; the server is stopped and its folder removed at
// the end. The server's output goes to artifacts/e2e-server.log.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild, root } from '../scripts/web-build.mjs';
import { E2E_DEMO_ANCHOR } from './demo-anchor.js';
import { serverStartLimitMs } from './server-start.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} (see artifacts/e2e-server.log)`);
    try {
      const res = await fetch(`${url}api/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url}api/health within ${timeoutMs / 1000} s (see artifacts/e2e-server.log)`);
}

export default async function setup(project: TestProject) {
  const startLimit = serverStartLimitMs(); // refused before anything starts when mistyped
  if (!ensureWebBuild()) throw new Error('the web build failed');
  // CANBO_E2E_URL: reuse a demo server already running (anchored on E2E_DEMO_ANCHOR) while working on one
  // spec — the demo's seed takes minutes. The specs may change its data; CI always starts a fresh one.
  const reuse = process.env.CANBO_E2E_URL;
  if (reuse) {
    project.provide('baseURL', reuse.endsWith('/') ? reuse : `${reuse}/`);
    return async () => {};
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbo-e2e-'));
  const port = await freePort();
  const artifacts = path.join(root, 'artifacts');
  fs.mkdirSync(artifacts, { recursive: true });
  const log = fs.openSync(path.join(artifacts, 'e2e-server.log'), 'w');
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      CANBO_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      CANBO_SEED_DEMO: 'auto',
      CANBO_DEMO_ANCHOR: E2E_DEMO_ANCHOR,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', log, log],
  });
  const baseURL = `http://127.0.0.1:${port}/`;
  const t0 = Date.now();
  try {
    await waitForHealth(baseURL, server, startLimit);
  } catch (e) {
    server.kill('SIGKILL');
    throw e;
  }
  console.log(`e2e: server ready at ${baseURL} in ${((Date.now() - t0) / 1000).toFixed(1)} s (demo data in ${dataDir})`);
  project.provide('baseURL', baseURL);

  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    fs.closeSync(log);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
