/**
 * Where things are on the trainer's floor plan, in a fixed logical space of 1200 × 720
 * (the painter scales it to the canvas): the trunk lines and the IVR gate on the left, the
 * lanes' queues, the front desk (front seats, standby seats, secretaries on the phones),
 * the back office (transfer queue, secretaries, officers and their work-order trays), and
 * along the bottom the band of missions abroad with the Consular Protection Center.
 */
export const WIDTH = 1200;
export const HEIGHT = 720;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const REGIONS = {
  trunk: { x: 16, y: 40, w: 170, h: 90 },
  ivr: { x: 16, y: 170, w: 170, h: 200 },
  queues: { x: 206, y: 40, w: 270, h: 500 },
  front: { x: 496, y: 40, w: 330, h: 150 },
  standby: { x: 496, y: 225, w: 330, h: 150 },
  phones: { x: 496, y: 410, w: 330, h: 130 },
  transfers: { x: 846, y: 40, w: 338, h: 60 },
  secretaries: { x: 846, y: 130, w: 338, h: 150 },
  officers: { x: 846, y: 310, w: 338, h: 90 },
  trays: { x: 846, y: 430, w: 338, h: 110 },
  missions: { x: 16, y: 580, w: 1000, h: 124 },
  cpc: { x: 1030, y: 580, w: 154, h: 124 },
} as const satisfies Record<string, Box>;

export type RegionId = keyof typeof REGIONS;

/** Seats per row in each seat block. */
export const SEAT_COLUMNS = 10;
export const SEAT_W = 28;
export const SEAT_H = 24;
export const SEAT_GAP = 4;

/** Top-left corner of seat `index` in a block (rows of SEAT_COLUMNS below a 22 px title). */
export function seatBox(region: Box, index: number): Box {
  const col = index % SEAT_COLUMNS;
  const row = Math.floor(index / SEAT_COLUMNS);
  return { x: region.x + 6 + col * (SEAT_W + SEAT_GAP), y: region.y + 24 + row * (SEAT_H + SEAT_GAP), w: SEAT_W, h: SEAT_H };
}

/** Seats that fit in a block. */
export function seatCapacity(region: Box): number {
  return SEAT_COLUMNS * Math.floor((region.h - 24) / (SEAT_H + SEAT_GAP));
}

/** Dot spacing in queues and trays. */
export const DOT_STEP = 7;

/** The centre of dot `index` in a grid filling `box` row by row (below a title of `top` px); undefined past the box. */
export function gridDot(box: Box, index: number, top = 20): { x: number; y: number } | undefined {
  const perRow = Math.max(1, Math.floor((box.w - 8) / DOT_STEP));
  const row = Math.floor(index / perRow);
  const y = box.y + top + 4 + row * DOT_STEP;
  if (y > box.y + box.h - 4) return undefined;
  return { x: box.x + 4 + (index % perRow) * DOT_STEP + DOT_STEP / 2, y };
}

/** The band of each lane inside the queues region, highest priority on top. */
export function laneBox(laneIndex: number, laneCount: number): Box {
  const q = REGIONS.queues;
  const h = (q.h - 20) / Math.max(1, laneCount);
  return { x: q.x, y: q.y + 20 + laneIndex * h, w: q.w, h: h - 6 };
}

/** The slot of mission `index` of `count` in the missions band. */
export function missionSlot(index: number, count: number): Box {
  const band = REGIONS.missions;
  const w = (band.w - 8) / Math.max(1, count);
  return { x: band.x + 4 + index * w, y: band.y + 22, w: w - 2, h: band.h - 26 };
}

/** A stable spot for a call inside a box (IVR, trays), from its id. */
export function scatter(box: Box, id: number, top = 20): { x: number; y: number } {
  const a = (id * 2654435761) >>> 0;
  const fx = (a & 0xffff) / 0xffff;
  const fy = (a >>> 16) / 0xffff;
  return { x: box.x + 6 + fx * (box.w - 12), y: box.y + top + 4 + fy * (box.h - top - 10) };
}

export function contains(box: Box, x: number, y: number): boolean {
  return x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
}
