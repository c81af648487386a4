// Several instances started together on one empty PostgreSQL database: the boot (migrations,
// reference data, demo seed) is serialised by an advisory lock, so all start and the demo exists
// once. The embedded database needs no lock (its data-folder lock refuses a second process).
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { demoCurrentPeriod } from '../domain/demo-calendar.js';
import { prepareDatabase } from './boot.js';
import { openDatabase } from './db/connect.js';
import type { DB } from './db/schema.js';
import type { DemoSummary } from './seed/demo.js';
import { createSubtree } from './test/factories.js';
import { onPostgres } from './test/harness.js';

// A small stand-in for the demo (the real one takes ~20 s): slow enough that instances racing
// without the lock would all find the database empty and all seed it.
async function smallSeed(db: Kysely<DB>, anchor: string): Promise<DemoSummary> {
  await new Promise((r) => setTimeout(r, 500));
  const tree = await createSubtree(db);
  return {
    provinceUnitId: tree.provinceId,
    communeUnitIds: [tree.communeA, tree.communeB],
    people: 0,
    villageMembers: 0,
    recruitmentCandidates: 0,
    units: 7,
    tasks: 0,
    accounts: [],
    anchor,
    currentPeriod: demoCurrentPeriod(anchor),
  };
}

describe.skipIf(!onPostgres())('boot on PostgreSQL', () => {
  it('three instances booting at once on an empty database all succeed, and the demo exists once', { timeout: 180_000 }, async () => {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const name = `canbo_boot_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 3 })));
    try {
      const results = await Promise.allSettled(instances.map((d) => prepareDatabase(d, { seedDemo: true, seed: smallSeed })));
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
      const seeded = results.filter((r) => r.status === 'fulfilled' && r.value !== null);
      expect(seeded).toHaveLength(1);
      const db = instances[0].db;
      expect(
        await db
          .selectFrom('org_unit')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('kind', '=', 'province')
          .executeTakeFirstOrThrow(),
      ).toEqual({ n: 1 });
      expect(
        await db
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', 'demo.seed')
          .executeTakeFirstOrThrow(),
      ).toEqual({ n: 1 });
      const units = await db
        .selectFrom('admin_unit')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(units.n).toBeGreaterThan(1000); // the reference data, loaded once
    } finally {
      await Promise.all(instances.map((d) => d.close()));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
