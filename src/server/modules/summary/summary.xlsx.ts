// The summary as a printable workbook (landscape A4, fit to width, the person table's header row
// repeated on every page and frozen, page numbers): heading, the person table (lead and support
// rows), the unit table with the total, the note and the signature block. Numbers stay numbers with
// formats in the reader's conventions; rows grow for wrapped names. Streamed, so a province quarter
// with many people keeps memory flat.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Summary } from '../../../contracts/summary.js';
import { type Locale, t } from '../../i18n.js';
import { DOC_FONT, a4PageSetup, linesFor, numberFormat, rowHeight } from '../../xlsx/print.js';
import { METRIC_COLUMNS, heading, personHeaders, personRows, signature, unitHeaders, unitRows } from './summary.layout.js';

/** The person table's header row (after the six heading lines). */
const PERSON_HEADER_ROW = 7;
const COLUMN_WIDTHS = (metrics: number) => [5, 28, 22, 10, ...Array.from({ length: metrics }, () => 10)];

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };

export async function writeSummaryXlsx(out: Writable, s: Summary, locale: Locale, place: string | null): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const width = personHeaders(locale).length;
  const ws = wb.addWorksheet(t(locale, 'summary.sheet'), {
    ...a4PageSetup(locale, { landscape: true, titleRows: [PERSON_HEADER_ROW, PERSON_HEADER_ROW] }),
    views: [{ state: 'frozen', ySplit: PERSON_HEADER_ROW }],
  });
  const widths = COLUMN_WIDTHS(width - 4);
  ws.columns = widths.map((w) => ({ width: w }));
  const total = widths.reduce((a, b) => a + b, 0);
  const font = (f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: DOC_FONT, size: 11, ...f });
  const pctFrom = 4 + METRIC_COLUMNS.indexOf('donePct');
  let r = 0;
  const line = (text: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}) => {
    r += 1;
    const row = ws.getRow(r);
    row.getCell(1).value = text;
    row.getCell(1).font = font({ bold: opts.bold, size: opts.size ?? 11 });
    // Every line spans the sheet and wraps, with a row tall enough for its lines.
    ws.mergeCells(r, 1, r, width);
    row.getCell(1).alignment = { horizontal: opts.center ? 'center' : 'left', vertical: 'top', wrapText: true };
    row.height = rowHeight(linesFor(text, total, { bold: opts.bold, size: opts.size ?? 11 }), opts.size ?? 11);
    row.commit();
  };
  const table = (headers: string[], rows: Array<Array<string | number | null>>, boldLast = false) => {
    r += 1;
    const h = ws.getRow(r);
    let lines = 1;
    headers.forEach((v, i) => {
      const c = h.getCell(i + 1);
      c.value = v;
      c.font = font({ bold: true });
      c.fill = HEADER_FILL;
      c.border = BORDER;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      lines = Math.max(lines, linesFor(v, widths[i], { bold: true, size: 11 }));
    });
    h.height = rowHeight(lines, 11);
    h.commit();
    rows.forEach((vals, idx) => {
      r += 1;
      const row = ws.getRow(r);
      let rowLines = 1;
      vals.forEach((v, i) => {
        const c = row.getCell(i + 1);
        c.value = v;
        c.border = BORDER;
        c.font = font({ bold: boldLast && idx === rows.length - 1 });
        c.alignment = { vertical: 'top' };
        if (typeof v === 'number') c.numFmt = numberFormat(v, locale, { percent: i >= pctFrom, decimals: i >= pctFrom ? 1 : 2 });
        else if (typeof v === 'string') {
          c.alignment = { vertical: 'top', wrapText: true };
          rowLines = Math.max(rowLines, linesFor(v, widths[i], { size: 11 }));
        }
      });
      row.height = rowHeight(rowLines, 11);
      row.commit();
    });
  };
  const hd = heading(locale, s);
  line(s.unit.name.toLocaleUpperCase('vi-VN'), { bold: true });
  line(hd.title, { bold: true, size: 14, center: true });
  line(hd.rangeLine, { center: true });
  line(hd.asOfLine, { center: true });
  line(hd.unitLine);
  line(t(locale, 'summary.section.people'), { bold: true });
  table(personHeaders(locale), personRows(locale, s));
  line('');
  line(t(locale, 'summary.section.units'), { bold: true });
  // Unit table: the unit name spans the name/post/role columns of the person table.
  const padded = (rows: Array<Array<string | number | null>>) => rows.map(([no, name, ...m]) => [no, name, null, null, ...m]);
  const uh = unitHeaders(locale);
  table([uh[0], uh[1], '', '', ...uh.slice(2)], padded(unitRows(locale, s)), true);
  line(t(locale, 'summary.note'));
  const sig = signature(locale, place);
  line('');
  r += 1;
  const sigRows = [
    [sig.dateLine, 'date'],
    [sig.left, sig.right],
    [sig.hint, sig.hint],
  ] as const;
  for (const [left, right] of sigRows) {
    const row = ws.getRow(r);
    if (right === 'date') {
      row.getCell(width - 4).value = left;
      row.getCell(width - 4).font = { italic: true };
    } else {
      row.getCell(2).value = left;
      row.getCell(width - 4).value = right;
      row.getCell(2).font = { bold: left === sig.left };
      row.getCell(width - 4).font = { bold: right === sig.right, italic: right === sig.hint };
    }
    row.commit();
    r += 1;
  }
  ws.commit();
  await wb.commit();
}
