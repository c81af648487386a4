// Streams the filtered people list as a workbook: a title row with the unit and the date, the
// headers, then one row per person, written page by page so memory stays flat. Labels, not codes
// (gender, kind, cadre group by name); dates as real dates; A4 landscape fit to width with the
// header row repeated on every page and frozen; rows as tall as their wrapped text. The headers are
// the import's, and the columns the system derives are skipped by it, so the file imports back as it is.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import { type Locale, t } from '../../i18n.js';
import { DATE_FORMAT, DOC_FONT, a4PageSetup, excelDate, linesFor, rowHeight } from '../../xlsx/print.js';
import type { PersonExportRow } from '../people/index.js';
import { type ColumnKey, GENDER_VALUES, KIND_VALUES, columnByKey } from './people-excel.columns.js';
import { DATA_SHEET } from './people-excel.template.js';
import { HEADER_FILL } from './people-excel.workbooks.js';

type Value = string | number | Date | null;
interface ExportColumn {
  header: string;
  width: number;
  value: (p: PersonExportRow, n: number) => Value;
  date?: boolean;
}

const asDate = (d: string | null): Date | null => (d ? excelDate(d) : null);
/** The header row: under the title and the subtitle, after a blank row. */
const HEADER_ROW = 4;
const FONT_SIZE = 10;
const label = (values: Array<{ label: string; value: string }>, v: string) => values.find((x) => x.value === v)?.label ?? v;

function exportColumns(locale: Locale, withCitizenId: boolean, groups: Map<string, string>): ExportColumn[] {
  const col = (key: ColumnKey, value: ExportColumn['value'], date = false): ExportColumn => ({
    header: columnByKey(key).header,
    width: columnByKey(key).width,
    value,
    date,
  });
  const cols: Array<ExportColumn | null> = [
    { header: t(locale, 'xlsx.col.stt'), width: 6, value: (_p, n) => n },
    col('familyName', (p) => p.familyName),
    col('middleName', (p) => p.middleName),
    col('givenName', (p) => p.givenName),
    col('gender', (p) => label(GENDER_VALUES, p.gender)),
    col('dateOfBirth', (p) => asDate(p.dateOfBirth), true),
    col('unitName', (p) => p.unitName),
    { header: t(locale, 'xlsx.col.posts'), width: 30, value: (p) => p.posts.join('; ') },
    col('hometown', (p) => p.hometownName),
    col('birthplace', (p) => p.birthplaceName),
    col('ethnicity', (p) => p.ethnicity),
    col('religion', (p) => p.religion),
    withCitizenId ? col('citizenId', (p) => p.citizenId) : null,
    col('educationLevel', (p) => p.educationLevel),
    col('professionalQualification', (p) => p.professionalQualification),
    col('politicalTheoryLevel', (p) => p.politicalTheoryLevel),
    col('stateManagementLevel', (p) => p.stateManagementLevel),
    col('partyAdmissionDate', (p) => asDate(p.partyAdmissionDate), true),
    col('partyFullDate', (p) => asDate(p.partyFullDate), true),
    col('kind', (p) => label(KIND_VALUES, p.kind)),
    col('cadreGroup', (p) => (p.cadreGroup ? (groups.get(p.cadreGroup) ?? p.cadreGroup) : null)),
    col('phone', (p) => p.phone),
    col('email', (p) => p.email),
    { header: t(locale, 'xlsx.col.retirement'), width: 14, value: (p) => asDate(p.retirementDate), date: true },
  ];
  return cols.filter((c): c is ExportColumn => c !== null);
}

/** Writes the workbook to `out` (ended when done) and returns the number of people written. */
export async function writePeopleExport(
  out: Writable,
  pages: AsyncIterable<PersonExportRow[]>,
  /** Cadre group code → its name in the reader's language. */
  opts: { locale: Locale; unitName: string; withCitizenId: boolean; groups: Map<string, string> },
): Promise<number> {
  const columns = exportColumns(opts.locale, opts.withCitizenId, opts.groups);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'CanBo';
  const ws = wb.addWorksheet(DATA_SHEET, {
    ...a4PageSetup(opts.locale, { landscape: true, titleRows: [HEADER_ROW, HEADER_ROW], pagesWide: 2, titleColumns: ['A', 'D'] }),
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 4 }],
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const font = (f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: DOC_FONT, size: FONT_SIZE, ...f });
  const title = ws.getRow(1);
  title.getCell(1).value = t(opts.locale, 'xlsx.export.title');
  title.getCell(1).font = font({ bold: true, size: 14 });
  title.height = rowHeight(1, 14);
  ws.mergeCells(1, 1, 1, columns.length);
  title.commit();
  const sub = ws.getRow(2);
  sub.getCell(1).value = t(opts.locale, 'xlsx.export.subtitle', { unit: opts.unitName, date: formatViDate(todayInVietnam()) });
  sub.getCell(1).font = font({ italic: true });
  ws.mergeCells(2, 1, 2, columns.length);
  sub.commit();
  const head = ws.getRow(HEADER_ROW);
  let headLines = 1;
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.fill = HEADER_FILL;
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    headLines = Math.max(headLines, linesFor(c.header, c.width, { bold: true, size: FONT_SIZE }));
  });
  head.height = rowHeight(headLines, FONT_SIZE);
  head.commit();
  let n = 0;
  for await (const page of pages) {
    for (const p of page) {
      n += 1;
      const row = ws.getRow(HEADER_ROW + n);
      let lines = 1;
      columns.forEach((c, i) => {
        const v = c.value(p, n);
        if (v === null || v === '') return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        cell.font = font();
        if (c.date) cell.numFmt = DATE_FORMAT;
        if (typeof v === 'string') {
          cell.alignment = { vertical: 'top', wrapText: true };
          lines = Math.max(lines, linesFor(v, c.width, { size: FONT_SIZE }));
        } else cell.alignment = { vertical: 'top' };
      });
      row.height = rowHeight(lines, FONT_SIZE);
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
  return n;
}
