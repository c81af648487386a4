// people-search: a province at --scale (1 ≈ 30,000 people), then 1,000 name searches typed
// without diacritics ("nguyen van", "thi hoa", "tuan") through the real app — GET /api/people?q=
// via app.inject as a signed-in organising user of the province (auth hook, validation, scope,
// query, presenter, serialisation). The lower bound is the same search as bare SQL on the same
// database in the same run, with the app's semantics (decision 0010): every word of the query a
// LIKE on search_text, in any order; the page of 25 ranked whole word < word start < inside a
// word, then by sort_key; the count of all matches — page and count from one statement that ranks
// and counts narrow rows and reads the page's rows after, the fastest way we know to get both.
import { buildApp } from '../src/server/app.js';
import { foldNameWords } from '../src/domain/names.js';
import { generateProvince } from '../src/server/seed/generate.js';
import { createAccount } from '../src/server/test/factories.js';
import { signIn } from '../src/server/test/harness.js';
import { type BenchOptions, log, ms, openBenchDatabase, resultLine, seededRandom, summarise } from './bench.lib.js';

const QUERIES = 1000;
const WARM_UP = 50;
const PAGE_SIZE = 25;

/** Fragments a user would type, drawn from the generated names (folded, no diacritics). */
function drawQueries(names: string[], count: number, rnd: () => number): string[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: string[] = [];
  while (out.length < count) {
    const words = pick(names).split(' ');
    const given = words[words.length - 1];
    const r = rnd();
    if (r < 0.3)
      out.push(words.slice(0, 2).join(' ')); // "nguyen van"
    else if (r < 0.55)
      out.push(words.slice(-2).join(' ')); // "thi hoa"
    else if (r < 0.8)
      out.push(given); // "tuan"
    else if (r < 0.92)
      out.push(`${words[0]} ${given}`); // "tran hung"
    else out.push(given.slice(0, Math.max(2, given.length - 1))); // a word still being typed
  }
  return out;
}

export async function peopleSearch(opts: BenchOptions): Promise<string> {
  const bench = await openBenchDatabase(opts);
  try {
    log(`database: ${bench.label}`);
    const db = bench.database.db;
    log(`generating a province at scale ${opts.scale}…`);
    let t0 = Date.now();
    let lastTenth = -1;
    const gen = await generateProvince(db, {
      scale: opts.scale,
      onProgress: (done, total) => {
        const tenth = Math.floor((done / Math.max(1, total)) * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          log(`  ${tenth * 10}% of ${total} rows`);
        }
      },
    });
    log(`generated ${gen.people} people in ${gen.units} units in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await bench.bare('ANALYZE', []);

    const app = await buildApp({ database: bench.database, logLevel: 'silent' });
    await app.ready();
    const account = await createAccount(db, 'organising', gen.provinceUnitId);
    const session = await signIn(app, account.username, account.password);

    const sample = await bench.bare('SELECT search_text FROM person ORDER BY id LIMIT 2000', []);
    const queries = drawQueries(
      (sample as Array<{ search_text: string }>).map((r) => r.search_text),
      QUERIES + WARM_UP,
      seededRandom(20261122),
    );

    const viaApp = async (q: string) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/people?q=${encodeURIComponent(q)}&pageSize=${PAGE_SIZE}`,
        headers: { cookie: session.cookie },
      });
      if (res.statusCode !== 200) throw new Error(`GET /api/people?q=${q} answered ${res.statusCode}: ${res.body}`);
      return res.json<{ total: number; items: Array<{ id: string }> }>();
    };
    const bare = async (q: string) => {
      const words = foldNameWords(q).split(' ').filter(Boolean);
      const esc = (w: string) => w.replace(/[\\%_]/g, (c) => `\\${c}`);
      const params: string[] = [];
      const where: string[] = [];
      const rank: string[] = [];
      for (const w of words) {
        params.push(`%${esc(w)}%`, `% ${esc(w)} %`, `% ${esc(w)}%`);
        const i = params.length;
        where.push(`search_text LIKE $${i - 2}`);
        rank.push(`CASE WHEN (' ' || search_text || ' ') LIKE $${i - 1} THEN 0 WHEN (' ' || search_text) LIKE $${i} THEN 1 ELSE 1000 END`);
      }
      // The matches ranked and counted as narrow rows, then the page's rows read by id.
      const rows = (await bench.bare(
        `SELECT p.id, p.family_name, p.middle_name, p.given_name, p.unit_id, p.date_of_birth, m.n
           FROM (SELECT id, ${rank.join(' + ')} AS r, sort_key, count(*) OVER () AS n FROM person
                  WHERE ${where.join(' AND ')} ORDER BY 2, 3, 1 LIMIT ${PAGE_SIZE}) m
           JOIN person p ON p.id = m.id ORDER BY m.r, m.sort_key, m.id`,
        params,
      )) as Array<{ id: string; n: number | string }>;
      return { total: rows.length > 0 ? Number(rows[0].n) : 0, ids: rows.map((r) => r.id) };
    };

    log(`warming up with ${WARM_UP} searches…`);
    for (const q of queries.slice(0, WARM_UP)) {
      const [a, b] = [await viaApp(q), await bare(q)];
      // Same scope (the whole province), matching rule and ranking: totals and pages must agree.
      if (a.total !== b.total) throw new Error(`"${q}": the app found ${a.total}, bare SQL ${b.total}`);
      if (a.items.map((i) => i.id).join() !== b.ids.join()) throw new Error(`"${q}": the app's page differs from bare SQL's`);
    }

    log(`measuring ${QUERIES} searches (app and bare SQL alternately)…`);
    const appMs: number[] = [];
    const bareMs: number[] = [];
    let hits = 0;
    t0 = Date.now();
    for (const [i, q] of queries.slice(WARM_UP).entries()) {
      let t = performance.now();
      hits += (await viaApp(q)).total > 0 ? 1 : 0;
      appMs.push(performance.now() - t);
      t = performance.now();
      await bare(q);
      bareMs.push(performance.now() - t);
      if ((i + 1) % 200 === 0) log(`  ${i + 1}/${QUERIES} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    await app.close();
    const a = summarise(appMs);
    const b = summarise(bareMs);
    log(`${hits}/${QUERIES} searches found someone`);
    log(`app  (GET /api/people?q=): p50 ${ms(a.p50)} ms, p95 ${ms(a.p95)} ms, max ${ms(a.max)} ms`);
    log(`bare SQL (ranked page + count): p50 ${ms(b.p50)} ms, p95 ${ms(b.p95)} ms, max ${ms(b.max)} ms`);
    return resultLine('people-search', a.p95, b.p95, 'ms');
  } finally {
    await bench.close();
  }
}
