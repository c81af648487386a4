// Shared by the server and the CLI: migrate, load reference data, seed the demo when empty.
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemo, type DemoSummary } from './seed/demo.js';
import { loadReferenceData } from './seed/reference.js';
import { recordAudit } from './modules/audit/audit.service.js';

export async function prepareDatabase(
  db: Kysely<DB>,
  opts: { seedDemo: boolean; log?: (m: string) => void },
): Promise<DemoSummary | null> {
  const log = opts.log ?? (() => {});
  const applied = await migrateToLatest(db);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  const ref = await loadReferenceData(db);
  if (ref.inserted) log(`loaded ${ref.inserted} administrative units`);
  if (!opts.seedDemo) return null;
  const any = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  log('empty database: creating the demo organisation…');
  const t0 = Date.now();
  const demo = await seedDemo(db);
  await db.transaction().execute((trx) =>
    recordAudit(trx, { actorId: null, actorName: 'system', requestId: null, ip: null }, [
      { action: 'demo.seed', entityType: 'org_unit', entityId: demo.provinceUnitId, unitId: demo.provinceUnitId, after: { people: demo.people, units: demo.units } },
    ]),
  );
  log(`demo organisation ready: ${demo.units} units, ${demo.people} people (${Date.now() - t0} ms)`);
  return demo;
}
