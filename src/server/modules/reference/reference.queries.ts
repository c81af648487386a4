// SQL of the administrative-unit reference: search and look-up with up to two parent levels
// (commune → district → province), enough to write the full path.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function withPath(db: Kysely<DB>) {
  return db
    .selectFrom('admin_unit as u')
    .leftJoin('admin_unit as p', 'p.id', 'u.parent_id')
    .leftJoin('admin_unit as g', 'g.id', 'p.parent_id')
    .select(['u.id', 'u.code', 'u.name', 'u.type', 'u.level', 'u.era', 'u.parent_id', 'p.name as parent_name', 'g.name as grandparent_name']);
}

export type AdminUnitRow = Awaited<ReturnType<ReturnType<typeof withPath>['executeTakeFirstOrThrow']>>;

export interface UnitSearch {
  /** Already folded (no diacritics, lower case). */
  folded?: string;
  era?: '2025' | 'pre2025';
  level?: 'province' | 'district' | 'commune';
  parentId?: string;
  limit: number;
}

/**
 * Every word must start a word of the unit's name or its parents' ("tan phu dong nai" picks the one in
 * Đồng Nai); units whose own name holds the whole phrase, at a word start, come first.
 */
export async function searchUnits(db: Kysely<DB>, f: UnitSearch): Promise<AdminUnitRow[]> {
  let q = withPath(db);
  if (f.era) q = q.where('u.era', '=', f.era);
  if (f.level) q = q.where('u.level', '=', f.level);
  if (f.parentId) q = q.where('u.parent_id', '=', f.parentId);
  const words = (f.folded ?? '').split(' ').filter(Boolean);
  const pathText = sql<string>`' ' || u.search_text || ' ' || coalesce(p.search_text, '') || ' ' || coalesce(g.search_text, '')`;
  // Words match at a word start, so typing a prefix works and "an" does not hit "Tân".
  for (const w of words) q = q.where(pathText, 'like', `% ${escapeLike(w)}%`);
  if (words.length) {
    const phrase = escapeLike(words.join(' '));
    q = q
      .orderBy(sql`CASE WHEN u.search_text LIKE ${`${phrase}%`} OR u.search_text LIKE ${`% ${phrase}%`} THEN 0 WHEN u.search_text LIKE ${`%${phrase}%`} THEN 1 ELSE 2 END`)
      .orderBy(sql`length(u.search_text)`);
  }
  return q
    .orderBy(sql`CASE u.era WHEN '2025' THEN 0 ELSE 1 END`)
    .orderBy(sql`CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END`)
    .orderBy('u.code')
    .orderBy('u.id')
    .limit(f.limit)
    .execute();
}

export async function unitById(db: Kysely<DB>, id: string): Promise<AdminUnitRow | undefined> {
  return withPath(db).where('u.id', '=', id).executeTakeFirst();
}

/** The 2025 units a pre-2025 unit became part of. */
export async function successorsOf(db: Kysely<DB>, id: string) {
  return withPath(db)
    .innerJoin('admin_unit_successor as s', 's.new_id', 'u.id')
    .select('s.full_transfer')
    .where('s.old_id', '=', id)
    .orderBy('u.code')
    .execute();
}

/** The pre-2025 units a 2025 unit was formed from. */
export async function predecessorsOf(db: Kysely<DB>, id: string) {
  return withPath(db)
    .innerJoin('admin_unit_successor as s', 's.old_id', 'u.id')
    .select('s.full_transfer')
    .where('s.new_id', '=', id)
    .orderBy('u.code')
    .execute();
}
