/**
 * Every bound that more than one part of the simulator enforces, in one place: the scenario
 * schema (models/scenario/), the editor's field descriptors (src/ui/editor/), the run
 * options checked by models/run-options.ts (page, worker, command line). Changing a value
 * here changes it everywhere, so the editor never offers what the parser refuses.
 * The bounds exist so that a typo cannot stall a run or exhaust memory; the model itself
 * would accept more.
 */
import { MAX_SEED as ENGINE_MAX_SEED } from '../src/engine/random.ts';

const HOURS_PER_DAY = 24;
const MINUTES_PER_DAY = 1440;
const SECONDS_PER_DAY = 86_400;

// ── Length of a run ──────────────────────────────────────────────────────────

/** Most simulated days in one replication (`run.days`, the page's and the CLI's days): ten years. */
export const MAX_DAYS = 3660;

/** Latest hour after the start that a surge or an on-call time may name: the end of the longest run. */
export const MAX_RUN_HOURS = HOURS_PER_DAY * MAX_DAYS;

/** Longest warm-up (`run.warmupHours`): a year. */
export const MAX_WARMUP_HOURS = HOURS_PER_DAY * 366;

/** Longest time calls are followed after the end of a run (`run.drainLimitHours`): thirty days. */
export const MAX_DRAIN_HOURS = HOURS_PER_DAY * 30;

/** Widest time-series bucket (`run.bucketMinutes`): a day. */
export const MAX_BUCKET_MINUTES = MINUTES_PER_DAY;

// ── Run options (page, worker, command line) ─────────────────────────────────

/** Most replications in one run, the same on the page, in the worker pool and on the command line. */
export const MAX_REPLICATIONS = 100_000;

/** Largest seed: whole numbers that survive JSON and doubles exactly (the engine's RandomStreams checks the same). */
export const MAX_SEED: number = ENGINE_MAX_SEED;

/** Call attempts one core simulates per second, for the cost estimate (the baseline runs at about 450,000). */
export const ATTEMPTS_PER_SECOND_PER_CORE = 300_000;

/**
 * Expected wall time above which a run must be confirmed (`--yes` on the command line, a
 * question on the page): ten minutes.
 */
export const CONFIRM_RUN_SECONDS = 600;

/** Most worker threads the command line starts. */
export const MAX_THREADS = 256;

// ── Arrivals and surges ──────────────────────────────────────────────────────

/** Highest mean arrival rate (`arrivals.callsPerHour`). */
export const MAX_CALLS_PER_HOUR = 1e6;

/**
 * Largest coefficient of variation of the daily volume multiplier (`arrivals.dailyVolumeCv`):
 * 2 already gives days from a twentieth to four times the mean; Jongbloed and Koole (2001)
 * report well under 0.5 for call centres.
 */
export const MAX_DAILY_VOLUME_CV = 2;

/** Largest relative weight (arrival profiles, missions' shares of work orders). */
export const MAX_WEIGHT = 1e6;

/** Most surges in a scenario. */
export const MAX_SURGES = 20;

/** Highest multiple of the normal arrival rate at a surge's peak. */
export const MAX_PEAK_MULTIPLIER = 1000;

/** Longest half-life of a surge's decay: a year. */
export const MAX_HALF_LIFE_HOURS = HOURS_PER_DAY * 365;

/** Longest surge ramp, quiet spell before a stand-down, or minimum time on duty: a week. */
export const MAX_SPELL_MINUTES = 7 * MINUTES_PER_DAY;

/** Most times listed in an `at-times` rule (standby or back office on the phones). */
export const MAX_TIMES_LISTED = 1000;

/** Most attempts per caller, the first included (`redial.maxAttempts`). */
export const MAX_ATTEMPTS = 100;

// ── Call types, lanes, lines and seats ───────────────────────────────────────

/** Most call types in a scenario. */
export const MAX_CALL_TYPES = 20;

/** Most lanes (queues) in a scenario. */
export const MAX_LANES = 10;

/** Lowest lane priority (0 is answered first). */
export const MAX_PRIORITY = 99;

/** Longest service-level target (`lanes[].serviceLevelTargetSeconds`): a day. */
export const MAX_SERVICE_LEVEL_TARGET_SECONDS = SECONDS_PER_DAY;

/** Most seats a lane keeps in reserve from lower lanes. */
export const MAX_RESERVED_SEATS = 1000;

/** Most trunk lines. */
export const MAX_TRUNK_LINES = 100_000;

/** Most seats in any pool (front desk, standby, secretaries, officers), at any half hour. */
export const MAX_SEATS = 2000;

// ── On-call policies (standby, back office on the phones) ────────────────────

/** Shortest interval between two checks of an on-call policy. */
export const MIN_CHECK_EVERY_MINUTES = 0.1;

/** Longest interval between two checks of an on-call policy: a day. */
export const MAX_CHECK_EVERY_MINUTES = MINUTES_PER_DAY;

/** Longest queue a policy may wait for, or allow when standing down. */
export const MAX_QUEUE_LENGTH = 1e6;

/** Longest window over which a policy measures the service level: a day. */
export const MAX_WINDOW_MINUTES = MINUTES_PER_DAY;

// ── Missions' office rules ───────────────────────────────────────────────────

/** Most dates in one list of public holidays (a country's or a mission's): ten years of twenty, and room to spare. */
export const MAX_HOLIDAYS_LISTED = 1000;

/** Most missions forwarding their after-hours calls to 12308 (`missions.afterHoursForwarding`). */
export const MAX_FORWARDING_MISSIONS = 300;

/** Highest rate of calls a mission forwards per closed hour. */
export const MAX_FORWARDED_CALLS_PER_HOUR = 10_000;

// ── Notifications ────────────────────────────────────────────────────────────

/** Most notification channels. */
export const MAX_CHANNELS = 6;

/** Most retries on one notification channel before falling back to the next. */
export const MAX_RETRIES = 10;

/** Longest notification target: a day. */
export const MAX_NOTIFICATION_TARGET_MINUTES = MINUTES_PER_DAY;

// ── Durations ────────────────────────────────────────────────────────────────

/** Longest duration any duration field accepts (its mean, minimum, maximum…): a year. */
export const MAX_DURATION_SECONDS = 366 * SECONDS_PER_DAY;

/** Largest coefficient of variation of a lognormal or gamma duration. */
export const MAX_CV = 10;

/**
 * Smallest coefficient of variation above 0 (0 means no variation): below it a gamma's
 * shape 1/cv² loses its precision and then overflows, and the sampler returns NaN.
 */
export const MIN_CV = 0.001;

/** Smallest shape of a Weibull duration. */
export const MIN_SHAPE = 0.1;

/** Largest shape of a Weibull duration. */
export const MAX_SHAPE = 20;

// ── Text ─────────────────────────────────────────────────────────────────────

/** Longest scenario name, in characters. */
export const MAX_NAME_LENGTH = 120;

/** Longest scenario description, in characters. */
export const MAX_DESCRIPTION_LENGTH = 4000;

/** Longest label, in characters, in each language. */
export const MAX_LABEL_LENGTH = 80;

/** Longest identifier (of a call type, lane or channel), in characters. */
export const MAX_IDENTIFIER_LENGTH = 40;

/**
 * Names an identifier may not take: those every JavaScript object already has, which a
 * lookup by id would find without the scenario defining them (`extraMix.constructor`).
 */
export const RESERVED_IDENTIFIERS: readonly string[] = Object.freeze(Object.getOwnPropertyNames(Object.prototype));

// ── Untrusted input (files, links, worker messages) ──────────────────────────

/** Largest scenario file or inflated share link, in characters: a scenario takes about 10 KB. */
export const MAX_SCENARIO_BYTES = 1_000_000;

/** Deepest nesting of arrays and objects in a scenario document: it needs six levels. */
export const MAX_SCENARIO_DEPTH = 16;

/** Most values (numbers, strings, arrays, objects…) in a scenario document: it holds a few thousand. */
export const MAX_SCENARIO_VALUES = 50_000;

/** Problems listed for one scenario; the rest are counted in one last line. */
export const MAX_ISSUES_LISTED = 100;
