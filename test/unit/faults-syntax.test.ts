// DEMO_FAULTS's syntax: every kind read, and each malformed part refused by name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FaultSyntaxError, parseFaults } from '../../demo-platform/faults.ts';

describe('parseFaults', () => {
  test('reads every kind', () => {
    const faults = parseFaults(
      'latency:route=course_get,ms=300; errors:route=*,rate=0.2;hang:route=health;garbage:route=course_get,mode=huge,mb=2;lostwrites:rate=0.5;leak:mb_per_s=5,max_mb=100;cpu:share=0.5;slowgen:factor=3;crash:after_s=20',
    );
    assert.equal(faults.latencyMs.get('course_get'), 300);
    assert.equal(faults.errorRate.get('*'), 0.2);
    assert.ok(faults.hang.has('health'));
    assert.deepEqual(faults.garbage.get('course_get'), { mode: 'huge', mb: 2 });
    assert.equal(faults.lostWriteRate, 0.5);
    assert.deepEqual(faults.leak, { mbPerS: 5, maxMb: 100 });
    assert.equal(faults.cpuShare, 0.5);
    assert.equal(faults.slowGenerationFactor, 3);
    assert.equal(faults.crashAfterS, 20);
  });

  test('reads a freeze, once or periodic', () => {
    assert.deepEqual(parseFaults('freeze:ms=3000,after_s=5').freeze, { ms: 3000, afterS: 5, everyS: undefined });
    assert.deepEqual(parseFaults('freeze:ms=500,after_s=0.5,every_s=2').freeze, { ms: 500, afterS: 0.5, everyS: 2 });
  });

  test('reads the lock and coherency faults', () => {
    const faults = parseFaults('lock:route=*,ms=20;coherency:ms_per_inflight=2.5');
    assert.equal(faults.lockMs.get('*'), 20);
    assert.equal(faults.coherencyMsPerInflight, 2.5);
    assert.throws(() => parseFaults('lock:route=*,ms=0'), /ms=0 must be a number from 0.1/);
  });

  test('empty means no faults', () => {
    assert.equal(parseFaults('').latencyMs.size, 0);
    assert.equal(parseFaults(undefined).cpuShare, 0);
  });

  const bad: [string, RegExp][] = [
    ['slow:route=health', /unknown fault "slow"/],
    ['latency:route=course_read,ms=5', /unknown route "course_read"/],
    ['latency:route=health', /latency needs ms=/],
    ['latency:route=health,ms=-1', /ms=-1 must be a number from 0/],
    ['errors:route=health,rate=1.5', /rate=1.5 must be a number from 0 to 1/],
    ['errors:route=health,rate=abc', /rate=abc/],
    ['garbage:route=health,mode=xml', /mode must be html, shape or huge/],
    ['cpu:share=0.5,cores=2', /cpu takes no "cores"/],
    ['crash:after_s', /"after_s" is not key=value/],
    ['crash', /crash needs after_s=/],
    ['leak:mb_per_s=5=6', /is not key=value/],
    ['freeze:ms=3000', /freeze needs after_s=/],
    ['freeze:ms=0,after_s=1', /ms=0 must be a number from 1/],
    ['freeze:ms=3000,after_s=1,every_s=3', /every_s=3 must be longer than the freeze \(ms=3000\)/],
  ];
  for (const [spec, message] of bad) {
    test(`refuses ${spec}`, () =>
      assert.throws(
        () => parseFaults(spec),
        (e: unknown) =>
          e instanceof FaultSyntaxError && message.test(e.message) && e.message.includes(`"${spec.split(';')[0]}"`),
      ));
  }
});
