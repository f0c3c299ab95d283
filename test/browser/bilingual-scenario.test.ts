/**
 * A scenario's name and description in the page's language, in headless Chromium: the
 * library's cards, the editor's fields for both languages, and the printed report; an older
 * file without a Chinese version falls back to its English text. Screenshots go to .tmp/screens/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundled, bundledJson } from '../support/scenarios.ts';
import { browserHarness } from './harness.ts';

const { runSuite, openPage, shot, start, closePages, stop } = browserHarness({ portOffset: 7 });

describe.runIf(runSuite)('scenario name and description in the page language', () => {
  beforeAll(start, 120_000);
  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });
  afterAll(stop);

  const baseline = bundled('baseline');
  const incident = bundled('major-incident');

  it('shows the Chinese name and description in the library, the editor and the printed report', async () => {
    const { page } = await openPage({ lang: 'zh' });
    const card = (id: string) => page.locator(`cc-scenario-library .card[data-id="${id}"]`);
    expect(await card('baseline').locator('.name').textContent()).toBe(baseline.nameZh);
    expect(await card('major-incident').locator('.name').textContent()).toBe(incident.nameZh);
    await card('major-incident').locator('details summary').click();
    expect(await card('major-incident').locator('details p').textContent()).toBe(incident.descriptionZh);
    expect(await card('major-incident').locator('details p').isVisible()).toBe(true);
    await card('major-incident').locator('label.entry').click();
    await expect.poll(() => page.locator('cc-scenario-library input[value="major-incident"]').isChecked()).toBe(true);
    // Expanding the description did not pick the scenario; the label did.
    const editor = page.locator('cc-scenario-editor');
    await expect.poll(() => editor.locator('cc-field[path="nameZh"] input').inputValue()).toBe(incident.nameZh);
    expect(await editor.locator('cc-field[path="name"] input').inputValue()).toBe(incident.name);
    expect(await editor.locator('cc-field[path="descriptionZh"] textarea').inputValue()).toBe(incident.descriptionZh);
    expect(await editor.locator('cc-field[path="description"] textarea').inputValue()).toBe(incident.description);
    await shot(page, 'bilingual-scenario-zh');
    await editor.locator('cc-field[path="nameZh"]').scrollIntoViewIfNeeded();
    await shot(page, 'bilingual-scenario-editor-zh');
    // Edited in the editor, the library's working line and the report follow.
    await editor.locator('cc-field[path="nameZh"] input').fill('苏丹撤离（测试）');
    await page.locator('cc-run-controls #replications').fill('1');
    await page.locator('cc-run-controls #days').fill('2');
    await page.locator('cc-run-controls #run').click();
    await expect.poll(() => page.locator('cc-run-controls #status').textContent(), { timeout: 90_000 }).toMatch(/^完成/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('cc-print-report #report-name').textContent()).toBe('苏丹撤离（测试）');
    expect(await page.locator('cc-print-report #report-description').textContent()).toBe(incident.descriptionZh);
    await page.emulateMedia({ media: 'screen' });
  }, 120_000);

  it('shows English on the English page, and an older file without a Chinese version in English on the Chinese page', async () => {
    const en = await openPage({ lang: 'en' });
    expect(await en.page.locator('cc-scenario-library .card[data-id="baseline"] .name').textContent()).toBe(baseline.name);
    expect(await en.page.locator('cc-scenario-library .card[data-id="baseline"] details p').textContent()).toBe(baseline.description);

    const { page } = await openPage({ lang: 'zh' });
    const old = bundledJson('baseline');
    delete old.nameZh;
    delete old.descriptionZh;
    old.name = 'Old file (English only)';
    await page.locator('cc-scenario-library #import').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
    const editor = page.locator('cc-scenario-editor');
    await expect.poll(() => editor.locator('cc-field[path="name"] input').inputValue()).toBe('Old file (English only)');
    expect(await editor.locator('cc-field[path="nameZh"] input').inputValue()).toBe('');
    expect(await editor.locator('cc-field[path="nameZh"] input[aria-invalid="true"]').count()).toBe(0);
  });
});
