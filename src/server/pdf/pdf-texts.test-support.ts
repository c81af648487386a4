// Test support: a minimal PDF text extractor for pdfmake output (any module's PDF tests use it).
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

/**
 * The text of a PDF as decoded with each embedded font's ToUnicode map (one string per map):
 * enough to check that a heading is really in the rendered pages, compressed or not.
 */
export function pdfTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const m of raw.matchAll(/<<([\s\S]*?)>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const len = Number(/\/Length (\d+)/.exec(m[1])?.[1] ?? -1);
    if (len < 0) continue;
    const bytes = pdf.subarray(start, start + len);
    try {
      streams.push((/FlateDecode/.test(m[1]) ? inflateSync(bytes) : bytes).toString('latin1'));
    } catch {
      /* not a text stream */
    }
  }
  const cmaps = streams.filter((s) => s.includes('begincmap')).map(parseCmap);
  const runs: string[][] = [];
  for (const s of streams.filter((x) => /T[jJ]/.test(x) && !x.includes('begincmap'))) {
    for (const m of s.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      runs.push(m[1] !== undefined ? [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]) : [m[2]]);
    }
  }
  return cmaps.map((map) =>
    runs
      .map((parts) =>
        parts.map((hex) => (hex.toLowerCase().match(/.{4}/g) ?? []).map((code) => map.get(code) ?? '\u0000').join('')).join(''),
      )
      .join(' '),
  );
}
