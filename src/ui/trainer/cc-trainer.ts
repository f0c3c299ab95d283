/**
 * `<cc-trainer>`: the trainer's view. It runs one traced replication of the scenario being
 * edited (or of a lesson's) in a worker of its own, plays it on the floor plan with the
 * animation clock, and shows the controls, live counters, captions and the journey of the
 * followed call. The canvas is redrawn every frame; the panels at most four times a second.
 */
import { wrap, type Remote } from 'comlink';
import { css, html, LitElement, nothing } from 'lit';
import { MISSIONS, type Mission } from '../../../models/missions/catalogue.ts';
import { MissionClock } from '../../../models/missions/office-clock.ts';
import { officeRulesFor, officeRulesSpecOf } from '../../../models/missions/office-rules.ts';
import { parseScenario, type Scenario } from '../../../models/scenario/scenario.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { LESSONS, lessonById, type Lesson } from '../../trainer/lessons.ts';
import { Narrator, type Caption } from '../../trainer/narration.ts';
import { Player, SPEEDS } from '../../trainer/player.ts';
import type { TrainerApi } from '../../worker/protocol.ts';
import { libraryScenario } from '../scenario-library.ts';
import { theme } from '../theme.ts';
import { FloorPainter } from './floor-painter.ts';
import { T } from './messages.ts';
import { renderCounters, renderJourney, renderLegend } from './panels.ts';

const DAY = 86400;
const WEEKDAYS = { zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };

export class CcTrainer extends LitElement {
  static override properties = {
    lang: {},
    scenarioJson: { attribute: false },
    status: { state: true },
    lessonId: { state: true },
  };
  static override styles = [
    theme,
    css`
      :host { display: block; padding: 0 16px 16px; }
      .bar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 8px 0; }
      .bar label { display: flex; flex-direction: column; font-size: 0.85rem; gap: 2px; }
      .grid { display: grid; grid-template-columns: minmax(0, 1fr) 370px; gap: 12px; }
      canvas { width: 100%; display: block; border: 1px solid #ccc; cursor: crosshair; }
      canvas:focus-visible { outline: 3px solid #0072b2; }
      .caption { min-height: 1.4em; background: #fffbe0; border-left: 6px solid #e69f00; color: #222; padding: 6px 10px; font-size: 1.05rem; }
      .clock { font-size: 1.2rem; font-variant-numeric: tabular-nums; font-weight: 600; }
      .lesson-text { margin: 4px 0 8px; max-width: 80ch; }
      table { border-collapse: collapse; font-size: 0.85rem; font-variant-numeric: tabular-nums; }
      th, td { padding: 2px 4px; text-align: right; border-bottom: 1px solid #e3e3e3; }
      th:first-child, td:first-child { text-align: left; }
      ol.journey { padding-left: 1.2em; font-size: 0.85rem; max-height: 260px; overflow: auto; }
      .legend { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.8rem; margin-top: 6px; }
      .swatch { display: inline-block; width: 12px; height: 12px; vertical-align: middle; margin-right: 4px; border: 1px solid #888; }
      .help { color: #595959; font-size: 0.8rem; }
    `,
  ];

  declare lang: Lang;
  declare scenarioJson: unknown;
  declare status: 'loading' | 'ready' | 'invalid';
  declare lessonId: string;
  player: Player | undefined;
  narration = true;
  reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  seed = 12308;
  captions: Caption[] = [];
  scenario: Scenario | undefined;
  /** Frame durations (ms) while playing, for the browser test. */
  readonly frameTimes: number[] = [];

  private worker: Worker | undefined;
  private painter: FloorPainter | undefined;
  private narrator: Narrator | undefined;
  private raf = 0;
  private last = 0;
  private lastPanels = 0;
  private opened: unknown;

  constructor() {
    super();
    this.lang = 'zh';
    this.status = 'loading';
    this.lessonId = new URLSearchParams(location.search).get('lesson') ?? '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.raf);
    this.worker?.terminate();
  }

  protected override updated(): void {
    const source = this.lessonId ? this.lessonId : this.scenarioJson;
    if (source !== this.opened) {
      this.opened = source;
      void this.open();
    }
  }

  private get lesson(): Lesson | undefined {
    return this.lessonId ? lessonById(this.lessonId) : undefined;
  }

  /** Starts the replication of the working scenario (or the lesson's) in a fresh worker. */
  private async open(): Promise<void> {
    cancelAnimationFrame(this.raf);
    this.worker?.terminate();
    this.player = undefined;
    this.status = 'loading';
    const lesson = this.lesson;
    const json = lesson ? lesson.adjust(structuredClone(libraryScenario(lesson.base)) as Record<string, unknown>) : this.scenarioJson;
    const parsed = parseScenario(json);
    if (!parsed.ok) {
      this.status = 'invalid';
      return;
    }
    const scenario = (this.scenario = parsed.scenario);
    const days = lesson?.days ?? Math.min(scenario.run.days, 7);
    this.worker = new Worker(new URL('../../worker/trainer.worker.ts', import.meta.url), { type: 'module' });
    const api: Remote<TrainerApi> = wrap<TrainerApi>(this.worker);
    const opened = await api.open(json, { seed: this.seed, replication: 0, days });
    if (!opened.ok) {
      this.status = 'invalid';
      return;
    }
    const player = new Player(api, opened.config);
    const until = days * DAY + scenario.run.drainLimitHours * 3600 + 2 * DAY;
    const missions = bandMissions(scenario);
    const clockOf = (m: Mission) => new MissionClock(m, scenario.run.startBeijing, until, officeRulesFor(officeRulesSpecOf(scenario), m));
    const clocks = new Map(missions.map((m) => [m.id, clockOf(m)]));
    this.narrator = new Narrator({
      isOpen: (id, t) => (clocks.get(id) ?? clockOf(MISSIONS.find((m) => m.id === id)!)).isOpen(t),
      missionName: (id) => MISSIONS.find((m) => m.id === id)?.name ?? { zh: id, en: id },
      channelName: (id) => scenario.notifications?.channels.find((c) => c.id === id)?.label ?? { zh: id, en: id },
      emergencyLane: opened.config.laneIds[0]!,
    });
    this.captions = [];
    player.onRecord = (r, floor) => {
      const caption = this.narrator!.caption(r, floor);
      if (caption) this.captions = [caption, ...this.captions].slice(0, 3);
    };
    const seats = (s: number | readonly number[] | undefined) => (s === undefined ? 0 : typeof s === 'number' ? s : Math.max(...s));
    this.status = 'ready';
    await this.updateComplete;
    const canvas = this.renderRoot.querySelector('canvas')!;
    const officeRules = officeRulesSpecOf(scenario);
    this.painter = new FloorPainter(canvas, opened.config.callTypeIds, scenario.run.startBeijing, {
      trunkLines: scenario.trunk?.lines ?? Infinity,
      missions,
      secretarySeats: seats(scenario.backOffice?.secretaries.seats),
      officerSeats: seats(scenario.backOffice?.officers.seats),
      untilSeconds: until,
      ...(officeRules ? { officeRules } : {}),
      laneLabels: Object.fromEntries(scenario.lanes.flatMap((l) => (l.label ? [[l.id, l.label]] : []))),
    });
    this.painter.resize(canvas.clientWidth || 900);
    this.player = player;
    if (lesson) {
      player.speed = lesson.speed;
      await player.jump(lesson.startSeconds);
      player.playing = true;
    }
    this.last = performance.now();
    this.raf = requestAnimationFrame(this.frame);
    this.requestUpdate();
  }

  private readonly frame = (now: number): void => {
    const { player, painter } = this;
    if (!player || !painter) return;
    const dt = Math.min(250, now - this.last);
    this.last = now;
    const t0 = performance.now();
    player.tick(dt);
    painter.draw(player.floor, player.clock, this.lang, dt, this.reducedMotion);
    if (player.playing) this.frameTimes.push(performance.now() - t0);
    if (now - this.lastPanels > 250) {
      this.lastPanels = now;
      this.requestUpdate();
    }
    this.raf = requestAnimationFrame(this.frame);
  };

  // ——— controls ———

  private togglePlay = (): void => {
    if (!this.player) return;
    this.player.playing = !this.player.playing;
    this.requestUpdate();
  };

  private step = async (): Promise<void> => {
    await this.player?.step();
    this.requestUpdate();
  };

  private setSpeed(speed: number): void {
    if (this.player) this.player.speed = speed;
    this.requestUpdate();
  }

  private jump = async (): Promise<void> => {
    const day = Number((this.renderRoot.querySelector('#jump-day') as HTMLInputElement).value);
    const [h, m] = (this.renderRoot.querySelector('#jump-time') as HTMLInputElement).value.split(':').map(Number);
    const to = (Math.max(1, day) - 1) * DAY + (h ?? 0) * 3600 + (m ?? 0) * 60 - this.startOffsetSeconds();
    await this.player?.jump(Math.max(0, to));
    this.requestUpdate();
  };

  /** Seconds past Beijing midnight at the run's start. */
  private startOffsetSeconds(): number {
    const hhmm = this.scenario?.run.startBeijing.slice(11) ?? '00:00';
    return Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60;
  }

  private follow(id: number | undefined): void {
    this.player?.follow(id);
    this.requestUpdate();
  }

  private onCanvasClick = (event: MouseEvent): void => {
    const canvas = event.currentTarget as HTMLCanvasElement;
    const rect = canvas.getBoundingClientRect();
    const id = this.painter?.hit(event.clientX - rect.left, event.clientY - rect.top);
    if (id !== undefined) this.follow(id);
  };

  private onKey = (event: KeyboardEvent): void => {
    const tag = (event.composedPath()[0] as HTMLElement).tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'BUTTON') return;
    const i = SPEEDS.indexOf((this.player?.speed ?? 60) as (typeof SPEEDS)[number]);
    if (event.key === ' ') this.togglePlay();
    else if (event.key === 'ArrowRight') void this.step();
    else if (event.key === '+' || event.key === '=') this.setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, i + 1)]!);
    else if (event.key === '-') this.setSpeed(SPEEDS[Math.max(0, i - 1)]!);
    else return;
    event.preventDefault();
  };

  // ——— rendering ———

  private clockText(t: number): string {
    const lang = this.lang;
    const s = t + this.startOffsetSeconds();
    const startDay = new Date(`${this.scenario?.run.startBeijing ?? '2025-01-06T00:00'}:00Z`).getUTCDay();
    const weekday = WEEKDAYS[lang][(((startDay + 6) % 7) + Math.floor(s / DAY)) % 7]!;
    const hh = String(Math.floor((s % DAY) / 3600)).padStart(2, '0');
    const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
    return text(T.clock(Math.floor(t / DAY) + 1, weekday, `${hh}:${mm}`), lang);
  }

  override render() {
    const lang = this.lang;
    const player = this.player;
    const lesson = this.lesson;
    return html`<div @keydown=${this.onKey}>
      <h2>${text(T.title, lang)}</h2>
      <div class="bar">
        <label
          >${text(T.lesson, lang)}
          <select id="lesson" @change=${(e: Event) => (this.lessonId = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!lesson}>${text(T.noLesson, lang)}</option>
            ${LESSONS.map((l) => html`<option value=${l.id} ?selected=${l.id === this.lessonId}>${text(l.title, lang)}</option>`)}
          </select>
        </label>
        <button type="button" id="play" @click=${this.togglePlay} ?disabled=${!player}>${text(player?.playing ? T.pause : T.play, lang)}</button>
        <button type="button" id="step" @click=${this.step} ?disabled=${!player}>${text(T.step, lang)}</button>
        <label
          >${text(T.speed, lang)}
          <select id="speed" @change=${(e: Event) => this.setSpeed(Number((e.target as HTMLSelectElement).value))}>
            ${SPEEDS.map((s) => html`<option value=${s} ?selected=${player?.speed === s}>${text(T.speedOption(s), lang)}</option>`)}
          </select>
        </label>
        <label>${text(T.jumpDay, lang)} <input id="jump-day" type="number" min="1" max="60" value="1" size="3" /></label>
        <label>${text(T.jumpTime, lang)} <input id="jump-time" type="time" value="02:00" /></label>
        <button type="button" id="jump" @click=${this.jump} ?disabled=${!player}>${text(T.go, lang)}</button>
        <label><span><input type="checkbox" id="narration" .checked=${this.narration} @change=${(e: Event) => ((this.narration = (e.target as HTMLInputElement).checked), this.requestUpdate())} /> ${text(T.narration, lang)}</span></label>
        <label><span><input type="checkbox" id="reduced-motion" .checked=${this.reducedMotion} @change=${(e: Event) => (this.reducedMotion = (e.target as HTMLInputElement).checked)} /> ${text(T.reducedMotion, lang)}</span></label>
      </div>
      ${lesson ? html`<p class="lesson-text" id="lesson-text">${text(lesson.text, lang)}</p>` : nothing}
      <div class="clock" id="clock" aria-live="off">${player ? this.clockText(player.clock) : text(this.status === 'invalid' ? T.invalid : T.loading, lang)}</div>
      ${this.narration ? html`<div class="caption" id="caption" aria-live="polite">${this.captions[0] ? text(this.captions[0].text, lang) : '…'}</div>` : nothing}
      <div class="grid">
        <div>
          <canvas tabindex="0" role="img" aria-label=${text(T.floorLabel, lang)} @click=${this.onCanvasClick}></canvas>
          ${renderLegend(this.scenario, lang)}
          <p class="help">${text(T.keys, lang)} · ${text(T.followHint, lang)}</p>
        </div>
        <div>${player ? html`${renderCounters(player.floor, lang, this.scenario)} ${renderJourney(player.floor, lang, (id) => this.follow(id), (t) => this.clockText(t))}` : nothing}</div>
      </div>
    </div>`;
  }
}

/** The missions of the band: the scenario's weighted ones (the 24 heaviest), west to east, and the catch-all. */
function bandMissions(scenario: Scenario): Mission[] {
  const weights = scenario.missions?.weights ?? {};
  const ids = Object.entries(weights)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 24)
    .map(([id]) => id);
  const chosen = MISSIONS.filter((m) => ids.includes(m.id) && m.id !== 'other');
  const offset = (m: Mission) => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: m.timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(2025, 0, 6)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name);
    return match ? Number(match[1]) + Math.sign(Number(match[1])) * Number(match[2] ?? 0) / 60 : 0;
  };
  chosen.sort((a, b) => offset(a) - offset(b));
  return [...chosen, MISSIONS.find((m) => m.id === 'other')!];
}

customElements.define('cc-trainer', CcTrainer);

declare global {
  interface HTMLElementTagNameMap {
    'cc-trainer': CcTrainer;
  }
}
