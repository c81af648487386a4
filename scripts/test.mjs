// `npm test` / `npm run validate`: the one command that runs everything, in order —
//   1. typecheck (tsc --noEmit), lint (ESLint with the architecture boundaries), format check (Prettier),
//      dead code (knip)
//   2. unit + API tests on embedded PGlite
//   3. the same on PostgreSQL, when TEST_DATABASE_URL is set or a server answers on 127.0.0.1:5432
//   4. the web build (only when dist/web is stale), then the browser tests in Debian chromium
// It keeps going after a failure so one run shows every problem, prints a summary, and closes
// with a plain `N passed, N failed, N skipped` line (CI reads it). A failed typecheck or build
// counts as one failed test so that line never says "0 failed" on a red run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureWebBuild, root } from './web-build.mjs';

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbo-test-'));
const bin = (p) => path.join(root, 'node_modules', p);
const steps = [];

function banner(title) {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function run(args, env, timeoutMs) {
  const res = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: env ?? process.env, timeout: timeoutMs });
  if (res.error?.code === 'ETIMEDOUT') console.log(`stopped after ${timeoutMs / 1000} s`);
  return res.status ?? 1;
}

/** Counts from vitest's JSON report; a file that failed to load counts as one failure. */
function vitestCounts(reportFile, exitCode) {
  try {
    const r = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    let failed = r.numFailedTests;
    for (const file of r.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).every((a) => a.status !== 'failed')) failed += 1;
    }
    if (exitCode !== 0 && failed === 0) failed = 1;
    return { passed: r.numPassedTests, failed, skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 }; // vitest died before writing its report
  }
}

function vitestStep(name, extraArgs, env) {
  banner(name);
  const t0 = Date.now();
  const reportFile = path.join(reportDir, `${steps.length}.json`);
  const code = run(
    [bin('vitest/vitest.mjs'), 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
    env,
  );
  steps.push({ name, ms: Date.now() - t0, ...vitestCounts(reportFile, code) });
}

function plainStep(name, fn) {
  banner(name);
  const t0 = Date.now();
  const ok = fn();
  steps.push({ name, ms: Date.now() - t0, passed: 0, failed: ok ? 0 : 1, skipped: 0, note: ok ? 'ok' : 'FAILED' });
  return ok;
}

function skipStep(name, why) {
  banner(name);
  console.log(`skipped: ${why}`);
  steps.push({ name, ms: 0, passed: 0, failed: 0, skipped: 0, note: `skipped — ${why}` });
}

async function postgresUrl() {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, why: 'TEST_DATABASE_URL' };
  const client = new pg.Client({ connectionString: LOCAL_PG, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url: LOCAL_PG, why: 'found a server on 127.0.0.1:5432' };
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

const withoutDbVars = () => {
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL;
  delete env.DATABASE_URL;
  return env;
};

const started = Date.now();
plainStep('typecheck (tsc --noEmit)', () => run([bin('typescript/bin/tsc'), '--noEmit', '-p', '.']) === 0);
// The house rules (docs/decisions/0009-house-rules.md): lint with type information, architecture
// boundaries, SQL only in queries files, file size; then the formatting. Warnings do not fail.
plainStep('lint (eslint, boundaries, SQL, size)', () => run([bin('eslint/bin/eslint.js'), '.']) === 0);
plainStep('format (prettier --check)', () => run([bin('prettier/bin/prettier.cjs'), '--check', '.', '--log-level', 'warn']) === 0);
// Dead code: unused files, exports and dependencies (knip.json); about 20 s, stopped after 3 minutes.
plainStep('dead code (knip)', () => run([bin('knip/bin/knip.js'), '--no-progress'], undefined, 180_000) === 0);

vitestStep('unit + API tests on PGlite', [], withoutDbVars());

const postgres = await postgresUrl();
if (postgres) {
  console.log(`\nPostgreSQL: ${postgres.why}`);
  vitestStep('unit + API tests on PostgreSQL', [], { ...withoutDbVars(), TEST_DATABASE_URL: postgres.url });
} else {
  skipStep('unit + API tests on PostgreSQL', 'no TEST_DATABASE_URL and nothing answers on 127.0.0.1:5432');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.env.CANBO_SKIP_E2E === '1') {
  skipStep('browser tests', 'CANBO_SKIP_E2E=1');
} else if (!fs.existsSync(chromium)) {
  banner('browser tests');
  console.log(`${chromium} is missing: install Debian's chromium (apt-get install -y chromium), or set CANBO_SKIP_E2E=1.`);
  steps.push({ name: 'browser tests', ms: 0, passed: 0, failed: 1, skipped: 0, note: 'FAILED — no chromium' });
} else if (plainStep('web build (when stale)', () => ensureWebBuild())) {
  vitestStep('browser tests (chromium)', ['--config', 'e2e/vitest.config.ts'], withoutDbVars());
}

fs.rmSync(reportDir, { recursive: true, force: true });

const total = steps.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
banner('summary');
for (const s of steps) {
  const counts = s.note ?? `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`;
  const mark = s.failed ? '✗' : '✓';
  console.log(`${mark} ${s.name.padEnd(34)} ${counts.padEnd(40)} ${(s.ms / 1000).toFixed(1).padStart(6)} s`);
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
