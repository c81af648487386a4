// A document model (evaluation-reports.document.ts) as an A4 PDF with pdfmake (src/server/pdf).
import { PDF_FONT, type PdfOptions, cellText, renderPdf } from '../../pdf/render.js';
import type { Block, DocumentModel } from './evaluation-reports.document.js';

const MARGIN = 36;
const contentWidth = (landscape: boolean) => (landscape ? 842 : 595) - 2 * MARGIN;

function widthsOf(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  // The table's borders and padding take a few points per column.
  const usable = total - weights.length * 9;
  return weights.map((w) => Math.floor((usable * w) / sum));
}

function blockOf(b: Block, width: number): unknown {
  switch (b.kind) {
    case 'header':
      return {
        columns: [
          { width: '45%', stack: b.left.map((text, i) => ({ text, bold: i === b.left.length - 1 })), alignment: 'center' },
          { width: '*', text: ' ' },
          { width: '45%', stack: b.right.map((text, i) => ({ text, bold: i === 0, italics: i > 0 })), alignment: 'center' },
        ],
        fontSize: 10,
        margin: [0, 0, 0, 10],
      };
    case 'title':
      return { stack: b.lines.map((text) => ({ text, bold: true })), fontSize: 12, alignment: 'center', margin: [0, 4, 0, 8] };
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
          widths: widthsOf(b.widths, width),
          body: [
            b.headers.map((h) => ({ text: h, bold: true, alignment: 'center', fillColor: '#E8EEF7' })),
            ...b.rows.map((r) =>
              r.cells.map((v) => ({ text: cellText(v), bold: r.bold ?? false, alignment: typeof v === 'number' ? 'right' : 'left' })),
            ),
          ],
        },
        fontSize: 8.5,
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
      return { margin: [0, 14, 0, 0], unbreakable: true, columns: [side(b.left, ' '), side(b.right, b.dateLine)] };
    }
  }
}

/** The pdfmake definition (exported for tests). */
export function pdfDefinition(doc: DocumentModel, opts: PdfOptions = {}) {
  const width = contentWidth(doc.landscape);
  return {
    pageSize: 'A4',
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    pageMargins: [MARGIN, 32, MARGIN, 32],
    compress: opts.compress ?? true,
    info: { title: doc.title, creator: 'CanBo' },
    defaultStyle: { font: PDF_FONT, fontSize: 10 },
    content: doc.blocks.map((b) => blockOf(b, width)),
  };
}

export function renderDocumentPdf(doc: DocumentModel, opts: PdfOptions = {}): Promise<Buffer> {
  return renderPdf(pdfDefinition(doc, opts));
}
