// Sign-in protection that an attacker cannot turn against users (decision 0007): growing waits per
// (username, address) pair, per username and per address; the owner at a known-good pair is never
// slowed by others' failures; existing and unknown usernames answer alike; everything audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignInThrottlePolicy } from '../../../domain/sign-in-throttle.js';
import { createAccount, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type TestContext, client, createTestApp } from '../../test/harness.js';
import { getSetting } from '../settings/index.js';
import { THROTTLE_SETTING, throttleKeys } from './auth.throttle.js';

let t: TestContext;
let tree: Subtree;
let defaults: SignInThrottlePolicy;
beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  // First waits of 30 s instead of 1 s, so that a slow machine never sees a wait pass by itself
  // between two requests; tests that need time to pass move it by hand.
  const seeded = await getSetting<SignInThrottlePolicy>(t.db, THROTTLE_SETTING);
  defaults = { ...seeded, pair: { ...seeded.pair, baseDelaySeconds: 30 }, username: { ...seeded.username, baseDelaySeconds: 30 } };
  await setPolicy(defaults);
});
afterAll(() => t?.close());

let addressCounter = 0;
/** A fresh address for each caller, so tests never share counters by accident. */
const newAddress = () => `198.51.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`;

function attempt(username: string, password: string, ip: string, lang: 'vi' | 'en' = 'vi') {
  return client(t.app, null, lang).post('/api/auth/login', { username, password }, { headers: { 'x-forwarded-for': ip } });
}

const setPolicy = (v: SignInThrottlePolicy) =>
  t.db
    .updateTable('regulation_setting')
    .set({ value: JSON.stringify(v) })
    .where('key', '=', THROTTLE_SETTING)
    .execute();

async function withPolicy(patch: Partial<SignInThrottlePolicy>, run: () => Promise<void>) {
  await setPolicy({ ...defaults, ...patch });
  try {
    await run();
  } finally {
    await setPolicy(defaults);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('sign-in throttling', () => {
  it('slows a (username, address) pair with growing waits, and never locks the owner at a known address', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const office = newAddress();
    expect((await attempt(acc.username, acc.password, office)).statusCode).toBe(200); // the owner's office is now known-good
    const attacker = newAddress();
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await attempt(acc.username, 'wrong-password', attacker)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const waiting = await attempt(acc.username, acc.password, attacker); // even the right password waits there
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json()).toMatchObject({ error: 'sign_in_wait' });
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(20);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect(waiting.json().message).toMatch(/^Đã đăng nhập sai nhiều lần\. Hãy đợi \d+ giây rồi thử lại\.$/);
    // The owner signs in at once from the office, with the right password.
    expect((await attempt(acc.username, acc.password, office)).statusCode).toBe(200);
    // Once the wait has passed, the attacker's pair may try again (once), then waits twice as long.
    const pairKey = throttleKeys(acc.username, attacker).pair;
    await t.db
      .updateTable('sign_in_throttle')
      .set({ last_failure_at: new Date(Date.now() - 31_000) })
      .where('key', '=', pairKey)
      .execute();
    expect((await attempt(acc.username, 'wrong-password', attacker)).statusCode).toBe(401);
    const longer = await attempt(acc.username, 'wrong-password', attacker);
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(longer.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('a successful sign-in gives the pair its free attempts back', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const home = newAddress();
    for (let i = 0; i < 4; i++) expect((await attempt(acc.username, 'typo-typo', home)).statusCode).toBe(401);
    expect((await attempt(acc.username, acc.password, home)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await attempt(acc.username, 'typo-typo', home)).statusCode).toBe(401);
  });

  it('an attack on one username from many addresses slows new addresses, not the owner at a known pair', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const office = newAddress();
    expect((await attempt(acc.username, acc.password, office)).statusCode).toBe(200);
    for (let i = 0; i < defaults.username.freeFailures; i++)
      expect((await attempt(acc.username, `guess-${i}`, newAddress())).statusCode).toBe(401);
    expect((await attempt(acc.username, 'guess-x', newAddress())).statusCode).toBe(429); // a new botnet address waits
    expect((await attempt(acc.username, acc.password, newAddress())).statusCode).toBe(429); // so does the owner at a new address: a delay, capped
    expect((await attempt(acc.username, acc.password, office)).statusCode).toBe(200); // and not at the office
  });

  it('a spraying address (an office NAT) slows only pairs that never signed in from it', async () => {
    await withPolicy({ address: { freeFailures: 4, baseDelaySeconds: 60, maxDelaySeconds: 300 } }, async () => {
      const nat = newAddress();
      const colleague = await createAccount(t.db, 'cadre', tree.communeA);
      expect((await attempt(colleague.username, colleague.password, nat)).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) expect((await attempt(`nobody.${i}.${addressCounter}`, 'x-wrong-x', nat)).statusCode).toBe(401);
      expect((await attempt('nobody.else', 'x-wrong-x', nat)).statusCode).toBe(429);
      const newcomer = await createAccount(t.db, 'cadre', tree.communeA);
      expect((await attempt(newcomer.username, newcomer.password, nat)).statusCode).toBe(429);
      expect((await attempt(colleague.username, colleague.password, nat)).statusCode).toBe(200);
    });
  });

  it('a burst of concurrent guesses cannot slip past the limit', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const ip = newAddress();
    const codes = (await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(acc.username, `burst-${i}`, ip)))).map(
      (r) => r.statusCode,
    );
    expect(codes.filter((c) => c === 401)).toHaveLength(defaults.pair.freeFailures);
    expect(codes.filter((c) => c === 429)).toHaveLength(10 - defaults.pair.freeFailures);
  });

  it('the flood guard answers 429 past the per-address request limit, whatever the outcome', async () => {
    await withPolicy({ addressRequestsPerMinute: 3 }, async () => {
      const acc = await createAccount(t.db, 'cadre', tree.communeA);
      const ip = newAddress();
      for (let i = 0; i < 3; i++) expect((await attempt(acc.username, acc.password, ip)).statusCode).toBe(200);
      const res = await attempt(acc.username, acc.password, ip, 'en');
      expect(res.statusCode).toBe(429);
      expect(res.json()).toEqual({ error: 'rate_limited', message: 'Too many attempts. Please wait.' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect((await attempt(acc.username, acc.password, newAddress())).statusCode).toBe(200);
    });
  });
});

describe('existing and unknown usernames answer alike', () => {
  it('same status, body and headers for an unknown username, a disabled account and a wrong password', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const off = await createAccount(t.db, 'cadre', tree.communeA);
    await t.db.updateTable('account').set({ disabled: true }).where('id', '=', off.id).execute();
    for (const lang of ['vi', 'en'] as const) {
      const answers = [
        await attempt(acc.username, 'wrong-password', newAddress(), lang),
        await attempt(`khong.co.${addressCounter}`, 'wrong-password', newAddress(), lang),
        await attempt(off.username, off.password, newAddress(), lang),
      ];
      const shape = (r: (typeof answers)[number]) => ({
        status: r.statusCode,
        body: r.body,
        headers: Object.keys(r.headers)
          .filter((h) => h !== 'date' && h !== 'x-request-id')
          .sort(),
      });
      expect(answers.map(shape)).toEqual(Array(3).fill(shape(answers[0])));
      expect(answers[0].json()).toEqual({
        error: 'invalid_credentials',
        message: lang === 'vi' ? 'Tên đăng nhập hoặc mật khẩu không đúng.' : 'Wrong username or password.',
      });
    }
    // Unknown usernames are throttled exactly like real ones: the 6th attempt of a pair waits.
    const ip = newAddress();
    const unknown = `khong.ai.${addressCounter}`;
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await attempt(unknown, 'wrong-password', ip)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('takes as long for an unknown username as for a real one (one argon2 verification each)', async () => {
    const accounts = await Promise.all([1, 2].map(() => createAccount(t.db, 'cadre', tree.communeA)));
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 10; i++) {
      for (const [list, username] of [
        [known, accounts[i % 2].username],
        [unknown, `ma.${i}.${addressCounter}`],
      ] as const) {
        const t0 = performance.now();
        expect((await attempt(username, 'wrong-password', newAddress())).statusCode).toBe(401);
        list.push(performance.now() - t0);
      }
    }
    const ratio = median(unknown) / median(known);
    // Skipping the verification for unknown usernames makes them ~10× faster; equal work stays near 1.
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});

describe('sign-in audit', () => {
  it('audits failed and successful sign-ins and sign-outs', async () => {
    const acc = await createAccount(t.db, 'cadre', tree.communeA);
    const ip = newAddress();
    await attempt(acc.username, 'wrong-password', ip);
    expect(await lastAudit(t.db, 'account', acc.id)).toMatchObject({
      action: 'auth.login_failed',
      actor_id: null,
      unit_id: tree.communeA,
      ip,
      after: { reason: 'wrong_password' },
    });
    const ok = await attempt(acc.username, acc.password, ip);
    expect(await lastAudit(t.db, 'account', acc.id)).toMatchObject({ action: 'auth.login', actor_id: acc.id, unit_id: tree.communeA });
    const cookie = `canbo_session=${ok.cookies.find((c) => c.name === 'canbo_session')!.value}`;
    const csrf = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().csrfToken;
    expect((await client(t.app, { cookie, csrf }).post('/api/auth/logout')).statusCode).toBe(200);
    expect(await lastAudit(t.db, 'account', acc.id)).toMatchObject({ action: 'auth.logout', actor_id: acc.id, unit_id: tree.communeA });
    expect((await client(t.app, { cookie, csrf }).get('/api/auth/me')).statusCode).toBe(401);
    const unknown = `khong.ton.tai.${addressCounter}`;
    await attempt(unknown, 'wrong-password', newAddress());
    expect(await lastAudit(t.db, 'sign_in', unknown)).toMatchObject({
      action: 'auth.login_failed',
      actor_id: null,
      unit_id: null,
      after: { reason: 'unknown_username' },
    });
  });
});
