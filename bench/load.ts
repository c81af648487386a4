// load: the running server under N concurrent signed-in clients. A province at --scale with a year
// of tasks (bench/tasks-setup.ts); the real app listening on a local port; N accounts with mixed
// roles (standing committee and organising board of the province, office and organising board of a
// commune), each signed in through POST /api/auth/login; each client loops over the everyday mix —
// the task board (its unit's first page of tasks), a person's record, a people search, the weekly
// summary of its unit (first page of people), the home page — for --duration seconds, driven by
// autocannon from a child process (so the load generator does not share the server's event loop).
//
// The lower bound is a bare Fastify route on the same pool in the same run: before the runs, each
// client's requests are sent once through the app with every SQL statement it issues recorded (text
// and parameters, the session check included); the bare route replays exactly those statements on
// one pooled connection and answers their rows as JSON — the same SQL without the app's JavaScript
// (hooks, validation, scope, presenters, serialisation). App and bare run alternately per level.
//
// Prints, per client count, p50/p95/p99 and requests per second of both and the throughput ratio;
// then per request kind at the largest count; and ends with the largest count's p95 line.
import { fork, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import type pg from 'pg';
import type { Role } from '../src/contracts/common.js';
import { BENCH_TODAY } from '../src/server/seed/work-generate.js';
import { createAccount } from '../src/server/test/factories.js';
import { log, ms, percentile, resultLine, seededRandom } from './bench.lib.js';
import { setUpWorkBench, type WorkBenchOptions } from './tasks-setup.js';

export type LoadOptions = WorkBenchOptions & {
  /** Client counts to run, in order (e.g. 1, 10, 50); the last is the headline. */
  clients: number[];
  /** Seconds per run (each count runs the app and the bare route once each). */
  duration: number;
};

const KINDS = ['board', 'person', 'search', 'summary', 'home'] as const;
type Kind = (typeof KINDS)[number];

/** The roles in turn: who opens CanBo in a working day, at the province and in a commune. */
const ROLE_MIX: Array<{ role: Role; at: 'province' | 'commune' }> = [
  { role: 'standing', at: 'province' },
  { role: 'office', at: 'commune' },
  { role: 'organising', at: 'province' },
  { role: 'organising', at: 'commune' },
];

const WARM_UP_SECONDS = 3;
const DRIVER_FLAG = '--load-driver';

interface Statement {
  text: string;
  values: unknown[];
}

interface DriverJob {
  url: string;
  duration: number;
  clients: Array<{ headers: Record<string, string>; paths: string[] }>;
}

interface DriverResult {
  /** Latencies (ms) by request kind (index into KINDS). */
  byKind: number[][];
  non200: Record<string, number>;
  errors: number;
  seconds: number;
}

// ---- the load generator (the child process) ----

async function drive(job: DriverJob): Promise<DriverResult> {
  const byKind: number[][] = KINDS.map(() => []);
  const non200: Record<string, number> = {};
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    job.clients.map(
      (c) =>
        new Promise<void>((resolve, reject) => {
          let k = 0;
          const instance = autocannon(
            {
              url: job.url,
              connections: 1,
              pipelining: 1,
              duration: job.duration,
              timeout: 60,
              requests: c.paths.map((path) => ({ method: 'GET', path, headers: c.headers })),
            },
            (err, result) => {
              if (err) reject(err);
              else {
                errors += result.errors + result.timeouts;
                resolve();
              }
            },
          );
          // One connection, no pipelining: the responses come in the order of the request list.
          instance.on('response', (_client, status, _bytes, time) => {
            const kind = k++ % c.paths.length;
            byKind[kind].push(time);
            if (status !== 200) non200[`${KINDS[kind]} ${status}`] = (non200[`${KINDS[kind]} ${status}`] ?? 0) + 1;
          });
        }),
    ),
  );
  return { byKind, non200, errors, seconds: (performance.now() - t0) / 1000 };
}

if (process.argv.includes(DRIVER_FLAG)) {
  process.on('message', (job: DriverJob) => {
    drive(job).then(
      (r) => process.send!(r),
      (e: unknown) => process.send!({ error: String(e) }),
    );
  });
}

function startDriver(): { run(job: DriverJob): Promise<DriverResult>; stop(): void } {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [DRIVER_FLAG], { execArgv: ['--import', 'tsx'] });
  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        child.once('message', (m: DriverResult | { error: string }) => ('error' in m ? reject(new Error(m.error)) : resolve(m)));
        child.send(job);
      }),
    stop: () => child.kill(),
  };
}

// ---- the benchmark (the server process) ----

function stats(samples: number[], seconds: number) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), rps: s.length / seconds };
}

export async function loadBench(opts: LoadOptions): Promise<string> {
  const w = await setUpWorkBench(opts);
  const driver = startDriver();
  const bare = Fastify({ logger: false });
  try {
    const { bench, gen, app } = w;
    const database = bench.database;
    const maxClients = Math.max(...opts.clients);
    const rnd = seededRandom(20261207);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

    // Every SQL statement the app sends while `capture` is set, on either database.
    let capture: Statement[] | null = null;
    let replay: (stmts: Statement[]) => Promise<unknown[][]>;
    if (database.pgPool) {
      const pool = database.pgPool;
      const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
      const seen = new WeakSet<pg.PoolClient>();
      (pool as unknown as { connect: () => Promise<pg.PoolClient> }).connect = async () => {
        const c = await connect();
        if (!seen.has(c)) {
          seen.add(c);
          const query = c.query.bind(c) as (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
          (c as unknown as { query: typeof query }).query = (text, values) => {
            capture?.push({ text, values: values ?? [] });
            return query(text, values);
          };
        }
        return c;
      };
      replay = async (stmts) => {
        const c = await connect();
        try {
          const out: unknown[][] = [];
          for (const s of stmts) out.push((await c.query(s.text, s.values)).rows);
          return out;
        } finally {
          c.release();
        }
      };
    } else {
      const pglite = database.pglite!;
      const query = pglite.query.bind(pglite) as (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
      (pglite as unknown as { query: typeof query }).query = (text, values) => {
        capture?.push({ text, values: values ?? [] });
        return query(text, values);
      };
      // One session: one replay at a time (a captured transaction must not interleave), as the app's pool does.
      let queue: Promise<unknown> = Promise.resolve();
      replay = (stmts) => {
        const run = queue.then(async () => {
          const out: unknown[][] = [];
          for (const s of stmts) out.push((await query(s.text, s.values)).rows);
          return out;
        });
        queue = run.catch(() => undefined);
        return run;
      };
    }

    await app.listen({ host: '127.0.0.1', port: 0 });
    const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // The clients: accounts in turn from ROLE_MIX, signed in through the API.
    log(`signing in ${maxClients} clients (${ROLE_MIX.map((r) => `${r.role}@${r.at}`).join(', ')} in turn)…`);
    const peopleOf = new Map<string, Array<{ id: string; search_text: string }>>();
    const peopleIn = async (unitId: string) => {
      let list = peopleOf.get(unitId);
      if (!list) {
        list = (await bench.bare(
          `SELECT p.id, p.search_text FROM person p JOIN org_unit_closure c ON c.descendant_id = p.unit_id
            WHERE c.ancestor_id = $1 ORDER BY p.id LIMIT 200`,
          [unitId],
        )) as Array<{ id: string; search_text: string }>;
        peopleOf.set(unitId, list);
      }
      return list;
    };
    const clients: Array<{ label: string; cookie: string; paths: string[] }> = [];
    for (let i = 0; i < maxClients; i++) {
      const mix = ROLE_MIX[i % ROLE_MIX.length];
      const commune = gen.communeUnitIds[(i * 7) % gen.communeUnitIds.length];
      const unitId = mix.at === 'province' ? gen.provinceUnitId : commune;
      const account = await createAccount(database.db, mix.role, unitId);
      const res = await fetch(`${appUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: account.username, password: account.password }),
      });
      const session = res.headers.getSetCookie().find((c) => c.startsWith('canbo_session='));
      if (res.status !== 200 || !session) throw new Error(`sign-in of ${account.username} answered ${res.status}: ${await res.text()}`);
      const person = pick(await peopleIn(commune));
      const words = pick(await peopleIn(commune)).search_text.split(' ');
      const q = rnd() < 0.5 ? words[words.length - 1] : `${words[0]} ${words[words.length - 1]}`;
      const paths: Record<Kind, string> = {
        board: `/api/tasks?unitId=${unitId}&pageSize=25`,
        person: `/api/people/${person.id}`,
        search: `/api/people?q=${encodeURIComponent(q)}&pageSize=25`,
        summary: `/api/summary?unitId=${unitId}&period=week&date=${BENCH_TODAY}&asOf=${BENCH_TODAY}`,
        home: '/api/home',
      };
      clients.push({ label: `${mix.role}@${mix.at}`, cookie: session.split(';')[0], paths: KINDS.map((k) => paths[k]) });
    }

    // Each request once through the app, its SQL recorded: a check that every one answers 200, and the bare route's script.
    log('recording the SQL of each client’s requests (one pass through the app)…');
    const scripts: Statement[][][] = [];
    let statements = 0;
    for (const c of clients) {
      const mine: Statement[][] = [];
      for (const path of c.paths) {
        capture = [];
        const res = await fetch(`${appUrl}${path}`, { headers: { cookie: c.cookie } });
        const body = await res.text();
        const got = capture;
        capture = null;
        if (res.status !== 200) throw new Error(`${c.label} GET ${path} answered ${res.status}: ${body.slice(0, 300)}`);
        mine.push(got);
        statements += got.length;
      }
      scripts.push(mine);
    }
    log(
      `  ${statements} statements for ${clients.length * KINDS.length} requests (${(statements / (clients.length * KINDS.length)).toFixed(1)} per request)`,
    );
    // The profile behind the figures: one client per role, each request's statements replayed alone and timed.
    log('profile (one quiet pass, one client per role): statements per request, their time, the slowest one');
    for (const [i, c] of clients.slice(0, ROLE_MIX.length).entries()) {
      for (const [k, kind] of KINDS.entries()) {
        const times: number[] = [];
        for (const st of scripts[i][k]) {
          const t = performance.now();
          await replay([st]);
          times.push(performance.now() - t);
        }
        const worst = times.indexOf(Math.max(...times));
        const text = scripts[i][k][worst]?.text.replace(/\s+/g, ' ').slice(0, 110) ?? '';
        log(
          `  ${c.label.padEnd(20)} ${kind.padEnd(8)} ${String(times.length).padStart(2)} statements, ` +
            `${ms(times.reduce((a, b) => a + b, 0))} ms; slowest ${ms(times[worst] ?? 0)} ms: ${text}`,
        );
      }
    }
    bare.get<{ Params: { c: string; k: string } }>('/bare/:c/:k', async (req) => ({
      results: await replay(scripts[Number(req.params.c)][Number(req.params.k)]),
    }));
    await bare.listen({ host: '127.0.0.1', port: 0 });
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;

    const appJob = (n: number, duration: number): DriverJob => ({
      url: appUrl,
      duration,
      clients: clients.slice(0, n).map((c) => ({ headers: { cookie: c.cookie }, paths: c.paths })),
    });
    const bareJob = (n: number, duration: number): DriverJob => ({
      url: bareUrl,
      duration,
      clients: clients.slice(0, n).map((_, i) => ({ headers: {}, paths: KINDS.map((_k, k) => `/bare/${i}/${k}`) })),
    });
    const checked = (name: string, r: DriverResult) => {
      const bad = Object.entries(r.non200);
      if (bad.length > 0 || r.errors > 0)
        throw new Error(
          `${name}: ${r.errors} connection errors/timeouts; non-200 answers: ${bad.map(([k, v]) => `${k} ×${v}`).join(', ')}`,
        );
      return r;
    };

    log(`warming up (${WARM_UP_SECONDS} s each at ${maxClients} clients)…`);
    checked('warm-up app', await driver.run(appJob(maxClients, WARM_UP_SECONDS)));
    checked('warm-up bare', await driver.run(bareJob(maxClients, WARM_UP_SECONDS)));

    let last: { app: DriverResult; bare: DriverResult } | undefined;
    const lines: string[] = [];
    for (const n of opts.clients) {
      log(`${n} clients, ${opts.duration} s each: app, then bare SQL…`);
      const a = checked(`app at ${n}`, await driver.run(appJob(n, opts.duration)));
      const b = checked(`bare at ${n}`, await driver.run(bareJob(n, opts.duration)));
      const sa = stats(a.byKind.flat(), a.seconds);
      const sb = stats(b.byKind.flat(), b.seconds);
      log(`  app  ${sa.n} requests: p50 ${ms(sa.p50)} ms, p95 ${ms(sa.p95)} ms, p99 ${ms(sa.p99)} ms, ${sa.rps.toFixed(0)} req/s`);
      log(`  bare ${sb.n} requests: p50 ${ms(sb.p50)} ms, p95 ${ms(sb.p95)} ms, p99 ${ms(sb.p99)} ms, ${sb.rps.toFixed(0)} req/s`);
      lines.push(
        `load-${n}: p95 ${ms(sa.p95)} ms (bare ${ms(sb.p95)}), p99 ${ms(sa.p99)} ms (bare ${ms(sb.p99)}), ` +
          `${sa.rps.toFixed(0)} req/s (bare ${sb.rps.toFixed(0)}, ${((100 * sa.rps) / sb.rps).toFixed(0)}%)`,
      );
      last = { app: a, bare: b };
    }
    const n = opts.clients[opts.clients.length - 1];
    log(`by request kind at ${n} clients (p50 / p95 ms, app vs bare SQL):`);
    for (const [k, kind] of KINDS.entries()) {
      const a = stats(last!.app.byKind[k], last!.app.seconds);
      const b = stats(last!.bare.byKind[k], last!.bare.seconds);
      log(`  ${kind.padEnd(8)} app ${ms(a.p50)} / ${ms(a.p95)}   bare ${ms(b.p50)} / ${ms(b.p95)}   (${a.n} / ${b.n} requests)`);
    }
    for (const line of lines) log(line);
    log(`(${gen.people} people, ${gen.tasks} tasks; ${database.kind === 'postgres' ? 'pool of 10 connections' : 'one embedded session'})`);
    const sa = stats(last!.app.byKind.flat(), last!.app.seconds);
    const sb = stats(last!.bare.byKind.flat(), last!.bare.seconds);
    log(resultLine(`load-throughput-${n}`, sa.rps, sb.rps, 'req/s'));
    return resultLine(`load`, sa.p95, sb.p95, 'ms');
  } finally {
    driver.stop();
    await bare.close();
    await w.close();
  }
}
