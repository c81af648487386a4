// Demo evaluation history: the recorded inputs of the KHT triggers and the HTXS gate (Quy định
// 366-QĐ/TW, Điều 11) — a few disciplines, the mid-term confidence votes of commune leaders (one of
// them with a majority of low-confidence votes), a degradation conclusion, one member on maternity
// leave in commune #1, and the shortcomings noted at the first review of the history (some fixed,
// some not). Dated from the start of the year of work (the anchor's calendar); people are drawn
// deterministically from each commune's subtree.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { addDays } from '../../domain/dates.js';
import type { Random } from './random.js';
import { vnMorning } from './eval-open.js';

interface Member {
  id: string;
  gender: 'male' | 'female';
  cadre_group: string | null;
  leader: boolean;
  date_of_birth: string;
}

async function membersOf(trx: Kysely<DB>, unitId: string): Promise<Member[]> {
  const { rows } = await sql<Member>`
    SELECT p.id, p.gender, p.cadre_group, coalesce(g.is_leader, false) AS leader, p.date_of_birth
    FROM person p LEFT JOIN cadre_group g ON g.code = p.cadre_group
    WHERE p.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = ${unitId})
    ORDER BY p.id`.execute(trx);
  return rows;
}

const DISCIPLINE_REASONS = [
  'Vi phạm quy chế làm việc, chậm triển khai nhiệm vụ được giao gây ảnh hưởng đến kết quả chung',
  'Thiếu trách nhiệm trong quản lý hồ sơ đất đai, để xảy ra sai sót phải điều chỉnh',
];
const SHORTCOMINGS = [
  'Chưa chủ động tham mưu, đề xuất giải pháp trong lĩnh vực được phân công',
  'Việc cập nhật, báo cáo số liệu còn chậm so với yêu cầu',
  'Tham gia sinh hoạt chi bộ chưa đầy đủ',
  'Xử lý hồ sơ thủ tục hành chính còn để quá hạn',
];

export interface ConductSummary {
  disciplines: number;
  votes: number;
  degradations: number;
  leaves: number;
  shortcomings: number;
}

/** Everything dated before the periods are computed (disciplines, votes, conclusions, leave), `day(n)` = n days after the year of work starts. */
export async function addConductInputs(
  trx: Kysely<DB>,
  rng: Random,
  communeUnitIds: string[],
  workFrom: string,
  spare: ReadonlySet<string> = new Set(),
): Promise<ConductSummary & { onLeave: string }> {
  const day = (n: number) => addDays(workFrom, n);
  const members = (await Promise.all(communeUnitIds.map((id) => membersOf(trx, id)))).map((ms) => ms.filter((m) => !spare.has(m.id)));
  const staff = (i: number) => members[i].filter((m) => !m.leader && m.cadre_group !== 'party_member_outside');
  const leaders = (i: number) => members[i].filter((m) => m.leader);
  const at = (day: string) => vnMorning(day);

  const disciplines = [
    { person: rng.pick(staff(0)), kind: 'reprimand' as const, on: day(71), ref: 'Quyết định số 12-QĐ/ĐU' },
    { person: rng.pick(staff(1)), kind: 'reprimand' as const, on: day(162), ref: 'Quyết định số 27-QĐ/ĐU' },
    { person: rng.pick(staff(3)), kind: 'warning' as const, on: day(-42), ref: 'Quyết định số 08-QĐ/UBKT' },
  ];
  await trx
    .insertInto('discipline')
    .values(
      disciplines.map((d, i) => ({
        id: rng.uuid(),
        person_id: d.person.id,
        kind: d.kind,
        decided_on: d.on,
        reason: DISCIPLINE_REASONS[i % 2],
        decision_ref: d.ref,
        created_at: at(d.on),
      })),
    )
    .execute();

  // Confidence votes of the leaders of communes #1 and #3 (the year's first month).
  const votes = [...leaders(0), ...leaders(2)].map((m, i) => {
    const total = rng.int(21, 29);
    const low = i === leaders(0).length ? Math.ceil(total * 0.56) : rng.int(0, 3);
    const high = rng.int(Math.floor((total - low) * 0.6), total - low);
    return {
      id: rng.uuid(),
      person_id: m.id,
      voted_on: day(17),
      total_votes: total,
      high_votes: high,
      low_votes: low,
      note: 'Lấy phiếu tín nhiệm giữa nhiệm kỳ tại Hội nghị Ban Chấp hành',
    };
  });
  if (votes.length) await trx.insertInto('confidence_vote').values(votes).execute();

  await trx
    .insertInto('degradation_conclusion')
    .values({
      id: rng.uuid(),
      person_id: rng.pick(staff(4)).id,
      concluded_on: day(262),
      text: 'Có biểu hiện suy thoái về đạo đức, lối sống theo kết luận kiểm tra của Ủy ban Kiểm tra Đảng ủy',
      decision_ref: 'Kết luận số 05-KL/UBKT',
    })
    .execute();

  // Maternity leave in commune #1 for about six months from the fifth month: a period scored on the time worked, one not evaluated.
  const young = staff(0).filter((m) => m.gender === 'female' && m.date_of_birth > '1988-01-01');
  const mother = young.length ? rng.pick(young) : rng.pick(staff(0).filter((m) => m.gender === 'female'));
  await trx
    .insertInto('member_status')
    .values({
      id: rng.uuid(),
      person_id: mother.id,
      kind: 'maternity_leave',
      valid_from: day(154),
      valid_to: day(334),
      note: 'Nghỉ thai sản theo chế độ',
    })
    .execute();
  return { disciplines: disciplines.length, votes: votes.length, degradations: 1, leaves: 1, shortcomings: 0, onLeave: mother.id };
}

/** Shortcomings noted at a review (closed on `notedOn`) of each commune's period, about half fixed since, never after `today`. */
export async function addShortcomings(
  trx: Kysely<DB>,
  rng: Random,
  reviewed: Array<{ unitId: string; periodId: string }>,
  dates: { notedOn: string; today: string },
  spare: ReadonlySet<string> = new Set(),
): Promise<number> {
  const rows = [];
  for (const { unitId, periodId } of reviewed) {
    const people = (await membersOf(trx, unitId)).filter((m) => m.cadre_group !== 'party_member_outside' && !spare.has(m.id));
    for (const m of rng.sample(people, 4)) {
      const fixedOn = rng.chance(0.5) ? addDays(dates.notedOn, rng.pick([67, 123, 228])) : null;
      const fixed = fixedOn && fixedOn <= dates.today ? fixedOn : null;
      rows.push({
        id: rng.uuid(),
        person_id: m.id,
        unit_id: null,
        period_id: periodId,
        noted_on: dates.notedOn,
        text: rng.pick(SHORTCOMINGS),
        fixed_on: fixed,
      });
    }
  }
  if (rows.length) await trx.insertInto('shortcoming').values(rows).execute();
  return rows.length;
}
