// The transparency board and the calendar: scope, filters, derived overdue, pagination.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../test/harness.js';
import * as lq from './tasks.list.queries.js';
import { type World, buildWorld, day, expectField, issue } from './tasks.test-support.js';

let w: World;
const tag = randomUUID().slice(0, 8);
const ids: Record<string, string> = {};

type Item = { id: string; status: string; overdue: boolean; dueDate: string; title: string };
const list = async (query: string, s = w.s.bystander) => {
  const res = await client(w.t.app, s).get(`/api/tasks?q=${tag}&pageSize=200&${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: Item[]; total: number; page: number; pageSize: number }>();
};
const idsOf = (page: { items: Item[] }) => page.items.map((i) => i.id).sort();
const pick = (...names: string[]) => names.map((n) => ids[n]).sort();

beforeAll(async () => {
  w = await buildWorld();
  const c = client(w.t.app, w.s.standing);
  // open: due in 10 days, land field, lead + support
  ids.open = (await issue(w, { title: `Rà soát đất ${tag} một` })).id;
  // overdue: due yesterday, not done; in a unit under the commune
  ids.late = (
    await issue(w, {
      title: `Báo cáo ${tag} hai`,
      unitId: w.tree.committeeA,
      startDate: day(-10),
      dueDate: day(-1),
      pastDueConfirmed: true,
      fieldCode: 'economy',
      supportIds: [],
    })
  ).id;
  // done after its due date: not overdue
  const done = await issue(w, {
    title: `Kiểm tra ${tag} ba`,
    startDate: day(-10),
    dueDate: day(-1),
    pastDueConfirmed: true,
    leadId: w.people.support,
    supportIds: [w.people.lead],
  });
  ids.done = done.id;
  const completed = await client(w.t.app, w.s.support).post(`/api/tasks/${done.id}/complete`, {
    version: 1,
    completedOn: day(0),
    note: '',
  });
  expect(completed.statusCode).toBe(200);
  // cancelled, past due: listed as cancelled, not overdue
  const cancelled = await issue(w, {
    title: `Hủy ${tag} bốn`,
    startDate: day(-10),
    dueDate: day(-2),
    source: 'programme',
    pastDueConfirmed: true,
  });
  ids.cancelled = cancelled.id;
  expect((await c.post(`/api/tasks/${cancelled.id}/cancel`, { version: 1, reason: 'Không còn cần' })).statusCode).toBe(200);
  // another commune's task, same words in the title
  const b = await client(w.t.app, w.s.standingB).post('/api/tasks', {
    unitId: w.tree.communeB,
    title: `Rà soát đất ${tag} xã B`,
    leadId: w.people.personB,
    startDate: day(0),
    dueDate: day(3),
    workUnits: 1,
  });
  expect(b.statusCode).toBe(201);
  ids.b = b.json().id;
});
afterAll(() => w?.t.close());

describe('GET /api/tasks', () => {
  it('answers 401, 404 for a unit outside the scope, 400 naming a bad filter', async () => {
    expect((await client(w.t.app, null).get('/api/tasks')).statusCode).toBe(401);
    expect((await client(w.t.app, w.s.bystander).get(`/api/tasks?unitId=${w.tree.communeB}`)).statusCode).toBe(404);
    expectField(await client(w.t.app, w.s.bystander).get('/api/tasks?sort=title'), 'sort');
    expectField(await client(w.t.app, w.s.bystander).get('/api/tasks?overdue=maybe'), 'overdue');
    expectField(await client(w.t.app, w.s.bystander).get('/api/tasks?from=2026-13-01'), 'from');
  });

  it("lists the commune's tasks to any cadre of the commune, never another commune's", async () => {
    const page = await list('');
    expect(idsOf(page)).toEqual(pick('open', 'late', 'done', 'cancelled'));
    expect(page.total).toBe(4);
    expect(idsOf(await list('', w.s.cadreB))).toEqual(pick('b'));
    expect(idsOf(await list('', w.s.admin))).toEqual(pick('open', 'late', 'done', 'cancelled', 'b'));
    expect(idsOf(await list(`unitId=${w.tree.committeeA}`))).toEqual(pick('late'));
  });

  it('derives overdue: due yesterday and not done is overdue; done or cancelled is not', async () => {
    const page = await list('');
    const byId = new Map(page.items.map((i) => [i.id, i]));
    expect(byId.get(ids.late)).toMatchObject({ overdue: true, status: 'new' });
    expect(byId.get(ids.done)).toMatchObject({ overdue: false, status: 'done' });
    expect(byId.get(ids.cancelled)).toMatchObject({ overdue: false, status: 'cancelled' });
    expect(byId.get(ids.open)).toMatchObject({ overdue: false });
    expect(idsOf(await list('overdue=true'))).toEqual(pick('late'));
    expect(idsOf(await list('overdue=false'))).toEqual(pick('open', 'done', 'cancelled'));
  });

  it('filters by person and role, field, status, source and due-date range', async () => {
    expect(idsOf(await list(`personId=${w.people.lead}`))).toEqual(pick('open', 'late', 'done', 'cancelled'));
    expect(idsOf(await list(`personId=${w.people.lead}&role=lead`))).toEqual(pick('open', 'late', 'cancelled'));
    expect(idsOf(await list(`personId=${w.people.lead}&role=support`))).toEqual(pick('done'));
    expect(idsOf(await list(`personId=${w.people.support}&role=lead`))).toEqual(pick('done'));
    expect(idsOf(await list('fieldCode=economy'))).toEqual(pick('late'));
    expect(idsOf(await list('status=done'))).toEqual(pick('done'));
    expect(idsOf(await list('status=cancelled'))).toEqual(pick('cancelled'));
    expect(idsOf(await list('source=programme'))).toEqual(pick('cancelled'));
    expect(idsOf(await list(`from=${day(-1)}&to=${day(0)}`))).toEqual(pick('late', 'done'));
  });

  it('searches titles without diacritics and sorts by due date either way, paginated', async () => {
    const folded = await client(w.t.app, w.s.bystander).get(`/api/tasks?q=${encodeURIComponent(`ra soat dat ${tag}`)}`);
    expect(folded.json().items.map((i: Item) => i.id)).toEqual([ids.open]);
    const asc = await list('sort=due');
    expect(asc.items.map((i) => i.dueDate)).toEqual([...asc.items.map((i) => i.dueDate)].sort());
    const desc = await list('sort=-due');
    expect(desc.items.map((i) => i.id)).toEqual([...asc.items.map((i) => i.id)].reverse());
    const page2 = await client(w.t.app, w.s.bystander).get(`/api/tasks?q=${tag}&pageSize=3&page=2&sort=due`);
    expect(page2.json()).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.json().items.map((i: Item) => i.id)).toEqual([asc.items[3].id]);
  });

  it('shows the holders by id and name only, the unit name and the assigner name', async () => {
    const item = (await list('')).items.find((i) => i.id === ids.open) as unknown as Record<string, unknown>;
    expect(item).toMatchObject({
      unitName: expect.stringContaining('Xã An'),
      lead: { id: w.people.lead, fullName: 'Trần Thị Chủ' },
      supports: [{ id: w.people.support, fullName: 'Phạm Văn Phối' }],
      assignerName: 'Lê Văn Thường',
      workUnits: 2,
      priority: 'high',
      version: 1,
    });
  });
});

describe('the two plans of the board', () => {
  it('the per-unit plan and the plain plan return the same pages', async () => {
    const today = day(0);
    const filters: Array<Partial<lq.TaskCriteria>> = [
      {},
      { overdue: true },
      { overdue: false },
      { status: 'done' },
      { fieldCode: 'economy' },
      { q: tag },
    ];
    for (const f of filters) {
      for (const sort of ['due', '-due', 'priority', 'updated'] as const) {
        for (const [limit, offset] of [
          [2, 0],
          [2, 2],
          [50, 0],
        ]) {
          const roots = [w.tree.provinceId];
          const units = await lq.unitsUnder(w.t.db, roots);
          expect(units?.length).toBeGreaterThan(5);
          const perUnit = await lq.listTasks(w.t.db, { roots, units, today, ...f }, sort, limit, offset);
          const plain = await lq.listTasks(w.t.db, { roots, today, ...f }, sort, limit, offset);
          expect(perUnit.map((r) => r.id)).toEqual(plain.map((r) => r.id));
        }
      }
    }
  });
});

describe('GET /api/tasks/calendar', () => {
  const url = (unitId: string, from: string, to: string) => `/api/tasks/calendar?unitId=${unitId}&from=${from}&to=${to}`;

  it('answers 401, 404 outside the scope, 400 naming the field', async () => {
    expect((await client(w.t.app, null).get(url(w.tree.communeA, day(0), day(1)))).statusCode).toBe(401);
    expect((await client(w.t.app, w.s.bystander).get(url(w.tree.communeB, day(0), day(1)))).statusCode).toBe(404);
    expectField(await client(w.t.app, w.s.bystander).get(`/api/tasks/calendar?from=${day(0)}&to=${day(1)}`), 'unitId');
    expectField(await client(w.t.app, w.s.bystander).get(url(w.tree.communeA, day(0), day(62))), 'to');
    expectField(await client(w.t.app, w.s.bystander).get(url(w.tree.communeA, day(1), day(0))), 'to');
  });

  it('lists the tasks due in the range, by due date', async () => {
    const res = await client(w.t.app, w.s.bystander).get(url(w.tree.communeA, day(-2), day(-1)));
    expect(res.statusCode).toBe(200);
    const mine = res.json().items.filter((i: Item) => i.title.includes(tag));
    expect(mine[0].id).toBe(ids.cancelled);
    expect(mine.map((i: Item) => i.id).sort()).toEqual(pick('cancelled', 'late', 'done'));
    expect(mine.map((i: Item) => i.dueDate)).toEqual([day(-2), day(-1), day(-1)]);
    const full = await client(w.t.app, w.s.bystander).get(url(w.tree.communeA, day(0), day(61)));
    expect(full.statusCode).toBe(200);
    expect(full.json().items.map((i: Item) => i.id)).toContain(ids.open);
  });
});
