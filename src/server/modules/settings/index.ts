// Regulation settings: numbers set by regulations, stored with effective dates.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { settingInForce, settingsInForce } from './settings.queries.js';

export async function getSetting<T>(db: Kysely<DB>, key: string, on: string = todayInVietnam()): Promise<T> {
  const row = await settingInForce(db, key, on);
  if (!row) throw new Error(`regulation setting ${key} is missing for ${on}`);
  return row.value as T;
}

/** Several settings in force on `on`, read together (a service that needs a family of keys, e.g. 'planning.*'). */
export async function getSettings(
  db: Kysely<DB>,
  keys: readonly string[],
  on: string = todayInVietnam(),
): Promise<Record<string, unknown>> {
  const rows = await settingsInForce(db, keys, on);
  const values: Record<string, unknown> = {};
  for (const r of rows) values[r.key] = r.value;
  for (const key of keys) if (!(key in values)) throw new Error(`regulation setting ${key} is missing for ${on}`);
  return values;
}
export { settingInForce } from './settings.queries.js';
