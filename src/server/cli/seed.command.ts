// `canbo seed demo [--as-of YYYY-MM-DD] [--refresh]` (the demo organisation as of a day, on an
// empty database; --refresh rebuilds a demo-only database as of the new day) and `canbo generate --scale N`
// (a benchmark-sized province: about 30,000 people per unit of scale, and a year of their tasks).
import type { Command } from 'commander';
import { DEMO_ANCHOR_MAX, DEMO_ANCHOR_MIN, demoAnchorProblem } from '../../domain/demo-calendar.js';
import { todayInVietnam } from '../../domain/dates.js';
import { prepareDatabase } from '../boot.js';
import { clearDemoDatabase, DemoRefreshRefused } from '../seed/demo-refresh.js';
import { generateProvince } from '../seed/generate.js';
import { DEFAULT_TASKS_PER_PERSON } from '../seed/work-generate.js';
import { type CliIo, CliError, describeTarget, EXIT_CONFIG, progressBar, withDatabase } from './cli.io.js';

export function registerSeed(program: Command, io: CliIo) {
  const seed = program.command('seed').description('sample data');
  seed
    .command('demo')
    .description(
      'create the demo organisation and its accounts as of a day (only on a database without units); --refresh rebuilds a demo database',
    )
    .option('--as-of <date>', 'the demo\'s "today", YYYY-MM-DD (default: CANBO_DEMO_ANCHOR, else today in Vietnam)')
    .option('--refresh', 'rebuild a database that holds only the demo, as of the new day (refused on any other data)')
    .action((opts: { asOf?: string; refresh?: boolean }) =>
      withDatabase(io, async (database, env) => {
        const anchor = opts.asOf ?? env.CANBO_DEMO_ANCHOR ?? todayInVietnam();
        const problem = demoAnchorProblem(anchor);
        if (problem) {
          throw new CliError(
            `--as-of must be a real date YYYY-MM-DD from ${DEMO_ANCHOR_MIN} to ${DEMO_ANCHOR_MAX}, not ${JSON.stringify(anchor)}.`,
            EXIT_CONFIG,
          );
        }
        if (opts.refresh) {
          await prepareDatabase(database, { seedDemo: false });
          try {
            const { previousAnchor } = await clearDemoDatabase(database.db);
            io.out(
              `Rebuilding the demo in the ${describeTarget(env)} (it described ${previousAnchor ?? 'a day before anchors were recorded'}; now ${anchor})…`,
            );
          } catch (e) {
            if (e instanceof DemoRefreshRefused) throw new CliError(e.message, EXIT_CONFIG);
            throw e;
          }
        } else {
          io.out(`Seeding the demo as of ${anchor} into the ${describeTarget(env)}…`);
        }
        const demo = await prepareDatabase(database, { seedDemo: true, demoAnchor: anchor, log: (m) => io.out(`  ${m}`) });
        if (!demo) {
          throw new CliError(
            'The database already has organisation units: the demo is only created on an empty one (a demo database moves to a new day with --refresh).',
          );
        }
        io.out(`Demo accounts (password for all: ${demo.accounts[0]?.password}):`);
        for (const a of demo.accounts) io.out(`  ${a.username.padEnd(12)} ${a.role.padEnd(15)} ${a.unitName}`);
      }),
    );

  program
    .command('generate')
    .description('generate a benchmark province (scale 1 ≈ 30,000 people in 100 communes)')
    .option('--scale <n>', 'size multiplier', '1')
    .option('--seed <n>', 'random seed (another seed adds another province)', '1')
    .option('--tasks-per-person <n>', 'a year of tasks: average tasks led per person (0 = none)', String(DEFAULT_TASKS_PER_PERSON))
    .action((opts: { scale: string; seed: string; tasksPerPerson: string }) =>
      withDatabase(io, async (database, env) => {
        const scale = Number(opts.scale);
        const seedNo = Number.parseInt(opts.seed, 10);
        if (!(scale > 0) || scale > 50) throw new CliError('--scale must be a number above 0 and at most 50.');
        if (!Number.isInteger(seedNo)) throw new CliError('--seed must be an integer.');
        const tasksPerPerson = Number(opts.tasksPerPerson);
        if (!Number.isInteger(tasksPerPerson) || tasksPerPerson < 0 || tasksPerPerson > 1000)
          throw new CliError('--tasks-per-person must be an integer from 0 to 1000.');
        io.out(`Generating a province at scale ${scale} into the ${describeTarget(env)}…`);
        await prepareDatabase(database, { seedDemo: false });
        const t0 = Date.now();
        const bar = progressBar(io, '  writing rows');
        const r = await generateProvince(database.db, {
          scale,
          seed: seedNo,
          tasksPerPerson,
          onProgress: (done, total) => bar.update(done, total),
        });
        bar.finish(
          `Generated ${r.people} people in ${r.units} units (${r.communeUnitIds.length} communes) and ${r.tasks} tasks in ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
        );
      }),
    );
}
