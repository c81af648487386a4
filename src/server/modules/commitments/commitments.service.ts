// Writing commitments: create (own), replace the actions (author while draft or returned), submit,
// return or approve (the cell or unit, never one's own), report per action (author, approved, once the
// stage opens), assess per action (the cell or unit, after the year-end report). Each write locks the
// row, checks the version (stale → 409) and the rule, and audits in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { CommitmentActionInput, CommitmentAssess, CommitmentReport, CommitmentStatus } from '../../../contracts/commitments.js';
import {
  type CommitmentIssue,
  type CommitmentRules,
  checkActionCount,
  checkAssessment,
  checkDueDates,
  checkReport,
  commitmentOutcome,
} from '../../../domain/commitments.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, type FieldIssue, fieldError, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { type CommitmentAccess, accessTo, requireOwnPerson, reviewRefusal } from './commitments.policy.js';
import * as q from './commitments.queries.js';
import { loadCommitmentRules } from './commitments.settings.js';

const exists = () => new AppError(409, 'commitment_exists', [{ field: 'year', key: 'v.commitment.exists' }]);

/** 400 naming the rule that forbids the step on a commitment in `status`. */
function statusRule(status: CommitmentStatus): AppError {
  if (status === 'approved') return fieldError('status', 'v.commitment.approved');
  if (status === 'submitted') return fieldError('status', 'v.commitment.submitted');
  return fieldError('status', 'v.commitment.not_submitted');
}

const issues = (list: Array<CommitmentIssue | null>): FieldIssue[] => list.filter((i): i is CommitmentIssue => i !== null);

function checkActions(year: number, actions: readonly CommitmentActionInput[], rules: CommitmentRules): FieldIssue[] {
  return issues([
    checkActionCount(actions.length, rules),
    ...checkDueDates(
      year,
      actions.map((a) => a.dueDate),
    ),
  ]);
}

const actionRows = (commitmentId: string, actions: readonly CommitmentActionInput[]) =>
  actions.map((a, n) => ({
    id: randomUUID(),
    commitment_id: commitmentId,
    ordinal: n + 1,
    title: a.title,
    evidence: a.evidence,
    due_date: a.dueDate,
  }));

const snapshot = (actions: ReadonlyArray<{ title: string; evidence: string; due_date?: string; dueDate?: string }>) =>
  actions.map((a) => ({ title: a.title, evidence: a.evidence, dueDate: a.dueDate ?? a.due_date }));

/** Loads the commitment for a write: 404 when unreadable, 403 when the actor is neither its author nor a reviewer. */
async function forWrite(db: Kysely<DB>, actor: Actor, id: string): Promise<{ row: q.CommitmentRow; access: CommitmentAccess }> {
  const row = await q.commitmentById(db, id);
  if (!row) throw notFound();
  const access = await accessTo(db, actor, { unitId: row.unit_id, personId: row.person_id });
  if (!access.read) throw notFound();
  if (!access.author && !access.review && !access.ownReview) throw forbidden();
  return { row, access };
}

async function lockAt(trx: Transaction<DB>, id: string, version: number): Promise<q.LockedCommitment> {
  const row = await q.lockCommitment(trx, id);
  if (!row) throw notFound();
  if (row.version !== version) throw conflict();
  return row;
}

const audit = (row: { id: string; person_id: string; unit_id: string }) => ({
  entityType: 'commitment' as const,
  entityId: row.id,
  personId: row.person_id,
  unitId: row.unit_id,
});

export async function createCommitment(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  input: { year: number; actions: CommitmentActionInput[] },
): Promise<string> {
  const personId = requireOwnPerson(actor);
  const person = await q.personById(db, personId);
  if (!person) throw forbidden();
  const rules = await loadCommitmentRules(db, input.year);
  const found = checkActions(input.year, input.actions, rules);
  if (found.length) throw invalid(...found);
  if (await q.commitmentIdOf(db, personId, input.year)) throw exists();
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await q.insertCommitment(trx, { id, person_id: personId, unit_id: person.unit_id, year: input.year, status: 'draft' });
    await q.replaceActions(trx, id, actionRows(id, input.actions));
    await recordAudit(trx, ctx, [
      {
        action: 'commitment.create',
        ...audit({ id, person_id: personId, unit_id: person.unit_id }),
        after: { year: input.year, status: 'draft', version: 1, actions: snapshot(input.actions) },
      },
    ]);
  });
  return id;
}

export async function updateCommitment(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  version: number,
  actions: CommitmentActionInput[],
): Promise<void> {
  const { row, access } = await forWrite(db, actor, id);
  if (!access.author) throw forbidden();
  const rules = await loadCommitmentRules(db, row.year);
  const found = checkActions(row.year, actions, rules);
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, version);
    if (locked.status !== 'draft' && locked.status !== 'returned') throw statusRule(locked.status);
    if (found.length) throw invalid(...found);
    const before = snapshot(await q.actionsOf(trx, id));
    await q.replaceActions(trx, id, actionRows(id, actions));
    if (!(await q.updateCommitmentRow(trx, id, version, {}))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'commitment.update',
        ...audit(locked),
        before: { version, actions: before },
        after: { version: version + 1, actions: snapshot(actions) },
      },
    ]);
  });
}

export async function submitCommitment(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number): Promise<void> {
  const { row, access } = await forWrite(db, actor, id);
  if (!access.author) throw forbidden();
  const rules = await loadCommitmentRules(db, row.year);
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, version);
    if (locked.status !== 'draft' && locked.status !== 'returned') throw statusRule(locked.status);
    // The rule in force may have changed since the draft was written: checked again on submission.
    const count = checkActionCount((await q.actionsOf(trx, id)).length, rules);
    if (count) throw invalid(count);
    const submittedAt = new Date();
    if (!(await q.updateCommitmentRow(trx, id, version, { status: 'submitted', submitted_at: submittedAt }))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'commitment.submit',
        ...audit(locked),
        before: { status: locked.status, version },
        after: { status: 'submitted', version: version + 1, submittedAt: submittedAt.toISOString() },
      },
    ]);
  });
}

async function reviewable(db: Kysely<DB>, actor: Actor, id: string): Promise<q.CommitmentRow> {
  const { row, access } = await forWrite(db, actor, id);
  if (!access.review) throw reviewRefusal(access);
  return row;
}

export async function returnCommitment(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  version: number,
  comment: string,
): Promise<void> {
  await reviewable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, version);
    if (locked.status !== 'submitted') throw statusRule(locked.status);
    const change = { status: 'returned' as const, reviewed_by: actor.accountId, reviewed_at: new Date(), review_comment: comment };
    if (!(await q.updateCommitmentRow(trx, id, version, change))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'commitment.return',
        ...audit(locked),
        before: { status: locked.status, version },
        after: { status: 'returned', version: version + 1, comment },
      },
    ]);
  });
}

export async function approveCommitment(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number): Promise<void> {
  await reviewable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, version);
    if (locked.status !== 'submitted') throw statusRule(locked.status);
    const change = { status: 'approved' as const, reviewed_by: actor.accountId, reviewed_at: new Date(), review_comment: null };
    if (!(await q.updateCommitmentRow(trx, id, version, change))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'commitment.approve',
        ...audit(locked),
        before: { status: locked.status, version },
        after: { status: 'approved', version: version + 1 },
      },
    ]);
  });
}

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
      input.stage === 'final' && actions[at]!.assessment !== null ? [{ field: `reports.${n}.text`, key: 'v.commitment.assessed' }] : [],
    );
    if (frozen.length) throw invalid(...frozen);
    const now = new Date();
    const before: Record<string, string | null> = {};
    for (const [n, at] of (idx as number[]).entries()) {
      const a = actions[at]!;
      const text = input.reports[n]!.text;
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
      const a = actions[at]!;
      const r = input.assessments[n]!;
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
