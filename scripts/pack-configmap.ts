// npm run pack-configmap [-- --entries load,smoke --name course-perf-scripts --out deploy/k6-operator/configmap.yaml]
// Packs dist/<entry>.js files (default load and smoke: all nine with their source maps exceed the
// 1 MiB a ConfigMap may hold) into one Kubernetes ConfigMap for k6-operator's TestRun (script.configMap).
// Apply it with: kubectl apply -f deploy/k6-operator/configmap.yaml
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { buildIfStale, ROOT } from '../runner/k6/build-if-stale.ts';

const CONFIGMAP_LIMIT = 1024 * 1024; // Kubernetes stores objects in etcd, which caps them at about 1 MiB

export function configMapFor(name: string, scripts: Record<string, string>): string {
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 253)
    throw new Error(`--name ${JSON.stringify(name)}: not a valid Kubernetes object name`);
  const manifest = stringify(
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, labels: { 'app.kubernetes.io/part-of': 'course-perf' } },
      data: scripts,
    },
    { lineWidth: 0 },
  );
  if (Buffer.byteLength(manifest) > CONFIGMAP_LIMIT)
    throw new Error(
      `the ConfigMap would be ${Buffer.byteLength(manifest)} bytes, over Kubernetes' 1 MiB: pack fewer entries`,
    );
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    strict: true,
    options: {
      name: { type: 'string', default: 'course-perf-scripts' },
      out: { type: 'string', default: join(ROOT, 'deploy', 'k6-operator', 'configmap.yaml') },
      entries: { type: 'string', default: 'load,smoke' },
    },
  });
  buildIfStale();
  const wanted = values.entries.split(',').map((e) => `${e.trim()}.js`);
  const available = readdirSync(join(ROOT, 'dist'));
  const missing = wanted.filter((f) => !available.includes(f));
  if (missing.length > 0) {
    console.error(`pack-configmap: --entries: no ${missing.map((f) => `dist/${f}`).join(', ')}`);
    process.exit(2);
  }
  const files = wanted;
  const scripts = Object.fromEntries(files.sort().map((f) => [f, readFileSync(join(ROOT, 'dist', f), 'utf8')]));
  try {
    const manifest = configMapFor(values.name, scripts);
    writeFileSync(`${values.out}.tmp`, manifest);
    renameSync(`${values.out}.tmp`, values.out);
    console.log(`wrote ${values.out}: ConfigMap ${values.name} with ${files.join(', ')}`);
  } catch (error) {
    console.error(`pack-configmap: ${(error as Error).message}`);
    process.exit(2);
  }
}
