// Login: email and password for a bearer token.
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api-error.ts';
import { verifyPassword } from '../auth.ts';
import type { RouteDeps } from './deps.ts';

export async function authRoutes(app: FastifyInstance, { sql, tokens }: RouteDeps): Promise<void> {
  app.post<{ Body: { email: string; password: string } }>(
    '/api/v1/auth/login',
    {
      config: { route: 'login' },
      schema: {
        body: {
          type: 'object',
          required: ['email', 'password'],
          properties: {
            email: { type: 'string', minLength: 1, maxLength: 320 },
            password: { type: 'string', minLength: 1, maxLength: 1024 },
          },
        },
      },
    },
    async (request) => {
      const user = sql.userByEmail.get(request.body.email);
      if (!user || !(await verifyPassword(request.body.password, user.password_hash)))
        throw new ApiError(401, 'invalid_credentials', 'wrong email or password');
      const { token, expiresIn } = tokens.issue(user.id, user.role);
      return { access_token: token, token_type: 'bearer', role: user.role, expires_in: expiresIn };
    },
  );
}
