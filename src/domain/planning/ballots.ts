// Nomination ballots for a plan (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): given the rounds and the
// vote counts, who reaches the threshold (a setting — default more than 50% of those present [U]).
//
// Choices: a round is valid only with the quorum present (default 2/3 of the members [U]); an invalid
// round selects nobody. Within the seats still open, those reaching the threshold are taken by votes,
// most first; when the last open seat falls between equal counts, the tied people are not selected
// (another round decides). Each later round only considers people not yet selected.
import { PLANNING_RULES } from './citations.js';
import { type RuleCheck, ruleCheck } from './rule-check.js';
import type { PlanningBallotRules } from './settings.js';
import { reachesThreshold, votePct, votesNeeded } from './votes.js';

export interface BallotRound {
  members: number;
  present: number;
  /** Votes per candidate (person id → votes). */
  votes: Readonly<Record<string, number>>;
}

export interface BallotIssue {
  field: string;
  code: string;
  params: Record<string, number | string>;
}

/** Hướng dẫn 45-HD/BTCTW (phiếu kiểm phiếu): input problems of a round, each naming its field (present ≤ members, votes ≤ present, whole numbers). */
export function validateBallotRound(r: BallotRound, index = 0): BallotIssue[] {
  const issues: BallotIssue[] = [];
  const f = (name: string) => `rounds.${index}.${name}`;
  const int = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (!int(r.members) || r.members < 1) issues.push({ field: f('members'), code: 'ballot.members', params: { min: 1 } });
  if (!int(r.present)) issues.push({ field: f('present'), code: 'ballot.count', params: {} });
  else if (int(r.members) && r.present > r.members)
    issues.push({ field: f('present'), code: 'ballot.present_over_members', params: { present: r.present, members: r.members } });
  for (const [id, v] of Object.entries(r.votes)) {
    if (!int(v)) issues.push({ field: f(`votes.${id}`), code: 'ballot.count', params: {} });
    else if (int(r.present) && v > r.present)
      issues.push({ field: f(`votes.${id}`), code: 'ballot.votes_over_present', params: { votes: v, present: r.present } });
  }
  return issues;
}

export interface RoundResult {
  quorum: RuleCheck;
  /** One check per candidate of the round: reached the threshold or not. */
  candidates: Array<{ personId: string; votes: number; pct: number | null; check: RuleCheck }>;
  selected: string[];
  tied: string[];
}

export interface BallotOutcome {
  rounds: RoundResult[];
  selected: string[];
}

/** Hướng dẫn 45-HD/BTCTW (bỏ phiếu giới thiệu quy hoạch): the result of each round and who is selected for `seats` seats. */
export function tallyBallot(rounds: readonly BallotRound[], seats: number, rules: PlanningBallotRules): BallotOutcome {
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError(`Seats must be a positive integer: ${seats}`);
  rounds.forEach((r, i) => {
    const issues = validateBallotRound(r, i);
    if (issues.length > 0) throw new RangeError(`Invalid ballot round ${i}: ${issues.map((x) => `${x.field} ${x.code}`).join(', ')}`);
  });
  const t = rules.threshold;
  const selected: string[] = [];
  const results: RoundResult[] = [];
  rounds.forEach((r, index) => {
    const quorumMet = r.present * rules.quorum.den >= rules.quorum.num * r.members;
    const quorum = ruleCheck(
      quorumMet ? 'planning.ballot.quorum.ok' : 'planning.ballot.quorum',
      quorumMet ? 'pass' : 'fail',
      PLANNING_RULES.ballot,
      {
        round: index + 1,
        members: r.members,
        present: r.present,
        quorumNum: rules.quorum.num,
        quorumDen: rules.quorum.den,
      },
    );
    const needed = votesNeeded(r.members, r.present, t);
    const candidates = Object.entries(r.votes)
      .filter(([id]) => !selected.includes(id))
      .map(([personId, votes]) => {
        const c = { members: r.members, present: r.present, votes };
        const ok = quorumMet && reachesThreshold(c, t);
        const check = ruleCheck(
          ok ? 'planning.ballot.reached' : 'planning.ballot.not_reached',
          ok ? 'pass' : 'fail',
          PLANNING_RULES.ballot,
          {
            round: index + 1,
            votes,
            base: t.base === 'present' ? r.present : r.members,
            basis: t.base,
            needed,
            num: t.num,
            den: t.den,
            strict: t.strict,
            pct: votePct(c, t),
          },
        );
        return { personId, votes, pct: votePct(c, t), check };
      });
    const reached = candidates.filter((c) => c.check.outcome === 'pass').sort((a, b) => b.votes - a.votes);
    const open = seats - selected.length;
    let roundSelected = reached.slice(0, Math.max(open, 0)).map((c) => c.personId);
    let tied: string[] = [];
    if (reached.length > open && open > 0) {
      const cut = reached[open - 1].votes;
      if (reached[open].votes === cut) {
        tied = reached.filter((c) => c.votes === cut).map((c) => c.personId);
        roundSelected = reached.filter((c) => c.votes > cut).map((c) => c.personId);
      }
    }
    selected.push(...roundSelected);
    results.push({ quorum, candidates, selected: roundSelected, tied });
  });
  return { rounds: results, selected };
}
