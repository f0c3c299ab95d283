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
    expect(threadsFor(undefined, baseline, 100, 7)).toBe(1);
  });

  it('uses every core for a long run, but no more threads than replications', () => {
    const cores = availableParallelism();
    expect(threadsFor(undefined, baseline, 400, 7)).toBe(Math.min(cores, 400));
    expect(threadsFor(undefined, baseline, 1, 3650)).toBe(1);
  });
});
