// What a suite run will take, said before it starts: each entry's longest possible run and VUs as
// k6 itself computes them (`k6 inspect --execution-requirements`, with the run's own settings, so
// it is never a second copy of the shapes), and the settings that cap every entry at a length.
import { spawnSync } from 'node:child_process';
import { durationSeconds } from '../../lib/load/duration.ts';
import { ROOT } from '../k6/build-if-stale.ts';

/** 1830 -> "30m30s"; 45 -> "45s"; 3600 -> "1h0m0s". */
export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${m}m${s % 60}s` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

const part = (total: number, share: number, min = 1) => String(Math.max(min, Math.floor(total * share)));

/**
 * The settings that make `entry`'s load last about `seconds` (the --max-duration flag): each
 * entry's own time settings, split as its defaults are. Entries whose length is the platform's
 * (generation: as long as generating takes; concurrent: one burst) have none: null says so.
 */
export function fitToDuration(entry: string, seconds: number): Record<string, string> | null {
  switch (entry) {
    case 'api':
      return { PERFORMANCE_TEST_DURATION: String(Math.max(1, seconds)) };
    case 'load':
    case 'ramp-up':
      // ramp up, hold, ramp down: 1/4, 2/3 and the rest.
      return {
        PERFORMANCE_RAMP_UP: part(seconds, 1 / 4),
        PERFORMANCE_TEST_DURATION: part(seconds, 2 / 3),
        PERFORMANCE_RAMP_DOWN: part(seconds, 1 / 12),
      };
    case 'spike': {
      // baseline, hold, recovery grace, observation as 20/20/10/20 of what the two 3-s surges leave.
      const left = Math.max(4, seconds - 6);
      return {
        SPIKE_BASELINE_S: part(left, 2 / 7),
        SPIKE_HOLD_S: part(left, 2 / 7),
        SPIKE_RECOVERY_S: part(left, 1 / 7),
        SPIKE_OBSERVE_S: part(left, 2 / 7),
      };
    }
    case 'soak':
      return { SOAK_DURATION: String(Math.max(10, seconds)) };
    case 'breakpoint':
      return { BREAKPOINT_DURATION: String(Math.max(1, seconds)) };
    default:
      return null;
  }
}

/** Which setting sets each entry's length, for the plan's hints. */
export const LENGTH_SETTINGS: Record<string, string> = {
  smoke: 'one pass',
  api: 'PERFORMANCE_TEST_DURATION',
  load: 'PERFORMANCE_RAMP_UP + PERFORMANCE_TEST_DURATION + PERFORMANCE_RAMP_DOWN',
  'ramp-up': 'PERFORMANCE_RAMP_UP + PERFORMANCE_TEST_DURATION + PERFORMANCE_RAMP_DOWN',
  spike: 'SPIKE_BASELINE_S, SPIKE_HOLD_S, SPIKE_RECOVERY_S, SPIKE_OBSERVE_S',
  soak: 'SOAK_DURATION (not --duration)',
  concurrent: 'one burst; not shortened',
  generation: 'the platform generating GENERATION_USERS courses, up to GENERATION_TIMEOUT; not shortened',
  breakpoint: 'BREAKPOINT_DURATION, or less when it breaks',
};

export interface PlannedEntry {
  entry: string;
  /** k6's bound on the run: the scenarios' longest duration plus their graceful stops; setup comes on top. */
  maxSeconds: number | null;
  maxVUs: number | null;
  error?: string;
}

/** k6's own execution requirements of dist/<entry>.js under `env` (about 0.2 s; runs the init code, no requests). */
export function inspectEntry(k6: string, entry: string, env: NodeJS.ProcessEnv): PlannedEntry {
  const run = spawnSync(k6, ['inspect', '--execution-requirements', '--include-system-env-vars', `dist/${entry}.js`], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.status !== 0) {
    const message =
      (run.stderr || run.stdout || '').split('\n').find((line) => /error|refus|invalid/i.test(line)) ??
      `k6 inspect exited ${run.status}`;
    return { entry, maxSeconds: null, maxVUs: null, error: message.replace(/^.*msg="?|"$/g, '').trim() };
  }
  try {
    const requirements = JSON.parse(run.stdout) as { totalDuration?: string; maxVUs?: number };
    return {
      entry,
      maxSeconds: requirements.totalDuration ? durationSeconds(requirements.totalDuration) : null,
      maxVUs: requirements.maxVUs ?? null,
    };
  } catch (error) {
    return {
      entry,
      maxSeconds: null,
      maxVUs: null,
      error: `k6 inspect gave no readable requirements (${(error as Error).message})`,
    };
  }
}

/** The lines printed before a suite starts: each entry's bound and VUs, the total, and what sets each length. */
export function planText(plan: PlannedEntry[], capSeconds?: number): string {
  const width = Math.max(5, ...plan.map((p) => p.entry.length));
  const known = plan.filter((p) => p.maxSeconds !== null);
  const total = known.reduce((sum, p) => sum + p.maxSeconds!, 0);
  const lines = [
    `plan: ${plan.length} ${plan.length === 1 ? 'entry' : 'entries'}, up to ${formatSeconds(total)}${known.length < plan.length ? ' for those k6 could size' : ''} of load in all (k6's bound: each entry's scenarios plus their graceful stop; setup and reports come on top)`,
  ];
  for (const p of plan) {
    const length =
      p.maxSeconds === null
        ? `? (${p.error ?? 'unknown'})`
        : `up to ${formatSeconds(p.maxSeconds)}, ${p.maxVUs ?? '?'} VUs`;
    lines.push(
      `  ${p.entry.padEnd(width)}  ${length.padEnd(22)}  length: ${LENGTH_SETTINGS[p.entry] ?? 'its own settings'}`,
    );
  }
  lines.push(
    capSeconds === undefined
      ? '  --max-duration SECONDS fits every entry that can be shortened into about that long.'
      : `  --max-duration ${capSeconds}: every entry that can be shortened was fitted into about ${formatSeconds(capSeconds)} of load.`,
  );
  return lines.join('\n');
}
