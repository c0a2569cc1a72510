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
  // Index loops: reduce and for...of would build Array.prototype.reduce and the array iterator in
  // every VU's runtime on first use (with the other built-ins cut on the regular path, ~10 KB per
  // VU: README, "What each VU keeps while it runs").
  let total = 0;
  for (let i = 0; i < tasks.length; i++) total += tasks[i]!.weight;
  let point = random * total;
  for (let i = 0; i < tasks.length; i++) {
    point -= tasks[i]!.weight;
    if (point < 0) return tasks[i]!.task;
  }
  return tasks[tasks.length - 1]!.task;
}

/** Picks one element uniformly. */
export function pickOne<T>(items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(Math.random() * items.length)];
}
