/**
 * Calls that missions forward to 12308 after hours. Some embassies and consulates send the
 * calls they receive while closed to the hotline (Japan, Malaysia and New York are published
 * examples), so 12308 answers their local night, weekends and holidays. Each forwarding
 * mission is one more arrival source: a Poisson process at `callsPerHour` while its office is
 * shut (its own time zone, working week, and the scenario's lunch break and holidays), none
 * while it is open, arriving as the call type given. Times come from the mission's own stream
 * (`forwarded.<mission>.arrivals`) by thinning against the closed-hours rate: a candidate
 * time is kept exactly when the office is shut then.
 */
import type { RandomStream, RandomStreams } from '../../src/engine/random.ts';
import { HOUR } from '../../src/engine/time.ts';
import { MISSION_IDS, MISSIONS } from '../missions/catalogue.ts';
import { missionClock, type MissionClock } from '../missions/office-clock.ts';
import { officeRulesFor, officeRulesSpecOf } from '../missions/office-rules.ts';
import type { Scenario } from '../scenario/scenario.ts';

export class ForwardedArrivals {
  private readonly meanGapSeconds: number;

  constructor(
    private readonly clock: MissionClock,
    callsPerHour: number,
    private readonly rng: RandomStream,
    /** No arrival at or after this time (the end of the run). */
    private readonly until: number,
  ) {
    this.meanGapSeconds = callsPerHour > 0 ? HOUR / callsPerHour : Infinity;
  }

  /** The first forwarded call after `from`, or Infinity if none comes before the end. */
  next(from: number): number {
    if (this.meanGapSeconds === Infinity) return Infinity;
    for (let t = from; ; ) {
      t += this.rng.exponential(this.meanGapSeconds);
      if (t >= this.until) return Infinity;
      if (!this.clock.isOpen(t)) return t;
    }
  }
}

/** One forwarding mission as the run uses it: its arrivals, the call type they arrive as, its own streams. */
export interface ForwardingSource {
  readonly arrivals: ForwardedArrivals;
  readonly typeIndex: number;
  /** The mission's index in the catalogue: where its callers' forwarded cases go. */
  readonly missionIndex: number;
  /** `forwarded.<mission>.caller` and `.case`: the forwarded callers' needs and case seeds. */
  readonly streams: { readonly caller: RandomStream; readonly case: RandomStream };
}

/** The scenario's forwarding missions, each with its clock up to `horizonSeconds` and its own named streams. */
export function forwardingSources(scenario: Scenario, streams: RandomStreams, horizonSeconds: number): ForwardingSource[] {
  return (scenario.missions?.afterHoursForwarding ?? []).map((f) => {
    const missionIndex = MISSION_IDS.indexOf(f.mission);
    const mission = MISSIONS[missionIndex]!;
    const clock = missionClock(mission, scenario.run.startBeijing, horizonSeconds, officeRulesFor(officeRulesSpecOf(scenario), mission));
    return {
      arrivals: new ForwardedArrivals(clock, f.callsPerHour, streams.stream(`forwarded.${f.mission}.arrivals`), horizonSeconds),
      typeIndex: scenario.callTypes.findIndex((t) => t.id === f.callType),
      missionIndex,
      streams: { caller: streams.stream(`forwarded.${f.mission}.caller`), case: streams.stream(`forwarded.${f.mission}.case`) },
    };
  });
}
