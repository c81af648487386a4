// Reading evaluations: the person's own (step 1), one evaluation in full, the tasks behind a number
// (drill-down), and a period's list for the managers (step 2 and 3 screens).
import type { Kysely } from 'kysely';
import type { EvaluationListQuery, EvaluationPage, EvaluationView, EvidenceList, EvidenceMetric } from '../../../contracts/evaluation.js';
import type { Period } from '../../../domain/task-summary.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { commitmentForEvaluation } from '../commitments/index.js';
import { loadRules } from './evaluation.engine.js';
import { evidenceTasks } from './evaluation.facts.queries.js';
import { inputsOf } from './evaluation.guard.js';
import { type Viewer, actionsFor, assertCanRead, ownWorkIds, ownWorkOf, readRoots } from './evaluation.policy.js';
import { presentEvaluation, presentListItem } from './evaluation.presenter.js';
import * as q from './evaluation.queries.js';
import { rulesAndSet } from './evaluation.steps.service.js';

const EVIDENCE_LIMIT = 500;

async function present(db: Kysely<DB>, actor: Actor, locale: Locale, e: q.EvaluationFull, viewer: Viewer): Promise<EvaluationView> {
  const { rules, set } = await rulesAndSet(db, e);
  const inputs = e.status === 'excluded' ? null : inputsOf(e);
  const [revisions, shortcomings, unitNames, actions, ownWork, commitment] = await Promise.all([
    viewer === 'manager' ? q.revisionsOf(db, e.id) : Promise.resolve([]),
    e.person_id ? q.previousShortcomings(db, e.person_id, e.start_date) : Promise.resolve([]),
    q.unitNamesOf(
      db,
      (inputs?.units ?? []).map((u) => u.unitId),
    ),
    actionsFor(db, actor, viewer, e),
    viewer === 'manager' ? ownWorkOf(db, actor, e) : Promise.resolve(null),
    // Quy định 366-QĐ/TW, Điều 6: the year's review covers the annual commitment.
    e.person_id && e.period_kind === 'year' ? commitmentForEvaluation(db, e.person_id, e.period_year) : Promise.resolve(null),
  ]);
  // Anyone who may read it may take its facts again while the period is open (it judges nothing).
  const refresh = e.period_status === 'open' && e.status !== 'excluded';
  return presentEvaluation(e, {
    viewer,
    locale,
    rules,
    set,
    unitNames,
    revisions,
    shortcomings,
    actions: { ...actions, refresh },
    ownWork,
    commitment,
  });
}

/** GET /mine?periodId= — the signed-in person's own evaluation, seen as its subject. */
export async function mine(db: Kysely<DB>, actor: Actor, locale: Locale, periodId: string): Promise<EvaluationView> {
  if (!actor.personId) throw notFound();
  const e = await q.evaluationOfPerson(db, periodId, actor.personId);
  if (!e) throw notFound();
  return present(db, actor, locale, e, 'self');
}

/** GET /:id — managers in scope see everything; the subject sees what the policy allows. */
export async function getEvaluation(db: Kysely<DB>, actor: Actor, locale: Locale, id: string): Promise<EvaluationView> {
  const e = await q.evaluationById(db, id);
  if (!e) throw notFound();
  const viewer = await assertCanRead(db, actor, e);
  return present(db, actor, locale, e, viewer);
}

/** The worked periods within the score window (leave shortens it; for a year the window is its Q4 part). */
function windowsOf(w: Period, worked: Period[] | null): Period[] {
  if (!worked) return [w];
  return worked.map((p) => ({ from: p.from > w.from ? p.from : w.from, to: p.to < w.to ? p.to : w.to })).filter((p) => p.from <= p.to);
}

/** GET /:id/evidence?metric= — the tasks behind one number of the results part. */
export async function evidence(db: Kysely<DB>, actor: Actor, id: string, metric: EvidenceMetric): Promise<EvidenceList> {
  const e = await q.evaluationById(db, id);
  if (!e) throw notFound();
  await assertCanRead(db, actor, e);
  const inputs = e.status === 'excluded' ? null : inputsOf(e);
  const window = inputs?.window ?? { from: e.start_date, to: e.end_date };
  const asOf = inputs?.asOf ?? e.end_date;
  const subject = e.person_id ? { personId: e.person_id } : { unitId: e.subject_unit_id! };
  const rows = inputs ? await evidenceTasks(db, subject, windowsOf(window, inputs.worked), asOf, metric, EVIDENCE_LIMIT + 1) : [];
  return {
    metric,
    window,
    asOf,
    truncated: rows.length > EVIDENCE_LIMIT,
    items: rows.slice(0, EVIDENCE_LIMIT).map((r) => ({
      id: r.id,
      title: r.title,
      unitName: r.unit_name,
      role: r.role,
      status: r.status,
      dueDate: r.due_date,
      completedOn: r.completed_on,
      late: Number(r.missed) > 0,
      workUnits: Number(r.work_units),
      qualityOk: r.quality_ok,
      majorErrors: r.major_errors,
      exceeded: r.exceeded,
      objectiveCause: r.objective_cause,
    })),
  };
}

/** GET /periods/:id/evaluations — managers (and inspection) in scope; 404 for a period they cannot see. */
export async function listEvaluations(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  periodId: string,
  query: EvaluationListQuery,
): Promise<EvaluationPage> {
  const roots = readRoots(actor);
  const period = await q.periodById(db, periodId);
  if (!period || roots.length === 0 || !(await q.periodVisible(db, periodId, roots, null))) throw notFound();
  const rules = await loadRules(db, period.end_date);
  const { rows, total } = await q.listEvaluations(db, {
    periodId,
    roots,
    unitId: query.unitId,
    status: query.status,
    level: query.level,
    cadreGroup: query.cadreGroup,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const own = await ownWorkIds(db, actor, rows, period.end_date);
  return {
    items: rows.map((r) => ({ ...presentListItem(r, locale, rules), ownWork: own.has(r.id) })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
