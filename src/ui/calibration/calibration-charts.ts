/**
 * The calibration page's charts, d3 computing and lit rendering (as src/charts/): one small
 * x–y chart with layers — bars, a line, a step line, a band, dots, a diagonal — enough for
 * the hour-of-week profile, the days against their expectation, the Q-Q plots, the
 * Kaplan–Meier curve against the fitted survival, and simulated against observed by hour.
 * `xyGeometry` is the pure layout (tested as numbers); `renderXyChart` the svg template,
 * with a legend in words beside the colours.
 */
import { scaleLinear } from 'd3';
import { html, svg, type TemplateResult } from 'lit';
import { valueTicks, type ValueTick } from '../../charts/axis.ts';
import { approxTextWidth } from '../../charts/format.ts';
import { CHART_FONT, CHART_FONT_SIZE, INK } from '../../charts/palette.ts';

export type Layer =
  | { readonly kind: 'line' | 'step'; readonly label: string; readonly colour: string; readonly points: readonly (readonly [number, number])[]; readonly dashed?: boolean }
  | { readonly kind: 'band'; readonly label: string; readonly colour: string; readonly points: readonly (readonly [number, number, number])[] }
  | { readonly kind: 'dots'; readonly label: string; readonly colour: string; readonly points: readonly (readonly [number, number])[] }
  | { readonly kind: 'bars'; readonly label: string; readonly colour: string; readonly points: readonly (readonly [number, number])[]; readonly width: number }
  | { readonly kind: 'diagonal'; readonly label: string; readonly colour: string };

export interface XyInput {
  readonly layers: readonly Layer[];
  readonly width: number;
  readonly height: number;
  readonly formatX: (x: number) => string;
  readonly formatY: (y: number) => string;
  /** Fixed x ticks (values); else d3's. */
  readonly xTicks?: readonly number[];
  /** The y axis from 0 to at most 1 (shares). */
  readonly share?: boolean;
  /** Fixed domains; else from the data (y from 0). */
  readonly xDomain?: readonly [number, number];
  readonly yDomain?: readonly [number, number];
}

export interface XyGeometry {
  readonly margin: { top: number; right: number; bottom: number; left: number };
  readonly xTicks: readonly ValueTick[];
  readonly yTicks: readonly ValueTick[];
  readonly shapes: readonly { kind: Layer['kind']; label: string; colour: string; d?: string; dashed?: boolean; circles?: readonly { cx: number; cy: number }[]; rects?: readonly { x: number; y: number; w: number; h: number }[] }[];
}

const finite = (v: number) => Number.isFinite(v);

export function xyGeometry(input: XyInput): XyGeometry {
  const xs: number[] = [];
  const ys: number[] = [0];
  for (const l of input.layers) {
    if (l.kind === 'diagonal') continue;
    for (const p of l.points) {
      if (finite(p[0])) xs.push(p[0]);
      for (const v of p.slice(1)) if (finite(v)) ys.push(v);
    }
  }
  const diagonal = input.layers.some((l) => l.kind === 'diagonal');
  let [xLo, xHi] = input.xDomain ?? [Math.min(...xs, diagonal ? 0 : Infinity), Math.max(...xs)];
  if (!finite(xLo) || !finite(xHi)) [xLo, xHi] = [0, 1];
  if (xHi <= xLo) xHi = xLo + 1;
  let [yLo, yHi] = input.yDomain ?? [Math.min(...ys), Math.max(...ys)];
  if (diagonal && !input.yDomain) yHi = Math.max(yHi, xHi);
  if (diagonal && !input.xDomain) xHi = Math.max(xHi, yHi);
  if (input.share) [yLo, yHi] = [0, Math.min(1, Math.max(yHi, 0.05))];
  if (!(yHi > yLo)) yHi = yLo + 1;
  const y0 = scaleLinear().domain([yLo, yHi]).nice(5);
  const left = 12 + Math.max(...y0.ticks(5).map((t) => approxTextWidth(input.formatY(t), CHART_FONT_SIZE)));
  const margin = { top: 10, right: 14, bottom: 26, left };
  const x = scaleLinear().domain([xLo, xHi]).range([margin.left, input.width - margin.right]);
  if (!input.xDomain && !input.xTicks) x.nice(6);
  const y = y0.range([input.height - margin.bottom, margin.top]);
  const xy = (p: readonly number[]) => `${x(p[0]!).toFixed(1)},${y(p[1]!).toFixed(1)}`;
  const shapes = input.layers.map((l) => {
    const base = { kind: l.kind, label: l.label, colour: l.colour };
    switch (l.kind) {
      case 'diagonal': {
        const [a, b] = x.domain() as [number, number];
        const top = Math.min(b, y.domain()[1]!);
        return { ...base, d: `M${xy([Math.max(a, 0), Math.max(a, 0)])}L${xy([top, top])}` };
      }
      case 'line':
      case 'step': {
        let d = '';
        let pen = false;
        let prevY = 0;
        for (const p of l.points) {
          if (!finite(p[0]) || !finite(p[1])) {
            pen = false;
            continue;
          }
          if (l.kind === 'step' && pen) d += `L${x(p[0]).toFixed(1)},${prevY.toFixed(1)}`;
          d += `${pen ? 'L' : 'M'}${xy(p)}`;
          pen = true;
          prevY = y(p[1]);
        }
        return { ...base, d, dashed: l.kind === 'line' ? l.dashed : undefined };
      }
      case 'band': {
        const pts = l.points.filter((p) => p.every(finite));
        if (pts.length === 0) return { ...base, d: '' };
        const upper = pts.map((p) => xy([p[0], p[2]]));
        const lower = pts.map((p) => xy([p[0], p[1]])).reverse();
        return { ...base, d: `M${upper.join('L')}L${lower.join('L')}Z` };
      }
      case 'dots':
        return { ...base, circles: l.points.filter((p) => p.every(finite)).map((p) => ({ cx: x(p[0]), cy: y(p[1]) })) };
      case 'bars': {
        const w = Math.max(1, Math.abs(x(l.width) - x(0)) - 1);
        return { ...base, rects: l.points.filter((p) => p.every(finite)).map((p) => ({ x: x(p[0]), y: y(Math.max(p[1], 0)), w, h: Math.max(0, y(0) - y(Math.max(p[1], 0))) })) };
      }
    }
  });
  const xTicks = input.xTicks ? input.xTicks.map((v) => ({ value: v, position: x(v), label: input.formatX(v) })) : valueTicks(x, 6, input.formatX);
  return { margin, xTicks, yTicks: valueTicks(y, 5, input.formatY), shapes };
}

/** The chart with its title (for screen readers), axis titles and a legend naming every layer. */
export function renderXyChart(input: XyInput, labels: { title: string; x: string; y: string; summary?: string }): TemplateResult {
  const g = xyGeometry(input);
  const { width, height } = input;
  const bottom = height - g.margin.bottom;
  return html`<figure style=${`max-width:${width}px`}>
    <figcaption>${labels.title}</figcaption>
    <svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label=${`${labels.title}. ${labels.summary ?? ''}`} style="font: ${CHART_FONT_SIZE}px ${CHART_FONT}; max-width: ${width}px; display: block">
      ${g.yTicks.map((t) => svg`<line x1=${g.margin.left} x2=${width - g.margin.right} y1=${t.position} y2=${t.position} stroke=${INK.grid}></line>
        <text x=${g.margin.left - 6} y=${t.position} dy="0.32em" text-anchor="end" fill=${INK.muted}>${t.label}</text>`)}
      ${g.xTicks.map((t) => svg`<line x1=${t.position} x2=${t.position} y1=${bottom} y2=${bottom + 4} stroke=${INK.frame}></line><text x=${t.position} y=${bottom + 16} text-anchor="middle" fill=${INK.muted}>${t.label}</text>`)}
      <line x1=${g.margin.left} x2=${width - g.margin.right} y1=${bottom} y2=${bottom} stroke=${INK.frame}></line>
      ${g.shapes.map((s) => {
        switch (s.kind) {
          case 'band':
            return svg`<path class="band" d=${s.d} fill=${s.colour} fill-opacity="0.2" stroke="none"></path>`;
          case 'bars':
            return svg`<g class="bars" fill=${s.colour}>${s.rects!.map((r) => svg`<rect x=${r.x} y=${r.y} width=${r.w} height=${r.h}></rect>`)}</g>`;
          case 'dots':
            return svg`<g class="dots" fill=${s.colour} stroke="#fff" stroke-width="1">${s.circles!.map((c) => svg`<circle cx=${c.cx} cy=${c.cy} r="3.5"></circle>`)}</g>`;
          case 'diagonal':
            return svg`<path class="diagonal" d=${s.d} fill="none" stroke=${s.colour} stroke-width="1.5" stroke-dasharray="4 3"></path>`;
          default:
            return svg`<path class=${s.kind} d=${s.d} fill="none" stroke=${s.colour} stroke-width="2" stroke-dasharray=${s.dashed ? '6 4' : 'none'}></path>`;
        }
      })}
    </svg>
    <div class="axis-titles"><span>↑ ${labels.y}</span><span>→ ${labels.x}</span></div>
    <ul class="legend">
      ${input.layers.map((l) => html`<li><span class=${`swatch ${l.kind} ${l.kind === 'line' && l.dashed ? 'dashed' : ''}`} style=${`--swatch:${l.colour}`}></span>${l.label}</li>`)}
    </ul>
  </figure>`;
}
