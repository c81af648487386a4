// `canbo migrate`: brings the database to the latest schema and loads the reference data, without
// seeding the demo (the server does that on an empty database when CANBO_SEED_DEMO=auto).
import type { Command } from 'commander';
import { prepareDatabase } from '../boot.js';
import { type CliIo, describeTarget, withDatabase } from './cli.io.js';

export function registerMigrate(program: Command, io: CliIo) {
  program
    .command('migrate')
    .description('apply pending migrations and load the administrative-unit reference data')
    .action(() =>
      withDatabase(io, async (database, env) => {
        io.out(`Migrating the ${describeTarget(env)}…`);
        await prepareDatabase(database, { seedDemo: false, log: (m) => io.out(`  ${m}`) });
        io.out('The database is up to date.');
      }),
    );
}
