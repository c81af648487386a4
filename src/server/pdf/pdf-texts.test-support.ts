// Test support: a minimal PDF text extractor for pdfmake output (any module's PDF tests use it).
// Documents mix fonts inside a word (the Tinos subsets, src/server/pdf/fonts.ts), so each text run
// is decoded with the ToUnicode map of the font selected (Tf) when it is drawn; runs on one line
// (the same Tm y) are joined as drawn — pdfmake keeps a word's trailing space in its run — and
// lines and table cells are separated by a space.
import { inflateSync } from 'node:zlib';

function parseCmap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      const dst = m[3].startsWith('[') ? [...m[3].matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => utf16(x[1])) : null;
      for (let c = lo; c <= hi; c++) {
        const key = c.toString(16).padStart(m[1].length, '0');
        if (dst) map.set(key, dst[c - lo] ?? '');
        else map.set(key, String.fromCharCode(parseInt(m[3].slice(1, -1), 16) + (c - lo)));
      }
    }
  }
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(m[1].toLowerCase(), utf16(m[2]));
  }
  return map;
}

interface PdfObject {
  dict: string;
  stream: string | null;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const m of raw.matchAll(/(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endobj', start);
    const body = raw.slice(start, end < 0 ? undefined : end);
    const s = /\bstream\r?\n/.exec(body);
    let stream: string | null = null;
    if (s) {
      const dict = body.slice(0, s.index);
      const len = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
      if (len >= 0) {
        const from = start + s.index + s[0].length;
        const bytes = pdf.subarray(from, from + len);
        try {
          stream = (/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes).toString('latin1');
        } catch {
          stream = null; // an image or a font program
        }
      }
      objects.set(Number(m[1]), { dict, stream });
    } else objects.set(Number(m[1]), { dict: body, stream: null });
  }
  return objects;
}

/** The text of each content stream (one per page), decoded with the fonts' ToUnicode maps. */
export function pdfTexts(pdf: Buffer): string[] {
  const objects = objectsOf(pdf);
  // Resource name (/F1) → the font object's ToUnicode map.
  const maps = new Map<string, Map<string, string>>();
  for (const o of objects.values()) {
    for (const r of o.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(r[2]));
      const toUnicode = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      if (cmap && !maps.has(r[1])) maps.set(r[1], parseCmap(cmap));
    }
  }
  const pages: string[] = [];
  for (const o of objects.values()) {
    const s = o.stream;
    if (!s || !/T[jJ]/.test(s) || s.includes('begincmap')) continue;
    let font = new Map<string, string>();
    let fontName = '';
    let lastFont = '';
    let y: string | null = null;
    let lineY: string | null = null;
    let text = '';
    for (const m of s.matchAll(
      /\/(F\d+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (m[1]) {
        font = maps.get(m[1]) ?? new Map();
        fontName = m[1];
      } else if (m[2] !== undefined) y = m[2];
      else {
        const hexes = m[3] !== undefined ? [...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]) : [m[4]];
        const run = hexes
          .map((hex) => (hex.toLowerCase().match(/.{4}/g) ?? []).map((code) => font.get(code) ?? '\u0000').join(''))
          .join('');
        // A new line, or a new cell of a table row (a word split across fonts changes font; the
        // same font again after a run without a trailing space is the next cell).
        if (text !== '' && (y !== lineY || (fontName === lastFont && !text.endsWith(' ')))) text += ' ';
        lineY = y;
        lastFont = fontName;
        text += run;
      }
    }
    pages.push(text);
  }
  return pages;
}
