// Database errors the schemas did not catch answer 400 with the field, chosen by SQLSTATE (never
// by message text): first a table of the mapping, then real errors raised by the database in use
// (PGlite, or PostgreSQL with TEST_DATABASE_URL) through the app's own error handler.
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database } from '../db/connect.js';
import { createSubtree } from '../test/factories.js';
import { openTestDatabase } from '../test/harness.js';
import { constraintField, fromDatabase } from './db-errors.js';
import { registerErrorHandler } from './error-handler.js';

describe('SQLSTATE → client error', () => {
  it.each([
    { code: '22001', status: 400, key: 'v.db.too_long' },
    { code: '22003', status: 400, key: 'v.db.out_of_range' },
    { code: '22007', status: 400, key: 'v.db.datetime' },
    { code: '22008', status: 400, key: 'v.db.datetime' },
    { code: '22P02', status: 400, key: 'v.db.format' },
    { code: '22021', status: 400, key: 'v.db.chars' },
    { code: '22P05', status: 400, key: 'v.db.chars' },
    { code: '23514', status: 400, key: 'v.db.check' },
    { code: '23502', status: 400, key: 'v.required' },
    { code: '54000', status: 400, key: 'v.db.too_large' },
    { code: '23505', status: 409, key: 'duplicate' },
    { code: '40001', status: 409, key: undefined },
  ])('$code → $status $key', ({ code, status, key }) => {
    const e = fromDatabase({ code });
    expect(e?.status).toBe(status);
    expect(e?.details?.[0]?.key).toBe(key);
  });

  it('leaves unknown SQLSTATEs to the logged 500', () => {
    for (const code of ['XX000', '53100', '57014', '08006', '42P01']) expect(fromDatabase({ code })).toBeNull();
  });

  it.each([
    { err: { constraint: 'task_work_units_check', table: 'task' }, field: 'workUnits' },
    { err: { constraint: 'task_progress_check', table: 'task' }, field: 'progress' },
    { err: { constraint: 'evaluation_criterion_max_points_check', table: 'evaluation_criterion' }, field: 'maxPoints' },
    { err: { constraint: 'task_check', table: 'task' }, field: 'value' },
    { err: { constraint: 'task_check1', table: 'task' }, field: 'value' },
    { err: { constraint: 'person_citizen_id_key', table: 'person' }, field: 'citizenId' },
    { err: { column: 'due_date', table: 'task' }, field: 'dueDate' },
    { err: {}, field: 'value' },
  ])('names the field of $err', ({ err, field }) => {
    expect(constraintField(err)).toBe(field);
  });
});

describe('real database errors through the error handler', () => {
  let database: Database;
  let close: () => Promise<void>;
  let unitId: string;
  const app = Fastify({ logger: false });

  beforeAll(async () => {
    ({ database, close } = await openTestDatabase());
    unitId = (await createSubtree(database.db)).communeA;
    const db = database.db;
    registerErrorHandler(app);
    const raise: Record<string, () => Promise<unknown>> = {
      nul: () => sql`SELECT ${'a\u0000b'}::text AS v`.execute(db),
      int: () => sql`SELECT ${'2147483648'}::integer AS v`.execute(db),
      numeric: () => sql`SELECT ${'1e9'}::numeric(8,2) AS v`.execute(db),
      date: () => sql`SELECT ${'10000-13-01'}::date AS v`.execute(db),
      text: () => sql`SELECT ${'abc'}::integer AS v`.execute(db),
      check: () =>
        db
          .insertInto('task')
          .values({
            id: randomUUID(),
            unit_id: unitId,
            source: 'slip',
            title: 'x',
            start_date: '2026-01-01',
            due_date: '2026-01-02',
            work_units: 0.001,
          })
          .execute(),
      notNull: () =>
        sql`INSERT INTO task (id, unit_id, source, title, start_date, due_date, work_units) VALUES (${randomUUID()}, ${unitId}, 'slip', NULL, '2026-01-01', '2026-01-02', 1)`.execute(
          db,
        ),
    };
    app.get('/raise/:what', async (req) => raise[(req.params as { what: string }).what]());
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await close?.();
  });

  it.each([
    { what: 'nul', field: 'value', text: 'không lưu được' },
    { what: 'int', field: 'value', text: 'giới hạn' },
    { what: 'numeric', field: 'value', text: 'giới hạn' },
    { what: 'date', field: 'value', text: 'Ngày giờ' },
    { what: 'text', field: 'value', text: 'Sai định dạng' },
    { what: 'check', field: 'workUnits', text: 'workUnits' },
    { what: 'notNull', field: 'title', text: 'Bắt buộc' },
  ])('$what → 400 naming $field', async ({ what, field, text }) => {
    const res = await app.inject({ method: 'GET', url: `/raise/${what}` });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().details[0].field).toBe(field);
    expect(res.json().details[0].message).toContain(text);
  });
});
