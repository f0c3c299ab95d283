/**
 * What a chart tells its panel so the panel can show a tooltip: where the plot is, which
 * data index lies under a pointer position, and the text to show for an index. Positions
 * are in the chart's viewBox units; the panel scales them to the rendered size.
 */

export interface ReadoutRow {
  readonly label: string;
  readonly value: string;
  readonly color: string;
  readonly dashed?: boolean;
}

export interface Readout {
  readonly title: string;
  readonly rows: readonly ReadoutRow[];
}

export interface HoverModel {
  readonly viewWidth: number;
  readonly viewHeight: number;
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  /** Number of positions the keyboard can step through. */
  readonly count: number;
  /** Positions per "page" for PageUp/PageDown (e.g. one day of buckets). */
  readonly pageSize: number;
  /** The index under a viewBox x coordinate, or undefined outside the plot. */
  indexAt(viewX: number): number | undefined;
  /** The viewBox x coordinate of an index (the centre of its bucket). */
  xOf(index: number): number;
  /** Dots to mark the values at an index (viewBox y coordinates). */
  marks(index: number): readonly { readonly y: number; readonly color: string }[];
  readout(index: number): Readout;
}
