// The writer of computed rows (evaluation.bulk.queries.ts): chunks are queued while computing goes
// on; a failed chunk stops the rest and its error surfaces at flush(), never as an unhandled
// rejection in between; the transaction then rolls back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.js';
import { openTestDatabase } from '../../test/harness.js';
import { type ComputedUpdate, ComputedWriter } from './evaluation.bulk.queries.js';

let database: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ database, close } = await openTestDatabase());
});
afterAll(async () => close?.());

const row = (id: string): ComputedUpdate => ({
  id,
  status: 'self_pending',
  excluded_reason: null,
  worked_ratio: 1,
  inputs: {},
  results_score: null,
  proposed_level: null,
  gate_report: {},
});

describe('ComputedWriter', () => {
  it('queues full chunks, reports what is written, and writes the rest at flush', async () => {
    const reported: number[] = [];
    const written = await database.db.transaction().execute(async (trx) => {
      const w = new ComputedWriter(trx, (n) => reported.push(n));
      for (let i = 0; i < 4500; i++) w.push(row(crypto.randomUUID()));
      expect(w.queued).toBe(4500);
      return w.flush();
    });
    expect(written).toBe(4500);
    expect(reported).toEqual([2000, 4000, 4500]);
  });

  it('stops at a failed chunk and throws it from flush (no unhandled rejection meanwhile)', async () => {
    const reported: number[] = [];
    const run = database.db.transaction().execute(async (trx) => {
      const w = new ComputedWriter(trx, (n) => reported.push(n));
      w.push(row('not-a-uuid'));
      for (let i = 1; i < 4500; i++) w.push(row(crypto.randomUUID()));
      // Let the first chunk fail before anyone awaits the writer.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return w.flush();
    });
    await expect(run).rejects.toThrow(/uuid/);
    expect(reported).toEqual([]);
  });
});
