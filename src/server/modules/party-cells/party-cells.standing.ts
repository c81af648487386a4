// Exemption from Party work and suspension of a member in their cell: started with the decision
// (number and date) and ended on a day, each audited. While either is in force the member is not
// expected at the cell's meetings (domain standing.ts): the Charter's skipped months and the meeting's
// attendance indicators leave those meetings out.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { EndStandingRequest, MembershipView, StartStandingRequest } from '../../../contracts/party-cells.js';
import { compareDates, formatViDate } from '../../../domain/dates.js';
import { CELL_RULES, type StandingKind, standingPeriods } from '../../../domain/party-cells/index.js';
import type { DB } from '../../db/schema.js';
import { fieldError } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { type Locale, t } from '../../i18n.js';
import { changeMembership, membershipViewOf } from './party-cells.membership.service.js';
import { loadManaged } from './party-cells.policy.js';
import * as q from './party-cells.queries.js';

const kindText = (locale: Locale, kind: StandingKind) => t(locale, `cells.standing.kind.${kind}`);

export async function startStanding(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: z.infer<typeof StartStandingRequest>,
): Promise<MembershipView> {
  const row = await loadManaged(db, actor, () => q.membershipById(db, id), body.version);
  if (compareDates(body.fromOn, row.from_on) < 0 || (row.to_on && compareDates(body.fromOn, row.to_on) >= 0))
    throw fieldError('fromOn', 'cells.standing.outside', {
      date: formatViDate(body.fromOn),
      from: formatViDate(row.from_on),
      to: row.to_on ? formatViDate(row.to_on) : '…',
    });
  if (compareDates(body.decisionOn, body.fromOn) > 0)
    throw fieldError('decisionOn', 'cells.standing.decision_after', { date: formatViDate(body.fromOn) });
  const open = standingPeriods(row).find((p) => p.kind === body.kind && (p.to === null || compareDates(p.to, body.fromOn) > 0));
  if (open)
    throw fieldError('kind', 'cells.standing.open', {
      rule: CELL_RULES.membership,
      kind: kindText(locale, body.kind),
      from: formatViDate(open.from),
    });
  const set =
    body.kind === 'exempt'
      ? { exempt_from: body.fromOn, exempt_to: null, exempt_decision: body.decisionNumber, exempt_decision_on: body.decisionOn }
      : {
          suspended_from: body.fromOn,
          suspended_to: null,
          suspended_decision: body.decisionNumber,
          suspended_decision_on: body.decisionOn,
        };
  await changeMembership(
    db,
    ctx,
    row,
    body.version,
    set,
    body.kind === 'exempt' ? 'cells.membership.exempt' : 'cells.membership.suspend',
    body,
  );
  return membershipViewOf(db, id);
}

export async function endStanding(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: z.infer<typeof EndStandingRequest>,
): Promise<MembershipView> {
  const row = await loadManaged(db, actor, () => q.membershipById(db, id), body.version);
  const open = standingPeriods(row).find((p) => p.kind === body.kind && p.to === null);
  if (!open) throw fieldError('kind', 'cells.standing.none', { kind: kindText(locale, body.kind) });
  if (compareDates(body.toOn, open.from) <= 0)
    throw fieldError('toOn', 'cells.standing.end_before_start', { date: formatViDate(open.from) });
  const set = body.kind === 'exempt' ? { exempt_to: body.toOn } : { suspended_to: body.toOn };
  await changeMembership(db, ctx, row, body.version, set, 'cells.membership.standing_end', { ...body, from: open.from });
  return membershipViewOf(db, id);
}
