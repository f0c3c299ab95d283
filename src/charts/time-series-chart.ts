/**
 * A chart over simulated time: one line per series for the mean over replications, a band
 * for its 95% interval, the warm-up shaded, Beijing-time ticks, and optional target lines.
 * Arrivals, queue lengths, seats, service level, abandonment and backlog all use it.
 * Missing values (NaN: no calls in a bucket, or one replication for the band) leave gaps;
 * they are never drawn as zeros.
 */
import { area, curveStepAfter, line, max, min, scaleLinear, type ScaleLinear } from 'd3';
import { html, svg, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/i18n.ts';
import { bandEnvelope, m4Indices, type BandPoint } from './decimate.ts';
import { formatBucketSpan, timeTicks, valueTicks, type BeijingClock, type TimeTick, type ValueTick } from './axis.ts';
import { approxTextWidth, formatNumber, isValue } from './format.ts';
import type { HoverModel } from './hover.ts';
import { CHART_FONT, INK } from './palette.ts';

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

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly dashed: boolean;
  readonly x: number;
  readonly y: number;
  /** 'line' for a series, 'target' for a target line, 'warmup' for the shaded warm-up. */
  readonly kind: 'line' | 'target' | 'warmup';
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
  readonly warmup: { readonly x: number; readonly width: number } | undefined;
  readonly legend: readonly LegendItem[];
  readonly buckets: number;
  /** The message of an empty frame, or undefined when there is data. */
  readonly empty: string | undefined;
  readonly hover: HoverModel | undefined;
}

const FONT_SIZE = 11;
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
    const w = 22 + approxTextWidth(item.label, FONT_SIZE) + 14;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += LEGEND_ROW;
    }
    out.push({ ...item, x, y });
    x += w;
  }
  return { items: out, height: items.length ? y - y0 + LEGEND_ROW : 0 };
}

const value = (v: number | null | undefined): number => (isValue(v) ? v : NaN);

/** A tick format with just the decimals the step between ticks needs (0, 5, 10 · 0.5, 1.0, 1.5). */
export function stepFormat(ticks: readonly number[]): (x: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const digits = step > 0 && step < 1 ? Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)) : 0;
  return (x) => formatNumber(x, digits);
}

/** Scales, ticks and paths of a time chart; pure, so it is tested with numbers. */
export function timeSeriesGeometry(input: TimeChartInput, { width, height }: Size): TimeChartGeometry {
  const buckets = max(input.series, (s) => s.mean.length) ?? 0;
  const b = input.bucketSeconds > 0 ? input.bucketSeconds : 900;
  const hasData = input.series.some((s) => s.mean.some(isValue));

  const legendSource: Omit<LegendItem, 'x' | 'y'>[] = input.series.map((s) => ({ label: s.label, color: s.color, dashed: !!s.dashed, kind: 'line' }));
  for (const t of input.targets ?? []) legendSource.push({ label: t.label, color: t.color, dashed: true, kind: 'target' });
  if (input.warmupSeconds > 0) legendSource.push({ label: input.warmupLabel, color: INK.warmup, dashed: false, kind: 'warmup' });
  const left = 58;
  const right = 14;
  const legend = layoutLegend(legendSource, left, 6, width - left - right);
  const top = 10 + legend.height;
  const bottom = 42;
  const plot = { left, top, width: Math.max(10, width - left - right), height: Math.max(10, height - top - bottom) };

  const end = buckets > 0 ? buckets * b : Math.max(b, input.durationSeconds ?? 0);
  const x = scaleLinear().domain([0, end]).range([plot.left, plot.left + plot.width]);
  let domain: [number, number];
  if (input.yDomain) domain = [input.yDomain[0], input.yDomain[1]];
  else {
    // Up to the top of the bands; down to 0, or below only if a mean is negative (bands
    // of counts can reach below 0, but counts cannot: the scale clamps them at 0).
    const top = max(input.series, (s) => max(s.mean, (m, i) => value(m) + (isValue(s.halfWidth95?.[i]) ? value(s.halfWidth95![i]) : 0)));
    const low = min(input.series, (s) => min(s.mean, value));
    const upper = Math.max(top ?? 0, max(input.targets ?? [], (t) => t.value) ?? 0);
    domain = [Math.min(0, low ?? 0), upper > 0 ? upper : 1];
  }
  const y = scaleLinear().domain(domain).range([plot.top + plot.height, plot.top]).clamp(true);
  if (!input.yDomain) y.nice(5);

  const centre = (i: number) => x((i + 0.5) * b);
  const layers: TimeLayer[] = input.series.map((s) => {
    const step = s.style === 'step';
    // A step series holds each value over its bucket: points at bucket starts, plus one at the end.
    const all = step ? [...s.mean.keys(), s.mean.length] : [...s.mean.keys()];
    // Values read once into typed arrays (NaN for missing); the step series' extra end point repeats the last.
    const n = s.mean.length;
    const means = Float64Array.from({ length: n + 1 }, (_, i) => value(s.mean[Math.min(i, n - 1)]));
    const widths = Float64Array.from({ length: n + 1 }, (_, i) => value(s.halfWidth95?.[Math.min(i, n - 1)]));
    const at = (i: number) => means[i]!;
    const hw = (i: number) => widths[i]!;
    const px = step ? (i: number) => x(i * b) : centre;
    // More than ~1.5 points per pixel: draw the M4 reduction, which looks the same.
    const decimate = all.length > plot.width * 1.5;
    const indices = decimate ? m4Indices(all.length, (k) => px(all[k]!), (k) => at(all[k]!)).map((k) => all[k]!) : all;
    // Tenths of a pixel are plenty and keep the path strings short (fast to build and to parse).
    const lineGen = line<number>()
      .digits(1)
      .defined((i) => isValue(at(i)))
      .x(px)
      .y((i) => y(at(i)));
    if (step) lineGen.curve(curveStepAfter);
    const hasBand = all.some((i) => isValue(at(i)) && isValue(hw(i)));
    let band = '';
    if (hasBand && decimate) {
      const points = bandEnvelope(all.length, (k) => px(all[k]!), (k) => at(all[k]!) - hw(all[k]!), (k) => at(all[k]!) + hw(all[k]!));
      const bandGen = area<BandPoint>()
        .digits(1)
        .defined((p) => isValue(p.lo))
        .x((p) => p.x)
        .y0((p) => y(p.lo))
        .y1((p) => y(p.hi));
      band = bandGen(points) ?? '';
    } else if (hasBand) {
      const bandGen = area<number>()
        .digits(1)
        .defined((i) => isValue(at(i)) && isValue(hw(i)))
        .x(px)
        .y0((i) => y(at(i) - hw(i)))
        .y1((i) => y(at(i) + hw(i)));
      if (step) bandGen.curve(curveStepAfter);
      band = bandGen(all) ?? '';
    }
    return {
      id: s.id,
      label: s.label,
      color: s.color,
      dashed: !!s.dashed,
      line: (s.mean.length && lineGen(indices)) || '',
      band,
    };
  });

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
        rows: input.series.map((s) => {
          const m = value(s.mean[i]);
          const h = value(s.halfWidth95?.[i]);
          return {
            label: s.label,
            color: s.color,
            dashed: !!s.dashed,
            value: !isValue(m) ? '—' : isValue(h) && h > 0 ? `${input.format(m)} ± ${input.format(h)}` : input.format(m),
          };
        }),
      }),
    };
  }
  return geometry;
}

/** A legend swatch: a short line (dashed for targets or dashed series) or a shaded box for the warm-up. */
export function legendSwatch(item: LegendItem): TemplateResult {
  const cy = item.y + 6;
  if (item.kind === 'warmup') return svg`<rect x=${item.x} y=${item.y} width="18" height="11" fill=${INK.warmup} fill-opacity="0.08" stroke=${INK.frame} stroke-width="0.5"></rect>`;
  return svg`<line x1=${item.x} x2=${item.x + 18} y1=${cy} y2=${cy} stroke=${item.color} stroke-width=${item.kind === 'target' ? 1.5 : 2.5}
    stroke-dasharray=${item.dashed ? (item.kind === 'target' ? '2 3' : '5 3') : 'none'}></line>`;
}

export function renderLegend(items: readonly LegendItem[]): TemplateResult {
  return svg`<g class="legend">${items.map(
    (item) => svg`${legendSwatch(item)}<text x=${item.x + 22} y=${item.y + 10} fill=${INK.text}>${item.label}</text>`,
  )}</g>`;
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
    font-family=${CHART_FONT} font-size=${FONT_SIZE} role="img" aria-label=${g.title}>
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
    ${renderLegend(g.legend)}`}
  </svg>`;
}
