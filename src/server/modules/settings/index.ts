// Regulation settings: numbers set by regulations, stored with effective dates.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { firstDayInForce, settingInForce, settingsInForce } from './settings.queries.js';

/**
 * No rule in force on `on`. When the rules exist but start later, the caller asked about a day before
 * them (a past `asOf`, a backdated date): 400 naming the first day covered. When a key has no row at
 * all the installation is broken, and that stays a server error.
 */
async function notInForce(db: Kysely<DB>, keys: readonly string[], on: string): Promise<never> {
  const from = await firstDayInForce(db, keys);
  if (from === null || from <= on) throw new Error(`regulation setting ${keys.join(', ')} is missing for ${on}`);
  throw new AppError(400, 'settings.not_in_force', undefined, { on, from });
}

export async function getSetting<T>(db: Kysely<DB>, key: string, on: string = todayInVietnam()): Promise<T> {
  const row = await settingInForce(db, key, on);
  if (!row) return notInForce(db, [key], on);
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
  const missing = keys.filter((key) => !(key in values));
  if (missing.length) return notInForce(db, missing, on);
  return values;
}
export { settingInForce } from './settings.queries.js';
