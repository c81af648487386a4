// Retirement dates of people, from the schedule stored as the 'retirement.schedule' setting.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { type RetirementSchedule, parseRetirementSchedule, retirementAgeMonths, retirementDate } from '../../../domain/retirement.js';
import type { DB } from '../../db/schema.js';
import { getSetting } from '../settings/index.js';

/** The rule cited next to every retirement date. */
export const RETIREMENT_RULE = 'Nghị định 135/2020/NĐ-CP';

/** The schedule in force on `on` (today by default). */
export async function loadRetirementSchedule(db: Kysely<DB>, on: string = todayInVietnam()): Promise<RetirementSchedule> {
  return parseRetirementSchedule(await getSetting<unknown>(db, 'retirement.schedule', on));
}

export function retirementOf(gender: 'male' | 'female', dateOfBirth: string, schedule: RetirementSchedule) {
  return {
    date: retirementDate(gender, dateOfBirth, schedule),
    ageMonths: retirementAgeMonths(gender, dateOfBirth, schedule),
    rule: RETIREMENT_RULE,
  };
}
