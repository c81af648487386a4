// Regulation settings: numbers set by regulations, stored with effective dates.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { settingInForce } from './settings.queries.js';

export async function getSetting<T>(db: Kysely<DB>, key: string, on: string = todayInVietnam()): Promise<T> {
  const row = await settingInForce(db, key, on);
  if (!row) throw new Error(`regulation setting ${key} is missing for ${on}`);
  return row.value as T;
}
export { settingInForce } from './settings.queries.js';
