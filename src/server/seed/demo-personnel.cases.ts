// Test cases of the demo's personnel decisions, registered by demo.test.ts for each anchor: the
// dashboards answer the seed's questions — every secretary and chair non-local but commune #3's
// secretary, chairs at the two-terms limit through the merger, commune #2's secretary post
// vacant, a rotation from the province with its planned end, and the proposal blocked by a discipline
// waiting period.
import { expect, it } from 'vitest';
import type { Actor } from '../http/context.js';
import { getProposal, personnelDashboard } from '../modules/personnel/index.js';
import type { DemoCtx } from './demo-org.cases.js';

export function demoPersonnelCases(ctx: DemoCtx) {
  it('answers the personnel dashboards’ questions and blocks the disciplined candidate', async () => {
    const { db, summary, cal } = ctx();
    const actor: Actor = {
      accountId: '00000000-0000-4000-8000-000000000000',
      username: 'test',
      displayName: 'test',
      personId: null,
      locale: 'vi',
      roles: [{ role: 'standing', unitId: summary.provinceUnitId }],
      sessionId: 'test',
      csrfToken: 'test',
    };
    const dash = await personnelDashboard(db, actor, 'vi', summary.provinceUnitId, cal.anchor);
    const communes = summary.communeUnitIds.length;
    const secretaries = dash.nonLocal.find((r) => r.postCode === 'commune.party.secretary')!;
    const chairs = dash.nonLocal.find((r) => r.postCode === 'commune.pc.chair')!;
    expect(secretaries.held).toBe(communes - 1); // commune #2's post is vacant
    expect(secretaries.nonLocal).toBe(communes - 2); // commune #3's secretary is local
    expect(secretaries.holders.filter((h) => h.local).map((h) => h.grounds)).toEqual([expect.arrayContaining(['birthplace'])]);
    expect(chairs.nonLocal).toBe(chairs.held);
    expect(dash.twoTerms.some((r) => r.atLimit && r.post === 'Chủ tịch UBND')).toBe(true);
    expect(dash.rotationsEnding.some((r) => r.belowMinimum)).toBe(true);
    expect(dash.vacant.some((v) => v.post === 'Bí thư Đảng ủy')).toBe(true);
    expect(dash.pipeline.some((p) => p.status === 'proposed')).toBe(true);
    const pending = await db.selectFrom('personnel_proposal').select('id').where('status', '=', 'proposed').execute();
    expect(pending).toHaveLength(1);
    const view = await getProposal(db, actor, 'vi', pending[0].id);
    expect(view.checks.blocked).toBe(true);
    expect(view.checks.checks.find((c) => c.code === 'personnel.discipline.waiting')?.outcome).toBe('fail');
  });
}
