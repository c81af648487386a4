// Housekeeping: expired sessions and forgotten sign-in counters are deleted at boot and
// periodically (an unref'd timer that the app stops on close).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { prepareDatabase } from './boot.js';
import { runMaintenance } from './maintenance.js';
import { createAccount, createSubtree, type Subtree } from './test/factories.js';
import { type TestContext, createTestApp } from './test/harness.js';

let t: TestContext;
let tree: Subtree;
beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
});
afterAll(() => t?.close());

async function sessionPair() {
  const acc = await createAccount(t.db, 'cadre', tree.communeA);
  const make = (expiresAt: Date) => ({
    id: randomBytes(16).toString('hex'),
    account_id: acc.id,
    csrf_token: 'x',
    expires_at: expiresAt,
    ip: null,
    user_agent: null,
  });
  const expired = make(new Date(Date.now() - 60_000));
  const live = make(new Date(Date.now() + 3_600_000));
  await t.db.insertInto('session').values([expired, live]).execute();
  return { expired: expired.id, live: live.id };
}
const exists = async (id: string) => !!(await t.db.selectFrom('session').select('id').where('id', '=', id).executeTakeFirst());

describe('maintenance', () => {
  it('deletes expired sessions and keeps live ones', async () => {
    const s = await sessionPair();
    const r = await runMaintenance(t.database);
    expect(r.sessions).toBeGreaterThanOrEqual(1);
    expect(await exists(s.expired)).toBe(false);
    expect(await exists(s.live)).toBe(true);
  });

  it('purges expired sessions at boot', async () => {
    const s = await sessionPair();
    expect(await prepareDatabase(t.database, { seedDemo: false })).toBeNull();
    expect(await exists(s.expired)).toBe(false);
    expect(await exists(s.live)).toBe(true);
  });

  it('forgets sign-in counters with no recent failure nor success, keeps the others', async () => {
    const day = 86_400_000;
    const now = Date.now();
    const rows = [
      { key: `user:old-${now}`, failures: 9, last_failure_at: new Date(now - 2 * day), last_success_at: null },
      { key: `pair:known-${now}`, failures: 0, last_failure_at: null, last_success_at: new Date(now - day) },
      { key: `pair:recent-${now}`, failures: 3, last_failure_at: new Date(now - 60_000), last_success_at: null },
      { key: `pair:gone-${now}`, failures: 0, last_failure_at: null, last_success_at: new Date(now - 40 * day) },
    ];
    await t.db.insertInto('sign_in_throttle').values(rows).execute();
    await runMaintenance(t.database);
    const left = (
      await t.db
        .selectFrom('sign_in_throttle')
        .select('key')
        .where(
          'key',
          'in',
          rows.map((r) => r.key),
        )
        .execute()
    )
      .map((r) => r.key)
      .sort();
    expect(left).toEqual([`pair:known-${now}`, `pair:recent-${now}`]);
  });

  it('runs periodically inside the app, and stops when the app closes', async () => {
    const app = await buildApp({ database: t.database, logLevel: 'silent', maintenance: { intervalMs: 50 } });
    await app.ready();
    try {
      const s = await sessionPair();
      const deadline = Date.now() + 5_000;
      while ((await exists(s.expired)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await exists(s.expired)).toBe(false);
    } finally {
      await app.close();
    }
    const s = await sessionPair();
    await new Promise((r) => setTimeout(r, 200));
    expect(await exists(s.expired)).toBe(true); // stopped: nothing deletes it any more
  });
});
