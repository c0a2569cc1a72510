// The mixed user population shared by load, ramp-up and soak: one k6 scenario and one exec
// function per user class. Entries re-export the exec functions, as k6 looks them up by name in
// the entry module.
import type { Config } from '../config/config.ts';
import { type Scenario, splitUsers } from '../load/shapes.ts';
import { withSecrets } from '../users/session.ts';
import type { RunData } from '../users/setup.ts';
import { runWorkflow } from './run-workflow.ts';
import { adminUser, powerUser, regularUser, type Workflow } from './workflows.ts';

/** Scenarios for the three classes, splitting `totalUsers` by `config.weights`, each in the given shape. */
export function populationScenarios(
  config: Config,
  totalUsers: number,
  shape: (exec: string, vus: number) => Scenario,
): Record<string, Scenario> {
  const users = splitUsers(totalUsers, config.weights);
  return {
    regular_users: shape('regularUsers', users.regular),
    power_users: shape('powerUsers', users.power),
    admin_users: shape('adminUsers', users.admin),
  };
}

/** The exec functions those scenarios name; `beforeEach` runs first in every iteration (e.g. setting the phase tag). */
export function populationExecs(config: Config, beforeEach: () => void = () => undefined) {
  const exec = (name: string, workflow: Workflow) =>
    withSecrets((data: RunData): void => {
      beforeEach();
      runWorkflow(name, workflow, { config, data });
    });
  return {
    regularUsers: exec('regular', regularUser),
    powerUsers: exec('power', powerUser),
    adminUsers: exec('admin', adminUser),
  };
}
