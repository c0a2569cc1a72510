// JSON-schema pieces the routes validate with, and the paging limit check.
import { ApiError } from '../api-error.ts';

const LEVELS = ['beginner', 'intermediate', 'advanced'];

export const idParam = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$' } },
} as const;

export const courseBody = {
  title: { type: 'string', minLength: 1, maxLength: 200 },
  topic: { type: 'string', minLength: 1, maxLength: 200 },
  level: { type: 'string', enum: LEVELS },
  chapter_count: { type: 'integer', minimum: 1, maximum: 20 },
  language: { type: 'string', minLength: 2, maxLength: 35 },
} as const;

export const digits = (max: number) => ({ type: 'string', pattern: `^[0-9]{1,${max}}$` }) as const;

/** A page's `limit` query parameter (default 20), which the schema leaves as digits. */
export function pageLimit(limit: string | undefined): number {
  const n = Number(limit ?? 20);
  if (n < 1 || n > 100)
    throw new ApiError(422, 'validation_failed', 'limit must be from 1 to 100', [{ field: 'limit' }]);
  return n;
}
