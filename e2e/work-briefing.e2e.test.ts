// Briefing: the office schedules the commune's weekly briefing co-chaired by the Party secretary
// and the People's Committee chair, records a conclusion for the People's Committee and closes
// the meeting; the conclusion has become a task of the People's Committee, sourced from it.
import { expect, test } from './fixtures.js';
import { addDays, fillDate, getJson, pick, switchTo, today } from './work-helpers.js';

interface OrgSearch {
  items: { id: string; name: string; kind: string }[];
}
interface PeoplePage {
  items: { id: string; fullName: string }[];
}

const stamp = String(Date.now()).slice(-6);
const CONCLUSION = `UBND phường chỉ đạo hoàn thành giải phóng mặt bằng tuyến đường ven hồ (${stamp})`;

test('schedule a briefing, record a conclusion for the People’s Committee, close: the conclusion is a task', async ({ page }) => {
  const secretary = await switchTo(page, 'thuongvu');
  const chair = await switchTo(page, 'chutich');
  await switchTo(page, 'vanphong');
  const committees = (await getJson<OrgSearch>(page, `/api/org/search?q=${encodeURIComponent('Ủy ban nhân dân Phố Hiến')}`)).items.filter(
    (u) => u.kind === 'peoples_committee' && u.name.includes('Phố Hiến'),
  );
  expect(committees.length).toBe(1);
  const committee = committees[0];
  const staff = (await getJson<PeoplePage>(page, `/api/people?unitId=${committee.id}&pageSize=20`)).items;
  expect(staff.length).toBeGreaterThan(0);
  const lead = staff.find((p) => p.fullName === chair.displayName) ?? staff[0];
  const due = addDays(today(), 14);

  // ---- Schedule the briefing
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Giao ban' }).click();
  await page.getByRole('button', { name: 'Lên lịch giao ban' }).click();
  const create = page.getByRole('dialog', { name: 'Lên lịch giao ban' });
  await fillDate(create.getByLabel('Ngày họp'), today());
  await pick(page, create.getByLabel('Đồng chủ trì'), secretary.displayName);
  await pick(page, create.getByLabel('Đồng chủ trì'), chair.displayName);
  await create.getByRole('button', { name: 'Tạo' }).click();
  await page.waitForURL(/\/meetings\/[0-9a-f-]+$/);
  await page.getByText('Đã lên lịch', { exact: true }).first().waitFor();
  await page.getByText('Chưa có kết luận.').waitFor();

  // ---- Record the conclusion
  await page.getByRole('button', { name: 'Sửa kết luận' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa kết luận' });
  await edit.getByRole('button', { name: 'Thêm kết luận' }).click();
  await edit.getByLabel('Nội dung kết luận').fill(CONCLUSION);
  await pick(page, edit.getByLabel('Đơn vị thực hiện'), 'Ủy ban nhân dân Phố Hiến', committee.name);
  await pick(page, edit.getByLabel('Người chủ trì'), lead.fullName);
  await fillDate(edit.getByLabel('Hạn hoàn thành'), due);
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await edit.waitFor({ state: 'hidden' });
  const row = page.getByRole('row').filter({ hasText: CONCLUSION });
  await row.waitFor();
  expect(await row.getByText('Khi kết thúc họp').count()).toBe(1);

  // ---- Close the meeting
  await page.getByRole('button', { name: 'Kết thúc cuộc họp' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Kết thúc cuộc họp' }).click();
  await page.getByText('Đã kết thúc cuộc họp; các kết luận đã thành nhiệm vụ.').waitFor();
  const openTask = page.getByRole('link', { name: 'Mở nhiệm vụ của kết luận 1' });
  await openTask.waitFor();
  expect(await page.getByRole('button', { name: 'Sửa kết luận' }).count()).toBe(0);

  // ---- The task: source = briefing conclusion, unit = the People's Committee
  const meetingPath = new URL(page.url()).pathname;
  await openTask.click();
  await page.waitForURL(/\/tasks\/[0-9a-f-]+$/);
  const info = page.locator('.ant-descriptions').first();
  await info.getByText('Kết luận giao ban', { exact: true }).waitFor();
  await info.getByText(committee.name, { exact: true }).waitFor();
  await info.getByText(lead.fullName, { exact: true }).first().waitFor();
  // …and it leads back to its meeting.
  await info.getByRole('link', { name: /, kết luận số 1$/ }).click();
  await page.waitForURL((url) => url.pathname === meetingPath);
  await page.getByRole('link', { name: 'Mở nhiệm vụ của kết luận 1' }).waitFor();
});
