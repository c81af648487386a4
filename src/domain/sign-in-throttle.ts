// Sign-in throttling (decision 0007; NIST SP 800-63B §5.2.2 "Rate Limiting (Throttling)").
// Failed attempts are counted per (username, address) pair, per username across addresses and per
// address across usernames. After a number of free failures each counter asks for a wait that
// doubles with every further failure, up to a cap: an attacker is slowed to a few guesses an hour,
// and nobody is ever locked out. A pair that signed in successfully recently (a "known-good pair":
// the owner's office or home) is exempt from the username and address counters, so attacks from
// elsewhere, or from others behind the same office NAT, never slow the owner there.
// The numbers are the `auth.sign_in_throttle` regulation setting.

export interface BackoffRule {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** Wait after the first failure beyond the free ones; doubles with each further failure. */
  baseDelaySeconds: number;
  /** The wait never grows beyond this: a delay, never a lock. */
  maxDelaySeconds: number;
}

export interface SignInThrottlePolicy {
  pair: BackoffRule;
  username: BackoffRule;
  address: BackoffRule;
  /** Counters start again after this long without a failure. */
  forgetAfterHours: number;
  /** A pair with a successful sign-in this recent is known-good. */
  knownPairDays: number;
  /** Coarse flood guard on the sign-in route, all requests of one address (any outcome). */
  addressRequestsPerMinute: number;
}

/** One counter as stored: failures so far, when the last one and the last success happened. */
export interface ThrottleCounter {
  failures: number;
  lastFailureAt: Date | null;
  lastSuccessAt: Date | null;
}

const HOUR_MS = 3_600_000;

/** NIST SP 800-63B §5.2.2: failures count until the counter has been quiet for forgetAfterHours. */
export function activeFailures(c: ThrottleCounter, now: Date, forgetAfterHours: number): number {
  if (!c.lastFailureAt || c.failures <= 0) return 0;
  return now.getTime() - c.lastFailureAt.getTime() >= forgetAfterHours * HOUR_MS ? 0 : c.failures;
}

/** NIST SP 800-63B §5.2.2: the wait before the next attempt, base × 2^(failures − free), capped at max. */
export function backoffDelaySeconds(failures: number, rule: BackoffRule): number {
  if (failures < rule.freeFailures) return 0;
  const exponent = Math.min(failures - rule.freeFailures, 40); // 2^40 s is far beyond any cap
  return Math.min(rule.baseDelaySeconds * 2 ** exponent, rule.maxDelaySeconds);
}

/** Seconds still to wait on one counter at `now` (0 = may try now). */
export function counterWaitSeconds(c: ThrottleCounter, rule: BackoffRule, now: Date, forgetAfterHours: number): number {
  const failures = activeFailures(c, now, forgetAfterHours);
  if (failures === 0 || !c.lastFailureAt) return 0;
  const readyAt = c.lastFailureAt.getTime() + backoffDelaySeconds(failures, rule) * 1000;
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}

/** Decision 0007: a pair is known-good while its last successful sign-in is under knownPairDays old. */
export function isKnownPair(pair: ThrottleCounter, now: Date, knownPairDays: number): boolean {
  return !!pair.lastSuccessAt && now.getTime() - pair.lastSuccessAt.getTime() < knownPairDays * 24 * HOUR_MS;
}

/**
 * Decision 0007 (NIST SP 800-63B §5.2.2): seconds before this pair may try a password; a known-good
 * pair waits only for its own failures, any other for the worst of pair, username and address.
 */
export function signInWaitSeconds(
  c: { pair: ThrottleCounter; username: ThrottleCounter; address: ThrottleCounter },
  policy: SignInThrottlePolicy,
  now: Date,
): number {
  const f = policy.forgetAfterHours;
  const pairWait = counterWaitSeconds(c.pair, policy.pair, now, f);
  if (isKnownPair(c.pair, now, policy.knownPairDays)) return pairWait;
  return Math.max(pairWait, counterWaitSeconds(c.username, policy.username, now, f), counterWaitSeconds(c.address, policy.address, now, f));
}
