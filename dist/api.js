// thresholds/targets.ts
var DEFAULT_TARGETS = Object.freeze({
  apiP95Ms: 200,
  apiP99Ms: 500,
  healthP95Ms: 50,
  exportP95Ms: 1e3,
  loginP95Ms: 1e3,
  chapterP95Ms: 12e4,
  successRate: 0.95,
  errorRate: 0.05,
  droppedShare: 0.01,
  memoryMb: 1024,
  cpuPercent: 80,
  memoryGrowthMbPerMin: 10
});

// lib/users/pool-spec.ts
var ROLES = ["regular", "power", "admin"];
var UsersFileError = class extends Error {
  name = "UsersFileError";
};
function parseUsersCsv(text2, file) {
  const accounts = { regular: [], power: [], admin: [] };
  const fail2 = (line, problem) => {
    throw new UsersFileError(`PERFORMANCE_USERS_FILE ${file}, line ${line}: ${problem}`);
  };
  let columns;
  let width = 0;
  const seen = /* @__PURE__ */ new Set();
  const body = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  const lines = body.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === "") continue;
    const fields = [];
    let field = "";
    let quoted = false;
    let wasQuoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') field += '"', i++;
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === ",") {
        fields.push(wasQuoted ? field : field.trim());
        field = "";
        wasQuoted = false;
      } else if (c === '"' && field.trim() === "") {
        quoted = wasQuoted = true;
        field = "";
      } else field += c;
    }
    if (quoted) fail2(n + 1, "a quoted field is not closed");
    fields.push(wasQuoted ? field : field.trim());
    if (!columns) {
      const names = fields.map((f) => f.toLowerCase());
      const at = (name) => names.indexOf(name);
      if (at("email") < 0 || at("password") < 0 || at("role") < 0) {
        fail2(n + 1, `the first line must be the header email,password,role (got ${JSON.stringify(line.slice(0, 80))})`);
      }
      columns = { email: at("email"), password: at("password"), role: at("role") };
      width = fields.length;
      continue;
    }
    if (fields.length !== width) fail2(n + 1, `expected ${width} fields like the header, got ${fields.length}`);
    const email = fields[columns.email] ?? "";
    const password = fields[columns.password] ?? "";
    const role = (fields[columns.role] ?? "").toLowerCase();
    if (email === "") fail2(n + 1, "empty email");
    if (password === "") fail2(n + 1, `empty password for ${email}`);
    if (!ROLES.includes(role))
      fail2(n + 1, `unknown role ${JSON.stringify(role)} for ${email} (use regular, power or admin)`);
    if (seen.has(email.toLowerCase())) fail2(n + 1, `${email} is listed twice`);
    seen.add(email.toLowerCase());
    accounts[role].push({ email, password });
  }
  if (!columns) fail2(1, "the file is empty: it needs the header email,password,role and one line per account");
  return accounts;
}
function parsePoolSpec(spec, name) {
  const sizes = { regular: 0, power: 0, admin: 0 };
  const expected = "role:count pairs such as regular:200,power:50,admin:10";
  for (const part of spec.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const match = /^(regular|power|admin):(\d{1,6})$/.exec(part);
    if (!match)
      throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: "${part}" is not one of ${expected}`);
    sizes[match[1]] = Number(match[2]);
  }
  if (sizes.regular + sizes.power + sizes.admin === 0)
    throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: expected ${expected}`);
  return sizes;
}
function poolEmail(role, n) {
  return `${role}-${String(n).padStart(4, "0")}@example.com`;
}
function tooSmallForDistinct(sizes, needed, source) {
  for (const role of ROLES) {
    if (needed[role] > 0 && sizes[role] < needed[role]) {
      return `${source} has ${sizes[role]} ${role} account(s), but PERFORMANCE_USERS_DISTINCT=true needs ${needed[role]}: one per VU id this entry can start (k6 numbers VUs across all classes, and VU n uses the class's account n mod size)`;
    }
  }
  return void 0;
}
function vuIdBound(scenarios) {
  let total = 0;
  for (const s of Object.values(scenarios)) {
    const stages = s.stages ?? [];
    const most = Math.max(Number(s.startVUs ?? 0), ...stages.map((stage) => stage.target));
    if (s.executor === "ramping-vus") total += most;
    else if (typeof s.maxVUs === "number") total += s.maxVUs;
    else if (typeof s.preAllocatedVUs === "number") total += s.preAllocatedVUs;
    else total += Number(s.vus ?? 1);
  }
  return total;
}

// lib/config/config.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
var MAX_RAMP_UP_S = 24 * 3600;
var MAX_RAMP_DOWN_S = 3600;
function raw(env, name) {
  const value = env[name];
  return value === void 0 ? void 0 : value.trim();
}
function fail(name, value, expected) {
  throw new ConfigError(`invalid ${name}=${JSON.stringify(value)}: expected ${expected}`);
}
function numberIn(min, max, what, integer) {
  return (env, name, fallback) => {
    const value = raw(env, name);
    if (value === void 0) return fallback;
    const expected = `${what} from ${min} to ${max}`;
    if (!/^[+]?\d+(\.\d+)?$/.test(value)) fail(name, value, expected);
    const parsed = Number(value);
    if (integer && !Number.isInteger(parsed) || parsed < min || parsed > max) fail(name, value, expected);
    return parsed;
  };
}
var seconds = (min, max) => numberIn(min, max, "a whole number of seconds", true);
var count = (min, max) => numberIn(min, max, "a whole number", true);
var millis = numberIn(1, 36e5, "milliseconds (a number)", false);
var fraction = numberIn(0, 1, "a fraction (e.g. 0.95)", false);
var text = (env, name, fallback) => {
  const value = env[name];
  if (value === void 0) return fallback;
  if (value.trim() === "") fail(name, value, "a non-empty value");
  return value;
};
function url(env, name, fallback) {
  const value = raw(env, name);
  if (value === void 0) return fallback;
  const match = /^(https?):\/\/([^/\s:]+|\[[0-9a-fA-F:]+\])(:\d{1,5})?(\/\S*)?$/.exec(value);
  if (!match) fail(name, value, "an http(s) URL such as http://127.0.0.1:8000");
  return value.replace(/\/+$/, "");
}
function weights(env, name) {
  const value = raw(env, name);
  if (value === void 0) return { regular: 70, power: 20, admin: 10 };
  const parts = value.split("/").map((part) => part.trim());
  const expected = "three whole percentages regular/power/admin summing to 100, e.g. 70/20/10";
  if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part))) fail(name, value, expected);
  const [regular, power, admin2] = parts.map(Number);
  if (regular + power + admin2 !== 100) fail(name, value, expected);
  return { regular, power, admin: admin2 };
}
function thinkTime(env, name) {
  const value = raw(env, name);
  if (value === void 0) return { min: 1, max: 3 };
  const match = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(value);
  const expected = "seconds as N or MIN-MAX (e.g. 1-3), each at most 60";
  if (!match) fail(name, value, expected);
  const min = Number(match[1]);
  const max = match[2] === void 0 ? min : Number(match[2]);
  if (max < min || max > 60) fail(name, value, expected);
  return { min, max };
}
function flag(env, name) {
  const value = raw(env, name);
  if (value === void 0 || value === "" || value === "false" || value === "0") return false;
  if (value === "true" || value === "1") return true;
  return fail(name, value, "true or false");
}
function hostList(env, name) {
  const value = raw(env, name);
  if (value === void 0 || value === "") return [];
  const hosts = value.split(",").map((host) => host.trim().toLowerCase());
  if (hosts.some((host) => !/^(\[[0-9a-f:]+\]|[a-z0-9.\-:]+)$/.test(host))) {
    fail(name, value, "a comma-separated list of host names or addresses, e.g. staging.example.com,10.0.0.5");
  }
  return hosts;
}
function credentials(env, prefix, fallbackEmail, fallbackPassword) {
  return {
    email: text(env, `${prefix}_EMAIL`, fallbackEmail),
    password: text(env, `${prefix}_PASSWORD`, fallbackPassword)
  };
}
function poolSpec(env, name) {
  const value = raw(env, name);
  if (value === void 0 || value === "") return void 0;
  try {
    return parsePoolSpec(value, name);
  } catch (error) {
    throw new ConfigError(error instanceof UsersFileError ? error.message : String(error));
  }
}
function dataset(env) {
  const courses = count(0, 1e3)(env, "PERFORMANCE_DATASET_COURSES", 20);
  const generated = count(0, 1e3)(env, "PERFORMANCE_DATASET_GENERATED", Math.min(1, courses));
  if (generated > courses)
    fail("PERFORMANCE_DATASET_GENERATED", String(generated), `at most PERFORMANCE_DATASET_COURSES (${courses})`);
  return { courses, generated, reseed: flag(env, "PERFORMANCE_DATASET_RESEED") };
}
function parseConfig(env) {
  const d = DEFAULT_TARGETS;
  const durationS = seconds(1, 7 * 24 * 3600)(env, "PERFORMANCE_TEST_DURATION", 60);
  const rampUpS = seconds(0, MAX_RAMP_UP_S)(
    env,
    "PERFORMANCE_RAMP_UP",
    Math.min(30, Math.max(1, Math.round(durationS / 4)))
  );
  return {
    baseUrl: url(env, "BASE_URL", "http://127.0.0.1:8000"),
    users: {
      regular: credentials(env, "REGULAR_USER", "regular@example.com", "regular-password"),
      power: credentials(env, "POWER_USER", "power@example.com", "power-password"),
      admin: credentials(env, "ADMIN_USER", "admin@example.com", "admin-password")
    },
    durationS,
    concurrentUsers: count(1, 1e5)(env, "PERFORMANCE_CONCURRENT_USERS", 100),
    apiTimeoutS: seconds(1, 3600)(env, "PERFORMANCE_API_TIMEOUT", 30),
    rampUpS,
    rampDownS: seconds(0, MAX_RAMP_DOWN_S)(env, "PERFORMANCE_RAMP_DOWN", Math.min(10, rampUpS)),
    weights: weights(env, "PERFORMANCE_USER_WEIGHTS"),
    thinkTimeS: thinkTime(env, "PERFORMANCE_THINK_TIME"),
    pollIntervalS: numberIn(0.1, 60, "seconds (a number)", false)(env, "GENERATION_POLL_INTERVAL", 1),
    generationTimeoutS: seconds(1, 24 * 3600)(env, "GENERATION_TIMEOUT", 300),
    chaptersPerCourse: count(1, 20)(env, "GENERATION_CHAPTERS", 3),
    sidecarUrl: url(env, "SIDECAR_URL", void 0),
    sidecarStrict: flag(env, "SIDECAR_STRICT"),
    allowedHosts: hostList(env, "PERFORMANCE_ALLOWED_HOSTS"),
    targets: {
      apiP95Ms: millis(env, "THRESHOLD_API_P95_MS", d.apiP95Ms),
      apiP99Ms: millis(env, "THRESHOLD_API_P99_MS", d.apiP99Ms),
      healthP95Ms: millis(env, "THRESHOLD_HEALTH_P95_MS", d.healthP95Ms),
      exportP95Ms: millis(env, "THRESHOLD_EXPORT_P95_MS", d.exportP95Ms),
      loginP95Ms: millis(env, "THRESHOLD_LOGIN_P95_MS", d.loginP95Ms),
      chapterP95Ms: seconds(1, 24 * 3600)(env, "THRESHOLD_CHAPTER_P95_S", d.chapterP95Ms / 1e3) * 1e3,
      successRate: fraction(env, "THRESHOLD_SUCCESS_RATE", d.successRate),
      errorRate: fraction(env, "THRESHOLD_ERROR_RATE", d.errorRate),
      droppedShare: numberIn(
        0,
        1,
        "a share of the scheduled iterations (e.g. 0.01)",
        false
      )(env, "THRESHOLD_DROPPED_SHARE", d.droppedShare),
      memoryMb: count(1, 1048576)(env, "PERFORMANCE_MEMORY_LIMIT", d.memoryMb),
      cpuPercent: numberIn(1, 100, "a percentage", false)(env, "PERFORMANCE_CPU_LIMIT", d.cpuPercent),
      memoryGrowthMbPerMin: numberIn(
        0,
        1e6,
        "MB per minute (a number)",
        false
      )(env, "THRESHOLD_MEMORY_GROWTH_MB_PER_MIN", d.memoryGrowthMbPerMin)
    },
    usersFile: raw(env, "PERFORMANCE_USERS_FILE") || void 0,
    demoUsers: poolSpec(env, "DEMO_USERS"),
    usersDistinct: flag(env, "PERFORMANCE_USERS_DISTINCT"),
    dataset: dataset(env)
  };
}
function hostOf(baseUrl) {
  const match = /^https?:\/\/(\[[^\]]+\]|[^/:]+)/i.exec(baseUrl);
  return (match?.[1] ?? "").toLowerCase();
}
function isLoopback(host) {
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function assertTargetAllowed(config3, entry) {
  const host = hostOf(config3.baseUrl);
  if (isLoopback(host) || config3.allowedHosts.includes(host)) return;
  throw new ConfigError(
    `refusing to run "${entry}" against ${config3.baseUrl}: ${host} is not a loopback address. If you mean to load-test it, allow it with PERFORMANCE_ALLOWED_HOSTS=${host} (comma-separated list).`
  );
}
function envNumber(env, name, fallback, range) {
  const what = range.what ?? (range.integer ? "a whole number" : "a number");
  return numberIn(range.min, range.max, what, range.integer ?? false)(env, name, fallback);
}

// lib/config/entries.ts
var DURATION = "PERFORMANCE_TEST_DURATION";
var apiEntry = {
  suite: "all",
  length: DURATION,
  fit: (seconds2) => ({ [DURATION]: String(Math.max(1, seconds2)) }),
  settings: (env) => ({
    /** Iterations/s per endpoint group (health 2x, export /2, generate and login /5). */
    rate: envNumber(env, "API_RATE", 5, { min: 0.1, max: 1e4, what: "iterations per second" }),
    /** Each endpoint's error budget. */
    errorRate: envNumber(env, "API_ERROR_RATE", 0.01, { min: 0, max: 1, what: "a fraction (e.g. 0.01)" })
  })
};

// thresholds/expressions.ts
var patterns;
var pattern = () => patterns ??= {
  metricName: /^[A-Za-z_][A-Za-z0-9_]*$/,
  tagPart: /^[A-Za-z0-9_.\-/]+$/,
  percentile: /^p\((\d+(\.\d+)?)\)$/
};
function metricKey(metric, tags) {
  if (!pattern().metricName.test(metric)) throw new Error(`invalid metric name "${metric}": use letters, digits and _`);
  const entries = Object.entries(tags ?? {});
  if (entries.length === 0) return metric;
  for (const [key, value] of entries) {
    if (!pattern().tagPart.test(key) || !pattern().tagPart.test(value)) {
      throw new Error(
        `invalid tag ${key}:${value} on ${metric}: tags in thresholds may hold letters, digits and _ . - /`
      );
    }
  }
  return `${metric}{${entries.map(([key, value]) => `${key}:${value}`).join(",")}}`;
}
function expression(rule) {
  const percentile = pattern().percentile.exec(rule.stat);
  if (rule.stat.startsWith("p(") && (!percentile || Number(percentile[1]) > 100)) {
    throw new Error(`invalid percentile "${rule.stat}": use p(N) with 0 <= N <= 100`);
  }
  if (!Number.isFinite(rule.value))
    throw new Error(`threshold ${rule.stat}${rule.op}${rule.value}: the limit must be a finite number`);
  return `${rule.stat}${rule.op}${rule.value}`;
}
function toK6(rule) {
  const text2 = expression(rule);
  if (!rule.abortOnFail) return text2;
  return {
    threshold: text2,
    abortOnFail: true,
    ...rule.delayAbortEval ? { delayAbortEval: rule.delayAbortEval } : {}
  };
}
function toK6Thresholds(gates) {
  const out = {};
  for (const gate of gates) {
    const key = metricKey(gate.metric, gate.tags);
    out[key] = [...out[key] ?? [], ...gate.rules.map(toK6)];
  }
  return out;
}

// lib/load/duration.ts
function durationSeconds(text2) {
  let total = 0;
  let matched = "";
  for (const [whole, value, unit] of text2.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    total += Number(value) * { h: 3600, m: 60, s: 1, ms: 1e-3 }[unit];
    matched += whole;
  }
  if (matched !== text2 || text2 === "") throw new Error(`not a duration: ${JSON.stringify(text2)}`);
  return total;
}

// lib/load/open-model.ts
var PREALLOCATED_HEADROOM = 2;
var PREALLOCATED_LATENCY_CAP_S = 1;
function openModelVUs(load) {
  const iterationS = (latencyS) => load.requestsPerIteration * latencyS;
  const covered = Math.min(load.p99BudgetMs / 1e3, PREALLOCATED_LATENCY_CAP_S);
  const preAllocatedVUs = Math.ceil(PREALLOCATED_HEADROOM * load.ratePerS * iterationS(covered)) + 1;
  const maxVUs = Math.max(preAllocatedVUs, Math.ceil(load.ratePerS * iterationS(load.timeoutS)));
  return { preAllocatedVUs, maxVUs };
}
var isArrivalRate = (scenario) => scenario.executor === "constant-arrival-rate" || scenario.executor === "ramping-arrival-rate";
function scheduledIterations(scenario) {
  const s = scenario;
  const perUnit = durationSeconds(s.timeUnit ?? "1s");
  if (s.executor === "constant-arrival-rate") return (s.rate ?? 0) * durationSeconds(s.duration ?? "0s") / perUnit;
  if (s.executor !== "ramping-arrival-rate") throw new Error(`${s.executor} is not an arrival-rate executor`);
  let rate2 = s.startRate ?? 0;
  let total = 0;
  for (const stage of s.stages ?? []) {
    total += (rate2 + stage.target) / 2 * durationSeconds(stage.duration);
    rate2 = stage.target;
  }
  return total / perUnit;
}

// lib/load/shapes.ts
function wholeRate(perSecond) {
  return Number.isInteger(perSecond) ? { rate: perSecond, timeUnit: "1s" } : { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: "1m" };
}
function constantRate(exec5, perSecond, durationS, vus, startTime = "0s") {
  return {
    executor: "constant-arrival-rate",
    exec: exec5,
    ...wholeRate(perSecond),
    duration: `${durationS}s`,
    preAllocatedVUs: vus.preAllocatedVUs,
    maxVUs: vus.maxVUs,
    startTime
  };
}
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

// lib/metrics/resources.ts
import { sleep } from "k6";
import exec from "k6/execution";
import http from "k6/http";
import { Counter, Trend } from "k6/metrics";
var serverCpuPercent = new Trend("server_cpu_percent");
var serverCpuCoresPercent = new Trend("server_cpu_cores_percent");
var serverMemoryMb = new Trend("server_memory_mb");
var serverSamplesMissing = new Counter("server_samples_missing");
var serverMemoryGrowth = new Trend("server_memory_growth_mb_per_min");
var POLL = { tags: { scope: "sidecar", name: "sidecar" }, responseCallback: null, timeout: "2s" };
var cursor = 0;
var errorsSeen;
var loadMarked = false;
function markPhase(sidecarUrl, phase) {
  const res = http.post(`${sidecarUrl}/phase`, JSON.stringify({ phase }), {
    ...POLL,
    headers: { "content-type": "application/json" }
  });
  return res.status === 200 || res.status === 404;
}
var TAIL_S = 30;
function resourcesScenario(durationS, startTime) {
  return {
    executor: "constant-vus",
    exec: "pollResources",
    vus: 1,
    duration: `${Math.max(1, Math.ceil(durationS))}s`,
    gracefulStop: `${TAIL_S}s`,
    ...startTime ? { startTime } : {}
  };
}
function parse(body) {
  try {
    return typeof body === "string" ? JSON.parse(body) : void 0;
  } catch {
    return void 0;
  }
}
function pollResources(sidecarUrl) {
  if (!loadMarked) loadMarked = markPhase(sidecarUrl, "load");
  for (; ; ) {
    const started = Date.now();
    pollOnce(sidecarUrl);
    sleep(Math.max(0, 1 - (Date.now() - started) / 1e3));
    if (exec.scenario.progress < 1) return;
    if (exec.instance.vusActive <= 1) break;
  }
  markPhase(sidecarUrl, "teardown");
  pollOnce(sidecarUrl);
}
function pollOnce(sidecarUrl) {
  const res = http.get(`${sidecarUrl}/samples?since=${cursor}`, POLL);
  const body = res.status === 200 ? parse(res.body) : void 0;
  if (!body || !Array.isArray(body.samples)) {
    serverSamplesMissing.add(1);
    return;
  }
  if (typeof body.errors === "number") {
    if (errorsSeen !== void 0 && body.errors > errorsSeen) serverSamplesMissing.add(body.errors - errorsSeen);
    errorsSeen = body.errors;
  }
  for (const sample of body.samples) {
    cursor = Math.max(cursor, sample.seq);
    if (sample.phase !== void 0 && sample.phase !== "load") continue;
    serverCpuPercent.add(sample.cpu_percent);
    serverCpuCoresPercent.add(sample.cpu_cores_percent);
    serverMemoryMb.add(sample.memory_mb);
  }
  if (typeof body.refused === "string")
    exec.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
}
function endLoad(sidecarUrl) {
  markPhase(sidecarUrl, "teardown");
  const res = http.get(`${sidecarUrl}/summary`, POLL);
  const summary = res.status === 200 ? parse(res.body) : void 0;
  if (summary && typeof summary.memory_growth_mb_per_min === "number")
    serverMemoryGrowth.add(summary.memory_growth_mb_per_min);
}
function resourceGates(limits) {
  const gates = [
    { metric: "server_memory_mb", rules: [{ stat: "max", op: "<", value: limits.memoryMb }] },
    { metric: "server_cpu_percent", rules: [{ stat: "p(95)", op: "<=", value: limits.cpuPercent }] }
  ];
  if (limits.growthMbPerMin !== void 0)
    gates.push({
      metric: "server_memory_growth_mb_per_min",
      rules: [{ stat: "max", op: "<", value: limits.growthMbPerMin }]
    });
  if (limits.failOnMissing)
    gates.push({ metric: "server_samples_missing", rules: [{ stat: "count", op: "<", value: 1 }] });
  return gates;
}

// lib/users/pool.ts
import { SharedArray } from "k6/data";
import exec2 from "k6/execution";

// lib/config/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

// lib/users/pool.ts
function readFile(path) {
  try {
    return open(path);
  } catch (error) {
    throw new Error(
      `PERFORMANCE_USERS_FILE ${path} cannot be read (${String(error)}): give an absolute path to a CSV with the header email,password,role`
    );
  }
}
function filePool(path) {
  const arrays = {};
  for (const role of ROLES)
    arrays[role] = new SharedArray(
      `users:${role}`,
      () => parseUsersCsv(readFile(path), path)[role]
    );
  return {
    source: `PERFORMANCE_USERS_FILE ${path}`,
    sizes: { regular: arrays.regular.length, power: arrays.power.length, admin: arrays.admin.length },
    account: (role, index) => arrays[role][index]
  };
}
function makePool(config3) {
  if (config3.usersFile) return filePool(config3.usersFile);
  const users = config3.users;
  if (config3.demoUsers) {
    return {
      source: "DEMO_USERS",
      sizes: config3.demoUsers,
      account: (role, index, password) => ({ email: poolEmail(role, index + 1), password })
    };
  }
  return {
    source: "REGULAR_USER_EMAIL / POWER_USER_EMAIL / ADMIN_USER_EMAIL (one shared account per class)",
    sizes: { regular: 1, power: 1, admin: 1 },
    account: (role, _index, password) => ({ email: users[role].email, password })
  };
}
function accountOfVu(pool2, role, classPassword3) {
  const size = pool2.sizes[role];
  return size === 0 ? void 0 : pool2.account(role, (exec2.vu.idInTest - 1) % size, classPassword3);
}
function assertDistinct(pool2, roles, vuIds) {
  const needed = { regular: 0, power: 0, admin: 0 };
  for (const role of roles) needed[role] = vuIds;
  const problem = tooSmallForDistinct(pool2.sizes, needed, pool2.source);
  if (problem) throw new Error(problem);
}
var pool = makePool(config);

// lib/users/setup.ts
import { sleep as sleep3 } from "k6";
import exec3 from "k6/execution";
import http4 from "k6/http";
import secrets from "k6/secrets";

// lib/http/api.ts
import { check } from "k6";
import http2 from "k6/http";

// lib/http/endpoints.ts
var API_SCOPE = "api";

// lib/http/routes.ts
var seg = (id) => encodeURIComponent(String(id));
var paths = {
  health: () => "/health",
  login: () => "/api/v1/auth/login",
  courses: () => "/api/v1/courses",
  course: (id) => `/api/v1/courses/${seg(id)}`,
  generate: (id) => `/api/v1/courses/${seg(id)}/generate`,
  job: (id) => `/api/v1/jobs/${seg(id)}`,
  chapter: (id, index) => `/api/v1/courses/${seg(id)}/chapters/${index}`,
  exportCourse: (id) => `/api/v1/courses/${seg(id)}/export`,
  adminStats: () => "/api/v1/admin/stats",
  adminJobs: () => "/api/v1/admin/jobs",
  adminUsers: () => "/api/v1/admin/users"
};
var routeNames = {
  health: "GET /health",
  login: "POST /api/v1/auth/login",
  courses_list: "GET /api/v1/courses",
  course_create: "POST /api/v1/courses",
  course_get: "GET /api/v1/courses/{id}",
  course_update: "PATCH /api/v1/courses/{id}",
  course_delete: "DELETE /api/v1/courses/{id}",
  course_generate: "POST /api/v1/courses/{id}/generate",
  job_get: "GET /api/v1/jobs/{job_id}",
  chapter_get: "GET /api/v1/courses/{id}/chapters/{index}",
  course_export: "GET /api/v1/courses/{id}/export",
  admin_stats: "GET /api/v1/admin/stats",
  admin_jobs: "GET /api/v1/admin/jobs",
  admin_users: "GET /api/v1/admin/users"
};
var tagsByEndpoint = {};
for (const endpoint in routeNames) {
  tagsByEndpoint[endpoint] = { endpoint, scope: API_SCOPE, name: routeNames[endpoint] };
}
function requestTags(endpoint) {
  return tagsByEndpoint[endpoint];
}

// lib/http/api.ts
var shape = (test) => test;
var isId = (v) => typeof v === "string" || typeof v === "number";
var isCount = (v) => typeof v === "number";
var shapes = {
  health: shape((field) => field("status") === "ok"),
  login: shape((field) => {
    const token = field("access_token");
    return typeof token === "string" && token !== "";
  }),
  courseList: shape((field) => isCount(field("items.#")) && typeof field("total") === "number"),
  course: shape((field) => isId(field("id")) && typeof field("title") === "string"),
  courseWithChapters: shape((field) => isId(field("id")) && isCount(field("chapters.#"))),
  jobAccepted: shape((field) => isId(field("job_id"))),
  job: shape((field) => typeof field("status") === "string" && isCount(field("chapters.#"))),
  chapter: shape((field) => typeof field("content") === "string"),
  anyObject: shape((field) => {
    const whole = field("@this");
    return typeof whole === "object" && whole !== null && !Array.isArray(whole);
  })
};
function isJson(res) {
  return String(res.headers["Content-Type"] ?? "").includes("json");
}
var reading;
var readField = (path) => {
  try {
    return reading.json(path) ?? void 0;
  } catch {
    return void 0;
  }
};
var LazyResult = class {
  constructor(ok, status2, res) {
    this.ok = ok;
    this.status = status2;
    this.res = res;
  }
  ok;
  status;
  res;
  parsed = false;
  value;
  get body() {
    if (this.res && !this.parsed) {
      this.value = parseJson(this.res.body);
      this.parsed = true;
    }
    return this.value;
  }
};
function parseJson(body) {
  try {
    return JSON.parse(body);
  } catch {
    return void 0;
  }
}
var statusCallbacks = {};
function expectStatus(status2) {
  let callback = statusCallbacks[status2];
  if (callback === void 0) {
    callback = http2.expectedStatuses(status2);
    statusCallbacks[status2] = callback;
  }
  return callback;
}
var observer;
var outcome = { statusOk: false, shapeOk: false };
var checkSets = {};
function checksFor(endpoint, expected, withShape) {
  let set = checkSets[endpoint];
  if (!set) {
    const checks = { [`${endpoint}: status is ${expected}`]: (o) => o.statusOk };
    if (withShape) checks[`${endpoint}: body has the expected shape`] = (o) => !o.statusOk || o.shapeOk;
    set = { checks, tags: { endpoint } };
    checkSets[endpoint] = set;
  }
  return set;
}
var ApiClient = class _ApiClient {
  constructor(baseUrl, timeoutS, token) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.timeout = `${timeoutS}s`;
  }
  baseUrl;
  token;
  /** Set when the platform answered 401: the session layer logs in again before the next step. */
  unauthorized = false;
  timeout;
  /** Request params per endpoint (headers, tags, timeout, expected status), made on first use. */
  params = {};
  /** A client for the same platform acting as another user. */
  as(token) {
    return new _ApiClient(this.baseUrl, Number(this.timeout.slice(0, -1)), token);
  }
  paramsFor(endpoint, expected, withPayload, readsBody) {
    let params2 = this.params[endpoint];
    if (!params2) {
      const headers = { Accept: "application/json" };
      if (withPayload) headers["Content-Type"] = "application/json";
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params2 = {
        headers,
        tags: requestTags(endpoint),
        timeout: this.timeout,
        responseCallback: expectStatus(expected)
      };
      if (!readsBody) params2.responseType = "none";
      this.params[endpoint] = params2;
    }
    return params2;
  }
  call(endpoint, method, path, expected, shape2, payload) {
    const withPayload = payload !== void 0;
    const res = http2.request(
      method,
      `${this.baseUrl}${path}`,
      withPayload ? JSON.stringify(payload) : null,
      this.paramsFor(endpoint, expected, withPayload, shape2 !== void 0)
    );
    const status2 = res.status;
    const statusOk = status2 === expected;
    if (status2 === 401) this.unauthorized = true;
    let shapeOk = !shape2;
    if (shape2 && statusOk) {
      reading = res;
      shapeOk = isJson(res) && shape2(readField);
      reading = void 0;
    }
    outcome.statusOk = statusOk;
    outcome.shapeOk = shapeOk;
    const { checks, tags } = checksFor(endpoint, expected, shape2 !== void 0);
    const ok = check(outcome, checks, tags);
    const allOk = ok && statusOk && shapeOk;
    observer?.(endpoint, res.timings.duration, allOk);
    return new LazyResult(allOk, status2, shape2 && statusOk && shapeOk ? res : void 0);
  }
  health() {
    return this.call("health", "GET", paths.health(), 200, shapes.health);
  }
  login(email, password) {
    return this.call("login", "POST", paths.login(), 200, shapes.login, { email, password });
  }
  listCourses(query = {}) {
    let search = "";
    for (const key in query) {
      const value = query[key];
      if (value !== void 0) search += `${search ? "&" : "?"}${key}=${encodeURIComponent(String(value))}`;
    }
    return this.call("courses_list", "GET", `${paths.courses()}${search}`, 200, shapes.courseList);
  }
  createCourse(course) {
    return this.call("course_create", "POST", paths.courses(), 201, shapes.course, course);
  }
  getCourse(id) {
    return this.call("course_get", "GET", paths.course(id), 200, shapes.courseWithChapters);
  }
  updateCourse(id, changes) {
    return this.call("course_update", "PATCH", paths.course(id), 200, shapes.course, changes);
  }
  deleteCourse(id) {
    return this.call("course_delete", "DELETE", paths.course(id), 204, void 0);
  }
  generate(id) {
    return this.call("course_generate", "POST", paths.generate(id), 202, shapes.jobAccepted, {});
  }
  getJob(jobId) {
    return this.call("job_get", "GET", paths.job(jobId), 200, shapes.job);
  }
  getChapter(id, index) {
    return this.call("chapter_get", "GET", paths.chapter(id, index), 200, shapes.chapter);
  }
  exportCourse(id, format) {
    return this.call("course_export", "GET", `${paths.exportCourse(id)}?format=${format}`, 200, void 0);
  }
  adminStats() {
    return this.call("admin_stats", "GET", paths.adminStats(), 200, shapes.anyObject);
  }
  adminJobs(limit = 20) {
    return this.call("admin_jobs", "GET", `${paths.adminJobs()}?limit=${limit}`, 200, shapes.anyObject);
  }
  adminUsers() {
    return this.call("admin_users", "GET", paths.adminUsers(), 200, shapes.anyObject);
  }
};

// lib/users/dataset.ts
import { sleep as sleep2 } from "k6";
import http3 from "k6/http";

// lib/users/dataset-names.ts
var DATASET_TITLE = "course-perf dataset";
var RUN_TITLE_FILTER = "perf-";
function datasetTitle(n) {
  return `${DATASET_TITLE} ${String(n).padStart(2, "0")}`;
}
function newRunId(now = Date.now()) {
  return `${now.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}
function runIdOf(title) {
  const match = /^perf-\S+ ([0-9a-z]+-[0-9a-z]+)(?:\s|$)/.exec(title);
  return match?.[1];
}
function runStartOf(runId) {
  const ms = parseInt(runId.split("-")[0], 36);
  return Number.isFinite(ms) ? ms : void 0;
}
var LIVE_RUN_WINDOW_MS = 6 * 60 * 60 * 1e3;
function isLeftover(title, current, own) {
  if (!title.startsWith(RUN_TITLE_FILTER)) return false;
  const runId = runIdOf(title);
  if (own) return runId === current;
  if (runId === void 0) return true;
  if (runId === current) return false;
  const started = runStartOf(runId);
  return started === void 0 || started < (runStartOf(current) ?? 0) - LIVE_RUN_WINDOW_MS;
}

// lib/users/dataset.ts
var CONCURRENCY = 16;
var LIST_LIMIT = 100;
var ATTEMPTS = 6;
var retried = 0;
var transient = (res) => res.status === 0 || res.status >= 500;
function batched(count2, make, onAnswer) {
  for (let first = 0; first < count2; first += CONCURRENCY) {
    const chunk = [];
    for (let i = first; i < Math.min(count2, first + CONCURRENCY); i++) chunk.push(make(i));
    const got = http3.batch(chunk);
    for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
      const again = got.map((res, k) => transient(res) ? k : -1).filter((k) => k >= 0);
      if (again.length === 0) break;
      retried += again.length;
      sleep2(0.2 * 2 ** (attempt - 1));
      http3.batch(again.map((k) => chunk[k])).forEach((res, j) => {
        got[again[j]] = res;
      });
    }
    got.forEach((res, k) => {
      onAnswer(res, first + k);
    });
  }
}
function params(what, token, withBody = false) {
  const headers = { Accept: "application/json" };
  if (withBody) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  return { headers, tags: { scope: "setup", name: `setup: ${what}` }, timeout: "60s" };
}
function json(res) {
  try {
    return JSON.parse(res.body);
  } catch {
    return void 0;
  }
}
function quietLogin(config3, email, password) {
  const result = { token: void 0, status: 0 };
  batched(
    1,
    () => ({
      method: "POST",
      url: `${config3.baseUrl}${paths.login()}`,
      body: JSON.stringify({ email, password }),
      params: params("login", void 0, true)
    }),
    (res) => {
      result.status = res.status;
      result.token = res.status === 200 ? json(res)?.access_token : void 0;
    }
  );
  return result;
}
function ensureDataset(config3, owners) {
  const { courses: wanted, generated: generatedPerUser, reseed } = config3.dataset;
  const report = {
    accounts: owners.length,
    created: 0,
    reused: 0,
    removed: 0,
    generated: 0,
    retried: 0
  };
  if (wanted === 0 || owners.length === 0) return report;
  const retriedBefore = retried;
  const seeding = { base: config3.baseUrl, owners, tokens: [], report };
  logIn(
    seeding,
    owners.map((_, i) => i)
  );
  let listed = listDatasets(seeding);
  if (reseed) listed = removeDatasets(seeding, listed);
  const toGenerate = createCourses(seeding, listed, wanted, generatedPerUser);
  awaitGeneration(seeding, startGeneration(seeding, toGenerate), config3.generationTimeoutS);
  report.retried = retried - retriedBefore;
  return report;
}
function logIn({ base, owners, tokens }, which) {
  batched(
    which.length,
    (k) => ({
      method: "POST",
      url: `${base}${paths.login()}`,
      body: JSON.stringify({ email: owners[which[k]].email, password: owners[which[k]].password }),
      params: params("login", void 0, true)
    }),
    (res, k) => {
      const token = res.status === 200 ? json(res)?.access_token : void 0;
      if (!token)
        throw new Error(
          `dataset: logging in as ${owners[which[k]].role} account ${owners[which[k]].email} failed with status ${res.status}: check its password in the user pool`
        );
      tokens[which[k]] = token;
    }
  );
}
function listDatasets({ base, owners, tokens }) {
  const listUrl = `${base}${paths.courses()}?q=${encodeURIComponent(DATASET_TITLE)}&limit=${LIST_LIMIT}`;
  const listed = [];
  batched(
    owners.length,
    (i) => ({ method: "GET", url: listUrl, params: params("list dataset", tokens[i]) }),
    (res, i) => {
      const body = res.status === 200 ? json(res) : void 0;
      if (!body)
        throw new Error(`dataset: listing the courses of ${owners[i].email} failed with status ${res.status}`);
      listed[i] = { total: body.total, ids: body.items.map((c) => c.id) };
    }
  );
  return listed;
}
function removeDatasets(seeding, listed) {
  const { base, tokens, report } = seeding;
  for (let round = 0; listed.some((l) => l.ids.length > 0) && round < 1e3; round++) {
    const doomed = listed.flatMap((l, i) => l.ids.map((id) => ({ owner: i, id })));
    batched(
      doomed.length,
      (k) => ({
        method: "DELETE",
        url: `${base}${paths.course(doomed[k].id)}`,
        params: params("remove dataset", tokens[doomed[k].owner])
      }),
      (res) => {
        if (res.status === 204) report.removed++;
      }
    );
    listed = listDatasets(seeding);
  }
  return listed;
}
function createCourses({ base, owners, tokens, report }, listed, wanted, generatedPerUser) {
  const creations = [];
  owners.forEach((owner, i) => {
    const have = listed[i].total;
    if (have >= wanted) report.reused++;
    for (let n = have + 1; n <= wanted; n++)
      creations.push({ owner: i, n, generate: owner.role === "regular" && n <= generatedPerUser });
  });
  const toGenerate = [];
  batched(
    creations.length,
    (k) => {
      const { owner, n, generate: generate2 } = creations[k];
      const course = {
        title: datasetTitle(n),
        topic: `dataset topic ${n}`,
        level: "beginner",
        chapter_count: generate2 ? 1 : 3
      };
      return {
        method: "POST",
        url: `${base}${paths.courses()}`,
        body: JSON.stringify(course),
        params: params("create dataset", tokens[owner], true)
      };
    },
    (res, k) => {
      const id = res.status === 201 ? json(res)?.id : void 0;
      if (id === void 0)
        throw new Error(
          `dataset: creating a course for ${owners[creations[k].owner].email} failed with status ${res.status}`
        );
      report.created++;
      if (creations[k].generate) toGenerate.push({ owner: creations[k].owner, id });
    }
  );
  return toGenerate;
}
function startGeneration({ base, owners, tokens }, toGenerate) {
  const jobs = [];
  batched(
    toGenerate.length,
    (k) => ({
      method: "POST",
      url: `${base}${paths.generate(toGenerate[k].id)}`,
      body: "{}",
      params: params("generate dataset", tokens[toGenerate[k].owner], true)
    }),
    (res, k) => {
      const jobId = res.status === 202 ? json(res)?.job_id : void 0;
      if (jobId === void 0)
        throw new Error(
          `dataset: starting generation for ${owners[toGenerate[k].owner].email} failed with status ${res.status}`
        );
      jobs.push({ owner: toGenerate[k].owner, jobId });
    }
  );
  return jobs;
}
function awaitGeneration(seeding, jobs, timeoutS) {
  const deadline = Date.now() + timeoutS * 1e3;
  while (jobs.length > 0) {
    if (Date.now() > deadline)
      throw new Error(
        `dataset: ${jobs.length} generation job(s) did not finish within GENERATION_TIMEOUT=${timeoutS}s`
      );
    sleep2(1);
    const { open: open2, expired } = pollJobs(seeding, jobs);
    if (expired.size > 0) logIn(seeding, [...expired]);
    jobs = open2;
  }
}
function pollJobs({ base, owners, tokens, report }, jobs) {
  const open2 = [];
  const expired = /* @__PURE__ */ new Set();
  batched(
    jobs.length,
    (k) => ({
      method: "GET",
      url: `${base}${paths.job(jobs[k].jobId)}`,
      params: params("poll dataset job", tokens[jobs[k].owner])
    }),
    (res, k) => {
      if (res.status === 401) {
        expired.add(jobs[k].owner);
        open2.push(jobs[k]);
        return;
      }
      if (res.status !== 200)
        throw new Error(
          `dataset: following a generation job of ${owners[jobs[k].owner].email} failed with status ${res.status}${res.error ? ` (${res.error})` : ""}`
        );
      const status2 = json(res);
      if (status2?.status === "failed")
        throw new Error(
          `dataset: generating a course of ${owners[jobs[k].owner].email} failed: ${status2.error ?? "no reason given"}`
        );
      if (status2?.status === "completed") report.generated++;
      else open2.push(jobs[k]);
    }
  );
  return { open: open2, expired };
}
function removeCourses(config3, adminToken, filter, remove) {
  const base = config3.baseUrl;
  let removed = 0;
  let offset = 0;
  for (let page = 0; page < 1e3; page++) {
    let items = [];
    batched(
      1,
      () => ({
        method: "GET",
        url: `${base}${paths.courses()}?q=${encodeURIComponent(filter)}&limit=${LIST_LIMIT}&offset=${offset}`,
        params: params("find leftovers", adminToken)
      }),
      (res) => {
        items = (res.status === 200 ? json(res)?.items : void 0) ?? [];
      }
    );
    if (items.length === 0) break;
    const doomed = items.filter((c) => remove(c.title));
    let gone = 0;
    batched(
      doomed.length,
      (k) => ({
        method: "DELETE",
        url: `${base}${paths.course(doomed[k].id)}`,
        params: params("remove leftovers", adminToken)
      }),
      (res) => {
        if (res.status === 204 || res.status === 404) gone++;
      }
    );
    removed += gone;
    offset += items.length - gone;
  }
  return removed;
}

// lib/users/setup.ts
var SEED_COURSES = 3;
var PROBE_TIMEOUT = "5s";
function abort(message) {
  exec3.test.abort(message);
  throw new Error(message);
}
function probe(baseUrl) {
  const url2 = `${baseUrl}/health`;
  const res = http4.get(url2, { timeout: PROBE_TIMEOUT, tags: { scope: "setup", name: "GET /health (setup probe)" } });
  if (res.status === 0) {
    abort(
      `the platform does not answer at ${url2} (GET, ${PROBE_TIMEOUT} timeout): ${res.error || "no response"}. Is it running? Set BASE_URL to its address.`
    );
  }
  if (res.status !== 200) {
    abort(
      `the platform at ${url2} answered ${res.status} instead of 200: it is not healthy, or BASE_URL points at something else.`
    );
  }
}
function classPassword(config3, secret2, role) {
  return secret2[role] ?? config3.users[role].password;
}
function login(config3, secret2, role) {
  if (pool.sizes[role] === 0) abort(`${pool.source} has no ${role} account, and this entry needs one.`);
  const { email, password } = pool.account(role, 0, classPassword(config3, secret2, role));
  const result = quietLogin(config3, email, password);
  if (!result.token) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    const where = config3.usersFile ? `its line in ${config3.usersFile}` : config3.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
  }
  return result.token;
}
function seedCourses(client, runId, config3) {
  const jobs = [];
  const courseIds = [];
  for (let n = 0; n < SEED_COURSES; n++) {
    const created = client.createCourse({
      title: `perf-seed ${runId} ${n}`,
      topic: "load testing",
      level: "beginner",
      chapter_count: 2
    });
    if (!created.body) abort(`setup could not create a seed course (status ${created.status}).`);
    const started = client.generate(created.body.id);
    if (!started.body) abort(`setup could not start generating a seed course (status ${started.status}).`);
    courseIds.push(created.body.id);
    jobs.push(started.body.job_id);
  }
  const deadline = Date.now() + config3.generationTimeoutS * 1e3;
  for (const jobId of jobs) {
    for (; ; ) {
      const job = client.getJob(jobId).body;
      if (job?.status === "completed") break;
      if (job?.status === "failed") abort(`a seed course's generation failed: ${job.error ?? "no reason given"}.`);
      if (Date.now() > deadline)
        abort(`seed courses were not generated within GENERATION_TIMEOUT=${config3.generationTimeoutS}s.`);
      sleep3(0.5);
    }
  }
  return courseIds;
}
async function secretPasswords() {
  const found = {};
  for (const role of ROLES) {
    try {
      const password = await secrets.get(`${role.toUpperCase()}_USER_PASSWORD`);
      if (password) found[role] = password;
    } catch {
    }
  }
  return found;
}
function datasetOwners(config3, secret2) {
  const vuIds = vuIdBound(exec3.test.options.scenarios ?? {});
  const owners = [];
  for (const role of ["regular", "power"]) {
    for (let i = 0; i < Math.min(pool.sizes[role], vuIds); i++)
      owners.push({ role, ...pool.account(role, i, classPassword(config3, secret2, role)) });
  }
  return owners;
}
async function prepareRun(config3, options2 = {}) {
  probe(config3.baseUrl);
  const secret2 = await secretPasswords();
  const anonymous = new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const tokens = {};
  for (const role of ROLES) tokens[role] = login(config3, secret2, role);
  const runId = newRunId();
  const swept = removeCourses(config3, tokens.admin, RUN_TITLE_FILTER, (title) => isLeftover(title, runId, false));
  if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
  if (options2.dataset) {
    const started = Date.now();
    try {
      const r = ensureDataset(config3, datasetOwners(config3, secret2));
      console.log(
        `setup: dataset of ${config3.dataset.courses} course(s) per account for ${r.accounts} account(s): ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed${r.retried > 0 ? `, ${r.retried} request(s) sent again after no answer or a 5xx` : ""}, in ${((Date.now() - started) / 1e3).toFixed(1)} s`
      );
    } catch (error) {
      abort(error instanceof Error ? error.message : String(error));
    }
  }
  const seededCourseIds = options2.seed ? seedCourses(anonymous.as(tokens.regular), runId, config3) : [];
  return { runId, tokens, seededCourseIds };
}
async function cleanUpRun(config3, data) {
  if (!data?.runId || pool.sizes.admin === 0) return;
  const secret2 = await secretPasswords();
  const { email, password } = pool.account("admin", 0, secret2.admin ?? config3.users.admin.password);
  const { token } = quietLogin(config3, email, password);
  if (!token) {
    console.error(
      `teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`
    );
    return;
  }
  const removed = removeCourses(config3, token, data.runId, (title) => isLeftover(title, data.runId, true));
  if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
}

// lib/config/entry.ts
function isControlRuntime() {
  return __VU === 0;
}
function entryOptions(config3, makeParts) {
  if (!isControlRuntime()) return void 0;
  const parts = makeParts();
  const scenarios = Object.fromEntries(Object.entries(parts.scenarios).filter(([, scenario]) => hasUsers(scenario)));
  const gates = [...parts.gates];
  if (config3.sidecarUrl) {
    scenarios.resources = resourcesScenario(parts.wallTimeS);
    gates.push(
      ...resourceGates({
        memoryMb: config3.targets.memoryMb,
        cpuPercent: config3.targets.cpuPercent,
        growthMbPerMin: parts.gateMemoryGrowth ? config3.targets.memoryGrowthMbPerMin : void 0,
        failOnMissing: config3.sidecarStrict
      })
    );
  }
  if (config3.usersDistinct) assertDistinct(pool, parts.roles ?? ROLES, vuIdBound(scenarios));
  return {
    scenarios,
    thresholds: withDroppedIterations(toK6Thresholds(gates), scenarios),
    // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
    setupTimeout: `${Math.max(60, config3.generationTimeoutS + 30) + (config3.dataset.courses > 0 ? 600 : 0)}s`,
    summaryTrendStats: SUMMARY_TREND_STATS
  };
}
function withDroppedIterations(thresholds, scenarios) {
  for (const [name, scenario] of Object.entries(scenarios)) {
    if (isArrivalRate(scenario)) thresholds[metricKey("dropped_iterations", { scenario: name })] ??= [];
  }
  return thresholds;
}
function hasUsers(scenario) {
  const { executor, startVUs, stages, vus } = scenario;
  if (executor === "ramping-vus") return (startVUs ?? 0) > 0 || (stages ?? []).some((stage) => stage.target > 0);
  if (executor === "constant-vus" || executor === "per-vu-iterations" || executor === "shared-iterations")
    return (vus ?? 1) > 0;
  return true;
}
function pollResources2() {
  if (config.sidecarUrl) pollResources(config.sidecarUrl);
}
function recordResourcesAtEnd() {
  if (config.sidecarUrl) endLoad(config.sidecarUrl);
}
async function teardown(data) {
  recordResourcesAtEnd();
  await cleanUpRun(config, data);
}

// lib/report/escape.ts
function escapeXml(text2) {
  return text2.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]
  );
}
function escapeMarkdownCell(text2) {
  return text2.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function markdownCode(text2, options2 = { inTable: true }) {
  const oneLine = text2.replace(/[\r\n]+/g, " ");
  const flat = options2.inTable ? oneLine.replace(/\|/g, "\\|") : oneLine;
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// lib/report/summary-data.ts
function statOf(expression2) {
  return /^\s*([a-z]+(?:\([\d.]+\))?)/.exec(expression2)?.[1] ?? expression2;
}
function unitOf(metric, stat) {
  if (!metric) return "value";
  if (stat === "rate" && metric.type === "rate") return "percent";
  if (stat === "count") return "count";
  return metric.type === "trend" && metric.contains === "time" ? "ms" : "value";
}
function thresholdRows(data) {
  const rows = [];
  for (const [metric, values] of Object.entries(data.metrics ?? {})) {
    for (const [expression2, result] of Object.entries(values.thresholds ?? {})) {
      const stat = statOf(expression2);
      const observed = values.values?.[stat];
      rows.push({
        metric,
        expression: expression2,
        ok: result.ok,
        stat,
        observed: typeof observed === "number" && Number.isFinite(observed) ? observed : null,
        unit: unitOf(values, stat)
      });
    }
  }
  return rows.sort((a, b) => Number(a.ok) - Number(b.ok) || a.metric.localeCompare(b.metric));
}
var SUB_METRIC = /^(\w+)\{endpoint:([^,}]+)\}$/;
function endpointRows(data) {
  const rows = /* @__PURE__ */ new Map();
  const row = (endpoint) => {
    let r = rows.get(endpoint);
    if (!r)
      rows.set(endpoint, r = { endpoint, requests: 0, p50: null, p95: null, p99: null, max: null, errorRate: null });
    return r;
  };
  for (const [name, metric] of Object.entries(data.metrics ?? {})) {
    const match = SUB_METRIC.exec(name);
    if (!match) continue;
    const [, base, endpoint] = match;
    const v = metric.values ?? {};
    if (base === "http_req_duration") {
      Object.assign(row(endpoint), {
        requests: v.count ?? 0,
        p50: v.med ?? null,
        p95: v["p(95)"] ?? null,
        p99: v["p(99)"] ?? null,
        max: v.max ?? null
      });
    } else if (base === "http_req_failed") {
      row(endpoint).errorRate = typeof v.rate === "number" ? v.rate : null;
    }
  }
  return [...rows.values()].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}
var DROPPED_SUB_METRIC = /^dropped_iterations\{scenario:([^,}]+)\}$/;
function droppedIterations(data, requestsPerIteration2 = {}) {
  const scenarios = [];
  for (const [name, metric] of Object.entries(data.metrics ?? {})) {
    const scenario = DROPPED_SUB_METRIC.exec(name)?.[1];
    if (scenario === void 0) continue;
    const iterations2 = metric.values?.count ?? 0;
    const perIteration = requestsPerIteration2[scenario];
    const limit = Object.keys(metric.thresholds ?? {}).map((expression2) => /^\s*count\s*<=\s*(\d+)\s*$/.exec(expression2)?.[1]).find((n) => n !== void 0);
    scenarios.push({
      scenario,
      iterations: iterations2,
      requests: perIteration === void 0 ? null : iterations2 * perIteration,
      allowed: limit === void 0 ? null : Number(limit)
    });
  }
  const total = metricValue(data, "dropped_iterations", "count");
  if (scenarios.length === 0 && total === null) return null;
  scenarios.sort((a, b) => a.scenario.localeCompare(b.scenario));
  const iterations = total ?? scenarios.reduce((sum, row) => sum + row.iterations, 0);
  const known = scenarios.reduce((sum, row) => sum + row.iterations, 0) === iterations && scenarios.every((row) => row.requests !== null);
  return { iterations, requests: known ? scenarios.reduce((sum, row) => sum + row.requests, 0) : null, scenarios };
}
function percentileCaveat(dropped) {
  if (!dropped) return null;
  if (dropped.iterations === 0)
    return "0 requests not sent on time (0 dropped iterations): the percentiles cover every scheduled request";
  const what = dropped.requests === null ? `the requests of ${formatValue(dropped.iterations, "count")} iterations` : `${formatValue(dropped.requests, "count")} request${dropped.requests === 1 ? "" : "s"}`;
  return `percentiles exclude ${what} not sent on time (${formatValue(dropped.iterations, "count")} dropped iterations: no VU was free when they were due), whose latency k6 cannot know`;
}
function droppedText(row) {
  const requests = row.requests === null ? "" : ` (${formatValue(row.requests, "count")} request${row.requests === 1 ? "" : "s"})`;
  const allowed = row.allowed === null ? ", not gated" : `, at most ${formatValue(row.allowed, "count")} allowed`;
  return `${formatValue(row.iterations, "count")} iteration${row.iterations === 1 ? "" : "s"} not sent on time${requests}${allowed}`;
}
function formatValue(value, unit) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  if (unit === "percent") return `${(value * 100).toFixed(2)}%`;
  if (unit === "ms") {
    if (Math.abs(value) >= 6e4) return `${(value / 1e3).toFixed(1)}s`;
    if (Math.abs(value) >= 1e3) return `${(value / 1e3).toFixed(2)}s`;
    return `${value.toFixed(value < 10 ? 2 : 1)}ms`;
  }
  if (unit === "count")
    return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return Math.abs(value) >= 1e6 ? value.toExponential(3) : String(Math.round(value * 1e3) / 1e3);
}
function metricValue(data, metric, stat) {
  const value = data.metrics?.[metric]?.values?.[stat];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
function serverResources(data) {
  if (!data.metrics?.server_memory_mb && !data.metrics?.server_cpu_percent) return null;
  return {
    memory_mb_peak: metricValue(data, "server_memory_mb", "max"),
    cpu_percent_p95: metricValue(data, "server_cpu_percent", "p(95)"),
    memory_growth_mb_per_min: metricValue(data, "server_memory_growth_mb_per_min", "max"),
    samples_missing: metricValue(data, "server_samples_missing", "count") ?? 0
  };
}
function resourcesText(resources) {
  if (!resources || resources.memory_mb_peak === null && resources.cpu_percent_p95 === null)
    return "server resources: not measured (no sidecar)";
  const growth = resources.memory_growth_mb_per_min;
  return [
    `server resources over the load: memory peak ${formatValue(resources.memory_mb_peak, "value")} MB`,
    `CPU p95 ${formatValue(resources.cpu_percent_p95, "value")}% of available CPUs`,
    ...growth === null ? [] : [`memory growth ${formatValue(growth, "value")} MB/min`],
    `samples missing ${resources.samples_missing}`
  ].join(", ");
}
var resourcesLine = (data) => resourcesText(serverResources(data));

// lib/report/results.ts
var RESULTS_SCHEMA_VERSION = 1;
function buildResults(data, meta, requestsPerIteration2 = {}) {
  const thresholds = thresholdRows(data).map(({ metric, expression: expression2, ok, observed, unit }) => ({
    metric,
    expression: expression2,
    ok,
    observed,
    unit
  }));
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: { ...meta, duration_ms: data.state?.testRunDurationMs ?? null },
    verdict: thresholds.every((t) => t.ok) ? "passed" : "failed",
    thresholds,
    endpoints: endpointRows(data),
    dropped: droppedIterations(data, requestsPerIteration2),
    metrics: Object.fromEntries(Object.entries(data.metrics ?? {}).map(([name, m]) => [name, m.values ?? {}])),
    resources: serverResources(data)
  };
}
function unitOf2(threshold) {
  if (threshold.unit) return threshold.unit;
  if (threshold.expression.startsWith("rate")) return "percent";
  return /duration|_ms/.test(threshold.metric) ? "ms" : "value";
}

// lib/report/junit.ts
function thresholdCase(suite, t) {
  const name = escapeXml(`${t.metric} ${t.expression}`);
  const observed = t.observed === null && t.reason ? `not measured: ${t.reason}` : `observed ${formatValue(t.observed, unitOf2(t))}`;
  const open2 = `    <testcase classname="${suite}" name="${name}" time="0">`;
  if (t.ok) return `${open2}<system-out>${escapeXml(observed)}</system-out></testcase>`;
  return `${open2}
      <failure message="${escapeXml(`${t.metric} ${t.expression} failed: ${observed}`)}" type="threshold">${escapeXml(observed)}</failure>
    </testcase>`;
}
function errorCase(suite, results) {
  const reason = escapeXml(results.run.outcome_reason ?? "the run ended in an error");
  return `    <testcase classname="${suite}" name="k6 run" time="0">
      <error message="${reason}" type="k6">${reason}</error>
    </testcase>`;
}
function junitReport(results) {
  const rows = results.thresholds;
  const failures = rows.filter((r) => !r.ok).length;
  const errors = results.run.outcome === "error" ? 1 : 0;
  const tests = rows.length + errors;
  const seconds2 = ((results.run.duration_ms ?? 0) / 1e3).toFixed(3);
  const suite = escapeXml(`course-perf.${results.run.scenario}`);
  const cases = [...errors ? [errorCase(suite, results)] : [], ...rows.map((r) => thresholdCase(suite, r))];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="course-perf" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds2}">`,
    `  <testsuite name="${suite}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds2}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// lib/report/markdown.ts
function thresholdTable(rows) {
  return [
    "| | threshold | observed |",
    "|---|---|---|",
    ...rows.map(
      (r) => `| ${r.ok ? "✅" : "❌"} | ${markdownCode(`${r.metric} ${r.expression}`)} | ${formatValue(r.observed, unitOf2(r))} |`
    )
  ];
}
function markdownReport(results) {
  const rows = results.thresholds;
  const failed = rows.filter((r) => !r.ok);
  const passed = rows.filter((r) => r.ok);
  const verdict = rows.length === 0 ? "no thresholds" : failed.length === 0 ? `✅ all ${rows.length} thresholds passed` : `❌ ${failed.length} of ${rows.length} thresholds failed`;
  const lines = [`## course-perf ${markdownCode(results.run.scenario, { inTable: false })}: ${verdict}`, ""];
  if (failed.length > 0) lines.push(...thresholdTable(failed), "");
  if (passed.length > 0) {
    lines.push(
      "<details>",
      `<summary>${passed.length} passed threshold${passed.length === 1 ? "" : "s"}</summary>`,
      "",
      ...thresholdTable(passed),
      "",
      "</details>",
      ""
    );
  }
  const endpoints = results.endpoints;
  if (endpoints.length > 0) {
    lines.push("| endpoint | requests | p50 | p95 | p99 | max | errors |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const e of endpoints) {
      lines.push(
        `| ${escapeMarkdownCell(e.endpoint)} | ${e.requests} | ${formatValue(e.p50, "ms")} | ${formatValue(e.p95, "ms")} | ${formatValue(e.p99, "ms")} | ${formatValue(e.max, "ms")} | ${formatValue(e.errorRate, "percent")} |`
      );
    }
    lines.push("");
  }
  const dropped = results.dropped ?? null;
  const caveat = percentileCaveat(dropped);
  if (caveat) lines.push(`${dropped.iterations > 0 ? "⚠️ " : ""}${escapeMarkdownCell(caveat)}`, "");
  if (dropped && dropped.scenarios.length > 0) {
    lines.push("| scenario (open model) | iterations not sent on time | requests | allowed |", "|---|---:|---:|---:|");
    for (const row of dropped.scenarios) {
      lines.push(
        `| ${escapeMarkdownCell(row.scenario)} | ${formatValue(row.iterations, "count")} | ${row.requests === null ? "n/a" : formatValue(row.requests, "count")} | ${row.allowed === null ? "not gated" : formatValue(row.allowed, "count")} |`
      );
    }
    lines.push("");
  }
  lines.push(escapeMarkdownCell(resourcesText(results.resources)), "");
  return lines.join("\n");
}

// lib/report/text.ts
var BUILT_IN = /* @__PURE__ */ new Set([
  "http_reqs",
  "http_req_duration",
  "http_req_blocked",
  "http_req_connecting",
  "http_req_tls_handshaking",
  "http_req_sending",
  "http_req_waiting",
  "http_req_receiving",
  "http_req_failed",
  "iterations",
  "iteration_duration",
  "dropped_iterations",
  "vus",
  "vus_max",
  "data_sent",
  "data_received",
  "checks",
  "group_duration"
]);
var isCustom = (name) => !name.includes("{") && !BUILT_IN.has(name) && !/^(server_|ws_|grpc_|browser_)/.test(name);
function paint(color) {
  const wrap = (code) => (text2) => color ? `\x1B[${code}m${text2}\x1B[0m` : text2;
  return { red: wrap(31), green: wrap(32), bold: wrap(1), dim: wrap(2) };
}
function textSummary(data, options2) {
  const c = paint(options2.color);
  const lines = [];
  const thresholds = thresholdRows(data);
  const failed = thresholds.filter((t) => !t.ok).length;
  lines.push(
    c.bold(
      `course-perf ${options2.scenario}: ${thresholds.length === 0 ? "no thresholds" : failed === 0 ? c.green(`all ${thresholds.length} thresholds passed`) : c.red(`${failed} of ${thresholds.length} thresholds failed`)}`
    )
  );
  lines.push("", c.bold("thresholds"));
  for (const t of thresholds) {
    const mark = t.ok ? c.green("✓") : c.red("✗");
    lines.push(`  ${mark} ${t.metric} ${t.expression}  ${c.dim("observed")} ${formatValue(t.observed, t.unit)}`);
  }
  const endpoints = endpointRows(data);
  if (endpoints.length > 0) {
    const width = Math.max(16, ...endpoints.map((e) => e.endpoint.length));
    lines.push(
      "",
      c.bold(
        `${"endpoints".padEnd(width + 2)} ${"requests".padStart(8)} ${["p50", "p95", "p99", "max", "errors"].map((h) => h.padStart(8)).join(" ")}`
      )
    );
    for (const e of endpoints) {
      const cell = (v) => formatValue(v, "ms").padStart(8);
      lines.push(
        `  ${e.endpoint.padEnd(width)} ${String(e.requests).padStart(8)} ${cell(e.p50)} ${cell(e.p95)} ${cell(e.p99)} ${cell(e.max)} ${formatValue(e.errorRate, "percent").padStart(8)}`
      );
    }
  }
  const dropped = droppedIterations(data, options2.requestsPerIteration);
  const caveat = percentileCaveat(dropped);
  if (caveat) lines.push(`  ${dropped.iterations > 0 ? c.red(caveat) : caveat}`);
  if (dropped && dropped.scenarios.length > 0) {
    lines.push("", c.bold("requests not sent on time (open model: k6 dropped_iterations per scenario)"));
    const width = Math.max(16, ...dropped.scenarios.map((row) => row.scenario.length));
    for (const row of dropped.scenarios) lines.push(`  ${row.scenario.padEnd(width)} ${droppedText(row)}`);
  }
  const seconds2 = (data.state?.testRunDurationMs ?? 0) / 1e3;
  const requests = metricValue(data, "http_reqs", "count");
  const iterations = metricValue(data, "iterations", "count");
  lines.push("", c.bold("throughput"));
  lines.push(
    `  ${formatValue(requests ?? 0, "count")} requests (${seconds2 > 0 && requests !== null ? (requests / seconds2).toFixed(1) : "n/a"}/s), ${formatValue(iterations ?? 0, "count")} iterations in ${seconds2.toFixed(1)} s`
  );
  lines.push(`  errors: ${formatValue(metricValue(data, "http_req_failed", "rate"), "percent")} of requests failed`);
  const checks = metricValue(data, "checks", "rate");
  lines.push(
    `  checks: ${formatValue(checks, "percent")} passed (${formatValue(metricValue(data, "checks", "passes"), "count")} of ${formatValue((metricValue(data, "checks", "passes") ?? 0) + (metricValue(data, "checks", "fails") ?? 0), "count")})`
  );
  const custom = Object.keys(data.metrics ?? {}).filter(isCustom).sort();
  if (custom.length > 0) {
    lines.push("", c.bold("custom metrics"));
    for (const name of custom) {
      const m = data.metrics[name];
      const v = m.values;
      const unit = m.contains === "time" ? "ms" : "value";
      const text2 = m.type === "trend" ? `avg ${formatValue(v.avg, unit)}, p95 ${formatValue(v["p(95)"], unit)}, max ${formatValue(v.max, unit)}` : m.type === "rate" ? formatValue(v.rate, "percent") : formatValue(v.count ?? v.value, "count");
      lines.push(`  ${name.padEnd(Math.max(30, ...custom.map((n) => n.length)))} ${text2}`);
    }
  }
  lines.push("", `  ${resourcesLine(data)}`, "");
  return lines.join("\n");
}

// lib/report/handle-summary.ts
var orNull = (value) => value ? value : null;
function makeHandleSummary(meta) {
  return function handleSummary2(data) {
    const out = {
      stdout: textSummary(data, {
        scenario: meta.scenario,
        color: data.state?.isStdOutTTY === true,
        requestsPerIteration: meta.requestsPerIteration
      })
    };
    const dir = __ENV.REPORTS_DIR;
    if (dir) {
      const results = buildResults(
        data,
        {
          scenario: meta.scenario,
          profile: orNull(__ENV.RUN_PROFILE) ?? meta.profile ?? null,
          target: orNull(__ENV.RUN_TARGET) ?? orNull(__ENV.BASE_URL),
          k6_version: orNull(__ENV.RUN_K6_VERSION),
          git_commit: orNull(__ENV.RUN_GIT_COMMIT),
          started_at: orNull(__ENV.RUN_STARTED_AT),
          finished_at: (/* @__PURE__ */ new Date()).toISOString()
        },
        meta.requestsPerIteration
      );
      const { setup_data: _secrets, ...shareable } = data;
      out[`${dir}/summary.json`] = JSON.stringify(shareable, null, 1);
      out[`${dir}/results.json`] = `${JSON.stringify(results, null, 2)}
`;
      out[`${dir}/junit.xml`] = junitReport(results);
      out[`${dir}/summary.md`] = markdownReport(results);
    }
    return out;
  };
}

// lib/users/session.ts
import { Counter as Counter2 } from "k6/metrics";
var relogins = new Counter2("relogins");
var secret;
function classPassword2(config3, role) {
  return secret?.[role] ?? config3.users[role].password;
}
function withSecrets(iteration) {
  return (...args) => {
    if (secret) return iteration(...args);
    return secretPasswords().then((found) => {
      secret = found;
      iteration(...args);
    });
  };
}

// lib/workflows/endpoint-groups.ts
import exec4 from "k6/execution";
var EXPORT_FORMATS = ["json", "markdown", "html"];
var seeded = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
var ENDPOINT_GROUPS = {
  health: {
    exec: "health",
    endpoints: ["health"],
    rate: (r) => r * 2,
    requestsPerIteration: 1,
    steps: [({ user }) => user.health()]
  },
  // Logging in as the VU's own regular account (the token is not used: the other groups keep setup's).
  login: {
    exec: "login",
    endpoints: ["login"],
    rate: (r) => Math.max(0.2, r / 5),
    requestsPerIteration: 1,
    steps: [
      ({ user }, _data, _title, config3) => {
        const account = accountOfVu(pool, "regular", classPassword2(config3, "regular"));
        if (account) user.login(account.email, account.password);
      }
    ]
  },
  reads: {
    exec: "reads",
    endpoints: ["courses_list", "course_get", "chapter_get"],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [
      ({ user }) => user.listCourses({ limit: 20 }),
      ({ user }, data) => user.getCourse(seeded(data)),
      ({ user }, data) => user.getChapter(seeded(data), 1)
    ]
  },
  status: {
    exec: "status",
    endpoints: ["job_get"],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [({ user }, data) => user.getJob(data.jobId)]
  },
  writes: {
    exec: "writes",
    endpoints: ["course_create", "course_update", "course_delete"],
    rate: (r) => r,
    requestsPerIteration: 3,
    // One iteration creates, updates and deletes, so the three write endpoints get the same rate and nothing is left behind.
    steps: [
      ({ user }, _data, title) => {
        const created = user.createCourse({
          title: title("api-write"),
          topic: "writes",
          level: "intermediate",
          chapter_count: 1
        });
        if (!created.body) return;
        user.updateCourse(created.body.id, { level: "advanced" });
        user.deleteCourse(created.body.id);
      }
    ]
  },
  generate: {
    exec: "generate",
    endpoints: ["course_generate"],
    rate: (r) => Math.max(0.2, r / 5),
    requestsPerIteration: 2,
    // creates the course it generates
    steps: [
      ({ user }, _data, title) => {
        const created = user.createCourse({
          title: title("api-gen"),
          topic: "generation",
          level: "beginner",
          chapter_count: 1
        });
        if (created.body) user.generate(created.body.id);
      }
    ]
  },
  export: {
    exec: "exportCourse",
    endpoints: ["course_export"],
    rate: (r) => Math.max(0.2, r / 2),
    requestsPerIteration: 1,
    steps: EXPORT_FORMATS.map(
      (format) => ({ user }, data) => user.exportCourse(seeded(data), format)
    )
  },
  admin: {
    exec: "admin",
    endpoints: ["admin_stats", "admin_jobs", "admin_users"],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [({ admin: admin2 }) => admin2.adminStats(), ({ admin: admin2 }) => admin2.adminJobs(20), ({ admin: admin2 }) => admin2.adminUsers()]
  }
};
function requestsPerIteration() {
  return Object.fromEntries(Object.entries(ENDPOINT_GROUPS).map(([name, group]) => [name, group.requestsPerIteration]));
}
function groupedEndpoints() {
  return Object.values(ENDPOINT_GROUPS).flatMap((group) => group.endpoints);
}
async function prepareEndpointGroups(config3) {
  const data = await prepareRun(config3, { seed: true });
  const client = new ApiClient(config3.baseUrl, config3.apiTimeoutS, data.tokens.regular);
  const course = client.createCourse({
    title: `perf-api ${data.runId}`,
    topic: "api budgets",
    level: "beginner",
    chapter_count: 1
  });
  if (!course.body)
    throw new Error(`setup could not create the course whose job the status group polls (status ${course.status})`);
  const job = client.generate(course.body.id);
  if (!job.body)
    throw new Error(`setup could not start the generation job the status group polls (status ${job.status})`);
  return { ...data, jobId: job.body.job_id };
}
var clients;
var turn = 0;
function runGroupStep(config3, group, data) {
  clients ??= {
    user: new ApiClient(config3.baseUrl, config3.apiTimeoutS, data.tokens.regular),
    admin: new ApiClient(config3.baseUrl, config3.apiTimeoutS, data.tokens.admin)
  };
  const step = group.steps[turn++ % group.steps.length];
  step(
    clients,
    data,
    (kind) => `perf-${kind} ${data.runId} vu${exec4.vu.idInTest} it${exec4.vu.iterationInScenario}`,
    config3
  );
}

// thresholds/gates.ts
var api = { scope: API_SCOPE };
function endpointP95(endpoint, targets) {
  if (endpoint === "health") return targets.healthP95Ms;
  if (endpoint === "course_export") return targets.exportP95Ms;
  if (endpoint === "login") return targets.loginP95Ms;
  return targets.apiP95Ms;
}
function endpointP99(endpoint, targets) {
  return Math.max(targets.apiP99Ms, endpointP95(endpoint, targets));
}
function abortGates(delayAbortEval = "10s") {
  return [
    {
      metric: "http_req_failed",
      tags: api,
      rules: [{ stat: "rate", op: "<", value: 0.5, abortOnFail: true, delayAbortEval }]
    }
  ];
}
function endpointBudgetGates(targets, endpoints, errorRate2) {
  return endpoints.flatMap((endpoint) => [
    {
      metric: "http_req_duration",
      tags: { endpoint },
      rules: [
        { stat: "p(95)", op: "<", value: endpointP95(endpoint, targets) },
        { stat: "p(99)", op: "<", value: endpointP99(endpoint, targets) }
      ]
    },
    {
      metric: "http_req_failed",
      tags: { endpoint },
      rules: [{ stat: "rate", op: "<", value: errorRate2 }]
    }
  ]);
}
function allowedDrops(share, scheduled) {
  return Math.floor(share * scheduled + 1e-9);
}
function droppedIterationGates(scenarios, share, abort2) {
  return Object.entries(scenarios).filter(([, scenario]) => isArrivalRate(scenario)).map(([name, scenario]) => ({
    metric: "dropped_iterations",
    tags: { scenario: name },
    rules: [
      {
        stat: "count",
        op: "<=",
        value: allowedDrops(share, scheduledIterations(scenario)),
        ...abort2 ? { abortOnFail: true, ...abort2 } : {}
      }
    ]
  }));
}

// scenarios/api.ts
var config2 = guardedConfig("api");
var { rate, errorRate } = apiEntry.settings(__ENV);
function groupVUs(group) {
  return openModelVUs({
    ratePerS: group.rate(rate),
    requestsPerIteration: group.requestsPerIteration,
    p99BudgetMs: Math.max(...group.endpoints.map((endpoint) => endpointP99(endpoint, config2.targets))),
    timeoutS: config2.apiTimeoutS
  });
}
var options = entryOptions(config2, () => {
  const scenarios = Object.fromEntries(
    Object.entries(ENDPOINT_GROUPS).map(([name, group]) => [
      name,
      constantRate(group.exec, group.rate(rate), config2.durationS, groupVUs(group))
    ])
  );
  return {
    roles: [],
    // classes whose VUs log in as their own pool account
    wallTimeS: config2.durationS,
    scenarios,
    gates: [
      ...endpointBudgetGates(config2.targets, groupedEndpoints(), errorRate),
      ...droppedIterationGates(scenarios, config2.targets.droppedShare),
      ...abortGates()
    ]
  };
});
var handleSummary = makeHandleSummary({ scenario: "api", requestsPerIteration: requestsPerIteration() });
function setup() {
  return prepareEndpointGroups(config2);
}
var g = ENDPOINT_GROUPS;
var health = (data) => runGroupStep(config2, g.health, data);
var login2 = withSecrets((data) => runGroupStep(config2, g.login, data));
var reads = (data) => runGroupStep(config2, g.reads, data);
var status = (data) => runGroupStep(config2, g.status, data);
var writes = (data) => runGroupStep(config2, g.writes, data);
var generate = (data) => runGroupStep(config2, g.generate, data);
var exportCourse = (data) => runGroupStep(config2, g.export, data);
var admin = (data) => runGroupStep(config2, g.admin, data);
export {
  admin,
  exportCourse,
  generate,
  handleSummary,
  health,
  login2 as login,
  options,
  pollResources2 as pollResources,
  reads,
  setup,
  status,
  teardown,
  writes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvZHVyYXRpb24udHMiLCAiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9lbmRwb2ludC1ncm91cHMudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3MvYXBpLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqXG4gICAqIExvZ2luIGNoZWNrcyBhIHBhc3N3b3JkIGhhc2ggKHNjcnlwdCwgYmNyeXB0KSwgd2hpY2ggY29zdHMgdGVucyBvZiBtcyBvZiBDUFUgYnkgZGVzaWduLCBhbmQgZXZlcnlcbiAgICogVlUgbG9ncyBpbiBhcyBpdCBhcnJpdmVzOiBhIGJ1ZGdldCBvZiBpdHMgb3duLCBzbyBhIGxvZ2luIHN0b3JtIGlzIGdhdGVkIHdpdGhvdXQgaGlkaW5nIEFQSSBsYXRlbmN5IChtcykuXG4gICAqL1xuICBsb2dpblA5NU1zOiBudW1iZXI7XG4gIC8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24sIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzIChtcykuICovXG4gIGNoYXB0ZXJQOTVNczogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgY2hlY2tzIGFuZCB3b3JrZmxvd3MgdGhhdCBtdXN0IHN1Y2NlZWQgKDAtMSkuICovXG4gIHN1Y2Nlc3NSYXRlOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBBUEkgcmVxdWVzdHMgdGhhdCBtYXkgZmFpbCwgb3ZlcmFsbCBhbmQgcGVyIGVuZHBvaW50ICgwLTEpLiAqL1xuICBlcnJvclJhdGU6IG51bWJlcjtcbiAgLyoqXG4gICAqIFNoYXJlIG9mIGFuIG9wZW4tbW9kZWwgc2NlbmFyaW8ncyBzY2hlZHVsZWQgaXRlcmF0aW9ucyBrNiBtYXkgZHJvcCBmb3Igd2FudCBvZiBhIGZyZWUgVlUgKDAtMSk6XG4gICAqIHJlcXVlc3RzIG5vdCBzZW50IG9uIHRpbWUsIHdob3NlIGxhdGVuY3kgbm8gcGVyY2VudGlsZSBob2xkcy5cbiAgICovXG4gIGRyb3BwZWRTaGFyZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBsb2dpblA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIGRyb3BwZWRTaGFyZTogMC4wMSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBUaGUgdXNlciBwb29sJ3MgdHdvIHNvdXJjZXMsIGFzIHB1cmUgZnVuY3Rpb25zIChubyBrNiBpbXBvcnRzKSBzbyB0aGUgZGVtbyBwbGF0Zm9ybSwgdGhlIHJ1bm5lclxuLy8gYW5kIHRoZSB1bml0IHRlc3RzIHNoYXJlIHRoZW0gd2l0aCB0aGUgazYgc2lkZTpcbi8vIC0gUEVSRk9STUFOQ0VfVVNFUlNfRklMRSwgYSBDU1YgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChvbmUgYWNjb3VudCBwZXIgbGluZSk7XG4vLyAtIGEgZGVtbyBwb29sIHNwZWMgYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAoREVNT19VU0VSUyksIHdob3NlIGFjY291bnRzIGFyZSBuYW1lZFxuLy8gICBgcmVndWxhci0wMDAxQGV4YW1wbGUuY29tYCAuLi4gYW5kIHNoYXJlIG9uZSBwYXNzd29yZCBwZXIgcm9sZS5cbi8vIEEgQ1NWIHBhcnNlciBvZiBvdXIgb3duIGJlY2F1c2UgdGhlIGZpbGUgbXVzdCBiZSBjaGVja2VkIGxpbmUgYnkgbGluZSB3aXRoIHRoZSBsaW5lIG5hbWVkIGluXG4vLyB0aGUgbWVzc2FnZSwgYW5kIGl0IHJ1bnMgb25jZSBwZXIgdGVzdCAoaW5zaWRlIGEgU2hhcmVkQXJyYXkgY2FsbGJhY2spOyBrNidzIGV4cGVyaW1lbnRhbCBjc3Zcbi8vIG1vZHVsZSByZXR1cm5zIGJhcmUgcmVjb3JkcyB3aXRob3V0IGxpbmUgbnVtYmVycyBhbmQgbmVlZHMgdG9wLWxldmVsIGF3YWl0IGluIGV2ZXJ5IFZVLlxuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IGNvbnN0IFJPTEVTOiByZWFkb25seSBSb2xlW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcblxuZXhwb3J0IGludGVyZmFjZSBBY2NvdW50IHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgQWNjb3VudHMgPSBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbmV4cG9ydCB0eXBlIFBvb2xTaXplcyA9IFJlY29yZDxSb2xlLCBudW1iZXI+O1xuXG5leHBvcnQgY2xhc3MgVXNlcnNGaWxlRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnVXNlcnNGaWxlRXJyb3InO1xufVxuXG4vKipcbiAqIFJlYWRzIGEgdXNlcnMgQ1NWOiBoZWFkZXIgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChhbnkgY29sdW1uIG9yZGVyLCBjYXNlLWluc2Vuc2l0aXZlKSwgUkZDIDQxODBcbiAqIHF1b3RpbmcgKFwiYSxiXCIgYW5kIFwiXCIgaW5zaWRlIHF1b3RlcyksIGJsYW5rIGxpbmVzIHNraXBwZWQuIEV2ZXJ5IHByb2JsZW0gbmFtZXMgdGhlIGZpbGUgYW5kIGxpbmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVVzZXJzQ3N2KHRleHQ6IHN0cmluZywgZmlsZTogc3RyaW5nKTogQWNjb3VudHMge1xuICBjb25zdCBhY2NvdW50czogQWNjb3VudHMgPSB7IHJlZ3VsYXI6IFtdLCBwb3dlcjogW10sIGFkbWluOiBbXSB9O1xuICBjb25zdCBmYWlsID0gKGxpbmU6IG51bWJlciwgcHJvYmxlbTogc3RyaW5nKTogbmV2ZXIgPT4ge1xuICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke2ZpbGV9LCBsaW5lICR7bGluZX06ICR7cHJvYmxlbX1gKTtcbiAgfTtcbiAgbGV0IGNvbHVtbnM6IFJlY29yZDwnZW1haWwnIHwgJ3Bhc3N3b3JkJyB8ICdyb2xlJywgbnVtYmVyPiB8IHVuZGVmaW5lZDtcbiAgbGV0IHdpZHRoID0gMDtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBib2R5ID0gdGV4dC5jaGFyQ29kZUF0KDApID09PSAweGZlZmYgPyB0ZXh0LnNsaWNlKDEpIDogdGV4dDsgLy8gYSBCT00gZnJvbSBzcHJlYWRzaGVldCBleHBvcnRzXG4gIGNvbnN0IGxpbmVzID0gYm9keS5zcGxpdCgvXFxyP1xcbi8pO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IGxpbmVzLmxlbmd0aDsgbisrKSB7XG4gICAgY29uc3QgbGluZSA9IGxpbmVzW25dITtcbiAgICBpZiAobGluZS50cmltKCkgPT09ICcnKSBjb250aW51ZTtcbiAgICAvLyBGaWVsZHMgb2Ygb25lIGxpbmU6IHF1b3RlZCBmaWVsZHMgbWF5IGhvbGQgY29tbWFzIGFuZCBkb3VibGVkIHF1b3RlcyAobm90IGxpbmUgYnJlYWtzKS5cbiAgICBjb25zdCBmaWVsZHM6IHN0cmluZ1tdID0gW107XG4gICAgbGV0IGZpZWxkID0gJyc7XG4gICAgbGV0IHF1b3RlZCA9IGZhbHNlO1xuICAgIGxldCB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmUubGVuZ3RoOyBpKyspIHtcbiAgICAgIGNvbnN0IGMgPSBsaW5lW2ldO1xuICAgICAgaWYgKHF1b3RlZCkge1xuICAgICAgICBpZiAoYyA9PT0gJ1wiJyAmJiBsaW5lW2kgKyAxXSA9PT0gJ1wiJykgKGZpZWxkICs9ICdcIicpLCBpKys7XG4gICAgICAgIGVsc2UgaWYgKGMgPT09ICdcIicpIHF1b3RlZCA9IGZhbHNlO1xuICAgICAgICBlbHNlIGZpZWxkICs9IGM7XG4gICAgICB9IGVsc2UgaWYgKGMgPT09ICcsJykge1xuICAgICAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICAgIHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnXCInICYmIGZpZWxkLnRyaW0oKSA9PT0gJycpIHtcbiAgICAgICAgcXVvdGVkID0gd2FzUXVvdGVkID0gdHJ1ZTtcbiAgICAgICAgZmllbGQgPSAnJztcbiAgICAgIH0gZWxzZSBmaWVsZCArPSBjO1xuICAgIH1cbiAgICBpZiAocXVvdGVkKSBmYWlsKG4gKyAxLCAnYSBxdW90ZWQgZmllbGQgaXMgbm90IGNsb3NlZCcpO1xuICAgIGZpZWxkcy5wdXNoKHdhc1F1b3RlZCA/IGZpZWxkIDogZmllbGQudHJpbSgpKTtcbiAgICBpZiAoIWNvbHVtbnMpIHtcbiAgICAgIGNvbnN0IG5hbWVzID0gZmllbGRzLm1hcCgoZikgPT4gZi50b0xvd2VyQ2FzZSgpKTtcbiAgICAgIGNvbnN0IGF0ID0gKG5hbWU6IHN0cmluZykgPT4gbmFtZXMuaW5kZXhPZihuYW1lKTtcbiAgICAgIGlmIChhdCgnZW1haWwnKSA8IDAgfHwgYXQoJ3Bhc3N3b3JkJykgPCAwIHx8IGF0KCdyb2xlJykgPCAwKSB7XG4gICAgICAgIGZhaWwobiArIDEsIGB0aGUgZmlyc3QgbGluZSBtdXN0IGJlIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSAoZ290ICR7SlNPTi5zdHJpbmdpZnkobGluZS5zbGljZSgwLCA4MCkpfSlgKTtcbiAgICAgIH1cbiAgICAgIGNvbHVtbnMgPSB7IGVtYWlsOiBhdCgnZW1haWwnKSwgcGFzc3dvcmQ6IGF0KCdwYXNzd29yZCcpLCByb2xlOiBhdCgncm9sZScpIH07XG4gICAgICB3aWR0aCA9IGZpZWxkcy5sZW5ndGg7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGZpZWxkcy5sZW5ndGggIT09IHdpZHRoKSBmYWlsKG4gKyAxLCBgZXhwZWN0ZWQgJHt3aWR0aH0gZmllbGRzIGxpa2UgdGhlIGhlYWRlciwgZ290ICR7ZmllbGRzLmxlbmd0aH1gKTtcbiAgICBjb25zdCBlbWFpbCA9IGZpZWxkc1tjb2x1bW5zLmVtYWlsXSA/PyAnJztcbiAgICBjb25zdCBwYXNzd29yZCA9IGZpZWxkc1tjb2x1bW5zLnBhc3N3b3JkXSA/PyAnJztcbiAgICBjb25zdCByb2xlID0gKGZpZWxkc1tjb2x1bW5zLnJvbGVdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xuICAgIGlmIChlbWFpbCA9PT0gJycpIGZhaWwobiArIDEsICdlbXB0eSBlbWFpbCcpO1xuICAgIGlmIChwYXNzd29yZCA9PT0gJycpIGZhaWwobiArIDEsIGBlbXB0eSBwYXNzd29yZCBmb3IgJHtlbWFpbH1gKTtcbiAgICBpZiAoIShST0xFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXMocm9sZSkpXG4gICAgICBmYWlsKG4gKyAxLCBgdW5rbm93biByb2xlICR7SlNPTi5zdHJpbmdpZnkocm9sZSl9IGZvciAke2VtYWlsfSAodXNlIHJlZ3VsYXIsIHBvd2VyIG9yIGFkbWluKWApO1xuICAgIGlmIChzZWVuLmhhcyhlbWFpbC50b0xvd2VyQ2FzZSgpKSkgZmFpbChuICsgMSwgYCR7ZW1haWx9IGlzIGxpc3RlZCB0d2ljZWApO1xuICAgIHNlZW4uYWRkKGVtYWlsLnRvTG93ZXJDYXNlKCkpO1xuICAgIGFjY291bnRzW3JvbGUgYXMgUm9sZV0ucHVzaCh7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuICBpZiAoIWNvbHVtbnMpIGZhaWwoMSwgJ3RoZSBmaWxlIGlzIGVtcHR5OiBpdCBuZWVkcyB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgYW5kIG9uZSBsaW5lIHBlciBhY2NvdW50Jyk7XG4gIHJldHVybiBhY2NvdW50cztcbn1cblxuLyoqIGByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMGAgLT4gc2l6ZXM7IGEgcm9sZSBsZWZ0IG91dCBoYXMgbm9uZS4gVGhyb3dzIG5hbWluZyBgbmFtZWAgb24gYW55dGhpbmcgZWxzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVBvb2xTcGVjKHNwZWM6IHN0cmluZywgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHtcbiAgY29uc3Qgc2l6ZXM6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3JvbGU6Y291bnQgcGFpcnMgc3VjaCBhcyByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMCc7XG4gIGZvciAoY29uc3QgcGFydCBvZiBzcGVjXG4gICAgLnNwbGl0KCcsJylcbiAgICAubWFwKChwKSA9PiBwLnRyaW0oKSlcbiAgICAuZmlsdGVyKChwKSA9PiBwICE9PSAnJykpIHtcbiAgICBjb25zdCBtYXRjaCA9IC9eKHJlZ3VsYXJ8cG93ZXJ8YWRtaW4pOihcXGR7MSw2fSkkLy5leGVjKHBhcnQpO1xuICAgIGlmICghbWF0Y2gpXG4gICAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHNwZWMpfTogXCIke3BhcnR9XCIgaXMgbm90IG9uZSBvZiAke2V4cGVjdGVkfWApO1xuICAgIHNpemVzW21hdGNoWzFdIGFzIFJvbGVdID0gTnVtYmVyKG1hdGNoWzJdKTtcbiAgfVxuICBpZiAoc2l6ZXMucmVndWxhciArIHNpemVzLnBvd2VyICsgc2l6ZXMuYWRtaW4gPT09IDApXG4gICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG4gIHJldHVybiBzaXplcztcbn1cblxuLyoqIFRoZSBlbWFpbCBvZiB0aGUgbi10aCAoZnJvbSAxKSBkZW1vIHBvb2wgYWNjb3VudCBvZiBhIHJvbGU6IHJlZ3VsYXItMDAwMUBleGFtcGxlLmNvbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb29sRW1haWwocm9sZTogUm9sZSwgbjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3JvbGV9LSR7U3RyaW5nKG4pLnBhZFN0YXJ0KDQsICcwJyl9QGV4YW1wbGUuY29tYDtcbn1cblxuLyoqIFdoeSBhIHBvb2wgaXMgdG9vIHNtYWxsIGZvciBkaXN0aW5jdCBhY2NvdW50cywgb3IgdW5kZWZpbmVkIHdoZW4gZXZlcnkgVlUgY2FuIGhhdmUgaXRzIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b29TbWFsbEZvckRpc3RpbmN0KHNpemVzOiBQb29sU2l6ZXMsIG5lZWRlZDogUG9vbFNpemVzLCBzb3VyY2U6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIGlmIChuZWVkZWRbcm9sZV0gPiAwICYmIHNpemVzW3JvbGVdIDwgbmVlZGVkW3JvbGVdKSB7XG4gICAgICByZXR1cm4gKFxuICAgICAgICBgJHtzb3VyY2V9IGhhcyAke3NpemVzW3JvbGVdfSAke3JvbGV9IGFjY291bnQocyksIGJ1dCBQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlIG5lZWRzICR7bmVlZGVkW3JvbGVdfTogYCArXG4gICAgICAgIGBvbmUgcGVyIFZVIGlkIHRoaXMgZW50cnkgY2FuIHN0YXJ0IChrNiBudW1iZXJzIFZVcyBhY3Jvc3MgYWxsIGNsYXNzZXMsIGFuZCBWVSBuIHVzZXMgdGhlIGNsYXNzJ3MgYWNjb3VudCBuIG1vZCBzaXplKWBcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogVGhlIGhpZ2hlc3QgVlUgaWQgazYgY2FuIGhhbmQgb3V0IGZvciB0aGVzZSBzY2VuYXJpb3MgKHRoZSBzdW0gb2YgZWFjaCBzY2VuYXJpbydzIFZVcywgYW4gdXBwZXJcbiAqIGJvdW5kIG9mIGs2J3MgbWF4VlVzKTogVlUgaWRzIGFyZSBudW1iZXJlZCBhY3Jvc3MgYWxsIHNjZW5hcmlvcywgc28gYSBjbGFzcydzIGFjY291bnRzIGFyZVxuICogaW5kZXhlZCBieSBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZ1SWRCb3VuZChzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik6IG51bWJlciB7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGZvciAoY29uc3QgcyBvZiBPYmplY3QudmFsdWVzKHNjZW5hcmlvcykpIHtcbiAgICBjb25zdCBzdGFnZXMgPSAocy5zdGFnZXMgYXMgeyB0YXJnZXQ6IG51bWJlciB9W10gfCB1bmRlZmluZWQpID8/IFtdO1xuICAgIGNvbnN0IG1vc3QgPSBNYXRoLm1heChOdW1iZXIocy5zdGFydFZVcyA/PyAwKSwgLi4uc3RhZ2VzLm1hcCgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCkpO1xuICAgIGlmIChzLmV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSB0b3RhbCArPSBtb3N0O1xuICAgIGVsc2UgaWYgKHR5cGVvZiBzLm1heFZVcyA9PT0gJ251bWJlcicpIHRvdGFsICs9IHMubWF4VlVzO1xuICAgIGVsc2UgaWYgKHR5cGVvZiBzLnByZUFsbG9jYXRlZFZVcyA9PT0gJ251bWJlcicpIHRvdGFsICs9IHMucHJlQWxsb2NhdGVkVlVzO1xuICAgIGVsc2UgdG90YWwgKz0gTnVtYmVyKHMudnVzID8/IDEpO1xuICB9XG4gIHJldHVybiB0b3RhbDtcbn1cbiIsICIvLyBSdW4gY29uZmlndXJhdGlvbiBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIHVwIGZyb250LiBQdXJlIChubyBrNiBpbXBvcnRzKSBzbyB0aGVcbi8vIHBhcnNpbmcgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2NvbmZpZy9lbnYudHMgYXBwbGllcyBpdCB0byBrNidzIF9fRU5WIGF0IGluaXQsIHdoZXJlIGEgdGhyb3dcbi8vIHN0b3BzIHRoZSBydW4gYmVmb3JlIGFueSByZXF1ZXN0IGlzIHNlbnQuXG5pbXBvcnQgeyBERUZBVUxUX1RBUkdFVFMsIHR5cGUgVGFyZ2V0cyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyc7XG5pbXBvcnQgeyB0eXBlIFBvb2xTaXplcywgcGFyc2VQb29sU3BlYywgVXNlcnNGaWxlRXJyb3IgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG4gIC8qKiBUaGUgdXNlciBwb29sOiBhIENTViBvZiBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRklMRSksIG9yIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sOyBuZWl0aGVyOiBvbmUgYWNjb3VudCBwZXIgY2xhc3MuICovXG4gIHVzZXJzRmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBkZW1vVXNlcnM6IFBvb2xTaXplcyB8IHVuZGVmaW5lZDtcbiAgLyoqIFJlZnVzZSBhIHBvb2wgd2l0aCBmZXdlciBhY2NvdW50cyBvZiBhIGNsYXNzIHRoYW4gVlUgaWRzIChQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlKS4gKi9cbiAgdXNlcnNEaXN0aW5jdDogYm9vbGVhbjtcbiAgLyoqIEtlcHQgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50IChQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMpLCBvZiB3aGljaCB0aGUgZmlyc3QgTiBvZiBlYWNoIHJlZ3VsYXIgYWNjb3VudCBhcmUgZ2VuZXJhdGVkLiAqL1xuICBkYXRhc2V0OiB7IGNvdXJzZXM6IG51bWJlcjsgZ2VuZXJhdGVkOiBudW1iZXI7IHJlc2VlZDogYm9vbGVhbiB9O1xufVxuXG5leHBvcnQgY2xhc3MgQ29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlnRXJyb3InO1xufVxuXG4vKiogVGhlIGxvbmdlc3QgcmFtcHMsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1JBTVBfVVAsIFBFUkZPUk1BTkNFX1JBTVBfRE9XTikuICovXG5leHBvcnQgY29uc3QgTUFYX1JBTVBfVVBfUyA9IDI0ICogMzYwMDtcbmV4cG9ydCBjb25zdCBNQVhfUkFNUF9ET1dOX1MgPSAzNjAwO1xuXG50eXBlIFJlYWQ8VD4gPSAoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFQpID0+IFQ7XG5cbmZ1bmN0aW9uIHJhdyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIHJldHVybiB2YWx1ZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdmFsdWUudHJpbSgpO1xufVxuXG5mdW5jdGlvbiBmYWlsKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZywgZXhwZWN0ZWQ6IHN0cmluZyk6IG5ldmVyIHtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xufVxuXG5mdW5jdGlvbiBudW1iZXJJbihtaW46IG51bWJlciwgbWF4OiBudW1iZXIsIHdoYXQ6IHN0cmluZywgaW50ZWdlcjogYm9vbGVhbik6IFJlYWQ8bnVtYmVyPiB7XG4gIHJldHVybiAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgICBjb25zdCBleHBlY3RlZCA9IGAke3doYXR9IGZyb20gJHttaW59IHRvICR7bWF4fWA7XG4gICAgaWYgKCEvXlsrXT9cXGQrKFxcLlxcZCspPyQvLnRlc3QodmFsdWUpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgY29uc3QgcGFyc2VkID0gTnVtYmVyKHZhbHVlKTtcbiAgICBpZiAoKGludGVnZXIgJiYgIU51bWJlci5pc0ludGVnZXIocGFyc2VkKSkgfHwgcGFyc2VkIDwgbWluIHx8IHBhcnNlZCA+IG1heCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIHJldHVybiBwYXJzZWQ7XG4gIH07XG59XG5cbi8qKiBXaG9sZSBzZWNvbmRzLCBlLmcuIDYwIChhIHVuaXQgc3VjaCBhcyBcIjYwc1wiIG9yIFwiMW1cIiBpcyByZWZ1c2VkIHJhdGhlciB0aGFuIGd1ZXNzZWQpLiAqL1xuY29uc3Qgc2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycsIHRydWUpO1xuY29uc3QgY291bnQgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyJywgdHJ1ZSk7XG5jb25zdCBtaWxsaXMgPSBudW1iZXJJbigxLCAzXzYwMF8wMDAsICdtaWxsaXNlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKTtcbmNvbnN0IGZyYWN0aW9uID0gbnVtYmVySW4oMCwgMSwgJ2EgZnJhY3Rpb24gKGUuZy4gMC45NSknLCBmYWxzZSk7XG5cbmNvbnN0IHRleHQ6IFJlYWQ8c3RyaW5nPiA9IChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodmFsdWUudHJpbSgpID09PSAnJykgZmFpbChuYW1lLCB2YWx1ZSwgJ2Egbm9uLWVtcHR5IHZhbHVlJyk7XG4gIHJldHVybiB2YWx1ZTtcbn07XG5cbmZ1bmN0aW9uIHVybChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgY29uc3QgbWF0Y2ggPSAvXihodHRwcz8pOlxcL1xcLyhbXi9cXHM6XSt8XFxbWzAtOWEtZkEtRjpdK1xcXSkoOlxcZHsxLDV9KT8oXFwvXFxTKik/JC8uZXhlYyh2YWx1ZSk7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsICdhbiBodHRwKHMpIFVSTCBzdWNoIGFzIGh0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpO1xuICByZXR1cm4gdmFsdWUucmVwbGFjZSgvXFwvKyQvLCAnJyk7XG59XG5cbmZ1bmN0aW9uIHdlaWdodHMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IHJlZ3VsYXI6IDcwLCBwb3dlcjogMjAsIGFkbWluOiAxMCB9O1xuICBjb25zdCBwYXJ0cyA9IHZhbHVlLnNwbGl0KCcvJykubWFwKChwYXJ0KSA9PiBwYXJ0LnRyaW0oKSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3RocmVlIHdob2xlIHBlcmNlbnRhZ2VzIHJlZ3VsYXIvcG93ZXIvYWRtaW4gc3VtbWluZyB0byAxMDAsIGUuZy4gNzAvMjAvMTAnO1xuICBpZiAocGFydHMubGVuZ3RoICE9PSAzIHx8IHBhcnRzLnNvbWUoKHBhcnQpID0+ICEvXlxcZCskLy50ZXN0KHBhcnQpKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBbcmVndWxhciwgcG93ZXIsIGFkbWluXSA9IHBhcnRzLm1hcChOdW1iZXIpIGFzIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgaWYgKHJlZ3VsYXIgKyBwb3dlciArIGFkbWluICE9PSAxMDApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgcmVndWxhciwgcG93ZXIsIGFkbWluIH07XG59XG5cbmZ1bmN0aW9uIHRoaW5rVGltZShlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd0aGlua1RpbWVTJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgbWluOiAxLCBtYXg6IDMgfTtcbiAgY29uc3QgbWF0Y2ggPSAvXihcXGQrKD86XFwuXFxkKyk/KSg/Oi0oXFxkKyg/OlxcLlxcZCspPykpPyQvLmV4ZWModmFsdWUpO1xuICBjb25zdCBleHBlY3RlZCA9ICdzZWNvbmRzIGFzIE4gb3IgTUlOLU1BWCAoZS5nLiAxLTMpLCBlYWNoIGF0IG1vc3QgNjAnO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IG1pbiA9IE51bWJlcihtYXRjaFsxXSk7XG4gIGNvbnN0IG1heCA9IG1hdGNoWzJdID09PSB1bmRlZmluZWQgPyBtaW4gOiBOdW1iZXIobWF0Y2hbMl0pO1xuICBpZiAobWF4IDwgbWluIHx8IG1heCA+IDYwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IG1pbiwgbWF4IH07XG59XG5cbmZ1bmN0aW9uIGZsYWcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycgfHwgdmFsdWUgPT09ICdmYWxzZScgfHwgdmFsdWUgPT09ICcwJykgcmV0dXJuIGZhbHNlO1xuICBpZiAodmFsdWUgPT09ICd0cnVlJyB8fCB2YWx1ZSA9PT0gJzEnKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIGZhaWwobmFtZSwgdmFsdWUsICd0cnVlIG9yIGZhbHNlJyk7XG59XG5cbmZ1bmN0aW9uIGhvc3RMaXN0KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIFtdO1xuICBjb25zdCBob3N0cyA9IHZhbHVlLnNwbGl0KCcsJykubWFwKChob3N0KSA9PiBob3N0LnRyaW0oKS50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKGhvc3RzLnNvbWUoKGhvc3QpID0+ICEvXihcXFtbMC05YS1mOl0rXFxdfFthLXowLTkuXFwtOl0rKSQvLnRlc3QoaG9zdCkpKSB7XG4gICAgZmFpbChuYW1lLCB2YWx1ZSwgJ2EgY29tbWEtc2VwYXJhdGVkIGxpc3Qgb2YgaG9zdCBuYW1lcyBvciBhZGRyZXNzZXMsIGUuZy4gc3RhZ2luZy5leGFtcGxlLmNvbSwxMC4wLjAuNScpO1xuICB9XG4gIHJldHVybiBob3N0cztcbn1cblxuZnVuY3Rpb24gY3JlZGVudGlhbHMoZW52OiBFbnYsIHByZWZpeDogc3RyaW5nLCBmYWxsYmFja0VtYWlsOiBzdHJpbmcsIGZhbGxiYWNrUGFzc3dvcmQ6IHN0cmluZyk6IENyZWRlbnRpYWxzIHtcbiAgcmV0dXJuIHtcbiAgICBlbWFpbDogdGV4dChlbnYsIGAke3ByZWZpeH1fRU1BSUxgLCBmYWxsYmFja0VtYWlsKSxcbiAgICBwYXNzd29yZDogdGV4dChlbnYsIGAke3ByZWZpeH1fUEFTU1dPUkRgLCBmYWxsYmFja1Bhc3N3b3JkKSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcG9vbFNwZWMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IFBvb2xTaXplcyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcGFyc2VQb29sU3BlYyh2YWx1ZSwgbmFtZSk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGVycm9yIGluc3RhbmNlb2YgVXNlcnNGaWxlRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZGF0YXNldChlbnY6IEVudik6IENvbmZpZ1snZGF0YXNldCddIHtcbiAgY29uc3QgY291cnNlcyA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUycsIDIwKTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gY291bnQoMCwgMTAwMCkoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBNYXRoLm1pbigxLCBjb3Vyc2VzKSk7XG4gIGlmIChnZW5lcmF0ZWQgPiBjb3Vyc2VzKVxuICAgIGZhaWwoJ1BFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEJywgU3RyaW5nKGdlbmVyYXRlZCksIGBhdCBtb3N0IFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyAoJHtjb3Vyc2VzfSlgKTtcbiAgcmV0dXJuIHsgY291cnNlcywgZ2VuZXJhdGVkLCByZXNlZWQ6IGZsYWcoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQnKSB9O1xufVxuXG4vKiogUmVhZHMgYW5kIHZhbGlkYXRlcyBldmVyeSBzZXR0aW5nOyB0aHJvd3MgQ29uZmlnRXJyb3IgbmFtaW5nIHRoZSBmaXJzdCBiYWQgdmFyaWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDb25maWcoZW52OiBFbnYpOiBDb25maWcge1xuICBjb25zdCBkID0gREVGQVVMVF9UQVJHRVRTO1xuICBjb25zdCBkdXJhdGlvblMgPSBzZWNvbmRzKDEsIDcgKiAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nLCA2MCk7XG4gIGNvbnN0IHJhbXBVcFMgPSBzZWNvbmRzKDAsIE1BWF9SQU1QX1VQX1MpKFxuICAgIGVudixcbiAgICAnUEVSRk9STUFOQ0VfUkFNUF9VUCcsXG4gICAgTWF0aC5taW4oMzAsIE1hdGgubWF4KDEsIE1hdGgucm91bmQoZHVyYXRpb25TIC8gNCkpKSxcbiAgKTtcbiAgcmV0dXJuIHtcbiAgICBiYXNlVXJsOiB1cmwoZW52LCAnQkFTRV9VUkwnLCAnaHR0cDovLzEyNy4wLjAuMTo4MDAwJykgYXMgc3RyaW5nLFxuICAgIHVzZXJzOiB7XG4gICAgICByZWd1bGFyOiBjcmVkZW50aWFscyhlbnYsICdSRUdVTEFSX1VTRVInLCAncmVndWxhckBleGFtcGxlLmNvbScsICdyZWd1bGFyLXBhc3N3b3JkJyksXG4gICAgICBwb3dlcjogY3JlZGVudGlhbHMoZW52LCAnUE9XRVJfVVNFUicsICdwb3dlckBleGFtcGxlLmNvbScsICdwb3dlci1wYXNzd29yZCcpLFxuICAgICAgYWRtaW46IGNyZWRlbnRpYWxzKGVudiwgJ0FETUlOX1VTRVInLCAnYWRtaW5AZXhhbXBsZS5jb20nLCAnYWRtaW4tcGFzc3dvcmQnKSxcbiAgICB9LFxuICAgIGR1cmF0aW9uUyxcbiAgICBjb25jdXJyZW50VXNlcnM6IGNvdW50KDEsIDEwMF8wMDApKGVudiwgJ1BFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMnLCAxMDApLFxuICAgIGFwaVRpbWVvdXRTOiBzZWNvbmRzKDEsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX0FQSV9USU1FT1VUJywgMzApLFxuICAgIHJhbXBVcFMsXG4gICAgcmFtcERvd25TOiBzZWNvbmRzKDAsIE1BWF9SQU1QX0RPV05fUykoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJywgTWF0aC5taW4oMTAsIHJhbXBVcFMpKSxcbiAgICB3ZWlnaHRzOiB3ZWlnaHRzKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUycpLFxuICAgIHRoaW5rVGltZVM6IHRoaW5rVGltZShlbnYsICdQRVJGT1JNQU5DRV9USElOS19USU1FJyksXG4gICAgcG9sbEludGVydmFsUzogbnVtYmVySW4oMC4xLCA2MCwgJ3NlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdHRU5FUkFUSU9OX1BPTExfSU5URVJWQUwnLCAxKSxcbiAgICBnZW5lcmF0aW9uVGltZW91dFM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdHRU5FUkFUSU9OX1RJTUVPVVQnLCAzMDApLFxuICAgIGNoYXB0ZXJzUGVyQ291cnNlOiBjb3VudCgxLCAyMCkoZW52LCAnR0VORVJBVElPTl9DSEFQVEVSUycsIDMpLFxuICAgIHNpZGVjYXJVcmw6IHVybChlbnYsICdTSURFQ0FSX1VSTCcsIHVuZGVmaW5lZCksXG4gICAgc2lkZWNhclN0cmljdDogZmxhZyhlbnYsICdTSURFQ0FSX1NUUklDVCcpLFxuICAgIGFsbG93ZWRIb3N0czogaG9zdExpc3QoZW52LCAnUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUycpLFxuICAgIHRhcmdldHM6IHtcbiAgICAgIGFwaVA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTVfTVMnLCBkLmFwaVA5NU1zKSxcbiAgICAgIGFwaVA5OU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTlfTVMnLCBkLmFwaVA5OU1zKSxcbiAgICAgIGhlYWx0aFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMnLCBkLmhlYWx0aFA5NU1zKSxcbiAgICAgIGV4cG9ydFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMnLCBkLmV4cG9ydFA5NU1zKSxcbiAgICAgIGxvZ2luUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfTE9HSU5fUDk1X01TJywgZC5sb2dpblA5NU1zKSxcbiAgICAgIGNoYXB0ZXJQOTVNczogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ1RIUkVTSE9MRF9DSEFQVEVSX1A5NV9TJywgZC5jaGFwdGVyUDk1TXMgLyAxMDAwKSAqIDEwMDAsXG4gICAgICBzdWNjZXNzUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX1NVQ0NFU1NfUkFURScsIGQuc3VjY2Vzc1JhdGUpLFxuICAgICAgZXJyb3JSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfRVJST1JfUkFURScsIGQuZXJyb3JSYXRlKSxcbiAgICAgIGRyb3BwZWRTaGFyZTogbnVtYmVySW4oXG4gICAgICAgIDAsXG4gICAgICAgIDEsXG4gICAgICAgICdhIHNoYXJlIG9mIHRoZSBzY2hlZHVsZWQgaXRlcmF0aW9ucyAoZS5nLiAwLjAxKScsXG4gICAgICAgIGZhbHNlLFxuICAgICAgKShlbnYsICdUSFJFU0hPTERfRFJPUFBFRF9TSEFSRScsIGQuZHJvcHBlZFNoYXJlKSxcbiAgICAgIG1lbW9yeU1iOiBjb3VudCgxLCAxXzA0OF81NzYpKGVudiwgJ1BFUkZPUk1BTkNFX01FTU9SWV9MSU1JVCcsIGQubWVtb3J5TWIpLFxuICAgICAgY3B1UGVyY2VudDogbnVtYmVySW4oMSwgMTAwLCAnYSBwZXJjZW50YWdlJywgZmFsc2UpKGVudiwgJ1BFUkZPUk1BTkNFX0NQVV9MSU1JVCcsIGQuY3B1UGVyY2VudCksXG4gICAgICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVySW4oXG4gICAgICAgIDAsXG4gICAgICAgIDFfMDAwXzAwMCxcbiAgICAgICAgJ01CIHBlciBtaW51dGUgKGEgbnVtYmVyKScsXG4gICAgICAgIGZhbHNlLFxuICAgICAgKShlbnYsICdUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOJywgZC5tZW1vcnlHcm93dGhNYlBlck1pbiksXG4gICAgfSxcbiAgICB1c2Vyc0ZpbGU6IHJhdyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSU19GSUxFJykgfHwgdW5kZWZpbmVkLFxuICAgIGRlbW9Vc2VyczogcG9vbFNwZWMoZW52LCAnREVNT19VU0VSUycpLFxuICAgIHVzZXJzRGlzdGluY3Q6IGZsYWcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QnKSxcbiAgICBkYXRhc2V0OiBkYXRhc2V0KGVudiksXG4gIH07XG59XG5cbi8qKiBUaGUgaG9zdCBwYXJ0IG9mIGEgVVJMLCBsb3dlci1jYXNlZCwgSVB2NiBpbiBicmFja2V0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBob3N0T2YoYmFzZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmh0dHBzPzpcXC9cXC8oXFxbW15cXF1dK1xcXXxbXi86XSspL2kuZXhlYyhiYXNlVXJsKTtcbiAgcmV0dXJuIChtYXRjaD8uWzFdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNMb29wYmFjayhob3N0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGhvc3QgPT09ICdsb2NhbGhvc3QnIHx8IGhvc3QgPT09ICdbOjoxXScgfHwgaG9zdCA9PT0gJzo6MScgfHwgL14xMjdcXC5cXGR7MSwzfVxcLlxcZHsxLDN9XFwuXFxkezEsM30kLy50ZXN0KGhvc3QpO1xufVxuXG4vKipcbiAqIFRoZSB0YXJnZXQgZ3VhcmQ6IGFuIGVudHJ5IGhlYXZpZXIgdGhhbiBzbW9rZSByZWZ1c2VzIGEgaG9zdCB0aGF0IGlzIG5vdCBsb29wYmFjayB1bmxlc3MgaXQgaXNcbiAqIGFsbG93LWxpc3RlZCwgc28gYSB0eXBvIGluIEJBU0VfVVJMIGNhbm5vdCBsb2FkLXRlc3QgcHJvZHVjdGlvbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnOiBDb25maWcsIGVudHJ5OiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgaG9zdCA9IGhvc3RPZihjb25maWcuYmFzZVVybCk7XG4gIGlmIChpc0xvb3BiYWNrKGhvc3QpIHx8IGNvbmZpZy5hbGxvd2VkSG9zdHMuaW5jbHVkZXMoaG9zdCkpIHJldHVybjtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgIGByZWZ1c2luZyB0byBydW4gXCIke2VudHJ5fVwiIGFnYWluc3QgJHtjb25maWcuYmFzZVVybH06ICR7aG9zdH0gaXMgbm90IGEgbG9vcGJhY2sgYWRkcmVzcy4gYCArXG4gICAgICBgSWYgeW91IG1lYW4gdG8gbG9hZC10ZXN0IGl0LCBhbGxvdyBpdCB3aXRoIFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFM9JHtob3N0fSAoY29tbWEtc2VwYXJhdGVkIGxpc3QpLmAsXG4gICk7XG59XG5cbi8qKlxuICogQSBzY2VuYXJpbydzIG93biBudW1lcmljIHNldHRpbmcgKGUuZy4gU1BJS0VfRkFDVE9SKSwgdmFsaWRhdGVkIGxpa2UgdGhlIHNoYXJlZCBvbmVzOiBhIGJhZFxuICogdmFsdWUgc3RvcHMgdGhlIHJ1biBhdCBpbml0IHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgdmFyaWFibGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnZOdW1iZXIoXG4gIGVudjogRW52LFxuICBuYW1lOiBzdHJpbmcsXG4gIGZhbGxiYWNrOiBudW1iZXIsXG4gIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSxcbik6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIEVhY2ggZW50cnkncyBmYWN0cyBpbiBvbmUgcGxhY2U6IGl0cyBvd24gc2V0dGluZ3MgKFNQSUtFXyosIFNPQUtfKiwgLi4uKSBhcyBpdHMgc2NlbmFyaW8gcmVhZHNcbi8vIHRoZW0sIHdoYXQgc2V0cyBpdHMgbGVuZ3RoLCBob3cgdGhlIHJ1bm5lciBmaXRzIGl0IGludG8gLS1tYXgtZHVyYXRpb24sIGFuZCB3aGljaCBsb2FkIGxldmVsXG4vLyBpdHMgcmVzb3VyY2Ugc2NhbGluZyBmb2xsb3dzLiBSZWFkIGJ5IHNjZW5hcmlvcy8qLnRzIGFuZCBieSB0aGUgcnVubmVyIGFsaWtlLCBzbyBhIHNldHRpbmcnc1xuLy8gbmFtZSBpcyB3cml0dGVuIG9uY2UuIFB1cmUgKG5vIGs2IG9yIE5vZGUgaW1wb3J0cyk6IGJvdGggd29ybGRzIGJ1bmRsZSBpdC5cbmltcG9ydCB7IHR5cGUgQ29uZmlnLCB0eXBlIEVudiwgZW52TnVtYmVyLCBNQVhfUkFNUF9ET1dOX1MsIE1BWF9SQU1QX1VQX1MgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBwYXJzZUludGVyYWN0aXZlIH0gZnJvbSAnLi9pbnRlcmFjdGl2ZS50cyc7XG5cbi8qKiBUaGUgbG9hZCBsZXZlbCB3aG9zZSBzdGVwcyB0aGUgcmVzb3VyY2Utc2NhbGluZyB0YWJsZSBmb2xsb3dzIChydW5uZXIvc2NhbGluZy8pLiAqL1xuZXhwb3J0IHR5cGUgTG9hZExldmVsID0gJ3VzZXJzJyB8ICdyZXF1ZXN0c19wZXJfcyc7XG5cbmludGVyZmFjZSBFbnRyeUZhY3RzPFNldHRpbmdzPiB7XG4gIC8qKiBIb3cgdGhlIHJ1bm5lciBvZmZlcnMgaXQ6IGluIGAtLXN1aXRlIGFsbGAsIGJ5IG5hbWUgb25seSAoc21va2UpLCBvciBub3QgYXQgYWxsIChpbnRlcmFjdGl2ZTogbnBtIHJ1biB1aSkuICovXG4gIHN1aXRlOiAnYWxsJyB8ICdieS1uYW1lJyB8ICdub25lJztcbiAgLyoqIFdoYXQgc2V0cyBpdHMgbGVuZ3RoLCBmb3IgdGhlIHBsYW4ncyBoaW50cy4gKi9cbiAgbGVuZ3RoOiBzdHJpbmc7XG4gIC8qKiBUaGUgc2V0dGluZ3MgdGhhdCBtYWtlIGl0cyBsb2FkIGxhc3QgYWJvdXQgYHNlY29uZHNgICgtLW1heC1kdXJhdGlvbik7IGFic2VudCB3aGVuIGl0cyBsZW5ndGggaXMgdGhlIHBsYXRmb3JtJ3MuICovXG4gIGZpdD86IChzZWNvbmRzOiBudW1iZXIpID0+IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBUaGUgbG9hZCBsZXZlbCBpdHMgcmVzb3VyY2Ugc2NhbGluZyBmb2xsb3dzOyBhYnNlbnQgd2hlbiBpdHMgbG9hZCBkb2VzIG5vdCBjaGFuZ2UgYnkgZGVzaWduLiAqL1xuICBzY2FsaW5nPzogTG9hZExldmVsO1xuICAvKiogSXRzIG93biBzZXR0aW5ncywgcmVhZCBmcm9tIGs2J3MgX19FTlYgYXQgaW5pdCAoYSBiYWQgdmFsdWUgdGhyb3dzLCBuYW1pbmcgdGhlIHZhcmlhYmxlKS4gKi9cbiAgc2V0dGluZ3M6IChlbnY6IEVudiwgY29uZmlnOiBDb25maWcpID0+IFNldHRpbmdzO1xufVxuXG4vLyBUaGUgbGVuZ3RoIGhpbnRzIGFyZSBidWlsdCBmcm9tIHRoZXNlIG5hbWVzIGF0IGltcG9ydDsgLyogQF9fUFVSRV9fICovIGxldHMgdGhlIGJ1bmRsZXIgbGVhdmVcbi8vIG91dCB0aGUgZW50cmllcyBhIHNjZW5hcmlvIGRvZXMgbm90IGltcG9ydC5cbi8vIFRoZSBzaGFyZWQgbGVuZ3RoIHNldHRpbmdzIChyZWFkIGJ5IGxpYi9jb25maWcvY29uZmlnLnRzKS5cbmNvbnN0IERVUkFUSU9OID0gJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nO1xuY29uc3QgUkFNUF9VUCA9ICdQRVJGT1JNQU5DRV9SQU1QX1VQJztcbmNvbnN0IFJBTVBfRE9XTiA9ICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nO1xuLy8gRW50cmllcycgb3duIGxlbmd0aCBzZXR0aW5ncy5cbmNvbnN0IFNQSUtFX1BIQVNFUyA9IFsnU1BJS0VfQkFTRUxJTkVfUycsICdTUElLRV9IT0xEX1MnLCAnU1BJS0VfUkVDT1ZFUllfUycsICdTUElLRV9PQlNFUlZFX1MnXSBhcyBjb25zdDtcbmNvbnN0IFNPQUtfRFVSQVRJT04gPSAnU09BS19EVVJBVElPTic7XG5jb25zdCBCUkVBS1BPSU5UX0RVUkFUSU9OID0gJ0JSRUFLUE9JTlRfRFVSQVRJT04nO1xuXG4vKiogU2Vjb25kcyBvZiBlYWNoIG9mIHRoZSBzcGlrZSdzIHR3byBzdXJnZXMgKHVwIGFuZCBiYWNrIGRvd24pLiAqL1xuZXhwb3J0IGNvbnN0IFNQSUtFX1NVUkdFX1MgPSAzO1xuLyoqIFRoZSBsb25nZXN0IHNwaWtlIHBoYXNlIGFuZCBicmVha3BvaW50IHJhbXAsIHNlY29uZHMuICovXG5jb25zdCBNQVhfUEhBU0VfUyA9IDg2XzQwMDtcbi8qKiBIb3cgbG9uZyBzbW9rZSdzIG9uZSBWVSBjYWxscyB0aGUgZW5kcG9pbnRzLiAqL1xuY29uc3QgU01PS0VfU0VDT05EUyA9IDEwO1xuXG5jb25zdCB3aG9sZVNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiAoeyBtaW4sIG1heCwgaW50ZWdlcjogdHJ1ZSwgd2hhdDogJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnIH0pO1xuY29uc3Qgd2hvbGVOdW1iZXIgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiAoeyBtaW4sIG1heCwgaW50ZWdlcjogdHJ1ZSB9KTtcbi8qKiBBIHNoYXJlIG9mIGB0b3RhbGAgc2Vjb25kcywgYXQgbGVhc3QgMSBhbmQgYXQgbW9zdCB3aGF0IHRoZSBzZXR0aW5nIGFjY2VwdHMuICovXG5jb25zdCBwYXJ0ID0gKHRvdGFsOiBudW1iZXIsIHNoYXJlOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PlxuICBTdHJpbmcoTWF0aC5taW4obWF4LCBNYXRoLm1heCgxLCBNYXRoLmZsb29yKHRvdGFsICogc2hhcmUpKSkpO1xuY29uc3Qgbm9uZSA9ICgpID0+ICh7fSk7XG5cbi8qKiBSYW1wIHVwLCBob2xkLCByYW1wIGRvd246IDEvNCwgMi8zIGFuZCB0aGUgcmVzdC4gKi9cbmNvbnN0IGZpdFJhbXBzID0gKHNlY29uZHM6IG51bWJlcikgPT4gKHtcbiAgW1JBTVBfVVBdOiBwYXJ0KHNlY29uZHMsIDEgLyA0LCBNQVhfUkFNUF9VUF9TKSxcbiAgW0RVUkFUSU9OXTogcGFydChzZWNvbmRzLCAyIC8gMywgSW5maW5pdHkpLFxuICBbUkFNUF9ET1dOXTogcGFydChzZWNvbmRzLCAxIC8gMTIsIE1BWF9SQU1QX0RPV05fUyksXG59KTtcblxuZXhwb3J0IGNvbnN0IHNtb2tlRW50cnkgPSB7XG4gIHN1aXRlOiAnYnktbmFtZScsXG4gIGxlbmd0aDogJ29uZSBwYXNzJyxcbiAgc2V0dGluZ3M6ICgpID0+ICh7IHNlY29uZHM6IFNNT0tFX1NFQ09ORFMgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgYXBpRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiBEVVJBVElPTixcbiAgZml0OiAoc2Vjb25kcykgPT4gKHsgW0RVUkFUSU9OXTogU3RyaW5nKE1hdGgubWF4KDEsIHNlY29uZHMpKSB9KSxcbiAgc2V0dGluZ3M6IChlbnYpID0+ICh7XG4gICAgLyoqIEl0ZXJhdGlvbnMvcyBwZXIgZW5kcG9pbnQgZ3JvdXAgKGhlYWx0aCAyeCwgZXhwb3J0IC8yLCBnZW5lcmF0ZSBhbmQgbG9naW4gLzUpLiAqL1xuICAgIHJhdGU6IGVudk51bWJlcihlbnYsICdBUElfUkFURScsIDUsIHsgbWluOiAwLjEsIG1heDogMTBfMDAwLCB3aGF0OiAnaXRlcmF0aW9ucyBwZXIgc2Vjb25kJyB9KSxcbiAgICAvKiogRWFjaCBlbmRwb2ludCdzIGVycm9yIGJ1ZGdldC4gKi9cbiAgICBlcnJvclJhdGU6IGVudk51bWJlcihlbnYsICdBUElfRVJST1JfUkFURScsIDAuMDEsIHsgbWluOiAwLCBtYXg6IDEsIHdoYXQ6ICdhIGZyYWN0aW9uIChlLmcuIDAuMDEpJyB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgbG9hZEVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogLyogQF9fUFVSRV9fICovIFtSQU1QX1VQLCBEVVJBVElPTiwgUkFNUF9ET1dOXS5qb2luKCcgKyAnKSxcbiAgZml0OiBmaXRSYW1wcyxcbiAgc2V0dGluZ3M6IG5vbmUsXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgcmFtcFVwRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW1JBTVBfVVAsIERVUkFUSU9OLCBSQU1QX0RPV05dLmpvaW4oJyArICcpLFxuICBmaXQ6IGZpdFJhbXBzLFxuICBzY2FsaW5nOiAndXNlcnMnLFxuICBzZXR0aW5nczogKGVudikgPT4gKHtcbiAgICAvKiogSXRzIG93biBkZWZhdWx0IHJhbXAgKDYwIHMpLCBzbG93ZXIgdGhhbiB0aGUgc2hhcmVkIG9uZS4gKi9cbiAgICByYW1wVXBTOiBlbnZOdW1iZXIoZW52LCBSQU1QX1VQLCA2MCwgd2hvbGVTZWNvbmRzKDEsIE1BWF9SQU1QX1VQX1MpKSxcbiAgICBob2xkUDk1TXM6IGVudk51bWJlcihlbnYsICdSQU1QX0hPTERfUDk1X01TJywgNTAwLCB7IG1pbjogMSwgbWF4OiA2MDBfMDAwLCB3aGF0OiAnbWlsbGlzZWNvbmRzJyB9KSxcbiAgICBkcmlmdExpbWl0OiBlbnZOdW1iZXIoZW52LCAnUkFNUF9EUklGVF9MSU1JVCcsIDEuNSwgeyBtaW46IDEsIG1heDogMTAwIH0pLFxuICB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBzcGlrZUVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogLyogQF9fUFVSRV9fICovIFNQSUtFX1BIQVNFUy5qb2luKCcsICcpLFxuICBmaXQ6IChzZWNvbmRzKSA9PiB7XG4gICAgLy8gYmFzZWxpbmUsIGhvbGQsIHJlY292ZXJ5IGdyYWNlLCBvYnNlcnZhdGlvbiBhcyAyMC8yMC8xMC8yMCBvZiB3aGF0IHRoZSB0d28gc3VyZ2VzIGxlYXZlLlxuICAgIGNvbnN0IGxlZnQgPSBNYXRoLm1heCg0LCBzZWNvbmRzIC0gMiAqIFNQSUtFX1NVUkdFX1MpO1xuICAgIGNvbnN0IFtiYXNlbGluZSwgaG9sZCwgcmVjb3ZlcnksIG9ic2VydmVdID0gU1BJS0VfUEhBU0VTO1xuICAgIHJldHVybiB7XG4gICAgICBbYmFzZWxpbmVdOiBwYXJ0KGxlZnQsIDIgLyA3LCBNQVhfUEhBU0VfUyksXG4gICAgICBbaG9sZF06IHBhcnQobGVmdCwgMiAvIDcsIE1BWF9QSEFTRV9TKSxcbiAgICAgIFtyZWNvdmVyeV06IHBhcnQobGVmdCwgMSAvIDcsIE1BWF9QSEFTRV9TKSxcbiAgICAgIFtvYnNlcnZlXTogcGFydChsZWZ0LCAyIC8gNywgTUFYX1BIQVNFX1MpLFxuICAgIH07XG4gIH0sXG4gIHNjYWxpbmc6ICd1c2VycycsXG4gIHNldHRpbmdzOiAoZW52LCBjb25maWcpID0+IHtcbiAgICBjb25zdCBzZWNvbmRzID0gKG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IG51bWJlcikgPT4gZW52TnVtYmVyKGVudiwgbmFtZSwgZmFsbGJhY2ssIHdob2xlU2Vjb25kcygxLCBNQVhfUEhBU0VfUykpO1xuICAgIGNvbnN0IFtiYXNlbGluZSwgaG9sZCwgcmVjb3ZlcnksIG9ic2VydmVdID0gU1BJS0VfUEhBU0VTO1xuICAgIHJldHVybiB7XG4gICAgICBiYXNlVXNlcnM6IGVudk51bWJlcihcbiAgICAgICAgZW52LFxuICAgICAgICAnU1BJS0VfQkFTRV9VU0VSUycsXG4gICAgICAgIE1hdGgubWF4KDIsIE1hdGgucm91bmQoY29uZmlnLmNvbmN1cnJlbnRVc2VycyAvIDEwKSksXG4gICAgICAgIHdob2xlTnVtYmVyKDEsIDEwMF8wMDApLFxuICAgICAgKSxcbiAgICAgIGZhY3RvcjogZW52TnVtYmVyKGVudiwgJ1NQSUtFX0ZBQ1RPUicsIDUsIHsgbWluOiAxLCBtYXg6IDEwMDAgfSksXG4gICAgICBiYXNlbGluZVM6IHNlY29uZHMoYmFzZWxpbmUsIDIwKSxcbiAgICAgIGhvbGRTOiBzZWNvbmRzKGhvbGQsIDIwKSxcbiAgICAgIHJlY292ZXJ5Uzogc2Vjb25kcyhyZWNvdmVyeSwgMTApLFxuICAgICAgb2JzZXJ2ZVM6IHNlY29uZHMob2JzZXJ2ZSwgMjApLFxuICAgICAgcmVjb3ZlcnlGYWN0b3I6IGVudk51bWJlcihlbnYsICdTUElLRV9SRUNPVkVSWV9GQUNUT1InLCAyLCB7IG1pbjogMSwgbWF4OiAxMDAwIH0pLFxuICAgIH07XG4gIH0sXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3Qgc29ha0VudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogLyogQF9fUFVSRV9fICovIFtTT0FLX0RVUkFUSU9OLCAnKG5vdCAtLWR1cmF0aW9uKSddLmpvaW4oJyAnKSxcbiAgZml0OiAoc2Vjb25kcykgPT4gKHsgW1NPQUtfRFVSQVRJT05dOiBTdHJpbmcoTWF0aC5tYXgoMTAsIHNlY29uZHMpKSB9KSxcbiAgc2V0dGluZ3M6IChlbnYsIGNvbmZpZykgPT4gKHtcbiAgICBkdXJhdGlvblM6IGVudk51bWJlcihlbnYsIFNPQUtfRFVSQVRJT04sIDE4MDAsIHdob2xlU2Vjb25kcygxMCwgNyAqIDg2XzQwMCkpLFxuICAgIHVzZXJzOiBlbnZOdW1iZXIoZW52LCAnU09BS19VU0VSUycsIE1hdGgubWF4KDMsIE1hdGgucm91bmQoY29uZmlnLmNvbmN1cnJlbnRVc2VycyAvIDUpKSwgd2hvbGVOdW1iZXIoMSwgMTAwXzAwMCkpLFxuICAgIGRyaWZ0TGltaXQ6IGVudk51bWJlcihlbnYsICdTT0FLX0RSSUZUX0xJTUlUJywgMS41LCB7IG1pbjogMSwgbWF4OiAxMDAgfSksXG4gIH0pLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IGNvbmN1cnJlbnRFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6ICdvbmUgYnVyc3Q7IG5vdCBzaG9ydGVuZWQnLFxuICBzZXR0aW5nczogKGVudikgPT4gKHtcbiAgICBwOTVNczogZW52TnVtYmVyKGVudiwgJ0NPTkNVUlJFTlRfUDk1X01TJywgMTAwMCwgeyBtaW46IDEsIG1heDogNjAwXzAwMCwgd2hhdDogJ21pbGxpc2Vjb25kcycgfSksXG4gICAgc2V0dGxlUzogZW52TnVtYmVyKGVudiwgJ0NPTkNVUlJFTlRfU0VUVExFX1MnLCAyLCB7IG1pbjogMCwgbWF4OiA2MDAgfSksXG4gIH0pLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IGdlbmVyYXRpb25FbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6ICd0aGUgcGxhdGZvcm0gZ2VuZXJhdGluZyBHRU5FUkFUSU9OX1VTRVJTIGNvdXJzZXMsIHVwIHRvIEdFTkVSQVRJT05fVElNRU9VVDsgbm90IHNob3J0ZW5lZCcsXG4gIHNldHRpbmdzOiAoZW52KSA9PiAoe1xuICAgIHVzZXJzOiBlbnZOdW1iZXIoZW52LCAnR0VORVJBVElPTl9VU0VSUycsIDEwLCB3aG9sZU51bWJlcigxLCAxMF8wMDApKSxcbiAgICBjb3Vyc2VzUGVyVXNlcjogZW52TnVtYmVyKGVudiwgJ0dFTkVSQVRJT05fQ09VUlNFU19QRVJfVVNFUicsIDEsIHdob2xlTnVtYmVyKDEsIDEwMDApKSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgYnJlYWtwb2ludEVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogLyogQF9fUFVSRV9fICovIFtCUkVBS1BPSU5UX0RVUkFUSU9OLCAnb3IgbGVzcyB3aGVuIGl0IGJyZWFrcyddLmpvaW4oJywgJyksXG4gIGZpdDogKHNlY29uZHMpID0+ICh7IFtCUkVBS1BPSU5UX0RVUkFUSU9OXTogU3RyaW5nKE1hdGgubWluKE1BWF9QSEFTRV9TLCBNYXRoLm1heCgxLCBzZWNvbmRzKSkpIH0pLFxuICBzY2FsaW5nOiAncmVxdWVzdHNfcGVyX3MnLFxuICBzZXR0aW5nczogKGVudikgPT4ge1xuICAgIGNvbnN0IHN0YXJ0UmF0ZSA9IGVudk51bWJlcihlbnYsICdCUkVBS1BPSU5UX1NUQVJUX1JBVEUnLCA1LCB3aG9sZU51bWJlcigxLCAxMDBfMDAwKSk7XG4gICAgY29uc3QgbWF4UmF0ZSA9IGVudk51bWJlcihlbnYsICdCUkVBS1BPSU5UX01BWF9SQVRFJywgMjAwMCwgd2hvbGVOdW1iZXIoMSwgMTAwXzAwMCkpO1xuICAgIGNvbnN0IGR1cmF0aW9uUyA9IGVudk51bWJlcihlbnYsIEJSRUFLUE9JTlRfRFVSQVRJT04sIDEyMCwgd2hvbGVTZWNvbmRzKDEsIE1BWF9QSEFTRV9TKSk7XG4gICAgY29uc3Qgd2luZG93U2l6ZSA9IGVudk51bWJlcihlbnYsICdCUkVBS1BPSU5UX1dJTkRPVycsIDIwLCB3aG9sZU51bWJlcigxLCAxMF8wMDApKTtcbiAgICBpZiAobWF4UmF0ZSA8IHN0YXJ0UmF0ZSlcbiAgICAgIHRocm93IG5ldyBFcnJvcihgQlJFQUtQT0lOVF9NQVhfUkFURT0ke21heFJhdGV9IGlzIGJlbG93IEJSRUFLUE9JTlRfU1RBUlRfUkFURT0ke3N0YXJ0UmF0ZX06IHRoZSByYXRlIG11c3QgcmlzZWApO1xuICAgIHJldHVybiB7IHN0YXJ0UmF0ZSwgbWF4UmF0ZSwgZHVyYXRpb25TLCB3aW5kb3dTaXplIH07XG4gIH0sXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgaW50ZXJhY3RpdmVFbnRyeSA9IHtcbiAgc3VpdGU6ICdub25lJyxcbiAgbGVuZ3RoOiAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTiwgb3IgbGVzcyB3aGVuIHRoZSBwYWdlIHN0b3BzIGl0JyxcbiAgc2V0dGluZ3M6IChlbnYpID0+IHBhcnNlSW50ZXJhY3RpdmUoZW52KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbi8qKiBFdmVyeSBlbnRyeSAoc2NlbmFyaW9zLzxuYW1lPi50cyksIGluIHRoZSBvcmRlciB0aGUgcnVubmVyIGxpc3RzIHRoZW0uICovXG5leHBvcnQgY29uc3QgRU5UUklFUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgRW50cnlGYWN0czx1bmtub3duPj4+ID0ge1xuICBzbW9rZTogc21va2VFbnRyeSxcbiAgYXBpOiBhcGlFbnRyeSxcbiAgbG9hZDogbG9hZEVudHJ5LFxuICAncmFtcC11cCc6IHJhbXBVcEVudHJ5LFxuICBzcGlrZTogc3Bpa2VFbnRyeSxcbiAgc29hazogc29ha0VudHJ5LFxuICBjb25jdXJyZW50OiBjb25jdXJyZW50RW50cnksXG4gIGdlbmVyYXRpb246IGdlbmVyYXRpb25FbnRyeSxcbiAgYnJlYWtwb2ludDogYnJlYWtwb2ludEVudHJ5LFxuICBpbnRlcmFjdGl2ZTogaW50ZXJhY3RpdmVFbnRyeSxcbn07XG5cbi8qKiBUaGUgZW50cmllcyBgLS1zdWl0ZSBhbGxgIHJ1bnMsIGluIG9yZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1aXRlRW50cmllcygpOiBzdHJpbmdbXSB7XG4gIHJldHVybiBPYmplY3Qua2V5cyhFTlRSSUVTKS5maWx0ZXIoKG5hbWUpID0+IEVOVFJJRVNbbmFtZV0/LnN1aXRlID09PSAnYWxsJyk7XG59XG5cbi8qKiBXaGF0IGAtLXN1aXRlYCBhY2NlcHRzOiBhbGwsIG9yIGFuIGVudHJ5IHRoZSBydW5uZXIgb2ZmZXJzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlbGVjdGFibGVFbnRyaWVzKCk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFsnYWxsJywgLi4uT2JqZWN0LmtleXMoRU5UUklFUykuZmlsdGVyKChuYW1lKSA9PiBFTlRSSUVTW25hbWVdPy5zdWl0ZSAhPT0gJ25vbmUnKV07XG59XG5cbi8qKiBUaGUgc2V0dGluZ3MgdGhhdCBtYWtlIGBlbnRyeWAncyBsb2FkIGxhc3QgYWJvdXQgYHNlY29uZHNgLCBvciBudWxsIHdoZW4gaXRzIGxlbmd0aCBpcyB0aGUgcGxhdGZvcm0ncy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaXRUb0R1cmF0aW9uKGVudHJ5OiBzdHJpbmcsIHNlY29uZHM6IG51bWJlcik6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gfCBudWxsIHtcbiAgcmV0dXJuIEVOVFJJRVNbZW50cnldPy5maXQ/LihzZWNvbmRzKSA/PyBudWxsO1xufVxuXG4vKiogV2hhdCBzZXRzIGBlbnRyeWAncyBsZW5ndGgsIGZvciB0aGUgcGxhbidzIGhpbnRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxlbmd0aE9mKGVudHJ5OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gRU5UUklFU1tlbnRyeV0/Lmxlbmd0aCA/PyAnaXRzIG93biBzZXR0aW5ncyc7XG59XG5cbi8qKiBXaGljaCBsb2FkIGxldmVsIGFuIGVudHJ5IGNoYW5nZXMsIG9yIG51bGwgZm9yIGVudHJpZXMgd2hvc2UgbG9hZCBkb2VzIG5vdCBjaGFuZ2UgYnkgZGVzaWduLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNjYWxpbmdMZXZlbE9mKGVudHJ5OiBzdHJpbmcpOiBMb2FkTGV2ZWwgfCBudWxsIHtcbiAgcmV0dXJuIEVOVFJJRVNbZW50cnldPy5zY2FsaW5nID8/IG51bGw7XG59XG4iLCAiLy8gQSB0eXBlZCBidWlsZGVyIGZvciBrNiB0aHJlc2hvbGQgZXhwcmVzc2lvbnMsIHNvIGEgdHlwbyBpbiBhbiBhZ2dyZWdhdGlvbiBvciBvcGVyYXRvciBpcyBhXG4vLyBjb21waWxlIGVycm9yIGhlcmUgaW5zdGVhZCBvZiBhIHRocmVzaG9sZCBrNiByZWplY3RzIChvciBzaWxlbnRseSBuZXZlciBldmFsdWF0ZXMpIGF0IHJ1biB0aW1lLlxuXG4vKiogQWdncmVnYXRpb25zIGs2IGFjY2VwdHMgcGVyIG1ldHJpYyB0eXBlLiAqL1xuZXhwb3J0IHR5cGUgVHJlbmRTdGF0ID0gJ2F2ZycgfCAnbWluJyB8ICdtYXgnIHwgJ21lZCcgfCBgcCgke251bWJlcn0pYDtcbmV4cG9ydCB0eXBlIFJhdGVTdGF0ID0gJ3JhdGUnO1xuZXhwb3J0IHR5cGUgQ291bnRlclN0YXQgPSAnY291bnQnIHwgJ3JhdGUnO1xuZXhwb3J0IHR5cGUgR2F1Z2VTdGF0ID0gJ3ZhbHVlJztcbmV4cG9ydCB0eXBlIFN0YXQgPSBUcmVuZFN0YXQgfCBSYXRlU3RhdCB8IENvdW50ZXJTdGF0IHwgR2F1Z2VTdGF0O1xuZXhwb3J0IHR5cGUgT3BlcmF0b3IgPSAnPCcgfCAnPD0nIHwgJz4nIHwgJz49JyB8ICc9PScgfCAnPT09JyB8ICchPSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZSB7XG4gIHN0YXQ6IFN0YXQ7XG4gIG9wOiBPcGVyYXRvcjtcbiAgdmFsdWU6IG51bWJlcjtcbiAgLyoqIFN0b3AgdGhlIHdob2xlIHJ1biBhcyBzb29uIGFzIHRoaXMgcnVsZSBmYWlscyAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCkuICovXG4gIGFib3J0T25GYWlsPzogYm9vbGVhbjtcbiAgLyoqIGs2IGR1cmF0aW9uLCBlLmcuICcxMHMnOiBob3cgbG9uZyB0byBjb2xsZWN0IGRhdGEgYmVmb3JlIGFuIGFib3J0IG1heSB0cmlnZ2VyLiAqL1xuICBkZWxheUFib3J0RXZhbD86IHN0cmluZztcbn1cblxuLyoqIE9uZSBtZXRyaWMgKG9wdGlvbmFsbHkgbmFycm93ZWQgdG8gYSB0YWdnZWQgc3ViLW1ldHJpYykgYW5kIHRoZSBydWxlcyBpdCBtdXN0IG1lZXQuICovXG5leHBvcnQgaW50ZXJmYWNlIEdhdGUge1xuICBtZXRyaWM6IHN0cmluZztcbiAgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIHJ1bGVzOiBSdWxlW107XG59XG5cbi8qKiBXaGF0IGs2IGFjY2VwdHMgYXMgb25lIGVudHJ5IG9mIGEgbWV0cmljJ3MgdGhyZXNob2xkIGxpc3QuICovXG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZCA9IHN0cmluZyB8IHsgdGhyZXNob2xkOiBzdHJpbmc7IGFib3J0T25GYWlsPzogYm9vbGVhbjsgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmcgfTtcbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkcyA9IFJlY29yZDxzdHJpbmcsIEs2VGhyZXNob2xkW10+O1xuXG4vLyBNYWRlIG9uIGZpcnN0IHVzZSwgbm90IGF0IG1vZHVsZSBsb2FkOiBvcHRpb25zIGFyZSBidWlsdCBpbiBrNidzIFZVIDAgb25seSAobGliL2NvbmZpZy9lbnRyeS50cyksXG4vLyBhbmQgYSBSZWdFeHAgZXZhbHVhdGVkIGF0IGxvYWQgd291bGQgYnVpbGQgUmVnRXhwJ3MgcHJvdG90eXBlIGluIGV2ZXJ5IFZVJ3MgcnVudGltZS5cbmxldCBwYXR0ZXJuczogeyBtZXRyaWNOYW1lOiBSZWdFeHA7IHRhZ1BhcnQ6IFJlZ0V4cDsgcGVyY2VudGlsZTogUmVnRXhwIH0gfCB1bmRlZmluZWQ7XG5jb25zdCBwYXR0ZXJuID0gKCkgPT5cbiAgKHBhdHRlcm5zID8/PSB7XG4gICAgbWV0cmljTmFtZTogL15bQS1aYS16X11bQS1aYS16MC05X10qJC8sXG4gICAgdGFnUGFydDogL15bQS1aYS16MC05Xy5cXC0vXSskLyxcbiAgICBwZXJjZW50aWxlOiAvXnBcXCgoXFxkKyhcXC5cXGQrKT8pXFwpJC8sXG4gIH0pO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghcGF0dGVybigpLm1ldHJpY05hbWUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghcGF0dGVybigpLnRhZ1BhcnQudGVzdChrZXkpIHx8ICFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICBgaW52YWxpZCB0YWcgJHtrZXl9OiR7dmFsdWV9IG9uICR7bWV0cmljfTogdGFncyBpbiB0aHJlc2hvbGRzIG1heSBob2xkIGxldHRlcnMsIGRpZ2l0cyBhbmQgXyAuIC0gL2AsXG4gICAgICApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gYCR7bWV0cmljfXske2VudHJpZXMubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX06JHt2YWx1ZX1gKS5qb2luKCcsJyl9fWA7XG59XG5cbi8qKiBgcCg5NSk8MjAwYDogb25lIHJ1bGUgYXMgazYncyBleHByZXNzaW9uIHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwcmVzc2lvbihydWxlOiBQaWNrPFJ1bGUsICdzdGF0JyB8ICdvcCcgfCAndmFsdWUnPik6IHN0cmluZyB7XG4gIGNvbnN0IHBlcmNlbnRpbGUgPSBwYXR0ZXJuKCkucGVyY2VudGlsZS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKVxuICAgIHRocm93IG5ldyBFcnJvcihgdGhyZXNob2xkICR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9OiB0aGUgbGltaXQgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXJgKTtcbiAgcmV0dXJuIGAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfWA7XG59XG5cbmZ1bmN0aW9uIHRvSzYocnVsZTogUnVsZSk6IEs2VGhyZXNob2xkIHtcbiAgY29uc3QgdGV4dCA9IGV4cHJlc3Npb24ocnVsZSk7XG4gIGlmICghcnVsZS5hYm9ydE9uRmFpbCkgcmV0dXJuIHRleHQ7XG4gIHJldHVybiB7XG4gICAgdGhyZXNob2xkOiB0ZXh0LFxuICAgIGFib3J0T25GYWlsOiB0cnVlLFxuICAgIC4uLihydWxlLmRlbGF5QWJvcnRFdmFsID8geyBkZWxheUFib3J0RXZhbDogcnVsZS5kZWxheUFib3J0RXZhbCB9IDoge30pLFxuICB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIGs2L0dvIGR1cmF0aW9uIHRleHQgdG8gc2Vjb25kcy4gUHVyZSwgdXNlZCBpbiBrNiAob3Blbi1tb2RlbCBzY2VuYXJpb3MpIGFuZCBOb2RlICh0aGUgcnVubmVyJ3MgcGxhbikuXG5cbi8qKiBTZWNvbmRzIG9mIGEgazYvR28gZHVyYXRpb24gc3VjaCBhcyBcIjMwbTMwc1wiLCBcIjFoMm0zLjVzXCIsIFwiNTAwbXNcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkdXJhdGlvblNlY29uZHModGV4dDogc3RyaW5nKTogbnVtYmVyIHtcbiAgbGV0IHRvdGFsID0gMDtcbiAgbGV0IG1hdGNoZWQgPSAnJztcbiAgZm9yIChjb25zdCBbd2hvbGUsIHZhbHVlLCB1bml0XSBvZiB0ZXh0Lm1hdGNoQWxsKC8oXFxkKyg/OlxcLlxcZCspPykobXN8aHxtfHMpL2cpKSB7XG4gICAgdG90YWwgKz0gTnVtYmVyKHZhbHVlKSAqIHsgaDogMzYwMCwgbTogNjAsIHM6IDEsIG1zOiAwLjAwMSB9W3VuaXQgYXMgJ2gnIHwgJ20nIHwgJ3MnIHwgJ21zJ107XG4gICAgbWF0Y2hlZCArPSB3aG9sZTtcbiAgfVxuICBpZiAobWF0Y2hlZCAhPT0gdGV4dCB8fCB0ZXh0ID09PSAnJykgdGhyb3cgbmV3IEVycm9yKGBub3QgYSBkdXJhdGlvbjogJHtKU09OLnN0cmluZ2lmeSh0ZXh0KX1gKTtcbiAgcmV0dXJuIHRvdGFsO1xufVxuIiwgIi8vIE9wZW4tbW9kZWwgKGFycml2YWwtcmF0ZSkgc2NlbmFyaW9zOiBob3cgbWFueSBWVXMgdGhleSBuZWVkLCBhbmQgaG93IG1hbnkgaXRlcmF0aW9ucyB0aGV5IHNjaGVkdWxlLlxuLy9cbi8vIEFuIGFycml2YWwtcmF0ZSBleGVjdXRvciBzdGFydHMgZWFjaCBzY2hlZHVsZWQgaXRlcmF0aW9uIG9uIGEgZnJlZSBWVS4gV2l0aCBub25lIGZyZWUgaXQgZHJvcHMgdGhlXG4vLyBpdGVyYXRpb24gKGs2J3MgZHJvcHBlZF9pdGVyYXRpb25zKSBhbmQgaW5pdGlhbGlzZXMgb25lIG1vcmUgVlUgaW4gdGhlIGJhY2tncm91bmQsIHVwIHRvIG1heFZVcyxcbi8vIHNvIGV2ZXJ5IFZVIGFkZGVkIG1pZC1ydW4gY29zdHMgYXQgbGVhc3Qgb25lIGRyb3BwZWQgaXRlcmF0aW9uLiBBIGRyb3BwZWQgaXRlcmF0aW9uIGlzIHJlcXVlc3RzXG4vLyBub3Qgc2VudCBvbiB0aW1lOiB0aGVpciBsYXRlbmN5IGlzIGluIG5vIHBlcmNlbnRpbGUsIHRoZSB2ZXJ5IG9taXNzaW9uIGFuIG9wZW4gbW9kZWwgaXMgdGhlcmUgdG9cbi8vIGF2b2lkLiBTbyB0aGUgVlVzIGZvbGxvdyBmcm9tIHRoZSByYXRlIGFuZCB0aGUgbGF0ZW5jeSAoTGl0dGxlJ3MgbGF3OiBWVXMgYnVzeSA9IGl0ZXJhdGlvbnMgcGVyXG4vLyBzZWNvbmQgeCBzZWNvbmRzIHBlciBpdGVyYXRpb24pLlxuaW1wb3J0IHsgZHVyYXRpb25TZWNvbmRzIH0gZnJvbSAnLi9kdXJhdGlvbi50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi9zaGFwZXMudHMnO1xuXG4vKiogUHJlLWFsbG9jYXRlZCBWVXMgaG9sZCB0d2ljZSB0aGUgaXRlcmF0aW9ucyBpbiBmbGlnaHQgYXQgdGhlIGNvdmVyZWQgbGF0ZW5jeSAoYnVyc3RzLCBhIGdlbmVyYXRvciBjYXRjaGluZyB1cCBhZnRlciBhIHBhdXNlKS4gKi9cbmV4cG9ydCBjb25zdCBQUkVBTExPQ0FURURfSEVBRFJPT00gPSAyO1xuLyoqXG4gKiBUaGUgbGF0ZW5jeSBwcmUtYWxsb2NhdGVkIFZVcyBjb3ZlciBpcyB0aGUgcDk5IGJ1ZGdldCwgY291bnRlZCB1cCB0byB0aGlzIG1hbnkgc2Vjb25kczogazZcbiAqIGluaXRpYWxpc2VzIGV2ZXJ5IHByZS1hbGxvY2F0ZWQgVlUgYmVmb3JlIHRoZSBsb2FkIHN0YXJ0cywgc28gYSByZWxheGVkIGJ1ZGdldCAoZS5nLiA2MCBzKSB3b3VsZFxuICogc3RhcnQgdGhvdXNhbmRzOyBzbG93ZXIgYW5zd2VycyBnZXQgVlVzIG9uIGRlbWFuZCB1cCB0byBtYXhWVXMuXG4gKi9cbmV4cG9ydCBjb25zdCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgT3Blbk1vZGVsTG9hZCB7XG4gIC8qKiBJdGVyYXRpb25zIHBlciBzZWNvbmQuICovXG4gIHJhdGVQZXJTOiBudW1iZXI7XG4gIC8qKiBSZXF1ZXN0cyBvbmUgaXRlcmF0aW9uIHNlbmRzIG9uZSBhZnRlciBhbm90aGVyLiAqL1xuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogbnVtYmVyO1xuICAvKiogVGhlIHA5OSBsYXRlbmN5IGJ1ZGdldCBvZiB0aG9zZSByZXF1ZXN0cywgbXMuICovXG4gIHA5OUJ1ZGdldE1zOiBudW1iZXI7XG4gIC8qKiBUaGUgcGVyLXJlcXVlc3QgdGltZW91dCwgczogbm8gcmVxdWVzdCB0YWtlcyBsb25nZXIuICovXG4gIHRpbWVvdXRTOiBudW1iZXI7XG59XG5cbi8qKlxuICogcHJlQWxsb2NhdGVkVlVzOiBldmVyeSByZXF1ZXN0IGFuc3dlcmluZyBhdCBpdHMgcDk5IGJ1ZGdldCAoYXQgbW9zdCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyksXG4gKiBQUkVBTExPQ0FURURfSEVBRFJPT00gdGltZXMgb3ZlciwgcGx1cyBvbmUsIHNvIGEgcGxhdGZvcm0gd2l0aGluIGJ1ZGdldCBuZXZlciB3YWl0cyBmb3IgYSBWVTtcbiAqIG1heFZVczogZXZlcnkgcmVxdWVzdCBhbnN3ZXJpbmcganVzdCBiZWZvcmUgdGhlIHRpbWVvdXQsIHNvIGEgc2xvd2VyIHBsYXRmb3JtIHN0aWxsIGdldHMgaXRzXG4gKiByZXF1ZXN0cyBzZW50IChlYWNoIFZVIGFkZGVkIGNvc3RzIGEgZHJvcHBlZCBpdGVyYXRpb24sIGNvdW50ZWQgYW5kIGdhdGVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG9wZW5Nb2RlbFZVcyhsb2FkOiBPcGVuTW9kZWxMb2FkKTogeyBwcmVBbGxvY2F0ZWRWVXM6IG51bWJlcjsgbWF4VlVzOiBudW1iZXIgfSB7XG4gIGNvbnN0IGl0ZXJhdGlvblMgPSAobGF0ZW5jeVM6IG51bWJlcikgPT4gbG9hZC5yZXF1ZXN0c1Blckl0ZXJhdGlvbiAqIGxhdGVuY3lTO1xuICBjb25zdCBjb3ZlcmVkID0gTWF0aC5taW4obG9hZC5wOTlCdWRnZXRNcyAvIDEwMDAsIFBSRUFMTE9DQVRFRF9MQVRFTkNZX0NBUF9TKTtcbiAgY29uc3QgcHJlQWxsb2NhdGVkVlVzID0gTWF0aC5jZWlsKFBSRUFMTE9DQVRFRF9IRUFEUk9PTSAqIGxvYWQucmF0ZVBlclMgKiBpdGVyYXRpb25TKGNvdmVyZWQpKSArIDE7XG4gIGNvbnN0IG1heFZVcyA9IE1hdGgubWF4KHByZUFsbG9jYXRlZFZVcywgTWF0aC5jZWlsKGxvYWQucmF0ZVBlclMgKiBpdGVyYXRpb25TKGxvYWQudGltZW91dFMpKSk7XG4gIHJldHVybiB7IHByZUFsbG9jYXRlZFZVcywgbWF4VlVzIH07XG59XG5cbmV4cG9ydCBjb25zdCBpc0Fycml2YWxSYXRlID0gKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4gPT5cbiAgc2NlbmFyaW8uZXhlY3V0b3IgPT09ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnIHx8IHNjZW5hcmlvLmV4ZWN1dG9yID09PSAncmFtcGluZy1hcnJpdmFsLXJhdGUnO1xuXG4vKiogVGhlIGl0ZXJhdGlvbnMgYW4gYXJyaXZhbC1yYXRlIHNjZW5hcmlvIHNjaGVkdWxlcyBvdmVyIGl0cyB3aG9sZSBydW4gKGNvbnN0YW50IHJhdGUgeCBkdXJhdGlvbjsgdGhlIGFyZWEgdW5kZXIgYSByYW1wKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlZHVsZWRJdGVyYXRpb25zKHNjZW5hcmlvOiBTY2VuYXJpbyk6IG51bWJlciB7XG4gIGNvbnN0IHMgPSBzY2VuYXJpbyBhcyBTY2VuYXJpbyAmIHtcbiAgICByYXRlPzogbnVtYmVyO1xuICAgIHRpbWVVbml0Pzogc3RyaW5nO1xuICAgIGR1cmF0aW9uPzogc3RyaW5nO1xuICAgIHN0YXJ0UmF0ZT86IG51bWJlcjtcbiAgICBzdGFnZXM/OiB7IGR1cmF0aW9uOiBzdHJpbmc7IHRhcmdldDogbnVtYmVyIH1bXTtcbiAgfTtcbiAgY29uc3QgcGVyVW5pdCA9IGR1cmF0aW9uU2Vjb25kcyhzLnRpbWVVbml0ID8/ICcxcycpO1xuICBpZiAocy5leGVjdXRvciA9PT0gJ2NvbnN0YW50LWFycml2YWwtcmF0ZScpIHJldHVybiAoKHMucmF0ZSA/PyAwKSAqIGR1cmF0aW9uU2Vjb25kcyhzLmR1cmF0aW9uID8/ICcwcycpKSAvIHBlclVuaXQ7XG4gIGlmIChzLmV4ZWN1dG9yICE9PSAncmFtcGluZy1hcnJpdmFsLXJhdGUnKSB0aHJvdyBuZXcgRXJyb3IoYCR7cy5leGVjdXRvcn0gaXMgbm90IGFuIGFycml2YWwtcmF0ZSBleGVjdXRvcmApO1xuICBsZXQgcmF0ZSA9IHMuc3RhcnRSYXRlID8/IDA7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGZvciAoY29uc3Qgc3RhZ2Ugb2Ygcy5zdGFnZXMgPz8gW10pIHtcbiAgICB0b3RhbCArPSAoKHJhdGUgKyBzdGFnZS50YXJnZXQpIC8gMikgKiBkdXJhdGlvblNlY29uZHMoc3RhZ2UuZHVyYXRpb24pO1xuICAgIHJhdGUgPSBzdGFnZS50YXJnZXQ7XG4gIH1cbiAgcmV0dXJuIHRvdGFsIC8gcGVyVW5pdDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5c1xuICAgIC5tYXAoKF8sIGkpID0+IGkpXG4gICAgLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG5leHBvcnQgdHlwZSBVc2VyQ2xhc3MgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcblxuLyoqXG4gKiBUaGUgdXNlciBjbGFzcyBvZiBWVSBudW1iZXIgbiAoMS1iYXNlZCksIHNvIHRoYXQgdGhlIGZpcnN0IG4gVlVzIGFsd2F5cyBmb2xsb3cgdGhlIHdlaWdodHMgYXNcbiAqIGNsb3NlbHkgYXMgd2hvbGUgdXNlcnMgY2FuOiBlYWNoIFZVIHRha2VzIHRoZSBjbGFzcyBmdXJ0aGVzdCBiZWxvdyBpdHMgc2hhcmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc09mVXNlcihuOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogVXNlckNsYXNzIHtcbiAgY29uc3QgY2xhc3NlczogVXNlckNsYXNzW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcbiAgY29uc3QgYXNzaWduZWQgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBsZXQgY2hvc2VuOiBVc2VyQ2xhc3MgPSAncmVndWxhcic7XG4gIGZvciAobGV0IGkgPSAxOyBpIDw9IG47IGkrKykge1xuICAgIGxldCBiZXN0ID0gLUluZmluaXR5O1xuICAgIGZvciAoY29uc3QgYyBvZiBjbGFzc2VzKSB7XG4gICAgICBpZiAod2VpZ2h0c1tjXSA9PT0gMCkgY29udGludWU7XG4gICAgICBjb25zdCBkZWZpY2l0ID0gKHdlaWdodHNbY10gKiBpKSAvIDEwMCAtIGFzc2lnbmVkW2NdO1xuICAgICAgaWYgKGRlZmljaXQgPiBiZXN0KSB7XG4gICAgICAgIGJlc3QgPSBkZWZpY2l0O1xuICAgICAgICBjaG9zZW4gPSBjO1xuICAgICAgfVxuICAgIH1cbiAgICBhc3NpZ25lZFtjaG9zZW5dKys7XG4gIH1cbiAgcmV0dXJuIGNob3Nlbjtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhcbiAgZXhlYzogc3RyaW5nLFxuICB2dXM6IG51bWJlcixcbiAgY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4sXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVczogMCxcbiAgICBzdGFnZXM6IFtcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wVXBTfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wRG93blN9c2AsIHRhcmdldDogMCB9LFxuICAgIF0sXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzMwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIGs2IHdhbnRzIGEgd2hvbGUgcmF0ZTogYSBmcmFjdGlvbmFsIHBlci1zZWNvbmQgcmF0ZSBpcyBleHByZXNzZWQgcGVyIG1pbnV0ZSBpbnN0ZWFkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdob2xlUmF0ZShwZXJTZWNvbmQ6IG51bWJlcik6IHsgcmF0ZTogbnVtYmVyOyB0aW1lVW5pdDogc3RyaW5nIH0ge1xuICByZXR1cm4gTnVtYmVyLmlzSW50ZWdlcihwZXJTZWNvbmQpXG4gICAgPyB7IHJhdGU6IHBlclNlY29uZCwgdGltZVVuaXQ6ICcxcycgfVxuICAgIDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpOyBWVXMgYXMgbGliL2xvYWQvb3Blbi1tb2RlbC50cyBzaXplcyB0aGVtLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShcbiAgZXhlYzogc3RyaW5nLFxuICBwZXJTZWNvbmQ6IG51bWJlcixcbiAgZHVyYXRpb25TOiBudW1iZXIsXG4gIHZ1czogeyBwcmVBbGxvY2F0ZWRWVXM6IG51bWJlcjsgbWF4VlVzOiBudW1iZXIgfSxcbiAgc3RhcnRUaW1lID0gJzBzJyxcbik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICAuLi53aG9sZVJhdGUocGVyU2Vjb25kKSxcbiAgICBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogdnVzLnByZUFsbG9jYXRlZFZVcyxcbiAgICBtYXhWVXM6IHZ1cy5tYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKFxuICBleGVjOiBzdHJpbmcsXG4gIHN0YXJ0UmF0ZTogbnVtYmVyLFxuICBtYXhSYXRlOiBudW1iZXIsXG4gIGR1cmF0aW9uUzogbnVtYmVyLFxuICBtYXhWVXM6IG51bWJlcixcbik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0UmF0ZSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMiwgTWF0aC5jZWlsKHN0YXJ0UmF0ZSkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhZ2VzOiBbeyBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCB0YXJnZXQ6IG1heFJhdGUgfV0sXG4gIH07XG59XG5cbi8qKiBgdnVzYCB1c2VycyBlYWNoIHJ1biBgaXRlcmF0aW9uc2AgaXRlcmF0aW9ucywgYWxsIHN0YXJ0aW5nIHRvZ2V0aGVyLCBib3VuZGVkIGJ5IGBtYXhEdXJhdGlvblNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGl0ZXJhdGlvbnNQZXJVc2VyKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGl0ZXJhdGlvbnM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnMsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cbiIsICIvLyBUaGUgazYgc2lkZSBvZiB0aGUgcmVzb3VyY2Ugc2lkZWNhcjogYSAxL3Mgc2NlbmFyaW8gcG9sbHMgdGhlIHNpZGVjYXIncyBzYW1wbGVzIGludG8gVHJlbmRcbi8vIG1ldHJpY3MsIGFuZCB0ZWFyZG93biByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoLCBzbyB0aGUgc2VydmVyJ3MgQ1BVIGFuZCBtZW1vcnkgYXJlIG9yZGluYXJ5XG4vLyBrNiB0aHJlc2hvbGRzIGluIHRoZSBzYW1lIHJ1bi4gT25seSB0aGUgbG9hZCBpcyBnYXRlZDogdGhlIHBvbGxlciB0ZWxscyB0aGUgc2lkZWNhciB3aGVuIHRoZVxuLy8gbG9hZCBzdGFydHMgKGl0cyBmaXJzdCBwb2xsOiBpdCBzdGFydHMgd2l0aCB0aGUgbG9hZCBzY2VuYXJpb3MsIGFmdGVyIHNldHVwKSBhbmQgZW5kcyAoaXRzIGxhc3QsXG4vLyBvciB0ZWFyZG93biksIGFuZCBzYW1wbGVzIHRoZSBzaWRlY2FyIG1hcmtzIHNldHVwIG9yIHRlYXJkb3duIChhIGRhdGFzZXQgc2VlZGVkIGluIHNldHVwLCB0aGVcbi8vIGNsZWFuLXVwKSBhcmUgbGVmdCBvdXQuIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcywgdG9LNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSwgUlNTICgvbWV0cmljcykgb3IgdGhlIG1lbW9yeSBxdWVyeSAoUHJvbWV0aGV1cyBzZXJ2ZXIpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgb3ZlciB0aGUgbG9hZCBhZnRlciB0aGUgc2lkZWNhcidzIHdhcm0tdXAgKGxlYXN0LXNxdWFyZXMgc2xvcGUpLCByZWNvcmRlZCBvbmNlIGluIHRlYXJkb3duLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeUdyb3d0aCA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicpO1xuXG5pbnRlcmZhY2UgU2FtcGxlIHtcbiAgc2VxOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50OiBudW1iZXI7XG4gIGNwdV9jb3Jlc19wZXJjZW50OiBudW1iZXI7XG4gIG1lbW9yeV9tYjogbnVtYmVyO1xuICAvKiogc2V0dXAsIGxvYWQgb3IgdGVhcmRvd247IGFic2VudCBmcm9tIGEgc2lkZWNhciB0aGF0IGRvZXMgbm90IG1hcmsgcGhhc2VzIChldmVyeSBzYW1wbGUgY291bnRzKS4gKi9cbiAgcGhhc2U/OiBzdHJpbmc7XG59XG5cbmNvbnN0IFBPTEwgPSB7IHRhZ3M6IHsgc2NvcGU6ICdzaWRlY2FyJywgbmFtZTogJ3NpZGVjYXInIH0sIHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwsIHRpbWVvdXQ6ICcycycgfSBhcyBjb25zdDtcbi8vIFBlciBWVSAodGhlIHNjZW5hcmlvIGhhcyBvbmUpOiB0aGUgbGFzdCBzZXEgcmVjZWl2ZWQsIHRoZSBzaWRlY2FyJ3MgZmFpbGVkLXJlYWRpbmcgY291bnQgc2Vlbixcbi8vIGFuZCB3aGV0aGVyIHRoZSBzaWRlY2FyIGhhcyB0YWtlbiB0aGUgbWFyayB0aGF0IHRoZSBsb2FkIHN0YXJ0ZWQuXG5sZXQgY3Vyc29yID0gMDtcbmxldCBlcnJvcnNTZWVuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG5sZXQgbG9hZE1hcmtlZCA9IGZhbHNlO1xuXG4vKipcbiAqIFRlbGxzIHRoZSBzaWRlY2FyIHRoZSBsb2FkIHN0YXJ0cyAoJ2xvYWQnKSBvciBlbmRlZCAoJ3RlYXJkb3duJyk7IHRydWUgb25jZSBpdCB0b29rIHRoZSBtYXJrLlxuICogQSBzaWRlY2FyIHdpdGhvdXQgdGhlIHJvdXRlICg0MDQpIG1hcmtzIG5vIHBoYXNlIGFuZCBjb3VudHMgZXZlcnkgc2FtcGxlOiBub3RoaW5nIHRvIHJldHJ5LlxuICovXG5mdW5jdGlvbiBtYXJrUGhhc2Uoc2lkZWNhclVybDogc3RyaW5nLCBwaGFzZTogJ2xvYWQnIHwgJ3RlYXJkb3duJyk6IGJvb2xlYW4ge1xuICBjb25zdCByZXMgPSBodHRwLnBvc3QoYCR7c2lkZWNhclVybH0vcGhhc2VgLCBKU09OLnN0cmluZ2lmeSh7IHBoYXNlIH0pLCB7XG4gICAgLi4uUE9MTCxcbiAgICBoZWFkZXJzOiB7ICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbicgfSxcbiAgfSBhcyBuZXZlcik7XG4gIHJldHVybiByZXMuc3RhdHVzID09PSAyMDAgfHwgcmVzLnN0YXR1cyA9PT0gNDA0O1xufVxuXG4vKiogSG93IGxvbmcgcGFzdCBpdHMgZHVyYXRpb24gdGhlIHBvbGxlciBtYXkgZm9sbG93IFZVcyBzdGlsbCBmaW5pc2hpbmcgKHRoZSBsb2FkIHNjZW5hcmlvcycgZ3JhY2VmdWwgc3RvcHMpLiAqL1xuY29uc3QgVEFJTF9TID0gMzA7XG5cbi8qKlxuICogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVSB0aGF0IHN0YXlzIGFjdGl2ZSAoZWFjaFxuICogaXRlcmF0aW9uIHBvbGxzLCB0aGVuIHNsZWVwcyBvdXQgaXRzIHNlY29uZCkuIEFsd2F5cyBhY3RpdmUsIGl0IGFkZHMgZXhhY3RseSBvbmUgdG8gazYncyBgdnVzYFxuICogZ2F1Z2Ugb3ZlciB0aGUgc2NlbmFyaW8ncyBzcGFuLCB3aGljaCByZXBvcnRzIGNhbiB0YWtlIG9mZiAocnVubmVyL3JlcG9ydC9odG1sLXJlcG9ydC50cyk7IGFuXG4gKiBhcnJpdmFsLXJhdGUgVlUsIGFjdGl2ZSBvbmx5IGR1cmluZyBpdHMgZmV3LW1zIHBvbGxzLCB3b3VsZCBzb21ldGltZXMgYmUgY291bnRlZCBhcyBhIHVzZXIgYW5kXG4gKiBzb21ldGltZXMgbm90LCBkZXBlbmRpbmcgb24gaG93IHRoZSBnYXVnZSdzIHRpY2tzIGZhbGwgYWdhaW5zdCB0aGUgcG9sbHMuIEl0cyBncmFjZWZ1bCBzdG9wIGxldHNcbiAqIHRoZSBsYXN0IGl0ZXJhdGlvbiBmb2xsb3cgdGhlIGxvYWQgdG8gaXRzIGVuZCAocG9sbFJlc291cmNlcyksIGFuZCBubyBmdXJ0aGVyLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzU2NlbmFyaW8oZHVyYXRpb25TOiBudW1iZXIsIHN0YXJ0VGltZT86IHN0cmluZyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsXG4gICAgZXhlYzogJ3BvbGxSZXNvdXJjZXMnLFxuICAgIHZ1czogMSxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIGdyYWNlZnVsU3RvcDogYCR7VEFJTF9TfXNgLFxuICAgIC4uLihzdGFydFRpbWUgPyB7IHN0YXJ0VGltZSB9IDoge30pLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwYXJzZTxUPihib2R5OiB1bmtub3duKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJyA/IChKU09OLnBhcnNlKGJvZHkpIGFzIFQpIDogdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKlxuICogT25lIGl0ZXJhdGlvbiBvZiB0aGUgcG9sbGVyOiBhIHBvbGwsIHRoZW4gdGhlIHJlc3Qgb2YgaXRzIHNlY29uZC4gVGhlIGZpcnN0IHRlbGxzIHRoZSBzaWRlY2FyIHRoZVxuICogbG9hZCBzdGFydHMgKGl0IHN0YXJ0cyB3aXRoIHRoZSBsb2FkIHNjZW5hcmlvcywgYWZ0ZXIgc2V0dXApLiBQYXN0IHRoZSBzY2VuYXJpbydzIGR1cmF0aW9uIHRoZVxuICogbG9hZCdzIFZVcyBtYXkgc3RpbGwgYmUgZmluaXNoaW5nIHRoZWlyIGl0ZXJhdGlvbnMgKGs2J3MgZ3JhY2VmdWwgc3RvcCk6IHRoZSBsYXN0IGl0ZXJhdGlvbiBnb2VzXG4gKiBvbiBwb2xsaW5nIHVudGlsIG5vIG90aGVyIFZVIGlzIGFjdGl2ZSwgdGhlbiB0ZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBlbmRlZCBhbmQgdGFrZXMgdGhlXG4gKiBzYW1wbGVzIHVwIHRvIHRoYXQgbWFyaywgc28gd2hhdCBrNiBnYXRlcyBpcyBleGFjdGx5IHdoYXQgdGhlIHNpZGVjYXIgY291bnRzIGFzIHRoZSBsb2FkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcyhzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgLy8gQmVmb3JlIHRoZSBmaXJzdCByZWFkLCBhbmQgYWdhaW4gdW50aWwgdGhlIHNpZGVjYXIgdGFrZXMgaXQ6IHNhbXBsZXMgdGFrZW4gYmVmb3JlIGl0IGFyZSBzZXR1cCdzLlxuICBpZiAoIWxvYWRNYXJrZWQpIGxvYWRNYXJrZWQgPSBtYXJrUGhhc2Uoc2lkZWNhclVybCwgJ2xvYWQnKTtcbiAgZm9yICg7Oykge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgIHBvbGxPbmNlKHNpZGVjYXJVcmwpOyAvLyB0aHJvd3Mgb25seSB3aGVuIGEgcmVmdXNhbCBhYm9ydHMgdGhlIHJ1blxuICAgIHNsZWVwKE1hdGgubWF4KDAsIDEgLSAoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpIC8gMTAwMCkpOyAvLyBvbmUgcG9sbCBhIHNlY29uZFxuICAgIGlmIChleGVjLnNjZW5hcmlvLnByb2dyZXNzIDwgMSkgcmV0dXJuOyAvLyBrNiBzdGFydHMgdGhlIG5leHQgaXRlcmF0aW9uXG4gICAgaWYgKGV4ZWMuaW5zdGFuY2UudnVzQWN0aXZlIDw9IDEpIGJyZWFrOyAvLyB0aGlzIFZVIGFsb25lOiB0aGUgbG9hZCBpcyBvdmVyXG4gIH1cbiAgbWFya1BoYXNlKHNpZGVjYXJVcmwsICd0ZWFyZG93bicpO1xuICBwb2xsT25jZShzaWRlY2FyVXJsKTtcbn1cblxuZnVuY3Rpb24gcG9sbE9uY2Uoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPVxuICAgIHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgc2FtcGxlczogU2FtcGxlW107IGVycm9ycz86IG51bWJlcjsgcmVmdXNlZD86IHN0cmluZyB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmICghYm9keSB8fCAhQXJyYXkuaXNBcnJheShib2R5LnNhbXBsZXMpKSB7XG4gICAgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKDEpO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkuZXJyb3JzID09PSAnbnVtYmVyJykge1xuICAgIC8vIFRoZSBmaXJzdCBhbnN3ZXIgaXMgdGhlIGJhc2VsaW5lOiBmYWlsdXJlcyBiZWZvcmUgdGhlIHJ1biBhcmUgbm90IHRoZSBydW4ncyBnYXBzLlxuICAgIGlmIChlcnJvcnNTZWVuICE9PSB1bmRlZmluZWQgJiYgYm9keS5lcnJvcnMgPiBlcnJvcnNTZWVuKSBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoYm9keS5lcnJvcnMgLSBlcnJvcnNTZWVuKTtcbiAgICBlcnJvcnNTZWVuID0gYm9keS5lcnJvcnM7XG4gIH1cbiAgZm9yIChjb25zdCBzYW1wbGUgb2YgYm9keS5zYW1wbGVzKSB7XG4gICAgY3Vyc29yID0gTWF0aC5tYXgoY3Vyc29yLCBzYW1wbGUuc2VxKTtcbiAgICBpZiAoc2FtcGxlLnBoYXNlICE9PSB1bmRlZmluZWQgJiYgc2FtcGxlLnBoYXNlICE9PSAnbG9hZCcpIGNvbnRpbnVlOyAvLyBzZXR1cCdzIChvciB0ZWFyZG93bidzKTogc2hvd24gaW4gdGhlIHJlcG9ydHMsIG5vdCBnYXRlZFxuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgfVxuICAvLyBUaGUgc2lkZWNhciBmb3VuZCBtaWQtcnVuIHRoYXQgaXRzIHNvdXJjZSBjYW5ub3QgcmVhZCB0aGUgd2hvbGUgc2VydmVyIChlLmcuIC9tZXRyaWNzIGFuc3dlcmVkXG4gIC8vIGJ5IGFub3RoZXIgd29ya2VyKTogZXZlcnkgZnVydGhlciByZWFkaW5nIHdvdWxkIGJlIHdyb25nLCBzbyB0aGUgcnVuIHN0b3BzLCBzYXlpbmcgd2h5LlxuICBpZiAodHlwZW9mIGJvZHkucmVmdXNlZCA9PT0gJ3N0cmluZycpXG4gICAgZXhlYy50ZXN0LmFib3J0KGBzZXJ2ZXIgcmVzb3VyY2VzOiB0aGUgc2lkZWNhciByZWZ1c2VkIGl0cyBzb3VyY2U6ICR7Ym9keS5yZWZ1c2VkfWApO1xufVxuXG4vKipcbiAqIFRlYXJkb3duLCBiZWZvcmUgYW55dGhpbmcgZWxzZSBpdCBkb2VzOiB0ZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBlbmRlZCAod2hlbiB0aGUgcG9sbGVyIGNvdWxkXG4gKiBub3Q6IGEgcnVuIHN0b3BwZWQgZWFybHkpLCB0aGVuIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGggb3ZlciB0aGUgbG9hZCBhZnRlciB3YXJtLXVwLCBNQiBwZXJcbiAqIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRMb2FkKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBtYXJrUGhhc2Uoc2lkZWNhclVybCwgJ3RlYXJkb3duJyk7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3N1bW1hcnlgLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3Qgc3VtbWFyeSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKHN1bW1hcnkgJiYgdHlwZW9mIHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluID09PSAnbnVtYmVyJylcbiAgICBzZXJ2ZXJNZW1vcnlHcm93dGguYWRkKHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXNvdXJjZUxpbWl0cyB7XG4gIG1lbW9yeU1iOiBudW1iZXI7XG4gIGNwdVBlcmNlbnQ6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gbWVtb3J5IGdyb3d0aCAoc29hayksIE1CIHBlciBtaW51dGUgYWZ0ZXIgd2FybS11cC4gKi9cbiAgZ3Jvd3RoTWJQZXJNaW4/OiBudW1iZXI7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzYW1wbGVzIHdlbnQgbWlzc2luZyAodGhlIHNpZGVjYXIgc3RvcHBlZCBhbnN3ZXJpbmcpLiAqL1xuICBmYWlsT25NaXNzaW5nPzogYm9vbGVhbjtcbn1cblxuLyoqXG4gKiBTZXJ2ZXIgbWVtb3J5IHBlYWssIENQVSBwOTUsIGFuZCBvcHRpb25hbGx5IGdyb3d0aCBhbmQgZ2FwcywgYXMgZ2F0ZXMuIENQVSBpcyBcImF0IG1vc3RcIjogYSBzYW1wbGVcbiAqIGlzIGEgc2hhcmUgb2YgdGhlIHNlcnZlcidzIENQVXMgKG5ldmVyIGFib3ZlIDEwMCksIHNvIGEgbGltaXQgb2YgMTAwIG1lYXN1cmVzIENQVSB3aXRob3V0IGdhdGluZyBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8PScsIHZhbHVlOiBsaW1pdHMuY3B1UGVyY2VudCB9XSB9LFxuICBdO1xuICBpZiAobGltaXRzLmdyb3d0aE1iUGVyTWluICE9PSB1bmRlZmluZWQpXG4gICAgZ2F0ZXMucHVzaCh7XG4gICAgICBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJyxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5ncm93dGhNYlBlck1pbiB9XSxcbiAgICB9KTtcbiAgaWYgKGxpbWl0cy5mYWlsT25NaXNzaW5nKVxuICAgIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgcnVsZXM6IFt7IHN0YXQ6ICdjb3VudCcsIG9wOiAnPCcsIHZhbHVlOiAxIH1dIH0pO1xuICByZXR1cm4gZ2F0ZXM7XG59XG5cbi8qKiBUaGUgc2FtZSBnYXRlcyBhcyBhIGs2IHRocmVzaG9sZHMgb2JqZWN0OiB7IHNlcnZlcl9tZW1vcnlfbWI6IFsnbWF4PDEwMjQnXSwgc2VydmVyX2NwdV9wZXJjZW50OiBbJ3AoOTUpPD04MCddLCAuLi4gfS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZVRocmVzaG9sZHMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEs2VGhyZXNob2xkcyB7XG4gIHJldHVybiB0b0s2VGhyZXNob2xkcyhyZXNvdXJjZUdhdGVzKGxpbWl0cykpO1xufVxuIiwgIi8vIFRoZSBydW4ncyBhY2NvdW50cywgcGVyIGNsYXNzOiBmcm9tIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgKHBhcnNlZCBvbmNlIGZvciB0aGUgd2hvbGUgdGVzdCBpbnRvXG4vLyBrNiBTaGFyZWRBcnJheXMsIHNvIGV2ZXJ5IFZVIHJlYWRzIG9uZSBjb3B5IGluc3RlYWQgb2YgaG9sZGluZyBpdHMgb3duKSwgZnJvbSB0aGUgZGVtb1xuLy8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2wgKG5hbWVzIGNvbXB1dGVkLCBub3RoaW5nIGhlbGQpLCBvciBlbHNlIHRoZSBjbGFzcydzIHNpbmdsZSBhY2NvdW50XG4vLyAoUkVHVUxBUl9VU0VSX0VNQUlMIC4uLjogZXZlcnkgVlUgb2YgYSBjbGFzcyBzaGFyZXMgaXQpLiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS5cbmltcG9ydCB7IFNoYXJlZEFycmF5IH0gZnJvbSAnazYvZGF0YSc7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuLi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7XG4gIHR5cGUgQWNjb3VudCxcbiAgdHlwZSBQb29sU2l6ZXMsXG4gIHBhcnNlVXNlcnNDc3YsXG4gIHBvb2xFbWFpbCxcbiAgUk9MRVMsXG4gIHR5cGUgUm9sZSxcbiAgdG9vU21hbGxGb3JEaXN0aW5jdCxcbn0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFBvb2wge1xuICAvKiogV2hlcmUgdGhlIGFjY291bnRzIGNvbWUgZnJvbSwgZm9yIG1lc3NhZ2VzLiAqL1xuICBzb3VyY2U6IHN0cmluZztcbiAgc2l6ZXM6IFBvb2xTaXplcztcbiAgLyoqIFRoZSBpLXRoIGFjY291bnQgKGZyb20gMCkgb2YgYSBjbGFzczsgYHBhc3N3b3JkYCBpcyB0aGUgZmlsZSdzLCBvciB0aGUgY2xhc3MgcGFzc3dvcmQgZ2l2ZW4uICovXG4gIGFjY291bnQocm9sZTogUm9sZSwgaW5kZXg6IG51bWJlciwgY2xhc3NQYXNzd29yZDogc3RyaW5nKTogQWNjb3VudDtcbn1cblxuZnVuY3Rpb24gcmVhZEZpbGUocGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gb3BlbihwYXRoKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICBgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9IGNhbm5vdCBiZSByZWFkICgke1N0cmluZyhlcnJvcil9KTogZ2l2ZSBhbiBhYnNvbHV0ZSBwYXRoIHRvIGEgQ1NWIHdpdGggdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlYCxcbiAgICApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGZpbGVQb29sKHBhdGg6IHN0cmluZyk6IFBvb2wge1xuICAvLyBUaGUgY2FsbGJhY2sgcnVucyBvbmNlIHBlciB0ZXN0IChrNiBrZWVwcyB0aGUgcmVzdWx0IGZvciBldmVyeSBWVSk7IGVhY2ggY2xhc3MgaXRzIG93biBhcnJheS5cbiAgY29uc3QgYXJyYXlzID0ge30gYXMgUmVjb3JkPFJvbGUsIEFjY291bnRbXT47XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUylcbiAgICBhcnJheXNbcm9sZV0gPSBuZXcgU2hhcmVkQXJyYXkoXG4gICAgICBgdXNlcnM6JHtyb2xlfWAsXG4gICAgICAoKSA9PiBwYXJzZVVzZXJzQ3N2KHJlYWRGaWxlKHBhdGgpLCBwYXRoKVtyb2xlXSxcbiAgICApIGFzIHVua25vd24gYXMgQWNjb3VudFtdO1xuICByZXR1cm4ge1xuICAgIHNvdXJjZTogYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtwYXRofWAsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogYXJyYXlzLnJlZ3VsYXIubGVuZ3RoLCBwb3dlcjogYXJyYXlzLnBvd2VyLmxlbmd0aCwgYWRtaW46IGFycmF5cy5hZG1pbi5sZW5ndGggfSxcbiAgICBhY2NvdW50OiAocm9sZSwgaW5kZXgpID0+IGFycmF5c1tyb2xlXVtpbmRleF0gYXMgQWNjb3VudCxcbiAgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ha2VQb29sKGNvbmZpZzogQ29uZmlnKTogUG9vbCB7XG4gIGlmIChjb25maWcudXNlcnNGaWxlKSByZXR1cm4gZmlsZVBvb2woY29uZmlnLnVzZXJzRmlsZSk7XG4gIGNvbnN0IHVzZXJzID0gY29uZmlnLnVzZXJzO1xuICBpZiAoY29uZmlnLmRlbW9Vc2Vycykge1xuICAgIHJldHVybiB7XG4gICAgICBzb3VyY2U6ICdERU1PX1VTRVJTJyxcbiAgICAgIHNpemVzOiBjb25maWcuZGVtb1VzZXJzLFxuICAgICAgYWNjb3VudDogKHJvbGUsIGluZGV4LCBwYXNzd29yZCkgPT4gKHsgZW1haWw6IHBvb2xFbWFpbChyb2xlLCBpbmRleCArIDEpLCBwYXNzd29yZCB9KSxcbiAgICB9O1xuICB9XG4gIHJldHVybiB7XG4gICAgc291cmNlOiAnUkVHVUxBUl9VU0VSX0VNQUlMIC8gUE9XRVJfVVNFUl9FTUFJTCAvIEFETUlOX1VTRVJfRU1BSUwgKG9uZSBzaGFyZWQgYWNjb3VudCBwZXIgY2xhc3MpJyxcbiAgICBzaXplczogeyByZWd1bGFyOiAxLCBwb3dlcjogMSwgYWRtaW46IDEgfSxcbiAgICBhY2NvdW50OiAocm9sZSwgX2luZGV4LCBwYXNzd29yZCkgPT4gKHsgZW1haWw6IHVzZXJzW3JvbGVdLmVtYWlsLCBwYXNzd29yZCB9KSxcbiAgfTtcbn1cblxuLyoqIFRoaXMgVlUncyBhY2NvdW50IG9mIGEgY2xhc3M6IFZVIG4gdXNlcyBhY2NvdW50IChuLTEpIG1vZCBzaXplLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFjY291bnRPZlZ1KHBvb2w6IFBvb2wsIHJvbGU6IFJvbGUsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQgfCB1bmRlZmluZWQge1xuICBjb25zdCBzaXplID0gcG9vbC5zaXplc1tyb2xlXTtcbiAgcmV0dXJuIHNpemUgPT09IDAgPyB1bmRlZmluZWQgOiBwb29sLmFjY291bnQocm9sZSwgKGV4ZWMudnUuaWRJblRlc3QgLSAxKSAlIHNpemUsIGNsYXNzUGFzc3dvcmQpO1xufVxuXG4vKiogUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZTogcmVmdXNlcywgYXQgaW5pdCwgYSBwb29sIHdpdGggZmV3ZXIgYWNjb3VudHMgb2YgYSB1c2VkIGNsYXNzIHRoYW4gVlUgaWRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydERpc3RpbmN0KHBvb2w6IFBvb2wsIHJvbGVzOiByZWFkb25seSBSb2xlW10sIHZ1SWRzOiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3QgbmVlZGVkOiBQb29sU2l6ZXMgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2Ygcm9sZXMpIG5lZWRlZFtyb2xlXSA9IHZ1SWRzO1xuICBjb25zdCBwcm9ibGVtID0gdG9vU21hbGxGb3JEaXN0aW5jdChwb29sLnNpemVzLCBuZWVkZWQsIHBvb2wuc291cmNlKTtcbiAgaWYgKHByb2JsZW0pIHRocm93IG5ldyBFcnJvcihwcm9ibGVtKTtcbn1cblxuLyoqIFRoZSBydW4ncyBwb29sLCBtYWRlIG9uY2UgcGVyIFZVIGF0IGluaXQgKGEgYmFkIGZpbGUgc3RvcHMgdGhlIHJ1biBoZXJlLCBiZWZvcmUgc2V0dXApLiAqL1xuZXhwb3J0IGNvbnN0IHBvb2w6IFBvb2wgPSBtYWtlUG9vbChydW5Db25maWcpO1xuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IGFzc2VydFRhcmdldEFsbG93ZWQsIHR5cGUgQ29uZmlnLCBwYXJzZUNvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuXG4vKiogVGhlIGNvbmZpZ3VyYXRpb24gZm9yIGEgbG9hZC1nZW5lcmF0aW5nIGVudHJ5OiByZWZ1c2VzIGEgbm9uLWxvb3BiYWNrIHRhcmdldCB0aGF0IGlzIG5vdCBhbGxvdy1saXN0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZ3VhcmRlZENvbmZpZyhlbnRyeTogc3RyaW5nKTogQ29uZmlnIHtcbiAgYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWcsIGVudHJ5KTtcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiIsICIvLyBUaGUgc2hhcmVkIHNldHVwKCkgYW5kIHRlYXJkb3duKCkgb2YgdGhlIGVudHJ5IHBvaW50czogbWFrZXMgc3VyZSB0aGUgcGxhdGZvcm0gYW5zd2VycywgY2hlY2tzXG4vLyBvbmUgYWNjb3VudCBvZiBlYWNoIGNsYXNzIChhIHdyb25nIHBhc3N3b3JkIHN0b3BzIHRoZSBydW4gYXQgb25jZSksIHJlbW92ZXMgd2hhdCBraWxsZWQgcnVuc1xuLy8gbGVmdCBiZWhpbmQsIG1ha2VzIHN1cmUgdGhlIGtlcHQgZGF0YXNldCBpcyB0aGVyZSwgYW5kIChmb3IgYXBpL2JyZWFrcG9pbnQpIHNlZWRzIHJ1bi10YWdnZWRcbi8vIGNvdXJzZXMuIFRlYXJkb3duIHJlbW92ZXMgZXZlcnl0aGluZyB0aGlzIHJ1biBjcmVhdGVkLiBJdCBzdG9wcyB0aGUgcnVuIHdpdGggYSBtZXNzYWdlIHRoYXRcbi8vIHNheXMgd2hhdCBpcyB3cm9uZyBpbnN0ZWFkIG9mIGxldHRpbmcgVlVzIHNlbmQgYSBtaW51dGUgb2YgZmFpbGluZyByZXF1ZXN0cy5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHNlY3JldHMgZnJvbSAnazYvc2VjcmV0cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgZW5zdXJlRGF0YXNldCwgdHlwZSBPd25lciwgcXVpZXRMb2dpbiwgcmVtb3ZlQ291cnNlcyB9IGZyb20gJy4vZGF0YXNldC50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyLCBuZXdSdW5JZCwgUlVOX1RJVExFX0ZJTFRFUiB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBwb29sIH0gZnJvbSAnLi9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB0eXBlIFJvbGUsIHZ1SWRCb3VuZCB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5EYXRhIHtcbiAgLyoqIFVuaXF1ZSBwZXIgcnVuLCBwYXJ0IG9mIGV2ZXJ5IHRpdGxlIHRoaXMgcnVuIGNyZWF0ZXMsIHNvIHJ1bnMgYW5kIFZVcyBuZXZlciBjb2xsaWRlLiAqL1xuICBydW5JZDogc3RyaW5nO1xuICAvKiogT25lIGxvZ2dlZC1pbiBhY2NvdW50IHBlciBjbGFzcyAodGhlIHBvb2wncyBmaXJzdCk6IHNldHVwJ3MgY2hlY2tzLCBzaGFyZWQtdG9rZW4gZW50cmllcywgY2xlYW51cC4gKi9cbiAgdG9rZW5zOiBSZWNvcmQ8Um9sZSwgc3RyaW5nPjtcbiAgLyoqIFJ1bi10YWdnZWQgZ2VuZXJhdGVkIGNvdXJzZXMgb3duZWQgYnkgdG9rZW5zLnJlZ3VsYXIncyBhY2NvdW50LCBmb3IgZW50cmllcyB0aGF0IHJlYWQgc2hhcmVkIHJvd3MgKGFwaSwgYnJlYWtwb2ludCkuICovXG4gIHNlZWRlZENvdXJzZUlkczogSWRbXTtcbn1cblxuY29uc3QgU0VFRF9DT1VSU0VTID0gMztcbmNvbnN0IFBST0JFX1RJTUVPVVQgPSAnNXMnO1xuXG5mdW5jdGlvbiBhYm9ydChtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIGV4ZWMudGVzdC5hYm9ydChtZXNzYWdlKTtcbiAgdGhyb3cgbmV3IEVycm9yKG1lc3NhZ2UpOyAvLyBub3QgcmVhY2hlZDogYWJvcnQoKSBzdG9wcyB0aGUgdGVzdDsgdGhpcyBrZWVwcyB0aGUgdHlwZSBjaGVja2VyIGhvbmVzdFxufVxuXG5mdW5jdGlvbiBwcm9iZShiYXNlVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgdXJsID0gYCR7YmFzZVVybH0vaGVhbHRoYDtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQodXJsLCB7IHRpbWVvdXQ6IFBST0JFX1RJTUVPVVQsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6ICdHRVQgL2hlYWx0aCAoc2V0dXAgcHJvYmUpJyB9IH0pO1xuICBpZiAocmVzLnN0YXR1cyA9PT0gMCkge1xuICAgIGFib3J0KFxuICAgICAgYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCxcbiAgICApO1xuICB9XG4gIGlmIChyZXMuc3RhdHVzICE9PSAyMDApIHtcbiAgICBhYm9ydChcbiAgICAgIGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCxcbiAgICApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGNsYXNzUGFzc3dvcmQoY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4sIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICByZXR1cm4gc2VjcmV0W3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZDtcbn1cblxuLyoqXG4gKiBMb2dzIGluIGFzIHRoZSBjbGFzcydzIGZpcnN0IGFjY291bnQ6IHRoZSBjaGVjayB0aGF0IGEgd3JvbmcgcGFzc3dvcmQgc3RvcHMgdGhlIHJ1biBhdCBvbmNlLlxuICogT3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93OiBlbmRwb2ludDpsb2dpbiB0aW1lcyB0aGUgVlVzJyBvd24gbG9naW5zIHVuZGVyIGxvYWQuXG4gKi9cbmZ1bmN0aW9uIGxvZ2luKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+LCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgaWYgKHBvb2wuc2l6ZXNbcm9sZV0gPT09IDApIGFib3J0KGAke3Bvb2wuc291cmNlfSBoYXMgbm8gJHtyb2xlfSBhY2NvdW50LCBhbmQgdGhpcyBlbnRyeSBuZWVkcyBvbmUuYCk7XG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBwb29sLmFjY291bnQocm9sZSwgMCwgY2xhc3NQYXNzd29yZChjb25maWcsIHNlY3JldCwgcm9sZSkpO1xuICBjb25zdCByZXN1bHQgPSBxdWlldExvZ2luKGNvbmZpZywgZW1haWwsIHBhc3N3b3JkKTtcbiAgaWYgKCFyZXN1bHQudG9rZW4pIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGNvbnN0IHdoZXJlID0gY29uZmlnLnVzZXJzRmlsZVxuICAgICAgPyBgaXRzIGxpbmUgaW4gJHtjb25maWcudXNlcnNGaWxlfWBcbiAgICAgIDogY29uZmlnLmRlbW9Vc2Vyc1xuICAgICAgICA/IGAke2VudlByZWZpeH1fUEFTU1dPUkQgKHRoZSBERU1PX1VTRVJTIHBvb2wncyAke3JvbGV9IHBhc3N3b3JkKWBcbiAgICAgICAgOiBgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkRgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHt3aGVyZX0uYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC50b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogYHBlcmYtc2VlZCAke3J1bklkfSAke259YCxcbiAgICAgIHRvcGljOiAnbG9hZCB0ZXN0aW5nJyxcbiAgICAgIGxldmVsOiAnYmVnaW5uZXInLFxuICAgICAgY2hhcHRlcl9jb3VudDogMixcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7Y3JlYXRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb25zdCBzdGFydGVkID0gY2xpZW50LmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgaWYgKCFzdGFydGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgZ2VuZXJhdGluZyBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtzdGFydGVkLnN0YXR1c30pLmApO1xuICAgIGNvdXJzZUlkcy5wdXNoKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgam9icy5wdXNoKHN0YXJ0ZWQuYm9keS5qb2JfaWQpO1xuICB9XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICBmb3IgKGNvbnN0IGpvYklkIG9mIGpvYnMpIHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBqb2IgPSBjbGllbnQuZ2V0Sm9iKGpvYklkKS5ib2R5O1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJykgYnJlYWs7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdmYWlsZWQnKSBhYm9ydChgYSBzZWVkIGNvdXJzZSdzIGdlbmVyYXRpb24gZmFpbGVkOiAke2pvYi5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ30uYCk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKVxuICAgICAgICBhYm9ydChgc2VlZCBjb3Vyc2VzIHdlcmUgbm90IGdlbmVyYXRlZCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zLmApO1xuICAgICAgc2xlZXAoMC41KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNvdXJzZUlkcztcbn1cblxuLyoqXG4gKiBDbGFzcyBwYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzIChgazYgcnVuIC0tc2VjcmV0LXNvdXJjZT1maWxlPXNlY3JldHMudHh0YCwga2V5cyBuYW1lZFxuICogbGlrZSB0aGUgZW52IHZhcmlhYmxlczogUkVHVUxBUl9VU0VSX1BBU1NXT1JELCAuLi4pIHRha2UgcHJlY2VkZW5jZSBvdmVyIHRoZSBlbnZpcm9ubWVudDsgazZcbiAqIHJlZGFjdHMgdGhlbSBmcm9tIGl0cyBsb2dzLiBUaGV5IGFwcGx5IHRvIHRoZSBzaW5nbGUgYWNjb3VudHMgYW5kIHRvIHRoZSBERU1PX1VTRVJTIHBvb2w7IGFcbiAqIHVzZXJzIGZpbGUgY2FycmllcyBpdHMgb3duIHBhc3N3b3Jkcy5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNlY3JldFBhc3N3b3JkcygpOiBQcm9taXNlPFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+PiB7XG4gIGNvbnN0IGZvdW5kOiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+PiA9IHt9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcGFzc3dvcmQgPSBhd2FpdCBzZWNyZXRzLmdldChgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJfUEFTU1dPUkRgKTtcbiAgICAgIGlmIChwYXNzd29yZCkgZm91bmRbcm9sZV0gPSBwYXNzd29yZDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIG5vIHNlY3JldCBzb3VyY2UgY29uZmlndXJlZCwgb3Igbm8gc3VjaCBrZXk6IGtlZXAgdGhlIGVudmlyb25tZW50J3MgcGFzc3dvcmRcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGZvdW5kO1xufVxuXG4vKiogVGhlIGFjY291bnRzIFZVcyBvZiB0aGUgY2xhc3NlcyB0aGF0IHJlYWQgdGhlIGRhdGFzZXQgY2FuIHVzZTogdGhlIGZpcnN0IG1pbihzaXplLCBWVSBpZHMpIG9mIGVhY2guICovXG5mdW5jdGlvbiBkYXRhc2V0T3duZXJzKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+KTogT3duZXJbXSB7XG4gIGNvbnN0IHZ1SWRzID0gdnVJZEJvdW5kKChleGVjLnRlc3Qub3B0aW9ucy5zY2VuYXJpb3MgPz8ge30pIGFzIHVua25vd24gYXMgUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+KTtcbiAgY29uc3Qgb3duZXJzOiBPd25lcltdID0gW107XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInXSBhcyBjb25zdCkge1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgTWF0aC5taW4ocG9vbC5zaXplc1tyb2xlXSwgdnVJZHMpOyBpKyspXG4gICAgICBvd25lcnMucHVzaCh7IHJvbGUsIC4uLnBvb2wuYWNjb3VudChyb2xlLCBpLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSkgfSk7XG4gIH1cbiAgcmV0dXJuIG93bmVycztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQcmVwYXJlT3B0aW9ucyB7XG4gIC8qKiBTZWVkIHJ1bi10YWdnZWQgZ2VuZXJhdGVkIGNvdXJzZXMgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkPzogYm9vbGVhbjtcbiAgLyoqIE1ha2Ugc3VyZSB0aGUga2VwdCBwZXItdXNlciBkYXRhc2V0IGlzIHRoZXJlIChlbnRyaWVzIHdob3NlIHVzZXJzIHJlYWQgdGhlaXIgb3duIGNvdXJzZXMpLiAqL1xuICBkYXRhc2V0PzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4oY29uZmlnOiBDb25maWcsIG9wdGlvbnM6IFByZXBhcmVPcHRpb25zID0ge30pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUoY29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBzZWNyZXQgPSBhd2FpdCBzZWNyZXRQYXNzd29yZHMoKTtcbiAgY29uc3QgYW5vbnltb3VzID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbiAgY29uc3QgdG9rZW5zID0ge30gYXMgUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykgdG9rZW5zW3JvbGVdID0gbG9naW4oY29uZmlnLCBzZWNyZXQsIHJvbGUpO1xuICBjb25zdCBydW5JZCA9IG5ld1J1bklkKCk7XG4gIGNvbnN0IHN3ZXB0ID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2Vucy5hZG1pbiwgUlVOX1RJVExFX0ZJTFRFUiwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBydW5JZCwgZmFsc2UpKTtcbiAgaWYgKHN3ZXB0ID4gMCkgY29uc29sZS5sb2coYHNldHVwOiByZW1vdmVkICR7c3dlcHR9IGNvdXJzZShzKSBsZWZ0IGJlaGluZCBieSBlYXJsaWVyIHJ1bnNgKTtcbiAgaWYgKG9wdGlvbnMuZGF0YXNldCkge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByID0gZW5zdXJlRGF0YXNldChjb25maWcsIGRhdGFzZXRPd25lcnMoY29uZmlnLCBzZWNyZXQpKTtcbiAgICAgIGNvbnNvbGUubG9nKFxuICAgICAgICBgc2V0dXA6IGRhdGFzZXQgb2YgJHtjb25maWcuZGF0YXNldC5jb3Vyc2VzfSBjb3Vyc2UocykgcGVyIGFjY291bnQgZm9yICR7ci5hY2NvdW50c30gYWNjb3VudChzKTogJHtyLnJldXNlZH0gcmV1c2VkLCAke3IuY3JlYXRlZH0gY291cnNlKHMpIGNyZWF0ZWQgKCR7ci5nZW5lcmF0ZWR9IGdlbmVyYXRlZCksICR7ci5yZW1vdmVkfSByZW1vdmVkJHtyLnJldHJpZWQgPiAwID8gYCwgJHtyLnJldHJpZWR9IHJlcXVlc3Qocykgc2VudCBhZ2FpbiBhZnRlciBubyBhbnN3ZXIgb3IgYSA1eHhgIDogJyd9LCBpbiAkeygoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpIC8gMTAwMCkudG9GaXhlZCgxKX0gc2AsXG4gICAgICApO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBhYm9ydChlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikpO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWVkZWRDb3Vyc2VJZHMgPSBvcHRpb25zLnNlZWQgPyBzZWVkQ291cnNlcyhhbm9ueW1vdXMuYXModG9rZW5zLnJlZ3VsYXIpLCBydW5JZCwgY29uZmlnKSA6IFtdO1xuICAvLyBObyBwYXNzd29yZCBpbiB0aGUgcmV0dXJuZWQgZGF0YTogazYgY29waWVzIGl0IGludG8gZXZlcnkgVlUgYW5kIGludG8gaXRzIHN1bW1hcnkgZXhwb3J0LlxuICByZXR1cm4geyBydW5JZCwgdG9rZW5zLCBzZWVkZWRDb3Vyc2VJZHMgfTtcbn1cblxuLyoqIFRlYXJkb3duOiByZW1vdmVzIGV2ZXJ5IGNvdXJzZSB0aGlzIHJ1biBjcmVhdGVkIChWVXMgZGVsZXRlIHRoZWlyIG93biBhcyB0aGV5IGdvOyB0aGlzIGNhdGNoZXMgdGhlIHJlc3QpLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNsZWFuVXBSdW4oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEgfCB1bmRlZmluZWQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgaWYgKCFkYXRhPy5ydW5JZCB8fCBwb29sLnNpemVzLmFkbWluID09PSAwKSByZXR1cm47XG4gIGNvbnN0IHNlY3JldCA9IGF3YWl0IHNlY3JldFBhc3N3b3JkcygpO1xuICAvLyBBIGZyZXNoIGxvZ2luOiBzZXR1cCdzIHRva2VuIG1heSBoYXZlIGV4cGlyZWQgZHVyaW5nIGEgbG9uZyBydW4uXG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBwb29sLmFjY291bnQoJ2FkbWluJywgMCwgc2VjcmV0LmFkbWluID8/IGNvbmZpZy51c2Vycy5hZG1pbi5wYXNzd29yZCk7XG4gIGNvbnN0IHsgdG9rZW4gfSA9IHF1aWV0TG9naW4oY29uZmlnLCBlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXRva2VuKSB7XG4gICAgY29uc29sZS5lcnJvcihcbiAgICAgIGB0ZWFyZG93bjogY291bGQgbm90IGxvZyBpbiBhcyAke2VtYWlsfSB0byByZW1vdmUgdGhpcyBydW4ncyBjb3Vyc2VzICh0aXRsZXMgY29udGFpbmluZyAke2RhdGEucnVuSWR9KTsgdGhlIG5leHQgcnVuIHJlbW92ZXMgdGhlbWAsXG4gICAgKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgcmVtb3ZlZCA9IHJlbW92ZUNvdXJzZXMoY29uZmlnLCB0b2tlbiwgZGF0YS5ydW5JZCwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBkYXRhLnJ1bklkLCB0cnVlKSk7XG4gIGlmIChyZW1vdmVkID4gMCkgY29uc29sZS5sb2coYHRlYXJkb3duOiByZW1vdmVkICR7cmVtb3ZlZH0gY291cnNlKHMpIHRoaXMgcnVuIGNyZWF0ZWRgKTtcbn1cbiIsICIvLyBUeXBlZCBjbGllbnQgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJIGNvbnRyYWN0IChwYXRocyBhbmQgdGFncyBjb21lIGZyb20gcm91dGVzLnRzKS4gRXZlcnkgcmVxdWVzdFxuLy8gY2FycmllcyBhIHN0YWJsZSBgZW5kcG9pbnRgIHRhZyAobmV2ZXIgdGhlIFVSTCB3aXRoIGlkcyBpbiBpdCksIHRoZSBgYXBpYCBzY29wZSBhbmQgYSB0ZW1wbGF0ZWRcbi8vIGBuYW1lYCwgc28gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydHMga2VlcCBhIHNtYWxsLCBmaXhlZCBzZXQgb2Ygc2VyaWVzLlxuaW1wb3J0IHsgY2hlY2sgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB0eXBlIHsgUm9sZSB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgdHlwZSBJZCwgcGF0aHMsIHJlcXVlc3RUYWdzIH0gZnJvbSAnLi9yb3V0ZXMudHMnO1xuXG5leHBvcnQgdHlwZSB7IElkIH07XG5leHBvcnQgdHlwZSBMZXZlbCA9ICdiZWdpbm5lcicgfCAnaW50ZXJtZWRpYXRlJyB8ICdhZHZhbmNlZCc7XG5leHBvcnQgdHlwZSBKb2JTdGF0dXMgPSAncXVldWVkJyB8ICdydW5uaW5nJyB8ICdjb21wbGV0ZWQnIHwgJ2ZhaWxlZCc7XG5leHBvcnQgdHlwZSBFeHBvcnRGb3JtYXQgPSAnanNvbicgfCAnbWFya2Rvd24nIHwgJ2h0bWwnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXJTdW1tYXJ5IHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgdGl0bGU6IHN0cmluZztcbiAgc3RhdHVzOiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZSB7XG4gIGlkOiBJZDtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGNoYXB0ZXJzPzogQ2hhcHRlclN1bW1hcnlbXTtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlTGlzdCB7XG4gIGl0ZW1zOiBDb3Vyc2VbXTtcbiAgdG90YWw6IG51bWJlcjtcbiAgbGltaXQ6IG51bWJlcjtcbiAgb2Zmc2V0OiBudW1iZXI7XG59XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBsYW5ndWFnZT86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iQ2hhcHRlciB7XG4gIGluZGV4OiBudW1iZXI7XG4gIHN0YXR1czogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGw7XG59XG5leHBvcnQgaW50ZXJmYWNlIEpvYiB7XG4gIGpvYl9pZDogSWQ7XG4gIGNvdXJzZV9pZDogSWQ7XG4gIHN0YXR1czogSm9iU3RhdHVzO1xuICBjaGFwdGVyc190b3RhbDogbnVtYmVyO1xuICBjaGFwdGVyc19jb21wbGV0ZWQ6IG51bWJlcjtcbiAgY2hhcHRlcnM6IEpvYkNoYXB0ZXJbXTtcbiAgY3JlYXRlZF9hdDogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZXJyb3I/OiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXIge1xuICBpbmRleDogbnVtYmVyO1xuICB0aXRsZTogc3RyaW5nO1xuICBjb250ZW50OiBzdHJpbmc7XG4gIHdvcmRfY291bnQ6IG51bWJlcjtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4ge1xuICBhY2Nlc3NfdG9rZW46IHN0cmluZztcbiAgdG9rZW5fdHlwZTogc3RyaW5nO1xuICByb2xlOiBSb2xlO1xuICBleHBpcmVzX2luOiBudW1iZXI7XG59XG5cbi8qKlxuICogV2hhdCBldmVyeSBjYWxsIHJldHVybnM6IHdoZXRoZXIgaXRzIGNoZWNrcyBwYXNzZWQsIHRoZSBzdGF0dXMsIGFuZCB0aGUgYm9keSB3aGVuIGl0IGhhZCB0aGVcbiAqIHJpZ2h0IHNoYXBlLiBUaGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZDogbW9zdCBjYWxsZXJzIG9ubHkgbmVlZCBgb2tgLCBhbmQgazYncyBKU09OLnBhcnNlXG4gKiBidWlsZHMgZXZlcnkgb2JqZWN0IG9mIGEgbGlzdCBpbiBKUyDigJQgYSBxdWFydGVyIG9mIGs2J3MgQ1BVIGluIHRoZSByZWd1bGFyLXVzZXIgd29ya2Zsb3cgYmVmb3JlXG4gKiB0aGlzIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdDxUPiB7XG4gIG9rOiBib29sZWFuO1xuICBzdGF0dXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgYm9keTogVCB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIE9uZSBmaWVsZCBvZiBhIEpTT04gYm9keSBieSBhIGs2IHNlbGVjdG9yIChgaXRlbXMuI2AsIGBpZGApOiByZWFkIGluIEdvLCBubyBKUyBvYmplY3QgYnVpbHQgZm9yIHRoZSByZXN0LiAqL1xuZXhwb3J0IHR5cGUgRmllbGQgPSAocGF0aDogc3RyaW5nKSA9PiB1bmtub3duO1xuLyoqIEEgYm9keS1zaGFwZSB0ZXN0IG92ZXIgc2VsZWN0ZWQgZmllbGRzOyBUIGlzIHRoZSBib2R5IHR5cGUgaXQgdm91Y2hlcyBmb3IuICovXG5leHBvcnQgdHlwZSBTaGFwZTxUPiA9ICgoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKSAmIHsgcmVhZG9ubHkgdm91Y2hlc0Zvcj86IFQgfTtcbmNvbnN0IHNoYXBlID0gPFQ+KHRlc3Q6IChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pOiBTaGFwZTxUPiA9PiB0ZXN0O1xuXG5jb25zdCBpc0lkID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdiA9PT0gJ251bWJlcic7XG5jb25zdCBpc0NvdW50ID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnbnVtYmVyJzsgLy8gYDxhcnJheT4uI2AgaXMgYSBudW1iZXIgb25seSBmb3IgYW4gYXJyYXlcblxuZXhwb3J0IGNvbnN0IHNoYXBlcyA9IHtcbiAgaGVhbHRoOiBzaGFwZTx7IHN0YXR1czogc3RyaW5nIH0+KChmaWVsZCkgPT4gZmllbGQoJ3N0YXR1cycpID09PSAnb2snKSxcbiAgbG9naW46IHNoYXBlPExvZ2luPigoZmllbGQpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IGZpZWxkKCdhY2Nlc3NfdG9rZW4nKTtcbiAgICByZXR1cm4gdHlwZW9mIHRva2VuID09PSAnc3RyaW5nJyAmJiB0b2tlbiAhPT0gJyc7XG4gIH0pLFxuICBjb3Vyc2VMaXN0OiBzaGFwZTxDb3Vyc2VMaXN0PigoZmllbGQpID0+IGlzQ291bnQoZmllbGQoJ2l0ZW1zLiMnKSkgJiYgdHlwZW9mIGZpZWxkKCd0b3RhbCcpID09PSAnbnVtYmVyJyksXG4gIGNvdXJzZTogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIHR5cGVvZiBmaWVsZCgndGl0bGUnKSA9PT0gJ3N0cmluZycpLFxuICBjb3Vyc2VXaXRoQ2hhcHRlcnM6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgam9iQWNjZXB0ZWQ6IHNoYXBlPHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdqb2JfaWQnKSkpLFxuICBqb2I6IHNoYXBlPEpvYj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ3N0YXR1cycpID09PSAnc3RyaW5nJyAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgY2hhcHRlcjogc2hhcGU8Q2hhcHRlcj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ2NvbnRlbnQnKSA9PT0gJ3N0cmluZycpLFxuICBhbnlPYmplY3Q6IHNoYXBlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PigoZmllbGQpID0+IHtcbiAgICBjb25zdCB3aG9sZSA9IGZpZWxkKCdAdGhpcycpOyAvLyBnanNvbidzIG1vZGlmaWVyIGZvciB0aGUgd2hvbGUgZG9jdW1lbnRcbiAgICByZXR1cm4gdHlwZW9mIHdob2xlID09PSAnb2JqZWN0JyAmJiB3aG9sZSAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh3aG9sZSk7XG4gIH0pLFxufTtcblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKipcbiAqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuXG4gKiBleGNlcHRpb24pLiBUaGUgYm9keSBpdHNlbGYgaXMgbm90IHJlYWQgaGVyZTogYW4gZW1wdHkgb3IgdW5wYXJzYWJsZSBvbmUgcmVhZHMgYXMgaGF2aW5nIG5vXG4gKiBmaWVsZHMsIHdoaWNoIGZhaWxzIHRoZSBzaGFwZSwgYW5kIHJlYWRpbmcgaXQgd291bGQgY29weSBldmVyeSBib2R5IGludG8gSmF2YVNjcmlwdC5cbiAqL1xuZnVuY3Rpb24gaXNKc29uKHJlczogUmVzcG9uc2UpOiBib29sZWFuIHtcbiAgcmV0dXJuIFN0cmluZyhyZXMuaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPz8gJycpLmluY2x1ZGVzKCdqc29uJyk7XG59XG5cbi8qKiBUaGUgcmVzcG9uc2UgdGhlIHNoYXBlIGNoZWNrIGlzIHJlYWRpbmc6IG9uZSBmaWVsZCByZWFkZXIgcGVyIFZVLCBub3QgYSBjbG9zdXJlIHBlciByZXF1ZXN0LiAqL1xubGV0IHJlYWRpbmc6IFJlc3BvbnNlIHwgdW5kZWZpbmVkO1xuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5jb25zdCByZWFkRmllbGQ6IEZpZWxkID0gKHBhdGgpID0+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcmVhZGluZyEuanNvbihwYXRoKSA/PyB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn07XG5cbi8qKiBBIGNhbGwncyBSZXN1bHQ7IHRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkIChhIHByb3RvdHlwZSBnZXR0ZXI6IG5vIGNsb3N1cmVzIHBlciByZXF1ZXN0KS4gKi9cbmNsYXNzIExhenlSZXN1bHQ8VD4gaW1wbGVtZW50cyBSZXN1bHQ8VD4ge1xuICBwcml2YXRlIHBhcnNlZCA9IGZhbHNlO1xuICBwcml2YXRlIHZhbHVlOiBUIHwgdW5kZWZpbmVkO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBvazogYm9vbGVhbixcbiAgICByZWFkb25seSBzdGF0dXM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJlczogUmVzcG9uc2UgfCB1bmRlZmluZWQsXG4gICkge31cblxuICBnZXQgYm9keSgpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAodGhpcy5yZXMgJiYgIXRoaXMucGFyc2VkKSB7XG4gICAgICB0aGlzLnZhbHVlID0gcGFyc2VKc29uKHRoaXMucmVzLmJvZHkpIGFzIFQ7XG4gICAgICB0aGlzLnBhcnNlZCA9IHRydWU7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnZhbHVlO1xuICB9XG59XG5cbi8qKiBUaGUgd2hvbGUgYm9keSBhcyBKU09OLCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBwYXJzZS4gKi9cbmZ1bmN0aW9uIHBhcnNlSnNvbihib2R5OiB1bmtub3duKTogdW5rbm93biB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UoYm9keSBhcyBzdHJpbmcpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8vIENhY2hlcyBvbiB0aGlzIHBhdGggYXJlIHBsYWluIG9iamVjdHMsIG5vdCBNYXA6IGV2ZXJ5IFZVIGhhcyBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgYW5kIHRoZVxuLy8gZmlyc3QgTWFwIGEgcnVudGltZSB1c2VzIGJ1aWxkcyBNYXAncyBjb25zdHJ1Y3RvciBhbmQgcHJvdG90eXBlIGluIGl0ICh+MTAgS0IgcGVyIFZVLCBiZW5jaC8pLlxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrczogUmVjb3JkPG51bWJlciwgUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPj4gPSB7fTtcbmZ1bmN0aW9uIGV4cGVjdFN0YXR1cyhzdGF0dXM6IG51bWJlcik6IFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4ge1xuICBsZXQgY2FsbGJhY2sgPSBzdGF0dXNDYWxsYmFja3Nbc3RhdHVzXTtcbiAgaWYgKGNhbGxiYWNrID09PSB1bmRlZmluZWQpIHtcbiAgICBjYWxsYmFjayA9IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcyhzdGF0dXMpO1xuICAgIHN0YXR1c0NhbGxiYWNrc1tzdGF0dXNdID0gY2FsbGJhY2s7XG4gIH1cbiAgcmV0dXJuIGNhbGxiYWNrO1xufVxuXG4vKiogU2VlcyBldmVyeSBBUEkgcmVxdWVzdCdzIGR1cmF0aW9uIGFuZCBvdXRjb21lOiBob3cgc2NlbmFyaW9zIG1lYXN1cmUgbGF0ZW5jeSBwZXIgcGhhc2UuICovXG5leHBvcnQgdHlwZSBSZXF1ZXN0T2JzZXJ2ZXIgPSAoZW5kcG9pbnQ6IEVuZHBvaW50LCBkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuKSA9PiB2b2lkO1xubGV0IG9ic2VydmVyOiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQ7XG5leHBvcnQgZnVuY3Rpb24gb2JzZXJ2ZVJlcXVlc3RzKG5leHQ6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBvYnNlcnZlciA9IG5leHQ7XG59XG5cbi8qKiBXaGF0IGEgcmVxdWVzdCdzIGNoZWNrcyBsb29rIGF0OyBvbmUgb2JqZWN0IHBlciBWVSwgcmV1c2VkLCBzbyBhIHJlcXVlc3QgYWxsb2NhdGVzIG5vIGNoZWNrIGNsb3N1cmVzLiAqL1xuaW50ZXJmYWNlIE91dGNvbWUge1xuICBzdGF0dXNPazogYm9vbGVhbjtcbiAgc2hhcGVPazogYm9vbGVhbjtcbn1cbmNvbnN0IG91dGNvbWU6IE91dGNvbWUgPSB7IHN0YXR1c09rOiBmYWxzZSwgc2hhcGVPazogZmFsc2UgfTtcblxudHlwZSBDaGVja3MgPSBSZWNvcmQ8c3RyaW5nLCAobzogT3V0Y29tZSkgPT4gYm9vbGVhbj47XG4vLyBLZXllZCBieSBlbmRwb2ludCBhbG9uZTogZWFjaCBBcGlDbGllbnQgbWV0aG9kIGZpeGVzIGl0cyBlbmRwb2ludCdzIGV4cGVjdGVkIHN0YXR1cywgc2hhcGUgYW5kIHBheWxvYWQuXG5jb25zdCBjaGVja1NldHM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCB7IGNoZWNrczogQ2hlY2tzOyB0YWdzOiB7IGVuZHBvaW50OiBFbmRwb2ludCB9IH0+PiA9IHt9O1xuLyoqIFRoZSBjaGVja3Mgb2Ygb25lIGVuZHBvaW50LCBtYWRlIG9uY2U6IHRoZSBzYW1lIG5hbWVzIG9uIGV2ZXJ5IHJlcXVlc3Qga2VlcCB0aGUgY2hlY2tzIG1ldHJpYydzIHNlcmllcyBmaXhlZC4gKi9cbmZ1bmN0aW9uIGNoZWNrc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhTaGFwZTogYm9vbGVhbikge1xuICBsZXQgc2V0ID0gY2hlY2tTZXRzW2VuZHBvaW50XTtcbiAgaWYgKCFzZXQpIHtcbiAgICBjb25zdCBjaGVja3M6IENoZWNrcyA9IHsgW2Ake2VuZHBvaW50fTogc3RhdHVzIGlzICR7ZXhwZWN0ZWR9YF06IChvKSA9PiBvLnN0YXR1c09rIH07XG4gICAgaWYgKHdpdGhTaGFwZSkgY2hlY2tzW2Ake2VuZHBvaW50fTogYm9keSBoYXMgdGhlIGV4cGVjdGVkIHNoYXBlYF0gPSAobykgPT4gIW8uc3RhdHVzT2sgfHwgby5zaGFwZU9rO1xuICAgIHNldCA9IHsgY2hlY2tzLCB0YWdzOiB7IGVuZHBvaW50IH0gfTtcbiAgICBjaGVja1NldHNbZW5kcG9pbnRdID0gc2V0O1xuICB9XG4gIHJldHVybiBzZXQ7XG59XG5cbnR5cGUgUGFyYW1zID0gTm9uTnVsbGFibGU8UGFyYW1ldGVyczx0eXBlb2YgaHR0cC5yZXF1ZXN0PlszXT47XG5cbmV4cG9ydCBjbGFzcyBBcGlDbGllbnQge1xuICAvKiogU2V0IHdoZW4gdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMTogdGhlIHNlc3Npb24gbGF5ZXIgbG9ncyBpbiBhZ2FpbiBiZWZvcmUgdGhlIG5leHQgc3RlcC4gKi9cbiAgdW5hdXRob3JpemVkID0gZmFsc2U7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGltZW91dDogc3RyaW5nO1xuICAvKiogUmVxdWVzdCBwYXJhbXMgcGVyIGVuZHBvaW50IChoZWFkZXJzLCB0YWdzLCB0aW1lb3V0LCBleHBlY3RlZCBzdGF0dXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbXM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBQYXJhbXM+PiA9IHt9O1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgYmFzZVVybDogc3RyaW5nLFxuICAgIHRpbWVvdXRTOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSB0b2tlbj86IHN0cmluZyxcbiAgKSB7XG4gICAgdGhpcy50aW1lb3V0ID0gYCR7dGltZW91dFN9c2A7XG4gIH1cblxuICAvKiogQSBjbGllbnQgZm9yIHRoZSBzYW1lIHBsYXRmb3JtIGFjdGluZyBhcyBhbm90aGVyIHVzZXIuICovXG4gIGFzKHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICAgIHJldHVybiBuZXcgQXBpQ2xpZW50KHRoaXMuYmFzZVVybCwgTnVtYmVyKHRoaXMudGltZW91dC5zbGljZSgwLCAtMSkpLCB0b2tlbik7XG4gIH1cblxuICBwcml2YXRlIHBhcmFtc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhQYXlsb2FkOiBib29sZWFuLCByZWFkc0JvZHk6IGJvb2xlYW4pOiBQYXJhbXMge1xuICAgIGxldCBwYXJhbXMgPSB0aGlzLnBhcmFtc1tlbmRwb2ludF07XG4gICAgaWYgKCFwYXJhbXMpIHtcbiAgICAgIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gICAgICBpZiAod2l0aFBheWxvYWQpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICAgICAgaWYgKHRoaXMudG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0aGlzLnRva2VufWA7XG4gICAgICBwYXJhbXMgPSB7XG4gICAgICAgIGhlYWRlcnMsXG4gICAgICAgIHRhZ3M6IHJlcXVlc3RUYWdzKGVuZHBvaW50KSxcbiAgICAgICAgdGltZW91dDogdGhpcy50aW1lb3V0LFxuICAgICAgICByZXNwb25zZUNhbGxiYWNrOiBleHBlY3RTdGF0dXMoZXhwZWN0ZWQpLFxuICAgICAgfTtcbiAgICAgIC8vIEEgYm9keSBub2JvZHkgY2hlY2tzIG9yIHJlYWRzIChERUxFVEUncyAyMDQsIGFuIGV4cG9ydCBkb2N1bWVudCkgaXMgbm90IGNvcGllZCBpbnRvIEphdmFTY3JpcHQuXG4gICAgICBpZiAoIXJlYWRzQm9keSkgcGFyYW1zLnJlc3BvbnNlVHlwZSA9ICdub25lJztcbiAgICAgIHRoaXMucGFyYW1zW2VuZHBvaW50XSA9IHBhcmFtcztcbiAgICB9XG4gICAgcmV0dXJuIHBhcmFtcztcbiAgfVxuXG4gIHByaXZhdGUgY2FsbDxUPihcbiAgICBlbmRwb2ludDogRW5kcG9pbnQsXG4gICAgbWV0aG9kOiBzdHJpbmcsXG4gICAgcGF0aDogc3RyaW5nLFxuICAgIGV4cGVjdGVkOiBudW1iZXIsXG4gICAgc2hhcGU6IFNoYXBlPFQ+IHwgdW5kZWZpbmVkLFxuICAgIHBheWxvYWQ/OiB1bmtub3duLFxuICApOiBSZXN1bHQ8VD4ge1xuICAgIGNvbnN0IHdpdGhQYXlsb2FkID0gcGF5bG9hZCAhPT0gdW5kZWZpbmVkO1xuICAgIGNvbnN0IHJlcyA9IGh0dHAucmVxdWVzdChcbiAgICAgIG1ldGhvZCxcbiAgICAgIGAke3RoaXMuYmFzZVVybH0ke3BhdGh9YCxcbiAgICAgIHdpdGhQYXlsb2FkID8gSlNPTi5zdHJpbmdpZnkocGF5bG9hZCkgOiBudWxsLFxuICAgICAgdGhpcy5wYXJhbXNGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCB3aXRoUGF5bG9hZCwgc2hhcGUgIT09IHVuZGVmaW5lZCksXG4gICAgKTtcbiAgICAvLyBFYWNoIHByb3BlcnR5IHJlYWQgb2YgYSBrNiByZXNwb25zZSBjcm9zc2VzIGludG8gR28gYW5kIGJ1aWxkcyBhIEpTIHZhbHVlOiByZWFkIGVhY2ggb25jZS5cbiAgICBjb25zdCBzdGF0dXMgPSByZXMuc3RhdHVzO1xuICAgIGNvbnN0IHN0YXR1c09rID0gc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBpZiAoc3RhdHVzID09PSA0MDEpIHRoaXMudW5hdXRob3JpemVkID0gdHJ1ZTtcbiAgICAvLyBBIHdyb25nIHN0YXR1cyBmYWlscyB0aGUgc2hhcGUgY2hlY2sgdG9vLCBhcyByZWFkaW5nIHRoYXQgYm9keSB3b3VsZCAoYW4gZXJyb3IgYm9keSBpcyBub3QgdGhlXG4gICAgLy8gcmVzb3VyY2UpLCB3aXRob3V0IHBheWluZyBmb3IgdGhlIHJlYWQuXG4gICAgbGV0IHNoYXBlT2sgPSAhc2hhcGU7XG4gICAgaWYgKHNoYXBlICYmIHN0YXR1c09rKSB7XG4gICAgICByZWFkaW5nID0gcmVzO1xuICAgICAgc2hhcGVPayA9IGlzSnNvbihyZXMpICYmIHNoYXBlKHJlYWRGaWVsZCk7XG4gICAgICByZWFkaW5nID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBvdXRjb21lLnN0YXR1c09rID0gc3RhdHVzT2s7XG4gICAgb3V0Y29tZS5zaGFwZU9rID0gc2hhcGVPaztcbiAgICBjb25zdCB7IGNoZWNrcywgdGFncyB9ID0gY2hlY2tzRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgc2hhcGUgIT09IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgb2sgPSBjaGVjayhvdXRjb21lLCBjaGVja3MsIHRhZ3MpO1xuICAgIGNvbnN0IGFsbE9rID0gb2sgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaztcbiAgICBvYnNlcnZlcj8uKGVuZHBvaW50LCByZXMudGltaW5ncy5kdXJhdGlvbiwgYWxsT2spO1xuICAgIHJldHVybiBuZXcgTGF6eVJlc3VsdDxUPihhbGxPaywgc3RhdHVzLCBzaGFwZSAmJiBzdGF0dXNPayAmJiBzaGFwZU9rID8gcmVzIDogdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGhlYWx0aCgpOiBSZXN1bHQ8eyBzdGF0dXM6IHN0cmluZyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnaGVhbHRoJywgJ0dFVCcsIHBhdGhzLmhlYWx0aCgpLCAyMDAsIHNoYXBlcy5oZWFsdGgpO1xuICB9XG5cbiAgbG9naW4oZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IFJlc3VsdDxMb2dpbj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2xvZ2luJywgJ1BPU1QnLCBwYXRocy5sb2dpbigpLCAyMDAsIHNoYXBlcy5sb2dpbiwgeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cblxuICBsaXN0Q291cnNlcyhxdWVyeTogeyBsaW1pdD86IG51bWJlcjsgb2Zmc2V0PzogbnVtYmVyOyBxPzogc3RyaW5nIH0gPSB7fSk6IFJlc3VsdDxDb3Vyc2VMaXN0PiB7XG4gICAgLy8gQSBsb29wIHJhdGhlciB0aGFuIGVudHJpZXMvZmlsdGVyL21hcC9qb2luOiB0aGlzIGlzIHRoZSBtb3N0IGZyZXF1ZW50IHJlcXVlc3QsIGFuZCBlYWNoIG9mXG4gICAgLy8gdGhvc2UgaXMgYSBwZXItcmVxdWVzdCBhcnJheSBhbmQgYSBidWlsdC1pbiBldmVyeSBWVSdzIHJ1bnRpbWUgd291bGQgYnVpbGQuXG4gICAgbGV0IHNlYXJjaCA9ICcnO1xuICAgIGZvciAoY29uc3Qga2V5IGluIHF1ZXJ5KSB7XG4gICAgICBjb25zdCB2YWx1ZSA9IHF1ZXJ5W2tleSBhcyBrZXlvZiB0eXBlb2YgcXVlcnldO1xuICAgICAgaWYgKHZhbHVlICE9PSB1bmRlZmluZWQpIHNlYXJjaCArPSBgJHtzZWFyY2ggPyAnJicgOiAnPyd9JHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWA7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtzZWFyY2h9YCwgMjAwLCBzaGFwZXMuY291cnNlTGlzdCk7XG4gIH1cblxuICBjcmVhdGVDb3Vyc2UoY291cnNlOiBOZXdDb3Vyc2UpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2NyZWF0ZScsICdQT1NUJywgcGF0aHMuY291cnNlcygpLCAyMDEsIHNoYXBlcy5jb3Vyc2UsIGNvdXJzZSk7XG4gIH1cblxuICBnZXRDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZXQnLCAnR0VUJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlV2l0aENoYXB0ZXJzKTtcbiAgfVxuXG4gIHVwZGF0ZUNvdXJzZShpZDogSWQsIGNoYW5nZXM6IFBhcnRpYWw8TmV3Q291cnNlPik6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfdXBkYXRlJywgJ1BBVENIJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlLCBjaGFuZ2VzKTtcbiAgfVxuXG4gIGRlbGV0ZUNvdXJzZShpZDogSWQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2RlbGV0ZScsICdERUxFVEUnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDQsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBnZW5lcmF0ZShpZDogSWQpOiBSZXN1bHQ8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dlbmVyYXRlJywgJ1BPU1QnLCBwYXRocy5nZW5lcmF0ZShpZCksIDIwMiwgc2hhcGVzLmpvYkFjY2VwdGVkLCB7fSk7XG4gIH1cblxuICBnZXRKb2Ioam9iSWQ6IElkKTogUmVzdWx0PEpvYj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2pvYl9nZXQnLCAnR0VUJywgcGF0aHMuam9iKGpvYklkKSwgMjAwLCBzaGFwZXMuam9iKTtcbiAgfVxuXG4gIGdldENoYXB0ZXIoaWQ6IElkLCBpbmRleDogbnVtYmVyKTogUmVzdWx0PENoYXB0ZXI+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjaGFwdGVyX2dldCcsICdHRVQnLCBwYXRocy5jaGFwdGVyKGlkLCBpbmRleCksIDIwMCwgc2hhcGVzLmNoYXB0ZXIpO1xuICB9XG5cbiAgZXhwb3J0Q291cnNlKGlkOiBJZCwgZm9ybWF0OiBFeHBvcnRGb3JtYXQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2V4cG9ydCcsICdHRVQnLCBgJHtwYXRocy5leHBvcnRDb3Vyc2UoaWQpfT9mb3JtYXQ9JHtmb3JtYXR9YCwgMjAwLCB1bmRlZmluZWQpO1xuICB9XG5cbiAgYWRtaW5TdGF0cygpOiBSZXN1bHQ8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9zdGF0cycsICdHRVQnLCBwYXRocy5hZG1pblN0YXRzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pbkpvYnMobGltaXQgPSAyMCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fam9icycsICdHRVQnLCBgJHtwYXRocy5hZG1pbkpvYnMoKX0/bGltaXQ9JHtsaW1pdH1gLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Vc2VycygpOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3VzZXJzJywgJ0dFVCcsIHBhdGhzLmFkbWluVXNlcnMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxufVxuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBieSBzdGFibGUgbmFtZTogdGhlIGBlbmRwb2ludGAgdGFnIG9uIGV2ZXJ5IHJlcXVlc3QsIHRoZSBrZXkgb2Zcbi8vIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnQgcm93cywgYW5kIHRoZSByb3V0ZSBuYW1lcyB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fRkFVTFRTIHVzZS5cbmV4cG9ydCBjb25zdCBFTkRQT0lOVFMgPSBbXG4gICdoZWFsdGgnLFxuICAnbG9naW4nLFxuICAnY291cnNlc19saXN0JyxcbiAgJ2NvdXJzZV9jcmVhdGUnLFxuICAnY291cnNlX2dldCcsXG4gICdjb3Vyc2VfdXBkYXRlJyxcbiAgJ2NvdXJzZV9kZWxldGUnLFxuICAnY291cnNlX2dlbmVyYXRlJyxcbiAgJ2pvYl9nZXQnLFxuICAnY2hhcHRlcl9nZXQnLFxuICAnY291cnNlX2V4cG9ydCcsXG4gICdhZG1pbl9zdGF0cycsXG4gICdhZG1pbl9qb2JzJyxcbiAgJ2FkbWluX3VzZXJzJyxcbl0gYXMgY29uc3Q7XG5cbmV4cG9ydCB0eXBlIEVuZHBvaW50ID0gKHR5cGVvZiBFTkRQT0lOVFMpW251bWJlcl07XG5cbi8qKiBUYWcgdmFsdWUgdGhhdCBzZXBhcmF0ZXMgdGhlIHBsYXRmb3JtJ3MgQVBJIHRyYWZmaWMgZnJvbSB0aGUgc3VpdGUncyBvd24gY2FsbHMgKGUuZy4gdGhlIHNpZGVjYXIpLiAqL1xuZXhwb3J0IGNvbnN0IEFQSV9TQ09QRSA9ICdhcGknO1xuIiwgIi8vIFBhdGhzIGFuZCByZXF1ZXN0IHRhZ3Mgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJLCBpbiBvbmUgcGxhY2UuIFB1cmUgKG5vIGs2IGltcG9ydHMpLCBzbyB0aGVcbi8vIG1hcHBpbmcgZnJvbSBlbmRwb2ludCB0byBwYXRoIGFuZCB0YWdzIGlzIHVuaXQtdGVzdGVkIGluIE5vZGUuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5cbmV4cG9ydCB0eXBlIElkID0gc3RyaW5nIHwgbnVtYmVyO1xuXG5jb25zdCBzZWcgPSAoaWQ6IElkKTogc3RyaW5nID0+IGVuY29kZVVSSUNvbXBvbmVudChTdHJpbmcoaWQpKTtcblxuZXhwb3J0IGNvbnN0IHBhdGhzID0ge1xuICBoZWFsdGg6ICgpID0+ICcvaGVhbHRoJyxcbiAgbG9naW46ICgpID0+ICcvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzOiAoKSA9PiAnL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX1gLFxuICBnZW5lcmF0ZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2dlbmVyYXRlYCxcbiAgam9iOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9qb2JzLyR7c2VnKGlkKX1gLFxuICBjaGFwdGVyOiAoaWQ6IElkLCBpbmRleDogbnVtYmVyKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vY2hhcHRlcnMvJHtpbmRleH1gLFxuICBleHBvcnRDb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9leHBvcnRgLFxuICBhZG1pblN0YXRzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluSm9iczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluVXNlcnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn0gYXMgY29uc3Q7XG5cbi8qKiBUaGUgYG5hbWVgIHRhZzogdGhlIHBhdGggdGVtcGxhdGUsIHNvIFVSTHMgd2l0aCBpZHMgY29sbGFwc2UgaW50byBvbmUgc2VyaWVzIHBlciByb3V0ZS4gKi9cbmNvbnN0IHJvdXRlTmFtZXM6IFJlY29yZDxFbmRwb2ludCwgc3RyaW5nPiA9IHtcbiAgaGVhbHRoOiAnR0VUIC9oZWFsdGgnLFxuICBsb2dpbjogJ1BPU1QgL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlc19saXN0OiAnR0VUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9jcmVhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfdXBkYXRlOiAnUEFUQ0ggL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZGVsZXRlOiAnREVMRVRFIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2dlbmVyYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9nZW5lcmF0ZScsXG4gIGpvYl9nZXQ6ICdHRVQgL2FwaS92MS9qb2JzL3tqb2JfaWR9JyxcbiAgY2hhcHRlcl9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vY2hhcHRlcnMve2luZGV4fScsXG4gIGNvdXJzZV9leHBvcnQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZXhwb3J0JyxcbiAgYWRtaW5fc3RhdHM6ICdHRVQgL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluX2pvYnM6ICdHRVQgL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5fdXNlcnM6ICdHRVQgL2FwaS92MS9hZG1pbi91c2VycycsXG59O1xuXG4vLyBmb3ItaW4sIG5vdCBPYmplY3QuZW50cmllcy9mcmVlemU6IHRoaXMgcnVucyBpbiBldmVyeSBWVSdzIHJ1bnRpbWUsIGFuZCBlYWNoIGJ1aWx0LWluIGl0XG4vLyB0b3VjaGVzIGlzIGJ1aWx0IHRoZXJlIChSZWFkb25seSBrZWVwcyB0aGUgdGFncyB1bmNoYW5nZWQgYXQgY29tcGlsZSB0aW1lKS5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBlbmRwb2ludCBpbiByb3V0ZU5hbWVzKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50IGFzIEVuZHBvaW50XSA9IHsgZW5kcG9pbnQsIHNjb3BlOiBBUElfU0NPUEUsIG5hbWU6IHJvdXRlTmFtZXNbZW5kcG9pbnQgYXMgRW5kcG9pbnRdIH07XG59XG5cbi8qKiBUaGUgdGFncyBvZiBldmVyeSByZXF1ZXN0IHRvIGBlbmRwb2ludGA6IG1hZGUgb25jZSwgbm90IHBlciByZXF1ZXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVlc3RUYWdzKGVuZHBvaW50OiBFbmRwb2ludCk6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgcmV0dXJuIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSE7XG59XG4iLCAiLy8gVGhlIGtlcHQgZGF0YXNldDogUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTIGNvdXJzZXMgcGVyIHJlZ3VsYXIvcG93ZXIgYWNjb3VudCwgdGhlIGZpcnN0XG4vLyBQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCBvZiBlYWNoIHJlZ3VsYXIgYWNjb3VudCBnZW5lcmF0ZWQgKG9uZSBjaGFwdGVyKSwgc28gbGlzdHMgYW5kXG4vLyBwYWdpbmF0aW9uIGFyZSBub3QgdHJpdmlhbGx5IHNtYWxsIGFuZCByZWFkcyBzcHJlYWQgb3ZlciBtYW55IHJvd3MsIGVhY2ggdXNlciByZWFkaW5nIG9ubHlcbi8vIHRoZWlyIG93bi4gTWFkZSBpbiBzZXR1cCAob3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93OiBpdHMgcmVxdWVzdHMgY2Fycnkgc2NvcGU9c2V0dXAgYW5kIG5vXG4vLyBlbmRwb2ludCB0YWcsIHNvIG5vIGdhdGUgc2VlcyB0aGVtKSwgd2l0aCBhdCBtb3N0IENPTkNVUlJFTkNZIHJlcXVlc3RzIGluIGZsaWdodCwgYW5kIHJldXNlZCBieVxuLy8gbGF0ZXIgcnVucyB3aGVuIGl0IGlzIGFscmVhZHkgdGhlcmUgKFBFUkZPUk1BTkNFX0RBVEFTRVRfUkVTRUVEPXRydWUgLyAtLXJlc2VlZDogbWFkZSBhbmV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBCYXRjaFJlcXVlc3QsIHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IHR5cGUgSWQsIHBhdGhzIH0gZnJvbSAnLi4vaHR0cC9yb3V0ZXMudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSwgZGF0YXNldFRpdGxlIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB0eXBlIHsgQWNjb3VudCwgUm9sZSB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuY29uc3QgQ09OQ1VSUkVOQ1kgPSAxNjtcbmNvbnN0IExJU1RfTElNSVQgPSAxMDA7XG5cbmV4cG9ydCBpbnRlcmZhY2UgT3duZXIgZXh0ZW5kcyBBY2NvdW50IHtcbiAgcm9sZTogUm9sZTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBEYXRhc2V0UmVwb3J0IHtcbiAgYWNjb3VudHM6IG51bWJlcjtcbiAgY3JlYXRlZDogbnVtYmVyO1xuICByZXVzZWQ6IG51bWJlcjtcbiAgcmVtb3ZlZDogbnVtYmVyO1xuICBnZW5lcmF0ZWQ6IG51bWJlcjtcbiAgLyoqIFJlcXVlc3RzIHNlbnQgYWdhaW4gYWZ0ZXIgbm8gYW5zd2VyIG9yIGEgNXh4LiAqL1xuICByZXRyaWVkOiBudW1iZXI7XG59XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLy8gU2l4IHRyaWVzIHdpdGggZG91YmxpbmcgcGF1c2VzICgwLjIg4oCmIDMuMiBzLCA2LjIgcyBpbiBhbGwpOiBhIHJvdXRlIHRoYXQgZmFpbHMgb25lIHJlcXVlc3QgaW4gZml2ZVxuLy8gc3RpbGwgbGV0cyBlYWNoIG9mIGRvemVucyBvZiBhY2NvdW50cyB0aHJvdWdoICgwLjJeNiBwZXIgcmVxdWVzdCksIGFuZCBhIHBsYXRmb3JtIHRoYXQgaXMgcmVhbGx5XG4vLyBkb3duIHN0b3BzIHNldHVwIHdpdGhpbiBzZWNvbmRzLiBUaHJlZSB0cmllcyB3ZXJlIG5vdCBlbm91Z2g6IHdpdGggMjAgJSBlcnJvcnMgb24gdGhlIGxpc3Qgcm91dGUsIDAuOCAlXG4vLyBvZiBhY2NvdW50cyBmYWlsZWQgYWxsIHRocmVlIChhIENJIHJ1biBhYm9ydGVkIGluIHNldHVwOyBhdCAyNCBhY2NvdW50cyBpdCB3b3VsZCBiZSBvbmUgcnVuIGluIHNpeCkuXG5jb25zdCBBVFRFTVBUUyA9IDY7XG4vKiogUmVxdWVzdHMgc2V0dXAgc2VudCBhZ2FpbjsgcmVhZCBiZWZvcmUgYW5kIGFmdGVyIGEgc3RlcCB0byBzYXkgaG93IG1hbnkgdGhhdCBzdGVwIG5lZWRlZC4gKi9cbmxldCByZXRyaWVkID0gMDtcbmNvbnN0IHRyYW5zaWVudCA9IChyZXM6IFJlc3BvbnNlKSA9PiByZXMuc3RhdHVzID09PSAwIHx8IHJlcy5zdGF0dXMgPj0gNTAwO1xuXG4vKipcbiAqIFNlbmRzIGBjb3VudGAgcmVxdWVzdHMgbWFkZSBieSBgbWFrZWAsIENPTkNVUlJFTkNZIGF0IGEgdGltZSwgYW5kIGhhbmRzIGVhY2ggYW5zd2VyIHRvIGBvbkFuc3dlcmBcbiAqIGFzIGl0IGNvbWVzOiBub3RoaW5nIGlzIGtlcHQsIHNvIHNlZWRpbmcgdGhvdXNhbmRzIG9mIGNvdXJzZXMgZG9lcyBub3QgaG9sZCB0aG91c2FuZHMgb2ZcbiAqIHJlc3BvbnNlcyBpbiBrNidzIG1lbW9yeS4gQSByZXF1ZXN0IHRoYXQgZ290IG5vIGFuc3dlciBvciBhIDV4eCBpcyBzZW50IGFnYWluICh1cCB0byBBVFRFTVBUU1xuICogaW4gYWxsLCBwYXVzaW5nIGxvbmdlciBlYWNoIHRpbWUpOiBvbmUgZmxha3kgYW5zd2VyIG11c3Qgbm90IHN0b3AgYSBydW4gYmVmb3JlIGl0IHN0YXJ0cy4gQVxuICogY3JlYXRpb24gcmV0cmllZCBhZnRlciBhIGxvc3QgYW5zd2VyIG1heSBtYWtlIG9uZSBjb3Vyc2UgdG9vIG1hbnk7IHRoZSBuZXh0IHJ1biBjb3VudHMsIGl0IGRvZXNcbiAqIG5vdCBhc3N1bWUuXG4gKi9cbmZ1bmN0aW9uIGJhdGNoZWQoY291bnQ6IG51bWJlciwgbWFrZTogKGk6IG51bWJlcikgPT4gQmF0Y2hSZXF1ZXN0LCBvbkFuc3dlcjogKHJlczogUmVzcG9uc2UsIGk6IG51bWJlcikgPT4gdm9pZCk6IHZvaWQge1xuICBmb3IgKGxldCBmaXJzdCA9IDA7IGZpcnN0IDwgY291bnQ7IGZpcnN0ICs9IENPTkNVUlJFTkNZKSB7XG4gICAgY29uc3QgY2h1bms6IEJhdGNoUmVxdWVzdFtdID0gW107XG4gICAgZm9yIChsZXQgaSA9IGZpcnN0OyBpIDwgTWF0aC5taW4oY291bnQsIGZpcnN0ICsgQ09OQ1VSUkVOQ1kpOyBpKyspIGNodW5rLnB1c2gobWFrZShpKSk7XG4gICAgY29uc3QgZ290ID0gaHR0cC5iYXRjaChjaHVuaykgYXMgUmVzcG9uc2VbXTtcbiAgICBmb3IgKGxldCBhdHRlbXB0ID0gMTsgYXR0ZW1wdCA8IEFUVEVNUFRTOyBhdHRlbXB0KyspIHtcbiAgICAgIGNvbnN0IGFnYWluID0gZ290Lm1hcCgocmVzLCBrKSA9PiAodHJhbnNpZW50KHJlcykgPyBrIDogLTEpKS5maWx0ZXIoKGspID0+IGsgPj0gMCk7XG4gICAgICBpZiAoYWdhaW4ubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICAgIHJldHJpZWQgKz0gYWdhaW4ubGVuZ3RoO1xuICAgICAgc2xlZXAoMC4yICogMiAqKiAoYXR0ZW1wdCAtIDEpKTtcbiAgICAgIChodHRwLmJhdGNoKGFnYWluLm1hcCgoaykgPT4gY2h1bmtba10hKSkgYXMgUmVzcG9uc2VbXSkuZm9yRWFjaCgocmVzLCBqKSA9PiB7XG4gICAgICAgIGdvdFthZ2FpbltqXSFdID0gcmVzO1xuICAgICAgfSk7XG4gICAgfVxuICAgIGdvdC5mb3JFYWNoKChyZXMsIGspID0+IHtcbiAgICAgIG9uQW5zd2VyKHJlcywgZmlyc3QgKyBrKTtcbiAgICB9KTtcbiAgfVxufVxuXG4vKiogU2V0dXAncyByZXF1ZXN0IHBhcmFtczsgQ29udGVudC1UeXBlIG9ubHkgd2l0aCBhIGJvZHkgKGEgSlNPTiBERUxFVEUgd2l0aG91dCBvbmUgaXMgYSA0MDAgb24gbWFueSBzZXJ2ZXJzKS4gKi9cbmZ1bmN0aW9uIHBhcmFtcyh3aGF0OiBzdHJpbmcsIHRva2VuPzogc3RyaW5nLCB3aXRoQm9keSA9IGZhbHNlKSB7XG4gIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gIGlmICh3aXRoQm9keSkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gIGlmICh0b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3Rva2VufWA7XG4gIHJldHVybiB7IGhlYWRlcnMsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6IGBzZXR1cDogJHt3aGF0fWAgfSwgdGltZW91dDogJzYwcycgfTtcbn1cblxuZnVuY3Rpb24ganNvbjxUPihyZXM6IFJlc3BvbnNlKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UocmVzLmJvZHkgYXMgc3RyaW5nKSBhcyBUO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKiBBIGxvZ2luIG91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdyAoc2NvcGU9c2V0dXAsIG5vIGVuZHBvaW50IHRhZyk6IHRoZSB0b2tlbiwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHF1aWV0TG9naW4oXG4gIGNvbmZpZzogQ29uZmlnLFxuICBlbWFpbDogc3RyaW5nLFxuICBwYXNzd29yZDogc3RyaW5nLFxuKTogeyB0b2tlbjogc3RyaW5nIHwgdW5kZWZpbmVkOyBzdGF0dXM6IG51bWJlciB9IHtcbiAgY29uc3QgcmVzdWx0OiB7IHRva2VuOiBzdHJpbmcgfCB1bmRlZmluZWQ7IHN0YXR1czogbnVtYmVyIH0gPSB7IHRva2VuOiB1bmRlZmluZWQsIHN0YXR1czogMCB9O1xuICBiYXRjaGVkKFxuICAgIDEsXG4gICAgKCkgPT4gKHtcbiAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgdXJsOiBgJHtjb25maWcuYmFzZVVybH0ke3BhdGhzLmxvZ2luKCl9YCxcbiAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWwsIHBhc3N3b3JkIH0pLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ2xvZ2luJywgdW5kZWZpbmVkLCB0cnVlKSxcbiAgICB9KSxcbiAgICAocmVzKSA9PiB7XG4gICAgICByZXN1bHQuc3RhdHVzID0gcmVzLnN0YXR1cztcbiAgICAgIHJlc3VsdC50b2tlbiA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiByZXN1bHQ7XG59XG5cbmludGVyZmFjZSBMaXN0ZWQge1xuICB0b3RhbDogbnVtYmVyO1xuICBpZHM6IElkW107XG59XG5cbi8qKiBXaGF0IHRoZSBzdGVwcyBvZiBtYWtpbmcgdGhlIGRhdGFzZXQgc2hhcmU6IHRoZSBhY2NvdW50cywgdGhlaXIgdG9rZW5zIChieSBvd25lciBpbmRleCkgYW5kIHRoZSBjb3VudHMgc28gZmFyLiAqL1xuaW50ZXJmYWNlIFNlZWRpbmcge1xuICBiYXNlOiBzdHJpbmc7XG4gIG93bmVyczogT3duZXJbXTtcbiAgdG9rZW5zOiBzdHJpbmdbXTtcbiAgcmVwb3J0OiBEYXRhc2V0UmVwb3J0O1xufVxuXG4vKiogTWFrZXMgc3VyZSBldmVyeSBvd25lciBoYXMgdGhlIGRhdGFzZXQ7IHRocm93cyB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIGFjY291bnQgYW5kIHN0YXR1cyBvbiBmYWlsdXJlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuc3VyZURhdGFzZXQoY29uZmlnOiBDb25maWcsIG93bmVyczogT3duZXJbXSk6IERhdGFzZXRSZXBvcnQge1xuICBjb25zdCB7IGNvdXJzZXM6IHdhbnRlZCwgZ2VuZXJhdGVkOiBnZW5lcmF0ZWRQZXJVc2VyLCByZXNlZWQgfSA9IGNvbmZpZy5kYXRhc2V0O1xuICBjb25zdCByZXBvcnQ6IERhdGFzZXRSZXBvcnQgPSB7XG4gICAgYWNjb3VudHM6IG93bmVycy5sZW5ndGgsXG4gICAgY3JlYXRlZDogMCxcbiAgICByZXVzZWQ6IDAsXG4gICAgcmVtb3ZlZDogMCxcbiAgICBnZW5lcmF0ZWQ6IDAsXG4gICAgcmV0cmllZDogMCxcbiAgfTtcbiAgaWYgKHdhbnRlZCA9PT0gMCB8fCBvd25lcnMubGVuZ3RoID09PSAwKSByZXR1cm4gcmVwb3J0O1xuICBjb25zdCByZXRyaWVkQmVmb3JlID0gcmV0cmllZDtcbiAgY29uc3Qgc2VlZGluZzogU2VlZGluZyA9IHsgYmFzZTogY29uZmlnLmJhc2VVcmwsIG93bmVycywgdG9rZW5zOiBbXSwgcmVwb3J0IH07XG4gIGxvZ0luKFxuICAgIHNlZWRpbmcsXG4gICAgb3duZXJzLm1hcCgoXywgaSkgPT4gaSksXG4gICk7XG4gIGxldCBsaXN0ZWQgPSBsaXN0RGF0YXNldHMoc2VlZGluZyk7XG4gIGlmIChyZXNlZWQpIGxpc3RlZCA9IHJlbW92ZURhdGFzZXRzKHNlZWRpbmcsIGxpc3RlZCk7XG4gIGNvbnN0IHRvR2VuZXJhdGUgPSBjcmVhdGVDb3Vyc2VzKHNlZWRpbmcsIGxpc3RlZCwgd2FudGVkLCBnZW5lcmF0ZWRQZXJVc2VyKTtcbiAgYXdhaXRHZW5lcmF0aW9uKHNlZWRpbmcsIHN0YXJ0R2VuZXJhdGlvbihzZWVkaW5nLCB0b0dlbmVyYXRlKSwgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gIHJlcG9ydC5yZXRyaWVkID0gcmV0cmllZCAtIHJldHJpZWRCZWZvcmU7XG4gIHJldHVybiByZXBvcnQ7XG59XG5cbi8qKiBMb2dzIHRoZSBvd25lcnMgYXQgdGhlc2UgaW5kZXhlcyBpbiwga2VlcGluZyB0aGVpciB0b2tlbnMuICovXG5mdW5jdGlvbiBsb2dJbih7IGJhc2UsIG93bmVycywgdG9rZW5zIH06IFNlZWRpbmcsIHdoaWNoOiBudW1iZXJbXSk6IHZvaWQge1xuICBiYXRjaGVkKFxuICAgIHdoaWNoLmxlbmd0aCxcbiAgICAoaykgPT4gKHtcbiAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMubG9naW4oKX1gLFxuICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkoeyBlbWFpbDogb3duZXJzW3doaWNoW2tdIV0hLmVtYWlsLCBwYXNzd29yZDogb3duZXJzW3doaWNoW2tdIV0hLnBhc3N3b3JkIH0pLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ2xvZ2luJywgdW5kZWZpbmVkLCB0cnVlKSxcbiAgICB9KSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCB0b2tlbiA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKCF0b2tlbilcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBsb2dnaW5nIGluIGFzICR7b3duZXJzW3doaWNoW2tdIV0hLnJvbGV9IGFjY291bnQgJHtvd25lcnNbd2hpY2hba10hXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9OiBjaGVjayBpdHMgcGFzc3dvcmQgaW4gdGhlIHVzZXIgcG9vbGAsXG4gICAgICAgICk7XG4gICAgICB0b2tlbnNbd2hpY2hba10hXSA9IHRva2VuO1xuICAgIH0sXG4gICk7XG59XG5cbi8qKiBFYWNoIG93bmVyJ3MgZGF0YXNldCBjb3Vyc2VzOiBob3cgbWFueSwgYW5kIHRoZSBpZHMgb2YgdGhlIGZpcnN0IHBhZ2UuICovXG5mdW5jdGlvbiBsaXN0RGF0YXNldHMoeyBiYXNlLCBvd25lcnMsIHRva2VucyB9OiBTZWVkaW5nKTogTGlzdGVkW10ge1xuICBjb25zdCBsaXN0VXJsID0gYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX0/cT0ke2VuY29kZVVSSUNvbXBvbmVudChEQVRBU0VUX1RJVExFKX0mbGltaXQ9JHtMSVNUX0xJTUlUfWA7XG4gIGNvbnN0IGxpc3RlZDogTGlzdGVkW10gPSBbXTtcbiAgYmF0Y2hlZChcbiAgICBvd25lcnMubGVuZ3RoLFxuICAgIChpKSA9PiAoeyBtZXRob2Q6ICdHRVQnLCB1cmw6IGxpc3RVcmwsIHBhcmFtczogcGFyYW1zKCdsaXN0IGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0pLFxuICAgIChyZXMsIGkpID0+IHtcbiAgICAgIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgdG90YWw6IG51bWJlcjsgaXRlbXM6IHsgaWQ6IElkIH1bXSB9PihyZXMpIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKCFib2R5KVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IGxpc3RpbmcgdGhlIGNvdXJzZXMgb2YgJHtvd25lcnNbaV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgICAgbGlzdGVkW2ldID0geyB0b3RhbDogYm9keS50b3RhbCwgaWRzOiBib2R5Lml0ZW1zLm1hcCgoYykgPT4gYy5pZCkgfTtcbiAgICB9LFxuICApO1xuICByZXR1cm4gbGlzdGVkO1xufVxuXG4vKiogUmVtb3ZlcyB0aGUgb2xkIGRhdGFzZXQgcGFnZSBieSBwYWdlIChlYWNoIGxpc3Qgc2hvd3MgdGhlIG5leHQgcGFnZSBvbmNlIHRoZSBwcmV2aW91cyBpcyBnb25lKTsgcmV0dXJucyB0aGUgbGlzdHMgYWZ0ZXIuICovXG5mdW5jdGlvbiByZW1vdmVEYXRhc2V0cyhzZWVkaW5nOiBTZWVkaW5nLCBsaXN0ZWQ6IExpc3RlZFtdKTogTGlzdGVkW10ge1xuICBjb25zdCB7IGJhc2UsIHRva2VucywgcmVwb3J0IH0gPSBzZWVkaW5nO1xuICBmb3IgKGxldCByb3VuZCA9IDA7IGxpc3RlZC5zb21lKChsKSA9PiBsLmlkcy5sZW5ndGggPiAwKSAmJiByb3VuZCA8IDEwMDA7IHJvdW5kKyspIHtcbiAgICBjb25zdCBkb29tZWQgPSBsaXN0ZWQuZmxhdE1hcCgobCwgaSkgPT4gbC5pZHMubWFwKChpZCkgPT4gKHsgb3duZXI6IGksIGlkIH0pKSk7XG4gICAgYmF0Y2hlZChcbiAgICAgIGRvb21lZC5sZW5ndGgsXG4gICAgICAoaykgPT4gKHtcbiAgICAgICAgbWV0aG9kOiAnREVMRVRFJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGRvb21lZFtrXSEuaWQpfWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgZGF0YXNldCcsIHRva2Vuc1tkb29tZWRba10hLm93bmVyXSksXG4gICAgICB9KSxcbiAgICAgIChyZXMpID0+IHtcbiAgICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDIwNCkgcmVwb3J0LnJlbW92ZWQrKztcbiAgICAgIH0sXG4gICAgKTtcbiAgICBsaXN0ZWQgPSBsaXN0RGF0YXNldHMoc2VlZGluZyk7XG4gIH1cbiAgcmV0dXJuIGxpc3RlZDtcbn1cblxuLyoqIENyZWF0ZXMgdGhlIGNvdXJzZXMgZWFjaCBvd25lciBsYWNrczsgcmV0dXJucyB0aG9zZSB0byBnZW5lcmF0ZSAocmVndWxhciBhY2NvdW50cycgZmlyc3Qgb25lcykuICovXG5mdW5jdGlvbiBjcmVhdGVDb3Vyc2VzKFxuICB7IGJhc2UsIG93bmVycywgdG9rZW5zLCByZXBvcnQgfTogU2VlZGluZyxcbiAgbGlzdGVkOiBMaXN0ZWRbXSxcbiAgd2FudGVkOiBudW1iZXIsXG4gIGdlbmVyYXRlZFBlclVzZXI6IG51bWJlcixcbik6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSB7XG4gIGNvbnN0IGNyZWF0aW9uczogeyBvd25lcjogbnVtYmVyOyBuOiBudW1iZXI7IGdlbmVyYXRlOiBib29sZWFuIH1bXSA9IFtdO1xuICBvd25lcnMuZm9yRWFjaCgob3duZXIsIGkpID0+IHtcbiAgICBjb25zdCBoYXZlID0gbGlzdGVkW2ldIS50b3RhbDtcbiAgICBpZiAoaGF2ZSA+PSB3YW50ZWQpIHJlcG9ydC5yZXVzZWQrKztcbiAgICBmb3IgKGxldCBuID0gaGF2ZSArIDE7IG4gPD0gd2FudGVkOyBuKyspXG4gICAgICBjcmVhdGlvbnMucHVzaCh7IG93bmVyOiBpLCBuLCBnZW5lcmF0ZTogb3duZXIucm9sZSA9PT0gJ3JlZ3VsYXInICYmIG4gPD0gZ2VuZXJhdGVkUGVyVXNlciB9KTtcbiAgfSk7XG4gIGNvbnN0IHRvR2VuZXJhdGU6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSA9IFtdO1xuICBiYXRjaGVkKFxuICAgIGNyZWF0aW9ucy5sZW5ndGgsXG4gICAgKGspID0+IHtcbiAgICAgIGNvbnN0IHsgb3duZXIsIG4sIGdlbmVyYXRlIH0gPSBjcmVhdGlvbnNba10hO1xuICAgICAgY29uc3QgY291cnNlID0ge1xuICAgICAgICB0aXRsZTogZGF0YXNldFRpdGxlKG4pLFxuICAgICAgICB0b3BpYzogYGRhdGFzZXQgdG9waWMgJHtufWAsXG4gICAgICAgIGxldmVsOiAnYmVnaW5uZXInLFxuICAgICAgICBjaGFwdGVyX2NvdW50OiBnZW5lcmF0ZSA/IDEgOiAzLFxuICAgICAgfTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9YCxcbiAgICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkoY291cnNlKSxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ2NyZWF0ZSBkYXRhc2V0JywgdG9rZW5zW293bmVyXSwgdHJ1ZSksXG4gICAgICB9O1xuICAgIH0sXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgY29uc3QgaWQgPSByZXMuc3RhdHVzID09PSAyMDEgPyBqc29uPHsgaWQ6IElkIH0+KHJlcyk/LmlkIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKGlkID09PSB1bmRlZmluZWQpXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogY3JlYXRpbmcgYSBjb3Vyc2UgZm9yICR7b3duZXJzW2NyZWF0aW9uc1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gLFxuICAgICAgICApO1xuICAgICAgcmVwb3J0LmNyZWF0ZWQrKztcbiAgICAgIGlmIChjcmVhdGlvbnNba10hLmdlbmVyYXRlKSB0b0dlbmVyYXRlLnB1c2goeyBvd25lcjogY3JlYXRpb25zW2tdIS5vd25lciwgaWQgfSk7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIHRvR2VuZXJhdGU7XG59XG5cbmludGVyZmFjZSBKb2Ige1xuICBvd25lcjogbnVtYmVyO1xuICBqb2JJZDogSWQ7XG59XG5cbmZ1bmN0aW9uIHN0YXJ0R2VuZXJhdGlvbih7IGJhc2UsIG93bmVycywgdG9rZW5zIH06IFNlZWRpbmcsIHRvR2VuZXJhdGU6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSk6IEpvYltdIHtcbiAgY29uc3Qgam9iczogSm9iW10gPSBbXTtcbiAgYmF0Y2hlZChcbiAgICB0b0dlbmVyYXRlLmxlbmd0aCxcbiAgICAoaykgPT4gKHtcbiAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuZ2VuZXJhdGUodG9HZW5lcmF0ZVtrXSEuaWQpfWAsXG4gICAgICBib2R5OiAne30nLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ2dlbmVyYXRlIGRhdGFzZXQnLCB0b2tlbnNbdG9HZW5lcmF0ZVtrXSEub3duZXJdLCB0cnVlKSxcbiAgICB9KSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCBqb2JJZCA9IHJlcy5zdGF0dXMgPT09IDIwMiA/IGpzb248eyBqb2JfaWQ6IElkIH0+KHJlcyk/LmpvYl9pZCA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChqb2JJZCA9PT0gdW5kZWZpbmVkKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IHN0YXJ0aW5nIGdlbmVyYXRpb24gZm9yICR7b3duZXJzW3RvR2VuZXJhdGVba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCxcbiAgICAgICAgKTtcbiAgICAgIGpvYnMucHVzaCh7IG93bmVyOiB0b0dlbmVyYXRlW2tdIS5vd25lciwgam9iSWQgfSk7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIGpvYnM7XG59XG5cbi8qKiBQb2xscyB0aGUgam9icyBvbmNlIGEgc2Vjb25kIHVudGlsIGFsbCBjb21wbGV0ZWQ7IHRocm93cyBvbiBhIGZhaWxlZCBqb2Igb3IgYXQgR0VORVJBVElPTl9USU1FT1VULiAqL1xuZnVuY3Rpb24gYXdhaXRHZW5lcmF0aW9uKHNlZWRpbmc6IFNlZWRpbmcsIGpvYnM6IEpvYltdLCB0aW1lb3V0UzogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIHRpbWVvdXRTICogMTAwMDtcbiAgd2hpbGUgKGpvYnMubGVuZ3RoID4gMCkge1xuICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpXG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgIGBkYXRhc2V0OiAke2pvYnMubGVuZ3RofSBnZW5lcmF0aW9uIGpvYihzKSBkaWQgbm90IGZpbmlzaCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7dGltZW91dFN9c2AsXG4gICAgICApO1xuICAgIHNsZWVwKDEpO1xuICAgIGNvbnN0IHsgb3BlbiwgZXhwaXJlZCB9ID0gcG9sbEpvYnMoc2VlZGluZywgam9icyk7XG4gICAgaWYgKGV4cGlyZWQuc2l6ZSA+IDApIGxvZ0luKHNlZWRpbmcsIFsuLi5leHBpcmVkXSk7XG4gICAgam9icyA9IG9wZW47XG4gIH1cbn1cblxuLyoqIE9uZSBwb2xsIG9mIGV2ZXJ5IGpvYjogdGhvc2Ugc3RpbGwgb3BlbiwgYW5kIHRoZSBvd25lcnMgd2hvc2UgdG9rZW4gZXhwaXJlZCB3aGlsZSB3YWl0aW5nLiAqL1xuZnVuY3Rpb24gcG9sbEpvYnMoeyBiYXNlLCBvd25lcnMsIHRva2VucywgcmVwb3J0IH06IFNlZWRpbmcsIGpvYnM6IEpvYltdKTogeyBvcGVuOiBKb2JbXTsgZXhwaXJlZDogU2V0PG51bWJlcj4gfSB7XG4gIGNvbnN0IG9wZW46IEpvYltdID0gW107XG4gIGNvbnN0IGV4cGlyZWQgPSBuZXcgU2V0PG51bWJlcj4oKTtcbiAgYmF0Y2hlZChcbiAgICBqb2JzLmxlbmd0aCxcbiAgICAoaykgPT4gKHtcbiAgICAgIG1ldGhvZDogJ0dFVCcsXG4gICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5qb2Ioam9ic1trXSEuam9iSWQpfWAsXG4gICAgICBwYXJhbXM6IHBhcmFtcygncG9sbCBkYXRhc2V0IGpvYicsIHRva2Vuc1tqb2JzW2tdIS5vd25lcl0pLFxuICAgIH0pLFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIC8vIEEgdG9rZW4gdGhhdCBleHBpcmVkIHdoaWxlIHdhaXRpbmcgKHNob3J0LWxpdmVkIHRva2Vucyk6IGxvZyB0aGF0IG93bmVyIGluIGFnYWluIGFuZCBwb2xsIG9uLlxuICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDQwMSkge1xuICAgICAgICBleHBpcmVkLmFkZChqb2JzW2tdIS5vd25lcik7XG4gICAgICAgIG9wZW4ucHVzaChqb2JzW2tdISk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIGlmIChyZXMuc3RhdHVzICE9PSAyMDApXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogZm9sbG93aW5nIGEgZ2VuZXJhdGlvbiBqb2Igb2YgJHtvd25lcnNbam9ic1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c30ke3Jlcy5lcnJvciA/IGAgKCR7cmVzLmVycm9yfSlgIDogJyd9YCxcbiAgICAgICAgKTtcbiAgICAgIGNvbnN0IHN0YXR1cyA9IGpzb248eyBzdGF0dXM/OiBzdHJpbmc7IGVycm9yPzogc3RyaW5nIH0+KHJlcyk7XG4gICAgICBpZiAoc3RhdHVzPy5zdGF0dXMgPT09ICdmYWlsZWQnKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGdlbmVyYXRpbmcgYSBjb3Vyc2Ugb2YgJHtvd25lcnNbam9ic1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkOiAke3N0YXR1cy5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ31gLFxuICAgICAgICApO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnY29tcGxldGVkJykgcmVwb3J0LmdlbmVyYXRlZCsrO1xuICAgICAgZWxzZSBvcGVuLnB1c2goam9ic1trXSEpO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiB7IG9wZW4sIGV4cGlyZWQgfTtcbn1cblxuLyoqXG4gKiBSZW1vdmVzIHJ1bi1jcmVhdGVkIGNvdXJzZXMgdGhlIGFkbWluIGNhbiBzZWUgd2hvc2UgdGl0bGUgYHJlbW92ZWAgcGlja3MgKHRoaXMgcnVuJ3MgYXRcbiAqIHRlYXJkb3duLCBlYXJsaWVyIHJ1bnMnIGxlZnRvdmVycyBhdCBzZXR1cCkuIFJldHVybnMgaG93IG1hbnkgd2VyZSByZW1vdmVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVtb3ZlQ291cnNlcyhcbiAgY29uZmlnOiBDb25maWcsXG4gIGFkbWluVG9rZW46IHN0cmluZyxcbiAgZmlsdGVyOiBzdHJpbmcsXG4gIHJlbW92ZTogKHRpdGxlOiBzdHJpbmcpID0+IGJvb2xlYW4sXG4pOiBudW1iZXIge1xuICBjb25zdCBiYXNlID0gY29uZmlnLmJhc2VVcmw7XG4gIGxldCByZW1vdmVkID0gMDtcbiAgbGV0IG9mZnNldCA9IDA7XG4gIGZvciAobGV0IHBhZ2UgPSAwOyBwYWdlIDwgMTAwMDsgcGFnZSsrKSB7XG4gICAgbGV0IGl0ZW1zOiB7IGlkOiBJZDsgdGl0bGU6IHN0cmluZyB9W10gPSBbXTtcbiAgICBiYXRjaGVkKFxuICAgICAgMSxcbiAgICAgICgpID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ0dFVCcsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX0/cT0ke2VuY29kZVVSSUNvbXBvbmVudChmaWx0ZXIpfSZsaW1pdD0ke0xJU1RfTElNSVR9Jm9mZnNldD0ke29mZnNldH1gLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygnZmluZCBsZWZ0b3ZlcnMnLCBhZG1pblRva2VuKSxcbiAgICAgIH0pLFxuICAgICAgKHJlcykgPT4ge1xuICAgICAgICBpdGVtcyA9IChyZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgaXRlbXM6IHsgaWQ6IElkOyB0aXRsZTogc3RyaW5nIH1bXSB9PihyZXMpPy5pdGVtcyA6IHVuZGVmaW5lZCkgPz8gW107XG4gICAgICB9LFxuICAgICk7XG4gICAgaWYgKGl0ZW1zLmxlbmd0aCA9PT0gMCkgYnJlYWs7XG4gICAgY29uc3QgZG9vbWVkID0gaXRlbXMuZmlsdGVyKChjKSA9PiByZW1vdmUoYy50aXRsZSkpO1xuICAgIGxldCBnb25lID0gMDtcbiAgICBiYXRjaGVkKFxuICAgICAgZG9vbWVkLmxlbmd0aCxcbiAgICAgIChrKSA9PiAoe1xuICAgICAgICBtZXRob2Q6ICdERUxFVEUnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2UoZG9vbWVkW2tdIS5pZCl9YCxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ3JlbW92ZSBsZWZ0b3ZlcnMnLCBhZG1pblRva2VuKSxcbiAgICAgIH0pLFxuICAgICAgKHJlcykgPT4ge1xuICAgICAgICBpZiAocmVzLnN0YXR1cyA9PT0gMjA0IHx8IHJlcy5zdGF0dXMgPT09IDQwNCkgZ29uZSsrO1xuICAgICAgfSxcbiAgICApO1xuICAgIHJlbW92ZWQgKz0gZ29uZTtcbiAgICBvZmZzZXQgKz0gaXRlbXMubGVuZ3RoIC0gZ29uZTsgLy8gd2hhdCBzdGF5cyBvbiB0aGUgcGFnZSAoa2VwdCwgb3Igbm90IGRlbGV0YWJsZSkgaXMgc3RlcHBlZCBvdmVyXG4gIH1cbiAgcmV0dXJuIHJlbW92ZWQ7XG59XG4iLCAiLy8gSG93IHRoZSBzdWl0ZSBuYW1lcyB3aGF0IGl0IHB1dHMgb24gdGhlIHBsYXRmb3JtLCBzbyBpdCBjYW4gZmluZCBpdCBhZ2Fpbi5cbi8vIC0gVGhlIGtlcHQgZGF0YXNldDogYGNvdXJzZS1wZXJmIGRhdGFzZXQgTk5gIChyZXVzZWQgYWNyb3NzIHJ1bnMsIG5ldmVyIHJlbW92ZWQgYnkgYSBydW4pLlxuLy8gLSBFdmVyeXRoaW5nIGEgcnVuIGNyZWF0ZXM6IGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gOyB0aGUgcnVuIGlkIHN0YXJ0cyB3aXRoIHRoZSBydW4ncyBzdGFydFxuLy8gICB0aW1lLCBzbyBhIGxhdGVyIHJ1biBjYW4gdGVsbCBhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnMgZnJvbSBpdHMgb3duLlxuZXhwb3J0IGNvbnN0IERBVEFTRVRfVElUTEUgPSAnY291cnNlLXBlcmYgZGF0YXNldCc7XG4vKiogQSB0aXRsZSBmaWx0ZXIgbWF0Y2hpbmcgZXZlcnkgcnVuLWNyZWF0ZWQgY291cnNlIChhbmQgbm8gZGF0YXNldCBjb3Vyc2UpLiAqL1xuZXhwb3J0IGNvbnN0IFJVTl9USVRMRV9GSUxURVIgPSAncGVyZi0nO1xuXG5leHBvcnQgZnVuY3Rpb24gZGF0YXNldFRpdGxlKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtEQVRBU0VUX1RJVExFfSAke1N0cmluZyhuKS5wYWRTdGFydCgyLCAnMCcpfWA7XG59XG5cbi8qKiBBIG5ldyBydW4gaWQ6IHN0YXJ0IHRpbWUgKGJhc2UgMzYgbXMpIGFuZCBhIHJhbmRvbSBwYXJ0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5ld1J1bklkKG5vdzogbnVtYmVyID0gRGF0ZS5ub3coKSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3cudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG59XG5cbi8qKiBUaGUgcnVuIGlkIGluIGEgcnVuLWNyZWF0ZWQgdGl0bGUgKGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gKSwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1bklkT2YodGl0bGU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1hdGNoID0gL15wZXJmLVxcUysgKFswLTlhLXpdKy1bMC05YS16XSspKD86XFxzfCQpLy5leGVjKHRpdGxlKTtcbiAgcmV0dXJuIG1hdGNoPy5bMV07XG59XG5cbi8qKiBTdGFydCB0aW1lIG9mIGEgcnVuIGlkLCBtcyBzaW5jZSB0aGUgZXBvY2gsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5TdGFydE9mKHJ1bklkOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBtcyA9IHBhcnNlSW50KHJ1bklkLnNwbGl0KCctJylbMF0hLCAzNik7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogSG93IGxvbmcgYWZ0ZXIgaXRzIHN0YXJ0IGFub3RoZXIgcnVuIG1heSBzdGlsbCBiZSBnb2luZzogdGhlIG90aGVyIHNlZ21lbnRzIG9mIGFuIGV4ZWN1dGlvbi1zZWdtZW50ZWRcbiAqIHJ1biBzdGFydCB3aXRoaW4gc2Vjb25kcyBvZiBlYWNoIG90aGVyLCBhbmQgYSBzb2FrIG9yIGEgY29sbGVhZ3VlJ3MgcnVuIGFnYWluc3QgdGhlIHNhbWUgcGxhdGZvcm1cbiAqIGxhc3RzIGhvdXJzLiBPbmx5IHJ1bnMgb2xkZXIgdGhhbiB0aGlzIGFyZSB0YWtlbiBmb3Iga2lsbGVkLlxuICovXG5leHBvcnQgY29uc3QgTElWRV9SVU5fV0lORE9XX01TID0gNiAqIDYwICogNjAgKiAxMDAwO1xuXG4vKipcbiAqIFdoZXRoZXIgYSBydW4tY3JlYXRlZCBjb3Vyc2UgaXMgdG8gYmUgcmVtb3ZlZCBieSBydW4gYGN1cnJlbnRgOiBpdHMgb3duICh0ZWFyZG93biksIG9yIG9uZSBvZiBhXG4gKiBydW4gdGhhdCBzdGFydGVkIG1vcmUgdGhhbiBMSVZFX1JVTl9XSU5ET1dfTVMgZWFybGllciAoYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzOyBhbHNvIHRpdGxlcyBvZlxuICogb2xkZXIgdmVyc2lvbnMgb2YgdGhlIHN1aXRlKS4gQSBydW4gdGhhdCBtYXkgc3RpbGwgYmUgZ29pbmcga2VlcHMgaXRzIGNvdXJzZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0xlZnRvdmVyKHRpdGxlOiBzdHJpbmcsIGN1cnJlbnQ6IHN0cmluZywgb3duOiBib29sZWFuKTogYm9vbGVhbiB7XG4gIGlmICghdGl0bGUuc3RhcnRzV2l0aChSVU5fVElUTEVfRklMVEVSKSkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBydW5JZCA9IHJ1bklkT2YodGl0bGUpO1xuICBpZiAob3duKSByZXR1cm4gcnVuSWQgPT09IGN1cnJlbnQ7XG4gIGlmIChydW5JZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdHJ1ZTtcbiAgaWYgKHJ1bklkID09PSBjdXJyZW50KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBydW5TdGFydE9mKHJ1bklkKTtcbiAgcmV0dXJuIHN0YXJ0ZWQgPT09IHVuZGVmaW5lZCB8fCBzdGFydGVkIDwgKHJ1blN0YXJ0T2YoY3VycmVudCkgPz8gMCkgLSBMSVZFX1JVTl9XSU5ET1dfTVM7XG59XG4iLCAiLy8gV2hhdCBldmVyeSBlbnRyeSBwb2ludCBzaGFyZXM6IGl0IGFzc2VtYmxlcyBrNiBvcHRpb25zIGZyb20gdGhlIGVudHJ5J3Mgb3duIHNjZW5hcmlvcyBhbmRcbi8vIGdhdGVzLCBhZGRpbmcgdGhlIHNlcnZlci1yZXNvdXJjZXMgc2NlbmFyaW8gYW5kIGdhdGVzIHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkIChTSURFQ0FSX1VSTCkuXG4vLyBFbnRyaWVzIHJlLWV4cG9ydCBgcG9sbFJlc291cmNlc2AgYW5kIGB0ZWFyZG93bmAgZnJvbSBoZXJlLCBhcyBrNiBuZWVkcyB0aGVtIGluIHRoZSBlbnRyeSBtb2R1bGUuXG4vL1xuLy8gazYgZXZhbHVhdGVzIHRoZSBzY3JpcHQgb25jZSBwZXIgVlUsIGVhY2ggaW4gaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIHBsdXMgb25jZSBhcyBWVSAwOiB0aGF0XG4vLyBldmFsdWF0aW9uIGlzIHdoZXJlIGs2IHJlYWRzIGBvcHRpb25zYCwgYW5kIHNldHVwLCB0ZWFyZG93biBhbmQgaGFuZGxlU3VtbWFyeSBlYWNoIHJ1biBpbiBhIGZyZXNoXG4vLyBWVSAwIHRvby4gTG9hZCBWVXMgKDEsIDIsIC4uLikgbmV2ZXIgcmVhZCB0aGVpciBgb3B0aW9uc2AgKGs2IHNldHMgdGhlIGNvbnNvbGlkYXRlZCBvcHRpb25zIG9udG9cbi8vIGl0KSwgc28gdGhleSBza2lwIGJ1aWxkaW5nIHRoZW06IHRoZSBzY2VuYXJpb3MsIGdhdGVzIGFuZCB0aHJlc2hvbGQgZXhwcmVzc2lvbnMgbWFkZSBwZXIgVlUgd2VyZVxuLy8gfjAuMSBNQiBvZiBldmVyeSBWVSdzIGhlYXAgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCBoZWFwIHByb2ZpbGUgYXQgMSwwMDAgVlVzKS5cblxuaW1wb3J0IHsgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcywgbWV0cmljS2V5LCB0b0s2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHsgaXNBcnJpdmFsUmF0ZSB9IGZyb20gJy4uL2xvYWQvb3Blbi1tb2RlbC50cyc7XG5pbXBvcnQgeyB0eXBlIFNjZW5hcmlvLCBTVU1NQVJZX1RSRU5EX1NUQVRTIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgZW5kTG9hZCwgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVzb3VyY2VHYXRlcywgcmVzb3VyY2VzU2NlbmFyaW8gfSBmcm9tICcuLi9tZXRyaWNzL3Jlc291cmNlcy50cyc7XG5pbXBvcnQgeyBhc3NlcnREaXN0aW5jdCwgcG9vbCB9IGZyb20gJy4uL3VzZXJzL3Bvb2wudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHR5cGUgUm9sZSwgdnVJZEJvdW5kIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB7IGNsZWFuVXBSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4vZW52LnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeVBhcnRzIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIGdhdGVzOiBHYXRlW107XG4gIC8qKiBIb3cgbG9uZyB0aGUgbG9hZCBydW5zLCBzZWNvbmRzOiB0aGUgcmVzb3VyY2VzIHBvbGxlciBydW5zIGFzIGxvbmcuICovXG4gIHdhbGxUaW1lUzogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCB0b28gKHNvYWspLiAqL1xuICBnYXRlTWVtb3J5R3Jvd3RoPzogYm9vbGVhbjtcbiAgLyoqIENsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyBwb29sIGFjY291bnRzIChQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVCBjaGVja3MgdGhlc2UpOyBkZWZhdWx0IGFsbC4gKi9cbiAgcm9sZXM/OiByZWFkb25seSBSb2xlW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlPcHRpb25zIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIHRocmVzaG9sZHM6IEs2VGhyZXNob2xkcztcbiAgc2V0dXBUaW1lb3V0OiBzdHJpbmc7XG4gIHN1bW1hcnlUcmVuZFN0YXRzOiBzdHJpbmdbXTtcbn1cblxuLyoqIFdoZXRoZXIgdGhpcyBydW50aW1lIGlzIGs2J3MgVlUgMCAob3B0aW9ucywgc2V0dXAsIHRlYXJkb3duLCBoYW5kbGVTdW1tYXJ5KSByYXRoZXIgdGhhbiBhIGxvYWQgVlUuICovXG5leHBvcnQgZnVuY3Rpb24gaXNDb250cm9sUnVudGltZSgpOiBib29sZWFuIHtcbiAgcmV0dXJuIF9fVlUgPT09IDA7XG59XG5cbi8qKiBUaGUgZW50cnkncyBrNiBvcHRpb25zLCBidWlsdCBmcm9tIGBtYWtlUGFydHNgIGluIFZVIDAgb25seTsgdW5kZWZpbmVkIGluIGxvYWQgVlVzIChzZWUgYWJvdmUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudHJ5T3B0aW9ucyhjb25maWc6IENvbmZpZywgbWFrZVBhcnRzOiAoKSA9PiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFpc0NvbnRyb2xSdW50aW1lKCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnRzID0gbWFrZVBhcnRzKCk7XG4gIC8vIEEgdXNlciBjbGFzcyB3ZWlnaHRlZCAwICUgKGUuZy4gUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTPTEwMC8wLzApIGhhcyBubyBWVXM7IGs2IHJlZnVzZXMgYVxuICAvLyBzY2VuYXJpbyB0aGF0IG5ldmVyIHN0YXJ0cyBvbmUsIHNvIGl0IGlzIGxlZnQgb3V0IHJhdGhlciB0aGFuIGZhaWxpbmcgdGhlIHdob2xlIHJ1bi5cbiAgY29uc3Qgc2NlbmFyaW9zID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKHBhcnRzLnNjZW5hcmlvcykuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGhhc1VzZXJzKHNjZW5hcmlvKSkpO1xuICBjb25zdCBnYXRlcyA9IFsuLi5wYXJ0cy5nYXRlc107XG4gIGlmIChjb25maWcuc2lkZWNhclVybCkge1xuICAgIHNjZW5hcmlvcy5yZXNvdXJjZXMgPSByZXNvdXJjZXNTY2VuYXJpbyhwYXJ0cy53YWxsVGltZVMpO1xuICAgIGdhdGVzLnB1c2goXG4gICAgICAuLi5yZXNvdXJjZUdhdGVzKHtcbiAgICAgICAgbWVtb3J5TWI6IGNvbmZpZy50YXJnZXRzLm1lbW9yeU1iLFxuICAgICAgICBjcHVQZXJjZW50OiBjb25maWcudGFyZ2V0cy5jcHVQZXJjZW50LFxuICAgICAgICBncm93dGhNYlBlck1pbjogcGFydHMuZ2F0ZU1lbW9yeUdyb3d0aCA/IGNvbmZpZy50YXJnZXRzLm1lbW9yeUdyb3d0aE1iUGVyTWluIDogdW5kZWZpbmVkLFxuICAgICAgICBmYWlsT25NaXNzaW5nOiBjb25maWcuc2lkZWNhclN0cmljdCxcbiAgICAgIH0pLFxuICAgICk7XG4gIH1cbiAgaWYgKGNvbmZpZy51c2Vyc0Rpc3RpbmN0KSBhc3NlcnREaXN0aW5jdChwb29sLCBwYXJ0cy5yb2xlcyA/PyBST0xFUywgdnVJZEJvdW5kKHNjZW5hcmlvcykpO1xuICByZXR1cm4ge1xuICAgIHNjZW5hcmlvcyxcbiAgICB0aHJlc2hvbGRzOiB3aXRoRHJvcHBlZEl0ZXJhdGlvbnModG9LNlRocmVzaG9sZHMoZ2F0ZXMpLCBzY2VuYXJpb3MpLFxuICAgIC8vIEdlbmVyYXRpb24gb2Ygc2VlZCBjb3Vyc2VzLCBwbHVzIHRoZSBrZXB0IGRhdGFzZXQncyBzZWVkaW5nIHdoZW4gYSBydW4gaGFzIHRvIG1ha2UgaXQuXG4gICAgc2V0dXBUaW1lb3V0OiBgJHtNYXRoLm1heCg2MCwgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyArIDMwKSArIChjb25maWcuZGF0YXNldC5jb3Vyc2VzID4gMCA/IDYwMCA6IDApfXNgLFxuICAgIHN1bW1hcnlUcmVuZFN0YXRzOiBTVU1NQVJZX1RSRU5EX1NUQVRTLFxuICB9O1xufVxuXG4vKipcbiAqIEV2ZXJ5IG9wZW4tbW9kZWwgc2NlbmFyaW8ncyBkcm9wcGVkIGl0ZXJhdGlvbnMgaW4gdGhlIHN1bW1hcnksIGdhdGVkIG9yIG5vdDogYSB0aHJlc2hvbGQgbGlzdCxcbiAqIGV2ZW4gZW1wdHksIGlzIGhvdyBrNiBrZWVwcyBhIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljIChncmFmYW5hL2s2ICMxMzIxKS5cbiAqL1xuZnVuY3Rpb24gd2l0aERyb3BwZWRJdGVyYXRpb25zKHRocmVzaG9sZHM6IEs2VGhyZXNob2xkcywgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz4pOiBLNlRocmVzaG9sZHMge1xuICBmb3IgKGNvbnN0IFtuYW1lLCBzY2VuYXJpb10gb2YgT2JqZWN0LmVudHJpZXMoc2NlbmFyaW9zKSkge1xuICAgIGlmIChpc0Fycml2YWxSYXRlKHNjZW5hcmlvKSkgdGhyZXNob2xkc1ttZXRyaWNLZXkoJ2Ryb3BwZWRfaXRlcmF0aW9ucycsIHsgc2NlbmFyaW86IG5hbWUgfSldID8/PSBbXTtcbiAgfVxuICByZXR1cm4gdGhyZXNob2xkcztcbn1cblxuZnVuY3Rpb24gaGFzVXNlcnMoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiB7XG4gIGNvbnN0IHsgZXhlY3V0b3IsIHN0YXJ0VlVzLCBzdGFnZXMsIHZ1cyB9ID0gc2NlbmFyaW8gYXMge1xuICAgIGV4ZWN1dG9yOiBzdHJpbmc7XG4gICAgc3RhcnRWVXM/OiBudW1iZXI7XG4gICAgc3RhZ2VzPzogeyB0YXJnZXQ6IG51bWJlciB9W107XG4gICAgdnVzPzogbnVtYmVyO1xuICB9O1xuICBpZiAoZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHJldHVybiAoc3RhcnRWVXMgPz8gMCkgPiAwIHx8IChzdGFnZXMgPz8gW10pLnNvbWUoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQgPiAwKTtcbiAgaWYgKGV4ZWN1dG9yID09PSAnY29uc3RhbnQtdnVzJyB8fCBleGVjdXRvciA9PT0gJ3Blci12dS1pdGVyYXRpb25zJyB8fCBleGVjdXRvciA9PT0gJ3NoYXJlZC1pdGVyYXRpb25zJylcbiAgICByZXR1cm4gKHZ1cyA/PyAxKSA+IDA7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbydzIGl0ZXJhdGlvbjogb25lIHBvbGwgb2YgdGhlIHNpZGVjYXIuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcygpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSBwb2xsU2lkZWNhcihydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbi8qKlxuICogV2hhdCBvbmx5IHRoZSBlbmQgb2YgdGhlIHJ1biBrbm93czogdGhlIGxvYWQgZW5kZWQgKHNhbXBsZXMgYWZ0ZXIgaXQgYXJlIHRlYXJkb3duJ3MsIG5vdCBnYXRlZClcbiAqIGFuZCB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCBvdmVyIGl0LiBFbnRyaWVzIHdpdGggYSB0ZWFyZG93biBvZiB0aGVpciBvd24gY2FsbCBpdCBmaXJzdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlY29yZFJlc291cmNlc0F0RW5kKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIGVuZExvYWQocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogazYncyB0ZWFyZG93bjogdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgsIGFuZCByZW1vdmluZyB3aGF0IHRoaXMgcnVuIGNyZWF0ZWQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gdGVhcmRvd24oZGF0YT86IFJ1bkRhdGEpOiBQcm9taXNlPHZvaWQ+IHtcbiAgcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTtcbiAgYXdhaXQgY2xlYW5VcFJ1bihydW5Db25maWcsIGRhdGEpO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoXG4gICAgL1smPD5cIiddL2csXG4gICAgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISxcbiAgKTtcbn1cblxuLyoqIE1hcmtkb3duIHRhYmxlIGNlbGxzOiBwaXBlcyBhbmQgbmV3bGluZXMgd291bGQgYnJlYWsgdGhlIHRhYmxlOyA8ID4gd291bGQgYmVjb21lIEhUTUwgb24gR2l0SHViLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZU1hcmtkb3duQ2VsbCh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdGV4dFxuICAgIC5yZXBsYWNlKC9cXHwvZywgJ1xcXFx8JylcbiAgICAucmVwbGFjZSgvW1xcclxcbl0rL2csICcgJylcbiAgICAucmVwbGFjZSgvPC9nLCAnJmx0OycpXG4gICAgLnJlcGxhY2UoLz4vZywgJyZndDsnKTtcbn1cblxuLyoqXG4gKiBBIE1hcmtkb3duIGNvZGUgc3BhbiB0aGF0IHNob3dzIGB0ZXh0YCBleGFjdGx5LCBhbHNvIGluc2lkZSBhIHRhYmxlIGNlbGwuIEluc2lkZSBhIGNvZGUgc3BhblxuICogTWFya2Rvd24gZGVjb2RlcyBubyBlbnRpdGllcyAoYCZsdDtgIHdvdWxkIHNob3cgbGl0ZXJhbGx5KSBhbmQgcGFyc2VzIG5vIEhUTUwsIHNvIDwgPiBzdGF5IGFzXG4gKiB0aGV5IGFyZTsgYSBmZW5jZSBsb25nZXIgdGhhbiBhbnkgYmFja3RpY2sgcnVuIGluc2lkZSBrZWVwcyB0aGUgc3BhbiBjbG9zZWQ7IEdpdEh1YidzIHRhYmxlc1xuICogc3RpbGwgc3BsaXQgY2VsbHMgb24gYHxgLCB3aGljaCBgXFx8YCBwcmV2ZW50cyAoYW5kIHNob3dzIGFzIGB8YCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93bkNvZGUodGV4dDogc3RyaW5nLCBvcHRpb25zOiB7IGluVGFibGU6IGJvb2xlYW4gfSA9IHsgaW5UYWJsZTogdHJ1ZSB9KTogc3RyaW5nIHtcbiAgY29uc3Qgb25lTGluZSA9IHRleHQucmVwbGFjZSgvW1xcclxcbl0rL2csICcgJyk7XG4gIGNvbnN0IGZsYXQgPSBvcHRpb25zLmluVGFibGUgPyBvbmVMaW5lLnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKSA6IG9uZUxpbmU7XG4gIGNvbnN0IGxvbmdlc3RSdW4gPSBNYXRoLm1heCgwLCAuLi4oZmxhdC5tYXRjaCgvYCsvZykgPz8gW10pLm1hcCgocnVuKSA9PiBydW4ubGVuZ3RoKSk7XG4gIGNvbnN0IGZlbmNlID0gJ2AnLnJlcGVhdChsb25nZXN0UnVuICsgMSk7XG4gIGNvbnN0IHBhZCA9IGZsYXQuc3RhcnRzV2l0aCgnYCcpIHx8IGZsYXQuZW5kc1dpdGgoJ2AnKSA/ICcgJyA6ICcnO1xuICByZXR1cm4gYCR7ZmVuY2V9JHtwYWR9JHtmbGF0fSR7cGFkfSR7ZmVuY2V9YDtcbn1cbiIsICIvLyBSZWFkaW5nIGs2J3MgZW5kLW9mLXRlc3Qgc3VtbWFyeSBkYXRhICh3aGF0IGhhbmRsZVN1bW1hcnkgcmVjZWl2ZXMpIGludG8gdGhlIHJvd3MgZXZlcnkgcmVwb3J0XG4vLyBzaG93cy4gUHVyZTogbm8gazYgaW1wb3J0cywgbm8gTm9kZSBnbG9iYWxzLCBzbyBpdCBydW5zIGluc2lkZSBrNiBhbmQgdW5kZXIgbm9kZTp0ZXN0IGFsaWtlLlxuXG5leHBvcnQgaW50ZXJmYWNlIE1ldHJpY0RhdGEge1xuICB0eXBlOiAndHJlbmQnIHwgJ3JhdGUnIHwgJ2NvdW50ZXInIHwgJ2dhdWdlJztcbiAgY29udGFpbnM/OiBzdHJpbmc7XG4gIHZhbHVlczogUmVjb3JkPHN0cmluZywgbnVtYmVyPjtcbiAgdGhyZXNob2xkcz86IFJlY29yZDxzdHJpbmcsIHsgb2s6IGJvb2xlYW4gfT47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3VtbWFyeURhdGEge1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNEYXRhPjtcbiAgcm9vdF9ncm91cD86IHsgY2hlY2tzPzogeyBuYW1lOiBzdHJpbmc7IHBhc3NlczogbnVtYmVyOyBmYWlsczogbnVtYmVyIH1bXTsgZ3JvdXBzPzogdW5rbm93bltdIH07XG4gIHN0YXRlPzogeyBpc1N0ZE91dFRUWT86IGJvb2xlYW47IHRlc3RSdW5EdXJhdGlvbk1zPzogbnVtYmVyIH07XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgVGhyZXNob2xkUm93IHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIGV4cHJlc3Npb246IHN0cmluZztcbiAgb2s6IGJvb2xlYW47XG4gIC8qKiBUaGUgYWdncmVnYXRlIHRoZSBleHByZXNzaW9uIHRlc3RzLCBhcyBtZWFzdXJlZDsgbnVsbCB3aGVuIHRoZSBtZXRyaWMgaGFzIG5vIHN1Y2ggdmFsdWUuICovXG4gIG9ic2VydmVkOiBudW1iZXIgfCBudWxsO1xuICBzdGF0OiBzdHJpbmc7XG4gIC8qKiBUcmVuZCBtZXRyaWNzIGhvbGRpbmcgZHVyYXRpb25zIChtcykgb3IgZGF0YSwgZm9yIGZvcm1hdHRpbmcuICovXG4gIHVuaXQ6ICdtcycgfCAncGVyY2VudCcgfCAnY291bnQnIHwgJ3ZhbHVlJztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbmRwb2ludFJvdyB7XG4gIGVuZHBvaW50OiBzdHJpbmc7XG4gIHJlcXVlc3RzOiBudW1iZXI7XG4gIHA1MDogbnVtYmVyIHwgbnVsbDtcbiAgcDk1OiBudW1iZXIgfCBudWxsO1xuICBwOTk6IG51bWJlciB8IG51bGw7XG4gIG1heDogbnVtYmVyIHwgbnVsbDtcbiAgZXJyb3JSYXRlOiBudW1iZXIgfCBudWxsO1xufVxuXG4vKiogVGhlIGFnZ3JlZ2F0aW9uIGEgdGhyZXNob2xkIGV4cHJlc3Npb24gdGVzdHM6IGBwKDk1KTwyMDBgIC0+IGBwKDk1KWAuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhdE9mKGV4cHJlc3Npb246IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiAvXlxccyooW2Etel0rKD86XFwoW1xcZC5dK1xcKSk/KS8uZXhlYyhleHByZXNzaW9uKT8uWzFdID8/IGV4cHJlc3Npb247XG59XG5cbmZ1bmN0aW9uIHVuaXRPZihtZXRyaWM6IE1ldHJpY0RhdGEgfCB1bmRlZmluZWQsIHN0YXQ6IHN0cmluZyk6IFRocmVzaG9sZFJvd1sndW5pdCddIHtcbiAgaWYgKCFtZXRyaWMpIHJldHVybiAndmFsdWUnO1xuICBpZiAoc3RhdCA9PT0gJ3JhdGUnICYmIG1ldHJpYy50eXBlID09PSAncmF0ZScpIHJldHVybiAncGVyY2VudCc7XG4gIGlmIChzdGF0ID09PSAnY291bnQnKSByZXR1cm4gJ2NvdW50JztcbiAgcmV0dXJuIG1ldHJpYy50eXBlID09PSAndHJlbmQnICYmIG1ldHJpYy5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG59XG5cbi8qKiBFdmVyeSB0aHJlc2hvbGQgd2l0aCBpdHMgdmVyZGljdCBhbmQgb2JzZXJ2ZWQgdmFsdWUsIGZhaWxlZCBvbmVzIGZpcnN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRocmVzaG9sZFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBUaHJlc2hvbGRSb3dbXSB7XG4gIGNvbnN0IHJvd3M6IFRocmVzaG9sZFJvd1tdID0gW107XG4gIGZvciAoY29uc3QgW21ldHJpYywgdmFsdWVzXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgZm9yIChjb25zdCBbZXhwcmVzc2lvbiwgcmVzdWx0XSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZXMudGhyZXNob2xkcyA/PyB7fSkpIHtcbiAgICAgIGNvbnN0IHN0YXQgPSBzdGF0T2YoZXhwcmVzc2lvbik7XG4gICAgICBjb25zdCBvYnNlcnZlZCA9IHZhbHVlcy52YWx1ZXM/LltzdGF0XTtcbiAgICAgIHJvd3MucHVzaCh7XG4gICAgICAgIG1ldHJpYyxcbiAgICAgICAgZXhwcmVzc2lvbixcbiAgICAgICAgb2s6IHJlc3VsdC5vayxcbiAgICAgICAgc3RhdCxcbiAgICAgICAgb2JzZXJ2ZWQ6IHR5cGVvZiBvYnNlcnZlZCA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKG9ic2VydmVkKSA/IG9ic2VydmVkIDogbnVsbCxcbiAgICAgICAgdW5pdDogdW5pdE9mKHZhbHVlcywgc3RhdCksXG4gICAgICB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpXG4gICAgICByb3dzLnNldChlbmRwb2ludCwgKHIgPSB7IGVuZHBvaW50LCByZXF1ZXN0czogMCwgcDUwOiBudWxsLCBwOTU6IG51bGwsIHA5OTogbnVsbCwgbWF4OiBudWxsLCBlcnJvclJhdGU6IG51bGwgfSkpO1xuICAgIHJldHVybiByO1xuICB9O1xuICBmb3IgKGNvbnN0IFtuYW1lLCBtZXRyaWNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBjb25zdCBtYXRjaCA9IFNVQl9NRVRSSUMuZXhlYyhuYW1lKTtcbiAgICBpZiAoIW1hdGNoKSBjb250aW51ZTtcbiAgICBjb25zdCBbLCBiYXNlLCBlbmRwb2ludF0gPSBtYXRjaCBhcyB1bmtub3duIGFzIFtzdHJpbmcsIHN0cmluZywgc3RyaW5nXTtcbiAgICBjb25zdCB2ID0gbWV0cmljLnZhbHVlcyA/PyB7fTtcbiAgICBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2R1cmF0aW9uJykge1xuICAgICAgT2JqZWN0LmFzc2lnbihyb3coZW5kcG9pbnQpLCB7XG4gICAgICAgIHJlcXVlc3RzOiB2LmNvdW50ID8/IDAsXG4gICAgICAgIHA1MDogdi5tZWQgPz8gbnVsbCxcbiAgICAgICAgcDk1OiB2WydwKDk1KSddID8/IG51bGwsXG4gICAgICAgIHA5OTogdlsncCg5OSknXSA/PyBudWxsLFxuICAgICAgICBtYXg6IHYubWF4ID8/IG51bGwsXG4gICAgICB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogT25lIG9wZW4tbW9kZWwgc2NlbmFyaW8ncyBpdGVyYXRpb25zIGs2IGRpZCBub3Qgc3RhcnQgb24gdGltZSAoZHJvcHBlZF9pdGVyYXRpb25ze3NjZW5hcmlvOlh9KS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRHJvcHBlZFJvdyB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIGl0ZXJhdGlvbnM6IG51bWJlcjtcbiAgLyoqIFJlcXVlc3RzIHRob3NlIGl0ZXJhdGlvbnMgd291bGQgaGF2ZSBzZW50OyBudWxsIHdoZW4gdGhlIGVudHJ5IGRvZXMgbm90IHNheSBob3cgbWFueSBhbiBpdGVyYXRpb24gc2VuZHMuICovXG4gIHJlcXVlc3RzOiBudW1iZXIgfCBudWxsO1xuICAvKiogVGhlIG1vc3QgdGhlIHNjZW5hcmlvJ3MgZ2F0ZSBhbGxvd3MgKGBjb3VudDw9TmApOyBudWxsIHdoZW4gaXQgaXMgbm90IGdhdGVkLiAqL1xuICBhbGxvd2VkOiBudW1iZXIgfCBudWxsO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERyb3BwZWQge1xuICBpdGVyYXRpb25zOiBudW1iZXI7XG4gIHJlcXVlc3RzOiBudW1iZXIgfCBudWxsO1xuICBzY2VuYXJpb3M6IERyb3BwZWRSb3dbXTtcbn1cblxuY29uc3QgRFJPUFBFRF9TVUJfTUVUUklDID0gL15kcm9wcGVkX2l0ZXJhdGlvbnNcXHtzY2VuYXJpbzooW14sfV0rKVxcfSQvO1xuXG4vKipcbiAqIEl0ZXJhdGlvbnMgdGhlIHJ1bidzIG9wZW4tbW9kZWwgc2NlbmFyaW9zIGRpZCBub3Qgc3RhcnQgb24gdGltZSAoazYncyBkcm9wcGVkX2l0ZXJhdGlvbnM6IG5vIFZVXG4gKiB3YXMgZnJlZSB3aGVuIG9uZSB3YXMgZHVlKSwgcGVyIHNjZW5hcmlvLCBhbmQgdGhlIHJlcXVlc3RzIHRoZXkgd291bGQgaGF2ZSBzZW50OyBudWxsIHdoZW4gdGhlXG4gKiBydW4gaGFkIG5vIG9wZW4tbW9kZWwgc2NlbmFyaW8uIFRoZWlyIGxhdGVuY3kgaXMgaW4gbm8gcGVyY2VudGlsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRJdGVyYXRpb25zKFxuICBkYXRhOiBTdW1tYXJ5RGF0YSxcbiAgcmVxdWVzdHNQZXJJdGVyYXRpb246IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gPSB7fSxcbik6IERyb3BwZWQgfCBudWxsIHtcbiAgY29uc3Qgc2NlbmFyaW9zOiBEcm9wcGVkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3Qgc2NlbmFyaW8gPSBEUk9QUEVEX1NVQl9NRVRSSUMuZXhlYyhuYW1lKT8uWzFdO1xuICAgIGlmIChzY2VuYXJpbyA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICBjb25zdCBpdGVyYXRpb25zID0gbWV0cmljLnZhbHVlcz8uY291bnQgPz8gMDtcbiAgICBjb25zdCBwZXJJdGVyYXRpb24gPSByZXF1ZXN0c1Blckl0ZXJhdGlvbltzY2VuYXJpb107XG4gICAgY29uc3QgbGltaXQgPSBPYmplY3Qua2V5cyhtZXRyaWMudGhyZXNob2xkcyA/PyB7fSlcbiAgICAgIC5tYXAoKGV4cHJlc3Npb24pID0+IC9eXFxzKmNvdW50XFxzKjw9XFxzKihcXGQrKVxccyokLy5leGVjKGV4cHJlc3Npb24pPy5bMV0pXG4gICAgICAuZmluZCgobikgPT4gbiAhPT0gdW5kZWZpbmVkKTtcbiAgICBzY2VuYXJpb3MucHVzaCh7XG4gICAgICBzY2VuYXJpbyxcbiAgICAgIGl0ZXJhdGlvbnMsXG4gICAgICByZXF1ZXN0czogcGVySXRlcmF0aW9uID09PSB1bmRlZmluZWQgPyBudWxsIDogaXRlcmF0aW9ucyAqIHBlckl0ZXJhdGlvbixcbiAgICAgIGFsbG93ZWQ6IGxpbWl0ID09PSB1bmRlZmluZWQgPyBudWxsIDogTnVtYmVyKGxpbWl0KSxcbiAgICB9KTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1ldHJpY1ZhbHVlKGRhdGEsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAnY291bnQnKTtcbiAgaWYgKHNjZW5hcmlvcy5sZW5ndGggPT09IDAgJiYgdG90YWwgPT09IG51bGwpIHJldHVybiBudWxsO1xuICBzY2VuYXJpb3Muc29ydCgoYSwgYikgPT4gYS5zY2VuYXJpby5sb2NhbGVDb21wYXJlKGIuc2NlbmFyaW8pKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IHRvdGFsID8/IHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cuaXRlcmF0aW9ucywgMCk7XG4gIGNvbnN0IGtub3duID1cbiAgICBzY2VuYXJpb3MucmVkdWNlKChzdW0sIHJvdykgPT4gc3VtICsgcm93Lml0ZXJhdGlvbnMsIDApID09PSBpdGVyYXRpb25zICYmXG4gICAgc2NlbmFyaW9zLmV2ZXJ5KChyb3cpID0+IHJvdy5yZXF1ZXN0cyAhPT0gbnVsbCk7XG4gIHJldHVybiB7IGl0ZXJhdGlvbnMsIHJlcXVlc3RzOiBrbm93biA/IHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cucmVxdWVzdHMhLCAwKSA6IG51bGwsIHNjZW5hcmlvcyB9O1xufVxuXG4vKiogV2hhdCB0aGUgcGVyY2VudGlsZXMgbGVhdmUgb3V0LCBzYWlkIGJlc2lkZSB0aGVtOiBcInBlcmNlbnRpbGVzIGV4Y2x1ZGUgNDUgcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAoMzQgZHJvcHBlZCBpdGVyYXRpb25zKSAuLi5cIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQ6IERyb3BwZWQgfCBudWxsKTogc3RyaW5nIHwgbnVsbCB7XG4gIGlmICghZHJvcHBlZCkgcmV0dXJuIG51bGw7XG4gIGlmIChkcm9wcGVkLml0ZXJhdGlvbnMgPT09IDApXG4gICAgcmV0dXJuICcwIHJlcXVlc3RzIG5vdCBzZW50IG9uIHRpbWUgKDAgZHJvcHBlZCBpdGVyYXRpb25zKTogdGhlIHBlcmNlbnRpbGVzIGNvdmVyIGV2ZXJ5IHNjaGVkdWxlZCByZXF1ZXN0JztcbiAgY29uc3Qgd2hhdCA9XG4gICAgZHJvcHBlZC5yZXF1ZXN0cyA9PT0gbnVsbFxuICAgICAgPyBgdGhlIHJlcXVlc3RzIG9mICR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5pdGVyYXRpb25zLCAnY291bnQnKX0gaXRlcmF0aW9uc2BcbiAgICAgIDogYCR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5yZXF1ZXN0cywgJ2NvdW50Jyl9IHJlcXVlc3Qke2Ryb3BwZWQucmVxdWVzdHMgPT09IDEgPyAnJyA6ICdzJ31gO1xuICByZXR1cm4gYHBlcmNlbnRpbGVzIGV4Y2x1ZGUgJHt3aGF0fSBub3Qgc2VudCBvbiB0aW1lICgke2Zvcm1hdFZhbHVlKGRyb3BwZWQuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IGRyb3BwZWQgaXRlcmF0aW9uczogbm8gVlUgd2FzIGZyZWUgd2hlbiB0aGV5IHdlcmUgZHVlKSwgd2hvc2UgbGF0ZW5jeSBrNiBjYW5ub3Qga25vd2A7XG59XG5cbi8qKiBPbmUgc2NlbmFyaW8ncyBsaW5lOiBcIjkgaXRlcmF0aW9ucyBub3Qgc2VudCBvbiB0aW1lICg5IHJlcXVlc3RzKSwgYXQgbW9zdCAyIGFsbG93ZWRcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkcm9wcGVkVGV4dChyb3c6IERyb3BwZWRSb3cpOiBzdHJpbmcge1xuICBjb25zdCByZXF1ZXN0cyA9XG4gICAgcm93LnJlcXVlc3RzID09PSBudWxsID8gJycgOiBgICgke2Zvcm1hdFZhbHVlKHJvdy5yZXF1ZXN0cywgJ2NvdW50Jyl9IHJlcXVlc3Qke3Jvdy5yZXF1ZXN0cyA9PT0gMSA/ICcnIDogJ3MnfSlgO1xuICBjb25zdCBhbGxvd2VkID0gcm93LmFsbG93ZWQgPT09IG51bGwgPyAnLCBub3QgZ2F0ZWQnIDogYCwgYXQgbW9zdCAke2Zvcm1hdFZhbHVlKHJvdy5hbGxvd2VkLCAnY291bnQnKX0gYWxsb3dlZGA7XG4gIHJldHVybiBgJHtmb3JtYXRWYWx1ZShyb3cuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IGl0ZXJhdGlvbiR7cm93Lml0ZXJhdGlvbnMgPT09IDEgPyAnJyA6ICdzJ30gbm90IHNlbnQgb24gdGltZSR7cmVxdWVzdHN9JHthbGxvd2VkfWA7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JylcbiAgICByZXR1cm4gTWF0aC5yb3VuZCh2YWx1ZSlcbiAgICAgIC50b1N0cmluZygpXG4gICAgICAucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBvdmVyIHRoZSBsb2FkLCBmcm9tIHRoZSBzaWRlY2FyJ3MgbWV0cmljcyAocmVzdWx0cy5qc29uJ3MgYHJlc291cmNlc2ApLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTZXJ2ZXJSZXNvdXJjZXMge1xuICBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDtcbiAgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsO1xuICBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7XG4gIHNhbXBsZXNfbWlzc2luZzogbnVtYmVyO1xufVxuXG4vKiogVGhlIHNpZGVjYXIncyBmaWd1cmVzOyBudWxsIHdoZW4gbm8gc2lkZWNhciBtZWFzdXJlZCB0aGUgc2VydmVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlcnZlclJlc291cmNlcyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFNlcnZlclJlc291cmNlcyB8IG51bGwge1xuICBpZiAoIWRhdGEubWV0cmljcz8uc2VydmVyX21lbW9yeV9tYiAmJiAhZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQpIHJldHVybiBudWxsO1xuICByZXR1cm4ge1xuICAgIG1lbW9yeV9tYl9wZWFrOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKSxcbiAgICBjcHVfcGVyY2VudF9wOTU6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCAncCg5NSknKSxcbiAgICBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgJ21heCcpLFxuICAgIHNhbXBsZXNfbWlzc2luZzogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwLFxuICB9O1xufVxuXG4vKiogUGxhaW4tbGFuZ3VhZ2UgbGluZSBhYm91dCBzZXJ2ZXIgcmVzb3VyY2VzOiBtZWFzdXJlZCwgb3Igd2h5IG5vdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNUZXh0KHJlc291cmNlczogU2VydmVyUmVzb3VyY2VzIHwgbnVsbCk6IHN0cmluZyB7XG4gIGlmICghcmVzb3VyY2VzIHx8IChyZXNvdXJjZXMubWVtb3J5X21iX3BlYWsgPT09IG51bGwgJiYgcmVzb3VyY2VzLmNwdV9wZXJjZW50X3A5NSA9PT0gbnVsbCkpXG4gICAgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgZ3Jvd3RoID0gcmVzb3VyY2VzLm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlcyBvdmVyIHRoZSBsb2FkOiBtZW1vcnkgcGVhayAke2Zvcm1hdFZhbHVlKHJlc291cmNlcy5tZW1vcnlfbWJfcGVhaywgJ3ZhbHVlJyl9IE1CYCxcbiAgICBgQ1BVIHA5NSAke2Zvcm1hdFZhbHVlKHJlc291cmNlcy5jcHVfcGVyY2VudF9wOTUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7cmVzb3VyY2VzLnNhbXBsZXNfbWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG5cbmV4cG9ydCBjb25zdCByZXNvdXJjZXNMaW5lID0gKGRhdGE6IFN1bW1hcnlEYXRhKTogc3RyaW5nID0+IHJlc291cmNlc1RleHQoc2VydmVyUmVzb3VyY2VzKGRhdGEpKTtcbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG4vLyBrNidzIGhhbmRsZVN1bW1hcnkgd3JpdGVzIHdoYXQgazYga25vd3MgKGJ1aWxkUmVzdWx0cyk7IHRoZSBydW5uZXIncyBmaW5pc2hpbmcgc3RlcFxuLy8gKHJ1bm5lci9maW5pc2gvZmluaXNoLXJ1bi50cykgYWRkcyB3aGF0IGlzIGtub3duIG9ubHkgYWZ0ZXIgazY6IHRoZSBvdXRjb21lLCByZXNvdXJjZSBzY2FsaW5nXG4vLyBhbmQgaXRzIHNsb3BlIGdhdGVzLCBhbiBpbnRlcmFjdGl2ZSBydW4ncyB0aW1lbGluZSwgYSBjb21wYXJpc29uLiBFdmVyeSByZXBvcnQgaXMgcmVuZGVyZWQgZnJvbSBpdC5cbmltcG9ydCB7XG4gIHR5cGUgRHJvcHBlZCxcbiAgZHJvcHBlZEl0ZXJhdGlvbnMsXG4gIHR5cGUgRW5kcG9pbnRSb3csXG4gIGVuZHBvaW50Um93cyxcbiAgdHlwZSBTZXJ2ZXJSZXNvdXJjZXMsXG4gIHR5cGUgU3VtbWFyeURhdGEsXG4gIHNlcnZlclJlc291cmNlcyxcbiAgdHlwZSBUaHJlc2hvbGRSb3csXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGNvbnN0IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04gPSAxO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bk1ldGEge1xuICBzY2VuYXJpbzogc3RyaW5nO1xuICBwcm9maWxlOiBzdHJpbmcgfCBudWxsO1xuICB0YXJnZXQ6IHN0cmluZyB8IG51bGw7XG4gIGs2X3ZlcnNpb246IHN0cmluZyB8IG51bGw7XG4gIGdpdF9jb21taXQ6IHN0cmluZyB8IG51bGw7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgbG9hZCBzaGFwZSBhIHJ1biB3YXMgYXNrZWQgZm9yLCByZWNvcmRlZCBieSB0aGUgcnVubmVyIHNvIGNvbXBhcmUgY2FuIHJlZnVzZSB1bmxpa2UgcnVucy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZFNoYXBlIHtcbiAgY29uY3VycmVudF91c2VyczogbnVtYmVyO1xuICBkdXJhdGlvbl9zOiBudW1iZXI7XG4gIHJhbXBfdXBfczogbnVtYmVyO1xuICByYW1wX2Rvd25fczogbnVtYmVyO1xuICB1c2VyX3dlaWdodHM6IHN0cmluZztcbiAgdGhpbmtfdGltZV9zOiBzdHJpbmc7XG59XG5cbmV4cG9ydCB0eXBlIFJ1bk91dGNvbWUgPSAnY29tcGxldGVkJyB8ICd0aHJlc2hvbGRzIGZhaWxlZCcgfCAnYWJvcnRlZCcgfCAnaW50ZXJydXB0ZWQnIHwgJ3N0b3BwZWQnIHwgJ2Vycm9yJztcblxuLyoqIFdoYXQgazYga25ldyAoUnVuTWV0YSwgZHVyYXRpb24pIGFuZCB3aGF0IHRoZSBydW5uZXIgYWRkcyBhZnRlciBrNiBleGl0cy4gKi9cbmludGVyZmFjZSBSdW5JbmZvIGV4dGVuZHMgUnVuTWV0YSB7XG4gIGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsO1xuICBsb2FkPzogTG9hZFNoYXBlO1xuICAvKiogazYncyBleGl0IGNvZGU7IG51bGwgd2hlbiBrNiBuZXZlciByYW4sIGFic2VudCB3aGVuIHRoZSBydW5uZXIgY291bGQgbm90IHNlZSBpdCAoY29tcG9zZSkuICovXG4gIGs2X2V4aXRfY29kZT86IG51bWJlciB8IG51bGw7XG4gIG91dGNvbWU/OiBSdW5PdXRjb21lO1xuICAvKiogV2h5IGEgcnVuIGRpZCBub3QgY29tcGxldGUsIGUuZy4gazYncyBvd24gZmlyc3QgZXJyb3IgbGluZS4gKi9cbiAgb3V0Y29tZV9yZWFzb24/OiBzdHJpbmc7XG4gIC8qKiBucG0gcnVuIG1lcmdlOiB0aGUgazYgLS1vdXQganNvbiBmaWxlcyBtZXJnZWQgaW50byB0aGlzIHJlc3VsdC4gKi9cbiAgbWVyZ2VkX2Zyb20/OiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzVGhyZXNob2xkIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIGV4cHJlc3Npb246IHN0cmluZztcbiAgb2s6IGJvb2xlYW47XG4gIG9ic2VydmVkOiBudW1iZXIgfCBudWxsO1xuICAvKiogSG93IG9ic2VydmVkIHJlYWRzIChtcywgYSAwLi4xIHJhdGUgYXMgcGVyY2VudCwgYSBjb3VudCk7IGFic2VudDogYSBwbGFpbiB2YWx1ZS4gKi9cbiAgdW5pdD86IFRocmVzaG9sZFJvd1sndW5pdCddO1xuICAvKiogV2h5IG9ic2VydmVkIGlzIG1pc3NpbmcgKGEgc2xvcGUgZ2F0ZSB3aG9zZSBzbG9wZSBjb3VsZCBub3QgYmUgZml0dGVkKS4gKi9cbiAgcmVhc29uPzogc3RyaW5nO1xufVxuXG4vKiogUmVzb3VyY2Ugc2NhbGluZyBwZXIgc3RlcCBvZiBsb2FkIChydW5uZXIvc2NhbGluZy9yZXNvdXJjZS1zY2FsaW5nLnRzIGNvbXB1dGVzIGl0KS4gKi9cbmludGVyZmFjZSBTY2FsaW5nU3RlcFJlc3VsdCB7XG4gIGZyb206IG51bWJlcjtcbiAgdG86IG51bWJlcjtcbiAgc2Vjb25kczogbnVtYmVyO1xuICB1c2Vyc19tZWFuOiBudW1iZXIgfCBudWxsO1xuICByZXF1ZXN0c19wZXJfczogbnVtYmVyO1xuICBwOTVfbXM6IG51bWJlciB8IG51bGw7XG4gIHNlcnZlcl9zYW1wbGVzOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50X21lYW46IG51bWJlciB8IG51bGw7XG4gIG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsO1xufVxuXG5pbnRlcmZhY2UgU2xvcGVSZXN1bHQge1xuICB1bml0OiBzdHJpbmc7XG4gIHZhbHVlOiBudW1iZXIgfCBudWxsO1xuICByMjogbnVtYmVyIHwgbnVsbDtcbiAgc3RlcHNfdXNlZDogbnVtYmVyO1xuICB4X2Zyb206IG51bWJlciB8IG51bGw7XG4gIHhfdG86IG51bWJlciB8IG51bGw7XG4gIGZpdDogc3RyaW5nO1xuICByZWFzb24/OiBzdHJpbmc7XG59XG5cbmludGVyZmFjZSBTY2FsaW5nUmVzdWx0IHtcbiAgbGV2ZWw6ICd1c2VycycgfCAncmVxdWVzdHNfcGVyX3MnO1xuICBzdGVwX3dpZHRoOiBudW1iZXI7XG4gIHdpbmRvdzogeyBmcm9tOiBudW1iZXI7IHRvOiBudW1iZXIgfTtcbiAgc3RlcHM6IFNjYWxpbmdTdGVwUmVzdWx0W107XG4gIG1lbW9yeTogU2xvcGVSZXN1bHQ7XG4gIGNwdTogU2xvcGVSZXN1bHQ7XG59XG5cbi8qKiBPbmUgbWV0cmljJ3MgdmVyZGljdCBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykgKHJ1bm5lci9jb21wYXJlL2NvbXBhcmUudHMgY29tcHV0ZXMgaXQpLiAqL1xuaW50ZXJmYWNlIENvbXBhcmlzb25Sb3dSZXN1bHQge1xuICBtZXRyaWM6IHN0cmluZztcbiAgc3RhdDogJ3AoOTUpJyB8ICdyYXRlJyB8ICdtYXgnO1xuICBlbmRwb2ludDogc3RyaW5nIHwgbnVsbDtcbiAgdW5pdDogJ21zJyB8ICdyYXRlJyB8ICdwZXJjZW50JyB8ICdNQic7XG4gIGJhc2VsaW5lOiBudW1iZXIgfCBudWxsO1xuICBjdXJyZW50OiBudW1iZXIgfCBudWxsO1xuICBjaGFuZ2U6IG51bWJlciB8IG51bGw7XG4gIGludGVydmFsOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbDtcbiAgaW50ZXJ2YWxfYWJzOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbDtcbiAgdmVyZGljdDogJ2ltcHJvdmVkJyB8ICdubyBjaGFuZ2UnIHwgJ3JlZ3Jlc3NlZCcgfCAnaW5jb25jbHVzaXZlJztcbiAgbWV0aG9kOiBzdHJpbmc7XG4gIHNhbXBsZXM6IHsgYmFzZWxpbmU6IG51bWJlcjsgY3VycmVudDogbnVtYmVyOyBiYXNlbGluZV9ydW5zOiBudW1iZXIgfSB8IG51bGw7XG4gIG5vdGU/OiBzdHJpbmc7XG4gIHByb2ZpbGU/OiB7IHE6IG51bWJlcltdOyBiYXNlbGluZTogbnVtYmVyW107IGN1cnJlbnQ6IG51bWJlcltdIH07XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29tcGFyaXNvblJlc3VsdCB7XG4gIG1ldGhvZDogc3RyaW5nO1xuICBvcHRpb25zOiB7XG4gICAgdG9sZXJhbmNlOiBudW1iZXI7XG4gICAgbWluX21zOiBudW1iZXI7XG4gICAgbWluX3JhdGU6IG51bWJlcjtcbiAgICByZXNhbXBsZXM6IG51bWJlcjtcbiAgICBzZWVkOiBudW1iZXI7XG4gICAgYmxvY2tfczogbnVtYmVyO1xuICAgIC8qKiBBYnNlbnQgaW4gY29tcGFyaXNvbnMgd3JpdHRlbiBiZWZvcmUgaXQgd2FzIGFuIG9wdGlvbi4gKi9cbiAgICBpbmNvbmNsdXNpdmU/OiAnd2FybicgfCAnZmFpbCc7XG4gIH07XG4gIGNvbmZpZGVuY2U6IHsgZmFtaWx5OiBudW1iZXI7IHBlcl9tZXRyaWM6IG51bWJlcjsganVkZ2VkOiBudW1iZXIgfTtcbiAgYmFzZWxpbmVzOiBzdHJpbmdbXTtcbiAgY3VycmVudDogc3RyaW5nO1xuICByYXdfc2FtcGxlczogYm9vbGVhbjtcbiAgcnVuX3dpZGVfc2hpZnQ6IHsgY2hhbmdlOiBudW1iZXI7IGVuZHBvaW50czogbnVtYmVyIH0gfCBudWxsO1xuICB3YXJuaW5nczogc3RyaW5nW107XG4gIHJlZ3Jlc3Npb25zOiBudW1iZXI7XG4gIGluY29uY2x1c2l2ZTogbnVtYmVyO1xuICByb3dzOiBDb21wYXJpc29uUm93UmVzdWx0W107XG59XG5cbi8qKiBBbiBpbnRlcmFjdGl2ZSBydW4gKG5wbSBydW4gdWkpOiB0aGUgdXNlcnMgdGhlIHBlcnNvbiBzZXQgb3ZlciB0aW1lLCBhbmQgdGhlIHBhdXNlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSW50ZXJhY3RpdmVSZXN1bHQge1xuICBwb29sX3Z1czogbnVtYmVyO1xuICB3ZWlnaHRzOiBzdHJpbmc7XG4gIHVzZXJzX3RpbWVsaW5lOiB7IGF0OiBzdHJpbmc7IHVzZXJzOiBudW1iZXI7IHBhdXNlZDogYm9vbGVhbiB9W107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0cyB7XG4gIHNjaGVtYV92ZXJzaW9uOiBudW1iZXI7XG4gIHJ1bjogUnVuSW5mbztcbiAgdmVyZGljdDogJ3Bhc3NlZCcgfCAnZmFpbGVkJztcbiAgdGhyZXNob2xkczogUmVzdWx0c1RocmVzaG9sZFtdO1xuICBlbmRwb2ludHM6IEVuZHBvaW50Um93W107XG4gIC8qKiBPcGVuLW1vZGVsIHNjZW5hcmlvcycgaXRlcmF0aW9ucyBub3Qgc3RhcnRlZCBvbiB0aW1lIChrNiBkcm9wcGVkX2l0ZXJhdGlvbnMpLCB3aGljaCBubyBwZXJjZW50aWxlIGhvbGRzOyBudWxsIHdpdGhvdXQgb25lLiAqL1xuICBkcm9wcGVkOiBEcm9wcGVkIHwgbnVsbDtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIHJlc291cmNlczogU2VydmVyUmVzb3VyY2VzIHwgbnVsbDtcbiAgLyoqIEVudHJpZXMgd2hvc2UgbG9hZCBjaGFuZ2VzIChyYW1wLXVwLCBzcGlrZSwgYnJlYWtwb2ludCk6IHNlcnZlciBDUFUgYW5kIG1lbW9yeSBwZXIgc3RlcCBvZiBsb2FkLiAqL1xuICBzY2FsaW5nPzogU2NhbGluZ1Jlc3VsdDtcbiAgLyoqIEFkZGVkIGJ5IG5wbSBydW4gY29tcGFyZSAvIHBlcmYgLS1iYXNlbGluZTogdGhlIHZlcmRpY3RzIGFnYWluc3QgdGhlIGJhc2VsaW5lIHJ1bihzKS4gKi9cbiAgY29tcGFyaXNvbj86IENvbXBhcmlzb25SZXN1bHQ7XG4gIC8qKiBBZGRlZCBmb3IgYW4gaW50ZXJhY3RpdmUgcnVuIChucG0gcnVuIHVpKS4gKi9cbiAgaW50ZXJhY3RpdmU/OiBJbnRlcmFjdGl2ZVJlc3VsdDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkUmVzdWx0cyhcbiAgZGF0YTogU3VtbWFyeURhdGEsXG4gIG1ldGE6IFJ1bk1ldGEsXG4gIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+ID0ge30sXG4pOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkLCB1bml0IH0pID0+ICh7XG4gICAgbWV0cmljLFxuICAgIGV4cHJlc3Npb24sXG4gICAgb2ssXG4gICAgb2JzZXJ2ZWQsXG4gICAgdW5pdCxcbiAgfSkpO1xuICByZXR1cm4ge1xuICAgIHNjaGVtYV92ZXJzaW9uOiBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OLFxuICAgIHJ1bjogeyAuLi5tZXRhLCBkdXJhdGlvbl9tczogZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gbnVsbCB9LFxuICAgIHZlcmRpY3Q6IHRocmVzaG9sZHMuZXZlcnkoKHQpID0+IHQub2spID8gJ3Bhc3NlZCcgOiAnZmFpbGVkJyxcbiAgICB0aHJlc2hvbGRzLFxuICAgIGVuZHBvaW50czogZW5kcG9pbnRSb3dzKGRhdGEpLFxuICAgIGRyb3BwZWQ6IGRyb3BwZWRJdGVyYXRpb25zKGRhdGEsIHJlcXVlc3RzUGVySXRlcmF0aW9uKSxcbiAgICBtZXRyaWNzOiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KS5tYXAoKFtuYW1lLCBtXSkgPT4gW25hbWUsIG0udmFsdWVzID8/IHt9XSkpLFxuICAgIHJlc291cmNlczogc2VydmVyUmVzb3VyY2VzKGRhdGEpLFxuICB9O1xufVxuXG4vKiogQSB0aHJlc2hvbGQncyB1bml0OyByZXN1bHRzLmpzb24gZmlsZXMgd3JpdHRlbiBiZWZvcmUgdW5pdHMgd2VyZSByZWNvcmRlZCBnZXQgb25lIGZyb20gaXRzIG5hbWUuICovXG5leHBvcnQgZnVuY3Rpb24gdW5pdE9mKHRocmVzaG9sZDogUmVzdWx0c1RocmVzaG9sZCk6IFRocmVzaG9sZFJvd1sndW5pdCddIHtcbiAgaWYgKHRocmVzaG9sZC51bml0KSByZXR1cm4gdGhyZXNob2xkLnVuaXQ7XG4gIGlmICh0aHJlc2hvbGQuZXhwcmVzc2lvbi5zdGFydHNXaXRoKCdyYXRlJykpIHJldHVybiAncGVyY2VudCc7XG4gIHJldHVybiAvZHVyYXRpb258X21zLy50ZXN0KHRocmVzaG9sZC5tZXRyaWMpID8gJ21zJyA6ICd2YWx1ZSc7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLiBBIHJ1biB0aGF0IGVuZGVkIGluIGFuIGVycm9yIChrNidzIG93biByZWFzb24gaW5cbi8vIHJ1bi5vdXRjb21lX3JlYXNvbikgaXMgb25lIG1vcmUgdGVzdCBjYXNlLCBpbiBlcnJvci4gUHVyZTogazYncyBoYW5kbGVTdW1tYXJ5IGFuZCB0aGUgcnVubmVyJ3Ncbi8vIGZpbmlzaGluZyBzdGVwIHJlbmRlciBpdCBmcm9tIHRoZSBzYW1lIFJlc3VsdHMuXG5pbXBvcnQgeyBlc2NhcGVYbWwgfSBmcm9tICcuL2VzY2FwZS50cyc7XG5pbXBvcnQgeyB0eXBlIFJlc3VsdHMsIHR5cGUgUmVzdWx0c1RocmVzaG9sZCwgdW5pdE9mIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5mdW5jdGlvbiB0aHJlc2hvbGRDYXNlKHN1aXRlOiBzdHJpbmcsIHQ6IFJlc3VsdHNUaHJlc2hvbGQpOiBzdHJpbmcge1xuICBjb25zdCBuYW1lID0gZXNjYXBlWG1sKGAke3QubWV0cmljfSAke3QuZXhwcmVzc2lvbn1gKTtcbiAgY29uc3Qgb2JzZXJ2ZWQgPVxuICAgIHQub2JzZXJ2ZWQgPT09IG51bGwgJiYgdC5yZWFzb24gPyBgbm90IG1lYXN1cmVkOiAke3QucmVhc29ufWAgOiBgb2JzZXJ2ZWQgJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB1bml0T2YodCkpfWA7XG4gIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICBpZiAodC5vaykgcmV0dXJuIGAke29wZW59PHN5c3RlbS1vdXQ+JHtlc2NhcGVYbWwob2JzZXJ2ZWQpfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gIHJldHVybiBgJHtvcGVufVxcbiAgICAgIDxmYWlsdXJlIG1lc3NhZ2U9XCIke2VzY2FwZVhtbChgJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259IGZhaWxlZDogJHtvYnNlcnZlZH1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+JHtlc2NhcGVYbWwob2JzZXJ2ZWQpfTwvZmFpbHVyZT5cXG4gICAgPC90ZXN0Y2FzZT5gO1xufVxuXG5mdW5jdGlvbiBlcnJvckNhc2Uoc3VpdGU6IHN0cmluZywgcmVzdWx0czogUmVzdWx0cyk6IHN0cmluZyB7XG4gIGNvbnN0IHJlYXNvbiA9IGVzY2FwZVhtbChyZXN1bHRzLnJ1bi5vdXRjb21lX3JlYXNvbiA/PyAndGhlIHJ1biBlbmRlZCBpbiBhbiBlcnJvcicpO1xuICByZXR1cm4gYCAgICA8dGVzdGNhc2UgY2xhc3NuYW1lPVwiJHtzdWl0ZX1cIiBuYW1lPVwiazYgcnVuXCIgdGltZT1cIjBcIj5cXG4gICAgICA8ZXJyb3IgbWVzc2FnZT1cIiR7cmVhc29ufVwiIHR5cGU9XCJrNlwiPiR7cmVhc29ufTwvZXJyb3I+XFxuICAgIDwvdGVzdGNhc2U+YDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGp1bml0UmVwb3J0KHJlc3VsdHM6IFJlc3VsdHMpOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gcmVzdWx0cy50aHJlc2hvbGRzO1xuICBjb25zdCBmYWlsdXJlcyA9IHJvd3MuZmlsdGVyKChyKSA9PiAhci5vaykubGVuZ3RoO1xuICBjb25zdCBlcnJvcnMgPSByZXN1bHRzLnJ1bi5vdXRjb21lID09PSAnZXJyb3InID8gMSA6IDA7XG4gIGNvbnN0IHRlc3RzID0gcm93cy5sZW5ndGggKyBlcnJvcnM7XG4gIGNvbnN0IHNlY29uZHMgPSAoKHJlc3VsdHMucnVuLmR1cmF0aW9uX21zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7cmVzdWx0cy5ydW4uc2NlbmFyaW99YCk7XG4gIGNvbnN0IGNhc2VzID0gWy4uLihlcnJvcnMgPyBbZXJyb3JDYXNlKHN1aXRlLCByZXN1bHRzKV0gOiBbXSksIC4uLnJvd3MubWFwKChyKSA9PiB0aHJlc2hvbGRDYXNlKHN1aXRlLCByKSldO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7dGVzdHN9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIiR7ZXJyb3JzfVwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHt0ZXN0c31cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiJHtlcnJvcnN9XCIgc2tpcHBlZD1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgLi4uY2FzZXMsXG4gICAgJyAgPC90ZXN0c3VpdGU+JyxcbiAgICAnPC90ZXN0c3VpdGVzPicsXG4gICAgJycsXG4gIF0uam9pbignXFxuJyk7XG59XG4iLCAiLy8gTWFya2Rvd24gZm9yIGEgcHVsbC1yZXF1ZXN0IGNvbW1lbnQgb3IgJEdJVEhVQl9TVEVQX1NVTU1BUlk6IGZhaWxlZCB0aHJlc2hvbGRzIGZpcnN0LCBpbiBhXG4vLyB0YWJsZSBvZiB0aGVpciBvd247IHRoZSBwYXNzaW5nIG9uZXMgZm9sZGVkIGluIDxkZXRhaWxzPiwgc28gYSAzOC1yb3cgdGFibGUgbmV2ZXIgYnVyaWVzIGEgZmFpbHVyZS5cbi8vIFB1cmU6IGs2J3MgaGFuZGxlU3VtbWFyeSBhbmQgdGhlIHJ1bm5lcidzIGZpbmlzaGluZyBzdGVwIHJlbmRlciBpdCBmcm9tIHRoZSBzYW1lIFJlc3VsdHMuXG5pbXBvcnQgeyBlc2NhcGVNYXJrZG93bkNlbGwsIG1hcmtkb3duQ29kZSB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IHR5cGUgUmVzdWx0cywgdHlwZSBSZXN1bHRzVGhyZXNob2xkLCB1bml0T2YgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHBlcmNlbnRpbGVDYXZlYXQsIHJlc291cmNlc1RleHQgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmZ1bmN0aW9uIHRocmVzaG9sZFRhYmxlKHJvd3M6IFJlc3VsdHNUaHJlc2hvbGRbXSk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFtcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcChcbiAgICAgIChyKSA9PlxuICAgICAgICBgfCAke3Iub2sgPyAn4pyFJyA6ICfinYwnfSB8ICR7bWFya2Rvd25Db2RlKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn1gKX0gfCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHVuaXRPZihyKSl9IHxgLFxuICAgICksXG4gIF07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93blJlcG9ydChyZXN1bHRzOiBSZXN1bHRzKTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHJlc3VsdHMudGhyZXNob2xkcztcbiAgY29uc3QgZmFpbGVkID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKTtcbiAgY29uc3QgcGFzc2VkID0gcm93cy5maWx0ZXIoKHIpID0+IHIub2spO1xuICAvLyBObyB0aHJlc2hvbGRzIGF0IGFsbDogYSBydW4gazYgc3RvcHBlZCBiZWZvcmUgaXRzIHN1bW1hcnkgKHRoZSBvdXRjb21lIGFib3ZlIHNheXMgd2h5KS5cbiAgY29uc3QgdmVyZGljdCA9XG4gICAgcm93cy5sZW5ndGggPT09IDBcbiAgICAgID8gJ25vIHRocmVzaG9sZHMnXG4gICAgICA6IGZhaWxlZC5sZW5ndGggPT09IDBcbiAgICAgICAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGBcbiAgICAgICAgOiBg4p2MICR7ZmFpbGVkLmxlbmd0aH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgO1xuICBjb25zdCBsaW5lcyA9IFtgIyMgY291cnNlLXBlcmYgJHttYXJrZG93bkNvZGUocmVzdWx0cy5ydW4uc2NlbmFyaW8sIHsgaW5UYWJsZTogZmFsc2UgfSl9OiAke3ZlcmRpY3R9YCwgJyddO1xuICBpZiAoZmFpbGVkLmxlbmd0aCA+IDApIGxpbmVzLnB1c2goLi4udGhyZXNob2xkVGFibGUoZmFpbGVkKSwgJycpO1xuICBpZiAocGFzc2VkLmxlbmd0aCA+IDApIHtcbiAgICAvLyBHaXRIdWIgcmVuZGVycyBNYXJrZG93biBpbnNpZGUgPGRldGFpbHM+IG9ubHkgYWZ0ZXIgYSBibGFuayBsaW5lIGZvbGxvd2luZyA8L3N1bW1hcnk+LlxuICAgIGxpbmVzLnB1c2goXG4gICAgICAnPGRldGFpbHM+JyxcbiAgICAgIGA8c3VtbWFyeT4ke3Bhc3NlZC5sZW5ndGh9IHBhc3NlZCB0aHJlc2hvbGQke3Bhc3NlZC5sZW5ndGggPT09IDEgPyAnJyA6ICdzJ308L3N1bW1hcnk+YCxcbiAgICAgICcnLFxuICAgICAgLi4udGhyZXNob2xkVGFibGUocGFzc2VkKSxcbiAgICAgICcnLFxuICAgICAgJzwvZGV0YWlscz4nLFxuICAgICAgJycsXG4gICAgKTtcbiAgfVxuICBjb25zdCBlbmRwb2ludHMgPSByZXN1bHRzLmVuZHBvaW50cztcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnfCBlbmRwb2ludCB8IHJlcXVlc3RzIHwgcDUwIHwgcDk1IHwgcDk5IHwgbWF4IHwgZXJyb3JzIHwnLCAnfC0tLXwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwnKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBsaW5lcy5wdXNoKFxuICAgICAgICBgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGAsXG4gICAgICApO1xuICAgIH1cbiAgICBsaW5lcy5wdXNoKCcnKTtcbiAgfVxuICBjb25zdCBkcm9wcGVkID0gcmVzdWx0cy5kcm9wcGVkID8/IG51bGw7XG4gIGNvbnN0IGNhdmVhdCA9IHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZCk7XG4gIGlmIChjYXZlYXQpIGxpbmVzLnB1c2goYCR7ZHJvcHBlZCEuaXRlcmF0aW9ucyA+IDAgPyAn4pqg77iPICcgOiAnJ30ke2VzY2FwZU1hcmtkb3duQ2VsbChjYXZlYXQpfWAsICcnKTtcbiAgaWYgKGRyb3BwZWQgJiYgZHJvcHBlZC5zY2VuYXJpb3MubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJ3wgc2NlbmFyaW8gKG9wZW4gbW9kZWwpIHwgaXRlcmF0aW9ucyBub3Qgc2VudCBvbiB0aW1lIHwgcmVxdWVzdHMgfCBhbGxvd2VkIHwnLCAnfC0tLXwtLS06fC0tLTp8LS0tOnwnKTtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiBkcm9wcGVkLnNjZW5hcmlvcykge1xuICAgICAgbGluZXMucHVzaChcbiAgICAgICAgYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwocm93LnNjZW5hcmlvKX0gfCAke2Zvcm1hdFZhbHVlKHJvdy5pdGVyYXRpb25zLCAnY291bnQnKX0gfCAke3Jvdy5yZXF1ZXN0cyA9PT0gbnVsbCA/ICduL2EnIDogZm9ybWF0VmFsdWUocm93LnJlcXVlc3RzLCAnY291bnQnKX0gfCAke3Jvdy5hbGxvd2VkID09PSBudWxsID8gJ25vdCBnYXRlZCcgOiBmb3JtYXRWYWx1ZShyb3cuYWxsb3dlZCwgJ2NvdW50Jyl9IHxgLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGluZXMucHVzaCgnJyk7XG4gIH1cbiAgbGluZXMucHVzaChlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzVGV4dChyZXN1bHRzLnJlc291cmNlcykpLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7XG4gIGRyb3BwZWRJdGVyYXRpb25zLFxuICBkcm9wcGVkVGV4dCxcbiAgZW5kcG9pbnRSb3dzLFxuICBmb3JtYXRWYWx1ZSxcbiAgbWV0cmljVmFsdWUsXG4gIHBlcmNlbnRpbGVDYXZlYXQsXG4gIHJlc291cmNlc0xpbmUsXG4gIHR5cGUgU3VtbWFyeURhdGEsXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuLy8gazYncyBvd24gbWV0cmljcyAoc2hvd24gYWJvdmUgb3Igbm90IHdvcnRoIGEgbGluZSkgYW5kIHRoZSBzaWRlY2FyJ3MgKHRoZSByZXNvdXJjZXMgbGluZSk6XG4vLyB3aGF0ZXZlciBlbHNlIGEgcnVuIHJlcG9ydHMgaXMgb25lIG9mIHRoZSBzdWl0ZSdzIGN1c3RvbSBtZXRyaWNzLlxuY29uc3QgQlVJTFRfSU4gPSBuZXcgU2V0KFtcbiAgJ2h0dHBfcmVxcycsXG4gICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICdodHRwX3JlcV9ibG9ja2VkJyxcbiAgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLFxuICAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJyxcbiAgJ2h0dHBfcmVxX3NlbmRpbmcnLFxuICAnaHR0cF9yZXFfd2FpdGluZycsXG4gICdodHRwX3JlcV9yZWNlaXZpbmcnLFxuICAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgJ2l0ZXJhdGlvbnMnLFxuICAnaXRlcmF0aW9uX2R1cmF0aW9uJyxcbiAgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsXG4gICd2dXMnLFxuICAndnVzX21heCcsXG4gICdkYXRhX3NlbnQnLFxuICAnZGF0YV9yZWNlaXZlZCcsXG4gICdjaGVja3MnLFxuICAnZ3JvdXBfZHVyYXRpb24nLFxuXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+XG4gICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KFxuICBkYXRhOiBTdW1tYXJ5RGF0YSxcbiAgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbjsgcmVxdWVzdHNQZXJJdGVyYXRpb24/OiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+IH0sXG4pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goXG4gICAgYy5ib2xkKFxuICAgICAgYGNvdXJzZS1wZXJmICR7b3B0aW9ucy5zY2VuYXJpb306ICR7dGhyZXNob2xkcy5sZW5ndGggPT09IDAgPyAnbm8gdGhyZXNob2xkcycgOiBmYWlsZWQgPT09IDAgPyBjLmdyZWVuKGBhbGwgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgKSA6IGMucmVkKGAke2ZhaWxlZH0gb2YgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgKX1gLFxuICAgICksXG4gICk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyZXNob2xkcycpKTtcbiAgZm9yIChjb25zdCB0IG9mIHRocmVzaG9sZHMpIHtcbiAgICBjb25zdCBtYXJrID0gdC5vayA/IGMuZ3JlZW4oJ+KckycpIDogYy5yZWQoJ+KclycpO1xuICAgIGxpbmVzLnB1c2goYCAgJHttYXJrfSAke3QubWV0cmljfSAke3QuZXhwcmVzc2lvbn0gICR7Yy5kaW0oJ29ic2VydmVkJyl9ICR7Zm9ybWF0VmFsdWUodC5vYnNlcnZlZCwgdC51bml0KX1gKTtcbiAgfVxuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IHdpZHRoID0gTWF0aC5tYXgoMTYsIC4uLmVuZHBvaW50cy5tYXAoKGUpID0+IGUuZW5kcG9pbnQubGVuZ3RoKSk7XG4gICAgbGluZXMucHVzaChcbiAgICAgICcnLFxuICAgICAgYy5ib2xkKFxuICAgICAgICBgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWAsXG4gICAgICApLFxuICAgICk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGAgICR7ZS5lbmRwb2ludC5wYWRFbmQod2lkdGgpfSAke1N0cmluZyhlLnJlcXVlc3RzKS5wYWRTdGFydCg4KX0gJHtjZWxsKGUucDUwKX0gJHtjZWxsKGUucDk1KX0gJHtjZWxsKGUucDk5KX0gJHtjZWxsKGUubWF4KX0gJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKS5wYWRTdGFydCg4KX1gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgY29uc3QgZHJvcHBlZCA9IGRyb3BwZWRJdGVyYXRpb25zKGRhdGEsIG9wdGlvbnMucmVxdWVzdHNQZXJJdGVyYXRpb24pO1xuICBjb25zdCBjYXZlYXQgPSBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQpO1xuICBpZiAoY2F2ZWF0KSBsaW5lcy5wdXNoKGAgICR7ZHJvcHBlZCEuaXRlcmF0aW9ucyA+IDAgPyBjLnJlZChjYXZlYXQpIDogY2F2ZWF0fWApO1xuICBpZiAoZHJvcHBlZCAmJiBkcm9wcGVkLnNjZW5hcmlvcy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdyZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lIChvcGVuIG1vZGVsOiBrNiBkcm9wcGVkX2l0ZXJhdGlvbnMgcGVyIHNjZW5hcmlvKScpKTtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5kcm9wcGVkLnNjZW5hcmlvcy5tYXAoKHJvdykgPT4gcm93LnNjZW5hcmlvLmxlbmd0aCkpO1xuICAgIGZvciAoY29uc3Qgcm93IG9mIGRyb3BwZWQuc2NlbmFyaW9zKSBsaW5lcy5wdXNoKGAgICR7cm93LnNjZW5hcmlvLnBhZEVuZCh3aWR0aCl9ICR7ZHJvcHBlZFRleHQocm93KX1gKTtcbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goXG4gICAgYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgLFxuICApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKFxuICAgIGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgLFxuICApO1xuICBjb25zdCBjdXN0b20gPSBPYmplY3Qua2V5cyhkYXRhLm1ldHJpY3MgPz8ge30pXG4gICAgLmZpbHRlcihpc0N1c3RvbSlcbiAgICAuc29ydCgpO1xuICBpZiAoY3VzdG9tLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ2N1c3RvbSBtZXRyaWNzJykpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBjdXN0b20pIHtcbiAgICAgIGNvbnN0IG0gPSBkYXRhLm1ldHJpY3NbbmFtZV0hO1xuICAgICAgY29uc3QgdiA9IG0udmFsdWVzO1xuICAgICAgY29uc3QgdW5pdCA9IG0uY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xuICAgICAgY29uc3QgdGV4dCA9XG4gICAgICAgIG0udHlwZSA9PT0gJ3RyZW5kJ1xuICAgICAgICAgID8gYGF2ZyAke2Zvcm1hdFZhbHVlKHYuYXZnLCB1bml0KX0sIHA5NSAke2Zvcm1hdFZhbHVlKHZbJ3AoOTUpJ10sIHVuaXQpfSwgbWF4ICR7Zm9ybWF0VmFsdWUodi5tYXgsIHVuaXQpfWBcbiAgICAgICAgICA6IG0udHlwZSA9PT0gJ3JhdGUnXG4gICAgICAgICAgICA/IGZvcm1hdFZhbHVlKHYucmF0ZSwgJ3BlcmNlbnQnKVxuICAgICAgICAgICAgOiBmb3JtYXRWYWx1ZSh2LmNvdW50ID8/IHYudmFsdWUsICdjb3VudCcpO1xuICAgICAgbGluZXMucHVzaChgICAke25hbWUucGFkRW5kKE1hdGgubWF4KDMwLCAuLi5jdXN0b20ubWFwKChuKSA9PiBuLmxlbmd0aCkpKX0gJHt0ZXh0fWApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBgICAke3Jlc291cmNlc0xpbmUoZGF0YSl9YCwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iLCAiLy8gVGhlIGs2IGhhbmRsZVN1bW1hcnkgZXZlcnkgZW50cnkgZXhwb3J0czogdGhlIGNvbmNpc2UgdGV4dCBvbiBzdGRvdXQgYW5kLCB3aGVuIFJFUE9SVFNfRElSIGlzXG4vLyBzZXQgKHRoZSBydW5uZXIgY3JlYXRlcyB0aGF0IGZvbGRlciksIHN1bW1hcnkuanNvbiwgcmVzdWx0cy5qc29uLCBqdW5pdC54bWwgYW5kIHN1bW1hcnkubWQgaW4gaXQuXG5pbXBvcnQgeyBqdW5pdFJlcG9ydCB9IGZyb20gJy4vanVuaXQudHMnO1xuaW1wb3J0IHsgbWFya2Rvd25SZXBvcnQgfSBmcm9tICcuL21hcmtkb3duLnRzJztcbmltcG9ydCB7IGJ1aWxkUmVzdWx0cyB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgdHlwZSB7IFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuaW1wb3J0IHsgdGV4dFN1bW1hcnkgfSBmcm9tICcuL3RleHQudHMnO1xuXG5jb25zdCBvck51bGwgPSAodmFsdWU6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4gKHZhbHVlID8gdmFsdWUgOiBudWxsKTtcblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5TWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU/OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0cyBvbmUgaXRlcmF0aW9uIG9mIGVhY2ggb3Blbi1tb2RlbCBzY2VuYXJpbyBzZW5kcywgc28gZHJvcHBlZCBpdGVyYXRpb25zIGNhbiBiZSB0b2xkIGFzIHJlcXVlc3RzLiAqL1xuICByZXF1ZXN0c1Blckl0ZXJhdGlvbj86IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiBTdW1tYXJ5TWV0YSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgICAgIHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwge1xuICAgICAgICBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbyxcbiAgICAgICAgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlLFxuICAgICAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogbWV0YS5yZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgICAgIH0pLFxuICAgIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhcbiAgICAgICAgZGF0YSxcbiAgICAgICAge1xuICAgICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgICAgdGFyZ2V0OiBvck51bGwoX19FTlYuUlVOX1RBUkdFVCkgPz8gb3JOdWxsKF9fRU5WLkJBU0VfVVJMKSxcbiAgICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgICAgc3RhcnRlZF9hdDogb3JOdWxsKF9fRU5WLlJVTl9TVEFSVEVEX0FUKSxcbiAgICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgICB9LFxuICAgICAgICBtZXRhLnJlcXVlc3RzUGVySXRlcmF0aW9uLFxuICAgICAgKTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KHJlc3VsdHMpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQocmVzdWx0cyk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gRWFjaCBWVSBpcyBpdHMgb3duIHVzZXI6IGl0IGxvZ3MgaW4gYXMgaXRzIGFjY291bnQgb2YgYSBjbGFzcyBvbiBmaXJzdCB1c2UgKHRpbWVkIHVuZGVyIGxvYWQgYXNcbi8vIGVuZHBvaW50OmxvZ2luLCBzbyBhIGxvZ2luIHN0b3JtIGF0IHJhbXAtdXAgaXMgbWVhc3VyZWQpLCBrZWVwcyB0aGUgdG9rZW4sIGFuZCBsb2dzIGluIGFnYWluXG4vLyB3aGVuIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDEgb3IgdGhlIHRva2VuIGlzIGFib3V0IHRvIGV4cGlyZSAoY291bnRlZCBpbiBgcmVsb2dpbnNgKS5cbi8vIENoZWNrZWQgb25jZSBwZXIgd29ya2Zsb3cgc3RlcCwgbmV2ZXIgcGVyIHJlcXVlc3QuXG5pbXBvcnQgeyBDb3VudGVyIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBhY2NvdW50T2ZWdSwgcG9vbCB9IGZyb20gJy4vcG9vbC50cyc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgeyB0eXBlIFJ1bkRhdGEsIHNlY3JldFBhc3N3b3JkcyB9IGZyb20gJy4vc2V0dXAudHMnO1xuXG4vKiogTG9naW5zIGFmdGVyIGEgVlUncyBmaXJzdDogaXRzIHRva2VuIGV4cGlyZWQgb3IgdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMS4gKi9cbmV4cG9ydCBjb25zdCByZWxvZ2lucyA9IG5ldyBDb3VudGVyKCdyZWxvZ2lucycpO1xuXG5pbnRlcmZhY2UgU2Vzc2lvbiB7XG4gIGNsaWVudDogQXBpQ2xpZW50O1xuICAvKiogV2hlbiB0byBsb2cgaW4gYWdhaW4gYmVmb3JlIHRoZSB0b2tlbiBleHBpcmVzLCBtcyBzaW5jZSB0aGUgZXBvY2guICovXG4gIHJlbmV3QXQ6IG51bWJlcjtcbiAgLyoqIFRoZSBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMsIHJlYWQgb24gZmlyc3QgbmVlZC4gKi9cbiAgY291cnNlczogSWRbXSB8IHVuZGVmaW5lZDtcbn1cblxuY29uc3Qgc2Vzc2lvbnM6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIFNlc3Npb24+PiA9IHt9O1xuLyoqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMsIHJlYWQgb25jZSBwZXIgVlUgKGs2IHJlYWRzIHNlY3JldHMgYXN5bmNocm9ub3VzbHkgb25seSkuICovXG5sZXQgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+PiB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSBjbGFzcyBwYXNzd29yZCBhIFZVIGxvZ3MgaW4gd2l0aDogdGhlIHNlY3JldCBzb3VyY2UncywgZWxzZSB0aGUgZW52aXJvbm1lbnQncy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldD8uW3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZDtcbn1cblxuLyoqXG4gKiBXcmFwcyBhIFZVJ3MgaXRlcmF0aW9uIHNvIGl0cyBmaXJzdCBvbmUgcmVhZHMgdGhlIHNlY3JldCBzb3VyY2VzIGJlZm9yZSBsb2dnaW5nIGluICh0aGUgb25seVxuICogYXN5bmNocm9ub3VzIHN0ZXA7IGxhdGVyIGl0ZXJhdGlvbnMgcnVuIGFzIHRoZXkgYXJlKS4gUGFzc3dvcmRzIG5ldmVyIHRyYXZlbCBpbiBzZXR1cCdzIGRhdGEuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRoU2VjcmV0czxBIGV4dGVuZHMgdW5rbm93bltdPihcbiAgaXRlcmF0aW9uOiAoLi4uYXJnczogQSkgPT4gdm9pZCxcbik6ICguLi5hcmdzOiBBKSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiAoLi4uYXJncykgPT4ge1xuICAgIGlmIChzZWNyZXQpIHJldHVybiBpdGVyYXRpb24oLi4uYXJncyk7XG4gICAgcmV0dXJuIHNlY3JldFBhc3N3b3JkcygpLnRoZW4oKGZvdW5kKSA9PiB7XG4gICAgICBzZWNyZXQgPSBmb3VuZDtcbiAgICAgIGl0ZXJhdGlvbiguLi5hcmdzKTtcbiAgICB9KTtcbiAgfTtcbn1cbmxldCBhbm9ueW1vdXM6IEFwaUNsaWVudCB8IHVuZGVmaW5lZDtcblxuLyoqIFJlbmV3IHRoaXMgbG9uZyBiZWZvcmUgZXhwaXJ5OiBhIHRlbnRoIG9mIHRoZSB0b2tlbidzIGxpZmUsIGF0IG1vc3QgMzAgcy4gKi9cbmNvbnN0IHJlbmV3TWFyZ2luUyA9ICh0dGxTOiBudW1iZXIpID0+IE1hdGgubWluKDMwLCB0dGxTIC8gMTApO1xuXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBhY2NvdW50ID0gYWNjb3VudE9mVnUocG9vbCwgcm9sZSwgY2xhc3NQYXNzd29yZChjb25maWcsIHJvbGUpKTtcbiAgaWYgKCFhY2NvdW50KSByZXR1cm4gdW5kZWZpbmVkO1xuICBhbm9ueW1vdXMgPz89IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IGFuc3dlciA9IGFub255bW91cy5sb2dpbihhY2NvdW50LmVtYWlsLCBhY2NvdW50LnBhc3N3b3JkKS5ib2R5O1xuICBpZiAoIWFuc3dlcikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdHRsUyA9IHR5cGVvZiBhbnN3ZXIuZXhwaXJlc19pbiA9PT0gJ251bWJlcicgJiYgYW5zd2VyLmV4cGlyZXNfaW4gPiAwID8gYW5zd2VyLmV4cGlyZXNfaW4gOiAzNjAwO1xuICByZXR1cm4ge1xuICAgIGNsaWVudDogbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBhbnN3ZXIuYWNjZXNzX3Rva2VuKSxcbiAgICByZW5ld0F0OiBEYXRlLm5vdygpICsgKHR0bFMgLSByZW5ld01hcmdpblModHRsUykpICogMTAwMCxcbiAgICBjb3Vyc2VzOiB1bmRlZmluZWQsXG4gIH07XG59XG5cbmZ1bmN0aW9uIHNlc3Npb24oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBTZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgY3VycmVudCA9IHNlc3Npb25zW3JvbGVdO1xuICBpZiAoY3VycmVudCAmJiAhY3VycmVudC5jbGllbnQudW5hdXRob3JpemVkICYmIERhdGUubm93KCkgPCBjdXJyZW50LnJlbmV3QXQpIHJldHVybiBjdXJyZW50O1xuICBpZiAoY3VycmVudCkgcmVsb2dpbnMuYWRkKDEsIHsgcm9sZSB9KTtcbiAgY29uc3QgbmV4dCA9IGxvZ2luKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIC8vIEEgZmFpbGVkIGxvZ2luIGxlYXZlcyBubyBzZXNzaW9uOiB0aGUgc3RlcCBmYWlscywgYW5kIHRoZSBuZXh0IG9uZSB0cmllcyBhZ2Fpbi5cbiAgaWYgKG5leHQgJiYgY3VycmVudCkgbmV4dC5jb3Vyc2VzID0gY3VycmVudC5jb3Vyc2VzO1xuICBzZXNzaW9uc1tyb2xlXSA9IG5leHQ7XG4gIHJldHVybiBuZXh0O1xufVxuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzcywgbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudDsgdW5kZWZpbmVkIHdoZW4gdGhlIGxvZ2luIGZhaWxlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1c2VyQ2xpZW50KGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHNlc3Npb24oY29uZmlnLCBkYXRhLCByb2xlKT8uY2xpZW50O1xufVxuXG4vKiogSWRzIG9mIHRoaXMgVlUncyBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMgKGEgbGlzdCByZXF1ZXN0IG9uIGZpcnN0IG5lZWQpLCBmb3IgcmVhZHMuICovXG5leHBvcnQgZnVuY3Rpb24gb3duQ291cnNlcyhjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IElkW10ge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpO1xuICBpZiAoIWN1cnJlbnQpIHJldHVybiBbXTtcbiAgaWYgKCFjdXJyZW50LmNvdXJzZXMpIHtcbiAgICBjb25zdCBsaXN0ID0gY3VycmVudC5jbGllbnQubGlzdENvdXJzZXMoeyBxOiBEQVRBU0VUX1RJVExFLCBsaW1pdDogMTAwIH0pLmJvZHk7XG4gICAgaWYgKCFsaXN0KSByZXR1cm4gW107XG4gICAgY3VycmVudC5jb3Vyc2VzID0gbGlzdC5pdGVtcy5tYXAoKGNvdXJzZSkgPT4gY291cnNlLmlkKTtcbiAgfVxuICByZXR1cm4gY3VycmVudC5jb3Vyc2VzO1xufVxuIiwgIi8vIFRoZSBgYXBpYCBlbnRyeSdzIHRyYWZmaWM6IHRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBpbiBncm91cHMsIGVhY2ggZ3JvdXAgb25lIG9wZW4tbW9kZWxcbi8vIHNjZW5hcmlvIHdob3NlIGl0ZXJhdGlvbiBjYWxscyB0aGUgbmV4dCBlbmRwb2ludCBvZiBpdHMgZ3JvdXAuIEVuZHBvaW50cyBvZiBhIGdyb3VwIHNoYXJlIGFcbi8vIHJhdGU7IGVhY2ggaXMgc3RpbGwgdGFnZ2VkIGFuZCBnYXRlZCBvbiBpdHMgb3duIChlbmRwb2ludDo8bmFtZT4pLlxuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgRXhwb3J0Rm9ybWF0LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4uL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IGFjY291bnRPZlZ1LCBwb29sIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC50cyc7XG5pbXBvcnQgeyBjbGFzc1Bhc3N3b3JkIH0gZnJvbSAnLi4vdXNlcnMvc2Vzc2lvbi50cyc7XG5pbXBvcnQgeyBwcmVwYXJlUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRHcm91cERhdGEgZXh0ZW5kcyBSdW5EYXRhIHtcbiAgLyoqIEEgZ2VuZXJhdGlvbiBqb2IgZXZlcnkgYHN0YXR1c2AgaXRlcmF0aW9uIHBvbGxzLiAqL1xuICBqb2JJZDogSWQ7XG59XG5cbnR5cGUgU3RlcCA9IChcbiAgYXBpOiB7IHVzZXI6IEFwaUNsaWVudDsgYWRtaW46IEFwaUNsaWVudCB9LFxuICBkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSxcbiAgdGl0bGU6IChraW5kOiBzdHJpbmcpID0+IHN0cmluZyxcbiAgY29uZmlnOiBDb25maWcsXG4pID0+IHZvaWQ7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRHcm91cCB7XG4gIC8qKiBUaGUgZXhwb3J0ZWQgZnVuY3Rpb24gb2YgdGhlIGVudHJ5IHRoYXQgcnVucyBvbmUgaXRlcmF0aW9uIChrNiBgZXhlY2ApLiAqL1xuICBleGVjOiBzdHJpbmc7XG4gIGVuZHBvaW50czogRW5kcG9pbnRbXTtcbiAgLyoqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZCBvZiB0aGlzIGdyb3VwIGZvciBhIGJhc2UgcmF0ZSAoQVBJX1JBVEUpLiAqL1xuICByYXRlOiAoYmFzZTogbnVtYmVyKSA9PiBudW1iZXI7XG4gIC8qKiBSZXF1ZXN0cyBvbmUgaXRlcmF0aW9uIHNlbmRzLCBvbmUgYWZ0ZXIgYW5vdGhlciAodGhlIGxvbmdlc3Qgc3RlcCk6IGl0cyBWVXMgYXJlIHNpemVkIGJ5IGl0LiAqL1xuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogbnVtYmVyO1xuICAvKiogQ2FsbGVkIGluIHR1cm4sIG9uZSBwZXIgaXRlcmF0aW9uLiAqL1xuICBzdGVwczogU3RlcFtdO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuY29uc3Qgc2VlZGVkID0gKGRhdGE6IFJ1bkRhdGEpOiBJZCA9PiBkYXRhLnNlZWRlZENvdXJzZUlkc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBkYXRhLnNlZWRlZENvdXJzZUlkcy5sZW5ndGgpXSE7XG5cbi8qKiBTY2VuYXJpbyBuYW1lIC0+IGdyb3VwLiBIZWFsdGggaXMgcHJvYmVkIHR3aWNlIGFzIG9mdGVuIChpdCBpcyB3aGF0IG1vbml0b3JzIGhpdCk7IGdlbmVyYXRpb24gYW5kIGV4cG9ydCBjb3N0IG1vcmUsIHNvIGxlc3Mgb2Z0ZW4uICovXG5leHBvcnQgY29uc3QgRU5EUE9JTlRfR1JPVVBTID0ge1xuICBoZWFsdGg6IHtcbiAgICBleGVjOiAnaGVhbHRoJyxcbiAgICBlbmRwb2ludHM6IFsnaGVhbHRoJ10sXG4gICAgcmF0ZTogKHIpID0+IHIgKiAyLFxuICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiAxLFxuICAgIHN0ZXBzOiBbKHsgdXNlciB9KSA9PiB1c2VyLmhlYWx0aCgpXSxcbiAgfSxcbiAgLy8gTG9nZ2luZyBpbiBhcyB0aGUgVlUncyBvd24gcmVndWxhciBhY2NvdW50ICh0aGUgdG9rZW4gaXMgbm90IHVzZWQ6IHRoZSBvdGhlciBncm91cHMga2VlcCBzZXR1cCdzKS5cbiAgbG9naW46IHtcbiAgICBleGVjOiAnbG9naW4nLFxuICAgIGVuZHBvaW50czogWydsb2dpbiddLFxuICAgIHJhdGU6IChyKSA9PiBNYXRoLm1heCgwLjIsIHIgLyA1KSxcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMSxcbiAgICBzdGVwczogW1xuICAgICAgKHsgdXNlciB9LCBfZGF0YSwgX3RpdGxlLCBjb25maWcpID0+IHtcbiAgICAgICAgY29uc3QgYWNjb3VudCA9IGFjY291bnRPZlZ1KHBvb2wsICdyZWd1bGFyJywgY2xhc3NQYXNzd29yZChjb25maWcsICdyZWd1bGFyJykpO1xuICAgICAgICBpZiAoYWNjb3VudCkgdXNlci5sb2dpbihhY2NvdW50LmVtYWlsLCBhY2NvdW50LnBhc3N3b3JkKTtcbiAgICAgIH0sXG4gICAgXSxcbiAgfSxcbiAgcmVhZHM6IHtcbiAgICBleGVjOiAncmVhZHMnLFxuICAgIGVuZHBvaW50czogWydjb3Vyc2VzX2xpc3QnLCAnY291cnNlX2dldCcsICdjaGFwdGVyX2dldCddLFxuICAgIHJhdGU6IChyKSA9PiByLFxuICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiAxLFxuICAgIHN0ZXBzOiBbXG4gICAgICAoeyB1c2VyIH0pID0+IHVzZXIubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSksXG4gICAgICAoeyB1c2VyIH0sIGRhdGEpID0+IHVzZXIuZ2V0Q291cnNlKHNlZWRlZChkYXRhKSksXG4gICAgICAoeyB1c2VyIH0sIGRhdGEpID0+IHVzZXIuZ2V0Q2hhcHRlcihzZWVkZWQoZGF0YSksIDEpLFxuICAgIF0sXG4gIH0sXG4gIHN0YXR1czoge1xuICAgIGV4ZWM6ICdzdGF0dXMnLFxuICAgIGVuZHBvaW50czogWydqb2JfZ2V0J10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IDEsXG4gICAgc3RlcHM6IFsoeyB1c2VyIH0sIGRhdGEpID0+IHVzZXIuZ2V0Sm9iKGRhdGEuam9iSWQpXSxcbiAgfSxcbiAgd3JpdGVzOiB7XG4gICAgZXhlYzogJ3dyaXRlcycsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZV9jcmVhdGUnLCAnY291cnNlX3VwZGF0ZScsICdjb3Vyc2VfZGVsZXRlJ10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IDMsXG4gICAgLy8gT25lIGl0ZXJhdGlvbiBjcmVhdGVzLCB1cGRhdGVzIGFuZCBkZWxldGVzLCBzbyB0aGUgdGhyZWUgd3JpdGUgZW5kcG9pbnRzIGdldCB0aGUgc2FtZSByYXRlIGFuZCBub3RoaW5nIGlzIGxlZnQgYmVoaW5kLlxuICAgIHN0ZXBzOiBbXG4gICAgICAoeyB1c2VyIH0sIF9kYXRhLCB0aXRsZSkgPT4ge1xuICAgICAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgICAgIHRpdGxlOiB0aXRsZSgnYXBpLXdyaXRlJyksXG4gICAgICAgICAgdG9waWM6ICd3cml0ZXMnLFxuICAgICAgICAgIGxldmVsOiAnaW50ZXJtZWRpYXRlJyxcbiAgICAgICAgICBjaGFwdGVyX2NvdW50OiAxLFxuICAgICAgICB9KTtcbiAgICAgICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybjtcbiAgICAgICAgdXNlci51cGRhdGVDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkLCB7IGxldmVsOiAnYWR2YW5jZWQnIH0pO1xuICAgICAgICB1c2VyLmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICBnZW5lcmF0ZToge1xuICAgIGV4ZWM6ICdnZW5lcmF0ZScsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZV9nZW5lcmF0ZSddLFxuICAgIHJhdGU6IChyKSA9PiBNYXRoLm1heCgwLjIsIHIgLyA1KSxcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMiwgLy8gY3JlYXRlcyB0aGUgY291cnNlIGl0IGdlbmVyYXRlc1xuICAgIHN0ZXBzOiBbXG4gICAgICAoeyB1c2VyIH0sIF9kYXRhLCB0aXRsZSkgPT4ge1xuICAgICAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgICAgIHRpdGxlOiB0aXRsZSgnYXBpLWdlbicpLFxuICAgICAgICAgIHRvcGljOiAnZ2VuZXJhdGlvbicsXG4gICAgICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICAgICAgY2hhcHRlcl9jb3VudDogMSxcbiAgICAgICAgfSk7XG4gICAgICAgIGlmIChjcmVhdGVkLmJvZHkpIHVzZXIuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICAgIH0sXG4gICAgXSxcbiAgfSxcbiAgZXhwb3J0OiB7XG4gICAgZXhlYzogJ2V4cG9ydENvdXJzZScsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZV9leHBvcnQnXSxcbiAgICByYXRlOiAocikgPT4gTWF0aC5tYXgoMC4yLCByIC8gMiksXG4gICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IDEsXG4gICAgc3RlcHM6IEVYUE9SVF9GT1JNQVRTLm1hcChcbiAgICAgIChmb3JtYXQpOiBTdGVwID0+XG4gICAgICAgICh7IHVzZXIgfSwgZGF0YSkgPT5cbiAgICAgICAgICB1c2VyLmV4cG9ydENvdXJzZShzZWVkZWQoZGF0YSksIGZvcm1hdCksXG4gICAgKSxcbiAgfSxcbiAgYWRtaW46IHtcbiAgICBleGVjOiAnYWRtaW4nLFxuICAgIGVuZHBvaW50czogWydhZG1pbl9zdGF0cycsICdhZG1pbl9qb2JzJywgJ2FkbWluX3VzZXJzJ10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IDEsXG4gICAgc3RlcHM6IFsoeyBhZG1pbiB9KSA9PiBhZG1pbi5hZG1pblN0YXRzKCksICh7IGFkbWluIH0pID0+IGFkbWluLmFkbWluSm9icygyMCksICh7IGFkbWluIH0pID0+IGFkbWluLmFkbWluVXNlcnMoKV0sXG4gIH0sXG59IHNhdGlzZmllcyBSZWNvcmQ8c3RyaW5nLCBFbmRwb2ludEdyb3VwPjtcblxuLyoqIFJlcXVlc3RzIHBlciBpdGVyYXRpb24gb2YgZWFjaCBncm91cCdzIHNjZW5hcmlvLCBmb3IgdGhlIHJlcG9ydHMnIFwicmVxdWVzdHMgbm90IHNlbnQgb24gdGltZVwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVlc3RzUGVySXRlcmF0aW9uKCk6IFJlY29yZDxzdHJpbmcsIG51bWJlcj4ge1xuICByZXR1cm4gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKEVORFBPSU5UX0dST1VQUykubWFwKChbbmFtZSwgZ3JvdXBdKSA9PiBbbmFtZSwgZ3JvdXAucmVxdWVzdHNQZXJJdGVyYXRpb25dKSk7XG59XG5cbi8qKiBFdmVyeSBlbmRwb2ludCB0aGUgZ3JvdXBzIGV4ZXJjaXNlLCBlYWNoIHRvIGJlIGdhdGVkIG9uIGl0cyBvd24uICovXG5leHBvcnQgZnVuY3Rpb24gZ3JvdXBlZEVuZHBvaW50cygpOiBFbmRwb2ludFtdIHtcbiAgcmV0dXJuIE9iamVjdC52YWx1ZXMoRU5EUE9JTlRfR1JPVVBTKS5mbGF0TWFwKChncm91cCkgPT4gZ3JvdXAuZW5kcG9pbnRzKTtcbn1cblxuLyoqIFRoZSBzaGFyZWQgc2V0dXAgcGx1cyBvbmUgZ2VuZXJhdGlvbiBqb2IgZm9yIGBzdGF0dXNgIHRvIHBvbGwuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHJlcGFyZUVuZHBvaW50R3JvdXBzKGNvbmZpZzogQ29uZmlnKTogUHJvbWlzZTxFbmRwb2ludEdyb3VwRGF0YT4ge1xuICBjb25zdCBkYXRhID0gYXdhaXQgcHJlcGFyZVJ1bihjb25maWcsIHsgc2VlZDogdHJ1ZSB9KTtcbiAgY29uc3QgY2xpZW50ID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBkYXRhLnRva2Vucy5yZWd1bGFyKTtcbiAgY29uc3QgY291cnNlID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgdGl0bGU6IGBwZXJmLWFwaSAke2RhdGEucnVuSWR9YCxcbiAgICB0b3BpYzogJ2FwaSBidWRnZXRzJyxcbiAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICBjaGFwdGVyX2NvdW50OiAxLFxuICB9KTtcbiAgaWYgKCFjb3Vyc2UuYm9keSlcbiAgICB0aHJvdyBuZXcgRXJyb3IoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgdGhlIGNvdXJzZSB3aG9zZSBqb2IgdGhlIHN0YXR1cyBncm91cCBwb2xscyAoc3RhdHVzICR7Y291cnNlLnN0YXR1c30pYCk7XG4gIGNvbnN0IGpvYiA9IGNsaWVudC5nZW5lcmF0ZShjb3Vyc2UuYm9keS5pZCk7XG4gIGlmICgham9iLmJvZHkpXG4gICAgdGhyb3cgbmV3IEVycm9yKGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgdGhlIGdlbmVyYXRpb24gam9iIHRoZSBzdGF0dXMgZ3JvdXAgcG9sbHMgKHN0YXR1cyAke2pvYi5zdGF0dXN9KWApO1xuICByZXR1cm4geyAuLi5kYXRhLCBqb2JJZDogam9iLmJvZHkuam9iX2lkIH07XG59XG5cbmxldCBjbGllbnRzOiB7IHVzZXI6IEFwaUNsaWVudDsgYWRtaW46IEFwaUNsaWVudCB9IHwgdW5kZWZpbmVkO1xubGV0IHR1cm4gPSAwO1xuXG4vKiogT25lIGl0ZXJhdGlvbiBvZiBhIGdyb3VwOiB0aGUgbmV4dCBvZiBpdHMgc3RlcHMsIHdpdGggcGVyLVZVIGNsaWVudHMgbWFkZSBvbiBmaXJzdCB1c2UuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuR3JvdXBTdGVwKGNvbmZpZzogQ29uZmlnLCBncm91cDogRW5kcG9pbnRHcm91cCwgZGF0YTogRW5kcG9pbnRHcm91cERhdGEpOiB2b2lkIHtcbiAgY2xpZW50cyA/Pz0ge1xuICAgIHVzZXI6IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMucmVndWxhciksXG4gICAgYWRtaW46IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMuYWRtaW4pLFxuICB9O1xuICBjb25zdCBzdGVwID0gZ3JvdXAuc3RlcHNbdHVybisrICUgZ3JvdXAuc3RlcHMubGVuZ3RoXSE7XG4gIC8vIFZVIGlkIGFuZCBpdGVyYXRpb24gbWFrZSB0aXRsZXMgdW5pcXVlIGFjcm9zcyB0aGUgcnVuJ3MgVlVzLlxuICBzdGVwKFxuICAgIGNsaWVudHMsXG4gICAgZGF0YSxcbiAgICAoa2luZCkgPT4gYHBlcmYtJHtraW5kfSAke2RhdGEucnVuSWR9IHZ1JHtleGVjLnZ1LmlkSW5UZXN0fSBpdCR7ZXhlYy52dS5pdGVyYXRpb25JblNjZW5hcmlvfWAsXG4gICAgY29uZmlnLFxuICApO1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgaXNBcnJpdmFsUmF0ZSwgc2NoZWR1bGVkSXRlcmF0aW9ucyB9IGZyb20gJy4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xpYi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgdHlwZSB7IEdhdGUgfSBmcm9tICcuL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgVGFyZ2V0cyB9IGZyb20gJy4vdGFyZ2V0cy50cyc7XG5cbmNvbnN0IGFwaSA9IHsgc2NvcGU6IEFQSV9TQ09QRSB9O1xuXG5mdW5jdGlvbiBlbmRwb2ludFA5NShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICBpZiAoZW5kcG9pbnQgPT09ICdoZWFsdGgnKSByZXR1cm4gdGFyZ2V0cy5oZWFsdGhQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnY291cnNlX2V4cG9ydCcpIHJldHVybiB0YXJnZXRzLmV4cG9ydFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdsb2dpbicpIHJldHVybiB0YXJnZXRzLmxvZ2luUDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQW4gZW5kcG9pbnQncyBwOTkgYnVkZ2V0OiB0aGUgQVBJIHA5OSwgb3IgaXRzIG93biBwOTUgYnVkZ2V0IHdoZW4gdGhhdCBpcyBoaWdoZXIgKGV4cG9ydCwgbG9naW4pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50UDk5KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTkoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0sXG4gICAgfSxcbiAgXSk7XG59XG5cbi8qKiBgc2hhcmVgIG9mIGBzY2hlZHVsZWRgLCByb3VuZGVkIGRvd24gKDAuMjkgeCAxMDAgaXMgMjguOTk5Li4uIGluIGZsb2F0aW5nIHBvaW50OiBhIGhhaXIgb2Ygc2xhY2sga2VlcHMgaXQgMjkpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbG93ZWREcm9wcyhzaGFyZTogbnVtYmVyLCBzY2hlZHVsZWQ6IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLmZsb29yKHNoYXJlICogc2NoZWR1bGVkICsgMWUtOSk7XG59XG5cbi8qKlxuICogSXRlcmF0aW9ucyBhbiBvcGVuIG1vZGVsIGRpZCBub3Qgc3RhcnQgb24gdGltZSAoazYncyBkcm9wcGVkX2l0ZXJhdGlvbnMsIHBlciBzY2VuYXJpbyk6IGF0IG1vc3RcbiAqIGBzaGFyZWAgb2YgZWFjaCBhcnJpdmFsLXJhdGUgc2NlbmFyaW8ncyBzY2hlZHVsZWQgaXRlcmF0aW9ucywgcm91bmRlZCBkb3duLCBzbyBhIHNob3J0IHJ1biBvciBhXG4gKiBzbG93IGdyb3VwIG1heSBkcm9wIG5vbmUuIGBhYm9ydGAgc3RvcHMgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGJyZWFrcG9pbnQ6IGl0IGJyb2tlKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRJdGVyYXRpb25HYXRlcyhcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz4sXG4gIHNoYXJlOiBudW1iZXIsXG4gIGFib3J0PzogeyBkZWxheUFib3J0RXZhbDogc3RyaW5nIH0sXG4pOiBHYXRlW10ge1xuICByZXR1cm4gT2JqZWN0LmVudHJpZXMoc2NlbmFyaW9zKVxuICAgIC5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaXNBcnJpdmFsUmF0ZShzY2VuYXJpbykpXG4gICAgLm1hcCgoW25hbWUsIHNjZW5hcmlvXSkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2Ryb3BwZWRfaXRlcmF0aW9ucycsXG4gICAgICB0YWdzOiB7IHNjZW5hcmlvOiBuYW1lIH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7XG4gICAgICAgICAgc3RhdDogJ2NvdW50JyBhcyBjb25zdCxcbiAgICAgICAgICBvcDogJzw9JyBhcyBjb25zdCxcbiAgICAgICAgICB2YWx1ZTogYWxsb3dlZERyb3BzKHNoYXJlLCBzY2hlZHVsZWRJdGVyYXRpb25zKHNjZW5hcmlvKSksXG4gICAgICAgICAgLi4uKGFib3J0ID8geyBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uYWJvcnQgfSA6IHt9KSxcbiAgICAgICAgfSxcbiAgICAgIF0sXG4gICAgfSkpO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cblxuLyoqIFRoZSBnYXRlcyBvZiBlbnRyaWVzIHRoYXQgcnVuIHRoZSB1c2VyIHdvcmtmbG93czogcGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycywgYWJvcnQsIHN1Y2Nlc3MsIGdlbmVyYXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gd29ya2Zsb3dHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICAuLi5sYXRlbmN5R2F0ZXModGFyZ2V0cywgZW5kcG9pbnRzKSxcbiAgICAuLi5lcnJvckdhdGVzKHRhcmdldHMsIGVuZHBvaW50cyksXG4gICAgLi4uYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCksXG4gICAgLi4uc3VjY2Vzc0dhdGVzKHRhcmdldHMpLFxuICAgIC4uLmdlbmVyYXRpb25HYXRlcyh0YXJnZXRzKSxcbiAgXTtcbn1cbiIsICIvLyBhcGk6IGRvZXMgZXZlcnkgZW5kcG9pbnQgbWVldCBpdHMgb3duIGJ1ZGdldD8gT25lIGNvbnN0YW50LWFycml2YWwtcmF0ZSBzY2VuYXJpbyBwZXIgZW5kcG9pbnRcbi8vIGdyb3VwIChvcGVuIG1vZGVsOiBhIHNsb3cgYW5zd2VyIGNhbm5vdCBsb3dlciB0aGUgcmVxdWVzdCByYXRlIGFuZCBoaWRlIGl0c2VsZiksIGVhY2ggZW5kcG9pbnRcbi8vIGdhdGVkIG9uIGl0cyBvd24gcDk1L3A5OSBhbmQgZXJyb3IgcmF0ZSAoaGVhbHRoIHA5NSA8IDUwIG1zLCBleHBvcnQgcDk1IDwgMSBzLCB0aGUgcmVzdFxuLy8gcDk1IDwgMjAwIG1zOyBwOTkgPCA1MDAgbXM7IGVycm9ycyA8IDEgJSksIGFuZCBlYWNoIGdyb3VwIG9uIHRoZSBpdGVyYXRpb25zIGs2IGNvdWxkIG5vdCBzdGFydFxuLy8gb24gdGltZSAoZHJvcHBlZF9pdGVyYXRpb25zIDw9IFRIUkVTSE9MRF9EUk9QUEVEX1NIQVJFIG9mIHRob3NlIHNjaGVkdWxlZCk6IHJlcXVlc3RzIG5vdCBzZW50XG4vLyBhcmUgbGF0ZW5jaWVzIG5vIHBlcmNlbnRpbGUgaG9sZHMuIFZVcyBwZXIgZ3JvdXAgZnJvbSBMaXR0bGUncyBsYXcgKGxpYi9sb2FkL29wZW4tbW9kZWwudHMpLlxuLy8gRW52OiBQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OIChzLCBkZWZhdWx0IDYwKSwgQVBJX1JBVEUgKGl0ZXJhdGlvbnMvcyBwZXIgZ3JvdXAsIGRlZmF1bHQgNTtcbi8vIGhlYWx0aCAyeCwgZXhwb3J0IC8yLCBnZW5lcmF0ZSBhbmQgbG9naW4gLzUpLCBBUElfRVJST1JfUkFURSAocGVyLWVuZHBvaW50IGVycm9yIGJ1ZGdldCwgZGVmYXVsdCAwLjAxKSxcbi8vIFRIUkVTSE9MRF9BUElfUDk1X01TIC8gX1A5OV9NUyAvIFRIUkVTSE9MRF9IRUFMVEhfUDk1X01TIC8gVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMsXG4vLyBUSFJFU0hPTERfRFJPUFBFRF9TSEFSRSAoMC4wMSksIFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUIChzaXplcyBtYXhWVXMpLlxuaW1wb3J0IHsgYXBpRW50cnkgfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJpZXMudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5pbXBvcnQgeyBndWFyZGVkQ29uZmlnIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHsgb3Blbk1vZGVsVlVzIH0gZnJvbSAnLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyc7XG5pbXBvcnQgeyBjb25zdGFudFJhdGUgfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IHdpdGhTZWNyZXRzIH0gZnJvbSAnLi4vbGliL3VzZXJzL3Nlc3Npb24udHMnO1xuaW1wb3J0IHtcbiAgRU5EUE9JTlRfR1JPVVBTLFxuICB0eXBlIEVuZHBvaW50R3JvdXAsXG4gIHR5cGUgRW5kcG9pbnRHcm91cERhdGEsXG4gIGdyb3VwZWRFbmRwb2ludHMsXG4gIHByZXBhcmVFbmRwb2ludEdyb3VwcyxcbiAgcmVxdWVzdHNQZXJJdGVyYXRpb24sXG4gIHJ1bkdyb3VwU3RlcCxcbn0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9lbmRwb2ludC1ncm91cHMudHMnO1xuaW1wb3J0IHsgYWJvcnRHYXRlcywgZHJvcHBlZEl0ZXJhdGlvbkdhdGVzLCBlbmRwb2ludEJ1ZGdldEdhdGVzLCBlbmRwb2ludFA5OSB9IGZyb20gJy4uL3RocmVzaG9sZHMvZ2F0ZXMudHMnO1xuXG5jb25zdCBjb25maWcgPSBndWFyZGVkQ29uZmlnKCdhcGknKTtcbmNvbnN0IHsgcmF0ZSwgZXJyb3JSYXRlIH0gPSBhcGlFbnRyeS5zZXR0aW5ncyhfX0VOVik7XG5cbi8qKiBBIGdyb3VwJ3MgVlVzOiBpdHMgcmF0ZSwgaXRzIHJlcXVlc3RzIHBlciBpdGVyYXRpb24sIGl0cyBlbmRwb2ludHMnIGhpZ2hlc3QgcDk5IGJ1ZGdldCBhbmQgdGhlIHJlcXVlc3QgdGltZW91dC4gKi9cbmZ1bmN0aW9uIGdyb3VwVlVzKGdyb3VwOiBFbmRwb2ludEdyb3VwKSB7XG4gIHJldHVybiBvcGVuTW9kZWxWVXMoe1xuICAgIHJhdGVQZXJTOiBncm91cC5yYXRlKHJhdGUpLFxuICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBncm91cC5yZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgICBwOTlCdWRnZXRNczogTWF0aC5tYXgoLi4uZ3JvdXAuZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+IGVuZHBvaW50UDk5KGVuZHBvaW50LCBjb25maWcudGFyZ2V0cykpKSxcbiAgICB0aW1lb3V0UzogY29uZmlnLmFwaVRpbWVvdXRTLFxuICB9KTtcbn1cblxuZXhwb3J0IGNvbnN0IG9wdGlvbnMgPSBlbnRyeU9wdGlvbnMoY29uZmlnLCAoKSA9PiB7XG4gIGNvbnN0IHNjZW5hcmlvcyA9IE9iamVjdC5mcm9tRW50cmllcyhcbiAgICBPYmplY3QuZW50cmllcyhFTkRQT0lOVF9HUk9VUFMpLm1hcCgoW25hbWUsIGdyb3VwXTogW3N0cmluZywgRW5kcG9pbnRHcm91cF0pID0+IFtcbiAgICAgIG5hbWUsXG4gICAgICBjb25zdGFudFJhdGUoZ3JvdXAuZXhlYywgZ3JvdXAucmF0ZShyYXRlKSwgY29uZmlnLmR1cmF0aW9uUywgZ3JvdXBWVXMoZ3JvdXApKSxcbiAgICBdKSxcbiAgKTtcbiAgcmV0dXJuIHtcbiAgICByb2xlczogW10sIC8vIGNsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyB0aGVpciBvd24gcG9vbCBhY2NvdW50XG4gICAgd2FsbFRpbWVTOiBjb25maWcuZHVyYXRpb25TLFxuICAgIHNjZW5hcmlvcyxcbiAgICBnYXRlczogW1xuICAgICAgLi4uZW5kcG9pbnRCdWRnZXRHYXRlcyhjb25maWcudGFyZ2V0cywgZ3JvdXBlZEVuZHBvaW50cygpLCBlcnJvclJhdGUpLFxuICAgICAgLi4uZHJvcHBlZEl0ZXJhdGlvbkdhdGVzKHNjZW5hcmlvcywgY29uZmlnLnRhcmdldHMuZHJvcHBlZFNoYXJlKSxcbiAgICAgIC4uLmFib3J0R2F0ZXMoKSxcbiAgICBdLFxuICB9O1xufSk7XG5cbmV4cG9ydCB7IHBvbGxSZXNvdXJjZXMsIHRlYXJkb3duIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5leHBvcnQgY29uc3QgaGFuZGxlU3VtbWFyeSA9IG1ha2VIYW5kbGVTdW1tYXJ5KHsgc2NlbmFyaW86ICdhcGknLCByZXF1ZXN0c1Blckl0ZXJhdGlvbjogcmVxdWVzdHNQZXJJdGVyYXRpb24oKSB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIHNldHVwKCk6IFByb21pc2U8RW5kcG9pbnRHcm91cERhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVFbmRwb2ludEdyb3Vwcyhjb25maWcpO1xufVxuXG5jb25zdCBnID0gRU5EUE9JTlRfR1JPVVBTO1xuZXhwb3J0IGNvbnN0IGhlYWx0aCA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5oZWFsdGgsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IGxvZ2luID0gd2l0aFNlY3JldHMoKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmxvZ2luLCBkYXRhKSk7XG5leHBvcnQgY29uc3QgcmVhZHMgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcucmVhZHMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IHN0YXR1cyA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5zdGF0dXMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IHdyaXRlcyA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy53cml0ZXMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IGdlbmVyYXRlID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmdlbmVyYXRlLCBkYXRhKTtcbmV4cG9ydCBjb25zdCBleHBvcnRDb3Vyc2UgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuZXhwb3J0LCBkYXRhKTtcbmV4cG9ydCBjb25zdCBhZG1pbiA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5hZG1pbiwgZGF0YSk7XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBaUNPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWNBLE9BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU1DLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBT0QsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLElBQUssQ0FBQyxTQUFTLEtBQU07QUFBQSxpQkFDN0MsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUN4QixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFDLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSTtBQUM3QyxNQUFBQSxNQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFFBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxTQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsYUFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDakQ7QUFDQSxNQUFJLENBQUMsUUFBUyxDQUFBQSxNQUFLLEdBQUcscUZBQXFGO0FBQzNHLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxNQUFjLE1BQXlCO0FBQ25FLFFBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxRQUFNLFdBQVc7QUFDakIsYUFBVyxRQUFRLEtBQ2hCLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQzFCLFVBQU0sUUFBUSxvQ0FBb0MsS0FBSyxJQUFJO0FBQzNELFFBQUksQ0FBQztBQUNILFlBQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxJQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDekcsVUFBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUMzQztBQUNBLE1BQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsVUFBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUMxRixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFVBQVUsTUFBWSxHQUFtQjtBQUN2RCxTQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDOUM7QUFHTyxTQUFTLG9CQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsYUFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFHOUc7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLFdBQTREO0FBQ3BGLE1BQUksUUFBUTtBQUNaLGFBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLFVBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsVUFBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFFBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztBQUFBLGFBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO0FBQUEsYUFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtBQUFBLFFBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTztBQUNUOzs7QUMzRk8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBR08sSUFBTSxnQkFBZ0IsS0FBSztBQUMzQixJQUFNLGtCQUFrQjtBQUkvQixTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsSUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELElBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxTQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDakM7QUFFQSxTQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixRQUFNLENBQUMsU0FBUyxPQUFPQyxNQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsTUFBSSxVQUFVLFFBQVFBLFdBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sT0FBQUEsT0FBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxNQUFJO0FBQ0YsV0FBTyxjQUFjLE9BQU8sSUFBSTtBQUFBLEVBQ2xDLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxZQUFZLGlCQUFpQixpQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDdkY7QUFDRjtBQUVBLFNBQVMsUUFBUSxLQUE2QjtBQUM1QyxRQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFFBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixNQUFJLFlBQVk7QUFDZCxTQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQzdHLFNBQU8sRUFBRSxTQUFTLFdBQVcsUUFBUSxLQUFLLEtBQUssNEJBQTRCLEVBQUU7QUFDL0U7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxhQUFhO0FBQUEsSUFDdEM7QUFBQSxJQUNBO0FBQUEsSUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3JEO0FBQ0EsU0FBTztBQUFBLElBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7QUFBQSxJQUNyRCxPQUFPO0FBQUEsTUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtBQUFBLE1BQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLE1BQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLElBQzdFO0FBQUEsSUFDQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztBQUFBLElBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsSUFDaEU7QUFBQSxJQUNBLFdBQVcsUUFBUSxHQUFHLGVBQWUsRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxJQUMxRixTQUFTLFFBQVEsS0FBSywwQkFBMEI7QUFBQSxJQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7QUFBQSxJQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztBQUFBLElBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztBQUFBLElBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7QUFBQSxJQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7QUFBQSxJQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7QUFBQSxJQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7QUFBQSxJQUN2RCxTQUFTO0FBQUEsTUFDUCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsWUFBWSxPQUFPLEtBQUssMEJBQTBCLEVBQUUsVUFBVTtBQUFBLE1BQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELGNBQWM7QUFBQSxRQUNaO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixFQUFFLEtBQUssMkJBQTJCLEVBQUUsWUFBWTtBQUFBLE1BQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCO0FBQUEsUUFDcEI7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNyRTtBQUFBLElBQ0EsV0FBVyxJQUFJLEtBQUssd0JBQXdCLEtBQUs7QUFBQSxJQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO0FBQUEsSUFDckMsZUFBZSxLQUFLLEtBQUssNEJBQTRCO0FBQUEsSUFDckQsU0FBUyxRQUFRLEdBQUc7QUFBQSxFQUN0QjtBQUNGO0FBR08sU0FBUyxPQUFPLFNBQXlCO0FBQzlDLFFBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELFVBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0FBQ3hDO0FBRU8sU0FBUyxXQUFXLE1BQXVCO0FBQ2hELFNBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtBQUNuSDtBQU1PLFNBQVMsb0JBQW9CQyxTQUFnQixPQUFxQjtBQUN2RSxRQUFNLE9BQU8sT0FBT0EsUUFBTyxPQUFPO0FBQ2xDLE1BQUksV0FBVyxJQUFJLEtBQUtBLFFBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxRQUFNLElBQUk7QUFBQSxJQUNSLG9CQUFvQixLQUFLLGFBQWFBLFFBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtBQUFBLEVBQ2hGO0FBQ0Y7QUFNTyxTQUFTLFVBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQzNPQSxJQUFNLFdBQVc7QUFtQ1YsSUFBTSxXQUFXO0FBQUEsRUFDdEIsT0FBTztBQUFBLEVBQ1AsUUFBUTtBQUFBLEVBQ1IsS0FBSyxDQUFDQyxjQUFhLEVBQUUsQ0FBQyxRQUFRLEdBQUcsT0FBTyxLQUFLLElBQUksR0FBR0EsUUFBTyxDQUFDLEVBQUU7QUFBQSxFQUM5RCxVQUFVLENBQUMsU0FBUztBQUFBO0FBQUEsSUFFbEIsTUFBTSxVQUFVLEtBQUssWUFBWSxHQUFHLEVBQUUsS0FBSyxLQUFLLEtBQUssS0FBUSxNQUFNLHdCQUF3QixDQUFDO0FBQUE7QUFBQSxJQUU1RixXQUFXLFVBQVUsS0FBSyxrQkFBa0IsTUFBTSxFQUFFLEtBQUssR0FBRyxLQUFLLEdBQUcsTUFBTSx5QkFBeUIsQ0FBQztBQUFBLEVBQ3RHO0FBQ0Y7OztBQ3JDQSxJQUFJO0FBQ0osSUFBTSxVQUFVLE1BQ2IsYUFBYTtBQUFBLEVBQ1osWUFBWTtBQUFBLEVBQ1osU0FBUztBQUFBLEVBQ1QsWUFBWTtBQUNkO0FBR0ssU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxJQUFJO0FBQUEsUUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtBQUFBLE1BQzFDO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFDN0IsVUFBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BHLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUMsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPO0FBQUEsSUFDTCxXQUFXQTtBQUFBLElBQ1gsYUFBYTtBQUFBLElBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO0FBQUEsRUFDdkU7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ25GTyxTQUFTLGdCQUFnQkMsT0FBc0I7QUFDcEQsTUFBSSxRQUFRO0FBQ1osTUFBSSxVQUFVO0FBQ2QsYUFBVyxDQUFDLE9BQU8sT0FBTyxJQUFJLEtBQUtBLE1BQUssU0FBUyw0QkFBNEIsR0FBRztBQUM5RSxhQUFTLE9BQU8sS0FBSyxJQUFJLEVBQUUsR0FBRyxNQUFNLEdBQUcsSUFBSSxHQUFHLEdBQUcsSUFBSSxLQUFNLEVBQUUsSUFBOEI7QUFDM0YsZUFBVztBQUFBLEVBQ2I7QUFDQSxNQUFJLFlBQVlBLFNBQVFBLFVBQVMsR0FBSSxPQUFNLElBQUksTUFBTSxtQkFBbUIsS0FBSyxVQUFVQSxLQUFJLENBQUMsRUFBRTtBQUM5RixTQUFPO0FBQ1Q7OztBQ0FPLElBQU0sd0JBQXdCO0FBTTlCLElBQU0sNkJBQTZCO0FBbUJuQyxTQUFTLGFBQWEsTUFBa0U7QUFDN0YsUUFBTSxhQUFhLENBQUMsYUFBcUIsS0FBSyx1QkFBdUI7QUFDckUsUUFBTSxVQUFVLEtBQUssSUFBSSxLQUFLLGNBQWMsS0FBTSwwQkFBMEI7QUFDNUUsUUFBTSxrQkFBa0IsS0FBSyxLQUFLLHdCQUF3QixLQUFLLFdBQVcsV0FBVyxPQUFPLENBQUMsSUFBSTtBQUNqRyxRQUFNLFNBQVMsS0FBSyxJQUFJLGlCQUFpQixLQUFLLEtBQUssS0FBSyxXQUFXLFdBQVcsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUM3RixTQUFPLEVBQUUsaUJBQWlCLE9BQU87QUFDbkM7QUFFTyxJQUFNLGdCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FBR2xFLFNBQVMsb0JBQW9CLFVBQTRCO0FBQzlELFFBQU0sSUFBSTtBQU9WLFFBQU0sVUFBVSxnQkFBZ0IsRUFBRSxZQUFZLElBQUk7QUFDbEQsTUFBSSxFQUFFLGFBQWEsd0JBQXlCLFNBQVMsRUFBRSxRQUFRLEtBQUssZ0JBQWdCLEVBQUUsWUFBWSxJQUFJLElBQUs7QUFDM0csTUFBSSxFQUFFLGFBQWEsdUJBQXdCLE9BQU0sSUFBSSxNQUFNLEdBQUcsRUFBRSxRQUFRLGtDQUFrQztBQUMxRyxNQUFJQyxRQUFPLEVBQUUsYUFBYTtBQUMxQixNQUFJLFFBQVE7QUFDWixhQUFXLFNBQVMsRUFBRSxVQUFVLENBQUMsR0FBRztBQUNsQyxjQUFXQSxRQUFPLE1BQU0sVUFBVSxJQUFLLGdCQUFnQixNQUFNLFFBQVE7QUFDckUsSUFBQUEsUUFBTyxNQUFNO0FBQUEsRUFDZjtBQUNBLFNBQU8sUUFBUTtBQUNqQjs7O0FDS08sU0FBUyxVQUFVLFdBQXVEO0FBQy9FLFNBQU8sT0FBTyxVQUFVLFNBQVMsSUFDN0IsRUFBRSxNQUFNLFdBQVcsVUFBVSxLQUFLLElBQ2xDLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxFQUFFLENBQUMsR0FBRyxVQUFVLEtBQUs7QUFDdEU7QUFHTyxTQUFTLGFBQ2RDLE9BQ0EsV0FDQSxXQUNBLEtBQ0EsWUFBWSxNQUNGO0FBQ1YsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBQUE7QUFBQSxJQUNBLEdBQUcsVUFBVSxTQUFTO0FBQUEsSUFDdEIsVUFBVSxHQUFHLFNBQVM7QUFBQSxJQUN0QixpQkFBaUIsSUFBSTtBQUFBLElBQ3JCLFFBQVEsSUFBSTtBQUFBLElBQ1o7QUFBQSxFQUNGO0FBQ0Y7QUFPTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDL0ZsRyxTQUFTLGFBQWE7QUFDdEIsT0FBTyxVQUFVO0FBQ2pCLE9BQU8sVUFBVTtBQUNqQixTQUFTLFNBQVMsYUFBYTtBQUt4QixJQUFNLG1CQUFtQixJQUFJLE1BQU0sb0JBQW9CO0FBRXZELElBQU0sd0JBQXdCLElBQUksTUFBTSwwQkFBMEI7QUFFbEUsSUFBTSxpQkFBaUIsSUFBSSxNQUFNLGtCQUFrQjtBQUVuRCxJQUFNLHVCQUF1QixJQUFJLFFBQVEsd0JBQXdCO0FBRWpFLElBQU0scUJBQXFCLElBQUksTUFBTSxpQ0FBaUM7QUFXN0UsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUNKLElBQUksYUFBYTtBQU1qQixTQUFTLFVBQVUsWUFBb0IsT0FBcUM7QUFDMUUsUUFBTSxNQUFNLEtBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUFBLElBQ3RFLEdBQUc7QUFBQSxJQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsRUFDaEQsQ0FBVTtBQUNWLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQzlDO0FBR0EsSUFBTSxTQUFTO0FBVVIsU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sS0FBSztBQUFBLElBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGNBQWMsR0FBRyxNQUFNO0FBQUEsSUFDdkIsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7QUFBQSxFQUNuQztBQUNGO0FBRUEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsY0FBYyxZQUEwQjtBQUV0RCxNQUFJLENBQUMsV0FBWSxjQUFhLFVBQVUsWUFBWSxNQUFNO0FBQzFELGFBQVM7QUFDUCxVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLGFBQVMsVUFBVTtBQUNuQixVQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsUUFBSSxLQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFFBQUksS0FBSyxTQUFTLGFBQWEsRUFBRztBQUFBLEVBQ3BDO0FBQ0EsWUFBVSxZQUFZLFVBQVU7QUFDaEMsV0FBUyxVQUFVO0FBQ3JCO0FBRUEsU0FBUyxTQUFTLFlBQTBCO0FBQzFDLFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNwQyxRQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sVUFBVSxPQUFRO0FBQzNELHFCQUFpQixJQUFJLE9BQU8sV0FBVztBQUN2QywwQkFBc0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNsRCxtQkFBZSxJQUFJLE9BQU8sU0FBUztBQUFBLEVBQ3JDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixTQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDdkY7QUFPTyxTQUFTLFFBQVEsWUFBMEI7QUFDaEQsWUFBVSxZQUFZLFVBQVU7QUFDaEMsUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLFVBQVUsWUFBWSxJQUFhO0FBQzNELFFBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTSxNQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxNQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QjtBQUN6RCx1QkFBbUIsSUFBSSxRQUFRLHdCQUF3QjtBQUMzRDtBQWVPLFNBQVMsY0FBYyxRQUFnQztBQUM1RCxRQUFNLFFBQWdCO0FBQUEsSUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNqRztBQUNBLE1BQUksT0FBTyxtQkFBbUI7QUFDNUIsVUFBTSxLQUFLO0FBQUEsTUFDVCxRQUFRO0FBQUEsTUFDUixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUM7QUFBQSxJQUNoRSxDQUFDO0FBQ0gsTUFBSSxPQUFPO0FBQ1QsVUFBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDaEcsU0FBTztBQUNUOzs7QUNyS0EsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTs7O0FDRFYsSUFBTSxTQUFpQixZQUFZLEtBQUs7QUFHeEMsU0FBUyxjQUFjLE9BQXVCO0FBQ25ELHNCQUFvQixRQUFRLEtBQUs7QUFDakMsU0FBTztBQUNUOzs7QURnQkEsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFTyxTQUFTLFNBQVNDLFNBQXNCO0FBQzdDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU9FLE1BQUssR0FBRyxXQUFXLEtBQUssTUFBTUQsY0FBYTtBQUNqRztBQUdPLFNBQVMsZUFBZUQsT0FBWSxPQUF3QixPQUFxQjtBQUN0RixRQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsUUFBTSxVQUFVLG9CQUFvQkEsTUFBSyxPQUFPLFFBQVFBLE1BQUssTUFBTTtBQUNuRSxNQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztBQUN0QztBQUdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBRTlFNUMsU0FBUyxTQUFBRyxjQUFhO0FBQ3RCLE9BQU9DLFdBQVU7QUFDakIsT0FBT0MsV0FBVTtBQUNqQixPQUFPLGFBQWE7OztBQ0xwQixTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBdUQ7OztBQ2tCdkQsSUFBTSxZQUFZOzs7QUNoQnpCLElBQU0sTUFBTSxDQUFDLE9BQW1CLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUV0RCxJQUFNLFFBQVE7QUFBQSxFQUNuQixRQUFRLE1BQU07QUFBQSxFQUNkLE9BQU8sTUFBTTtBQUFBLEVBQ2IsU0FBUyxNQUFNO0FBQUEsRUFDZixRQUFRLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUM5QyxVQUFVLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNoRCxLQUFLLENBQUMsT0FBVyxnQkFBZ0IsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUN4QyxTQUFTLENBQUMsSUFBUSxVQUFrQixtQkFBbUIsSUFBSSxFQUFFLENBQUMsYUFBYSxLQUFLO0FBQUEsRUFDaEYsY0FBYyxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDcEQsWUFBWSxNQUFNO0FBQUEsRUFDbEIsV0FBVyxNQUFNO0FBQUEsRUFDakIsWUFBWSxNQUFNO0FBQ3BCO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUlBLElBQU0saUJBQThFLENBQUM7QUFDckYsV0FBVyxZQUFZLFlBQVk7QUFDakMsaUJBQWUsUUFBb0IsSUFBSSxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFvQixFQUFFO0FBQzlHO0FBR08sU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLFNBQU8sZUFBZSxRQUFRO0FBQ2hDOzs7QUZzQ0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUUvQyxJQUFNLFNBQVM7QUFBQSxFQUNwQixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBQyxTQUNRLEtBQ2pCO0FBSFM7QUFDQSxrQkFBQUE7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWFBLFNBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0JBLE9BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBV0MsTUFBSyxpQkFBaUJELE9BQU07QUFDdkMsb0JBQWdCQSxPQUFNLElBQUk7QUFBQSxFQUM1QjtBQUNBLFNBQU87QUFDVDtBQUlBLElBQUk7QUFVSixJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLFlBQXlGLENBQUM7QUFFaEcsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLFFBQVE7QUFDNUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsUUFBUSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxTQUFPO0FBQ1Q7QUFJTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQTRDLENBQUM7QUFBQTtBQUFBLEVBVzlELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsUUFBSUUsVUFBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxRQUFJLENBQUNBLFNBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELE1BQUFBLFVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsQ0FBQUEsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUlBO0FBQUEsSUFDMUI7QUFDQSxXQUFPQTtBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQUMsUUFDQSxTQUNXO0FBQ1gsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNQyxNQUFLO0FBQUEsTUFDZjtBQUFBLE1BQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO0FBQUEsTUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO0FBQUEsTUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhRCxXQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU1FLFVBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVdBLFlBQVc7QUFDNUIsUUFBSUEsWUFBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQ0Y7QUFDZixRQUFJQSxVQUFTLFVBQVU7QUFDckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTO0FBQ3hDLGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBYyxPQUFPRSxTQUFRRixVQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUN4RjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLE9BQU87QUFDdkIsWUFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsVUFBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDckc7QUFDQSxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDL0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBR2hWQSxTQUFTLFNBQUFHLGNBQWE7QUFDdEIsT0FBT0MsV0FBMEU7OztBQ0gxRSxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQUV6QixTQUFTLGFBQWEsR0FBbUI7QUFDOUMsU0FBTyxHQUFHLGFBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQ3ZEO0FBR08sU0FBUyxTQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsU0FBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQzVFO0FBR08sU0FBUyxRQUFRLE9BQW1DO0FBQ3pELFFBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLFNBQU8sUUFBUSxDQUFDO0FBQ2xCO0FBR08sU0FBUyxXQUFXLE9BQW1DO0FBQzVELFFBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsU0FBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7QUFDcEM7QUFPTyxJQUFNLHFCQUFxQixJQUFJLEtBQUssS0FBSztBQU96QyxTQUFTLFdBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixNQUFJLENBQUMsTUFBTSxXQUFXLGdCQUFnQixFQUFHLFFBQU87QUFDaEQsUUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixNQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixRQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLFNBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUssS0FBSztBQUN6RTs7O0FEcENBLElBQU0sY0FBYztBQUNwQixJQUFNLGFBQWE7QUFzQm5CLElBQU0sV0FBVztBQUVqQixJQUFJLFVBQVU7QUFDZCxJQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsU0FBUyxRQUFRQyxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILFdBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELFVBQU0sUUFBd0IsQ0FBQztBQUMvQixhQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixVQUFNLE1BQU1DLE1BQUssTUFBTSxLQUFLO0FBQzVCLGFBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELFlBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLFVBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsaUJBQVcsTUFBTTtBQUNqQixNQUFBQyxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDOUIsTUFBQ0QsTUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLFlBQUksTUFBTSxDQUFDLENBQUUsSUFBSTtBQUFBLE1BQ25CLENBQUM7QUFBQSxJQUNIO0FBQ0EsUUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLGVBQVMsS0FBSyxRQUFRLENBQUM7QUFBQSxJQUN6QixDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFFBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxNQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsTUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxTQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07QUFDckY7QUFFQSxTQUFTLEtBQVEsS0FBOEI7QUFDN0MsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUFBLEVBQ3RDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxXQUNkRSxTQUNBLE9BQ0EsVUFDK0M7QUFDL0MsUUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7QUFBQSxJQUNFO0FBQUEsSUFDQSxPQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUdBLFFBQU8sT0FBTyxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDdEMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLE1BQ3hDLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxDQUFDLFFBQVE7QUFDUCxhQUFPLFNBQVMsSUFBSTtBQUNwQixhQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFBQSxJQUMzRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFnQk8sU0FBUyxjQUFjQSxTQUFnQixRQUFnQztBQUM1RSxRQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsUUFBTztBQUN4RSxRQUFNLFNBQXdCO0FBQUEsSUFDNUIsVUFBVSxPQUFPO0FBQUEsSUFDakIsU0FBUztBQUFBLElBQ1QsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsV0FBVztBQUFBLElBQ1gsU0FBUztBQUFBLEVBQ1g7QUFDQSxNQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFFBQU0sZ0JBQWdCO0FBQ3RCLFFBQU0sVUFBbUIsRUFBRSxNQUFNQSxRQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFO0FBQUEsSUFDRTtBQUFBLElBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7QUFBQSxFQUN4QjtBQUNBLE1BQUksU0FBUyxhQUFhLE9BQU87QUFDakMsTUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsUUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLGtCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsUUFBTyxrQkFBa0I7QUFDeEYsU0FBTyxVQUFVLFVBQVU7QUFDM0IsU0FBTztBQUNUO0FBR0EsU0FBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtBQUFBLElBQ0UsTUFBTTtBQUFBLElBQ04sQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDNUIsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxPQUFPLFVBQVUsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLFNBQVMsQ0FBQztBQUFBLE1BQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixVQUFJLENBQUM7QUFDSCxjQUFNLElBQUk7QUFBQSxVQUNSLDBCQUEwQixPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsSUFBSSxZQUFZLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUN4SDtBQUNGLGFBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtBQUFBLElBQ3RCO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxhQUFhLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsUUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLGFBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDcEcsUUFBTSxTQUFtQixDQUFDO0FBQzFCO0FBQUEsSUFDRSxPQUFPO0FBQUEsSUFDUCxDQUFDLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxTQUFTLFFBQVEsT0FBTyxnQkFBZ0IsT0FBTyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixVQUFJLENBQUM7QUFDSCxjQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDeEcsYUFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZUFBZSxTQUFrQixRQUE0QjtBQUNwRSxRQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sSUFBSTtBQUNqQyxXQUFTLFFBQVEsR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxTQUFTLENBQUMsS0FBSyxRQUFRLEtBQU0sU0FBUztBQUNqRixVQUFNLFNBQVMsT0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsSUFBSSxJQUFJLENBQUMsUUFBUSxFQUFFLE9BQU8sR0FBRyxHQUFHLEVBQUUsQ0FBQztBQUM3RTtBQUFBLE1BQ0UsT0FBTztBQUFBLE1BQ1AsQ0FBQyxPQUFPO0FBQUEsUUFDTixRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxRQUMxQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsTUFDM0Q7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLFlBQUksSUFBSSxXQUFXLElBQUssUUFBTztBQUFBLE1BQ2pDO0FBQUEsSUFDRjtBQUNBLGFBQVMsYUFBYSxPQUFPO0FBQUEsRUFDL0I7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsUUFBTSxZQUErRCxDQUFDO0FBQ3RFLFNBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixVQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsUUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixhQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUTtBQUNsQyxnQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLEdBQUcsVUFBVSxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQixDQUFDO0FBQUEsRUFDL0YsQ0FBQztBQUNELFFBQU0sYUFBMEMsQ0FBQztBQUNqRDtBQUFBLElBQ0UsVUFBVTtBQUFBLElBQ1YsQ0FBQyxNQUFNO0FBQ0wsWUFBTSxFQUFFLE9BQU8sR0FBRyxVQUFBQyxVQUFTLElBQUksVUFBVSxDQUFDO0FBQzFDLFlBQU0sU0FBUztBQUFBLFFBQ2IsT0FBTyxhQUFhLENBQUM7QUFBQSxRQUNyQixPQUFPLGlCQUFpQixDQUFDO0FBQUEsUUFDekIsT0FBTztBQUFBLFFBQ1AsZUFBZUEsWUFBVyxJQUFJO0FBQUEsTUFDaEM7QUFDQSxhQUFPO0FBQUEsUUFDTCxRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDO0FBQUEsUUFDOUIsTUFBTSxLQUFLLFVBQVUsTUFBTTtBQUFBLFFBQzNCLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxLQUFLLEdBQUcsSUFBSTtBQUFBLE1BQ3REO0FBQUEsSUFDRjtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sS0FBaUIsR0FBRyxHQUFHLEtBQUs7QUFDNUQsVUFBSSxPQUFPO0FBQ1QsY0FBTSxJQUFJO0FBQUEsVUFDUixrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDdkc7QUFDRixhQUFPO0FBQ1AsVUFBSSxVQUFVLENBQUMsRUFBRyxTQUFVLFlBQVcsS0FBSyxFQUFFLE9BQU8sVUFBVSxDQUFDLEVBQUcsT0FBTyxHQUFHLENBQUM7QUFBQSxJQUNoRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxTQUFTLGdCQUFnQixFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsUUFBTSxPQUFjLENBQUM7QUFDckI7QUFBQSxJQUNFLFdBQVc7QUFBQSxJQUNYLENBQUMsT0FBTztBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFNBQVMsV0FBVyxDQUFDLEVBQUcsRUFBRSxDQUFDO0FBQUEsTUFDaEQsTUFBTTtBQUFBLE1BQ04sUUFBUSxPQUFPLG9CQUFvQixPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssR0FBRyxJQUFJO0FBQUEsSUFDdkU7QUFBQSxJQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLFVBQUksVUFBVTtBQUNaLGNBQU0sSUFBSTtBQUFBLFVBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtBQUFBLFFBQzFHO0FBQ0YsV0FBSyxLQUFLLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU0sQ0FBQztBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsU0FBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixRQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsWUFBTSxJQUFJO0FBQUEsUUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtBQUFBLE1BQ2hHO0FBQ0YsSUFBQUYsT0FBTSxDQUFDO0FBQ1AsVUFBTSxFQUFFLE1BQUFHLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFFBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsV0FBT0E7QUFBQSxFQUNUO0FBQ0Y7QUFHQSxTQUFTLFNBQVMsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQVksTUFBb0Q7QUFDL0csUUFBTUEsUUFBYyxDQUFDO0FBQ3JCLFFBQU0sVUFBVSxvQkFBSSxJQUFZO0FBQ2hDO0FBQUEsSUFDRSxLQUFLO0FBQUEsSUFDTCxDQUFDLE9BQU87QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztBQUFBLE1BQ3hDLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7QUFBQSxJQUMzRDtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFFVixVQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLGdCQUFRLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSztBQUMxQixRQUFBQSxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFDbEI7QUFBQSxNQUNGO0FBQ0EsVUFBSSxJQUFJLFdBQVc7QUFDakIsY0FBTSxJQUFJO0FBQUEsVUFDUiwwQ0FBMEMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEdBQUcsSUFBSSxRQUFRLEtBQUssSUFBSSxLQUFLLE1BQU0sRUFBRTtBQUFBLFFBQy9JO0FBQ0YsWUFBTUMsVUFBUyxLQUEwQyxHQUFHO0FBQzVELFVBQUlBLFNBQVEsV0FBVztBQUNyQixjQUFNLElBQUk7QUFBQSxVQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVlBLFFBQU8sU0FBUyxpQkFBaUI7QUFBQSxRQUMvRztBQUNGLFVBQUlBLFNBQVEsV0FBVyxZQUFhLFFBQU87QUFBQSxVQUN0QyxDQUFBRCxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFBQSxJQUN6QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0FBQ3pCO0FBTU8sU0FBUyxjQUNkRixTQUNBLFlBQ0EsUUFDQSxRQUNRO0FBQ1IsUUFBTSxPQUFPQSxRQUFPO0FBQ3BCLE1BQUksVUFBVTtBQUNkLE1BQUksU0FBUztBQUNiLFdBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFFBQUksUUFBcUMsQ0FBQztBQUMxQztBQUFBLE1BQ0U7QUFBQSxNQUNBLE9BQU87QUFBQSxRQUNMLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU07QUFBQSxRQUNuRyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7QUFBQSxNQUM3QztBQUFBLE1BQ0EsQ0FBQyxRQUFRO0FBQ1AsaUJBQVMsSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxHQUFHLFFBQVEsV0FBYyxDQUFDO0FBQUEsTUFDMUc7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixVQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFFBQUksT0FBTztBQUNYO0FBQUEsTUFDRSxPQUFPO0FBQUEsTUFDUCxDQUFDLE9BQU87QUFBQSxRQUNOLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztBQUFBLFFBQzFDLFFBQVEsT0FBTyxvQkFBb0IsVUFBVTtBQUFBLE1BQy9DO0FBQUEsTUFDQSxDQUFDLFFBQVE7QUFDUCxZQUFJLElBQUksV0FBVyxPQUFPLElBQUksV0FBVyxJQUFLO0FBQUEsTUFDaEQ7QUFBQSxJQUNGO0FBQ0EsZUFBVztBQUNYLGNBQVUsTUFBTSxTQUFTO0FBQUEsRUFDM0I7QUFDQSxTQUFPO0FBQ1Q7OztBSjFWQSxJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLEVBQUFJLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCO0FBQUEsTUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7QUFBQSxJQUN2RztBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCO0FBQUEsTUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07QUFBQSxJQUMvQztBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsY0FBY0UsU0FBZ0JDLFNBQXVDLE1BQW9CO0FBQ2hHLFNBQU9BLFFBQU8sSUFBSSxLQUFLRCxRQUFPLE1BQU0sSUFBSSxFQUFFO0FBQzVDO0FBTUEsU0FBUyxNQUFNQSxTQUFnQkMsU0FBdUMsTUFBb0I7QUFDeEYsTUFBSSxLQUFLLE1BQU0sSUFBSSxNQUFNLEVBQUcsT0FBTSxHQUFHLEtBQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNELFNBQVFDLFNBQVEsSUFBSSxDQUFDO0FBQ3JGLFFBQU0sU0FBUyxXQUFXRCxTQUFRLE9BQU8sUUFBUTtBQUNqRCxNQUFJLENBQUMsT0FBTyxPQUFPO0FBQ2pCLFVBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLFVBQU0sUUFBUUEsUUFBTyxZQUNqQixlQUFlQSxRQUFPLFNBQVMsS0FDL0JBLFFBQU8sWUFDTCxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFDcEQsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUN6QyxVQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO0FBQUEsRUFDeEc7QUFDQSxTQUFPLE9BQU87QUFDaEI7QUFFQSxTQUFTLFlBQVksUUFBbUIsT0FBZUEsU0FBc0I7QUFDM0UsUUFBTSxPQUFhLENBQUM7QUFDcEIsUUFBTSxZQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLFVBQU0sVUFBVSxPQUFPLGFBQWE7QUFBQSxNQUNsQyxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUM7QUFBQSxNQUM5QixPQUFPO0FBQUEsTUFDUCxPQUFPO0FBQUEsTUFDUCxlQUFlO0FBQUEsSUFDakIsQ0FBQztBQUNELFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGNBQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQ2xHLE1BQUFFLE9BQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBUUEsZUFBc0Isa0JBQTBEO0FBQzlFLFFBQU0sUUFBdUMsQ0FBQztBQUM5QyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLElBQzlCLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBY0YsU0FBZ0JDLFNBQWdEO0FBQ3JGLFFBQU0sUUFBUSxVQUFXSixNQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsUUFBTSxTQUFrQixDQUFDO0FBQ3pCLGFBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGFBQU8sS0FBSyxFQUFFLE1BQU0sR0FBRyxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNHLFNBQVFDLFNBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ3ZGO0FBQ0EsU0FBTztBQUNUO0FBU0EsZUFBc0IsV0FBV0QsU0FBZ0JHLFdBQTBCLENBQUMsR0FBcUI7QUFDL0YsUUFBTUgsUUFBTyxPQUFPO0FBQ3BCLFFBQU1DLFVBQVMsTUFBTSxnQkFBZ0I7QUFDckMsUUFBTSxZQUFZLElBQUksVUFBVUQsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUksTUFBTUEsU0FBUUMsU0FBUSxJQUFJO0FBQ25FLFFBQU0sUUFBUSxTQUFTO0FBQ3ZCLFFBQU0sUUFBUSxjQUFjRCxTQUFRLE9BQU8sT0FBTyxrQkFBa0IsQ0FBQyxVQUFVLFdBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxNQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLE1BQUlHLFNBQVEsU0FBUztBQUNuQixVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUk7QUFDRixZQUFNLElBQUksY0FBY0gsU0FBUSxjQUFjQSxTQUFRQyxPQUFNLENBQUM7QUFDN0QsY0FBUTtBQUFBLFFBQ04scUJBQXFCRCxRQUFPLFFBQVEsT0FBTyw4QkFBOEIsRUFBRSxRQUFRLGdCQUFnQixFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLFdBQVcsRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLE9BQU8sb0RBQW9ELEVBQUUsVUFBVSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxNQUM5VTtBQUFBLElBQ0YsU0FBUyxPQUFPO0FBQ2QsWUFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGtCQUFrQkcsU0FBUSxPQUFPLFlBQVksVUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9ILE9BQU0sSUFBSSxDQUFDO0FBRW5HLFNBQU8sRUFBRSxPQUFPLFFBQVEsZ0JBQWdCO0FBQzFDO0FBR0EsZUFBc0IsV0FBV0EsU0FBZ0IsTUFBMEM7QUFDekYsTUFBSSxDQUFDLE1BQU0sU0FBUyxLQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFFBQU1DLFVBQVMsTUFBTSxnQkFBZ0I7QUFFckMsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxTQUFTLEdBQUdBLFFBQU8sU0FBU0QsUUFBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxRQUFNLEVBQUUsTUFBTSxJQUFJLFdBQVdBLFNBQVEsT0FBTyxRQUFRO0FBQ3BELE1BQUksQ0FBQyxPQUFPO0FBQ1YsWUFBUTtBQUFBLE1BQ04saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSztBQUFBLElBQ3RHO0FBQ0E7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLGNBQWNBLFNBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVLFdBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLE1BQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7QUFDeEY7OztBTTVJTyxTQUFTLG1CQUE0QjtBQUMxQyxTQUFPLFNBQVM7QUFDbEI7QUFHTyxTQUFTLGFBQWFJLFNBQWdCLFdBQXVEO0FBQ2xHLE1BQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxVQUFVO0FBR3hCLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLE1BQUlBLFFBQU8sY0FBZSxnQkFBZSxNQUFNLE1BQU0sU0FBUyxPQUFPLFVBQVUsU0FBUyxDQUFDO0FBQ3pGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLHNCQUFzQixlQUFlLEtBQUssR0FBRyxTQUFTO0FBQUE7QUFBQSxJQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsS0FBS0EsUUFBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7QUFBQSxJQUN0RyxtQkFBbUI7QUFBQSxFQUNyQjtBQUNGO0FBTUEsU0FBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsYUFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFDeEQsUUFBSSxjQUFjLFFBQVEsRUFBRyxZQUFXLFVBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7QUFBQSxFQUNwRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBTTVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhO0FBQ2xGLFlBQVEsT0FBTyxLQUFLO0FBQ3RCLFNBQU87QUFDVDtBQUdPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDtBQU1PLFNBQVMsdUJBQTZCO0FBQzNDLE1BQUksT0FBVSxXQUFZLFNBQVEsT0FBVSxVQUFVO0FBQ3hEO0FBR0EsZUFBc0IsU0FBUyxNQUErQjtBQUM1RCx1QkFBcUI7QUFDckIsUUFBTSxXQUFXLFFBQVcsSUFBSTtBQUNsQzs7O0FDL0dPLFNBQVMsVUFBVUMsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSztBQUFBLElBQ1Y7QUFBQSxJQUNBLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQUEsRUFDckY7QUFDRjtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0FBQ3pCO0FBUU8sU0FBUyxhQUFhQSxPQUFjQyxXQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFFBQU0sVUFBVUQsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxRQUFNLE9BQU9DLFNBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsUUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsUUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsUUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELFNBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztBQUM1Qzs7O0FDT08sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLO0FBQUEsUUFDUjtBQUFBLFFBQ0EsWUFBQUE7QUFBQSxRQUNBLElBQUksT0FBTztBQUFBLFFBQ1g7QUFBQSxRQUNBLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXO0FBQUEsUUFDakYsTUFBTSxPQUFPLFFBQVEsSUFBSTtBQUFBLE1BQzNCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQztBQUNILFdBQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDakgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUc7QUFBQSxRQUMzQixVQUFVLEVBQUUsU0FBUztBQUFBLFFBQ3JCLEtBQUssRUFBRSxPQUFPO0FBQUEsUUFDZCxLQUFLLEVBQUUsT0FBTyxLQUFLO0FBQUEsUUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztBQUFBLFFBQ25CLEtBQUssRUFBRSxPQUFPO0FBQUEsTUFDaEIsQ0FBQztBQUFBLElBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBa0JBLElBQU0scUJBQXFCO0FBT3BCLFNBQVMsa0JBQ2QsTUFDQUMsd0JBQStDLENBQUMsR0FDaEM7QUFDaEIsUUFBTSxZQUEwQixDQUFDO0FBQ2pDLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxRQUFJLGFBQWEsT0FBVztBQUM1QixVQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLFVBQU0sZUFBZUQsc0JBQXFCLFFBQVE7QUFDbEQsVUFBTSxRQUFRLE9BQU8sS0FBSyxPQUFPLGNBQWMsQ0FBQyxDQUFDLEVBQzlDLElBQUksQ0FBQ0QsZ0JBQWUsNkJBQTZCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLENBQUMsRUFDdEUsS0FBSyxDQUFDLE1BQU0sTUFBTSxNQUFTO0FBQzlCLGNBQVUsS0FBSztBQUFBLE1BQ2I7QUFBQSxNQUNBLFlBQUFFO0FBQUEsTUFDQSxVQUFVLGlCQUFpQixTQUFZLE9BQU9BLGNBQWE7QUFBQSxNQUMzRCxTQUFTLFVBQVUsU0FBWSxPQUFPLE9BQU8sS0FBSztBQUFBLElBQ3BELENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxRQUFRLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUM3RCxNQUFJLFVBQVUsV0FBVyxLQUFLLFVBQVUsS0FBTSxRQUFPO0FBQ3JELFlBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUM3RCxRQUFNLGFBQWEsU0FBUyxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQztBQUNsRixRQUFNLFFBQ0osVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxjQUM1RCxVQUFVLE1BQU0sQ0FBQyxRQUFRLElBQUksYUFBYSxJQUFJO0FBQ2hELFNBQU8sRUFBRSxZQUFZLFVBQVUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFVBQVcsQ0FBQyxJQUFJLE1BQU0sVUFBVTtBQUNsSDtBQUdPLFNBQVMsaUJBQWlCLFNBQXdDO0FBQ3ZFLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsTUFBSSxRQUFRLGVBQWU7QUFDekIsV0FBTztBQUNULFFBQU0sT0FDSixRQUFRLGFBQWEsT0FDakIsbUJBQW1CLFlBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQyxnQkFDM0QsR0FBRyxZQUFZLFFBQVEsVUFBVSxPQUFPLENBQUMsV0FBVyxRQUFRLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDM0YsU0FBTyx1QkFBdUIsSUFBSSxzQkFBc0IsWUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDO0FBQ2xHO0FBR08sU0FBUyxZQUFZLEtBQXlCO0FBQ25ELFFBQU0sV0FDSixJQUFJLGFBQWEsT0FBTyxLQUFLLEtBQUssWUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLFdBQVcsSUFBSSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzlHLFFBQU0sVUFBVSxJQUFJLFlBQVksT0FBTyxnQkFBZ0IsYUFBYSxZQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFDckcsU0FBTyxHQUFHLFlBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxhQUFhLElBQUksZUFBZSxJQUFJLEtBQUssR0FBRyxvQkFBb0IsUUFBUSxHQUFHLE9BQU87QUFDbEk7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVM7QUFDWCxXQUFPLEtBQUssTUFBTSxLQUFLLEVBQ3BCLFNBQVMsRUFDVCxRQUFRLHlCQUF5QixHQUFHO0FBQ3pDLFNBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtBQUNqRztBQUVPLFNBQVMsWUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixRQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7QUFDdkU7QUFXTyxTQUFTLGdCQUFnQixNQUEyQztBQUN6RSxNQUFJLENBQUMsS0FBSyxTQUFTLG9CQUFvQixDQUFDLEtBQUssU0FBUyxtQkFBb0IsUUFBTztBQUNqRixTQUFPO0FBQUEsSUFDTCxnQkFBZ0IsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQUEsSUFDM0QsaUJBQWlCLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUFBLElBQ2hFLDBCQUEwQixZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFBQSxJQUNwRixpQkFBaUIsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFBQSxFQUMzRTtBQUNGO0FBR08sU0FBUyxjQUFjLFdBQTJDO0FBQ3ZFLE1BQUksQ0FBQyxhQUFjLFVBQVUsbUJBQW1CLFFBQVEsVUFBVSxvQkFBb0I7QUFDcEYsV0FBTztBQUNULFFBQU0sU0FBUyxVQUFVO0FBQ3pCLFNBQU87QUFBQSxJQUNMLCtDQUErQyxZQUFZLFVBQVUsZ0JBQWdCLE9BQU8sQ0FBQztBQUFBLElBQzdGLFdBQVcsWUFBWSxVQUFVLGlCQUFpQixPQUFPLENBQUM7QUFBQSxJQUMxRCxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLFVBQVUsZUFBZTtBQUFBLEVBQzlDLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFFTyxJQUFNLGdCQUFnQixDQUFDLFNBQThCLGNBQWMsZ0JBQWdCLElBQUksQ0FBQzs7O0FDak54RixJQUFNLHlCQUF5QjtBQW9KL0IsU0FBUyxhQUNkLE1BQ0EsTUFDQUMsd0JBQStDLENBQUMsR0FDdkM7QUFDVCxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksVUFBVSxLQUFLLE9BQU87QUFBQSxJQUMxRjtBQUFBLElBQ0EsWUFBQUE7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUU7QUFDRixTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLGtCQUFrQixNQUFNRCxxQkFBb0I7QUFBQSxJQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsZ0JBQWdCLElBQUk7QUFBQSxFQUNqQztBQUNGO0FBR08sU0FBU0UsUUFBTyxXQUFtRDtBQUN4RSxNQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsTUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxTQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0FBQ3hEOzs7QUMxTEEsU0FBUyxjQUFjLE9BQWUsR0FBNkI7QUFDakUsUUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxRQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZLFlBQVksRUFBRSxVQUFVQyxRQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFFBQU1DLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELE1BQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSxlQUFlLFVBQVUsUUFBUSxDQUFDO0FBQzFELFNBQU8sR0FBR0EsS0FBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLFlBQVksUUFBUSxFQUFFLENBQUMsc0JBQXNCLFVBQVUsUUFBUSxDQUFDO0FBQUE7QUFDbEo7QUFFQSxTQUFTLFVBQVUsT0FBZSxTQUEwQjtBQUMxRCxRQUFNLFNBQVMsVUFBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixTQUFPLDRCQUE0QixLQUFLO0FBQUEsd0JBQW9ELE1BQU0sZUFBZSxNQUFNO0FBQUE7QUFDekg7QUFFTyxTQUFTLFlBQVksU0FBMEI7QUFDcEQsUUFBTSxPQUFPLFFBQVE7QUFDckIsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNLFNBQVMsUUFBUSxJQUFJLFlBQVksVUFBVSxJQUFJO0FBQ3JELFFBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsUUFBTUMsYUFBWSxRQUFRLElBQUksZUFBZSxLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ2pFLFFBQU0sUUFBUSxVQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxRQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sV0FBV0EsUUFBTztBQUFBLElBQzFHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLHVCQUF1QkEsUUFBTztBQUFBLElBQ3BILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ2hDQSxTQUFTLGVBQWUsTUFBb0M7QUFDMUQsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUs7QUFBQSxNQUNOLENBQUMsTUFDQyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsTUFBTSxhQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNLFlBQVksRUFBRSxVQUFVQyxRQUFPLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDbEg7QUFBQSxFQUNGO0FBQ0Y7QUFFTyxTQUFTLGVBQWUsU0FBMEI7QUFDdkQsUUFBTSxPQUFPLFFBQVE7QUFDckIsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFFBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFdBQVcsSUFDaEIsU0FBUyxLQUFLLE1BQU0sdUJBQ3BCLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNO0FBQzVDLFFBQU0sUUFBUSxDQUFDLGtCQUFrQixhQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLE1BQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLFVBQU07QUFBQSxNQUNKO0FBQUEsTUFDQSxZQUFZLE9BQU8sTUFBTSxvQkFBb0IsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsTUFDM0U7QUFBQSxNQUNBLEdBQUcsZUFBZSxNQUFNO0FBQUEsTUFDeEI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxZQUFZLFFBQVE7QUFDMUIsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNO0FBQUEsUUFDSixLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztBQUFBLE1BQ3ROO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyxFQUFFO0FBQUEsRUFDZjtBQUNBLFFBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsUUFBTSxTQUFTLGlCQUFpQixPQUFPO0FBQ3ZDLE1BQUksT0FBUSxPQUFNLEtBQUssR0FBRyxRQUFTLGFBQWEsSUFBSSxRQUFRLEVBQUUsR0FBRyxtQkFBbUIsTUFBTSxDQUFDLElBQUksRUFBRTtBQUNqRyxNQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxVQUFNLEtBQUssZ0ZBQWdGLHNCQUFzQjtBQUNqSCxlQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLFlBQU07QUFBQSxRQUNKLEtBQUssbUJBQW1CLElBQUksUUFBUSxDQUFDLE1BQU0sWUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLE9BQU8sUUFBUSxZQUFZLElBQUksVUFBVSxPQUFPLENBQUMsTUFBTSxJQUFJLFlBQVksT0FBTyxjQUFjLFlBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUFBLE1BQ3JPO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyxFQUFFO0FBQUEsRUFDZjtBQUNBLFFBQU0sS0FBSyxtQkFBbUIsY0FBYyxRQUFRLFNBQVMsQ0FBQyxHQUFHLEVBQUU7QUFDbkUsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkRBLElBQU0sV0FBVyxvQkFBSSxJQUFJO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFDRCxJQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFDZCxNQUNBQyxVQUNRO0FBQ1IsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU07QUFBQSxJQUNKLEVBQUU7QUFBQSxNQUNBLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7QUFBQSxJQUNyTjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTTtBQUFBLE1BQ0o7QUFBQSxNQUNBLEVBQUU7QUFBQSxRQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDMUk7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTTtBQUFBLFFBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztBQUFBLE1BQ2hMO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsa0JBQWtCLE1BQU1BLFNBQVEsb0JBQW9CO0FBQ3BFLFFBQU0sU0FBUyxpQkFBaUIsT0FBTztBQUN2QyxNQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsTUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLGVBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksWUFBWSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ3ZHO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNO0FBQUEsSUFDSixLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUM7QUFBQSxFQUNuTjtBQUNBLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNO0FBQUEsSUFDSixhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQzNPO0FBQ0EsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUM5R0EsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELFNBQVMsa0JBQWtCLE1BQW1CO0FBQ25ELFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCO0FBQUEsTUFDbEMsUUFBUSxZQUFZLE1BQU07QUFBQSxRQUN4QixVQUFVLEtBQUs7QUFBQSxRQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtBQUFBLFFBQ25DLHNCQUFzQixLQUFLO0FBQUEsTUFDN0IsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVU7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFVBQ0UsVUFBVSxLQUFLO0FBQUEsVUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsVUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsVUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFVBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxVQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsVUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLFFBQ3RDO0FBQUEsUUFDQSxLQUFLO0FBQUEsTUFDUDtBQUVBLFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE9BQU87QUFDN0MsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsT0FBTztBQUFBLElBQ25EO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDOUNBLFNBQVMsV0FBQUMsZ0JBQWU7QUFTakIsSUFBTSxXQUFXLElBQUlDLFNBQVEsVUFBVTtBQVk5QyxJQUFJO0FBR0csU0FBU0MsZUFBY0MsU0FBZ0IsTUFBb0I7QUFDaEUsU0FBTyxTQUFTLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM5QztBQU1PLFNBQVMsWUFDZCxXQUNzQztBQUN0QyxTQUFPLElBQUksU0FBUztBQUNsQixRQUFJLE9BQVEsUUFBTyxVQUFVLEdBQUcsSUFBSTtBQUNwQyxXQUFPLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxVQUFVO0FBQ3ZDLGVBQVM7QUFDVCxnQkFBVSxHQUFHLElBQUk7QUFBQSxJQUNuQixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUMzQ0EsT0FBT0MsV0FBVTtBQWdDakIsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUMzRSxJQUFNLFNBQVMsQ0FBQyxTQUFzQixLQUFLLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBRzNHLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLFFBQVE7QUFBQSxJQUNwQixNQUFNLENBQUMsTUFBTSxJQUFJO0FBQUEsSUFDakIsc0JBQXNCO0FBQUEsSUFDdEIsT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxPQUFPLENBQUM7QUFBQSxFQUNyQztBQUFBO0FBQUEsRUFFQSxPQUFPO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsT0FBTztBQUFBLElBQ25CLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ2hDLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU87QUFBQSxNQUNMLENBQUMsRUFBRSxLQUFLLEdBQUcsT0FBTyxRQUFRQyxZQUFXO0FBQ25DLGNBQU0sVUFBVSxZQUFZLE1BQU0sV0FBV0MsZUFBY0QsU0FBUSxTQUFTLENBQUM7QUFDN0UsWUFBSSxRQUFTLE1BQUssTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRO0FBQUEsTUFDekQ7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsT0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGdCQUFnQixjQUFjLGFBQWE7QUFBQSxJQUN2RCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2Isc0JBQXNCO0FBQUEsSUFDdEIsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssTUFBTSxLQUFLLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQztBQUFBLE1BQzVDLENBQUMsRUFBRSxLQUFLLEdBQUcsU0FBUyxLQUFLLFVBQVUsT0FBTyxJQUFJLENBQUM7QUFBQSxNQUMvQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxXQUFXLE9BQU8sSUFBSSxHQUFHLENBQUM7QUFBQSxJQUNyRDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFFBQVE7QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxTQUFTO0FBQUEsSUFDckIsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNiLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxPQUFPLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDckQ7QUFBQSxFQUNBLFFBQVE7QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxpQkFBaUIsaUJBQWlCLGVBQWU7QUFBQSxJQUM3RCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2Isc0JBQXNCO0FBQUE7QUFBQSxJQUV0QixPQUFPO0FBQUEsTUFDTCxDQUFDLEVBQUUsS0FBSyxHQUFHLE9BQU8sVUFBVTtBQUMxQixjQUFNLFVBQVUsS0FBSyxhQUFhO0FBQUEsVUFDaEMsT0FBTyxNQUFNLFdBQVc7QUFBQSxVQUN4QixPQUFPO0FBQUEsVUFDUCxPQUFPO0FBQUEsVUFDUCxlQUFlO0FBQUEsUUFDakIsQ0FBQztBQUNELFlBQUksQ0FBQyxRQUFRLEtBQU07QUFDbkIsYUFBSyxhQUFhLFFBQVEsS0FBSyxJQUFJLEVBQUUsT0FBTyxXQUFXLENBQUM7QUFDeEQsYUFBSyxhQUFhLFFBQVEsS0FBSyxFQUFFO0FBQUEsTUFDbkM7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsVUFBVTtBQUFBLElBQ1IsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGlCQUFpQjtBQUFBLElBQzdCLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ2hDLHNCQUFzQjtBQUFBO0FBQUEsSUFDdEIsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFVBQVU7QUFDMUIsY0FBTSxVQUFVLEtBQUssYUFBYTtBQUFBLFVBQ2hDLE9BQU8sTUFBTSxTQUFTO0FBQUEsVUFDdEIsT0FBTztBQUFBLFVBQ1AsT0FBTztBQUFBLFVBQ1AsZUFBZTtBQUFBLFFBQ2pCLENBQUM7QUFDRCxZQUFJLFFBQVEsS0FBTSxNQUFLLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFBQSxNQUNqRDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsZUFBZTtBQUFBLElBQzNCLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ2hDLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU8sZUFBZTtBQUFBLE1BQ3BCLENBQUMsV0FDQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQ1QsS0FBSyxhQUFhLE9BQU8sSUFBSSxHQUFHLE1BQU07QUFBQSxJQUM1QztBQUFBLEVBQ0Y7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxlQUFlLGNBQWMsYUFBYTtBQUFBLElBQ3RELE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDYixzQkFBc0I7QUFBQSxJQUN0QixPQUFPLENBQUMsQ0FBQyxFQUFFLE9BQUFFLE9BQU0sTUFBTUEsT0FBTSxXQUFXLEdBQUcsQ0FBQyxFQUFFLE9BQUFBLE9BQU0sTUFBTUEsT0FBTSxVQUFVLEVBQUUsR0FBRyxDQUFDLEVBQUUsT0FBQUEsT0FBTSxNQUFNQSxPQUFNLFdBQVcsQ0FBQztBQUFBLEVBQ2xIO0FBQ0Y7QUFHTyxTQUFTLHVCQUErQztBQUM3RCxTQUFPLE9BQU8sWUFBWSxPQUFPLFFBQVEsZUFBZSxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxNQUFNLENBQUMsTUFBTSxNQUFNLG9CQUFvQixDQUFDLENBQUM7QUFDdEg7QUFHTyxTQUFTLG1CQUErQjtBQUM3QyxTQUFPLE9BQU8sT0FBTyxlQUFlLEVBQUUsUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTO0FBQzFFO0FBR0EsZUFBc0Isc0JBQXNCRixTQUE0QztBQUN0RixRQUFNLE9BQU8sTUFBTSxXQUFXQSxTQUFRLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFDcEQsUUFBTSxTQUFTLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDcEYsUUFBTSxTQUFTLE9BQU8sYUFBYTtBQUFBLElBQ2pDLE9BQU8sWUFBWSxLQUFLLEtBQUs7QUFBQSxJQUM3QixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlO0FBQUEsRUFDakIsQ0FBQztBQUNELE1BQUksQ0FBQyxPQUFPO0FBQ1YsVUFBTSxJQUFJLE1BQU0sOEVBQThFLE9BQU8sTUFBTSxHQUFHO0FBQ2hILFFBQU0sTUFBTSxPQUFPLFNBQVMsT0FBTyxLQUFLLEVBQUU7QUFDMUMsTUFBSSxDQUFDLElBQUk7QUFDUCxVQUFNLElBQUksTUFBTSwyRUFBMkUsSUFBSSxNQUFNLEdBQUc7QUFDMUcsU0FBTyxFQUFFLEdBQUcsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPO0FBQzNDO0FBRUEsSUFBSTtBQUNKLElBQUksT0FBTztBQUdKLFNBQVMsYUFBYUEsU0FBZ0IsT0FBc0IsTUFBK0I7QUFDaEcsY0FBWTtBQUFBLElBQ1YsTUFBTSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxPQUFPO0FBQUEsSUFDM0UsT0FBTyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxLQUFLO0FBQUEsRUFDNUU7QUFDQSxRQUFNLE9BQU8sTUFBTSxNQUFNLFNBQVMsTUFBTSxNQUFNLE1BQU07QUFFcEQ7QUFBQSxJQUNFO0FBQUEsSUFDQTtBQUFBLElBQ0EsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNRyxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CO0FBQUEsSUFDM0ZIO0FBQUEsRUFDRjtBQUNGOzs7QUM1S0EsSUFBTSxNQUFNLEVBQUUsT0FBTyxVQUFVO0FBRS9CLFNBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUNqRSxNQUFJLGFBQWEsU0FBVSxRQUFPLFFBQVE7QUFDMUMsTUFBSSxhQUFhLGdCQUFpQixRQUFPLFFBQVE7QUFDakQsTUFBSSxhQUFhLFFBQVMsUUFBTyxRQUFRO0FBQ3pDLFNBQU8sUUFBUTtBQUNqQjtBQUdPLFNBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUN4RSxTQUFPLEtBQUssSUFBSSxRQUFRLFVBQVUsWUFBWSxVQUFVLE9BQU8sQ0FBQztBQUNsRTtBQWtDTyxTQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDRjtBQW1CTyxTQUFTLG9CQUFvQixTQUFrQixXQUFnQ0ksWUFBMkI7QUFDL0csU0FBTyxVQUFVLFFBQVEsQ0FBQyxhQUFhO0FBQUEsSUFDckM7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUU7QUFBQSxRQUNsRixFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sWUFBWSxVQUFVLE9BQU8sRUFBRTtBQUFBLE1BQ3BGO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBT0EsV0FBVSxDQUFDO0FBQUEsSUFDdkU7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUdPLFNBQVMsYUFBYSxPQUFlLFdBQTJCO0FBQ3JFLFNBQU8sS0FBSyxNQUFNLFFBQVEsWUFBWSxJQUFJO0FBQzVDO0FBT08sU0FBUyxzQkFDZCxXQUNBLE9BQ0FDLFFBQ1E7QUFDUixTQUFPLE9BQU8sUUFBUSxTQUFTLEVBQzVCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLGNBQWMsUUFBUSxDQUFDLEVBQ2hELElBQUksQ0FBQyxDQUFDLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDMUIsUUFBUTtBQUFBLElBQ1IsTUFBTSxFQUFFLFVBQVUsS0FBSztBQUFBLElBQ3ZCLE9BQU87QUFBQSxNQUNMO0FBQUEsUUFDRSxNQUFNO0FBQUEsUUFDTixJQUFJO0FBQUEsUUFDSixPQUFPLGFBQWEsT0FBTyxvQkFBb0IsUUFBUSxDQUFDO0FBQUEsUUFDeEQsR0FBSUEsU0FBUSxFQUFFLGFBQWEsTUFBTSxHQUFHQSxPQUFNLElBQUksQ0FBQztBQUFBLE1BQ2pEO0FBQUEsSUFDRjtBQUFBLEVBQ0YsRUFBRTtBQUNOOzs7QUNwR0EsSUFBTUMsVUFBUyxjQUFjLEtBQUs7QUFDbEMsSUFBTSxFQUFFLE1BQU0sVUFBVSxJQUFJLFNBQVMsU0FBUyxLQUFLO0FBR25ELFNBQVMsU0FBUyxPQUFzQjtBQUN0QyxTQUFPLGFBQWE7QUFBQSxJQUNsQixVQUFVLE1BQU0sS0FBSyxJQUFJO0FBQUEsSUFDekIsc0JBQXNCLE1BQU07QUFBQSxJQUM1QixhQUFhLEtBQUssSUFBSSxHQUFHLE1BQU0sVUFBVSxJQUFJLENBQUMsYUFBYSxZQUFZLFVBQVVBLFFBQU8sT0FBTyxDQUFDLENBQUM7QUFBQSxJQUNqRyxVQUFVQSxRQUFPO0FBQUEsRUFDbkIsQ0FBQztBQUNIO0FBRU8sSUFBTSxVQUFVLGFBQWFBLFNBQVEsTUFBTTtBQUNoRCxRQUFNLFlBQVksT0FBTztBQUFBLElBQ3ZCLE9BQU8sUUFBUSxlQUFlLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLE1BQStCO0FBQUEsTUFDOUU7QUFBQSxNQUNBLGFBQWEsTUFBTSxNQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUdBLFFBQU8sV0FBVyxTQUFTLEtBQUssQ0FBQztBQUFBLElBQzlFLENBQUM7QUFBQSxFQUNIO0FBQ0EsU0FBTztBQUFBLElBQ0wsT0FBTyxDQUFDO0FBQUE7QUFBQSxJQUNSLFdBQVdBLFFBQU87QUFBQSxJQUNsQjtBQUFBLElBQ0EsT0FBTztBQUFBLE1BQ0wsR0FBRyxvQkFBb0JBLFFBQU8sU0FBUyxpQkFBaUIsR0FBRyxTQUFTO0FBQUEsTUFDcEUsR0FBRyxzQkFBc0IsV0FBV0EsUUFBTyxRQUFRLFlBQVk7QUFBQSxNQUMvRCxHQUFHLFdBQVc7QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFDRixDQUFDO0FBR00sSUFBTSxnQkFBZ0Isa0JBQWtCLEVBQUUsVUFBVSxPQUFPLHNCQUFzQixxQkFBcUIsRUFBRSxDQUFDO0FBRXpHLFNBQVMsUUFBb0M7QUFDbEQsU0FBTyxzQkFBc0JBLE9BQU07QUFDckM7QUFFQSxJQUFNLElBQUk7QUFDSCxJQUFNLFNBQVMsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQy9FLElBQU1DLFNBQVEsWUFBWSxDQUFDLFNBQTRCLGFBQWFELFNBQVEsRUFBRSxPQUFPLElBQUksQ0FBQztBQUMxRixJQUFNLFFBQVEsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsT0FBTyxJQUFJO0FBQzdFLElBQU0sU0FBUyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDL0UsSUFBTSxTQUFTLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUMvRSxJQUFNLFdBQVcsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsVUFBVSxJQUFJO0FBQ25GLElBQU0sZUFBZSxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDckYsSUFBTSxRQUFRLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLE9BQU8sSUFBSTsiLAogICJuYW1lcyI6IFsidGV4dCIsICJmYWlsIiwgImFkbWluIiwgImNvbmZpZyIsICJzZWNvbmRzIiwgInRleHQiLCAidGV4dCIsICJyYXRlIiwgImV4ZWMiLCAiZXhlYyIsICJjb25maWciLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImV4ZWMiLCAic2xlZXAiLCAiZXhlYyIsICJodHRwIiwgImh0dHAiLCAic3RhdHVzIiwgImh0dHAiLCAicGFyYW1zIiwgInNoYXBlIiwgImh0dHAiLCAic3RhdHVzIiwgInNsZWVwIiwgImh0dHAiLCAiY291bnQiLCAiaHR0cCIsICJzbGVlcCIsICJjb25maWciLCAiZ2VuZXJhdGUiLCAib3BlbiIsICJzdGF0dXMiLCAiZXhlYyIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAic2VjcmV0IiwgInNsZWVwIiwgIm9wdGlvbnMiLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAidGV4dCIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAicmVxdWVzdHNQZXJJdGVyYXRpb24iLCAiaXRlcmF0aW9ucyIsICJyZXF1ZXN0c1Blckl0ZXJhdGlvbiIsICJleHByZXNzaW9uIiwgInVuaXRPZiIsICJ1bml0T2YiLCAib3BlbiIsICJzZWNvbmRzIiwgInVuaXRPZiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJjbGFzc1Bhc3N3b3JkIiwgImNvbmZpZyIsICJleGVjIiwgImNvbmZpZyIsICJjbGFzc1Bhc3N3b3JkIiwgImFkbWluIiwgImV4ZWMiLCAiZXJyb3JSYXRlIiwgImFib3J0IiwgImNvbmZpZyIsICJsb2dpbiJdCn0K
