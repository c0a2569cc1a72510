// Bundles every scenarios/*.ts into dist/<name>.js for plain `k6 run`.
// - k6 modules and remote https:// imports stay external: k6 provides them at run time.
// - npm packages are bundled: k6 cannot resolve node_modules.
// - target es2022: k6 v2's runtime (Sobek) parses ES2022 (class fields, static blocks, ??=) but
//   not later syntax such as the RegExp `v` flag, so esbuild lowers anything newer.
// - inline source maps: a k6 stack trace points at the .ts line. Paths in them are relative, and
//   entries are sorted, so the output is the same on every machine (dist/ is committed).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('.', import.meta.url).pathname;
const scenarioDir = join(root, 'scenarios');
const entryPoints = readdirSync(scenarioDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  .sort()
  .map((name) => join(scenarioDir, name));

const started = performance.now();
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: join(root, 'dist'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  external: ['k6', 'k6/*', 'https://*'],
  sourcemap: 'inline',
  sourcesContent: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
});
const ms = Math.round(performance.now() - started);
if (!process.argv.includes('--quiet')) console.log(`built ${entryPoints.length} entries into dist/ in ${ms} ms`);
