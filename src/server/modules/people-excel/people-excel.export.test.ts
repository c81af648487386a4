import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import { createAccount, createPerson, createSubtree, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { loadWorkbook } from './people-excel.test-support.js';

let t: TestContext;
let tree: Subtree;
let organising: Session;
let office: Session;
const citizenIds: string[] = [];

async function as(role: Parameters<typeof createAccount>[1], unitId: string): Promise<Session> {
  const acc = await createAccount(t.db, role, unitId);
  return signIn(t.app, acc.username, acc.password);
}

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  organising = await as('organising', tree.communeA);
  office = await as('office', tree.communeA);
  const base = 200_000_000_000 + Math.floor(Math.random() * 700_000_000_000);
  const people: Array<[string, string, 'civil_servant' | 'cadre', string]> = [
    [tree.committeeA, 'Bình', 'civil_servant', '1970-02-03'],
    [tree.committeeA, 'An', 'civil_servant', '1982-11-30'],
    [tree.committeeA, 'Chi', 'cadre', '1975-06-01'],
    [tree.cellA, 'Dung', 'civil_servant', '1990-01-01'],
    [tree.communeB, 'Giang', 'civil_servant', '1985-05-05'],
  ];
  for (const [i, [unit, given, kind, dob]] of people.entries()) {
    const cid = String(base + i);
    citizenIds.push(cid);
    await createPerson(t.db, unit, { given_name: given, kind, date_of_birth: dob, citizen_id: cid, phone: '0912000111' });
  }
});
afterAll(() => t?.close());

const url = (q: string) => `/api/people/export.xlsx?${q}`;

/** Header row (row 4) and data rows of an export, as plain values. */
async function readExport(buf: Buffer) {
  const wb = await loadWorkbook(buf);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(4).values as unknown[]).slice(1) as string[];
  const data: unknown[][] = [];
  for (let r = 5; r <= ws.rowCount; r++) data.push((ws.getRow(r).values as unknown[]).slice(1));
  return { ws, header, data };
}

describe('people export', () => {
  it('answers 401 without a session, 403 for a role that reads no lists, 404 outside the scope, 400 on a bad filter', async () => {
    expect((await client(t.app, null).get(url(''))).statusCode).toBe(401);
    expect((await client(t.app, await as('cadre', tree.communeA)).get(url(''))).statusCode).toBe(403);
    expect((await client(t.app, organising).get(url(`unitId=${tree.communeB}`))).statusCode).toBe(404);
    const bad = await client(t.app, organising).get(url('kind=soldier'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('kind');
  });

  it('exports the rows of the list filter, with a title, dates dd/mm/yyyy and citizen IDs for organising, and audits it', async () => {
    const filter = `unitId=${tree.communeA}&kind=civil_servant`;
    const list = await client(t.app, organising).get(`/api/people?${filter}&pageSize=200`);
    expect(list.statusCode).toBe(200);
    const names = list.json().items.map((p: { fullName: string }) => p.fullName);
    expect(names).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình', 'Nguyễn Văn Dung']);

    const res = await client(t.app, organising).get(url(filter));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const { ws, header, data } = await readExport(res.rawPayload);
    expect(String(ws.getCell('A1').value)).toContain('DANH SÁCH');
    expect(String(ws.getCell('A2').value)).toBe(`Xã An ${tree.suffix} — ngày ${formatViDate(todayInVietnam())}`);
    const col = (h: string) => header.indexOf(h);
    expect(col('Số CCCD')).toBeGreaterThan(0);
    expect(data.map((r) => [r[col('Họ')], r[col('Tên đệm')], r[col('Tên')]].join(' '))).toEqual(names);
    expect(data.map((r) => r[col('Số CCCD')])).toEqual([citizenIds[1], citizenIds[0], citizenIds[3]]);
    expect(data[0][col('Ngày sinh')]).toEqual(new Date(Date.UTC(1982, 10, 30)));
    expect(ws.getCell(5, col('Ngày sinh') + 1).numFmt).toBe('dd/mm/yyyy');
    expect(data[0][col('Loại')]).toBe('Công chức');

    const event = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'people.export')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      unit_id: tree.communeA,
      after: { filters: { unitId: tree.communeA, kind: 'civil_servant' }, citizenIds: true },
    });
    expect(event.actor_name).toContain('organising.');
  });

  it('leaves citizen IDs out for the office role', async () => {
    const res = await client(t.app, office).get(url(`unitId=${tree.communeA}`));
    expect(res.statusCode).toBe(200);
    const { header, data } = await readExport(res.rawPayload);
    expect(header).not.toContain('Số CCCD');
    expect(data).toHaveLength(4);
    const values = data.flat().map(String);
    for (const cid of citizenIds) expect(values).not.toContain(cid);
    const event = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'people.export')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ citizenIds: false });
  });
});
