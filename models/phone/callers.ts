/**
 * Callers as each call type draws them: its samplers (talk, after-call work, patience) and
 * its own random streams, so that two scenarios run with the same seed see the same callers.
 * A caller's needs are drawn at the first attempt, whatever happens to the call; their case,
 * later, from a seed drawn now (see `DrawnCaller`).
 */
import { compileSampler, type Sampler } from '../../src/engine/distributions.ts';
import type { RandomStream, RandomStreams } from '../../src/engine/random.ts';
import type { CaseRouter } from '../back-office/case-route.ts';
import { fromDuration } from '../scenario/durations.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { DrawnCaller, RedialledCaller, type Caller } from './call.ts';
import type { Ivr } from './ivr.ts';

/** A call type as the run uses it. */
export interface CallTypeRuntime {
  readonly id: string;
  readonly laneIndex: number;
  readonly selfServiceShare: number;
  readonly handle: Sampler;
  readonly afterCallWork: Sampler | undefined;
  readonly patience: Sampler | undefined;
  /** Streams of this type: arrival times, caller needs, redials, case seeds. */
  readonly arrivals: RandomStream;
  readonly caller: RandomStream;
  readonly redial: RandomStream;
  readonly case: RandomStream;
  /** `redial-needs.<type>`: needs drawn afresh for redials, only with `redial.needs: "redraw"`. */
  readonly redialNeeds: RandomStream | undefined;
}

export function callTypeRuntimes(scenario: Scenario, laneIndexOfType: readonly number[], streams: RandomStreams): CallTypeRuntime[] {
  return scenario.callTypes.map((t, i) => ({
    id: t.id,
    laneIndex: laneIndexOfType[i]!,
    selfServiceShare: t.selfServiceShare,
    handle: compileSampler(fromDuration(t.handleSeconds, 'Seconds')),
    afterCallWork: t.afterCallWorkSeconds && compileSampler(fromDuration(t.afterCallWorkSeconds, 'Seconds')),
    patience: t.patienceSeconds.kind === 'infinite' ? undefined : compileSampler(fromDuration(t.patienceSeconds, 'Seconds')),
    arrivals: streams.stream(`arrivals.${t.id}`),
    caller: streams.stream(`caller.${t.id}`),
    redial: streams.stream(`redial.${t.id}`),
    case: streams.stream(`case.${t.id}`),
    redialNeeds: scenario.redial?.needs === 'redraw' ? streams.stream(`redial-needs.${t.id}`) : undefined,
  }));
}

export class Callers {
  private nextId = 1;

  constructor(
    private readonly types: readonly CallTypeRuntime[],
    private readonly ivr: Ivr,
    private readonly router: CaseRouter,
  ) {}

  /** A new caller of type `typeIndex` calling at `now`, from the type's own streams. */
  draw(typeIndex: number, now: number): Caller {
    const t = this.types[typeIndex]!;
    return this.drawFrom(typeIndex, now, t.caller, t.case);
  }

  /**
   * A caller whose call a mission forwarded after hours: needs and case seed drawn as in `draw`,
   * but from the forwarding mission's own streams (`forwarded.<mission>.caller` / `.case`), so
   * the callers who dial 12308 directly stay the same; the case, if forwarded, goes back to
   * that mission (`missionIndex`).
   */
  drawForwarded(typeIndex: number, now: number, streams: { readonly caller: RandomStream; readonly case: RandomStream }, missionIndex: number): Caller {
    return this.drawFrom(typeIndex, now, streams.caller, streams.case, missionIndex);
  }

  /** The draws keep this order: the streams' numbers depend on it. */
  private drawFrom(typeIndex: number, now: number, rng: RandomStream, caseStream: RandomStream, mission?: number): Caller {
    const t = this.types[typeIndex]!;
    const handleSeconds = t.handle(rng);
    const patienceSeconds = t.patience ? t.patience(rng) : Infinity;
    const afterCallWorkSeconds = t.afterCallWork ? t.afterCallWork(rng) : 0;
    const ivrSeconds = this.ivr.menuSeconds(rng);
    const wantsAgent = this.ivr.wantsAgent(rng, t.selfServiceShare);
    const selfServiceSeconds = this.ivr.selfServiceSeconds(rng);
    return new DrawnCaller(
      this.nextId++,
      { typeIndex, handleSeconds, afterCallWorkSeconds, patienceSeconds, ivrSeconds, selfServiceSeconds, wantsAgent },
      { router: this.router, firstCalledAt: now, caseSeed: caseStream.seed32(), mission },
    );
  }

  /**
   * The caller of `previous` dialling again with talk time, patience and after-call work drawn
   * afresh (in that order, as in `draw`) from the type's `redial-needs.<type>` stream, so no
   * other stream is disturbed. Only with `redial.needs: "redraw"`.
   */
  redraw(previous: Caller): Caller {
    const t = this.types[previous.typeIndex]!;
    const rng = t.redialNeeds;
    if (!rng) throw new Error(`Callers.redraw: call type ${t.id} has no redial-needs stream (redial.needs is not "redraw")`);
    const handleSeconds = t.handle(rng);
    const patienceSeconds = t.patience ? t.patience(rng) : Infinity;
    const afterCallWorkSeconds = t.afterCallWork ? t.afterCallWork(rng) : 0;
    return new RedialledCaller(previous, { handleSeconds, patienceSeconds, afterCallWorkSeconds });
  }
}
