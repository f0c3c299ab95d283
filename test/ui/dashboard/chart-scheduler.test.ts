import { describe, expect, it } from 'vitest';
import { ChartScheduler } from '../../../src/ui/dashboard/chart-scheduler.ts';

/** Everything the scheduler does, in order: task and frame boundaries, steps and draws. */
function harness(keys: string[], stepsPerChart: Record<string, number>, stepMs = 5) {
  const log: string[] = [];
  let clock = 0;
  let data = 'v1';
  const scheduler = new ChartScheduler<string, string>({
    keys: () => keys,
    *compute(key) {
      // The data is read when the chart starts, as the dashboard reads its properties.
      const seen = data;
      for (let i = 1; i <= (stepsPerChart[key] ?? 1); i++) {
        log.push(`${key}${i}`);
        clock += stepMs;
        if (i < (stepsPerChart[key] ?? 1)) yield;
      }
      return `${key}@${seen}`;
    },
    drawn: (key) => log.push(`drawn ${key}=${scheduler.geometry(key)}`),
    yieldTask: async () => void log.push('|task|'),
    yieldFrame: async () => void log.push('|frame|'),
    now: () => clock,
  });
  return {
    log,
    scheduler,
    setData: (v: string) => (data = v),
    /** Lets the scheduler run until it has nothing left to do (its yields resolve at once). */
    settle: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}

describe('ChartScheduler', () => {
  it('computes charts in slices of a task, and gives each drawn chart a frame of its own', async () => {
    const { log, scheduler, settle } = harness(['a', 'b'], { a: 3, b: 1 });
    scheduler.invalidate();
    await settle();
    // 5 ms steps in 8 ms slices: two steps per task; each chart rendered in a task of its own, then a frame.
    expect(log).toEqual(['|task|', 'a1', 'a2', '|task|', 'a3', '|task|', 'drawn a=a@v1', '|frame|', 'b1', '|task|', 'drawn b=b@v1', '|frame|']);
    expect(scheduler.pending).toBe(false);
  });

  it('keeps the old geometry on screen until the new one is computed', async () => {
    const { scheduler, setData, settle } = harness(['a'], { a: 2 });
    scheduler.invalidate();
    await settle();
    setData('v2');
    scheduler.invalidate();
    expect(scheduler.geometry('a')).toBe('a@v1');
    expect(scheduler.pending).toBe(true);
    await settle();
    expect(scheduler.geometry('a')).toBe('a@v2');
  });

  it('draws next the chart drawn longest ago, so that new data arriving mid-round starves none', async () => {
    const draws: string[] = [];
    let data = 'v1';
    const waits: (() => void)[] = [];
    const gate = () => new Promise<void>((resolve) => waits.push(resolve));
    const scheduler = new ChartScheduler<string, string>({
      keys: () => ['a', 'b', 'c'],
      *compute(key) {
        return `${key}@${data}`;
      },
      drawn: (key) => draws.push(scheduler.geometry(key)!),
      yieldTask: gate,
      yieldFrame: gate,
      now: () => 0,
    });
    /** Ends the scheduler's current wait, and lets it run to its next one. */
    const proceed = async () => {
      waits.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    /** Lets the scheduler go on until `n` charts have been drawn in all. */
    const untilDrawn = async (n: number) => {
      while (draws.length < n) await proceed();
    };
    scheduler.invalidate();
    await untilDrawn(1);
    expect(draws).toEqual(['a@v1']);
    // New data after one chart of the round: b and c, never drawn, go before a again.
    data = 'v2';
    scheduler.invalidate();
    await untilDrawn(3);
    expect(draws).toEqual(['a@v1', 'b@v2', 'c@v2']);
    data = 'v3';
    scheduler.invalidate();
    while (waits.length) await proceed();
    expect(draws).toEqual(['a@v1', 'b@v2', 'c@v2', 'a@v3', 'b@v3', 'c@v3']);
  });

  it('redraws only the charts it is told to', async () => {
    const { log, scheduler, settle } = harness(['a', 'b'], {});
    scheduler.invalidate();
    await settle();
    log.length = 0;
    scheduler.invalidate(['b']);
    await settle();
    expect(log.filter((l) => l.startsWith('drawn'))).toEqual(['drawn b=b@v1']);
  });

  it('computes a chart again when it is told to redraw it while computing it', async () => {
    const draws: string[] = [];
    let data = 'v1';
    let clock = 0;
    const waits: (() => void)[] = [];
    const gate = () => new Promise<void>((resolve) => waits.push(resolve));
    const scheduler = new ChartScheduler<string, string>({
      keys: () => ['a'],
      *compute(key) {
        const seen = data;
        // Two steps, each filling a slice: a is computed over two tasks.
        clock += 10;
        yield;
        clock += 10;
        return `${key}@${seen}`;
      },
      drawn: (key) => draws.push(scheduler.geometry(key)!),
      yieldTask: gate,
      yieldFrame: gate,
      now: () => clock,
    });
    const proceed = async () => {
      waits.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    scheduler.invalidate();
    await proceed();
    // a is half computed from v1 when its own input changes (e.g. the heatmap's lane).
    data = 'v2';
    scheduler.invalidate(['a']);
    while (waits.length) await proceed();
    expect(draws).toEqual(['a@v1', 'a@v2']);
  });

  it('shows the partial geometries a chart yields, each with a frame, then the whole', async () => {
    const log: string[] = [];
    const scheduler = new ChartScheduler<string, string>({
      keys: () => ['grid'],
      *compute() {
        yield 'rows 1–7';
        yield undefined;
        yield 'rows 1–14';
        return 'all rows';
      },
      drawn: (key) => log.push(scheduler.geometry(key)!),
      yieldTask: async () => void log.push('|task|'),
      yieldFrame: async () => void log.push('|frame|'),
      now: () => 0,
    });
    scheduler.invalidate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['|task|', '|task|', 'rows 1–7', '|frame|', '|task|', 'rows 1–14', '|frame|', '|task|', 'all rows', '|frame|']);
  });

  it('forgets its charts and draws nothing more once stopped', async () => {
    const { log, scheduler, settle } = harness(['a', 'b'], {});
    scheduler.invalidate();
    scheduler.stop();
    await settle();
    expect(log.filter((l) => l.startsWith('drawn'))).toEqual([]);
    expect(scheduler.geometry('a')).toBeUndefined();
  });

  it('rests after each chart, while told to, a multiple of the time the chart took', async () => {
    const log: string[] = [];
    let clock = 0;
    let rest = 2;
    const scheduler = new ChartScheduler<string, string>({
      keys: () => ['a', 'b', 'c'],
      *compute(key) {
        clock += key === 'a' ? 5 : 7;
        yield;
        clock += 5;
        return key;
      },
      drawn: (key) => {
        log.push(`drawn ${key}`);
        // The run ends while b is drawn: no rest after it.
        if (key === 'b') rest = 0;
      },
      yieldTask: async () => {},
      yieldFrame: async () => {
        clock += 2;
        log.push('|frame|');
      },
      rest: () => rest,
      sleep: async (ms) => {
        clock += ms;
        log.push(`|rest ${ms}|`);
      },
      now: () => clock,
    });
    scheduler.invalidate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // a took 5 + 5 ms to compute and 2 to show: 24 ms of rest; b none, nor c.
    expect(log).toEqual(['drawn a', '|frame|', '|rest 24|', 'drawn b', '|frame|', 'drawn c', '|frame|']);
  });

  it('ends a rest at once when new data comes and no more rest is asked (the run is over)', async () => {
    const log: string[] = [];
    let rest = 3;
    let data = 'v1';
    let clock = 0;
    const scheduler = new ChartScheduler<string, string>({
      keys: () => ['a', 'b'],
      *compute(key) {
        return `${key}@${data}`;
      },
      drawn: (key) => log.push(`drawn ${scheduler.geometry(key)}`),
      yieldTask: async () => {},
      yieldFrame: async () => {},
      rest: () => rest,
      // A rest that would never end by itself.
      sleep: () => new Promise<void>(() => log.push('|rest|')),
      // Each chart takes some time, so that it earns a rest.
      now: () => clock++,
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    scheduler.invalidate();
    await settle();
    expect(log).toEqual(['drawn a@v1', '|rest|']);
    // New data during the run: the rest goes on.
    data = 'v2';
    scheduler.invalidate();
    await settle();
    expect(log).toEqual(['drawn a@v1', '|rest|']);
    // The final results: drawn now.
    rest = 0;
    data = 'v3';
    scheduler.invalidate();
    await settle();
    expect(log).toEqual(['drawn a@v1', '|rest|', 'drawn b@v3', 'drawn a@v3']);
  });
});
