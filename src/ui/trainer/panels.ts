/**
 * The trainer's panels beside the floor: live counters (waiting per lane, offered, answered,
 * hung up, busy signals and service level so far, seats on duty, backlog per stage,
 * notifications), the list of calls to follow and the followed call's journey with its
 * waits, and the legend of call colours and seat states.
 */
import { html, nothing } from 'lit';
import type { Scenario } from '../../../models/scenario/scenario.ts';
import { categorical, OKABE_ITO } from '../../charts/palette.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { serviceLevel, STAGE_IDS, waitingByLane, type FloorState } from '../../trainer/floor-state.ts';
import { DETAIL_NAMES, STEP_NAMES, T } from './messages.ts';

const STAGE_NAMES: Record<string, { zh: string; en: string }> = {
  secretary: { zh: '文秘处理', en: 'Secretaries' },
  officer: { zh: '领事干部审批', en: 'Officers' },
  mission: { zh: '待使领馆接收', en: 'Waiting for a mission' },
};
const GROUP_NAMES: Record<string, { zh: string; en: string }> = {
  front: { zh: '前台坐席', en: 'Front' },
  standby: { zh: '备用坐席', en: 'Standby' },
  secretaryPhones: { zh: '文秘（电话）', en: 'Secretaries on phones' },
};

function percent(x: number): string {
  return Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`;
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

export function renderCounters(floor: FloorState, lang: Lang, scenario?: Scenario) {
  const laneName = (id: string) => {
    const label = scenario?.lanes.find((l) => l.id === id)?.label;
    return label ? text(label, lang) : id;
  };
  const waiting = waitingByLane(floor);
  return html`<section aria-label=${text(T.counters, lang)} id="counters">
    <h3>${text(T.counters, lang)}</h3>
    ${floor.config.warmupSeconds > 0 ? html`<p class="help">${text(T.countedAfter(Math.round(floor.config.warmupSeconds / 3600)), lang)}</p>` : nothing}
    <table>
      <thead>
        <tr>
          <th>${text(T.lane, lang)}</th>
          ${floor.config.laneIds.map((lane) => {
            const c = floor.lanes[lane]!;
            return html`<th data-lane=${lane} data-offered=${c.offered} data-answered=${c.answered} data-abandoned=${c.abandoned} data-blocked=${c.blocked} data-service-level=${serviceLevel(c)}>${laneName(lane)}</th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${(
          [
            [T.waiting, (lane: string) => waiting[lane]],
            [T.offered, (lane: string) => floor.lanes[lane]!.offered],
            [T.answered, (lane: string) => floor.lanes[lane]!.answered],
            [T.abandoned, (lane: string) => floor.lanes[lane]!.abandoned],
            [T.blocked, (lane: string) => floor.lanes[lane]!.blocked],
            [T.serviceLevel, (lane: string) => percent(serviceLevel(floor.lanes[lane]!))],
          ] as const
        ).map(([name, value]) => html`<tr><td>${text(name, lang)}</td>${floor.config.laneIds.map((lane) => html`<td>${value(lane)}</td>`)}</tr>`)}
      </tbody>
    </table>
    <table>
      <thead>
        <tr><th>${text(T.onDuty, lang)}</th><th></th></tr>
      </thead>
      <tbody>
        ${Object.entries(floor.duty).map(([g, n]) => html`<tr data-group=${g}><td>${text(GROUP_NAMES[g], lang)}</td><td>${n}</td></tr>`)}
        ${floor.standbyComing.length > 0 ? html`<tr><td>${text(T.comingIn, lang)}</td><td>${floor.standbyComing.length}</td></tr>` : nothing}
      </tbody>
    </table>
    <table>
      <thead>
        <tr><th>${text(T.backlog, lang)}</th><th></th></tr>
      </thead>
      <tbody>
        ${STAGE_IDS.map((s) => html`<tr data-stage=${s} data-entered=${floor.orders.entered[s]}><td>${text(STAGE_NAMES[s], lang)}</td><td>${floor.backlog[s]}</td></tr>`)}
      </tbody>
    </table>
    <p id="notifications" data-sent=${floor.notifications.sent}>${text(T.notifications(floor.notifications.sent, floor.notifications.delivered), lang)}</p>
  </section>`;
}

export function renderJourney(floor: FloorState, lang: Lang, follow: (id: number | undefined) => void, clock: (t: number) => string) {
  const onPhones = [...floor.calls.values()].filter((c) => c.place === 'queue' || c.place === 'talk' || c.place === 'ivr').slice(0, 60);
  const followed = floor.followed;
  if (followed && !onPhones.includes(followed)) onPhones.unshift(followed);
  return html`<section id="follow">
    <h3>${text(T.follow, lang)}</h3>
    <select id="pick" aria-label=${text(T.follow, lang)} @change=${(e: Event) => follow(Number((e.target as HTMLSelectElement).value) || undefined)}>
      <option value="" ?selected=${!followed}>${text(T.followNone, lang)}</option>
      ${onPhones.map((c) => html`<option value=${c.id} ?selected=${c === followed}>#${c.id} · ${c.callType} · ${c.lane}</option>`)}
    </select>
    ${followed
      ? html`<h4 id="journey-title">${text(T.journey(followed.id), lang)} (${followed.callType})</h4>
          <ol class="journey" id="journey">
            ${followed.steps.map((step, i) => {
              const gap = i > 0 ? step[0] - followed.steps[i - 1]![0] : 0;
              const name = text(STEP_NAMES[step[1]] ?? { zh: step[1], en: step[1] }, lang);
              const detail = typeof step[2] === 'string' && step[2] ? ` · ${DETAIL_NAMES[step[2]] ? text(DETAIL_NAMES[step[2]], lang) : step[2]}` : '';
              // The answers carry the caller's wait; other steps show the time since the one before.
              const waited = (step[1] === 'answered' || step[1] === 'transfer-answered') && typeof step[2] === 'number';
              const note = waited ? text(T.waited(duration(step[2] as number)), lang) : gap > 0 ? `+${duration(gap)}` : '';
              return html`<li data-event=${step[1]}>
                ${clock(step[0]).replace(/^.*· /, '')} — ${name}${detail}${note ? html` <span class="help">(${note})</span>` : nothing}
              </li>`;
            })}
          </ol>`
      : nothing}
  </section>`;
}

export function renderLegend(scenario: Scenario | undefined, lang: Lang) {
  if (!scenario) return nothing;
  const swatch = (colour: string, border = '#888') => html`<span class="swatch" style="background:${colour};border-color:${border}"></span>`;
  return html`<div class="legend" aria-label=${text(T.legend, lang)}>
    ${scenario.callTypes.map((t, i) => html`<span>${swatch(categorical(i))}${t.label ? text(t.label, lang) : t.id}</span>`)}
    <span>${swatch('#ececec')}${text(T.idle, lang)}</span>
    <span>${swatch('#555')}${text(T.talking, lang)}</span>
    <span>${swatch('#fff', '#555')}${text(T.wrapUp, lang)}</span>
    <span>${swatch('#3d3d3d')}${text(T.offDuty, lang)}</span>
    <span>${swatch('#fff', OKABE_ITO.orange)}${text(T.comingIn, lang)}</span>
  </div>`;
}
