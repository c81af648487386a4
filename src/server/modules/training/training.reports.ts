// The unit reports of training: who lacks the standard of a post they hold or are planned for, the
// training structure (for the charts: degrees, political theory, state management, field groups and the
// science-and-technology share), and the support claims of the year (courses ended or paid in it).
import type { Kysely } from 'kysely';
import type { StandardsGapList, SupportList, TrainingStructure } from '../../../contracts/training.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { fieldGroupOf, isScienceTechnology } from '../../../domain/training/index.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { loadPlanningSettings, postStandardsOf, standardCodesOf } from '../planning/index.js';
import { assertCanReadUnitTraining } from './training.policy.js';
import * as q from './training.queries.js';
import { claimOf, supportPolicies } from './training.support.js';

const nameOf = (p: { family_name: string; middle_name: string; given_name: string }) =>
  fullName({ familyName: p.family_name, middleName: p.middle_name, givenName: p.given_name });

export async function standardsGaps(db: Kysely<DB>, actor: Actor, locale: Locale, unitId: string): Promise<StandardsGapList> {
  await assertCanReadUnitTraining(db, actor, unitId);
  const people = await q.subtreePeople(db, unitId);
  const standards = await postStandardsOf(
    db,
    locale,
    people.map((p) => p.id),
    todayInVietnam(),
  );
  const items: StandardsGapList['items'] = [];
  let checked = 0;
  for (const p of people) {
    const posts = standards.get(p.id) ?? [];
    if (posts.length) checked++;
    const lacking = posts.filter((x) => !x.met);
    if (lacking.length) items.push({ personId: p.id, name: nameOf(p), unitName: p.unit_name, posts: lacking });
  }
  return { unitId, checked, items };
}

const bump = (m: Record<string, number>, k: string | null) => {
  const key = k ?? 'none';
  m[key] = (m[key] ?? 0) + 1;
};

export async function trainingStructure(db: Kysely<DB>, actor: Actor, unitId: string): Promise<TrainingStructure> {
  await assertCanReadUnitTraining(db, actor, unitId);
  const [people, settings] = await Promise.all([q.subtreePeople(db, unitId), loadPlanningSettings(db)]);
  const out: TrainingStructure = {
    unitId,
    total: people.length,
    qualification: {},
    politicalTheory: {},
    stateManagement: {},
    fieldGroups: {},
    scienceTechnology: { count: 0, pct: null },
  };
  for (const p of people) {
    const codes = standardCodesOf(p);
    bump(out.qualification, codes.qualification);
    bump(out.politicalTheory, codes.political_theory);
    bump(out.stateManagement, codes.state_management);
    const group = fieldGroupOf({ field_group: p.field_group, field_of_study: null }, p.professional_qualification).group;
    bump(out.fieldGroups, group);
    if (isScienceTechnology(group, settings.structure.scienceTechnologyFields)) out.scienceTechnology.count++;
  }
  out.scienceTechnology.pct = people.length ? Math.round((out.scienceTechnology.count * 1000) / people.length) / 10 : null;
  return out;
}

export async function supportOfYear(db: Kysely<DB>, actor: Actor, unitId: string, year: number): Promise<SupportList> {
  await assertCanReadUnitTraining(db, actor, unitId);
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
  return { unitId, year, totals, items };
}
