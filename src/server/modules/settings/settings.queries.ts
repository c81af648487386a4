import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The row in force on `on` (latest effective_from not after it). */
export async function settingInForce(db: Kysely<DB>, key: string, on: string) {
  return db
    .selectFrom('regulation_setting')
    .select(['value', 'source', 'effective_from'])
    .where('key', '=', key)
    .where('effective_from', '<=', on)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}
