/**
 * `npm run sim -- file.json --call-log out.csv`: the call log of replication 0 (the same
 * callers as the run's first replication), streamed to a temporary file beside `out.csv` as
 * the run goes and renamed into place at the end, so a failed write leaves no half log.
 * One replication only: a log is one history, as a real export is.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { simulateCallCentre } from '../../models/call-centre.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import { DAY, HOUR } from '../engine/time.ts';
import { CallLogWriter, type CallLogSummary } from '../calibration/call-log-writer.ts';

export type CallLogOutcome = ({ readonly ok: true } & CallLogSummary) | { readonly ok: false; readonly code: string };

export function writeCallLogFile(scenario: Scenario, options: { seed: number; days: number | undefined; file: string }): CallLogOutcome {
  const temporary = `${options.file}.tmp-${process.pid}`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    const out = fd;
    const writer = new CallLogWriter(scenario, {
      seed: options.seed,
      replication: 0,
      fromSeconds: scenario.run.warmupHours * HOUR,
      toSeconds: (options.days ?? scenario.run.days) * DAY,
      write: (text) => {
        const bytes = Buffer.from(text, 'utf8');
        for (let done = 0; done < bytes.length; ) done += writeSync(out, bytes, done);
      },
    });
    simulateCallCentre(scenario, { seed: options.seed, replication: 0, days: options.days, trace: writer.sink });
    const summary = writer.finish();
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, options.file);
    return { ok: true, ...summary };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was created.
    }
    return { ok: false, code: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}
