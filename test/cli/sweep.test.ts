import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run sweep and npm run compare', () => {
  it('prints {parameters, points: [{values, result}]}', () => {
    const r = run('sweep', 'scenarios/major-incident.json', '--set', 'standby.seats=10,30', '--set', 'surges.0.peakMultiplier=4', '--replications', '2', '--days', '3', '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.parameters).toEqual([
      { path: 'standby.seats', values: [10, 30] },
      { path: 'surges.0.peakMultiplier', values: [4] },
    ]);
    expect(doc.points.map((p: { values: unknown }) => p.values)).toEqual([
      { 'standby.seats': 10, 'surges.0.peakMultiplier': 4 },
      { 'standby.seats': 30, 'surges.0.peakMultiplier': 4 },
    ]);
    expect(doc.points[1].result.standby.peakSeatsOnDuty.mean).toBeLessThanOrEqual(30);
    expect(doc.points[0].result.byLane.emergency.serviceLevel).toHaveProperty('halfWidth95');
  });

  it('exits 2 naming the field for a bad path or value, with nothing on stdout', () => {
    const path = run('sweep', 'scenarios/major-incident.json', '--set', 'standby.seatz.x=1');
    expect([path.status, path.stdout]).toEqual([2, '']);
    expect(path.stderr).toContain('standby.seatz.x: standby has no field "seatz"');
    const value = run('sweep', 'scenarios/major-incident.json', '--set', 'standby.seats=-3', '--replications', '1');
    expect([value.status, value.stdout]).toEqual([2, '']);
    expect(value.stderr).toMatch(/point standby\.seats=-3: standby\.seats: expected .*, got -3/);
    expect(run('sweep', 'scenarios/major-incident.json').stderr).toContain('expected at least one --set');
  });

  it('compare prints {a, b, difference}, zero for a scenario against itself', () => {
    const r = run('compare', 'scenarios/baseline.json', 'scenarios/baseline.json', '--replications', '2', '--days', '2', '--json');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['a', 'b', 'difference']);
    expect(doc.a.byLane).toEqual(doc.b.byLane);
    expect(doc.difference.byLane.general.offered).toEqual({ mean: 0, halfWidth95: 0 });
    expect(doc.difference.series).toBeUndefined();
    const one = run('compare', 'scenarios/baseline.json');
    expect([one.status, one.stdout]).toEqual([2, '']);
    expect(one.stderr).toContain('expected exactly 2 scenario files');
  });
});
