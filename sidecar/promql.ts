// PromQL source: a Prometheus server (or anything serving its HTTP API) that already scrapes the
// platform, the way teams that run on several machines or pods watch them. Each reading is three
// instant queries through /api/v1/query: CPU in cores (a rate of CPU seconds), memory in bytes,
// and the CPUs the target may use, so CPU comes out in the units of the other sources.
//
// Defaults are the cAdvisor/kubelet container metrics and kube-state-metrics' CPU limits, narrowed
// by --promql-selector; every query can be replaced. The CPU count is never guessed: --cpus N, or
// a query that returns it (by default the containers' CPU limits); no answer is a refusal.
//
// One GET with a JSON answer: the npm client (prometheus-query) would add axios for it.
import { type Reading, type Source, SourceRefused } from './sample.ts';

export interface PromqlOptions {
  /** The server's base URL, e.g. http://127.0.0.1:9090 */
  url: string;
  /** Label matchers the default queries use, e.g. namespace="shop",pod=~"api-.*" */
  selector?: string;
  cpuQuery?: string;
  memoryQuery?: string;
  cpusQuery?: string;
  /** rate() window of the default CPU query. */
  window?: string;
  /** CPUs available to the target, when known from outside. */
  cpus?: number;
}

/** Matchers that leave out cAdvisor's pod-level and pause-container series, which would count twice. */
const CONTAINERS = 'container!="",container!="POD"';

export function defaultQueries(selector = '', window = '1m'): { cpu: string; memory: string; cpus: string } {
  const matchers = [CONTAINERS, selector].filter(Boolean).join(',');
  return {
    cpu: `sum(rate(container_cpu_usage_seconds_total{${matchers}}[${window}]))`,
    memory: `sum(container_memory_working_set_bytes{${matchers}})`,
    cpus: `sum(kube_pod_container_resource_limits{resource="cpu",${matchers}})`,
  };
}

interface QueryAnswer {
  status: 'success' | 'error';
  error?: string;
  data?: { resultType: string; result: unknown };
}

/**
 * The single number an instant query returns. No series is an error (nothing matched); several
 * series is an error too (the query needs a sum): either way a number we cannot trust.
 */
export function singleValue(query: string, answer: QueryAnswer): number {
  if (answer.status !== 'success' || !answer.data)
    throw new Error(`query ${query} failed: ${answer.error ?? 'no data'}`);
  const { resultType, result } = answer.data;
  let raw: unknown;
  if (resultType === 'scalar') raw = (result as [number, string])[1];
  else if (resultType === 'vector') {
    const series = result as { metric: Record<string, string>; value: [number, string] }[];
    if (series.length === 0)
      throw new Error(
        `query ${query} returned no series: nothing matches (check the selector, and that Prometheus scrapes the target)`,
      );
    if (series.length > 1)
      throw new SourceRefused(
        `query ${query} returned ${series.length} series, e.g. ${JSON.stringify(series[0]!.metric)}: wrap it in sum(...) so it reads the whole target`,
      );
    raw = series[0]!.value[1];
  } else
    throw new SourceRefused(
      `query ${query} returned a ${resultType}, not one number: use an instant vector query such as sum(...)`,
    );
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`query ${query} returned ${String(raw)}`);
  return value;
}

const CPUS_REFRESH_MS = 60_000;

export class PromqlSource implements Source {
  readonly name: string;
  private readonly queries: { cpu: string; memory: string; cpus?: string };
  private cpuCount: { value: number; at: number } | undefined;

  constructor(private readonly options: PromqlOptions) {
    const defaults = defaultQueries(options.selector, options.window);
    this.queries = {
      cpu: options.cpuQuery ?? defaults.cpu,
      memory: options.memoryQuery ?? defaults.memory,
      ...(options.cpus === undefined ? { cpus: options.cpusQuery ?? defaults.cpus } : {}),
    };
    this.name = `promql ${options.url} (${this.queries.cpu}; ${this.queries.memory})`;
  }

  private async query(query: string): Promise<number> {
    const url = `${this.options.url}/api/v1/query?${new URLSearchParams({ query })}`;
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    const body = (await res.json().catch(() => undefined)) as QueryAnswer | undefined;
    if (!body)
      throw new Error(
        `${this.options.url}/api/v1/query answered ${res.status} without a Prometheus JSON body: is it a Prometheus server?`,
      );
    return singleValue(query, body);
  }

  /** The CPU count, asked again every minute (a limit can change); a failed refresh keeps the last answer. */
  async cpus(): Promise<number> {
    if (this.options.cpus !== undefined) return this.options.cpus;
    if (this.cpuCount && Date.now() - this.cpuCount.at < CPUS_REFRESH_MS) return this.cpuCount.value;
    let cpus: number;
    try {
      cpus = await this.query(this.queries.cpus!);
    } catch (error) {
      if (this.cpuCount) return this.cpuCount.value;
      throw new SourceRefused(
        `cannot tell how many CPUs the target may use (${(error as Error).message}); without that its CPU percent would be a guess: pass --cpus N (the CPUs it may use, e.g. its limit or its node's cores) or --promql-cpus QUERY`,
      );
    }
    if (!(cpus > 0))
      throw new SourceRefused(
        `the CPU count query ${this.queries.cpus} returned ${cpus}: pass --cpus N or a --promql-cpus QUERY that returns the CPUs the target may use`,
      );
    this.cpuCount = { value: cpus, at: Date.now() };
    return cpus;
  }

  async read(): Promise<Reading> {
    const [cores, bytes] = await Promise.all([this.query(this.queries.cpu), this.query(this.queries.memory)]);
    if (cores < 0 || bytes < 0)
      throw new Error(`negative reading (CPU ${cores} cores, memory ${bytes} bytes): check the queries`);
    return {
      cpuSeconds: undefined,
      cpuCores: cores,
      memoryMb: bytes / 1024 / 1024,
      rssMb: bytes / 1024 / 1024,
      processes: 1,
    };
  }
}
