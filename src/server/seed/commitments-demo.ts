// Annual commitments in the demo (issue 13): every person of the demo communes at some stage of the
// demo year's cycle — not written, draft, waiting for approval, returned with a comment, approved,
// reported and not yet assessed, assessed — with 2–3 actions each (the default rule). Reports and
// assessments only once their window has opened at the anchor (the mid-year report from 1/6, the
// year-end one from 1/11), so the data is what the rules would have allowed. The `spare` people (the
// cadre demo account) have none: the user writes it. Deterministic: ids from a stream of their own.
import type { Insertable, Kysely } from 'kysely';
import { DEFAULT_COMMITMENT_RULES, reportOpensOn } from '../../domain/commitments.js';
import { addDays } from '../../domain/dates.js';
import type { CommitmentActionTable, CommitmentTable, DB } from '../db/schema.js';
import { Random, WeightedTable } from './random.js';

const ACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['Gương mẫu chấp hành giờ giấc, nội quy cơ quan', 'Nhận xét của chi bộ; sổ theo dõi của cơ quan'],
  [
    'Mỗi tháng đọc và viết thu hoạch một chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    'Bài thu hoạch nộp chi bộ',
  ],
  ['Giải quyết hồ sơ của người dân đúng hạn, không để quá hạn', 'Báo cáo của Trung tâm phục vụ hành chính công'],
  ['Giúp đỡ một hộ nghèo trong thôn thoát nghèo bền vững', 'Xác nhận của Ban công tác Mặt trận thôn'],
  ['Tham gia đầy đủ sinh hoạt chi bộ, đóng đảng phí đúng quy định', 'Sổ sinh hoạt và sổ thu đảng phí của chi bộ'],
  ['Thực hành tiết kiệm, chống lãng phí trong sử dụng văn phòng phẩm, điện, nước', 'Báo cáo chi thường xuyên của cơ quan'],
  ['Hướng dẫn người dân cài đặt và sử dụng dịch vụ công trực tuyến', 'Số hồ sơ trực tuyến được hướng dẫn, có danh sách'],
  ['Nói không với tiêu cực, nhũng nhiễu khi tiếp xúc với người dân', 'Không có phản ánh, kiến nghị của người dân'],
];

type Stage = 'missing' | 'draft' | 'submitted' | 'returned' | 'approved' | 'reported' | 'assessed';
const STAGES = new WeightedTable<Stage>([
  ['missing', 8],
  ['draft', 5],
  ['submitted', 10],
  ['returned', 5],
  ['approved', 22],
  ['reported', 15],
  ['assessed', 35],
]);
const RESULTS = new WeightedTable<'done' | 'partly' | 'not_done'>([
  ['done', 75],
  ['partly', 20],
  ['not_done', 5],
]);

const at = (day: string) => new Date(`${day}T09:00:00+07:00`);
const min = (a: string, b: string) => (a < b ? a : b);

export async function seedCommitmentsDemo(
  trx: Kysely<DB>,
  opts: { seed: number | string; anchor: string; communeUnitIds: readonly string[]; spare: readonly string[] },
): Promise<{ commitments: number }> {
  const rng = new Random(`${String(opts.seed)}:commitments`);
  const year = Number(opts.anchor.slice(0, 4));
  const rules = DEFAULT_COMMITMENT_RULES;
  const midOpen = opts.anchor >= reportOpensOn(year, 'mid', rules);
  const finalOpen = opts.anchor >= reportOpensOn(year, 'final', rules);
  const people = await trx
    .selectFrom('person as p')
    .innerJoin('org_unit_closure as c', 'c.descendant_id', 'p.unit_id')
    .select(['p.id', 'p.unit_id'])
    .where('c.ancestor_id', 'in', [...opts.communeUnitIds])
    .orderBy('p.id')
    .execute();
  const spare = new Set(opts.spare);
  const rows: Array<Insertable<CommitmentTable>> = [];
  const actions: Array<Insertable<CommitmentActionTable>> = [];
  for (const p of people) {
    let stage = STAGES.draw(rng);
    if (spare.has(p.id) || stage === 'missing') continue;
    // Reports and assessments exist only once their window has opened.
    if ((stage === 'reported' || stage === 'assessed') && !finalOpen) stage = 'approved';
    const id = rng.uuid();
    const approved = stage === 'approved' || stage === 'reported' || stage === 'assessed';
    // Written in January (or on the anchor, in its first days), decided two weeks later at most: never after the anchor.
    const written = min(`${year}-01-${String(rng.int(2, 25)).padStart(2, '0')}`, opts.anchor);
    const reviewed = min(addDays(written, 14), opts.anchor);
    rows.push({
      id,
      person_id: p.id,
      unit_id: p.unit_id,
      year,
      status: approved ? 'approved' : stage === 'draft' ? 'draft' : stage === 'returned' ? 'returned' : 'submitted',
      submitted_at: stage === 'draft' ? null : at(written),
      reviewed_at: approved || stage === 'returned' ? at(reviewed) : null,
      reviewed_by: null,
      review_comment: stage === 'returned' ? 'Đề nghị ghi rõ việc làm cụ thể và minh chứng có thể kiểm tra được.' : null,
    });
    const count = rng.int(rules.minActions, rules.maxActions);
    const first = rng.int(0, ACTIONS.length - 1);
    for (let n = 0; n < count; n++) {
      const [title, evidence] = ACTIONS[(first + n * 3) % ACTIONS.length];
      const report = approved && midOpen;
      const final = stage === 'reported' || stage === 'assessed';
      const result = stage === 'assessed' ? RESULTS.draw(rng) : null;
      actions.push({
        id: rng.uuid(),
        commitment_id: id,
        ordinal: n + 1,
        title,
        evidence,
        due_date: `${year}-${n === 0 ? '06-30' : '12-15'}`,
        mid_report: report ? 'Đang thực hiện theo đúng đăng ký.' : null,
        mid_reported_at: report ? at(min(`${year}-06-20`, opts.anchor)) : null,
        final_report: final ? 'Đã thực hiện; minh chứng lưu tại chi bộ.' : null,
        final_reported_at: final ? at(min(`${year}-11-20`, opts.anchor)) : null,
        assessment: result,
        assessment_comment: result === 'partly' ? 'Thực hiện chưa thường xuyên.' : null,
        assessed_at: result ? at(min(`${year}-12-01`, opts.anchor)) : null,
        assessed_by: null,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('commitment')
      .values(rows.slice(i, i + 500))
      .execute();
  for (let i = 0; i < actions.length; i += 1000)
    await trx
      .insertInto('commitment_action')
      .values(actions.slice(i, i + 1000))
      .execute();
  return { commitments: rows.length };
}
