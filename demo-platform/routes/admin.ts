// Admin only: platform counts, recent jobs, users with their course counts.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './deps.ts';
import { digits, pageLimit } from './schemas.ts';

export async function adminRoutes(app: FastifyInstance, { sql, pool, uptimeS }: RouteDeps): Promise<void> {
  app.get('/api/v1/admin/stats', { config: { route: 'admin_stats', auth: 'admin' } }, async () => {
    const jobs = { queued: 0, running: 0, completed: 0, failed: 0 };
    for (const row of sql.jobCounts.all()) jobs[row.status] = row.n;
    const { users, courses } = sql.counts.get()!;
    return { users, courses, jobs, queue_depth: pool.depth, uptime_s: uptimeS() };
  });

  app.get<{ Querystring: { status?: string; limit?: string } }>(
    '/api/v1/admin/jobs',
    {
      config: { route: 'admin_jobs', auth: 'admin' },
      schema: {
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['queued', 'running', 'completed', 'failed'] },
            limit: digits(3),
          },
        },
      },
    },
    async (request) => {
      const limit = pageLimit(request.query.limit);
      const status = request.query.status ?? '';
      const items = sql.recentJobs.all(status, status, limit).map((job) => ({
        job_id: job.id,
        course_id: job.course_id,
        status: job.status,
        chapters_total: job.chapters_total,
        chapters_completed: job.chapters_completed,
        created_at: job.created_at,
        finished_at: job.finished_at,
      }));
      return { items, limit };
    },
  );

  app.get('/api/v1/admin/users', { config: { route: 'admin_users', auth: 'admin' } }, async () => ({
    items: sql.usersWithCounts.all(),
  }));
}
