// Every failure the API answers has one JSON shape: { error: { code, message, details? } }.
import type { FastifyInstance, FastifyReply } from 'fastify';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

export function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  return reply
    .code(status)
    .type('application/json')
    .send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}

/** Thrown errors and unknown routes as the error shape: validation 422, client errors as they are, the rest 500. */
export function answerErrorsAsJson(app: FastifyInstance): void {
  app.setErrorHandler(
    (error: Error & { validation?: unknown; statusCode?: number; code?: string }, _request, reply) => {
      if (error instanceof ApiError) return sendError(reply, error.status, error.code, error.message, error.details);
      if (error.validation) return sendError(reply, 422, 'validation_failed', error.message, error.validation);
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) app.log.error(error);
      return sendError(
        reply,
        status,
        status === 500 ? 'internal' : (error.code ?? 'bad_request').toLowerCase(),
        status === 500 ? 'internal error' : error.message,
      );
    },
  );
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`),
  );
}
