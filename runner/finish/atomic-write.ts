// Every file of a run folder is written whole or not at all: a reader (CI, a browser, compare, a
// second run of the finishing step) never sees half a results.json, even when the writer dies.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes `text` to a temporary file beside `file`, then renames it over `file` (atomic on one file system). */
export function writeFileAtomic(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(3).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** results.json as every writer formats it. */
export const resultsJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
