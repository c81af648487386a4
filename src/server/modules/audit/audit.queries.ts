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
  /** The canonical JSON value (null: SQL NULL). */
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export type StoredEvent = Selectable<AuditEventTable>;

/** Events per INSERT: one JSON document of about 1–2 MB for a batch of people (bench people-import). */
const EVENTS_PER_STATEMENT = 2000;

/**
 * Inserts the rows, one statement per chunk of 2,000 (the chunk travels as one jsonb document, so
 * the statement has one parameter however many rows it holds), and returns them as stored (the
 * recorder re-hashes what the database keeps). A null before/after is left out of the document,
 * so it is stored as SQL NULL, as before.
 */
export async function insertEvents(trx: Transaction<DB>, rows: AuditRow[]): Promise<StoredEvent[]> {
  const stored: StoredEvent[] = [];
  for (let i = 0; i < rows.length; i += EVENTS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + EVENTS_PER_STATEMENT).map((r) => {
      const { before, after, ...rest } = r;
      return { ...rest, ...(before === null ? {} : { before }), ...(after === null ? {} : { after }) };
    });
    const { rows: out } = await sql<StoredEvent>`
      INSERT INTO audit_event (seq, occurred_at, actor_id, actor_name, action, entity_type, entity_id, person_id, unit_id, before, after, request_id, ip, prev_hash, hash)
      SELECT seq, occurred_at, actor_id, actor_name, action, entity_type, entity_id, person_id, unit_id, before, after, request_id, ip, prev_hash, hash
      FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS v(
        seq bigint, occurred_at timestamptz, actor_id uuid, actor_name text, action text, entity_type text, entity_id text,
        person_id uuid, unit_id uuid, before jsonb, after jsonb, request_id text, ip text, prev_hash text, hash text)
      ORDER BY seq
      RETURNING *`.execute(trx);
    stored.push(...out);
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
