import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { threadsFor } from '../../src/cli/command.ts';
import { bundled } from '../support/scenarios.ts';

describe('threads chosen for a command', () => {
  const baseline = bundled('baseline');

  it('keeps the threads asked for', () => {
    expect(threadsFor(3, baseline, 1, 1)).toBe(3);
    expect(threadsFor(1, baseline, 1000, undefined)).toBe(1);
  });

  it('runs a short run in this thread: threads would not pay for their start', () => {
    expect(threadsFor(undefined, baseline, 1, 0.5)).toBe(1);
    // 10 one-week replications: about 0.2 s of work, estimated at 0.7 s.
    expect(threadsFor(undefined, baseline, 10, 7)).toBe(1);
  });

  it('uses every core once there is work to share, but no more threads than replications', () => {
    const cores = availableParallelism();
    // 100 one-week replications: about 1.5 s of work on one thread, estimated at 6.7 s.
    expect(threadsFor(undefined, baseline, 100, 7)).toBe(Math.min(cores, 100));
    expect(threadsFor(undefined, baseline, 2, 7 * 20)).toBe(Math.min(cores, 2));
    expect(threadsFor(undefined, baseline, 1, 3650)).toBe(1);
  });
});
