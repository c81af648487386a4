// A cell meeting's documents as offices print them: the attendance register (sổ điểm danh) and the
// minutes (biên bản), each with the Party document heading (the committee above and the committee,
// "ĐẢNG CỘNG SẢN VIỆT NAM", the place-and-date line), the title, the facts, the table and the signature
// block. One model, rendered to PDF and Excel by the evaluation reports' renderers (as exemplars and
// planning do). Readers of the cell only: a member-only reader and anyone outside the scope get 404.
import type { Kysely } from 'kysely';
import type { MeetingView } from '../../../contracts/party-cells.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { type Block, type DocumentModel, formHeader, issuerOf, lineageAt, placeDateLine } from '../evaluation-reports/index.js';
import { getMeeting } from './party-cells.meetings.service.js';
import { readCell } from './party-cells.policy.js';
import { viMonth } from './party-cells.present.js';
import * as q from './party-cells.queries.js';

export type MeetingReportKind = 'attendance' | 'minutes';

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' }) : '…';

export async function meetingReport(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  id: string,
  kind: MeetingReportKind,
): Promise<{ doc: DocumentModel; cellId: string }> {
  const row = await q.meetingById(db, id);
  if (!row) throw notFound();
  await readCell(db, actor, row.cell_id);
  const m = await getMeeting(db, actor, locale, id);
  const day = todayInVietnam(new Date(m.plannedAt));
  const issuer = issuerOf(await lineageAt(db, m.cellId, day));
  const kindText = tAny(locale, `cells.report.kind.${m.kind}`);
  const title = t(locale, kind === 'attendance' ? 'cells.report.attendance.title' : 'cells.report.minutes.title');
  const facts: Block = {
    kind: 'fields',
    rows: [
      [t(locale, 'cells.report.cell'), m.cellName],
      [t(locale, 'cells.report.meeting'), `${kindText} ${viMonth(m.month)}`],
      [t(locale, 'cells.report.time'), `${time(m.startedAt ?? m.plannedAt)} – ${time(m.endedAt)}, ${formatViDate(day)}`],
      [t(locale, 'cells.report.place'), m.place],
      ...(m.topic ? [[t(locale, 'cells.report.topic'), m.topic] as [string, string]] : []),
      [t(locale, 'cells.report.present'), t(locale, 'cells.report.present_of', { present: m.present, expected: m.expected })],
    ],
  };
  const doc: DocumentModel = {
    title,
    locale,
    fileName: `${title} ${viMonth(m.month)} - ${m.cellName}`.replace(/[\\/:*?"<>|]+/g, ' '),
    sheetName: title.slice(0, 31),
    landscape: false,
    blocks: [
      formHeader(locale, 'PARTY', issuer, [m.cellName], placeDateLine(locale, issuer.place, day)),
      { kind: 'title', lines: [title, `${kindText} ${viMonth(m.month)}`] },
      facts,
      ...(kind === 'attendance' ? attendanceBlocks(locale, m) : minutesBlocks(locale, m)),
      {
        kind: 'signature',
        left: { title: t(locale, 'cells.report.clerk'), hint: t(locale, 'cells.report.sign_hint') },
        right: { title: t(locale, 'cells.report.chair'), hint: t(locale, 'cells.report.sign_hint') },
      },
    ],
  };
  return { doc, cellId: m.cellId };
}

function attendanceBlocks(locale: Locale, m: MeetingView): Block[] {
  return [
    {
      kind: 'table',
      headers: ['no', 'name', 'mark', 'reason', 'sign'].map((h) => tAny(locale, `cells.report.h.${h}`)),
      widths: [4, 22, 14, 20, 12],
      formats: ['int', 'text', 'text', 'text', 'text'],
      rows: m.attendance.map((a, n) => ({
        cells: [n + 1, a.name, a.status ? tAny(locale, `cells.report.mark.${a.status}`) : '', a.reason, ''],
      })),
    },
    ...(m.guests.length > 0
      ? [
          { kind: 'heading' as const, text: t(locale, 'cells.report.guests') },
          { kind: 'text' as const, text: m.guests.map((g) => (g.post ? `${g.name} (${g.post})` : g.name)).join('; ') },
        ]
      : []),
  ];
}

function minutesBlocks(locale: Locale, m: MeetingView): Block[] {
  const section = (key: 'agenda' | 'minutes' | 'resolution', text: string): Block[] =>
    text.trim()
      ? [
          { kind: 'heading', text: t(locale, `cells.report.section.${key}`) },
          { kind: 'text', text },
        ]
      : [];
  return [
    ...section('agenda', m.agenda),
    ...section('minutes', m.minutes),
    ...section('resolution', m.resolution),
    ...(m.tasks.length > 0
      ? ([
          { kind: 'heading', text: t(locale, 'cells.report.section.tasks') },
          {
            kind: 'table',
            headers: ['no', 'task', 'lead', 'due'].map((h) => tAny(locale, `cells.report.h.${h}`)),
            widths: [4, 30, 18, 12],
            formats: ['int', 'text', 'text', 'text'],
            rows: m.tasks.map((x, n) => ({ cells: [n + 1, x.title, x.leadName, formatViDate(x.dueDate)] })),
          },
        ] satisfies Block[])
      : []),
  ];
}
