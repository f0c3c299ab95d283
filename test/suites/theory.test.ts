/**
 * The engine against queueing theory. Each check runs independent replications and asks
 * that the theoretical value lie within twice the replications' 95% confidence half-width
 * (with 8 replications a correct engine fails a check with probability about 0.2%, about
 * 4% over the 21 checks here; the seeds are fixed, so the outcome is reproducible), and
 * that the interval is tight enough to mean something (relative half-width bounds below).
 */
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../models/replications.ts';
import type { Estimate } from '../../src/engine/summary.ts';
import { erlangA, erlangB, mmc, mmcK, priorityMMC } from '../../src/theory/queueing.ts';
import { textbookJson, textbookScenario, type TextbookQueue } from '../support/textbook.ts';

function run(q: TextbookQueue, replications = 8) {
  return runReplications(textbookScenario(q), { seed: 2024, replications }).summary;
}

function expectCovers(estimate: Estimate, theory: number, maxRelativeHalfWidth: number) {
  expect(Math.abs(estimate.mean - theory)).toBeLessThanOrEqual(2 * estimate.halfWidth95 + 1e-12);
  expect(estimate.halfWidth95).toBeLessThanOrEqual(maxRelativeHalfWidth * Math.max(Math.abs(theory), 1e-9));
}

describe('engine vs queueing theory', () => {
  it('M/M/20 at 90% load matches Erlang C (wait probability, mean wait, queue length, occupancy)', () => {
    const q = { arrivalRates: [0.18], meanServiceSeconds: 100, servers: 20, days: 4, warmupHours: 6 };
    const s = run(q);
    const theory = mmc({ arrivalRate: 0.18, serviceRate: 0.01, servers: 20 });
    const lane = s.byLane.l0!;
    expectCovers(lane.probWait, theory.probWait, 0.1);
    expectCovers(lane.meanWaitSeconds, theory.meanWait, 0.2);
    expectCovers(lane.meanQueueLength, theory.meanQueueLength, 0.2);
    expectCovers(lane.serviceLevel, theory.serviceLevel(20), 0.05);
    expectCovers(s.pools.front!.occupancy, theory.occupancy, 0.02);
  });

  it('M/M/10+M matches Erlang A (abandonment, wait probability, service level)', () => {
    const q = { arrivalRates: [0.11], meanServiceSeconds: 100, servers: 10, meanPatienceSeconds: 60, days: 4, warmupHours: 6 };
    const s = run(q);
    const theory = erlangA({ arrivalRate: 0.11, serviceRate: 0.01, abandonRate: 1 / 60, servers: 10 });
    const lane = s.byLane.l0!;
    expectCovers(lane.abandonRate, theory.probAbandon, 0.1);
    expectCovers(lane.probWait, theory.probWait, 0.05);
    expectCovers(lane.serviceLevel, theory.serviceLevel(20), 0.05);
    expectCovers(lane.meanWaitSeconds, theory.meanWaitServed, 0.1);
  });

  it('M/M/8/8 (lines = seats) matches Erlang B for busy signals', () => {
    const q = { arrivalRates: [0.06], meanServiceSeconds: 100, servers: 8, lines: 8, days: 4, warmupHours: 6 };
    const s = run(q);
    expectCovers(s.byLane.l0!.blockRate, erlangB(8, 6), 0.1);
  });

  it('M/M/5/12 (finite lines) matches the birth–death solution', () => {
    const q = { arrivalRates: [0.05], meanServiceSeconds: 100, servers: 5, lines: 12, days: 4, warmupHours: 6 };
    const s = run(q);
    const theory = mmcK({ arrivalRate: 0.05, serviceRate: 0.01, servers: 5, capacity: 12 });
    expectCovers(s.byLane.l0!.blockRate, theory.probBlock, 0.15);
    expectCovers(s.byLane.l0!.meanWaitSeconds, theory.meanWait, 0.15);
  });

  it('two priority lanes on M/M/10 match Cobham’s non-preemptive priority formula', () => {
    const q = { arrivalRates: [0.03, 0.06], meanServiceSeconds: 100, servers: 10, days: 6, warmupHours: 6 };
    const s = run(q);
    const theory = priorityMMC({ arrivalRates: [0.03, 0.06], serviceRate: 0.01, servers: 10 });
    expectCovers(s.byLane.l0!.meanWaitSeconds, theory.classes[0]!.meanWait, 0.25);
    expectCovers(s.byLane.l1!.meanWaitSeconds, theory.classes[1]!.meanWait, 0.2);
  });
});

describe('the back office as a Jackson network (Poisson arrivals, exponential service, no abandonment)', () => {
  const exponential = (meanSeconds: number) => ({ kind: 'exponential', meanSeconds });
  const exponentialMinutes = (meanMinutes: number) => ({ kind: 'exponential', meanMinutes });

  function tandem(
    q: TextbookQueue,
    afterCall: Record<string, number>,
    office: { secretaries: number; officers: number; transferSeconds: number; secretaryMinutes: number; officerMinutes: number },
  ) {
    const json = textbookJson(q);
    const scenario = textbookScenario(q, {
      callTypes: json.callTypes.map((t) => ({ ...t, afterCall })),
      backOffice: {
        secretaries: { seats: office.secretaries },
        officers: { seats: office.officers },
        transferTalkSeconds: exponential(office.transferSeconds),
        transferPatienceSeconds: { kind: 'infinite' },
        secretaryWorkMinutes: exponentialMinutes(office.secretaryMinutes),
        officerReviewMinutes: exponentialMinutes(office.officerMinutes),
      },
    });
    return runReplications(scenario, { seed: 2025, replications: 8 }).summary;
  }

  it('front desk then live transfer to secretaries: each stage is M/M/c at the same arrival rate (Burke)', () => {
    const q = { arrivalRates: [0.1], meanServiceSeconds: 100, servers: 12, days: 4, warmupHours: 6 };
    const s = tandem(q, { liveTransferShare: 1 }, { secretaries: 8, officers: 0, transferSeconds: 60, secretaryMinutes: 1, officerMinutes: 1 });
    const front = mmc({ arrivalRate: 0.1, serviceRate: 0.01, servers: 12 });
    const back = mmc({ arrivalRate: 0.1, serviceRate: 1 / 60, servers: 8 });
    expectCovers(s.byLane.l0!.meanWaitSeconds, front.meanWait, 0.2);
    expectCovers(s.transfers.meanWaitSeconds, back.meanWait, 0.2);
    expectCovers(s.pools.secretaries!.occupancy, back.occupancy, 0.03);
    expect(s.transfers.abandoned.mean).toBe(0);
  });

  it('work orders through secretaries then officers: backlog per stage is the M/M/c number in system', () => {
    const q = { arrivalRates: [0.02], meanServiceSeconds: 100, servers: 4, days: 4, warmupHours: 6 };
    const s = tandem(q, { workOrderShare: 1 }, { secretaries: 8, officers: 6, transferSeconds: 60, secretaryMinutes: 5, officerMinutes: 4 });
    const secretaries = mmc({ arrivalRate: 0.02, serviceRate: 1 / 300, servers: 8 });
    const officers = mmc({ arrivalRate: 0.02, serviceRate: 1 / 240, servers: 6 });
    // Number in system L = Lq + λ/μ.
    expectCovers(s.workOrders.stages.secretary.meanBacklog, secretaries.meanQueueLength + 0.02 * 300, 0.1);
    expectCovers(s.workOrders.stages.officer.meanBacklog, officers.meanQueueLength + 0.02 * 240, 0.1);
    expectCovers(s.pools.secretaries!.occupancy, secretaries.occupancy, 0.03);
    expectCovers(s.pools.officers!.occupancy, officers.occupancy, 0.03);
    expect(s.workOrders.open.mean).toBe(0);
  });
});
