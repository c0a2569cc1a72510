// k6's own view of a script under a run's environment: `k6 inspect --execution-requirements`
// (its options, scenarios and thresholds as k6 builds them, its longest duration and its VUs). It
// runs the script's init code (about 0.2 s, no requests). The answer is kept per script and
// environment, so the plan, the demo platform's user pool and the merge ask k6 once each.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './build-if-stale.ts';

type Threshold = string | { threshold: string };

/** The parts of k6's answer the runner reads. */
interface K6Inspection {
  scenarios?: Record<string, Record<string, unknown>>;
  thresholds?: Record<string, Threshold[]>;
  /** e.g. "1m46s": the scenarios' longest duration plus their graceful stops. */
  totalDuration?: string;
  maxVUs?: number;
  /** Where some k6 versions nest the thresholds. */
  options?: { thresholds?: Record<string, Threshold[]> };
}

export type Inspected = { ok: true; inspection: K6Inspection } | { ok: false; error: string };

const answers = new Map<string, Inspected>();

/**
 * k6's requirements of `script` (relative to `cwd`) under `env`: asked once per script, its
 * contents (by modification time and size) and environment. A refusal gives k6's own message.
 */
export function inspectScript(k6: string, script: string, env: NodeJS.ProcessEnv, cwd = ROOT): Inspected {
  const path = resolve(cwd, script);
  const key = JSON.stringify([k6, path, fileStamp(path), cwd, Object.entries(env).sort(byName)]);
  const known = answers.get(key);
  if (known) return known;
  const run = spawnSync(k6, ['inspect', '--execution-requirements', '--include-system-env-vars', script], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const answer = answerOf(run.status, run.stdout ?? '', run.stderr ?? '');
  // A k6 that could not be started or timed out may answer next time: only k6's own answers are kept.
  if (!run.error) answers.set(key, answer);
  return answer;
}

/** k6's requirements of the entry's bundle, dist/<entry>.js. */
export function inspectEntry(k6: string, entry: string, env: NodeJS.ProcessEnv): Inspected {
  return inspectScript(k6, `dist/${entry}.js`, env);
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

function fileStamp(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

function answerOf(status: number | null, stdout: string, stderr: string): Inspected {
  if (status !== 0) return { ok: false, error: refusalOf(stderr || stdout) ?? `k6 inspect exited ${status}` };
  try {
    return { ok: true, inspection: JSON.parse(stdout) as K6Inspection };
  } catch (error) {
    return { ok: false, error: `k6 inspect gave no readable requirements (${(error as Error).message})` };
  }
}

/**
 * k6's reason from its log, without the stack: `level=error msg="ConfigError: invalid X=\"0\": ...\n\tat ..."`
 * gives `ConfigError: invalid X="0": ...`. Another line that says what went wrong is given as it is.
 */
function refusalOf(log: string): string | undefined {
  const line = log.split('\n').find((text) => /error|refus|invalid/i.test(text));
  if (line === undefined) return undefined;
  const quoted = /msg="((?:[^"\\]|\\.)*)"/.exec(line);
  if (!quoted) return line.replace(/^.*msg=/, '').trim();
  const message = quoted[1]!.split('\\n')[0]!;
  return message.replace(/\\(.)/g, '$1').trim();
}
