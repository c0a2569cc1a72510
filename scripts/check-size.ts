// Lists source files over 400 lines and functions over 80 lines (Biome has no such rule). A function
// may stay longer when the line just above it is a comment starting `// long:` that says why.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const SOURCES = /^(runner|scripts|lib|scenarios|thresholds|sidecar|demo-platform|bench|test)\/.*\.(ts|mjs|js|cjs)$/;

function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\n')
    .filter((path) => SOURCES.test(path) && !path.startsWith('dist/'));
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (parent && ts.isCallExpression(parent)) return `callback of ${parent.expression.getText(source).slice(0, 40)}`;
  return '(anonymous)';
}

// A describe() callback is a list of tests, not a function to hold in one's head: its tests count.
function isSuiteBody(node: ts.Node): boolean {
  const parent = node.parent;
  return parent !== undefined && ts.isCallExpression(parent) && /^describe\b/.test(parent.expression.getText());
}

function hasWaiver(node: ts.Node, source: ts.SourceFile): boolean {
  const lineStart = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const lines = source.text.split('\n');
  for (let line = lineStart - 1; line >= 0 && lines[line]?.trim().startsWith('//'); line -= 1) {
    if (lines[line]?.trim().startsWith('// long:')) return true;
  }
  return false;
}

function longFunctions(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && !isSuiteBody(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const statement = ts.findAncestor(node, (n) => ts.isVariableStatement(n)) ?? node;
      if (end - start + 1 > MAX_FUNCTION_LINES && !hasWaiver(statement, source)) {
        found.push(`${path}:${start + 1} ${functionName(node, source)} is ${end - start + 1} lines`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const problems: string[] = [];
for (const path of sourceFiles()) {
  const lines = readFileSync(path, 'utf8').split('\n').length;
  if (lines > MAX_FILE_LINES) problems.push(`${path} is ${lines} lines (at most ${MAX_FILE_LINES})`);
  problems.push(...longFunctions(path));
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`${problems.length} size problem(s): split them, or say why above the function with // long: …`);
  process.exit(1);
}
console.log(`sizes ok: no source file over ${MAX_FILE_LINES} lines, no function over ${MAX_FUNCTION_LINES}`);
