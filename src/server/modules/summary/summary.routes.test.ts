import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { insertTask, pdfTexts } from './summary.test-support.js';
import { todayInVietnam } from '../../../domain/dates.js';

/** "ngày 07 tháng 12 năm 2026" for today: the summary's signature line must not carry it. */
const todayLine = () => {
  const [y, m, d] = todayInVietnam().split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
};

let t: TestContext;
let tree: Subtree;
let partyA: string;
let reader: Session; // cadre of commune A: transparency, reads the summary
let outsider: Session; // office of commune B
const p: Record<string, string> = {};
const task: Record<string, string> = {};
const Q = (extra = '') => `unitId=${tree.communeA}&period=week&date=2026-03-04&asOf=2026-03-11${extra}`;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  partyA = (await t.db.selectFrom('org_unit_link').select('child_id').where('parent_id', '=', tree.communeA).execute())
    .map((r) => r.child_id)
    .find((id) => id !== tree.committeeA)!;
  p.lead = await createPerson(t.db, tree.committeeA, { family_name: 'Trần', middle_name: 'Thị', given_name: 'Bình' });
  p.sup = await createPerson(t.db, tree.cellA, { family_name: 'Lê', middle_name: 'Văn', given_name: 'Cường' });
  p.far = await createPerson(t.db, tree.communeB, { family_name: 'Phạm', middle_name: '', given_name: 'Dũng' });
  task.onTime = await insertTask(t.db, {
    unitId: tree.committeeA,
    dueDate: '2026-03-05',
    completedOn: '2026-03-04',
    workUnits: 2,
    leadId: p.lead,
    supportIds: [p.sup],
    exceeded: true,
    qualityOk: true,
    majorErrors: 0,
  });
  task.late = await insertTask(t.db, {
    unitId: tree.committeeA,
    dueDate: '2026-03-06',
    completedOn: '2026-03-10',
    workUnits: 1.5,
    leadId: p.lead,
    qualityOk: true,
    majorErrors: 1,
  });
  task.overdue = await insertTask(t.db, { unitId: tree.cellA, dueDate: '2026-03-06', workUnits: 1, leadId: p.sup, supportIds: [p.lead] });
  await insertTask(t.db, { unitId: tree.cellA, dueDate: '2026-03-07', status: 'cancelled', leadId: p.sup });
  await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-03-12', leadId: p.lead });
  await insertTask(t.db, { unitId: tree.communeB, dueDate: '2026-03-05', leadId: p.far });
  const cadre = await createAccount(t.db, 'cadre', tree.communeA);
  reader = await signIn(t.app, cadre.username, cadre.password);
  const office = await createAccount(t.db, 'office', tree.communeB);
  outsider = await signIn(t.app, office.username, office.password);
}, 60_000);
afterAll(() => t?.close());

const lastExport = () =>
  t.db.selectFrom('audit_event').selectAll().where('action', '=', 'summary.export').orderBy('seq', 'desc').limit(1).executeTakeFirst();

describe('GET /api/summary', () => {
  it('401 without a session, 404 outside the scope', async () => {
    for (const path of ['/api/summary', '/api/summary/tasks', '/api/summary/export.xlsx', '/api/summary/export.pdf']) {
      expect((await client(t.app, null).get(`${path}?${Q()}`)).statusCode, path).toBe(401);
      expect((await client(t.app, outsider).get(`${path}?${Q()}`)).statusCode, path).toBe(404);
    }
  });

  it('400 naming the field', async () => {
    const c = client(t.app, reader);
    expect((await c.get(`/api/summary?unitId=${tree.communeA}&period=year`)).json().details[0].field).toBe('period');
    expect((await c.get(`/api/summary?unitId=${tree.communeA}&date=2026-02-30`)).json().details[0].field).toBe('date');
    expect((await c.get('/api/summary?period=week')).json().details[0].field).toBe('unitId');
    const bad = await c.get(`/api/summary/tasks?${Q('&metric=bogus')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('metric');
  });

  it('counts per person (lead and support blocks), per child unit and in total', async () => {
    const res = await client(t.app, reader).get(`/api/summary?${Q()}`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.period).toMatchObject({ kind: 'week', from: '2026-03-02', to: '2026-03-08', label: 'Tuần 10 năm 2026' });
    expect(s.asOf).toBe('2026-03-11');
    // cancelled and next week's tasks excluded; the task done after the period counts as late
    expect(s.total).toMatchObject({
      assigned: 3,
      done: 2,
      doneOnTime: 1,
      late: 1,
      overdue: 1,
      exceeded: 1,
      majorErrors: 1,
      workUnitsAssigned: 4.5,
      workUnitsDone: 3.5,
      donePct: 66.7,
    });
    const lead = s.people.find((x: { personId: string }) => x.personId === p.lead);
    expect(lead.fullName).toBe('Trần Thị Bình');
    expect(lead.lead).toMatchObject({ assigned: 2, done: 2, doneOnTime: 1, late: 1, overdue: 0 });
    expect(lead.support).toMatchObject({ assigned: 1, overdue: 1, done: 0 });
    const sup = s.people.find((x: { personId: string }) => x.personId === p.sup);
    expect(sup.lead).toMatchObject({ assigned: 1, overdue: 1 });
    expect(sup.support).toMatchObject({ assigned: 1, doneOnTime: 1 });
    expect(s.people.some((x: { personId: string }) => x.personId === p.far)).toBe(false);
    const byUnit = Object.fromEntries(s.units.map((u: { unitId: string; counts: unknown }) => [u.unitId, u.counts]));
    expect(byUnit[tree.committeeA]).toMatchObject({ assigned: 2, late: 1, doneOnTime: 1 });
    expect(byUnit[partyA]).toMatchObject({ assigned: 1, overdue: 1 });
  });

  it('drills down to the tasks behind a number', async () => {
    const c = client(t.app, reader);
    const late = (await c.get(`/api/summary/tasks?${Q('&metric=late')}`)).json();
    expect(late.items.map((x: { id: string }) => x.id)).toEqual([task.late]);
    expect(late.items[0].lead).toEqual({ id: p.lead, fullName: 'Trần Thị Bình' });
    const mine = (await c.get(`/api/summary/tasks?${Q(`&metric=overdue&personId=${p.lead}&role=support`)}`)).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([task.overdue]);
    const unit = (await c.get(`/api/summary/tasks?${Q(`&metric=assigned&bucketUnitId=${tree.committeeA}`)}`)).json();
    expect(unit.items.map((x: { id: string }) => x.id).sort()).toEqual([task.onTime, task.late].sort());
  });
});

describe('paging (a province quarter has a row per person: the lists come a page at a time)', () => {
  type Page = { items: Array<{ id: string }>; total: number; page: number; pageSize: number };
  const ids = (xs: Array<{ id?: string; personId?: string }>) => xs.map((x) => x.personId ?? x.id);

  it('person rows: first, next and last page, and a page past the end (empty, with the total)', async () => {
    const c = client(t.app, reader);
    const whole = (await c.get(`/api/summary?${Q()}`)).json();
    expect(whole).toMatchObject({ peopleTotal: 2, page: 1, pageSize: 50 });
    expect(whole.people).toHaveLength(2);
    const pages = [];
    for (const page of [1, 2, 3]) {
      const res = await c.get(`/api/summary?${Q(`&page=${page}&pageSize=1`)}`);
      expect(res.statusCode).toBe(200);
      const s = res.json();
      expect(s).toMatchObject({ peopleTotal: 2, page, pageSize: 1 });
      // The totals and unit rows are the whole period's on every page.
      expect(s.total).toEqual(whole.total);
      expect(s.units).toEqual(whole.units);
      pages.push(s.people);
    }
    expect(pages.map((x) => x.length)).toEqual([1, 1, 0]);
    expect([...ids(pages[0]), ...ids(pages[1])]).toEqual(ids(whole.people));
  });

  it('drill-down tasks: pages with the count of all of them', async () => {
    const c = client(t.app, reader);
    const Qd = (extra: string) => Q(`&metric=assigned&bucketUnitId=${tree.committeeA}${extra}`);
    const all = (await c.get(`/api/summary/tasks?${Qd('')}`)).json<Page>();
    expect(all).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    const first = (await c.get(`/api/summary/tasks?${Qd('&pageSize=1')}`)).json<Page>();
    const last = (await c.get(`/api/summary/tasks?${Qd('&pageSize=1&page=2')}`)).json<Page>();
    const past = (await c.get(`/api/summary/tasks?${Qd('&pageSize=1&page=7')}`)).json<Page>();
    expect([first.total, last.total, past.total]).toEqual([2, 2, 2]);
    expect([...ids(first.items), ...ids(last.items)]).toEqual(ids(all.items));
    expect(past).toMatchObject({ items: [], page: 7, pageSize: 1 });
    const none = (await c.get(`/api/summary/tasks?${Q(`&metric=exceeded&personId=${p.sup}&role=lead`)}`)).json<Page>();
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('400 naming the field for a bad page or page size (nothing clamped)', async () => {
    const c = client(t.app, reader);
    for (const path of ['/api/summary', '/api/summary/tasks']) {
      for (const [extra, field] of [
        ['&page=0', 'page'],
        ['&page=abc', 'page'],
        ['&page=1.5', 'page'],
        ['&page=100001', 'page'],
        ['&pageSize=0', 'pageSize'],
        ['&pageSize=201', 'pageSize'],
        ['&pageSize=-5', 'pageSize'],
      ]) {
        const res = await c.get(`${path}?${Q(extra)}`);
        expect(res.statusCode, `${path} ${extra}`).toBe(400);
        expect(res.json().details[0].field, `${path} ${extra}`).toBe(field);
      }
    }
  });

  it('the exports stay whole documents (every person, no page parameter)', async () => {
    const res = await client(t.app, reader).get(`/api/summary/export.xlsx?${Q('&pageSize=1')}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const text = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(' ');
    expect(text).toContain('Trần Thị Bình');
    expect(text).toContain('Lê Văn Cường');
  });
});

describe('exports', () => {
  it('xlsx: a printable workbook whose numbers match the JSON, audited', async () => {
    const json = (await client(t.app, reader).get(`/api/summary?${Q()}`)).json();
    const res = await client(t.app, reader).get(`/api/summary/export.xlsx?${Q()}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.pageSetup.orientation).toBe('landscape');
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const texts = rows.map((r) => r.join('|'));
    expect(texts.some((x) => x.includes('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ TUẦN 10 NĂM 2026'))).toBe(true);
    expect(texts.some((x) => x.includes('Từ ngày 02/03/2026 đến ngày 08/03/2026'))).toBe(true);
    expect(texts.some((x) => x.includes('Người lập biểu'.toUpperCase()) && x.includes('CHÁNH VĂN PHÒNG'))).toBe(true);
    // Decision 0029: the signature's line names the place and leaves the date to the signer (not the download day).
    expect(texts.some((x) => x.includes(', ngày … tháng … năm …'))).toBe(true);
    expect(texts.some((x) => x.includes(todayLine()))).toBe(false);
    const metrics = (c: Record<string, unknown>) => [
      c.assigned,
      c.done,
      c.doneOnTime,
      c.late,
      c.lateExcused,
      c.overdue,
      c.qualityFailures,
      c.majorErrors,
      c.exceeded,
      c.workUnitsAssigned,
      c.workUnitsDone,
      c.donePct,
      c.onTimePct,
    ];
    const clean = (xs: unknown[]) => xs.map((v) => (v === undefined ? null : v));
    for (const person of json.people) {
      const i = rows.findIndex((r) => r[1] === person.fullName);
      expect(i, person.fullName).toBeGreaterThan(0);
      expect(clean(rows[i].slice(4, 17))).toEqual(metrics(person.lead));
      expect(rows[i + 1][3]).toBe('Phối hợp');
      expect(clean(rows[i + 1].slice(4, 17))).toEqual(metrics(person.support));
    }
    const total = rows.find((r) => r[1] === 'Tổng cộng')!;
    expect(clean(total.slice(4, 17))).toEqual(metrics(json.total));
    const ev = await lastExport();
    expect(ev).toMatchObject({ unit_id: tree.communeA, entity_type: 'summary_export' });
    expect(ev?.after).toMatchObject({ format: 'xlsx', period: 'week', from: '2026-03-02', to: '2026-03-08' });
  });

  it('pdf: a landscape A4 document with the Vietnamese title in its text, audited', async () => {
    const res = await client(t.app, reader).get(`/api/summary/export.pdf?${Q()}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
    const texts = pdfTexts(pdf).map((x) => x.replace(/\s+/g, ' '));
    expect(texts.some((x) => x.includes('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ TUẦN 10 NĂM 2026'))).toBe(true);
    expect(texts.some((x) => x.includes('Trần Thị Bình'))).toBe(true);
    expect(texts.some((x) => x.includes('CHÁNH VĂN PHÒNG'))).toBe(true);
    expect(texts.some((x) => x.includes(', ngày … tháng … năm …'))).toBe(true);
    expect(texts.some((x) => x.includes(todayLine()))).toBe(false);
    expect((await lastExport())?.after).toMatchObject({ format: 'pdf' });
  });
});
