// How simulated users pace themselves and choose what to do next.
import { sleep } from 'k6';

let holdPoint: (() => void) | undefined;

/** Something every think point runs after its sleep (the interactive entry holds paused users there). */
export function setHoldPoint(hold: () => void): void {
  holdPoint = hold;
}

/** Sleeps a uniformly drawn think time in [min, max] seconds. */
export function think(range: { min: number; max: number }): void {
  const seconds = range.min + Math.random() * (range.max - range.min);
  if (seconds > 0) sleep(seconds);
  holdPoint?.();
}

export interface WeightedTask<T> {
  weight: number;
  task: T;
}

/** Picks one task with probability proportional to its weight. */
export function pickWeighted<T>(tasks: readonly WeightedTask<T>[], random: number = Math.random()): T {
  const total = tasks.reduce((sum, t) => sum + t.weight, 0);
  let point = random * total;
  for (const t of tasks) {
    point -= t.weight;
    if (point < 0) return t.task;
  }
  return tasks[tasks.length - 1]!.task;
}

/** Picks one element uniformly. */
export function pickOne<T>(items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(Math.random() * items.length)];
}
