// Export of a generated course as JSON, Markdown or HTML.
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api-error.ts';
import { type ExportFormat, renderExport } from '../export.ts';
import { courseJson, ownCourse } from './course-views.ts';
import type { RouteDeps } from './deps.ts';
import { idParam } from './schemas.ts';

export async function exportRoutes(app: FastifyInstance, { sql }: RouteDeps): Promise<void> {
  app.get<{ Params: { id: string }; Querystring: { format?: ExportFormat } }>(
    '/api/v1/courses/:id/export',
    {
      config: { route: 'course_export', auth: 'user' },
      schema: {
        params: idParam,
        querystring: { type: 'object', properties: { format: { type: 'string', enum: ['json', 'markdown', 'html'] } } },
      },
    },
    async (request, reply) => {
      const course = ownCourse(sql, request);
      const chapters = sql.chaptersOf.all(course.id);
      if (chapters.length === 0 || chapters.some((c) => c.status !== 'completed'))
        throw new ApiError(409, 'not_generated', 'the course is not generated yet');
      const document = renderExport(courseJson(course), chapters, request.query.format ?? 'json');
      return reply
        .type(document.contentType)
        .header('Content-Disposition', `attachment; filename="course-${course.id}.${document.extension}"`)
        .send(document.body);
    },
  );
}
