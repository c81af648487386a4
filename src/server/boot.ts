// Shared by the server and the CLI: migrate, load reference data, seed the demo when empty.
import type { Kysely } from 'kysely';
import { DEMO_ANCHOR_MAX, DEMO_ANCHOR_MIN, demoAnchorProblem, mondayOf } from '../domain/demo-calendar.js';
import { formatViDate, todayInVietnam } from '../domain/dates.js';
import { ConfigError } from './env.js';
import type { DB } from './db/schema.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemo, type DemoSummary } from './seed/demo.js';
import { loadReferenceData } from './seed/reference.js';
import { recordAudit } from './modules/audit/audit.service.js';

export async function prepareDatabase(
  db: Kysely<DB>,
  opts: { seedDemo: boolean; log?: (m: string) => void; /** "Today" of the demo data (default: today in Vietnam). */ demoAnchor?: string },
): Promise<DemoSummary | null> {
  const log = opts.log ?? (() => {});
  const applied = await migrateToLatest(db);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  const ref = await loadReferenceData(db);
  if (ref.inserted) log(`loaded ${ref.inserted} administrative units`);
  if (!opts.seedDemo) return null;
  const any = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  if (any) {
    // A demo started in an earlier week keeps its history; say how to move it to today.
    const marker = await db.selectFrom('demo_seed').select('anchor').executeTakeFirst();
    if (marker && mondayOf(marker.anchor) < mondayOf(todayInVietnam())) log(`the demo data describes ${formatViDate(marker.anchor)}; \`npx canbo seed demo --refresh\` (server stopped) rebuilds it as of today`);
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
  const demo = await seedDemo(db, { anchor });
  await db.transaction().execute((trx) =>
    recordAudit(trx, { actorId: null, actorName: 'system', requestId: null, ip: null }, [
      { action: 'demo.seed', entityType: 'org_unit', entityId: demo.provinceUnitId, unitId: demo.provinceUnitId, after: { people: demo.people, units: demo.units, anchor: demo.anchor } },
    ]),
  );
  log(`demo organisation ready: ${demo.units} units, ${demo.people} people (${Date.now() - t0} ms)`);
  return demo;
}
