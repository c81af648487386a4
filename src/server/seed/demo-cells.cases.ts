// Test cases of the demo's Party cells, registered by demo.test.ts for each anchor: the secretary's cell
// has members (probationary among them), eleven held months and this month's meeting scheduled in the
// current week; somewhere a member reaches the Charter's 3-month flag and a cell missed a themed quarter.
import { expect, it } from 'vitest';
import { addDays } from '../../domain/dates.js';
import { cellCadence, charterFlag, DEFAULT_CELL_SETTINGS } from '../../domain/party-cells/index.js';
import type { DemoCtx } from './demo-org.cases.js';

export function demoCellsCases(ctx: DemoCtx) {
  it('gives bithuchibo’s cell members, a year of held meetings and this month’s meeting to run; flags exist somewhere', async () => {
    const { db, cal } = ctx();
    const account = await db
      .selectFrom('account as a')
      .innerJoin('role_binding as r', 'r.account_id', 'a.id')
      .select(['r.unit_id', 'a.person_id'])
      .where('a.username', '=', 'bithuchibo')
      .executeTakeFirstOrThrow();
    const members = await db.selectFrom('party_membership').selectAll().where('cell_id', '=', account.unit_id).execute();
    expect(members.length).toBeGreaterThanOrEqual(5);
    expect(members.some((m) => m.person_id === account.person_id)).toBe(true);
    expect(members.some((m) => m.full_vote_on === null)).toBe(true);
    const meetings = await db.selectFrom('cell_meeting').selectAll().where('cell_id', '=', account.unit_id).orderBy('planned_at').execute();
    expect(meetings.filter((m) => m.status === 'held')).toHaveLength(11);
    const next = meetings[meetings.length - 1];
    expect(next.status).toBe('planned');
    expect(next.planned_at.toISOString().slice(0, 10) <= addDays(cal.anchor, 3)).toBe(true);

    const attendance = await db
      .selectFrom('cell_attendance as a')
      .innerJoin('cell_meeting as m', 'm.id', 'a.meeting_id')
      .select(['a.person_id', 'a.status', 'm.month'])
      .execute();
    const byPerson = new Map<string, Array<{ month: string; status: 'present' | 'excused' | 'unexcused' }>>();
    for (const a of attendance) byPerson.set(a.person_id, [...(byPerson.get(a.person_id) ?? []), a]);
    const years = new Set(attendance.map((a) => Number(a.month.slice(0, 4))));
    const flagged = [...byPerson.values()].filter((list) =>
      [...years].some((y) => charterFlag(y, { attendance: list, dues: [] }, DEFAULT_CELL_SETTINGS).flagged),
    );
    expect(flagged.length).toBeGreaterThan(0);

    const held = await db.selectFrom('cell_meeting').select(['cell_id', 'month', 'kind']).where('status', '=', 'held').execute();
    const cells = new Set(held.map((h) => h.cell_id));
    const missedThemed = [...cells].some((c) =>
      [...years].some(
        (y) =>
          cellCadence(
            y,
            held.filter((h) => h.cell_id === c),
            `${y + 1}-01`,
            DEFAULT_CELL_SETTINGS,
          ).missedThemedPeriods.length > 0,
      ),
    );
    expect(missedThemed).toBe(true);
    expect(await db.selectFrom('party_dues').select('person_id').where('status', '=', 'unpaid').limit(1).execute()).toHaveLength(1);
  });
}
