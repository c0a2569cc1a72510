// What every route goes through: before it, the faults of DEMO_FAULTS and the bearer-token check
// its config asks for; after it, the duration metric.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './api-error.ts';
import type { Session, TokenStore } from './auth.ts';
import { type Faults, forRoute, type RouteName } from './faults.ts';
import { GlobalLock } from './global-lock.ts';
import type { Metrics } from './metrics.ts';
import type { UserActivity } from './user-activity.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session?: Session;
  }
  interface FastifyContextConfig {
    route?: RouteName;
    auth?: 'user' | 'admin';
  }
}

interface Guard {
  faults: Faults;
  tokens: TokenStore;
  activity: UserActivity;
  duration: Metrics['duration'];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function guardRequests(app: FastifyInstance, { faults, tokens, activity, duration }: Guard): void {
  const lock = new GlobalLock(faults);
  app.addHook('onRequest', async (request, reply) => {
    const { route, auth } = request.routeOptions.config;
    if (route) {
      // Until answered or abandoned: 'close' fires for both, onResponse not for a client that left.
      lock.inFlight++;
      reply.raw.once('close', () => lock.inFlight--);
      if (faults.hang.has(route) || faults.hang.has('*')) {
        return new Promise<never>(() => undefined); // the hang fault: accept, never answer
      }
      const latency = forRoute(faults.latencyMs, route);
      if (latency) await sleep(latency);
      const holdMs = lock.holdMs(route);
      if (holdMs > 0) await lock.hold(holdMs);
      // Not awaited: a reply is a thenable that settles to undefined once sent.
      const faulty = sendInjectedFault(faults, route, reply);
      if (faulty) return faulty;
    }
    if (auth) {
      const session = sessionOf(request, tokens);
      if (!session) return sendError(reply, 401, 'unauthorized', 'a valid bearer token is required');
      if (auth === 'admin' && session.role !== 'admin') return sendError(reply, 403, 'forbidden', 'admin only');
      request.session = session;
      activity.saw(session);
      if (faults.perUser) {
        // The peruser fault: work that grows with the number of distinct users (e.g. a per-user cache rebuilt for each).
        const ms = faults.perUser.msPerUser * Math.max(1, activity.activeUsers);
        if (ms > 0) await sleep(ms);
      }
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.config?.route ?? 'other';
    duration.observe({ route, method: request.method, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
}

/** Sends the errors or garbage fault's answer on `route` when it strikes; undefined when the request goes on. */
function sendInjectedFault(faults: Faults, route: RouteName, reply: FastifyReply): FastifyReply | undefined {
  const errorRate = forRoute(faults.errorRate, route);
  if (errorRate && Math.random() < errorRate)
    return sendError(reply, 500, 'injected_fault', 'injected error (DEMO_FAULTS)');
  const garbage = forRoute(faults.garbage, route);
  if (!garbage) return undefined;
  if (garbage.mode === 'html') return reply.code(200).type('text/html').send('<html><body>Bad Gateway?</body></html>');
  if (garbage.mode === 'shape') return reply.code(200).type('application/json').send('{"unexpected":[1,2,3]}');
  return reply
    .code(200)
    .type('application/json')
    .send(`{"padding":"${'x'.repeat(garbage.mb * 1024 * 1024)}"}`);
}

function sessionOf(request: FastifyRequest, tokens: TokenStore): Session | undefined {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? tokens.check(header.slice(7).trim()) : undefined;
}
