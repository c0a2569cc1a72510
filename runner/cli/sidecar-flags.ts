// The runner's --sidecar-* flags: the sidecar's own source flags with a prefix (checked by
// sidecar/options.ts, so both command lines accept and refuse the same values), and --no-sidecar.
import { FlagError, parseSourceFlags, SOURCE_FLAGS } from '../../sidecar/options.ts';
import type { SidecarTarget } from '../run/run-entry.ts';

const PREFIX = 'sidecar-';

export const SIDECAR_FLAGS = {
  ...(Object.fromEntries(Object.entries(SOURCE_FLAGS).map(([name, spec]) => [`${PREFIX}${name}`, spec])) as {
    [K in keyof typeof SOURCE_FLAGS as `sidecar-${K}`]: (typeof SOURCE_FLAGS)[K];
  }),
  'no-sidecar': { type: 'boolean', default: false },
} as const;

export const SIDECAR_HELP = `  --sidecar-pid PID        sample this process tree's CPU and memory
  --sidecar-match TEXT     ... the process whose command line contains TEXT (and its workers)
  --sidecar-cgroup PATH    ... this cgroup v2 directory
  --sidecar-prometheus URL ... this /metrics endpoint of one process (refused when several processes answer it)
  --sidecar-promql URL     ... through this Prometheus server's query API (default queries: cAdvisor containers)
  --sidecar-promql-selector MATCHERS   label matchers for the default queries, e.g. 'namespace="shop",pod=~"api-.*"'
  --sidecar-promql-cpu QUERY / --sidecar-promql-memory QUERY   replace the CPU (cores) / memory (bytes) query
  --sidecar-promql-cpus QUERY          the CPUs the target may use (default: its containers' CPU limits)
  --sidecar-promql-window DURATION     rate() window of the default CPU query (default 1m)
  --sidecar-cpus N         CPUs the target may use, for --sidecar-prometheus / --sidecar-promql
  --no-sidecar             measure no server resources`;

type Values = { [K in keyof typeof SIDECAR_FLAGS]?: string | boolean };

/**
 * What the sidecar samples: the given source, false for --no-sidecar or for someone else's
 * platform with no source (we cannot guess its process), undefined for the started demo platform.
 */
export function parseSidecarFlags(values: Values, baseUrl: string | undefined): SidecarTarget | false | undefined {
  const source = Object.fromEntries(
    Object.keys(SOURCE_FLAGS)
      .filter((name) => values[`${PREFIX}${name}` as keyof Values] !== undefined)
      .map((name) => [name, String(values[`${PREFIX}${name}` as keyof Values])]),
  );
  const target = parseSourceFlags(source, PREFIX);
  if (values['no-sidecar'] && target)
    throw new FlagError(`choose one sidecar source: --no-sidecar and a --sidecar-* source were given`);
  if (values['no-sidecar']) return false;
  return target ?? (baseUrl !== undefined ? false : undefined);
}
