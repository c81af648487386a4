// Evaluation periods: opened per unit subtree (Kết luận 198-KL/TW: Q1–Q3, Q4 folded into the year)
// with one evaluation per person of the subtree and per collective, computed in the same
// transaction; listed, read with their counts, and closed (every non-excluded evaluation decided,
// everything recomputed from fresh task facts). Opening and closing are jobs: 202 at once, progress
// at GET /api/jobs/:id, all-or-nothing.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { OpenPeriodRequest, PeriodDetail, PeriodList, PeriodListQuery, PeriodView } from '../../../contracts/evaluation.js';
import { LEVELS, RULES, defaultDeadlines, periodBounds } from '../../../domain/evaluation/index.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, invalid, notFound } from '../../errors.js';
import { holds } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { criteriaResolver, freezeSetsTx } from '../criteria/index.js';
import { type JobOutcome, startJob } from '../jobs/index.js';
import * as bq from './evaluation.bulk.queries.js';
import { type ComputeProgress, computePeriod } from './evaluation.compute.js';
import { periodClosed } from './evaluation.guard.js';
import { assertCanOpen, inScope, readRoots } from './evaluation.policy.js';
import { presentPeriod } from './evaluation.presenter.js';
import * as q from './evaluation.queries.js';
import { insertPeriod, markPeriodClosed } from './evaluation.writes.queries.js';

type Trx = Transaction<DB>;
export interface JobContext {
  db: Kysely<DB>;
  dbKind: 'postgres' | 'pglite';
  log: FastifyBaseLogger;
  actor: Actor;
  audit: AuditContext;
  locale: Locale;
}

/** The evaluations a period opens: persons of the subtree and its collectives, with the set of their group. */
async function plan(db: Kysely<DB>, periodId: string, unitId: string, on: string) {
  const people = await bq.peopleOfSubtree(db, unitId);
  const collectives = await bq.collectivesOfSubtree(db, unitId, on);
  const resolver = await criteriaResolver(db, unitId, on);
  const missing = new Set<string>();
  const rows: bq.NewEvaluation[] = [];
  for (const p of people) {
    const set = resolver.get(p.cadre_group, p.unit_id);
    if (!set) missing.add(p.cadre_group);
    else
      rows.push({
        id: randomUUID(),
        period_id: periodId,
        person_id: p.id,
        subject_unit_id: null,
        unit_id: p.unit_id,
        cadre_group: p.cadre_group,
        criteria_set_id: set.id,
      });
  }
  for (const c of collectives) {
    const set = resolver.get('collective', c.id);
    if (!set) missing.add('collective');
    else
      rows.push({
        id: randomUUID(),
        period_id: periodId,
        person_id: null,
        subject_unit_id: c.id,
        unit_id: c.evaluating_unit_id,
        cadre_group: 'collective',
        criteria_set_id: set.id,
      });
  }
  return { rows, missing: [...missing].sort(), sets: resolver.sets() };
}

const noSet = (groups: string[]) =>
  invalid({ field: 'unitId', key: 'v.evaluation.no_criteria_set', params: { groups: groups.join(', '), rule: RULES.score } });

/** POST /periods — checks, then the job: period + evaluations + computation in one transaction. */
export async function openPeriod(ctx: JobContext, body: OpenPeriodRequest): Promise<{ jobId: string; periodId: string }> {
  const { db, actor } = ctx;
  await assertCanOpen(db, actor, body.unitId);
  const bounds = periodBounds(body.kind, body.year, body.number);
  const d = { ...defaultDeadlines(bounds, body.side), ...pick(body) };
  const order = [];
  if (d.appraisalDue < d.selfDue) order.push({ field: 'appraisalDue', key: 'v.evaluation.deadline_order' });
  if (d.decisionDue < d.appraisalDue) order.push({ field: 'decisionDue', key: 'v.evaluation.deadline_order' });
  if (order.length) throw invalid(...order);
  if (!body.pastDeadlinesConfirmed) {
    // A period opened late would otherwise get steps that are already over (issue 9): refuse, naming each.
    const today = todayInVietnam();
    const passed = DEADLINE_FIELDS.filter((f) => d[f] < today).map((f) => ({
      field: f,
      key: 'v.evaluation.deadline_passed',
      params: { date: formatViDate(d[f]), today: formatViDate(today) },
    }));
    if (passed.length) throw invalid(...passed);
  }
  if (await q.periodExists(db, { unitId: body.unitId, kind: body.kind, year: body.year, number: body.number })) {
    throw new AppError(409, 'duplicate', [{ field: 'number', key: 'v.evaluation.period_exists' }], { field: 'number' });
  }
  const periodId = randomUUID();
  const preview = await plan(db, periodId, body.unitId, bounds.to);
  if (preview.missing.length) throw noSet(preview.missing);

  const jobId = await startJob(
    db,
    { kind: 'evaluation.period_open', accountId: actor.accountId, unitId: body.unitId, dbKind: ctx.dbKind, log: ctx.log },
    async (job) =>
      asOutcome(
        async (progress) =>
          db.transaction().execute(async (trx) => {
            await insertPeriod(trx, {
              id: periodId,
              unit_id: body.unitId,
              kind: body.kind,
              year: body.year,
              number: body.number,
              start_date: bounds.from,
              end_date: bounds.to,
              self_due: d.selfDue,
              appraisal_due: d.appraisalDue,
              decision_due: d.decisionDue,
              opened_by: actor.accountId,
            });
            // Freeze first, then resolve again: a draft edited meanwhile is what gets frozen (criteria module).
            await freezeSetsTx(
              trx,
              preview.sets.map((s) => s.id),
            );
            const { rows, missing } = await plan(trx, periodId, body.unitId, bounds.to);
            if (missing.length) throw noSet(missing);
            await bq.insertEvaluations(trx, rows);
            const summary = await computePeriod(trx, periodId, progress, { mode: 'open' });
            await recordAudit(trx, ctx.audit, [
              {
                action: 'evaluation.period_open',
                entityType: 'evaluation_period',
                entityId: periodId,
                unitId: body.unitId,
                after: {
                  kind: body.kind,
                  year: body.year,
                  number: body.number,
                  deadlines: d,
                  ...(body.pastDeadlinesConfirmed ? { pastDeadlinesConfirmed: true } : {}),
                  ...summary,
                },
              },
            ]);
            return summary.evaluations;
          }),
        job.progress,
      ),
  );
  return { jobId, periodId };
}

const DEADLINE_FIELDS = ['selfDue', 'appraisalDue', 'decisionDue'] as const;

const pick = (b: OpenPeriodRequest) =>
  Object.fromEntries(Object.entries({ selfDue: b.selfDue, appraisalDue: b.appraisalDue, decisionDue: b.decisionDue }).filter(([, v]) => v));

/** A job body → its outcome: refusals (AppError) become a failed job with the rule's message. */
export async function asOutcome(
  run: (p: (p: ComputeProgress) => unknown) => Promise<number>,
  progress: (p: ComputeProgress) => Promise<void>,
): Promise<JobOutcome> {
  let last = { done: 0, total: 0 };
  // The whole job runs in one transaction: on embedded PGlite only 'writing' progress may be
  // reported from inside it (the jobs module keeps it in memory instead of writing the job row).
  const track = (p: ComputeProgress) => {
    last = p;
    return progress({ ...p, phase: 'writing' });
  };
  try {
    const n = await run(track);
    return { status: 'succeeded', total: n, done: n, result: null, error: null, errorFile: null };
  } catch (err) {
    if (err instanceof AppError) {
      const d = err.details?.[0];
      return {
        status: 'failed',
        total: last.total,
        done: last.done,
        result: null,
        error: { code: d?.key ?? err.code, params: d?.params ?? err.params },
        errorFile: null,
      };
    }
    if ((err as { code?: string }).code === '23505')
      return {
        status: 'failed',
        total: last.total,
        done: last.done,
        result: null,
        error: { code: 'v.evaluation.period_exists' },
        errorFile: null,
      };
    throw err;
  }
}

/** How many of the decisions on changed facts the close report names one by one (all are counted). */
const CLOSE_REPORT_LIMIT = 1000;

/** The close itself, in the caller's transaction (tests drive it directly to prove all-or-nothing). */
export async function closePeriodTx(
  trx: Trx,
  audit: AuditContext,
  periodId: string,
  onProgress: (p: ComputeProgress) => unknown = () => {},
): Promise<number> {
  const period = await bq.lockPeriod(trx, periodId, 'update');
  if (!period) throw notFound();
  if (period.status !== 'open') throw periodClosed();
  const undecided = await q.undecidedCount(trx, periodId);
  if (undecided > 0)
    throw invalid({ field: 'periodId', key: 'v.evaluation.close_undecided', params: { count: undecided, rule: RULES.levels } });
  const summary = await computePeriod(trx, periodId, onProgress, { mode: 'close' });
  // Decision 0008: each decision stands on the facts it recorded; the report lists those whose facts changed since.
  const changed = await q.decisionsOnChangedFacts(trx, periodId);
  const changedSinceDecision = {
    count: changed.length,
    evaluations: changed.slice(0, CLOSE_REPORT_LIMIT).map((r) => ({ id: r.id, personId: r.person_id, unitId: r.subject_unit_id })),
  };
  await markPeriodClosed(trx, periodId, period.version + 1);
  await recordAudit(trx, audit, [
    {
      action: 'evaluation.period_close',
      entityType: 'evaluation_period',
      entityId: periodId,
      unitId: period.unit_id,
      before: { status: 'open' },
      after: { status: 'closed', ...summary, changedSinceDecision },
    },
  ]);
  return summary.evaluations;
}

/** POST /periods/:id/close — the refusals a user can act on are answered at once; the job re-checks them. */
export async function closePeriod(ctx: JobContext, periodId: string, version: number): Promise<{ jobId: string; periodId: string }> {
  const { db, actor } = ctx;
  const period = await q.periodById(db, periodId);
  if (!period || !(await q.periodVisible(db, periodId, readRoots(actor), actor.personId))) throw notFound();
  await assertCanOpen(db, actor, period.unit_id);
  if (period.status !== 'open') throw periodClosed();
  if (period.version !== version) throw conflict();
  const undecided = await q.undecidedCount(db, periodId);
  if (undecided > 0)
    throw invalid({ field: 'periodId', key: 'v.evaluation.close_undecided', params: { count: undecided, rule: RULES.levels } });
  const jobId = await startJob(
    db,
    { kind: 'evaluation.period_close', accountId: actor.accountId, unitId: period.unit_id, dbKind: ctx.dbKind, log: ctx.log },
    (job) => asOutcome((progress) => db.transaction().execute((trx) => closePeriodTx(trx, ctx.audit, periodId, progress)), job.progress),
  );
  return { jobId, periodId };
}

async function periodActions(db: Kysely<DB>, actor: Actor, p: q.PeriodFull): Promise<PeriodView['actions']> {
  const open = p.status === 'open';
  return {
    close: open && (await inScope(db, actor, 'evaluation.open', p.unit_id)),
    appraise: open && holds(actor, 'evaluation.appraise'),
    decide: open && holds(actor, 'evaluation.decide'),
    publish: open && holds(actor, 'evaluation.decide'),
  };
}

export async function listPeriods(db: Kysely<DB>, actor: Actor, locale: Locale, query: PeriodListQuery): Promise<PeriodList> {
  const rows = await q.listPeriods(db, {
    roots: readRoots(actor),
    personId: actor.personId,
    unitId: query.unitId,
    year: query.year,
    kind: query.kind,
  });
  const items = [];
  for (const p of rows) items.push(presentPeriod(p, locale, await periodActions(db, actor, p)));
  return { items };
}

export async function periodDetail(db: Kysely<DB>, actor: Actor, locale: Locale, id: string): Promise<PeriodDetail> {
  const p = await q.periodById(db, id);
  const roots = readRoots(actor);
  if (!p || !(await q.periodVisible(db, id, roots, actor.personId))) throw notFound();
  const zero = () => ({ excellent: 0, good: 0, completed: 0, not_completed: 0, none: 0 });
  const counts = {
    total: 0,
    byStatus: { excluded: 0, self_pending: 0, self_submitted: 0, appraised: 0, decided: 0, published: 0 },
    byDecisionLevel: zero(),
    byProposedLevel: zero(),
  };
  for (const r of await q.periodCounts(db, id, roots, actor.personId)) {
    counts.total += r.n;
    counts.byStatus[r.status as keyof typeof counts.byStatus] += r.n;
    // Their own evaluation, seen as its subject: no decision before publication, no proposal (it may rest on the appraisal).
    const decided = r.status === 'published' || (!r.own_only && r.status === 'decided');
    const dl = decided && LEVELS.includes(r.decision_level as never) ? (r.decision_level as keyof ReturnType<typeof zero>) : 'none';
    counts.byDecisionLevel[dl] += r.n;
    if (r.status !== 'excluded')
      counts.byProposedLevel[(r.own_only ? 'none' : (r.proposed_level ?? 'none')) as keyof ReturnType<typeof zero>] += r.n;
  }
  return { ...presentPeriod(p, locale, await periodActions(db, actor, p)), counts };
}
