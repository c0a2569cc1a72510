// What a run starts around k6: the demo platform (when no target is given), the sidecar, and the
// web dashboard's proxy. Each one, as soon as it is up, adds its stop to `started.cleanups`, which
// the runner calls in reverse order whatever happens.
import { join } from 'node:path';
import type { SourceOptions } from '../../sidecar/options.ts';
import { startSidecar } from '../../sidecar/process.ts';
import { freeLoopbackPort, startDashboardProxy } from '../dashboard/dashboard-proxy.ts';
import { demoDatasetEnv } from './demo-dataset.ts';
import { type DemoPlatform, startDemoPlatform } from './demo-process.ts';
import { demoPoolFor } from './user-pool.ts';

export interface ServiceOptions {
  entry: string;
  env?: Record<string, string>;
  baseUrl?: string;
  demoFaults?: string;
  /** What the sidecar samples: the started demo platform by default, or a given process/cgroup/endpoint; false for none. */
  sidecar?: SourceOptions | false;
  dashboardPort?: number;
}

/** What is up so far, also when starting the rest fails. */
export interface Started {
  cleanups: (() => Promise<unknown>)[];
  platform?: DemoPlatform;
}

export interface Services {
  baseUrl: string;
  /** The demo platform's user pool, which k6 logs in with too. */
  demoUsers: string | undefined;
  /** The demo platform made the kept dataset at start (setup checks a sample of it). */
  datasetMadeByPlatform: boolean;
  sidecarUrl: string | undefined;
  /** Where k6's own dashboard listens, behind the proxy people open. */
  dashboardUpstreamPort: number | undefined;
}

/**
 * k6's dashboard listens on a private loopback port; people open the proxy, which lets go of open
 * tabs when the test ends so k6 never waits for a browser (see dashboard-proxy.ts). Returns the
 * private port, or undefined when the proxy cannot listen: the run goes on without it, as k6 does
 * with its own busy default port.
 */
async function startDashboard(
  port: number,
  runDir: string | undefined,
  cleanups: (() => Promise<unknown>)[],
): Promise<number | undefined> {
  const upstreamPort = await freeLoopbackPort();
  try {
    const proxy = await startDashboardProxy({
      host: '127.0.0.1',
      port,
      upstreamPort,
      onReleased: (streams) =>
        process.stderr.write(
          `course-perf: the test has ended; closed ${streams} open web dashboard connection${streams === 1 ? '' : 's'} so k6 writes its reports and exits without waiting for the browser${runDir ? ` (the dashboard is kept as ${join(runDir, 'dashboard.html')})` : ''}\n`,
        ),
    });
    cleanups.push(() => proxy.close());
    process.stderr.write(`course-perf: k6 web dashboard on ${proxy.url}\n`);
    return upstreamPort;
  } catch (error) {
    process.stderr.write(
      `course-perf: the web dashboard cannot listen on 127.0.0.1:${port} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): running without it\n`,
    );
    return undefined;
  }
}

export async function startServices(
  k6: string,
  options: ServiceOptions,
  runDir: string | undefined,
  started: Started,
): Promise<Services> {
  const { cleanups } = started;
  let baseUrl = options.baseUrl;
  let demoUsers: string | undefined;
  let datasetMadeByPlatform = false;
  let platform: DemoPlatform | undefined;
  if (!baseUrl) {
    const env = { ...process.env, ...options.env };
    demoUsers = demoPoolFor(k6, options.entry, env);
    const dataset = demoDatasetEnv(options.entry, env);
    datasetMadeByPlatform = dataset.DEMO_DATASET_COURSES !== undefined;
    const demo = await startDemoPlatform({
      faults: options.demoFaults,
      env: { ...(demoUsers ? { DEMO_USERS: demoUsers } : {}), ...dataset },
    });
    platform = demo;
    started.platform = demo;
    cleanups.push(() => demo.stop());
    baseUrl = demo.url;
  }
  let sidecarUrl: string | undefined;
  const sidecarTarget =
    options.sidecar === undefined ? (platform ? { pid: platform.pid } : undefined) : options.sidecar || undefined;
  if (sidecarTarget) {
    const sidecar = await startSidecar({ ...sidecarTarget, ...(runDir ? { reportsDir: runDir } : {}) });
    cleanups.push(() => sidecar.stop());
    sidecarUrl = sidecar.url;
  }
  const dashboardUpstreamPort =
    options.dashboardPort === undefined ? undefined : await startDashboard(options.dashboardPort, runDir, cleanups);
  return { baseUrl, demoUsers, datasetMadeByPlatform, sidecarUrl, dashboardUpstreamPort };
}
