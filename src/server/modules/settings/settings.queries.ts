import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The settings in force on `on` for several keys in one round trip (the latest effective row of each). */
export async function settingsInForce(db: Kysely<DB>, keys: readonly string[], on: string) {
  if (keys.length === 0) return [];
  return db
    .selectFrom('regulation_setting')
    .select(['key', 'value'])
    .distinctOn('key')
    .where('key', 'in', [...keys])
    .where('effective_from', '<=', on)
    .orderBy('key')
    .orderBy('effective_from', 'desc')
    .execute();
}

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

/** The first day any of `keys` is in force (null: a key has no row at all — a broken installation, not a bad date). */
export async function firstDayInForce(db: Kysely<DB>, keys: readonly string[]): Promise<string | null> {
  const rows = await db
    .selectFrom('regulation_setting')
    .select(['key', (eb) => eb.fn.min('effective_from').as('first')])
    .where('key', 'in', [...keys])
    .groupBy('key')
    .execute();
  if (rows.length < new Set(keys).size) return null;
  return rows.reduce((latest, r) => (String(r.first) > latest ? String(r.first) : latest), '');
}
