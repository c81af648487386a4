// Leaders' action plans in the demo (issue 13, decision 0034): every holder of a leadership post of the
// demo communes and of the province's own units writes the demo year's plan — commitments for the unit
// tied to its indicators (the unit's or the commune's) and the example set — at some stage: not
// written, draft, waiting for the standing committee, approved (each entry then a volunteered task of
// the leader with its roadmap, milestones done or late by the anchor) — one returned with a comment,
// and at least one approved plan with a milestone left late. The `spare` people (the chair's demo
// account, whose plan the user writes) have none. Deterministic: ids from a stream of their own.
import type { Insertable, Kysely } from 'kysely';
import { addDays } from '../../domain/dates.js';
import { roadmapState } from '../../domain/roadmap.js';
import type { ActionPlanItemTable, ActionPlanTable, DB, TaskMilestoneTable, TaskTable } from '../db/schema.js';
import { indicatorUnitsOf } from '../modules/action-plans/index.js';
import { Random, WeightedTable } from './random.js';

const TARGETS = [
  'Lãnh đạo hoàn thành chỉ tiêu {name} năm {year}',
  'Chỉ đạo quyết liệt để đạt và vượt chỉ tiêu {name}',
  'Trực tiếp phụ trách, đôn đốc thực hiện chỉ tiêu {name}',
];
const UNIT_TARGETS = [
  'Giải quyết 100% hồ sơ thủ tục hành chính đúng hạn',
  'Không để xảy ra khiếu kiện đông người, vượt cấp',
  'Hoàn thành chuyển đổi số trong quản lý văn bản của cơ quan',
];
const EXAMPLES = [
  'Tiếp công dân định kỳ mỗi tháng một ngày, công khai lịch tiếp',
  'Gương mẫu thực hành tiết kiệm, không sử dụng xe công vào việc riêng',
  'Mỗi quý đi cơ sở, dự sinh hoạt chi bộ thôn, tổ dân phố nơi phụ trách',
  'Đọc và viết thu hoạch chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
];
const ROADMAP = ['Xây dựng kế hoạch, phân công thực hiện', 'Sơ kết 6 tháng, điều chỉnh giải pháp', 'Tổng kết, đánh giá kết quả cả năm'];

type Stage = 'missing' | 'draft' | 'submitted' | 'returned' | 'approved';
const STAGES = new WeightedTable<Stage>([
  ['missing', 10],
  ['draft', 10],
  ['submitted', 15],
  ['approved', 65],
]);

const at = (day: string) => new Date(`${day}T09:00:00+07:00`);
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** The leaders on the anchor: the highest open leadership post of each person (within whose unit they work). */
async function leadersOn(trx: Kysely<DB>, anchor: string, subtrees: readonly string[], units: readonly string[]) {
  const rows = await trx
    .selectFrom('tenure as t')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .innerJoin('org_unit_closure as c', 'c.descendant_id', 'po.unit_id')
    .innerJoin('org_unit_closure as w', (j) => j.onRef('w.ancestor_id', '=', 'po.unit_id').onRef('w.descendant_id', '=', 'p.unit_id'))
    .select(['p.id as person_id', 'po.id as post_id', 'po.unit_id', 'po.rank', 'c.ancestor_id as area'])
    .where((eb) => eb.or([eb('po.is_key', '=', true), eb('po.is_head', '=', true)]))
    .where((eb) => eb.or([eb('c.ancestor_id', 'in', [...subtrees]), eb('po.unit_id', 'in', [...units])]))
    .where('t.start_date', '<=', anchor)
    .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', anchor)]))
    .orderBy('p.id')
    .orderBy('po.rank')
    .orderBy('po.id')
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.person_id) && !!seen.add(r.person_id));
}

export async function seedActionPlansDemo(
  trx: Kysely<DB>,
  opts: {
    seed: number | string;
    anchor: string;
    /** The demo communes (every unit below them) and the province's own bodies (those units only). */
    communeUnitIds: readonly string[];
    provinceBodies: readonly string[];
    spare: readonly string[];
  },
): Promise<{ plans: number }> {
  const rng = new Random(`${String(opts.seed)}:action-plans`);
  const year = Number(opts.anchor.slice(0, 4));
  const spare = new Set(opts.spare);
  const leaders = (await leadersOn(trx, opts.anchor, opts.communeUnitIds, opts.provinceBodies)).filter((l) => !spare.has(l.person_id));
  const scope = await indicatorUnitsOf(trx, [...new Set(leaders.map((l) => l.unit_id))]);
  const indicators = await trx
    .selectFrom('indicator')
    .select(['id', 'unit_id', 'name', 'target'])
    .where('year', '=', year)
    .where('unit_id', 'in', [...new Set([...scope.values()].flat()), '00000000-0000-0000-0000-000000000000'])
    .orderBy('unit_id')
    .orderBy('code')
    .execute();
  const plans: Array<Insertable<ActionPlanTable>> = [];
  const items: Array<Insertable<ActionPlanItemTable>> = [];
  const tasks: Array<Insertable<TaskTable>> = [];
  const leads: Array<{ task_id: string; person_id: string; role: 'lead' }> = [];
  const milestones: Array<Insertable<TaskMilestoneTable>> = [];
  // The first leader with indicators is returned; the first approved plan keeps a late milestone.
  let returned = false;
  let lateKept = false;
  for (const l of leaders) {
    const own = (scope.get(l.unit_id) ?? [l.unit_id]).flatMap((u) => indicators.filter((i) => i.unit_id === u));
    let stage = STAGES.draw(rng);
    if (!returned && own.length) {
      stage = 'returned';
      returned = true;
    }
    if (stage === 'missing') continue;
    const approved = stage === 'approved';
    const id = rng.uuid();
    const written = min(`${year}-01-${String(rng.int(2, 20)).padStart(2, '0')}`, opts.anchor);
    const reviewed = min(addDays(written, 7), opts.anchor);
    plans.push({
      id,
      person_id: l.person_id,
      unit_id: l.unit_id,
      post_id: l.post_id,
      year,
      status: stage,
      submitted_at: stage === 'draft' ? null : at(written),
      reviewed_at: approved || stage === 'returned' ? at(reviewed) : null,
      reviewed_by: null,
      review_comment: stage === 'returned' ? 'Đề nghị gắn cam kết với chỉ tiêu của đơn vị và ghi rõ mức phấn đấu.' : null,
    });
    // One or two targets (tied to the unit's indicators when it has some) and one example.
    const picks = rng.sample(own, Math.min(own.length, rng.int(1, 2)));
    const entries: Array<{ kind: 'target' | 'example'; title: string; indicatorId: string | null; value: number | null }> = picks.length
      ? picks.map((i) => ({
          kind: 'target',
          title: rng.pick(TARGETS).replace('{name}', i.name.toLowerCase()).replace('{year}', String(year)),
          indicatorId: i.id,
          value: Math.round(Number(i.target) * (1 + rng.int(0, 10) / 100) * 10) / 10,
        }))
      : [{ kind: 'target', title: rng.pick(UNIT_TARGETS), indicatorId: null, value: null }];
    entries.push({ kind: 'example', title: rng.pick(EXAMPLES), indicatorId: null, value: null });
    entries.forEach((e, n) => {
      const itemId = rng.uuid();
      const due = `${year}-12-${n === 0 ? '15' : '20'}`;
      // First milestone in January's last days (late early in the year already), mid-year, the entry's date.
      const roadmap = [`${year}-01-31`, `${year}-06-30`, due].map((d, k) => ({ title: ROADMAP[k], dueDate: d }));
      let taskId: string | null = null;
      if (approved) {
        taskId = rng.uuid();
        const start = max(`${year}-01-01`, reviewed);
        const done = roadmap.map((m, k) => {
          const last = k === roadmap.length - 1;
          const late = !lateKept && n === 0 && k === 0;
          // A passed milestone is done (mostly); the last one stays open: a done roadmap completes the task.
          if (last || late || m.dueDate >= opts.anchor || !rng.chance(0.85)) return null;
          return max(start, min(opts.anchor, addDays(m.dueDate, rng.int(-6, 4))));
        });
        if (!lateKept && n === 0 && roadmap[0].dueDate < opts.anchor) lateKept = true;
        const state = roadmapState(done.map((d) => ({ done_on: d })));
        const created = at(reviewed);
        tasks.push({
          id: taskId,
          unit_id: l.unit_id,
          source: 'volunteer',
          source_ref: itemId,
          title: e.title,
          assigner_id: null,
          start_date: start,
          due_date: due,
          work_units: 1,
          status: state.anyDone ? 'in_progress' : 'accepted',
          progress: state.progress,
          acknowledged_at: created,
          created_by: null,
          created_at: created,
          updated_at: created,
        });
        leads.push({ task_id: taskId, person_id: l.person_id, role: 'lead' });
        roadmap.forEach((m, k) =>
          milestones.push({ id: rng.uuid(), task_id: taskId!, ordinal: k + 1, title: m.title, due_date: m.dueDate, done_on: done[k] }),
        );
      }
      items.push({
        id: itemId,
        plan_id: id,
        ordinal: n + 1,
        kind: e.kind,
        title: e.title,
        indicator_id: e.indicatorId,
        target_value: e.value,
        due_date: due,
        milestones: JSON.stringify(roadmap),
        task_id: taskId,
      });
    });
  }
  const chunks = async <T>(rows: T[], write: (part: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 500) await write(rows.slice(i, i + 500));
  };
  await chunks(plans, (p) => trx.insertInto('action_plan').values(p).execute());
  await chunks(tasks, (p) => trx.insertInto('task').values(p).execute());
  await chunks(leads, (p) => trx.insertInto('task_assignee').values(p).execute());
  await chunks(milestones, (p) => trx.insertInto('task_milestone').values(p).execute());
  await chunks(items, (p) => trx.insertInto('action_plan_item').values(p).execute());
  return { plans: plans.length };
}
