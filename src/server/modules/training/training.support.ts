// The training-support claims (Quy định 03-QĐ/HU as configured in 'training.support'): the policy in
// force on the day each course ended, the payments made, the person's departure → the domain's
// computeSupport. Rows of the setting are read once per request and picked by date.
import type { Kysely } from 'kysely';
import type { SupportClaimView } from '../../../contracts/training.js';
import {
  type CourseLevel,
  type CourseResult,
  type SupportPolicy,
  TRAINING_SUPPORT_SETTING,
  computeSupport,
  validSupportPolicy,
} from '../../../domain/training/index.js';
import type { DB } from '../../db/schema.js';
import { settingRows } from './training.queries.js';
import { formatViDate } from '../../../domain/dates.js';

export interface PolicyRow {
  effectiveFrom: string;
  policy: SupportPolicy;
}

/** Every effective-dated row of the policy, newest first (a row that is not a valid policy is left out: it pays nobody). */
export async function supportPolicies(db: Kysely<DB>): Promise<PolicyRow[]> {
  const rows = await settingRows(db, TRAINING_SUPPORT_SETTING);
  return rows.flatMap((r) => (validSupportPolicy(r.value) ? [{ effectiveFrom: r.effective_from, policy: r.value }] : []));
}

export const policyOn = (rows: readonly PolicyRow[], day: string): PolicyRow | undefined => rows.find((r) => r.effectiveFrom <= day);

export interface ClaimCourse {
  id: string;
  level: CourseLevel | null;
  fieldGroup: string | null;
  endDate: string | null;
  result: CourseResult;
}

export function claimOf(
  course: ClaimCourse,
  policies: readonly PolicyRow[],
  payments: ReadonlyArray<{ id: string; amount: number; paid_on: string; decision_ref: string }>,
  leftServiceOn: string | null,
  today: string,
): SupportClaimView & { policy: PolicyRow | undefined } {
  const policy = policyOn(policies, course.endDate ?? today);
  const paid = payments.reduce((s, p) => s + p.amount, 0);
  const views = payments.map((p) => ({ id: p.id, amount: p.amount, paidOn: p.paid_on, decisionRef: p.decision_ref }));
  if (!policy) {
    return {
      status: 'not_supported',
      entitled: 0,
      paid,
      outstanding: 0,
      refund: 0,
      serviceUntil: null,
      rule: null,
      payments: views,
      policy,
    };
  }
  const claim = computeSupport(course, policy.policy, paid, leftServiceOn);
  return { ...claim, rule: `${policy.policy.citation} (${formatViDate(policy.effectiveFrom)})`, payments: views, policy };
}
