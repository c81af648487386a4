// Streams the filtered people list as a workbook: a title row with the unit and the date, the
// headers, then one row per person, written page by page so memory stays flat.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatViDate, parseCivilDate, todayInVietnam } from '../../../domain/dates.js';
import { type Locale, t } from '../../i18n.js';
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

const asDate = (d: string | null): Date | null => {
  if (!d) return null;
  const c = parseCivilDate(d);
  return new Date(Date.UTC(c.year, c.month - 1, c.day));
};
const label = (values: Array<{ label: string; value: string }>, v: string) => values.find((x) => x.value === v)?.label ?? v;

function exportColumns(locale: Locale, withCitizenId: boolean): ExportColumn[] {
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
    col('cadreGroup', (p) => p.cadreGroup),
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
  opts: { locale: Locale; unitName: string; withCitizenId: boolean },
): Promise<number> {
  const columns = exportColumns(opts.locale, opts.withCitizenId);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'CanBo';
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const title = ws.getRow(1);
  title.getCell(1).value = t(opts.locale, 'xlsx.export.title');
  title.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, columns.length);
  title.commit();
  const sub = ws.getRow(2);
  sub.getCell(1).value = t(opts.locale, 'xlsx.export.subtitle', { unit: opts.unitName, date: formatViDate(todayInVietnam()) });
  sub.font = { italic: true };
  ws.mergeCells(2, 1, 2, columns.length);
  sub.commit();
  const head = ws.getRow(4);
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.fill = HEADER_FILL;
  });
  head.font = { bold: true };
  head.commit();
  let n = 0;
  for await (const page of pages) {
    for (const p of page) {
      n += 1;
      const row = ws.getRow(4 + n);
      columns.forEach((c, i) => {
        const v = c.value(p, n);
        if (v === null || v === '') return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        if (c.date) cell.numFmt = 'dd/mm/yyyy';
      });
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
  return n;
}
