/**
 * Colours for the charts: the Okabe–Ito palette, chosen because its eight colours stay
 * distinct for the common forms of colour blindness. Colours are plain hex strings, used
 * as SVG presentation attributes (not CSS variables), so an exported SVG or PNG keeps them.
 * Colour is never the only cue: lines also differ by dash, markers by shape, statuses by icon.
 */

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * Order for categorical series (call types, lanes, stages). Yellow comes last: thin
 * yellow lines are hard to see on white.
 */
export const CATEGORICAL: readonly string[] = [
  OKABE_ITO.vermillion,
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  '#555555',
  OKABE_ITO.yellow,
];

/** The colour of the i-th category; repeats after eight. */
export function categorical(i: number): string {
  return CATEGORICAL[((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length]!;
}

/** Staff pools keep the same colour on every chart, whatever pools a run has. */
const POOL_COLOURS: Readonly<Record<string, string>> = {
  front: OKABE_ITO.blue,
  standby: OKABE_ITO.orange,
  secretaryPhones: OKABE_ITO.bluishGreen,
  secretaries: OKABE_ITO.reddishPurple,
  officers: OKABE_ITO.skyBlue,
};

export function poolColour(pool: string, fallbackIndex: number): string {
  return POOL_COLOURS[pool] ?? categorical(fallbackIndex);
}

/** Card and cell statuses against a target. */
export const STATUS_COLOURS = {
  meets: OKABE_ITO.bluishGreen,
  uncertain: OKABE_ITO.orange,
  misses: OKABE_ITO.vermillion,
  none: '#767676',
} as const;

/** Neutral inks for frames, grid lines and text (at least 4.5:1 on white for text). */
export const INK = {
  text: '#222222',
  muted: '#595959',
  grid: '#e3e3e3',
  frame: '#9a9a9a',
  warmup: '#000000',
  background: '#ffffff',
} as const;

/** Fonts for SVG text; Chinese faces listed so both languages render in exported files. */
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Droid Sans Fallback', sans-serif";

/** Font size of chart text, in px (the layout estimates label widths with it). */
export const CHART_FONT_SIZE = 11;
