// Runs one workflow iteration and records its outcome. A workflow that throws (a script bug, a
// body shape nobody expected) is a failed iteration that counts against the thresholds instead
// of an exception k6 only logs.
import { workflowErrors, workflowSuccess } from '../metrics/metrics.ts';
import type { Context, Workflow } from './workflows.ts';

const MAX_LOGGED_ERRORS = 5;
let loggedErrors = 0;

const tagsByName: Record<string, { workflow: string }> = {};

export function runWorkflow(name: string, workflow: Workflow, ctx: Context): void {
  let tags = tagsByName[name];
  if (tags === undefined) {
    tags = { workflow: name }; // made once per workflow, not per iteration
    tagsByName[name] = tags;
  }
  try {
    workflowSuccess.add(workflow(ctx), tags);
  } catch (error) {
    workflowSuccess.add(false, tags);
    workflowErrors.add(1, tags);
    if (loggedErrors++ < MAX_LOGGED_ERRORS) {
      console.error(
        `workflow "${name}" threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
}
