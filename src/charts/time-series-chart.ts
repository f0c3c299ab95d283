/**
 * A chart over simulated time: one line per series for the mean over replications, a band
 * for its 95% interval, the warm-up shaded, Beijing-time ticks, and optional target lines.
 * Arrivals, queue lengths, seats, service level, abandonment and backlog all use it.
 * Missing values (NaN: no calls in a bucket, or one replication for the band) leave gaps;
 * they are never drawn as zeros.
 */
import { max, scaleLinear, type ScaleLinear } from 'd3';
import { html, svg, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/i18n.ts';
import { bandEnvelope, m4Indices, type Spacing } from './decimate.ts';
import { areaPath, linePath } from './path.ts';
import { formatBucketSpan, timeTicks, valueTicks, type BeijingClock, type TimeTick, type ValueTick } from './axis.ts';
import { formatNumber, isValue } from './format.ts';
import type { HoverModel } from './hover.ts';
import { layoutLegend, renderLegend, type LegendItem } from './legend.ts';
import { eventTicksLayers, type EventTicksInput, type EventTicksLayer } from './event-ticks.ts';
import { CHART_FONT, CHART_FONT_SIZE, INK } from './palette.ts';

export interface TimeSeriesInput {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** One value per bucket (mean over replications); NaN or null where undefined. */
  readonly mean: readonly (number | null)[];
  /** Half-width of the 95% interval per bucket; omitted or NaN draws no band. */
  readonly halfWidth95?: readonly (number | null)[];
  /**
   * 'line' joins bucket centres (rates and counts); 'step' holds each bucket's value over
   * the whole bucket (levels such as seats on duty, so a standby call-in shows as a step).
   */
  readonly style?: 'line' | 'step';
  readonly dashed?: boolean;
}

export interface TimeTarget {
  readonly value: number;
  readonly label: string;
  readonly color: string;
}

export interface TimeChartInput {
  readonly title: string;
  readonly series: readonly TimeSeriesInput[];
  readonly bucketSeconds: number;
  /** The warm-up (not counted in the figures) is shaded from 0 to here. */
  readonly warmupSeconds: number;
  readonly warmupLabel: string;
  readonly clock: BeijingClock;
  readonly lang: Lang;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Formats tooltip values (and y ticks unless `tickFormat` is given). */
  readonly format: (value: number) => string;
  /** Formats y ticks; by default, as many decimals as the tick step needs. */
  readonly tickFormat?: (value: number) => string;
  /** A fixed y domain (e.g. [0, 1] for a share); otherwise 0 to the top of the bands, made nice. */
  readonly yDomain?: readonly [number, number];
  readonly targets?: readonly TimeTarget[];
  /** Events marked as ticks from the plot's top edge (e.g. stand-downs), not on the y scale. */
  readonly eventTicks?: readonly EventTicksInput[];
  /** Shown in the empty frame when there is nothing to draw. */
  readonly emptyMessage: string;
  /** The run's length, for the time axis of an empty frame (with data, the series set it). */
  readonly durationSeconds?: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface TimeLayer {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly dashed: boolean;
  /** SVG path of the mean; empty when the series has no values. */
  readonly line: string;
  /** SVG path of the 95% band; empty when no bucket has an interval. */
  readonly band: string;
}

export interface TimeChartGeometry {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  /** Simulated seconds → x. */
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xTicks: readonly (TimeTick & { readonly position: number })[];
  readonly yTicks: readonly ValueTick[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly layers: readonly TimeLayer[];
  readonly targets: readonly (TimeTarget & { readonly position: number })[];
  readonly eventTicks: readonly EventTicksLayer[];
  readonly warmup: { readonly x: number; readonly width: number } | undefined;
  readonly legend: readonly LegendItem[];
  readonly buckets: number;
  /** The message of an empty frame, or undefined when there is data. */
  readonly empty: string | undefined;
  readonly hover: HoverModel | undefined;
}

const value = (v: number | null | undefined): number => (isValue(v) ? v : NaN);

/** A tick format with just the decimals the step between ticks needs (0, 5, 10 · 0.5, 1.0, 1.5). */
export function stepFormat(ticks: readonly number[]): (x: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const digits = step > 0 && step < 1 ? Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)) : 0;
  return (x) => formatNumber(x, digits);
}

/**
 * Scratch arrays for one series at a time, reused from series to series and chart to
 * chart: a dozen series of 2,688 buckets per partial result would otherwise allocate
 * megabytes of short-lived typed arrays and keep the garbage collector busy on the main
 * thread. They only live within one call of `seriesLayer`.
 */
const scratch: Float64Array[] = [];
let scratchIndices = new Int32Array(0);

function buffer(slot: number, length: number): Float64Array {
  let b = scratch[slot];
  if (!b || b.length < length) scratch[slot] = b = new Float64Array(Math.max(length, 2 * (b?.length ?? 0)));
  return b;
}

/** y of a value through a linear scale, clamped to its domain, without the call overhead of a d3 scale per point. */
function linearMap(scale: ScaleLinear<number, number>): (v: number) => number {
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const k = d1 !== d0 ? (r1 - r0) / (d1 - d0) : 0;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  return (v) => r0 + ((v < lo ? lo : v > hi ? hi : v) - d0) * k;
}

/**
 * The line and band of one series. Its values are read once into typed arrays (NaN where
 * missing; a step series gets one more point, at the end of the last bucket, repeating
 * its value). Beyond 1.5 points per pixel column the line is drawn through each column's
 * first, lowest, highest and last point and the band through each column's envelope
 * (decimate.ts), before any path is built.
 */
function seriesLayer(s: TimeSeriesInput, spacing: Spacing, plotWidth: number, yOf: (v: number) => number): TimeLayer {
  const step = s.style === 'step';
  const n = s.mean.length;
  const count = step && n > 0 ? n + 1 : n;
  const mean = buffer(0, count);
  // The interval's ends; NaN unless both the mean and the half-width are values (NaN propagates).
  const lower = buffer(1, count);
  const upper = buffer(2, count);
  const hw = s.halfWidth95;
  let hasBand = false;
  for (let i = 0; i < count; i++) {
    const j = i < n ? i : n - 1;
    const m = value(s.mean[j]);
    const h = hw ? value(hw[j]) : NaN;
    mean[i] = m;
    lower[i] = m - h;
    upper[i] = m + h;
    if (!hasBand && Number.isFinite(m - h)) hasBand = true;
  }

  const decimate = count > plotWidth * 1.5;
  if (decimate && scratchIndices.length < count) scratchIndices = new Int32Array(Math.max(count, 2 * scratchIndices.length));
  const kept = decimate ? m4Indices(mean, count, spacing, scratchIndices) : undefined;
  const points = kept ? kept.length : count;
  // Sized for every point, not just those kept: the band's envelope reuses them below.
  const xs = buffer(3, count);
  const ys = buffer(4, count);
  for (let k = 0; k < points; k++) {
    const i = kept ? kept[k]! : k;
    xs[k] = spacing.x0 + i * spacing.dx;
    const m = mean[i]!;
    ys[k] = Number.isFinite(m) ? yOf(m) : NaN;
  }
  const line = linePath(xs, ys, points, step);

  let band = '';
  if (hasBand) {
    // The envelope goes into the x, y buffers (done with), then its edges are mapped in place.
    const edges = decimate ? bandEnvelope(lower, upper, count, spacing, { x: xs, lo: ys, hi: buffer(5, count) }) : undefined;
    const length = edges ? edges.length : count;
    const bx = edges ? edges.x : xs;
    const lo = edges ? edges.lo : ys;
    const hi = edges ? edges.hi : buffer(5, count);
    for (let k = 0; k < length; k++) {
      if (!edges) bx[k] = spacing.x0 + k * spacing.dx;
      const l = edges ? edges.lo[k]! : lower[k]!;
      const u = edges ? edges.hi[k]! : upper[k]!;
      lo[k] = Number.isFinite(l) ? yOf(l) : NaN;
      hi[k] = Number.isFinite(u) ? yOf(u) : NaN;
    }
    // The envelope's points are column centres, joined straight; full-resolution steps stay steps.
    band = areaPath(bx, lo, hi, length, step && !edges);
  }
  return { id: s.id, label: s.label, color: s.color, dashed: !!s.dashed, line, band };
}

/** Scales, ticks and paths of a time chart; pure, so it is tested with numbers. */
export function timeSeriesGeometry(input: TimeChartInput, size: Size): TimeChartGeometry {
  const steps = timeSeriesSteps(input, size);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `timeSeriesGeometry` in steps: it pauses after each series' paths, so that a caller on
 * the main thread can spread a chart of many long series over several tasks.
 */
export function* timeSeriesSteps(input: TimeChartInput, { width, height }: Size): Generator<undefined, TimeChartGeometry, void> {
  const buckets = max(input.series, (s) => s.mean.length) ?? 0;
  const b = input.bucketSeconds > 0 ? input.bucketSeconds : 900;
  // The y domain: up to the top of the bands, down to the lowest mean.
  let top = -Infinity;
  let low = Infinity;
  for (const s of input.series) {
    const hw = s.halfWidth95;
    for (let i = 0; i < s.mean.length; i++) {
      const m = value(s.mean[i]);
      if (!Number.isFinite(m)) continue;
      const u = m + (hw ? value(hw[i]) : NaN);
      const t = Number.isFinite(u) ? u : m;
      if (t > top) top = t;
      if (m < low) low = m;
    }
  }
  const hasData = low !== Infinity;

  const legendSource: Omit<LegendItem, 'x' | 'y'>[] = input.series.map((s) => ({ label: s.label, color: s.color, dashed: !!s.dashed, kind: 'line' }));
  for (const t of input.targets ?? []) legendSource.push({ label: t.label, color: t.color, dashed: true, kind: 'target' });
  for (const t of input.eventTicks ?? []) legendSource.push({ label: t.label, color: t.color, dashed: false, kind: 'tick' });
  if (input.warmupSeconds > 0) legendSource.push({ label: input.warmupLabel, color: INK.warmup, dashed: false, kind: 'warmup' });
  const left = 58;
  const right = 14;
  const legend = layoutLegend(legendSource, left, 6, width - left - right);
  const plotTop = 10 + legend.height;
  const bottom = 42;
  const plot = { left, top: plotTop, width: Math.max(10, width - left - right), height: Math.max(10, height - plotTop - bottom) };

  const end = buckets > 0 ? buckets * b : Math.max(b, input.durationSeconds ?? 0);
  const x = scaleLinear().domain([0, end]).range([plot.left, plot.left + plot.width]);
  let domain: [number, number];
  if (input.yDomain) domain = [input.yDomain[0], input.yDomain[1]];
  else {
    // Down to 0, or below only if a mean is negative (bands of counts can reach below 0,
    // but counts cannot: the scale clamps them at 0).
    const upper = Math.max(hasData ? top : 0, max(input.targets ?? [], (t) => t.value) ?? 0);
    domain = [Math.min(0, hasData ? low : 0), upper > 0 ? upper : 1];
  }
  const y = scaleLinear().domain(domain).range([plot.top + plot.height, plot.top]).clamp(true);
  if (!input.yDomain) y.nice(5);

  const centre = (i: number) => x((i + 0.5) * b);
  // Points are evenly spaced: bucket centres for lines, bucket starts (and the end) for steps.
  const dx = end > 0 ? (b * plot.width) / end : 0;
  const yOf = linearMap(y);
  const layers: TimeLayer[] = [];
  for (const s of input.series) {
    layers.push(seriesLayer(s, { x0: plot.left + (s.style === 'step' ? 0 : dx / 2), dx }, plot.width, yOf));
    yield;
  }

  const maxTicks = Math.max(2, Math.floor(plot.width / 62));
  // A tick on the right edge keeps its grid line but not its label, which would be cut off
  // or run into the previous one.
  const xTicks = timeTicks(input.clock, [0, end], maxTicks, input.lang).map((t) => {
    const position = x(t.seconds);
    return { ...t, position, label: position > plot.left + plot.width - 20 ? '' : t.label };
  });
  const yTickCount = Math.max(2, Math.round(plot.height / 40));
  const yTicks = valueTicks(y, yTickCount, input.tickFormat ?? stepFormat(y.ticks(yTickCount)));
  const targets = (input.targets ?? []).map((t) => ({ ...t, position: y(t.value) }));
  const warmup = input.warmupSeconds > 0 ? { x: x(0), width: x(Math.min(input.warmupSeconds, end)) - x(0) } : undefined;

  const geometry = {
    title: input.title,
    width,
    height,
    plot,
    x,
    y,
    xTicks,
    yTicks,
    xLabel: input.xLabel,
    yLabel: input.yLabel,
    layers,
    targets,
    eventTicks: eventTicksLayers(input.eventTicks ?? [], plot.left + dx / 2, dx, plot.top),
    warmup,
    legend: legend.items,
    buckets,
    empty: hasData ? undefined : input.emptyMessage,
    hover: undefined as HoverModel | undefined,
  };
  if (hasData) {
    geometry.hover = {
      viewWidth: width,
      viewHeight: height,
      plot,
      count: buckets,
      pageSize: Math.max(1, Math.round(86_400 / b)),
      indexAt: (vx) => {
        if (vx < plot.left || vx > plot.left + plot.width) return undefined;
        return Math.min(buckets - 1, Math.max(0, Math.floor(x.invert(vx) / b)));
      },
      xOf: centre,
      marks: (i) => input.series.filter((s) => isValue(s.mean[i])).map((s) => ({ y: y(value(s.mean[i])), color: s.color })),
      readout: (i) => ({
        title: formatBucketSpan(input.clock, i * b, b, input.lang),
        rows: [
          ...input.series.map((s) => {
            const m = value(s.mean[i]);
            const h = value(s.halfWidth95?.[i]);
            return {
              label: s.label,
              color: s.color,
              dashed: !!s.dashed,
              value: !isValue(m) ? '—' : isValue(h) && h > 0 ? `${input.format(m)} ± ${input.format(h)}` : input.format(m),
            };
          }),
          ...(input.eventTicks ?? []).map((t) => ({ label: t.label, color: t.color, dashed: false, value: formatNumber(value(t.counts[i]), 1) })),
        ],
      }),
    };
  }
  return geometry;
}

/** The frame shared by time charts: grid, axes, axis titles and, when empty, the message. */
function renderFrame(g: TimeChartGeometry): TemplateResult {
  const { plot } = g;
  const bottom = plot.top + plot.height;
  return svg`
    <g class="grid">
      ${g.yTicks.map((t) => svg`<line x1=${plot.left} x2=${plot.left + plot.width} y1=${t.position} y2=${t.position} stroke=${INK.grid}></line>`)}
      ${g.xTicks.map((t) => svg`<line x1=${t.position} x2=${t.position} y1=${plot.top} y2=${bottom} stroke=${t.major ? '#c8c8c8' : INK.grid}></line>`)}
    </g>
    <rect x=${plot.left} y=${plot.top} width=${plot.width} height=${plot.height} fill="none" stroke=${INK.frame} stroke-width="0.75"></rect>
    <g class="y-axis" text-anchor="end" fill=${INK.muted}>
      ${g.yTicks.map((t) => svg`<text x=${plot.left - 6} y=${t.position + 4}>${t.label}</text>`)}
    </g>
    <g class="x-axis" text-anchor="middle" fill=${INK.muted}>
      ${g.xTicks.map((t) => svg`<text x=${t.position} y=${bottom + 15} font-weight=${t.major ? 600 : 400}>${t.label}</text>`)}
    </g>
    <text x=${plot.left + plot.width / 2} y=${g.height - 6} text-anchor="middle" fill=${INK.muted}>${g.xLabel}</text>
    <text transform="translate(13 ${plot.top + plot.height / 2}) rotate(-90)" text-anchor="middle" fill=${INK.muted}>${g.yLabel}</text>
    ${g.empty ? svg`<text x=${plot.left + plot.width / 2} y=${plot.top + plot.height / 2} text-anchor="middle" fill=${INK.muted} font-size="13">${g.empty}</text>` : ''}`;
}

/** The whole chart as an `<svg>` element: lit renders what the geometry computed. */
export function renderTimeChart(g: TimeChartGeometry): TemplateResult {
  const { plot } = g;
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width=${g.width} height=${g.height}
    font-family=${CHART_FONT} font-size=${CHART_FONT_SIZE} role="img" aria-label=${g.title}>
    ${svg`<title>${g.title}</title>
    <rect width=${g.width} height=${g.height} fill=${INK.background}></rect>
    ${g.warmup ? svg`<rect x=${g.warmup.x} y=${plot.top} width=${g.warmup.width} height=${plot.height} fill=${INK.warmup} fill-opacity="0.08"></rect>` : ''}
    ${renderFrame(g)}
    <g class="bands">${g.layers.map((l) => (l.band ? svg`<path d=${l.band} fill=${l.color} fill-opacity="0.2" stroke="none"></path>` : ''))}</g>
    <g class="targets">${g.targets.map(
      (t) => svg`<line x1=${plot.left} x2=${plot.left + plot.width} y1=${t.position} y2=${t.position} stroke=${t.color} stroke-width="1.5" stroke-dasharray="2 3"></line>`,
    )}</g>
    <g class="lines" fill="none" stroke-linejoin="round">${g.layers.map(
      (l) => svg`<path d=${l.line} stroke=${l.color} stroke-width="1.6" stroke-dasharray=${l.dashed ? '5 3' : 'none'}></path>`,
    )}</g>
    <g class="event-ticks">${g.eventTicks.map((t) => (t.path ? svg`<path d=${t.path} stroke=${t.color} stroke-width="2"></path>` : ''))}</g>
    ${renderLegend(g.legend)}`}
  </svg>`;
}
