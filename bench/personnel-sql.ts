// The bare-SQL lower bounds of the personnel benchmarks (personnel-dashboard, proposal-checks): the
// facts the module loads, each in one hand-written statement, every row fetched. `places(ids)` is the
// place tree around a set of administrative units: parents upwards, mergers (administrative and
// organisational) backwards, as the module's placeEdges reads it.

/** The place-tree CTEs over a CTE `ids(id text)` the caller defines first (the statement starts WITH RECURSIVE). */
export const PLACE_TREE = `
  up(id, parent_id) AS (
    SELECT a.id, a.parent_id FROM admin_unit a WHERE a.id IN (SELECT id FROM ids)
    UNION SELECT a.id, a.parent_id FROM admin_unit a JOIN up ON a.id = up.parent_id),
  back(new_id, old_id) AS (
    SELECT new_id, old_id FROM admin_unit_successor WHERE new_id IN (SELECT id FROM ids)
    UNION SELECT s.new_id, s.old_id FROM admin_unit_successor s JOIN back ON s.new_id = back.old_id),
  org_back(new_id, old_id) AS (
    SELECT successor_id::text, predecessor_id::text FROM org_unit_history WHERE successor_id::text IN (SELECT id FROM ids)
    UNION SELECT h.successor_id::text, h.predecessor_id::text FROM org_unit_history h JOIN org_back ON h.successor_id::text = org_back.old_id)`;

/** The administrative unit of an organisation unit: its nearest ancestor (itself included) that has one. */
export const LOCALITY = `(SELECT u.admin_unit_id FROM org_unit_closure c JOIN org_unit u ON u.id = c.ancestor_id
   WHERE c.descendant_id = %UNIT% AND u.admin_unit_id IS NOT NULL
   ORDER BY (SELECT count(*) FROM org_unit_closure c2 WHERE c2.descendant_id = u.id) DESC LIMIT 1)`;

export const localityOf = (unitColumn: string) => LOCALITY.replace('%UNIT%', unitColumn);

/** A person's tenures with their unit's locality and ladder code (the module's tenuresOfPeople), for the people of CTE `who(person_id)`. */
export const TENURES = `
  SELECT t.id, t.person_id, t.post_id, t.start_date, t.end_date, po.unit_id, pc.ladder_code, ${localityOf('po.unit_id')} AS place
  FROM tenure t JOIN post po ON po.id = t.post_id LEFT JOIN planning_post_code pc ON pc.post_id = t.post_id
  WHERE t.person_id IN (SELECT person_id FROM who)`;

/**
 * The dashboard's inputs in one statement: $1 the unit, $2 the day, $3 the ladder codes watched (non-local
 * and two-terms), $4 six months ahead, $5 the earliest discipline whose waiting period may end by then.
 * One row: the holders with their tenures, residences and the place tree; the vacant posts; the
 * disciplines; the rotations ending; the proposals by status.
 */
export const DASHBOARD_SQL = `
  WITH RECURSIVE sub AS (SELECT descendant_id AS id FROM org_unit_closure WHERE ancestor_id = $1),
  holders AS (
    SELECT t.person_id, t.start_date, po.title, po.unit_id, u.name, pc.ladder_code, p.family_name, p.middle_name, p.given_name,
           p.birthplace_id, p.hometown_id, ${localityOf('po.unit_id')} AS place
    FROM tenure t JOIN post po ON po.id = t.post_id JOIN planning_post_code pc ON pc.post_id = po.id
    JOIN org_unit u ON u.id = po.unit_id JOIN person p ON p.id = t.person_id
    WHERE po.unit_id IN (SELECT id FROM sub) AND pc.ladder_code = ANY($3::text[]) AND t.start_date <= $2::date
      AND (t.end_date IS NULL OR t.end_date >= $2::date)),
  who AS (SELECT DISTINCT person_id FROM holders),
  ten AS (${TENURES}),
  res AS (SELECT person_id, admin_unit_id, valid_from, valid_to FROM person_residence WHERE person_id IN (SELECT person_id FROM who) AND admin_unit_id IS NOT NULL),
  ids AS (SELECT place AS id FROM holders UNION SELECT birthplace_id FROM holders UNION SELECT hometown_id FROM holders
          UNION SELECT admin_unit_id FROM res UNION SELECT place FROM ten),
  ${PLACE_TREE},
  vacant AS (
    SELECT po.id, po.title, po.valid_from, u.name,
           (SELECT max(t.end_date) FROM tenure t WHERE t.post_id = po.id AND t.end_date < $2::date) AS last_end
    FROM post po JOIN planning_post_code pc ON pc.post_id = po.id JOIN org_unit u ON u.id = po.unit_id
    WHERE po.unit_id IN (SELECT id FROM sub) AND po.valid_from <= $2::date AND (po.valid_to IS NULL OR po.valid_to > $2::date)
      AND (u.valid_to IS NULL OR u.valid_to > $2::date)
      AND NOT EXISTS (SELECT 1 FROM tenure t2 WHERE t2.post_id = po.id AND t2.start_date <= $2::date AND (t2.end_date IS NULL OR t2.end_date >= $2::date))
    ORDER BY u.name LIMIT 500),
  disc AS (SELECT d.person_id, d.kind, d.decided_on, p.family_name, p.middle_name, p.given_name, u.name
           FROM discipline d JOIN person p ON p.id = d.person_id JOIN org_unit u ON u.id = p.unit_id
           WHERE p.unit_id IN (SELECT id FROM sub) AND d.decided_on >= $5::date),
  rot AS (SELECT pr.id, pr.person_id, pr.effective_date, pr.planned_end_date FROM personnel_proposal pr
          WHERE pr.unit_id IN (SELECT id FROM sub) AND pr.status = 'approved' AND pr.kind IN ('rotation', 'secondment')
            AND pr.planned_end_date BETWEEN $2::date AND $4::date),
  pipe AS (SELECT kind, status, count(*) AS n FROM personnel_proposal WHERE unit_id IN (SELECT id FROM sub) GROUP BY 1, 2)
  SELECT (SELECT json_agg(holders) FROM holders) AS holders, (SELECT json_agg(ten) FROM ten) AS tenures, (SELECT json_agg(res) FROM res) AS residences,
         (SELECT json_agg(up) FROM up) AS parents, (SELECT json_agg(back) FROM back) AS mergers, (SELECT json_agg(org_back) FROM org_back) AS org_mergers,
         (SELECT json_agg(vacant) FROM vacant) AS vacant, (SELECT count(*) FROM vacant) AS vacant_count,
         (SELECT json_agg(disc) FROM disc) AS disciplines, (SELECT json_agg(rot) FROM rot) AS rotations, (SELECT json_agg(pipe) FROM pipe) AS pipeline`;

/**
 * The facts of one proposal's checks in one statement: $1 the person, $2 the post, $3 the effective
 * date, $4 the years whose ratings are shown. One row: the personnel settings in force, the person, the
 * post, the person's tenures, ratings, disciplines, plans, the post's tenures, residences and the place
 * tree around them.
 */
export const PROPOSAL_SQL = `
  WITH RECURSIVE who AS (SELECT $1::uuid AS person_id),
  who_row AS (SELECT p.id, p.unit_id, p.gender, p.date_of_birth, p.birthplace_id, p.hometown_id, p.family_name, p.middle_name, p.given_name
             FROM person p WHERE p.id = $1),
  target AS (SELECT po.id, po.unit_id, po.valid_from, po.valid_to, pc.ladder_code, ${localityOf('po.unit_id')} AS place
           FROM post po LEFT JOIN planning_post_code pc ON pc.post_id = po.id WHERE po.id = $2),
  ten AS (${TENURES}),
  levels AS (SELECT p.year, e.decision_level FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
             WHERE p.kind = 'year' AND e.status IN ('decided', 'published') AND e.person_id = $1 AND p.year = ANY($4::int[])),
  disc AS (SELECT kind, decided_on FROM discipline WHERE person_id = $1),
  planned AS (SELECT c.post_code FROM planning_candidate c JOIN planning_plan p ON p.id = c.plan_id
              WHERE c.person_id = $1 AND c.status = 'approved' AND p.status = 'approved' AND c.approved_on <= $3::date),
  seat AS (SELECT id, person_id, start_date, end_date FROM tenure WHERE post_id = $2),
  res AS (SELECT admin_unit_id, valid_from, valid_to FROM person_residence WHERE person_id = $1 AND admin_unit_id IS NOT NULL),
  cfg AS (SELECT DISTINCT ON (key) key, value FROM regulation_setting WHERE key LIKE 'personnel.%' AND effective_from <= $3::date ORDER BY key, effective_from DESC),
  ids AS (SELECT place AS id FROM target UNION SELECT birthplace_id FROM who_row UNION SELECT hometown_id FROM who_row
          UNION SELECT admin_unit_id FROM res UNION SELECT place FROM ten),
  ${PLACE_TREE}
  SELECT (SELECT json_agg(cfg) FROM cfg) AS settings, (SELECT row_to_json(who_row) FROM who_row) AS person, (SELECT row_to_json(target) FROM target) AS post,
         (SELECT json_agg(ten) FROM ten) AS tenures, (SELECT json_agg(levels) FROM levels) AS ratings, (SELECT json_agg(disc) FROM disc) AS disciplines,
         (SELECT json_agg(planned) FROM planned) AS planned, (SELECT json_agg(seat) FROM seat) AS seat, (SELECT json_agg(res) FROM res) AS residences,
         (SELECT json_agg(up) FROM up) AS parents, (SELECT json_agg(back) FROM back) AS mergers, (SELECT json_agg(org_back) FROM org_back) AS org_mergers`;
