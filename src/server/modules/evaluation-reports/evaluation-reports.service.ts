// The outputs that are lists: the distribution and ranking of a period (charts), a person's history
// across periods with the commendation suggestions, and the suggestions of a unit subtree
// (Quy định 366-QĐ/TW: HTXS in the year → grassroots certificate; 5 years running → province).
import type { Kysely } from 'kysely';
import type {
  CommendationItem,
  CommendationList,
  CommendationQuery,
  CommendationSuggestion,
  Distribution,
  DistributionQuery,
  DistributionRow,
  EvaluationHistory,
  LevelCounts,
} from '../../../contracts/evaluation-reports.js';
import type { Level } from '../../../contracts/evaluation.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { type CommendationRules, EVALUATION_SETTING_KEYS, LEVELS, suggestCommendation } from '../../../domain/evaluation/index.js';
import { fullName } from '../../../domain/names.js';
import type { DB } from '../../db/schema.js';
import { fieldError, notFound } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { getSetting } from '../settings/index.js';
import {
  assertManagerOf,
  requireManagerRole,
  isManagerOf,
  managerRoots,
  stepsVisible,
  viewerOfPerson,
} from './evaluation-reports.policy.js';
import { periodRef } from './evaluation-reports.presenter.js';
import { unitNames } from './evaluation-reports.documents.queries.js';
import * as q from './evaluation-reports.queries.js';

const zero = (): LevelCounts => ({ excellent: 0, good: 0, completed: 0, not_completed: 0, none: 0 });
const emptyRow = (): DistributionRow => ({ evaluated: 0, excluded: 0, proposed: zero(), decided: zero() });
const levelKey = (l: string | null): keyof LevelCounts => (l && LEVELS.includes(l as Level) ? (l as Level) : 'none');

function add(row: DistributionRow, r: q.CountRow): void {
  if (r.status === 'excluded') {
    row.excluded += r.n;
    return;
  }
  row.evaluated += r.n;
  row.proposed[levelKey(r.proposed_level)] += r.n;
  row.decided[levelKey(r.decision_level)] += r.n;
}

/** The period as a manager may read it: its unit in scope, or one of their roots under it. Returns the unit to count under. */
export async function periodAndUnit(db: Kysely<DB>, actor: Actor, periodId: string, unitId: string | undefined) {
  requireManagerRole(actor);
  const period = await q.periodById(db, periodId);
  if (!period) throw notFound();
  const roots = managerRoots(actor);
  const under = (await isManagerOf(db, actor, period.unit_id)) ? [period.unit_id] : await q.rootsUnder(db, period.unit_id, roots);
  if (under.length === 0) throw notFound();
  if (unitId && !(await isManagerOf(db, actor, unitId))) throw notFound();
  return { period, roots, unitId: unitId ?? under[0] };
}

/** GET /evaluation/periods/:id/distribution */
export async function distribution(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  periodId: string,
  query: DistributionQuery,
): Promise<Distribution> {
  const { period, roots, unitId } = await periodAndUnit(db, actor, periodId, query.unitId);
  const groups = await q.cadreGroups(db);
  if (query.cadreGroup && !groups.some((g) => g.code === query.cadreGroup)) throw fieldError('cadreGroup', 'v.er.cadre_group');
  const counts = await q.distributionCounts(db, { periodId, unitId, on: period.end_date, roots, cadreGroup: query.cadreGroup });
  const total = emptyRow();
  const byUnit = new Map<string, DistributionRow>();
  const byGroup = new Map<string, DistributionRow>();
  for (const r of counts) {
    add(total, r);
    add(byUnit.get(r.bucket) ?? byUnit.set(r.bucket, emptyRow()).get(r.bucket)!, r);
    add(byGroup.get(r.cadre_group) ?? byGroup.set(r.cadre_group, emptyRow()).get(r.cadre_group)!, r);
  }
  const names = await unitNames(db, [unitId, ...byUnit.keys()]);
  const rank = await q.ranking(db, { periodId, unitId, roots, cadreGroup: query.cadreGroup, limit: query.rankingLimit });
  return {
    period: periodRef(locale, period),
    unitId,
    unitName: names.get(unitId) ?? '',
    cadreGroup: query.cadreGroup ?? null,
    total,
    byUnit: [...byUnit.entries()]
      .map(([id, row]) => ({
        unitId: id,
        unitName: id === unitId ? t(locale, 'er.direct', { unit: names.get(id) }) : (names.get(id) ?? ''),
        ...row,
      }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')),
    byGroup: groups
      .filter((g) => byGroup.has(g.code))
      .map((g) => ({ cadreGroup: g.code, name: locale === 'en' ? g.name_en : g.name_vi, ...byGroup.get(g.code)! })),
    ranking: rank.rows.map((r, i) => ({
      rank: i + 1,
      evaluationId: r.id,
      personId: r.person_id,
      name: fullName({ familyName: r.family_name, middleName: r.middle_name, givenName: r.given_name }),
      unitName: r.unit_name,
      cadreGroup: r.cadre_group,
      score: Number(r.score),
      basis: r.basis,
      level: (r.level as Level | null) ?? null,
    })),
    rankingTotal: rank.total,
  };
}

/**
 * A suggestion is made now, for a year already rated: the commendation rules in force today (or at
 * the year's end when that is later — the current year), not those of years the rule predates.
 */
function commendationRules(db: Kysely<DB>, year: number): Promise<CommendationRules> {
  const today = todayInVietnam();
  const yearEnd = `${year}-12-31`;
  return getSetting<CommendationRules>(db, EVALUATION_SETTING_KEYS.commendation, yearEnd > today ? yearEnd : today);
}

async function suggestionsOf(
  db: Kysely<DB>,
  locale: Locale,
  history: Array<{ year: number; level: Level | null }>,
  years: number[],
): Promise<CommendationSuggestion[]> {
  const out: CommendationSuggestion[] = [];
  for (const year of years) {
    const s = suggestCommendation(history, year, await commendationRules(db, year));
    if (s.kind && s.key)
      out.push({ year, kind: s.kind, consecutiveYears: s.consecutiveYears, message: tAny(locale, s.key, s.params), rule: s.rule });
  }
  return out;
}

/** GET /people/:id/evaluation-history — managers see every evaluation; the person only the published ones. */
export async function history(db: Kysely<DB>, actor: Actor, locale: Locale, personId: string): Promise<EvaluationHistory> {
  const person = await q.personById(db, personId);
  if (!person) throw notFound();
  const viewer = await viewerOfPerson(db, actor, person);
  const rows = (await q.personHistory(db, personId)).filter((r) => viewer === 'manager' || r.status === 'published');
  const items = rows.map((r) => {
    const show = stepsVisible(viewer, r.status).decision;
    const level = show ? (r.decision_level as Level | null) : null;
    return {
      evaluationId: r.id,
      period: periodRef(locale, { id: r.period_id, kind: r.kind, year: r.year, number: r.number, status: r.period_status }),
      unitName: r.unit_name,
      cadreGroup: r.cadre_group,
      cadreGroupName: locale === 'en' ? r.name_en : r.name_vi,
      status: r.status as EvaluationHistory['items'][number]['status'],
      score: show && r.decision_score !== null ? Number(r.decision_score) : null,
      level,
      levelName: level ? t(locale, `eval.level.${level}`) : null,
      publishedAt: r.published_at ? r.published_at.toISOString() : null,
    };
  });
  // Rows come newest decision first: the first level seen for a year is the one in force.
  const years = new Map<number, Level | null>();
  for (const i of items) if (i.period.kind === 'year' && i.level && !years.has(i.period.year)) years.set(i.period.year, i.level);
  const yearHistory = [...years.entries()].map(([year, level]) => ({ year, level }));
  const excellentYears = yearHistory
    .filter((h) => h.level === 'excellent')
    .map((h) => h.year)
    .sort((a, b) => b - a);
  return {
    personId,
    name: fullName({ familyName: person.family_name, middleName: person.middle_name, givenName: person.given_name }),
    items,
    commendations: await suggestionsOf(db, locale, yearHistory, excellentYears),
  };
}

/** GET /evaluation/commendations?unitId=&year= — subjects rated HTXS in the year under the unit, with their runs. */
export async function commendations(db: Kysely<DB>, actor: Actor, locale: Locale, query: CommendationQuery): Promise<CommendationList> {
  await assertManagerOf(db, actor, query.unitId);
  const candidates = await q.excellentOfYear(db, { unitId: query.unitId, year: query.year, roots: managerRoots(actor) });
  const levels = await q.yearLevels(
    db,
    {
      persons: candidates.flatMap((c) => (c.person_id ? [c.person_id] : [])),
      units: candidates.flatMap((c) => (c.subject_unit_id ? [c.subject_unit_id] : [])),
    },
    query.year,
  );
  const bySubject = new Map<string, Array<{ year: number; level: Level | null }>>();
  for (const l of levels) bySubject.set(l.subject, [...(bySubject.get(l.subject) ?? []), { year: l.year, level: l.level as Level }]);
  const rules = await commendationRules(db, query.year);
  const items: CommendationItem[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const subject = c.person_id ?? c.subject_unit_id!;
    if (seen.has(subject)) continue;
    seen.add(subject);
    const s = suggestCommendation(bySubject.get(subject) ?? [], query.year, rules);
    if (!s.kind || !s.key) continue;
    items.push({
      year: query.year,
      kind: s.kind,
      consecutiveYears: s.consecutiveYears,
      message: tAny(locale, s.key, s.params),
      rule: s.rule,
      subject: c.person_id ? 'person' : 'collective',
      personId: c.person_id,
      subjectUnitId: c.subject_unit_id,
      name: c.person_id
        ? fullName({ familyName: c.family_name ?? '', middleName: c.middle_name ?? '', givenName: c.given_name ?? '' })
        : (c.subject_name ?? ''),
      unitName: c.unit_name,
      score: c.decision_score === null ? null : Number(c.decision_score),
    });
  }
  return { unitId: query.unitId, year: query.year, items };
}
