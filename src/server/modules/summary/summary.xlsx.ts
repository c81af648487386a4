// The summary as a printable workbook (landscape A4, fit to width): heading, the person table
// (lead and support rows), the unit table with the total, the note and the signature block.
// Streamed, so a province quarter with many people keeps memory flat.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Summary } from '../../../contracts/summary.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { type Locale, t } from '../../i18n.js';
import { heading, personHeaders, personRows, signature, unitHeaders, unitRows } from './summary.layout.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };

export async function writeSummaryXlsx(out: Writable, s: Summary, locale: Locale): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const width = personHeaders(locale).length;
  const ws = wb.addWorksheet(t(locale, 'summary.sheet'), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
    },
  });
  ws.columns = [{ width: 5 }, { width: 28 }, { width: 22 }, { width: 10 }, ...Array.from({ length: width - 4 }, () => ({ width: 10 }))];
  let r = 0;
  const line = (text: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}) => {
    r += 1;
    const row = ws.getRow(r);
    row.getCell(1).value = text;
    row.getCell(1).font = { bold: opts.bold, size: opts.size ?? 11 };
    if (opts.center) {
      ws.mergeCells(r, 1, r, width);
      row.getCell(1).alignment = { horizontal: 'center' };
    }
    row.commit();
  };
  const table = (headers: string[], rows: Array<Array<string | number | null>>, boldLast = false) => {
    r += 1;
    const h = ws.getRow(r);
    headers.forEach((v, i) => {
      const c = h.getCell(i + 1);
      c.value = v;
      c.font = { bold: true };
      c.fill = HEADER_FILL;
      c.border = BORDER;
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    h.commit();
    rows.forEach((vals, idx) => {
      r += 1;
      const row = ws.getRow(r);
      vals.forEach((v, i) => {
        const c = row.getCell(i + 1);
        c.value = v;
        c.border = BORDER;
        if (boldLast && idx === rows.length - 1) c.font = { bold: true };
      });
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
  const sig = signature(locale, todayInVietnam());
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
