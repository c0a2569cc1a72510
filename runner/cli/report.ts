// npm run report -- <run folder>: renders the run's reports anew from its results.json (summary.md,
// junit.xml and report.html, through the finishing step) and prints report.html's path.
import { finishRun } from '../finish/finish-run.ts';

const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  console.error('usage: npm run report -- <run folder containing results.json>');
  process.exit(2);
}
try {
  console.log((await finishRun(dir)).reportFile);
} catch (error) {
  console.error(`report: ${(error as Error).message}`);
  process.exit(2);
}
