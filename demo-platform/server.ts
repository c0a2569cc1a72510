// The demo platform's HTTP API (Fastify): the shared state, the request guard (faults, auth,
// metrics), error answers, and one plugin per route group (routes/).
import type Database from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { answerErrorsAsJson } from './api-error.ts';
import { hashPassword, TokenStore } from './auth.ts';
import { type DatasetMade, makeDataset } from './dataset.ts';
import { prepare, type Statements } from './db.ts';
import type { Faults } from './faults.ts';
import { GenerationPool } from './generation.ts';
import { createMetrics } from './metrics.ts';
import { guardRequests } from './request-guard.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { courseRoutes } from './routes/courses.ts';
import type { RouteDeps } from './routes/deps.ts';
import { exportRoutes } from './routes/export.ts';
import { generationRoutes } from './routes/generation.ts';
import { healthRoutes } from './routes/health.ts';
import type { Settings } from './settings.ts';
import { UserActivity } from './user-activity.ts';

export interface Platform {
  app: FastifyInstance;
  pool: GenerationPool;
  /** The kept dataset made at start (DEMO_DATASET_COURSES). */
  dataset: DatasetMade;
}

export function buildPlatform(db: Database.Database, settings: Settings, faults: Faults): Platform {
  const sql = prepare(db);
  const tokens = new TokenStore(settings.tokenTtlS);
  const pool = new GenerationPool(sql, settings.workers, settings.chapterMs, faults.slowGenerationFactor);
  const started = Date.now();
  const uptimeS = () => Math.round((Date.now() - started) / 100) / 10;
  prepareDatabase(db, sql, settings);
  // The accounts the suite's setup would give a dataset: the pool's when there is one, else the single users.
  const owners = settings.pool.length > 0 ? settings.pool : settings.users;
  const dataset = makeDataset(db, sql, owners, settings.dataset);
  const activity = new UserActivity((faults.perUser?.windowS ?? 10) * 1000);
  const { registry, duration } = createMetrics(activity);

  const app = Fastify({
    logger: settings.logLevel === 'silent' ? false : { level: settings.logLevel },
    bodyLimit: 64 * 1024,
    forceCloseConnections: true, // the hang fault leaves requests open; shutdown must not wait for them
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true } },
  });
  // JSON only: a text/plain body is 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');
  // On the root instance, before the plugins: every route group inherits them.
  guardRequests(app, { faults, tokens, activity, duration });
  answerErrorsAsJson(app);

  const deps: RouteDeps = { db, sql, tokens, pool, faults, registry, uptimeS };
  for (const routes of [healthRoutes, authRoutes, courseRoutes, generationRoutes, exportRoutes, adminRoutes])
    app.register(routes, deps);
  app.addHook('onClose', async () => activity.stop());
  return { app, pool, dataset };
}

/** Fails the jobs an earlier run left unfinished and seeds the configured users. */
function prepareDatabase(db: Database.Database, sql: Statements, settings: Settings): void {
  // Unfinished jobs of an earlier run will never finish: say so instead of leaving them running.
  sql.failUnfinishedJobs.run(new Date().toISOString());
  sql.failUnfinishedChapters.run();
  for (const user of settings.users) sql.insertUser.run(user.email, hashPassword(user.password), user.role);
  // The DEMO_USERS pool: one scrypt hash per role, shared by its accounts, so hundreds start in milliseconds.
  const roleHashes = new Map<string, string>();
  const hashFor = (password: string) =>
    roleHashes.get(password) ?? roleHashes.set(password, hashPassword(password)).get(password)!;
  db.transaction(() => {
    for (const user of settings.pool) sql.insertUser.run(user.email, hashFor(user.password), user.role);
  })();
}
