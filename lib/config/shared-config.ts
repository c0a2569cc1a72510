// How VU 0 hands the configuration it parsed and checked to the load VUs of a dist/ entry: a k6
// SharedArray (one JSON copy per test) under this name, and the hook the entry's glue sets
// (build.mjs) that evaluates the control side, where env.ts parses __ENV.
export const SHARED_CONFIG = 'course-perf:config';
export const CONTROL_HOOK = '__coursePerfControl';
