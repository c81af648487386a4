// Personnel settings arrive as JSON from `regulation_setting` rows: checked here before any rule reads
// them (the checker kit is planning's).
import { DISCIPLINE_CODES, LEVEL_CODES, type SettingIssue, SettingChecker } from '../planning/settings-validate.js';
import { PERSONNEL_MESSAGES } from './messages.js';
import { PERSONNEL_SETTING_KEYS, type PersonnelSettings } from './settings.js';

const OUTCOMES = ['pass', 'warn', 'fail'] as const;

/** Quy định 377-QĐ/TW; Quy định 65-QĐ/TW; Kết luận 210-KL/TW (numbers as configuration): the problems of a personnel settings object. */
export function validatePersonnelSettings(value: unknown): SettingIssue[] {
  const c = new SettingChecker();
  const s = c.obj(value, '');
  const a = c.obj(s.appointment, 'appointment');
  c.num(a.minMonthsInPost, 'appointment.minMonthsInPost', { int: true, min: 0, max: 120 });
  c.num(a.transferGapDays, 'appointment.transferGapDays', { int: true, min: 0, max: 366 });
  c.num(a.fullTermMonths, 'appointment.fullTermMonths', { int: true, min: 0, max: 120 });
  c.num(a.specialProcedureMinMonths, 'appointment.specialProcedureMinMonths', { int: true, min: 0, max: 120 });
  if (
    typeof a.fullTermMonths === 'number' &&
    typeof a.specialProcedureMinMonths === 'number' &&
    a.specialProcedureMinMonths > a.fullTermMonths
  ) {
    c.issues.push({ path: 'appointment.specialProcedureMinMonths', code: 'setting.range' });
  }
  const r = c.obj(a.ratings, 'appointment.ratings');
  c.num(r.shownYears, 'appointment.ratings.shownYears', { int: true, min: 1, max: 10 });
  c.num(r.checkedYears, 'appointment.ratings.checkedYears', { int: true, min: 0, max: 10 });
  if (typeof r.shownYears === 'number' && typeof r.checkedYears === 'number' && r.checkedYears > r.shownYears)
    c.issues.push({ path: 'appointment.ratings.checkedYears', code: 'setting.range' });
  if (r.minLevel !== null) c.oneOf(r.minLevel, 'appointment.ratings.minLevel', LEVEL_CODES);
  for (const [kind, months] of Object.entries(c.obj(a.disciplineWaitingMonths, 'appointment.disciplineWaitingMonths'))) {
    c.oneOf(kind, `appointment.disciplineWaitingMonths.${kind}`, DISCIPLINE_CODES);
    c.num(months, `appointment.disciplineWaitingMonths.${kind}`, { int: true, min: 0, max: 240 });
  }
  const ro = c.obj(s.rotation, 'rotation');
  c.num(ro.minWorkingMonthsLeft, 'rotation.minWorkingMonthsLeft', { int: true, min: 0, max: 480 });
  c.num(ro.minDurationMonths, 'rotation.minDurationMonths', { int: true, min: 0, max: 240 });
  c.oneOf(ro.higherPost, 'rotation.higherPost', OUTCOMES);
  c.oneOf(ro.lowerPost, 'rotation.lowerPost', OUTCOMES);
  const l = c.obj(s.locality, 'locality');
  c.bool(l.birthplace, 'locality.birthplace');
  c.bool(l.hometown, 'locality.hometown');
  c.nullableNum(l.residenceYears, 'locality.residenceYears', { min: 0, max: 100 });
  c.nullableNum(l.workYears, 'locality.workYears', { min: 0, max: 100 });
  c.strings(s.nonLocalPosts, 'nonLocalPosts');
  const t = c.obj(s.termLimits, 'termLimits');
  c.strings(t.posts, 'termLimits.posts');
  c.num(t.maxConsecutiveTerms, 'termLimits.maxConsecutiveTerms', { int: true, min: 1, max: 10 });
  c.num(t.minShareOfTerm, 'termLimits.minShareOfTerm', { min: 0, max: 1 });
  if (t.minShareOfTerm === 0) c.issues.push({ path: 'termLimits.minShareOfTerm', code: 'setting.range' }); // 0 would count terms never held
  const v = c.obj(s.votes, 'votes');
  c.threshold(v.membershipChange, 'votes.membershipChange');
  c.bool(v.membershipChangeSecret, 'votes.membershipChangeSecret');
  c.threshold(v.removal, 'votes.removal');
  c.strings(s.exceptionCodes, 'exceptionCodes', Object.keys(PERSONNEL_MESSAGES));
  return c.issues;
}

/** Quy định 377-QĐ/TW (numbers as configuration): the settings object, or a RangeError naming every bad field. */
export function parsePersonnelSettings(value: unknown): PersonnelSettings {
  const issues = validatePersonnelSettings(value);
  if (issues.length > 0) throw new RangeError(`Invalid personnel settings: ${issues.map((i) => `${i.path} (${i.code})`).join(', ')}`);
  return value as PersonnelSettings;
}

/** Quy định 377-QĐ/TW (numbers as configuration): assembles the settings from the `regulation_setting` rows in force (key → value) and checks them. */
export function personnelSettingsFromRows(values: Readonly<Record<string, unknown>>): PersonnelSettings {
  return parsePersonnelSettings(Object.fromEntries(Object.entries(PERSONNEL_SETTING_KEYS).map(([part, key]) => [part, values[key]])));
}
