// The sampled series: samples numbered from 1, each marked setup, load or teardown as k6 said when
// its load ran, served once per cursor, and the figures of the load (what k6 gates) and of the rest.
import { type Phase, round, type Sample } from './sample.ts';

/** The load of a k6 run, as k6 marked it (POST /phase), ms since the epoch; `to` is null while it runs. */
export interface LoadWindow {
  from: number;
  to: number | null;
}

/** CPU and memory figures of a set of samples. */
export interface Figures {
  samples: number;
  cpu_percent_peak: number | null;
  cpu_percent_p95: number | null;
  memory_mb_peak: number | null;
}

export interface Summary extends Figures {
  source: string;
  memory_mb_last: number | null;
  /** Least-squares slope of memory over the samples after the warm-up, MB per minute. */
  memory_growth_mb_per_min: number | null;
  warmup_s: number;
  /** Readings that failed (target gone, endpoint down). */
  errors: number;
  /** Why the source stopped being read mid-run (it cannot read the whole target truly), if it did. */
  refused?: string;
  /**
   * The load the figures above cover (what k6 gates); null when k6 never marked one, and then they
   * cover every sample. The warm-up counts from its start.
   */
  load_window: LoadWindow | null;
  /** Samples outside the load, kept to be shown but never gated: before it (setup) and after it (teardown). */
  setup: Figures;
  teardown: Figures;
}

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Slope of y over x (least squares), or null with fewer than 2 distinct x. */
export function slope(points: { x: number; y: number }[]): number | null {
  if (points.length < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

function figures(samples: Sample[]): Figures {
  const cpu = samples.map((s) => s.cpu_percent);
  return {
    samples: samples.length,
    cpu_percent_peak: cpu.length ? Math.max(...cpu) : null,
    cpu_percent_p95: percentile(cpu, 95),
    memory_mb_peak: samples.length ? Math.max(...samples.map((s) => s.memory_mb)) : null,
  };
}

export class Series {
  readonly samples: Sample[] = [];
  errors = 0;
  /** Set when the source refused mid-run: no sample after it would be true. */
  refused: string | undefined;
  /** The latest load k6 marked; a new one starts only after the previous ended (one run at a time). */
  window: LoadWindow | undefined;
  private readonly startedAt = Date.now();

  constructor(
    readonly source: string,
    private readonly warmupS: number,
  ) {}

  add(sample: Omit<Sample, 'seq' | 'phase'>): Sample {
    const full = { seq: this.samples.length + 1, ...sample, phase: this.phaseOf(sample.from) };
    this.samples.push(full);
    return full;
  }

  /**
   * k6 says its load starts (the resources poller's first poll) or ended (teardown), at the
   * sidecar's own clock, so that the clocks of k6 and a remote sidecar never have to agree. A
   * second start while the load runs (another k6 instance's poller, a retried mark) and an end
   * without a running load change nothing.
   */
  mark(phase: 'load' | 'teardown', now = Date.now()): LoadWindow | null {
    const running = this.window !== undefined && this.window.to === null;
    if (phase === 'load' && !running) this.window = { from: now, to: null };
    if (phase === 'teardown' && running) this.window = { ...this.window!, to: now };
    return this.window ?? null;
  }

  /**
   * A sample counts for the load only when the whole interval it covers lies within the load: it
   * began after the start mark, and the end mark has not come (a reading finishing as it comes is
   * teardown's: the poller's last read, just after the mark, has every load sample).
   */
  private phaseOf(from: number): Phase {
    const window = this.window;
    if (!window) return 'setup';
    if (window.to !== null) return 'teardown';
    return from < window.from ? 'setup' : 'load';
  }

  /** Samples with seq greater than `since`: a reader that passes the last seq it saw gets each sample once. */
  since(since: number): Sample[] {
    return this.samples.slice(Math.max(0, since));
  }

  summary(): Summary {
    const window = this.window;
    const load = window ? this.samples.filter((s) => s.phase === 'load' && s.from >= window.from) : this.samples;
    const warm = load.filter((s) => s.t >= (window?.from ?? this.startedAt) + this.warmupS * 1000);
    const perMs = slope(warm.map((s) => ({ x: s.t, y: s.memory_mb })));
    return {
      ...figures(load),
      source: this.source,
      memory_mb_last: load.at(-1)?.memory_mb ?? null,
      memory_growth_mb_per_min: perMs === null ? null : round(perMs * 60_000, 3),
      warmup_s: this.warmupS,
      errors: this.errors,
      ...(this.refused ? { refused: this.refused } : {}),
      load_window: window ?? null,
      setup: figures(this.samples.filter((s) => s.phase === 'setup')),
      teardown: figures(this.samples.filter((s) => s.phase === 'teardown')),
    };
  }
}
