/**
 * What the page says beside Run before a run starts: the expected call attempts and wall
 * time (models/scenario/run-cost.ts, the command line's estimate, on the workers the pool
 * will use), whether the run is long enough to ask first, and the surges it will not reach.
 */
import { CONFIRM_RUN_SECONDS } from '../../models/limits.ts';
import { runNotes } from '../../models/run-options.ts';
import { estimateRunCost } from '../../models/scenario/run-cost.ts';
import type { Scenario } from '../../models/scenario/scenario.ts';
import type { Bilingual } from '../i18n/i18n.ts';
import type { RunSettings } from './events.ts';

export interface RunEstimate {
  readonly attempts: number;
  readonly seconds: number;
  /** Longer than CONFIRM_RUN_SECONDS: the page asks before running. */
  readonly long: boolean;
  /** Surges that start after the run ends: 1-based number, start hour, end hour. */
  readonly surgesAfterEnd: readonly { readonly index: number; readonly startHour: number; readonly endHour: number }[];
}

export function estimateRun(scenario: Scenario, settings: RunSettings, workers: number): RunEstimate {
  const days = settings.days ?? scenario.run.days;
  const cost = estimateRunCost(scenario, { replications: settings.replications, days, cores: workers });
  const surgesAfterEnd = runNotes(scenario, days).map((note) => {
    const index = Number(/^surges\[(\d+)\]/.exec(note.path)![1]);
    return { index: index + 1, startHour: scenario.surges[index]!.startHour, endHour: days * 24 };
  });
  return { attempts: cost.attempts, seconds: cost.seconds, long: cost.seconds > CONFIRM_RUN_SECONDS, surgesAfterEnd };
}

/** "about 3 minutes" / "约 3 分钟". */
export function durationWords(seconds: number): Bilingual {
  if (seconds < 1) return { zh: '不到 1 秒', en: 'under a second' };
  const about = (n: number, zh: string, en: string): Bilingual => ({ zh: `约 ${n} ${zh}`, en: `about ${n} ${en}${n === 1 ? '' : 's'}` });
  if (seconds < 90) return about(Math.round(seconds), '秒', 'second');
  if (seconds < 90 * 60) return about(Math.round(seconds / 60), '分钟', 'minute');
  if (seconds < 48 * 3600) return about(Math.round(seconds / 3600), '小时', 'hour');
  return about(Math.round(seconds / 86_400), '天', 'day');
}
