// Fault injection for the demo platform, from one env var, so the suite's tests can prove they
// catch regressions. Off unless DEMO_FAULTS is set.
//
// Syntax: faults separated by ';', each `kind:key=value,key=value`. `route` takes an endpoint name
// (health, login, courses_list, course_create, course_get, course_update, course_delete,
// course_generate, job_get, chapter_get, course_export, admin_stats, admin_jobs, admin_users) or
// `*` for every route.
//   latency:route=R,ms=N           N ms extra before answering on R
//   errors:route=R,rate=F          answer 500 on a share F (0-1) of R's requests
//   hang:route=R                   accept R's requests and never answer
//   garbage:route=R,mode=M[,mb=N]  answer 200 with M = html (not JSON), shape (JSON of the wrong
//                                  shape) or huge (an N MB JSON body, default 20)
//   lostwrites:rate=F              a share F of course creations answer 201 but are never stored
//   leak:mb_per_s=N[,max_mb=M]     retain N MB more memory every second (up to M, default 4096)
//   cpu:share=F                    burn a share F (0-1) of one core in a worker thread
//   slowgen:factor=N               chapter generation N times slower
//   crash:after_s=N                the process exits (code 1) N seconds after start
//   freeze:ms=N,after_s=S[,every_s=P]  the whole process stops answering for N ms, S seconds after
//                                  start (and every P seconds from then on): its event loop is
//                                  blocked, as a long GC pause or a SIGSTOP would (connections are
//                                  still accepted by the kernel and answered after the freeze)
//   lock:route=R,ms=N              every request on R holds one global lock for N ms (a timer, no
//                                  CPU): contention, whose throughput on R cannot pass 1000/N per s
//   coherency:ms_per_inflight=C    every request holds the same global lock for C ms per request
//                                  in flight when it arrives: work that grows with concurrency,
//                                  so throughput falls past a peak
//   peruser:ms_per_user=N[,window_s=W]  every authenticated request waits N ms per distinct user
//                                  active in the last W s (default 10): per-user work that only a
//                                  real population of accounts reveals
// Example: DEMO_FAULTS="latency:route=course_get,ms=300;errors:route=courses_list,rate=0.2"

export const ROUTES = [
  'health',
  'login',
  'courses_list',
  'course_create',
  'course_get',
  'course_update',
  'course_delete',
  'course_generate',
  'job_get',
  'chapter_get',
  'course_export',
  'admin_stats',
  'admin_jobs',
  'admin_users',
] as const;
export type RouteName = (typeof ROUTES)[number];

export type GarbageMode = 'html' | 'shape' | 'huge';

export interface Faults {
  latencyMs: Map<RouteName | '*', number>;
  errorRate: Map<RouteName | '*', number>;
  hang: Set<RouteName | '*'>;
  garbage: Map<RouteName | '*', { mode: GarbageMode; mb: number }>;
  lostWriteRate: number;
  leak: { mbPerS: number; maxMb: number } | undefined;
  cpuShare: number;
  slowGenerationFactor: number;
  crashAfterS: number | undefined;
  freeze: { ms: number; afterS: number; everyS: number | undefined } | undefined;
  perUser: { msPerUser: number; windowS: number } | undefined;
  lockMs: Map<RouteName | '*', number>;
  coherencyMsPerInflight: number;
}

export class FaultSyntaxError extends Error {
  override name = 'FaultSyntaxError';
}

function noFaults(): Faults {
  return {
    latencyMs: new Map(),
    errorRate: new Map(),
    hang: new Set(),
    garbage: new Map(),
    lostWriteRate: 0,
    leak: undefined,
    cpuShare: 0,
    slowGenerationFactor: 1,
    crashAfterS: undefined,
    freeze: undefined,
    perUser: undefined,
    lockMs: new Map(),
    coherencyMsPerInflight: 0,
  };
}

const KINDS: Record<string, { required: string[]; optional?: string[] }> = {
  latency: { required: ['route', 'ms'] },
  errors: { required: ['route', 'rate'] },
  hang: { required: ['route'] },
  garbage: { required: ['route', 'mode'], optional: ['mb'] },
  lostwrites: { required: ['rate'] },
  leak: { required: ['mb_per_s'], optional: ['max_mb'] },
  cpu: { required: ['share'] },
  slowgen: { required: ['factor'] },
  crash: { required: ['after_s'] },
  freeze: { required: ['ms', 'after_s'], optional: ['every_s'] },
  peruser: { required: ['ms_per_user'], optional: ['window_s'] },
  lock: { required: ['route', 'ms'] },
  coherency: { required: ['ms_per_inflight'] },
};

function parseNumber(part: string, key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new FaultSyntaxError(`DEMO_FAULTS "${part}": ${key}=${value} must be a number from ${min} to ${max}`);
  }
  return n;
}

function parseRoute(part: string, value: string): RouteName | '*' {
  if (value === '*' || (ROUTES as readonly string[]).includes(value)) return value as RouteName | '*';
  throw new FaultSyntaxError(`DEMO_FAULTS "${part}": unknown route "${value}" (use * or one of ${ROUTES.join(', ')})`);
}

function parseFreeze(part: string, ms: string, afterS: string, everyS: string | undefined): Faults['freeze'] {
  const freeze = {
    ms: parseNumber(part, 'ms', ms, 1, 600_000),
    afterS: parseNumber(part, 'after_s', afterS, 0, 86_400),
    everyS: everyS === undefined ? undefined : parseNumber(part, 'every_s', everyS, 0.1, 86_400),
  };
  // A period no longer than the freeze would never let the process answer again.
  if (freeze.everyS !== undefined && freeze.everyS * 1000 <= freeze.ms) {
    throw new FaultSyntaxError(`DEMO_FAULTS "${part}": every_s=${everyS} must be longer than the freeze (ms=${ms})`);
  }
  return freeze;
}

/** The lock and coherency faults: one global lock held per request (demo-platform/global-lock.ts). */
function parseLockFault(kind: string, part: string, get: (key: string) => string, faults: Faults): void {
  if (kind === 'lock')
    faults.lockMs.set(parseRoute(part, get('route')), parseNumber(part, 'ms', get('ms'), 0.1, 60_000));
  else faults.coherencyMsPerInflight = parseNumber(part, 'ms_per_inflight', get('ms_per_inflight'), 0.01, 10_000);
}

/** Parses DEMO_FAULTS; throws FaultSyntaxError naming the part that is wrong. */
export function parseFaults(spec: string | undefined): Faults {
  const faults = noFaults();
  if (!spec || spec.trim() === '') return faults;
  for (const rawPart of spec.split(';')) {
    const part = rawPart.trim();
    if (part === '') continue;
    const colon = part.indexOf(':');
    const kind = colon === -1 ? part : part.slice(0, colon);
    const rule = KINDS[kind];
    if (!rule)
      throw new FaultSyntaxError(
        `DEMO_FAULTS "${part}": unknown fault "${kind}" (use ${Object.keys(KINDS).join(', ')})`,
      );
    const params = new Map<string, string>();
    for (const pair of colon === -1 ? [] : part.slice(colon + 1).split(',')) {
      const [key, value, ...rest] = pair.split('=').map((s) => s.trim());
      if (!key || value === undefined || rest.length > 0)
        throw new FaultSyntaxError(`DEMO_FAULTS "${part}": "${pair}" is not key=value`);
      if (![...rule.required, ...(rule.optional ?? [])].includes(key))
        throw new FaultSyntaxError(`DEMO_FAULTS "${part}": ${kind} takes no "${key}"`);
      params.set(key, value);
    }
    for (const key of rule.required) {
      if (!params.has(key)) throw new FaultSyntaxError(`DEMO_FAULTS "${part}": ${kind} needs ${key}=`);
    }
    const get = (key: string) => params.get(key)!;
    switch (kind) {
      case 'latency':
        faults.latencyMs.set(parseRoute(part, get('route')), parseNumber(part, 'ms', get('ms'), 0, 600_000));
        break;
      case 'errors':
        faults.errorRate.set(parseRoute(part, get('route')), parseNumber(part, 'rate', get('rate'), 0, 1));
        break;
      case 'hang':
        faults.hang.add(parseRoute(part, get('route')));
        break;
      case 'garbage': {
        const mode = get('mode');
        if (mode !== 'html' && mode !== 'shape' && mode !== 'huge')
          throw new FaultSyntaxError(`DEMO_FAULTS "${part}": mode must be html, shape or huge`);
        const mb = params.has('mb') ? parseNumber(part, 'mb', get('mb'), 1, 512) : 20;
        faults.garbage.set(parseRoute(part, get('route')), { mode, mb });
        break;
      }
      case 'lostwrites':
        faults.lostWriteRate = parseNumber(part, 'rate', get('rate'), 0, 1);
        break;
      case 'leak':
        faults.leak = {
          mbPerS: parseNumber(part, 'mb_per_s', get('mb_per_s'), 0.1, 1024),
          maxMb: params.has('max_mb') ? parseNumber(part, 'max_mb', get('max_mb'), 1, 65_536) : 4096,
        };
        break;
      case 'cpu':
        faults.cpuShare = parseNumber(part, 'share', get('share'), 0, 1);
        break;
      case 'slowgen':
        faults.slowGenerationFactor = parseNumber(part, 'factor', get('factor'), 1, 10_000);
        break;
      case 'crash':
        faults.crashAfterS = parseNumber(part, 'after_s', get('after_s'), 0, 86_400);
        break;
      case 'freeze':
        faults.freeze = parseFreeze(part, get('ms'), get('after_s'), params.get('every_s'));
        break;
      case 'lock':
      case 'coherency':
        parseLockFault(kind, part, get, faults);
        break;
      case 'peruser':
        faults.perUser = {
          msPerUser: parseNumber(part, 'ms_per_user', get('ms_per_user'), 0, 10_000),
          windowS: params.has('window_s') ? parseNumber(part, 'window_s', get('window_s'), 1, 3600) : 10,
        };
        break;
    }
  }
  return faults;
}

/** The route's value, or the `*` one. */
export function forRoute<T>(map: Map<RouteName | '*', T>, route: RouteName): T | undefined {
  return map.get(route) ?? map.get('*');
}

export function activeFaults(faults: Faults): string[] {
  const active: string[] = [];
  for (const [route, ms] of faults.latencyMs) active.push(`latency ${route} +${ms}ms`);
  for (const [route, rate] of faults.errorRate) active.push(`errors ${route} ${rate}`);
  for (const route of faults.hang) active.push(`hang ${route}`);
  for (const [route, g] of faults.garbage) active.push(`garbage ${route} ${g.mode}`);
  if (faults.lostWriteRate > 0) active.push(`lostwrites ${faults.lostWriteRate}`);
  if (faults.leak) active.push(`leak ${faults.leak.mbPerS} MB/s up to ${faults.leak.maxMb} MB`);
  if (faults.cpuShare > 0) active.push(`cpu ${faults.cpuShare} of a core`);
  if (faults.slowGenerationFactor !== 1) active.push(`slowgen x${faults.slowGenerationFactor}`);
  if (faults.crashAfterS !== undefined) active.push(`crash after ${faults.crashAfterS}s`);
  if (faults.freeze)
    active.push(
      `freeze ${faults.freeze.ms}ms after ${faults.freeze.afterS}s${faults.freeze.everyS === undefined ? '' : ` and every ${faults.freeze.everyS}s`}`,
    );
  if (faults.perUser)
    active.push(`peruser +${faults.perUser.msPerUser}ms per user active in ${faults.perUser.windowS}s`);
  for (const [route, ms] of faults.lockMs) active.push(`lock ${route} ${ms}ms`);
  if (faults.coherencyMsPerInflight > 0)
    active.push(`coherency ${faults.coherencyMsPerInflight}ms per request in flight`);
  return active;
}
