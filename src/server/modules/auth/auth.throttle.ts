// Sign-in throttling in the database, shared by every instance (decision 0007). Before a password
// is verified, one transaction locks the three counters of the attempt — (username, address)
// pair, username, address — asks the domain rule how long to wait and, when nothing is to wait
// for, reserves the attempt by counting it as a failure. Concurrent guesses therefore queue on
// the row locks and each one sees the previous ones: a burst cannot slip past the limit. A
// successful sign-in gives the reservation back and marks the pair known-good.
// Usernames are keyed by a hash of the normalised name whether an account exists or not, so the
// answers (and their timing) never tell which usernames exist.
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { Kysely } from 'kysely';
import {
  type SignInThrottlePolicy,
  type ThrottleCounter,
  activeFailures,
  counterWaitSeconds,
  signInWaitSeconds,
} from '../../../domain/sign-in-throttle.js';
import type { DB } from '../../db/schema.js';
import { getSetting } from '../settings/index.js';
import * as q from './auth.queries.js';

export const THROTTLE_SETTING = 'auth.sign_in_throttle';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The username as accounts store it (trimmed, lower case, NFC). */
export const normaliseUsername = (u: string) => u.normalize('NFC').trim().toLowerCase();

/** IPv6 clients get a /64 each from their provider: count the /64, not the single address. */
export function addressOf(ip: string | null | undefined): string {
  if (!ip) return 'unknown';
  if (isIP(ip) !== 6 || ip.startsWith('::ffff:')) return ip.replace(/^::ffff:/, '');
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export interface ThrottleKeys {
  pair: string;
  user: string;
  addr: string;
  usernameKey: string;
}

export function throttleKeys(username: string, ip: string | null | undefined): ThrottleKeys {
  const usernameKey = sha256(normaliseUsername(username));
  const address = addressOf(ip);
  return { pair: `pair:${sha256(`${usernameKey}|${address}`)}`, user: `user:${usernameKey}`, addr: `addr:${sha256(address)}`, usernameKey };
}

const counterOf = (r: q.ThrottleRow | undefined): ThrottleCounter => ({
  failures: r?.failures ?? 0,
  lastFailureAt: r?.last_failure_at ?? null,
  lastSuccessAt: r?.last_success_at ?? null,
});

export const throttlePolicy = (db: Kysely<DB>) => getSetting<SignInThrottlePolicy>(db, THROTTLE_SETTING);

/** Seconds to wait before this attempt may be tried (0: it was reserved as a failure until it succeeds). */
export async function reserveAttempt(db: Kysely<DB>, keys: ThrottleKeys, policy: SignInThrottlePolicy, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await q.lockThrottleRows(trx, [
      { key: keys.pair, usernameKey: keys.usernameKey },
      { key: keys.user, usernameKey: keys.usernameKey },
      { key: keys.addr, usernameKey: null },
    ]);
    const byKey = new Map(rows.map((r) => [r.key, counterOf(r)]));
    const c = { pair: byKey.get(keys.pair)!, username: byKey.get(keys.user)!, address: byKey.get(keys.addr)! };
    const wait = signInWaitSeconds(c, policy, now);
    if (wait > 0) return wait;
    for (const [key, counter] of [
      [keys.pair, c.pair],
      [keys.user, c.username],
      [keys.addr, c.address],
    ] as const) {
      await q.setThrottleFailures(trx, key, activeFailures(counter, now, policy.forgetAfterHours) + 1, now);
    }
    return 0;
  });
}

export async function recordSuccess(db: Kysely<DB>, keys: ThrottleKeys, now = new Date()): Promise<void> {
  await q.recordThrottleSuccess(db, keys.pair, [keys.user, keys.addr], now);
}

export interface UsernameThrottleState {
  failures: number;
  slowedUntil: Date | null;
}

/**
 * What an administrator sees of each username's own counter: its recent failures, and until when
 * sign-ins from addresses it has not used must wait (known-good pairs never wait for it).
 */
export async function usernameThrottleStates(
  db: Kysely<DB>,
  usernames: string[],
  now = new Date(),
): Promise<Map<string, UsernameThrottleState>> {
  const out = new Map<string, UsernameThrottleState>();
  if (usernames.length === 0) return out;
  const policy = await throttlePolicy(db);
  const keyOf = new Map(usernames.map((u) => [u, throttleKeys(u, null).user]));
  const rows = new Map((await q.throttleRows(db, [...keyOf.values()])).map((r) => [r.key, counterOf(r)]));
  for (const [username, key] of keyOf) {
    const c = rows.get(key) ?? counterOf(undefined);
    const wait = counterWaitSeconds(c, policy.username, now, policy.forgetAfterHours);
    out.set(username, {
      failures: activeFailures(c, now, policy.forgetAfterHours),
      slowedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000) : null,
    });
  }
  return out;
}

/** An administrator clears a username's delays (every address); returns the counters cleared. */
export async function clearUsernameThrottle(db: Kysely<DB>, username: string): Promise<number> {
  return q.clearUsernameFailures(db, throttleKeys(username, null).usernameKey);
}

/** Maintenance: forgets counters that no longer slow anyone nor mark a known pair. */
export async function purgeStaleThrottle(db: Kysely<DB>, now = new Date()): Promise<number> {
  const policy = await throttlePolicy(db);
  return q.deleteStaleThrottleRows(
    db,
    new Date(now.getTime() - policy.forgetAfterHours * 3_600_000),
    new Date(now.getTime() - policy.knownPairDays * 86_400_000),
  );
}
