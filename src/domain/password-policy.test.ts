import { describe, expect, it } from 'vitest';
import { type PasswordContext, type PasswordPolicy, passwordMeetsPolicy, passwordProblems } from './password-policy.js';

const nist: PasswordPolicy = { minLength: 10, classes: 0, minStrength: 3 };
const ctx: PasswordContext = { username: 'tochuc.xa', names: ['Nguyễn Văn An', 'Văn phòng xã'] };
const keys = (pw: string, policy = nist, c = ctx) => passwordProblems(pw, policy, c).map((p) => p.key);

describe('passwordProblems (NIST SP 800-63B §5.1.1.2)', () => {
  it.each<[string, string, string[]]>([
    // accepted: long, not common, nothing of the person in it
    ['test factory password', 'Thu-nghiem-2026', []],
    ['a passphrase of unrelated words', 'Ngay-mai-troi-lai-sang', []],
    ['spaces and diacritics are fine', 'Sông Hồng chảy về xuôi', []],
    ['no composition rule by default: all lower case', 'dong lua chin vang tuoi', []],
    // too short comes alone (nothing else is worth saying)
    ['too short', 'abc123', ['v.password.too_short']],
    ['9 characters', 'Xy7#pq2!z', ['v.password.too_short']],
    // context-specific words
    ['the username inside', 'tochuc.xa-2026-abc', ['v.password.username']],
    ['the username without its dot, in capitals', 'TOCHUCXA#Mua-thu', ['v.password.username']],
    ['the product name (the demo password)', 'CanBo@2026', ['v.password.product', 'v.password.weak']],
    ['the product name inside a long phrase', 'toi-lam-canbo-moi-ngay', ['v.password.product']],
    ["the person's full name without diacritics", 'NguyenVanAn-1990!', ['v.password.name']],
    ['the family name with diacritics', 'Nguyễn-trời-xanh-mây', ['v.password.name']],
    // common and guessable (zxcvbn with the common, English and Vietnamese dictionaries)
    ['a top password', 'password123', ['v.password.common']],
    ['digits in a row', '1234567890', ['v.password.common']],
    ['a keyboard row', 'qwertyuiop12', ['v.password.common']],
    ['one repeated letter', 'aaaaaaaaaaaa', ['v.password.repeat']],
    ['Vietnamese "password" and a year', 'matkhau2026', ['v.password.weak']],
    ['a province and a year', 'Hungyen@2026', ['v.password.weak']],
    ['one word dressed up', 'Password@2026!', ['v.password.decorated']],
    ['a Vietnamese word dressed up', 'Dangvien@2026!', ['v.password.decorated']],
  ])('%s: %s → %j', (_, pw, expected) => expect(keys(pw)).toEqual(expected));

  it.each<[string, PasswordPolicy, string, string[]]>([
    ['classes required by the setting', { minLength: 10, classes: 3 }, 'dong lua chin vang tuoi', ['v.password.classes']],
    ['classes met', { minLength: 10, classes: 3 }, 'Dong-lua-chin-2026', []],
    ['no strength check when the setting has none', { minLength: 10, classes: 0 }, 'password123', []],
    ['a longer minimum from the setting', { minLength: 16, classes: 0, minStrength: 3 }, 'Thu-nghiem-2026', ['v.password.too_short']],
  ])('%s', (_, policy, pw, expected) => expect(keys(pw, policy)).toEqual(expected));

  it('gives the parameters the messages need', () => {
    expect(passwordProblems('short', nist)).toEqual([{ key: 'v.password.too_short', params: { minLength: 10 } }]);
    expect(passwordProblems('dong lua chin vang tuoi', { minLength: 10, classes: 3 })).toEqual([
      { key: 'v.password.classes', params: { classes: 3 } },
    ]);
  });

  it('ignores a missing context and short name parts', () => {
    expect(keys('Thu-nghiem-2026', nist, {})).toEqual([]);
    expect(keys('Thu-nghiem-2026', nist, { username: null, names: [null, 'Lê Thị Hà'] })).toEqual([]);
  });

  it('passwordMeetsPolicy agrees with passwordProblems', () => {
    expect(passwordMeetsPolicy('Thu-nghiem-2026', nist, ctx)).toBe(true);
    expect(passwordMeetsPolicy('CanBo@2026', nist, ctx)).toBe(false);
  });
});
