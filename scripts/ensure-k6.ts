// `npm install` hook: makes sure a k6 >= 2.0 is available. Never fails the install: without k6
// and without Go it prints how to get k6 and exits 0.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cachedK6Path, findK6, K6_INSTALL_HELP, PINNED_K6_VERSION } from '../runner/k6/k6-binary.ts';

function hasGo(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// `go install go.k6.io/k6/v2@v2.2.0` asks the module proxy for the module's deprecation notice,
// which fails where only the proxy is reachable; building from a throw-away module that requires
// the pinned version fetches the same source from the proxy without that lookup.
function buildPinnedK6(target: string): boolean {
  const work = mkdtempSync(join(tmpdir(), 'course-perf-k6-'));
  try {
    writeFileSync(join(work, 'go.mod'), `module k6build\n\ngo 1.25.0\n\nrequire go.k6.io/k6/v2 ${PINNED_K6_VERSION}\n`);
    writeFileSync(join(work, 'tools.go'), '//go:build tools\n\npackage k6build\n\nimport _ "go.k6.io/k6/v2"\n');
    const env = { ...process.env, GOFLAGS: '-mod=mod' };
    const run = (args: string[]) => spawnSync('go', args, { cwd: work, env, stdio: 'inherit' }).status === 0;
    mkdirSync(dirname(target), { recursive: true });
    return run(['mod', 'tidy']) && run(['build', '-trimpath', '-o', target, 'go.k6.io/k6/v2']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const found = findK6();
if (found) {
  console.log(`course-perf: using k6 ${found.version} at ${found.path}`);
} else if (hasGo()) {
  const target = cachedK6Path();
  console.log(
    `course-perf: building k6 ${PINNED_K6_VERSION} with Go into ${target} (about 2-5 minutes, once per machine)...`,
  );
  const started = Date.now();
  if (buildPinnedK6(target)) {
    console.log(`course-perf: k6 ${PINNED_K6_VERSION} built in ${Math.round((Date.now() - started) / 1000)} s`);
  } else {
    console.log(`course-perf: building k6 failed (see the Go output above).\n${K6_INSTALL_HELP}`);
  }
} else {
  console.log(`course-perf: no Go toolchain to build k6 with.\n${K6_INSTALL_HELP}`);
}
