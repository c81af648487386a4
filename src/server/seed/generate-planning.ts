// Benchmark planning and personnel data on a generated province (generate.ts): the communes' posts
// linked to the standard ladder (the demo's title map), three years of decided yearly ratings for
// everyone (2023–2025), a plan per planning unit (every commune and the province) for both planning
// terms with a reference month (party-2030-2035, state-2031-2036) with its approved candidates, a few
// disciplines (some after the candidates entered a plan: the review lists them), the previous term's
// tenure for about half of the heads under the two-terms limit, and hometowns and birthplaces moved to
// the pre-2025 communes that merged into them (reference/ legacy units: the locality rule judges
// through the merger). Set-based SQL; every pseudo-random choice is a slice of md5(id || seed), so the
// same seed gives the same rows.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { referenceMonthFor } from '../../domain/planning/index.js';
import type { DB } from '../db/schema.js';
import { loadLadder, loadPlanningSettings } from '../modules/planning/index.js';
import { getSetting } from '../modules/settings/index.js';
import { TITLE_CODES } from './planning-demo.js';
import { inTransaction } from './tx.js';

/** The planning terms whose reference months are configured: a plan of each per unit. */
export const BENCH_PLAN_TERMS = ['party-2030-2035', 'state-2031-2036'] as const;
/** The years rated before the 2026 review (the review reads the last three). */
export const BENCH_RATED_YEARS = [2023, 2024, 2025] as const;
/** Candidates entered the plans (and were approved) on these days, before the 2026 review. */
export const BENCH_PLANNED_ON = '2025-11-20';
export const BENCH_APPROVED_ON = '2025-12-15';

export interface PlanningGenerateOptions {
  provinceUnitId: string;
  communeUnitIds: readonly string[];
  seed?: number;
}
export interface PlanningGenerateResult {
  linkedPosts: number;
  evaluations: number;
  plans: number;
  candidates: number;
  disciplines: number;
  priorTenures: number;
  legacyPlaces: number;
}

/** A version-4-shaped uuid from the md5 of `text` (the API's ids are validated as RFC 4122). */
const uuidOf = (text: RawBuilder<unknown>) => sql`overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

const count = async (db: Kysely<DB>, q: ReturnType<typeof sql<{ n: string | number }>>) => Number((await q.execute(db)).rows[0]?.n ?? 0);

export async function generatePlanningData(db: Kysely<DB>, opts: PlanningGenerateOptions): Promise<PlanningGenerateResult> {
  const seed = String(opts.seed ?? 1);
  const communes = [...opts.communeUnitIds];
  const settings = await loadPlanningSettings(db, BENCH_APPROVED_ON);
  const ladder = await loadLadder(db);
  const termLimits = await getSetting<{ posts: string[] }>(db, 'personnel.term_limits', BENCH_APPROVED_ON);
  // Each plan's posts: the unit kind's ladder posts not held by structure whose reference level has a month in the term.
  const plans: Array<{ unit_id: string; term_id: string; post_code: string; idx: number; n: number }> = [];
  for (const [unitIds, kind] of [
    [communes, 'commune'],
    [[opts.provinceUnitId], 'province'],
  ] as const) {
    for (const termId of BENCH_PLAN_TERMS) {
      const posts = ladder.rows.filter(
        (r) => r.unit_kind === kind && r.concurrent_with === null && referenceMonthFor(settings.age, termId, r.reference_level) !== null,
      );
      for (const unitId of unitIds)
        posts.forEach((r, idx) =>
          plans.push({ unit_id: unitId, term_id: termId, post_code: r.code, idx, n: r.kind === 'committee_seat' ? 3 : 2 }),
        );
    }
  }
  const titleMap = JSON.stringify(TITLE_CODES.map(([re, code], i) => ({ re: re.source, code, ord: i })));

  return inTransaction(db, async (trx) => {
    const linkedPosts = await count(
      trx,
      sql`WITH m AS (SELECT (e->>'re') AS re, (e->>'code') AS code, (e->>'ord')::int AS ord FROM jsonb_array_elements(${titleMap}::jsonb) e),
        ins AS (INSERT INTO planning_post_code (post_id, ladder_code)
          SELECT DISTINCT ON (p.id) p.id, m.code FROM post p
          JOIN org_unit_closure c ON c.descendant_id = p.unit_id AND c.ancestor_id = ANY(${communes}::uuid[])
          JOIN m ON p.title ~ m.re
          WHERE NOT EXISTS (SELECT 1 FROM planning_post_code x WHERE x.post_id = p.id)
          ORDER BY p.id, m.ord RETURNING 1)
        SELECT count(*) AS n FROM ins`,
    );

    // Three years of decided ratings: a closed yearly period per commune and the province, a row per person.
    await sql`INSERT INTO evaluation_period (id, unit_id, kind, year, number, start_date, end_date, self_due, appraisal_due, decision_due, status, closed_at)
      SELECT ${uuidOf(sql`'period' || u || y || ${seed}`)}, u, 'year', y, 0, make_date(y, 1, 1), make_date(y, 12, 31),
             make_date(y, 12, 15), make_date(y, 12, 25), make_date(y + 1, 1, 20), 'closed', now()
      FROM unnest(${[...communes, opts.provinceUnitId]}::uuid[]) u, unnest(${[...BENCH_RATED_YEARS]}::int[]) y`.execute(trx);
    const evaluations = await count(
      trx,
      sql`WITH who AS (
          SELECT p.id, coalesce((SELECT c.ancestor_id FROM org_unit_closure c WHERE c.descendant_id = p.unit_id AND c.ancestor_id = ANY(${communes}::uuid[]) LIMIT 1), ${opts.provinceUnitId}::uuid) AS unit_id
          FROM person p JOIN org_unit_closure c ON c.descendant_id = p.unit_id AND c.ancestor_id = ${opts.provinceUnitId}),
        ins AS (INSERT INTO evaluation (id, period_id, person_id, unit_id, cadre_group, criteria_set_id, status, decision_level, decided_at, published_at)
          SELECT ${uuidOf(sql`'eval' || w.id || y || ${seed}`)}, ${uuidOf(sql`'period' || w.unit_id || y || ${seed}`)}, w.id, w.unit_id,
                 (SELECT code FROM cadre_group ORDER BY code LIMIT 1), (SELECT id FROM criteria_set ORDER BY id LIMIT 1), 'published',
                 CASE WHEN h < 15 THEN 'excellent' WHEN h < 70 THEN 'good' WHEN h < 96 THEN 'completed' ELSE 'not_completed' END,
                 now(), now()
          FROM who w, unnest(${[...BENCH_RATED_YEARS]}::int[]) y,
               LATERAL (SELECT ('x' || substr(md5(w.id || 'level' || y || ${seed}), 1, 8))::bit(32)::bigint % 100 AS h) r
          RETURNING 1)
        SELECT count(*) AS n FROM ins`,
    );

    // The plans and their candidates: people of the unit's subtree (born 1972 or later), drawn in a fixed hashed order.
    const planRows = JSON.stringify(plans);
    await sql`INSERT INTO planning_plan (id, unit_id, term_id, status)
      SELECT DISTINCT ${uuidOf(sql`'plan' || (e->>'unit_id') || (e->>'term_id') || ${seed}`)}, (e->>'unit_id')::uuid, e->>'term_id', 'approved'
      FROM jsonb_array_elements(${planRows}::jsonb) e`.execute(trx);
    const candidates = await count(
      trx,
      sql`WITH posts AS (SELECT (e->>'unit_id')::uuid AS unit_id, e->>'term_id' AS term_id, e->>'post_code' AS post_code, (e->>'idx')::int AS idx, (e->>'n')::int AS n
                         FROM jsonb_array_elements(${planRows}::jsonb) e),
        pool AS (SELECT c.ancestor_id AS unit_id, p.id, row_number() OVER (PARTITION BY c.ancestor_id ORDER BY md5(p.id || ${seed})) AS r,
                        count(*) OVER (PARTITION BY c.ancestor_id) AS size
                 FROM person p JOIN org_unit_closure c ON c.descendant_id = p.unit_id
                 WHERE c.ancestor_id IN (SELECT unit_id FROM posts) AND p.date_of_birth >= '1972-01-01'),
        sizes AS (SELECT DISTINCT unit_id, size FROM pool),
        picks AS (SELECT ps.*, j, ((ps.idx * 3 + j + CASE WHEN ps.term_id LIKE 'state%' THEN 40 ELSE 0 END) % s.size) + 1 AS r
                  FROM posts ps JOIN sizes s ON s.unit_id = ps.unit_id, generate_series(0, ps.n - 1) j),
        ins AS (INSERT INTO planning_candidate (id, plan_id, post_code, person_id, target_level, source, status, added_on, approved_on)
          SELECT ${uuidOf(sql`'cand' || k.unit_id || k.term_id || k.post_code || k.j || ${seed}`)}, ${uuidOf(sql`'plan' || k.unit_id || k.term_id || ${seed}`)},
                 k.post_code, pl.id, CASE WHEN k.j = 0 OR substr(md5(pl.id || k.post_code), 1, 1) < '8' THEN 1 ELSE 2 END, 'inside', 'approved',
                 ${BENCH_PLANNED_ON}::date, ${BENCH_APPROVED_ON}::date
          FROM picks k JOIN pool pl ON pl.unit_id = k.unit_id AND pl.r = k.r
          ON CONFLICT DO NOTHING RETURNING 1)
        SELECT count(*) AS n FROM ins`,
    );

    // Disciplines: 1 in 100 people after entering a plan (removes at the review), 2 in 100 long before.
    const disciplines = await count(
      trx,
      sql`WITH p AS (SELECT p.id, ('x' || substr(md5(p.id || 'disc' || ${seed}), 1, 8))::bit(32)::bigint % 100 AS h
                     FROM person p JOIN org_unit_closure c ON c.descendant_id = p.unit_id AND c.ancestor_id = ${opts.provinceUnitId}),
        ins AS (INSERT INTO discipline (id, person_id, kind, decided_on, reason, decision_ref)
          SELECT ${uuidOf(sql`'disc' || id || ${seed}`)}, id, CASE WHEN h = 0 THEN 'reprimand' ELSE 'warning' END,
                 CASE WHEN h = 0 THEN '2026-02-10'::date ELSE '2024-05-10'::date END, 'benchmark', h || '-QĐ/UBKT'
          FROM p WHERE h < 3 RETURNING 1)
        SELECT count(*) AS n FROM ins`,
    );

    // The previous term for about half the heads under the two-terms limit: the same post from the term's start to the reform.
    const priorTenures = await count(
      trx,
      sql`WITH heads AS (
          SELECT DISTINCT ON (t.person_id, t.post_id) t.person_id, t.post_id, r.reference_level
          FROM tenure t JOIN planning_post_code pc ON pc.post_id = t.post_id JOIN planning_ladder_post r ON r.code = pc.ladder_code
          WHERE pc.ladder_code = ANY(${[...termLimits.posts]}::text[]) AND t.end_date IS NULL
            AND substr(md5(t.person_id || 'prior' || ${seed}), 1, 1) < '8'
          ORDER BY t.person_id, t.post_id),
        ins AS (INSERT INTO tenure (id, person_id, post_id, term_id, start_date, end_date, how)
          SELECT ${uuidOf(sql`'prior' || person_id || post_id || ${seed}`)}, person_id, post_id,
                 CASE WHEN reference_level = 'state' THEN 'state-2021-2026' ELSE 'party-2020-2025' END,
                 CASE WHEN reference_level = 'state' THEN '2021-07-01'::date ELSE '2020-10-01'::date END, '2025-06-30', 'elected'
          FROM heads RETURNING 1)
        SELECT count(*) AS n FROM ins`,
    );

    // Hometowns and birthplaces in the pre-2025 communes merged into the 2025 commune they point at (7 in 10).
    const legacyPlaces = await count(
      trx,
      sql`WITH upd AS (UPDATE person p SET
            hometown_id = coalesce((SELECT s.old_id FROM admin_unit_successor s WHERE s.new_id = p.hometown_id ORDER BY md5(s.old_id || p.id) LIMIT 1), p.hometown_id),
            birthplace_id = coalesce((SELECT s.old_id FROM admin_unit_successor s WHERE s.new_id = p.birthplace_id ORDER BY md5(s.old_id || p.id || 'b') LIMIT 1), p.birthplace_id)
          WHERE substr(md5(p.id || 'legacy' || ${seed}), 1, 2) < 'b3'
            AND p.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = ${opts.provinceUnitId})
          RETURNING 1)
        SELECT count(*) AS n FROM upd`,
    );
    return {
      linkedPosts,
      evaluations,
      plans: new Set(plans.map((p) => `${p.unit_id}:${p.term_id}`)).size,
      candidates,
      disciplines,
      priorTenures,
      legacyPlaces,
    };
  });
}
