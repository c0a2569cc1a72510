// What the platform itself counted, per endpoint and status: the neutral referee that shows the
// bare k6 script, the suite and Locust send the same requests, and that none of them failed.
// Read from the demo platform's Prometheus /metrics before and after a run.

/** Requests counted by the platform, keyed "route status" (e.g. "course_delete 204"). */
export type Counts = Record<string, number>;

export async function platformCounts(baseUrl: string): Promise<Counts> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const counts: Counts = {};
  for (const match of text.matchAll(/^http_request_duration_seconds_count\{([^}]*)\} (\d+)$/gm)) {
    const labels = Object.fromEntries([...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    counts[`${labels.route} ${labels.status}`] = Number(match[2]);
  }
  return counts;
}

export interface RunCounts {
  /** Share of the run's requests per endpoint, percent (one decimal). */
  share_percent: Record<string, number>;
  requests: number;
  /** Requests the platform answered with a status other than 2xx. */
  failed: number;
}

/** The requests between two /metrics readings, as shares per endpoint (health probes left out). */
export function countsBetween(
  before: Counts,
  after: Counts,
  ignore: readonly string[] = ['health', 'other'],
): RunCounts {
  const perEndpoint: Record<string, number> = {};
  let failed = 0;
  for (const [key, value] of Object.entries(after)) {
    const delta = value - (before[key] ?? 0);
    const [route, status] = key.split(' ') as [string, string];
    if (delta <= 0 || ignore.includes(route)) continue;
    perEndpoint[route] = (perEndpoint[route] ?? 0) + delta;
    if (!status.startsWith('2')) failed += delta;
  }
  const requests = Object.values(perEndpoint).reduce((a, b) => a + b, 0);
  const share = Object.fromEntries(
    Object.entries(perEndpoint)
      .sort()
      .map(([route, n]) => [route, Number(((n / requests) * 100).toFixed(1))]),
  );
  return { share_percent: share, requests, failed };
}
