// A month of a Party cell's life on phones (issue 12), at 390 px with touch:
// - the secretary (`bithuchibo`) schedules the month's regular meeting, posts the documents, takes
//   attendance of every member on one screen (thumb-sized marks), records the start and end, the minutes
//   and the resolution, and assigns the resolution's task to a member;
// - that member, on their phone, reads the documents and the resolution and finds the task on their board;
// - the commune's organising body (`tochuc.xa`) sees the cell's month as held on its dashboard and the
//   member the secretary marked absent without reason flagged (Điều lệ Đảng, Điều 8: a third month).
// On a slow 3G profile (Chromium's network emulation: 400 kbps each way, 400 ms round trip, no cache),
// the secretary's pages — the cell, the meeting, and the attendance reached from the cell — are timed;
// the figures are printed and must stay under a generous bound.
//
// Data arranged through the API, so the story does not depend on the demo's randomness or on the order
// of the spec files (all of them share one demo server):
// - the demo leaves this month's meeting already scheduled for the secretary; it is cancelled first so the
//   secretary schedules the month's meeting in the browser (a cancelled meeting frees its month);
// - the member to be flagged is one with no unexcused absence this year; they are marked absent without
//   reason at the cell's two previous held meetings of the year, so the browser's mark is the third month;
// - the member who gets the task has no account in the demo: the administrator creates one linked to them.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { todayInVietnam } from '../src/domain/dates.js';
import type { CellView, MeetingView } from '../src/web/features/party-cells/api/party-cells.js';
import { baseURL, choose, expect, loginAs, screenshot, sharedBrowser, test } from './fixtures.js';
import { addDays, fillDate } from './work-helpers.js';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;
/** Slow 3G as the issue asks: ~400 kbps down (and up), 400 ms round trip. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
// About 500 KB go over the wire for a cold cell page (Brotli; ~10 s at 400 kbps). Measured 15–21 s on a
// 2-core machine shared by several test runs (the rest is CPU); uncompressed it was 39 s. 30 s leaves
// room for a loaded CI and still catches that regression.
const SLOW_BOUND_MS = 30_000;

interface Phone {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh phone (touch, 390 px) whose console errors fail the test. */
async function phone(browser: Browser): Promise<Phone> {
  const context = await browser.newContext({ ...PHONE, baseURL: baseURL(), locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return { context, page, errors };
}

/** Calls the API from inside the signed-in page (its cookie and CSRF token); answers status and body. */
async function api<T = unknown>(page: Page, method: string, url: string, body?: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(url, {
        method,
        headers:
          body === undefined ? { 'x-csrf-token': me.csrfToken } : { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: (text ? JSON.parse(text) : null) as never };
    },
    { method, url, body },
  );
}

async function ok<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const res = await api<T>(page, method, url, body);
  expect(res.status, `${method} ${url}: ${JSON.stringify(res.json)}`).toBeLessThan(300);
  return res.json;
}

/** The page fits the phone: nothing scrolls sideways. */
async function fits(page: Page, what: string) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `${what} scrolls sideways at 390 px`).toBeLessThanOrEqual(innerWidth);
}

/** Every visible button, link-button, radio and input a thumb must hit is at least 44 px tall. */
async function thumbSized(page: Page, selector: string, what: string) {
  const small = await page.locator(selector).evaluateAll((els) =>
    els
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && r.height < 44)
      .map(({ el, r }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.height)} px`),
  );
  expect(small, `${what}: controls under 44 px`).toEqual([]);
}

const meetingBody = (m: MeetingView, status: MeetingView['status']) => ({
  version: m.version,
  plannedAt: m.plannedAt,
  place: m.place,
  topic: m.topic,
  prepMeetingOn: m.prepMeetingOn,
  agenda: m.agenda,
  startedAt: m.startedAt,
  endedAt: m.endedAt,
  status,
  minutes: m.minutes,
  resolution: m.resolution,
});

test(
  'the cell secretary runs a month on a phone; a member reads and gets the task; the commune sees it held and flagged',
  { timeout: 600_000 },
  async () => {
    const browser = await sharedBrowser();
    const phones: Phone[] = [];
    try {
      // ---- Arrange (API, as the secretary and the administrator) ----
      const sec = await phone(browser);
      phones.push(sec);
      await loginAs(sec.page, 'bithuchibo');
      const me = await ok<{ personId: string; roles: { role: string; unitId: string }[] }>(sec.page, 'GET', '/api/auth/me');
      const cellId = me.roles.find((r) => r.role === 'cell_secretary')!.unitId;
      const today = todayInVietnam();
      const month = today.slice(0, 7);
      const cell = await ok<CellView>(sec.page, 'GET', `/api/party-cells/cells/${cellId}`);
      for (const m of cell.meetings.filter((x) => x.month === month && x.kind !== 'themed' && x.status !== 'cancelled')) {
        const full = await ok<MeetingView>(sec.page, 'GET', `/api/party-cells/meetings/${m.id}`);
        await ok(sec.page, 'PUT', `/api/party-cells/meetings/${m.id}`, meetingBody(full, 'cancelled'));
      }
      // This year's held meetings before this month, newest first, with their registers.
      const held = cell.meetings
        .filter((x) => x.status === 'held' && x.kind !== 'themed' && x.month < month && x.month.startsWith(month.slice(0, 4)))
        .sort((a, b) => b.month.localeCompare(a.month));
      expect(held.length, 'the demo gives the cell at least two held meetings earlier this year').toBeGreaterThanOrEqual(2);
      const registers = await Promise.all(held.map((h) => ok<MeetingView>(sec.page, 'GET', `/api/party-cells/meetings/${h.id}`)));
      const flaggedBefore = new Set(cell.flags.members.map((f) => f.personId));
      const everUnexcused = new Set(registers.flatMap((r) => r.attendance.filter((a) => a.status === 'unexcused').map((a) => a.personId)));
      const inBoth = (p: string) => registers.slice(0, 2).every((r) => r.attendance.some((a) => a.personId === p));
      const candidates = cell.members.filter(
        (m) =>
          m.personId !== me.personId &&
          !flaggedBefore.has(m.personId) &&
          !everUnexcused.has(m.personId) &&
          m.standing.every((s) => !s.current) &&
          inBoth(m.personId),
      );
      expect(candidates.length, 'two members of the cell to play the skipper and the task lead').toBeGreaterThanOrEqual(2);
      const [skipper, lead] = candidates;
      for (const r of registers.slice(0, 2)) {
        const marks = r.attendance
          .filter((a) => a.status !== null)
          .map((a) =>
            a.personId === skipper.personId
              ? { personId: a.personId, status: 'unexcused', reason: '' }
              : { personId: a.personId, status: a.status, reason: a.reason },
          );
        await ok(sec.page, 'PUT', `/api/party-cells/meetings/${r.id}/attendance`, { version: r.version, marks });
      }
      // Two unexcused months: not yet flagged.
      const before = await ok<CellView>(sec.page, 'GET', `/api/party-cells/cells/${cellId}`);
      expect(before.flags.members.map((f) => f.personId)).not.toContain(skipper.personId);

      const admin = await phone(browser);
      phones.push(admin);
      await loginAs(admin.page, 'admin');
      const username = `dangvien.${Date.now().toString(36)}`;
      const password = `ChiBo#${Date.now().toString(36)}Xy9`;
      await ok(admin.page, 'POST', '/api/accounts', {
        username,
        displayName: lead.name,
        password,
        personId: lead.personId,
        roles: [{ role: 'cadre', unitId: cellId }],
      });

      // ---- The secretary, on the phone: the cell from the menu ----
      const p = sec.page;
      await p.goto('/');
      await p.getByRole('button', { name: 'Mở menu' }).tap();
      await p.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chi bộ', exact: true }).tap();
      await p.getByRole('link', { name: cell.cell.name }).first().tap();
      await p.getByRole('heading', { name: cell.cell.name }).waitFor();
      await fits(p, 'the cell page');

      // Schedules the month's regular meeting, today at 07:30 (the form's own default day).
      await p.getByRole('button', { name: 'Lên lịch sinh hoạt' }).tap();
      const dialog = p.getByRole('dialog', { name: 'Lên lịch sinh hoạt' });
      await dialog.getByLabel('Giờ').fill('07:30');
      await dialog.getByLabel('Địa điểm').fill('Nhà văn hóa thôn');
      await dialog.getByLabel('Nội dung chính').fill('Sinh hoạt thường kỳ: kết quả tháng, nhiệm vụ tháng tới');
      await fits(p, 'the scheduling dialog');
      await dialog.getByRole('button', { name: 'Lên lịch sinh hoạt' }).tap();
      await p.waitForURL(/\/cells\/meetings\//);
      const meetingId = p.url().split('/').pop()!;
      await p.getByText('Đã lên lịch', { exact: true }).first().waitFor();

      // Posts the documents for the members.
      const documents = `Dự thảo nghị quyết tháng ${month.slice(5, 7)}: vận động đóng góp làm đường liên thôn (${username}).`;
      await p.getByLabel('Tài liệu cho đảng viên').fill(documents);
      await p.getByRole('button', { name: 'Đăng tài liệu' }).tap();
      await p.getByText(/^Đã đăng lúc /).waitFor();

      // The meeting begins: the start is recorded.
      await p.getByLabel('Bắt đầu').fill('07:30');
      await p.getByRole('button', { name: 'Lưu', exact: true }).tap();
      await expect.poll(async () => (await ok<MeetingView>(p, 'GET', `/api/party-cells/meetings/${meetingId}`)).startedAt).not.toBeNull();

      // Attendance on one screen: every member's row with three thumb-sized marks, one save.
      const rows = p.getByTestId('attendance-row');
      const meeting = await ok<MeetingView>(p, 'GET', `/api/party-cells/meetings/${meetingId}`);
      await expect.poll(() => rows.count()).toBe(meeting.attendance.length);
      await p.getByRole('button', { name: 'Tất cả có mặt' }).tap();
      await rows.filter({ hasText: skipper.name }).getByText('Vắng không lý do').tap();
      await fits(p, 'the attendance screen');
      await thumbSized(p, '[data-testid="attendance-row"] .ant-segmented-item, button.ant-btn', 'the attendance screen');
      await screenshot(p, 'cell-secretary--attendance-390');
      await p.getByRole('button', { name: 'Lưu điểm danh' }).tap();
      await expect
        .poll(
          async () =>
            (await ok<MeetingView>(p, 'GET', `/api/party-cells/meetings/${meetingId}`)).attendance.find(
              (a) => a.personId === skipper.personId,
            )?.status,
        )
        .toBe('unexcused');

      // The outcome: end, minutes, resolution; held.
      const resolution = `Chi bộ thống nhất vận động đóng góp làm đường liên thôn (${username}).`;
      await p.getByLabel('Kết thúc').fill('09:30');
      await p
        .getByRole('textbox', { name: /^Biên bản/ })
        .fill('Chi bộ đã thảo luận dự thảo nghị quyết; 100% đảng viên có mặt biểu quyết tán thành.');
      await p.getByRole('textbox', { name: /^Nghị quyết/ }).fill(resolution);
      await p.getByRole('button', { name: 'Ghi nhận đã sinh hoạt' }).tap();
      await p.getByText('Đã sinh hoạt', { exact: true }).first().waitFor();

      // The resolution's task, to a member, due in two weeks.
      const taskTitle = `Vận động các hộ đóng góp làm đường (${username})`;
      await p.getByLabel('Nhiệm vụ', { exact: true }).fill(taskTitle);
      await choose(p, p.getByLabel('Người thực hiện'), lead.name);
      await fillDate(p.getByLabel('Hạn hoàn thành'), addDays(today, 14));
      await p.getByRole('button', { name: 'Giao nhiệm vụ' }).tap();
      await p.getByTestId('meeting-task').filter({ hasText: taskTitle }).waitFor();
      await fits(p, 'the held meeting');
      await screenshot(p, 'cell-secretary--meeting-held-390');
      expect(sec.errors).toEqual([]);

      // ---- The member, on their phone: documents, resolution, the task on their board ----
      const member = await phone(browser);
      phones.push(member);
      await loginAs(member.page, username, password);
      const mp = member.page;
      await mp.goto('/cells');
      const card = mp.getByTestId('cell-meeting').filter({ hasText: documents });
      await card.getByTestId('my-documents').waitFor();
      await card.getByText(resolution).waitFor();
      await fits(mp, 'the member’s cell page');
      await card.getByRole('link').first().tap();
      await mp.getByTestId('meeting-documents').filter({ hasText: documents }).waitFor();
      await mp.getByTestId('meeting-resolution').filter({ hasText: resolution }).waitFor();
      await fits(mp, 'the member’s meeting page');
      await screenshot(mp, 'cell-secretary--member-reads-390');
      await mp.goto('/');
      await mp
        .getByTestId('home-mine')
        .getByRole('link', { name: /Mới giao, chưa nhận/ })
        .tap();
      await mp.getByRole('link', { name: taskTitle }).first().waitFor();
      await fits(mp, 'the member’s task board');
      expect(member.errors).toEqual([]);

      // ---- The commune's organising body: the month held, the third unexcused month flagged ----
      const com = await phone(browser);
      phones.push(com);
      await loginAs(com.page, 'tochuc.xa');
      const cp = com.page;
      await cp.goto(`/cells?month=${month}`);
      const cellCard = cp.locator('.ant-card').filter({ has: cp.getByRole('link', { name: cell.cell.name, exact: true }) });
      await cellCard.getByText('Thường kỳ: Đã sinh hoạt').waitFor();
      const flagged = cp.getByTestId('flagged-member').filter({ hasText: skipper.name }).filter({ hasText: cell.cell.name });
      await flagged.waitFor();
      expect(await flagged.textContent()).toMatch(/Điều 8/);
      await fits(cp, 'the commune’s dashboard');
      await screenshot(cp, 'cell-secretary--commune-dashboard-390');
      expect(com.errors).toEqual([]);

      // ---- Slow 3G: the secretary's pages, cold (no cache), then attendance reached from the cell ----
      const slow = await phone(browser);
      phones.push(slow);
      await loginAs(slow.page, 'bithuchibo');
      const sp = slow.page;
      const cdp = await slow.context.newCDPSession(sp);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
      const timed = async (what: string, go: () => Promise<unknown>, ready: () => Promise<unknown>) => {
        const t0 = Date.now();
        await go();
        await ready();
        return [what, Date.now() - t0] as const;
      };
      const wait = { timeout: 60_000 };
      const figures = [
        await timed(
          'cell page (cold)',
          () => sp.goto(`/cells/${cellId}`, wait),
          () => sp.getByRole('heading', { name: /Danh sách đảng viên/ }).waitFor(wait),
        ),
        await timed(
          'meeting page (cold)',
          () => sp.goto(`/cells/meetings/${meetingId}`, wait),
          () => sp.getByTestId('meeting-task').first().waitFor(wait),
        ),
      ];
      await sp.goto(`/cells/${cellId}`, wait);
      await sp.getByRole('heading', { name: /Danh sách đảng viên/ }).waitFor(wait);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
      figures.push(
        await timed(
          'attendance from the cell page (in the app)',
          () => sp.locator(`a[href="/cells/meetings/${meetingId}"]`).first().tap(),
          () => sp.getByTestId('attendance-row').first().waitFor(wait),
        ),
      );
      console.log(`Slow 3G (400 kbps, 400 ms RTT) page loads:\n${figures.map(([w, ms]) => `  ${w}: ${ms} ms`).join('\n')}`);
      for (const [w, ms] of figures) expect(ms, w).toBeLessThan(SLOW_BOUND_MS);
      expect(slow.errors).toEqual([]);
    } finally {
      for (const ph of phones) await ph.context.close();
    }
  },
);
