// The Tinos subsets of @fontsource/tinos as pdfmake font families, and the split of a text into
// runs each set in the subset that has its glyphs. The subsets' code-point ranges come from the
// package's own unicode.json, so a new package version cannot silently drop a letter.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const FONT_DIR = path.dirname(require.resolve('@fontsource/tinos/package.json'));

/** In order of preference: a character goes to the first subset that covers it. */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
type Subset = (typeof SUBSETS)[number];
const FAMILY: Record<Subset, string> = { latin: 'Tinos', vietnamese: 'TinosVi', 'latin-ext': 'TinosExt' };

/** The family a document names as its default font. */
export const PDF_FONT = FAMILY.latin;

const file = (subset: Subset, weight: 400 | 700, style: 'normal' | 'italic') =>
  path.join(FONT_DIR, 'files', `tinos-${subset}-${weight}-${style}.woff`);

export const FONTS: Record<string, Record<string, string>> = Object.fromEntries(
  SUBSETS.map((s) => [
    FAMILY[s],
    { normal: file(s, 400, 'normal'), bold: file(s, 700, 'normal'), italics: file(s, 400, 'italic'), bolditalics: file(s, 700, 'italic') },
  ]),
);

/** "U+0102-0103,U+0110" → [[0x102, 0x103], [0x110, 0x110]] */
function parseRanges(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo, 16), parseInt(hi ?? lo, 16)];
  });
}

const RANGES: Array<{ family: string; ranges: Array<[number, number]> }> = (() => {
  const json = JSON.parse(readFileSync(path.join(FONT_DIR, 'unicode.json'), 'utf8')) as Record<string, string>;
  return SUBSETS.map((s) => ({ family: FAMILY[s], ranges: parseRanges(json[s]) }));
})();

function familyOf(codePoint: number): string {
  for (const r of RANGES) if (r.ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi)) return r.family;
  return PDF_FONT;
}

export interface Run {
  text: string;
  font: string;
}

/** Splits a text into runs of one family each (consecutive characters of one family stay together). */
export function fontRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const family = familyOf(ch.codePointAt(0)!);
    const last = runs[runs.length - 1];
    if (last && last.font === family) last.text += ch;
    else runs.push({ text: ch, font: family });
  }
  return runs;
}

/** A text node's `text`: the plain string when the default family covers it all, else the runs. */
function runsOf(text: string): string | Run[] {
  const runs = fontRuns(text);
  return runs.length === 1 && runs[0].font === PDF_FONT ? text : runs;
}

/** An inline of a text array as inlines of one family each, each keeping the inline's own style. */
function inlineRuns(inline: unknown): unknown[] {
  if (typeof inline === 'string') return fontRuns(inline);
  if (inline && typeof inline === 'object' && typeof (inline as { text?: unknown }).text === 'string') {
    const o = inline as Record<string, unknown> & { text: string };
    return fontRuns(o.text).map((r) => ({ ...o, text: r.text, font: r.font }));
  }
  return [withFontRuns(inline)];
}

const CONTAINERS = ['content', 'stack', 'columns', 'ul', 'ol'];

/**
 * A pdfmake node (or a whole document definition) with every text split into font runs. Only
 * content positions are touched: `text` values, and strings inside content arrays and table bodies.
 */
export function withFontRuns(node: unknown): unknown {
  if (typeof node === 'string') return { text: runsOf(node) };
  if (Array.isArray(node)) return node.map(withFontRuns);
  if (!node || typeof node !== 'object') return node;
  const o: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  if (typeof o.text === 'string') o.text = runsOf(o.text);
  else if (Array.isArray(o.text)) o.text = o.text.flatMap(inlineRuns);
  for (const key of CONTAINERS) if (Array.isArray(o[key])) o[key] = (o[key] as unknown[]).map(withFontRuns);
  if (o.table && typeof o.table === 'object') {
    const table = o.table as { body?: unknown[][] };
    if (Array.isArray(table.body))
      o.table = { ...table, body: table.body.map((row) => (Array.isArray(row) ? row.map(withFontRuns) : row)) };
  }
  return o;
}
