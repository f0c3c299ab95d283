/**
 * The planner's page in headless Chromium: the built app served by `vite preview`, driven
 * with playwright-core through Debian's /usr/bin/chromium. Screenshots go to .tmp/screens/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runReplications } from '../../models/replications.ts';
import { bundled } from '../support/scenarios.ts';
import { browserHarness } from './harness.ts';

const { URL_ROOT, SCREENS, runSuite, LONG_TASK_LIMIT_MS, openPage, shot, start, closePages, stop } = browserHarness({ portOffset: 0 });

/** Types into the input labelled `label` inside the field at JSON path `path`. */
function field(page: Page, path: string) {
  return page.locator(`cc-field[path="${path}"] input`).first();
}

describe.runIf(runSuite)('the planner’s page in Chromium', () => {
  beforeAll(start, 120_000);

  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });

  afterAll(stop);

  it('opens on the baseline scenario under a CSP without unsafe-eval', async () => {
    const { page } = await openPage();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("script-src 'self'");
    await expect.poll(() => page.locator('cc-scenario-library input[value="baseline"]').isChecked()).toBe(true);
    expect(await field(page, 'name').inputValue()).toBe('12308 baseline (2025 volume)');
    await shot(page, '01-opened');
  });

  it('picks a scenario, changes a value, runs, and fills the cards and charts', async () => {
    const { page } = await openPage();
    await page.locator('cc-scenario-library label.entry', { hasText: 'Major overseas incident' }).click();
    await expect.poll(() => field(page, 'name').inputValue()).toMatch(/^Major overseas incident/);
    await page.getByRole('tab', { name: 'Standby' }).click();
    await field(page, 'standby.seats').fill('25');
    await page.locator('cc-run-controls #replications').fill('4');
    await page.locator('cc-run-controls #days').fill('4');
    await page.locator('cc-run-controls #run').click();
    await expect.poll(() => page.locator('cc-run-controls #status').textContent(), { timeout: 60_000 }).toMatch(/^Done in/);
    expect(await page.locator('cc-run-controls #progress-replications').textContent()).toBe('4 / 4 replications');
    const cards = page.locator('cc-dashboard cc-kpi-cards li[data-card]');
    expect(await cards.count()).toBeGreaterThan(5);
    // The charts are drawn one a task after the results (and rest during a run): wait for them.
    const charts = page.locator('cc-dashboard cc-chart-panel svg');
    await expect.poll(() => charts.count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator('cc-dashboard cc-chart-panel svg path').count()).toBeGreaterThan(5);
    await shot(page, '02-run-done');
    await page.locator('cc-dashboard').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, '02b-run-done-full.png'), fullPage: true });
  });

  it('shows the first results of a one-week baseline run within about a second, without long main-thread tasks', async () => {
    const { page } = await openPage();
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    await page.locator('cc-run-controls #days').fill('7');
    const clicked = Date.now();
    await page.locator('cc-run-controls #run').click();
    await page.locator('cc-dashboard cc-kpi-cards li[data-card]').first().waitFor({ timeout: 30_000 });
    const seenMs = Date.now() - clicked;
    await expect.poll(() => page.locator('cc-run-controls #status').textContent(), { timeout: 60_000 }).toMatch(/^Done in/);
    const inPageMs = Number(await page.locator('cc-app').getAttribute('data-first-result-ms'));
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.info(`first partial result: ${inPageMs} ms in the page (${seenMs} ms seen by the test); long tasks during the run: ${JSON.stringify(longTasks)}`);
    expect(inPageMs).toBeGreaterThan(0);
    expect(inPageMs).toBeLessThan(5000);
    // The goal is no task over 50 ms (see LONG_TASK_LIMIT_MS for the margin).
    const over = longTasks.filter((ms) => ms > 50);
    if (over.length) console.warn(`main-thread tasks over 50 ms during the run: ${over.join(', ')} ms`);
    expect(Math.max(0, ...longTasks)).toBeLessThan(LONG_TASK_LIMIT_MS);
  });

  it('runs 100 one-week replications on every core faster than one thread of the command line, without long main-thread tasks', async () => {
    const cores = await (async () => {
      const { page } = await openPage();
      return page.evaluate(() => navigator.hardwareConcurrency);
    })();
    // The figure to beat: the same replications on one thread, the command line's way, here;
    // measured before and after the page's run (the machine's load drifts), wall-clock and CPU time.
    const oneThread = () => {
      const [t0, cpu0] = [performance.now(), process.cpuUsage()];
      runReplications(bundled('baseline'), { seed: 12308, replications: 100, days: 7 });
      const cpu = process.cpuUsage(cpu0);
      return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
    };
    const before = oneThread();
    const { page } = await openPage();
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    await page.locator('cc-run-controls #replications').fill('100');
    await page.locator('cc-run-controls #days').fill('7');
    // Run once the workers started at page open have compiled the model, as a planner who
    // reads the page first would (a Run before that stops the warm-up and runs colder).
    await expect.poll(() => page.locator('cc-app').getAttribute('data-workers-warm-ms'), { timeout: 30_000 }).toMatch(/^\d+$/);
    console.info(`workers warm ${await page.locator('cc-app').getAttribute('data-workers-warm-ms')} ms after the page opened`);
    // The renderer's side, from Chrome: its main thread's busy (wall-clock) time, and the CPU
    // time of the main thread and of the whole renderer (main thread, workers, V8's threads).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const renderer = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => 1000 * (metrics.find((m) => m.name === name)?.value ?? NaN);
      return { busy: get('TaskDuration'), mainCpu: get('ThreadTime'), processCpu: get('ProcessTime') };
    };
    const runs: { ms: number; mainCpu: number; processCpu: number; breakdown: string }[] = [];
    const runInPage = async () => {
      const start = await renderer();
      await page.locator('cc-run-controls #run').click();
      await expect.poll(() => page.locator('cc-run-controls #status').textContent(), { timeout: 120_000 }).toMatch(/^Done in/);
      const end = await renderer();
      const ms = 1000 * Number((await page.locator('cc-run-controls #status').textContent())!.match(/Done in ([\d.]+) s/)![1]);
      const run = { ms, mainCpu: end.mainCpu - start.mainCpu, processCpu: end.processCpu - start.processCpu, breakdown: (await page.locator('cc-app').getAttribute('data-run-breakdown')) ?? '' };
      runs.push(run);
      console.info(
        `page run ${ms} ms: main thread busy ${Math.round(end.busy - start.busy)} ms, CPU ${Math.round(run.mainCpu)} ms; ` +
          `renderer CPU ${Math.round(run.processCpu)} ms; breakdown ${run.breakdown}`,
      );
      return ms;
    };
    // A second run only if the first was slow: a busy machine can hold up one run.
    let pageMs = await runInPage();
    if (pageMs >= before.ms) pageMs = Math.min(pageMs, await runInPage());
    const after = oneThread();
    const oneThreadMs = (before.ms + after.ms) / 2;
    const oneThreadCpuMs = (before.cpuMs + after.cpuMs) / 2;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const mainCpu = runs[0]!.mainCpu;
    console.info(
      `100 one-week replications: ${pageMs} ms in the page on ${cores} worker(s), ${Math.round(oneThreadMs)} ms on one thread in Node ` +
        `(${Math.round(before.ms)} before, ${Math.round(after.ms)} after; CPU ${Math.round(oneThreadCpuMs)} ms): ratio ${(pageMs / oneThreadMs).toFixed(2)}; ` +
        `page main-thread CPU ${Math.round(mainCpu)} ms (${(mainCpu / oneThreadCpuMs).toFixed(2)} of Node's CPU), renderer CPU ${Math.round(runs[0]!.processCpu)} ms; ` +
        `longest task ${Math.max(0, ...longTasks)} ms, long tasks ${JSON.stringify(longTasks)}`,
    );
    expect(await page.locator('cc-run-controls #progress-replications').textContent()).toBe('100 / 100 replications');
    // With two cores or more the page must beat one thread (the goal is 0.8 of it; on an idle
    // 2-core machine it takes about half); the margin is for a loaded machine, whose load
    // moves wall-clock times by ±30% from one run to the next.
    if (cores >= 2) expect(pageMs).toBeLessThan(1.2 * oneThreadMs);
    // CPU time does not move with the load: the page's main thread leaves the cores to the
    // workers (about 0.2 of the replications' own CPU time; 0.4 when the charts redrew without pause).
    expect(mainCpu).toBeLessThan(0.3 * oneThreadCpuMs);
    expect(Math.max(0, ...longTasks)).toBeLessThan(LONG_TASK_LIMIT_MS);
  }, 180_000);

  it('gives the same numbers as the command line for the same seed', async () => {
    const { page } = await openPage();
    await page.locator('cc-run-controls #replications').fill('3');
    await page.locator('cc-run-controls #seed').fill('2026');
    await page.locator('cc-run-controls #days').fill('2');
    await page.locator('cc-run-controls #run').click();
    await expect.poll(() => page.locator('cc-run-controls #status').textContent(), { timeout: 60_000 }).toMatch(/^Done in/);
    const downloading = page.waitForEvent('download');
    await page.locator('cc-dashboard .exports button', { hasText: 'JSON' }).click();
    const file = await (await downloading).path();
    const inBrowser = JSON.parse(readFileSync(file, 'utf8')).summary;
    const inNode = runReplications(bundled('baseline'), { seed: 2026, replications: 3, days: 2 }).summary;
    // To the last bit: JSON keeps doubles exactly (NaN, "no value", becomes null on both sides).
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)));
  });

  it('cancels a run at once', async () => {
    const { page } = await openPage();
    await page.locator('cc-run-controls #replications').fill('50');
    await page.locator('cc-run-controls #run').click();
    await expect.poll(() => page.locator('cc-run-controls [role="progressbar"]').getAttribute('aria-valuenow')).not.toBe('0');
    await page.locator('cc-run-controls #cancel').click();
    await expect.poll(() => page.locator('cc-run-controls #status').textContent()).toMatch(/^Cancelled \(\d+ of 50 replications done\)/);
    const progress = await page.locator('cc-run-controls #progress-days').textContent();
    await page.waitForTimeout(1500);
    expect(await page.locator('cc-run-controls #progress-days').textContent()).toBe(progress);
    expect(await page.locator('cc-run-controls #cancel').isDisabled()).toBe(true);
    expect(await page.locator('cc-run-controls #run').isEnabled()).toBe(true);
    await shot(page, '03-cancelled');
  });

  it('shows an invalid value inline with the field and its range, keeps the text, and blocks the run', async () => {
    const { page } = await openPage();
    await page.getByRole('tab', { name: 'Standby' }).click();
    const seats = field(page, 'standby.seats');
    await seats.fill('2O');
    const error = page.locator('cc-field[path="standby.seats"] .error');
    await expect.poll(() => error.textContent()).toContain('expected a whole number from 0 to 2,000');
    expect(await error.textContent()).toContain('standby.seats: expected a whole number from 0 to 2000, got "2O"');
    expect(await seats.getAttribute('aria-invalid')).toBe('true');
    expect(await seats.getAttribute('aria-describedby')).toContain('err');
    expect(await seats.inputValue()).toBe('2O');
    expect(await page.locator('cc-run-controls #run').isDisabled()).toBe(true);
    expect(await page.locator('cc-run-controls #reason').textContent()).toContain('1 problem');
    expect(await page.locator('cc-scenario-editor .problems li').first().textContent()).toContain('Standby seats');
    expect(await page.getByRole('tab', { name: /Standby/ }).textContent()).toContain('1');
    await page.locator('cc-run-controls #seed').fill('-5');
    expect(await page.locator('cc-run-controls #seed-err').textContent()).toContain('expected a whole number from 0');
    await shot(page, '04-invalid');
    // The problem list leads to the field, from any tab.
    await page.getByRole('tab', { name: 'Targets' }).click();
    await page.locator('cc-scenario-editor .problems li button').first().click();
    await expect.poll(() => page.getByRole('tab', { name: /Standby/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => seats.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    // Undo (Ctrl+Z) brings back the valid value.
    await seats.press('Control+z');
    await expect.poll(() => seats.inputValue()).toBe('20');
    expect(await seats.getAttribute('aria-invalid')).toBe('false');
  });

  it('exports the working scenario as a JSON file', async () => {
    const { page } = await openPage();
    await field(page, 'name').fill('Exported plan');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('cc-scenario-library #export').click()]);
    expect(download.suggestedFilename()).toBe('exported-plan.json');
    const file = await download.path();
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name: string; frontDesk: { seats: number } };
    expect(json.name).toBe('Exported plan');
    expect(json.frontDesk.seats).toBe(20);
  });

  it('imports a file as data only: a broken one leaves the working scenario alone', async () => {
    const { page } = await openPage();
    const input = page.locator('cc-scenario-library #import');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "name": "<img src=x onerror=alert(1)>", "frontDesk": {"seats": -1}}') });
    const alert = page.locator('cc-app [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('“broken.json” was not imported');
    expect(await alert.textContent()).toContain('Front-desk seats');
    expect(await field(page, 'name').inputValue()).toBe('12308 baseline (2025 volume)');
    await shot(page, '05-import-broken');
    const incident = readFileSync('scenarios/major-incident.json');
    await input.setInputFiles({ name: 'incident.json', mimeType: 'application/json', buffer: incident });
    await expect.poll(() => field(page, 'name').inputValue()).toMatch(/^Major overseas incident/);
  });

  it('restores the autosaved scenario after a reload', async () => {
    const { page } = await openPage();
    await field(page, 'name').fill('My working plan');
    await page.getByRole('tab', { name: 'Standby' }).click();
    await field(page, 'standby.seats').fill('abc');
    await page.waitForTimeout(700);
    await page.reload();
    await page.locator('cc-scenario-editor [role="tab"]').first().waitFor();
    expect(await field(page, 'name').inputValue()).toBe('My working plan');
    expect(await page.locator('cc-app [role="status"]').first().textContent()).toContain('Restored the scenario');
    await page.getByRole('tab', { name: /Standby/ }).click();
    expect(await field(page, 'standby.seats').inputValue()).toBe('abc');
    expect(await page.locator('cc-run-controls #run').isDisabled()).toBe(true);
  });

  it('tells the planner when the browser refuses to save, in either language, until a save works', async () => {
    const { page } = await openPage();
    // From the next load on, localStorage refuses to store while window.refuseStorage is set, as a full one does.
    await page.addInitScript(() => {
      const w = window as unknown as { refuseStorage: boolean };
      w.refuseStorage = true;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (w.refuseStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.reload();
    await page.locator('cc-scenario-editor [role="tab"]').first().waitFor();
    const notice = page.locator('cc-app #save-refused');
    expect(await notice.count()).toBe(0);
    await field(page, 'name').fill('Unsaved plan');
    await expect.poll(() => notice.textContent(), { timeout: 5000 }).toContain('your edits are kept in this tab only');
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('Export JSON');
    expect(await field(page, 'name').inputValue()).toBe('Unsaved plan');
    await shot(page, '10-save-refused-en');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => notice.textContent()).toContain('您的修改只保留在此标签页中');
    await shot(page, '11-save-refused-zh');
    // The notice offers the way out: Export.
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button').click()]);
    expect(download.suggestedFilename()).toBe('unsaved-plan.json');
    // A save that works clears it.
    await page.evaluate(() => ((window as unknown as { refuseStorage: boolean }).refuseStorage = false));
    await field(page, 'name').fill('Saved plan');
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('cc12308.working-scenario.v1'))).toContain('Saved plan');
  });

  it('shares the scenario in a link, and reports a broken link without touching the working scenario', async () => {
    const { page } = await openPage();
    await field(page, 'name').fill('Shared plan');
    await page.locator('cc-scenario-library #share').click();
    const link = await page.locator('cc-scenario-library #share-url').inputValue();
    expect(link).toMatch(new RegExp(`^${URL_ROOT}#scenario=[A-Za-z0-9_-]+$`));
    await field(page, 'name').fill('Edited after sharing');
    await page.waitForTimeout(600);
    await page.goto(link);
    await expect.poll(() => field(page, 'name').inputValue()).toBe('Shared plan');
    expect(page.url()).toBe(URL_ROOT);
    await page.goto(`${URL_ROOT}#scenario=AAAA${link.slice(-20)}`);
    const alert = page.locator('cc-app [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('The share link is damaged');
    expect(await field(page, 'name').inputValue()).toBe('Shared plan');
  });

  it('switches to Chinese, translates labels and errors, and remembers the choice', async () => {
    const { page } = await openPage();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('tab', { name: '备用坐席' }).click();
    expect(await page.locator('cc-run-controls #run').textContent()).toBe('运行');
    await field(page, 'standby.seats').fill('-1');
    await expect.poll(() => page.locator('cc-field[path="standby.seats"] .error').textContent()).toContain('应为 0 到 2,000 之间的整数');
    expect(await page.locator('cc-scenario-editor .problems li').first().textContent()).toContain('备用坐席数');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await shot(page, '06-chinese');
    await page.reload();
    await page.locator('cc-scenario-editor [role="tab"]').first().waitFor();
    expect(await page.getByRole('tab', { name: /来电与突发/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('cc-run-controls #run').textContent()).toBe('Run');
  });

  it('edits the arrival profile and staffing in place, with a preview of load against seats', async () => {
    const { page } = await openPage();
    await page.getByRole('tab', { name: 'Front desk' }).click();
    await page.locator('cc-profile-editor select').first().selectOption('day');
    const bars = page.locator('cc-profile-editor cc-bar-editor svg');
    await bars.focus();
    for (let i = 0; i < 18; i++) await bars.press('ArrowRight');
    await bars.press('Shift+ArrowUp');
    expect(await bars.getAttribute('aria-valuetext')).toBe('09:00: 30');
    const preview = page.locator('cc-profile-editor cc-load-preview svg path.seats');
    expect(await preview.getAttribute('d')).toMatch(/^M/);
    await shot(page, '07-staffing');
    await page.getByRole('tab', { name: 'Arrivals & surges' }).click();
    const arrivalBars = page.locator('cc-profile-editor cc-bar-editor svg').first();
    await arrivalBars.scrollIntoViewIfNeeded();
    const box = await arrivalBars.boundingBox();
    if (!box) throw new Error('no bar editor');
    await page.mouse.move(box.x + box.width * (3.5 / 24), box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * (5.5 / 24), box.y + box.height * 0.2, { steps: 5 });
    await page.mouse.up();
    const weights = await page.evaluate(() => JSON.parse(localStorage.getItem('cc12308.working-scenario.v1') ?? 'null'));
    await page.waitForTimeout(600);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('cc12308.working-scenario.v1') ?? 'null') as { json: { arrivals: { hourOfDayWeights: number[] } } });
    expect(weights === null || weights !== saved).toBe(true);
    expect(saved.json.arrivals.hourOfDayWeights[5]).toBeGreaterThan(1.4);
    await shot(page, '08-arrivals');
  });

  it('edits lists, optional parts, distributions and the back office', async () => {
    const { page } = await openPage();
    await page.getByRole('tab', { name: 'Arrivals & surges' }).click();
    await page.getByRole('button', { name: 'Add one: Surges (major incidents)' }).click();
    await expect.poll(() => field(page, 'surges[0].peakMultiplier').inputValue()).toBe('10');
    expect(await page.locator('cc-scenario-editor .ok').textContent()).toContain('valid');
    await page.getByRole('tab', { name: 'IVR & lanes' }).click();
    const kind = page.locator('cc-field[path="callTypes[0].handleSeconds"] cc-duration-field select');
    await kind.selectOption('triangular');
    expect(await page.locator('cc-field[path="callTypes[0].handleSeconds"] cc-duration-field input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['300', '600', '900']);
    await page.getByRole('tab', { name: 'Back office & work orders' }).click();
    expect(await page.locator('cc-field[path="backOffice.secretaries.seats"] cc-bar-editor').count()).toBe(1);
    expect(await field(page, 'callTypes[0].afterCall.workOrderShare').inputValue()).toBe('0.4');
    await page.getByRole('tab', { name: 'Missions & notifications' }).click();
    expect(await page.locator('cc-field[path="missions.weights"] input#f-missions_weights_jp-tokyo').inputValue()).toBe('5');
    await page.getByRole('button', { name: 'Remove: Emergency notifications' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Add: Emergency notifications' }).count()).toBe(1);
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => field(page, 'notifications.targetMinutes').inputValue()).toBe('30');
    await shot(page, '09-missions');
  });

  it('can be used with the keyboard: tabs move with the arrow keys and focus is visible', async () => {
    const { page } = await openPage();
    const first = page.getByRole('tab', { name: 'Scenario & run' });
    await first.focus();
    await first.press('ArrowRight');
    const selected = page.getByRole('tab', { name: 'Arrivals & surges' });
    expect(await selected.getAttribute('aria-selected')).toBe('true');
    const outline = await selected.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    // Every input of the editor has a label.
    const unlabelled = await page.locator('cc-field input, cc-field select, cc-field textarea').evaluateAll((els) =>
      els.filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label')).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
  });

  it('warns in the editor, without blocking the run, when more seats can be on duty than there are trunk lines', async () => {
    const { page } = await openPage();
    const warning = page.locator('cc-scenario-editor p.warn[data-path="trunk.lines"]');
    expect(await warning.count()).toBe(0);
    await page.locator('cc-scenario-editor [role="tab"]', { hasText: 'IVR & lanes' }).click();
    await field(page, 'trunk.lines').fill('30');
    await expect.poll(() => warning.textContent()).toMatch(/only 30 trunk lines/);
    expect(await page.locator('cc-run-controls #run').isDisabled()).toBe(false);
  });
});
