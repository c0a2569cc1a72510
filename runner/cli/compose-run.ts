// The `sidecar` service of docker-compose.yml: everything a one-shot compose run needs around k6.
//   1. waits until the platform answers /health (the sidecar shares its network namespace, so any
//      platform image works, with or without Node in it);
//   2. makes the run folder <reports>/<UTC time>-<entry>-<id>, writable by the k6 container's user,
//      and points <reports>/latest at it (k6 writes there);
//   3. starts the sidecar (sidecar/main.ts) on the platform's process tree, writing into the run
//      folder, and marks itself ready (the service's health check, which k6 waits for);
//   4. when compose stops it (k6 has exited): stops the sidecar, which writes server-resources.json,
//      finishes the run (runner/finish/finish-run.ts: outcome, resource scaling and its slope gates,
//      every report rendered from results.json), and gives the run folder to the owner of the
//      reports folder. k6 runs in a container of its own: its exit code is not seen here, so the
//      outcome follows its verdict, and a slope gate cannot change compose's exit code (k6's).
// Usage: node --import tsx runner/cli/compose-run.ts --entry load [--reports-root /reports]
//   [--health-url http://127.0.0.1:8000/health] [--wait-s 90] [--ready-file F] -- <sidecar flags>
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lchownSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { finishRun } from '../finish/finish-run.ts';
import { scalingConsoleText, scalingGates } from '../report/scaling-report.ts';
import { newRunDir } from '../run/run-dir.ts';

function fail(message: string, code = 1): never {
  process.stderr.write(`compose-run: ${message}\n`);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      strict: true,
      allowPositionals: true,
      options: {
        entry: { type: 'string' },
        'reports-root': { type: 'string', default: '/reports' },
        'health-url': { type: 'string', default: 'http://127.0.0.1:8000/health' },
        'wait-s': { type: 'string', default: '90' },
        'ready-file': { type: 'string', default: '/run/course-perf/ready' },
      },
    });
  } catch (error) {
    return fail((error as Error).message, 2);
  }
})();
if (!values.entry || !/^[a-z0-9-]+$/.test(values.entry))
  fail(`--entry ${JSON.stringify(values.entry)}: expected an entry name such as load`, 2);
if (!/^\d+$/.test(values['wait-s'])) fail(`--wait-s ${JSON.stringify(values['wait-s'])}: expected whole seconds`, 2);
try {
  scalingGates(process.env); // THRESHOLD_MEMORY_MB_PER_100_USERS, THRESHOLD_CPU_PERCENT_PER_100_RPS: checked before the run
} catch (error) {
  fail((error as Error).message, 2);
}
const reportsRoot = values['reports-root'];

async function platformHealthy(url: string, waitS: number): Promise<void> {
  const deadline = Date.now() + waitS * 1000;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (res.ok) return;
      last = `status ${res.status}`;
    } catch (error) {
      last = (error as Error).cause ? String((error as Error & { cause: unknown }).cause) : (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  fail(
    `the platform did not answer ${url} with 200 within ${waitS} s (last: ${last}); is PLATFORM_IMAGE serving the API on port 8000?`,
  );
}

/** The run folder, open to the k6 container's user (grafana/k6 runs as uid 12345), and <reports>/latest → it. */
function makeRunFolder(): string {
  const runDir = newRunDir(reportsRoot, values.entry!);
  chmodSync(runDir, 0o777);
  const link = join(reportsRoot, 'latest');
  const temp = `${link}.${process.pid}`;
  rmSync(temp, { force: true });
  symlinkSync(basename(runDir), temp);
  renameSync(temp, link); // atomic: k6 never sees a missing link
  return runDir;
}

/** The run folder's files belong to whoever owns the reports folder on the host, not to the containers' users. */
function handOver(runDir: string): void {
  const { uid, gid } = statSync(reportsRoot);
  chmodSync(runDir, 0o755);
  chownSync(runDir, uid, gid);
  for (const name of readdirSync(runDir)) chownSync(join(runDir, name), uid, gid);
  lchownSync(join(reportsRoot, 'latest'), uid, gid);
}

await platformHealthy(values['health-url'], Number(values['wait-s']));
const runDir = makeRunFolder();
console.log(`compose-run: platform healthy; reports go to ${runDir} (${reportsRoot}/latest)`);

const sidecar = spawn(
  process.execPath,
  ['--import', 'tsx', 'sidecar/main.ts', ...positionals, '--reports-dir', runDir],
  { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
);
let stopping = false;
sidecar.stdout!.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes('sidecar listening')) writeFileSync(values['ready-file'], `${runDir}\n`);
});
sidecar.on('exit', (code) => {
  if (!stopping) fail(`the sidecar exited by itself (code ${code}) before the run ended`, code || 1);
});

/** The finishing step, as the runner's: outcome (from k6's verdict), resource scaling and its gates, every report. */
async function finish(runDir: string): Promise<void> {
  const finished = await finishRun(runDir, {
    k6: 'unseen',
    meta: {
      scenario: values.entry!,
      profile: null,
      target: null,
      k6_version: null,
      git_commit: null,
      started_at: null,
      finished_at: new Date().toISOString(),
    },
    scalingEnv: process.env,
  });
  if (finished.scaling) console.log(`\n${scalingConsoleText(finished.scaling)}\n`);
  const { outcome, outcome_reason } = finished.results.run;
  console.log(`compose-run: ${outcome}${outcome_reason ? ` (${outcome_reason})` : ''}; wrote ${finished.reportFile}`);
}

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (sidecar.exitCode === null && sidecar.signalCode === null) {
    const exited = new Promise((resolve) => sidecar.once('exit', resolve));
    process.kill(-sidecar.pid!, 'SIGTERM');
    await exited;
  }
  try {
    await finish(runDir);
  } catch (error) {
    process.stderr.write(`compose-run: the reports could not be finished: ${(error as Error).message}\n`);
  }
  handOver(runDir);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
