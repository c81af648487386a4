import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
});
afterAll(() => t?.close());

describe('auth', () => {
  it('health is public and reports ok', async () => {
    const res = await client(t.app, null).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers 401 without a session, in Vietnamese by default and English on request', async () => {
    const vi = await client(t.app, null).get('/api/auth/me');
    expect(vi.statusCode).toBe(401);
    expect(vi.json().message).toBe('Bạn cần đăng nhập.');
    const en = await client(t.app, null, 'en').get('/api/auth/me');
    expect(en.json().message).toBe('You need to sign in.');
  });

  it('rejects a bad body naming the field', async () => {
    const res = await client(t.app, null).post('/api/auth/login', { username: '', password: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('username');
  });

  it('sends the work capabilities from the modules\' role lists, and the own-person ones', async () => {
    const personId = await createPerson(t.db, tree.committeeA);
    const acc = await createAccount(t.db, 'standing', tree.communeA, { personId });
    const me = await client(t.app, await signIn(t.app, acc.username, acc.password)).get('/api/auth/me');
    expect(me.json().can).toMatchObject({ issueTasks: true, writeMeetings: true, overseePlans: true, writeResponsibilities: true, volunteer: true, writePlan: true, editPeople: false });
    const office = await createAccount(t.db, 'office', tree.communeA);
    const mo = await client(t.app, await signIn(t.app, office.username, office.password)).get('/api/auth/me');
    expect(mo.json().can).toMatchObject({ issueTasks: false, writeMeetings: true, overseePlans: true, writeResponsibilities: false, volunteer: false, writePlan: false });
  });

  it('signs in, shows me with roles and capabilities, audits the sign-in', async () => {
    const acc = await createAccount(t.db, 'organising', tree.communeA);
    const s = await signIn(t.app, acc.username, acc.password);
    const me = await client(t.app, s).get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: acc.username, roles: [{ role: 'organising', unitId: tree.communeA }], can: { editPeople: true, manageAccounts: false, issueTasks: false, writeMeetings: false, overseePlans: false, writeResponsibilities: true, volunteer: false, writePlan: false } });
    const ev = await lastAudit(t.db, 'account', acc.id);
    expect(ev?.action).toBe('auth.login');
    expect(ev?.unit_id).toBe(tree.communeA);
  });

  it('refuses a mutation without the CSRF token', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const s = await signIn(t.app, acc.username, acc.password);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('csrf');
  });

  it('locks the account after repeated failures', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const anon = client(t.app, null);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await anon.post('/api/auth/login', { username: acc.username, password: 'wrong' })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const res = await anon.post('/api/auth/login', { username: acc.username, password: acc.password });
    expect(res.statusCode).toBe(423);
    expect((await lastAudit(t.db, 'account', acc.id))?.action).toBe('account.locked');
  });

  it('changes the own password under the policy and ends other sessions', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const s1 = await signIn(t.app, acc.username, acc.password);
    const s2 = await signIn(t.app, acc.username, acc.password);
    const weak = await client(t.app, s1).post('/api/auth/password', { currentPassword: acc.password, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().details[0].field).toBe('newPassword');
    const ok = await client(t.app, s1).post('/api/auth/password', { currentPassword: acc.password, newPassword: 'Mat-khau-moi-2026' });
    expect(ok.statusCode).toBe(200);
    expect((await client(t.app, s2).get('/api/auth/me')).statusCode).toBe(401);
    expect((await client(t.app, s1).get('/api/auth/me')).statusCode).toBe(200);
    expect((await lastAudit(t.db, 'account', acc.id))?.action).toBe('account.password_change');
  });

  it('signs out everywhere', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const s1 = await signIn(t.app, acc.username, acc.password);
    const s2 = await signIn(t.app, acc.username, acc.password);
    expect((await client(t.app, s1).post('/api/auth/logout-all')).statusCode).toBe(200);
    expect((await client(t.app, s2).get('/api/auth/me')).statusCode).toBe(401);
  });

  it('serves the OpenAPI document', async () => {
    const res = await client(t.app, null).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/auth/login']).toBeDefined();
  });
});

describe('per-IP throttle', () => {
  it('answers 429 after too many failures from one address, whatever the account', async () => {
    const anon = client(t.app, null);
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      codes.push((await anon.post('/api/auth/login', { username: `nobody${i}`, password: 'x' }, { headers })).statusCode);
    }
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
  });
});

describe('validation messages', () => {
  it('names the field and says what is wrong, in the chosen language', async () => {
    const vi = await client(t.app, null).post('/api/auth/login', { password: 'x' });
    expect(vi.statusCode).toBe(400);
    expect(vi.json().details).toEqual([{ field: 'username', message: 'Bắt buộc nhập.' }]);
    const en = await client(t.app, null, 'en').post('/api/auth/login', { username: 'a'.repeat(101), password: 'x' });
    expect(en.json().details).toEqual([{ field: 'username', message: 'Longer than 100 characters; shorten it (nothing is cut for you).' }]);
  });
});
