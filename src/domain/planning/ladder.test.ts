import { describe, expect, it } from 'vitest';
import { DEFAULT_POST_LADDER as L } from './ladder-defaults.js';
import {
  checkPlannable,
  compareRank,
  isEquivalent,
  isHigher,
  type PostLadder,
  stepsUp,
  type TargetLevel,
  twoUp,
  nextUp,
  validateLadder,
} from './ladder.js';

const c = (s: string) => `commune.${s}`;
const p = (s: string) => `province.${s}`;

describe('the seeded ladder is valid', () => {
  it('has no issue', () => expect(validateLadder(L)).toEqual([]));
});

describe('compareRank / isHigher / isEquivalent (Quy định 377-QĐ/TW)', () => {
  it.each<[string, string, -1 | 0 | 1 | null]>([
    [c('party.secretary'), c('party.deputy_secretary'), -1],
    [c('party.deputy_secretary'), c('party.secretary'), 1],
    [c('party.deputy_secretary'), c('pc.chair'), 0],
    [c('pc.chair'), c('party.standing_deputy_secretary'), 1],
    [c('party.office_chief'), c('pc.division_head'), 0],
    [c('pc.division_deputy'), c('party.office_chief'), 1],
    // across unit kinds through the groups
    [c('party.secretary'), p('department.director'), 0],
    [c('pc.chair'), p('department.deputy_director'), 0],
    [c('pc.chair'), p('department.director'), 1],
    [p('pc.vice_chair'), c('party.secretary'), -1], // the secretary maps to province rank 5
    [c('party.standing_deputy_secretary'), p('department.director'), 1], // the director maps to the commune secretary's rank
    [c('party.standing_deputy_secretary'), p('department.division_head'), null], // neither maps into the other's ladder
    // across tracks: committee seats are not comparable with posts
    [c('committee.standing_member'), c('committee.executive_member'), -1],
    [c('committee.executive_member'), c('party.office_chief'), null],
    [c('committee.inspection_member'), c('committee.executive_member'), null],
  ])('%s vs %s → %s', (a, b, want) => {
    expect(compareRank(L, a, b)).toBe(want);
    expect(isHigher(L, a, b)).toBe(want === -1);
    expect(isEquivalent(L, a, b)).toBe(want === 0);
    // symmetric
    expect(compareRank(L, b, a)).toBe(want === null ? null : want === 0 ? 0 : -want);
  });

  it('an unknown code is an error, not a silent false', () => {
    expect(() => isHigher(L, 'commune.nope', c('pc.chair'))).toThrow(RangeError);
  });
});

describe('stepsUp / nextUp / twoUp (Hướng dẫn 45-HD/BTCTW: đối tượng 1, 2)', () => {
  it.each<[string | null, string, number | null]>([
    [c('party.deputy_secretary'), c('party.standing_deputy_secretary'), 1],
    [c('party.deputy_secretary'), c('party.secretary'), 2],
    [c('pc.division_head'), c('pc.vice_chair'), 1],
    [c('pc.division_head'), c('party.secretary'), 4],
    [c('pc.chair'), c('pc.chair'), 0],
    [c('party.secretary'), c('pc.chair'), -2],
    [c('pc.chair'), p('department.director'), 1], // rank 6 in the province ladder → 5
    [null, c('pc.division_deputy'), 1], // no post held: enters at the bottom
    [null, c('pc.division_head'), 2],
    [null, c('committee.executive_member'), 1],
    [null, c('committee.standing_member'), 2],
    [c('committee.executive_member'), c('committee.standing_member'), 1],
    [c('party.standing_deputy_secretary'), p('department.director'), 1],
    [c('party.standing_deputy_secretary'), p('department.division_head'), null],
  ])('%s → %s: %s', (from, to, want) => expect(stepsUp(L, from, to)).toBe(want));

  it('next up from a commune deputy secretary: the standing deputy secretary, and the province rank-5 posts through the group', () => {
    expect(nextUp(L, c('party.deputy_secretary')).sort()).toEqual(
      [c('party.standing_deputy_secretary'), p('department.director'), p('party.board_deputy')].sort(),
    );
  });
  it("two up from a deputy secretary: the secretary (never the concurrent People's Council chair) and province rank 4", () => {
    const two = twoUp(L, c('party.deputy_secretary'));
    expect(two).toContain(c('party.secretary'));
    expect(two).not.toContain(c('council.chair'));
    expect(two).toEqual(expect.arrayContaining([p('pc.vice_chair'), p('party.board_head')]));
    expect(two.filter((x) => x.startsWith('commune.'))).toEqual([c('party.secretary')]);
  });
  it('next up from a division head: the rank-4 posts of the commune', () => {
    expect(nextUp(L, c('pc.division_head')).sort()).toEqual(
      [c('council.vice_chair'), c('front.chair'), c('inspection.chair'), c('pc.vice_chair')].sort(),
    );
  });
  it("next up from a People's Committee chair includes the province director (through the group)", () => {
    expect(nextUp(L, c('pc.chair'))).toEqual(
      expect.arrayContaining([c('party.standing_deputy_secretary'), p('department.director'), p('party.board_deputy')]),
    );
  });
});

describe('checkPlannable (Quy định 377-QĐ/TW: only a higher post)', () => {
  it.each<[string, string[], string, TargetLevel, string, 'pass' | 'fail' | 'warn']>([
    ['the current post', [c('pc.chair')], c('pc.chair'), 1, 'planning.post.same', 'fail'],
    ['an equivalent post', [c('pc.chair')], c('party.deputy_secretary'), 1, 'planning.post.equivalent', 'fail'],
    ['an equivalent post in another unit kind', [c('party.secretary')], p('department.director'), 1, 'planning.post.equivalent', 'fail'],
    ['a lower post', [c('party.secretary')], c('pc.vice_chair'), 1, 'planning.post.lower', 'fail'],
    ['a concurrent-by-structure post', [c('party.deputy_secretary')], c('council.chair'), 2, 'planning.post.concurrent', 'fail'],
    ['target 1 one step up', [c('party.deputy_secretary')], c('party.standing_deputy_secretary'), 1, 'planning.post.ok', 'pass'],
    ['target 2 two steps up', [c('party.deputy_secretary')], c('party.secretary'), 2, 'planning.post.ok', 'pass'],
    ['target 1 two steps up', [c('party.deputy_secretary')], c('party.secretary'), 1, 'planning.post.too_far', 'fail'],
    [
      'target 2 only one step up: allowed, shown',
      [c('party.deputy_secretary')],
      c('party.standing_deputy_secretary'),
      2,
      'planning.post.closer_than_target',
      'warn',
    ],
    [
      'holding two posts: the higher one counts',
      [c('pc.division_head'), c('party.deputy_secretary')],
      c('party.secretary'),
      2,
      'planning.post.ok',
      'pass',
    ],
    [
      'holding a higher post elsewhere in the ladder refuses',
      [c('pc.division_head'), c('party.secretary')],
      c('pc.vice_chair'),
      1,
      'planning.post.lower',
      'fail',
    ],
    ['no post: enters at the bottom', [], c('pc.division_deputy'), 1, 'planning.post.ok', 'pass'],
    [
      'committee seat for a non-member: their posts do not matter',
      [c('party.office_chief')],
      c('committee.executive_member'),
      1,
      'planning.post.ok',
      'pass',
    ],
    [
      'a post held but not comparable (no group across levels)',
      [c('party.standing_deputy_secretary')],
      p('department.division_head'),
      1,
      'planning.post.not_comparable',
      'warn',
    ],
    [
      'standing seat for an executive member',
      [c('committee.executive_member')],
      c('committee.standing_member'),
      1,
      'planning.post.ok',
      'pass',
    ],
  ])('%s', (_n, current, target, level, code, outcome) => {
    const r = checkPlannable(L, current, target, level);
    expect(r).toMatchObject({ code, outcome });
    expect(r.rule).toMatch(/Quy định 377-QĐ\/TW/);
    expect(r.params.target).toBe(target);
  });
});

describe('the seeded ladder is a consistent order', () => {
  const codes = L.posts.map((x) => x.code);
  it('antisymmetric: a above b ⇔ b below a, for every pair', () => {
    for (const a of codes)
      for (const b of codes) {
        const ab = compareRank(L, a, b);
        const ba = compareRank(L, b, a);
        expect([a, b, ab === null ? null : -ab || 0]).toEqual([a, b, ba === null ? null : ba || 0]);
      }
  });
  it('transitive: a above b above c ⇒ a above c, for every comparable triple', () => {
    let triples = 0;
    for (const a of codes)
      for (const b of codes) {
        if (compareRank(L, a, b) !== -1) continue;
        for (const c of codes) {
          if (compareRank(L, b, c) !== -1) continue;
          const ac = compareRank(L, a, c);
          if (ac !== null) {
            triples++;
            expect([a, b, c, ac]).toEqual([a, b, c, -1]);
          }
        }
      }
    expect(triples).toBeGreaterThan(1000);
  });
});

describe('validateLadder', () => {
  const post = {
    unitKind: 'x',
    track: 'post' as const,
    kind: 'leadership' as const,
    seats: 1,
    approvingLevel: 'a',
    referenceLevel: 'commune' as const,
  };
  it.each<[string, PostLadder, string[]]>([
    [
      'duplicate codes',
      {
        posts: [
          { ...post, code: 'a', rank: 1 },
          { ...post, code: 'a', rank: 2 },
        ],
      },
      ['ladder.duplicate_code'],
    ],
    ['rank 0 and seats 0', { posts: [{ ...post, code: 'a', rank: 0, seats: 0 }] }, ['ladder.rank', 'ladder.seats']],
    ['unknown concurrency', { posts: [{ ...post, code: 'a', rank: 1, concurrentWith: 'zz' }] }, ['ladder.concurrent_unknown']],
    [
      'a group on two ranks of one ladder',
      {
        posts: [
          { ...post, code: 'a', rank: 1, group: 'g' },
          { ...post, code: 'b', rank: 2, group: 'g' },
        ],
      },
      ['ladder.group_ranks', 'ladder.group_ranks'],
    ],
    ['a committee seat on the post track', { posts: [{ ...post, code: 'a', rank: 1, kind: 'committee_seat' }] }, ['ladder.kind_track']],
    [
      'two groups in opposite orders in two ladders',
      {
        posts: [
          { ...post, code: 'a1', rank: 1, group: 'g' },
          { ...post, code: 'a2', rank: 2, group: 'h' },
          { ...post, unitKind: 'y', code: 'b1', rank: 1, group: 'h' },
          { ...post, unitKind: 'y', code: 'b2', rank: 2, group: 'g' },
        ],
      },
      ['ladder.group_order'],
    ],
  ])('%s', (_n, ladder, codes) => expect(validateLadder(ladder).map((i) => i.code)).toEqual(codes));
});
