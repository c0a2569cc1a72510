// npx tsx bench/history-fixture.ts <run folder>... > test/fixtures/history/healthy-load-runs.json: the
// series values of real runs (as the history keeps them), the noise the change-point benchmark and
// tests draw from. The committed fixture's runs and how they were made are said in its "made" field.
import { readRunResults } from '../runner/history/run-facts.ts';
import { seriesValues } from '../runner/history/series.ts';

const folders = process.argv.slice(2);
const runs = folders.map((folder) => {
  const results = readRunResults(folder);
  return { id: folder.split('/').filter(Boolean).at(-1), time: results.run.started_at, values: seriesValues(results) };
});
console.log(JSON.stringify({ made: process.env.FIXTURE_MADE ?? '', runs }, null, 1));
