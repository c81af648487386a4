// The standards report over a province: PostgreSQL's wire protocol carries at most 65,535 parameters per
// statement, so a query spending one parameter per person fails past that many people. The people's
// facts, posts held, posts planned, courses and payments are read with the ids as one array parameter:
// 70,000 ids (one of them a real person holding a post) must be answered, the real person's check found.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../domain/dates.js';
import { createPerson, createSubtree } from '../../test/factories.js';
import { type TestContext, createTestApp } from '../../test/harness.js';
import { postStandardsOf } from '../planning/index.js';
import { coursesOf, paymentsOf } from './training.queries.js';

let t: TestContext;
let person = '';
const MANY = 70_000;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createSubtree(t.db);
  person = await createPerson(t.db, tree.communeA, { family_name: 'Lê', given_name: 'Bình', education_level: 'Trung cấp' });
  const postId = randomUUID();
  await t.db
    .insertInto('post')
    .values({
      id: postId,
      unit_id: tree.communeA,
      title: 'Bí thư',
      is_head: true,
      is_key: true,
      cadre_group: null,
      rank: 1,
      valid_from: '2025-01-01',
      valid_to: null,
    })
    .execute();
  await t.db.insertInto('planning_post_code').values({ post_id: postId, ladder_code: 'commune.party.secretary' }).execute();
  await t.db
    .insertInto('tenure')
    .values({ id: randomUUID(), person_id: person, post_id: postId, start_date: '2025-01-01', how: 'elected' })
    .execute();
  await t.db
    .insertInto('training_course')
    .values({
      id: randomUUID(),
      person_id: person,
      name: 'Trung cấp lý luận chính trị',
      institution: 'Trường Chính trị tỉnh',
      start_date: '2024-01-01',
      end_date: '2024-12-01',
      mode: 'in_service',
      result: 'completed',
      certificate: null,
      level: 'political_intermediate',
      field_group: null,
    })
    .execute();
});
afterAll(async () => t.close());

describe('more people than a statement has parameters', () => {
  const ids = () => [...Array.from({ length: MANY }, () => randomUUID()), person];

  it('checks the standards of 70,001 people in one pass', async () => {
    const out = await postStandardsOf(t.db, 'vi', ids(), todayInVietnam());
    expect(out.size).toBe(1);
    const posts = out.get(person)!;
    expect(posts.map((p) => [p.postCode, p.relation, p.met])).toEqual([['commune.party.secretary', 'held', false]]);
  }, 60_000);

  it('reads the courses and payments of 70,001 people', async () => {
    const courses = await coursesOf(t.db, ids());
    expect(courses.map((c) => c.person_id)).toEqual([person]);
    expect(await paymentsOf(t.db, [...Array.from({ length: MANY }, () => randomUUID()), courses[0].id])).toEqual([]);
  }, 60_000);
});
