// npm run load [-- flags]: the main job, the load entry against BASE_URL or against the demo
// platform started for the run. It is `npm run perf -- --suite load`: the same flags (--sidecar-*,
// --duration, --dashboard, ...), the same reports and exit codes; an unknown flag exits 2 naming it.
import { main } from './perf.ts';

const argv = process.argv.slice(2);
const suite = argv.find((arg) => arg === '--suite' || arg.startsWith('--suite='));
if (suite) {
  console.error(
    `course-perf: ${suite}: npm run load runs the load entry; for other entries use npm run perf -- --suite NAMES`,
  );
  process.exitCode = 2;
} else {
  process.exitCode = await main(['--suite', 'load', ...argv], 'npm run load');
}
