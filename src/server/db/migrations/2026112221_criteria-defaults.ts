// Default criteria sets, one per appendix of Quy định 366-QĐ/TW (PL1 collectives, PL2 leaders
// managed by the Centre, PL3 leaders at other levels, PL4 individuals without a leadership post,
// PL5 Party members outside the political system) and one for civil servants under Nghị định
// 335/2025/NĐ-CP: a general part of 30 points and a results part of 70 (Điều 14: computed from the
// tasks; leaders also from the units they lead). Provinces edit them (a used set gets a new
// version). Assignments need units, so the seed assigns them (criteria module,
// assignDefaultCriteria); the family ids below are repeated in criteria.defaults.ts and a test
// checks the two agree.
import { type Kysely, sql } from 'kysely';

type Part = 'general' | 'results';
type Source = 'manual' | 'tasks' | 'kpi' | 'units_led';
interface Def {
  family: string;
  id: string;
  appendix: string;
  name: string;
  criteria: Array<[Part, string, string, number, Source?]>;
}

const fam = (n: number) => `c3660000-0000-4000-8000-00000000000${n}`;
const setId = (n: number) => `c3660000-0000-4000-8000-00000000010${n}`;
const criterionId = (set: number, i: number) => `c3660000-0000-4000-8001-${String(set * 100 + i).padStart(12, '0')}`;

const LEADER_RESULTS: Def['criteria'] = [
  [
    'results',
    'tasks',
    'Kết quả thực hiện nhiệm vụ được giao của cá nhân (số lượng, chất lượng, tiến độ trên sản phẩm quy đổi — Nghị định 335/2025/NĐ-CP, Điều 14)',
    35,
    'tasks',
  ],
  [
    'results',
    'units_led',
    'Kết quả thực hiện nhiệm vụ của cơ quan, đơn vị, lĩnh vực được giao lãnh đạo, quản lý, phụ trách',
    35,
    'units_led',
  ],
];

const SETS: Def[] = [
  {
    family: fam(1),
    id: setId(1),
    appendix: 'PL1',
    name: 'Phụ lục 1 — Tập thể (Quy định 366-QĐ/TW)',
    criteria: [
      ['general', 'politics_ideology', 'Lãnh đạo công tác xây dựng Đảng về chính trị, tư tưởng, đạo đức', 8],
      ['general', 'organisation_cadres', 'Công tác tổ chức, cán bộ; xây dựng tổ chức cơ sở đảng và đội ngũ đảng viên', 8],
      ['general', 'inspection', 'Công tác kiểm tra, giám sát và thi hành kỷ luật đảng', 7],
      ['general', 'democracy_unity', 'Thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc; đoàn kết nội bộ; công tác dân vận', 7],
      ['results', 'indicators', 'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội, quốc phòng - an ninh được giao trong năm', 25, 'kpi'],
      ['results', 'member_ratings', 'Kết quả đánh giá, xếp loại tập thể lãnh đạo, quản lý và các tổ chức, cá nhân trực thuộc', 15, 'kpi'],
      ['results', 'tasks', 'Kết quả thực hiện nhiệm vụ được giao của cơ quan, đơn vị (số lượng, chất lượng, tiến độ)', 30, 'tasks'],
    ],
  },
  {
    family: fam(2),
    id: setId(2),
    appendix: 'PL2',
    name: 'Phụ lục 2 — Cán bộ lãnh đạo, quản lý diện Trung ương quản lý (Quy định 366-QĐ/TW)',
    criteria: [
      ['general', 'politics_ideology', 'Phẩm chất chính trị, tư tưởng; trung thành với lợi ích của Đảng, quốc gia, dân tộc', 6],
      ['general', 'ethics_lifestyle', 'Đạo đức, lối sống; trách nhiệm nêu gương; chống tham nhũng, lãng phí, tiêu cực', 6],
      ['general', 'discipline', 'Ý thức tổ chức kỷ luật; thực hiện nguyên tắc tập trung dân chủ', 6],
      ['general', 'leadership_capacity', 'Năng lực lãnh đạo, quản lý, điều hành; xây dựng đoàn kết nội bộ', 6],
      ['general', 'self_criticism', 'Tự phê bình và phê bình; thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm', 6],
      ...LEADER_RESULTS,
    ],
  },
  {
    family: fam(3),
    id: setId(3),
    appendix: 'PL3',
    name: 'Phụ lục 3 — Cán bộ lãnh đạo, quản lý các cấp (Quy định 366-QĐ/TW)',
    criteria: [
      ['general', 'politics_ideology', 'Phẩm chất chính trị, tư tưởng', 6],
      ['general', 'ethics_lifestyle', 'Đạo đức, lối sống; trách nhiệm nêu gương', 6],
      ['general', 'discipline', 'Ý thức tổ chức kỷ luật; thực hiện nguyên tắc tập trung dân chủ', 6],
      ['general', 'leadership_capacity', 'Năng lực lãnh đạo, quản lý, điều hành, tổ chức thực hiện; tinh thần đổi mới, sáng tạo', 6],
      ['general', 'self_criticism', 'Tự phê bình và phê bình; thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu', 6],
      ...LEADER_RESULTS,
    ],
  },
  {
    family: fam(4),
    id: setId(4),
    appendix: 'PL4',
    name: 'Phụ lục 4 — Cán bộ, đảng viên không giữ chức vụ lãnh đạo, quản lý (Quy định 366-QĐ/TW)',
    criteria: [
      ['general', 'politics_ideology', 'Phẩm chất chính trị, tư tưởng', 6],
      ['general', 'ethics_lifestyle', 'Đạo đức, lối sống', 6],
      ['general', 'discipline', 'Ý thức tổ chức kỷ luật', 6],
      ['general', 'working_style', 'Tác phong, lề lối làm việc', 6],
      ['general', 'self_criticism', 'Tự phê bình và phê bình; thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu', 6],
      [
        'results',
        'tasks',
        'Kết quả thực hiện nhiệm vụ được giao (số lượng, chất lượng, tiến độ trên sản phẩm quy đổi — Nghị định 335/2025/NĐ-CP, Điều 14)',
        70,
        'tasks',
      ],
    ],
  },
  {
    family: fam(5),
    id: setId(5),
    appendix: 'PL5',
    name: 'Phụ lục 5 — Đảng viên ngoài hệ thống chính trị (Quy định 366-QĐ/TW)',
    criteria: [
      ['general', 'politics_ideology', 'Phẩm chất chính trị, tư tưởng', 8],
      ['general', 'ethics_lifestyle', 'Đạo đức, lối sống; chấp hành những điều đảng viên không được làm', 8],
      ['general', 'discipline', 'Ý thức tổ chức kỷ luật; sinh hoạt đảng, đóng đảng phí đầy đủ', 7],
      ['general', 'residence_ties', 'Giữ mối liên hệ với chi ủy, đảng ủy và nhân dân nơi cư trú', 7],
      ['results', 'tasks', 'Kết quả thực hiện nhiệm vụ được chi bộ phân công và nhiệm vụ tại nơi làm việc', 70, 'tasks'],
    ],
  },
  {
    family: fam(6),
    id: setId(6),
    appendix: 'ND335',
    name: 'Công chức — Nghị định 335/2025/NĐ-CP',
    criteria: [
      ['general', 'politics_ideology', 'Chính trị, tư tưởng', 6],
      ['general', 'ethics_lifestyle', 'Đạo đức, lối sống', 6],
      ['general', 'working_style', 'Tác phong, lề lối làm việc; thái độ phục vụ nhân dân', 6],
      ['general', 'discipline', 'Ý thức tổ chức kỷ luật', 6],
      ['general', 'competence', 'Năng lực chuyên môn, nghiệp vụ; tinh thần trách nhiệm, đổi mới, sáng tạo', 6],
      [
        'results',
        'tasks',
        'Kết quả thực hiện nhiệm vụ theo kế hoạch công tác (số lượng, chất lượng, tiến độ — Nghị định 335/2025/NĐ-CP, Điều 14)',
        70,
        'tasks',
      ],
    ],
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [n, s] of SETS.entries()) {
    await sql`
      INSERT INTO criteria_set (id, family, version_no, name, appendix, general_points, results_points, results_config)
      VALUES (${s.id}, ${s.family}, 1, ${s.name}, ${s.appendix}, 30, 70, '{}'::jsonb)`.execute(db);
    const ordinal = { general: 0, results: 0 };
    const rows = s.criteria.map(([part, code, title, max, source], i) => {
      ordinal[part] += 1;
      return sql`(${criterionId(n + 1, i + 1)}, ${s.id}, ${part}, ${ordinal[part]}, ${code}, ${title}, ${max}, ${source ?? 'manual'})`;
    });
    await sql`
      INSERT INTO criterion (id, set_id, part, ordinal, code, title, max_points, source)
      VALUES ${sql.join(rows)}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const families = SETS.map((s) => s.family);
  await sql`DELETE FROM criteria_assignment WHERE family IN (${sql.join(families)})`.execute(db);
  await sql`DELETE FROM criterion WHERE set_id IN (SELECT id FROM criteria_set WHERE family IN (${sql.join(families)}))`.execute(db);
  await sql`DELETE FROM criteria_set WHERE family IN (${sql.join(families)})`.execute(db);
}
