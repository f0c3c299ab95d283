import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../models/scenario/scenario.ts';
import { inProcessWorker } from '../../../src/planning/experiments.ts';
import { runSweep } from '../../../src/planning/sweep.ts';
import { formatEstimate, secondsLeft, sweepFigures, sweepLines } from '../../../src/ui/sweep/sweep-figures.ts';

const incident = JSON.parse(readFileSync('scenarios/major-incident.json', 'utf8'));

describe('sweep figures', () => {
  it('reads each headline figure at every point and groups lines by the second parameter', async () => {
    const parameters = [{ path: 'standby.seats', values: [40, 0] }, { path: 'standby.checkEveryMinutes', values: [5] }];
    const outcome = await runSweep([inProcessWorker()], incident, parameters, { seed: 1, replications: 2, days: 1.5 });
    if (!outcome.ok) throw new Error(`sweep failed: ${JSON.stringify(outcome)}`);
    const parsed = parseScenario(incident);
    if (!parsed.ok) throw new Error('bad scenario');
    const figures = sweepFigures(outcome.points, parsed.scenario, 'en');
    expect(figures.map((f) => f.id)).toEqual(['sl-emergency', 'sl-general', 'abandon-emergency', 'abandon-general', 'busy', 'standby']);
    expect(figures[0]!.title).toMatch(/^Service level · /);
    for (const f of figures) expect(f.estimates).toHaveLength(2);
    expect(figures[0]!.estimates[0]).toBe(outcome.points[0]!.result.summary.byLane.emergency!.serviceLevel);
    const lines = sweepLines(outcome.points, parameters);
    expect(lines).toEqual([{ value: 5, points: [1, 0] }]);
    expect(sweepLines(outcome.points, parameters.slice(0, 1))).toEqual([{ value: undefined, points: [1, 0] }]);
  }, 60_000);
  it('formats estimates and the time left', () => {
    expect(formatEstimate({ mean: 0.852, halfWidth95: 0.013 }, 'share')).toBe('85.2% ± 1.3');
    expect(formatEstimate({ mean: NaN, halfWidth95: NaN }, 'count')).toBe('—');
    expect(secondsLeft(0, 10, 1000)).toBeUndefined();
    expect(secondsLeft(5, 10, 2000)).toBe(2);
    expect(secondsLeft(10, 10, 2000)).toBe(0);
  });
});
