// Reads the people sheet of an uploaded workbook with exceljs's streaming reader: measured on
// 50,000 rows × 21 columns it took 1.8 s and 170 MB, against 3.4 s and 730 MB for the
// whole-workbook reader.
import { Readable, Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../contracts/people-excel.js';
import { foldDiacritics } from '../../../domain/names.js';
import { type HeaderMap, mapHeaders } from './people-excel.columns.js';

export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The Excel row number (1-based), as the user sees it. */
  row: number;
  /** Cell values by column position (index 0 unused). */
  cells: Cell[];
}

export interface ReadSheet {
  headerRow: number;
  /** Header texts by column position, as written in the file. */
  headers: Map<number, string>;
  map: HeaderMap;
  rows: SheetRow[];
}

/** The file as a whole cannot be imported; `key` is an i18n key. */
export class ImportFileError extends Error {
  constructor(
    readonly key: string,
    readonly params?: Record<string, unknown>,
  ) {
    super(key);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An .xlsx file is a zip archive; anything else is refused before a job starts. */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/**
 * A whole zip (its end-of-directory record is there, so the upload was not cut short) that names
 * the parts every workbook has: anything else is refused at once with a 400, not left to the job.
 */
export const looksLikeXlsx = (buf: Buffer) =>
  buf.length > 22 &&
  buf.subarray(0, 4).equals(ZIP_MAGIC) &&
  buf.lastIndexOf(ZIP_END, buf.length - 22) >= Math.max(0, buf.length - 22 - 0xffff) &&
  buf.includes('[Content_Types].xml', 0, 'latin1') &&
  buf.includes('xl/workbook.xml', 0, 'latin1');

/** Rows searched for the header row (exports and hand-made sheets put titles above it). */
const HEADER_SEARCH_ROWS = 10;
const SKIPPED_SHEETS = new Set(['huong dan', 'instructions', 'danh muc']);

/** An exceljs cell value → a plain value: rich text and hyperlinks become text, formulas their result. */
export function plainCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? null : s;
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return plainCell(o.richText.map((r) => r.text).join(''));
    if ('result' in o) return plainCell(o.result);
    if (o.text !== undefined) return plainCell(o.text);
    if (o.error) return o.error;
  }
  return null;
}

export const cellText = (c: Cell): string => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c));

// exceljs 4.4.0's streaming reader decodes each zip chunk on its own, so a Vietnamese letter
// (2–3 bytes in UTF-8) cut by a chunk boundary turns into U+FFFD — measured: 7 damaged cells in
// 30,000 rows. Its decoder passes strings through untouched, so this reader hands it text that
// a streaming decoder has already assembled (worksheets and the shared-strings table).
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const c of chunks) {
    const s = typeof c === 'string' ? c : decoder.write(c);
    if (s) yield s;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function utf8Stream(): Transform {
  const decoder = new StringDecoder('utf8');
  return new Transform({
    readableObjectMode: true,
    transform: (chunk: Buffer, _enc, cb) => cb(null, decoder.write(chunk) || undefined),
    flush: (cb) => cb(null, decoder.end() || undefined),
  });
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}
const BaseReader = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (input: Readable, options: object) => ReaderInternals;

class Utf8SafeWorkbookReader extends BaseReader {
  override _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
    return super._parseWorksheet(utf8Text(iterator), sheetNo);
  }
  override _parseSharedStrings(entry: Readable) {
    return super._parseSharedStrings(entry.pipe(utf8Stream()));
  }
}

/** The header row once found: where the columns are. */
export type SheetHeader = Pick<ReadSheet, 'headerRow' | 'headers' | 'map'>;

/**
 * What the caller does while the sheet is read (the import validates each row as it is parsed):
 * `onHeader` once the header row is found, `onRow` for every data row after it. An error they
 * throw stops the reading and is thrown as it is (not as an unreadable file).
 */
export interface SheetVisitor {
  onHeader?(header: SheetHeader): unknown;
  onRow?(row: SheetRow): unknown;
}

/** An error of the visitor, carried through the reader's catch-all. */
class VisitorError extends Error {
  constructor(readonly inner: unknown) {
    super('visitor');
  }
}

export async function readPeopleSheet(buffer: Buffer, visitor: SheetVisitor = {}): Promise<ReadSheet> {
  const reader = new Utf8SafeWorkbookReader(Readable.from(buffer), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // needed to tell date cells from numbers
    entries: 'ignore',
  });
  let result: ReadSheet | null = null;
  try {
    for await (const ws of reader as unknown as AsyncIterable<unknown>) {
      const sheet = ws as AsyncIterable<{ number: number; values: unknown[] }> & { name?: string; state?: string };
      const skip = result !== null || sheet.state === 'hidden' || SKIPPED_SHEETS.has(foldDiacritics(sheet.name ?? ''));
      if (skip) {
        // Drain it: the zip is read in order, an unread entry would stall the reader.
        for await (const _row of sheet) void _row;
        continue;
      }
      result = await readRows(sheet, visitor);
    }
  } catch (err) {
    if (err instanceof VisitorError) throw err.inner;
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError('v.file');
  }
  if (!result) throw new ImportFileError('v.xlsx_no_header');
  return result;
}

async function visit(f: (() => unknown) | undefined): Promise<void> {
  try {
    await f?.();
  } catch (err) {
    throw new VisitorError(err);
  }
}

async function readRows(sheet: AsyncIterable<{ number: number; values: unknown[] }>, visitor: SheetVisitor): Promise<ReadSheet> {
  let header: SheetHeader | null = null;
  let width = 0;
  const rows: SheetRow[] = [];
  for await (const r of sheet) {
    if (!header) {
      if (r.number > HEADER_SEARCH_ROWS) throw new ImportFileError('v.xlsx_no_header');
      const headers = new Map<number, string>();
      r.values.forEach((v, i) => {
        const text = cellText(plainCell(v));
        if (i > 0 && text !== '') headers.set(i, text);
      });
      const map = mapHeaders(headers);
      // The header row is the first one with at least two recognised columns.
      if (map.columns.size >= 2) {
        const found: SheetHeader = { headerRow: r.number, headers, map };
        header = found;
        width = Math.max(...headers.keys());
        await visit(visitor.onHeader && (() => visitor.onHeader!(found)));
      }
      continue;
    }
    const cells: Cell[] = new Array<Cell>(width + 1).fill(null);
    let empty = true;
    for (let i = 1; i <= width; i++) {
      const c = plainCell(r.values[i]);
      cells[i] = c;
      if (c !== null && header.map.columns.has(i)) empty = false;
    }
    if (empty) continue;
    if (rows.length >= MAX_IMPORT_ROWS) throw new ImportFileError('v.xlsx_too_many_rows', { max: MAX_IMPORT_ROWS });
    const row: SheetRow = { row: r.number, cells };
    rows.push(row);
    await visit(visitor.onRow && (() => visitor.onRow!(row)));
  }
  if (!header) throw new ImportFileError('v.xlsx_no_header');
  return { ...header, rows };
}
