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
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
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
    if (!r) {
      r = { endpoint, requests: 0, p50: null, p95: null, p99: null, max: null, errorRate: null };
      rows.set(endpoint, r);
    }
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvZHVyYXRpb24udHMiLCAiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9lbmRwb2ludC1ncm91cHMudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3MvYXBpLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqXG4gICAqIExvZ2luIGNoZWNrcyBhIHBhc3N3b3JkIGhhc2ggKHNjcnlwdCwgYmNyeXB0KSwgd2hpY2ggY29zdHMgdGVucyBvZiBtcyBvZiBDUFUgYnkgZGVzaWduLCBhbmQgZXZlcnlcbiAgICogVlUgbG9ncyBpbiBhcyBpdCBhcnJpdmVzOiBhIGJ1ZGdldCBvZiBpdHMgb3duLCBzbyBhIGxvZ2luIHN0b3JtIGlzIGdhdGVkIHdpdGhvdXQgaGlkaW5nIEFQSSBsYXRlbmN5IChtcykuXG4gICAqL1xuICBsb2dpblA5NU1zOiBudW1iZXI7XG4gIC8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24sIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzIChtcykuICovXG4gIGNoYXB0ZXJQOTVNczogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgY2hlY2tzIGFuZCB3b3JrZmxvd3MgdGhhdCBtdXN0IHN1Y2NlZWQgKDAtMSkuICovXG4gIHN1Y2Nlc3NSYXRlOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBBUEkgcmVxdWVzdHMgdGhhdCBtYXkgZmFpbCwgb3ZlcmFsbCBhbmQgcGVyIGVuZHBvaW50ICgwLTEpLiAqL1xuICBlcnJvclJhdGU6IG51bWJlcjtcbiAgLyoqXG4gICAqIFNoYXJlIG9mIGFuIG9wZW4tbW9kZWwgc2NlbmFyaW8ncyBzY2hlZHVsZWQgaXRlcmF0aW9ucyBrNiBtYXkgZHJvcCBmb3Igd2FudCBvZiBhIGZyZWUgVlUgKDAtMSk6XG4gICAqIHJlcXVlc3RzIG5vdCBzZW50IG9uIHRpbWUsIHdob3NlIGxhdGVuY3kgbm8gcGVyY2VudGlsZSBob2xkcy5cbiAgICovXG4gIGRyb3BwZWRTaGFyZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBsb2dpblA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIGRyb3BwZWRTaGFyZTogMC4wMSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBUaGUgdXNlciBwb29sJ3MgdHdvIHNvdXJjZXMsIGFzIHB1cmUgZnVuY3Rpb25zIChubyBrNiBpbXBvcnRzKSBzbyB0aGUgZGVtbyBwbGF0Zm9ybSwgdGhlIHJ1bm5lclxuLy8gYW5kIHRoZSB1bml0IHRlc3RzIHNoYXJlIHRoZW0gd2l0aCB0aGUgazYgc2lkZTpcbi8vIC0gUEVSRk9STUFOQ0VfVVNFUlNfRklMRSwgYSBDU1YgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChvbmUgYWNjb3VudCBwZXIgbGluZSk7XG4vLyAtIGEgZGVtbyBwb29sIHNwZWMgYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAoREVNT19VU0VSUyksIHdob3NlIGFjY291bnRzIGFyZSBuYW1lZFxuLy8gICBgcmVndWxhci0wMDAxQGV4YW1wbGUuY29tYCAuLi4gYW5kIHNoYXJlIG9uZSBwYXNzd29yZCBwZXIgcm9sZS5cbi8vIEEgQ1NWIHBhcnNlciBvZiBvdXIgb3duIGJlY2F1c2UgdGhlIGZpbGUgbXVzdCBiZSBjaGVja2VkIGxpbmUgYnkgbGluZSB3aXRoIHRoZSBsaW5lIG5hbWVkIGluXG4vLyB0aGUgbWVzc2FnZSwgYW5kIGl0IHJ1bnMgb25jZSBwZXIgdGVzdCAoaW5zaWRlIGEgU2hhcmVkQXJyYXkgY2FsbGJhY2spOyBrNidzIGV4cGVyaW1lbnRhbCBjc3Zcbi8vIG1vZHVsZSByZXR1cm5zIGJhcmUgcmVjb3JkcyB3aXRob3V0IGxpbmUgbnVtYmVycyBhbmQgbmVlZHMgdG9wLWxldmVsIGF3YWl0IGluIGV2ZXJ5IFZVLlxuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IGNvbnN0IFJPTEVTOiByZWFkb25seSBSb2xlW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcblxuZXhwb3J0IGludGVyZmFjZSBBY2NvdW50IHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgQWNjb3VudHMgPSBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbmV4cG9ydCB0eXBlIFBvb2xTaXplcyA9IFJlY29yZDxSb2xlLCBudW1iZXI+O1xuXG5leHBvcnQgY2xhc3MgVXNlcnNGaWxlRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnVXNlcnNGaWxlRXJyb3InO1xufVxuXG4vKipcbiAqIFJlYWRzIGEgdXNlcnMgQ1NWOiBoZWFkZXIgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChhbnkgY29sdW1uIG9yZGVyLCBjYXNlLWluc2Vuc2l0aXZlKSwgUkZDIDQxODBcbiAqIHF1b3RpbmcgKFwiYSxiXCIgYW5kIFwiXCIgaW5zaWRlIHF1b3RlcyksIGJsYW5rIGxpbmVzIHNraXBwZWQuIEV2ZXJ5IHByb2JsZW0gbmFtZXMgdGhlIGZpbGUgYW5kIGxpbmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVVzZXJzQ3N2KHRleHQ6IHN0cmluZywgZmlsZTogc3RyaW5nKTogQWNjb3VudHMge1xuICBjb25zdCBhY2NvdW50czogQWNjb3VudHMgPSB7IHJlZ3VsYXI6IFtdLCBwb3dlcjogW10sIGFkbWluOiBbXSB9O1xuICBjb25zdCBmYWlsID0gKGxpbmU6IG51bWJlciwgcHJvYmxlbTogc3RyaW5nKTogbmV2ZXIgPT4ge1xuICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke2ZpbGV9LCBsaW5lICR7bGluZX06ICR7cHJvYmxlbX1gKTtcbiAgfTtcbiAgbGV0IGNvbHVtbnM6IFJlY29yZDwnZW1haWwnIHwgJ3Bhc3N3b3JkJyB8ICdyb2xlJywgbnVtYmVyPiB8IHVuZGVmaW5lZDtcbiAgbGV0IHdpZHRoID0gMDtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBib2R5ID0gdGV4dC5jaGFyQ29kZUF0KDApID09PSAweGZlZmYgPyB0ZXh0LnNsaWNlKDEpIDogdGV4dDsgLy8gYSBCT00gZnJvbSBzcHJlYWRzaGVldCBleHBvcnRzXG4gIGNvbnN0IGxpbmVzID0gYm9keS5zcGxpdCgvXFxyP1xcbi8pO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IGxpbmVzLmxlbmd0aDsgbisrKSB7XG4gICAgY29uc3QgbGluZSA9IGxpbmVzW25dITtcbiAgICBpZiAobGluZS50cmltKCkgPT09ICcnKSBjb250aW51ZTtcbiAgICAvLyBGaWVsZHMgb2Ygb25lIGxpbmU6IHF1b3RlZCBmaWVsZHMgbWF5IGhvbGQgY29tbWFzIGFuZCBkb3VibGVkIHF1b3RlcyAobm90IGxpbmUgYnJlYWtzKS5cbiAgICBjb25zdCBmaWVsZHM6IHN0cmluZ1tdID0gW107XG4gICAgbGV0IGZpZWxkID0gJyc7XG4gICAgbGV0IHF1b3RlZCA9IGZhbHNlO1xuICAgIGxldCB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmUubGVuZ3RoOyBpKyspIHtcbiAgICAgIGNvbnN0IGMgPSBsaW5lW2ldO1xuICAgICAgaWYgKHF1b3RlZCkge1xuICAgICAgICBpZiAoYyA9PT0gJ1wiJyAmJiBsaW5lW2kgKyAxXSA9PT0gJ1wiJykge1xuICAgICAgICAgIGZpZWxkICs9ICdcIic7XG4gICAgICAgICAgaSsrOyAvLyB0aGUgZXNjYXBlZCBxdW90ZSdzIHNlY29uZCBoYWxmXG4gICAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1wiJykgcXVvdGVkID0gZmFsc2U7XG4gICAgICAgIGVsc2UgZmllbGQgKz0gYztcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJywnKSB7XG4gICAgICAgIGZpZWxkcy5wdXNoKHdhc1F1b3RlZCA/IGZpZWxkIDogZmllbGQudHJpbSgpKTtcbiAgICAgICAgZmllbGQgPSAnJztcbiAgICAgICAgd2FzUXVvdGVkID0gZmFsc2U7XG4gICAgICB9IGVsc2UgaWYgKGMgPT09ICdcIicgJiYgZmllbGQudHJpbSgpID09PSAnJykge1xuICAgICAgICBxdW90ZWQgPSB3YXNRdW90ZWQgPSB0cnVlO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgfSBlbHNlIGZpZWxkICs9IGM7XG4gICAgfVxuICAgIGlmIChxdW90ZWQpIGZhaWwobiArIDEsICdhIHF1b3RlZCBmaWVsZCBpcyBub3QgY2xvc2VkJyk7XG4gICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgIGlmICghY29sdW1ucykge1xuICAgICAgY29uc3QgbmFtZXMgPSBmaWVsZHMubWFwKChmKSA9PiBmLnRvTG93ZXJDYXNlKCkpO1xuICAgICAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nKSA9PiBuYW1lcy5pbmRleE9mKG5hbWUpO1xuICAgICAgaWYgKGF0KCdlbWFpbCcpIDwgMCB8fCBhdCgncGFzc3dvcmQnKSA8IDAgfHwgYXQoJ3JvbGUnKSA8IDApIHtcbiAgICAgICAgZmFpbChuICsgMSwgYHRoZSBmaXJzdCBsaW5lIG11c3QgYmUgdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlIChnb3QgJHtKU09OLnN0cmluZ2lmeShsaW5lLnNsaWNlKDAsIDgwKSl9KWApO1xuICAgICAgfVxuICAgICAgY29sdW1ucyA9IHsgZW1haWw6IGF0KCdlbWFpbCcpLCBwYXNzd29yZDogYXQoJ3Bhc3N3b3JkJyksIHJvbGU6IGF0KCdyb2xlJykgfTtcbiAgICAgIHdpZHRoID0gZmllbGRzLmxlbmd0aDtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoZmllbGRzLmxlbmd0aCAhPT0gd2lkdGgpIGZhaWwobiArIDEsIGBleHBlY3RlZCAke3dpZHRofSBmaWVsZHMgbGlrZSB0aGUgaGVhZGVyLCBnb3QgJHtmaWVsZHMubGVuZ3RofWApO1xuICAgIGNvbnN0IGVtYWlsID0gZmllbGRzW2NvbHVtbnMuZW1haWxdID8/ICcnO1xuICAgIGNvbnN0IHBhc3N3b3JkID0gZmllbGRzW2NvbHVtbnMucGFzc3dvcmRdID8/ICcnO1xuICAgIGNvbnN0IHJvbGUgPSAoZmllbGRzW2NvbHVtbnMucm9sZV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG4gICAgaWYgKGVtYWlsID09PSAnJykgZmFpbChuICsgMSwgJ2VtcHR5IGVtYWlsJyk7XG4gICAgaWYgKHBhc3N3b3JkID09PSAnJykgZmFpbChuICsgMSwgYGVtcHR5IHBhc3N3b3JkIGZvciAke2VtYWlsfWApO1xuICAgIGlmICghKFJPTEVTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyhyb2xlKSlcbiAgICAgIGZhaWwobiArIDEsIGB1bmtub3duIHJvbGUgJHtKU09OLnN0cmluZ2lmeShyb2xlKX0gZm9yICR7ZW1haWx9ICh1c2UgcmVndWxhciwgcG93ZXIgb3IgYWRtaW4pYCk7XG4gICAgaWYgKHNlZW4uaGFzKGVtYWlsLnRvTG93ZXJDYXNlKCkpKSBmYWlsKG4gKyAxLCBgJHtlbWFpbH0gaXMgbGlzdGVkIHR3aWNlYCk7XG4gICAgc2Vlbi5hZGQoZW1haWwudG9Mb3dlckNhc2UoKSk7XG4gICAgYWNjb3VudHNbcm9sZSBhcyBSb2xlXS5wdXNoKHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG4gIGlmICghY29sdW1ucykgZmFpbCgxLCAndGhlIGZpbGUgaXMgZW1wdHk6IGl0IG5lZWRzIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSBhbmQgb25lIGxpbmUgcGVyIGFjY291bnQnKTtcbiAgcmV0dXJuIGFjY291bnRzO1xufVxuXG4vKiogYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAtPiBzaXplczsgYSByb2xlIGxlZnQgb3V0IGhhcyBub25lLiBUaHJvd3MgbmFtaW5nIGBuYW1lYCBvbiBhbnl0aGluZyBlbHNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUG9vbFNwZWMoc3BlYzogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMge1xuICBjb25zdCBzaXplczogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAncm9sZTpjb3VudCBwYWlycyBzdWNoIGFzIHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwJztcbiAgZm9yIChjb25zdCBwYXJ0IG9mIHNwZWNcbiAgICAuc3BsaXQoJywnKVxuICAgIC5tYXAoKHApID0+IHAudHJpbSgpKVxuICAgIC5maWx0ZXIoKHApID0+IHAgIT09ICcnKSkge1xuICAgIGNvbnN0IG1hdGNoID0gL14ocmVndWxhcnxwb3dlcnxhZG1pbik6KFxcZHsxLDZ9KSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKCFtYXRjaClcbiAgICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBcIiR7cGFydH1cIiBpcyBub3Qgb25lIG9mICR7ZXhwZWN0ZWR9YCk7XG4gICAgc2l6ZXNbbWF0Y2hbMV0gYXMgUm9sZV0gPSBOdW1iZXIobWF0Y2hbMl0pO1xuICB9XG4gIGlmIChzaXplcy5yZWd1bGFyICsgc2l6ZXMucG93ZXIgKyBzaXplcy5hZG1pbiA9PT0gMClcbiAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHNwZWMpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbiAgcmV0dXJuIHNpemVzO1xufVxuXG4vKiogVGhlIGVtYWlsIG9mIHRoZSBuLXRoIChmcm9tIDEpIGRlbW8gcG9vbCBhY2NvdW50IG9mIGEgcm9sZTogcmVndWxhci0wMDAxQGV4YW1wbGUuY29tLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvb2xFbWFpbChyb2xlOiBSb2xlLCBuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cm9sZX0tJHtTdHJpbmcobikucGFkU3RhcnQoNCwgJzAnKX1AZXhhbXBsZS5jb21gO1xufVxuXG4vKiogV2h5IGEgcG9vbCBpcyB0b28gc21hbGwgZm9yIGRpc3RpbmN0IGFjY291bnRzLCBvciB1bmRlZmluZWQgd2hlbiBldmVyeSBWVSBjYW4gaGF2ZSBpdHMgb3duLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvb1NtYWxsRm9yRGlzdGluY3Qoc2l6ZXM6IFBvb2xTaXplcywgbmVlZGVkOiBQb29sU2l6ZXMsIHNvdXJjZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgaWYgKG5lZWRlZFtyb2xlXSA+IDAgJiYgc2l6ZXNbcm9sZV0gPCBuZWVkZWRbcm9sZV0pIHtcbiAgICAgIHJldHVybiAoXG4gICAgICAgIGAke3NvdXJjZX0gaGFzICR7c2l6ZXNbcm9sZV19ICR7cm9sZX0gYWNjb3VudChzKSwgYnV0IFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWUgbmVlZHMgJHtuZWVkZWRbcm9sZV19OiBgICtcbiAgICAgICAgYG9uZSBwZXIgVlUgaWQgdGhpcyBlbnRyeSBjYW4gc3RhcnQgKGs2IG51bWJlcnMgVlVzIGFjcm9zcyBhbGwgY2xhc3NlcywgYW5kIFZVIG4gdXNlcyB0aGUgY2xhc3MncyBhY2NvdW50IG4gbW9kIHNpemUpYFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBUaGUgaGlnaGVzdCBWVSBpZCBrNiBjYW4gaGFuZCBvdXQgZm9yIHRoZXNlIHNjZW5hcmlvcyAodGhlIHN1bSBvZiBlYWNoIHNjZW5hcmlvJ3MgVlVzLCBhbiB1cHBlclxuICogYm91bmQgb2YgazYncyBtYXhWVXMpOiBWVSBpZHMgYXJlIG51bWJlcmVkIGFjcm9zcyBhbGwgc2NlbmFyaW9zLCBzbyBhIGNsYXNzJ3MgYWNjb3VudHMgYXJlXG4gKiBpbmRleGVkIGJ5IGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdnVJZEJvdW5kKHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+KTogbnVtYmVyIHtcbiAgbGV0IHRvdGFsID0gMDtcbiAgZm9yIChjb25zdCBzIG9mIE9iamVjdC52YWx1ZXMoc2NlbmFyaW9zKSkge1xuICAgIGNvbnN0IHN0YWdlcyA9IChzLnN0YWdlcyBhcyB7IHRhcmdldDogbnVtYmVyIH1bXSB8IHVuZGVmaW5lZCkgPz8gW107XG4gICAgY29uc3QgbW9zdCA9IE1hdGgubWF4KE51bWJlcihzLnN0YXJ0VlVzID8/IDApLCAuLi5zdGFnZXMubWFwKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0KSk7XG4gICAgaWYgKHMuZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHRvdGFsICs9IG1vc3Q7XG4gICAgZWxzZSBpZiAodHlwZW9mIHMubWF4VlVzID09PSAnbnVtYmVyJykgdG90YWwgKz0gcy5tYXhWVXM7XG4gICAgZWxzZSBpZiAodHlwZW9mIHMucHJlQWxsb2NhdGVkVlVzID09PSAnbnVtYmVyJykgdG90YWwgKz0gcy5wcmVBbGxvY2F0ZWRWVXM7XG4gICAgZWxzZSB0b3RhbCArPSBOdW1iZXIocy52dXMgPz8gMSk7XG4gIH1cbiAgcmV0dXJuIHRvdGFsO1xufVxuIiwgIi8vIFJ1biBjb25maWd1cmF0aW9uIGZyb20gdGhlIGVudmlyb25tZW50LCB2YWxpZGF0ZWQgdXAgZnJvbnQuIFB1cmUgKG5vIGs2IGltcG9ydHMpIHNvIHRoZVxuLy8gcGFyc2luZyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlOyBsaWIvY29uZmlnL2Vudi50cyBhcHBsaWVzIGl0IHRvIGs2J3MgX19FTlYgYXQgaW5pdCwgd2hlcmUgYSB0aHJvd1xuLy8gc3RvcHMgdGhlIHJ1biBiZWZvcmUgYW55IHJlcXVlc3QgaXMgc2VudC5cbmltcG9ydCB7IERFRkFVTFRfVEFSR0VUUywgdHlwZSBUYXJnZXRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzJztcbmltcG9ydCB7IHR5cGUgUG9vbFNpemVzLCBwYXJzZVBvb2xTcGVjLCBVc2Vyc0ZpbGVFcnJvciB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCB0eXBlIEVudiA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlZGVudGlhbHMge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbmZpZyB7XG4gIGJhc2VVcmw6IHN0cmluZztcbiAgdXNlcnM6IHsgcmVndWxhcjogQ3JlZGVudGlhbHM7IHBvd2VyOiBDcmVkZW50aWFsczsgYWRtaW46IENyZWRlbnRpYWxzIH07XG4gIC8qKiBIb2xkIHRpbWUgb2YgdGhlIG1haW4gbG9hZCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTikuICovXG4gIGR1cmF0aW9uUzogbnVtYmVyO1xuICAvKiogUGVhayBudW1iZXIgb2YgdmlydHVhbCB1c2VycyAoUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUykuICovXG4gIGNvbmN1cnJlbnRVc2VyczogbnVtYmVyO1xuICAvKiogUGVyLXJlcXVlc3QgdGltZW91dCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQpLiAqL1xuICBhcGlUaW1lb3V0UzogbnVtYmVyO1xuICAvKiogUmFtcC11cCBhbmQgcmFtcC1kb3duIHRpbWUsIHNlY29uZHMuICovXG4gIHJhbXBVcFM6IG51bWJlcjtcbiAgcmFtcERvd25TOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBWVXMgcGVyIHVzZXIgdHlwZSwgcGVyY2VudCwgc3VtbWluZyB0byAxMDAuICovXG4gIHdlaWdodHM6IHsgcmVndWxhcjogbnVtYmVyOyBwb3dlcjogbnVtYmVyOyBhZG1pbjogbnVtYmVyIH07XG4gIC8qKiBUaGluayB0aW1lIGJldHdlZW4gYSB1c2VyJ3MgYWN0aW9ucywgc2Vjb25kcywgZHJhd24gdW5pZm9ybWx5IGZyb20gW21pbiwgbWF4XS4gKi9cbiAgdGhpbmtUaW1lUzogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfTtcbiAgLyoqIEhvdyBvZnRlbiBhIHBvd2VyIHVzZXIgcG9sbHMgYSBnZW5lcmF0aW9uIGpvYiwgYW5kIGhvdyBsb25nIGl0IHdhaXRzIGF0IG1vc3QsIHNlY29uZHMuICovXG4gIHBvbGxJbnRlcnZhbFM6IG51bWJlcjtcbiAgZ2VuZXJhdGlvblRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBDaGFwdGVycyBwZXIgZ2VuZXJhdGVkIGNvdXJzZS4gKi9cbiAgY2hhcHRlcnNQZXJDb3Vyc2U6IG51bWJlcjtcbiAgc2lkZWNhclVybDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2lkZWNhciBzYW1wbGVzIGdvIG1pc3NpbmcgKFNJREVDQVJfU1RSSUNUPXRydWUpLiAqL1xuICBzaWRlY2FyU3RyaWN0OiBib29sZWFuO1xuICAvKiogSG9zdHMgYmVzaWRlcyBsb29wYmFjayB0aGF0IGVudHJpZXMgaGVhdmllciB0aGFuIHNtb2tlIG1heSBsb2FkIChQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTKS4gKi9cbiAgYWxsb3dlZEhvc3RzOiBzdHJpbmdbXTtcbiAgdGFyZ2V0czogVGFyZ2V0cztcbiAgLyoqIFRoZSB1c2VyIHBvb2w6IGEgQ1NWIG9mIGFjY291bnRzIChQRVJGT1JNQU5DRV9VU0VSU19GSUxFKSwgb3IgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2w7IG5laXRoZXI6IG9uZSBhY2NvdW50IHBlciBjbGFzcy4gKi9cbiAgdXNlcnNGaWxlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGRlbW9Vc2VyczogUG9vbFNpemVzIHwgdW5kZWZpbmVkO1xuICAvKiogUmVmdXNlIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgY2xhc3MgdGhhbiBWVSBpZHMgKFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWUpLiAqL1xuICB1c2Vyc0Rpc3RpbmN0OiBib29sZWFuO1xuICAvKiogS2VwdCBjb3Vyc2VzIHBlciByZWd1bGFyL3Bvd2VyIGFjY291bnQgKFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyksIG9mIHdoaWNoIHRoZSBmaXJzdCBOIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGFyZSBnZW5lcmF0ZWQuICovXG4gIGRhdGFzZXQ6IHsgY291cnNlczogbnVtYmVyOyBnZW5lcmF0ZWQ6IG51bWJlcjsgcmVzZWVkOiBib29sZWFuIH07XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbi8qKiBUaGUgbG9uZ2VzdCByYW1wcywgc2Vjb25kcyAoUEVSRk9STUFOQ0VfUkFNUF9VUCwgUEVSRk9STUFOQ0VfUkFNUF9ET1dOKS4gKi9cbmV4cG9ydCBjb25zdCBNQVhfUkFNUF9VUF9TID0gMjQgKiAzNjAwO1xuZXhwb3J0IGNvbnN0IE1BWF9SQU1QX0RPV05fUyA9IDM2MDA7XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwb29sU3BlYyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIHJldHVybiBwYXJzZVBvb2xTcGVjKHZhbHVlLCBuYW1lKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoZXJyb3IgaW5zdGFuY2VvZiBVc2Vyc0ZpbGVFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBkYXRhc2V0KGVudjogRW52KTogQ29uZmlnWydkYXRhc2V0J10ge1xuICBjb25zdCBjb3Vyc2VzID0gY291bnQoMCwgMTAwMCkoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTJywgMjApO1xuICBjb25zdCBnZW5lcmF0ZWQgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCcsIE1hdGgubWluKDEsIGNvdXJzZXMpKTtcbiAgaWYgKGdlbmVyYXRlZCA+IGNvdXJzZXMpXG4gICAgZmFpbCgnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBTdHJpbmcoZ2VuZXJhdGVkKSwgYGF0IG1vc3QgUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTICgke2NvdXJzZXN9KWApO1xuICByZXR1cm4geyBjb3Vyc2VzLCBnZW5lcmF0ZWQsIHJlc2VlZDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRCcpIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgTUFYX1JBTVBfVVBfUykoXG4gICAgZW52LFxuICAgICdQRVJGT1JNQU5DRV9SQU1QX1VQJyxcbiAgICBNYXRoLm1pbigzMCwgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChkdXJhdGlvblMgLyA0KSkpLFxuICApO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgTUFYX1JBTVBfRE9XTl9TKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgbG9naW5QOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9MT0dJTl9QOTVfTVMnLCBkLmxvZ2luUDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgZHJvcHBlZFNoYXJlOiBudW1iZXJJbihcbiAgICAgICAgMCxcbiAgICAgICAgMSxcbiAgICAgICAgJ2Egc2hhcmUgb2YgdGhlIHNjaGVkdWxlZCBpdGVyYXRpb25zIChlLmcuIDAuMDEpJyxcbiAgICAgICAgZmFsc2UsXG4gICAgICApKGVudiwgJ1RIUkVTSE9MRF9EUk9QUEVEX1NIQVJFJywgZC5kcm9wcGVkU2hhcmUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbihcbiAgICAgICAgMCxcbiAgICAgICAgMV8wMDBfMDAwLFxuICAgICAgICAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJyxcbiAgICAgICAgZmFsc2UsXG4gICAgICApKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICAgIHVzZXJzRmlsZTogcmF3KGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0ZJTEUnKSB8fCB1bmRlZmluZWQsXG4gICAgZGVtb1VzZXJzOiBwb29sU3BlYyhlbnYsICdERU1PX1VTRVJTJyksXG4gICAgdXNlcnNEaXN0aW5jdDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVCcpLFxuICAgIGRhdGFzZXQ6IGRhdGFzZXQoZW52KSxcbiAgfTtcbn1cblxuLyoqIFRoZSBob3N0IHBhcnQgb2YgYSBVUkwsIGxvd2VyLWNhc2VkLCBJUHY2IGluIGJyYWNrZXRzLiAqL1xuZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZnVuY3Rpb24gaXNMb29wYmFjayhob3N0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGhvc3QgPT09ICdsb2NhbGhvc3QnIHx8IGhvc3QgPT09ICdbOjoxXScgfHwgaG9zdCA9PT0gJzo6MScgfHwgL14xMjdcXC5cXGR7MSwzfVxcLlxcZHsxLDN9XFwuXFxkezEsM30kLy50ZXN0KGhvc3QpO1xufVxuXG4vKipcbiAqIFRoZSB0YXJnZXQgZ3VhcmQ6IGFuIGVudHJ5IGhlYXZpZXIgdGhhbiBzbW9rZSByZWZ1c2VzIGEgaG9zdCB0aGF0IGlzIG5vdCBsb29wYmFjayB1bmxlc3MgaXQgaXNcbiAqIGFsbG93LWxpc3RlZCwgc28gYSB0eXBvIGluIEJBU0VfVVJMIGNhbm5vdCBsb2FkLXRlc3QgcHJvZHVjdGlvbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnOiBDb25maWcsIGVudHJ5OiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgaG9zdCA9IGhvc3RPZihjb25maWcuYmFzZVVybCk7XG4gIGlmIChpc0xvb3BiYWNrKGhvc3QpIHx8IGNvbmZpZy5hbGxvd2VkSG9zdHMuaW5jbHVkZXMoaG9zdCkpIHJldHVybjtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgIGByZWZ1c2luZyB0byBydW4gXCIke2VudHJ5fVwiIGFnYWluc3QgJHtjb25maWcuYmFzZVVybH06ICR7aG9zdH0gaXMgbm90IGEgbG9vcGJhY2sgYWRkcmVzcy4gYCArXG4gICAgICBgSWYgeW91IG1lYW4gdG8gbG9hZC10ZXN0IGl0LCBhbGxvdyBpdCB3aXRoIFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFM9JHtob3N0fSAoY29tbWEtc2VwYXJhdGVkIGxpc3QpLmAsXG4gICk7XG59XG5cbi8qKlxuICogQSBzY2VuYXJpbydzIG93biBudW1lcmljIHNldHRpbmcgKGUuZy4gU1BJS0VfRkFDVE9SKSwgdmFsaWRhdGVkIGxpa2UgdGhlIHNoYXJlZCBvbmVzOiBhIGJhZFxuICogdmFsdWUgc3RvcHMgdGhlIHJ1biBhdCBpbml0IHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgdmFyaWFibGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnZOdW1iZXIoXG4gIGVudjogRW52LFxuICBuYW1lOiBzdHJpbmcsXG4gIGZhbGxiYWNrOiBudW1iZXIsXG4gIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSxcbik6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIEVhY2ggZW50cnkncyBmYWN0cyBpbiBvbmUgcGxhY2U6IGl0cyBvd24gc2V0dGluZ3MgKFNQSUtFXyosIFNPQUtfKiwgLi4uKSBhcyBpdHMgc2NlbmFyaW8gcmVhZHNcbi8vIHRoZW0sIHdoYXQgc2V0cyBpdHMgbGVuZ3RoLCBob3cgdGhlIHJ1bm5lciBmaXRzIGl0IGludG8gLS1tYXgtZHVyYXRpb24sIGFuZCB3aGljaCBsb2FkIGxldmVsXG4vLyBpdHMgcmVzb3VyY2Ugc2NhbGluZyBmb2xsb3dzLiBSZWFkIGJ5IHNjZW5hcmlvcy8qLnRzIGFuZCBieSB0aGUgcnVubmVyIGFsaWtlLCBzbyBhIHNldHRpbmcnc1xuLy8gbmFtZSBpcyB3cml0dGVuIG9uY2UuIFB1cmUgKG5vIGs2IG9yIE5vZGUgaW1wb3J0cyk6IGJvdGggd29ybGRzIGJ1bmRsZSBpdC5cbmltcG9ydCB7IHR5cGUgQ29uZmlnLCB0eXBlIEVudiwgZW52TnVtYmVyLCBNQVhfUkFNUF9ET1dOX1MsIE1BWF9SQU1QX1VQX1MgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBwYXJzZUludGVyYWN0aXZlIH0gZnJvbSAnLi9pbnRlcmFjdGl2ZS50cyc7XG5cbi8qKiBUaGUgbG9hZCBsZXZlbCB3aG9zZSBzdGVwcyB0aGUgcmVzb3VyY2Utc2NhbGluZyB0YWJsZSBmb2xsb3dzIChydW5uZXIvc2NhbGluZy8pLiAqL1xuZXhwb3J0IHR5cGUgTG9hZExldmVsID0gJ3VzZXJzJyB8ICdyZXF1ZXN0c19wZXJfcyc7XG5cbmludGVyZmFjZSBFbnRyeUZhY3RzPFNldHRpbmdzPiB7XG4gIC8qKiBIb3cgdGhlIHJ1bm5lciBvZmZlcnMgaXQ6IGluIGAtLXN1aXRlIGFsbGAsIGJ5IG5hbWUgb25seSAoc21va2UpLCBvciBub3QgYXQgYWxsIChpbnRlcmFjdGl2ZTogbnBtIHJ1biB1aSkuICovXG4gIHN1aXRlOiAnYWxsJyB8ICdieS1uYW1lJyB8ICdub25lJztcbiAgLyoqIFdoYXQgc2V0cyBpdHMgbGVuZ3RoLCBmb3IgdGhlIHBsYW4ncyBoaW50cy4gKi9cbiAgbGVuZ3RoOiBzdHJpbmc7XG4gIC8qKiBUaGUgc2V0dGluZ3MgdGhhdCBtYWtlIGl0cyBsb2FkIGxhc3QgYWJvdXQgYHNlY29uZHNgICgtLW1heC1kdXJhdGlvbik7IGFic2VudCB3aGVuIGl0cyBsZW5ndGggaXMgdGhlIHBsYXRmb3JtJ3MuICovXG4gIGZpdD86IChzZWNvbmRzOiBudW1iZXIpID0+IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBUaGUgbG9hZCBsZXZlbCBpdHMgcmVzb3VyY2Ugc2NhbGluZyBmb2xsb3dzOyBhYnNlbnQgd2hlbiBpdHMgbG9hZCBkb2VzIG5vdCBjaGFuZ2UgYnkgZGVzaWduLiAqL1xuICBzY2FsaW5nPzogTG9hZExldmVsO1xuICAvKiogSXRzIG93biBzZXR0aW5ncywgcmVhZCBmcm9tIGs2J3MgX19FTlYgYXQgaW5pdCAoYSBiYWQgdmFsdWUgdGhyb3dzLCBuYW1pbmcgdGhlIHZhcmlhYmxlKS4gKi9cbiAgc2V0dGluZ3M6IChlbnY6IEVudiwgY29uZmlnOiBDb25maWcpID0+IFNldHRpbmdzO1xufVxuXG4vLyBUaGUgbGVuZ3RoIGhpbnRzIGFyZSBidWlsdCBmcm9tIHRoZXNlIG5hbWVzIGF0IGltcG9ydDsgLyogQF9fUFVSRV9fICovIGxldHMgdGhlIGJ1bmRsZXIgbGVhdmVcbi8vIG91dCB0aGUgZW50cmllcyBhIHNjZW5hcmlvIGRvZXMgbm90IGltcG9ydC5cbi8vIFRoZSBzaGFyZWQgbGVuZ3RoIHNldHRpbmdzIChyZWFkIGJ5IGxpYi9jb25maWcvY29uZmlnLnRzKS5cbmNvbnN0IERVUkFUSU9OID0gJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nO1xuY29uc3QgUkFNUF9VUCA9ICdQRVJGT1JNQU5DRV9SQU1QX1VQJztcbmNvbnN0IFJBTVBfRE9XTiA9ICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nO1xuLy8gRW50cmllcycgb3duIGxlbmd0aCBzZXR0aW5ncy5cbmNvbnN0IFNQSUtFX1BIQVNFUyA9IFsnU1BJS0VfQkFTRUxJTkVfUycsICdTUElLRV9IT0xEX1MnLCAnU1BJS0VfUkVDT1ZFUllfUycsICdTUElLRV9PQlNFUlZFX1MnXSBhcyBjb25zdDtcbmNvbnN0IFNPQUtfRFVSQVRJT04gPSAnU09BS19EVVJBVElPTic7XG5jb25zdCBCUkVBS1BPSU5UX0RVUkFUSU9OID0gJ0JSRUFLUE9JTlRfRFVSQVRJT04nO1xuXG4vKiogU2Vjb25kcyBvZiBlYWNoIG9mIHRoZSBzcGlrZSdzIHR3byBzdXJnZXMgKHVwIGFuZCBiYWNrIGRvd24pLiAqL1xuZXhwb3J0IGNvbnN0IFNQSUtFX1NVUkdFX1MgPSAzO1xuLyoqIFRoZSBsb25nZXN0IHNwaWtlIHBoYXNlIGFuZCBicmVha3BvaW50IHJhbXAsIHNlY29uZHMuICovXG5jb25zdCBNQVhfUEhBU0VfUyA9IDg2XzQwMDtcbi8qKiBIb3cgbG9uZyBzbW9rZSdzIG9uZSBWVSBjYWxscyB0aGUgZW5kcG9pbnRzLiAqL1xuY29uc3QgU01PS0VfU0VDT05EUyA9IDEwO1xuXG5jb25zdCB3aG9sZVNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiAoeyBtaW4sIG1heCwgaW50ZWdlcjogdHJ1ZSwgd2hhdDogJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnIH0pO1xuY29uc3Qgd2hvbGVOdW1iZXIgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiAoeyBtaW4sIG1heCwgaW50ZWdlcjogdHJ1ZSB9KTtcbi8qKiBBIHNoYXJlIG9mIGB0b3RhbGAgc2Vjb25kcywgYXQgbGVhc3QgMSBhbmQgYXQgbW9zdCB3aGF0IHRoZSBzZXR0aW5nIGFjY2VwdHMuICovXG5jb25zdCBwYXJ0ID0gKHRvdGFsOiBudW1iZXIsIHNoYXJlOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PlxuICBTdHJpbmcoTWF0aC5taW4obWF4LCBNYXRoLm1heCgxLCBNYXRoLmZsb29yKHRvdGFsICogc2hhcmUpKSkpO1xuY29uc3Qgbm9uZSA9ICgpID0+ICh7fSk7XG5cbi8qKiBSYW1wIHVwLCBob2xkLCByYW1wIGRvd246IDEvNCwgMi8zIGFuZCB0aGUgcmVzdC4gKi9cbmNvbnN0IGZpdFJhbXBzID0gKHNlY29uZHM6IG51bWJlcikgPT4gKHtcbiAgW1JBTVBfVVBdOiBwYXJ0KHNlY29uZHMsIDEgLyA0LCBNQVhfUkFNUF9VUF9TKSxcbiAgW0RVUkFUSU9OXTogcGFydChzZWNvbmRzLCAyIC8gMywgSW5maW5pdHkpLFxuICBbUkFNUF9ET1dOXTogcGFydChzZWNvbmRzLCAxIC8gMTIsIE1BWF9SQU1QX0RPV05fUyksXG59KTtcblxuZXhwb3J0IGNvbnN0IHNtb2tlRW50cnkgPSB7XG4gIHN1aXRlOiAnYnktbmFtZScsXG4gIGxlbmd0aDogJ29uZSBwYXNzJyxcbiAgc2V0dGluZ3M6ICgpID0+ICh7IHNlY29uZHM6IFNNT0tFX1NFQ09ORFMgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgYXBpRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiBEVVJBVElPTixcbiAgZml0OiAoc2Vjb25kcykgPT4gKHsgW0RVUkFUSU9OXTogU3RyaW5nKE1hdGgubWF4KDEsIHNlY29uZHMpKSB9KSxcbiAgc2V0dGluZ3M6IChlbnYpID0+ICh7XG4gICAgLyoqIEl0ZXJhdGlvbnMvcyBwZXIgZW5kcG9pbnQgZ3JvdXAgKGhlYWx0aCAyeCwgZXhwb3J0IC8yLCBnZW5lcmF0ZSBhbmQgbG9naW4gLzUpLiAqL1xuICAgIHJhdGU6IGVudk51bWJlcihlbnYsICdBUElfUkFURScsIDUsIHsgbWluOiAwLjEsIG1heDogMTBfMDAwLCB3aGF0OiAnaXRlcmF0aW9ucyBwZXIgc2Vjb25kJyB9KSxcbiAgICAvKiogRWFjaCBlbmRwb2ludCdzIGVycm9yIGJ1ZGdldC4gKi9cbiAgICBlcnJvclJhdGU6IGVudk51bWJlcihlbnYsICdBUElfRVJST1JfUkFURScsIDAuMDEsIHsgbWluOiAwLCBtYXg6IDEsIHdoYXQ6ICdhIGZyYWN0aW9uIChlLmcuIDAuMDEpJyB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5jb25zdCBsb2FkRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW1JBTVBfVVAsIERVUkFUSU9OLCBSQU1QX0RPV05dLmpvaW4oJyArICcpLFxuICBmaXQ6IGZpdFJhbXBzLFxuICBzZXR0aW5nczogbm9uZSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCByYW1wVXBFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6IC8qIEBfX1BVUkVfXyAqLyBbUkFNUF9VUCwgRFVSQVRJT04sIFJBTVBfRE9XTl0uam9pbignICsgJyksXG4gIGZpdDogZml0UmFtcHMsXG4gIHNjYWxpbmc6ICd1c2VycycsXG4gIHNldHRpbmdzOiAoZW52KSA9PiAoe1xuICAgIC8qKiBJdHMgb3duIGRlZmF1bHQgcmFtcCAoNjAgcyksIHNsb3dlciB0aGFuIHRoZSBzaGFyZWQgb25lLiAqL1xuICAgIHJhbXBVcFM6IGVudk51bWJlcihlbnYsIFJBTVBfVVAsIDYwLCB3aG9sZVNlY29uZHMoMSwgTUFYX1JBTVBfVVBfUykpLFxuICAgIGhvbGRQOTVNczogZW52TnVtYmVyKGVudiwgJ1JBTVBfSE9MRF9QOTVfTVMnLCA1MDAsIHsgbWluOiAxLCBtYXg6IDYwMF8wMDAsIHdoYXQ6ICdtaWxsaXNlY29uZHMnIH0pLFxuICAgIGRyaWZ0TGltaXQ6IGVudk51bWJlcihlbnYsICdSQU1QX0RSSUZUX0xJTUlUJywgMS41LCB7IG1pbjogMSwgbWF4OiAxMDAgfSksXG4gIH0pLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IHNwaWtlRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gU1BJS0VfUEhBU0VTLmpvaW4oJywgJyksXG4gIGZpdDogKHNlY29uZHMpID0+IHtcbiAgICAvLyBiYXNlbGluZSwgaG9sZCwgcmVjb3ZlcnkgZ3JhY2UsIG9ic2VydmF0aW9uIGFzIDIwLzIwLzEwLzIwIG9mIHdoYXQgdGhlIHR3byBzdXJnZXMgbGVhdmUuXG4gICAgY29uc3QgbGVmdCA9IE1hdGgubWF4KDQsIHNlY29uZHMgLSAyICogU1BJS0VfU1VSR0VfUyk7XG4gICAgY29uc3QgW2Jhc2VsaW5lLCBob2xkLCByZWNvdmVyeSwgb2JzZXJ2ZV0gPSBTUElLRV9QSEFTRVM7XG4gICAgcmV0dXJuIHtcbiAgICAgIFtiYXNlbGluZV06IHBhcnQobGVmdCwgMiAvIDcsIE1BWF9QSEFTRV9TKSxcbiAgICAgIFtob2xkXTogcGFydChsZWZ0LCAyIC8gNywgTUFYX1BIQVNFX1MpLFxuICAgICAgW3JlY292ZXJ5XTogcGFydChsZWZ0LCAxIC8gNywgTUFYX1BIQVNFX1MpLFxuICAgICAgW29ic2VydmVdOiBwYXJ0KGxlZnQsIDIgLyA3LCBNQVhfUEhBU0VfUyksXG4gICAgfTtcbiAgfSxcbiAgc2NhbGluZzogJ3VzZXJzJyxcbiAgc2V0dGluZ3M6IChlbnYsIGNvbmZpZykgPT4ge1xuICAgIGNvbnN0IHNlY29uZHMgPSAobmFtZTogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyKSA9PiBlbnZOdW1iZXIoZW52LCBuYW1lLCBmYWxsYmFjaywgd2hvbGVTZWNvbmRzKDEsIE1BWF9QSEFTRV9TKSk7XG4gICAgY29uc3QgW2Jhc2VsaW5lLCBob2xkLCByZWNvdmVyeSwgb2JzZXJ2ZV0gPSBTUElLRV9QSEFTRVM7XG4gICAgcmV0dXJuIHtcbiAgICAgIGJhc2VVc2VyczogZW52TnVtYmVyKFxuICAgICAgICBlbnYsXG4gICAgICAgICdTUElLRV9CQVNFX1VTRVJTJyxcbiAgICAgICAgTWF0aC5tYXgoMiwgTWF0aC5yb3VuZChjb25maWcuY29uY3VycmVudFVzZXJzIC8gMTApKSxcbiAgICAgICAgd2hvbGVOdW1iZXIoMSwgMTAwXzAwMCksXG4gICAgICApLFxuICAgICAgZmFjdG9yOiBlbnZOdW1iZXIoZW52LCAnU1BJS0VfRkFDVE9SJywgNSwgeyBtaW46IDEsIG1heDogMTAwMCB9KSxcbiAgICAgIGJhc2VsaW5lUzogc2Vjb25kcyhiYXNlbGluZSwgMjApLFxuICAgICAgaG9sZFM6IHNlY29uZHMoaG9sZCwgMjApLFxuICAgICAgcmVjb3ZlcnlTOiBzZWNvbmRzKHJlY292ZXJ5LCAxMCksXG4gICAgICBvYnNlcnZlUzogc2Vjb25kcyhvYnNlcnZlLCAyMCksXG4gICAgICByZWNvdmVyeUZhY3RvcjogZW52TnVtYmVyKGVudiwgJ1NQSUtFX1JFQ09WRVJZX0ZBQ1RPUicsIDIsIHsgbWluOiAxLCBtYXg6IDEwMDAgfSksXG4gICAgfTtcbiAgfSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBzb2FrRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW1NPQUtfRFVSQVRJT04sICcobm90IC0tZHVyYXRpb24pJ10uam9pbignICcpLFxuICBmaXQ6IChzZWNvbmRzKSA9PiAoeyBbU09BS19EVVJBVElPTl06IFN0cmluZyhNYXRoLm1heCgxMCwgc2Vjb25kcykpIH0pLFxuICBzZXR0aW5nczogKGVudiwgY29uZmlnKSA9PiAoe1xuICAgIGR1cmF0aW9uUzogZW52TnVtYmVyKGVudiwgU09BS19EVVJBVElPTiwgMTgwMCwgd2hvbGVTZWNvbmRzKDEwLCA3ICogODZfNDAwKSksXG4gICAgdXNlcnM6IGVudk51bWJlcihlbnYsICdTT0FLX1VTRVJTJywgTWF0aC5tYXgoMywgTWF0aC5yb3VuZChjb25maWcuY29uY3VycmVudFVzZXJzIC8gNSkpLCB3aG9sZU51bWJlcigxLCAxMDBfMDAwKSksXG4gICAgZHJpZnRMaW1pdDogZW52TnVtYmVyKGVudiwgJ1NPQUtfRFJJRlRfTElNSVQnLCAxLjUsIHsgbWluOiAxLCBtYXg6IDEwMCB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgY29uY3VycmVudEVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogJ29uZSBidXJzdDsgbm90IHNob3J0ZW5lZCcsXG4gIHNldHRpbmdzOiAoZW52KSA9PiAoe1xuICAgIHA5NU1zOiBlbnZOdW1iZXIoZW52LCAnQ09OQ1VSUkVOVF9QOTVfTVMnLCAxMDAwLCB7IG1pbjogMSwgbWF4OiA2MDBfMDAwLCB3aGF0OiAnbWlsbGlzZWNvbmRzJyB9KSxcbiAgICBzZXR0bGVTOiBlbnZOdW1iZXIoZW52LCAnQ09OQ1VSUkVOVF9TRVRUTEVfUycsIDIsIHsgbWluOiAwLCBtYXg6IDYwMCB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogJ3RoZSBwbGF0Zm9ybSBnZW5lcmF0aW5nIEdFTkVSQVRJT05fVVNFUlMgY291cnNlcywgdXAgdG8gR0VORVJBVElPTl9USU1FT1VUOyBub3Qgc2hvcnRlbmVkJyxcbiAgc2V0dGluZ3M6IChlbnYpID0+ICh7XG4gICAgdXNlcnM6IGVudk51bWJlcihlbnYsICdHRU5FUkFUSU9OX1VTRVJTJywgMTAsIHdob2xlTnVtYmVyKDEsIDEwXzAwMCkpLFxuICAgIGNvdXJzZXNQZXJVc2VyOiBlbnZOdW1iZXIoZW52LCAnR0VORVJBVElPTl9DT1VSU0VTX1BFUl9VU0VSJywgMSwgd2hvbGVOdW1iZXIoMSwgMTAwMCkpLFxuICB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBicmVha3BvaW50RW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW0JSRUFLUE9JTlRfRFVSQVRJT04sICdvciBsZXNzIHdoZW4gaXQgYnJlYWtzJ10uam9pbignLCAnKSxcbiAgZml0OiAoc2Vjb25kcykgPT4gKHsgW0JSRUFLUE9JTlRfRFVSQVRJT05dOiBTdHJpbmcoTWF0aC5taW4oTUFYX1BIQVNFX1MsIE1hdGgubWF4KDEsIHNlY29uZHMpKSkgfSksXG4gIHNjYWxpbmc6ICdyZXF1ZXN0c19wZXJfcycsXG4gIHNldHRpbmdzOiAoZW52KSA9PiB7XG4gICAgY29uc3Qgc3RhcnRSYXRlID0gZW52TnVtYmVyKGVudiwgJ0JSRUFLUE9JTlRfU1RBUlRfUkFURScsIDUsIHdob2xlTnVtYmVyKDEsIDEwMF8wMDApKTtcbiAgICBjb25zdCBtYXhSYXRlID0gZW52TnVtYmVyKGVudiwgJ0JSRUFLUE9JTlRfTUFYX1JBVEUnLCAyMDAwLCB3aG9sZU51bWJlcigxLCAxMDBfMDAwKSk7XG4gICAgY29uc3QgZHVyYXRpb25TID0gZW52TnVtYmVyKGVudiwgQlJFQUtQT0lOVF9EVVJBVElPTiwgMTIwLCB3aG9sZVNlY29uZHMoMSwgTUFYX1BIQVNFX1MpKTtcbiAgICBjb25zdCB3aW5kb3dTaXplID0gZW52TnVtYmVyKGVudiwgJ0JSRUFLUE9JTlRfV0lORE9XJywgMjAsIHdob2xlTnVtYmVyKDEsIDEwXzAwMCkpO1xuICAgIGlmIChtYXhSYXRlIDwgc3RhcnRSYXRlKVxuICAgICAgdGhyb3cgbmV3IEVycm9yKGBCUkVBS1BPSU5UX01BWF9SQVRFPSR7bWF4UmF0ZX0gaXMgYmVsb3cgQlJFQUtQT0lOVF9TVEFSVF9SQVRFPSR7c3RhcnRSYXRlfTogdGhlIHJhdGUgbXVzdCByaXNlYCk7XG4gICAgcmV0dXJuIHsgc3RhcnRSYXRlLCBtYXhSYXRlLCBkdXJhdGlvblMsIHdpbmRvd1NpemUgfTtcbiAgfSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBpbnRlcmFjdGl2ZUVudHJ5ID0ge1xuICBzdWl0ZTogJ25vbmUnLFxuICBsZW5ndGg6ICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OLCBvciBsZXNzIHdoZW4gdGhlIHBhZ2Ugc3RvcHMgaXQnLFxuICBzZXR0aW5nczogKGVudikgPT4gcGFyc2VJbnRlcmFjdGl2ZShlbnYpLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuLyoqIEV2ZXJ5IGVudHJ5IChzY2VuYXJpb3MvPG5hbWU+LnRzKSwgaW4gdGhlIG9yZGVyIHRoZSBydW5uZXIgbGlzdHMgdGhlbS4gKi9cbmV4cG9ydCBjb25zdCBFTlRSSUVTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBFbnRyeUZhY3RzPHVua25vd24+Pj4gPSB7XG4gIHNtb2tlOiBzbW9rZUVudHJ5LFxuICBhcGk6IGFwaUVudHJ5LFxuICBsb2FkOiBsb2FkRW50cnksXG4gICdyYW1wLXVwJzogcmFtcFVwRW50cnksXG4gIHNwaWtlOiBzcGlrZUVudHJ5LFxuICBzb2FrOiBzb2FrRW50cnksXG4gIGNvbmN1cnJlbnQ6IGNvbmN1cnJlbnRFbnRyeSxcbiAgZ2VuZXJhdGlvbjogZ2VuZXJhdGlvbkVudHJ5LFxuICBicmVha3BvaW50OiBicmVha3BvaW50RW50cnksXG4gIGludGVyYWN0aXZlOiBpbnRlcmFjdGl2ZUVudHJ5LFxufTtcblxuLyoqIFRoZSBlbnRyaWVzIGAtLXN1aXRlIGFsbGAgcnVucywgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gc3VpdGVFbnRyaWVzKCk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIE9iamVjdC5rZXlzKEVOVFJJRVMpLmZpbHRlcigobmFtZSkgPT4gRU5UUklFU1tuYW1lXT8uc3VpdGUgPT09ICdhbGwnKTtcbn1cblxuLyoqIFdoYXQgYC0tc3VpdGVgIGFjY2VwdHM6IGFsbCwgb3IgYW4gZW50cnkgdGhlIHJ1bm5lciBvZmZlcnMuICovXG5leHBvcnQgZnVuY3Rpb24gc2VsZWN0YWJsZUVudHJpZXMoKTogc3RyaW5nW10ge1xuICByZXR1cm4gWydhbGwnLCAuLi5PYmplY3Qua2V5cyhFTlRSSUVTKS5maWx0ZXIoKG5hbWUpID0+IEVOVFJJRVNbbmFtZV0/LnN1aXRlICE9PSAnbm9uZScpXTtcbn1cblxuLyoqIFRoZSBzZXR0aW5ncyB0aGF0IG1ha2UgYGVudHJ5YCdzIGxvYWQgbGFzdCBhYm91dCBgc2Vjb25kc2AsIG9yIG51bGwgd2hlbiBpdHMgbGVuZ3RoIGlzIHRoZSBwbGF0Zm9ybSdzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpdFRvRHVyYXRpb24oZW50cnk6IHN0cmluZywgc2Vjb25kczogbnVtYmVyKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB8IG51bGwge1xuICByZXR1cm4gRU5UUklFU1tlbnRyeV0/LmZpdD8uKHNlY29uZHMpID8/IG51bGw7XG59XG5cbi8qKiBXaGF0IHNldHMgYGVudHJ5YCdzIGxlbmd0aCwgZm9yIHRoZSBwbGFuJ3MgaGludHMuICovXG5leHBvcnQgZnVuY3Rpb24gbGVuZ3RoT2YoZW50cnk6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBFTlRSSUVTW2VudHJ5XT8ubGVuZ3RoID8/ICdpdHMgb3duIHNldHRpbmdzJztcbn1cblxuLyoqIFdoaWNoIGxvYWQgbGV2ZWwgYW4gZW50cnkgY2hhbmdlcywgb3IgbnVsbCBmb3IgZW50cmllcyB3aG9zZSBsb2FkIGRvZXMgbm90IGNoYW5nZSBieSBkZXNpZ24uICovXG5leHBvcnQgZnVuY3Rpb24gc2NhbGluZ0xldmVsT2YoZW50cnk6IHN0cmluZyk6IExvYWRMZXZlbCB8IG51bGwge1xuICByZXR1cm4gRU5UUklFU1tlbnRyeV0/LnNjYWxpbmcgPz8gbnVsbDtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbi8vIE1hZGUgb24gZmlyc3QgdXNlLCBub3QgYXQgbW9kdWxlIGxvYWQ6IG9wdGlvbnMgYXJlIGJ1aWx0IGluIGs2J3MgVlUgMCBvbmx5IChsaWIvY29uZmlnL2VudHJ5LnRzKSxcbi8vIGFuZCBhIFJlZ0V4cCBldmFsdWF0ZWQgYXQgbG9hZCB3b3VsZCBidWlsZCBSZWdFeHAncyBwcm90b3R5cGUgaW4gZXZlcnkgVlUncyBydW50aW1lLlxubGV0IHBhdHRlcm5zOiB7IG1ldHJpY05hbWU6IFJlZ0V4cDsgdGFnUGFydDogUmVnRXhwOyBwZXJjZW50aWxlOiBSZWdFeHAgfSB8IHVuZGVmaW5lZDtcbmNvbnN0IHBhdHRlcm4gPSAoKSA9PlxuICAocGF0dGVybnMgPz89IHtcbiAgICBtZXRyaWNOYW1lOiAvXltBLVphLXpfXVtBLVphLXowLTlfXSokLyxcbiAgICB0YWdQYXJ0OiAvXltBLVphLXowLTlfLlxcLS9dKyQvLFxuICAgIHBlcmNlbnRpbGU6IC9ecFxcKChcXGQrKFxcLlxcZCspPylcXCkkLyxcbiAgfSk7XG5cbi8qKiBgaHR0cF9yZXFfZHVyYXRpb257ZW5kcG9pbnQ6aGVhbHRofWA6IHRoZSBrZXkgazYgdXNlcyBmb3IgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNLZXkobWV0cmljOiBzdHJpbmcsIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogc3RyaW5nIHtcbiAgaWYgKCFwYXR0ZXJuKCkubWV0cmljTmFtZS50ZXN0KG1ldHJpYykpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBtZXRyaWMgbmFtZSBcIiR7bWV0cmljfVwiOiB1c2UgbGV0dGVycywgZGlnaXRzIGFuZCBfYCk7XG4gIGNvbnN0IGVudHJpZXMgPSBPYmplY3QuZW50cmllcyh0YWdzID8/IHt9KTtcbiAgaWYgKGVudHJpZXMubGVuZ3RoID09PSAwKSByZXR1cm4gbWV0cmljO1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBlbnRyaWVzKSB7XG4gICAgaWYgKCFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KGtleSkgfHwgIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3QodmFsdWUpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgIGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCxcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IHBhdHRlcm4oKS5wZXJjZW50aWxlLmV4ZWMocnVsZS5zdGF0KTtcbiAgaWYgKHJ1bGUuc3RhdC5zdGFydHNXaXRoKCdwKCcpICYmICghcGVyY2VudGlsZSB8fCBOdW1iZXIocGVyY2VudGlsZVsxXSkgPiAxMDApKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHBlcmNlbnRpbGUgXCIke3J1bGUuc3RhdH1cIjogdXNlIHAoTikgd2l0aCAwIDw9IE4gPD0gMTAwYCk7XG4gIH1cbiAgaWYgKCFOdW1iZXIuaXNGaW5pdGUocnVsZS52YWx1ZSkpXG4gICAgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHtcbiAgICB0aHJlc2hvbGQ6IHRleHQsXG4gICAgYWJvcnRPbkZhaWw6IHRydWUsXG4gICAgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSksXG4gIH07XG59XG5cbi8qKiBUdXJucyBnYXRlcyBpbnRvIGs2J3MgYG9wdGlvbnMudGhyZXNob2xkc2A7IGdhdGVzIG9uIHRoZSBzYW1lIGtleSBhcmUgbWVyZ2VkIGluIG9yZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvSzZUaHJlc2hvbGRzKGdhdGVzOiBHYXRlW10pOiBLNlRocmVzaG9sZHMge1xuICBjb25zdCBvdXQ6IEs2VGhyZXNob2xkcyA9IHt9O1xuICBmb3IgKGNvbnN0IGdhdGUgb2YgZ2F0ZXMpIHtcbiAgICBjb25zdCBrZXkgPSBtZXRyaWNLZXkoZ2F0ZS5tZXRyaWMsIGdhdGUudGFncyk7XG4gICAgb3V0W2tleV0gPSBbLi4uKG91dFtrZXldID8/IFtdKSwgLi4uZ2F0ZS5ydWxlcy5tYXAodG9LNildO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLy8gazYvR28gZHVyYXRpb24gdGV4dCB0byBzZWNvbmRzLiBQdXJlLCB1c2VkIGluIGs2IChvcGVuLW1vZGVsIHNjZW5hcmlvcykgYW5kIE5vZGUgKHRoZSBydW5uZXIncyBwbGFuKS5cblxuLyoqIFNlY29uZHMgb2YgYSBrNi9HbyBkdXJhdGlvbiBzdWNoIGFzIFwiMzBtMzBzXCIsIFwiMWgybTMuNXNcIiwgXCI1MDBtc1wiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGR1cmF0aW9uU2Vjb25kcyh0ZXh0OiBzdHJpbmcpOiBudW1iZXIge1xuICBsZXQgdG90YWwgPSAwO1xuICBsZXQgbWF0Y2hlZCA9ICcnO1xuICBmb3IgKGNvbnN0IFt3aG9sZSwgdmFsdWUsIHVuaXRdIG9mIHRleHQubWF0Y2hBbGwoLyhcXGQrKD86XFwuXFxkKyk/KShtc3xofG18cykvZykpIHtcbiAgICB0b3RhbCArPSBOdW1iZXIodmFsdWUpICogeyBoOiAzNjAwLCBtOiA2MCwgczogMSwgbXM6IDAuMDAxIH1bdW5pdCBhcyAnaCcgfCAnbScgfCAncycgfCAnbXMnXTtcbiAgICBtYXRjaGVkICs9IHdob2xlO1xuICB9XG4gIGlmIChtYXRjaGVkICE9PSB0ZXh0IHx8IHRleHQgPT09ICcnKSB0aHJvdyBuZXcgRXJyb3IoYG5vdCBhIGR1cmF0aW9uOiAke0pTT04uc3RyaW5naWZ5KHRleHQpfWApO1xuICByZXR1cm4gdG90YWw7XG59XG4iLCAiLy8gT3Blbi1tb2RlbCAoYXJyaXZhbC1yYXRlKSBzY2VuYXJpb3M6IGhvdyBtYW55IFZVcyB0aGV5IG5lZWQsIGFuZCBob3cgbWFueSBpdGVyYXRpb25zIHRoZXkgc2NoZWR1bGUuXG4vL1xuLy8gQW4gYXJyaXZhbC1yYXRlIGV4ZWN1dG9yIHN0YXJ0cyBlYWNoIHNjaGVkdWxlZCBpdGVyYXRpb24gb24gYSBmcmVlIFZVLiBXaXRoIG5vbmUgZnJlZSBpdCBkcm9wcyB0aGVcbi8vIGl0ZXJhdGlvbiAoazYncyBkcm9wcGVkX2l0ZXJhdGlvbnMpIGFuZCBpbml0aWFsaXNlcyBvbmUgbW9yZSBWVSBpbiB0aGUgYmFja2dyb3VuZCwgdXAgdG8gbWF4VlVzLFxuLy8gc28gZXZlcnkgVlUgYWRkZWQgbWlkLXJ1biBjb3N0cyBhdCBsZWFzdCBvbmUgZHJvcHBlZCBpdGVyYXRpb24uIEEgZHJvcHBlZCBpdGVyYXRpb24gaXMgcmVxdWVzdHNcbi8vIG5vdCBzZW50IG9uIHRpbWU6IHRoZWlyIGxhdGVuY3kgaXMgaW4gbm8gcGVyY2VudGlsZSwgdGhlIHZlcnkgb21pc3Npb24gYW4gb3BlbiBtb2RlbCBpcyB0aGVyZSB0b1xuLy8gYXZvaWQuIFNvIHRoZSBWVXMgZm9sbG93IGZyb20gdGhlIHJhdGUgYW5kIHRoZSBsYXRlbmN5IChMaXR0bGUncyBsYXc6IFZVcyBidXN5ID0gaXRlcmF0aW9ucyBwZXJcbi8vIHNlY29uZCB4IHNlY29uZHMgcGVyIGl0ZXJhdGlvbikuXG5pbXBvcnQgeyBkdXJhdGlvblNlY29uZHMgfSBmcm9tICcuL2R1cmF0aW9uLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuL3NoYXBlcy50cyc7XG5cbi8qKiBQcmUtYWxsb2NhdGVkIFZVcyBob2xkIHR3aWNlIHRoZSBpdGVyYXRpb25zIGluIGZsaWdodCBhdCB0aGUgY292ZXJlZCBsYXRlbmN5IChidXJzdHMsIGEgZ2VuZXJhdG9yIGNhdGNoaW5nIHVwIGFmdGVyIGEgcGF1c2UpLiAqL1xuY29uc3QgUFJFQUxMT0NBVEVEX0hFQURST09NID0gMjtcbi8qKlxuICogVGhlIGxhdGVuY3kgcHJlLWFsbG9jYXRlZCBWVXMgY292ZXIgaXMgdGhlIHA5OSBidWRnZXQsIGNvdW50ZWQgdXAgdG8gdGhpcyBtYW55IHNlY29uZHM6IGs2XG4gKiBpbml0aWFsaXNlcyBldmVyeSBwcmUtYWxsb2NhdGVkIFZVIGJlZm9yZSB0aGUgbG9hZCBzdGFydHMsIHNvIGEgcmVsYXhlZCBidWRnZXQgKGUuZy4gNjAgcykgd291bGRcbiAqIHN0YXJ0IHRob3VzYW5kczsgc2xvd2VyIGFuc3dlcnMgZ2V0IFZVcyBvbiBkZW1hbmQgdXAgdG8gbWF4VlVzLlxuICovXG5jb25zdCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgT3Blbk1vZGVsTG9hZCB7XG4gIC8qKiBJdGVyYXRpb25zIHBlciBzZWNvbmQuICovXG4gIHJhdGVQZXJTOiBudW1iZXI7XG4gIC8qKiBSZXF1ZXN0cyBvbmUgaXRlcmF0aW9uIHNlbmRzIG9uZSBhZnRlciBhbm90aGVyLiAqL1xuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogbnVtYmVyO1xuICAvKiogVGhlIHA5OSBsYXRlbmN5IGJ1ZGdldCBvZiB0aG9zZSByZXF1ZXN0cywgbXMuICovXG4gIHA5OUJ1ZGdldE1zOiBudW1iZXI7XG4gIC8qKiBUaGUgcGVyLXJlcXVlc3QgdGltZW91dCwgczogbm8gcmVxdWVzdCB0YWtlcyBsb25nZXIuICovXG4gIHRpbWVvdXRTOiBudW1iZXI7XG59XG5cbi8qKlxuICogcHJlQWxsb2NhdGVkVlVzOiBldmVyeSByZXF1ZXN0IGFuc3dlcmluZyBhdCBpdHMgcDk5IGJ1ZGdldCAoYXQgbW9zdCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyksXG4gKiBQUkVBTExPQ0FURURfSEVBRFJPT00gdGltZXMgb3ZlciwgcGx1cyBvbmUsIHNvIGEgcGxhdGZvcm0gd2l0aGluIGJ1ZGdldCBuZXZlciB3YWl0cyBmb3IgYSBWVTtcbiAqIG1heFZVczogZXZlcnkgcmVxdWVzdCBhbnN3ZXJpbmcganVzdCBiZWZvcmUgdGhlIHRpbWVvdXQsIHNvIGEgc2xvd2VyIHBsYXRmb3JtIHN0aWxsIGdldHMgaXRzXG4gKiByZXF1ZXN0cyBzZW50IChlYWNoIFZVIGFkZGVkIGNvc3RzIGEgZHJvcHBlZCBpdGVyYXRpb24sIGNvdW50ZWQgYW5kIGdhdGVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG9wZW5Nb2RlbFZVcyhsb2FkOiBPcGVuTW9kZWxMb2FkKTogeyBwcmVBbGxvY2F0ZWRWVXM6IG51bWJlcjsgbWF4VlVzOiBudW1iZXIgfSB7XG4gIGNvbnN0IGl0ZXJhdGlvblMgPSAobGF0ZW5jeVM6IG51bWJlcikgPT4gbG9hZC5yZXF1ZXN0c1Blckl0ZXJhdGlvbiAqIGxhdGVuY3lTO1xuICBjb25zdCBjb3ZlcmVkID0gTWF0aC5taW4obG9hZC5wOTlCdWRnZXRNcyAvIDEwMDAsIFBSRUFMTE9DQVRFRF9MQVRFTkNZX0NBUF9TKTtcbiAgY29uc3QgcHJlQWxsb2NhdGVkVlVzID0gTWF0aC5jZWlsKFBSRUFMTE9DQVRFRF9IRUFEUk9PTSAqIGxvYWQucmF0ZVBlclMgKiBpdGVyYXRpb25TKGNvdmVyZWQpKSArIDE7XG4gIGNvbnN0IG1heFZVcyA9IE1hdGgubWF4KHByZUFsbG9jYXRlZFZVcywgTWF0aC5jZWlsKGxvYWQucmF0ZVBlclMgKiBpdGVyYXRpb25TKGxvYWQudGltZW91dFMpKSk7XG4gIHJldHVybiB7IHByZUFsbG9jYXRlZFZVcywgbWF4VlVzIH07XG59XG5cbmV4cG9ydCBjb25zdCBpc0Fycml2YWxSYXRlID0gKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4gPT5cbiAgc2NlbmFyaW8uZXhlY3V0b3IgPT09ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnIHx8IHNjZW5hcmlvLmV4ZWN1dG9yID09PSAncmFtcGluZy1hcnJpdmFsLXJhdGUnO1xuXG4vKiogVGhlIGl0ZXJhdGlvbnMgYW4gYXJyaXZhbC1yYXRlIHNjZW5hcmlvIHNjaGVkdWxlcyBvdmVyIGl0cyB3aG9sZSBydW4gKGNvbnN0YW50IHJhdGUgeCBkdXJhdGlvbjsgdGhlIGFyZWEgdW5kZXIgYSByYW1wKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlZHVsZWRJdGVyYXRpb25zKHNjZW5hcmlvOiBTY2VuYXJpbyk6IG51bWJlciB7XG4gIGNvbnN0IHMgPSBzY2VuYXJpbyBhcyBTY2VuYXJpbyAmIHtcbiAgICByYXRlPzogbnVtYmVyO1xuICAgIHRpbWVVbml0Pzogc3RyaW5nO1xuICAgIGR1cmF0aW9uPzogc3RyaW5nO1xuICAgIHN0YXJ0UmF0ZT86IG51bWJlcjtcbiAgICBzdGFnZXM/OiB7IGR1cmF0aW9uOiBzdHJpbmc7IHRhcmdldDogbnVtYmVyIH1bXTtcbiAgfTtcbiAgY29uc3QgcGVyVW5pdCA9IGR1cmF0aW9uU2Vjb25kcyhzLnRpbWVVbml0ID8/ICcxcycpO1xuICBpZiAocy5leGVjdXRvciA9PT0gJ2NvbnN0YW50LWFycml2YWwtcmF0ZScpIHJldHVybiAoKHMucmF0ZSA/PyAwKSAqIGR1cmF0aW9uU2Vjb25kcyhzLmR1cmF0aW9uID8/ICcwcycpKSAvIHBlclVuaXQ7XG4gIGlmIChzLmV4ZWN1dG9yICE9PSAncmFtcGluZy1hcnJpdmFsLXJhdGUnKSB0aHJvdyBuZXcgRXJyb3IoYCR7cy5leGVjdXRvcn0gaXMgbm90IGFuIGFycml2YWwtcmF0ZSBleGVjdXRvcmApO1xuICBsZXQgcmF0ZSA9IHMuc3RhcnRSYXRlID8/IDA7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGZvciAoY29uc3Qgc3RhZ2Ugb2Ygcy5zdGFnZXMgPz8gW10pIHtcbiAgICB0b3RhbCArPSAoKHJhdGUgKyBzdGFnZS50YXJnZXQpIC8gMikgKiBkdXJhdGlvblNlY29uZHMoc3RhZ2UuZHVyYXRpb24pO1xuICAgIHJhdGUgPSBzdGFnZS50YXJnZXQ7XG4gIH1cbiAgcmV0dXJuIHRvdGFsIC8gcGVyVW5pdDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5c1xuICAgIC5tYXAoKF8sIGkpID0+IGkpXG4gICAgLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG5leHBvcnQgdHlwZSBVc2VyQ2xhc3MgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcblxuLyoqXG4gKiBUaGUgdXNlciBjbGFzcyBvZiBWVSBudW1iZXIgbiAoMS1iYXNlZCksIHNvIHRoYXQgdGhlIGZpcnN0IG4gVlVzIGFsd2F5cyBmb2xsb3cgdGhlIHdlaWdodHMgYXNcbiAqIGNsb3NlbHkgYXMgd2hvbGUgdXNlcnMgY2FuOiBlYWNoIFZVIHRha2VzIHRoZSBjbGFzcyBmdXJ0aGVzdCBiZWxvdyBpdHMgc2hhcmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc09mVXNlcihuOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogVXNlckNsYXNzIHtcbiAgY29uc3QgY2xhc3NlczogVXNlckNsYXNzW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcbiAgY29uc3QgYXNzaWduZWQgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBsZXQgY2hvc2VuOiBVc2VyQ2xhc3MgPSAncmVndWxhcic7XG4gIGZvciAobGV0IGkgPSAxOyBpIDw9IG47IGkrKykge1xuICAgIGxldCBiZXN0ID0gLUluZmluaXR5O1xuICAgIGZvciAoY29uc3QgYyBvZiBjbGFzc2VzKSB7XG4gICAgICBpZiAod2VpZ2h0c1tjXSA9PT0gMCkgY29udGludWU7XG4gICAgICBjb25zdCBkZWZpY2l0ID0gKHdlaWdodHNbY10gKiBpKSAvIDEwMCAtIGFzc2lnbmVkW2NdO1xuICAgICAgaWYgKGRlZmljaXQgPiBiZXN0KSB7XG4gICAgICAgIGJlc3QgPSBkZWZpY2l0O1xuICAgICAgICBjaG9zZW4gPSBjO1xuICAgICAgfVxuICAgIH1cbiAgICBhc3NpZ25lZFtjaG9zZW5dKys7XG4gIH1cbiAgcmV0dXJuIGNob3Nlbjtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhcbiAgZXhlYzogc3RyaW5nLFxuICB2dXM6IG51bWJlcixcbiAgY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4sXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVczogMCxcbiAgICBzdGFnZXM6IFtcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wVXBTfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wRG93blN9c2AsIHRhcmdldDogMCB9LFxuICAgIF0sXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzMwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIGs2IHdhbnRzIGEgd2hvbGUgcmF0ZTogYSBmcmFjdGlvbmFsIHBlci1zZWNvbmQgcmF0ZSBpcyBleHByZXNzZWQgcGVyIG1pbnV0ZSBpbnN0ZWFkLiAqL1xuZnVuY3Rpb24gd2hvbGVSYXRlKHBlclNlY29uZDogbnVtYmVyKTogeyByYXRlOiBudW1iZXI7IHRpbWVVbml0OiBzdHJpbmcgfSB7XG4gIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHBlclNlY29uZClcbiAgICA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9XG4gICAgOiB7IHJhdGU6IE1hdGgubWF4KDEsIE1hdGgucm91bmQocGVyU2Vjb25kICogNjApKSwgdGltZVVuaXQ6ICcxbScgfTtcbn1cblxuLyoqIEEgZml4ZWQgcmVxdWVzdCByYXRlLCBpbmRlcGVuZGVudCBvZiBob3cgZmFzdCB0aGUgcGxhdGZvcm0gYW5zd2VycyAob3BlbiBtb2RlbCk7IFZVcyBhcyBsaWIvbG9hZC9vcGVuLW1vZGVsLnRzIHNpemVzIHRoZW0uICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRSYXRlKFxuICBleGVjOiBzdHJpbmcsXG4gIHBlclNlY29uZDogbnVtYmVyLFxuICBkdXJhdGlvblM6IG51bWJlcixcbiAgdnVzOiB7IHByZUFsbG9jYXRlZFZVczogbnVtYmVyOyBtYXhWVXM6IG51bWJlciB9LFxuICBzdGFydFRpbWUgPSAnMHMnLFxuKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIC4uLndob2xlUmF0ZShwZXJTZWNvbmQpLFxuICAgIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiB2dXMucHJlQWxsb2NhdGVkVlVzLFxuICAgIG1heFZVczogdnVzLm1heFZVcyxcbiAgICBzdGFydFRpbWUsXG4gIH07XG59XG5cbi8qKiBXYWxsIHRpbWUgb2YgYSByYW1waW5nLXVzZXJzIHJ1biwgc2Vjb25kcywgZm9yIHNjZW5hcmlvcyB0aGF0IG11c3QgcnVuIGFsb25nc2lkZSBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nRHVyYXRpb25TKGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogbnVtYmVyIHtcbiAgcmV0dXJuIGNvbmZpZy5yYW1wVXBTICsgY29uZmlnLmR1cmF0aW9uUyArIGNvbmZpZy5yYW1wRG93blM7XG59XG5cbmV4cG9ydCBjb25zdCBTVU1NQVJZX1RSRU5EX1NUQVRTID0gWydhdmcnLCAnbWluJywgJ21lZCcsICdtYXgnLCAncCg5MCknLCAncCg5NSknLCAncCg5OSknLCAnY291bnQnXTtcblxuLyoqIFZVcyBmb2xsb3dpbmcgZXhwbGljaXQgc3RhZ2VzIChzcGlrZSBzaGFwZXMgYW5kIHRoZSBsaWtlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFnZWRVc2VycyhleGVjOiBzdHJpbmcsIHN0YWdlczogeyBkdXJhdGlvblM6IG51bWJlcjsgdGFyZ2V0OiBudW1iZXIgfVtdLCBzdGFydFZVcyA9IDApOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVcyxcbiAgICBzdGFnZXM6IHN0YWdlcy5tYXAoKHMpID0+ICh7IGR1cmF0aW9uOiBgJHtzLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiBzLnRhcmdldCB9KSksXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzEwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIEV2ZXJ5IFZVIHN0YXJ0cyBvbmUgaXRlcmF0aW9uIGF0IHRoZSBzYW1lIGluc3RhbnQgKHRoZXkgYXJlIGFsbCBpbml0aWFsaXNlZCBmaXJzdCkuICovXG5leHBvcnQgZnVuY3Rpb24gYWxsQXRPbmNlKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zOiAxLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG5cbi8qKiBBIGZpeGVkIG51bWJlciBvZiBWVXMgZm9yIGEgZml4ZWQgdGltZSAoY2xvc2VkIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFVzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsIGV4ZWMsIHZ1cywgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgZ3JhY2VmdWxTdG9wOiAnMzBzJyB9O1xufVxuXG4vKiogQXJyaXZhbCByYXRlIHJpc2luZyBsaW5lYXJseSBmcm9tIGBzdGFydFJhdGVgIHRvIGBtYXhSYXRlYCBwZXIgc2Vjb25kIG92ZXIgYGR1cmF0aW9uU2AgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJpc2luZ1JhdGUoXG4gIGV4ZWM6IHN0cmluZyxcbiAgc3RhcnRSYXRlOiBudW1iZXIsXG4gIG1heFJhdGU6IG51bWJlcixcbiAgZHVyYXRpb25TOiBudW1iZXIsXG4gIG1heFZVczogbnVtYmVyLFxuKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFRoZSBrNiBzaWRlIG9mIHRoZSByZXNvdXJjZSBzaWRlY2FyOiBhIDEvcyBzY2VuYXJpbyBwb2xscyB0aGUgc2lkZWNhcidzIHNhbXBsZXMgaW50byBUcmVuZFxuLy8gbWV0cmljcywgYW5kIHRlYXJkb3duIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGgsIHNvIHRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBhcmUgb3JkaW5hcnlcbi8vIGs2IHRocmVzaG9sZHMgaW4gdGhlIHNhbWUgcnVuLiBPbmx5IHRoZSBsb2FkIGlzIGdhdGVkOiB0aGUgcG9sbGVyIHRlbGxzIHRoZSBzaWRlY2FyIHdoZW4gdGhlXG4vLyBsb2FkIHN0YXJ0cyAoaXRzIGZpcnN0IHBvbGw6IGl0IHN0YXJ0cyB3aXRoIHRoZSBsb2FkIHNjZW5hcmlvcywgYWZ0ZXIgc2V0dXApIGFuZCBlbmRzIChpdHMgbGFzdCxcbi8vIG9yIHRlYXJkb3duKSwgYW5kIHNhbXBsZXMgdGhlIHNpZGVjYXIgbWFya3Mgc2V0dXAgb3IgdGVhcmRvd24gKGEgZGF0YXNldCBzZWVkZWQgaW4gc2V0dXAsIHRoZVxuLy8gY2xlYW4tdXApIGFyZSBsZWZ0IG91dC4gUG9sbHMgY2Fycnkgc2NvcGU6c2lkZWNhciBhbmQgZW1pdCBubyBodHRwX3JlcV9mYWlsZWQgc2FtcGxlc1xuLy8gKHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwpLCBzbyB0aGUgQVBJIGZpZ3VyZXMgYW5kIHRocmVzaG9sZHMgbmV2ZXIgc2VlIHRoZW0uXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IENvdW50ZXIsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzLCB0b0s2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcblxuLyoqIFBlcmNlbnQgb2YgdGhlIENQVXMgYXZhaWxhYmxlIHRvIHRoZSBzZXJ2ZXIsIDAtMTAwLiAqL1xuY29uc3Qgc2VydmVyQ3B1UGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9wZXJjZW50Jyk7XG4vKiogUGVyLWNvcmUgc3VtOiAxMDAgPSBvbmUgY29yZSBmdWxseSBidXN5LiAqL1xuY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSwgUlNTICgvbWV0cmljcykgb3IgdGhlIG1lbW9yeSBxdWVyeSAoUHJvbWV0aGV1cyBzZXJ2ZXIpLCBNQi4gKi9cbmNvbnN0IHNlcnZlck1lbW9yeU1iID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X21iJyk7XG4vKiogUG9sbHMgdGhlIHNpZGVjYXIgZGlkIG5vdCBhbnN3ZXIsIHBsdXMgcmVhZGluZ3MgdGhlIHNpZGVjYXIgZmFpbGVkIHRvIHRha2U6IGVhY2ggYWJvdXQgb25lIGludGVydmFsIHdpdGhvdXQgZGF0YS4gKi9cbmNvbnN0IHNlcnZlclNhbXBsZXNNaXNzaW5nID0gbmV3IENvdW50ZXIoJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnKTtcbi8qKiBNQiBwZXIgbWludXRlIG92ZXIgdGhlIGxvYWQgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmNvbnN0IHNlcnZlck1lbW9yeUdyb3d0aCA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicpO1xuXG5pbnRlcmZhY2UgU2FtcGxlIHtcbiAgc2VxOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50OiBudW1iZXI7XG4gIGNwdV9jb3Jlc19wZXJjZW50OiBudW1iZXI7XG4gIG1lbW9yeV9tYjogbnVtYmVyO1xuICAvKiogc2V0dXAsIGxvYWQgb3IgdGVhcmRvd247IGFic2VudCBmcm9tIGEgc2lkZWNhciB0aGF0IGRvZXMgbm90IG1hcmsgcGhhc2VzIChldmVyeSBzYW1wbGUgY291bnRzKS4gKi9cbiAgcGhhc2U/OiBzdHJpbmc7XG59XG5cbmNvbnN0IFBPTEwgPSB7IHRhZ3M6IHsgc2NvcGU6ICdzaWRlY2FyJywgbmFtZTogJ3NpZGVjYXInIH0sIHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwsIHRpbWVvdXQ6ICcycycgfSBhcyBjb25zdDtcbi8vIFBlciBWVSAodGhlIHNjZW5hcmlvIGhhcyBvbmUpOiB0aGUgbGFzdCBzZXEgcmVjZWl2ZWQsIHRoZSBzaWRlY2FyJ3MgZmFpbGVkLXJlYWRpbmcgY291bnQgc2Vlbixcbi8vIGFuZCB3aGV0aGVyIHRoZSBzaWRlY2FyIGhhcyB0YWtlbiB0aGUgbWFyayB0aGF0IHRoZSBsb2FkIHN0YXJ0ZWQuXG5sZXQgY3Vyc29yID0gMDtcbmxldCBlcnJvcnNTZWVuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG5sZXQgbG9hZE1hcmtlZCA9IGZhbHNlO1xuXG4vKipcbiAqIFRlbGxzIHRoZSBzaWRlY2FyIHRoZSBsb2FkIHN0YXJ0cyAoJ2xvYWQnKSBvciBlbmRlZCAoJ3RlYXJkb3duJyk7IHRydWUgb25jZSBpdCB0b29rIHRoZSBtYXJrLlxuICogQSBzaWRlY2FyIHdpdGhvdXQgdGhlIHJvdXRlICg0MDQpIG1hcmtzIG5vIHBoYXNlIGFuZCBjb3VudHMgZXZlcnkgc2FtcGxlOiBub3RoaW5nIHRvIHJldHJ5LlxuICovXG5mdW5jdGlvbiBtYXJrUGhhc2Uoc2lkZWNhclVybDogc3RyaW5nLCBwaGFzZTogJ2xvYWQnIHwgJ3RlYXJkb3duJyk6IGJvb2xlYW4ge1xuICBjb25zdCByZXMgPSBodHRwLnBvc3QoYCR7c2lkZWNhclVybH0vcGhhc2VgLCBKU09OLnN0cmluZ2lmeSh7IHBoYXNlIH0pLCB7XG4gICAgLi4uUE9MTCxcbiAgICBoZWFkZXJzOiB7ICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbicgfSxcbiAgfSBhcyBuZXZlcik7XG4gIHJldHVybiByZXMuc3RhdHVzID09PSAyMDAgfHwgcmVzLnN0YXR1cyA9PT0gNDA0O1xufVxuXG4vKiogSG93IGxvbmcgcGFzdCBpdHMgZHVyYXRpb24gdGhlIHBvbGxlciBtYXkgZm9sbG93IFZVcyBzdGlsbCBmaW5pc2hpbmcgKHRoZSBsb2FkIHNjZW5hcmlvcycgZ3JhY2VmdWwgc3RvcHMpLiAqL1xuY29uc3QgVEFJTF9TID0gMzA7XG5cbi8qKlxuICogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVSB0aGF0IHN0YXlzIGFjdGl2ZSAoZWFjaFxuICogaXRlcmF0aW9uIHBvbGxzLCB0aGVuIHNsZWVwcyBvdXQgaXRzIHNlY29uZCkuIEFsd2F5cyBhY3RpdmUsIGl0IGFkZHMgZXhhY3RseSBvbmUgdG8gazYncyBgdnVzYFxuICogZ2F1Z2Ugb3ZlciB0aGUgc2NlbmFyaW8ncyBzcGFuLCB3aGljaCByZXBvcnRzIGNhbiB0YWtlIG9mZiAocnVubmVyL3JlcG9ydC9odG1sLXJlcG9ydC50cyk7IGFuXG4gKiBhcnJpdmFsLXJhdGUgVlUsIGFjdGl2ZSBvbmx5IGR1cmluZyBpdHMgZmV3LW1zIHBvbGxzLCB3b3VsZCBzb21ldGltZXMgYmUgY291bnRlZCBhcyBhIHVzZXIgYW5kXG4gKiBzb21ldGltZXMgbm90LCBkZXBlbmRpbmcgb24gaG93IHRoZSBnYXVnZSdzIHRpY2tzIGZhbGwgYWdhaW5zdCB0aGUgcG9sbHMuIEl0cyBncmFjZWZ1bCBzdG9wIGxldHNcbiAqIHRoZSBsYXN0IGl0ZXJhdGlvbiBmb2xsb3cgdGhlIGxvYWQgdG8gaXRzIGVuZCAocG9sbFJlc291cmNlcyksIGFuZCBubyBmdXJ0aGVyLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzU2NlbmFyaW8oZHVyYXRpb25TOiBudW1iZXIsIHN0YXJ0VGltZT86IHN0cmluZyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsXG4gICAgZXhlYzogJ3BvbGxSZXNvdXJjZXMnLFxuICAgIHZ1czogMSxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIGdyYWNlZnVsU3RvcDogYCR7VEFJTF9TfXNgLFxuICAgIC4uLihzdGFydFRpbWUgPyB7IHN0YXJ0VGltZSB9IDoge30pLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwYXJzZTxUPihib2R5OiB1bmtub3duKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJyA/IChKU09OLnBhcnNlKGJvZHkpIGFzIFQpIDogdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKlxuICogT25lIGl0ZXJhdGlvbiBvZiB0aGUgcG9sbGVyOiBhIHBvbGwsIHRoZW4gdGhlIHJlc3Qgb2YgaXRzIHNlY29uZC4gVGhlIGZpcnN0IHRlbGxzIHRoZSBzaWRlY2FyIHRoZVxuICogbG9hZCBzdGFydHMgKGl0IHN0YXJ0cyB3aXRoIHRoZSBsb2FkIHNjZW5hcmlvcywgYWZ0ZXIgc2V0dXApLiBQYXN0IHRoZSBzY2VuYXJpbydzIGR1cmF0aW9uIHRoZVxuICogbG9hZCdzIFZVcyBtYXkgc3RpbGwgYmUgZmluaXNoaW5nIHRoZWlyIGl0ZXJhdGlvbnMgKGs2J3MgZ3JhY2VmdWwgc3RvcCk6IHRoZSBsYXN0IGl0ZXJhdGlvbiBnb2VzXG4gKiBvbiBwb2xsaW5nIHVudGlsIG5vIG90aGVyIFZVIGlzIGFjdGl2ZSwgdGhlbiB0ZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBlbmRlZCBhbmQgdGFrZXMgdGhlXG4gKiBzYW1wbGVzIHVwIHRvIHRoYXQgbWFyaywgc28gd2hhdCBrNiBnYXRlcyBpcyBleGFjdGx5IHdoYXQgdGhlIHNpZGVjYXIgY291bnRzIGFzIHRoZSBsb2FkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcyhzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgLy8gQmVmb3JlIHRoZSBmaXJzdCByZWFkLCBhbmQgYWdhaW4gdW50aWwgdGhlIHNpZGVjYXIgdGFrZXMgaXQ6IHNhbXBsZXMgdGFrZW4gYmVmb3JlIGl0IGFyZSBzZXR1cCdzLlxuICBpZiAoIWxvYWRNYXJrZWQpIGxvYWRNYXJrZWQgPSBtYXJrUGhhc2Uoc2lkZWNhclVybCwgJ2xvYWQnKTtcbiAgZm9yICg7Oykge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgIHBvbGxPbmNlKHNpZGVjYXJVcmwpOyAvLyB0aHJvd3Mgb25seSB3aGVuIGEgcmVmdXNhbCBhYm9ydHMgdGhlIHJ1blxuICAgIHNsZWVwKE1hdGgubWF4KDAsIDEgLSAoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpIC8gMTAwMCkpOyAvLyBvbmUgcG9sbCBhIHNlY29uZFxuICAgIGlmIChleGVjLnNjZW5hcmlvLnByb2dyZXNzIDwgMSkgcmV0dXJuOyAvLyBrNiBzdGFydHMgdGhlIG5leHQgaXRlcmF0aW9uXG4gICAgaWYgKGV4ZWMuaW5zdGFuY2UudnVzQWN0aXZlIDw9IDEpIGJyZWFrOyAvLyB0aGlzIFZVIGFsb25lOiB0aGUgbG9hZCBpcyBvdmVyXG4gIH1cbiAgbWFya1BoYXNlKHNpZGVjYXJVcmwsICd0ZWFyZG93bicpO1xuICBwb2xsT25jZShzaWRlY2FyVXJsKTtcbn1cblxuZnVuY3Rpb24gcG9sbE9uY2Uoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPVxuICAgIHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgc2FtcGxlczogU2FtcGxlW107IGVycm9ycz86IG51bWJlcjsgcmVmdXNlZD86IHN0cmluZyB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmICghYm9keSB8fCAhQXJyYXkuaXNBcnJheShib2R5LnNhbXBsZXMpKSB7XG4gICAgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKDEpO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkuZXJyb3JzID09PSAnbnVtYmVyJykge1xuICAgIC8vIFRoZSBmaXJzdCBhbnN3ZXIgaXMgdGhlIGJhc2VsaW5lOiBmYWlsdXJlcyBiZWZvcmUgdGhlIHJ1biBhcmUgbm90IHRoZSBydW4ncyBnYXBzLlxuICAgIGlmIChlcnJvcnNTZWVuICE9PSB1bmRlZmluZWQgJiYgYm9keS5lcnJvcnMgPiBlcnJvcnNTZWVuKSBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoYm9keS5lcnJvcnMgLSBlcnJvcnNTZWVuKTtcbiAgICBlcnJvcnNTZWVuID0gYm9keS5lcnJvcnM7XG4gIH1cbiAgZm9yIChjb25zdCBzYW1wbGUgb2YgYm9keS5zYW1wbGVzKSB7XG4gICAgY3Vyc29yID0gTWF0aC5tYXgoY3Vyc29yLCBzYW1wbGUuc2VxKTtcbiAgICBpZiAoc2FtcGxlLnBoYXNlICE9PSB1bmRlZmluZWQgJiYgc2FtcGxlLnBoYXNlICE9PSAnbG9hZCcpIGNvbnRpbnVlOyAvLyBzZXR1cCdzIChvciB0ZWFyZG93bidzKTogc2hvd24gaW4gdGhlIHJlcG9ydHMsIG5vdCBnYXRlZFxuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgfVxuICAvLyBUaGUgc2lkZWNhciBmb3VuZCBtaWQtcnVuIHRoYXQgaXRzIHNvdXJjZSBjYW5ub3QgcmVhZCB0aGUgd2hvbGUgc2VydmVyIChlLmcuIC9tZXRyaWNzIGFuc3dlcmVkXG4gIC8vIGJ5IGFub3RoZXIgd29ya2VyKTogZXZlcnkgZnVydGhlciByZWFkaW5nIHdvdWxkIGJlIHdyb25nLCBzbyB0aGUgcnVuIHN0b3BzLCBzYXlpbmcgd2h5LlxuICBpZiAodHlwZW9mIGJvZHkucmVmdXNlZCA9PT0gJ3N0cmluZycpXG4gICAgZXhlYy50ZXN0LmFib3J0KGBzZXJ2ZXIgcmVzb3VyY2VzOiB0aGUgc2lkZWNhciByZWZ1c2VkIGl0cyBzb3VyY2U6ICR7Ym9keS5yZWZ1c2VkfWApO1xufVxuXG4vKipcbiAqIFRlYXJkb3duLCBiZWZvcmUgYW55dGhpbmcgZWxzZSBpdCBkb2VzOiB0ZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBlbmRlZCAod2hlbiB0aGUgcG9sbGVyIGNvdWxkXG4gKiBub3Q6IGEgcnVuIHN0b3BwZWQgZWFybHkpLCB0aGVuIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGggb3ZlciB0aGUgbG9hZCBhZnRlciB3YXJtLXVwLCBNQiBwZXJcbiAqIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRMb2FkKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBtYXJrUGhhc2Uoc2lkZWNhclVybCwgJ3RlYXJkb3duJyk7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3N1bW1hcnlgLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3Qgc3VtbWFyeSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKHN1bW1hcnkgJiYgdHlwZW9mIHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluID09PSAnbnVtYmVyJylcbiAgICBzZXJ2ZXJNZW1vcnlHcm93dGguYWRkKHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXNvdXJjZUxpbWl0cyB7XG4gIG1lbW9yeU1iOiBudW1iZXI7XG4gIGNwdVBlcmNlbnQ6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gbWVtb3J5IGdyb3d0aCAoc29hayksIE1CIHBlciBtaW51dGUgYWZ0ZXIgd2FybS11cC4gKi9cbiAgZ3Jvd3RoTWJQZXJNaW4/OiBudW1iZXI7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzYW1wbGVzIHdlbnQgbWlzc2luZyAodGhlIHNpZGVjYXIgc3RvcHBlZCBhbnN3ZXJpbmcpLiAqL1xuICBmYWlsT25NaXNzaW5nPzogYm9vbGVhbjtcbn1cblxuLyoqXG4gKiBTZXJ2ZXIgbWVtb3J5IHBlYWssIENQVSBwOTUsIGFuZCBvcHRpb25hbGx5IGdyb3d0aCBhbmQgZ2FwcywgYXMgZ2F0ZXMuIENQVSBpcyBcImF0IG1vc3RcIjogYSBzYW1wbGVcbiAqIGlzIGEgc2hhcmUgb2YgdGhlIHNlcnZlcidzIENQVXMgKG5ldmVyIGFib3ZlIDEwMCksIHNvIGEgbGltaXQgb2YgMTAwIG1lYXN1cmVzIENQVSB3aXRob3V0IGdhdGluZyBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8PScsIHZhbHVlOiBsaW1pdHMuY3B1UGVyY2VudCB9XSB9LFxuICBdO1xuICBpZiAobGltaXRzLmdyb3d0aE1iUGVyTWluICE9PSB1bmRlZmluZWQpXG4gICAgZ2F0ZXMucHVzaCh7XG4gICAgICBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJyxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5ncm93dGhNYlBlck1pbiB9XSxcbiAgICB9KTtcbiAgaWYgKGxpbWl0cy5mYWlsT25NaXNzaW5nKVxuICAgIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgcnVsZXM6IFt7IHN0YXQ6ICdjb3VudCcsIG9wOiAnPCcsIHZhbHVlOiAxIH1dIH0pO1xuICByZXR1cm4gZ2F0ZXM7XG59XG5cbi8qKiBUaGUgc2FtZSBnYXRlcyBhcyBhIGs2IHRocmVzaG9sZHMgb2JqZWN0OiB7IHNlcnZlcl9tZW1vcnlfbWI6IFsnbWF4PDEwMjQnXSwgc2VydmVyX2NwdV9wZXJjZW50OiBbJ3AoOTUpPD04MCddLCAuLi4gfS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZVRocmVzaG9sZHMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEs2VGhyZXNob2xkcyB7XG4gIHJldHVybiB0b0s2VGhyZXNob2xkcyhyZXNvdXJjZUdhdGVzKGxpbWl0cykpO1xufVxuIiwgIi8vIFRoZSBydW4ncyBhY2NvdW50cywgcGVyIGNsYXNzOiBmcm9tIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgKHBhcnNlZCBvbmNlIGZvciB0aGUgd2hvbGUgdGVzdCBpbnRvXG4vLyBrNiBTaGFyZWRBcnJheXMsIHNvIGV2ZXJ5IFZVIHJlYWRzIG9uZSBjb3B5IGluc3RlYWQgb2YgaG9sZGluZyBpdHMgb3duKSwgZnJvbSB0aGUgZGVtb1xuLy8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2wgKG5hbWVzIGNvbXB1dGVkLCBub3RoaW5nIGhlbGQpLCBvciBlbHNlIHRoZSBjbGFzcydzIHNpbmdsZSBhY2NvdW50XG4vLyAoUkVHVUxBUl9VU0VSX0VNQUlMIC4uLjogZXZlcnkgVlUgb2YgYSBjbGFzcyBzaGFyZXMgaXQpLiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS5cbmltcG9ydCB7IFNoYXJlZEFycmF5IH0gZnJvbSAnazYvZGF0YSc7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuLi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7XG4gIHR5cGUgQWNjb3VudCxcbiAgdHlwZSBQb29sU2l6ZXMsXG4gIHBhcnNlVXNlcnNDc3YsXG4gIHBvb2xFbWFpbCxcbiAgUk9MRVMsXG4gIHR5cGUgUm9sZSxcbiAgdG9vU21hbGxGb3JEaXN0aW5jdCxcbn0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFBvb2wge1xuICAvKiogV2hlcmUgdGhlIGFjY291bnRzIGNvbWUgZnJvbSwgZm9yIG1lc3NhZ2VzLiAqL1xuICBzb3VyY2U6IHN0cmluZztcbiAgc2l6ZXM6IFBvb2xTaXplcztcbiAgLyoqIFRoZSBpLXRoIGFjY291bnQgKGZyb20gMCkgb2YgYSBjbGFzczsgYHBhc3N3b3JkYCBpcyB0aGUgZmlsZSdzLCBvciB0aGUgY2xhc3MgcGFzc3dvcmQgZ2l2ZW4uICovXG4gIGFjY291bnQocm9sZTogUm9sZSwgaW5kZXg6IG51bWJlciwgY2xhc3NQYXNzd29yZDogc3RyaW5nKTogQWNjb3VudDtcbn1cblxuZnVuY3Rpb24gcmVhZEZpbGUocGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gb3BlbihwYXRoKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICBgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9IGNhbm5vdCBiZSByZWFkICgke1N0cmluZyhlcnJvcil9KTogZ2l2ZSBhbiBhYnNvbHV0ZSBwYXRoIHRvIGEgQ1NWIHdpdGggdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlYCxcbiAgICApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGZpbGVQb29sKHBhdGg6IHN0cmluZyk6IFBvb2wge1xuICAvLyBUaGUgY2FsbGJhY2sgcnVucyBvbmNlIHBlciB0ZXN0IChrNiBrZWVwcyB0aGUgcmVzdWx0IGZvciBldmVyeSBWVSk7IGVhY2ggY2xhc3MgaXRzIG93biBhcnJheS5cbiAgY29uc3QgYXJyYXlzID0ge30gYXMgUmVjb3JkPFJvbGUsIEFjY291bnRbXT47XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUylcbiAgICBhcnJheXNbcm9sZV0gPSBuZXcgU2hhcmVkQXJyYXkoXG4gICAgICBgdXNlcnM6JHtyb2xlfWAsXG4gICAgICAoKSA9PiBwYXJzZVVzZXJzQ3N2KHJlYWRGaWxlKHBhdGgpLCBwYXRoKVtyb2xlXSxcbiAgICApIGFzIHVua25vd24gYXMgQWNjb3VudFtdO1xuICByZXR1cm4ge1xuICAgIHNvdXJjZTogYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtwYXRofWAsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogYXJyYXlzLnJlZ3VsYXIubGVuZ3RoLCBwb3dlcjogYXJyYXlzLnBvd2VyLmxlbmd0aCwgYWRtaW46IGFycmF5cy5hZG1pbi5sZW5ndGggfSxcbiAgICBhY2NvdW50OiAocm9sZSwgaW5kZXgpID0+IGFycmF5c1tyb2xlXVtpbmRleF0gYXMgQWNjb3VudCxcbiAgfTtcbn1cblxuZnVuY3Rpb24gbWFrZVBvb2woY29uZmlnOiBDb25maWcpOiBQb29sIHtcbiAgaWYgKGNvbmZpZy51c2Vyc0ZpbGUpIHJldHVybiBmaWxlUG9vbChjb25maWcudXNlcnNGaWxlKTtcbiAgY29uc3QgdXNlcnMgPSBjb25maWcudXNlcnM7XG4gIGlmIChjb25maWcuZGVtb1VzZXJzKSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHNvdXJjZTogJ0RFTU9fVVNFUlMnLFxuICAgICAgc2l6ZXM6IGNvbmZpZy5kZW1vVXNlcnMsXG4gICAgICBhY2NvdW50OiAocm9sZSwgaW5kZXgsIHBhc3N3b3JkKSA9PiAoeyBlbWFpbDogcG9vbEVtYWlsKHJvbGUsIGluZGV4ICsgMSksIHBhc3N3b3JkIH0pLFxuICAgIH07XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6ICdSRUdVTEFSX1VTRVJfRU1BSUwgLyBQT1dFUl9VU0VSX0VNQUlMIC8gQURNSU5fVVNFUl9FTUFJTCAob25lIHNoYXJlZCBhY2NvdW50IHBlciBjbGFzcyknLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IDEsIHBvd2VyOiAxLCBhZG1pbjogMSB9LFxuICAgIGFjY291bnQ6IChyb2xlLCBfaW5kZXgsIHBhc3N3b3JkKSA9PiAoeyBlbWFpbDogdXNlcnNbcm9sZV0uZW1haWwsIHBhc3N3b3JkIH0pLFxuICB9O1xufVxuXG4vKiogVGhpcyBWVSdzIGFjY291bnQgb2YgYSBjbGFzczogVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuICovXG5leHBvcnQgZnVuY3Rpb24gYWNjb3VudE9mVnUocG9vbDogUG9vbCwgcm9sZTogUm9sZSwgY2xhc3NQYXNzd29yZDogc3RyaW5nKTogQWNjb3VudCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNpemUgPSBwb29sLnNpemVzW3JvbGVdO1xuICByZXR1cm4gc2l6ZSA9PT0gMCA/IHVuZGVmaW5lZCA6IHBvb2wuYWNjb3VudChyb2xlLCAoZXhlYy52dS5pZEluVGVzdCAtIDEpICUgc2l6ZSwgY2xhc3NQYXNzd29yZCk7XG59XG5cbi8qKiBQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlOiByZWZ1c2VzLCBhdCBpbml0LCBhIHBvb2wgd2l0aCBmZXdlciBhY2NvdW50cyBvZiBhIHVzZWQgY2xhc3MgdGhhbiBWVSBpZHMuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0RGlzdGluY3QocG9vbDogUG9vbCwgcm9sZXM6IHJlYWRvbmx5IFJvbGVbXSwgdnVJZHM6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCBuZWVkZWQ6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiByb2xlcykgbmVlZGVkW3JvbGVdID0gdnVJZHM7XG4gIGNvbnN0IHByb2JsZW0gPSB0b29TbWFsbEZvckRpc3RpbmN0KHBvb2wuc2l6ZXMsIG5lZWRlZCwgcG9vbC5zb3VyY2UpO1xuICBpZiAocHJvYmxlbSkgdGhyb3cgbmV3IEVycm9yKHByb2JsZW0pO1xufVxuXG4vKiogVGhlIHJ1bidzIHBvb2wsIG1hZGUgb25jZSBwZXIgVlUgYXQgaW5pdCAoYSBiYWQgZmlsZSBzdG9wcyB0aGUgcnVuIGhlcmUsIGJlZm9yZSBzZXR1cCkuICovXG5leHBvcnQgY29uc3QgcG9vbDogUG9vbCA9IG1ha2VQb29sKHJ1bkNvbmZpZyk7XG4iLCAiLy8gVGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24sIHJlYWQgZnJvbSBrNidzIF9fRU5WIG9uY2UgYXQgaW5pdC4gQW4gaW52YWxpZCB2YWx1ZSB0aHJvd3MgaGVyZSwgc29cbi8vIGs2IHN0b3BzIGJlZm9yZSBzZXR1cCgpIGFuZCBiZWZvcmUgYW55IHJlcXVlc3QsIHdpdGggdGhlIHZhcmlhYmxlIG5hbWVkIGluIHRoZSBtZXNzYWdlLlxuaW1wb3J0IHsgYXNzZXJ0VGFyZ2V0QWxsb3dlZCwgdHlwZSBDb25maWcsIHBhcnNlQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgY29uc3QgY29uZmlnOiBDb25maWcgPSBwYXJzZUNvbmZpZyhfX0VOVik7XG5cbi8qKiBUaGUgY29uZmlndXJhdGlvbiBmb3IgYSBsb2FkLWdlbmVyYXRpbmcgZW50cnk6IHJlZnVzZXMgYSBub24tbG9vcGJhY2sgdGFyZ2V0IHRoYXQgaXMgbm90IGFsbG93LWxpc3RlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBndWFyZGVkQ29uZmlnKGVudHJ5OiBzdHJpbmcpOiBDb25maWcge1xuICBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZywgZW50cnkpO1xuICByZXR1cm4gY29uZmlnO1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBhbmQgdGVhcmRvd24oKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBjaGVja3Ncbi8vIG9uZSBhY2NvdW50IG9mIGVhY2ggY2xhc3MgKGEgd3JvbmcgcGFzc3dvcmQgc3RvcHMgdGhlIHJ1biBhdCBvbmNlKSwgcmVtb3ZlcyB3aGF0IGtpbGxlZCBydW5zXG4vLyBsZWZ0IGJlaGluZCwgbWFrZXMgc3VyZSB0aGUga2VwdCBkYXRhc2V0IGlzIHRoZXJlLCBhbmQgKGZvciBhcGkvYnJlYWtwb2ludCkgc2VlZHMgcnVuLXRhZ2dlZFxuLy8gY291cnNlcy4gVGVhcmRvd24gcmVtb3ZlcyBldmVyeXRoaW5nIHRoaXMgcnVuIGNyZWF0ZWQuIEl0IHN0b3BzIHRoZSBydW4gd2l0aCBhIG1lc3NhZ2UgdGhhdFxuLy8gc2F5cyB3aGF0IGlzIHdyb25nIGluc3RlYWQgb2YgbGV0dGluZyBWVXMgc2VuZCBhIG1pbnV0ZSBvZiBmYWlsaW5nIHJlcXVlc3RzLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBlbnN1cmVEYXRhc2V0LCB0eXBlIE93bmVyLCBxdWlldExvZ2luLCByZW1vdmVDb3Vyc2VzIH0gZnJvbSAnLi9kYXRhc2V0LnRzJztcbmltcG9ydCB7IGlzTGVmdG92ZXIsIG5ld1J1bklkLCBSVU5fVElUTEVfRklMVEVSIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB7IHBvb2wgfSBmcm9tICcuL3Bvb2wudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHR5cGUgUm9sZSwgdnVJZEJvdW5kIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIC8qKiBPbmUgbG9nZ2VkLWluIGFjY291bnQgcGVyIGNsYXNzICh0aGUgcG9vbCdzIGZpcnN0KTogc2V0dXAncyBjaGVja3MsIHNoYXJlZC10b2tlbiBlbnRyaWVzLCBjbGVhbnVwLiAqL1xuICB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICAvKiogUnVuLXRhZ2dlZCBnZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0b2tlbnMucmVndWxhcidzIGFjY291bnQsIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoXG4gICAgICBgdGhlIHBsYXRmb3JtIGRvZXMgbm90IGFuc3dlciBhdCAke3VybH0gKEdFVCwgJHtQUk9CRV9USU1FT1VUfSB0aW1lb3V0KTogJHtyZXMuZXJyb3IgfHwgJ25vIHJlc3BvbnNlJ30uIElzIGl0IHJ1bm5pbmc/IFNldCBCQVNFX1VSTCB0byBpdHMgYWRkcmVzcy5gLFxuICAgICk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KFxuICAgICAgYHRoZSBwbGF0Zm9ybSBhdCAke3VybH0gYW5zd2VyZWQgJHtyZXMuc3RhdHVzfSBpbnN0ZWFkIG9mIDIwMDogaXQgaXMgbm90IGhlYWx0aHksIG9yIEJBU0VfVVJMIHBvaW50cyBhdCBzb21ldGhpbmcgZWxzZS5gLFxuICAgICk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXRbcm9sZV0gPz8gY29uZmlnLnVzZXJzW3JvbGVdLnBhc3N3b3JkO1xufVxuXG4vKipcbiAqIExvZ3MgaW4gYXMgdGhlIGNsYXNzJ3MgZmlyc3QgYWNjb3VudDogdGhlIGNoZWNrIHRoYXQgYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UuXG4gKiBPdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGVuZHBvaW50OmxvZ2luIHRpbWVzIHRoZSBWVXMnIG93biBsb2dpbnMgdW5kZXIgbG9hZC5cbiAqL1xuZnVuY3Rpb24gbG9naW4oY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4sIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICBpZiAocG9vbC5zaXplc1tyb2xlXSA9PT0gMCkgYWJvcnQoYCR7cG9vbC5zb3VyY2V9IGhhcyBubyAke3JvbGV9IGFjY291bnQsIGFuZCB0aGlzIGVudHJ5IG5lZWRzIG9uZS5gKTtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudChyb2xlLCAwLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSk7XG4gIGNvbnN0IHJlc3VsdCA9IHF1aWV0TG9naW4oY29uZmlnLCBlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC50b2tlbikge1xuICAgIGNvbnN0IGVudlByZWZpeCA9IGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUmA7XG4gICAgY29uc3Qgd2hlcmUgPSBjb25maWcudXNlcnNGaWxlXG4gICAgICA/IGBpdHMgbGluZSBpbiAke2NvbmZpZy51c2Vyc0ZpbGV9YFxuICAgICAgOiBjb25maWcuZGVtb1VzZXJzXG4gICAgICAgID8gYCR7ZW52UHJlZml4fV9QQVNTV09SRCAodGhlIERFTU9fVVNFUlMgcG9vbCdzICR7cm9sZX0gcGFzc3dvcmQpYFxuICAgICAgICA6IGAke2VudlByZWZpeH1fRU1BSUwgYW5kICR7ZW52UHJlZml4fV9QQVNTV09SRGA7XG4gICAgYWJvcnQoYGxvZ2dpbmcgaW4gYXMgdGhlICR7cm9sZX0gdXNlciAoJHtlbWFpbH0pIGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlc3VsdC5zdGF0dXN9OiBjaGVjayAke3doZXJlfS5gKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0LnRva2VuO1xufVxuXG5mdW5jdGlvbiBzZWVkQ291cnNlcyhjbGllbnQ6IEFwaUNsaWVudCwgcnVuSWQ6IHN0cmluZywgY29uZmlnOiBDb25maWcpOiBJZFtdIHtcbiAgY29uc3Qgam9iczogSWRbXSA9IFtdO1xuICBjb25zdCBjb3Vyc2VJZHM6IElkW10gPSBbXTtcbiAgZm9yIChsZXQgbiA9IDA7IG4gPCBTRUVEX0NPVVJTRVM7IG4rKykge1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLFxuICAgICAgdG9waWM6ICdsb2FkIHRlc3RpbmcnLFxuICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICBjaGFwdGVyX2NvdW50OiAyLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpXG4gICAgICAgIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkXG4gKiBsaWtlIHRoZSBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNlxuICogcmVkYWN0cyB0aGVtIGZyb20gaXRzIGxvZ3MuIFRoZXkgYXBwbHkgdG8gdGhlIHNpbmdsZSBhY2NvdW50cyBhbmQgdG8gdGhlIERFTU9fVVNFUlMgcG9vbDsgYVxuICogdXNlcnMgZmlsZSBjYXJyaWVzIGl0cyBvd24gcGFzc3dvcmRzLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc2VjcmV0UGFzc3dvcmRzKCk6IFByb21pc2U8UGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4+IHtcbiAgY29uc3QgZm91bmQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+ID0ge307XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSBmb3VuZFtyb2xlXSA9IHBhc3N3b3JkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm8gc2VjcmV0IHNvdXJjZSBjb25maWd1cmVkLCBvciBubyBzdWNoIGtleToga2VlcCB0aGUgZW52aXJvbm1lbnQncyBwYXNzd29yZFxuICAgIH1cbiAgfVxuICByZXR1cm4gZm91bmQ7XG59XG5cbi8qKiBUaGUgYWNjb3VudHMgVlVzIG9mIHRoZSBjbGFzc2VzIHRoYXQgcmVhZCB0aGUgZGF0YXNldCBjYW4gdXNlOiB0aGUgZmlyc3QgbWluKHNpemUsIFZVIGlkcykgb2YgZWFjaC4gKi9cbmZ1bmN0aW9uIGRhdGFzZXRPd25lcnMoY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4pOiBPd25lcltdIHtcbiAgY29uc3QgdnVJZHMgPSB2dUlkQm91bmQoKGV4ZWMudGVzdC5vcHRpb25zLnNjZW5hcmlvcyA/PyB7fSkgYXMgdW5rbm93biBhcyBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pO1xuICBjb25zdCBvd25lcnM6IE93bmVyW10gPSBbXTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFsncmVndWxhcicsICdwb3dlciddIGFzIGNvbnN0KSB7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBNYXRoLm1pbihwb29sLnNpemVzW3JvbGVdLCB2dUlkcyk7IGkrKylcbiAgICAgIG93bmVycy5wdXNoKHsgcm9sZSwgLi4ucG9vbC5hY2NvdW50KHJvbGUsIGksIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKSB9KTtcbiAgfVxuICByZXR1cm4gb3duZXJzO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFByZXBhcmVPcHRpb25zIHtcbiAgLyoqIFNlZWQgcnVuLXRhZ2dlZCBnZW5lcmF0ZWQgY291cnNlcyBmb3IgZW50cmllcyB0aGF0IHJlYWQgc2hhcmVkIHJvd3MgKGFwaSwgYnJlYWtwb2ludCkuICovXG4gIHNlZWQ/OiBib29sZWFuO1xuICAvKiogTWFrZSBzdXJlIHRoZSBrZXB0IHBlci11c2VyIGRhdGFzZXQgaXMgdGhlcmUgKGVudHJpZXMgd2hvc2UgdXNlcnMgcmVhZCB0aGVpciBvd24gY291cnNlcykuICovXG4gIGRhdGFzZXQ/OiBib29sZWFuO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHJlcGFyZVJ1bihjb25maWc6IENvbmZpZywgb3B0aW9uczogUHJlcGFyZU9wdGlvbnMgPSB7fSk6IFByb21pc2U8UnVuRGF0YT4ge1xuICBwcm9iZShjb25maWcuYmFzZVVybCk7XG4gIGNvbnN0IHNlY3JldCA9IGF3YWl0IHNlY3JldFBhc3N3b3JkcygpO1xuICBjb25zdCBhbm9ueW1vdXMgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCB0b2tlbnMgPSB7fSBhcyBSZWNvcmQ8Um9sZSwgc3RyaW5nPjtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB0b2tlbnNbcm9sZV0gPSBsb2dpbihjb25maWcsIHNlY3JldCwgcm9sZSk7XG4gIGNvbnN0IHJ1bklkID0gbmV3UnVuSWQoKTtcbiAgY29uc3Qgc3dlcHQgPSByZW1vdmVDb3Vyc2VzKGNvbmZpZywgdG9rZW5zLmFkbWluLCBSVU5fVElUTEVfRklMVEVSLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIHJ1bklkLCBmYWxzZSkpO1xuICBpZiAoc3dlcHQgPiAwKSBjb25zb2xlLmxvZyhgc2V0dXA6IHJlbW92ZWQgJHtzd2VwdH0gY291cnNlKHMpIGxlZnQgYmVoaW5kIGJ5IGVhcmxpZXIgcnVuc2ApO1xuICBpZiAob3B0aW9ucy5kYXRhc2V0KSB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHIgPSBlbnN1cmVEYXRhc2V0KGNvbmZpZywgZGF0YXNldE93bmVycyhjb25maWcsIHNlY3JldCkpO1xuICAgICAgY29uc29sZS5sb2coXG4gICAgICAgIGBzZXR1cDogZGF0YXNldCBvZiAke2NvbmZpZy5kYXRhc2V0LmNvdXJzZXN9IGNvdXJzZShzKSBwZXIgYWNjb3VudCBmb3IgJHtyLmFjY291bnRzfSBhY2NvdW50KHMpOiAke3IucmV1c2VkfSByZXVzZWQsICR7ci5jcmVhdGVkfSBjb3Vyc2UocykgY3JlYXRlZCAoJHtyLmdlbmVyYXRlZH0gZ2VuZXJhdGVkKSwgJHtyLnJlbW92ZWR9IHJlbW92ZWQke3IucmV0cmllZCA+IDAgPyBgLCAke3IucmV0cmllZH0gcmVxdWVzdChzKSBzZW50IGFnYWluIGFmdGVyIG5vIGFuc3dlciBvciBhIDV4eGAgOiAnJ30sIGluICR7KChEYXRlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwKS50b0ZpeGVkKDEpfSBzYCxcbiAgICAgICk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGFib3J0KGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIC8vIE5vIHBhc3N3b3JkIGluIHRoZSByZXR1cm5lZCBkYXRhOiBrNiBjb3BpZXMgaXQgaW50byBldmVyeSBWVSBhbmQgaW50byBpdHMgc3VtbWFyeSBleHBvcnQuXG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuXG4vKiogVGVhcmRvd246IHJlbW92ZXMgZXZlcnkgY291cnNlIHRoaXMgcnVuIGNyZWF0ZWQgKFZVcyBkZWxldGUgdGhlaXIgb3duIGFzIHRoZXkgZ287IHRoaXMgY2F0Y2hlcyB0aGUgcmVzdCkuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2xlYW5VcFJ1bihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSB8IHVuZGVmaW5lZCk6IFByb21pc2U8dm9pZD4ge1xuICBpZiAoIWRhdGE/LnJ1bklkIHx8IHBvb2wuc2l6ZXMuYWRtaW4gPT09IDApIHJldHVybjtcbiAgY29uc3Qgc2VjcmV0ID0gYXdhaXQgc2VjcmV0UGFzc3dvcmRzKCk7XG4gIC8vIEEgZnJlc2ggbG9naW46IHNldHVwJ3MgdG9rZW4gbWF5IGhhdmUgZXhwaXJlZCBkdXJpbmcgYSBsb25nIHJ1bi5cbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudCgnYWRtaW4nLCAwLCBzZWNyZXQuYWRtaW4gPz8gY29uZmlnLnVzZXJzLmFkbWluLnBhc3N3b3JkKTtcbiAgY29uc3QgeyB0b2tlbiB9ID0gcXVpZXRMb2dpbihjb25maWcsIGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghdG9rZW4pIHtcbiAgICBjb25zb2xlLmVycm9yKFxuICAgICAgYHRlYXJkb3duOiBjb3VsZCBub3QgbG9nIGluIGFzICR7ZW1haWx9IHRvIHJlbW92ZSB0aGlzIHJ1bidzIGNvdXJzZXMgKHRpdGxlcyBjb250YWluaW5nICR7ZGF0YS5ydW5JZH0pOyB0aGUgbmV4dCBydW4gcmVtb3ZlcyB0aGVtYCxcbiAgICApO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCByZW1vdmVkID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2VuLCBkYXRhLnJ1bklkLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIGRhdGEucnVuSWQsIHRydWUpKTtcbiAgaWYgKHJlbW92ZWQgPiAwKSBjb25zb2xlLmxvZyhgdGVhcmRvd246IHJlbW92ZWQgJHtyZW1vdmVkfSBjb3Vyc2UocykgdGhpcyBydW4gY3JlYXRlZGApO1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBSb2xlIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB0eXBlIHsgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyB0eXBlIElkLCBwYXRocywgcmVxdWVzdFRhZ3MgfSBmcm9tICcuL3JvdXRlcy50cyc7XG5cbmV4cG9ydCB0eXBlIHsgSWQgfTtcbmV4cG9ydCB0eXBlIExldmVsID0gJ2JlZ2lubmVyJyB8ICdpbnRlcm1lZGlhdGUnIHwgJ2FkdmFuY2VkJztcbmV4cG9ydCB0eXBlIEpvYlN0YXR1cyA9ICdxdWV1ZWQnIHwgJ3J1bm5pbmcnIHwgJ2NvbXBsZXRlZCcgfCAnZmFpbGVkJztcbmV4cG9ydCB0eXBlIEV4cG9ydEZvcm1hdCA9ICdqc29uJyB8ICdtYXJrZG93bicgfCAnaHRtbCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlclN1bW1hcnkge1xuICBpbmRleDogbnVtYmVyO1xuICB0aXRsZTogc3RyaW5nO1xuICBzdGF0dXM6IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHtcbiAgaXRlbXM6IENvdXJzZVtdO1xuICB0b3RhbDogbnVtYmVyO1xuICBsaW1pdDogbnVtYmVyO1xuICBvZmZzZXQ6IG51bWJlcjtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgTmV3Q291cnNlIHtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGxhbmd1YWdlPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBKb2JDaGFwdGVyIHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgc3RhdHVzOiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbDtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7XG4gIGluZGV4OiBudW1iZXI7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIGNvbnRlbnQ6IHN0cmluZztcbiAgd29yZF9jb3VudDogbnVtYmVyO1xufVxuZXhwb3J0IGludGVyZmFjZSBMb2dpbiB7XG4gIGFjY2Vzc190b2tlbjogc3RyaW5nO1xuICB0b2tlbl90eXBlOiBzdHJpbmc7XG4gIHJvbGU6IFJvbGU7XG4gIGV4cGlyZXNfaW46IG51bWJlcjtcbn1cblxuLyoqXG4gKiBXaGF0IGV2ZXJ5IGNhbGwgcmV0dXJuczogd2hldGhlciBpdHMgY2hlY2tzIHBhc3NlZCwgdGhlIHN0YXR1cywgYW5kIHRoZSBib2R5IHdoZW4gaXQgaGFkIHRoZVxuICogcmlnaHQgc2hhcGUuIFRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkOiBtb3N0IGNhbGxlcnMgb25seSBuZWVkIGBva2AsIGFuZCBrNidzIEpTT04ucGFyc2VcbiAqIGJ1aWxkcyBldmVyeSBvYmplY3Qgb2YgYSBsaXN0IGluIEpTIOKAlCBhIHF1YXJ0ZXIgb2YgazYncyBDUFUgaW4gdGhlIHJlZ3VsYXItdXNlciB3b3JrZmxvdyBiZWZvcmVcbiAqIHRoaXMgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0PFQ+IHtcbiAgb2s6IGJvb2xlYW47XG4gIHN0YXR1czogbnVtYmVyO1xuICByZWFkb25seSBib2R5OiBUIHwgdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGZpZWxkIG9mIGEgSlNPTiBib2R5IGJ5IGEgazYgc2VsZWN0b3IgKGBpdGVtcy4jYCwgYGlkYCk6IHJlYWQgaW4gR28sIG5vIEpTIG9iamVjdCBidWlsdCBmb3IgdGhlIHJlc3QuICovXG5leHBvcnQgdHlwZSBGaWVsZCA9IChwYXRoOiBzdHJpbmcpID0+IHVua25vd247XG4vKiogQSBib2R5LXNoYXBlIHRlc3Qgb3ZlciBzZWxlY3RlZCBmaWVsZHM7IFQgaXMgdGhlIGJvZHkgdHlwZSBpdCB2b3VjaGVzIGZvci4gKi9cbmV4cG9ydCB0eXBlIFNoYXBlPFQ+ID0gKChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pICYgeyByZWFkb25seSB2b3VjaGVzRm9yPzogVCB9O1xuY29uc3Qgc2hhcGUgPSA8VD4odGVzdDogKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbik6IFNoYXBlPFQ+ID0+IHRlc3Q7XG5cbmNvbnN0IGlzSWQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2ID09PSAnbnVtYmVyJztcbmNvbnN0IGlzQ291bnQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdudW1iZXInOyAvLyBgPGFycmF5Pi4jYCBpcyBhIG51bWJlciBvbmx5IGZvciBhbiBhcnJheVxuXG5jb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqXG4gKiBXaGV0aGVyIHRoZSBhbnN3ZXIgY2xhaW1zIHRvIGJlIEpTT04gYXQgYWxsIChhbiBIVE1MIGVycm9yIHBhZ2UgaXMgYSBmYWlsZWQgY2hlY2ssIG5vdCBhblxuICogZXhjZXB0aW9uKS4gVGhlIGJvZHkgaXRzZWxmIGlzIG5vdCByZWFkIGhlcmU6IGFuIGVtcHR5IG9yIHVucGFyc2FibGUgb25lIHJlYWRzIGFzIGhhdmluZyBub1xuICogZmllbGRzLCB3aGljaCBmYWlscyB0aGUgc2hhcGUsIGFuZCByZWFkaW5nIGl0IHdvdWxkIGNvcHkgZXZlcnkgYm9keSBpbnRvIEphdmFTY3JpcHQuXG4gKi9cbmZ1bmN0aW9uIGlzSnNvbihyZXM6IFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gIHJldHVybiBTdHJpbmcocmVzLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID8/ICcnKS5pbmNsdWRlcygnanNvbicpO1xufVxuXG4vKiogVGhlIHJlc3BvbnNlIHRoZSBzaGFwZSBjaGVjayBpcyByZWFkaW5nOiBvbmUgZmllbGQgcmVhZGVyIHBlciBWVSwgbm90IGEgY2xvc3VyZSBwZXIgcmVxdWVzdC4gKi9cbmxldCByZWFkaW5nOiBSZXNwb25zZSB8IHVuZGVmaW5lZDtcbi8qKiBGaWVsZCByZWFkZXIgb3ZlciBrNidzIHNlbGVjdG9yOyBhIGJvZHkgdGhhdCBpcyBub3QgdmFsaWQgSlNPTiByZWFkcyBhcyBoYXZpbmcgbm8gZmllbGRzLiAqL1xuY29uc3QgcmVhZEZpZWxkOiBGaWVsZCA9IChwYXRoKSA9PiB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRpbmchLmpzb24ocGF0aCkgPz8gdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59O1xuXG4vKiogQSBjYWxsJ3MgUmVzdWx0OyB0aGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZCAoYSBwcm90b3R5cGUgZ2V0dGVyOiBubyBjbG9zdXJlcyBwZXIgcmVxdWVzdCkuICovXG5jbGFzcyBMYXp5UmVzdWx0PFQ+IGltcGxlbWVudHMgUmVzdWx0PFQ+IHtcbiAgcHJpdmF0ZSBwYXJzZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSB2YWx1ZTogVCB8IHVuZGVmaW5lZDtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgb2s6IGJvb2xlYW4sXG4gICAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSByZXM6IFJlc3BvbnNlIHwgdW5kZWZpbmVkLFxuICApIHt9XG5cbiAgZ2V0IGJvZHkoKTogVCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMucmVzICYmICF0aGlzLnBhcnNlZCkge1xuICAgICAgdGhpcy52YWx1ZSA9IHBhcnNlSnNvbih0aGlzLnJlcy5ib2R5KSBhcyBUO1xuICAgICAgdGhpcy5wYXJzZWQgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy52YWx1ZTtcbiAgfVxufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24oYm9keTogdW5rbm93bik6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKGJvZHkgYXMgc3RyaW5nKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vLyBDYWNoZXMgb24gdGhpcyBwYXRoIGFyZSBwbGFpbiBvYmplY3RzLCBub3QgTWFwOiBldmVyeSBWVSBoYXMgaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIGFuZCB0aGVcbi8vIGZpcnN0IE1hcCBhIHJ1bnRpbWUgdXNlcyBidWlsZHMgTWFwJ3MgY29uc3RydWN0b3IgYW5kIHByb3RvdHlwZSBpbiBpdCAofjEwIEtCIHBlciBWVSwgYmVuY2gvKS5cbi8vIE9uZSBjYWxsYmFjayBwZXIgc3RhdHVzLCBtYWRlIG9uY2U6IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcygpIGFsbG9jYXRlcywgYW5kIHRoaXMgaXMgZXZlcnkgcmVxdWVzdCdzIHBhdGguXG5jb25zdCBzdGF0dXNDYWxsYmFja3M6IFJlY29yZDxudW1iZXIsIFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4+ID0ge307XG5mdW5jdGlvbiBleHBlY3RTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+IHtcbiAgbGV0IGNhbGxiYWNrID0gc3RhdHVzQ2FsbGJhY2tzW3N0YXR1c107XG4gIGlmIChjYWxsYmFjayA9PT0gdW5kZWZpbmVkKSB7XG4gICAgY2FsbGJhY2sgPSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKTtcbiAgICBzdGF0dXNDYWxsYmFja3Nbc3RhdHVzXSA9IGNhbGxiYWNrO1xuICB9XG4gIHJldHVybiBjYWxsYmFjaztcbn1cblxuLyoqIFNlZXMgZXZlcnkgQVBJIHJlcXVlc3QncyBkdXJhdGlvbiBhbmQgb3V0Y29tZTogaG93IHNjZW5hcmlvcyBtZWFzdXJlIGxhdGVuY3kgcGVyIHBoYXNlLiAqL1xuZXhwb3J0IHR5cGUgUmVxdWVzdE9ic2VydmVyID0gKGVuZHBvaW50OiBFbmRwb2ludCwgZHVyYXRpb25NczogbnVtYmVyLCBvazogYm9vbGVhbikgPT4gdm9pZDtcbmxldCBvYnNlcnZlcjogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkO1xuZXhwb3J0IGZ1bmN0aW9uIG9ic2VydmVSZXF1ZXN0cyhuZXh0OiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgb2JzZXJ2ZXIgPSBuZXh0O1xufVxuXG4vKiogV2hhdCBhIHJlcXVlc3QncyBjaGVja3MgbG9vayBhdDsgb25lIG9iamVjdCBwZXIgVlUsIHJldXNlZCwgc28gYSByZXF1ZXN0IGFsbG9jYXRlcyBubyBjaGVjayBjbG9zdXJlcy4gKi9cbmludGVyZmFjZSBPdXRjb21lIHtcbiAgc3RhdHVzT2s6IGJvb2xlYW47XG4gIHNoYXBlT2s6IGJvb2xlYW47XG59XG5jb25zdCBvdXRjb21lOiBPdXRjb21lID0geyBzdGF0dXNPazogZmFsc2UsIHNoYXBlT2s6IGZhbHNlIH07XG5cbnR5cGUgQ2hlY2tzID0gUmVjb3JkPHN0cmluZywgKG86IE91dGNvbWUpID0+IGJvb2xlYW4+O1xuLy8gS2V5ZWQgYnkgZW5kcG9pbnQgYWxvbmU6IGVhY2ggQXBpQ2xpZW50IG1ldGhvZCBmaXhlcyBpdHMgZW5kcG9pbnQncyBleHBlY3RlZCBzdGF0dXMsIHNoYXBlIGFuZCBwYXlsb2FkLlxuY29uc3QgY2hlY2tTZXRzOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgeyBjaGVja3M6IENoZWNrczsgdGFnczogeyBlbmRwb2ludDogRW5kcG9pbnQgfSB9Pj4gPSB7fTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0c1tlbmRwb2ludF07XG4gIGlmICghc2V0KSB7XG4gICAgY29uc3QgY2hlY2tzOiBDaGVja3MgPSB7IFtgJHtlbmRwb2ludH06IHN0YXR1cyBpcyAke2V4cGVjdGVkfWBdOiAobykgPT4gby5zdGF0dXNPayB9O1xuICAgIGlmICh3aXRoU2hhcGUpIGNoZWNrc1tgJHtlbmRwb2ludH06IGJvZHkgaGFzIHRoZSBleHBlY3RlZCBzaGFwZWBdID0gKG8pID0+ICFvLnN0YXR1c09rIHx8IG8uc2hhcGVPaztcbiAgICBzZXQgPSB7IGNoZWNrcywgdGFnczogeyBlbmRwb2ludCB9IH07XG4gICAgY2hlY2tTZXRzW2VuZHBvaW50XSA9IHNldDtcbiAgfVxuICByZXR1cm4gc2V0O1xufVxuXG50eXBlIFBhcmFtcyA9IE5vbk51bGxhYmxlPFBhcmFtZXRlcnM8dHlwZW9mIGh0dHAucmVxdWVzdD5bM10+O1xuXG5leHBvcnQgY2xhc3MgQXBpQ2xpZW50IHtcbiAgLyoqIFNldCB3aGVuIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDE6IHRoZSBzZXNzaW9uIGxheWVyIGxvZ3MgaW4gYWdhaW4gYmVmb3JlIHRoZSBuZXh0IHN0ZXAuICovXG4gIHVuYXV0aG9yaXplZCA9IGZhbHNlO1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXQ6IHN0cmluZztcbiAgLyoqIFJlcXVlc3QgcGFyYW1zIHBlciBlbmRwb2ludCAoaGVhZGVycywgdGFncywgdGltZW91dCwgZXhwZWN0ZWQgc3RhdHVzKSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgcGFyYW1zOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUGFyYW1zPj4gPSB7fTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbiwgcmVhZHNCb2R5OiBib29sZWFuKTogUGFyYW1zIHtcbiAgICBsZXQgcGFyYW1zID0gdGhpcy5wYXJhbXNbZW5kcG9pbnRdO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0ge1xuICAgICAgICBoZWFkZXJzLFxuICAgICAgICB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksXG4gICAgICAgIHRpbWVvdXQ6IHRoaXMudGltZW91dCxcbiAgICAgICAgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSxcbiAgICAgIH07XG4gICAgICAvLyBBIGJvZHkgbm9ib2R5IGNoZWNrcyBvciByZWFkcyAoREVMRVRFJ3MgMjA0LCBhbiBleHBvcnQgZG9jdW1lbnQpIGlzIG5vdCBjb3BpZWQgaW50byBKYXZhU2NyaXB0LlxuICAgICAgaWYgKCFyZWFkc0JvZHkpIHBhcmFtcy5yZXNwb25zZVR5cGUgPSAnbm9uZSc7XG4gICAgICB0aGlzLnBhcmFtc1tlbmRwb2ludF0gPSBwYXJhbXM7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QoXG4gICAgICBtZXRob2QsXG4gICAgICBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsXG4gICAgICB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCxcbiAgICAgIHRoaXMucGFyYW1zRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgd2l0aFBheWxvYWQsIHNoYXBlICE9PSB1bmRlZmluZWQpLFxuICAgICk7XG4gICAgLy8gRWFjaCBwcm9wZXJ0eSByZWFkIG9mIGEgazYgcmVzcG9uc2UgY3Jvc3NlcyBpbnRvIEdvIGFuZCBidWlsZHMgYSBKUyB2YWx1ZTogcmVhZCBlYWNoIG9uY2UuXG4gICAgY29uc3Qgc3RhdHVzID0gcmVzLnN0YXR1cztcbiAgICBjb25zdCBzdGF0dXNPayA9IHN0YXR1cyA9PT0gZXhwZWN0ZWQ7XG4gICAgaWYgKHN0YXR1cyA9PT0gNDAxKSB0aGlzLnVuYXV0aG9yaXplZCA9IHRydWU7XG4gICAgLy8gQSB3cm9uZyBzdGF0dXMgZmFpbHMgdGhlIHNoYXBlIGNoZWNrIHRvbywgYXMgcmVhZGluZyB0aGF0IGJvZHkgd291bGQgKGFuIGVycm9yIGJvZHkgaXMgbm90IHRoZVxuICAgIC8vIHJlc291cmNlKSwgd2l0aG91dCBwYXlpbmcgZm9yIHRoZSByZWFkLlxuICAgIGxldCBzaGFwZU9rID0gIXNoYXBlO1xuICAgIGlmIChzaGFwZSAmJiBzdGF0dXNPaykge1xuICAgICAgcmVhZGluZyA9IHJlcztcbiAgICAgIHNoYXBlT2sgPSBpc0pzb24ocmVzKSAmJiBzaGFwZShyZWFkRmllbGQpO1xuICAgICAgcmVhZGluZyA9IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgb3V0Y29tZS5zdGF0dXNPayA9IHN0YXR1c09rO1xuICAgIG91dGNvbWUuc2hhcGVPayA9IHNoYXBlT2s7XG4gICAgY29uc3QgeyBjaGVja3MsIHRhZ3MgfSA9IGNoZWNrc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHNoYXBlICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IG9rID0gY2hlY2sob3V0Y29tZSwgY2hlY2tzLCB0YWdzKTtcbiAgICBjb25zdCBhbGxPayA9IG9rICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgb2JzZXJ2ZXI/LihlbmRwb2ludCwgcmVzLnRpbWluZ3MuZHVyYXRpb24sIGFsbE9rKTtcbiAgICByZXR1cm4gbmV3IExhenlSZXN1bHQ8VD4oYWxsT2ssIHN0YXR1cywgc2hhcGUgJiYgc3RhdHVzT2sgJiYgc2hhcGVPayA/IHJlcyA6IHVuZGVmaW5lZCk7XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIC8vIEEgbG9vcCByYXRoZXIgdGhhbiBlbnRyaWVzL2ZpbHRlci9tYXAvam9pbjogdGhpcyBpcyB0aGUgbW9zdCBmcmVxdWVudCByZXF1ZXN0LCBhbmQgZWFjaCBvZlxuICAgIC8vIHRob3NlIGlzIGEgcGVyLXJlcXVlc3QgYXJyYXkgYW5kIGEgYnVpbHQtaW4gZXZlcnkgVlUncyBydW50aW1lIHdvdWxkIGJ1aWxkLlxuICAgIGxldCBzZWFyY2ggPSAnJztcbiAgICBmb3IgKGNvbnN0IGtleSBpbiBxdWVyeSkge1xuICAgICAgY29uc3QgdmFsdWUgPSBxdWVyeVtrZXkgYXMga2V5b2YgdHlwZW9mIHF1ZXJ5XTtcbiAgICAgIGlmICh2YWx1ZSAhPT0gdW5kZWZpbmVkKSBzZWFyY2ggKz0gYCR7c2VhcmNoID8gJyYnIDogJz8nfSR7a2V5fT0ke2VuY29kZVVSSUNvbXBvbmVudChTdHJpbmcodmFsdWUpKX1gO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VzX2xpc3QnLCAnR0VUJywgYCR7cGF0aHMuY291cnNlcygpfSR7c2VhcmNofWAsIDIwMCwgc2hhcGVzLmNvdXJzZUxpc3QpO1xuICB9XG5cbiAgY3JlYXRlQ291cnNlKGNvdXJzZTogTmV3Q291cnNlKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9jcmVhdGUnLCAnUE9TVCcsIHBhdGhzLmNvdXJzZXMoKSwgMjAxLCBzaGFwZXMuY291cnNlLCBjb3Vyc2UpO1xuICB9XG5cbiAgZ2V0Q291cnNlKGlkOiBJZCk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2V0JywgJ0dFVCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZVdpdGhDaGFwdGVycyk7XG4gIH1cblxuICB1cGRhdGVDb3Vyc2UoaWQ6IElkLCBjaGFuZ2VzOiBQYXJ0aWFsPE5ld0NvdXJzZT4pOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX3VwZGF0ZScsICdQQVRDSCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZSwgY2hhbmdlcyk7XG4gIH1cblxuICBkZWxldGVDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9kZWxldGUnLCAnREVMRVRFJywgcGF0aHMuY291cnNlKGlkKSwgMjA0LCB1bmRlZmluZWQpO1xuICB9XG5cbiAgZ2VuZXJhdGUoaWQ6IElkKTogUmVzdWx0PHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZW5lcmF0ZScsICdQT1NUJywgcGF0aHMuZ2VuZXJhdGUoaWQpLCAyMDIsIHNoYXBlcy5qb2JBY2NlcHRlZCwge30pO1xuICB9XG5cbiAgZ2V0Sm9iKGpvYklkOiBJZCk6IFJlc3VsdDxKb2I+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdqb2JfZ2V0JywgJ0dFVCcsIHBhdGhzLmpvYihqb2JJZCksIDIwMCwgc2hhcGVzLmpvYik7XG4gIH1cblxuICBnZXRDaGFwdGVyKGlkOiBJZCwgaW5kZXg6IG51bWJlcik6IFJlc3VsdDxDaGFwdGVyPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY2hhcHRlcl9nZXQnLCAnR0VUJywgcGF0aHMuY2hhcHRlcihpZCwgaW5kZXgpLCAyMDAsIHNoYXBlcy5jaGFwdGVyKTtcbiAgfVxuXG4gIGV4cG9ydENvdXJzZShpZDogSWQsIGZvcm1hdDogRXhwb3J0Rm9ybWF0KTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9leHBvcnQnLCAnR0VUJywgYCR7cGF0aHMuZXhwb3J0Q291cnNlKGlkKX0/Zm9ybWF0PSR7Zm9ybWF0fWAsIDIwMCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGFkbWluU3RhdHMoKTogUmVzdWx0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fc3RhdHMnLCAnR0VUJywgcGF0aHMuYWRtaW5TdGF0cygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Kb2JzKGxpbWl0ID0gMjApOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX2pvYnMnLCAnR0VUJywgYCR7cGF0aHMuYWRtaW5Kb2JzKCl9P2xpbWl0PSR7bGltaXR9YCwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluVXNlcnMoKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl91c2VycycsICdHRVQnLCBwYXRocy5hZG1pblVzZXJzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgYnkgc3RhYmxlIG5hbWU6IHRoZSBgZW5kcG9pbnRgIHRhZyBvbiBldmVyeSByZXF1ZXN0LCB0aGUga2V5IG9mXG4vLyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0IHJvd3MsIGFuZCB0aGUgcm91dGUgbmFtZXMgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX0ZBVUxUUyB1c2UuXG5leHBvcnQgY29uc3QgRU5EUE9JTlRTID0gW1xuICAnaGVhbHRoJyxcbiAgJ2xvZ2luJyxcbiAgJ2NvdXJzZXNfbGlzdCcsXG4gICdjb3Vyc2VfY3JlYXRlJyxcbiAgJ2NvdXJzZV9nZXQnLFxuICAnY291cnNlX3VwZGF0ZScsXG4gICdjb3Vyc2VfZGVsZXRlJyxcbiAgJ2NvdXJzZV9nZW5lcmF0ZScsXG4gICdqb2JfZ2V0JyxcbiAgJ2NoYXB0ZXJfZ2V0JyxcbiAgJ2NvdXJzZV9leHBvcnQnLFxuICAnYWRtaW5fc3RhdHMnLFxuICAnYWRtaW5fam9icycsXG4gICdhZG1pbl91c2VycycsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSBFbmRwb2ludCA9ICh0eXBlb2YgRU5EUE9JTlRTKVtudW1iZXJdO1xuXG4vKiogVGFnIHZhbHVlIHRoYXQgc2VwYXJhdGVzIHRoZSBwbGF0Zm9ybSdzIEFQSSB0cmFmZmljIGZyb20gdGhlIHN1aXRlJ3Mgb3duIGNhbGxzIChlLmcuIHRoZSBzaWRlY2FyKS4gKi9cbmV4cG9ydCBjb25zdCBBUElfU0NPUEUgPSAnYXBpJztcbiIsICIvLyBQYXRocyBhbmQgcmVxdWVzdCB0YWdzIG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSwgaW4gb25lIHBsYWNlLiBQdXJlIChubyBrNiBpbXBvcnRzKSwgc28gdGhlXG4vLyBtYXBwaW5nIGZyb20gZW5kcG9pbnQgdG8gcGF0aCBhbmQgdGFncyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuXG5leHBvcnQgdHlwZSBJZCA9IHN0cmluZyB8IG51bWJlcjtcblxuY29uc3Qgc2VnID0gKGlkOiBJZCk6IHN0cmluZyA9PiBlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKGlkKSk7XG5cbmV4cG9ydCBjb25zdCBwYXRocyA9IHtcbiAgaGVhbHRoOiAoKSA9PiAnL2hlYWx0aCcsXG4gIGxvZ2luOiAoKSA9PiAnL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlczogKCkgPT4gJy9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9YCxcbiAgZ2VuZXJhdGU6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9nZW5lcmF0ZWAsXG4gIGpvYjogKGlkOiBJZCkgPT4gYC9hcGkvdjEvam9icy8ke3NlZyhpZCl9YCxcbiAgY2hhcHRlcjogKGlkOiBJZCwgaW5kZXg6IG51bWJlcikgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2NoYXB0ZXJzLyR7aW5kZXh9YCxcbiAgZXhwb3J0Q291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZXhwb3J0YCxcbiAgYWRtaW5TdGF0czogKCkgPT4gJy9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbkpvYnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pblVzZXJzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi91c2VycycsXG59IGFzIGNvbnN0O1xuXG4vKiogVGhlIGBuYW1lYCB0YWc6IHRoZSBwYXRoIHRlbXBsYXRlLCBzbyBVUkxzIHdpdGggaWRzIGNvbGxhcHNlIGludG8gb25lIHNlcmllcyBwZXIgcm91dGUuICovXG5jb25zdCByb3V0ZU5hbWVzOiBSZWNvcmQ8RW5kcG9pbnQsIHN0cmluZz4gPSB7XG4gIGhlYWx0aDogJ0dFVCAvaGVhbHRoJyxcbiAgbG9naW46ICdQT1NUIC9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXNfbGlzdDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfY3JlYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX3VwZGF0ZTogJ1BBVENIIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2RlbGV0ZTogJ0RFTEVURSAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9nZW5lcmF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZ2VuZXJhdGUnLFxuICBqb2JfZ2V0OiAnR0VUIC9hcGkvdjEvam9icy97am9iX2lkfScsXG4gIGNoYXB0ZXJfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2NoYXB0ZXJzL3tpbmRleH0nLFxuICBjb3Vyc2VfZXhwb3J0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2V4cG9ydCcsXG4gIGFkbWluX3N0YXRzOiAnR0VUIC9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbl9qb2JzOiAnR0VUIC9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluX3VzZXJzOiAnR0VUIC9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufTtcblxuLy8gZm9yLWluLCBub3QgT2JqZWN0LmVudHJpZXMvZnJlZXplOiB0aGlzIHJ1bnMgaW4gZXZlcnkgVlUncyBydW50aW1lLCBhbmQgZWFjaCBidWlsdC1pbiBpdFxuLy8gdG91Y2hlcyBpcyBidWlsdCB0aGVyZSAoUmVhZG9ubHkga2VlcHMgdGhlIHRhZ3MgdW5jaGFuZ2VkIGF0IGNvbXBpbGUgdGltZSkuXG5jb25zdCB0YWdzQnlFbmRwb2ludDogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+Pj4gPSB7fTtcbmZvciAoY29uc3QgZW5kcG9pbnQgaW4gcm91dGVOYW1lcykge1xuICB0YWdzQnlFbmRwb2ludFtlbmRwb2ludCBhcyBFbmRwb2ludF0gPSB7IGVuZHBvaW50LCBzY29wZTogQVBJX1NDT1BFLCBuYW1lOiByb3V0ZU5hbWVzW2VuZHBvaW50IGFzIEVuZHBvaW50XSB9O1xufVxuXG4vKiogVGhlIHRhZ3Mgb2YgZXZlcnkgcmVxdWVzdCB0byBgZW5kcG9pbnRgOiBtYWRlIG9uY2UsIG5vdCBwZXIgcmVxdWVzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXF1ZXN0VGFncyhlbmRwb2ludDogRW5kcG9pbnQpOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIHJldHVybiB0YWdzQnlFbmRwb2ludFtlbmRwb2ludF0hO1xufVxuIiwgIi8vIFRoZSBrZXB0IGRhdGFzZXQ6IFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyBjb3Vyc2VzIHBlciByZWd1bGFyL3Bvd2VyIGFjY291bnQsIHRoZSBmaXJzdFxuLy8gUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQgb2YgZWFjaCByZWd1bGFyIGFjY291bnQgZ2VuZXJhdGVkIChvbmUgY2hhcHRlciksIHNvIGxpc3RzIGFuZFxuLy8gcGFnaW5hdGlvbiBhcmUgbm90IHRyaXZpYWxseSBzbWFsbCBhbmQgcmVhZHMgc3ByZWFkIG92ZXIgbWFueSByb3dzLCBlYWNoIHVzZXIgcmVhZGluZyBvbmx5XG4vLyB0aGVpciBvd24uIE1hZGUgaW4gc2V0dXAgKG91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdzogaXRzIHJlcXVlc3RzIGNhcnJ5IHNjb3BlPXNldHVwIGFuZCBub1xuLy8gZW5kcG9pbnQgdGFnLCBzbyBubyBnYXRlIHNlZXMgdGhlbSksIHdpdGggYXQgbW9zdCBDT05DVVJSRU5DWSByZXF1ZXN0cyBpbiBmbGlnaHQsIGFuZCByZXVzZWQgYnlcbi8vIGxhdGVyIHJ1bnMgd2hlbiBpdCBpcyBhbHJlYWR5IHRoZXJlIChQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRD10cnVlIC8gLS1yZXNlZWQ6IG1hZGUgYW5ldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgQmF0Y2hSZXF1ZXN0LCB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyB0eXBlIElkLCBwYXRocyB9IGZyb20gJy4uL2h0dHAvcm91dGVzLnRzJztcbmltcG9ydCB7IERBVEFTRVRfVElUTEUsIGRhdGFzZXRUaXRsZSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgdHlwZSB7IEFjY291bnQsIFJvbGUgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmNvbnN0IENPTkNVUlJFTkNZID0gMTY7XG5jb25zdCBMSVNUX0xJTUlUID0gMTAwO1xuXG5leHBvcnQgaW50ZXJmYWNlIE93bmVyIGV4dGVuZHMgQWNjb3VudCB7XG4gIHJvbGU6IFJvbGU7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRGF0YXNldFJlcG9ydCB7XG4gIGFjY291bnRzOiBudW1iZXI7XG4gIGNyZWF0ZWQ6IG51bWJlcjtcbiAgcmV1c2VkOiBudW1iZXI7XG4gIHJlbW92ZWQ6IG51bWJlcjtcbiAgZ2VuZXJhdGVkOiBudW1iZXI7XG4gIC8qKiBSZXF1ZXN0cyBzZW50IGFnYWluIGFmdGVyIG5vIGFuc3dlciBvciBhIDV4eC4gKi9cbiAgcmV0cmllZDogbnVtYmVyO1xufVxuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8vIFNpeCB0cmllcyB3aXRoIGRvdWJsaW5nIHBhdXNlcyAoMC4yIOKApiAzLjIgcywgNi4yIHMgaW4gYWxsKTogYSByb3V0ZSB0aGF0IGZhaWxzIG9uZSByZXF1ZXN0IGluIGZpdmVcbi8vIHN0aWxsIGxldHMgZWFjaCBvZiBkb3plbnMgb2YgYWNjb3VudHMgdGhyb3VnaCAoMC4yXjYgcGVyIHJlcXVlc3QpLCBhbmQgYSBwbGF0Zm9ybSB0aGF0IGlzIHJlYWxseVxuLy8gZG93biBzdG9wcyBzZXR1cCB3aXRoaW4gc2Vjb25kcy4gVGhyZWUgdHJpZXMgd2VyZSBub3QgZW5vdWdoOiB3aXRoIDIwICUgZXJyb3JzIG9uIHRoZSBsaXN0IHJvdXRlLCAwLjggJVxuLy8gb2YgYWNjb3VudHMgZmFpbGVkIGFsbCB0aHJlZSAoYSBDSSBydW4gYWJvcnRlZCBpbiBzZXR1cDsgYXQgMjQgYWNjb3VudHMgaXQgd291bGQgYmUgb25lIHJ1biBpbiBzaXgpLlxuY29uc3QgQVRURU1QVFMgPSA2O1xuLyoqIFJlcXVlc3RzIHNldHVwIHNlbnQgYWdhaW47IHJlYWQgYmVmb3JlIGFuZCBhZnRlciBhIHN0ZXAgdG8gc2F5IGhvdyBtYW55IHRoYXQgc3RlcCBuZWVkZWQuICovXG5sZXQgcmV0cmllZCA9IDA7XG5jb25zdCB0cmFuc2llbnQgPSAocmVzOiBSZXNwb25zZSkgPT4gcmVzLnN0YXR1cyA9PT0gMCB8fCByZXMuc3RhdHVzID49IDUwMDtcblxuLyoqXG4gKiBTZW5kcyBgY291bnRgIHJlcXVlc3RzIG1hZGUgYnkgYG1ha2VgLCBDT05DVVJSRU5DWSBhdCBhIHRpbWUsIGFuZCBoYW5kcyBlYWNoIGFuc3dlciB0byBgb25BbnN3ZXJgXG4gKiBhcyBpdCBjb21lczogbm90aGluZyBpcyBrZXB0LCBzbyBzZWVkaW5nIHRob3VzYW5kcyBvZiBjb3Vyc2VzIGRvZXMgbm90IGhvbGQgdGhvdXNhbmRzIG9mXG4gKiByZXNwb25zZXMgaW4gazYncyBtZW1vcnkuIEEgcmVxdWVzdCB0aGF0IGdvdCBubyBhbnN3ZXIgb3IgYSA1eHggaXMgc2VudCBhZ2FpbiAodXAgdG8gQVRURU1QVFNcbiAqIGluIGFsbCwgcGF1c2luZyBsb25nZXIgZWFjaCB0aW1lKTogb25lIGZsYWt5IGFuc3dlciBtdXN0IG5vdCBzdG9wIGEgcnVuIGJlZm9yZSBpdCBzdGFydHMuIEFcbiAqIGNyZWF0aW9uIHJldHJpZWQgYWZ0ZXIgYSBsb3N0IGFuc3dlciBtYXkgbWFrZSBvbmUgY291cnNlIHRvbyBtYW55OyB0aGUgbmV4dCBydW4gY291bnRzLCBpdCBkb2VzXG4gKiBub3QgYXNzdW1lLlxuICovXG5mdW5jdGlvbiBiYXRjaGVkKGNvdW50OiBudW1iZXIsIG1ha2U6IChpOiBudW1iZXIpID0+IEJhdGNoUmVxdWVzdCwgb25BbnN3ZXI6IChyZXM6IFJlc3BvbnNlLCBpOiBudW1iZXIpID0+IHZvaWQpOiB2b2lkIHtcbiAgZm9yIChsZXQgZmlyc3QgPSAwOyBmaXJzdCA8IGNvdW50OyBmaXJzdCArPSBDT05DVVJSRU5DWSkge1xuICAgIGNvbnN0IGNodW5rOiBCYXRjaFJlcXVlc3RbXSA9IFtdO1xuICAgIGZvciAobGV0IGkgPSBmaXJzdDsgaSA8IE1hdGgubWluKGNvdW50LCBmaXJzdCArIENPTkNVUlJFTkNZKTsgaSsrKSBjaHVuay5wdXNoKG1ha2UoaSkpO1xuICAgIGNvbnN0IGdvdCA9IGh0dHAuYmF0Y2goY2h1bmspIGFzIFJlc3BvbnNlW107XG4gICAgZm9yIChsZXQgYXR0ZW1wdCA9IDE7IGF0dGVtcHQgPCBBVFRFTVBUUzsgYXR0ZW1wdCsrKSB7XG4gICAgICBjb25zdCBhZ2FpbiA9IGdvdC5tYXAoKHJlcywgaykgPT4gKHRyYW5zaWVudChyZXMpID8gayA6IC0xKSkuZmlsdGVyKChrKSA9PiBrID49IDApO1xuICAgICAgaWYgKGFnYWluLmxlbmd0aCA9PT0gMCkgYnJlYWs7XG4gICAgICByZXRyaWVkICs9IGFnYWluLmxlbmd0aDtcbiAgICAgIHNsZWVwKDAuMiAqIDIgKiogKGF0dGVtcHQgLSAxKSk7XG4gICAgICAoaHR0cC5iYXRjaChhZ2Fpbi5tYXAoKGspID0+IGNodW5rW2tdISkpIGFzIFJlc3BvbnNlW10pLmZvckVhY2goKHJlcywgaikgPT4ge1xuICAgICAgICBnb3RbYWdhaW5bal0hXSA9IHJlcztcbiAgICAgIH0pO1xuICAgIH1cbiAgICBnb3QuZm9yRWFjaCgocmVzLCBrKSA9PiB7XG4gICAgICBvbkFuc3dlcihyZXMsIGZpcnN0ICsgayk7XG4gICAgfSk7XG4gIH1cbn1cblxuLyoqIFNldHVwJ3MgcmVxdWVzdCBwYXJhbXM7IENvbnRlbnQtVHlwZSBvbmx5IHdpdGggYSBib2R5IChhIEpTT04gREVMRVRFIHdpdGhvdXQgb25lIGlzIGEgNDAwIG9uIG1hbnkgc2VydmVycykuICovXG5mdW5jdGlvbiBwYXJhbXMod2hhdDogc3RyaW5nLCB0b2tlbj86IHN0cmluZywgd2l0aEJvZHkgPSBmYWxzZSkge1xuICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICBpZiAod2l0aEJvZHkpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICBpZiAodG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0b2tlbn1gO1xuICByZXR1cm4geyBoZWFkZXJzLCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiBgc2V0dXA6ICR7d2hhdH1gIH0sIHRpbWVvdXQ6ICc2MHMnIH07XG59XG5cbmZ1bmN0aW9uIGpzb248VD4ocmVzOiBSZXNwb25zZSk6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZykgYXMgVDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogQSBsb2dpbiBvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3cgKHNjb3BlPXNldHVwLCBubyBlbmRwb2ludCB0YWcpOiB0aGUgdG9rZW4sIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdWlldExvZ2luKFxuICBjb25maWc6IENvbmZpZyxcbiAgZW1haWw6IHN0cmluZyxcbiAgcGFzc3dvcmQ6IHN0cmluZyxcbik6IHsgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZDsgc3RhdHVzOiBudW1iZXIgfSB7XG4gIGNvbnN0IHJlc3VsdDogeyB0b2tlbjogc3RyaW5nIHwgdW5kZWZpbmVkOyBzdGF0dXM6IG51bWJlciB9ID0geyB0b2tlbjogdW5kZWZpbmVkLCBzdGF0dXM6IDAgfTtcbiAgYmF0Y2hlZChcbiAgICAxLFxuICAgICgpID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7Y29uZmlnLmJhc2VVcmx9JHtwYXRocy5sb2dpbigpfWAsXG4gICAgICBib2R5OiBKU09OLnN0cmluZ2lmeSh7IGVtYWlsLCBwYXNzd29yZCB9KSxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdsb2dpbicsIHVuZGVmaW5lZCwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcykgPT4ge1xuICAgICAgcmVzdWx0LnN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgICByZXN1bHQudG9rZW4gPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgYWNjZXNzX3Rva2VuPzogc3RyaW5nIH0+KHJlcyk/LmFjY2Vzc190b2tlbiA6IHVuZGVmaW5lZDtcbiAgICB9LFxuICApO1xuICByZXR1cm4gcmVzdWx0O1xufVxuXG5pbnRlcmZhY2UgTGlzdGVkIHtcbiAgdG90YWw6IG51bWJlcjtcbiAgaWRzOiBJZFtdO1xufVxuXG4vKiogV2hhdCB0aGUgc3RlcHMgb2YgbWFraW5nIHRoZSBkYXRhc2V0IHNoYXJlOiB0aGUgYWNjb3VudHMsIHRoZWlyIHRva2VucyAoYnkgb3duZXIgaW5kZXgpIGFuZCB0aGUgY291bnRzIHNvIGZhci4gKi9cbmludGVyZmFjZSBTZWVkaW5nIHtcbiAgYmFzZTogc3RyaW5nO1xuICBvd25lcnM6IE93bmVyW107XG4gIHRva2Vuczogc3RyaW5nW107XG4gIHJlcG9ydDogRGF0YXNldFJlcG9ydDtcbn1cblxuLyoqIE1ha2VzIHN1cmUgZXZlcnkgb3duZXIgaGFzIHRoZSBkYXRhc2V0OyB0aHJvd3Mgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSBhY2NvdW50IGFuZCBzdGF0dXMgb24gZmFpbHVyZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnN1cmVEYXRhc2V0KGNvbmZpZzogQ29uZmlnLCBvd25lcnM6IE93bmVyW10pOiBEYXRhc2V0UmVwb3J0IHtcbiAgY29uc3QgeyBjb3Vyc2VzOiB3YW50ZWQsIGdlbmVyYXRlZDogZ2VuZXJhdGVkUGVyVXNlciwgcmVzZWVkIH0gPSBjb25maWcuZGF0YXNldDtcbiAgY29uc3QgcmVwb3J0OiBEYXRhc2V0UmVwb3J0ID0ge1xuICAgIGFjY291bnRzOiBvd25lcnMubGVuZ3RoLFxuICAgIGNyZWF0ZWQ6IDAsXG4gICAgcmV1c2VkOiAwLFxuICAgIHJlbW92ZWQ6IDAsXG4gICAgZ2VuZXJhdGVkOiAwLFxuICAgIHJldHJpZWQ6IDAsXG4gIH07XG4gIGlmICh3YW50ZWQgPT09IDAgfHwgb3duZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHJlcG9ydDtcbiAgY29uc3QgcmV0cmllZEJlZm9yZSA9IHJldHJpZWQ7XG4gIGNvbnN0IHNlZWRpbmc6IFNlZWRpbmcgPSB7IGJhc2U6IGNvbmZpZy5iYXNlVXJsLCBvd25lcnMsIHRva2VuczogW10sIHJlcG9ydCB9O1xuICBsb2dJbihcbiAgICBzZWVkaW5nLFxuICAgIG93bmVycy5tYXAoKF8sIGkpID0+IGkpLFxuICApO1xuICBsZXQgbGlzdGVkID0gbGlzdERhdGFzZXRzKHNlZWRpbmcpO1xuICBpZiAocmVzZWVkKSBsaXN0ZWQgPSByZW1vdmVEYXRhc2V0cyhzZWVkaW5nLCBsaXN0ZWQpO1xuICBjb25zdCB0b0dlbmVyYXRlID0gY3JlYXRlQ291cnNlcyhzZWVkaW5nLCBsaXN0ZWQsIHdhbnRlZCwgZ2VuZXJhdGVkUGVyVXNlcik7XG4gIGF3YWl0R2VuZXJhdGlvbihzZWVkaW5nLCBzdGFydEdlbmVyYXRpb24oc2VlZGluZywgdG9HZW5lcmF0ZSksIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICByZXBvcnQucmV0cmllZCA9IHJldHJpZWQgLSByZXRyaWVkQmVmb3JlO1xuICByZXR1cm4gcmVwb3J0O1xufVxuXG4vKiogTG9ncyB0aGUgb3duZXJzIGF0IHRoZXNlIGluZGV4ZXMgaW4sIGtlZXBpbmcgdGhlaXIgdG9rZW5zLiAqL1xuZnVuY3Rpb24gbG9nSW4oeyBiYXNlLCBvd25lcnMsIHRva2VucyB9OiBTZWVkaW5nLCB3aGljaDogbnVtYmVyW10pOiB2b2lkIHtcbiAgYmF0Y2hlZChcbiAgICB3aGljaC5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmxvZ2luKCl9YCxcbiAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWw6IG93bmVyc1t3aGljaFtrXSFdIS5lbWFpbCwgcGFzc3dvcmQ6IG93bmVyc1t3aGljaFtrXSFdIS5wYXNzd29yZCB9KSxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdsb2dpbicsIHVuZGVmaW5lZCwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgY29uc3QgdG9rZW4gPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgYWNjZXNzX3Rva2VuPzogc3RyaW5nIH0+KHJlcyk/LmFjY2Vzc190b2tlbiA6IHVuZGVmaW5lZDtcbiAgICAgIGlmICghdG9rZW4pXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogbG9nZ2luZyBpbiBhcyAke293bmVyc1t3aGljaFtrXSFdIS5yb2xlfSBhY2NvdW50ICR7b3duZXJzW3doaWNoW2tdIV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfTogY2hlY2sgaXRzIHBhc3N3b3JkIGluIHRoZSB1c2VyIHBvb2xgLFxuICAgICAgICApO1xuICAgICAgdG9rZW5zW3doaWNoW2tdIV0gPSB0b2tlbjtcbiAgICB9LFxuICApO1xufVxuXG4vKiogRWFjaCBvd25lcidzIGRhdGFzZXQgY291cnNlczogaG93IG1hbnksIGFuZCB0aGUgaWRzIG9mIHRoZSBmaXJzdCBwYWdlLiAqL1xuZnVuY3Rpb24gbGlzdERhdGFzZXRzKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMgfTogU2VlZGluZyk6IExpc3RlZFtdIHtcbiAgY29uc3QgbGlzdFVybCA9IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoREFUQVNFVF9USVRMRSl9JmxpbWl0PSR7TElTVF9MSU1JVH1gO1xuICBjb25zdCBsaXN0ZWQ6IExpc3RlZFtdID0gW107XG4gIGJhdGNoZWQoXG4gICAgb3duZXJzLmxlbmd0aCxcbiAgICAoaSkgPT4gKHsgbWV0aG9kOiAnR0VUJywgdXJsOiBsaXN0VXJsLCBwYXJhbXM6IHBhcmFtcygnbGlzdCBkYXRhc2V0JywgdG9rZW5zW2ldKSB9KSxcbiAgICAocmVzLCBpKSA9PiB7XG4gICAgICBjb25zdCBib2R5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IHRvdGFsOiBudW1iZXI7IGl0ZW1zOiB7IGlkOiBJZCB9W10gfT4ocmVzKSA6IHVuZGVmaW5lZDtcbiAgICAgIGlmICghYm9keSlcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBsaXN0aW5nIHRoZSBjb3Vyc2VzIG9mICR7b3duZXJzW2ldIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICAgIGxpc3RlZFtpXSA9IHsgdG90YWw6IGJvZHkudG90YWwsIGlkczogYm9keS5pdGVtcy5tYXAoKGMpID0+IGMuaWQpIH07XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIGxpc3RlZDtcbn1cblxuLyoqIFJlbW92ZXMgdGhlIG9sZCBkYXRhc2V0IHBhZ2UgYnkgcGFnZSAoZWFjaCBsaXN0IHNob3dzIHRoZSBuZXh0IHBhZ2Ugb25jZSB0aGUgcHJldmlvdXMgaXMgZ29uZSk7IHJldHVybnMgdGhlIGxpc3RzIGFmdGVyLiAqL1xuZnVuY3Rpb24gcmVtb3ZlRGF0YXNldHMoc2VlZGluZzogU2VlZGluZywgbGlzdGVkOiBMaXN0ZWRbXSk6IExpc3RlZFtdIHtcbiAgY29uc3QgeyBiYXNlLCB0b2tlbnMsIHJlcG9ydCB9ID0gc2VlZGluZztcbiAgZm9yIChsZXQgcm91bmQgPSAwOyBsaXN0ZWQuc29tZSgobCkgPT4gbC5pZHMubGVuZ3RoID4gMCkgJiYgcm91bmQgPCAxMDAwOyByb3VuZCsrKSB7XG4gICAgY29uc3QgZG9vbWVkID0gbGlzdGVkLmZsYXRNYXAoKGwsIGkpID0+IGwuaWRzLm1hcCgoaWQpID0+ICh7IG93bmVyOiBpLCBpZCB9KSkpO1xuICAgIGJhdGNoZWQoXG4gICAgICBkb29tZWQubGVuZ3RoLFxuICAgICAgKGspID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ0RFTEVURScsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShkb29tZWRba10hLmlkKX1gLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGRhdGFzZXQnLCB0b2tlbnNbZG9vbWVkW2tdIS5vd25lcl0pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGlmIChyZXMuc3RhdHVzID09PSAyMDQpIHJlcG9ydC5yZW1vdmVkKys7XG4gICAgICB9LFxuICAgICk7XG4gICAgbGlzdGVkID0gbGlzdERhdGFzZXRzKHNlZWRpbmcpO1xuICB9XG4gIHJldHVybiBsaXN0ZWQ7XG59XG5cbi8qKiBDcmVhdGVzIHRoZSBjb3Vyc2VzIGVhY2ggb3duZXIgbGFja3M7IHJldHVybnMgdGhvc2UgdG8gZ2VuZXJhdGUgKHJlZ3VsYXIgYWNjb3VudHMnIGZpcnN0IG9uZXMpLiAqL1xuZnVuY3Rpb24gY3JlYXRlQ291cnNlcyhcbiAgeyBiYXNlLCBvd25lcnMsIHRva2VucywgcmVwb3J0IH06IFNlZWRpbmcsXG4gIGxpc3RlZDogTGlzdGVkW10sXG4gIHdhbnRlZDogbnVtYmVyLFxuICBnZW5lcmF0ZWRQZXJVc2VyOiBudW1iZXIsXG4pOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10ge1xuICBjb25zdCBjcmVhdGlvbnM6IHsgb3duZXI6IG51bWJlcjsgbjogbnVtYmVyOyBnZW5lcmF0ZTogYm9vbGVhbiB9W10gPSBbXTtcbiAgb3duZXJzLmZvckVhY2goKG93bmVyLCBpKSA9PiB7XG4gICAgY29uc3QgaGF2ZSA9IGxpc3RlZFtpXSEudG90YWw7XG4gICAgaWYgKGhhdmUgPj0gd2FudGVkKSByZXBvcnQucmV1c2VkKys7XG4gICAgZm9yIChsZXQgbiA9IGhhdmUgKyAxOyBuIDw9IHdhbnRlZDsgbisrKVxuICAgICAgY3JlYXRpb25zLnB1c2goeyBvd25lcjogaSwgbiwgZ2VuZXJhdGU6IG93bmVyLnJvbGUgPT09ICdyZWd1bGFyJyAmJiBuIDw9IGdlbmVyYXRlZFBlclVzZXIgfSk7XG4gIH0pO1xuICBjb25zdCB0b0dlbmVyYXRlOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10gPSBbXTtcbiAgYmF0Y2hlZChcbiAgICBjcmVhdGlvbnMubGVuZ3RoLFxuICAgIChrKSA9PiB7XG4gICAgICBjb25zdCB7IG93bmVyLCBuLCBnZW5lcmF0ZSB9ID0gY3JlYXRpb25zW2tdITtcbiAgICAgIGNvbnN0IGNvdXJzZSA9IHtcbiAgICAgICAgdGl0bGU6IGRhdGFzZXRUaXRsZShuKSxcbiAgICAgICAgdG9waWM6IGBkYXRhc2V0IHRvcGljICR7bn1gLFxuICAgICAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICAgICAgY2hhcHRlcl9jb3VudDogZ2VuZXJhdGUgPyAxIDogMyxcbiAgICAgIH07XG4gICAgICByZXR1cm4ge1xuICAgICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfWAsXG4gICAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KGNvdXJzZSksXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdjcmVhdGUgZGF0YXNldCcsIHRva2Vuc1tvd25lcl0sIHRydWUpLFxuICAgICAgfTtcbiAgICB9LFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IGlkID0gcmVzLnN0YXR1cyA9PT0gMjAxID8ganNvbjx7IGlkOiBJZCB9PihyZXMpPy5pZCA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChpZCA9PT0gdW5kZWZpbmVkKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGNyZWF0aW5nIGEgY291cnNlIGZvciAke293bmVyc1tjcmVhdGlvbnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCxcbiAgICAgICAgKTtcbiAgICAgIHJlcG9ydC5jcmVhdGVkKys7XG4gICAgICBpZiAoY3JlYXRpb25zW2tdIS5nZW5lcmF0ZSkgdG9HZW5lcmF0ZS5wdXNoKHsgb3duZXI6IGNyZWF0aW9uc1trXSEub3duZXIsIGlkIH0pO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiB0b0dlbmVyYXRlO1xufVxuXG5pbnRlcmZhY2UgSm9iIHtcbiAgb3duZXI6IG51bWJlcjtcbiAgam9iSWQ6IElkO1xufVxuXG5mdW5jdGlvbiBzdGFydEdlbmVyYXRpb24oeyBiYXNlLCBvd25lcnMsIHRva2VucyB9OiBTZWVkaW5nLCB0b0dlbmVyYXRlOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10pOiBKb2JbXSB7XG4gIGNvbnN0IGpvYnM6IEpvYltdID0gW107XG4gIGJhdGNoZWQoXG4gICAgdG9HZW5lcmF0ZS5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmdlbmVyYXRlKHRvR2VuZXJhdGVba10hLmlkKX1gLFxuICAgICAgYm9keTogJ3t9JyxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdnZW5lcmF0ZSBkYXRhc2V0JywgdG9rZW5zW3RvR2VuZXJhdGVba10hLm93bmVyXSwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgY29uc3Qgam9iSWQgPSByZXMuc3RhdHVzID09PSAyMDIgPyBqc29uPHsgam9iX2lkOiBJZCB9PihyZXMpPy5qb2JfaWQgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoam9iSWQgPT09IHVuZGVmaW5lZClcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBzdGFydGluZyBnZW5lcmF0aW9uIGZvciAke293bmVyc1t0b0dlbmVyYXRlW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWAsXG4gICAgICAgICk7XG4gICAgICBqb2JzLnB1c2goeyBvd25lcjogdG9HZW5lcmF0ZVtrXSEub3duZXIsIGpvYklkIH0pO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiBqb2JzO1xufVxuXG4vKiogUG9sbHMgdGhlIGpvYnMgb25jZSBhIHNlY29uZCB1bnRpbCBhbGwgY29tcGxldGVkOyB0aHJvd3Mgb24gYSBmYWlsZWQgam9iIG9yIGF0IEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmZ1bmN0aW9uIGF3YWl0R2VuZXJhdGlvbihzZWVkaW5nOiBTZWVkaW5nLCBqb2JzOiBKb2JbXSwgdGltZW91dFM6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyB0aW1lb3V0UyAqIDEwMDA7XG4gIHdoaWxlIChqb2JzLmxlbmd0aCA+IDApIHtcbiAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKVxuICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICBgZGF0YXNldDogJHtqb2JzLmxlbmd0aH0gZ2VuZXJhdGlvbiBqb2IocykgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke3RpbWVvdXRTfXNgLFxuICAgICAgKTtcbiAgICBzbGVlcCgxKTtcbiAgICBjb25zdCB7IG9wZW4sIGV4cGlyZWQgfSA9IHBvbGxKb2JzKHNlZWRpbmcsIGpvYnMpO1xuICAgIGlmIChleHBpcmVkLnNpemUgPiAwKSBsb2dJbihzZWVkaW5nLCBbLi4uZXhwaXJlZF0pO1xuICAgIGpvYnMgPSBvcGVuO1xuICB9XG59XG5cbi8qKiBPbmUgcG9sbCBvZiBldmVyeSBqb2I6IHRob3NlIHN0aWxsIG9wZW4sIGFuZCB0aGUgb3duZXJzIHdob3NlIHRva2VuIGV4cGlyZWQgd2hpbGUgd2FpdGluZy4gKi9cbmZ1bmN0aW9uIHBvbGxKb2JzKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMsIHJlcG9ydCB9OiBTZWVkaW5nLCBqb2JzOiBKb2JbXSk6IHsgb3BlbjogSm9iW107IGV4cGlyZWQ6IFNldDxudW1iZXI+IH0ge1xuICBjb25zdCBvcGVuOiBKb2JbXSA9IFtdO1xuICBjb25zdCBleHBpcmVkID0gbmV3IFNldDxudW1iZXI+KCk7XG4gIGJhdGNoZWQoXG4gICAgam9icy5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdHRVQnLFxuICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuam9iKGpvYnNba10hLmpvYklkKX1gLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ3BvbGwgZGF0YXNldCBqb2InLCB0b2tlbnNbam9ic1trXSEub3duZXJdKSxcbiAgICB9KSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICAvLyBBIHRva2VuIHRoYXQgZXhwaXJlZCB3aGlsZSB3YWl0aW5nIChzaG9ydC1saXZlZCB0b2tlbnMpOiBsb2cgdGhhdCBvd25lciBpbiBhZ2FpbiBhbmQgcG9sbCBvbi5cbiAgICAgIGlmIChyZXMuc3RhdHVzID09PSA0MDEpIHtcbiAgICAgICAgZXhwaXJlZC5hZGQoam9ic1trXSEub3duZXIpO1xuICAgICAgICBvcGVuLnB1c2goam9ic1trXSEpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICBpZiAocmVzLnN0YXR1cyAhPT0gMjAwKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGZvbGxvd2luZyBhIGdlbmVyYXRpb24gam9iIG9mICR7b3duZXJzW2pvYnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9JHtyZXMuZXJyb3IgPyBgICgke3Jlcy5lcnJvcn0pYCA6ICcnfWAsXG4gICAgICAgICk7XG4gICAgICBjb25zdCBzdGF0dXMgPSBqc29uPHsgc3RhdHVzPzogc3RyaW5nOyBlcnJvcj86IHN0cmluZyB9PihyZXMpO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnZmFpbGVkJylcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBnZW5lcmF0aW5nIGEgY291cnNlIG9mICR7b3duZXJzW2pvYnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZDogJHtzdGF0dXMuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9YCxcbiAgICAgICAgKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIHJlcG9ydC5nZW5lcmF0ZWQrKztcbiAgICAgIGVsc2Ugb3Blbi5wdXNoKGpvYnNba10hKTtcbiAgICB9LFxuICApO1xuICByZXR1cm4geyBvcGVuLCBleHBpcmVkIH07XG59XG5cbi8qKlxuICogUmVtb3ZlcyBydW4tY3JlYXRlZCBjb3Vyc2VzIHRoZSBhZG1pbiBjYW4gc2VlIHdob3NlIHRpdGxlIGByZW1vdmVgIHBpY2tzICh0aGlzIHJ1bidzIGF0XG4gKiB0ZWFyZG93biwgZWFybGllciBydW5zJyBsZWZ0b3ZlcnMgYXQgc2V0dXApLiBSZXR1cm5zIGhvdyBtYW55IHdlcmUgcmVtb3ZlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbW92ZUNvdXJzZXMoXG4gIGNvbmZpZzogQ29uZmlnLFxuICBhZG1pblRva2VuOiBzdHJpbmcsXG4gIGZpbHRlcjogc3RyaW5nLFxuICByZW1vdmU6ICh0aXRsZTogc3RyaW5nKSA9PiBib29sZWFuLFxuKTogbnVtYmVyIHtcbiAgY29uc3QgYmFzZSA9IGNvbmZpZy5iYXNlVXJsO1xuICBsZXQgcmVtb3ZlZCA9IDA7XG4gIGxldCBvZmZzZXQgPSAwO1xuICBmb3IgKGxldCBwYWdlID0gMDsgcGFnZSA8IDEwMDA7IHBhZ2UrKykge1xuICAgIGxldCBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdID0gW107XG4gICAgYmF0Y2hlZChcbiAgICAgIDEsXG4gICAgICAoKSA9PiAoe1xuICAgICAgICBtZXRob2Q6ICdHRVQnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoZmlsdGVyKX0mbGltaXQ9JHtMSVNUX0xJTUlUfSZvZmZzZXQ9JHtvZmZzZXR9YCxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ2ZpbmQgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbiksXG4gICAgICB9KSxcbiAgICAgIChyZXMpID0+IHtcbiAgICAgICAgaXRlbXMgPSAocmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGl0ZW1zOiB7IGlkOiBJZDsgdGl0bGU6IHN0cmluZyB9W10gfT4ocmVzKT8uaXRlbXMgOiB1bmRlZmluZWQpID8/IFtdO1xuICAgICAgfSxcbiAgICApO1xuICAgIGlmIChpdGVtcy5sZW5ndGggPT09IDApIGJyZWFrO1xuICAgIGNvbnN0IGRvb21lZCA9IGl0ZW1zLmZpbHRlcigoYykgPT4gcmVtb3ZlKGMudGl0bGUpKTtcbiAgICBsZXQgZ29uZSA9IDA7XG4gICAgYmF0Y2hlZChcbiAgICAgIGRvb21lZC5sZW5ndGgsXG4gICAgICAoaykgPT4gKHtcbiAgICAgICAgbWV0aG9kOiAnREVMRVRFJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGRvb21lZFtrXSEuaWQpfWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbiksXG4gICAgICB9KSxcbiAgICAgIChyZXMpID0+IHtcbiAgICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDIwNCB8fCByZXMuc3RhdHVzID09PSA0MDQpIGdvbmUrKztcbiAgICAgIH0sXG4gICAgKTtcbiAgICByZW1vdmVkICs9IGdvbmU7XG4gICAgb2Zmc2V0ICs9IGl0ZW1zLmxlbmd0aCAtIGdvbmU7IC8vIHdoYXQgc3RheXMgb24gdGhlIHBhZ2UgKGtlcHQsIG9yIG5vdCBkZWxldGFibGUpIGlzIHN0ZXBwZWQgb3ZlclxuICB9XG4gIHJldHVybiByZW1vdmVkO1xufVxuIiwgIi8vIEhvdyB0aGUgc3VpdGUgbmFtZXMgd2hhdCBpdCBwdXRzIG9uIHRoZSBwbGF0Zm9ybSwgc28gaXQgY2FuIGZpbmQgaXQgYWdhaW4uXG4vLyAtIFRoZSBrZXB0IGRhdGFzZXQ6IGBjb3Vyc2UtcGVyZiBkYXRhc2V0IE5OYCAocmV1c2VkIGFjcm9zcyBydW5zLCBuZXZlciByZW1vdmVkIGJ5IGEgcnVuKS5cbi8vIC0gRXZlcnl0aGluZyBhIHJ1biBjcmVhdGVzOiBgcGVyZi08a2luZD4gPHJ1biBpZD4gLi4uYDsgdGhlIHJ1biBpZCBzdGFydHMgd2l0aCB0aGUgcnVuJ3Mgc3RhcnRcbi8vICAgdGltZSwgc28gYSBsYXRlciBydW4gY2FuIHRlbGwgYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzIGZyb20gaXRzIG93bi5cbmV4cG9ydCBjb25zdCBEQVRBU0VUX1RJVExFID0gJ2NvdXJzZS1wZXJmIGRhdGFzZXQnO1xuLyoqIEEgdGl0bGUgZmlsdGVyIG1hdGNoaW5nIGV2ZXJ5IHJ1bi1jcmVhdGVkIGNvdXJzZSAoYW5kIG5vIGRhdGFzZXQgY291cnNlKS4gKi9cbmV4cG9ydCBjb25zdCBSVU5fVElUTEVfRklMVEVSID0gJ3BlcmYtJztcblxuZXhwb3J0IGZ1bmN0aW9uIGRhdGFzZXRUaXRsZShuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7REFUQVNFVF9USVRMRX0gJHtTdHJpbmcobikucGFkU3RhcnQoMiwgJzAnKX1gO1xufVxuXG4vKiogQSBuZXcgcnVuIGlkOiBzdGFydCB0aW1lIChiYXNlIDM2IG1zKSBhbmQgYSByYW5kb20gcGFydC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZXdSdW5JZChub3c6IG51bWJlciA9IERhdGUubm93KCkpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7bm93LnRvU3RyaW5nKDM2KX0tJHtNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAxZTYpLnRvU3RyaW5nKDM2KX1gO1xufVxuXG4vKiogVGhlIHJ1biBpZCBpbiBhIHJ1bi1jcmVhdGVkIHRpdGxlIChgcGVyZi08a2luZD4gPHJ1biBpZD4gLi4uYCksIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5JZE9mKHRpdGxlOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtYXRjaCA9IC9ecGVyZi1cXFMrIChbMC05YS16XSstWzAtOWEtel0rKSg/Olxcc3wkKS8uZXhlYyh0aXRsZSk7XG4gIHJldHVybiBtYXRjaD8uWzFdO1xufVxuXG4vKiogU3RhcnQgdGltZSBvZiBhIHJ1biBpZCwgbXMgc2luY2UgdGhlIGVwb2NoLCBvciB1bmRlZmluZWQuICovXG5mdW5jdGlvbiBydW5TdGFydE9mKHJ1bklkOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBtcyA9IHBhcnNlSW50KHJ1bklkLnNwbGl0KCctJylbMF0hLCAzNik7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogSG93IGxvbmcgYWZ0ZXIgaXRzIHN0YXJ0IGFub3RoZXIgcnVuIG1heSBzdGlsbCBiZSBnb2luZzogdGhlIG90aGVyIHNlZ21lbnRzIG9mIGFuIGV4ZWN1dGlvbi1zZWdtZW50ZWRcbiAqIHJ1biBzdGFydCB3aXRoaW4gc2Vjb25kcyBvZiBlYWNoIG90aGVyLCBhbmQgYSBzb2FrIG9yIGEgY29sbGVhZ3VlJ3MgcnVuIGFnYWluc3QgdGhlIHNhbWUgcGxhdGZvcm1cbiAqIGxhc3RzIGhvdXJzLiBPbmx5IHJ1bnMgb2xkZXIgdGhhbiB0aGlzIGFyZSB0YWtlbiBmb3Iga2lsbGVkLlxuICovXG5leHBvcnQgY29uc3QgTElWRV9SVU5fV0lORE9XX01TID0gNiAqIDYwICogNjAgKiAxMDAwO1xuXG4vKipcbiAqIFdoZXRoZXIgYSBydW4tY3JlYXRlZCBjb3Vyc2UgaXMgdG8gYmUgcmVtb3ZlZCBieSBydW4gYGN1cnJlbnRgOiBpdHMgb3duICh0ZWFyZG93biksIG9yIG9uZSBvZiBhXG4gKiBydW4gdGhhdCBzdGFydGVkIG1vcmUgdGhhbiBMSVZFX1JVTl9XSU5ET1dfTVMgZWFybGllciAoYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzOyBhbHNvIHRpdGxlcyBvZlxuICogb2xkZXIgdmVyc2lvbnMgb2YgdGhlIHN1aXRlKS4gQSBydW4gdGhhdCBtYXkgc3RpbGwgYmUgZ29pbmcga2VlcHMgaXRzIGNvdXJzZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0xlZnRvdmVyKHRpdGxlOiBzdHJpbmcsIGN1cnJlbnQ6IHN0cmluZywgb3duOiBib29sZWFuKTogYm9vbGVhbiB7XG4gIGlmICghdGl0bGUuc3RhcnRzV2l0aChSVU5fVElUTEVfRklMVEVSKSkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBydW5JZCA9IHJ1bklkT2YodGl0bGUpO1xuICBpZiAob3duKSByZXR1cm4gcnVuSWQgPT09IGN1cnJlbnQ7XG4gIGlmIChydW5JZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdHJ1ZTtcbiAgaWYgKHJ1bklkID09PSBjdXJyZW50KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBydW5TdGFydE9mKHJ1bklkKTtcbiAgcmV0dXJuIHN0YXJ0ZWQgPT09IHVuZGVmaW5lZCB8fCBzdGFydGVkIDwgKHJ1blN0YXJ0T2YoY3VycmVudCkgPz8gMCkgLSBMSVZFX1JVTl9XSU5ET1dfTVM7XG59XG4iLCAiLy8gV2hhdCBldmVyeSBlbnRyeSBwb2ludCBzaGFyZXM6IGl0IGFzc2VtYmxlcyBrNiBvcHRpb25zIGZyb20gdGhlIGVudHJ5J3Mgb3duIHNjZW5hcmlvcyBhbmRcbi8vIGdhdGVzLCBhZGRpbmcgdGhlIHNlcnZlci1yZXNvdXJjZXMgc2NlbmFyaW8gYW5kIGdhdGVzIHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkIChTSURFQ0FSX1VSTCkuXG4vLyBFbnRyaWVzIHJlLWV4cG9ydCBgcG9sbFJlc291cmNlc2AgYW5kIGB0ZWFyZG93bmAgZnJvbSBoZXJlLCBhcyBrNiBuZWVkcyB0aGVtIGluIHRoZSBlbnRyeSBtb2R1bGUuXG4vL1xuLy8gazYgZXZhbHVhdGVzIHRoZSBzY3JpcHQgb25jZSBwZXIgVlUsIGVhY2ggaW4gaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIHBsdXMgb25jZSBhcyBWVSAwOiB0aGF0XG4vLyBldmFsdWF0aW9uIGlzIHdoZXJlIGs2IHJlYWRzIGBvcHRpb25zYCwgYW5kIHNldHVwLCB0ZWFyZG93biBhbmQgaGFuZGxlU3VtbWFyeSBlYWNoIHJ1biBpbiBhIGZyZXNoXG4vLyBWVSAwIHRvby4gTG9hZCBWVXMgKDEsIDIsIC4uLikgbmV2ZXIgcmVhZCB0aGVpciBgb3B0aW9uc2AgKGs2IHNldHMgdGhlIGNvbnNvbGlkYXRlZCBvcHRpb25zIG9udG9cbi8vIGl0KSwgc28gdGhleSBza2lwIGJ1aWxkaW5nIHRoZW06IHRoZSBzY2VuYXJpb3MsIGdhdGVzIGFuZCB0aHJlc2hvbGQgZXhwcmVzc2lvbnMgbWFkZSBwZXIgVlUgd2VyZVxuLy8gfjAuMSBNQiBvZiBldmVyeSBWVSdzIGhlYXAgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCBoZWFwIHByb2ZpbGUgYXQgMSwwMDAgVlVzKS5cblxuaW1wb3J0IHsgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcywgbWV0cmljS2V5LCB0b0s2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHsgaXNBcnJpdmFsUmF0ZSB9IGZyb20gJy4uL2xvYWQvb3Blbi1tb2RlbC50cyc7XG5pbXBvcnQgeyB0eXBlIFNjZW5hcmlvLCBTVU1NQVJZX1RSRU5EX1NUQVRTIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgZW5kTG9hZCwgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVzb3VyY2VHYXRlcywgcmVzb3VyY2VzU2NlbmFyaW8gfSBmcm9tICcuLi9tZXRyaWNzL3Jlc291cmNlcy50cyc7XG5pbXBvcnQgeyBhc3NlcnREaXN0aW5jdCwgcG9vbCB9IGZyb20gJy4uL3VzZXJzL3Bvb2wudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHR5cGUgUm9sZSwgdnVJZEJvdW5kIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB7IGNsZWFuVXBSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4vZW52LnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeVBhcnRzIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIGdhdGVzOiBHYXRlW107XG4gIC8qKiBIb3cgbG9uZyB0aGUgbG9hZCBydW5zLCBzZWNvbmRzOiB0aGUgcmVzb3VyY2VzIHBvbGxlciBydW5zIGFzIGxvbmcuICovXG4gIHdhbGxUaW1lUzogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCB0b28gKHNvYWspLiAqL1xuICBnYXRlTWVtb3J5R3Jvd3RoPzogYm9vbGVhbjtcbiAgLyoqIENsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyBwb29sIGFjY291bnRzIChQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVCBjaGVja3MgdGhlc2UpOyBkZWZhdWx0IGFsbC4gKi9cbiAgcm9sZXM/OiByZWFkb25seSBSb2xlW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlPcHRpb25zIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIHRocmVzaG9sZHM6IEs2VGhyZXNob2xkcztcbiAgc2V0dXBUaW1lb3V0OiBzdHJpbmc7XG4gIHN1bW1hcnlUcmVuZFN0YXRzOiBzdHJpbmdbXTtcbn1cblxuLyoqIFdoZXRoZXIgdGhpcyBydW50aW1lIGlzIGs2J3MgVlUgMCAob3B0aW9ucywgc2V0dXAsIHRlYXJkb3duLCBoYW5kbGVTdW1tYXJ5KSByYXRoZXIgdGhhbiBhIGxvYWQgVlUuICovXG5mdW5jdGlvbiBpc0NvbnRyb2xSdW50aW1lKCk6IGJvb2xlYW4ge1xuICByZXR1cm4gX19WVSA9PT0gMDtcbn1cblxuLyoqIFRoZSBlbnRyeSdzIGs2IG9wdGlvbnMsIGJ1aWx0IGZyb20gYG1ha2VQYXJ0c2AgaW4gVlUgMCBvbmx5OyB1bmRlZmluZWQgaW4gbG9hZCBWVXMgKHNlZSBhYm92ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBtYWtlUGFydHM6ICgpID0+IEVudHJ5UGFydHMpOiBFbnRyeU9wdGlvbnMgfCB1bmRlZmluZWQge1xuICBpZiAoIWlzQ29udHJvbFJ1bnRpbWUoKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGFydHMgPSBtYWtlUGFydHMoKTtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHdpdGhEcm9wcGVkSXRlcmF0aW9ucyh0b0s2VGhyZXNob2xkcyhnYXRlcyksIHNjZW5hcmlvcyksXG4gICAgLy8gR2VuZXJhdGlvbiBvZiBzZWVkIGNvdXJzZXMsIHBsdXMgdGhlIGtlcHQgZGF0YXNldCdzIHNlZWRpbmcgd2hlbiBhIHJ1biBoYXMgdG8gbWFrZSBpdC5cbiAgICBzZXR1cFRpbWVvdXQ6IGAke01hdGgubWF4KDYwLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICsgMzApICsgKGNvbmZpZy5kYXRhc2V0LmNvdXJzZXMgPiAwID8gNjAwIDogMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbi8qKlxuICogRXZlcnkgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGRyb3BwZWQgaXRlcmF0aW9ucyBpbiB0aGUgc3VtbWFyeSwgZ2F0ZWQgb3Igbm90OiBhIHRocmVzaG9sZCBsaXN0LFxuICogZXZlbiBlbXB0eSwgaXMgaG93IGs2IGtlZXBzIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMgKGdyYWZhbmEvazYgIzEzMjEpLlxuICovXG5mdW5jdGlvbiB3aXRoRHJvcHBlZEl0ZXJhdGlvbnModGhyZXNob2xkczogSzZUaHJlc2hvbGRzLCBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPik6IEs2VGhyZXNob2xkcyB7XG4gIGZvciAoY29uc3QgW25hbWUsIHNjZW5hcmlvXSBvZiBPYmplY3QuZW50cmllcyhzY2VuYXJpb3MpKSB7XG4gICAgaWYgKGlzQXJyaXZhbFJhdGUoc2NlbmFyaW8pKSB0aHJlc2hvbGRzW21ldHJpY0tleSgnZHJvcHBlZF9pdGVyYXRpb25zJywgeyBzY2VuYXJpbzogbmFtZSB9KV0gPz89IFtdO1xuICB9XG4gIHJldHVybiB0aHJlc2hvbGRzO1xufVxuXG5mdW5jdGlvbiBoYXNVc2VycyhzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuIHtcbiAgY29uc3QgeyBleGVjdXRvciwgc3RhcnRWVXMsIHN0YWdlcywgdnVzIH0gPSBzY2VuYXJpbyBhcyB7XG4gICAgZXhlY3V0b3I6IHN0cmluZztcbiAgICBzdGFydFZVcz86IG51bWJlcjtcbiAgICBzdGFnZXM/OiB7IHRhcmdldDogbnVtYmVyIH1bXTtcbiAgICB2dXM/OiBudW1iZXI7XG4gIH07XG4gIGlmIChleGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgcmV0dXJuIChzdGFydFZVcyA/PyAwKSA+IDAgfHwgKHN0YWdlcyA/PyBbXSkuc29tZSgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCA+IDApO1xuICBpZiAoZXhlY3V0b3IgPT09ICdjb25zdGFudC12dXMnIHx8IGV4ZWN1dG9yID09PSAncGVyLXZ1LWl0ZXJhdGlvbnMnIHx8IGV4ZWN1dG9yID09PSAnc2hhcmVkLWl0ZXJhdGlvbnMnKVxuICAgIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqXG4gKiBXaGF0IG9ubHkgdGhlIGVuZCBvZiB0aGUgcnVuIGtub3dzOiB0aGUgbG9hZCBlbmRlZCAoc2FtcGxlcyBhZnRlciBpdCBhcmUgdGVhcmRvd24ncywgbm90IGdhdGVkKVxuICogYW5kIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIG92ZXIgaXQuIEVudHJpZXMgd2l0aCBhIHRlYXJkb3duIG9mIHRoZWlyIG93biBjYWxsIGl0IGZpcnN0LlxuICovXG5mdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSBlbmRMb2FkKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqIGs2J3MgdGVhcmRvd246IHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoLCBhbmQgcmVtb3Zpbmcgd2hhdCB0aGlzIHJ1biBjcmVhdGVkLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHRlYXJkb3duKGRhdGE/OiBSdW5EYXRhKTogUHJvbWlzZTx2b2lkPiB7XG4gIHJlY29yZFJlc291cmNlc0F0RW5kKCk7XG4gIGF3YWl0IGNsZWFuVXBSdW4ocnVuQ29uZmlnLCBkYXRhKTtcbn1cbiIsICIvLyBFc2NhcGluZyBmb3IgdGhlIGZvcm1hdHMgdGhhdCBlbWJlZCBuYW1lcyBhbmQgdGFnIHZhbHVlczogYSB0YWcgdmFsdWUgc3VjaCBhc1xuLy8gXCI8c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+XCIgbXVzdCBjb21lIG91dCBhcyB0ZXh0IGluIEhUTUwgYW5kIFhNTCwgbmV2ZXIgYXMgbWFya3VwLlxuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZVhtbCh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdGV4dC5yZXBsYWNlKFxuICAgIC9bJjw+XCInXS9nLFxuICAgIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEsXG4gICk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHRcbiAgICAucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpXG4gICAgLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpXG4gICAgLnJlcGxhY2UoLzwvZywgJyZsdDsnKVxuICAgIC5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG5cbi8qKlxuICogQSBNYXJrZG93biBjb2RlIHNwYW4gdGhhdCBzaG93cyBgdGV4dGAgZXhhY3RseSwgYWxzbyBpbnNpZGUgYSB0YWJsZSBjZWxsLiBJbnNpZGUgYSBjb2RlIHNwYW5cbiAqIE1hcmtkb3duIGRlY29kZXMgbm8gZW50aXRpZXMgKGAmbHQ7YCB3b3VsZCBzaG93IGxpdGVyYWxseSkgYW5kIHBhcnNlcyBubyBIVE1MLCBzbyA8ID4gc3RheSBhc1xuICogdGhleSBhcmU7IGEgZmVuY2UgbG9uZ2VyIHRoYW4gYW55IGJhY2t0aWNrIHJ1biBpbnNpZGUga2VlcHMgdGhlIHNwYW4gY2xvc2VkOyBHaXRIdWIncyB0YWJsZXNcbiAqIHN0aWxsIHNwbGl0IGNlbGxzIG9uIGB8YCwgd2hpY2ggYFxcfGAgcHJldmVudHMgKGFuZCBzaG93cyBhcyBgfGApLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbWFya2Rvd25Db2RlKHRleHQ6IHN0cmluZywgb3B0aW9uczogeyBpblRhYmxlOiBib29sZWFuIH0gPSB7IGluVGFibGU6IHRydWUgfSk6IHN0cmluZyB7XG4gIGNvbnN0IG9uZUxpbmUgPSB0ZXh0LnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpO1xuICBjb25zdCBmbGF0ID0gb3B0aW9ucy5pblRhYmxlID8gb25lTGluZS5yZXBsYWNlKC9cXHwvZywgJ1xcXFx8JykgOiBvbmVMaW5lO1xuICBjb25zdCBsb25nZXN0UnVuID0gTWF0aC5tYXgoMCwgLi4uKGZsYXQubWF0Y2goL2ArL2cpID8/IFtdKS5tYXAoKHJ1bikgPT4gcnVuLmxlbmd0aCkpO1xuICBjb25zdCBmZW5jZSA9ICdgJy5yZXBlYXQobG9uZ2VzdFJ1biArIDEpO1xuICBjb25zdCBwYWQgPSBmbGF0LnN0YXJ0c1dpdGgoJ2AnKSB8fCBmbGF0LmVuZHNXaXRoKCdgJykgPyAnICcgOiAnJztcbiAgcmV0dXJuIGAke2ZlbmNlfSR7cGFkfSR7ZmxhdH0ke3BhZH0ke2ZlbmNlfWA7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goe1xuICAgICAgICBtZXRyaWMsXG4gICAgICAgIGV4cHJlc3Npb24sXG4gICAgICAgIG9rOiByZXN1bHQub2ssXG4gICAgICAgIHN0YXQsXG4gICAgICAgIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsXG4gICAgICAgIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpLFxuICAgICAgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiByb3dzLnNvcnQoKGEsIGIpID0+IE51bWJlcihhLm9rKSAtIE51bWJlcihiLm9rKSB8fCBhLm1ldHJpYy5sb2NhbGVDb21wYXJlKGIubWV0cmljKSk7XG59XG5cbmNvbnN0IFNVQl9NRVRSSUMgPSAvXihcXHcrKVxce2VuZHBvaW50OihbXix9XSspXFx9JC87XG5cbi8qKiBQZXItZW5kcG9pbnQgbGF0ZW5jeSBhbmQgZXJyb3JzIGZyb20gdGhlIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljcyB0aGUgdGhyZXNob2xkcyBjcmVhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogRW5kcG9pbnRSb3dbXSB7XG4gIGNvbnN0IHJvd3MgPSBuZXcgTWFwPHN0cmluZywgRW5kcG9pbnRSb3c+KCk7XG4gIGNvbnN0IHJvdyA9IChlbmRwb2ludDogc3RyaW5nKSA9PiB7XG4gICAgbGV0IHIgPSByb3dzLmdldChlbmRwb2ludCk7XG4gICAgaWYgKCFyKSB7XG4gICAgICByID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH07XG4gICAgICByb3dzLnNldChlbmRwb2ludCwgcik7XG4gICAgfVxuICAgIHJldHVybiByO1xuICB9O1xuICBmb3IgKGNvbnN0IFtuYW1lLCBtZXRyaWNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBjb25zdCBtYXRjaCA9IFNVQl9NRVRSSUMuZXhlYyhuYW1lKTtcbiAgICBpZiAoIW1hdGNoKSBjb250aW51ZTtcbiAgICBjb25zdCBbLCBiYXNlLCBlbmRwb2ludF0gPSBtYXRjaCBhcyB1bmtub3duIGFzIFtzdHJpbmcsIHN0cmluZywgc3RyaW5nXTtcbiAgICBjb25zdCB2ID0gbWV0cmljLnZhbHVlcyA/PyB7fTtcbiAgICBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2R1cmF0aW9uJykge1xuICAgICAgT2JqZWN0LmFzc2lnbihyb3coZW5kcG9pbnQpLCB7XG4gICAgICAgIHJlcXVlc3RzOiB2LmNvdW50ID8/IDAsXG4gICAgICAgIHA1MDogdi5tZWQgPz8gbnVsbCxcbiAgICAgICAgcDk1OiB2WydwKDk1KSddID8/IG51bGwsXG4gICAgICAgIHA5OTogdlsncCg5OSknXSA/PyBudWxsLFxuICAgICAgICBtYXg6IHYubWF4ID8/IG51bGwsXG4gICAgICB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogT25lIG9wZW4tbW9kZWwgc2NlbmFyaW8ncyBpdGVyYXRpb25zIGs2IGRpZCBub3Qgc3RhcnQgb24gdGltZSAoZHJvcHBlZF9pdGVyYXRpb25ze3NjZW5hcmlvOlh9KS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRHJvcHBlZFJvdyB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIGl0ZXJhdGlvbnM6IG51bWJlcjtcbiAgLyoqIFJlcXVlc3RzIHRob3NlIGl0ZXJhdGlvbnMgd291bGQgaGF2ZSBzZW50OyBudWxsIHdoZW4gdGhlIGVudHJ5IGRvZXMgbm90IHNheSBob3cgbWFueSBhbiBpdGVyYXRpb24gc2VuZHMuICovXG4gIHJlcXVlc3RzOiBudW1iZXIgfCBudWxsO1xuICAvKiogVGhlIG1vc3QgdGhlIHNjZW5hcmlvJ3MgZ2F0ZSBhbGxvd3MgKGBjb3VudDw9TmApOyBudWxsIHdoZW4gaXQgaXMgbm90IGdhdGVkLiAqL1xuICBhbGxvd2VkOiBudW1iZXIgfCBudWxsO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERyb3BwZWQge1xuICBpdGVyYXRpb25zOiBudW1iZXI7XG4gIHJlcXVlc3RzOiBudW1iZXIgfCBudWxsO1xuICBzY2VuYXJpb3M6IERyb3BwZWRSb3dbXTtcbn1cblxuY29uc3QgRFJPUFBFRF9TVUJfTUVUUklDID0gL15kcm9wcGVkX2l0ZXJhdGlvbnNcXHtzY2VuYXJpbzooW14sfV0rKVxcfSQvO1xuXG4vKipcbiAqIEl0ZXJhdGlvbnMgdGhlIHJ1bidzIG9wZW4tbW9kZWwgc2NlbmFyaW9zIGRpZCBub3Qgc3RhcnQgb24gdGltZSAoazYncyBkcm9wcGVkX2l0ZXJhdGlvbnM6IG5vIFZVXG4gKiB3YXMgZnJlZSB3aGVuIG9uZSB3YXMgZHVlKSwgcGVyIHNjZW5hcmlvLCBhbmQgdGhlIHJlcXVlc3RzIHRoZXkgd291bGQgaGF2ZSBzZW50OyBudWxsIHdoZW4gdGhlXG4gKiBydW4gaGFkIG5vIG9wZW4tbW9kZWwgc2NlbmFyaW8uIFRoZWlyIGxhdGVuY3kgaXMgaW4gbm8gcGVyY2VudGlsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRJdGVyYXRpb25zKFxuICBkYXRhOiBTdW1tYXJ5RGF0YSxcbiAgcmVxdWVzdHNQZXJJdGVyYXRpb246IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gPSB7fSxcbik6IERyb3BwZWQgfCBudWxsIHtcbiAgY29uc3Qgc2NlbmFyaW9zOiBEcm9wcGVkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3Qgc2NlbmFyaW8gPSBEUk9QUEVEX1NVQl9NRVRSSUMuZXhlYyhuYW1lKT8uWzFdO1xuICAgIGlmIChzY2VuYXJpbyA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICBjb25zdCBpdGVyYXRpb25zID0gbWV0cmljLnZhbHVlcz8uY291bnQgPz8gMDtcbiAgICBjb25zdCBwZXJJdGVyYXRpb24gPSByZXF1ZXN0c1Blckl0ZXJhdGlvbltzY2VuYXJpb107XG4gICAgY29uc3QgbGltaXQgPSBPYmplY3Qua2V5cyhtZXRyaWMudGhyZXNob2xkcyA/PyB7fSlcbiAgICAgIC5tYXAoKGV4cHJlc3Npb24pID0+IC9eXFxzKmNvdW50XFxzKjw9XFxzKihcXGQrKVxccyokLy5leGVjKGV4cHJlc3Npb24pPy5bMV0pXG4gICAgICAuZmluZCgobikgPT4gbiAhPT0gdW5kZWZpbmVkKTtcbiAgICBzY2VuYXJpb3MucHVzaCh7XG4gICAgICBzY2VuYXJpbyxcbiAgICAgIGl0ZXJhdGlvbnMsXG4gICAgICByZXF1ZXN0czogcGVySXRlcmF0aW9uID09PSB1bmRlZmluZWQgPyBudWxsIDogaXRlcmF0aW9ucyAqIHBlckl0ZXJhdGlvbixcbiAgICAgIGFsbG93ZWQ6IGxpbWl0ID09PSB1bmRlZmluZWQgPyBudWxsIDogTnVtYmVyKGxpbWl0KSxcbiAgICB9KTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1ldHJpY1ZhbHVlKGRhdGEsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAnY291bnQnKTtcbiAgaWYgKHNjZW5hcmlvcy5sZW5ndGggPT09IDAgJiYgdG90YWwgPT09IG51bGwpIHJldHVybiBudWxsO1xuICBzY2VuYXJpb3Muc29ydCgoYSwgYikgPT4gYS5zY2VuYXJpby5sb2NhbGVDb21wYXJlKGIuc2NlbmFyaW8pKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IHRvdGFsID8/IHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cuaXRlcmF0aW9ucywgMCk7XG4gIGNvbnN0IGtub3duID1cbiAgICBzY2VuYXJpb3MucmVkdWNlKChzdW0sIHJvdykgPT4gc3VtICsgcm93Lml0ZXJhdGlvbnMsIDApID09PSBpdGVyYXRpb25zICYmXG4gICAgc2NlbmFyaW9zLmV2ZXJ5KChyb3cpID0+IHJvdy5yZXF1ZXN0cyAhPT0gbnVsbCk7XG4gIHJldHVybiB7IGl0ZXJhdGlvbnMsIHJlcXVlc3RzOiBrbm93biA/IHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cucmVxdWVzdHMhLCAwKSA6IG51bGwsIHNjZW5hcmlvcyB9O1xufVxuXG4vKiogV2hhdCB0aGUgcGVyY2VudGlsZXMgbGVhdmUgb3V0LCBzYWlkIGJlc2lkZSB0aGVtOiBcInBlcmNlbnRpbGVzIGV4Y2x1ZGUgNDUgcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAoMzQgZHJvcHBlZCBpdGVyYXRpb25zKSAuLi5cIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQ6IERyb3BwZWQgfCBudWxsKTogc3RyaW5nIHwgbnVsbCB7XG4gIGlmICghZHJvcHBlZCkgcmV0dXJuIG51bGw7XG4gIGlmIChkcm9wcGVkLml0ZXJhdGlvbnMgPT09IDApXG4gICAgcmV0dXJuICcwIHJlcXVlc3RzIG5vdCBzZW50IG9uIHRpbWUgKDAgZHJvcHBlZCBpdGVyYXRpb25zKTogdGhlIHBlcmNlbnRpbGVzIGNvdmVyIGV2ZXJ5IHNjaGVkdWxlZCByZXF1ZXN0JztcbiAgY29uc3Qgd2hhdCA9XG4gICAgZHJvcHBlZC5yZXF1ZXN0cyA9PT0gbnVsbFxuICAgICAgPyBgdGhlIHJlcXVlc3RzIG9mICR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5pdGVyYXRpb25zLCAnY291bnQnKX0gaXRlcmF0aW9uc2BcbiAgICAgIDogYCR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5yZXF1ZXN0cywgJ2NvdW50Jyl9IHJlcXVlc3Qke2Ryb3BwZWQucmVxdWVzdHMgPT09IDEgPyAnJyA6ICdzJ31gO1xuICByZXR1cm4gYHBlcmNlbnRpbGVzIGV4Y2x1ZGUgJHt3aGF0fSBub3Qgc2VudCBvbiB0aW1lICgke2Zvcm1hdFZhbHVlKGRyb3BwZWQuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IGRyb3BwZWQgaXRlcmF0aW9uczogbm8gVlUgd2FzIGZyZWUgd2hlbiB0aGV5IHdlcmUgZHVlKSwgd2hvc2UgbGF0ZW5jeSBrNiBjYW5ub3Qga25vd2A7XG59XG5cbi8qKiBPbmUgc2NlbmFyaW8ncyBsaW5lOiBcIjkgaXRlcmF0aW9ucyBub3Qgc2VudCBvbiB0aW1lICg5IHJlcXVlc3RzKSwgYXQgbW9zdCAyIGFsbG93ZWRcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkcm9wcGVkVGV4dChyb3c6IERyb3BwZWRSb3cpOiBzdHJpbmcge1xuICBjb25zdCByZXF1ZXN0cyA9XG4gICAgcm93LnJlcXVlc3RzID09PSBudWxsID8gJycgOiBgICgke2Zvcm1hdFZhbHVlKHJvdy5yZXF1ZXN0cywgJ2NvdW50Jyl9IHJlcXVlc3Qke3Jvdy5yZXF1ZXN0cyA9PT0gMSA/ICcnIDogJ3MnfSlgO1xuICBjb25zdCBhbGxvd2VkID0gcm93LmFsbG93ZWQgPT09IG51bGwgPyAnLCBub3QgZ2F0ZWQnIDogYCwgYXQgbW9zdCAke2Zvcm1hdFZhbHVlKHJvdy5hbGxvd2VkLCAnY291bnQnKX0gYWxsb3dlZGA7XG4gIHJldHVybiBgJHtmb3JtYXRWYWx1ZShyb3cuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IGl0ZXJhdGlvbiR7cm93Lml0ZXJhdGlvbnMgPT09IDEgPyAnJyA6ICdzJ30gbm90IHNlbnQgb24gdGltZSR7cmVxdWVzdHN9JHthbGxvd2VkfWA7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JylcbiAgICByZXR1cm4gTWF0aC5yb3VuZCh2YWx1ZSlcbiAgICAgIC50b1N0cmluZygpXG4gICAgICAucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBvdmVyIHRoZSBsb2FkLCBmcm9tIHRoZSBzaWRlY2FyJ3MgbWV0cmljcyAocmVzdWx0cy5qc29uJ3MgYHJlc291cmNlc2ApLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTZXJ2ZXJSZXNvdXJjZXMge1xuICBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDtcbiAgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsO1xuICBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7XG4gIHNhbXBsZXNfbWlzc2luZzogbnVtYmVyO1xufVxuXG4vKiogVGhlIHNpZGVjYXIncyBmaWd1cmVzOyBudWxsIHdoZW4gbm8gc2lkZWNhciBtZWFzdXJlZCB0aGUgc2VydmVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlcnZlclJlc291cmNlcyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFNlcnZlclJlc291cmNlcyB8IG51bGwge1xuICBpZiAoIWRhdGEubWV0cmljcz8uc2VydmVyX21lbW9yeV9tYiAmJiAhZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQpIHJldHVybiBudWxsO1xuICByZXR1cm4ge1xuICAgIG1lbW9yeV9tYl9wZWFrOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKSxcbiAgICBjcHVfcGVyY2VudF9wOTU6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCAncCg5NSknKSxcbiAgICBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgJ21heCcpLFxuICAgIHNhbXBsZXNfbWlzc2luZzogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwLFxuICB9O1xufVxuXG4vKiogUGxhaW4tbGFuZ3VhZ2UgbGluZSBhYm91dCBzZXJ2ZXIgcmVzb3VyY2VzOiBtZWFzdXJlZCwgb3Igd2h5IG5vdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNUZXh0KHJlc291cmNlczogU2VydmVyUmVzb3VyY2VzIHwgbnVsbCk6IHN0cmluZyB7XG4gIGlmICghcmVzb3VyY2VzIHx8IChyZXNvdXJjZXMubWVtb3J5X21iX3BlYWsgPT09IG51bGwgJiYgcmVzb3VyY2VzLmNwdV9wZXJjZW50X3A5NSA9PT0gbnVsbCkpXG4gICAgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgZ3Jvd3RoID0gcmVzb3VyY2VzLm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlcyBvdmVyIHRoZSBsb2FkOiBtZW1vcnkgcGVhayAke2Zvcm1hdFZhbHVlKHJlc291cmNlcy5tZW1vcnlfbWJfcGVhaywgJ3ZhbHVlJyl9IE1CYCxcbiAgICBgQ1BVIHA5NSAke2Zvcm1hdFZhbHVlKHJlc291cmNlcy5jcHVfcGVyY2VudF9wOTUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7cmVzb3VyY2VzLnNhbXBsZXNfbWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG5cbmV4cG9ydCBjb25zdCByZXNvdXJjZXNMaW5lID0gKGRhdGE6IFN1bW1hcnlEYXRhKTogc3RyaW5nID0+IHJlc291cmNlc1RleHQoc2VydmVyUmVzb3VyY2VzKGRhdGEpKTtcbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG4vLyBrNidzIGhhbmRsZVN1bW1hcnkgd3JpdGVzIHdoYXQgazYga25vd3MgKGJ1aWxkUmVzdWx0cyk7IHRoZSBydW5uZXIncyBmaW5pc2hpbmcgc3RlcFxuLy8gKHJ1bm5lci9maW5pc2gvZmluaXNoLXJ1bi50cykgYWRkcyB3aGF0IGlzIGtub3duIG9ubHkgYWZ0ZXIgazY6IHRoZSBvdXRjb21lLCByZXNvdXJjZSBzY2FsaW5nXG4vLyBhbmQgaXRzIHNsb3BlIGdhdGVzLCBhbiBpbnRlcmFjdGl2ZSBydW4ncyB0aW1lbGluZSwgYSBjb21wYXJpc29uLiBFdmVyeSByZXBvcnQgaXMgcmVuZGVyZWQgZnJvbSBpdC5cbmltcG9ydCB7XG4gIHR5cGUgRHJvcHBlZCxcbiAgZHJvcHBlZEl0ZXJhdGlvbnMsXG4gIHR5cGUgRW5kcG9pbnRSb3csXG4gIGVuZHBvaW50Um93cyxcbiAgdHlwZSBTZXJ2ZXJSZXNvdXJjZXMsXG4gIHR5cGUgU3VtbWFyeURhdGEsXG4gIHNlcnZlclJlc291cmNlcyxcbiAgdHlwZSBUaHJlc2hvbGRSb3csXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGNvbnN0IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04gPSAxO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bk1ldGEge1xuICBzY2VuYXJpbzogc3RyaW5nO1xuICBwcm9maWxlOiBzdHJpbmcgfCBudWxsO1xuICB0YXJnZXQ6IHN0cmluZyB8IG51bGw7XG4gIGs2X3ZlcnNpb246IHN0cmluZyB8IG51bGw7XG4gIGdpdF9jb21taXQ6IHN0cmluZyB8IG51bGw7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgbG9hZCBzaGFwZSBhIHJ1biB3YXMgYXNrZWQgZm9yLCByZWNvcmRlZCBieSB0aGUgcnVubmVyIHNvIGNvbXBhcmUgY2FuIHJlZnVzZSB1bmxpa2UgcnVucy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZFNoYXBlIHtcbiAgY29uY3VycmVudF91c2VyczogbnVtYmVyO1xuICBkdXJhdGlvbl9zOiBudW1iZXI7XG4gIHJhbXBfdXBfczogbnVtYmVyO1xuICByYW1wX2Rvd25fczogbnVtYmVyO1xuICB1c2VyX3dlaWdodHM6IHN0cmluZztcbiAgdGhpbmtfdGltZV9zOiBzdHJpbmc7XG59XG5cbmV4cG9ydCB0eXBlIFJ1bk91dGNvbWUgPSAnY29tcGxldGVkJyB8ICd0aHJlc2hvbGRzIGZhaWxlZCcgfCAnYWJvcnRlZCcgfCAnaW50ZXJydXB0ZWQnIHwgJ3N0b3BwZWQnIHwgJ2Vycm9yJztcblxuLyoqIFdoYXQgazYga25ldyAoUnVuTWV0YSwgZHVyYXRpb24pIGFuZCB3aGF0IHRoZSBydW5uZXIgYWRkcyBhZnRlciBrNiBleGl0cy4gKi9cbmludGVyZmFjZSBSdW5JbmZvIGV4dGVuZHMgUnVuTWV0YSB7XG4gIGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsO1xuICBsb2FkPzogTG9hZFNoYXBlO1xuICAvKiogazYncyBleGl0IGNvZGU7IG51bGwgd2hlbiBrNiBuZXZlciByYW4sIGFic2VudCB3aGVuIHRoZSBydW5uZXIgY291bGQgbm90IHNlZSBpdCAoY29tcG9zZSkuICovXG4gIGs2X2V4aXRfY29kZT86IG51bWJlciB8IG51bGw7XG4gIG91dGNvbWU/OiBSdW5PdXRjb21lO1xuICAvKiogV2h5IGEgcnVuIGRpZCBub3QgY29tcGxldGUsIGUuZy4gazYncyBvd24gZmlyc3QgZXJyb3IgbGluZS4gKi9cbiAgb3V0Y29tZV9yZWFzb24/OiBzdHJpbmc7XG4gIC8qKiBucG0gcnVuIG1lcmdlOiB0aGUgazYgLS1vdXQganNvbiBmaWxlcyBtZXJnZWQgaW50byB0aGlzIHJlc3VsdC4gKi9cbiAgbWVyZ2VkX2Zyb20/OiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzVGhyZXNob2xkIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIGV4cHJlc3Npb246IHN0cmluZztcbiAgb2s6IGJvb2xlYW47XG4gIG9ic2VydmVkOiBudW1iZXIgfCBudWxsO1xuICAvKiogSG93IG9ic2VydmVkIHJlYWRzIChtcywgYSAwLi4xIHJhdGUgYXMgcGVyY2VudCwgYSBjb3VudCk7IGFic2VudDogYSBwbGFpbiB2YWx1ZS4gKi9cbiAgdW5pdD86IFRocmVzaG9sZFJvd1sndW5pdCddO1xuICAvKiogV2h5IG9ic2VydmVkIGlzIG1pc3NpbmcgKGEgc2xvcGUgZ2F0ZSB3aG9zZSBzbG9wZSBjb3VsZCBub3QgYmUgZml0dGVkKS4gKi9cbiAgcmVhc29uPzogc3RyaW5nO1xufVxuXG4vKiogUmVzb3VyY2Ugc2NhbGluZyBwZXIgc3RlcCBvZiBsb2FkIChydW5uZXIvc2NhbGluZy9yZXNvdXJjZS1zY2FsaW5nLnRzIGNvbXB1dGVzIGl0KS4gKi9cbmludGVyZmFjZSBTY2FsaW5nU3RlcFJlc3VsdCB7XG4gIGZyb206IG51bWJlcjtcbiAgdG86IG51bWJlcjtcbiAgc2Vjb25kczogbnVtYmVyO1xuICB1c2Vyc19tZWFuOiBudW1iZXIgfCBudWxsO1xuICByZXF1ZXN0c19wZXJfczogbnVtYmVyO1xuICBwOTVfbXM6IG51bWJlciB8IG51bGw7XG4gIHNlcnZlcl9zYW1wbGVzOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50X21lYW46IG51bWJlciB8IG51bGw7XG4gIG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsO1xufVxuXG5pbnRlcmZhY2UgU2xvcGVSZXN1bHQge1xuICB1bml0OiBzdHJpbmc7XG4gIHZhbHVlOiBudW1iZXIgfCBudWxsO1xuICByMjogbnVtYmVyIHwgbnVsbDtcbiAgc3RlcHNfdXNlZDogbnVtYmVyO1xuICB4X2Zyb206IG51bWJlciB8IG51bGw7XG4gIHhfdG86IG51bWJlciB8IG51bGw7XG4gIGZpdDogc3RyaW5nO1xuICByZWFzb24/OiBzdHJpbmc7XG59XG5cbmludGVyZmFjZSBTY2FsaW5nUmVzdWx0IHtcbiAgbGV2ZWw6ICd1c2VycycgfCAncmVxdWVzdHNfcGVyX3MnO1xuICBzdGVwX3dpZHRoOiBudW1iZXI7XG4gIHdpbmRvdzogeyBmcm9tOiBudW1iZXI7IHRvOiBudW1iZXIgfTtcbiAgc3RlcHM6IFNjYWxpbmdTdGVwUmVzdWx0W107XG4gIG1lbW9yeTogU2xvcGVSZXN1bHQ7XG4gIGNwdTogU2xvcGVSZXN1bHQ7XG59XG5cbi8qKiBPbmUgbWV0cmljJ3MgdmVyZGljdCBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykgKHJ1bm5lci9jb21wYXJlL2NvbXBhcmUudHMgY29tcHV0ZXMgaXQpLiAqL1xuaW50ZXJmYWNlIENvbXBhcmlzb25Sb3dSZXN1bHQge1xuICBtZXRyaWM6IHN0cmluZztcbiAgc3RhdDogJ3AoOTUpJyB8ICdyYXRlJyB8ICdtYXgnO1xuICBlbmRwb2ludDogc3RyaW5nIHwgbnVsbDtcbiAgdW5pdDogJ21zJyB8ICdyYXRlJyB8ICdwZXJjZW50JyB8ICdNQic7XG4gIGJhc2VsaW5lOiBudW1iZXIgfCBudWxsO1xuICBjdXJyZW50OiBudW1iZXIgfCBudWxsO1xuICBjaGFuZ2U6IG51bWJlciB8IG51bGw7XG4gIGludGVydmFsOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbDtcbiAgaW50ZXJ2YWxfYWJzOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbDtcbiAgdmVyZGljdDogJ2ltcHJvdmVkJyB8ICdubyBjaGFuZ2UnIHwgJ3JlZ3Jlc3NlZCcgfCAnaW5jb25jbHVzaXZlJztcbiAgbWV0aG9kOiBzdHJpbmc7XG4gIHNhbXBsZXM6IHsgYmFzZWxpbmU6IG51bWJlcjsgY3VycmVudDogbnVtYmVyOyBiYXNlbGluZV9ydW5zOiBudW1iZXIgfSB8IG51bGw7XG4gIG5vdGU/OiBzdHJpbmc7XG4gIHByb2ZpbGU/OiB7IHE6IG51bWJlcltdOyBiYXNlbGluZTogbnVtYmVyW107IGN1cnJlbnQ6IG51bWJlcltdIH07XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29tcGFyaXNvblJlc3VsdCB7XG4gIG1ldGhvZDogc3RyaW5nO1xuICBvcHRpb25zOiB7XG4gICAgdG9sZXJhbmNlOiBudW1iZXI7XG4gICAgbWluX21zOiBudW1iZXI7XG4gICAgbWluX3JhdGU6IG51bWJlcjtcbiAgICByZXNhbXBsZXM6IG51bWJlcjtcbiAgICBzZWVkOiBudW1iZXI7XG4gICAgYmxvY2tfczogbnVtYmVyO1xuICAgIC8qKiBBYnNlbnQgaW4gY29tcGFyaXNvbnMgd3JpdHRlbiBiZWZvcmUgaXQgd2FzIGFuIG9wdGlvbi4gKi9cbiAgICBpbmNvbmNsdXNpdmU/OiAnd2FybicgfCAnZmFpbCc7XG4gIH07XG4gIGNvbmZpZGVuY2U6IHsgZmFtaWx5OiBudW1iZXI7IHBlcl9tZXRyaWM6IG51bWJlcjsganVkZ2VkOiBudW1iZXIgfTtcbiAgYmFzZWxpbmVzOiBzdHJpbmdbXTtcbiAgY3VycmVudDogc3RyaW5nO1xuICByYXdfc2FtcGxlczogYm9vbGVhbjtcbiAgcnVuX3dpZGVfc2hpZnQ6IHsgY2hhbmdlOiBudW1iZXI7IGVuZHBvaW50czogbnVtYmVyIH0gfCBudWxsO1xuICB3YXJuaW5nczogc3RyaW5nW107XG4gIHJlZ3Jlc3Npb25zOiBudW1iZXI7XG4gIGluY29uY2x1c2l2ZTogbnVtYmVyO1xuICByb3dzOiBDb21wYXJpc29uUm93UmVzdWx0W107XG59XG5cbi8qKiBBbiBpbnRlcmFjdGl2ZSBydW4gKG5wbSBydW4gdWkpOiB0aGUgdXNlcnMgdGhlIHBlcnNvbiBzZXQgb3ZlciB0aW1lLCBhbmQgdGhlIHBhdXNlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSW50ZXJhY3RpdmVSZXN1bHQge1xuICBwb29sX3Z1czogbnVtYmVyO1xuICB3ZWlnaHRzOiBzdHJpbmc7XG4gIHVzZXJzX3RpbWVsaW5lOiB7IGF0OiBzdHJpbmc7IHVzZXJzOiBudW1iZXI7IHBhdXNlZDogYm9vbGVhbiB9W107XG59XG5cbi8qKiBBIGNoYW5nZSBwb2ludCBvZiB0aGUgcnVuJ3MgdGVzdCBvdmVyIGl0cyBsYXN0IHJ1bnMgKHJlc3VsdHMuanNvbiBoaXN0b3J5LmNoYW5nZXMpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBIaXN0b3J5Q2hhbmdlIHtcbiAgc2VyaWVzOiBzdHJpbmc7XG4gIHVuaXQ6IHN0cmluZztcbiAgcnVuOiBzdHJpbmc7XG4gIGNvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgdGltZTogc3RyaW5nO1xuICBjaGFuZ2U6IG51bWJlciB8IG51bGw7XG4gIGludGVydmFsOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbDtcbiAgYmVmb3JlOiBudW1iZXI7XG4gIGFmdGVyOiBudW1iZXI7XG4gIHJ1bnNfYmVmb3JlOiBudW1iZXI7XG4gIHJ1bnNfYWZ0ZXI6IG51bWJlcjtcbiAgcF92YWx1ZTogbnVtYmVyO1xuICB3b3JzZTogYm9vbGVhbiB8IG51bGw7XG59XG5cbi8qKiByZXN1bHRzLmpzb24gYGhpc3RvcnlgIChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLiAqL1xuZXhwb3J0IGludGVyZmFjZSBIaXN0b3J5RmFjdHMge1xuICBzdG9yZTogc3RyaW5nO1xuICB0ZXN0OiBzdHJpbmcgfCBudWxsO1xuICBhZGRlZDogYm9vbGVhbjtcbiAgLyoqIFdoeSB0aGlzIHJ1biB3YXMgbm90IGFkZGVkIChpdHMgZmlndXJlcyBjb3ZlciBwYXJ0IG9mIHRoZSBydW4pLiAqL1xuICByZWZ1c2VkPzogc3RyaW5nO1xuICAvKiogVGhlIHN0b3JlIGZhaWxlZDogc2FpZCBoZXJlIGFuZCBvbiBzdGRlcnI7IHRoZSBydW4ncyBvd24gcmVwb3J0cyBhcmUgY29tcGxldGUuICovXG4gIGVycm9yPzogc3RyaW5nO1xuICBydW5zOiBudW1iZXI7XG4gIC8qKiBUaGUgb2xkZXN0IG9mIHRoZSBsYXN0IGBsYXN0YCBydW5zOiB3aGF0IFwiY2hhbmdlcyBzaW5jZVwiIGNvdW50cyBmcm9tLiAqL1xuICBzaW5jZTogeyBydW46IHN0cmluZzsgY29tbWl0OiBzdHJpbmcgfCBudWxsOyB0aW1lOiBzdHJpbmcgfSB8IG51bGw7XG4gIG9wdGlvbnM6IHsgd2luZG93OiBudW1iZXI7IHBfdmFsdWU6IG51bWJlcjsgbWluX21hZ25pdHVkZTogbnVtYmVyOyBsYXN0OiBudW1iZXI7IHRvbGVyYW5jZTogbnVtYmVyIH07XG4gIGNoYW5nZXM6IEhpc3RvcnlDaGFuZ2VbXTtcbiAgLyoqIFNlcmllcyBgbnBtIHJ1biBoaXN0b3J5IC0tIGNoZWNrYCB3b3VsZCBmYWlsIG9uIG5vdy4gKi9cbiAgcmVncmVzc2lvbnM6IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bkluZm87XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IFJlc3VsdHNUaHJlc2hvbGRbXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogT3Blbi1tb2RlbCBzY2VuYXJpb3MnIGl0ZXJhdGlvbnMgbm90IHN0YXJ0ZWQgb24gdGltZSAoazYgZHJvcHBlZF9pdGVyYXRpb25zKSwgd2hpY2ggbm8gcGVyY2VudGlsZSBob2xkczsgbnVsbCB3aXRob3V0IG9uZS4gKi9cbiAgZHJvcHBlZDogRHJvcHBlZCB8IG51bGw7XG4gIC8qKiBFdmVyeSBtZXRyaWMncyBhZ2dyZWdhdGUgdmFsdWVzIGFzIGs2IGNvbXB1dGVkIHRoZW0uICovXG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIG51bWJlcj4+O1xuICByZXNvdXJjZXM6IFNlcnZlclJlc291cmNlcyB8IG51bGw7XG4gIC8qKiBFbnRyaWVzIHdob3NlIGxvYWQgY2hhbmdlcyAocmFtcC11cCwgc3Bpa2UsIGJyZWFrcG9pbnQpOiBzZXJ2ZXIgQ1BVIGFuZCBtZW1vcnkgcGVyIHN0ZXAgb2YgbG9hZC4gKi9cbiAgc2NhbGluZz86IFNjYWxpbmdSZXN1bHQ7XG4gIC8qKiBBZGRlZCBieSBucG0gcnVuIGNvbXBhcmUgLyBwZXJmIC0tYmFzZWxpbmU6IHRoZSB2ZXJkaWN0cyBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykuICovXG4gIGNvbXBhcmlzb24/OiBDb21wYXJpc29uUmVzdWx0O1xuICAvKiogQWRkZWQgZm9yIGFuIGludGVyYWN0aXZlIHJ1biAobnBtIHJ1biB1aSkuICovXG4gIGludGVyYWN0aXZlPzogSW50ZXJhY3RpdmVSZXN1bHQ7XG4gIC8qKiBBZGRlZCB3aGVuIGhpc3RvcnkgaXMgb24gKHJ1bm5lci9oaXN0b3J5L3JlY29yZC1ydW4udHMpOiB0aGUgcnVuIGluIHRoZSBoaXN0b3J5IGFuZCB3aGF0IGNoYW5nZWQgb3ZlciB0aGUgbGFzdCBydW5zLiAqL1xuICBoaXN0b3J5PzogSGlzdG9yeUZhY3RzO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKFxuICBkYXRhOiBTdW1tYXJ5RGF0YSxcbiAgbWV0YTogUnVuTWV0YSxcbiAgcmVxdWVzdHNQZXJJdGVyYXRpb246IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gPSB7fSxcbik6IFJlc3VsdHMge1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKS5tYXAoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvaywgb2JzZXJ2ZWQsIHVuaXQgfSkgPT4gKHtcbiAgICBtZXRyaWMsXG4gICAgZXhwcmVzc2lvbixcbiAgICBvayxcbiAgICBvYnNlcnZlZCxcbiAgICB1bml0LFxuICB9KSk7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgZHJvcHBlZDogZHJvcHBlZEl0ZXJhdGlvbnMoZGF0YSwgcmVxdWVzdHNQZXJJdGVyYXRpb24pLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBzZXJ2ZXJSZXNvdXJjZXMoZGF0YSksXG4gIH07XG59XG5cbi8qKiBBIHRocmVzaG9sZCdzIHVuaXQ7IHJlc3VsdHMuanNvbiBmaWxlcyB3cml0dGVuIGJlZm9yZSB1bml0cyB3ZXJlIHJlY29yZGVkIGdldCBvbmUgZnJvbSBpdHMgbmFtZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bml0T2YodGhyZXNob2xkOiBSZXN1bHRzVGhyZXNob2xkKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAodGhyZXNob2xkLnVuaXQpIHJldHVybiB0aHJlc2hvbGQudW5pdDtcbiAgaWYgKHRocmVzaG9sZC5leHByZXNzaW9uLnN0YXJ0c1dpdGgoJ3JhdGUnKSkgcmV0dXJuICdwZXJjZW50JztcbiAgcmV0dXJuIC9kdXJhdGlvbnxfbXMvLnRlc3QodGhyZXNob2xkLm1ldHJpYykgPyAnbXMnIDogJ3ZhbHVlJztcbn1cbiIsICIvLyBKVW5pdCBYTUw6IG9uZSB0ZXN0IGNhc2UgcGVyIHRocmVzaG9sZCwgZmFpbGluZyBvbmVzIGNhcnJ5IHRoZSBvYnNlcnZlZCB2YWx1ZSwgc28gYW55IENJIHN5c3RlbVxuLy8gc2hvd3Mgd2hpY2ggcGVyZm9ybWFuY2UgdGFyZ2V0IHdhcyBtaXNzZWQuIEEgcnVuIHRoYXQgZW5kZWQgaW4gYW4gZXJyb3IgKGs2J3Mgb3duIHJlYXNvbiBpblxuLy8gcnVuLm91dGNvbWVfcmVhc29uKSBpcyBvbmUgbW9yZSB0ZXN0IGNhc2UsIGluIGVycm9yLiBQdXJlOiBrNidzIGhhbmRsZVN1bW1hcnkgYW5kIHRoZSBydW5uZXInc1xuLy8gZmluaXNoaW5nIHN0ZXAgcmVuZGVyIGl0IGZyb20gdGhlIHNhbWUgUmVzdWx0cy5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IHR5cGUgUmVzdWx0cywgdHlwZSBSZXN1bHRzVGhyZXNob2xkLCB1bml0T2YgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmZ1bmN0aW9uIHRocmVzaG9sZENhc2Uoc3VpdGU6IHN0cmluZywgdDogUmVzdWx0c1RocmVzaG9sZCk6IHN0cmluZyB7XG4gIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufWApO1xuICBjb25zdCBvYnNlcnZlZCA9XG4gICAgdC5vYnNlcnZlZCA9PT0gbnVsbCAmJiB0LnJlYXNvbiA/IGBub3QgbWVhc3VyZWQ6ICR7dC5yZWFzb259YCA6IGBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHVuaXRPZih0KSl9YDtcbiAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gIGlmICh0Lm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD4ke2VzY2FwZVhtbChvYnNlcnZlZCl9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3QubWV0cmljfSAke3QuZXhwcmVzc2lvbn0gZmFpbGVkOiAke29ic2VydmVkfWApfVwiIHR5cGU9XCJ0aHJlc2hvbGRcIj4ke2VzY2FwZVhtbChvYnNlcnZlZCl9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG59XG5cbmZ1bmN0aW9uIGVycm9yQ2FzZShzdWl0ZTogc3RyaW5nLCByZXN1bHRzOiBSZXN1bHRzKTogc3RyaW5nIHtcbiAgY29uc3QgcmVhc29uID0gZXNjYXBlWG1sKHJlc3VsdHMucnVuLm91dGNvbWVfcmVhc29uID8/ICd0aGUgcnVuIGVuZGVkIGluIGFuIGVycm9yJyk7XG4gIHJldHVybiBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCJrNiBydW5cIiB0aW1lPVwiMFwiPlxcbiAgICAgIDxlcnJvciBtZXNzYWdlPVwiJHtyZWFzb259XCIgdHlwZT1cIms2XCI+JHtyZWFzb259PC9lcnJvcj5cXG4gICAgPC90ZXN0Y2FzZT5gO1xufVxuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQocmVzdWx0czogUmVzdWx0cyk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSByZXN1bHRzLnRocmVzaG9sZHM7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGVycm9ycyA9IHJlc3VsdHMucnVuLm91dGNvbWUgPT09ICdlcnJvcicgPyAxIDogMDtcbiAgY29uc3QgdGVzdHMgPSByb3dzLmxlbmd0aCArIGVycm9ycztcbiAgY29uc3Qgc2Vjb25kcyA9ICgocmVzdWx0cy5ydW4uZHVyYXRpb25fbXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtyZXN1bHRzLnJ1bi5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSBbLi4uKGVycm9ycyA/IFtlcnJvckNhc2Uoc3VpdGUsIHJlc3VsdHMpXSA6IFtdKSwgLi4ucm93cy5tYXAoKHIpID0+IHRocmVzaG9sZENhc2Uoc3VpdGUsIHIpKV07XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHt0ZXN0c31cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiJHtlcnJvcnN9XCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIGAgIDx0ZXN0c3VpdGUgbmFtZT1cIiR7c3VpdGV9XCIgdGVzdHM9XCIke3Rlc3RzfVwiIGZhaWx1cmVzPVwiJHtmYWlsdXJlc31cIiBlcnJvcnM9XCIke2Vycm9yc31cIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWTogZmFpbGVkIHRocmVzaG9sZHMgZmlyc3QsIGluIGFcbi8vIHRhYmxlIG9mIHRoZWlyIG93bjsgdGhlIHBhc3Npbmcgb25lcyBmb2xkZWQgaW4gPGRldGFpbHM+LCBzbyBhIDM4LXJvdyB0YWJsZSBuZXZlciBidXJpZXMgYSBmYWlsdXJlLlxuLy8gUHVyZTogazYncyBoYW5kbGVTdW1tYXJ5IGFuZCB0aGUgcnVubmVyJ3MgZmluaXNoaW5nIHN0ZXAgcmVuZGVyIGl0IGZyb20gdGhlIHNhbWUgUmVzdWx0cy5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCwgbWFya2Rvd25Db2RlIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgdHlwZSBSZXN1bHRzLCB0eXBlIFJlc3VsdHNUaHJlc2hvbGQsIHVuaXRPZiB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgeyBmb3JtYXRWYWx1ZSwgcGVyY2VudGlsZUNhdmVhdCwgcmVzb3VyY2VzVGV4dCB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZnVuY3Rpb24gdGhyZXNob2xkVGFibGUocm93czogUmVzdWx0c1RocmVzaG9sZFtdKTogc3RyaW5nW10ge1xuICByZXR1cm4gW1xuICAgICd8IHwgdGhyZXNob2xkIHwgb2JzZXJ2ZWQgfCcsXG4gICAgJ3wtLS18LS0tfC0tLXwnLFxuICAgIC4uLnJvd3MubWFwKFxuICAgICAgKHIpID0+XG4gICAgICAgIGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgJHttYXJrZG93bkNvZGUoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfSB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgdW5pdE9mKHIpKX0gfGAsXG4gICAgKSxcbiAgXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KHJlc3VsdHM6IFJlc3VsdHMpOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gcmVzdWx0cy50aHJlc2hvbGRzO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spO1xuICBjb25zdCBwYXNzZWQgPSByb3dzLmZpbHRlcigocikgPT4gci5vayk7XG4gIC8vIE5vIHRocmVzaG9sZHMgYXQgYWxsOiBhIHJ1biBrNiBzdG9wcGVkIGJlZm9yZSBpdHMgc3VtbWFyeSAodGhlIG91dGNvbWUgYWJvdmUgc2F5cyB3aHkpLlxuICBjb25zdCB2ZXJkaWN0ID1cbiAgICByb3dzLmxlbmd0aCA9PT0gMFxuICAgICAgPyAnbm8gdGhyZXNob2xkcydcbiAgICAgIDogZmFpbGVkLmxlbmd0aCA9PT0gMFxuICAgICAgICA/IGDinIUgYWxsICR7cm93cy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYFxuICAgICAgICA6IGDinYwgJHtmYWlsZWQubGVuZ3RofSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGA7XG4gIGNvbnN0IGxpbmVzID0gW2AjIyBjb3Vyc2UtcGVyZiAke21hcmtkb3duQ29kZShyZXN1bHRzLnJ1bi5zY2VuYXJpbywgeyBpblRhYmxlOiBmYWxzZSB9KX06ICR7dmVyZGljdH1gLCAnJ107XG4gIGlmIChmYWlsZWQubGVuZ3RoID4gMCkgbGluZXMucHVzaCguLi50aHJlc2hvbGRUYWJsZShmYWlsZWQpLCAnJyk7XG4gIGlmIChwYXNzZWQubGVuZ3RoID4gMCkge1xuICAgIC8vIEdpdEh1YiByZW5kZXJzIE1hcmtkb3duIGluc2lkZSA8ZGV0YWlscz4gb25seSBhZnRlciBhIGJsYW5rIGxpbmUgZm9sbG93aW5nIDwvc3VtbWFyeT4uXG4gICAgbGluZXMucHVzaChcbiAgICAgICc8ZGV0YWlscz4nLFxuICAgICAgYDxzdW1tYXJ5PiR7cGFzc2VkLmxlbmd0aH0gcGFzc2VkIHRocmVzaG9sZCR7cGFzc2VkLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfTwvc3VtbWFyeT5gLFxuICAgICAgJycsXG4gICAgICAuLi50aHJlc2hvbGRUYWJsZShwYXNzZWQpLFxuICAgICAgJycsXG4gICAgICAnPC9kZXRhaWxzPicsXG4gICAgICAnJyxcbiAgICApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IHJlc3VsdHMuZW5kcG9pbnRzO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGB8ICR7ZXNjYXBlTWFya2Rvd25DZWxsKGUuZW5kcG9pbnQpfSB8ICR7ZS5yZXF1ZXN0c30gfCAke2Zvcm1hdFZhbHVlKGUucDUwLCAnbXMnKX0gfCAke2Zvcm1hdFZhbHVlKGUucDk1LCAnbXMnKX0gfCAke2Zvcm1hdFZhbHVlKGUucDk5LCAnbXMnKX0gfCAke2Zvcm1hdFZhbHVlKGUubWF4LCAnbXMnKX0gfCAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpfSB8YCxcbiAgICAgICk7XG4gICAgfVxuICAgIGxpbmVzLnB1c2goJycpO1xuICB9XG4gIGNvbnN0IGRyb3BwZWQgPSByZXN1bHRzLmRyb3BwZWQgPz8gbnVsbDtcbiAgY29uc3QgY2F2ZWF0ID0gcGVyY2VudGlsZUNhdmVhdChkcm9wcGVkKTtcbiAgaWYgKGNhdmVhdCkgbGluZXMucHVzaChgJHtkcm9wcGVkIS5pdGVyYXRpb25zID4gMCA/ICfimqDvuI8gJyA6ICcnfSR7ZXNjYXBlTWFya2Rvd25DZWxsKGNhdmVhdCl9YCwgJycpO1xuICBpZiAoZHJvcHBlZCAmJiBkcm9wcGVkLnNjZW5hcmlvcy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnfCBzY2VuYXJpbyAob3BlbiBtb2RlbCkgfCBpdGVyYXRpb25zIG5vdCBzZW50IG9uIHRpbWUgfCByZXF1ZXN0cyB8IGFsbG93ZWQgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3Qgcm93IG9mIGRyb3BwZWQuc2NlbmFyaW9zKSB7XG4gICAgICBsaW5lcy5wdXNoKFxuICAgICAgICBgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChyb3cuc2NlbmFyaW8pfSB8ICR7Zm9ybWF0VmFsdWUocm93Lml0ZXJhdGlvbnMsICdjb3VudCcpfSB8ICR7cm93LnJlcXVlc3RzID09PSBudWxsID8gJ24vYScgOiBmb3JtYXRWYWx1ZShyb3cucmVxdWVzdHMsICdjb3VudCcpfSB8ICR7cm93LmFsbG93ZWQgPT09IG51bGwgPyAnbm90IGdhdGVkJyA6IGZvcm1hdFZhbHVlKHJvdy5hbGxvd2VkLCAnY291bnQnKX0gfGAsXG4gICAgICApO1xuICAgIH1cbiAgICBsaW5lcy5wdXNoKCcnKTtcbiAgfVxuICBsaW5lcy5wdXNoKGVzY2FwZU1hcmtkb3duQ2VsbChyZXNvdXJjZXNUZXh0KHJlc3VsdHMucmVzb3VyY2VzKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBjb25jaXNlIGNvbnNvbGUgc3VtbWFyeTogdGhyZXNob2xkcyBmaXJzdCAodmVyZGljdCwgZXhwcmVzc2lvbiwgb2JzZXJ2ZWQgdmFsdWUpLCB0aGVuXG4vLyBwZXItZW5kcG9pbnQgbGF0ZW5jeSwgdGhyb3VnaHB1dCwgZXJyb3JzLCBjaGVja3MsIGN1c3RvbSBtZXRyaWNzIGFuZCBzZXJ2ZXIgcmVzb3VyY2VzLlxuaW1wb3J0IHtcbiAgZHJvcHBlZEl0ZXJhdGlvbnMsXG4gIGRyb3BwZWRUZXh0LFxuICBlbmRwb2ludFJvd3MsXG4gIGZvcm1hdFZhbHVlLFxuICBtZXRyaWNWYWx1ZSxcbiAgcGVyY2VudGlsZUNhdmVhdCxcbiAgcmVzb3VyY2VzTGluZSxcbiAgdHlwZSBTdW1tYXJ5RGF0YSxcbiAgdGhyZXNob2xkUm93cyxcbn0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoW1xuICAnaHR0cF9yZXFzJyxcbiAgJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgJ2h0dHBfcmVxX2Jsb2NrZWQnLFxuICAnaHR0cF9yZXFfY29ubmVjdGluZycsXG4gICdodHRwX3JlcV90bHNfaGFuZHNoYWtpbmcnLFxuICAnaHR0cF9yZXFfc2VuZGluZycsXG4gICdodHRwX3JlcV93YWl0aW5nJyxcbiAgJ2h0dHBfcmVxX3JlY2VpdmluZycsXG4gICdodHRwX3JlcV9mYWlsZWQnLFxuICAnaXRlcmF0aW9ucycsXG4gICdpdGVyYXRpb25fZHVyYXRpb24nLFxuICAnZHJvcHBlZF9pdGVyYXRpb25zJyxcbiAgJ3Z1cycsXG4gICd2dXNfbWF4JyxcbiAgJ2RhdGFfc2VudCcsXG4gICdkYXRhX3JlY2VpdmVkJyxcbiAgJ2NoZWNrcycsXG4gICdncm91cF9kdXJhdGlvbicsXG5dKTtcbmNvbnN0IGlzQ3VzdG9tID0gKG5hbWU6IHN0cmluZykgPT5cbiAgIW5hbWUuaW5jbHVkZXMoJ3snKSAmJiAhQlVJTFRfSU4uaGFzKG5hbWUpICYmICEvXihzZXJ2ZXJffHdzX3xncnBjX3xicm93c2VyXykvLnRlc3QobmFtZSk7XG5cbmZ1bmN0aW9uIHBhaW50KGNvbG9yOiBib29sZWFuKSB7XG4gIGNvbnN0IHdyYXAgPSAoY29kZTogbnVtYmVyKSA9PiAodGV4dDogc3RyaW5nKSA9PiAoY29sb3IgPyBgXFx1MDAxYlske2NvZGV9bSR7dGV4dH1cXHUwMDFiWzBtYCA6IHRleHQpO1xuICByZXR1cm4geyByZWQ6IHdyYXAoMzEpLCBncmVlbjogd3JhcCgzMiksIGJvbGQ6IHdyYXAoMSksIGRpbTogd3JhcCgyKSB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdGV4dFN1bW1hcnkoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IGNvbG9yOiBib29sZWFuOyByZXF1ZXN0c1Blckl0ZXJhdGlvbj86IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gfSxcbik6IHN0cmluZyB7XG4gIGNvbnN0IGMgPSBwYWludChvcHRpb25zLmNvbG9yKTtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSB0aHJlc2hvbGRzLmZpbHRlcigodCkgPT4gIXQub2spLmxlbmd0aDtcbiAgbGluZXMucHVzaChcbiAgICBjLmJvbGQoXG4gICAgICBgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWAsXG4gICAgKSxcbiAgKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKFxuICAgICAgJycsXG4gICAgICBjLmJvbGQoXG4gICAgICAgIGAkeydlbmRwb2ludHMnLnBhZEVuZCh3aWR0aCArIDIpfSAkeydyZXF1ZXN0cycucGFkU3RhcnQoOCl9ICR7WydwNTAnLCAncDk1JywgJ3A5OScsICdtYXgnLCAnZXJyb3JzJ10ubWFwKChoKSA9PiBoLnBhZFN0YXJ0KDgpKS5qb2luKCcgJyl9YCxcbiAgICAgICksXG4gICAgKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBjb25zdCBjZWxsID0gKHY6IG51bWJlciB8IG51bGwpID0+IGZvcm1hdFZhbHVlKHYsICdtcycpLnBhZFN0YXJ0KDgpO1xuICAgICAgbGluZXMucHVzaChcbiAgICAgICAgYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWAsXG4gICAgICApO1xuICAgIH1cbiAgfVxuICBjb25zdCBkcm9wcGVkID0gZHJvcHBlZEl0ZXJhdGlvbnMoZGF0YSwgb3B0aW9ucy5yZXF1ZXN0c1Blckl0ZXJhdGlvbik7XG4gIGNvbnN0IGNhdmVhdCA9IHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZCk7XG4gIGlmIChjYXZlYXQpIGxpbmVzLnB1c2goYCAgJHtkcm9wcGVkIS5pdGVyYXRpb25zID4gMCA/IGMucmVkKGNhdmVhdCkgOiBjYXZlYXR9YCk7XG4gIGlmIChkcm9wcGVkICYmIGRyb3BwZWQuc2NlbmFyaW9zLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3JlcXVlc3RzIG5vdCBzZW50IG9uIHRpbWUgKG9wZW4gbW9kZWw6IGs2IGRyb3BwZWRfaXRlcmF0aW9ucyBwZXIgc2NlbmFyaW8pJykpO1xuICAgIGNvbnN0IHdpZHRoID0gTWF0aC5tYXgoMTYsIC4uLmRyb3BwZWQuc2NlbmFyaW9zLm1hcCgocm93KSA9PiByb3cuc2NlbmFyaW8ubGVuZ3RoKSk7XG4gICAgZm9yIChjb25zdCByb3cgb2YgZHJvcHBlZC5zY2VuYXJpb3MpIGxpbmVzLnB1c2goYCAgJHtyb3cuc2NlbmFyaW8ucGFkRW5kKHdpZHRoKX0gJHtkcm9wcGVkVGV4dChyb3cpfWApO1xuICB9XG4gIGNvbnN0IHNlY29uZHMgPSAoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwO1xuICBjb25zdCByZXF1ZXN0cyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcXMnLCAnY291bnQnKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdpdGVyYXRpb25zJywgJ2NvdW50Jyk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyb3VnaHB1dCcpKTtcbiAgbGluZXMucHVzaChcbiAgICBgICAke2Zvcm1hdFZhbHVlKHJlcXVlc3RzID8/IDAsICdjb3VudCcpfSByZXF1ZXN0cyAoJHtzZWNvbmRzID4gMCAmJiByZXF1ZXN0cyAhPT0gbnVsbCA/IChyZXF1ZXN0cyAvIHNlY29uZHMpLnRvRml4ZWQoMSkgOiAnbi9hJ30vcyksICR7Zm9ybWF0VmFsdWUoaXRlcmF0aW9ucyA/PyAwLCAnY291bnQnKX0gaXRlcmF0aW9ucyBpbiAke3NlY29uZHMudG9GaXhlZCgxKX0gc2AsXG4gICk7XG4gIGxpbmVzLnB1c2goYCAgZXJyb3JzOiAke2Zvcm1hdFZhbHVlKG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcV9mYWlsZWQnLCAncmF0ZScpLCAncGVyY2VudCcpfSBvZiByZXF1ZXN0cyBmYWlsZWRgKTtcbiAgY29uc3QgY2hlY2tzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdyYXRlJyk7XG4gIGxpbmVzLnB1c2goXG4gICAgYCAgY2hlY2tzOiAke2Zvcm1hdFZhbHVlKGNoZWNrcywgJ3BlcmNlbnQnKX0gcGFzc2VkICgke2Zvcm1hdFZhbHVlKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJyksICdjb3VudCcpfSBvZiAke2Zvcm1hdFZhbHVlKChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpID8/IDApICsgKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAnZmFpbHMnKSA/PyAwKSwgJ2NvdW50Jyl9KWAsXG4gICk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSlcbiAgICAuZmlsdGVyKGlzQ3VzdG9tKVxuICAgIC5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlNZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZT86IHN0cmluZztcbiAgLyoqIFJlcXVlc3RzIG9uZSBpdGVyYXRpb24gb2YgZWFjaCBvcGVuLW1vZGVsIHNjZW5hcmlvIHNlbmRzLCBzbyBkcm9wcGVkIGl0ZXJhdGlvbnMgY2FuIGJlIHRvbGQgYXMgcmVxdWVzdHMuICovXG4gIHJlcXVlc3RzUGVySXRlcmF0aW9uPzogUmVjb3JkPHN0cmluZywgbnVtYmVyPjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ha2VIYW5kbGVTdW1tYXJ5KG1ldGE6IFN1bW1hcnlNZXRhKSB7XG4gIHJldHVybiBmdW5jdGlvbiBoYW5kbGVTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICAgICAgc3Rkb3V0OiB0ZXh0U3VtbWFyeShkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBjb2xvcjogZGF0YS5zdGF0ZT8uaXNTdGRPdXRUVFkgPT09IHRydWUsXG4gICAgICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBtZXRhLnJlcXVlc3RzUGVySXRlcmF0aW9uLFxuICAgICAgfSksXG4gICAgfTtcbiAgICBjb25zdCBkaXIgPSBfX0VOVi5SRVBPUlRTX0RJUjtcbiAgICBpZiAoZGlyKSB7XG4gICAgICBjb25zdCByZXN1bHRzID0gYnVpbGRSZXN1bHRzKFxuICAgICAgICBkYXRhLFxuICAgICAgICB7XG4gICAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgICAgcHJvZmlsZTogb3JOdWxsKF9fRU5WLlJVTl9QUk9GSUxFKSA/PyBtZXRhLnByb2ZpbGUgPz8gbnVsbCxcbiAgICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICAgIGs2X3ZlcnNpb246IG9yTnVsbChfX0VOVi5SVU5fSzZfVkVSU0lPTiksXG4gICAgICAgICAgZ2l0X2NvbW1pdDogb3JOdWxsKF9fRU5WLlJVTl9HSVRfQ09NTUlUKSxcbiAgICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICAgIGZpbmlzaGVkX2F0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICAgIH0sXG4gICAgICAgIG1ldGEucmVxdWVzdHNQZXJJdGVyYXRpb24sXG4gICAgICApO1xuICAgICAgLy8gazYgcHV0cyBzZXR1cCgpJ3MgcmV0dXJuIHZhbHVlIGluIHRoZSBzdW1tYXJ5OiBpdCBob2xkcyB0aGUgdXNlcnMnIGJlYXJlciB0b2tlbnMsIHdoaWNoIG5vIHJlcG9ydCBtYXkgY29udGFpbi5cbiAgICAgIGNvbnN0IHsgc2V0dXBfZGF0YTogX3NlY3JldHMsIC4uLnNoYXJlYWJsZSB9ID0gZGF0YSBhcyBTdW1tYXJ5RGF0YSAmIHsgc2V0dXBfZGF0YT86IHVua25vd24gfTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkuanNvbmBdID0gSlNPTi5zdHJpbmdpZnkoc2hhcmVhYmxlLCBudWxsLCAxKTtcbiAgICAgIG91dFtgJHtkaXJ9L3Jlc3VsdHMuanNvbmBdID0gYCR7SlNPTi5zdHJpbmdpZnkocmVzdWx0cywgbnVsbCwgMil9XFxuYDtcbiAgICAgIG91dFtgJHtkaXJ9L2p1bml0LnhtbGBdID0ganVuaXRSZXBvcnQocmVzdWx0cyk7XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lm1kYF0gPSBtYXJrZG93blJlcG9ydChyZXN1bHRzKTtcbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfTtcbn1cbiIsICIvLyBFYWNoIFZVIGlzIGl0cyBvd24gdXNlcjogaXQgbG9ncyBpbiBhcyBpdHMgYWNjb3VudCBvZiBhIGNsYXNzIG9uIGZpcnN0IHVzZSAodGltZWQgdW5kZXIgbG9hZCBhc1xuLy8gZW5kcG9pbnQ6bG9naW4sIHNvIGEgbG9naW4gc3Rvcm0gYXQgcmFtcC11cCBpcyBtZWFzdXJlZCksIGtlZXBzIHRoZSB0b2tlbiwgYW5kIGxvZ3MgaW4gYWdhaW5cbi8vIHdoZW4gdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMSBvciB0aGUgdG9rZW4gaXMgYWJvdXQgdG8gZXhwaXJlIChjb3VudGVkIGluIGByZWxvZ2luc2ApLlxuLy8gQ2hlY2tlZCBvbmNlIHBlciB3b3JrZmxvdyBzdGVwLCBuZXZlciBwZXIgcmVxdWVzdC5cbmltcG9ydCB7IENvdW50ZXIgfSBmcm9tICdrNi9tZXRyaWNzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB7IGFjY291bnRPZlZ1LCBwb29sIH0gZnJvbSAnLi9wb29sLnRzJztcbmltcG9ydCB0eXBlIHsgUm9sZSB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcbmltcG9ydCB7IHR5cGUgUnVuRGF0YSwgc2VjcmV0UGFzc3dvcmRzIH0gZnJvbSAnLi9zZXR1cC50cyc7XG5cbi8qKiBMb2dpbnMgYWZ0ZXIgYSBWVSdzIGZpcnN0OiBpdHMgdG9rZW4gZXhwaXJlZCBvciB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxLiAqL1xuY29uc3QgcmVsb2dpbnMgPSBuZXcgQ291bnRlcigncmVsb2dpbnMnKTtcblxuaW50ZXJmYWNlIFNlc3Npb24ge1xuICBjbGllbnQ6IEFwaUNsaWVudDtcbiAgLyoqIFdoZW4gdG8gbG9nIGluIGFnYWluIGJlZm9yZSB0aGUgdG9rZW4gZXhwaXJlcywgbXMgc2luY2UgdGhlIGVwb2NoLiAqL1xuICByZW5ld0F0OiBudW1iZXI7XG4gIC8qKiBUaGUgYWNjb3VudCdzIGtlcHQgZGF0YXNldCBjb3Vyc2VzLCByZWFkIG9uIGZpcnN0IG5lZWQuICovXG4gIGNvdXJzZXM6IElkW10gfCB1bmRlZmluZWQ7XG59XG5cbmNvbnN0IHNlc3Npb25zOiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBTZXNzaW9uPj4gPSB7fTtcbi8qKiBDbGFzcyBwYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzLCByZWFkIG9uY2UgcGVyIFZVIChrNiByZWFkcyBzZWNyZXRzIGFzeW5jaHJvbm91c2x5IG9ubHkpLiAqL1xubGV0IHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4gfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgY2xhc3MgcGFzc3dvcmQgYSBWVSBsb2dzIGluIHdpdGg6IHRoZSBzZWNyZXQgc291cmNlJ3MsIGVsc2UgdGhlIGVudmlyb25tZW50J3MuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXQ/Lltyb2xlXSA/PyBjb25maWcudXNlcnNbcm9sZV0ucGFzc3dvcmQ7XG59XG5cbi8qKlxuICogV3JhcHMgYSBWVSdzIGl0ZXJhdGlvbiBzbyBpdHMgZmlyc3Qgb25lIHJlYWRzIHRoZSBzZWNyZXQgc291cmNlcyBiZWZvcmUgbG9nZ2luZyBpbiAodGhlIG9ubHlcbiAqIGFzeW5jaHJvbm91cyBzdGVwOyBsYXRlciBpdGVyYXRpb25zIHJ1biBhcyB0aGV5IGFyZSkuIFBhc3N3b3JkcyBuZXZlciB0cmF2ZWwgaW4gc2V0dXAncyBkYXRhLlxuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aFNlY3JldHM8QSBleHRlbmRzIHVua25vd25bXT4oXG4gIGl0ZXJhdGlvbjogKC4uLmFyZ3M6IEEpID0+IHZvaWQsXG4pOiAoLi4uYXJnczogQSkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD4ge1xuICByZXR1cm4gKC4uLmFyZ3MpID0+IHtcbiAgICBpZiAoc2VjcmV0KSByZXR1cm4gaXRlcmF0aW9uKC4uLmFyZ3MpO1xuICAgIHJldHVybiBzZWNyZXRQYXNzd29yZHMoKS50aGVuKChmb3VuZCkgPT4ge1xuICAgICAgc2VjcmV0ID0gZm91bmQ7XG4gICAgICBpdGVyYXRpb24oLi4uYXJncyk7XG4gICAgfSk7XG4gIH07XG59XG5sZXQgYW5vbnltb3VzOiBBcGlDbGllbnQgfCB1bmRlZmluZWQ7XG5cbi8qKiBSZW5ldyB0aGlzIGxvbmcgYmVmb3JlIGV4cGlyeTogYSB0ZW50aCBvZiB0aGUgdG9rZW4ncyBsaWZlLCBhdCBtb3N0IDMwIHMuICovXG5jb25zdCByZW5ld01hcmdpblMgPSAodHRsUzogbnVtYmVyKSA9PiBNYXRoLm1pbigzMCwgdHRsUyAvIDEwKTtcblxuZnVuY3Rpb24gbG9naW4oY29uZmlnOiBDb25maWcsIF9kYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogU2Vzc2lvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGFjY291bnQgPSBhY2NvdW50T2ZWdShwb29sLCByb2xlLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgcm9sZSkpO1xuICBpZiAoIWFjY291bnQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGFub255bW91cyA/Pz0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbiAgY29uc3QgYW5zd2VyID0gYW5vbnltb3VzLmxvZ2luKGFjY291bnQuZW1haWwsIGFjY291bnQucGFzc3dvcmQpLmJvZHk7XG4gIGlmICghYW5zd2VyKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCB0dGxTID0gdHlwZW9mIGFuc3dlci5leHBpcmVzX2luID09PSAnbnVtYmVyJyAmJiBhbnN3ZXIuZXhwaXJlc19pbiA+IDAgPyBhbnN3ZXIuZXhwaXJlc19pbiA6IDM2MDA7XG4gIHJldHVybiB7XG4gICAgY2xpZW50OiBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMsIGFuc3dlci5hY2Nlc3NfdG9rZW4pLFxuICAgIHJlbmV3QXQ6IERhdGUubm93KCkgKyAodHRsUyAtIHJlbmV3TWFyZ2luUyh0dGxTKSkgKiAxMDAwLFxuICAgIGNvdXJzZXM6IHVuZGVmaW5lZCxcbiAgfTtcbn1cblxuZnVuY3Rpb24gc2Vzc2lvbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbnNbcm9sZV07XG4gIGlmIChjdXJyZW50ICYmICFjdXJyZW50LmNsaWVudC51bmF1dGhvcml6ZWQgJiYgRGF0ZS5ub3coKSA8IGN1cnJlbnQucmVuZXdBdCkgcmV0dXJuIGN1cnJlbnQ7XG4gIGlmIChjdXJyZW50KSByZWxvZ2lucy5hZGQoMSwgeyByb2xlIH0pO1xuICBjb25zdCBuZXh0ID0gbG9naW4oY29uZmlnLCBkYXRhLCByb2xlKTtcbiAgLy8gQSBmYWlsZWQgbG9naW4gbGVhdmVzIG5vIHNlc3Npb246IHRoZSBzdGVwIGZhaWxzLCBhbmQgdGhlIG5leHQgb25lIHRyaWVzIGFnYWluLlxuICBpZiAobmV4dCAmJiBjdXJyZW50KSBuZXh0LmNvdXJzZXMgPSBjdXJyZW50LmNvdXJzZXM7XG4gIHNlc3Npb25zW3JvbGVdID0gbmV4dDtcbiAgcmV0dXJuIG5leHQ7XG59XG5cbi8qKiBUaGlzIFZVJ3MgY2xpZW50IGZvciBhIGNsYXNzLCBsb2dnZWQgaW4gYXMgaXRzIG93biBhY2NvdW50OyB1bmRlZmluZWQgd2hlbiB0aGUgbG9naW4gZmFpbGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVzZXJDbGllbnQoY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBBcGlDbGllbnQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpPy5jbGllbnQ7XG59XG5cbi8qKiBJZHMgb2YgdGhpcyBWVSdzIGFjY291bnQncyBrZXB0IGRhdGFzZXQgY291cnNlcyAoYSBsaXN0IHJlcXVlc3Qgb24gZmlyc3QgbmVlZCksIGZvciByZWFkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvd25Db3Vyc2VzKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogSWRbXSB7XG4gIGNvbnN0IGN1cnJlbnQgPSBzZXNzaW9uKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIGlmICghY3VycmVudCkgcmV0dXJuIFtdO1xuICBpZiAoIWN1cnJlbnQuY291cnNlcykge1xuICAgIGNvbnN0IGxpc3QgPSBjdXJyZW50LmNsaWVudC5saXN0Q291cnNlcyh7IHE6IERBVEFTRVRfVElUTEUsIGxpbWl0OiAxMDAgfSkuYm9keTtcbiAgICBpZiAoIWxpc3QpIHJldHVybiBbXTtcbiAgICBjdXJyZW50LmNvdXJzZXMgPSBsaXN0Lml0ZW1zLm1hcCgoY291cnNlKSA9PiBjb3Vyc2UuaWQpO1xuICB9XG4gIHJldHVybiBjdXJyZW50LmNvdXJzZXM7XG59XG4iLCAiLy8gVGhlIGBhcGlgIGVudHJ5J3MgdHJhZmZpYzogdGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGluIGdyb3VwcywgZWFjaCBncm91cCBvbmUgb3Blbi1tb2RlbFxuLy8gc2NlbmFyaW8gd2hvc2UgaXRlcmF0aW9uIGNhbGxzIHRoZSBuZXh0IGVuZHBvaW50IG9mIGl0cyBncm91cC4gRW5kcG9pbnRzIG9mIGEgZ3JvdXAgc2hhcmUgYVxuLy8gcmF0ZTsgZWFjaCBpcyBzdGlsbCB0YWdnZWQgYW5kIGdhdGVkIG9uIGl0cyBvd24gKGVuZHBvaW50OjxuYW1lPikuXG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBFeHBvcnRGb3JtYXQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAnLi4vaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgYWNjb3VudE9mVnUsIHBvb2wgfSBmcm9tICcuLi91c2Vycy9wb29sLnRzJztcbmltcG9ydCB7IGNsYXNzUGFzc3dvcmQgfSBmcm9tICcuLi91c2Vycy9zZXNzaW9uLnRzJztcbmltcG9ydCB7IHByZXBhcmVSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbmRwb2ludEdyb3VwRGF0YSBleHRlbmRzIFJ1bkRhdGEge1xuICAvKiogQSBnZW5lcmF0aW9uIGpvYiBldmVyeSBgc3RhdHVzYCBpdGVyYXRpb24gcG9sbHMuICovXG4gIGpvYklkOiBJZDtcbn1cblxudHlwZSBTdGVwID0gKFxuICBhcGk6IHsgdXNlcjogQXBpQ2xpZW50OyBhZG1pbjogQXBpQ2xpZW50IH0sXG4gIGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhLFxuICB0aXRsZTogKGtpbmQ6IHN0cmluZykgPT4gc3RyaW5nLFxuICBjb25maWc6IENvbmZpZyxcbikgPT4gdm9pZDtcblxuZXhwb3J0IGludGVyZmFjZSBFbmRwb2ludEdyb3VwIHtcbiAgLyoqIFRoZSBleHBvcnRlZCBmdW5jdGlvbiBvZiB0aGUgZW50cnkgdGhhdCBydW5zIG9uZSBpdGVyYXRpb24gKGs2IGBleGVjYCkuICovXG4gIGV4ZWM6IHN0cmluZztcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFtdO1xuICAvKiogSXRlcmF0aW9ucyBwZXIgc2Vjb25kIG9mIHRoaXMgZ3JvdXAgZm9yIGEgYmFzZSByYXRlIChBUElfUkFURSkuICovXG4gIHJhdGU6IChiYXNlOiBudW1iZXIpID0+IG51bWJlcjtcbiAgLyoqIFJlcXVlc3RzIG9uZSBpdGVyYXRpb24gc2VuZHMsIG9uZSBhZnRlciBhbm90aGVyICh0aGUgbG9uZ2VzdCBzdGVwKTogaXRzIFZVcyBhcmUgc2l6ZWQgYnkgaXQuICovXG4gIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBudW1iZXI7XG4gIC8qKiBDYWxsZWQgaW4gdHVybiwgb25lIHBlciBpdGVyYXRpb24uICovXG4gIHN0ZXBzOiBTdGVwW107XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5jb25zdCBzZWVkZWQgPSAoZGF0YTogUnVuRGF0YSk6IElkID0+IGRhdGEuc2VlZGVkQ291cnNlSWRzW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGRhdGEuc2VlZGVkQ291cnNlSWRzLmxlbmd0aCldITtcblxuLyoqIFNjZW5hcmlvIG5hbWUgLT4gZ3JvdXAuIEhlYWx0aCBpcyBwcm9iZWQgdHdpY2UgYXMgb2Z0ZW4gKGl0IGlzIHdoYXQgbW9uaXRvcnMgaGl0KTsgZ2VuZXJhdGlvbiBhbmQgZXhwb3J0IGNvc3QgbW9yZSwgc28gbGVzcyBvZnRlbi4gKi9cbmV4cG9ydCBjb25zdCBFTkRQT0lOVF9HUk9VUFMgPSB7XG4gIGhlYWx0aDoge1xuICAgIGV4ZWM6ICdoZWFsdGgnLFxuICAgIGVuZHBvaW50czogWydoZWFsdGgnXSxcbiAgICByYXRlOiAocikgPT4gciAqIDIsXG4gICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IDEsXG4gICAgc3RlcHM6IFsoeyB1c2VyIH0pID0+IHVzZXIuaGVhbHRoKCldLFxuICB9LFxuICAvLyBMb2dnaW5nIGluIGFzIHRoZSBWVSdzIG93biByZWd1bGFyIGFjY291bnQgKHRoZSB0b2tlbiBpcyBub3QgdXNlZDogdGhlIG90aGVyIGdyb3VwcyBrZWVwIHNldHVwJ3MpLlxuICBsb2dpbjoge1xuICAgIGV4ZWM6ICdsb2dpbicsXG4gICAgZW5kcG9pbnRzOiBbJ2xvZ2luJ10sXG4gICAgcmF0ZTogKHIpID0+IE1hdGgubWF4KDAuMiwgciAvIDUpLFxuICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiAxLFxuICAgIHN0ZXBzOiBbXG4gICAgICAoeyB1c2VyIH0sIF9kYXRhLCBfdGl0bGUsIGNvbmZpZykgPT4ge1xuICAgICAgICBjb25zdCBhY2NvdW50ID0gYWNjb3VudE9mVnUocG9vbCwgJ3JlZ3VsYXInLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgJ3JlZ3VsYXInKSk7XG4gICAgICAgIGlmIChhY2NvdW50KSB1c2VyLmxvZ2luKGFjY291bnQuZW1haWwsIGFjY291bnQucGFzc3dvcmQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICByZWFkczoge1xuICAgIGV4ZWM6ICdyZWFkcycsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZXNfbGlzdCcsICdjb3Vyc2VfZ2V0JywgJ2NoYXB0ZXJfZ2V0J10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IDEsXG4gICAgc3RlcHM6IFtcbiAgICAgICh7IHVzZXIgfSkgPT4gdXNlci5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCB9KSxcbiAgICAgICh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRDb3Vyc2Uoc2VlZGVkKGRhdGEpKSxcbiAgICAgICh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRDaGFwdGVyKHNlZWRlZChkYXRhKSwgMSksXG4gICAgXSxcbiAgfSxcbiAgc3RhdHVzOiB7XG4gICAgZXhlYzogJ3N0YXR1cycsXG4gICAgZW5kcG9pbnRzOiBbJ2pvYl9nZXQnXSxcbiAgICByYXRlOiAocikgPT4gcixcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMSxcbiAgICBzdGVwczogWyh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRKb2IoZGF0YS5qb2JJZCldLFxuICB9LFxuICB3cml0ZXM6IHtcbiAgICBleGVjOiAnd3JpdGVzJyxcbiAgICBlbmRwb2ludHM6IFsnY291cnNlX2NyZWF0ZScsICdjb3Vyc2VfdXBkYXRlJywgJ2NvdXJzZV9kZWxldGUnXSxcbiAgICByYXRlOiAocikgPT4gcixcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMyxcbiAgICAvLyBPbmUgaXRlcmF0aW9uIGNyZWF0ZXMsIHVwZGF0ZXMgYW5kIGRlbGV0ZXMsIHNvIHRoZSB0aHJlZSB3cml0ZSBlbmRwb2ludHMgZ2V0IHRoZSBzYW1lIHJhdGUgYW5kIG5vdGhpbmcgaXMgbGVmdCBiZWhpbmQuXG4gICAgc3RlcHM6IFtcbiAgICAgICh7IHVzZXIgfSwgX2RhdGEsIHRpdGxlKSA9PiB7XG4gICAgICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7XG4gICAgICAgICAgdGl0bGU6IHRpdGxlKCdhcGktd3JpdGUnKSxcbiAgICAgICAgICB0b3BpYzogJ3dyaXRlcycsXG4gICAgICAgICAgbGV2ZWw6ICdpbnRlcm1lZGlhdGUnLFxuICAgICAgICAgIGNoYXB0ZXJfY291bnQ6IDEsXG4gICAgICAgIH0pO1xuICAgICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuO1xuICAgICAgICB1c2VyLnVwZGF0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQsIHsgbGV2ZWw6ICdhZHZhbmNlZCcgfSk7XG4gICAgICAgIHVzZXIuZGVsZXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgICB9LFxuICAgIF0sXG4gIH0sXG4gIGdlbmVyYXRlOiB7XG4gICAgZXhlYzogJ2dlbmVyYXRlJyxcbiAgICBlbmRwb2ludHM6IFsnY291cnNlX2dlbmVyYXRlJ10sXG4gICAgcmF0ZTogKHIpID0+IE1hdGgubWF4KDAuMiwgciAvIDUpLFxuICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiAyLCAvLyBjcmVhdGVzIHRoZSBjb3Vyc2UgaXQgZ2VuZXJhdGVzXG4gICAgc3RlcHM6IFtcbiAgICAgICh7IHVzZXIgfSwgX2RhdGEsIHRpdGxlKSA9PiB7XG4gICAgICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7XG4gICAgICAgICAgdGl0bGU6IHRpdGxlKCdhcGktZ2VuJyksXG4gICAgICAgICAgdG9waWM6ICdnZW5lcmF0aW9uJyxcbiAgICAgICAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICAgICAgICBjaGFwdGVyX2NvdW50OiAxLFxuICAgICAgICB9KTtcbiAgICAgICAgaWYgKGNyZWF0ZWQuYm9keSkgdXNlci5nZW5lcmF0ZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICBleHBvcnQ6IHtcbiAgICBleGVjOiAnZXhwb3J0Q291cnNlJyxcbiAgICBlbmRwb2ludHM6IFsnY291cnNlX2V4cG9ydCddLFxuICAgIHJhdGU6IChyKSA9PiBNYXRoLm1heCgwLjIsIHIgLyAyKSxcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMSxcbiAgICBzdGVwczogRVhQT1JUX0ZPUk1BVFMubWFwKFxuICAgICAgKGZvcm1hdCk6IFN0ZXAgPT5cbiAgICAgICAgKHsgdXNlciB9LCBkYXRhKSA9PlxuICAgICAgICAgIHVzZXIuZXhwb3J0Q291cnNlKHNlZWRlZChkYXRhKSwgZm9ybWF0KSxcbiAgICApLFxuICB9LFxuICBhZG1pbjoge1xuICAgIGV4ZWM6ICdhZG1pbicsXG4gICAgZW5kcG9pbnRzOiBbJ2FkbWluX3N0YXRzJywgJ2FkbWluX2pvYnMnLCAnYWRtaW5fdXNlcnMnXSxcbiAgICByYXRlOiAocikgPT4gcixcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMSxcbiAgICBzdGVwczogWyh7IGFkbWluIH0pID0+IGFkbWluLmFkbWluU3RhdHMoKSwgKHsgYWRtaW4gfSkgPT4gYWRtaW4uYWRtaW5Kb2JzKDIwKSwgKHsgYWRtaW4gfSkgPT4gYWRtaW4uYWRtaW5Vc2VycygpXSxcbiAgfSxcbn0gc2F0aXNmaWVzIFJlY29yZDxzdHJpbmcsIEVuZHBvaW50R3JvdXA+O1xuXG4vKiogUmVxdWVzdHMgcGVyIGl0ZXJhdGlvbiBvZiBlYWNoIGdyb3VwJ3Mgc2NlbmFyaW8sIGZvciB0aGUgcmVwb3J0cycgXCJyZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lXCIuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdHNQZXJJdGVyYXRpb24oKTogUmVjb3JkPHN0cmluZywgbnVtYmVyPiB7XG4gIHJldHVybiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMoRU5EUE9JTlRfR1JPVVBTKS5tYXAoKFtuYW1lLCBncm91cF0pID0+IFtuYW1lLCBncm91cC5yZXF1ZXN0c1Blckl0ZXJhdGlvbl0pKTtcbn1cblxuLyoqIEV2ZXJ5IGVuZHBvaW50IHRoZSBncm91cHMgZXhlcmNpc2UsIGVhY2ggdG8gYmUgZ2F0ZWQgb24gaXRzIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBncm91cGVkRW5kcG9pbnRzKCk6IEVuZHBvaW50W10ge1xuICByZXR1cm4gT2JqZWN0LnZhbHVlcyhFTkRQT0lOVF9HUk9VUFMpLmZsYXRNYXAoKGdyb3VwKSA9PiBncm91cC5lbmRwb2ludHMpO1xufVxuXG4vKiogVGhlIHNoYXJlZCBzZXR1cCBwbHVzIG9uZSBnZW5lcmF0aW9uIGpvYiBmb3IgYHN0YXR1c2AgdG8gcG9sbC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlRW5kcG9pbnRHcm91cHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPEVuZHBvaW50R3JvdXBEYXRhPiB7XG4gIGNvbnN0IGRhdGEgPSBhd2FpdCBwcmVwYXJlUnVuKGNvbmZpZywgeyBzZWVkOiB0cnVlIH0pO1xuICBjb25zdCBjbGllbnQgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMsIGRhdGEudG9rZW5zLnJlZ3VsYXIpO1xuICBjb25zdCBjb3Vyc2UgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICB0aXRsZTogYHBlcmYtYXBpICR7ZGF0YS5ydW5JZH1gLFxuICAgIHRvcGljOiAnYXBpIGJ1ZGdldHMnLFxuICAgIGxldmVsOiAnYmVnaW5uZXInLFxuICAgIGNoYXB0ZXJfY291bnQ6IDEsXG4gIH0pO1xuICBpZiAoIWNvdXJzZS5ib2R5KVxuICAgIHRocm93IG5ldyBFcnJvcihgc2V0dXAgY291bGQgbm90IGNyZWF0ZSB0aGUgY291cnNlIHdob3NlIGpvYiB0aGUgc3RhdHVzIGdyb3VwIHBvbGxzIChzdGF0dXMgJHtjb3Vyc2Uuc3RhdHVzfSlgKTtcbiAgY29uc3Qgam9iID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZS5ib2R5LmlkKTtcbiAgaWYgKCFqb2IuYm9keSlcbiAgICB0aHJvdyBuZXcgRXJyb3IoYHNldHVwIGNvdWxkIG5vdCBzdGFydCB0aGUgZ2VuZXJhdGlvbiBqb2IgdGhlIHN0YXR1cyBncm91cCBwb2xscyAoc3RhdHVzICR7am9iLnN0YXR1c30pYCk7XG4gIHJldHVybiB7IC4uLmRhdGEsIGpvYklkOiBqb2IuYm9keS5qb2JfaWQgfTtcbn1cblxubGV0IGNsaWVudHM6IHsgdXNlcjogQXBpQ2xpZW50OyBhZG1pbjogQXBpQ2xpZW50IH0gfCB1bmRlZmluZWQ7XG5sZXQgdHVybiA9IDA7XG5cbi8qKiBPbmUgaXRlcmF0aW9uIG9mIGEgZ3JvdXA6IHRoZSBuZXh0IG9mIGl0cyBzdGVwcywgd2l0aCBwZXItVlUgY2xpZW50cyBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5Hcm91cFN0ZXAoY29uZmlnOiBDb25maWcsIGdyb3VwOiBFbmRwb2ludEdyb3VwLCBkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSk6IHZvaWQge1xuICBjbGllbnRzID8/PSB7XG4gICAgdXNlcjogbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBkYXRhLnRva2Vucy5yZWd1bGFyKSxcbiAgICBhZG1pbjogbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBkYXRhLnRva2Vucy5hZG1pbiksXG4gIH07XG4gIGNvbnN0IHN0ZXAgPSBncm91cC5zdGVwc1t0dXJuKysgJSBncm91cC5zdGVwcy5sZW5ndGhdITtcbiAgLy8gVlUgaWQgYW5kIGl0ZXJhdGlvbiBtYWtlIHRpdGxlcyB1bmlxdWUgYWNyb3NzIHRoZSBydW4ncyBWVXMuXG4gIHN0ZXAoXG4gICAgY2xpZW50cyxcbiAgICBkYXRhLFxuICAgIChraW5kKSA9PiBgcGVyZi0ke2tpbmR9ICR7ZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YCxcbiAgICBjb25maWcsXG4gICk7XG59XG4iLCAiLy8gVGhlIHN0YW5kYXJkIGdhdGUgc2V0cyB0aGUgc2NlbmFyaW9zIGNvbWJpbmUuIEVhY2ggcGVyLWVuZHBvaW50IGdhdGUgaXMgaXRzIG93biB0YWdnZWRcbi8vIHN1Yi1tZXRyaWMsIHNvIGEgZmFpbHVyZSBuYW1lcyB0aGUgZW5kcG9pbnQgYW5kIHRoZSBzdW1tYXJ5IGxpc3RzIGV2ZXJ5IGVuZHBvaW50J3MgZmlndXJlcy5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4uL2xpYi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBpc0Fycml2YWxSYXRlLCBzY2hlZHVsZWRJdGVyYXRpb25zIH0gZnJvbSAnLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi4vbGliL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2xvZ2luJykgcmV0dXJuIHRhcmdldHMubG9naW5QOTVNcztcbiAgcmV0dXJuIHRhcmdldHMuYXBpUDk1TXM7XG59XG5cbi8qKiBBbiBlbmRwb2ludCdzIHA5OSBidWRnZXQ6IHRoZSBBUEkgcDk5LCBvciBpdHMgb3duIHA5NSBidWRnZXQgd2hlbiB0aGF0IGlzIGhpZ2hlciAoZXhwb3J0LCBsb2dpbikuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRQOTkoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgcmV0dXJuIE1hdGgubWF4KHRhcmdldHMuYXBpUDk5TXMsIGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSk7XG59XG5cbi8qKiBBUEkgcDk1L3A5OSBvdmVyIGFsbCBlbmRwb2ludHMsIGFuZCBwOTUgcGVyIGVuZHBvaW50IChoZWFsdGggYW5kIGV4cG9ydCB3aXRoIHRoZWlyIG93biBidWRnZXRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYXRlbmN5R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk5TXMgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIEVycm9yIHJhdGUgb3ZlciBhbGwgQVBJIHJlcXVlc3RzIGFuZCBwZXIgZW5kcG9pbnQsIHNvIG9uZSBmYWlsaW5nIHJvdXRlIGlzIG5hbWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yR2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFN0b3BzIGEgcnVuIGVhcmx5IHdoZW4gbW9zdCByZXF1ZXN0cyBmYWlsIChwbGF0Zm9ybSBkb3duIG9yIGNyYXNoZWQpOiBubyBtaW51dGVzIG9mIG5vaXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwgPSAnMTBzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ2hlY2tzIGFuZCB3aG9sZSB3b3JrZmxvd3MgbXVzdCBzdWNjZWVkIG9mdGVuIGVub3VnaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWNjZXNzR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGVja3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3dvcmtmbG93X3N1Y2Nlc3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIENoYXB0ZXIgZ2VuZXJhdGlvbiB0aW1lICh0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMpIGFuZCBmYWlsZWQgZ2VuZXJhdGlvbiBqb2JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRpb25HYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5jaGFwdGVyUDk1TXMgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2dlbmVyYXRpb25fZmFpbGVkJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBFYWNoIGVuZHBvaW50IGFnYWluc3QgaXRzIG93biBidWRnZXQ6IHA5NSAoaGVhbHRoIGFuZCBleHBvcnQgaGF2ZSB0aGVpciBvd24pIGFuZCBwOTksIHBsdXMgaXRzIGVycm9yIHJhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRCdWRnZXRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGVycm9yUmF0ZTogbnVtYmVyKTogR2F0ZVtdIHtcbiAgcmV0dXJuIGVuZHBvaW50cy5mbGF0TWFwKChlbmRwb2ludCkgPT4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5OShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVycm9yUmF0ZSB9XSxcbiAgICB9LFxuICBdKTtcbn1cblxuLyoqIGBzaGFyZWAgb2YgYHNjaGVkdWxlZGAsIHJvdW5kZWQgZG93biAoMC4yOSB4IDEwMCBpcyAyOC45OTkuLi4gaW4gZmxvYXRpbmcgcG9pbnQ6IGEgaGFpciBvZiBzbGFjayBrZWVwcyBpdCAyOSkuICovXG5leHBvcnQgZnVuY3Rpb24gYWxsb3dlZERyb3BzKHNoYXJlOiBudW1iZXIsIHNjaGVkdWxlZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgcmV0dXJuIE1hdGguZmxvb3Ioc2hhcmUgKiBzY2hlZHVsZWQgKyAxZS05KTtcbn1cblxuLyoqXG4gKiBJdGVyYXRpb25zIGFuIG9wZW4gbW9kZWwgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChrNidzIGRyb3BwZWRfaXRlcmF0aW9ucywgcGVyIHNjZW5hcmlvKTogYXQgbW9zdFxuICogYHNoYXJlYCBvZiBlYWNoIGFycml2YWwtcmF0ZSBzY2VuYXJpbydzIHNjaGVkdWxlZCBpdGVyYXRpb25zLCByb3VuZGVkIGRvd24sIHNvIGEgc2hvcnQgcnVuIG9yIGFcbiAqIHNsb3cgZ3JvdXAgbWF5IGRyb3Agbm9uZS4gYGFib3J0YCBzdG9wcyB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYnJlYWtwb2ludDogaXQgYnJva2UpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJvcHBlZEl0ZXJhdGlvbkdhdGVzKFxuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPixcbiAgc2hhcmU6IG51bWJlcixcbiAgYWJvcnQ/OiB7IGRlbGF5QWJvcnRFdmFsOiBzdHJpbmcgfSxcbik6IEdhdGVbXSB7XG4gIHJldHVybiBPYmplY3QuZW50cmllcyhzY2VuYXJpb3MpXG4gICAgLmZpbHRlcigoWywgc2NlbmFyaW9dKSA9PiBpc0Fycml2YWxSYXRlKHNjZW5hcmlvKSlcbiAgICAubWFwKChbbmFtZSwgc2NlbmFyaW9dKSA9PiAoe1xuICAgICAgbWV0cmljOiAnZHJvcHBlZF9pdGVyYXRpb25zJyxcbiAgICAgIHRhZ3M6IHsgc2NlbmFyaW86IG5hbWUgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHtcbiAgICAgICAgICBzdGF0OiAnY291bnQnIGFzIGNvbnN0LFxuICAgICAgICAgIG9wOiAnPD0nIGFzIGNvbnN0LFxuICAgICAgICAgIHZhbHVlOiBhbGxvd2VkRHJvcHMoc2hhcmUsIHNjaGVkdWxlZEl0ZXJhdGlvbnMoc2NlbmFyaW8pKSxcbiAgICAgICAgICAuLi4oYWJvcnQgPyB7IGFib3J0T25GYWlsOiB0cnVlLCAuLi5hYm9ydCB9IDoge30pLFxuICAgICAgICB9LFxuICAgICAgXSxcbiAgICB9KSk7XG59XG5cbi8qKlxuICogYnJlYWtwb2ludDogQVBJIHA5NSBhbmQgZXJyb3IgcmF0ZSBhYm9ydCB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCBvZiBkYXRhKTtcbiAqIHRoZSBzdXN0YWluZWQtcmF0ZSBtZXRyaWMgaXMgbGlzdGVkIHdpdGggYW4gYWx3YXlzLXRydWUgcnVsZSBzbyB0aGUgc3VtbWFyeSBzaG93cyBpdHMgdmFsdWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBicmVha3BvaW50R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgc3VzdGFpbmVkTWV0cmljOiBzdHJpbmcsIGRlbGF5QWJvcnRFdmFsID0gJzVzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgICB7IG1ldHJpYzogc3VzdGFpbmVkTWV0cmljLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPj0nLCB2YWx1ZTogMCB9XSB9LFxuICBdO1xufVxuXG4vKiogVGhlIGdhdGVzIG9mIGVudHJpZXMgdGhhdCBydW4gdGhlIHVzZXIgd29ya2Zsb3dzOiBwZXItZW5kcG9pbnQgbGF0ZW5jeSBhbmQgZXJyb3JzLCBhYm9ydCwgc3VjY2VzcywgZ2VuZXJhdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3b3JrZmxvd0dhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSwgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmcpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIC4uLmxhdGVuY3lHYXRlcyh0YXJnZXRzLCBlbmRwb2ludHMpLFxuICAgIC4uLmVycm9yR2F0ZXModGFyZ2V0cywgZW5kcG9pbnRzKSxcbiAgICAuLi5hYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsKSxcbiAgICAuLi5zdWNjZXNzR2F0ZXModGFyZ2V0cyksXG4gICAgLi4uZ2VuZXJhdGlvbkdhdGVzKHRhcmdldHMpLFxuICBdO1xufVxuIiwgIi8vIGFwaTogZG9lcyBldmVyeSBlbmRwb2ludCBtZWV0IGl0cyBvd24gYnVkZ2V0PyBPbmUgY29uc3RhbnQtYXJyaXZhbC1yYXRlIHNjZW5hcmlvIHBlciBlbmRwb2ludFxuLy8gZ3JvdXAgKG9wZW4gbW9kZWw6IGEgc2xvdyBhbnN3ZXIgY2Fubm90IGxvd2VyIHRoZSByZXF1ZXN0IHJhdGUgYW5kIGhpZGUgaXRzZWxmKSwgZWFjaCBlbmRwb2ludFxuLy8gZ2F0ZWQgb24gaXRzIG93biBwOTUvcDk5IGFuZCBlcnJvciByYXRlIChoZWFsdGggcDk1IDwgNTAgbXMsIGV4cG9ydCBwOTUgPCAxIHMsIHRoZSByZXN0XG4vLyBwOTUgPCAyMDAgbXM7IHA5OSA8IDUwMCBtczsgZXJyb3JzIDwgMSAlKSwgYW5kIGVhY2ggZ3JvdXAgb24gdGhlIGl0ZXJhdGlvbnMgazYgY291bGQgbm90IHN0YXJ0XG4vLyBvbiB0aW1lIChkcm9wcGVkX2l0ZXJhdGlvbnMgPD0gVEhSRVNIT0xEX0RST1BQRURfU0hBUkUgb2YgdGhvc2Ugc2NoZWR1bGVkKTogcmVxdWVzdHMgbm90IHNlbnRcbi8vIGFyZSBsYXRlbmNpZXMgbm8gcGVyY2VudGlsZSBob2xkcy4gVlVzIHBlciBncm91cCBmcm9tIExpdHRsZSdzIGxhdyAobGliL2xvYWQvb3Blbi1tb2RlbC50cykuXG4vLyBFbnY6IFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04gKHMsIGRlZmF1bHQgNjApLCBBUElfUkFURSAoaXRlcmF0aW9ucy9zIHBlciBncm91cCwgZGVmYXVsdCA1O1xuLy8gaGVhbHRoIDJ4LCBleHBvcnQgLzIsIGdlbmVyYXRlIGFuZCBsb2dpbiAvNSksIEFQSV9FUlJPUl9SQVRFIChwZXItZW5kcG9pbnQgZXJyb3IgYnVkZ2V0LCBkZWZhdWx0IDAuMDEpLFxuLy8gVEhSRVNIT0xEX0FQSV9QOTVfTVMgLyBfUDk5X01TIC8gVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMgLyBUSFJFU0hPTERfRVhQT1JUX1A5NV9NUyxcbi8vIFRIUkVTSE9MRF9EUk9QUEVEX1NIQVJFICgwLjAxKSwgUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQgKHNpemVzIG1heFZVcykuXG5pbXBvcnQgeyBhcGlFbnRyeSB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cmllcy50cyc7XG5pbXBvcnQgeyBlbnRyeU9wdGlvbnMgfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmltcG9ydCB7IGd1YXJkZWRDb25maWcgfSBmcm9tICcuLi9saWIvY29uZmlnL2Vudi50cyc7XG5pbXBvcnQgeyBvcGVuTW9kZWxWVXMgfSBmcm9tICcuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB7IGNvbnN0YW50UmF0ZSB9IGZyb20gJy4uL2xpYi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBtYWtlSGFuZGxlU3VtbWFyeSB9IGZyb20gJy4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMnO1xuaW1wb3J0IHsgd2l0aFNlY3JldHMgfSBmcm9tICcuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyc7XG5pbXBvcnQge1xuICBFTkRQT0lOVF9HUk9VUFMsXG4gIHR5cGUgRW5kcG9pbnRHcm91cCxcbiAgdHlwZSBFbmRwb2ludEdyb3VwRGF0YSxcbiAgZ3JvdXBlZEVuZHBvaW50cyxcbiAgcHJlcGFyZUVuZHBvaW50R3JvdXBzLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgcnVuR3JvdXBTdGVwLFxufSBmcm9tICcuLi9saWIvd29ya2Zsb3dzL2VuZHBvaW50LWdyb3Vwcy50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBkcm9wcGVkSXRlcmF0aW9uR2F0ZXMsIGVuZHBvaW50QnVkZ2V0R2F0ZXMsIGVuZHBvaW50UDk5IH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ2FwaScpO1xuY29uc3QgeyByYXRlLCBlcnJvclJhdGUgfSA9IGFwaUVudHJ5LnNldHRpbmdzKF9fRU5WKTtcblxuLyoqIEEgZ3JvdXAncyBWVXM6IGl0cyByYXRlLCBpdHMgcmVxdWVzdHMgcGVyIGl0ZXJhdGlvbiwgaXRzIGVuZHBvaW50cycgaGlnaGVzdCBwOTkgYnVkZ2V0IGFuZCB0aGUgcmVxdWVzdCB0aW1lb3V0LiAqL1xuZnVuY3Rpb24gZ3JvdXBWVXMoZ3JvdXA6IEVuZHBvaW50R3JvdXApIHtcbiAgcmV0dXJuIG9wZW5Nb2RlbFZVcyh7XG4gICAgcmF0ZVBlclM6IGdyb3VwLnJhdGUocmF0ZSksXG4gICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IGdyb3VwLnJlcXVlc3RzUGVySXRlcmF0aW9uLFxuICAgIHA5OUJ1ZGdldE1zOiBNYXRoLm1heCguLi5ncm91cC5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gZW5kcG9pbnRQOTkoZW5kcG9pbnQsIGNvbmZpZy50YXJnZXRzKSkpLFxuICAgIHRpbWVvdXRTOiBjb25maWcuYXBpVGltZW91dFMsXG4gIH0pO1xufVxuXG5leHBvcnQgY29uc3Qgb3B0aW9ucyA9IGVudHJ5T3B0aW9ucyhjb25maWcsICgpID0+IHtcbiAgY29uc3Qgc2NlbmFyaW9zID0gT2JqZWN0LmZyb21FbnRyaWVzKFxuICAgIE9iamVjdC5lbnRyaWVzKEVORFBPSU5UX0dST1VQUykubWFwKChbbmFtZSwgZ3JvdXBdOiBbc3RyaW5nLCBFbmRwb2ludEdyb3VwXSkgPT4gW1xuICAgICAgbmFtZSxcbiAgICAgIGNvbnN0YW50UmF0ZShncm91cC5leGVjLCBncm91cC5yYXRlKHJhdGUpLCBjb25maWcuZHVyYXRpb25TLCBncm91cFZVcyhncm91cCkpLFxuICAgIF0pLFxuICApO1xuICByZXR1cm4ge1xuICAgIHJvbGVzOiBbXSwgLy8gY2xhc3NlcyB3aG9zZSBWVXMgbG9nIGluIGFzIHRoZWlyIG93biBwb29sIGFjY291bnRcbiAgICB3YWxsVGltZVM6IGNvbmZpZy5kdXJhdGlvblMsXG4gICAgc2NlbmFyaW9zLFxuICAgIGdhdGVzOiBbXG4gICAgICAuLi5lbmRwb2ludEJ1ZGdldEdhdGVzKGNvbmZpZy50YXJnZXRzLCBncm91cGVkRW5kcG9pbnRzKCksIGVycm9yUmF0ZSksXG4gICAgICAuLi5kcm9wcGVkSXRlcmF0aW9uR2F0ZXMoc2NlbmFyaW9zLCBjb25maWcudGFyZ2V0cy5kcm9wcGVkU2hhcmUpLFxuICAgICAgLi4uYWJvcnRHYXRlcygpLFxuICAgIF0sXG4gIH07XG59KTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ2FwaScsIHJlcXVlc3RzUGVySXRlcmF0aW9uOiByZXF1ZXN0c1Blckl0ZXJhdGlvbigpIH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUHJvbWlzZTxFbmRwb2ludEdyb3VwRGF0YT4ge1xuICByZXR1cm4gcHJlcGFyZUVuZHBvaW50R3JvdXBzKGNvbmZpZyk7XG59XG5cbmNvbnN0IGcgPSBFTkRQT0lOVF9HUk9VUFM7XG5leHBvcnQgY29uc3QgaGVhbHRoID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmhlYWx0aCwgZGF0YSk7XG5leHBvcnQgY29uc3QgbG9naW4gPSB3aXRoU2VjcmV0cygoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcubG9naW4sIGRhdGEpKTtcbmV4cG9ydCBjb25zdCByZWFkcyA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5yZWFkcywgZGF0YSk7XG5leHBvcnQgY29uc3Qgc3RhdHVzID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLnN0YXR1cywgZGF0YSk7XG5leHBvcnQgY29uc3Qgd3JpdGVzID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLndyaXRlcywgZGF0YSk7XG5leHBvcnQgY29uc3QgZ2VuZXJhdGUgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuZ2VuZXJhdGUsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IGV4cG9ydENvdXJzZSA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5leHBvcnQsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IGFkbWluID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmFkbWluLCBkYXRhKTtcbiJdLAogICJtYXBwaW5ncyI6ICI7QUFpQ08sSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsY0FBYztBQUFBLEVBQ2QsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ3JDTSxJQUFNLFFBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDL0IsT0FBTztBQUNsQjtBQU1PLFNBQVMsY0FBY0EsT0FBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTUMsUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPRCxNQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVNBLE1BQUssTUFBTSxDQUFDLElBQUlBO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyxtQkFBUztBQUNUO0FBQUEsUUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO0FBQUEsWUFDMUIsVUFBUztBQUFBLE1BQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsZ0JBQVE7QUFDUixvQkFBWTtBQUFBLE1BQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxpQkFBUyxZQUFZO0FBQ3JCLGdCQUFRO0FBQUEsTUFDVixNQUFPLFVBQVM7QUFBQSxJQUNsQjtBQUNBLFFBQUksT0FBUSxDQUFBQyxNQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsV0FBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxRQUFJLENBQUMsU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLFlBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLFVBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0QsUUFBQUEsTUFBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQUEsTUFDaEg7QUFDQSxnQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGNBQVEsT0FBTztBQUNmO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxXQUFXLE1BQU8sQ0FBQUEsTUFBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxVQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxVQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxVQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsUUFBSSxVQUFVLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxRQUFJLGFBQWEsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFFBQUksQ0FBRSxNQUE0QixTQUFTLElBQUk7QUFDN0MsTUFBQUEsTUFBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixRQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsU0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGFBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsTUFBSSxDQUFDLFFBQVMsQ0FBQUEsTUFBSyxHQUFHLHFGQUFxRjtBQUMzRyxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGNBQWMsTUFBYyxNQUF5QjtBQUNuRSxRQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsUUFBTSxXQUFXO0FBQ2pCLGFBQVcsUUFBUSxLQUNoQixNQUFNLEdBQUcsRUFDVCxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMxQixVQUFNLFFBQVEsb0NBQW9DLEtBQUssSUFBSTtBQUMzRCxRQUFJLENBQUM7QUFDSCxZQUFNLElBQUksZUFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU0sSUFBSSxtQkFBbUIsUUFBUSxFQUFFO0FBQ3pHLFVBQU0sTUFBTSxDQUFDLENBQVMsSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQUEsRUFDM0M7QUFDQSxNQUFJLE1BQU0sVUFBVSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQ2hELFVBQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDMUYsU0FBTztBQUNUO0FBR08sU0FBUyxVQUFVLE1BQVksR0FBbUI7QUFDdkQsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzlDO0FBR08sU0FBUyxvQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxPQUFPLElBQUksSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ2xELGFBQ0UsR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztBQUFBLElBRzlHO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9PLFNBQVMsVUFBVSxXQUE0RDtBQUNwRixNQUFJLFFBQVE7QUFDWixhQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxVQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixRQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7QUFBQSxhQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtBQUFBLGFBQ3pDLE9BQU8sRUFBRSxvQkFBb0IsU0FBVSxVQUFTLEVBQUU7QUFBQSxRQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU87QUFDVDs7O0FDN0ZPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUdPLElBQU0sZ0JBQWdCLEtBQUs7QUFDM0IsSUFBTSxrQkFBa0I7QUFJL0IsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBT0MsTUFBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRQSxXQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE9BQUFBLE9BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU87QUFDaEQsTUFBSTtBQUNGLFdBQU8sY0FBYyxPQUFPLElBQUk7QUFBQSxFQUNsQyxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksWUFBWSxpQkFBaUIsaUJBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3ZGO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsS0FBNkI7QUFDNUMsUUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxRQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsTUFBSSxZQUFZO0FBQ2QsU0FBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUM3RyxTQUFPLEVBQUUsU0FBUyxXQUFXLFFBQVEsS0FBSyxLQUFLLDRCQUE0QixFQUFFO0FBQy9FO0FBR08sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sSUFBSTtBQUNWLFFBQU0sWUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFFBQU0sVUFBVSxRQUFRLEdBQUcsYUFBYTtBQUFBLElBQ3RDO0FBQUEsSUFDQTtBQUFBLElBQ0EsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNyRDtBQUNBLFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxlQUFlLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDMUYsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLFlBQVksT0FBTyxLQUFLLDBCQUEwQixFQUFFLFVBQVU7QUFBQSxNQUM5RCxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO0FBQUEsTUFDN0YsYUFBYSxTQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztBQUFBLE1BQ2xFLFdBQVcsU0FBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7QUFBQSxNQUM1RCxjQUFjO0FBQUEsUUFDWjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLE1BQ0YsRUFBRSxLQUFLLDJCQUEyQixFQUFFLFlBQVk7QUFBQSxNQUNoRCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO0FBQUEsTUFDekUsWUFBWSxTQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtBQUFBLE1BQzlGLHNCQUFzQjtBQUFBLFFBQ3BCO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO0FBQUEsSUFDckU7QUFBQSxJQUNBLFdBQVcsSUFBSSxLQUFLLHdCQUF3QixLQUFLO0FBQUEsSUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtBQUFBLElBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtBQUFBLElBQ3JELFNBQVMsUUFBUSxHQUFHO0FBQUEsRUFDdEI7QUFDRjtBQUdBLFNBQVMsT0FBTyxTQUF5QjtBQUN2QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVBLFNBQVMsV0FBVyxNQUF1QjtBQUN6QyxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGO0FBTU8sU0FBUyxVQUNkLEtBQ0EsTUFDQSxVQUNBLE9BQ1E7QUFDUixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUMzT0EsSUFBTSxXQUFXO0FBbUNWLElBQU0sV0FBVztBQUFBLEVBQ3RCLE9BQU87QUFBQSxFQUNQLFFBQVE7QUFBQSxFQUNSLEtBQUssQ0FBQ0MsY0FBYSxFQUFFLENBQUMsUUFBUSxHQUFHLE9BQU8sS0FBSyxJQUFJLEdBQUdBLFFBQU8sQ0FBQyxFQUFFO0FBQUEsRUFDOUQsVUFBVSxDQUFDLFNBQVM7QUFBQTtBQUFBLElBRWxCLE1BQU0sVUFBVSxLQUFLLFlBQVksR0FBRyxFQUFFLEtBQUssS0FBSyxLQUFLLEtBQVEsTUFBTSx3QkFBd0IsQ0FBQztBQUFBO0FBQUEsSUFFNUYsV0FBVyxVQUFVLEtBQUssa0JBQWtCLE1BQU0sRUFBRSxLQUFLLEdBQUcsS0FBSyxHQUFHLE1BQU0seUJBQXlCLENBQUM7QUFBQSxFQUN0RztBQUNGOzs7QUNyQ0EsSUFBSTtBQUNKLElBQU0sVUFBVSxNQUNiLGFBQWE7QUFBQSxFQUNaLFlBQVk7QUFBQSxFQUNaLFNBQVM7QUFBQSxFQUNULFlBQVk7QUFDZDtBQUdLLFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLFlBQU0sSUFBSTtBQUFBLFFBQ1IsZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU07QUFBQSxNQUMxQztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ2hGO0FBR08sU0FBUyxXQUFXLE1BQW1EO0FBQzVFLFFBQU0sYUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxNQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsVUFBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7QUFBQSxFQUNsRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLFVBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTztBQUFBLElBQ0wsV0FBV0E7QUFBQSxJQUNYLGFBQWE7QUFBQSxJQUNiLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQztBQUFBLEVBQ3ZFO0FBQ0Y7QUFHTyxTQUFTLGVBQWUsT0FBNkI7QUFDMUQsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsUUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOzs7QUNuRk8sU0FBUyxnQkFBZ0JDLE9BQXNCO0FBQ3BELE1BQUksUUFBUTtBQUNaLE1BQUksVUFBVTtBQUNkLGFBQVcsQ0FBQyxPQUFPLE9BQU8sSUFBSSxLQUFLQSxNQUFLLFNBQVMsNEJBQTRCLEdBQUc7QUFDOUUsYUFBUyxPQUFPLEtBQUssSUFBSSxFQUFFLEdBQUcsTUFBTSxHQUFHLElBQUksR0FBRyxHQUFHLElBQUksS0FBTSxFQUFFLElBQThCO0FBQzNGLGVBQVc7QUFBQSxFQUNiO0FBQ0EsTUFBSSxZQUFZQSxTQUFRQSxVQUFTLEdBQUksT0FBTSxJQUFJLE1BQU0sbUJBQW1CLEtBQUssVUFBVUEsS0FBSSxDQUFDLEVBQUU7QUFDOUYsU0FBTztBQUNUOzs7QUNBQSxJQUFNLHdCQUF3QjtBQU05QixJQUFNLDZCQUE2QjtBQW1CNUIsU0FBUyxhQUFhLE1BQWtFO0FBQzdGLFFBQU0sYUFBYSxDQUFDLGFBQXFCLEtBQUssdUJBQXVCO0FBQ3JFLFFBQU0sVUFBVSxLQUFLLElBQUksS0FBSyxjQUFjLEtBQU0sMEJBQTBCO0FBQzVFLFFBQU0sa0JBQWtCLEtBQUssS0FBSyx3QkFBd0IsS0FBSyxXQUFXLFdBQVcsT0FBTyxDQUFDLElBQUk7QUFDakcsUUFBTSxTQUFTLEtBQUssSUFBSSxpQkFBaUIsS0FBSyxLQUFLLEtBQUssV0FBVyxXQUFXLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDN0YsU0FBTyxFQUFFLGlCQUFpQixPQUFPO0FBQ25DO0FBRU8sSUFBTSxnQkFBZ0IsQ0FBQyxhQUM1QixTQUFTLGFBQWEsMkJBQTJCLFNBQVMsYUFBYTtBQUdsRSxTQUFTLG9CQUFvQixVQUE0QjtBQUM5RCxRQUFNLElBQUk7QUFPVixRQUFNLFVBQVUsZ0JBQWdCLEVBQUUsWUFBWSxJQUFJO0FBQ2xELE1BQUksRUFBRSxhQUFhLHdCQUF5QixTQUFTLEVBQUUsUUFBUSxLQUFLLGdCQUFnQixFQUFFLFlBQVksSUFBSSxJQUFLO0FBQzNHLE1BQUksRUFBRSxhQUFhLHVCQUF3QixPQUFNLElBQUksTUFBTSxHQUFHLEVBQUUsUUFBUSxrQ0FBa0M7QUFDMUcsTUFBSUMsUUFBTyxFQUFFLGFBQWE7QUFDMUIsTUFBSSxRQUFRO0FBQ1osYUFBVyxTQUFTLEVBQUUsVUFBVSxDQUFDLEdBQUc7QUFDbEMsY0FBV0EsUUFBTyxNQUFNLFVBQVUsSUFBSyxnQkFBZ0IsTUFBTSxRQUFRO0FBQ3JFLElBQUFBLFFBQU8sTUFBTTtBQUFBLEVBQ2Y7QUFDQSxTQUFPLFFBQVE7QUFDakI7OztBQ0tBLFNBQVMsVUFBVSxXQUF1RDtBQUN4RSxTQUFPLE9BQU8sVUFBVSxTQUFTLElBQzdCLEVBQUUsTUFBTSxXQUFXLFVBQVUsS0FBSyxJQUNsQyxFQUFFLE1BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksRUFBRSxDQUFDLEdBQUcsVUFBVSxLQUFLO0FBQ3RFO0FBR08sU0FBUyxhQUNkQyxPQUNBLFdBQ0EsV0FDQSxLQUNBLFlBQVksTUFDRjtBQUNWLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQUFBO0FBQUEsSUFDQSxHQUFHLFVBQVUsU0FBUztBQUFBLElBQ3RCLFVBQVUsR0FBRyxTQUFTO0FBQUEsSUFDdEIsaUJBQWlCLElBQUk7QUFBQSxJQUNyQixRQUFRLElBQUk7QUFBQSxJQUNaO0FBQUEsRUFDRjtBQUNGO0FBT08sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQy9GbEcsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBVTtBQUNqQixPQUFPLFVBQVU7QUFDakIsU0FBUyxTQUFTLGFBQWE7QUFLL0IsSUFBTSxtQkFBbUIsSUFBSSxNQUFNLG9CQUFvQjtBQUV2RCxJQUFNLHdCQUF3QixJQUFJLE1BQU0sMEJBQTBCO0FBRWxFLElBQU0saUJBQWlCLElBQUksTUFBTSxrQkFBa0I7QUFFbkQsSUFBTSx1QkFBdUIsSUFBSSxRQUFRLHdCQUF3QjtBQUVqRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0saUNBQWlDO0FBV3RFLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLElBQUksU0FBUztBQUNiLElBQUk7QUFDSixJQUFJLGFBQWE7QUFNakIsU0FBUyxVQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFFBQU0sTUFBTSxLQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7QUFBQSxJQUN0RSxHQUFHO0FBQUEsSUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLEVBQ2hELENBQVU7QUFDVixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztBQUM5QztBQUdBLElBQU0sU0FBUztBQVVSLFNBQVMsa0JBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQU07QUFBQSxJQUNOLEtBQUs7QUFBQSxJQUNMLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUM5QyxjQUFjLEdBQUcsTUFBTTtBQUFBLElBQ3ZCLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFFdEQsTUFBSSxDQUFDLFdBQVksY0FBYSxVQUFVLFlBQVksTUFBTTtBQUMxRCxhQUFTO0FBQ1AsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixhQUFTLFVBQVU7QUFDbkIsVUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFFBQUksS0FBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxRQUFJLEtBQUssU0FBUyxhQUFhLEVBQUc7QUFBQSxFQUNwQztBQUNBLFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFdBQVMsVUFBVTtBQUNyQjtBQUVBLFNBQVMsU0FBUyxZQUEwQjtBQUMxQyxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUNKLElBQUksV0FBVyxNQUFNLE1BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLHlCQUFxQixJQUFJLENBQUM7QUFDMUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLHNCQUFxQixJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzNHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFDcEMsUUFBSSxPQUFPLFVBQVUsVUFBYSxPQUFPLFVBQVUsT0FBUTtBQUMzRCxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFBQSxFQUNyQztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsU0FBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0FBQ3ZGO0FBT08sU0FBUyxRQUFRLFlBQTBCO0FBQ2hELFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxVQUFVLFlBQVksSUFBYTtBQUMzRCxRQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU0sTUFBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsTUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkI7QUFDekQsdUJBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDM0Q7QUFlTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDakc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CO0FBQzVCLFVBQU0sS0FBSztBQUFBLE1BQ1QsUUFBUTtBQUFBLE1BQ1IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDO0FBQUEsSUFDaEUsQ0FBQztBQUNILE1BQUksT0FBTztBQUNULFVBQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hHLFNBQU87QUFDVDs7O0FDcktBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7OztBQ0RWLElBQU0sU0FBaUIsWUFBWSxLQUFLO0FBR3hDLFNBQVMsY0FBYyxPQUF1QjtBQUNuRCxzQkFBb0IsUUFBUSxLQUFLO0FBQ2pDLFNBQU87QUFDVDs7O0FEZ0JBLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUk7QUFBQSxNQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztBQUFBLElBQ2pFO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQW9CO0FBRXBDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUTtBQUNqQixXQUFPLElBQUksSUFBSSxJQUFJO0FBQUEsTUFDakIsU0FBUyxJQUFJO0FBQUEsTUFDYixNQUFNLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7QUFBQSxJQUNoRDtBQUNGLFNBQU87QUFBQSxJQUNMLFFBQVEsMEJBQTBCLElBQUk7QUFBQSxJQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxJQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7QUFBQSxFQUM5QztBQUNGO0FBRUEsU0FBUyxTQUFTQyxTQUFzQjtBQUN0QyxNQUFJQSxRQUFPLFVBQVcsUUFBTyxTQUFTQSxRQUFPLFNBQVM7QUFDdEQsUUFBTSxRQUFRQSxRQUFPO0FBQ3JCLE1BQUlBLFFBQU8sV0FBVztBQUNwQixXQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixPQUFPQSxRQUFPO0FBQUEsTUFDZCxTQUFTLENBQUMsTUFBTSxPQUFPLGNBQWMsRUFBRSxPQUFPLFVBQVUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3RTtBQUNGO0FBR08sU0FBUyxZQUFZQyxPQUFZLE1BQVlDLGdCQUE0QztBQUM5RixRQUFNLE9BQU9ELE1BQUssTUFBTSxJQUFJO0FBQzVCLFNBQU8sU0FBUyxJQUFJLFNBQVlBLE1BQUssUUFBUSxPQUFPRSxNQUFLLEdBQUcsV0FBVyxLQUFLLE1BQU1ELGNBQWE7QUFDakc7QUFHTyxTQUFTLGVBQWVELE9BQVksT0FBd0IsT0FBcUI7QUFDdEYsUUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJO0FBQ3pDLFFBQU0sVUFBVSxvQkFBb0JBLE1BQUssT0FBTyxRQUFRQSxNQUFLLE1BQU07QUFDbkUsTUFBSSxRQUFTLE9BQU0sSUFBSSxNQUFNLE9BQU87QUFDdEM7QUFHTyxJQUFNLE9BQWEsU0FBUyxNQUFTOzs7QUU5RTVDLFNBQVMsU0FBQUcsY0FBYTtBQUN0QixPQUFPQyxXQUFVO0FBQ2pCLE9BQU9DLFdBQVU7QUFDakIsT0FBTyxhQUFhOzs7QUNMcEIsU0FBUyxhQUFhO0FBQ3RCLE9BQU9DLFdBQXVEOzs7QUNrQnZELElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsWUFBWSxZQUFZO0FBQ2pDLGlCQUFlLFFBQW9CLElBQUksRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBb0IsRUFBRTtBQUM5RztBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGc0NBLElBQU0sUUFBUSxDQUFJLFNBQThDO0FBRWhFLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFFdEQsSUFBTSxTQUFTO0FBQUEsRUFDYixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBQyxTQUNRLEtBQ2pCO0FBSFM7QUFDQSxrQkFBQUE7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWFBLFNBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0JBLE9BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBV0MsTUFBSyxpQkFBaUJELE9BQU07QUFDdkMsb0JBQWdCQSxPQUFNLElBQUk7QUFBQSxFQUM1QjtBQUNBLFNBQU87QUFDVDtBQUlBLElBQUk7QUFVSixJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLFlBQXlGLENBQUM7QUFFaEcsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLFFBQVE7QUFDNUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsUUFBUSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxTQUFPO0FBQ1Q7QUFJTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQTRDLENBQUM7QUFBQTtBQUFBLEVBVzlELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsUUFBSUUsVUFBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxRQUFJLENBQUNBLFNBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELE1BQUFBLFVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsQ0FBQUEsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUlBO0FBQUEsSUFDMUI7QUFDQSxXQUFPQTtBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQUMsUUFDQSxTQUNXO0FBQ1gsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNQyxNQUFLO0FBQUEsTUFDZjtBQUFBLE1BQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO0FBQUEsTUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO0FBQUEsTUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhRCxXQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU1FLFVBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVdBLFlBQVc7QUFDNUIsUUFBSUEsWUFBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQ0Y7QUFDZixRQUFJQSxVQUFTLFVBQVU7QUFDckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTO0FBQ3hDLGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBYyxPQUFPRSxTQUFRRixVQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUN4RjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLE9BQU87QUFDdkIsWUFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsVUFBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDckc7QUFDQSxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDL0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBR2hWQSxTQUFTLFNBQUFHLGNBQWE7QUFDdEIsT0FBT0MsV0FBMEU7OztBQ0gxRSxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQUV6QixTQUFTLGFBQWEsR0FBbUI7QUFDOUMsU0FBTyxHQUFHLGFBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQ3ZEO0FBR08sU0FBUyxTQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsU0FBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQzVFO0FBR08sU0FBUyxRQUFRLE9BQW1DO0FBQ3pELFFBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLFNBQU8sUUFBUSxDQUFDO0FBQ2xCO0FBR0EsU0FBUyxXQUFXLE9BQW1DO0FBQ3JELFFBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsU0FBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7QUFDcEM7QUFPTyxJQUFNLHFCQUFxQixJQUFJLEtBQUssS0FBSztBQU96QyxTQUFTLFdBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixNQUFJLENBQUMsTUFBTSxXQUFXLGdCQUFnQixFQUFHLFFBQU87QUFDaEQsUUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixNQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixRQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLFNBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUssS0FBSztBQUN6RTs7O0FEcENBLElBQU0sY0FBYztBQUNwQixJQUFNLGFBQWE7QUFzQm5CLElBQU0sV0FBVztBQUVqQixJQUFJLFVBQVU7QUFDZCxJQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsU0FBUyxRQUFRQyxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILFdBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELFVBQU0sUUFBd0IsQ0FBQztBQUMvQixhQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixVQUFNLE1BQU1DLE1BQUssTUFBTSxLQUFLO0FBQzVCLGFBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELFlBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLFVBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsaUJBQVcsTUFBTTtBQUNqQixNQUFBQyxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDOUIsTUFBQ0QsTUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLFlBQUksTUFBTSxDQUFDLENBQUUsSUFBSTtBQUFBLE1BQ25CLENBQUM7QUFBQSxJQUNIO0FBQ0EsUUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLGVBQVMsS0FBSyxRQUFRLENBQUM7QUFBQSxJQUN6QixDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFFBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxNQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsTUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxTQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07QUFDckY7QUFFQSxTQUFTLEtBQVEsS0FBOEI7QUFDN0MsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUFBLEVBQ3RDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxXQUNkRSxTQUNBLE9BQ0EsVUFDK0M7QUFDL0MsUUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7QUFBQSxJQUNFO0FBQUEsSUFDQSxPQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUdBLFFBQU8sT0FBTyxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDdEMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLE1BQ3hDLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxDQUFDLFFBQVE7QUFDUCxhQUFPLFNBQVMsSUFBSTtBQUNwQixhQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFBQSxJQUMzRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFnQk8sU0FBUyxjQUFjQSxTQUFnQixRQUFnQztBQUM1RSxRQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsUUFBTztBQUN4RSxRQUFNLFNBQXdCO0FBQUEsSUFDNUIsVUFBVSxPQUFPO0FBQUEsSUFDakIsU0FBUztBQUFBLElBQ1QsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsV0FBVztBQUFBLElBQ1gsU0FBUztBQUFBLEVBQ1g7QUFDQSxNQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFFBQU0sZ0JBQWdCO0FBQ3RCLFFBQU0sVUFBbUIsRUFBRSxNQUFNQSxRQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFO0FBQUEsSUFDRTtBQUFBLElBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7QUFBQSxFQUN4QjtBQUNBLE1BQUksU0FBUyxhQUFhLE9BQU87QUFDakMsTUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsUUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLGtCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsUUFBTyxrQkFBa0I7QUFDeEYsU0FBTyxVQUFVLFVBQVU7QUFDM0IsU0FBTztBQUNUO0FBR0EsU0FBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtBQUFBLElBQ0UsTUFBTTtBQUFBLElBQ04sQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDNUIsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxPQUFPLFVBQVUsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLFNBQVMsQ0FBQztBQUFBLE1BQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixVQUFJLENBQUM7QUFDSCxjQUFNLElBQUk7QUFBQSxVQUNSLDBCQUEwQixPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsSUFBSSxZQUFZLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUN4SDtBQUNGLGFBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtBQUFBLElBQ3RCO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxhQUFhLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsUUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLGFBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDcEcsUUFBTSxTQUFtQixDQUFDO0FBQzFCO0FBQUEsSUFDRSxPQUFPO0FBQUEsSUFDUCxDQUFDLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxTQUFTLFFBQVEsT0FBTyxnQkFBZ0IsT0FBTyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixVQUFJLENBQUM7QUFDSCxjQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDeEcsYUFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZUFBZSxTQUFrQixRQUE0QjtBQUNwRSxRQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sSUFBSTtBQUNqQyxXQUFTLFFBQVEsR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxTQUFTLENBQUMsS0FBSyxRQUFRLEtBQU0sU0FBUztBQUNqRixVQUFNLFNBQVMsT0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsSUFBSSxJQUFJLENBQUMsUUFBUSxFQUFFLE9BQU8sR0FBRyxHQUFHLEVBQUUsQ0FBQztBQUM3RTtBQUFBLE1BQ0UsT0FBTztBQUFBLE1BQ1AsQ0FBQyxPQUFPO0FBQUEsUUFDTixRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxRQUMxQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsTUFDM0Q7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLFlBQUksSUFBSSxXQUFXLElBQUssUUFBTztBQUFBLE1BQ2pDO0FBQUEsSUFDRjtBQUNBLGFBQVMsYUFBYSxPQUFPO0FBQUEsRUFDL0I7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsUUFBTSxZQUErRCxDQUFDO0FBQ3RFLFNBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixVQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsUUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixhQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUTtBQUNsQyxnQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLEdBQUcsVUFBVSxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQixDQUFDO0FBQUEsRUFDL0YsQ0FBQztBQUNELFFBQU0sYUFBMEMsQ0FBQztBQUNqRDtBQUFBLElBQ0UsVUFBVTtBQUFBLElBQ1YsQ0FBQyxNQUFNO0FBQ0wsWUFBTSxFQUFFLE9BQU8sR0FBRyxVQUFBQyxVQUFTLElBQUksVUFBVSxDQUFDO0FBQzFDLFlBQU0sU0FBUztBQUFBLFFBQ2IsT0FBTyxhQUFhLENBQUM7QUFBQSxRQUNyQixPQUFPLGlCQUFpQixDQUFDO0FBQUEsUUFDekIsT0FBTztBQUFBLFFBQ1AsZUFBZUEsWUFBVyxJQUFJO0FBQUEsTUFDaEM7QUFDQSxhQUFPO0FBQUEsUUFDTCxRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDO0FBQUEsUUFDOUIsTUFBTSxLQUFLLFVBQVUsTUFBTTtBQUFBLFFBQzNCLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxLQUFLLEdBQUcsSUFBSTtBQUFBLE1BQ3REO0FBQUEsSUFDRjtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sS0FBaUIsR0FBRyxHQUFHLEtBQUs7QUFDNUQsVUFBSSxPQUFPO0FBQ1QsY0FBTSxJQUFJO0FBQUEsVUFDUixrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDdkc7QUFDRixhQUFPO0FBQ1AsVUFBSSxVQUFVLENBQUMsRUFBRyxTQUFVLFlBQVcsS0FBSyxFQUFFLE9BQU8sVUFBVSxDQUFDLEVBQUcsT0FBTyxHQUFHLENBQUM7QUFBQSxJQUNoRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxTQUFTLGdCQUFnQixFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsUUFBTSxPQUFjLENBQUM7QUFDckI7QUFBQSxJQUNFLFdBQVc7QUFBQSxJQUNYLENBQUMsT0FBTztBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFNBQVMsV0FBVyxDQUFDLEVBQUcsRUFBRSxDQUFDO0FBQUEsTUFDaEQsTUFBTTtBQUFBLE1BQ04sUUFBUSxPQUFPLG9CQUFvQixPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssR0FBRyxJQUFJO0FBQUEsSUFDdkU7QUFBQSxJQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLFVBQUksVUFBVTtBQUNaLGNBQU0sSUFBSTtBQUFBLFVBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtBQUFBLFFBQzFHO0FBQ0YsV0FBSyxLQUFLLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU0sQ0FBQztBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsU0FBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixRQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsWUFBTSxJQUFJO0FBQUEsUUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtBQUFBLE1BQ2hHO0FBQ0YsSUFBQUYsT0FBTSxDQUFDO0FBQ1AsVUFBTSxFQUFFLE1BQUFHLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFFBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsV0FBT0E7QUFBQSxFQUNUO0FBQ0Y7QUFHQSxTQUFTLFNBQVMsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQVksTUFBb0Q7QUFDL0csUUFBTUEsUUFBYyxDQUFDO0FBQ3JCLFFBQU0sVUFBVSxvQkFBSSxJQUFZO0FBQ2hDO0FBQUEsSUFDRSxLQUFLO0FBQUEsSUFDTCxDQUFDLE9BQU87QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztBQUFBLE1BQ3hDLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7QUFBQSxJQUMzRDtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFFVixVQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLGdCQUFRLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSztBQUMxQixRQUFBQSxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFDbEI7QUFBQSxNQUNGO0FBQ0EsVUFBSSxJQUFJLFdBQVc7QUFDakIsY0FBTSxJQUFJO0FBQUEsVUFDUiwwQ0FBMEMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEdBQUcsSUFBSSxRQUFRLEtBQUssSUFBSSxLQUFLLE1BQU0sRUFBRTtBQUFBLFFBQy9JO0FBQ0YsWUFBTUMsVUFBUyxLQUEwQyxHQUFHO0FBQzVELFVBQUlBLFNBQVEsV0FBVztBQUNyQixjQUFNLElBQUk7QUFBQSxVQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVlBLFFBQU8sU0FBUyxpQkFBaUI7QUFBQSxRQUMvRztBQUNGLFVBQUlBLFNBQVEsV0FBVyxZQUFhLFFBQU87QUFBQSxVQUN0QyxDQUFBRCxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFBQSxJQUN6QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0FBQ3pCO0FBTU8sU0FBUyxjQUNkRixTQUNBLFlBQ0EsUUFDQSxRQUNRO0FBQ1IsUUFBTSxPQUFPQSxRQUFPO0FBQ3BCLE1BQUksVUFBVTtBQUNkLE1BQUksU0FBUztBQUNiLFdBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFFBQUksUUFBcUMsQ0FBQztBQUMxQztBQUFBLE1BQ0U7QUFBQSxNQUNBLE9BQU87QUFBQSxRQUNMLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU07QUFBQSxRQUNuRyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7QUFBQSxNQUM3QztBQUFBLE1BQ0EsQ0FBQyxRQUFRO0FBQ1AsaUJBQVMsSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxHQUFHLFFBQVEsV0FBYyxDQUFDO0FBQUEsTUFDMUc7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixVQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFFBQUksT0FBTztBQUNYO0FBQUEsTUFDRSxPQUFPO0FBQUEsTUFDUCxDQUFDLE9BQU87QUFBQSxRQUNOLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztBQUFBLFFBQzFDLFFBQVEsT0FBTyxvQkFBb0IsVUFBVTtBQUFBLE1BQy9DO0FBQUEsTUFDQSxDQUFDLFFBQVE7QUFDUCxZQUFJLElBQUksV0FBVyxPQUFPLElBQUksV0FBVyxJQUFLO0FBQUEsTUFDaEQ7QUFBQSxJQUNGO0FBQ0EsZUFBVztBQUNYLGNBQVUsTUFBTSxTQUFTO0FBQUEsRUFDM0I7QUFDQSxTQUFPO0FBQ1Q7OztBSjFWQSxJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLEVBQUFJLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCO0FBQUEsTUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7QUFBQSxJQUN2RztBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCO0FBQUEsTUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07QUFBQSxJQUMvQztBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsY0FBY0UsU0FBZ0JDLFNBQXVDLE1BQW9CO0FBQ2hHLFNBQU9BLFFBQU8sSUFBSSxLQUFLRCxRQUFPLE1BQU0sSUFBSSxFQUFFO0FBQzVDO0FBTUEsU0FBUyxNQUFNQSxTQUFnQkMsU0FBdUMsTUFBb0I7QUFDeEYsTUFBSSxLQUFLLE1BQU0sSUFBSSxNQUFNLEVBQUcsT0FBTSxHQUFHLEtBQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNELFNBQVFDLFNBQVEsSUFBSSxDQUFDO0FBQ3JGLFFBQU0sU0FBUyxXQUFXRCxTQUFRLE9BQU8sUUFBUTtBQUNqRCxNQUFJLENBQUMsT0FBTyxPQUFPO0FBQ2pCLFVBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLFVBQU0sUUFBUUEsUUFBTyxZQUNqQixlQUFlQSxRQUFPLFNBQVMsS0FDL0JBLFFBQU8sWUFDTCxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFDcEQsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUN6QyxVQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO0FBQUEsRUFDeEc7QUFDQSxTQUFPLE9BQU87QUFDaEI7QUFFQSxTQUFTLFlBQVksUUFBbUIsT0FBZUEsU0FBc0I7QUFDM0UsUUFBTSxPQUFhLENBQUM7QUFDcEIsUUFBTSxZQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLFVBQU0sVUFBVSxPQUFPLGFBQWE7QUFBQSxNQUNsQyxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUM7QUFBQSxNQUM5QixPQUFPO0FBQUEsTUFDUCxPQUFPO0FBQUEsTUFDUCxlQUFlO0FBQUEsSUFDakIsQ0FBQztBQUNELFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGNBQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQ2xHLE1BQUFFLE9BQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBUUEsZUFBc0Isa0JBQTBEO0FBQzlFLFFBQU0sUUFBdUMsQ0FBQztBQUM5QyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLElBQzlCLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBY0YsU0FBZ0JDLFNBQWdEO0FBQ3JGLFFBQU0sUUFBUSxVQUFXSixNQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsUUFBTSxTQUFrQixDQUFDO0FBQ3pCLGFBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGFBQU8sS0FBSyxFQUFFLE1BQU0sR0FBRyxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNHLFNBQVFDLFNBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ3ZGO0FBQ0EsU0FBTztBQUNUO0FBU0EsZUFBc0IsV0FBV0QsU0FBZ0JHLFdBQTBCLENBQUMsR0FBcUI7QUFDL0YsUUFBTUgsUUFBTyxPQUFPO0FBQ3BCLFFBQU1DLFVBQVMsTUFBTSxnQkFBZ0I7QUFDckMsUUFBTSxZQUFZLElBQUksVUFBVUQsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUksTUFBTUEsU0FBUUMsU0FBUSxJQUFJO0FBQ25FLFFBQU0sUUFBUSxTQUFTO0FBQ3ZCLFFBQU0sUUFBUSxjQUFjRCxTQUFRLE9BQU8sT0FBTyxrQkFBa0IsQ0FBQyxVQUFVLFdBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxNQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLE1BQUlHLFNBQVEsU0FBUztBQUNuQixVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUk7QUFDRixZQUFNLElBQUksY0FBY0gsU0FBUSxjQUFjQSxTQUFRQyxPQUFNLENBQUM7QUFDN0QsY0FBUTtBQUFBLFFBQ04scUJBQXFCRCxRQUFPLFFBQVEsT0FBTyw4QkFBOEIsRUFBRSxRQUFRLGdCQUFnQixFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLFdBQVcsRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLE9BQU8sb0RBQW9ELEVBQUUsVUFBVSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxNQUM5VTtBQUFBLElBQ0YsU0FBUyxPQUFPO0FBQ2QsWUFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGtCQUFrQkcsU0FBUSxPQUFPLFlBQVksVUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9ILE9BQU0sSUFBSSxDQUFDO0FBRW5HLFNBQU8sRUFBRSxPQUFPLFFBQVEsZ0JBQWdCO0FBQzFDO0FBR0EsZUFBc0IsV0FBV0EsU0FBZ0IsTUFBMEM7QUFDekYsTUFBSSxDQUFDLE1BQU0sU0FBUyxLQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFFBQU1DLFVBQVMsTUFBTSxnQkFBZ0I7QUFFckMsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxTQUFTLEdBQUdBLFFBQU8sU0FBU0QsUUFBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxRQUFNLEVBQUUsTUFBTSxJQUFJLFdBQVdBLFNBQVEsT0FBTyxRQUFRO0FBQ3BELE1BQUksQ0FBQyxPQUFPO0FBQ1YsWUFBUTtBQUFBLE1BQ04saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSztBQUFBLElBQ3RHO0FBQ0E7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLGNBQWNBLFNBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVLFdBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLE1BQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7QUFDeEY7OztBTTVJQSxTQUFTLG1CQUE0QjtBQUNuQyxTQUFPLFNBQVM7QUFDbEI7QUFHTyxTQUFTLGFBQWFJLFNBQWdCLFdBQXVEO0FBQ2xHLE1BQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxVQUFVO0FBR3hCLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLE1BQUlBLFFBQU8sY0FBZSxnQkFBZSxNQUFNLE1BQU0sU0FBUyxPQUFPLFVBQVUsU0FBUyxDQUFDO0FBQ3pGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLHNCQUFzQixlQUFlLEtBQUssR0FBRyxTQUFTO0FBQUE7QUFBQSxJQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsS0FBS0EsUUFBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7QUFBQSxJQUN0RyxtQkFBbUI7QUFBQSxFQUNyQjtBQUNGO0FBTUEsU0FBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsYUFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFDeEQsUUFBSSxjQUFjLFFBQVEsRUFBRyxZQUFXLFVBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7QUFBQSxFQUNwRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBTTVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhO0FBQ2xGLFlBQVEsT0FBTyxLQUFLO0FBQ3RCLFNBQU87QUFDVDtBQUdPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDtBQU1BLFNBQVMsdUJBQTZCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLFNBQVEsT0FBVSxVQUFVO0FBQ3hEO0FBR0EsZUFBc0IsU0FBUyxNQUErQjtBQUM1RCx1QkFBcUI7QUFDckIsUUFBTSxXQUFXLFFBQVcsSUFBSTtBQUNsQzs7O0FDL0dPLFNBQVMsVUFBVUMsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSztBQUFBLElBQ1Y7QUFBQSxJQUNBLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQUEsRUFDckY7QUFDRjtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0FBQ3pCO0FBUU8sU0FBUyxhQUFhQSxPQUFjQyxXQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFFBQU0sVUFBVUQsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxRQUFNLE9BQU9DLFNBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsUUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsUUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsUUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELFNBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztBQUM1Qzs7O0FDT08sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLO0FBQUEsUUFDUjtBQUFBLFFBQ0EsWUFBQUE7QUFBQSxRQUNBLElBQUksT0FBTztBQUFBLFFBQ1g7QUFBQSxRQUNBLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXO0FBQUEsUUFDakYsTUFBTSxPQUFPLFFBQVEsSUFBSTtBQUFBLE1BQzNCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQyxHQUFHO0FBQ04sVUFBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUs7QUFDekYsV0FBSyxJQUFJLFVBQVUsQ0FBQztBQUFBLElBQ3RCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUc7QUFBQSxRQUMzQixVQUFVLEVBQUUsU0FBUztBQUFBLFFBQ3JCLEtBQUssRUFBRSxPQUFPO0FBQUEsUUFDZCxLQUFLLEVBQUUsT0FBTyxLQUFLO0FBQUEsUUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztBQUFBLFFBQ25CLEtBQUssRUFBRSxPQUFPO0FBQUEsTUFDaEIsQ0FBQztBQUFBLElBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBa0JBLElBQU0scUJBQXFCO0FBT3BCLFNBQVMsa0JBQ2QsTUFDQUMsd0JBQStDLENBQUMsR0FDaEM7QUFDaEIsUUFBTSxZQUEwQixDQUFDO0FBQ2pDLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxRQUFJLGFBQWEsT0FBVztBQUM1QixVQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLFVBQU0sZUFBZUQsc0JBQXFCLFFBQVE7QUFDbEQsVUFBTSxRQUFRLE9BQU8sS0FBSyxPQUFPLGNBQWMsQ0FBQyxDQUFDLEVBQzlDLElBQUksQ0FBQ0QsZ0JBQWUsNkJBQTZCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLENBQUMsRUFDdEUsS0FBSyxDQUFDLE1BQU0sTUFBTSxNQUFTO0FBQzlCLGNBQVUsS0FBSztBQUFBLE1BQ2I7QUFBQSxNQUNBLFlBQUFFO0FBQUEsTUFDQSxVQUFVLGlCQUFpQixTQUFZLE9BQU9BLGNBQWE7QUFBQSxNQUMzRCxTQUFTLFVBQVUsU0FBWSxPQUFPLE9BQU8sS0FBSztBQUFBLElBQ3BELENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxRQUFRLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUM3RCxNQUFJLFVBQVUsV0FBVyxLQUFLLFVBQVUsS0FBTSxRQUFPO0FBQ3JELFlBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUM3RCxRQUFNLGFBQWEsU0FBUyxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQztBQUNsRixRQUFNLFFBQ0osVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxjQUM1RCxVQUFVLE1BQU0sQ0FBQyxRQUFRLElBQUksYUFBYSxJQUFJO0FBQ2hELFNBQU8sRUFBRSxZQUFZLFVBQVUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFVBQVcsQ0FBQyxJQUFJLE1BQU0sVUFBVTtBQUNsSDtBQUdPLFNBQVMsaUJBQWlCLFNBQXdDO0FBQ3ZFLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsTUFBSSxRQUFRLGVBQWU7QUFDekIsV0FBTztBQUNULFFBQU0sT0FDSixRQUFRLGFBQWEsT0FDakIsbUJBQW1CLFlBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQyxnQkFDM0QsR0FBRyxZQUFZLFFBQVEsVUFBVSxPQUFPLENBQUMsV0FBVyxRQUFRLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDM0YsU0FBTyx1QkFBdUIsSUFBSSxzQkFBc0IsWUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDO0FBQ2xHO0FBR08sU0FBUyxZQUFZLEtBQXlCO0FBQ25ELFFBQU0sV0FDSixJQUFJLGFBQWEsT0FBTyxLQUFLLEtBQUssWUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLFdBQVcsSUFBSSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzlHLFFBQU0sVUFBVSxJQUFJLFlBQVksT0FBTyxnQkFBZ0IsYUFBYSxZQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFDckcsU0FBTyxHQUFHLFlBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxhQUFhLElBQUksZUFBZSxJQUFJLEtBQUssR0FBRyxvQkFBb0IsUUFBUSxHQUFHLE9BQU87QUFDbEk7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVM7QUFDWCxXQUFPLEtBQUssTUFBTSxLQUFLLEVBQ3BCLFNBQVMsRUFDVCxRQUFRLHlCQUF5QixHQUFHO0FBQ3pDLFNBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtBQUNqRztBQUVPLFNBQVMsWUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixRQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7QUFDdkU7QUFXTyxTQUFTLGdCQUFnQixNQUEyQztBQUN6RSxNQUFJLENBQUMsS0FBSyxTQUFTLG9CQUFvQixDQUFDLEtBQUssU0FBUyxtQkFBb0IsUUFBTztBQUNqRixTQUFPO0FBQUEsSUFDTCxnQkFBZ0IsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQUEsSUFDM0QsaUJBQWlCLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUFBLElBQ2hFLDBCQUEwQixZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFBQSxJQUNwRixpQkFBaUIsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFBQSxFQUMzRTtBQUNGO0FBR08sU0FBUyxjQUFjLFdBQTJDO0FBQ3ZFLE1BQUksQ0FBQyxhQUFjLFVBQVUsbUJBQW1CLFFBQVEsVUFBVSxvQkFBb0I7QUFDcEYsV0FBTztBQUNULFFBQU0sU0FBUyxVQUFVO0FBQ3pCLFNBQU87QUFBQSxJQUNMLCtDQUErQyxZQUFZLFVBQVUsZ0JBQWdCLE9BQU8sQ0FBQztBQUFBLElBQzdGLFdBQVcsWUFBWSxVQUFVLGlCQUFpQixPQUFPLENBQUM7QUFBQSxJQUMxRCxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLFVBQVUsZUFBZTtBQUFBLEVBQzlDLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFFTyxJQUFNLGdCQUFnQixDQUFDLFNBQThCLGNBQWMsZ0JBQWdCLElBQUksQ0FBQzs7O0FDbk54RixJQUFNLHlCQUF5QjtBQXlML0IsU0FBUyxhQUNkLE1BQ0EsTUFDQUMsd0JBQStDLENBQUMsR0FDdkM7QUFDVCxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksVUFBVSxLQUFLLE9BQU87QUFBQSxJQUMxRjtBQUFBLElBQ0EsWUFBQUE7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUU7QUFDRixTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLGtCQUFrQixNQUFNRCxxQkFBb0I7QUFBQSxJQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsZ0JBQWdCLElBQUk7QUFBQSxFQUNqQztBQUNGO0FBR08sU0FBU0UsUUFBTyxXQUFtRDtBQUN4RSxNQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsTUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxTQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0FBQ3hEOzs7QUMvTkEsU0FBUyxjQUFjLE9BQWUsR0FBNkI7QUFDakUsUUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxRQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZLFlBQVksRUFBRSxVQUFVQyxRQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFFBQU1DLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELE1BQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSxlQUFlLFVBQVUsUUFBUSxDQUFDO0FBQzFELFNBQU8sR0FBR0EsS0FBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLFlBQVksUUFBUSxFQUFFLENBQUMsc0JBQXNCLFVBQVUsUUFBUSxDQUFDO0FBQUE7QUFDbEo7QUFFQSxTQUFTLFVBQVUsT0FBZSxTQUEwQjtBQUMxRCxRQUFNLFNBQVMsVUFBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixTQUFPLDRCQUE0QixLQUFLO0FBQUEsd0JBQW9ELE1BQU0sZUFBZSxNQUFNO0FBQUE7QUFDekg7QUFFTyxTQUFTLFlBQVksU0FBMEI7QUFDcEQsUUFBTSxPQUFPLFFBQVE7QUFDckIsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNLFNBQVMsUUFBUSxJQUFJLFlBQVksVUFBVSxJQUFJO0FBQ3JELFFBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsUUFBTUMsYUFBWSxRQUFRLElBQUksZUFBZSxLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ2pFLFFBQU0sUUFBUSxVQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxRQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sV0FBV0EsUUFBTztBQUFBLElBQzFHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLHVCQUF1QkEsUUFBTztBQUFBLElBQ3BILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ2hDQSxTQUFTLGVBQWUsTUFBb0M7QUFDMUQsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUs7QUFBQSxNQUNOLENBQUMsTUFDQyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsTUFBTSxhQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNLFlBQVksRUFBRSxVQUFVQyxRQUFPLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDbEg7QUFBQSxFQUNGO0FBQ0Y7QUFFTyxTQUFTLGVBQWUsU0FBMEI7QUFDdkQsUUFBTSxPQUFPLFFBQVE7QUFDckIsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFFBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFdBQVcsSUFDaEIsU0FBUyxLQUFLLE1BQU0sdUJBQ3BCLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNO0FBQzVDLFFBQU0sUUFBUSxDQUFDLGtCQUFrQixhQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLE1BQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLFVBQU07QUFBQSxNQUNKO0FBQUEsTUFDQSxZQUFZLE9BQU8sTUFBTSxvQkFBb0IsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsTUFDM0U7QUFBQSxNQUNBLEdBQUcsZUFBZSxNQUFNO0FBQUEsTUFDeEI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxZQUFZLFFBQVE7QUFDMUIsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNO0FBQUEsUUFDSixLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztBQUFBLE1BQ3ROO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyxFQUFFO0FBQUEsRUFDZjtBQUNBLFFBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsUUFBTSxTQUFTLGlCQUFpQixPQUFPO0FBQ3ZDLE1BQUksT0FBUSxPQUFNLEtBQUssR0FBRyxRQUFTLGFBQWEsSUFBSSxRQUFRLEVBQUUsR0FBRyxtQkFBbUIsTUFBTSxDQUFDLElBQUksRUFBRTtBQUNqRyxNQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxVQUFNLEtBQUssZ0ZBQWdGLHNCQUFzQjtBQUNqSCxlQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLFlBQU07QUFBQSxRQUNKLEtBQUssbUJBQW1CLElBQUksUUFBUSxDQUFDLE1BQU0sWUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLE9BQU8sUUFBUSxZQUFZLElBQUksVUFBVSxPQUFPLENBQUMsTUFBTSxJQUFJLFlBQVksT0FBTyxjQUFjLFlBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUFBLE1BQ3JPO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyxFQUFFO0FBQUEsRUFDZjtBQUNBLFFBQU0sS0FBSyxtQkFBbUIsY0FBYyxRQUFRLFNBQVMsQ0FBQyxHQUFHLEVBQUU7QUFDbkUsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkRBLElBQU0sV0FBVyxvQkFBSSxJQUFJO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFDRCxJQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFDZCxNQUNBQyxVQUNRO0FBQ1IsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU07QUFBQSxJQUNKLEVBQUU7QUFBQSxNQUNBLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7QUFBQSxJQUNyTjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTTtBQUFBLE1BQ0o7QUFBQSxNQUNBLEVBQUU7QUFBQSxRQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDMUk7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTTtBQUFBLFFBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztBQUFBLE1BQ2hMO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsa0JBQWtCLE1BQU1BLFNBQVEsb0JBQW9CO0FBQ3BFLFFBQU0sU0FBUyxpQkFBaUIsT0FBTztBQUN2QyxNQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsTUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLGVBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksWUFBWSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ3ZHO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNO0FBQUEsSUFDSixLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUM7QUFBQSxFQUNuTjtBQUNBLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNO0FBQUEsSUFDSixhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQzNPO0FBQ0EsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUM5R0EsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELFNBQVMsa0JBQWtCLE1BQW1CO0FBQ25ELFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCO0FBQUEsTUFDbEMsUUFBUSxZQUFZLE1BQU07QUFBQSxRQUN4QixVQUFVLEtBQUs7QUFBQSxRQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtBQUFBLFFBQ25DLHNCQUFzQixLQUFLO0FBQUEsTUFDN0IsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVU7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFVBQ0UsVUFBVSxLQUFLO0FBQUEsVUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsVUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsVUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFVBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxVQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsVUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLFFBQ3RDO0FBQUEsUUFDQSxLQUFLO0FBQUEsTUFDUDtBQUVBLFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE9BQU87QUFDN0MsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsT0FBTztBQUFBLElBQ25EO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDOUNBLFNBQVMsV0FBQUMsZ0JBQWU7QUFTeEIsSUFBTSxXQUFXLElBQUlDLFNBQVEsVUFBVTtBQVl2QyxJQUFJO0FBR0csU0FBU0MsZUFBY0MsU0FBZ0IsTUFBb0I7QUFDaEUsU0FBTyxTQUFTLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM5QztBQU1PLFNBQVMsWUFDZCxXQUNzQztBQUN0QyxTQUFPLElBQUksU0FBUztBQUNsQixRQUFJLE9BQVEsUUFBTyxVQUFVLEdBQUcsSUFBSTtBQUNwQyxXQUFPLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxVQUFVO0FBQ3ZDLGVBQVM7QUFDVCxnQkFBVSxHQUFHLElBQUk7QUFBQSxJQUNuQixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUMzQ0EsT0FBT0MsV0FBVTtBQWdDakIsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUMzRSxJQUFNLFNBQVMsQ0FBQyxTQUFzQixLQUFLLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBRzNHLElBQU0sa0JBQWtCO0FBQUEsRUFDN0IsUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLFFBQVE7QUFBQSxJQUNwQixNQUFNLENBQUMsTUFBTSxJQUFJO0FBQUEsSUFDakIsc0JBQXNCO0FBQUEsSUFDdEIsT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxPQUFPLENBQUM7QUFBQSxFQUNyQztBQUFBO0FBQUEsRUFFQSxPQUFPO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsT0FBTztBQUFBLElBQ25CLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ2hDLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU87QUFBQSxNQUNMLENBQUMsRUFBRSxLQUFLLEdBQUcsT0FBTyxRQUFRQyxZQUFXO0FBQ25DLGNBQU0sVUFBVSxZQUFZLE1BQU0sV0FBV0MsZUFBY0QsU0FBUSxTQUFTLENBQUM7QUFDN0UsWUFBSSxRQUFTLE1BQUssTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRO0FBQUEsTUFDekQ7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsT0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGdCQUFnQixjQUFjLGFBQWE7QUFBQSxJQUN2RCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2Isc0JBQXNCO0FBQUEsSUFDdEIsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssTUFBTSxLQUFLLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQztBQUFBLE1BQzVDLENBQUMsRUFBRSxLQUFLLEdBQUcsU0FBUyxLQUFLLFVBQVUsT0FBTyxJQUFJLENBQUM7QUFBQSxNQUMvQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxXQUFXLE9BQU8sSUFBSSxHQUFHLENBQUM7QUFBQSxJQUNyRDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFFBQVE7QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxTQUFTO0FBQUEsSUFDckIsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNiLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxPQUFPLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDckQ7QUFBQSxFQUNBLFFBQVE7QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxpQkFBaUIsaUJBQWlCLGVBQWU7QUFBQSxJQUM3RCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2Isc0JBQXNCO0FBQUE7QUFBQSxJQUV0QixPQUFPO0FBQUEsTUFDTCxDQUFDLEVBQUUsS0FBSyxHQUFHLE9BQU8sVUFBVTtBQUMxQixjQUFNLFVBQVUsS0FBSyxhQUFhO0FBQUEsVUFDaEMsT0FBTyxNQUFNLFdBQVc7QUFBQSxVQUN4QixPQUFPO0FBQUEsVUFDUCxPQUFPO0FBQUEsVUFDUCxlQUFlO0FBQUEsUUFDakIsQ0FBQztBQUNELFlBQUksQ0FBQyxRQUFRLEtBQU07QUFDbkIsYUFBSyxhQUFhLFFBQVEsS0FBSyxJQUFJLEVBQUUsT0FBTyxXQUFXLENBQUM7QUFDeEQsYUFBSyxhQUFhLFFBQVEsS0FBSyxFQUFFO0FBQUEsTUFDbkM7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsVUFBVTtBQUFBLElBQ1IsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGlCQUFpQjtBQUFBLElBQzdCLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ2hDLHNCQUFzQjtBQUFBO0FBQUEsSUFDdEIsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFVBQVU7QUFDMUIsY0FBTSxVQUFVLEtBQUssYUFBYTtBQUFBLFVBQ2hDLE9BQU8sTUFBTSxTQUFTO0FBQUEsVUFDdEIsT0FBTztBQUFBLFVBQ1AsT0FBTztBQUFBLFVBQ1AsZUFBZTtBQUFBLFFBQ2pCLENBQUM7QUFDRCxZQUFJLFFBQVEsS0FBTSxNQUFLLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFBQSxNQUNqRDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsZUFBZTtBQUFBLElBQzNCLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ2hDLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU8sZUFBZTtBQUFBLE1BQ3BCLENBQUMsV0FDQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQ1QsS0FBSyxhQUFhLE9BQU8sSUFBSSxHQUFHLE1BQU07QUFBQSxJQUM1QztBQUFBLEVBQ0Y7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxlQUFlLGNBQWMsYUFBYTtBQUFBLElBQ3RELE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDYixzQkFBc0I7QUFBQSxJQUN0QixPQUFPLENBQUMsQ0FBQyxFQUFFLE9BQUFFLE9BQU0sTUFBTUEsT0FBTSxXQUFXLEdBQUcsQ0FBQyxFQUFFLE9BQUFBLE9BQU0sTUFBTUEsT0FBTSxVQUFVLEVBQUUsR0FBRyxDQUFDLEVBQUUsT0FBQUEsT0FBTSxNQUFNQSxPQUFNLFdBQVcsQ0FBQztBQUFBLEVBQ2xIO0FBQ0Y7QUFHTyxTQUFTLHVCQUErQztBQUM3RCxTQUFPLE9BQU8sWUFBWSxPQUFPLFFBQVEsZUFBZSxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxNQUFNLENBQUMsTUFBTSxNQUFNLG9CQUFvQixDQUFDLENBQUM7QUFDdEg7QUFHTyxTQUFTLG1CQUErQjtBQUM3QyxTQUFPLE9BQU8sT0FBTyxlQUFlLEVBQUUsUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTO0FBQzFFO0FBR0EsZUFBc0Isc0JBQXNCRixTQUE0QztBQUN0RixRQUFNLE9BQU8sTUFBTSxXQUFXQSxTQUFRLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFDcEQsUUFBTSxTQUFTLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDcEYsUUFBTSxTQUFTLE9BQU8sYUFBYTtBQUFBLElBQ2pDLE9BQU8sWUFBWSxLQUFLLEtBQUs7QUFBQSxJQUM3QixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlO0FBQUEsRUFDakIsQ0FBQztBQUNELE1BQUksQ0FBQyxPQUFPO0FBQ1YsVUFBTSxJQUFJLE1BQU0sOEVBQThFLE9BQU8sTUFBTSxHQUFHO0FBQ2hILFFBQU0sTUFBTSxPQUFPLFNBQVMsT0FBTyxLQUFLLEVBQUU7QUFDMUMsTUFBSSxDQUFDLElBQUk7QUFDUCxVQUFNLElBQUksTUFBTSwyRUFBMkUsSUFBSSxNQUFNLEdBQUc7QUFDMUcsU0FBTyxFQUFFLEdBQUcsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPO0FBQzNDO0FBRUEsSUFBSTtBQUNKLElBQUksT0FBTztBQUdKLFNBQVMsYUFBYUEsU0FBZ0IsT0FBc0IsTUFBK0I7QUFDaEcsY0FBWTtBQUFBLElBQ1YsTUFBTSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxPQUFPO0FBQUEsSUFDM0UsT0FBTyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxLQUFLO0FBQUEsRUFDNUU7QUFDQSxRQUFNLE9BQU8sTUFBTSxNQUFNLFNBQVMsTUFBTSxNQUFNLE1BQU07QUFFcEQ7QUFBQSxJQUNFO0FBQUEsSUFDQTtBQUFBLElBQ0EsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNRyxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CO0FBQUEsSUFDM0ZIO0FBQUEsRUFDRjtBQUNGOzs7QUM1S0EsSUFBTSxNQUFNLEVBQUUsT0FBTyxVQUFVO0FBRS9CLFNBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUNqRSxNQUFJLGFBQWEsU0FBVSxRQUFPLFFBQVE7QUFDMUMsTUFBSSxhQUFhLGdCQUFpQixRQUFPLFFBQVE7QUFDakQsTUFBSSxhQUFhLFFBQVMsUUFBTyxRQUFRO0FBQ3pDLFNBQU8sUUFBUTtBQUNqQjtBQUdPLFNBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUN4RSxTQUFPLEtBQUssSUFBSSxRQUFRLFVBQVUsWUFBWSxVQUFVLE9BQU8sQ0FBQztBQUNsRTtBQWtDTyxTQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDRjtBQW1CTyxTQUFTLG9CQUFvQixTQUFrQixXQUFnQ0ksWUFBMkI7QUFDL0csU0FBTyxVQUFVLFFBQVEsQ0FBQyxhQUFhO0FBQUEsSUFDckM7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUU7QUFBQSxRQUNsRixFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sWUFBWSxVQUFVLE9BQU8sRUFBRTtBQUFBLE1BQ3BGO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBT0EsV0FBVSxDQUFDO0FBQUEsSUFDdkU7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUdPLFNBQVMsYUFBYSxPQUFlLFdBQTJCO0FBQ3JFLFNBQU8sS0FBSyxNQUFNLFFBQVEsWUFBWSxJQUFJO0FBQzVDO0FBT08sU0FBUyxzQkFDZCxXQUNBLE9BQ0FDLFFBQ1E7QUFDUixTQUFPLE9BQU8sUUFBUSxTQUFTLEVBQzVCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLGNBQWMsUUFBUSxDQUFDLEVBQ2hELElBQUksQ0FBQyxDQUFDLE1BQU0sUUFBUSxPQUFPO0FBQUEsSUFDMUIsUUFBUTtBQUFBLElBQ1IsTUFBTSxFQUFFLFVBQVUsS0FBSztBQUFBLElBQ3ZCLE9BQU87QUFBQSxNQUNMO0FBQUEsUUFDRSxNQUFNO0FBQUEsUUFDTixJQUFJO0FBQUEsUUFDSixPQUFPLGFBQWEsT0FBTyxvQkFBb0IsUUFBUSxDQUFDO0FBQUEsUUFDeEQsR0FBSUEsU0FBUSxFQUFFLGFBQWEsTUFBTSxHQUFHQSxPQUFNLElBQUksQ0FBQztBQUFBLE1BQ2pEO0FBQUEsSUFDRjtBQUFBLEVBQ0YsRUFBRTtBQUNOOzs7QUNwR0EsSUFBTUMsVUFBUyxjQUFjLEtBQUs7QUFDbEMsSUFBTSxFQUFFLE1BQU0sVUFBVSxJQUFJLFNBQVMsU0FBUyxLQUFLO0FBR25ELFNBQVMsU0FBUyxPQUFzQjtBQUN0QyxTQUFPLGFBQWE7QUFBQSxJQUNsQixVQUFVLE1BQU0sS0FBSyxJQUFJO0FBQUEsSUFDekIsc0JBQXNCLE1BQU07QUFBQSxJQUM1QixhQUFhLEtBQUssSUFBSSxHQUFHLE1BQU0sVUFBVSxJQUFJLENBQUMsYUFBYSxZQUFZLFVBQVVBLFFBQU8sT0FBTyxDQUFDLENBQUM7QUFBQSxJQUNqRyxVQUFVQSxRQUFPO0FBQUEsRUFDbkIsQ0FBQztBQUNIO0FBRU8sSUFBTSxVQUFVLGFBQWFBLFNBQVEsTUFBTTtBQUNoRCxRQUFNLFlBQVksT0FBTztBQUFBLElBQ3ZCLE9BQU8sUUFBUSxlQUFlLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLE1BQStCO0FBQUEsTUFDOUU7QUFBQSxNQUNBLGFBQWEsTUFBTSxNQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUdBLFFBQU8sV0FBVyxTQUFTLEtBQUssQ0FBQztBQUFBLElBQzlFLENBQUM7QUFBQSxFQUNIO0FBQ0EsU0FBTztBQUFBLElBQ0wsT0FBTyxDQUFDO0FBQUE7QUFBQSxJQUNSLFdBQVdBLFFBQU87QUFBQSxJQUNsQjtBQUFBLElBQ0EsT0FBTztBQUFBLE1BQ0wsR0FBRyxvQkFBb0JBLFFBQU8sU0FBUyxpQkFBaUIsR0FBRyxTQUFTO0FBQUEsTUFDcEUsR0FBRyxzQkFBc0IsV0FBV0EsUUFBTyxRQUFRLFlBQVk7QUFBQSxNQUMvRCxHQUFHLFdBQVc7QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFDRixDQUFDO0FBR00sSUFBTSxnQkFBZ0Isa0JBQWtCLEVBQUUsVUFBVSxPQUFPLHNCQUFzQixxQkFBcUIsRUFBRSxDQUFDO0FBRXpHLFNBQVMsUUFBb0M7QUFDbEQsU0FBTyxzQkFBc0JBLE9BQU07QUFDckM7QUFFQSxJQUFNLElBQUk7QUFDSCxJQUFNLFNBQVMsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQy9FLElBQU1DLFNBQVEsWUFBWSxDQUFDLFNBQTRCLGFBQWFELFNBQVEsRUFBRSxPQUFPLElBQUksQ0FBQztBQUMxRixJQUFNLFFBQVEsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsT0FBTyxJQUFJO0FBQzdFLElBQU0sU0FBUyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDL0UsSUFBTSxTQUFTLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUMvRSxJQUFNLFdBQVcsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsVUFBVSxJQUFJO0FBQ25GLElBQU0sZUFBZSxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDckYsSUFBTSxRQUFRLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLE9BQU8sSUFBSTsiLAogICJuYW1lcyI6IFsidGV4dCIsICJmYWlsIiwgImFkbWluIiwgImNvbmZpZyIsICJzZWNvbmRzIiwgInRleHQiLCAidGV4dCIsICJyYXRlIiwgImV4ZWMiLCAiZXhlYyIsICJjb25maWciLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImV4ZWMiLCAic2xlZXAiLCAiZXhlYyIsICJodHRwIiwgImh0dHAiLCAic3RhdHVzIiwgImh0dHAiLCAicGFyYW1zIiwgInNoYXBlIiwgImh0dHAiLCAic3RhdHVzIiwgInNsZWVwIiwgImh0dHAiLCAiY291bnQiLCAiaHR0cCIsICJzbGVlcCIsICJjb25maWciLCAiZ2VuZXJhdGUiLCAib3BlbiIsICJzdGF0dXMiLCAiZXhlYyIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAic2VjcmV0IiwgInNsZWVwIiwgIm9wdGlvbnMiLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAidGV4dCIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAicmVxdWVzdHNQZXJJdGVyYXRpb24iLCAiaXRlcmF0aW9ucyIsICJyZXF1ZXN0c1Blckl0ZXJhdGlvbiIsICJleHByZXNzaW9uIiwgInVuaXRPZiIsICJ1bml0T2YiLCAib3BlbiIsICJzZWNvbmRzIiwgInVuaXRPZiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJjbGFzc1Bhc3N3b3JkIiwgImNvbmZpZyIsICJleGVjIiwgImNvbmZpZyIsICJjbGFzc1Bhc3N3b3JkIiwgImFkbWluIiwgImV4ZWMiLCAiZXJyb3JSYXRlIiwgImFib3J0IiwgImNvbmZpZyIsICJsb2dpbiJdCn0K
