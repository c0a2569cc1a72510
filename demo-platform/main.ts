// npm run demo: starts the demo platform on HOST:PORT (default 127.0.0.1:8000). PORT=0 picks a free
// port; the line "listening on http://..." on stdout says which. SIGTERM/SIGINT shut it down
// gracefully: in-flight requests finish, the database is closed.
import { openDatabase } from './db.ts';
import { startFaultEffects } from './fault-effects.ts';
import { activeFaults, FaultSyntaxError, parseFaults } from './faults.ts';
import { buildPlatform } from './server.ts';
import { readSettings, SettingsError } from './settings.ts';

function log(msg: string, extra: object = {}): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg, ...extra })}\n`);
}

// Everything is configured by environment (demo-platform/README.md); a flag would be silently ignored.
if (process.argv.length > 2) {
  process.stderr.write(
    `demo platform: takes no arguments (got ${process.argv.slice(2).join(' ')}); set HOST, PORT, DEMO_FAULTS and the rest in the environment, e.g. PORT=0 npm run demo\n`,
  );
  process.exit(2);
}

let settings: ReturnType<typeof readSettings>;
let faults: ReturnType<typeof parseFaults>;
try {
  settings = readSettings();
  faults = parseFaults(settings.faults);
} catch (error) {
  if (error instanceof SettingsError || error instanceof FaultSyntaxError) {
    process.stderr.write(`demo platform: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}

const active = activeFaults(faults);
if (active.length > 0) log('faults active (DEMO_FAULTS)', { faults: active });

const db = openDatabase(settings.dataDir);
const startedAt = Date.now();
const { app, pool, dataset } = buildPlatform(db, settings, faults);
if (settings.dataset.courses > 0)
  log('kept dataset made (DEMO_DATASET_COURSES)', { ...dataset, ms: Date.now() - startedAt });
const stopFaultEffects = startFaultEffects(faults, log);
const address = await app.listen({ host: settings.host, port: settings.port });
process.stdout.write(`course-perf demo platform listening on ${address}\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('shutting down', { signal });
  pool.stop();
  await stopFaultEffects();
  await app.close();
  db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
