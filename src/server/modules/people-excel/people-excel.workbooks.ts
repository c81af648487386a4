// Workbooks written by the import: the error sheet, and people sheets for tests and benchmarks.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatViDate } from '../../../domain/dates.js';
import { COLUMNS, type ColumnKey, ERROR_HEADER, GENDER_VALUES, KIND_VALUES, columnByKey } from './people-excel.columns.js';
import type { Cell } from './people-excel.sheet.js';

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

/** Builds a workbook with the streaming writer and returns its bytes. */
export async function writeToBuffer(build: (wb: Writer) => Promise<void> | void): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  await build(wb);
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const BAD_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
const DATE_FMT = 'dd/mm/yyyy';

export interface ErrorSheetRow {
  cells: Cell[];
  /** "Dòng 3 — Ngày sinh: …; Tên: …" (empty for a good row kept for context). */
  errorText: string;
  /** Column positions of the bad cells. */
  bad: Set<number>;
}

/**
 * The rows as they were read, the bad cells in red, and a last "Lỗi" column naming each bad
 * field. Re-importable: the importer ignores the "Lỗi" column.
 */
export function writeErrorWorkbook(headers: Map<number, string>, rows: ErrorSheetRow[], sheetName: string): Promise<Buffer> {
  const width = Math.max(0, ...headers.keys());
  const errorCol = width + 1;
  return writeToBuffer((wb) => {
    const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.getColumn(errorCol).width = 60;
    for (let i = 1; i <= width; i++) ws.getColumn(i).width = Math.max(12, Math.min(40, (headers.get(i)?.length ?? 10) + 4));
    const head = ws.getRow(1);
    for (const [pos, text] of headers) head.getCell(pos).value = text;
    head.getCell(errorCol).value = ERROR_HEADER;
    head.font = { bold: true };
    for (let i = 1; i <= errorCol; i++) head.getCell(i).fill = HEADER_FILL;
    head.commit();
    rows.forEach((r, idx) => {
      const row = ws.getRow(idx + 2);
      for (let i = 1; i <= width; i++) {
        const v = r.cells[i] ?? null;
        if (v === null && !r.bad.has(i)) continue;
        const c = row.getCell(i);
        c.value = v;
        if (v instanceof Date) c.numFmt = DATE_FMT;
        if (r.bad.has(i)) {
          c.fill = BAD_FILL;
          c.font = BAD_FONT;
        }
      }
      if (r.errorText) {
        const c = row.getCell(errorCol);
        c.value = r.errorText;
        c.font = BAD_FONT;
        c.alignment = { wrapText: true, vertical: 'top' };
      }
      row.commit();
    });
    ws.commit();
  });
}

/** A sheet row for tests and benchmarks, keyed by column; values as a user would type them. */
export type PeopleSheetRow = Partial<Record<ColumnKey, Cell>>;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Thanh', 'Minh', 'Ngọc', 'Quang', 'Thu', 'Hồng'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Yến',
];

/**
 * `n` valid rows as typed into the template: unique citizen IDs from `citizenIdStart` (12 digits),
 * dates dd/mm/yyyy, Vietnamese labels for gender and kind, no place columns (they need the
 * reference data).
 */
export function buildTemplateRows(n: number, opts: { citizenIdStart?: number; unitName?: string } = {}): PeopleSheetRow[] {
  const start = opts.citizenIdStart ?? 1_000_000_000 + Math.floor(Math.random() * 8_000_000_000);
  const rows: PeopleSheetRow[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1966 + (i % 38);
    const partyMember = i % 3 === 0;
    rows.push({
      familyName: FAMILY[i % FAMILY.length],
      middleName: MIDDLE[(i * 7) % MIDDLE.length],
      givenName: GIVEN[(i * 13) % GIVEN.length],
      gender: GENDER_VALUES[i % 2].label,
      dateOfBirth: formatViDate(`${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`),
      unitName: opts.unitName ?? null,
      ethnicity: 'Kinh',
      religion: i % 10 === 0 ? 'Phật giáo' : null,
      citizenId: String(start + i).padStart(12, '0'),
      educationLevel: '12/12',
      professionalQualification: 'Cử nhân Luật',
      politicalTheoryLevel: 'Trung cấp',
      stateManagementLevel: 'Chuyên viên',
      partyAdmissionDate: partyMember ? formatViDate(`${year + 25}-03-03`) : null,
      partyFullDate: partyMember ? formatViDate(`${year + 26}-03-03`) : null,
      kind: KIND_VALUES[i % KIND_VALUES.length].label,
      cadreGroup: null,
      phone: `09${String(10_000_000 + i).slice(-8)}`,
      email: `canbo${i}@example.vn`,
    });
  }
  return rows;
}

/** A people workbook with the template's headers (or `columns`), one row per entry. */
export function writePeopleWorkbook(rows: PeopleSheetRow[], opts: { columns?: ColumnKey[]; sheetName?: string } = {}): Promise<Buffer> {
  const keys = opts.columns ?? COLUMNS.filter((c) => c.inTemplate).map((c) => c.key);
  return writeToBuffer((wb) => {
    const ws = wb.addWorksheet(opts.sheetName ?? 'Danh sách');
    ws.addRow(keys.map((k) => columnByKey(k).header)).commit();
    for (const r of rows) ws.addRow(keys.map((k) => r[k] ?? null)).commit();
    ws.commit();
  });
}
