// Issue 7, classes 2 and 6.
// - `evaluation.judging`: nobody appraises or decides their own evaluation (Quy định 366-QĐ/TW,
//   Điều 12–13, always); `relatives: true` also refuses a close relative's (CanBo's option, off).
// - `criteria.local_config`: whether a unit below the top level (a commune) may own its own criteria
//   sets and cadre groups. Off by default: a province's configuration is edited at the province.
//   A province allows its communes with a unit_setting row of the same key on the province unit.
// - Owners: criteria sets and cadre groups carry the unit that owns them (NULL = the installation's
//   defaults, edited from a top-level unit only). Existing rows are backfilled to the province (the
//   top-level unit) of the units they are assigned to, when that is a single one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source) VALUES
      ('evaluation.judging', '2000-01-01', '{"relatives": false}'::jsonb,
       'Quy định 366-QĐ/TW, Điều 12–13 (cấp quản lý đánh giá; không tự thẩm định, quyết định); người thân: tùy chọn của CanBo'),
      ('criteria.local_config', '2000-01-01', '{"allowed": false}'::jsonb,
       'Quy định 366-QĐ/TW (tỉnh cụ thể hóa tiêu chí); CanBo: cấp xã có bộ tiêu chí riêng khi tỉnh cho phép')
  `.execute(db);
  await sql`ALTER TABLE criteria_set ADD COLUMN owner_unit_id uuid REFERENCES org_unit(id)`.execute(db);
  await sql`ALTER TABLE cadre_group ADD COLUMN owner_unit_id uuid REFERENCES org_unit(id)`.execute(db);
  // The top-level ancestor of each assigned unit; a family assigned within one province belongs to it.
  await sql`
    WITH tops AS (
      SELECT a.family, c.ancestor_id AS top
      FROM criteria_assignment a
      JOIN org_unit_closure c ON c.descendant_id = a.unit_id
      WHERE NOT EXISTS (SELECT 1 FROM org_unit_link l WHERE l.child_id = c.ancestor_id)
    ), single AS (
      SELECT family, min(top::text)::uuid AS top FROM tops GROUP BY family HAVING count(DISTINCT top) = 1
    )
    UPDATE criteria_set s SET owner_unit_id = single.top FROM single WHERE single.family = s.family`.execute(db);
  await sql`
    WITH tops AS (
      SELECT a.cadre_group, c.ancestor_id AS top
      FROM criteria_assignment a
      JOIN org_unit_closure c ON c.descendant_id = a.unit_id
      WHERE NOT EXISTS (SELECT 1 FROM org_unit_link l WHERE l.child_id = c.ancestor_id)
    ), single AS (
      SELECT cadre_group, min(top::text)::uuid AS top FROM tops GROUP BY cadre_group HAVING count(DISTINCT top) = 1
    )
    UPDATE cadre_group g SET owner_unit_id = single.top FROM single
    WHERE single.cadre_group = g.code AND g.appendix = 'LOCAL'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE cadre_group DROP COLUMN owner_unit_id`.execute(db);
  await sql`ALTER TABLE criteria_set DROP COLUMN owner_unit_id`.execute(db);
  await sql`DELETE FROM regulation_setting WHERE key IN ('evaluation.judging', 'criteria.local_config')`.execute(db);
}
