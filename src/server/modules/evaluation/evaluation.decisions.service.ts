// Step 3, the decision of the standing committee: one evaluation or a peer group's decision set,
// both checked against the HTXS quota (Quy định 366-QĐ/TW: HTXS ≤ 20% of the number rated HTT in the
// peer group — same evaluating unit and cadre group — 25% with a granted exception); cancel and
// re-rate (kept in evaluation_revision); quota exceptions; publication with a notification.
//
// Quota counts: every path that changes a decided level — a single decision, a decision set, a
// cancel (and so a re-rating, which is a cancel then a decision) — goes through one check,
// `assertQuotaHolds`: the group's decided levels before and after the change, whatever the levels
// involved (rating an HTT down or cancelling it shrinks the base of the HTXS cap just as an HTXS
// grows the count). A group already over the cap may only move towards it (checkQuotaChange).
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  CancelDecisionRequest,
  DecisionRequest,
  DecisionSetRequest,
  QuotaExceptionRequest,
  QuotaView,
} from '../../../contracts/evaluation-steps.js';
import { OWN_WORK_RULE } from '../../../domain/judging/own-work.js';
import {
  type Level,
  RULES,
  checkQuota,
  checkQuotaChange,
  countLevels,
  quotaPct,
  validateQuotaException,
} from '../../../domain/evaluation/index.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, type FieldIssue, invalid, notFound } from '../../errors.js';
import { requireAction } from '../../http/access.js';
import { type Locale, t } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { notifyTx } from '../notifications/index.js';
import { unitInSubtrees } from '../org/index.js';
import { lockPeriod } from './evaluation.bulk.queries.js';
import { type DecisionFacts, type EvalRules, loadRules } from './evaluation.engine.js';
import { assertWritable, inputsOf, levelIssues, loadForStep, periodClosed, stepOrder } from './evaluation.guard.js';
import { assertCanStep, assertMay, assertNotOwnGroup, decisionBasisOf, ownWorkOf } from './evaluation.policy.js';
import { periodLabel } from './evaluation.presenter.js';
import * as q from './evaluation.queries.js';
import { evaluationHead, insertQuotaException } from './evaluation.writes.queries.js';
import type { StepContext } from './evaluation.steps.service.js';

type Trx = Transaction<DB>;

const departs = (a: { score: number; level: string }, e: { appraisal_score: number | null; appraisal_level: string | null }) =>
  Number(a.score) !== Number(e.appraisal_score) || a.level !== e.appraisal_level;

/** Reason required when the decision departs from the appraisal (Quy định 366-QĐ/TW: the competent level decides). */
function decisionIssues(
  e: q.EvaluationFull,
  item: { score: number; level: Level; reason?: string },
  rules: EvalRules,
  locale: Locale,
  prefix = '',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (departs(item, e) && !item.reason)
    issues.push({ field: `${prefix}reason`, key: 'v.evaluation.reason_required', params: { rule: RULES.levels } });
  issues.push(...levelIssues(inputsOf(e), item.score, item.level, rules, locale, `${prefix}level`));
  return issues;
}

async function quotaFor(db: Kysely<DB>, periodId: string, unitId: string, cadreGroup: string, rules: EvalRules) {
  const ex = await q.quotaExceptionOf(db, periodId, unitId, cadreGroup);
  return {
    pct: quotaPct(rules.quota, ex ? { percent: Number(ex.percent) } : null),
    exception: ex ? { percent: Number(ex.percent), reason: ex.reason } : null,
  };
}

/**
 * Quy định 366-QĐ/TW (HTXS ≤ 20% of HTT, 25% with an exception): the one check every path that
 * changes a decided level calls, under the peer group's lock. `change` maps evaluation ids to their
 * decided level after the change (null = no longer decided); 400 naming `field` with the counts.
 */
export async function assertQuotaHolds(
  trx: Trx,
  group: { periodId: string; unitId: string; cadreGroup: string },
  change: ReadonlyMap<string, Level | null>,
  rules: EvalRules,
  field: string,
): Promise<void> {
  const rows = await q.peerGroup(trx, group.periodId, group.unitId, group.cadreGroup);
  const decided = (p: (typeof rows)[number]) => (p.status === 'decided' || p.status === 'published' ? (p.decision_level as Level) : null);
  const before = countLevels(rows.map(decided));
  const after = countLevels(rows.map((p) => (change.has(p.id) ? change.get(p.id)! : decided(p))));
  const { pct } = await quotaFor(trx, group.periodId, group.unitId, group.cadreGroup, rules);
  const c = checkQuotaChange(before, after, { pct });
  if (!c.ok) throw invalid({ field, key: c.after.explanation.key, params: c.after.explanation.params });
}

const groupOf = (e: { period_id: string; unit_id: string; cadre_group: string }) => ({
  periodId: e.period_id,
  unitId: e.unit_id,
  cadreGroup: e.cadre_group,
});

const audited = (e: q.EvaluationFull) => ({ entityType: 'evaluation' as const, entityId: e.id, personId: e.person_id, unitId: e.unit_id });

/** PUT /:id/decision */
export async function decide(trx: Trx, ctx: StepContext, id: string, body: DecisionRequest): Promise<void> {
  requireAction(ctx.actor, 'evaluation.decide');
  const head = await evaluationHead(trx, id);
  if (head) await q.lockPeerGroup(trx, head.period_id, head.unit_id, head.cadre_group);
  const e = await loadForStep(trx, id);
  await assertCanStep(trx, ctx.actor, 'evaluation.decide', e);
  assertWritable(e, body.version);
  if (e.status !== 'appraised') throw stepOrder(ctx.locale, e.status, 'appraised');
  const rules = await loadRules(trx, e.end_date);
  const issues = decisionIssues(e, body, rules, ctx.locale);
  if (issues.length) throw invalid(...issues);
  await assertQuotaHolds(trx, groupOf(e), new Map([[e.id, body.level]]), rules, 'level');
  await writeDecision(trx, ctx, e, body);
  const basis = await decisionBasisOf(trx, ctx.actor, e);
  await recordAudit(trx, ctx.audit, [
    {
      action: 'evaluation.decide',
      ...audited(e),
      before: { status: e.status },
      after: { score: body.score, level: body.level, reason: body.reason ?? null, basis },
    },
  ]);
}

/** The decision with the facts it was taken on (inputs, gate report, proposal as stored now): a later refresh or close never rewrites them. */
async function writeDecision(
  trx: Trx,
  ctx: StepContext,
  e: q.EvaluationFull,
  d: { version: number; score: number; level: Level; reason?: string },
) {
  const facts: DecisionFacts = {
    inputs: e.inputs as DecisionFacts['inputs'],
    gateReport: e.gate_report as DecisionFacts['gateReport'],
    proposedLevel: e.proposed_level as Level | null,
  };
  if (
    !(await q.updateEvaluation(trx, e.id, d.version, {
      status: 'decided',
      decision_score: d.score,
      decision_level: d.level,
      decision_reason: d.reason ?? null,
      decided_by: ctx.actor.accountId,
      decided_at: new Date(),
      decision_facts: JSON.stringify(facts),
    }))
  )
    throw conflict();
  await q.insertRevision(trx, {
    id: randomUUID(),
    evaluation_id: e.id,
    step: 'decision',
    score: d.score,
    level: d.level,
    reason: d.reason ?? null,
    by_account: ctx.actor.accountId,
  });
}

/** POST /periods/:id/decisions — a peer group's decisions, all or none. */
export async function decideSet(trx: Trx, ctx: StepContext, periodId: string, body: DecisionSetRequest): Promise<QuotaView> {
  await assertMay(trx, ctx.actor, 'evaluation.decide', body.unitId);
  await q.lockPeerGroup(trx, periodId, body.unitId, body.cadreGroup);
  const period = await lockPeriod(trx, periodId, 'share');
  if (!period) throw notFound();
  if (period.status !== 'open') throw periodClosed();
  const rules = await loadRules(trx, period.end_date);
  const group = new Map((await q.peerGroup(trx, periodId, body.unitId, body.cadreGroup, true)).map((p) => [p.id, p]));
  const issues: FieldIssue[] = [];
  const rows: q.EvaluationFull[] = [];
  for (const [i, item] of body.items.entries()) {
    if (!group.has(item.evaluationId)) {
      issues.push({ field: `items.${i}.evaluationId`, key: 'v.evaluation.not_in_group', params: { rule: RULES.quota } });
      continue;
    }
    const e = (await q.evaluationById(trx, item.evaluationId))!;
    if (e.version !== item.version) throw conflict();
    if (e.status !== 'appraised') {
      issues.push(...stepOrder(ctx.locale, e.status, 'appraised', `items.${i}.level`).details!);
      continue;
    }
    // Quy định 366-QĐ/TW, Điều 12–13: the actor's own evaluation is never part of their decision set.
    if (await ownWorkOf(trx, ctx.actor, e)) {
      issues.push({ field: `items.${i}.evaluationId`, key: 'v.evaluation.own_work', params: { rule: OWN_WORK_RULE } });
      continue;
    }
    issues.push(...decisionIssues(e, item, rules, ctx.locale, `items.${i}.`));
    rows.push(e);
  }
  if (issues.length) throw invalid(...issues);
  await assertQuotaHolds(
    trx,
    { periodId, unitId: body.unitId, cadreGroup: body.cadreGroup },
    new Map(body.items.map((x) => [x.evaluationId, x.level])),
    rules,
    'items',
  );
  for (const [i, e] of rows.entries()) await writeDecision(trx, ctx, e, body.items[i]);
  const bases = await Promise.all(rows.map((e) => decisionBasisOf(trx, ctx.actor, e)));
  await recordAudit(
    trx,
    ctx.audit,
    rows.map((e, i) => ({
      action: 'evaluation.decide_set',
      ...audited(e),
      before: { status: e.status },
      after: {
        score: body.items[i].score,
        level: body.items[i].level,
        reason: body.items[i].reason ?? null,
        cadreGroup: body.cadreGroup,
        basis: bases[i],
      },
    })),
  );
  return quotaView(trx, ctx.locale, periodId, body.unitId, body.cadreGroup, rules);
}

/** POST /:id/cancel-decision — back to 'appraised', the cancelled decision kept with its reason. */
export async function cancelDecision(trx: Trx, ctx: StepContext, id: string, body: CancelDecisionRequest): Promise<void> {
  requireAction(ctx.actor, 'evaluation.decide');
  const head = await q.peerGroupKeyOf(trx, id);
  if (head) await q.lockPeerGroup(trx, head.period_id, head.unit_id, head.cadre_group);
  const e = await loadForStep(trx, id);
  await assertCanStep(trx, ctx.actor, 'evaluation.decide', e);
  assertWritable(e, body.version);
  if (e.status !== 'decided' && e.status !== 'published') throw stepOrder(ctx.locale, e.status, 'decided');
  await assertQuotaHolds(trx, groupOf(e), new Map([[e.id, null]]), await loadRules(trx, e.end_date), 'status');
  await q.updateEvaluation(trx, id, body.version, {
    status: 'appraised',
    decision_score: null,
    decision_level: null,
    decision_reason: null,
    decided_by: null,
    decided_at: null,
    published_at: null,
    decision_facts: null,
  });
  await q.insertRevision(trx, {
    id: randomUUID(),
    evaluation_id: id,
    step: 'cancel',
    score: e.decision_score,
    level: e.decision_level,
    reason: body.reason,
    by_account: ctx.actor.accountId,
  });
  await recordAudit(trx, ctx.audit, [
    {
      action: 'evaluation.cancel',
      ...audited(e),
      before: { status: e.status, score: e.decision_score, level: e.decision_level },
      after: { status: 'appraised', reason: body.reason },
    },
  ]);
}

/** POST /periods/:id/quota-exceptions — the competent level allows up to 25% for outstanding results. */
export async function grantException(trx: Trx, ctx: StepContext, periodId: string, body: QuotaExceptionRequest) {
  await assertMay(trx, ctx.actor, 'evaluation.decide', body.unitId);
  const period = await lockPeriod(trx, periodId, 'share');
  if (!period) throw notFound();
  if (period.status !== 'open') throw periodClosed();
  if (!(await unitInSubtrees(trx, [period.unit_id], body.unitId)))
    throw invalid({ field: 'unitId', key: 'v.evaluation.unit_outside_period' });
  if (!(await q.cadreGroupExists(trx, body.cadreGroup)))
    throw invalid({ field: 'cadreGroup', key: 'v.unknown_ref', params: { field: 'cadreGroup' } });
  await assertNotOwnGroup(trx, ctx.actor, { periodId, unitId: body.unitId, cadreGroup: body.cadreGroup, endDate: period.end_date });
  const rules = await loadRules(trx, period.end_date);
  const issues = validateQuotaException(body.percent, rules.quota);
  if (issues.length) throw invalid(...issues);
  if (await q.quotaExceptionOf(trx, periodId, body.unitId, body.cadreGroup)) {
    throw new AppError(409, 'duplicate', [{ field: 'cadreGroup', key: 'duplicate', params: { field: 'cadreGroup' } }], {
      field: 'cadreGroup',
    });
  }
  const row = {
    id: randomUUID(),
    period_id: periodId,
    unit_id: body.unitId,
    cadre_group: body.cadreGroup,
    percent: body.percent,
    reason: body.reason,
    granted_by: ctx.actor.accountId,
  };
  const saved = await insertQuotaException(trx, row);
  await recordAudit(trx, ctx.audit, [
    {
      action: 'evaluation.quota_exception',
      entityType: 'quota_exception',
      entityId: row.id,
      unitId: body.unitId,
      after: { periodId, cadreGroup: body.cadreGroup, percent: body.percent, reason: body.reason },
    },
  ]);
  return {
    id: row.id,
    periodId,
    unitId: body.unitId,
    cadreGroup: body.cadreGroup,
    percent: body.percent,
    reason: body.reason,
    grantedAt: saved.granted_at.toISOString(),
  };
}

/** The decision screen: prospective counts (decided level, else the appraisal's) and decided-only counts. */
export async function quotaView(
  db: Kysely<DB>,
  locale: Locale,
  periodId: string,
  unitId: string,
  cadreGroup: string,
  rules?: EvalRules,
): Promise<QuotaView> {
  const period = await q.periodById(db, periodId);
  if (!period) throw notFound();
  const r = rules ?? (await loadRules(db, period.end_date));
  const group = await q.peerGroup(db, periodId, unitId, cadreGroup);
  const decided = (p: (typeof group)[number]) => p.status === 'decided' || p.status === 'published';
  const prospective = countLevels(group.map((p) => (decided(p) ? p.decision_level : p.appraisal_level)));
  const onlyDecided = countLevels(group.filter(decided).map((p) => p.decision_level as Level));
  const { pct, exception } = await quotaFor(db, periodId, unitId, cadreGroup, r);
  const check = checkQuota(prospective, { pct });
  const checkDecided = checkQuota(onlyDecided, { pct });
  return {
    unitId,
    cadreGroup,
    excellent: prospective.excellent,
    good: prospective.good,
    cap: check.cap,
    pct,
    ok: check.ok,
    mustRateDown: check.mustRateDown,
    exception,
    decided: { ...onlyDecided, cap: checkDecided.cap, ok: checkDecided.ok },
    explanation: t(locale, check.explanation.key, check.explanation.params),
    rule: RULES.quota,
  };
}

export async function readQuota(
  db: Kysely<DB>,
  ctx: StepContext,
  periodId: string,
  unitId: string,
  cadreGroup: string,
): Promise<QuotaView> {
  await assertMay(db, ctx.actor, 'evaluation.read', unitId);
  return quotaView(db, ctx.locale, periodId, unitId, cadreGroup);
}

/** POST /periods/:id/publish — decided → published under the unit; the persons are notified. */
export async function publish(trx: Trx, ctx: StepContext, periodId: string, unitId: string | undefined): Promise<number> {
  requireAction(ctx.actor, 'evaluation.decide');
  const period = await q.periodById(trx, periodId);
  if (!period) throw notFound();
  const root = unitId ?? period.unit_id;
  await assertMay(trx, ctx.actor, 'evaluation.decide', root);
  const locked = await lockPeriod(trx, periodId, 'share');
  if (locked!.status !== 'open') throw periodClosed();
  const rows = await q.publishDecided(trx, periodId, root);
  const params = { period: periodLabel('vi', period), periodEn: periodLabel('en', period) };
  for (const r of rows) {
    // A re-publication after cancel and re-rate notifies again (a new key each time).
    if (r.person_id)
      await notifyTx(trx, {
        personId: r.person_id,
        kind: 'evaluation_published',
        params,
        dedupeKey: `evaluation_published:${r.id}:${randomUUID()}`,
      });
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await recordAudit(
      trx,
      ctx.audit,
      rows.slice(i, i + 1000).map((r) => ({
        action: 'evaluation.publish',
        entityType: 'evaluation',
        entityId: r.id,
        personId: r.person_id,
        unitId: r.unit_id,
        after: { periodId, level: r.decision_level },
      })),
    );
  }
  return rows.length;
}
