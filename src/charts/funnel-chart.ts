/**
 * The tier funnel ("tiered filtering": IVR → front desk → back office → embassy/consulate,
 * serious cases on to the Consular Protection Center) as a stepped bar: the first bar is
 * every call offered; each following bar is one way a call ended and starts where the
 * previous one stopped, so the steps tile the offered bar and show where calls leave the
 * funnel. Each bar is split by call type.
 */
import { scaleLinear, sum, type ScaleLinear } from 'd3';
import { html, svg, type TemplateResult } from 'lit';
import { approxTextWidth, isValue } from './format.ts';
import { CHART_FONT, INK } from './palette.ts';
import type { Size } from './time-series-chart.ts';

export interface FunnelType {
  readonly id: string;
  readonly label: string;
  readonly color: string;
}

export interface FunnelRowInput {
  readonly id: string;
  readonly label: string;
  /** 'offered' is the whole; 'resolved' rows are tiers that dealt with calls; 'lost' and 'open' are the rest. */
  readonly kind: 'offered' | 'resolved' | 'lost' | 'open';
  /** Mean count per call type (same order as `types`); NaN counts as 0 in the bar. */
  readonly counts: readonly number[];
  /** Half-width of the 95% interval of the row's total, when known. */
  readonly halfWidth95?: number;
}

export interface FunnelChartInput {
  readonly title: string;
  readonly types: readonly FunnelType[];
  readonly rows: readonly FunnelRowInput[];
  /** "12,345 (45.6%)" for a row total and its share of the offered calls. */
  readonly formatTotal: (total: number, halfWidth95: number | undefined, share: number) => string;
  readonly formatCount: (count: number) => string;
  readonly emptyMessage: string;
}

export interface FunnelSegment {
  readonly x: number;
  readonly width: number;
  readonly color: string;
  readonly title: string;
}

export interface FunnelRowGeometry {
  readonly id: string;
  readonly label: string;
  readonly kind: FunnelRowInput['kind'];
  readonly y: number;
  readonly height: number;
  readonly segments: readonly FunnelSegment[];
  /** Where the bar ends (for the value label and the step connector). */
  readonly end: number;
  readonly start: number;
  readonly valueLabel: string;
}

export interface FunnelChartGeometry {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly x: ScaleLinear<number, number>;
  readonly labelWidth: number;
  readonly rows: readonly FunnelRowGeometry[];
  readonly legend: readonly { readonly label: string; readonly color: string; readonly x: number; readonly y: number }[];
  readonly empty: string | undefined;
}

const count = (x: number) => (isValue(x) && x > 0 ? x : 0);

export function funnelGeometry(input: FunnelChartInput, { width, height }: Size): FunnelChartGeometry {
  const offeredRow = input.rows.find((r) => r.kind === 'offered');
  const offered = offeredRow ? sum(offeredRow.counts, count) : sum(input.rows, (r) => sum(r.counts, count));
  const labelWidth = Math.min(170, Math.max(80, ...input.rows.map((r) => approxTextWidth(r.label, 11) + 12)));
  const totals = input.rows.map((r) => sum(r.counts, count));
  const valueLabels = input.rows.map((r, i) => input.formatTotal(totals[i]!, r.halfWidth95, offered > 0 ? totals[i]! / offered : NaN));
  // Room on the right for the longest value label, which follows the end of its bar.
  const valueWidth = Math.min(width / 3, Math.max(60, ...valueLabels.map((l) => approxTextWidth(l, 11) + 12)));

  let lx = labelWidth;
  let ly = 6;
  const legend = input.types.map((t) => {
    const w = 16 + approxTextWidth(t.label, 11) + 14;
    if (lx > labelWidth && lx + w > width - 8) {
      lx = labelWidth;
      ly += 16;
    }
    const placed = { label: t.label, color: t.color, x: lx, y: ly };
    lx += w;
    return placed;
  });
  const top = ly + 24;
  const x = scaleLinear()
    .domain([0, offered > 0 ? offered : 1])
    .range([labelWidth, Math.max(labelWidth + 10, width - valueWidth)]);
  const band = input.rows.length ? (height - top - 8) / input.rows.length : 0;
  const barHeight = Math.max(4, Math.min(26, band * 0.7));

  let cursor = 0;
  const rows = input.rows.map((row, i): FunnelRowGeometry => {
    const total = totals[i]!;
    const start = row.kind === 'offered' ? 0 : cursor;
    if (row.kind !== 'offered') cursor += total;
    let at = start;
    const segments = row.counts.flatMap((c, t): FunnelSegment[] => {
      const value = count(c);
      if (value === 0) return [];
      const type = input.types[t];
      const seg = { x: x(at), width: x(at + value) - x(at), color: type?.color ?? INK.muted, title: `${row.label} · ${type?.label ?? ''}: ${input.formatCount(value)}` };
      at += value;
      return [seg];
    });
    return {
      id: row.id,
      label: row.label,
      kind: row.kind,
      y: top + i * band + (band - barHeight) / 2,
      height: barHeight,
      segments,
      start: x(start),
      end: x(start + total),
      valueLabel: valueLabels[i]!,
    };
  });

  return { title: input.title, width, height, x, labelWidth, rows, legend, empty: offered > 0 ? undefined : input.emptyMessage };
}

export function renderFunnelChart(g: FunnelChartGeometry): TemplateResult {
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width=${g.width} height=${g.height}
    font-family=${CHART_FONT} font-size="11" role="img" aria-label=${g.title}>
    ${svg`<title>${g.title}</title>
    <rect width=${g.width} height=${g.height} fill=${INK.background}></rect>
    <g class="legend">${g.legend.map(
      (l) => svg`<rect x=${l.x} y=${l.y + 1} width="11" height="11" fill=${l.color}></rect><text x=${l.x + 15} y=${l.y + 10} fill=${INK.text}>${l.label}</text>`,
    )}</g>
    ${g.rows.map((r, i) => {
      const previous = g.rows[i - 1];
      return svg`<g class="row">
        <text x=${g.labelWidth - 8} y=${r.y + r.height / 2 + 4} text-anchor="end" fill=${INK.text}
          font-weight=${r.kind === 'offered' ? 600 : 400} font-style=${r.kind === 'resolved' || r.kind === 'offered' ? 'normal' : 'italic'}>${r.label}</text>
        ${previous ? svg`<line x1=${r.start} x2=${r.start} y1=${previous.y + previous.height} y2=${r.y} stroke=${INK.frame} stroke-dasharray="2 2"></line>` : ''}
        ${r.segments.map((s) => svg`<rect x=${s.x} y=${r.y} width=${Math.max(0, s.width)} height=${r.height} fill=${s.color}><title>${s.title}</title></rect>`)}
        <rect x=${r.start} y=${r.y} width=${Math.max(0, r.end - r.start)} height=${r.height} fill="none"
          stroke=${r.kind === 'lost' ? INK.text : INK.frame} stroke-width=${r.kind === 'lost' ? 1 : 0.5} stroke-dasharray=${r.kind === 'lost' ? '3 2' : 'none'}></rect>
        <text x=${r.end + 6} y=${r.y + r.height / 2 + 4} fill=${INK.text}>${r.valueLabel}</text>
      </g>`;
    })}
    ${g.empty ? svg`<text x=${g.width / 2} y=${g.height / 2} text-anchor="middle" fill=${INK.muted} font-size="13">${g.empty}</text>` : ''}`}
  </svg>`;
}
