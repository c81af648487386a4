import { describe, expect, it } from 'vitest';
import { defaultDeadlines, freshDeadlines, periodBounds } from './periods.js';

describe('freshDeadlines (a period opened late)', () => {
  it('nothing passed: no proposal', () => {
    const q = periodBounds('quarter', 2026, 3);
    expect(freshDeadlines(q.to, defaultDeadlines(q, 'party'), '2026-10-01')).toBeNull();
  });
  it('a quarter opened late keeps the step lengths, counted from today', () => {
    const q = periodBounds('quarter', 2026, 3); // ends 30/09; defaults 05/10, 10/10, 15/10
    expect(defaultDeadlines(q, 'party')).toEqual({ selfDue: '2026-10-05', appraisalDue: '2026-10-10', decisionDue: '2026-10-15' });
    expect(freshDeadlines(q.to, defaultDeadlines(q, 'party'), '2026-12-07')).toEqual({
      selfDue: '2026-12-12',
      appraisalDue: '2026-12-17',
      decisionDue: '2026-12-22',
    });
  });
  it('typed step lengths are kept too; a year whose self-assessment falls before its end gets the month spacing', () => {
    expect(
      freshDeadlines('2026-09-30', { selfDue: '2026-10-02', appraisalDue: '2026-10-20', decisionDue: '2026-10-21' }, '2026-12-07'),
    ).toEqual({ selfDue: '2026-12-09', appraisalDue: '2026-12-27', decisionDue: '2026-12-28' });
    const y = periodBounds('year', 2025);
    expect(freshDeadlines(y.to, defaultDeadlines(y, 'party'), '2026-12-07')).toEqual({
      selfDue: '2026-12-12',
      appraisalDue: '2026-12-17',
      decisionDue: '2026-12-22',
    });
  });
});
