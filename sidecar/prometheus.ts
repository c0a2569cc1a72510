// Prometheus source: a platform's own /metrics. CPU is the rate of process_cpu_seconds_total,
// memory the sum of process_resident_memory_bytes, over every series of the scrape (an endpoint
// that reports several processes as labelled series is summed).
//
// The trap is a pre-fork server (gunicorn, uvicorn --workers, puma, php-fpm, Node cluster): every
// worker serves /metrics about itself alone, and which worker answers depends on the connection.
// So every scrape opens a fresh connection (the server's balancer spreads them over the workers,
// where a kept-alive one would stay on one), and every scrape is checked against the previous one:
// one process's counters never go down, and its start time never goes back. A scrape that breaks
// either came from another process, and the source refuses (SourceRefused) instead of reading one
// worker as if it were the server. It cannot see workers that its scrapes never reach.
//
// The text format is parsed here (sample lines and TYPE lines are all it needs): the npm parser
// (parse-prometheus-text-format) is unmaintained, untyped, and would be a dependency for that.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { cpus as osCpus } from 'node:os';
import { type Reading, type Source, SourceRefused } from './sample.ts';

export interface PromSample {
  name: string;
  /** The label block as written, '' when none: the series' identity within the family. */
  labels: string;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\})?\s+(\S+)/;

/** Sample lines of Prometheus text, and the names of the counter families (from # TYPE lines). */
export function parsePromText(text: string): { samples: PromSample[]; counters: Set<string> } {
  const samples: PromSample[] = [];
  const counters = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      const type = /^# TYPE (\S+) counter\s*$/.exec(line);
      if (type) counters.add(type[1]!);
      continue;
    }
    const match = SAMPLE.exec(line);
    if (!match) continue;
    const value = Number(match[3] === '+Inf' ? Infinity : match[3] === '-Inf' ? -Infinity : match[3]);
    if (!Number.isNaN(value)) samples.push({ name: match[1]!, labels: match[2] ?? '', value });
  }
  return { samples, counters };
}

/** The value of the first `name value` or `name{labels} value` sample in Prometheus text. */
export function promValue(text: string, name: string): number | undefined {
  return parsePromText(text).samples.find((s) => s.name === name)?.value;
}

/** One scrape, reduced to what the checks and the arithmetic need. */
export interface Scrape {
  /** When it was taken, s since the epoch (the sidecar's clock). */
  at: number;
  /** process_cpu_seconds_total per series (label block). */
  cpu: Map<string, number>;
  rss: Map<string, number>;
  start: Map<string, number>;
  /** Every counter sample, keyed by name and labels: one process's counters only ever go up. */
  counters: Map<string, number>;
}

export function toScrape(text: string, at = Date.now() / 1000): Scrape {
  const { samples, counters } = parsePromText(text);
  const scrape: Scrape = { at, cpu: new Map(), rss: new Map(), start: new Map(), counters: new Map() };
  const isCounter = (name: string) =>
    name === 'process_cpu_seconds_total' || counters.has(name) || counters.has(name.replace(/_total$/, ''));
  for (const s of samples) {
    if (s.name === 'process_cpu_seconds_total') scrape.cpu.set(s.labels, s.value);
    else if (s.name === 'process_resident_memory_bytes') scrape.rss.set(s.labels, s.value);
    else if (s.name === 'process_start_time_seconds') scrape.start.set(s.labels, s.value);
    if (isCounter(s.name) && !s.name.endsWith('_created')) scrape.counters.set(`${s.name}${s.labels}`, s.value);
  }
  return scrape;
}

const HINT =
  'it is served by several processes (a pre-fork server: gunicorn, uvicorn --workers, puma, php-fpm, Node cluster?), each reporting only itself, so no scrape of it reads the whole server. Sample the processes instead (runner: --sidecar-match TEXT, --sidecar-pid PID or --sidecar-cgroup DIR; sidecar: --match, --pid, --cgroup), or a Prometheus server that scrapes every worker (--sidecar-promql URL; sidecar: --promql)';

/** Slack for start times against the sidecar's clock: exporters round them (prom-client to 1 s). */
const CLOCK_SLACK_S = 2;

/**
 * Why `next` cannot be a later scrape of the process(es) that answered `previous`, or undefined.
 * A restart moves a start time forward to after the previous scrape; a start time that goes back,
 * or forward to a moment before the previous scrape, or a counter that goes down with no restart,
 * is another process answering. `retired` holds start times replaced by a restart: a process that
 * answers again after its "successor" was never restarted.
 */
export function otherProcess(previous: Scrape, next: Scrape, retired: ReadonlySet<string>): string | undefined {
  let restarted = false;
  for (const [labels, start] of next.start) {
    const before = previous.start.get(labels);
    if (retired.has(`${labels}=${start}`))
      return `a process that started at ${start} answered again after one that started later`;
    if (before === undefined || start === before) continue;
    if (start < before) return `process_start_time_seconds${labels} went back from ${before} to ${start}`;
    if (start < previous.at - CLOCK_SLACK_S)
      return `process_start_time_seconds${labels} changed from ${before} to ${start}, a process already running at the previous scrape (${previous.at.toFixed(1)})`;
    restarted = true;
  }
  if (restarted) return undefined;
  for (const [key, value] of next.counters) {
    const before = previous.counters.get(key);
    if (before !== undefined && value < before) {
      const why =
        next.start.size === 0
          ? 'and the endpoint reports no process_start_time_seconds that could show a restart'
          : 'with no restart';
      return `the counter ${key} went down from ${before} to ${value} ${why}`;
    }
  }
  return undefined;
}

/** GET on a fresh connection: a pre-fork server's balancer sees a new client each time. */
function scrapeOnce(url: string, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? httpsRequest : httpRequest)(
      url,
      { agent: false, headers: { connection: 'close', accept: 'text/plain' }, timeout: timeoutMs },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(body) : reject(new Error(`${url} answered ${res.statusCode}`)),
        );
        res.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`${url} did not answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end();
  });
}

/** Scrapes at start-up before the first reading: enough fresh connections to meet a second worker. */
const PROBE_SCRAPES = 10;
const PROBE_GAP_MS = 50;

export class PrometheusSource implements Source {
  readonly name: string;
  private last: Scrape | undefined;
  private readonly retired = new Set<string>();
  private probed = false;

  constructor(
    private readonly url: string,
    private readonly cpuCount = osCpus().length,
  ) {
    this.name = `prometheus ${url}`;
  }

  async cpus(): Promise<number> {
    return this.cpuCount;
  }

  private async scrape(): Promise<Scrape> {
    const scrape = toScrape(await scrapeOnce(this.url));
    if (scrape.cpu.size === 0 || scrape.rss.size === 0)
      throw new Error(`${this.url} has no process_cpu_seconds_total or process_resident_memory_bytes`);
    if (this.last) {
      const reason = otherProcess(this.last, scrape, this.retired);
      if (reason) throw new SourceRefused(`${this.url} answers for more than one process (${reason}): ${HINT}.`);
      for (const [labels, start] of this.last.start)
        if (scrape.start.get(labels) !== start) this.retired.add(`${labels}=${start}`);
    }
    return scrape;
  }

  async read(): Promise<Reading> {
    if (!this.probed) {
      // Before the first reading, a burst of scrapes: on a pre-fork server some land on other workers.
      for (let i = 0; i < PROBE_SCRAPES - 1; i++) {
        this.last = await this.scrape();
        await new Promise((r) => setTimeout(r, PROBE_GAP_MS));
      }
      this.probed = true;
      this.last = await this.scrape();
      return this.reading(undefined, this.last);
    }
    const previous = this.last;
    const next = await this.scrape();
    this.last = next;
    return this.reading(previous, next);
  }

  private reading(previous: Scrape | undefined, next: Scrape): Reading {
    let rssBytes = 0;
    for (const value of next.rss.values()) rssBytes += value;
    const memory = { memoryMb: rssBytes / 1024 / 1024, rssMb: rssBytes / 1024 / 1024, processes: next.cpu.size };
    if (!previous) return { cpuSeconds: undefined, ...memory };
    let cpuSeconds = 0;
    for (const [labels, cpu] of next.cpu) {
      const before = previous.cpu.get(labels);
      const start = next.start.get(labels);
      // A restarted process's counter starts over: its whole total is this interval's CPU; so is a
      // new series' whose process started since the previous scrape. Any other new series has no
      // baseline, and the interval gets no CPU figure rather than a guess.
      if (before !== undefined && start === previous.start.get(labels)) cpuSeconds += cpu - before;
      else if (start !== undefined && start >= previous.at - CLOCK_SLACK_S) cpuSeconds += cpu;
      else return { cpuSeconds: undefined, ...memory };
    }
    return { cpuSeconds, ...memory };
  }
}
