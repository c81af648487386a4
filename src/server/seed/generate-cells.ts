// Benchmark Party data: a generated province's Party organisation at real size — ≈165,000 members in
// ≈3,500 cells per unit of scale (the national 5.6 million members over 34 provinces), with a year of
// monthly and quarterly themed meetings and their attendance (≈2 million marks), monthly dues and
// recruitment (admissions on probation, transfers between cells during the year). Runs after
// generateProvince on the same database. Like work-generate.ts it is set-based SQL inside the database
// (INSERT … SELECT FROM generate_series, indexes and keys rebuilt after the load), every pseudo-random
// choice a bit slice of hashtextextended(…, seed), so the same seed gives the same rows.
//
// Who is a member: every person of the province's communes (in a cell of their commune), and as many
// generated 'party_member' people (farmers, retirees: their unit is their cell) as the target needs.
// The year is CELLS_YEAR, its "today" BENCH_TODAY (22/11/2026): meetings up to November are held,
// December's are planned; dues run to November.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { inTransaction } from './tx.js';
import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, MIDDLE_NAMES_FEMALE, MIDDLE_NAMES_MALE } from './vocab.js';
import { dropForBulkLoad, restoreAfterBulkLoad } from './work-bulk-load.js';

export const CELLS_YEAR = 2026;
/** Members and cells per unit of scale. */
export const MEMBERS_PER_SCALE = 165_000;
export const CELLS_PER_SCALE = 3_500;
/** Meetings up to this month are held; later ones are planned (BENCH_TODAY is 22/11/2026). */
const LAST_HELD_MONTH = 11;

export interface CellsOptions {
  provinceUnitId: string;
  scale: number;
  seed?: number;
  onProgress?: (step: string) => void;
}

export interface CellsResult {
  cells: number;
  members: number;
  memberships: number;
  meetings: number;
  attendance: number;
  dues: number;
  probationary: number;
  transfers: number;
}

const arr = (xs: readonly string[]) => sql`(ARRAY[${sql.join(xs.map((x) => sql.lit(x)))}]::text[])`;
const FAMILY = arr(FAMILY_NAMES.map(([n]) => n));
const MIDDLE_M = arr(MIDDLE_NAMES_MALE.map(([n]) => n));
const MIDDLE_F = arr(MIDDLE_NAMES_FEMALE.map(([n]) => n));
const GIVEN_M = arr(GIVEN_NAMES_MALE);
const GIVEN_F = arr(GIVEN_NAMES_FEMALE);

/** A pseudo-random integer in [0, 1024) from the text `key` (bits `shift`… of its 64-bit hash). */
const h = (key: ReturnType<typeof sql>, seed: number, shift = 0) =>
  sql`((hashtextextended(${key}, ${seed}::bigint) >> ${sql.lit(shift)}) & 1023)::int`;

export async function generateCells(db: Kysely<DB>, opts: CellsOptions): Promise<CellsResult> {
  if (!(opts.scale > 0)) throw new RangeError(`scale must be positive: ${opts.scale}`);
  const seed = opts.seed ?? 1;
  const step = (s: string) => opts.onProgress?.(s);
  return inTransaction(db, async (trx) => {
    const prov = opts.provinceUnitId;
    // The communes with their Party committee and its cells.
    await sql`
      CREATE TEMP TABLE cg_commune ON COMMIT DROP AS
      SELECT cu.id AS commune_id, pc.id AS committee_id, pc.valid_from,
        (row_number() OVER (ORDER BY cu.id) - 1)::int AS ci
      FROM org_unit cu
      JOIN org_unit_closure k ON k.descendant_id = cu.id AND k.ancestor_id = ${prov}
      JOIN org_unit_link l ON l.parent_id = cu.id AND l.valid_to IS NULL
      JOIN org_unit pc ON pc.id = l.child_id AND pc.kind = 'party_committee'
      WHERE cu.kind IN ('commune', 'ward', 'special_zone') AND cu.valid_to IS NULL`.execute(trx);
    const existing = await sql<{ communes: number; cells: number }>`
      SELECT (SELECT count(*) FROM cg_commune)::int AS communes,
        (SELECT count(*) FROM org_unit u JOIN org_unit_closure k ON k.descendant_id = u.id AND k.ancestor_id = ${prov}
          WHERE u.kind = 'party_cell' AND u.valid_to IS NULL)::int AS cells`.execute(trx);
    const { communes, cells: cellsBefore } = existing.rows[0];
    if (communes === 0) throw new Error('no communes under the province: run generateProvince first');
    const perCommune = Math.max(0, Math.ceil((Math.round(CELLS_PER_SCALE * opts.scale) - cellsBefore) / communes));

    step(`adding ${perCommune} village cells to each of ${communes} communes`);
    await sql`
      CREATE TEMP TABLE cg_new_cell ON COMMIT DROP AS
      SELECT overlay(overlay(md5('cell:' || c.commune_id || ':' || i || ':' || ${seed}::int) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid AS id, c.committee_id, c.valid_from,
        'Chi bộ Thôn ' || (i + 20) AS name
      FROM cg_commune c CROSS JOIN generate_series(1, ${perCommune}::int) i`.execute(trx);
    await sql`
      INSERT INTO org_unit (id, kind, name, valid_from, search_text)
      SELECT id, 'party_cell', name, valid_from, lower(name) FROM cg_new_cell`.execute(trx);
    await sql`
      INSERT INTO org_unit_link (id, parent_id, child_id, valid_from)
      SELECT overlay(overlay(md5('link:' || id) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, committee_id, id, valid_from FROM cg_new_cell`.execute(
      trx,
    );
    await sql`
      INSERT INTO org_unit_closure (ancestor_id, descendant_id)
      SELECT k.ancestor_id, n.id FROM cg_new_cell n JOIN org_unit_closure k ON k.descendant_id = n.committee_id
      UNION ALL SELECT id, id FROM cg_new_cell`.execute(trx);

    // Every open cell of the province with its commune, numbered within the commune (ri) and overall (gi).
    await sql`
      CREATE TEMP TABLE cg_cell ON COMMIT DROP AS
      SELECT u.id AS cell_id, c.commune_id,
        (row_number() OVER (PARTITION BY c.commune_id ORDER BY u.id) - 1)::int AS ri,
        (count(*) OVER (PARTITION BY c.commune_id))::int AS rcnt,
        (row_number() OVER (ORDER BY c.ci, u.id) - 1)::int AS gi
      FROM org_unit u
      JOIN org_unit_closure k ON k.descendant_id = u.id
      JOIN cg_commune c ON c.commune_id = k.ancestor_id
      WHERE u.kind = 'party_cell' AND u.valid_to IS NULL`.execute(trx);
    await sql`CREATE INDEX ON cg_cell (gi)`.execute(trx);
    await sql`CREATE INDEX ON cg_cell (commune_id, ri)`.execute(trx);
    await sql`ANALYZE cg_cell`.execute(trx);
    const cellCount = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM cg_cell`.execute(trx)).rows[0].n);

    // The commune's people, each in one of its cells.
    await sql`
      CREATE TEMP TABLE cg_member ON COMMIT DROP AS
      SELECT p.id AS person_id, cc.cell_id, cc.gi
      FROM person p
      JOIN org_unit_closure k ON k.descendant_id = p.unit_id
      JOIN cg_commune c ON c.commune_id = k.ancestor_id
      JOIN cg_cell cc ON cc.commune_id = c.commune_id AND cc.ri = abs(hashtextextended(p.id::text, ${seed}::bigint)) % cc.rcnt`.execute(
      trx,
    );
    const already = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM cg_member`.execute(trx)).rows[0].n);
    const extra = Math.max(0, Math.round(MEMBERS_PER_SCALE * opts.scale) - already);

    step(`generating ${extra} Party members beyond the ${already} people of the communes`);
    const g = sql`g::text || ':p'`;
    await sql`
      WITH s AS (
        SELECT g, overlay(overlay(md5('member:' || g || ':' || ${seed}::int) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid AS id, cc.cell_id,
          ${h(g, seed)} < 512 AS male,
          ${FAMILY}[1 + ${h(g, seed, 10)} % cardinality(${FAMILY})] AS family_name,
          ${h(g, seed, 20)} AS mi, ${h(g, seed, 30)} AS gvi,
          DATE '1950-01-01' + (${h(g, seed, 40)} * 20)::int AS born
        FROM generate_series(1, ${extra}::int) g JOIN cg_cell cc ON cc.gi = g % ${cellCount}::int),
      n AS (
        SELECT s.*,
          CASE WHEN male THEN ${MIDDLE_M}[1 + mi % cardinality(${MIDDLE_M})] ELSE ${MIDDLE_F}[1 + mi % cardinality(${MIDDLE_F})] END AS middle_name,
          CASE WHEN male THEN ${GIVEN_M}[1 + gvi % cardinality(${GIVEN_M})] ELSE ${GIVEN_F}[1 + gvi % cardinality(${GIVEN_F})] END AS given_name
        FROM s)
      INSERT INTO person (id, unit_id, family_name, middle_name, given_name, gender, date_of_birth, kind, search_text, sort_key)
      SELECT id, cell_id, family_name, middle_name, given_name, CASE WHEN male THEN 'male' ELSE 'female' END, born, 'party_member',
        lower(family_name || ' ' || middle_name || ' ' || given_name),
        lower(given_name || ' ' || family_name || ' ' || middle_name)
      FROM n`.execute(trx);
    await sql`
      INSERT INTO cg_member (person_id, cell_id, gi)
      SELECT overlay(overlay(md5('member:' || g || ':' || ${seed}::int) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, cc.cell_id, cc.gi
      FROM generate_series(1, ${extra}::int) g JOIN cg_cell cc ON cc.gi = g % ${cellCount}::int`.execute(trx);
    await sql`ANALYZE cg_member`.execute(trx);

    const dropped = await dropForBulkLoad(trx, ['party_membership', 'cell_meeting', 'cell_attendance', 'party_dues']);
    step('memberships: 3% admitted on probation since 09/2025, 1% transferred to another cell during the year');
    // kind of the member: 0–29 probationary (admitted 2025-09…2026-08), 30–39 transferred in 2026, others long-standing.
    await sql`
      CREATE TEMP TABLE cg_kind ON COMMIT DROP AS
      SELECT m.person_id, m.cell_id, m.gi, ${h(sql`m.person_id::text`, seed)} AS k, ${h(sql`m.person_id::text`, seed, 10)} AS d
      FROM cg_member m`.execute(trx);
    await sql`
      INSERT INTO party_membership (id, person_id, cell_id, kind, from_on, to_on, joined_how, left_how, admission_decision_on, ceremony_on, full_vote_on, full_decision_on)
      SELECT overlay(overlay(md5('ms1:' || person_id) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, person_id, cell_id, 'official', adm, moved, 'admission',
        CASE WHEN moved IS NOT NULL THEN 'official_transfer' END, adm, adm + 20, full_on, full_on + 10
      FROM (SELECT person_id, cell_id,
              CASE WHEN k < 30 THEN DATE '2025-09-01' + (d % 365) ELSE DATE '1980-01-01' + (d * 15 + k) END AS adm,
              CASE WHEN k >= 30 AND k < 40 THEN DATE '2026-02-01' + (d % 240) END AS moved,
              CASE WHEN k >= 30 THEN DATE '1980-01-01' + (d * 15 + k) + 385 END AS full_on
            FROM cg_kind) x`.execute(trx);
    // The transferred member's new membership, in the next cell of the province.
    await sql`
      INSERT INTO party_membership (id, person_id, cell_id, kind, from_on, joined_how, admission_decision_on, ceremony_on, full_vote_on, full_decision_on)
      SELECT overlay(overlay(md5('ms2:' || m.person_id) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, m.person_id, cc.cell_id, 'official', m.to_on, 'official_transfer',
        m.admission_decision_on, m.ceremony_on, m.full_vote_on, m.full_decision_on
      FROM party_membership m JOIN cg_kind k ON k.person_id = m.person_id
      JOIN cg_cell cc ON cc.gi = (k.gi + 1) % ${cellCount}::int
      WHERE m.to_on IS NOT NULL`.execute(trx);
    await sql`CREATE INDEX cg_membership_cell ON party_membership (cell_id, from_on)`.execute(trx);
    await sql`ANALYZE party_membership`.execute(trx);

    step('meetings: a regular one every month (3% missed), a themed one each quarter (half of the cells combine them)');
    await sql`
      INSERT INTO cell_meeting (id, cell_id, kind, month, planned_at, place, topic, documents_posted_at, started_at, ended_at, status, minutes)
      WITH base AS (
        SELECT c.cell_id, mo, kind, to_char(make_date(${CELLS_YEAR}::int, mo, 1), 'YYYY-MM') AS month,
          make_timestamptz(${CELLS_YEAR}::int, mo, 3 + (${h(sql`c.cell_id::text || mo || kind`, seed)} % 18)::int, 8, 0, 0, 'Asia/Ho_Chi_Minh') AS at,
          ${h(sql`c.cell_id::text || mo || kind`, seed, 10)} AS q
        FROM cg_cell c CROSS JOIN generate_series(1, 12) mo
        CROSS JOIN LATERAL (VALUES
          (CASE WHEN mo % 3 = 2 AND ${h(sql`c.cell_id::text`, seed)} < 512 THEN 'combined' ELSE 'regular' END),
          (CASE WHEN mo % 3 = 2 AND ${h(sql`c.cell_id::text`, seed)} >= 512 THEN 'themed' END)) v(kind)
        WHERE kind IS NOT NULL
          AND NOT (kind = 'regular' AND ${h(sql`c.cell_id::text || mo`, seed, 20)} < 31))
      SELECT overlay(overlay(md5('mt:' || cell_id || ':' || month || ':' || kind) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, cell_id, kind, month, at, 'Hội trường thôn',
        CASE kind WHEN 'regular' THEN 'Sinh hoạt thường kỳ tháng ' || mo ELSE 'Sinh hoạt chuyên đề quý ' || ((mo + 2) / 3) END,
        CASE WHEN q < 60 THEN NULL WHEN q < 110 THEN at - interval '12 hours' ELSE at - interval '48 hours' END,
        CASE WHEN mo <= ${LAST_HELD_MONTH}::int THEN at END,
        CASE WHEN mo <= ${LAST_HELD_MONTH}::int THEN at + CASE WHEN q % 16 = 0 THEN interval '75 minutes' ELSE interval '135 minutes' END END,
        CASE WHEN mo <= ${LAST_HELD_MONTH}::int THEN 'held' ELSE 'planned' END,
        CASE WHEN mo <= ${LAST_HELD_MONTH}::int THEN 'Biên bản sinh hoạt' ELSE '' END
      FROM base`.execute(trx);
    await sql`CREATE INDEX cg_meeting_cell ON cell_meeting (month, status)`.execute(trx);
    await sql`ANALYZE cell_meeting`.execute(trx);

    // Attendance: every member on the meeting's day. 2% of members are disengaged (a third of their
    // marks unexcused, a third of their dues unpaid): the Charter's flags find them.
    for (let mo = 1; mo <= LAST_HELD_MONTH; mo++) {
      const month = `${CELLS_YEAR}-${String(mo).padStart(2, '0')}`;
      step(`attendance of ${month}`);
      await sql`
        INSERT INTO cell_attendance (meeting_id, person_id, status, reason)
        SELECT c.id, m.person_id, st, CASE WHEN st = 'excused' THEN 'Đi công tác' ELSE '' END
        FROM cell_meeting c
        JOIN party_membership m ON m.cell_id = c.cell_id AND m.from_on <= c.planned_at::date AND (m.to_on IS NULL OR m.to_on > c.planned_at::date)
        CROSS JOIN LATERAL (SELECT ${h(sql`m.person_id::text`, seed, 20)} < 20 AS lax, ${h(sql`c.id::text || m.person_id`, seed)} AS r) x
        CROSS JOIN LATERAL (SELECT CASE WHEN r < CASE WHEN lax THEN 340 ELSE 10 END THEN 'unexcused'
                                        WHEN r < CASE WHEN lax THEN 500 ELSE 60 END THEN 'excused' ELSE 'present' END AS st) y
        WHERE c.month = ${month} AND c.status = 'held'`.execute(trx);
    }
    step('dues of January to November');
    await sql`
      INSERT INTO party_dues (person_id, month, cell_id, amount, status, paid_on, reason)
      SELECT m.person_id, to_char(make_date(${CELLS_YEAR}::int, mo, 1), 'YYYY-MM'), m.cell_id,
        (2 + ${h(sql`m.person_id::text`, seed, 30)} % 60) * 1000, st,
        CASE WHEN st = 'paid' THEN make_date(${CELLS_YEAR}::int, mo, 10) END,
        CASE WHEN st = 'excused' THEN 'Miễn theo quyết định' ELSE '' END
      FROM party_membership m CROSS JOIN generate_series(1, ${LAST_HELD_MONTH}::int) mo
      CROSS JOIN LATERAL (SELECT ${h(sql`m.person_id::text`, seed, 20)} < 20 AS lax, ${h(sql`m.person_id::text || mo`, seed, 5)} AS r) x
      CROSS JOIN LATERAL (SELECT CASE WHEN r < CASE WHEN lax THEN 340 ELSE 5 END THEN 'unpaid'
                                      WHEN r < CASE WHEN lax THEN 350 ELSE 15 END THEN 'excused' ELSE 'paid' END AS st) y
      WHERE m.from_on <= make_date(${CELLS_YEAR}::int, mo, 15) AND (m.to_on IS NULL OR m.to_on > make_date(${CELLS_YEAR}::int, mo, 15))`.execute(
      trx,
    );
    step('rebuilding keys and indexes');
    await sql`DROP INDEX cg_membership_cell, cg_meeting_cell`.execute(trx);
    await restoreAfterBulkLoad(trx, dropped);
    const counts = await sql<Record<keyof CellsResult, number>>`
      SELECT ${cellCount}::int AS cells, (SELECT count(*) FROM cg_member)::int AS members,
        (SELECT count(*) FROM party_membership)::int AS memberships, (SELECT count(*) FROM cell_meeting)::int AS meetings,
        (SELECT count(*) FROM cell_attendance)::int AS attendance, (SELECT count(*) FROM party_dues)::int AS dues,
        (SELECT count(*) FROM party_membership WHERE full_vote_on IS NULL)::int AS probationary,
        (SELECT count(*) FROM party_membership WHERE joined_how = 'official_transfer')::int AS transfers`.execute(trx);
    return counts.rows[0];
  });
}
