// SQL of the notification inbox: the person's list, unread count, marking read.
import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB, NotificationTable } from '../../db/schema.js';

type Db = Kysely<DB>;

export const NOTIFICATION_COLUMNS = ['id', 'person_id', 'kind', 'task_id', 'meeting_id', 'params', 'created_at', 'read_at'] as const;

/** Newest first by (created_at, id); `beforeId` continues after that row. Fetches one extra row to know if more follow. */
export async function listForPerson(db: Db, personId: string, opts: { unreadOnly: boolean; limit: number; beforeId?: string }) {
  let q = db
    .selectFrom('notification as n')
    .select(NOTIFICATION_COLUMNS.map((c) => `n.${c}` as const))
    .where('n.person_id', '=', personId);
  if (opts.unreadOnly) q = q.where('n.read_at', 'is', null);
  if (opts.beforeId) {
    const cursor = opts.beforeId;
    q = q.where(
      sql<boolean>`(n.created_at, n.id) < (SELECT c.created_at, c.id FROM notification c WHERE c.id = ${cursor} AND c.person_id = ${personId})`,
    );
  }
  return q
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(opts.limit + 1)
    .execute();
}

export async function unreadCount(db: Db, personId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function notificationOf(db: Db, id: string, personId: string) {
  return db
    .selectFrom('notification')
    .select(NOTIFICATION_COLUMNS)
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** Sets read_at when still unread; returns the row as it is afterwards. */
export async function markRead(db: Db, id: string, personId: string, at: Date) {
  await db
    .updateTable('notification')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .execute();
  return notificationOf(db, id, personId);
}

export async function markAllRead(db: Db, personId: string, at: Date): Promise<number> {
  const res = await db
    .updateTable('notification')
    .set({ read_at: at })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function personUnit(db: Db, personId: string): Promise<string | null> {
  const row = await db.selectFrom('person').select('unit_id').where('id', '=', personId).executeTakeFirst();
  return row?.unit_id ?? null;
}

/** One notification, unless its dedupe key exists already; true when a row was written. */
export async function insertNotification(db: Db, row: Insertable<NotificationTable>): Promise<boolean> {
  const rows = await db
    .insertInto('notification')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}
