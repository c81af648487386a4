import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp } from '../../test/harness.js';
import { throttleKeys } from '../auth/index.js';

let t: TestContext;
let tree: Subtree;
let other: Subtree;
let admin: Session; // admin over commune A only
let adminId: string;
let ipCounter = 0;

/** Signs in from its own address, so the per-IP sign-in throttle never trips in this file. */
async function signInAs(acc: { username: string; password: string }): Promise<Session> {
  const ip = `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: acc, headers: { 'x-forwarded-for': ip } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = `canbo_session=${res.cookies.find((c) => c.name === 'canbo_session')!.value}`;
  const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  return { cookie, csrf: me.json().csrfToken };
}

/** As if `failures` wrong passwords had just been tried on the username from many addresses. */
async function slowDown(username: string, failures: number) {
  const keys = throttleKeys(username, null);
  const row = { key: keys.user, username_key: keys.usernameKey, failures, last_failure_at: new Date() };
  await t.db
    .insertInto('sign_in_throttle')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet(row))
    .execute();
}

const STRONG = 'Mat-khau-tam-2026';
const newUsername = () => `nv.${Math.random().toString(36).slice(2, 10)}`;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  other = await createSubtree(t.db);
  const acc = await createAccount(t.db, 'admin', tree.communeA);
  adminId = acc.id;
  admin = await signInAs(acc);
});
afterAll(() => t?.close());

describe('accounts: access', () => {
  // Valid bodies, so that only the access rules can refuse them.
  const endpoints = (): Array<[string, string, unknown?]> => [
    ['GET', '/api/accounts'],
    ['GET', '/api/accounts/:id'],
    [
      'POST',
      '/api/accounts',
      { username: newUsername(), displayName: 'X', password: STRONG, roles: [{ role: 'cadre', unitId: tree.cellA }] },
    ],
    ['PATCH', '/api/accounts/:id', { version: 1, displayName: 'X', disabled: false, locale: 'vi' }],
    ['PUT', '/api/accounts/:id/roles', { version: 1, roles: [{ role: 'cadre', unitId: tree.cellA }] }],
    ['POST', '/api/accounts/:id/reset-password', { newPassword: STRONG }],
    ['POST', '/api/accounts/:id/unlock'],
    ['POST', '/api/accounts/:id/sign-out-all'],
  ];

  it('answers 401 without a session on every endpoint', async () => {
    const target = await createAccount(t.db, 'cadre', tree.cellA);
    for (const [method, url, body] of endpoints()) {
      const res = await t.app.inject({ method: method as 'GET', url: url.replace(':id', target.id), payload: body as object });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('answers 403 to roles other than admin on every endpoint', async () => {
    const target = await createAccount(t.db, 'cadre', tree.cellA);
    const organiser = await signInAs(await createAccount(t.db, 'organising', tree.provinceId));
    for (const [method, url, body] of endpoints()) {
      const res = await t.app.inject({
        method: method as 'GET',
        url: url.replace(':id', target.id),
        payload: body as object,
        headers: { cookie: organiser.cookie, 'x-csrf-token': organiser.csrf },
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
  });

  it('answers 404 for accounts bound outside the admin subtree, or only partly inside it', async () => {
    const outside = await createAccount(t.db, 'cadre', tree.communeB);
    const partly = await createAccount(t.db, 'cadre', tree.cellA);
    await t.db
      .insertInto('role_binding')
      .values({ id: crypto.randomUUID(), account_id: partly.id, role: 'office', unit_id: other.communeA })
      .execute();
    for (const target of [outside, partly]) {
      for (const [method, url, body] of endpoints().filter(([, u]) => u.includes(':id'))) {
        const res = await t.app.inject({
          method: method as 'POST',
          url: url.replace(':id', target.id),
          payload: body as object,
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
        });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
    }
  });
});

describe('accounts: list and read', () => {
  it('lists only accounts wholly inside the subtree, searching without diacritics', async () => {
    const inside = await createAccount(t.db, 'cadre', tree.cellA);
    await t.db.updateTable('account').set({ display_name: 'Trần Thị Hoà Đông' }).where('id', '=', inside.id).execute();
    const outside = await createAccount(t.db, 'cadre', tree.communeB);
    const res = await client(t.app, admin).get('/api/accounts?pageSize=200');
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((a: { id: string }) => a.id);
    expect(ids).toContain(inside.id);
    expect(ids).not.toContain(outside.id);
    expect(res.json().total).toBe(ids.length);
    const found = await client(t.app, admin).get('/api/accounts?q=TRAN%20THI%20HOA%20DONG');
    expect(found.json().items).toHaveLength(1);
    expect(found.json().items[0]).toMatchObject({
      id: inside.id,
      displayName: 'Trần Thị Hoà Đông',
      roles: [{ role: 'cadre', unitId: tree.cellA, unitName: `Chi bộ thôn Đông ${tree.suffix}` }],
    });
  });

  it('rejects a bad page size naming the field', async () => {
    const res = await client(t.app, admin).get('/api/accounts?pageSize=0');
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('pageSize');
  });

  it('reads one account with lock state and last sign-in, never the password hash', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    await signInAs(acc);
    await slowDown(acc.username, 15);
    const res = await client(t.app, admin).get(`/api/accounts/${acc.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: acc.id, username: acc.username, locked: true, failedAttempts: 15, disabled: false });
    expect(Date.parse(res.json().lockedUntil)).toBeGreaterThan(Date.now());
    expect(res.json().lastSignInAt).toMatch(/^\d{4}-/);
    expect(res.body).not.toContain('argon2');
    expect(res.json()).not.toHaveProperty('passwordHash');
  });

  it('answers 400 for a malformed id', async () => {
    const res = await client(t.app, admin).get('/api/accounts/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('id');
  });
});

describe('accounts: create', () => {
  it('creates an account with roles and a linked person, audited without the hash', async () => {
    const personId = await createPerson(t.db, tree.cellA);
    const username = newUsername();
    const body = {
      username: ` ${username.toUpperCase()} `,
      displayName: 'Lê Văn Bình',
      password: STRONG,
      personId,
      roles: [
        { role: 'cadre', unitId: tree.cellA },
        { role: 'office', unitId: tree.committeeA },
      ],
    };
    const res = await client(t.app, admin).post('/api/accounts', body);
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({
      username,
      displayName: 'Lê Văn Bình',
      personId,
      personName: 'Nguyễn Văn An',
      locale: 'vi',
      disabled: false,
      version: 1,
    });
    expect(view.roles.map((r: { role: string }) => r.role)).toEqual(['cadre', 'office']);
    const ev = await lastAudit(t.db, 'account', view.id);
    expect(ev).toMatchObject({ action: 'account.create', unit_id: tree.cellA, actor_id: adminId });
    expect(ev?.after).toMatchObject({
      username,
      displayName: 'Lê Văn Bình',
      roles: [
        { role: 'cadre', unitId: tree.cellA },
        { role: 'office', unitId: tree.committeeA },
      ],
    });
    expect(JSON.stringify(ev)).not.toContain('argon2');
    await signInAs({ username, password: STRONG });
  });

  it('answers 409 naming username when it is taken', async () => {
    const existing = await createAccount(t.db, 'cadre', tree.cellA);
    const res = await client(t.app, admin).post('/api/accounts', {
      username: existing.username,
      displayName: 'X',
      password: STRONG,
      roles: [{ role: 'cadre', unitId: tree.cellA }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().details[0].field).toBe('username');
  });

  it.each([
    ['username', { username: 'Nguyễn Văn' }],
    ['username', { username: 'ab' }],
    ['displayName', { displayName: '' }],
    ['roles', { roles: [] }],
    ['roles.0.role', { roles: [{ role: 'king', unitId: '00000000-0000-4000-8000-000000000000' }] }],
    ['password', { password: 'short' }],
    ['roles.0.unitId', 'outside'],
    ['personId', 'personOutside'],
  ])('rejects bad input naming %s', async (field, patch) => {
    const base = { username: newUsername(), displayName: 'Người mới', password: STRONG, roles: [{ role: 'cadre', unitId: tree.cellA }] };
    let body: Record<string, unknown> = { ...base, ...(typeof patch === 'object' ? patch : {}) };
    if (patch === 'outside') body = { ...base, roles: [{ role: 'admin', unitId: tree.communeB }] };
    if (patch === 'personOutside') body = { ...base, personId: await createPerson(t.db, tree.communeB) };
    const res = await client(t.app, admin).post('/api/accounts', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { field: string }) => d.field)).toContain(field);
    const created = await t.db.selectFrom('account').select('id').where('username', '=', String(base.username)).executeTakeFirst();
    expect(created).toBeUndefined();
  });
});

describe('accounts: update', () => {
  it('edits fields and disabling ends every session, audited with before and after', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    const s = await signInAs(acc);
    const res = await client(t.app, admin).patch(`/api/accounts/${acc.id}`, {
      version: 1,
      displayName: 'Tên mới',
      disabled: true,
      locale: 'en',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Tên mới', disabled: true, locale: 'en', version: 2 });
    expect((await client(t.app, s).get('/api/auth/me')).statusCode).toBe(401);
    const ev = await lastAudit(t.db, 'account', acc.id);
    expect(ev).toMatchObject({ action: 'account.update', unit_id: tree.cellA });
    expect(ev?.before).toMatchObject({ displayName: `Người dùng ${acc.username}`, disabled: false, locale: 'vi' });
    expect(ev?.after).toMatchObject({ displayName: 'Tên mới', disabled: true, locale: 'en', sessionsEnded: 1 });
  });

  it('keeps the linked person when personId is left out and unlinks on null', async () => {
    const personId = await createPerson(t.db, tree.cellA);
    const acc = await createAccount(t.db, 'cadre', tree.cellA, { personId });
    const kept = await client(t.app, admin).patch(`/api/accounts/${acc.id}`, {
      version: 1,
      displayName: 'Giữ',
      disabled: false,
      locale: 'vi',
    });
    expect(kept.json()).toMatchObject({ personId, personName: 'Nguyễn Văn An' });
    const cleared = await client(t.app, admin).patch(`/api/accounts/${acc.id}`, {
      version: 2,
      displayName: 'Bỏ',
      disabled: false,
      locale: 'vi',
      personId: null,
    });
    expect(cleared.json()).toMatchObject({ personId: null, personName: null });
    expect((await lastAudit(t.db, 'account', acc.id))?.after).toMatchObject({ personId: null });
  });

  it('answers 409 on a stale version and changes nothing', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    const ok = await client(t.app, admin).patch(`/api/accounts/${acc.id}`, {
      version: 1,
      displayName: 'Một',
      disabled: false,
      locale: 'vi',
    });
    expect(ok.statusCode).toBe(200);
    const stale = await client(t.app, admin).patch(`/api/accounts/${acc.id}`, {
      version: 1,
      displayName: 'Hai',
      disabled: false,
      locale: 'vi',
    });
    expect(stale.statusCode).toBe(409);
    expect((await client(t.app, admin).get(`/api/accounts/${acc.id}`)).json().displayName).toBe('Một');
  });

  it('rejects bad input naming the field', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    const res = await client(t.app, admin).patch(`/api/accounts/${acc.id}`, {
      version: 1,
      displayName: 'X',
      disabled: 'yes',
      locale: 'vi',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('disabled');
  });
});

describe('accounts: roles', () => {
  it('replaces the bindings, audited with before and after', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    const res = await client(t.app, admin).put(`/api/accounts/${acc.id}/roles`, {
      version: 1,
      roles: [
        { role: 'organising', unitId: tree.communeA },
        { role: 'organising', unitId: tree.communeA },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, roles: [{ role: 'organising', unitId: tree.communeA }] });
    expect(res.json().roles).toHaveLength(1);
    const ev = await lastAudit(t.db, 'account', acc.id);
    expect(ev).toMatchObject({
      action: 'account.roles',
      unit_id: tree.communeA,
      before: { roles: [{ role: 'cadre', unitId: tree.cellA }] },
      after: { roles: [{ role: 'organising', unitId: tree.communeA }] },
    });
    const stale = await client(t.app, admin).put(`/api/accounts/${acc.id}/roles`, {
      version: 1,
      roles: [{ role: 'cadre', unitId: tree.cellA }],
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses units outside the subtree naming the binding', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    const res = await client(t.app, admin).put(`/api/accounts/${acc.id}/roles`, {
      version: 1,
      roles: [
        { role: 'cadre', unitId: tree.cellA },
        { role: 'admin', unitId: tree.provinceId },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('roles.1.unitId');
    const empty = await client(t.app, admin).put(`/api/accounts/${acc.id}/roles`, { version: 1, roles: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().details[0].field).toBe('roles');
  });
});

describe('accounts: password, lock, sessions', () => {
  it('resets the password: policy checked, sessions ended, unlocked, no hash in the audit', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    const s = await signInAs(acc);
    await slowDown(acc.username, 15);
    const weak = await client(t.app, admin).post(`/api/accounts/${acc.id}/reset-password`, { newPassword: 'abc' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().details[0].field).toBe('newPassword');
    const res = await client(t.app, admin).post(`/api/accounts/${acc.id}/reset-password`, { newPassword: STRONG });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ locked: false, failedAttempts: 0 });
    expect((await client(t.app, s).get('/api/auth/me')).statusCode).toBe(401);
    await signInAs({ username: acc.username, password: STRONG });
    const ev = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', acc.id)
      .where('action', '=', 'account.reset_password')
      .executeTakeFirstOrThrow();
    expect(ev).toMatchObject({
      unit_id: tree.cellA,
      before: { failedAttempts: 15 },
      after: { failedAttempts: 0, lockedUntil: null, sessionsEnded: 1 },
    });
    expect(JSON.stringify(ev)).not.toContain('argon2');
    expect(JSON.stringify(ev)).not.toContain(STRONG);
  });

  it('unlocks an account', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    await slowDown(acc.username, 15);
    await expect(signInAs(acc)).rejects.toThrow(/sign-in failed: 429/); // from an address it never used
    const res = await client(t.app, admin).post(`/api/accounts/${acc.id}/unlock`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ locked: false, lockedUntil: null, failedAttempts: 0 });
    const ev = await lastAudit(t.db, 'account', acc.id);
    expect(ev).toMatchObject({
      action: 'account.unlock',
      unit_id: tree.cellA,
      before: { failedAttempts: 15 },
      after: { failedAttempts: 0, lockedUntil: null },
    });
    await signInAs(acc);
  });

  it('signs an account out everywhere', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    const s1 = await signInAs(acc);
    const s2 = await signInAs(acc);
    const res = await client(t.app, admin).post(`/api/accounts/${acc.id}/sign-out-all`);
    expect(res.statusCode).toBe(200);
    for (const s of [s1, s2]) expect((await client(t.app, s).get('/api/auth/me')).statusCode).toBe(401);
    const ev = await lastAudit(t.db, 'account', acc.id);
    expect(ev).toMatchObject({ action: 'account.sign_out_all', unit_id: tree.cellA, after: { sessionsEnded: 2 } });
  });

  it('rejects an unknown field type on reset naming the field', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.cellA);
    const res = await client(t.app, admin).post(`/api/accounts/${acc.id}/reset-password`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('newPassword');
  });
});

describe('accounts: the last administrator', () => {
  it('cannot lose admin rights when no other enabled administrator exists', async () => {
    // Leave one enabled admin in the whole database, then restore the others.
    const others = await t.db
      .selectFrom('role_binding as b')
      .innerJoin('account as a', 'a.id', 'b.account_id')
      .select('a.id')
      .where('b.role', '=', 'admin')
      .where('a.disabled', '=', false)
      .where('a.id', '<>', adminId)
      .execute();
    const otherIds = [...new Set(others.map((o) => o.id))];
    if (otherIds.length) await t.db.updateTable('account').set({ disabled: true }).where('id', 'in', otherIds).execute();
    try {
      const version = (await client(t.app, admin).get(`/api/accounts/${adminId}`)).json().version;
      const demote = await client(t.app, admin).put(`/api/accounts/${adminId}/roles`, {
        version,
        roles: [{ role: 'organising', unitId: tree.communeA }],
      });
      expect(demote.statusCode).toBe(400);
      expect(demote.json().details[0]).toMatchObject({ field: 'roles', message: 'Không thể bỏ quyền quản trị cuối cùng.' });
      const disable = await client(t.app, admin).patch(`/api/accounts/${adminId}`, {
        version,
        displayName: 'Quản trị',
        disabled: true,
        locale: 'vi',
      });
      expect(disable.statusCode).toBe(400);
      expect(disable.json().details[0].field).toBe('disabled');
      // With a second administrator the same change goes through.
      const second = await createAccount(t.db, 'admin', tree.cellA);
      const ok = await client(t.app, admin).put(`/api/accounts/${second.id}/roles`, {
        version: 1,
        roles: [
          { role: 'admin', unitId: tree.cellA },
          { role: 'cadre', unitId: tree.cellA },
        ],
      });
      expect(ok.statusCode).toBe(200);
      const demoteNow = await client(t.app, admin).put(`/api/accounts/${adminId}/roles`, {
        version,
        roles: [{ role: 'organising', unitId: tree.communeA }],
      });
      expect(demoteNow.statusCode).toBe(200);
      expect(demoteNow.json().roles).toEqual([{ role: 'organising', unitId: tree.communeA, unitName: `Xã An ${tree.suffix}` }]);
    } finally {
      if (otherIds.length) await t.db.updateTable('account').set({ disabled: false }).where('id', 'in', otherIds).execute();
    }
  });
});
