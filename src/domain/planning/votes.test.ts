import { describe, expect, it } from 'vitest';
import type { VoteThreshold } from './settings.js';
import { reachesThreshold, votesNeeded } from './votes.js';

const HALF_PRESENT: VoteThreshold = { num: 1, den: 2, strict: true, base: 'present' };
const TWO_THIRDS_MEMBERS: VoteThreshold = { num: 2, den: 3, strict: true, base: 'members' };
const HALF_MEMBERS: VoteThreshold = { num: 1, den: 2, strict: true, base: 'members' };
const AT_LEAST_TWO_THIRDS: VoteThreshold = { num: 2, den: 3, strict: false, base: 'members' };

describe('reachesThreshold / votesNeeded (exact fractions, no floating point)', () => {
  it.each<[string, VoteThreshold, number, number, number, boolean, number]>([
    ['> 1/2 present: 8 of 14', HALF_PRESENT, 15, 14, 8, true, 8],
    ['> 1/2 present: 7 of 14', HALF_PRESENT, 15, 14, 7, false, 8],
    ['> 1/2 present: 7 of 13', HALF_PRESENT, 15, 13, 7, true, 7],
    ['> 2/3 members: 10 of 15 is exactly 2/3', TWO_THIRDS_MEMBERS, 15, 15, 10, false, 11],
    ['> 2/3 members: 11 of 15', TWO_THIRDS_MEMBERS, 15, 13, 11, true, 11],
    ['> 2/3 members: 34 of 50', TWO_THIRDS_MEMBERS, 50, 48, 34, true, 34],
    ['> 2/3 members: 33 of 50', TWO_THIRDS_MEMBERS, 50, 48, 33, false, 34],
    ['≥ 2/3 members: 10 of 15', AT_LEAST_TWO_THIRDS, 15, 15, 10, true, 10],
    ['≥ 2/3 members: 34 of 50', AT_LEAST_TWO_THIRDS, 50, 50, 34, true, 34],
    ['> 1/2 members: 25 of 50', HALF_MEMBERS, 50, 50, 25, false, 26],
    ['> 1/2 members: 26 of 50 with 30 present', HALF_MEMBERS, 50, 30, 26, true, 26],
    ['nobody present', HALF_PRESENT, 15, 0, 0, false, 1],
  ])('%s', (_n, t, members, present, votes, ok, needed) => {
    expect(reachesThreshold({ members, present, votes }, t)).toBe(ok);
    expect(votesNeeded(members, present, t)).toBe(needed);
    // votesNeeded is the boundary: one fewer never reaches, that many always does (when possible).
    if (needed <= present) expect(reachesThreshold({ members, present, votes: needed }, t)).toBe(true);
    if (needed - 1 >= 0) expect(reachesThreshold({ members, present, votes: needed - 1 }, t)).toBe(false);
  });
  it.each<[number, number, number]>([
    [10, 11, 5],
    [10, 5, 6],
    [10, 5, -1],
    [10, 5, 1.5],
  ])('members %s, present %s, votes %s is an error', (members, present, votes) => {
    expect(() => reachesThreshold({ members, present, votes }, HALF_PRESENT)).toThrow(RangeError);
  });
});
