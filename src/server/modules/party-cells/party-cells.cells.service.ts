// A cell at a glance (its members on a day, the year's meetings, the Charter's flags) and the committee's
// dashboard over all its cells for a month.
import type { Kysely } from 'kysely';
import type { CellView, DashboardView } from '../../../contracts/party-cells.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import {
  type AttendanceMark,
  type CellSettings,
  type DuesMark,
  cellCadence,
  charterFlag,
  expectedAt,
  probationComplete,
  probationEnd,
  standingPeriods,
} from '../../../domain/party-cells/index.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { assertUnitInScope, holds } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { type Locale, type MessageKey, t } from '../../i18n.js';

import { readCell } from './party-cells.policy.js';
import { finding, meetingSummary, membershipView, viMonth } from './party-cells.present.js';
import * as dq from './party-cells.dashboard.queries.js';
import * as q from './party-cells.queries.js';
import { loadCellSettings, loadHolidays } from './party-cells.settings.js';

/** What the flags read of a member (the cell view passes its full rows, the dashboard only these). */
type Members = ReadonlyArray<{
  id: string;
  person_id: string;
  name: string;
  ceremony_on: string | null;
  full_vote_on: string | null;
  exempt_from: string | null;
  exempt_to: string | null;
  suspended_from: string | null;
  suspended_to: string | null;
}>;

interface CellFacts {
  /** The year's marks; only 'unexcused' ones count for the Charter (the dashboard reads only those). */
  attendance: ReadonlyArray<{ person_id: string; month: string; status: AttendanceMark; planned_at: Date }>;
  /** The year's dues; only 'unpaid' ones count for the Charter (the dashboard reads only those). */
  dues: ReadonlyArray<{ person_id: string; month: string; status: DuesMark }>;
  meetings: Awaited<ReturnType<typeof q.meetingsOfCells>>;
}

/** The Điều 8 flag's clauses, each only where it has months (a clause with nothing in it is left out). */
export function flagClauses(locale: Locale, skipped: string[], unpaid: string[]): string {
  const clause = (key: MessageKey, months: string[]) =>
    months.length > 0 ? [t(locale, key, { count: months.length, months: months.map(viMonth).join(', ') })] : [];
  return [...clause('cells.flag.member.skipped', skipped), ...clause('cells.flag.member.unpaid', unpaid)].join(
    t(locale, 'cells.flag.member.and'),
  );
}

/** The Charter's member flags, the cadence flags and the probation list of one cell, explained. */
function cellFlags(locale: Locale, year: number, asOf: string, members: Members, facts: CellFacts, settings: CellSettings) {
  const att = new Map<string, Array<{ month: string; status: AttendanceMark }>>();
  // Meetings on days a member was exempted or suspended do not count against them (standing.ts).
  const periods = new Map(members.map((m) => [m.person_id, standingPeriods(m)]));
  for (const a of facts.attendance) {
    if (!expectedAt(periods.get(a.person_id) ?? [], todayInVietnam(a.planned_at))) continue;
    // Every held meeting of the cell counts (regular, themed or combined): skipping any is skipping the cell's life.
    const list = att.get(a.person_id) ?? [];
    list.push({ month: a.month, status: a.status });
    att.set(a.person_id, list);
  }
  const dues = new Map<string, Array<{ month: string; status: DuesMark }>>();
  for (const d of facts.dues) {
    const list = dues.get(d.person_id) ?? [];
    list.push({ month: d.month, status: d.status });
    dues.set(d.person_id, list);
  }
  const memberFlags = members.flatMap((m) => {
    const f = charterFlag(year, { attendance: att.get(m.person_id) ?? [], dues: dues.get(m.person_id) ?? [] }, settings);
    if (!f.flagged) return [];
    return [
      {
        personId: m.person_id,
        name: m.name,
        skippedMonths: f.skippedMonths,
        unpaidMonths: f.unpaidMonths,
        finding: finding(locale, 'removal', 'cells.flag.member', false, {
          year: String(year),
          clauses: flagClauses(locale, f.skippedMonths, f.unpaidMonths),
          threshold: f.threshold,
        }),
      },
    ];
  });
  const held = facts.meetings.filter((m) => m.status === 'held').map((m) => ({ month: m.month, kind: m.kind }));
  const cadence = cellCadence(year, held, asOf.slice(0, 7), settings);
  const cadenceFindings = [
    ...cadence.missedMonths.map((month) => finding(locale, 'meeting', 'cells.flag.missed_month', false, { month: viMonth(month) })),
    ...cadence.missedThemedPeriods.map((p) =>
      finding(locale, 'meeting', 'cells.flag.missed_themed', false, { from: viMonth(p.from), to: viMonth(p.to) }),
    ),
  ];
  const probationDue = members
    .filter((m) => m.ceremony_on && !m.full_vote_on && probationComplete(m.ceremony_on, asOf, settings))
    .map((m) => ({
      personId: m.person_id,
      name: m.name,
      membershipId: m.id,
      finding: finding(locale, 'probation', 'cells.flag.probation_due', false, {
        date: formatViDate(probationEnd(m.ceremony_on!, settings)),
      }),
    }));
  return { members: memberFlags, cadence: cadenceFindings, probationDue };
}

export async function getCell(db: Kysely<DB>, actor: Actor, locale: Locale, cellId: string, asOf = todayInVietnam()): Promise<CellView> {
  const access = await readCell(db, actor, cellId);
  const year = Number(asOf.slice(0, 4));
  const settings = await loadCellSettings(db, asOf);
  const holidays = await loadHolidays(db, `${year - 1}-01-01`);
  const members = await q.membersOn(db, cellId, asOf);
  const facts: CellFacts = {
    attendance: await q.yearAttendance(db, [cellId], year),
    dues: await q.yearDues(db, [cellId], year),
    meetings: await q.meetingsOfCells(db, [cellId], `${year}-01`, `${year}-12`),
  };
  return {
    cell: access.cell,
    asOf,
    year,
    members: members.map((m) => membershipView(m, settings, holidays, asOf)),
    meetings: facts.meetings.map((m) => meetingSummary(m, members.length, settings, locale)),
    flags: cellFlags(locale, year, asOf, members, facts, settings),
    actions: { manage: access.manage },
  };
}

/** The committee's cells for a month (`month`, default the current one) as of `asOf` (default today). */
export async function dashboard(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  unitId: string,
  query: { month?: string; asOf?: string; page?: number; pageSize?: number },
): Promise<DashboardView> {
  if (!holds(actor, 'cells.read')) throw notFound();
  const unit = await q.unitById(db, unitId);
  if (!unit) throw notFound();
  await assertUnitInScope(db, actor, 'cells.read', unitId);
  const asOf = query.asOf ?? todayInVietnam();
  const month = query.month ?? asOf.slice(0, 7);
  const year = Number(month.slice(0, 4));
  const quarterStart = `${year}-${String(Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}`;
  const settings = await loadCellSettings(db, asOf);
  const cells = await q.cellsUnder(db, unitId, asOf);
  const ids = cells.map((c) => c.id);
  // Only what the figures need, for all the cells at once (party-cells.dashboard.queries.ts).
  const [attendance, unpaid, meetings, members, paid] = await Promise.all([
    dq.yearSkips(db, ids, year),
    dq.yearUnpaid(db, ids, year),
    dq.meetingsWithMonthCounts(db, ids, `${year}-01`, `${year}-12`, month),
    dq.membersOfCellsOn(db, ids, asOf),
    dq.paidDuesOfMonth(db, ids, month),
  ]);
  const group = <T extends { cell_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const list = map.get(r.cell_id);
      if (list) list.push(r);
      else map.set(r.cell_id, [r]);
    }
    return map;
  };
  const [attBy, duesBy, meetBy, membersByCell] = [group(attendance), group(unpaid), group(meetings), group(members)];
  const flagged: DashboardView['flagged'] = [];
  const rows = cells.map((c) => {
    const members = membersByCell.get(c.id) ?? [];
    const cm = meetBy.get(c.id) ?? [];
    const flags = cellFlags(
      locale,
      year,
      asOf,
      members,
      { attendance: attBy.get(c.id) ?? [], dues: duesBy.get(c.id) ?? [], meetings: cm },
      settings,
    );
    for (const f of flags.members) flagged.push({ ...f, cellId: c.id, cellName: c.name });
    const monthHeld = cm.filter((m) => m.month === month && m.status === 'held');
    const regular = monthHeld.filter((m) => m.kind !== 'themed');
    const themed = cm.filter((m) => m.status === 'held' && m.kind !== 'regular' && m.month >= quarterStart && m.month <= month);
    const marked = regular.reduce((s, m) => s + m.marked, 0);
    const present = regular.reduce((s, m) => s + m.present, 0);
    return {
      cellId: c.id,
      name: c.name,
      members: members.length,
      probationary: members.filter((m) => !m.full_vote_on).length,
      regularHeld: regular.length > 0,
      themedHeldInQuarter: themed.length > 0,
      attendancePercent: marked > 0 ? Math.round((present * 1000) / marked) / 10 : null,
      paperless: monthHeld.length > 0 ? monthHeld.every((m) => m.documents_posted_at !== null) : null,
      memberFlags: flags.members.length,
      cadenceFlags: flags.cadence.length,
      probationDue: flags.probationDue.length,
      duesCollected: paid.get(c.id) ?? 0,
      _present: present,
      _marked: marked,
    };
  });
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const marked = sum((r) => r._marked);
  const withMeeting = rows.filter((r) => r.paperless !== null);
  const [page, pageSize] = [query.page ?? 1, query.pageSize ?? 50];
  return {
    unit,
    month,
    asOf,
    cells: rows.slice((page - 1) * pageSize, page * pageSize).map(({ _present, _marked, ...r }) => r),
    page,
    pageSize,
    totals: {
      cells: rows.length,
      regularHeld: rows.filter((r) => r.regularHeld).length,
      themedHeldInQuarter: rows.filter((r) => r.themedHeldInQuarter).length,
      members: sum((r) => r.members),
      attendancePercent: marked > 0 ? Math.round((sum((r) => r._present) * 1000) / marked) / 10 : null,
      paperlessPercent:
        withMeeting.length > 0 ? Math.round((withMeeting.filter((r) => r.paperless).length * 1000) / withMeeting.length) / 10 : null,
      memberFlags: sum((r) => r.memberFlags),
      probationDue: sum((r) => r.probationDue),
      duesCollected: sum((r) => r.duesCollected),
    },
    flagged,
  };
}
