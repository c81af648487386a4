// The province-wide view of plans (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): posts with no candidate,
// posts over the cap, candidates planned for more posts than allowed at one approving level.
import { checkCandidatesPerPost, checkPostsPerCandidate } from './caps.js';
import type { PlanEntry } from './candidate.js';
import { ladderPost, type PostLadder } from './ladder.js';
import type { RuleCheck } from './rule-check.js';
import type { PlanningCaps } from './settings.js';

export interface PlanOverview {
  /** Plannable leadership posts of the plan with no candidate. */
  withoutCandidate: string[];
  /** One failed check per post over its cap. */
  overCap: RuleCheck[];
  /** One failed check per person and approving level over the posts-per-candidate cap. */
  overPosts: Array<{ personId: string; check: RuleCheck }>;
}

/** Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW: the gaps and excesses of a plan whose posts are `postCodes` (concurrent-by-structure posts and committee seats are not expected to have candidates of their own). */
export function planOverview(
  ladder: PostLadder,
  postCodes: readonly string[],
  entries: readonly PlanEntry[],
  caps: PlanningCaps,
): PlanOverview {
  const byPost = new Map<string, string[]>();
  const byPerson = new Map<string, string[]>();
  for (const e of entries) {
    byPost.set(e.postCode, [...(byPost.get(e.postCode) ?? []), e.personId]);
    byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e.postCode]);
  }
  const leadership = postCodes.filter((c) => {
    const p = ladderPost(ladder, c);
    return p.kind === 'leadership' && !p.concurrentWith;
  });
  const overCap = leadership.map((c) => checkCandidatesPerPost(ladder, c, byPost.get(c) ?? [], caps)).filter((r) => r.outcome === 'fail');
  const overPosts = [...byPerson].flatMap(([personId, posts]) =>
    checkPostsPerCandidate(ladder, posts, caps)
      .filter((r) => r.outcome === 'fail')
      .map((check) => ({ personId, check })),
  );
  return { withoutCandidate: leadership.filter((c) => !byPost.has(c)), overCap, overPosts };
}
