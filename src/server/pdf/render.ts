// PDF rendering with pdfmake in Tinos (metric-compatible with Times New Roman, SIL Open Font
// License 1.1), shipped by the npm package @fontsource/tinos — never fonts of the machine, never a
// download. The package ships the font cut into Unicode subsets (latin, vietnamese, latin-ext…):
// a Vietnamese word needs two of them ("Nguyễn": N g u y n from latin, ễ from vietnamese), so every
// text is split into runs, each in the subset that covers it (fonts.ts). pdfkit reads the WOFF files
// directly. pdfmake is a process-wide singleton: it may fetch no remote resource and read nothing but
// these fonts. Every module's PDF goes through renderPdf, which also numbers the pages ("Trang 1/37").
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatNumber } from '../../domain/numbers.js';
import { type Locale, t } from '../i18n.js';
import { FONT_DIR, FONTS, withFontRuns } from './fonts.js';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: unknown, options?: unknown): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as PdfMake;
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(FONT_DIR));

/** The font family every document uses (defaultStyle.font): the latin subset of Tinos. */
export { PDF_FONT } from './fonts.js';

export interface PdfOptions {
  /** Uncompressed content streams (tests extract the text). */
  compress?: boolean;
}

/** "Trang 3/37" centred at the foot of every page. */
function pageFooter(locale: Locale) {
  return (page: number, pages: number) =>
    withFontRuns({ text: t(locale, 'pdf.page', { page, pages }), alignment: 'center', fontSize: 9, margin: [0, 8, 0, 0] });
}

/** Renders a pdfmake document definition in Tinos, with page numbers in the reader's language. */
export async function renderPdf(doc: Record<string, unknown>, locale: Locale): Promise<Buffer> {
  pdfmake.setFonts(FONTS);
  const def = withFontRuns(doc) as Record<string, unknown>;
  return pdfmake.createPdf({ footer: pageFooter(locale), ...def }).getBuffer();
}

/** A table cell's text: empty for null, numbers as the reader writes them ("1.396,5"). */
export const cellText = (v: string | number | null, locale: Locale = 'vi'): string =>
  v === null ? '' : typeof v === 'number' ? formatNumber(v, { decimals: 2 }, locale) : v;
