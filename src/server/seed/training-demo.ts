// Training and exemplars in the demo (issue 13): a training profile and realistic courses for every
// person of the demo communes (political theory and state-management courses matching their levels, the
// defence-and-security course, IT and foreign-language levels), a few master's degrees supported by the
// training-support policy — paid, owed, and one whose holder left before the end of the commitment to
// serve — and exemplars recognised in the year before the anchor and in its year (one still nominated).
// Deterministic: ids and choices from a stream of their own, people in a fixed order. Dates are relative
// to the anchor (decision 0021). The year's training plan: training-plan-demo.ts.
import type { Kysely } from 'kysely';
import { addDays, addMonths } from '../../domain/dates.js';
import { fieldGroupOf } from '../../domain/training/index.js';
import type { Insertable } from 'kysely';
import type { DB, TrainingCourseTable } from '../db/schema.js';
import { Random } from './random.js';
import { seedTrainingPlanDemo } from './training-plan-demo.js';

const IT = ['Chứng chỉ ứng dụng CNTT cơ bản', 'Chứng chỉ ứng dụng CNTT nâng cao', 'Trung cấp tin học'];
const LANG = ['Tiếng Anh A2', 'Tiếng Anh B1', 'Tiếng Anh B2', 'Tiếng Pháp A2'];
const ACHIEVEMENTS = [
  'Tiên phong vận động nhân dân hiến đất làm đường giao thông nông thôn.',
  'Hướng dẫn hàng trăm người dân sử dụng dịch vụ công trực tuyến, tài khoản định danh điện tử.',
  'Gương mẫu trong sinh hoạt chi bộ, giữ mối liên hệ mật thiết với nhân dân.',
  'Xây dựng mô hình kinh tế tập thể giúp nhiều hộ thoát nghèo.',
  'Hoàn thành xuất sắc nhiệm vụ giải phóng mặt bằng dự án trọng điểm.',
];

export async function seedTrainingDemo(
  trx: Kysely<DB>,
  opts: { seed: number | string; anchor: string; communeUnitIds: readonly string[] },
) {
  const rng = new Random(`${String(opts.seed)}:training`);
  const year = Number(opts.anchor.slice(0, 4));
  const people = await trx
    .selectFrom('person as p')
    .innerJoin('org_unit_closure as c', 'c.descendant_id', 'p.unit_id')
    .select([
      'p.id',
      'p.unit_id',
      'p.professional_qualification',
      'p.political_theory_level',
      'p.state_management_level',
      'p.education_level',
      'p.date_of_birth',
      'c.ancestor_id as commune_id',
    ])
    .where('c.ancestor_id', 'in', [...opts.communeUnitIds])
    .orderBy('p.sort_key')
    .orderBy('p.id')
    .execute();
  const profiles = [];
  const courses: Array<Insertable<TrainingCourseTable>> = [];
  const payments = [];
  let masters = 0;
  for (const p of people) {
    const group = fieldGroupOf(undefined, p.professional_qualification).group;
    const leaves = masters === 2; // the third master's holder left early: a broken commitment to serve
    profiles.push({
      person_id: p.id,
      field_of_study: null,
      field_group: group,
      it_level: rng.chance(0.85) ? rng.pick(IT) : null,
      foreign_language: rng.chance(0.7) ? rng.pick(LANG) : null,
      defence_security: p.political_theory_level ? (rng.chance(0.5) ? ('group_3' as const) : ('group_4' as const)) : null,
      left_service_on: null as string | null,
    });
    const born = Number(p.date_of_birth.slice(0, 4));
    const course = (c: {
      name: string;
      institution: string;
      start: string;
      months: number;
      mode: 'full_time' | 'part_time' | 'in_service' | 'short_course';
      level:
        | 'political_advanced'
        | 'political_intermediate'
        | 'state_management_officer'
        | 'state_management_principal'
        | 'defence_security'
        | 'master'
        | null;
      result?: 'completed' | 'in_progress';
    }) => {
      const end = addDays(addMonths(c.start, c.months), -1);
      const ongoing = c.result === 'in_progress' || end > opts.anchor;
      const id = rng.uuid();
      courses.push({
        id,
        person_id: p.id,
        name: c.name,
        institution: c.institution,
        start_date: c.start,
        end_date: ongoing && c.result === 'in_progress' ? null : end,
        mode: c.mode,
        result: ongoing ? ('in_progress' as const) : ('completed' as const),
        certificate: ongoing ? null : `Số ${rng.int(100, 9999)}/${end.slice(0, 4)}`,
        level: c.level,
        field_group: c.level === 'master' ? group : null,
      });
      return { id, end };
    };
    const theory = (p.political_theory_level ?? '').toLowerCase();
    const start = (y: number) => `${Math.max(born + 22, y)}-0${rng.int(1, 9)}-01`;
    if (theory.includes('cao cấp')) {
      course({
        name: 'Cao cấp lý luận chính trị',
        institution: 'Học viện Chính trị khu vực I',
        start: start(year - rng.int(4, 12)),
        months: 18,
        mode: 'in_service',
        level: 'political_advanced',
      });
    } else if (theory.includes('trung cấp')) {
      course({
        name: 'Trung cấp lý luận chính trị – hành chính',
        institution: 'Trường Chính trị tỉnh',
        start: start(year - rng.int(3, 12)),
        months: 10,
        mode: 'in_service',
        level: 'political_intermediate',
      });
    }
    if (p.state_management_level) {
      course({
        name: 'Bồi dưỡng ngạch chuyên viên',
        institution: 'Trường Chính trị tỉnh',
        start: start(year - rng.int(2, 10)),
        months: 2,
        mode: 'short_course',
        level: 'state_management_officer',
      });
    }
    if (p.political_theory_level && rng.chance(0.6)) {
      course({
        name: 'Bồi dưỡng kiến thức quốc phòng và an ninh',
        institution: 'Trường Quân sự tỉnh',
        start: start(year - rng.int(1, 4)),
        months: 1,
        mode: 'short_course',
        level: 'defence_security',
      });
    }
    // A few master's degrees in a needed field, supported by the policy.
    if (
      masters < 6 &&
      p.education_level === 'Đại học' &&
      group &&
      ['ict', 'engineering_technology', 'agriculture_forestry_fisheries', 'economics_business', 'law', 'politics_administration'].includes(
        group,
      ) &&
      rng.chance(0.1)
    ) {
      const ongoing = masters === 5;
      const { id, end } = course({
        name: `Thạc sĩ ${p.professional_qualification?.replace(/^(Cử nhân|Kỹ sư)\s*/, '') ?? 'Quản lý kinh tế'}`,
        institution: rng.pick([
          'Đại học Kinh tế Quốc dân',
          'Học viện Hành chính Quốc gia',
          'Đại học Nông Lâm Huế',
          'Đại học Bách khoa Hà Nội',
        ]),
        start: ongoing ? addMonths(opts.anchor, -14) : `${year - 3 + (masters % 2)}-09-01`,
        months: 24,
        mode: 'part_time',
        level: 'master',
        result: ongoing ? 'in_progress' : 'completed',
      });
      if (!ongoing) {
        // Paid in full, except the fourth (half paid, the rest owed).
        const amount = masters === 3 ? 15_000_000 : 30_000_000;
        payments.push({
          id: rng.uuid(),
          course_id: id,
          amount,
          paid_on: addDays(end, 60),
          decision_ref: `${rng.int(10, 99)}-QĐ/HU`,
          recorded_by: null,
        });
        if (leaves)
          profiles[profiles.length - 1].left_service_on = addMonths(end, 18) < opts.anchor ? addMonths(end, 18) : addDays(opts.anchor, -10);
      }
      masters++;
    }
  }
  for (let i = 0; i < profiles.length; i += 500)
    await trx
      .insertInto('training_profile')
      .values(profiles.slice(i, i + 500))
      .execute();
  await insertChunks(trx, 'training_course', courses);
  if (payments.length) await trx.insertInto('training_support_payment').values(payments).execute();

  // Exemplars: per commune, three people and one cell recognised last year and this year; one nomination open.
  const exemplars = [];
  for (const [i, communeId] of opts.communeUnitIds.entries()) {
    const mine = people.filter((p) => p.commune_id === communeId);
    const cells = await trx
      .selectFrom('org_unit as u')
      .innerJoin('org_unit_closure as c', 'c.descendant_id', 'u.id')
      .select(['u.id'])
      .where('c.ancestor_id', '=', communeId)
      .where('u.kind', '=', 'party_cell')
      .orderBy('u.id')
      .limit(2)
      .execute();
    for (const [k, y] of [year - 1, year - 1, year, year].entries()) {
      const p = mine[(k * 7 + i * 3) % Math.max(1, mine.length)];
      if (!p) continue;
      const open = y === year && k === 3 && i === 0;
      exemplars.push({
        id: rng.uuid(),
        subject: 'person' as const,
        person_id: p.id,
        subject_unit_id: null,
        unit_id: p.unit_id,
        year: y,
        campaign: k % 2 === 0 ? ('ho_chi_minh' as const) : ('patriotic_emulation' as const),
        achievement: rng.pick(ACHIEVEMENTS),
        source: 'unit' as const,
        status: open ? ('nominated' as const) : ('recognised' as const),
        level: open ? null : k === 1 ? ('province' as const) : ('commune' as const),
        decision_ref: open ? null : `${rng.int(100, 400)}-QĐ/${k === 1 ? 'TU' : 'ĐU'}`,
        decision_date: open ? null : y === year ? addDays(opts.anchor, -rng.int(5, 40)) : `${y}-12-${rng.int(10, 28)}`,
        nominated_by: null,
      });
    }
    const cell = cells[0];
    if (cell) {
      exemplars.push({
        id: rng.uuid(),
        subject: 'collective' as const,
        person_id: null,
        subject_unit_id: cell.id,
        unit_id: cell.id,
        year: year - 1,
        campaign: 'ho_chi_minh' as const,
        achievement: 'Chi bộ tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
        source: 'unit' as const,
        status: 'recognised' as const,
        level: 'commune' as const,
        decision_ref: `${rng.int(100, 400)}-QĐ/ĐU`,
        decision_date: `${year - 1}-12-${rng.int(10, 28)}`,
        nominated_by: null,
      });
    }
  }
  if (exemplars.length) await trx.insertInto('exemplar').values(exemplars).execute();
  await seedTrainingPlanDemo(trx, { ...opts, people });
}

async function insertChunks(trx: Kysely<DB>, table: 'training_course', rows: ReadonlyArray<Insertable<TrainingCourseTable>>) {
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + 500))
      .execute();
}
