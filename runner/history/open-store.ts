// Where the history is, from the environment: PERFORMANCE_HISTORY_URL (postgres://... or a SQLite file,
// optionally written sqlite:FILE) turns it on there; PERFORMANCE_HISTORY=on turns it on in the default
// file, history.sqlite beside the run folders; PERFORMANCE_HISTORY=off turns it off whatever the URL.
import { join } from 'node:path';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { type HistoryStore, HistoryStoreError } from './store.ts';

const ON = ['1', 'on', 'true', 'yes'];
const OFF = ['0', 'off', 'false', 'no', ''];

/** The store a run adds itself to, or null when history is off. Throws HistoryStoreError on a bad setting. */
export function historyLocation(env: NodeJS.ProcessEnv, reportsRoot: string): string | null {
  const switch_ = env.PERFORMANCE_HISTORY?.trim().toLowerCase();
  if (switch_ !== undefined && !ON.includes(switch_) && !OFF.includes(switch_))
    throw new HistoryStoreError(`PERFORMANCE_HISTORY=${JSON.stringify(env.PERFORMANCE_HISTORY)}: expected on or off`);
  if (switch_ !== undefined && OFF.includes(switch_)) return null;
  const url = env.PERFORMANCE_HISTORY_URL?.trim();
  if (url) return url;
  return switch_ !== undefined ? join(reportsRoot, 'history.sqlite') : null;
}

/** The store the history command reads: --store, else PERFORMANCE_HISTORY_URL, else the default file. */
export function commandLocation(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return (
    flag?.trim() ||
    env.PERFORMANCE_HISTORY_URL?.trim() ||
    join(env.PERFORMANCE_REPORTS_DIR || 'reports', 'history.sqlite')
  );
}

export function openHistoryStore(location: string): Promise<HistoryStore> {
  if (/^postgres(ql)?:\/\//i.test(location)) return openPostgresStore(location);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location))
    return Promise.reject(
      new HistoryStoreError(
        `${location.replace(/\/\/[^@/]*@/, '//')}: a history store is postgres://... or a SQLite file`,
      ),
    );
  return Promise.resolve().then(() => openSqliteStore(location.replace(/^sqlite:/i, '')));
}
