// Creating, renaming, closing and moving units. Each function runs inside the caller's
// transaction and writes its audit event there.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { DISTRICTS_ABOLISHED_ON } from '../../../contracts/org.js';
import type { DB } from '../../db/schema.js';
import { requireAction } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { conflict, fieldError, notFound } from '../../errors.js';
import { recordAudit } from '../audit/index.js';
import { connectClosure, insertReflexive } from './org.closure.queries.js';
import { unitSearchText } from './org.names.js';
import { assertCanRestructure, assertCanWrite, writableRef } from './org.policy.js';
import { presentUnit } from './org.presenter.js';
import * as q from './org.tree.queries.js';
import type { UnitRow } from './org.tree.queries.js';
import * as w from './org.write.queries.js';

type Db = Kysely<DB>;

export interface CreateUnitInput {
  kind: string;
  name: string;
  shortName?: string | null;
  parentId: string;
  validFrom: string;
  adminUnitId?: string | null;
}

/** 400 on `field` unless `u` is valid at `d` and not scheduled to close (a new open-ended link hangs on it). */
export function assertOpenAt(u: UnitRow, d: string, field: string): void {
  if (u.valid_to !== null && u.valid_to <= d) throw fieldError(field, 'v.unit_closed');
  if (u.valid_from > d || u.valid_to !== null) throw fieldError(field, 'v.unit_not_valid');
}

/** Creates a unit with its parent link and closure rows; checks the parent is open at validFrom (not the scope). */
export async function createUnitTx(trx: Db, input: CreateUnitInput, fieldPrefix = ''): Promise<string> {
  if (input.kind === 'district' && input.validFrom >= DISTRICTS_ABOLISHED_ON) throw fieldError(`${fieldPrefix}kind`, 'v.district_era');
  const parent = await q.unitById(trx, input.parentId);
  if (!parent) throw fieldError(`${fieldPrefix}parentId`, 'v.unknown_ref', { field: 'parentId' });
  assertOpenAt(parent, input.validFrom, `${fieldPrefix}parentId`);
  const id = randomUUID();
  await w.insertUnit(trx, {
    id,
    kind: input.kind,
    name: input.name,
    shortName: input.shortName ?? null,
    adminUnitId: input.adminUnitId ?? null,
    validFrom: input.validFrom,
    searchText: unitSearchText(input.name, input.shortName),
  });
  await insertReflexive(trx, id);
  await w.insertLink(trx, { id: randomUUID(), parentId: parent.id, childId: id, validFrom: input.validFrom });
  await connectClosure(trx, parent.id, id);
  return id;
}

export async function createUnit(trx: Transaction<DB>, actor: Actor, ctx: AuditContext, input: CreateUnitInput) {
  requireAction(actor, 'org.write');
  await writableRef(trx, actor, 'parentId', input.parentId);
  const id = await createUnitTx(trx, input);
  const unit = presentUnit((await q.unitById(trx, id))!);
  await recordAudit(trx, ctx, [
    { action: 'org_unit.create', entityType: 'org_unit', entityId: id, unitId: id, after: { ...unit, parentId: input.parentId } },
  ]);
  return unit;
}

export async function renameUnit(
  trx: Transaction<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: { version: number; name: string; shortName?: string | null },
) {
  await assertCanWrite(trx, actor, id);
  const [before] = await w.lockUnits(trx, [id]);
  if (!before) throw notFound();
  const shortName = body.shortName ?? null;
  const after = await w.renameUnit(trx, id, body.version, { name: body.name, shortName, searchText: unitSearchText(body.name, shortName) });
  if (!after) throw conflict();
  await recordAudit(trx, ctx, [
    {
      action: 'org_unit.rename',
      entityType: 'org_unit',
      entityId: id,
      unitId: id,
      before: { name: before.name, shortName: before.short_name },
      after: { name: after.name, shortName: after.short_name },
    },
  ]);
  return presentUnit(after);
}

/** Closes a unit at `d`: its parent links, its posts and the unit itself. Children are the caller's business. */
export async function closeUnitAt(trx: Db, unit: UnitRow, d: string, field: string): Promise<string[]> {
  if (d <= unit.valid_from) throw fieldError(field, 'v.date_order');
  if (unit.valid_to !== null) throw fieldError(field, 'v.unit_closed');
  const later =
    (await w.rowsStartingFrom(trx, 'org_unit_link', 'child_id', unit.id, d)) +
    (await w.rowsStartingFrom(trx, 'post', 'unit_id', unit.id, d));
  if (later > 0) throw fieldError(field, 'v.starts_later');
  await w.closeParentLinks(trx, unit.id, d);
  const posts = await w.closePostsOf(trx, unit.id, d);
  await w.setUnitValidTo(trx, unit.id, d);
  return posts;
}

/** Hangs the given child links under `toId` from `d` on (closing the old links at `d`). */
export async function reparentChildren(
  trx: Db,
  links: Array<{ id: string; child_id: string; valid_from: string }>,
  toId: string,
  d: string,
  field: string,
) {
  for (const l of links) {
    if (l.valid_from >= d) throw fieldError(field, 'v.starts_later');
    await w.closeLink(trx, l.id, d);
    await w.insertLink(trx, { id: randomUUID(), parentId: toId, childId: l.child_id, validFrom: d });
    await connectClosure(trx, toId, l.child_id);
  }
}

export async function closeUnit(
  trx: Transaction<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: { validTo: string; version: number },
) {
  await assertCanRestructure(trx, actor, id);
  const [unit] = await w.lockUnits(trx, [id]);
  if (!unit) throw notFound();
  if (unit.version !== body.version) throw conflict();
  if ((await w.liveChildLinks(trx, id, body.validTo)).length > 0) throw fieldError('validTo', 'v.unit_has_children');
  const closedPosts = await closeUnitAt(trx, unit, body.validTo, 'validTo');
  const after = (await q.unitById(trx, id))!;
  await recordAudit(trx, ctx, [
    {
      action: 'org_unit.close',
      entityType: 'org_unit',
      entityId: id,
      unitId: id,
      before: { validTo: unit.valid_to },
      after: { validTo: after.valid_to, closedPostIds: closedPosts },
    },
  ]);
  return presentUnit(after);
}

export async function moveUnit(
  trx: Transaction<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: { parentId: string; validFrom: string; version: number },
) {
  await assertCanRestructure(trx, actor, id);
  const [unit] = await w.lockUnits(trx, [id]);
  if (!unit) throw notFound();
  if (unit.version !== body.version) throw conflict();
  const parent = await writableRef(trx, actor, 'parentId', body.parentId);
  const d = body.validFrom;
  assertOpenAt(unit, d, 'validFrom');
  assertOpenAt(parent, d, 'parentId');
  const current = await w.parentLinkAt(trx, id, d);
  if (current?.parent_id === parent.id) throw fieldError('parentId', 'v.same_parent');
  // the new link is open-ended: any link valid from d on could close a loop
  if (parent.id === id || (await q.ancestorsFrom(trx, parent.id, d)).includes(id)) throw fieldError('parentId', 'v.unit_cycle');
  if ((await w.rowsStartingFrom(trx, 'org_unit_link', 'child_id', id, d)) > 0) throw fieldError('validFrom', 'v.starts_later');
  if (current) await w.closeLink(trx, current.id, d);
  await w.insertLink(trx, { id: randomUUID(), parentId: parent.id, childId: id, validFrom: d });
  await connectClosure(trx, parent.id, id);
  await w.bumpUnitVersion(trx, id);
  await recordAudit(trx, ctx, [
    {
      action: 'org_unit.move',
      entityType: 'org_unit',
      entityId: id,
      unitId: id,
      before: { parentId: current?.parent_id ?? null },
      after: { parentId: parent.id, validFrom: d },
    },
  ]);
  return presentUnit((await q.unitById(trx, id))!);
}
