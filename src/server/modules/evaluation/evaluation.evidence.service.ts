// The evidence must not go stale (issue 7; decision 0008): the facts of an evaluation — task totals,
// triggers, units led — are taken when the period opens and again at close; in between, anyone who may
// read the evaluation takes them again with POST /:id/refresh (audited, with what changed). When they
// changed, the version moves, so a step taken on the screen of the old facts answers 409 and the
// step's actor sees the new ones first. The decision records the facts it was taken on
// (evaluation.decision_facts); close never rewrites them and reports the decisions whose facts changed.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../audit/index.js';
import { computePeriod } from './evaluation.compute.js';
import { type StoredInputs, factsKey } from './evaluation.engine.js';
import { assertWritable, inputsOf, loadForStep, stepOrder } from './evaluation.guard.js';
import { assertCanRead } from './evaluation.policy.js';
import * as q from './evaluation.queries.js';
import type { StepContext } from './evaluation.steps.service.js';

const summary = (i: StoredInputs | null, proposedLevel: string | null) => ({
  computedAt: i?.computedAt ?? null,
  asOf: i?.asOf ?? null,
  tasks: i?.tasks ?? null,
  triggers: i?.triggers ?? null,
  proposedLevel,
});

/** POST /:id/refresh — the facts taken again now; returns whether they changed. */
export async function refreshEvidence(trx: Transaction<DB>, ctx: StepContext, id: string, version: number): Promise<{ changed: boolean }> {
  const e = await loadForStep(trx, id);
  await assertCanRead(trx, ctx.actor, e);
  assertWritable(e, version);
  if (e.status === 'excluded') throw stepOrder(ctx.locale, e.status, 'self_pending');
  await computePeriod(trx, e.period_id, () => {}, { mode: 'recompute', only: new Set([id]) });
  const after = (await q.evaluationById(trx, id))!;
  const changed = factsKey(inputsOf(e)) !== factsKey(inputsOf(after)) || e.proposed_level !== after.proposed_level;
  if (changed) await q.bumpVersion(trx, id);
  await recordAudit(trx, ctx.audit, [
    {
      action: 'evaluation.refresh',
      entityType: 'evaluation',
      entityId: id,
      personId: e.person_id,
      unitId: e.unit_id,
      before: summary(inputsOf(e), e.proposed_level),
      after: { ...summary(inputsOf(after), after.proposed_level), changed },
    },
  ]);
  return { changed };
}
