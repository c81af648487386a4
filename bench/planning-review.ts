// planning-review: the generated province with its plans (bench/planning-setup.ts: a plan per commune
// and for the province at party-2030-2035 and state-2031-2036, approved candidates, three years of
// ratings, disciplines), then the 2026 yearly review of every plan through the real app as a
// standing-committee user of the province (GET /api/planning/plans/:id/review?year=2026: auth, scope,
// the module's review service and the domain's reviewCandidate — discipline after planning, months
// left at the term's reference month under the NĐ 135 schedule, last year's rating, the low-rating
// run — presenter, serialisation), plan after plan. The lower bound is one hand-written SQL statement
// doing the same checks for every candidate of the province (the configuration passed in as
// parameters), all flagged rows fetched; the two must flag the same candidates. The caps and the
// standards are checked when a candidate is proposed (the plan view), not by the review: not timed here.
import { firstDayOfMonth, referenceMonthFor } from '../src/domain/planning/index.js';
import { loadLadder, loadPlanningSettings } from '../src/server/modules/planning/index.js';
import { loadRetirementSchedule } from '../src/server/modules/people/index.js';
import { type BenchOptions, log, resultLine } from './bench.lib.js';
import { BENCH_PLAN_TERMS } from '../src/server/seed/generate-planning.js';
import { setUpPlanningBench } from './planning-setup.js';
import { timed } from './tasks-setup.js';

const REVIEW_YEAR = 2026;
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every candidate the review flags, in one statement. $1 the reference months, $2 the review date, $3–$4 months left for targets 1 and 2, $5 the removing discipline kinds, $6 the review year, $7 the lowest rank kept, $8–$9 the low run (rank, years), $10 the retirement schedule. */
export const REVIEW_SQL = `
  WITH cfg AS (SELECT e->>'term' AS term_id, e->>'code' AS code, e->>'month' AS month FROM jsonb_array_elements($1::jsonb) e),
  sched AS (SELECT key AS gender, (value->>'baseMonths')::int AS base, (value->>'firstYear')::int AS first_year, (value->>'firstMonths')::int AS first_months,
                   (value->>'stepMonths')::int AS step, (value->>'capMonths')::int AS cap FROM jsonb_each($10::jsonb)),
  c AS (SELECT c.id, c.person_id, c.target_level, coalesce(c.approved_on, c.added_on) AS planned_on, cfg.month, p.gender, p.date_of_birth
        FROM planning_candidate c JOIN planning_plan pl ON pl.id = c.plan_id JOIN cfg ON cfg.term_id = pl.term_id AND cfg.code = c.post_code
        JOIN person p ON p.id = c.person_id
        WHERE c.added_on <= $2::date AND (c.removed_on IS NULL OR c.removed_on > $2::date)),
  rated AS (SELECT person_id, max(rank) FILTER (WHERE year = $6::int - 1) AS last_rank,
                   count(*) FILTER (WHERE year >= $6::int - $9::int AND rank <= $8::int) AS low_years
            FROM (SELECT e.person_id, p.year, max(CASE e.decision_level WHEN 'excellent' THEN 3 WHEN 'good' THEN 2 WHEN 'completed' THEN 1 WHEN 'not_completed' THEN 0 END) AS rank
                  FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
                  WHERE p.kind = 'year' AND e.status IN ('decided', 'published') AND p.year BETWEEN $6::int - 3 AND $6::int - 1
                    AND e.person_id IN (SELECT person_id FROM c) GROUP BY 1, 2) y GROUP BY 1),
  checked AS (
    SELECT c.id,
      EXISTS (SELECT 1 FROM discipline d WHERE d.person_id = c.person_id AND d.decided_on <= $2::date AND d.kind = ANY($5::text[]) AND d.decided_on >= c.planned_on) AS disciplined,
      r.reach + 1 - (extract(year FROM c.month_first)::int * 12 + extract(month FROM c.month_first)::int - 1)
        < CASE c.target_level WHEN 1 THEN $3::int ELSE $4::int END AS age_passed,
      rt.last_rank, coalesce(rt.low_years, 0) AS low_years
    FROM (SELECT c.*, (c.month || '-01')::date AS month_first, extract(year FROM c.date_of_birth)::int AS by,
                 extract(year FROM c.date_of_birth)::int * 12 + extract(month FROM c.date_of_birth)::int - 1 AS bi FROM c) c
    JOIN sched s ON s.gender = c.gender
    LEFT JOIN rated rt ON rt.person_id = c.person_id
    CROSS JOIN LATERAL (
      SELECT c.bi + a.months AS reach FROM generate_series(c.by, c.by + 120) y,
        LATERAL (SELECT CASE WHEN y < s.first_year THEN s.base ELSE least(s.cap, s.first_months + s.step * (y - s.first_year)) END AS months) a
      WHERE (c.bi + a.months) / 12 <= y ORDER BY y LIMIT 1) r)
  SELECT id, disciplined, age_passed, last_rank, low_years FROM checked
  WHERE disciplined OR age_passed OR last_rank IS NULL OR last_rank < $7::int OR ($9::int > 0 AND low_years >= $9::int)`;

const RANK: Record<string, number> = { excellent: 3, good: 2, completed: 1, not_completed: 0 };

interface Review {
  reviewDate: string;
  items: Array<{ candidateId: string }>;
}

export async function planningReview(opts: BenchOptions): Promise<string> {
  const w = await setUpPlanningBench(opts);
  try {
    const { bench } = w;
    const db = bench.database.db;
    const plans = (await bench.bare(`SELECT id FROM planning_plan ORDER BY id`, [])) as Array<{ id: string }>;
    const reviewAll = async () => {
      const flagged: string[] = [];
      let reviewDate = '';
      for (const p of plans) {
        const r = (await w.get(`/api/planning/plans/${p.id}/review?year=${REVIEW_YEAR}`)) as Review;
        reviewDate = r.reviewDate;
        for (const i of r.items) flagged.push(i.candidateId);
      }
      return { flagged, reviewDate };
    };

    // The configuration the app reads, passed to the bare statement as parameters.
    const first = await reviewAll();
    const settings = await loadPlanningSettings(db, first.reviewDate);
    const schedule = await loadRetirementSchedule(db, first.reviewDate);
    const { rows } = await loadLadder(db);
    const months = BENCH_PLAN_TERMS.flatMap((term) =>
      rows.flatMap((r) => {
        const month = r.concurrent_with === null ? referenceMonthFor(settings.age, term, r.reference_level) : null;
        return month ? [{ term, code: r.code, month: firstDayOfMonth(month).slice(0, 7) }] : [];
      }),
    );
    const run = settings.review.consecutiveLow;
    const params = [
      JSON.stringify(months),
      first.reviewDate,
      settings.age.minMonthsLeft[1],
      settings.age.minMonthsLeft[2],
      settings.review.immediateRemovalKinds,
      REVIEW_YEAR,
      RANK[settings.review.minYearLevel],
      run ? RANK[run.level] : 0,
      run?.years ?? 0,
      JSON.stringify(schedule),
    ];
    const bare = async () => (await bench.bare(REVIEW_SQL, params)) as Array<{ id: string }>;
    const b = await bare();
    const appSet = [...first.flagged].sort().join();
    const bareSet = b
      .map((r) => r.id)
      .sort()
      .join();
    if (appSet !== bareSet) throw new Error(`the app flagged ${first.flagged.length} candidates, bare SQL ${b.length}: the checks differ`);
    const [cand] = (await bench.bare(`SELECT count(*)::int AS n FROM planning_candidate`, [])) as Array<{ n: number }>;
    log(
      `review ${REVIEW_YEAR} (on ${first.reviewDate}): ${plans.length} plans, ${cand.n} candidates, ${b.length} flagged by both the app and bare SQL`,
    );

    const appMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      appMs.push((await timed(reviewAll))[0]);
      bareMs.push((await timed(bare))[0]);
      log(
        `  run ${i + 1}: app ${(appMs[i] / 1000).toFixed(2)} s (${plans.length} requests); lower bound ${(bareMs[i] / 1000).toFixed(2)} s`,
      );
    }
    log(
      `per plan: app ${(median(appMs) / plans.length).toFixed(1)} ms; per candidate: app ${((median(appMs) / cand.n) * 1000).toFixed(0)} µs, lower bound ${((median(bareMs) / cand.n) * 1000).toFixed(0)} µs`,
    );
    return resultLine('planning-review', median(appMs) / 1000, median(bareMs) / 1000, 's');
  } finally {
    await w.close();
  }
}
