// The page's server (Fastify): the page itself, its JSON API, the control endpoint the VUs read,
// and the run folders of runs started here.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { Session } from './session.ts';
import { parseStartInput, parseUsersChange, targetAnswers } from './start-input.ts';

const PAGE = readFileSync(new URL('./page.html', import.meta.url), 'utf8');
const PAGE_JS = readFileSync(new URL('./page.js', import.meta.url), 'utf8');
const PAGE_CHARTS_JS = readFileSync(new URL('./page-charts.js', import.meta.url), 'utf8');
const require = createRequire(import.meta.url);
const UPLOT_JS = readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8');
const UPLOT_CSS = readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8');
const REPORT_FILES = new Set(['report.html', 'results.json', 'summary.md', 'junit.xml', 'dashboard.html', 'k6.log']);

export interface UiServer {
  url: string;
  app: FastifyInstance;
  session: Session;
  close(): Promise<void>;
}

export async function startUiServer(options: {
  host: string;
  port: number;
  reportsRoot: string;
  idleStopS: number;
  log: (line: string) => void;
}): Promise<UiServer> {
  const app = Fastify({ logger: false });
  let url = '';
  let controlUrl = '';
  const session = new Session({
    reportsRoot: options.reportsRoot,
    idleStopS: options.idleStopS,
    controlUrl: () => controlUrl,
    log: options.log,
  });

  app.get('/', (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  for (const [path, body] of [
    ['/page.js', PAGE_JS],
    ['/page-charts.js', PAGE_CHARTS_JS],
    ['/uplot.js', UPLOT_JS],
  ] as const)
    app.get(path, (_req, reply) => reply.type('text/javascript; charset=utf-8').send(body));
  app.get('/uplot.css', (_req, reply) => reply.type('text/css; charset=utf-8').send(UPLOT_CSS));
  // The VUs' question, answered from memory: many VUs ask once a second.
  app.get<{ Querystring: { vu?: string } }>('/control', (req) => session.control(Number(req.query.vu)));
  app.get('/api/state', () => {
    session.pageSeen();
    return session.state();
  });
  // The charts' points the page has not drawn yet.
  app.get<{ Querystring: { from?: string } }>('/api/series', (req) =>
    session.seriesSince(Math.max(0, Number.parseInt(req.query.from ?? '0', 10) || 0)),
  );
  runRoutes(app, session);
  reportRoutes(app, options.reportsRoot);

  url = await app.listen({ host: options.host, port: options.port });
  // The VUs always ask over loopback, whatever interface the page is served on.
  const { port } = app.server.address() as { port: number };
  controlUrl = options.host === '::1' ? `http://[::1]:${port}` : `http://127.0.0.1:${port}`;
  return {
    url: `${url}/`,
    app,
    session,
    async close() {
      await session.shutdown();
      await app.close();
    },
  };
}

/** The page's buttons: start a run, change its users, pause, resume, stop. */
function runRoutes(app: FastifyInstance, session: Session): void {
  app.post('/api/start', async (req, reply) => {
    if (session.isRunning())
      return reply
        .code(409)
        .send({ error: 'A run is already going: stop it before starting another (one run at a time).' });
    const { input, errors } = parseStartInput((req.body ?? {}) as Record<string, unknown>);
    if (!input) return reply.code(400).send({ errors });
    if (input.target) {
      const unreachable = await targetAnswers(input.target);
      if (unreachable) return reply.code(400).send({ errors: { target: unreachable } });
    }
    try {
      await session.start(input);
    } catch (error) {
      return reply.code(409).send({ error: (error as Error).message });
    }
    return { started: true };
  });

  app.post('/api/users', async (req, reply) => {
    const state = session.state();
    if (!state.run) return reply.code(409).send({ error: 'No run is going.' });
    const change = parseUsersChange((req.body ?? {}) as Record<string, unknown>, state.run.poolVus);
    if (change.users === undefined || Object.keys(change.errors).length > 0)
      return reply.code(400).send({ errors: change.errors });
    session.setUsers(change.users, change.spawnRate);
    return { users: change.users };
  });

  for (const [path, paused] of [
    ['/api/pause', true],
    ['/api/resume', false],
  ] as const) {
    app.post(path, async (_req, reply) => {
      if (!session.isRunning()) return reply.code(409).send({ error: 'No run is going.' });
      session.setPaused(paused);
      return { paused };
    });
  }

  app.post('/api/stop', async (_req, reply) => {
    if (!session.isRunning()) return reply.code(409).send({ error: 'No run is going.' });
    await session.stop('Stop pressed on the page');
    return { stopping: true };
  });
}

/** Report files of run folders under the reports root only (no path in the name). */
function reportRoutes(app: FastifyInstance, reportsRoot: string): void {
  app.get<{ Params: { run: string; file: string } }>('/runs/:run/:file', (req, reply) => {
    const { run, file } = req.params;
    const dir = resolve(reportsRoot, basename(run));
    const path = join(dir, file);
    if (basename(run) !== run || !REPORT_FILES.has(file) || !existsSync(path))
      return reply.code(404).send({ error: 'no such report' });
    return reply
      .type(
        file.endsWith('.html')
          ? 'text/html; charset=utf-8'
          : file.endsWith('.json')
            ? 'application/json'
            : 'text/plain; charset=utf-8',
      )
      .send(readFileSync(path));
  });
}
