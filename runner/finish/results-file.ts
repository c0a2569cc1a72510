// Reading a run folder's results.json: present, JSON, and of the schema version this code knows.
import { existsSync, readFileSync } from 'node:fs';
import { RESULTS_SCHEMA_VERSION, type Results } from '../../lib/report/results.ts';

export function readResults(file: string): Results {
  if (!existsSync(file)) throw new Error(`${file} is missing: k6 wrote no summary (did it start?)`);
  let parsed: Results;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed?.schema_version !== RESULTS_SCHEMA_VERSION || !Array.isArray(parsed.thresholds) || !parsed.run) {
    throw new Error(
      `${file} is not a course-perf results.json of schema version ${RESULTS_SCHEMA_VERSION} (found ${JSON.stringify(parsed?.schema_version)})`,
    );
  }
  return parsed;
}
