// Posts (chức vụ) of units and their holders at a date.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validAt } from './org.tree.queries.js';

type Db = Kysely<DB>;

const POST_COLS = ['id', 'unit_id', 'title', 'is_head', 'is_key', 'cadre_group', 'rank', 'valid_from', 'valid_to', 'version'] as const;
export interface PostRow {
  id: string;
  unit_id: string;
  title: string;
  is_head: boolean;
  is_key: boolean;
  cadre_group: string | null;
  rank: number;
  valid_from: string;
  valid_to: string | null;
  version: number;
}

export async function postsAt(db: Db, unitId: string, d: string): Promise<PostRow[]> {
  return db
    .selectFrom('post as p')
    .select(POST_COLS.map((c) => `p.${c}` as const))
    .where('p.unit_id', '=', unitId)
    .where(validAt('p', d))
    .orderBy('p.rank')
    .orderBy('p.title')
    .execute();
}

/** Tenures active at `d` (end date inclusive) of the given posts, with the holder's name parts only. */
export async function holdersAt(db: Db, postIds: string[], d: string) {
  if (postIds.length === 0) return [];
  return db
    .selectFrom('tenure as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select(['t.id', 't.post_id', 't.start_date', 't.end_date', 'p.id as person_id', 'p.family_name', 'p.middle_name', 'p.given_name'])
    .where('t.post_id', 'in', postIds)
    .where('t.start_date', '<=', d)
    .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', d)]))
    .orderBy('t.start_date')
    .execute();
}

export async function postById(db: Db, id: string, lock = false): Promise<PostRow | undefined> {
  const q = db.selectFrom('post').select(POST_COLS).where('id', '=', id);
  return lock ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

export async function insertPost(db: Db, p: Omit<PostRow, 'version' | 'valid_to'>): Promise<PostRow> {
  return db
    .insertInto('post')
    .values({ ...p, valid_to: null })
    .returning(POST_COLS)
    .executeTakeFirstOrThrow();
}

export async function updatePost(
  db: Db,
  id: string,
  version: number,
  v: Pick<PostRow, 'title' | 'is_head' | 'is_key' | 'cadre_group' | 'rank'>,
) {
  return db
    .updateTable('post')
    .set({ ...v, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(POST_COLS)
    .executeTakeFirst();
}

export async function closePost(db: Db, id: string, version: number, validTo: string) {
  return db
    .updateTable('post')
    .set({ valid_to: validTo, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(POST_COLS)
    .executeTakeFirst();
}
