// What the sidecar samples, as flags: parsed and checked once here for the sidecar's own command
// line (--pid ...) and for the runner's (--sidecar-pid ...), and turned back into the sidecar's
// arguments when a runner starts it. A bad value names the flag as the user typed it.

export const SOURCE_FLAGS = {
  pid: { type: 'string' },
  match: { type: 'string' },
  cgroup: { type: 'string' },
  prometheus: { type: 'string' },
  promql: { type: 'string' },
  'promql-selector': { type: 'string' },
  'promql-cpu': { type: 'string' },
  'promql-memory': { type: 'string' },
  'promql-cpus': { type: 'string' },
  'promql-window': { type: 'string' },
  cpus: { type: 'string' },
} as const;

type FlagName = keyof typeof SOURCE_FLAGS;
export type SourceFlagValues = Partial<Record<FlagName, string>>;

/** The target and how to read it; exactly one of pid, match, cgroup, prometheus, promql. */
export interface SourceOptions {
  pid?: number;
  match?: string;
  cgroup?: string;
  /** A platform's own /metrics endpoint. */
  prometheus?: string;
  /** A Prometheus server's base URL, read through /api/v1/query. */
  promql?: string;
  promqlSelector?: string;
  promqlCpu?: string;
  promqlMemory?: string;
  promqlCpus?: string;
  promqlWindow?: string;
  /** CPUs available to a remote target (the Prometheus sources cannot see them). */
  cpus?: number;
}

export class FlagError extends Error {}

const SOURCES = ['pid', 'match', 'cgroup', 'prometheus', 'promql'] as const;
const PROMQL_ONLY = ['promql-selector', 'promql-cpu', 'promql-memory', 'promql-cpus', 'promql-window'] as const;

/**
 * Checks the source flags. `prefix` is how the caller spells them ('' for the sidecar, 'sidecar-'
 * for the runner). Returns undefined when no source flag was given at all.
 */
export function parseSourceFlags(values: SourceFlagValues, prefix = ''): SourceOptions | undefined {
  const flag = (name: FlagName) => `--${prefix}${name}`;
  const given = (Object.keys(SOURCE_FLAGS) as FlagName[]).filter((name) => values[name] !== undefined);
  if (given.length === 0) return undefined;
  const sources = SOURCES.filter((name) => values[name] !== undefined);
  if (sources.length === 0)
    throw new FlagError(
      `${given.map(flag).join(' and ')} ${given.length === 1 ? 'needs' : 'need'} a source: ${SOURCES.map(flag).join(', ')}`,
    );
  if (sources.length > 1) throw new FlagError(`choose one source, not ${sources.map(flag).join(' and ')}`);
  const url = (name: 'prometheus' | 'promql') => {
    const value = values[name]!;
    if (!/^https?:\/\/\S+$/.test(value))
      throw new FlagError(`${flag(name)} ${JSON.stringify(value)}: expected an http(s) URL`);
    return value;
  };
  for (const name of PROMQL_ONLY) {
    if (values[name] !== undefined && values.promql === undefined)
      throw new FlagError(`${flag(name)} only applies to ${flag('promql')}`);
    if (values[name] !== undefined && values[name]!.trim() === '')
      throw new FlagError(`${flag(name)} needs a non-empty value`);
  }
  if (values.cpus !== undefined && values.prometheus === undefined && values.promql === undefined) {
    throw new FlagError(
      `${flag('cpus')} only applies to ${flag('prometheus')} and ${flag('promql')} (the other sources read the CPUs available to the target)`,
    );
  }
  if (values.cpus !== undefined && values['promql-cpus'] !== undefined)
    throw new FlagError(`choose ${flag('cpus')} or ${flag('promql-cpus')}, not both`);
  const options: SourceOptions = {};
  if (values.pid !== undefined) {
    if (!/^\d+$/.test(values.pid) || Number(values.pid) < 1 || Number(values.pid) > 2 ** 22)
      throw new FlagError(`${flag('pid')} ${JSON.stringify(values.pid)}: expected a whole number from 1 to ${2 ** 22}`);
    options.pid = Number(values.pid);
  }
  if (values.match !== undefined) {
    if (values.match.trim() === '') throw new FlagError(`${flag('match')} needs a non-empty text`);
    options.match = values.match;
  }
  if (values.cgroup !== undefined) options.cgroup = values.cgroup;
  if (values.prometheus !== undefined) options.prometheus = url('prometheus');
  if (values.promql !== undefined) options.promql = url('promql').replace(/\/+$/, '');
  if (values['promql-selector'] !== undefined)
    options.promqlSelector = values['promql-selector'].trim().replace(/^\{|\}$/g, '');
  if (values['promql-cpu'] !== undefined) options.promqlCpu = values['promql-cpu'];
  if (values['promql-memory'] !== undefined) options.promqlMemory = values['promql-memory'];
  if (values['promql-cpus'] !== undefined) options.promqlCpus = values['promql-cpus'];
  if (values['promql-window'] !== undefined) {
    if (!/^\d+(ms|s|m|h)$/.test(values['promql-window']))
      throw new FlagError(
        `${flag('promql-window')} ${JSON.stringify(values['promql-window'])}: expected a PromQL duration such as 30s or 2m`,
      );
    options.promqlWindow = values['promql-window'];
  }
  if (values.cpus !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(values.cpus) || !(Number(values.cpus) > 0))
      throw new FlagError(
        `${flag('cpus')} ${JSON.stringify(values.cpus)}: expected a positive number of CPUs (e.g. 2 or 1.5)`,
      );
    options.cpus = Number(values.cpus);
  }
  return options;
}

/** The sidecar's command-line arguments for these options (the inverse of parseSourceFlags). */
export function sourceArgs(options: SourceOptions): string[] {
  const pairs: [FlagName, string | number | undefined][] = [
    ['pid', options.pid],
    ['match', options.match],
    ['cgroup', options.cgroup],
    ['prometheus', options.prometheus],
    ['promql', options.promql],
    ['promql-selector', options.promqlSelector],
    ['promql-cpu', options.promqlCpu],
    ['promql-memory', options.promqlMemory],
    ['promql-cpus', options.promqlCpus],
    ['promql-window', options.promqlWindow],
    ['cpus', options.cpus],
  ];
  return pairs.flatMap(([name, value]) => (value === undefined ? [] : [`--${name}`, String(value)]));
}
