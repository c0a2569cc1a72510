import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
const bare = readFileSync('bench/bare.js', 'utf8');
for (const mod of process.argv.slice(2)) {
  const r = await build({ stdin: { contents: `import * as m from './${mod}'; globalThis.__keep = m;\n${bare}`, resolveDir: '.', loader: 'js' }, bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', external: ['k6', 'k6/*'], write: false });
  writeFileSync(`scratch/b-${mod.replace(/\W/g, '_')}.js`, r.outputFiles[0].text);
}
