// The hash chain end to end: events written through the API verify intact; editing or deleting a
// stored row is detected at that row. Its own file, because it tampers with the whole trail.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
let admin: Session;
let inspector: Session;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const a = await createAccount(t.db, 'admin', tree.communeA);
  admin = await signIn(t.app, a.username, a.password);
  const i = await createAccount(t.db, 'inspection', tree.communeB);
  inspector = await signIn(t.app, i.username, i.password);
});
afterAll(() => t?.close());

const verify = async (s: Session) => {
  const res = await client(t.app, s).get('/api/audit/verify');
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('audit chain verification', () => {
  it('verifies intact, then finds an edited row and a deleted row', async () => {
    const target = await createAccount(t.db, 'cadre', tree.cellA);
    const c = client(t.app, admin);
    expect((await c.patch(`/api/accounts/${target.id}`, { version: 1, displayName: 'Đổi tên', disabled: false, locale: 'vi' })).statusCode).toBe(200);
    const edited = Number((await lastAudit(t.db, 'account', target.id))!.seq);
    expect((await c.post(`/api/accounts/${target.id}/unlock`)).statusCode).toBe(200);
    const middle = Number((await lastAudit(t.db, 'account', target.id))!.seq);
    expect((await c.post(`/api/accounts/${target.id}/sign-out-all`)).statusCode).toBe(200);
    const total = Number((await lastAudit(t.db, 'account', target.id))!.seq);

    // Any inspection binding may verify: the check is global and returns no record contents.
    expect(await verify(inspector)).toEqual({ intact: true, checked: total, lastSeq: total });
    expect((await verify(admin)).intact).toBe(true);

    const original = await t.db.selectFrom('audit_event').select('after').where('seq', '=', edited).executeTakeFirstOrThrow();
    await sql`UPDATE audit_event SET after = '{"x":1}' WHERE seq = ${edited}`.execute(t.db);
    expect(await verify(admin)).toMatchObject({ intact: false, brokenAt: { seq: edited, reason: 'hash_mismatch' } });

    // Putting the stored value back makes the chain whole again: the check is about content.
    await sql`UPDATE audit_event SET after = ${JSON.stringify(original.after)}::jsonb WHERE seq = ${edited}`.execute(t.db);
    expect((await verify(admin)).intact).toBe(true);

    await sql`DELETE FROM audit_event WHERE seq = ${middle}`.execute(t.db);
    expect(await verify(inspector)).toMatchObject({ intact: false, brokenAt: { seq: middle, reason: 'gap' } });
  });
});
