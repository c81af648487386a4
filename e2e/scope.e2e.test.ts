// Scope: the organising body of demo commune #2 (tochuc.xa2, Xã Khoái Châu) opens the address of a
// person of commune #1 (Phường Phố Hiến). The API answers 404, the page says the record was not
// found and never shows the person's name, and the people list of commune #2 holds no one of #1.
import { type APIRequestContext, request } from 'playwright-core';
import { DEMO_PASSWORD, allowConsoleErrors, baseURL, expect, loginAs, screenshot, test } from './fixtures.js';

interface Person {
  id: string;
  fullName: string;
}

/** A person of commune #1 and the size of commune #2, read through the API as the province's organising body. */
async function personOfCommuneOne(): Promise<Person & { communeTwoTotal: number }> {
  const api: APIRequestContext = await request.newContext({ baseURL: baseURL() });
  try {
    const login = await api.post('/api/auth/login', { data: { username: 'tochuc', password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
    const unitId = async (name: string) => {
      const found = (await (await api.get(`/api/org/search?q=${encodeURIComponent(name)}`)).json()) as {
        items: Array<{ id: string; name: string }>;
      };
      const unit = found.items.find((u) => u.name === name);
      if (!unit) throw new Error(`${name} not found`);
      return unit.id;
    };
    const one = (await (await api.get(`/api/people?unitId=${await unitId('Phường Phố Hiến')}&pageSize=1`)).json()) as { items: Person[] };
    const two = (await (await api.get(`/api/people?unitId=${await unitId('Xã Khoái Châu')}&pageSize=1`)).json()) as { total: number };
    return { id: one.items[0].id, fullName: one.items[0].fullName, communeTwoTotal: two.total };
  } finally {
    await api.dispose();
  }
}

test('a person of another commune is not found, and the list stays within the own commune', async ({ page }) => {
  const other = await personOfCommuneOne();
  expect(other.id).toMatch(/^[0-9a-f-]{36}$/);

  await loginAs(page, 'tochuc.xa2');
  await page.getByText('Xã Khoái Châu', { exact: true }).first().waitFor(); // the scope in the header

  // ---- The record of commune #1, opened by its address.
  allowConsoleErrors(page, /status of 404/); // chromium logs the refused fetch
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/people/${other.id}`);
  await page.goto(`/people/${other.id}`);
  expect((await answer).status()).toBe(404);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Không tìm thấy');
  expect(await page.getByText(other.fullName).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Lịch sử thay đổi' }).count()).toBe(0);
  await screenshot(page, 'scope--not-found');

  // ---- The list of commune #2: exactly the people of commune #2.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cán bộ' }).click();
  const total = page.getByText(/^Tổng số [\d.]+$/);
  await total.waitFor();
  const shown = Number((await total.textContent())!.replace(/\D/g, ''));
  expect(other.communeTwoTotal).toBeGreaterThan(0);
  expect(shown).toBe(other.communeTwoTotal);

  // Searching the name of the person of commune #1 finds no record of theirs (a namesake in
  // commune #2 may exist, so the links are compared by address).
  const search = page.getByLabel('Tìm theo tên');
  const searched = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/people' && url.searchParams.get('q') === other.fullName;
  });
  await search.fill(other.fullName);
  await search.press('Enter');
  const found = await searched;
  expect(found.status()).toBe(200);
  const { total: namesakes } = (await found.json()) as { total: number };
  await page
    .getByText(namesakes > 0 ? `Tổng số ${namesakes}` : 'Không có cán bộ nào phù hợp.', { exact: true })
    .first()
    .waitFor();
  const hrefs = await page
    .getByRole('link', { name: other.fullName, exact: true })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).not.toContain(`/people/${other.id}`);

  // The API agrees: the whole list of commune #2 (at most 200 people) never contains that id.
  const mine = (await (await page.request.get('/api/people?pageSize=200')).json()) as { items: Person[]; total: number };
  expect(mine.total).toBe(shown);
  expect(mine.items.map((p) => p.id)).not.toContain(other.id);
  const direct = await page.request.get(`/api/people/${other.id}`);
  expect(direct.status()).toBe(404);
  expect(await direct.text()).not.toContain(other.fullName);
});
