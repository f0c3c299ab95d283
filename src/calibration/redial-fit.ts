/**
 * Redials from repeated callers. A caller who heard a busy signal or hung up and called
 * again within REDIAL_WINDOW_SECONDS made a redial; the delay runs from the busy signal (the
 * arrival) or the hang-up to the next arrival. The log's `redial_of` column is not needed:
 * a real export rarely has it, and the hashed caller says the same. An answered or
 * self-served caller who calls again is a new call, as the model treats it.
 *
 * Redial probabilities count only attempts that could have been followed by a redial: not
 * those at the longest chain seen (the model's `maxAttempts`), nor those ending within the
 * window before the log's last arrival (their redial may lie beyond the log).
 */
import type { LogAttempt } from './parse-log.ts';
import { fitDurations, type DurationFit } from './duration-fit.ts';

/** A caller's next attempt counts as a redial when it comes within this time. */
export const REDIAL_WINDOW_SECONDS = 2 * 3600;

/** Two waits this close are the same patience (times in whole seconds: each wait is off by up to 1 s). */
const SAME_WAIT_SECONDS = 1.5;
/** Fewest repeated hang-ups to say whether patience is kept. */
const MIN_PAIRS = 20;

export interface RedialLinks {
  /** The attempt each redial repeats (by index into the attempts), keyed by the redial's index. */
  readonly previous: ReadonlyMap<number, number>;
  /** 1 for a first call, 2 for its first redial…, by index. */
  readonly attemptNumber: readonly number[];
}

export interface RedialFit {
  readonly afterBusy: { readonly redials: number; readonly eligible: number; readonly probability: number };
  readonly afterAbandon: { readonly redials: number; readonly eligible: number; readonly probability: number };
  /** The most attempts by one caller in one chain: the model's `maxAttempts`. */
  readonly maxAttempts: number;
  /**
   * Whether a redial keeps the caller's patience (the model's `redial.needs`: "keep") or draws
   * it afresh ("redraw"): of the hang-ups that follow a hang-up by the same caller (`pairs`),
   * those whose two waits agree within the log's rounding (`sameWait`). Kept patience makes
   * them all agree; fresh draws make it a coincidence of a few percent.
   */
  readonly patienceOnRedial: { readonly pairs: number; readonly sameWait: number; readonly needs: 'keep' | 'redraw' | undefined };
  /** Seconds from the busy signal or hang-up to the redial; undefined with fewer than 2 redials. */
  readonly delay: DurationFit | undefined;
  readonly redials: number;
}

/** Links each attempt to the one it repeats, from the caller column. */
export function linkRedials(attempts: readonly LogAttempt[]): RedialLinks {
  const byCaller = new Map<string, number[]>();
  attempts.forEach((a, i) => {
    if (a.caller === undefined) return;
    const list = byCaller.get(a.caller);
    if (list) list.push(i);
    else byCaller.set(a.caller, [i]);
  });
  const previous = new Map<number, number>();
  const attemptNumber = attempts.map(() => 1);
  for (const list of byCaller.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => attempts[a]!.arrivalMs - attempts[b]!.arrivalMs);
    for (let k = 1; k < list.length; k++) {
      const before = attempts[list[k - 1]!]!;
      const now = attempts[list[k]!]!;
      const lost = before.outcome === 'busy' || before.outcome === 'abandoned';
      if (lost && now.arrivalMs >= before.endMs && now.arrivalMs - before.endMs <= REDIAL_WINDOW_SECONDS * 1000) {
        previous.set(list[k]!, list[k - 1]!);
        attemptNumber[list[k]!] = attemptNumber[list[k - 1]!]! + 1;
      }
    }
  }
  return { previous, attemptNumber };
}

export function fitRedials(attempts: readonly LogAttempt[], links: RedialLinks): RedialFit {
  const maxAttempts = links.attemptNumber.reduce((m, n) => Math.max(m, n), 1);
  const lastArrival = attempts.reduce((m, a) => Math.max(m, a.arrivalMs), -Infinity);
  const redialed = new Set(links.previous.values());
  const count = (outcome: 'busy' | 'abandoned') => {
    let eligible = 0;
    let redials = 0;
    attempts.forEach((a, i) => {
      if (a.outcome !== outcome) return;
      if (links.attemptNumber[i]! >= maxAttempts && maxAttempts > 1) return;
      if (a.endMs > lastArrival - REDIAL_WINDOW_SECONDS * 1000) return;
      eligible++;
      if (redialed.has(i)) redials++;
    });
    return { redials, eligible, probability: eligible > 0 ? redials / eligible : 0 };
  };
  const delays = [...links.previous].map(([now, before]) => (attempts[now]!.arrivalMs - attempts[before]!.endMs) / 1000);
  let pairs = 0;
  let sameWait = 0;
  for (const [now, before] of links.previous) {
    const [a, b] = [attempts[before]!, attempts[now]!];
    if (a.outcome !== 'abandoned' || b.outcome !== 'abandoned' || !(a.waitSeconds! > 0 && b.waitSeconds! > 0)) continue;
    pairs++;
    if (Math.abs(a.waitSeconds! - b.waitSeconds!) <= SAME_WAIT_SECONDS) sameWait++;
  }
  const needs = pairs < MIN_PAIRS ? undefined : sameWait / pairs >= 0.5 ? 'keep' : 'redraw';
  return {
    afterBusy: count('busy'),
    afterAbandon: count('abandoned'),
    maxAttempts,
    patienceOnRedial: { pairs, sameWait, needs },
    delay: delays.length >= 2 ? fitDurations(delays) : undefined,
    redials: delays.length,
  };
}
