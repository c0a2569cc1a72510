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
  const rampUpS = seconds(0, 24 * 3600)(
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
    rampDownS: seconds(0, 3600)(env, "PERFORMANCE_RAMP_DOWN", Math.min(10, rampUpS)),
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
  return statusCallbacks[status2] ??= http2.expectedStatuses(status2);
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
function resourcesLine(data) {
  const memory = metricValue(data, "server_memory_mb", "max");
  const cpu = metricValue(data, "server_cpu_percent", "p(95)");
  if (memory === null && cpu === null) return "server resources: not measured (no sidecar)";
  const missing = metricValue(data, "server_samples_missing", "count") ?? 0;
  const growth = metricValue(data, "server_memory_growth_mb_per_min", "max");
  return [
    `server resources over the load: memory peak ${formatValue(memory, "value")} MB`,
    `CPU p95 ${formatValue(cpu, "value")}% of available CPUs`,
    ...growth === null ? [] : [`memory growth ${formatValue(growth, "value")} MB/min`],
    `samples missing ${missing}`
  ].join(", ");
}

// lib/report/junit.ts
function junitReport(data, options2) {
  const rows = thresholdRows(data);
  const failures = rows.filter((r) => !r.ok).length;
  const seconds2 = ((data.state?.testRunDurationMs ?? 0) / 1e3).toFixed(3);
  const suite = escapeXml(`course-perf.${options2.scenario}`);
  const cases = rows.map((r) => {
    const name = escapeXml(`${r.metric} ${r.expression}`);
    const observed = escapeXml(formatValue(r.observed, r.unit));
    const open2 = `    <testcase classname="${suite}" name="${name}" time="0">`;
    if (r.ok) return `${open2}<system-out>observed ${observed}</system-out></testcase>`;
    return `${open2}
      <failure message="${escapeXml(`${r.metric} ${r.expression} failed: observed ${formatValue(r.observed, r.unit)}`)}" type="threshold">observed ${observed}</failure>
    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="course-perf" tests="${rows.length}" failures="${failures}" errors="0" time="${seconds2}">`,
    `  <testsuite name="${suite}" tests="${rows.length}" failures="${failures}" errors="0" skipped="0" time="${seconds2}">`,
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
      (r) => `| ${r.ok ? "✅" : "❌"} | ${markdownCode(`${r.metric} ${r.expression}`)} | ${formatValue(r.observed, r.unit)} |`
    )
  ];
}
function markdownReport(data, options2) {
  const rows = thresholdRows(data);
  const failed = rows.filter((r) => !r.ok);
  const passed = rows.filter((r) => r.ok);
  const lines = [
    `## course-perf ${markdownCode(options2.scenario, { inTable: false })}: ${failed.length === 0 ? `✅ all ${rows.length} thresholds passed` : `❌ ${failed.length} of ${rows.length} thresholds failed`}`,
    ""
  ];
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
  const endpoints = endpointRows(data);
  if (endpoints.length > 0) {
    lines.push("| endpoint | requests | p50 | p95 | p99 | max | errors |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const e of endpoints) {
      lines.push(
        `| ${escapeMarkdownCell(e.endpoint)} | ${e.requests} | ${formatValue(e.p50, "ms")} | ${formatValue(e.p95, "ms")} | ${formatValue(e.p99, "ms")} | ${formatValue(e.max, "ms")} | ${formatValue(e.errorRate, "percent")} |`
      );
    }
    lines.push("");
  }
  const dropped = droppedIterations(data, options2.requestsPerIteration);
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
  lines.push(escapeMarkdownCell(resourcesLine(data)), "");
  return lines.join("\n");
}

// lib/report/results.ts
var RESULTS_SCHEMA_VERSION = 1;
function buildResults(data, meta, requestsPerIteration2 = {}) {
  const thresholds = thresholdRows(data).map(({ metric, expression: expression2, ok, observed }) => ({
    metric,
    expression: expression2,
    ok,
    observed
  }));
  const measured = data.metrics?.server_memory_mb || data.metrics?.server_cpu_percent;
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: { ...meta, duration_ms: data.state?.testRunDurationMs ?? null },
    verdict: thresholds.every((t) => t.ok) ? "passed" : "failed",
    thresholds,
    endpoints: endpointRows(data),
    dropped: droppedIterations(data, requestsPerIteration2),
    metrics: Object.fromEntries(Object.entries(data.metrics ?? {}).map(([name, m]) => [name, m.values ?? {}])),
    resources: measured ? {
      memory_mb_peak: metricValue(data, "server_memory_mb", "max"),
      cpu_percent_p95: metricValue(data, "server_cpu_percent", "p(95)"),
      memory_growth_mb_per_min: metricValue(data, "server_memory_growth_mb_per_min", "max"),
      samples_missing: metricValue(data, "server_samples_missing", "count") ?? 0
    } : null
  };
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
      out[`${dir}/junit.xml`] = junitReport(data, meta);
      out[`${dir}/summary.md`] = markdownReport(data, meta);
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
      ({ user }, data, _title, config3) => {
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
var rate = envNumber(__ENV, "API_RATE", 5, { min: 0.1, max: 1e4, what: "iterations per second" });
var errorRate = envNumber(__ENV, "API_ERROR_RATE", 0.01, { min: 0, max: 1, what: "a fraction (e.g. 0.01)" });
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsICIuLi9saWIvbG9hZC9kdXJhdGlvbi50cyIsICIuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCAiLi4vbGliL2NvbmZpZy9lbnYudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCAiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCAiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCAiLi4vbGliL3JlcG9ydC9qdW5pdC50cyIsICIuLi9saWIvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L3RleHQudHMiLCAiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsICIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL2VuZHBvaW50LWdyb3Vwcy50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgIi4uL3NjZW5hcmlvcy9hcGkudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKipcbiAgICogTG9naW4gY2hlY2tzIGEgcGFzc3dvcmQgaGFzaCAoc2NyeXB0LCBiY3J5cHQpLCB3aGljaCBjb3N0cyB0ZW5zIG9mIG1zIG9mIENQVSBieSBkZXNpZ24sIGFuZCBldmVyeVxuICAgKiBWVSBsb2dzIGluIGFzIGl0IGFycml2ZXM6IGEgYnVkZ2V0IG9mIGl0cyBvd24sIHNvIGEgbG9naW4gc3Rvcm0gaXMgZ2F0ZWQgd2l0aG91dCBoaWRpbmcgQVBJIGxhdGVuY3kgKG1zKS5cbiAgICovXG4gIGxvZ2luUDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKipcbiAgICogU2hhcmUgb2YgYW4gb3Blbi1tb2RlbCBzY2VuYXJpbydzIHNjaGVkdWxlZCBpdGVyYXRpb25zIGs2IG1heSBkcm9wIGZvciB3YW50IG9mIGEgZnJlZSBWVSAoMC0xKTpcbiAgICogcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSwgd2hvc2UgbGF0ZW5jeSBubyBwZXJjZW50aWxlIGhvbGRzLlxuICAgKi9cbiAgZHJvcHBlZFNoYXJlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGxvZ2luUDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgZHJvcHBlZFNoYXJlOiAwLjAxLFxuICBtZW1vcnlNYjogMTAyNCxcbiAgY3B1UGVyY2VudDogODAsXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiAxMCxcbn0pO1xuIiwgIi8vIFRoZSB1c2VyIHBvb2wncyB0d28gc291cmNlcywgYXMgcHVyZSBmdW5jdGlvbnMgKG5vIGs2IGltcG9ydHMpIHNvIHRoZSBkZW1vIHBsYXRmb3JtLCB0aGUgcnVubmVyXG4vLyBhbmQgdGhlIHVuaXQgdGVzdHMgc2hhcmUgdGhlbSB3aXRoIHRoZSBrNiBzaWRlOlxuLy8gLSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFLCBhIENTViBgZW1haWwscGFzc3dvcmQscm9sZWAgKG9uZSBhY2NvdW50IHBlciBsaW5lKTtcbi8vIC0gYSBkZW1vIHBvb2wgc3BlYyBgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTBgIChERU1PX1VTRVJTKSwgd2hvc2UgYWNjb3VudHMgYXJlIG5hbWVkXG4vLyAgIGByZWd1bGFyLTAwMDFAZXhhbXBsZS5jb21gIC4uLiBhbmQgc2hhcmUgb25lIHBhc3N3b3JkIHBlciByb2xlLlxuLy8gQSBDU1YgcGFyc2VyIG9mIG91ciBvd24gYmVjYXVzZSB0aGUgZmlsZSBtdXN0IGJlIGNoZWNrZWQgbGluZSBieSBsaW5lIHdpdGggdGhlIGxpbmUgbmFtZWQgaW5cbi8vIHRoZSBtZXNzYWdlLCBhbmQgaXQgcnVucyBvbmNlIHBlciB0ZXN0IChpbnNpZGUgYSBTaGFyZWRBcnJheSBjYWxsYmFjayk7IGs2J3MgZXhwZXJpbWVudGFsIGNzdlxuLy8gbW9kdWxlIHJldHVybnMgYmFyZSByZWNvcmRzIHdpdGhvdXQgbGluZSBudW1iZXJzIGFuZCBuZWVkcyB0b3AtbGV2ZWwgYXdhaXQgaW4gZXZlcnkgVlUuXG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgY29uc3QgUk9MRVM6IHJlYWRvbmx5IFJvbGVbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuXG5leHBvcnQgaW50ZXJmYWNlIEFjY291bnQge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgdHlwZSBBY2NvdW50cyA9IFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuZXhwb3J0IHR5cGUgUG9vbFNpemVzID0gUmVjb3JkPFJvbGUsIG51bWJlcj47XG5cbmV4cG9ydCBjbGFzcyBVc2Vyc0ZpbGVFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdVc2Vyc0ZpbGVFcnJvcic7XG59XG5cbi8qKlxuICogUmVhZHMgYSB1c2VycyBDU1Y6IGhlYWRlciBgZW1haWwscGFzc3dvcmQscm9sZWAgKGFueSBjb2x1bW4gb3JkZXIsIGNhc2UtaW5zZW5zaXRpdmUpLCBSRkMgNDE4MFxuICogcXVvdGluZyAoXCJhLGJcIiBhbmQgXCJcIiBpbnNpZGUgcXVvdGVzKSwgYmxhbmsgbGluZXMgc2tpcHBlZC4gRXZlcnkgcHJvYmxlbSBuYW1lcyB0aGUgZmlsZSBhbmQgbGluZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVXNlcnNDc3YodGV4dDogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiBBY2NvdW50cyB7XG4gIGNvbnN0IGFjY291bnRzOiBBY2NvdW50cyA9IHsgcmVndWxhcjogW10sIHBvd2VyOiBbXSwgYWRtaW46IFtdIH07XG4gIGNvbnN0IGZhaWwgPSAobGluZTogbnVtYmVyLCBwcm9ibGVtOiBzdHJpbmcpOiBuZXZlciA9PiB7XG4gICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7ZmlsZX0sIGxpbmUgJHtsaW5lfTogJHtwcm9ibGVtfWApO1xuICB9O1xuICBsZXQgY29sdW1uczogUmVjb3JkPCdlbWFpbCcgfCAncGFzc3dvcmQnIHwgJ3JvbGUnLCBudW1iZXI+IHwgdW5kZWZpbmVkO1xuICBsZXQgd2lkdGggPSAwO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGJvZHkgPSB0ZXh0LmNoYXJDb2RlQXQoMCkgPT09IDB4ZmVmZiA/IHRleHQuc2xpY2UoMSkgOiB0ZXh0OyAvLyBhIEJPTSBmcm9tIHNwcmVhZHNoZWV0IGV4cG9ydHNcbiAgY29uc3QgbGluZXMgPSBib2R5LnNwbGl0KC9cXHI/XFxuLyk7XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgbGluZXMubGVuZ3RoOyBuKyspIHtcbiAgICBjb25zdCBsaW5lID0gbGluZXNbbl0hO1xuICAgIGlmIChsaW5lLnRyaW0oKSA9PT0gJycpIGNvbnRpbnVlO1xuICAgIC8vIEZpZWxkcyBvZiBvbmUgbGluZTogcXVvdGVkIGZpZWxkcyBtYXkgaG9sZCBjb21tYXMgYW5kIGRvdWJsZWQgcXVvdGVzIChub3QgbGluZSBicmVha3MpLlxuICAgIGNvbnN0IGZpZWxkczogc3RyaW5nW10gPSBbXTtcbiAgICBsZXQgZmllbGQgPSAnJztcbiAgICBsZXQgcXVvdGVkID0gZmFsc2U7XG4gICAgbGV0IHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGluZS5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgYyA9IGxpbmVbaV07XG4gICAgICBpZiAocXVvdGVkKSB7XG4gICAgICAgIGlmIChjID09PSAnXCInICYmIGxpbmVbaSArIDFdID09PSAnXCInKSAoZmllbGQgKz0gJ1wiJyksIGkrKztcbiAgICAgICAgZWxzZSBpZiAoYyA9PT0gJ1wiJykgcXVvdGVkID0gZmFsc2U7XG4gICAgICAgIGVsc2UgZmllbGQgKz0gYztcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJywnKSB7XG4gICAgICAgIGZpZWxkcy5wdXNoKHdhc1F1b3RlZCA/IGZpZWxkIDogZmllbGQudHJpbSgpKTtcbiAgICAgICAgZmllbGQgPSAnJztcbiAgICAgICAgd2FzUXVvdGVkID0gZmFsc2U7XG4gICAgICB9IGVsc2UgaWYgKGMgPT09ICdcIicgJiYgZmllbGQudHJpbSgpID09PSAnJykge1xuICAgICAgICBxdW90ZWQgPSB3YXNRdW90ZWQgPSB0cnVlO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgfSBlbHNlIGZpZWxkICs9IGM7XG4gICAgfVxuICAgIGlmIChxdW90ZWQpIGZhaWwobiArIDEsICdhIHF1b3RlZCBmaWVsZCBpcyBub3QgY2xvc2VkJyk7XG4gICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgIGlmICghY29sdW1ucykge1xuICAgICAgY29uc3QgbmFtZXMgPSBmaWVsZHMubWFwKChmKSA9PiBmLnRvTG93ZXJDYXNlKCkpO1xuICAgICAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nKSA9PiBuYW1lcy5pbmRleE9mKG5hbWUpO1xuICAgICAgaWYgKGF0KCdlbWFpbCcpIDwgMCB8fCBhdCgncGFzc3dvcmQnKSA8IDAgfHwgYXQoJ3JvbGUnKSA8IDApIHtcbiAgICAgICAgZmFpbChuICsgMSwgYHRoZSBmaXJzdCBsaW5lIG11c3QgYmUgdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlIChnb3QgJHtKU09OLnN0cmluZ2lmeShsaW5lLnNsaWNlKDAsIDgwKSl9KWApO1xuICAgICAgfVxuICAgICAgY29sdW1ucyA9IHsgZW1haWw6IGF0KCdlbWFpbCcpLCBwYXNzd29yZDogYXQoJ3Bhc3N3b3JkJyksIHJvbGU6IGF0KCdyb2xlJykgfTtcbiAgICAgIHdpZHRoID0gZmllbGRzLmxlbmd0aDtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoZmllbGRzLmxlbmd0aCAhPT0gd2lkdGgpIGZhaWwobiArIDEsIGBleHBlY3RlZCAke3dpZHRofSBmaWVsZHMgbGlrZSB0aGUgaGVhZGVyLCBnb3QgJHtmaWVsZHMubGVuZ3RofWApO1xuICAgIGNvbnN0IGVtYWlsID0gZmllbGRzW2NvbHVtbnMuZW1haWxdID8/ICcnO1xuICAgIGNvbnN0IHBhc3N3b3JkID0gZmllbGRzW2NvbHVtbnMucGFzc3dvcmRdID8/ICcnO1xuICAgIGNvbnN0IHJvbGUgPSAoZmllbGRzW2NvbHVtbnMucm9sZV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG4gICAgaWYgKGVtYWlsID09PSAnJykgZmFpbChuICsgMSwgJ2VtcHR5IGVtYWlsJyk7XG4gICAgaWYgKHBhc3N3b3JkID09PSAnJykgZmFpbChuICsgMSwgYGVtcHR5IHBhc3N3b3JkIGZvciAke2VtYWlsfWApO1xuICAgIGlmICghKFJPTEVTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyhyb2xlKSlcbiAgICAgIGZhaWwobiArIDEsIGB1bmtub3duIHJvbGUgJHtKU09OLnN0cmluZ2lmeShyb2xlKX0gZm9yICR7ZW1haWx9ICh1c2UgcmVndWxhciwgcG93ZXIgb3IgYWRtaW4pYCk7XG4gICAgaWYgKHNlZW4uaGFzKGVtYWlsLnRvTG93ZXJDYXNlKCkpKSBmYWlsKG4gKyAxLCBgJHtlbWFpbH0gaXMgbGlzdGVkIHR3aWNlYCk7XG4gICAgc2Vlbi5hZGQoZW1haWwudG9Mb3dlckNhc2UoKSk7XG4gICAgYWNjb3VudHNbcm9sZSBhcyBSb2xlXS5wdXNoKHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG4gIGlmICghY29sdW1ucykgZmFpbCgxLCAndGhlIGZpbGUgaXMgZW1wdHk6IGl0IG5lZWRzIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSBhbmQgb25lIGxpbmUgcGVyIGFjY291bnQnKTtcbiAgcmV0dXJuIGFjY291bnRzO1xufVxuXG4vKiogYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAtPiBzaXplczsgYSByb2xlIGxlZnQgb3V0IGhhcyBub25lLiBUaHJvd3MgbmFtaW5nIGBuYW1lYCBvbiBhbnl0aGluZyBlbHNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUG9vbFNwZWMoc3BlYzogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMge1xuICBjb25zdCBzaXplczogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAncm9sZTpjb3VudCBwYWlycyBzdWNoIGFzIHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwJztcbiAgZm9yIChjb25zdCBwYXJ0IG9mIHNwZWNcbiAgICAuc3BsaXQoJywnKVxuICAgIC5tYXAoKHApID0+IHAudHJpbSgpKVxuICAgIC5maWx0ZXIoKHApID0+IHAgIT09ICcnKSkge1xuICAgIGNvbnN0IG1hdGNoID0gL14ocmVndWxhcnxwb3dlcnxhZG1pbik6KFxcZHsxLDZ9KSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKCFtYXRjaClcbiAgICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBcIiR7cGFydH1cIiBpcyBub3Qgb25lIG9mICR7ZXhwZWN0ZWR9YCk7XG4gICAgc2l6ZXNbbWF0Y2hbMV0gYXMgUm9sZV0gPSBOdW1iZXIobWF0Y2hbMl0pO1xuICB9XG4gIGlmIChzaXplcy5yZWd1bGFyICsgc2l6ZXMucG93ZXIgKyBzaXplcy5hZG1pbiA9PT0gMClcbiAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHNwZWMpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbiAgcmV0dXJuIHNpemVzO1xufVxuXG4vKiogVGhlIGVtYWlsIG9mIHRoZSBuLXRoIChmcm9tIDEpIGRlbW8gcG9vbCBhY2NvdW50IG9mIGEgcm9sZTogcmVndWxhci0wMDAxQGV4YW1wbGUuY29tLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvb2xFbWFpbChyb2xlOiBSb2xlLCBuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cm9sZX0tJHtTdHJpbmcobikucGFkU3RhcnQoNCwgJzAnKX1AZXhhbXBsZS5jb21gO1xufVxuXG4vKiogV2h5IGEgcG9vbCBpcyB0b28gc21hbGwgZm9yIGRpc3RpbmN0IGFjY291bnRzLCBvciB1bmRlZmluZWQgd2hlbiBldmVyeSBWVSBjYW4gaGF2ZSBpdHMgb3duLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvb1NtYWxsRm9yRGlzdGluY3Qoc2l6ZXM6IFBvb2xTaXplcywgbmVlZGVkOiBQb29sU2l6ZXMsIHNvdXJjZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgaWYgKG5lZWRlZFtyb2xlXSA+IDAgJiYgc2l6ZXNbcm9sZV0gPCBuZWVkZWRbcm9sZV0pIHtcbiAgICAgIHJldHVybiAoXG4gICAgICAgIGAke3NvdXJjZX0gaGFzICR7c2l6ZXNbcm9sZV19ICR7cm9sZX0gYWNjb3VudChzKSwgYnV0IFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWUgbmVlZHMgJHtuZWVkZWRbcm9sZV19OiBgICtcbiAgICAgICAgYG9uZSBwZXIgVlUgaWQgdGhpcyBlbnRyeSBjYW4gc3RhcnQgKGs2IG51bWJlcnMgVlVzIGFjcm9zcyBhbGwgY2xhc3NlcywgYW5kIFZVIG4gdXNlcyB0aGUgY2xhc3MncyBhY2NvdW50IG4gbW9kIHNpemUpYFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBUaGUgaGlnaGVzdCBWVSBpZCBrNiBjYW4gaGFuZCBvdXQgZm9yIHRoZXNlIHNjZW5hcmlvcyAodGhlIHN1bSBvZiBlYWNoIHNjZW5hcmlvJ3MgVlVzLCBhbiB1cHBlclxuICogYm91bmQgb2YgazYncyBtYXhWVXMpOiBWVSBpZHMgYXJlIG51bWJlcmVkIGFjcm9zcyBhbGwgc2NlbmFyaW9zLCBzbyBhIGNsYXNzJ3MgYWNjb3VudHMgYXJlXG4gKiBpbmRleGVkIGJ5IGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdnVJZEJvdW5kKHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+KTogbnVtYmVyIHtcbiAgbGV0IHRvdGFsID0gMDtcbiAgZm9yIChjb25zdCBzIG9mIE9iamVjdC52YWx1ZXMoc2NlbmFyaW9zKSkge1xuICAgIGNvbnN0IHN0YWdlcyA9IChzLnN0YWdlcyBhcyB7IHRhcmdldDogbnVtYmVyIH1bXSB8IHVuZGVmaW5lZCkgPz8gW107XG4gICAgY29uc3QgbW9zdCA9IE1hdGgubWF4KE51bWJlcihzLnN0YXJ0VlVzID8/IDApLCAuLi5zdGFnZXMubWFwKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0KSk7XG4gICAgaWYgKHMuZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHRvdGFsICs9IG1vc3Q7XG4gICAgZWxzZSBpZiAodHlwZW9mIHMubWF4VlVzID09PSAnbnVtYmVyJykgdG90YWwgKz0gcy5tYXhWVXM7XG4gICAgZWxzZSBpZiAodHlwZW9mIHMucHJlQWxsb2NhdGVkVlVzID09PSAnbnVtYmVyJykgdG90YWwgKz0gcy5wcmVBbGxvY2F0ZWRWVXM7XG4gICAgZWxzZSB0b3RhbCArPSBOdW1iZXIocy52dXMgPz8gMSk7XG4gIH1cbiAgcmV0dXJuIHRvdGFsO1xufVxuIiwgIi8vIFJ1biBjb25maWd1cmF0aW9uIGZyb20gdGhlIGVudmlyb25tZW50LCB2YWxpZGF0ZWQgdXAgZnJvbnQuIFB1cmUgKG5vIGs2IGltcG9ydHMpIHNvIHRoZVxuLy8gcGFyc2luZyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlOyBsaWIvY29uZmlnL2Vudi50cyBhcHBsaWVzIGl0IHRvIGs2J3MgX19FTlYgYXQgaW5pdCwgd2hlcmUgYSB0aHJvd1xuLy8gc3RvcHMgdGhlIHJ1biBiZWZvcmUgYW55IHJlcXVlc3QgaXMgc2VudC5cbmltcG9ydCB7IERFRkFVTFRfVEFSR0VUUywgdHlwZSBUYXJnZXRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzJztcbmltcG9ydCB7IHR5cGUgUG9vbFNpemVzLCBwYXJzZVBvb2xTcGVjLCBVc2Vyc0ZpbGVFcnJvciB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCB0eXBlIEVudiA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlZGVudGlhbHMge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbmZpZyB7XG4gIGJhc2VVcmw6IHN0cmluZztcbiAgdXNlcnM6IHsgcmVndWxhcjogQ3JlZGVudGlhbHM7IHBvd2VyOiBDcmVkZW50aWFsczsgYWRtaW46IENyZWRlbnRpYWxzIH07XG4gIC8qKiBIb2xkIHRpbWUgb2YgdGhlIG1haW4gbG9hZCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTikuICovXG4gIGR1cmF0aW9uUzogbnVtYmVyO1xuICAvKiogUGVhayBudW1iZXIgb2YgdmlydHVhbCB1c2VycyAoUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUykuICovXG4gIGNvbmN1cnJlbnRVc2VyczogbnVtYmVyO1xuICAvKiogUGVyLXJlcXVlc3QgdGltZW91dCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQpLiAqL1xuICBhcGlUaW1lb3V0UzogbnVtYmVyO1xuICAvKiogUmFtcC11cCBhbmQgcmFtcC1kb3duIHRpbWUsIHNlY29uZHMuICovXG4gIHJhbXBVcFM6IG51bWJlcjtcbiAgcmFtcERvd25TOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBWVXMgcGVyIHVzZXIgdHlwZSwgcGVyY2VudCwgc3VtbWluZyB0byAxMDAuICovXG4gIHdlaWdodHM6IHsgcmVndWxhcjogbnVtYmVyOyBwb3dlcjogbnVtYmVyOyBhZG1pbjogbnVtYmVyIH07XG4gIC8qKiBUaGluayB0aW1lIGJldHdlZW4gYSB1c2VyJ3MgYWN0aW9ucywgc2Vjb25kcywgZHJhd24gdW5pZm9ybWx5IGZyb20gW21pbiwgbWF4XS4gKi9cbiAgdGhpbmtUaW1lUzogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfTtcbiAgLyoqIEhvdyBvZnRlbiBhIHBvd2VyIHVzZXIgcG9sbHMgYSBnZW5lcmF0aW9uIGpvYiwgYW5kIGhvdyBsb25nIGl0IHdhaXRzIGF0IG1vc3QsIHNlY29uZHMuICovXG4gIHBvbGxJbnRlcnZhbFM6IG51bWJlcjtcbiAgZ2VuZXJhdGlvblRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBDaGFwdGVycyBwZXIgZ2VuZXJhdGVkIGNvdXJzZS4gKi9cbiAgY2hhcHRlcnNQZXJDb3Vyc2U6IG51bWJlcjtcbiAgc2lkZWNhclVybDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2lkZWNhciBzYW1wbGVzIGdvIG1pc3NpbmcgKFNJREVDQVJfU1RSSUNUPXRydWUpLiAqL1xuICBzaWRlY2FyU3RyaWN0OiBib29sZWFuO1xuICAvKiogSG9zdHMgYmVzaWRlcyBsb29wYmFjayB0aGF0IGVudHJpZXMgaGVhdmllciB0aGFuIHNtb2tlIG1heSBsb2FkIChQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTKS4gKi9cbiAgYWxsb3dlZEhvc3RzOiBzdHJpbmdbXTtcbiAgdGFyZ2V0czogVGFyZ2V0cztcbiAgLyoqIFRoZSB1c2VyIHBvb2w6IGEgQ1NWIG9mIGFjY291bnRzIChQRVJGT1JNQU5DRV9VU0VSU19GSUxFKSwgb3IgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2w7IG5laXRoZXI6IG9uZSBhY2NvdW50IHBlciBjbGFzcy4gKi9cbiAgdXNlcnNGaWxlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGRlbW9Vc2VyczogUG9vbFNpemVzIHwgdW5kZWZpbmVkO1xuICAvKiogUmVmdXNlIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgY2xhc3MgdGhhbiBWVSBpZHMgKFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWUpLiAqL1xuICB1c2Vyc0Rpc3RpbmN0OiBib29sZWFuO1xuICAvKiogS2VwdCBjb3Vyc2VzIHBlciByZWd1bGFyL3Bvd2VyIGFjY291bnQgKFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyksIG9mIHdoaWNoIHRoZSBmaXJzdCBOIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGFyZSBnZW5lcmF0ZWQuICovXG4gIGRhdGFzZXQ6IHsgY291cnNlczogbnVtYmVyOyBnZW5lcmF0ZWQ6IG51bWJlcjsgcmVzZWVkOiBib29sZWFuIH07XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwb29sU3BlYyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIHJldHVybiBwYXJzZVBvb2xTcGVjKHZhbHVlLCBuYW1lKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoZXJyb3IgaW5zdGFuY2VvZiBVc2Vyc0ZpbGVFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBkYXRhc2V0KGVudjogRW52KTogQ29uZmlnWydkYXRhc2V0J10ge1xuICBjb25zdCBjb3Vyc2VzID0gY291bnQoMCwgMTAwMCkoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTJywgMjApO1xuICBjb25zdCBnZW5lcmF0ZWQgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCcsIE1hdGgubWluKDEsIGNvdXJzZXMpKTtcbiAgaWYgKGdlbmVyYXRlZCA+IGNvdXJzZXMpXG4gICAgZmFpbCgnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBTdHJpbmcoZ2VuZXJhdGVkKSwgYGF0IG1vc3QgUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTICgke2NvdXJzZXN9KWApO1xuICByZXR1cm4geyBjb3Vyc2VzLCBnZW5lcmF0ZWQsIHJlc2VlZDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRCcpIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgMjQgKiAzNjAwKShcbiAgICBlbnYsXG4gICAgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLFxuICAgIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSksXG4gICk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgbG9naW5QOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9MT0dJTl9QOTVfTVMnLCBkLmxvZ2luUDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgZHJvcHBlZFNoYXJlOiBudW1iZXJJbihcbiAgICAgICAgMCxcbiAgICAgICAgMSxcbiAgICAgICAgJ2Egc2hhcmUgb2YgdGhlIHNjaGVkdWxlZCBpdGVyYXRpb25zIChlLmcuIDAuMDEpJyxcbiAgICAgICAgZmFsc2UsXG4gICAgICApKGVudiwgJ1RIUkVTSE9MRF9EUk9QUEVEX1NIQVJFJywgZC5kcm9wcGVkU2hhcmUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbihcbiAgICAgICAgMCxcbiAgICAgICAgMV8wMDBfMDAwLFxuICAgICAgICAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJyxcbiAgICAgICAgZmFsc2UsXG4gICAgICApKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICAgIHVzZXJzRmlsZTogcmF3KGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0ZJTEUnKSB8fCB1bmRlZmluZWQsXG4gICAgZGVtb1VzZXJzOiBwb29sU3BlYyhlbnYsICdERU1PX1VTRVJTJyksXG4gICAgdXNlcnNEaXN0aW5jdDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVCcpLFxuICAgIGRhdGFzZXQ6IGRhdGFzZXQoZW52KSxcbiAgfTtcbn1cblxuLyoqIFRoZSBob3N0IHBhcnQgb2YgYSBVUkwsIGxvd2VyLWNhc2VkLCBJUHY2IGluIGJyYWNrZXRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhvc3RPZihiYXNlVXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBtYXRjaCA9IC9eaHR0cHM/OlxcL1xcLyhcXFtbXlxcXV0rXFxdfFteLzpdKykvaS5leGVjKGJhc2VVcmwpO1xuICByZXR1cm4gKG1hdGNoPy5bMV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJ1s6OjFdJyB8fCBob3N0ID09PSAnOjoxJyB8fCAvXjEyN1xcLlxcZHsxLDN9XFwuXFxkezEsM31cXC5cXGR7MSwzfSQvLnRlc3QoaG9zdCk7XG59XG5cbi8qKlxuICogVGhlIHRhcmdldCBndWFyZDogYW4gZW50cnkgaGVhdmllciB0aGFuIHNtb2tlIHJlZnVzZXMgYSBob3N0IHRoYXQgaXMgbm90IGxvb3BiYWNrIHVubGVzcyBpdCBpc1xuICogYWxsb3ctbGlzdGVkLCBzbyBhIHR5cG8gaW4gQkFTRV9VUkwgY2Fubm90IGxvYWQtdGVzdCBwcm9kdWN0aW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWc6IENvbmZpZywgZW50cnk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBob3N0ID0gaG9zdE9mKGNvbmZpZy5iYXNlVXJsKTtcbiAgaWYgKGlzTG9vcGJhY2soaG9zdCkgfHwgY29uZmlnLmFsbG93ZWRIb3N0cy5pbmNsdWRlcyhob3N0KSkgcmV0dXJuO1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgYHJlZnVzaW5nIHRvIHJ1biBcIiR7ZW50cnl9XCIgYWdhaW5zdCAke2NvbmZpZy5iYXNlVXJsfTogJHtob3N0fSBpcyBub3QgYSBsb29wYmFjayBhZGRyZXNzLiBgICtcbiAgICAgIGBJZiB5b3UgbWVhbiB0byBsb2FkLXRlc3QgaXQsIGFsbG93IGl0IHdpdGggUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUz0ke2hvc3R9IChjb21tYS1zZXBhcmF0ZWQgbGlzdCkuYCxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIHNjZW5hcmlvJ3Mgb3duIG51bWVyaWMgc2V0dGluZyAoZS5nLiBTUElLRV9GQUNUT1IpLCB2YWxpZGF0ZWQgbGlrZSB0aGUgc2hhcmVkIG9uZXM6IGEgYmFkXG4gKiB2YWx1ZSBzdG9wcyB0aGUgcnVuIGF0IGluaXQgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSB2YXJpYWJsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudk51bWJlcihcbiAgZW52OiBFbnYsXG4gIG5hbWU6IHN0cmluZyxcbiAgZmFsbGJhY2s6IG51bWJlcixcbiAgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9LFxuKTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gQSB0eXBlZCBidWlsZGVyIGZvciBrNiB0aHJlc2hvbGQgZXhwcmVzc2lvbnMsIHNvIGEgdHlwbyBpbiBhbiBhZ2dyZWdhdGlvbiBvciBvcGVyYXRvciBpcyBhXG4vLyBjb21waWxlIGVycm9yIGhlcmUgaW5zdGVhZCBvZiBhIHRocmVzaG9sZCBrNiByZWplY3RzIChvciBzaWxlbnRseSBuZXZlciBldmFsdWF0ZXMpIGF0IHJ1biB0aW1lLlxuXG4vKiogQWdncmVnYXRpb25zIGs2IGFjY2VwdHMgcGVyIG1ldHJpYyB0eXBlLiAqL1xuZXhwb3J0IHR5cGUgVHJlbmRTdGF0ID0gJ2F2ZycgfCAnbWluJyB8ICdtYXgnIHwgJ21lZCcgfCBgcCgke251bWJlcn0pYDtcbmV4cG9ydCB0eXBlIFJhdGVTdGF0ID0gJ3JhdGUnO1xuZXhwb3J0IHR5cGUgQ291bnRlclN0YXQgPSAnY291bnQnIHwgJ3JhdGUnO1xuZXhwb3J0IHR5cGUgR2F1Z2VTdGF0ID0gJ3ZhbHVlJztcbmV4cG9ydCB0eXBlIFN0YXQgPSBUcmVuZFN0YXQgfCBSYXRlU3RhdCB8IENvdW50ZXJTdGF0IHwgR2F1Z2VTdGF0O1xuZXhwb3J0IHR5cGUgT3BlcmF0b3IgPSAnPCcgfCAnPD0nIHwgJz4nIHwgJz49JyB8ICc9PScgfCAnPT09JyB8ICchPSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZSB7XG4gIHN0YXQ6IFN0YXQ7XG4gIG9wOiBPcGVyYXRvcjtcbiAgdmFsdWU6IG51bWJlcjtcbiAgLyoqIFN0b3AgdGhlIHdob2xlIHJ1biBhcyBzb29uIGFzIHRoaXMgcnVsZSBmYWlscyAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCkuICovXG4gIGFib3J0T25GYWlsPzogYm9vbGVhbjtcbiAgLyoqIGs2IGR1cmF0aW9uLCBlLmcuICcxMHMnOiBob3cgbG9uZyB0byBjb2xsZWN0IGRhdGEgYmVmb3JlIGFuIGFib3J0IG1heSB0cmlnZ2VyLiAqL1xuICBkZWxheUFib3J0RXZhbD86IHN0cmluZztcbn1cblxuLyoqIE9uZSBtZXRyaWMgKG9wdGlvbmFsbHkgbmFycm93ZWQgdG8gYSB0YWdnZWQgc3ViLW1ldHJpYykgYW5kIHRoZSBydWxlcyBpdCBtdXN0IG1lZXQuICovXG5leHBvcnQgaW50ZXJmYWNlIEdhdGUge1xuICBtZXRyaWM6IHN0cmluZztcbiAgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIHJ1bGVzOiBSdWxlW107XG59XG5cbi8qKiBXaGF0IGs2IGFjY2VwdHMgYXMgb25lIGVudHJ5IG9mIGEgbWV0cmljJ3MgdGhyZXNob2xkIGxpc3QuICovXG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZCA9IHN0cmluZyB8IHsgdGhyZXNob2xkOiBzdHJpbmc7IGFib3J0T25GYWlsPzogYm9vbGVhbjsgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmcgfTtcbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkcyA9IFJlY29yZDxzdHJpbmcsIEs2VGhyZXNob2xkW10+O1xuXG4vLyBNYWRlIG9uIGZpcnN0IHVzZSwgbm90IGF0IG1vZHVsZSBsb2FkOiBvcHRpb25zIGFyZSBidWlsdCBpbiBrNidzIFZVIDAgb25seSAobGliL2NvbmZpZy9lbnRyeS50cyksXG4vLyBhbmQgYSBSZWdFeHAgZXZhbHVhdGVkIGF0IGxvYWQgd291bGQgYnVpbGQgUmVnRXhwJ3MgcHJvdG90eXBlIGluIGV2ZXJ5IFZVJ3MgcnVudGltZS5cbmxldCBwYXR0ZXJuczogeyBtZXRyaWNOYW1lOiBSZWdFeHA7IHRhZ1BhcnQ6IFJlZ0V4cDsgcGVyY2VudGlsZTogUmVnRXhwIH0gfCB1bmRlZmluZWQ7XG5jb25zdCBwYXR0ZXJuID0gKCkgPT5cbiAgKHBhdHRlcm5zID8/PSB7XG4gICAgbWV0cmljTmFtZTogL15bQS1aYS16X11bQS1aYS16MC05X10qJC8sXG4gICAgdGFnUGFydDogL15bQS1aYS16MC05Xy5cXC0vXSskLyxcbiAgICBwZXJjZW50aWxlOiAvXnBcXCgoXFxkKyhcXC5cXGQrKT8pXFwpJC8sXG4gIH0pO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghcGF0dGVybigpLm1ldHJpY05hbWUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghcGF0dGVybigpLnRhZ1BhcnQudGVzdChrZXkpIHx8ICFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICBgaW52YWxpZCB0YWcgJHtrZXl9OiR7dmFsdWV9IG9uICR7bWV0cmljfTogdGFncyBpbiB0aHJlc2hvbGRzIG1heSBob2xkIGxldHRlcnMsIGRpZ2l0cyBhbmQgXyAuIC0gL2AsXG4gICAgICApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gYCR7bWV0cmljfXske2VudHJpZXMubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX06JHt2YWx1ZX1gKS5qb2luKCcsJyl9fWA7XG59XG5cbi8qKiBgcCg5NSk8MjAwYDogb25lIHJ1bGUgYXMgazYncyBleHByZXNzaW9uIHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwcmVzc2lvbihydWxlOiBQaWNrPFJ1bGUsICdzdGF0JyB8ICdvcCcgfCAndmFsdWUnPik6IHN0cmluZyB7XG4gIGNvbnN0IHBlcmNlbnRpbGUgPSBwYXR0ZXJuKCkucGVyY2VudGlsZS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKVxuICAgIHRocm93IG5ldyBFcnJvcihgdGhyZXNob2xkICR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9OiB0aGUgbGltaXQgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXJgKTtcbiAgcmV0dXJuIGAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfWA7XG59XG5cbmZ1bmN0aW9uIHRvSzYocnVsZTogUnVsZSk6IEs2VGhyZXNob2xkIHtcbiAgY29uc3QgdGV4dCA9IGV4cHJlc3Npb24ocnVsZSk7XG4gIGlmICghcnVsZS5hYm9ydE9uRmFpbCkgcmV0dXJuIHRleHQ7XG4gIHJldHVybiB7XG4gICAgdGhyZXNob2xkOiB0ZXh0LFxuICAgIGFib3J0T25GYWlsOiB0cnVlLFxuICAgIC4uLihydWxlLmRlbGF5QWJvcnRFdmFsID8geyBkZWxheUFib3J0RXZhbDogcnVsZS5kZWxheUFib3J0RXZhbCB9IDoge30pLFxuICB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIGs2L0dvIGR1cmF0aW9uIHRleHQgdG8gc2Vjb25kcy4gUHVyZSwgdXNlZCBpbiBrNiAob3Blbi1tb2RlbCBzY2VuYXJpb3MpIGFuZCBOb2RlICh0aGUgcnVubmVyJ3MgcGxhbikuXG5cbi8qKiBTZWNvbmRzIG9mIGEgazYvR28gZHVyYXRpb24gc3VjaCBhcyBcIjMwbTMwc1wiLCBcIjFoMm0zLjVzXCIsIFwiNTAwbXNcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkdXJhdGlvblNlY29uZHModGV4dDogc3RyaW5nKTogbnVtYmVyIHtcbiAgbGV0IHRvdGFsID0gMDtcbiAgbGV0IG1hdGNoZWQgPSAnJztcbiAgZm9yIChjb25zdCBbd2hvbGUsIHZhbHVlLCB1bml0XSBvZiB0ZXh0Lm1hdGNoQWxsKC8oXFxkKyg/OlxcLlxcZCspPykobXN8aHxtfHMpL2cpKSB7XG4gICAgdG90YWwgKz0gTnVtYmVyKHZhbHVlKSAqIHsgaDogMzYwMCwgbTogNjAsIHM6IDEsIG1zOiAwLjAwMSB9W3VuaXQgYXMgJ2gnIHwgJ20nIHwgJ3MnIHwgJ21zJ107XG4gICAgbWF0Y2hlZCArPSB3aG9sZTtcbiAgfVxuICBpZiAobWF0Y2hlZCAhPT0gdGV4dCB8fCB0ZXh0ID09PSAnJykgdGhyb3cgbmV3IEVycm9yKGBub3QgYSBkdXJhdGlvbjogJHtKU09OLnN0cmluZ2lmeSh0ZXh0KX1gKTtcbiAgcmV0dXJuIHRvdGFsO1xufVxuIiwgIi8vIE9wZW4tbW9kZWwgKGFycml2YWwtcmF0ZSkgc2NlbmFyaW9zOiBob3cgbWFueSBWVXMgdGhleSBuZWVkLCBhbmQgaG93IG1hbnkgaXRlcmF0aW9ucyB0aGV5IHNjaGVkdWxlLlxuLy9cbi8vIEFuIGFycml2YWwtcmF0ZSBleGVjdXRvciBzdGFydHMgZWFjaCBzY2hlZHVsZWQgaXRlcmF0aW9uIG9uIGEgZnJlZSBWVS4gV2l0aCBub25lIGZyZWUgaXQgZHJvcHMgdGhlXG4vLyBpdGVyYXRpb24gKGs2J3MgZHJvcHBlZF9pdGVyYXRpb25zKSBhbmQgaW5pdGlhbGlzZXMgb25lIG1vcmUgVlUgaW4gdGhlIGJhY2tncm91bmQsIHVwIHRvIG1heFZVcyxcbi8vIHNvIGV2ZXJ5IFZVIGFkZGVkIG1pZC1ydW4gY29zdHMgYXQgbGVhc3Qgb25lIGRyb3BwZWQgaXRlcmF0aW9uLiBBIGRyb3BwZWQgaXRlcmF0aW9uIGlzIHJlcXVlc3RzXG4vLyBub3Qgc2VudCBvbiB0aW1lOiB0aGVpciBsYXRlbmN5IGlzIGluIG5vIHBlcmNlbnRpbGUsIHRoZSB2ZXJ5IG9taXNzaW9uIGFuIG9wZW4gbW9kZWwgaXMgdGhlcmUgdG9cbi8vIGF2b2lkLiBTbyB0aGUgVlVzIGZvbGxvdyBmcm9tIHRoZSByYXRlIGFuZCB0aGUgbGF0ZW5jeSAoTGl0dGxlJ3MgbGF3OiBWVXMgYnVzeSA9IGl0ZXJhdGlvbnMgcGVyXG4vLyBzZWNvbmQgeCBzZWNvbmRzIHBlciBpdGVyYXRpb24pLlxuaW1wb3J0IHsgZHVyYXRpb25TZWNvbmRzIH0gZnJvbSAnLi9kdXJhdGlvbi50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi9zaGFwZXMudHMnO1xuXG4vKiogUHJlLWFsbG9jYXRlZCBWVXMgaG9sZCB0d2ljZSB0aGUgaXRlcmF0aW9ucyBpbiBmbGlnaHQgYXQgdGhlIGNvdmVyZWQgbGF0ZW5jeSAoYnVyc3RzLCBhIGdlbmVyYXRvciBjYXRjaGluZyB1cCBhZnRlciBhIHBhdXNlKS4gKi9cbmV4cG9ydCBjb25zdCBQUkVBTExPQ0FURURfSEVBRFJPT00gPSAyO1xuLyoqXG4gKiBUaGUgbGF0ZW5jeSBwcmUtYWxsb2NhdGVkIFZVcyBjb3ZlciBpcyB0aGUgcDk5IGJ1ZGdldCwgY291bnRlZCB1cCB0byB0aGlzIG1hbnkgc2Vjb25kczogazZcbiAqIGluaXRpYWxpc2VzIGV2ZXJ5IHByZS1hbGxvY2F0ZWQgVlUgYmVmb3JlIHRoZSBsb2FkIHN0YXJ0cywgc28gYSByZWxheGVkIGJ1ZGdldCAoZS5nLiA2MCBzKSB3b3VsZFxuICogc3RhcnQgdGhvdXNhbmRzOyBzbG93ZXIgYW5zd2VycyBnZXQgVlVzIG9uIGRlbWFuZCB1cCB0byBtYXhWVXMuXG4gKi9cbmV4cG9ydCBjb25zdCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgT3Blbk1vZGVsTG9hZCB7XG4gIC8qKiBJdGVyYXRpb25zIHBlciBzZWNvbmQuICovXG4gIHJhdGVQZXJTOiBudW1iZXI7XG4gIC8qKiBSZXF1ZXN0cyBvbmUgaXRlcmF0aW9uIHNlbmRzIG9uZSBhZnRlciBhbm90aGVyLiAqL1xuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogbnVtYmVyO1xuICAvKiogVGhlIHA5OSBsYXRlbmN5IGJ1ZGdldCBvZiB0aG9zZSByZXF1ZXN0cywgbXMuICovXG4gIHA5OUJ1ZGdldE1zOiBudW1iZXI7XG4gIC8qKiBUaGUgcGVyLXJlcXVlc3QgdGltZW91dCwgczogbm8gcmVxdWVzdCB0YWtlcyBsb25nZXIuICovXG4gIHRpbWVvdXRTOiBudW1iZXI7XG59XG5cbi8qKlxuICogcHJlQWxsb2NhdGVkVlVzOiBldmVyeSByZXF1ZXN0IGFuc3dlcmluZyBhdCBpdHMgcDk5IGJ1ZGdldCAoYXQgbW9zdCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyksXG4gKiBQUkVBTExPQ0FURURfSEVBRFJPT00gdGltZXMgb3ZlciwgcGx1cyBvbmUsIHNvIGEgcGxhdGZvcm0gd2l0aGluIGJ1ZGdldCBuZXZlciB3YWl0cyBmb3IgYSBWVTtcbiAqIG1heFZVczogZXZlcnkgcmVxdWVzdCBhbnN3ZXJpbmcganVzdCBiZWZvcmUgdGhlIHRpbWVvdXQsIHNvIGEgc2xvd2VyIHBsYXRmb3JtIHN0aWxsIGdldHMgaXRzXG4gKiByZXF1ZXN0cyBzZW50IChlYWNoIFZVIGFkZGVkIGNvc3RzIGEgZHJvcHBlZCBpdGVyYXRpb24sIGNvdW50ZWQgYW5kIGdhdGVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG9wZW5Nb2RlbFZVcyhsb2FkOiBPcGVuTW9kZWxMb2FkKTogeyBwcmVBbGxvY2F0ZWRWVXM6IG51bWJlcjsgbWF4VlVzOiBudW1iZXIgfSB7XG4gIGNvbnN0IGl0ZXJhdGlvblMgPSAobGF0ZW5jeVM6IG51bWJlcikgPT4gbG9hZC5yZXF1ZXN0c1Blckl0ZXJhdGlvbiAqIGxhdGVuY3lTO1xuICBjb25zdCBjb3ZlcmVkID0gTWF0aC5taW4obG9hZC5wOTlCdWRnZXRNcyAvIDEwMDAsIFBSRUFMTE9DQVRFRF9MQVRFTkNZX0NBUF9TKTtcbiAgY29uc3QgcHJlQWxsb2NhdGVkVlVzID0gTWF0aC5jZWlsKFBSRUFMTE9DQVRFRF9IRUFEUk9PTSAqIGxvYWQucmF0ZVBlclMgKiBpdGVyYXRpb25TKGNvdmVyZWQpKSArIDE7XG4gIGNvbnN0IG1heFZVcyA9IE1hdGgubWF4KHByZUFsbG9jYXRlZFZVcywgTWF0aC5jZWlsKGxvYWQucmF0ZVBlclMgKiBpdGVyYXRpb25TKGxvYWQudGltZW91dFMpKSk7XG4gIHJldHVybiB7IHByZUFsbG9jYXRlZFZVcywgbWF4VlVzIH07XG59XG5cbmV4cG9ydCBjb25zdCBpc0Fycml2YWxSYXRlID0gKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4gPT5cbiAgc2NlbmFyaW8uZXhlY3V0b3IgPT09ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnIHx8IHNjZW5hcmlvLmV4ZWN1dG9yID09PSAncmFtcGluZy1hcnJpdmFsLXJhdGUnO1xuXG4vKiogVGhlIGl0ZXJhdGlvbnMgYW4gYXJyaXZhbC1yYXRlIHNjZW5hcmlvIHNjaGVkdWxlcyBvdmVyIGl0cyB3aG9sZSBydW4gKGNvbnN0YW50IHJhdGUgeCBkdXJhdGlvbjsgdGhlIGFyZWEgdW5kZXIgYSByYW1wKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlZHVsZWRJdGVyYXRpb25zKHNjZW5hcmlvOiBTY2VuYXJpbyk6IG51bWJlciB7XG4gIGNvbnN0IHMgPSBzY2VuYXJpbyBhcyBTY2VuYXJpbyAmIHtcbiAgICByYXRlPzogbnVtYmVyO1xuICAgIHRpbWVVbml0Pzogc3RyaW5nO1xuICAgIGR1cmF0aW9uPzogc3RyaW5nO1xuICAgIHN0YXJ0UmF0ZT86IG51bWJlcjtcbiAgICBzdGFnZXM/OiB7IGR1cmF0aW9uOiBzdHJpbmc7IHRhcmdldDogbnVtYmVyIH1bXTtcbiAgfTtcbiAgY29uc3QgcGVyVW5pdCA9IGR1cmF0aW9uU2Vjb25kcyhzLnRpbWVVbml0ID8/ICcxcycpO1xuICBpZiAocy5leGVjdXRvciA9PT0gJ2NvbnN0YW50LWFycml2YWwtcmF0ZScpIHJldHVybiAoKHMucmF0ZSA/PyAwKSAqIGR1cmF0aW9uU2Vjb25kcyhzLmR1cmF0aW9uID8/ICcwcycpKSAvIHBlclVuaXQ7XG4gIGlmIChzLmV4ZWN1dG9yICE9PSAncmFtcGluZy1hcnJpdmFsLXJhdGUnKSB0aHJvdyBuZXcgRXJyb3IoYCR7cy5leGVjdXRvcn0gaXMgbm90IGFuIGFycml2YWwtcmF0ZSBleGVjdXRvcmApO1xuICBsZXQgcmF0ZSA9IHMuc3RhcnRSYXRlID8/IDA7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGZvciAoY29uc3Qgc3RhZ2Ugb2Ygcy5zdGFnZXMgPz8gW10pIHtcbiAgICB0b3RhbCArPSAoKHJhdGUgKyBzdGFnZS50YXJnZXQpIC8gMikgKiBkdXJhdGlvblNlY29uZHMoc3RhZ2UuZHVyYXRpb24pO1xuICAgIHJhdGUgPSBzdGFnZS50YXJnZXQ7XG4gIH1cbiAgcmV0dXJuIHRvdGFsIC8gcGVyVW5pdDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5c1xuICAgIC5tYXAoKF8sIGkpID0+IGkpXG4gICAgLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG5leHBvcnQgdHlwZSBVc2VyQ2xhc3MgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcblxuLyoqXG4gKiBUaGUgdXNlciBjbGFzcyBvZiBWVSBudW1iZXIgbiAoMS1iYXNlZCksIHNvIHRoYXQgdGhlIGZpcnN0IG4gVlVzIGFsd2F5cyBmb2xsb3cgdGhlIHdlaWdodHMgYXNcbiAqIGNsb3NlbHkgYXMgd2hvbGUgdXNlcnMgY2FuOiBlYWNoIFZVIHRha2VzIHRoZSBjbGFzcyBmdXJ0aGVzdCBiZWxvdyBpdHMgc2hhcmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc09mVXNlcihuOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogVXNlckNsYXNzIHtcbiAgY29uc3QgY2xhc3NlczogVXNlckNsYXNzW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcbiAgY29uc3QgYXNzaWduZWQgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBsZXQgY2hvc2VuOiBVc2VyQ2xhc3MgPSAncmVndWxhcic7XG4gIGZvciAobGV0IGkgPSAxOyBpIDw9IG47IGkrKykge1xuICAgIGxldCBiZXN0ID0gLUluZmluaXR5O1xuICAgIGZvciAoY29uc3QgYyBvZiBjbGFzc2VzKSB7XG4gICAgICBpZiAod2VpZ2h0c1tjXSA9PT0gMCkgY29udGludWU7XG4gICAgICBjb25zdCBkZWZpY2l0ID0gKHdlaWdodHNbY10gKiBpKSAvIDEwMCAtIGFzc2lnbmVkW2NdO1xuICAgICAgaWYgKGRlZmljaXQgPiBiZXN0KSB7XG4gICAgICAgIGJlc3QgPSBkZWZpY2l0O1xuICAgICAgICBjaG9zZW4gPSBjO1xuICAgICAgfVxuICAgIH1cbiAgICBhc3NpZ25lZFtjaG9zZW5dKys7XG4gIH1cbiAgcmV0dXJuIGNob3Nlbjtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhcbiAgZXhlYzogc3RyaW5nLFxuICB2dXM6IG51bWJlcixcbiAgY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4sXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVczogMCxcbiAgICBzdGFnZXM6IFtcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wVXBTfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wRG93blN9c2AsIHRhcmdldDogMCB9LFxuICAgIF0sXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzMwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIGs2IHdhbnRzIGEgd2hvbGUgcmF0ZTogYSBmcmFjdGlvbmFsIHBlci1zZWNvbmQgcmF0ZSBpcyBleHByZXNzZWQgcGVyIG1pbnV0ZSBpbnN0ZWFkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdob2xlUmF0ZShwZXJTZWNvbmQ6IG51bWJlcik6IHsgcmF0ZTogbnVtYmVyOyB0aW1lVW5pdDogc3RyaW5nIH0ge1xuICByZXR1cm4gTnVtYmVyLmlzSW50ZWdlcihwZXJTZWNvbmQpXG4gICAgPyB7IHJhdGU6IHBlclNlY29uZCwgdGltZVVuaXQ6ICcxcycgfVxuICAgIDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpOyBWVXMgYXMgbGliL2xvYWQvb3Blbi1tb2RlbC50cyBzaXplcyB0aGVtLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShcbiAgZXhlYzogc3RyaW5nLFxuICBwZXJTZWNvbmQ6IG51bWJlcixcbiAgZHVyYXRpb25TOiBudW1iZXIsXG4gIHZ1czogeyBwcmVBbGxvY2F0ZWRWVXM6IG51bWJlcjsgbWF4VlVzOiBudW1iZXIgfSxcbiAgc3RhcnRUaW1lID0gJzBzJyxcbik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICAuLi53aG9sZVJhdGUocGVyU2Vjb25kKSxcbiAgICBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogdnVzLnByZUFsbG9jYXRlZFZVcyxcbiAgICBtYXhWVXM6IHZ1cy5tYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKFxuICBleGVjOiBzdHJpbmcsXG4gIHN0YXJ0UmF0ZTogbnVtYmVyLFxuICBtYXhSYXRlOiBudW1iZXIsXG4gIGR1cmF0aW9uUzogbnVtYmVyLFxuICBtYXhWVXM6IG51bWJlcixcbik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0UmF0ZSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMiwgTWF0aC5jZWlsKHN0YXJ0UmF0ZSkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhZ2VzOiBbeyBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCB0YXJnZXQ6IG1heFJhdGUgfV0sXG4gIH07XG59XG5cbi8qKiBgdnVzYCB1c2VycyBlYWNoIHJ1biBgaXRlcmF0aW9uc2AgaXRlcmF0aW9ucywgYWxsIHN0YXJ0aW5nIHRvZ2V0aGVyLCBib3VuZGVkIGJ5IGBtYXhEdXJhdGlvblNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGl0ZXJhdGlvbnNQZXJVc2VyKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGl0ZXJhdGlvbnM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnMsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cbiIsICIvLyBUaGUgazYgc2lkZSBvZiB0aGUgcmVzb3VyY2Ugc2lkZWNhcjogYSAxL3Mgc2NlbmFyaW8gcG9sbHMgdGhlIHNpZGVjYXIncyBzYW1wbGVzIGludG8gVHJlbmRcbi8vIG1ldHJpY3MsIGFuZCB0ZWFyZG93biByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoLCBzbyB0aGUgc2VydmVyJ3MgQ1BVIGFuZCBtZW1vcnkgYXJlIG9yZGluYXJ5XG4vLyBrNiB0aHJlc2hvbGRzIGluIHRoZSBzYW1lIHJ1bi4gT25seSB0aGUgbG9hZCBpcyBnYXRlZDogdGhlIHBvbGxlciB0ZWxscyB0aGUgc2lkZWNhciB3aGVuIHRoZVxuLy8gbG9hZCBzdGFydHMgKGl0cyBmaXJzdCBwb2xsOiBpdCBzdGFydHMgd2l0aCB0aGUgbG9hZCBzY2VuYXJpb3MsIGFmdGVyIHNldHVwKSBhbmQgZW5kcyAoaXRzIGxhc3QsXG4vLyBvciB0ZWFyZG93biksIGFuZCBzYW1wbGVzIHRoZSBzaWRlY2FyIG1hcmtzIHNldHVwIG9yIHRlYXJkb3duIChhIGRhdGFzZXQgc2VlZGVkIGluIHNldHVwLCB0aGVcbi8vIGNsZWFuLXVwKSBhcmUgbGVmdCBvdXQuIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcywgdG9LNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSwgUlNTICgvbWV0cmljcykgb3IgdGhlIG1lbW9yeSBxdWVyeSAoUHJvbWV0aGV1cyBzZXJ2ZXIpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgb3ZlciB0aGUgbG9hZCBhZnRlciB0aGUgc2lkZWNhcidzIHdhcm0tdXAgKGxlYXN0LXNxdWFyZXMgc2xvcGUpLCByZWNvcmRlZCBvbmNlIGluIHRlYXJkb3duLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeUdyb3d0aCA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicpO1xuXG5pbnRlcmZhY2UgU2FtcGxlIHtcbiAgc2VxOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50OiBudW1iZXI7XG4gIGNwdV9jb3Jlc19wZXJjZW50OiBudW1iZXI7XG4gIG1lbW9yeV9tYjogbnVtYmVyO1xuICAvKiogc2V0dXAsIGxvYWQgb3IgdGVhcmRvd247IGFic2VudCBmcm9tIGEgc2lkZWNhciB0aGF0IGRvZXMgbm90IG1hcmsgcGhhc2VzIChldmVyeSBzYW1wbGUgY291bnRzKS4gKi9cbiAgcGhhc2U/OiBzdHJpbmc7XG59XG5cbmNvbnN0IFBPTEwgPSB7IHRhZ3M6IHsgc2NvcGU6ICdzaWRlY2FyJywgbmFtZTogJ3NpZGVjYXInIH0sIHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwsIHRpbWVvdXQ6ICcycycgfSBhcyBjb25zdDtcbi8vIFBlciBWVSAodGhlIHNjZW5hcmlvIGhhcyBvbmUpOiB0aGUgbGFzdCBzZXEgcmVjZWl2ZWQsIHRoZSBzaWRlY2FyJ3MgZmFpbGVkLXJlYWRpbmcgY291bnQgc2Vlbixcbi8vIGFuZCB3aGV0aGVyIHRoZSBzaWRlY2FyIGhhcyB0YWtlbiB0aGUgbWFyayB0aGF0IHRoZSBsb2FkIHN0YXJ0ZWQuXG5sZXQgY3Vyc29yID0gMDtcbmxldCBlcnJvcnNTZWVuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG5sZXQgbG9hZE1hcmtlZCA9IGZhbHNlO1xuXG4vKipcbiAqIFRlbGxzIHRoZSBzaWRlY2FyIHRoZSBsb2FkIHN0YXJ0cyAoJ2xvYWQnKSBvciBlbmRlZCAoJ3RlYXJkb3duJyk7IHRydWUgb25jZSBpdCB0b29rIHRoZSBtYXJrLlxuICogQSBzaWRlY2FyIHdpdGhvdXQgdGhlIHJvdXRlICg0MDQpIG1hcmtzIG5vIHBoYXNlIGFuZCBjb3VudHMgZXZlcnkgc2FtcGxlOiBub3RoaW5nIHRvIHJldHJ5LlxuICovXG5mdW5jdGlvbiBtYXJrUGhhc2Uoc2lkZWNhclVybDogc3RyaW5nLCBwaGFzZTogJ2xvYWQnIHwgJ3RlYXJkb3duJyk6IGJvb2xlYW4ge1xuICBjb25zdCByZXMgPSBodHRwLnBvc3QoYCR7c2lkZWNhclVybH0vcGhhc2VgLCBKU09OLnN0cmluZ2lmeSh7IHBoYXNlIH0pLCB7XG4gICAgLi4uUE9MTCxcbiAgICBoZWFkZXJzOiB7ICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbicgfSxcbiAgfSBhcyBuZXZlcik7XG4gIHJldHVybiByZXMuc3RhdHVzID09PSAyMDAgfHwgcmVzLnN0YXR1cyA9PT0gNDA0O1xufVxuXG4vKiogSG93IGxvbmcgcGFzdCBpdHMgZHVyYXRpb24gdGhlIHBvbGxlciBtYXkgZm9sbG93IFZVcyBzdGlsbCBmaW5pc2hpbmcgKHRoZSBsb2FkIHNjZW5hcmlvcycgZ3JhY2VmdWwgc3RvcHMpLiAqL1xuY29uc3QgVEFJTF9TID0gMzA7XG5cbi8qKlxuICogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVSB0aGF0IHN0YXlzIGFjdGl2ZSAoZWFjaFxuICogaXRlcmF0aW9uIHBvbGxzLCB0aGVuIHNsZWVwcyBvdXQgaXRzIHNlY29uZCkuIEFsd2F5cyBhY3RpdmUsIGl0IGFkZHMgZXhhY3RseSBvbmUgdG8gazYncyBgdnVzYFxuICogZ2F1Z2Ugb3ZlciB0aGUgc2NlbmFyaW8ncyBzcGFuLCB3aGljaCByZXBvcnRzIGNhbiB0YWtlIG9mZiAocnVubmVyL3JlcG9ydC9odG1sLXJlcG9ydC50cyk7IGFuXG4gKiBhcnJpdmFsLXJhdGUgVlUsIGFjdGl2ZSBvbmx5IGR1cmluZyBpdHMgZmV3LW1zIHBvbGxzLCB3b3VsZCBzb21ldGltZXMgYmUgY291bnRlZCBhcyBhIHVzZXIgYW5kXG4gKiBzb21ldGltZXMgbm90LCBkZXBlbmRpbmcgb24gaG93IHRoZSBnYXVnZSdzIHRpY2tzIGZhbGwgYWdhaW5zdCB0aGUgcG9sbHMuIEl0cyBncmFjZWZ1bCBzdG9wIGxldHNcbiAqIHRoZSBsYXN0IGl0ZXJhdGlvbiBmb2xsb3cgdGhlIGxvYWQgdG8gaXRzIGVuZCAocG9sbFJlc291cmNlcyksIGFuZCBubyBmdXJ0aGVyLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzU2NlbmFyaW8oZHVyYXRpb25TOiBudW1iZXIsIHN0YXJ0VGltZT86IHN0cmluZyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsXG4gICAgZXhlYzogJ3BvbGxSZXNvdXJjZXMnLFxuICAgIHZ1czogMSxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIGdyYWNlZnVsU3RvcDogYCR7VEFJTF9TfXNgLFxuICAgIC4uLihzdGFydFRpbWUgPyB7IHN0YXJ0VGltZSB9IDoge30pLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwYXJzZTxUPihib2R5OiB1bmtub3duKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJyA/IChKU09OLnBhcnNlKGJvZHkpIGFzIFQpIDogdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKlxuICogT25lIGl0ZXJhdGlvbiBvZiB0aGUgcG9sbGVyOiBhIHBvbGwsIHRoZW4gdGhlIHJlc3Qgb2YgaXRzIHNlY29uZC4gVGhlIGZpcnN0IHRlbGxzIHRoZSBzaWRlY2FyIHRoZVxuICogbG9hZCBzdGFydHMgKGl0IHN0YXJ0cyB3aXRoIHRoZSBsb2FkIHNjZW5hcmlvcywgYWZ0ZXIgc2V0dXApLiBQYXN0IHRoZSBzY2VuYXJpbydzIGR1cmF0aW9uIHRoZVxuICogbG9hZCdzIFZVcyBtYXkgc3RpbGwgYmUgZmluaXNoaW5nIHRoZWlyIGl0ZXJhdGlvbnMgKGs2J3MgZ3JhY2VmdWwgc3RvcCk6IHRoZSBsYXN0IGl0ZXJhdGlvbiBnb2VzXG4gKiBvbiBwb2xsaW5nIHVudGlsIG5vIG90aGVyIFZVIGlzIGFjdGl2ZSwgdGhlbiB0ZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBlbmRlZCBhbmQgdGFrZXMgdGhlXG4gKiBzYW1wbGVzIHVwIHRvIHRoYXQgbWFyaywgc28gd2hhdCBrNiBnYXRlcyBpcyBleGFjdGx5IHdoYXQgdGhlIHNpZGVjYXIgY291bnRzIGFzIHRoZSBsb2FkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcyhzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgLy8gQmVmb3JlIHRoZSBmaXJzdCByZWFkLCBhbmQgYWdhaW4gdW50aWwgdGhlIHNpZGVjYXIgdGFrZXMgaXQ6IHNhbXBsZXMgdGFrZW4gYmVmb3JlIGl0IGFyZSBzZXR1cCdzLlxuICBpZiAoIWxvYWRNYXJrZWQpIGxvYWRNYXJrZWQgPSBtYXJrUGhhc2Uoc2lkZWNhclVybCwgJ2xvYWQnKTtcbiAgZm9yICg7Oykge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgIHBvbGxPbmNlKHNpZGVjYXJVcmwpOyAvLyB0aHJvd3Mgb25seSB3aGVuIGEgcmVmdXNhbCBhYm9ydHMgdGhlIHJ1blxuICAgIHNsZWVwKE1hdGgubWF4KDAsIDEgLSAoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpIC8gMTAwMCkpOyAvLyBvbmUgcG9sbCBhIHNlY29uZFxuICAgIGlmIChleGVjLnNjZW5hcmlvLnByb2dyZXNzIDwgMSkgcmV0dXJuOyAvLyBrNiBzdGFydHMgdGhlIG5leHQgaXRlcmF0aW9uXG4gICAgaWYgKGV4ZWMuaW5zdGFuY2UudnVzQWN0aXZlIDw9IDEpIGJyZWFrOyAvLyB0aGlzIFZVIGFsb25lOiB0aGUgbG9hZCBpcyBvdmVyXG4gIH1cbiAgbWFya1BoYXNlKHNpZGVjYXJVcmwsICd0ZWFyZG93bicpO1xuICBwb2xsT25jZShzaWRlY2FyVXJsKTtcbn1cblxuZnVuY3Rpb24gcG9sbE9uY2Uoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPVxuICAgIHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgc2FtcGxlczogU2FtcGxlW107IGVycm9ycz86IG51bWJlcjsgcmVmdXNlZD86IHN0cmluZyB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmICghYm9keSB8fCAhQXJyYXkuaXNBcnJheShib2R5LnNhbXBsZXMpKSB7XG4gICAgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKDEpO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkuZXJyb3JzID09PSAnbnVtYmVyJykge1xuICAgIC8vIFRoZSBmaXJzdCBhbnN3ZXIgaXMgdGhlIGJhc2VsaW5lOiBmYWlsdXJlcyBiZWZvcmUgdGhlIHJ1biBhcmUgbm90IHRoZSBydW4ncyBnYXBzLlxuICAgIGlmIChlcnJvcnNTZWVuICE9PSB1bmRlZmluZWQgJiYgYm9keS5lcnJvcnMgPiBlcnJvcnNTZWVuKSBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoYm9keS5lcnJvcnMgLSBlcnJvcnNTZWVuKTtcbiAgICBlcnJvcnNTZWVuID0gYm9keS5lcnJvcnM7XG4gIH1cbiAgZm9yIChjb25zdCBzYW1wbGUgb2YgYm9keS5zYW1wbGVzKSB7XG4gICAgY3Vyc29yID0gTWF0aC5tYXgoY3Vyc29yLCBzYW1wbGUuc2VxKTtcbiAgICBpZiAoc2FtcGxlLnBoYXNlICE9PSB1bmRlZmluZWQgJiYgc2FtcGxlLnBoYXNlICE9PSAnbG9hZCcpIGNvbnRpbnVlOyAvLyBzZXR1cCdzIChvciB0ZWFyZG93bidzKTogc2hvd24gaW4gdGhlIHJlcG9ydHMsIG5vdCBnYXRlZFxuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgfVxuICAvLyBUaGUgc2lkZWNhciBmb3VuZCBtaWQtcnVuIHRoYXQgaXRzIHNvdXJjZSBjYW5ub3QgcmVhZCB0aGUgd2hvbGUgc2VydmVyIChlLmcuIC9tZXRyaWNzIGFuc3dlcmVkXG4gIC8vIGJ5IGFub3RoZXIgd29ya2VyKTogZXZlcnkgZnVydGhlciByZWFkaW5nIHdvdWxkIGJlIHdyb25nLCBzbyB0aGUgcnVuIHN0b3BzLCBzYXlpbmcgd2h5LlxuICBpZiAodHlwZW9mIGJvZHkucmVmdXNlZCA9PT0gJ3N0cmluZycpXG4gICAgZXhlYy50ZXN0LmFib3J0KGBzZXJ2ZXIgcmVzb3VyY2VzOiB0aGUgc2lkZWNhciByZWZ1c2VkIGl0cyBzb3VyY2U6ICR7Ym9keS5yZWZ1c2VkfWApO1xufVxuXG4vKipcbiAqIFRlYXJkb3duLCBiZWZvcmUgYW55dGhpbmcgZWxzZSBpdCBkb2VzOiB0ZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBlbmRlZCAod2hlbiB0aGUgcG9sbGVyIGNvdWxkXG4gKiBub3Q6IGEgcnVuIHN0b3BwZWQgZWFybHkpLCB0aGVuIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGggb3ZlciB0aGUgbG9hZCBhZnRlciB3YXJtLXVwLCBNQiBwZXJcbiAqIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRMb2FkKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBtYXJrUGhhc2Uoc2lkZWNhclVybCwgJ3RlYXJkb3duJyk7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3N1bW1hcnlgLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3Qgc3VtbWFyeSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKHN1bW1hcnkgJiYgdHlwZW9mIHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluID09PSAnbnVtYmVyJylcbiAgICBzZXJ2ZXJNZW1vcnlHcm93dGguYWRkKHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXNvdXJjZUxpbWl0cyB7XG4gIG1lbW9yeU1iOiBudW1iZXI7XG4gIGNwdVBlcmNlbnQ6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gbWVtb3J5IGdyb3d0aCAoc29hayksIE1CIHBlciBtaW51dGUgYWZ0ZXIgd2FybS11cC4gKi9cbiAgZ3Jvd3RoTWJQZXJNaW4/OiBudW1iZXI7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzYW1wbGVzIHdlbnQgbWlzc2luZyAodGhlIHNpZGVjYXIgc3RvcHBlZCBhbnN3ZXJpbmcpLiAqL1xuICBmYWlsT25NaXNzaW5nPzogYm9vbGVhbjtcbn1cblxuLyoqXG4gKiBTZXJ2ZXIgbWVtb3J5IHBlYWssIENQVSBwOTUsIGFuZCBvcHRpb25hbGx5IGdyb3d0aCBhbmQgZ2FwcywgYXMgZ2F0ZXMuIENQVSBpcyBcImF0IG1vc3RcIjogYSBzYW1wbGVcbiAqIGlzIGEgc2hhcmUgb2YgdGhlIHNlcnZlcidzIENQVXMgKG5ldmVyIGFib3ZlIDEwMCksIHNvIGEgbGltaXQgb2YgMTAwIG1lYXN1cmVzIENQVSB3aXRob3V0IGdhdGluZyBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8PScsIHZhbHVlOiBsaW1pdHMuY3B1UGVyY2VudCB9XSB9LFxuICBdO1xuICBpZiAobGltaXRzLmdyb3d0aE1iUGVyTWluICE9PSB1bmRlZmluZWQpXG4gICAgZ2F0ZXMucHVzaCh7XG4gICAgICBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJyxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5ncm93dGhNYlBlck1pbiB9XSxcbiAgICB9KTtcbiAgaWYgKGxpbWl0cy5mYWlsT25NaXNzaW5nKVxuICAgIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgcnVsZXM6IFt7IHN0YXQ6ICdjb3VudCcsIG9wOiAnPCcsIHZhbHVlOiAxIH1dIH0pO1xuICByZXR1cm4gZ2F0ZXM7XG59XG5cbi8qKiBUaGUgc2FtZSBnYXRlcyBhcyBhIGs2IHRocmVzaG9sZHMgb2JqZWN0OiB7IHNlcnZlcl9tZW1vcnlfbWI6IFsnbWF4PDEwMjQnXSwgc2VydmVyX2NwdV9wZXJjZW50OiBbJ3AoOTUpPD04MCddLCAuLi4gfS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZVRocmVzaG9sZHMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEs2VGhyZXNob2xkcyB7XG4gIHJldHVybiB0b0s2VGhyZXNob2xkcyhyZXNvdXJjZUdhdGVzKGxpbWl0cykpO1xufVxuIiwgIi8vIFRoZSBydW4ncyBhY2NvdW50cywgcGVyIGNsYXNzOiBmcm9tIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgKHBhcnNlZCBvbmNlIGZvciB0aGUgd2hvbGUgdGVzdCBpbnRvXG4vLyBrNiBTaGFyZWRBcnJheXMsIHNvIGV2ZXJ5IFZVIHJlYWRzIG9uZSBjb3B5IGluc3RlYWQgb2YgaG9sZGluZyBpdHMgb3duKSwgZnJvbSB0aGUgZGVtb1xuLy8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2wgKG5hbWVzIGNvbXB1dGVkLCBub3RoaW5nIGhlbGQpLCBvciBlbHNlIHRoZSBjbGFzcydzIHNpbmdsZSBhY2NvdW50XG4vLyAoUkVHVUxBUl9VU0VSX0VNQUlMIC4uLjogZXZlcnkgVlUgb2YgYSBjbGFzcyBzaGFyZXMgaXQpLiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS5cbmltcG9ydCB7IFNoYXJlZEFycmF5IH0gZnJvbSAnazYvZGF0YSc7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuLi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7XG4gIHR5cGUgQWNjb3VudCxcbiAgdHlwZSBQb29sU2l6ZXMsXG4gIHBhcnNlVXNlcnNDc3YsXG4gIHBvb2xFbWFpbCxcbiAgUk9MRVMsXG4gIHR5cGUgUm9sZSxcbiAgdG9vU21hbGxGb3JEaXN0aW5jdCxcbn0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFBvb2wge1xuICAvKiogV2hlcmUgdGhlIGFjY291bnRzIGNvbWUgZnJvbSwgZm9yIG1lc3NhZ2VzLiAqL1xuICBzb3VyY2U6IHN0cmluZztcbiAgc2l6ZXM6IFBvb2xTaXplcztcbiAgLyoqIFRoZSBpLXRoIGFjY291bnQgKGZyb20gMCkgb2YgYSBjbGFzczsgYHBhc3N3b3JkYCBpcyB0aGUgZmlsZSdzLCBvciB0aGUgY2xhc3MgcGFzc3dvcmQgZ2l2ZW4uICovXG4gIGFjY291bnQocm9sZTogUm9sZSwgaW5kZXg6IG51bWJlciwgY2xhc3NQYXNzd29yZDogc3RyaW5nKTogQWNjb3VudDtcbn1cblxuZnVuY3Rpb24gcmVhZEZpbGUocGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gb3BlbihwYXRoKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICBgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9IGNhbm5vdCBiZSByZWFkICgke1N0cmluZyhlcnJvcil9KTogZ2l2ZSBhbiBhYnNvbHV0ZSBwYXRoIHRvIGEgQ1NWIHdpdGggdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlYCxcbiAgICApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGZpbGVQb29sKHBhdGg6IHN0cmluZyk6IFBvb2wge1xuICAvLyBUaGUgY2FsbGJhY2sgcnVucyBvbmNlIHBlciB0ZXN0IChrNiBrZWVwcyB0aGUgcmVzdWx0IGZvciBldmVyeSBWVSk7IGVhY2ggY2xhc3MgaXRzIG93biBhcnJheS5cbiAgY29uc3QgYXJyYXlzID0ge30gYXMgUmVjb3JkPFJvbGUsIEFjY291bnRbXT47XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUylcbiAgICBhcnJheXNbcm9sZV0gPSBuZXcgU2hhcmVkQXJyYXkoXG4gICAgICBgdXNlcnM6JHtyb2xlfWAsXG4gICAgICAoKSA9PiBwYXJzZVVzZXJzQ3N2KHJlYWRGaWxlKHBhdGgpLCBwYXRoKVtyb2xlXSxcbiAgICApIGFzIHVua25vd24gYXMgQWNjb3VudFtdO1xuICByZXR1cm4ge1xuICAgIHNvdXJjZTogYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtwYXRofWAsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogYXJyYXlzLnJlZ3VsYXIubGVuZ3RoLCBwb3dlcjogYXJyYXlzLnBvd2VyLmxlbmd0aCwgYWRtaW46IGFycmF5cy5hZG1pbi5sZW5ndGggfSxcbiAgICBhY2NvdW50OiAocm9sZSwgaW5kZXgpID0+IGFycmF5c1tyb2xlXVtpbmRleF0gYXMgQWNjb3VudCxcbiAgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ha2VQb29sKGNvbmZpZzogQ29uZmlnKTogUG9vbCB7XG4gIGlmIChjb25maWcudXNlcnNGaWxlKSByZXR1cm4gZmlsZVBvb2woY29uZmlnLnVzZXJzRmlsZSk7XG4gIGNvbnN0IHVzZXJzID0gY29uZmlnLnVzZXJzO1xuICBpZiAoY29uZmlnLmRlbW9Vc2Vycykge1xuICAgIHJldHVybiB7XG4gICAgICBzb3VyY2U6ICdERU1PX1VTRVJTJyxcbiAgICAgIHNpemVzOiBjb25maWcuZGVtb1VzZXJzLFxuICAgICAgYWNjb3VudDogKHJvbGUsIGluZGV4LCBwYXNzd29yZCkgPT4gKHsgZW1haWw6IHBvb2xFbWFpbChyb2xlLCBpbmRleCArIDEpLCBwYXNzd29yZCB9KSxcbiAgICB9O1xuICB9XG4gIHJldHVybiB7XG4gICAgc291cmNlOiAnUkVHVUxBUl9VU0VSX0VNQUlMIC8gUE9XRVJfVVNFUl9FTUFJTCAvIEFETUlOX1VTRVJfRU1BSUwgKG9uZSBzaGFyZWQgYWNjb3VudCBwZXIgY2xhc3MpJyxcbiAgICBzaXplczogeyByZWd1bGFyOiAxLCBwb3dlcjogMSwgYWRtaW46IDEgfSxcbiAgICBhY2NvdW50OiAocm9sZSwgX2luZGV4LCBwYXNzd29yZCkgPT4gKHsgZW1haWw6IHVzZXJzW3JvbGVdLmVtYWlsLCBwYXNzd29yZCB9KSxcbiAgfTtcbn1cblxuLyoqIFRoaXMgVlUncyBhY2NvdW50IG9mIGEgY2xhc3M6IFZVIG4gdXNlcyBhY2NvdW50IChuLTEpIG1vZCBzaXplLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFjY291bnRPZlZ1KHBvb2w6IFBvb2wsIHJvbGU6IFJvbGUsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQgfCB1bmRlZmluZWQge1xuICBjb25zdCBzaXplID0gcG9vbC5zaXplc1tyb2xlXTtcbiAgcmV0dXJuIHNpemUgPT09IDAgPyB1bmRlZmluZWQgOiBwb29sLmFjY291bnQocm9sZSwgKGV4ZWMudnUuaWRJblRlc3QgLSAxKSAlIHNpemUsIGNsYXNzUGFzc3dvcmQpO1xufVxuXG4vKiogUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZTogcmVmdXNlcywgYXQgaW5pdCwgYSBwb29sIHdpdGggZmV3ZXIgYWNjb3VudHMgb2YgYSB1c2VkIGNsYXNzIHRoYW4gVlUgaWRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydERpc3RpbmN0KHBvb2w6IFBvb2wsIHJvbGVzOiByZWFkb25seSBSb2xlW10sIHZ1SWRzOiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3QgbmVlZGVkOiBQb29sU2l6ZXMgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2Ygcm9sZXMpIG5lZWRlZFtyb2xlXSA9IHZ1SWRzO1xuICBjb25zdCBwcm9ibGVtID0gdG9vU21hbGxGb3JEaXN0aW5jdChwb29sLnNpemVzLCBuZWVkZWQsIHBvb2wuc291cmNlKTtcbiAgaWYgKHByb2JsZW0pIHRocm93IG5ldyBFcnJvcihwcm9ibGVtKTtcbn1cblxuLyoqIFRoZSBydW4ncyBwb29sLCBtYWRlIG9uY2UgcGVyIFZVIGF0IGluaXQgKGEgYmFkIGZpbGUgc3RvcHMgdGhlIHJ1biBoZXJlLCBiZWZvcmUgc2V0dXApLiAqL1xuZXhwb3J0IGNvbnN0IHBvb2w6IFBvb2wgPSBtYWtlUG9vbChydW5Db25maWcpO1xuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IGFzc2VydFRhcmdldEFsbG93ZWQsIHR5cGUgQ29uZmlnLCBwYXJzZUNvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuXG4vKiogVGhlIGNvbmZpZ3VyYXRpb24gZm9yIGEgbG9hZC1nZW5lcmF0aW5nIGVudHJ5OiByZWZ1c2VzIGEgbm9uLWxvb3BiYWNrIHRhcmdldCB0aGF0IGlzIG5vdCBhbGxvdy1saXN0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZ3VhcmRlZENvbmZpZyhlbnRyeTogc3RyaW5nKTogQ29uZmlnIHtcbiAgYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWcsIGVudHJ5KTtcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiIsICIvLyBUaGUgc2hhcmVkIHNldHVwKCkgYW5kIHRlYXJkb3duKCkgb2YgdGhlIGVudHJ5IHBvaW50czogbWFrZXMgc3VyZSB0aGUgcGxhdGZvcm0gYW5zd2VycywgY2hlY2tzXG4vLyBvbmUgYWNjb3VudCBvZiBlYWNoIGNsYXNzIChhIHdyb25nIHBhc3N3b3JkIHN0b3BzIHRoZSBydW4gYXQgb25jZSksIHJlbW92ZXMgd2hhdCBraWxsZWQgcnVuc1xuLy8gbGVmdCBiZWhpbmQsIG1ha2VzIHN1cmUgdGhlIGtlcHQgZGF0YXNldCBpcyB0aGVyZSwgYW5kIChmb3IgYXBpL2JyZWFrcG9pbnQpIHNlZWRzIHJ1bi10YWdnZWRcbi8vIGNvdXJzZXMuIFRlYXJkb3duIHJlbW92ZXMgZXZlcnl0aGluZyB0aGlzIHJ1biBjcmVhdGVkLiBJdCBzdG9wcyB0aGUgcnVuIHdpdGggYSBtZXNzYWdlIHRoYXRcbi8vIHNheXMgd2hhdCBpcyB3cm9uZyBpbnN0ZWFkIG9mIGxldHRpbmcgVlVzIHNlbmQgYSBtaW51dGUgb2YgZmFpbGluZyByZXF1ZXN0cy5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHNlY3JldHMgZnJvbSAnazYvc2VjcmV0cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgZW5zdXJlRGF0YXNldCwgdHlwZSBPd25lciwgcXVpZXRMb2dpbiwgcmVtb3ZlQ291cnNlcyB9IGZyb20gJy4vZGF0YXNldC50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyLCBuZXdSdW5JZCwgUlVOX1RJVExFX0ZJTFRFUiB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBwb29sIH0gZnJvbSAnLi9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB0eXBlIFJvbGUsIHZ1SWRCb3VuZCB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5EYXRhIHtcbiAgLyoqIFVuaXF1ZSBwZXIgcnVuLCBwYXJ0IG9mIGV2ZXJ5IHRpdGxlIHRoaXMgcnVuIGNyZWF0ZXMsIHNvIHJ1bnMgYW5kIFZVcyBuZXZlciBjb2xsaWRlLiAqL1xuICBydW5JZDogc3RyaW5nO1xuICAvKiogT25lIGxvZ2dlZC1pbiBhY2NvdW50IHBlciBjbGFzcyAodGhlIHBvb2wncyBmaXJzdCk6IHNldHVwJ3MgY2hlY2tzLCBzaGFyZWQtdG9rZW4gZW50cmllcywgY2xlYW51cC4gKi9cbiAgdG9rZW5zOiBSZWNvcmQ8Um9sZSwgc3RyaW5nPjtcbiAgLyoqIFJ1bi10YWdnZWQgZ2VuZXJhdGVkIGNvdXJzZXMgb3duZWQgYnkgdG9rZW5zLnJlZ3VsYXIncyBhY2NvdW50LCBmb3IgZW50cmllcyB0aGF0IHJlYWQgc2hhcmVkIHJvd3MgKGFwaSwgYnJlYWtwb2ludCkuICovXG4gIHNlZWRlZENvdXJzZUlkczogSWRbXTtcbn1cblxuY29uc3QgU0VFRF9DT1VSU0VTID0gMztcbmNvbnN0IFBST0JFX1RJTUVPVVQgPSAnNXMnO1xuXG5mdW5jdGlvbiBhYm9ydChtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIGV4ZWMudGVzdC5hYm9ydChtZXNzYWdlKTtcbiAgdGhyb3cgbmV3IEVycm9yKG1lc3NhZ2UpOyAvLyBub3QgcmVhY2hlZDogYWJvcnQoKSBzdG9wcyB0aGUgdGVzdDsgdGhpcyBrZWVwcyB0aGUgdHlwZSBjaGVja2VyIGhvbmVzdFxufVxuXG5mdW5jdGlvbiBwcm9iZShiYXNlVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgdXJsID0gYCR7YmFzZVVybH0vaGVhbHRoYDtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQodXJsLCB7IHRpbWVvdXQ6IFBST0JFX1RJTUVPVVQsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6ICdHRVQgL2hlYWx0aCAoc2V0dXAgcHJvYmUpJyB9IH0pO1xuICBpZiAocmVzLnN0YXR1cyA9PT0gMCkge1xuICAgIGFib3J0KFxuICAgICAgYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCxcbiAgICApO1xuICB9XG4gIGlmIChyZXMuc3RhdHVzICE9PSAyMDApIHtcbiAgICBhYm9ydChcbiAgICAgIGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCxcbiAgICApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGNsYXNzUGFzc3dvcmQoY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4sIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICByZXR1cm4gc2VjcmV0W3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZDtcbn1cblxuLyoqXG4gKiBMb2dzIGluIGFzIHRoZSBjbGFzcydzIGZpcnN0IGFjY291bnQ6IHRoZSBjaGVjayB0aGF0IGEgd3JvbmcgcGFzc3dvcmQgc3RvcHMgdGhlIHJ1biBhdCBvbmNlLlxuICogT3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93OiBlbmRwb2ludDpsb2dpbiB0aW1lcyB0aGUgVlVzJyBvd24gbG9naW5zIHVuZGVyIGxvYWQuXG4gKi9cbmZ1bmN0aW9uIGxvZ2luKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+LCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgaWYgKHBvb2wuc2l6ZXNbcm9sZV0gPT09IDApIGFib3J0KGAke3Bvb2wuc291cmNlfSBoYXMgbm8gJHtyb2xlfSBhY2NvdW50LCBhbmQgdGhpcyBlbnRyeSBuZWVkcyBvbmUuYCk7XG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBwb29sLmFjY291bnQocm9sZSwgMCwgY2xhc3NQYXNzd29yZChjb25maWcsIHNlY3JldCwgcm9sZSkpO1xuICBjb25zdCByZXN1bHQgPSBxdWlldExvZ2luKGNvbmZpZywgZW1haWwsIHBhc3N3b3JkKTtcbiAgaWYgKCFyZXN1bHQudG9rZW4pIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGNvbnN0IHdoZXJlID0gY29uZmlnLnVzZXJzRmlsZVxuICAgICAgPyBgaXRzIGxpbmUgaW4gJHtjb25maWcudXNlcnNGaWxlfWBcbiAgICAgIDogY29uZmlnLmRlbW9Vc2Vyc1xuICAgICAgICA/IGAke2VudlByZWZpeH1fUEFTU1dPUkQgKHRoZSBERU1PX1VTRVJTIHBvb2wncyAke3JvbGV9IHBhc3N3b3JkKWBcbiAgICAgICAgOiBgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkRgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHt3aGVyZX0uYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC50b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogYHBlcmYtc2VlZCAke3J1bklkfSAke259YCxcbiAgICAgIHRvcGljOiAnbG9hZCB0ZXN0aW5nJyxcbiAgICAgIGxldmVsOiAnYmVnaW5uZXInLFxuICAgICAgY2hhcHRlcl9jb3VudDogMixcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7Y3JlYXRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb25zdCBzdGFydGVkID0gY2xpZW50LmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgaWYgKCFzdGFydGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgZ2VuZXJhdGluZyBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtzdGFydGVkLnN0YXR1c30pLmApO1xuICAgIGNvdXJzZUlkcy5wdXNoKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgam9icy5wdXNoKHN0YXJ0ZWQuYm9keS5qb2JfaWQpO1xuICB9XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICBmb3IgKGNvbnN0IGpvYklkIG9mIGpvYnMpIHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBqb2IgPSBjbGllbnQuZ2V0Sm9iKGpvYklkKS5ib2R5O1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJykgYnJlYWs7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdmYWlsZWQnKSBhYm9ydChgYSBzZWVkIGNvdXJzZSdzIGdlbmVyYXRpb24gZmFpbGVkOiAke2pvYi5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ30uYCk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKVxuICAgICAgICBhYm9ydChgc2VlZCBjb3Vyc2VzIHdlcmUgbm90IGdlbmVyYXRlZCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zLmApO1xuICAgICAgc2xlZXAoMC41KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNvdXJzZUlkcztcbn1cblxuLyoqXG4gKiBDbGFzcyBwYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzIChgazYgcnVuIC0tc2VjcmV0LXNvdXJjZT1maWxlPXNlY3JldHMudHh0YCwga2V5cyBuYW1lZFxuICogbGlrZSB0aGUgZW52IHZhcmlhYmxlczogUkVHVUxBUl9VU0VSX1BBU1NXT1JELCAuLi4pIHRha2UgcHJlY2VkZW5jZSBvdmVyIHRoZSBlbnZpcm9ubWVudDsgazZcbiAqIHJlZGFjdHMgdGhlbSBmcm9tIGl0cyBsb2dzLiBUaGV5IGFwcGx5IHRvIHRoZSBzaW5nbGUgYWNjb3VudHMgYW5kIHRvIHRoZSBERU1PX1VTRVJTIHBvb2w7IGFcbiAqIHVzZXJzIGZpbGUgY2FycmllcyBpdHMgb3duIHBhc3N3b3Jkcy5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNlY3JldFBhc3N3b3JkcygpOiBQcm9taXNlPFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+PiB7XG4gIGNvbnN0IGZvdW5kOiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+PiA9IHt9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcGFzc3dvcmQgPSBhd2FpdCBzZWNyZXRzLmdldChgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJfUEFTU1dPUkRgKTtcbiAgICAgIGlmIChwYXNzd29yZCkgZm91bmRbcm9sZV0gPSBwYXNzd29yZDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIG5vIHNlY3JldCBzb3VyY2UgY29uZmlndXJlZCwgb3Igbm8gc3VjaCBrZXk6IGtlZXAgdGhlIGVudmlyb25tZW50J3MgcGFzc3dvcmRcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGZvdW5kO1xufVxuXG4vKiogVGhlIGFjY291bnRzIFZVcyBvZiB0aGUgY2xhc3NlcyB0aGF0IHJlYWQgdGhlIGRhdGFzZXQgY2FuIHVzZTogdGhlIGZpcnN0IG1pbihzaXplLCBWVSBpZHMpIG9mIGVhY2guICovXG5mdW5jdGlvbiBkYXRhc2V0T3duZXJzKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+KTogT3duZXJbXSB7XG4gIGNvbnN0IHZ1SWRzID0gdnVJZEJvdW5kKChleGVjLnRlc3Qub3B0aW9ucy5zY2VuYXJpb3MgPz8ge30pIGFzIHVua25vd24gYXMgUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+KTtcbiAgY29uc3Qgb3duZXJzOiBPd25lcltdID0gW107XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInXSBhcyBjb25zdCkge1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgTWF0aC5taW4ocG9vbC5zaXplc1tyb2xlXSwgdnVJZHMpOyBpKyspXG4gICAgICBvd25lcnMucHVzaCh7IHJvbGUsIC4uLnBvb2wuYWNjb3VudChyb2xlLCBpLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSkgfSk7XG4gIH1cbiAgcmV0dXJuIG93bmVycztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQcmVwYXJlT3B0aW9ucyB7XG4gIC8qKiBTZWVkIHJ1bi10YWdnZWQgZ2VuZXJhdGVkIGNvdXJzZXMgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkPzogYm9vbGVhbjtcbiAgLyoqIE1ha2Ugc3VyZSB0aGUga2VwdCBwZXItdXNlciBkYXRhc2V0IGlzIHRoZXJlIChlbnRyaWVzIHdob3NlIHVzZXJzIHJlYWQgdGhlaXIgb3duIGNvdXJzZXMpLiAqL1xuICBkYXRhc2V0PzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4oY29uZmlnOiBDb25maWcsIG9wdGlvbnM6IFByZXBhcmVPcHRpb25zID0ge30pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUoY29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBzZWNyZXQgPSBhd2FpdCBzZWNyZXRQYXNzd29yZHMoKTtcbiAgY29uc3QgYW5vbnltb3VzID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbiAgY29uc3QgdG9rZW5zID0ge30gYXMgUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykgdG9rZW5zW3JvbGVdID0gbG9naW4oY29uZmlnLCBzZWNyZXQsIHJvbGUpO1xuICBjb25zdCBydW5JZCA9IG5ld1J1bklkKCk7XG4gIGNvbnN0IHN3ZXB0ID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2Vucy5hZG1pbiwgUlVOX1RJVExFX0ZJTFRFUiwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBydW5JZCwgZmFsc2UpKTtcbiAgaWYgKHN3ZXB0ID4gMCkgY29uc29sZS5sb2coYHNldHVwOiByZW1vdmVkICR7c3dlcHR9IGNvdXJzZShzKSBsZWZ0IGJlaGluZCBieSBlYXJsaWVyIHJ1bnNgKTtcbiAgaWYgKG9wdGlvbnMuZGF0YXNldCkge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByID0gZW5zdXJlRGF0YXNldChjb25maWcsIGRhdGFzZXRPd25lcnMoY29uZmlnLCBzZWNyZXQpKTtcbiAgICAgIGNvbnNvbGUubG9nKFxuICAgICAgICBgc2V0dXA6IGRhdGFzZXQgb2YgJHtjb25maWcuZGF0YXNldC5jb3Vyc2VzfSBjb3Vyc2UocykgcGVyIGFjY291bnQgZm9yICR7ci5hY2NvdW50c30gYWNjb3VudChzKTogJHtyLnJldXNlZH0gcmV1c2VkLCAke3IuY3JlYXRlZH0gY291cnNlKHMpIGNyZWF0ZWQgKCR7ci5nZW5lcmF0ZWR9IGdlbmVyYXRlZCksICR7ci5yZW1vdmVkfSByZW1vdmVkJHtyLnJldHJpZWQgPiAwID8gYCwgJHtyLnJldHJpZWR9IHJlcXVlc3Qocykgc2VudCBhZ2FpbiBhZnRlciBubyBhbnN3ZXIgb3IgYSA1eHhgIDogJyd9LCBpbiAkeygoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpIC8gMTAwMCkudG9GaXhlZCgxKX0gc2AsXG4gICAgICApO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBhYm9ydChlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikpO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWVkZWRDb3Vyc2VJZHMgPSBvcHRpb25zLnNlZWQgPyBzZWVkQ291cnNlcyhhbm9ueW1vdXMuYXModG9rZW5zLnJlZ3VsYXIpLCBydW5JZCwgY29uZmlnKSA6IFtdO1xuICAvLyBObyBwYXNzd29yZCBpbiB0aGUgcmV0dXJuZWQgZGF0YTogazYgY29waWVzIGl0IGludG8gZXZlcnkgVlUgYW5kIGludG8gaXRzIHN1bW1hcnkgZXhwb3J0LlxuICByZXR1cm4geyBydW5JZCwgdG9rZW5zLCBzZWVkZWRDb3Vyc2VJZHMgfTtcbn1cblxuLyoqIFRlYXJkb3duOiByZW1vdmVzIGV2ZXJ5IGNvdXJzZSB0aGlzIHJ1biBjcmVhdGVkIChWVXMgZGVsZXRlIHRoZWlyIG93biBhcyB0aGV5IGdvOyB0aGlzIGNhdGNoZXMgdGhlIHJlc3QpLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNsZWFuVXBSdW4oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEgfCB1bmRlZmluZWQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgaWYgKCFkYXRhPy5ydW5JZCB8fCBwb29sLnNpemVzLmFkbWluID09PSAwKSByZXR1cm47XG4gIGNvbnN0IHNlY3JldCA9IGF3YWl0IHNlY3JldFBhc3N3b3JkcygpO1xuICAvLyBBIGZyZXNoIGxvZ2luOiBzZXR1cCdzIHRva2VuIG1heSBoYXZlIGV4cGlyZWQgZHVyaW5nIGEgbG9uZyBydW4uXG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBwb29sLmFjY291bnQoJ2FkbWluJywgMCwgc2VjcmV0LmFkbWluID8/IGNvbmZpZy51c2Vycy5hZG1pbi5wYXNzd29yZCk7XG4gIGNvbnN0IHsgdG9rZW4gfSA9IHF1aWV0TG9naW4oY29uZmlnLCBlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXRva2VuKSB7XG4gICAgY29uc29sZS5lcnJvcihcbiAgICAgIGB0ZWFyZG93bjogY291bGQgbm90IGxvZyBpbiBhcyAke2VtYWlsfSB0byByZW1vdmUgdGhpcyBydW4ncyBjb3Vyc2VzICh0aXRsZXMgY29udGFpbmluZyAke2RhdGEucnVuSWR9KTsgdGhlIG5leHQgcnVuIHJlbW92ZXMgdGhlbWAsXG4gICAgKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgcmVtb3ZlZCA9IHJlbW92ZUNvdXJzZXMoY29uZmlnLCB0b2tlbiwgZGF0YS5ydW5JZCwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBkYXRhLnJ1bklkLCB0cnVlKSk7XG4gIGlmIChyZW1vdmVkID4gMCkgY29uc29sZS5sb2coYHRlYXJkb3duOiByZW1vdmVkICR7cmVtb3ZlZH0gY291cnNlKHMpIHRoaXMgcnVuIGNyZWF0ZWRgKTtcbn1cbiIsICIvLyBUeXBlZCBjbGllbnQgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJIGNvbnRyYWN0IChwYXRocyBhbmQgdGFncyBjb21lIGZyb20gcm91dGVzLnRzKS4gRXZlcnkgcmVxdWVzdFxuLy8gY2FycmllcyBhIHN0YWJsZSBgZW5kcG9pbnRgIHRhZyAobmV2ZXIgdGhlIFVSTCB3aXRoIGlkcyBpbiBpdCksIHRoZSBgYXBpYCBzY29wZSBhbmQgYSB0ZW1wbGF0ZWRcbi8vIGBuYW1lYCwgc28gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydHMga2VlcCBhIHNtYWxsLCBmaXhlZCBzZXQgb2Ygc2VyaWVzLlxuaW1wb3J0IHsgY2hlY2sgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB0eXBlIHsgUm9sZSB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgdHlwZSBJZCwgcGF0aHMsIHJlcXVlc3RUYWdzIH0gZnJvbSAnLi9yb3V0ZXMudHMnO1xuXG5leHBvcnQgdHlwZSB7IElkIH07XG5leHBvcnQgdHlwZSBMZXZlbCA9ICdiZWdpbm5lcicgfCAnaW50ZXJtZWRpYXRlJyB8ICdhZHZhbmNlZCc7XG5leHBvcnQgdHlwZSBKb2JTdGF0dXMgPSAncXVldWVkJyB8ICdydW5uaW5nJyB8ICdjb21wbGV0ZWQnIHwgJ2ZhaWxlZCc7XG5leHBvcnQgdHlwZSBFeHBvcnRGb3JtYXQgPSAnanNvbicgfCAnbWFya2Rvd24nIHwgJ2h0bWwnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXJTdW1tYXJ5IHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgdGl0bGU6IHN0cmluZztcbiAgc3RhdHVzOiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZSB7XG4gIGlkOiBJZDtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGNoYXB0ZXJzPzogQ2hhcHRlclN1bW1hcnlbXTtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlTGlzdCB7XG4gIGl0ZW1zOiBDb3Vyc2VbXTtcbiAgdG90YWw6IG51bWJlcjtcbiAgbGltaXQ6IG51bWJlcjtcbiAgb2Zmc2V0OiBudW1iZXI7XG59XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBsYW5ndWFnZT86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iQ2hhcHRlciB7XG4gIGluZGV4OiBudW1iZXI7XG4gIHN0YXR1czogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGw7XG59XG5leHBvcnQgaW50ZXJmYWNlIEpvYiB7XG4gIGpvYl9pZDogSWQ7XG4gIGNvdXJzZV9pZDogSWQ7XG4gIHN0YXR1czogSm9iU3RhdHVzO1xuICBjaGFwdGVyc190b3RhbDogbnVtYmVyO1xuICBjaGFwdGVyc19jb21wbGV0ZWQ6IG51bWJlcjtcbiAgY2hhcHRlcnM6IEpvYkNoYXB0ZXJbXTtcbiAgY3JlYXRlZF9hdDogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZXJyb3I/OiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXIge1xuICBpbmRleDogbnVtYmVyO1xuICB0aXRsZTogc3RyaW5nO1xuICBjb250ZW50OiBzdHJpbmc7XG4gIHdvcmRfY291bnQ6IG51bWJlcjtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4ge1xuICBhY2Nlc3NfdG9rZW46IHN0cmluZztcbiAgdG9rZW5fdHlwZTogc3RyaW5nO1xuICByb2xlOiBSb2xlO1xuICBleHBpcmVzX2luOiBudW1iZXI7XG59XG5cbi8qKlxuICogV2hhdCBldmVyeSBjYWxsIHJldHVybnM6IHdoZXRoZXIgaXRzIGNoZWNrcyBwYXNzZWQsIHRoZSBzdGF0dXMsIGFuZCB0aGUgYm9keSB3aGVuIGl0IGhhZCB0aGVcbiAqIHJpZ2h0IHNoYXBlLiBUaGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZDogbW9zdCBjYWxsZXJzIG9ubHkgbmVlZCBgb2tgLCBhbmQgazYncyBKU09OLnBhcnNlXG4gKiBidWlsZHMgZXZlcnkgb2JqZWN0IG9mIGEgbGlzdCBpbiBKUyDigJQgYSBxdWFydGVyIG9mIGs2J3MgQ1BVIGluIHRoZSByZWd1bGFyLXVzZXIgd29ya2Zsb3cgYmVmb3JlXG4gKiB0aGlzIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdDxUPiB7XG4gIG9rOiBib29sZWFuO1xuICBzdGF0dXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgYm9keTogVCB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIE9uZSBmaWVsZCBvZiBhIEpTT04gYm9keSBieSBhIGs2IHNlbGVjdG9yIChgaXRlbXMuI2AsIGBpZGApOiByZWFkIGluIEdvLCBubyBKUyBvYmplY3QgYnVpbHQgZm9yIHRoZSByZXN0LiAqL1xuZXhwb3J0IHR5cGUgRmllbGQgPSAocGF0aDogc3RyaW5nKSA9PiB1bmtub3duO1xuLyoqIEEgYm9keS1zaGFwZSB0ZXN0IG92ZXIgc2VsZWN0ZWQgZmllbGRzOyBUIGlzIHRoZSBib2R5IHR5cGUgaXQgdm91Y2hlcyBmb3IuICovXG5leHBvcnQgdHlwZSBTaGFwZTxUPiA9ICgoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKSAmIHsgcmVhZG9ubHkgdm91Y2hlc0Zvcj86IFQgfTtcbmNvbnN0IHNoYXBlID0gPFQ+KHRlc3Q6IChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pOiBTaGFwZTxUPiA9PiB0ZXN0O1xuXG5jb25zdCBpc0lkID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdiA9PT0gJ251bWJlcic7XG5jb25zdCBpc0NvdW50ID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnbnVtYmVyJzsgLy8gYDxhcnJheT4uI2AgaXMgYSBudW1iZXIgb25seSBmb3IgYW4gYXJyYXlcblxuZXhwb3J0IGNvbnN0IHNoYXBlcyA9IHtcbiAgaGVhbHRoOiBzaGFwZTx7IHN0YXR1czogc3RyaW5nIH0+KChmaWVsZCkgPT4gZmllbGQoJ3N0YXR1cycpID09PSAnb2snKSxcbiAgbG9naW46IHNoYXBlPExvZ2luPigoZmllbGQpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IGZpZWxkKCdhY2Nlc3NfdG9rZW4nKTtcbiAgICByZXR1cm4gdHlwZW9mIHRva2VuID09PSAnc3RyaW5nJyAmJiB0b2tlbiAhPT0gJyc7XG4gIH0pLFxuICBjb3Vyc2VMaXN0OiBzaGFwZTxDb3Vyc2VMaXN0PigoZmllbGQpID0+IGlzQ291bnQoZmllbGQoJ2l0ZW1zLiMnKSkgJiYgdHlwZW9mIGZpZWxkKCd0b3RhbCcpID09PSAnbnVtYmVyJyksXG4gIGNvdXJzZTogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIHR5cGVvZiBmaWVsZCgndGl0bGUnKSA9PT0gJ3N0cmluZycpLFxuICBjb3Vyc2VXaXRoQ2hhcHRlcnM6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgam9iQWNjZXB0ZWQ6IHNoYXBlPHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdqb2JfaWQnKSkpLFxuICBqb2I6IHNoYXBlPEpvYj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ3N0YXR1cycpID09PSAnc3RyaW5nJyAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgY2hhcHRlcjogc2hhcGU8Q2hhcHRlcj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ2NvbnRlbnQnKSA9PT0gJ3N0cmluZycpLFxuICBhbnlPYmplY3Q6IHNoYXBlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PigoZmllbGQpID0+IHtcbiAgICBjb25zdCB3aG9sZSA9IGZpZWxkKCdAdGhpcycpOyAvLyBnanNvbidzIG1vZGlmaWVyIGZvciB0aGUgd2hvbGUgZG9jdW1lbnRcbiAgICByZXR1cm4gdHlwZW9mIHdob2xlID09PSAnb2JqZWN0JyAmJiB3aG9sZSAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh3aG9sZSk7XG4gIH0pLFxufTtcblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKipcbiAqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuXG4gKiBleGNlcHRpb24pLiBUaGUgYm9keSBpdHNlbGYgaXMgbm90IHJlYWQgaGVyZTogYW4gZW1wdHkgb3IgdW5wYXJzYWJsZSBvbmUgcmVhZHMgYXMgaGF2aW5nIG5vXG4gKiBmaWVsZHMsIHdoaWNoIGZhaWxzIHRoZSBzaGFwZSwgYW5kIHJlYWRpbmcgaXQgd291bGQgY29weSBldmVyeSBib2R5IGludG8gSmF2YVNjcmlwdC5cbiAqL1xuZnVuY3Rpb24gaXNKc29uKHJlczogUmVzcG9uc2UpOiBib29sZWFuIHtcbiAgcmV0dXJuIFN0cmluZyhyZXMuaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPz8gJycpLmluY2x1ZGVzKCdqc29uJyk7XG59XG5cbi8qKiBUaGUgcmVzcG9uc2UgdGhlIHNoYXBlIGNoZWNrIGlzIHJlYWRpbmc6IG9uZSBmaWVsZCByZWFkZXIgcGVyIFZVLCBub3QgYSBjbG9zdXJlIHBlciByZXF1ZXN0LiAqL1xubGV0IHJlYWRpbmc6IFJlc3BvbnNlIHwgdW5kZWZpbmVkO1xuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5jb25zdCByZWFkRmllbGQ6IEZpZWxkID0gKHBhdGgpID0+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcmVhZGluZyEuanNvbihwYXRoKSA/PyB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn07XG5cbi8qKiBBIGNhbGwncyBSZXN1bHQ7IHRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkIChhIHByb3RvdHlwZSBnZXR0ZXI6IG5vIGNsb3N1cmVzIHBlciByZXF1ZXN0KS4gKi9cbmNsYXNzIExhenlSZXN1bHQ8VD4gaW1wbGVtZW50cyBSZXN1bHQ8VD4ge1xuICBwcml2YXRlIHBhcnNlZCA9IGZhbHNlO1xuICBwcml2YXRlIHZhbHVlOiBUIHwgdW5kZWZpbmVkO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBvazogYm9vbGVhbixcbiAgICByZWFkb25seSBzdGF0dXM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJlczogUmVzcG9uc2UgfCB1bmRlZmluZWQsXG4gICkge31cblxuICBnZXQgYm9keSgpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAodGhpcy5yZXMgJiYgIXRoaXMucGFyc2VkKSB7XG4gICAgICB0aGlzLnZhbHVlID0gcGFyc2VKc29uKHRoaXMucmVzLmJvZHkpIGFzIFQ7XG4gICAgICB0aGlzLnBhcnNlZCA9IHRydWU7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnZhbHVlO1xuICB9XG59XG5cbi8qKiBUaGUgd2hvbGUgYm9keSBhcyBKU09OLCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBwYXJzZS4gKi9cbmZ1bmN0aW9uIHBhcnNlSnNvbihib2R5OiB1bmtub3duKTogdW5rbm93biB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UoYm9keSBhcyBzdHJpbmcpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8vIENhY2hlcyBvbiB0aGlzIHBhdGggYXJlIHBsYWluIG9iamVjdHMsIG5vdCBNYXA6IGV2ZXJ5IFZVIGhhcyBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgYW5kIHRoZVxuLy8gZmlyc3QgTWFwIGEgcnVudGltZSB1c2VzIGJ1aWxkcyBNYXAncyBjb25zdHJ1Y3RvciBhbmQgcHJvdG90eXBlIGluIGl0ICh+MTAgS0IgcGVyIFZVLCBiZW5jaC8pLlxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrczogUmVjb3JkPG51bWJlciwgUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPj4gPSB7fTtcbmZ1bmN0aW9uIGV4cGVjdFN0YXR1cyhzdGF0dXM6IG51bWJlcik6IFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4ge1xuICByZXR1cm4gKHN0YXR1c0NhbGxiYWNrc1tzdGF0dXNdID8/PSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKSk7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0czogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4+ID0ge307XG4vKiogVGhlIGNoZWNrcyBvZiBvbmUgZW5kcG9pbnQsIG1hZGUgb25jZTogdGhlIHNhbWUgbmFtZXMgb24gZXZlcnkgcmVxdWVzdCBrZWVwIHRoZSBjaGVja3MgbWV0cmljJ3Mgc2VyaWVzIGZpeGVkLiAqL1xuZnVuY3Rpb24gY2hlY2tzRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFNoYXBlOiBib29sZWFuKSB7XG4gIGxldCBzZXQgPSBjaGVja1NldHNbZW5kcG9pbnRdO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0c1tlbmRwb2ludF0gPSBzZXQ7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIC8qKiBTZXQgd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxOiB0aGUgc2Vzc2lvbiBsYXllciBsb2dzIGluIGFnYWluIGJlZm9yZSB0aGUgbmV4dCBzdGVwLiAqL1xuICB1bmF1dGhvcml6ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB0aW1lb3V0OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0IHBhcmFtcyBwZXIgZW5kcG9pbnQgKGhlYWRlcnMsIHRhZ3MsIHRpbWVvdXQsIGV4cGVjdGVkIHN0YXR1cyksIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcmFtczogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFBhcmFtcz4+ID0ge307XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBiYXNlVXJsOiBzdHJpbmcsXG4gICAgdGltZW91dFM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLnRpbWVvdXQgPSBgJHt0aW1lb3V0U31zYDtcbiAgfVxuXG4gIC8qKiBBIGNsaWVudCBmb3IgdGhlIHNhbWUgcGxhdGZvcm0gYWN0aW5nIGFzIGFub3RoZXIgdXNlci4gKi9cbiAgYXModG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gICAgcmV0dXJuIG5ldyBBcGlDbGllbnQodGhpcy5iYXNlVXJsLCBOdW1iZXIodGhpcy50aW1lb3V0LnNsaWNlKDAsIC0xKSksIHRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyYW1zRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFBheWxvYWQ6IGJvb2xlYW4sIHJlYWRzQm9keTogYm9vbGVhbik6IFBhcmFtcyB7XG4gICAgbGV0IHBhcmFtcyA9IHRoaXMucGFyYW1zW2VuZHBvaW50XTtcbiAgICBpZiAoIXBhcmFtcykge1xuICAgICAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgICAgIGlmICh3aXRoUGF5bG9hZCkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gICAgICBpZiAodGhpcy50b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3RoaXMudG9rZW59YDtcbiAgICAgIHBhcmFtcyA9IHtcbiAgICAgICAgaGVhZGVycyxcbiAgICAgICAgdGFnczogcmVxdWVzdFRhZ3MoZW5kcG9pbnQpLFxuICAgICAgICB0aW1lb3V0OiB0aGlzLnRpbWVvdXQsXG4gICAgICAgIHJlc3BvbnNlQ2FsbGJhY2s6IGV4cGVjdFN0YXR1cyhleHBlY3RlZCksXG4gICAgICB9O1xuICAgICAgLy8gQSBib2R5IG5vYm9keSBjaGVja3Mgb3IgcmVhZHMgKERFTEVURSdzIDIwNCwgYW4gZXhwb3J0IGRvY3VtZW50KSBpcyBub3QgY29waWVkIGludG8gSmF2YVNjcmlwdC5cbiAgICAgIGlmICghcmVhZHNCb2R5KSBwYXJhbXMucmVzcG9uc2VUeXBlID0gJ25vbmUnO1xuICAgICAgdGhpcy5wYXJhbXNbZW5kcG9pbnRdID0gcGFyYW1zO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KFxuICAgICAgbWV0aG9kLFxuICAgICAgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLFxuICAgICAgd2l0aFBheWxvYWQgPyBKU09OLnN0cmluZ2lmeShwYXlsb2FkKSA6IG51bGwsXG4gICAgICB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKSxcbiAgICApO1xuICAgIC8vIEVhY2ggcHJvcGVydHkgcmVhZCBvZiBhIGs2IHJlc3BvbnNlIGNyb3NzZXMgaW50byBHbyBhbmQgYnVpbGRzIGEgSlMgdmFsdWU6IHJlYWQgZWFjaCBvbmNlLlxuICAgIGNvbnN0IHN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSBzdGF0dXMgPT09IGV4cGVjdGVkO1xuICAgIGlmIChzdGF0dXMgPT09IDQwMSkgdGhpcy51bmF1dGhvcml6ZWQgPSB0cnVlO1xuICAgIC8vIEEgd3Jvbmcgc3RhdHVzIGZhaWxzIHRoZSBzaGFwZSBjaGVjayB0b28sIGFzIHJlYWRpbmcgdGhhdCBib2R5IHdvdWxkIChhbiBlcnJvciBib2R5IGlzIG5vdCB0aGVcbiAgICAvLyByZXNvdXJjZSksIHdpdGhvdXQgcGF5aW5nIGZvciB0aGUgcmVhZC5cbiAgICBsZXQgc2hhcGVPayA9ICFzaGFwZTtcbiAgICBpZiAoc2hhcGUgJiYgc3RhdHVzT2spIHtcbiAgICAgIHJlYWRpbmcgPSByZXM7XG4gICAgICBzaGFwZU9rID0gaXNKc29uKHJlcykgJiYgc2hhcGUocmVhZEZpZWxkKTtcbiAgICAgIHJlYWRpbmcgPSB1bmRlZmluZWQ7XG4gICAgfVxuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgcmV0dXJuIG5ldyBMYXp5UmVzdWx0PFQ+KGFsbE9rLCBzdGF0dXMsIHNoYXBlICYmIHN0YXR1c09rICYmIHNoYXBlT2sgPyByZXMgOiB1bmRlZmluZWQpO1xuICB9XG5cbiAgaGVhbHRoKCk6IFJlc3VsdDx7IHN0YXR1czogc3RyaW5nIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdoZWFsdGgnLCAnR0VUJywgcGF0aHMuaGVhbHRoKCksIDIwMCwgc2hhcGVzLmhlYWx0aCk7XG4gIH1cblxuICBsb2dpbihlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogUmVzdWx0PExvZ2luPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnbG9naW4nLCAnUE9TVCcsIHBhdGhzLmxvZ2luKCksIDIwMCwgc2hhcGVzLmxvZ2luLCB7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuXG4gIGxpc3RDb3Vyc2VzKHF1ZXJ5OiB7IGxpbWl0PzogbnVtYmVyOyBvZmZzZXQ/OiBudW1iZXI7IHE/OiBzdHJpbmcgfSA9IHt9KTogUmVzdWx0PENvdXJzZUxpc3Q+IHtcbiAgICAvLyBBIGxvb3AgcmF0aGVyIHRoYW4gZW50cmllcy9maWx0ZXIvbWFwL2pvaW46IHRoaXMgaXMgdGhlIG1vc3QgZnJlcXVlbnQgcmVxdWVzdCwgYW5kIGVhY2ggb2ZcbiAgICAvLyB0aG9zZSBpcyBhIHBlci1yZXF1ZXN0IGFycmF5IGFuZCBhIGJ1aWx0LWluIGV2ZXJ5IFZVJ3MgcnVudGltZSB3b3VsZCBidWlsZC5cbiAgICBsZXQgc2VhcmNoID0gJyc7XG4gICAgZm9yIChjb25zdCBrZXkgaW4gcXVlcnkpIHtcbiAgICAgIGNvbnN0IHZhbHVlID0gcXVlcnlba2V5IGFzIGtleW9mIHR5cGVvZiBxdWVyeV07XG4gICAgICBpZiAodmFsdWUgIT09IHVuZGVmaW5lZCkgc2VhcmNoICs9IGAke3NlYXJjaCA/ICcmJyA6ICc/J30ke2tleX09JHtlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKHZhbHVlKSl9YDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlc19saXN0JywgJ0dFVCcsIGAke3BhdGhzLmNvdXJzZXMoKX0ke3NlYXJjaH1gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbi8vIGZvci1pbiwgbm90IE9iamVjdC5lbnRyaWVzL2ZyZWV6ZTogdGhpcyBydW5zIGluIGV2ZXJ5IFZVJ3MgcnVudGltZSwgYW5kIGVhY2ggYnVpbHQtaW4gaXRcbi8vIHRvdWNoZXMgaXMgYnVpbHQgdGhlcmUgKFJlYWRvbmx5IGtlZXBzIHRoZSB0YWdzIHVuY2hhbmdlZCBhdCBjb21waWxlIHRpbWUpLlxuY29uc3QgdGFnc0J5RW5kcG9pbnQ6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pj4+ID0ge307XG5mb3IgKGNvbnN0IGVuZHBvaW50IGluIHJvdXRlTmFtZXMpIHtcbiAgdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnQgYXMgRW5kcG9pbnRdID0geyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZTogcm91dGVOYW1lc1tlbmRwb2ludCBhcyBFbmRwb2ludF0gfTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUga2VwdCBkYXRhc2V0OiBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50LCB0aGUgZmlyc3Rcbi8vIFBFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGdlbmVyYXRlZCAob25lIGNoYXB0ZXIpLCBzbyBsaXN0cyBhbmRcbi8vIHBhZ2luYXRpb24gYXJlIG5vdCB0cml2aWFsbHkgc21hbGwgYW5kIHJlYWRzIHNwcmVhZCBvdmVyIG1hbnkgcm93cywgZWFjaCB1c2VyIHJlYWRpbmcgb25seVxuLy8gdGhlaXIgb3duLiBNYWRlIGluIHNldHVwIChvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGl0cyByZXF1ZXN0cyBjYXJyeSBzY29wZT1zZXR1cCBhbmQgbm9cbi8vIGVuZHBvaW50IHRhZywgc28gbm8gZ2F0ZSBzZWVzIHRoZW0pLCB3aXRoIGF0IG1vc3QgQ09OQ1VSUkVOQ1kgcmVxdWVzdHMgaW4gZmxpZ2h0LCBhbmQgcmV1c2VkIGJ5XG4vLyBsYXRlciBydW5zIHdoZW4gaXQgaXMgYWxyZWFkeSB0aGVyZSAoUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQ9dHJ1ZSAvIC0tcmVzZWVkOiBtYWRlIGFuZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIEJhdGNoUmVxdWVzdCwgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgdHlwZSBJZCwgcGF0aHMgfSBmcm9tICcuLi9odHRwL3JvdXRlcy50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFLCBkYXRhc2V0VGl0bGUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBBY2NvdW50LCBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5jb25zdCBDT05DVVJSRU5DWSA9IDE2O1xuY29uc3QgTElTVF9MSU1JVCA9IDEwMDtcblxuZXhwb3J0IGludGVyZmFjZSBPd25lciBleHRlbmRzIEFjY291bnQge1xuICByb2xlOiBSb2xlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERhdGFzZXRSZXBvcnQge1xuICBhY2NvdW50czogbnVtYmVyO1xuICBjcmVhdGVkOiBudW1iZXI7XG4gIHJldXNlZDogbnVtYmVyO1xuICByZW1vdmVkOiBudW1iZXI7XG4gIGdlbmVyYXRlZDogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgc2VudCBhZ2FpbiBhZnRlciBubyBhbnN3ZXIgb3IgYSA1eHguICovXG4gIHJldHJpZWQ6IG51bWJlcjtcbn1cblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vLyBTaXggdHJpZXMgd2l0aCBkb3VibGluZyBwYXVzZXMgKDAuMiDigKYgMy4yIHMsIDYuMiBzIGluIGFsbCk6IGEgcm91dGUgdGhhdCBmYWlscyBvbmUgcmVxdWVzdCBpbiBmaXZlXG4vLyBzdGlsbCBsZXRzIGVhY2ggb2YgZG96ZW5zIG9mIGFjY291bnRzIHRocm91Z2ggKDAuMl42IHBlciByZXF1ZXN0KSwgYW5kIGEgcGxhdGZvcm0gdGhhdCBpcyByZWFsbHlcbi8vIGRvd24gc3RvcHMgc2V0dXAgd2l0aGluIHNlY29uZHMuIFRocmVlIHRyaWVzIHdlcmUgbm90IGVub3VnaDogd2l0aCAyMCAlIGVycm9ycyBvbiB0aGUgbGlzdCByb3V0ZSwgMC44ICVcbi8vIG9mIGFjY291bnRzIGZhaWxlZCBhbGwgdGhyZWUgKGEgQ0kgcnVuIGFib3J0ZWQgaW4gc2V0dXA7IGF0IDI0IGFjY291bnRzIGl0IHdvdWxkIGJlIG9uZSBydW4gaW4gc2l4KS5cbmNvbnN0IEFUVEVNUFRTID0gNjtcbi8qKiBSZXF1ZXN0cyBzZXR1cCBzZW50IGFnYWluOyByZWFkIGJlZm9yZSBhbmQgYWZ0ZXIgYSBzdGVwIHRvIHNheSBob3cgbWFueSB0aGF0IHN0ZXAgbmVlZGVkLiAqL1xubGV0IHJldHJpZWQgPSAwO1xuY29uc3QgdHJhbnNpZW50ID0gKHJlczogUmVzcG9uc2UpID0+IHJlcy5zdGF0dXMgPT09IDAgfHwgcmVzLnN0YXR1cyA+PSA1MDA7XG5cbi8qKlxuICogU2VuZHMgYGNvdW50YCByZXF1ZXN0cyBtYWRlIGJ5IGBtYWtlYCwgQ09OQ1VSUkVOQ1kgYXQgYSB0aW1lLCBhbmQgaGFuZHMgZWFjaCBhbnN3ZXIgdG8gYG9uQW5zd2VyYFxuICogYXMgaXQgY29tZXM6IG5vdGhpbmcgaXMga2VwdCwgc28gc2VlZGluZyB0aG91c2FuZHMgb2YgY291cnNlcyBkb2VzIG5vdCBob2xkIHRob3VzYW5kcyBvZlxuICogcmVzcG9uc2VzIGluIGs2J3MgbWVtb3J5LiBBIHJlcXVlc3QgdGhhdCBnb3Qgbm8gYW5zd2VyIG9yIGEgNXh4IGlzIHNlbnQgYWdhaW4gKHVwIHRvIEFUVEVNUFRTXG4gKiBpbiBhbGwsIHBhdXNpbmcgbG9uZ2VyIGVhY2ggdGltZSk6IG9uZSBmbGFreSBhbnN3ZXIgbXVzdCBub3Qgc3RvcCBhIHJ1biBiZWZvcmUgaXQgc3RhcnRzLiBBXG4gKiBjcmVhdGlvbiByZXRyaWVkIGFmdGVyIGEgbG9zdCBhbnN3ZXIgbWF5IG1ha2Ugb25lIGNvdXJzZSB0b28gbWFueTsgdGhlIG5leHQgcnVuIGNvdW50cywgaXQgZG9lc1xuICogbm90IGFzc3VtZS5cbiAqL1xuZnVuY3Rpb24gYmF0Y2hlZChjb3VudDogbnVtYmVyLCBtYWtlOiAoaTogbnVtYmVyKSA9PiBCYXRjaFJlcXVlc3QsIG9uQW5zd2VyOiAocmVzOiBSZXNwb25zZSwgaTogbnVtYmVyKSA9PiB2b2lkKTogdm9pZCB7XG4gIGZvciAobGV0IGZpcnN0ID0gMDsgZmlyc3QgPCBjb3VudDsgZmlyc3QgKz0gQ09OQ1VSUkVOQ1kpIHtcbiAgICBjb25zdCBjaHVuazogQmF0Y2hSZXF1ZXN0W10gPSBbXTtcbiAgICBmb3IgKGxldCBpID0gZmlyc3Q7IGkgPCBNYXRoLm1pbihjb3VudCwgZmlyc3QgKyBDT05DVVJSRU5DWSk7IGkrKykgY2h1bmsucHVzaChtYWtlKGkpKTtcbiAgICBjb25zdCBnb3QgPSBodHRwLmJhdGNoKGNodW5rKSBhcyBSZXNwb25zZVtdO1xuICAgIGZvciAobGV0IGF0dGVtcHQgPSAxOyBhdHRlbXB0IDwgQVRURU1QVFM7IGF0dGVtcHQrKykge1xuICAgICAgY29uc3QgYWdhaW4gPSBnb3QubWFwKChyZXMsIGspID0+ICh0cmFuc2llbnQocmVzKSA/IGsgOiAtMSkpLmZpbHRlcigoaykgPT4gayA+PSAwKTtcbiAgICAgIGlmIChhZ2Fpbi5sZW5ndGggPT09IDApIGJyZWFrO1xuICAgICAgcmV0cmllZCArPSBhZ2Fpbi5sZW5ndGg7XG4gICAgICBzbGVlcCgwLjIgKiAyICoqIChhdHRlbXB0IC0gMSkpO1xuICAgICAgKGh0dHAuYmF0Y2goYWdhaW4ubWFwKChrKSA9PiBjaHVua1trXSEpKSBhcyBSZXNwb25zZVtdKS5mb3JFYWNoKChyZXMsIGopID0+IHtcbiAgICAgICAgZ290W2FnYWluW2pdIV0gPSByZXM7XG4gICAgICB9KTtcbiAgICB9XG4gICAgZ290LmZvckVhY2goKHJlcywgaykgPT4ge1xuICAgICAgb25BbnN3ZXIocmVzLCBmaXJzdCArIGspO1xuICAgIH0pO1xuICB9XG59XG5cbi8qKiBTZXR1cCdzIHJlcXVlc3QgcGFyYW1zOyBDb250ZW50LVR5cGUgb25seSB3aXRoIGEgYm9keSAoYSBKU09OIERFTEVURSB3aXRob3V0IG9uZSBpcyBhIDQwMCBvbiBtYW55IHNlcnZlcnMpLiAqL1xuZnVuY3Rpb24gcGFyYW1zKHdoYXQ6IHN0cmluZywgdG9rZW4/OiBzdHJpbmcsIHdpdGhCb2R5ID0gZmFsc2UpIHtcbiAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgaWYgKHdpdGhCb2R5KSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgaWYgKHRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dG9rZW59YDtcbiAgcmV0dXJuIHsgaGVhZGVycywgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogYHNldHVwOiAke3doYXR9YCB9LCB0aW1lb3V0OiAnNjBzJyB9O1xufVxuXG5mdW5jdGlvbiBqc29uPFQ+KHJlczogUmVzcG9uc2UpOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShyZXMuYm9keSBhcyBzdHJpbmcpIGFzIFQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIEEgbG9naW4gb3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93IChzY29wZT1zZXR1cCwgbm8gZW5kcG9pbnQgdGFnKTogdGhlIHRva2VuLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcXVpZXRMb2dpbihcbiAgY29uZmlnOiBDb25maWcsXG4gIGVtYWlsOiBzdHJpbmcsXG4gIHBhc3N3b3JkOiBzdHJpbmcsXG4pOiB7IHRva2VuOiBzdHJpbmcgfCB1bmRlZmluZWQ7IHN0YXR1czogbnVtYmVyIH0ge1xuICBjb25zdCByZXN1bHQ6IHsgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZDsgc3RhdHVzOiBudW1iZXIgfSA9IHsgdG9rZW46IHVuZGVmaW5lZCwgc3RhdHVzOiAwIH07XG4gIGJhdGNoZWQoXG4gICAgMSxcbiAgICAoKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICB1cmw6IGAke2NvbmZpZy5iYXNlVXJsfSR7cGF0aHMubG9naW4oKX1gLFxuICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkoeyBlbWFpbCwgcGFzc3dvcmQgfSksXG4gICAgICBwYXJhbXM6IHBhcmFtcygnbG9naW4nLCB1bmRlZmluZWQsIHRydWUpLFxuICAgIH0pLFxuICAgIChyZXMpID0+IHtcbiAgICAgIHJlc3VsdC5zdGF0dXMgPSByZXMuc3RhdHVzO1xuICAgICAgcmVzdWx0LnRva2VuID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGFjY2Vzc190b2tlbj86IHN0cmluZyB9PihyZXMpPy5hY2Nlc3NfdG9rZW4gOiB1bmRlZmluZWQ7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIHJlc3VsdDtcbn1cblxuaW50ZXJmYWNlIExpc3RlZCB7XG4gIHRvdGFsOiBudW1iZXI7XG4gIGlkczogSWRbXTtcbn1cblxuLyoqIFdoYXQgdGhlIHN0ZXBzIG9mIG1ha2luZyB0aGUgZGF0YXNldCBzaGFyZTogdGhlIGFjY291bnRzLCB0aGVpciB0b2tlbnMgKGJ5IG93bmVyIGluZGV4KSBhbmQgdGhlIGNvdW50cyBzbyBmYXIuICovXG5pbnRlcmZhY2UgU2VlZGluZyB7XG4gIGJhc2U6IHN0cmluZztcbiAgb3duZXJzOiBPd25lcltdO1xuICB0b2tlbnM6IHN0cmluZ1tdO1xuICByZXBvcnQ6IERhdGFzZXRSZXBvcnQ7XG59XG5cbi8qKiBNYWtlcyBzdXJlIGV2ZXJ5IG93bmVyIGhhcyB0aGUgZGF0YXNldDsgdGhyb3dzIHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgYWNjb3VudCBhbmQgc3RhdHVzIG9uIGZhaWx1cmUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5zdXJlRGF0YXNldChjb25maWc6IENvbmZpZywgb3duZXJzOiBPd25lcltdKTogRGF0YXNldFJlcG9ydCB7XG4gIGNvbnN0IHsgY291cnNlczogd2FudGVkLCBnZW5lcmF0ZWQ6IGdlbmVyYXRlZFBlclVzZXIsIHJlc2VlZCB9ID0gY29uZmlnLmRhdGFzZXQ7XG4gIGNvbnN0IHJlcG9ydDogRGF0YXNldFJlcG9ydCA9IHtcbiAgICBhY2NvdW50czogb3duZXJzLmxlbmd0aCxcbiAgICBjcmVhdGVkOiAwLFxuICAgIHJldXNlZDogMCxcbiAgICByZW1vdmVkOiAwLFxuICAgIGdlbmVyYXRlZDogMCxcbiAgICByZXRyaWVkOiAwLFxuICB9O1xuICBpZiAod2FudGVkID09PSAwIHx8IG93bmVycy5sZW5ndGggPT09IDApIHJldHVybiByZXBvcnQ7XG4gIGNvbnN0IHJldHJpZWRCZWZvcmUgPSByZXRyaWVkO1xuICBjb25zdCBzZWVkaW5nOiBTZWVkaW5nID0geyBiYXNlOiBjb25maWcuYmFzZVVybCwgb3duZXJzLCB0b2tlbnM6IFtdLCByZXBvcnQgfTtcbiAgbG9nSW4oXG4gICAgc2VlZGluZyxcbiAgICBvd25lcnMubWFwKChfLCBpKSA9PiBpKSxcbiAgKTtcbiAgbGV0IGxpc3RlZCA9IGxpc3REYXRhc2V0cyhzZWVkaW5nKTtcbiAgaWYgKHJlc2VlZCkgbGlzdGVkID0gcmVtb3ZlRGF0YXNldHMoc2VlZGluZywgbGlzdGVkKTtcbiAgY29uc3QgdG9HZW5lcmF0ZSA9IGNyZWF0ZUNvdXJzZXMoc2VlZGluZywgbGlzdGVkLCB3YW50ZWQsIGdlbmVyYXRlZFBlclVzZXIpO1xuICBhd2FpdEdlbmVyYXRpb24oc2VlZGluZywgc3RhcnRHZW5lcmF0aW9uKHNlZWRpbmcsIHRvR2VuZXJhdGUpLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTKTtcbiAgcmVwb3J0LnJldHJpZWQgPSByZXRyaWVkIC0gcmV0cmllZEJlZm9yZTtcbiAgcmV0dXJuIHJlcG9ydDtcbn1cblxuLyoqIExvZ3MgdGhlIG93bmVycyBhdCB0aGVzZSBpbmRleGVzIGluLCBrZWVwaW5nIHRoZWlyIHRva2Vucy4gKi9cbmZ1bmN0aW9uIGxvZ0luKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMgfTogU2VlZGluZywgd2hpY2g6IG51bWJlcltdKTogdm9pZCB7XG4gIGJhdGNoZWQoXG4gICAgd2hpY2gubGVuZ3RoLFxuICAgIChrKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5sb2dpbigpfWAsXG4gICAgICBib2R5OiBKU09OLnN0cmluZ2lmeSh7IGVtYWlsOiBvd25lcnNbd2hpY2hba10hXSEuZW1haWwsIHBhc3N3b3JkOiBvd25lcnNbd2hpY2hba10hXSEucGFzc3dvcmQgfSksXG4gICAgICBwYXJhbXM6IHBhcmFtcygnbG9naW4nLCB1bmRlZmluZWQsIHRydWUpLFxuICAgIH0pLFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IHRva2VuID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGFjY2Vzc190b2tlbj86IHN0cmluZyB9PihyZXMpPy5hY2Nlc3NfdG9rZW4gOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoIXRva2VuKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGxvZ2dpbmcgaW4gYXMgJHtvd25lcnNbd2hpY2hba10hXSEucm9sZX0gYWNjb3VudCAke293bmVyc1t3aGljaFtrXSFdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c306IGNoZWNrIGl0cyBwYXNzd29yZCBpbiB0aGUgdXNlciBwb29sYCxcbiAgICAgICAgKTtcbiAgICAgIHRva2Vuc1t3aGljaFtrXSFdID0gdG9rZW47XG4gICAgfSxcbiAgKTtcbn1cblxuLyoqIEVhY2ggb3duZXIncyBkYXRhc2V0IGNvdXJzZXM6IGhvdyBtYW55LCBhbmQgdGhlIGlkcyBvZiB0aGUgZmlyc3QgcGFnZS4gKi9cbmZ1bmN0aW9uIGxpc3REYXRhc2V0cyh7IGJhc2UsIG93bmVycywgdG9rZW5zIH06IFNlZWRpbmcpOiBMaXN0ZWRbXSB7XG4gIGNvbnN0IGxpc3RVcmwgPSBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfT9xPSR7ZW5jb2RlVVJJQ29tcG9uZW50KERBVEFTRVRfVElUTEUpfSZsaW1pdD0ke0xJU1RfTElNSVR9YDtcbiAgY29uc3QgbGlzdGVkOiBMaXN0ZWRbXSA9IFtdO1xuICBiYXRjaGVkKFxuICAgIG93bmVycy5sZW5ndGgsXG4gICAgKGkpID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogbGlzdFVybCwgcGFyYW1zOiBwYXJhbXMoJ2xpc3QgZGF0YXNldCcsIHRva2Vuc1tpXSkgfSksXG4gICAgKHJlcywgaSkgPT4ge1xuICAgICAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyB0b3RhbDogbnVtYmVyOyBpdGVtczogeyBpZDogSWQgfVtdIH0+KHJlcykgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoIWJvZHkpXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogbGlzdGluZyB0aGUgY291cnNlcyBvZiAke293bmVyc1tpXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCk7XG4gICAgICBsaXN0ZWRbaV0gPSB7IHRvdGFsOiBib2R5LnRvdGFsLCBpZHM6IGJvZHkuaXRlbXMubWFwKChjKSA9PiBjLmlkKSB9O1xuICAgIH0sXG4gICk7XG4gIHJldHVybiBsaXN0ZWQ7XG59XG5cbi8qKiBSZW1vdmVzIHRoZSBvbGQgZGF0YXNldCBwYWdlIGJ5IHBhZ2UgKGVhY2ggbGlzdCBzaG93cyB0aGUgbmV4dCBwYWdlIG9uY2UgdGhlIHByZXZpb3VzIGlzIGdvbmUpOyByZXR1cm5zIHRoZSBsaXN0cyBhZnRlci4gKi9cbmZ1bmN0aW9uIHJlbW92ZURhdGFzZXRzKHNlZWRpbmc6IFNlZWRpbmcsIGxpc3RlZDogTGlzdGVkW10pOiBMaXN0ZWRbXSB7XG4gIGNvbnN0IHsgYmFzZSwgdG9rZW5zLCByZXBvcnQgfSA9IHNlZWRpbmc7XG4gIGZvciAobGV0IHJvdW5kID0gMDsgbGlzdGVkLnNvbWUoKGwpID0+IGwuaWRzLmxlbmd0aCA+IDApICYmIHJvdW5kIDwgMTAwMDsgcm91bmQrKykge1xuICAgIGNvbnN0IGRvb21lZCA9IGxpc3RlZC5mbGF0TWFwKChsLCBpKSA9PiBsLmlkcy5tYXAoKGlkKSA9PiAoeyBvd25lcjogaSwgaWQgfSkpKTtcbiAgICBiYXRjaGVkKFxuICAgICAgZG9vbWVkLmxlbmd0aCxcbiAgICAgIChrKSA9PiAoe1xuICAgICAgICBtZXRob2Q6ICdERUxFVEUnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2UoZG9vbWVkW2tdIS5pZCl9YCxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ3JlbW92ZSBkYXRhc2V0JywgdG9rZW5zW2Rvb21lZFtrXSEub3duZXJdKSxcbiAgICAgIH0pLFxuICAgICAgKHJlcykgPT4ge1xuICAgICAgICBpZiAocmVzLnN0YXR1cyA9PT0gMjA0KSByZXBvcnQucmVtb3ZlZCsrO1xuICAgICAgfSxcbiAgICApO1xuICAgIGxpc3RlZCA9IGxpc3REYXRhc2V0cyhzZWVkaW5nKTtcbiAgfVxuICByZXR1cm4gbGlzdGVkO1xufVxuXG4vKiogQ3JlYXRlcyB0aGUgY291cnNlcyBlYWNoIG93bmVyIGxhY2tzOyByZXR1cm5zIHRob3NlIHRvIGdlbmVyYXRlIChyZWd1bGFyIGFjY291bnRzJyBmaXJzdCBvbmVzKS4gKi9cbmZ1bmN0aW9uIGNyZWF0ZUNvdXJzZXMoXG4gIHsgYmFzZSwgb3duZXJzLCB0b2tlbnMsIHJlcG9ydCB9OiBTZWVkaW5nLFxuICBsaXN0ZWQ6IExpc3RlZFtdLFxuICB3YW50ZWQ6IG51bWJlcixcbiAgZ2VuZXJhdGVkUGVyVXNlcjogbnVtYmVyLFxuKTogeyBvd25lcjogbnVtYmVyOyBpZDogSWQgfVtdIHtcbiAgY29uc3QgY3JlYXRpb25zOiB7IG93bmVyOiBudW1iZXI7IG46IG51bWJlcjsgZ2VuZXJhdGU6IGJvb2xlYW4gfVtdID0gW107XG4gIG93bmVycy5mb3JFYWNoKChvd25lciwgaSkgPT4ge1xuICAgIGNvbnN0IGhhdmUgPSBsaXN0ZWRbaV0hLnRvdGFsO1xuICAgIGlmIChoYXZlID49IHdhbnRlZCkgcmVwb3J0LnJldXNlZCsrO1xuICAgIGZvciAobGV0IG4gPSBoYXZlICsgMTsgbiA8PSB3YW50ZWQ7IG4rKylcbiAgICAgIGNyZWF0aW9ucy5wdXNoKHsgb3duZXI6IGksIG4sIGdlbmVyYXRlOiBvd25lci5yb2xlID09PSAncmVndWxhcicgJiYgbiA8PSBnZW5lcmF0ZWRQZXJVc2VyIH0pO1xuICB9KTtcbiAgY29uc3QgdG9HZW5lcmF0ZTogeyBvd25lcjogbnVtYmVyOyBpZDogSWQgfVtdID0gW107XG4gIGJhdGNoZWQoXG4gICAgY3JlYXRpb25zLmxlbmd0aCxcbiAgICAoaykgPT4ge1xuICAgICAgY29uc3QgeyBvd25lciwgbiwgZ2VuZXJhdGUgfSA9IGNyZWF0aW9uc1trXSE7XG4gICAgICBjb25zdCBjb3Vyc2UgPSB7XG4gICAgICAgIHRpdGxlOiBkYXRhc2V0VGl0bGUobiksXG4gICAgICAgIHRvcGljOiBgZGF0YXNldCB0b3BpYyAke259YCxcbiAgICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICAgIGNoYXB0ZXJfY291bnQ6IGdlbmVyYXRlID8gMSA6IDMsXG4gICAgICB9O1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX1gLFxuICAgICAgICBib2R5OiBKU09OLnN0cmluZ2lmeShjb3Vyc2UpLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygnY3JlYXRlIGRhdGFzZXQnLCB0b2tlbnNbb3duZXJdLCB0cnVlKSxcbiAgICAgIH07XG4gICAgfSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCBpZCA9IHJlcy5zdGF0dXMgPT09IDIwMSA/IGpzb248eyBpZDogSWQgfT4ocmVzKT8uaWQgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoaWQgPT09IHVuZGVmaW5lZClcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBjcmVhdGluZyBhIGNvdXJzZSBmb3IgJHtvd25lcnNbY3JlYXRpb25zW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWAsXG4gICAgICAgICk7XG4gICAgICByZXBvcnQuY3JlYXRlZCsrO1xuICAgICAgaWYgKGNyZWF0aW9uc1trXSEuZ2VuZXJhdGUpIHRvR2VuZXJhdGUucHVzaCh7IG93bmVyOiBjcmVhdGlvbnNba10hLm93bmVyLCBpZCB9KTtcbiAgICB9LFxuICApO1xuICByZXR1cm4gdG9HZW5lcmF0ZTtcbn1cblxuaW50ZXJmYWNlIEpvYiB7XG4gIG93bmVyOiBudW1iZXI7XG4gIGpvYklkOiBJZDtcbn1cblxuZnVuY3Rpb24gc3RhcnRHZW5lcmF0aW9uKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMgfTogU2VlZGluZywgdG9HZW5lcmF0ZTogeyBvd25lcjogbnVtYmVyOyBpZDogSWQgfVtdKTogSm9iW10ge1xuICBjb25zdCBqb2JzOiBKb2JbXSA9IFtdO1xuICBiYXRjaGVkKFxuICAgIHRvR2VuZXJhdGUubGVuZ3RoLFxuICAgIChrKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5nZW5lcmF0ZSh0b0dlbmVyYXRlW2tdIS5pZCl9YCxcbiAgICAgIGJvZHk6ICd7fScsXG4gICAgICBwYXJhbXM6IHBhcmFtcygnZ2VuZXJhdGUgZGF0YXNldCcsIHRva2Vuc1t0b0dlbmVyYXRlW2tdIS5vd25lcl0sIHRydWUpLFxuICAgIH0pLFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IGpvYklkID0gcmVzLnN0YXR1cyA9PT0gMjAyID8ganNvbjx7IGpvYl9pZDogSWQgfT4ocmVzKT8uam9iX2lkIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKGpvYklkID09PSB1bmRlZmluZWQpXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogc3RhcnRpbmcgZ2VuZXJhdGlvbiBmb3IgJHtvd25lcnNbdG9HZW5lcmF0ZVtrXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gLFxuICAgICAgICApO1xuICAgICAgam9icy5wdXNoKHsgb3duZXI6IHRvR2VuZXJhdGVba10hLm93bmVyLCBqb2JJZCB9KTtcbiAgICB9LFxuICApO1xuICByZXR1cm4gam9icztcbn1cblxuLyoqIFBvbGxzIHRoZSBqb2JzIG9uY2UgYSBzZWNvbmQgdW50aWwgYWxsIGNvbXBsZXRlZDsgdGhyb3dzIG9uIGEgZmFpbGVkIGpvYiBvciBhdCBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5mdW5jdGlvbiBhd2FpdEdlbmVyYXRpb24oc2VlZGluZzogU2VlZGluZywgam9iczogSm9iW10sIHRpbWVvdXRTOiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgdGltZW91dFMgKiAxMDAwO1xuICB3aGlsZSAoam9icy5sZW5ndGggPiAwKSB7XG4gICAgaWYgKERhdGUubm93KCkgPiBkZWFkbGluZSlcbiAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgYGRhdGFzZXQ6ICR7am9icy5sZW5ndGh9IGdlbmVyYXRpb24gam9iKHMpIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHt0aW1lb3V0U31zYCxcbiAgICAgICk7XG4gICAgc2xlZXAoMSk7XG4gICAgY29uc3QgeyBvcGVuLCBleHBpcmVkIH0gPSBwb2xsSm9icyhzZWVkaW5nLCBqb2JzKTtcbiAgICBpZiAoZXhwaXJlZC5zaXplID4gMCkgbG9nSW4oc2VlZGluZywgWy4uLmV4cGlyZWRdKTtcbiAgICBqb2JzID0gb3BlbjtcbiAgfVxufVxuXG4vKiogT25lIHBvbGwgb2YgZXZlcnkgam9iOiB0aG9zZSBzdGlsbCBvcGVuLCBhbmQgdGhlIG93bmVycyB3aG9zZSB0b2tlbiBleHBpcmVkIHdoaWxlIHdhaXRpbmcuICovXG5mdW5jdGlvbiBwb2xsSm9icyh7IGJhc2UsIG93bmVycywgdG9rZW5zLCByZXBvcnQgfTogU2VlZGluZywgam9iczogSm9iW10pOiB7IG9wZW46IEpvYltdOyBleHBpcmVkOiBTZXQ8bnVtYmVyPiB9IHtcbiAgY29uc3Qgb3BlbjogSm9iW10gPSBbXTtcbiAgY29uc3QgZXhwaXJlZCA9IG5ldyBTZXQ8bnVtYmVyPigpO1xuICBiYXRjaGVkKFxuICAgIGpvYnMubGVuZ3RoLFxuICAgIChrKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnR0VUJyxcbiAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmpvYihqb2JzW2tdIS5qb2JJZCl9YCxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdwb2xsIGRhdGFzZXQgam9iJywgdG9rZW5zW2pvYnNba10hLm93bmVyXSksXG4gICAgfSksXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgLy8gQSB0b2tlbiB0aGF0IGV4cGlyZWQgd2hpbGUgd2FpdGluZyAoc2hvcnQtbGl2ZWQgdG9rZW5zKTogbG9nIHRoYXQgb3duZXIgaW4gYWdhaW4gYW5kIHBvbGwgb24uXG4gICAgICBpZiAocmVzLnN0YXR1cyA9PT0gNDAxKSB7XG4gICAgICAgIGV4cGlyZWQuYWRkKGpvYnNba10hLm93bmVyKTtcbiAgICAgICAgb3Blbi5wdXNoKGpvYnNba10hKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgfVxuICAgICAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMClcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBmb2xsb3dpbmcgYSBnZW5lcmF0aW9uIGpvYiBvZiAke293bmVyc1tqb2JzW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfSR7cmVzLmVycm9yID8gYCAoJHtyZXMuZXJyb3J9KWAgOiAnJ31gLFxuICAgICAgICApO1xuICAgICAgY29uc3Qgc3RhdHVzID0ganNvbjx7IHN0YXR1cz86IHN0cmluZzsgZXJyb3I/OiBzdHJpbmcgfT4ocmVzKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogZ2VuZXJhdGluZyBhIGNvdXJzZSBvZiAke293bmVyc1tqb2JzW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQ6ICR7c3RhdHVzLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfWAsXG4gICAgICAgICk7XG4gICAgICBpZiAoc3RhdHVzPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSByZXBvcnQuZ2VuZXJhdGVkKys7XG4gICAgICBlbHNlIG9wZW4ucHVzaChqb2JzW2tdISk7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIHsgb3BlbiwgZXhwaXJlZCB9O1xufVxuXG4vKipcbiAqIFJlbW92ZXMgcnVuLWNyZWF0ZWQgY291cnNlcyB0aGUgYWRtaW4gY2FuIHNlZSB3aG9zZSB0aXRsZSBgcmVtb3ZlYCBwaWNrcyAodGhpcyBydW4ncyBhdFxuICogdGVhcmRvd24sIGVhcmxpZXIgcnVucycgbGVmdG92ZXJzIGF0IHNldHVwKS4gUmV0dXJucyBob3cgbWFueSB3ZXJlIHJlbW92ZWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW1vdmVDb3Vyc2VzKFxuICBjb25maWc6IENvbmZpZyxcbiAgYWRtaW5Ub2tlbjogc3RyaW5nLFxuICBmaWx0ZXI6IHN0cmluZyxcbiAgcmVtb3ZlOiAodGl0bGU6IHN0cmluZykgPT4gYm9vbGVhbixcbik6IG51bWJlciB7XG4gIGNvbnN0IGJhc2UgPSBjb25maWcuYmFzZVVybDtcbiAgbGV0IHJlbW92ZWQgPSAwO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChsZXQgcGFnZSA9IDA7IHBhZ2UgPCAxMDAwOyBwYWdlKyspIHtcbiAgICBsZXQgaXRlbXM6IHsgaWQ6IElkOyB0aXRsZTogc3RyaW5nIH1bXSA9IFtdO1xuICAgIGJhdGNoZWQoXG4gICAgICAxLFxuICAgICAgKCkgPT4gKHtcbiAgICAgICAgbWV0aG9kOiAnR0VUJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfT9xPSR7ZW5jb2RlVVJJQ29tcG9uZW50KGZpbHRlcil9JmxpbWl0PSR7TElTVF9MSU1JVH0mb2Zmc2V0PSR7b2Zmc2V0fWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdmaW5kIGxlZnRvdmVycycsIGFkbWluVG9rZW4pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGl0ZW1zID0gKHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdIH0+KHJlcyk/Lml0ZW1zIDogdW5kZWZpbmVkKSA/PyBbXTtcbiAgICAgIH0sXG4gICAgKTtcbiAgICBpZiAoaXRlbXMubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICBjb25zdCBkb29tZWQgPSBpdGVtcy5maWx0ZXIoKGMpID0+IHJlbW92ZShjLnRpdGxlKSk7XG4gICAgbGV0IGdvbmUgPSAwO1xuICAgIGJhdGNoZWQoXG4gICAgICBkb29tZWQubGVuZ3RoLFxuICAgICAgKGspID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ0RFTEVURScsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShkb29tZWRba10hLmlkKX1gLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGxlZnRvdmVycycsIGFkbWluVG9rZW4pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGlmIChyZXMuc3RhdHVzID09PSAyMDQgfHwgcmVzLnN0YXR1cyA9PT0gNDA0KSBnb25lKys7XG4gICAgICB9LFxuICAgICk7XG4gICAgcmVtb3ZlZCArPSBnb25lO1xuICAgIG9mZnNldCArPSBpdGVtcy5sZW5ndGggLSBnb25lOyAvLyB3aGF0IHN0YXlzIG9uIHRoZSBwYWdlIChrZXB0LCBvciBub3QgZGVsZXRhYmxlKSBpcyBzdGVwcGVkIG92ZXJcbiAgfVxuICByZXR1cm4gcmVtb3ZlZDtcbn1cbiIsICIvLyBIb3cgdGhlIHN1aXRlIG5hbWVzIHdoYXQgaXQgcHV0cyBvbiB0aGUgcGxhdGZvcm0sIHNvIGl0IGNhbiBmaW5kIGl0IGFnYWluLlxuLy8gLSBUaGUga2VwdCBkYXRhc2V0OiBgY291cnNlLXBlcmYgZGF0YXNldCBOTmAgKHJldXNlZCBhY3Jvc3MgcnVucywgbmV2ZXIgcmVtb3ZlZCBieSBhIHJ1bikuXG4vLyAtIEV2ZXJ5dGhpbmcgYSBydW4gY3JlYXRlczogYHBlcmYtPGtpbmQ+IDxydW4gaWQ+IC4uLmA7IHRoZSBydW4gaWQgc3RhcnRzIHdpdGggdGhlIHJ1bidzIHN0YXJ0XG4vLyAgIHRpbWUsIHNvIGEgbGF0ZXIgcnVuIGNhbiB0ZWxsIGEga2lsbGVkIHJ1bidzIGxlZnRvdmVycyBmcm9tIGl0cyBvd24uXG5leHBvcnQgY29uc3QgREFUQVNFVF9USVRMRSA9ICdjb3Vyc2UtcGVyZiBkYXRhc2V0Jztcbi8qKiBBIHRpdGxlIGZpbHRlciBtYXRjaGluZyBldmVyeSBydW4tY3JlYXRlZCBjb3Vyc2UgKGFuZCBubyBkYXRhc2V0IGNvdXJzZSkuICovXG5leHBvcnQgY29uc3QgUlVOX1RJVExFX0ZJTFRFUiA9ICdwZXJmLSc7XG5cbmV4cG9ydCBmdW5jdGlvbiBkYXRhc2V0VGl0bGUobjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke0RBVEFTRVRfVElUTEV9ICR7U3RyaW5nKG4pLnBhZFN0YXJ0KDIsICcwJyl9YDtcbn1cblxuLyoqIEEgbmV3IHJ1biBpZDogc3RhcnQgdGltZSAoYmFzZSAzNiBtcykgYW5kIGEgcmFuZG9tIHBhcnQuICovXG5leHBvcnQgZnVuY3Rpb24gbmV3UnVuSWQobm93OiBudW1iZXIgPSBEYXRlLm5vdygpKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke25vdy50b1N0cmluZygzNil9LSR7TWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogMWU2KS50b1N0cmluZygzNil9YDtcbn1cblxuLyoqIFRoZSBydW4gaWQgaW4gYSBydW4tY3JlYXRlZCB0aXRsZSAoYHBlcmYtPGtpbmQ+IDxydW4gaWQ+IC4uLmApLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuSWRPZih0aXRsZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbWF0Y2ggPSAvXnBlcmYtXFxTKyAoWzAtOWEtel0rLVswLTlhLXpdKykoPzpcXHN8JCkvLmV4ZWModGl0bGUpO1xuICByZXR1cm4gbWF0Y2g/LlsxXTtcbn1cblxuLyoqIFN0YXJ0IHRpbWUgb2YgYSBydW4gaWQsIG1zIHNpbmNlIHRoZSBlcG9jaCwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1blN0YXJ0T2YocnVuSWQ6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1zID0gcGFyc2VJbnQocnVuSWQuc3BsaXQoJy0nKVswXSEsIDM2KTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBIb3cgbG9uZyBhZnRlciBpdHMgc3RhcnQgYW5vdGhlciBydW4gbWF5IHN0aWxsIGJlIGdvaW5nOiB0aGUgb3RoZXIgc2VnbWVudHMgb2YgYW4gZXhlY3V0aW9uLXNlZ21lbnRlZFxuICogcnVuIHN0YXJ0IHdpdGhpbiBzZWNvbmRzIG9mIGVhY2ggb3RoZXIsIGFuZCBhIHNvYWsgb3IgYSBjb2xsZWFndWUncyBydW4gYWdhaW5zdCB0aGUgc2FtZSBwbGF0Zm9ybVxuICogbGFzdHMgaG91cnMuIE9ubHkgcnVucyBvbGRlciB0aGFuIHRoaXMgYXJlIHRha2VuIGZvciBraWxsZWQuXG4gKi9cbmV4cG9ydCBjb25zdCBMSVZFX1JVTl9XSU5ET1dfTVMgPSA2ICogNjAgKiA2MCAqIDEwMDA7XG5cbi8qKlxuICogV2hldGhlciBhIHJ1bi1jcmVhdGVkIGNvdXJzZSBpcyB0byBiZSByZW1vdmVkIGJ5IHJ1biBgY3VycmVudGA6IGl0cyBvd24gKHRlYXJkb3duKSwgb3Igb25lIG9mIGFcbiAqIHJ1biB0aGF0IHN0YXJ0ZWQgbW9yZSB0aGFuIExJVkVfUlVOX1dJTkRPV19NUyBlYXJsaWVyIChhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnM7IGFsc28gdGl0bGVzIG9mXG4gKiBvbGRlciB2ZXJzaW9ucyBvZiB0aGUgc3VpdGUpLiBBIHJ1biB0aGF0IG1heSBzdGlsbCBiZSBnb2luZyBrZWVwcyBpdHMgY291cnNlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzTGVmdG92ZXIodGl0bGU6IHN0cmluZywgY3VycmVudDogc3RyaW5nLCBvd246IGJvb2xlYW4pOiBib29sZWFuIHtcbiAgaWYgKCF0aXRsZS5zdGFydHNXaXRoKFJVTl9USVRMRV9GSUxURVIpKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHJ1bklkID0gcnVuSWRPZih0aXRsZSk7XG4gIGlmIChvd24pIHJldHVybiBydW5JZCA9PT0gY3VycmVudDtcbiAgaWYgKHJ1bklkID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlO1xuICBpZiAocnVuSWQgPT09IGN1cnJlbnQpIHJldHVybiBmYWxzZTtcbiAgY29uc3Qgc3RhcnRlZCA9IHJ1blN0YXJ0T2YocnVuSWQpO1xuICByZXR1cm4gc3RhcnRlZCA9PT0gdW5kZWZpbmVkIHx8IHN0YXJ0ZWQgPCAocnVuU3RhcnRPZihjdXJyZW50KSA/PyAwKSAtIExJVkVfUlVOX1dJTkRPV19NUztcbn1cbiIsICIvLyBXaGF0IGV2ZXJ5IGVudHJ5IHBvaW50IHNoYXJlczogaXQgYXNzZW1ibGVzIGs2IG9wdGlvbnMgZnJvbSB0aGUgZW50cnkncyBvd24gc2NlbmFyaW9zIGFuZFxuLy8gZ2F0ZXMsIGFkZGluZyB0aGUgc2VydmVyLXJlc291cmNlcyBzY2VuYXJpbyBhbmQgZ2F0ZXMgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQgKFNJREVDQVJfVVJMKS5cbi8vIEVudHJpZXMgcmUtZXhwb3J0IGBwb2xsUmVzb3VyY2VzYCBhbmQgYHRlYXJkb3duYCBmcm9tIGhlcmUsIGFzIGs2IG5lZWRzIHRoZW0gaW4gdGhlIGVudHJ5IG1vZHVsZS5cbi8vXG4vLyBrNiBldmFsdWF0ZXMgdGhlIHNjcmlwdCBvbmNlIHBlciBWVSwgZWFjaCBpbiBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgcGx1cyBvbmNlIGFzIFZVIDA6IHRoYXRcbi8vIGV2YWx1YXRpb24gaXMgd2hlcmUgazYgcmVhZHMgYG9wdGlvbnNgLCBhbmQgc2V0dXAsIHRlYXJkb3duIGFuZCBoYW5kbGVTdW1tYXJ5IGVhY2ggcnVuIGluIGEgZnJlc2hcbi8vIFZVIDAgdG9vLiBMb2FkIFZVcyAoMSwgMiwgLi4uKSBuZXZlciByZWFkIHRoZWlyIGBvcHRpb25zYCAoazYgc2V0cyB0aGUgY29uc29saWRhdGVkIG9wdGlvbnMgb250b1xuLy8gaXQpLCBzbyB0aGV5IHNraXAgYnVpbGRpbmcgdGhlbTogdGhlIHNjZW5hcmlvcywgZ2F0ZXMgYW5kIHRocmVzaG9sZCBleHByZXNzaW9ucyBtYWRlIHBlciBWVSB3ZXJlXG4vLyB+MC4xIE1CIG9mIGV2ZXJ5IFZVJ3MgaGVhcCAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgIGhlYXAgcHJvZmlsZSBhdCAxLDAwMCBWVXMpLlxuXG5pbXBvcnQgeyB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzLCBtZXRyaWNLZXksIHRvSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgeyBpc0Fycml2YWxSYXRlIH0gZnJvbSAnLi4vbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB7IHR5cGUgU2NlbmFyaW8sIFNVTU1BUllfVFJFTkRfU1RBVFMgfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBlbmRMb2FkLCBwb2xsUmVzb3VyY2VzIGFzIHBvbGxTaWRlY2FyLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IGFzc2VydERpc3RpbmN0LCBwb29sIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC50cyc7XG5pbXBvcnQgeyBST0xFUywgdHlwZSBSb2xlLCB2dUlkQm91bmQgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHsgY2xlYW5VcFJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5UGFydHMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgZ2F0ZXM6IEdhdGVbXTtcbiAgLyoqIEhvdyBsb25nIHRoZSBsb2FkIHJ1bnMsIHNlY29uZHM6IHRoZSByZXNvdXJjZXMgcG9sbGVyIHJ1bnMgYXMgbG9uZy4gKi9cbiAgd2FsbFRpbWVTOiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIHRvbyAoc29haykuICovXG4gIGdhdGVNZW1vcnlHcm93dGg/OiBib29sZWFuO1xuICAvKiogQ2xhc3NlcyB3aG9zZSBWVXMgbG9nIGluIGFzIHBvb2wgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUIGNoZWNrcyB0aGVzZSk7IGRlZmF1bHQgYWxsLiAqL1xuICByb2xlcz86IHJlYWRvbmx5IFJvbGVbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeU9wdGlvbnMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgdGhyZXNob2xkczogSzZUaHJlc2hvbGRzO1xuICBzZXR1cFRpbWVvdXQ6IHN0cmluZztcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IHN0cmluZ1tdO1xufVxuXG4vKiogV2hldGhlciB0aGlzIHJ1bnRpbWUgaXMgazYncyBWVSAwIChvcHRpb25zLCBzZXR1cCwgdGVhcmRvd24sIGhhbmRsZVN1bW1hcnkpIHJhdGhlciB0aGFuIGEgbG9hZCBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0NvbnRyb2xSdW50aW1lKCk6IGJvb2xlYW4ge1xuICByZXR1cm4gX19WVSA9PT0gMDtcbn1cblxuLyoqIFRoZSBlbnRyeSdzIGs2IG9wdGlvbnMsIGJ1aWx0IGZyb20gYG1ha2VQYXJ0c2AgaW4gVlUgMCBvbmx5OyB1bmRlZmluZWQgaW4gbG9hZCBWVXMgKHNlZSBhYm92ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBtYWtlUGFydHM6ICgpID0+IEVudHJ5UGFydHMpOiBFbnRyeU9wdGlvbnMgfCB1bmRlZmluZWQge1xuICBpZiAoIWlzQ29udHJvbFJ1bnRpbWUoKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGFydHMgPSBtYWtlUGFydHMoKTtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHdpdGhEcm9wcGVkSXRlcmF0aW9ucyh0b0s2VGhyZXNob2xkcyhnYXRlcyksIHNjZW5hcmlvcyksXG4gICAgLy8gR2VuZXJhdGlvbiBvZiBzZWVkIGNvdXJzZXMsIHBsdXMgdGhlIGtlcHQgZGF0YXNldCdzIHNlZWRpbmcgd2hlbiBhIHJ1biBoYXMgdG8gbWFrZSBpdC5cbiAgICBzZXR1cFRpbWVvdXQ6IGAke01hdGgubWF4KDYwLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICsgMzApICsgKGNvbmZpZy5kYXRhc2V0LmNvdXJzZXMgPiAwID8gNjAwIDogMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbi8qKlxuICogRXZlcnkgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGRyb3BwZWQgaXRlcmF0aW9ucyBpbiB0aGUgc3VtbWFyeSwgZ2F0ZWQgb3Igbm90OiBhIHRocmVzaG9sZCBsaXN0LFxuICogZXZlbiBlbXB0eSwgaXMgaG93IGs2IGtlZXBzIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMgKGdyYWZhbmEvazYgIzEzMjEpLlxuICovXG5mdW5jdGlvbiB3aXRoRHJvcHBlZEl0ZXJhdGlvbnModGhyZXNob2xkczogSzZUaHJlc2hvbGRzLCBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPik6IEs2VGhyZXNob2xkcyB7XG4gIGZvciAoY29uc3QgW25hbWUsIHNjZW5hcmlvXSBvZiBPYmplY3QuZW50cmllcyhzY2VuYXJpb3MpKSB7XG4gICAgaWYgKGlzQXJyaXZhbFJhdGUoc2NlbmFyaW8pKSB0aHJlc2hvbGRzW21ldHJpY0tleSgnZHJvcHBlZF9pdGVyYXRpb25zJywgeyBzY2VuYXJpbzogbmFtZSB9KV0gPz89IFtdO1xuICB9XG4gIHJldHVybiB0aHJlc2hvbGRzO1xufVxuXG5mdW5jdGlvbiBoYXNVc2VycyhzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuIHtcbiAgY29uc3QgeyBleGVjdXRvciwgc3RhcnRWVXMsIHN0YWdlcywgdnVzIH0gPSBzY2VuYXJpbyBhcyB7XG4gICAgZXhlY3V0b3I6IHN0cmluZztcbiAgICBzdGFydFZVcz86IG51bWJlcjtcbiAgICBzdGFnZXM/OiB7IHRhcmdldDogbnVtYmVyIH1bXTtcbiAgICB2dXM/OiBudW1iZXI7XG4gIH07XG4gIGlmIChleGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgcmV0dXJuIChzdGFydFZVcyA/PyAwKSA+IDAgfHwgKHN0YWdlcyA/PyBbXSkuc29tZSgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCA+IDApO1xuICBpZiAoZXhlY3V0b3IgPT09ICdjb25zdGFudC12dXMnIHx8IGV4ZWN1dG9yID09PSAncGVyLXZ1LWl0ZXJhdGlvbnMnIHx8IGV4ZWN1dG9yID09PSAnc2hhcmVkLWl0ZXJhdGlvbnMnKVxuICAgIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqXG4gKiBXaGF0IG9ubHkgdGhlIGVuZCBvZiB0aGUgcnVuIGtub3dzOiB0aGUgbG9hZCBlbmRlZCAoc2FtcGxlcyBhZnRlciBpdCBhcmUgdGVhcmRvd24ncywgbm90IGdhdGVkKVxuICogYW5kIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIG92ZXIgaXQuIEVudHJpZXMgd2l0aCBhIHRlYXJkb3duIG9mIHRoZWlyIG93biBjYWxsIGl0IGZpcnN0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgZW5kTG9hZChydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbi8qKiBrNidzIHRlYXJkb3duOiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCwgYW5kIHJlbW92aW5nIHdoYXQgdGhpcyBydW4gY3JlYXRlZC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB0ZWFyZG93bihkYXRhPzogUnVuRGF0YSk6IFByb21pc2U8dm9pZD4ge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xuICBhd2FpdCBjbGVhblVwUnVuKHJ1bkNvbmZpZywgZGF0YSk7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZShcbiAgICAvWyY8PlwiJ10vZyxcbiAgICAoYykgPT4gKHsgJyYnOiAnJmFtcDsnLCAnPCc6ICcmbHQ7JywgJz4nOiAnJmd0OycsICdcIic6ICcmcXVvdDsnLCBcIidcIjogJyZhcG9zOycgfSlbY10hLFxuICApO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0XG4gICAgLnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKVxuICAgIC5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKVxuICAgIC5yZXBsYWNlKC88L2csICcmbHQ7JylcbiAgICAucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuXG4vKipcbiAqIEEgTWFya2Rvd24gY29kZSBzcGFuIHRoYXQgc2hvd3MgYHRleHRgIGV4YWN0bHksIGFsc28gaW5zaWRlIGEgdGFibGUgY2VsbC4gSW5zaWRlIGEgY29kZSBzcGFuXG4gKiBNYXJrZG93biBkZWNvZGVzIG5vIGVudGl0aWVzIChgJmx0O2Agd291bGQgc2hvdyBsaXRlcmFsbHkpIGFuZCBwYXJzZXMgbm8gSFRNTCwgc28gPCA+IHN0YXkgYXNcbiAqIHRoZXkgYXJlOyBhIGZlbmNlIGxvbmdlciB0aGFuIGFueSBiYWNrdGljayBydW4gaW5zaWRlIGtlZXBzIHRoZSBzcGFuIGNsb3NlZDsgR2l0SHViJ3MgdGFibGVzXG4gKiBzdGlsbCBzcGxpdCBjZWxscyBvbiBgfGAsIHdoaWNoIGBcXHxgIHByZXZlbnRzIChhbmQgc2hvd3MgYXMgYHxgKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duQ29kZSh0ZXh0OiBzdHJpbmcsIG9wdGlvbnM6IHsgaW5UYWJsZTogYm9vbGVhbiB9ID0geyBpblRhYmxlOiB0cnVlIH0pOiBzdHJpbmcge1xuICBjb25zdCBvbmVMaW5lID0gdGV4dC5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKTtcbiAgY29uc3QgZmxhdCA9IG9wdGlvbnMuaW5UYWJsZSA/IG9uZUxpbmUucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpIDogb25lTGluZTtcbiAgY29uc3QgbG9uZ2VzdFJ1biA9IE1hdGgubWF4KDAsIC4uLihmbGF0Lm1hdGNoKC9gKy9nKSA/PyBbXSkubWFwKChydW4pID0+IHJ1bi5sZW5ndGgpKTtcbiAgY29uc3QgZmVuY2UgPSAnYCcucmVwZWF0KGxvbmdlc3RSdW4gKyAxKTtcbiAgY29uc3QgcGFkID0gZmxhdC5zdGFydHNXaXRoKCdgJykgfHwgZmxhdC5lbmRzV2l0aCgnYCcpID8gJyAnIDogJyc7XG4gIHJldHVybiBgJHtmZW5jZX0ke3BhZH0ke2ZsYXR9JHtwYWR9JHtmZW5jZX1gO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHtcbiAgICAgICAgbWV0cmljLFxuICAgICAgICBleHByZXNzaW9uLFxuICAgICAgICBvazogcmVzdWx0Lm9rLFxuICAgICAgICBzdGF0LFxuICAgICAgICBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLFxuICAgICAgICB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSxcbiAgICAgIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcilcbiAgICAgIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHtcbiAgICAgICAgcmVxdWVzdHM6IHYuY291bnQgPz8gMCxcbiAgICAgICAgcDUwOiB2Lm1lZCA/PyBudWxsLFxuICAgICAgICBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCxcbiAgICAgICAgcDk5OiB2WydwKDk5KSddID8/IG51bGwsXG4gICAgICAgIG1heDogdi5tYXggPz8gbnVsbCxcbiAgICAgIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBPbmUgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGl0ZXJhdGlvbnMgazYgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChkcm9wcGVkX2l0ZXJhdGlvbnN7c2NlbmFyaW86WH0pLiAqL1xuZXhwb3J0IGludGVyZmFjZSBEcm9wcGVkUm93IHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgaXRlcmF0aW9uczogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgdGhvc2UgaXRlcmF0aW9ucyB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGUgZW50cnkgZG9lcyBub3Qgc2F5IGhvdyBtYW55IGFuIGl0ZXJhdGlvbiBzZW5kcy4gKi9cbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIC8qKiBUaGUgbW9zdCB0aGUgc2NlbmFyaW8ncyBnYXRlIGFsbG93cyAoYGNvdW50PD1OYCk7IG51bGwgd2hlbiBpdCBpcyBub3QgZ2F0ZWQuICovXG4gIGFsbG93ZWQ6IG51bWJlciB8IG51bGw7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRHJvcHBlZCB7XG4gIGl0ZXJhdGlvbnM6IG51bWJlcjtcbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIHNjZW5hcmlvczogRHJvcHBlZFJvd1tdO1xufVxuXG5jb25zdCBEUk9QUEVEX1NVQl9NRVRSSUMgPSAvXmRyb3BwZWRfaXRlcmF0aW9uc1xce3NjZW5hcmlvOihbXix9XSspXFx9JC87XG5cbi8qKlxuICogSXRlcmF0aW9ucyB0aGUgcnVuJ3Mgb3Blbi1tb2RlbCBzY2VuYXJpb3MgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChrNidzIGRyb3BwZWRfaXRlcmF0aW9uczogbm8gVlVcbiAqIHdhcyBmcmVlIHdoZW4gb25lIHdhcyBkdWUpLCBwZXIgc2NlbmFyaW8sIGFuZCB0aGUgcmVxdWVzdHMgdGhleSB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGVcbiAqIHJ1biBoYWQgbm8gb3Blbi1tb2RlbCBzY2VuYXJpby4gVGhlaXIgbGF0ZW5jeSBpcyBpbiBubyBwZXJjZW50aWxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJvcHBlZEl0ZXJhdGlvbnMoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9LFxuKTogRHJvcHBlZCB8IG51bGwge1xuICBjb25zdCBzY2VuYXJpb3M6IERyb3BwZWRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtuYW1lLCBtZXRyaWNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBjb25zdCBzY2VuYXJpbyA9IERST1BQRURfU1VCX01FVFJJQy5leGVjKG5hbWUpPy5bMV07XG4gICAgaWYgKHNjZW5hcmlvID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWMudmFsdWVzPy5jb3VudCA/PyAwO1xuICAgIGNvbnN0IHBlckl0ZXJhdGlvbiA9IHJlcXVlc3RzUGVySXRlcmF0aW9uW3NjZW5hcmlvXTtcbiAgICBjb25zdCBsaW1pdCA9IE9iamVjdC5rZXlzKG1ldHJpYy50aHJlc2hvbGRzID8/IHt9KVxuICAgICAgLm1hcCgoZXhwcmVzc2lvbikgPT4gL15cXHMqY291bnRcXHMqPD1cXHMqKFxcZCspXFxzKiQvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSlcbiAgICAgIC5maW5kKChuKSA9PiBuICE9PSB1bmRlZmluZWQpO1xuICAgIHNjZW5hcmlvcy5wdXNoKHtcbiAgICAgIHNjZW5hcmlvLFxuICAgICAgaXRlcmF0aW9ucyxcbiAgICAgIHJlcXVlc3RzOiBwZXJJdGVyYXRpb24gPT09IHVuZGVmaW5lZCA/IG51bGwgOiBpdGVyYXRpb25zICogcGVySXRlcmF0aW9uLFxuICAgICAgYWxsb3dlZDogbGltaXQgPT09IHVuZGVmaW5lZCA/IG51bGwgOiBOdW1iZXIobGltaXQpLFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWV0cmljVmFsdWUoZGF0YSwgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBpZiAoc2NlbmFyaW9zLmxlbmd0aCA9PT0gMCAmJiB0b3RhbCA9PT0gbnVsbCkgcmV0dXJuIG51bGw7XG4gIHNjZW5hcmlvcy5zb3J0KChhLCBiKSA9PiBhLnNjZW5hcmlvLmxvY2FsZUNvbXBhcmUoYi5zY2VuYXJpbykpO1xuICBjb25zdCBpdGVyYXRpb25zID0gdG90YWwgPz8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5pdGVyYXRpb25zLCAwKTtcbiAgY29uc3Qga25vd24gPVxuICAgIHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cuaXRlcmF0aW9ucywgMCkgPT09IGl0ZXJhdGlvbnMgJiZcbiAgICBzY2VuYXJpb3MuZXZlcnkoKHJvdykgPT4gcm93LnJlcXVlc3RzICE9PSBudWxsKTtcbiAgcmV0dXJuIHsgaXRlcmF0aW9ucywgcmVxdWVzdHM6IGtub3duID8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5yZXF1ZXN0cyEsIDApIDogbnVsbCwgc2NlbmFyaW9zIH07XG59XG5cbi8qKiBXaGF0IHRoZSBwZXJjZW50aWxlcyBsZWF2ZSBvdXQsIHNhaWQgYmVzaWRlIHRoZW06IFwicGVyY2VudGlsZXMgZXhjbHVkZSA0NSByZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lICgzNCBkcm9wcGVkIGl0ZXJhdGlvbnMpIC4uLlwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZDogRHJvcHBlZCB8IG51bGwpOiBzdHJpbmcgfCBudWxsIHtcbiAgaWYgKCFkcm9wcGVkKSByZXR1cm4gbnVsbDtcbiAgaWYgKGRyb3BwZWQuaXRlcmF0aW9ucyA9PT0gMClcbiAgICByZXR1cm4gJzAgcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAoMCBkcm9wcGVkIGl0ZXJhdGlvbnMpOiB0aGUgcGVyY2VudGlsZXMgY292ZXIgZXZlcnkgc2NoZWR1bGVkIHJlcXVlc3QnO1xuICBjb25zdCB3aGF0ID1cbiAgICBkcm9wcGVkLnJlcXVlc3RzID09PSBudWxsXG4gICAgICA/IGB0aGUgcmVxdWVzdHMgb2YgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLml0ZXJhdGlvbnMsICdjb3VudCcpfSBpdGVyYXRpb25zYFxuICAgICAgOiBgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7ZHJvcHBlZC5yZXF1ZXN0cyA9PT0gMSA/ICcnIDogJ3MnfWA7XG4gIHJldHVybiBgcGVyY2VudGlsZXMgZXhjbHVkZSAke3doYXR9IG5vdCBzZW50IG9uIHRpbWUgKCR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5pdGVyYXRpb25zLCAnY291bnQnKX0gZHJvcHBlZCBpdGVyYXRpb25zOiBubyBWVSB3YXMgZnJlZSB3aGVuIHRoZXkgd2VyZSBkdWUpLCB3aG9zZSBsYXRlbmN5IGs2IGNhbm5vdCBrbm93YDtcbn1cblxuLyoqIE9uZSBzY2VuYXJpbydzIGxpbmU6IFwiOSBpdGVyYXRpb25zIG5vdCBzZW50IG9uIHRpbWUgKDkgcmVxdWVzdHMpLCBhdCBtb3N0IDIgYWxsb3dlZFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRUZXh0KHJvdzogRHJvcHBlZFJvdyk6IHN0cmluZyB7XG4gIGNvbnN0IHJlcXVlc3RzID1cbiAgICByb3cucmVxdWVzdHMgPT09IG51bGwgPyAnJyA6IGAgKCR7Zm9ybWF0VmFsdWUocm93LnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7cm93LnJlcXVlc3RzID09PSAxID8gJycgOiAncyd9KWA7XG4gIGNvbnN0IGFsbG93ZWQgPSByb3cuYWxsb3dlZCA9PT0gbnVsbCA/ICcsIG5vdCBnYXRlZCcgOiBgLCBhdCBtb3N0ICR7Zm9ybWF0VmFsdWUocm93LmFsbG93ZWQsICdjb3VudCcpfSBhbGxvd2VkYDtcbiAgcmV0dXJuIGAke2Zvcm1hdFZhbHVlKHJvdy5pdGVyYXRpb25zLCAnY291bnQnKX0gaXRlcmF0aW9uJHtyb3cuaXRlcmF0aW9ucyA9PT0gMSA/ICcnIDogJ3MnfSBub3Qgc2VudCBvbiB0aW1lJHtyZXF1ZXN0c30ke2FsbG93ZWR9YDtcbn1cblxuLyoqIEEgbnVtYmVyIGZvciBwZW9wbGU6IG1zIHdpdGggc2Vuc2libGUgcHJlY2lzaW9uLCByYXRlcyBhcyBwZXJjZW50LCBsYXJnZSBjb3VudHMgZ3JvdXBlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRWYWx1ZSh2YWx1ZTogbnVtYmVyIHwgbnVsbCB8IHVuZGVmaW5lZCwgdW5pdDogVGhyZXNob2xkUm93Wyd1bml0J10pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSkgcmV0dXJuICduL2EnO1xuICBpZiAodW5pdCA9PT0gJ3BlcmNlbnQnKSByZXR1cm4gYCR7KHZhbHVlICogMTAwKS50b0ZpeGVkKDIpfSVgO1xuICBpZiAodW5pdCA9PT0gJ21zJykge1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gNjBfMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgxKX1zYDtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDEwMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDIpfXNgO1xuICAgIHJldHVybiBgJHt2YWx1ZS50b0ZpeGVkKHZhbHVlIDwgMTAgPyAyIDogMSl9bXNgO1xuICB9XG4gIGlmICh1bml0ID09PSAnY291bnQnKVxuICAgIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKVxuICAgICAgLnRvU3RyaW5nKClcbiAgICAgIC5yZXBsYWNlKC9cXEIoPz0oXFxkezN9KSsoPyFcXGQpKS9nLCAnLCcpO1xuICByZXR1cm4gTWF0aC5hYnModmFsdWUpID49IDFlNiA/IHZhbHVlLnRvRXhwb25lbnRpYWwoMykgOiBTdHJpbmcoTWF0aC5yb3VuZCh2YWx1ZSAqIDEwMDApIC8gMTAwMCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNWYWx1ZShkYXRhOiBTdW1tYXJ5RGF0YSwgbWV0cmljOiBzdHJpbmcsIHN0YXQ6IHN0cmluZyk6IG51bWJlciB8IG51bGwge1xuICBjb25zdCB2YWx1ZSA9IGRhdGEubWV0cmljcz8uW21ldHJpY10/LnZhbHVlcz8uW3N0YXRdO1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUodmFsdWUpID8gdmFsdWUgOiBudWxsO1xufVxuXG4vKiogUGxhaW4tbGFuZ3VhZ2UgbGluZSBhYm91dCBzZXJ2ZXIgcmVzb3VyY2VzOiBtZWFzdXJlZCwgb3Igd2h5IG5vdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNMaW5lKGRhdGE6IFN1bW1hcnlEYXRhKTogc3RyaW5nIHtcbiAgY29uc3QgbWVtb3J5ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfbWInLCAnbWF4Jyk7XG4gIGNvbnN0IGNwdSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCAncCg5NSknKTtcbiAgaWYgKG1lbW9yeSA9PT0gbnVsbCAmJiBjcHUgPT09IG51bGwpIHJldHVybiAnc2VydmVyIHJlc291cmNlczogbm90IG1lYXN1cmVkIChubyBzaWRlY2FyKSc7XG4gIGNvbnN0IG1pc3NpbmcgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDA7XG4gIGNvbnN0IGdyb3d0aCA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgJ21heCcpO1xuICByZXR1cm4gW1xuICAgIGBzZXJ2ZXIgcmVzb3VyY2VzIG92ZXIgdGhlIGxvYWQ6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0eXBlIFN1bW1hcnlEYXRhLCB0aHJlc2hvbGRSb3dzIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWTogZmFpbGVkIHRocmVzaG9sZHMgZmlyc3QsIGluIGFcbi8vIHRhYmxlIG9mIHRoZWlyIG93bjsgdGhlIHBhc3Npbmcgb25lcyBmb2xkZWQgaW4gPGRldGFpbHM+LCBzbyBhIDM4LXJvdyB0YWJsZSBuZXZlciBidXJpZXMgYSBmYWlsdXJlLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsLCBtYXJrZG93bkNvZGUgfSBmcm9tICcuL2VzY2FwZS50cyc7XG5pbXBvcnQge1xuICBkcm9wcGVkSXRlcmF0aW9ucyxcbiAgZW5kcG9pbnRSb3dzLFxuICBmb3JtYXRWYWx1ZSxcbiAgcGVyY2VudGlsZUNhdmVhdCxcbiAgcmVzb3VyY2VzTGluZSxcbiAgdHlwZSBTdW1tYXJ5RGF0YSxcbiAgdHlwZSBUaHJlc2hvbGRSb3csXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZnVuY3Rpb24gdGhyZXNob2xkVGFibGUocm93czogVGhyZXNob2xkUm93W10pOiBzdHJpbmdbXSB7XG4gIHJldHVybiBbXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoXG4gICAgICAocikgPT5cbiAgICAgICAgYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCAke21hcmtkb3duQ29kZShgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9IHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCxcbiAgICApLFxuICBdO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFya2Rvd25SZXBvcnQoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IHJlcXVlc3RzUGVySXRlcmF0aW9uPzogUmVjb3JkPHN0cmluZywgbnVtYmVyPiB9LFxuKTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiAhci5vayk7XG4gIGNvbnN0IHBhc3NlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiByLm9rKTtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmICR7bWFya2Rvd25Db2RlKG9wdGlvbnMuc2NlbmFyaW8sIHsgaW5UYWJsZTogZmFsc2UgfSl9OiAke2ZhaWxlZC5sZW5ndGggPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkLmxlbmd0aH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gIF07XG4gIGlmIChmYWlsZWQubGVuZ3RoID4gMCkgbGluZXMucHVzaCguLi50aHJlc2hvbGRUYWJsZShmYWlsZWQpLCAnJyk7XG4gIGlmIChwYXNzZWQubGVuZ3RoID4gMCkge1xuICAgIC8vIEdpdEh1YiByZW5kZXJzIE1hcmtkb3duIGluc2lkZSA8ZGV0YWlscz4gb25seSBhZnRlciBhIGJsYW5rIGxpbmUgZm9sbG93aW5nIDwvc3VtbWFyeT4uXG4gICAgbGluZXMucHVzaChcbiAgICAgICc8ZGV0YWlscz4nLFxuICAgICAgYDxzdW1tYXJ5PiR7cGFzc2VkLmxlbmd0aH0gcGFzc2VkIHRocmVzaG9sZCR7cGFzc2VkLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfTwvc3VtbWFyeT5gLFxuICAgICAgJycsXG4gICAgICAuLi50aHJlc2hvbGRUYWJsZShwYXNzZWQpLFxuICAgICAgJycsXG4gICAgICAnPC9kZXRhaWxzPicsXG4gICAgICAnJyxcbiAgICApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnfCBlbmRwb2ludCB8IHJlcXVlc3RzIHwgcDUwIHwgcDk1IHwgcDk5IHwgbWF4IHwgZXJyb3JzIHwnLCAnfC0tLXwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwnKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBsaW5lcy5wdXNoKFxuICAgICAgICBgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGAsXG4gICAgICApO1xuICAgIH1cbiAgICBsaW5lcy5wdXNoKCcnKTtcbiAgfVxuICBjb25zdCBkcm9wcGVkID0gZHJvcHBlZEl0ZXJhdGlvbnMoZGF0YSwgb3B0aW9ucy5yZXF1ZXN0c1Blckl0ZXJhdGlvbik7XG4gIGNvbnN0IGNhdmVhdCA9IHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZCk7XG4gIGlmIChjYXZlYXQpIGxpbmVzLnB1c2goYCR7ZHJvcHBlZCEuaXRlcmF0aW9ucyA+IDAgPyAn4pqg77iPICcgOiAnJ30ke2VzY2FwZU1hcmtkb3duQ2VsbChjYXZlYXQpfWAsICcnKTtcbiAgaWYgKGRyb3BwZWQgJiYgZHJvcHBlZC5zY2VuYXJpb3MubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJ3wgc2NlbmFyaW8gKG9wZW4gbW9kZWwpIHwgaXRlcmF0aW9ucyBub3Qgc2VudCBvbiB0aW1lIHwgcmVxdWVzdHMgfCBhbGxvd2VkIHwnLCAnfC0tLXwtLS06fC0tLTp8LS0tOnwnKTtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiBkcm9wcGVkLnNjZW5hcmlvcykge1xuICAgICAgbGluZXMucHVzaChcbiAgICAgICAgYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwocm93LnNjZW5hcmlvKX0gfCAke2Zvcm1hdFZhbHVlKHJvdy5pdGVyYXRpb25zLCAnY291bnQnKX0gfCAke3Jvdy5yZXF1ZXN0cyA9PT0gbnVsbCA/ICduL2EnIDogZm9ybWF0VmFsdWUocm93LnJlcXVlc3RzLCAnY291bnQnKX0gfCAke3Jvdy5hbGxvd2VkID09PSBudWxsID8gJ25vdCBnYXRlZCcgOiBmb3JtYXRWYWx1ZShyb3cuYWxsb3dlZCwgJ2NvdW50Jyl9IHxgLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGluZXMucHVzaCgnJyk7XG4gIH1cbiAgbGluZXMucHVzaChlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7XG4gIHR5cGUgRHJvcHBlZCxcbiAgZHJvcHBlZEl0ZXJhdGlvbnMsXG4gIHR5cGUgRW5kcG9pbnRSb3csXG4gIGVuZHBvaW50Um93cyxcbiAgbWV0cmljVmFsdWUsXG4gIHR5cGUgU3VtbWFyeURhdGEsXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGNvbnN0IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04gPSAxO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bk1ldGEge1xuICBzY2VuYXJpbzogc3RyaW5nO1xuICBwcm9maWxlOiBzdHJpbmcgfCBudWxsO1xuICB0YXJnZXQ6IHN0cmluZyB8IG51bGw7XG4gIGs2X3ZlcnNpb246IHN0cmluZyB8IG51bGw7XG4gIGdpdF9jb21taXQ6IHN0cmluZyB8IG51bGw7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgbG9hZCBzaGFwZSBhIHJ1biB3YXMgYXNrZWQgZm9yLCByZWNvcmRlZCBieSB0aGUgcnVubmVyIHNvIGNvbXBhcmUgY2FuIHJlZnVzZSB1bmxpa2UgcnVucy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZFNoYXBlIHtcbiAgY29uY3VycmVudF91c2VyczogbnVtYmVyO1xuICBkdXJhdGlvbl9zOiBudW1iZXI7XG4gIHJhbXBfdXBfczogbnVtYmVyO1xuICByYW1wX2Rvd25fczogbnVtYmVyO1xuICB1c2VyX3dlaWdodHM6IHN0cmluZztcbiAgdGhpbmtfdGltZV9zOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0cyB7XG4gIHNjaGVtYV92ZXJzaW9uOiBudW1iZXI7XG4gIHJ1bjogUnVuTWV0YSAmIHsgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGw7IGxvYWQ/OiBMb2FkU2hhcGUgfTtcbiAgdmVyZGljdDogJ3Bhc3NlZCcgfCAnZmFpbGVkJztcbiAgdGhyZXNob2xkczogeyBtZXRyaWM6IHN0cmluZzsgZXhwcmVzc2lvbjogc3RyaW5nOyBvazogYm9vbGVhbjsgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGwgfVtdO1xuICBlbmRwb2ludHM6IEVuZHBvaW50Um93W107XG4gIC8qKiBPcGVuLW1vZGVsIHNjZW5hcmlvcycgaXRlcmF0aW9ucyBub3Qgc3RhcnRlZCBvbiB0aW1lIChrNiBkcm9wcGVkX2l0ZXJhdGlvbnMpLCB3aGljaCBubyBwZXJjZW50aWxlIGhvbGRzOyBudWxsIHdpdGhvdXQgb25lLiAqL1xuICBkcm9wcGVkOiBEcm9wcGVkIHwgbnVsbDtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIC8qKiBBZGRlZCBieSBucG0gcnVuIGNvbXBhcmUgLyBwZXJmIC0tYmFzZWxpbmU6IHRoZSB2ZXJkaWN0cyBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykuICovXG4gIGNvbXBhcmlzb24/OiB1bmtub3duO1xuICByZXNvdXJjZXM6IHtcbiAgICBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDtcbiAgICBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7XG4gICAgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsO1xuICAgIHNhbXBsZXNfbWlzc2luZzogbnVtYmVyO1xuICB9IHwgbnVsbDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkUmVzdWx0cyhcbiAgZGF0YTogU3VtbWFyeURhdGEsXG4gIG1ldGE6IFJ1bk1ldGEsXG4gIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+ID0ge30sXG4pOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pID0+ICh7XG4gICAgbWV0cmljLFxuICAgIGV4cHJlc3Npb24sXG4gICAgb2ssXG4gICAgb2JzZXJ2ZWQsXG4gIH0pKTtcbiAgY29uc3QgbWVhc3VyZWQgPSBkYXRhLm1ldHJpY3M/LnNlcnZlcl9tZW1vcnlfbWIgfHwgZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQ7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgZHJvcHBlZDogZHJvcHBlZEl0ZXJhdGlvbnMoZGF0YSwgcmVxdWVzdHNQZXJJdGVyYXRpb24pLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7XG4gIGRyb3BwZWRJdGVyYXRpb25zLFxuICBkcm9wcGVkVGV4dCxcbiAgZW5kcG9pbnRSb3dzLFxuICBmb3JtYXRWYWx1ZSxcbiAgbWV0cmljVmFsdWUsXG4gIHBlcmNlbnRpbGVDYXZlYXQsXG4gIHJlc291cmNlc0xpbmUsXG4gIHR5cGUgU3VtbWFyeURhdGEsXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuLy8gazYncyBvd24gbWV0cmljcyAoc2hvd24gYWJvdmUgb3Igbm90IHdvcnRoIGEgbGluZSkgYW5kIHRoZSBzaWRlY2FyJ3MgKHRoZSByZXNvdXJjZXMgbGluZSk6XG4vLyB3aGF0ZXZlciBlbHNlIGEgcnVuIHJlcG9ydHMgaXMgb25lIG9mIHRoZSBzdWl0ZSdzIGN1c3RvbSBtZXRyaWNzLlxuY29uc3QgQlVJTFRfSU4gPSBuZXcgU2V0KFtcbiAgJ2h0dHBfcmVxcycsXG4gICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICdodHRwX3JlcV9ibG9ja2VkJyxcbiAgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLFxuICAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJyxcbiAgJ2h0dHBfcmVxX3NlbmRpbmcnLFxuICAnaHR0cF9yZXFfd2FpdGluZycsXG4gICdodHRwX3JlcV9yZWNlaXZpbmcnLFxuICAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgJ2l0ZXJhdGlvbnMnLFxuICAnaXRlcmF0aW9uX2R1cmF0aW9uJyxcbiAgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsXG4gICd2dXMnLFxuICAndnVzX21heCcsXG4gICdkYXRhX3NlbnQnLFxuICAnZGF0YV9yZWNlaXZlZCcsXG4gICdjaGVja3MnLFxuICAnZ3JvdXBfZHVyYXRpb24nLFxuXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+XG4gICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KFxuICBkYXRhOiBTdW1tYXJ5RGF0YSxcbiAgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbjsgcmVxdWVzdHNQZXJJdGVyYXRpb24/OiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+IH0sXG4pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goXG4gICAgYy5ib2xkKFxuICAgICAgYGNvdXJzZS1wZXJmICR7b3B0aW9ucy5zY2VuYXJpb306ICR7dGhyZXNob2xkcy5sZW5ndGggPT09IDAgPyAnbm8gdGhyZXNob2xkcycgOiBmYWlsZWQgPT09IDAgPyBjLmdyZWVuKGBhbGwgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgKSA6IGMucmVkKGAke2ZhaWxlZH0gb2YgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgKX1gLFxuICAgICksXG4gICk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyZXNob2xkcycpKTtcbiAgZm9yIChjb25zdCB0IG9mIHRocmVzaG9sZHMpIHtcbiAgICBjb25zdCBtYXJrID0gdC5vayA/IGMuZ3JlZW4oJ+KckycpIDogYy5yZWQoJ+KclycpO1xuICAgIGxpbmVzLnB1c2goYCAgJHttYXJrfSAke3QubWV0cmljfSAke3QuZXhwcmVzc2lvbn0gICR7Yy5kaW0oJ29ic2VydmVkJyl9ICR7Zm9ybWF0VmFsdWUodC5vYnNlcnZlZCwgdC51bml0KX1gKTtcbiAgfVxuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IHdpZHRoID0gTWF0aC5tYXgoMTYsIC4uLmVuZHBvaW50cy5tYXAoKGUpID0+IGUuZW5kcG9pbnQubGVuZ3RoKSk7XG4gICAgbGluZXMucHVzaChcbiAgICAgICcnLFxuICAgICAgYy5ib2xkKFxuICAgICAgICBgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWAsXG4gICAgICApLFxuICAgICk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGAgICR7ZS5lbmRwb2ludC5wYWRFbmQod2lkdGgpfSAke1N0cmluZyhlLnJlcXVlc3RzKS5wYWRTdGFydCg4KX0gJHtjZWxsKGUucDUwKX0gJHtjZWxsKGUucDk1KX0gJHtjZWxsKGUucDk5KX0gJHtjZWxsKGUubWF4KX0gJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKS5wYWRTdGFydCg4KX1gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgY29uc3QgZHJvcHBlZCA9IGRyb3BwZWRJdGVyYXRpb25zKGRhdGEsIG9wdGlvbnMucmVxdWVzdHNQZXJJdGVyYXRpb24pO1xuICBjb25zdCBjYXZlYXQgPSBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQpO1xuICBpZiAoY2F2ZWF0KSBsaW5lcy5wdXNoKGAgICR7ZHJvcHBlZCEuaXRlcmF0aW9ucyA+IDAgPyBjLnJlZChjYXZlYXQpIDogY2F2ZWF0fWApO1xuICBpZiAoZHJvcHBlZCAmJiBkcm9wcGVkLnNjZW5hcmlvcy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdyZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lIChvcGVuIG1vZGVsOiBrNiBkcm9wcGVkX2l0ZXJhdGlvbnMgcGVyIHNjZW5hcmlvKScpKTtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5kcm9wcGVkLnNjZW5hcmlvcy5tYXAoKHJvdykgPT4gcm93LnNjZW5hcmlvLmxlbmd0aCkpO1xuICAgIGZvciAoY29uc3Qgcm93IG9mIGRyb3BwZWQuc2NlbmFyaW9zKSBsaW5lcy5wdXNoKGAgICR7cm93LnNjZW5hcmlvLnBhZEVuZCh3aWR0aCl9ICR7ZHJvcHBlZFRleHQocm93KX1gKTtcbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goXG4gICAgYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgLFxuICApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKFxuICAgIGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgLFxuICApO1xuICBjb25zdCBjdXN0b20gPSBPYmplY3Qua2V5cyhkYXRhLm1ldHJpY3MgPz8ge30pXG4gICAgLmZpbHRlcihpc0N1c3RvbSlcbiAgICAuc29ydCgpO1xuICBpZiAoY3VzdG9tLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ2N1c3RvbSBtZXRyaWNzJykpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBjdXN0b20pIHtcbiAgICAgIGNvbnN0IG0gPSBkYXRhLm1ldHJpY3NbbmFtZV0hO1xuICAgICAgY29uc3QgdiA9IG0udmFsdWVzO1xuICAgICAgY29uc3QgdW5pdCA9IG0uY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xuICAgICAgY29uc3QgdGV4dCA9XG4gICAgICAgIG0udHlwZSA9PT0gJ3RyZW5kJ1xuICAgICAgICAgID8gYGF2ZyAke2Zvcm1hdFZhbHVlKHYuYXZnLCB1bml0KX0sIHA5NSAke2Zvcm1hdFZhbHVlKHZbJ3AoOTUpJ10sIHVuaXQpfSwgbWF4ICR7Zm9ybWF0VmFsdWUodi5tYXgsIHVuaXQpfWBcbiAgICAgICAgICA6IG0udHlwZSA9PT0gJ3JhdGUnXG4gICAgICAgICAgICA/IGZvcm1hdFZhbHVlKHYucmF0ZSwgJ3BlcmNlbnQnKVxuICAgICAgICAgICAgOiBmb3JtYXRWYWx1ZSh2LmNvdW50ID8/IHYudmFsdWUsICdjb3VudCcpO1xuICAgICAgbGluZXMucHVzaChgICAke25hbWUucGFkRW5kKE1hdGgubWF4KDMwLCAuLi5jdXN0b20ubWFwKChuKSA9PiBuLmxlbmd0aCkpKX0gJHt0ZXh0fWApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBgICAke3Jlc291cmNlc0xpbmUoZGF0YSl9YCwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iLCAiLy8gVGhlIGs2IGhhbmRsZVN1bW1hcnkgZXZlcnkgZW50cnkgZXhwb3J0czogdGhlIGNvbmNpc2UgdGV4dCBvbiBzdGRvdXQgYW5kLCB3aGVuIFJFUE9SVFNfRElSIGlzXG4vLyBzZXQgKHRoZSBydW5uZXIgY3JlYXRlcyB0aGF0IGZvbGRlciksIHN1bW1hcnkuanNvbiwgcmVzdWx0cy5qc29uLCBqdW5pdC54bWwgYW5kIHN1bW1hcnkubWQgaW4gaXQuXG5pbXBvcnQgeyBqdW5pdFJlcG9ydCB9IGZyb20gJy4vanVuaXQudHMnO1xuaW1wb3J0IHsgbWFya2Rvd25SZXBvcnQgfSBmcm9tICcuL21hcmtkb3duLnRzJztcbmltcG9ydCB7IGJ1aWxkUmVzdWx0cyB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgdHlwZSB7IFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuaW1wb3J0IHsgdGV4dFN1bW1hcnkgfSBmcm9tICcuL3RleHQudHMnO1xuXG5jb25zdCBvck51bGwgPSAodmFsdWU6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4gKHZhbHVlID8gdmFsdWUgOiBudWxsKTtcblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5TWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU/OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0cyBvbmUgaXRlcmF0aW9uIG9mIGVhY2ggb3Blbi1tb2RlbCBzY2VuYXJpbyBzZW5kcywgc28gZHJvcHBlZCBpdGVyYXRpb25zIGNhbiBiZSB0b2xkIGFzIHJlcXVlc3RzLiAqL1xuICByZXF1ZXN0c1Blckl0ZXJhdGlvbj86IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiBTdW1tYXJ5TWV0YSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgICAgIHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwge1xuICAgICAgICBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbyxcbiAgICAgICAgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlLFxuICAgICAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogbWV0YS5yZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgICAgIH0pLFxuICAgIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhcbiAgICAgICAgZGF0YSxcbiAgICAgICAge1xuICAgICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgICAgdGFyZ2V0OiBvck51bGwoX19FTlYuUlVOX1RBUkdFVCkgPz8gb3JOdWxsKF9fRU5WLkJBU0VfVVJMKSxcbiAgICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgICAgc3RhcnRlZF9hdDogb3JOdWxsKF9fRU5WLlJVTl9TVEFSVEVEX0FUKSxcbiAgICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgICB9LFxuICAgICAgICBtZXRhLnJlcXVlc3RzUGVySXRlcmF0aW9uLFxuICAgICAgKTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gRWFjaCBWVSBpcyBpdHMgb3duIHVzZXI6IGl0IGxvZ3MgaW4gYXMgaXRzIGFjY291bnQgb2YgYSBjbGFzcyBvbiBmaXJzdCB1c2UgKHRpbWVkIHVuZGVyIGxvYWQgYXNcbi8vIGVuZHBvaW50OmxvZ2luLCBzbyBhIGxvZ2luIHN0b3JtIGF0IHJhbXAtdXAgaXMgbWVhc3VyZWQpLCBrZWVwcyB0aGUgdG9rZW4sIGFuZCBsb2dzIGluIGFnYWluXG4vLyB3aGVuIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDEgb3IgdGhlIHRva2VuIGlzIGFib3V0IHRvIGV4cGlyZSAoY291bnRlZCBpbiBgcmVsb2dpbnNgKS5cbi8vIENoZWNrZWQgb25jZSBwZXIgd29ya2Zsb3cgc3RlcCwgbmV2ZXIgcGVyIHJlcXVlc3QuXG5pbXBvcnQgeyBDb3VudGVyIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBhY2NvdW50T2ZWdSwgcG9vbCB9IGZyb20gJy4vcG9vbC50cyc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgeyB0eXBlIFJ1bkRhdGEsIHNlY3JldFBhc3N3b3JkcyB9IGZyb20gJy4vc2V0dXAudHMnO1xuXG4vKiogTG9naW5zIGFmdGVyIGEgVlUncyBmaXJzdDogaXRzIHRva2VuIGV4cGlyZWQgb3IgdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMS4gKi9cbmV4cG9ydCBjb25zdCByZWxvZ2lucyA9IG5ldyBDb3VudGVyKCdyZWxvZ2lucycpO1xuXG5pbnRlcmZhY2UgU2Vzc2lvbiB7XG4gIGNsaWVudDogQXBpQ2xpZW50O1xuICAvKiogV2hlbiB0byBsb2cgaW4gYWdhaW4gYmVmb3JlIHRoZSB0b2tlbiBleHBpcmVzLCBtcyBzaW5jZSB0aGUgZXBvY2guICovXG4gIHJlbmV3QXQ6IG51bWJlcjtcbiAgLyoqIFRoZSBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMsIHJlYWQgb24gZmlyc3QgbmVlZC4gKi9cbiAgY291cnNlczogSWRbXSB8IHVuZGVmaW5lZDtcbn1cblxuY29uc3Qgc2Vzc2lvbnM6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIFNlc3Npb24+PiA9IHt9O1xuLyoqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMsIHJlYWQgb25jZSBwZXIgVlUgKGs2IHJlYWRzIHNlY3JldHMgYXN5bmNocm9ub3VzbHkgb25seSkuICovXG5sZXQgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+PiB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSBjbGFzcyBwYXNzd29yZCBhIFZVIGxvZ3MgaW4gd2l0aDogdGhlIHNlY3JldCBzb3VyY2UncywgZWxzZSB0aGUgZW52aXJvbm1lbnQncy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldD8uW3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZDtcbn1cblxuLyoqXG4gKiBXcmFwcyBhIFZVJ3MgaXRlcmF0aW9uIHNvIGl0cyBmaXJzdCBvbmUgcmVhZHMgdGhlIHNlY3JldCBzb3VyY2VzIGJlZm9yZSBsb2dnaW5nIGluICh0aGUgb25seVxuICogYXN5bmNocm9ub3VzIHN0ZXA7IGxhdGVyIGl0ZXJhdGlvbnMgcnVuIGFzIHRoZXkgYXJlKS4gUGFzc3dvcmRzIG5ldmVyIHRyYXZlbCBpbiBzZXR1cCdzIGRhdGEuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRoU2VjcmV0czxBIGV4dGVuZHMgdW5rbm93bltdPihcbiAgaXRlcmF0aW9uOiAoLi4uYXJnczogQSkgPT4gdm9pZCxcbik6ICguLi5hcmdzOiBBKSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiAoLi4uYXJncykgPT4ge1xuICAgIGlmIChzZWNyZXQpIHJldHVybiBpdGVyYXRpb24oLi4uYXJncyk7XG4gICAgcmV0dXJuIHNlY3JldFBhc3N3b3JkcygpLnRoZW4oKGZvdW5kKSA9PiB7XG4gICAgICBzZWNyZXQgPSBmb3VuZDtcbiAgICAgIGl0ZXJhdGlvbiguLi5hcmdzKTtcbiAgICB9KTtcbiAgfTtcbn1cbmxldCBhbm9ueW1vdXM6IEFwaUNsaWVudCB8IHVuZGVmaW5lZDtcblxuLyoqIFJlbmV3IHRoaXMgbG9uZyBiZWZvcmUgZXhwaXJ5OiBhIHRlbnRoIG9mIHRoZSB0b2tlbidzIGxpZmUsIGF0IG1vc3QgMzAgcy4gKi9cbmNvbnN0IHJlbmV3TWFyZ2luUyA9ICh0dGxTOiBudW1iZXIpID0+IE1hdGgubWluKDMwLCB0dGxTIC8gMTApO1xuXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBhY2NvdW50ID0gYWNjb3VudE9mVnUocG9vbCwgcm9sZSwgY2xhc3NQYXNzd29yZChjb25maWcsIHJvbGUpKTtcbiAgaWYgKCFhY2NvdW50KSByZXR1cm4gdW5kZWZpbmVkO1xuICBhbm9ueW1vdXMgPz89IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IGFuc3dlciA9IGFub255bW91cy5sb2dpbihhY2NvdW50LmVtYWlsLCBhY2NvdW50LnBhc3N3b3JkKS5ib2R5O1xuICBpZiAoIWFuc3dlcikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdHRsUyA9IHR5cGVvZiBhbnN3ZXIuZXhwaXJlc19pbiA9PT0gJ251bWJlcicgJiYgYW5zd2VyLmV4cGlyZXNfaW4gPiAwID8gYW5zd2VyLmV4cGlyZXNfaW4gOiAzNjAwO1xuICByZXR1cm4ge1xuICAgIGNsaWVudDogbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBhbnN3ZXIuYWNjZXNzX3Rva2VuKSxcbiAgICByZW5ld0F0OiBEYXRlLm5vdygpICsgKHR0bFMgLSByZW5ld01hcmdpblModHRsUykpICogMTAwMCxcbiAgICBjb3Vyc2VzOiB1bmRlZmluZWQsXG4gIH07XG59XG5cbmZ1bmN0aW9uIHNlc3Npb24oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBTZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgY3VycmVudCA9IHNlc3Npb25zW3JvbGVdO1xuICBpZiAoY3VycmVudCAmJiAhY3VycmVudC5jbGllbnQudW5hdXRob3JpemVkICYmIERhdGUubm93KCkgPCBjdXJyZW50LnJlbmV3QXQpIHJldHVybiBjdXJyZW50O1xuICBpZiAoY3VycmVudCkgcmVsb2dpbnMuYWRkKDEsIHsgcm9sZSB9KTtcbiAgY29uc3QgbmV4dCA9IGxvZ2luKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIC8vIEEgZmFpbGVkIGxvZ2luIGxlYXZlcyBubyBzZXNzaW9uOiB0aGUgc3RlcCBmYWlscywgYW5kIHRoZSBuZXh0IG9uZSB0cmllcyBhZ2Fpbi5cbiAgaWYgKG5leHQgJiYgY3VycmVudCkgbmV4dC5jb3Vyc2VzID0gY3VycmVudC5jb3Vyc2VzO1xuICBzZXNzaW9uc1tyb2xlXSA9IG5leHQ7XG4gIHJldHVybiBuZXh0O1xufVxuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzcywgbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudDsgdW5kZWZpbmVkIHdoZW4gdGhlIGxvZ2luIGZhaWxlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1c2VyQ2xpZW50KGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHNlc3Npb24oY29uZmlnLCBkYXRhLCByb2xlKT8uY2xpZW50O1xufVxuXG4vKiogSWRzIG9mIHRoaXMgVlUncyBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMgKGEgbGlzdCByZXF1ZXN0IG9uIGZpcnN0IG5lZWQpLCBmb3IgcmVhZHMuICovXG5leHBvcnQgZnVuY3Rpb24gb3duQ291cnNlcyhjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IElkW10ge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpO1xuICBpZiAoIWN1cnJlbnQpIHJldHVybiBbXTtcbiAgaWYgKCFjdXJyZW50LmNvdXJzZXMpIHtcbiAgICBjb25zdCBsaXN0ID0gY3VycmVudC5jbGllbnQubGlzdENvdXJzZXMoeyBxOiBEQVRBU0VUX1RJVExFLCBsaW1pdDogMTAwIH0pLmJvZHk7XG4gICAgaWYgKCFsaXN0KSByZXR1cm4gW107XG4gICAgY3VycmVudC5jb3Vyc2VzID0gbGlzdC5pdGVtcy5tYXAoKGNvdXJzZSkgPT4gY291cnNlLmlkKTtcbiAgfVxuICByZXR1cm4gY3VycmVudC5jb3Vyc2VzO1xufVxuIiwgIi8vIFRoZSBgYXBpYCBlbnRyeSdzIHRyYWZmaWM6IHRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBpbiBncm91cHMsIGVhY2ggZ3JvdXAgb25lIG9wZW4tbW9kZWxcbi8vIHNjZW5hcmlvIHdob3NlIGl0ZXJhdGlvbiBjYWxscyB0aGUgbmV4dCBlbmRwb2ludCBvZiBpdHMgZ3JvdXAuIEVuZHBvaW50cyBvZiBhIGdyb3VwIHNoYXJlIGFcbi8vIHJhdGU7IGVhY2ggaXMgc3RpbGwgdGFnZ2VkIGFuZCBnYXRlZCBvbiBpdHMgb3duIChlbmRwb2ludDo8bmFtZT4pLlxuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgRXhwb3J0Rm9ybWF0LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4uL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IGFjY291bnRPZlZ1LCBwb29sIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC50cyc7XG5pbXBvcnQgeyBjbGFzc1Bhc3N3b3JkIH0gZnJvbSAnLi4vdXNlcnMvc2Vzc2lvbi50cyc7XG5pbXBvcnQgeyBwcmVwYXJlUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRHcm91cERhdGEgZXh0ZW5kcyBSdW5EYXRhIHtcbiAgLyoqIEEgZ2VuZXJhdGlvbiBqb2IgZXZlcnkgYHN0YXR1c2AgaXRlcmF0aW9uIHBvbGxzLiAqL1xuICBqb2JJZDogSWQ7XG59XG5cbnR5cGUgU3RlcCA9IChcbiAgYXBpOiB7IHVzZXI6IEFwaUNsaWVudDsgYWRtaW46IEFwaUNsaWVudCB9LFxuICBkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSxcbiAgdGl0bGU6IChraW5kOiBzdHJpbmcpID0+IHN0cmluZyxcbiAgY29uZmlnOiBDb25maWcsXG4pID0+IHZvaWQ7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRHcm91cCB7XG4gIC8qKiBUaGUgZXhwb3J0ZWQgZnVuY3Rpb24gb2YgdGhlIGVudHJ5IHRoYXQgcnVucyBvbmUgaXRlcmF0aW9uIChrNiBgZXhlY2ApLiAqL1xuICBleGVjOiBzdHJpbmc7XG4gIGVuZHBvaW50czogRW5kcG9pbnRbXTtcbiAgLyoqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZCBvZiB0aGlzIGdyb3VwIGZvciBhIGJhc2UgcmF0ZSAoQVBJX1JBVEUpLiAqL1xuICByYXRlOiAoYmFzZTogbnVtYmVyKSA9PiBudW1iZXI7XG4gIC8qKiBSZXF1ZXN0cyBvbmUgaXRlcmF0aW9uIHNlbmRzLCBvbmUgYWZ0ZXIgYW5vdGhlciAodGhlIGxvbmdlc3Qgc3RlcCk6IGl0cyBWVXMgYXJlIHNpemVkIGJ5IGl0LiAqL1xuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogbnVtYmVyO1xuICAvKiogQ2FsbGVkIGluIHR1cm4sIG9uZSBwZXIgaXRlcmF0aW9uLiAqL1xuICBzdGVwczogU3RlcFtdO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuY29uc3Qgc2VlZGVkID0gKGRhdGE6IFJ1bkRhdGEpOiBJZCA9PiBkYXRhLnNlZWRlZENvdXJzZUlkc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBkYXRhLnNlZWRlZENvdXJzZUlkcy5sZW5ndGgpXSE7XG5cbi8qKiBTY2VuYXJpbyBuYW1lIC0+IGdyb3VwLiBIZWFsdGggaXMgcHJvYmVkIHR3aWNlIGFzIG9mdGVuIChpdCBpcyB3aGF0IG1vbml0b3JzIGhpdCk7IGdlbmVyYXRpb24gYW5kIGV4cG9ydCBjb3N0IG1vcmUsIHNvIGxlc3Mgb2Z0ZW4uICovXG5leHBvcnQgY29uc3QgRU5EUE9JTlRfR1JPVVBTID0ge1xuICBoZWFsdGg6IHtcbiAgICBleGVjOiAnaGVhbHRoJyxcbiAgICBlbmRwb2ludHM6IFsnaGVhbHRoJ10sXG4gICAgcmF0ZTogKHIpID0+IHIgKiAyLFxuICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiAxLFxuICAgIHN0ZXBzOiBbKHsgdXNlciB9KSA9PiB1c2VyLmhlYWx0aCgpXSxcbiAgfSxcbiAgLy8gTG9nZ2luZyBpbiBhcyB0aGUgVlUncyBvd24gcmVndWxhciBhY2NvdW50ICh0aGUgdG9rZW4gaXMgbm90IHVzZWQ6IHRoZSBvdGhlciBncm91cHMga2VlcCBzZXR1cCdzKS5cbiAgbG9naW46IHtcbiAgICBleGVjOiAnbG9naW4nLFxuICAgIGVuZHBvaW50czogWydsb2dpbiddLFxuICAgIHJhdGU6IChyKSA9PiBNYXRoLm1heCgwLjIsIHIgLyA1KSxcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMSxcbiAgICBzdGVwczogW1xuICAgICAgKHsgdXNlciB9LCBkYXRhLCBfdGl0bGUsIGNvbmZpZykgPT4ge1xuICAgICAgICBjb25zdCBhY2NvdW50ID0gYWNjb3VudE9mVnUocG9vbCwgJ3JlZ3VsYXInLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgJ3JlZ3VsYXInKSk7XG4gICAgICAgIGlmIChhY2NvdW50KSB1c2VyLmxvZ2luKGFjY291bnQuZW1haWwsIGFjY291bnQucGFzc3dvcmQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICByZWFkczoge1xuICAgIGV4ZWM6ICdyZWFkcycsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZXNfbGlzdCcsICdjb3Vyc2VfZ2V0JywgJ2NoYXB0ZXJfZ2V0J10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IDEsXG4gICAgc3RlcHM6IFtcbiAgICAgICh7IHVzZXIgfSkgPT4gdXNlci5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCB9KSxcbiAgICAgICh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRDb3Vyc2Uoc2VlZGVkKGRhdGEpKSxcbiAgICAgICh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRDaGFwdGVyKHNlZWRlZChkYXRhKSwgMSksXG4gICAgXSxcbiAgfSxcbiAgc3RhdHVzOiB7XG4gICAgZXhlYzogJ3N0YXR1cycsXG4gICAgZW5kcG9pbnRzOiBbJ2pvYl9nZXQnXSxcbiAgICByYXRlOiAocikgPT4gcixcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMSxcbiAgICBzdGVwczogWyh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRKb2IoZGF0YS5qb2JJZCldLFxuICB9LFxuICB3cml0ZXM6IHtcbiAgICBleGVjOiAnd3JpdGVzJyxcbiAgICBlbmRwb2ludHM6IFsnY291cnNlX2NyZWF0ZScsICdjb3Vyc2VfdXBkYXRlJywgJ2NvdXJzZV9kZWxldGUnXSxcbiAgICByYXRlOiAocikgPT4gcixcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMyxcbiAgICAvLyBPbmUgaXRlcmF0aW9uIGNyZWF0ZXMsIHVwZGF0ZXMgYW5kIGRlbGV0ZXMsIHNvIHRoZSB0aHJlZSB3cml0ZSBlbmRwb2ludHMgZ2V0IHRoZSBzYW1lIHJhdGUgYW5kIG5vdGhpbmcgaXMgbGVmdCBiZWhpbmQuXG4gICAgc3RlcHM6IFtcbiAgICAgICh7IHVzZXIgfSwgX2RhdGEsIHRpdGxlKSA9PiB7XG4gICAgICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7XG4gICAgICAgICAgdGl0bGU6IHRpdGxlKCdhcGktd3JpdGUnKSxcbiAgICAgICAgICB0b3BpYzogJ3dyaXRlcycsXG4gICAgICAgICAgbGV2ZWw6ICdpbnRlcm1lZGlhdGUnLFxuICAgICAgICAgIGNoYXB0ZXJfY291bnQ6IDEsXG4gICAgICAgIH0pO1xuICAgICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuO1xuICAgICAgICB1c2VyLnVwZGF0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQsIHsgbGV2ZWw6ICdhZHZhbmNlZCcgfSk7XG4gICAgICAgIHVzZXIuZGVsZXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgICB9LFxuICAgIF0sXG4gIH0sXG4gIGdlbmVyYXRlOiB7XG4gICAgZXhlYzogJ2dlbmVyYXRlJyxcbiAgICBlbmRwb2ludHM6IFsnY291cnNlX2dlbmVyYXRlJ10sXG4gICAgcmF0ZTogKHIpID0+IE1hdGgubWF4KDAuMiwgciAvIDUpLFxuICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiAyLCAvLyBjcmVhdGVzIHRoZSBjb3Vyc2UgaXQgZ2VuZXJhdGVzXG4gICAgc3RlcHM6IFtcbiAgICAgICh7IHVzZXIgfSwgX2RhdGEsIHRpdGxlKSA9PiB7XG4gICAgICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7XG4gICAgICAgICAgdGl0bGU6IHRpdGxlKCdhcGktZ2VuJyksXG4gICAgICAgICAgdG9waWM6ICdnZW5lcmF0aW9uJyxcbiAgICAgICAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICAgICAgICBjaGFwdGVyX2NvdW50OiAxLFxuICAgICAgICB9KTtcbiAgICAgICAgaWYgKGNyZWF0ZWQuYm9keSkgdXNlci5nZW5lcmF0ZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICBleHBvcnQ6IHtcbiAgICBleGVjOiAnZXhwb3J0Q291cnNlJyxcbiAgICBlbmRwb2ludHM6IFsnY291cnNlX2V4cG9ydCddLFxuICAgIHJhdGU6IChyKSA9PiBNYXRoLm1heCgwLjIsIHIgLyAyKSxcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMSxcbiAgICBzdGVwczogRVhQT1JUX0ZPUk1BVFMubWFwKFxuICAgICAgKGZvcm1hdCk6IFN0ZXAgPT5cbiAgICAgICAgKHsgdXNlciB9LCBkYXRhKSA9PlxuICAgICAgICAgIHVzZXIuZXhwb3J0Q291cnNlKHNlZWRlZChkYXRhKSwgZm9ybWF0KSxcbiAgICApLFxuICB9LFxuICBhZG1pbjoge1xuICAgIGV4ZWM6ICdhZG1pbicsXG4gICAgZW5kcG9pbnRzOiBbJ2FkbWluX3N0YXRzJywgJ2FkbWluX2pvYnMnLCAnYWRtaW5fdXNlcnMnXSxcbiAgICByYXRlOiAocikgPT4gcixcbiAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogMSxcbiAgICBzdGVwczogWyh7IGFkbWluIH0pID0+IGFkbWluLmFkbWluU3RhdHMoKSwgKHsgYWRtaW4gfSkgPT4gYWRtaW4uYWRtaW5Kb2JzKDIwKSwgKHsgYWRtaW4gfSkgPT4gYWRtaW4uYWRtaW5Vc2VycygpXSxcbiAgfSxcbn0gc2F0aXNmaWVzIFJlY29yZDxzdHJpbmcsIEVuZHBvaW50R3JvdXA+O1xuXG4vKiogUmVxdWVzdHMgcGVyIGl0ZXJhdGlvbiBvZiBlYWNoIGdyb3VwJ3Mgc2NlbmFyaW8sIGZvciB0aGUgcmVwb3J0cycgXCJyZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lXCIuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdHNQZXJJdGVyYXRpb24oKTogUmVjb3JkPHN0cmluZywgbnVtYmVyPiB7XG4gIHJldHVybiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMoRU5EUE9JTlRfR1JPVVBTKS5tYXAoKFtuYW1lLCBncm91cF0pID0+IFtuYW1lLCBncm91cC5yZXF1ZXN0c1Blckl0ZXJhdGlvbl0pKTtcbn1cblxuLyoqIEV2ZXJ5IGVuZHBvaW50IHRoZSBncm91cHMgZXhlcmNpc2UsIGVhY2ggdG8gYmUgZ2F0ZWQgb24gaXRzIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBncm91cGVkRW5kcG9pbnRzKCk6IEVuZHBvaW50W10ge1xuICByZXR1cm4gT2JqZWN0LnZhbHVlcyhFTkRQT0lOVF9HUk9VUFMpLmZsYXRNYXAoKGdyb3VwKSA9PiBncm91cC5lbmRwb2ludHMpO1xufVxuXG4vKiogVGhlIHNoYXJlZCBzZXR1cCBwbHVzIG9uZSBnZW5lcmF0aW9uIGpvYiBmb3IgYHN0YXR1c2AgdG8gcG9sbC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlRW5kcG9pbnRHcm91cHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPEVuZHBvaW50R3JvdXBEYXRhPiB7XG4gIGNvbnN0IGRhdGEgPSBhd2FpdCBwcmVwYXJlUnVuKGNvbmZpZywgeyBzZWVkOiB0cnVlIH0pO1xuICBjb25zdCBjbGllbnQgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMsIGRhdGEudG9rZW5zLnJlZ3VsYXIpO1xuICBjb25zdCBjb3Vyc2UgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICB0aXRsZTogYHBlcmYtYXBpICR7ZGF0YS5ydW5JZH1gLFxuICAgIHRvcGljOiAnYXBpIGJ1ZGdldHMnLFxuICAgIGxldmVsOiAnYmVnaW5uZXInLFxuICAgIGNoYXB0ZXJfY291bnQ6IDEsXG4gIH0pO1xuICBpZiAoIWNvdXJzZS5ib2R5KVxuICAgIHRocm93IG5ldyBFcnJvcihgc2V0dXAgY291bGQgbm90IGNyZWF0ZSB0aGUgY291cnNlIHdob3NlIGpvYiB0aGUgc3RhdHVzIGdyb3VwIHBvbGxzIChzdGF0dXMgJHtjb3Vyc2Uuc3RhdHVzfSlgKTtcbiAgY29uc3Qgam9iID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZS5ib2R5LmlkKTtcbiAgaWYgKCFqb2IuYm9keSlcbiAgICB0aHJvdyBuZXcgRXJyb3IoYHNldHVwIGNvdWxkIG5vdCBzdGFydCB0aGUgZ2VuZXJhdGlvbiBqb2IgdGhlIHN0YXR1cyBncm91cCBwb2xscyAoc3RhdHVzICR7am9iLnN0YXR1c30pYCk7XG4gIHJldHVybiB7IC4uLmRhdGEsIGpvYklkOiBqb2IuYm9keS5qb2JfaWQgfTtcbn1cblxubGV0IGNsaWVudHM6IHsgdXNlcjogQXBpQ2xpZW50OyBhZG1pbjogQXBpQ2xpZW50IH0gfCB1bmRlZmluZWQ7XG5sZXQgdHVybiA9IDA7XG5cbi8qKiBPbmUgaXRlcmF0aW9uIG9mIGEgZ3JvdXA6IHRoZSBuZXh0IG9mIGl0cyBzdGVwcywgd2l0aCBwZXItVlUgY2xpZW50cyBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5Hcm91cFN0ZXAoY29uZmlnOiBDb25maWcsIGdyb3VwOiBFbmRwb2ludEdyb3VwLCBkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSk6IHZvaWQge1xuICBjbGllbnRzID8/PSB7XG4gICAgdXNlcjogbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBkYXRhLnRva2Vucy5yZWd1bGFyKSxcbiAgICBhZG1pbjogbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBkYXRhLnRva2Vucy5hZG1pbiksXG4gIH07XG4gIGNvbnN0IHN0ZXAgPSBncm91cC5zdGVwc1t0dXJuKysgJSBncm91cC5zdGVwcy5sZW5ndGhdITtcbiAgLy8gVlUgaWQgYW5kIGl0ZXJhdGlvbiBtYWtlIHRpdGxlcyB1bmlxdWUgYWNyb3NzIHRoZSBydW4ncyBWVXMuXG4gIHN0ZXAoXG4gICAgY2xpZW50cyxcbiAgICBkYXRhLFxuICAgIChraW5kKSA9PiBgcGVyZi0ke2tpbmR9ICR7ZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YCxcbiAgICBjb25maWcsXG4gICk7XG59XG4iLCAiLy8gVGhlIHN0YW5kYXJkIGdhdGUgc2V0cyB0aGUgc2NlbmFyaW9zIGNvbWJpbmUuIEVhY2ggcGVyLWVuZHBvaW50IGdhdGUgaXMgaXRzIG93biB0YWdnZWRcbi8vIHN1Yi1tZXRyaWMsIHNvIGEgZmFpbHVyZSBuYW1lcyB0aGUgZW5kcG9pbnQgYW5kIHRoZSBzdW1tYXJ5IGxpc3RzIGV2ZXJ5IGVuZHBvaW50J3MgZmlndXJlcy5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4uL2xpYi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBpc0Fycml2YWxSYXRlLCBzY2hlZHVsZWRJdGVyYXRpb25zIH0gZnJvbSAnLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi4vbGliL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2xvZ2luJykgcmV0dXJuIHRhcmdldHMubG9naW5QOTVNcztcbiAgcmV0dXJuIHRhcmdldHMuYXBpUDk1TXM7XG59XG5cbi8qKiBBbiBlbmRwb2ludCdzIHA5OSBidWRnZXQ6IHRoZSBBUEkgcDk5LCBvciBpdHMgb3duIHA5NSBidWRnZXQgd2hlbiB0aGF0IGlzIGhpZ2hlciAoZXhwb3J0LCBsb2dpbikuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRQOTkoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgcmV0dXJuIE1hdGgubWF4KHRhcmdldHMuYXBpUDk5TXMsIGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSk7XG59XG5cbi8qKiBBUEkgcDk1L3A5OSBvdmVyIGFsbCBlbmRwb2ludHMsIGFuZCBwOTUgcGVyIGVuZHBvaW50IChoZWFsdGggYW5kIGV4cG9ydCB3aXRoIHRoZWlyIG93biBidWRnZXRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYXRlbmN5R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk5TXMgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIEVycm9yIHJhdGUgb3ZlciBhbGwgQVBJIHJlcXVlc3RzIGFuZCBwZXIgZW5kcG9pbnQsIHNvIG9uZSBmYWlsaW5nIHJvdXRlIGlzIG5hbWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yR2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFN0b3BzIGEgcnVuIGVhcmx5IHdoZW4gbW9zdCByZXF1ZXN0cyBmYWlsIChwbGF0Zm9ybSBkb3duIG9yIGNyYXNoZWQpOiBubyBtaW51dGVzIG9mIG5vaXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwgPSAnMTBzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ2hlY2tzIGFuZCB3aG9sZSB3b3JrZmxvd3MgbXVzdCBzdWNjZWVkIG9mdGVuIGVub3VnaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWNjZXNzR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGVja3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3dvcmtmbG93X3N1Y2Nlc3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIENoYXB0ZXIgZ2VuZXJhdGlvbiB0aW1lICh0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMpIGFuZCBmYWlsZWQgZ2VuZXJhdGlvbiBqb2JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRpb25HYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5jaGFwdGVyUDk1TXMgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2dlbmVyYXRpb25fZmFpbGVkJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBFYWNoIGVuZHBvaW50IGFnYWluc3QgaXRzIG93biBidWRnZXQ6IHA5NSAoaGVhbHRoIGFuZCBleHBvcnQgaGF2ZSB0aGVpciBvd24pIGFuZCBwOTksIHBsdXMgaXRzIGVycm9yIHJhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRCdWRnZXRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGVycm9yUmF0ZTogbnVtYmVyKTogR2F0ZVtdIHtcbiAgcmV0dXJuIGVuZHBvaW50cy5mbGF0TWFwKChlbmRwb2ludCkgPT4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5OShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVycm9yUmF0ZSB9XSxcbiAgICB9LFxuICBdKTtcbn1cblxuLyoqIGBzaGFyZWAgb2YgYHNjaGVkdWxlZGAsIHJvdW5kZWQgZG93biAoMC4yOSB4IDEwMCBpcyAyOC45OTkuLi4gaW4gZmxvYXRpbmcgcG9pbnQ6IGEgaGFpciBvZiBzbGFjayBrZWVwcyBpdCAyOSkuICovXG5leHBvcnQgZnVuY3Rpb24gYWxsb3dlZERyb3BzKHNoYXJlOiBudW1iZXIsIHNjaGVkdWxlZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgcmV0dXJuIE1hdGguZmxvb3Ioc2hhcmUgKiBzY2hlZHVsZWQgKyAxZS05KTtcbn1cblxuLyoqXG4gKiBJdGVyYXRpb25zIGFuIG9wZW4gbW9kZWwgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChrNidzIGRyb3BwZWRfaXRlcmF0aW9ucywgcGVyIHNjZW5hcmlvKTogYXQgbW9zdFxuICogYHNoYXJlYCBvZiBlYWNoIGFycml2YWwtcmF0ZSBzY2VuYXJpbydzIHNjaGVkdWxlZCBpdGVyYXRpb25zLCByb3VuZGVkIGRvd24sIHNvIGEgc2hvcnQgcnVuIG9yIGFcbiAqIHNsb3cgZ3JvdXAgbWF5IGRyb3Agbm9uZS4gYGFib3J0YCBzdG9wcyB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYnJlYWtwb2ludDogaXQgYnJva2UpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJvcHBlZEl0ZXJhdGlvbkdhdGVzKFxuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPixcbiAgc2hhcmU6IG51bWJlcixcbiAgYWJvcnQ/OiB7IGRlbGF5QWJvcnRFdmFsOiBzdHJpbmcgfSxcbik6IEdhdGVbXSB7XG4gIHJldHVybiBPYmplY3QuZW50cmllcyhzY2VuYXJpb3MpXG4gICAgLmZpbHRlcigoWywgc2NlbmFyaW9dKSA9PiBpc0Fycml2YWxSYXRlKHNjZW5hcmlvKSlcbiAgICAubWFwKChbbmFtZSwgc2NlbmFyaW9dKSA9PiAoe1xuICAgICAgbWV0cmljOiAnZHJvcHBlZF9pdGVyYXRpb25zJyxcbiAgICAgIHRhZ3M6IHsgc2NlbmFyaW86IG5hbWUgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHtcbiAgICAgICAgICBzdGF0OiAnY291bnQnIGFzIGNvbnN0LFxuICAgICAgICAgIG9wOiAnPD0nIGFzIGNvbnN0LFxuICAgICAgICAgIHZhbHVlOiBhbGxvd2VkRHJvcHMoc2hhcmUsIHNjaGVkdWxlZEl0ZXJhdGlvbnMoc2NlbmFyaW8pKSxcbiAgICAgICAgICAuLi4oYWJvcnQgPyB7IGFib3J0T25GYWlsOiB0cnVlLCAuLi5hYm9ydCB9IDoge30pLFxuICAgICAgICB9LFxuICAgICAgXSxcbiAgICB9KSk7XG59XG5cbi8qKlxuICogYnJlYWtwb2ludDogQVBJIHA5NSBhbmQgZXJyb3IgcmF0ZSBhYm9ydCB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCBvZiBkYXRhKTtcbiAqIHRoZSBzdXN0YWluZWQtcmF0ZSBtZXRyaWMgaXMgbGlzdGVkIHdpdGggYW4gYWx3YXlzLXRydWUgcnVsZSBzbyB0aGUgc3VtbWFyeSBzaG93cyBpdHMgdmFsdWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBicmVha3BvaW50R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgc3VzdGFpbmVkTWV0cmljOiBzdHJpbmcsIGRlbGF5QWJvcnRFdmFsID0gJzVzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgICB7IG1ldHJpYzogc3VzdGFpbmVkTWV0cmljLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPj0nLCB2YWx1ZTogMCB9XSB9LFxuICBdO1xufVxuXG4vKiogVGhlIGdhdGVzIG9mIGVudHJpZXMgdGhhdCBydW4gdGhlIHVzZXIgd29ya2Zsb3dzOiBwZXItZW5kcG9pbnQgbGF0ZW5jeSBhbmQgZXJyb3JzLCBhYm9ydCwgc3VjY2VzcywgZ2VuZXJhdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3b3JrZmxvd0dhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSwgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmcpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIC4uLmxhdGVuY3lHYXRlcyh0YXJnZXRzLCBlbmRwb2ludHMpLFxuICAgIC4uLmVycm9yR2F0ZXModGFyZ2V0cywgZW5kcG9pbnRzKSxcbiAgICAuLi5hYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsKSxcbiAgICAuLi5zdWNjZXNzR2F0ZXModGFyZ2V0cyksXG4gICAgLi4uZ2VuZXJhdGlvbkdhdGVzKHRhcmdldHMpLFxuICBdO1xufVxuIiwgIi8vIGFwaTogZG9lcyBldmVyeSBlbmRwb2ludCBtZWV0IGl0cyBvd24gYnVkZ2V0PyBPbmUgY29uc3RhbnQtYXJyaXZhbC1yYXRlIHNjZW5hcmlvIHBlciBlbmRwb2ludFxuLy8gZ3JvdXAgKG9wZW4gbW9kZWw6IGEgc2xvdyBhbnN3ZXIgY2Fubm90IGxvd2VyIHRoZSByZXF1ZXN0IHJhdGUgYW5kIGhpZGUgaXRzZWxmKSwgZWFjaCBlbmRwb2ludFxuLy8gZ2F0ZWQgb24gaXRzIG93biBwOTUvcDk5IGFuZCBlcnJvciByYXRlIChoZWFsdGggcDk1IDwgNTAgbXMsIGV4cG9ydCBwOTUgPCAxIHMsIHRoZSByZXN0XG4vLyBwOTUgPCAyMDAgbXM7IHA5OSA8IDUwMCBtczsgZXJyb3JzIDwgMSAlKSwgYW5kIGVhY2ggZ3JvdXAgb24gdGhlIGl0ZXJhdGlvbnMgazYgY291bGQgbm90IHN0YXJ0XG4vLyBvbiB0aW1lIChkcm9wcGVkX2l0ZXJhdGlvbnMgPD0gVEhSRVNIT0xEX0RST1BQRURfU0hBUkUgb2YgdGhvc2Ugc2NoZWR1bGVkKTogcmVxdWVzdHMgbm90IHNlbnRcbi8vIGFyZSBsYXRlbmNpZXMgbm8gcGVyY2VudGlsZSBob2xkcy4gVlVzIHBlciBncm91cCBmcm9tIExpdHRsZSdzIGxhdyAobGliL2xvYWQvb3Blbi1tb2RlbC50cykuXG4vLyBFbnY6IFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04gKHMsIGRlZmF1bHQgNjApLCBBUElfUkFURSAoaXRlcmF0aW9ucy9zIHBlciBncm91cCwgZGVmYXVsdCA1O1xuLy8gaGVhbHRoIDJ4LCBleHBvcnQgLzIsIGdlbmVyYXRlIGFuZCBsb2dpbiAvNSksIEFQSV9FUlJPUl9SQVRFIChwZXItZW5kcG9pbnQgZXJyb3IgYnVkZ2V0LCBkZWZhdWx0IDAuMDEpLFxuLy8gVEhSRVNIT0xEX0FQSV9QOTVfTVMgLyBfUDk5X01TIC8gVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMgLyBUSFJFU0hPTERfRVhQT1JUX1A5NV9NUyxcbi8vIFRIUkVTSE9MRF9EUk9QUEVEX1NIQVJFICgwLjAxKSwgUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQgKHNpemVzIG1heFZVcykuXG5pbXBvcnQgeyBlbnZOdW1iZXIgfSBmcm9tICcuLi9saWIvY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBlbnRyeU9wdGlvbnMgfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmltcG9ydCB7IGd1YXJkZWRDb25maWcgfSBmcm9tICcuLi9saWIvY29uZmlnL2Vudi50cyc7XG5pbXBvcnQgeyBvcGVuTW9kZWxWVXMgfSBmcm9tICcuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB7IGNvbnN0YW50UmF0ZSB9IGZyb20gJy4uL2xpYi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBtYWtlSGFuZGxlU3VtbWFyeSB9IGZyb20gJy4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMnO1xuaW1wb3J0IHsgd2l0aFNlY3JldHMgfSBmcm9tICcuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyc7XG5pbXBvcnQge1xuICBFTkRQT0lOVF9HUk9VUFMsXG4gIHR5cGUgRW5kcG9pbnRHcm91cCxcbiAgdHlwZSBFbmRwb2ludEdyb3VwRGF0YSxcbiAgZ3JvdXBlZEVuZHBvaW50cyxcbiAgcHJlcGFyZUVuZHBvaW50R3JvdXBzLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgcnVuR3JvdXBTdGVwLFxufSBmcm9tICcuLi9saWIvd29ya2Zsb3dzL2VuZHBvaW50LWdyb3Vwcy50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBkcm9wcGVkSXRlcmF0aW9uR2F0ZXMsIGVuZHBvaW50QnVkZ2V0R2F0ZXMsIGVuZHBvaW50UDk5IH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ2FwaScpO1xuY29uc3QgcmF0ZSA9IGVudk51bWJlcihfX0VOViwgJ0FQSV9SQVRFJywgNSwgeyBtaW46IDAuMSwgbWF4OiAxMF8wMDAsIHdoYXQ6ICdpdGVyYXRpb25zIHBlciBzZWNvbmQnIH0pO1xuY29uc3QgZXJyb3JSYXRlID0gZW52TnVtYmVyKF9fRU5WLCAnQVBJX0VSUk9SX1JBVEUnLCAwLjAxLCB7IG1pbjogMCwgbWF4OiAxLCB3aGF0OiAnYSBmcmFjdGlvbiAoZS5nLiAwLjAxKScgfSk7XG5cbi8qKiBBIGdyb3VwJ3MgVlVzOiBpdHMgcmF0ZSwgaXRzIHJlcXVlc3RzIHBlciBpdGVyYXRpb24sIGl0cyBlbmRwb2ludHMnIGhpZ2hlc3QgcDk5IGJ1ZGdldCBhbmQgdGhlIHJlcXVlc3QgdGltZW91dC4gKi9cbmZ1bmN0aW9uIGdyb3VwVlVzKGdyb3VwOiBFbmRwb2ludEdyb3VwKSB7XG4gIHJldHVybiBvcGVuTW9kZWxWVXMoe1xuICAgIHJhdGVQZXJTOiBncm91cC5yYXRlKHJhdGUpLFxuICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBncm91cC5yZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgICBwOTlCdWRnZXRNczogTWF0aC5tYXgoLi4uZ3JvdXAuZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+IGVuZHBvaW50UDk5KGVuZHBvaW50LCBjb25maWcudGFyZ2V0cykpKSxcbiAgICB0aW1lb3V0UzogY29uZmlnLmFwaVRpbWVvdXRTLFxuICB9KTtcbn1cblxuZXhwb3J0IGNvbnN0IG9wdGlvbnMgPSBlbnRyeU9wdGlvbnMoY29uZmlnLCAoKSA9PiB7XG4gIGNvbnN0IHNjZW5hcmlvcyA9IE9iamVjdC5mcm9tRW50cmllcyhcbiAgICBPYmplY3QuZW50cmllcyhFTkRQT0lOVF9HUk9VUFMpLm1hcCgoW25hbWUsIGdyb3VwXTogW3N0cmluZywgRW5kcG9pbnRHcm91cF0pID0+IFtcbiAgICAgIG5hbWUsXG4gICAgICBjb25zdGFudFJhdGUoZ3JvdXAuZXhlYywgZ3JvdXAucmF0ZShyYXRlKSwgY29uZmlnLmR1cmF0aW9uUywgZ3JvdXBWVXMoZ3JvdXApKSxcbiAgICBdKSxcbiAgKTtcbiAgcmV0dXJuIHtcbiAgICByb2xlczogW10sIC8vIGNsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyB0aGVpciBvd24gcG9vbCBhY2NvdW50XG4gICAgd2FsbFRpbWVTOiBjb25maWcuZHVyYXRpb25TLFxuICAgIHNjZW5hcmlvcyxcbiAgICBnYXRlczogW1xuICAgICAgLi4uZW5kcG9pbnRCdWRnZXRHYXRlcyhjb25maWcudGFyZ2V0cywgZ3JvdXBlZEVuZHBvaW50cygpLCBlcnJvclJhdGUpLFxuICAgICAgLi4uZHJvcHBlZEl0ZXJhdGlvbkdhdGVzKHNjZW5hcmlvcywgY29uZmlnLnRhcmdldHMuZHJvcHBlZFNoYXJlKSxcbiAgICAgIC4uLmFib3J0R2F0ZXMoKSxcbiAgICBdLFxuICB9O1xufSk7XG5cbmV4cG9ydCB7IHBvbGxSZXNvdXJjZXMsIHRlYXJkb3duIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5leHBvcnQgY29uc3QgaGFuZGxlU3VtbWFyeSA9IG1ha2VIYW5kbGVTdW1tYXJ5KHsgc2NlbmFyaW86ICdhcGknLCByZXF1ZXN0c1Blckl0ZXJhdGlvbjogcmVxdWVzdHNQZXJJdGVyYXRpb24oKSB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIHNldHVwKCk6IFByb21pc2U8RW5kcG9pbnRHcm91cERhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVFbmRwb2ludEdyb3Vwcyhjb25maWcpO1xufVxuXG5jb25zdCBnID0gRU5EUE9JTlRfR1JPVVBTO1xuZXhwb3J0IGNvbnN0IGhlYWx0aCA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5oZWFsdGgsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IGxvZ2luID0gd2l0aFNlY3JldHMoKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmxvZ2luLCBkYXRhKSk7XG5leHBvcnQgY29uc3QgcmVhZHMgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcucmVhZHMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IHN0YXR1cyA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5zdGF0dXMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IHdyaXRlcyA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy53cml0ZXMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IGdlbmVyYXRlID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmdlbmVyYXRlLCBkYXRhKTtcbmV4cG9ydCBjb25zdCBleHBvcnRDb3Vyc2UgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuZXhwb3J0LCBkYXRhKTtcbmV4cG9ydCBjb25zdCBhZG1pbiA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5hZG1pbiwgZGF0YSk7XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBaUNPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWNBLE9BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU1DLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBT0QsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLElBQUssQ0FBQyxTQUFTLEtBQU07QUFBQSxpQkFDN0MsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUN4QixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFDLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSTtBQUM3QyxNQUFBQSxNQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFFBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxTQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsYUFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDakQ7QUFDQSxNQUFJLENBQUMsUUFBUyxDQUFBQSxNQUFLLEdBQUcscUZBQXFGO0FBQzNHLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxNQUFjLE1BQXlCO0FBQ25FLFFBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxRQUFNLFdBQVc7QUFDakIsYUFBVyxRQUFRLEtBQ2hCLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQzFCLFVBQU0sUUFBUSxvQ0FBb0MsS0FBSyxJQUFJO0FBQzNELFFBQUksQ0FBQztBQUNILFlBQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxJQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDekcsVUFBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUMzQztBQUNBLE1BQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsVUFBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUMxRixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFVBQVUsTUFBWSxHQUFtQjtBQUN2RCxTQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDOUM7QUFHTyxTQUFTLG9CQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsYUFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFHOUc7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLFdBQTREO0FBQ3BGLE1BQUksUUFBUTtBQUNaLGFBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLFVBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsVUFBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFFBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztBQUFBLGFBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO0FBQUEsYUFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtBQUFBLFFBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTztBQUNUOzs7QUMzRk8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBSUEsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBT0MsTUFBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRQSxXQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE9BQUFBLE9BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU87QUFDaEQsTUFBSTtBQUNGLFdBQU8sY0FBYyxPQUFPLElBQUk7QUFBQSxFQUNsQyxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksWUFBWSxpQkFBaUIsaUJBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3ZGO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsS0FBNkI7QUFDNUMsUUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxRQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsTUFBSSxZQUFZO0FBQ2QsU0FBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUM3RyxTQUFPLEVBQUUsU0FBUyxXQUFXLFFBQVEsS0FBSyxLQUFLLDRCQUE0QixFQUFFO0FBQy9FO0FBR08sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sSUFBSTtBQUNWLFFBQU0sWUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFFBQU0sVUFBVSxRQUFRLEdBQUcsS0FBSyxJQUFJO0FBQUEsSUFDbEM7QUFBQSxJQUNBO0FBQUEsSUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3JEO0FBQ0EsU0FBTztBQUFBLElBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7QUFBQSxJQUNyRCxPQUFPO0FBQUEsTUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtBQUFBLE1BQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLE1BQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLElBQzdFO0FBQUEsSUFDQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztBQUFBLElBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsSUFDaEU7QUFBQSxJQUNBLFdBQVcsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxJQUMvRSxTQUFTLFFBQVEsS0FBSywwQkFBMEI7QUFBQSxJQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7QUFBQSxJQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztBQUFBLElBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztBQUFBLElBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7QUFBQSxJQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7QUFBQSxJQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7QUFBQSxJQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7QUFBQSxJQUN2RCxTQUFTO0FBQUEsTUFDUCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsWUFBWSxPQUFPLEtBQUssMEJBQTBCLEVBQUUsVUFBVTtBQUFBLE1BQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELGNBQWM7QUFBQSxRQUNaO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixFQUFFLEtBQUssMkJBQTJCLEVBQUUsWUFBWTtBQUFBLE1BQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCO0FBQUEsUUFDcEI7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNyRTtBQUFBLElBQ0EsV0FBVyxJQUFJLEtBQUssd0JBQXdCLEtBQUs7QUFBQSxJQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO0FBQUEsSUFDckMsZUFBZSxLQUFLLEtBQUssNEJBQTRCO0FBQUEsSUFDckQsU0FBUyxRQUFRLEdBQUc7QUFBQSxFQUN0QjtBQUNGO0FBR08sU0FBUyxPQUFPLFNBQXlCO0FBQzlDLFFBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELFVBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0FBQ3hDO0FBRU8sU0FBUyxXQUFXLE1BQXVCO0FBQ2hELFNBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtBQUNuSDtBQU1PLFNBQVMsb0JBQW9CQyxTQUFnQixPQUFxQjtBQUN2RSxRQUFNLE9BQU8sT0FBT0EsUUFBTyxPQUFPO0FBQ2xDLE1BQUksV0FBVyxJQUFJLEtBQUtBLFFBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxRQUFNLElBQUk7QUFBQSxJQUNSLG9CQUFvQixLQUFLLGFBQWFBLFFBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtBQUFBLEVBQ2hGO0FBQ0Y7QUFNTyxTQUFTLFVBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQy9OQSxJQUFJO0FBQ0osSUFBTSxVQUFVLE1BQ2IsYUFBYTtBQUFBLEVBQ1osWUFBWTtBQUFBLEVBQ1osU0FBUztBQUFBLEVBQ1QsWUFBWTtBQUNkO0FBR0ssU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxJQUFJO0FBQUEsUUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtBQUFBLE1BQzFDO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFDN0IsVUFBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BHLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUMsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPO0FBQUEsSUFDTCxXQUFXQTtBQUFBLElBQ1gsYUFBYTtBQUFBLElBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO0FBQUEsRUFDdkU7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ25GTyxTQUFTLGdCQUFnQkMsT0FBc0I7QUFDcEQsTUFBSSxRQUFRO0FBQ1osTUFBSSxVQUFVO0FBQ2QsYUFBVyxDQUFDLE9BQU8sT0FBTyxJQUFJLEtBQUtBLE1BQUssU0FBUyw0QkFBNEIsR0FBRztBQUM5RSxhQUFTLE9BQU8sS0FBSyxJQUFJLEVBQUUsR0FBRyxNQUFNLEdBQUcsSUFBSSxHQUFHLEdBQUcsSUFBSSxLQUFNLEVBQUUsSUFBOEI7QUFDM0YsZUFBVztBQUFBLEVBQ2I7QUFDQSxNQUFJLFlBQVlBLFNBQVFBLFVBQVMsR0FBSSxPQUFNLElBQUksTUFBTSxtQkFBbUIsS0FBSyxVQUFVQSxLQUFJLENBQUMsRUFBRTtBQUM5RixTQUFPO0FBQ1Q7OztBQ0FPLElBQU0sd0JBQXdCO0FBTTlCLElBQU0sNkJBQTZCO0FBbUJuQyxTQUFTLGFBQWEsTUFBa0U7QUFDN0YsUUFBTSxhQUFhLENBQUMsYUFBcUIsS0FBSyx1QkFBdUI7QUFDckUsUUFBTSxVQUFVLEtBQUssSUFBSSxLQUFLLGNBQWMsS0FBTSwwQkFBMEI7QUFDNUUsUUFBTSxrQkFBa0IsS0FBSyxLQUFLLHdCQUF3QixLQUFLLFdBQVcsV0FBVyxPQUFPLENBQUMsSUFBSTtBQUNqRyxRQUFNLFNBQVMsS0FBSyxJQUFJLGlCQUFpQixLQUFLLEtBQUssS0FBSyxXQUFXLFdBQVcsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUM3RixTQUFPLEVBQUUsaUJBQWlCLE9BQU87QUFDbkM7QUFFTyxJQUFNLGdCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FBR2xFLFNBQVMsb0JBQW9CLFVBQTRCO0FBQzlELFFBQU0sSUFBSTtBQU9WLFFBQU0sVUFBVSxnQkFBZ0IsRUFBRSxZQUFZLElBQUk7QUFDbEQsTUFBSSxFQUFFLGFBQWEsd0JBQXlCLFNBQVMsRUFBRSxRQUFRLEtBQUssZ0JBQWdCLEVBQUUsWUFBWSxJQUFJLElBQUs7QUFDM0csTUFBSSxFQUFFLGFBQWEsdUJBQXdCLE9BQU0sSUFBSSxNQUFNLEdBQUcsRUFBRSxRQUFRLGtDQUFrQztBQUMxRyxNQUFJQyxRQUFPLEVBQUUsYUFBYTtBQUMxQixNQUFJLFFBQVE7QUFDWixhQUFXLFNBQVMsRUFBRSxVQUFVLENBQUMsR0FBRztBQUNsQyxjQUFXQSxRQUFPLE1BQU0sVUFBVSxJQUFLLGdCQUFnQixNQUFNLFFBQVE7QUFDckUsSUFBQUEsUUFBTyxNQUFNO0FBQUEsRUFDZjtBQUNBLFNBQU8sUUFBUTtBQUNqQjs7O0FDS08sU0FBUyxVQUFVLFdBQXVEO0FBQy9FLFNBQU8sT0FBTyxVQUFVLFNBQVMsSUFDN0IsRUFBRSxNQUFNLFdBQVcsVUFBVSxLQUFLLElBQ2xDLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxFQUFFLENBQUMsR0FBRyxVQUFVLEtBQUs7QUFDdEU7QUFHTyxTQUFTLGFBQ2RDLE9BQ0EsV0FDQSxXQUNBLEtBQ0EsWUFBWSxNQUNGO0FBQ1YsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBQUE7QUFBQSxJQUNBLEdBQUcsVUFBVSxTQUFTO0FBQUEsSUFDdEIsVUFBVSxHQUFHLFNBQVM7QUFBQSxJQUN0QixpQkFBaUIsSUFBSTtBQUFBLElBQ3JCLFFBQVEsSUFBSTtBQUFBLElBQ1o7QUFBQSxFQUNGO0FBQ0Y7QUFPTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDL0ZsRyxTQUFTLGFBQWE7QUFDdEIsT0FBTyxVQUFVO0FBQ2pCLE9BQU8sVUFBVTtBQUNqQixTQUFTLFNBQVMsYUFBYTtBQUt4QixJQUFNLG1CQUFtQixJQUFJLE1BQU0sb0JBQW9CO0FBRXZELElBQU0sd0JBQXdCLElBQUksTUFBTSwwQkFBMEI7QUFFbEUsSUFBTSxpQkFBaUIsSUFBSSxNQUFNLGtCQUFrQjtBQUVuRCxJQUFNLHVCQUF1QixJQUFJLFFBQVEsd0JBQXdCO0FBRWpFLElBQU0scUJBQXFCLElBQUksTUFBTSxpQ0FBaUM7QUFXN0UsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUNKLElBQUksYUFBYTtBQU1qQixTQUFTLFVBQVUsWUFBb0IsT0FBcUM7QUFDMUUsUUFBTSxNQUFNLEtBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUFBLElBQ3RFLEdBQUc7QUFBQSxJQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsRUFDaEQsQ0FBVTtBQUNWLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQzlDO0FBR0EsSUFBTSxTQUFTO0FBVVIsU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sS0FBSztBQUFBLElBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGNBQWMsR0FBRyxNQUFNO0FBQUEsSUFDdkIsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7QUFBQSxFQUNuQztBQUNGO0FBRUEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsY0FBYyxZQUEwQjtBQUV0RCxNQUFJLENBQUMsV0FBWSxjQUFhLFVBQVUsWUFBWSxNQUFNO0FBQzFELGFBQVM7QUFDUCxVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLGFBQVMsVUFBVTtBQUNuQixVQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsUUFBSSxLQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFFBQUksS0FBSyxTQUFTLGFBQWEsRUFBRztBQUFBLEVBQ3BDO0FBQ0EsWUFBVSxZQUFZLFVBQVU7QUFDaEMsV0FBUyxVQUFVO0FBQ3JCO0FBRUEsU0FBUyxTQUFTLFlBQTBCO0FBQzFDLFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNwQyxRQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sVUFBVSxPQUFRO0FBQzNELHFCQUFpQixJQUFJLE9BQU8sV0FBVztBQUN2QywwQkFBc0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNsRCxtQkFBZSxJQUFJLE9BQU8sU0FBUztBQUFBLEVBQ3JDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixTQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDdkY7QUFPTyxTQUFTLFFBQVEsWUFBMEI7QUFDaEQsWUFBVSxZQUFZLFVBQVU7QUFDaEMsUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLFVBQVUsWUFBWSxJQUFhO0FBQzNELFFBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTSxNQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxNQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QjtBQUN6RCx1QkFBbUIsSUFBSSxRQUFRLHdCQUF3QjtBQUMzRDtBQWVPLFNBQVMsY0FBYyxRQUFnQztBQUM1RCxRQUFNLFFBQWdCO0FBQUEsSUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNqRztBQUNBLE1BQUksT0FBTyxtQkFBbUI7QUFDNUIsVUFBTSxLQUFLO0FBQUEsTUFDVCxRQUFRO0FBQUEsTUFDUixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUM7QUFBQSxJQUNoRSxDQUFDO0FBQ0gsTUFBSSxPQUFPO0FBQ1QsVUFBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDaEcsU0FBTztBQUNUOzs7QUNyS0EsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTs7O0FDRFYsSUFBTSxTQUFpQixZQUFZLEtBQUs7QUFHeEMsU0FBUyxjQUFjLE9BQXVCO0FBQ25ELHNCQUFvQixRQUFRLEtBQUs7QUFDakMsU0FBTztBQUNUOzs7QURnQkEsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFTyxTQUFTLFNBQVNDLFNBQXNCO0FBQzdDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU9FLE1BQUssR0FBRyxXQUFXLEtBQUssTUFBTUQsY0FBYTtBQUNqRztBQUdPLFNBQVMsZUFBZUQsT0FBWSxPQUF3QixPQUFxQjtBQUN0RixRQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsUUFBTSxVQUFVLG9CQUFvQkEsTUFBSyxPQUFPLFFBQVFBLE1BQUssTUFBTTtBQUNuRSxNQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztBQUN0QztBQUdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBRTlFNUMsU0FBUyxTQUFBRyxjQUFhO0FBQ3RCLE9BQU9DLFdBQVU7QUFDakIsT0FBT0MsV0FBVTtBQUNqQixPQUFPLGFBQWE7OztBQ0xwQixTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBdUQ7OztBQ2tCdkQsSUFBTSxZQUFZOzs7QUNoQnpCLElBQU0sTUFBTSxDQUFDLE9BQW1CLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUV0RCxJQUFNLFFBQVE7QUFBQSxFQUNuQixRQUFRLE1BQU07QUFBQSxFQUNkLE9BQU8sTUFBTTtBQUFBLEVBQ2IsU0FBUyxNQUFNO0FBQUEsRUFDZixRQUFRLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUM5QyxVQUFVLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNoRCxLQUFLLENBQUMsT0FBVyxnQkFBZ0IsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUN4QyxTQUFTLENBQUMsSUFBUSxVQUFrQixtQkFBbUIsSUFBSSxFQUFFLENBQUMsYUFBYSxLQUFLO0FBQUEsRUFDaEYsY0FBYyxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDcEQsWUFBWSxNQUFNO0FBQUEsRUFDbEIsV0FBVyxNQUFNO0FBQUEsRUFDakIsWUFBWSxNQUFNO0FBQ3BCO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUlBLElBQU0saUJBQThFLENBQUM7QUFDckYsV0FBVyxZQUFZLFlBQVk7QUFDakMsaUJBQWUsUUFBb0IsSUFBSSxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFvQixFQUFFO0FBQzlHO0FBR08sU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLFNBQU8sZUFBZSxRQUFRO0FBQ2hDOzs7QUZzQ0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUUvQyxJQUFNLFNBQVM7QUFBQSxFQUNwQixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBQyxTQUNRLEtBQ2pCO0FBSFM7QUFDQSxrQkFBQUE7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWFBLFNBQTBEO0FBQzlFLFNBQVEsZ0JBQWdCQSxPQUFNLE1BQU1DLE1BQUssaUJBQWlCRCxPQUFNO0FBQ2xFO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJRSxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFFBQUksQ0FBQ0EsU0FBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsTUFBQUEsVUFBUztBQUFBLFFBQ1A7QUFBQSxRQUNBLE1BQU0sWUFBWSxRQUFRO0FBQUEsUUFDMUIsU0FBUyxLQUFLO0FBQUEsUUFDZCxrQkFBa0IsYUFBYSxRQUFRO0FBQUEsTUFDekM7QUFFQSxVQUFJLENBQUMsVUFBVyxDQUFBQSxRQUFPLGVBQWU7QUFDdEMsV0FBSyxPQUFPLFFBQVEsSUFBSUE7QUFBQSxJQUMxQjtBQUNBLFdBQU9BO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBQyxRQUNBLFNBQ1c7QUFDWCxVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU1DLE1BQUs7QUFBQSxNQUNmO0FBQUEsTUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7QUFBQSxNQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7QUFBQSxNQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWFELFdBQVUsTUFBUztBQUFBLElBQ3JFO0FBRUEsVUFBTUUsVUFBUyxJQUFJO0FBQ25CLFVBQU0sV0FBV0EsWUFBVztBQUM1QixRQUFJQSxZQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFFBQUksVUFBVSxDQUFDRjtBQUNmLFFBQUlBLFVBQVMsVUFBVTtBQUNyQixnQkFBVTtBQUNWLGdCQUFVLE9BQU8sR0FBRyxLQUFLQSxPQUFNLFNBQVM7QUFDeEMsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVVBLFdBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFdBQU8sSUFBSSxXQUFjLE9BQU9FLFNBQVFGLFVBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ3hGO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVM7QUFDYixlQUFXLE9BQU8sT0FBTztBQUN2QixZQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxVQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNyRztBQUNBLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxPQUFPLFVBQVU7QUFBQSxFQUMvRjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxNQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sUUFBUSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUM5RTtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssT0FBTyxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLE1BQU0sYUFBYSxFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDdkc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsTUFBTSxVQUFVLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNwRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFDRjs7O0FHM1VBLFNBQVMsU0FBQUcsY0FBYTtBQUN0QixPQUFPQyxXQUEwRTs7O0FDSDFFLElBQU0sZ0JBQWdCO0FBRXRCLElBQU0sbUJBQW1CO0FBRXpCLFNBQVMsYUFBYSxHQUFtQjtBQUM5QyxTQUFPLEdBQUcsYUFBYSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDdkQ7QUFHTyxTQUFTLFNBQVMsTUFBYyxLQUFLLElBQUksR0FBVztBQUN6RCxTQUFPLEdBQUcsSUFBSSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7QUFDNUU7QUFHTyxTQUFTLFFBQVEsT0FBbUM7QUFDekQsUUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsU0FBTyxRQUFRLENBQUM7QUFDbEI7QUFHTyxTQUFTLFdBQVcsT0FBbUM7QUFDNUQsUUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxTQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztBQUNwQztBQU9PLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLFNBQVMsV0FBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLE1BQUksQ0FBQyxNQUFNLFdBQVcsZ0JBQWdCLEVBQUcsUUFBTztBQUNoRCxRQUFNLFFBQVEsUUFBUSxLQUFLO0FBQzNCLE1BQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFFBQU0sVUFBVSxXQUFXLEtBQUs7QUFDaEMsU0FBTyxZQUFZLFVBQWEsV0FBVyxXQUFXLE9BQU8sS0FBSyxLQUFLO0FBQ3pFOzs7QURwQ0EsSUFBTSxjQUFjO0FBQ3BCLElBQU0sYUFBYTtBQXNCbkIsSUFBTSxXQUFXO0FBRWpCLElBQUksVUFBVTtBQUNkLElBQU0sWUFBWSxDQUFDLFFBQWtCLElBQUksV0FBVyxLQUFLLElBQUksVUFBVTtBQVV2RSxTQUFTLFFBQVFDLFFBQWUsTUFBbUMsVUFBb0Q7QUFDckgsV0FBUyxRQUFRLEdBQUcsUUFBUUEsUUFBTyxTQUFTLGFBQWE7QUFDdkQsVUFBTSxRQUF3QixDQUFDO0FBQy9CLGFBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFJQSxRQUFPLFFBQVEsV0FBVyxHQUFHLElBQUssT0FBTSxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQ3JGLFVBQU0sTUFBTUMsTUFBSyxNQUFNLEtBQUs7QUFDNUIsYUFBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLFdBQVc7QUFDbkQsWUFBTSxRQUFRLElBQUksSUFBSSxDQUFDLEtBQUssTUFBTyxVQUFVLEdBQUcsSUFBSSxJQUFJLEVBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUM7QUFDakYsVUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixpQkFBVyxNQUFNO0FBQ2pCLE1BQUFDLE9BQU0sTUFBTSxNQUFNLFVBQVUsRUFBRTtBQUM5QixNQUFDRCxNQUFLLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLEVBQWlCLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDMUUsWUFBSSxNQUFNLENBQUMsQ0FBRSxJQUFJO0FBQUEsTUFDbkIsQ0FBQztBQUFBLElBQ0g7QUFDQSxRQUFJLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDdEIsZUFBUyxLQUFLLFFBQVEsQ0FBQztBQUFBLElBQ3pCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLE9BQU87QUFDOUQsUUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLE1BQUksU0FBVSxTQUFRLGNBQWMsSUFBSTtBQUN4QyxNQUFJLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2xELFNBQU8sRUFBRSxTQUFTLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSxVQUFVLElBQUksR0FBRyxHQUFHLFNBQVMsTUFBTTtBQUNyRjtBQUVBLFNBQVMsS0FBUSxLQUE4QjtBQUM3QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO0FBQUEsRUFDdEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLFdBQ2RFLFNBQ0EsT0FDQSxVQUMrQztBQUMvQyxRQUFNLFNBQXdELEVBQUUsT0FBTyxRQUFXLFFBQVEsRUFBRTtBQUM1RjtBQUFBLElBQ0U7QUFBQSxJQUNBLE9BQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBR0EsUUFBTyxPQUFPLEdBQUcsTUFBTSxNQUFNLENBQUM7QUFBQSxNQUN0QyxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsTUFDeEMsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO0FBQUEsSUFDekM7QUFBQSxJQUNBLENBQUMsUUFBUTtBQUNQLGFBQU8sU0FBUyxJQUFJO0FBQ3BCLGFBQU8sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUFBLElBQzNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQWdCTyxTQUFTLGNBQWNBLFNBQWdCLFFBQWdDO0FBQzVFLFFBQU0sRUFBRSxTQUFTLFFBQVEsV0FBVyxrQkFBa0IsT0FBTyxJQUFJQSxRQUFPO0FBQ3hFLFFBQU0sU0FBd0I7QUFBQSxJQUM1QixVQUFVLE9BQU87QUFBQSxJQUNqQixTQUFTO0FBQUEsSUFDVCxRQUFRO0FBQUEsSUFDUixTQUFTO0FBQUEsSUFDVCxXQUFXO0FBQUEsSUFDWCxTQUFTO0FBQUEsRUFDWDtBQUNBLE1BQUksV0FBVyxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEQsUUFBTSxnQkFBZ0I7QUFDdEIsUUFBTSxVQUFtQixFQUFFLE1BQU1BLFFBQU8sU0FBUyxRQUFRLFFBQVEsQ0FBQyxHQUFHLE9BQU87QUFDNUU7QUFBQSxJQUNFO0FBQUEsSUFDQSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUFBLEVBQ3hCO0FBQ0EsTUFBSSxTQUFTLGFBQWEsT0FBTztBQUNqQyxNQUFJLE9BQVEsVUFBUyxlQUFlLFNBQVMsTUFBTTtBQUNuRCxRQUFNLGFBQWEsY0FBYyxTQUFTLFFBQVEsUUFBUSxnQkFBZ0I7QUFDMUUsa0JBQWdCLFNBQVMsZ0JBQWdCLFNBQVMsVUFBVSxHQUFHQSxRQUFPLGtCQUFrQjtBQUN4RixTQUFPLFVBQVUsVUFBVTtBQUMzQixTQUFPO0FBQ1Q7QUFHQSxTQUFTLE1BQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLE9BQXVCO0FBQ3ZFO0FBQUEsSUFDRSxNQUFNO0FBQUEsSUFDTixDQUFDLE9BQU87QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxNQUFNLENBQUM7QUFBQSxNQUM1QixNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLE9BQU8sVUFBVSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsU0FBUyxDQUFDO0FBQUEsTUFDL0YsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO0FBQUEsSUFDekM7QUFBQSxJQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLFVBQUksQ0FBQztBQUNILGNBQU0sSUFBSTtBQUFBLFVBQ1IsMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtBQUFBLFFBQ3hIO0FBQ0YsYUFBTyxNQUFNLENBQUMsQ0FBRSxJQUFJO0FBQUEsSUFDdEI7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLGFBQWEsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFzQjtBQUNqRSxRQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsTUFBTSxtQkFBbUIsYUFBYSxDQUFDLFVBQVUsVUFBVTtBQUNwRyxRQUFNLFNBQW1CLENBQUM7QUFDMUI7QUFBQSxJQUNFLE9BQU87QUFBQSxJQUNQLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFO0FBQUEsSUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxJQUFJO0FBQ3RGLFVBQUksQ0FBQztBQUNILGNBQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUN4RyxhQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxFQUFFO0FBQUEsSUFDcEU7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxlQUFlLFNBQWtCLFFBQTRCO0FBQ3BFLFFBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ2pDLFdBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ2pGLFVBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxHQUFHLEdBQUcsRUFBRSxDQUFDO0FBQzdFO0FBQUEsTUFDRSxPQUFPO0FBQUEsTUFDUCxDQUFDLE9BQU87QUFBQSxRQUNOLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztBQUFBLFFBQzFDLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxPQUFPLENBQUMsRUFBRyxLQUFLLENBQUM7QUFBQSxNQUMzRDtBQUFBLE1BQ0EsQ0FBQyxRQUFRO0FBQ1AsWUFBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO0FBQUEsTUFDakM7QUFBQSxJQUNGO0FBQ0EsYUFBUyxhQUFhLE9BQU87QUFBQSxFQUMvQjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FDUCxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FDL0IsUUFDQSxRQUNBLGtCQUM2QjtBQUM3QixRQUFNLFlBQStELENBQUM7QUFDdEUsU0FBTyxRQUFRLENBQUMsT0FBTyxNQUFNO0FBQzNCLFVBQU0sT0FBTyxPQUFPLENBQUMsRUFBRztBQUN4QixRQUFJLFFBQVEsT0FBUSxRQUFPO0FBQzNCLGFBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRO0FBQ2xDLGdCQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsR0FBRyxVQUFVLE1BQU0sU0FBUyxhQUFhLEtBQUssaUJBQWlCLENBQUM7QUFBQSxFQUMvRixDQUFDO0FBQ0QsUUFBTSxhQUEwQyxDQUFDO0FBQ2pEO0FBQUEsSUFDRSxVQUFVO0FBQUEsSUFDVixDQUFDLE1BQU07QUFDTCxZQUFNLEVBQUUsT0FBTyxHQUFHLFVBQUFDLFVBQVMsSUFBSSxVQUFVLENBQUM7QUFDMUMsWUFBTSxTQUFTO0FBQUEsUUFDYixPQUFPLGFBQWEsQ0FBQztBQUFBLFFBQ3JCLE9BQU8saUJBQWlCLENBQUM7QUFBQSxRQUN6QixPQUFPO0FBQUEsUUFDUCxlQUFlQSxZQUFXLElBQUk7QUFBQSxNQUNoQztBQUNBLGFBQU87QUFBQSxRQUNMLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUM7QUFBQSxRQUM5QixNQUFNLEtBQUssVUFBVSxNQUFNO0FBQUEsUUFDM0IsUUFBUSxPQUFPLGtCQUFrQixPQUFPLEtBQUssR0FBRyxJQUFJO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxVQUFJLE9BQU87QUFDVCxjQUFNLElBQUk7QUFBQSxVQUNSLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUN2RztBQUNGLGFBQU87QUFDUCxVQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztBQUFBLElBQ2hGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9BLFNBQVMsZ0JBQWdCLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxZQUFnRDtBQUMxRyxRQUFNLE9BQWMsQ0FBQztBQUNyQjtBQUFBLElBQ0UsV0FBVztBQUFBLElBQ1gsQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sU0FBUyxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxNQUNoRCxNQUFNO0FBQUEsTUFDTixRQUFRLE9BQU8sb0JBQW9CLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxHQUFHLElBQUk7QUFBQSxJQUN2RTtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsVUFBSSxVQUFVO0FBQ1osY0FBTSxJQUFJO0FBQUEsVUFDUixvQ0FBb0MsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDMUc7QUFDRixXQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTSxDQUFDO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsU0FBa0IsTUFBYSxVQUF3QjtBQUM5RSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUksV0FBVztBQUN6QyxTQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLFFBQUksS0FBSyxJQUFJLElBQUk7QUFDZixZQUFNLElBQUk7QUFBQSxRQUNSLFlBQVksS0FBSyxNQUFNLCtEQUErRCxRQUFRO0FBQUEsTUFDaEc7QUFDRixJQUFBRixPQUFNLENBQUM7QUFDUCxVQUFNLEVBQUUsTUFBQUcsT0FBTSxRQUFRLElBQUksU0FBUyxTQUFTLElBQUk7QUFDaEQsUUFBSSxRQUFRLE9BQU8sRUFBRyxPQUFNLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQztBQUNqRCxXQUFPQTtBQUFBLEVBQ1Q7QUFDRjtBQUdBLFNBQVMsU0FBUyxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FBWSxNQUFvRDtBQUMvRyxRQUFNQSxRQUFjLENBQUM7QUFDckIsUUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEM7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLENBQUMsT0FBTztBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsTUFDeEMsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztBQUFBLElBQzNEO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsZ0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCLFFBQUFBLE1BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLElBQUksV0FBVztBQUNqQixjQUFNLElBQUk7QUFBQSxVQUNSLDBDQUEwQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssTUFBTSxFQUFFO0FBQUEsUUFDL0k7QUFDRixZQUFNQyxVQUFTLEtBQTBDLEdBQUc7QUFDNUQsVUFBSUEsU0FBUSxXQUFXO0FBQ3JCLGNBQU0sSUFBSTtBQUFBLFVBQ1IsbUNBQW1DLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssWUFBWUEsUUFBTyxTQUFTLGlCQUFpQjtBQUFBLFFBQy9HO0FBQ0YsVUFBSUEsU0FBUSxXQUFXLFlBQWEsUUFBTztBQUFBLFVBQ3RDLENBQUFELE1BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUFBLElBQ3pCO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxNQUFBQSxPQUFNLFFBQVE7QUFDekI7QUFNTyxTQUFTLGNBQ2RGLFNBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixRQUFNLE9BQU9BLFFBQU87QUFDcEIsTUFBSSxVQUFVO0FBQ2QsTUFBSSxTQUFTO0FBQ2IsV0FBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsUUFBSSxRQUFxQyxDQUFDO0FBQzFDO0FBQUEsTUFDRTtBQUFBLE1BQ0EsT0FBTztBQUFBLFFBQ0wsUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtBQUFBLFFBQ25HLFFBQVEsT0FBTyxrQkFBa0IsVUFBVTtBQUFBLE1BQzdDO0FBQUEsTUFDQSxDQUFDLFFBQVE7QUFDUCxpQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7QUFBQSxNQUMxRztBQUFBLElBQ0Y7QUFDQSxRQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLFVBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsUUFBSSxPQUFPO0FBQ1g7QUFBQSxNQUNFLE9BQU87QUFBQSxNQUNQLENBQUMsT0FBTztBQUFBLFFBQ04sUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO0FBQUEsUUFDMUMsUUFBUSxPQUFPLG9CQUFvQixVQUFVO0FBQUEsTUFDL0M7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLFlBQUksSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXLElBQUs7QUFBQSxNQUNoRDtBQUFBLElBQ0Y7QUFDQSxlQUFXO0FBQ1gsY0FBVSxNQUFNLFNBQVM7QUFBQSxFQUMzQjtBQUNBLFNBQU87QUFDVDs7O0FKMVZBLElBQU0sZUFBZTtBQUNyQixJQUFNLGdCQUFnQjtBQUV0QixTQUFTLE1BQU0sU0FBd0I7QUFDckMsRUFBQUksTUFBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixRQUFNLElBQUksTUFBTSxPQUFPO0FBQ3pCO0FBRUEsU0FBUyxNQUFNLFNBQXVCO0FBQ3BDLFFBQU1DLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFFBQU0sTUFBTUMsTUFBSyxJQUFJRCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILE1BQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7QUFBQSxNQUNFLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYTtBQUFBLElBQ3ZHO0FBQUEsRUFDRjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7QUFBQSxNQUNFLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTTtBQUFBLElBQy9DO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxjQUFjRSxTQUFnQkMsU0FBdUMsTUFBb0I7QUFDaEcsU0FBT0EsUUFBTyxJQUFJLEtBQUtELFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDNUM7QUFNQSxTQUFTLE1BQU1BLFNBQWdCQyxTQUF1QyxNQUFvQjtBQUN4RixNQUFJLEtBQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUcsS0FBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0QsU0FBUUMsU0FBUSxJQUFJLENBQUM7QUFDckYsUUFBTSxTQUFTLFdBQVdELFNBQVEsT0FBTyxRQUFRO0FBQ2pELE1BQUksQ0FBQyxPQUFPLE9BQU87QUFDakIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxRQUFRQSxRQUFPLFlBQ2pCLGVBQWVBLFFBQU8sU0FBUyxLQUMvQkEsUUFBTyxZQUNMLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUNwRCxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQ3pDLFVBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7QUFBQSxFQUN4RztBQUNBLFNBQU8sT0FBTztBQUNoQjtBQUVBLFNBQVMsWUFBWSxRQUFtQixPQUFlQSxTQUFzQjtBQUMzRSxRQUFNLE9BQWEsQ0FBQztBQUNwQixRQUFNLFlBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsVUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLE1BQ2xDLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQztBQUFBLE1BQzlCLE9BQU87QUFBQSxNQUNQLE9BQU87QUFBQSxNQUNQLGVBQWU7QUFBQSxJQUNqQixDQUFDO0FBQ0QsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsY0FBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLFNBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtBQUFBLEVBQy9CO0FBQ0EsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxhQUFXLFNBQVMsTUFBTTtBQUN4QixlQUFTO0FBQ1AsWUFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsVUFBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxVQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxVQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsY0FBTSw2REFBNkRBLFFBQU8sa0JBQWtCLElBQUk7QUFDbEcsTUFBQUUsT0FBTSxHQUFHO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFRQSxlQUFzQixrQkFBMEQ7QUFDOUUsUUFBTSxRQUF1QyxDQUFDO0FBQzlDLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO0FBQUEsSUFDOUIsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxjQUFjRixTQUFnQkMsU0FBZ0Q7QUFDckYsUUFBTSxRQUFRLFVBQVdKLE1BQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxRQUFNLFNBQWtCLENBQUM7QUFDekIsYUFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUksS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUc7QUFDckQsYUFBTyxLQUFLLEVBQUUsTUFBTSxHQUFHLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0csU0FBUUMsU0FBUSxJQUFJLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDdkY7QUFDQSxTQUFPO0FBQ1Q7QUFTQSxlQUFzQixXQUFXRCxTQUFnQkcsV0FBMEIsQ0FBQyxHQUFxQjtBQUMvRixRQUFNSCxRQUFPLE9BQU87QUFDcEIsUUFBTUMsVUFBUyxNQUFNLGdCQUFnQjtBQUNyQyxRQUFNLFlBQVksSUFBSSxVQUFVRCxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUNsRSxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSSxNQUFNQSxTQUFRQyxTQUFRLElBQUk7QUFDbkUsUUFBTSxRQUFRLFNBQVM7QUFDdkIsUUFBTSxRQUFRLGNBQWNELFNBQVEsT0FBTyxPQUFPLGtCQUFrQixDQUFDLFVBQVUsV0FBVyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzlHLE1BQUksUUFBUSxFQUFHLFNBQVEsSUFBSSxrQkFBa0IsS0FBSyx3Q0FBd0M7QUFDMUYsTUFBSUcsU0FBUSxTQUFTO0FBQ25CLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBSTtBQUNGLFlBQU0sSUFBSSxjQUFjSCxTQUFRLGNBQWNBLFNBQVFDLE9BQU0sQ0FBQztBQUM3RCxjQUFRO0FBQUEsUUFDTixxQkFBcUJELFFBQU8sUUFBUSxPQUFPLDhCQUE4QixFQUFFLFFBQVEsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxVQUFVLEtBQUssSUFBSSxJQUFJLFdBQVcsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUFBLE1BQzlVO0FBQUEsSUFDRixTQUFTLE9BQU87QUFDZCxZQUFNLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlEO0FBQUEsRUFDRjtBQUNBLFFBQU0sa0JBQWtCRyxTQUFRLE9BQU8sWUFBWSxVQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0gsT0FBTSxJQUFJLENBQUM7QUFFbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxnQkFBZ0I7QUFDMUM7QUFHQSxlQUFzQixXQUFXQSxTQUFnQixNQUEwQztBQUN6RixNQUFJLENBQUMsTUFBTSxTQUFTLEtBQUssTUFBTSxVQUFVLEVBQUc7QUFDNUMsUUFBTUMsVUFBUyxNQUFNLGdCQUFnQjtBQUVyQyxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUksS0FBSyxRQUFRLFNBQVMsR0FBR0EsUUFBTyxTQUFTRCxRQUFPLE1BQU0sTUFBTSxRQUFRO0FBQ2hHLFFBQU0sRUFBRSxNQUFNLElBQUksV0FBV0EsU0FBUSxPQUFPLFFBQVE7QUFDcEQsTUFBSSxDQUFDLE9BQU87QUFDVixZQUFRO0FBQUEsTUFDTixpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLO0FBQUEsSUFDdEc7QUFDQTtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsY0FBY0EsU0FBUSxPQUFPLEtBQUssT0FBTyxDQUFDLFVBQVUsV0FBVyxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDdkcsTUFBSSxVQUFVLEVBQUcsU0FBUSxJQUFJLHFCQUFxQixPQUFPLDZCQUE2QjtBQUN4Rjs7O0FNNUlPLFNBQVMsbUJBQTRCO0FBQzFDLFNBQU8sU0FBUztBQUNsQjtBQUdPLFNBQVMsYUFBYUksU0FBZ0IsV0FBdUQ7QUFDbEcsTUFBSSxDQUFDLGlCQUFpQixFQUFHLFFBQU87QUFDaEMsUUFBTSxRQUFRLFVBQVU7QUFHeEIsUUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxRQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixNQUFJQSxRQUFPLFlBQVk7QUFDckIsY0FBVSxZQUFZLGtCQUFrQixNQUFNLFNBQVM7QUFDdkQsVUFBTTtBQUFBLE1BQ0osR0FBRyxjQUFjO0FBQUEsUUFDZixVQUFVQSxRQUFPLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxRQUFPLFFBQVE7QUFBQSxRQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFFBQU8sUUFBUSx1QkFBdUI7QUFBQSxRQUMvRSxlQUFlQSxRQUFPO0FBQUEsTUFDeEIsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsTUFBSUEsUUFBTyxjQUFlLGdCQUFlLE1BQU0sTUFBTSxTQUFTLE9BQU8sVUFBVSxTQUFTLENBQUM7QUFDekYsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFlBQVksc0JBQXNCLGVBQWUsS0FBSyxHQUFHLFNBQVM7QUFBQTtBQUFBLElBRWxFLGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUIsRUFBRSxLQUFLQSxRQUFPLFFBQVEsVUFBVSxJQUFJLE1BQU0sRUFBRTtBQUFBLElBQ3RHLG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7QUFNQSxTQUFTLHNCQUFzQixZQUEwQixXQUFtRDtBQUMxRyxhQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLFNBQVMsR0FBRztBQUN4RCxRQUFJLGNBQWMsUUFBUSxFQUFHLFlBQVcsVUFBVSxzQkFBc0IsRUFBRSxVQUFVLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQztBQUFBLEVBQ3BHO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxTQUFTLFVBQTZCO0FBQzdDLFFBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFNNUMsTUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxNQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWE7QUFDbEYsWUFBUSxPQUFPLEtBQUs7QUFDdEIsU0FBTztBQUNUO0FBR08sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEO0FBTU8sU0FBUyx1QkFBNkI7QUFDM0MsTUFBSSxPQUFVLFdBQVksU0FBUSxPQUFVLFVBQVU7QUFDeEQ7QUFHQSxlQUFzQixTQUFTLE1BQStCO0FBQzVELHVCQUFxQjtBQUNyQixRQUFNLFdBQVcsUUFBVyxJQUFJO0FBQ2xDOzs7QUMvR08sU0FBUyxVQUFVQyxPQUFzQjtBQUM5QyxTQUFPQSxNQUFLO0FBQUEsSUFDVjtBQUFBLElBQ0EsQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUM7QUFBQSxFQUNyRjtBQUNGO0FBR08sU0FBUyxtQkFBbUJBLE9BQXNCO0FBQ3ZELFNBQU9BLE1BQ0osUUFBUSxPQUFPLEtBQUssRUFDcEIsUUFBUSxZQUFZLEdBQUcsRUFDdkIsUUFBUSxNQUFNLE1BQU0sRUFDcEIsUUFBUSxNQUFNLE1BQU07QUFDekI7QUFRTyxTQUFTLGFBQWFBLE9BQWNDLFdBQWdDLEVBQUUsU0FBUyxLQUFLLEdBQVc7QUFDcEcsUUFBTSxVQUFVRCxNQUFLLFFBQVEsWUFBWSxHQUFHO0FBQzVDLFFBQU0sT0FBT0MsU0FBUSxVQUFVLFFBQVEsUUFBUSxPQUFPLEtBQUssSUFBSTtBQUMvRCxRQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUNwRixRQUFNLFFBQVEsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUN2QyxRQUFNLE1BQU0sS0FBSyxXQUFXLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxJQUFJLE1BQU07QUFDL0QsU0FBTyxHQUFHLEtBQUssR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLEdBQUcsR0FBRyxLQUFLO0FBQzVDOzs7QUNPTyxTQUFTLE9BQU9DLGFBQTRCO0FBQ2pELFNBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0FBQ2hFO0FBRUEsU0FBUyxPQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxNQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLFNBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztBQUN4RTtBQUdPLFNBQVMsY0FBYyxNQUFtQztBQUMvRCxRQUFNLE9BQXVCLENBQUM7QUFDOUIsYUFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsZUFBVyxDQUFDQSxhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLFlBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLFlBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxXQUFLLEtBQUs7QUFBQSxRQUNSO0FBQUEsUUFDQSxZQUFBQTtBQUFBLFFBQ0EsSUFBSSxPQUFPO0FBQUEsUUFDWDtBQUFBLFFBQ0EsVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVc7QUFBQSxRQUNqRixNQUFNLE9BQU8sUUFBUSxJQUFJO0FBQUEsTUFDM0IsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsU0FBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0FBQzVGO0FBRUEsSUFBTSxhQUFhO0FBR1osU0FBUyxhQUFhLE1BQWtDO0FBQzdELFFBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxRQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxRQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsUUFBSSxDQUFDO0FBQ0gsV0FBSyxJQUFJLFVBQVcsSUFBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUssQ0FBRTtBQUNqSCxXQUFPO0FBQUEsRUFDVDtBQUNBLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxRQUFJLENBQUMsTUFBTztBQUNaLFVBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLFVBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixRQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGFBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRztBQUFBLFFBQzNCLFVBQVUsRUFBRSxTQUFTO0FBQUEsUUFDckIsS0FBSyxFQUFFLE9BQU87QUFBQSxRQUNkLEtBQUssRUFBRSxPQUFPLEtBQUs7QUFBQSxRQUNuQixLQUFLLEVBQUUsT0FBTyxLQUFLO0FBQUEsUUFDbkIsS0FBSyxFQUFFLE9BQU87QUFBQSxNQUNoQixDQUFDO0FBQUEsSUFDSCxXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLFVBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDL0U7QUFrQkEsSUFBTSxxQkFBcUI7QUFPcEIsU0FBUyxrQkFDZCxNQUNBQyx3QkFBK0MsQ0FBQyxHQUNoQztBQUNoQixRQUFNLFlBQTBCLENBQUM7QUFDakMsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxXQUFXLG1CQUFtQixLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2xELFFBQUksYUFBYSxPQUFXO0FBQzVCLFVBQU1DLGNBQWEsT0FBTyxRQUFRLFNBQVM7QUFDM0MsVUFBTSxlQUFlRCxzQkFBcUIsUUFBUTtBQUNsRCxVQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYyxDQUFDLENBQUMsRUFDOUMsSUFBSSxDQUFDRCxnQkFBZSw2QkFBNkIsS0FBS0EsV0FBVSxJQUFJLENBQUMsQ0FBQyxFQUN0RSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQVM7QUFDOUIsY0FBVSxLQUFLO0FBQUEsTUFDYjtBQUFBLE1BQ0EsWUFBQUU7QUFBQSxNQUNBLFVBQVUsaUJBQWlCLFNBQVksT0FBT0EsY0FBYTtBQUFBLE1BQzNELFNBQVMsVUFBVSxTQUFZLE9BQU8sT0FBTyxLQUFLO0FBQUEsSUFDcEQsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLFFBQVEsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzdELE1BQUksVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFNLFFBQU87QUFDckQsWUFBVSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzdELFFBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQ2xGLFFBQU0sUUFDSixVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLGNBQzVELFVBQVUsTUFBTSxDQUFDLFFBQVEsSUFBSSxhQUFhLElBQUk7QUFDaEQsU0FBTyxFQUFFLFlBQVksVUFBVSxRQUFRLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksVUFBVyxDQUFDLElBQUksTUFBTSxVQUFVO0FBQ2xIO0FBR08sU0FBUyxpQkFBaUIsU0FBd0M7QUFDdkUsTUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixNQUFJLFFBQVEsZUFBZTtBQUN6QixXQUFPO0FBQ1QsUUFBTSxPQUNKLFFBQVEsYUFBYSxPQUNqQixtQkFBbUIsWUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDLGdCQUMzRCxHQUFHLFlBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQyxXQUFXLFFBQVEsYUFBYSxJQUFJLEtBQUssR0FBRztBQUMzRixTQUFPLHVCQUF1QixJQUFJLHNCQUFzQixZQUFZLFFBQVEsWUFBWSxPQUFPLENBQUM7QUFDbEc7QUFHTyxTQUFTLFlBQVksS0FBeUI7QUFDbkQsUUFBTSxXQUNKLElBQUksYUFBYSxPQUFPLEtBQUssS0FBSyxZQUFZLElBQUksVUFBVSxPQUFPLENBQUMsV0FBVyxJQUFJLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDOUcsUUFBTSxVQUFVLElBQUksWUFBWSxPQUFPLGdCQUFnQixhQUFhLFlBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUNyRyxTQUFPLEdBQUcsWUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLGFBQWEsSUFBSSxlQUFlLElBQUksS0FBSyxHQUFHLG9CQUFvQixRQUFRLEdBQUcsT0FBTztBQUNsSTtBQUdPLFNBQVMsWUFBWSxPQUFrQyxNQUFvQztBQUNoRyxNQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsTUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxNQUFJLFNBQVMsTUFBTTtBQUNqQixRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsV0FBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM3QztBQUNBLE1BQUksU0FBUztBQUNYLFdBQU8sS0FBSyxNQUFNLEtBQUssRUFDcEIsU0FBUyxFQUNULFFBQVEseUJBQXlCLEdBQUc7QUFDekMsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsY0FBYyxNQUEyQjtBQUN2RCxRQUFNLFNBQVMsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQzFELFFBQU0sTUFBTSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDM0QsTUFBSSxXQUFXLFFBQVEsUUFBUSxLQUFNLFFBQU87QUFDNUMsUUFBTSxVQUFVLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQ3hFLFFBQU0sU0FBUyxZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFDekUsU0FBTztBQUFBLElBQ0wsK0NBQStDLFlBQVksUUFBUSxPQUFPLENBQUM7QUFBQSxJQUMzRSxXQUFXLFlBQVksS0FBSyxPQUFPLENBQUM7QUFBQSxJQUNwQyxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLE9BQU87QUFBQSxFQUM1QixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUMxTU8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1QztBQUNwRixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDM0MsUUFBTUMsYUFBWSxLQUFLLE9BQU8scUJBQXFCLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDdkUsUUFBTSxRQUFRLFVBQVUsZUFBZUQsU0FBUSxRQUFRLEVBQUU7QUFDekQsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDNUIsVUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxVQUFNLFdBQVcsVUFBVSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztBQUMxRCxVQUFNRSxRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxRQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksd0JBQXdCLFFBQVE7QUFDeEQsV0FBTyxHQUFHQSxLQUFJO0FBQUEsMEJBQTZCLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUscUJBQXFCLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQywrQkFBK0IsUUFBUTtBQUFBO0FBQUEsRUFDaEwsQ0FBQztBQUNELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSx5Q0FBeUMsS0FBSyxNQUFNLGVBQWUsUUFBUSxzQkFBc0JELFFBQU87QUFBQSxJQUN4RyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssTUFBTSxlQUFlLFFBQVEsa0NBQWtDQSxRQUFPO0FBQUEsSUFDbEgsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDWkEsU0FBUyxlQUFlLE1BQWdDO0FBQ3RELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxLQUFLO0FBQUEsTUFDTixDQUFDLE1BQ0MsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLE1BQU0sYUFBYSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsTUFBTSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztBQUFBLElBQy9HO0FBQUEsRUFDRjtBQUNGO0FBRU8sU0FBUyxlQUNkLE1BQ0FFLFVBQ1E7QUFDUixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFO0FBQ3ZDLFFBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLEVBQUUsRUFBRTtBQUN0QyxRQUFNLFFBQVE7QUFBQSxJQUNaLGtCQUFrQixhQUFhQSxTQUFRLFVBQVUsRUFBRSxTQUFTLE1BQU0sQ0FBQyxDQUFDLEtBQUssT0FBTyxXQUFXLElBQUksU0FBUyxLQUFLLE1BQU0sdUJBQXVCLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNLG9CQUFvQjtBQUFBLElBQ2xNO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLFVBQU07QUFBQSxNQUNKO0FBQUEsTUFDQSxZQUFZLE9BQU8sTUFBTSxvQkFBb0IsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsTUFDM0U7QUFBQSxNQUNBLEdBQUcsZUFBZSxNQUFNO0FBQUEsTUFDeEI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sS0FBSyw0REFBNEQscUNBQXFDO0FBQzVHLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU07QUFBQSxRQUNKLEtBQUssbUJBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDO0FBQUEsTUFDdE47QUFBQSxJQUNGO0FBQ0EsVUFBTSxLQUFLLEVBQUU7QUFBQSxFQUNmO0FBQ0EsUUFBTSxVQUFVLGtCQUFrQixNQUFNQSxTQUFRLG9CQUFvQjtBQUNwRSxRQUFNLFNBQVMsaUJBQWlCLE9BQU87QUFDdkMsTUFBSSxPQUFRLE9BQU0sS0FBSyxHQUFHLFFBQVMsYUFBYSxJQUFJLFFBQVEsRUFBRSxHQUFHLG1CQUFtQixNQUFNLENBQUMsSUFBSSxFQUFFO0FBQ2pHLE1BQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLFVBQU0sS0FBSyxnRkFBZ0Ysc0JBQXNCO0FBQ2pILGVBQVcsT0FBTyxRQUFRLFdBQVc7QUFDbkMsWUFBTTtBQUFBLFFBQ0osS0FBSyxtQkFBbUIsSUFBSSxRQUFRLENBQUMsTUFBTSxZQUFZLElBQUksWUFBWSxPQUFPLENBQUMsTUFBTSxJQUFJLGFBQWEsT0FBTyxRQUFRLFlBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxNQUFNLElBQUksWUFBWSxPQUFPLGNBQWMsWUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO0FBQUEsTUFDck87QUFBQSxJQUNGO0FBQ0EsVUFBTSxLQUFLLEVBQUU7QUFBQSxFQUNmO0FBQ0EsUUFBTSxLQUFLLG1CQUFtQixjQUFjLElBQUksQ0FBQyxHQUFHLEVBQUU7QUFDdEQsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDN0RPLElBQU0seUJBQXlCO0FBMEMvQixTQUFTLGFBQ2QsTUFDQSxNQUNBQyx3QkFBK0MsQ0FBQyxHQUN2QztBQUNULFFBQU0sYUFBYSxjQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFDLGFBQVksSUFBSSxTQUFTLE9BQU87QUFBQSxJQUNwRjtBQUFBLElBQ0EsWUFBQUE7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRTtBQUNGLFFBQU0sV0FBVyxLQUFLLFNBQVMsb0JBQW9CLEtBQUssU0FBUztBQUNqRSxTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLGtCQUFrQixNQUFNRCxxQkFBb0I7QUFBQSxJQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsV0FDUDtBQUFBLE1BQ0UsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLE1BQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxNQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsTUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsSUFDM0UsSUFDQTtBQUFBLEVBQ047QUFDRjs7O0FDbkVBLElBQU0sV0FBVyxvQkFBSSxJQUFJO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFDRCxJQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0UsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFDZCxNQUNBQyxVQUNRO0FBQ1IsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU07QUFBQSxJQUNKLEVBQUU7QUFBQSxNQUNBLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7QUFBQSxJQUNyTjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTTtBQUFBLE1BQ0o7QUFBQSxNQUNBLEVBQUU7QUFBQSxRQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDMUk7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTTtBQUFBLFFBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztBQUFBLE1BQ2hMO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsa0JBQWtCLE1BQU1BLFNBQVEsb0JBQW9CO0FBQ3BFLFFBQU0sU0FBUyxpQkFBaUIsT0FBTztBQUN2QyxNQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsTUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLGVBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksWUFBWSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ3ZHO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNO0FBQUEsSUFDSixLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUM7QUFBQSxFQUNuTjtBQUNBLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNO0FBQUEsSUFDSixhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQzNPO0FBQ0EsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUM5R0EsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELFNBQVMsa0JBQWtCLE1BQW1CO0FBQ25ELFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCO0FBQUEsTUFDbEMsUUFBUSxZQUFZLE1BQU07QUFBQSxRQUN4QixVQUFVLEtBQUs7QUFBQSxRQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtBQUFBLFFBQ25DLHNCQUFzQixLQUFLO0FBQUEsTUFDN0IsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVU7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFVBQ0UsVUFBVSxLQUFLO0FBQUEsVUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsVUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsVUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFVBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxVQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsVUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLFFBQ3RDO0FBQUEsUUFDQSxLQUFLO0FBQUEsTUFDUDtBQUVBLFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE1BQU0sSUFBSTtBQUNoRCxVQUFJLEdBQUcsR0FBRyxhQUFhLElBQUksZUFBZSxNQUFNLElBQUk7QUFBQSxJQUN0RDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQzlDQSxTQUFTLFdBQUFDLGdCQUFlO0FBU2pCLElBQU0sV0FBVyxJQUFJQyxTQUFRLFVBQVU7QUFZOUMsSUFBSTtBQUdHLFNBQVNDLGVBQWNDLFNBQWdCLE1BQW9CO0FBQ2hFLFNBQU8sU0FBUyxJQUFJLEtBQUtBLFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDOUM7QUFNTyxTQUFTLFlBQ2QsV0FDc0M7QUFDdEMsU0FBTyxJQUFJLFNBQVM7QUFDbEIsUUFBSSxPQUFRLFFBQU8sVUFBVSxHQUFHLElBQUk7QUFDcEMsV0FBTyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsVUFBVTtBQUN2QyxlQUFTO0FBQ1QsZ0JBQVUsR0FBRyxJQUFJO0FBQUEsSUFDbkIsQ0FBQztBQUFBLEVBQ0g7QUFDRjs7O0FDM0NBLE9BQU9DLFdBQVU7QUFnQ2pCLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFDM0UsSUFBTSxTQUFTLENBQUMsU0FBc0IsS0FBSyxnQkFBZ0IsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEtBQUssZ0JBQWdCLE1BQU0sQ0FBQztBQUczRyxJQUFNLGtCQUFrQjtBQUFBLEVBQzdCLFFBQVE7QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxRQUFRO0FBQUEsSUFDcEIsTUFBTSxDQUFDLE1BQU0sSUFBSTtBQUFBLElBQ2pCLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssT0FBTyxDQUFDO0FBQUEsRUFDckM7QUFBQTtBQUFBLEVBRUEsT0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLE9BQU87QUFBQSxJQUNuQixNQUFNLENBQUMsTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNoQyxzQkFBc0I7QUFBQSxJQUN0QixPQUFPO0FBQUEsTUFDTCxDQUFDLEVBQUUsS0FBSyxHQUFHLE1BQU0sUUFBUUMsWUFBVztBQUNsQyxjQUFNLFVBQVUsWUFBWSxNQUFNLFdBQVdDLGVBQWNELFNBQVEsU0FBUyxDQUFDO0FBQzdFLFlBQUksUUFBUyxNQUFLLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUTtBQUFBLE1BQ3pEO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxnQkFBZ0IsY0FBYyxhQUFhO0FBQUEsSUFDdkQsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNiLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU87QUFBQSxNQUNMLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUM7QUFBQSxNQUM1QyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxVQUFVLE9BQU8sSUFBSSxDQUFDO0FBQUEsTUFDL0MsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUFTLEtBQUssV0FBVyxPQUFPLElBQUksR0FBRyxDQUFDO0FBQUEsSUFDckQ7QUFBQSxFQUNGO0FBQUEsRUFDQSxRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsU0FBUztBQUFBLElBQ3JCLE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDYixzQkFBc0I7QUFBQSxJQUN0QixPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUFTLEtBQUssT0FBTyxLQUFLLEtBQUssQ0FBQztBQUFBLEVBQ3JEO0FBQUEsRUFDQSxRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsaUJBQWlCLGlCQUFpQixlQUFlO0FBQUEsSUFDN0QsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNiLHNCQUFzQjtBQUFBO0FBQUEsSUFFdEIsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFVBQVU7QUFDMUIsY0FBTSxVQUFVLEtBQUssYUFBYTtBQUFBLFVBQ2hDLE9BQU8sTUFBTSxXQUFXO0FBQUEsVUFDeEIsT0FBTztBQUFBLFVBQ1AsT0FBTztBQUFBLFVBQ1AsZUFBZTtBQUFBLFFBQ2pCLENBQUM7QUFDRCxZQUFJLENBQUMsUUFBUSxLQUFNO0FBQ25CLGFBQUssYUFBYSxRQUFRLEtBQUssSUFBSSxFQUFFLE9BQU8sV0FBVyxDQUFDO0FBQ3hELGFBQUssYUFBYSxRQUFRLEtBQUssRUFBRTtBQUFBLE1BQ25DO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFVBQVU7QUFBQSxJQUNSLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxpQkFBaUI7QUFBQSxJQUM3QixNQUFNLENBQUMsTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNoQyxzQkFBc0I7QUFBQTtBQUFBLElBQ3RCLE9BQU87QUFBQSxNQUNMLENBQUMsRUFBRSxLQUFLLEdBQUcsT0FBTyxVQUFVO0FBQzFCLGNBQU0sVUFBVSxLQUFLLGFBQWE7QUFBQSxVQUNoQyxPQUFPLE1BQU0sU0FBUztBQUFBLFVBQ3RCLE9BQU87QUFBQSxVQUNQLE9BQU87QUFBQSxVQUNQLGVBQWU7QUFBQSxRQUNqQixDQUFDO0FBQ0QsWUFBSSxRQUFRLEtBQU0sTUFBSyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQUEsTUFDakQ7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGVBQWU7QUFBQSxJQUMzQixNQUFNLENBQUMsTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNoQyxzQkFBc0I7QUFBQSxJQUN0QixPQUFPLGVBQWU7QUFBQSxNQUNwQixDQUFDLFdBQ0MsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUNULEtBQUssYUFBYSxPQUFPLElBQUksR0FBRyxNQUFNO0FBQUEsSUFDNUM7QUFBQSxFQUNGO0FBQUEsRUFDQSxPQUFPO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsZUFBZSxjQUFjLGFBQWE7QUFBQSxJQUN0RCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2Isc0JBQXNCO0FBQUEsSUFDdEIsT0FBTyxDQUFDLENBQUMsRUFBRSxPQUFBRSxPQUFNLE1BQU1BLE9BQU0sV0FBVyxHQUFHLENBQUMsRUFBRSxPQUFBQSxPQUFNLE1BQU1BLE9BQU0sVUFBVSxFQUFFLEdBQUcsQ0FBQyxFQUFFLE9BQUFBLE9BQU0sTUFBTUEsT0FBTSxXQUFXLENBQUM7QUFBQSxFQUNsSDtBQUNGO0FBR08sU0FBUyx1QkFBK0M7QUFDN0QsU0FBTyxPQUFPLFlBQVksT0FBTyxRQUFRLGVBQWUsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssTUFBTSxDQUFDLE1BQU0sTUFBTSxvQkFBb0IsQ0FBQyxDQUFDO0FBQ3RIO0FBR08sU0FBUyxtQkFBK0I7QUFDN0MsU0FBTyxPQUFPLE9BQU8sZUFBZSxFQUFFLFFBQVEsQ0FBQyxVQUFVLE1BQU0sU0FBUztBQUMxRTtBQUdBLGVBQXNCLHNCQUFzQkYsU0FBNEM7QUFDdEYsUUFBTSxPQUFPLE1BQU0sV0FBV0EsU0FBUSxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQ3BELFFBQU0sU0FBUyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxPQUFPO0FBQ3BGLFFBQU0sU0FBUyxPQUFPLGFBQWE7QUFBQSxJQUNqQyxPQUFPLFlBQVksS0FBSyxLQUFLO0FBQUEsSUFDN0IsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsZUFBZTtBQUFBLEVBQ2pCLENBQUM7QUFDRCxNQUFJLENBQUMsT0FBTztBQUNWLFVBQU0sSUFBSSxNQUFNLDhFQUE4RSxPQUFPLE1BQU0sR0FBRztBQUNoSCxRQUFNLE1BQU0sT0FBTyxTQUFTLE9BQU8sS0FBSyxFQUFFO0FBQzFDLE1BQUksQ0FBQyxJQUFJO0FBQ1AsVUFBTSxJQUFJLE1BQU0sMkVBQTJFLElBQUksTUFBTSxHQUFHO0FBQzFHLFNBQU8sRUFBRSxHQUFHLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTztBQUMzQztBQUVBLElBQUk7QUFDSixJQUFJLE9BQU87QUFHSixTQUFTLGFBQWFBLFNBQWdCLE9BQXNCLE1BQStCO0FBQ2hHLGNBQVk7QUFBQSxJQUNWLE1BQU0sSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sYUFBYSxLQUFLLE9BQU8sT0FBTztBQUFBLElBQzNFLE9BQU8sSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sYUFBYSxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQzVFO0FBQ0EsUUFBTSxPQUFPLE1BQU0sTUFBTSxTQUFTLE1BQU0sTUFBTSxNQUFNO0FBRXBEO0FBQUEsSUFDRTtBQUFBLElBQ0E7QUFBQSxJQUNBLENBQUMsU0FBUyxRQUFRLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUcsTUFBSyxHQUFHLFFBQVEsTUFBTUEsTUFBSyxHQUFHLG1CQUFtQjtBQUFBLElBQzNGSDtBQUFBLEVBQ0Y7QUFDRjs7O0FDNUtBLElBQU0sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQUUvQixTQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDakUsTUFBSSxhQUFhLFNBQVUsUUFBTyxRQUFRO0FBQzFDLE1BQUksYUFBYSxnQkFBaUIsUUFBTyxRQUFRO0FBQ2pELE1BQUksYUFBYSxRQUFTLFFBQU8sUUFBUTtBQUN6QyxTQUFPLFFBQVE7QUFDakI7QUFHTyxTQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDeEUsU0FBTyxLQUFLLElBQUksUUFBUSxVQUFVLFlBQVksVUFBVSxPQUFPLENBQUM7QUFDbEU7QUFrQ08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFtQk8sU0FBUyxvQkFBb0IsU0FBa0IsV0FBZ0NJLFlBQTJCO0FBQy9HLFNBQU8sVUFBVSxRQUFRLENBQUMsYUFBYTtBQUFBLElBQ3JDO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFrQixJQUFJLEtBQWMsT0FBTyxZQUFZLFVBQVUsT0FBTyxFQUFFO0FBQUEsUUFDbEYsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUU7QUFBQSxNQUNwRjtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU9BLFdBQVUsQ0FBQztBQUFBLElBQ3ZFO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFHTyxTQUFTLGFBQWEsT0FBZSxXQUEyQjtBQUNyRSxTQUFPLEtBQUssTUFBTSxRQUFRLFlBQVksSUFBSTtBQUM1QztBQU9PLFNBQVMsc0JBQ2QsV0FDQSxPQUNBQyxRQUNRO0FBQ1IsU0FBTyxPQUFPLFFBQVEsU0FBUyxFQUM1QixPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxjQUFjLFFBQVEsQ0FBQyxFQUNoRCxJQUFJLENBQUMsQ0FBQyxNQUFNLFFBQVEsT0FBTztBQUFBLElBQzFCLFFBQVE7QUFBQSxJQUNSLE1BQU0sRUFBRSxVQUFVLEtBQUs7QUFBQSxJQUN2QixPQUFPO0FBQUEsTUFDTDtBQUFBLFFBQ0UsTUFBTTtBQUFBLFFBQ04sSUFBSTtBQUFBLFFBQ0osT0FBTyxhQUFhLE9BQU8sb0JBQW9CLFFBQVEsQ0FBQztBQUFBLFFBQ3hELEdBQUlBLFNBQVEsRUFBRSxhQUFhLE1BQU0sR0FBR0EsT0FBTSxJQUFJLENBQUM7QUFBQSxNQUNqRDtBQUFBLElBQ0Y7QUFBQSxFQUNGLEVBQUU7QUFDTjs7O0FDcEdBLElBQU1DLFVBQVMsY0FBYyxLQUFLO0FBQ2xDLElBQU0sT0FBTyxVQUFVLE9BQU8sWUFBWSxHQUFHLEVBQUUsS0FBSyxLQUFLLEtBQUssS0FBUSxNQUFNLHdCQUF3QixDQUFDO0FBQ3JHLElBQU0sWUFBWSxVQUFVLE9BQU8sa0JBQWtCLE1BQU0sRUFBRSxLQUFLLEdBQUcsS0FBSyxHQUFHLE1BQU0seUJBQXlCLENBQUM7QUFHN0csU0FBUyxTQUFTLE9BQXNCO0FBQ3RDLFNBQU8sYUFBYTtBQUFBLElBQ2xCLFVBQVUsTUFBTSxLQUFLLElBQUk7QUFBQSxJQUN6QixzQkFBc0IsTUFBTTtBQUFBLElBQzVCLGFBQWEsS0FBSyxJQUFJLEdBQUcsTUFBTSxVQUFVLElBQUksQ0FBQyxhQUFhLFlBQVksVUFBVUEsUUFBTyxPQUFPLENBQUMsQ0FBQztBQUFBLElBQ2pHLFVBQVVBLFFBQU87QUFBQSxFQUNuQixDQUFDO0FBQ0g7QUFFTyxJQUFNLFVBQVUsYUFBYUEsU0FBUSxNQUFNO0FBQ2hELFFBQU0sWUFBWSxPQUFPO0FBQUEsSUFDdkIsT0FBTyxRQUFRLGVBQWUsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssTUFBK0I7QUFBQSxNQUM5RTtBQUFBLE1BQ0EsYUFBYSxNQUFNLE1BQU0sTUFBTSxLQUFLLElBQUksR0FBR0EsUUFBTyxXQUFXLFNBQVMsS0FBSyxDQUFDO0FBQUEsSUFDOUUsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPO0FBQUEsSUFDTCxPQUFPLENBQUM7QUFBQTtBQUFBLElBQ1IsV0FBV0EsUUFBTztBQUFBLElBQ2xCO0FBQUEsSUFDQSxPQUFPO0FBQUEsTUFDTCxHQUFHLG9CQUFvQkEsUUFBTyxTQUFTLGlCQUFpQixHQUFHLFNBQVM7QUFBQSxNQUNwRSxHQUFHLHNCQUFzQixXQUFXQSxRQUFPLFFBQVEsWUFBWTtBQUFBLE1BQy9ELEdBQUcsV0FBVztBQUFBLElBQ2hCO0FBQUEsRUFDRjtBQUNGLENBQUM7QUFHTSxJQUFNLGdCQUFnQixrQkFBa0IsRUFBRSxVQUFVLE9BQU8sc0JBQXNCLHFCQUFxQixFQUFFLENBQUM7QUFFekcsU0FBUyxRQUFvQztBQUNsRCxTQUFPLHNCQUFzQkEsT0FBTTtBQUNyQztBQUVBLElBQU0sSUFBSTtBQUNILElBQU0sU0FBUyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDL0UsSUFBTUMsU0FBUSxZQUFZLENBQUMsU0FBNEIsYUFBYUQsU0FBUSxFQUFFLE9BQU8sSUFBSSxDQUFDO0FBQzFGLElBQU0sUUFBUSxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxPQUFPLElBQUk7QUFDN0UsSUFBTSxTQUFTLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUMvRSxJQUFNLFNBQVMsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQy9FLElBQU0sV0FBVyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxVQUFVLElBQUk7QUFDbkYsSUFBTSxlQUFlLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUNyRixJQUFNLFFBQVEsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsT0FBTyxJQUFJOyIsCiAgIm5hbWVzIjogWyJ0ZXh0IiwgImZhaWwiLCAiYWRtaW4iLCAiY29uZmlnIiwgInRleHQiLCAidGV4dCIsICJyYXRlIiwgImV4ZWMiLCAiZXhlYyIsICJjb25maWciLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImV4ZWMiLCAic2xlZXAiLCAiZXhlYyIsICJodHRwIiwgImh0dHAiLCAic3RhdHVzIiwgImh0dHAiLCAicGFyYW1zIiwgInNoYXBlIiwgImh0dHAiLCAic3RhdHVzIiwgInNsZWVwIiwgImh0dHAiLCAiY291bnQiLCAiaHR0cCIsICJzbGVlcCIsICJjb25maWciLCAiZ2VuZXJhdGUiLCAib3BlbiIsICJzdGF0dXMiLCAiZXhlYyIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAic2VjcmV0IiwgInNsZWVwIiwgIm9wdGlvbnMiLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAidGV4dCIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAicmVxdWVzdHNQZXJJdGVyYXRpb24iLCAiaXRlcmF0aW9ucyIsICJvcHRpb25zIiwgInNlY29uZHMiLCAib3BlbiIsICJvcHRpb25zIiwgInJlcXVlc3RzUGVySXRlcmF0aW9uIiwgImV4cHJlc3Npb24iLCAidGV4dCIsICJvcHRpb25zIiwgInNlY29uZHMiLCAiaGFuZGxlU3VtbWFyeSIsICJDb3VudGVyIiwgIkNvdW50ZXIiLCAiY2xhc3NQYXNzd29yZCIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAiY2xhc3NQYXNzd29yZCIsICJhZG1pbiIsICJleGVjIiwgImVycm9yUmF0ZSIsICJhYm9ydCIsICJjb25maWciLCAibG9naW4iXQp9Cg==
