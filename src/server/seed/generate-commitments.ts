// Benchmark commitments and training records (issue 13): for every person of a generated province
// (≈30,000 cadres per unit of scale; not the Party members generate-cells.ts adds), the annual
// commitment of COMMITMENTS_YEAR with 3 actions at a year-end spread of stages (missing, draft,
// submitted, returned, approved, reported, assessed), a training profile and two courses, and the
// communes' posts linked to the standard ladder as the demo links them (TITLE_CODES), so that the
// standards report has held posts to check. Set-based SQL inside the database, every choice a bit
// slice of hashtextextended(…, seed): the same seed gives the same rows.
import { type Kysely, sql } from 'kysely';
import { FIELD_GROUPS } from '../../domain/training/fields.js';
import type { DB } from '../db/schema.js';
import { insertChunked } from './bulk.js';
import { TITLE_CODES } from './planning-demo.js';
import { inTransaction } from './tx.js';

export const COMMITMENTS_YEAR = 2026;

export interface CommitmentsOptions {
  provinceUnitId: string;
  seed?: number;
}

export interface CommitmentsResult {
  people: number;
  commitments: number;
  actions: number;
  courses: number;
  linkedPosts: number;
}

const h = (key: ReturnType<typeof sql>, seed: number, shift = 0) =>
  sql`((hashtextextended(${key}, ${seed}::bigint) >> ${sql.lit(shift)}) & 1023)::int`;

export async function generateCommitments(db: Kysely<DB>, opts: CommitmentsOptions): Promise<CommitmentsResult> {
  const seed = opts.seed ?? 1;
  const year = COMMITMENTS_YEAR;
  return inTransaction(db, async (trx) => {
    await sql`
      CREATE TEMP TABLE gc_person ON COMMIT DROP AS
      SELECT p.id, p.unit_id, ${h(sql`p.id::text`, seed)} AS k, ${h(sql`p.id::text`, seed, 10)} AS r
      FROM person p JOIN org_unit_closure c ON c.descendant_id = p.unit_id AND c.ancestor_id = ${opts.provinceUnitId}
`.execute(trx);
    const reviewer = await trx.selectFrom('account').select('id').where('username', '=', 'bench.admin').executeTakeFirst();

    const posts = await trx
      .selectFrom('post as p')
      .innerJoin('org_unit_closure as c', 'c.descendant_id', 'p.unit_id')
      .leftJoin('planning_post_code as pc', 'pc.post_id', 'p.id')
      .select(['p.id', 'p.title'])
      .where('c.ancestor_id', '=', opts.provinceUnitId)
      .where('pc.post_id', 'is', null)
      .execute();
    const links = posts.flatMap((p) => {
      const code = TITLE_CODES.find(([re]) => re.test(p.title))?.[1];
      return code ? [{ post_id: p.id, ladder_code: code }] : [];
    });
    await insertChunked(trx, 'planning_post_code', links);

    const groups = sql`(ARRAY[${sql.join(FIELD_GROUPS.map((g) => sql.lit(g)))}]::text[])`;
    await sql`
      INSERT INTO training_profile (person_id, field_of_study, field_group)
      SELECT id, 'Ngành ' || (${groups})[1 + r % cardinality(${groups})], (${groups})[1 + r % cardinality(${groups})]
      FROM gc_person ON CONFLICT (person_id) DO NOTHING`.execute(trx);
    await sql`
      INSERT INTO training_course (id, person_id, name, institution, start_date, end_date, mode, result, certificate, level)
      SELECT overlay(overlay(md5('course1:' || id) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, id, 'Trung cấp lý luận chính trị - hành chính', 'Trường Chính trị tỉnh',
        DATE '2018-03-01' + (r * 2), DATE '2018-03-01' + (r * 2) + 300, 'in_service', 'completed', 'Bằng trung cấp', 'political_intermediate'
      FROM gc_person
      UNION ALL
      SELECT overlay(overlay(md5('course2:' || id) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, id, 'Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên', 'Trường Chính trị tỉnh',
        DATE '2026-03-01' + (k % 200), CASE WHEN k % 4 > 0 THEN DATE '2026-03-01' + (k % 200) + 45 END, 'short_course',
        CASE WHEN k % 4 > 0 THEN 'completed' ELSE 'in_progress' END, NULL, 'state_management_officer'
      FROM gc_person`.execute(trx);

    // Stages by k (of 1024): 4% missing, 4% draft, 4% submitted, 2% returned, the rest approved — of
    // those (by r) a fifth with no year-end report, a fifth reported and waiting, three fifths assessed.
    await sql`
      INSERT INTO commitment (id, person_id, unit_id, year, status, submitted_at, reviewed_by, reviewed_at, review_comment)
      SELECT overlay(overlay(md5('cm:' || id || ${year}::int) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, id, unit_id, ${year}::int, st,
        CASE WHEN st <> 'draft' THEN TIMESTAMPTZ '2026-01-20 09:00+07' + make_interval(hours => k) END,
        CASE WHEN st IN ('returned', 'approved') THEN ${reviewer?.id ?? null}::uuid END,
        CASE WHEN st IN ('returned', 'approved') THEN TIMESTAMPTZ '2026-02-10 09:00+07' + make_interval(hours => k) END,
        CASE WHEN st = 'returned' THEN 'Đề nghị cụ thể hóa kết quả cần đạt' END
      FROM (SELECT *, CASE WHEN k < 82 THEN 'draft' WHEN k < 123 THEN 'submitted' WHEN k < 143 THEN 'returned' ELSE 'approved' END AS st
            FROM gc_person WHERE k >= 41) x`.execute(trx);
    await sql`
      INSERT INTO commitment_action (id, commitment_id, ordinal, title, evidence, due_date, mid_report, mid_reported_at,
        final_report, final_reported_at, assessment, assessed_by, assessed_at)
      SELECT overlay(overlay(md5('ca:' || c.id || n) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid, c.id, n,
        (ARRAY['Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'Hoàn thành đúng hạn nhiệm vụ được giao',
               'Giữ mối liên hệ với nhân dân nơi cư trú'])[n],
        'Kết quả đánh giá cuối năm', DATE '2026-12-15',
        CASE WHEN approved THEN 'Đang thực hiện' END, CASE WHEN approved THEN TIMESTAMPTZ '2026-07-05 09:00+07' END,
        CASE WHEN reported THEN 'Đã thực hiện' END, CASE WHEN reported THEN TIMESTAMPTZ '2026-11-10 09:00+07' END,
        CASE WHEN assessed THEN CASE WHEN a < 820 THEN 'done' WHEN a < 980 THEN 'partly' ELSE 'not_done' END END,
        CASE WHEN assessed THEN ${reviewer?.id ?? null}::uuid END, CASE WHEN assessed THEN TIMESTAMPTZ '2026-11-20 09:00+07' END
      FROM (SELECT c.id, c.status = 'approved' AS approved, c.status = 'approved' AND g.r >= 205 AS reported,
              c.status = 'approved' AND g.r >= 410 AS assessed
            FROM commitment c JOIN gc_person g ON g.id = c.person_id WHERE c.year = ${year}::int) c
      CROSS JOIN generate_series(1, 3) n CROSS JOIN LATERAL (SELECT ${h(sql`c.id::text || n`, seed)} AS a) x`.execute(trx);
    const counts = await sql<CommitmentsResult>`
      SELECT (SELECT count(*) FROM gc_person)::int AS people, (SELECT count(*) FROM commitment WHERE year = ${year}::int)::int AS commitments,
        (SELECT count(*) FROM commitment_action)::int AS actions, (SELECT count(*) FROM training_course)::int AS courses,
        ${links.length}::int AS "linkedPosts"`.execute(trx);
    return counts.rows[0];
  });
}
