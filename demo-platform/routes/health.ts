// Health, the OpenAPI document and the Prometheus metrics (loopback only).
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { sendError } from '../api-error.ts';
import type { RouteDeps } from './deps.ts';

const VERSION = '1.0.0';
const OPENAPI = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));

export async function healthRoutes(app: FastifyInstance, { sql, registry, uptimeS }: RouteDeps): Promise<void> {
  app.get('/health', { config: { route: 'health' } }, async () => {
    sql.ping.get();
    return { status: 'ok', version: VERSION, uptime_s: uptimeS() };
  });

  app.get('/openapi.json', async () => OPENAPI);

  app.get('/metrics', async (request, reply) => {
    const ip = request.socket.remoteAddress ?? '';
    if (!(ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.')))
      return sendError(reply, 403, 'forbidden', 'metrics are served on loopback only');
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
