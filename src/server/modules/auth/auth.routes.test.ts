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

  it("sends the work capabilities from the modules' role lists, and the own-person ones", async () => {
    const personId = await createPerson(t.db, tree.committeeA);
    const acc = await createAccount(t.db, 'standing', tree.communeA, { personId });
    const me = await client(t.app, await signIn(t.app, acc.username, acc.password)).get('/api/auth/me');
    expect(me.json().can).toMatchObject({
      issueTasks: true,
      writeMeetings: true,
      overseePlans: true,
      writeResponsibilities: true,
      volunteer: true,
      writePlan: true,
      editPeople: false,
      readEvaluations: true,
    });
    const office = await createAccount(t.db, 'office', tree.communeA);
    const mo = await client(t.app, await signIn(t.app, office.username, office.password)).get('/api/auth/me');
    expect(mo.json().can).toMatchObject({
      issueTasks: false,
      writeMeetings: true,
      overseePlans: true,
      writeResponsibilities: false,
      volunteer: false,
      writePlan: false,
      readEvaluations: false,
    });
  });

  it('sends what the menu may show: people, indicators and evaluation only to those who may read them', async () => {
    const can = async (role: 'cadre' | 'cell_secretary' | 'office' | 'organising', personId?: string) => {
      const acc = await createAccount(t.db, role, role === 'cell_secretary' ? tree.cellA : tree.communeA, { personId });
      return (await client(t.app, await signIn(t.app, acc.username, acc.password)).get('/api/auth/me')).json().can;
    };
    // A cadre reads no people list (403 there) but the indicators and their own evaluations.
    expect(await can('cadre', await createPerson(t.db, tree.committeeA))).toMatchObject({
      readPeople: false,
      readIndicators: true,
      readEvaluations: false,
      selfAssess: true,
      readConduct: false,
    });
    // An office account without a person has no evaluation of its own and reads no periods.
    expect(await can('office')).toMatchObject({ readPeople: true, readIndicators: true, readEvaluations: false, selfAssess: false });
    expect(await can('cell_secretary')).toMatchObject({ readPeople: true, readEvaluations: false, selfAssess: false });
    expect(await can('organising')).toMatchObject({ readPeople: true, readIndicators: true, readEvaluations: true, readConduct: true });
  });

  it('signs in, shows me with roles and capabilities, audits the sign-in', async () => {
    const acc = await createAccount(t.db, 'organising', tree.communeA);
    const s = await signIn(t.app, acc.username, acc.password);
    const me = await client(t.app, s).get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: acc.username,
      roles: [{ role: 'organising', unitId: tree.communeA }],
      can: {
        editPeople: true,
        manageAccounts: false,
        issueTasks: false,
        writeMeetings: false,
        overseePlans: false,
        writeResponsibilities: true,
        volunteer: false,
        writePlan: false,
        readEvaluations: true,
      },
    });
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

  it('changes the own password under the policy and ends other sessions', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const s1 = await signIn(t.app, acc.username, acc.password);
    const s2 = await signIn(t.app, acc.username, acc.password);
    const weak = await client(t.app, s1).post('/api/auth/password', { currentPassword: acc.password, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().details[0].field).toBe('newPassword');
    const guessable = await client(t.app, s1).post('/api/auth/password?lang=en', {
      currentPassword: acc.password,
      newPassword: 'Password@2026!',
    });
    expect(guessable.statusCode).toBe(400);
    expect(guessable.json().details).toEqual([
      {
        field: 'newPassword',
        message: 'A common word with digits and symbols added is still easy to guess. Put together a few unrelated words.',
      },
    ]);
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

describe('password policy (NIST SP 800-63B)', () => {
  it("refuses the username, the product name, the person's name and common passwords, saying why in the chosen language", async () => {
    const personId = await createPerson(t.db, tree.committeeA, { family_name: 'Hoàng', middle_name: 'Văn', given_name: 'Thụ' });
    const acc = await createAccount(t.db, 'cadre', tree.communeA, { personId });
    const s = await signIn(t.app, acc.username, acc.password);
    const change = (newPassword: string, lang: 'vi' | 'en' = 'vi') =>
      client(t.app, s).post(`/api/auth/password?lang=${lang}`, { currentPassword: acc.password, newPassword });
    const cases: Array<[string, 'vi' | 'en', string]> = [
      ['short', 'vi', 'Mật khẩu cần ít nhất 10 ký tự.'],
      [`${acc.username}-2026!`, 'vi', 'Mật khẩu không được chứa tên đăng nhập.'],
      ['CanBo-Song-Hong-2026', 'en', 'The password must not contain the name of the software (CanBo).'],
      ['HoangVanThu@1980', 'vi', 'Mật khẩu không được chứa họ tên của bạn.'],
      ['password1234', 'en', 'This password is on the lists of common passwords and easy to guess. Choose another one.'],
      ['matkhau2026', 'vi', 'Mật khẩu quá dễ đoán. Hãy dùng một cụm vài từ không liên quan đến nhau, dài hơn.'],
    ];
    for (const [pw, lang, message] of cases) {
      const res = await change(pw, lang);
      expect(res.statusCode, pw).toBe(400);
      expect(res.json().details[0], pw).toEqual({ field: 'newPassword', message });
    }
    // Nothing changed: the old password still signs in.
    await signIn(t.app, acc.username, acc.password);
  });
});

describe('security headers', () => {
  it('sends CSP, frame, content-type and referrer headers on every response', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/api/nothing-here', '/api/docs/']) {
      const res = await client(t.app, null).get(url);
      expect(res.statusCode, url).toBeLessThan(500);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self';");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain('upgrade-insecure-requests'); // plain http here
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
    }
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
