// Plan items: the checks zod cannot make (they depend on the plan's week and on reference data),
// the stored columns, and the audit snapshot of a plan with its items.
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { PlanItemInput } from '../../../contracts/plans.js';
import { addDays, formatViDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB, WeeklyPlanItemTable } from '../../db/schema.js';
import type { FieldIssue } from '../../errors.js';
import { type ItemRow, fieldCodesKnown } from './plans.queries.js';
import { itemBounds } from './plans.week.js';

/** How a past due date is treated: confirmed by the request, and the items the plan already holds. */
export interface PastDue {
  confirmed: boolean;
  /** Items stored before this write: one typed earlier and kept as it was is not checked again. */
  stored?: readonly PlanItemInput[];
}

const itemKey = (i: Pick<PlanItemInput, 'title' | 'dueDate'>) => `${i.dueDate}\u0000${i.title}`;

/**
 * Issues named `items.N.<field>`: the start lies within the plan's week, the due date at most four
 * weeks after its Monday (the order of the two dates is checked by the contract), the field exists.
 * A due date before today (Asia/Ho_Chi_Minh) is refused unless `past.confirmed` — the rule of
 * decision 0021 for task due dates, applied to plan items by decision 0029 — except on an item kept
 * unchanged (same title and due date) from the stored plan, so a reviewer's edit late in the week
 * does not ask again about dates the author already wrote.
 */
export async function checkItems(
  db: Kysely<DB>,
  weekStart: string,
  items: PlanItemInput[],
  past: PastDue,
  today = todayInVietnam(),
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const { weekEnd, maxDue } = itemBounds(weekStart);
  const kept = new Set((past.stored ?? []).map(itemKey));
  const known = await fieldCodesKnown(db, [...new Set(items.map((i) => i.fieldCode).filter((c): c is string => !!c))]);
  items.forEach((item, n) => {
    if (item.startDate < weekStart || item.startDate > weekEnd) {
      issues.push({
        field: `items.${n}.startDate`,
        key: 'v.plan_item_start',
        params: { from: formatViDate(weekStart), to: formatViDate(weekEnd) },
      });
    }
    if (item.dueDate > maxDue) issues.push({ field: `items.${n}.dueDate`, key: 'v.plan_item_due', params: { max: formatViDate(maxDue) } });
    else if (!past.confirmed && item.dueDate < today && !kept.has(itemKey(item)))
      issues.push({
        field: `items.${n}.dueDate`,
        key: 'v.plan_item_past_due',
        params: { date: formatViDate(item.dueDate), today: formatViDate(today) },
      });
    if (item.fieldCode && !known.has(item.fieldCode))
      issues.push({ field: `items.${n}.fieldCode`, key: 'v.unknown_ref', params: { field: 'fieldCode' } });
  });
  return issues;
}

/** Rows for `weekly_plan_item`, numbered in the order given. */
export function itemRows(planId: string, items: PlanItemInput[]): Insertable<WeeklyPlanItemTable>[] {
  return items.map((i, n) => ({
    id: randomUUID(),
    plan_id: planId,
    ordinal: n + 1,
    title: i.title,
    description: i.description ?? '',
    field_code: i.fieldCode || null,
    work_units: i.workUnits,
    start_date: i.startDate,
    due_date: i.dueDate,
    task_id: null,
  }));
}

/** Stored items back as inputs, with the dates moved by `shiftDays` (copy from last week). */
export function itemInputs(rows: ItemRow[], shiftDays = 0): PlanItemInput[] {
  return rows.map((r) => ({
    title: r.title,
    description: r.description,
    fieldCode: r.field_code,
    workUnits: Number(r.work_units),
    startDate: addDays(r.start_date, shiftDays),
    dueDate: addDays(r.due_date, shiftDays),
  }));
}

/** What the audit trail keeps of a plan: its state and every item. */
export function planSnapshot(
  plan: {
    id: string;
    unit_id: string;
    person_id: string;
    week_start: string;
    status: string;
    version: number;
    review_comment?: string | null;
  },
  items: PlanItemInput[],
) {
  return {
    id: plan.id,
    unitId: plan.unit_id,
    personId: plan.person_id,
    weekStart: plan.week_start,
    status: plan.status,
    version: plan.version,
    reviewComment: plan.review_comment ?? null,
    items: items.map((i) => ({
      title: i.title,
      description: i.description ?? '',
      fieldCode: i.fieldCode ?? null,
      workUnits: i.workUnits,
      startDate: i.startDate,
      dueDate: i.dueDate,
    })),
  };
}
