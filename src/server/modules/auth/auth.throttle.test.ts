import { describe, expect, it } from 'vitest';
import { addressOf, throttleKeys } from './auth.throttle.js';

describe('addressOf: what the address counter counts', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:85a3:1:2:3:4:5', '2001:db8:85a3:1::/64'],
    ['2001:0DB8:85A3:0001:ffff::1', '2001:db8:85a3:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['', 'unknown'],
  ])('%s → %s', (ip, expected) => expect(addressOf(ip)).toBe(expected));
});

describe('throttleKeys', () => {
  it('keys a username however it is typed, never in clear', () => {
    const a = throttleKeys('  ToChuc.Xa ', '203.0.113.9');
    expect(a).toEqual(throttleKeys('tochuc.xa', '203.0.113.9'));
    expect(JSON.stringify(a)).not.toContain('tochuc');
    expect(a.pair).not.toBe(throttleKeys('tochuc.xa', '203.0.113.10').pair);
    expect(a.user).toBe(throttleKeys('tochuc.xa', '203.0.113.10').user);
    expect(throttleKeys('tochuc.xa', '2001:db8:85a3:1::1').pair).toBe(throttleKeys('tochuc.xa', '2001:db8:85a3:1::2').pair);
  });
});
