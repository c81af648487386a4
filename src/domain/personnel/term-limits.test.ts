import { describe, expect, it } from 'vitest';
import type { PlaceTree } from './locality.js';
import { DEFAULT_PERSONNEL_SETTINGS as D } from './settings.js';
import { checkTermLimit, consecutiveTermsThrough, type HeadTenure, type TermSpan } from './term-limits.js';

const terms: TermSpan[] = [
  { id: 'p2010', from: '2010-10-01', to: '2015-09-30' },
  { id: 'p2015', from: '2015-10-01', to: '2020-09-30' },
  { id: 'p2020', from: '2020-10-01', to: '2025-09-30' },
  { id: 'p2025', from: '2025-10-01', to: '2030-09-30' },
  { id: 'p2030', from: '2030-10-01', to: '2035-09-30' },
];
// Old communes A and B merged into X on 1/7/2025; C is elsewhere.
const tree: PlaceTree = { predecessors: (u) => (u === 'X' ? ['A', 'B'] : []), parent: () => null };
const SEC = 'commune.party.secretary';
const t = (place: string, startDate: string, endDate: string | null, postCode = SEC): HeadTenure => ({
  postCode,
  place,
  startDate,
  endDate,
});
const R = D.termLimits;

describe('checkTermLimit (Quy định 377-QĐ/TW: no third consecutive term)', () => {
  it.each<[string, HeadTenure[], string, string, number]>([
    ['two full terms in X: the third is refused', [t('X', '2020-10-01', null)], 'p2030', 'fail', 2],
    [
      'two terms, the first in an old commune merged into X',
      [t('A', '2020-10-01', '2025-06-30'), t('X', '2025-07-01', null)],
      'p2030',
      'fail',
      2,
    ],
    ['two terms in a commune NOT merged into X', [t('C', '2015-10-01', '2025-09-30')], 'p2025', 'pass', 0],
    ['one term: a second is allowed', [t('X', '2025-10-01', null)], 'p2030', 'pass', 1],
    [
      'a term held from mid-term: 3 years of 5 counts',
      [t('B', '2017-10-01', '2020-09-30'), t('B', '2020-10-01', '2025-06-30'), t('X', '2025-07-01', null)],
      'p2030',
      'fail',
      3,
    ],
    ['less than half a term does not count', [t('X', '2023-10-01', null)], 'p2030', 'pass', 1],
    ['exactly half a term (913 of 1826 days) counts', [t('X', '2023-04-02', null)], 'p2030', 'fail', 2],
    ['a day less than half (912 of 1826) does not', [t('X', '2023-04-03', null)], 'p2030', 'pass', 1],
    ['a gap term breaks the run', [t('X', '2015-10-01', '2020-09-30'), t('X', '2025-10-01', null)], 'p2030', 'pass', 1],
    ['a gap of one term, then two: refused again', [t('X', '2010-10-01', '2015-09-30'), t('X', '2020-10-01', null)], 'p2030', 'fail', 2],
    ['a different post does not count', [t('X', '2020-10-01', null, 'commune.pc.chair')], 'p2030', 'pass', 0],
    ['the first term of the list has nothing before it', [t('X', '2010-10-01', null)], 'p2010', 'pass', 0],
  ])('%s', (_n, tenures, term, outcome, consecutive) => {
    const r = checkTermLimit(SEC, 'X', tenures, terms, term, tree, R);
    expect(r).toMatchObject({ outcome, params: { consecutive, max: 2 } });
    expect(r.code).toBe(outcome === 'fail' ? 'personnel.term_limit.exceeded' : 'personnel.term_limit.ok');
  });

  it('posts off the configured list are not limited', () => {
    expect(
      checkTermLimit('commune.pc.vice_chair', 'X', [t('X', '2010-10-01', null, 'commune.pc.vice_chair')], terms, 'p2030', tree, R).code,
    ).toBe('personnel.term_limit.not_required');
  });
  it('the maximum and the share are parameters', () => {
    const tenures = [t('X', '2023-10-01', null)];
    expect(checkTermLimit(SEC, 'X', tenures, terms, 'p2030', tree, { ...R, minShareOfTerm: 0.3 }).params.consecutive).toBe(2);
    expect(checkTermLimit(SEC, 'X', [t('X', '2020-10-01', null)], terms, 'p2030', tree, { ...R, maxConsecutiveTerms: 3 }).outcome).toBe(
      'pass',
    );
  });
  it('an unknown term is an error', () => expect(() => checkTermLimit(SEC, 'X', [], terms, 'p2040', tree, R)).toThrow(RangeError));
});

describe('consecutiveTermsThrough (the dashboard: who reaches two terms at the end of the current term)', () => {
  it('an open tenure counts the current term as held', () => {
    expect(
      consecutiveTermsThrough(SEC, 'X', [t('A', '2020-10-01', '2025-06-30'), t('X', '2025-07-01', null)], terms, 'p2025', tree, R),
    ).toEqual({ count: 2, terms: ['p2020', 'p2025'] });
  });
  it('overlapping tenure records are not double counted', () => {
    // Two records of the same 2 years in p2015 would reach the share only if counted twice.
    const dup = [t('X', '2018-10-01', '2020-09-30'), t('A', '2018-10-01', '2020-09-30')];
    expect(consecutiveTermsThrough(SEC, 'X', dup, terms, 'p2015', tree, R).count).toBe(0);
  });
});
