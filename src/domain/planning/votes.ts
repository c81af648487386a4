// Vote thresholds shared by planning ballots and personnel decisions ("more than 50% of those present",
// "more than 2/3 of the members"): compared on the counts (votes × den against num × base), so an exact
// half or two thirds never depends on floating-point division.
import { pctOf } from '../evaluation/ratio.js';
import type { VoteThreshold } from './settings.js';

export interface VoteCount {
  /** Members of the body (the fixed number in office). */
  members: number;
  /** Members present and voting. */
  present: number;
  votes: number;
}

function nonNegInt(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer: ${n}`);
}

/** Điều lệ Đảng; Hướng dẫn 45-HD/BTCTW (tỷ lệ phiếu): true if `votes` reach the threshold over its base (present or all members). */
export function reachesThreshold(c: VoteCount, t: VoteThreshold): boolean {
  nonNegInt(c.members, 'Members');
  nonNegInt(c.present, 'Present');
  nonNegInt(c.votes, 'Votes');
  if (c.present > c.members || c.votes > c.present) throw new RangeError('Votes ≤ present ≤ members');
  const base = t.base === 'present' ? c.present : c.members;
  if (base === 0) return false;
  const lhs = c.votes * t.den;
  const rhs = t.num * base;
  return t.strict ? lhs > rhs : lhs >= rhs;
}

/** Điều lệ Đảng (tỷ lệ phiếu): the fewest votes that reach the threshold (for the forms: "cần ít nhất N phiếu"). */
export function votesNeeded(members: number, present: number, t: VoteThreshold): number {
  const base = t.base === 'present' ? present : members;
  const exact = (t.num * base) / t.den;
  const floor = Math.floor((t.num * base) / t.den);
  // strict: the smallest integer above num×base/den; otherwise the smallest integer at or above it.
  if (t.strict) return floor + 1;
  return floor * t.den === t.num * base ? floor : Math.ceil(exact);
}

/** Điều lệ Đảng (tỷ lệ phiếu): the share of the base for display, 2 decimals. */
export function votePct(c: VoteCount, t: VoteThreshold): number | null {
  return pctOf(c.votes, t.base === 'present' ? c.present : c.members);
}
