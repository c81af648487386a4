// People: a name typed without diacritics finds the person; editing the record saves the new
// value; the audit trail of that person shows the update with the field before → after, in words
// (the action's label, named fields, no raw JSON), filterable by action, and as cards at 390 px.
// The cadre group shows and is chosen by its name, never its code.
import type { Page } from 'playwright-core';
import { foldDiacritics } from '../src/domain/names.js';
import { choose, expect, loginAs, screenshot, test } from './fixtures.js';

interface ListItem {
  id: string;
  fullName: string;
  unitName: string;
}
interface CadreGroups {
  items: { code: string; name: string }[];
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
  // The cadre group reads as its configured name, not its code.
  const detail = await getJson<{ cadreGroup: string | null }>(page, `/api/people/${person.id}`);
  const groups = await getJson<CadreGroups>(page, '/api/cadre-groups');
  const group = groups.items.find((g) => g.code === detail.cadreGroup);
  if (group) {
    await page.getByText(group.name, { exact: true }).first().waitFor();
    expect(await page.getByText(group.code, { exact: true }).count()).toBe(0);
  }
  await page.getByRole('button', { name: 'Sửa' }).click();
  await page.getByRole('heading', { name: `Sửa thông tin: ${person.fullName}` }).waitFor();
  const phone = page.getByLabel('Điện thoại');
  await phone.waitFor();
  // The cadre group is a select of the configured groups, by name.
  const groupSelect = page.getByLabel('Nhóm đối tượng');
  const groupRoot = groupSelect.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  if (group) await expect.poll(() => groupRoot.textContent()).toContain(group.name);
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

  // ---- In words, not codes: the whole before/after as named fields, never JSON.
  await row.locator('.ant-table-row-expand-icon').click();
  const after = page.getByRole('region', { name: 'Sau' }).first();
  await after.waitFor();
  expect(await after.getByText('Điện thoại', { exact: true }).count()).toBe(1);
  expect(await after.getByText(newPhone, { exact: true }).count()).toBe(1);
  const body = (await page.locator('main').first().textContent()) ?? '';
  expect(body).not.toMatch(/"\w+":|person\.update|\{"/);
  expect(await page.locator('main pre').count()).toBe(0);

  // ---- The action filter offers every action by its label.
  await choose(page, page.getByLabel('Thao tác'), 'Sửa thông tin cán bộ');
  await page.waitForURL((url) => url.searchParams.get('action') === 'person.update');
  await page.getByRole('row').filter({ hasText: change }).waitFor();

  // ---- At 390 px: one card per event, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const card = page.locator('.canbo-audit-card').filter({ hasText: change });
  await card.waitFor();
  expect(await card.textContent()).toContain('Sửa thông tin cán bộ');
  const overflow = await page.evaluate(
    () => [...document.querySelectorAll('.canbo-audit-card')].filter((el) => el.getBoundingClientRect().right > window.innerWidth).length,
  );
  expect(overflow).toBe(0);
  await card.getByRole('button', { name: 'Xem đầy đủ trước / sau' }).click();
  await card.getByRole('region', { name: 'Trước' }).waitFor();
  await screenshot(page, 'audit-phone-details');
});
