// The year's training plan and the printed training reports on a real database: 401, 404 outside the scope
// (exactly like a missing unit or course), 403 for a role that only reads, 400 naming the field and the
// rule with nothing changed, 409 on a stale version, completion read from the recorded courses, every
// mutation and every download audited, the unit lists paged with their total.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../domain/dates.js';
import { type Subtree, createAccount, createPerson, createSubtree, lastAudit } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let tree: Subtree;
let alice = '';
let binh = '';
let foreigner = '';
let accounts: Record<'organising' | 'otherOrganising' | 'standing' | 'cadre' | 'inspection', { username: string; password: string }>;
const as = async (who: keyof typeof accounts, lang: 'vi' | 'en' = 'vi') =>
  client(t.app, await signIn(t.app, accounts[who].username, accounts[who].password), lang);
const year = Number(todayInVietnam().slice(0, 4));

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  alice = await createPerson(t.db, tree.communeA, { family_name: 'Trần', given_name: 'An', political_theory_level: 'Sơ cấp' });
  binh = await createPerson(t.db, tree.communeA, { family_name: 'Lê', given_name: 'Bình', political_theory_level: 'Sơ cấp' });
  foreigner = await createPerson(t.db, tree.communeB, { family_name: 'Võ', given_name: 'Ngoài' });
  accounts = {
    organising: await createAccount(t.db, 'organising', tree.communeA),
    otherOrganising: await createAccount(t.db, 'organising', tree.communeB),
    standing: await createAccount(t.db, 'standing', tree.communeA),
    cadre: await createAccount(t.db, 'cadre', tree.communeA, { personId: alice }),
    inspection: await createAccount(t.db, 'inspection', tree.provinceId),
  };
  // Alice finished the intermediate political theory course this year; Binh is still in it.
  for (const [person, result, end] of [
    [alice, 'completed', `${year}-01-02`],
    [binh, 'in_progress', null],
  ] as const) {
    await t.db
      .insertInto('training_course')
      .values({
        id: randomUUID(),
        person_id: person,
        name: 'Lớp trung cấp LLCT',
        institution: 'Trường Chính trị tỉnh',
        start_date: `${year}-01-01`,
        end_date: end,
        mode: 'in_service',
        result,
        certificate: null,
        level: 'political_intermediate',
        field_group: null,
      })
      .execute();
  }
});
afterAll(async () => t.close());

const item = () => ({
  unitId: tree.communeA,
  year,
  name: 'Trung cấp lý luận chính trị',
  institution: 'Trường Chính trị tỉnh',
  level: 'political_intermediate',
  startDate: `${year}-01-01`,
  endDate: `${year}-10-30`,
  places: 3,
  attendees: [alice, binh],
});

describe('the year’s training plan', () => {
  let itemId = '';
  const planUrl = () => `/api/training/units/${tree.communeA}/plan?year=${year}`;

  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get(planUrl())).statusCode).toBe(401);
    expect((await client(t.app, null).post('/api/training/plans', item())).statusCode).toBe(401);
  });

  it('adds a planned course (audited) whose completion is read from the recorded courses', async () => {
    const res = await (await as('organising')).post('/api/training/plans', item());
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    expect(plan.actions.edit).toBe(true);
    expect(plan.items).toHaveLength(1);
    const [i] = plan.items;
    itemId = i.id;
    expect(i).toMatchObject({ dimension: 'political_theory', places: 3, completed: 1, pct: 33.3 });
    expect(i.attendees.find((a: { personId: string }) => a.personId === alice).completed).toBe(true);
    expect(i.attendees.find((a: { personId: string }) => a.personId === binh).completed).toBe(false);
    expect(plan.totals).toMatchObject({ courses: 1, places: 3, assigned: 2, completed: 1, pct: 33.3 });
    const audit = await lastAudit(t.db, 'training_plan_item', itemId);
    expect(audit).toMatchObject({ action: 'training.plan.create', unit_id: tree.communeA });
    expect((audit!.after as { attendees: string[] }).attendees).toHaveLength(2);
  });

  it('refuses bad input naming the field and the rule, and changes nothing', async () => {
    const org = await as('organising');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ endDate: `${year - 1}-12-31` }, 'endDate', `không được trước ngày bắt đầu (01/01/${year})`],
      [{ startDate: `${year - 1}-12-01` }, 'startDate', `thuộc năm của kế hoạch (${year})`],
      [{ places: 1 }, 'attendees', 'không được vượt số chỉ tiêu (1)'],
      [{ attendees: [alice, alice] }, 'attendees', 'chỉ được cử một lần'],
      [{ attendees: [alice, foreigner] }, 'attendees', 'cán bộ của đơn vị lập kế hoạch'],
      [{ name: '' }, 'name', ''],
      [{ places: 0 }, 'places', ''],
    ];
    for (const [patch, field, words] of cases) {
      const res = await org.post('/api/training/plans', { ...item(), ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      const detail = res.json().details.find((d: { field: string }) => d.field === field);
      expect(detail, JSON.stringify(res.json())).toBeDefined();
      expect(detail.message).toContain(words);
    }
    const en = await (await as('organising')).post('/api/training/plans?lang=en', { ...item(), endDate: `${year - 1}-12-31` });
    expect(en.json().details[0]).toMatchObject({ field: 'endDate' });
    expect(en.json().details[0].message).toContain('cannot end before it began');
    expect((await org.get(planUrl())).json().items).toHaveLength(1);
  });

  it('answers 404 for a unit or a course outside the scope, exactly like a missing one; 403 to a reader', async () => {
    const other = await as('otherOrganising');
    const foreign = await other.post('/api/training/plans', item());
    const missing = await other.post('/api/training/plans', { ...item(), unitId: randomUUID() });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await other.get(planUrl())).statusCode).toBe(404);
    const put = await other.put(`/api/training/plans/${itemId}`, { ...item(), version: 1 });
    expect(put.statusCode).toBe(404);
    expect(put.json()).toEqual((await other.put(`/api/training/plans/${randomUUID()}`, { ...item(), version: 1 })).json());
    const standing = await as('standing');
    expect((await standing.post('/api/training/plans', item())).statusCode).toBe(403);
    const read = await standing.get(planUrl());
    expect(read.statusCode).toBe(200);
    expect(read.json().actions.edit).toBe(false);
    expect((await (await as('inspection')).get(planUrl())).statusCode).toBe(200);
    expect((await (await as('cadre')).get(planUrl())).statusCode).toBe(403);
  });

  it('edits (audited with before and after), answers 409 to a stale version, and removes', async () => {
    const org = await as('organising');
    const { version: _v, ...body } = { ...item(), version: 1 };
    const res = await org.put(`/api/training/plans/${itemId}`, { ...body, attendees: [alice], places: 2, version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ places: 2, completed: 1, pct: 50, version: 2 });
    const audit = await lastAudit(t.db, 'training_plan_item', itemId);
    expect(audit).toMatchObject({ action: 'training.plan.update' });
    expect(audit!.before).toMatchObject({ places: 3 });
    expect(audit!.after).toMatchObject({ places: 2, attendees: [alice] });
    expect((await org.put(`/api/training/plans/${itemId}`, { ...body, version: 1 })).statusCode).toBe(409);
    expect((await org.post(`/api/training/plans/${itemId}/delete`, { version: 1 })).statusCode).toBe(409);
    const del = await org.post(`/api/training/plans/${itemId}/delete`, { version: 2 });
    expect(del.statusCode).toBe(200);
    expect(del.json().items).toHaveLength(0);
    expect(await lastAudit(t.db, 'training_plan_item', itemId)).toMatchObject({ action: 'training.plan.delete' });
  });
});

describe('the printed training reports and the paged lists', () => {
  const report = (q: string) => `/api/training/units/${tree.communeA}/report?${q}`;

  it('prints each report as PDF and Excel, audited', async () => {
    const org = await as('organising');
    await org.post('/api/training/plans', item());
    for (const kind of ['structure', 'gaps', 'support', 'plan']) {
      const pdf = await org.get(report(`kind=${kind}&year=${year}&format=pdf`));
      expect(pdf.statusCode, kind).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
      const xlsx = await org.get(report(`kind=${kind}&year=${year}&format=xlsx`));
      expect(xlsx.statusCode, kind).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const text = wb.worksheets[0].getSheetValues().flat().join(' ');
      expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      if (kind === 'plan') expect(text).toContain('Trung cấp lý luận chính trị');
      if (kind === 'structure') expect(text).toContain('Tổng cộng');
    }
    const audit = await lastAudit(t.db, 'training_report', tree.communeA);
    expect(audit).toMatchObject({ action: 'training.report', unit_id: tree.communeA });
    expect(audit!.after).toMatchObject({ kind: 'plan', format: 'xlsx' });
  });

  it('asks for the year of a yearly report, and hides a unit outside the scope', async () => {
    const res = await (await as('organising')).get(report('kind=support'));
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('year');
    expect((await (await as('otherOrganising')).get(report('kind=structure'))).statusCode).toBe(404);
    expect((await (await as('cadre')).get(report('kind=structure'))).statusCode).toBe(403);
  });

  it('pages the standards gaps and the support list with their total; the structure counts by unit', async () => {
    const standing = await as('standing');
    const gaps = await standing.get(`/api/training/units/${tree.communeA}/standards-gaps?page=1&pageSize=1`);
    expect(gaps.statusCode).toBe(200);
    expect(gaps.json()).toMatchObject({ page: 1, pageSize: 1 });
    expect(gaps.json().items.length).toBeLessThanOrEqual(1);
    expect(gaps.json().total).toBeGreaterThanOrEqual(gaps.json().items.length);
    const support = await standing.get(`/api/training/units/${tree.communeA}/support?year=${year}&pageSize=5`);
    expect(support.json()).toMatchObject({ page: 1, pageSize: 5, total: 0, items: [] });
    const bad = await standing.get(`/api/training/units/${tree.communeA}/support?year=${year}&pageSize=500`);
    expect(bad.statusCode).toBe(400);
    const structure = (await standing.get(`/api/training/units/${tree.communeA}/structure`)).json();
    const unitRow = structure.byUnit.find((u: { unitId: string }) => u.unitId === tree.communeA);
    expect(unitRow.total).toBeGreaterThanOrEqual(2);
    expect(structure.byUnit.reduce((s: number, u: { total: number }) => s + u.total, 0)).toBe(structure.total);
    expect(structure.politicalTheory.elementary).toBeGreaterThanOrEqual(2);
  });

  it('the structure at a past day: a level conferred by a course completed after it is not yet held; the report prints that day', async () => {
    const cuong = await createPerson(t.db, tree.communeA, { family_name: 'Phan', given_name: 'Cường', political_theory_level: 'Cao cấp' });
    await t.db
      .insertInto('training_course')
      .values({
        id: randomUUID(),
        person_id: cuong,
        name: 'Cao cấp lý luận chính trị',
        institution: 'Học viện Chính trị khu vực III',
        start_date: `${year - 2}-09-01`,
        end_date: `${year}-01-05`,
        mode: 'in_service',
        result: 'completed',
        certificate: null,
        level: 'political_advanced',
        field_group: null,
      })
      .execute();
    const standing = await as('standing');
    const url = (q: string) => `/api/training/units/${tree.communeA}/structure${q}`;
    const now = (await standing.get(url(''))).json();
    const before = (await standing.get(url(`?at=${year - 1}-12-31`))).json();
    expect(now.at).toBe(todayInVietnam());
    expect(before).toMatchObject({ at: `${year - 1}-12-31`, total: now.total });
    expect(before.politicalTheory.advanced ?? 0).toBe(now.politicalTheory.advanced - 1);
    expect(before.politicalTheory.none).toBe((now.politicalTheory.none ?? 0) + 1);
    const bad = await standing.get(url('?at=31/12/2025'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('at');
    const xlsx = await standing.get(report(`kind=structure&at=${year - 1}-12-31&format=xlsx`));
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getSheetValues().flat().join(' ')).toContain(`31/12/${year - 1}`);
  });
});
