// Backup and restore of the embedded database. The backup is PGlite's own data-folder tarball
// (dumpDataDir), taken by a process that holds the folder's lock, so it is consistent; a restore
// only ever writes into an empty folder — an existing one is moved aside, never deleted.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { openDatabase } from '../db/connect.js';
import { DataDirLockedError, lockDataDir } from '../db/lock.js';
import { CliError, EXIT_CONFIG, closeDatabase } from './cli.io.js';

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

function lockedError(e: DataDirLockedError): CliError {
  return new CliError(`${e.message}\nStop the server first: the CLI opens the data folder itself.`, EXIT_CONFIG);
}

export function hasEmbeddedDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'pgdata', 'PG_VERSION'));
}

/** A file name for the backup when the target is a folder. */
export function backupPath(target: string, ext: string): string {
  const resolved = path.resolve(target);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) return path.join(resolved, `canbo-backup-${stamp()}${ext}`);
  return resolved;
}

export async function backupEmbedded(dataDir: string, target: string): Promise<{ file: string; bytes: number }> {
  if (!hasEmbeddedDatabase(dataDir)) throw new CliError(`There is no embedded database in ${dataDir} to back up.`);
  const file = backupPath(target, '.tar.gz');
  if (fs.existsSync(file)) throw new CliError(`${file} already exists; choose another name (backups are never overwritten).`);
  let database;
  try {
    database = await openDatabase({ kind: 'pglite', dataDir });
  } catch (e) {
    if (e instanceof DataDirLockedError) throw lockedError(e);
    throw e;
  }
  try {
    const blob = await database.pglite!.dumpDataDir('gzip');
    const partial = `${file}.partial`;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    fs.renameSync(partial, file); // a half-written backup never carries the final name
    return { file, bytes: fs.statSync(file).size };
  } finally {
    await closeDatabase(database);
  }
}

function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

export interface RestoreResult {
  movedAside: string | null;
  migrations: number;
  people: number;
}

export async function restoreEmbedded(file: string, dataDir: string, force: boolean): Promise<RestoreResult> {
  if (!fs.existsSync(file)) throw new CliError(`${file} does not exist.`);
  const bytes = fs.readFileSync(file);
  let movedAside: string | null = null;
  if (!isEmptyDir(dataDir)) {
    if (!force)
      throw new CliError(
        `The data folder ${dataDir} is not empty. Restore into an empty folder (set CANBO_DATA_DIR), or pass --force to move the current folder aside first.`,
      );
    try {
      lockDataDir(dataDir)(); // refuses while a server uses the folder
    } catch (e) {
      if (e instanceof DataDirLockedError) throw lockedError(e);
      throw e;
    }
    movedAside = `${dataDir.replace(/[\\/]+$/, '')}.before-restore-${stamp()}`;
    fs.renameSync(dataDir, movedAside);
  }
  const createdDir = !fs.existsSync(dataDir);
  const release = lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create({
      dataDir: path.join(dataDir, 'pgdata'),
      extensions: { pg_trgm, btree_gist },
      loadDataDir: new Blob([bytes]),
    });
    try {
      const migrations = await pglite.query<{ n: number }>('SELECT count(*)::int AS n FROM kysely_migration');
      const people = await pglite.query<{ n: number }>('SELECT count(*)::int AS n FROM person');
      return { movedAside, migrations: migrations.rows[0].n, people: people.rows[0].n };
    } finally {
      await pglite.close();
    }
  } catch (e) {
    // Only what this restore wrote is removed (the folder was empty); a folder moved aside stays.
    release();
    fs.rmSync(path.join(dataDir, 'pgdata'), { recursive: true, force: true });
    if (createdDir) fs.rmSync(dataDir, { recursive: true, force: true });
    throw e instanceof CliError ? e : new CliError(`${file} could not be restored: ${(e as Error).message}`);
  } finally {
    release();
  }
}
