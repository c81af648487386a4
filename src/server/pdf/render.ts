// PDF rendering with pdfmake in the Roboto fonts shipped inside the pdfmake package (they cover
// Vietnamese), never fonts of the machine. pdfmake is a process-wide singleton: it may fetch no
// remote resource and read nothing but its own fonts. Every module's PDF goes through renderPdf.
import { createRequire } from 'node:module';
import path from 'node:path';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (p: string) => boolean): void;
  createPdf(doc: unknown, options?: unknown): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as PdfMake;
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONTS = {
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
};
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(FONT_DIR));

/** The font family every document uses (defaultStyle.font). */
export const PDF_FONT = 'Roboto';

export interface PdfOptions {
  /** Uncompressed content streams (tests extract the text). */
  compress?: boolean;
}

/** Renders a pdfmake document definition. */
export async function renderPdf(doc: Record<string, unknown>): Promise<Buffer> {
  pdfmake.setFonts(FONTS);
  return pdfmake.createPdf(doc).getBuffer();
}

/** A table cell's text: empty for null, numbers with the Vietnamese decimal comma. */
export const cellText = (v: string | number | null): string => (v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v);
