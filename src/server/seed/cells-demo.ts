// Party cells in the demo (issue 12): every cell of the demo communes gets its members — the Party
// members already working in the commune (the agency cell), the holders of the cell's posts, and village
// members created here — with probationary members (some due for the vote), a year of monthly meetings
// (a themed one each quarter, combined) with attendance and documents, dues with some arrears, a few
// members reaching the Charter's 3-month flag, one cell that skipped a quarter's themed meeting, and
// guests from the committee. The current month's meeting of each cell is scheduled in the current week
// and left for its secretary (`bithuchibo` runs one cell). Deterministic: a stream of its own.
import type { Insertable, Kysely } from 'kysely';
import { addDays, addMonths } from '../../domain/dates.js';
import { personSearchText, vietnameseSortKey } from '../../domain/names.js';
import type { DB } from '../db/schema.js';
import { Random } from './random.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE_M = ['Văn', 'Đức', 'Quang', 'Minh', 'Hữu'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh'];
const GIVEN_M = ['Hùng', 'Dũng', 'Nam', 'Hải', 'Long', 'Tuấn', 'Thắng', 'Sơn', 'Bình', 'Cường'];
const GIVEN_F = ['Lan', 'Hoa', 'Hương', 'Mai', 'Hạnh', 'Nga', 'Thảo', 'Yến', 'Dung', 'Liên'];

const chunk = <T>(rows: T[], n = 500) => Array.from({ length: Math.ceil(rows.length / n) }, (_, i) => rows.slice(i * n, i * n + n));
const monthOf = (d: string) => d.slice(0, 7);

export async function seedCellsDemo(
  trx: Kysely<DB>,
  opts: { seed: number | string; anchor: string; communeUnitIds: readonly string[]; guestPersonIds: readonly string[] },
): Promise<{ villageMembers: number }> {
  const rng = new Random(`${String(opts.seed)}:cells`);
  const cells = await trx
    .selectFrom('org_unit as u')
    .innerJoin('org_unit_closure as c', 'c.descendant_id', 'u.id')
    .select(['u.id', 'u.name', 'c.ancestor_id as commune_id'])
    .where('c.ancestor_id', 'in', [...opts.communeUnitIds])
    .where('u.kind', '=', 'party_cell')
    .where('u.valid_to', 'is', null)
    .orderBy('c.ancestor_id')
    .orderBy('u.name')
    .execute();
  // The commune's Party members working in its bodies belong to the agency cell; the cells' post holders to their cell.
  const holders = await trx
    .selectFrom('tenure as t')
    .innerJoin('post as p', 'p.id', 't.post_id')
    .select(['t.person_id', 'p.unit_id'])
    .where(
      'p.unit_id',
      'in',
      cells.map((c) => c.id),
    )
    .where('t.end_date', 'is', null)
    .execute();
  const staff = await trx
    .selectFrom('person as p')
    .innerJoin('org_unit_closure as c', 'c.descendant_id', 'p.unit_id')
    .select(['p.id', 'p.unit_id', 'p.party_admission_date', 'p.party_full_date', 'c.ancestor_id as commune_id'])
    .where('c.ancestor_id', 'in', [...opts.communeUnitIds])
    .where('p.party_admission_date', 'is not', null)
    .orderBy('p.id')
    .execute();
  const taken = new Set(holders.map((h) => h.person_id));
  const cellIds = new Set(cells.map((c) => c.id));
  const people: Array<Insertable<DB['person']>> = [];
  const memberships: Array<Insertable<DB['party_membership']>> = [];
  const membersOf = new Map<string, Array<{ id: string; from: string }>>();
  const added = new Set<string>();
  const add = (cellId: string, personId: string, m: { admission: string; ceremony: string; full: string | null; from: string }) => {
    // One official cell per member: a person listed twice (two posts) keeps the first.
    if (added.has(personId)) return;
    added.add(personId);
    memberships.push({
      id: rng.uuid(),
      person_id: personId,
      cell_id: cellId,
      kind: 'official',
      from_on: m.from,
      joined_how: m.from === m.admission ? 'admission' : 'official_transfer',
      admission_decision_on: m.admission,
      ceremony_on: m.ceremony,
      full_vote_on: m.full,
      full_decision_on: m.full ? addDays(m.full, 10) : null,
      card_number: m.full ? String(rng.int(10_000_000, 99_999_999)) : null,
    });
    membersOf.set(cellId, [...(membersOf.get(cellId) ?? []), { id: personId, from: m.from }]);
  };
  for (const cell of cells) {
    const agency = cell.name === 'Chi bộ Cơ quan';
    for (const h of holders.filter((x) => x.unit_id === cell.id)) {
      const admission = `${rng.int(1995, 2015)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
      add(cell.id, h.person_id, {
        admission,
        ceremony: addDays(admission, 14),
        full: addMonths(addDays(admission, 14), 12),
        from: '2025-07-01',
      });
    }
    // Party members on the commune's staff: those of a village cell's unit in that cell, the rest in the agency cell.
    for (const m of staff.filter(
      (x) => !taken.has(x.id) && (x.unit_id === cell.id || (agency && x.commune_id === cell.commune_id && !cellIds.has(x.unit_id))),
    )) {
      const admission = m.party_admission_date!;
      add(cell.id, m.id, {
        admission,
        ceremony: addDays(admission, 7),
        full: m.party_full_date ?? null,
        from: admission > '2025-07-01' ? admission : '2025-07-01',
      });
    }
    if (agency) continue;
    const count = rng.int(9, 15);
    for (let i = 0; i < count; i++) {
      const female = rng.chance(0.4);
      const name = {
        familyName: rng.pick(FAMILY),
        middleName: rng.pick(female ? MIDDLE_F : MIDDLE_M),
        givenName: rng.pick(female ? GIVEN_F : GIVEN_M),
      };
      const id = rng.uuid();
      // Two in ten are probationary: admitted 6–14 months before the anchor (some due for the vote).
      const probationary = i < 2;
      const admission = probationary
        ? addDays(addMonths(opts.anchor, -rng.int(6, 14)), -rng.int(0, 20))
        : `${rng.int(1975, 2018)}-0${rng.int(1, 9)}-2${rng.int(0, 8)}`;
      const ceremony = addDays(admission, 10);
      people.push({
        id,
        unit_id: cell.id,
        family_name: name.familyName,
        middle_name: name.middleName,
        given_name: name.givenName,
        gender: female ? 'female' : 'male',
        ethnicity: 'Kinh',
        religion: '',
        date_of_birth: `${rng.int(1950, 1998)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
        kind: 'party_member',
        party_admission_date: admission,
        party_full_date: probationary ? null : addMonths(ceremony, 12),
        search_text: personSearchText(name),
        sort_key: vietnameseSortKey(name),
      });
      add(cell.id, id, {
        admission,
        ceremony,
        full: probationary ? null : addMonths(ceremony, 12),
        from: admission > '2025-07-01' ? admission : '2025-07-01',
      });
    }
  }
  for (const rows of chunk(people)) await trx.insertInto('person').values(rows).execute();
  for (const rows of chunk(memberships)) await trx.insertInto('party_membership').values(rows).execute();

  // A year of meetings: months anchor−11 … anchor−1 held, the anchor's month scheduled in the current week.
  const meetings: Array<Insertable<DB['cell_meeting']>> = [];
  const attendance: Array<Insertable<DB['cell_attendance']>> = [];
  const guests: Array<Insertable<DB['cell_meeting_guest']>> = [];
  const dues: Array<Insertable<DB['party_dues']>> = [];
  cells.forEach((cell, ci) => {
    const members = membersOf.get(cell.id) ?? [];
    // In each commune’s second cell one member skips three months of one year without reason.
    const skipper = ci % 7 === 1 ? members[members.length - 1]?.id : undefined;
    // Three months of one calendar year (Điều 8 counts within a year): the previous year's when the anchor
    // is in January–September, else this year's.
    const anchorMonth = Number(opts.anchor.slice(5, 7));
    const skipMonthsBack = new Set(anchorMonth <= 9 ? [anchorMonth, Math.min(anchorMonth + 2, 10), 11] : [1, 3, 5]);
    // The third cell skipped one quarter's themed meeting.
    const noThemedQuarter = ci % 7 === 2 ? 1 : -1;
    for (let k = 11; k >= 0; k--) {
      const current = k === 0;
      const month = current ? monthOf(addDays(opts.anchor, 2)) : monthOf(addMonths(opts.anchor, -k));
      const quarterPos = (Number(month.slice(5, 7)) - 1) % 3;
      const themed = quarterPos === 1 && Math.floor((Number(month.slice(5, 7)) - 1) / 3) !== noThemedQuarter;
      const planned = current ? addDays(opts.anchor, 2) : `${month}-${String(rng.int(5, 12)).padStart(2, '0')}`;
      const id = rng.uuid();
      const start = new Date(`${planned}T19:30:00+07:00`);
      const minutes = themed ? rng.int(120, 150) : rng.int(rng.chance(0.08) ? 70 : 90, 120);
      meetings.push({
        id,
        cell_id: cell.id,
        kind: themed ? 'combined' : 'regular',
        month,
        planned_at: start,
        place: cell.name === 'Chi bộ Cơ quan' ? 'Hội trường Đảng ủy' : `Nhà văn hóa ${cell.name.replace('Chi bộ ', '')}`,
        topic: themed
          ? 'Sinh hoạt chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'
          : `Sinh hoạt thường kỳ tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`,
        agenda: '1. Đánh giá kết quả tháng\n2. Phương hướng nhiệm vụ tháng tới\n3. Ý kiến đảng viên',
        documents: current ? '' : 'Dự thảo báo cáo kết quả thực hiện nghị quyết tháng và phương hướng tháng tới.',
        documents_posted_at: current ? null : new Date(start.getTime() - (rng.chance(0.1) ? 6 : 48) * 3_600_000),
        started_at: current ? null : start,
        ended_at: current ? null : new Date(start.getTime() + minutes * 60_000),
        status: current ? 'planned' : 'held',
        minutes: current ? '' : 'Chi bộ đã thảo luận, thống nhất các nội dung.',
        resolution: current ? '' : 'Chi bộ thống nhất triển khai các nhiệm vụ trọng tâm tháng tới.',
      });
      if (!current) {
        for (const m of members) {
          if (m.from > planned) continue;
          const skip = m.id === skipper && skipMonthsBack.has(k);
          const status = skip ? 'unexcused' : rng.chance(0.07) ? 'excused' : 'present';
          attendance.push({ meeting_id: id, person_id: m.id, status, reason: status === 'excused' ? 'Đi làm ăn xa' : '' });
        }
        if (opts.guestPersonIds.length && rng.chance(0.5)) {
          const guest = opts.guestPersonIds[ci % opts.guestPersonIds.length];
          guests.push({
            id: rng.uuid(),
            meeting_id: id,
            person_id: guest,
            name: 'Đảng ủy viên phụ trách',
            post: 'Đảng ủy viên',
            assigned: true,
            attended: true,
            report: 'Đảng viên đề nghị sửa đường liên thôn.',
          });
        }
      }
      for (const m of members) {
        if (monthOf(m.from) > month || current) continue;
        const unpaid = rng.chance(0.04);
        dues.push({
          person_id: m.id,
          month,
          cell_id: cell.id,
          amount: 5000 * rng.int(1, 6),
          status: unpaid ? 'unpaid' : 'paid',
          paid_on: unpaid ? null : `${month}-15`,
        });
      }
    }
  });
  for (const rows of chunk(meetings)) await trx.insertInto('cell_meeting').values(rows).execute();
  for (const rows of chunk(attendance, 2000)) await trx.insertInto('cell_attendance').values(rows).execute();
  for (const rows of chunk(guests)) await trx.insertInto('cell_meeting_guest').values(rows).execute();
  for (const rows of chunk(dues, 2000)) await trx.insertInto('party_dues').values(rows).execute();
  return { villageMembers: people.length };
}
