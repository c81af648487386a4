// The CLI on an embedded data folder: migrate, create-admin (then signing in through the app),
// audit verify exit codes, backup → restore round trip, and refusing a folder in use.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase } from '../db/connect.js';
import { createPerson, createSubtree } from '../test/factories.js';
import { client, onPostgres, signIn } from '../test/harness.js';
import { buildTemplateRows, writePeopleWorkbook } from '../modules/people-excel/index.js';
import { cli, tempDir } from './cli.test-support.js';

const PASSWORD = 'Song-Hong-mua-thu-2026';

// Each step opens the data folder again (as the CLI does): generous timeouts for a busy machine.
describe.skipIf(onPostgres())('canbo CLI on an embedded data folder', { timeout: 240_000 }, () => {
  let work: string;
  let dataDir: string;
  const env = () => ({ CANBO_DATA_DIR: dataDir });

  beforeAll(async () => {
    work = tempDir('cli');
    dataDir = path.join(work, 'data');
    const r = await cli(['migrate'], env());
    expect(r.code, r.err).toBe(0);
  }, 240_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('migrate applies the migrations once and is idempotent', async () => {
    const again = await cli(['migrate'], env());
    expect(again.code, again.err).toBe(0);
    expect(again.out).not.toContain('applied migrations');
    expect(again.out).toContain('up to date');
  });

  it('create-admin makes the province unit from its code, and that admin signs in through the app', async () => {
    const r = await cli(
      ['create-admin', '--username', 'Quan.Tri', '--display-name', 'Quản trị tỉnh', '--password', PASSWORD, '--unit', '33'],
      env(),
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Tỉnh Hưng Yên');

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const app = await buildApp({ database, logLevel: 'silent' });
      const session = await signIn(app, 'quan.tri', PASSWORD);
      const me = (await client(app, session).get('/api/auth/me')).json();
      expect(me.displayName).toBe('Quản trị tỉnh');
      expect(me.roles).toEqual([expect.objectContaining({ role: 'admin', unitName: 'Tỉnh Hưng Yên' })]);
      expect(me.can.manageAccounts).toBe(true);
      const events = await database.db.selectFrom('audit_event').select(['action', 'actor_name']).orderBy('seq').execute();
      expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['org_unit.create', 'account.create']));
      expect(events.find((e) => e.action === 'account.create')?.actor_name).toMatch(/^canbo CLI/);
      await app.close();
    } finally {
      await database.close();
    }
  });

  it('create-admin asks for the password twice when none is given, and refuses two different ones', async () => {
    const differ = await cli(['create-admin', '--username', 'hoi.mat.khau', '--display-name', 'X', '--unit', '33'], env(), [
      PASSWORD,
      `${PASSWORD}x`,
    ]);
    expect(differ.code).toBe(1);
    expect(differ.asked).toHaveLength(2);
    expect(differ.err).toContain('differ');
    const none = await cli(['create-admin', '--username', 'hoi.mat.khau', '--display-name', 'X', '--unit', '33'], env());
    expect(none.code).toBe(1);
    expect(none.err).toContain('No --password given');
    const ok = await cli(['create-admin', '--username', 'hoi.mat.khau', '--display-name', 'Hỏi', '--unit', '33'], env(), [
      PASSWORD,
      PASSWORD,
    ]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.asked[0]).toMatch(/^Password/);
  });

  it('create-admin refuses a taken username, a weak password and an unknown unit, creating nothing', async () => {
    const taken = await cli(
      ['create-admin', '--username', 'quan.tri', '--display-name', 'X', '--password', PASSWORD, '--unit', '33'],
      env(),
    );
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('already taken');
    const weak = await cli(['create-admin', '--username', 'yeu', '--display-name', 'X', '--password', 'short', '--unit', '01'], env());
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/^password: /);
    const unknown = await cli(
      ['create-admin', '--username', 'khong.co', '--display-name', 'X', '--password', PASSWORD, '--unit', '99'],
      env(),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no 2025 province with the code 99');
    const missing = await cli(['create-admin', '--username', 'thieu'], env());
    expect(missing.code).not.toBe(0);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const accounts = await database.db.selectFrom('account').select('username').execute();
      expect(accounts.map((a) => a.username).sort()).toEqual(['hoi.mat.khau', 'quan.tri']);
      const provinces = await database.db.selectFrom('org_unit').select('admin_unit_id').where('kind', '=', 'province').execute();
      expect(provinces.map((p) => p.admin_unit_id)).toEqual(['2025:P:33']); // no Hà Nội unit from the weak-password try
    } finally {
      await database.close();
    }
  });

  it('audit verify exits 0 on an intact trail and 1, naming every broken seq, after tampering', async () => {
    const ok = await cli(['audit', 'verify'], env());
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/intact: \d+ events checked/);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    const last = Number((await sql<{ seq: string }>`SELECT max(seq) AS seq FROM audit_event`.execute(database.db)).rows[0].seq);
    expect(last).toBeGreaterThan(2);
    const lastAction = (await sql<{ action: string }>`SELECT action FROM audit_event WHERE seq = ${last}`.execute(database.db)).rows[0]
      .action;
    await sql`UPDATE audit_event SET action = 'tampered' WHERE seq IN (2, ${last})`.execute(database.db);
    await database.close();
    const broken = await cli(['audit', 'verify'], env());
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('broken: 2 break(s)');
    expect(broken.err).toContain('seq 2: content does not match its hash');
    expect(broken.err).toContain(`seq ${last}: content does not match its hash`);

    const fix = await openDatabase({ kind: 'pglite', dataDir });
    await sql`UPDATE audit_event SET action = 'account.create' WHERE seq = 2`.execute(fix.db);
    await sql`UPDATE audit_event SET action = ${lastAction} WHERE seq = ${last}`.execute(fix.db);
    await fix.close();
    expect((await cli(['audit', 'verify'], env())).code).toBe(0);
  });

  it('backup then restore into an empty folder round-trips the data; a non-empty folder needs --force and is kept', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    const tree = await createSubtree(database.db);
    const personId = await createPerson(database.db, tree.communeA, { family_name: 'Đặng', middle_name: 'Thị', given_name: 'Hoà' });
    await database.close();

    const backups = path.join(work, 'backups');
    fs.mkdirSync(backups);
    const b = await cli(['backup', backups], env());
    expect(b.code, b.err).toBe(0);
    const [file] = fs.readdirSync(backups);
    expect(file).toMatch(/^canbo-backup-.*\.tar\.gz$/);
    const backupFile = path.join(backups, file);
    expect((await cli(['backup', backupFile], env())).err).toContain('already exists');

    const restored = path.join(work, 'restored');
    const r = await cli(['restore', backupFile], { CANBO_DATA_DIR: restored });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('1 people');
    const copy = await openDatabase({ kind: 'pglite', dataDir: restored });
    try {
      const person = await copy.db.selectFrom('person').select(['given_name', 'family_name']).where('id', '=', personId).executeTakeFirst();
      expect(person).toEqual({ given_name: 'Hoà', family_name: 'Đặng' });
      expect((await copy.db.selectFrom('account').select('username').execute()).map((a) => a.username).sort()).toEqual([
        'hoi.mat.khau',
        'quan.tri',
      ]);
    } finally {
      await copy.close();
    }

    const refused = await cli(['restore', backupFile], { CANBO_DATA_DIR: restored });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not empty');
    const forced = await cli(['restore', '--force', backupFile], { CANBO_DATA_DIR: restored });
    expect(forced.code, forced.err).toBe(0);
    const aside = fs.readdirSync(work).filter((n) => n.startsWith('restored.before-restore-'));
    expect(aside).toHaveLength(1);
    expect(fs.existsSync(path.join(work, aside[0], 'pgdata', 'PG_VERSION'))).toBe(true);
  });

  it('restore of a file that is not a backup fails and leaves the target folder empty', async () => {
    const junk = path.join(work, 'junk.tar.gz');
    fs.writeFileSync(junk, 'not a backup');
    const target = path.join(work, 'junk-target');
    const r = await cli(['restore', junk], { CANBO_DATA_DIR: target });
    expect(r.code).toBe(1);
    expect(r.err).toContain('could not be restored');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses to open a data folder that another holder has locked, with the lock message', async () => {
    const holder = await openDatabase({ kind: 'pglite', dataDir });
    try {
      for (const args of [['backup', path.join(work, 'x.tar.gz')], ['audit', 'verify'], ['migrate']]) {
        const r = await cli(args, env());
        expect(r.code).toBe(2);
        expect(r.err).toContain('is in use by another CanBo process');
        expect(r.err).toMatch(/stop the server first/i);
      }
      expect(fs.existsSync(path.join(work, 'x.tar.gz'))).toBe(false);
    } finally {
      await holder.close();
    }
  });

  it('import people writes a valid workbook with a progress report, and refuses a file with a bad row in mode all', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    const tree = await createSubtree(database.db);
    await database.close();
    const rows = buildTemplateRows(30, { citizenIdStart: 123_456_000_000 });
    const good = path.join(work, 'good.xlsx');
    fs.writeFileSync(good, await writePeopleWorkbook(rows));
    const r = await cli(['import', 'people', good, '--unit', tree.communeA], env());
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('30 rows: 30 valid, 0 with errors; 30 people written');
    expect(r.out).toMatch(/checking rows: 100% \(30\/30\)/);

    const bad = path.join(work, 'bad.xlsx');
    const badRows = buildTemplateRows(5, { citizenIdStart: 123_457_000_000 });
    badRows[2].dateOfBirth = '31/02/1980';
    fs.writeFileSync(bad, await writePeopleWorkbook(badRows));
    const refused = await cli(['import', 'people', bad, '--unit', tree.communeB], env());
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('5 rows: 4 valid, 1 with errors; 0 people written');
    expect(refused.err).toContain('row 4');
    expect(fs.existsSync(path.join(work, 'bad.errors.xlsx'))).toBe(true);
    const partial = await cli(['import', 'people', bad, '--unit', tree.communeB, '--mode', 'valid'], env());
    expect(partial.code, partial.err).toBe(0);
    expect(partial.out).toContain('4 people written');

    const check = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const count = async (unitId: string) =>
        (await check.db.selectFrom('person').select('id').where('unit_id', '=', unitId).execute()).length;
      expect([await count(tree.communeA), await count(tree.communeB)]).toEqual([30, 4]);
      const ev = await check.db.selectFrom('audit_event').select(['action', 'actor_name']).where('action', '=', 'people.import').execute();
      expect(ev).toHaveLength(2);
      expect(ev[0].actor_name).toMatch(/^canbo CLI/);
    } finally {
      await check.close();
    }
  });

  it('reports a bad configuration with exit code 2', async () => {
    const r = await cli(['migrate'], { CANBO_DATA_DIR: dataDir, DATABASE_URL: 'mysql://nope' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('DATABASE_URL');
  });
});
