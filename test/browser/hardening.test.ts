/**
 * The page's answers to what a new user tries: a malformed file, a long run, Cancel, the
 * keyboard after Run, a run shorter than the warm-up; and its text at a phone's width.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserHarness } from './harness.ts';

const { URL_ROOT, runSuite, openPage, shot, start, closePages, stop } = browserHarness({ portOffset: 2 });

/** The id of the element that has the focus, looking inside shadow roots. */
const focusedId = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element === document.body ? 'body' : (element?.id ?? element?.tagName ?? 'none');
  });

describe.runIf(runSuite)('the page under bad or extreme input', () => {
  beforeAll(start, 120_000);

  afterEach(async () => {
    for (const errors of await closePages()) expect(errors, 'console errors').toEqual([]);
  });

  afterAll(stop);

  it('is served with the security headers a meta tag cannot give, frame-ancestors among them', async () => {
    const { page } = await openPage();
    const response = await page.request.get(URL_ROOT);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('reports a malformed JSON file instead of failing silently', async () => {
    const { page } = await openPage();
    await page.locator('cc-scenario-library #import').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,') });
    const alert = page.locator('cc-app [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('“cut.json” was not imported');
    expect(await alert.textContent()).toContain('not valid JSON text');
    const deep = `{"version":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    await page.locator('cc-scenario-library #import').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
    await expect.poll(() => alert.textContent()).toContain('nested too deep');
  });

  it('shows the cost estimate beside Run and asks before a long run', async () => {
    const { page } = await openPage();
    await expect.poll(() => page.locator('cc-run-controls #estimate').textContent()).toMatch(/^Expect about [\d,]+ call attempts, (under a second|about \d+ seconds?)\.$/);
    await page.locator('cc-run-controls #replications').fill('100000');
    await expect.poll(() => page.locator('cc-run-controls #estimate').textContent()).toMatch(/about \d+ hours?/);
    await page.locator('cc-run-controls #run').click();
    const question = page.locator('cc-run-controls .confirm');
    await expect.poll(() => question.textContent()).toMatch(/This run should take about \d+ hours?\. Run it anyway\?/);
    await expect.poll(() => focusedId(page)).toBe('run-anyway');
    expect(await page.locator('cc-run-controls #status').textContent()).toBe('Not run yet.');
    await shot(page, '20-long-run-question');
    // Changing the settings withdraws the question.
    await page.locator('cc-run-controls #replications').fill('2');
    await expect.poll(() => question.count()).toBe(0);
  });

  it('keeps the focus on the run controls after Run, and says a cancelled run is over', async () => {
    const { page } = await openPage();
    await page.locator('cc-run-controls #replications').fill('60');
    await page.locator('cc-run-controls #run').click();
    await expect.poll(() => focusedId(page)).toBe('cancel');
    await expect.poll(() => page.locator('cc-dashboard').count()).toBe(1);
    await expect.poll(() => page.locator('cc-run-controls [role="progressbar"]').getAttribute('aria-valuenow')).not.toBe('0');
    await expect.poll(() => page.locator('cc-dashboard').evaluate((el) => (el as unknown as { replicationsDone: number }).replicationsDone), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.keyboard.press('Enter'); // Cancel has the focus
    await expect.poll(() => page.locator('cc-run-controls #status').textContent()).toMatch(/^Cancelled/);
    await expect.poll(() => focusedId(page)).toBe('run');
    const dashboard = page.locator('cc-dashboard').first();
    await expect.poll(() => dashboard.evaluate((el) => el.shadowRoot!.textContent ?? '')).toMatch(/Run cancelled: means over the \d+ of 60 replications that finished/);
    expect(await dashboard.evaluate((el) => el.shadowRoot!.textContent ?? '')).not.toContain('still coming in');
  });

  it('reaches Run from a skip link', async () => {
    const { page } = await openPage();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('skip-to-run');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('run');
  });

  it('refuses a run no longer than the warm-up, and notes a surge after the end', async () => {
    const { page } = await openPage();
    await page.locator('cc-run-controls #days').fill('0.5');
    await expect.poll(() => page.locator('cc-run-controls #days-err').textContent()).toContain('longer than the 24-hour warm-up');
    expect(await page.locator('cc-run-controls #run').isDisabled()).toBe(true);
    await page.locator('cc-scenario-library label.entry', { hasText: 'Major overseas incident' }).click();
    await page.locator('cc-run-controls #days').fill('2');
    await expect.poll(() => page.locator('cc-run-controls .note').textContent()).toBe('Surge 1 starts at hour 58, after the run ends at hour 48: it will not show in the results.');
    expect(await page.locator('cc-run-controls #run').isEnabled()).toBe(true);
  });

  it('keeps chart text readable on a phone, in Chinese', async () => {
    const { page } = await openPage({ lang: 'zh' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('cc-run-controls #replications').fill('2');
    await page.locator('cc-run-controls #days').fill('3');
    await page.locator('cc-run-controls #run').click();
    await expect.poll(() => page.locator('cc-run-controls #status').textContent(), { timeout: 60_000 }).toMatch(/^完成/);
    const chart = page.locator('cc-dashboard cc-chart-panel svg').first();
    await chart.scrollIntoViewIfNeeded();
    const smallestText = () => page.evaluate(() => {
      const sizes: number[] = [];
      const visit = (root: Document | ShadowRoot) => {
        root.querySelectorAll('svg text').forEach((t) => {
          const box = (t as SVGTextElement).getBoundingClientRect();
          if (box.height > 0 && (t.textContent ?? '').trim() !== '') sizes.push(box.height);
        });
        root.querySelectorAll('*').forEach((el) => el.shadowRoot && visit(el.shadowRoot));
      };
      visit(document);
      // No chart text at all is not readable text: 0 keeps the poll waiting.
      return sizes.length > 0 ? Math.min(...sizes) : 0;
    });
    // Rendered glyph boxes of at least 10 px: text of about 8.5 px or more, once the charts
    // have settled (a chart drawn before the dashboard's width was known is redrawn narrow).
    await expect.poll(smallestText, { timeout: 10_000 }).toBeGreaterThanOrEqual(10);
    await shot(page, '21-phone-zh-chart');
  });
});
