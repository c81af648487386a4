import { describe, expect, it } from 'vitest';
import { passwordMeetsPolicy } from './password-policy.js';

const policy = { minLength: 10, classes: 3 };
describe('passwordMeetsPolicy', () => {
  it.each([
    ['CanBo@2026', true],
    ['canbo@2026', true],
    ['canbo2026x', false],
    ['Ab1!', false],
    ['ABCDEFGHIJ', false],
    ['Mật-khẩu-2026', true],
    ['aaaaaaaaaaaaaaaaaaaa', false],
  ])('%s → %s', (pw, ok) => expect(passwordMeetsPolicy(pw, policy)).toBe(ok));
});
