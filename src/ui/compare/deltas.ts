/**
 * The headline cards of B with their difference from A: the paired difference B − A
 * (common random numbers) and its 95% half-width, written per card in the card's unit:
 * percentage points for shares ("−1.2 pts ± 0.4 vs A"), seconds, minutes or counts.
 */
import type { Estimate } from '../../engine/summary.ts';
import { formatNumber, isValue, MISSING } from '../../charts/format.ts';
import { text, type Lang } from '../../i18n/i18n.ts';
import { pooledBlockRate, type KpiCard, type KpiUnit } from '../dashboard/kpis.ts';
import type { DashboardSummary } from '../dashboard/results.ts';
import { C } from './messages.ts';

/** The difference estimate behind a card, by the card's id (see kpiCards); undefined for cards without one. */
export function differenceFor(id: string, difference: DashboardSummary, a: DashboardSummary, b: DashboardSummary): Estimate | undefined {
  const lane = (prefix: string) => (id.startsWith(prefix) ? difference.byLane[id.slice(prefix.length)] : undefined);
  if (id.startsWith('sl-')) return lane('sl-')?.serviceLevel;
  if (id.startsWith('wait-')) return lane('wait-')?.meanWaitSeconds;
  if (id.startsWith('abandon-')) return lane('abandon-')?.abandonRate;
  switch (id) {
    case 'busy': {
      // The pooled share has no per-replication figure, so no paired interval: the difference of the pooled means.
      const mean = pooledBlockRate(b).mean - pooledBlockRate(a).mean;
      return { mean, halfWidth95: NaN };
    }
    case 'standby':
      return difference.standby?.activations;
    case 'notification':
      return difference.notifications?.meanMinutes;
    case 'backlog':
      return difference.workOrders?.open;
    case 'transfers':
      return difference.transfers?.abandonRate;
    case 'missions':
      return difference.workOrders?.forwarded;
    default:
      return undefined;
  }
}

const MINUS = '\u2212';

/** A signed number: "+1.2", "−1.2", and "0.0" for an exact zero. */
function signed(x: number, digits: number): string {
  const body = formatNumber(Math.abs(x), digits);
  return x > 0 && body !== formatNumber(0, digits) ? `+${body}` : x < 0 && body !== formatNumber(0, digits) ? `${MINUS}${body}` : body;
}

/** "−1.2 pts ± 0.4 vs A" (or in Chinese), for a difference in a card's unit. */
export function deltaText(e: Estimate | undefined, unit: KpiUnit, lang: Lang): string {
  if (!e || !isValue(e.mean)) return text(C.deltaNone, lang);
  const [scale, digits, u] = unit === 'share' ? [100, 1, C.pts] : unit === 'seconds' ? [1, 1, C.secondsUnit] : unit === 'minutes' ? [1, 1, C.minutesUnit] : [1, 1, C.noUnit];
  const mean = signed(e.mean * scale, digits);
  const half = isValue(e.halfWidth95) ? formatNumber(e.halfWidth95 * scale, digits) : MISSING;
  return text(isValue(e.halfWidth95) ? C.delta(mean, half, text(u, lang)) : C.deltaNoInterval(mean, text(u, lang)), lang);
}

/** B's cards with the difference from A written on each that has one. */
export function withDeltas(cards: readonly KpiCard[], difference: DashboardSummary, a: DashboardSummary, b: DashboardSummary, lang: Lang): KpiCard[] {
  return cards.map((card) => {
    const e = differenceFor(card.id, difference, a, b);
    return e ? { ...card, delta: deltaText(e, card.unit ?? 'count', lang) } : card;
  });
}
