// k6/Go duration text to seconds. Pure, used in k6 (open-model scenarios) and Node (the runner's plan).

/** Seconds of a k6/Go duration such as "30m30s", "1h2m3.5s", "500ms". */
export function durationSeconds(text: string): number {
  let total = 0;
  let matched = '';
  for (const [whole, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    total += Number(value) * { h: 3600, m: 60, s: 1, ms: 0.001 }[unit as 'h' | 'm' | 's' | 'ms'];
    matched += whole;
  }
  if (matched !== text || text === '') throw new Error(`not a duration: ${JSON.stringify(text)}`);
  return total;
}
