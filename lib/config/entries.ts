// Each entry's facts in one place: its own settings (SPIKE_*, SOAK_*, ...) as its scenario reads
// them, what sets its length, how the runner fits it into --max-duration, and which load level
// its resource scaling follows. Read by scenarios/*.ts and by the runner alike, so a setting's
// name is written once. Pure (no k6 or Node imports): both worlds bundle it.
import { type Config, type Env, envNumber, MAX_RAMP_DOWN_S, MAX_RAMP_UP_S } from './config.ts';
import { parseInteractive } from './interactive.ts';

/** The load level whose steps the resource-scaling table follows (runner/scaling/). */
export type LoadLevel = 'users' | 'requests_per_s';

interface EntryFacts<Settings> {
  /** How the runner offers it: in `--suite all`, by name only (smoke), or not at all (interactive: npm run ui). */
  suite: 'all' | 'by-name' | 'none';
  /** What sets its length, for the plan's hints. */
  length: string;
  /** The settings that make its load last about `seconds` (--max-duration); absent when its length is the platform's. */
  fit?: (seconds: number) => Record<string, string>;
  /** The load level its resource scaling follows; absent when its load does not change by design. */
  scaling?: LoadLevel;
  /** Its own settings, read from k6's __ENV at init (a bad value throws, naming the variable). */
  settings: (env: Env, config: Config) => Settings;
}

// The length hints are built from these names at import; /* @__PURE__ */ lets the bundler leave
// out the entries a scenario does not import.
// The shared length settings (read by lib/config/config.ts).
const DURATION = 'PERFORMANCE_TEST_DURATION';
const RAMP_UP = 'PERFORMANCE_RAMP_UP';
const RAMP_DOWN = 'PERFORMANCE_RAMP_DOWN';
// Entries' own length settings.
const SPIKE_PHASES = ['SPIKE_BASELINE_S', 'SPIKE_HOLD_S', 'SPIKE_RECOVERY_S', 'SPIKE_OBSERVE_S'] as const;
const SOAK_DURATION = 'SOAK_DURATION';
const BREAKPOINT_DURATION = 'BREAKPOINT_DURATION';

/** Seconds of each of the spike's two surges (up and back down). */
export const SPIKE_SURGE_S = 3;
/** The longest spike phase and breakpoint ramp, seconds. */
const MAX_PHASE_S = 86_400;
/** How long smoke's one VU calls the endpoints. */
const SMOKE_SECONDS = 10;

const wholeSeconds = (min: number, max: number) => ({ min, max, integer: true, what: 'a whole number of seconds' });
const wholeNumber = (min: number, max: number) => ({ min, max, integer: true });
/** A share of `total` seconds, at least 1 and at most what the setting accepts. */
const part = (total: number, share: number, max: number) =>
  String(Math.min(max, Math.max(1, Math.floor(total * share))));
const none = () => ({});

/** Ramp up, hold, ramp down: 1/4, 2/3 and the rest. */
const fitRamps = (seconds: number) => ({
  [RAMP_UP]: part(seconds, 1 / 4, MAX_RAMP_UP_S),
  [DURATION]: part(seconds, 2 / 3, Infinity),
  [RAMP_DOWN]: part(seconds, 1 / 12, MAX_RAMP_DOWN_S),
});

export const smokeEntry = {
  suite: 'by-name',
  length: 'one pass',
  settings: () => ({ seconds: SMOKE_SECONDS }),
} satisfies EntryFacts<unknown>;

export const apiEntry = {
  suite: 'all',
  length: DURATION,
  fit: (seconds) => ({ [DURATION]: String(Math.max(1, seconds)) }),
  settings: (env) => ({
    /** Iterations/s per endpoint group (health 2x, export /2, generate and login /5). */
    rate: envNumber(env, 'API_RATE', 5, { min: 0.1, max: 10_000, what: 'iterations per second' }),
    /** Each endpoint's error budget. */
    errorRate: envNumber(env, 'API_ERROR_RATE', 0.01, { min: 0, max: 1, what: 'a fraction (e.g. 0.01)' }),
  }),
} satisfies EntryFacts<unknown>;

const loadEntry = {
  suite: 'all',
  length: /* @__PURE__ */ [RAMP_UP, DURATION, RAMP_DOWN].join(' + '),
  fit: fitRamps,
  settings: none,
} satisfies EntryFacts<unknown>;

export const rampUpEntry = {
  suite: 'all',
  length: /* @__PURE__ */ [RAMP_UP, DURATION, RAMP_DOWN].join(' + '),
  fit: fitRamps,
  scaling: 'users',
  settings: (env) => ({
    /** Its own default ramp (60 s), slower than the shared one. */
    rampUpS: envNumber(env, RAMP_UP, 60, wholeSeconds(1, MAX_RAMP_UP_S)),
    holdP95Ms: envNumber(env, 'RAMP_HOLD_P95_MS', 500, { min: 1, max: 600_000, what: 'milliseconds' }),
    driftLimit: envNumber(env, 'RAMP_DRIFT_LIMIT', 1.5, { min: 1, max: 100 }),
  }),
} satisfies EntryFacts<unknown>;

export const spikeEntry = {
  suite: 'all',
  length: /* @__PURE__ */ SPIKE_PHASES.join(', '),
  fit: (seconds) => {
    // baseline, hold, recovery grace, observation as 20/20/10/20 of what the two surges leave.
    const left = Math.max(4, seconds - 2 * SPIKE_SURGE_S);
    const [baseline, hold, recovery, observe] = SPIKE_PHASES;
    return {
      [baseline]: part(left, 2 / 7, MAX_PHASE_S),
      [hold]: part(left, 2 / 7, MAX_PHASE_S),
      [recovery]: part(left, 1 / 7, MAX_PHASE_S),
      [observe]: part(left, 2 / 7, MAX_PHASE_S),
    };
  },
  scaling: 'users',
  settings: (env, config) => {
    const seconds = (name: string, fallback: number) => envNumber(env, name, fallback, wholeSeconds(1, MAX_PHASE_S));
    const [baseline, hold, recovery, observe] = SPIKE_PHASES;
    return {
      baseUsers: envNumber(
        env,
        'SPIKE_BASE_USERS',
        Math.max(2, Math.round(config.concurrentUsers / 10)),
        wholeNumber(1, 100_000),
      ),
      factor: envNumber(env, 'SPIKE_FACTOR', 5, { min: 1, max: 1000 }),
      baselineS: seconds(baseline, 20),
      holdS: seconds(hold, 20),
      recoveryS: seconds(recovery, 10),
      observeS: seconds(observe, 20),
      recoveryFactor: envNumber(env, 'SPIKE_RECOVERY_FACTOR', 2, { min: 1, max: 1000 }),
    };
  },
} satisfies EntryFacts<unknown>;

export const soakEntry = {
  suite: 'all',
  length: /* @__PURE__ */ [SOAK_DURATION, '(not --duration)'].join(' '),
  fit: (seconds) => ({ [SOAK_DURATION]: String(Math.max(10, seconds)) }),
  settings: (env, config) => ({
    durationS: envNumber(env, SOAK_DURATION, 1800, wholeSeconds(10, 7 * 86_400)),
    users: envNumber(env, 'SOAK_USERS', Math.max(3, Math.round(config.concurrentUsers / 5)), wholeNumber(1, 100_000)),
    driftLimit: envNumber(env, 'SOAK_DRIFT_LIMIT', 1.5, { min: 1, max: 100 }),
  }),
} satisfies EntryFacts<unknown>;

export const concurrentEntry = {
  suite: 'all',
  length: 'one burst; not shortened',
  settings: (env) => ({
    p95Ms: envNumber(env, 'CONCURRENT_P95_MS', 1000, { min: 1, max: 600_000, what: 'milliseconds' }),
    settleS: envNumber(env, 'CONCURRENT_SETTLE_S', 2, { min: 0, max: 600 }),
  }),
} satisfies EntryFacts<unknown>;

export const generationEntry = {
  suite: 'all',
  length: 'the platform generating GENERATION_USERS courses, up to GENERATION_TIMEOUT; not shortened',
  settings: (env) => ({
    users: envNumber(env, 'GENERATION_USERS', 10, wholeNumber(1, 10_000)),
    coursesPerUser: envNumber(env, 'GENERATION_COURSES_PER_USER', 1, wholeNumber(1, 1000)),
  }),
} satisfies EntryFacts<unknown>;

export const breakpointEntry = {
  suite: 'all',
  length: /* @__PURE__ */ [BREAKPOINT_DURATION, 'or less when it breaks'].join(', '),
  fit: (seconds) => ({ [BREAKPOINT_DURATION]: String(Math.min(MAX_PHASE_S, Math.max(1, seconds))) }),
  scaling: 'requests_per_s',
  settings: (env) => {
    const startRate = envNumber(env, 'BREAKPOINT_START_RATE', 5, wholeNumber(1, 100_000));
    const maxRate = envNumber(env, 'BREAKPOINT_MAX_RATE', 2000, wholeNumber(1, 100_000));
    const durationS = envNumber(env, BREAKPOINT_DURATION, 120, wholeSeconds(1, MAX_PHASE_S));
    const windowSize = envNumber(env, 'BREAKPOINT_WINDOW', 20, wholeNumber(1, 10_000));
    if (maxRate < startRate)
      throw new Error(`BREAKPOINT_MAX_RATE=${maxRate} is below BREAKPOINT_START_RATE=${startRate}: the rate must rise`);
    return { startRate, maxRate, durationS, windowSize };
  },
} satisfies EntryFacts<unknown>;

/** The concurrency levels of a capacity sweep: CAPACITY_LEVELS, or 1, 2, 4, ... up to CAPACITY_MAX_USERS. */
function capacityLevels(env: Env): number[] {
  const list = env.CAPACITY_LEVELS?.trim();
  if (list) {
    const levels = list.split(',').map((part) => Number(part.trim()));
    const bad = levels.some((n, i) => !Number.isInteger(n) || n < 1 || n > 100_000 || (i > 0 && n <= levels[i - 1]!));
    if (bad || levels.length < 2)
      throw new Error(
        `invalid CAPACITY_LEVELS=${JSON.stringify(list)}: expected 2 or more rising whole numbers of users, e.g. 1,2,4,8`,
      );
    return levels;
  }
  const max = envNumber(env, 'CAPACITY_MAX_USERS', 64, wholeNumber(2, 100_000));
  const levels: number[] = [];
  for (let n = 1; n < max; n *= 2) levels.push(n);
  return [...levels, max];
}

export const capacityEntry = {
  suite: 'by-name',
  length:
    'CAPACITY_STEP_S per level (CAPACITY_LEVELS or 1, 2, 4, ... CAPACITY_MAX_USERS), less past the peak; then CAPACITY_CONFIRM_S',
  settings: (env) => {
    const stepS = envNumber(env, 'CAPACITY_STEP_S', 20, wholeSeconds(2, 3600));
    const settleS = envNumber(env, 'CAPACITY_SETTLE_S', Math.min(5, Math.max(1, Math.floor(stepS / 4))), {
      min: 0,
      max: 3600,
      what: 'seconds',
    });
    if (settleS >= stepS)
      throw new Error(
        `CAPACITY_SETTLE_S=${settleS} must be shorter than CAPACITY_STEP_S=${stepS}: no steady window is left`,
      );
    return {
      levels: capacityLevels(env),
      mix: capacityMix(env),
      stepS,
      settleS,
      /** Set by the runner for the confirmation run: that many users at PERFORMANCE_THINK_TIME; 0 for the sweep. */
      confirmUsers: envNumber(env, 'CAPACITY_CONFIRM_USERS', 0, wholeNumber(0, 100_000)),
      /** 0: no confirmation run (a platform that must not be held at its limit). */
      confirmS: envNumber(env, 'CAPACITY_CONFIRM_S', 30, wholeSeconds(0, 86_400)),
      /** The confirmation's users arrive over this long before it is held (all at once, a platform past its peak can tip into collapse). */
      confirmRampS: envNumber(env, 'CAPACITY_CONFIRM_RAMP_S', 10, wholeSeconds(0, 3600)),
    };
  },
} satisfies EntryFacts<unknown>;

export const interactiveEntry = {
  suite: 'none',
  length: 'PERFORMANCE_TEST_DURATION, or less when the page stops it',
  settings: (env) => parseInteractive(env),
} satisfies EntryFacts<unknown>;

/** Every entry (scenarios/<name>.ts), in the order the runner lists them. */
export const ENTRIES: Readonly<Record<string, EntryFacts<unknown>>> = {
  smoke: smokeEntry,
  api: apiEntry,
  load: loadEntry,
  'ramp-up': rampUpEntry,
  spike: spikeEntry,
  soak: soakEntry,
  concurrent: concurrentEntry,
  generation: generationEntry,
  breakpoint: breakpointEntry,
  capacity: capacityEntry,
  interactive: interactiveEntry,
};

/** The entries `--suite all` runs, in order. */
export function suiteEntries(): string[] {
  return Object.keys(ENTRIES).filter((name) => ENTRIES[name]?.suite === 'all');
}

/** What `--suite` accepts: all, or an entry the runner offers. */
export function selectableEntries(): string[] {
  return ['all', ...Object.keys(ENTRIES).filter((name) => ENTRIES[name]?.suite !== 'none')];
}

/** The settings that make `entry`'s load last about `seconds`, or null when its length is the platform's. */
export function fitToDuration(entry: string, seconds: number): Record<string, string> | null {
  return ENTRIES[entry]?.fit?.(seconds) ?? null;
}

/** What sets `entry`'s length, for the plan's hints. */
export function lengthOf(entry: string): string {
  return ENTRIES[entry]?.length ?? 'its own settings';
}

/** Which load level an entry changes, or null for entries whose load does not change by design. */
export function scalingLevelOf(entry: string): LoadLevel | null {
  return ENTRIES[entry]?.scaling ?? null;
}

/** The capacity sweep's request mix: the regular user's reads and writes (default), or reads only. */
function capacityMix(env: Env): 'readwrite' | 'read' {
  const value = env.CAPACITY_MIX?.trim() || 'readwrite';
  if (value !== 'readwrite' && value !== 'read')
    throw new Error(
      `invalid CAPACITY_MIX=${JSON.stringify(value)}: expected readwrite (the regular user's reads and writes) or read (reads only)`,
    );
  return value;
}
