import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createSubtree, type Subtree } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { buildApp } from '../../app.js';
import { failInterruptedJobs, failStaleJobs, jobSettled, startJob } from './index.js';
import { STALE_AFTER_MS } from './jobs.service.js';

let t: TestContext;
let tree: Subtree;
beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
});
afterAll(() => t?.close());

const silent = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} } as never;

describe('jobs', () => {
  it('answers 401 without a session and 400 for an id that is not a uuid', async () => {
    expect((await client(t.app, null).get(`/api/jobs/${crypto.randomUUID()}`)).statusCode).toBe(401);
    const acc = await createAccount(t.db, 'organising', tree.communeA);
    const s = await signIn(t.app, acc.username, acc.password);
    const bad = await client(t.app, s).get('/api/jobs/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('id');
    expect((await client(t.app, s).get(`/api/jobs/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('shows live progress while running, then the final state; other accounts get 404', async () => {
    const acc = await createAccount(t.db, 'organising', tree.communeA);
    const s = await signIn(t.app, acc.username, acc.password);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const id = await startJob(
      t.db,
      { kind: 'people.import', accountId: acc.id, unitId: tree.communeA, dbKind: t.database.kind, log: silent },
      async (job) => {
        await job.progress({ phase: 'validating', done: 0, total: 1200 });
        await job.progress({ phase: 'validating', done: 700, total: 1200 });
        await gate;
        return {
          status: 'succeeded',
          total: 1200,
          done: 1200,
          result: { total: 1200, valid: 1200, invalid: 0, inserted: 1200, mode: 'all', issues: [] },
          error: null,
          errorFile: null,
        };
      },
    );
    await new Promise((r) => setTimeout(r, 20));
    const running = await client(t.app, s).get(`/api/jobs/${id}`);
    expect(running.json()).toMatchObject({
      id,
      kind: 'people.import',
      status: 'running',
      phase: 'validating',
      done: 700,
      total: 1200,
      summary: null,
      hasErrorFile: false,
    });
    const row = await t.db.selectFrom('job').select(['done', 'total']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ done: 700, total: 1200 }); // persisted outside any transaction
    const other = await createAccount(t.db, 'organising', tree.communeA);
    expect((await client(t.app, await signIn(t.app, other.username, other.password)).get(`/api/jobs/${id}`)).statusCode).toBe(404);
    expect((await client(t.app, s).get(`/api/jobs/${id}/errors.xlsx`)).statusCode).toBe(409);
    release();
    await jobSettled(id);
    const done = await client(t.app, s).get(`/api/jobs/${id}`);
    expect(done.json()).toMatchObject({ status: 'succeeded', phase: 'done', done: 1200, summary: { inserted: 1200 }, error: null });
    expect(done.json().finishedAt).not.toBeNull();
  });

  it('records a crash of the job as a failure, and interrupted jobs as failed', async () => {
    const acc = await createAccount(t.db, 'admin', tree.provinceId);
    const s = await signIn(t.app, acc.username, acc.password);
    const id = await startJob(
      t.db,
      { kind: 'people.import', accountId: acc.id, unitId: null, dbKind: t.database.kind, log: silent },
      async () => {
        throw new Error('boom');
      },
    );
    await jobSettled(id);
    expect((await client(t.app, s).get(`/api/jobs/${id}`)).json()).toMatchObject({
      status: 'failed',
      error: { code: 'internal', message: 'Lỗi hệ thống. Đã ghi nhận để xử lý.' },
    });

    const stuck = crypto.randomUUID();
    await t.db
      .insertInto('job')
      .values({
        id: stuck,
        kind: 'people.import',
        account_id: acc.id,
        unit_id: null,
        status: 'running',
        total: 5,
        done: 1,
        summary: null,
        error_file: null,
        finished_at: null,
      })
      .execute();
    expect(await failInterruptedJobs(t.db)).toBeGreaterThanOrEqual(1);
    const en = await client(t.app, s, 'en').get(`/api/jobs/${stuck}?lang=en`);
    expect(en.json()).toMatchObject({
      status: 'failed',
      phase: 'done',
      error: {
        code: 'job_interrupted',
        message: 'The job stopped because the server running it stopped. Nothing was half-written; please run it again.',
      },
    });
  });

  it('answers from the job row, so another instance on the same database shows the same progress', async () => {
    const acc = await createAccount(t.db, 'organising', tree.communeA);
    const other = await buildApp({ database: t.database, logLevel: 'silent', trustProxy: true });
    await other.ready();
    try {
      const s = await signIn(other, acc.username, acc.password);
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const id = await startJob(
        t.db,
        { kind: 'people.import', accountId: acc.id, unitId: tree.communeA, dbKind: t.database.kind, log: silent },
        async (job) => {
          await job.progress({ phase: 'validating', done: 600, total: 900 });
          await gate;
          return {
            status: 'succeeded',
            total: 900,
            done: 900,
            result: { total: 900, valid: 900, invalid: 0, inserted: 900, mode: 'all', issues: [] },
            error: null,
            errorFile: null,
          };
        },
      );
      await new Promise((r) => setTimeout(r, 20));
      expect((await client(other, s).get(`/api/jobs/${id}`)).json()).toMatchObject({
        status: 'running',
        phase: 'validating',
        done: 600,
        total: 900,
      });
      const row = await t.db.selectFrom('job').select(['instance_id', 'heartbeat_at']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.instance_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.heartbeat_at).not.toBeNull();
      release();
      await jobSettled(id);
      expect((await client(other, s).get(`/api/jobs/${id}`)).json()).toMatchObject({ status: 'succeeded', done: 900 });
    } finally {
      await other.close();
    }
  });

  it("on PostgreSQL fails only the jobs whose heartbeat stopped: other instances' live jobs go on", async () => {
    const acc = await createAccount(t.db, 'admin', tree.provinceId);
    const now = new Date();
    const row = (heartbeat: Date | null) => ({
      id: crypto.randomUUID(),
      kind: 'people.import',
      account_id: acc.id,
      unit_id: null,
      status: 'running' as const,
      total: 5,
      done: 1,
      summary: null,
      error_file: null,
      finished_at: null,
      instance_id: 'other',
      heartbeat_at: heartbeat,
    });
    const dead = row(new Date(now.getTime() - STALE_AFTER_MS - 1000));
    const alive = row(new Date(now.getTime() - 1000));
    await t.db.insertInto('job').values([dead, alive]).execute();
    expect(await failInterruptedJobs(t.db, 'postgres', now)).toBeGreaterThanOrEqual(1);
    const status = async (id: string) =>
      (await t.db.selectFrom('job').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect(await status(dead.id)).toBe('failed');
    expect(await status(alive.id)).toBe('running');
    expect(await failStaleJobs(t.db, new Date(now.getTime() + STALE_AFTER_MS))).toBeGreaterThanOrEqual(1); // later, its heartbeat stopped too
    expect(await status(alive.id)).toBe('failed');
  });
});
