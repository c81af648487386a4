// Plans as the API shows them: fields listed one by one (names of people only, nothing personal).
import type { OverviewRow, OverviewStatus, PlanItemView, PlanStatus, PlanView } from '../../../contracts/plans.js';
import { fullName } from '../../../domain/names.js';
import type { Locale } from '../../i18n.js';
import type { PlanActions } from './plans.policy.js';
import type { ItemRow, PlanRow } from './plans.queries.js';
import { addDays } from '../../../domain/dates.js';

type NameParts = { family_name: string; middle_name: string; given_name: string };
export const nameOf = (p: NameParts) => fullName({ familyName: p.family_name, middleName: p.middle_name, givenName: p.given_name });

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Late = submitted after the deadline; a plan not yet submitted (or missing) is late once the
 * deadline has passed. The first submission counts: a return and resubmission keeps it.
 */
export function isLate(submittedAt: Date | string | null, deadline: Date, now: Date): boolean {
  return submittedAt ? new Date(submittedAt).getTime() > deadline.getTime() : now.getTime() > deadline.getTime();
}

export function overviewStatus(plan: { status: PlanStatus; submitted_at: Date | string | null } | null, deadline: Date): OverviewStatus {
  if (!plan) return 'missing';
  if (plan.status !== 'submitted') return plan.status;
  const late = plan.submitted_at !== null && new Date(plan.submitted_at).getTime() > deadline.getTime();
  return late ? 'submitted_late' : 'submitted_on_time';
}

export function presentItem(r: ItemRow, locale: Locale): PlanItemView {
  return {
    id: r.id,
    ordinal: r.ordinal,
    title: r.title,
    description: r.description,
    fieldCode: r.field_code,
    fieldName: (locale === 'en' ? r.field_name_en : r.field_name_vi) ?? null,
    workUnits: Number(r.work_units),
    startDate: r.start_date,
    dueDate: r.due_date,
    task: r.task_id ? { id: r.task_id, status: r.task_status ?? 'new' } : null,
  };
}

export function presentPlan(
  p: PlanRow,
  items: ItemRow[],
  o: { deadline: Date; now: Date; actions: PlanActions; locale: Locale },
): PlanView {
  const views = items.map((i) => presentItem(i, o.locale));
  return {
    id: p.id,
    version: p.version,
    unitId: p.unit_id,
    unitName: p.unit_name,
    author: { id: p.person_id, fullName: nameOf(p) },
    weekStart: p.week_start,
    weekEnd: addDays(p.week_start, 6),
    status: p.status,
    deadline: o.deadline.toISOString(),
    submittedAt: iso(p.submitted_at),
    late: isLate(p.submitted_at, o.deadline, o.now),
    reviewedAt: iso(p.reviewed_at),
    reviewerName: p.reviewer_name ?? null,
    reviewComment: p.review_comment,
    totalWorkUnits: round2(views.reduce((s, i) => s + i.workUnits, 0)),
    items: views,
    actions: o.actions,
  };
}

export interface OverviewInput {
  person: NameParts & { id: string };
  postTitle: string | null;
  expected: boolean;
  plan: {
    id: string;
    status: PlanStatus;
    submitted_at: Date | string | null;
    item_count: string | number | null;
    work_units: string | number | null;
  } | null;
}

export function presentOverviewRow(r: OverviewInput, deadline: Date, now: Date): OverviewRow {
  return {
    person: { id: r.person.id, fullName: nameOf(r.person) },
    postTitle: r.postTitle,
    expected: r.expected,
    status: overviewStatus(r.plan, deadline),
    planId: r.plan?.id ?? null,
    submittedAt: iso(r.plan?.submitted_at ?? null),
    late: isLate(r.plan?.submitted_at ?? null, deadline, now),
    itemCount: Number(r.plan?.item_count ?? 0),
    totalWorkUnits: round2(Number(r.plan?.work_units ?? 0)),
  };
}
