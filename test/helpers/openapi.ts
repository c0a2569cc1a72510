// Validates responses against the committed OpenAPI document (demo-platform/openapi.json).

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROOT } from '../../runner/k6/build-if-stale.ts';

const doc = JSON.parse(readFileSync(`${ROOT}/demo-platform/openapi.json`, 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components }, 'openapi');

/** What this check reads of an OpenAPI operation. */
interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const operations = new Map<string, Operation>();
for (const methods of Object.values<Record<string, Operation>>(doc.paths)) {
  for (const operation of Object.values(methods)) operations.set(operation.operationId, operation);
}

const rewriteRefs = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));

/** Throws unless `body` with `status` is what the document promises for the operation. */
export function assertMatchesContract(
  operationId: string,
  status: number,
  body: unknown,
  contentType = 'application/json',
): void {
  const operation = operations.get(operationId);
  if (!operation) throw new Error(`no operation ${operationId} in openapi.json`);
  const response = operation.responses[String(status)];
  if (!response)
    throw new Error(
      `${operationId}: status ${status} is not in the contract (${Object.keys(operation.responses).join(', ')})`,
    );
  const media = response.content?.[contentType.split(';')[0]!.trim()];
  if (!response.content) return;
  if (!media) throw new Error(`${operationId} ${status}: content type ${contentType} is not in the contract`);
  const validate = ajv.compile(rewriteRefs(media.schema) as object);
  if (!validate(body))
    throw new Error(
      `${operationId} ${status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
    );
}
