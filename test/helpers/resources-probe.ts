// Bundles test/fixtures/sidecar/resources-probe.js (lib/metrics/resources.ts alone, plus an
// optional light load) into a k6 script in `dir`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleResourcesProbe(dir: string): Promise<string> {
  const bundled = await build({
    entryPoints: [new URL('../fixtures/sidecar/resources-probe.js', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: ['k6', 'k6/*'],
    write: false,
    logLevel: 'warning',
  });
  const script = join(dir, 'resources-probe.js');
  writeFileSync(script, bundled.outputFiles[0]!.text);
  return script;
}
