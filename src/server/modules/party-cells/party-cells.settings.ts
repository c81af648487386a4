// The Party-cell configuration in force: the regulation settings 'cells.*' on a day (checked by the
// domain), and the public-holiday calendar (table public_holiday) the working-day deadlines skip.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { CELL_SETTING_KEYS, type CellSettings, cellSettingsFromRows } from '../../../domain/party-cells/index.js';
import type { DB } from '../../db/schema.js';
import { getSetting } from '../settings/index.js';
import { holidaysFrom } from './party-cells.writes.queries.js';

/** The earliest day the stored rules stand for (the Charter of 2011); older days are read with them (decision 0024). */
const RULES_FROM = '2011-01-19';

/** The 'cells.*' settings in force on `on`. */
export async function loadCellSettings(db: Kysely<DB>, on: string = todayInVietnam()): Promise<CellSettings> {
  const day = on < RULES_FROM ? RULES_FROM : on;
  const values: Record<string, unknown> = {};
  for (const key of Object.values(CELL_SETTING_KEYS)) values[key] = await getSetting<unknown>(db, key, day);
  return cellSettingsFromRows(values);
}

/** The public holidays from `from` on (a deadline never runs back in time). */
export async function loadHolidays(db: Kysely<DB>, from: string): Promise<Set<string>> {
  return new Set(await holidaysFrom(db, from));
}
