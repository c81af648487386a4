// The committee's administration of its cells on a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): members into cells from Excel (a refused file, bad rows → the error workbook and
// nothing written, a good file → members in their cells, audited), the member list out to Excel on a day,
// official transfers against their deadlines with the reminders (once), the HD 06 check, the quarterly
// reports, the dashboard's paged cells. Decision 0041.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInVietnam } from '../../../domain/dates.js';
import { type Subtree, createAccount, createPerson, createSubtree, createUnit, lastAudit } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { jobSettled } from '../jobs/index.js';
import { runTransferReminders } from './party-cells.transfers.js';

let t: TestContext;
let tree: Subtree;
let party = '';
let cellB = '';
let cellBName = '';
let secretaryPerson = '';
const people: Record<string, { id: string; cid: string }> = {};
let accounts: Record<string, { username: string; password: string }> = {};
const today = todayInVietnam();

const as = async (who: string, lang: 'vi' | 'en' = 'vi') =>
  client(t.app, await signIn(t.app, accounts[who].username, accounts[who].password), lang);
const cid = () => String(Math.floor(Math.random() * 1e12)).padStart(12, '0');

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  party = (await t.db.selectFrom('org_unit_link').select('parent_id').where('child_id', '=', tree.cellA).executeTakeFirstOrThrow())
    .parent_id;
  cellBName = `Chi bộ thôn Nam ${tree.suffix}`;
  cellB = await createUnit(t.db, { kind: 'party_cell', name: cellBName, parentId: party });
  secretaryPerson = await createPerson(t.db, tree.cellA, { given_name: 'Bí' });
  for (const [key, dob] of [
    ['one', '1980-01-01'],
    ['two', '1985-03-03'],
    ['young', '2010-01-01'],
    ['mover', '1975-07-07'],
  ] as const) {
    const c = cid();
    people[key] = { id: await createPerson(t.db, tree.cellA, { given_name: key, date_of_birth: dob, citizen_id: c }), cid: c };
  }
  accounts = {
    secretary: await createAccount(t.db, 'cell_secretary', tree.cellA, { personId: secretaryPerson }),
    organising: await createAccount(t.db, 'organising', tree.communeA),
    otherOrganising: await createAccount(t.db, 'organising', tree.communeB),
    inspection: await createAccount(t.db, 'inspection', tree.provinceId),
  };
});
afterAll(async () => t.close());

const HEAD = [
  'Số định danh cá nhân',
  'Chi bộ',
  'Sinh hoạt',
  'Sinh hoạt từ ngày',
  'Hình thức đến',
  'Ngày quyết định kết nạp',
  'Ngày lễ kết nạp',
  'Ngày chi bộ xét chính thức',
  'Số thẻ đảng viên',
];
async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
function multipart(buf: Buffer) {
  const boundary = `----canbo${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dang-vien.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, buf, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const memberships = (personId: string) => t.db.selectFrom('party_membership').selectAll().where('person_id', '=', personId).execute();

describe('members from Excel', () => {
  const run = async (buf: Buffer, who = 'organising', unitId = party) => {
    const c = await as(who);
    const { payload, headers } = multipart(buf);
    const res = await c.post(`/api/party-cells/units/${unitId}/members/import`, payload, { headers });
    return { c, res };
  };
  const settled = async (c: Awaited<ReturnType<typeof as>>, jobId: string) => {
    await jobSettled(jobId);
    return (await c.get(`/api/jobs/${jobId}`)).json();
  };

  it('refuses a file that is not a workbook (400 on file), a role that never manages (403), a unit outside the scope (404)', async () => {
    const { res } = await run(Buffer.from('không phải excel'));
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('file');
    const good = await workbook([HEAD]);
    expect((await run(good, 'inspection')).res.statusCode).toBe(403);
    expect((await run(good, 'otherOrganising')).res.statusCode).toBe(404);
    expect((await client(t.app, null).post(`/api/party-cells/units/${party}/members/import`, {})).statusCode).toBe(401);
  });

  it('checks every row first: one bad row writes nothing, and the error workbook names each cell and rule', async () => {
    const { c, res } = await run(
      await workbook([
        HEAD,
        [
          people.one.cid,
          `Chi bộ thôn Đông ${tree.suffix}`,
          'Chính thức',
          '01/01/2020',
          'Kết nạp',
          '19/05/2015',
          '01/06/2015',
          '01/06/2016',
          'A1',
        ],
        [people.one.cid, cellBName, 'Chính thức', '01/01/2021', 'Chuyển sinh hoạt chính thức', null, null, null, null],
        [people.young.cid, cellBName, 'Chính thức', '01/01/2026', 'Kết nạp', '01/01/2026', null, null, null],
        ['999999999999', 'Chi bộ không có', 'Chính thức', '31/02/2020', 'Bay đến', null, null, null, null],
      ]),
    );
    expect(res.statusCode).toBe(202);
    const job = await settled(c, res.json().jobId);
    expect(job.status).toBe('failed');
    expect(job.summary).toMatchObject({ total: 4, invalid: 3, inserted: 0 });
    const file = await c.get(`/api/jobs/${res.json().jobId}/errors.xlsx`);
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const errors = wb.worksheets[0]
      .getColumn(HEAD.length + 1)
      .values.map(String)
      .join('\n');
    expect(errors).toContain('Dòng 3 — Số định danh cá nhân: Đảng viên này đã có dòng sinh hoạt chính thức ở dòng 2');
    expect(errors).toContain('Dòng 4 — Ngày quyết định kết nạp');
    expect(errors).toContain('Không có người nào mang số định danh 999999999999');
    expect(errors).toContain('Chi bộ không có');
    expect(errors).toContain('Sinh hoạt từ ngày: Ngày không hợp lệ');
    expect(errors).toContain('Hình thức đến: Chỉ nhận một trong các giá trị');
    expect(await memberships(people.one.id)).toHaveLength(0);
  });

  it('writes a good file in one transaction: members in their cells, each audited, the import too', async () => {
    const { c, res } = await run(
      await workbook([
        HEAD,
        [
          people.one.cid,
          `Chi bộ thôn Đông ${tree.suffix}`,
          'Chính thức',
          '01/01/2020',
          'Kết nạp',
          '19/05/2015',
          '01/06/2015',
          '01/06/2016',
          'A1',
        ],
        [people.two.cid, cellBName, 'Official', '2021-03-01', 'official transfer', null, null, null, null],
      ]),
    );
    const job = await settled(c, res.json().jobId);
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.summary).toMatchObject({ total: 2, inserted: 2 });
    const [one] = await memberships(people.one.id);
    expect(one).toMatchObject({ cell_id: tree.cellA, kind: 'official', joined_how: 'admission', from_on: '2020-01-01', card_number: 'A1' });
    const [two] = await memberships(people.two.id);
    expect(two).toMatchObject({ cell_id: cellB, joined_how: 'official_transfer' });
    expect((await lastAudit(t.db, 'party_membership', one.id))?.action).toBe('cells.membership.create');
    expect((await lastAudit(t.db, 'job', res.json().jobId))?.action).toBe('cells.membership.import');
    // the same file again: both people already hold an official cell, nothing changes
    const again = await run(
      await workbook([HEAD, [people.two.cid, cellBName, 'Chính thức', '01/06/2022', 'Kết nạp lại', null, null, null, null]]),
    );
    expect((await settled(again.c, again.res.json().jobId)).status).toBe('failed');
    expect(await memberships(people.two.id)).toHaveLength(1);
  });

  it('exports the members on a day with the import’s columns (re-importable), audited; 404 outside the scope', async () => {
    const org = await as('organising');
    const res = await org.get(`/api/party-cells/units/${party}/members.xlsx?asOf=${today}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const head = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(head).toEqual(expect.arrayContaining(['Họ và tên', 'Chi bộ', 'Sinh hoạt từ ngày', 'Hình thức đến']));
    const names = ws.getColumn(2).values.map(String).join('|');
    expect(names).toContain('one');
    expect(names).toContain('two');
    expect((await org.get(`/api/party-cells/units/${party}/members.xlsx?asOf=2019-01-01`)).statusCode).toBe(200);
    expect((await lastAudit(t.db, 'org_unit', party))?.action).toBe('cells.members.export');
    expect((await (await as('otherOrganising')).get(`/api/party-cells/units/${party}/members.xlsx`)).statusCode).toBe(404);
    const template = await org.get(`/api/party-cells/units/${party}/members/template.xlsx`);
    expect(template.statusCode).toBe(200);
  });
});

describe('official transfers and their reminders', () => {
  it('lists a transfer past both deadlines, reminds the cell secretary once, and closes it when the member arrives', async () => {
    const sec = await as('secretary');
    const created = await sec.post(`/api/party-cells/cells/${tree.cellA}/memberships`, {
      personId: people.mover.id,
      kind: 'official',
      fromOn: '2019-01-01',
      joinedHow: 'official_transfer',
    });
    expect(created.statusCode, created.body).toBe(201);
    const letterOn = addDays(today, -200);
    const ended = await sec.post(`/api/party-cells/memberships/${created.json().id}/end`, {
      version: 1,
      toOn: letterOn,
      leftHow: 'official_transfer',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const list = (await (await as('organising')).get(`/api/party-cells/units/${party}/transfers`)).json();
    const item = list.items.find((i: { personId: string }) => i.personId === people.mover.id);
    expect(item).toMatchObject({ letterOn, state: 'present_late', arrivedOn: null });
    expect(item.message).toContain('Quá hạn trình diện');
    expect(list.rule).toContain('60 ngày làm việc');

    expect(await runTransferReminders(t.db, today)).toBeGreaterThanOrEqual(1);
    const notes = await t.db.selectFrom('notification').selectAll().where('person_id', '=', secretaryPerson).execute();
    expect(notes.map((n) => n.kind)).toContain('cell_transfer_present_late');
    expect(await runTransferReminders(t.db, today)).toBe(0);
    const inbox = (await sec.get('/api/notifications')).json();
    expect(inbox.items.map((n: { text: string }) => n.text).join('\n')).toContain('quá hạn trình diện chi bộ mới');

    const org = await as('organising');
    const moved = await org.post(`/api/party-cells/cells/${cellB}/memberships`, {
      personId: people.mover.id,
      kind: 'official',
      fromOn: addDays(letterOn, 150),
      joinedHow: 'official_transfer',
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const after = (await org.get(`/api/party-cells/units/${party}/transfers`)).json();
    expect(after.items.find((i: { personId: string }) => i.personId === people.mover.id)).toMatchObject({ state: 'arrived' });
    expect((await (await as('otherOrganising')).get(`/api/party-cells/units/${party}/transfers`)).statusCode).toBe(404);
  });
});

describe('the HD 06 six-monthly check', () => {
  it('is set up by the organising body (audited), once per half-year, never on a cell, and marked done with its result', async () => {
    const org = await as('organising', 'en');
    const year = Number(today.slice(0, 4));
    const created = await org.post(`/api/party-cells/units/${party}/checks`, { year, half: 2 });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ dueOn: `${year}-12-31`, doneOn: null });
    expect(['open', 'due_soon', 'late']).toContain(created.json().state);
    expect((await lastAudit(t.db, 'cell_member_check', created.json().id))?.action).toBe('cells.check.create');
    const twice = await org.post(`/api/party-cells/units/${party}/checks`, { year, half: 2 });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().details[0]).toMatchObject({ field: 'half' });
    expect(twice.json().details[0].message).toContain('06-HD/TW');
    const onCell = await org.post(`/api/party-cells/units/${tree.cellA}/checks`, { year, half: 2 });
    expect(onCell.json().details[0].field).toBe('unitId');
    expect((await (await as('inspection')).post(`/api/party-cells/units/${party}/checks`, { year, half: 1 })).statusCode).toBe(403);
    expect((await (await as('otherOrganising')).post(`/api/party-cells/units/${party}/checks`, { year, half: 1 })).statusCode).toBe(404);

    const id = created.json().id;
    const future = await org.post(`/api/party-cells/checks/${id}/done`, { version: 1, doneOn: addDays(today, 1), result: 'Khớp' });
    expect(future.statusCode).toBe(400);
    expect(future.json().details[0].field).toBe('doneOn');
    expect((await org.post(`/api/party-cells/checks/${id}/done`, { version: 9, doneOn: today, result: 'Khớp' })).statusCode).toBe(409);
    const done = await org.post(`/api/party-cells/checks/${id}/done`, { version: 1, doneOn: today, result: 'Danh sách khớp hồ sơ' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'done', doneOn: today, result: 'Danh sách khớp hồ sơ' });
    expect((await lastAudit(t.db, 'cell_member_check', id))?.action).toBe('cells.check.done');
    const list = (await (await as('inspection')).get(`/api/party-cells/units/${party}/checks`)).json();
    expect(list).toMatchObject({ canManage: false, items: [{ id, state: 'done' }] });
  });
});

describe('the quarterly reports and the paged dashboard', () => {
  it('downloads the meetings and development reports as PDF and Excel (audited), 404 outside the scope', async () => {
    const org = await as('organising');
    for (const kind of ['meetings', 'development'])
      for (const format of ['pdf', 'xlsx']) {
        const res = await org.get(`/api/party-cells/units/${party}/quarterly-report?year=2026&quarter=4&kind=${kind}&format=${format}`);
        expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
        expect(res.headers['content-type']).toContain(format === 'pdf' ? 'pdf' : 'spreadsheet');
      }
    const xlsx = await org.get(`/api/party-cells/units/${party}/quarterly-report?year=2026&quarter=4&kind=meetings&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const text: string[] = [];
    wb.worksheets[0].eachRow((r) => text.push((r.values as unknown[]).map(String).join(' ')));
    expect(text.join('\n')).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text.join('\n')).toContain('BÁO CÁO TÌNH HÌNH SINH HOẠT CHI BỘ');
    expect(text.join('\n')).toContain(cellBName);
    // Q4 2026 on 07/12: October and November are over, neither cell met
    if (today >= '2026-12-01' && today <= '2026-12-31')
      expect(text.join('\n')).toContain('0/2 chi bộ sinh hoạt thường kỳ đủ 2 tháng đã qua');
    expect((await lastAudit(t.db, 'org_unit', party))?.action).toBe('cells.report.download');
    expect((await org.get(`/api/party-cells/units/${party}/quarterly-report?year=2026&quarter=5&kind=meetings`)).statusCode).toBe(400);
    expect(
      (await (await as('otherOrganising')).get(`/api/party-cells/units/${party}/quarterly-report?year=2026&quarter=4&kind=meetings`))
        .statusCode,
    ).toBe(404);
  });

  it('pages the dashboard’s cells with the total of every cell', async () => {
    const org = await as('organising');
    const first = (await org.get(`/api/party-cells/units/${party}/dashboard?pageSize=1`)).json();
    expect(first).toMatchObject({ page: 1, pageSize: 1, totals: { cells: 2 } });
    expect(first.cells).toHaveLength(1);
    const second = (await org.get(`/api/party-cells/units/${party}/dashboard?pageSize=1&page=2`)).json();
    expect(second.cells).toHaveLength(1);
    expect(second.cells[0].cellId).not.toBe(first.cells[0].cellId);
    expect((await org.get(`/api/party-cells/units/${party}/dashboard?pageSize=0`)).statusCode).toBe(400);
  });
});
