// Runs the domain's planning rules (src/domain/planning — never re-implemented here) on the facts read
// for one plan: the plan's posts for its unit kind and term, each candidate's checks, age at the
// reference month and months left.
import { diffMonths } from '../../../domain/dates.js';
import {
  type CandidateProposal,
  type PlanEntry,
  type PlanningSettings,
  type PostLadder,
  type RuleCheck,
  type TrainingPlanEntry,
  checkCandidateProposal,
  firstDayOfMonth,
  monthsLeftAt,
  referenceMonthFor,
} from '../../../domain/planning/index.js';
import { type RetirementSchedule, retirementDate } from '../../../domain/retirement.js';
import type { PersonFacts } from './planning.facts.queries.js';
import type { LadderRow } from './planning.queries.js';
import { standardCodes } from './planning.qualifications.js';

/** The ladder's unit kind of an organisation unit, or null when no plan is made for that kind of unit. */
export function ladderKindOf(unitKind: string): 'commune' | 'province' | null {
  if (unitKind === 'commune' || unitKind === 'ward' || unitKind === 'special_zone') return 'commune';
  if (unitKind === 'province') return 'province';
  return null;
}

export interface PlanPost {
  row: LadderRow;
  referenceMonth: string;
}

/** The plannable posts of a unit kind in a term (those whose reference level has a month configured), and those held by structure. */
export function planPosts(rows: readonly LadderRow[], kind: 'commune' | 'province', termId: string, settings: PlanningSettings) {
  const posts: PlanPost[] = [];
  const concurrent: LadderRow[] = [];
  for (const row of rows) {
    if (row.unit_kind !== kind) continue;
    if (row.concurrent_with !== null) {
      concurrent.push(row);
      continue;
    }
    const referenceMonth = referenceMonthFor(settings.age, termId, row.reference_level);
    if (referenceMonth !== null) posts.push({ row, referenceMonth });
  }
  return { posts, concurrent };
}

/** The standards the post requires, limited to the dimensions and levels the configured scales know. */
function required(row: LadderRow, settings: PlanningSettings): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [dimension, level] of Object.entries(row.standards as Record<string, string>)) {
    if (settings.standards.scales[dimension]?.includes(level)) out[dimension] = level;
  }
  return out;
}

export interface CandidateInput {
  personId: string;
  postCode: string;
  targetLevel: 1 | 2;
  training: readonly TrainingPlanEntry[];
}

/** Every check of one candidate (the post, the caps with the other entries, the age, the standards). */
export function candidateChecks(
  ladder: PostLadder,
  post: PlanPost,
  person: PersonFacts,
  held: readonly string[],
  candidate: CandidateInput,
  entries: readonly PlanEntry[],
  settings: PlanningSettings,
  schedule: RetirementSchedule,
): RuleCheck[] {
  const codes = standardCodes(person);
  const heldLevels: Record<string, string | null> = {};
  for (const [dimension, level] of Object.entries(codes)) {
    heldLevels[dimension] = level !== null && settings.standards.scales[dimension]?.includes(level) ? level : null;
  }
  const proposal: CandidateProposal = {
    personId: candidate.personId,
    postCode: candidate.postCode,
    targetLevel: candidate.targetLevel,
    currentPosts: held.filter((c) => ladder.posts.some((p) => p.code === c)),
    gender: person.gender,
    dateOfBirth: person.date_of_birth,
    referenceMonth: post.referenceMonth,
    standards: { required: required(post.row, settings), held: heldLevels, training: candidate.training },
  };
  return checkCandidateProposal(ladder, entries, proposal, settings, schedule);
}

/** Age at the first day of the reference month, months of work left then, and the retirement date (NĐ 135/2020). */
export function ageFacts(person: PersonFacts, referenceMonth: string, schedule: RetirementSchedule) {
  const months = diffMonths(person.date_of_birth, firstDayOfMonth(referenceMonth));
  return {
    ageAtReference: { years: Math.floor(months / 12), months: months % 12 },
    monthsLeft: monthsLeftAt(person.gender, person.date_of_birth, referenceMonth, schedule),
    retirementDate: retirementDate(person.gender, person.date_of_birth, schedule),
  };
}
