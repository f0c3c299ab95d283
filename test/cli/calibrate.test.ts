import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CALL_LOG_COLUMNS } from '../../src/calibration/call-log.ts';
import { accepted } from '../support/scenarios.ts';

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run sim -- --call-log and npm run calibrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-calib-'));
  const log = join(dir, 'log.csv');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sim writes the call log of replication 0 with the documented columns, and still prints its report', () => {
    const r = run('sim', 'scenarios/baseline.json', '--replications', '1', '--days', '4', '--call-log', log);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/call log: [\d,]+ attempts of replication 0 written to /);
    const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(CALL_LOG_COLUMNS.join(','));
    expect(lines.length).toBeGreaterThan(4000);
    expect(lines[1]).toMatch(/^\d+,[0-9a-f]{16},2025-01-0\d \d\d:\d\d:\d\d,/);
    expect(r.stdout).toContain('general');
  });

  it('calibrate writes a scenario the parser accepts and prints the fit, as text or JSON', () => {
    const out = join(dir, 'fitted.json');
    const text = run('calibrate', log, '--out', out);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('talk time (n = ');
    expect(text.stdout).toMatch(/lognormal, mean \d+\.\d s, CV 0\.\d{3}; ΔAIC gamma \+/);
    const scenario = accepted(JSON.parse(readFileSync(out, 'utf8')));
    expect(scenario.arrivals.callsPerHour).toBeGreaterThan(50);
    const json = run('calibrate', log, '--out', out, '--json');
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.rows.bad).toBe(0);
    expect(doc.fit.callTypes.map((t: { id: string }) => t.id).sort()).toEqual(scenario.callTypes.map((t) => t.id).sort());
  });

  it('--report sets the fitted scenario against the log by hour of the day, as a table or in the JSON', () => {
    const out = join(dir, 'reported.json');
    const text = run('calibrate', log, '--out', out, '--report', '--replications', '2', '--seed', '5');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('simulated (2 replications, seed 5, mean ± 95% half-width) against observed, by hour of arrival (Beijing)');
    expect(text.stdout).toMatch(/\n23:00 +\d+\.\d +\d+\.\d ± \d+\.\d/);
    const json = JSON.parse(run('calibrate', log, '--out', out, '--report', '--replications', '2', '--json').stdout);
    expect(json.report.hours).toHaveLength(24);
    expect(json.report.overall.simulated.attemptsPerDay).toHaveProperty('halfWidth95');
  });

  it('reads a log through a column map', () => {
    const renamed = readFileSync(log, 'utf8').replace(/^call_id,caller_hash,arrival_time/, 'CallID,ANI,StartTime');
    const file = join(dir, 'renamed.csv');
    writeFileSync(file, renamed);
    const map = join(dir, 'map.json');
    writeFileSync(map, JSON.stringify({ call_id: 'CallID', caller_hash: 'ANI', arrival_time: 'StartTime' }));
    const r = run('calibrate', file, '--columns', map, '--out', join(dir, 'mapped.json'), '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).rows.bad).toBe(0);
  });

  it('refuses bad usage and unusable input with status 2, naming the flag or the column', () => {
    const usage = run('calibrate', log, '--replications', '0');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--out: expected the file to write the fitted scenario to');
    expect(usage.stderr).toContain('--replications and --seed go with --report');
    expect(usage.stderr).toContain('--replications: expected a whole number from 1 to 100, got "0"');
    const map = join(dir, 'bad-map.json');
    writeFileSync(map, JSON.stringify({ arrival: 'Start' }));
    const badMap = run('calibrate', log, '--columns', map, '--out', join(dir, 'x.json'));
    expect(badMap.status).toBe(2);
    expect(badMap.stderr).toContain('arrival: not a call log column');
    const missing = join(dir, 'missing.csv');
    writeFileSync(missing, 'call_id,arrival_time\n1,2025-01-01 00:00:00\n');
    const refused = run('calibrate', missing, '--out', join(dir, 'y.json'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('no column "call_type" for call_type (required)');
    expect(existsSync(join(dir, 'y.json'))).toBe(false);
  });
});
