// The setting 'commitments.rules' in force for a commitment's year: the rules in force today for the
// current year, at the year's end for a past year, at its start for a future one. A year before any
// row takes effect has no rules: 400 naming `year` (never a guessed default).
import type { Kysely } from 'kysely';
import { COMMITMENT_SETTING_KEY, type CommitmentRules, validateCommitmentRules } from '../../../domain/commitments.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { fieldError } from '../../errors.js';
import { settingInForce } from '../settings/index.js';

/** The day whose setting governs `year`. */
export function rulesDayOf(year: number, today: string = todayInVietnam()): string {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  return today < start ? start : today > end ? end : today;
}

export async function loadCommitmentRules(db: Kysely<DB>, year: number): Promise<CommitmentRules> {
  const row = await settingInForce(db, COMMITMENT_SETTING_KEY, rulesDayOf(year));
  if (!row) throw fieldError('year', 'v.commitment.no_rules', { year, setting: COMMITMENT_SETTING_KEY });
  const rules = row.value as CommitmentRules;
  // A malformed row (written by hand) is a configuration error, named, never silently used.
  const issues = validateCommitmentRules(rules);
  if (issues.length) throw fieldError('year', 'v.commitment.rules', { setting: COMMITMENT_SETTING_KEY, rule: issues[0].params.rule });
  return rules;
}
