/**
 * What the log says of each call type: its share of first calls (the mix), its lane, the
 * IVR self-service share, the live-transfer and work-order shares of answered calls, and
 * the distributions of talk time, after-call work and patience. The work-order share is read
 * from the answered calls that were not transferred: a caller who hangs up waiting for a
 * transfer leaves no work order, and the model draws the two independently, so those calls
 * give the share without that loss. Patience is fitted from
 * first calls only: the model keeps a caller's patience from one attempt to the next, so
 * an impatient caller's redials would count their patience again.
 */
import { fitCensored, type CensoredFit, type WaitObservation } from './censored-fit.ts';
import { fitDurations, type DurationFit } from './duration-fit.ts';
import type { LogAttempt } from './parse-log.ts';

/** Fewest values for a distribution fit; below this the base scenario's distribution is kept. */
export const MIN_DURATIONS = 20;
/** Fewest hang-ups for a patience fit. */
export const MIN_HANG_UPS = 10;

export interface CallTypeFit {
  readonly id: string;
  /** The lane most of its attempts joined (undefined when the log has no lane column). */
  readonly lane: string | undefined;
  readonly attempts: number;
  readonly firstCalls: number;
  /** Share of all first calls. */
  readonly share: number;
  readonly busy: number;
  readonly selfServed: number;
  readonly answered: number;
  readonly abandoned: number;
  /** Of first calls past the trunk, the share served by the IVR. */
  readonly selfServiceShare: number;
  /** Of answered attempts. */
  readonly transferShare: number;
  readonly workOrderShare: number;
  readonly handle: DurationFit | undefined;
  readonly afterCall: DurationFit | undefined;
  readonly patience: CensoredFit | undefined;
  /** True when every answered attempt has after-call work 0 (or none logged). */
  readonly noAfterCallWork: boolean;
}

export function fitCallTypes(attempts: readonly LogAttempt[], isFirst: (i: number) => boolean): CallTypeFit[] {
  const groups = new Map<string, number[]>();
  attempts.forEach((a, i) => {
    const list = groups.get(a.callType);
    if (list) list.push(i);
    else groups.set(a.callType, [i]);
  });
  const totalFirst = attempts.reduce((n, _, i) => n + (isFirst(i) ? 1 : 0), 0);
  return [...groups.entries()].map(([id, indices]) => {
    const list = indices.map((i) => attempts[i]!);
    const firsts = indices.filter(isFirst).map((i) => attempts[i]!);
    const count = (as: readonly LogAttempt[], outcome: LogAttempt['outcome']) => as.filter((a) => a.outcome === outcome).length;
    const answered = list.filter((a) => a.outcome === 'answered');
    const pastTrunk = firsts.filter((a) => a.outcome !== 'busy');
    const talk = answered.map((a) => a.talkSeconds!).filter((t) => t !== undefined);
    const afterCall = answered.map((a) => a.afterCallSeconds ?? 0).filter((t) => t > 0);
    const waits: WaitObservation[] = firsts
      .filter((a) => a.outcome === 'answered' || a.outcome === 'abandoned')
      .map((a) => ({ seconds: a.waitSeconds!, abandoned: a.outcome === 'abandoned' }));
    const hangUps = waits.filter((w) => w.abandoned && w.seconds > 0).length;
    return {
      id,
      lane: mostCommon(list.map((a) => a.lane).filter((l): l is string => l !== undefined)),
      attempts: list.length,
      firstCalls: firsts.length,
      share: totalFirst > 0 ? firsts.length / totalFirst : 0,
      busy: count(list, 'busy'),
      selfServed: count(list, 'self-served'),
      answered: answered.length,
      abandoned: count(list, 'abandoned'),
      selfServiceShare: pastTrunk.length > 0 ? count(pastTrunk, 'self-served') / pastTrunk.length : 0,
      transferShare: answered.length > 0 ? answered.filter((a) => a.transferred).length / answered.length : 0,
      workOrderShare: share(answered.filter((a) => !a.transferred), (a) => a.workOrder),
      handle: talk.length >= MIN_DURATIONS ? fitDurations(talk) : undefined,
      afterCall: afterCall.length >= MIN_DURATIONS ? fitDurations(afterCall) : undefined,
      patience: hangUps >= MIN_HANG_UPS ? fitCensored(waits) : undefined,
      noAfterCallWork: answered.length > 0 && afterCall.length === 0,
    };
  });
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/** The share of `list` for which `test` holds, 0 for an empty list. */
function share<T>(list: readonly T[], test: (item: T) => boolean): number {
  return list.length > 0 ? list.filter(test).length / list.length : 0;
}
