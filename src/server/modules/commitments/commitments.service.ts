// Writing commitments: create (own), replace the actions (author while draft or returned), submit,
// return or approve (the cell or unit, never one's own); the year's reports and assessments are in
// commitments.progress.service.ts. Each write locks the row, checks the version (stale → 409) and the
// rule, and audits in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { CommitmentActionInput, CommitmentStatus } from '../../../contracts/commitments.js';
import { type CommitmentIssue, type CommitmentRules, checkActionCount, checkDueDates } from '../../../domain/commitments.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, type FieldIssue, fieldError, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { notifyTx } from '../notifications/index.js';
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
export async function forWrite(db: Kysely<DB>, actor: Actor, id: string): Promise<{ row: q.CommitmentRow; access: CommitmentAccess }> {
  const row = await q.commitmentById(db, id);
  if (!row) throw notFound();
  const access = await accessTo(db, actor, { unitId: row.unit_id, personId: row.person_id });
  if (!access.read) throw notFound();
  if (!access.author && !access.review && !access.ownReview) throw forbidden();
  return { row, access };
}

export async function lockAt(trx: Transaction<DB>, id: string, version: number): Promise<q.LockedCommitment> {
  const row = await q.lockCommitment(trx, id);
  if (!row) throw notFound();
  if (row.version !== version) throw conflict();
  return row;
}

export const audit = (row: { id: string; person_id: string; unit_id: string }) => ({
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

export async function reviewable(db: Kysely<DB>, actor: Actor, id: string): Promise<q.CommitmentRow> {
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
    await notifyTx(trx, {
      personId: locked.person_id,
      kind: 'commitment_returned',
      params: { commitmentId: id, year: locked.year, comment },
      dedupeKey: `commitment_returned:${id}:${version}`,
    });
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
    await notifyTx(trx, {
      personId: locked.person_id,
      kind: 'commitment_approved',
      params: { commitmentId: id, year: locked.year },
      dedupeKey: `commitment_approved:${id}:${version}`,
    });
  });
}
