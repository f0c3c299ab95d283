/**
 * Resolves the dashboard's fonts before it shows text in them. Chrome on Linux asks the
 * browser process, by a synchronous message, how to render each new font size and weight
 * (a "strike"); on a loaded machine each answer took 10–140 ms, and the dashboard's first
 * layouts, with a dozen new strikes (its cards, and chart text at the charts' scale), made
 * main-thread tasks of 100–280 ms during the first run in a page (Chrome trace:
 * FontCache::GetFontPlatformData, WebSandboxSupportLinux::GetWebFontRenderStyleForStrike).
 * Measuring a little text in each on a canvas asks the same questions, one strike a task,
 * ahead of time. Elsewhere it costs a few quick tasks.
 */
import { CHART_FONT, CHART_FONT_SIZE } from '../../charts/palette.ts';

/** The page's font stack for HTML text (theme.ts and the dashboard's own). */
const UI_FONT = CHART_FONT;
/**
 * Weights and sizes (px) of the dashboard's HTML text: cards, headings, labels (as the
 * dashboard showed them in Chrome, at the default 16 px root size).
 */
const UI_STRIKES = ['400 12', '400 13.6', '600 12.8', '600 13.6', '600 17.6', '650 25.6', '700 12.8', '700 15.2', '700 17.55', '700 19.2', '700 20.8'];
/** Sizes (in chart units) and styles of chart text (time-series-chart.ts, wait-time-chart.ts, funnel-chart.ts, heatmap-chart.ts). */
const CHART_SIZES = [10, CHART_FONT_SIZE, 13];
const CHART_STYLES = ['400', '600', 'italic 400'];

/** Text whose glyphs the dashboard shows: Latin, figures and signs, and Chinese in Chinese. */
function sample(lang: string): string {
  return `Aa0123456789 %:–—…·≥≤×${lang === 'zh' ? ' 等待接通率坐席呼叫' : ''}`;
}

const primed = new Set<string>();

/** Measures `text` in each font in turn, each in a task of its own (a font primed once is not primed again). */
async function prime(fonts: readonly string[], text: string): Promise<void> {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return;
  for (const font of fonts) {
    const key = `${font}|${text}`;
    if (primed.has(key)) continue;
    primed.add(key);
    await new Promise((resolve) => setTimeout(resolve, 0));
    context.font = font;
    context.measureText(text);
  }
}

/** The dashboard's HTML text, at every size and weight it uses (before the dashboard appears: when the page opens). */
export function primeDashboardText(lang: string): Promise<void> {
  return prime(
    UI_STRIKES.map((strike) => `${strike}px ${UI_FONT}`),
    sample(lang),
  );
}

/** A chart about to be drawn: its SVG's width on screen (px) and in chart units (its viewBox). */
export interface ChartScale {
  readonly px: number;
  readonly units: number;
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Chart text, drawn in SVGs scaled to their panels: the strike is the scaled size, and an
 * SVG's text resolves its fonts in its own way (a canvas at the same size does not answer
 * for it), so each size is laid out once in a hidden SVG of the same scale, one a task,
 * outside the dashboard.
 */
export async function primeChartText(charts: readonly ChartScale[], lang: string): Promise<void> {
  if (typeof document === 'undefined' || !document.body) return;
  const text = sample(lang);
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  Object.assign(probe.style, { position: 'absolute', left: '0', top: '0', width: '0', height: '0', overflow: 'hidden', visibility: 'hidden', pointerEvents: 'none' });
  document.body.append(probe);
  try {
    for (const { px, units } of charts) {
      const svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('viewBox', `0 0 ${units} 40`);
      svg.setAttribute('width', String(px));
      svg.setAttribute('height', String((40 * px) / units));
      svg.setAttribute('font-family', CHART_FONT);
      probe.append(svg);
      for (const size of CHART_SIZES) {
        for (const style of CHART_STYLES) {
          const key = `svg ${style} ${size} ${px}/${units}|${text}`;
          if (primed.has(key)) continue;
          primed.add(key);
          await new Promise((resolve) => setTimeout(resolve, 0));
          const label = document.createElementNS(SVG, 'text');
          label.setAttribute('font-size', String(size));
          const [italic, weight] = style.startsWith('italic ') ? [true, style.slice(7)] : [false, style];
          label.setAttribute('font-weight', weight);
          if (italic) label.setAttribute('font-style', 'italic');
          label.setAttribute('y', '20');
          label.textContent = text;
          svg.append(label);
          // Lays the text out now, in this task.
          label.getComputedTextLength();
        }
      }
    }
  } finally {
    probe.remove();
  }
}
