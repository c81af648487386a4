// Annual commitments: the cadre writes the year's commitment with 3 actions; the standing committee
// returns it with a comment; the cadre fixes it and submits again; the standing committee approves it
// from the committee's list. (Reports and assessments, with their date windows, are covered by the API
// tests; the year's evaluation showing the assessment by commitments.evaluation.test.ts.)
import { expect, screenshot, test } from './fixtures.js';
import { switchTo } from './work-helpers.js';

test('a cadre writes a commitment with 3 actions; it is returned, fixed and approved', async ({ page }) => {
  const cadre = await switchTo(page, 'canbo');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cam kết', exact: true }).click();
  await page.getByRole('heading', { name: 'Bản cam kết tu dưỡng, rèn luyện của tôi' }).waitFor();
  await page
    .getByText(/Đăng ký từ 2 đến 3 việc làm cụ thể/)
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Thêm việc làm' }).click();
  const titles = page.getByLabel('Việc làm cụ thể');
  const evidence = page.getByLabel('Minh chứng hoàn thành');
  await expect.poll(() => titles.count()).toBe(3);
  const actions = [
    ['Mỗi tháng viết một bài thu hoạch học tập và làm theo Bác', 'Bài thu hoạch nộp chi bộ'],
    ['Giải quyết hồ sơ của người dân đúng hạn', 'Báo cáo của Trung tâm phục vụ hành chính công'],
    ['Giúp đỡ người dân', 'Xác nhận của thôn'],
  ];
  for (const [i, [title, proof]] of actions.entries()) {
    await titles.nth(i).fill(title);
    await evidence.nth(i).fill(proof);
  }
  await page.getByRole('button', { name: 'Viết bản cam kết' }).click();
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await page.getByText('Chờ duyệt', { exact: true }).first().waitFor();
  await screenshot(page, 'commitment-submitted');

  await switchTo(page, 'thuongvu');
  await page.goto('/commitments/overview?stage=submitted');
  await page.getByRole('link', { name: `Mở bản cam kết của ${cadre.displayName}` }).click();
  await page.getByRole('button', { name: 'Trả lại' }).click();
  const back = page.getByRole('dialog', { name: 'Trả lại' });
  await back.getByLabel('Nhận xét khi trả lại').fill('Việc làm 3 cần cụ thể hơn: giúp ai, bao nhiêu lần.');
  await back.getByRole('button', { name: 'Trả lại' }).click();
  await page.getByText('Bị trả lại', { exact: true }).first().waitFor();

  await switchTo(page, 'canbo');
  await page.goto('/commitments');
  await page.getByText('Việc làm 3 cần cụ thể hơn: giúp ai, bao nhiêu lần.').waitFor();
  await page.getByLabel('Việc làm cụ thể').nth(2).fill('Mỗi quý giúp một hộ nghèo trong thôn làm hồ sơ vay vốn');
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await page.getByText('Chờ duyệt', { exact: true }).first().waitFor();

  await switchTo(page, 'thuongvu');
  await page.goto('/commitments/overview?stage=submitted');
  await page.getByRole('link', { name: `Mở bản cam kết của ${cadre.displayName}` }).click();
  await page.getByText('Mỗi quý giúp một hộ nghèo trong thôn làm hồ sơ vay vốn').waitFor();
  await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Duyệt' }).click();
  await page.getByText('Đã duyệt bản cam kết.').waitFor();
  await screenshot(page, 'commitment-approved');
});
