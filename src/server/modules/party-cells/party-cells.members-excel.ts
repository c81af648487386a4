// Party members into their cells from a workbook, with the people import's rules (decision 0027, 0041):
// every row is checked first — the person by citizen ID, the cell within the chosen unit, the lists, the
// dates, and the same membership rules as the API (admission age, ceremony after the decision, probation
// before the full-membership vote, one official cell at a time, across the file too) — then every row is
// written in one transaction with its audit event, or nothing at all when one row is bad, with the error
// workbook keeping every row, the bad cells marked and each problem named with its rule.
// The export writes the same columns (plus the name and date of birth, which the import ignores), so an
// exported list re-imports into another system's roll as it is.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { isCivilDate, parseViDate, todayInVietnam } from '../../../domain/dates.js';
import { foldDiacritics } from '../../../domain/names.js';
import type { CellSettings } from '../../../domain/party-cells/index.js';
import type { DB } from '../../db/schema.js';
import type { JoinedHow, MembershipKind } from '../../db/schema-cells.js';
import { AppError } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { type Locale, type MessageKey, t, tAny } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { type ImportOutcome, type StoredImportResult, refusedImport as refused } from '../jobs/index.js';
import { plainCell, writeErrorWorkbook } from '../people-excel/index.js';
import * as aq from './party-cells.admin.queries.js';
import { assertMembershipRules, membershipRow } from './party-cells.membership.service.js';
import { loadCellSettings } from './party-cells.settings.js';
import { insertMembership } from './party-cells.writes.queries.js';

export type Key =
  | 'citizenId'
  | 'cell'
  | 'kind'
  | 'fromOn'
  | 'joinedHow'
  | 'admissionDecisionOn'
  | 'ceremonyOn'
  | 'fullVoteOn'
  | 'fullDecisionOn'
  | 'cardNumber'
  | 'ageException';

/** The columns: their headers (compared without case or diacritics; the first is written), and which are required. */
export const MEMBER_COLUMNS: Array<{ key: Key; headers: string[]; required?: boolean; width: number }> = [
  { key: 'citizenId', headers: ['Số định danh cá nhân', 'Số CCCD', 'Citizen ID'], required: true, width: 18 },
  { key: 'cell', headers: ['Chi bộ', 'Cell'], width: 28 },
  { key: 'kind', headers: ['Sinh hoạt', 'Loại sinh hoạt', 'Membership kind'], width: 14 },
  { key: 'fromOn', headers: ['Sinh hoạt từ ngày', 'From'], required: true, width: 14 },
  { key: 'joinedHow', headers: ['Hình thức đến', 'How they came'], required: true, width: 26 },
  { key: 'admissionDecisionOn', headers: ['Ngày quyết định kết nạp', 'Admission decision date'], width: 16 },
  { key: 'ceremonyOn', headers: ['Ngày lễ kết nạp', 'Admission ceremony date'], width: 16 },
  { key: 'fullVoteOn', headers: ['Ngày chi bộ xét chính thức', 'Full membership vote date'], width: 16 },
  { key: 'fullDecisionOn', headers: ['Ngày quyết định chính thức', 'Full membership decision date'], width: 16 },
  { key: 'cardNumber', headers: ['Số thẻ đảng viên', 'Party card number'], width: 16 },
  { key: 'ageException', headers: ['Ngoại lệ tuổi kết nạp', 'Admission age exception'], width: 30 },
];
/** Columns the export adds for the reader; the import skips them (and the error column). */
const SKIPPED = ['STT', 'No.', 'Họ và tên', 'Full name', 'Ngày sinh', 'Date of birth', 'Lỗi', 'Errors', 'Error'];

const fold = (s: string) =>
  foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const HEADER_INDEX = new Map(MEMBER_COLUMNS.flatMap((c) => c.headers.map((h) => [fold(h), c.key] as const)));
const SKIPPED_INDEX = new Set(SKIPPED.map(fold));

/** The list values as written in the sheet (Vietnamese first); English labels and codes are read too. */
export const KIND_LABELS: Record<MembershipKind, [string, string]> = {
  official: ['Chính thức', 'Official'],
  temporary: ['Tạm thời', 'Temporary'],
};
export const JOINED_LABELS: Record<JoinedHow, [string, string]> = {
  admission: ['Kết nạp', 'Admission'],
  official_transfer: ['Chuyển sinh hoạt chính thức', 'Official transfer'],
  temporary_transfer: ['Chuyển sinh hoạt tạm thời', 'Temporary transfer'],
  readmission: ['Kết nạp lại', 'Readmission'],
};
function listValue<T extends string>(labels: Record<T, [string, string]>, text: string): T | undefined {
  const f = fold(text);
  return (Object.keys(labels) as T[]).find((code) => fold(code) === f || labels[code].some((l) => fold(l) === f));
}

type Cell = ReturnType<typeof plainCell>;
function dateValue(c: Cell): string | null | undefined {
  if (c === null) return null;
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  const s = String(c).trim();
  return isCivilDate(s) ? s : (parseViDate(s) ?? undefined);
}

interface Issue {
  field: Key;
  key: string;
  params?: Record<string, unknown>;
}
interface Checked {
  row: number;
  cells: Cell[];
  issues: Issue[];
  cellId: string | null;
  body: Parameters<typeof membershipRow>[2] | null;
}

/** Reads the first visible sheet: its headers (by column) and the non-empty rows. Null with a refusal code when unreadable. */
async function readSheet(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { refusal: 'v.xlsx_not_xlsx' as string };
  }
  const ws = wb.worksheets.find((w) => w.state !== 'hidden');
  if (!ws) return { refusal: 'v.xlsx_empty' as string };
  const headers = new Map<number, string>();
  const positions = new Map<Key, number>();
  const unknown: string[] = [];
  const duplicated: string[] = [];
  ws.getRow(1).eachCell((cell, col) => {
    const text = String(plainCell(cell.value) ?? '').trim();
    if (!text) return;
    headers.set(col, text);
    const key = HEADER_INDEX.get(fold(text.replace(/\*$/, '')));
    if (key && positions.has(key)) duplicated.push(text);
    else if (key) positions.set(key, col);
    else if (!SKIPPED_INDEX.has(fold(text))) unknown.push(text);
  });
  const rows: Array<{ row: number; cells: Cell[] }> = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells: Cell[] = [];
    for (const col of headers.keys()) cells[col] = plainCell(r.getCell(col).value);
    if ([...positions.values()].some((col) => cells[col] !== null && cells[col] !== undefined)) rows.push({ row: n, cells });
  });
  return { headers, positions, unknown, duplicated, rows, sheetName: ws.name };
}

/** Checks every row of the workbook against the unit's cells and the membership rules, then writes all or nothing. */
export async function importMembers(
  db: Kysely<DB>,
  ctx: { actor: Actor; audit: AuditContext; locale: Locale; jobId?: string },
  unit: { id: string; isCell: boolean },
  buffer: Buffer,
  onProgress: (p: { phase: 'validating' | 'writing'; done: number; total: number }) => unknown = () => {},
): Promise<ImportOutcome> {
  const sheet = await readSheet(buffer);
  if ('refusal' in sheet) return refused(sheet.refusal!);
  const { headers, positions, rows } = sheet;
  if (sheet.unknown.length) return refused('v.xlsx_unknown_headers', { headers: sheet.unknown.join(', ') });
  if (sheet.duplicated.length) return refused('v.xlsx_duplicate_headers', { headers: sheet.duplicated.join(', ') });
  const missing = MEMBER_COLUMNS.filter((c) => (c.required || (c.key === 'cell' && !unit.isCell)) && !positions.has(c.key));
  if (missing.length) return refused('v.xlsx_missing_columns', { columns: missing.map((c) => c.headers[0]).join(', ') });
  if (rows.length === 0) return refused('v.xlsx_empty');
  await onProgress({ phase: 'validating', done: 0, total: rows.length });

  const text = (cells: Cell[], k: Key): string | null => {
    const pos = positions.get(k);
    const v = pos === undefined ? null : (cells[pos] ?? null);
    return v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim() || null;
  };
  const today = todayInVietnam();
  const cells = await aq.cellsWithin(db, unit.id, today);
  const cellIndex = new Map<string, Array<{ id: string; name: string }>>();
  for (const c of cells)
    for (const n of new Set([c.name, c.short_name].filter((x): x is string => !!x).map(fold)))
      cellIndex.set(n, [...(cellIndex.get(n) ?? []), c]);
  const people = new Map(
    (await aq.peopleByCitizenIds(db, [...new Set(rows.map((r) => text(r.cells, 'citizenId')).filter((x): x is string => !!x))])).map(
      (p) => [p.citizen_id!, p],
    ),
  );
  const settingsOn = new Map<string, CellSettings>();
  const officialRows = new Map<string, number>();

  const checked: Checked[] = [];
  for (const r of rows) {
    const c: Checked = { row: r.row, cells: r.cells, issues: [], cellId: null, body: null };
    const issue = (field: Key, key: MessageKey, params?: Record<string, unknown>) => c.issues.push({ field, key, params });
    const cid = text(r.cells, 'citizenId');
    const person = cid ? people.get(cid) : undefined;
    if (!cid) issue('citizenId', 'v.required');
    else if (!person) issue('citizenId', 'cells.import.person_unknown', { value: cid });
    const cellText = text(r.cells, 'cell');
    if (cellText) {
      const found = cellIndex.get(fold(cellText)) ?? [];
      if (found.length === 1) c.cellId = found[0].id;
      else issue('cell', found.length ? 'cells.import.cell_ambiguous' : 'cells.import.cell_unknown', { value: cellText });
    } else if (unit.isCell) c.cellId = unit.id;
    else issue('cell', 'v.required');
    const list = <T extends string>(k: Key, labels: Record<T, [string, string]>, fallback?: T): T | null => {
      const v = text(r.cells, k);
      if (v === null) {
        if (fallback) return fallback;
        issue(k, 'v.required');
        return null;
      }
      const code = listValue(labels, v);
      if (!code)
        issue(k, 'v.xlsx_allowed', {
          values: Object.values<[string, string]>(labels)
            .map((l) => l[0])
            .join(', '),
        });
      return code ?? null;
    };
    const kind = list('kind', KIND_LABELS, 'official');
    const joinedHow = list('joinedHow', JOINED_LABELS);
    const date = (k: Key, required = false) => {
      const pos = positions.get(k);
      const d = dateValue(pos === undefined ? null : (r.cells[pos] ?? null));
      if (d === undefined) issue(k, 'v.date');
      else if (d === null && required) issue(k, 'v.required');
      else if (d && d > today) issue(k, 'cells.import.future', { value: d.split('-').reverse().join('/') });
      return d ?? null;
    };
    const fromOn = date('fromOn', true);
    const dates = {
      admissionDecisionOn: date('admissionDecisionOn'),
      ceremonyOn: date('ceremonyOn'),
      fullVoteOn: date('fullVoteOn'),
      fullDecisionOn: date('fullDecisionOn'),
    };
    const long = (k: Key, max: number) => {
      const v = text(r.cells, k);
      if (v && v.length > max) issue(k, 'v.text_max', { max });
      return v;
    };
    const cardNumber = long('cardNumber', 40);
    const ageException = long('ageException', 2000);
    if (dates.fullDecisionOn && dates.fullVoteOn && dates.fullDecisionOn < dates.fullVoteOn) issue('fullDecisionOn', 'v.date_order');
    if (fromOn && dates.admissionDecisionOn && joinedHow === 'admission' && fromOn < dates.admissionDecisionOn)
      issue('fromOn', 'cells.import.from_before_admission', { date: dates.admissionDecisionOn.split('-').reverse().join('/') });
    if (person && kind === 'official') {
      const earlier = officialRows.get(person.id);
      if (earlier)
        issue('citizenId', 'cells.import.official_twice', { row: earlier, rule: tAny(ctx.locale, 'cells.import.rule.membership') });
      else officialRows.set(person.id, r.row);
    }
    if (person && c.cellId && kind && joinedHow && fromOn && c.issues.length === 0) {
      const body = { personId: person.id, kind, fromOn, joinedHow, ...dates, cardNumber, ageException };
      let settings = settingsOn.get(fromOn);
      if (!settings) settingsOn.set(fromOn, (settings = await loadCellSettings(db, fromOn)));
      try {
        await assertMembershipRules(db, person, body, settings);
        c.body = body;
      } catch (err) {
        if (!(err instanceof AppError) || !err.details) throw err;
        for (const d of err.details)
          c.issues.push({ field: (d.field === 'personId' ? 'citizenId' : d.field) as Key, key: d.key, params: d.params });
      }
    }
    checked.push(c);
    if (checked.length % 200 === 0) await onProgress({ phase: 'validating', done: checked.length, total: rows.length });
  }
  await onProgress({ phase: 'validating', done: rows.length, total: rows.length });

  const bad = checked.filter((c) => c.issues.length > 0);
  const headerOf = (f: Key) => headers.get(positions.get(f) ?? -1) ?? MEMBER_COLUMNS.find((c) => c.key === f)?.headers[0] ?? f;
  const result: StoredImportResult = {
    total: checked.length,
    valid: checked.length - bad.length,
    invalid: bad.length,
    inserted: 0,
    mode: 'all',
    issues: bad
      .flatMap((c) => c.issues.map((i) => ({ row: c.row, field: i.field, header: headerOf(i.field), key: i.key, params: i.params })))
      .slice(0, 50),
  };
  if (bad.length) {
    const errorFile = await writeErrorWorkbook(
      headers,
      checked.map((c) => ({
        cells: c.cells,
        bad: new Set(c.issues.flatMap((i) => (positions.has(i.field) ? [positions.get(i.field)!] : []))),
        errorText: c.issues.length
          ? `${t(ctx.locale, 'xlsx.row', { row: c.row })} — ${c.issues.map((i) => `${headerOf(i.field)}: ${tAny(ctx.locale, i.key, i.params)}`).join('; ')}`
          : '',
      })),
      sheet.sheetName,
    );
    return { status: 'failed', result, error: null, errorFile };
  }

  await onProgress({ phase: 'writing', done: 0, total: checked.length });
  try {
    await db.transaction().execute(async (trx) => {
      const events: Parameters<typeof recordAudit>[2] = [];
      for (const c of checked) {
        const id = randomUUID();
        await insertMembership(trx, membershipRow(id, c.cellId!, c.body!));
        events.push({
          action: 'cells.membership.create',
          entityType: 'party_membership',
          entityId: id,
          unitId: c.cellId!,
          personId: c.body!.personId,
          after: c.body,
        });
      }
      events.push({
        action: 'cells.membership.import',
        entityType: 'job',
        entityId: ctx.jobId ?? randomUUID(),
        unitId: unit.id,
        after: { total: checked.length },
      });
      await recordAudit(trx, ctx.audit, events);
    });
  } catch (err) {
    // Someone recorded an official membership of one of these people after the check: nothing was written.
    if ((err as { code?: string }).code === '23505') return { ...refused('v.xlsx_conflict'), result };
    throw err;
  }
  return { status: 'succeeded', result: { ...result, inserted: checked.length }, error: null, errorFile: null };
}
