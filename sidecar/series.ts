// The sampled series: samples numbered from 1, served once per cursor, and the aggregate figures.
import { round, type Sample } from './sample.ts';

export interface Summary {
  samples: number;
  source: string;
  cpu_percent_peak: number | null;
  cpu_percent_p95: number | null;
  memory_mb_peak: number | null;
  memory_mb_last: number | null;
  /** Least-squares slope of memory over the samples after the warm-up, MB per minute. */
  memory_growth_mb_per_min: number | null;
  warmup_s: number;
  /** Readings that failed (target gone, endpoint down). */
  errors: number;
  /** Why the source stopped being read mid-run (it cannot read the whole target truly), if it did. */
  refused?: string;
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

export class Series {
  readonly samples: Sample[] = [];
  errors = 0;
  /** Set when the source refused mid-run: no sample after it would be true. */
  refused: string | undefined;
  private readonly startedAt = Date.now();

  constructor(
    readonly source: string,
    private readonly warmupS: number,
  ) {}

  add(sample: Omit<Sample, 'seq'>): Sample {
    const full = { seq: this.samples.length + 1, ...sample };
    this.samples.push(full);
    return full;
  }

  /** Samples with seq greater than `since`: a reader that passes the last seq it saw gets each sample once. */
  since(since: number): Sample[] {
    return this.samples.slice(Math.max(0, since));
  }

  summary(): Summary {
    const cpu = this.samples.map((s) => s.cpu_percent);
    const memory = this.samples.map((s) => s.memory_mb);
    const warm = this.samples.filter((s) => s.t >= this.startedAt + this.warmupS * 1000);
    const perMs = slope(warm.map((s) => ({ x: s.t, y: s.memory_mb })));
    return {
      samples: this.samples.length,
      source: this.source,
      cpu_percent_peak: cpu.length ? Math.max(...cpu) : null,
      cpu_percent_p95: percentile(cpu, 95),
      memory_mb_peak: memory.length ? Math.max(...memory) : null,
      memory_mb_last: memory.at(-1) ?? null,
      memory_growth_mb_per_min: perMs === null ? null : round(perMs * 60_000, 3),
      warmup_s: this.warmupS,
      errors: this.errors,
      ...(this.refused ? { refused: this.refused } : {}),
    };
  }
}
