import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createSubtree, createUnit, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
let orgA: Session;
let inspector: Session;
const as = (s: Session | null) => client(t.app, s);
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);
const newPost = { title: 'Phó Bí thư', isHead: false, isKey: true, cadreGroup: 'commune_leader', rank: 2, validFrom: '2025-08-01' };

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const a = await createAccount(t.db, 'organising', tree.communeA);
  orgA = await signIn(t.app, a.username, a.password);
  const i = await createAccount(t.db, 'inspection', tree.provinceId);
  inspector = await signIn(t.app, i.username, i.password);
});
afterAll(() => t?.close());

describe('org: posts', () => {
  it('answers 401 without a session', async () => {
    const id = randomUUID();
    expect((await as(null).get(`/api/org/units/${tree.cellA}/posts`)).statusCode).toBe(401);
    expect((await as(null).post(`/api/org/units/${tree.cellA}/posts`, newPost)).statusCode).toBe(401);
    expect((await as(null).patch(`/api/org/posts/${id}`, { ...newPost, version: 1 })).statusCode).toBe(401);
    expect((await as(null).post(`/api/org/posts/${id}/close`, { validTo: '2026-01-01', version: 1 })).statusCode).toBe(401);
  });

  it('creates, lists as of a date, updates (409 when stale) and closes a post, audited', async () => {
    const unit = await createUnit(t.db, { kind: 'party_cell', name: 'Chi bộ có chức vụ', parentId: tree.communeA });
    const created = await as(orgA).post(`/api/org/units/${unit}/posts`, newPost);
    expect(created.statusCode).toBe(201);
    const post = created.json();
    expect(post).toMatchObject({
      unitId: unit,
      title: 'Phó Bí thư',
      isKey: true,
      rank: 2,
      validFrom: '2025-08-01',
      validTo: null,
      version: 1,
      holders: [],
    });
    expect(await lastAudit(t.db, 'post', post.id)).toMatchObject({ action: 'post.create', unit_id: unit, after: { title: 'Phó Bí thư' } });

    const list = async (d: string) =>
      (await as(inspector).get(`/api/org/units/${unit}/posts?asOf=${d}`)).json().items.map((p: { id: string }) => p.id);
    expect(await list('2025-07-31')).toEqual([]);
    expect(await list('2025-08-01')).toEqual([post.id]);

    const upd = { version: 1, title: 'Phó Bí thư Thường trực', isHead: false, isKey: true, cadreGroup: null, rank: 1 };
    const updated = await as(orgA).patch(`/api/org/posts/${post.id}`, upd);
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ title: 'Phó Bí thư Thường trực', rank: 1, cadreGroup: null, version: 2 });
    expect(await lastAudit(t.db, 'post', post.id)).toMatchObject({
      action: 'post.update',
      unit_id: unit,
      before: { title: 'Phó Bí thư' },
      after: { title: 'Phó Bí thư Thường trực' },
    });
    expect((await as(orgA).patch(`/api/org/posts/${post.id}`, upd)).statusCode).toBe(409);

    expect(fields(await as(orgA).post(`/api/org/posts/${post.id}/close`, { validTo: '2025-08-01', version: 2 }))).toEqual(['validTo']);
    expect((await as(orgA).post(`/api/org/posts/${post.id}/close`, { validTo: '2026-01-01', version: 1 })).statusCode).toBe(409);
    const closed = await as(orgA).post(`/api/org/posts/${post.id}/close`, { validTo: '2026-01-01', version: 2 });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ validTo: '2026-01-01', version: 3 });
    expect(await lastAudit(t.db, 'post', post.id)).toMatchObject({ action: 'post.close', unit_id: unit, after: { validTo: '2026-01-01' } });
    expect(await list('2025-12-31')).toEqual([post.id]);
    expect(await list('2026-01-01')).toEqual([]);
    expect(fields(await as(orgA).post(`/api/org/posts/${post.id}/close`, { validTo: '2026-02-01', version: 3 }))).toEqual(['validTo']);
  });

  it('refuses bad input naming the field', async () => {
    expect(fields(await as(orgA).post(`/api/org/units/${tree.cellA}/posts`, { ...newPost, title: '' }))).toEqual(['title']);
    expect(fields(await as(orgA).post(`/api/org/units/${tree.cellA}/posts`, { ...newPost, validFrom: '2025-06-01' }))).toEqual([
      'validFrom',
    ]);
    expect(fields(await as(orgA).post(`/api/org/units/${tree.cellA}/posts`, { ...newPost, rank: -1 }))).toEqual(['rank']);
    const p = (await as(orgA).post(`/api/org/units/${tree.cellA}/posts`, newPost)).json();
    expect(
      fields(
        await as(orgA).patch(`/api/org/posts/${p.id}`, { version: 1, title: 'X', isHead: 'yes', isKey: false, cadreGroup: null, rank: 1 }),
      ),
    ).toEqual(['isHead']);
  });

  it('hides posts of another commune (404) and refuses read-only roles (403)', async () => {
    const unitB = await createUnit(t.db, { kind: 'party_cell', name: 'Chi bộ xã Bình', parentId: tree.communeB });
    const postB = randomUUID();
    await t.db
      .insertInto('post')
      .values({
        id: postB,
        unit_id: unitB,
        title: 'Bí thư',
        is_head: true,
        is_key: false,
        cadre_group: null,
        rank: 1,
        valid_from: '2025-07-01',
        valid_to: null,
      })
      .execute();
    expect((await as(orgA).get(`/api/org/units/${unitB}/posts`)).statusCode).toBe(404);
    expect((await as(orgA).post(`/api/org/units/${unitB}/posts`, newPost)).statusCode).toBe(404);
    expect(
      (await as(orgA).patch(`/api/org/posts/${postB}`, { version: 1, title: 'X', isHead: true, isKey: false, cadreGroup: null, rank: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await as(orgA).post(`/api/org/posts/${postB}/close`, { validTo: '2026-01-01', version: 1 })).statusCode).toBe(404);
    expect((await as(orgA).post(`/api/org/posts/${randomUUID()}/close`, { validTo: '2026-01-01', version: 1 })).statusCode).toBe(404);
    expect((await as(inspector).post(`/api/org/units/${unitB}/posts`, newPost)).statusCode).toBe(403);
    expect(
      (
        await as(inspector).patch(`/api/org/posts/${postB}`, {
          version: 1,
          title: 'X',
          isHead: true,
          isKey: false,
          cadreGroup: null,
          rank: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect((await as(inspector).post(`/api/org/posts/${postB}/close`, { validTo: '2026-01-01', version: 1 })).statusCode).toBe(403);
    // the inspector still reads them
    expect((await as(inspector).get(`/api/org/units/${unitB}/posts`)).json().items).toHaveLength(1);
  });
});
