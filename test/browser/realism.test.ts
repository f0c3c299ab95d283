/**
 * The realism fields in the page's editor, in headless Chromium: lunch break and holidays of
 * the missions (a holiday list typed one country a line, a bad date named with its field),
 * the missions forwarding after-hours calls, the standby seats' "at each incident" rule and
 * night call-in delay, the day-to-day volume spread, in English and Chinese. Screenshots go
 * to .tmp/screens/realism-*.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness } from './harness.ts';

const { runSuite, openPage, shot, start, closePages, stop } = browserHarness({ portOffset: 9 });

describe.runIf(runSuite)('realism fields in the editor', () => {
  beforeAll(start, 180_000);
  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });
  afterAll(stop);

  it('takes holidays typed one country a line, names a date that does not exist, and shows the new fields', async () => {
    const { page } = await openPage({ lang: 'en', ready: 'cc-scenario-editor' });
    const editor = page.locator('cc-scenario-editor');
    await editor.locator('#tab-arrivals').click();
    await expect.poll(() => editor.locator('cc-field[path="arrivals.dailyVolumeCv"]').count()).toBe(1);
    await expect.poll(() => editor.getByText('Day-to-day volume spread (CV)').count()).toBeGreaterThan(0);
    await editor.locator('#tab-missions').click();
    const holidays = editor.locator('cc-field[path="missions.holidaysByCountry"] textarea');
    await holidays.fill('JP: 2025-01-01, 2025-02-30\nUS: 2025-07-04');
    const problems = editor.locator('.problems');
    await expect.poll(() => problems.textContent()).toContain('Public holidays by country (local dates) › JP › date 2');
    expect(await problems.textContent()).toContain('a local date "YYYY-MM-DD" that exists');
    // The text stays as typed.
    expect(await holidays.inputValue()).toBe('JP: 2025-01-01, 2025-02-30\nUS: 2025-07-04');
    await shot(page, 'realism-missions-en-invalid');
    await holidays.fill('JP: 2025-01-01, 2025-02-11\nUS: 2025-07-04');
    await expect.poll(() => editor.locator('.problems').count()).toBe(0);
    expect(await editor.getByText('Missions forwarding after-hours calls to 12308').count()).toBeGreaterThan(0);
    expect(await editor.getByText('Missions’ lunch break').count()).toBeGreaterThan(0);
    await shot(page, 'realism-missions-en');
    await editor.locator('#tab-standby').click();
    const kinds = await editor.locator('cc-field[path="standby.activation"] select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(kinds).toContain('at-incident');
    expect(await editor.getByText('Call-in delay at night').count()).toBeGreaterThan(0);
    await shot(page, 'realism-standby-en');
  });

  it('speaks Chinese: the missions’ lunch break, holidays and forwarding', async () => {
    const { page } = await openPage({ lang: 'zh', ready: 'cc-scenario-editor' });
    const editor = page.locator('cc-scenario-editor');
    await editor.locator('#tab-missions').click();
    await expect.poll(() => editor.getByText('使领馆午休').count()).toBeGreaterThan(0);
    expect(await editor.getByText('驻在国节假日（当地日期）').count()).toBeGreaterThan(0);
    expect(await editor.getByText('使领馆非办公时间转接 12308 的来电').count()).toBeGreaterThan(0);
    await shot(page, 'realism-missions-zh');
  });
});
