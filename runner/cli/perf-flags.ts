// npm run perf's flags, each declared once with its help and its check (runner/cli/flags.ts). A
// bad value exits 2 naming the flag before anything starts; with several, the first in --help order.
import { parseConfig } from '../../lib/config/config.ts';
import { selectableEntries, suiteEntries } from '../../lib/config/entries.ts';
import { loadRun } from '../compare/compare.ts';
import { scalingGates } from '../report/scaling-report.ts';
import { COMPARE_FLAGS, compareOptionsOf } from './compare-flags.ts';
import { checkedNumber, defineFlags, group, helpOnly, type RawValues, repeated, text, toggle } from './flags.ts';
import { parseSidecarFlags, SIDECAR_FLAGS, SIDECAR_HELP } from './sidecar-flags.ts';

const WEEK_S = 7 * 24 * 3600;

/** A whole-number flag that sets one of k6's settings (the same variable works without the flag). */
const setting = (env: string, value: string, min: number, max: number, help: string) =>
  text({
    value,
    env,
    help,
    read: (v, name) => (v === undefined ? undefined : String(checkedNumber(name, v, { min, max, integer: true }))),
  });

function parseSuite(value: string): string[] {
  const names = value.split(',').map((name) => name.trim());
  const selectable = selectableEntries();
  for (const name of names) {
    if (!selectable.includes(name))
      throw new Error(`--suite ${JSON.stringify(name)}: expected one of ${selectable.join(', ')}`);
  }
  return names.includes('all') ? suiteEntries() : names;
}

const baseUrlOf = (values: RawValues) =>
  (values['base-url'] as string | undefined) ?? (process.env.BASE_URL || undefined);

export const PERF_FLAGS = defineFlags({
  suite: text({
    value: 'NAMES',
    default: 'load',
    help: `all, smoke, or comma-separated entries: ${suiteEntries().join(', ')} (default: load)`,
    read: (value = 'load') => parseSuite(value),
  }),
  duration: setting(
    'PERFORMANCE_TEST_DURATION',
    'SECONDS',
    1,
    WEEK_S,
    "hold time of the load (PERFORMANCE_TEST_DURATION, default 60; not soak's length)",
  ),
  'max-duration': text({
    value: 'SECONDS',
    help: 'fit every entry that can be shortened into about SECONDS of load (soak, spike,\nbreakpoint and ramps included; the plan printed first says what each will take)',
    read: (value, name) =>
      value === undefined ? undefined : checkedNumber(name, value, { min: 10, max: WEEK_S, integer: true }),
  }),
  'concurrent-users': setting(
    'PERFORMANCE_CONCURRENT_USERS',
    'N',
    1,
    100_000,
    'peak virtual users (PERFORMANCE_CONCURRENT_USERS, default 100)',
  ),
  'api-timeout': setting(
    'PERFORMANCE_API_TIMEOUT',
    'SECONDS',
    1,
    3600,
    'per-request timeout (PERFORMANCE_API_TIMEOUT, default 30)',
  ),
  'memory-limit': setting(
    'PERFORMANCE_MEMORY_LIMIT',
    'MB',
    1,
    1_048_576,
    'server memory gate: peak below MB (PERFORMANCE_MEMORY_LIMIT, default 1024)',
  ),
  'cpu-limit': setting(
    'PERFORMANCE_CPU_LIMIT',
    'PERCENT',
    1,
    100,
    'server CPU gate: p95 at most PERCENT of its CPUs (PERFORMANCE_CPU_LIMIT, default 80;\n100 measures CPU without gating it)',
  ),
  'base-url': text({
    value: 'URL',
    env: 'BASE_URL',
    help: 'the platform to test (BASE_URL); non-loopback hosts need PERFORMANCE_ALLOWED_HOSTS',
    read: (_, __, values) => baseUrlOf(values),
  }),
  faults: text({
    value: 'SPEC',
    help: 'DEMO_FAULTS for the started demo platform (see demo-platform/README.md)',
    read: (value) => value ?? process.env.DEMO_FAULTS,
  }),
  sidecar: group({
    options: SIDECAR_FLAGS,
    help: SIDECAR_HELP,
    read: (values) => parseSidecarFlags(values, baseUrlOf(values)),
  }),
  'reports-dir': text({
    value: 'DIR',
    help: 'where run folders go (PERFORMANCE_REPORTS_DIR, default: reports)',
    read: (value) => value,
  }),
  dashboard: toggle({ help: "serve k6's web dashboard on 127.0.0.1:5665 during each run" }),
  'dashboard-port': text({
    value: 'PORT',
    help: '... on this port instead',
    read: (value, name, values) =>
      values.dashboard || value !== undefined
        ? checkedNumber(name, value ?? '5665', { min: 1, max: 65535, integer: true })
        : undefined,
  }),
  baseline: repeated({
    value: 'RUN',
    help: 'compare each entry with this earlier run of the same entry (a run folder or its\nresults.json); repeat it for several baselines (their spread is the noise estimate)',
    read: (runs, name) => {
      try {
        return runs.map(loadRun);
      } catch (error) {
        const message = (error as Error).message;
        throw new Error(message.startsWith('--') ? message : `--${name} ${message}`);
      }
    },
  }),
  ...COMPARE_FLAGS,
  reseed: toggle({
    env: 'PERFORMANCE_DATASET_RESEED',
    help: 'make the kept dataset anew (PERFORMANCE_DATASET_RESEED=true)',
  }),
  verbose: toggle({ help: "print the demo platform's logs when an entry fails" }),
  plan: toggle({ help: "print what each entry would take (k6's own bound and VUs) and exit without running" }),
  quiet: toggle({ help: 'no k6 progress bars (always so when stdout is not a terminal: CI logs get the summary)' }),
  interactive: helpOnly(
    '--interactive',
    'serve the page to start, steer and stop a run instead (npm run ui; --help there)',
  ),
  help: toggle({ short: 'h', help: 'this text' }),
});

/** The command line, read and checked: the flags', then the settings they give k6 with the environment's. */
export function parseCommandLine(argv: string[]) {
  const values = PERF_FLAGS.parse(argv);
  const env = PERF_FLAGS.env(values);
  // The k6-side validation, run here too, so a bad value (flag or env) stops us before anything starts.
  parseConfig({ ...process.env, ...env });
  scalingGates(process.env);
  return {
    help: values.help,
    entries: values.suite,
    env,
    baseUrl: values['base-url'],
    faults: values.faults,
    sidecar: values.sidecar,
    reportsRoot: values['reports-dir'],
    dashboardPort: values['dashboard-port'],
    verbose: values.verbose,
    // k6 prints its progress bars every second where stdout is no terminal: thousands of lines in a CI log.
    quiet: values.quiet || !process.stdout.isTTY,
    maxDurationS: values['max-duration'],
    planOnly: values.plan,
    baselines: values.baseline,
    compare: compareOptionsOf(values),
  };
}

export type CommandLine = ReturnType<typeof parseCommandLine>;
