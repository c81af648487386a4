// The committee's dashboard reads only what its figures need, for all its cells at once (a province has
// ~3,500 cells, ~165,000 members and ~2 million attendance marks a year): the members on the day in one
// query, the year's unexcused absences and unpaid dues (the Charter's flags count nothing else), and the
// month's paid dues summed per cell. Bench: `npm run bench -- cells-dashboard` (docs/scaling.md).
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

const personName = sql<string>`concat_ws(' ', nullif(p.family_name, ''), nullif(p.middle_name, ''), nullif(p.given_name, ''))`;

/** The members on `on` of every cell in `cellIds` (one array parameter, however many cells). */
export async function membersOfCellsOn(db: Db, cellIds: string[], on: string) {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('party_membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select([
      'm.id',
      'm.cell_id',
      'm.person_id',
      'm.ceremony_on',
      'm.full_vote_on',
      // exemption and suspension: meetings on those days do not count against the member (standing.ts)
      'm.exempt_from',
      'm.exempt_to',
      'm.suspended_from',
      'm.suspended_to',
      personName.as('name'),
    ])
    .where(sql<boolean>`m.cell_id = ANY(${cellIds}::uuid[])`)
    .where('m.from_on', '<=', on)
    .where((eb) => eb.or([eb('m.to_on', 'is', null), eb('m.to_on', '>', on)]))
    .orderBy('p.sort_key')
    .orderBy('m.id')
    .execute();
}

/** The months of the year in which a member was absent without reason from a held meeting of the cell. */
export async function yearSkips(db: Db, cellIds: string[], year: number) {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('cell_attendance as a')
    .innerJoin('cell_meeting as c', 'c.id', 'a.meeting_id')
    .select(['c.cell_id', 'a.person_id', 'c.month', 'a.status', 'c.planned_at'])
    .where(sql<boolean>`c.cell_id = ANY(${cellIds}::uuid[])`)
    .where('c.month', '>=', `${year}-01`)
    .where('c.month', '<=', `${year}-12`)
    .where('c.status', '=', 'held')
    .where('a.status', '=', 'unexcused')
    .execute();
}

/** The months of the year with dues unpaid without reason. */
export async function yearUnpaid(db: Db, cellIds: string[], year: number) {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('party_dues')
    .select(['cell_id', 'person_id', 'month', 'status'])
    .where(sql<boolean>`cell_id = ANY(${cellIds}::uuid[])`)
    .where('month', '>=', `${year}-01`)
    .where('month', '<=', `${year}-12`)
    .where('status', '=', 'unpaid')
    .execute();
}

/** The dues paid for `month`, summed per cell. */
export async function paidDuesOfMonth(db: Db, cellIds: string[], month: string): Promise<Map<string, number>> {
  if (cellIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('party_dues')
    .select(['cell_id', sql<string>`sum(amount)`.as('total')])
    .where(sql<boolean>`cell_id = ANY(${cellIds}::uuid[])`)
    .where('month', '=', month)
    .where('status', '=', 'paid')
    .groupBy('cell_id')
    .execute();
  return new Map(rows.map((r) => [r.cell_id, Number(r.total)]));
}

/**
 * The cells' meetings of the months [fromMonth, toMonth] like meetingsOfCells, with the attendance
 * counted only for the meetings of `month` (the dashboard shows no other): one grouped pass over that
 * month's marks instead of two counts per meeting of the year. A member exempted from Party work or
 * suspended on the meeting's day (Vietnam time) is not expected there (decision 0032, standing.ts's
 * [from, to) periods): their mark stays in the register but counts neither as present nor as marked.
 */
export async function meetingsWithMonthCounts(db: Db, cellIds: string[], fromMonth: string, toMonth: string, month: string) {
  if (cellIds.length === 0) return [];
  const counts = db
    .selectFrom('cell_attendance as a')
    .innerJoin('cell_meeting as m', 'm.id', 'a.meeting_id')
    .select([
      'a.meeting_id',
      sql<number>`count(*) FILTER (WHERE a.status = 'present')::int`.as('present'),
      sql<number>`count(*)::int`.as('marked'),
    ])
    .where(sql<boolean>`m.cell_id = ANY(${cellIds}::uuid[])`)
    .where('m.month', '=', month)
    .where(
      sql<boolean>`NOT EXISTS (
        SELECT 1 FROM party_membership pm
        WHERE pm.cell_id = m.cell_id AND pm.person_id = a.person_id
          AND pm.from_on <= (m.planned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
          AND (pm.to_on IS NULL OR pm.to_on > (m.planned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
          AND ((pm.exempt_from <= (m.planned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                AND (pm.exempt_to IS NULL OR pm.exempt_to > (m.planned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))
            OR (pm.suspended_from <= (m.planned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                AND (pm.suspended_to IS NULL OR pm.suspended_to > (m.planned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))))`,
    )
    .groupBy('a.meeting_id')
    .as('x');
  return db
    .selectFrom('cell_meeting as c')
    .leftJoin(counts, 'x.meeting_id', 'c.id')
    .select([
      'c.id',
      'c.cell_id',
      'c.kind',
      'c.month',
      'c.planned_at',
      'c.place',
      'c.topic',
      'c.status',
      'c.documents_posted_at',
      'c.started_at',
      'c.ended_at',
      sql<number>`coalesce(x.present, 0)`.as('present'),
      sql<number>`coalesce(x.marked, 0)`.as('marked'),
    ])
    .where(sql<boolean>`c.cell_id = ANY(${cellIds}::uuid[])`)
    .where('c.month', '>=', fromMonth)
    .where('c.month', '<=', toMonth)
    .orderBy('c.planned_at')
    .execute();
}
