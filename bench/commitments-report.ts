// commitments-report: a province at --scale (≈30,000 cadres per unit of scale, no tasks) with the
// year's commitment of every person (3 actions each, a year-end spread of stages) and training records
// (src/server/seed/generate-commitments.ts), then through the real app as a standing-committee user of
// the province: the year-end commitment status of the province (GET /api/commitments?unitId=&year=:
// the count at each stage and the first page of 50 people with stage and fulfilment) and the training
// standards report (GET /api/training/units/:unitId/standards-gaps: who lacks the standard of a post
// they hold or are planned for). Lower bounds, in the same run, alternately: for the status one bare
// SQL statement with the same counts and page (stage and fulfilment computed in SQL); for the standards
// the bare fetch of every input the check reads (the subtree's people with their levels, the ladder
// posts they hold today with the required levels, the posts they are planned for) — the check itself,
// a few comparisons per post, is not in it. Prints commitments-status and training-standards lines,
// then `commitments-report: <p95 of both> ms; lower bound …`.
import type { CommitmentOverview } from '../src/contracts/commitments.js';
import type { StandardsGapList } from '../src/contracts/training.js';
import { todayInVietnam } from '../src/domain/dates.js';
import { COMMITMENTS_YEAR, generateCommitments } from '../src/server/seed/generate-commitments.js';
import { type BenchOptions, log, ms, resultLine, summarise } from './bench.lib.js';
import { setUpWorkBench, timed } from './tasks-setup.js';

const RUNS = 12;
const WARM_UP = 2;
const PAGE_SIZE = 50;

/** $1 unit, $2 year, $3 the credit of a 'partly' (percent): stage counts and the first page by name. */
const STATUS_SQL = `
  WITH r AS (
    SELECT p.id, p.sort_key, u.name AS unit_name, c.status,
      count(a.id) AS actions, count(a.final_report) AS reported, count(a.assessment) AS assessed,
      count(*) FILTER (WHERE a.assessment = 'done') AS done, count(*) FILTER (WHERE a.assessment = 'partly') AS partly
    FROM person p JOIN org_unit_closure k ON k.descendant_id = p.unit_id AND k.ancestor_id = $1
    JOIN org_unit u ON u.id = p.unit_id
    LEFT JOIN commitment c ON c.person_id = p.id AND c.year = $2
    LEFT JOIN commitment_action a ON a.commitment_id = c.id
    GROUP BY p.id, u.name, c.id),
  st AS MATERIALIZED (
    SELECT r.*, CASE WHEN status IS NULL THEN 'missing' WHEN status <> 'approved' THEN status
      WHEN actions > 0 AND assessed = actions THEN 'assessed' WHEN actions > 0 AND reported = actions THEN 'reported' ELSE 'approved' END AS stage
    FROM r)
  SELECT st.id, st.stage, st.unit_name, p.family_name, p.middle_name, p.given_name,
    CASE WHEN st.actions > 0 AND st.assessed = st.actions THEN round(10000 * (st.done + st.partly * $3::numeric / 100) / st.actions) / 100 END AS pct,
    (SELECT json_object_agg(stage, n) FROM (SELECT stage, count(*) AS n FROM st GROUP BY 1) s) AS counts
  FROM st JOIN person p ON p.id = st.id
  ORDER BY st.sort_key, st.id LIMIT ${PAGE_SIZE}`;

/** $1 unit, $2 day: every input of the standards check, all rows fetched. */
const STANDARDS_SQL = `
  WITH pp AS MATERIALIZED (
    SELECT p.id, p.family_name, p.middle_name, p.given_name, p.sort_key, u.name AS unit_name, p.education_level, p.professional_qualification,
      p.political_theory_level, p.state_management_level, tp.field_group, tp.left_service_on
    FROM org_unit_closure k JOIN person p ON p.unit_id = k.descendant_id JOIN org_unit u ON u.id = p.unit_id
    LEFT JOIN training_profile tp ON tp.person_id = p.id WHERE k.ancestor_id = $1),
  posts AS (
    SELECT t.person_id, pc.ladder_code AS code, 'held' AS relation FROM tenure t JOIN planning_post_code pc ON pc.post_id = t.post_id
    WHERE t.person_id IN (SELECT id FROM pp) AND t.start_date <= $2::date AND (t.end_date IS NULL OR t.end_date >= $2::date)
    UNION SELECT person_id, post_code, 'planned' FROM planning_candidate
    WHERE person_id IN (SELECT id FROM pp) AND status IN ('proposed', 'approved'))
  SELECT pp.*, x.code, x.relation, l.standards, l.title_vi
  FROM pp LEFT JOIN posts x ON x.person_id = pp.id LEFT JOIN planning_ladder_post l ON l.code = x.code
  ORDER BY pp.sort_key, pp.id`;

export async function commitmentsReportBench(opts: BenchOptions): Promise<string> {
  const w = await setUpWorkBench({ ...opts, tasksPerPerson: 0 });
  try {
    const { bench, gen } = w;
    const unitId = gen.provinceUnitId;
    const year = COMMITMENTS_YEAR;
    const [t, r] = await timed(() => generateCommitments(bench.database.db, { provinceUnitId: unitId }));
    log(
      `generated ${r.commitments} commitments of ${year} for ${r.people} people (${r.actions} actions), ${r.courses} training courses, ` +
        `${r.linkedPosts} posts linked to the ladder in ${(t / 1000).toFixed(1)} s`,
    );
    await bench.bare('VACUUM ANALYZE', []);
    const [rules] = (await bench.bare(
      `SELECT value FROM regulation_setting WHERE key = 'commitments.rules' AND effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
      [`${year}-12-31`],
    )) as Array<{ value: { partlyCreditPct: number } }>;
    const credit = rules.value.partlyCreditPct;

    const appStatus = () => w.get(`/api/commitments?unitId=${unitId}&year=${year}&pageSize=${PAGE_SIZE}`) as Promise<CommitmentOverview>;
    const appStandards = () => w.get(`/api/training/units/${unitId}/standards-gaps`) as Promise<StandardsGapList>;
    const bareStatus = async () =>
      (await bench.bare(STATUS_SQL, [unitId, year, credit])) as Array<{
        id: string;
        stage: string;
        pct: string | null;
        counts: Record<string, number>;
      }>;
    const bareStandards = async () =>
      (await bench.bare(STANDARDS_SQL, [unitId, todayInVietnam()])) as Array<{ id: string; code: string | null }>;

    log('checking the app against bare SQL (also the warm-up)…');
    for (let i = 0; i < WARM_UP; i++) {
      const a = await appStatus();
      const b = await bareStatus();
      const counts = Object.entries(a.counts).filter(([, n]) => n > 0);
      const theirs = b[0]?.counts ?? {};
      if (counts.some(([s, n]) => Number(theirs[s]) !== n) || counts.length !== Object.keys(theirs).length)
        throw new Error(`stage counts: app ${JSON.stringify(a.counts)} ≠ bare SQL ${JSON.stringify(theirs)}`);
      const page = a.items.map((x) => `${x.person.id}:${x.stage}:${x.outcomePct ?? '-'}`).join();
      const barePage = b.map((x) => `${x.id}:${x.stage}:${x.pct === null ? '-' : Number(x.pct)}`).join();
      if (page !== barePage) throw new Error(`the first page differs:\n app  ${page}\n bare ${barePage}`);
      const s = await appStandards();
      const inputs = await bareStandards();
      const people = new Set(inputs.map((x) => x.id)).size;
      const withPosts = new Set(inputs.filter((x) => x.code !== null).map((x) => x.id)).size;
      if (s.checked !== withPosts)
        throw new Error(`standards: the app checked ${s.checked} people, bare SQL finds ${withPosts} with posts`);
      if (i === 0)
        log(
          `  stages ${Object.entries(a.counts)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')}; standards: ${people} people, ${s.checked} with a post to check, ${s.items.length} lacking`,
        );
    }
    log(`measuring ${RUNS} of each (app and bare SQL alternately)…`);
    const res = { status: { app: [] as number[], bare: [] as number[] }, standards: { app: [] as number[], bare: [] as number[] } };
    const both = { app: [] as number[], bare: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      const a1 = (await timed(appStatus))[0];
      const b1 = (await timed(bareStatus))[0];
      const a2 = (await timed(appStandards))[0];
      const b2 = (await timed(bareStandards))[0];
      res.status.app.push(a1);
      res.status.bare.push(b1);
      res.standards.app.push(a2);
      res.standards.bare.push(b2);
      both.app.push(a1 + a2);
      both.bare.push(b1 + b2);
    }
    for (const [name, x] of Object.entries(res)) {
      const a = summarise(x.app);
      const b = summarise(x.bare);
      log(`${name}: app p50 ${ms(a.p50)} ms, p95 ${ms(a.p95)} ms; bare p50 ${ms(b.p50)} ms, p95 ${ms(b.p95)} ms`);
      log(resultLine(name === 'status' ? 'commitments-status' : 'training-standards', a.p95, b.p95, 'ms'));
    }
    return resultLine('commitments-report', summarise(both.app).p95, summarise(both.bare).p95, 'ms');
  } finally {
    await w.close();
  }
}
