// Recording and reading the inputs of the KHT triggers and the HTXS gate about one person (Quy
// định 366-QĐ/TW, Điều 11; Nghị định 335/2025/NĐ-CP). Records are scoped by the person's unit
// and every one is audited under it. Dates of decisions and findings cannot lie in the future;
// member statuses may (planned leave).
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntityType } from '../../../contracts/audit-vocabulary.js';
import type { Kysely, Transaction } from 'kysely';
import type {
  ConfidenceVoteList,
  ConfidenceVoteView,
  CreateConfidenceVoteRequest,
  CreateDegradationRequest,
  CreateDisciplineRequest,
  CreateMemberStatusRequest,
  CreateShortcomingRequest,
  DegradationList,
  DegradationView,
  DisciplineList,
  DisciplineView,
  FixShortcomingRequest,
  MemberStatusList,
  MemberStatusView,
  ShortcomingList,
  ShortcomingView,
} from '../../../contracts/conduct.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { conflict, fieldError, notFound, ownWork } from '../../errors.js';
import { OWN_WORK_RULE } from '../../../domain/judging/own-work.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { assertCanRead, assertCanWrite, canWrite, requireReader, requireWriter } from './conduct.policy.js';
import { auditOf, presentDegradation, presentDiscipline, presentShortcoming, presentStatus, presentVote } from './conduct.presenter.js';
import * as q from './conduct.queries.js';
import { disciplineRecorded } from './conduct.events.js';

type Trx = Transaction<DB>;

async function unitOf(db: Kysely<DB>, personId: string): Promise<string> {
  const unitId = await q.personUnit(db, personId);
  if (!unitId) throw notFound();
  return unitId;
}

/** The person's unit once the actor may read their records (403 / 404 otherwise). */
async function readable(db: Kysely<DB>, actor: Actor, personId: string): Promise<string> {
  requireReader(actor);
  const unitId = await unitOf(db, personId);
  await assertCanRead(db, actor, unitId);
  return unitId;
}

async function writable(trx: Trx, actor: Actor, personId: string): Promise<string> {
  requireWriter(actor);
  const unitId = await unitOf(trx, personId);
  await assertCanWrite(trx, actor, unitId);
  notOwn(actor, personId);
  return unitId;
}

/**
 * Quy định 366-QĐ/TW, Điều 12–13 (decision 0029): these records are inputs of the person's own
 * evaluation (KHT triggers, HTXS gate), so nobody writes them about themselves — 403 own_work.conduct,
 * after the scope check (a record out of scope stays 404).
 */
function notOwn(actor: Actor, personId: string | null): void {
  if (actor.personId && personId && actor.personId === personId) throw ownWork('own_work.conduct', OWN_WORK_RULE);
}

function notFuture(field: string, date: string): void {
  if (date > todayInVietnam()) throw fieldError(field, 'v.conduct.future');
}

async function listOf<R, V>(
  db: Kysely<DB>,
  actor: Actor,
  personId: string,
  load: (db: Kysely<DB>, id: string) => Promise<R[]>,
  present: (r: R, edit: boolean) => V,
) {
  const unitId = await readable(db, actor, personId);
  // One's own records are read, never written (notOwn): no create/fix action is offered on them.
  const edit = (await canWrite(db, actor, unitId)) && actor.personId !== personId;
  return { items: (await load(db, personId)).map((r) => present(r, edit)), actions: { create: edit } };
}

interface Recorded {
  id: string;
  personId: string | null;
}
async function audited<V extends Recorded>(
  trx: Trx,
  ctx: AuditContext,
  action: AuditAction,
  entityType: AuditEntityType,
  unitId: string,
  view: V,
): Promise<V> {
  await recordAudit(trx, ctx, [{ action, entityType, entityId: view.id, personId: view.personId, unitId, after: auditOf(view) }]);
  return view;
}

// ---- discipline ----
export const listDisciplines = (db: Kysely<DB>, actor: Actor, personId: string): Promise<DisciplineList> =>
  listOf(db, actor, personId, q.disciplinesOf, presentDiscipline);

export async function createDiscipline(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  personId: string,
  body: CreateDisciplineRequest,
): Promise<DisciplineView> {
  const unitId = await writable(trx, actor, personId);
  notFuture('decidedOn', body.decidedOn);
  if (body.breachUnitId && !(await q.unitExists(trx, body.breachUnitId)))
    throw fieldError('breachUnitId', 'v.unknown_ref', { field: 'breachUnitId' });
  const row = await q.insertDiscipline(trx, {
    id: randomUUID(),
    person_id: personId,
    kind: body.kind,
    decided_on: body.decidedOn,
    reason: body.reason,
    decision_ref: body.decisionRef ?? null,
    breach_on: body.breachOn ?? null,
    breach_unit_id: body.breachUnitId ?? null,
  });
  const view = await audited(trx, ctx, 'discipline.create', 'discipline', unitId, presentDiscipline(row));
  await disciplineRecorded(trx, ctx, { id: row.id, personId, kind: row.kind, decidedOn: row.decided_on, decisionRef: row.decision_ref });
  return view;
}

// ---- confidence votes ----
export const listVotes = (db: Kysely<DB>, actor: Actor, personId: string): Promise<ConfidenceVoteList> =>
  listOf(db, actor, personId, q.votesOf, presentVote);

export async function createVote(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  personId: string,
  body: CreateConfidenceVoteRequest,
): Promise<ConfidenceVoteView> {
  const unitId = await writable(trx, actor, personId);
  notFuture('votedOn', body.votedOn);
  const row = await q.insertVote(trx, {
    id: randomUUID(),
    person_id: personId,
    voted_on: body.votedOn,
    total_votes: body.totalVotes,
    high_votes: body.highVotes,
    low_votes: body.lowVotes,
    note: body.note,
  });
  return audited(trx, ctx, 'confidence_vote.create', 'confidence_vote', unitId, presentVote(row));
}

// ---- degradation conclusions ----
export const listDegradations = (db: Kysely<DB>, actor: Actor, personId: string): Promise<DegradationList> =>
  listOf(db, actor, personId, q.degradationsOf, presentDegradation);

export async function createDegradation(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  personId: string,
  body: CreateDegradationRequest,
): Promise<DegradationView> {
  const unitId = await writable(trx, actor, personId);
  notFuture('concludedOn', body.concludedOn);
  const row = await q.insertDegradation(trx, {
    id: randomUUID(),
    person_id: personId,
    concluded_on: body.concludedOn,
    text: body.text,
    decision_ref: body.decisionRef ?? null,
  });
  return audited(trx, ctx, 'degradation_conclusion.create', 'degradation_conclusion', unitId, presentDegradation(row));
}

// ---- shortcomings ----
export const listShortcomings = (db: Kysely<DB>, actor: Actor, personId: string): Promise<ShortcomingList> =>
  listOf(db, actor, personId, q.shortcomingsOf, presentShortcoming);

export async function createShortcoming(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  personId: string,
  body: CreateShortcomingRequest,
): Promise<ShortcomingView> {
  const unitId = await writable(trx, actor, personId);
  notFuture('notedOn', body.notedOn);
  const row = await q.insertShortcoming(trx, { id: randomUUID(), person_id: personId, noted_on: body.notedOn, text: body.text });
  return audited(trx, ctx, 'shortcoming.create', 'shortcoming', unitId, presentShortcoming(row, true));
}

/** Marks a shortcoming fixed (or corrects the date); a person's is scoped by their unit, a collective's by its own. */
export async function fixShortcoming(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: FixShortcomingRequest,
): Promise<ShortcomingView> {
  requireWriter(actor);
  const before = await q.shortcomingById(trx, id);
  if (!before) throw notFound();
  const unitId = before.person_id ? await unitOf(trx, before.person_id) : before.unit_id!;
  await assertCanWrite(trx, actor, unitId);
  notOwn(actor, before.person_id);
  if (before.version !== body.version) throw conflict();
  if (body.fixedOn < before.noted_on)
    throw fieldError('fixedOn', 'v.conduct.fixed_before_noted', { notedOn: formatViDate(before.noted_on) });
  notFuture('fixedOn', body.fixedOn);
  const after = await q.markFixed(trx, id, body.version, body.fixedOn);
  if (!after) throw conflict();
  const view = presentShortcoming(after, true);
  await recordAudit(trx, ctx, [
    {
      action: 'shortcoming.fix',
      entityType: 'shortcoming',
      entityId: id,
      personId: after.person_id,
      unitId,
      before: { fixedOn: before.fixed_on },
      after: { fixedOn: after.fixed_on },
    },
  ]);
  return view;
}

// ---- member statuses ----
export const listStatuses = (db: Kysely<DB>, actor: Actor, personId: string): Promise<MemberStatusList> =>
  listOf(db, actor, personId, q.statusesOf, presentStatus);

export async function createStatus(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  personId: string,
  body: CreateMemberStatusRequest,
): Promise<MemberStatusView> {
  const unitId = await writable(trx, actor, personId);
  const validTo = body.validTo ?? null;
  if (await q.overlappingStatus(trx, personId, body.kind, body.validFrom, validTo)) throw fieldError('validFrom', 'v.overlap');
  const row = await q.insertStatus(trx, {
    id: randomUUID(),
    person_id: personId,
    kind: body.kind,
    valid_from: body.validFrom,
    valid_to: validTo,
    note: body.note,
  });
  return audited(trx, ctx, 'member_status.create', 'member_status', unitId, presentStatus(row));
}
