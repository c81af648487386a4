// A document model (evaluation-reports.document.ts) as a printable workbook (A4, fit to width),
// streamed so a province's published list keeps memory flat. Text lines span the table's width.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Block, DocumentModel } from './evaluation-reports.document.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };

/** The column layout: the widest table's, at least 6 columns. */
function columnsOf(doc: DocumentModel): number[] {
  const tables = doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  const widest = tables.reduce<Extract<Block, { kind: 'table' }> | null>((a, b) => (!a || b.widths.length > a.widths.length ? b : a), null);
  const weights = widest && widest.widths.length >= 6 ? widest.widths : [1, 1, 1, 1, 1, 1];
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.max(6, Math.round((w / sum) * (doc.landscape ? 150 : 100))));
}

export async function writeDocumentXlsx(out: Writable, doc: DocumentModel): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(doc.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: doc.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.2, footer: 0.2 },
    },
  });
  const widths = columnsOf(doc);
  const n = widths.length;
  ws.columns = widths.map((width) => ({ width }));
  let r = 0;
  const line = (text: string, font: Partial<ExcelJS.Font> = {}, align: 'left' | 'center' = 'left', from = 1, to = n) => {
    const row = ws.getRow(r);
    row.getCell(from).value = text;
    row.getCell(from).font = font;
    row.getCell(from).alignment = { horizontal: align, vertical: 'top', wrapText: true };
    if (to > from) ws.mergeCells(r, from, r, to);
  };
  const next = (fn: () => void) => {
    r += 1;
    fn();
    ws.getRow(r).commit();
  };
  const half = Math.max(1, Math.floor(n / 2));
  for (const b of doc.blocks) {
    if (b.kind === 'header') {
      for (let i = 0; i < Math.max(b.left.length, b.right.length); i++) {
        next(() => {
          if (b.left[i]) line(b.left[i], { bold: i === b.left.length - 1 }, 'center', 1, half);
          if (b.right[i]) line(b.right[i], { bold: i === 0, italic: i > 0 }, 'center', half + 1, n);
        });
      }
      next(() => {});
    } else if (b.kind === 'title') {
      for (const text of b.lines) next(() => line(text, { bold: true, size: 13 }, 'center'));
    } else if (b.kind === 'heading') {
      next(() => line(b.text, { bold: true }));
    } else if (b.kind === 'text') {
      next(() => line(b.text, { italic: b.italic }));
    } else if (b.kind === 'fields') {
      for (const [label, value] of b.rows) next(() => line(`${label}: ${value}`));
    } else if (b.kind === 'table') {
      next(() =>
        b.headers.forEach((h, i) => {
          const c = ws.getRow(r).getCell(i + 1);
          c.value = h;
          c.font = { bold: true };
          c.fill = HEADER_FILL;
          c.border = BORDER;
          c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        }),
      );
      for (const row of b.rows) {
        next(() =>
          row.cells.forEach((v, i) => {
            const c = ws.getRow(r).getCell(i + 1);
            c.value = v;
            c.border = BORDER;
            c.alignment = { vertical: 'top', wrapText: typeof v === 'string' };
            if (row.bold) c.font = { bold: true };
          }),
        );
      }
    } else {
      next(() => {});
      next(() => line(b.dateLine, { italic: true }, 'center', half + 1, n));
      next(() => {
        line(b.left.title, { bold: true }, 'center', 1, half);
        line(b.right.title, { bold: true }, 'center', half + 1, n);
      });
      next(() => {
        line(b.left.hint, { italic: true }, 'center', 1, half);
        line(b.right.hint, { italic: true }, 'center', half + 1, n);
      });
      for (let i = 0; i < 3; i++) next(() => {});
      next(() => {
        line(b.left.name ?? '', { bold: true }, 'center', 1, half);
        line(b.right.name ?? '', { bold: true }, 'center', half + 1, n);
      });
    }
  }
  ws.commit();
  await wb.commit();
}
