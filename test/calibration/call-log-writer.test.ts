/**
 * The call log writer fed a trace by hand (SimPy's style: a short story, then the rows it
 * must give): each outcome's row, the window, redial links, and a row held until the
 * answered call's after-call work and case are both over.
 */
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { TraceRecord } from '../../models/results/trace.ts';
import { CallLogWriter } from '../../src/calibration/call-log-writer.ts';
import { knownScenarioJson } from './known-scenario.ts';
import { accepted } from '../support/scenarios.ts';

function write(records: Partial<TraceRecord>[], from = 0) {
  const scenario = accepted(knownScenarioJson());
  const chunks: string[] = [];
  const writer = new CallLogWriter(scenario, { seed: 1, replication: 0, fromSeconds: from, toSeconds: 1e9, write: (t) => chunks.push(t), batchRows: 1 });
  const batches: number[] = [];
  for (const r of records) {
    writer.sink({ callType: 'case', lane: 'general', caller: r.call, ...r } as TraceRecord);
    batches.push(chunks.length);
  }
  const summary = writer.finish();
  return { rows: csvParse(chunks.join('')), summary, batches };
}

describe('CallLogWriter', () => {
  it('writes one row per attempt when it ends, with Beijing times from the run\'s start', () => {
    const { rows, summary } = write([
      { t: 10, event: 'arrive', call: 1, value: 1 },
      { t: 10, event: 'blocked', call: 1 },
      { t: 20, event: 'arrive', call: 2, value: 1 },
      { t: 20, event: 'ivr', call: 2, outcome: 'self-service' },
      { t: 95, event: 'self-served', call: 2 },
      { t: 30, event: 'arrive', call: 3, value: 1 },
      { t: 30, event: 'ivr', call: 3, outcome: 'agent' },
      { t: 160, event: 'abandoned', call: 3, value: 115 },
    ]);
    expect(summary).toEqual({ rows: 3, unfinished: 0 });
    expect(rows.map((r) => [r.call_id, r.arrival_time, r.outcome, r.ivr_path, r.queue_entry_time, r.hangup_time])).toEqual([
      ['1', '2025-03-02 00:00:10', 'busy', '', '', ''],
      ['2', '2025-03-02 00:00:20', 'self-served', 'self-service', '', ''],
      ['3', '2025-03-02 00:00:30', 'abandoned', 'agent', '2025-03-02 00:00:45', '2025-03-02 00:02:40'],
    ]);
  });

  it('holds an answered call until its talk, after-call work and case are over; flags the transfer and the work order', () => {
    const { rows, batches } = write([
      { t: 0, event: 'arrive', call: 4, value: 1 },
      { t: 0, event: 'ivr', call: 4, outcome: 'agent' },
      { t: 50, event: 'answered', call: 4, value: 30 },
      { t: 350, event: 'talk-ended', call: 4 },
      { t: 350, event: 'transferred', call: 4 },
      { t: 440, event: 'wrap-up-ended', call: 4 },
      { t: 900, event: 'transfer-ended', call: 4 },
      { t: 900, event: 'work-order-created', call: 4 },
    ]);
    // The header, then nothing until the work order is written.
    expect(batches).toEqual([1, 1, 1, 1, 1, 1, 1, 2]);
    expect(rows[0]).toMatchObject({ queue_entry_time: '2025-03-02 00:00:20', answer_time: '2025-03-02 00:00:50', talk_seconds: '300', after_call_seconds: '90', outcome: 'answered', transferred: '1', work_order: '1' });
  });

  it('links a redial to the attempt it repeats, by caller; leaves out attempts before the window and counts the unfinished', () => {
    const { rows, summary } = write(
      [
        { t: 5, event: 'arrive', call: 1, caller: 9, value: 1 },
        { t: 5, event: 'blocked', call: 1, caller: 9 },
        { t: 5, event: 'redial-scheduled', call: 1, caller: 9, value: 200 },
        { t: 205, event: 'arrive', call: 2, caller: 9, value: 2 },
        { t: 205, event: 'ivr', call: 2, caller: 9, outcome: 'agent' },
        { t: 205, event: 'queued', call: 2, caller: 9 },
      ],
      100,
    );
    expect(rows).toHaveLength(0);
    expect(summary).toEqual({ rows: 0, unfinished: 1 });
    const linked = write([
      { t: 5, event: 'arrive', call: 1, caller: 9, value: 1 },
      { t: 5, event: 'blocked', call: 1, caller: 9 },
      { t: 5, event: 'redial-scheduled', call: 1, caller: 9, value: 200 },
      { t: 205, event: 'arrive', call: 2, caller: 9, value: 2 },
      { t: 205, event: 'blocked', call: 2, caller: 9 },
    ]).rows;
    expect(linked.map((r) => r.redial_of)).toEqual(['', '1']);
    expect(linked[0]!.caller_hash).toBe(linked[1]!.caller_hash);
    expect(linked[0]!.caller_hash).toMatch(/^[0-9a-f]{16}$/);
  });
});
