import { describe, expect, it } from 'vitest';
import {
  type BackoffRule,
  type SignInThrottlePolicy,
  type ThrottleCounter,
  activeFailures,
  backoffDelaySeconds,
  counterWaitSeconds,
  isKnownPair,
  signInWaitSeconds,
} from './sign-in-throttle.js';

const rule: BackoffRule = { freeFailures: 5, baseDelaySeconds: 1, maxDelaySeconds: 900 };
const policy: SignInThrottlePolicy = {
  pair: rule,
  username: { freeFailures: 10, baseDelaySeconds: 1, maxDelaySeconds: 900 },
  address: { freeFailures: 100, baseDelaySeconds: 1, maxDelaySeconds: 300 },
  forgetAfterHours: 24,
  knownPairDays: 30,
  addressRequestsPerMinute: 300,
};
const now = new Date('2026-12-07T08:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const counter = (failures: number, lastFailureSecondsAgo: number | null, lastSuccessSecondsAgo: number | null = null): ThrottleCounter => ({
  failures,
  lastFailureAt: lastFailureSecondsAgo == null ? null : ago(lastFailureSecondsAgo),
  lastSuccessAt: lastSuccessSecondsAgo == null ? null : ago(lastSuccessSecondsAgo),
});
const none = counter(0, null);

describe('backoffDelaySeconds: base × 2^(failures − free), capped', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [7, 4],
    [14, 512],
    [15, 900],
    [1_000, 900],
    [Number.MAX_SAFE_INTEGER, 900],
  ])('%i failures → %i s', (failures, seconds) => expect(backoffDelaySeconds(failures, rule)).toBe(seconds));
});

describe('activeFailures: counters are forgotten after a quiet period', () => {
  it.each<[string, ThrottleCounter, number]>([
    ['never failed', none, 0],
    ['3 failures a minute ago', counter(3, 60), 3],
    ['3 failures just under 24 h ago', counter(3, 24 * 3600 - 1), 3],
    ['3 failures 24 h ago', counter(3, 24 * 3600), 0],
  ])('%s → %i', (_, c, n) => expect(activeFailures(c, now, 24)).toBe(n));
});

describe('counterWaitSeconds', () => {
  it.each<[string, ThrottleCounter, number]>([
    ['under the free failures', counter(4, 0), 0],
    ['5th failure just now: 1 s', counter(5, 0), 1],
    ['7th failure 1 s ago: 3 s left of 4', counter(7, 1), 3],
    ['7th failure 4 s ago: may try', counter(7, 4), 0],
    ['capped at 15 min', counter(40, 60), 840],
    ['forgotten after a quiet day', counter(40, 25 * 3600), 0],
  ])('%s → %i s', (_, c, s) => expect(counterWaitSeconds(c, rule, now, 24)).toBe(s));
});

describe('isKnownPair', () => {
  it.each<[string, ThrottleCounter, boolean]>([
    ['never signed in', none, false],
    ['signed in yesterday', counter(0, null, 86_400), true],
    ['signed in 31 days ago', counter(0, null, 31 * 86_400), false],
  ])('%s → %s', (_, c, known) => expect(isKnownPair(c, now, 30)).toBe(known));
});

describe('signInWaitSeconds: slows attackers, never locks the owner at a known pair', () => {
  const underAttack = counter(30, 0); // a username attacked from many addresses: 15 min wait
  const busyNat = counter(200, 0); // an address behind which someone sprays passwords: 5 min wait
  it.each<[string, { pair: ThrottleCounter; username: ThrottleCounter; address: ThrottleCounter }, number]>([
    ['fresh pair, quiet username and address', { pair: none, username: none, address: none }, 0],
    ['the pair itself failed 8 times just now', { pair: counter(8, 0), username: counter(8, 0), address: counter(8, 0) }, 8],
    [
      'owner at a known pair while the username is attacked elsewhere',
      { pair: counter(0, null, 3600), username: underAttack, address: none },
      0,
    ],
    ['owner at a known pair behind a NAT that sprays', { pair: counter(0, null, 3600), username: none, address: busyNat }, 0],
    ['known pair still waits for its own failures', { pair: counter(6, 0, 3600), username: underAttack, address: none }, 2],
    ['new address for an attacked username: a delay, not a lock', { pair: none, username: underAttack, address: none }, 900],
    ['new pair behind the spraying NAT', { pair: none, username: none, address: busyNat }, 300],
    ['pair known 40 days ago is new again', { pair: counter(0, null, 40 * 86_400), username: underAttack, address: none }, 900],
  ])('%s → %i s', (_, c, s) => expect(signInWaitSeconds(c, policy, now)).toBe(s));
});
