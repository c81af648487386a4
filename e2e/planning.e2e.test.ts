// Planning: the commune's organising body builds the 2030–2035 plan for the secretary post — is refused a
// candidate who holds no post of the ladder and a too-old target-2 candidate, adds three people the rules
// accept (a target-2 one with the training plan the dialog records), is refused a 4th — each refusal with
// the rule's citation and numbers shown and nothing added — and records a nomination ballot for the
// post (who reaches the threshold is shown); the standing committee approves
// the plan with a decision number; the plan then reads as approved, with the decision listed, and the
// ballot tally and the approval decision download as PDF. A discipline then recorded for a candidate on
// the person's page removes them from the approved plan at once, the decision cited on the plan page.
import type { Locator, Page, Response } from 'playwright-core';
import { allowConsoleErrors, expect, screenshot, test } from './fixtures.js';
import { type Me, fillDate, getJson, switchTo } from './work-helpers.js';

interface PlanJson {
  id: string;
  version: number;
  posts: { code: string; candidates: { personId: string; name: string }[] }[];
  removed: { personId: string; name: string; removalReason: string | null }[];
}
interface PeopleJson {
  items: { id: string; fullName: string; posts: string[] }[];
}

async function choosePerson(page: Page, dialog: Locator, name: string): Promise<void> {
  const picker = dialog.getByRole('combobox').first();
  await picker.click();
  await picker.fill(name);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: name })
    .first()
    .click();
}

/** Opens the add dialog of a post, proposes the person at the target, waits for the refusal: the dialog's text. */
async function refusedOnAdd(page: Page, post: Locator, name: string, target: 1 | 2): Promise<string> {
  await post.getByRole('button', { name: 'Thêm nhân sự' }).click();
  const dialog = page.getByRole('dialog', { name: /Thêm nhân sự quy hoạch/ });
  await choosePerson(page, dialog, name);
  await dialog.getByRole('radio', { name: `Đối tượng ${String(target)}` }).check();
  await dialog.getByRole('button', { name: 'Thêm nhân sự' }).click();
  // The rule is shown where it belongs: under the field it names (target level), or in the dialog's alert
  // when it names no field of the form (the post, the training plan).
  await expect.poll(async () => (await dialog.textContent()) ?? '').toContain('Quy định 377-QĐ/TW');
  return (await dialog.textContent()) ?? '';
}

/** Opens the add dialog of a post, proposes the person at the target, waits until they are listed. */
async function addedOnDialog(page: Page, post: Locator, name: string, target: 1 | 2): Promise<void> {
  await post.getByRole('button', { name: 'Thêm nhân sự' }).click();
  const dialog = page.getByRole('dialog', { name: /Thêm nhân sự quy hoạch/ });
  await choosePerson(page, dialog, name);
  await dialog.getByRole('radio', { name: `Đối tượng ${String(target)}` }).check();
  await dialog.getByRole('button', { name: 'Thêm nhân sự' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await post.getByTestId('candidate').filter({ hasText: name }).first().waitFor();
}

async function closeDialog(page: Page): Promise<void> {
  await page
    .getByRole('dialog', { name: /Thêm nhân sự quy hoạch/ })
    .getByRole('button', { name: /Hủy|Đóng/ })
    .first()
    .click();
}

test(
  'organising body builds the secretary post, refused with the rule shown; the standing committee approves; discipline removes at once',
  { timeout: 300_000 },
  async ({ page }) => {
    const cadre = await switchTo(page, 'canbo');

    await switchTo(page, 'tochuc.xa');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quy hoạch', exact: true }).click();
    await page.getByRole('heading', { name: 'Quy hoạch cán bộ' }).waitFor();
    const term = page.locator('.ant-card').filter({ hasText: 'Nhiệm kỳ 2030–2035' });
    await term.getByRole('button', { name: 'Mở quy hoạch' }).click();
    const secretary = page.getByTestId('post-commune.party.secretary');
    await secretary.waitFor();
    await screenshot(page, 'planning-plan');

    // The refusal is a 400 the browser logs: expected here.
    allowConsoleErrors(page, /status of 400 .*\/api\/planning\/plans\/[^/]+\/candidates/);
    await secretary.getByRole('button', { name: 'Thêm nhân sự' }).click();
    const dialog = page.getByRole('dialog', { name: /Thêm nhân sự quy hoạch/ });
    await choosePerson(page, dialog, cadre.displayName);
    await dialog.getByRole('button', { name: 'Thêm nhân sự' }).click();
    const refusal = dialog.getByRole('alert');
    await expect.poll(() => refusal.first().textContent()).toContain('Quy định 377-QĐ/TW');
    await expect.poll(() => refusal.first().textContent()).toContain('Bí thư Đảng ủy cao hơn');
    await screenshot(page, 'planning-refused');
    await closeDialog(page);

    // The commune's people and the plan as the server holds them: who holds which post.
    const me = await getJson<Me>(page, '/api/auth/me');
    const unitId = me.roles[0].unitId;
    const holder = async (title: string) => {
      const people = await getJson<PeopleJson>(page, `/api/people?unitId=${unitId}&postTitle=${encodeURIComponent(title)}&pageSize=50`);
      const p = people.items.find((x) => x.posts.includes(title));
      if (!p) throw new Error(`the demo has nobody holding ${title}`);
      return p;
    };
    const planId = new URL(page.url()).pathname.split('/').pop()!;
    const plan = () => getJson<PlanJson>(page, `/api/planning/plans/${planId}`);
    const SECRETARY = 'commune.party.secretary';
    const countOf = async (code: string) => (await plan()).posts.find((p) => p.code === code)!.candidates.length;
    expect(await countOf(SECRETARY)).toBe(0);

    // Too old for target 2: the standing deputy secretary (one step below) has fewer than the 120 months
    // of work left at the term's reference month — only the age rule refuses.
    const standing = await holder('Phó Bí thư Thường trực Đảng ủy');
    const ageRefusal = await refusedOnAdd(page, secretary, standing.fullName, 2);
    expect(ageRefusal).toContain('Nghị định 135/2020/NĐ-CP');
    expect(ageRefusal).toMatch(/đối tượng 2 cần ít nhất 120 tháng công tác trước tuổi nghỉ hưu tại thời điểm 07\/2030; còn \d+ tháng/);
    expect(ageRefusal).not.toContain('tối đa 3 người');
    await screenshot(page, 'planning-refused-age');
    await closeDialog(page);
    expect(await countOf(SECRETARY)).toBe(0);

    // Three people the rules accept: the standing deputy at target 1, the People's Committee chair at target
    // 2, the deputy secretary at target 2 with the course they still need (refused first without it).
    await addedOnDialog(page, secretary, standing.fullName, 1);
    const chair = await holder('Chủ tịch UBND');
    await addedOnDialog(page, secretary, chair.fullName, 2);
    const deputy = await holder('Phó Bí thư Đảng ủy');
    const noTraining = await refusedOnAdd(page, secretary, deputy.fullName, 2);
    expect(noTraining).toContain('chưa có kế hoạch đào tạo');
    const dialog2 = page.getByRole('dialog', { name: /Thêm nhân sự quy hoạch/ });
    await dialog2.getByRole('button', { name: 'Thêm khóa đào tạo' }).click();
    await dialog2.getByLabel('Tiêu chuẩn', { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: 'Lý luận chính trị' })
      .click();
    await expect.poll(async () => (await dialog2.locator('[data-testid=training-row]').textContent()) ?? '').toContain('Cao cấp');
    await fillDate(dialog2.getByLabel('Dự kiến hoàn thành'), '2029-06-30');
    await screenshot(page, 'planning-training-plan');
    await dialog2.getByRole('button', { name: 'Thêm nhân sự' }).click();
    await dialog2.waitFor({ state: 'hidden' });
    const deputyCard = secretary.getByTestId('candidate').filter({ hasText: deputy.fullName });
    await expect
      .poll(async () => (await deputyCard.textContent()) ?? '')
      .toContain('Kế hoạch đào tạo: Lý luận chính trị Cao cấp, hoàn thành trước 30/06/2029');
    expect(await countOf(SECRETARY)).toBe(3);

    // A 4th candidate: the cap of Quy định 377-QĐ/TW, with the numbers.
    const fourth = await holder('Bí thư Đoàn Thanh niên');
    const capRefusal = await refusedOnAdd(page, secretary, fourth.fullName, 2);
    expect(capRefusal).toContain('mỗi chức danh quy hoạch không quá 3 người');
    expect(capRefusal).toContain('Bí thư Đảng ủy có 1 vị trí, tối đa 3 người quy hoạch; đang có 4.');
    await screenshot(page, 'planning-refused-cap');
    await closeDialog(page);
    expect(await countOf(SECRETARY)).toBe(3);

    // A nomination ballot for the secretary post: 12 of 15 present, every candidate's votes.
    await secretary.getByRole('button', { name: 'Ghi kết quả bỏ phiếu' }).click();
    const ballot = page.getByRole('dialog', { name: /Ghi kết quả bỏ phiếu giới thiệu/ });
    await ballot.getByRole('spinbutton', { name: 'Tổng số thành viên được triệu tập' }).fill('15');
    await ballot.getByRole('spinbutton', { name: 'Số có mặt' }).fill('12');
    const votes = ballot.getByRole('spinbutton', { name: /Số phiếu của / });
    await expect.poll(() => votes.count()).toBe(3);
    for (let i = 0; i < 3; i++) await votes.nth(i).fill(String(i === 0 ? 10 : 4));
    await ballot.getByRole('button', { name: 'Ghi kết quả bỏ phiếu' }).click();
    await secretary.getByText(/Vòng 1 \(\d{2}\/\d{2}\/\d{4}\): có mặt 12\/15/).waitFor();
    await secretary.getByText(/^Được giới thiệu: /).waitFor();
    await screenshot(page, 'planning-ballot');

    await switchTo(page, 'thuongvu');
    await page.goto('/planning');
    await term.getByRole('button', { name: 'Mở quy hoạch' }).click();
    await page.getByTestId('post-commune.party.secretary').waitFor();
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    const approve = page.getByRole('dialog', { name: 'Ban Thường vụ phê duyệt quy hoạch' });
    await approve.getByLabel('Số quyết định').fill('31-QĐ/ĐU');
    await approve.getByRole('button', { name: 'Phê duyệt' }).click();
    await page.getByText('Đã phê duyệt', { exact: true }).first().waitFor();
    await page.getByText(/Quyết định 31-QĐ\/ĐU ngày/).waitFor();
    await screenshot(page, 'planning-approved');

    // The HD 45 forms: the ballot tally and the approval decision as real PDFs.
    for (const [form, label] of [
      ['tally', 'Biên bản kiểm phiếu'],
      ['decision', 'Quyết định phê duyệt kèm danh sách'],
    ] as const) {
      const [res, download] = await Promise.all([
        page.waitForResponse((r: Response) => new URL(r.url()).pathname.endsWith(`/${form}.pdf`)),
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Tải ${label} (PDF)` }).click(),
      ]);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    }

    // Discipline removes at once (Quy định 377-QĐ/TW): the organising body records a reprimand for a
    // candidate of the approved plan on the person's page; the plan lists them as removed, the decision cited.
    const approvedPlan = await plan();
    const target = approvedPlan.posts.find((p) => p.code === 'commune.front.chair')!.candidates[0];
    expect(target).toBeDefined();
    await switchTo(page, 'tochuc.xa');
    await page.goto(`/people/${target.personId}`);
    const conduct = page
      .locator('.ant-card')
      .filter({ has: page.getByRole('heading', { name: 'Kỷ luật', exact: true }) })
      .last();
    await conduct.getByRole('button', { name: 'Ghi nhận' }).click();
    const record = page.getByRole('dialog', { name: 'Kỷ luật' });
    await record.getByLabel('Lý do').fill('Vi phạm quy định về phòng, chống tham nhũng');
    await record.getByLabel('Số quyết định, kết luận').fill('12-QĐ/UBKT');
    await record.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByText('Đã ghi nhận.').first().waitFor();

    await page.goto(`/planning/plans/${planId}`);
    const removed = page
      .locator('.ant-card')
      .filter({ has: page.getByText('Đã đưa ra khỏi quy hoạch', { exact: true }) })
      .last();
    const card = removed.getByTestId('candidate').filter({ hasText: target.name }).first();
    await card.waitFor();
    const line = (await card.textContent()) ?? '';
    expect(line).toContain('Kỷ luật — Ngày');
    expect(line).toContain('theo quyết định 12-QĐ/UBKT');
    expect(line).toContain('đưa ra khỏi quy hoạch ngay (Quy định 377-QĐ/TW)');
    await expect.poll(async () => (await page.getByTestId('post-commune.front.chair').textContent()) ?? '').not.toContain(target.name);
    const after = await plan();
    expect(after.removed.map((c) => c.personId)).toContain(target.personId);
    expect(after.posts.some((p) => p.candidates.some((c) => c.personId === target.personId))).toBe(false);
    await screenshot(page, 'planning-disciplined');
  },
);
