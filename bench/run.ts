// `npm run bench -- <name> [--pg] [--scale N]`: runs one benchmark and ends with its single result
// line `<name>: <figure> <unit>; lower bound <figure> <unit>; ratio <x>`. Default database:
// embedded PGlite in a temp folder; --pg: a fresh database on the DATABASE_URL server.
import { parseArgs } from 'node:util';
import type { BenchOptions } from './bench.lib.js';
import { loadBench } from './load.js';
import { peopleImport } from './people-import.js';
import { peopleSearch } from './people-search.js';
import { periodCloseBench } from './period-close.js';
import { planningReview } from './planning-review.js';
import { personnelDashboardBench } from './personnel-dashboard.js';
import { proposalChecks } from './proposal-checks.js';
import { summaryBench } from './summary.js';
import { tasksList } from './tasks-list.js';
import { cellsDashboardBench } from './cells-dashboard.js';
import { charterFlagsBench } from './cells-flags.js';
import { commitmentsReportBench } from './commitments-report.js';

type RunOptions = BenchOptions & { tasksPerPerson?: number; clients: number[]; duration: number };

const BENCHMARKS: Record<string, { run: (o: RunOptions) => Promise<string>; about: string }> = {
  'people-search': { run: peopleSearch, about: '1,000 name searches through GET /api/people vs bare SQL (p95 latency)' },
  'people-import': { run: peopleImport, about: 'import of a 30,000-row people workbook vs COPY of the same rows' },
  'tasks-list': { run: tasksList, about: "one person's and one commune's task list (first page) through GET /api/tasks vs bare SQL (p95)" },
  summary: {
    run: summaryBench,
    about: "a commune's weekly and the province's quarterly summary through GET /api/summary vs bare SQL GROUP BY (p95)",
  },
  load: {
    run: loadBench,
    about:
      'N signed-in clients (roles mixed) over task board, person, people search, weekly summary, home for a fixed time vs a bare route replaying the same SQL (p95, req/s)',
  },
  'period-close': {
    run: periodCloseBench,
    about: "computing a province quarter's evaluations (scores, gates, levels, written) vs one SQL aggregation of the same inputs",
  },
  'planning-review': {
    run: planningReview,
    about:
      'the 2026 yearly review of every plan of the province through GET /api/planning/plans/:id/review vs one SQL doing the same checks',
  },
  'personnel-dashboard': {
    run: personnelDashboardBench,
    about:
      "the province's personnel dashboard (non-local, two terms, vacant…) today and at a past date through GET /api/personnel/dashboard vs one SQL fetching its inputs (p50)",
  },
  'proposal-checks': {
    run: proposalChecks,
    about:
      'the checks of 1,000 random proposals (appointment, transfer, rotation) through POST /api/personnel/checks vs one SQL fetching their facts (p95)',
  },
  'cells-dashboard': {
    run: cellsDashboardBench,
    about:
      "the province's monthly cell-meeting dashboard (≈3,500 cells, ≈165,000 members) through GET /api/party-cells/…/dashboard vs bare SQL (p95)",
  },
  'charter-flags': {
    run: charterFlagsBench,
    about: "the year's Charter (Điều 8) flags for every member of the province through the dashboard as of 31/12 vs one bare SQL (median)",
  },
  'commitments-report': {
    run: commitmentsReportBench,
    about: "the province's year-end commitment status and training-standards report (≈30,000 cadres) through the API vs bare SQL (p95)",
  },
};

function usage(): string {
  const lines = Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(15)} ${b.about}`);
  return (
    'usage: npm run bench -- <name> [--pg] [--scale N] [--tasks-per-person N]\n' +
    '       npm run bench -- load [--pg] [--scale N] [--clients 1,10,50] [--duration 20]\n\n' +
    `benchmarks:\n${lines.join('\n')}`
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      pg: { type: 'boolean', default: false },
      scale: { type: 'string', default: '1' },
      // tasks-list, summary, period-close: average tasks led per person in the generated year (see bench/tasks-setup.ts)
      'tasks-per-person': { type: 'string' },
      // load: concurrent client counts (comma-separated, run in order) and seconds per run
      clients: { type: 'string', default: '1,10,50' },
      duration: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const name = positionals[0];
  if (values.help || !name) {
    console.log(usage());
    return values.help ? 0 : 1;
  }
  const bench = BENCHMARKS[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"\n\n${usage()}`);
    return 1;
  }
  const scale = Number(values.scale);
  if (!(scale > 0)) {
    console.error('--scale must be a positive number');
    return 1;
  }
  const t0 = Date.now();
  console.log(`${name}: scale ${scale}, ${values.pg ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}, node ${process.version}`);
  const perPerson = values['tasks-per-person'] === undefined ? undefined : Number(values['tasks-per-person']);
  if (perPerson !== undefined && !(Number.isInteger(perPerson) && perPerson >= 0)) {
    console.error('--tasks-per-person must be a whole number (0 or more)');
    return 1;
  }
  const clients = values.clients.split(',').map(Number);
  if (clients.length === 0 || !clients.every((n) => Number.isInteger(n) && n >= 1 && n <= 500)) {
    console.error('--clients must be whole numbers from 1 to 500, comma-separated (e.g. 1,10,50)');
    return 1;
  }
  const duration = Number(values.duration);
  if (!(Number.isInteger(duration) && duration >= 1 && duration <= 3600)) {
    console.error('--duration must be a whole number of seconds from 1 to 3600');
    return 1;
  }
  const line = await bench.run({
    pg: values.pg,
    scale,
    clients,
    duration,
    ...(perPerson === undefined ? {} : { tasksPerPerson: perPerson }),
  });
  console.log(`(${((Date.now() - t0) / 1000).toFixed(0)} s in all)`);
  console.log(line);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
