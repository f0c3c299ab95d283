/**
 * A sweep figure against the parameter: one line per value of the second parameter, each
 * point with its 95% interval as a band and a dot; a click (or Enter on the focused dot)
 * on a point asks for its dashboard. `sweepChartGeometry` is the pure layout;
 * `renderSweepChart` the lit svg template.
 */
import { scaleLinear } from 'd3';
import { html, svg, type TemplateResult } from 'lit';
import { valueTicks, type ValueTick } from './axis.ts';
import { approxTextWidth, isValue } from './format.ts';
import { categorical, CHART_FONT, CHART_FONT_SIZE, INK } from './palette.ts';
import { areaPath, linePath } from './path.ts';

export interface SweepChartPoint {
  /** The point's index in the sweep. */
  readonly index: number;
  readonly x: number;
  readonly mean: number;
  readonly halfWidth: number;
}

export interface SweepChartLine {
  readonly label: string;
  readonly points: readonly SweepChartPoint[];
}

export interface SweepChartInput {
  readonly lines: readonly SweepChartLine[];
  readonly width: number;
  readonly height: number;
  readonly format: (y: number) => string;
  readonly formatX: (x: number) => string;
  /** Shares: the axis runs from 0 to at most 1. */
  readonly share: boolean;
}

export interface SweepChartGeometry {
  readonly margin: { top: number; right: number; bottom: number; left: number };
  readonly xTicks: readonly ValueTick[];
  readonly yTicks: readonly ValueTick[];
  readonly lines: readonly { label: string; colour: string; path: string; band: string; dots: { index: number; cx: number; cy: number; x: number; mean: number; halfWidth: number }[] }[];
}

export function sweepChartGeometry(input: SweepChartInput): SweepChartGeometry {
  const all = input.lines.flatMap((l) => l.points);
  const xs = all.map((p) => p.x);
  const his = all.flatMap((p) => (isValue(p.mean) ? [p.mean + (isValue(p.halfWidth) ? p.halfWidth : 0)] : []));
  const los = all.flatMap((p) => (isValue(p.mean) ? [p.mean - (isValue(p.halfWidth) ? p.halfWidth : 0)] : []));
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const [xLo, xHi] = xMin === xMax ? [xMin - 1, xMax + 1] : [xMin, xMax];
  let yLo = his.length ? Math.min(0, ...los) : 0;
  let yHi = his.length ? Math.max(...his) : 1;
  if (input.share) (yLo = Math.max(0, yLo), (yHi = Math.min(1, Math.max(yHi, 0.05))));
  if (yHi <= yLo) yHi = yLo + 1;
  const y0 = scaleLinear().domain([yLo, yHi]).nice(5);
  const left = 12 + Math.max(...y0.ticks(5).map((t) => approxTextWidth(input.format(t), CHART_FONT_SIZE)));
  const margin = { top: 10, right: 16, bottom: 28, left };
  const x = scaleLinear().domain([xLo, xHi]).range([margin.left, input.width - margin.right]);
  const y = y0.range([input.height - margin.bottom, margin.top]);
  const lines = input.lines.map((line, i) => {
    const n = line.points.length;
    const px = Float64Array.from(line.points, (p) => x(p.x));
    const py = Float64Array.from(line.points, (p) => (isValue(p.mean) ? y(p.mean) : NaN));
    const hw = (p: SweepChartPoint) => (isValue(p.halfWidth) ? p.halfWidth : 0);
    const lo = Float64Array.from(line.points, (p) => (isValue(p.mean) ? y(Math.max(input.share ? 0 : -Infinity, p.mean - hw(p))) : NaN));
    const hi = Float64Array.from(line.points, (p) => (isValue(p.mean) ? y(Math.min(input.share ? 1 : Infinity, p.mean + hw(p))) : NaN));
    return {
      label: line.label,
      colour: categorical(i),
      path: linePath(px, py, n),
      band: areaPath(px, lo, hi, n),
      dots: line.points.flatMap((p, k) => (Number.isFinite(py[k]!) ? [{ index: p.index, cx: px[k]!, cy: py[k]!, x: p.x, mean: p.mean, halfWidth: p.halfWidth }] : [])),
    };
  });
  const xTickValues = [...new Set(xs)].sort((a, b) => a - b);
  const xTicks = xTickValues.length <= 8 ? xTickValues.map((v) => ({ value: v, position: x(v), label: input.formatX(v) })) : valueTicks(x, 6, input.formatX);
  return { margin, xTicks, yTicks: valueTicks(y, 5, input.format), lines };
}

/** The chart; `onPoint(index)` on a dot's click or Enter. */
export function renderSweepChart(input: SweepChartInput, title: string, pointLabel: (index: number) => string, onPoint: (index: number) => void): TemplateResult {
  const g = sweepChartGeometry(input);
  const { width, height } = input;
  const bottom = height - g.margin.bottom;
  const key = (index: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') (e.preventDefault(), onPoint(index));
  };
  return html`<svg viewBox="0 0 ${width} ${height}" width="100%" role="group" aria-label=${title} style="font: ${CHART_FONT_SIZE}px ${CHART_FONT}; max-width: ${width}px">
    ${g.yTicks.map((t) => svg`<line x1=${g.margin.left} x2=${width - g.margin.right} y1=${t.position} y2=${t.position} stroke=${INK.grid}></line>
      <text x=${g.margin.left - 6} y=${t.position} dy="0.32em" text-anchor="end" fill=${INK.muted}>${t.label}</text>`)}
    ${g.xTicks.map((t) => svg`<text x=${t.position} y=${bottom + 16} text-anchor="middle" fill=${INK.muted}>${t.label}</text>`)}
    <line x1=${g.margin.left} x2=${width - g.margin.right} y1=${bottom} y2=${bottom} stroke=${INK.frame}></line>
    ${g.lines.map((l) => svg`<path d=${l.band} fill=${l.colour} fill-opacity="0.18"></path>
      <path d=${l.path} fill="none" stroke=${l.colour} stroke-width="2"></path>
      ${l.dots.map((d) => svg`<circle class="point" data-index=${d.index} cx=${d.cx} cy=${d.cy} r="5" fill=${l.colour} stroke="#fff" stroke-width="1.5"
        tabindex="0" role="button" aria-label=${pointLabel(d.index)} style="cursor:pointer" @click=${() => onPoint(d.index)} @keydown=${key(d.index)}><title>${pointLabel(d.index)}</title></circle>`)}`)}
  </svg>`;
}
