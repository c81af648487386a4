// Helpers shared by the work-assignment browser specs (work-*.e2e.test.ts): switching accounts
// inside one test, typing civil dates into antd date pickers, choosing from search selects.
import type { Locator, Page } from 'playwright-core';
import { todayInVietnam } from '../src/domain/dates.js';
import { expect, loginAs } from './fixtures.js';

export interface Me {
  displayName: string;
  personId: string | null;
  roles: { role: string; unitId: string; unitName: string }[];
}

export async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** Signs out (drops the session cookie) and signs in as another demo account. */
export async function switchTo(page: Page, username: string): Promise<Me> {
  await page.context().clearCookies();
  await loginAs(page, username);
  return getJson<Me>(page, '/api/auth/me');
}

export { addDays, mondayOf } from '../src/domain/dates.js';
export const today = (): string => todayInVietnam();
/** 'YYYY-MM-DD' → 'dd/mm/yyyy' as the date inputs take it. */
export const viDate = (date: string): string => date.split('-').reverse().join('/');

/**
 * Types a civil date into a date field and commits it with Enter, as people do: the field keeps
 * Enter to itself (DateInput), so the form around it must not be submitted half-filled — the
 * specs that fill a date before other fields would fail if it were.
 */
export async function fillDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(viDate(date));
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(viDate(date));
  // A submitted half-filled form would show its "required" errors now.
  await input.page().waitForTimeout(300);
  expect(await input.page().locator('.ant-form-item-explain-error').allTextContents()).toEqual([]);
}

/** Types into a search select and clicks the option whose text contains `text`. */
export async function pick(page: Page, input: Locator, search: string, text = search): Promise<void> {
  await input.click();
  await input.fill(search);
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  await option.waitFor({ timeout: 15_000 });
  await option.click();
}
