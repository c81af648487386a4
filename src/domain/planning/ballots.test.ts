import { describe, expect, it } from 'vitest';
import { type BallotRound, tallyBallot, validateBallotRound } from './ballots.js';
import { DEFAULT_PLANNING_SETTINGS as D, type PlanningBallotRules } from './settings.js';

const B = D.ballot;
const round = (present: number, votes: Record<string, number>, members = 15): BallotRound => ({ members, present, votes });

describe('tallyBallot (Hướng dẫn 45-HD/BTCTW: > 50% of those present, configurable)', () => {
  it.each<[string, BallotRound[], number, PlanningBallotRules, string[], string[][]]>([
    ['one seat, a clear winner', [round(14, { a: 9, b: 5 })], 1, B, ['a'], [[]]],
    ['exactly half of those present is not more than half', [round(14, { a: 7, b: 7 })], 1, B, [], [[]]],
    ['8 of 15 present', [round(15, { a: 8 })], 1, B, ['a'], [[]]],
    ['two reach for one seat: the most votes', [round(15, { a: 9, b: 12 })], 1, B, ['b'], [[]]],
    ['two reach with equal votes for one seat: a tie, nobody', [round(15, { a: 10, b: 10 })], 1, B, [], [['a', 'b']]],
    ['a tie for the last seat keeps the one above', [round(15, { a: 12, b: 10, c: 10 })], 2, B, ['a'], [['b', 'c']]],
    ['a second round breaks the tie', [round(15, { a: 12, b: 10, c: 10 }), round(15, { b: 9, c: 6 })], 2, B, ['a', 'b'], [['b', 'c'], []]],
    ['no quorum: 9 of 15 present (< 2/3)', [round(9, { a: 9 })], 1, B, [], [[]]],
    ['quorum exactly 2/3: 10 of 15', [round(10, { a: 6 })], 1, B, ['a'], [[]]],
    [
      'base = all members: 7 of 15 is not more than half',
      [round(14, { a: 7 })],
      1,
      { ...B, threshold: { ...B.threshold, base: 'members' } },
      [],
      [[]],
    ],
    [
      'base = members, at least 2/3: 10 of 15',
      [round(14, { a: 10 })],
      1,
      { ...B, threshold: { num: 2, den: 3, strict: false, base: 'members' } },
      ['a'],
      [[]],
    ],
    ['someone selected in round 1 is not counted again', [round(15, { a: 12 }), round(15, { a: 15, b: 9 })], 2, B, ['a', 'b'], [[], []]],
  ])('%s', (_n, rounds, seats, rules, selected, tied) => {
    const r = tallyBallot(rounds, seats, rules);
    expect(r.selected).toEqual(selected);
    expect(r.rounds.map((x) => x.tied)).toEqual(tied);
  });

  it("each candidate's check carries the numbers used", () => {
    const r = tallyBallot([round(14, { a: 7, b: 8 })], 1, B);
    const [a, b] = r.rounds[0].candidates;
    expect(a.check).toMatchObject({
      code: 'planning.ballot.not_reached',
      outcome: 'fail',
      params: { votes: 7, base: 14, needed: 8, pct: 50 },
    });
    expect(b.check).toMatchObject({
      code: 'planning.ballot.reached',
      outcome: 'pass',
      params: { votes: 8, base: 14, needed: 8, pct: 57.14 },
    });
    expect(r.rounds[0].quorum).toMatchObject({ outcome: 'pass', params: { present: 14, members: 15 } });
  });

  it('an invalid round is an error naming the field', () => {
    expect(() => tallyBallot([round(16, { a: 1 })], 1, B)).toThrow(/rounds\.0\.present/);
    expect(() => tallyBallot([round(10, { a: 11 })], 1, B)).toThrow(/rounds\.0\.votes\.a/);
    expect(() => tallyBallot([round(10, { a: 1 })], 0, B)).toThrow(RangeError);
  });
});

describe('validateBallotRound', () => {
  it.each<[string, BallotRound, string[]]>([
    ['valid', round(10, { a: 10, b: 0 }), []],
    ['more present than members', round(16, {}), ['rounds.0.present:ballot.present_over_members']],
    ['more votes than present', round(10, { a: 11 }), ['rounds.0.votes.a:ballot.votes_over_present']],
    ['negative and fractional counts', round(10, { a: -1, b: 2.5 }), ['rounds.0.votes.a:ballot.count', 'rounds.0.votes.b:ballot.count']],
    ['no members', round(0, {}, 0), ['rounds.0.members:ballot.members']],
  ])('%s', (_n, r, want) => expect(validateBallotRound(r).map((i) => `${i.field}:${i.code}`)).toEqual(want));
});
