// Every rule checked when a candidate is added to a plan (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW), in
// the order the plan form shows them: the post (higher, steps), the caps with the new entry counted, the
// age at the term's reference month, the standards. The refusals come from here: a 4th candidate,
// a candidate for their current post, a target-2 candidate with 100 months left.
import type { Gender, RetirementSchedule } from '../retirement.js';
import { checkPlanningAge } from './age.js';
import { checkCandidatesPerPost, checkPostsPerCandidate } from './caps.js';
import { checkPlannable, ladderPost, type PostLadder, type TargetLevel } from './ladder.js';
import type { RuleCheck } from './rule-check.js';
import type { PlanningSettings } from './settings.js';
import { checkStandards, type StandardsInput } from './standards.js';

export interface PlanEntry {
  personId: string;
  postCode: string;
  targetLevel: TargetLevel;
}

export interface CandidateProposal extends PlanEntry {
  /** Ladder codes of the posts the person holds. */
  currentPosts: readonly string[];
  gender: Gender;
  dateOfBirth: string;
  referenceMonth: string;
  /** The post's standards and the person's levels (StandardsInput without the target and month). */
  standards: Omit<StandardsInput, 'targetLevel' | 'referenceMonth'>;
}

/** Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW: every check of adding `proposal` to a plan whose other entries (same approving level) are `entries`. */
export function checkCandidateProposal(
  ladder: PostLadder,
  entries: readonly PlanEntry[],
  proposal: CandidateProposal,
  settings: Pick<PlanningSettings, 'caps' | 'age' | 'standards'>,
  schedule: RetirementSchedule,
): RuleCheck[] {
  // The proposal replaces an existing entry of the same person and post (a change of target).
  const others = entries.filter((e) => !(e.personId === proposal.personId && e.postCode === proposal.postCode));
  const checks: RuleCheck[] = [checkPlannable(ladder, proposal.currentPosts, proposal.postCode, proposal.targetLevel)];
  if (ladderPost(ladder, proposal.postCode).kind === 'leadership') {
    const people = others.filter((e) => e.postCode === proposal.postCode).map((e) => e.personId);
    checks.push(checkCandidatesPerPost(ladder, proposal.postCode, [...people, proposal.personId], settings.caps));
  }
  const posts = others.filter((e) => e.personId === proposal.personId).map((e) => e.postCode);
  const level = ladderPost(ladder, proposal.postCode).approvingLevel;
  checks.push(
    ...checkPostsPerCandidate(ladder, [...posts, proposal.postCode], settings.caps).filter((c) => c.params.approvingLevel === level),
  );
  checks.push(checkPlanningAge(proposal, settings.age, schedule));
  checks.push(
    ...checkStandards(
      { ...proposal.standards, targetLevel: proposal.targetLevel, referenceMonth: proposal.referenceMonth },
      settings.standards,
    ),
  );
  return checks;
}
