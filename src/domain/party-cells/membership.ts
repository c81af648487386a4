// A member's dates: probation end and the full-membership vote, the admission age rule in months, Party
// age, and the transfer deadlines. Pure: the settings and holidays are passed in.
import { addMonths, compareDates, diffMonths } from '../dates.js';
import { addWorkingDays } from './calendar.js';
import type { CellSettings } from './settings.js';

/** Điều lệ Đảng, Điều 5: the probation ends `months` after the ceremony (29/02 + 12 months → 28/02). */
export function probationEnd(ceremonyOn: string, settings: Pick<CellSettings, 'probation'>): string {
  return addMonths(ceremonyOn, settings.probation.months);
}

/** Whether the full-membership vote may be held on `on` (the probation has run its course). */
export function probationComplete(ceremonyOn: string, on: string, settings: Pick<CellSettings, 'probation'>): boolean {
  return compareDates(on, probationEnd(ceremonyOn, settings)) >= 0;
}

/** Whole years of Party age on `on`, counted from the admission decision. */
export function partyAgeYears(admissionDecisionOn: string, on: string): number {
  return Math.max(0, Math.floor(diffMonths(admissionDecisionOn, on) / 12));
}

export interface AgeCheck {
  ok: boolean;
  ageMonths: number;
  code: 'cells.age.ok' | 'cells.age.too_young' | 'cells.age.too_old';
}

/** The admission age rule at the cell's consideration, in whole months: minMonths ≤ age ≤ maxMonths (60 years and 0–11 months is over 60). */
export function admissionAge(birthOn: string, consideredOn: string, settings: Pick<CellSettings, 'admissionAge'>): AgeCheck {
  const ageMonths = diffMonths(birthOn, consideredOn);
  const { minMonths, maxMonths } = settings.admissionAge;
  if (ageMonths < minMonths) return { ok: false, ageMonths, code: 'cells.age.too_young' };
  if (ageMonths > maxMonths) return { ok: false, ageMonths, code: 'cells.age.too_old' };
  return { ok: true, ageMonths, code: 'cells.age.ok' };
}

export interface TransferDeadlines {
  fileBy: string;
  presentBy: string;
}

/** Official transfer: the file reaches the new committee within N working days of the letter; the member presents within M working days of that. */
export function transferDeadlines(
  letterOn: string,
  settings: Pick<CellSettings, 'transfer'>,
  holidays: ReadonlySet<string>,
): TransferDeadlines {
  const fileBy = addWorkingDays(letterOn, settings.transfer.fileWithinWorkingDays, holidays);
  return { fileBy, presentBy: addWorkingDays(fileBy, settings.transfer.presentWithinWorkingDays, holidays) };
}
