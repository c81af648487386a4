// The year's progress of an approved commitment: the person reports on each action (mid-year, year
// end, once the stage opens); the cell or unit assesses each action after its year-end report (never
// one's own). Each write locks the row, checks the version (stale → 409) and audits in the same transaction.
import type { Kysely } from 'kysely';
import type { CommitmentAssess, CommitmentReport } from '../../../contracts/commitments.js';
import { checkAssessment, checkReport, commitmentOutcome } from '../../../domain/commitments.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { conflict, type FieldIssue, forbidden, invalid } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import * as q from './commitments.queries.js';
import { audit, forWrite, lockAt, reviewable } from './commitments.service.js';
import { loadCommitmentRules } from './commitments.settings.js';

/** Each id names an action of the commitment, once; else 400 naming the item. */
function indexOfActions(actions: readonly q.ActionRow[], ids: readonly string[], list: string): number[] | FieldIssue[] {
  const bad: FieldIssue[] = [];
  const seen = new Set<string>();
  const idx = ids.map((id, n) => {
    const at = actions.findIndex((a) => a.id === id);
    if (at < 0 || seen.has(id)) bad.push({ field: `${list}.${n}.actionId`, key: 'v.commitment.action_unknown' });
    seen.add(id);
    return at;
  });
  return bad.length ? bad : idx;
}

export async function reportCommitment(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  input: CommitmentReport,
): Promise<void> {
  const { row, access } = await forWrite(db, actor, id);
  if (!access.author) throw forbidden();
  const rules = await loadCommitmentRules(db, row.year);
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, input.version);
    const window = checkReport(locked, input.stage, todayInVietnam(), rules);
    if (window) throw invalid(window);
    const actions = await q.actionsOf(trx, id);
    const idx = indexOfActions(
      actions,
      input.reports.map((r) => r.actionId),
      'reports',
    );
    if (typeof idx[0] === 'object') throw invalid(...(idx as FieldIssue[]));
    // An assessed action keeps the report it was assessed on.
    const frozen = (idx as number[]).flatMap((at, n) =>
      input.stage === 'final' && actions[at].assessment !== null ? [{ field: `reports.${n}.text`, key: 'v.commitment.assessed' }] : [],
    );
    if (frozen.length) throw invalid(...frozen);
    const now = new Date();
    const before: Record<string, string | null> = {};
    for (const [n, at] of (idx as number[]).entries()) {
      const a = actions[at];
      const text = input.reports[n].text;
      before[a.id] = input.stage === 'mid' ? a.mid_report : a.final_report;
      await q.updateAction(
        trx,
        a.id,
        input.stage === 'mid' ? { mid_report: text, mid_reported_at: now } : { final_report: text, final_reported_at: now },
      );
    }
    if (!(await q.updateCommitmentRow(trx, id, input.version, {}))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'commitment.report',
        ...audit(locked),
        before: { version: input.version, stage: input.stage, reports: before },
        after: {
          version: input.version + 1,
          stage: input.stage,
          reports: Object.fromEntries(input.reports.map((r) => [r.actionId, r.text])),
        },
      },
    ]);
  });
}

export async function assessCommitment(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  input: CommitmentAssess,
): Promise<void> {
  const row = await reviewable(db, actor, id);
  const rules = await loadCommitmentRules(db, row.year);
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, input.version);
    const actions = await q.actionsOf(trx, id);
    const idx = indexOfActions(
      actions,
      input.assessments.map((r) => r.actionId),
      'assessments',
    );
    if (typeof idx[0] === 'object') throw invalid(...(idx as FieldIssue[]));
    const found = checkAssessment(
      locked,
      actions.map((a) => ({ finalReport: a.final_report })),
      idx as number[],
    );
    if (found.length) throw invalid(...found);
    const now = new Date();
    const before: Record<string, unknown> = {};
    for (const [n, at] of (idx as number[]).entries()) {
      const a = actions[at];
      const r = input.assessments[n];
      before[a.id] = a.assessment === null ? null : { result: a.assessment, comment: a.assessment_comment };
      await q.updateAction(trx, a.id, {
        assessment: r.result,
        assessment_comment: r.comment || null,
        assessed_by: actor.accountId,
        assessed_at: now,
      });
    }
    if (!(await q.updateCommitmentRow(trx, id, input.version, {}))) throw conflict();
    const after = await q.actionsOf(trx, id);
    await recordAudit(trx, ctx, [
      {
        action: 'commitment.assess',
        ...audit(locked),
        before: { version: input.version, assessments: before },
        after: {
          version: input.version + 1,
          assessments: Object.fromEntries(input.assessments.map((r) => [r.actionId, { result: r.result, comment: r.comment }])),
          outcome: commitmentOutcome(
            after.map((a) => a.assessment),
            rules,
          ),
        },
      },
    ]);
  });
}
