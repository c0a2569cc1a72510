// A client for k6's REST API (`k6 run --address 127.0.0.1:<port>`), as k6 v2.2 serves it
// (grafana/k6 api/v1): GET /v1/status, GET /v1/metrics, PATCH /v1/status { stopped: true }.
// k6 v2 refuses a PATCH of vus or paused after the start ("live VU configuration updates are not
// supported", "... doesn't support pause and resume operations after its start"): the users
// are steered through lib/load/control.ts instead.

export interface K6Status {
  status: number;
  paused: boolean;
  vus: number;
  'vus-max': number;
  stopped: boolean;
  running: boolean;
  tainted: boolean;
}

export interface K6Metric {
  name: string;
  type: string;
  /** True when one of its thresholds is crossed; null when it has none. */
  tainted: boolean | null;
  /** What k6's sink reports: count/rate for counters, rate for rates, min/max/avg/med/p(90)/p(95) for trends (k6 v2.2 serves no p(99) here). */
  sample: Record<string, number>;
}

interface JsonApi<T> {
  data: T;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export class K6Rest {
  constructor(readonly baseUrl: string) {}

  async status(): Promise<K6Status> {
    return (await getJson<JsonApi<{ attributes: K6Status }>>(`${this.baseUrl}/v1/status`)).data.attributes;
  }

  async metrics(): Promise<K6Metric[]> {
    const body = await getJson<
      JsonApi<{ id: string; attributes: { type: string; tainted: boolean | null; sample: Record<string, number> } }[]>
    >(`${this.baseUrl}/v1/metrics`);
    return body.data.map((m) => ({
      name: m.id,
      type: m.attributes.type,
      tainted: m.attributes.tainted,
      sample: m.attributes.sample,
    }));
  }

  /** Ends the test as k6 does for a REST stop: VUs stop, teardown and handleSummary run, k6 exits 103. */
  async stop(): Promise<void> {
    const res = await fetch(`${this.baseUrl}/v1/status`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { type: 'status', id: 'default', attributes: { stopped: true } } }),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`k6 refused to stop: HTTP ${res.status} ${await res.text()}`);
  }
}
