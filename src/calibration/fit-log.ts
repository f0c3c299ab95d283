/**
 * Everything the log determines, fitted from its good rows: arrivals, each call type (mix,
 * shares, talk, after-call work, patience), redials and the busy-signal share. The result is
 * plain data, for the command line's report, the page and `to-scenario.ts`.
 */
import { fitArrivals, type ArrivalFit } from './arrivals-fit.ts';
import { fitCallTypes, type CallTypeFit } from './call-type-fit.ts';
import type { LogAttempt } from './parse-log.ts';
import { fitRedials, linkRedials, type RedialFit } from './redial-fit.ts';

export interface LogFit {
  readonly arrivals: ArrivalFit;
  readonly callTypes: readonly CallTypeFit[];
  /** Undefined when the log has no caller column (no redials can be found). */
  readonly redial: RedialFit | undefined;
  /** Busy signals ÷ attempts. */
  readonly busyShare: number;
}

export function fitLog(attempts: readonly LogAttempt[]): LogFit {
  const hasCallers = attempts.some((a) => a.caller !== undefined);
  const links = linkRedials(attempts);
  const isFirst = (i: number) => !links.previous.has(i);
  return {
    arrivals: fitArrivals(attempts, isFirst),
    callTypes: fitCallTypes(attempts, isFirst),
    redial: hasCallers ? fitRedials(attempts, links) : undefined,
    busyShare: attempts.length > 0 ? attempts.filter((a) => a.outcome === 'busy').length / attempts.length : 0,
  };
}
