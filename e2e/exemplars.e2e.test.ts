// The register of exemplars: the standing committee nominates a person from the year's commendation
// suggestions of the evaluation (Quy định 366-QĐ/TW); the organising body — another account, never the
// nominator — records the recognising decision; the person's page shows the recognition. The campaign
// (digital transformation) is one the demo's register does not use, so the nomination never collides with
// a seeded one; no other spec touches the register.
import { expect, screenshot, test } from './fixtures.js';
import { getJson, switchTo } from './work-helpers.js';

interface Suggestions {
  items: { subject: string; personId: string | null; name: string; message: string }[];
}
interface Register {
  items: { id: string; personId: string | null; name: string; status: string; decisionRef: string | null }[];
}

const YEAR = 2025;
const DECISION = '215-QĐ/ĐU';

test('an exemplar is recognised from a commendation suggestion and shows on the person’s page', async ({ page }) => {
  const nominator = await switchTo(page, 'thuongvu');
  const unitId = nominator.roles[0].unitId;
  const suggested = await getJson<Suggestions>(page, `/api/evaluation/commendations?unitId=${unitId}&year=${YEAR}`);
  const open = await getJson<Register>(page, `/api/exemplars?unitId=${unitId}&year=${YEAR}&campaign=digital_transformation&pageSize=200`);
  const taken = new Set(open.items.filter((i) => i.status !== 'declined').map((i) => i.personId));
  const chosen = suggested.items.find((i) => i.subject === 'person' && i.personId !== nominator.personId && !taken.has(i.personId));
  expect(chosen, 'the demo suggests a commendation for 2025').toBeDefined();
  const name = chosen!.name;

  await page.goto(`/exemplars?year=${YEAR}&tab=suggestions`);
  await page.getByRole('tab', { name: 'Gợi ý khen thưởng từ đánh giá' }).waitFor();
  await page
    .getByRole('button', { name: `Đề xuất ${name}` })
    .first()
    .click();
  const nominate = page.getByRole('dialog', { name: `Đề xuất điển hình năm ${YEAR}` });
  await nominate.getByText(name).waitFor();
  await nominate.getByLabel('Phong trào').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Chuyển đổi số' }).click();
  await expect.poll(() => nominate.getByLabel('Thành tích').inputValue()).toContain(chosen!.message.slice(0, 10));
  await nominate
    .getByLabel('Thành tích')
    .fill('Năm năm liền hoàn thành xuất sắc nhiệm vụ; đưa 100% hồ sơ một cửa của phường lên dịch vụ công trực tuyến.');
  await nominate.getByRole('button', { name: 'Đề xuất điển hình' }).click();
  await page.getByText('Đã lưu.').first().waitFor();

  // The nominator is offered no decision on their own nomination.
  await page.goto(`/exemplars?year=${YEAR}&campaign=digital_transformation`);
  const mine = page.getByRole('row').filter({ hasText: name });
  await mine.getByText('Đã đề xuất').waitFor();
  await expect.poll(() => mine.getByRole('button', { name: 'Xét công nhận' }).count()).toBe(0);

  const decider = await switchTo(page, 'tochuc.xa');
  expect(decider.displayName).not.toBe(nominator.displayName);
  await page.goto(`/exemplars?year=${YEAR}&campaign=digital_transformation`);
  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: 'Xét công nhận' }).click();
  const decide = page.getByRole('dialog', { name: 'Xét công nhận' });
  await decide.getByText('Chuyển đổi số').waitFor();
  await decide.getByLabel('Cấp công nhận').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Cấp tỉnh' }).click();
  await decide.getByLabel('Số quyết định').fill(DECISION);
  await decide.getByRole('button', { name: 'Lưu quyết định' }).click();
  await page.getByText('Đã lưu.').first().waitFor();
  await row.getByText(new RegExp(`${DECISION} ngày .* \\(Cấp tỉnh\\)`)).waitFor();
  await screenshot(page, 'exemplar-recognised');

  const register = await getJson<Register>(
    page,
    `/api/exemplars?unitId=${unitId}&year=${YEAR}&campaign=digital_transformation&pageSize=200`,
  );
  const recognised = register.items.find((i) => i.name === name && i.status !== 'declined')!;
  expect(recognised).toMatchObject({ status: 'recognised', decisionRef: DECISION });
  await page.goto(`/people/${recognised.personId}`);
  const section = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Điển hình tiên tiến' }) });
  await section.getByText(new RegExp(`${DECISION} ngày`)).waitFor();
  await expect.poll(() => section.getByText('Chuyển đổi số').count()).toBeGreaterThan(0);
  await screenshot(page, 'exemplar-on-person-page');
}, 150_000);
