// A cell at a glance (its members on a day, the year's meetings, the Charter's flags), the committee's
// dashboard over all its cells for a month, dues, and a member's own cell on their phone.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CellView, DashboardView, DuesRequest, MeetingSummary } from '../../../contracts/party-cells.js';
import { compareDates, formatViDate, todayInVietnam } from '../../../domain/dates.js';
import {
  CELL_RULES,
  type AttendanceMark,
  type CellSettings,
  type DuesMark,
  cellCadence,
  charterFlag,
  probationComplete,
  probationEnd,
} from '../../../domain/party-cells/index.js';
import type { DB } from '../../db/schema.js';
import { type FieldIssue, invalid, notFound } from '../../errors.js';
import { assertUnitInScope, holds } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { flagFindings } from './party-cells.meetings.service.js';
import { manageCell, readCell } from './party-cells.policy.js';
import { finding, membershipView, viMonth } from './party-cells.present.js';
import * as q from './party-cells.queries.js';
import { loadCellSettings, loadHolidays } from './party-cells.settings.js';

type Members = Awaited<ReturnType<typeof q.membersOn>>;

interface CellFacts {
  attendance: Awaited<ReturnType<typeof q.yearAttendance>>;
  dues: Awaited<ReturnType<typeof q.yearDues>>;
  meetings: Awaited<ReturnType<typeof q.meetingsOfCells>>;
}

/** The Charter's member flags, the cadence flags and the probation list of one cell, explained. */
function cellFlags(locale: Locale, year: number, asOf: string, members: Members, facts: CellFacts, settings: CellSettings) {
  const att = new Map<string, Array<{ month: string; status: AttendanceMark }>>();
  for (const a of facts.attendance) {
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
          skipped: f.skippedMonths.length,
          skippedMonths: f.skippedMonths.map(viMonth).join(', ') || '—',
          unpaid: f.unpaidMonths.length,
          unpaidMonths: f.unpaidMonths.map(viMonth).join(', ') || '—',
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

function summary(m: CellFacts['meetings'][number], expected: number, settings: CellSettings, locale: Locale): MeetingSummary {
  return {
    id: m.id,
    kind: m.kind,
    month: m.month,
    plannedAt: m.planned_at.toISOString(),
    place: m.place,
    topic: m.topic,
    status: m.status,
    documentsPosted: m.documents_posted_at !== null,
    present: m.present,
    expected: Math.max(expected, m.marked),
    flags: flagFindings(m, settings, locale),
  };
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
    meetings: facts.meetings.map((m) => summary(m, members.length, settings, locale)),
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
  query: { month?: string; asOf?: string },
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
  const [attendance, dues, meetings] = await Promise.all([
    q.yearAttendance(db, ids, year),
    q.yearDues(db, ids, year),
    q.meetingsOfCells(db, ids, `${year}-01`, `${year}-12`),
  ]);
  const membersByCell = new Map<string, Members>();
  for (const c of cells) membersByCell.set(c.id, await q.membersOn(db, c.id, asOf));
  const group = <T extends { cell_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.cell_id, [...(map.get(r.cell_id) ?? []), r]);
    return map;
  };
  const [attBy, duesBy, meetBy] = [group(attendance), group(dues), group(meetings)];
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
    const monthDues = (duesBy.get(c.id) ?? []).filter((d) => d.month === month && d.status === 'paid');
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
      duesCollected: monthDues.reduce((s, d) => s + d.amount, 0),
      _present: present,
      _marked: marked,
    };
  });
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const marked = sum((r) => r._marked);
  const withMeeting = rows.filter((r) => r.paperless !== null);
  return {
    unit,
    month,
    asOf,
    cells: rows.map(({ _present, _marked, ...r }) => r),
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

export async function getDues(db: Kysely<DB>, actor: Actor, cellId: string, month: string) {
  await readCell(db, actor, cellId);
  const day = `${month}-01`;
  const members = await q.membersOn(db, cellId, day);
  const rows = await db.selectFrom('party_dues').selectAll().where('cell_id', '=', cellId).where('month', '=', month).execute();
  const by = new Map(rows.map((r) => [r.person_id, r]));
  const list = members.map((m) => ({
    personId: m.person_id,
    name: m.name,
    amount: by.get(m.person_id)?.amount ?? 0,
    status: by.get(m.person_id)?.status ?? null,
    paidOn: by.get(m.person_id)?.paid_on ?? null,
  }));
  return {
    month,
    rows: list,
    collected: rows.filter((r) => r.status === 'paid').reduce((s, r) => s + r.amount, 0),
    paid: rows.filter((r) => r.status === 'paid').length,
    unpaid: rows.filter((r) => r.status === 'unpaid').length,
  };
}

/** Records a month's dues for the listed members: each must be a member of the cell by the month's end, never for a month before they joined. */
export async function recordDues(db: Kysely<DB>, actor: Actor, ctx: AuditContext, cellId: string, body: z.infer<typeof DuesRequest>) {
  const { cell } = await manageCell(db, actor, cellId);
  const issues: FieldIssue[] = [];
  const names = await q.namesOf(
    db,
    body.entries.map((e) => e.personId),
  );
  const memberships = await db
    .selectFrom('party_membership')
    .select(['person_id', 'from_on', 'to_on'])
    .where('cell_id', '=', cell.id)
    .where(
      'person_id',
      'in',
      body.entries.map((e) => e.personId),
    )
    .execute();
  const seen = new Set<string>();
  body.entries.forEach((e, i) => {
    const name = names.get(e.personId) ?? e.personId;
    if (seen.has(e.personId)) issues.push({ field: `entries.${i}.personId`, key: 'cells.meeting.duplicate_mark' });
    seen.add(e.personId);
    const mine = memberships.filter((m) => m.person_id === e.personId);
    const covering = mine.find((m) => m.from_on.slice(0, 7) <= body.month && (m.to_on === null || m.to_on > `${body.month}-01`));
    if (!covering) {
      const first = mine.map((m) => m.from_on).sort()[0];
      if (first && first.slice(0, 7) > body.month)
        issues.push({
          field: `entries.${i}.personId`,
          key: 'cells.dues.before_membership',
          params: { rule: CELL_RULES.dues, month: viMonth(body.month), name, from: formatViDate(first) },
        });
      else
        issues.push({
          field: `entries.${i}.personId`,
          key: 'cells.membership.not_member',
          params: { rule: CELL_RULES.membership, name, date: viMonth(body.month) },
        });
    }
    if ((e.status === 'paid') !== !!e.paidOn) issues.push({ field: `entries.${i}.paidOn`, key: 'cells.dues.paid_on' });
  });
  if (issues.length) throw invalid(...issues);
  await db.transaction().execute(async (trx) => {
    for (const e of body.entries) {
      const values = { amount: e.amount, status: e.status, paid_on: e.paidOn ?? null, reason: e.reason?.trim() ?? '' };
      await trx
        .insertInto('party_dues')
        .values({ person_id: e.personId, month: body.month, cell_id: cell.id, ...values })
        .onConflict((oc) => oc.columns(['person_id', 'month']).doUpdateSet({ ...values, cell_id: cell.id }))
        .execute();
    }
    await recordAudit(trx, ctx, [
      { action: 'cells.dues.record', entityType: 'party_dues', entityId: `${cell.id}:${body.month}`, unitId: cell.id, after: body },
    ]);
  });
  return getDues(db, actor, cell.id, body.month);
}

/** A member's own cell(s) on their phone: their memberships, the year's meetings with documents and resolution, their mark, their dues. */
export async function myCells(db: Kysely<DB>, actor: Actor, locale: Locale) {
  if (!holds(actor, 'cells.member') || !actor.personId) throw notFound();
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const settings = await loadCellSettings(db, today);
  const holidays = await loadHolidays(db, `${year - 1}-01-01`);
  const memberships = (await q.membershipsOfPerson(db, actor.personId)).filter(
    (m) => m.to_on === null || compareDates(m.to_on, `${year}-01-01`) > 0,
  );
  const cellIds = [...new Set(memberships.map((m) => m.cell_id))];
  const meetings = await q.meetingsOfCells(db, cellIds, `${year}-01`, `${year}-12`);
  const full = meetings.length
    ? await db
        .selectFrom('cell_meeting')
        .select(['id', 'documents', 'resolution'])
        .where(
          'id',
          'in',
          meetings.map((m) => m.id),
        )
        .execute()
    : [];
  const texts = new Map(full.map((f) => [f.id, f]));
  const marks = meetings.length
    ? await db
        .selectFrom('cell_attendance')
        .select(['meeting_id', 'status'])
        .where('person_id', '=', actor.personId)
        .where(
          'meeting_id',
          'in',
          meetings.map((m) => m.id),
        )
        .execute()
    : [];
  const markBy = new Map(marks.map((m) => [m.meeting_id, m.status]));
  const names = new Map(memberships.map((m) => [m.cell_id, m.cell_name]));
  // Only the meetings while the member belonged to the cell.
  const visible = meetings.filter((m) =>
    memberships.some(
      (s) =>
        s.cell_id === m.cell_id &&
        s.from_on <= todayInVietnam(m.planned_at) &&
        (s.to_on === null || s.to_on > todayInVietnam(m.planned_at)),
    ),
  );
  const dues = await db
    .selectFrom('party_dues')
    .select(['month', 'amount', 'status'])
    .where('person_id', '=', actor.personId)
    .where('month', '>=', `${year}-01`)
    .orderBy('month')
    .execute();
  return {
    memberships: memberships.map((m) => membershipView(m, settings, holidays, today)),
    meetings: visible.map((m) => ({
      ...summary(m, 0, settings, locale),
      cellName: names.get(m.cell_id) ?? '',
      documents: m.documents_posted_at ? (texts.get(m.id)?.documents ?? '') : '',
      resolution: texts.get(m.id)?.resolution ?? '',
      myStatus: markBy.get(m.id) ?? null,
    })),
    dues,
  };
}
