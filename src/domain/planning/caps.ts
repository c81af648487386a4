// The caps of a plan (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): candidates per post, posts per
// candidate at one approving level, and the planned seats of a committee.
//
// Choices: candidates are counted as distinct people whatever their target (1 or 2); a post's cap is
// candidatesPerSeat × its seats (3 deputy seats → 9). Committee seats do not count towards a person's
// posts. A committee planned above the maximum fails; below the minimum it warns (the plan is not yet
// complete, which is allowed while it is built).
import { PLANNING_RULES } from './citations.js';
import { ladderPost, type PostLadder } from './ladder.js';
import { type RuleCheck, ruleCheck } from './rule-check.js';
import type { PlanningCaps } from './settings.js';

const EPS = 1e-9;

function positiveInt(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a positive integer: ${n}`);
}

/** Quy định 377-QĐ/TW (mỗi chức danh không quá 3 người): the most candidates a post with `seats` seats may have. */
export function candidateCap(seats: number, caps: PlanningCaps): number {
  positiveInt(seats, 'Seats');
  return caps.candidatesPerSeat * seats;
}

/** Quy định 377-QĐ/TW (mỗi chức danh không quá 3 người): the distinct candidates of a leadership post against its cap. */
export function checkCandidatesPerPost(ladder: PostLadder, postCode: string, personIds: readonly string[], caps: PlanningCaps): RuleCheck {
  const post = ladderPost(ladder, postCode);
  const count = new Set(personIds).size;
  const cap = candidateCap(post.seats, caps);
  const params = { post: postCode, seats: post.seats, perSeat: caps.candidatesPerSeat, cap, count };
  return ruleCheck(
    count > cap ? 'planning.cap.candidates_per_post' : 'planning.cap.candidates_per_post.ok',
    count > cap ? 'fail' : 'pass',
    PLANNING_RULES.candidatesPerPost,
    params,
  );
}

/** Quy định 377-QĐ/TW (mỗi người không quá 3 chức danh cùng cấp phê duyệt; không tính chức danh cấp ủy): one check per approving level of the person's planned posts. */
export function checkPostsPerCandidate(ladder: PostLadder, postCodes: readonly string[], caps: PlanningCaps): RuleCheck[] {
  const byLevel = new Map<string, Set<string>>();
  for (const code of postCodes) {
    const post = ladderPost(ladder, code);
    if (post.kind === 'committee_seat') continue;
    const set = byLevel.get(post.approvingLevel) ?? new Set<string>();
    set.add(code);
    byLevel.set(post.approvingLevel, set);
  }
  return [...byLevel].map(([level, posts]) => {
    const over = posts.size > caps.postsPerCandidate;
    return ruleCheck(
      over ? 'planning.cap.posts_per_candidate' : 'planning.cap.posts_per_candidate.ok',
      over ? 'fail' : 'pass',
      PLANNING_RULES.postsPerCandidate,
      {
        approvingLevel: level,
        count: posts.size,
        cap: caps.postsPerCandidate,
        posts: [...posts].sort(),
      },
    );
  });
}

/** Hướng dẫn 45-HD/BTCTW (quy hoạch cấp ủy, BTV, UBKT từ 1 đến 1,5 lần, làm tròn lên): the planned-seat range for a fixed number (50 → 50–75, 15 → 15–23, 9 → 9–14). */
export function plannedSeatsRange(fixed: number, caps: PlanningCaps): { min: number; max: number } {
  positiveInt(fixed, 'Fixed number of seats');
  // The epsilon keeps products such as 1.1 × 50 = 55.000000000000007 from rounding up to 56.
  const up = (x: number) => Math.ceil(x - EPS);
  return { min: up(fixed * caps.committeeSeatsMinFactor), max: up(fixed * caps.committeeSeatsMaxFactor) };
}

/** Hướng dẫn 45-HD/BTCTW (quy hoạch cấp ủy, BTV, UBKT từ 1 đến 1,5 lần): the number of people planned for a committee against its range. */
export function checkCommitteeSeats(
  committee: 'executive' | 'standing' | 'inspection',
  fixed: number,
  planned: number,
  caps: PlanningCaps,
): RuleCheck {
  const { min, max } = plannedSeatsRange(fixed, caps);
  if (!Number.isInteger(planned) || planned < 0) throw new RangeError(`Planned count must be a non-negative integer: ${planned}`);
  const params = { committee, fixed, planned, min, max, minFactor: caps.committeeSeatsMinFactor, maxFactor: caps.committeeSeatsMaxFactor };
  if (planned > max) return ruleCheck('planning.cap.committee_over', 'fail', PLANNING_RULES.committeeSeats, params);
  if (planned < min) return ruleCheck('planning.cap.committee_under', 'warn', PLANNING_RULES.committeeSeats, params);
  return ruleCheck('planning.cap.committee.ok', 'pass', PLANNING_RULES.committeeSeats, params);
}
