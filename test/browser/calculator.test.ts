/**
 * The Erlang calculator and the printable report in headless Chromium: the calculator opens
 * from the header and from `?view=calculator`, answers as the inputs are typed, runs the
 * simulation on the worker pool (which agrees with the formulas), cancels, marks an invalid
 * input and keeps what was typed, speaks Chinese; the dashboard prints to a PDF with the
 * scenario's name, its parameters and its charts, without the editor and the buttons.
 * Screenshots and the PDF go to .tmp/screens/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness } from './harness.ts';

const { runSuite, openPage, shot, start, closePages, stop, SCREENS } = browserHarness({ portOffset: 4 });
const READY = 'cc-erlang-calculator #calc-simulate';
const CALC = 'cc-erlang-calculator';
const status = (page: Page) => page.locator(`${CALC} #calc-status`).textContent();

/** Every simulated cell of the answers: its formula value, mean and half-width. */
async function simulatedCells(page: Page) {
  return page.locator(`${CALC} td.simulated`).evaluateAll((cells) =>
    cells.map((c) => ({
      row: `${c.closest('table')?.id}/${c.closest('tr')?.dataset.row}`,
      formula: Number(c.getAttribute('data-formula')),
      mean: Number(c.getAttribute('data-mean')),
      halfWidth: Number(c.getAttribute('data-half-width')),
      agrees: c.querySelector('.agree') !== null,
    })),
  );
}

describe.runIf(runSuite)('Erlang calculator in Chromium', () => {
  beforeAll(start, 120_000);
  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });
  afterAll(stop);

  it('opens from the header, computes, and the simulation agrees with the formulas', async () => {
    const { page } = await openPage();
    await page.locator('#calculator-link').click();
    await page.locator(READY).waitFor();
    expect(page.url()).toContain('view=calculator');
    expect(await page.locator('#calculator-link').getAttribute('aria-current')).toBe('page');
    // The defaults: 300 calls/h × 240 s = 20 Erlangs on 23 seats.
    expect(await page.locator(`${CALC} #calc-load`).textContent()).toContain('20.00 Erlangs');
    expect(await page.locator(`${CALC} #calc-c tr[data-row="probWait"] td.formula`).textContent()).toMatch(/^\d+\.\d%$/);
    // Typing changes the answer at once.
    const before = await page.locator(`${CALC} #calc-c tr[data-row="serviceLevel"] td.formula`).textContent();
    await page.locator(`${CALC} #calc-seats`).fill('25');
    await expect.poll(() => page.locator(`${CALC} #calc-c tr[data-row="serviceLevel"] td.formula`).textContent()).not.toBe(before);
    // Keyboard: the Simulate button is reached and pressed with the keyboard.
    await page.locator(`${CALC} #calc-simulate`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page), { timeout: 90_000 }).toMatch(/^Simulation done in/);
    const cells = await simulatedCells(page);
    expect(cells.map((c) => c.row)).toEqual(['calc-b/blocking', 'calc-c/probWait', 'calc-c/meanWait', 'calc-c/serviceLevel', 'calc-c/occupancy', 'calc-a/abandonment', 'calc-a/probWait', 'calc-a/serviceLevel', 'calc-a/meanWaitServed']);
    for (const c of cells) {
      expect(Number.isFinite(c.mean), c.row).toBe(true);
      expect(c.halfWidth, c.row).toBeGreaterThan(0);
      expect(Math.abs(c.mean - c.formula), c.row).toBeLessThanOrEqual(3 * c.halfWidth + (c.row.includes('Wait') && !c.row.includes('prob') ? 0.5 : 1e-3));
      expect(c.agrees, c.row).toBe(true);
    }
    expect(await page.locator(`${CALC} #calc-c tr[data-row="serviceLevel"] td.simulated`).textContent()).toMatch(/\d+\.\d% ± \d+\.\d/);
    await shot(page, 'calculator-en');
    // A change of input marks the simulation's answer as stale.
    await page.locator(`${CALC} #calc-targetSeconds`).fill('30');
    await expect.poll(() => status(page)).toBe('The inputs have changed: simulate again.');
    expect(await page.locator(`${CALC} #calc-c tr[data-row="serviceLevel"] td.simulated`).textContent()).toContain('—');
  });

  it('marks an invalid input with its field and range, keeps what was typed, and cancels a simulation', async () => {
    const { page } = await openPage({ path: '?view=calculator', ready: READY });
    const seats = page.locator(`${CALC} #calc-seats`);
    await seats.fill('12.5x');
    expect(await page.locator(`${CALC} #calc-seats-error`).textContent()).toBe('Seats must be a whole number ≥ 1 and ≤ 2000 (seats)');
    expect(await seats.getAttribute('aria-invalid')).toBe('true');
    expect(await seats.inputValue()).toBe('12.5x');
    expect(await page.locator(`${CALC} #calc-invalid`).isVisible()).toBe(true);
    await page.locator(`${CALC} #calc-patienceSeconds`).fill('0');
    expect(await page.locator(`${CALC} #calc-patienceSeconds-error`).textContent()).toContain('Mean patience (Erlang A) must be a number ≥ 1');
    await shot(page, 'calculator-invalid-en');
    await seats.fill('21');
    await page.locator(`${CALC} #calc-patienceSeconds`).fill('120');
    expect(await seats.getAttribute('aria-invalid')).toBe('false');
    // Load 20 on 20 seats: no Erlang C steady state; B and A still answer.
    await seats.fill('20');
    expect(await page.locator(`${CALC} #calc-c-unstable`).isVisible()).toBe(true);
    // A heavy load (half a day of 20 000 calls an hour per replication) to cancel.
    await page.locator(`${CALC} #calc-callsPerHour`).fill('20000');
    await page.locator(`${CALC} #calc-handleSeconds`).fill('100');
    await page.locator(`${CALC} #calc-seats`).fill('600');
    await page.locator(`${CALC} #calc-simulate`).click();
    await page.locator(`${CALC} #calc-cancel`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Simulation cancelled.');
    // Focus moves from the Cancel button, now gone, to Simulate.
    await expect.poll(() => page.evaluate(() => document.querySelector('cc-app')?.shadowRoot?.querySelector('cc-erlang-calculator')?.shadowRoot?.activeElement?.id)).toBe('calc-simulate');
    expect(await page.locator(`${CALC} #calc-simulate`).isEnabled()).toBe(true);
  });

  it('speaks Chinese', async () => {
    const { page } = await openPage({ lang: 'zh', path: '?view=calculator', ready: READY });
    expect(await page.locator(`${CALC} #calc-title`).textContent()).toBe('Erlang 计算器');
    expect(await page.locator('#calculator-link').textContent()).toBe('Erlang 计算器');
    expect(await page.locator(`${CALC} #calc-b caption`).textContent()).toContain('线路数 = 坐席数');
    await page.locator(`${CALC} #calc-seats`).fill('0');
    expect(await page.locator(`${CALC} #calc-seats-error`).textContent()).toBe('坐席数须为 1 至 2000 之间的整数（个）');
    await shot(page, 'calculator-zh-invalid');
    await page.locator(`${CALC} #calc-seats`).fill('23');
    await page.locator(`${CALC} #calc-simulate`).click();
    await expect.poll(() => status(page), { timeout: 90_000 }).toMatch(/^模拟完成/);
    await shot(page, 'calculator-zh');
  });
});

/** Runs the bundled scenario named `entry` for 2 replications of 3 days and waits until it is done. */
async function runScenario(page: Page, entry: RegExp) {
  await page.locator('cc-scenario-library label.entry', { hasText: entry }).click();
  await page.locator('cc-run-controls #replications').fill('2');
  await page.locator('cc-run-controls #days').fill('3');
  await page.locator('cc-run-controls #run').click();
  await expect.poll(() => page.locator('cc-run-controls #status').textContent(), { timeout: 90_000 }).toMatch(/^(Done in|完成)/);
  // Every chart drawn (they are drawn one at a time after the results arrive).
  await expect.poll(() => page.locator('cc-dashboard cc-chart-panel[data-chart="heatmap"] svg').count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

/** Prints the page to a PDF in .tmp/screens/, and its pages to PNGs when poppler-utils is installed; returns its text (or undefined) and size. */
async function printPdf(page: Page, name: string) {
  const path = join(SCREENS, `${name}.pdf`);
  const pdf = await page.pdf({ path, format: 'A4', printBackground: true });
  const hasPoppler = existsSync('/usr/bin/pdftotext');
  const pdfText = hasPoppler ? execFileSync('pdftotext', ['-layout', path, '-']).toString() : undefined;
  if (existsSync('/usr/bin/pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '60', path, join(SCREENS, name)]);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { pdfText, pages, bytes: pdf.length };
}

describe.runIf(runSuite)('printable report in Chromium', () => {
  beforeAll(start, 120_000);
  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });
  afterAll(stop);

  it('prints the dashboard as a report: scenario, parameters, settings, figures and charts, without the editor and buttons', async () => {
    const { page } = await openPage();
    const button = page.locator('cc-print-report #print-report');
    expect(await button.isDisabled()).toBe(true);
    await runScenario(page, /Major overseas incident/);
    expect(await button.isEnabled()).toBe(true);
    // The button opens the browser's Print dialog.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await button.click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    // On screen the report's lines are hidden; on paper the page's controls are.
    expect(await page.locator('cc-print-report #report').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('cc-print-report #report').isVisible()).toBe(true);
    for (const hidden of ['header', 'cc-scenario-editor', 'cc-scenario-library', 'cc-run-controls', '#print-report', 'cc-dashboard .exports', 'cc-dashboard cc-chart-panel .export']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const name = (await page.locator('cc-print-report #report-name').textContent()) ?? '';
    expect(name).toMatch(/^Major overseas incident/);
    expect(await page.locator('cc-print-report #report-settings tr[data-row="seed"] td').textContent()).toBe('12308');
    expect(await page.locator('cc-print-report #report-settings tr[data-row="replications"] td').textContent()).toBe('2');
    expect(await page.locator('cc-print-report #report-parameters tr[data-row="standby"] td').textContent()).toMatch(/^\d+, called in after/);
    expect(await page.locator('cc-dashboard cc-kpi-cards').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENS, 'report-print-media-en.png'), fullPage: true });
    const { pdfText, pages, bytes } = await printPdf(page, 'report-en');
    expect(bytes).toBeGreaterThan(20_000);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(15);
    if (pdfText !== undefined) {
      expect(pdfText).toContain('Major overseas incident');
      expect(pdfText).toContain('Key parameters and assumptions');
      expect(pdfText).toContain('Seed and run settings');
      expect(pdfText).not.toContain('Print report');
      expect(pdfText).not.toContain('Pick or edit a scenario');
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints in Chinese', async () => {
    const { page } = await openPage({ lang: 'zh' });
    await runScenario(page, /重大/);
    expect(await page.locator('cc-print-report #print-report').textContent()).toBe('打印报告');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('cc-print-report #report h1').textContent()).toBe('12308 领事保护热线容量模拟 · 报告');
    const { pdfText, pages } = await printPdf(page, 'report-zh');
    expect(pages).toBeGreaterThanOrEqual(3);
    if (pdfText !== undefined) {
      expect(pdfText).toContain('主要参数与假设');
      expect(pdfText).toContain('随机种子');
    }
  });
});
