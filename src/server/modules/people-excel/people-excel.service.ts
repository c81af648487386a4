// Import of people from a workbook: read, check EVERY row, then write all good rows in one
// transaction (mode 'valid') or nothing at all as soon as one row is bad (mode 'all').
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ImportMode } from '../../../contracts/people-excel.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { foldDiacritics } from '../../../domain/names.js';
import type { DB } from '../../db/schema.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import type { StoredImportResult } from '../jobs/index.js';
import { insertPeople, newPersonRefCache, validatePersonRefs } from '../people/index.js';
import { type ColumnKey, missingColumns } from './people-excel.columns.js';
import * as q from './people-excel.queries.js';
import { PlaceResolver, UnitResolver } from './people-excel.refs.js';
import { type RowContext, type RowIssue, columnOf, convertRow, headerOf } from './people-excel.rows.js';
import { ImportFileError, type ReadSheet, type SheetHeader, type SheetRow, readPeopleSheet } from './people-excel.sheet.js';
import { DATA_SHEET } from './people-excel.template.js';
import { type ErrorSheetRow, writeErrorWorkbook } from './people-excel.workbooks.js';

export interface ImportContext {
  actor: Actor;
  audit: AuditContext;
  /** Language of the error workbook. */
  locale: Locale;
  /** The job this import runs in: the summary audit event names it. */
  jobId?: string;
}

export interface ImportProgress {
  phase: 'validating' | 'writing';
  done: number;
  total: number;
}

export interface ImportOutcome {
  status: 'succeeded' | 'failed';
  /** Row counts and the first issues; null when the file itself was refused. */
  result: StoredImportResult | null;
  error: { code: string; params?: Record<string, unknown> } | null;
  errorFile: Buffer | null;
  personIds: string[];
}

const PROGRESS_EVERY = 500;
const SHOWN_ISSUES = 50;

interface CheckedRow {
  sheetRow: SheetRow;
  issues: RowIssue[];
  input: ReturnType<typeof convertRow>['input'];
  citizenId: string | null;
}

const refused = (code: string, params?: Record<string, unknown>): ImportOutcome => ({
  status: 'failed',
  result: null,
  error: { code, params },
  errorFile: null,
  personIds: [],
});

export async function importPeopleFromBuffer(
  db: Kysely<DB>,
  ctx: ImportContext,
  unitId: string,
  buffer: Buffer,
  mode: ImportMode,
  onProgress: (p: ImportProgress) => unknown = () => {},
): Promise<ImportOutcome> {
  // Every row is checked as it is read (decision 0027): the header's refusals first, then each row.
  const refusal = (code: string, params?: Record<string, unknown>) => new ImportFileError(code, params);
  const checker = new RowChecker(db, ctx, unitId, onProgress);
  let sheet: ReadSheet;
  try {
    sheet = await readPeopleSheet(buffer, {
      onHeader: async (h) => {
        if (h.map.unknown.length) throw refusal('v.xlsx_unknown_headers', { headers: h.map.unknown.join(', ') });
        if (h.map.duplicated.length) throw refusal('v.xlsx_duplicate_headers', { headers: h.map.duplicated.join(', ') });
        const missing = missingColumns(h.map);
        if (missing.length) throw refusal('v.xlsx_missing_columns', { columns: missing.map((c) => c.header).join(', ') });
        await checker.start(h);
      },
      onRow: (row) => checker.check(row),
    });
  } catch (err) {
    if (err instanceof ImportFileError) return refused(err.key, err.params);
    throw err;
  }
  if (sheet.rows.length === 0) return refused('v.xlsx_empty');
  const checked = await checker.finish();
  const total = checked.length;
  const bad = checked.filter((r) => r.issues.length > 0);
  const good = checked.filter((r) => r.issues.length === 0 && r.input);
  const positions = positionsOf(sheet);
  const result: StoredImportResult = {
    total,
    valid: good.length,
    invalid: bad.length,
    inserted: 0,
    mode,
    issues: bad
      .flatMap((r) =>
        r.issues.map((i) => ({
          row: r.sheetRow.row,
          field: i.field,
          header: headerOf(i, sheet.headers, positions),
          key: i.key,
          params: i.params,
        })),
      )
      .slice(0, SHOWN_ISSUES),
  };
  const errorSheet = (rows: CheckedRow[]) =>
    writeErrorWorkbook(
      sheet.headers,
      rows.map((r) => errorRow(r, sheet, positions, ctx.locale)),
      DATA_SHEET,
    );

  // All or nothing: a bad row refuses the file; the error sheet keeps every row for context.
  if ((bad.length && mode === 'all') || good.length === 0) {
    return { status: 'failed', result, error: null, errorFile: await errorSheet(mode === 'all' ? checked : bad), personIds: [] };
  }

  const inputs = good.map((r) => r.input!);
  await onProgress({ phase: 'writing', done: 0, total: inputs.length });
  let personIds: string[];
  try {
    personIds = await db.transaction().execute(async (trx) => {
      const ids = await insertPeople(trx, ctx.audit, inputs, (done) => onProgress({ phase: 'writing', done, total: inputs.length }));
      await recordAudit(trx, ctx.audit, [
        {
          action: 'people.import',
          entityType: 'job',
          entityId: ctx.jobId ?? randomUUID(),
          unitId,
          after: { total, inserted: ids.length, invalid: bad.length, mode },
        },
      ]);
      return ids;
    });
  } catch (err) {
    // Someone recorded one of the citizen IDs after the check: nothing was written.
    if ((err as { code?: string }).code === '23505') return { ...refused('v.xlsx_conflict'), result };
    throw err;
  }
  return {
    status: 'succeeded',
    result: { ...result, inserted: personIds.length },
    error: null,
    errorFile: bad.length ? await errorSheet(bad) : null,
    personIds,
  };
}

function positionsOf(sheet: SheetHeader): Map<ColumnKey, number> {
  return new Map([...sheet.map.columns].map(([pos, def]) => [def.key, pos]));
}

/** Cadre group names (folded, both languages) and codes → code; the first group of a name wins (defaults first). */
function groupLookup(rows: q.CadreGroupNameRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const g of rows) for (const k of [g.name_vi, g.name_en]) if (!map.has(foldDiacritics(k))) map.set(foldDiacritics(k), g.code);
  for (const g of rows) map.set(foldDiacritics(g.code), g.code);
  return map;
}

/** Every row through zod and the reference checks as it is read, then the citizen-ID uniqueness checks. */
class RowChecker {
  private readonly checked: CheckedRow[] = [];
  private readonly cache = newPersonRefCache();
  private readonly today = todayInVietnam();
  private rctx: RowContext | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly ctx: ImportContext,
    private readonly unitId: string,
    private readonly onProgress: (p: ImportProgress) => unknown,
  ) {}

  /** The header is known: load what the rows are checked against. */
  async start(header: SheetHeader): Promise<void> {
    // The number of rows is known once the file is read: until then the progress counts rows without a total.
    await this.onProgress({ phase: 'validating', done: 0, total: 0 });
    const positions = positionsOf(header);
    const needsPlaces = positions.has('hometown') || positions.has('birthplace');
    const [units, places, groups] = await Promise.all([
      q.subtreeUnits(this.db, this.unitId),
      needsPlaces ? q.allAdminUnits(this.db) : null,
      positions.has('cadreGroup') ? q.cadreGroupNames(this.db) : null,
    ]);
    this.rctx = {
      positions,
      units: new UnitResolver(this.unitId, units, this.today),
      places: places ? new PlaceResolver(places) : null,
      groups: groups ? groupLookup(groups) : new Map<string, string>(),
    };
  }

  async check(sheetRow: SheetRow): Promise<void> {
    const rctx = this.rctx!;
    const conv = convertRow(sheetRow, rctx);
    const row: CheckedRow = { sheetRow, issues: conv.issues, input: conv.input, citizenId: conv.citizenId };
    if (conv.input) {
      const refIssues = await validatePersonRefs(this.db, this.ctx.actor, conv.input, { today: this.today, cache: this.cache });
      const usedUnitId = rctx.positions.has('unitId') && sheetRow.cells[rctx.positions.get('unitId')!] !== null;
      for (const i of refIssues)
        row.issues.push({ field: i.field, column: columnOf(i.field, rctx, usedUnitId), key: i.key, params: i.params });
    }
    this.checked.push(row);
    if (this.checked.length % PROGRESS_EVERY === 0) await this.onProgress({ phase: 'validating', done: this.checked.length, total: 0 });
  }

  /** Citizen IDs: unique within the file (every occurrence is reported) and not yet recorded. */
  async finish(): Promise<CheckedRow[]> {
    const checked = this.checked;
    const rowsById = new Map<string, number[]>();
    for (const r of checked) if (r.citizenId) rowsById.set(r.citizenId, [...(rowsById.get(r.citizenId) ?? []), r.sheetRow.row]);
    const existing = await q.existingCitizenIds(this.db, [...rowsById.keys()]);
    const citizenColumn = this.rctx!.positions.has('citizenId') ? ('citizenId' as const) : null;
    for (const r of checked) {
      if (!r.citizenId) continue;
      const others = rowsById.get(r.citizenId)!.filter((n) => n !== r.sheetRow.row);
      if (others.length)
        r.issues.push({ field: 'citizenId', column: citizenColumn, key: 'v.xlsx_duplicate_in_file', params: { rows: others.join(', ') } });
      if (existing.has(r.citizenId)) r.issues.push({ field: 'citizenId', column: citizenColumn, key: 'v.xlsx_citizen_id_exists' });
    }
    await this.onProgress({ phase: 'validating', done: checked.length, total: checked.length });
    return checked;
  }
}

function errorRow(r: CheckedRow, sheet: ReadSheet, positions: Map<ColumnKey, number>, locale: Locale): ErrorSheetRow {
  const bad = new Set<number>();
  for (const i of r.issues) {
    const pos = i.column ? positions.get(i.column) : undefined;
    if (pos !== undefined) bad.add(pos);
  }
  const errorText = r.issues.length
    ? `${t(locale, 'xlsx.row', { row: r.sheetRow.row })} — ${r.issues.map((i) => `${headerOf(i, sheet.headers, positions)}: ${tAny(locale, i.key, i.params)}`).join('; ')}`
    : '';
  return { cells: r.sheetRow.cells, errorText, bad };
}
