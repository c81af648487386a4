// Backup and restore on a PostgreSQL server with the standard tools: `pg_dump --format=custom`
// (restorable by any pg_restore of the same or newer version) and `pg_restore`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import { backupPath } from './embedded-backup.js';
import { CliError } from './cli.io.js';

function requireTool(tool: 'pg_dump' | 'pg_restore'): string {
  const res = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new CliError(
      `${tool} was not found. Install the PostgreSQL client tools of the server's version (Debian: apt-get install postgresql-client).`,
    );
  }
  return res.stdout.trim();
}

/** The URL without its password, which goes in PGPASSWORD so it never shows in the process list. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function runTool(tool: string, args: string[], url: string, onLine: (line: string) => void): Promise<number> {
  const { dbname, env } = connection(url);
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${dbname}`], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let buffered = '';
    const collect = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const l of lines) if (l.trim()) onLine(l);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (buffered.trim()) onLine(buffered);
      resolve(code ?? 1);
    });
  });
}

export async function backupPostgres(
  url: string,
  target: string,
  log: (line: string) => void,
): Promise<{ file: string; bytes: number; tool: string }> {
  const tool = requireTool('pg_dump');
  const file = backupPath(target, '.dump');
  if (fs.existsSync(file)) throw new CliError(`${file} already exists; choose another name (backups are never overwritten).`);
  const partial = `${file}.partial`;
  const code = await runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${partial}`], url, log);
  if (code !== 0) {
    fs.rmSync(partial, { force: true });
    throw new CliError(`pg_dump failed (exit ${code}).`);
  }
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size, tool };
}

/** Tables outside the system schemas: a restore target must have none unless --force. */
export async function userTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return res.rows[0].n;
  } finally {
    await client.end();
  }
}

export async function restorePostgres(file: string, url: string, force: boolean, log: (line: string) => void): Promise<void> {
  if (!fs.existsSync(file)) throw new CliError(`${file} does not exist.`);
  requireTool('pg_restore');
  const tables = await userTableCount(url);
  if (tables > 0 && !force) {
    throw new CliError(
      `The target database already has ${tables} tables. Restore into an empty database, or pass --force to replace the objects in the backup (pg_restore --clean).`,
    );
  }
  const args = ['--no-owner', '--exit-on-error', '--single-transaction', file];
  if (tables > 0) args.unshift('--clean', '--if-exists');
  const code = await runTool('pg_restore', args, url, log);
  if (code !== 0) throw new CliError(`pg_restore failed (exit ${code}); the single transaction was rolled back.`);
}
