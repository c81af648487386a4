import { randomUUID } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, DEFAULT_CLASSIFICATION_RULES } from '../../../domain/evaluation/index.js';
import { createPerson, createSubtree } from '../../test/factories.js';
import { type TestContext, createTestApp } from '../../test/harness.js';
import { triggerInputs } from './index.js';

let t: TestContext;
let a: string;
let b: string;
let c: string;
let tree: Awaited<ReturnType<typeof createSubtree>>;
const Q1 = { from: '2026-01-01', to: '2026-03-31' };

function counted() {
  let queries = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      queries += 1;
      return args.result;
    },
  };
  return { db: t.db.withPlugin(plugin), count: () => queries };
}

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  [a, b, c] = [await createPerson(t.db, tree.cellA), await createPerson(t.db, tree.cellA), await createPerson(t.db, tree.communeB)];
  const id = () => randomUUID();
  await t.db
    .insertInto('discipline')
    .values([
      { id: id(), person_id: a, kind: 'reprimand', decided_on: '2026-02-10', reason: 'Vi phạm' },
      { id: id(), person_id: a, kind: 'warning', decided_on: '2025-06-01', reason: 'Năm trước' },
      { id: id(), person_id: b, kind: 'expulsion', decided_on: '2026-04-01', reason: 'Sau kỳ' },
    ])
    .execute();
  await t.db
    .insertInto('degradation_conclusion')
    .values([
      { id: id(), person_id: b, concluded_on: '2026-03-31', text: 'Suy thoái', decision_ref: null },
      { id: id(), person_id: c, concluded_on: '2025-12-31', text: 'Năm trước', decision_ref: null },
    ])
    .execute();
  await t.db
    .insertInto('confidence_vote')
    .values([
      { id: id(), person_id: a, voted_on: '2025-12-15', total_votes: 20, high_votes: 5, low_votes: 15 },
      { id: id(), person_id: a, voted_on: '2026-03-01', total_votes: 20, high_votes: 18, low_votes: 1 },
      { id: id(), person_id: a, voted_on: '2026-05-01', total_votes: 20, high_votes: 0, low_votes: 20 },
      { id: id(), person_id: b, voted_on: '2025-12-15', total_votes: 30, high_votes: 10, low_votes: 16 },
    ])
    .execute();
  await t.db
    .insertInto('shortcoming')
    .values([
      { id: id(), person_id: a, noted_on: '2025-12-20', text: 'Sửa trong kỳ', fixed_on: '2026-02-01' },
      { id: id(), person_id: a, noted_on: '2025-12-20', text: 'Chưa sửa', fixed_on: null },
      { id: id(), person_id: a, noted_on: '2025-12-20', text: 'Sửa sau kỳ', fixed_on: '2026-04-15' },
      { id: id(), person_id: a, noted_on: '2024-12-20', text: 'Đã sửa từ trước', fixed_on: '2025-03-01' },
      { id: id(), person_id: a, noted_on: '2026-02-20', text: 'Ghi nhận trong kỳ', fixed_on: null },
      { id: id(), person_id: c, noted_on: '2025-12-20', text: 'Sửa đúng ngày bắt đầu', fixed_on: '2026-01-01' },
    ])
    .execute();
  await t.db
    .insertInto('member_status')
    .values([
      { id: id(), person_id: b, kind: 'sick_leave', valid_from: '2026-03-15', valid_to: '2026-04-15' },
      { id: id(), person_id: b, kind: 'exempted', valid_from: '2024-01-01', valid_to: null },
      { id: id(), person_id: c, kind: 'suspended', valid_from: '2025-01-01', valid_to: '2025-12-31' },
    ])
    .execute();
});
afterAll(() => t?.close());

describe('triggerInputs', () => {
  it('returns each person’s inputs for the period in three queries', async () => {
    const { db, count } = counted();
    const none = randomUUID();
    const inputs = await triggerInputs(db, [a, b, c, none], Q1);
    expect(count()).toBe(3);
    expect(inputs.get(a)).toEqual({
      disciplines: [{ kind: 'reprimand', decidedOn: '2026-02-10' }],
      degradations: [],
      confidenceVote: { totalVotes: 20, lowVotes: 1, votedOn: '2026-03-01' },
      shortcomings: { total: 3, fixed: 1 },
      statuses: [],
    });
    expect(inputs.get(b)).toEqual({
      disciplines: [],
      degradations: [{ concludedOn: '2026-03-31' }],
      // None in the quarter: the latest earlier in the year would count, but December is last year.
      confidenceVote: null,
      shortcomings: { total: 0, fixed: 0 },
      statuses: [
        { kind: 'exempted', validFrom: '2024-01-01', validTo: null },
        { kind: 'sick_leave', validFrom: '2026-03-15', validTo: '2026-04-15' },
      ],
    });
    expect(inputs.get(c)).toEqual({
      disciplines: [],
      degradations: [],
      confidenceVote: null,
      shortcomings: { total: 1, fixed: 1 },
      statuses: [],
    });
    expect(inputs.get(none)).toEqual({
      disciplines: [],
      degradations: [],
      confidenceVote: null,
      shortcomings: { total: 0, fixed: 0 },
      statuses: [],
    });
    expect((await triggerInputs(db, [], Q1)).size).toBe(0);
    expect(count()).toBe(3);
  });

  it('takes everyone of a subtree without sending ids, in three queries', async () => {
    const byIds = await triggerInputs(t.db, [a, b, c], Q1);
    const { db, count } = counted();
    const bySubtree = await triggerInputs(db, { subtreeOf: tree.communeA }, Q1);
    expect(count()).toBe(3);
    expect([...bySubtree.keys()].sort()).toEqual([a, b].sort());
    expect(bySubtree.get(a)).toEqual(byIds.get(a));
    expect(bySubtree.get(b)).toEqual(byIds.get(b));
    expect((await triggerInputs(t.db, { subtreeOf: tree.communeB }, Q1)).get(c)).toEqual(byIds.get(c));
  });

  it('takes the year’s latest vote when the period has none, and feeds the classification', async () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const q2 = { from: '2026-04-01', to: '2026-06-30' };
    const inYear = await triggerInputs(t.db, [a, b], year);
    expect(inYear.get(b)!.confidenceVote).toEqual({ totalVotes: 30, lowVotes: 16, votedOn: '2025-12-15' });
    expect((await triggerInputs(t.db, [a], q2)).get(a)!.confidenceVote).toMatchObject({ votedOn: '2026-05-01' });
    expect((await triggerInputs(t.db, [a], { from: '2026-07-01', to: '2026-09-30' })).get(a)!.confidenceVote).toMatchObject({
      votedOn: '2026-05-01',
    });

    const leader = inYear.get(b)!;
    const result = classify(
      { score: 95, subject: 'person', isLeader: true, tasks: null, window: year, unitsLed: [], ...leader },
      DEFAULT_CLASSIFICATION_RULES,
    );
    expect(result.level).toBe('not_completed');
    expect(result.reasons.map((r) => r.condition)).toContain('low_confidence');
  });
});
