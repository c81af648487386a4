import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayInVietnam } from '../../../domain/dates.js';
import { createAccount, createPerson, createSubtree, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { recordAudit } from './audit.service.js';

let t: TestContext;
let tree: Subtree;
let admin: Session;
let organiser: Session;
let accountId: string; // created and renamed through the API by `admin`
let outsideAccountId: string; // created in commune B
const STRONG = 'Mat-khau-tam-2026';

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const a = await createAccount(t.db, 'admin', tree.communeA);
  admin = await signIn(t.app, a.username, a.password);
  const o = await createAccount(t.db, 'organising', tree.communeA);
  organiser = await signIn(t.app, o.username, o.password);
  const created = await client(t.app, admin).post('/api/accounts', {
    username: `xem.${tree.suffix}`,
    displayName: 'Người Xem',
    password: STRONG,
    roles: [{ role: 'cadre', unitId: tree.cellA }],
  });
  accountId = created.json().id;
  const renamed = await client(t.app, admin).patch(`/api/accounts/${accountId}`, {
    version: 1,
    displayName: 'Người Xem Mới',
    disabled: false,
    locale: 'en',
  });
  expect(renamed.statusCode).toBe(200);
  const b = await createAccount(t.db, 'admin', tree.communeB);
  const adminB = await signIn(t.app, b.username, b.password);
  const outside = await client(t.app, adminB).post('/api/accounts', {
    username: `ngoai.${tree.suffix}`,
    displayName: 'Ở Xã Bình',
    password: STRONG,
    roles: [{ role: 'cadre', unitId: tree.communeB }],
  });
  outsideAccountId = outside.json().id;
});
afterAll(() => t?.close());

describe('audit viewer', () => {
  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get('/api/audit')).statusCode).toBe(401);
    expect((await client(t.app, null).get('/api/audit/verify')).statusCode).toBe(401);
  });

  it('answers 403 to roles that may not read the trail', async () => {
    const c = await createAccount(t.db, 'cadre', tree.communeA);
    const s = await signIn(t.app, c.username, c.password);
    expect((await client(t.app, s).get('/api/audit')).statusCode).toBe(403);
    expect((await client(t.app, s).get('/api/audit/verify')).statusCode).toBe(403);
    expect((await client(t.app, organiser).get('/api/audit/verify')).statusCode).toBe(403);
  });

  it('shows an update with what changed, newest first, with the unit name', async () => {
    const res = await client(t.app, organiser).get(`/api/audit?entityType=account&entityId=${accountId}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((e: { action: string }) => e.action)).toEqual(['account.update', 'account.create']);
    expect(items[0].seq).toBeGreaterThan(items[1].seq);
    expect(items[0]).toMatchObject({
      entityType: 'account',
      entityId: accountId,
      unitId: tree.cellA,
      unitName: `Chi bộ thôn Đông ${tree.suffix}`,
    });
    expect(items[0].actorName).toContain('admin.');
    expect(items[0].requestId).toBeTruthy();
    expect(items[0].changes).toEqual([
      { field: 'displayName', before: 'Người Xem', after: 'Người Xem Mới' },
      { field: 'locale', before: 'vi', after: 'en' },
    ]);
    expect(items[1].changes).toEqual([]);
    expect(items[1].after).toMatchObject({ username: `xem.${tree.suffix}`, displayName: 'Người Xem' });
  });

  it('hides events of units outside the reader scope', async () => {
    const res = await client(t.app, organiser).get(`/api/audit?entityId=${outsideAccountId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
    const all = await client(t.app, organiser).get('/api/audit?limit=200');
    expect(all.json().items.some((e: { unitId: string | null }) => e.unitId === tree.communeB)).toBe(false);
    const inspector = await createAccount(t.db, 'inspection', tree.provinceId);
    const s = await signIn(t.app, inspector.username, inspector.password);
    const seen = await client(t.app, s).get(`/api/audit?entityId=${outsideAccountId}`);
    expect(seen.json().items.map((e: { action: string }) => e.action)).toEqual(['account.create']);
  });

  it('pages backwards with the beforeSeq cursor', async () => {
    const first = await client(t.app, organiser).get(`/api/audit?entityId=${accountId}&limit=1`);
    expect(first.json().items).toHaveLength(1);
    const cursor = first.json().nextBeforeSeq;
    expect(cursor).toBe(first.json().items[0].seq);
    const second = await client(t.app, organiser).get(`/api/audit?entityId=${accountId}&limit=1&beforeSeq=${cursor}`);
    expect(second.json().items.map((e: { action: string }) => e.action)).toEqual(['account.create']);
    expect(second.json().nextBeforeSeq).toBeNull();
    const past = await client(t.app, organiser).get(`/api/audit?entityId=${accountId}&beforeSeq=${second.json().items[0].seq}`);
    expect(past.json()).toEqual({ items: [], nextBeforeSeq: null });
  });

  it('filters by day, actor and person', async () => {
    const today = todayInVietnam();
    const hit = await client(t.app, organiser).get(`/api/audit?entityId=${accountId}&from=${today}&to=${today}`);
    expect(hit.json().items).toHaveLength(2);
    const later = addMonths(today, 1);
    const miss = await client(t.app, organiser).get(`/api/audit?entityId=${accountId}&from=${later}`);
    expect(miss.json().items).toHaveLength(0);
    const other = await client(t.app, organiser).get(`/api/audit?entityId=${accountId}&actorId=${outsideAccountId}`);
    expect(other.json().items).toHaveLength(0);

    const personId = await createPerson(t.db, tree.cellA);
    await t.db.transaction().execute((trx) =>
      recordAudit(trx, { actorId: null, actorName: 'system', requestId: null, ip: null }, [
        {
          action: 'person.update',
          entityType: 'person',
          entityId: personId,
          personId,
          unitId: tree.cellA,
          before: { citizenId: '001080000111' },
          after: { citizenId: '001080000222' },
        },
      ]),
    );
    const byPerson = await client(t.app, organiser).get(`/api/audit?personId=${personId}`);
    expect(byPerson.json().items).toHaveLength(1);
    // The organising body may see citizen IDs: nothing masked.
    expect(byPerson.json().items[0]).toMatchObject({
      personId,
      changes: [{ field: 'citizenId', before: '001080000111', after: '001080000222' }],
    });
  });

  it('filters by action, from the typed vocabulary', async () => {
    const updates = await client(t.app, organiser).get(`/api/audit?entityId=${accountId}&action=account.update`);
    expect(updates.statusCode).toBe(200);
    expect(updates.json().items.map((e: { action: string }) => e.action)).toEqual(['account.update']);
    const creations = await client(t.app, organiser).get(`/api/audit?entityType=account&entityId=${accountId}&action=account.create`);
    expect(creations.json().items.map((e: { action: string }) => e.action)).toEqual(['account.create']);
    const none = await client(t.app, organiser).get(`/api/audit?entityId=${accountId}&action=person.update`);
    expect(none.json().items).toEqual([]);
  });

  it.each([
    ['action', '?action=account.delete'],
    ['entityType', '?entityType=accounts'],
    ['to', '?from=2026-03-02&to=2026-03-01'],
    ['from', '?from=2026-02-30'],
    ['personId', '?personId=abc'],
    ['limit', '?limit=0'],
    ['beforeSeq', '?beforeSeq=-5'],
  ])('rejects bad filters naming %s', async (field, query) => {
    const res = await client(t.app, organiser).get(`/api/audit${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe(field);
  });
});
