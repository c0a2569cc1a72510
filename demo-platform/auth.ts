// Password hashing and bearer tokens. Passwords are scrypt-hashed (node:crypto, no package needed);
// tokens are random, kept in memory with their expiry, so checking one costs a Map lookup.
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Role } from '../lib/users/pool-spec.ts';

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${scryptSync(password, salt, 32).toString('base64')}`;
}

/** Checks a password off the event loop (libuv's thread pool), as a server must: a login storm would otherwise stall every request. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, Buffer.from(salt, 'base64'), expected.length, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
  return timingSafeEqual(actual, expected);
}

export interface Session {
  userId: number;
  role: Role;
  expiresAt: number;
}

export class TokenStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly ttlS: number) {}

  issue(userId: number, role: Role): { token: string; expiresIn: number } {
    const token = randomBytes(24).toString('base64url');
    this.sessions.set(token, { userId, role, expiresAt: Date.now() + this.ttlS * 1000 });
    return { token, expiresIn: this.ttlS };
  }

  /** The session of a valid, unexpired token. */
  check(token: string): Session | undefined {
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (session.expiresAt <= Date.now()) {
      this.sessions.delete(token);
      return undefined;
    }
    return session;
  }
}
