// Planning in the demo (issue 10): the communes' posts linked to the standard ladder, and a plan for
// 2030–2035 in every commune — built by the planning rules themselves (only candidates the rules accept,
// at most two per post), approved by the standing committee in every commune but #1, where it is left
// as a draft for the user to complete and approve. Posts nobody qualifies for stay without a candidate.
// One approved plan keeps a target-2 candidate planned before the current age rule (too old now), which
// the yearly review lists. Deterministic: ids from a stream of their own, people in a fixed order.
import type { Kysely } from 'kysely';
import { addDays } from '../../domain/dates.js';
import { blockingChecks, checkCandidateProposal, checkPlanningAge, type PlanEntry } from '../../domain/planning/index.js';
import type { DB } from '../db/schema.js';
import { loadLadder, loadPlanningSettings } from '../modules/planning/index.js';
import { loadRetirementSchedule } from '../modules/people/index.js';
import { standardCodesOf } from '../modules/planning/index.js';
import { Random } from './random.js';

/** Commune post titles of the demo organisation → ladder codes (the link an administrator sets). */
export const TITLE_CODES: Array<[RegExp, string]> = [
  [/^Bí thư Đảng ủy$/, 'commune.party.secretary'],
  [/^Phó Bí thư Thường trực Đảng ủy$/, 'commune.party.standing_deputy_secretary'],
  [/^Phó Bí thư Đảng ủy$/, 'commune.party.deputy_secretary'],
  [/^Chủ tịch UBND$/, 'commune.pc.chair'],
  [/^Chủ tịch HĐND$/, 'commune.council.chair'],
  [/^Phó Chủ tịch UBND$/, 'commune.pc.vice_chair'],
  [/^Phó Chủ tịch HĐND$/, 'commune.council.vice_chair'],
  [/^Chánh Văn phòng Đảng ủy$/, 'commune.party.office_chief'],
  [/^Phó Chánh Văn phòng Đảng ủy$/, 'commune.party.office_deputy'],
  [/^Trưởng Ban Xây dựng Đảng$/, 'commune.party.building_head'],
  [/^Phó Trưởng Ban Xây dựng Đảng$/, 'commune.party.building_deputy'],
  [/^Chủ nhiệm Ủy ban Kiểm tra Đảng ủy$/, 'commune.inspection.chair'],
  [/^Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy$/, 'commune.inspection.deputy_chair'],
  [/^Chủ tịch Ủy ban MTTQ/, 'commune.front.chair'],
  [/^Phó Chủ tịch Ủy ban MTTQ/, 'commune.front.vice_chair'],
  [/^Trưởng Ban .* HĐND$/, 'commune.council.board_head'],
  [/^(Trưởng phòng|Chánh Văn phòng HĐND|Giám đốc Trung tâm)/, 'commune.pc.division_head'],
  [/^(Phó Trưởng phòng|Phó Chánh Văn phòng HĐND|Phó Giám đốc Trung tâm)/, 'commune.pc.division_deputy'],
  [/^Ủy viên Ban Thường vụ Đảng ủy$/, 'commune.committee.standing_member'],
  [/^Đảng ủy viên$/, 'commune.committee.executive_member'],
];

/** The posts planned in the demo, top first (two candidates at most each). */
const PLANNED = [
  'commune.party.secretary',
  'commune.party.standing_deputy_secretary',
  'commune.party.deputy_secretary',
  'commune.pc.chair',
  'commune.inspection.chair',
  'commune.front.chair',
  'commune.pc.vice_chair',
  'commune.party.building_head',
];

export async function seedPlanningDemo(
  trx: Kysely<DB>,
  opts: { seed: number | string; anchor: string; communeUnitIds: readonly string[]; organisingPersonId: string | null },
): Promise<void> {
  const ids = new Random(`${String(opts.seed)}:planning`);
  const posts = await trx
    .selectFrom('post as p')
    .innerJoin('org_unit_closure as c', 'c.descendant_id', 'p.unit_id')
    .select(['p.id', 'p.title', 'c.ancestor_id as commune_id'])
    .where('c.ancestor_id', 'in', [...opts.communeUnitIds])
    .orderBy('p.id')
    .execute();
  const links = posts.flatMap((p) => {
    const code = TITLE_CODES.find(([re]) => re.test(p.title))?.[1];
    return code ? [{ post_id: p.id, ladder_code: code }] : [];
  });
  if (links.length > 0) await trx.insertInto('planning_post_code').values(links).execute();

  const settings = await loadPlanningSettings(trx, opts.anchor);
  const { ladder, byCode } = await loadLadder(trx);
  const schedule = await loadRetirementSchedule(trx, opts.anchor);
  const termId = 'party-2030-2035';
  const approvedOn = addDays(opts.anchor, -45);

  for (const [index, communeId] of opts.communeUnitIds.entries()) {
    const holders = await trx
      .selectFrom('tenure as t')
      .innerJoin('planning_post_code as pc', 'pc.post_id', 't.post_id')
      .innerJoin('post as po', 'po.id', 't.post_id')
      .innerJoin('org_unit_closure as c', 'c.descendant_id', 'po.unit_id')
      .innerJoin('person as pe', 'pe.id', 't.person_id')
      .select([
        'pe.id',
        'pe.gender',
        'pe.date_of_birth',
        'pe.education_level',
        'pe.political_theory_level',
        'pe.state_management_level',
        'pe.sort_key',
        'pc.ladder_code',
      ])
      .where('c.ancestor_id', '=', communeId)
      .where('t.start_date', '<=', opts.anchor)
      .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', opts.anchor)]))
      .orderBy('pe.sort_key')
      .orderBy('pe.id')
      .execute();
    const people = [...new Map(holders.map((h) => [h.id, h])).values()];
    const held = (id: string) => holders.filter((h) => h.id === id).map((h) => h.ladder_code);
    const approved = index > 0;
    const planId = ids.uuid();
    await trx
      .insertInto('planning_plan')
      .values({ id: planId, unit_id: communeId, term_id: termId, status: approved ? 'approved' : 'draft', created_by: null })
      .execute();
    const approvalId = approved ? ids.uuid() : null;
    const entries: PlanEntry[] = [];
    const rows: Array<{ code: string; personId: string; targetLevel: 1 | 2 }> = [];
    for (const code of PLANNED) {
      const row = byCode.get(code)!;
      const month = settings.age.referenceMonths[termId]?.[row.reference_level];
      if (!month) continue;
      let taken = 0;
      for (const targetLevel of [1, 2] as const) {
        for (const p of people) {
          if (taken >= 2 || p.id === opts.organisingPersonId) continue;
          if (entries.some((e) => e.personId === p.id && e.postCode === code)) continue;
          const codes = standardCodesOf(p);
          const checks = checkCandidateProposal(
            ladder,
            entries,
            {
              personId: p.id,
              postCode: code,
              targetLevel,
              currentPosts: held(p.id),
              gender: p.gender,
              dateOfBirth: p.date_of_birth,
              referenceMonth: month,
              standards: { required: row.standards as Record<string, string>, held: codes, training: [] },
            },
            settings,
            schedule,
          );
          if (blockingChecks(checks).length > 0) continue;
          entries.push({ personId: p.id, postCode: code, targetLevel });
          rows.push({ code, personId: p.id, targetLevel });
          taken++;
        }
      }
    }
    // Commune #2 keeps one target-2 candidate planned before the current age rule: the review lists them.
    if (index === 1) {
      const month = settings.age.referenceMonths[termId]?.commune ?? '2030-07';
      const old = people
        .filter(
          (p) =>
            !held(p.id).includes('commune.party.secretary') &&
            !rows.some((r) => r.personId === p.id && r.code === 'commune.party.secretary'),
        )
        .filter(
          (p) =>
            checkPlanningAge(
              { gender: p.gender, dateOfBirth: p.date_of_birth, targetLevel: 2, referenceMonth: month },
              settings.age,
              schedule,
            ).outcome === 'fail',
        )
        .sort((a, b) => (a.date_of_birth < b.date_of_birth ? 1 : -1))[0];
      if (old) rows.push({ code: 'commune.party.secretary', personId: old.id, targetLevel: 2 });
    }
    if (approved) {
      await trx
        .insertInto('planning_approval')
        .values({
          id: approvalId!,
          plan_id: planId,
          decision_ref: `${String(20 + index)}-QĐ/ĐU`,
          decision_date: approvedOn,
          approved_by: null,
          candidates: rows.length,
        })
        .execute();
    }
    for (const r of rows) {
      await trx
        .insertInto('planning_candidate')
        .values({
          id: ids.uuid(),
          plan_id: planId,
          post_code: r.code,
          person_id: r.personId,
          target_level: r.targetLevel,
          source: 'inside',
          training: '[]',
          note: null,
          status: approved ? 'approved' : 'proposed',
          added_on: approved ? approvedOn : opts.anchor,
          approved_on: approved ? approvedOn : null,
          approval_id: approvalId,
          created_by: null,
        })
        .execute();
    }
  }
}
