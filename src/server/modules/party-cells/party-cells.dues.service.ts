// Dues (month by month per member, collected by the cell) and a member's own cell on their phone.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DuesRequest } from '../../../contracts/party-cells.js';
import { compareDates, formatViDate, todayInVietnam } from '../../../domain/dates.js';
import { CELL_RULES } from '../../../domain/party-cells/index.js';
import type { DB } from '../../db/schema.js';
import { type FieldIssue, invalid, notFound } from '../../errors.js';
import { holds } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';

import { manageCell, readCell } from './party-cells.policy.js';
import { meetingSummary, membershipView, viMonth } from './party-cells.present.js';
import * as q from './party-cells.queries.js';
import { loadCellSettings, loadHolidays } from './party-cells.settings.js';
import * as w from './party-cells.writes.queries.js';

export async function getDues(db: Kysely<DB>, actor: Actor, cellId: string, month: string) {
  await readCell(db, actor, cellId);
  const members = await q.membersOn(db, cellId, `${month}-01`);
  const rows = await w.duesOfMonth(db, cellId, month);
  const by = new Map(rows.map((r) => [r.person_id, r]));
  return {
    month,
    rows: members.map((m) => ({
      personId: m.person_id,
      name: m.name,
      amount: by.get(m.person_id)?.amount ?? 0,
      status: by.get(m.person_id)?.status ?? null,
      paidOn: by.get(m.person_id)?.paid_on ?? null,
    })),
    collected: rows.filter((r) => r.status === 'paid').reduce((s, r) => s + r.amount, 0),
    paid: rows.filter((r) => r.status === 'paid').length,
    unpaid: rows.filter((r) => r.status === 'unpaid').length,
  };
}

/** Records a month's dues: each person a member of the cell in that month, never for a month before they joined. */
export async function recordDues(db: Kysely<DB>, actor: Actor, ctx: AuditContext, cellId: string, body: z.infer<typeof DuesRequest>) {
  const { cell } = await manageCell(db, actor, cellId);
  const ids = body.entries.map((e) => e.personId);
  const names = await q.namesOf(db, ids);
  const memberships = await w.membershipsInCell(db, cell.id, ids);
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  body.entries.forEach((e, i) => {
    const name = names.get(e.personId) ?? e.personId;
    if (seen.has(e.personId)) issues.push({ field: `entries.${i}.personId`, key: 'cells.meeting.duplicate_mark' });
    seen.add(e.personId);
    const mine = memberships.filter((m) => m.person_id === e.personId);
    const covering = mine.some((m) => m.from_on.slice(0, 7) <= body.month && (m.to_on === null || m.to_on > `${body.month}-01`));
    if (!covering) {
      const first = mine.map((m) => m.from_on).sort()[0];
      issues.push(
        first && first.slice(0, 7) > body.month
          ? {
              field: `entries.${i}.personId`,
              key: 'cells.dues.before_membership',
              params: { rule: CELL_RULES.dues, month: viMonth(body.month), name, from: formatViDate(first) },
            }
          : {
              field: `entries.${i}.personId`,
              key: 'cells.membership.not_member',
              params: { rule: CELL_RULES.membership, name, date: viMonth(body.month) },
            },
      );
    }
    if ((e.status === 'paid') !== !!e.paidOn) issues.push({ field: `entries.${i}.paidOn`, key: 'cells.dues.paid_on' });
  });
  if (issues.length) throw invalid(...issues);
  await db.transaction().execute(async (trx) => {
    for (const e of body.entries)
      await w.upsertDues(trx, {
        person_id: e.personId,
        month: body.month,
        cell_id: cell.id,
        amount: e.amount,
        status: e.status,
        paid_on: e.paidOn ?? null,
        reason: e.reason?.trim() ?? '',
      });
    await recordAudit(trx, ctx, [
      { action: 'cells.dues.record', entityType: 'party_dues', entityId: `${cell.id}:${body.month}`, unitId: cell.id, after: body },
    ]);
  });
  return getDues(db, actor, cell.id, body.month);
}

/** A member's own cell(s): their memberships, the year's meetings with documents and resolution, their mark, their dues. */
export async function myCells(db: Kysely<DB>, actor: Actor, locale: Locale) {
  if (!holds(actor, 'cells.member') || !actor.personId) throw notFound();
  const personId = actor.personId;
  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const settings = await loadCellSettings(db, today);
  const holidays = await loadHolidays(db, `${year - 1}-01-01`);
  const memberships = (await q.membershipsOfPerson(db, personId)).filter(
    (m) => m.to_on === null || compareDates(m.to_on, `${year}-01-01`) > 0,
  );
  const meetings = await q.meetingsOfCells(db, [...new Set(memberships.map((m) => m.cell_id))], `${year}-01`, `${year}-12`);
  // Only the meetings held while the person belonged to the cell.
  const visible = meetings.filter((m) => {
    const day = todayInVietnam(m.planned_at);
    return memberships.some((s) => s.cell_id === m.cell_id && s.from_on <= day && (s.to_on === null || s.to_on > day));
  });
  const ids = visible.map((m) => m.id);
  const texts = new Map((await w.meetingTexts(db, ids)).map((f) => [f.id, f]));
  const marks = new Map((await w.marksOf(db, personId, ids)).map((m) => [m.meeting_id, m.status]));
  const names = new Map(memberships.map((m) => [m.cell_id, m.cell_name]));
  return {
    memberships: memberships.map((m) => membershipView(m, settings, holidays, today)),
    meetings: visible.map((m) => ({
      ...meetingSummary(m, 0, settings, locale),
      cellName: names.get(m.cell_id) ?? '',
      documents: m.documents_posted_at ? (texts.get(m.id)?.documents ?? '') : '',
      resolution: texts.get(m.id)?.resolution ?? '',
      myStatus: marks.get(m.id) ?? null,
    })),
    dues: await w.duesOfPerson(db, personId, `${year}-01`),
  };
}
