// Boots CanBo: configuration, database (embedded unless DATABASE_URL), migrations, reference
// data, the demo organisation on an empty database (all under the boot lock), then the HTTP server
// with its housekeeping (expired sessions, sign-in counters, dead jobs) every minute.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { openDatabase } from './db/connect.js';
import { DataDirLockedError } from './db/lock.js';
import { ConfigError, loadEnv } from './env.js';
import { prepareDatabase } from './boot.js';
import { allJobsSettled, failInterruptedJobs } from './modules/jobs/index.js';
import { emailSenderFromEnv, startReminderScheduler } from './modules/notifications/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main() {
  const env = loadEnv();
  const database = await openDatabase(
    env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.dataDir },
  );
  const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${env.dataDir}`;
  console.log(`CanBo: opening ${where}…`);
  const demo = await prepareDatabase(database, {
    seedDemo: env.CANBO_SEED_DEMO === 'auto',
    demoAnchor: env.CANBO_DEMO_ANCHOR,
    log: (m) => console.log(`CanBo: ${m}`),
  });
  // Jobs that died with their process: embedded, every running one; PostgreSQL, those whose
  // heartbeat stopped (other instances' jobs go on). Then the maintenance keeps sweeping.
  const failed = await failInterruptedJobs(database.db, database.kind);
  if (failed) console.log(`CanBo: ${failed} interrupted job(s) marked failed (run them again)`);
  const app = await buildApp({
    database,
    sessionHours: env.CANBO_SESSION_HOURS,
    secureCookies: env.CANBO_SECURE_COOKIES === 'true',
    webDir: path.join(root, 'dist/web'),
    logLevel: env.LOG_LEVEL,
    trustProxy: env.CANBO_TRUST_PROXY === 'true',
    maintenance: { intervalMs: 60_000 },
  });
  let stopReminders: () => Promise<void> = async () => {};
  const shutdown = async (signal: string) => {
    console.log(`CanBo: ${signal}, stopping…`);
    await stopReminders();
    await app.close();
    await allJobsSettled();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: env.PORT, host: env.HOST });
  // Task reminders (and the e-mail hook, on only when CANBO_SMTP_URL is set) run in this process.
  stopReminders = startReminderScheduler(database.db, { log: app.log, email: emailSenderFromEnv(env, app.log) });
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}/`;
  console.log(`\nCanBo is running at ${url}  (API docs: ${url}api/docs)`);
  if (demo) {
    console.log('\nDemo accounts (password for all: ' + demo.accounts[0].password + '):');
    const width = Math.max(...demo.accounts.map((a) => a.username.length));
    for (const a of demo.accounts) console.log(`  ${a.username.padEnd(width)}  ${a.role.padEnd(15)} ${a.unitName}`);
  }
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
