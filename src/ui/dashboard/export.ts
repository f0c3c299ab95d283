/**
 * Exports: the results as CSV (one row per figure: `figure,mean,halfWidth95`, the figure
 * named by its dotted path such as `byLane.emergency.serviceLevel`), the series as a long
 * CSV with each bucket's Beijing start time, the whole summary as JSON, and each chart as
 * a standalone SVG or a PNG. The page's CSP allows only `data:` and `blob:` images, so the
 * PNG is drawn from a data: URL of the SVG; the chart SVGs carry all their styling as
 * presentation attributes, so nothing is lost when they leave the page.
 */
import type { Estimate, SeriesEstimate } from '../../engine/summary.ts';
import { beijingDate, type BeijingClock } from '../../charts/axis.ts';
import { isValue } from '../../charts/format.ts';

export interface FigureRow {
  readonly figure: string;
  readonly mean: number;
  readonly halfWidth95: number;
}

function isEstimate(x: unknown): x is Estimate {
  return typeof x === 'object' && x !== null && 'mean' in x && 'halfWidth95' in x && !Array.isArray((x as Estimate).mean);
}

function isSeriesEstimate(x: unknown): x is SeriesEstimate {
  return typeof x === 'object' && x !== null && 'mean' in x && Array.isArray((x as SeriesEstimate).mean);
}

/** Every scalar figure of a summary, in the summary's own order; series are left out. */
export function figureRows(summary: unknown, prefix = ''): FigureRow[] {
  if (isEstimate(summary)) return [{ figure: prefix, mean: summary.mean, halfWidth95: summary.halfWidth95 }];
  if (isSeriesEstimate(summary) || typeof summary !== 'object' || summary === null) return [];
  return Object.entries(summary).flatMap(([key, child]) => figureRows(child, prefix ? `${prefix}.${key}` : key));
}

export interface SeriesRow {
  readonly figure: string;
  readonly bucket: number;
  readonly mean: number;
  readonly halfWidth95: number;
}

/** Every per-bucket value of every series, figure by figure. */
export function seriesRows(summary: unknown, prefix = ''): SeriesRow[] {
  if (isSeriesEstimate(summary)) {
    return summary.mean.map((mean, bucket) => ({ figure: prefix, bucket, mean, halfWidth95: summary.halfWidth95[bucket] ?? NaN }));
  }
  if (isEstimate(summary) || typeof summary !== 'object' || summary === null) return [];
  return Object.entries(summary).flatMap(([key, child]) => seriesRows(child, prefix ? `${prefix}.${key}` : key));
}

/** One CSV field: quoted when it holds a comma, quote or line break; missing numbers are empty. */
export function csvField(value: string | number | null | undefined): string {
  if (typeof value === 'number' || value === null || value === undefined) return isValue(value) ? String(value) : '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function figuresCsv(summary: unknown): string {
  return toCsv(
    ['figure', 'mean', 'halfWidth95'],
    figureRows(summary).map((r) => [r.figure, r.mean, r.halfWidth95]),
  );
}

/** "YYYY-MM-DDTHH:MM" Beijing time of a simulated second. */
export function beijingIso(clock: BeijingClock, simSeconds: number): string {
  return beijingDate(clock, simSeconds).toISOString().slice(0, 16);
}

export function seriesCsv(summary: unknown, bucketSeconds: number, clock: BeijingClock): string {
  return toCsv(
    ['figure', 'bucket', 'startBeijing', 'mean', 'halfWidth95'],
    seriesRows(summary).map((r) => [r.figure, r.bucket, beijingIso(clock, r.bucket * bucketSeconds), r.mean, r.halfWidth95]),
  );
}

/** The summary and what it was run on, as JSON (NaN, "no value", becomes null). */
export function resultsJson(summary: unknown, meta: Record<string, unknown>): string {
  return JSON.stringify({ ...meta, summary }, null, 1);
}

/** A file name from a scenario name: lower case, dashes, no characters file systems dislike. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s/\\:*?"<>|()[\]{},;'’]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return stem.slice(0, 60) || 'results';
}

/**
 * Markup of a chart's `<svg>` as a standalone SVG file: XML declaration, the SVG
 * namespace, explicit width and height, and no comments (lit leaves marker comments).
 */
export function standaloneSvg(markup: string): string {
  let out = markup.replace(/<!--[\s\S]*?-->/g, '');
  if (!/^<svg[^>]*\sxmlns=/.test(out)) out = out.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}`;
}

/** The size of an svg from its viewBox (charts draw in viewBox units). */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width || 640, height: rect.height || 320 };
}

/** Height of the title band added above an exported chart. */
export const EXPORT_TITLE_HEIGHT = 26;

/**
 * A chart's `<svg>` as a standalone file. With a title, the chart moves down and the
 * title is written above it, so a pasted PNG or SVG still says what it shows.
 */
export function serializeSvg(svg: SVGSVGElement, title?: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svgSize(svg);
  const extra = title ? EXPORT_TITLE_HEIGHT : 0;
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height + extra));
  copy.setAttribute('viewBox', `0 0 ${width} ${height + extra}`);
  if (title) {
    const ns = 'http://www.w3.org/2000/svg';
    const body = document.createElementNS(ns, 'g');
    body.setAttribute('transform', `translate(0 ${extra})`);
    for (const child of [...copy.childNodes]) {
      if (!(child instanceof Element && (child.localName === 'title' || child.localName === 'defs'))) body.append(child);
    }
    const background = document.createElementNS(ns, 'rect');
    background.setAttribute('width', String(width));
    background.setAttribute('height', String(height + extra));
    background.setAttribute('fill', '#ffffff');
    const heading = document.createElementNS(ns, 'text');
    heading.setAttribute('x', '8');
    heading.setAttribute('y', '18');
    heading.setAttribute('font-size', '14');
    heading.setAttribute('font-weight', '600');
    heading.setAttribute('fill', '#222222');
    heading.textContent = title;
    copy.append(background, heading, body);
  }
  return standaloneSvg(new XMLSerializer().serializeToString(copy));
}

/** A PNG of an SVG at `scale` × its size, drawn through a data: URL (allowed by the page's img-src). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.width = width;
  image.height = height;
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('export: the chart could not be drawn as an image'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('export: no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('export: the PNG could not be encoded'))), 'image/png'),
  );
}

/** Saves a file through a temporary `<a download>` (a blob: URL, revoked once the click is handled). */
export function download(filename: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
