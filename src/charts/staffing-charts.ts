/**
 * The staffing view's two charts, drawn with d3 into an <svg>: front seats per half hour of
 * the week (required as bars, scheduled as a step line), and the standby sizing curve (share
 * of the incident's hours meeting the goal against standby seats tried, with 95% intervals,
 * the chosen share as a dashed line and the answer marked).
 */
import { axisBottom, axisLeft, line, max, scaleBand, scaleLinear, select, curveStepAfter } from 'd3';
import { OKABE_ITO } from './palette.ts';

const W = 900;
const H = 240;
const M = { top: 12, right: 12, bottom: 28, left: 44 };

export interface SeatBarsData {
  readonly required: readonly number[];
  readonly scheduled: readonly number[];
  /** Tick labels, one a day (index 0 = Monday). */
  readonly dayLabels: readonly string[];
  readonly title: string;
}

export function drawSeatBars(svgElement: SVGSVGElement, data: SeatBarsData): void {
  const svg = select(svgElement).attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img').attr('aria-label', data.title);
  svg.selectAll('*').remove();
  const n = data.required.length;
  const x = scaleBand<number>().domain(Array.from({ length: n }, (_, i) => i)).range([M.left, W - M.right]).padding(0.1);
  const top = Math.max(1, max([...data.required, ...data.scheduled]) ?? 1);
  const y = scaleLinear().domain([0, top * 1.05]).nice().range([H - M.bottom, M.top]);
  svg
    .append('g')
    .attr('class', 'required')
    .selectAll('rect')
    .data(data.required)
    .join('rect')
    .attr('x', (_, i) => x(i)!)
    .attr('width', x.bandwidth())
    .attr('y', (d) => y(d))
    .attr('height', (d) => y(0) - y(d))
    .attr('fill', OKABE_ITO.blue);
  const step = line<number>()
    .x((_, i) => (i < n ? x(i)! : x(n - 1)! + x.step()))
    .y((d) => y(d))
    .curve(curveStepAfter);
  svg.append('path').attr('class', 'scheduled').attr('d', step([...data.scheduled, data.scheduled[n - 1] ?? 0])).attr('fill', 'none').attr('stroke', OKABE_ITO.vermillion).attr('stroke-width', 1.5);
  svg
    .append('g')
    .attr('transform', `translate(0,${H - M.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(Array.from({ length: Math.ceil(n / 48) }, (_, d) => d * 48))
        .tickFormat((i) => data.dayLabels[Math.floor(Number(i) / 48)] ?? ''),
    );
  svg.append('g').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(5));
}

export interface CurveData {
  readonly points: readonly { seats: number; share: number; low: number; high: number }[];
  readonly share: number;
  readonly answer: number | undefined;
  readonly title: string;
}

export function drawSizingCurve(svgElement: SVGSVGElement, data: CurveData): void {
  const svg = select(svgElement).attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img').attr('aria-label', data.title);
  svg.selectAll('*').remove();
  const seats = data.points.map((p) => p.seats);
  const x = scaleLinear().domain([0, Math.max(1, max(seats) ?? 1)]).nice().range([M.left, W - M.right]);
  const y = scaleLinear().domain([0, 1]).range([H - M.bottom, M.top]);
  svg.append('line').attr('class', 'goal').attr('x1', M.left).attr('x2', W - M.right).attr('y1', y(data.share)).attr('y2', y(data.share)).attr('stroke', '#6b7280').attr('stroke-dasharray', '4 3');
  const points = svg.append('g').selectAll('g').data(data.points).join('g');
  points.append('line').attr('x1', (p) => x(p.seats)).attr('x2', (p) => x(p.seats)).attr('y1', (p) => y(p.low)).attr('y2', (p) => y(p.high)).attr('stroke', OKABE_ITO.blue);
  points
    .append('circle')
    .attr('cx', (p) => x(p.seats))
    .attr('cy', (p) => y(p.share))
    .attr('r', (p) => (p.seats === data.answer ? 6 : 4))
    .attr('fill', (p) => (p.seats === data.answer ? OKABE_ITO.bluishGreen : OKABE_ITO.blue));
  const path = line<{ seats: number; share: number }>()
    .x((p) => x(p.seats))
    .y((p) => y(p.share));
  svg.append('path').attr('d', path([...data.points])).attr('fill', 'none').attr('stroke', OKABE_ITO.blue).attr('stroke-opacity', 0.5);
  svg.append('g').attr('transform', `translate(0,${H - M.bottom})`).call(axisBottom(x).ticks(8));
  svg.append('g').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(5, '%'));
}
