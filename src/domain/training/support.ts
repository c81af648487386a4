// The local training-support policy (chính sách hỗ trợ đào tạo — e.g. Huyện ủy Cam Lộ, Quy định
// 03-QĐ/HU): which courses are supported, by how much, on what conditions, as the regulation setting
// 'training.support' with its effective date (the policy in force on the day the course ended applies).
// A supported course earns its amount once completed; the person commits to serve `serviceYears` after
// it; leaving before that breaks the commitment and the support is refunded (in full, or in proportion
// to the months not served). Payments never exceed the amount the policy grants.
//
// The amounts, levels and fields below are [U]: the text of Quy định 03-QĐ/HU is not in our sources;
// each committee enters its own policy as a new effective-dated setting.
import { addMonths, diffMonths } from '../dates.js';
import type { CourseLevel, CourseResult } from './courses.js';

export interface SupportItem {
  level: CourseLevel;
  /** Đồng, a whole number. */
  amount: number;
  /** Field groups supported (a "needed field"); null = any field. */
  fieldGroups: readonly string[] | null;
  /** Years of service committed after the course ends. */
  serviceYears: number;
}

export interface SupportPolicy {
  /** The regulation's number, cited in every refusal and on every claim. */
  citation: string;
  items: readonly SupportItem[];
  refund: 'full' | 'pro_rata';
}

export const TRAINING_SUPPORT_SETTING = 'training.support';

/** SEED of 'training.support' [U] (a district's policy after Quy định 03-QĐ/HU; the committee enters its own). */
export const DEFAULT_SUPPORT_POLICY: SupportPolicy = {
  citation: 'Quy định 03-QĐ/HU',
  refund: 'pro_rata',
  items: [
    { level: 'doctor', amount: 60_000_000, fieldGroups: null, serviceYears: 7 },
    {
      level: 'master',
      amount: 30_000_000,
      fieldGroups: [
        'agriculture_forestry_fisheries',
        'engineering_technology',
        'ict',
        'economics_business',
        'law',
        'politics_administration',
      ],
      serviceYears: 5,
    },
    { level: 'political_advanced', amount: 10_000_000, fieldGroups: null, serviceYears: 3 },
    { level: 'political_bachelor', amount: 10_000_000, fieldGroups: null, serviceYears: 3 },
  ],
};

export interface SupportCourse {
  level: CourseLevel | null;
  fieldGroup: string | null;
  endDate: string | null;
  result: CourseResult;
}

export type SupportStatus = 'not_supported' | 'field_not_supported' | 'not_completed' | 'owed' | 'paid' | 'broken';

export interface SupportClaim {
  status: SupportStatus;
  /** What the policy grants for this course (0 when not supported or not completed). */
  entitled: number;
  paid: number;
  /** entitled − paid, never negative (0 once broken). */
  outstanding: number;
  /** The last day of the commitment to serve, when there is one. */
  serviceUntil: string | null;
  /** To be refunded when the commitment was broken. */
  refund: number;
}

const none = (status: SupportStatus, paid: number): SupportClaim => ({
  status,
  entitled: 0,
  paid,
  outstanding: 0,
  serviceUntil: null,
  refund: 0,
});

/** The claim of one course under `policy`: what is owed, paid, and refunded when the person left early. */
export function computeSupport(course: SupportCourse, policy: SupportPolicy, paid: number, leftServiceOn: string | null): SupportClaim {
  const item = course.level ? policy.items.find((i) => i.level === course.level) : undefined;
  if (!item) return none('not_supported', paid);
  if (item.fieldGroups && !(course.fieldGroup && item.fieldGroups.includes(course.fieldGroup))) return none('field_not_supported', paid);
  if (course.result !== 'completed' || course.endDate === null) return none('not_completed', paid);
  const serviceUntil = addMonths(course.endDate, item.serviceYears * 12);
  if (leftServiceOn !== null && leftServiceOn < serviceUntil) {
    const total = item.serviceYears * 12;
    const left = Math.max(0, Math.min(total, diffMonths(leftServiceOn, serviceUntil)));
    const refund = policy.refund === 'full' ? paid : Math.round((paid * left) / total);
    return { status: 'broken', entitled: item.amount, paid, outstanding: 0, serviceUntil, refund };
  }
  const outstanding = Math.max(0, item.amount - paid);
  return { status: outstanding === 0 ? 'paid' : 'owed', entitled: item.amount, paid, outstanding, serviceUntil, refund: 0 };
}

/** A payment must not take the total paid above what the policy grants (null = acceptable). */
export function paymentIssue(claim: SupportClaim, amount: number): { code: 'training.support.over_policy'; max: number } | null {
  const max = claim.status === 'owed' ? claim.outstanding : 0;
  return amount > max ? { code: 'training.support.over_policy', max } : null;
}

/** Checks the shape of a stored policy (the setting is configuration; a bad row must not pay anyone). */
export function validSupportPolicy(value: unknown): value is SupportPolicy {
  const v = value as SupportPolicy;
  return (
    !!v &&
    typeof v.citation === 'string' &&
    (v.refund === 'full' || v.refund === 'pro_rata') &&
    Array.isArray(v.items) &&
    (v.items as readonly SupportItem[]).every(
      (i) =>
        typeof i.level === 'string' &&
        Number.isSafeInteger(i.amount) &&
        i.amount >= 0 &&
        Number.isInteger(i.serviceYears) &&
        i.serviceYears >= 0 &&
        (i.fieldGroups === null || Array.isArray(i.fieldGroups)),
    )
  );
}
