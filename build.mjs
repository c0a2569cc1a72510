// Bundles every scenarios/*.ts into dist/<name>.js for plain `k6 run`.
// - k6 modules and remote https:// imports stay external: k6 provides them at run time.
// - npm packages are bundled: k6 cannot resolve node_modules.
// - target es2022: k6 v2's runtime (Sobek) parses ES2022 (class fields, static blocks, ??=) but
//   not later syntax such as the RegExp `v` flag, so esbuild lowers anything newer.
// - inline source maps: a k6 stack trace points at the .ts line. Paths in them are relative, and
//   entries are sorted, so the output is the same on every machine (dist/ is committed). Positions
//   only, no sourcesContent: k6 needs the mappings, not the sources, and with the sources (twice:
//   load side and control side, below) a bundle was ~600 KB and two overflowed a k6-operator
//   ConfigMap's 1 MiB.
//
// Load VUs evaluate only load-VU code. k6 evaluates the script in every VU, each its own runtime,
// and a runtime builds a function object for every top-level function of the bundle, called or not.
// What only k6's VU 0 runs (options, setup, teardown, handleSummary: config checks, gates, dataset
// seeding, report formatters) is therefore built twice:
// 1. the whole entry as a CommonJS bundle (the "control side"), its k6 imports read from a table the
//    entry fills in, so it needs nothing at top level;
// 2. the entry as k6 runs it: every other export of the entry, tree-shaken (entries mark the calls
//    that build `options` and `handleSummary` with /* @__PURE__ */, so what only they reach is
//    dropped), plus the control side `require`d
//    inside a function called in VU 0 only. esbuild wraps a required CommonJS module in a function
//    (`__commonJS`), so a load VU holds one function object for the whole control side, and it
//    composes the control bundle's source map into the entry's: stack traces still point at .ts.
// 3. in the load side, lib/config/env.ts is swapped for lib/config/env-load-side.ts: load VUs read
//    the configuration VU 0 parsed and checked (shared through a k6 SharedArray), so the parser is
//    built in VU 0 only. The entry's glue is imported first, so the hook VU 0 uses for that is set
//    before any lib/ module runs.
// 4. the load side is built twice: the first pass says which names each entry imports from which k6
//    module; the second imports each of them once (esbuild would import `sleep` once per importing
//    module, and k6 builds every import's binding in every VU). The control side gets its k6 modules
//    from k6's `require` in VU 0, not from imports every VU would evaluate.
// 5. the load side's code is then put in one function's scope, its k6 imports and exports left at
//    module level (inFunctionScope, below).
// bench/ measured this against the one-bundle build (README, "Performance of the suite itself").

import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('.', import.meta.url).pathname;
const scenarioDir = join(root, 'scenarios');
const distDir = join(root, 'dist');
const entryPoints = readdirSync(scenarioDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  .sort()
  .map((name) => join(scenarioDir, name));

/** The exports only k6's VU 0 uses; everything else an entry exports is a scenario's exec function. */
const CONTROL_EXPORTS = ['options', 'setup', 'teardown', 'handleSummary'];
/** Where the control side finds k6's modules (a global: the CommonJS bundle has no imports of its own). */
const K6_TABLE = '__coursePerfK6';
/** Set by each entry's glue; must match CONTROL_HOOK in lib/config/shared-config.ts. */
const CONTROL_HOOK = '__coursePerfControl';
const ENV_MODULE = join(root, 'lib', 'config', 'env.ts');
const ENV_LOAD_SIDE = join(root, 'lib', 'config', 'env-load-side.ts');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'neutral',
  target: 'es2022',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
};

/** Every k6 import of the control side reads the module the entry put in the table. */
const k6FromTable = {
  name: 'k6-from-table',
  setup(b) {
    b.onResolve({ filter: /^k6(\/|$)/ }, (args) => ({ path: args.path, namespace: 'k6-table' }));
    b.onLoad({ filter: /.*/, namespace: 'k6-table' }, (args) => ({
      // Getters, not a copy (nor Object.keys, which reads each): k6/execution's may only be read after init.
      // The package is "type": "module", so esbuild imports this CommonJS stand-in in Node's way: a default
      // import (`import secrets from 'k6/secrets'`) gets module.exports itself. So module.exports carries
      // the named exports and, beside them, the default export's members (methods bound to it): k6's
      // namespaces do not list their default, and k6/secrets has nothing else (its `get` was undefined in
      // VU 0, and passwords from a secret source were lost).
      contents: [
        `const { ns, defaultExport } = globalThis.${K6_TABLE}[${JSON.stringify(args.path)}];`,
        'module.exports = { __esModule: true };',
        'for (const key of Reflect.ownKeys(ns)) if (typeof key === "string")',
        '  Object.defineProperty(module.exports, key, { get: () => ns[key], enumerable: true });',
        'const member = (key) => () => {',
        '  const value = defaultExport[key];',
        '  return typeof value === "function" ? value.bind(defaultExport) : value;',
        '};',
        'if (defaultExport !== null && typeof defaultExport === "object")',
        '  for (const key of Reflect.ownKeys(defaultExport))',
        '    if (typeof key === "string" && !(key in module.exports))',
        '      Object.defineProperty(module.exports, key, { get: member(key), enumerable: true });',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/** The control side of every entry: CommonJS, with its inline source map; and the k6 modules it uses. */
async function controlSides() {
  const result = await build({
    ...common,
    entryPoints,
    outdir: distDir,
    outExtension: { '.js': '.control.cjs' },
    format: 'cjs',
    external: ['https://*'],
    plugins: [k6FromTable],
    sourcemap: 'inline',
    sourcesContent: false,
    write: false,
    metafile: true,
  });
  const sides = {};
  for (const file of result.outputFiles) sides[file.path] = file.text;
  const k6Modules = {};
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    const name = basename(output.entryPoint, '.ts');
    k6Modules[name] = Object.keys(output.inputs)
      .filter((input) => input.startsWith('k6-table:'))
      .map((input) => input.slice('k6-table:'.length))
      .sort();
    if (!sides[join(root, path)]) throw new Error(`no control side written for ${path}`);
  }
  return { sides, k6Modules };
}

/** The names each entry exports, from a plain ESM build. */
async function entryExports() {
  const result = await build({
    ...common,
    entryPoints,
    outdir: distDir,
    format: 'esm',
    external: ['k6', 'k6/*', 'https://*'],
    write: false,
    metafile: true,
  });
  const exports = {};
  for (const output of Object.values(result.metafile.outputs))
    exports[basename(output.entryPoint, '.ts')] = output.exports;
  return exports;
}

/**
 * The glue every entry imports first, so it runs before any lib/ module: control() evaluates the
 * control side (in VU 0 only), and the hook lib/config/env-load-side.ts calls to have it parse __ENV.
 * The control side's k6 modules come from k6's own `require` (an init-context global), called in
 * VU 0 only: static `import * as` of them would build every export's wrapper and a namespace object
 * in every VU (~25 MB at 1,000 VUs, measured with k6's heap profile).
 */
function glueSource(name, k6Modules) {
  const lines = [
    'let controlSide;',
    '/** The control side, evaluated on first use: in VU 0 only, at init (k6 allows opening files there). */',
    'export function control() {',
    '  if (controlSide === undefined) {',
    '    const k6Require = globalThis.require;',
    `    globalThis.${K6_TABLE} = {};`,
    `    for (const name of ${JSON.stringify(k6Modules)}) {`,
    '      const module = k6Require(name);',
    `      globalThis.${K6_TABLE}[name] = { ns: module, defaultExport: module.default ?? module };`,
    '    }',
    `    controlSide = require(${JSON.stringify(`./dist/${name}.control.cjs`)});`,
    '  }',
    '  return controlSide;',
    '}',
    `globalThis.${CONTROL_HOOK} = control;`,
  ];
  return lines.join('\n');
}

/** The module k6 runs: the entry's exec functions, and its control exports read from the control side. */
function entrySource(name, exportNames) {
  const control = exportNames.filter((e) => CONTROL_EXPORTS.includes(e));
  const load = exportNames.filter((e) => !CONTROL_EXPORTS.includes(e));
  const lines = [`import { control } from ${JSON.stringify(`glue:${name}`)};`];
  lines.push(`export { ${load.join(', ')} } from ${JSON.stringify(`./scenarios/${name}.ts`)};`);
  for (const e of control) {
    if (e === 'options') lines.push('export const options = __VU === 0 ? control().options : undefined;');
    else lines.push(`export function ${e}(...args) { return control().${e}(...args); }`);
  }
  if (!control.includes('options')) lines.push('if (__VU === 0) control();');
  return lines.join('\n');
}

/** Serves each entry's source and its control side to esbuild from memory. */
function virtualFiles(sources, glues, sides) {
  return {
    name: 'virtual-files',
    setup(b) {
      // Load VUs read the configuration VU 0 parsed (lib/config/env-load-side.ts), not __ENV.
      b.onResolve({ filter: /\/env\.ts$/ }, (args) =>
        join(args.resolveDir, args.path) === ENV_MODULE ? { path: ENV_LOAD_SIDE } : undefined,
      );
      b.onResolve({ filter: /^glue:/ }, (args) => ({ path: args.path, namespace: 'glue' }));
      b.onLoad({ filter: /.*/, namespace: 'glue' }, (args) => ({
        contents: glues[args.path.slice('glue:'.length)],
        resolveDir: root,
        loader: 'js',
      }));
      b.onResolve({ filter: /\.control\.cjs$/ }, (args) => ({ path: join(root, args.path) }));
      b.onLoad({ filter: /\.control\.cjs$/ }, (args) => ({ contents: sides[args.path], loader: 'js' }));
      b.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path, namespace: 'entry' }));
      b.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => ({
        contents: sources[args.path.slice('entry:'.length)],
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

/**
 * The names a load-side bundle imports from each k6 module, and whether it imports the default.
 * esbuild keeps one import statement per importing lib/ module (`import { sleep as sleep3 } from
 * "k6"`), and every import statement builds its binding in every VU (~1 KB each at init, measured).
 */
function k6Imports(code) {
  const modules = {};
  for (const [, clause, module] of code.matchAll(/^import (.+) from "(k6(?:\/[^"]*)?)";$/gm)) {
    modules[module] ??= { names: new Set(), default: false };
    const entry = modules[module];
    if (clause.startsWith('* as')) throw new Error(`build.mjs: a namespace import of ${module} in the load side`);
    const named = /\{(.*)\}/.exec(clause);
    if (!clause.startsWith('{')) entry.default = true;
    for (const part of named ? named[1].split(',') : []) entry.names.add(part.trim().split(/\s+as\s+/)[0]);
  }
  return modules;
}

/** Every k6 import of the load side goes through one module per k6 module that imports each name once. */
function oneImportPerName(modules) {
  return {
    name: 'one-import-per-name',
    setup(b) {
      b.onResolve({ filter: /^k6(\/|$)/ }, (args) =>
        args.namespace === 'k6-once' ? { path: args.path, external: true } : { path: args.path, namespace: 'k6-once' },
      );
      b.onLoad({ filter: /.*/, namespace: 'k6-once' }, (args) => {
        const { names, default: withDefault } = modules[args.path] ?? { names: new Set(), default: false };
        const lines = [];
        if (names.size > 0) lines.push(`export { ${[...names].sort().join(', ')} } from ${JSON.stringify(args.path)};`);
        // Named after the module, so dist/ reads `k6_http.get(...)`.
        const local = args.path.replace(/\W/g, '_');
        if (withDefault) lines.push(`import ${local} from ${JSON.stringify(args.path)};`, `export default ${local};`);
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}

const MAP_PREFIX = '//# sourceMappingURL=data:application/json;base64,';

/**
 * The load side's code in one function's scope; only its k6 imports and its exports stay at module
 * level. Sobek keeps every top-level binding of a module as its own module binding, in every VU;
 * a function's locals cost less (dist/load.js: ~8 KB less live heap per VU at init, measured with
 * k6's heap profile). The imports move to a first line of their own and their lines are left
 * empty, so the source map only shifts by the two lines put first.
 */
function inFunctionScope(code, entry) {
  const lines = code.split('\n');
  const exportAt = lines.lastIndexOf('export {');
  const closeAt = lines.indexOf('};', exportAt);
  const mapAt = lines.findIndex((line) => line.startsWith(MAP_PREFIX));
  if (exportAt < 0 || closeAt < 0 || mapAt !== closeAt + 1)
    throw new Error(`build.mjs: dist/${entry}.js does not end in one export list and its source map`);
  const exported = lines
    .slice(exportAt + 1, closeAt)
    .map((line) => line.trim().replace(/,$/, '').split(' as '))
    .map(([local, name = local]) => ({ local, name }));
  const imports = [];
  const body = lines.slice(0, exportAt).map((line) => {
    if (!line.startsWith('import ')) return line;
    if (!/^import [^;]+ from "[^"]+";$/.test(line)) throw new Error(`build.mjs: dist/${entry}.js: cannot move ${line}`);
    imports.push(line);
    return '';
  });
  const map = JSON.parse(Buffer.from(lines[mapAt].slice(MAP_PREFIX.length), 'base64').toString());
  map.mappings = `;;${map.mappings}`;
  return [
    imports.join(' '),
    'const loadSide = (() => {',
    ...body,
    `return { ${exported.map(({ local, name }) => `${name}: ${local}`).join(', ')} };`,
    '})();',
    ...exported.map(({ name }) => `export const ${name} = loadSide.${name};`),
    MAP_PREFIX + Buffer.from(JSON.stringify(map)).toString('base64'),
    '',
  ].join('\n');
}

const started = performance.now();
const [{ sides, k6Modules }, exports] = await Promise.all([controlSides(), entryExports()]);
const sources = {};
const glues = {};
for (const name of Object.keys(exports)) {
  sources[name] = entrySource(name, exports[name]);
  glues[name] = glueSource(name, k6Modules[name]);
}
const loadSide = {
  ...common,
  outdir: distDir,
  format: 'esm',
  external: ['k6', 'k6/*', 'https://*'],
  sourcemap: 'inline',
  sourcesContent: false,
};
// First pass: what each entry imports from k6. Second pass: each entry again, its k6 imports read
// through one module per k6 module, so each name is imported once (see k6Imports).
const firstPass = await build({
  ...loadSide,
  entryPoints: Object.keys(sources).map((name) => ({ in: `entry:${name}`, out: name })),
  plugins: [virtualFiles(sources, glues, sides)],
  write: false,
});
await Promise.all(
  firstPass.outputFiles.map(async (file) => {
    const name = basename(file.path, '.js');
    const secondPass = await build({
      ...loadSide,
      entryPoints: [{ in: `entry:${name}`, out: name }],
      plugins: [oneImportPerName(k6Imports(file.text)), virtualFiles(sources, glues, sides)],
      write: false,
    });
    const [output] = secondPass.outputFiles;
    writeFileSync(output.path, inFunctionScope(output.text, name));
  }),
);
const ms = Math.round(performance.now() - started);
if (!process.argv.includes('--quiet')) console.log(`built ${entryPoints.length} entries into dist/ in ${ms} ms`);
