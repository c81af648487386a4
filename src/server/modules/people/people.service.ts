// Person records: reference checks, creation (one or many, e.g. from an import), updates with
// optimistic locking, and the detail view. Every write audits in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { PersonDetail, PersonInput } from '../../../contracts/people.js';
import { parseCivilDate, todayInVietnam } from '../../../domain/dates.js';
import { personSearchText, vietnameseSortKey } from '../../../domain/names.js';
import type { DB, PersonTable } from '../../db/schema.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { type FieldIssue, conflict, invalid, notFound } from '../../errors.js';
import { recordAudit } from '../audit/index.js';
import { unitInSubtrees } from '../org/index.js';
import { assertCanRead, assertCanWrite, requireWriter, writeRoots } from './people.policy.js';
import { type AdminRef, adminRefOf, auditSnapshot, presentDetail } from './people.presenter.js';
import * as q from './people.queries.js';
import { loadRetirementSchedule } from './people.retirement.js';
import { tenuresOf } from './tenures.queries.js';

/** A record to create; `id` may be chosen by the caller (imports that link rows). */
export type NewPerson = PersonInput & { id?: string };

/** Remembers lookups across the rows of one import (scope answers are keyed by the actor's write roots). */
export interface PersonRefCache {
  inScope: Map<string, boolean>;
  unitOpen: Map<string, boolean>;
  adminUnit: Map<string, boolean>;
  /** Cadre group code → configured for people (not a collective's group). */
  cadreGroup: Map<string, boolean>;
}
export const newPersonRefCache = (): PersonRefCache => ({
  inScope: new Map(),
  unitOpen: new Map(),
  adminUnit: new Map(),
  cadreGroup: new Map(),
});

/** Whole years between two civil dates. */
function ageOn(dateOfBirth: string, on: string): number {
  const b = parseCivilDate(dateOfBirth);
  const d = parseCivilDate(on);
  return d.year - b.year - (d.month < b.month || (d.month === b.month && d.day < b.day) ? 1 : 0);
}

type RefFields = Pick<PersonInput, 'unitId' | 'birthplaceId' | 'hometownId' | 'dateOfBirth'> & { cadreGroup?: string | null };

/**
 * Checks what zod cannot: the unit is in the actor's write scope and open, the birthplace and
 * hometown exist, the cadre group is one of the configured groups of people (chosen from the list,
 * never a free code), the age is 16–100 today. Returns the issues (field + message key) rather than
 * throwing, so that an importer reports them row by row. Values equal to `previous` are not
 * re-checked (editing someone whose unit has since closed stays possible).
 */
export async function validatePersonRefs(
  db: Kysely<DB>,
  actor: Actor,
  input: RefFields,
  opts: { previous?: RefFields; today?: string; cache?: PersonRefCache } = {},
): Promise<FieldIssue[]> {
  const today = opts.today ?? todayInVietnam();
  const cache = opts.cache ?? newPersonRefCache();
  const prev = opts.previous;
  const issues: FieldIssue[] = [];
  if (input.unitId !== prev?.unitId) {
    const roots = writeRoots(actor);
    const scopeKey = `${roots.join(',')}>${input.unitId}`;
    if (!cache.inScope.has(scopeKey)) cache.inScope.set(scopeKey, await unitInSubtrees(db, roots, input.unitId));
    if (!cache.inScope.get(scopeKey)) issues.push({ field: 'unitId', key: 'v.out_of_scope' });
    else {
      if (!cache.unitOpen.has(input.unitId)) {
        const [u] = await q.unitsByIds(db, [input.unitId]);
        cache.unitOpen.set(input.unitId, !!u && (u.valid_to === null || u.valid_to > today));
      }
      if (!cache.unitOpen.get(input.unitId)) issues.push({ field: 'unitId', key: 'v.unit_closed' });
    }
  }
  const refs = (['birthplaceId', 'hometownId'] as const).filter((f) => input[f] && input[f] !== prev?.[f]);
  const unknown = refs.map((f) => input[f] as string).filter((id) => !cache.adminUnit.has(id));
  if (unknown.length) {
    const found = await q.existingAdminUnits(db, unknown);
    for (const id of unknown) cache.adminUnit.set(id, found.has(id));
  }
  for (const f of refs) if (!cache.adminUnit.get(input[f] as string)) issues.push({ field: f, key: 'v.unknown_ref', params: { field: f } });
  const group = input.cadreGroup || null;
  if (group && group !== (prev?.cadreGroup || null)) {
    if (!cache.cadreGroup.has(group)) cache.cadreGroup.set(group, await q.isPersonCadreGroup(db, group));
    if (!cache.cadreGroup.get(group)) issues.push({ field: 'cadreGroup', key: 'v.unknown_cadre_group' });
  }
  if (input.dateOfBirth !== prev?.dateOfBirth) {
    const age = ageOn(input.dateOfBirth, today);
    if (age < 16 || age > 100) issues.push({ field: 'dateOfBirth', key: 'v.age' });
  }
  return issues;
}

/** The stored columns of an input, with the derived search text and Vietnamese sort key. */
export function personColumns(p: PersonInput) {
  const name = { familyName: p.familyName, middleName: p.middleName ?? '', givenName: p.givenName };
  return {
    unit_id: p.unitId,
    family_name: p.familyName,
    middle_name: name.middleName,
    given_name: p.givenName,
    gender: p.gender,
    date_of_birth: p.dateOfBirth,
    birthplace_id: p.birthplaceId || null,
    hometown_id: p.hometownId || null,
    ethnicity: p.ethnicity,
    religion: p.religion ?? '',
    citizen_id: p.citizenId || null,
    education_level: p.educationLevel || null,
    professional_qualification: p.professionalQualification || null,
    political_theory_level: p.politicalTheoryLevel || null,
    state_management_level: p.stateManagementLevel || null,
    party_admission_date: p.partyAdmissionDate || null,
    party_full_date: p.partyFullDate || null,
    kind: p.kind,
    cadre_group: p.cadreGroup || null,
    phone: p.phone || null,
    email: p.email || null,
    search_text: personSearchText(name),
    sort_key: vietnameseSortKey(name),
  } satisfies Omit<Insertable<PersonTable>, 'id'>;
}

/**
 * Creates records in the caller's transaction, with one 'person.create' audit event each.
 * Does not check references or scope: call validatePersonRefs first. A duplicate citizen ID
 * raises the database's unique violation (23505), which the error handler maps to 409.
 * The records are written first (in statements of 2,000, `onWritten` told after each), then their
 * events in one recordAudit call: the audit head is locked for the events' write only.
 */
export async function insertPeople(
  trx: Transaction<DB>,
  ctx: AuditContext,
  rows: NewPerson[],
  onWritten: (done: number) => unknown = () => {},
): Promise<string[]> {
  const values = rows.map((r) => ({ id: r.id ?? randomUUID(), ...personColumns(r) }));
  for (let i = 0; i < values.length; i += WRITE_CHUNK) {
    await q.insertPersonRows(trx, values.slice(i, i + WRITE_CHUNK));
    await onWritten(Math.min(values.length, i + WRITE_CHUNK));
  }
  await recordAudit(
    trx,
    ctx,
    values.map((v) => ({
      action: 'person.create',
      entityType: 'person',
      entityId: v.id,
      personId: v.id,
      unitId: v.unit_id,
      after: auditSnapshot({ ...v, version: 1 }),
    })),
  );
  return values.map((v) => v.id);
}
const WRITE_CHUNK = 2000;

export async function createPerson(db: Kysely<DB>, actor: Actor, ctx: AuditContext, input: PersonInput): Promise<string> {
  requireWriter(actor);
  const issues = await validatePersonRefs(db, actor, input);
  if (issues.length) throw invalid(...issues);
  return db.transaction().execute(async (trx) => (await insertPeople(trx, ctx, [input]))[0]);
}

export async function updatePerson(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  version: number,
  changes: PersonInput,
): Promise<void> {
  const current = await q.personById(db, id);
  if (!current) throw notFound();
  await assertCanWrite(db, actor, { id, unitId: current.unit_id });
  const previous = {
    unitId: current.unit_id,
    birthplaceId: current.birthplace_id,
    hometownId: current.hometown_id,
    dateOfBirth: current.date_of_birth,
    cadreGroup: current.cadre_group,
  };
  const issues = await validatePersonRefs(db, actor, changes, { previous });
  if (issues.length) throw invalid(...issues);
  await db.transaction().execute(async (trx) => {
    const before = await q.lockPerson(trx, id);
    if (!before || before.version !== version) throw conflict();
    const values = personColumns(changes);
    if (!(await q.updatePersonRow(trx, id, version, values))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'person.update',
        entityType: 'person',
        entityId: id,
        personId: id,
        unitId: values.unit_id,
        before: auditSnapshot(before),
        after: auditSnapshot({ id, ...values, version: version + 1 }),
      },
    ]);
  });
}

/** Administrative units with their paths, by id. */
export async function adminRefs(db: Kysely<DB>, ids: Array<string | null>): Promise<Map<string, AdminRef>> {
  const rows = await q.adminUnitPaths(
    db,
    ids.filter((x): x is string => !!x),
  );
  return new Map(rows.map((r) => [r.id, adminRefOf(r)]));
}

/** The detail view, or 404 when the actor may not read it. */
export async function personDetail(db: Kysely<DB>, actor: Actor, id: string): Promise<PersonDetail> {
  const p = await q.personById(db, id);
  if (!p) throw notFound();
  const access = await assertCanRead(db, actor, { id, unitId: p.unit_id });
  const [tenures, residences, schedule] = await Promise.all([tenuresOf(db, id), q.residencesOf(db, id), loadRetirementSchedule(db)]);
  const adminUnits = await adminRefs(db, [p.birthplace_id, p.hometown_id, ...residences.map((r) => r.admin_unit_id)]);
  return presentDetail(p, { schedule, access, tenures, residences, adminUnits });
}
