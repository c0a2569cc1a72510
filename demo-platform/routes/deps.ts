// What the route plugins share, passed to each as its plugin options.
import type Database from 'better-sqlite3';
import type client from 'prom-client';
import type { TokenStore } from '../auth.ts';
import type { Statements } from '../db.ts';
import type { Faults } from '../faults.ts';
import type { GenerationPool } from '../generation.ts';

export interface RouteDeps {
  db: Database.Database;
  sql: Statements;
  tokens: TokenStore;
  pool: GenerationPool;
  faults: Faults;
  registry: client.Registry;
  /** Seconds since the platform started, to a tenth. */
  uptimeS: () => number;
}
