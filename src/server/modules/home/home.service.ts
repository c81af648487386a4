// The home page: the account's own work (as a person) and one block per unit it works on, shaped
// by its roles. Every list the figures count is one the account may open: tasks, meetings and
// indicators are read by every role in scope, plans by their overseers, periods by the evaluation
// readers; the blocks are built only from the account's own bindings, so nothing outside its
// scope is ever counted.
import type { Kysely } from 'kysely';
import type { Home, HomePeriod, HomeTaskFigures, HomeWeekPoint } from '../../../contracts/home.js';
import type { Locale } from '../../i18n.js';
import { addDays, mondayOf, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { periodLabel } from '../evaluation/index.js';
import { indicatorProgress } from '../indicators/index.js';
import * as q from './home.queries.js';

/** Weeks in the lateness chart, this one included. */
export const LATENESS_WEEKS = 8;
const MAX_PERIODS = 6;
/** Units summed into the last closed period's levels (a province's communes). */
const MAX_CLOSED_UNITS = 1000;
const HISTORY = 6;

const noTasks: HomeTaskFigures = { late: 0, dueThisWeek: 0, fresh: 0 };
const ME = 'me';

function figures(row: q.TaskFigureRow | undefined): HomeTaskFigures {
  return row ? { late: row.late, dueThisWeek: row.due_week, fresh: row.fresh } : noTasks;
}

function series(rows: q.LatenessRow[], key: string, weekStarts: string[]): HomeWeekPoint[] {
  const mine = new Map(rows.filter((r) => r.key === key).map((r) => [r.week_start, r]));
  return weekStarts.map((w) => ({ weekStart: w, late: mine.get(w)?.late ?? 0, done: mine.get(w)?.done ?? 0 }));
}

function presentPeriod(r: q.PeriodRow, locale: Locale): HomePeriod {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    label: periodLabel(locale, r),
    status: r.status,
    selfDue: r.self_due,
    appraisalDue: r.appraisal_due,
    decisionDue: r.decision_due,
    total: r.total,
    byStatus: r.by_status ?? {},
    levels: { excellent: r.excellent, good: r.good, completed: r.completed, not_completed: r.not_completed, none: r.none },
    flags: { selfLate: r.self_late, appraisalLate: r.appraisal_late, decisionLate: r.decision_late },
  };
}

/** The levels of the period closed last, summed over the units that closed it. */
function lastClosed(rows: q.PeriodRow[], locale: Locale): Home['lastClosed'] {
  if (!rows.length) return null;
  const one = rows.length === 1 ? rows[0] : null;
  const sum = (k: 'excellent' | 'good' | 'completed' | 'not_completed' | 'none') => rows.reduce((n, r) => n + r[k], 0);
  return {
    label: periodLabel(locale, rows[0]),
    units: rows.length,
    periodId: one?.id ?? null,
    unitName: one?.unit_name ?? null,
    levels: {
      excellent: sum('excellent'),
      good: sum('good'),
      completed: sum('completed'),
      not_completed: sum('not_completed'),
      none: sum('none'),
    },
  };
}

export async function readHome(db: Kysely<DB>, actor: Actor, locale: Locale, today: string = todayInVietnam()): Promise<Home> {
  const weekStart = mondayOf(today);
  const weekEnd = addDays(weekStart, 6);
  const planWeek = addDays(weekStart, 7);
  const weekStarts = Array.from({ length: LATENESS_WEEKS }, (_, i) => addDays(weekStart, 7 * (i - LATENESS_WEEKS + 1)));
  const unitIds = rootsFor(actor, 'home.unit_block');
  const overseen = new Set(rootsFor(actor, 'plans.oversee'));
  const reviewed = new Set(rootsFor(actor, 'plans.review'));
  const evalRoots = rootsFor(actor, 'evaluation.read');
  const personId = actor.personId;

  const blocks = [...(personId ? [{ key: ME, block: { personId } }] : []), ...unitIds.map((id) => ({ key: id, block: { rootIds: [id] } }))];
  const year = Number(today.slice(0, 4));
  const [taskRows, latenessRows, planRows, meetingRows, indicatorRows, names, periodRows, closedRows] = await Promise.all([
    q.taskFigures(db, blocks, today, weekEnd),
    q.lateness(db, blocks, weekStarts, today),
    q.planFigures(
      db,
      unitIds.filter((id) => overseen.has(id)),
      planWeek,
      personId,
    ),
    q.meetingCounts(db, unitIds, new Date(`${weekStart}T00:00:00+07:00`), new Date(`${addDays(weekEnd, 1)}T00:00:00+07:00`)),
    q.indicatorsOf(db, unitIds, year),
    q.unitNames(db, unitIds),
    q.periodsIn(db, evalRoots, today, false, MAX_PERIODS),
    q.periodsIn(db, evalRoots, today, true, MAX_CLOSED_UNITS),
  ]);
  const byKey = new Map(taskRows.map((r) => [r.key, r]));
  const plansOf = new Map(planRows.map((r) => [r.root_id, r]));
  const meetingsOf = new Map(meetingRows.map((r) => [r.root_id, r.n]));

  return {
    today,
    week: { start: weekStart, end: weekEnd },
    planWeek,
    mine: personId ? await mine(db, personId, locale, today, planWeek, figures(byKey.get(ME)), series(latenessRows, ME, weekStarts)) : null,
    units: unitIds.map((id) => {
      const p = plansOf.get(id);
      return {
        unitId: id,
        unitName: names.get(id) ?? '',
        tasks: figures(byKey.get(id)),
        lateness: series(latenessRows, id, weekStarts),
        plans: p
          ? { toApprove: reviewed.has(id) ? p.to_approve : null, submitted: p.submitted, approved: p.approved, unsent: p.unsent }
          : null,
        meetingsThisWeek: meetingsOf.get(id) ?? 0,
        indicatorsYear: year,
        indicators: indicatorRows
          .filter((r) => r.unit_id === id)
          .map((r) => {
            const target = Number(r.target);
            const latest = r.latest === null ? null : Number(r.latest);
            return {
              id: r.id,
              name: r.name,
              measure: r.measure,
              target,
              latest,
              direction: r.direction,
              progress: indicatorProgress(r.direction, target, latest),
            };
          }),
      };
    }),
    periods: periodRows.map((r) => presentPeriod(r, locale)),
    lastClosed: lastClosed(closedRows, locale),
  };
}

async function mine(
  db: Kysely<DB>,
  personId: string,
  locale: Locale,
  today: string,
  planWeek: string,
  tasks: HomeTaskFigures,
  lateness: HomeWeekPoint[],
): Promise<NonNullable<Home['mine']>> {
  const [plan, evaluations, history] = await Promise.all([
    q.ownPlan(db, personId, planWeek),
    q.ownOpenEvaluations(db, personId),
    q.ownHistory(db, personId, HISTORY),
  ]);
  return {
    personId,
    tasks,
    lateness,
    plan: { id: plan?.id ?? null, status: plan?.status ?? null },
    evaluations: evaluations.map((e) => ({
      id: e.id,
      periodId: e.period_id,
      periodLabel: periodLabel(locale, e),
      status: e.status,
      selfDue: e.self_due,
      selfLate: e.status === 'self_pending' && today > e.self_due,
    })),
    history: history.map((h) => ({ periodId: h.period_id, periodLabel: periodLabel(locale, h), level: h.decision_level })),
  };
}
