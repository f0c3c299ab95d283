/**
 * The wait-time distribution per lane, as a percentile ladder. The engine keeps a quantile
 * sketch of the waits of answered calls (a DDSketch), not the raw waits, so a histogram
 * cannot be drawn; what it reports per lane is the mean, the 50th/90th/99th percentiles and
 * the maximum, each with its 95% interval over replications, plus the share of callers who
 * waited at all. Each lane is one row on a square-root time axis (short waits stay legible
 * next to long tails), with the lane's service-level target time marked.
 */
import { max, scaleSqrt, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTimes, symbolTriangle, type ScaleContinuousNumeric } from 'd3';
import { html, svg, type TemplateResult } from 'lit';
import { approxTextWidth, isValue } from './format.ts';
import { CHART_FONT, INK } from './palette.ts';
import type { Size } from './time-series-chart.ts';

export interface Estimate {
  readonly mean: number;
  readonly halfWidth95: number;
}

export const WAIT_MARKERS = ['p50', 'p90', 'p99', 'max', 'mean'] as const;
export type WaitMarker = (typeof WAIT_MARKERS)[number];

export interface WaitLane {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly targetSeconds: number;
  /** Waits of answered calls, in seconds. */
  readonly waits: Readonly<Record<WaitMarker, Estimate | undefined>>;
  /** Of the calls that queued, the share that found no free seat. */
  readonly probWait: Estimate | undefined;
}

export interface WaitChartInput {
  readonly title: string;
  readonly lanes: readonly WaitLane[];
  readonly markerLabels: Readonly<Record<WaitMarker, string>>;
  readonly xLabel: string;
  /** Duration text for ticks and tooltips ("30 s", "5 min"). */
  readonly formatSeconds: (seconds: number) => string;
  readonly targetLabel: (seconds: string) => string;
  readonly waitedLabel: (share: number) => string;
  readonly emptyMessage: string;
}

export interface WaitMarkerGeometry {
  readonly kind: WaitMarker;
  readonly x: number;
  /** Ends of the 95% interval whisker (equal to x when there is none). */
  readonly lo: number;
  readonly hi: number;
  readonly title: string;
}

export interface WaitRowGeometry {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** Baseline of the row's ladder. */
  readonly y: number;
  readonly labelY: number;
  /** P50 → P99: the bulk of the waits; P99 → max: the tail. */
  readonly body: { readonly x1: number; readonly x2: number } | undefined;
  readonly tail: { readonly x1: number; readonly x2: number } | undefined;
  readonly markers: readonly WaitMarkerGeometry[];
  readonly target: { readonly x: number; readonly label: string } | undefined;
  readonly waited: string;
}

export interface WaitChartGeometry {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  readonly x: ScaleContinuousNumeric<number, number>;
  readonly xTicks: readonly { readonly position: number; readonly label: string }[];
  readonly xLabel: string;
  readonly rows: readonly WaitRowGeometry[];
  readonly legend: readonly { readonly kind: WaitMarker; readonly label: string; readonly x: number; readonly y: number }[];
  readonly empty: string | undefined;
}

/** Round durations in seconds that make readable ticks on a square-root axis. */
const TICK_SECONDS = [0, 5, 10, 20, 30, 60, 120, 180, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200, 10800, 14400, 21600, 43200, 86400];

/** Marker shapes: shape, not only colour, tells the statistics apart. */
export const MARKER_SYMBOLS = { p50: symbolCircle, p90: symbolSquare, p99: symbolTriangle, max: symbolTimes, mean: symbolDiamond } as const;

export function markerPath(kind: WaitMarker, area = 60): string {
  return symbol(MARKER_SYMBOLS[kind], area)() ?? '';
}

export function waitTimeGeometry(input: WaitChartInput, { width, height }: Size): WaitChartGeometry {
  const legendItems = WAIT_MARKERS.map((kind) => ({ kind, label: input.markerLabels[kind] }));
  const left = 16;
  const right = 96;
  let lx = left;
  const legend = legendItems.map((item) => {
    const placed = { ...item, x: lx, y: 8 };
    lx += 18 + approxTextWidth(item.label, 11) + 14;
    return placed;
  });
  const top = 34;
  const bottom = 42;
  const plot = { left, top, width: Math.max(10, width - left - right), height: Math.max(10, height - top - bottom) };

  const hw = (e: Estimate | undefined) => (e && isValue(e.halfWidth95) ? e.halfWidth95 : 0);
  const hasData = input.lanes.some((l) => WAIT_MARKERS.some((k) => isValue(l.waits[k]?.mean)));
  const top95 = max(input.lanes, (l) => max(WAIT_MARKERS, (k) => (isValue(l.waits[k]?.mean) ? l.waits[k]!.mean + hw(l.waits[k]) : NaN)));
  const targetMax = max(input.lanes, (l) => l.targetSeconds) ?? 0;
  const upper = Math.max(top95 ?? 0, targetMax, 10) * 1.05;
  const domainMax = TICK_SECONDS.find((t) => t >= upper) ?? upper;
  const x = scaleSqrt().domain([0, domainMax]).range([plot.left, plot.left + plot.width]).clamp(true);

  const xTicks: { position: number; label: string }[] = [];
  for (const t of TICK_SECONDS) {
    if (t > domainMax) break;
    const position = x(t);
    const last = xTicks[xTicks.length - 1];
    if (last && position - last.position < 40) continue;
    xTicks.push({ position, label: input.formatSeconds(t) });
  }

  const rowHeight = input.lanes.length ? plot.height / input.lanes.length : plot.height;
  const rows = input.lanes.map((lane, i): WaitRowGeometry => {
    const labelY = plot.top + i * rowHeight + 14;
    const y = plot.top + i * rowHeight + Math.min(rowHeight * 0.62, 40);
    const at = (k: WaitMarker) => (isValue(lane.waits[k]?.mean) ? lane.waits[k]!.mean : undefined);
    const markers = WAIT_MARKERS.flatMap((kind): WaitMarkerGeometry[] => {
      const e = lane.waits[kind];
      if (!e || !isValue(e.mean)) return [];
      const h = hw(e);
      const value = isValue(e.halfWidth95) ? `${input.formatSeconds(e.mean)} ± ${input.formatSeconds(e.halfWidth95)}` : input.formatSeconds(e.mean);
      return [{ kind, x: x(e.mean), lo: x(Math.max(0, e.mean - h)), hi: x(e.mean + h), title: `${lane.label} · ${input.markerLabels[kind]}: ${value}` }];
    });
    const p50 = at('p50');
    const p99 = at('p99');
    const mx = at('max');
    return {
      id: lane.id,
      label: lane.label,
      color: lane.color,
      y,
      labelY,
      body: p50 !== undefined && p99 !== undefined ? { x1: x(p50), x2: x(p99) } : undefined,
      tail: p99 !== undefined && mx !== undefined ? { x1: x(p99), x2: x(mx) } : undefined,
      markers,
      target: { x: x(lane.targetSeconds), label: input.targetLabel(input.formatSeconds(lane.targetSeconds)) },
      waited: lane.probWait && isValue(lane.probWait.mean) ? input.waitedLabel(lane.probWait.mean) : '',
    };
  });

  return {
    title: input.title,
    width,
    height,
    plot,
    x,
    xTicks,
    xLabel: input.xLabel,
    rows,
    legend,
    empty: hasData ? undefined : input.emptyMessage,
  };
}

function marker(kind: WaitMarker, x: number, y: number, color: string): TemplateResult {
  const filled = kind !== 'max';
  return svg`<path d=${markerPath(kind)} transform="translate(${x} ${y})" fill=${filled ? (kind === 'mean' ? '#ffffff' : color) : 'none'}
    stroke=${kind === 'mean' ? INK.text : color} stroke-width=${kind === 'max' ? 2 : 1.2}></path>`;
}

export function renderWaitTimeChart(g: WaitChartGeometry): TemplateResult {
  const { plot } = g;
  const bottom = plot.top + plot.height;
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width=${g.width} height=${g.height}
    font-family=${CHART_FONT} font-size="11" role="img" aria-label=${g.title}>
    ${svg`<title>${g.title}</title>
    <rect width=${g.width} height=${g.height} fill=${INK.background}></rect>
    <g class="legend">${g.legend.map((l) => svg`${marker(l.kind, l.x + 6, l.y + 6, INK.muted)}<text x=${l.x + 16} y=${l.y + 10} fill=${INK.text}>${l.label}</text>`)}</g>
    <g class="grid">${g.xTicks.map((t) => svg`<line x1=${t.position} x2=${t.position} y1=${plot.top} y2=${bottom} stroke=${INK.grid}></line>`)}</g>
    <line x1=${plot.left} x2=${plot.left + plot.width} y1=${bottom} y2=${bottom} stroke=${INK.frame}></line>
    <g text-anchor="middle" fill=${INK.muted}>${g.xTicks.map((t) => svg`<text x=${t.position} y=${bottom + 15}>${t.label}</text>`)}</g>
    <text x=${plot.left + plot.width / 2} y=${g.height - 6} text-anchor="middle" fill=${INK.muted}>${g.xLabel}</text>
    ${g.rows.map(
      (r) => svg`<g class="lane">
        <text x=${plot.left} y=${r.labelY} fill=${INK.text} font-weight="600">${r.label}</text>
        ${r.target
          ? svg`<line x1=${r.target.x} x2=${r.target.x} y1=${r.y - 14} y2=${r.y + 14} stroke=${INK.text} stroke-dasharray="2 2"></line>
              <text x=${r.target.x + 3} y=${r.y + 24} fill=${INK.muted} font-size="10">${r.target.label}</text>`
          : ''}
        ${r.body ? svg`<line x1=${r.body.x1} x2=${r.body.x2} y1=${r.y} y2=${r.y} stroke=${r.color} stroke-width="6" stroke-opacity="0.35"></line>` : ''}
        ${r.tail ? svg`<line x1=${r.tail.x1} x2=${r.tail.x2} y1=${r.y} y2=${r.y} stroke=${r.color} stroke-width="1.5" stroke-dasharray="3 2"></line>` : ''}
        ${r.markers.map(
          (m) => svg`<g><title>${m.title}</title>
            ${m.hi > m.lo ? svg`<line x1=${m.lo} x2=${m.hi} y1=${r.y} y2=${r.y} stroke=${INK.text} stroke-width="1"></line>` : ''}
            ${marker(m.kind, m.x, r.y, r.color)}</g>`,
        )}
        <text x=${plot.left + plot.width + 8} y=${r.y + 4} fill=${INK.muted}>${r.waited}</text>
      </g>`,
    )}
    ${g.empty ? svg`<text x=${plot.left + plot.width / 2} y=${plot.top + plot.height / 2} text-anchor="middle" fill=${INK.muted} font-size="13">${g.empty}</text>` : ''}`}
  </svg>`;
}
