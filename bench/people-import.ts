// people-import: a 30,000-row people workbook (× --scale) in the web app's template, imported
// with importPeopleFromBuffer — the code path of the web import and `canbo import people`: read
// the sheet, check every row, write the people and their audit events in one transaction.
// The lower bound is getting the same rows into a scratch copy of the person table (same
// columns, checks and indexes) the fastest way the database offers: COPY on PGlite (FROM
// '/dev/blob'); on PostgreSQL through node-postgres, which has no COPY FROM STDIN, one INSERT …
// SELECT FROM unnest(…) statement.
import type { PGlite } from '@electric-sql/pglite';
import type { Actor } from '../src/server/http/context.js';
import { buildTemplateRows, importPeopleFromBuffer, writePeopleWorkbook } from '../src/server/modules/people-excel/index.js';
import { createSubtree } from '../src/server/test/factories.js';
import { type BenchOptions, log, openBenchDatabase, resultLine } from './bench.lib.js';

const ROWS = 30_000;

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function peopleImport(opts: BenchOptions): Promise<string> {
  const bench = await openBenchDatabase(opts);
  try {
    log(`database: ${bench.label}`);
    const db = bench.database.db;
    const tree = await createSubtree(db);
    const n = Math.round(ROWS * opts.scale);
    log(`writing a ${n}-row workbook…`);
    let t0 = Date.now();
    const workbook = await writePeopleWorkbook(buildTemplateRows(n, { citizenIdStart: 100_000_000_000 }));
    log(`workbook: ${(workbook.length / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const actor: Actor = {
      accountId: '00000000-0000-0000-0000-000000000000',
      username: 'bench',
      displayName: 'benchmark',
      personId: null,
      locale: 'vi',
      roles: [{ role: 'organising', unitId: tree.provinceId }],
      sessionId: '',
      csrfToken: '',
    };
    log('importing (importPeopleFromBuffer, mode all)…');
    let lastTenth = -1;
    t0 = performance.now();
    const outcome = await importPeopleFromBuffer(
      db,
      { actor, audit: { actorId: null, actorName: 'benchmark', requestId: null, ip: null }, locale: 'vi' },
      tree.communeA,
      workbook,
      'all',
      (p) => {
        // Rows are checked while the sheet is read: their number (total) is known once it is read.
        const tenth = p.total > 0 ? Math.floor((p.done / p.total) * 10) : Math.floor(p.done / (n / 10));
        if (p.phase === 'writing' && p.done === 0) lastTenth = -1;
        if (tenth > lastTenth) {
          lastTenth = tenth;
          log(`  ${p.phase} ${tenth * 10}% (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
        }
        if (p.phase === 'writing' && p.done === p.total)
          log(`  people written, recording their audit events (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      },
    );
    const importMs = performance.now() - t0;
    if (outcome.status !== 'succeeded' || outcome.personIds.length !== n) {
      throw new Error(`the import did not write ${n} people: ${JSON.stringify(outcome.error ?? outcome.result?.issues.slice(0, 3))}`);
    }
    log(`imported ${outcome.personIds.length} people in ${(importMs / 1000).toFixed(2)} s`);

    // The same rows, as stored, into a scratch copy of the table.
    await bench.bare('CREATE TABLE person_scratch (LIKE person INCLUDING ALL)', []);
    const rows = (await bench.bare('SELECT * FROM person WHERE unit_id = $1 ORDER BY id', [tree.communeA])) as Array<
      Record<string, unknown>
    >;
    const columns = Object.keys(rows[0]);
    let method: string;
    let boundMs: number;
    if (bench.database.pglite) {
      method = "COPY person_scratch FROM '/dev/blob' (CSV)";
      const csv = rows.map((r) => columns.map((c) => csvField(r[c])).join(',')).join('\n') + '\n';
      const pglite: PGlite = bench.database.pglite;
      t0 = performance.now();
      await pglite.query(`COPY person_scratch (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
      boundMs = performance.now() - t0;
    } else {
      method = 'INSERT INTO person_scratch SELECT FROM unnest(<one array per column>) — node-postgres has no COPY FROM STDIN';
      const arrays = columns.map((c) => rows.map((r) => (r[c] instanceof Date ? r[c].toISOString() : r[c])));
      const types = await bench.bare(
        `SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'person'::regclass AND attnum > 0 AND NOT attisdropped`,
        [],
      );
      const typeOf = new Map((types as Array<{ attname: string; type: string }>).map((t) => [t.attname, t.type]));
      const select = columns.map((c, i) => `$${i + 1}::${typeOf.get(c)}[]`).join(', ');
      t0 = performance.now();
      await bench.bare(`INSERT INTO person_scratch (${columns.join(', ')}) SELECT * FROM unnest(${select})`, arrays);
      boundMs = performance.now() - t0;
    }
    const copied = (await bench.bare('SELECT count(*)::int AS n FROM person_scratch', [])) as Array<{ n: number }>;
    if (copied[0].n !== n) throw new Error(`the lower bound wrote ${copied[0].n} rows, not ${n}`);
    log(`lower bound: ${method}: ${n} rows in ${(boundMs / 1000).toFixed(2)} s`);
    return resultLine('people-import', importMs / 1000, boundMs / 1000, 's');
  } finally {
    await bench.close();
  }
}
