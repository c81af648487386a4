// Step 1, the self-assessment (the person), and step 2, the appraisal (the organising body).
// A self-assessment never submitted blocks the appraisal unless the appraiser marks it missing
// (`selfMissing: true`): then inputs.selfMissing is recorded and shown, and the appraisal carries the
// general part itself — nothing is ever counted as 0.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AppraisalRequest, SelfRequest } from '../../../contracts/evaluation-steps.js';
import type { Scores } from '../../../domain/evaluation/index.js';
import type { DB } from '../../db/schema.js';
import { invalid } from '../../errors.js';
import { requireAction } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { setsById } from './evaluation.bulk.queries.js';
import { type EvalRules, type LoadedSet, type StoredInputs, buildSets, evaluate, loadRules, scoreFor } from './evaluation.engine.js';
import { assertWritable, inputsOf, levelIssues, loadForStep, stepOrder } from './evaluation.guard.js';
import { assertCanSelfAssess, assertCanStep } from './evaluation.policy.js';
import { type EvaluationFull, insertRevision, updateEvaluation } from './evaluation.queries.js';

type Trx = Transaction<DB>;
export interface StepContext {
  actor: Actor;
  audit: AuditContext;
  locale: Locale;
}

/** The rules in force at the period's end and the evaluation's (frozen) criteria set. */
export async function rulesAndSet(
  db: Kysely<DB>,
  e: { end_date: string; criteria_set_id: string },
): Promise<{ rules: EvalRules; set: LoadedSet }> {
  const rules = await loadRules(db, e.end_date);
  const set = buildSets(await setsById(db, [e.criteria_set_id]), rules.formula).get(e.criteria_set_id)!;
  return { rules, set };
}

const json = (x: unknown) => (x === null || x === undefined ? null : JSON.stringify(x));
const audited = (e: EvaluationFull) => ({ entityType: 'evaluation' as const, entityId: e.id, personId: e.person_id, unitId: e.unit_id });

async function selfStep(trx: Trx, ctx: StepContext, id: string, version: number) {
  const e = await loadForStep(trx, id);
  await assertCanSelfAssess(trx, ctx.actor, e);
  assertWritable(e, version);
  if (e.status !== 'self_pending') throw stepOrder(ctx.locale, e.status, 'self_pending');
  return { e, ...(await rulesAndSet(trx, e)) };
}

/** PUT /:id/self — saved while pending; scores outside 0..max → 400 naming general.<code> with the rule. */
export async function saveSelf(trx: Trx, ctx: StepContext, id: string, body: SelfRequest): Promise<void> {
  const { e, set } = await selfStep(trx, ctx, id, body.version);
  const kpis = body.kpis ?? null;
  const scored = scoreFor(set, inputsOf(e), body.general, kpis);
  if (scored.result.errors.length) throw invalid(...scored.result.errors);
  const after = { general: body.general, kpis, score: scored.total, level: body.proposedLevel ?? null, comment: body.comment };
  if (
    !(await updateEvaluation(trx, id, body.version, {
      self_general: json(body.general),
      self_kpis: json(kpis),
      self_score: scored.total,
      self_level: body.proposedLevel ?? null,
      self_comment: body.comment,
    }))
  )
    throw new Error('version checked under lock');
  await recordAudit(trx, ctx.audit, [
    { action: 'evaluation.self', ...audited(e), before: { general: e.self_general, kpis: e.self_kpis, level: e.self_level }, after },
  ]);
}

/** POST /:id/self/submit — every general criterion scored and a proposed level; then locked. */
export async function submitSelf(trx: Trx, ctx: StepContext, id: string, version: number): Promise<void> {
  const { e, set, rules } = await selfStep(trx, ctx, id, version);
  const general = (e.self_general ?? {}) as Scores;
  const issues = set.criteria
    .filter((c) => c.part === 'general' && typeof general[c.code] !== 'number')
    .map((c) => ({ field: `general.${c.code}`, key: 'v.evaluation.general_missing', params: { code: c.code } }));
  if (!e.self_level) issues.push({ field: 'proposedLevel', key: 'v.required', params: { code: '' } });
  if (issues.length) throw invalid(...issues);
  const r = evaluate(set, inputsOf(e), { general, kpis: (e.self_kpis ?? null) as Scores | null }, rules);
  await updateEvaluation(trx, id, version, {
    status: 'self_submitted',
    self_submitted_at: new Date(),
    self_score: r.scored.total,
    results_score: r.resultsScore,
    proposed_level: r.proposedLevel,
    gate_report: JSON.stringify(r.gateReport),
  });
  await insertRevision(trx, {
    id: randomUUID(),
    evaluation_id: id,
    step: 'self',
    score: r.scored.total,
    level: e.self_level,
    reason: null,
    by_account: ctx.actor.accountId,
  });
  await recordAudit(trx, ctx.audit, [
    {
      action: 'evaluation.self_submit',
      ...audited(e),
      after: { score: r.scored.total, level: e.self_level, proposedLevel: r.proposedLevel },
    },
  ]);
}

/** PUT /:id/appraisal — after the self-assessment (or marked missing), before the decision. */
export async function appraise(trx: Trx, ctx: StepContext, id: string, body: AppraisalRequest): Promise<void> {
  requireAction(ctx.actor, 'evaluation.appraise');
  const e = await loadForStep(trx, id);
  await assertCanStep(trx, ctx.actor, 'evaluation.appraise', e);
  assertWritable(e, body.version);
  const pendingOk = e.status === 'self_pending' && body.selfMissing;
  if (!(e.status === 'self_submitted' || e.status === 'appraised' || pendingOk)) {
    throw stepOrder(ctx.locale, e.status, e.status === 'self_pending' ? 'self_submitted' : 'appraised');
  }
  const { rules, set } = await rulesAndSet(trx, e);
  const submitted = e.self_submitted_at !== null;
  const general = body.general ?? (submitted ? (e.self_general as Scores | null) : null);
  const kpis = body.kpis ?? (submitted ? (e.self_kpis as Scores | null) : null);
  const inputs: StoredInputs = { ...inputsOf(e), ...(pendingOk || (inputsOf(e).selfMissing && !submitted) ? { selfMissing: true } : {}) };
  const r = evaluate(set, inputs, { general, kpis }, rules);
  if (r.scored.result.errors.length) throw invalid(...r.scored.result.errors);
  // Recomputed from the criteria where it can be; otherwise the appraiser's own score.
  const score = r.scored.total ?? body.score;
  if (score === undefined)
    throw invalid({ field: 'score', key: 'v.evaluation.score_required', params: { flags: r.scored.result.flags.join(', ') } });
  const gate = levelIssues(inputs, score, body.level, rules, ctx.locale);
  if (gate.length) throw invalid(...gate);
  await updateEvaluation(trx, id, body.version, {
    status: 'appraised',
    inputs: JSON.stringify(inputs),
    appraisal_general: json(general),
    appraisal_kpis: json(kpis),
    appraisal_score: score,
    appraisal_level: body.level,
    appraisal_comment: body.comment,
    appraised_by: ctx.actor.accountId,
    appraised_at: new Date(),
    results_score: r.resultsScore,
    proposed_level: r.proposedLevel,
    gate_report: JSON.stringify(r.gateReport),
  });
  await insertRevision(trx, {
    id: randomUUID(),
    evaluation_id: id,
    step: 'appraisal',
    score,
    level: body.level,
    reason: body.comment || null,
    by_account: ctx.actor.accountId,
  });
  await recordAudit(trx, ctx.audit, [
    {
      action: 'evaluation.appraise',
      ...audited(e),
      before: { status: e.status, score: e.appraisal_score, level: e.appraisal_level },
      after: { score, level: body.level, computed: r.scored.total !== null, selfMissing: inputs.selfMissing === true },
    },
  ]);
}
