// The numbers of personnel decisions (Quy định 377-QĐ/TW, Quy định 65-QĐ/TW, Nghị định 170/2025/NĐ-CP,
// Kết luận 210-KL/TW) as configuration. Each object below is the JSON value of one `regulation_setting`
// row (key in PERSONNEL_SETTING_KEYS); DEFAULT_PERSONNEL_SETTINGS is THE SEED for those rows — the
// migration that creates them must write exactly these values. [U] marks a default DOMAIN.md could not
// confirm: configurable, shown as the default.
import type { DisciplineKind, Level } from '../evaluation/config.js';
import type { VoteThreshold } from '../planning/settings.js';

/** Setting 'personnel.appointment' (Quy định 377-QĐ/TW). */
export interface AppointmentRules {
  /** At least this many months in the current post (counted across transfers at equal rank). */
  minMonthsInPost: number;
  /** A gap of at most this many days between two equivalent posts keeps the count running (0 = adjacent only) [U]. */
  transferGapDays: number;
  /** Months before retirement for a full term, and the minimum by the special procedure. */
  fullTermMonths: number;
  specialProcedureMinMonths: number;
  /** Ratings: `shownYears` shown; the most recent `checkedYears` must be at least `minLevel` (null = shown only) [U]. */
  ratings: { shownYears: number; checkedYears: number; minLevel: Level | null };
  /** Months after the discipline decision before a higher post [U]; kinds not listed do not wait. */
  disciplineWaitingMonths: Partial<Record<DisciplineKind, number>>;
}

/** Setting 'personnel.rotation' (Quy định 65-QĐ/TW). */
export interface RotationRules {
  minWorkingMonthsLeft: number;
  minDurationMonths: number;
  /** Outcome when the post is higher / lower than the one held (equivalent passes) [U]. */
  higherPost: 'pass' | 'warn' | 'fail';
  lowerPost: 'pass' | 'warn' | 'fail';
}

/** Setting 'personnel.locality' (Kết luận 210-KL/TW): what makes a person "local" to a unit [U: every part]. */
export interface LocalityRules {
  birthplace: boolean;
  hometown: boolean;
  /** Lived there at least this many years (null = not a ground). */
  residenceYears: number | null;
  /** Worked there at least this many years (null = not a ground). */
  workYears: number | null;
}

/** Setting 'personnel.term_limits' (Quy định 377-QĐ/TW) [U: the post list and the share]. */
export interface TermLimitRules {
  /** Post codes (ladder) of the heads concerned. */
  posts: readonly string[];
  maxConsecutiveTerms: number;
  /** A term counts as held when the post was held for at least this share of it. */
  minShareOfTerm: number;
}

/** Setting 'personnel.votes' (Quy định 377-QĐ/TW; Điều lệ Đảng; Nghị định 170/2025/NĐ-CP). */
export interface DecisionVoteRules {
  membershipChange: VoteThreshold;
  membershipChangeSecret: boolean;
  removal: VoteThreshold;
}

export interface PersonnelSettings {
  appointment: AppointmentRules;
  rotation: RotationRules;
  locality: LocalityRules;
  /** Setting 'personnel.non_local_posts' (Kết luận 210-KL/TW): ladder codes of the posts that must be held by a non-local person. */
  nonLocalPosts: readonly string[];
  termLimits: TermLimitRules;
  votes: DecisionVoteRules;
  /** Setting 'personnel.exception_codes': failed checks the competent level may override with a recorded reason [U: none by default]. */
  exceptionCodes: readonly string[];
}

/** The `regulation_setting` keys and the effective-from date of the seed rows (QĐ 377 of 08/10/2025). */
export const PERSONNEL_SETTING_KEYS = {
  appointment: 'personnel.appointment',
  rotation: 'personnel.rotation',
  locality: 'personnel.locality',
  nonLocalPosts: 'personnel.non_local_posts',
  termLimits: 'personnel.term_limits',
  votes: 'personnel.votes',
  exceptionCodes: 'personnel.exception_codes',
} as const satisfies Record<keyof PersonnelSettings, string>;
/** Quy định 377-QĐ/TW was signed on 08/10/2025: the seed rows take effect from that day. */
export const PERSONNEL_SETTINGS_EFFECTIVE_FROM = '2025-10-08';

/**
 * SEED for the `regulation_setting` rows above. [C] 12 months in post, 60/48 months, 10 years and 36
 * months of rotation, > 2/3 and > 50% votes; [U] the discipline waiting periods, the ratings threshold,
 * the transfer gap, the definition of "local", the lists of posts, the share of a term that counts.
 */
export const DEFAULT_PERSONNEL_SETTINGS: PersonnelSettings = {
  appointment: {
    minMonthsInPost: 12,
    transferGapDays: 0, // [U]
    fullTermMonths: 60,
    specialProcedureMinMonths: 48,
    ratings: { shownYears: 3, checkedYears: 1, minLevel: 'good' }, // [U]
    disciplineWaitingMonths: { reprimand: 24, warning: 36, removal: 60 }, // [U]
  },
  rotation: { minWorkingMonthsLeft: 120, minDurationMonths: 36, higherPost: 'warn', lowerPost: 'fail' },
  locality: { birthplace: true, hometown: true, residenceYears: 10, workYears: 10 }, // [U]
  nonLocalPosts: [
    // [U] list with effective dates: KL 210 extends the policy to commune secretaries and chairs
    'province.pc.chair',
    'province.inspection.chair',
    'commune.party.secretary',
    'commune.pc.chair',
    'commune.inspection.chair',
  ],
  termLimits: {
    // [U] the list (Party secretary, People's Committee chair; heads of court, procuracy, police… when on the ladder)
    posts: ['commune.party.secretary', 'commune.pc.chair', 'province.party.secretary', 'province.pc.chair', 'province.department.director'],
    maxConsecutiveTerms: 2,
    minShareOfTerm: 0.5,
  },
  votes: {
    membershipChange: { num: 2, den: 3, strict: true, base: 'members' },
    membershipChangeSecret: true,
    removal: { num: 1, den: 2, strict: true, base: 'members' },
  },
  exceptionCodes: [], // [U] which hard rules allow an exception is not confirmed: none until configured
};
