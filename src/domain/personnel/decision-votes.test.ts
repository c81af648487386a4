import { describe, expect, it } from 'vitest';
import { checkMembershipChangeVote, checkRemovalVote } from './decision-votes.js';
import { DEFAULT_PERSONNEL_SETTINGS as D } from './settings.js';

const V = D.votes;

describe('checkMembershipChangeVote (Quy định 377-QĐ/TW: secret ballot, > 2/3 of the members)', () => {
  it.each<[string, number, number, number, boolean, string[]]>([
    ['11 of 15 members, secret', 15, 14, 11, true, ['personnel.vote.secret.ok:pass', 'personnel.vote.membership.ok:pass']],
    ['10 of 15 is exactly 2/3: not more', 15, 15, 10, true, ['personnel.vote.secret.ok:pass', 'personnel.vote.membership:fail']],
    [
      '34 of 50 with 40 present (the base is all members)',
      50,
      40,
      34,
      true,
      ['personnel.vote.secret.ok:pass', 'personnel.vote.membership.ok:pass'],
    ],
    ['33 of 50', 50, 50, 33, true, ['personnel.vote.secret.ok:pass', 'personnel.vote.membership:fail']],
    ['a show of hands is refused', 15, 15, 15, false, ['personnel.vote.not_secret:fail', 'personnel.vote.membership.ok:pass']],
  ])('%s', (_n, members, present, votes, secret, want) => {
    const got = checkMembershipChangeVote({ members, present, votes, secret }, V);
    expect(got.map((c) => `${c.code}:${c.outcome}`)).toEqual(want);
    expect(got[got.length - 1].params).toMatchObject({ members, votes });
  });
  it('shows the votes needed', () => {
    expect(checkMembershipChangeVote({ members: 15, present: 15, votes: 10, secret: true }, V)[1].params).toMatchObject({ needed: 11 });
  });
});

describe('checkRemovalVote (Quy định 377-QĐ/TW: > 50% of the members)', () => {
  it.each<[number, number, number, 'pass' | 'fail', number]>([
    [15, 15, 8, 'pass', 8],
    [15, 15, 7, 'fail', 8],
    [50, 50, 25, 'fail', 26],
    [50, 30, 26, 'pass', 26],
    [9, 6, 5, 'pass', 5],
  ])('members %s, present %s, votes %s → %s', (members, present, votes, outcome, needed) => {
    expect(checkRemovalVote({ members, present, votes }, V)).toMatchObject({ outcome, params: { needed } });
  });
  it('the threshold is a parameter', () => {
    expect(
      checkRemovalVote({ members: 15, present: 15, votes: 8 }, { ...V, removal: { num: 2, den: 3, strict: false, base: 'members' } })
        .outcome,
    ).toBe('fail');
  });
});
