import { describe, expect, it } from 'vitest';
import { blockingChecks, type RuleCheck, ruleCheck, withExceptions, worstOutcome } from './rule-check.js';

const pass = ruleCheck('a.ok', 'pass', 'R', {});
const warn = ruleCheck('b.warn', 'warn', 'R', {});
const fail = ruleCheck('c.fail', 'fail', 'R', { n: 1 });
const fail2 = ruleCheck('d.fail', 'fail', 'R', {});

describe('worstOutcome', () => {
  it.each<[RuleCheck[], string]>([
    [[], 'pass'],
    [[pass], 'pass'],
    [[pass, warn], 'warn'],
    [[warn, fail, pass], 'fail'],
  ])('%#', (checks, want) => expect(worstOutcome(checks)).toBe(want));
});

describe('withExceptions / blockingChecks (exceptions only where configured)', () => {
  it('without configured exceptions every failure blocks, recorded or not', () => {
    expect(blockingChecks(withExceptions([pass, fail, fail2], []), new Set(['c.fail']))).toEqual([fail, fail2]);
  });
  it('a configured code blocks until its exception is recorded', () => {
    const checks = withExceptions([pass, warn, fail, fail2], ['c.fail', 'b.warn']);
    expect(checks[1].exceptionAllowed).toBeUndefined(); // only failures are marked
    expect(checks[2].exceptionAllowed).toBe(true);
    expect(blockingChecks(checks).map((c) => c.code)).toEqual(['c.fail', 'd.fail']);
    expect(blockingChecks(checks, new Set(['c.fail'])).map((c) => c.code)).toEqual(['d.fail']);
  });
  it('ruleCheck keeps the params it was given', () => expect(fail.params).toEqual({ n: 1 }));
});
