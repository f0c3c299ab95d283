/**
 * Draws the trainer's floor on a canvas at the device pixel ratio: regions and their titles,
 * seats (idle, talking, after-call work, off duty, on the way with the call-in countdown),
 * calls as dots coloured by call type (Okabe–Ito; the emergency lane's calls are diamonds,
 * so colour is not the only cue) that glide between places unless motion is reduced, the
 * missions' local clocks lit when open, and the followed call ringed.
 */
import type { Mission } from '../../../models/missions/catalogue.ts';
import { beijingStartUtcMs, MissionClock } from '../../../models/missions/office-clock.ts';
import { officeRulesFor, type OfficeRulesSpec } from '../../../models/missions/office-rules.ts';
import { CHART_FONT, INK, OKABE_ITO, categorical } from '../../charts/palette.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import type { FloorState, LiveCall } from '../../trainer/floor-state.ts';
import { gridDot, HEIGHT, laneBox, missionSlot, REGIONS, scatter, seatBox, seatCapacity, WIDTH, type Box } from './floor-layout.ts';
import { T } from './messages.ts';

export interface FloorSetting {
  /** Trunk lines, or Infinity. */
  readonly trunkLines: number;
  /** Missions shown in the band, west to east. */
  readonly missions: readonly Mission[];
  readonly secretarySeats: number;
  readonly officerSeats: number;
  /** Missions' clocks are known up to this time. */
  readonly untilSeconds: number;
  /** The scenario's lunch break and holidays for the missions' clocks. */
  readonly officeRules?: OfficeRulesSpec;
  /** Lane labels by lane id. */
  readonly laneLabels: Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
}

const COLOURS = { idle: '#ececec', off: '#3d3d3d', seatEdge: '#8a8a8a', region: '#f7f7f7', open: '#F0E442', closed: '#d9d9d9' };

interface Dot {
  x: number;
  y: number;
  tx: number;
  ty: number;
  seen: number;
}

export class FloorPainter {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly dots = new Map<number, Dot>();
  private readonly slots = new Map<string, number>();
  private readonly slotCount = new Map<string, number>();
  private readonly clocks: MissionClock[];
  /** Each mission's local clock, formatted in the page's language. */
  private readonly formats: Record<Lang, Intl.DateTimeFormat[]>;
  private readonly missionIndex: Map<string, number>;
  private readonly startUtcMs: number;
  private frame = 0;
  /** Each lane's band, with its callers waiting and those past the band. */
  private lanes: { lane: string; box: Box; waiting: number; hidden: number }[] = [];
  private scale = 1;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly floorTypes: readonly string[],
    startBeijing: string,
    private readonly setting: FloorSetting,
  ) {
    this.ctx = canvas.getContext('2d', { alpha: false })!;
    this.startUtcMs = beijingStartUtcMs(startBeijing);
    this.clocks = setting.missions.map((m) => new MissionClock(m, startBeijing, setting.untilSeconds, officeRulesFor(setting.officeRules, m)));
    const formats = (locale: string) => setting.missions.map((m) => new Intl.DateTimeFormat(locale, { timeZone: m.timeZone, hour: '2-digit', minute: '2-digit', weekday: 'short', hour12: false }));
    this.formats = { zh: formats('zh-CN'), en: formats('en-GB') };
    this.missionIndex = new Map(setting.missions.map((m, i) => [m.id, i]));
  }

  /** Sizes the canvas to its CSS box at the device pixel ratio. */
  resize(cssWidth: number): void {
    const dpr = globalThis.devicePixelRatio || 1;
    const cssHeight = (cssWidth * HEIGHT) / WIDTH;
    this.canvas.style.height = `${cssHeight}px`;
    this.canvas.width = Math.round(cssWidth * dpr);
    this.canvas.height = Math.round(cssHeight * dpr);
    this.scale = (cssWidth / WIDTH) * dpr;
  }

  /** The call whose dot is nearest the point (CSS pixels from the canvas's corner), within 10 logical px. */
  hit(cssX: number, cssY: number): number | undefined {
    const dpr = globalThis.devicePixelRatio || 1;
    const x = (cssX * dpr) / this.scale;
    const y = (cssY * dpr) / this.scale;
    let best: number | undefined;
    let bestD = 100;
    for (const [id, d] of this.dots) {
      const dd = (d.x - x) ** 2 + (d.y - y) ** 2;
      if (dd < bestD) [best, bestD] = [id, dd];
    }
    return best;
  }

  draw(floor: FloorState, clock: number, lang: Lang, dtMs: number, reducedMotion: boolean): void {
    const { ctx } = this;
    this.frame++;
    ctx.setTransform(this.scale, 0, 0, this.scale, 0, 0);
    ctx.fillStyle = INK.background;
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    ctx.font = `12px ${CHART_FONT}`;
    ctx.textBaseline = 'top';
    for (const [id, box] of Object.entries(REGIONS) as [keyof typeof T & keyof typeof REGIONS, Box][]) {
      ctx.fillStyle = COLOURS.region;
      ctx.fillRect(box.x, box.y, box.w, box.h);
      ctx.fillStyle = INK.text;
      ctx.fillText(text(T[id], lang), box.x + 6, box.y + 5, box.w - 12);
    }
    const onPhone = this.placeCalls(floor);
    for (const { lane, box, waiting, hidden } of this.lanes) {
      ctx.strokeStyle = COLOURS.seatEdge;
      ctx.lineWidth = 1;
      ctx.strokeRect(box.x + 2, box.y + 16, box.w - 4, box.h - 16);
      ctx.fillStyle = INK.text;
      ctx.fillText(`${this.setting.laneLabels[lane] ? text(this.setting.laneLabels[lane], lang) : lane}: ${waiting}${hidden > 0 ? ` (${text(T.more(hidden), lang)})` : ''}`, box.x + 6, box.y + 20, box.w - 12);
    }
    this.drawSeats(floor, clock, onPhone, lang);
    this.drawTrunk(floor, lang);
    this.drawMissions(clock, lang);
    ctx.fillStyle = INK.text;
    ctx.fillText(text(T.escalated(floor.cpc), lang), REGIONS.cpc.x + 8, REGIONS.cpc.y + 50);
    this.drawDots(floor, dtMs, reducedMotion);
  }

  /** Sets each visible call's target; returns the calls at seats by `group:agent`. */
  private placeCalls(floor: FloorState): Map<string, LiveCall> {
    const atSeat = new Map<string, LiveCall>();
    const queues = new Map<string, LiveCall[]>();
    const counts = { transfers: 0, secretary: 0, officer: 0, missions: new Map<string, number>() };
    for (const call of floor.calls.values()) {
      if (call.place === 'queue') {
        let q = queues.get(call.lane);
        if (!q) queues.set(call.lane, (q = []));
        q.push(call);
        continue;
      }
      let at: { x: number; y: number } | undefined;
      switch (call.place) {
        case 'ivr':
          at = scatter(REGIONS.ivr, call.id);
          break;
        case 'talk':
        case 'wrap':
        case 'desk':
        case 'transfer-talk': {
          const key = `${call.group}:${call.agent}`;
          atSeat.set(key, call);
          const box = this.seatOf(call.group!, call.agent!);
          if (box) at = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
          break;
        }
        case 'transfer-wait':
          at = gridDot(REGIONS.transfers, counts.transfers++);
          break;
        case 'office':
          if (call.stage === 'mission') {
            const i = this.missionIndex.get(call.mission ?? '') ?? this.setting.missions.length - 1;
            const n = counts.missions.get(call.mission ?? '') ?? 0;
            counts.missions.set(call.mission ?? '', n + 1);
            const slot = missionSlot(i, this.setting.missions.length);
            at = gridDot({ x: slot.x, y: slot.y + 40, w: slot.w, h: slot.h - 40 }, n, 0);
          } else {
            const half = REGIONS.trays.w / 2;
            const tray = { ...REGIONS.trays, x: REGIONS.trays.x + (call.stage === 'officer' ? half : 0), w: half - 4 };
            at = gridDot(tray, call.stage === 'officer' ? counts.officer++ : counts.secretary++);
          }
          break;
      }
      this.target(call.id, at);
    }
    this.lanes = floor.config.laneIds.map((lane, i) => {
      const q = queues.get(lane) ?? [];
      q.sort((a, b) => a.since - b.since);
      const box = laneBox(i, floor.config.laneIds.length);
      let shown = 0;
      for (let k = 0; k < q.length; k++) {
        const at = gridDot(box, k, 34);
        if (at) shown++;
        this.target(q[k]!.id, at);
      }
      return { lane, box, waiting: q.length, hidden: q.length - shown };
    });
    return atSeat;
  }

  private target(id: number, at: { x: number; y: number } | undefined): void {
    if (!at) return;
    const d = this.dots.get(id);
    if (d) {
      d.tx = at.x;
      d.ty = at.y;
      d.seen = this.frame;
    } else this.dots.set(id, { x: REGIONS.trunk.x + REGIONS.trunk.w, y: REGIONS.trunk.y + 50, tx: at.x, ty: at.y, seen: this.frame });
  }

  /** The seat box of an agent: each agent keeps the slot it first took in its group's block. */
  private seatOf(group: string, agent: number): Box | undefined {
    const region = group === 'standby' ? REGIONS.standby : group === 'secretaryPhones' ? REGIONS.phones : group === 'officers' ? REGIONS.officers : group === 'secretaries' ? REGIONS.secretaries : REGIONS.front;
    const key = `${group}:${agent}`;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slotCount.get(group) ?? 0;
      this.slotCount.set(group, slot + 1);
      this.slots.set(key, slot);
    }
    return seatBox(region, slot % seatCapacity(region));
  }

  private drawSeats(floor: FloorState, clock: number, atSeat: Map<string, LiveCall>, lang: Lang): void {
    const { ctx } = this;
    const blocks: [string, Box, number, number][] = [
      ['front', REGIONS.front, Math.max(20, floor.duty.front ?? 0), floor.duty.front ?? 0],
      ['standby', REGIONS.standby, 20, floor.duty.standby ?? 0],
      ['secretaryPhones', REGIONS.phones, Math.max(this.setting.secretarySeats, 10), floor.duty.secretaryPhones ?? 0],
      ['secretaries', REGIONS.secretaries, this.setting.secretarySeats, this.setting.secretarySeats],
      ['officers', REGIONS.officers, this.setting.officerSeats, this.setting.officerSeats],
    ];
    for (const [group, region, shown, onDuty] of blocks) {
      const busy = new Map<number, LiveCall>();
      for (const [key, call] of atSeat) if (key.startsWith(`${group}:`)) busy.set(this.slots.get(key)!, call);
      const coming = group === 'standby' ? floor.standbyComing : [];
      const n = Math.min(shown, seatCapacity(region));
      for (let i = 0; i < n; i++) {
        const box = seatBox(region, i);
        const call = busy.get(i);
        if (call) {
          const colour = this.colour(call);
          if (call.place === 'wrap') {
            ctx.fillStyle = INK.background;
            ctx.fillRect(box.x, box.y, box.w, box.h);
            ctx.strokeStyle = colour;
            ctx.lineWidth = 3;
            ctx.strokeRect(box.x + 1.5, box.y + 1.5, box.w - 3, box.h - 3);
          } else {
            ctx.fillStyle = colour;
            ctx.fillRect(box.x, box.y, box.w, box.h);
          }
          continue;
        }
        const comingAt = i >= onDuty ? coming[i - onDuty] : undefined;
        ctx.fillStyle = i < onDuty ? COLOURS.idle : COLOURS.off;
        ctx.fillRect(box.x, box.y, box.w, box.h);
        if (comingAt !== undefined) {
          ctx.strokeStyle = OKABE_ITO.orange;
          ctx.lineWidth = 2;
          ctx.setLineDash([3, 2]);
          ctx.strokeRect(box.x + 1, box.y + 1, box.w - 2, box.h - 2);
          ctx.setLineDash([]);
          ctx.fillStyle = INK.background;
          ctx.font = `9px ${CHART_FONT}`;
          ctx.fillText(countdown(comingAt - clock), box.x + 2, box.y + 8, box.w - 4);
          ctx.font = `12px ${CHART_FONT}`;
        }
      }
      if (group === 'standby' && coming.length > 0) {
        ctx.fillStyle = OKABE_ITO.vermillion;
        ctx.fillText(`${text(T.comingIn, lang)}: ${coming.length}`, region.x + 200, region.y + 5);
      }
    }
  }

  private drawTrunk(floor: FloorState, lang: Lang): void {
    const { ctx } = this;
    let inUse = 0;
    for (const call of floor.calls.values()) if (call.place === 'ivr' || call.place === 'queue' || call.place === 'talk' || call.place === 'transfer-wait' || call.place === 'transfer-talk') inUse++;
    const lines = this.setting.trunkLines;
    const box = REGIONS.trunk;
    ctx.fillStyle = COLOURS.closed;
    ctx.fillRect(box.x + 6, box.y + 30, box.w - 12, 16);
    ctx.fillStyle = OKABE_ITO.blue;
    const share = lines === Infinity ? Math.min(1, inUse / 200) : Math.min(1, inUse / lines);
    ctx.fillRect(box.x + 6, box.y + 30, (box.w - 12) * share, 16);
    ctx.fillStyle = INK.text;
    ctx.fillText(text(T.inUse(inUse, lines === Infinity ? text(T.unlimited, lang) : String(lines)), lang), box.x + 6, box.y + 56, box.w - 12);
  }

  private drawMissions(clock: number, lang: Lang): void {
    const { ctx } = this;
    const count = this.setting.missions.length;
    const when = new Date(this.startUtcMs + clock * 1000);
    ctx.font = `10px ${CHART_FONT}`;
    this.setting.missions.forEach((m, i) => {
      const slot = missionSlot(i, count);
      let open = false;
      try {
        open = this.clocks[i]!.isOpen(Math.min(clock, this.setting.untilSeconds - 1));
      } catch {
        open = false;
      }
      ctx.fillStyle = open ? COLOURS.open : COLOURS.closed;
      ctx.fillRect(slot.x, slot.y, slot.w, 36);
      ctx.fillStyle = INK.text;
      ctx.fillText(text(m.city, lang).slice(0, 10), slot.x + 2, slot.y + 3, slot.w - 4);
      ctx.fillText(this.formats[lang][i]!.format(when), slot.x + 2, slot.y + 18, slot.w - 4);
    });
    ctx.font = `12px ${CHART_FONT}`;
  }

  private drawDots(floor: FloorState, dtMs: number, reducedMotion: boolean): void {
    const { ctx } = this;
    const k = reducedMotion ? 1 : Math.min(1, dtMs / 180);
    const byColour = new Map<string, Dot[]>();
    const diamonds = new Map<string, Dot[]>();
    const emergency = floor.config.laneIds[0];
    for (const [id, d] of this.dots) {
      const call = floor.calls.get(id);
      if (d.seen !== this.frame || !call) {
        this.dots.delete(id);
        continue;
      }
      d.x += (d.tx - d.x) * k;
      d.y += (d.ty - d.y) * k;
      const colour = this.colour(call);
      const groups = call.lane === emergency ? diamonds : byColour;
      let list = groups.get(colour);
      if (!list) groups.set(colour, (list = []));
      list.push(d);
    }
    for (const [colour, list] of byColour) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      for (const d of list) {
        ctx.moveTo(d.x + 3, d.y);
        ctx.arc(d.x, d.y, 3, 0, Math.PI * 2);
      }
      ctx.fill();
    }
    for (const [colour, list] of diamonds) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      for (const d of list) {
        ctx.moveTo(d.x, d.y - 4.5);
        ctx.lineTo(d.x + 4.5, d.y);
        ctx.lineTo(d.x, d.y + 4.5);
        ctx.lineTo(d.x - 4.5, d.y);
        ctx.closePath();
      }
      ctx.fill();
    }
    const followed = floor.followed && this.dots.get(floor.followed.id);
    if (followed) {
      ctx.strokeStyle = INK.text;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.arc(followed.x, followed.y, 9, 0, Math.PI * 2);
      ctx.stroke();
    }
  }

  private colour(call: LiveCall): string {
    return categorical(this.floorTypes.indexOf(call.callType));
  }
}

function countdown(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
