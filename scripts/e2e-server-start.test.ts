// The browser tests' server start limit (e2e/server-start.ts): configurable, refused when mistyped.
import { describe, expect, it } from 'vitest';
import { DEFAULT_START_SECONDS, serverStartLimitMs } from '../e2e/server-start.js';

describe('CANBO_E2E_START_SECONDS', () => {
  it('defaults to 240 s and takes whole seconds', () => {
    expect(DEFAULT_START_SECONDS).toBe(240);
    expect(serverStartLimitMs({})).toBe(240_000);
    expect(serverStartLimitMs({ CANBO_E2E_START_SECONDS: '' })).toBe(240_000);
    expect(serverStartLimitMs({ CANBO_E2E_START_SECONDS: '600' })).toBe(600_000);
  });
  it.each(['0', '-5', '1.5', 'abc', '3601', '10s'])('refuses %s naming the variable', (v) => {
    expect(() => serverStartLimitMs({ CANBO_E2E_START_SECONDS: v })).toThrow(/CANBO_E2E_START_SECONDS/);
  });
});
