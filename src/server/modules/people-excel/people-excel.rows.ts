// One spreadsheet row → a PersonInput candidate, checked by the same zod schema as the form.
// Excel-specific problems (a date that is not a date, an unknown "Loại", a place that matches
// nothing) are reported against the cell they come from.
import { issueMessage } from '../../../contracts/issues.js';
import { PersonInput } from '../../../contracts/people.js';
import { parseViDate, toCivilDate } from '../../../domain/dates.js';
import { foldDiacritics, splitFullName } from '../../../domain/names.js';
import { type ColumnDef, type ColumnKey, columnByKey, enumValue } from './people-excel.columns.js';
import type { PlaceResolver, Resolved, UnitResolver } from './people-excel.refs.js';
import type { Cell, SheetRow } from './people-excel.sheet.js';

export interface RowIssue {
  /** PersonInput field (or the column key when the problem is the cell itself). */
  field: string;
  /** The column to highlight, when the file has it. */
  column: ColumnKey | null;
  key: string;
  params?: Record<string, unknown>;
}

export interface RowContext {
  /** Column key → position in the file. */
  positions: Map<ColumnKey, number>;
  units: UnitResolver;
  places: PlaceResolver | null;
  /** A cadre group's name (either language, folded) or code → its code: the export writes names. */
  groups: Map<string, string>;
}

// Which column a PersonInput field's problem belongs to.
const FIELD_COLUMN: Record<string, ColumnKey> = { hometownId: 'hometown', birthplaceId: 'birthplace' };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date cell: a real Excel date, a serial number, or text dd/mm/yyyy (or yyyy-mm-dd). */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- 'bad' names the sentinel for the reader
export function cellDate(c: Cell): string | null | 'bad' {
  if (c === null) return null;
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return 'bad';
    // exceljs gives date-only cells as UTC midnight; a time part would only come from a
    // date-time cell, where the civil date is still the UTC one exceljs computed.
    return toCivilDate(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  }
  if (typeof c === 'number') {
    if (c < 1 || c > 2958465) return 'bad';
    const d = new Date(EXCEL_EPOCH_MS + Math.floor(c) * 86_400_000);
    return toCivilDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return (typeof c === 'string' && parseViDate(c)) || 'bad';
}

function cellString(c: Cell): string | null {
  if (c === null) return null;
  if (c instanceof Date) return toCivilDate(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  const s = String(c).trim();
  return s === '' ? null : s;
}

/** Digits typed into a number cell lose their leading zeros: a CCCD has 12, a phone 10. */
function digitsCell(c: Cell, key: ColumnKey): string | null {
  if (typeof c === 'number' && Number.isInteger(c) && c >= 0) {
    const s = String(c);
    if (key === 'citizenId') return s.padStart(12, '0');
    return s.length === 9 ? `0${s}` : s;
  }
  const s = cellString(c);
  if (s === null) return null;
  return key === 'citizenId' ? s.replace(/[\s.]/g, '') : s;
}

export interface ConvertedRow {
  input: PersonInput | null;
  issues: RowIssue[];
  /** A well-formed citizen ID, even when other cells are bad (for duplicate checks). */
  citizenId: string | null;
}

export function convertRow(sheetRow: SheetRow, ctx: RowContext): ConvertedRow {
  const issues: RowIssue[] = [];
  const cell = (key: ColumnKey): Cell => {
    const pos = ctx.positions.get(key);
    return pos === undefined ? null : (sheetRow.cells[pos] ?? null);
  };
  const text = (key: ColumnKey) => cellString(cell(key)) ?? undefined;
  const candidate: Record<string, unknown> = {};

  // Names: the three columns, or "Họ và tên" split (họ + tên đệm + tên).
  candidate.familyName = text('familyName');
  candidate.middleName = text('middleName') ?? '';
  candidate.givenName = text('givenName');
  const full = text('fullName');
  if (full && !candidate.familyName && !candidate.givenName) {
    try {
      const n = splitFullName(full);
      Object.assign(candidate, { familyName: n.familyName, middleName: n.middleName, givenName: n.givenName });
    } catch {
      issues.push({ field: 'fullName', column: 'fullName', key: 'v.xlsx_full_name' });
    }
  }

  for (const key of ['gender', 'kind'] as const) {
    const raw = text(key);
    if (raw === undefined) continue;
    const def = columnByKey(key);
    const v = enumValue(def, raw);
    if (v) candidate[key] = v;
    else issues.push({ field: key, column: key, key: 'v.xlsx_allowed', params: { values: def.values!.map((x) => x.label).join(', ') } });
  }

  for (const key of ['dateOfBirth', 'partyAdmissionDate', 'partyFullDate'] as const) {
    const d = cellDate(cell(key));
    if (d === 'bad') issues.push({ field: key, column: key, key: 'v.date' });
    else if (d) candidate[key] = d;
  }

  for (const key of ['citizenId', 'phone'] as const) candidate[key] = digitsCell(cell(key), key) ?? undefined;
  for (const key of [
    'ethnicity',
    'religion',
    'educationLevel',
    'professionalQualification',
    'politicalTheoryLevel',
    'stateManagementLevel',
    'cadreGroup',
    'email',
  ] as const) {
    candidate[key] = text(key);
  }
  // A cadre group by its name, as the export writes it, or by its code; anything else is checked as typed.
  if (typeof candidate.cadreGroup === 'string')
    candidate.cadreGroup = ctx.groups.get(foldDiacritics(candidate.cadreGroup)) ?? candidate.cadreGroup;
  if (candidate.ethnicity === undefined) delete candidate.ethnicity; // schema default 'Kinh'

  const take = (field: string, column: ColumnKey, r: Resolved) => {
    if ('id' in r) candidate[field] = r.id;
    else issues.push({ field, column, key: r.issue, params: r.params });
  };
  const unitIdText = text('unitId');
  const unitNameText = text('unitName');
  if (unitIdText) take('unitId', 'unitId', ctx.units.byId(unitIdText));
  else if (unitNameText) take('unitId', 'unitName', ctx.units.byUnitName(unitNameText));
  else candidate.unitId = ctx.units.targetId;
  for (const [field, column] of [
    ['hometownId', 'hometown'],
    ['birthplaceId', 'birthplace'],
  ] as const) {
    const raw = text(column);
    if (raw && ctx.places) take(field, column, ctx.places.resolve(raw));
  }

  const citizenId = typeof candidate.citizenId === 'string' && /^\d{12}$/.test(candidate.citizenId) ? candidate.citizenId : null;
  const parsed = PersonInput.safeParse(candidate);
  if (parsed.success) return { input: issues.length ? null : parsed.data, issues, citizenId };
  const reported = new Set(issues.map((i) => i.field));
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'row');
    if (reported.has(field)) continue; // the cell's own problem was already named
    reported.add(field);
    issues.push({ field, column: columnOf(field, ctx, !!unitIdText), ...issueMessage(issue) });
  }
  return { input: null, issues, citizenId };
}

/** The column where a PersonInput field's value came from. */
export function columnOf(field: string, ctx: RowContext, usedUnitId: boolean): ColumnKey | null {
  if ((field === 'familyName' || field === 'middleName' || field === 'givenName') && !ctx.positions.has(field)) {
    return ctx.positions.has('fullName') ? 'fullName' : null;
  }
  if (field === 'unitId') return usedUnitId ? 'unitId' : ctx.positions.has('unitName') ? 'unitName' : null;
  const key = FIELD_COLUMN[field] ?? field;
  return ctx.positions.has(key) ? key : null;
}

/** The header a problem is shown under: the file's own text, else the template's. */
export function headerOf(issue: RowIssue, headers: Map<number, string>, positions: Map<ColumnKey, number>): string {
  if (issue.column) {
    const pos = positions.get(issue.column);
    if (pos !== undefined) return headers.get(pos) ?? columnByKey(issue.column).header;
    return columnByKey(issue.column).header;
  }
  const key = FIELD_COLUMN[issue.field] ?? issue.field;
  const def: ColumnDef | undefined = columnByKey(key);
  return def?.header ?? issue.field;
}
