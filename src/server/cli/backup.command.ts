// `canbo backup <target>` and `canbo restore <file>`: the embedded data folder (server stopped) or
// the PostgreSQL database of DATABASE_URL, whichever the server would use.
import type { Command } from 'commander';
import { type CliIo, envOf } from './cli.io.js';
import { backupEmbedded, restoreEmbedded } from './embedded-backup.js';
import { backupPostgres, restorePostgres } from './postgres-backup.js';

const size = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

export function registerBackup(program: Command, io: CliIo) {
  program
    .command('backup')
    .description('write a consistent backup (embedded: a data-folder tarball, server stopped; PostgreSQL: pg_dump --format=custom)')
    .argument('<target>', 'backup file to write, or an existing folder to write a dated file into')
    .action(async (target: string) => {
      const env = envOf(io);
      const t0 = Date.now();
      if (env.DATABASE_URL) {
        io.out('Backing up PostgreSQL (DATABASE_URL) with pg_dump…');
        const r = await backupPostgres(env.DATABASE_URL, target, (l) => io.err(`  ${l}`));
        io.out(`Backup written: ${r.file} (${size(r.bytes)}, ${r.tool}, ${Date.now() - t0} ms). Restore with: canbo restore ${r.file}`);
      } else {
        io.out(`Backing up the embedded database in ${env.dataDir}…`);
        const r = await backupEmbedded(env.dataDir, target);
        io.out(`Backup written: ${r.file} (${size(r.bytes)}, ${Date.now() - t0} ms). Restore with: canbo restore ${r.file}`);
      }
    });

  program
    .command('restore')
    .description('restore a backup into an empty data folder / empty database')
    .argument('<file>', 'a file written by canbo backup')
    .option(
      '--force',
      'embedded: move a non-empty data folder aside first; PostgreSQL: replace the objects in the backup (pg_restore --clean)',
    )
    .action(async (file: string, opts: { force?: boolean }) => {
      const env = envOf(io);
      if (env.DATABASE_URL) {
        io.out('Restoring into PostgreSQL (DATABASE_URL) with pg_restore…');
        await restorePostgres(file, env.DATABASE_URL, !!opts.force, (l) => io.err(`  ${l}`));
        io.out('Restored. Start the server: it applies any newer migrations.');
      } else {
        io.out(`Restoring into the embedded data folder ${env.dataDir}…`);
        const r = await restoreEmbedded(file, env.dataDir, !!opts.force);
        if (r.movedAside) io.out(`The previous data folder was moved to ${r.movedAside} (nothing was deleted).`);
        io.out(`Restored: ${r.migrations} migrations, ${r.people} people. Start the server: it applies any newer migrations.`);
      }
    });
}
