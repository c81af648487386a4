import { describe, expect, it } from 'vitest';
import { DEFAULT_RETIREMENT_SCHEDULE as S } from '../retirement.js';
import { type CandidateProposal, checkCandidateProposal, type PlanEntry } from './candidate.js';
import { DEFAULT_POST_LADDER as L } from './ladder-defaults.js';
import { DEFAULT_PLANNING_SETTINGS as D } from './settings.js';

const SEC = 'commune.party.secretary';
const entries: PlanEntry[] = [
  { personId: 'a', postCode: SEC, targetLevel: 1 },
  { personId: 'b', postCode: SEC, targetLevel: 2 },
  { personId: 'c', postCode: SEC, targetLevel: 2 },
  { personId: 'x', postCode: 'commune.pc.chair', targetLevel: 1 },
  { personId: 'x', postCode: 'commune.front.chair', targetLevel: 1 },
  { personId: 'x', postCode: 'commune.inspection.chair', targetLevel: 1 },
];
const proposal: CandidateProposal = {
  personId: 'n',
  postCode: 'commune.party.standing_deputy_secretary',
  targetLevel: 1,
  currentPosts: ['commune.pc.chair'],
  gender: 'male',
  dateOfBirth: '1980-05-10',
  referenceMonth: '2030-07',
  standards: { required: { political_theory: 'advanced' }, held: { political_theory: 'advanced' }, training: [] },
};
const run = (over: Partial<CandidateProposal>) =>
  checkCandidateProposal(L, entries, { ...proposal, ...over }, D, S).map((c) => `${c.code}:${c.outcome}`);

describe('checkCandidateProposal (Quy định 377-QĐ/TW: the plan form)', () => {
  it('a good proposal passes every check', () => {
    expect(run({})).toEqual([
      'planning.post.ok:pass',
      'planning.cap.candidates_per_post.ok:pass',
      'planning.cap.posts_per_candidate.ok:pass',
      'planning.age.ok:pass',
      'planning.standard.ok:pass',
    ]);
  });
  it.each<[string, Partial<CandidateProposal>, string]>([
    ['a 4th candidate for the secretary', { postCode: SEC, targetLevel: 2 }, 'planning.cap.candidates_per_post:fail'],
    ['a candidate for their current post', { postCode: 'commune.pc.chair' }, 'planning.post.same:fail'],
    [
      'a target-2 candidate with 100 months left',
      { postCode: SEC, targetLevel: 2, personId: 'a', dateOfBirth: '1976-10-20' },
      'planning.age.months_left:fail',
    ],
    [
      'a 4th post at the province level for one person',
      { personId: 'x', currentPosts: ['commune.pc.vice_chair'] },
      'planning.cap.posts_per_candidate:fail',
    ],
    [
      'target 1 short of the standard',
      { standards: { required: { political_theory: 'advanced' }, held: { political_theory: 'intermediate' }, training: [] } },
      'planning.standard.not_met:fail',
    ],
  ])('%s', (_n, over, code) => expect(run(over)).toContain(code));
  it('changing the target of an existing entry does not count the person twice', () => {
    expect(run({ personId: 'a', postCode: SEC, targetLevel: 2 })).toContain('planning.cap.candidates_per_post.ok:pass');
  });
  it('a committee seat is not capped per post or per candidate', () => {
    const r = run({ postCode: 'commune.committee.executive_member', currentPosts: [] });
    expect(r.some((c) => c.startsWith('planning.cap.'))).toBe(false);
  });
});
