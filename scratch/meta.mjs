import { build } from 'esbuild';
const r = await build({ entryPoints: ['scenarios/load.ts'], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', external: ['k6', 'k6/*'], write: false, metafile: true });
const out = Object.values(r.metafile.outputs)[0];
for (const [k, v] of Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) console.log(v.bytesInOutput, k);
