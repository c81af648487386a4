// The summary as a printable PDF (landscape A4, pages numbered, table headers repeated on every page)
// with pdfmake (fonts and rendering: src/server/pdf); numbers as the reader writes them.
import type { Summary } from '../../../contracts/summary.js';
import { type Locale, t } from '../../i18n.js';
import { PDF_FONT, type PdfOptions, cellText, renderPdf } from '../../pdf/render.js';
import { heading, personHeaders, personRows, signature, unitHeaders, unitRows } from './summary.layout.js';

type Cell = string | number | null;

function tableOf(locale: Locale, headers: string[], rows: Cell[][], widths: Array<number | string>, boldLast = false) {
  const body = [
    headers.map((h) => ({ text: h, bold: true, alignment: 'center', fillColor: '#E8EEF7' })),
    ...rows.map((r, i) =>
      r.map((v, j) => ({
        text: cellText(v, locale),
        alignment: j > 1 && typeof v === 'number' ? 'right' : 'left',
        bold: boldLast && i === rows.length - 1,
      })),
    ),
  ];
  return { table: { headerRows: 1, widths, body }, fontSize: 7, margin: [0, 4, 0, 8] };
}

/** The document definition (exported for tests) and the rendered file. */
/** `place`: the unit's locality for the signature's place-and-date line (null: left blank). */
export function summaryDocument(s: Summary, locale: Locale, place: string | null, opts: PdfOptions = {}) {
  const hd = heading(locale, s);
  const sig = signature(locale, place);
  const metricWidths = Array.from({ length: personHeaders(locale).length - 4 }, () => '*');
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 28, 28, 36],
    compress: opts.compress ?? true,
    info: { title: hd.title, creator: 'CanBo' },
    defaultStyle: { font: PDF_FONT, fontSize: 9 },
    content: [
      { text: s.unit.name.toLocaleUpperCase('vi-VN'), bold: true },
      { text: hd.title, bold: true, fontSize: 13, alignment: 'center', margin: [0, 8, 0, 2] },
      { text: hd.rangeLine, alignment: 'center' },
      { text: hd.asOfLine, alignment: 'center', italics: true, margin: [0, 0, 0, 6] },
      { text: hd.unitLine },
      { text: t(locale, 'summary.section.people'), bold: true, margin: [0, 6, 0, 0] },
      tableOf(locale, personHeaders(locale), personRows(locale, s), [18, 90, 70, 36, ...metricWidths]),
      { text: t(locale, 'summary.section.units'), bold: true },
      tableOf(locale, unitHeaders(locale), unitRows(locale, s), [18, 196, ...metricWidths], true),
      { text: t(locale, 'summary.note'), italics: true, fontSize: 8 },
      {
        margin: [0, 12, 0, 0],
        unbreakable: true,
        columns: [
          { width: '*', stack: [{ text: ' ' }, { text: sig.left, bold: true }, { text: sig.hint, italics: true }], alignment: 'center' },
          {
            width: '*',
            stack: [
              { text: sig.dateLine, italics: true },
              { text: sig.right, bold: true },
              { text: sig.hint, italics: true },
            ],
            alignment: 'center',
          },
        ],
      },
    ],
  };
}

export async function renderSummaryPdf(s: Summary, locale: Locale, place: string | null, opts: PdfOptions = {}): Promise<Buffer> {
  return renderPdf(summaryDocument(s, locale, place, opts), locale);
}
