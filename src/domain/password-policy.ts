// Password policy — NIST SP 800-63B §5.1.1.2 (memorized secret verifiers): a minimum length,
// no password that is common, guessable or made of context-specific words (the username, the
// person's name, the product's name), and no composition rules unless the setting asks for them.
// Strength is estimated by zxcvbn (pure JS) with the common, English and a small Vietnamese
// dictionary. The numbers are the `auth.password_policy` regulation setting.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { foldDiacritics } from './names.js';
import { VIETNAMESE_PASSWORD_WORDS } from './password-words-vi.js';

export interface PasswordPolicy {
  minLength: number;
  /** Character kinds required out of 4 (lower, upper, digit, symbol); 0 = no composition rule. */
  classes: number;
  /** Minimum zxcvbn score, 0–4 (3: safely unguessable against online and slow offline attacks). */
  minStrength?: number;
}

/** Who the password is for: their own words are the first an attacker tries. */
export interface PasswordContext {
  username?: string | null;
  /** Display name, the linked person's full name… */
  names?: Array<string | null | undefined>;
}

/** Why a password is refused: an i18n key (`v.password.*`) and its parameters. */
export interface PasswordProblem {
  key: string;
  params?: Record<string, unknown>;
}

export const PRODUCT_NAME = 'canbo';

// zxcvbn's warning and suggestion codes → our message keys (both languages in the server i18n).
const WARNING_KEYS: Record<string, string> = {
  straightRow: 'v.password.keyboard',
  keyPattern: 'v.password.keyboard',
  simpleRepeat: 'v.password.repeat',
  extendedRepeat: 'v.password.repeat',
  sequences: 'v.password.sequence',
  recentYears: 'v.password.dates',
  dates: 'v.password.dates',
  topTen: 'v.password.common',
  topHundred: 'v.password.common',
  common: 'v.password.common',
  similarToCommon: 'v.password.common',
  wordByItself: 'v.password.words',
  namesByThemselves: 'v.password.names',
  commonNames: 'v.password.names',
  userInputs: 'v.password.personal',
  pwned: 'v.password.common',
};

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, vi: [...VIETNAMESE_PASSWORD_WORDS] },
    graphs: zxcvbnCommon.adjacencyGraphs,
  });
  return estimator;
}

/** Lower case, no diacritics, letters and digits only: how a guesser sees a word. */
function squash(s: string): string {
  return foldDiacritics(s).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The person's own words: the whole name, and each part of at least `minPart` letters. */
function nameWords(names: PasswordContext['names'], minPart: number): string[] {
  const out = new Set<string>();
  for (const name of names ?? []) {
    if (!name) continue;
    const whole = squash(name);
    if (whole.length >= 4) out.add(whole);
    for (const part of foldDiacritics(name).split(/[^\p{L}\p{N}]+/u)) if (part.length >= minPart) out.add(part);
  }
  return [...out];
}

/** One dictionary word dressed with digits and symbols ('Password@2026!'): the first guesses tried. */
function isDecoratedWord(password: string): boolean {
  const letters = foldDiacritics(password).replace(/[^\p{L}]/gu, '');
  const rest = [...password].length - [...letters].length;
  if (letters.length === 0 || rest > 6) return false;
  const seq = zxcvbn().check(letters).sequence;
  return seq.length === 1 && seq[0].pattern === 'dictionary';
}

/**
 * NIST SP 800-63B §5.1.1.2: the reasons a new password is refused, most specific first (empty =
 * accepted): too short; the username, the product's name or the person's name inside it; too
 * few character kinds when the setting asks; too easy to guess (zxcvbn score under minStrength).
 */
export function passwordProblems(password: string, policy: PasswordPolicy, ctx: PasswordContext = {}): PasswordProblem[] {
  const length = [...password].length;
  if (length < policy.minLength) return [{ key: 'v.password.too_short', params: { minLength: policy.minLength } }];
  const problems: PasswordProblem[] = [];
  const squashed = squash(password);
  const username = ctx.username ? squash(ctx.username) : '';
  if (username.length >= 3 && squashed.includes(username)) problems.push({ key: 'v.password.username' });
  if (squashed.includes(PRODUCT_NAME)) problems.push({ key: 'v.password.product', params: { product: 'CanBo' } });
  // Parts of 5 letters or more are refused outright (Nguyễn, Hoàng…); shorter ones (An, Minh)
  // would refuse half the language, so they only lower the estimated strength below.
  if (nameWords(ctx.names, 5).some((w) => squashed.includes(w))) problems.push({ key: 'v.password.name' });
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (classes < policy.classes) problems.push({ key: 'v.password.classes', params: { classes: policy.classes } });
  const minStrength = policy.minStrength ?? 0;
  if (minStrength > 0) {
    const userInputs = [PRODUCT_NAME, ...(username ? [username] : []), ...nameWords(ctx.names, 2)];
    // zxcvbn looks at the first 256 characters; longer passwords are past any guessing attack.
    const result = zxcvbn().check(password.slice(0, 256), userInputs);
    if (result.score < minStrength) {
      const specific = result.feedback.warning ? WARNING_KEYS[result.feedback.warning] : undefined;
      problems.push({ key: specific ?? 'v.password.weak' });
    } else if (isDecoratedWord(password)) problems.push({ key: 'v.password.decorated' });
  }
  return problems;
}

/** NIST SP 800-63B §5.1.1.2: true when passwordProblems finds nothing. */
export function passwordMeetsPolicy(password: string, policy: PasswordPolicy, ctx: PasswordContext = {}): boolean {
  return passwordProblems(password, policy, ctx).length === 0;
}
