// Conduct records as the API shows them (fields listed explicitly), and what the audit keeps.
import type { ConfidenceVoteView, DegradationView, DisciplineView, MemberStatusView, ShortcomingView } from '../../../contracts/conduct.js';
import { pctOf } from '../../../domain/evaluation/index.js';
import type { DegradationRow, DisciplineRow, ShortcomingRow, StatusRow, VoteRow } from './conduct.queries.js';

export const presentDiscipline = (r: DisciplineRow): DisciplineView => ({
  id: r.id,
  personId: r.person_id,
  kind: r.kind,
  decidedOn: r.decided_on,
  reason: r.reason,
  decisionRef: r.decision_ref,
  version: r.version,
  breachOn: r.breach_on,
  breachUnitId: r.breach_unit_id,
});

export const presentVote = (r: VoteRow): ConfidenceVoteView => ({
  id: r.id,
  personId: r.person_id,
  votedOn: r.voted_on,
  totalVotes: r.total_votes,
  highVotes: r.high_votes,
  lowVotes: r.low_votes,
  lowPct: pctOf(r.low_votes, r.total_votes) ?? 0,
  note: r.note,
});

export const presentDegradation = (r: DegradationRow): DegradationView => ({
  id: r.id,
  personId: r.person_id,
  concludedOn: r.concluded_on,
  text: r.text,
  decisionRef: r.decision_ref,
});

export const presentShortcoming = (r: ShortcomingRow, canFix: boolean): ShortcomingView => ({
  id: r.id,
  personId: r.person_id,
  unitId: r.unit_id,
  notedOn: r.noted_on,
  text: r.text,
  fixedOn: r.fixed_on,
  version: r.version,
  actions: { fix: canFix },
});

export const presentStatus = (r: StatusRow): MemberStatusView => ({
  id: r.id,
  personId: r.person_id,
  kind: r.kind,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  note: r.note,
});

/** The audit keeps the view without the ids it already files the event under, nor the actions. */
export function auditOf(v: { id: string; personId: string | null; actions?: unknown }): Record<string, unknown> {
  const { id: _id, personId: _person, actions: _actions, ...rest } = v;
  return rest;
}
