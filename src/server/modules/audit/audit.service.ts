// Writes audit events in the caller's transaction and verifies the chain.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AuditContext } from '../../http/context.js';
import { type ChainedFields, GENESIS_HASH, eventHash } from './audit.hash.js';
import * as q from './audit.queries.js';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  personId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** JSON round trip, so what is hashed is exactly what jsonb gives back. */
function normalise(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

/** Appends events to the hash chain inside `trx`; the row lock on audit_head orders writers. */
export async function recordAudit(trx: Transaction<DB>, ctx: AuditContext, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  const head = await q.lockHead(trx);
  let seq = Number(head.last_seq);
  let prevHash = head.last_hash;
  const occurredAt = new Date();
  const rows: q.AuditRow[] = events.map((e) => {
    seq += 1;
    const fields: ChainedFields = {
      seq,
      occurredAt: occurredAt.toISOString(),
      actorId: ctx.actorId,
      actorName: ctx.actorName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      personId: e.personId ?? null,
      unitId: e.unitId ?? null,
      before: normalise(e.before),
      after: normalise(e.after),
      requestId: ctx.requestId,
      ip: ctx.ip,
      prevHash,
    };
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
      before: fields.before === null ? null : JSON.stringify(fields.before),
      after: fields.after === null ? null : JSON.stringify(fields.after),
      request_id: fields.requestId,
      ip: fields.ip,
      prev_hash: fields.prevHash,
      hash,
    };
  });
  await q.insertEvents(trx, rows);
  await q.setHead(trx, seq, prevHash);
}

export interface VerifyResult {
  intact: boolean;
  checked: number;
  lastSeq: number;
  /** The first event whose stored content or link does not match. */
  brokenAt?: { seq: number; reason: 'hash_mismatch' | 'link_mismatch' | 'gap' | 'head_mismatch' };
}

/** Recomputes every hash in order and reports the first break. */
export async function verifyChain(db: Kysely<DB>, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await q.eventsAfter(db, expectedSeq - 1, 2000);
    if (page.length === 0) break;
    for (const e of page) {
      const seq = Number(e.seq);
      if (seq !== expectedSeq) return { intact: false, checked, lastSeq: expectedSeq - 1, brokenAt: { seq: expectedSeq, reason: 'gap' } };
      if (e.prev_hash !== prevHash) return { intact: false, checked, lastSeq: seq, brokenAt: { seq, reason: 'link_mismatch' } };
      const hash = eventHash({
        seq,
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
      });
      if (hash !== e.hash) return { intact: false, checked, lastSeq: seq, brokenAt: { seq, reason: 'hash_mismatch' } };
      prevHash = hash;
      expectedSeq = seq + 1;
      checked += 1;
    }
    onProgress?.(checked);
  }
  const h = await q.head(db);
  if (Number(h.last_seq) !== expectedSeq - 1 || h.last_hash !== prevHash) {
    return { intact: false, checked, lastSeq: expectedSeq - 1, brokenAt: { seq: expectedSeq, reason: 'head_mismatch' } };
  }
  return { intact: true, checked, lastSeq: expectedSeq - 1 };
}
