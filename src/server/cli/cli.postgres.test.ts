// The CLI against PostgreSQL (DATABASE_URL): backup with pg_dump, restore with pg_restore into an
// empty database, refusal of a database that has tables unless --force. Runs when
// TEST_DATABASE_URL is set; each test database is created here and dropped after.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connect.js';
import { createPerson, createSubtree } from '../test/factories.js';
import { onPostgres } from '../test/harness.js';
import { cli, tempDir } from './cli.test-support.js';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.runIf(onPostgres())('canbo CLI on PostgreSQL', { timeout: 180_000 }, () => {
  const names = [`canbo_t_cli_${randomBytes(5).toString('hex')}`, `canbo_t_cli_${randomBytes(5).toString('hex')}`];
  const urlOf = (name: string) => {
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${name}`;
    return u.toString();
  };
  let source: string;
  let target: string;
  let work: string;

  beforeAll(async () => {
    [source, target] = names.map(urlOf);
    work = tempDir('cli-pg');
    await admin(async (c) => {
      for (const n of names) await c.query(`CREATE DATABASE ${n}`);
    });
  });
  afterAll(async () => {
    await admin(async (c) => {
      for (const n of names) await c.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
    });
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('backs up with pg_dump and restores into an empty database; refuses one with tables unless --force', async () => {
    const m = await cli(['migrate'], { DATABASE_URL: source });
    expect(m.code, m.err).toBe(0);
    const db = await openDatabase({ kind: 'postgres', url: source, poolSize: 1 });
    const tree = await createSubtree(db.db);
    const personId = await createPerson(db.db, tree.communeA, { given_name: 'Hoà', family_name: 'Đặng', middle_name: 'Thị' });
    await db.close();

    const b = await cli(['backup', work], { DATABASE_URL: source });
    expect(b.code, b.err).toBe(0);
    const file = path.join(
      work,
      fs.readdirSync(work).find((f) => f.endsWith('.dump'))!,
    );
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP'); // pg_dump's custom format

    const r = await cli(['restore', file], { DATABASE_URL: target });
    expect(r.code, r.err).toBe(0);
    const copy = await openDatabase({ kind: 'postgres', url: target, poolSize: 1 });
    try {
      const person = await copy.db.selectFrom('person').select(['given_name', 'family_name']).where('id', '=', personId).executeTakeFirst();
      expect(person).toEqual({ given_name: 'Hoà', family_name: 'Đặng' });
    } finally {
      await copy.close();
    }

    const refused = await cli(['restore', file], { DATABASE_URL: target });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already has');
    const forced = await cli(['restore', '--force', file], { DATABASE_URL: target });
    expect(forced.code, forced.err).toBe(0);
    const again = await openDatabase({ kind: 'postgres', url: target, poolSize: 1 });
    try {
      expect(await again.db.selectFrom('person').select('id').execute()).toHaveLength(1);
    } finally {
      await again.close();
    }
  });
});
