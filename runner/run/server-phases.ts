// The sidecar's samples by phase (sidecar/series.ts marks each one setup, load or teardown as k6
// said when its load ran): figures per phase for report.html's table and the console line that
// shows what setup and teardown cost the server, which no gate judges.

import type { Phase } from '../../sidecar/sample.ts';
import { percentile } from '../../sidecar/series.ts';

const PHASES: readonly Phase[] = ['setup', 'load', 'teardown'];

export interface PhasedSample {
  cpu_percent: number;
  memory_mb: number;
  /** Absent from series written before the sidecar marked phases. */
  phase?: Phase;
}

export interface PhaseRow {
  phase: Phase;
  samples: number;
  cpu_percent_p95: number | null;
  cpu_percent_peak: number | null;
  memory_mb_peak: number | null;
  /** Only the load's samples reach k6's server_* metrics and their gates. */
  gated: boolean;
}

export function isPhase(value: unknown): value is Phase {
  return PHASES.includes(value as Phase);
}

/** One row per phase that has samples; none when the series has no phases (an older run's). */
export function phaseRows(samples: PhasedSample[]): PhaseRow[] {
  if (!samples.some((s) => s.phase !== undefined)) return [];
  return PHASES.map((phase) => {
    const own = samples.filter((s) => s.phase === phase);
    const cpu = own.map((s) => s.cpu_percent);
    return {
      phase,
      samples: own.length,
      cpu_percent_p95: percentile(cpu, 95),
      cpu_percent_peak: cpu.length ? Math.max(...cpu) : null,
      memory_mb_peak: own.length ? Math.max(...own.map((s) => s.memory_mb)) : null,
      gated: phase === 'load',
    };
  }).filter((row) => row.samples > 0);
}

const fixed = (value: number | null, unit: string) => (value === null ? 'n/a' : `${value.toFixed(1)} ${unit}`);

export function phaseCells(row: PhaseRow): string[] {
  return [
    row.phase,
    String(row.samples),
    fixed(row.cpu_percent_p95, '%'),
    fixed(row.cpu_percent_peak, '%'),
    fixed(row.memory_mb_peak, 'MB'),
    row.gated ? 'yes' : 'no (shown only)',
  ];
}

export const PHASE_HEADERS = ['phase', 'samples', 'CPU p95', 'CPU peak', 'memory peak', 'gated'];

/** The console line about the samples outside the load, or null when there are none. */
export function outsideLoadText(samples: PhasedSample[]): string | null {
  const outside = phaseRows(samples).filter((row) => !row.gated);
  if (outside.length === 0) return null;
  const parts = outside.map(
    (row) =>
      `${row.phase} ${row.samples} sample${row.samples === 1 ? '' : 's'} (CPU p95 ${fixed(row.cpu_percent_p95, '%')}, memory peak ${fixed(row.memory_mb_peak, 'MB')})`,
  );
  return `server resources outside the load (shown, not gated): ${parts.join('; ')}`;
}
