/**
 * The staffing view in headless Chromium, in Chinese: staffing to target on the baseline
 * (3 replications, 2 days) shows the bars and the plan per lane; Apply writes the seats into
 * the working scenario and Undo restores them; standby sizing on the major incident (2
 * replications, 3 days) shows an answer and its curve. Screenshots go to .tmp/screens/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness } from './harness.ts';

const { runSuite, openPage, shot, start, closePages, stop } = browserHarness({ portOffset: 6 });
const ST = 'cc-staffing';

describe.runIf(runSuite)('staffing view in Chromium', () => {
  beforeAll(start, 120_000);
  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });
  afterAll(stop);

  it('staffs the baseline, applies the plan and undoes it; sizes the standby seats of the major incident', async () => {
    const { page } = await openPage({ lang: 'zh' });
    await page.locator('#staffing-link').click();
    await page.locator(`${ST} #st-run`).waitFor();
    expect(page.url()).toContain('view=staffing');
    await expect.poll(() => page.locator(`${ST} #sz-off`).textContent()).toContain('无需测算');
    await page.locator(`${ST} #st-replications`).fill('3');
    await page.locator(`${ST} #st-days`).fill('2');
    await page.locator(`${ST} #st-run`).focus();
    await page.keyboard.press('Enter');
    await page.locator(`${ST} #st-bars rect`).first().waitFor({ timeout: 120_000 });
    expect(await page.locator(`${ST} #st-bars rect`).count()).toBe(336);
    expect(await page.locator(`${ST} #st-rounds`).textContent()).toMatch(/用了 \d 轮模拟/);
    expect(await page.locator(`${ST} #st-result tr[data-lane]`).count()).toBe(2);
    expect(await page.locator(`${ST} #st-result`).textContent()).toContain('紧急求助通道');
    await shot(page, 'staffing-zh-plan');
    // Apply: the working scenario's seats become the plan's (its scheduled seat-hours change); Undo restores 20 seats.
    const rounds = () => page.locator(`${ST} #st-rounds`).textContent();
    const before = await rounds();
    expect(before).toContain('现排 3360');
    await page.locator(`${ST} #st-apply`).click();
    await expect.poll(rounds).not.toBe(before);
    expect(await page.locator(`${ST} #st-undo`).isEnabled()).toBe(true);
    await page.locator(`${ST} #st-undo`).click();
    await expect.poll(rounds).toBe(before);
    // Sizing on the major incident.
    await page.locator('#planner-link').click();
    await page.locator('cc-scenario-library input[value="major-incident"]').check();
    await page.locator('#staffing-link').click();
    await page.locator(`${ST} #sz-run`).waitFor();
    await page.locator(`${ST} #st-replications`).fill('2');
    await page.locator(`${ST} #st-days`).fill('3');
    await page.locator(`${ST} #sz-max`).fill('40');
    await page.locator(`${ST} #sz-run`).click();
    await page.locator(`${ST} #sz-answer`).waitFor({ timeout: 120_000 });
    expect(await page.locator(`${ST} #sz-answer`).textContent()).toMatch(/备用坐席/);
    expect(await page.locator(`${ST} #sz-curve circle`).count()).toBeGreaterThanOrEqual(1);
    await shot(page, 'staffing-zh-sizing');
  }, 300_000);
});
