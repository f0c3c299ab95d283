/**
 * Compare A and B, the stale marker and the run history on the planner's page, in headless
 * Chromium (see harness.ts). Screenshots go to .tmp/screens/ (30-… in English, 31-… in Chinese).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness } from './harness.ts';

const { runSuite, openPage, shot, start, closePages, stop } = browserHarness({ portOffset: 3 });

/** Runs and waits until the run is done: it is then the newest of the history (so an earlier "Done" cannot be mistaken for it). */
async function runAndWait(page: Page): Promise<void> {
  const runs = page.locator('cc-compare-panel #history li[data-run]');
  const before = await runs.count();
  await page.locator('cc-run-controls #run').click();
  await expect.poll(() => runs.count(), { timeout: 90_000 }).toBe(before + 1);
  await expect.poll(() => page.locator('cc-run-controls #status').textContent()).toMatch(/^(Done in|完成)/);
}

const deltas = (page: Page) => page.locator('cc-dashboard cc-kpi-cards li[data-card] .delta').allTextContents();

describe.runIf(runSuite)('compare A and B, the stale marker and the run history', () => {
  beforeAll(start, 120_000);

  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });

  afterAll(stop);

  it('pins a run as A, compares identical scenarios to zeros and front seats 20 → 16 to a difference, and marks stale results', async () => {
    const { page } = await openPage();
    await page.locator('cc-run-controls #replications').fill('4');
    await page.locator('cc-run-controls #days').fill('2');
    expect(await page.locator('cc-compare-panel #pin-current').isDisabled()).toBe(true);
    await runAndWait(page);
    expect(await page.locator('cc-dashboard #stale').count()).toBe(0);

    await page.locator('cc-compare-panel #pin-current').click();
    await expect.poll(() => page.locator('cc-compare-panel #pinned-a').textContent()).toContain('A: 12308 baseline (2025 volume)');
    expect(await page.locator('cc-compare-panel #no-differences').count()).toBe(1);

    // Identical B: every difference is exactly zero.
    await runAndWait(page);
    expect(await page.locator('cc-dashboard #comparing').textContent()).toContain('compared with A');
    const same = await deltas(page);
    expect(same.length).toBeGreaterThan(5);
    for (const d of same) expect(d).toMatch(/^0\.0( pts| s| min)?( ± 0\.0 vs A| vs A \(no paired interval\))$/);
    expect(same).toContain('0.0 pts ± 0.0 vs A');

    // An edit: the results on screen are now stale, and the field is listed with A's and B's values.
    await page.getByRole('tab', { name: 'Front desk' }).click();
    await page.locator('cc-profile-editor input[inputmode="numeric"]').first().fill('16');
    await expect.poll(() => page.locator('cc-dashboard #stale').isVisible()).toBe(true);
    expect(await page.locator('cc-dashboard #stale').textContent()).toContain('out of date');
    const row = page.locator('cc-compare-panel #differences tbody tr');
    expect(await row.count()).toBe(1);
    expect((await row.locator('td').allTextContents()).map((t) => t.trim())).toEqual(['frontDesk.seats', '20', '16']);
    await shot(page, '30-compare-stale');
    await page.locator('cc-dashboard #stale').scrollIntoViewIfNeeded();
    await shot(page, '30-stale-banner');

    // B with 16 front seats: a difference from A, and the stale marker cleared.
    await runAndWait(page);
    expect(await page.locator('cc-dashboard #stale').count()).toBe(0);
    const changed = await deltas(page);
    expect(changed.some((d) => /^[+−]\d/.test(d))).toBe(true);
    await page.locator('cc-dashboard').scrollIntoViewIfNeeded();
    await shot(page, '30-compare-b');
    // A on the service-level chart, dashed.
    const slChart = page.locator('cc-dashboard cc-chart-panel[data-chart="serviceLevel"]');
    await expect.poll(() => slChart.textContent()).toContain('A · General lane');
    await slChart.scrollIntoViewIfNeeded();
    await shot(page, '30-compare-chart');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('cc-dashboard #comparing').textContent()).toContain('对比方案 A');
    expect((await deltas(page)).some((d) => d.startsWith('较方案 A'))).toBe(true);
    await shot(page, '31-compare-b-zh');
    await page.locator('cc-compare-panel').scrollIntoViewIfNeeded();
    await shot(page, '31-compare-panel-zh');
    await page.getByRole('button', { name: 'English' }).click();

    // Unpin: Run makes single runs again.
    await page.locator('cc-compare-panel #unpin').click();
    expect(await page.locator('cc-compare-panel #pin-current').isEnabled()).toBe(true);
    await runAndWait(page);
    expect(await page.locator('cc-dashboard #comparing').count()).toBe(0);
    expect(await deltas(page)).toEqual([]);
  }, 240_000);

  it('keeps the run history after a reload: reopen, pin as A, delete, clear all', async () => {
    const { page } = await openPage();
    const runs = page.locator('cc-compare-panel #history li[data-run]');
    // The four runs of the test before (single, A = B, B with 16 seats, single), newest first.
    await expect.poll(() => runs.count()).toBe(4);
    expect(await runs.nth(1).textContent()).toContain('vs A');
    await page.locator('cc-compare-panel').scrollIntoViewIfNeeded();
    await shot(page, '30-history');

    // Reopen the run with 16 seats: its dashboard, marked stale against the working baseline.
    await runs.nth(1).locator('button[data-action="reopen"]').click();
    await expect.poll(() => page.locator('cc-dashboard cc-kpi-cards li[data-card]').count()).toBeGreaterThan(5);
    await expect.poll(() => page.locator('cc-dashboard #stale').isVisible()).toBe(true);
    expect(await page.locator('cc-run-controls #status').textContent()).toBe('Opened from the run history.');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('cc-dashboard #stale').textContent()).toContain('已过时');
    expect(await runs.nth(1).textContent()).toMatch(/服务水平：\s*紧急求助通道 100\.0% · 普通咨询通道 \d+\.\d%/);
    await page.locator('cc-dashboard #stale').scrollIntoViewIfNeeded();
    await shot(page, '31-history-reopened-stale-zh');
    await page.getByRole('button', { name: 'English' }).click();

    // Pin the oldest as A: the working scenario equals it.
    await runs.nth(3).locator('button[data-action="pin-history"]').click();
    await expect.poll(() => page.locator('cc-compare-panel #no-differences').count()).toBe(1);

    await runs.nth(0).locator('button[data-action="delete"]').click();
    await expect.poll(() => runs.count()).toBe(3);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('cc-compare-panel #clear-history').click();
    await expect.poll(() => runs.count()).toBe(0);
    expect(await page.locator('cc-compare-panel #history-empty').count()).toBe(1);
  }, 120_000);
});
