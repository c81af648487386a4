// Nobody approves their own weekly plan (Quy định 366-QĐ/TW, Điều 12–13, applied to approvals): a
// standing member's plan is reviewed by another member; the author sees no review action and a
// review attempt is refused with the named reason, changing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubtree, type Subtree } from '../../test/factories.js';
import { type TestContext, createTestApp } from '../../test/harness.js';
import { type Member, item, member } from './plans.test-support.js';

const WEEK = '2030-02-04';
let t: TestContext;
let tree: Subtree;
let secretary: Member;
let chair: Member;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  secretary = await member(t, tree.communeA, 'standing', tree.communeA, { given_name: 'Thư' });
  chair = await member(t, tree.communeA, 'standing', tree.communeA, { given_name: 'Tịch' });
});
afterAll(() => t?.close());

describe('a standing member’s own weekly plan', () => {
  it('is neither approved nor returned by its author; another member approves it', async () => {
    const { id } = (await secretary.api.post('/api/plans', { week: WEEK, items: [item(WEEK)] })).json();
    const sub = await secretary.api.post(`/api/plans/${id}/submit`, { version: 1 });
    expect(sub.statusCode, sub.body).toBe(200);
    const version = sub.json().version as number;
    expect((await secretary.api.get(`/api/plans/${id}`)).json().actions).toEqual({
      edit: false,
      submit: false,
      return: false,
      approve: false,
    });
    expect((await chair.api.get(`/api/plans/${id}`)).json().actions).toEqual({ edit: true, submit: false, return: true, approve: true });

    for (const [path, body] of [
      ['approve', { version }],
      ['return', { version, comment: 'Tự trả lại' }],
    ] as const) {
      const res = await secretary.api.post(`/api/plans/${id}/${path}`, body);
      expect(res.statusCode, path).toBe(403);
      expect(res.json().error).toBe('own_work.plan');
      expect(res.json().message).toContain('Quy định 366-QĐ/TW, Điều 12–13');
    }
    const edit = await secretary.api.put(`/api/plans/${id}`, { version, items: [item(WEEK, { title: 'Sửa khi chờ duyệt' })] });
    expect(edit.statusCode).toBeGreaterThanOrEqual(400);
    const row = await t.db.selectFrom('weekly_plan').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'submitted', version });

    const ok = await chair.api.post(`/api/plans/${id}/approve`, { version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('approved');
  });
});
