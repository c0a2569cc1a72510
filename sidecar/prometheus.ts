// Prometheus source: the platform's own /metrics. CPU is the rate of process_cpu_seconds_total;
// a restart (process_start_time_seconds changes) resets the counter, so the new process's total
// is the CPU of the interval instead of a negative difference. Node's fetch and a regular expression
// are all it needs; the Prometheus text parsers on npm would add a dependency for three numbers.
import { cpus as osCpus } from 'node:os';
import type { Reading, Source } from './sample.ts';

/** The value of the first `name value` or `name{labels} value` sample in Prometheus text. */
export function promValue(text: string, name: string): number | undefined {
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

export class PrometheusSource implements Source {
  readonly name: string;
  private last: { cpu: number; start: number } | undefined;

  constructor(
    private readonly url: string,
    private readonly cpuCount = osCpus().length,
  ) {
    this.name = `prometheus ${url}`;
  }

  async cpus(): Promise<number> {
    return this.cpuCount;
  }

  async read(): Promise<Reading> {
    const res = await fetch(this.url, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`${this.url} answered ${res.status}`);
    const text = await res.text();
    const cpu = promValue(text, 'process_cpu_seconds_total');
    const rss = promValue(text, 'process_resident_memory_bytes');
    const start = promValue(text, 'process_start_time_seconds') ?? 0;
    if (cpu === undefined || rss === undefined) throw new Error(`${this.url} has no process_cpu_seconds_total or process_resident_memory_bytes`);
    let cpuSeconds: number | undefined;
    if (this.last) cpuSeconds = start !== this.last.start || cpu < this.last.cpu ? cpu : cpu - this.last.cpu;
    this.last = { cpu, start };
    return { cpuSeconds, memoryMb: rss / 1024 / 1024, rssMb: rss / 1024 / 1024, processes: 1 };
  }
}
