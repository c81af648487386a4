import { type Kysely, type Selectable, type Transaction, sql } from 'kysely';
import type { AuditEventTable, DB } from '../../db/schema.js';

export async function lockHead(trx: Transaction<DB>) {
  return trx.selectFrom('audit_head').select(['last_seq', 'last_hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
}

export async function setHead(trx: Transaction<DB>, lastSeq: number, lastHash: string) {
  await trx.updateTable('audit_head').set({ last_seq: lastSeq, last_hash: lastHash }).where('id', '=', 1).execute();
}

export interface AuditRow {
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  person_id: string | null;
  unit_id: string | null;
  before: string | null;
  after: string | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export type StoredEvent = Selectable<AuditEventTable>;

/** Inserts the rows and returns them as stored (the recorder re-hashes what the database keeps). */
export async function insertEvents(trx: Transaction<DB>, rows: AuditRow[]): Promise<StoredEvent[]> {
  const stored: StoredEvent[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    stored.push(
      ...(await trx
        .insertInto('audit_event')
        .values(rows.slice(i, i + 500))
        .returningAll()
        .execute()),
    );
  }
  return stored;
}

/** Events in chain order, in pages (verify streams through the whole trail). */
export async function eventsAfter(db: Kysely<DB>, afterSeq: number, limit: number) {
  return db.selectFrom('audit_event').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export async function head(db: Kysely<DB>) {
  return db.selectFrom('audit_head').select(['last_seq', 'last_hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

export interface AuditFilter {
  scopeRoots: string[] | 'all';
  personId?: string;
  entityType?: string;
  action?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

export async function listEvents(db: Kysely<DB>, f: AuditFilter) {
  let q = db.selectFrom('audit_event as e').selectAll('e');
  if (f.scopeRoots !== 'all') {
    const roots = f.scopeRoots;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('org_unit_closure as c')
          .select(sql`1`.as('one'))
          .whereRef('c.descendant_id', '=', 'e.unit_id')
          .where('c.ancestor_id', 'in', roots.length ? roots : ['00000000-0000-0000-0000-000000000000']),
      ),
    );
  }
  if (f.personId) q = q.where('e.person_id', '=', f.personId);
  if (f.entityType) q = q.where('e.entity_type', '=', f.entityType);
  if (f.action) q = q.where('e.action', '=', f.action);
  if (f.entityId) q = q.where('e.entity_id', '=', f.entityId);
  if (f.actorId) q = q.where('e.actor_id', '=', f.actorId);
  if (f.from) q = q.where('e.occurred_at', '>=', sql<Date>`(${f.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`);
  if (f.to) q = q.where('e.occurred_at', '<', sql<Date>`((${f.to}::date + 1)::timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh'`);
  if (f.beforeSeq) q = q.where('e.seq', '<', f.beforeSeq);
  return q.orderBy('e.seq', 'desc').limit(f.limit).execute();
}
