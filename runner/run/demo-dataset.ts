// The kept dataset made by the demo platform at start (demo-platform/dataset.ts) instead of by
// k6's setup through the API: for the entries whose setup makes one, with the run's own dataset
// settings, so setup finds every account's courses and reuses them. Not with
// PERFORMANCE_DATASET_RESEED (setup is asked to make it anew) nor settings k6 would refuse (k6 says why).
import { parseConfig } from '../../lib/config/config.ts';

/** Entries whose setup makes the kept dataset: `prepareRun(config, { dataset: true })` in scenarios/. */
export const ENTRIES_WITH_DATASET: ReadonlySet<string> = new Set(['load', 'soak', 'spike', 'ramp-up', 'interactive']);

/** DEMO_DATASET_COURSES / DEMO_DATASET_GENERATED for a demo platform started for `entry`; {} for none. */
export function demoDatasetEnv(entry: string, env: NodeJS.ProcessEnv): Record<string, string> {
  if (!ENTRIES_WITH_DATASET.has(entry)) return {};
  let dataset: ReturnType<typeof parseConfig>['dataset'];
  try {
    dataset = parseConfig(env).dataset;
  } catch {
    return {};
  }
  if (dataset.reseed || dataset.courses === 0) return {};
  return { DEMO_DATASET_COURSES: String(dataset.courses), DEMO_DATASET_GENERATED: String(dataset.generated) };
}
