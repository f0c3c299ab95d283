/**
 * The legend of a chart: items laid out in rows that fit the chart's width, each a swatch
 * (a line, dashed for targets or dashed series, or a shaded box for the warm-up) and a label.
 */
import { svg, type TemplateResult } from 'lit';
import { approxTextWidth } from './format.ts';
import { CHART_FONT_SIZE, INK } from './palette.ts';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly dashed: boolean;
  readonly x: number;
  readonly y: number;
  /** 'line' for a series, 'target' for a target line, 'warmup' for the shaded warm-up, 'tick' for event ticks. */
  readonly kind: 'line' | 'target' | 'warmup' | 'tick';
}

/** Height of a legend row, in px. */
const LEGEND_ROW = 16;

/** Lays legend items out in rows within `width`, starting at (x0, y0). */
export function layoutLegend(
  items: readonly Omit<LegendItem, 'x' | 'y'>[],
  x0: number,
  y0: number,
  width: number,
): { items: LegendItem[]; height: number } {
  const out: LegendItem[] = [];
  let x = x0;
  let y = y0;
  for (const item of items) {
    const w = 22 + approxTextWidth(item.label, CHART_FONT_SIZE) + 14;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += LEGEND_ROW;
    }
    out.push({ ...item, x, y });
    x += w;
  }
  return { items: out, height: items.length ? y - y0 + LEGEND_ROW : 0 };
}

/** A legend swatch: a short line (dashed for targets or dashed series) or a shaded box for the warm-up. */
export function legendSwatch(item: LegendItem): TemplateResult {
  const cy = item.y + 6;
  if (item.kind === 'tick') return svg`<path d="M${item.x + 3} ${item.y + 11}V${item.y + 3}M${item.x + 9} ${item.y + 11}V${item.y}M${item.x + 15} ${item.y + 11}V${item.y + 5}" stroke=${item.color} stroke-width="2"></path>`;
  if (item.kind === 'warmup') return svg`<rect x=${item.x} y=${item.y} width="18" height="11" fill=${INK.warmup} fill-opacity="0.08" stroke=${INK.frame} stroke-width="0.5"></rect>`;
  return svg`<line x1=${item.x} x2=${item.x + 18} y1=${cy} y2=${cy} stroke=${item.color} stroke-width=${item.kind === 'target' ? 1.5 : 2.5}
    stroke-dasharray=${item.dashed ? (item.kind === 'target' ? '2 3' : '5 3') : 'none'}></line>`;
}

export function renderLegend(items: readonly LegendItem[]): TemplateResult {
  return svg`<g class="legend">${items.map(
    (item) => svg`${legendSwatch(item)}<text x=${item.x + 22} y=${item.y + 10} fill=${INK.text}>${item.label}</text>`,
  )}</g>`;
}
