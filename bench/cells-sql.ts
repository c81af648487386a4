// The bare-SQL lower bounds of the Party-cell benchmarks (cells-dashboard, charter-flags): the same
// figures as the party-cells dashboard, computed by the database alone and fetched, no app code.
// Parameters: $1 unit, $2 asOf, $3 month 'YYYY-MM', $4 'YYYY-01', $5 'YYYY-12', $6 the quarter's first
// month, $7 the Charter's threshold (months), $8 probation (months), $9 elapsed months of the year before
// asOf's month, $10 asOf's month, $11 elapsed themed periods, $12 months per themed period.

/** The cells under $1 open on $2 and their members on $2 (the dashboard's CELL_KINDS). */
const CELLS = `
  cells AS MATERIALIZED (
    SELECT u.id, u.name FROM org_unit u JOIN org_unit_closure k ON k.descendant_id = u.id AND k.ancestor_id = $1
    WHERE u.kind IN ('party_cell', 'party_subcommittee', 'party_group') AND u.valid_from <= $2::date AND (u.valid_to IS NULL OR u.valid_to > $2::date)),
  mem AS MATERIALIZED (
    SELECT m.cell_id, m.person_id, m.full_vote_on, m.ceremony_on FROM party_membership m JOIN cells c ON c.id = m.cell_id
    WHERE m.from_on <= $2::date AND (m.to_on IS NULL OR m.to_on > $2::date))`;

/** Điều 8 per (cell, member on $2): distinct months of the year with an unexcused absence at a held meeting of the cell, with unpaid dues. */
const FLAGS = `
  skipped AS (
    SELECT c.cell_id, a.person_id, array_agg(DISTINCT c.month ORDER BY c.month) AS months
    FROM cell_meeting c JOIN cells ON cells.id = c.cell_id JOIN cell_attendance a ON a.meeting_id = c.id
    WHERE c.month BETWEEN $4 AND $5 AND c.status = 'held' AND a.status = 'unexcused' GROUP BY 1, 2),
  unpaid AS (
    SELECT d.cell_id, d.person_id, array_agg(DISTINCT d.month ORDER BY d.month) AS months
    FROM party_dues d JOIN cells ON cells.id = d.cell_id
    WHERE d.month BETWEEN $4 AND $5 AND d.status = 'unpaid' GROUP BY 1, 2),
  flagged AS (
    SELECT mem.cell_id, mem.person_id, coalesce(s.months, '{}') AS skipped, coalesce(u.months, '{}') AS unpaid
    FROM mem LEFT JOIN skipped s ON s.cell_id = mem.cell_id AND s.person_id = mem.person_id
    LEFT JOIN unpaid u ON u.cell_id = mem.cell_id AND u.person_id = mem.person_id
    WHERE cardinality(s.months) >= $7 OR cardinality(u.months) >= $7)`;

/** Every flagged member with name, cell and months: the dashboard's `flagged` list. */
export const FLAGGED_SQL = `
  WITH ${CELLS}, ${FLAGS}
  SELECT f.cell_id, cells.name AS cell_name, f.person_id,
    concat_ws(' ', nullif(p.family_name, ''), nullif(p.middle_name, ''), nullif(p.given_name, '')) AS name, f.skipped, f.unpaid
  FROM flagged f JOIN cells ON cells.id = f.cell_id JOIN person p ON p.id = f.person_id
  -- the parameters the per-cell rows use, so that both statements take the same list
  WHERE $3::text IS NOT NULL AND $6::text IS NOT NULL AND $8::int IS NOT NULL AND $9::int IS NOT NULL AND $10::text IS NOT NULL AND $11::int IS NOT NULL AND $12::int IS NOT NULL
  ORDER BY cells.name, f.cell_id, p.sort_key`;

/** One row per cell: the dashboard's columns. */
export const CELL_ROWS_SQL = `
  WITH ${CELLS}, ${FLAGS},
  mt AS MATERIALIZED (
    SELECT c.id, c.cell_id, c.kind, c.month, c.documents_posted_at, (substr(c.month, 6, 2)::int - 1) / $12::int AS period
    FROM cell_meeting c JOIN cells ON cells.id = c.cell_id WHERE c.month BETWEEN $4 AND $5 AND c.status = 'held'),
  att AS (
    SELECT mt.cell_id, count(*) FILTER (WHERE a.status = 'present') AS present, count(*) AS marked
    FROM mt JOIN cell_attendance a ON a.meeting_id = mt.id WHERE mt.month = $3 AND mt.kind <> 'themed' GROUP BY 1),
  mts AS (
    SELECT cell_id,
      bool_or(month = $3 AND kind <> 'themed') AS regular_held,
      bool_or(kind <> 'regular' AND month BETWEEN $6 AND $3) AS themed_held,
      bool_and(documents_posted_at IS NOT NULL) FILTER (WHERE month = $3) AS paperless,
      count(DISTINCT month) FILTER (WHERE kind <> 'themed' AND month < $10) AS regular_months,
      count(DISTINCT period) FILTER (WHERE kind <> 'regular' AND period < $11::int) AS themed_periods
    FROM mt GROUP BY 1),
  ms AS (
    SELECT cell_id, count(*) AS members, count(*) FILTER (WHERE full_vote_on IS NULL) AS probationary,
      count(*) FILTER (WHERE ceremony_on IS NOT NULL AND full_vote_on IS NULL AND ceremony_on + make_interval(months => $8::int) <= $2::date) AS probation_due
    FROM mem GROUP BY 1),
  fl AS (SELECT cell_id, count(*) AS n FROM flagged GROUP BY 1),
  dues AS (SELECT d.cell_id, sum(d.amount) AS collected FROM party_dues d JOIN cells ON cells.id = d.cell_id WHERE d.month = $3 AND d.status = 'paid' GROUP BY 1)
  SELECT cells.id AS cell_id, cells.name, coalesce(ms.members, 0)::int AS members, coalesce(ms.probationary, 0)::int AS probationary,
    coalesce(mts.regular_held, false) AS regular_held, coalesce(mts.themed_held, false) AS themed_held, mts.paperless,
    coalesce(att.present, 0)::int AS present, coalesce(att.marked, 0)::int AS marked,
    coalesce(fl.n, 0)::int AS member_flags,
    ($9::int - coalesce(mts.regular_months, 0) + $11::int - coalesce(mts.themed_periods, 0))::int AS cadence_flags,
    coalesce(ms.probation_due, 0)::int AS probation_due, coalesce(dues.collected, 0)::bigint AS dues_collected
  FROM cells LEFT JOIN ms ON ms.cell_id = cells.id LEFT JOIN mts ON mts.cell_id = cells.id LEFT JOIN att ON att.cell_id = cells.id
  LEFT JOIN fl ON fl.cell_id = cells.id LEFT JOIN dues ON dues.cell_id = cells.id
  WHERE $7::int IS NOT NULL
  ORDER BY cells.name`;

export interface DashboardCase {
  unitId: string;
  month: string;
  asOf: string;
}

/** The parameters of both statements for a dashboard of `month` as of `asOf`. */
export function dashboardParams(c: DashboardCase, rules: { threshold: number; probationMonths: number; themedEveryMonths: number }) {
  const year = Number(c.month.slice(0, 4));
  const mo = Number(c.month.slice(5, 7));
  const quarterStart = `${year}-${String(Math.floor((mo - 1) / 3) * 3 + 1).padStart(2, '0')}`;
  const asOfMonth = c.asOf.slice(0, 7);
  const asOfYear = Number(asOfMonth.slice(0, 4));
  const elapsed = asOfYear > year ? 12 : asOfYear < year ? 0 : Number(asOfMonth.slice(5, 7)) - 1;
  const step = Math.max(1, rules.themedEveryMonths);
  // A period is judged when its last month lies before asOf's month (cellCadence).
  let periods = 0;
  for (let start = 1; start <= 12; start += step) if (Math.min(12, start + step - 1) <= elapsed) periods += 1;
  return [
    c.unitId,
    c.asOf,
    c.month,
    `${year}-01`,
    `${year}-12`,
    quarterStart,
    rules.threshold,
    rules.probationMonths,
    elapsed,
    asOfMonth,
    periods,
    step,
  ];
}
