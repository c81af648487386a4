// People: a name typed without diacritics finds the person; editing the record saves the new
// value; the audit trail of that person shows the update with the field before → after.
import type { Page } from 'playwright-core';
import { foldDiacritics } from '../src/domain/names.js';
import { expect, loginAs, test } from './fixtures.js';

interface ListItem {
  id: string;
  fullName: string;
  unitName: string;
}
interface ListPage {
  items: ListItem[];
  total: number;
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/**
 * A demo person whose name, typed without diacritics, matches nobody else, so the search must
 * return exactly that record. The demo is deterministic; the API picks the same one each run.
 */
async function personWithUniqueName(page: Page): Promise<ListItem> {
  const list = await getJson<ListPage>(page, '/api/people?pageSize=40&sort=-dateOfBirth');
  for (const p of list.items) {
    const folded = foldDiacritics(p.fullName);
    if (folded === p.fullName.toLowerCase()) continue; // the name must carry diacritics
    const hits = await getJson<ListPage>(page, `/api/people?pageSize=2&q=${encodeURIComponent(folded)}`);
    if (hits.total === 1) return p;
  }
  throw new Error('no demo person with a unique name among the first 40');
}

test('search without diacritics, edit the phone number, see the change in the audit trail', async ({ page }) => {
  await loginAs(page, 'tochuc');
  const person = await personWithUniqueName(page);
  const typed = foldDiacritics(person.fullName); // e.g. "tran quang dong"
  expect(typed).not.toBe(person.fullName);

  // ---- Search
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cán bộ' }).click();
  await page.getByRole('heading', { name: 'Cán bộ', level: 1 }).waitFor();
  const search = page.getByLabel('Tìm theo tên');
  await search.fill(typed);
  await search.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === typed);
  await page.getByText('Tổng số 1', { exact: true }).waitFor();
  const hit = page.getByRole('link', { name: person.fullName, exact: true });
  await hit.waitFor();
  expect(await page.getByRole('row').filter({ hasText: person.unitName }).count()).toBe(1);

  // ---- Open and edit
  await hit.click();
  await page.getByRole('heading', { name: person.fullName, level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/people/${person.id}`);
  await page.getByRole('button', { name: 'Sửa' }).click();
  await page.getByRole('heading', { name: `Sửa thông tin: ${person.fullName}` }).waitFor();
  const phone = page.getByLabel('Điện thoại');
  await phone.waitFor();
  const oldPhone = await phone.inputValue();
  // A number nobody in the demo has (they start with 09x/03x and have 10 digits).
  const newPhone = `0209${String(Date.now()).slice(-7)}`;
  expect(newPhone).not.toBe(oldPhone);
  await phone.fill(newPhone);
  await page.getByRole('button', { name: 'Lưu' }).click();

  // Back on the record: the saved value shows.
  await page.waitForURL((url) => url.pathname === `/people/${person.id}`);
  await page.getByText('Đã lưu.').waitFor();
  await page.getByText(newPhone, { exact: true }).waitFor();
  const saved = await getJson<{ phone: string | null }>(page, `/api/people/${person.id}`);
  expect(saved.phone).toBe(newPhone);

  // ---- Audit trail of that person
  await page.getByRole('button', { name: 'Lịch sử thay đổi' }).click();
  await page.getByRole('heading', { name: 'Nhật ký thay đổi', level: 1 }).waitFor();
  expect(new URL(page.url()).searchParams.get('personId')).toBe(person.id);
  const change = `Điện thoại: ${oldPhone || '(trống)'} → ${newPhone}`;
  const row = page.getByRole('row').filter({ hasText: change });
  await row.waitFor();
  expect(await row.count()).toBe(1);
  const text = (await row.textContent()) ?? '';
  expect(text).toContain('Sửa thông tin cán bộ');
  expect(text).toContain('tochuc');
  expect(text).toContain(person.unitName);
  // The change is in the last column: bring it into view for the screenshot.
  await row.getByText(change, { exact: true }).scrollIntoViewIfNeeded();
  // The person filter names them.
  expect(await page.getByTitle(person.fullName, { exact: true }).isVisible()).toBe(true);
});
