// npm run ui [-- --host 127.0.0.1 --port 8089 --reports-dir reports --idle-stop 300]: serves the
// interactive page (also `npm run perf -- --interactive`). Ctrl-C stops the run and everything
// it started, then the page.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startUiServer } from '../interactive/server.ts';
import { ROOT } from '../k6/build-if-stale.ts';

const HELP = `Usage: npm run ui -- [flags]

Serves a page to start, steer and stop a test run from a browser (like Locust's web UI).

  --host HOST          interface to listen on (default 127.0.0.1: this machine only)
  --port PORT          port (default 8089)
  --reports-dir DIR    where run folders go (default: reports)
  --idle-stop SECONDS  stop a run without a duration when no page has been open this long (default 300)
  -h, --help           this text`;

function readCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8089' },
      'reports-dir': { type: 'string', default: process.env.PERFORMANCE_REPORTS_DIR ?? join(ROOT, 'reports') },
      'idle-stop': { type: 'string', default: '300' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
}

export async function runUi(argv: string[]): Promise<number> {
  let values: ReturnType<typeof readCommandLine>;
  try {
    values = readCommandLine(argv);
    for (const [flag, max] of [
      ['port', 65535],
      ['idle-stop', 7 * 24 * 3600],
    ] as const) {
      if (!/^\d+$/.test(values[flag]) || Number(values[flag]) > max)
        throw new Error(`--${flag} ${JSON.stringify(values[flag])}: expected a whole number up to ${max}`);
    }
  } catch (error) {
    console.error(`course-perf: ${(error as Error).message}\nRun 'npm run ui -- --help' for the flags.`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const log = (line: string) => console.log(`course-perf ui: ${line}`);
  let server: Awaited<ReturnType<typeof startUiServer>>;
  try {
    server = await startUiServer({
      host: values.host,
      port: Number(values.port),
      reportsRoot: values['reports-dir'],
      idleStopS: Number(values['idle-stop']),
      log,
    });
  } catch (error) {
    console.error(`course-perf: cannot serve the page on ${values.host}:${values.port}: ${(error as Error).message}`);
    return 1;
  }
  log(`open ${server.url}`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  log('stopping: the run (if any), k6, the sidecar and the demo platform');
  await server.close();
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = await runUi(process.argv.slice(2));
