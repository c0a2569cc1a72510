import { build } from 'esbuild';
await build({ entryPoints: ['scenarios/load.ts'], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', external: ['k6', 'k6/*'], outfile: 'scratch/min-load.js', minify: true, sourcemap: 'inline' });
await build({ entryPoints: ['scenarios/load.ts'], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', external: ['k6', 'k6/*'], outfile: 'scratch/min-nomap-load.js', minify: true });
