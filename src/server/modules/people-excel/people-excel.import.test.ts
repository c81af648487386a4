import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { verifyChain } from '../audit/index.js';
import { jobSettled } from '../jobs/index.js';
import { importAndWait, loadWorkbook, multipart, sheetRows } from './people-excel.test-support.js';
import { buildTemplateRows, writePeopleWorkbook } from './people-excel.workbooks.js';

let t: TestContext;
let tree: Subtree;
let organising: Session;
let office: Session;
let cidSeed = 100_000_000_000 + Math.floor(Math.random() * 800_000_000_000);
const rows = (n: number) => {
  const r = buildTemplateRows(n, { citizenIdStart: cidSeed });
  cidSeed += n;
  return r;
};

beforeAll(async () => {
  t = await createTestApp({ reference: true });
  tree = await createSubtree(t.db);
  const org = await createAccount(t.db, 'organising', tree.communeA);
  organising = await signIn(t.app, org.username, org.password);
  const off = await createAccount(t.db, 'office', tree.communeA);
  office = await signIn(t.app, off.username, off.password);
});
afterAll(() => t?.close());

const countIn = async (unitId: string) =>
  Number(
    (
      await t.db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('unit_id', '=', unitId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('import template', () => {
  it('needs a session and an importing role', async () => {
    expect((await client(t.app, null).get('/api/people/import/template.xlsx')).statusCode).toBe(401);
    expect((await client(t.app, office).get('/api/people/import/template.xlsx')).statusCode).toBe(403);
  });

  it('downloads with headers, instructions and dropdowns, and imports once filled in', async () => {
    const res = await client(t.app, organising).get('/api/people/import/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await loadWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Hướng dẫn']);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['Họ *', 'Tên đệm', 'Tên *', 'Giới tính *', 'Ngày sinh *']);
    const genderCol = headers.indexOf('Giới tính *') + 1;
    expect(ws.getCell(2, genderCol).dataValidation).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
    const help = (await sheetRows(res.rawPayload, 1)).map((r) => r.join('|'));
    expect(help.some((l) => l.startsWith('Loại|Có|') && l.includes('Cán bộ, Công chức, Viên chức hoặc Đảng viên'))).toBe(true);

    // Fill in three people as a user would, under the template's own headers.
    const filled = rows(3);
    const keys = ['familyName', 'middleName', 'givenName', 'gender', 'dateOfBirth'] as const;
    filled.forEach((p, i) => {
      keys.forEach((k, j) => (ws.getCell(i + 2, j + 1).value = p[k] as string));
      ws.getCell(i + 2, headers.indexOf('Loại *') + 1).value = p.kind;
      ws.getCell(i + 2, headers.indexOf('Số CCCD') + 1).value = p.citizenId;
    });
    const before = await countIn(tree.cellA);
    const job = await importAndWait(t.app, organising, tree.cellA, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job).toMatchObject({
      status: 'succeeded',
      phase: 'done',
      summary: { total: 3, valid: 3, invalid: 0, inserted: 3 },
      hasErrorFile: false,
      error: null,
    });
    expect(await countIn(tree.cellA)).toBe(before + 3);
    const people = await t.db
      .selectFrom('person')
      .select(['id', 'given_name', 'citizen_id'])
      .where(
        'citizen_id',
        'in',
        filled.map((p) => p.citizenId as string),
      )
      .execute();
    expect(people).toHaveLength(3);
    const events = await t.db
      .selectFrom('audit_event')
      .select(['action', 'entity_id', 'unit_id', 'after'])
      .where('entity_id', 'in', [...people.map((p) => p.id), job.id])
      .execute();
    expect(events.filter((e) => e.action === 'person.create')).toHaveLength(3);
    const summary = events.find((e) => e.action === 'people.import');
    expect(summary).toMatchObject({ entity_id: job.id, unit_id: tree.cellA, after: { total: 3, inserted: 3, invalid: 0, mode: 'all' } });
  });
});

describe('import', () => {
  it('answers 401 without a session, 403 for a role that may not import, 404 outside the scope', async () => {
    const { payload, headers } = multipart(await writePeopleWorkbook(rows(1)));
    expect((await client(t.app, null).post(`/api/people/import?unitId=${tree.communeA}`, payload, { headers })).statusCode).toBe(401);
    expect((await client(t.app, office).post(`/api/people/import?unitId=${tree.communeA}`, payload, { headers })).statusCode).toBe(403);
    expect((await client(t.app, organising).post(`/api/people/import?unitId=${tree.communeB}`, payload, { headers })).statusCode).toBe(404);
  });

  it('answers 400 naming the field for a missing unit, a missing file and a file that is not xlsx', async () => {
    const { payload, headers } = multipart(await writePeopleWorkbook(rows(1)));
    const noUnit = await client(t.app, organising).post('/api/people/import', payload, { headers });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().details[0].field).toBe('unitId');
    const noFile = await client(t.app, organising).post(`/api/people/import?unitId=${tree.communeA}`, {});
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().details[0]).toEqual({ field: 'file', message: 'Cần chọn một tệp Excel (.xlsx).' });
    const text = multipart(Buffer.from('Họ,Tên\nNguyễn,An\n'), 'danh-sach.csv');
    const notXlsx = await client(t.app, organising).post(`/api/people/import?unitId=${tree.communeA}`, text.payload, {
      headers: text.headers,
    });
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().details[0].field).toBe('file');
    const huge = multipart(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(21 * 1024 * 1024)]));
    const tooLarge = await client(t.app, organising).post(`/api/people/import?unitId=${tree.communeA}`, huge.payload, {
      headers: huge.headers,
    });
    expect(tooLarge.statusCode).toBe(413);
  });

  it('writes a batch larger than one statement with one event per person, chained in one run, and the chain verifies', async () => {
    // 2,100 rows: two INSERT statements of people, two of events (2,000 each; decision 0027).
    const n = 2100;
    const before = await countIn(tree.communeA);
    const job = await importAndWait(t.app, organising, tree.communeA, await writePeopleWorkbook(rows(n)));
    expect(job).toMatchObject({ status: 'succeeded', summary: { total: n, valid: n, invalid: 0, inserted: n } });
    expect(await countIn(tree.communeA)).toBe(before + n);
    const summary = await t.db
      .selectFrom('audit_event')
      .select(['seq'])
      .where('action', '=', 'people.import')
      .where('entity_id', '=', job.id)
      .executeTakeFirstOrThrow();
    // The people's events come right before the summary, one per person, in one unbroken run of the chain.
    const events = await t.db
      .selectFrom('audit_event')
      .innerJoin('person', 'person.id', 'audit_event.person_id')
      .select(['audit_event.seq', 'audit_event.action', 'audit_event.after', 'person.citizen_id'])
      .where('audit_event.seq', '>=', Number(summary.seq) - n)
      .where('audit_event.seq', '<', Number(summary.seq))
      .orderBy('audit_event.seq')
      .execute();
    expect(events).toHaveLength(n);
    expect(events.every((e) => e.action === 'person.create')).toBe(true);
    expect(new Set(events.map((e) => e.citizen_id)).size).toBe(n);
    expect(events[n - 1].after).toMatchObject({ citizenId: events[n - 1].citizen_id });
    expect(await verifyChain(t.db)).toMatchObject({ intact: true, brokenCount: 0 });
  });

  it('writes nothing when one row is bad and names the row and field in the error sheet', async () => {
    const data = rows(5);
    data[1].dateOfBirth = '31/02/1980'; // Excel row 3
    data[2].givenName = null; // Excel row 4
    const before = await countIn(tree.committeeA);
    const auditBefore = await t.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    const job = await importAndWait(t.app, organising, tree.committeeA, await writePeopleWorkbook(data));
    expect(job).toMatchObject({ status: 'failed', summary: { total: 5, valid: 3, invalid: 2, inserted: 0 }, hasErrorFile: true });
    expect(job.summary.issues).toEqual([
      { row: 3, field: 'dateOfBirth', header: 'Ngày sinh', message: 'Ngày không hợp lệ (dd/mm/yyyy).' },
      { row: 4, field: 'givenName', header: 'Tên', message: 'Bắt buộc nhập.' },
    ]);
    expect(await countIn(tree.committeeA)).toBe(before);
    const auditAfter = await t.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    expect(auditAfter.seq).toBe(auditBefore.seq);

    const file = await client(t.app, organising).get(`/api/jobs/${job.id}/errors.xlsx`);
    expect(file.statusCode).toBe(200);
    const wb = await loadWorkbook(file.rawPayload);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const errCol = header.indexOf('Lỗi') + 1;
    expect(errCol).toBeGreaterThan(0);
    expect(ws.rowCount).toBe(6); // header + every row of the refused file
    expect(ws.getCell(3, errCol).value).toBe('Dòng 3 — Ngày sinh: Ngày không hợp lệ (dd/mm/yyyy).');
    expect(ws.getCell(4, errCol).value).toBe('Dòng 4 — Tên: Bắt buộc nhập.');
    expect(ws.getCell(2, errCol).value).toBeNull();
    const dobCol = header.indexOf('Ngày sinh') + 1;
    expect(ws.getCell(3, dobCol).value).toBe('31/02/1980');
    expect((ws.getCell(3, dobCol).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect((ws.getCell(2, dobCol).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe('FFFFC7CE');
  });

  it('in mode "valid" writes only the good rows, in one go, and offers the bad ones', async () => {
    const data = rows(4);
    data[0].kind = 'Bộ đội'; // Excel row 2
    const before = await countIn(tree.committeeA);
    const job = await importAndWait(t.app, organising, tree.committeeA, await writePeopleWorkbook(data), 'valid');
    expect(job).toMatchObject({
      status: 'succeeded',
      summary: { total: 4, valid: 3, invalid: 1, inserted: 3, mode: 'valid' },
      hasErrorFile: true,
    });
    expect(job.summary.issues[0]).toMatchObject({ row: 2, field: 'kind', header: 'Loại' });
    expect(await countIn(tree.committeeA)).toBe(before + 3);
    const sheet = await sheetRows((await client(t.app, organising).get(`/api/jobs/${job.id}/errors.xlsx`)).rawPayload);
    expect(sheet).toHaveLength(2);
    expect(String(sheet[1].at(-1))).toContain('Dòng 2 — Loại: Chỉ nhận một trong các giá trị: Cán bộ, Công chức, Viên chức, Đảng viên.');
  });

  it('reports citizen IDs repeated in the file or already recorded', async () => {
    const data = rows(4);
    data[3].citizenId = data[1].citizenId; // rows 3 and 5
    await createPerson(t.db, tree.communeA, { citizen_id: data[0].citizenId as string });
    const job = await importAndWait(t.app, organising, tree.communeA, await writePeopleWorkbook(data));
    expect(job.status).toBe('failed');
    const byRow = Object.fromEntries(job.summary.issues.map((i: { row: number; message: string }) => [i.row, i.message]));
    expect(byRow).toEqual({
      2: 'Số CCCD đã có trong hệ thống.',
      3: 'Số CCCD trùng với dòng 5 trong tệp.',
      5: 'Số CCCD trùng với dòng 3 trong tệp.',
    });
  });

  it('maps slightly different headers, a full-name column, unit names and places', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['DANH SÁCH CÁN BỘ']); // a title above the headers
    ws.addRow(['STT', 'HỌ VÀ TÊN', 'gioi tinh', 'Ngày sinh (dd/mm/yyyy)', 'Loại:', 'Đơn vị', 'Quê quán', 'Nơi sinh', 'So CCCD']);
    const cid = String(cidSeed++);
    ws.addRow([
      1,
      'Lê Thị Thu Hà',
      'nữ',
      new Date(Date.UTC(1990, 0, 31)),
      'viên chức',
      `chi bo thon dong ${tree.suffix}`,
      'Phường Ba Đình, Thành phố Hà Nội',
      '00004',
      Number(cid),
    ]);
    ws.addRow([2, 'Phạm  Minh', 'Nam', '01/02/1979', 'Cán bộ', '', 'Phường Phúc Xá, Quận Ba Đình, Hà Nội', 'Hà Nội', null]);
    const job = await importAndWait(t.app, organising, tree.communeA, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job).toMatchObject({ status: 'succeeded', summary: { inserted: 2 } });
    const [ha] = await t.db.selectFrom('person').selectAll().where('citizen_id', '=', cid.padStart(12, '0')).execute();
    expect(ha).toMatchObject({
      family_name: 'Lê',
      middle_name: 'Thị Thu',
      given_name: 'Hà',
      gender: 'female',
      date_of_birth: '1990-01-31',
      kind: 'public_employee',
      unit_id: tree.cellA,
      hometown_id: '2025:C:00004',
      birthplace_id: '2025:C:00004',
    });
    const [minh] = await t.db
      .selectFrom('person')
      .selectAll()
      .where('given_name', '=', 'Minh')
      .where('unit_id', '=', tree.communeA)
      .where('date_of_birth', '=', '1979-02-01')
      .execute();
    expect(minh).toMatchObject({ family_name: 'Phạm', middle_name: '', hometown_id: 'pre:C:00001', birthplace_id: '2025:P:01' });
  });

  it('refuses a file with unknown columns or without the required ones, naming them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Họ', 'Tên', 'Giới tính', 'Ngày sinh', 'Sở thích']);
    ws.addRow(['Nguyễn', 'An', 'Nam', '01/01/1980', 'Cờ tướng']);
    const job = await importAndWait(t.app, organising, tree.communeA, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job).toMatchObject({
      status: 'failed',
      summary: null,
      error: { code: 'v.xlsx_unknown_headers', message: 'Không nhận ra cột: Sở thích. Hãy dùng tiêu đề cột theo mẫu.' },
    });
    ws.spliceColumns(5, 1);
    const missing = await importAndWait(t.app, organising, tree.communeA, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(missing.error).toEqual({ code: 'v.xlsx_missing_columns', message: 'Thiếu cột bắt buộc: Loại.' });
  });

  it('checks units against the chosen subtree and the scope', async () => {
    const data = rows(2);
    data[0].unitName = 'Đơn vị không có';
    const job = await importAndWait(
      t.app,
      organising,
      tree.cellA,
      await writePeopleWorkbook(data, { columns: ['familyName', 'givenName', 'gender', 'dateOfBirth', 'kind', 'unitName'] }),
    );
    expect(job.summary.issues).toEqual([
      { row: 2, field: 'unitId', header: 'Đơn vị', message: 'Không tìm thấy đơn vị "Đơn vị không có" trong đơn vị được chọn.' },
    ]);
  });

  it('shows a job only to its owner', async () => {
    const { payload, headers } = multipart(await writePeopleWorkbook(rows(1)));
    const res = await client(t.app, organising).post(`/api/people/import?unitId=${tree.communeA}`, payload, { headers });
    expect(res.statusCode).toBe(202);
    const { jobId } = res.json();
    await jobSettled(jobId);
    const other = await createAccount(t.db, 'organising', tree.communeA);
    const s = await signIn(t.app, other.username, other.password);
    expect((await client(t.app, s).get(`/api/jobs/${jobId}`)).statusCode).toBe(404);
    expect((await client(t.app, s).get(`/api/jobs/${jobId}/errors.xlsx`)).statusCode).toBe(404);
    expect((await client(t.app, organising).get(`/api/jobs/${jobId}/errors.xlsx`)).statusCode).toBe(404); // no errors
  });
});
