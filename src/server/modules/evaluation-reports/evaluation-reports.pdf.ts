// A document model (evaluation-reports.document.ts) as an A4 PDF with pdfmake (src/server/pdf): set
// in Tinos, the Party heading (committees, star, number | motto, place and date), tables whose
// header rows repeat on every page, numbers and dates as the reader writes them, pages numbered.
import { formatViDate } from '../../../domain/dates.js';
import { formatNumber, formatPercent } from '../../../domain/numbers.js';
import type { Locale } from '../../i18n.js';
import { PDF_FONT, type PdfOptions, renderPdf } from '../../pdf/render.js';
import type { Block, Cell, ColumnFormat, DocumentModel } from './evaluation-reports.document.js';

/** The first column's running number (1, 2… or the part letters A, B) is centred, as offices write it. */
const runningNumber = (i: number, v: Cell) => i === 0 && (typeof v === 'number' || (typeof v === 'string' && v.length <= 3));

const MARGIN = 36;
const contentWidth = (landscape: boolean) => (landscape ? 842 : 595) - 2 * MARGIN;

function widthsOf(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  // The table's borders and padding take a few points per column.
  const usable = total - weights.length * 9;
  return weights.map((w) => Math.floor((usable * w) / sum));
}

/** A cell as text: counts and scores with the reader's separators, percentages with "%", dates dd/mm/yyyy. */
export function cellText(v: Cell, format: ColumnFormat | undefined, locale: Locale): string {
  if (v === null) return '';
  if (typeof v === 'number') {
    if (format === 'percent') return formatPercent(v, { decimals: 1 }, locale);
    return formatNumber(v, { decimals: format === 'int' ? 0 : 2 }, locale);
  }
  return format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatViDate(v) : v;
}

function headerOf(b: Extract<Block, { kind: 'header' }>): unknown {
  const left: unknown[] = b.left.map((text, i) => ({ text, bold: i === b.left.length - 1 }));
  if (b.star) left.push({ text: '*' });
  if (b.number) left.push({ text: b.number, fontSize: 11 });
  const right: unknown[] = b.right.map((text, i) => ({
    text,
    bold: i === 0,
    decoration: i === b.right.length - 1 ? 'underline' : undefined,
  }));
  if (b.placeDate) right.push({ text: b.placeDate, italics: true, fontSize: 12, margin: [0, 6, 0, 0] });
  return {
    columns: [
      { width: '46%', stack: left, alignment: 'center' },
      { width: '*', text: ' ' },
      { width: '50%', stack: right, alignment: 'center' },
    ],
    fontSize: 12,
    margin: [0, 0, 0, 12],
  };
}

function blockOf(b: Block, width: number, locale: Locale): unknown {
  switch (b.kind) {
    case 'header':
      return headerOf(b);
    case 'title':
      return { stack: b.lines.map((text) => ({ text, bold: true })), fontSize: 13, alignment: 'center', margin: [0, 4, 0, 8] };
    case 'heading':
      return { text: b.text, bold: true, margin: [0, 8, 0, 3] };
    case 'text':
      return { text: b.text, italics: b.italic ?? false, margin: [0, 1, 0, 1] };
    case 'fields':
      return {
        stack: b.rows.map(([label, value]) => ({ text: [{ text: `${label}: ` }, { text: value, bold: true }], margin: [0, 1, 0, 1] })),
      };
    case 'table':
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: widthsOf(b.widths, width),
          body: [
            b.headers.map((h) => ({ text: h, bold: true, alignment: 'center', fillColor: '#E8EEF7' })),
            ...b.rows.map((r) =>
              r.cells.map((v, i) => ({
                text: cellText(v, b.formats?.[i], locale),
                bold: r.bold ?? false,
                alignment: runningNumber(i, v) || b.formats?.[i] === 'date' ? 'center' : typeof v === 'number' ? 'right' : 'left',
              })),
            ),
          ],
        },
        fontSize: 10,
        margin: [0, 3, 0, 6],
      };
    case 'signature': {
      const side = (s: { title: string; hint: string; name?: string }, date: string) => ({
        width: '*',
        alignment: 'center',
        stack: [
          { text: date, italics: true },
          { text: s.title, bold: true },
          { text: s.hint, italics: true },
          { text: ' \n \n \n ' },
          { text: s.name ?? '', bold: true },
        ],
      });
      return { margin: [0, 14, 0, 0], unbreakable: true, columns: [side(b.left, ' '), side(b.right, b.dateLine ?? ' ')] };
    }
  }
}

/** The pdfmake definition (exported for tests). */
export function pdfDefinition(doc: DocumentModel, opts: PdfOptions = {}) {
  const width = contentWidth(doc.landscape);
  return {
    pageSize: 'A4',
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    // Left margin wider for binding, as offices file the forms; room at the foot for the page number.
    pageMargins: [MARGIN + 14, 32, MARGIN - 6, 40],
    compress: opts.compress ?? true,
    info: { title: doc.title, creator: 'CanBo' },
    defaultStyle: { font: PDF_FONT, fontSize: 12 },
    content: doc.blocks.map((b) => blockOf(b, width - 8, doc.locale)),
  };
}

export function renderDocumentPdf(doc: DocumentModel, opts: PdfOptions = {}): Promise<Buffer> {
  return renderPdf(pdfDefinition(doc, opts), doc.locale);
}
