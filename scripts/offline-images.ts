// npm run offline-images: makes sure the two base images docker-compose.yml needs exist in the local
// Docker image store — node:20-bookworm-slim (Dockerfile) and grafana/k6:2.2.0 (the k6 service).
// An image already present is left alone; an absent one is pulled. Only when the pull fails (no
// registry reachable, as on the machines this suite is tested on) is an OFFLINE STAND-IN built
// under the same name:
//   node:20-bookworm-slim  a Debian bookworm root file system from `debootstrap --variant=minbase`
//                          (Debian mirror) plus the Node 20 binary, npm and headers this machine runs,
//                          and this machine's CA certificates for Node (NODE_EXTRA_CA_CERTS), so npm in
//                          an image build trusts the same registry certificates the host's npm does;
//   grafana/k6:2.2.0       that root file system plus the k6 v2.2.0 binary `npm install` built.
// Stand-ins carry the label course-perf.offline-stand-in=true. They are not the real images: on a
// machine that reaches Docker Hub the real ones are pulled and used. Idempotent; exits 0 when both
// images exist, 1 (with the reason) when one could not be made.
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cachedK6Path, k6Version, PINNED_K6_VERSION } from '../runner/k6/k6-binary.ts';

export const NODE_IMAGE = 'node:20-bookworm-slim';
export const K6_IMAGE = `grafana/k6:${PINNED_K6_VERSION.slice(1)}`;
export const STAND_IN_LABEL = 'course-perf.offline-stand-in';
const MINBASE_IMAGE = 'course-perf-offline/bookworm-minbase:local';
const DEBIAN_MIRROR = process.env.DEBIAN_MIRROR ?? 'http://deb.debian.org/debian';

class Refusal extends Error {}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

function must(command: string, args: string[], what: string, options: SpawnSyncOptions = {}): void {
  const result = run(command, args, options);
  if (!result.ok)
    throw new Refusal(
      `${what} failed (${command} ${args.slice(0, 3).join(' ')} ...):\n${result.output.trim().split('\n').slice(-15).join('\n')}`,
    );
}

const imageExists = (name: string) => run('docker', ['image', 'inspect', '--format', '{{.Id}}', name]).ok;

/** The Debian minbase root file system as an image of its own, made once; both stand-ins start from it. */
function minbaseImage(): string {
  if (imageExists(MINBASE_IMAGE)) return MINBASE_IMAGE;
  if (process.getuid?.() !== 0)
    throw new Refusal('building the stand-ins needs root (debootstrap makes device files and chowns)');
  if (run('sh', ['-c', 'command -v debootstrap']).ok === false)
    throw new Refusal('debootstrap is not installed (Debian package debootstrap)');
  const work = mkdtempSync(join(tmpdir(), 'course-perf-rootfs-'));
  try {
    const root = join(work, 'rootfs');
    console.log(`offline-images: debootstrap --variant=minbase bookworm from ${DEBIAN_MIRROR} (about a minute)...`);
    must('debootstrap', ['--variant=minbase', 'bookworm', root, DEBIAN_MIRROR], 'debootstrap');
    rmSync(join(root, 'var/cache/apt/archives'), { recursive: true, force: true });
    mkdirSync(join(root, 'var/cache/apt/archives/partial'), { recursive: true });
    must(
      'sh',
      [
        '-c',
        `tar -C '${root}' -c . | docker import --change 'CMD ["bash"]' --message 'debootstrap --variant=minbase bookworm (course-perf offline stand-in base)' - ${MINBASE_IMAGE}`,
      ],
      'docker import of the root file system',
    );
    return MINBASE_IMAGE;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Builds `tag` from a Dockerfile and the files given, in a throw-away context folder. */
function buildImage(tag: string, dockerfile: string, files: Record<string, string>): void {
  const context = mkdtempSync(join(tmpdir(), 'course-perf-image-'));
  try {
    for (const [target, source] of Object.entries(files)) {
      mkdirSync(dirname(join(context, target)), { recursive: true });
      cpSync(source, join(context, target), { recursive: true, dereference: true });
    }
    writeFileSync(join(context, 'Dockerfile'), dockerfile);
    must('docker', ['build', '--quiet', '-t', tag, context], `docker build of ${tag}`);
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

/** node:20-bookworm-slim: the layout of the official image (node, npm, headers under /usr/local; user node, uid 1000). */
function nodeStandIn(): void {
  const major = process.versions.node.split('.')[0];
  if (major !== '20')
    throw new Refusal(
      `a ${NODE_IMAGE} stand-in needs the Node 20 binary, and this machine runs Node ${process.versions.node}`,
    );
  const prefix = dirname(dirname(realpathSync(process.execPath)));
  const npmDir = [join(prefix, 'lib/node_modules/npm'), '/usr/lib/node_modules/npm', '/usr/share/nodejs/npm'].find(
    (d) => existsSync(join(d, 'bin/npm-cli.js')),
  );
  const headers = [join(prefix, 'include/node'), '/usr/include/node'].find((d) => existsSync(join(d, 'node.h')));
  if (!npmDir)
    throw new Refusal("npm was not found next to this Node binary: the stand-in needs it for the Dockerfile's npm ci");
  if (!headers)
    throw new Refusal(
      "Node's C headers (include/node/node.h) were not found: the stand-in needs them to build better-sqlite3",
    );
  const caFile = process.env.NODE_EXTRA_CA_CERTS ?? '/etc/ssl/certs/ca-certificates.crt';
  if (!existsSync(caFile))
    throw new Refusal(`no CA certificates at ${caFile}: npm inside the stand-in would trust no registry`);
  buildImage(
    NODE_IMAGE,
    [
      `FROM ${minbaseImage()}`,
      'COPY node /usr/local/bin/node',
      'COPY npm /usr/local/lib/node_modules/npm',
      'COPY include /usr/local/include/node',
      // Its own file, which update-ca-certificates never rewrites should a build install ca-certificates.
      'COPY host-ca.crt /usr/local/share/course-perf/host-ca.crt',
      'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/course-perf/host-ca.crt',
      'RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\',
      ' && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\',
      ' && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \\',
      ' && node --version',
      `ENV NODE_VERSION=${process.versions.node}`,
      `LABEL ${STAND_IN_LABEL}=true`,
      'CMD ["node"]',
      '',
    ].join('\n'),
    { node: process.execPath, npm: npmDir, include: headers, 'host-ca.crt': caFile },
  );
}

/** grafana/k6:2.2.0: k6 on PATH as the entrypoint, user k6 (uid 12345), as in the official image. */
function k6StandIn(): void {
  const binary = cachedK6Path();
  const version = existsSync(binary) ? k6Version(binary) : undefined;
  if (`v${version}` !== PINNED_K6_VERSION)
    throw new Refusal(
      `a ${K6_IMAGE} stand-in needs k6 ${PINNED_K6_VERSION} at ${binary} (npm install builds it); found ${version ?? 'none'}`,
    );
  buildImage(
    K6_IMAGE,
    [
      `FROM ${minbaseImage()}`,
      'COPY k6 /usr/bin/k6',
      'RUN useradd --uid 12345 --user-group --create-home --home-dir /home/k6 k6 && k6 version',
      'USER k6',
      'WORKDIR /home/k6',
      `LABEL ${STAND_IN_LABEL}=true`,
      'ENTRYPOINT ["k6"]',
      '',
    ].join('\n'),
    { k6: binary },
  );
}

function ensure(name: string, makeStandIn: () => void): string {
  if (imageExists(name)) return `${name}: present, left as it is`;
  const pull = run('docker', ['pull', '--quiet', name]);
  if (pull.ok) return `${name}: pulled`;
  console.log(
    `offline-images: ${name} cannot be pulled (${pull.output.trim().split('\n').pop()}); building an offline stand-in`,
  );
  const started = Date.now();
  makeStandIn();
  return `${name}: OFFLINE STAND-IN built in ${Math.round((Date.now() - started) / 1000)} s (label ${STAND_IN_LABEL}=true)`;
}

try {
  const info = run('docker', ['info', '--format', '{{.ServerVersion}}']);
  if (!info.ok) throw new Refusal(`no Docker engine answers (docker info): ${info.output.trim().split('\n').pop()}`);
  for (const line of [ensure(NODE_IMAGE, nodeStandIn), ensure(K6_IMAGE, k6StandIn)])
    console.log(`offline-images: ${line}`);
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`offline-images: ${error.message}`);
  process.exit(1);
}
