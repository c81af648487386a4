// The votes personnel decisions need (Quy định 377-QĐ/TW; Điều lệ Đảng; Nghị định 170/2025/NĐ-CP): a
// change to committee membership during the term needs a secret ballot with more than 2/3 of the
// members; removal from office more than 50%. Thresholds compared on the counts (planning/votes.ts).
import { type RuleCheck, ruleCheck } from '../planning/rule-check.js';
import type { VoteThreshold } from '../planning/settings.js';
import { type VoteCount, reachesThreshold, votePct, votesNeeded } from '../planning/votes.js';
import { PERSONNEL_RULES } from './citations.js';
import type { DecisionVoteRules } from './settings.js';

function voteParams(c: VoteCount, t: VoteThreshold) {
  return {
    members: c.members,
    present: c.present,
    votes: c.votes,
    needed: votesNeeded(c.members, c.present, t),
    pct: votePct(c, t),
    num: t.num,
    den: t.den,
    strict: t.strict,
    basis: t.base,
  };
}

/** Quy định 377-QĐ/TW; Điều lệ Đảng (thay đổi cấp ủy viên trong nhiệm kỳ): a secret ballot with more than 2/3 of the members. */
export function checkMembershipChangeVote(c: VoteCount & { secret: boolean }, rules: DecisionVoteRules): RuleCheck[] {
  const t = rules.membershipChange;
  const checks: RuleCheck[] = [];
  if (rules.membershipChangeSecret) {
    checks.push(
      c.secret
        ? ruleCheck('personnel.vote.secret.ok', 'pass', PERSONNEL_RULES.membershipVote, { secret: true })
        : ruleCheck('personnel.vote.not_secret', 'fail', PERSONNEL_RULES.membershipVote, { secret: false }),
    );
  }
  const ok = reachesThreshold(c, t);
  checks.push(
    ruleCheck(
      ok ? 'personnel.vote.membership.ok' : 'personnel.vote.membership',
      ok ? 'pass' : 'fail',
      PERSONNEL_RULES.membershipVote,
      voteParams(c, t),
    ),
  );
  return checks;
}

/** Quy định 377-QĐ/TW; Nghị định 170/2025/NĐ-CP (miễn nhiệm): more than 50% of the members. */
export function checkRemovalVote(c: VoteCount, rules: DecisionVoteRules): RuleCheck {
  const t = rules.removal;
  const ok = reachesThreshold(c, t);
  return ruleCheck(
    ok ? 'personnel.vote.removal.ok' : 'personnel.vote.removal',
    ok ? 'pass' : 'fail',
    PERSONNEL_RULES.removalVote,
    voteParams(c, t),
  );
}
