// Memberships: a member joins a cell (admission with the age rule, or a transfer), the cell votes on
// full membership once the probation is over, the membership ends (transfer, removal, expulsion…).
// Every refusal names the field and the rule; every change is audited in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import type {
  CreateMembershipRequest,
  EndMembershipRequest,
  FullMembershipRequest,
  MembershipView,
} from '../../../contracts/party-cells.js';
import { compareDates, formatViDate, todayInVietnam } from '../../../domain/dates.js';
import { CELL_RULES, type CellSettings, admissionAge, probationComplete, probationEnd } from '../../../domain/party-cells/index.js';
import type { DB, PartyMembershipTable } from '../../db/schema.js';
import { conflict, fieldError, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import type { AuditInput } from '../audit/index.js';
import { audited } from './party-cells.audited.js';
import { loadManaged, manageCell } from './party-cells.policy.js';
import { membershipView } from './party-cells.present.js';
import * as q from './party-cells.queries.js';
import type { MembershipRow } from './party-cells.queries.js';
import { loadCellSettings, loadHolidays } from './party-cells.settings.js';
import * as w from './party-cells.writes.queries.js';

type CreateBody = z.infer<typeof CreateMembershipRequest>;

/** The full-membership vote only once the probation from the ceremony is over (400 on `field`). */
function assertProbationOver(field: string, ceremonyOn: string, voteOn: string, settings: CellSettings): void {
  if (!probationComplete(ceremonyOn, voteOn, settings))
    throw fieldError(field, 'cells.membership.probation_early', {
      rule: CELL_RULES.probation,
      date: formatViDate(probationEnd(ceremonyOn, settings)),
      on: formatViDate(voteOn),
    });
}

export async function membershipViewOf(db: Kysely<DB>, id: string): Promise<MembershipView> {
  const row = await q.membershipById(db, id);
  if (!row) throw notFound();
  const settings = await loadCellSettings(db);
  return membershipView(row, settings, await loadHolidays(db, row.to_on ?? todayInVietnam()));
}

/** Records a membership; `within` runs in the same transaction (the candidate's admission decision, decision 0033). */
export async function createMembership(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  cellId: string,
  body: CreateBody,
  within?: (trx: Transaction<DB>, membershipId: string) => Promise<void>,
) {
  void locale;
  const { cell } = await manageCell(db, actor, cellId);
  const person = await q.personById(db, body.personId);
  if (!person) throw fieldError('personId', 'v.unknown_ref', { field: 'personId' });
  await assertMembershipRules(db, person, body, await loadCellSettings(db, body.fromOn));
  const id = randomUUID();
  await audited(
    db,
    ctx,
    async (trx) => {
      await w.insertMembership(trx, membershipRow(id, cell.id, body));
      await within?.(trx, id);
    },
    {
      action: 'cells.membership.create',
      entityType: 'party_membership',
      entityId: id,
      unitId: cell.id,
      personId: body.personId,
      after: body,
    },
  );
  return membershipViewOf(db, id);
}

/** The new membership's row as stored. */
export function membershipRow(id: string, cellId: string, body: CreateBody): Insertable<PartyMembershipTable> {
  return {
    id,
    person_id: body.personId,
    cell_id: cellId,
    kind: body.kind,
    from_on: body.fromOn,
    to_on: null,
    joined_how: body.joinedHow,
    left_how: null,
    admission_decision_on: body.admissionDecisionOn ?? null,
    ceremony_on: body.ceremonyOn ?? null,
    full_vote_on: body.fullVoteOn ?? null,
    full_decision_on: body.fullDecisionOn ?? null,
    card_number: body.cardNumber?.trim() || null,
    age_exception: body.ageException?.trim() || null,
    exempt_from: null,
    exempt_decision: null,
    suspended_from: null,
  };
}

/**
 * The rules a new membership must meet (the API and the Excel import apply the same): the admission
 * dates and age, the ceremony after the decision, the full-membership vote after the probation, one
 * official cell at a time. Throws the 400 naming the field and the rule.
 */
export async function assertMembershipRules(
  db: Kysely<DB>,
  person: { name: string; date_of_birth: string },
  body: CreateBody,
  settings: CellSettings,
): Promise<void> {
  if (body.joinedHow === 'admission') {
    if (!body.admissionDecisionOn)
      throw fieldError('admissionDecisionOn', 'cells.membership.admission_dates', { rule: CELL_RULES.admissionAge });
    const age = admissionAge(person.date_of_birth, body.consideredOn ?? body.admissionDecisionOn, settings);
    if (!age.ok && !body.ageException?.trim()) {
      throw fieldError('admissionDecisionOn', age.code, {
        rule: CELL_RULES.admissionAge,
        years: Math.floor(age.ageMonths / 12),
        months: age.ageMonths % 12,
        min: settings.admissionAge.minMonths / 12,
        max: settings.admissionAge.maxMonths / 12,
      });
    }
  }
  if (body.ceremonyOn && body.admissionDecisionOn && compareDates(body.ceremonyOn, body.admissionDecisionOn) < 0)
    throw fieldError('ceremonyOn', 'cells.membership.ceremony_before_decision', { date: formatViDate(body.admissionDecisionOn) });
  if (body.fullVoteOn) {
    if (!body.ceremonyOn) throw fieldError('fullVoteOn', 'cells.membership.no_ceremony', { rule: CELL_RULES.probation });
    assertProbationOver('fullVoteOn', body.ceremonyOn, body.fullVoteOn, settings);
  }
  if (body.kind === 'official') {
    const other = await q.overlappingOfficial(db, body.personId, body.fromOn);
    if (other)
      throw fieldError('personId', 'cells.membership.overlap', {
        rule: CELL_RULES.membership,
        name: person.name,
        cell: other.cell_name,
        from: formatViDate(other.from_on),
      });
  }
}

const loadForWrite = (db: Kysely<DB>, actor: Actor, id: string, version: number) =>
  loadManaged(db, actor, () => q.membershipById(db, id), version);

/** Updates the membership at `version` and audits it in one transaction (409 when another write came first). */
export async function changeMembership(
  db: Kysely<DB>,
  ctx: AuditContext,
  row: MembershipRow,
  version: number,
  set: Updateable<PartyMembershipTable>,
  action: AuditInput['action'],
  after: unknown,
): Promise<void> {
  await audited(
    db,
    ctx,
    async (trx) => {
      if (!(await w.updateMembership(trx, row.id, version, set))) throw conflict();
    },
    { action, entityType: 'party_membership', entityId: row.id, unitId: row.cell_id, personId: row.person_id, after },
  );
}

export async function recordFullMembership(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: z.infer<typeof FullMembershipRequest>,
): Promise<MembershipView> {
  const row = await loadForWrite(db, actor, id, body.version);
  if (row.to_on) throw fieldError('voteOn', 'cells.membership.ended', { date: formatViDate(row.to_on) });
  if (row.full_vote_on) throw fieldError('voteOn', 'cells.membership.already_full');
  if (!row.ceremony_on) throw fieldError('voteOn', 'cells.membership.no_ceremony', { rule: CELL_RULES.probation });
  const settings = await loadCellSettings(db, body.voteOn);
  assertProbationOver('voteOn', row.ceremony_on, body.voteOn, settings);
  if (body.decisionOn && compareDates(body.decisionOn, body.voteOn) < 0) throw fieldError('decisionOn', 'v.date_order');
  await changeMembership(
    db,
    ctx,
    row,
    body.version,
    { full_vote_on: body.voteOn, full_decision_on: body.decisionOn ?? null },
    'cells.membership.full',
    body,
  );
  return membershipViewOf(db, id);
}

export async function endMembership(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: z.infer<typeof EndMembershipRequest>,
): Promise<MembershipView> {
  const row = await loadForWrite(db, actor, id, body.version);
  if (row.to_on) throw fieldError('toOn', 'cells.membership.ended', { date: formatViDate(row.to_on) });
  if (compareDates(body.toOn, row.from_on) <= 0)
    throw fieldError('toOn', 'cells.membership.end_before_start', { date: formatViDate(row.from_on) });
  await changeMembership(db, ctx, row, body.version, { to_on: body.toOn, left_how: body.leftHow }, 'cells.membership.end', body);
  return membershipViewOf(db, id);
}

/** A person's Party timeline: every membership, oldest first (people.read scope on the person, or the person themself). */
export async function timeline(db: Kysely<DB>, personId: string) {
  const rows = await q.membershipsOfPerson(db, personId);
  const settings = await loadCellSettings(db);
  const holidays = await loadHolidays(db, rows[0]?.from_on ?? todayInVietnam());
  return rows.map((r) => membershipView(r, settings, holidays));
}
