import { describe, expect, it } from 'vitest';
import type { LogAttempt } from '../../src/calibration/parse-log.ts';
import { fitRedials, linkRedials, REDIAL_WINDOW_SECONDS } from '../../src/calibration/redial-fit.ts';

const attempt = (caller: string, atSeconds: number, outcome: LogAttempt['outcome'], endSeconds = atSeconds) =>
  ({ caller, arrivalMs: atSeconds * 1000, endMs: endSeconds * 1000, outcome }) as LogAttempt;

describe('redials from repeated callers', () => {
  it('links a call to the busy signal or hang-up before it within the window, not to an answered call', () => {
    const attempts = [
      attempt('a', 0, 'busy'),
      attempt('a', 100, 'abandoned', 160),
      attempt('a', 400, 'answered', 420),
      attempt('a', 500, 'busy'),
      attempt('b', 0, 'abandoned', 30),
      attempt('b', 30 + REDIAL_WINDOW_SECONDS + 1, 'answered'),
    ];
    const links = linkRedials(attempts);
    expect([...links.previous]).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(links.attemptNumber).toEqual([1, 2, 3, 1, 1, 1]);
  });

  it('counts only attempts that could have been redialled, and fits the delay from the busy signal or the hang-up', () => {
    const attempts = [
      attempt('a', 0, 'busy'),
      attempt('a', 100, 'answered'),
      attempt('b', 0, 'abandoned', 50),
      attempt('b', 350, 'abandoned', 400),
      attempt('c', 10, 'abandoned', 20),
      attempt('z', 3 * REDIAL_WINDOW_SECONDS, 'busy'),
    ];
    const fit = fitRedials(attempts, linkRedials(attempts));
    expect(fit.maxAttempts).toBe(2);
    // b's second attempt is the longest chain: it could not have been redialled. z's is at the end of the log.
    expect(fit.afterBusy).toEqual({ redials: 1, eligible: 1, probability: 1 });
    expect(fit.afterAbandon).toEqual({ redials: 1, eligible: 2, probability: 0.5 });
    expect(fit.delay!.sampleMeanSeconds).toBe(200);
  });

  it('tells kept patience from fresh draws by repeated hang-ups', () => {
    const hangUps = (secondWait: (i: number) => number) =>
      Array.from({ length: 30 }, (_, i) => [
        { ...attempt(`c${i}`, 0, 'abandoned', 40 + i), waitSeconds: 40 + i },
        { ...attempt(`c${i}`, 400, 'abandoned', 400 + secondWait(i)), waitSeconds: secondWait(i) },
      ]).flat();
    const kept = hangUps((i) => 40 + i + (i % 2));
    expect(fitRedials(kept, linkRedials(kept)).patienceOnRedial).toEqual({ pairs: 30, sameWait: 30, needs: 'keep' });
    const drawn = hangUps((i) => 10 + ((i * 53) % 200));
    expect(fitRedials(drawn, linkRedials(drawn)).patienceOnRedial.needs).toBe('redraw');
  });
});
