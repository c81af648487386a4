// Shared by the server and the CLI: migrate, load reference data, seed the demo when empty.
//
// Several instances may start together on one empty PostgreSQL database: the whole preparation
// (migrations, reference data, demo seed) runs under one session-level advisory lock held on a
// dedicated connection, so the first instance does the work and the others wait, then find it
// done. The embedded database needs no lock: its data-folder lock already refuses a second process.
import type { Kysely } from 'kysely';
import { DEMO_ANCHOR_MAX, DEMO_ANCHOR_MIN, demoAnchorProblem } from '../domain/demo-calendar.js';
import { formatViDate, mondayOf, todayInVietnam } from '../domain/dates.js';
import type { Database } from './db/connect.js';
import { ConfigError } from './env.js';
import type { DB } from './db/schema.js';
import { migrateToLatest } from './db/migrate.js';
import { demoMarker, hasAnyUnit, releaseBootLock, tryBootLock, waitBootLock } from './boot.queries.js';
import { seedDemo, type DemoSummary } from './seed/demo.js';
import { loadReferenceData } from './seed/reference.js';
import { recordAudit } from './modules/audit/index.js';
import { purgeExpiredSessions } from './modules/auth/index.js';

export interface PrepareOptions {
  seedDemo: boolean;
  log?: (m: string) => void;
  /** "Today" of the demo data (default: today in Vietnam). */
  demoAnchor?: string;
  /** The demo seed (tests give a small one; the server and CLI the real demo). */
  seed?: (db: Kysely<DB>, anchor: string) => Promise<DemoSummary>;
}

/** Runs `fn` while holding the boot lock (PostgreSQL), or directly (embedded). */
export async function withBootLock<T>(
  database: Pick<Database, 'db' | 'kind'>,
  fn: () => Promise<T>,
  log: (m: string) => void = () => {},
): Promise<T> {
  if (database.kind !== 'postgres') return fn();
  return database.db.connection().execute(async (conn) => {
    if (!(await tryBootLock(conn))) {
      log('another instance is preparing the database: waiting for it…');
      await waitBootLock(conn);
    }
    try {
      return await fn();
    } finally {
      await releaseBootLock(conn);
    }
  });
}

export async function prepareDatabase(database: Pick<Database, 'db' | 'kind'>, opts: PrepareOptions): Promise<DemoSummary | null> {
  const log = opts.log ?? (() => {});
  const db = database.db;
  return withBootLock(
    database,
    async () => {
      const applied = await migrateToLatest(db);
      if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
      const ref = await loadReferenceData(db);
      if (ref.inserted) log(`loaded ${ref.inserted} administrative units`);
      const purged = await purgeExpiredSessions(db);
      if (purged) log(`removed ${purged} expired sessions`);
      if (!opts.seedDemo) return null;
      if (await hasAnyUnit(db)) {
        // A demo started in an earlier week keeps its history; say how to move it to today.
        const marker = await demoMarker(db);
        if (marker && mondayOf(marker.anchor) < mondayOf(todayInVietnam()))
          log(
            `the demo data describes ${formatViDate(marker.anchor)}; \`npx canbo seed demo --refresh\` (server stopped) rebuilds it as of today`,
          );
        return null;
      }
      const anchor = opts.demoAnchor ?? todayInVietnam();
      if (demoAnchorProblem(anchor)) {
        throw new ConfigError(
          `The demo can be drawn as of a day from ${DEMO_ANCHOR_MIN} to ${DEMO_ANCHOR_MAX}, not ${anchor}: set CANBO_DEMO_ANCHOR to such a day, or CANBO_SEED_DEMO=never ` +
            `(dữ liệu mẫu chỉ dựng được cho một ngày từ ${DEMO_ANCHOR_MIN} đến ${DEMO_ANCHOR_MAX}).`,
        );
      }
      log(`empty database: creating the demo organisation as of ${anchor}…`);
      const t0 = Date.now();
      const demo = opts.seed ? await opts.seed(db, anchor) : await seedDemo(db, { anchor });
      await db.transaction().execute((trx) =>
        recordAudit(trx, { actorId: null, actorName: 'system', requestId: null, ip: null }, [
          {
            action: 'demo.seed',
            entityType: 'org_unit',
            entityId: demo.provinceUnitId,
            unitId: demo.provinceUnitId,
            after: { people: demo.people, units: demo.units, anchor: demo.anchor },
          },
        ]),
      );
      log(`demo organisation ready: ${demo.units} units, ${demo.people} people (${Date.now() - t0} ms)`);
      return demo;
    },
    log,
  );
}
