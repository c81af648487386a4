// Rows → views: a membership with its derived dates (probation end, Party age, transfer deadlines), a
// rule finding worded in the reader's language with its citation, months as mm/yyyy, a meeting's card.
import { todayInVietnam } from '../../../domain/dates.js';
import {
  CELL_RULES,
  type CellRule,
  type CellSettings,
  meetingFlags,
  partyAgeYears,
  probationEnd,
  standingOn,
  standingPeriods,
  transferDeadlines,
} from '../../../domain/party-cells/index.js';
import type { Finding, MeetingSummary, MembershipView } from '../../../contracts/party-cells.js';
import { type Locale, type MessageKey, t } from '../../i18n.js';
import type { MeetingRow, MembershipRow, meetingsOfCells } from './party-cells.queries.js';

/** 'YYYY-MM' → 'mm/yyyy' as a Vietnamese office writes a month. */
export const viMonth = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

export function finding(locale: Locale, rule: CellRule, code: MessageKey, ok: boolean, params: Record<string, unknown> = {}): Finding {
  return { code, ok, rule: CELL_RULES[rule], message: t(locale, code, { ...params, rule: CELL_RULES[rule] }) };
}

export function membershipView(
  r: MembershipRow,
  settings: CellSettings,
  holidays: ReadonlySet<string>,
  on = todayInVietnam(),
): MembershipView {
  return {
    id: r.id,
    personId: r.person_id,
    name: r.name,
    cellId: r.cell_id,
    cellName: r.cell_name,
    kind: r.kind,
    status: r.full_vote_on ? 'full' : 'probationary',
    fromOn: r.from_on,
    toOn: r.to_on,
    joinedHow: r.joined_how,
    leftHow: r.left_how,
    admissionDecisionOn: r.admission_decision_on,
    ceremonyOn: r.ceremony_on,
    probationEndsOn: r.ceremony_on ? probationEnd(r.ceremony_on, settings) : null,
    fullVoteOn: r.full_vote_on,
    fullDecisionOn: r.full_decision_on,
    partyAgeYears: r.admission_decision_on ? partyAgeYears(r.admission_decision_on, on) : null,
    cardNumber: r.card_number,
    ageException: r.age_exception,
    exemptFrom: r.exempt_from,
    suspendedFrom: r.suspended_from,
    standing: standingPeriods(r).map((p) => ({
      kind: p.kind,
      fromOn: p.from,
      toOn: p.to,
      decision: p.kind === 'exempt' ? r.exempt_decision : r.suspended_decision,
      decisionOn: p.kind === 'exempt' ? r.exempt_decision_on : r.suspended_decision_on,
      current: standingOn([p], on) !== null,
    })),
    transfer: r.left_how === 'official_transfer' && r.to_on ? transferDeadlines(r.to_on, settings, holidays) : null,
    version: r.version,
  };
}

export function flagFindings(
  m: Pick<MeetingRow, 'status' | 'kind' | 'planned_at' | 'documents_posted_at' | 'started_at' | 'ended_at'>,
  settings: CellSettings,
  locale: Locale,
) {
  if (m.status === 'cancelled') return [];
  return meetingFlags(
    { kind: m.kind, plannedAt: m.planned_at, documentsPostedAt: m.documents_posted_at, startedAt: m.started_at, endedAt: m.ended_at },
    settings,
  ).map((f) => finding(locale, 'meeting', f.code, false, f.params));
}

type MeetingListRow = Awaited<ReturnType<typeof meetingsOfCells>>[number];

/** A meeting as a card: its counts and flags (`expected` never under the marks taken). */
export function meetingSummary(m: MeetingListRow, expected: number, settings: CellSettings, locale: Locale): MeetingSummary {
  return {
    id: m.id,
    kind: m.kind,
    month: m.month,
    plannedAt: m.planned_at.toISOString(),
    place: m.place,
    topic: m.topic,
    status: m.status,
    documentsPosted: m.documents_posted_at !== null,
    present: m.present,
    expected: Math.max(expected, m.marked),
    flags: flagFindings(m, settings, locale),
  };
}
