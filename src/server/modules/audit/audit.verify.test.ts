// The hash chain end to end: events written through the API verify intact; every edited, re-hashed
// or deleted row is reported, each at its own place, so a later edit cannot hide behind an earlier
// one. Its own file, because it tampers with the whole trail.
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

/** Writes `n` audited changes and returns their sequence numbers. */
async function changes(n: number): Promise<number[]> {
  const target = await createAccount(t.db, 'cadre', tree.cellA);
  const c = client(t.app, admin);
  const seqs: number[] = [];
  for (let i = 0; i < n; i++) {
    expect((await c.post(`/api/accounts/${target.id}/unlock`)).statusCode).toBe(200);
    seqs.push(Number((await lastAudit(t.db, 'account', target.id))!.seq));
  }
  return seqs;
}

const afterOf = (seq: number) => t.db.selectFrom('audit_event').select(['after', 'hash']).where('seq', '=', seq).executeTakeFirstOrThrow();
const restore = (seq: number, row: { after: unknown; hash: string }) =>
  sql`UPDATE audit_event SET after = ${row.after === null ? null : JSON.stringify(row.after)}::jsonb, hash = ${row.hash} WHERE seq = ${seq}`.execute(
    t.db,
  );

describe('audit chain verification', () => {
  it('verifies intact, then reports two edits far apart and a deletion, each at its place', async () => {
    const seqs = await changes(12);
    const total = seqs[seqs.length - 1];

    // Any inspection binding may verify: the check is global and returns no record contents.
    expect(await verify(inspector)).toEqual({ intact: true, checked: total, lastSeq: total, breaks: [], brokenCount: 0 });
    expect((await verify(admin)).intact).toBe(true);

    const [early, late, gone] = [seqs[1], seqs[10], seqs[6]];
    const originals = [await afterOf(early), await afterOf(late)];
    await sql`UPDATE audit_event SET after = '{"x":1}' WHERE seq = ${early}`.execute(t.db);
    await sql`UPDATE audit_event SET after = '{"y":2}' WHERE seq = ${late}`.execute(t.db);
    const twoEdits = await verify(admin);
    expect(twoEdits).toMatchObject({
      intact: false,
      checked: total,
      brokenAt: { seq: early, reason: 'hash_mismatch' },
      breaks: [
        { seq: early, reason: 'hash_mismatch' },
        { seq: late, reason: 'hash_mismatch' },
      ],
      brokenCount: 2,
    });

    // Putting the stored values back makes the chain whole again: the check is about content.
    await restore(early, originals[0]);
    await restore(late, originals[1]);
    expect((await verify(admin)).intact).toBe(true);

    // A deleted row is a gap; an edit after it is still reported on its own.
    await sql`DELETE FROM audit_event WHERE seq = ${gone}`.execute(t.db);
    await sql`UPDATE audit_event SET after = '{"z":3}' WHERE seq = ${late}`.execute(t.db);
    expect(await verify(inspector)).toMatchObject({
      intact: false,
      checked: total - 1,
      breaks: [
        { seq: gone, reason: 'gap', toSeq: gone },
        { seq: late, reason: 'hash_mismatch' },
      ],
      brokenCount: 2,
    });
  });

  it('reports an edit whose hash was recomputed as a broken link at the next event', async () => {
    const seqs = await changes(3);
    const broken = await verify(admin);
    const before = broken.brokenCount;
    // The forger recomputes the edited row's own hash; the next row still points at the old one.
    await sql`UPDATE audit_event SET hash = ${'f'.repeat(64)} WHERE seq = ${seqs[0]}`.execute(t.db);
    const res = await verify(admin);
    expect(res.breaks).toEqual(
      expect.arrayContaining([
        { seq: seqs[0], reason: 'hash_mismatch' },
        { seq: seqs[1], reason: 'link_mismatch' },
      ]),
    );
    expect(res.brokenCount).toBe(before + 2);
  });

  it('reports events deleted at the end of the trail against the head', async () => {
    const seqs = await changes(2);
    await sql`DELETE FROM audit_event WHERE seq >= ${seqs[0]}`.execute(t.db);
    const res = await verify(admin);
    expect(res.intact).toBe(false);
    expect(res.breaks.at(-1)).toEqual({ seq: seqs[0], reason: 'gap', toSeq: seqs[1] });
  });
});
