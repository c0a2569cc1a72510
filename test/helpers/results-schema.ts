// results.json against its JSON schema (schemas/results.schema.json), compiled once per test file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(new URL('../../schemas/results.schema.json', import.meta.url), 'utf8')),
);

/** Fails naming every schema error; `what` says which results.json it was. */
export function assertValidResults(results: unknown, what = 'results.json'): void {
  assert.ok(validate(results), `${what}: ${ajv.errorsText(validate.errors)}`);
}
