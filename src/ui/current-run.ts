/**
 * The current run of `<cc-app>`: replications go to the worker pool, never the main thread;
 * progress and partial summaries come back as replications finish, and the run ends done,
 * failed or cancelled. A lit reactive controller: every change asks the host to render again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { text, type Lang } from '../i18n/i18n.ts';
import { parseScenario, type Scenario, type ScenarioIssue } from '../../models/scenario/scenario.ts';
import type { Figures } from '../../models/replications.ts';
import type { Summary } from '../engine/summary.ts';
import { compareScenarios } from '../planning/compare.ts';
import { SimulationPool } from '../worker/client.ts';
import type { PoolProgress, RunBreakdown } from '../worker/protocol.ts';
import type { PartialSummary } from '../worker/run-plan.ts';
import type { RunStatus } from './cc-run-controls.ts';
import { describeIssue } from './editor/issues.ts';
import { DEFAULT_SCENARIO_ID, libraryScenario } from './scenario-library.ts';
import type { RunSettings } from './events.ts';
import { A } from './messages.ts';

/**
 * Partial results reach the dashboard at most every PARTIAL_INTERVAL_MS in the first
 * PARTIAL_QUICK_MS of a run (the first results come at once), then at most every
 * PARTIAL_LATER_MS. Each hand-off redraws the cards and, over the next tasks, every chart,
 * and that work is taken from the workers' cores: a page redrawing four times a second made
 * a run of 100 one-week replications 10–35% slower than one showing no partial results.
 * The last results of a run are always shown.
 */
const PARTIAL_INTERVAL_MS = 250;
const PARTIAL_QUICK_MS = 1000;
const PARTIAL_LATER_MS = 1000;
/**
 * Progress redraws the page (the whole of <cc-app>) at most this often: replications of a
 * short run end every few milliseconds, and each report used to cost the page a render.
 */
const PROGRESS_INTERVAL_MS = 250;
/**
 * A new worker compiles the model on short replications of the baseline (without its
 * warm-up day), one after another, stopping when a run starts. Short ones first, while the
 * code is slow, keep a run that starts meanwhile from waiting long (a cold 2-day
 * replication took 150–300 ms); then one-week ones until the code is fast. With two workers
 * warming at once (V8 compiles on the same two cores), 50 one-week replications a worker
 * then took 1.44 s from cold, 1.18 s after the short ones alone (2 weeks simulated, 0.28 s a
 * worker), and 0.99–1.03 s after ten one-week ones more (0.7–0.8 s a worker).
 */
const WARM_UP_DAYS = [0.25, 0.5, 1, 1, 1, 2, 2, 2, 2, 2, ...Array<number>(10).fill(7)];

/** The baseline without its warm-up day, so that the warm-up's replications can be short. */
function warmUpScenario(): unknown {
  const json = libraryScenario(DEFAULT_SCENARIO_ID) as { run?: Record<string, unknown> };
  return { ...json, run: { ...json.run, warmupHours: 0 } };
}

/** A host that renders in a language: a failed run's reasons are written in it. */
export interface RunHost extends ReactiveControllerHost {
  readonly lang: Lang;
}

/** A run compared with: A's scenario JSON and how the page names it. */
export interface Versus {
  readonly json: unknown;
  readonly label: string;
}

/** What a comparison adds to B's results: A's figures (same seed and replications) and the paired differences B − A. */
export interface ShownComparison {
  readonly label: string;
  readonly a: Summary<Figures>;
  readonly difference: Summary<Figures>;
}

/** A run that finished, for the history: what was run, with which settings, and its figures. */
export interface FinishedRun {
  readonly json: unknown;
  readonly scenario: Scenario;
  readonly settings: RunSettings;
  readonly summary: Summary<Figures>;
  readonly replicationsDone: number;
  readonly comparedWith?: string;
}

/** A run's breakdown (run-plan.ts) with what the page did with the partial results. */
export interface PageBreakdown extends RunBreakdown {
  /** Partial results built and handed to the dashboard, and the main-thread time building them took. */
  readonly partials: number;
  readonly partialBuildMs: number;
}

export interface CurrentRunOptions {
  /** Makes the worker pool when the page opens (kept for every run); tests pass fake workers. */
  readonly createPool?: () => SimulationPool;
  /** Hears, once per run, how long its first results took to reach the screen (ms). */
  readonly onFirstResult?: (ms: number) => void;
  /** Hears each run that ends done (not a cancelled or failed one). */
  readonly onFinished?: (run: FinishedRun) => void;
  /** Hears where a finished run's time went, when the workers told. */
  readonly onBreakdown?: (breakdown: PageBreakdown) => void;
  /** Hears when the workers started at page open (or after a cancel) have run their whole warm-up, and how long it took (ms). */
  readonly onWorkersWarm?: (ms: number) => void;
}

export class CurrentRun implements ReactiveController {
  /** Where the run is: idle, starting, running, done, cancelled or failed. */
  status: RunStatus = 'idle';
  /** Replications and simulated time done so far; undefined until the first report. */
  progress: PoolProgress | undefined;
  /** Figures over the replications done so far; undefined until the first is shown. */
  summary: Summary<Figures> | undefined;
  /** How many replications `summary` covers. */
  replicationsDone = 0;
  /** The scenario being run, as parsed when the run started. */
  scenario: Scenario | undefined;
  /** How many replications the run asked for. */
  replications = 0;
  /** The scenario JSON of the results shown (or being run); undefined before any. */
  json: unknown;
  /** The seed, replications and days of the results shown (the printed report shows them). */
  settings: RunSettings | undefined;
  /** Set when the results shown are B of a comparison with a pinned A. */
  comparison: ShownComparison | undefined;
  /** Wall-clock time of a finished run, in ms. */
  wallMs: number | undefined;
  /** Time from Run to the first results on screen, in ms. */
  firstResultMs: number | undefined;
  /** Why the run failed, in the page's language; '' otherwise. */
  failure = '';

  private readonly host: RunHost;
  private readonly createPool: () => SimulationPool;
  private readonly onFirstResult: ((ms: number) => void) | undefined;
  private readonly onFinished: ((run: FinishedRun) => void) | undefined;
  private readonly onBreakdown: ((breakdown: PageBreakdown) => void) | undefined;
  private readonly onWorkersWarm: ((ms: number) => void) | undefined;
  /** Partial results built in this run, and the time building them took. */
  private partials = 0;
  private partialBuildMs = 0;
  private pool: SimulationPool | undefined;
  /** Bumped by each run and by cancel: answers for an older id are dropped. */
  private runId = 0;
  /** How to build the newest partial result not yet shown, and when the last one was shown. */
  private pendingPartial: (() => PartialSummary) | undefined;
  private partialTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPartialAt = -Infinity;
  /** A render for progress is due (at most one every PROGRESS_INTERVAL_MS). */
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  private lastProgressAt = -Infinity;

  constructor(host: RunHost, options: CurrentRunOptions = {}) {
    this.host = host;
    this.createPool = options.createPool ?? (() => new SimulationPool());
    this.onFirstResult = options.onFirstResult;
    this.onFinished = options.onFinished;
    this.onBreakdown = options.onBreakdown;
    this.onWorkersWarm = options.onWorkersWarm;
    host.addController(this);
  }

  /** Starts the workers when the page opens, not at the first Run. */
  hostConnected(): void {
    this.pool ??= this.createPool();
    this.warmSoon();
  }

  hostDisconnected(): void {
    this.pool?.dispose();
    this.pool = undefined;
    this.dropPendingPartial();
  }

  /** The page's worker pool, for the other views' simulations (the Erlang calculator); a run there cancels one here. */
  get sharedPool(): SimulationPool {
    return (this.pool ??= this.createPool());
  }

  /** True from Run until the run ends. */
  get busy(): boolean {
    return this.status === 'running' || this.status === 'starting';
  }

  /**
   * Runs the scenario JSON with these settings, unless it is invalid or a run is going on;
   * with `versus`, runs it as B against A with the same seed and replications (common
   * random numbers) and shows B with the paired differences.
   */
  async start(json: unknown, settings: RunSettings, versus?: Versus): Promise<void> {
    const parsed = parseScenario(json);
    if (!parsed.ok || this.busy) return;
    const id = ++this.runId;
    const started = performance.now();
    this.pool ??= this.createPool();
    this.status = 'starting';
    this.summary = undefined;
    this.replicationsDone = 0;
    this.replications = settings.replications;
    this.scenario = parsed.scenario;
    this.json = json;
    this.settings = settings;
    this.comparison = undefined;
    this.progress = undefined;
    this.wallMs = undefined;
    this.firstResultMs = undefined;
    this.failure = '';
    this.dropPendingPartial();
    this.lastPartialAt = -Infinity;
    this.partials = 0;
    this.partialBuildMs = 0;
    this.host.requestUpdate();
    if (versus) return this.compare(id, started, json, settings, versus);
    try {
      const outcome = await this.pool.run(
        json,
        { seed: settings.seed, replications: settings.replications, ...(settings.days !== undefined ? { days: settings.days } : {}) },
        {
          onProgress: (progress) => {
            if (id !== this.runId) return;
            this.progress = progress;
            if (this.status === 'starting') this.status = 'running';
            this.progressUpdate(id);
          },
          onPartial: (_count, latest) => {
            if (id === this.runId) this.queuePartial(id, started, latest);
          },
        },
      );
      this.dropPendingPartial();
      if (id !== this.runId) return;
      if (outcome.ok) {
        // The final results replace any partial ones, in a task of their own as well.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (id !== this.runId) return;
        this.showResults(id, started, outcome.summary, outcome.replications);
        this.wallMs = outcome.wallMs;
        this.status = 'done';
        if (outcome.breakdown) this.onBreakdown?.({ ...outcome.breakdown, partials: this.partials, partialBuildMs: Math.round(this.partialBuildMs * 10) / 10 });
        this.finished();
      } else if (outcome.cancelled) {
        this.status = 'cancelled';
      } else {
        this.status = 'failed';
        this.failure = outcome.issues.map((i) => describeRunIssue(i, json, this.host.lang)).join('; ');
      }
    } catch (error) {
      this.dropPendingPartial();
      if (id !== this.runId) return;
      this.status = 'failed';
      this.failure = error instanceof Error ? error.message : String(error);
    }
    this.host.requestUpdate();
  }

  /** B against A on the pool's workers; no partial results, progress over both. */
  private async compare(id: number, started: number, json: unknown, settings: RunSettings, versus: Versus): Promise<void> {
    const options = { seed: settings.seed, replications: settings.replications, ...(settings.days !== undefined ? { days: settings.days } : {}) };
    try {
      const outcome = await this.pool!.runTask(this.pool!.maxWorkers, (workers, signal) =>
        compareScenarios(workers, versus.json, json, options, {
          onProgress: (p) => {
            if (id !== this.runId) return;
            this.progress = { replicationsDone: p.done, replications: p.total, simulatedSecondsDone: p.simulatedSecondsDone, simulatedSecondsTotal: p.simulatedSecondsTotal };
            if (this.status === 'starting') this.status = 'running';
            this.host.requestUpdate();
          },
        }, signal),
      );
      if (id !== this.runId) return;
      if (outcome.ok) {
        this.comparison = { label: versus.label, a: outcome.a.summary, difference: outcome.difference };
        this.showResults(id, started, outcome.b.summary, outcome.b.replications);
        this.wallMs = performance.now() - started;
        this.status = 'done';
        this.finished(versus.label);
      } else if (outcome.cancelled) {
        this.status = 'cancelled';
      } else {
        this.status = 'failed';
        this.failure = outcome.issues.map((i) => describeRunIssue(i, json, this.host.lang)).join('; ');
      }
    } catch (error) {
      if (id !== this.runId) return;
      this.status = 'failed';
      this.failure = error instanceof Error ? error.message : String(error);
    }
    this.host.requestUpdate();
  }

  /**
   * Shows a run kept in the history (or any finished run) as if it had just ended; does
   * nothing during a run or when its scenario no longer parses.
   */
  show(run: Omit<FinishedRun, 'scenario'>): boolean {
    const parsed = parseScenario(run.json);
    if (!parsed.ok || this.busy) return false;
    this.runId++;
    this.dropPendingPartial();
    this.status = 'done';
    this.scenario = parsed.scenario;
    this.json = run.json;
    this.settings = run.settings;
    this.summary = run.summary;
    this.replicationsDone = run.replicationsDone;
    this.replications = run.settings.replications;
    this.comparison = undefined;
    this.progress = undefined;
    this.wallMs = undefined;
    this.failure = '';
    this.host.requestUpdate();
    return true;
  }

  private finished(comparedWith?: string): void {
    if (!this.summary || !this.scenario || !this.settings) return;
    this.onFinished?.({
      json: this.json,
      scenario: this.scenario,
      settings: this.settings,
      summary: this.summary,
      replicationsDone: this.replicationsDone,
      ...(comparedWith !== undefined ? { comparedWith } : {}),
    });
  }

  /** Stops the run at once; results shown so far stay. */
  cancel(): void {
    if (!this.busy) return;
    this.dropPendingPartial();
    this.runId++;
    this.pool?.cancel();
    this.status = 'cancelled';
    this.host.requestUpdate();
    this.warmSoon();
  }

  /** Warms the pool's workers in a task of its own, after the current one, on replications of the baseline (WARM_UP_DAYS). */
  private warmSoon(): void {
    setTimeout(async () => {
      const started = performance.now();
      if (await this.pool?.warm({ scenarioJson: warmUpScenario(), days: WARM_UP_DAYS })) this.onWorkersWarm?.(performance.now() - started);
    }, 0);
  }

  /**
   * Shows a partial result at most every PARTIAL_INTERVAL_MS (PARTIAL_LATER_MS later in the run), the newest at the time: it is
   * built in a task of its own (not the one that merged the replication into the summary)
   * and handed to the page in the next, so neither task holds the main thread long.
   */
  private queuePartial(id: number, started: number, latest: () => PartialSummary): void {
    this.pendingPartial = latest;
    if (this.partialTimer !== undefined) return;
    const now = performance.now();
    const interval = now - started < PARTIAL_QUICK_MS ? PARTIAL_INTERVAL_MS : PARTIAL_LATER_MS;
    const wait = Math.max(0, this.lastPartialAt + interval - now);
    this.partialTimer = setTimeout(() => {
      const build = this.pendingPartial;
      this.pendingPartial = undefined;
      if (!build || id !== this.runId) {
        this.partialTimer = undefined;
        return;
      }
      this.lastPartialAt = performance.now();
      const partial = build();
      this.partials++;
      this.partialBuildMs += performance.now() - this.lastPartialAt;
      this.partialTimer = setTimeout(() => {
        this.partialTimer = undefined;
        if (id === this.runId) this.showResults(id, started, partial.summary, partial.count);
      }, 0);
    }, wait);
  }

  /** Renders the host for progress now, or at most PROGRESS_INTERVAL_MS after the last time (the newest progress then). */
  private progressUpdate(id: number): void {
    if (this.progressTimer !== undefined) return;
    const wait = this.lastProgressAt + PROGRESS_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.lastProgressAt = performance.now();
      this.host.requestUpdate();
      return;
    }
    this.progressTimer = setTimeout(() => {
      this.progressTimer = undefined;
      if (id !== this.runId) return;
      this.lastProgressAt = performance.now();
      this.host.requestUpdate();
    }, wait);
  }

  /** Hands results to the page; the first of a run is timed once the host has drawn it. */
  private showResults(id: number, started: number, summary: Summary<Figures>, count: number): void {
    this.summary = summary;
    this.replicationsDone = count;
    this.host.requestUpdate();
    if (this.firstResultMs !== undefined) return;
    void this.host.updateComplete.then(() => {
      if (id !== this.runId || this.firstResultMs !== undefined) return;
      this.firstResultMs = performance.now() - started;
      this.onFirstResult?.(this.firstResultMs);
      this.host.requestUpdate();
    });
  }

  private dropPendingPartial(): void {
    clearTimeout(this.progressTimer);
    this.progressTimer = undefined;
    clearTimeout(this.partialTimer);
    this.partialTimer = undefined;
    this.pendingPartial = undefined;
  }
}

/** Run-option issues (`options.seed`) from the pool, in the planner's language. */
function describeRunIssue(issue: ScenarioIssue, json: unknown, lang: Lang): string {
  if (issue.path.startsWith('options.')) return `${text(A.runOptionsInvalid, lang)}: ${issue.path.slice(8)} — ${issue.message}, ${issue.found}`;
  const d = describeIssue(issue, json, lang);
  return `${d.field}: ${d.allowed}`;
}
