import { describe, expect, it } from 'vitest';
import type { PlanEntry } from './candidate.js';
import { DEFAULT_POST_LADDER as L } from './ladder-defaults.js';
import { planOverview } from './overview.js';
import { DEFAULT_PLANNING_SETTINGS as D } from './settings.js';

const c = (s: string) => `commune.${s}`;
const e = (personId: string, post: string, targetLevel: 1 | 2 = 1): PlanEntry => ({ personId, postCode: c(post), targetLevel });

describe('planOverview (Quy định 377-QĐ/TW: the province-wide view)', () => {
  const posts = [
    c('party.secretary'),
    c('council.chair'),
    c('pc.chair'),
    c('front.chair'),
    c('inspection.chair'),
    c('pc.vice_chair'),
    c('committee.executive_member'),
  ];
  const entries = [
    e('a', 'party.secretary'),
    e('b', 'party.secretary', 2),
    e('c', 'party.secretary', 2),
    e('d', 'party.secretary', 2),
    e('x', 'pc.chair'),
    e('x', 'front.chair'),
    e('x', 'inspection.chair'),
    e('x', 'party.secretary', 2),
    e('y', 'pc.vice_chair'),
    e('y', 'committee.executive_member'),
  ];
  const o = planOverview(L, posts, entries, D.caps);
  it('posts with no candidate: the concurrent council chair and committee seats are not expected', () => {
    expect(o.withoutCandidate).toEqual([]);
    expect(planOverview(L, posts, [], D.caps).withoutCandidate).toEqual([
      c('party.secretary'),
      c('pc.chair'),
      c('front.chair'),
      c('inspection.chair'),
      c('pc.vice_chair'),
    ]);
  });
  it('posts over the cap', () => {
    expect(o.overCap.map((r) => [r.params.post, r.params.count, r.params.cap])).toEqual([[c('party.secretary'), 5, 3]]);
  });
  it('candidates in more posts than allowed at one approving level', () => {
    expect(o.overPosts.map((r) => [r.personId, r.check.params.approvingLevel, r.check.params.count])).toEqual([
      ['x', 'province_standing', 4],
    ]);
  });
});
