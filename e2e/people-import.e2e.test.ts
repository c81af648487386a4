// Excel import, all-or-nothing: a workbook built from the server's own template with three
// people, one of them with an impossible date of birth. The job runs to its end, the error report
// names the row and the column, the page says nothing was written, and the unit's count is unchanged.
import ExcelJS from 'exceljs';
import type { Page, Response } from 'playwright-core';
import { expect, loginAs, screenshot, test } from './fixtures.js';

const TARGET_UNIT = 'Ủy ban nhân dân phường Phố Hiến'; // in the scope of tochuc.xa (demo commune #1)
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Three people by template header (without the " *" of required columns); the second is bad. */
const ROWS: Array<Record<string, string>> = [
  { Họ: 'Phạm', 'Tên đệm': 'Thị', Tên: 'Thử Nghiệm', 'Giới tính': 'Nữ', 'Ngày sinh': '15/05/1985', Loại: 'Công chức' },
  { Họ: 'Vũ', 'Tên đệm': 'Văn', Tên: 'Sai Ngày', 'Giới tính': 'Nam', 'Ngày sinh': '31/02/1980', Loại: 'Cán bộ' },
  { Họ: 'Đỗ', 'Tên đệm': 'Minh', Tên: 'Kiểm Tra', 'Giới tính': 'Nam', 'Ngày sinh': '01/01/1990', Loại: 'Viên chức' },
];
const BAD_EXCEL_ROW = 3; // header on row 1, the second person on row 3

async function buildWorkbook(page: Page): Promise<Buffer> {
  const res = await page.request.get('/api/people/import/template.xlsx');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Danh sách');
  if (!ws) throw new Error('the template has no "Danh sách" sheet');
  const column = new Map<string, number>();
  ws.getRow(1).eachCell((cell, n) => column.set(String(cell.value).replace(/\s*\*$/, ''), n));
  ROWS.forEach((person, i) => {
    for (const [header, value] of Object.entries(person)) {
      const n = column.get(header);
      if (!n) throw new Error(`the template has no column "${header}"`);
      ws.getRow(i + 2).getCell(n).value = value;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function unitIdByName(page: Page, name: string): Promise<string> {
  const res = await page.request.get(`/api/org/search?q=${encodeURIComponent(name)}`);
  const { items } = (await res.json()) as { items: Array<{ id: string; name: string }> };
  const unit = items.find((u) => u.name === name);
  if (!unit) throw new Error(`unit ${name} not found`);
  return unit.id;
}

async function peopleTotal(page: Page, unitId: string): Promise<number> {
  const res = await page.request.get(`/api/people?unitId=${unitId}&pageSize=1`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

test('an all-or-nothing import with one bad row writes nothing and reports the row and column', async ({ page }) => {
  await loginAs(page, 'tochuc.xa');
  const unitId = await unitIdByName(page, TARGET_UNIT);
  const before = await peopleTotal(page, unitId);
  const workbook = await buildWorkbook(page);

  // Every poll of the job, to check that the progress reached its end.
  const polls: Array<{ status: string; done: number; total: number }> = [];
  page.on('response', (r: Response) => {
    if (/\/api\/jobs\/[0-9a-f-]{36}$/.test(new URL(r.url()).pathname) && r.ok()) {
      void r
        .json()
        .then((j: { status: string; done: number; total: number }) => polls.push(j))
        .catch(() => undefined);
    }
  });

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cán bộ' }).click();
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  await page.getByRole('heading', { name: 'Nhập từ Excel', level: 1 }).waitFor();

  // Target unit: typed, then chosen among the suggestions.
  const unit = page.getByLabel('Đơn vị nhận');
  await unit.click();
  await unit.fill(TARGET_UNIT);
  await page.getByText(TARGET_UNIT, { exact: true }).click();
  await page.getByTitle(TARGET_UNIT, { exact: true }).waitFor();

  // The default mode is all-or-nothing.
  expect(await page.getByLabel('Dừng nếu có dòng lỗi (không ghi gì cả)').isChecked()).toBe(true);
  expect(await page.getByLabel('Chỉ nhập các dòng hợp lệ').isChecked()).toBe(false);

  await page.getByLabel('Tệp Excel (.xlsx)').setInputFiles({ name: 'danh-sach-can-bo.xlsx', mimeType: XLSX, buffer: workbook });
  await page.getByText('danh-sach-can-bo.xlsx').waitFor();
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();

  // The job ends: the result replaces the progress bar.
  const result = page.getByRole('alert').filter({ hasText: 'Không nhập được' });
  await result.waitFor({ timeout: 30_000 });
  expect(await result.textContent()).toContain('Không nhập được: có 1 dòng lỗi.');
  expect(await result.textContent()).toContain('Chưa ghi dữ liệu nào.');
  expect(await page.getByRole('progressbar', { name: 'Tiến độ nhập' }).count()).toBe(0);
  await expect.poll(() => polls.at(-1)?.status).toBe('failed');
  const last = polls.at(-1)!;
  expect(last.done).toBe(last.total);
  expect(new URL(page.url()).searchParams.get('job')).toMatch(/^[0-9a-f-]{36}$/);

  // Counts: 3 rows read, 2 valid, 1 bad, 0 written.
  const counts = await page.getByRole('row').filter({ hasText: 'Tổng số dòng' }).textContent();
  expect(counts?.replace(/\s+/g, '')).toBe('Tổngsốdòng3Hợplệ2Lỗi1Đãghi0');

  // The error report: one line, the bad row, the date-of-birth column, a Vietnamese message.
  await page.getByRole('heading', { name: 'Các dòng lỗi' }).waitFor();
  const issues = page.getByRole('row').filter({ hasText: 'Ngày sinh' });
  expect(await issues.count()).toBe(1);
  const cells = await issues.getByRole('cell').allTextContents();
  expect(cells[0]).toBe(String(BAD_EXCEL_ROW));
  expect(cells[1]).toMatch(/^Ngày sinh/);
  expect(cells[2]).toContain('Ngày không hợp lệ');
  expect(await page.getByRole('link', { name: 'Tải báo cáo lỗi' }).isVisible()).toBe(true);
  await screenshot(page, 'people-import--result');

  // Nothing was written: the unit has as many people as before, and none of the three exists.
  expect(await peopleTotal(page, unitId)).toBe(before);
  await page.getByRole('button', { name: 'Xem danh sách cán bộ' }).click();
  await page.waitForURL((url) => url.pathname === '/people' && url.searchParams.get('unitId') === unitId);
  await page.getByText(`Tổng số ${before.toLocaleString('vi-VN')}`, { exact: true }).waitFor();
  for (const name of ['Phạm Thị Thử Nghiệm', 'Đỗ Minh Kiểm Tra']) {
    const found = await page.request.get(`/api/people?q=${encodeURIComponent(name)}&pageSize=1`);
    expect(((await found.json()) as { total: number }).total, name).toBe(0);
  }
});
