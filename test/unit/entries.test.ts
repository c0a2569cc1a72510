// The table of each entry's facts (lib/config/entries.ts): one row per scenarios/*.ts, the runner's
// lists and hints made from it, and fits to --max-duration that the entries' own parsers accept.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ConfigError, parseConfig } from '../../lib/config/config.ts';
import {
  breakpointEntry,
  ENTRIES,
  fitToDuration,
  lengthOf,
  rampUpEntry,
  SPIKE_SURGE_S,
  scalingLevelOf,
  selectableEntries,
  soakEntry,
  spikeEntry,
  suiteEntries,
} from '../../lib/config/entries.ts';

const config = parseConfig({});

describe('the entries table', () => {
  test('has one row per scenarios/*.ts, and the runner offers every entry but the interactive one', () => {
    const scenarios = readdirSync(new URL('../../scenarios/', import.meta.url))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => name.replace(/\.ts$/, ''));
    assert.deepEqual(Object.keys(ENTRIES).sort(), scenarios.sort());
    assert.deepEqual(suiteEntries(), [
      'api',
      'load',
      'ramp-up',
      'spike',
      'soak',
      'concurrent',
      'generation',
      'breakpoint',
    ]);
    assert.deepEqual(selectableEntries(), ['all', 'smoke', ...suiteEntries(), 'capacity']);
  });

  test('the plan names the settings each fit sets', () => {
    for (const [name, entry] of Object.entries(ENTRIES)) {
      for (const setting of Object.keys(entry.fit?.(600) ?? {}))
        assert.ok(lengthOf(name).includes(setting), `${name}: "${lengthOf(name)}" names ${setting}`);
    }
    assert.equal(lengthOf('soak'), 'SOAK_DURATION (not --duration)');
    assert.equal(lengthOf('no-such-entry'), 'its own settings');
  });

  test('fits each entry that can be shortened into about --max-duration, in values its own parser accepts', () => {
    assert.deepEqual(fitToDuration('api', 40), { PERFORMANCE_TEST_DURATION: '40' });
    assert.deepEqual(fitToDuration('load', 40), {
      PERFORMANCE_RAMP_UP: '10',
      PERFORMANCE_TEST_DURATION: '26',
      PERFORMANCE_RAMP_DOWN: '3',
    });
    assert.deepEqual(fitToDuration('spike', 40), {
      SPIKE_BASELINE_S: '9',
      SPIKE_HOLD_S: '9',
      SPIKE_RECOVERY_S: '4',
      SPIKE_OBSERVE_S: '9',
    });
    assert.deepEqual(fitToDuration('soak', 5), { SOAK_DURATION: '10' }, "soak's shortest");
    assert.deepEqual(fitToDuration('breakpoint', 40), { BREAKPOINT_DURATION: '40' });
    for (const fixed of ['smoke', 'concurrent', 'generation', 'interactive', 'no-such-entry'])
      assert.equal(fitToDuration(fixed, 40), null, fixed);

    // --max-duration's range, 10 s to a week: past a setting's own bound, a fit keeps to the bound.
    for (const seconds of [10, 40, 601, 12 * 3600, 36 * 3600, 7 * 24 * 3600]) {
      const close = (fitted: number, bound: number, what: string) =>
        assert.ok(
          fitted <= seconds && fitted >= Math.min(seconds, bound) * 0.9 - 6,
          `${what} in ${seconds}: ${fitted}`,
        );
      const spike = spikeEntry.settings(fitToDuration('spike', seconds)!, config);
      close(
        spike.baselineS + 2 * SPIKE_SURGE_S + spike.holdS + spike.recoveryS + spike.observeS,
        3.5 * 86_400,
        'spike',
      );
      assert.equal(soakEntry.settings(fitToDuration('soak', seconds)!, config).durationS, seconds);
      close(breakpointEntry.settings(fitToDuration('breakpoint', seconds)!).durationS, 86_400, 'breakpoint');
      const ramps = parseConfig(fitToDuration('load', seconds)!);
      close(ramps.rampUpS + ramps.durationS + ramps.rampDownS, 12 * 3600, 'load');
      assert.equal(rampUpEntry.settings(fitToDuration('ramp-up', seconds)!).rampUpS, ramps.rampUpS);
    }
  });

  test('the resource-scaling level of the entries whose load changes', () => {
    assert.equal(scalingLevelOf('ramp-up'), 'users');
    assert.equal(scalingLevelOf('spike'), 'users');
    assert.equal(scalingLevelOf('breakpoint'), 'requests_per_s');
    for (const steady of ['smoke', 'api', 'load', 'soak', 'concurrent', 'generation', 'interactive', 'other'])
      assert.equal(scalingLevelOf(steady), null, steady);
  });

  test("an entry's settings: defaults from the shared config, and a bad value named", () => {
    assert.deepEqual(spikeEntry.settings({}, parseConfig({ PERFORMANCE_CONCURRENT_USERS: '50' })), {
      baseUsers: 5,
      factor: 5,
      baselineS: 20,
      holdS: 20,
      recoveryS: 10,
      observeS: 20,
      recoveryFactor: 2,
    });
    assert.equal(soakEntry.settings({}, parseConfig({ PERFORMANCE_CONCURRENT_USERS: '50' })).users, 10);
    assert.deepEqual(ENTRIES['ramp-up']!.settings({}, config), { rampUpS: 60, holdP95Ms: 500, driftLimit: 1.5 });
    assert.throws(
      () => spikeEntry.settings({ SPIKE_HOLD_S: '2.5' }, config),
      (error: Error) =>
        error instanceof ConfigError &&
        error.message === 'invalid SPIKE_HOLD_S="2.5": expected a whole number of seconds from 1 to 86400',
    );
    assert.throws(
      () => breakpointEntry.settings({ BREAKPOINT_START_RATE: '10', BREAKPOINT_MAX_RATE: '5' }),
      /BREAKPOINT_MAX_RATE=5 is below BREAKPOINT_START_RATE=10: the rate must rise/,
    );
    assert.throws(() => ENTRIES.interactive!.settings({}, config), /invalid CONTROL_URL=""/);
  });
});
