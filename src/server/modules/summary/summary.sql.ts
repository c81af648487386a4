// The task summary's SQL building blocks, defined once: the derived columns of a task row and the
// aggregates of SummaryTotals over such rows — the same rules as src/domain/task-summary.ts
// (summary.sql.test.ts checks them number for number). The summary (per unit subtree) and the
// evaluation's task facts (per person, whatever unit assigned the task) group them differently.
import { type RawBuilder, sql } from 'kysely';
import type { SummaryTotals } from '../../../domain/task-summary.js';

/**
 * The earlier deadlines of each task that still count (domain countedDeadlines: postponed after they
 * had passed, or without a confirmed objective cause) and that its completion missed, as `dl.extra`.
 * Joined after `task t` wherever taskColumns is selected: one GROUP BY over the due-date history
 * (a hash join, so the task scan keeps no correlated sub-plan).
 */
export function deadlinesJoin(): RawBuilder<unknown> {
  return sql`LEFT JOIN (
      SELECT c.task_id, count(DISTINCT c.old_due)::int AS extra
      FROM task_due_change c JOIN task ct ON ct.id = c.task_id
      WHERE c.new_due > c.old_due
        AND (NOT c.objective_cause OR (c.changed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > c.old_due)
        AND c.old_due < ct.completed_on AND c.old_due <> ct.due_date
      GROUP BY c.task_id
    ) dl ON dl.task_id = t.id`;
}

/**
 * The derived columns of one task row (alias t, with deadlinesJoin as dl): done as of the date, the
 * deadlines its completion missed (NĐ 335 Điều 14: each is one delay), objective cause, errors, work units ×100.
 */
export function taskColumns(asOf: string): RawBuilder<unknown> {
  return sql`t.id, t.unit_id, t.due_date, t.completed_on, t.quality_ok, t.exceeded,
      (t.completed_on IS NOT NULL AND t.completed_on <= ${asOf}::date) AS done,
      CASE WHEN t.completed_on IS NULL THEN 0 ELSE (t.completed_on > t.due_date)::int + coalesce(dl.extra, 0) END AS missed,
      coalesce(t.objective_cause, false) AS obj,
      coalesce(t.major_errors, 0) AS errs,
      round(t.work_units * 100)::bigint AS wu`;
}

/** The aggregates of SummaryTotals over rows of taskColumns (alias pt); must match the domain rules. */
export function taskAggregates(asOf: string): RawBuilder<unknown> {
  const d = sql`${asOf}::date`;
  return sql`
  count(*)::int AS assigned,
  count(*) FILTER (WHERE pt.done)::int AS done,
  count(*) FILTER (WHERE pt.done AND pt.missed = 0)::int AS done_on_time,
  count(*) FILTER (WHERE pt.done AND pt.missed > 0)::int AS late,
  count(*) FILTER (WHERE pt.done AND pt.missed > 0 AND pt.obj)::int AS late_excused,
  count(*) FILTER (WHERE NOT pt.done AND pt.due_date < ${d})::int AS overdue,
  count(*) FILTER (WHERE NOT pt.done AND pt.due_date >= ${d})::int AS pending,
  count(*) FILTER (WHERE pt.quality_ok = false)::int AS quality_failures,
  coalesce(sum(pt.errs), 0)::bigint AS major_errors,
  count(*) FILTER (WHERE pt.exceeded)::int AS exceeded,
  coalesce(sum(pt.wu), 0)::bigint AS wu_assigned,
  coalesce(sum(pt.wu) FILTER (WHERE pt.done), 0)::bigint AS wu_done,
  coalesce(sum(pt.wu) FILTER (WHERE pt.done AND pt.missed = 0), 0)::bigint AS wu_done_on_time,
  coalesce(sum(CASE WHEN NOT pt.done OR pt.quality_ok = false THEN 0
                    WHEN pt.obj THEN 4 * pt.wu
                    ELSE greatest(0, 4 - pt.errs) * pt.wu END), 0)::bigint AS quality_q,
  coalesce(sum(CASE WHEN NOT pt.done THEN 0
                    WHEN pt.missed = 0 OR pt.obj THEN 4 * pt.wu
                    ELSE greatest(0, 4 - pt.missed) * pt.wu END), 0)::bigint AS progress_q`;
}

export interface TotalsRow {
  assigned: number;
  done: number;
  done_on_time: number;
  late: number;
  late_excused: number;
  overdue: number;
  pending: number;
  quality_failures: number;
  major_errors: number | string;
  exceeded: number;
  wu_assigned: number | string;
  wu_done: number | string;
  wu_done_on_time: number | string;
  quality_q: number | string;
  progress_q: number | string;
}

export function totalsOf(r: TotalsRow): SummaryTotals {
  return {
    assigned: Number(r.assigned),
    done: Number(r.done),
    doneOnTime: Number(r.done_on_time),
    late: Number(r.late),
    lateExcused: Number(r.late_excused),
    overdue: Number(r.overdue),
    pending: Number(r.pending),
    qualityFailures: Number(r.quality_failures),
    majorErrors: Number(r.major_errors),
    exceeded: Number(r.exceeded),
    wuAssigned: Number(r.wu_assigned),
    wuDone: Number(r.wu_done),
    wuDoneOnTime: Number(r.wu_done_on_time),
    qualityQ: Number(r.quality_q),
    progressQ: Number(r.progress_q),
  };
}
