import { describe, expect, it } from 'vitest';
import { candidateCap, checkCandidatesPerPost, checkCommitteeSeats, checkPostsPerCandidate, plannedSeatsRange } from './caps.js';
import { DEFAULT_POST_LADDER as L } from './ladder-defaults.js';
import { DEFAULT_PLANNING_SETTINGS, type PlanningCaps } from './settings.js';

const C = DEFAULT_PLANNING_SETTINGS.caps;

describe('candidateCap / checkCandidatesPerPost (Quy định 377-QĐ/TW: ≤ 3 per post)', () => {
  it.each<[number, number]>([
    [1, 3],
    [2, 6],
    [3, 9],
    [4, 12],
  ])('%s seats → %s', (seats, cap) => expect(candidateCap(seats, C)).toBe(cap));
  it.each([0, -1, 1.5])('seats %s is an error', (s) => expect(() => candidateCap(s, C)).toThrow(RangeError));

  it.each<[string, string, string[], 'pass' | 'fail', number]>([
    ['3 candidates for the secretary', 'commune.party.secretary', ['a', 'b', 'c'], 'pass', 3],
    ['a 4th candidate for the secretary', 'commune.party.secretary', ['a', 'b', 'c', 'd'], 'fail', 3],
    ['the same person twice counts once', 'commune.party.secretary', ['a', 'b', 'c', 'a'], 'pass', 3],
    ['2 vice-chair seats → 6', 'commune.pc.vice_chair', ['a', 'b', 'c', 'd', 'e', 'f'], 'pass', 6],
    ['2 vice-chair seats → a 7th fails', 'commune.pc.vice_chair', ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'fail', 6],
    ['3 deputy-director seats → 9', 'province.department.deputy_director', Array.from({ length: 9 }, (_, i) => `p${i}`), 'pass', 9],
    [
      '3 deputy-director seats → a 10th fails',
      'province.department.deputy_director',
      Array.from({ length: 10 }, (_, i) => `p${i}`),
      'fail',
      9,
    ],
  ])('%s', (_n, post, people, outcome, cap) => {
    const r = checkCandidatesPerPost(L, post, people, C);
    expect(r).toMatchObject({ outcome, params: { cap, count: new Set(people).size, post } });
    expect(r.code).toBe(outcome === 'fail' ? 'planning.cap.candidates_per_post' : 'planning.cap.candidates_per_post.ok');
  });
  it('the cap is a parameter', () => {
    expect(checkCandidatesPerPost(L, 'commune.party.secretary', ['a', 'b', 'c'], { ...C, candidatesPerSeat: 2 }).outcome).toBe('fail');
  });
});

describe('checkPostsPerCandidate (Quy định 377-QĐ/TW: ≤ 3 posts at one approving level, committee seats not counted)', () => {
  it.each<[string, string[], Array<[string, number, 'pass' | 'fail']>]>([
    [
      '3 posts approved by the province standing committee',
      ['commune.party.secretary', 'commune.pc.chair', 'commune.front.chair'],
      [['province_standing', 3, 'pass']],
    ],
    [
      '4 posts at one level',
      ['commune.party.secretary', 'commune.pc.chair', 'commune.front.chair', 'commune.inspection.chair'],
      [['province_standing', 4, 'fail']],
    ],
    [
      'committee seats do not count',
      [
        'commune.party.secretary',
        'commune.pc.chair',
        'commune.front.chair',
        'commune.committee.standing_member',
        'commune.committee.executive_member',
      ],
      [['province_standing', 3, 'pass']],
    ],
    [
      'different approving levels are counted apart',
      ['commune.party.secretary', 'commune.pc.chair', 'commune.front.chair', 'commune.pc.vice_chair', 'commune.party.office_chief'],
      [
        ['province_standing', 3, 'pass'],
        ['commune_standing', 2, 'pass'],
      ],
    ],
    ['the same post twice counts once', ['commune.pc.chair', 'commune.pc.chair'], [['province_standing', 1, 'pass']]],
    ['only committee seats: nothing to check', ['commune.committee.executive_member'], []],
  ])('%s', (_n, posts, want) => {
    const got = checkPostsPerCandidate(L, posts, C).map((r) => [r.params.approvingLevel, r.params.count, r.outcome]);
    expect(got).toEqual(want);
  });
});

describe('plannedSeatsRange / checkCommitteeSeats (Hướng dẫn 45-HD/BTCTW: 1.0–1.5 ×, rounded up)', () => {
  it.each<[number, number, number]>([
    [50, 50, 75],
    [15, 15, 23],
    [9, 9, 14],
    [1, 1, 2],
    [7, 7, 11],
    [33, 33, 50],
    [51, 51, 77],
  ])('fixed %s → %s–%s', (fixed, min, max) => expect(plannedSeatsRange(fixed, C)).toEqual({ min, max }));
  it('factors are parameters and products are not spoiled by floating point (1.1 × 50 = 55)', () => {
    const caps: PlanningCaps = { ...C, committeeSeatsMinFactor: 1.1, committeeSeatsMaxFactor: 1.3 };
    expect(plannedSeatsRange(50, caps)).toEqual({ min: 55, max: 65 });
    expect(plannedSeatsRange(15, caps)).toEqual({ min: 17, max: 20 }); // 16.5 → 17, 19.5 → 20
  });
  it.each([0, -3, 2.5])('fixed %s is an error', (f) => expect(() => plannedSeatsRange(f, C)).toThrow(RangeError));

  it.each<[number, number, string, 'pass' | 'fail' | 'warn']>([
    [15, 23, 'planning.cap.committee.ok', 'pass'],
    [15, 24, 'planning.cap.committee_over', 'fail'],
    [15, 15, 'planning.cap.committee.ok', 'pass'],
    [15, 14, 'planning.cap.committee_under', 'warn'],
    [50, 75, 'planning.cap.committee.ok', 'pass'],
    [50, 76, 'planning.cap.committee_over', 'fail'],
    [9, 14, 'planning.cap.committee.ok', 'pass'],
    [9, 15, 'planning.cap.committee_over', 'fail'],
  ])('fixed %s, planned %s → %s', (fixed, planned, code, outcome) => {
    const r = checkCommitteeSeats('standing', fixed, planned, C);
    expect(r).toMatchObject({ code, outcome, params: { fixed, planned } });
    expect(r.rule).toMatch(/Hướng dẫn 45-HD\/BTCTW/);
  });
});
