// The sidecar's read-only HTTP API: GET /samples?since=<seq>, GET /summary, GET /health. Any other
// method is 405 and any other path 404: it serves data and takes no commands.
import { createServer, type Server } from 'node:http';
import type { Series } from './series.ts';

export function createSidecarServer(series: Series): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sidecar');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const routes = ['/samples', '/summary', '/health'];
    if (!routes.includes(url.pathname)) return send(404, { error: `no route ${url.pathname}; use ${routes.join(', ')}` });
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return send(405, { error: `${req.method} not allowed: the sidecar is read-only` });
    }
    if (url.pathname === '/health') return send(200, { status: series.refused ? 'refused' : 'ok', source: series.source, samples: series.samples.length, ...(series.refused ? { refused: series.refused } : {}) });
    if (url.pathname === '/summary') return send(200, series.summary());
    const since = url.searchParams.get('since') ?? '0';
    if (!/^\d{1,15}$/.test(since)) return send(400, { error: `since=${since}: expected the last seq you received (a whole number)` });
    const samples = series.since(Number(since));
    // errors: readings that failed so far (target gone, endpoint down), so a poller can count the gaps;
    // refused: the source can no longer read the whole target truly, and says why.
    return send(200, { samples, next: samples.at(-1)?.seq ?? Number(since), errors: series.errors, ...(series.refused ? { refused: series.refused } : {}) });
  });
}
