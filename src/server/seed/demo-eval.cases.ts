// Test cases of the demo's evaluation history, registered by demo.test.ts inside its seedDemo suite
// for each anchor: the closed periods of the anchor's calendar decided within the quota, published
// and closed; the current period open everywhere but commune #1, where it is left to open.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { type Level, checkQuota, countLevels, periodBounds, quotaPct } from '../../domain/evaluation/index.js';
import type { Actor } from '../http/context.js';
import { loadRules } from '../modules/evaluation/index.js';
import { commendations } from '../modules/evaluation-reports/index.js';
import type { DemoCtx } from './demo-org.cases.js';

const key = (p: { kind: string; year: number; number: number }) => `${p.kind} ${p.year}/${p.number}`;

export function demoEvalCases(ctx: DemoCtx) {
  it('carries the closed history decided within the quota, published and closed, and the current period open', async () => {
    const { db, summary, cal } = ctx();
    const periods = await db
      .selectFrom('evaluation_period')
      .select(['id', 'unit_id', 'kind', 'year', 'number', 'status', 'opened_at', 'closed_at'])
      .execute();
    const closedKeys = cal.closed.map(key);
    const currentKey = key(cal.current);
    expect(closedKeys.length).toBeGreaterThanOrEqual(3);
    expect(closedKeys).not.toContain(currentKey);
    // 12 communes × the closed periods, and the current one in 11 of them.
    expect(periods).toHaveLength(12 * closedKeys.length + 11);
    for (const p of periods) expect(p.status).toBe(key(p) === currentKey ? 'open' : 'closed');
    const first = summary.communeUnitIds[0];
    expect(
      periods
        .filter((p) => p.unit_id === first)
        .map(key)
        .sort(),
    ).toEqual([...closedKeys].sort());
    expect(
      periods
        .filter((p) => key(p) === currentKey)
        .map((p) => p.unit_id)
        .sort(),
    ).toEqual(summary.communeUnitIds.slice(1).sort());
    // Nothing opened or closed after the anchor (its last moment in Vietnam).
    const end = new Date(`${cal.anchor}T23:59:59+07:00`);
    for (const p of periods) {
      expect(p.opened_at <= end, key(p)).toBe(true);
      if (p.closed_at) expect(p.closed_at <= end, key(p)).toBe(true);
    }

    const rows = await db
      .selectFrom('evaluation as e')
      .innerJoin('evaluation_period as p', 'p.id', 'e.period_id')
      .select([
        'e.period_id',
        'e.unit_id',
        'e.cadre_group',
        'e.status',
        'e.decision_level',
        'e.excluded_reason',
        'e.published_at',
        'p.status as period_status',
      ])
      .execute();
    for (const r of rows) {
      if (r.status === 'excluded') expect(r.excluded_reason).toBeTruthy();
      else if (r.period_status === 'closed') expect(r.status === 'published' && !!r.decision_level && r.published_at! <= end).toBe(true);
      else expect(r.status).toBe('self_pending');
    }
    expect(new Set(rows.map((r) => r.decision_level).filter(Boolean))).toEqual(
      new Set(['excellent', 'good', 'completed', 'not_completed']),
    );
    // Quy định 366-QĐ/TW: HTXS ≤ 20% of HTT per peer group (up to 25% where the exception was granted), as the settings of each period say.
    const keyOf = (r: { period_id: string; unit_id: string; cadre_group: string }) => `${r.period_id}|${r.unit_id}|${r.cadre_group}`;
    const exceptions = new Map(
      (await db.selectFrom('quota_exception').selectAll().execute()).map((e) => [keyOf(e), { percent: Number(e.percent) }]),
    );
    const ends = new Map((await db.selectFrom('evaluation_period').select(['id', 'end_date']).execute()).map((p) => [p.id, p.end_date]));
    const groups = new Map<string, { periodId: string; levels: Level[] }>();
    for (const r of rows) {
      if (!r.decision_level) continue;
      const g = groups.get(keyOf(r)) ?? { periodId: r.period_id, levels: [] };
      g.levels.push(r.decision_level);
      groups.set(keyOf(r), g);
    }
    const quotas = new Map<string, Awaited<ReturnType<typeof loadRules>>['quota']>();
    for (const [k, g] of groups) {
      if (!quotas.has(g.periodId)) quotas.set(g.periodId, (await loadRules(db, ends.get(g.periodId)!)).quota);
      const quota = quotas.get(g.periodId)!;
      expect(checkQuota(countLevels(g.levels), { pct: quotaPct(quota, exceptions.get(k) ?? null) }).ok, k).toBe(true);
    }

    // The cadre account's holder: every closed quarter inside the year of work qualifies for HTXS on the task evidence.
    const canbo = await db.selectFrom('account').select('person_id').where('username', '=', 'canbo').executeTakeFirstOrThrow();
    const own = await db
      .selectFrom('evaluation as e')
      .innerJoin('evaluation_period as p', 'p.id', 'e.period_id')
      .select(['p.kind', 'p.year', 'p.number', 'p.start_date', 'p.status', 'e.proposed_level', 'e.results_score'])
      .where('e.person_id', '=', canbo.person_id)
      .execute();
    const quarters = own.filter((e) => e.kind === 'quarter' && e.status === 'closed' && e.start_date >= cal.workFrom);
    const expected = cal.closed.filter((p) => p.kind === 'quarter' && periodBounds('quarter', p.year, p.number).from >= cal.workFrom);
    expect(quarters.map(key).sort()).toEqual(expected.map(key).sort());
    expect(quarters.length).toBeGreaterThan(0);
    for (const e of quarters) expect([key(e), e.proposed_level, Number(e.results_score)]).toEqual([key(e), 'excellent', 70]);

    // Commendation suggestions of a closed year: those rated HTXS in the year, for the grassroots certificate.
    const year = cal.closed.find((p) => p.kind === 'year');
    if (year) {
      const actor: Actor = {
        accountId: randomUUID(),
        username: 'tochuc',
        displayName: 'tochuc',
        personId: null,
        locale: 'vi',
        roles: [{ role: 'organising', unitId: summary.provinceUnitId }],
        sessionId: '',
        csrfToken: '',
      };
      const list = await commendations(db, actor, 'vi', { unitId: summary.provinceUnitId, year: year.year });
      const yearIds = new Set(periods.filter((p) => p.kind === 'year' && p.year === year.year).map((p) => p.id));
      const excellent = rows.filter((r) => r.decision_level === 'excellent' && yearIds.has(r.period_id)).length;
      expect(list.items.length).toBe(excellent);
      expect(list.items.length).toBeGreaterThan(0);
      expect(new Set(list.items.map((i) => i.kind))).toEqual(new Set(['grassroots']));
    }
  });
}
