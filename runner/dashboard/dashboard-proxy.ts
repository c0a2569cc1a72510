// Serves k6's web dashboard through a small loopback proxy so an open browser tab cannot hold a
// finished run hostage. k6 (by design, k6 issue 3619) waits for every dashboard event stream to
// close before it stops its outputs, and only then runs handleSummary: with a tab open, no
// results.json, no verdict, no exit. The proxy watches the event streams it forwards; when k6
// sends its `stop` event (the test has ended and dashboard.html is exported), it closes them, so
// k6 finishes at once. Hand-written on node:http because it must read the stream it forwards.
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';

export interface DashboardProxy {
  /** What people open: http://host:port/ */
  url: string;
  /** Event streams the proxy closed after the test ended (0 when no tab was open). */
  closedStreams(): number;
  close(): Promise<void>;
}

export interface DashboardProxyOptions {
  host: string;
  port: number;
  /** The loopback port k6's own dashboard listens on. */
  upstreamPort: number;
  /** Told once, when open tabs were let go after the end of the test. */
  onReleased?: (streams: number) => void;
}

/** A free TCP port on 127.0.0.1, for a child process to listen on. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// r3labs/sse writes "event: stop" on a line of its own; a chunk may end mid-line, so a short tail
// of the previous chunk is kept.
const STOP_EVENT = /(^|\n)event: ?stop\r?\n/;

export async function startDashboardProxy(options: DashboardProxyOptions): Promise<DashboardProxy> {
  const streams = new Set<{ upstream: IncomingMessage; res: ServerResponse }>();
  let ended = false;
  let closed = 0;

  const release = () => {
    if (streams.size === 0) return;
    const count = streams.size;
    for (const stream of streams) {
      stream.upstream.destroy(); // what k6 waits for
      stream.res.end();
    }
    streams.clear();
    closed += count;
    options.onReleased?.(count);
  };

  const server = createServer((req, res) => {
    const isEvents = (req.url ?? '').startsWith('/events');
    if (isEvents && ended) {
      // A tab (re)connecting after the end: 204 tells EventSource not to retry.
      res.writeHead(204).end();
      return;
    }
    const headers = { ...req.headers, host: `127.0.0.1:${options.upstreamPort}` };
    delete headers['accept-encoding']; // the event stream must stay readable here
    const upstreamReq = request(
      { host: '127.0.0.1', port: options.upstreamPort, method: req.method, path: req.url, headers },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        if (!isEvents) {
          upstream.pipe(res);
          return;
        }
        const stream = { upstream, res };
        streams.add(stream);
        let tail = '';
        upstream.on('data', (chunk: Buffer) => {
          res.write(chunk);
          const text = tail + chunk.toString('utf8');
          tail = text.slice(-32);
          if (!ended && STOP_EVENT.test(text)) {
            ended = true;
            // Let the stop event reach the page first, then let go of every open stream.
            setTimeout(release, 300);
          }
        });
        upstream.on('close', () => {
          streams.delete(stream);
          res.end();
        });
      },
    );
    upstreamReq.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`k6's web dashboard is not reachable: ${error.message}`);
    });
    // The tab went away before the answer ended (e.g. closed during the run): so does our request to k6.
    res.on('close', () => {
      if (!res.writableFinished) upstreamReq.destroy();
    });
    req.pipe(upstreamReq);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`,
    closedStreams: () => closed,
    async close() {
      for (const stream of streams) stream.upstream.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
