// Writes audit events in the caller's transaction (verifying the chain: audit.verify.ts).
import type { Transaction } from 'kysely';
import type { AuditAction, AuditEntityType } from '../../../contracts/audit-vocabulary.js';
import type { DB } from '../../db/schema.js';
import type { AuditContext } from '../../http/context.js';
import { canonicalColumnText, canonicalJsonValue, canonicalUuidOrNull } from './audit.canonical.js';
import { type ChainedFields, eventHash } from './audit.hash.js';
import * as q from './audit.queries.js';

export interface AuditInput {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  personId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** The chained fields of a stored row, exactly as the database gives them back. */
export function storedFields(e: q.StoredEvent): ChainedFields {
  return {
    seq: Number(e.seq),
    occurredAt: new Date(e.occurred_at).toISOString(),
    actorId: e.actor_id,
    actorName: e.actor_name,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    personId: e.person_id,
    unitId: e.unit_id,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: e.request_id,
    ip: e.ip,
    prevHash: e.prev_hash,
  };
}

/**
 * Appends events to the hash chain inside `trx`; the row lock on audit_head orders writers.
 * Every value is canonicalised first (decision 0006), so the hash covers what is stored; the
 * stored rows are then hashed again as the database returns them, and any difference aborts the
 * transaction rather than leave an event that would not verify.
 *
 * A batch (an import's people) is canonicalised before the lock is taken; under the lock the
 * chain is computed in one pass and written one statement per 2,000 events, so the lock is held
 * for the audit write alone (decision 0027). Callers that write many rows write them first and
 * record their events last, in one call.
 */
export async function recordAudit(trx: Transaction<DB>, ctx: AuditContext, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  const actorId = canonicalUuidOrNull(ctx.actorId);
  const actorName = canonicalColumnText(ctx.actorName);
  const requestId = canonicalColumnText(ctx.requestId);
  const ip = canonicalColumnText(ctx.ip);
  const prepared = events.map((e) => ({
    action: canonicalColumnText(e.action),
    entityType: canonicalColumnText(e.entityType),
    entityId: canonicalColumnText(e.entityId),
    personId: canonicalUuidOrNull(e.personId),
    unitId: canonicalUuidOrNull(e.unitId),
    before: canonicalJsonValue(e.before),
    after: canonicalJsonValue(e.after),
  }));
  const head = await q.lockHead(trx);
  let seq = Number(head.last_seq);
  let prevHash = head.last_hash;
  const occurredAt = new Date();
  const rows: q.AuditRow[] = prepared.map((e) => {
    seq += 1;
    const fields: ChainedFields = { seq, occurredAt: occurredAt.toISOString(), actorId, actorName, ...e, requestId, ip, prevHash };
    const hash = eventHash(fields);
    prevHash = hash;
    return {
      seq,
      occurred_at: occurredAt,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      person_id: fields.personId,
      unit_id: fields.unitId,
      before: fields.before,
      after: fields.after,
      request_id: fields.requestId,
      ip: fields.ip,
      prev_hash: fields.prevHash,
      hash,
    };
  });
  const stored = await q.insertEvents(trx, rows);
  for (const row of stored) {
    if (eventHash(storedFields(row)) !== row.hash)
      throw new Error(`audit event ${row.seq} would not verify as stored; nothing was written`);
  }
  await q.setHead(trx, seq, prevHash);
}
