// proposal-checks: the generated province with its plans and personnel data (bench/planning-setup.ts),
// then the checks of 1,000 random proposals — appointments to another ladder post of the person's
// commune, transfers to a ladder post of another commune, rotations of 36 months — through the real
// app as an organising-body user of the province (POST /api/personnel/checks: auth, validation, scope,
// the module's runChecks over the domain's rules — plan, months in post, full term before retirement,
// ratings, discipline waiting, seat free, non-local through the merger, two consecutive terms —
// presenter, serialisation). The lower bound is one hand-written SQL statement fetching every fact of the
// same proposal (bench/personnel-sql.ts), alternately in the same run. Target: app p95 under 50 ms on
// PostgreSQL.
import { addMonths, parseCivilDate } from '../src/domain/dates.js';
import { createAccount } from '../src/server/test/factories.js';
import { signIn } from '../src/server/test/harness.js';
import { type BenchOptions, log, ms, resultLine, seededRandom, summarise } from './bench.lib.js';
import { setUpPlanningBench } from './planning-setup.js';
import { PROPOSAL_SQL } from './personnel-sql.js';
import { timed } from './tasks-setup.js';

const DRAWS = 1000;
const WARM_UP = 50;
export const EFFECTIVE_DATE = '2026-12-15';
const KINDS = ['appointment', 'transfer', 'rotation'] as const;

interface Holder {
  person_id: string;
  commune_id: string;
}
interface LadderPost {
  id: string;
  commune_id: string;
}

export async function proposalChecks(opts: BenchOptions): Promise<string> {
  const w = await setUpPlanningBench(opts);
  try {
    const { bench, gen, app } = w;
    const rnd = seededRandom(20261207);
    const communes = `SELECT ancestor_id AS commune_id, descendant_id FROM org_unit_closure WHERE ancestor_id = ANY($1::uuid[])`;
    const holders = (await bench.bare(
      `SELECT DISTINCT t.person_id, c.commune_id FROM tenure t JOIN post po ON po.id = t.post_id JOIN planning_post_code pc ON pc.post_id = po.id
         JOIN (${communes}) c ON c.descendant_id = po.unit_id WHERE t.start_date <= $2 AND (t.end_date IS NULL OR t.end_date >= $2) ORDER BY 1`,
      [gen.communeUnitIds, EFFECTIVE_DATE],
    )) as Holder[];
    const posts = (await bench.bare(
      `SELECT po.id, c.commune_id FROM post po JOIN planning_post_code pc ON pc.post_id = po.id JOIN (${communes}) c ON c.descendant_id = po.unit_id ORDER BY 1`,
      [gen.communeUnitIds],
    )) as LadderPost[];
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const proposals = Array.from({ length: DRAWS + WARM_UP }, () => {
      const kind = pick(KINDS);
      const h = pick(holders);
      const same = posts.filter((p) => (kind === 'appointment' ? p.commune_id === h.commune_id : p.commune_id !== h.commune_id));
      return {
        kind,
        personId: h.person_id,
        postId: pick(same.length > 0 ? same : posts).id,
        fromTenureId: null,
        effectiveDate: EFFECTIVE_DATE,
        plannedEndDate: kind === 'rotation' ? addMonths(EFFECTIVE_DATE, 36) : null,
        reason: 'Benchmark',
        specialProcedure: false,
        underInvestigation: false,
        documents: { appraisal: true, assetDeclaration: true, health: true },
      };
    });
    log(`${holders.length} holders of commune ladder posts, ${posts.length} ladder posts; ${DRAWS} proposals (+${WARM_UP} warm-up)`);

    const account = await createAccount(bench.database.db, 'organising', gen.provinceUnitId);
    const s = await signIn(app, account.username, account.password);
    const outcomes: Record<string, number> = {};
    const check = async (body: (typeof proposals)[number]) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/personnel/checks',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
        payload: body,
      });
      if (res.statusCode !== 200) throw new Error(`POST /api/personnel/checks answered ${res.statusCode}: ${res.body.slice(0, 400)}`);
      return res.json<{ checks: Array<{ code: string; outcome: string }> }>();
    };
    const y = parseCivilDate(EFFECTIVE_DATE).year;
    const bare = (body: (typeof proposals)[number]) =>
      bench.bare(PROPOSAL_SQL, [body.personId, body.postId, body.effectiveDate, [y - 3, y - 2, y - 1]]);
    for (const body of proposals.slice(0, WARM_UP)) {
      await check(body);
      const [row] = (await bare(body)) as Array<{ person: unknown; post: unknown }>;
      if (!row.person || !row.post) throw new Error('the bare statement found no person or post');
    }
    const appMs: number[] = [];
    const bareMs: number[] = [];
    for (const body of proposals.slice(WARM_UP)) {
      const [t, view] = await timed(() => check(body));
      appMs.push(t);
      for (const c of view.checks) if (c.outcome !== 'pass') outcomes[c.code] = (outcomes[c.code] ?? 0) + 1;
      bareMs.push((await timed(() => bare(body)))[0]);
    }
    const top = Object.entries(outcomes)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
    log(`checks not passed (top): ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const a = summarise(appMs);
    const b = summarise(bareMs);
    log(`app  p50 ${ms(a.p50)} ms, p95 ${ms(a.p95)} ms, max ${ms(a.max)} ms`);
    log(`bare p50 ${ms(b.p50)} ms, p95 ${ms(b.p95)} ms, max ${ms(b.max)} ms`);
    log(`target: app p95 under 50 ms on PostgreSQL — ${a.p95 < 50 ? 'met' : 'NOT met'} here`);
    return resultLine('proposal-checks', a.p95, b.p95, 'ms');
  } finally {
    await w.close();
  }
}
