// Planning in the demo (issue 10): the province's and the communes' posts linked to the standard ladder,
// and a plan for each of the Party's terms 2025–2030 and 2030–2035 in the province and every commune —
// built by the planning rules themselves (only candidates the rules accept, at most two per post). Every
// plan is approved by its standing committee but commune #1's 2030–2035 plan, left as a draft for the user
// to complete and approve: its secretary post is left empty for the user to build (three people qualify,
// a fourth is refused by the cap — decision 0037). Posts nobody qualifies for stay without a candidate. Commune #2's 2030–2035
// plan keeps a target-2 candidate planned before the current age rule (too old now, the yearly review
// lists them); its 2025–2030 plan is being reviewed and topped up (a proposed candidate, no review
// recorded yet). The procedure's records: the review held in every other commune, the report upward
// sent in communes #3–#5 (commune #1's is left for the user). Deterministic: ids from a stream of their
// own, people in a fixed order.
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

/** The province's own post titles (Tỉnh ủy or Thành ủy) → ladder codes. */
const PROVINCE_TITLE_CODES: Array<[RegExp, string]> = [
  [/^Bí thư (Tỉnh|Thành) ủy$/, 'province.party.secretary'],
  [/^Phó Bí thư Thường trực (Tỉnh|Thành) ủy$/, 'province.party.standing_deputy_secretary'],
  [/^Phó Bí thư (Tỉnh|Thành) ủy$/, 'province.party.deputy_secretary'],
  [/^Chủ tịch UBND (tỉnh|thành phố)$/, 'province.pc.chair'],
  [/^Chủ tịch HĐND (tỉnh|thành phố)$/, 'province.council.chair'],
  [/^Phó Chủ tịch UBND (tỉnh|thành phố)$/, 'province.pc.vice_chair'],
  [/^(Trưởng Ban Tổ chức|Chánh Văn phòng) (Tỉnh|Thành) ủy$/, 'province.party.board_head'],
  [/^Phó Trưởng Ban Tổ chức (Tỉnh|Thành) ủy$/, 'province.party.board_deputy'],
  [/^Chủ nhiệm Ủy ban Kiểm tra (Tỉnh|Thành) ủy$/, 'province.inspection.chair'],
  [/^Ủy viên Ban Thường vụ (Tỉnh|Thành) ủy$/, 'province.committee.standing_member'],
];

/** The posts planned in the demo, top first (two candidates at most each). */
const PLANNED = {
  commune: [
    'commune.party.secretary',
    'commune.party.standing_deputy_secretary',
    'commune.party.deputy_secretary',
    'commune.pc.chair',
    'commune.inspection.chair',
    'commune.front.chair',
    'commune.pc.vice_chair',
    'commune.party.building_head',
  ],
  province: [
    'province.party.secretary',
    'province.party.standing_deputy_secretary',
    'province.party.deputy_secretary',
    'province.inspection.chair',
    'province.party.board_head',
    'province.party.board_deputy',
  ],
} as const;

/** The Party terms planned: the current one (approved after the 2025 congresses) and the next. */
const TERMS = ['party-2025-2030', 'party-2030-2035'] as const;
/** The 2025–2030 plans were approved after Hướng dẫn 45-HD/BTCTW (21/11/2025), before any demo anchor. */
const CURRENT_TERM_APPROVED_ON = '2025-12-19';

type Trx = Kysely<DB>;
interface Row {
  code: string;
  personId: string;
  targetLevel: 1 | 2;
  topUp?: boolean;
}

async function linkPosts(trx: Trx, provinceUnitId: string, communeUnitIds: readonly string[]): Promise<void> {
  const posts = await trx
    .selectFrom('post as p')
    .innerJoin('org_unit_closure as c', 'c.descendant_id', 'p.unit_id')
    .select(['p.id', 'p.title', 'p.valid_to', 'c.ancestor_id as root'])
    .where('c.ancestor_id', 'in', [provinceUnitId, ...communeUnitIds])
    .orderBy('p.id')
    .execute();
  const codes = new Map<string, string>();
  for (const p of posts) {
    const table = p.root === provinceUnitId ? PROVINCE_TITLE_CODES : TITLE_CODES;
    if (p.root === provinceUnitId && p.valid_to !== null) continue;
    const code = table.find(([re]) => re.test(p.title))?.[1];
    if (code && !codes.has(p.id)) codes.set(p.id, code);
  }
  const links = [...codes].map(([post_id, ladder_code]) => ({ post_id, ladder_code }));
  if (links.length > 0) await trx.insertInto('planning_post_code').values(links).execute();
}

/** Today's holders of a ladder post under `rootId`, one row per post held, in a fixed order. */
const holdersUnder = (trx: Trx, rootId: string, anchor: string) =>
  trx
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
    .where('c.ancestor_id', '=', rootId)
    .where('t.start_date', '<=', anchor)
    .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', anchor)]))
    .orderBy('pe.sort_key')
    .orderBy('pe.id')
    .execute();

export async function seedPlanningDemo(
  trx: Trx,
  opts: {
    seed: number | string;
    anchor: string;
    provinceUnitId: string;
    communeUnitIds: readonly string[];
    organisingPersonId: string | null;
  },
): Promise<void> {
  const ids = new Random(`${String(opts.seed)}:planning`);
  await linkPosts(trx, opts.provinceUnitId, opts.communeUnitIds);
  const settings = await loadPlanningSettings(trx, opts.anchor);
  const { ladder, byCode } = await loadLadder(trx);
  const schedule = await loadRetirementSchedule(trx, opts.anchor);
  const year = Number(opts.anchor.slice(0, 4));
  // The review and top-up of the anchor's year, in its first-quarter window (never after the anchor).
  const topUpOn = `${String(year)}-03-10` < opts.anchor ? `${String(year)}-03-10` : opts.anchor;

  const units = [
    { unitId: opts.provinceUnitId, kind: 'province' as const, index: -1 },
    ...opts.communeUnitIds.map((unitId, index) => ({ unitId, kind: 'commune' as const, index })),
  ];
  for (const termId of TERMS) {
    const approvedOn = termId === 'party-2025-2030' ? CURRENT_TERM_APPROVED_ON : addDays(opts.anchor, -45);
    for (const { unitId, kind, index } of units) {
      const holders = await holdersUnder(trx, unitId, opts.anchor);
      const people = [...new Map(holders.map((h) => [h.id, h])).values()];
      const held = (id: string) => holders.filter((h) => h.id === id).map((h) => h.ladder_code);
      const approved = !(termId === 'party-2030-2035' && index === 0);
      const entries: PlanEntry[] = [];
      const rows: Row[] = [];
      for (const code of PLANNED[kind]) {
        if (!approved && code === 'commune.party.secretary') continue;
        const row = byCode.get(code)!;
        const month = settings.age.referenceMonths[termId]?.[row.reference_level];
        if (!month) continue;
        let taken = 0;
        for (const targetLevel of [1, 2] as const) {
          for (const p of people) {
            if (taken >= 2 || p.id === opts.organisingPersonId) continue;
            if (entries.some((e) => e.personId === p.id && e.postCode === code)) continue;
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
                standards: { required: row.standards as Record<string, string>, held: standardCodesOf(p), training: [] },
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
      if (termId === 'party-2030-2035' && index === 1) {
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
      // Commune #2's 2025–2030 plan is under review: its last candidate is a top-up not yet approved.
      const reviewing = termId === 'party-2025-2030' && index === 1 && rows.length > 1;
      if (reviewing) rows[rows.length - 1].topUp = true;
      await writePlan(trx, ids, {
        unitId,
        termId,
        approved,
        approvedOn,
        topUpOn,
        rows,
        ref: `${String(20 + index)}-QĐ/${kind === 'province' ? 'TU' : 'ĐU'}`,
      });
    }
  }
  await seedProcedureRecords(trx, ids, opts.anchor, opts.communeUnitIds);
}

async function writePlan(
  trx: Trx,
  ids: Random,
  p: { unitId: string; termId: string; approved: boolean; approvedOn: string; topUpOn: string; rows: readonly Row[]; ref: string },
): Promise<void> {
  const planId = ids.uuid();
  await trx
    .insertInto('planning_plan')
    .values({ id: planId, unit_id: p.unitId, term_id: p.termId, status: p.approved ? 'approved' : 'draft', created_by: null })
    .execute();
  const approvalId = p.approved ? ids.uuid() : null;
  if (approvalId) {
    await trx
      .insertInto('planning_approval')
      .values({
        id: approvalId,
        plan_id: planId,
        decision_ref: p.ref,
        decision_date: p.approvedOn,
        approved_by: null,
        candidates: p.rows.filter((r) => !r.topUp).length,
      })
      .execute();
  }
  for (const r of p.rows) {
    const isApproved = p.approved && !r.topUp;
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
        status: isApproved ? 'approved' : 'proposed',
        added_on: r.topUp ? p.topUpOn : p.approved ? p.approvedOn : p.topUpOn,
        approved_on: isApproved ? p.approvedOn : null,
        approval_id: isApproved ? approvalId : null,
        created_by: null,
      })
      .execute();
  }
}

/**
 * The procedure's records of the last review window closed by the anchor (the anchor's year once its
 * first quarter is over, else the year before): the review held everywhere but commune #2 (still under
 * way), the report upward sent by communes #3–#5 (commune #1's is left for the user to record).
 */
async function seedProcedureRecords(trx: Trx, ids: Random, anchor: string, communeUnitIds: readonly string[]): Promise<void> {
  const anchorYear = Number(anchor.slice(0, 4));
  const year = anchor > `${String(anchorYear)}-03-31` ? anchorYear : anchorYear - 1;
  if (year < 2026) return;
  const reportBy = `${String(year)}-05-28`;
  for (const [index, unitId] of communeUnitIds.entries()) {
    if (index === 1) continue;
    await trx
      .insertInto('planning_procedure_record')
      .values({
        id: ids.uuid(),
        unit_id: unitId,
        kind: 'yearly_review',
        year,
        done_on: `${String(year)}-03-20`,
        document_ref: null,
        note: null,
      })
      .execute();
    if (index < 2 || reportBy > anchor) continue;
    await trx
      .insertInto('planning_procedure_record')
      .values({
        id: ids.uuid(),
        unit_id: unitId,
        kind: 'approval_report',
        year,
        done_on: reportBy,
        document_ref: `${String(40 + index)}-BC/ĐU`,
        note: null,
      })
      .execute();
  }
}
