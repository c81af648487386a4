// Personnel decisions in the demo (issue 11): a year of moves in the demo province, written as decided
// proposals with the tenures they ended and started (linked like the API links them): an appointment to a
// vacant post, a rotation from the province to a commune with its planned end, a transfer between
// communes, a reappointment. The dashboards' questions have answers: every commune's secretary and
// People's Committee chair is born elsewhere except commune #3's secretary (born in an old commune merged
// into it: local); the chairs who held the post in the old commune before the merger reach two consecutive
// terms at the end of this one (the organisation's history already says so); commune #2's secretary retired last month (the post is vacant: its
// organising body proposes from the plan, the province's standing committee decides), and a candidate
// there was disciplined after being proposed (the appointment is blocked by the waiting period).
// Deterministic: ids from a stream of their own, people and posts in a fixed order.
import type { Kysely, Transaction } from 'kysely';
import { addDays, addMonths } from '../../domain/dates.js';
import type { DB, ProposalKind } from '../db/schema.js';
import type { AuditContext } from '../http/context.js';
import { removeDisciplined } from '../modules/planning/index.js';
import { Random } from './random.js';

/** The seed's changes that the application audits are audited as the system's (like the demo.seed event). */
const SEED_AUDIT: AuditContext = { actorId: null, actorName: 'system', requestId: null, ip: null };

const DOCS = JSON.stringify({ appraisal: true, assetDeclaration: true, health: true });

export async function seedPersonnelDemo(
  trx: Kysely<DB>,
  opts: { seed: number | string; anchor: string; provinceUnitId: string; communeUnitIds: readonly string[] },
): Promise<void> {
  const ids = new Random(`${String(opts.seed)}:personnel`);
  const { anchor } = opts;
  const communes = await trx
    .selectFrom('org_unit')
    .select(['id', 'admin_unit_id'])
    .where('id', 'in', [...opts.communeUnitIds])
    .execute();
  const adminOf = new Map(communes.map((c) => [c.id, c.admin_unit_id]));
  const province = await trx.selectFrom('org_unit').select('admin_unit_id').where('id', '=', opts.provinceUnitId).executeTakeFirst();
  const oldProvinces = province?.admin_unit_id
    ? (await trx.selectFrom('admin_unit_successor').select('old_id').where('new_id', '=', province.admin_unit_id).execute()).map(
        (r) => r.old_id,
      )
    : [];
  // An old commune of another province: the birthplace of the non-local leaders.
  const elsewhere = (
    await trx
      .selectFrom('admin_unit as c')
      .innerJoin('admin_unit as d', 'd.id', 'c.parent_id')
      .select('c.id')
      .where('c.era', '=', 'pre2025')
      .where('c.level', '=', 'commune')
      .where('d.parent_id', 'not in', [...oldProvinces, ...(province?.admin_unit_id ? [province.admin_unit_id] : []), ''])
      .orderBy('c.id')
      .limit(1)
      .executeTakeFirst()
  )?.id;

  const holderOf = (communeId: string, code: string) =>
    trx
      .selectFrom('tenure as t')
      .innerJoin('planning_post_code as pc', 'pc.post_id', 't.post_id')
      .innerJoin('post as po', 'po.id', 't.post_id')
      .innerJoin('org_unit_closure as c', 'c.descendant_id', 'po.unit_id')
      .select(['t.id', 't.person_id', 't.post_id', 't.start_date', 't.version', 'po.unit_id'])
      .where('c.ancestor_id', '=', communeId)
      .where('pc.ladder_code', '=', code)
      .where('t.start_date', '<=', anchor)
      .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', anchor)]))
      .orderBy('t.id')
      .executeTakeFirst();

  // Non-local key leaders, but for commune #3's secretary.
  for (const [i, communeId] of opts.communeUnitIds.entries()) {
    for (const code of ['commune.party.secretary', 'commune.pc.chair']) {
      const h = await holderOf(communeId, code);
      if (!h) continue;
      let place = elsewhere ?? null;
      if (i === 2 && code === 'commune.party.secretary') {
        const admin = adminOf.get(communeId);
        const old = admin
          ? await trx.selectFrom('admin_unit_successor').select('old_id').where('new_id', '=', admin).orderBy('old_id').executeTakeFirst()
          : undefined;
        place = old?.old_id ?? admin ?? null;
      }
      await trx.updateTable('person').set({ birthplace_id: place, hometown_id: place }).where('id', '=', h.person_id).execute();
      await trx.updateTable('person_residence').set({ admin_unit_id: place }).where('person_id', '=', h.person_id).execute();
    }
  }

  const proposal = async (p: {
    kind: ProposalKind;
    personId: string;
    unitId: string;
    postId: string | null;
    fromTenureId: string | null;
    effective: string;
    plannedEnd?: string;
    status: 'proposed' | 'approved';
    ref?: string;
    reason: string;
  }) => {
    const id = ids.uuid();
    const decided = p.status === 'approved';
    await trx
      .insertInto('personnel_proposal')
      .values({
        id,
        kind: p.kind,
        person_id: p.personId,
        unit_id: p.unitId,
        post_id: p.postId,
        from_tenure_id: p.fromTenureId,
        effective_date: p.effective,
        planned_end_date: p.plannedEnd ?? null,
        reason: p.reason,
        documents: DOCS,
        checks: '[]',
        status: p.status,
        exceptions: '[]',
        decision_ref: decided ? (p.ref ?? null) : null,
        decision_date: decided ? addDays(p.effective, -10) : null,
        signer: decided ? 'Thường trực Tỉnh ủy' : null,
        proposed_on: addDays(p.effective, decided ? -30 : -60),
      })
      .execute();
    return id;
  };

  /** A decided move: the tenure left ends the day before, the new one begins, both linked to the decision. */
  const move = async (p: Parameters<typeof proposal>[0] & { how: 'appointed' | 'rotated' | 'transferred' }) => {
    const id = await proposal(p);
    if (p.fromTenureId) {
      await trx
        .updateTable('tenure')
        .set({ end_date: addDays(p.effective, -1) })
        .where('id', '=', p.fromTenureId)
        .execute();
      await trx.insertInto('personnel_tenure_link').values({ proposal_id: id, tenure_id: p.fromTenureId, effect: 'ended' }).execute();
    }
    if (p.postId) {
      const tenureId = ids.uuid();
      await trx
        .insertInto('tenure')
        .values({
          id: tenureId,
          person_id: p.personId,
          post_id: p.postId,
          start_date: p.effective,
          how: p.how,
          decision_ref: p.ref ?? null,
        })
        .execute();
      await trx.insertInto('personnel_tenure_link').values({ proposal_id: id, tenure_id: tenureId, effect: 'started' }).execute();
    }
  };

  // Commune posts on the ladder that nobody holds today, in a fixed order.
  const vacant = await trx
    .selectFrom('post as po')
    .innerJoin('planning_post_code as pc', 'pc.post_id', 'po.id')
    .innerJoin('org_unit_closure as c', 'c.descendant_id', 'po.unit_id')
    .select(['po.id', 'po.unit_id', 'po.valid_from', 'pc.ladder_code', 'c.ancestor_id as commune_id'])
    .where('c.ancestor_id', 'in', [...opts.communeUnitIds.slice(2)])
    .where('po.valid_to', 'is', null)
    .where('pc.ladder_code', 'in', [
      'commune.pc.division_head',
      'commune.pc.division_deputy',
      'commune.party.building_deputy',
      'commune.party.office_deputy',
    ])
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('tenure as t').select('t.id').whereRef('t.post_id', '=', 'po.id').where('t.end_date', 'is', null))),
    )
    .orderBy('po.id')
    .execute();

  // A rotation from the province to a commune, 36 months, ending in 4 months.
  const provincial = await trx
    .selectFrom('tenure as t')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select(['t.id', 't.person_id'])
    .where('po.unit_id', 'in', (eb) =>
      eb
        .selectFrom('org_unit_closure')
        .select('descendant_id')
        .where('ancestor_id', '=', opts.provinceUnitId)
        .where('descendant_id', 'not in', (eb2) =>
          eb2
            .selectFrom('org_unit_closure')
            .select('descendant_id')
            .where('ancestor_id', 'in', [...opts.communeUnitIds]),
        ),
    )
    .where('t.end_date', 'is', null)
    .where('p.date_of_birth', '>', '1975-01-01')
    .orderBy('t.id')
    .limit(1)
    .executeTakeFirst();
  const rotated = vacant.shift();
  if (provincial && rotated) {
    // Since the new commune opened (1/7/2025), planned to end in 4 months: short of the 36-month minimum.
    const effective = '2025-07-01' > rotated.valid_from ? '2025-07-01' : rotated.valid_from;
    await move({
      kind: 'rotation',
      personId: provincial.person_id,
      unitId: rotated.unit_id,
      postId: rotated.id,
      fromTenureId: null,
      effective,
      plannedEnd: addMonths(anchor, 4),
      status: 'approved',
      ref: '312-QĐ/TU',
      reason: 'Luân chuyển cán bộ tỉnh về cơ sở theo quy hoạch (Quy định 65-QĐ/TW); kết thúc sớm theo yêu cầu nhiệm vụ',
      how: 'rotated',
    });
  }
  // A transfer between communes and an appointment to a vacant post, in the last months.
  const target = vacant.shift();
  const from = target ? opts.communeUnitIds.find((c) => c !== target.commune_id && opts.communeUnitIds.indexOf(c) >= 2) : undefined;
  const mover = from ? await holderOf(from, 'commune.pc.division_deputy') : undefined;
  if (target && mover) {
    await move({
      kind: 'transfer',
      personId: mover.person_id,
      unitId: target.unit_id,
      postId: target.id,
      fromTenureId: mover.id,
      effective: addMonths(anchor, -5),
      status: 'approved',
      ref: '45-QĐ/TU',
      reason: 'Điều động theo yêu cầu nhiệm vụ giữa hai xã',
      how: 'transferred',
    });
  }
  const appointTo = vacant.shift();
  const deputy = appointTo ? await holderOf(appointTo.commune_id, 'commune.pc.division_deputy') : undefined;
  if (appointTo && deputy && deputy.person_id !== mover?.person_id) {
    await move({
      kind: 'appointment',
      personId: deputy.person_id,
      unitId: appointTo.unit_id,
      postId: appointTo.id,
      fromTenureId: deputy.id,
      effective: addMonths(anchor, -3),
      status: 'approved',
      ref: '118-QĐ/ĐU',
      reason: 'Bổ nhiệm chức vụ cao hơn từ nguồn quy hoạch',
      how: 'appointed',
    });
  }
  // A reappointment at the end of a 5-year appointment term (Nghị định 170/2025/NĐ-CP).
  const head = await holderOf(opts.communeUnitIds[opts.communeUnitIds.length - 1], 'commune.pc.division_head');
  if (head) {
    await move({
      kind: 'reappointment',
      personId: head.person_id,
      unitId: head.unit_id,
      postId: head.post_id,
      fromTenureId: head.id,
      effective: addDays(anchor, -60),
      status: 'approved',
      ref: '201-QĐ/UBND',
      reason: 'Hết thời hạn bổ nhiệm 5 năm; hoàn thành tốt nhiệm vụ',
      how: 'appointed',
    });
  }

  // Commune #2: the secretary retired last month; a planned candidate was disciplined after being proposed.
  const second = opts.communeUnitIds[1];
  const secretary = second ? await holderOf(second, 'commune.party.secretary') : undefined;
  if (second && secretary) {
    await trx
      .updateTable('tenure')
      .set({ end_date: addDays(anchor, -20), decision_ref: 'Nghỉ hưu theo chế độ' })
      .where('id', '=', secretary.id)
      .execute();
    const planned = await trx
      .selectFrom('planning_candidate as c')
      .innerJoin('planning_plan as p', 'p.id', 'c.plan_id')
      .select(['c.id', 'c.person_id'])
      .where('p.unit_id', '=', second)
      .where('c.status', '=', 'approved')
      .where('c.person_id', '!=', secretary.person_id)
      // A target-1 candidate of the next term, not the planning demo's too-old target-2 one (the review lists them)
      // nor the current term's top-up under review (the planning demo keeps it proposed).
      .where('p.term_id', '=', 'party-2030-2035')
      .where('c.target_level', '=', 1)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('planning_candidate as o')
              .select('o.id')
              .whereRef('o.person_id', '=', 'c.person_id')
              .where((o) =>
                o.or([
                  o.and([o('o.target_level', '=', 2), o('o.post_code', '=', 'commune.party.secretary')]),
                  o('o.status', '=', 'proposed'),
                ]),
              ),
          ),
        ),
      )
      .orderBy('c.post_code')
      .orderBy('c.id')
      .execute();
    const blocked = planned[0];
    if (blocked) {
      const disciplineId = ids.uuid();
      const decidedOn = addDays(anchor, -40);
      await proposal({
        kind: 'appointment',
        personId: blocked.person_id,
        unitId: (await trx.selectFrom('post').select('unit_id').where('id', '=', secretary.post_id).executeTakeFirstOrThrow()).unit_id,
        postId: secretary.post_id,
        fromTenureId: null,
        effective: addDays(anchor, 20),
        status: 'proposed',
        reason: 'Đề xuất bổ nhiệm Bí thư Đảng ủy xã từ nguồn quy hoạch',
      });
      await trx
        .insertInto('discipline')
        .values({
          id: disciplineId,
          person_id: blocked.person_id,
          kind: 'warning',
          decided_on: decidedOn,
          reason: 'Vi phạm quy định về phòng, chống tham nhũng',
          decision_ref: '07-QĐ/UBKT',
        })
        .execute();
      // The conduct module's listener path (decision 0019): planning removes the candidate from every
      // plan at once, cites the decision and audits it, as when the discipline is entered on the page.
      await removeDisciplined(
        trx as Transaction<DB>,
        SEED_AUDIT,
        { id: disciplineId, personId: blocked.person_id, kind: 'warning', decidedOn, decisionRef: '07-QĐ/UBKT' },
        decidedOn,
      );
    }
  }
}
