// Import of training records from a workbook, with the people import's rules: every row is checked first
// (the person by citizen ID within the unit's subtree, the lists, the dates, the course checks the API
// applies), then everything is written in one transaction — or nothing at all when one row is bad, with
// an error workbook that keeps every row, marks the bad cells and names each problem and its rule.
// One row = one course of a person, and/or the person's profile values (IT, foreign language, field…).
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Kysely, Updateable } from 'kysely';
import { isCivilDate, parseViDate, todayInVietnam } from '../../../domain/dates.js';
import { foldDiacritics } from '../../../domain/names.js';
import { COURSE_LEVELS, COURSE_MODES, COURSE_RESULTS, DEFENCE_GROUPS, FIELD_GROUPS } from '../../../domain/training/index.js';
import type { CourseInput } from '../../../contracts/training.js';
import type { DB, TrainingProfileTable } from '../../db/schema.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { type Locale, type MessageKey, t, tAny } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { type ImportOutcome, type StoredImportResult, refusedImport as refused } from '../jobs/index.js';
import { plainCell, writeErrorWorkbook } from '../people-excel/index.js';
import { trainingAccess } from './training.policy.js';
import * as q from './training.queries.js';
import { courseInputIssues, courseRow } from './training.service.js';
import { TRAINING_LIST_LABELS } from './training.labels.js';

const LABELS: Record<string, { vi: string; en: string } | undefined> = TRAINING_LIST_LABELS;

type Key =
  | 'citizenId'
  | 'fieldOfStudy'
  | 'fieldGroup'
  | 'itLevel'
  | 'foreignLanguage'
  | 'defenceSecurity'
  | 'name'
  | 'institution'
  | 'startDate'
  | 'endDate'
  | 'mode'
  | 'result'
  | 'certificate'
  | 'level';

/** Column headers (compared without case or diacritics) → field. The template writes the first of each. */
export const IMPORT_COLUMNS: Array<[Key, string[]]> = [
  ['citizenId', ['Số định danh cá nhân', 'Số định danh', 'Số CCCD', 'Citizen ID']],
  ['fieldOfStudy', ['Ngành đào tạo', 'Chuyên ngành', 'Field of study']],
  ['fieldGroup', ['Nhóm ngành', 'Field group']],
  ['itLevel', ['Tin học', 'IT']],
  ['foreignLanguage', ['Ngoại ngữ', 'Foreign language']],
  ['defenceSecurity', ['Quốc phòng - an ninh', 'Quốc phòng và an ninh', 'QP-AN', 'Defence and security']],
  ['name', ['Tên khóa học', 'Khóa đào tạo, bồi dưỡng', 'Course']],
  ['institution', ['Cơ sở đào tạo', 'Institution']],
  ['startDate', ['Từ ngày', 'From']],
  ['endDate', ['Đến ngày', 'To']],
  ['mode', ['Hình thức', 'Mode']],
  ['result', ['Kết quả', 'Result']],
  ['certificate', ['Văn bằng, chứng chỉ', 'Văn bằng', 'Chứng chỉ', 'Certificate']],
  ['level', ['Trình độ đạt được', 'Level']],
];
const ERROR_HEADERS = new Set(['loi', 'errors', 'error']);
const fold = (s: string) =>
  foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const HEADER_INDEX = new Map(IMPORT_COLUMNS.flatMap(([k, names]) => names.map((n) => [fold(n), k] as const)));

/** A list value: its code, or its Vietnamese or English label (folded). */
function listValue<T extends string>(codes: readonly T[], prefix: string, text: string): T | undefined {
  const f = fold(text);
  return codes.find(
    (c) => fold(c) === f || fold(LABELS[`${prefix}.${c}`]?.vi ?? '') === f || fold(LABELS[`${prefix}.${c}`]?.en ?? '') === f,
  );
}

function dateValue(c: ReturnType<typeof plainCell>): string | null | undefined {
  if (c === null) return null;
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  const s = String(c).trim();
  if (isCivilDate(s)) return s;
  return parseViDate(s) ?? undefined;
}

interface Issue {
  field: Key;
  key: MessageKey;
  params?: Record<string, unknown>;
}
interface Checked {
  row: number;
  cells: ReturnType<typeof plainCell>[];
  issues: Issue[];
  personId: string | null;
  unitId: string | null;
  profile: Partial<
    Pick<Updateable<TrainingProfileTable>, 'field_of_study' | 'field_group' | 'it_level' | 'foreign_language' | 'defence_security'>
  >;
  course: CourseInput | null;
}

export async function importTraining(
  db: Kysely<DB>,
  ctx: { actor: Actor; audit: AuditContext; locale: Locale; jobId?: string },
  unitId: string,
  buffer: Buffer,
  onProgress: (p: { phase: 'validating' | 'writing'; done: number; total: number }) => unknown = () => {},
): Promise<ImportOutcome> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return refused('v.xlsx_not_xlsx');
  }
  const ws = wb.worksheets.find((w) => w.state !== 'hidden');
  if (!ws) return refused('v.xlsx_empty');
  const headers = new Map<number, string>();
  const positions = new Map<Key, number>();
  const unknown: string[] = [];
  ws.getRow(1).eachCell((cell, col) => {
    const text = String(plainCell(cell.value) ?? '').trim();
    if (!text) return;
    headers.set(col, text);
    const key = HEADER_INDEX.get(fold(text));
    if (key && !positions.has(key)) positions.set(key, col);
    else if (!key && !ERROR_HEADERS.has(fold(text))) unknown.push(text);
  });
  if (unknown.length) return refused('v.xlsx_unknown_headers', { headers: unknown.join(', ') });
  if (!positions.has('citizenId')) return refused('v.xlsx_missing_columns', { columns: IMPORT_COLUMNS[0][1][0] });

  const raw: Array<{ row: number; cells: ReturnType<typeof plainCell>[] }> = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells: ReturnType<typeof plainCell>[] = [];
    for (const col of headers.keys()) cells[col] = plainCell(r.getCell(col).value);
    if (cells.some((c) => c !== null && c !== undefined)) raw.push({ row: n, cells });
  });
  if (raw.length === 0) return refused('v.xlsx_empty');
  await onProgress({ phase: 'validating', done: 0, total: raw.length });

  const citizenIds = [
    ...new Set(
      raw.map((r) => r.cells[positions.get('citizenId')!]).flatMap((c) => (c === null || c === undefined ? [] : [String(c).trim()])),
    ),
  ];
  const people = await q.peopleByCitizenIds(db, citizenIds);
  const byCitizen = new Map(people.map((p) => [p.citizen_id!, p]));
  const writable = new Map<string, boolean>();
  const today = todayInVietnam();

  const checked: Checked[] = [];
  for (const r of raw) {
    const get = (k: Key) => {
      const pos = positions.get(k);
      const v = pos === undefined ? null : (r.cells[pos] ?? null);
      return v;
    };
    const text = (k: Key) => {
      const v = get(k);
      return v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
    };
    const c: Checked = { row: r.row, cells: r.cells, issues: [], personId: null, unitId: null, profile: {}, course: null };
    const cid = text('citizenId');
    const p = cid ? byCitizen.get(cid) : undefined;
    if (!cid) c.issues.push({ field: 'citizenId', key: 'v.required' });
    else {
      let ok = false;
      if (p) {
        if (!writable.has(p.id)) {
          const inUnit = await q.unitWithin(db, unitId, p.unit_id);
          writable.set(p.id, inUnit && (await trainingAccess(db, ctx.actor, p)).write);
        }
        ok = writable.get(p.id)!;
      }
      if (!ok) c.issues.push({ field: 'citizenId', key: 'training.import.person_unknown' });
      else {
        c.personId = p!.id;
        c.unitId = p!.unit_id;
      }
    }
    const long = (k: Key, max: number) => {
      const v = text(k);
      if (v !== null && v.length > max) c.issues.push({ field: k, key: 'v.text_max', params: { max } });
      return v;
    };
    const fieldOfStudy = long('fieldOfStudy', 200);
    if (fieldOfStudy) c.profile.field_of_study = fieldOfStudy;
    const it = long('itLevel', 200);
    if (it) c.profile.it_level = it;
    const fl = long('foreignLanguage', 200);
    if (fl) c.profile.foreign_language = fl;
    const listOf = <T extends string>(k: Key, codes: readonly T[], prefix: string) => {
      const v = text(k);
      if (v === null) return null;
      const code = listValue(codes, prefix, v);
      if (!code) c.issues.push({ field: k, key: 'training.import.value', params: { value: v } });
      return code ?? null;
    };
    const group = listOf('fieldGroup', FIELD_GROUPS, 'training.fieldGroup');
    if (group) c.profile.field_group = group;
    const defence = listOf('defenceSecurity', DEFENCE_GROUPS, 'training.defence');
    if (defence) c.profile.defence_security = defence;

    const name = long('name', 300);
    if (name) {
      const date = (k: Key) => {
        const d = dateValue(get(k));
        if (d === undefined) c.issues.push({ field: k, key: 'training.import.date', params: { value: text(k) } });
        return d ?? null;
      };
      const institution = long('institution', 300);
      const startDate = date('startDate');
      const endDate = date('endDate');
      if (!institution) c.issues.push({ field: 'institution', key: 'v.required' });
      if (!startDate && text('startDate') === null) c.issues.push({ field: 'startDate', key: 'v.required' });
      const mode = listOf('mode', COURSE_MODES, 'training.mode');
      if (!mode && text('mode') === null) c.issues.push({ field: 'mode', key: 'v.required' });
      const result = listOf('result', COURSE_RESULTS, 'training.result') ?? (text('result') === null ? 'in_progress' : null);
      const level = listOf('level', COURSE_LEVELS, 'training.level');
      const certificate = long('certificate', 300);
      if (institution && startDate && mode && result && c.issues.length === 0) {
        c.course = { name, institution, startDate, endDate, mode, result, certificate, level, fieldGroup: null };
        for (const i of courseInputIssues(c.course, today)) {
          c.issues.push({ field: i.field as Key, key: i.key, params: { start: i.params.start.split('-').reverse().join('/') } });
        }
      }
    }
    checked.push(c);
  }
  await onProgress({ phase: 'validating', done: raw.length, total: raw.length });

  const bad = checked.filter((c) => c.issues.length > 0);
  const courses = checked.filter((c) => c.course).length;
  const result: StoredImportResult = {
    total: checked.length,
    valid: checked.length - bad.length,
    invalid: bad.length,
    inserted: 0,
    mode: 'all',
    issues: bad
      .flatMap((c) =>
        c.issues.map((i) => ({
          row: c.row,
          field: i.field,
          header: headers.get(positions.get(i.field) ?? -1) ?? i.field,
          key: i.key,
          params: i.params,
        })),
      )
      .slice(0, 50),
  };
  if (bad.length) {
    const errorFile = await writeErrorWorkbook(
      headers,
      checked.map((c) => ({
        cells: c.cells,
        bad: new Set(c.issues.flatMap((i) => (positions.has(i.field) ? [positions.get(i.field)!] : []))),
        errorText: c.issues.length
          ? `${t(ctx.locale, 'xlsx.row', { row: c.row })} — ${c.issues
              .map((i) => `${headers.get(positions.get(i.field) ?? -1) ?? i.field}: ${tAny(ctx.locale, i.key, i.params)}`)
              .join('; ')}`
          : '',
      })),
      ws.name,
    );
    return { status: 'failed', result, error: null, errorFile };
  }

  await onProgress({ phase: 'writing', done: 0, total: checked.length });
  await db.transaction().execute(async (trx) => {
    const events: Parameters<typeof recordAudit>[2] = [];
    const profiles = new Map<string, Checked['profile'] & { unitId: string }>();
    for (const c of checked) {
      if (Object.keys(c.profile).length)
        profiles.set(c.personId!, { ...(profiles.get(c.personId!) ?? { unitId: c.unitId! }), ...c.profile });
    }
    for (const [personId, { unitId: pUnit, ...values }] of profiles) {
      const before = await q.profileOf(trx, personId, true);
      const after = before
        ? await q.updateProfile(trx, personId, before.version, values)
        : await q.insertProfile(trx, { person_id: personId, ...values });
      if (!after) throw new Error('training profile changed during the import');
      const strip = <T extends { updated_at?: unknown }>(x: T) => ({ ...x, updated_at: undefined });
      events.push({
        action: 'training.profile.update',
        entityType: 'training_profile',
        entityId: personId,
        personId,
        unitId: pUnit,
        before: before ? strip(before) : null,
        after: strip(after),
      });
    }
    const rows = checked.filter((c) => c.course).map((c) => ({ id: randomUUID(), ...courseRow(c.personId!, c.course!), unit: c.unitId! }));
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await q.insertCourseRows(
        trx,
        chunk.map(({ unit: _u, ...r }) => r),
      );
      await onProgress({ phase: 'writing', done: Math.min(rows.length, i + 500), total: rows.length });
    }
    for (const r of rows) {
      const { unit, ...after } = r;
      events.push({
        action: 'training.course.create',
        entityType: 'training_course',
        entityId: r.id,
        personId: r.person_id,
        unitId: unit,
        after,
      });
    }
    events.push({
      action: 'training.import',
      entityType: 'job',
      entityId: ctx.jobId ?? randomUUID(),
      unitId,
      after: { total: checked.length, courses: rows.length, profiles: profiles.size },
    });
    await recordAudit(trx, ctx.audit, events);
  });
  return { status: 'succeeded', result: { ...result, inserted: courses }, error: null, errorFile: null };
}
