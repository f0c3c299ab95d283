/**
 * Trainer mode in headless Chromium: opens from the header and from `?view=trainer`, plays,
 * pauses, steps, jumps, follows a call, shows the engine's counts for the same seed, loads
 * each lesson, speaks Chinese; and the frame times with a thousand calls on the floor.
 * Screenshots go to .tmp/screens/.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simulateCallCentre } from '../../models/call-centre.ts';
import { bundled, bundledJson } from '../support/scenarios.ts';
import { browserHarness } from './harness.ts';

const { runSuite, openPage, shot, start, closePages, stop } = browserHarness({ portOffset: 1 });
const READY = 'cc-trainer canvas';

const clock = (page: Page) => page.locator('cc-trainer #clock').textContent();

/** The live counters of lane `lane`, read from the panel's data attributes. */
async function counters(page: Page, lane: string) {
  const row = page.locator(`cc-trainer #counters th[data-lane="${lane}"]`);
  const get = async (name: string) => Number(await row.getAttribute(`data-${name}`));
  return { offered: await get('offered'), answered: await get('answered'), abandoned: await get('abandoned'), blocked: await get('blocked'), serviceLevel: await get('service-level') };
}

async function waitPlaying(page: Page) {
  await page.locator('cc-trainer #play:not([disabled])').waitFor();
}

describe.runIf(runSuite)('trainer mode in Chromium', () => {
  beforeAll(start, 120_000);
  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });
  afterAll(stop);

  it('opens from the header link, plays, pauses, steps and jumps', async () => {
    const { page } = await openPage();
    await page.locator('#trainer-link').click();
    await page.locator(READY).waitFor();
    expect(page.url()).toContain('view=trainer');
    await waitPlaying(page);
    const t0 = await clock(page);
    await page.locator('cc-trainer #speed').selectOption('1440');
    await page.locator('cc-trainer #play').click();
    await expect.poll(() => clock(page), { timeout: 10_000 }).not.toBe(t0);
    await page.locator('cc-trainer #play').click();
    const paused = await clock(page);
    await page.waitForTimeout(600);
    expect(await clock(page)).toBe(paused);
    // Step: the clock moves to the next event, and stays paused.
    for (let k = 0; k < 5; k++) await page.locator('cc-trainer #step').click();
    await page.waitForTimeout(300);
    expect(await page.locator('cc-trainer #play').textContent()).toBe('Play');
    await page.locator('cc-trainer #jump-day').fill('3');
    await page.locator('cc-trainer #jump-time').fill('14:30');
    await page.locator('cc-trainer #jump').click();
    await expect.poll(() => clock(page)).toBe('Day 3 · Wed 14:30 Beijing time');
    // Keyboard: Space plays, → steps.
    await page.locator('cc-trainer canvas').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('cc-trainer #play').textContent()).toBe('Pause');
    await page.keyboard.press('Space');
    await shot(page, 'trainer-01-baseline-day3');
  });

  it('shows the engine’s counts for the same seed at the end of the replication', async () => {
    const { page } = await openPage({ path: '?view=trainer', ready: READY });
    await waitPlaying(page);
    await page.locator('cc-trainer #jump-day').fill('9');
    await page.locator('cc-trainer #jump-time').fill('00:00');
    await page.locator('cc-trainer #jump').click();
    await expect.poll(() => clock(page), { timeout: 30_000 }).toMatch(/^Day 9/);
    const result = simulateCallCentre(bundled('baseline'), { seed: 12308, replication: 0, days: 7 });
    for (const [lane, f] of Object.entries(result.byLane)) {
      const c = await counters(page, lane);
      expect(c).toEqual({ offered: f.offered, answered: f.answered, abandoned: f.abandoned, blocked: f.blocked, serviceLevel: f.serviceLevel });
    }
    expect(Number(await page.locator('cc-trainer #counters tr[data-stage="secretary"]').getAttribute('data-entered'))).toBe(result.workOrders.stages.secretary.entered);
    expect(Number(await page.locator('cc-trainer #notifications').getAttribute('data-sent'))).toBe(result.notifications.sent);
  });

  it('follows a call picked from the list, with its journey', async () => {
    const { page } = await openPage({ path: '?view=trainer', ready: READY });
    await waitPlaying(page);
    await page.locator('cc-trainer #jump-day').fill('1');
    await page.locator('cc-trainer #jump-time').fill('10:00');
    await page.locator('cc-trainer #jump').click();
    await expect.poll(() => page.locator('cc-trainer #pick option').count()).toBeGreaterThan(1);
    const value = await page.locator('cc-trainer #pick option').nth(1).getAttribute('value');
    await page.locator('cc-trainer #pick').selectOption(value!);
    await expect.poll(() => page.locator('cc-trainer #journey li').count()).toBeGreaterThan(1);
    await page.locator('cc-trainer #speed').selectOption('60');
    await page.locator('cc-trainer #play').click();
    const before = await page.locator('cc-trainer #journey li').count();
    await expect.poll(() => page.locator('cc-trainer #journey li').count(), { timeout: 30_000 }).toBeGreaterThan(before + 1);
    await page.locator('cc-trainer #play').click();
    await shot(page, 'trainer-02-followed-call');
    // Clicking a dot on the floor follows that call.
    await page.locator('cc-trainer #play').click();
    await page.waitForTimeout(500);
    await page.locator('cc-trainer #play').click();
  });

  for (const lesson of ['quiet-night', 'major-incident', 'friday-embassy']) {
    it(`loads the lesson ${lesson}`, async () => {
      const { page } = await openPage({ path: '?view=trainer', ready: READY });
      await page.locator('cc-trainer #lesson').selectOption(lesson);
      await page.locator('cc-trainer #lesson-text').waitFor();
      await waitPlaying(page);
      await page.waitForTimeout(lesson === 'major-incident' ? 8000 : 4000);
      await shot(page, `trainer-lesson-${lesson}`);
      expect(await clock(page)).toMatch(/^Day/);
    });
  }

  it('speaks Chinese', async () => {
    const { page } = await openPage({ lang: 'zh', path: '?view=trainer', ready: READY });
    await waitPlaying(page);
    expect(await page.locator('cc-trainer h2').textContent()).toContain('培训模式');
    expect(await page.locator('cc-trainer #play').textContent()).toBe('播放');
    await page.locator('cc-trainer #lesson').selectOption('major-incident');
    await page.locator('cc-trainer #lesson-text').waitFor();
    await page.waitForTimeout(4000);
    expect(await clock(page)).toMatch(/^第 \d+ 天/);
    await shot(page, 'trainer-03-chinese');
  });

  it('plays smoothly with a thousand calls on the floor', async () => {
    const { page } = await openPage();
    // A scenario that floods the floor: 1,500 calls an hour at every hour, patient callers, 20 seats, no trunk limit.
    const json = { ...bundledJson('baseline'), name: 'stress', arrivals: { callsPerHour: 1500 } } as Record<string, unknown>;
    json.callTypes = (json.callTypes as Record<string, unknown>[]).map((t) => ({ ...t, patienceSeconds: { kind: 'infinite' }, selfServiceShare: 0 }));
    delete json.redial;
    delete json.trunk;
    await page.locator('cc-scenario-library #import').setInputFiles({ name: 'stress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    await page.locator('#trainer-link').click();
    await waitPlaying(page);
    await page.locator('cc-trainer #jump-day').fill('1');
    await page.locator('cc-trainer #jump-time').fill('01:00');
    await page.locator('cc-trainer #jump').click();
    await expect.poll(() => clock(page), { timeout: 30_000 }).toMatch(/01:00/);
    const onFloor = await page.evaluate(() => document.querySelector('cc-app')!.shadowRoot!.querySelector('cc-trainer')!.player!.floor.calls.size);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; frames: number[] };
      w.longTasks = [];
      w.frames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = (now: number) => {
        w.frames.push(now - last);
        last = now;
        if (w.frames.length < 100000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.locator('cc-trainer #speed').selectOption('10');
    await page.locator('cc-trainer #play').click();
    await page.waitForTimeout(6000);
    await page.locator('cc-trainer #play').click();
    const { frames, longTasks, work, calls } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; frames: number[] };
      const trainer = document.querySelector('cc-app')!.shadowRoot!.querySelector('cc-trainer')!;
      return { frames: w.frames.slice(5), longTasks: w.longTasks, work: trainer.frameTimes.slice(5), calls: trainer.player!.floor.calls.size };
    });
    const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
    await shot(page, 'trainer-04-thousand-calls');
    console.info(
      `trainer play with ${onFloor}→${calls} calls on the floor: frame interval p50 ${q(frames, 0.5).toFixed(1)} ms, p95 ${q(frames, 0.95).toFixed(1)} ms over ${frames.length} frames; ` +
        `work per frame (tick + draw) p50 ${q(work, 0.5).toFixed(1)} ms, p95 ${q(work, 0.95).toFixed(1)} ms; long tasks ${JSON.stringify(longTasks)}`,
    );
    expect(onFloor).toBeGreaterThan(1000);
    expect(q(work, 0.95)).toBeLessThan(20);
    expect(Math.max(0, ...longTasks)).toBeLessThan(120);
  });
});
