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
    await page.locator(`${CALC} #calc-cancel`).click();
    await expect.poll(() => status(page)).toBe('Simulation cancelled.');
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

export { existsSync, execFileSync, join, writeFileSync, SCREENS };
