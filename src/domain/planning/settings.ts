// The numbers of planning (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW) as configuration. Each object
// below is the JSON value of one `regulation_setting` row (key in PLANNING_SETTING_KEYS, effective
// from the date shown there); DEFAULT_PLANNING_SETTINGS is THE SEED for those rows — the migration
// that creates them must write exactly these values. No rule reads a number from anywhere else.
// [U] marks a default DOMAIN.md could not confirm: configurable, shown as the default.
import type { DisciplineKind, Level } from '../evaluation/config.js';

/** The level that fixes a term's reference month (the age rule). */
export type ReferenceLevel = 'grassroots' | 'commune' | 'province' | 'state';

/** Setting 'planning.caps' (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW). */
export interface PlanningCaps {
  /** At most this many candidates per seat of a leadership post (3; 3 deputy seats → 9). */
  candidatesPerSeat: number;
  /** At most this many posts per candidate at the same approving level (committee seats do not count). */
  postsPerCandidate: number;
  /** Committee, standing and inspection seats planned at min..max × the fixed number, rounded up. */
  committeeSeatsMinFactor: number;
  committeeSeatsMaxFactor: number;
}

/** Setting 'planning.age' (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW). */
export interface PlanningAgeRules {
  /** Months of work left before retirement at the reference month: target 1 ≥ 60, target 2 ≥ 120. */
  minMonthsLeft: { 1: number; 2: number };
  /** Reference month 'YYYY-MM' per term id and level (grassroots 04/2030, commune 07/2030, province 09/2030; state 03/2031). */
  referenceMonths: Record<string, Partial<Record<ReferenceLevel, string>>>;
}

/** One standards dimension: its ordered scale, lowest first (codes the people module maps its fields to). */
export type StandardScales = Record<string, readonly string[]>;

/** Setting 'planning.standards' (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW). */
export interface PlanningStandardsRules {
  scales: StandardScales;
  /** Target 2 may meet a standard later through a training plan finished by the reference month (true) or at any date (false). */
  trainingDueByReferenceMonth: boolean;
}

/** Setting 'planning.structure' (Hướng dẫn 45-HD/BTCTW; targets are the province's [U]). */
export interface PlanningStructureRules {
  /** "Young" = younger than this many whole years on the date the plan is measured [U: 40]. */
  youngUnderAgeYears: number;
  /** Ethnicities that are NOT a minority (compared without case or diacritics). */
  majorityEthnicities: readonly string[];
  /** Qualification fields that count as science and technology [U]. */
  scienceTechnologyFields: readonly string[];
  /** Minimum shares in percent; null = no target configured (shown, not checked). */
  targets: { young: number | null; female: number | null; ethnicMinority: number | null; scienceTechnology: number | null };
}

/** Setting 'planning.review' (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW) [U: the rating rule]. */
export interface PlanningReviewRules {
  /** A year rated below this level removes the candidate at the yearly review. */
  minYearLevel: Level;
  /** Also removed when rated at or below `level` for `years` consecutive years; null = not used. */
  consecutiveLow: { level: Level; years: number } | null;
  /** Discipline kinds that remove a candidate immediately when the decision is recorded. */
  immediateRemovalKinds: readonly DisciplineKind[];
}

/** Setting 'planning.cadence' (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW). */
export interface PlanningCadenceRules {
  /** The next term's plan is built in this year of the term (1 = the first year). */
  nextTermPlanYearOfTerm: number;
  /** Yearly review and top-up: from month to month (inclusive) of each year — Q1. */
  reviewFromMonth: number;
  reviewToMonth: number;
  /** Approvals reported upward by this day of each year, 'MM-DD'. */
  reportBy: string;
}

/** A vote threshold: votes × den compared with num × base (strict: >, else ≥), base = members present or all members. */
export interface VoteThreshold {
  num: number;
  den: number;
  strict: boolean;
  base: 'present' | 'members';
}

/** Setting 'planning.ballot' (Hướng dẫn 45-HD/BTCTW) [U: threshold and base]. */
export interface PlanningBallotRules {
  threshold: VoteThreshold;
  /** A round is valid only with at least num/den of the members present (Điều lệ Đảng: 2/3) [U]. */
  quorum: { num: number; den: number };
}

export interface PlanningSettings {
  caps: PlanningCaps;
  age: PlanningAgeRules;
  standards: PlanningStandardsRules;
  structure: PlanningStructureRules;
  review: PlanningReviewRules;
  cadence: PlanningCadenceRules;
  ballot: PlanningBallotRules;
}

/** The `regulation_setting` keys and the effective-from date of the seed rows (QĐ 377 of 08/10/2025). */
export const PLANNING_SETTING_KEYS = {
  caps: 'planning.caps',
  age: 'planning.age',
  standards: 'planning.standards',
  structure: 'planning.structure',
  review: 'planning.review',
  cadence: 'planning.cadence',
  ballot: 'planning.ballot',
} as const satisfies Record<keyof PlanningSettings, string>;
/** Quy định 377-QĐ/TW was signed on 08/10/2025: the seed rows take effect from that day. */
export const PLANNING_SETTINGS_EFFECTIVE_FROM = '2025-10-08';

/**
 * SEED for the `regulation_setting` rows above (source: Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW).
 * [C] caps, age months and reference months, cadence; [U] structure targets and "young", the review's
 * rating rule, the ballot threshold and quorum, the standards' scales.
 */
export const DEFAULT_PLANNING_SETTINGS: PlanningSettings = {
  caps: { candidatesPerSeat: 3, postsPerCandidate: 3, committeeSeatsMinFactor: 1, committeeSeatsMaxFactor: 1.5 },
  age: {
    minMonthsLeft: { 1: 60, 2: 120 },
    referenceMonths: {
      // Chỉ thị 45-CT/TW (14/4/2025): the month each level's 2025 congresses began (decision 0030).
      'party-2025-2030': { grassroots: '2025-04', commune: '2025-07', province: '2025-09' },
      'party-2030-2035': { grassroots: '2030-04', commune: '2030-07', province: '2030-09' },
      // The elections of the National Assembly and the People's Councils: 15/3/2026, then 03/2031 (decision 0037).
      'state-2026-2031': { state: '2026-03' },
      'state-2031-2036': { state: '2031-03' },
    },
  },
  standards: {
    scales: {
      // [U] codes the people module maps its free-text fields to, lowest first.
      qualification: ['intermediate', 'college', 'bachelor', 'master', 'doctor'],
      political_theory: ['elementary', 'intermediate', 'advanced', 'bachelor'],
      state_management: ['officer', 'principal_officer', 'senior_officer'],
    },
    trainingDueByReferenceMonth: true,
  },
  structure: {
    youngUnderAgeYears: 40, // [U]
    majorityEthnicities: ['Kinh'],
    scienceTechnologyFields: ['natural_sciences', 'engineering_technology', 'ict', 'medicine_pharmacy', 'agriculture_forestry_fisheries'], // [U]
    targets: { young: 10, female: 15, ethnicMinority: null, scienceTechnology: null }, // [U] the province sets them
  },
  review: {
    minYearLevel: 'completed', // [U] a year rated KHT removes
    consecutiveLow: { level: 'completed', years: 2 }, // [U] two years running at HT or below removes
    immediateRemovalKinds: ['reprimand', 'warning', 'removal', 'expulsion'],
  },
  cadence: { nextTermPlanYearOfTerm: 2, reviewFromMonth: 1, reviewToMonth: 3, reportBy: '06-30' },
  ballot: {
    threshold: { num: 1, den: 2, strict: true, base: 'present' }, // [U] more than 50% of those present
    quorum: { num: 2, den: 3 }, // [U]
  },
};
