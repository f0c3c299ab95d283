/**
 * A caller's case beyond the front desk: whether the call is transferred live (to a
 * secretary or an officer) or leaves a work order, whether that order goes on to a mission
 * (which one) and to the Consular Protection Center, and how long each step takes. Each
 * caller gets a seed from the call type's `case.<type>` stream when they first call, and
 * the case is drawn from that seed's substream only when the front desk has heard them:
 * two scenarios run with the same seed still give each caller the same case (common
 * random numbers), and callers who never reach a person cost one draw.
 */
import { compileSampler, type Sampler } from '../../src/engine/distributions.ts';
import { Substream } from '../../src/engine/random.ts';
import type { ArrivalRates } from '../phone/arrivals.ts';
import { fromDuration } from '../scenario/durations.ts';
import { MISSIONS, OTHER_MISSION_ID } from '../missions/catalogue.ts';
import type { AfterCallSpec, Scenario } from '../scenario/scenario.ts';

export interface CaseRoute {
  readonly transfer: boolean;
  readonly toOfficer: boolean;
  readonly transferTalkSeconds: number;
  readonly transferPatienceSeconds: number;
  readonly workOrder: boolean;
  readonly forward: boolean;
  readonly escalate: boolean;
  readonly urgent: boolean;
  readonly secretarySeconds: number;
  readonly officerSeconds: number;
  /** Index into `MISSIONS`. */
  readonly mission: number;
}

const NO_AFTER_CALL: AfterCallSpec = {
  liveTransferShare: 0,
  transferToOfficerShare: 0,
  workOrderShare: 0,
  forwardShare: 0,
  escalationShare: 0,
  urgent: false,
};

/** The route of every case when the scenario has no back office: the front desk is the last tier. */
const FRONT_DESK_ONLY: CaseRoute = Object.freeze({
  transfer: false,
  toOfficer: false,
  transferTalkSeconds: 0,
  transferPatienceSeconds: Infinity,
  workOrder: false,
  forward: false,
  escalate: false,
  urgent: false,
  secretarySeconds: 0,
  officerSeconds: 0,
  mission: MISSIONS.length - 1,
});

/** Cumulative weights over `MISSIONS` for a random pick. */
class MissionPicker {
  private readonly cumulative: Float64Array;

  constructor(weight: (index: number) => number) {
    this.cumulative = new Float64Array(MISSIONS.length);
    let sum = 0;
    MISSIONS.forEach((_, i) => (this.cumulative[i] = sum += weight(i)));
  }

  get empty(): boolean {
    return this.cumulative[this.cumulative.length - 1]! <= 0;
  }

  pick(u: number): number {
    const target = u * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

export class CaseRouter {
  private readonly afterCall: readonly AfterCallSpec[];
  private readonly transferTalk: Sampler | undefined;
  private readonly transferPatience: Sampler | undefined;
  private readonly secretaryWork: Sampler | undefined;
  private readonly officerReview: Sampler | undefined;
  private readonly usual: MissionPicker;
  /** Per surge: its country's missions (weighted as usual, or evenly if none is weighted), or undefined. */
  private readonly bySurge: (MissionPicker | undefined)[];
  private readonly surgeCountryShare: number;
  private readonly hasBackOffice: boolean;
  private readonly substream = new Substream();

  constructor(
    scenario: Scenario,
    private readonly rates: ArrivalRates,
  ) {
    this.afterCall = scenario.callTypes.map((t) => t.afterCall ?? NO_AFTER_CALL);
    const b = scenario.backOffice;
    this.hasBackOffice = b !== undefined;
    this.transferTalk = b && compileSampler(fromDuration(b.transferTalkSeconds, 'Seconds'));
    this.transferPatience = b && b.transferPatienceSeconds.kind !== 'infinite' ? compileSampler(fromDuration(b.transferPatienceSeconds, 'Seconds')) : undefined;
    this.secretaryWork = b && compileSampler(fromDuration(b.secretaryWorkMinutes, 'Minutes'));
    this.officerReview = b && compileSampler(fromDuration(b.officerReviewMinutes, 'Minutes'));
    const weights: Readonly<Record<string, number>> = scenario.missions?.weights ?? { [OTHER_MISSION_ID]: 1 };
    const usualWeight = (i: number) => weights[MISSIONS[i]!.id] ?? 0;
    this.usual = new MissionPicker(usualWeight);
    this.surgeCountryShare = scenario.missions?.surgeCountryShare ?? 1;
    this.bySurge = scenario.surges.map((s) => {
      if (!s.country) return undefined;
      const inCountry = (i: number) => MISSIONS[i]!.country === s.country;
      const weighted = new MissionPicker((i) => (inCountry(i) ? usualWeight(i) : 0));
      const picker = weighted.empty ? new MissionPicker((i) => (inCountry(i) ? 1 : 0)) : weighted;
      return picker.empty ? undefined : picker;
    });
  }

  /**
   * The case of a caller of `type` who first called at `t`, drawn from the caller's own
   * substream: only what the route needs is drawn, and other callers' draws never shift.
   * A call a mission forwarded after hours gives `fixedMission`: its case, if forwarded, goes
   * back to that mission.
   */
  route(typeIndex: number, t: number, seed: number, fixedMission?: number): CaseRoute {
    if (!this.hasBackOffice) return FRONT_DESK_ONLY;
    const rng = this.substream.reseed(seed);
    const a = this.afterCall[typeIndex]!;
    const transfer = rng.bernoulli(a.liveTransferShare);
    const workOrder = rng.bernoulli(a.workOrderShare);
    const forward = workOrder && rng.bernoulli(a.forwardShare);
    let mission = MISSIONS.length - 1;
    if (forward && fixedMission !== undefined) {
      mission = fixedMission;
    } else if (forward) {
      const surge = this.rates.surgeOf(typeIndex, t, rng.uniform());
      const picker = (surge >= 0 && rng.bernoulli(this.surgeCountryShare) && this.bySurge[surge]) || this.usual;
      mission = picker.pick(rng.uniform());
    }
    return {
      transfer,
      toOfficer: transfer && rng.bernoulli(a.transferToOfficerShare),
      transferTalkSeconds: transfer ? this.transferTalk!(rng) : 0,
      transferPatienceSeconds: transfer && this.transferPatience ? this.transferPatience(rng) : Infinity,
      workOrder,
      forward,
      escalate: workOrder && rng.bernoulli(a.escalationShare),
      urgent: a.urgent,
      secretarySeconds: workOrder ? this.secretaryWork!(rng) : 0,
      officerSeconds: workOrder ? this.officerReview!(rng) : 0,
      mission,
    };
  }
}
