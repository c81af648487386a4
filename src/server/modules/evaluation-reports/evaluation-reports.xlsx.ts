// A document model (evaluation-reports.document.ts) as a printable workbook, streamed. One sheet,
// laid out on a grid of columns that is the union of every table's own column edges, so each table
// keeps its own column widths (a cell spans the grid columns between its edges) and the heading's two
// halves line up. Rows are as tall as their wrapped text; numbers stay numbers with a number format
// in the reader's conventions; dates are real dates; A4, fit to width, the main table's header row
// repeated on every page (and frozen for lists), page numbers in the footer (src/server/xlsx).
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DATE_FORMAT, DOC_FONT, DOC_FONT_SIZE, a4PageSetup, excelDate, linesFor, numberFormat, rowHeight } from '../../xlsx/print.js';
import type { Block, Cell, ColumnFormat, DocumentModel } from './evaluation-reports.document.js';

/** The first column's running number (1, 2… or the part letters A, B) is centred, as offices write it. */
const runningNumber = (i: number, v: Cell) => i === 0 && (typeof v === 'number' || (typeof v === 'string' && v.length <= 3));

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };
type Table = Extract<Block, { kind: 'table' }>;

/** The sheet's printable width in Excel width units (A4 at fit-to-width). */
const sheetWidth = (landscape: boolean) => (landscape ? 150 : 100);

/** Each table's column edges on the sheet's width (0 … total). */
function edgesOf(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  let acc = 0;
  return [0, ...widths.map((w) => Math.round(((acc += w) / sum) * total))];
}

interface Grid {
  /** Grid column widths. */
  widths: number[];
  /** Edge position → 1-based grid column starting there. */
  column: Map<number, number>;
  total: number;
}

function gridOf(doc: DocumentModel): Grid {
  const total = sheetWidth(doc.landscape);
  const edges = new Set<number>([0, total, Math.round(total / 2)]);
  for (const b of doc.blocks) if (b.kind === 'table') for (const e of edgesOf(b.widths, total)) edges.add(e);
  const sorted = [...edges].sort((a, b) => a - b).filter((e, i, all) => i === 0 || e > all[i - 1]);
  const column = new Map<number, number>(sorted.map((e, i) => [e, i + 1]));
  return { widths: sorted.slice(1).map((e, i) => e - sorted[i]), column, total };
}

/** The table whose header rows repeat on every printed page: the list for lists, else the longest table. */
function mainTable(doc: DocumentModel): Table | null {
  const tables = doc.blocks.filter((b): b is Table => b.kind === 'table');
  return tables.reduce<Table | null>((a, b) => (!a || b.rows.length > a.rows.length ? b : a), null);
}

function setValue(c: ExcelJS.Cell, v: Cell, format: ColumnFormat | undefined, locale: DocumentModel['locale']) {
  if (v === null) return;
  if (typeof v === 'number') {
    c.value = v;
    c.numFmt = numberFormat(v, locale, { percent: format === 'percent', decimals: format === 'int' ? 0 : format === 'percent' ? 1 : 2 });
  } else if (format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    c.value = excelDate(v);
    c.numFmt = DATE_FORMAT;
  } else c.value = v;
}

export async function writeDocumentXlsx(out: Writable, doc: DocumentModel): Promise<void> {
  const grid = gridOf(doc);
  const n = grid.widths.length;
  const main = mainTable(doc);
  // The main table's header row: where it will land (counted by a dry run of the layout below).
  const mainHeaderRow = main ? rowsBefore(doc, main) + 1 : null;
  const list = !!main && main.rows.length >= 20;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'CanBo';
  const ws = wb.addWorksheet(doc.sheetName, {
    ...a4PageSetup(doc.locale, { landscape: doc.landscape, titleRows: mainHeaderRow ? [mainHeaderRow, mainHeaderRow] : undefined }),
    views: list && mainHeaderRow ? [{ state: 'frozen', ySplit: mainHeaderRow }] : [{}],
    properties: { defaultRowHeight: rowHeight(1) },
  });
  ws.columns = grid.widths.map((width) => ({ width }));
  const font = (f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: DOC_FONT, size: DOC_FONT_SIZE, ...f });
  const spanWidth = (from: number, to: number) => grid.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);

  let r = 0;
  let lines = 1;
  /** One merged, wrapped cell from grid column `from` to `to`. */
  const put = (text: string, f: Partial<ExcelJS.Font> = {}, align: 'left' | 'center' = 'left', from = 1, to = n) => {
    const c = ws.getRow(r).getCell(from);
    c.value = text;
    c.font = font(f);
    c.alignment = { horizontal: align, vertical: 'top', wrapText: true };
    if (to > from) ws.mergeCells(r, from, r, to);
    lines = Math.max(lines, linesFor(text, spanWidth(from, to), { bold: f.bold, size: f.size }));
  };
  const next = (fn: () => void) => {
    r += 1;
    lines = 1;
    fn();
    const row = ws.getRow(r);
    row.height = rowHeight(lines);
    row.commit();
  };
  const half = grid.column.get(Math.round(grid.total / 2))! - 1;

  for (const b of doc.blocks) {
    if (b.kind === 'header') {
      const left = [...b.left.map((text, i) => ({ text, f: { bold: i === b.left.length - 1 } }))];
      if (b.star) left.push({ text: '*', f: { bold: false } });
      if (b.number) left.push({ text: b.number, f: { bold: false } });
      const right: Array<{ text: string; f: Partial<ExcelJS.Font> }> = b.right.map((text, i) => ({
        text,
        f: { bold: i === 0, underline: i === b.right.length - 1 },
      }));
      if (b.placeDate) right.push({ text: b.placeDate, f: { italic: true } });
      for (let i = 0; i < Math.max(left.length, right.length); i++) {
        next(() => {
          if (left[i]) put(left[i].text, left[i].f, 'center', 1, half);
          if (right[i]) put(right[i].text, right[i].f, 'center', half + 1, n);
        });
      }
      next(() => {});
    } else if (b.kind === 'title') {
      for (const text of b.lines) next(() => put(text, { bold: true, size: 13 }, 'center'));
    } else if (b.kind === 'heading') {
      next(() => put(b.text, { bold: true }));
    } else if (b.kind === 'text') {
      next(() => put(b.text, { italic: b.italic }));
    } else if (b.kind === 'fields') {
      for (const [label, value] of b.rows) next(() => put(`${label}: ${value}`));
    } else if (b.kind === 'table') {
      const edges = edgesOf(b.widths, grid.total);
      const span = (i: number): [number, number] => [grid.column.get(edges[i])!, grid.column.get(edges[i + 1])! - 1];
      const cellAt = (i: number, v: Cell, style: (c: ExcelJS.Cell) => void) => {
        const [from, to] = span(i);
        for (let col = from; col <= to; col++) {
          const c = ws.getRow(r).getCell(col);
          c.border = BORDER;
          style(c);
        }
        if (to > from) ws.mergeCells(r, from, r, to);
        if (typeof v === 'string') lines = Math.max(lines, linesFor(v, spanWidth(from, to), { bold: false }));
      };
      next(() =>
        b.headers.forEach((h, i) => {
          cellAt(i, h, (c) => {
            c.font = font({ bold: true });
            c.fill = HEADER_FILL;
            c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
          });
          const [from, to] = span(i);
          ws.getRow(r).getCell(from).value = h;
          lines = Math.max(lines, linesFor(h, spanWidth(from, to), { bold: true }));
        }),
      );
      for (const row of b.rows) {
        next(() =>
          row.cells.forEach((v, i) => {
            cellAt(i, v, (c) => {
              c.font = font({ bold: row.bold ?? false });
              c.alignment = {
                vertical: 'top',
                horizontal: runningNumber(i, v) || b.formats?.[i] === 'date' ? 'center' : typeof v === 'number' ? 'right' : 'left',
                wrapText: typeof v === 'string',
              };
            });
            setValue(ws.getRow(r).getCell(span(i)[0]), v, b.formats?.[i], doc.locale);
          }),
        );
      }
    } else {
      next(() => {});
      if (b.dateLine) next(() => put(b.dateLine!, { italic: true }, 'center', half + 1, n));
      next(() => {
        put(b.left.title, { bold: true }, 'center', 1, half);
        put(b.right.title, { bold: true }, 'center', half + 1, n);
      });
      next(() => {
        put(b.left.hint, { italic: true }, 'center', 1, half);
        put(b.right.hint, { italic: true }, 'center', half + 1, n);
      });
      for (let i = 0; i < 3; i++) next(() => {});
      next(() => {
        put(b.left.name ?? '', { bold: true }, 'center', 1, half);
        put(b.right.name ?? '', { bold: true }, 'center', half + 1, n);
      });
    }
  }
  ws.commit();
  await wb.commit();
}

/** The rows written before `table`'s header row (mirrors the layout above). */
function rowsBefore(doc: DocumentModel, table: Table): number {
  let rows = 0;
  for (const b of doc.blocks) {
    if (b === table) return rows;
    if (b.kind === 'header')
      rows += Math.max(b.left.length + (b.star ? 1 : 0) + (b.number ? 1 : 0), b.right.length + (b.placeDate ? 1 : 0)) + 1;
    else if (b.kind === 'title') rows += b.lines.length;
    else if (b.kind === 'heading' || b.kind === 'text') rows += 1;
    else if (b.kind === 'fields') rows += b.rows.length;
    else if (b.kind === 'table') rows += 1 + b.rows.length;
    else rows += 7 + (b.dateLine ? 1 : 0);
  }
  return rows;
}
