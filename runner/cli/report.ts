// npm run report -- <run folder>: (re)writes the run's HTML report.
import { writeHtmlReport } from '../report/html-report.ts';

const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  console.error('usage: npm run report -- <run folder containing results.json>');
  process.exit(2);
}
try {
  console.log(await writeHtmlReport(dir));
} catch (error) {
  console.error(`report: ${(error as Error).message}`);
  process.exit(2);
}
