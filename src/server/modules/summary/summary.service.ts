// Builds the summary of a unit subtree for a period: two GROUP BY scans (per person and role, per
// child unit with the total), presented with the rules of src/domain/task-summary.ts.
import type { Kysely } from 'kysely';
import type { Summary, SummaryPageQuery, SummaryQuery, SummaryTasksQuery } from '../../../contracts/summary.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { emptyTotals, periodOf, toCounts } from '../../../domain/task-summary.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { assertCanReadSummary } from './summary.policy.js';
import { periodLabel, presentDrill, presentPeople, presentUnits } from './summary.presenter.js';
import * as q from './summary.queries.js';

/** The period, asOf and child-unit date of a query (pure: no scope check). */
export function summaryScope(
  query: Pick<SummaryQuery, 'unitId' | 'period' | 'date' | 'asOf'>,
): q.SummaryScope & { kind: SummaryQuery['period'] } {
  const today = todayInVietnam();
  const period = periodOf(query.period, query.date ?? today);
  const asOf = query.asOf ?? today;
  return { kind: query.period, unitId: query.unitId, ...period, asOf, childrenOn: asOf < period.to ? asOf : period.to };
}

/** A page of a list from its 1-based page and size; no page = every row (the exports). */
function rowPage(p: { page: number; pageSize: number } | undefined): q.RowPage {
  return p ? { limit: p.pageSize, offset: (p.page - 1) * p.pageSize } : { limit: null, offset: 0 };
}

/**
 * The summary without the scope check — for callers that checked it (meetings, exports). With a
 * page, `people` holds that page of the person rows; without, all of them (a whole document).
 */
export async function computeSummary(
  db: Kysely<DB>,
  locale: Locale,
  query: SummaryQuery,
  page?: Pick<SummaryPageQuery, 'page' | 'pageSize'>,
): Promise<Summary> {
  const s = summaryScope(query);
  const name = await q.unitName(db, s.unitId);
  if (name === undefined) throw notFound();
  const [people, buckets, children] = await Promise.all([
    q.personTotals(db, s, rowPage(page)),
    q.unitTotals(db, s),
    q.childUnits(db, s.unitId, s.childrenOn),
  ]);
  const byBucket = new Map<string, ReturnType<typeof emptyTotals>>();
  let total = emptyTotals();
  for (const b of buckets) {
    if (b.bucketId === null) total = b.totals;
    else byBucket.set(b.bucketId, b.totals);
  }
  const unit = { id: s.unitId, name };
  return {
    unit,
    period: { kind: s.kind, from: s.from, to: s.to, label: periodLabel(locale, s.kind, s) },
    asOf: s.asOf,
    people: presentPeople(people.rows),
    peopleTotal: people.total,
    page: page?.page ?? 1,
    pageSize: page?.pageSize ?? people.total,
    units: presentUnits(locale, unit, children, byBucket),
    total: toCounts(total),
  };
}

/** GET /api/summary: one page of the person rows. */
export async function readSummaryPage(db: Kysely<DB>, actor: Actor, locale: Locale, query: SummaryPageQuery): Promise<Summary> {
  await assertCanReadSummary(db, actor, query.unitId);
  return computeSummary(db, locale, query, query);
}

/** The whole summary (every person row): the exports. */
export async function readSummary(db: Kysely<DB>, actor: Actor, locale: Locale, query: SummaryQuery): Promise<Summary> {
  await assertCanReadSummary(db, actor, query.unitId);
  return computeSummary(db, locale, query);
}

export async function summaryTasks(db: Kysely<DB>, actor: Actor, query: SummaryTasksQuery) {
  await assertCanReadSummary(db, actor, query.unitId);
  const s = summaryScope(query);
  const filter = { metric: query.metric, personId: query.personId, role: query.role, bucketUnitId: query.bucketUnitId };
  const rows = await q.drillTasks(db, s, filter, rowPage(query));
  // The count rides on every row; a page past the end has none, and counts apart.
  const total = rows.length > 0 ? Number(rows[0].matched) : query.page > 1 ? await q.drillCount(db, s, filter) : 0;
  return presentDrill(rows, { total, page: query.page, pageSize: query.pageSize });
}
