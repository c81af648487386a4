// Months in the current post (Quy định 377-QĐ/TW: ≥ 12 months before a higher post), counted across a
// transfer at equal rank.
//
// Definition (tested in tenure-chain.test.ts): starting from the current tenure, the count reaches back
// through every earlier tenure of the SAME post or an EQUIVALENT one (ladder: same rank or same group,
// in any unit) that ends no more than `transferGapDays` days before the chain's start (0 = the next day,
// or overlapping). A tenure of a higher or lower post breaks the chain; so does a longer gap. A gap
// that is tolerated counts as time in post (the paperwork of a transfer). The months are whole months
// from the chain's start to the effective date.
import { diffMonths } from '../dates.js';
import { compareRank, type PostLadder } from '../planning/ladder.js';
import { addDays } from '../planning/months.js';

export interface TenureRecord {
  id: string;
  /** The post record (two tenures of one post are always "the same post"). */
  postId: string;
  /** The post's ladder code, or null for a post outside the ladder. */
  postCode: string | null;
  startDate: string;
  /** Last day held (inclusive), or null while held. */
  endDate: string | null;
}

export interface TimeInPost {
  months: number;
  since: string;
  /** The tenures counted, latest first. */
  chain: string[];
}

function samePostOrEquivalent(ladder: PostLadder, a: TenureRecord, b: TenureRecord): boolean {
  if (a.postId === b.postId) return true;
  if (a.postCode === null || b.postCode === null) return false;
  return compareRank(ladder, a.postCode, b.postCode) === 0;
}

/** Quy định 377-QĐ/TW (thời gian giữ chức vụ hiện tại, tính liên tục qua điều động ngang cấp): whole months in the post of `currentId` at `on`. */
export function timeInPost(
  ladder: PostLadder,
  tenures: readonly TenureRecord[],
  currentId: string,
  on: string,
  transferGapDays: number,
): TimeInPost {
  const current = tenures.find((t) => t.id === currentId);
  if (!current) throw new RangeError(`Unknown tenure: ${currentId}`);
  if (!Number.isInteger(transferGapDays) || transferGapDays < 0) throw new RangeError(`Invalid gap: ${transferGapDays}`);
  let since = current.startDate;
  const chain = [current.id];
  const used = new Set(chain);
  for (;;) {
    const earliestEnd = addDays(since, -1 - transferGapDays);
    const prev = tenures
      .filter((t) => !used.has(t.id) && t.startDate < since && t.endDate !== null && t.endDate >= earliestEnd)
      .filter((t) => samePostOrEquivalent(ladder, t, current))
      .sort((x, y) => (x.startDate < y.startDate ? -1 : 1))[0];
    if (!prev) break;
    used.add(prev.id);
    chain.push(prev.id);
    since = prev.startDate;
  }
  return { months: Math.max(0, diffMonths(since, on)), since, chain };
}
