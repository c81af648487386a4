// The member list of a cell or a committee on a day as a workbook (the import's columns, so it re-imports;
// the name and date of birth before them for the reader), and the empty import template with the unit's
// cells and the allowed values on a second sheet. Citizen IDs only for who may see them in full.
import ExcelJS from 'exceljs';
import { formatViDate } from '../../../domain/dates.js';
import { type Locale, t } from '../../i18n.js';
import type * as aq from './party-cells.admin.queries.js';
import { JOINED_LABELS, KIND_LABELS, MEMBER_COLUMNS } from './party-cells.members-excel.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const header = (locale: Locale, headers: string[]) => (locale === 'en' ? headers[headers.length - 1] : headers[0]);
const label = (locale: Locale, l: [string, string]) => (locale === 'en' ? l[1] : l[0]);
const viDate = (d: string | null) => (d ? formatViDate(d) : '');

function sheetWithHeaders(wb: ExcelJS.Workbook, name: string, columns: Array<{ header: string; width: number }>) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: '@' } }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  columns.forEach((_, i) => (head.getCell(i + 1).fill = HEADER_FILL));
  return ws;
}

function aboutSheet(wb: ExcelJS.Workbook, locale: Locale, lines: Array<[string, string]>) {
  const ws = wb.addWorksheet(t(locale, 'cells.xlsx.about'));
  ws.columns = [{ width: 34 }, { width: 80 }];
  for (const l of lines) ws.addRow(l);
  ws.getColumn(1).font = { bold: true };
}

const listLines = (locale: Locale) =>
  [
    [
      t(locale, 'cells.xlsx.kinds'),
      Object.values<[string, string]>(KIND_LABELS)
        .map((l) => label(locale, l))
        .join('; '),
    ],
    [
      t(locale, 'cells.xlsx.joined'),
      Object.values<[string, string]>(JOINED_LABELS)
        .map((l) => label(locale, l))
        .join('; '),
    ],
    [t(locale, 'cells.xlsx.dates'), 'dd/mm/yyyy'],
  ] as Array<[string, string]>;

export async function membersWorkbook(
  locale: Locale,
  unitName: string,
  asOf: string,
  rows: Awaited<ReturnType<typeof aq.memberListOn>>,
  withCitizenId: boolean,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CanBo';
  const columns = MEMBER_COLUMNS.filter((c) => withCitizenId || c.key !== 'citizenId').filter((c) => c.key !== 'ageException');
  const ws = sheetWithHeaders(wb, t(locale, 'cells.xlsx.sheet'), [
    { header: locale === 'en' ? 'No.' : 'STT', width: 6 },
    { header: locale === 'en' ? 'Full name' : 'Họ và tên', width: 28 },
    { header: locale === 'en' ? 'Date of birth' : 'Ngày sinh', width: 14 },
    ...columns.map((c) => ({ header: header(locale, c.headers), width: c.width })),
  ]);
  rows.forEach((r, n) => {
    const value: Record<string, string> = {
      citizenId: r.citizen_id ?? '',
      cell: r.cell_name,
      kind: label(locale, KIND_LABELS[r.kind]),
      fromOn: viDate(r.from_on),
      joinedHow: label(locale, JOINED_LABELS[r.joined_how]),
      admissionDecisionOn: viDate(r.admission_decision_on),
      ceremonyOn: viDate(r.ceremony_on),
      fullVoteOn: viDate(r.full_vote_on),
      fullDecisionOn: viDate(r.full_decision_on),
      cardNumber: r.card_number ?? '',
    };
    ws.addRow([n + 1, r.name, viDate(r.date_of_birth), ...columns.map((c) => value[c.key] ?? '')]);
  });
  aboutSheet(wb, locale, [
    [t(locale, 'cells.xlsx.unit'), unitName],
    [t(locale, 'cells.xlsx.asOf'), formatViDate(asOf)],
    [t(locale, 'cells.xlsx.count'), String(rows.length)],
    ...listLines(locale),
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The empty template: the import's columns (required ones marked *), and the unit's cells with the allowed values. */
export async function membersTemplate(locale: Locale, cells: Array<{ name: string }>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CanBo';
  sheetWithHeaders(
    wb,
    t(locale, 'cells.xlsx.sheet'),
    MEMBER_COLUMNS.map((c) => ({ header: `${header(locale, c.headers)}${c.required ? ' *' : ''}`, width: c.width })),
  );
  aboutSheet(wb, locale, [
    [t(locale, 'cells.xlsx.cells'), cells.map((c) => c.name).join('; ')],
    ...listLines(locale),
    [t(locale, 'cells.xlsx.rules'), t(locale, 'cells.xlsx.rules_text')],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
