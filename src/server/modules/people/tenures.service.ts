// Tenures (person × post × period) and residences. Tenures are never deleted: a mistake is
// corrected with an audited update. Each write locks the person row, so two requests cannot both
// pass the overlap check for the same person.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { ResidenceInput, ResidenceView, TenureEnd, TenureInput, TenureUpdate, TenureView } from '../../../contracts/people.js';
import type { DB } from '../../db/schema.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { conflict, fieldError, notFound } from '../../errors.js';
import { recordAudit } from '../audit/index.js';
import { unitInSubtrees } from '../org/index.js';
import { assertCanWrite, writeRoots } from './people.policy.js';
import { presentResidence, presentTenure, tenureSnapshot } from './people.presenter.js';
import * as q from './people.queries.js';
import { adminRefs } from './people.service.js';
import * as tq from './tenures.queries.js';

type TenureFields = { postId: string; termId?: string | null; startDate: string; endDate?: string | null };

/** The post exists in the actor's write scope, is open at the start date, the term exists, no overlap. */
async function checkTenure(trx: Transaction<DB>, actor: Actor, personId: string, t: TenureFields, exceptId?: string): Promise<string> {
  const post = await tq.postWithUnit(trx, t.postId);
  // A post outside the scope is reported like a missing one: its existence is not revealed.
  if (!post || !(await unitInSubtrees(trx, writeRoots(actor), post.unit_id))) {
    throw fieldError('postId', 'v.unknown_ref', { field: 'postId' });
  }
  const openAt = (from: string, to: string | null) => from <= t.startDate && (to === null || t.startDate < to);
  if (!openAt(post.valid_from, post.valid_to) || !openAt(post.unit_valid_from, post.unit_valid_to))
    throw fieldError('postId', 'v.post_unit');
  if (t.termId && !(await tq.termExists(trx, t.termId))) throw fieldError('termId', 'v.unknown_ref', { field: 'termId' });
  const clash = await tq.overlappingTenure(trx, {
    personId,
    postId: t.postId,
    startDate: t.startDate,
    endDate: t.endDate ?? null,
    exceptId,
  });
  if (clash) throw fieldError('startDate', 'v.overlap');
  return post.unit_id;
}

/** The person, locked, after checking the actor may change them (404 / 403 otherwise). */
// Everything inside a transaction goes through `trx`: PGlite has one session, so a query on the
// pool would wait for the transaction that holds it.
async function writablePerson(trx: Transaction<DB>, actor: Actor, personId: string) {
  const locked = await q.lockPerson(trx, personId);
  if (!locked) throw notFound();
  await assertCanWrite(trx, actor, { id: personId, unitId: locked.unit_id });
  return locked;
}

export async function addTenure(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  personId: string,
  input: z.infer<typeof TenureInput>,
): Promise<z.infer<typeof TenureView>> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await writablePerson(trx, actor, personId);
    const unitId = await checkTenure(trx, actor, personId, input);
    const row = {
      id,
      person_id: personId,
      post_id: input.postId,
      term_id: input.termId ?? null,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      how: input.how,
      decision_ref: input.decisionRef || null,
    };
    await tq.insertTenure(trx, row);
    await recordAudit(trx, ctx, [
      { action: 'tenure.create', entityType: 'tenure', entityId: id, personId, unitId, after: tenureSnapshot({ ...row, version: 1 }) },
    ]);
  });
  return presentTenure((await tq.tenureById(db, id))!);
}

/** Loads the tenure for a change: 404 when missing or its person is out of reach, 409 when stale. */
async function tenureForChange(trx: Transaction<DB>, actor: Actor, tenureId: string, version: number) {
  const found = await tq.tenureById(trx, tenureId);
  if (!found) throw notFound();
  await writablePerson(trx, actor, found.person_id);
  // Re-read under the person's lock: the version compared is the current one.
  const t = await tq.tenureById(trx, tenureId);
  if (!t) throw notFound();
  if (t.version !== version) throw conflict();
  return t;
}

export async function endTenure(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  tenureId: string,
  input: z.infer<typeof TenureEnd>,
): Promise<z.infer<typeof TenureView>> {
  await db.transaction().execute(async (trx) => {
    const t = await tenureForChange(trx, actor, tenureId, input.version);
    if (t.end_date !== null) throw fieldError('endDate', 'v.tenure_ended');
    if (input.endDate < t.start_date) throw fieldError('endDate', 'v.date_order');
    const decisionRef = input.decisionRef || t.decision_ref;
    if (!(await tq.updateTenureRow(trx, tenureId, input.version, { end_date: input.endDate, decision_ref: decisionRef }))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'tenure.end',
        entityType: 'tenure',
        entityId: tenureId,
        personId: t.person_id,
        unitId: t.unit_id,
        before: tenureSnapshot(t),
        after: tenureSnapshot({ ...t, end_date: input.endDate, decision_ref: decisionRef, version: t.version + 1 }),
      },
    ]);
  });
  return presentTenure((await tq.tenureById(db, tenureId))!);
}

export async function updateTenure(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  tenureId: string,
  input: z.infer<typeof TenureUpdate>,
): Promise<z.infer<typeof TenureView>> {
  await db.transaction().execute(async (trx) => {
    const t = await tenureForChange(trx, actor, tenureId, input.version);
    const unitId = await checkTenure(trx, actor, t.person_id, { ...input, postId: t.post_id }, tenureId);
    const values = {
      term_id: input.termId ?? null,
      start_date: input.startDate,
      end_date: input.endDate ?? null,
      how: input.how,
      decision_ref: input.decisionRef || null,
    };
    if (!(await tq.updateTenureRow(trx, tenureId, input.version, values))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'tenure.update',
        entityType: 'tenure',
        entityId: tenureId,
        personId: t.person_id,
        unitId,
        before: tenureSnapshot(t),
        after: tenureSnapshot({ ...t, ...values, version: t.version + 1 }),
      },
    ]);
  });
  return presentTenure((await tq.tenureById(db, tenureId))!);
}

export async function addResidence(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  personId: string,
  input: z.infer<typeof ResidenceInput>,
): Promise<z.infer<typeof ResidenceView>> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const person = await writablePerson(trx, actor, personId);
    if (input.adminUnitId && !(await q.existingAdminUnits(trx, [input.adminUnitId])).has(input.adminUnitId)) {
      throw fieldError('adminUnitId', 'v.unknown_ref', { field: 'adminUnitId' });
    }
    const row = {
      id,
      person_id: personId,
      admin_unit_id: input.adminUnitId || null,
      address: input.address ?? '',
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
    };
    await q.insertResidence(trx, row);
    await recordAudit(trx, ctx, [
      {
        action: 'residence.create',
        entityType: 'person_residence',
        entityId: id,
        personId,
        unitId: person.unit_id,
        after: { adminUnitId: row.admin_unit_id, address: row.address, validFrom: row.valid_from, validTo: row.valid_to },
      },
    ]);
  });
  const saved = (await q.residencesOf(db, personId)).find((r) => r.id === id)!;
  return presentResidence(saved, await adminRefs(db, [saved.admin_unit_id]));
}
