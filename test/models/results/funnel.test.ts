import { describe, expect, it } from 'vitest';
import { FUNNEL_OUTCOMES, FunnelTally } from '../../../models/results/funnel.ts';

describe('FunnelTally', () => {
  it('puts each resolved attempt in one row and counts the rest as in progress', () => {
    const tally = new FunnelTally();
    for (let i = 0; i < 10; i++) tally.offer();
    for (const outcome of ['frontDesk', 'frontDesk', 'frontDesk', 'mission', 'mission', 'blocked', 'abandonedFront'] as const) tally.resolve(outcome);
    expect(tally.figures()).toEqual({
      offered: 10,
      selfService: 0,
      frontDesk: 3,
      backOffice: 0,
      mission: 2,
      consularProtectionCenter: 0,
      blocked: 1,
      abandonedFront: 1,
      abandonedTransfer: 0,
      inProgress: 3,
    });
  });

  it('lists the rows from the first tier to the last, then the losses', () => {
    expect(FUNNEL_OUTCOMES).toEqual(['selfService', 'frontDesk', 'backOffice', 'mission', 'consularProtectionCenter', 'blocked', 'abandonedFront', 'abandonedTransfer']);
    expect(Object.keys(new FunnelTally().figures())).toEqual(['offered', ...FUNNEL_OUTCOMES, 'inProgress']);
  });
});
