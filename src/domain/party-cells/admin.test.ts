// Tables for the transfer's standing against its deadlines and the HD 06 check's state (decision 0041).
import { describe, expect, it } from 'vitest';
import { checkState, halfEnd, transferState } from './admin.js';
import { transferDeadlines } from './membership.js';

const H2026 = new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01']);
const S = { transfer: { fileWithinWorkingDays: 60, presentWithinWorkingDays: 30 } };

describe('transferState', () => {
  const d = transferDeadlines('2026-02-02', S, H2026);
  it.each([
    ['2026-02-03', null, 'pending'],
    [d.fileBy, null, 'file_soon'],
    ['2026-04-25', null, 'pending'],
    [d.presentBy, null, 'file_late'],
    ['2026-12-01', null, 'present_late'],
    ['2026-12-01', '2026-06-01', 'arrived'],
    // an arrival recorded for a later day does not count yet
    ['2026-03-01', '2026-06-01', 'pending'],
  ])('on %s (arrived %s) → %s', (asOf, arrived, state) => {
    expect(transferState(d, arrived, asOf)).toBe(state);
  });
  it('the day after the filing deadline is late, seven days before it is soon', () => {
    const day = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    expect(transferState(d, null, day(d.fileBy, 1))).toBe('file_late');
    expect(transferState(d, null, day(d.fileBy, -7))).toBe('file_soon');
    expect(transferState(d, null, day(d.fileBy, -8))).toBe('pending');
    expect(transferState(d, null, day(d.presentBy, 1))).toBe('present_late');
  });
});

describe('the HD 06 check', () => {
  it('halves end on 30/06 and 31/12', () => {
    expect(halfEnd(2026, 1)).toBe('2026-06-30');
    expect(halfEnd(2026, 2)).toBe('2026-12-31');
  });
  it.each([
    ['2026-06-30', null, '2026-05-01', 'open'],
    ['2026-06-30', null, '2026-05-31', 'due_soon'],
    ['2026-06-30', null, '2026-06-30', 'due_soon'],
    ['2026-06-30', null, '2026-07-01', 'late'],
    ['2026-06-30', '2026-07-05', '2026-07-10', 'done'],
  ])('due %s done %s on %s → %s', (due, done, asOf, state) => {
    expect(checkState(due, done, asOf)).toBe(state);
  });
});
