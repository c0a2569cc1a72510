// Follows k6's web dashboard event stream for what k6's REST API does not serve: p(99) of each
// endpoint (the dashboard's trend aggregates include it; the REST API's stop at p(95)) and the
// threshold expressions of each metric. Not the dashboard's own threshold verdicts: k6 v2.2's
// dashboard attaches thresholds only to the metrics it registers, not to the tag-filtered ones it
// splits off (it showed `http_req_duration{endpoint:login}` passing at p95 253 ms against
// p(95)<200), so the verdicts come from
// the REST API (k6's metrics engine). Event shapes as k6 v2.2 sends them (grafana/k6
// internal/dashboard): `param` lists every threshold and the aggregate names per metric type;
// `metric` announces new metric names; `cumulative` carries the run-so-far values as one array
// per metric in the sorted order of the names announced.
import { createParser, type EventSourceParser } from 'eventsource-parser';

export interface EndpointLatency {
  endpoint: string;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export interface DashboardFigures {
  at: string;
  endpoints: EndpointLatency[];
  /** Each gated metric's threshold expressions, as the script defines them. */
  expressions: Record<string, string[]>;
}

export interface DashboardFollower {
  latest(): DashboardFigures | null;
  /** p50/p95 of the API requests in k6's last dashboard period (a `snapshot` event): the latency now. */
  latencyNow(): { p50: number | null; p95: number | null } | null;
  close(): void;
}

const ENDPOINT_TREND = /^http_req_duration\{endpoint:(.+)\}$/;

export function followDashboard(eventsUrl: string): DashboardFollower {
  const abort = new AbortController();
  let thresholds: Record<string, string[]> = {};
  let aggregates: Record<string, string[]> = {};
  const types = new Map<string, string>();
  let figures: DashboardFigures | null = null;
  let latencyNow: { p50: number | null; p95: number | null } | null = null;

  const parser = createParser({
    onEvent(event) {
      let data: unknown; // each event has its own shape, read below by its name
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (event.event === 'param') {
        const param = (data ?? {}) as { thresholds?: Record<string, string[]>; aggregates?: Record<string, string[]> };
        thresholds = param.thresholds ?? {};
        aggregates = param.aggregates ?? {};
      } else if (event.event === 'metric') {
        for (const [name, metric] of Object.entries((data ?? {}) as Record<string, { type: string }>)) {
          types.set(name, metric.type);
        }
      } else if (event.event === 'cumulative') {
        const endpoints = endpointLatencies(types, aggregates, data as (number | null)[][]);
        if (endpoints) figures = { at: new Date().toISOString(), endpoints, expressions: thresholds };
      } else if (event.event === 'snapshot') {
        latencyNow = periodLatency(types, aggregates, data as (number | null)[][]) ?? latencyNow;
      } else if (event.event === 'stop') {
        abort.abort();
      }
    },
  });
  void followStream(eventsUrl, parser, abort.signal);

  return {
    latest: () => figures,
    latencyNow: () => latencyNow,
    close: () => abort.abort(),
  };
}

/** Each endpoint's latency from a `cumulative` event, by endpoint name; null when out of step with the names announced. */
function endpointLatencies(
  types: Map<string, string>,
  aggregates: Record<string, string[]>,
  values: (number | null)[][],
): EndpointLatency[] | null {
  const names = [...types.keys()].sort();
  if (names.length !== values.length) return null; // out of step (a name not yet announced): wait for the next one
  const endpoints: EndpointLatency[] = [];
  names.forEach((name, i) => {
    const match = ENDPOINT_TREND.exec(name);
    if (!match) return;
    const aggregate = aggregates[types.get(name)!] ?? [];
    const value = (stat: string) => {
      const v = values[i]?.[aggregate.indexOf(stat)];
      return typeof v === 'number' ? v : null;
    };
    endpoints.push({
      endpoint: match[1]!,
      p50: value('med'),
      p95: value('p(95)'),
      p99: value('p(99)'),
      max: value('max'),
    });
  });
  return endpoints.sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}

/** p50/p95 of http_req_duration{scope:api} in a `snapshot` event; null when out of step or without it. */
function periodLatency(
  types: Map<string, string>,
  aggregates: Record<string, string[]>,
  values: (number | null)[][],
): { p50: number | null; p95: number | null } | null {
  const names = [...types.keys()].sort();
  const i = names.indexOf('http_req_duration{scope:api}');
  if (names.length !== values.length || i < 0) return null;
  const aggregate = aggregates[types.get(names[i]!)!] ?? [];
  const value = (stat: string) => {
    const v = values[i]?.[aggregate.indexOf(stat)];
    return typeof v === 'number' ? v : null;
  };
  return { p50: value('med'), p95: value('p(95)') };
}

/** Feeds the event stream to the parser until the test ends (a 204) or `signal` aborts. */
async function followStream(eventsUrl: string, parser: EventSourceParser, signal: AbortSignal): Promise<void> {
  // The dashboard starts with k6; try once a second until it answers or the follower is closed.
  while (!signal.aborted) {
    try {
      const res = await fetch(eventsUrl, { signal });
      if (res.status === 204) return; // the test has ended
      if (res.ok && res.body) {
        const decoder = new TextDecoder();
        for await (const chunk of res.body) parser.feed(decoder.decode(chunk as Uint8Array, { stream: true }));
        // A stream that ends without k6's `stop` event (dropped, or cut while k6 was busy) is
        // followed again: only `stop` or a 204 says the test has ended.
        parser.reset();
      } else {
        await res.body?.cancel();
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
