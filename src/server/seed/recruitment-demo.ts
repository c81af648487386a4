// New-member development and cadres at cells in the demo (issue 12; decision 0033): each commune's Party
// committee gets this year's and last year's new-member targets split among its cells, candidates at
// every stage of the pipeline (two admitted this year, with their memberships), and committee cadres
// assigned to village cells for the last three months with their reports (the current month not yet
// reported). The candidates' person records are kept as public employees (the person kinds hold no
// "non-member"). Deterministic: a stream of its own.
import type { Kysely } from 'kysely';
import { addDays, addMonths } from '../../domain/dates.js';
import { personSearchText, vietnameseSortKey } from '../../domain/names.js';
import type { DB } from '../db/schema.js';
import { Random } from './random.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi'];
const GIVEN = ['Khánh', 'Linh', 'Phúc', 'Trang', 'Quân', 'Vy', 'Huy', 'Ngân'];
const REPORTS = [
  'Bà con kiến nghị sớm sửa đoạn kênh nội đồng bị bồi lắng trước vụ xuân.',
  'Đảng viên phản ánh đèn chiếu sáng đường trục thôn hỏng nhiều tháng.',
  'Chi bộ đề nghị xã hướng dẫn thủ tục chuyển đổi cây trồng trên đất lúa.',
  'Một số hộ hỏi về tiến độ cấp giấy chứng nhận quyền sử dụng đất.',
];

export async function seedRecruitmentDemo(
  trx: Kysely<DB>,
  opts: { seed: number | string; anchor: string; communeUnitIds: readonly string[]; cadrePersonIds: readonly string[] },
): Promise<{ candidates: number }> {
  const rng = new Random(`${String(opts.seed)}:recruitment`);
  let candidates = 0;
  const year = Number(opts.anchor.slice(0, 4));
  for (const communeId of opts.communeUnitIds) {
    const committee = await trx
      .selectFrom('org_unit as u')
      .innerJoin('org_unit_link as l', 'l.child_id', 'u.id')
      .select('u.id')
      .where('l.parent_id', '=', communeId)
      .where('u.kind', '=', 'party_committee')
      .executeTakeFirst();
    if (!committee) continue;
    const cells = await trx
      .selectFrom('org_unit as u')
      .innerJoin('org_unit_link as l', 'l.child_id', 'u.id')
      .select(['u.id', 'u.name'])
      .where('l.parent_id', '=', committee.id)
      .where('u.kind', '=', 'party_cell')
      .where('u.valid_to', 'is', null)
      .orderBy('u.name')
      .execute();
    if (cells.length === 0) continue;
    // Targets: one or two per cell, the committee's the sum plus a reserve; last year's a little lower.
    const shares = cells.map(() => rng.int(1, 2));
    const total = shares.reduce((s, n) => s + n, 0);
    const targets = [
      { unit_id: committee.id, year, target: total + 2, over_reason: null, set_by: null },
      { unit_id: committee.id, year: year - 1, target: total, over_reason: null, set_by: null },
      ...cells.map((c, i) => ({ unit_id: c.id, year, target: shares[i] ?? 1, over_reason: null, set_by: null })),
    ];
    await trx.insertInto('recruitment_target').values(targets).execute();

    // Candidates: one at each stage before the decision, and two admitted this year (decision and ceremony).
    const stages = ['outstanding', 'course', 'application', 'verification', 'considered', 'decision', 'ceremony'] as const;
    for (const [i, stage] of stages.entries()) {
      const cell = cells[i % cells.length];
      if (!cell) continue;
      const id = rng.uuid();
      const female = rng.chance(0.5);
      const name = { familyName: rng.pick(FAMILY), middleName: female ? 'Thị' : 'Văn', givenName: rng.pick(GIVEN) };
      await trx
        .insertInto('person')
        .values({
          id,
          unit_id: cell.id,
          family_name: name.familyName,
          middle_name: name.middleName,
          given_name: name.givenName,
          gender: female ? 'female' : 'male',
          date_of_birth: `${rng.int(1990, 2004)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
          kind: 'public_employee',
          // The database's defaults, written out so the insert is checked against the table's type.
          ethnicity: 'Kinh',
          religion: '',
          search_text: personSearchText(name),
          sort_key: vietnameseSortKey(name),
        })
        .execute();
      candidates += 1;
      const reach = stages.indexOf(stage);
      const start = addMonths(opts.anchor, -10);
      const on = (k: number) => (k <= reach ? addDays(start, k * 35) : null);
      let membershipId: string | null = null;
      if (reach >= 5) {
        membershipId = rng.uuid();
        await trx
          .insertInto('party_membership')
          .values({
            id: membershipId,
            person_id: id,
            cell_id: cell.id,
            kind: 'official',
            from_on: on(5) ?? opts.anchor,
            to_on: null,
            joined_how: 'admission',
            left_how: null,
            admission_decision_on: on(5),
            ceremony_on: on(6),
            full_vote_on: null,
            full_decision_on: null,
            age_exception: null,
            card_number: null,
            exempt_from: null,
            exempt_decision: null,
            suspended_from: null,
          })
          .execute();
      }
      await trx
        .insertInto('recruitment_candidate')
        .values({
          id: rng.uuid(),
          person_id: id,
          cell_id: cell.id,
          outstanding_on: on(0) ?? start,
          course_on: on(1),
          application_on: on(2),
          verification_on: on(3),
          considered_on: on(4),
          decision_on: on(5),
          ceremony_on: on(6),
          age_exception: null,
          membership_id: membershipId,
        })
        .execute();
    }

    // The roster: the committee's cadres at the first village cells, the last three months reported.
    if (opts.cadrePersonIds.length === 0) continue;
    for (let back = 3; back >= 0; back--) {
      const month = addMonths(opts.anchor, -back).slice(0, 7);
      for (const [i, cell] of cells.slice(0, 3).entries()) {
        const cadre = opts.cadrePersonIds[(i + back) % opts.cadrePersonIds.length];
        if (!cadre) continue;
        const attended = back === 0 ? null : rng.chance(0.8);
        await trx
          .insertInto('cell_roster')
          .values({
            id: rng.uuid(),
            cell_id: cell.id,
            month,
            person_id: cadre,
            post: 'Cán bộ cấp ủy phụ trách thôn',
            attended,
            report: attended ? rng.pick(REPORTS) : '',
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
  }
  return { candidates };
}
