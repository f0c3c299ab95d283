/**
 * Service level by Beijing hour of day × day of the run. The series gives one service
 * level per 15-minute bucket; a cell pools the buckets that start in its hour, weighted by
 * the calls in each (so a quiet bucket with one missed call does not outweigh a busy one).
 * Cells with no resolved calls stay empty. Colours come from cividis, a scale designed to
 * read the same with colour-vision deficiency; cells below the goal also get a dot.
 */
import { interpolateCividis, scaleSequential, type ScaleSequential } from 'd3';
import { html, svg, type TemplateResult } from 'lit';
import { dayOfRun, type BeijingClock } from './axis.ts';
import { isValue } from './format.ts';
import { CHART_FONT, INK } from './palette.ts';
import type { Size } from './time-series-chart.ts';

export interface HourDayCell {
  /** Weighted mean of the buckets in the cell; NaN when none had a value. */
  readonly value: number;
  /** Sum of the weights pooled (calls), or the number of buckets when unweighted. */
  readonly weight: number;
  /** Any of the cell's buckets lies in the warm-up. */
  readonly warmup: boolean;
}

export interface HourDayGrid {
  /** Calendar days of the run, 0 = the start date; each with its start in simulated seconds (may be negative). */
  readonly days: readonly { readonly index: number; readonly startSeconds: number }[];
  /** cells[day][hour] */
  readonly cells: readonly (readonly HourDayCell[])[];
}

/**
 * Pools per-bucket values into Beijing hour × run day. `weights` (calls per bucket) weight
 * the mean; without them, or where a cell's weights are all missing or zero, the cell is
 * the plain mean of its defined buckets. A bucket goes to the hour it starts in.
 */
export function hourDayGrid(
  values: readonly (number | null)[],
  weights: readonly (number | null)[] | undefined,
  bucketSeconds: number,
  clock: BeijingClock,
  warmupSeconds = 0,
): HourDayGrid {
  const n = values.length;
  if (n === 0 || !(bucketSeconds > 0)) return { days: [], cells: [] };
  const dayCount = dayOfRun(clock, (n - 1) * bucketSeconds) + 1;
  const acc = Array.from({ length: dayCount * 24 }, () => ({ wsum: 0, wvsum: 0, sum: 0, k: 0, warmup: false }));
  // Day and hour by arithmetic on the clock's epoch (as dayOfRun and beijingHour compute
  // them, without a Date per bucket): days count from the midnight the run starts after.
  const firstMidnightMs = Math.floor(clock.originMs / DAY_MS) * DAY_MS;
  for (let i = 0; i < n; i++) {
    const start = i * bucketSeconds;
    const sinceMidnightMs = clock.originMs + start * 1000 - firstMidnightMs;
    const day = Math.floor(sinceMidnightMs / DAY_MS);
    const hour = Math.floor((sinceMidnightMs - day * DAY_MS) / HOUR_MS);
    const cell = acc[day * 24 + hour]!;
    if (start < warmupSeconds) cell.warmup = true;
    const v = values[i];
    if (!isValue(v)) continue;
    cell.sum += v;
    cell.k++;
    const w = weights?.[i];
    if (isValue(w) && w > 0) {
      cell.wsum += w;
      cell.wvsum += w * v;
    }
  }
  const firstMidnightSeconds = -((clock.originMs / 1000) % 86_400);
  return {
    days: Array.from({ length: dayCount }, (_, d) => ({ index: d, startSeconds: firstMidnightSeconds + d * 86_400 })),
    cells: Array.from({ length: dayCount }, (_, d) =>
      Array.from({ length: 24 }, (_, h): HourDayCell => {
        const c = acc[d * 24 + h]!;
        if (c.wsum > 0) return { value: c.wvsum / c.wsum, weight: c.wsum, warmup: c.warmup };
        return { value: c.k > 0 ? c.sum / c.k : NaN, weight: weights ? 0 : c.k, warmup: c.warmup };
      }),
    ),
  };
}

export interface HeatmapInput {
  readonly title: string;
  readonly grid: HourDayGrid;
  readonly rowLabel: (day: { index: number; startSeconds: number }) => string;
  readonly hourLabel: (hour: number) => string;
  readonly xLabel: string;
  /** Cells below the goal get a dot. */
  readonly goal: number;
  /** Colour domain; values outside are clamped. */
  readonly domain: readonly [number, number];
  readonly formatValue: (v: number) => string;
  readonly cellTitle: (row: string, hour: number, value: string, warmup: boolean) => string;
  readonly legendLabel: string;
  readonly goalLegend: string;
  readonly warmupLegend: string;
  readonly emptyMessage: string;
}

export interface HeatmapCellGeometry {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Fill colour; undefined for an empty cell (drawn as an outline only). */
  readonly fill: string | undefined;
  readonly belowGoal: boolean;
  readonly warmup: boolean;
  readonly title: string;
}

export interface HeatmapGeometry {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  readonly color: ScaleSequential<string>;
  readonly cells: readonly HeatmapCellGeometry[];
  readonly rows: readonly { readonly y: number; readonly label: string }[];
  readonly columns: readonly { readonly x: number; readonly label: string }[];
  /** Colour ramp for the legend: stops as offsets 0–1 with colours, and tick labels. */
  readonly legend: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly stops: readonly { readonly offset: number; readonly color: string }[];
    readonly ticks: readonly { readonly x: number; readonly label: string }[];
  };
  readonly xLabel: string;
  readonly legendLabel: string;
  readonly goalLegend: string;
  readonly warmupLegend: string;
  readonly showWarmupLegend: boolean;
  readonly empty: string | undefined;
  /** Unique per geometry: several heatmaps on one page must not share a gradient id. */
  readonly gradientId: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

let gradientSerial = 0;

export function heatmapGeometry(input: HeatmapInput, { width, height }: Size): HeatmapGeometry {
  const days = input.grid.days;
  const left = 122;
  const top = 52;
  const bottom = 34;
  const right = 12;
  const plot = { left, top, width: Math.max(24, width - left - right), height: Math.max(10, height - top - bottom) };
  const cw = plot.width / 24;
  const ch = days.length ? Math.min(22, plot.height / days.length) : plot.height;
  const color = scaleSequential(interpolateCividis).domain([input.domain[0], input.domain[1]]).clamp(true);

  let any = false;
  const cells: HeatmapCellGeometry[] = [];
  const rows = days.map((day, d) => {
    const label = input.rowLabel(day);
    input.grid.cells[d]!.forEach((cell, h) => {
      const defined = isValue(cell.value);
      any ||= defined;
      cells.push({
        x: plot.left + h * cw,
        y: plot.top + d * ch,
        width: cw,
        height: ch,
        fill: defined ? color(cell.value) : undefined,
        belowGoal: defined && cell.value < input.goal,
        warmup: cell.warmup,
        title: input.cellTitle(label, h, defined ? input.formatValue(cell.value) : '—', cell.warmup),
      });
    });
    return { y: plot.top + d * ch + ch / 2 + 4, label };
  });
  // With many days the rows get thin: label every k-th row so labels do not overlap.
  const every = Math.max(1, Math.ceil(12 / ch));
  const labelled = rows.filter((_, d) => d % every === 0);
  const columns = Array.from({ length: 8 }, (_, k) => ({ x: plot.left + k * 3 * cw + cw / 2, label: input.hourLabel(k * 3) }));
  const legendWidth = Math.min(200, plot.width * 0.45);
  const [d0, d1] = input.domain;
  const legend = {
    x: plot.left,
    y: 10,
    width: legendWidth,
    stops: Array.from({ length: 11 }, (_, k) => ({ offset: k / 10, color: color(d0 + ((d1 - d0) * k) / 10) })),
    ticks: [0, 0.5, 1].map((t) => ({ x: plot.left + t * legendWidth, label: input.formatValue(d0 + (d1 - d0) * t) })),
  };
  return {
    title: input.title,
    width,
    height,
    // An empty grid keeps one row's height for its message.
    plot: { ...plot, height: days.length ? ch * days.length : 28 },
    color,
    cells,
    rows: labelled,
    columns,
    legend,
    xLabel: input.xLabel,
    legendLabel: input.legendLabel,
    goalLegend: input.goalLegend,
    warmupLegend: input.warmupLegend,
    showWarmupLegend: cells.some((c) => c.warmup),
    empty: any ? undefined : input.emptyMessage,
    gradientId: `sl-ramp-${++gradientSerial}`,
  };
}

export function renderHeatmap(g: HeatmapGeometry): TemplateResult {
  const { plot, legend, gradientId } = g;
  const gx = legend.x + legend.width + 16;
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width=${g.width} height=${g.height}
    font-family=${CHART_FONT} font-size="11" role="img" aria-label=${g.title}>
    ${svg`<title>${g.title}</title>
    <defs><linearGradient id=${gradientId}>${legend.stops.map((s) => svg`<stop offset=${s.offset} stop-color=${s.color}></stop>`)}</linearGradient></defs>
    <rect width=${g.width} height=${g.height} fill=${INK.background}></rect>
    <g class="legend">
      <text x=${legend.x} y=${legend.y + 8} fill=${INK.text}>${g.legendLabel}</text>
      <rect x=${legend.x} y=${legend.y + 13} width=${legend.width} height="9" fill="url(#${gradientId})"></rect>
      ${legend.ticks.map((t, i) => svg`<text x=${t.x} y=${legend.y + 34} fill=${INK.muted} text-anchor=${i === 0 ? 'start' : i === 2 ? 'end' : 'middle'}>${t.label}</text>`)}
      <circle cx=${gx + 5} cy=${legend.y + 18} r="2.5" fill="#ffffff" stroke=${INK.text}></circle>
      <text x=${gx + 12} y=${legend.y + 22} fill=${INK.text}>${g.goalLegend}</text>
      ${g.showWarmupLegend
        ? svg`<rect x=${gx} y=${legend.y + 28} width="10" height="8" fill=${INK.muted} fill-opacity="0.35"></rect>
            <text x=${gx + 14} y=${legend.y + 36} fill=${INK.text}>${g.warmupLegend}</text>`
        : ''}
    </g>
    <g text-anchor="end" fill=${INK.text}>${g.rows.map((r) => svg`<text x=${plot.left - 6} y=${r.y}>${r.label}</text>`)}</g>
    <g class="cells">${g.cells.map(
      (c) => svg`<g><title>${c.title}</title>
        <rect x=${c.x + 0.5} y=${c.y + 0.5} width=${Math.max(0, c.width - 1)} height=${Math.max(0, c.height - 1)}
          fill=${c.fill ?? 'none'} fill-opacity=${c.warmup ? 0.35 : 1} stroke=${c.fill ? 'none' : INK.grid}></rect>
        ${c.belowGoal ? svg`<circle cx=${c.x + c.width / 2} cy=${c.y + c.height / 2} r=${Math.min(2.5, c.height / 5)} fill="#ffffff" stroke=${INK.text} stroke-width="0.75"></circle>` : ''}</g>`,
    )}</g>
    <g text-anchor="middle" fill=${INK.muted}>${g.columns.map((c) => svg`<text x=${c.x} y=${plot.top + plot.height + 14}>${c.label}</text>`)}</g>
    <text x=${plot.left + plot.width / 2} y=${plot.top + plot.height + 28} text-anchor="middle" fill=${INK.muted}>${g.xLabel}</text>
    ${g.empty ? svg`<text x=${plot.left + plot.width / 2} y=${plot.top + 18} text-anchor="middle" fill=${INK.muted} font-size="13">${g.empty}</text>` : ''}`}
  </svg>`;
}
