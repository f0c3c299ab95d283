/**
 * The hours that matter on the page: a major-incident run in English and Chinese shows the
 * worst hour on the service-level cards, the incident-window cards, peak standby seats, the
 * trunk chart and the stand-down ticks. Screenshots go to .tmp/screens/ (dashfig-*).
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness } from './harness.ts';

const { SCREENS, runSuite, openPage, start, closePages, stop } = browserHarness({ portOffset: 8 });

const DONE = { en: 'Means over 4 replications', zh: '4 次重复的平均值' } as const;

describe.runIf(runSuite)('the major-incident dashboard in Chromium', () => {
  beforeAll(start, 120_000);

  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });

  afterAll(stop);

  for (const lang of ['en', 'zh'] as const) {
    it(`shows the worst hour, the incident window, the trunk and the stand-downs (${lang})`, async () => {
      const { page } = await openPage({ lang });
      await page.locator('cc-scenario-library input[value="major-incident"]').check();
      await page.locator('cc-run-controls #replications').fill('4');
      await page.locator('cc-run-controls #days').fill('4');
      await page.locator('cc-run-controls #run').click();
      await page.locator('cc-dashboard').getByText(DONE[lang]).first().waitFor({ timeout: 90_000 });

      const sl = page.locator('cc-kpi-cards li[data-card="sl-emergency"]');
      expect(await sl.locator('.hours').textContent()).toMatch(lang === 'en' ? /worst hour \d+% · [\d.]+ of [\d.]+ h below goal/ : /最差一小时 \d+% · [\d.]+\/[\d.]+ 小时低于目标/);
      const incident = page.locator('cc-kpi-cards li[data-card="incident-emergency"]');
      expect(await incident.count()).toBe(1);
      expect(await page.locator('cc-kpi-cards li[data-card="standby"]').textContent()).toContain(lang === 'en' ? 'peak standby seats on duty' : '同时在岗备用坐席');

      const trunk = page.locator(`cc-chart-panel svg[aria-label="${lang === 'en' ? 'Trunk lines and busy signals' : '中继线与忙音'}"]`);
      await trunk.scrollIntoViewIfNeeded();
      await expect.poll(() => trunk.locator('g.lines path').count(), { timeout: 20_000 }).toBe(2);
      const seats = page.locator(`cc-chart-panel svg[aria-label="${lang === 'en' ? 'Phone seats: on duty vs busy' : '话务坐席：在岗与忙碌'}"]`);
      await expect.poll(() => seats.locator('g.event-ticks path').count(), { timeout: 20_000 }).toBeGreaterThan(0);

      await sl.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENS, `dashfig-cards-${lang}.png`) });
      await seats.screenshot({ path: join(SCREENS, `dashfig-seats-${lang}.png`) });
      await trunk.screenshot({ path: join(SCREENS, `dashfig-trunk-${lang}.png`) });
    }, 150_000);
  }
});
