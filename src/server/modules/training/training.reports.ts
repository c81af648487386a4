// The unit reports of training: who lacks the standard of a post they hold or are planned for (on a day),
// the training structure (for the charts: degrees, political theory, state management, IT, foreign
// language, field groups and the science-and-technology share, and the same by unit), and the support
// claims of the year (courses ended or paid in it). The lists are paged with their total; the printed
// reports take the whole list (`…Of`).
import type { Kysely } from 'kysely';
import type { StandardsGapList, SupportList, TrainingStructure } from '../../../contracts/training.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { fieldGroupOf, isScienceTechnology, levelsAt } from '../../../domain/training/index.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { loadPlanningSettings, postStandardsOf, standardCodesOf } from '../planning/index.js';
import { assertCanReadUnitTraining } from './training.policy.js';
import * as q from './training.queries.js';
import { claimOf, supportPolicies } from './training.support.js';

const nameOf = (p: { family_name: string; middle_name: string; given_name: string }) =>
  fullName({ familyName: p.family_name, middleName: p.middle_name, givenName: p.given_name });

interface Paging {
  page: number;
  pageSize: number;
}
const pageOf = <T>(items: T[], { page, pageSize }: Paging) => ({
  items: items.slice((page - 1) * pageSize, page * pageSize),
  total: items.length,
  page,
  pageSize,
});

/** Everyone under the unit who lacks the standard of a post held or planned on `at` (the caller checked the scope). */
export async function gapsOf(db: Kysely<DB>, locale: Locale, unitId: string, at: string) {
  const people = await q.subtreePeople(db, unitId);
  const standards = await postStandardsOf(
    db,
    locale,
    people.map((p) => p.id),
    at,
  );
  const items: StandardsGapList['items'] = [];
  let checked = 0;
  for (const p of people) {
    const posts = standards.get(p.id) ?? [];
    if (posts.length) checked++;
    const lacking = posts.filter((x) => !x.met);
    if (lacking.length) items.push({ personId: p.id, name: nameOf(p), unitName: p.unit_name, posts: lacking });
  }
  return { checked, items };
}

export async function standardsGaps(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  unitId: string,
  query: Paging & { at?: string },
): Promise<StandardsGapList> {
  await assertCanReadUnitTraining(db, actor, unitId);
  const at = query.at ?? todayInVietnam();
  const { checked, items } = await gapsOf(db, locale, unitId, at);
  return { unitId, at, checked, ...pageOf(items, query) };
}

const bump = (m: Record<string, number>, k: string | null) => {
  const key = k ?? 'none';
  m[key] = (m[key] ?? 0) + 1;
};
const HIGH_DEGREES = new Set(['bachelor', 'master', 'doctor']);
const HIGH_THEORY = new Set(['advanced', 'bachelor']);

export async function trainingStructure(db: Kysely<DB>, actor: Actor, unitId: string, query: { at?: string }): Promise<TrainingStructure> {
  await assertCanReadUnitTraining(db, actor, unitId);
  return structureOf(db, unitId, query.at ?? todayInVietnam());
}

/**
 * The structure of the people under the unit on `at` (the caller checked the scope): those in service
 * that day (not left before it), at the levels they held then — the present levels, stepped back where a
 * course completed after the day conferred them (levelsAt).
 */
export async function structureOf(db: Kysely<DB>, unitId: string, at: string): Promise<TrainingStructure> {
  const [everyone, settings] = await Promise.all([q.subtreePeople(db, unitId), loadPlanningSettings(db, at)]);
  const people = everyone.filter((p) => p.left_service_on === null || p.left_service_on > at);
  const coursesOf = new Map<string, Awaited<ReturnType<typeof q.coursesOf>>>();
  for (const c of await q.coursesOf(
    db,
    people.map((p) => p.id),
  ))
    coursesOf.set(c.person_id, [...(coursesOf.get(c.person_id) ?? []), c]);
  const out: TrainingStructure = {
    unitId,
    at,
    total: people.length,
    qualification: {},
    politicalTheory: {},
    stateManagement: {},
    fieldGroups: {},
    it: {},
    foreignLanguage: {},
    scienceTechnology: { count: 0, pct: null },
    byUnit: [],
  };
  const units = new Map<string, TrainingStructure['byUnit'][number]>();
  for (const p of people) {
    const held = levelsAt(
      { ...standardCodesOf(p), it: p.it_level, foreignLanguage: p.foreign_language },
      (coursesOf.get(p.id) ?? []).map((c) => ({ level: c.level, result: c.result, endDate: c.end_date })),
      at,
    );
    bump(out.qualification, held.qualification);
    bump(out.politicalTheory, held.political_theory);
    bump(out.stateManagement, held.state_management);
    bump(out.it, held.it);
    bump(out.foreignLanguage, held.foreignLanguage);
    const group = fieldGroupOf({ field_group: p.field_group, field_of_study: null }, p.professional_qualification).group;
    bump(out.fieldGroups, group);
    if (isScienceTechnology(group, settings.structure.scienceTechnologyFields)) out.scienceTechnology.count++;
    let u = units.get(p.unit_id);
    if (!u) {
      u = {
        unitId: p.unit_id,
        unitName: p.unit_name,
        total: 0,
        university: 0,
        politicalHigh: 0,
        stateManagement: 0,
        it: 0,
        foreignLanguage: 0,
      };
      units.set(p.unit_id, u);
    }
    u.total++;
    if (held.qualification && HIGH_DEGREES.has(held.qualification)) u.university++;
    if (held.political_theory && HIGH_THEORY.has(held.political_theory)) u.politicalHigh++;
    if (held.state_management) u.stateManagement++;
    if (held.it) u.it++;
    if (held.foreignLanguage) u.foreignLanguage++;
  }
  out.scienceTechnology.pct = people.length ? Math.round((out.scienceTechnology.count * 1000) / people.length) / 10 : null;
  out.byUnit = [...units.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
  return out;
}

export async function supportOfYear(db: Kysely<DB>, actor: Actor, unitId: string, query: Paging & { year: number }): Promise<SupportList> {
  await assertCanReadUnitTraining(db, actor, unitId);
  const { totals, items } = await supportOf(db, unitId, query.year);
  return { unitId, year: query.year, totals, ...pageOf(items, query) };
}

/** The support claims of the year under the unit, with their totals (the caller checked the scope). */
export async function supportOf(db: Kysely<DB>, unitId: string, year: number) {
  const people = await q.subtreePeople(db, unitId);
  const byId = new Map(people.map((p) => [p.id, p]));
  const [courses, policies] = await Promise.all([q.coursesOf(db, [...byId.keys()]), supportPolicies(db)]);
  const payments = await q.paymentsOf(
    db,
    courses.map((c) => c.id),
  );
  const today = todayInVietnam();
  const items: SupportList['items'] = [];
  const totals = { entitled: 0, paid: 0, outstanding: 0, refund: 0 };
  const inYear = (d: string | null) => d !== null && d.startsWith(`${year}-`);
  for (const c of courses) {
    const p = byId.get(c.person_id)!;
    const mine = payments.filter((x) => x.course_id === c.id);
    if (!inYear(c.end_date) && !mine.some((x) => inYear(x.paid_on))) continue;
    const group = c.field_group ?? fieldGroupOf({ field_group: p.field_group, field_of_study: null }, p.professional_qualification).group;
    const { policy, ...support } = claimOf(
      { id: c.id, level: c.level, fieldGroup: group, endDate: c.end_date, result: c.result },
      policies,
      mine,
      p.left_service_on,
      today,
    );
    if (!policy || support.status === 'not_supported') continue;
    totals.entitled += support.entitled;
    totals.paid += support.paid;
    totals.outstanding += support.outstanding;
    totals.refund += support.refund;
    items.push({
      personId: p.id,
      name: nameOf(p),
      unitName: p.unit_name,
      course: { id: c.id, name: c.name, level: c.level, endDate: c.end_date },
      support,
    });
  }
  return { totals, items };
}
