/**
 * The filter funnel: the 12308 hotline resolves most calls at the first tier and passes the
 * rest on ("front desk → back office → embassy/consulate", serious cases also to the
 * ministry's Consular Protection Center). Each counted call ends in exactly one row: the
 * deepest tier that dealt with it, or how it was lost, or still in progress at the end.
 */
export const FUNNEL_OUTCOMES = [
  'selfService',
  'frontDesk',
  'backOffice',
  'mission',
  'consularProtectionCenter',
  'blocked',
  'abandonedFront',
  'abandonedTransfer',
] as const;
export type FunnelOutcome = (typeof FUNNEL_OUTCOMES)[number];

/** One replication's funnel for a call type: counts of attempts; `offered` is their sum plus `inProgress`. */
export type FunnelFigures = Record<FunnelOutcome | 'offered' | 'inProgress', number>;

const INDEX = Object.fromEntries(FUNNEL_OUTCOMES.map((o, i) => [o, i])) as Record<FunnelOutcome, number>;

export class FunnelTally {
  private offered = 0;
  private readonly counts = FUNNEL_OUTCOMES.map(() => 0);

  offer(): void {
    this.offered++;
  }

  resolve(outcome: FunnelOutcome): void {
    this.counts[INDEX[outcome]]!++;
  }

  figures(): FunnelFigures {
    const figures = { offered: this.offered } as FunnelFigures;
    let resolved = 0;
    FUNNEL_OUTCOMES.forEach((outcome, i) => {
      figures[outcome] = this.counts[i]!;
      resolved += this.counts[i]!;
    });
    figures.inProgress = this.offered - resolved;
    return figures;
  }
}
