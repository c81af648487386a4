// Keeps the issue 12 and 13 benchmarks from rotting: each runs end to end at a tiny scale, on PGlite
// or (with TEST_DATABASE_URL) on a fresh PostgreSQL database. Their own checks — the app's figures
// equal to bare SQL's before anything is timed — throw on any difference; here the closing line must
// also have its form. Timing figures at this scale mean nothing and are not asserted.
import { describe, expect, it } from 'vitest';
import { cellsDashboardBench } from './cells-dashboard.js';
import { charterFlagsBench } from './cells-flags.js';
import { commitmentsReportBench } from './commitments-report.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) process.env.DATABASE_URL = pgUrl;
const opts = { pg: !!pgUrl, scale: 0.01 };
const line = (name: string) => new RegExp(`^${name}: [0-9.]+ ms; lower bound [0-9.]+ ms; ratio [0-9.]+$`);

describe('benchmarks of issues 12 and 13 at a tiny scale', () => {
  it('cells-dashboard: every month of the app dashboard equals bare SQL', { timeout: 300_000 }, async () => {
    expect(await cellsDashboardBench(opts)).toMatch(line('cells-dashboard'));
  });
  it("charter-flags: the year's flagged members equal bare SQL's", { timeout: 300_000 }, async () => {
    expect(await charterFlagsBench(opts)).toMatch(line('charter-flags'));
  });
  it('commitments-report: stage counts, first page and standards checked equal bare SQL', { timeout: 300_000 }, async () => {
    expect(await commitmentsReportBench(opts)).toMatch(line('commitments-report'));
  });
});
