// Identifiers in another spelling (an upper-case UUID is the same identifier) must neither break
// the hash chain nor hide an event from its entity's history. Its own file: it verifies the whole
// trail of its database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createSubtree, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
let admin: Session;
let organiser: Session;
let cadre: Session;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const a = await createAccount(t.db, 'admin', tree.communeA);
  admin = await signIn(t.app, a.username, a.password);
  const o = await createAccount(t.db, 'organising', tree.communeA);
  organiser = await signIn(t.app, o.username, o.password);
  const c = await createAccount(t.db, 'cadre', tree.cellA);
  cadre = await signIn(t.app, c.username, c.password);
});
afterAll(() => t?.close());

const verify = async () => {
  const res = await client(t.app, admin).get('/api/audit/verify');
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('identifiers in another spelling', () => {
  it('an export asked for with an upper-case unit id leaves the chain intact', async () => {
    const res = await client(t.app, organiser).get(`/api/people/export.xlsx?unitId=${tree.communeA.toUpperCase()}`);
    expect(res.statusCode).toBe(200);
    expect((await verify()).intact).toBe(true);
    const history = await client(t.app, organiser).get('/api/audit?entityType=people_export&limit=1');
    expect(history.json().items[0]).toMatchObject({ unitId: tree.communeA, after: { filters: { unitId: tree.communeA } } });
  });

  it('a cadre exporting a summary with an upper-case unit id leaves the chain intact', async () => {
    const res = await client(t.app, cadre).get(`/api/summary/export.xlsx?unitId=${tree.cellA.toUpperCase()}`);
    expect(res.statusCode).toBe(200);
    expect((await verify()).intact).toBe(true);
    const history = await client(t.app, organiser).get('/api/audit?entityType=summary_export&limit=1');
    expect(history.json().items[0]).toMatchObject({ action: 'summary.export', unitId: tree.cellA });
  });

  it('an update addressed by an upper-case id is filed under the canonical id and verifies', async () => {
    const target = await createAccount(t.db, 'cadre', tree.cellA);
    const upper = target.id.toUpperCase();
    const res = await client(t.app, admin).patch(`/api/accounts/${upper}`, {
      version: 1,
      displayName: 'Tên Mới',
      disabled: false,
      locale: 'vi',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(target.id);
    for (const spelling of [target.id, upper]) {
      const history = await client(t.app, organiser).get(`/api/audit?entityType=account&entityId=${spelling}`);
      expect(history.json().items.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toEqual([
        ['account.update', target.id],
      ]);
    }
    expect((await verify()).intact).toBe(true);
  });
});
