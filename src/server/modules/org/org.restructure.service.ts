// Merges (several units → one) and splits (one → several). The old units are closed, never
// deleted; history links and closure rows let a scope on a successor cover its predecessors.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { MergeRequest, SplitRequest } from '../../../contracts/org.js';
import type { DB } from '../../db/schema.js';
import { requireAction } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { fieldError, notFound } from '../../errors.js';
import { type AuditInput, recordAudit } from '../audit/index.js';
import { connectClosure } from './org.closure.queries.js';
import { writableRef } from './org.policy.js';
import * as q from './org.tree.queries.js';
import type { UnitRow } from './org.tree.queries.js';
import { assertOpenAt, closeUnitAt, createUnitTx, reparentChildren } from './org.units.service.js';
import * as w from './org.write.queries.js';

type Trx = Transaction<DB>;

/** A source must have started before the effective date and still be open. */
function assertClosableAt(u: UnitRow, d: string, field: string): void {
  if (u.valid_to !== null) throw fieldError(field, 'v.unit_closed');
  if (u.valid_from >= d) throw fieldError(field, 'v.unit_not_valid');
}

/** 400 when `unitId` would end up under one of `sources` (it is one, or lies below one, from `d` on). */
async function assertNotBelow(trx: Trx, unitId: string, sources: string[], d: string, field: string): Promise<void> {
  const above = await q.ancestorsFrom(trx, unitId, d);
  if (above.some((id) => sources.includes(id))) throw fieldError(field, 'v.unit_cycle');
}

async function lockOne(trx: Trx, id: string): Promise<UnitRow> {
  const [u] = await w.lockUnits(trx, [id]);
  if (!u) throw notFound();
  return u;
}

export async function mergeUnits(trx: Trx, actor: Actor, ctx: AuditContext, body: MergeRequest) {
  requireAction(actor, 'org.write');
  const d = body.effectiveOn;
  for (const [i, id] of body.sourceIds.entries()) await writableRef(trx, actor, `sourceIds.${i}`, id, true);
  const existing = body.target.unitId ?? null;
  const spec = body.target.new;
  if (existing) await writableRef(trx, actor, 'target.unitId', existing);
  else if (spec) await writableRef(trx, actor, 'target.new.parentId', spec.parentId);

  const locked = new Map((await w.lockUnits(trx, [...body.sourceIds, ...(existing ? [existing] : [])])).map((u) => [u.id, u]));
  const sources = body.sourceIds.map((id, i) => {
    const u = locked.get(id)!;
    assertClosableAt(u, d, `sourceIds.${i}`);
    return u;
  });
  for (const [i, s] of sources.entries())
    await assertNotBelow(
      trx,
      s.id,
      body.sourceIds.filter((id) => id !== s.id),
      d,
      `sourceIds.${i}`,
    );

  let targetId: string;
  if (existing) {
    assertOpenAt(locked.get(existing)!, d, 'target.unitId');
    await assertNotBelow(trx, existing, body.sourceIds, d, 'target.unitId');
    targetId = existing;
  } else {
    if (!spec) throw fieldError('target', 'v.merge_target'); // the contract already refuses this
    await assertNotBelow(trx, spec.parentId, body.sourceIds, d, 'target.new.parentId');
    targetId = await createUnitTx(trx, { ...spec, validFrom: d }, 'target.new.');
  }

  const eventId = randomUUID();
  await w.insertEvent(trx, { id: eventId, kind: 'merge', effectiveOn: d, decisionRef: body.decisionRef ?? null, note: body.note ?? null });
  await w.insertHistory(
    trx,
    eventId,
    sources.map((s) => ({ predecessorId: s.id, successorId: targetId })),
  );
  const audits: AuditInput[] = [];
  for (const [i, s] of sources.entries()) {
    await connectClosure(trx, targetId, s.id);
    // sub-units of a merged unit go under the target, so nothing is left without a parent
    const children = await w.liveChildLinks(trx, s.id, d);
    await reparentChildren(trx, children, targetId, d, `sourceIds.${i}`);
    const closedPosts = await closeUnitAt(trx, s, d, `sourceIds.${i}`);
    audits.push({
      action: 'org_unit.merge',
      entityType: 'org_unit',
      entityId: s.id,
      unitId: s.id,
      before: { validTo: null },
      after: { validTo: d, eventId, successorId: targetId, movedChildIds: children.map((c) => c.child_id), closedPostIds: closedPosts },
    });
  }
  const moved = body.movePeopleTo ? await w.movePeople(trx, body.sourceIds, targetId) : [];
  for (const p of moved) {
    audits.push({
      action: 'person.transfer',
      entityType: 'person',
      entityId: p.id,
      personId: p.id,
      unitId: targetId,
      before: { unitId: p.from },
      after: { unitId: targetId, eventId },
    });
  }
  audits.unshift({
    action: 'org_unit.merge',
    entityType: 'org_unit',
    entityId: targetId,
    unitId: targetId,
    after: {
      eventId,
      effectiveOn: d,
      decisionRef: body.decisionRef ?? null,
      predecessorIds: body.sourceIds,
      createdTarget: !existing,
      movedPeople: moved.length,
    },
  });
  await recordAudit(trx, ctx, audits);
  return { eventId, targetId, movedPeople: moved.length };
}

export async function splitUnit(trx: Trx, actor: Actor, ctx: AuditContext, body: SplitRequest) {
  requireAction(actor, 'org.write');
  const d = body.effectiveOn;
  await writableRef(trx, actor, 'sourceId', body.sourceId, true);
  for (const [i, t] of body.targets.entries()) await writableRef(trx, actor, `targets.${i}.parentId`, t.parentId);
  const source = await lockOne(trx, body.sourceId);
  assertClosableAt(source, d, 'sourceId');
  for (const [i, t] of body.targets.entries()) await assertNotBelow(trx, t.parentId, [source.id], d, `targets.${i}.parentId`);

  // every live sub-unit of the source must be given to exactly one target
  const children = await w.liveChildLinks(trx, source.id, d);
  const live = new Map(children.map((c) => [c.child_id, c]));
  for (const [i, t] of body.targets.entries()) {
    const stray = t.childIds.findIndex((c) => !live.has(c));
    if (stray >= 0) throw fieldError(`targets.${i}.childIds.${stray}`, 'v.unknown_ref', { field: 'childIds' });
  }
  if (body.targets.reduce((n, t) => n + t.childIds.length, 0) !== live.size) throw fieldError('targets', 'v.split_children');

  const targetIds: string[] = [];
  for (const [i, t] of body.targets.entries()) {
    targetIds.push(
      await createUnitTx(trx, { kind: t.kind, name: t.name, shortName: t.shortName, parentId: t.parentId, validFrom: d }, `targets.${i}.`),
    );
  }
  const eventId = randomUUID();
  await w.insertEvent(trx, { id: eventId, kind: 'split', effectiveOn: d, decisionRef: body.decisionRef ?? null, note: body.note ?? null });
  await w.insertHistory(
    trx,
    eventId,
    targetIds.map((t) => ({ predecessorId: source.id, successorId: t })),
  );
  for (const [i, t] of body.targets.entries()) {
    await connectClosure(trx, targetIds[i], source.id);
    await reparentChildren(
      trx,
      t.childIds.map((c) => live.get(c)!),
      targetIds[i],
      d,
      `targets.${i}.childIds`,
    );
  }
  const closedPosts = await closeUnitAt(trx, source, d, 'effectiveOn');
  await recordAudit(trx, ctx, [
    {
      action: 'org_unit.split',
      entityType: 'org_unit',
      entityId: source.id,
      unitId: source.id,
      before: { validTo: null },
      after: { validTo: d, eventId, successorIds: targetIds, decisionRef: body.decisionRef ?? null, closedPostIds: closedPosts },
    },
    ...targetIds.map((id, i) => ({
      action: 'org_unit.split' as const,
      entityType: 'org_unit' as const,
      entityId: id,
      unitId: id,
      after: { eventId, predecessorId: source.id, name: body.targets[i].name, childIds: body.targets[i].childIds },
    })),
  ]);
  return { eventId, targetIds };
}
