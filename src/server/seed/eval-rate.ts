// Demo evaluation history, step 2: the three steps of a past period, then publication and close.
// Each person scores the general part (and enters the results items the tasks cannot give — KPIs
// of the collectives, a member without tasks); the organising body appraises on the same items,
// sometimes a little lower; the module recomputes score, gates and proposed level from them
// (computePeriod, mode 'recompute'); the standing committee decides the proposed level, rating
// down where a peer group breaks the quota (HTXS ≤ 20% of HTT, Quy định 366-QĐ/TW) unless it grants
// the 25% exception; everything is published and the period closed.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import {
  EVALUATION_SETTING_KEYS,
  type Level,
  type QuotaRules,
  type ResultsFormula,
  checkQuota,
  computeScore,
  countLevels,
  quotaPct,
  resolveResultsFormula,
} from '../../domain/evaluation/index.js';
import type { DB } from '../db/schema.js';
import { computePeriod, type StoredInputs } from '../modules/evaluation/index.js';
import { getSetting } from '../modules/settings/index.js';
import { hashString, type Random } from './random.js';
import { vnMorning } from './eval-open.js';

const SELF_COMMENTS = [
  'Chấp hành nghiêm chủ trương, đường lối của Đảng; hoàn thành các nhiệm vụ được giao đúng tiến độ.',
  'Giữ gìn phẩm chất đạo đức, lối sống; chủ động phối hợp, hoàn thành nhiệm vụ được giao.',
  'Hoàn thành khối lượng công việc được giao; một số việc còn chậm do khối lượng lớn, đã khắc phục.',
  'Thực hiện tốt nhiệm vụ chuyên môn; tích cực tham gia sinh hoạt chi bộ và các phong trào của địa phương.',
];
const APPRAISAL_COMMENTS = [
  'Thống nhất với nội dung tự đánh giá; kết quả nhiệm vụ phù hợp với số liệu theo dõi.',
  'Cơ bản thống nhất; đề nghị khắc phục việc chậm tiến độ ở một số nhiệm vụ.',
  'Hoàn thành nhiệm vụ được giao; cần chủ động hơn trong tham mưu, đề xuất.',
];
const QUOTA_REASON =
  'Xếp loại Hoàn thành tốt để bảo đảm tỷ lệ Hoàn thành xuất sắc không vượt quá 20% số Hoàn thành tốt (Quy định 366-QĐ/TW).';

interface Row {
  id: string;
  person_id: string | null;
  unit_id: string;
  cadre_group: string;
  criteria_set_id: string;
  inputs: StoredInputs;
}

/** A person's steady quality (the same in every period) with a little noise: 0.70–0.97, a quarter of people from 0.9. */
function quality(rng: Random, key: string): number {
  const steady = (hashString(key) % 1000) / 1000;
  return Math.min(1, 0.7 + 0.22 * steady + 0.05 * rng.next());
}
const halfPoints = (max: number, q: number) => Math.min(max, Math.round(max * q * 2) / 2);

export interface RateOptions {
  periodId: string;
  endDate: string;
  selfOn: string;
  closedOn: string;
  decidedOn: string;
}

export async function rateSeedPeriod(trx: Kysely<DB>, rng: Random, o: RateOptions): Promise<void> {
  const { rows } = await sql<Row>`
    SELECT id, person_id, unit_id, cadre_group, criteria_set_id, inputs FROM evaluation
    WHERE period_id = ${o.periodId} AND status <> 'excluded' ORDER BY id`.execute(trx);
  const base = await getSetting<ResultsFormula>(trx, EVALUATION_SETTING_KEYS.resultsFormula, o.endDate);
  const sets = new Map<string, { def: Parameters<typeof computeScore>[0]['set']; formula: ResultsFormula }>();
  for (const id of new Set(rows.map((r) => r.criteria_set_id))) {
    const s = await trx
      .selectFrom('criteria_set')
      .select(['general_points', 'results_points', 'results_config'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const criteria = await trx
      .selectFrom('criterion')
      .select(['code', 'part', 'max_points', 'source'])
      .where('set_id', '=', id)
      .orderBy('part')
      .orderBy('ordinal')
      .execute();
    sets.set(id, {
      def: {
        generalPoints: Number(s.general_points),
        resultsPoints: Number(s.results_points),
        criteria: criteria.map((c) => ({ code: c.code, part: c.part, maxPoints: Number(c.max_points), source: c.source })),
      },
      formula: resolveResultsFormula(base, s.results_config),
    });
  }

  // Steps 1 and 2: the items each step scored.
  const steps = rows.map((r) => {
    const set = sets.get(r.criteria_set_id)!;
    const q = quality(rng, r.person_id ?? r.unit_id + r.cadre_group);
    const general: Record<string, number> = {};
    for (const c of set.def.criteria.filter((x) => x.part === 'general')) general[c.code] = halfPoints(c.maxPoints, q + 0.03 * rng.next());
    // Which results items the tasks (and the units led, once rated) will not compute: entered by hand.
    const probe = computeScore({
      set: set.def,
      formula: set.formula,
      general,
      manual: null,
      tasks: r.inputs.tasks,
      subordinateLevels: r.inputs.isLeader ? (r.inputs.units ?? []).map(() => 'good') : undefined,
    });
    const kpis: Record<string, number> = {};
    for (const i of probe.items.filter((x) => x.part === 'results' && x.basis === 'missing')) kpis[i.code] = halfPoints(i.maxPoints, q);
    const appraisal = { ...general };
    if (rng.chance(0.3)) {
      const code = rng.pick(Object.keys(appraisal));
      appraisal[code] = Math.max(0, appraisal[code] - 0.5);
    }
    return {
      id: r.id,
      self_general: general,
      self_kpis: Object.keys(kpis).length ? kpis : null,
      appraisal_general: appraisal,
      appraisal_kpis: Object.keys(kpis).length ? kpis : null,
      self_comment: rng.pick(SELF_COMMENTS),
      appraisal_comment: rng.pick(APPRAISAL_COMMENTS),
    };
  });
  for (let i = 0; i < steps.length; i += 1000) {
    await sql`
      UPDATE evaluation e SET self_general = v.self_general, self_kpis = v.self_kpis, self_comment = v.self_comment,
        appraisal_general = v.appraisal_general, appraisal_kpis = v.appraisal_kpis, appraisal_comment = v.appraisal_comment,
        self_submitted_at = ${vnMorning(o.selfOn)}, appraised_at = ${vnMorning(o.decidedOn)}
      FROM jsonb_to_recordset(${JSON.stringify(steps.slice(i, i + 1000))}::jsonb) AS v(
        id uuid, self_general jsonb, self_kpis jsonb, appraisal_general jsonb, appraisal_kpis jsonb, self_comment text, appraisal_comment text)
      WHERE e.id = v.id`.execute(trx);
  }
  await computePeriod(trx, o.periodId, () => {}, { mode: 'recompute', asOf: o.closedOn });

  // Step 3: decisions per peer group (evaluating unit, cadre group) within the quota.
  const { rows: scored } = await sql<{ id: string; unit_id: string; cadre_group: string; score: number | null; level: Level | null }>`
    SELECT e.id, e.unit_id, e.cadre_group, (e.gate_report->>'score')::numeric AS score, e.proposed_level AS level
    FROM evaluation e WHERE e.period_id = ${o.periodId} AND e.status <> 'excluded' ORDER BY e.unit_id, e.cadre_group, e.id`.execute(trx);
  const quota = await getSetting<QuotaRules>(trx, EVALUATION_SETTING_KEYS.quota, o.endDate);
  const groups = new Map<string, typeof scored>();
  for (const r of scored) groups.set(`${r.unit_id}|${r.cadre_group}`, [...(groups.get(`${r.unit_id}|${r.cadre_group}`) ?? []), r]);
  const decisions: Array<{
    id: string;
    level: Level;
    score: number;
    reason: string | null;
    self_level: Level;
    appraisal_level: Level;
    self_score: number;
    appraisal_score: number;
  }> = [];
  for (const [key, list] of groups) {
    const levels = new Map(list.map((r) => [r.id, r.level ?? 'completed']));
    let check = checkQuota(countLevels(levels.values()), { pct: quotaPct(quota) });
    if (
      !check.ok &&
      checkQuota(countLevels(levels.values()), { pct: quotaPct(quota, { percent: quota.exceptionPct }) }).ok &&
      rng.chance(0.4)
    ) {
      const [unitId, cadreGroup] = key.split('|');
      await trx
        .insertInto('quota_exception')
        .values({
          id: rng.uuid(),
          period_id: o.periodId,
          unit_id: unitId,
          cadre_group: cadreGroup,
          percent: quota.exceptionPct,
          reason: 'Tập thể có thành tích nổi bật, được Ban Thường vụ cho phép tỷ lệ 25%',
          granted_at: vnMorning(o.decidedOn),
        })
        .execute();
      check = { ...check, ok: true, mustRateDown: 0 };
    }
    // The lowest-scored HTXS become HTT.
    const down = new Set(
      list
        .filter((r) => levels.get(r.id) === 'excellent')
        .sort((a, b) => Number(a.score) - Number(b.score))
        .slice(0, check.mustRateDown)
        .map((r) => r.id),
    );
    for (const r of list) {
      const proposed = levels.get(r.id)!;
      const score = r.score === null ? 60 : Number(r.score);
      // People rate themselves a little higher than the appraisal.
      const self = Math.min(100, Math.round((score + rng.int(0, 4) / 2) * 100) / 100);
      decisions.push({
        id: r.id,
        level: down.has(r.id) ? 'good' : proposed,
        score,
        reason: down.has(r.id) ? QUOTA_REASON : null,
        self_level: proposed === 'good' && score >= 86 ? 'excellent' : proposed,
        appraisal_level: proposed,
        self_score: self,
        appraisal_score: score,
      });
    }
  }
  for (let i = 0; i < decisions.length; i += 1000) {
    await sql`
      UPDATE evaluation e SET status = 'published', self_score = v.self_score, self_level = v.self_level,
        appraisal_score = v.appraisal_score, appraisal_level = v.appraisal_level,
        decision_score = v.score, decision_level = v.level, decision_reason = v.reason,
        decided_at = ${vnMorning(o.decidedOn)}, published_at = ${vnMorning(o.closedOn)}, version = e.version + 1
      FROM jsonb_to_recordset(${JSON.stringify(decisions.slice(i, i + 1000))}::jsonb) AS v(
        id uuid, level text, score numeric, reason text, self_level text, appraisal_level text, self_score numeric, appraisal_score numeric)
      WHERE e.id = v.id`.execute(trx);
  }
  await trx
    .updateTable('evaluation_period')
    .set({ status: 'closed', closed_at: vnMorning(o.closedOn), version: 2 })
    .where('id', '=', o.periodId)
    .execute();
}
