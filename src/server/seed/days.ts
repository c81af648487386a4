// Day arithmetic on civil dates ('YYYY-MM-DD') for seed data. UTC only, so no time zone applies.
import type { Random } from './random.js';

const DAY_MS = 86_400_000;

function toDay(date: string): number {
  return Math.round(Date.parse(date + 'T00:00:00Z') / DAY_MS);
}
function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A date in [from, to] (both inclusive). */
export function randomDate(rng: Random, from: string, to: string): string {
  const a = toDay(from);
  const b = toDay(to);
  return fromDay(rng.int(Math.min(a, b), Math.max(a, b)));
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
