import { describe, expect, it } from 'vitest';
import { checkNonLocal, isWithin, localityOf, monthsWithin, type PersonPlaces, type PlaceTree, unitFootprint } from './locality.js';
import { DEFAULT_PERSONNEL_SETTINGS as D, type LocalityRules } from './settings.js';

// Before 2025: old province OP1 (districts D1, D2; communes A, B in D1; C in D2) and OP2 (district D3, commune E).
// 1/7/2025: communes A + B → new commune X; C → new commune Y; OP1 + OP2 → new province NP (X, Y, and Z ← E).
const parents: Record<string, string | null> = {
  A: 'D1',
  B: 'D1',
  C: 'D2',
  D1: 'OP1',
  D2: 'OP1',
  E: 'D3',
  D3: 'OP2',
  OP1: null,
  OP2: null,
  X: 'NP',
  Y: 'NP',
  Z: 'NP',
  NP: null,
};
const preds: Record<string, string[]> = { X: ['A', 'B'], Y: ['C'], Z: ['E'], NP: ['OP1', 'OP2'] };
const tree: PlaceTree = { predecessors: (u) => preds[u] ?? [], parent: (p) => parents[p] ?? null };
const nobody: PersonPlaces = { birthplace: null, hometown: null, residences: [], work: [] };
const ON = '2026-09-01';

describe('unitFootprint / isWithin (through the 2025 merger)', () => {
  it('a unit covers itself and what it was formed from', () => {
    expect([...unitFootprint('X', tree)].sort()).toEqual(['A', 'B', 'X']);
    expect([...unitFootprint('NP', tree)].sort()).toEqual(['NP', 'OP1', 'OP2']);
  });
  it('survives a cycle in bad data', () => {
    const loop: PlaceTree = { predecessors: (u) => (u === 'P' ? ['Q'] : ['P']), parent: (p) => (p === 'P' ? 'Q' : 'P') };
    expect([...unitFootprint('P', loop)].sort()).toEqual(['P', 'Q']);
    expect(isWithin('P', new Set(['nope']), loop)).toBe(false);
  });
  it.each<[string, string, boolean]>([
    ['A', 'X', true],
    ['B', 'X', true],
    ['C', 'X', false],
    ['X', 'X', true],
    ['C', 'Y', true],
    ['A', 'NP', true],
    ['E', 'NP', true],
    ['D2', 'NP', true],
    ['Z', 'NP', true],
    ['A', 'Y', false],
  ])('%s within %s → %s', (place, unit, want) => expect(isWithin(place, unitFootprint(unit, tree), tree)).toBe(want));
});

describe('localityOf (Kết luận 210-KL/TW; each ground a setting)', () => {
  it.each<[string, string, PersonPlaces, LocalityRules, string[]]>([
    ['born in an old commune merged into the unit', 'X', { ...nobody, birthplace: 'A' }, D.locality, ['birthplace']],
    ['born in a neighbouring old commune', 'X', { ...nobody, birthplace: 'C' }, D.locality, []],
    ['hometown in the old province, for the new province', 'NP', { ...nobody, hometown: 'E' }, D.locality, ['hometown']],
    ['birthplace not a ground when switched off', 'X', { ...nobody, birthplace: 'A' }, { ...D.locality, birthplace: false }, []],
    [
      'lived 10 years in B and X (across the merger)',
      'X',
      {
        ...nobody,
        residences: [
          { place: 'B', from: '2016-09-01', to: '2025-06-30' },
          { place: 'X', from: '2025-07-01', to: null },
        ],
      },
      D.locality,
      ['residence'],
    ],
    [
      'lived 9 years 11 months',
      'X',
      {
        ...nobody,
        residences: [
          { place: 'B', from: '2016-10-01', to: '2025-06-30' },
          { place: 'X', from: '2025-07-01', to: null },
        ],
      },
      D.locality,
      [],
    ],
    [
      'overlapping records count once',
      'X',
      {
        ...nobody,
        residences: [
          { place: 'A', from: '2018-01-01', to: '2024-12-31' },
          { place: 'B', from: '2020-01-01', to: '2026-08-31' },
        ],
      },
      D.locality,
      [],
    ],
    [
      "worked 10 years in the province's old communes",
      'NP',
      {
        ...nobody,
        work: [
          { place: 'C', from: '2010-01-01', to: '2015-12-31' },
          { place: 'E', from: '2016-01-01', to: '2019-12-31' },
        ],
      },
      D.locality,
      ['work'],
    ],
    [
      'work years as a parameter (5)',
      'X',
      { ...nobody, work: [{ place: 'A', from: '2020-01-01', to: '2025-06-30' }] },
      { ...D.locality, workYears: 5 },
      ['work'],
    ],
    [
      'work not a ground when null',
      'X',
      { ...nobody, work: [{ place: 'A', from: '2000-01-01', to: null }] },
      { ...D.locality, workYears: null },
      [],
    ],
    ['several grounds', 'X', { birthplace: 'A', hometown: 'B', residences: [], work: [] }, D.locality, ['birthplace', 'hometown']],
  ])('%s', (_n, unit, person, rules, grounds) => {
    const l = localityOf(unit, person, ON, tree, rules);
    expect(l.grounds.map((g) => g.ground)).toEqual(grounds);
    expect(l.local).toBe(grounds.length > 0);
  });

  it('monthsWithin stops at the date asked and ignores later periods', () => {
    const fp = unitFootprint('X', tree);
    expect(
      monthsWithin(
        [
          { place: 'A', from: '2016-01-01', to: null },
          { place: 'X', from: '2027-01-01', to: null },
        ],
        fp,
        tree,
        '2026-01-01',
      ),
    ).toBe(120);
  });
});

describe('checkNonLocal (configured posts only)', () => {
  const R = { locality: D.locality, nonLocalPosts: D.nonLocalPosts };
  it.each<[string, string, PersonPlaces, string, 'pass' | 'fail']>([
    ['a local secretary is refused', 'commune.party.secretary', { ...nobody, birthplace: 'B' }, 'personnel.non_local.local', 'fail'],
    ['a non-local secretary', 'commune.party.secretary', { ...nobody, birthplace: 'E' }, 'personnel.non_local.ok', 'pass'],
    [
      'a local vice-chair: the post is not on the list',
      'commune.pc.vice_chair',
      { ...nobody, birthplace: 'B' },
      'personnel.non_local.not_required',
      'pass',
    ],
  ])('%s', (_n, post, person, code, outcome) => {
    const r = checkNonLocal(post, 'X', person, ON, tree, R);
    expect(r).toMatchObject({ code, outcome });
    expect(r.rule).toMatch(/Kết luận 210-KL\/TW/);
  });
  it('names the grounds', () => {
    expect(checkNonLocal('commune.pc.chair', 'X', { ...nobody, hometown: 'A' }, ON, tree, R).params.grounds).toEqual(['hometown']);
  });
});
