// The committee's quarterly reports, laid out as offices print them (the Party heading with the committee
// above and the committee, the number line, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place-and-date line left
// blank for the signer, the title, the table, the signature block): on its cells' meetings (regular months
// held, themed meetings, attendance, documents posted for members) and on member development (admissions
// in the quarter and to date against the target, last year beside them, the candidates' pipeline). One
// model rendered to PDF and Excel by the evaluation reports' renderers. Readers of the committee only.
import type { Kysely } from 'kysely';
import { addDays, formatViDate, lastDayOfMonth, toCivilDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { assertUnitInScope, holds } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { type Block, type DocumentModel, fileTitle, formHeader, issuerOf, lineageAt, placeDateLine } from '../evaluation-reports/index.js';
import * as dq from './party-cells.dashboard.queries.js';
import * as q from './party-cells.queries.js';
import { progress } from './party-cells.recruitment.service.js';

const ROMAN = ['I', 'II', 'III', 'IV'];
const lastDayOf = (month: string) =>
  toCivilDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)), lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))));
const pct = (a: number, b: number) => (b > 0 ? Math.round((a * 1000) / b) / 10 : null);

export async function quarterlyReport(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  unitId: string,
  query: { year: number; quarter: number; kind: 'meetings' | 'development' },
): Promise<DocumentModel> {
  if (!holds(actor, 'cells.read')) throw notFound();
  const unit = await q.unitById(db, unitId);
  if (!unit) throw notFound();
  await assertUnitInScope(db, actor, 'cells.read', unitId);
  const { year, quarter } = query;
  const firstMonth = (quarter - 1) * 3 + 1;
  const start = toCivilDate(year, firstMonth, 1);
  const end = toCivilDate(year, firstMonth + 2, lastDayOfMonth(year, firstMonth + 2));
  const today = todayInVietnam();
  const asOf = end < today ? end : today;
  const issuer = issuerOf(await lineageAt(db, unit.id, asOf));
  const period = t(locale, 'cells.quarterly.period', { quarter: ROMAN[quarter - 1], year });
  const title = t(locale, query.kind === 'meetings' ? 'cells.quarterly.meetings.title' : 'cells.quarterly.development.title');
  const body =
    query.kind === 'meetings'
      ? await meetingBlocks(db, locale, unit.id, start, end, asOf)
      : await developmentBlocks(db, actor, locale, unit.id, year, start, asOf);
  return {
    title,
    locale,
    fileName: fileTitle([title, period, unit.name]),
    sheetName: title.slice(0, 31),
    landscape: query.kind === 'meetings',
    blocks: [
      formHeader(locale, 'PARTY', issuer, [unit.name], placeDateLine(locale, issuer.place, null)),
      { kind: 'title', lines: [title.toLocaleUpperCase(locale === 'vi' ? 'vi-VN' : 'en-GB'), period] },
      {
        kind: 'text',
        text: t(locale, 'cells.quarterly.as_of', { unit: unit.name, from: formatViDate(start), to: formatViDate(asOf) }),
        italic: true,
      },
      ...body,
      {
        kind: 'signature',
        left: { title: t(locale, 'cells.quarterly.recipients'), hint: t(locale, 'cells.quarterly.recipients_hint') },
        right: { title: t(locale, 'cells.quarterly.signer'), hint: t(locale, 'cells.report.sign_hint') },
      },
    ],
  };
}

async function meetingBlocks(db: Kysely<DB>, locale: Locale, unitId: string, start: string, end: string, asOf: string): Promise<Block[]> {
  const cells = await q.cellsUnder(db, unitId, asOf);
  const ids = cells.map((c) => c.id);
  const [meetings, members] = await Promise.all([
    q.meetingsOfCells(db, ids, start.slice(0, 7), end.slice(0, 7)),
    dq.membersOfCellsOn(db, ids, asOf),
  ]);
  const months = [0, 1, 2].map((i) => `${start.slice(0, 4)}-${String(Number(start.slice(5, 7)) + i).padStart(2, '0')}`);
  // A quarter in progress is judged on its months already over (as the cadence flags are); a meeting already
  // held in the current month still counts in the column.
  const judged = months.filter((m) => lastDayOf(m) <= asOf);
  const rows = cells.map((c) => {
    const held = meetings.filter((m) => m.cell_id === c.id && m.status === 'held');
    const regularMonths = new Set(held.filter((m) => m.kind !== 'themed').map((m) => m.month));
    const themed = held.filter((m) => m.kind !== 'regular').length;
    const present = held.reduce((s, m) => s + m.present, 0);
    const marked = held.reduce((s, m) => s + m.marked, 0);
    const posted = held.filter((m) => m.documents_posted_at !== null).length;
    return {
      name: c.name,
      regularMonths,
      members: members.filter((m) => m.cell_id === c.id).length,
      regular: months.filter((m) => regularMonths.has(m)).length,
      themed,
      present,
      marked,
      held: held.length,
      posted,
    };
  });
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const full = rows.filter((r) => judged.every((m) => r.regularMonths.has(m))).length;
  const withThemed = rows.filter((r) => r.themed > 0).length;
  const h = (k: string) => tAny(locale, `cells.quarterly.h.${k}`);
  return [
    { kind: 'heading', text: t(locale, 'cells.quarterly.meetings.summary_heading') },
    {
      kind: 'text',
      text: t(locale, 'cells.quarterly.meetings.summary', {
        full,
        months: judged.length,
        withThemed,
        total: rows.length,
        attendance:
          pct(
            sum((r) => r.present),
            sum((r) => r.marked),
          )?.toLocaleString('vi-VN') ?? '—',
        paperless:
          pct(
            sum((r) => r.posted),
            sum((r) => r.held),
          )?.toLocaleString('vi-VN') ?? '—',
      }),
    },
    {
      kind: 'table',
      headers: ['no', 'cell', 'members', 'regular', 'themed', 'attendance', 'paperless'].map(h),
      widths: [4, 26, 10, 12, 10, 12, 12],
      formats: ['int', 'text', 'int', 'int', 'int', 'percent', 'percent'],
      rows: [
        ...rows.map((r, n) => ({
          cells: [n + 1, r.name, r.members, r.regular, r.themed, pct(r.present, r.marked), pct(r.posted, r.held)],
        })),
        {
          bold: true,
          cells: [
            null,
            t(locale, 'cells.quarterly.total'),
            sum((r) => r.members),
            sum((r) => r.regular),
            sum((r) => r.themed),
            pct(
              sum((r) => r.present),
              sum((r) => r.marked),
            ),
            pct(
              sum((r) => r.posted),
              sum((r) => r.held),
            ),
          ],
        },
      ],
    },
    { kind: 'text', text: t(locale, 'cells.quarterly.meetings.note'), italic: true },
  ];
}

async function developmentBlocks(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  unitId: string,
  year: number,
  start: string,
  asOf: string,
): Promise<Block[]> {
  const now = await progress(db, actor, unitId, { year, asOf });
  const before = start.endsWith('-01-01') ? null : await progress(db, actor, unitId, { year, asOf: addDays(start, -1) });
  const h = (k: string) => tAny(locale, `cells.quarterly.h.${k}`);
  const total = now.rows.find((r) => r.total)!;
  return [
    { kind: 'heading', text: t(locale, 'cells.quarterly.development.summary_heading') },
    {
      kind: 'text',
      text: t(locale, 'cells.quarterly.development.summary', {
        admitted: total.admitted,
        target: total.target ?? '—',
        lastYear: total.lastYearToDate,
      }),
    },
    {
      kind: 'table',
      headers: ['no', 'unit', 'target', 'quarter', 'to_date', 'percent', 'last_year'].map(h),
      widths: [4, 26, 10, 10, 12, 10, 12],
      formats: ['int', 'text', 'int', 'int', 'int', 'percent', 'int'],
      rows: now.rows.map((r, n) => {
        const prior = before?.rows.find((b) => b.unitId === r.unitId)?.admitted ?? 0;
        return {
          bold: r.total,
          cells: [
            r.total ? null : n,
            r.name,
            r.target,
            r.admitted - prior,
            r.admitted,
            r.target ? pct(r.admitted, r.target) : null,
            r.lastYearToDate,
          ],
        };
      }),
    },
    { kind: 'heading', text: t(locale, 'cells.quarterly.development.pipeline') },
    {
      kind: 'table',
      headers: [h('stage'), h('count')],
      widths: [30, 10],
      formats: ['text', 'int'],
      rows: now.stages.map((s) => ({ cells: [tAny(locale, `cells.quarterly.stage.${s.stage}`), s.count] })),
    },
  ];
}
