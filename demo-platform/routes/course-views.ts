// A course as the API shows it, and the course a request may see.
import type { FastifyRequest } from 'fastify';
import { notFound } from '../api-error.ts';
import type { ChapterRow, CourseRow, Statements } from '../db.ts';

export const courseJson = (course: CourseRow) => ({
  id: course.id,
  owner_id: course.owner_id,
  title: course.title,
  topic: course.topic,
  level: course.level,
  chapter_count: course.chapter_count,
  language: course.language,
  created_at: course.created_at,
  updated_at: course.updated_at,
});

export const chapterSummary = (c: ChapterRow) => ({ index: c.idx, title: c.title, status: c.status });

function courseStatus(sql: Statements, course: CourseRow): string {
  const job = sql.latestJobOf.get(course.id);
  if (!job) return 'draft';
  return job.status === 'completed' ? 'generated' : job.status === 'failed' ? 'failed' : 'generating';
}

/** A course with its generation status and its chapters' summaries. */
export const courseDetail = (sql: Statements, course: CourseRow) => ({
  ...courseJson(course),
  status: courseStatus(sql, course),
  chapters: sql.chaptersOf.all(course.id).map(chapterSummary),
});

/** The course of `:id` when the caller owns it or is an admin. */
export function ownCourse(sql: Statements, request: FastifyRequest<{ Params: { id: string } }>): CourseRow {
  const course = sql.course.get(Number(request.params.id));
  const session = request.session!;
  // Someone else's course is "not found", not "forbidden": ids of others are not confirmed.
  if (!course || (session.role !== 'admin' && course.owner_id !== session.userId)) throw notFound('course');
  return course;
}
