// What every printable workbook shares: A4 page setup (orientation, fit to the page's width, margins,
// the header rows repeated on every page, page numbers in the footer), the number formats that show
// numbers as the reader writes them, real dates, and row heights estimated for wrapped text (Excel
// does not grow a row for a merged cell's text, so without them wrapped lines overlap the next rows).
import type ExcelJS from 'exceljs';
import { parseCivilDate } from '../../domain/dates.js';
import { type NumberLocale, excelNumberFormat } from '../../domain/numbers.js';
import { type Locale, t } from '../i18n.js';

/** The font of printed documents (Tinos in the PDFs is metric-compatible with it). */
export const DOC_FONT = 'Times New Roman';
export const DOC_FONT_SIZE = 12;

/** A4, fit to one page wide (or `pagesWide`), 2 cm on the binding side, the title rows repeated, "Trang 1/3" at the foot. */
export function a4PageSetup(
  locale: Locale,
  o: {
    landscape: boolean;
    titleRows?: [number, number];
    /** A wide list (the people export, 24 columns) prints two pages wide, its name columns repeated on each. */
    pagesWide?: number;
    titleColumns?: [string, string];
  },
): { pageSetup: Partial<ExcelJS.PageSetup>; headerFooter: Partial<ExcelJS.HeaderFooter> } {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: o.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: o.pagesWide ?? 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.79, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      ...(o.titleRows ? { printTitlesRow: `${o.titleRows[0]}:${o.titleRows[1]}` } : {}),
      ...(o.titleColumns ? { printTitlesColumn: `${o.titleColumns[0]}:${o.titleColumns[1]}` } : {}),
    },
    // &P the page, &N the pages (Excel's footer codes).
    headerFooter: { oddFooter: `&C${t(locale, 'pdf.page', { page: '&P', pages: '&N' })}` },
  };
}

/** A civil date "yyyy-mm-dd" as an Excel date (midnight UTC: Excel dates have no time zone). */
export function excelDate(civil: string): Date {
  const d = parseCivilDate(civil);
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

export const DATE_FORMAT = 'dd/mm/yyyy';

/** The number format of one value: grouping, only the decimals it has (up to 2), "%" for percentages. */
export const numberFormat = (n: number, locale: NumberLocale, o: { percent?: boolean; decimals?: number } = {}) =>
  excelNumberFormat(n, { decimals: o.decimals ?? 2, percent: o.percent, locale });

/**
 * The lines a text takes in a column `width` characters wide (Excel's width unit is about one digit
 * of the default font; Vietnamese letters with marks are no wider). Bold text is ~8 % wider; each
 * explicit line break starts a line.
 */
export function linesFor(text: string, width: number, o: { bold?: boolean; size?: number } = {}): number {
  // Times New Roman's letters average ~0.9 of the width unit at 11 pt (measured on LibreOffice's rendering).
  const scale = ((o.size ?? DOC_FONT_SIZE) / 11) * 0.9 * (o.bold ? 1.08 : 1);
  const usable = Math.max(1, width - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    // Word wrap: a word that does not fit on the line starts the next one.
    let line = 0;
    let count = 1;
    for (const word of para.split(/\s+/)) {
      const w = [...word].length * scale;
      if (line > 0 && line + 1 + w > usable) {
        count += 1;
        line = w;
      } else line += (line > 0 ? 1 : 0) + w;
      while (line > usable) {
        count += 1;
        line -= usable;
      }
    }
    lines += count;
  }
  return lines;
}

/** A row height in points for `lines` lines of the document font. */
export const rowHeight = (lines: number, size = DOC_FONT_SIZE) => Math.max(1, lines) * Math.ceil(size * 1.2) + 3;
