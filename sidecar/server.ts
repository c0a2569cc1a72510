// The sidecar's HTTP API: GET /samples?since=<seq>, GET /summary, GET /health, and POST /phase,
// by which k6 says when its load starts and ends (what is gated). Any other method is 405 and any
// other path 404: it serves data and takes no command but that mark.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Series } from './series.ts';

const PHASES = ['load', 'teardown'] as const;
const READS = ['/samples', '/summary', '/health'];

/** The body of a POST, at most 1 KB (a mark is a few bytes). */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 1024) req.destroy(new Error('body over 1 KB'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The phase named by a POST /phase body ({"phase":"load"} or {"phase":"teardown"}), or an error saying what was wrong. */
function parsePhase(body: string): (typeof PHASES)[number] | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {
      error: `body ${JSON.stringify(body.slice(0, 100))} is not JSON: send {"phase":"load"} when the load starts, {"phase":"teardown"} when it ends`,
    };
  }
  const phase = (parsed as { phase?: unknown } | null)?.phase;
  if (!PHASES.includes(phase as never))
    return { error: `phase ${JSON.stringify(phase)}: expected "load" (the load starts) or "teardown" (it ended)` };
  return phase as (typeof PHASES)[number];
}

export function createSidecarServer(series: Series): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sidecar');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const method = url.pathname === '/phase' ? 'POST' : 'GET';
    if (url.pathname !== '/phase' && !READS.includes(url.pathname))
      return send(404, { error: `no route ${url.pathname}; use ${[...READS, '/phase'].join(', ')}` });
    if (req.method !== method) {
      res.setHeader('allow', method);
      return send(405, { error: `${req.method} not allowed on ${url.pathname}: use ${method}` });
    }
    if (url.pathname === '/phase') {
      readBody(req).then(
        (body) => {
          const phase = parsePhase(body);
          if (typeof phase !== 'string') return send(400, phase);
          send(200, { load_window: series.mark(phase) });
        },
        (error: Error) => send(400, { error: error.message }),
      );
      return;
    }
    if (url.pathname === '/health')
      return send(200, {
        status: series.refused ? 'refused' : 'ok',
        source: series.source,
        samples: series.samples.length,
        ...(series.refused ? { refused: series.refused } : {}),
      });
    if (url.pathname === '/summary') return send(200, series.summary());
    const since = url.searchParams.get('since') ?? '0';
    if (!/^\d{1,15}$/.test(since))
      return send(400, { error: `since=${since}: expected the last seq you received (a whole number)` });
    const samples = series.since(Number(since));
    // errors: readings that failed so far (target gone, endpoint down), so a poller can count the gaps;
    // refused: the source can no longer read the whole target truly, and says why.
    return send(200, {
      samples,
      next: samples.at(-1)?.seq ?? Number(since),
      errors: series.errors,
      ...(series.refused ? { refused: series.refused } : {}),
    });
  });
}
