/**
 * The sweeps view in headless Chromium: a 3-point sweep of `standby.seats` on the major
 * incident (2 replications of 3 days) completes with its charts and table and opens a
 * point's dashboard; a sweep is cancelled; the view speaks Chinese and names a bad value's
 * field. Screenshots go to .tmp/screens/.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness } from './harness.ts';

const { runSuite, openPage, shot, start, closePages, stop } = browserHarness({ portOffset: 5 });
const V = 'cc-sweep-view';
const status = (page: Page) => page.locator(`${V} #sweep-status`).textContent();

async function incidentSweep(page: Page, list: string, replications: string, days: string) {
  await page.locator('cc-scenario-library input[value="major-incident"]').check();
  await page.locator('#sweep-link').click();
  await page.locator(`${V} #sweep-run`).waitFor();
  expect(page.url()).toContain('view=sweep');
  expect(await page.locator(`${V} #sweep-first-field`).inputValue()).toBe('standby.seats');
  await page.locator(`${V} #sweep-first-list`).fill(list);
  await page.locator(`${V} #sweep-replications`).fill(replications);
  await page.locator(`${V} #sweep-days`).fill(days);
}

describe.runIf(runSuite)('Sweeps in Chromium', () => {
  beforeAll(start, 120_000);
  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });
  afterAll(stop);

  it('sweeps standby.seats on the major incident: chart, table and a point’s dashboard', async () => {
    const { page } = await openPage({ lang: 'en' });
    await incidentSweep(page, '0, 20, 60', '2', '3');
    expect(await status(page)).toMatch(/^3 points, 6 replications in all/);
    await page.locator(`${V} #sweep-run`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page), { timeout: 120_000 }).toMatch(/^Sweep done: 3 points/);
    expect(await page.locator(`${V} #sweep-charts figure`).count()).toBe(6);
    expect(await page.locator(`${V} figure[data-figure="sl-emergency"] circle.point`).count()).toBe(3);
    expect(await page.locator(`${V} figure[data-figure="sl-emergency"] path`).count()).toBe(2);
    const rows = page.locator(`${V} #sweep-table tbody tr`);
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).locator('td').first().textContent()).toBe('0');
    expect(await rows.nth(1).textContent()).toMatch(/\d+\.\d% ± \d+\.\d/);
    await shot(page, 'sweep-en');
    // A dot, pressed with the keyboard, opens that point's dashboard.
    await page.locator(`${V} figure[data-figure="sl-emergency"] circle.point[data-index="2"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator(`${V} #sweep-point cc-dashboard`).waitFor();
    expect(await page.locator(`${V} #sweep-point-title`).textContent()).toContain('Standby seats = 60');
    await expect.poll(() => page.locator(`${V} #sweep-point cc-dashboard`).evaluate((d) => d.shadowRoot?.textContent ?? '')).toContain('Service level');
    await shot(page, 'sweep-point-en');
    // Printed, the sweep is a report: what was swept and how, the figures and the table; no form, no buttons, no point's dashboard.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${V} form`).isVisible()).toBe(false);
    expect(await page.locator(`${V} #sweep-print`).isVisible()).toBe(false);
    expect(await page.locator(`${V} #sweep-point`).isVisible()).toBe(false);
    expect(await page.locator(`${V} .print-only`).textContent()).toMatch(/Sweep report · Major overseas incident.*Standby seats.*: 0, 20, 60.*seed 12308 · 2 replications per point · 3 days each/s);
    expect(await page.locator(`${V} #sweep-charts`).isVisible()).toBe(true);
    expect(await page.locator(`${V} #sweep-table`).isVisible()).toBe(true);
    await shot(page, 'sweep-print-media-en');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // A few pages: six charts kept whole, one per row, and the table.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  }, 180_000);

  it('cancels a sweep, and speaks Chinese with field-named messages', async () => {
    const { page } = await openPage({ lang: 'zh' });
    await incidentSweep(page, '0, 20, 40, 60', '20', '8');
    expect(await page.locator('#sweep-link').textContent()).toBe('参数扫描');
    await page.locator(`${V} #sweep-run`).click();
    await expect.poll(() => status(page)).toMatch(/^已完成 \d+\/4 个点/);
    await page.locator(`${V} #sweep-cancel`).click();
    await expect.poll(() => status(page)).toBe('扫描已取消。');
    expect(await page.locator(`${V} #sweep-run`).isEnabled()).toBe(true);
    await page.locator(`${V} #sweep-first-list`).fill('20, 2.5');
    await page.locator(`${V} #sweep-run`).click();
    expect(await page.locator(`${V} #sweep-first-error`).textContent()).toContain('备用坐席数：2.5 超出允许范围（整数，≥ 0 且 ≤ 2000）');
    expect(await page.locator(`${V} #sweep-first-list`).getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'sweep-zh');
  }, 120_000);
});
