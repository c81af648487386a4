// A one-seat post may not be held by two people on the same day (Quy định 377-QĐ/TW; Nghị định
// 170/2025/NĐ-CP); more generally a post with N seats may not have more than N holders on any day.
// Tenures are inclusive of both days (the end date is the last day held, as in the tenure table), so a
// move that ends the old tenure on the day the new one starts leaves two holders that day: the old one
// must end the day before.
import { addDays, dayNumber } from '../planning/months.js';
import { type RuleCheck, ruleCheck } from '../planning/rule-check.js';
import { PERSONNEL_RULES } from './citations.js';

export interface SeatTenure {
  id: string;
  personId: string;
  startDate: string;
  endDate: string | null;
}

export interface SeatOverlap {
  from: string;
  /** Last day of the overlap, or null when it lasts (open tenures). */
  to: string | null;
  tenures: string[];
}

/** Quy định 377-QĐ/TW (một chức danh, một người tại một thời điểm): the periods when more than `seats` tenures of one post are held at once. */
export function findSeatOverlaps(tenures: readonly SeatTenure[], seats = 1): SeatOverlap[] {
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError(`Seats must be a positive integer: ${seats}`);
  for (const t of tenures) {
    if (t.endDate !== null && dayNumber(t.endDate) < dayNumber(t.startDate)) throw new RangeError(`Tenure ${t.id} ends before it starts`);
  }
  // Events: a tenure is active from its start day to its end day included (removed the day after).
  const days = [...new Set(tenures.flatMap((t) => [t.startDate, ...(t.endDate === null ? [] : [addDays(t.endDate, 1)])]))].sort();
  const out: SeatOverlap[] = [];
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    const active = tenures
      .filter((t) => t.startDate <= day && (t.endDate === null || t.endDate >= day))
      .map((t) => t.id)
      .sort();
    if (active.length <= seats) continue;
    const next = days[i + 1];
    const to = next === undefined ? null : addDays(next, -1);
    const last = out[out.length - 1];
    // Adjacent segments with the same holders read as one period.
    if (last && last.to !== null && addDays(last.to, 1) === day && last.tenures.join() === active.join()) last.to = to;
    else out.push({ from: day, to, tenures: active });
  }
  return out;
}

/** Quy định 377-QĐ/TW (một chức danh, một người tại một thời điểm): the proposed tenure against the post's other tenures. */
export function checkSeatFree(existing: readonly SeatTenure[], proposed: SeatTenure, seats = 1): RuleCheck {
  const overlaps = findSeatOverlaps([...existing.filter((t) => t.id !== proposed.id), proposed], seats).filter((o) =>
    o.tenures.includes(proposed.id),
  );
  if (overlaps.length === 0)
    return ruleCheck('personnel.seat.free', 'pass', PERSONNEL_RULES.oneSeat, { seats, startDate: proposed.startDate });
  const o = overlaps[0];
  return ruleCheck('personnel.seat.taken', 'fail', PERSONNEL_RULES.oneSeat, {
    seats,
    from: o.from,
    to: o.to,
    tenures: o.tenures.filter((id) => id !== proposed.id),
  });
}
