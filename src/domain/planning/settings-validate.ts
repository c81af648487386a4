// Settings arrive as JSON from `regulation_setting` rows an administrator edits: they are checked here
// before any rule reads them, so a bad row is a clear error naming the field, never a wrong answer.
// A small checker kit (no framework in src/domain) shared with personnel/settings-validate.ts.
import { lastDayOfMonth } from '../dates.js';
import type { Level } from '../evaluation/config.js';
import { isCivilMonth } from './months.js';
import { PLANNING_SETTING_KEYS, type PlanningSettings, type VoteThreshold } from './settings.js';

export interface SettingIssue {
  /** Dotted path inside the settings object, e.g. 'caps.candidatesPerSeat'. */
  path: string;
  /** 'setting.number' | 'setting.integer' | 'setting.range' | 'setting.boolean' | 'setting.enum' | 'setting.list' | 'setting.object' | 'setting.month' | 'setting.month_day' */
  code: string;
}

/** Checks JSON settings field by field, collecting every issue (Quy định 377-QĐ/TW: numbers as configuration, validated before use). */
export class SettingChecker {
  readonly issues: SettingIssue[] = [];

  obj(v: unknown, path: string): Record<string, unknown> {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    this.issues.push({ path, code: 'setting.object' });
    return {};
  }

  num(v: unknown, path: string, o: { int?: boolean; min?: number; max?: number } = {}): void {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.issues.push({ path, code: 'setting.number' });
      return;
    }
    if (o.int && !Number.isInteger(v)) {
      this.issues.push({ path, code: 'setting.integer' });
      return;
    }
    if ((o.min !== undefined && v < o.min) || (o.max !== undefined && v > o.max)) this.issues.push({ path, code: 'setting.range' });
  }

  nullableNum(v: unknown, path: string, o: { int?: boolean; min?: number; max?: number } = {}): void {
    if (v !== null) this.num(v, path, o);
  }

  bool(v: unknown, path: string): void {
    if (typeof v !== 'boolean') this.issues.push({ path, code: 'setting.boolean' });
  }

  oneOf(v: unknown, path: string, allowed: readonly string[]): void {
    if (typeof v !== 'string' || !allowed.includes(v)) this.issues.push({ path, code: 'setting.enum' });
  }

  strings(v: unknown, path: string, allowed?: readonly string[]): void {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      this.issues.push({ path, code: 'setting.list' });
      return;
    }
    if (allowed) v.forEach((x, i) => this.oneOf(x, `${path}.${i}`, allowed));
  }

  /** 'MM-DD' that exists every year (29/02 does not). */
  monthDay(v: unknown, path: string): void {
    const m = typeof v === 'string' ? /^(\d{2})-(\d{2})$/.exec(v) : null;
    const ok =
      m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= lastDayOfMonth(2001, Number(m[1]));
    if (!ok) this.issues.push({ path, code: 'setting.month_day' });
  }

  month(v: unknown, path: string): void {
    if (!isCivilMonth(v)) this.issues.push({ path, code: 'setting.month' });
  }

  threshold(v: unknown, path: string): void {
    const t = this.obj(v, path);
    this.num(t.num, `${path}.num`, { int: true, min: 1 });
    this.num(t.den, `${path}.den`, { int: true, min: 1 });
    if (typeof t.num === 'number' && typeof t.den === 'number' && t.den >= 1 && t.num > t.den)
      this.issues.push({ path: `${path}.num`, code: 'setting.range' });
    this.bool(t.strict, `${path}.strict`);
    this.oneOf(t.base, `${path}.base`, ['present', 'members'] satisfies Array<VoteThreshold['base']>);
  }
}

/** Quy định 366-QĐ/TW, Điều 11: the four level codes (GLOSSARY). */
export const LEVEL_CODES: readonly Level[] = ['excellent', 'good', 'completed', 'not_completed'];
/** Điều lệ Đảng (hình thức kỷ luật): the discipline kinds (GLOSSARY). */
export const DISCIPLINE_CODES = ['reprimand', 'warning', 'removal', 'expulsion'] as const;

/** Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (numbers as configuration): the problems of a planning settings object read from `regulation_setting`. */
export function validatePlanningSettings(value: unknown): SettingIssue[] {
  const c = new SettingChecker();
  const s = c.obj(value, '');
  const caps = c.obj(s.caps, 'caps');
  c.num(caps.candidatesPerSeat, 'caps.candidatesPerSeat', { int: true, min: 1 });
  c.num(caps.postsPerCandidate, 'caps.postsPerCandidate', { int: true, min: 1 });
  c.num(caps.committeeSeatsMinFactor, 'caps.committeeSeatsMinFactor', { min: 1, max: 5 });
  c.num(caps.committeeSeatsMaxFactor, 'caps.committeeSeatsMaxFactor', { min: 1, max: 5 });
  if (
    typeof caps.committeeSeatsMinFactor === 'number' &&
    typeof caps.committeeSeatsMaxFactor === 'number' &&
    caps.committeeSeatsMinFactor > caps.committeeSeatsMaxFactor
  ) {
    c.issues.push({ path: 'caps.committeeSeatsMaxFactor', code: 'setting.range' });
  }
  const age = c.obj(s.age, 'age');
  const min = c.obj(age.minMonthsLeft, 'age.minMonthsLeft');
  c.num(min[1], 'age.minMonthsLeft.1', { int: true, min: 0, max: 600 });
  c.num(min[2], 'age.minMonthsLeft.2', { int: true, min: 0, max: 600 });
  const refs = c.obj(age.referenceMonths, 'age.referenceMonths');
  for (const [term, levels] of Object.entries(refs)) {
    for (const [level, month] of Object.entries(c.obj(levels, `age.referenceMonths.${term}`))) {
      c.oneOf(level, `age.referenceMonths.${term}.${level}`, ['grassroots', 'commune', 'province', 'state']);
      c.month(month, `age.referenceMonths.${term}.${level}`);
    }
  }
  const st = c.obj(s.standards, 'standards');
  for (const [dim, scale] of Object.entries(c.obj(st.scales, 'standards.scales'))) {
    c.strings(scale, `standards.scales.${dim}`);
    if (Array.isArray(scale) && new Set(scale).size !== scale.length)
      c.issues.push({ path: `standards.scales.${dim}`, code: 'setting.list' });
  }
  c.bool(st.trainingDueByReferenceMonth, 'standards.trainingDueByReferenceMonth');
  const sr = c.obj(s.structure, 'structure');
  c.num(sr.youngUnderAgeYears, 'structure.youngUnderAgeYears', { int: true, min: 18, max: 70 });
  c.strings(sr.majorityEthnicities, 'structure.majorityEthnicities');
  c.strings(sr.scienceTechnologyFields, 'structure.scienceTechnologyFields');
  const targets = c.obj(sr.targets, 'structure.targets');
  for (const k of ['young', 'female', 'ethnicMinority', 'scienceTechnology'])
    c.nullableNum(targets[k], `structure.targets.${k}`, { min: 0, max: 100 });
  const rv = c.obj(s.review, 'review');
  c.oneOf(rv.minYearLevel, 'review.minYearLevel', LEVEL_CODES);
  if (rv.consecutiveLow !== null) {
    const run = c.obj(rv.consecutiveLow, 'review.consecutiveLow');
    c.oneOf(run.level, 'review.consecutiveLow.level', LEVEL_CODES);
    c.num(run.years, 'review.consecutiveLow.years', { int: true, min: 1, max: 10 });
  }
  c.strings(rv.immediateRemovalKinds, 'review.immediateRemovalKinds', DISCIPLINE_CODES);
  const cd = c.obj(s.cadence, 'cadence');
  c.num(cd.nextTermPlanYearOfTerm, 'cadence.nextTermPlanYearOfTerm', { int: true, min: 1, max: 5 });
  c.num(cd.reviewFromMonth, 'cadence.reviewFromMonth', { int: true, min: 1, max: 12 });
  c.num(cd.reviewToMonth, 'cadence.reviewToMonth', { int: true, min: 1, max: 12 });
  if (typeof cd.reviewFromMonth === 'number' && typeof cd.reviewToMonth === 'number' && cd.reviewFromMonth > cd.reviewToMonth)
    c.issues.push({ path: 'cadence.reviewToMonth', code: 'setting.range' });
  c.monthDay(cd.reportBy, 'cadence.reportBy');
  const b = c.obj(s.ballot, 'ballot');
  c.threshold(b.threshold, 'ballot.threshold');
  const q = c.obj(b.quorum, 'ballot.quorum');
  c.num(q.num, 'ballot.quorum.num', { int: true, min: 0 });
  c.num(q.den, 'ballot.quorum.den', { int: true, min: 1 });
  return c.issues;
}

/** Quy định 377-QĐ/TW (numbers as configuration): the settings object, or a RangeError naming every bad field. */
export function parsePlanningSettings(value: unknown): PlanningSettings {
  const issues = validatePlanningSettings(value);
  if (issues.length > 0) throw new RangeError(`Invalid planning settings: ${issues.map((i) => `${i.path} (${i.code})`).join(', ')}`);
  return value as PlanningSettings;
}

/** Quy định 377-QĐ/TW (numbers as configuration): assembles the settings from the values of the `regulation_setting` rows in force (key → value) and checks them. */
export function planningSettingsFromRows(values: Readonly<Record<string, unknown>>): PlanningSettings {
  const assembled = Object.fromEntries(Object.entries(PLANNING_SETTING_KEYS).map(([part, key]) => [part, values[key]]));
  return parsePlanningSettings(assembled);
}
