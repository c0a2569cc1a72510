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

// lib/load/open-model.ts
var isArrivalRate = (scenario) => scenario.executor === "constant-arrival-rate" || scenario.executor === "ramping-arrival-rate";

// lib/load/shapes.ts
function splitUsers(total, weights2) {
  const keys = ["regular", "power", "admin"];
  const exact = keys.map((k) => total * weights2[k] / 100);
  const counts = exact.map(Math.floor);
  const order = keys.map((_, i) => i).sort((a, b) => exact[b] - Math.floor(exact[b]) - (exact[a] - Math.floor(exact[a])));
  for (let left = total - counts.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++) counts[order[i % 3]]++;
  for (let i = 0; i < 3; i++) {
    if (weights2[keys[i]] > 0 && counts[i] === 0 && total >= 3) {
      const largest = counts.indexOf(Math.max(...counts));
      counts[largest]--;
      counts[i]++;
    }
  }
  return { regular: counts[0], power: counts[1], admin: counts[2] };
}
function rampingUsers(exec5, vus, config3) {
  return {
    executor: "ramping-vus",
    exec: exec5,
    startVUs: 0,
    stages: [
      { duration: `${config3.rampUpS}s`, target: vus },
      { duration: `${config3.durationS}s`, target: vus },
      { duration: `${config3.rampDownS}s`, target: 0 }
    ],
    gracefulRampDown: "30s",
    gracefulStop: "30s"
  };
}
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
function rampingDurationS(config3) {
  return config3.rampUpS + config3.durationS + config3.rampDownS;
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
  const [regular, power, admin] = parts.map(Number);
  if (regular + power + admin !== 100) fail(name, value, expected);
  return { regular, power, admin };
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
var ENDPOINTS = [
  "health",
  "login",
  "courses_list",
  "course_create",
  "course_get",
  "course_update",
  "course_delete",
  "course_generate",
  "job_get",
  "chapter_get",
  "course_export",
  "admin_stats",
  "admin_jobs",
  "admin_users"
];
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
  constructor(ok, status, res) {
    this.ok = ok;
    this.status = status;
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
function expectStatus(status) {
  let callback = statusCallbacks[status];
  if (callback === void 0) {
    callback = http2.expectedStatuses(status);
    statusCallbacks[status] = callback;
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
    const status = res.status;
    const statusOk = status === expected;
    if (status === 401) this.unauthorized = true;
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
    return new LazyResult(allOk, status, shape2 && statusOk && shapeOk ? res : void 0);
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
      const { owner, n, generate } = creations[k];
      const course = {
        title: datasetTitle(n),
        topic: `dataset topic ${n}`,
        level: "beginner",
        chapter_count: generate ? 1 : 3
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
      const status = json(res);
      if (status?.status === "failed")
        throw new Error(
          `dataset: generating a course of ${owners[jobs[k].owner].email} failed: ${status.error ?? "no reason given"}`
        );
      if (status?.status === "completed") report.generated++;
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
  const anonymous2 = new ApiClient(config3.baseUrl, config3.apiTimeoutS);
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
  const seededCourseIds = options2.seed ? seedCourses(anonymous2.as(tokens.regular), runId, config3) : [];
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
function droppedIterations(data, requestsPerIteration = {}) {
  const scenarios = [];
  for (const [name, metric] of Object.entries(data.metrics ?? {})) {
    const scenario = DROPPED_SUB_METRIC.exec(name)?.[1];
    if (scenario === void 0) continue;
    const iterations2 = metric.values?.count ?? 0;
    const perIteration = requestsPerIteration[scenario];
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
function buildResults(data, meta, requestsPerIteration = {}) {
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
    dropped: droppedIterations(data, requestsPerIteration),
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
var sessions = {};
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
var anonymous;
var renewMarginS = (ttlS) => Math.min(30, ttlS / 10);
function login2(config3, _data, role) {
  const account = accountOfVu(pool, role, classPassword2(config3, role));
  if (!account) return void 0;
  anonymous ??= new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const answer = anonymous.login(account.email, account.password).body;
  if (!answer) return void 0;
  const ttlS = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 3600;
  return {
    client: new ApiClient(config3.baseUrl, config3.apiTimeoutS, answer.access_token),
    renewAt: Date.now() + (ttlS - renewMarginS(ttlS)) * 1e3,
    courses: void 0
  };
}
function session(config3, data, role) {
  const current = sessions[role];
  if (current && !current.client.unauthorized && Date.now() < current.renewAt) return current;
  if (current) relogins.add(1, { role });
  const next = login2(config3, data, role);
  if (next && current) next.courses = current.courses;
  sessions[role] = next;
  return next;
}
function userClient(config3, data, role) {
  return session(config3, data, role)?.client;
}
function ownCourses(config3, data, role) {
  const current = session(config3, data, role);
  if (!current) return [];
  if (!current.courses) {
    const list = current.client.listCourses({ q: DATASET_TITLE, limit: 100 }).body;
    if (!list) return [];
    current.courses = list.items.map((course) => course.id);
  }
  return current.courses;
}

// lib/metrics/metrics.ts
import { Counter as Counter3, Rate, Trend as Trend2 } from "k6/metrics";
var chapterGenerationMs = new Trend2("chapter_generation_ms", true);
var courseGenerationMs = new Trend2("course_generation_ms", true);
var courseGenerationObservedMs = new Trend2("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter3("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter3("workflow_errors");

// lib/workflows/run-workflow.ts
var MAX_LOGGED_ERRORS = 5;
var loggedErrors = 0;
var tagsByName = {};
function runWorkflow(name, workflow, ctx) {
  let tags = tagsByName[name];
  if (tags === void 0) {
    tags = { workflow: name };
    tagsByName[name] = tags;
  }
  try {
    workflowSuccess.add(workflow(ctx), tags);
  } catch (error) {
    workflowSuccess.add(false, tags);
    workflowErrors.add(1, tags);
    if (loggedErrors++ < MAX_LOGGED_ERRORS) {
      console.error(
        `workflow "${name}" threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
      );
    }
  }
}

// lib/workflows/workflows.ts
import { group } from "k6";
import exec4 from "k6/execution";

// lib/workflows/generation.ts
import { sleep as sleep4 } from "k6";
function millisBetween(from, to) {
  if (!from || !to) return void 0;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? ms : void 0;
}
function recordJobTimes(job) {
  for (const chapter of job.chapters) {
    const ms = chapter.duration_ms ?? millisBetween(chapter.started_at, chapter.finished_at);
    if (typeof ms === "number" && chapter.status === "completed") chapterGenerationMs.add(ms);
  }
  const total = millisBetween(job.created_at, job.finished_at);
  if (total !== void 0) courseGenerationMs.add(total);
}
function generateAndWait(client, courseId, pollIntervalS, timeoutS, current = () => client) {
  const accepted = client.generate(courseId);
  if (!accepted.body) {
    generationFailed.add(true);
    return { completed: false, job: void 0 };
  }
  const started = Date.now();
  const deadline = started + timeoutS * 1e3;
  let job;
  while (Date.now() < deadline) {
    sleep4(pollIntervalS);
    const poller = current();
    if (!poller) break;
    const polled = poller.getJob(accepted.body.job_id);
    if (!polled.body) continue;
    job = polled.body;
    if (job.status === "completed" || job.status === "failed") break;
  }
  const completed = job?.status === "completed";
  generationFailed.add(!completed);
  if (completed && job) {
    courseGenerationObservedMs.add(Date.now() - started);
    recordJobTimes(job);
  }
  return { completed, job };
}

// lib/workflows/pacing.ts
import { sleep as sleep5 } from "k6";
var holdPoint;
function think(range) {
  const seconds2 = range.min + Math.random() * (range.max - range.min);
  if (seconds2 > 0) sleep5(seconds2);
  holdPoint?.();
}
function pickWeighted(tasks, random = Math.random()) {
  const total = tasks.reduce((sum, t) => sum + t.weight, 0);
  let point = random * total;
  for (const t of tasks) {
    point -= t.weight;
    if (point < 0) return t.task;
  }
  return tasks[tasks.length - 1].task;
}
function pickOne(items) {
  return items.length === 0 ? void 0 : items[Math.floor(Math.random() * items.length)];
}

// lib/workflows/workflows.ts
function clientFor(ctx, role) {
  return userClient(ctx.config, ctx.data, role);
}
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${exec4.vu.idInTest} it${exec4.vu.iterationInScenario}`;
}
var EXPORT_FORMATS = ["json", "markdown", "html"];
function readCourse(client, id) {
  const course = client.getCourse(id);
  if (!course.body) return false;
  const generated = (course.body.chapters ?? []).filter((c) => c.status === "completed");
  const chapter = pickOne(generated);
  return chapter === void 0 || client.getChapter(id, chapter.index).ok;
}
var regularTasks = [
  { weight: 5, task: (client) => client.listCourses({ limit: 20, offset: Math.floor(Math.random() * 3) * 20 }).ok },
  {
    weight: 4,
    task: (client, ctx) => {
      const id = pickOne(ownCourses(ctx.config, ctx.data, "regular"));
      return id === void 0 || readCourse(client, id);
    }
  },
  {
    weight: 1,
    task: (client, ctx) => {
      const created = client.createCourse({
        title: uniqueTitle("scratch", ctx),
        topic: "algebra",
        level: "beginner",
        chapter_count: 2
      });
      if (!created.body) return false;
      coursesCreated.add(1);
      const readBack = client.getCourse(created.body.id).ok;
      return readBack && client.deleteCourse(created.body.id).ok;
    }
  }
];
var regularUser = (ctx) => group("regular user", () => {
  const client = clientFor(ctx, "regular");
  if (!client) return false;
  let ok = client.listCourses({ limit: 20 }).ok;
  think(ctx.config.thinkTimeS);
  for (let step = 0; step < 3; step++) {
    ok = pickWeighted(regularTasks)(client, ctx) && ok;
    think(ctx.config.thinkTimeS);
  }
  return ok;
});
var powerUser = (ctx) => group("power user", () => {
  const { config: config3 } = ctx;
  const client = clientFor(ctx, "power");
  if (!client) return false;
  const created = client.createCourse({
    title: uniqueTitle("power", ctx),
    topic: "distributed systems",
    level: "advanced",
    chapter_count: config3.chaptersPerCourse
  });
  if (!created.body) return false;
  coursesCreated.add(1);
  const id = created.body.id;
  think(config3.thinkTimeS);
  let ok = client.updateCourse(id, { topic: "distributed systems, revised" }).ok;
  const generation = generateAndWait(
    client,
    id,
    config3.pollIntervalS,
    config3.generationTimeoutS,
    () => clientFor(ctx, "power")
  );
  ok = generation.completed && ok;
  const after = clientFor(ctx, "power");
  if (!after) return false;
  if (generation.completed) {
    ok = readCourse(after, id) && ok;
    think(config3.thinkTimeS);
    ok = after.exportCourse(id, pickOne(EXPORT_FORMATS) ?? "json").ok && ok;
  }
  think(config3.thinkTimeS);
  return after.deleteCourse(id).ok && ok;
});
var adminUser = (ctx) => group("admin user", () => {
  const client = clientFor(ctx, "admin");
  if (!client) return false;
  let ok = client.adminStats().ok;
  think(ctx.config.thinkTimeS);
  ok = client.adminJobs(20).ok && ok;
  think(ctx.config.thinkTimeS);
  ok = client.adminUsers().ok && ok;
  think(ctx.config.thinkTimeS);
  const leftovers = client.listCourses({ q: "perf-", limit: 20 }).body?.items ?? [];
  for (const course of leftovers.filter((c) => isLeftover(c.title, ctx.data.runId, false)).slice(0, 5)) {
    ok = client.deleteCourse(course.id).ok && ok;
  }
  return ok;
});

// lib/workflows/population.ts
function populationScenarios(config3, totalUsers, shape2) {
  const users = splitUsers(totalUsers, config3.weights);
  return {
    regular_users: shape2("regularUsers", users.regular),
    power_users: shape2("powerUsers", users.power),
    admin_users: shape2("adminUsers", users.admin)
  };
}
function populationExecs(config3, beforeEach = () => void 0) {
  const exec5 = (name, workflow) => withSecrets((data) => {
    beforeEach();
    runWorkflow(name, workflow, { config: config3, data });
  });
  return {
    regularUsers: exec5("regular", regularUser),
    powerUsers: exec5("power", powerUser),
    adminUsers: exec5("admin", adminUser)
  };
}

// thresholds/gates.ts
var api = { scope: API_SCOPE };
function endpointP95(endpoint, targets) {
  if (endpoint === "health") return targets.healthP95Ms;
  if (endpoint === "course_export") return targets.exportP95Ms;
  if (endpoint === "login") return targets.loginP95Ms;
  return targets.apiP95Ms;
}
function latencyGates(targets, endpoints) {
  return [
    {
      metric: "http_req_duration",
      tags: api,
      rules: [
        { stat: "p(95)", op: "<", value: targets.apiP95Ms },
        { stat: "p(99)", op: "<", value: targets.apiP99Ms }
      ]
    },
    ...endpoints.map((endpoint) => ({
      metric: "http_req_duration",
      tags: { endpoint },
      rules: [{ stat: "p(95)", op: "<", value: endpointP95(endpoint, targets) }]
    }))
  ];
}
function errorGates(targets, endpoints) {
  return [
    { metric: "http_req_failed", tags: api, rules: [{ stat: "rate", op: "<", value: targets.errorRate }] },
    ...endpoints.map((endpoint) => ({
      metric: "http_req_failed",
      tags: { endpoint },
      rules: [{ stat: "rate", op: "<", value: targets.errorRate }]
    }))
  ];
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
function successGates(targets) {
  return [
    { metric: "checks", rules: [{ stat: "rate", op: ">=", value: targets.successRate }] },
    { metric: "workflow_success", rules: [{ stat: "rate", op: ">=", value: targets.successRate }] }
  ];
}
function generationGates(targets) {
  return [
    { metric: "chapter_generation_ms", rules: [{ stat: "p(95)", op: "<", value: targets.chapterP95Ms }] },
    { metric: "generation_failed", rules: [{ stat: "rate", op: "<", value: targets.errorRate }] }
  ];
}
function workflowGates(targets, endpoints, delayAbortEval) {
  return [
    ...latencyGates(targets, endpoints),
    ...errorGates(targets, endpoints),
    ...abortGates(delayAbortEval),
    ...successGates(targets),
    ...generationGates(targets)
  ];
}

// scenarios/load.ts
var config2 = guardedConfig("load");
var options = entryOptions(config2, () => ({
  wallTimeS: rampingDurationS(config2),
  scenarios: {
    ...populationScenarios(config2, config2.concurrentUsers, (exec5, vus) => rampingUsers(exec5, vus, config2)),
    // What a monitoring probe sees during the load: GET /health once a second.
    health_probe: constantRate("healthProbe", 1, rampingDurationS(config2), { preAllocatedVUs: 1, maxVUs: 2 })
  },
  gates: workflowGates(config2.targets, ENDPOINTS)
}));
var handleSummary = makeHandleSummary({ scenario: "load", requestsPerIteration: { health_probe: 1 } });
function setup() {
  return prepareRun(config2, { dataset: true });
}
var { regularUsers, powerUsers, adminUsers } = populationExecs(config2);
var probe2 = new ApiClient(config2.baseUrl, config2.apiTimeoutS);
function healthProbe() {
  probe2.health();
}
export {
  adminUsers,
  handleSummary,
  healthProbe,
  options,
  pollResources2 as pollResources,
  powerUsers,
  regularUsers,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsICIuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnYudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCAiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCAiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3RleHQudHMiLCAiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsICIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsICIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwgIi4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvZ2VuZXJhdGlvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3BvcHVsYXRpb24udHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3MvbG9hZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gQSB0eXBlZCBidWlsZGVyIGZvciBrNiB0aHJlc2hvbGQgZXhwcmVzc2lvbnMsIHNvIGEgdHlwbyBpbiBhbiBhZ2dyZWdhdGlvbiBvciBvcGVyYXRvciBpcyBhXG4vLyBjb21waWxlIGVycm9yIGhlcmUgaW5zdGVhZCBvZiBhIHRocmVzaG9sZCBrNiByZWplY3RzIChvciBzaWxlbnRseSBuZXZlciBldmFsdWF0ZXMpIGF0IHJ1biB0aW1lLlxuXG4vKiogQWdncmVnYXRpb25zIGs2IGFjY2VwdHMgcGVyIG1ldHJpYyB0eXBlLiAqL1xuZXhwb3J0IHR5cGUgVHJlbmRTdGF0ID0gJ2F2ZycgfCAnbWluJyB8ICdtYXgnIHwgJ21lZCcgfCBgcCgke251bWJlcn0pYDtcbmV4cG9ydCB0eXBlIFJhdGVTdGF0ID0gJ3JhdGUnO1xuZXhwb3J0IHR5cGUgQ291bnRlclN0YXQgPSAnY291bnQnIHwgJ3JhdGUnO1xuZXhwb3J0IHR5cGUgR2F1Z2VTdGF0ID0gJ3ZhbHVlJztcbmV4cG9ydCB0eXBlIFN0YXQgPSBUcmVuZFN0YXQgfCBSYXRlU3RhdCB8IENvdW50ZXJTdGF0IHwgR2F1Z2VTdGF0O1xuZXhwb3J0IHR5cGUgT3BlcmF0b3IgPSAnPCcgfCAnPD0nIHwgJz4nIHwgJz49JyB8ICc9PScgfCAnPT09JyB8ICchPSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZSB7XG4gIHN0YXQ6IFN0YXQ7XG4gIG9wOiBPcGVyYXRvcjtcbiAgdmFsdWU6IG51bWJlcjtcbiAgLyoqIFN0b3AgdGhlIHdob2xlIHJ1biBhcyBzb29uIGFzIHRoaXMgcnVsZSBmYWlscyAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCkuICovXG4gIGFib3J0T25GYWlsPzogYm9vbGVhbjtcbiAgLyoqIGs2IGR1cmF0aW9uLCBlLmcuICcxMHMnOiBob3cgbG9uZyB0byBjb2xsZWN0IGRhdGEgYmVmb3JlIGFuIGFib3J0IG1heSB0cmlnZ2VyLiAqL1xuICBkZWxheUFib3J0RXZhbD86IHN0cmluZztcbn1cblxuLyoqIE9uZSBtZXRyaWMgKG9wdGlvbmFsbHkgbmFycm93ZWQgdG8gYSB0YWdnZWQgc3ViLW1ldHJpYykgYW5kIHRoZSBydWxlcyBpdCBtdXN0IG1lZXQuICovXG5leHBvcnQgaW50ZXJmYWNlIEdhdGUge1xuICBtZXRyaWM6IHN0cmluZztcbiAgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIHJ1bGVzOiBSdWxlW107XG59XG5cbi8qKiBXaGF0IGs2IGFjY2VwdHMgYXMgb25lIGVudHJ5IG9mIGEgbWV0cmljJ3MgdGhyZXNob2xkIGxpc3QuICovXG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZCA9IHN0cmluZyB8IHsgdGhyZXNob2xkOiBzdHJpbmc7IGFib3J0T25GYWlsPzogYm9vbGVhbjsgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmcgfTtcbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkcyA9IFJlY29yZDxzdHJpbmcsIEs2VGhyZXNob2xkW10+O1xuXG4vLyBNYWRlIG9uIGZpcnN0IHVzZSwgbm90IGF0IG1vZHVsZSBsb2FkOiBvcHRpb25zIGFyZSBidWlsdCBpbiBrNidzIFZVIDAgb25seSAobGliL2NvbmZpZy9lbnRyeS50cyksXG4vLyBhbmQgYSBSZWdFeHAgZXZhbHVhdGVkIGF0IGxvYWQgd291bGQgYnVpbGQgUmVnRXhwJ3MgcHJvdG90eXBlIGluIGV2ZXJ5IFZVJ3MgcnVudGltZS5cbmxldCBwYXR0ZXJuczogeyBtZXRyaWNOYW1lOiBSZWdFeHA7IHRhZ1BhcnQ6IFJlZ0V4cDsgcGVyY2VudGlsZTogUmVnRXhwIH0gfCB1bmRlZmluZWQ7XG5jb25zdCBwYXR0ZXJuID0gKCkgPT5cbiAgKHBhdHRlcm5zID8/PSB7XG4gICAgbWV0cmljTmFtZTogL15bQS1aYS16X11bQS1aYS16MC05X10qJC8sXG4gICAgdGFnUGFydDogL15bQS1aYS16MC05Xy5cXC0vXSskLyxcbiAgICBwZXJjZW50aWxlOiAvXnBcXCgoXFxkKyhcXC5cXGQrKT8pXFwpJC8sXG4gIH0pO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghcGF0dGVybigpLm1ldHJpY05hbWUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghcGF0dGVybigpLnRhZ1BhcnQudGVzdChrZXkpIHx8ICFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICBgaW52YWxpZCB0YWcgJHtrZXl9OiR7dmFsdWV9IG9uICR7bWV0cmljfTogdGFncyBpbiB0aHJlc2hvbGRzIG1heSBob2xkIGxldHRlcnMsIGRpZ2l0cyBhbmQgXyAuIC0gL2AsXG4gICAgICApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gYCR7bWV0cmljfXske2VudHJpZXMubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX06JHt2YWx1ZX1gKS5qb2luKCcsJyl9fWA7XG59XG5cbi8qKiBgcCg5NSk8MjAwYDogb25lIHJ1bGUgYXMgazYncyBleHByZXNzaW9uIHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwcmVzc2lvbihydWxlOiBQaWNrPFJ1bGUsICdzdGF0JyB8ICdvcCcgfCAndmFsdWUnPik6IHN0cmluZyB7XG4gIGNvbnN0IHBlcmNlbnRpbGUgPSBwYXR0ZXJuKCkucGVyY2VudGlsZS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKVxuICAgIHRocm93IG5ldyBFcnJvcihgdGhyZXNob2xkICR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9OiB0aGUgbGltaXQgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXJgKTtcbiAgcmV0dXJuIGAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfWA7XG59XG5cbmZ1bmN0aW9uIHRvSzYocnVsZTogUnVsZSk6IEs2VGhyZXNob2xkIHtcbiAgY29uc3QgdGV4dCA9IGV4cHJlc3Npb24ocnVsZSk7XG4gIGlmICghcnVsZS5hYm9ydE9uRmFpbCkgcmV0dXJuIHRleHQ7XG4gIHJldHVybiB7XG4gICAgdGhyZXNob2xkOiB0ZXh0LFxuICAgIGFib3J0T25GYWlsOiB0cnVlLFxuICAgIC4uLihydWxlLmRlbGF5QWJvcnRFdmFsID8geyBkZWxheUFib3J0RXZhbDogcnVsZS5kZWxheUFib3J0RXZhbCB9IDoge30pLFxuICB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIE9wZW4tbW9kZWwgKGFycml2YWwtcmF0ZSkgc2NlbmFyaW9zOiBob3cgbWFueSBWVXMgdGhleSBuZWVkLCBhbmQgaG93IG1hbnkgaXRlcmF0aW9ucyB0aGV5IHNjaGVkdWxlLlxuLy9cbi8vIEFuIGFycml2YWwtcmF0ZSBleGVjdXRvciBzdGFydHMgZWFjaCBzY2hlZHVsZWQgaXRlcmF0aW9uIG9uIGEgZnJlZSBWVS4gV2l0aCBub25lIGZyZWUgaXQgZHJvcHMgdGhlXG4vLyBpdGVyYXRpb24gKGs2J3MgZHJvcHBlZF9pdGVyYXRpb25zKSBhbmQgaW5pdGlhbGlzZXMgb25lIG1vcmUgVlUgaW4gdGhlIGJhY2tncm91bmQsIHVwIHRvIG1heFZVcyxcbi8vIHNvIGV2ZXJ5IFZVIGFkZGVkIG1pZC1ydW4gY29zdHMgYXQgbGVhc3Qgb25lIGRyb3BwZWQgaXRlcmF0aW9uLiBBIGRyb3BwZWQgaXRlcmF0aW9uIGlzIHJlcXVlc3RzXG4vLyBub3Qgc2VudCBvbiB0aW1lOiB0aGVpciBsYXRlbmN5IGlzIGluIG5vIHBlcmNlbnRpbGUsIHRoZSB2ZXJ5IG9taXNzaW9uIGFuIG9wZW4gbW9kZWwgaXMgdGhlcmUgdG9cbi8vIGF2b2lkLiBTbyB0aGUgVlVzIGZvbGxvdyBmcm9tIHRoZSByYXRlIGFuZCB0aGUgbGF0ZW5jeSAoTGl0dGxlJ3MgbGF3OiBWVXMgYnVzeSA9IGl0ZXJhdGlvbnMgcGVyXG4vLyBzZWNvbmQgeCBzZWNvbmRzIHBlciBpdGVyYXRpb24pLlxuaW1wb3J0IHsgZHVyYXRpb25TZWNvbmRzIH0gZnJvbSAnLi9kdXJhdGlvbi50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi9zaGFwZXMudHMnO1xuXG4vKiogUHJlLWFsbG9jYXRlZCBWVXMgaG9sZCB0d2ljZSB0aGUgaXRlcmF0aW9ucyBpbiBmbGlnaHQgYXQgdGhlIGNvdmVyZWQgbGF0ZW5jeSAoYnVyc3RzLCBhIGdlbmVyYXRvciBjYXRjaGluZyB1cCBhZnRlciBhIHBhdXNlKS4gKi9cbmNvbnN0IFBSRUFMTE9DQVRFRF9IRUFEUk9PTSA9IDI7XG4vKipcbiAqIFRoZSBsYXRlbmN5IHByZS1hbGxvY2F0ZWQgVlVzIGNvdmVyIGlzIHRoZSBwOTkgYnVkZ2V0LCBjb3VudGVkIHVwIHRvIHRoaXMgbWFueSBzZWNvbmRzOiBrNlxuICogaW5pdGlhbGlzZXMgZXZlcnkgcHJlLWFsbG9jYXRlZCBWVSBiZWZvcmUgdGhlIGxvYWQgc3RhcnRzLCBzbyBhIHJlbGF4ZWQgYnVkZ2V0IChlLmcuIDYwIHMpIHdvdWxkXG4gKiBzdGFydCB0aG91c2FuZHM7IHNsb3dlciBhbnN3ZXJzIGdldCBWVXMgb24gZGVtYW5kIHVwIHRvIG1heFZVcy5cbiAqL1xuY29uc3QgUFJFQUxMT0NBVEVEX0xBVEVOQ1lfQ0FQX1MgPSAxO1xuXG5leHBvcnQgaW50ZXJmYWNlIE9wZW5Nb2RlbExvYWQge1xuICAvKiogSXRlcmF0aW9ucyBwZXIgc2Vjb25kLiAqL1xuICByYXRlUGVyUzogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgb25lIGl0ZXJhdGlvbiBzZW5kcyBvbmUgYWZ0ZXIgYW5vdGhlci4gKi9cbiAgcmVxdWVzdHNQZXJJdGVyYXRpb246IG51bWJlcjtcbiAgLyoqIFRoZSBwOTkgbGF0ZW5jeSBidWRnZXQgb2YgdGhvc2UgcmVxdWVzdHMsIG1zLiAqL1xuICBwOTlCdWRnZXRNczogbnVtYmVyO1xuICAvKiogVGhlIHBlci1yZXF1ZXN0IHRpbWVvdXQsIHM6IG5vIHJlcXVlc3QgdGFrZXMgbG9uZ2VyLiAqL1xuICB0aW1lb3V0UzogbnVtYmVyO1xufVxuXG4vKipcbiAqIHByZUFsbG9jYXRlZFZVczogZXZlcnkgcmVxdWVzdCBhbnN3ZXJpbmcgYXQgaXRzIHA5OSBidWRnZXQgKGF0IG1vc3QgUFJFQUxMT0NBVEVEX0xBVEVOQ1lfQ0FQX1MpLFxuICogUFJFQUxMT0NBVEVEX0hFQURST09NIHRpbWVzIG92ZXIsIHBsdXMgb25lLCBzbyBhIHBsYXRmb3JtIHdpdGhpbiBidWRnZXQgbmV2ZXIgd2FpdHMgZm9yIGEgVlU7XG4gKiBtYXhWVXM6IGV2ZXJ5IHJlcXVlc3QgYW5zd2VyaW5nIGp1c3QgYmVmb3JlIHRoZSB0aW1lb3V0LCBzbyBhIHNsb3dlciBwbGF0Zm9ybSBzdGlsbCBnZXRzIGl0c1xuICogcmVxdWVzdHMgc2VudCAoZWFjaCBWVSBhZGRlZCBjb3N0cyBhIGRyb3BwZWQgaXRlcmF0aW9uLCBjb3VudGVkIGFuZCBnYXRlZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvcGVuTW9kZWxWVXMobG9hZDogT3Blbk1vZGVsTG9hZCk6IHsgcHJlQWxsb2NhdGVkVlVzOiBudW1iZXI7IG1heFZVczogbnVtYmVyIH0ge1xuICBjb25zdCBpdGVyYXRpb25TID0gKGxhdGVuY3lTOiBudW1iZXIpID0+IGxvYWQucmVxdWVzdHNQZXJJdGVyYXRpb24gKiBsYXRlbmN5UztcbiAgY29uc3QgY292ZXJlZCA9IE1hdGgubWluKGxvYWQucDk5QnVkZ2V0TXMgLyAxMDAwLCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyk7XG4gIGNvbnN0IHByZUFsbG9jYXRlZFZVcyA9IE1hdGguY2VpbChQUkVBTExPQ0FURURfSEVBRFJPT00gKiBsb2FkLnJhdGVQZXJTICogaXRlcmF0aW9uUyhjb3ZlcmVkKSkgKyAxO1xuICBjb25zdCBtYXhWVXMgPSBNYXRoLm1heChwcmVBbGxvY2F0ZWRWVXMsIE1hdGguY2VpbChsb2FkLnJhdGVQZXJTICogaXRlcmF0aW9uUyhsb2FkLnRpbWVvdXRTKSkpO1xuICByZXR1cm4geyBwcmVBbGxvY2F0ZWRWVXMsIG1heFZVcyB9O1xufVxuXG5leHBvcnQgY29uc3QgaXNBcnJpdmFsUmF0ZSA9IChzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuID0+XG4gIHNjZW5hcmlvLmV4ZWN1dG9yID09PSAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyB8fCBzY2VuYXJpby5leGVjdXRvciA9PT0gJ3JhbXBpbmctYXJyaXZhbC1yYXRlJztcblxuLyoqIFRoZSBpdGVyYXRpb25zIGFuIGFycml2YWwtcmF0ZSBzY2VuYXJpbyBzY2hlZHVsZXMgb3ZlciBpdHMgd2hvbGUgcnVuIChjb25zdGFudCByYXRlIHggZHVyYXRpb247IHRoZSBhcmVhIHVuZGVyIGEgcmFtcCkuICovXG5leHBvcnQgZnVuY3Rpb24gc2NoZWR1bGVkSXRlcmF0aW9ucyhzY2VuYXJpbzogU2NlbmFyaW8pOiBudW1iZXIge1xuICBjb25zdCBzID0gc2NlbmFyaW8gYXMgU2NlbmFyaW8gJiB7XG4gICAgcmF0ZT86IG51bWJlcjtcbiAgICB0aW1lVW5pdD86IHN0cmluZztcbiAgICBkdXJhdGlvbj86IHN0cmluZztcbiAgICBzdGFydFJhdGU/OiBudW1iZXI7XG4gICAgc3RhZ2VzPzogeyBkdXJhdGlvbjogc3RyaW5nOyB0YXJnZXQ6IG51bWJlciB9W107XG4gIH07XG4gIGNvbnN0IHBlclVuaXQgPSBkdXJhdGlvblNlY29uZHMocy50aW1lVW5pdCA/PyAnMXMnKTtcbiAgaWYgKHMuZXhlY3V0b3IgPT09ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnKSByZXR1cm4gKChzLnJhdGUgPz8gMCkgKiBkdXJhdGlvblNlY29uZHMocy5kdXJhdGlvbiA/PyAnMHMnKSkgLyBwZXJVbml0O1xuICBpZiAocy5leGVjdXRvciAhPT0gJ3JhbXBpbmctYXJyaXZhbC1yYXRlJykgdGhyb3cgbmV3IEVycm9yKGAke3MuZXhlY3V0b3J9IGlzIG5vdCBhbiBhcnJpdmFsLXJhdGUgZXhlY3V0b3JgKTtcbiAgbGV0IHJhdGUgPSBzLnN0YXJ0UmF0ZSA/PyAwO1xuICBsZXQgdG90YWwgPSAwO1xuICBmb3IgKGNvbnN0IHN0YWdlIG9mIHMuc3RhZ2VzID8/IFtdKSB7XG4gICAgdG90YWwgKz0gKChyYXRlICsgc3RhZ2UudGFyZ2V0KSAvIDIpICogZHVyYXRpb25TZWNvbmRzKHN0YWdlLmR1cmF0aW9uKTtcbiAgICByYXRlID0gc3RhZ2UudGFyZ2V0O1xuICB9XG4gIHJldHVybiB0b3RhbCAvIHBlclVuaXQ7XG59XG4iLCAiLy8gTG9hZCBzaGFwZXMsIGluIG9uZSBwbGFjZSwgcGFyYW1ldGVyaXNlZCBieSB0aGUgcnVuJ3MgY29uZmlndXJhdGlvbi4gQSBzY2VuYXJpbyBmaWxlIHJlYWRzIGFzOlxuLy8gc2hhcGUgKyB3b3JrZmxvd3MgKyB0aHJlc2hvbGRzLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXNcbiAgICAubWFwKChfLCBpKSA9PiBpKVxuICAgIC5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuZXhwb3J0IHR5cGUgVXNlckNsYXNzID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5cbi8qKlxuICogVGhlIHVzZXIgY2xhc3Mgb2YgVlUgbnVtYmVyIG4gKDEtYmFzZWQpLCBzbyB0aGF0IHRoZSBmaXJzdCBuIFZVcyBhbHdheXMgZm9sbG93IHRoZSB3ZWlnaHRzIGFzXG4gKiBjbG9zZWx5IGFzIHdob2xlIHVzZXJzIGNhbjogZWFjaCBWVSB0YWtlcyB0aGUgY2xhc3MgZnVydGhlc3QgYmVsb3cgaXRzIHNoYXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NPZlVzZXIobjogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IFVzZXJDbGFzcyB7XG4gIGNvbnN0IGNsYXNzZXM6IFVzZXJDbGFzc1tdID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ107XG4gIGNvbnN0IGFzc2lnbmVkID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgbGV0IGNob3NlbjogVXNlckNsYXNzID0gJ3JlZ3VsYXInO1xuICBmb3IgKGxldCBpID0gMTsgaSA8PSBuOyBpKyspIHtcbiAgICBsZXQgYmVzdCA9IC1JbmZpbml0eTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgY2xhc3Nlcykge1xuICAgICAgaWYgKHdlaWdodHNbY10gPT09IDApIGNvbnRpbnVlO1xuICAgICAgY29uc3QgZGVmaWNpdCA9ICh3ZWlnaHRzW2NdICogaSkgLyAxMDAgLSBhc3NpZ25lZFtjXTtcbiAgICAgIGlmIChkZWZpY2l0ID4gYmVzdCkge1xuICAgICAgICBiZXN0ID0gZGVmaWNpdDtcbiAgICAgICAgY2hvc2VuID0gYztcbiAgICAgIH1cbiAgICB9XG4gICAgYXNzaWduZWRbY2hvc2VuXSsrO1xuICB9XG4gIHJldHVybiBjaG9zZW47XG59XG5cbi8qKiBSYW1wIHVwIHRvIGB2dXNgLCBob2xkLCByYW1wIGRvd246IHVzZXJzIGFycml2aW5nIGdyYWR1YWxseSBhbmQgbGVhdmluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nVXNlcnMoXG4gIGV4ZWM6IHN0cmluZyxcbiAgdnVzOiBudW1iZXIsXG4gIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+LFxuKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmZ1bmN0aW9uIHdob2xlUmF0ZShwZXJTZWNvbmQ6IG51bWJlcik6IHsgcmF0ZTogbnVtYmVyOyB0aW1lVW5pdDogc3RyaW5nIH0ge1xuICByZXR1cm4gTnVtYmVyLmlzSW50ZWdlcihwZXJTZWNvbmQpXG4gICAgPyB7IHJhdGU6IHBlclNlY29uZCwgdGltZVVuaXQ6ICcxcycgfVxuICAgIDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpOyBWVXMgYXMgbGliL2xvYWQvb3Blbi1tb2RlbC50cyBzaXplcyB0aGVtLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShcbiAgZXhlYzogc3RyaW5nLFxuICBwZXJTZWNvbmQ6IG51bWJlcixcbiAgZHVyYXRpb25TOiBudW1iZXIsXG4gIHZ1czogeyBwcmVBbGxvY2F0ZWRWVXM6IG51bWJlcjsgbWF4VlVzOiBudW1iZXIgfSxcbiAgc3RhcnRUaW1lID0gJzBzJyxcbik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICAuLi53aG9sZVJhdGUocGVyU2Vjb25kKSxcbiAgICBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogdnVzLnByZUFsbG9jYXRlZFZVcyxcbiAgICBtYXhWVXM6IHZ1cy5tYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKFxuICBleGVjOiBzdHJpbmcsXG4gIHN0YXJ0UmF0ZTogbnVtYmVyLFxuICBtYXhSYXRlOiBudW1iZXIsXG4gIGR1cmF0aW9uUzogbnVtYmVyLFxuICBtYXhWVXM6IG51bWJlcixcbik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0UmF0ZSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMiwgTWF0aC5jZWlsKHN0YXJ0UmF0ZSkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhZ2VzOiBbeyBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCB0YXJnZXQ6IG1heFJhdGUgfV0sXG4gIH07XG59XG5cbi8qKiBgdnVzYCB1c2VycyBlYWNoIHJ1biBgaXRlcmF0aW9uc2AgaXRlcmF0aW9ucywgYWxsIHN0YXJ0aW5nIHRvZ2V0aGVyLCBib3VuZGVkIGJ5IGBtYXhEdXJhdGlvblNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGl0ZXJhdGlvbnNQZXJVc2VyKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGl0ZXJhdGlvbnM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnMsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cbiIsICIvLyBUaGUgazYgc2lkZSBvZiB0aGUgcmVzb3VyY2Ugc2lkZWNhcjogYSAxL3Mgc2NlbmFyaW8gcG9sbHMgdGhlIHNpZGVjYXIncyBzYW1wbGVzIGludG8gVHJlbmRcbi8vIG1ldHJpY3MsIGFuZCB0ZWFyZG93biByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoLCBzbyB0aGUgc2VydmVyJ3MgQ1BVIGFuZCBtZW1vcnkgYXJlIG9yZGluYXJ5XG4vLyBrNiB0aHJlc2hvbGRzIGluIHRoZSBzYW1lIHJ1bi4gT25seSB0aGUgbG9hZCBpcyBnYXRlZDogdGhlIHBvbGxlciB0ZWxscyB0aGUgc2lkZWNhciB3aGVuIHRoZVxuLy8gbG9hZCBzdGFydHMgKGl0cyBmaXJzdCBwb2xsOiBpdCBzdGFydHMgd2l0aCB0aGUgbG9hZCBzY2VuYXJpb3MsIGFmdGVyIHNldHVwKSBhbmQgZW5kcyAoaXRzIGxhc3QsXG4vLyBvciB0ZWFyZG93biksIGFuZCBzYW1wbGVzIHRoZSBzaWRlY2FyIG1hcmtzIHNldHVwIG9yIHRlYXJkb3duIChhIGRhdGFzZXQgc2VlZGVkIGluIHNldHVwLCB0aGVcbi8vIGNsZWFuLXVwKSBhcmUgbGVmdCBvdXQuIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcywgdG9LNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmNvbnN0IHNlcnZlckNwdVBlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfcGVyY2VudCcpO1xuLyoqIFBlci1jb3JlIHN1bTogMTAwID0gb25lIGNvcmUgZnVsbHkgYnVzeS4gKi9cbmNvbnN0IHNlcnZlckNwdUNvcmVzUGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9jb3Jlc19wZXJjZW50Jyk7XG4vKiogUFNTIHN1bSAocHJvY2VzcyB0cmVlKSwgd29ya2luZyBzZXQgKGNncm91cCksIFJTUyAoL21ldHJpY3MpIG9yIHRoZSBtZW1vcnkgcXVlcnkgKFByb21ldGhldXMgc2VydmVyKSwgTUIuICovXG5jb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5jb25zdCBzZXJ2ZXJTYW1wbGVzTWlzc2luZyA9IG5ldyBDb3VudGVyKCdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJyk7XG4vKiogTUIgcGVyIG1pbnV0ZSBvdmVyIHRoZSBsb2FkIGFmdGVyIHRoZSBzaWRlY2FyJ3Mgd2FybS11cCAobGVhc3Qtc3F1YXJlcyBzbG9wZSksIHJlY29yZGVkIG9uY2UgaW4gdGVhcmRvd24uICovXG5jb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbiAgLyoqIHNldHVwLCBsb2FkIG9yIHRlYXJkb3duOyBhYnNlbnQgZnJvbSBhIHNpZGVjYXIgdGhhdCBkb2VzIG5vdCBtYXJrIHBoYXNlcyAoZXZlcnkgc2FtcGxlIGNvdW50cykuICovXG4gIHBoYXNlPzogc3RyaW5nO1xufVxuXG5jb25zdCBQT0xMID0geyB0YWdzOiB7IHNjb3BlOiAnc2lkZWNhcicsIG5hbWU6ICdzaWRlY2FyJyB9LCByZXNwb25zZUNhbGxiYWNrOiBudWxsLCB0aW1lb3V0OiAnMnMnIH0gYXMgY29uc3Q7XG4vLyBQZXIgVlUgKHRoZSBzY2VuYXJpbyBoYXMgb25lKTogdGhlIGxhc3Qgc2VxIHJlY2VpdmVkLCB0aGUgc2lkZWNhcidzIGZhaWxlZC1yZWFkaW5nIGNvdW50IHNlZW4sXG4vLyBhbmQgd2hldGhlciB0aGUgc2lkZWNhciBoYXMgdGFrZW4gdGhlIG1hcmsgdGhhdCB0aGUgbG9hZCBzdGFydGVkLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xubGV0IGxvYWRNYXJrZWQgPSBmYWxzZTtcblxuLyoqXG4gKiBUZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBzdGFydHMgKCdsb2FkJykgb3IgZW5kZWQgKCd0ZWFyZG93bicpOyB0cnVlIG9uY2UgaXQgdG9vayB0aGUgbWFyay5cbiAqIEEgc2lkZWNhciB3aXRob3V0IHRoZSByb3V0ZSAoNDA0KSBtYXJrcyBubyBwaGFzZSBhbmQgY291bnRzIGV2ZXJ5IHNhbXBsZTogbm90aGluZyB0byByZXRyeS5cbiAqL1xuZnVuY3Rpb24gbWFya1BoYXNlKHNpZGVjYXJVcmw6IHN0cmluZywgcGhhc2U6ICdsb2FkJyB8ICd0ZWFyZG93bicpOiBib29sZWFuIHtcbiAgY29uc3QgcmVzID0gaHR0cC5wb3N0KGAke3NpZGVjYXJVcmx9L3BoYXNlYCwgSlNPTi5zdHJpbmdpZnkoeyBwaGFzZSB9KSwge1xuICAgIC4uLlBPTEwsXG4gICAgaGVhZGVyczogeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0sXG4gIH0gYXMgbmV2ZXIpO1xuICByZXR1cm4gcmVzLnN0YXR1cyA9PT0gMjAwIHx8IHJlcy5zdGF0dXMgPT09IDQwNDtcbn1cblxuLyoqIEhvdyBsb25nIHBhc3QgaXRzIGR1cmF0aW9uIHRoZSBwb2xsZXIgbWF5IGZvbGxvdyBWVXMgc3RpbGwgZmluaXNoaW5nICh0aGUgbG9hZCBzY2VuYXJpb3MnIGdyYWNlZnVsIHN0b3BzKS4gKi9cbmNvbnN0IFRBSUxfUyA9IDMwO1xuXG4vKipcbiAqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW86IG9uZSBwb2xsIGEgc2Vjb25kIGZvciB0aGUgd2hvbGUgcnVuLCBvbiBvbmUgVlUgdGhhdCBzdGF5cyBhY3RpdmUgKGVhY2hcbiAqIGl0ZXJhdGlvbiBwb2xscywgdGhlbiBzbGVlcHMgb3V0IGl0cyBzZWNvbmQpLiBBbHdheXMgYWN0aXZlLCBpdCBhZGRzIGV4YWN0bHkgb25lIHRvIGs2J3MgYHZ1c2BcbiAqIGdhdWdlIG92ZXIgdGhlIHNjZW5hcmlvJ3Mgc3Bhbiwgd2hpY2ggcmVwb3J0cyBjYW4gdGFrZSBvZmYgKHJ1bm5lci9yZXBvcnQvaHRtbC1yZXBvcnQudHMpOyBhblxuICogYXJyaXZhbC1yYXRlIFZVLCBhY3RpdmUgb25seSBkdXJpbmcgaXRzIGZldy1tcyBwb2xscywgd291bGQgc29tZXRpbWVzIGJlIGNvdW50ZWQgYXMgYSB1c2VyIGFuZFxuICogc29tZXRpbWVzIG5vdCwgZGVwZW5kaW5nIG9uIGhvdyB0aGUgZ2F1Z2UncyB0aWNrcyBmYWxsIGFnYWluc3QgdGhlIHBvbGxzLiBJdHMgZ3JhY2VmdWwgc3RvcCBsZXRzXG4gKiB0aGUgbGFzdCBpdGVyYXRpb24gZm9sbG93IHRoZSBsb2FkIHRvIGl0cyBlbmQgKHBvbGxSZXNvdXJjZXMpLCBhbmQgbm8gZnVydGhlci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1NjZW5hcmlvKGR1cmF0aW9uUzogbnVtYmVyLCBzdGFydFRpbWU/OiBzdHJpbmcpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLFxuICAgIGV4ZWM6ICdwb2xsUmVzb3VyY2VzJyxcbiAgICB2dXM6IDEsXG4gICAgZHVyYXRpb246IGAke01hdGgubWF4KDEsIE1hdGguY2VpbChkdXJhdGlvblMpKX1zYCxcbiAgICBncmFjZWZ1bFN0b3A6IGAke1RBSUxfU31zYCxcbiAgICAuLi4oc3RhcnRUaW1lID8geyBzdGFydFRpbWUgfSA6IHt9KSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcGFyc2U8VD4oYm9keTogdW5rbm93bik6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiB0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycgPyAoSlNPTi5wYXJzZShib2R5KSBhcyBUKSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIE9uZSBpdGVyYXRpb24gb2YgdGhlIHBvbGxlcjogYSBwb2xsLCB0aGVuIHRoZSByZXN0IG9mIGl0cyBzZWNvbmQuIFRoZSBmaXJzdCB0ZWxscyB0aGUgc2lkZWNhciB0aGVcbiAqIGxvYWQgc3RhcnRzIChpdCBzdGFydHMgd2l0aCB0aGUgbG9hZCBzY2VuYXJpb3MsIGFmdGVyIHNldHVwKS4gUGFzdCB0aGUgc2NlbmFyaW8ncyBkdXJhdGlvbiB0aGVcbiAqIGxvYWQncyBWVXMgbWF5IHN0aWxsIGJlIGZpbmlzaGluZyB0aGVpciBpdGVyYXRpb25zIChrNidzIGdyYWNlZnVsIHN0b3ApOiB0aGUgbGFzdCBpdGVyYXRpb24gZ29lc1xuICogb24gcG9sbGluZyB1bnRpbCBubyBvdGhlciBWVSBpcyBhY3RpdmUsIHRoZW4gdGVsbHMgdGhlIHNpZGVjYXIgdGhlIGxvYWQgZW5kZWQgYW5kIHRha2VzIHRoZVxuICogc2FtcGxlcyB1cCB0byB0aGF0IG1hcmssIHNvIHdoYXQgazYgZ2F0ZXMgaXMgZXhhY3RseSB3aGF0IHRoZSBzaWRlY2FyIGNvdW50cyBhcyB0aGUgbG9hZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIC8vIEJlZm9yZSB0aGUgZmlyc3QgcmVhZCwgYW5kIGFnYWluIHVudGlsIHRoZSBzaWRlY2FyIHRha2VzIGl0OiBzYW1wbGVzIHRha2VuIGJlZm9yZSBpdCBhcmUgc2V0dXAncy5cbiAgaWYgKCFsb2FkTWFya2VkKSBsb2FkTWFya2VkID0gbWFya1BoYXNlKHNpZGVjYXJVcmwsICdsb2FkJyk7XG4gIGZvciAoOzspIHtcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICBwb2xsT25jZShzaWRlY2FyVXJsKTsgLy8gdGhyb3dzIG9ubHkgd2hlbiBhIHJlZnVzYWwgYWJvcnRzIHRoZSBydW5cbiAgICBzbGVlcChNYXRoLm1heCgwLCAxIC0gKERhdGUubm93KCkgLSBzdGFydGVkKSAvIDEwMDApKTsgLy8gb25lIHBvbGwgYSBzZWNvbmRcbiAgICBpZiAoZXhlYy5zY2VuYXJpby5wcm9ncmVzcyA8IDEpIHJldHVybjsgLy8gazYgc3RhcnRzIHRoZSBuZXh0IGl0ZXJhdGlvblxuICAgIGlmIChleGVjLmluc3RhbmNlLnZ1c0FjdGl2ZSA8PSAxKSBicmVhazsgLy8gdGhpcyBWVSBhbG9uZTogdGhlIGxvYWQgaXMgb3ZlclxuICB9XG4gIG1hcmtQaGFzZShzaWRlY2FyVXJsLCAndGVhcmRvd24nKTtcbiAgcG9sbE9uY2Uoc2lkZWNhclVybCk7XG59XG5cbmZ1bmN0aW9uIHBvbGxPbmNlKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zYW1wbGVzP3NpbmNlPSR7Y3Vyc29yfWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBib2R5ID1cbiAgICByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXI7IHJlZnVzZWQ/OiBzdHJpbmcgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIGN1cnNvciA9IE1hdGgubWF4KGN1cnNvciwgc2FtcGxlLnNlcSk7XG4gICAgaWYgKHNhbXBsZS5waGFzZSAhPT0gdW5kZWZpbmVkICYmIHNhbXBsZS5waGFzZSAhPT0gJ2xvYWQnKSBjb250aW51ZTsgLy8gc2V0dXAncyAob3IgdGVhcmRvd24ncyk6IHNob3duIGluIHRoZSByZXBvcnRzLCBub3QgZ2F0ZWRcbiAgICBzZXJ2ZXJDcHVQZXJjZW50LmFkZChzYW1wbGUuY3B1X3BlcmNlbnQpO1xuICAgIHNlcnZlckNwdUNvcmVzUGVyY2VudC5hZGQoc2FtcGxlLmNwdV9jb3Jlc19wZXJjZW50KTtcbiAgICBzZXJ2ZXJNZW1vcnlNYi5hZGQoc2FtcGxlLm1lbW9yeV9tYik7XG4gIH1cbiAgLy8gVGhlIHNpZGVjYXIgZm91bmQgbWlkLXJ1biB0aGF0IGl0cyBzb3VyY2UgY2Fubm90IHJlYWQgdGhlIHdob2xlIHNlcnZlciAoZS5nLiAvbWV0cmljcyBhbnN3ZXJlZFxuICAvLyBieSBhbm90aGVyIHdvcmtlcik6IGV2ZXJ5IGZ1cnRoZXIgcmVhZGluZyB3b3VsZCBiZSB3cm9uZywgc28gdGhlIHJ1biBzdG9wcywgc2F5aW5nIHdoeS5cbiAgaWYgKHR5cGVvZiBib2R5LnJlZnVzZWQgPT09ICdzdHJpbmcnKVxuICAgIGV4ZWMudGVzdC5hYm9ydChgc2VydmVyIHJlc291cmNlczogdGhlIHNpZGVjYXIgcmVmdXNlZCBpdHMgc291cmNlOiAke2JvZHkucmVmdXNlZH1gKTtcbn1cblxuLyoqXG4gKiBUZWFyZG93biwgYmVmb3JlIGFueXRoaW5nIGVsc2UgaXQgZG9lczogdGVsbHMgdGhlIHNpZGVjYXIgdGhlIGxvYWQgZW5kZWQgKHdoZW4gdGhlIHBvbGxlciBjb3VsZFxuICogbm90OiBhIHJ1biBzdG9wcGVkIGVhcmx5KSwgdGhlbiByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoIG92ZXIgdGhlIGxvYWQgYWZ0ZXIgd2FybS11cCwgTUIgcGVyXG4gKiBtaW51dGUsIGFzIHRoZSBzaWRlY2FyIGNvbXB1dGVkIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kTG9hZChzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgbWFya1BoYXNlKHNpZGVjYXJVcmwsICd0ZWFyZG93bicpO1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpXG4gICAgc2VydmVyTWVtb3J5R3Jvd3RoLmFkZChzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbik7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2VMaW1pdHMge1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIG1lbW9yeSBncm93dGggKHNvYWspLCBNQiBwZXIgbWludXRlIGFmdGVyIHdhcm0tdXAuICovXG4gIGdyb3d0aE1iUGVyTWluPzogbnVtYmVyO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2FtcGxlcyB3ZW50IG1pc3NpbmcgKHRoZSBzaWRlY2FyIHN0b3BwZWQgYW5zd2VyaW5nKS4gKi9cbiAgZmFpbE9uTWlzc2luZz86IGJvb2xlYW47XG59XG5cbi8qKlxuICogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiBDUFUgaXMgXCJhdCBtb3N0XCI6IGEgc2FtcGxlXG4gKiBpcyBhIHNoYXJlIG9mIHRoZSBzZXJ2ZXIncyBDUFVzIChuZXZlciBhYm92ZSAxMDApLCBzbyBhIGxpbWl0IG9mIDEwMCBtZWFzdXJlcyBDUFUgd2l0aG91dCBnYXRpbmcgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZUdhdGVzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBHYXRlW10ge1xuICBjb25zdCBnYXRlczogR2F0ZVtdID0gW1xuICAgIHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9tYicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5tZW1vcnlNYiB9XSB9LFxuICAgIHsgbWV0cmljOiAnc2VydmVyX2NwdV9wZXJjZW50JywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPD0nLCB2YWx1ZTogbGltaXRzLmNwdVBlcmNlbnQgfV0gfSxcbiAgXTtcbiAgaWYgKGxpbWl0cy5ncm93dGhNYlBlck1pbiAhPT0gdW5kZWZpbmVkKVxuICAgIGdhdGVzLnB1c2goe1xuICAgICAgbWV0cmljOiAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsXG4gICAgICBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0sXG4gICAgfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZylcbiAgICBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsIHJ1bGVzOiBbeyBzdGF0OiAnY291bnQnLCBvcDogJzwnLCB2YWx1ZTogMSB9XSB9KTtcbiAgcmV0dXJuIGdhdGVzO1xufVxuXG4vKiogVGhlIHNhbWUgZ2F0ZXMgYXMgYSBrNiB0aHJlc2hvbGRzIG9iamVjdDogeyBzZXJ2ZXJfbWVtb3J5X21iOiBbJ21heDwxMDI0J10sIHNlcnZlcl9jcHVfcGVyY2VudDogWydwKDk1KTw9ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBUaGUgcnVuJ3MgYWNjb3VudHMsIHBlciBjbGFzczogZnJvbSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFIChwYXJzZWQgb25jZSBmb3IgdGhlIHdob2xlIHRlc3QgaW50b1xuLy8gazYgU2hhcmVkQXJyYXlzLCBzbyBldmVyeSBWVSByZWFkcyBvbmUgY29weSBpbnN0ZWFkIG9mIGhvbGRpbmcgaXRzIG93biksIGZyb20gdGhlIGRlbW9cbi8vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sIChuYW1lcyBjb21wdXRlZCwgbm90aGluZyBoZWxkKSwgb3IgZWxzZSB0aGUgY2xhc3MncyBzaW5nbGUgYWNjb3VudFxuLy8gKFJFR1VMQVJfVVNFUl9FTUFJTCAuLi46IGV2ZXJ5IFZVIG9mIGEgY2xhc3Mgc2hhcmVzIGl0KS4gVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuXG5pbXBvcnQgeyBTaGFyZWRBcnJheSB9IGZyb20gJ2s2L2RhdGEnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2Vudi50cyc7XG5pbXBvcnQge1xuICB0eXBlIEFjY291bnQsXG4gIHR5cGUgUG9vbFNpemVzLFxuICBwYXJzZVVzZXJzQ3N2LFxuICBwb29sRW1haWwsXG4gIFJPTEVTLFxuICB0eXBlIFJvbGUsXG4gIHRvb1NtYWxsRm9yRGlzdGluY3QsXG59IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBQb29sIHtcbiAgLyoqIFdoZXJlIHRoZSBhY2NvdW50cyBjb21lIGZyb20sIGZvciBtZXNzYWdlcy4gKi9cbiAgc291cmNlOiBzdHJpbmc7XG4gIHNpemVzOiBQb29sU2l6ZXM7XG4gIC8qKiBUaGUgaS10aCBhY2NvdW50IChmcm9tIDApIG9mIGEgY2xhc3M7IGBwYXNzd29yZGAgaXMgdGhlIGZpbGUncywgb3IgdGhlIGNsYXNzIHBhc3N3b3JkIGdpdmVuLiAqL1xuICBhY2NvdW50KHJvbGU6IFJvbGUsIGluZGV4OiBudW1iZXIsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQ7XG59XG5cbmZ1bmN0aW9uIHJlYWRGaWxlKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG9wZW4ocGF0aCk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtwYXRofSBjYW5ub3QgYmUgcmVhZCAoJHtTdHJpbmcoZXJyb3IpfSk6IGdpdmUgYW4gYWJzb2x1dGUgcGF0aCB0byBhIENTViB3aXRoIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZWAsXG4gICAgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBmaWxlUG9vbChwYXRoOiBzdHJpbmcpOiBQb29sIHtcbiAgLy8gVGhlIGNhbGxiYWNrIHJ1bnMgb25jZSBwZXIgdGVzdCAoazYga2VlcHMgdGhlIHJlc3VsdCBmb3IgZXZlcnkgVlUpOyBlYWNoIGNsYXNzIGl0cyBvd24gYXJyYXkuXG4gIGNvbnN0IGFycmF5cyA9IHt9IGFzIFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpXG4gICAgYXJyYXlzW3JvbGVdID0gbmV3IFNoYXJlZEFycmF5KFxuICAgICAgYHVzZXJzOiR7cm9sZX1gLFxuICAgICAgKCkgPT4gcGFyc2VVc2Vyc0NzdihyZWFkRmlsZShwYXRoKSwgcGF0aClbcm9sZV0sXG4gICAgKSBhcyB1bmtub3duIGFzIEFjY291bnRbXTtcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6IGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH1gLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IGFycmF5cy5yZWd1bGFyLmxlbmd0aCwgcG93ZXI6IGFycmF5cy5wb3dlci5sZW5ndGgsIGFkbWluOiBhcnJheXMuYWRtaW4ubGVuZ3RoIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIGluZGV4KSA9PiBhcnJheXNbcm9sZV1baW5kZXhdIGFzIEFjY291bnQsXG4gIH07XG59XG5cbmZ1bmN0aW9uIG1ha2VQb29sKGNvbmZpZzogQ29uZmlnKTogUG9vbCB7XG4gIGlmIChjb25maWcudXNlcnNGaWxlKSByZXR1cm4gZmlsZVBvb2woY29uZmlnLnVzZXJzRmlsZSk7XG4gIGNvbnN0IHVzZXJzID0gY29uZmlnLnVzZXJzO1xuICBpZiAoY29uZmlnLmRlbW9Vc2Vycykge1xuICAgIHJldHVybiB7XG4gICAgICBzb3VyY2U6ICdERU1PX1VTRVJTJyxcbiAgICAgIHNpemVzOiBjb25maWcuZGVtb1VzZXJzLFxuICAgICAgYWNjb3VudDogKHJvbGUsIGluZGV4LCBwYXNzd29yZCkgPT4gKHsgZW1haWw6IHBvb2xFbWFpbChyb2xlLCBpbmRleCArIDEpLCBwYXNzd29yZCB9KSxcbiAgICB9O1xuICB9XG4gIHJldHVybiB7XG4gICAgc291cmNlOiAnUkVHVUxBUl9VU0VSX0VNQUlMIC8gUE9XRVJfVVNFUl9FTUFJTCAvIEFETUlOX1VTRVJfRU1BSUwgKG9uZSBzaGFyZWQgYWNjb3VudCBwZXIgY2xhc3MpJyxcbiAgICBzaXplczogeyByZWd1bGFyOiAxLCBwb3dlcjogMSwgYWRtaW46IDEgfSxcbiAgICBhY2NvdW50OiAocm9sZSwgX2luZGV4LCBwYXNzd29yZCkgPT4gKHsgZW1haWw6IHVzZXJzW3JvbGVdLmVtYWlsLCBwYXNzd29yZCB9KSxcbiAgfTtcbn1cblxuLyoqIFRoaXMgVlUncyBhY2NvdW50IG9mIGEgY2xhc3M6IFZVIG4gdXNlcyBhY2NvdW50IChuLTEpIG1vZCBzaXplLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFjY291bnRPZlZ1KHBvb2w6IFBvb2wsIHJvbGU6IFJvbGUsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQgfCB1bmRlZmluZWQge1xuICBjb25zdCBzaXplID0gcG9vbC5zaXplc1tyb2xlXTtcbiAgcmV0dXJuIHNpemUgPT09IDAgPyB1bmRlZmluZWQgOiBwb29sLmFjY291bnQocm9sZSwgKGV4ZWMudnUuaWRJblRlc3QgLSAxKSAlIHNpemUsIGNsYXNzUGFzc3dvcmQpO1xufVxuXG4vKiogUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZTogcmVmdXNlcywgYXQgaW5pdCwgYSBwb29sIHdpdGggZmV3ZXIgYWNjb3VudHMgb2YgYSB1c2VkIGNsYXNzIHRoYW4gVlUgaWRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydERpc3RpbmN0KHBvb2w6IFBvb2wsIHJvbGVzOiByZWFkb25seSBSb2xlW10sIHZ1SWRzOiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3QgbmVlZGVkOiBQb29sU2l6ZXMgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2Ygcm9sZXMpIG5lZWRlZFtyb2xlXSA9IHZ1SWRzO1xuICBjb25zdCBwcm9ibGVtID0gdG9vU21hbGxGb3JEaXN0aW5jdChwb29sLnNpemVzLCBuZWVkZWQsIHBvb2wuc291cmNlKTtcbiAgaWYgKHByb2JsZW0pIHRocm93IG5ldyBFcnJvcihwcm9ibGVtKTtcbn1cblxuLyoqIFRoZSBydW4ncyBwb29sLCBtYWRlIG9uY2UgcGVyIFZVIGF0IGluaXQgKGEgYmFkIGZpbGUgc3RvcHMgdGhlIHJ1biBoZXJlLCBiZWZvcmUgc2V0dXApLiAqL1xuZXhwb3J0IGNvbnN0IHBvb2w6IFBvb2wgPSBtYWtlUG9vbChydW5Db25maWcpO1xuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKipcbiAgICogTG9naW4gY2hlY2tzIGEgcGFzc3dvcmQgaGFzaCAoc2NyeXB0LCBiY3J5cHQpLCB3aGljaCBjb3N0cyB0ZW5zIG9mIG1zIG9mIENQVSBieSBkZXNpZ24sIGFuZCBldmVyeVxuICAgKiBWVSBsb2dzIGluIGFzIGl0IGFycml2ZXM6IGEgYnVkZ2V0IG9mIGl0cyBvd24sIHNvIGEgbG9naW4gc3Rvcm0gaXMgZ2F0ZWQgd2l0aG91dCBoaWRpbmcgQVBJIGxhdGVuY3kgKG1zKS5cbiAgICovXG4gIGxvZ2luUDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKipcbiAgICogU2hhcmUgb2YgYW4gb3Blbi1tb2RlbCBzY2VuYXJpbydzIHNjaGVkdWxlZCBpdGVyYXRpb25zIGs2IG1heSBkcm9wIGZvciB3YW50IG9mIGEgZnJlZSBWVSAoMC0xKTpcbiAgICogcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSwgd2hvc2UgbGF0ZW5jeSBubyBwZXJjZW50aWxlIGhvbGRzLlxuICAgKi9cbiAgZHJvcHBlZFNoYXJlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGxvZ2luUDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgZHJvcHBlZFNoYXJlOiAwLjAxLFxuICBtZW1vcnlNYjogMTAyNCxcbiAgY3B1UGVyY2VudDogODAsXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiAxMCxcbn0pO1xuIiwgIi8vIFRoZSB1c2VyIHBvb2wncyB0d28gc291cmNlcywgYXMgcHVyZSBmdW5jdGlvbnMgKG5vIGs2IGltcG9ydHMpIHNvIHRoZSBkZW1vIHBsYXRmb3JtLCB0aGUgcnVubmVyXG4vLyBhbmQgdGhlIHVuaXQgdGVzdHMgc2hhcmUgdGhlbSB3aXRoIHRoZSBrNiBzaWRlOlxuLy8gLSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFLCBhIENTViBgZW1haWwscGFzc3dvcmQscm9sZWAgKG9uZSBhY2NvdW50IHBlciBsaW5lKTtcbi8vIC0gYSBkZW1vIHBvb2wgc3BlYyBgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTBgIChERU1PX1VTRVJTKSwgd2hvc2UgYWNjb3VudHMgYXJlIG5hbWVkXG4vLyAgIGByZWd1bGFyLTAwMDFAZXhhbXBsZS5jb21gIC4uLiBhbmQgc2hhcmUgb25lIHBhc3N3b3JkIHBlciByb2xlLlxuLy8gQSBDU1YgcGFyc2VyIG9mIG91ciBvd24gYmVjYXVzZSB0aGUgZmlsZSBtdXN0IGJlIGNoZWNrZWQgbGluZSBieSBsaW5lIHdpdGggdGhlIGxpbmUgbmFtZWQgaW5cbi8vIHRoZSBtZXNzYWdlLCBhbmQgaXQgcnVucyBvbmNlIHBlciB0ZXN0IChpbnNpZGUgYSBTaGFyZWRBcnJheSBjYWxsYmFjayk7IGs2J3MgZXhwZXJpbWVudGFsIGNzdlxuLy8gbW9kdWxlIHJldHVybnMgYmFyZSByZWNvcmRzIHdpdGhvdXQgbGluZSBudW1iZXJzIGFuZCBuZWVkcyB0b3AtbGV2ZWwgYXdhaXQgaW4gZXZlcnkgVlUuXG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgY29uc3QgUk9MRVM6IHJlYWRvbmx5IFJvbGVbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuXG5leHBvcnQgaW50ZXJmYWNlIEFjY291bnQge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgdHlwZSBBY2NvdW50cyA9IFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuZXhwb3J0IHR5cGUgUG9vbFNpemVzID0gUmVjb3JkPFJvbGUsIG51bWJlcj47XG5cbmV4cG9ydCBjbGFzcyBVc2Vyc0ZpbGVFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdVc2Vyc0ZpbGVFcnJvcic7XG59XG5cbi8qKlxuICogUmVhZHMgYSB1c2VycyBDU1Y6IGhlYWRlciBgZW1haWwscGFzc3dvcmQscm9sZWAgKGFueSBjb2x1bW4gb3JkZXIsIGNhc2UtaW5zZW5zaXRpdmUpLCBSRkMgNDE4MFxuICogcXVvdGluZyAoXCJhLGJcIiBhbmQgXCJcIiBpbnNpZGUgcXVvdGVzKSwgYmxhbmsgbGluZXMgc2tpcHBlZC4gRXZlcnkgcHJvYmxlbSBuYW1lcyB0aGUgZmlsZSBhbmQgbGluZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVXNlcnNDc3YodGV4dDogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiBBY2NvdW50cyB7XG4gIGNvbnN0IGFjY291bnRzOiBBY2NvdW50cyA9IHsgcmVndWxhcjogW10sIHBvd2VyOiBbXSwgYWRtaW46IFtdIH07XG4gIGNvbnN0IGZhaWwgPSAobGluZTogbnVtYmVyLCBwcm9ibGVtOiBzdHJpbmcpOiBuZXZlciA9PiB7XG4gICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7ZmlsZX0sIGxpbmUgJHtsaW5lfTogJHtwcm9ibGVtfWApO1xuICB9O1xuICBsZXQgY29sdW1uczogUmVjb3JkPCdlbWFpbCcgfCAncGFzc3dvcmQnIHwgJ3JvbGUnLCBudW1iZXI+IHwgdW5kZWZpbmVkO1xuICBsZXQgd2lkdGggPSAwO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGJvZHkgPSB0ZXh0LmNoYXJDb2RlQXQoMCkgPT09IDB4ZmVmZiA/IHRleHQuc2xpY2UoMSkgOiB0ZXh0OyAvLyBhIEJPTSBmcm9tIHNwcmVhZHNoZWV0IGV4cG9ydHNcbiAgY29uc3QgbGluZXMgPSBib2R5LnNwbGl0KC9cXHI/XFxuLyk7XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgbGluZXMubGVuZ3RoOyBuKyspIHtcbiAgICBjb25zdCBsaW5lID0gbGluZXNbbl0hO1xuICAgIGlmIChsaW5lLnRyaW0oKSA9PT0gJycpIGNvbnRpbnVlO1xuICAgIC8vIEZpZWxkcyBvZiBvbmUgbGluZTogcXVvdGVkIGZpZWxkcyBtYXkgaG9sZCBjb21tYXMgYW5kIGRvdWJsZWQgcXVvdGVzIChub3QgbGluZSBicmVha3MpLlxuICAgIGNvbnN0IGZpZWxkczogc3RyaW5nW10gPSBbXTtcbiAgICBsZXQgZmllbGQgPSAnJztcbiAgICBsZXQgcXVvdGVkID0gZmFsc2U7XG4gICAgbGV0IHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGluZS5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgYyA9IGxpbmVbaV07XG4gICAgICBpZiAocXVvdGVkKSB7XG4gICAgICAgIGlmIChjID09PSAnXCInICYmIGxpbmVbaSArIDFdID09PSAnXCInKSB7XG4gICAgICAgICAgZmllbGQgKz0gJ1wiJztcbiAgICAgICAgICBpKys7IC8vIHRoZSBlc2NhcGVkIHF1b3RlJ3Mgc2Vjb25kIGhhbGZcbiAgICAgICAgfSBlbHNlIGlmIChjID09PSAnXCInKSBxdW90ZWQgPSBmYWxzZTtcbiAgICAgICAgZWxzZSBmaWVsZCArPSBjO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnLCcpIHtcbiAgICAgICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgICB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1wiJyAmJiBmaWVsZC50cmltKCkgPT09ICcnKSB7XG4gICAgICAgIHF1b3RlZCA9IHdhc1F1b3RlZCA9IHRydWU7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICB9IGVsc2UgZmllbGQgKz0gYztcbiAgICB9XG4gICAgaWYgKHF1b3RlZCkgZmFpbChuICsgMSwgJ2EgcXVvdGVkIGZpZWxkIGlzIG5vdCBjbG9zZWQnKTtcbiAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgaWYgKCFjb2x1bW5zKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IGZpZWxkcy5tYXAoKGYpID0+IGYudG9Mb3dlckNhc2UoKSk7XG4gICAgICBjb25zdCBhdCA9IChuYW1lOiBzdHJpbmcpID0+IG5hbWVzLmluZGV4T2YobmFtZSk7XG4gICAgICBpZiAoYXQoJ2VtYWlsJykgPCAwIHx8IGF0KCdwYXNzd29yZCcpIDwgMCB8fCBhdCgncm9sZScpIDwgMCkge1xuICAgICAgICBmYWlsKG4gKyAxLCBgdGhlIGZpcnN0IGxpbmUgbXVzdCBiZSB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgKGdvdCAke0pTT04uc3RyaW5naWZ5KGxpbmUuc2xpY2UoMCwgODApKX0pYCk7XG4gICAgICB9XG4gICAgICBjb2x1bW5zID0geyBlbWFpbDogYXQoJ2VtYWlsJyksIHBhc3N3b3JkOiBhdCgncGFzc3dvcmQnKSwgcm9sZTogYXQoJ3JvbGUnKSB9O1xuICAgICAgd2lkdGggPSBmaWVsZHMubGVuZ3RoO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChmaWVsZHMubGVuZ3RoICE9PSB3aWR0aCkgZmFpbChuICsgMSwgYGV4cGVjdGVkICR7d2lkdGh9IGZpZWxkcyBsaWtlIHRoZSBoZWFkZXIsIGdvdCAke2ZpZWxkcy5sZW5ndGh9YCk7XG4gICAgY29uc3QgZW1haWwgPSBmaWVsZHNbY29sdW1ucy5lbWFpbF0gPz8gJyc7XG4gICAgY29uc3QgcGFzc3dvcmQgPSBmaWVsZHNbY29sdW1ucy5wYXNzd29yZF0gPz8gJyc7XG4gICAgY29uc3Qgcm9sZSA9IChmaWVsZHNbY29sdW1ucy5yb2xlXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbiAgICBpZiAoZW1haWwgPT09ICcnKSBmYWlsKG4gKyAxLCAnZW1wdHkgZW1haWwnKTtcbiAgICBpZiAocGFzc3dvcmQgPT09ICcnKSBmYWlsKG4gKyAxLCBgZW1wdHkgcGFzc3dvcmQgZm9yICR7ZW1haWx9YCk7XG4gICAgaWYgKCEoUk9MRVMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKHJvbGUpKVxuICAgICAgZmFpbChuICsgMSwgYHVua25vd24gcm9sZSAke0pTT04uc3RyaW5naWZ5KHJvbGUpfSBmb3IgJHtlbWFpbH0gKHVzZSByZWd1bGFyLCBwb3dlciBvciBhZG1pbilgKTtcbiAgICBpZiAoc2Vlbi5oYXMoZW1haWwudG9Mb3dlckNhc2UoKSkpIGZhaWwobiArIDEsIGAke2VtYWlsfSBpcyBsaXN0ZWQgdHdpY2VgKTtcbiAgICBzZWVuLmFkZChlbWFpbC50b0xvd2VyQ2FzZSgpKTtcbiAgICBhY2NvdW50c1tyb2xlIGFzIFJvbGVdLnB1c2goeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cbiAgaWYgKCFjb2x1bW5zKSBmYWlsKDEsICd0aGUgZmlsZSBpcyBlbXB0eTogaXQgbmVlZHMgdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlIGFuZCBvbmUgbGluZSBwZXIgYWNjb3VudCcpO1xuICByZXR1cm4gYWNjb3VudHM7XG59XG5cbi8qKiBgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTBgIC0+IHNpemVzOyBhIHJvbGUgbGVmdCBvdXQgaGFzIG5vbmUuIFRocm93cyBuYW1pbmcgYG5hbWVgIG9uIGFueXRoaW5nIGVsc2UuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VQb29sU3BlYyhzcGVjOiBzdHJpbmcsIG5hbWU6IHN0cmluZyk6IFBvb2xTaXplcyB7XG4gIGNvbnN0IHNpemVzOiBQb29sU2l6ZXMgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBjb25zdCBleHBlY3RlZCA9ICdyb2xlOmNvdW50IHBhaXJzIHN1Y2ggYXMgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTAnO1xuICBmb3IgKGNvbnN0IHBhcnQgb2Ygc3BlY1xuICAgIC5zcGxpdCgnLCcpXG4gICAgLm1hcCgocCkgPT4gcC50cmltKCkpXG4gICAgLmZpbHRlcigocCkgPT4gcCAhPT0gJycpKSB7XG4gICAgY29uc3QgbWF0Y2ggPSAvXihyZWd1bGFyfHBvd2VyfGFkbWluKTooXFxkezEsNn0pJC8uZXhlYyhwYXJ0KTtcbiAgICBpZiAoIW1hdGNoKVxuICAgICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IFwiJHtwYXJ0fVwiIGlzIG5vdCBvbmUgb2YgJHtleHBlY3RlZH1gKTtcbiAgICBzaXplc1ttYXRjaFsxXSBhcyBSb2xlXSA9IE51bWJlcihtYXRjaFsyXSk7XG4gIH1cbiAgaWYgKHNpemVzLnJlZ3VsYXIgKyBzaXplcy5wb3dlciArIHNpemVzLmFkbWluID09PSAwKVxuICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xuICByZXR1cm4gc2l6ZXM7XG59XG5cbi8qKiBUaGUgZW1haWwgb2YgdGhlIG4tdGggKGZyb20gMSkgZGVtbyBwb29sIGFjY291bnQgb2YgYSByb2xlOiByZWd1bGFyLTAwMDFAZXhhbXBsZS5jb20uICovXG5leHBvcnQgZnVuY3Rpb24gcG9vbEVtYWlsKHJvbGU6IFJvbGUsIG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtyb2xlfS0ke1N0cmluZyhuKS5wYWRTdGFydCg0LCAnMCcpfUBleGFtcGxlLmNvbWA7XG59XG5cbi8qKiBXaHkgYSBwb29sIGlzIHRvbyBzbWFsbCBmb3IgZGlzdGluY3QgYWNjb3VudHMsIG9yIHVuZGVmaW5lZCB3aGVuIGV2ZXJ5IFZVIGNhbiBoYXZlIGl0cyBvd24uICovXG5leHBvcnQgZnVuY3Rpb24gdG9vU21hbGxGb3JEaXN0aW5jdChzaXplczogUG9vbFNpemVzLCBuZWVkZWQ6IFBvb2xTaXplcywgc291cmNlOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHtcbiAgICBpZiAobmVlZGVkW3JvbGVdID4gMCAmJiBzaXplc1tyb2xlXSA8IG5lZWRlZFtyb2xlXSkge1xuICAgICAgcmV0dXJuIChcbiAgICAgICAgYCR7c291cmNlfSBoYXMgJHtzaXplc1tyb2xlXX0gJHtyb2xlfSBhY2NvdW50KHMpLCBidXQgUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSBuZWVkcyAke25lZWRlZFtyb2xlXX06IGAgK1xuICAgICAgICBgb25lIHBlciBWVSBpZCB0aGlzIGVudHJ5IGNhbiBzdGFydCAoazYgbnVtYmVycyBWVXMgYWNyb3NzIGFsbCBjbGFzc2VzLCBhbmQgVlUgbiB1c2VzIHRoZSBjbGFzcydzIGFjY291bnQgbiBtb2Qgc2l6ZSlgXG4gICAgICApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIFRoZSBoaWdoZXN0IFZVIGlkIGs2IGNhbiBoYW5kIG91dCBmb3IgdGhlc2Ugc2NlbmFyaW9zICh0aGUgc3VtIG9mIGVhY2ggc2NlbmFyaW8ncyBWVXMsIGFuIHVwcGVyXG4gKiBib3VuZCBvZiBrNidzIG1heFZVcyk6IFZVIGlkcyBhcmUgbnVtYmVyZWQgYWNyb3NzIGFsbCBzY2VuYXJpb3MsIHNvIGEgY2xhc3MncyBhY2NvdW50cyBhcmVcbiAqIGluZGV4ZWQgYnkgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2dUlkQm91bmQoc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pOiBudW1iZXIge1xuICBsZXQgdG90YWwgPSAwO1xuICBmb3IgKGNvbnN0IHMgb2YgT2JqZWN0LnZhbHVlcyhzY2VuYXJpb3MpKSB7XG4gICAgY29uc3Qgc3RhZ2VzID0gKHMuc3RhZ2VzIGFzIHsgdGFyZ2V0OiBudW1iZXIgfVtdIHwgdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBjb25zdCBtb3N0ID0gTWF0aC5tYXgoTnVtYmVyKHMuc3RhcnRWVXMgPz8gMCksIC4uLnN0YWdlcy5tYXAoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQpKTtcbiAgICBpZiAocy5leGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgdG90YWwgKz0gbW9zdDtcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5tYXhWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLm1heFZVcztcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5wcmVBbGxvY2F0ZWRWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLnByZUFsbG9jYXRlZFZVcztcbiAgICBlbHNlIHRvdGFsICs9IE51bWJlcihzLnZ1cyA/PyAxKTtcbiAgfVxuICByZXR1cm4gdG90YWw7XG59XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuaW1wb3J0IHsgdHlwZSBQb29sU2l6ZXMsIHBhcnNlUG9vbFNwZWMsIFVzZXJzRmlsZUVycm9yIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IHR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnIHtcbiAgYmFzZVVybDogc3RyaW5nO1xuICB1c2VyczogeyByZWd1bGFyOiBDcmVkZW50aWFsczsgcG93ZXI6IENyZWRlbnRpYWxzOyBhZG1pbjogQ3JlZGVudGlhbHMgfTtcbiAgLyoqIEhvbGQgdGltZSBvZiB0aGUgbWFpbiBsb2FkLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OKS4gKi9cbiAgZHVyYXRpb25TOiBudW1iZXI7XG4gIC8qKiBQZWFrIG51bWJlciBvZiB2aXJ0dWFsIHVzZXJzIChQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTKS4gKi9cbiAgY29uY3VycmVudFVzZXJzOiBudW1iZXI7XG4gIC8qKiBQZXItcmVxdWVzdCB0aW1lb3V0LCBzZWNvbmRzIChQRVJGT1JNQU5DRV9BUElfVElNRU9VVCkuICovXG4gIGFwaVRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBSYW1wLXVwIGFuZCByYW1wLWRvd24gdGltZSwgc2Vjb25kcy4gKi9cbiAgcmFtcFVwUzogbnVtYmVyO1xuICByYW1wRG93blM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIFZVcyBwZXIgdXNlciB0eXBlLCBwZXJjZW50LCBzdW1taW5nIHRvIDEwMC4gKi9cbiAgd2VpZ2h0czogeyByZWd1bGFyOiBudW1iZXI7IHBvd2VyOiBudW1iZXI7IGFkbWluOiBudW1iZXIgfTtcbiAgLyoqIFRoaW5rIHRpbWUgYmV0d2VlbiBhIHVzZXIncyBhY3Rpb25zLCBzZWNvbmRzLCBkcmF3biB1bmlmb3JtbHkgZnJvbSBbbWluLCBtYXhdLiAqL1xuICB0aGlua1RpbWVTOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9O1xuICAvKiogSG93IG9mdGVuIGEgcG93ZXIgdXNlciBwb2xscyBhIGdlbmVyYXRpb24gam9iLCBhbmQgaG93IGxvbmcgaXQgd2FpdHMgYXQgbW9zdCwgc2Vjb25kcy4gKi9cbiAgcG9sbEludGVydmFsUzogbnVtYmVyO1xuICBnZW5lcmF0aW9uVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIENoYXB0ZXJzIHBlciBnZW5lcmF0ZWQgY291cnNlLiAqL1xuICBjaGFwdGVyc1BlckNvdXJzZTogbnVtYmVyO1xuICBzaWRlY2FyVXJsOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzaWRlY2FyIHNhbXBsZXMgZ28gbWlzc2luZyAoU0lERUNBUl9TVFJJQ1Q9dHJ1ZSkuICovXG4gIHNpZGVjYXJTdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBIb3N0cyBiZXNpZGVzIGxvb3BiYWNrIHRoYXQgZW50cmllcyBoZWF2aWVyIHRoYW4gc21va2UgbWF5IGxvYWQgKFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMpLiAqL1xuICBhbGxvd2VkSG9zdHM6IHN0cmluZ1tdO1xuICB0YXJnZXRzOiBUYXJnZXRzO1xuICAvKiogVGhlIHVzZXIgcG9vbDogYSBDU1Ygb2YgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUpLCBvciB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fVVNFUlMgcG9vbDsgbmVpdGhlcjogb25lIGFjY291bnQgcGVyIGNsYXNzLiAqL1xuICB1c2Vyc0ZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgZGVtb1VzZXJzOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQ7XG4gIC8qKiBSZWZ1c2UgYSBwb29sIHdpdGggZmV3ZXIgYWNjb3VudHMgb2YgYSBjbGFzcyB0aGFuIFZVIGlkcyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSkuICovXG4gIHVzZXJzRGlzdGluY3Q6IGJvb2xlYW47XG4gIC8qKiBLZXB0IGNvdXJzZXMgcGVyIHJlZ3VsYXIvcG93ZXIgYWNjb3VudCAoUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTKSwgb2Ygd2hpY2ggdGhlIGZpcnN0IE4gb2YgZWFjaCByZWd1bGFyIGFjY291bnQgYXJlIGdlbmVyYXRlZC4gKi9cbiAgZGF0YXNldDogeyBjb3Vyc2VzOiBudW1iZXI7IGdlbmVyYXRlZDogbnVtYmVyOyByZXNlZWQ6IGJvb2xlYW4gfTtcbn1cblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0NvbmZpZ0Vycm9yJztcbn1cblxuLyoqIFRoZSBsb25nZXN0IHJhbXBzLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9SQU1QX1VQLCBQRVJGT1JNQU5DRV9SQU1QX0RPV04pLiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9SQU1QX1VQX1MgPSAyNCAqIDM2MDA7XG5leHBvcnQgY29uc3QgTUFYX1JBTVBfRE9XTl9TID0gMzYwMDtcblxudHlwZSBSZWFkPFQ+ID0gKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBUKSA9PiBUO1xuXG5mdW5jdGlvbiByYXcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICByZXR1cm4gdmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmFpbChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbn1cblxuZnVuY3Rpb24gbnVtYmVySW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB3aGF0OiBzdHJpbmcsIGludGVnZXI6IGJvb2xlYW4pOiBSZWFkPG51bWJlcj4ge1xuICByZXR1cm4gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBgJHt3aGF0fSBmcm9tICR7bWlufSB0byAke21heH1gO1xuICAgIGlmICghL15bK10/XFxkKyhcXC5cXGQrKT8kLy50ZXN0KHZhbHVlKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIGNvbnN0IHBhcnNlZCA9IE51bWJlcih2YWx1ZSk7XG4gICAgaWYgKChpbnRlZ2VyICYmICFOdW1iZXIuaXNJbnRlZ2VyKHBhcnNlZCkpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICByZXR1cm4gcGFyc2VkO1xuICB9O1xufVxuXG4vKiogV2hvbGUgc2Vjb25kcywgZS5nLiA2MCAoYSB1bml0IHN1Y2ggYXMgXCI2MHNcIiBvciBcIjFtXCIgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkKS4gKi9cbmNvbnN0IHNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnLCB0cnVlKTtcbmNvbnN0IGNvdW50ID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlcicsIHRydWUpO1xuY29uc3QgbWlsbGlzID0gbnVtYmVySW4oMSwgM182MDBfMDAwLCAnbWlsbGlzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSk7XG5jb25zdCBmcmFjdGlvbiA9IG51bWJlckluKDAsIDEsICdhIGZyYWN0aW9uIChlLmcuIDAuOTUpJywgZmFsc2UpO1xuXG5jb25zdCB0ZXh0OiBSZWFkPHN0cmluZz4gPSAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHZhbHVlLnRyaW0oKSA9PT0gJycpIGZhaWwobmFtZSwgdmFsdWUsICdhIG5vbi1lbXB0eSB2YWx1ZScpO1xuICByZXR1cm4gdmFsdWU7XG59O1xuXG5mdW5jdGlvbiB1cmwoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IG1hdGNoID0gL14oaHR0cHM/KTpcXC9cXC8oW14vXFxzOl0rfFxcW1swLTlhLWZBLUY6XStcXF0pKDpcXGR7MSw1fSk/KFxcL1xcUyopPyQvLmV4ZWModmFsdWUpO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCAnYW4gaHR0cChzKSBVUkwgc3VjaCBhcyBodHRwOi8vMTI3LjAuMC4xOjgwMDAnKTtcbiAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuXG5mdW5jdGlvbiB3ZWlnaHRzKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyByZWd1bGFyOiA3MCwgcG93ZXI6IDIwLCBhZG1pbjogMTAgfTtcbiAgY29uc3QgcGFydHMgPSB2YWx1ZS5zcGxpdCgnLycpLm1hcCgocGFydCkgPT4gcGFydC50cmltKCkpO1xuICBjb25zdCBleHBlY3RlZCA9ICd0aHJlZSB3aG9sZSBwZXJjZW50YWdlcyByZWd1bGFyL3Bvd2VyL2FkbWluIHN1bW1pbmcgdG8gMTAwLCBlLmcuIDcwLzIwLzEwJztcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMyB8fCBwYXJ0cy5zb21lKChwYXJ0KSA9PiAhL15cXGQrJC8udGVzdChwYXJ0KSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgW3JlZ3VsYXIsIHBvd2VyLCBhZG1pbl0gPSBwYXJ0cy5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gIGlmIChyZWd1bGFyICsgcG93ZXIgKyBhZG1pbiAhPT0gMTAwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IHJlZ3VsYXIsIHBvd2VyLCBhZG1pbiB9O1xufVxuXG5mdW5jdGlvbiB0aGlua1RpbWUoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1sndGhpbmtUaW1lUyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IG1pbjogMSwgbWF4OiAzIH07XG4gIGNvbnN0IG1hdGNoID0gL14oXFxkKyg/OlxcLlxcZCspPykoPzotKFxcZCsoPzpcXC5cXGQrKT8pKT8kLy5leGVjKHZhbHVlKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAnc2Vjb25kcyBhcyBOIG9yIE1JTi1NQVggKGUuZy4gMS0zKSwgZWFjaCBhdCBtb3N0IDYwJztcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBtaW4gPSBOdW1iZXIobWF0Y2hbMV0pO1xuICBjb25zdCBtYXggPSBtYXRjaFsyXSA9PT0gdW5kZWZpbmVkID8gbWluIDogTnVtYmVyKG1hdGNoWzJdKTtcbiAgaWYgKG1heCA8IG1pbiB8fCBtYXggPiA2MCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyBtaW4sIG1heCB9O1xufVxuXG5mdW5jdGlvbiBmbGFnKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnIHx8IHZhbHVlID09PSAnZmFsc2UnIHx8IHZhbHVlID09PSAnMCcpIHJldHVybiBmYWxzZTtcbiAgaWYgKHZhbHVlID09PSAndHJ1ZScgfHwgdmFsdWUgPT09ICcxJykgcmV0dXJuIHRydWU7XG4gIHJldHVybiBmYWlsKG5hbWUsIHZhbHVlLCAndHJ1ZSBvciBmYWxzZScpO1xufVxuXG5mdW5jdGlvbiBob3N0TGlzdChlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiBbXTtcbiAgY29uc3QgaG9zdHMgPSB2YWx1ZS5zcGxpdCgnLCcpLm1hcCgoaG9zdCkgPT4gaG9zdC50cmltKCkudG9Mb3dlckNhc2UoKSk7XG4gIGlmIChob3N0cy5zb21lKChob3N0KSA9PiAhL14oXFxbWzAtOWEtZjpdK1xcXXxbYS16MC05LlxcLTpdKykkLy50ZXN0KGhvc3QpKSkge1xuICAgIGZhaWwobmFtZSwgdmFsdWUsICdhIGNvbW1hLXNlcGFyYXRlZCBsaXN0IG9mIGhvc3QgbmFtZXMgb3IgYWRkcmVzc2VzLCBlLmcuIHN0YWdpbmcuZXhhbXBsZS5jb20sMTAuMC4wLjUnKTtcbiAgfVxuICByZXR1cm4gaG9zdHM7XG59XG5cbmZ1bmN0aW9uIGNyZWRlbnRpYWxzKGVudjogRW52LCBwcmVmaXg6IHN0cmluZywgZmFsbGJhY2tFbWFpbDogc3RyaW5nLCBmYWxsYmFja1Bhc3N3b3JkOiBzdHJpbmcpOiBDcmVkZW50aWFscyB7XG4gIHJldHVybiB7XG4gICAgZW1haWw6IHRleHQoZW52LCBgJHtwcmVmaXh9X0VNQUlMYCwgZmFsbGJhY2tFbWFpbCksXG4gICAgcGFzc3dvcmQ6IHRleHQoZW52LCBgJHtwcmVmaXh9X1BBU1NXT1JEYCwgZmFsbGJhY2tQYXNzd29yZCksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBvb2xTcGVjKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiB1bmRlZmluZWQ7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHBhcnNlUG9vbFNwZWModmFsdWUsIG5hbWUpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihlcnJvciBpbnN0YW5jZW9mIFVzZXJzRmlsZUVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGRhdGFzZXQoZW52OiBFbnYpOiBDb25maWdbJ2RhdGFzZXQnXSB7XG4gIGNvbnN0IGNvdXJzZXMgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMnLCAyMCk7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEJywgTWF0aC5taW4oMSwgY291cnNlcykpO1xuICBpZiAoZ2VuZXJhdGVkID4gY291cnNlcylcbiAgICBmYWlsKCdQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCcsIFN0cmluZyhnZW5lcmF0ZWQpLCBgYXQgbW9zdCBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgKCR7Y291cnNlc30pYCk7XG4gIHJldHVybiB7IGNvdXJzZXMsIGdlbmVyYXRlZCwgcmVzZWVkOiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfUkVTRUVEJykgfTtcbn1cblxuLyoqIFJlYWRzIGFuZCB2YWxpZGF0ZXMgZXZlcnkgc2V0dGluZzsgdGhyb3dzIENvbmZpZ0Vycm9yIG5hbWluZyB0aGUgZmlyc3QgYmFkIHZhcmlhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ29uZmlnKGVudjogRW52KTogQ29uZmlnIHtcbiAgY29uc3QgZCA9IERFRkFVTFRfVEFSR0VUUztcbiAgY29uc3QgZHVyYXRpb25TID0gc2Vjb25kcygxLCA3ICogMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OJywgNjApO1xuICBjb25zdCByYW1wVXBTID0gc2Vjb25kcygwLCBNQVhfUkFNUF9VUF9TKShcbiAgICBlbnYsXG4gICAgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLFxuICAgIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSksXG4gICk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCBNQVhfUkFNUF9ET1dOX1MpKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTicsIE1hdGgubWluKDEwLCByYW1wVXBTKSksXG4gICAgd2VpZ2h0czogd2VpZ2h0cyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFMnKSxcbiAgICB0aGlua1RpbWVTOiB0aGlua1RpbWUoZW52LCAnUEVSRk9STUFOQ0VfVEhJTktfVElNRScpLFxuICAgIHBvbGxJbnRlcnZhbFM6IG51bWJlckluKDAuMSwgNjAsICdzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnR0VORVJBVElPTl9QT0xMX0lOVEVSVkFMJywgMSksXG4gICAgZ2VuZXJhdGlvblRpbWVvdXRTOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnR0VORVJBVElPTl9USU1FT1VUJywgMzAwKSxcbiAgICBjaGFwdGVyc1BlckNvdXJzZTogY291bnQoMSwgMjApKGVudiwgJ0dFTkVSQVRJT05fQ0hBUFRFUlMnLCAzKSxcbiAgICBzaWRlY2FyVXJsOiB1cmwoZW52LCAnU0lERUNBUl9VUkwnLCB1bmRlZmluZWQpLFxuICAgIHNpZGVjYXJTdHJpY3Q6IGZsYWcoZW52LCAnU0lERUNBUl9TVFJJQ1QnKSxcbiAgICBhbGxvd2VkSG9zdHM6IGhvc3RMaXN0KGVudiwgJ1BFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMnKSxcbiAgICB0YXJnZXRzOiB7XG4gICAgICBhcGlQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk1X01TJywgZC5hcGlQOTVNcyksXG4gICAgICBhcGlQOTlNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk5X01TJywgZC5hcGlQOTlNcyksXG4gICAgICBoZWFsdGhQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9IRUFMVEhfUDk1X01TJywgZC5oZWFsdGhQOTVNcyksXG4gICAgICBleHBvcnRQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9FWFBPUlRfUDk1X01TJywgZC5leHBvcnRQOTVNcyksXG4gICAgICBsb2dpblA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0xPR0lOX1A5NV9NUycsIGQubG9naW5QOTVNcyksXG4gICAgICBjaGFwdGVyUDk1TXM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdUSFJFU0hPTERfQ0hBUFRFUl9QOTVfUycsIGQuY2hhcHRlclA5NU1zIC8gMTAwMCkgKiAxMDAwLFxuICAgICAgc3VjY2Vzc1JhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9TVUNDRVNTX1JBVEUnLCBkLnN1Y2Nlc3NSYXRlKSxcbiAgICAgIGVycm9yUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX0VSUk9SX1JBVEUnLCBkLmVycm9yUmF0ZSksXG4gICAgICBkcm9wcGVkU2hhcmU6IG51bWJlckluKFxuICAgICAgICAwLFxuICAgICAgICAxLFxuICAgICAgICAnYSBzaGFyZSBvZiB0aGUgc2NoZWR1bGVkIGl0ZXJhdGlvbnMgKGUuZy4gMC4wMSknLFxuICAgICAgICBmYWxzZSxcbiAgICAgICkoZW52LCAnVEhSRVNIT0xEX0RST1BQRURfU0hBUkUnLCBkLmRyb3BwZWRTaGFyZSksXG4gICAgICBtZW1vcnlNYjogY291bnQoMSwgMV8wNDhfNTc2KShlbnYsICdQRVJGT1JNQU5DRV9NRU1PUllfTElNSVQnLCBkLm1lbW9yeU1iKSxcbiAgICAgIGNwdVBlcmNlbnQ6IG51bWJlckluKDEsIDEwMCwgJ2EgcGVyY2VudGFnZScsIGZhbHNlKShlbnYsICdQRVJGT1JNQU5DRV9DUFVfTElNSVQnLCBkLmNwdVBlcmNlbnQpLFxuICAgICAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlckluKFxuICAgICAgICAwLFxuICAgICAgICAxXzAwMF8wMDAsXG4gICAgICAgICdNQiBwZXIgbWludXRlIChhIG51bWJlciknLFxuICAgICAgICBmYWxzZSxcbiAgICAgICkoZW52LCAnVEhSRVNIT0xEX01FTU9SWV9HUk9XVEhfTUJfUEVSX01JTicsIGQubWVtb3J5R3Jvd3RoTWJQZXJNaW4pLFxuICAgIH0sXG4gICAgdXNlcnNGaWxlOiByYXcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRklMRScpIHx8IHVuZGVmaW5lZCxcbiAgICBkZW1vVXNlcnM6IHBvb2xTcGVjKGVudiwgJ0RFTU9fVVNFUlMnKSxcbiAgICB1c2Vyc0Rpc3RpbmN0OiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUJyksXG4gICAgZGF0YXNldDogZGF0YXNldChlbnYpLFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5mdW5jdGlvbiBob3N0T2YoYmFzZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmh0dHBzPzpcXC9cXC8oXFxbW15cXF1dK1xcXXxbXi86XSspL2kuZXhlYyhiYXNlVXJsKTtcbiAgcmV0dXJuIChtYXRjaD8uWzFdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xufVxuXG5mdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJ1s6OjFdJyB8fCBob3N0ID09PSAnOjoxJyB8fCAvXjEyN1xcLlxcZHsxLDN9XFwuXFxkezEsM31cXC5cXGR7MSwzfSQvLnRlc3QoaG9zdCk7XG59XG5cbi8qKlxuICogVGhlIHRhcmdldCBndWFyZDogYW4gZW50cnkgaGVhdmllciB0aGFuIHNtb2tlIHJlZnVzZXMgYSBob3N0IHRoYXQgaXMgbm90IGxvb3BiYWNrIHVubGVzcyBpdCBpc1xuICogYWxsb3ctbGlzdGVkLCBzbyBhIHR5cG8gaW4gQkFTRV9VUkwgY2Fubm90IGxvYWQtdGVzdCBwcm9kdWN0aW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWc6IENvbmZpZywgZW50cnk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBob3N0ID0gaG9zdE9mKGNvbmZpZy5iYXNlVXJsKTtcbiAgaWYgKGlzTG9vcGJhY2soaG9zdCkgfHwgY29uZmlnLmFsbG93ZWRIb3N0cy5pbmNsdWRlcyhob3N0KSkgcmV0dXJuO1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgYHJlZnVzaW5nIHRvIHJ1biBcIiR7ZW50cnl9XCIgYWdhaW5zdCAke2NvbmZpZy5iYXNlVXJsfTogJHtob3N0fSBpcyBub3QgYSBsb29wYmFjayBhZGRyZXNzLiBgICtcbiAgICAgIGBJZiB5b3UgbWVhbiB0byBsb2FkLXRlc3QgaXQsIGFsbG93IGl0IHdpdGggUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUz0ke2hvc3R9IChjb21tYS1zZXBhcmF0ZWQgbGlzdCkuYCxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIHNjZW5hcmlvJ3Mgb3duIG51bWVyaWMgc2V0dGluZyAoZS5nLiBTUElLRV9GQUNUT1IpLCB2YWxpZGF0ZWQgbGlrZSB0aGUgc2hhcmVkIG9uZXM6IGEgYmFkXG4gKiB2YWx1ZSBzdG9wcyB0aGUgcnVuIGF0IGluaXQgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSB2YXJpYWJsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudk51bWJlcihcbiAgZW52OiBFbnYsXG4gIG5hbWU6IHN0cmluZyxcbiAgZmFsbGJhY2s6IG51bWJlcixcbiAgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9LFxuKTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gVGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24sIHJlYWQgZnJvbSBrNidzIF9fRU5WIG9uY2UgYXQgaW5pdC4gQW4gaW52YWxpZCB2YWx1ZSB0aHJvd3MgaGVyZSwgc29cbi8vIGs2IHN0b3BzIGJlZm9yZSBzZXR1cCgpIGFuZCBiZWZvcmUgYW55IHJlcXVlc3QsIHdpdGggdGhlIHZhcmlhYmxlIG5hbWVkIGluIHRoZSBtZXNzYWdlLlxuaW1wb3J0IHsgYXNzZXJ0VGFyZ2V0QWxsb3dlZCwgdHlwZSBDb25maWcsIHBhcnNlQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgY29uc3QgY29uZmlnOiBDb25maWcgPSBwYXJzZUNvbmZpZyhfX0VOVik7XG5cbi8qKiBUaGUgY29uZmlndXJhdGlvbiBmb3IgYSBsb2FkLWdlbmVyYXRpbmcgZW50cnk6IHJlZnVzZXMgYSBub24tbG9vcGJhY2sgdGFyZ2V0IHRoYXQgaXMgbm90IGFsbG93LWxpc3RlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBndWFyZGVkQ29uZmlnKGVudHJ5OiBzdHJpbmcpOiBDb25maWcge1xuICBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZywgZW50cnkpO1xuICByZXR1cm4gY29uZmlnO1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBhbmQgdGVhcmRvd24oKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBjaGVja3Ncbi8vIG9uZSBhY2NvdW50IG9mIGVhY2ggY2xhc3MgKGEgd3JvbmcgcGFzc3dvcmQgc3RvcHMgdGhlIHJ1biBhdCBvbmNlKSwgcmVtb3ZlcyB3aGF0IGtpbGxlZCBydW5zXG4vLyBsZWZ0IGJlaGluZCwgbWFrZXMgc3VyZSB0aGUga2VwdCBkYXRhc2V0IGlzIHRoZXJlLCBhbmQgKGZvciBhcGkvYnJlYWtwb2ludCkgc2VlZHMgcnVuLXRhZ2dlZFxuLy8gY291cnNlcy4gVGVhcmRvd24gcmVtb3ZlcyBldmVyeXRoaW5nIHRoaXMgcnVuIGNyZWF0ZWQuIEl0IHN0b3BzIHRoZSBydW4gd2l0aCBhIG1lc3NhZ2UgdGhhdFxuLy8gc2F5cyB3aGF0IGlzIHdyb25nIGluc3RlYWQgb2YgbGV0dGluZyBWVXMgc2VuZCBhIG1pbnV0ZSBvZiBmYWlsaW5nIHJlcXVlc3RzLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBlbnN1cmVEYXRhc2V0LCB0eXBlIE93bmVyLCBxdWlldExvZ2luLCByZW1vdmVDb3Vyc2VzIH0gZnJvbSAnLi9kYXRhc2V0LnRzJztcbmltcG9ydCB7IGlzTGVmdG92ZXIsIG5ld1J1bklkLCBSVU5fVElUTEVfRklMVEVSIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB7IHBvb2wgfSBmcm9tICcuL3Bvb2wudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHR5cGUgUm9sZSwgdnVJZEJvdW5kIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIC8qKiBPbmUgbG9nZ2VkLWluIGFjY291bnQgcGVyIGNsYXNzICh0aGUgcG9vbCdzIGZpcnN0KTogc2V0dXAncyBjaGVja3MsIHNoYXJlZC10b2tlbiBlbnRyaWVzLCBjbGVhbnVwLiAqL1xuICB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICAvKiogUnVuLXRhZ2dlZCBnZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0b2tlbnMucmVndWxhcidzIGFjY291bnQsIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoXG4gICAgICBgdGhlIHBsYXRmb3JtIGRvZXMgbm90IGFuc3dlciBhdCAke3VybH0gKEdFVCwgJHtQUk9CRV9USU1FT1VUfSB0aW1lb3V0KTogJHtyZXMuZXJyb3IgfHwgJ25vIHJlc3BvbnNlJ30uIElzIGl0IHJ1bm5pbmc/IFNldCBCQVNFX1VSTCB0byBpdHMgYWRkcmVzcy5gLFxuICAgICk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KFxuICAgICAgYHRoZSBwbGF0Zm9ybSBhdCAke3VybH0gYW5zd2VyZWQgJHtyZXMuc3RhdHVzfSBpbnN0ZWFkIG9mIDIwMDogaXQgaXMgbm90IGhlYWx0aHksIG9yIEJBU0VfVVJMIHBvaW50cyBhdCBzb21ldGhpbmcgZWxzZS5gLFxuICAgICk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXRbcm9sZV0gPz8gY29uZmlnLnVzZXJzW3JvbGVdLnBhc3N3b3JkO1xufVxuXG4vKipcbiAqIExvZ3MgaW4gYXMgdGhlIGNsYXNzJ3MgZmlyc3QgYWNjb3VudDogdGhlIGNoZWNrIHRoYXQgYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UuXG4gKiBPdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGVuZHBvaW50OmxvZ2luIHRpbWVzIHRoZSBWVXMnIG93biBsb2dpbnMgdW5kZXIgbG9hZC5cbiAqL1xuZnVuY3Rpb24gbG9naW4oY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4sIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICBpZiAocG9vbC5zaXplc1tyb2xlXSA9PT0gMCkgYWJvcnQoYCR7cG9vbC5zb3VyY2V9IGhhcyBubyAke3JvbGV9IGFjY291bnQsIGFuZCB0aGlzIGVudHJ5IG5lZWRzIG9uZS5gKTtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudChyb2xlLCAwLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSk7XG4gIGNvbnN0IHJlc3VsdCA9IHF1aWV0TG9naW4oY29uZmlnLCBlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC50b2tlbikge1xuICAgIGNvbnN0IGVudlByZWZpeCA9IGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUmA7XG4gICAgY29uc3Qgd2hlcmUgPSBjb25maWcudXNlcnNGaWxlXG4gICAgICA/IGBpdHMgbGluZSBpbiAke2NvbmZpZy51c2Vyc0ZpbGV9YFxuICAgICAgOiBjb25maWcuZGVtb1VzZXJzXG4gICAgICAgID8gYCR7ZW52UHJlZml4fV9QQVNTV09SRCAodGhlIERFTU9fVVNFUlMgcG9vbCdzICR7cm9sZX0gcGFzc3dvcmQpYFxuICAgICAgICA6IGAke2VudlByZWZpeH1fRU1BSUwgYW5kICR7ZW52UHJlZml4fV9QQVNTV09SRGA7XG4gICAgYWJvcnQoYGxvZ2dpbmcgaW4gYXMgdGhlICR7cm9sZX0gdXNlciAoJHtlbWFpbH0pIGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlc3VsdC5zdGF0dXN9OiBjaGVjayAke3doZXJlfS5gKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0LnRva2VuO1xufVxuXG5mdW5jdGlvbiBzZWVkQ291cnNlcyhjbGllbnQ6IEFwaUNsaWVudCwgcnVuSWQ6IHN0cmluZywgY29uZmlnOiBDb25maWcpOiBJZFtdIHtcbiAgY29uc3Qgam9iczogSWRbXSA9IFtdO1xuICBjb25zdCBjb3Vyc2VJZHM6IElkW10gPSBbXTtcbiAgZm9yIChsZXQgbiA9IDA7IG4gPCBTRUVEX0NPVVJTRVM7IG4rKykge1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLFxuICAgICAgdG9waWM6ICdsb2FkIHRlc3RpbmcnLFxuICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICBjaGFwdGVyX2NvdW50OiAyLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpXG4gICAgICAgIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkXG4gKiBsaWtlIHRoZSBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNlxuICogcmVkYWN0cyB0aGVtIGZyb20gaXRzIGxvZ3MuIFRoZXkgYXBwbHkgdG8gdGhlIHNpbmdsZSBhY2NvdW50cyBhbmQgdG8gdGhlIERFTU9fVVNFUlMgcG9vbDsgYVxuICogdXNlcnMgZmlsZSBjYXJyaWVzIGl0cyBvd24gcGFzc3dvcmRzLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc2VjcmV0UGFzc3dvcmRzKCk6IFByb21pc2U8UGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4+IHtcbiAgY29uc3QgZm91bmQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+ID0ge307XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSBmb3VuZFtyb2xlXSA9IHBhc3N3b3JkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm8gc2VjcmV0IHNvdXJjZSBjb25maWd1cmVkLCBvciBubyBzdWNoIGtleToga2VlcCB0aGUgZW52aXJvbm1lbnQncyBwYXNzd29yZFxuICAgIH1cbiAgfVxuICByZXR1cm4gZm91bmQ7XG59XG5cbi8qKiBUaGUgYWNjb3VudHMgVlVzIG9mIHRoZSBjbGFzc2VzIHRoYXQgcmVhZCB0aGUgZGF0YXNldCBjYW4gdXNlOiB0aGUgZmlyc3QgbWluKHNpemUsIFZVIGlkcykgb2YgZWFjaC4gKi9cbmZ1bmN0aW9uIGRhdGFzZXRPd25lcnMoY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4pOiBPd25lcltdIHtcbiAgY29uc3QgdnVJZHMgPSB2dUlkQm91bmQoKGV4ZWMudGVzdC5vcHRpb25zLnNjZW5hcmlvcyA/PyB7fSkgYXMgdW5rbm93biBhcyBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pO1xuICBjb25zdCBvd25lcnM6IE93bmVyW10gPSBbXTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFsncmVndWxhcicsICdwb3dlciddIGFzIGNvbnN0KSB7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBNYXRoLm1pbihwb29sLnNpemVzW3JvbGVdLCB2dUlkcyk7IGkrKylcbiAgICAgIG93bmVycy5wdXNoKHsgcm9sZSwgLi4ucG9vbC5hY2NvdW50KHJvbGUsIGksIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKSB9KTtcbiAgfVxuICByZXR1cm4gb3duZXJzO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFByZXBhcmVPcHRpb25zIHtcbiAgLyoqIFNlZWQgcnVuLXRhZ2dlZCBnZW5lcmF0ZWQgY291cnNlcyBmb3IgZW50cmllcyB0aGF0IHJlYWQgc2hhcmVkIHJvd3MgKGFwaSwgYnJlYWtwb2ludCkuICovXG4gIHNlZWQ/OiBib29sZWFuO1xuICAvKiogTWFrZSBzdXJlIHRoZSBrZXB0IHBlci11c2VyIGRhdGFzZXQgaXMgdGhlcmUgKGVudHJpZXMgd2hvc2UgdXNlcnMgcmVhZCB0aGVpciBvd24gY291cnNlcykuICovXG4gIGRhdGFzZXQ/OiBib29sZWFuO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHJlcGFyZVJ1bihjb25maWc6IENvbmZpZywgb3B0aW9uczogUHJlcGFyZU9wdGlvbnMgPSB7fSk6IFByb21pc2U8UnVuRGF0YT4ge1xuICBwcm9iZShjb25maWcuYmFzZVVybCk7XG4gIGNvbnN0IHNlY3JldCA9IGF3YWl0IHNlY3JldFBhc3N3b3JkcygpO1xuICBjb25zdCBhbm9ueW1vdXMgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCB0b2tlbnMgPSB7fSBhcyBSZWNvcmQ8Um9sZSwgc3RyaW5nPjtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB0b2tlbnNbcm9sZV0gPSBsb2dpbihjb25maWcsIHNlY3JldCwgcm9sZSk7XG4gIGNvbnN0IHJ1bklkID0gbmV3UnVuSWQoKTtcbiAgY29uc3Qgc3dlcHQgPSByZW1vdmVDb3Vyc2VzKGNvbmZpZywgdG9rZW5zLmFkbWluLCBSVU5fVElUTEVfRklMVEVSLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIHJ1bklkLCBmYWxzZSkpO1xuICBpZiAoc3dlcHQgPiAwKSBjb25zb2xlLmxvZyhgc2V0dXA6IHJlbW92ZWQgJHtzd2VwdH0gY291cnNlKHMpIGxlZnQgYmVoaW5kIGJ5IGVhcmxpZXIgcnVuc2ApO1xuICBpZiAob3B0aW9ucy5kYXRhc2V0KSB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHIgPSBlbnN1cmVEYXRhc2V0KGNvbmZpZywgZGF0YXNldE93bmVycyhjb25maWcsIHNlY3JldCkpO1xuICAgICAgY29uc29sZS5sb2coXG4gICAgICAgIGBzZXR1cDogZGF0YXNldCBvZiAke2NvbmZpZy5kYXRhc2V0LmNvdXJzZXN9IGNvdXJzZShzKSBwZXIgYWNjb3VudCBmb3IgJHtyLmFjY291bnRzfSBhY2NvdW50KHMpOiAke3IucmV1c2VkfSByZXVzZWQsICR7ci5jcmVhdGVkfSBjb3Vyc2UocykgY3JlYXRlZCAoJHtyLmdlbmVyYXRlZH0gZ2VuZXJhdGVkKSwgJHtyLnJlbW92ZWR9IHJlbW92ZWQke3IucmV0cmllZCA+IDAgPyBgLCAke3IucmV0cmllZH0gcmVxdWVzdChzKSBzZW50IGFnYWluIGFmdGVyIG5vIGFuc3dlciBvciBhIDV4eGAgOiAnJ30sIGluICR7KChEYXRlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwKS50b0ZpeGVkKDEpfSBzYCxcbiAgICAgICk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGFib3J0KGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIC8vIE5vIHBhc3N3b3JkIGluIHRoZSByZXR1cm5lZCBkYXRhOiBrNiBjb3BpZXMgaXQgaW50byBldmVyeSBWVSBhbmQgaW50byBpdHMgc3VtbWFyeSBleHBvcnQuXG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuXG4vKiogVGVhcmRvd246IHJlbW92ZXMgZXZlcnkgY291cnNlIHRoaXMgcnVuIGNyZWF0ZWQgKFZVcyBkZWxldGUgdGhlaXIgb3duIGFzIHRoZXkgZ287IHRoaXMgY2F0Y2hlcyB0aGUgcmVzdCkuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2xlYW5VcFJ1bihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSB8IHVuZGVmaW5lZCk6IFByb21pc2U8dm9pZD4ge1xuICBpZiAoIWRhdGE/LnJ1bklkIHx8IHBvb2wuc2l6ZXMuYWRtaW4gPT09IDApIHJldHVybjtcbiAgY29uc3Qgc2VjcmV0ID0gYXdhaXQgc2VjcmV0UGFzc3dvcmRzKCk7XG4gIC8vIEEgZnJlc2ggbG9naW46IHNldHVwJ3MgdG9rZW4gbWF5IGhhdmUgZXhwaXJlZCBkdXJpbmcgYSBsb25nIHJ1bi5cbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudCgnYWRtaW4nLCAwLCBzZWNyZXQuYWRtaW4gPz8gY29uZmlnLnVzZXJzLmFkbWluLnBhc3N3b3JkKTtcbiAgY29uc3QgeyB0b2tlbiB9ID0gcXVpZXRMb2dpbihjb25maWcsIGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghdG9rZW4pIHtcbiAgICBjb25zb2xlLmVycm9yKFxuICAgICAgYHRlYXJkb3duOiBjb3VsZCBub3QgbG9nIGluIGFzICR7ZW1haWx9IHRvIHJlbW92ZSB0aGlzIHJ1bidzIGNvdXJzZXMgKHRpdGxlcyBjb250YWluaW5nICR7ZGF0YS5ydW5JZH0pOyB0aGUgbmV4dCBydW4gcmVtb3ZlcyB0aGVtYCxcbiAgICApO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCByZW1vdmVkID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2VuLCBkYXRhLnJ1bklkLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIGRhdGEucnVuSWQsIHRydWUpKTtcbiAgaWYgKHJlbW92ZWQgPiAwKSBjb25zb2xlLmxvZyhgdGVhcmRvd246IHJlbW92ZWQgJHtyZW1vdmVkfSBjb3Vyc2UocykgdGhpcyBydW4gY3JlYXRlZGApO1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBSb2xlIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB0eXBlIHsgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyB0eXBlIElkLCBwYXRocywgcmVxdWVzdFRhZ3MgfSBmcm9tICcuL3JvdXRlcy50cyc7XG5cbmV4cG9ydCB0eXBlIHsgSWQgfTtcbmV4cG9ydCB0eXBlIExldmVsID0gJ2JlZ2lubmVyJyB8ICdpbnRlcm1lZGlhdGUnIHwgJ2FkdmFuY2VkJztcbmV4cG9ydCB0eXBlIEpvYlN0YXR1cyA9ICdxdWV1ZWQnIHwgJ3J1bm5pbmcnIHwgJ2NvbXBsZXRlZCcgfCAnZmFpbGVkJztcbmV4cG9ydCB0eXBlIEV4cG9ydEZvcm1hdCA9ICdqc29uJyB8ICdtYXJrZG93bicgfCAnaHRtbCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlclN1bW1hcnkge1xuICBpbmRleDogbnVtYmVyO1xuICB0aXRsZTogc3RyaW5nO1xuICBzdGF0dXM6IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHtcbiAgaXRlbXM6IENvdXJzZVtdO1xuICB0b3RhbDogbnVtYmVyO1xuICBsaW1pdDogbnVtYmVyO1xuICBvZmZzZXQ6IG51bWJlcjtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgTmV3Q291cnNlIHtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGxhbmd1YWdlPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBKb2JDaGFwdGVyIHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgc3RhdHVzOiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbDtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7XG4gIGluZGV4OiBudW1iZXI7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIGNvbnRlbnQ6IHN0cmluZztcbiAgd29yZF9jb3VudDogbnVtYmVyO1xufVxuZXhwb3J0IGludGVyZmFjZSBMb2dpbiB7XG4gIGFjY2Vzc190b2tlbjogc3RyaW5nO1xuICB0b2tlbl90eXBlOiBzdHJpbmc7XG4gIHJvbGU6IFJvbGU7XG4gIGV4cGlyZXNfaW46IG51bWJlcjtcbn1cblxuLyoqXG4gKiBXaGF0IGV2ZXJ5IGNhbGwgcmV0dXJuczogd2hldGhlciBpdHMgY2hlY2tzIHBhc3NlZCwgdGhlIHN0YXR1cywgYW5kIHRoZSBib2R5IHdoZW4gaXQgaGFkIHRoZVxuICogcmlnaHQgc2hhcGUuIFRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkOiBtb3N0IGNhbGxlcnMgb25seSBuZWVkIGBva2AsIGFuZCBrNidzIEpTT04ucGFyc2VcbiAqIGJ1aWxkcyBldmVyeSBvYmplY3Qgb2YgYSBsaXN0IGluIEpTIOKAlCBhIHF1YXJ0ZXIgb2YgazYncyBDUFUgaW4gdGhlIHJlZ3VsYXItdXNlciB3b3JrZmxvdyBiZWZvcmVcbiAqIHRoaXMgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0PFQ+IHtcbiAgb2s6IGJvb2xlYW47XG4gIHN0YXR1czogbnVtYmVyO1xuICByZWFkb25seSBib2R5OiBUIHwgdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGZpZWxkIG9mIGEgSlNPTiBib2R5IGJ5IGEgazYgc2VsZWN0b3IgKGBpdGVtcy4jYCwgYGlkYCk6IHJlYWQgaW4gR28sIG5vIEpTIG9iamVjdCBidWlsdCBmb3IgdGhlIHJlc3QuICovXG5leHBvcnQgdHlwZSBGaWVsZCA9IChwYXRoOiBzdHJpbmcpID0+IHVua25vd247XG4vKiogQSBib2R5LXNoYXBlIHRlc3Qgb3ZlciBzZWxlY3RlZCBmaWVsZHM7IFQgaXMgdGhlIGJvZHkgdHlwZSBpdCB2b3VjaGVzIGZvci4gKi9cbmV4cG9ydCB0eXBlIFNoYXBlPFQ+ID0gKChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pICYgeyByZWFkb25seSB2b3VjaGVzRm9yPzogVCB9O1xuY29uc3Qgc2hhcGUgPSA8VD4odGVzdDogKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbik6IFNoYXBlPFQ+ID0+IHRlc3Q7XG5cbmNvbnN0IGlzSWQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2ID09PSAnbnVtYmVyJztcbmNvbnN0IGlzQ291bnQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdudW1iZXInOyAvLyBgPGFycmF5Pi4jYCBpcyBhIG51bWJlciBvbmx5IGZvciBhbiBhcnJheVxuXG5jb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqXG4gKiBXaGV0aGVyIHRoZSBhbnN3ZXIgY2xhaW1zIHRvIGJlIEpTT04gYXQgYWxsIChhbiBIVE1MIGVycm9yIHBhZ2UgaXMgYSBmYWlsZWQgY2hlY2ssIG5vdCBhblxuICogZXhjZXB0aW9uKS4gVGhlIGJvZHkgaXRzZWxmIGlzIG5vdCByZWFkIGhlcmU6IGFuIGVtcHR5IG9yIHVucGFyc2FibGUgb25lIHJlYWRzIGFzIGhhdmluZyBub1xuICogZmllbGRzLCB3aGljaCBmYWlscyB0aGUgc2hhcGUsIGFuZCByZWFkaW5nIGl0IHdvdWxkIGNvcHkgZXZlcnkgYm9keSBpbnRvIEphdmFTY3JpcHQuXG4gKi9cbmZ1bmN0aW9uIGlzSnNvbihyZXM6IFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gIHJldHVybiBTdHJpbmcocmVzLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID8/ICcnKS5pbmNsdWRlcygnanNvbicpO1xufVxuXG4vKiogVGhlIHJlc3BvbnNlIHRoZSBzaGFwZSBjaGVjayBpcyByZWFkaW5nOiBvbmUgZmllbGQgcmVhZGVyIHBlciBWVSwgbm90IGEgY2xvc3VyZSBwZXIgcmVxdWVzdC4gKi9cbmxldCByZWFkaW5nOiBSZXNwb25zZSB8IHVuZGVmaW5lZDtcbi8qKiBGaWVsZCByZWFkZXIgb3ZlciBrNidzIHNlbGVjdG9yOyBhIGJvZHkgdGhhdCBpcyBub3QgdmFsaWQgSlNPTiByZWFkcyBhcyBoYXZpbmcgbm8gZmllbGRzLiAqL1xuY29uc3QgcmVhZEZpZWxkOiBGaWVsZCA9IChwYXRoKSA9PiB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRpbmchLmpzb24ocGF0aCkgPz8gdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59O1xuXG4vKiogQSBjYWxsJ3MgUmVzdWx0OyB0aGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZCAoYSBwcm90b3R5cGUgZ2V0dGVyOiBubyBjbG9zdXJlcyBwZXIgcmVxdWVzdCkuICovXG5jbGFzcyBMYXp5UmVzdWx0PFQ+IGltcGxlbWVudHMgUmVzdWx0PFQ+IHtcbiAgcHJpdmF0ZSBwYXJzZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSB2YWx1ZTogVCB8IHVuZGVmaW5lZDtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgb2s6IGJvb2xlYW4sXG4gICAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSByZXM6IFJlc3BvbnNlIHwgdW5kZWZpbmVkLFxuICApIHt9XG5cbiAgZ2V0IGJvZHkoKTogVCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMucmVzICYmICF0aGlzLnBhcnNlZCkge1xuICAgICAgdGhpcy52YWx1ZSA9IHBhcnNlSnNvbih0aGlzLnJlcy5ib2R5KSBhcyBUO1xuICAgICAgdGhpcy5wYXJzZWQgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy52YWx1ZTtcbiAgfVxufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24oYm9keTogdW5rbm93bik6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKGJvZHkgYXMgc3RyaW5nKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vLyBDYWNoZXMgb24gdGhpcyBwYXRoIGFyZSBwbGFpbiBvYmplY3RzLCBub3QgTWFwOiBldmVyeSBWVSBoYXMgaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIGFuZCB0aGVcbi8vIGZpcnN0IE1hcCBhIHJ1bnRpbWUgdXNlcyBidWlsZHMgTWFwJ3MgY29uc3RydWN0b3IgYW5kIHByb3RvdHlwZSBpbiBpdCAofjEwIEtCIHBlciBWVSwgYmVuY2gvKS5cbi8vIE9uZSBjYWxsYmFjayBwZXIgc3RhdHVzLCBtYWRlIG9uY2U6IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcygpIGFsbG9jYXRlcywgYW5kIHRoaXMgaXMgZXZlcnkgcmVxdWVzdCdzIHBhdGguXG5jb25zdCBzdGF0dXNDYWxsYmFja3M6IFJlY29yZDxudW1iZXIsIFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4+ID0ge307XG5mdW5jdGlvbiBleHBlY3RTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+IHtcbiAgbGV0IGNhbGxiYWNrID0gc3RhdHVzQ2FsbGJhY2tzW3N0YXR1c107XG4gIGlmIChjYWxsYmFjayA9PT0gdW5kZWZpbmVkKSB7XG4gICAgY2FsbGJhY2sgPSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKTtcbiAgICBzdGF0dXNDYWxsYmFja3Nbc3RhdHVzXSA9IGNhbGxiYWNrO1xuICB9XG4gIHJldHVybiBjYWxsYmFjaztcbn1cblxuLyoqIFNlZXMgZXZlcnkgQVBJIHJlcXVlc3QncyBkdXJhdGlvbiBhbmQgb3V0Y29tZTogaG93IHNjZW5hcmlvcyBtZWFzdXJlIGxhdGVuY3kgcGVyIHBoYXNlLiAqL1xuZXhwb3J0IHR5cGUgUmVxdWVzdE9ic2VydmVyID0gKGVuZHBvaW50OiBFbmRwb2ludCwgZHVyYXRpb25NczogbnVtYmVyLCBvazogYm9vbGVhbikgPT4gdm9pZDtcbmxldCBvYnNlcnZlcjogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkO1xuZXhwb3J0IGZ1bmN0aW9uIG9ic2VydmVSZXF1ZXN0cyhuZXh0OiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgb2JzZXJ2ZXIgPSBuZXh0O1xufVxuXG4vKiogV2hhdCBhIHJlcXVlc3QncyBjaGVja3MgbG9vayBhdDsgb25lIG9iamVjdCBwZXIgVlUsIHJldXNlZCwgc28gYSByZXF1ZXN0IGFsbG9jYXRlcyBubyBjaGVjayBjbG9zdXJlcy4gKi9cbmludGVyZmFjZSBPdXRjb21lIHtcbiAgc3RhdHVzT2s6IGJvb2xlYW47XG4gIHNoYXBlT2s6IGJvb2xlYW47XG59XG5jb25zdCBvdXRjb21lOiBPdXRjb21lID0geyBzdGF0dXNPazogZmFsc2UsIHNoYXBlT2s6IGZhbHNlIH07XG5cbnR5cGUgQ2hlY2tzID0gUmVjb3JkPHN0cmluZywgKG86IE91dGNvbWUpID0+IGJvb2xlYW4+O1xuLy8gS2V5ZWQgYnkgZW5kcG9pbnQgYWxvbmU6IGVhY2ggQXBpQ2xpZW50IG1ldGhvZCBmaXhlcyBpdHMgZW5kcG9pbnQncyBleHBlY3RlZCBzdGF0dXMsIHNoYXBlIGFuZCBwYXlsb2FkLlxuY29uc3QgY2hlY2tTZXRzOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgeyBjaGVja3M6IENoZWNrczsgdGFnczogeyBlbmRwb2ludDogRW5kcG9pbnQgfSB9Pj4gPSB7fTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0c1tlbmRwb2ludF07XG4gIGlmICghc2V0KSB7XG4gICAgY29uc3QgY2hlY2tzOiBDaGVja3MgPSB7IFtgJHtlbmRwb2ludH06IHN0YXR1cyBpcyAke2V4cGVjdGVkfWBdOiAobykgPT4gby5zdGF0dXNPayB9O1xuICAgIGlmICh3aXRoU2hhcGUpIGNoZWNrc1tgJHtlbmRwb2ludH06IGJvZHkgaGFzIHRoZSBleHBlY3RlZCBzaGFwZWBdID0gKG8pID0+ICFvLnN0YXR1c09rIHx8IG8uc2hhcGVPaztcbiAgICBzZXQgPSB7IGNoZWNrcywgdGFnczogeyBlbmRwb2ludCB9IH07XG4gICAgY2hlY2tTZXRzW2VuZHBvaW50XSA9IHNldDtcbiAgfVxuICByZXR1cm4gc2V0O1xufVxuXG50eXBlIFBhcmFtcyA9IE5vbk51bGxhYmxlPFBhcmFtZXRlcnM8dHlwZW9mIGh0dHAucmVxdWVzdD5bM10+O1xuXG5leHBvcnQgY2xhc3MgQXBpQ2xpZW50IHtcbiAgLyoqIFNldCB3aGVuIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDE6IHRoZSBzZXNzaW9uIGxheWVyIGxvZ3MgaW4gYWdhaW4gYmVmb3JlIHRoZSBuZXh0IHN0ZXAuICovXG4gIHVuYXV0aG9yaXplZCA9IGZhbHNlO1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXQ6IHN0cmluZztcbiAgLyoqIFJlcXVlc3QgcGFyYW1zIHBlciBlbmRwb2ludCAoaGVhZGVycywgdGFncywgdGltZW91dCwgZXhwZWN0ZWQgc3RhdHVzKSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgcGFyYW1zOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUGFyYW1zPj4gPSB7fTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbiwgcmVhZHNCb2R5OiBib29sZWFuKTogUGFyYW1zIHtcbiAgICBsZXQgcGFyYW1zID0gdGhpcy5wYXJhbXNbZW5kcG9pbnRdO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0ge1xuICAgICAgICBoZWFkZXJzLFxuICAgICAgICB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksXG4gICAgICAgIHRpbWVvdXQ6IHRoaXMudGltZW91dCxcbiAgICAgICAgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSxcbiAgICAgIH07XG4gICAgICAvLyBBIGJvZHkgbm9ib2R5IGNoZWNrcyBvciByZWFkcyAoREVMRVRFJ3MgMjA0LCBhbiBleHBvcnQgZG9jdW1lbnQpIGlzIG5vdCBjb3BpZWQgaW50byBKYXZhU2NyaXB0LlxuICAgICAgaWYgKCFyZWFkc0JvZHkpIHBhcmFtcy5yZXNwb25zZVR5cGUgPSAnbm9uZSc7XG4gICAgICB0aGlzLnBhcmFtc1tlbmRwb2ludF0gPSBwYXJhbXM7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QoXG4gICAgICBtZXRob2QsXG4gICAgICBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsXG4gICAgICB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCxcbiAgICAgIHRoaXMucGFyYW1zRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgd2l0aFBheWxvYWQsIHNoYXBlICE9PSB1bmRlZmluZWQpLFxuICAgICk7XG4gICAgLy8gRWFjaCBwcm9wZXJ0eSByZWFkIG9mIGEgazYgcmVzcG9uc2UgY3Jvc3NlcyBpbnRvIEdvIGFuZCBidWlsZHMgYSBKUyB2YWx1ZTogcmVhZCBlYWNoIG9uY2UuXG4gICAgY29uc3Qgc3RhdHVzID0gcmVzLnN0YXR1cztcbiAgICBjb25zdCBzdGF0dXNPayA9IHN0YXR1cyA9PT0gZXhwZWN0ZWQ7XG4gICAgaWYgKHN0YXR1cyA9PT0gNDAxKSB0aGlzLnVuYXV0aG9yaXplZCA9IHRydWU7XG4gICAgLy8gQSB3cm9uZyBzdGF0dXMgZmFpbHMgdGhlIHNoYXBlIGNoZWNrIHRvbywgYXMgcmVhZGluZyB0aGF0IGJvZHkgd291bGQgKGFuIGVycm9yIGJvZHkgaXMgbm90IHRoZVxuICAgIC8vIHJlc291cmNlKSwgd2l0aG91dCBwYXlpbmcgZm9yIHRoZSByZWFkLlxuICAgIGxldCBzaGFwZU9rID0gIXNoYXBlO1xuICAgIGlmIChzaGFwZSAmJiBzdGF0dXNPaykge1xuICAgICAgcmVhZGluZyA9IHJlcztcbiAgICAgIHNoYXBlT2sgPSBpc0pzb24ocmVzKSAmJiBzaGFwZShyZWFkRmllbGQpO1xuICAgICAgcmVhZGluZyA9IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgb3V0Y29tZS5zdGF0dXNPayA9IHN0YXR1c09rO1xuICAgIG91dGNvbWUuc2hhcGVPayA9IHNoYXBlT2s7XG4gICAgY29uc3QgeyBjaGVja3MsIHRhZ3MgfSA9IGNoZWNrc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHNoYXBlICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IG9rID0gY2hlY2sob3V0Y29tZSwgY2hlY2tzLCB0YWdzKTtcbiAgICBjb25zdCBhbGxPayA9IG9rICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgb2JzZXJ2ZXI/LihlbmRwb2ludCwgcmVzLnRpbWluZ3MuZHVyYXRpb24sIGFsbE9rKTtcbiAgICByZXR1cm4gbmV3IExhenlSZXN1bHQ8VD4oYWxsT2ssIHN0YXR1cywgc2hhcGUgJiYgc3RhdHVzT2sgJiYgc2hhcGVPayA/IHJlcyA6IHVuZGVmaW5lZCk7XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIC8vIEEgbG9vcCByYXRoZXIgdGhhbiBlbnRyaWVzL2ZpbHRlci9tYXAvam9pbjogdGhpcyBpcyB0aGUgbW9zdCBmcmVxdWVudCByZXF1ZXN0LCBhbmQgZWFjaCBvZlxuICAgIC8vIHRob3NlIGlzIGEgcGVyLXJlcXVlc3QgYXJyYXkgYW5kIGEgYnVpbHQtaW4gZXZlcnkgVlUncyBydW50aW1lIHdvdWxkIGJ1aWxkLlxuICAgIGxldCBzZWFyY2ggPSAnJztcbiAgICBmb3IgKGNvbnN0IGtleSBpbiBxdWVyeSkge1xuICAgICAgY29uc3QgdmFsdWUgPSBxdWVyeVtrZXkgYXMga2V5b2YgdHlwZW9mIHF1ZXJ5XTtcbiAgICAgIGlmICh2YWx1ZSAhPT0gdW5kZWZpbmVkKSBzZWFyY2ggKz0gYCR7c2VhcmNoID8gJyYnIDogJz8nfSR7a2V5fT0ke2VuY29kZVVSSUNvbXBvbmVudChTdHJpbmcodmFsdWUpKX1gO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VzX2xpc3QnLCAnR0VUJywgYCR7cGF0aHMuY291cnNlcygpfSR7c2VhcmNofWAsIDIwMCwgc2hhcGVzLmNvdXJzZUxpc3QpO1xuICB9XG5cbiAgY3JlYXRlQ291cnNlKGNvdXJzZTogTmV3Q291cnNlKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9jcmVhdGUnLCAnUE9TVCcsIHBhdGhzLmNvdXJzZXMoKSwgMjAxLCBzaGFwZXMuY291cnNlLCBjb3Vyc2UpO1xuICB9XG5cbiAgZ2V0Q291cnNlKGlkOiBJZCk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2V0JywgJ0dFVCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZVdpdGhDaGFwdGVycyk7XG4gIH1cblxuICB1cGRhdGVDb3Vyc2UoaWQ6IElkLCBjaGFuZ2VzOiBQYXJ0aWFsPE5ld0NvdXJzZT4pOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX3VwZGF0ZScsICdQQVRDSCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZSwgY2hhbmdlcyk7XG4gIH1cblxuICBkZWxldGVDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9kZWxldGUnLCAnREVMRVRFJywgcGF0aHMuY291cnNlKGlkKSwgMjA0LCB1bmRlZmluZWQpO1xuICB9XG5cbiAgZ2VuZXJhdGUoaWQ6IElkKTogUmVzdWx0PHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZW5lcmF0ZScsICdQT1NUJywgcGF0aHMuZ2VuZXJhdGUoaWQpLCAyMDIsIHNoYXBlcy5qb2JBY2NlcHRlZCwge30pO1xuICB9XG5cbiAgZ2V0Sm9iKGpvYklkOiBJZCk6IFJlc3VsdDxKb2I+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdqb2JfZ2V0JywgJ0dFVCcsIHBhdGhzLmpvYihqb2JJZCksIDIwMCwgc2hhcGVzLmpvYik7XG4gIH1cblxuICBnZXRDaGFwdGVyKGlkOiBJZCwgaW5kZXg6IG51bWJlcik6IFJlc3VsdDxDaGFwdGVyPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY2hhcHRlcl9nZXQnLCAnR0VUJywgcGF0aHMuY2hhcHRlcihpZCwgaW5kZXgpLCAyMDAsIHNoYXBlcy5jaGFwdGVyKTtcbiAgfVxuXG4gIGV4cG9ydENvdXJzZShpZDogSWQsIGZvcm1hdDogRXhwb3J0Rm9ybWF0KTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9leHBvcnQnLCAnR0VUJywgYCR7cGF0aHMuZXhwb3J0Q291cnNlKGlkKX0/Zm9ybWF0PSR7Zm9ybWF0fWAsIDIwMCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGFkbWluU3RhdHMoKTogUmVzdWx0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fc3RhdHMnLCAnR0VUJywgcGF0aHMuYWRtaW5TdGF0cygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Kb2JzKGxpbWl0ID0gMjApOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX2pvYnMnLCAnR0VUJywgYCR7cGF0aHMuYWRtaW5Kb2JzKCl9P2xpbWl0PSR7bGltaXR9YCwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluVXNlcnMoKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl91c2VycycsICdHRVQnLCBwYXRocy5hZG1pblVzZXJzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgYnkgc3RhYmxlIG5hbWU6IHRoZSBgZW5kcG9pbnRgIHRhZyBvbiBldmVyeSByZXF1ZXN0LCB0aGUga2V5IG9mXG4vLyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0IHJvd3MsIGFuZCB0aGUgcm91dGUgbmFtZXMgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX0ZBVUxUUyB1c2UuXG5leHBvcnQgY29uc3QgRU5EUE9JTlRTID0gW1xuICAnaGVhbHRoJyxcbiAgJ2xvZ2luJyxcbiAgJ2NvdXJzZXNfbGlzdCcsXG4gICdjb3Vyc2VfY3JlYXRlJyxcbiAgJ2NvdXJzZV9nZXQnLFxuICAnY291cnNlX3VwZGF0ZScsXG4gICdjb3Vyc2VfZGVsZXRlJyxcbiAgJ2NvdXJzZV9nZW5lcmF0ZScsXG4gICdqb2JfZ2V0JyxcbiAgJ2NoYXB0ZXJfZ2V0JyxcbiAgJ2NvdXJzZV9leHBvcnQnLFxuICAnYWRtaW5fc3RhdHMnLFxuICAnYWRtaW5fam9icycsXG4gICdhZG1pbl91c2VycycsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSBFbmRwb2ludCA9ICh0eXBlb2YgRU5EUE9JTlRTKVtudW1iZXJdO1xuXG4vKiogVGFnIHZhbHVlIHRoYXQgc2VwYXJhdGVzIHRoZSBwbGF0Zm9ybSdzIEFQSSB0cmFmZmljIGZyb20gdGhlIHN1aXRlJ3Mgb3duIGNhbGxzIChlLmcuIHRoZSBzaWRlY2FyKS4gKi9cbmV4cG9ydCBjb25zdCBBUElfU0NPUEUgPSAnYXBpJztcbiIsICIvLyBQYXRocyBhbmQgcmVxdWVzdCB0YWdzIG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSwgaW4gb25lIHBsYWNlLiBQdXJlIChubyBrNiBpbXBvcnRzKSwgc28gdGhlXG4vLyBtYXBwaW5nIGZyb20gZW5kcG9pbnQgdG8gcGF0aCBhbmQgdGFncyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuXG5leHBvcnQgdHlwZSBJZCA9IHN0cmluZyB8IG51bWJlcjtcblxuY29uc3Qgc2VnID0gKGlkOiBJZCk6IHN0cmluZyA9PiBlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKGlkKSk7XG5cbmV4cG9ydCBjb25zdCBwYXRocyA9IHtcbiAgaGVhbHRoOiAoKSA9PiAnL2hlYWx0aCcsXG4gIGxvZ2luOiAoKSA9PiAnL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlczogKCkgPT4gJy9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9YCxcbiAgZ2VuZXJhdGU6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9nZW5lcmF0ZWAsXG4gIGpvYjogKGlkOiBJZCkgPT4gYC9hcGkvdjEvam9icy8ke3NlZyhpZCl9YCxcbiAgY2hhcHRlcjogKGlkOiBJZCwgaW5kZXg6IG51bWJlcikgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2NoYXB0ZXJzLyR7aW5kZXh9YCxcbiAgZXhwb3J0Q291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZXhwb3J0YCxcbiAgYWRtaW5TdGF0czogKCkgPT4gJy9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbkpvYnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pblVzZXJzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi91c2VycycsXG59IGFzIGNvbnN0O1xuXG4vKiogVGhlIGBuYW1lYCB0YWc6IHRoZSBwYXRoIHRlbXBsYXRlLCBzbyBVUkxzIHdpdGggaWRzIGNvbGxhcHNlIGludG8gb25lIHNlcmllcyBwZXIgcm91dGUuICovXG5jb25zdCByb3V0ZU5hbWVzOiBSZWNvcmQ8RW5kcG9pbnQsIHN0cmluZz4gPSB7XG4gIGhlYWx0aDogJ0dFVCAvaGVhbHRoJyxcbiAgbG9naW46ICdQT1NUIC9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXNfbGlzdDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfY3JlYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX3VwZGF0ZTogJ1BBVENIIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2RlbGV0ZTogJ0RFTEVURSAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9nZW5lcmF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZ2VuZXJhdGUnLFxuICBqb2JfZ2V0OiAnR0VUIC9hcGkvdjEvam9icy97am9iX2lkfScsXG4gIGNoYXB0ZXJfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2NoYXB0ZXJzL3tpbmRleH0nLFxuICBjb3Vyc2VfZXhwb3J0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2V4cG9ydCcsXG4gIGFkbWluX3N0YXRzOiAnR0VUIC9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbl9qb2JzOiAnR0VUIC9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluX3VzZXJzOiAnR0VUIC9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufTtcblxuLy8gZm9yLWluLCBub3QgT2JqZWN0LmVudHJpZXMvZnJlZXplOiB0aGlzIHJ1bnMgaW4gZXZlcnkgVlUncyBydW50aW1lLCBhbmQgZWFjaCBidWlsdC1pbiBpdFxuLy8gdG91Y2hlcyBpcyBidWlsdCB0aGVyZSAoUmVhZG9ubHkga2VlcHMgdGhlIHRhZ3MgdW5jaGFuZ2VkIGF0IGNvbXBpbGUgdGltZSkuXG5jb25zdCB0YWdzQnlFbmRwb2ludDogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+Pj4gPSB7fTtcbmZvciAoY29uc3QgZW5kcG9pbnQgaW4gcm91dGVOYW1lcykge1xuICB0YWdzQnlFbmRwb2ludFtlbmRwb2ludCBhcyBFbmRwb2ludF0gPSB7IGVuZHBvaW50LCBzY29wZTogQVBJX1NDT1BFLCBuYW1lOiByb3V0ZU5hbWVzW2VuZHBvaW50IGFzIEVuZHBvaW50XSB9O1xufVxuXG4vKiogVGhlIHRhZ3Mgb2YgZXZlcnkgcmVxdWVzdCB0byBgZW5kcG9pbnRgOiBtYWRlIG9uY2UsIG5vdCBwZXIgcmVxdWVzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXF1ZXN0VGFncyhlbmRwb2ludDogRW5kcG9pbnQpOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIHJldHVybiB0YWdzQnlFbmRwb2ludFtlbmRwb2ludF0hO1xufVxuIiwgIi8vIFRoZSBrZXB0IGRhdGFzZXQ6IFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyBjb3Vyc2VzIHBlciByZWd1bGFyL3Bvd2VyIGFjY291bnQsIHRoZSBmaXJzdFxuLy8gUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQgb2YgZWFjaCByZWd1bGFyIGFjY291bnQgZ2VuZXJhdGVkIChvbmUgY2hhcHRlciksIHNvIGxpc3RzIGFuZFxuLy8gcGFnaW5hdGlvbiBhcmUgbm90IHRyaXZpYWxseSBzbWFsbCBhbmQgcmVhZHMgc3ByZWFkIG92ZXIgbWFueSByb3dzLCBlYWNoIHVzZXIgcmVhZGluZyBvbmx5XG4vLyB0aGVpciBvd24uIE1hZGUgaW4gc2V0dXAgKG91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdzogaXRzIHJlcXVlc3RzIGNhcnJ5IHNjb3BlPXNldHVwIGFuZCBub1xuLy8gZW5kcG9pbnQgdGFnLCBzbyBubyBnYXRlIHNlZXMgdGhlbSksIHdpdGggYXQgbW9zdCBDT05DVVJSRU5DWSByZXF1ZXN0cyBpbiBmbGlnaHQsIGFuZCByZXVzZWQgYnlcbi8vIGxhdGVyIHJ1bnMgd2hlbiBpdCBpcyBhbHJlYWR5IHRoZXJlIChQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRD10cnVlIC8gLS1yZXNlZWQ6IG1hZGUgYW5ldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgQmF0Y2hSZXF1ZXN0LCB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyB0eXBlIElkLCBwYXRocyB9IGZyb20gJy4uL2h0dHAvcm91dGVzLnRzJztcbmltcG9ydCB7IERBVEFTRVRfVElUTEUsIGRhdGFzZXRUaXRsZSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgdHlwZSB7IEFjY291bnQsIFJvbGUgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmNvbnN0IENPTkNVUlJFTkNZID0gMTY7XG5jb25zdCBMSVNUX0xJTUlUID0gMTAwO1xuXG5leHBvcnQgaW50ZXJmYWNlIE93bmVyIGV4dGVuZHMgQWNjb3VudCB7XG4gIHJvbGU6IFJvbGU7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRGF0YXNldFJlcG9ydCB7XG4gIGFjY291bnRzOiBudW1iZXI7XG4gIGNyZWF0ZWQ6IG51bWJlcjtcbiAgcmV1c2VkOiBudW1iZXI7XG4gIHJlbW92ZWQ6IG51bWJlcjtcbiAgZ2VuZXJhdGVkOiBudW1iZXI7XG4gIC8qKiBSZXF1ZXN0cyBzZW50IGFnYWluIGFmdGVyIG5vIGFuc3dlciBvciBhIDV4eC4gKi9cbiAgcmV0cmllZDogbnVtYmVyO1xufVxuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8vIFNpeCB0cmllcyB3aXRoIGRvdWJsaW5nIHBhdXNlcyAoMC4yIOKApiAzLjIgcywgNi4yIHMgaW4gYWxsKTogYSByb3V0ZSB0aGF0IGZhaWxzIG9uZSByZXF1ZXN0IGluIGZpdmVcbi8vIHN0aWxsIGxldHMgZWFjaCBvZiBkb3plbnMgb2YgYWNjb3VudHMgdGhyb3VnaCAoMC4yXjYgcGVyIHJlcXVlc3QpLCBhbmQgYSBwbGF0Zm9ybSB0aGF0IGlzIHJlYWxseVxuLy8gZG93biBzdG9wcyBzZXR1cCB3aXRoaW4gc2Vjb25kcy4gVGhyZWUgdHJpZXMgd2VyZSBub3QgZW5vdWdoOiB3aXRoIDIwICUgZXJyb3JzIG9uIHRoZSBsaXN0IHJvdXRlLCAwLjggJVxuLy8gb2YgYWNjb3VudHMgZmFpbGVkIGFsbCB0aHJlZSAoYSBDSSBydW4gYWJvcnRlZCBpbiBzZXR1cDsgYXQgMjQgYWNjb3VudHMgaXQgd291bGQgYmUgb25lIHJ1biBpbiBzaXgpLlxuY29uc3QgQVRURU1QVFMgPSA2O1xuLyoqIFJlcXVlc3RzIHNldHVwIHNlbnQgYWdhaW47IHJlYWQgYmVmb3JlIGFuZCBhZnRlciBhIHN0ZXAgdG8gc2F5IGhvdyBtYW55IHRoYXQgc3RlcCBuZWVkZWQuICovXG5sZXQgcmV0cmllZCA9IDA7XG5jb25zdCB0cmFuc2llbnQgPSAocmVzOiBSZXNwb25zZSkgPT4gcmVzLnN0YXR1cyA9PT0gMCB8fCByZXMuc3RhdHVzID49IDUwMDtcblxuLyoqXG4gKiBTZW5kcyBgY291bnRgIHJlcXVlc3RzIG1hZGUgYnkgYG1ha2VgLCBDT05DVVJSRU5DWSBhdCBhIHRpbWUsIGFuZCBoYW5kcyBlYWNoIGFuc3dlciB0byBgb25BbnN3ZXJgXG4gKiBhcyBpdCBjb21lczogbm90aGluZyBpcyBrZXB0LCBzbyBzZWVkaW5nIHRob3VzYW5kcyBvZiBjb3Vyc2VzIGRvZXMgbm90IGhvbGQgdGhvdXNhbmRzIG9mXG4gKiByZXNwb25zZXMgaW4gazYncyBtZW1vcnkuIEEgcmVxdWVzdCB0aGF0IGdvdCBubyBhbnN3ZXIgb3IgYSA1eHggaXMgc2VudCBhZ2FpbiAodXAgdG8gQVRURU1QVFNcbiAqIGluIGFsbCwgcGF1c2luZyBsb25nZXIgZWFjaCB0aW1lKTogb25lIGZsYWt5IGFuc3dlciBtdXN0IG5vdCBzdG9wIGEgcnVuIGJlZm9yZSBpdCBzdGFydHMuIEFcbiAqIGNyZWF0aW9uIHJldHJpZWQgYWZ0ZXIgYSBsb3N0IGFuc3dlciBtYXkgbWFrZSBvbmUgY291cnNlIHRvbyBtYW55OyB0aGUgbmV4dCBydW4gY291bnRzLCBpdCBkb2VzXG4gKiBub3QgYXNzdW1lLlxuICovXG5mdW5jdGlvbiBiYXRjaGVkKGNvdW50OiBudW1iZXIsIG1ha2U6IChpOiBudW1iZXIpID0+IEJhdGNoUmVxdWVzdCwgb25BbnN3ZXI6IChyZXM6IFJlc3BvbnNlLCBpOiBudW1iZXIpID0+IHZvaWQpOiB2b2lkIHtcbiAgZm9yIChsZXQgZmlyc3QgPSAwOyBmaXJzdCA8IGNvdW50OyBmaXJzdCArPSBDT05DVVJSRU5DWSkge1xuICAgIGNvbnN0IGNodW5rOiBCYXRjaFJlcXVlc3RbXSA9IFtdO1xuICAgIGZvciAobGV0IGkgPSBmaXJzdDsgaSA8IE1hdGgubWluKGNvdW50LCBmaXJzdCArIENPTkNVUlJFTkNZKTsgaSsrKSBjaHVuay5wdXNoKG1ha2UoaSkpO1xuICAgIGNvbnN0IGdvdCA9IGh0dHAuYmF0Y2goY2h1bmspIGFzIFJlc3BvbnNlW107XG4gICAgZm9yIChsZXQgYXR0ZW1wdCA9IDE7IGF0dGVtcHQgPCBBVFRFTVBUUzsgYXR0ZW1wdCsrKSB7XG4gICAgICBjb25zdCBhZ2FpbiA9IGdvdC5tYXAoKHJlcywgaykgPT4gKHRyYW5zaWVudChyZXMpID8gayA6IC0xKSkuZmlsdGVyKChrKSA9PiBrID49IDApO1xuICAgICAgaWYgKGFnYWluLmxlbmd0aCA9PT0gMCkgYnJlYWs7XG4gICAgICByZXRyaWVkICs9IGFnYWluLmxlbmd0aDtcbiAgICAgIHNsZWVwKDAuMiAqIDIgKiogKGF0dGVtcHQgLSAxKSk7XG4gICAgICAoaHR0cC5iYXRjaChhZ2Fpbi5tYXAoKGspID0+IGNodW5rW2tdISkpIGFzIFJlc3BvbnNlW10pLmZvckVhY2goKHJlcywgaikgPT4ge1xuICAgICAgICBnb3RbYWdhaW5bal0hXSA9IHJlcztcbiAgICAgIH0pO1xuICAgIH1cbiAgICBnb3QuZm9yRWFjaCgocmVzLCBrKSA9PiB7XG4gICAgICBvbkFuc3dlcihyZXMsIGZpcnN0ICsgayk7XG4gICAgfSk7XG4gIH1cbn1cblxuLyoqIFNldHVwJ3MgcmVxdWVzdCBwYXJhbXM7IENvbnRlbnQtVHlwZSBvbmx5IHdpdGggYSBib2R5IChhIEpTT04gREVMRVRFIHdpdGhvdXQgb25lIGlzIGEgNDAwIG9uIG1hbnkgc2VydmVycykuICovXG5mdW5jdGlvbiBwYXJhbXMod2hhdDogc3RyaW5nLCB0b2tlbj86IHN0cmluZywgd2l0aEJvZHkgPSBmYWxzZSkge1xuICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICBpZiAod2l0aEJvZHkpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICBpZiAodG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0b2tlbn1gO1xuICByZXR1cm4geyBoZWFkZXJzLCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiBgc2V0dXA6ICR7d2hhdH1gIH0sIHRpbWVvdXQ6ICc2MHMnIH07XG59XG5cbmZ1bmN0aW9uIGpzb248VD4ocmVzOiBSZXNwb25zZSk6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZykgYXMgVDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogQSBsb2dpbiBvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3cgKHNjb3BlPXNldHVwLCBubyBlbmRwb2ludCB0YWcpOiB0aGUgdG9rZW4sIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdWlldExvZ2luKFxuICBjb25maWc6IENvbmZpZyxcbiAgZW1haWw6IHN0cmluZyxcbiAgcGFzc3dvcmQ6IHN0cmluZyxcbik6IHsgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZDsgc3RhdHVzOiBudW1iZXIgfSB7XG4gIGNvbnN0IHJlc3VsdDogeyB0b2tlbjogc3RyaW5nIHwgdW5kZWZpbmVkOyBzdGF0dXM6IG51bWJlciB9ID0geyB0b2tlbjogdW5kZWZpbmVkLCBzdGF0dXM6IDAgfTtcbiAgYmF0Y2hlZChcbiAgICAxLFxuICAgICgpID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7Y29uZmlnLmJhc2VVcmx9JHtwYXRocy5sb2dpbigpfWAsXG4gICAgICBib2R5OiBKU09OLnN0cmluZ2lmeSh7IGVtYWlsLCBwYXNzd29yZCB9KSxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdsb2dpbicsIHVuZGVmaW5lZCwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcykgPT4ge1xuICAgICAgcmVzdWx0LnN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgICByZXN1bHQudG9rZW4gPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgYWNjZXNzX3Rva2VuPzogc3RyaW5nIH0+KHJlcyk/LmFjY2Vzc190b2tlbiA6IHVuZGVmaW5lZDtcbiAgICB9LFxuICApO1xuICByZXR1cm4gcmVzdWx0O1xufVxuXG5pbnRlcmZhY2UgTGlzdGVkIHtcbiAgdG90YWw6IG51bWJlcjtcbiAgaWRzOiBJZFtdO1xufVxuXG4vKiogV2hhdCB0aGUgc3RlcHMgb2YgbWFraW5nIHRoZSBkYXRhc2V0IHNoYXJlOiB0aGUgYWNjb3VudHMsIHRoZWlyIHRva2VucyAoYnkgb3duZXIgaW5kZXgpIGFuZCB0aGUgY291bnRzIHNvIGZhci4gKi9cbmludGVyZmFjZSBTZWVkaW5nIHtcbiAgYmFzZTogc3RyaW5nO1xuICBvd25lcnM6IE93bmVyW107XG4gIHRva2Vuczogc3RyaW5nW107XG4gIHJlcG9ydDogRGF0YXNldFJlcG9ydDtcbn1cblxuLyoqIE1ha2VzIHN1cmUgZXZlcnkgb3duZXIgaGFzIHRoZSBkYXRhc2V0OyB0aHJvd3Mgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSBhY2NvdW50IGFuZCBzdGF0dXMgb24gZmFpbHVyZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnN1cmVEYXRhc2V0KGNvbmZpZzogQ29uZmlnLCBvd25lcnM6IE93bmVyW10pOiBEYXRhc2V0UmVwb3J0IHtcbiAgY29uc3QgeyBjb3Vyc2VzOiB3YW50ZWQsIGdlbmVyYXRlZDogZ2VuZXJhdGVkUGVyVXNlciwgcmVzZWVkIH0gPSBjb25maWcuZGF0YXNldDtcbiAgY29uc3QgcmVwb3J0OiBEYXRhc2V0UmVwb3J0ID0ge1xuICAgIGFjY291bnRzOiBvd25lcnMubGVuZ3RoLFxuICAgIGNyZWF0ZWQ6IDAsXG4gICAgcmV1c2VkOiAwLFxuICAgIHJlbW92ZWQ6IDAsXG4gICAgZ2VuZXJhdGVkOiAwLFxuICAgIHJldHJpZWQ6IDAsXG4gIH07XG4gIGlmICh3YW50ZWQgPT09IDAgfHwgb3duZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHJlcG9ydDtcbiAgY29uc3QgcmV0cmllZEJlZm9yZSA9IHJldHJpZWQ7XG4gIGNvbnN0IHNlZWRpbmc6IFNlZWRpbmcgPSB7IGJhc2U6IGNvbmZpZy5iYXNlVXJsLCBvd25lcnMsIHRva2VuczogW10sIHJlcG9ydCB9O1xuICBsb2dJbihcbiAgICBzZWVkaW5nLFxuICAgIG93bmVycy5tYXAoKF8sIGkpID0+IGkpLFxuICApO1xuICBsZXQgbGlzdGVkID0gbGlzdERhdGFzZXRzKHNlZWRpbmcpO1xuICBpZiAocmVzZWVkKSBsaXN0ZWQgPSByZW1vdmVEYXRhc2V0cyhzZWVkaW5nLCBsaXN0ZWQpO1xuICBjb25zdCB0b0dlbmVyYXRlID0gY3JlYXRlQ291cnNlcyhzZWVkaW5nLCBsaXN0ZWQsIHdhbnRlZCwgZ2VuZXJhdGVkUGVyVXNlcik7XG4gIGF3YWl0R2VuZXJhdGlvbihzZWVkaW5nLCBzdGFydEdlbmVyYXRpb24oc2VlZGluZywgdG9HZW5lcmF0ZSksIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICByZXBvcnQucmV0cmllZCA9IHJldHJpZWQgLSByZXRyaWVkQmVmb3JlO1xuICByZXR1cm4gcmVwb3J0O1xufVxuXG4vKiogTG9ncyB0aGUgb3duZXJzIGF0IHRoZXNlIGluZGV4ZXMgaW4sIGtlZXBpbmcgdGhlaXIgdG9rZW5zLiAqL1xuZnVuY3Rpb24gbG9nSW4oeyBiYXNlLCBvd25lcnMsIHRva2VucyB9OiBTZWVkaW5nLCB3aGljaDogbnVtYmVyW10pOiB2b2lkIHtcbiAgYmF0Y2hlZChcbiAgICB3aGljaC5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmxvZ2luKCl9YCxcbiAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWw6IG93bmVyc1t3aGljaFtrXSFdIS5lbWFpbCwgcGFzc3dvcmQ6IG93bmVyc1t3aGljaFtrXSFdIS5wYXNzd29yZCB9KSxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdsb2dpbicsIHVuZGVmaW5lZCwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgY29uc3QgdG9rZW4gPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgYWNjZXNzX3Rva2VuPzogc3RyaW5nIH0+KHJlcyk/LmFjY2Vzc190b2tlbiA6IHVuZGVmaW5lZDtcbiAgICAgIGlmICghdG9rZW4pXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogbG9nZ2luZyBpbiBhcyAke293bmVyc1t3aGljaFtrXSFdIS5yb2xlfSBhY2NvdW50ICR7b3duZXJzW3doaWNoW2tdIV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfTogY2hlY2sgaXRzIHBhc3N3b3JkIGluIHRoZSB1c2VyIHBvb2xgLFxuICAgICAgICApO1xuICAgICAgdG9rZW5zW3doaWNoW2tdIV0gPSB0b2tlbjtcbiAgICB9LFxuICApO1xufVxuXG4vKiogRWFjaCBvd25lcidzIGRhdGFzZXQgY291cnNlczogaG93IG1hbnksIGFuZCB0aGUgaWRzIG9mIHRoZSBmaXJzdCBwYWdlLiAqL1xuZnVuY3Rpb24gbGlzdERhdGFzZXRzKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMgfTogU2VlZGluZyk6IExpc3RlZFtdIHtcbiAgY29uc3QgbGlzdFVybCA9IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoREFUQVNFVF9USVRMRSl9JmxpbWl0PSR7TElTVF9MSU1JVH1gO1xuICBjb25zdCBsaXN0ZWQ6IExpc3RlZFtdID0gW107XG4gIGJhdGNoZWQoXG4gICAgb3duZXJzLmxlbmd0aCxcbiAgICAoaSkgPT4gKHsgbWV0aG9kOiAnR0VUJywgdXJsOiBsaXN0VXJsLCBwYXJhbXM6IHBhcmFtcygnbGlzdCBkYXRhc2V0JywgdG9rZW5zW2ldKSB9KSxcbiAgICAocmVzLCBpKSA9PiB7XG4gICAgICBjb25zdCBib2R5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IHRvdGFsOiBudW1iZXI7IGl0ZW1zOiB7IGlkOiBJZCB9W10gfT4ocmVzKSA6IHVuZGVmaW5lZDtcbiAgICAgIGlmICghYm9keSlcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBsaXN0aW5nIHRoZSBjb3Vyc2VzIG9mICR7b3duZXJzW2ldIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICAgIGxpc3RlZFtpXSA9IHsgdG90YWw6IGJvZHkudG90YWwsIGlkczogYm9keS5pdGVtcy5tYXAoKGMpID0+IGMuaWQpIH07XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIGxpc3RlZDtcbn1cblxuLyoqIFJlbW92ZXMgdGhlIG9sZCBkYXRhc2V0IHBhZ2UgYnkgcGFnZSAoZWFjaCBsaXN0IHNob3dzIHRoZSBuZXh0IHBhZ2Ugb25jZSB0aGUgcHJldmlvdXMgaXMgZ29uZSk7IHJldHVybnMgdGhlIGxpc3RzIGFmdGVyLiAqL1xuZnVuY3Rpb24gcmVtb3ZlRGF0YXNldHMoc2VlZGluZzogU2VlZGluZywgbGlzdGVkOiBMaXN0ZWRbXSk6IExpc3RlZFtdIHtcbiAgY29uc3QgeyBiYXNlLCB0b2tlbnMsIHJlcG9ydCB9ID0gc2VlZGluZztcbiAgZm9yIChsZXQgcm91bmQgPSAwOyBsaXN0ZWQuc29tZSgobCkgPT4gbC5pZHMubGVuZ3RoID4gMCkgJiYgcm91bmQgPCAxMDAwOyByb3VuZCsrKSB7XG4gICAgY29uc3QgZG9vbWVkID0gbGlzdGVkLmZsYXRNYXAoKGwsIGkpID0+IGwuaWRzLm1hcCgoaWQpID0+ICh7IG93bmVyOiBpLCBpZCB9KSkpO1xuICAgIGJhdGNoZWQoXG4gICAgICBkb29tZWQubGVuZ3RoLFxuICAgICAgKGspID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ0RFTEVURScsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShkb29tZWRba10hLmlkKX1gLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGRhdGFzZXQnLCB0b2tlbnNbZG9vbWVkW2tdIS5vd25lcl0pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGlmIChyZXMuc3RhdHVzID09PSAyMDQpIHJlcG9ydC5yZW1vdmVkKys7XG4gICAgICB9LFxuICAgICk7XG4gICAgbGlzdGVkID0gbGlzdERhdGFzZXRzKHNlZWRpbmcpO1xuICB9XG4gIHJldHVybiBsaXN0ZWQ7XG59XG5cbi8qKiBDcmVhdGVzIHRoZSBjb3Vyc2VzIGVhY2ggb3duZXIgbGFja3M7IHJldHVybnMgdGhvc2UgdG8gZ2VuZXJhdGUgKHJlZ3VsYXIgYWNjb3VudHMnIGZpcnN0IG9uZXMpLiAqL1xuZnVuY3Rpb24gY3JlYXRlQ291cnNlcyhcbiAgeyBiYXNlLCBvd25lcnMsIHRva2VucywgcmVwb3J0IH06IFNlZWRpbmcsXG4gIGxpc3RlZDogTGlzdGVkW10sXG4gIHdhbnRlZDogbnVtYmVyLFxuICBnZW5lcmF0ZWRQZXJVc2VyOiBudW1iZXIsXG4pOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10ge1xuICBjb25zdCBjcmVhdGlvbnM6IHsgb3duZXI6IG51bWJlcjsgbjogbnVtYmVyOyBnZW5lcmF0ZTogYm9vbGVhbiB9W10gPSBbXTtcbiAgb3duZXJzLmZvckVhY2goKG93bmVyLCBpKSA9PiB7XG4gICAgY29uc3QgaGF2ZSA9IGxpc3RlZFtpXSEudG90YWw7XG4gICAgaWYgKGhhdmUgPj0gd2FudGVkKSByZXBvcnQucmV1c2VkKys7XG4gICAgZm9yIChsZXQgbiA9IGhhdmUgKyAxOyBuIDw9IHdhbnRlZDsgbisrKVxuICAgICAgY3JlYXRpb25zLnB1c2goeyBvd25lcjogaSwgbiwgZ2VuZXJhdGU6IG93bmVyLnJvbGUgPT09ICdyZWd1bGFyJyAmJiBuIDw9IGdlbmVyYXRlZFBlclVzZXIgfSk7XG4gIH0pO1xuICBjb25zdCB0b0dlbmVyYXRlOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10gPSBbXTtcbiAgYmF0Y2hlZChcbiAgICBjcmVhdGlvbnMubGVuZ3RoLFxuICAgIChrKSA9PiB7XG4gICAgICBjb25zdCB7IG93bmVyLCBuLCBnZW5lcmF0ZSB9ID0gY3JlYXRpb25zW2tdITtcbiAgICAgIGNvbnN0IGNvdXJzZSA9IHtcbiAgICAgICAgdGl0bGU6IGRhdGFzZXRUaXRsZShuKSxcbiAgICAgICAgdG9waWM6IGBkYXRhc2V0IHRvcGljICR7bn1gLFxuICAgICAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICAgICAgY2hhcHRlcl9jb3VudDogZ2VuZXJhdGUgPyAxIDogMyxcbiAgICAgIH07XG4gICAgICByZXR1cm4ge1xuICAgICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfWAsXG4gICAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KGNvdXJzZSksXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdjcmVhdGUgZGF0YXNldCcsIHRva2Vuc1tvd25lcl0sIHRydWUpLFxuICAgICAgfTtcbiAgICB9LFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IGlkID0gcmVzLnN0YXR1cyA9PT0gMjAxID8ganNvbjx7IGlkOiBJZCB9PihyZXMpPy5pZCA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChpZCA9PT0gdW5kZWZpbmVkKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGNyZWF0aW5nIGEgY291cnNlIGZvciAke293bmVyc1tjcmVhdGlvbnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCxcbiAgICAgICAgKTtcbiAgICAgIHJlcG9ydC5jcmVhdGVkKys7XG4gICAgICBpZiAoY3JlYXRpb25zW2tdIS5nZW5lcmF0ZSkgdG9HZW5lcmF0ZS5wdXNoKHsgb3duZXI6IGNyZWF0aW9uc1trXSEub3duZXIsIGlkIH0pO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiB0b0dlbmVyYXRlO1xufVxuXG5pbnRlcmZhY2UgSm9iIHtcbiAgb3duZXI6IG51bWJlcjtcbiAgam9iSWQ6IElkO1xufVxuXG5mdW5jdGlvbiBzdGFydEdlbmVyYXRpb24oeyBiYXNlLCBvd25lcnMsIHRva2VucyB9OiBTZWVkaW5nLCB0b0dlbmVyYXRlOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10pOiBKb2JbXSB7XG4gIGNvbnN0IGpvYnM6IEpvYltdID0gW107XG4gIGJhdGNoZWQoXG4gICAgdG9HZW5lcmF0ZS5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmdlbmVyYXRlKHRvR2VuZXJhdGVba10hLmlkKX1gLFxuICAgICAgYm9keTogJ3t9JyxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdnZW5lcmF0ZSBkYXRhc2V0JywgdG9rZW5zW3RvR2VuZXJhdGVba10hLm93bmVyXSwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgY29uc3Qgam9iSWQgPSByZXMuc3RhdHVzID09PSAyMDIgPyBqc29uPHsgam9iX2lkOiBJZCB9PihyZXMpPy5qb2JfaWQgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoam9iSWQgPT09IHVuZGVmaW5lZClcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBzdGFydGluZyBnZW5lcmF0aW9uIGZvciAke293bmVyc1t0b0dlbmVyYXRlW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWAsXG4gICAgICAgICk7XG4gICAgICBqb2JzLnB1c2goeyBvd25lcjogdG9HZW5lcmF0ZVtrXSEub3duZXIsIGpvYklkIH0pO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiBqb2JzO1xufVxuXG4vKiogUG9sbHMgdGhlIGpvYnMgb25jZSBhIHNlY29uZCB1bnRpbCBhbGwgY29tcGxldGVkOyB0aHJvd3Mgb24gYSBmYWlsZWQgam9iIG9yIGF0IEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmZ1bmN0aW9uIGF3YWl0R2VuZXJhdGlvbihzZWVkaW5nOiBTZWVkaW5nLCBqb2JzOiBKb2JbXSwgdGltZW91dFM6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyB0aW1lb3V0UyAqIDEwMDA7XG4gIHdoaWxlIChqb2JzLmxlbmd0aCA+IDApIHtcbiAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKVxuICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICBgZGF0YXNldDogJHtqb2JzLmxlbmd0aH0gZ2VuZXJhdGlvbiBqb2IocykgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke3RpbWVvdXRTfXNgLFxuICAgICAgKTtcbiAgICBzbGVlcCgxKTtcbiAgICBjb25zdCB7IG9wZW4sIGV4cGlyZWQgfSA9IHBvbGxKb2JzKHNlZWRpbmcsIGpvYnMpO1xuICAgIGlmIChleHBpcmVkLnNpemUgPiAwKSBsb2dJbihzZWVkaW5nLCBbLi4uZXhwaXJlZF0pO1xuICAgIGpvYnMgPSBvcGVuO1xuICB9XG59XG5cbi8qKiBPbmUgcG9sbCBvZiBldmVyeSBqb2I6IHRob3NlIHN0aWxsIG9wZW4sIGFuZCB0aGUgb3duZXJzIHdob3NlIHRva2VuIGV4cGlyZWQgd2hpbGUgd2FpdGluZy4gKi9cbmZ1bmN0aW9uIHBvbGxKb2JzKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMsIHJlcG9ydCB9OiBTZWVkaW5nLCBqb2JzOiBKb2JbXSk6IHsgb3BlbjogSm9iW107IGV4cGlyZWQ6IFNldDxudW1iZXI+IH0ge1xuICBjb25zdCBvcGVuOiBKb2JbXSA9IFtdO1xuICBjb25zdCBleHBpcmVkID0gbmV3IFNldDxudW1iZXI+KCk7XG4gIGJhdGNoZWQoXG4gICAgam9icy5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdHRVQnLFxuICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuam9iKGpvYnNba10hLmpvYklkKX1gLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ3BvbGwgZGF0YXNldCBqb2InLCB0b2tlbnNbam9ic1trXSEub3duZXJdKSxcbiAgICB9KSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICAvLyBBIHRva2VuIHRoYXQgZXhwaXJlZCB3aGlsZSB3YWl0aW5nIChzaG9ydC1saXZlZCB0b2tlbnMpOiBsb2cgdGhhdCBvd25lciBpbiBhZ2FpbiBhbmQgcG9sbCBvbi5cbiAgICAgIGlmIChyZXMuc3RhdHVzID09PSA0MDEpIHtcbiAgICAgICAgZXhwaXJlZC5hZGQoam9ic1trXSEub3duZXIpO1xuICAgICAgICBvcGVuLnB1c2goam9ic1trXSEpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICBpZiAocmVzLnN0YXR1cyAhPT0gMjAwKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGZvbGxvd2luZyBhIGdlbmVyYXRpb24gam9iIG9mICR7b3duZXJzW2pvYnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9JHtyZXMuZXJyb3IgPyBgICgke3Jlcy5lcnJvcn0pYCA6ICcnfWAsXG4gICAgICAgICk7XG4gICAgICBjb25zdCBzdGF0dXMgPSBqc29uPHsgc3RhdHVzPzogc3RyaW5nOyBlcnJvcj86IHN0cmluZyB9PihyZXMpO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnZmFpbGVkJylcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBnZW5lcmF0aW5nIGEgY291cnNlIG9mICR7b3duZXJzW2pvYnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZDogJHtzdGF0dXMuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9YCxcbiAgICAgICAgKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIHJlcG9ydC5nZW5lcmF0ZWQrKztcbiAgICAgIGVsc2Ugb3Blbi5wdXNoKGpvYnNba10hKTtcbiAgICB9LFxuICApO1xuICByZXR1cm4geyBvcGVuLCBleHBpcmVkIH07XG59XG5cbi8qKlxuICogUmVtb3ZlcyBydW4tY3JlYXRlZCBjb3Vyc2VzIHRoZSBhZG1pbiBjYW4gc2VlIHdob3NlIHRpdGxlIGByZW1vdmVgIHBpY2tzICh0aGlzIHJ1bidzIGF0XG4gKiB0ZWFyZG93biwgZWFybGllciBydW5zJyBsZWZ0b3ZlcnMgYXQgc2V0dXApLiBSZXR1cm5zIGhvdyBtYW55IHdlcmUgcmVtb3ZlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbW92ZUNvdXJzZXMoXG4gIGNvbmZpZzogQ29uZmlnLFxuICBhZG1pblRva2VuOiBzdHJpbmcsXG4gIGZpbHRlcjogc3RyaW5nLFxuICByZW1vdmU6ICh0aXRsZTogc3RyaW5nKSA9PiBib29sZWFuLFxuKTogbnVtYmVyIHtcbiAgY29uc3QgYmFzZSA9IGNvbmZpZy5iYXNlVXJsO1xuICBsZXQgcmVtb3ZlZCA9IDA7XG4gIGxldCBvZmZzZXQgPSAwO1xuICBmb3IgKGxldCBwYWdlID0gMDsgcGFnZSA8IDEwMDA7IHBhZ2UrKykge1xuICAgIGxldCBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdID0gW107XG4gICAgYmF0Y2hlZChcbiAgICAgIDEsXG4gICAgICAoKSA9PiAoe1xuICAgICAgICBtZXRob2Q6ICdHRVQnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoZmlsdGVyKX0mbGltaXQ9JHtMSVNUX0xJTUlUfSZvZmZzZXQ9JHtvZmZzZXR9YCxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ2ZpbmQgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbiksXG4gICAgICB9KSxcbiAgICAgIChyZXMpID0+IHtcbiAgICAgICAgaXRlbXMgPSAocmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGl0ZW1zOiB7IGlkOiBJZDsgdGl0bGU6IHN0cmluZyB9W10gfT4ocmVzKT8uaXRlbXMgOiB1bmRlZmluZWQpID8/IFtdO1xuICAgICAgfSxcbiAgICApO1xuICAgIGlmIChpdGVtcy5sZW5ndGggPT09IDApIGJyZWFrO1xuICAgIGNvbnN0IGRvb21lZCA9IGl0ZW1zLmZpbHRlcigoYykgPT4gcmVtb3ZlKGMudGl0bGUpKTtcbiAgICBsZXQgZ29uZSA9IDA7XG4gICAgYmF0Y2hlZChcbiAgICAgIGRvb21lZC5sZW5ndGgsXG4gICAgICAoaykgPT4gKHtcbiAgICAgICAgbWV0aG9kOiAnREVMRVRFJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGRvb21lZFtrXSEuaWQpfWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbiksXG4gICAgICB9KSxcbiAgICAgIChyZXMpID0+IHtcbiAgICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDIwNCB8fCByZXMuc3RhdHVzID09PSA0MDQpIGdvbmUrKztcbiAgICAgIH0sXG4gICAgKTtcbiAgICByZW1vdmVkICs9IGdvbmU7XG4gICAgb2Zmc2V0ICs9IGl0ZW1zLmxlbmd0aCAtIGdvbmU7IC8vIHdoYXQgc3RheXMgb24gdGhlIHBhZ2UgKGtlcHQsIG9yIG5vdCBkZWxldGFibGUpIGlzIHN0ZXBwZWQgb3ZlclxuICB9XG4gIHJldHVybiByZW1vdmVkO1xufVxuIiwgIi8vIEhvdyB0aGUgc3VpdGUgbmFtZXMgd2hhdCBpdCBwdXRzIG9uIHRoZSBwbGF0Zm9ybSwgc28gaXQgY2FuIGZpbmQgaXQgYWdhaW4uXG4vLyAtIFRoZSBrZXB0IGRhdGFzZXQ6IGBjb3Vyc2UtcGVyZiBkYXRhc2V0IE5OYCAocmV1c2VkIGFjcm9zcyBydW5zLCBuZXZlciByZW1vdmVkIGJ5IGEgcnVuKS5cbi8vIC0gRXZlcnl0aGluZyBhIHJ1biBjcmVhdGVzOiBgcGVyZi08a2luZD4gPHJ1biBpZD4gLi4uYDsgdGhlIHJ1biBpZCBzdGFydHMgd2l0aCB0aGUgcnVuJ3Mgc3RhcnRcbi8vICAgdGltZSwgc28gYSBsYXRlciBydW4gY2FuIHRlbGwgYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzIGZyb20gaXRzIG93bi5cbmV4cG9ydCBjb25zdCBEQVRBU0VUX1RJVExFID0gJ2NvdXJzZS1wZXJmIGRhdGFzZXQnO1xuLyoqIEEgdGl0bGUgZmlsdGVyIG1hdGNoaW5nIGV2ZXJ5IHJ1bi1jcmVhdGVkIGNvdXJzZSAoYW5kIG5vIGRhdGFzZXQgY291cnNlKS4gKi9cbmV4cG9ydCBjb25zdCBSVU5fVElUTEVfRklMVEVSID0gJ3BlcmYtJztcblxuZXhwb3J0IGZ1bmN0aW9uIGRhdGFzZXRUaXRsZShuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7REFUQVNFVF9USVRMRX0gJHtTdHJpbmcobikucGFkU3RhcnQoMiwgJzAnKX1gO1xufVxuXG4vKiogQSBuZXcgcnVuIGlkOiBzdGFydCB0aW1lIChiYXNlIDM2IG1zKSBhbmQgYSByYW5kb20gcGFydC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZXdSdW5JZChub3c6IG51bWJlciA9IERhdGUubm93KCkpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7bm93LnRvU3RyaW5nKDM2KX0tJHtNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAxZTYpLnRvU3RyaW5nKDM2KX1gO1xufVxuXG4vKiogVGhlIHJ1biBpZCBpbiBhIHJ1bi1jcmVhdGVkIHRpdGxlIChgcGVyZi08a2luZD4gPHJ1biBpZD4gLi4uYCksIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5JZE9mKHRpdGxlOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtYXRjaCA9IC9ecGVyZi1cXFMrIChbMC05YS16XSstWzAtOWEtel0rKSg/Olxcc3wkKS8uZXhlYyh0aXRsZSk7XG4gIHJldHVybiBtYXRjaD8uWzFdO1xufVxuXG4vKiogU3RhcnQgdGltZSBvZiBhIHJ1biBpZCwgbXMgc2luY2UgdGhlIGVwb2NoLCBvciB1bmRlZmluZWQuICovXG5mdW5jdGlvbiBydW5TdGFydE9mKHJ1bklkOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBtcyA9IHBhcnNlSW50KHJ1bklkLnNwbGl0KCctJylbMF0hLCAzNik7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogSG93IGxvbmcgYWZ0ZXIgaXRzIHN0YXJ0IGFub3RoZXIgcnVuIG1heSBzdGlsbCBiZSBnb2luZzogdGhlIG90aGVyIHNlZ21lbnRzIG9mIGFuIGV4ZWN1dGlvbi1zZWdtZW50ZWRcbiAqIHJ1biBzdGFydCB3aXRoaW4gc2Vjb25kcyBvZiBlYWNoIG90aGVyLCBhbmQgYSBzb2FrIG9yIGEgY29sbGVhZ3VlJ3MgcnVuIGFnYWluc3QgdGhlIHNhbWUgcGxhdGZvcm1cbiAqIGxhc3RzIGhvdXJzLiBPbmx5IHJ1bnMgb2xkZXIgdGhhbiB0aGlzIGFyZSB0YWtlbiBmb3Iga2lsbGVkLlxuICovXG5leHBvcnQgY29uc3QgTElWRV9SVU5fV0lORE9XX01TID0gNiAqIDYwICogNjAgKiAxMDAwO1xuXG4vKipcbiAqIFdoZXRoZXIgYSBydW4tY3JlYXRlZCBjb3Vyc2UgaXMgdG8gYmUgcmVtb3ZlZCBieSBydW4gYGN1cnJlbnRgOiBpdHMgb3duICh0ZWFyZG93biksIG9yIG9uZSBvZiBhXG4gKiBydW4gdGhhdCBzdGFydGVkIG1vcmUgdGhhbiBMSVZFX1JVTl9XSU5ET1dfTVMgZWFybGllciAoYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzOyBhbHNvIHRpdGxlcyBvZlxuICogb2xkZXIgdmVyc2lvbnMgb2YgdGhlIHN1aXRlKS4gQSBydW4gdGhhdCBtYXkgc3RpbGwgYmUgZ29pbmcga2VlcHMgaXRzIGNvdXJzZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0xlZnRvdmVyKHRpdGxlOiBzdHJpbmcsIGN1cnJlbnQ6IHN0cmluZywgb3duOiBib29sZWFuKTogYm9vbGVhbiB7XG4gIGlmICghdGl0bGUuc3RhcnRzV2l0aChSVU5fVElUTEVfRklMVEVSKSkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBydW5JZCA9IHJ1bklkT2YodGl0bGUpO1xuICBpZiAob3duKSByZXR1cm4gcnVuSWQgPT09IGN1cnJlbnQ7XG4gIGlmIChydW5JZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdHJ1ZTtcbiAgaWYgKHJ1bklkID09PSBjdXJyZW50KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBydW5TdGFydE9mKHJ1bklkKTtcbiAgcmV0dXJuIHN0YXJ0ZWQgPT09IHVuZGVmaW5lZCB8fCBzdGFydGVkIDwgKHJ1blN0YXJ0T2YoY3VycmVudCkgPz8gMCkgLSBMSVZFX1JVTl9XSU5ET1dfTVM7XG59XG4iLCAiLy8gV2hhdCBldmVyeSBlbnRyeSBwb2ludCBzaGFyZXM6IGl0IGFzc2VtYmxlcyBrNiBvcHRpb25zIGZyb20gdGhlIGVudHJ5J3Mgb3duIHNjZW5hcmlvcyBhbmRcbi8vIGdhdGVzLCBhZGRpbmcgdGhlIHNlcnZlci1yZXNvdXJjZXMgc2NlbmFyaW8gYW5kIGdhdGVzIHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkIChTSURFQ0FSX1VSTCkuXG4vLyBFbnRyaWVzIHJlLWV4cG9ydCBgcG9sbFJlc291cmNlc2AgYW5kIGB0ZWFyZG93bmAgZnJvbSBoZXJlLCBhcyBrNiBuZWVkcyB0aGVtIGluIHRoZSBlbnRyeSBtb2R1bGUuXG4vL1xuLy8gazYgZXZhbHVhdGVzIHRoZSBzY3JpcHQgb25jZSBwZXIgVlUsIGVhY2ggaW4gaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIHBsdXMgb25jZSBhcyBWVSAwOiB0aGF0XG4vLyBldmFsdWF0aW9uIGlzIHdoZXJlIGs2IHJlYWRzIGBvcHRpb25zYCwgYW5kIHNldHVwLCB0ZWFyZG93biBhbmQgaGFuZGxlU3VtbWFyeSBlYWNoIHJ1biBpbiBhIGZyZXNoXG4vLyBWVSAwIHRvby4gTG9hZCBWVXMgKDEsIDIsIC4uLikgbmV2ZXIgcmVhZCB0aGVpciBgb3B0aW9uc2AgKGs2IHNldHMgdGhlIGNvbnNvbGlkYXRlZCBvcHRpb25zIG9udG9cbi8vIGl0KSwgc28gdGhleSBza2lwIGJ1aWxkaW5nIHRoZW06IHRoZSBzY2VuYXJpb3MsIGdhdGVzIGFuZCB0aHJlc2hvbGQgZXhwcmVzc2lvbnMgbWFkZSBwZXIgVlUgd2VyZVxuLy8gfjAuMSBNQiBvZiBldmVyeSBWVSdzIGhlYXAgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCBoZWFwIHByb2ZpbGUgYXQgMSwwMDAgVlVzKS5cblxuaW1wb3J0IHsgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcywgbWV0cmljS2V5LCB0b0s2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHsgaXNBcnJpdmFsUmF0ZSB9IGZyb20gJy4uL2xvYWQvb3Blbi1tb2RlbC50cyc7XG5pbXBvcnQgeyB0eXBlIFNjZW5hcmlvLCBTVU1NQVJZX1RSRU5EX1NUQVRTIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgZW5kTG9hZCwgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVzb3VyY2VHYXRlcywgcmVzb3VyY2VzU2NlbmFyaW8gfSBmcm9tICcuLi9tZXRyaWNzL3Jlc291cmNlcy50cyc7XG5pbXBvcnQgeyBhc3NlcnREaXN0aW5jdCwgcG9vbCB9IGZyb20gJy4uL3VzZXJzL3Bvb2wudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHR5cGUgUm9sZSwgdnVJZEJvdW5kIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB7IGNsZWFuVXBSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4vZW52LnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeVBhcnRzIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIGdhdGVzOiBHYXRlW107XG4gIC8qKiBIb3cgbG9uZyB0aGUgbG9hZCBydW5zLCBzZWNvbmRzOiB0aGUgcmVzb3VyY2VzIHBvbGxlciBydW5zIGFzIGxvbmcuICovXG4gIHdhbGxUaW1lUzogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCB0b28gKHNvYWspLiAqL1xuICBnYXRlTWVtb3J5R3Jvd3RoPzogYm9vbGVhbjtcbiAgLyoqIENsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyBwb29sIGFjY291bnRzIChQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVCBjaGVja3MgdGhlc2UpOyBkZWZhdWx0IGFsbC4gKi9cbiAgcm9sZXM/OiByZWFkb25seSBSb2xlW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlPcHRpb25zIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIHRocmVzaG9sZHM6IEs2VGhyZXNob2xkcztcbiAgc2V0dXBUaW1lb3V0OiBzdHJpbmc7XG4gIHN1bW1hcnlUcmVuZFN0YXRzOiBzdHJpbmdbXTtcbn1cblxuLyoqIFdoZXRoZXIgdGhpcyBydW50aW1lIGlzIGs2J3MgVlUgMCAob3B0aW9ucywgc2V0dXAsIHRlYXJkb3duLCBoYW5kbGVTdW1tYXJ5KSByYXRoZXIgdGhhbiBhIGxvYWQgVlUuICovXG5mdW5jdGlvbiBpc0NvbnRyb2xSdW50aW1lKCk6IGJvb2xlYW4ge1xuICByZXR1cm4gX19WVSA9PT0gMDtcbn1cblxuLyoqIFRoZSBlbnRyeSdzIGs2IG9wdGlvbnMsIGJ1aWx0IGZyb20gYG1ha2VQYXJ0c2AgaW4gVlUgMCBvbmx5OyB1bmRlZmluZWQgaW4gbG9hZCBWVXMgKHNlZSBhYm92ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBtYWtlUGFydHM6ICgpID0+IEVudHJ5UGFydHMpOiBFbnRyeU9wdGlvbnMgfCB1bmRlZmluZWQge1xuICBpZiAoIWlzQ29udHJvbFJ1bnRpbWUoKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGFydHMgPSBtYWtlUGFydHMoKTtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHdpdGhEcm9wcGVkSXRlcmF0aW9ucyh0b0s2VGhyZXNob2xkcyhnYXRlcyksIHNjZW5hcmlvcyksXG4gICAgLy8gR2VuZXJhdGlvbiBvZiBzZWVkIGNvdXJzZXMsIHBsdXMgdGhlIGtlcHQgZGF0YXNldCdzIHNlZWRpbmcgd2hlbiBhIHJ1biBoYXMgdG8gbWFrZSBpdC5cbiAgICBzZXR1cFRpbWVvdXQ6IGAke01hdGgubWF4KDYwLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICsgMzApICsgKGNvbmZpZy5kYXRhc2V0LmNvdXJzZXMgPiAwID8gNjAwIDogMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbi8qKlxuICogRXZlcnkgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGRyb3BwZWQgaXRlcmF0aW9ucyBpbiB0aGUgc3VtbWFyeSwgZ2F0ZWQgb3Igbm90OiBhIHRocmVzaG9sZCBsaXN0LFxuICogZXZlbiBlbXB0eSwgaXMgaG93IGs2IGtlZXBzIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMgKGdyYWZhbmEvazYgIzEzMjEpLlxuICovXG5mdW5jdGlvbiB3aXRoRHJvcHBlZEl0ZXJhdGlvbnModGhyZXNob2xkczogSzZUaHJlc2hvbGRzLCBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPik6IEs2VGhyZXNob2xkcyB7XG4gIGZvciAoY29uc3QgW25hbWUsIHNjZW5hcmlvXSBvZiBPYmplY3QuZW50cmllcyhzY2VuYXJpb3MpKSB7XG4gICAgaWYgKGlzQXJyaXZhbFJhdGUoc2NlbmFyaW8pKSB0aHJlc2hvbGRzW21ldHJpY0tleSgnZHJvcHBlZF9pdGVyYXRpb25zJywgeyBzY2VuYXJpbzogbmFtZSB9KV0gPz89IFtdO1xuICB9XG4gIHJldHVybiB0aHJlc2hvbGRzO1xufVxuXG5mdW5jdGlvbiBoYXNVc2VycyhzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuIHtcbiAgY29uc3QgeyBleGVjdXRvciwgc3RhcnRWVXMsIHN0YWdlcywgdnVzIH0gPSBzY2VuYXJpbyBhcyB7XG4gICAgZXhlY3V0b3I6IHN0cmluZztcbiAgICBzdGFydFZVcz86IG51bWJlcjtcbiAgICBzdGFnZXM/OiB7IHRhcmdldDogbnVtYmVyIH1bXTtcbiAgICB2dXM/OiBudW1iZXI7XG4gIH07XG4gIGlmIChleGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgcmV0dXJuIChzdGFydFZVcyA/PyAwKSA+IDAgfHwgKHN0YWdlcyA/PyBbXSkuc29tZSgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCA+IDApO1xuICBpZiAoZXhlY3V0b3IgPT09ICdjb25zdGFudC12dXMnIHx8IGV4ZWN1dG9yID09PSAncGVyLXZ1LWl0ZXJhdGlvbnMnIHx8IGV4ZWN1dG9yID09PSAnc2hhcmVkLWl0ZXJhdGlvbnMnKVxuICAgIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqXG4gKiBXaGF0IG9ubHkgdGhlIGVuZCBvZiB0aGUgcnVuIGtub3dzOiB0aGUgbG9hZCBlbmRlZCAoc2FtcGxlcyBhZnRlciBpdCBhcmUgdGVhcmRvd24ncywgbm90IGdhdGVkKVxuICogYW5kIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIG92ZXIgaXQuIEVudHJpZXMgd2l0aCBhIHRlYXJkb3duIG9mIHRoZWlyIG93biBjYWxsIGl0IGZpcnN0LlxuICovXG5mdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSBlbmRMb2FkKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqIGs2J3MgdGVhcmRvd246IHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoLCBhbmQgcmVtb3Zpbmcgd2hhdCB0aGlzIHJ1biBjcmVhdGVkLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHRlYXJkb3duKGRhdGE/OiBSdW5EYXRhKTogUHJvbWlzZTx2b2lkPiB7XG4gIHJlY29yZFJlc291cmNlc0F0RW5kKCk7XG4gIGF3YWl0IGNsZWFuVXBSdW4ocnVuQ29uZmlnLCBkYXRhKTtcbn1cbiIsICIvLyBFc2NhcGluZyBmb3IgdGhlIGZvcm1hdHMgdGhhdCBlbWJlZCBuYW1lcyBhbmQgdGFnIHZhbHVlczogYSB0YWcgdmFsdWUgc3VjaCBhc1xuLy8gXCI8c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+XCIgbXVzdCBjb21lIG91dCBhcyB0ZXh0IGluIEhUTUwgYW5kIFhNTCwgbmV2ZXIgYXMgbWFya3VwLlxuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZVhtbCh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdGV4dC5yZXBsYWNlKFxuICAgIC9bJjw+XCInXS9nLFxuICAgIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEsXG4gICk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHRcbiAgICAucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpXG4gICAgLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpXG4gICAgLnJlcGxhY2UoLzwvZywgJyZsdDsnKVxuICAgIC5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG5cbi8qKlxuICogQSBNYXJrZG93biBjb2RlIHNwYW4gdGhhdCBzaG93cyBgdGV4dGAgZXhhY3RseSwgYWxzbyBpbnNpZGUgYSB0YWJsZSBjZWxsLiBJbnNpZGUgYSBjb2RlIHNwYW5cbiAqIE1hcmtkb3duIGRlY29kZXMgbm8gZW50aXRpZXMgKGAmbHQ7YCB3b3VsZCBzaG93IGxpdGVyYWxseSkgYW5kIHBhcnNlcyBubyBIVE1MLCBzbyA8ID4gc3RheSBhc1xuICogdGhleSBhcmU7IGEgZmVuY2UgbG9uZ2VyIHRoYW4gYW55IGJhY2t0aWNrIHJ1biBpbnNpZGUga2VlcHMgdGhlIHNwYW4gY2xvc2VkOyBHaXRIdWIncyB0YWJsZXNcbiAqIHN0aWxsIHNwbGl0IGNlbGxzIG9uIGB8YCwgd2hpY2ggYFxcfGAgcHJldmVudHMgKGFuZCBzaG93cyBhcyBgfGApLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbWFya2Rvd25Db2RlKHRleHQ6IHN0cmluZywgb3B0aW9uczogeyBpblRhYmxlOiBib29sZWFuIH0gPSB7IGluVGFibGU6IHRydWUgfSk6IHN0cmluZyB7XG4gIGNvbnN0IG9uZUxpbmUgPSB0ZXh0LnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpO1xuICBjb25zdCBmbGF0ID0gb3B0aW9ucy5pblRhYmxlID8gb25lTGluZS5yZXBsYWNlKC9cXHwvZywgJ1xcXFx8JykgOiBvbmVMaW5lO1xuICBjb25zdCBsb25nZXN0UnVuID0gTWF0aC5tYXgoMCwgLi4uKGZsYXQubWF0Y2goL2ArL2cpID8/IFtdKS5tYXAoKHJ1bikgPT4gcnVuLmxlbmd0aCkpO1xuICBjb25zdCBmZW5jZSA9ICdgJy5yZXBlYXQobG9uZ2VzdFJ1biArIDEpO1xuICBjb25zdCBwYWQgPSBmbGF0LnN0YXJ0c1dpdGgoJ2AnKSB8fCBmbGF0LmVuZHNXaXRoKCdgJykgPyAnICcgOiAnJztcbiAgcmV0dXJuIGAke2ZlbmNlfSR7cGFkfSR7ZmxhdH0ke3BhZH0ke2ZlbmNlfWA7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goe1xuICAgICAgICBtZXRyaWMsXG4gICAgICAgIGV4cHJlc3Npb24sXG4gICAgICAgIG9rOiByZXN1bHQub2ssXG4gICAgICAgIHN0YXQsXG4gICAgICAgIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsXG4gICAgICAgIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpLFxuICAgICAgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiByb3dzLnNvcnQoKGEsIGIpID0+IE51bWJlcihhLm9rKSAtIE51bWJlcihiLm9rKSB8fCBhLm1ldHJpYy5sb2NhbGVDb21wYXJlKGIubWV0cmljKSk7XG59XG5cbmNvbnN0IFNVQl9NRVRSSUMgPSAvXihcXHcrKVxce2VuZHBvaW50OihbXix9XSspXFx9JC87XG5cbi8qKiBQZXItZW5kcG9pbnQgbGF0ZW5jeSBhbmQgZXJyb3JzIGZyb20gdGhlIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljcyB0aGUgdGhyZXNob2xkcyBjcmVhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogRW5kcG9pbnRSb3dbXSB7XG4gIGNvbnN0IHJvd3MgPSBuZXcgTWFwPHN0cmluZywgRW5kcG9pbnRSb3c+KCk7XG4gIGNvbnN0IHJvdyA9IChlbmRwb2ludDogc3RyaW5nKSA9PiB7XG4gICAgbGV0IHIgPSByb3dzLmdldChlbmRwb2ludCk7XG4gICAgaWYgKCFyKSB7XG4gICAgICByID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH07XG4gICAgICByb3dzLnNldChlbmRwb2ludCwgcik7XG4gICAgfVxuICAgIHJldHVybiByO1xuICB9O1xuICBmb3IgKGNvbnN0IFtuYW1lLCBtZXRyaWNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBjb25zdCBtYXRjaCA9IFNVQl9NRVRSSUMuZXhlYyhuYW1lKTtcbiAgICBpZiAoIW1hdGNoKSBjb250aW51ZTtcbiAgICBjb25zdCBbLCBiYXNlLCBlbmRwb2ludF0gPSBtYXRjaCBhcyB1bmtub3duIGFzIFtzdHJpbmcsIHN0cmluZywgc3RyaW5nXTtcbiAgICBjb25zdCB2ID0gbWV0cmljLnZhbHVlcyA/PyB7fTtcbiAgICBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2R1cmF0aW9uJykge1xuICAgICAgT2JqZWN0LmFzc2lnbihyb3coZW5kcG9pbnQpLCB7XG4gICAgICAgIHJlcXVlc3RzOiB2LmNvdW50ID8/IDAsXG4gICAgICAgIHA1MDogdi5tZWQgPz8gbnVsbCxcbiAgICAgICAgcDk1OiB2WydwKDk1KSddID8/IG51bGwsXG4gICAgICAgIHA5OTogdlsncCg5OSknXSA/PyBudWxsLFxuICAgICAgICBtYXg6IHYubWF4ID8/IG51bGwsXG4gICAgICB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogT25lIG9wZW4tbW9kZWwgc2NlbmFyaW8ncyBpdGVyYXRpb25zIGs2IGRpZCBub3Qgc3RhcnQgb24gdGltZSAoZHJvcHBlZF9pdGVyYXRpb25ze3NjZW5hcmlvOlh9KS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRHJvcHBlZFJvdyB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIGl0ZXJhdGlvbnM6IG51bWJlcjtcbiAgLyoqIFJlcXVlc3RzIHRob3NlIGl0ZXJhdGlvbnMgd291bGQgaGF2ZSBzZW50OyBudWxsIHdoZW4gdGhlIGVudHJ5IGRvZXMgbm90IHNheSBob3cgbWFueSBhbiBpdGVyYXRpb24gc2VuZHMuICovXG4gIHJlcXVlc3RzOiBudW1iZXIgfCBudWxsO1xuICAvKiogVGhlIG1vc3QgdGhlIHNjZW5hcmlvJ3MgZ2F0ZSBhbGxvd3MgKGBjb3VudDw9TmApOyBudWxsIHdoZW4gaXQgaXMgbm90IGdhdGVkLiAqL1xuICBhbGxvd2VkOiBudW1iZXIgfCBudWxsO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERyb3BwZWQge1xuICBpdGVyYXRpb25zOiBudW1iZXI7XG4gIHJlcXVlc3RzOiBudW1iZXIgfCBudWxsO1xuICBzY2VuYXJpb3M6IERyb3BwZWRSb3dbXTtcbn1cblxuY29uc3QgRFJPUFBFRF9TVUJfTUVUUklDID0gL15kcm9wcGVkX2l0ZXJhdGlvbnNcXHtzY2VuYXJpbzooW14sfV0rKVxcfSQvO1xuXG4vKipcbiAqIEl0ZXJhdGlvbnMgdGhlIHJ1bidzIG9wZW4tbW9kZWwgc2NlbmFyaW9zIGRpZCBub3Qgc3RhcnQgb24gdGltZSAoazYncyBkcm9wcGVkX2l0ZXJhdGlvbnM6IG5vIFZVXG4gKiB3YXMgZnJlZSB3aGVuIG9uZSB3YXMgZHVlKSwgcGVyIHNjZW5hcmlvLCBhbmQgdGhlIHJlcXVlc3RzIHRoZXkgd291bGQgaGF2ZSBzZW50OyBudWxsIHdoZW4gdGhlXG4gKiBydW4gaGFkIG5vIG9wZW4tbW9kZWwgc2NlbmFyaW8uIFRoZWlyIGxhdGVuY3kgaXMgaW4gbm8gcGVyY2VudGlsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRJdGVyYXRpb25zKFxuICBkYXRhOiBTdW1tYXJ5RGF0YSxcbiAgcmVxdWVzdHNQZXJJdGVyYXRpb246IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gPSB7fSxcbik6IERyb3BwZWQgfCBudWxsIHtcbiAgY29uc3Qgc2NlbmFyaW9zOiBEcm9wcGVkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3Qgc2NlbmFyaW8gPSBEUk9QUEVEX1NVQl9NRVRSSUMuZXhlYyhuYW1lKT8uWzFdO1xuICAgIGlmIChzY2VuYXJpbyA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICBjb25zdCBpdGVyYXRpb25zID0gbWV0cmljLnZhbHVlcz8uY291bnQgPz8gMDtcbiAgICBjb25zdCBwZXJJdGVyYXRpb24gPSByZXF1ZXN0c1Blckl0ZXJhdGlvbltzY2VuYXJpb107XG4gICAgY29uc3QgbGltaXQgPSBPYmplY3Qua2V5cyhtZXRyaWMudGhyZXNob2xkcyA/PyB7fSlcbiAgICAgIC5tYXAoKGV4cHJlc3Npb24pID0+IC9eXFxzKmNvdW50XFxzKjw9XFxzKihcXGQrKVxccyokLy5leGVjKGV4cHJlc3Npb24pPy5bMV0pXG4gICAgICAuZmluZCgobikgPT4gbiAhPT0gdW5kZWZpbmVkKTtcbiAgICBzY2VuYXJpb3MucHVzaCh7XG4gICAgICBzY2VuYXJpbyxcbiAgICAgIGl0ZXJhdGlvbnMsXG4gICAgICByZXF1ZXN0czogcGVySXRlcmF0aW9uID09PSB1bmRlZmluZWQgPyBudWxsIDogaXRlcmF0aW9ucyAqIHBlckl0ZXJhdGlvbixcbiAgICAgIGFsbG93ZWQ6IGxpbWl0ID09PSB1bmRlZmluZWQgPyBudWxsIDogTnVtYmVyKGxpbWl0KSxcbiAgICB9KTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1ldHJpY1ZhbHVlKGRhdGEsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAnY291bnQnKTtcbiAgaWYgKHNjZW5hcmlvcy5sZW5ndGggPT09IDAgJiYgdG90YWwgPT09IG51bGwpIHJldHVybiBudWxsO1xuICBzY2VuYXJpb3Muc29ydCgoYSwgYikgPT4gYS5zY2VuYXJpby5sb2NhbGVDb21wYXJlKGIuc2NlbmFyaW8pKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IHRvdGFsID8/IHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cuaXRlcmF0aW9ucywgMCk7XG4gIGNvbnN0IGtub3duID1cbiAgICBzY2VuYXJpb3MucmVkdWNlKChzdW0sIHJvdykgPT4gc3VtICsgcm93Lml0ZXJhdGlvbnMsIDApID09PSBpdGVyYXRpb25zICYmXG4gICAgc2NlbmFyaW9zLmV2ZXJ5KChyb3cpID0+IHJvdy5yZXF1ZXN0cyAhPT0gbnVsbCk7XG4gIHJldHVybiB7IGl0ZXJhdGlvbnMsIHJlcXVlc3RzOiBrbm93biA/IHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cucmVxdWVzdHMhLCAwKSA6IG51bGwsIHNjZW5hcmlvcyB9O1xufVxuXG4vKiogV2hhdCB0aGUgcGVyY2VudGlsZXMgbGVhdmUgb3V0LCBzYWlkIGJlc2lkZSB0aGVtOiBcInBlcmNlbnRpbGVzIGV4Y2x1ZGUgNDUgcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAoMzQgZHJvcHBlZCBpdGVyYXRpb25zKSAuLi5cIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQ6IERyb3BwZWQgfCBudWxsKTogc3RyaW5nIHwgbnVsbCB7XG4gIGlmICghZHJvcHBlZCkgcmV0dXJuIG51bGw7XG4gIGlmIChkcm9wcGVkLml0ZXJhdGlvbnMgPT09IDApXG4gICAgcmV0dXJuICcwIHJlcXVlc3RzIG5vdCBzZW50IG9uIHRpbWUgKDAgZHJvcHBlZCBpdGVyYXRpb25zKTogdGhlIHBlcmNlbnRpbGVzIGNvdmVyIGV2ZXJ5IHNjaGVkdWxlZCByZXF1ZXN0JztcbiAgY29uc3Qgd2hhdCA9XG4gICAgZHJvcHBlZC5yZXF1ZXN0cyA9PT0gbnVsbFxuICAgICAgPyBgdGhlIHJlcXVlc3RzIG9mICR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5pdGVyYXRpb25zLCAnY291bnQnKX0gaXRlcmF0aW9uc2BcbiAgICAgIDogYCR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5yZXF1ZXN0cywgJ2NvdW50Jyl9IHJlcXVlc3Qke2Ryb3BwZWQucmVxdWVzdHMgPT09IDEgPyAnJyA6ICdzJ31gO1xuICByZXR1cm4gYHBlcmNlbnRpbGVzIGV4Y2x1ZGUgJHt3aGF0fSBub3Qgc2VudCBvbiB0aW1lICgke2Zvcm1hdFZhbHVlKGRyb3BwZWQuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IGRyb3BwZWQgaXRlcmF0aW9uczogbm8gVlUgd2FzIGZyZWUgd2hlbiB0aGV5IHdlcmUgZHVlKSwgd2hvc2UgbGF0ZW5jeSBrNiBjYW5ub3Qga25vd2A7XG59XG5cbi8qKiBPbmUgc2NlbmFyaW8ncyBsaW5lOiBcIjkgaXRlcmF0aW9ucyBub3Qgc2VudCBvbiB0aW1lICg5IHJlcXVlc3RzKSwgYXQgbW9zdCAyIGFsbG93ZWRcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkcm9wcGVkVGV4dChyb3c6IERyb3BwZWRSb3cpOiBzdHJpbmcge1xuICBjb25zdCByZXF1ZXN0cyA9XG4gICAgcm93LnJlcXVlc3RzID09PSBudWxsID8gJycgOiBgICgke2Zvcm1hdFZhbHVlKHJvdy5yZXF1ZXN0cywgJ2NvdW50Jyl9IHJlcXVlc3Qke3Jvdy5yZXF1ZXN0cyA9PT0gMSA/ICcnIDogJ3MnfSlgO1xuICBjb25zdCBhbGxvd2VkID0gcm93LmFsbG93ZWQgPT09IG51bGwgPyAnLCBub3QgZ2F0ZWQnIDogYCwgYXQgbW9zdCAke2Zvcm1hdFZhbHVlKHJvdy5hbGxvd2VkLCAnY291bnQnKX0gYWxsb3dlZGA7XG4gIHJldHVybiBgJHtmb3JtYXRWYWx1ZShyb3cuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IGl0ZXJhdGlvbiR7cm93Lml0ZXJhdGlvbnMgPT09IDEgPyAnJyA6ICdzJ30gbm90IHNlbnQgb24gdGltZSR7cmVxdWVzdHN9JHthbGxvd2VkfWA7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JylcbiAgICByZXR1cm4gTWF0aC5yb3VuZCh2YWx1ZSlcbiAgICAgIC50b1N0cmluZygpXG4gICAgICAucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBvdmVyIHRoZSBsb2FkLCBmcm9tIHRoZSBzaWRlY2FyJ3MgbWV0cmljcyAocmVzdWx0cy5qc29uJ3MgYHJlc291cmNlc2ApLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTZXJ2ZXJSZXNvdXJjZXMge1xuICBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDtcbiAgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsO1xuICBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7XG4gIHNhbXBsZXNfbWlzc2luZzogbnVtYmVyO1xufVxuXG4vKiogVGhlIHNpZGVjYXIncyBmaWd1cmVzOyBudWxsIHdoZW4gbm8gc2lkZWNhciBtZWFzdXJlZCB0aGUgc2VydmVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlcnZlclJlc291cmNlcyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFNlcnZlclJlc291cmNlcyB8IG51bGwge1xuICBpZiAoIWRhdGEubWV0cmljcz8uc2VydmVyX21lbW9yeV9tYiAmJiAhZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQpIHJldHVybiBudWxsO1xuICByZXR1cm4ge1xuICAgIG1lbW9yeV9tYl9wZWFrOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKSxcbiAgICBjcHVfcGVyY2VudF9wOTU6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCAncCg5NSknKSxcbiAgICBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgJ21heCcpLFxuICAgIHNhbXBsZXNfbWlzc2luZzogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwLFxuICB9O1xufVxuXG4vKiogUGxhaW4tbGFuZ3VhZ2UgbGluZSBhYm91dCBzZXJ2ZXIgcmVzb3VyY2VzOiBtZWFzdXJlZCwgb3Igd2h5IG5vdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNUZXh0KHJlc291cmNlczogU2VydmVyUmVzb3VyY2VzIHwgbnVsbCk6IHN0cmluZyB7XG4gIGlmICghcmVzb3VyY2VzIHx8IChyZXNvdXJjZXMubWVtb3J5X21iX3BlYWsgPT09IG51bGwgJiYgcmVzb3VyY2VzLmNwdV9wZXJjZW50X3A5NSA9PT0gbnVsbCkpXG4gICAgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgZ3Jvd3RoID0gcmVzb3VyY2VzLm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlcyBvdmVyIHRoZSBsb2FkOiBtZW1vcnkgcGVhayAke2Zvcm1hdFZhbHVlKHJlc291cmNlcy5tZW1vcnlfbWJfcGVhaywgJ3ZhbHVlJyl9IE1CYCxcbiAgICBgQ1BVIHA5NSAke2Zvcm1hdFZhbHVlKHJlc291cmNlcy5jcHVfcGVyY2VudF9wOTUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7cmVzb3VyY2VzLnNhbXBsZXNfbWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG5cbmV4cG9ydCBjb25zdCByZXNvdXJjZXNMaW5lID0gKGRhdGE6IFN1bW1hcnlEYXRhKTogc3RyaW5nID0+IHJlc291cmNlc1RleHQoc2VydmVyUmVzb3VyY2VzKGRhdGEpKTtcbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG4vLyBrNidzIGhhbmRsZVN1bW1hcnkgd3JpdGVzIHdoYXQgazYga25vd3MgKGJ1aWxkUmVzdWx0cyk7IHRoZSBydW5uZXIncyBmaW5pc2hpbmcgc3RlcFxuLy8gKHJ1bm5lci9maW5pc2gvZmluaXNoLXJ1bi50cykgYWRkcyB3aGF0IGlzIGtub3duIG9ubHkgYWZ0ZXIgazY6IHRoZSBvdXRjb21lLCByZXNvdXJjZSBzY2FsaW5nXG4vLyBhbmQgaXRzIHNsb3BlIGdhdGVzLCBhbiBpbnRlcmFjdGl2ZSBydW4ncyB0aW1lbGluZSwgYSBjb21wYXJpc29uLiBFdmVyeSByZXBvcnQgaXMgcmVuZGVyZWQgZnJvbSBpdC5cbmltcG9ydCB7XG4gIHR5cGUgRHJvcHBlZCxcbiAgZHJvcHBlZEl0ZXJhdGlvbnMsXG4gIHR5cGUgRW5kcG9pbnRSb3csXG4gIGVuZHBvaW50Um93cyxcbiAgdHlwZSBTZXJ2ZXJSZXNvdXJjZXMsXG4gIHR5cGUgU3VtbWFyeURhdGEsXG4gIHNlcnZlclJlc291cmNlcyxcbiAgdHlwZSBUaHJlc2hvbGRSb3csXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGNvbnN0IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04gPSAxO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bk1ldGEge1xuICBzY2VuYXJpbzogc3RyaW5nO1xuICBwcm9maWxlOiBzdHJpbmcgfCBudWxsO1xuICB0YXJnZXQ6IHN0cmluZyB8IG51bGw7XG4gIGs2X3ZlcnNpb246IHN0cmluZyB8IG51bGw7XG4gIGdpdF9jb21taXQ6IHN0cmluZyB8IG51bGw7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgbG9hZCBzaGFwZSBhIHJ1biB3YXMgYXNrZWQgZm9yLCByZWNvcmRlZCBieSB0aGUgcnVubmVyIHNvIGNvbXBhcmUgY2FuIHJlZnVzZSB1bmxpa2UgcnVucy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZFNoYXBlIHtcbiAgY29uY3VycmVudF91c2VyczogbnVtYmVyO1xuICBkdXJhdGlvbl9zOiBudW1iZXI7XG4gIHJhbXBfdXBfczogbnVtYmVyO1xuICByYW1wX2Rvd25fczogbnVtYmVyO1xuICB1c2VyX3dlaWdodHM6IHN0cmluZztcbiAgdGhpbmtfdGltZV9zOiBzdHJpbmc7XG59XG5cbmV4cG9ydCB0eXBlIFJ1bk91dGNvbWUgPSAnY29tcGxldGVkJyB8ICd0aHJlc2hvbGRzIGZhaWxlZCcgfCAnYWJvcnRlZCcgfCAnaW50ZXJydXB0ZWQnIHwgJ3N0b3BwZWQnIHwgJ2Vycm9yJztcblxuLyoqIFdoYXQgazYga25ldyAoUnVuTWV0YSwgZHVyYXRpb24pIGFuZCB3aGF0IHRoZSBydW5uZXIgYWRkcyBhZnRlciBrNiBleGl0cy4gKi9cbmludGVyZmFjZSBSdW5JbmZvIGV4dGVuZHMgUnVuTWV0YSB7XG4gIGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsO1xuICBsb2FkPzogTG9hZFNoYXBlO1xuICAvKiogazYncyBleGl0IGNvZGU7IG51bGwgd2hlbiBrNiBuZXZlciByYW4sIGFic2VudCB3aGVuIHRoZSBydW5uZXIgY291bGQgbm90IHNlZSBpdCAoY29tcG9zZSkuICovXG4gIGs2X2V4aXRfY29kZT86IG51bWJlciB8IG51bGw7XG4gIG91dGNvbWU/OiBSdW5PdXRjb21lO1xuICAvKiogV2h5IGEgcnVuIGRpZCBub3QgY29tcGxldGUsIGUuZy4gazYncyBvd24gZmlyc3QgZXJyb3IgbGluZS4gKi9cbiAgb3V0Y29tZV9yZWFzb24/OiBzdHJpbmc7XG4gIC8qKiBucG0gcnVuIG1lcmdlOiB0aGUgazYgLS1vdXQganNvbiBmaWxlcyBtZXJnZWQgaW50byB0aGlzIHJlc3VsdC4gKi9cbiAgbWVyZ2VkX2Zyb20/OiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzVGhyZXNob2xkIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIGV4cHJlc3Npb246IHN0cmluZztcbiAgb2s6IGJvb2xlYW47XG4gIG9ic2VydmVkOiBudW1iZXIgfCBudWxsO1xuICAvKiogSG93IG9ic2VydmVkIHJlYWRzIChtcywgYSAwLi4xIHJhdGUgYXMgcGVyY2VudCwgYSBjb3VudCk7IGFic2VudDogYSBwbGFpbiB2YWx1ZS4gKi9cbiAgdW5pdD86IFRocmVzaG9sZFJvd1sndW5pdCddO1xuICAvKiogV2h5IG9ic2VydmVkIGlzIG1pc3NpbmcgKGEgc2xvcGUgZ2F0ZSB3aG9zZSBzbG9wZSBjb3VsZCBub3QgYmUgZml0dGVkKS4gKi9cbiAgcmVhc29uPzogc3RyaW5nO1xufVxuXG4vKiogUmVzb3VyY2Ugc2NhbGluZyBwZXIgc3RlcCBvZiBsb2FkIChydW5uZXIvc2NhbGluZy9yZXNvdXJjZS1zY2FsaW5nLnRzIGNvbXB1dGVzIGl0KS4gKi9cbmludGVyZmFjZSBTY2FsaW5nU3RlcFJlc3VsdCB7XG4gIGZyb206IG51bWJlcjtcbiAgdG86IG51bWJlcjtcbiAgc2Vjb25kczogbnVtYmVyO1xuICB1c2Vyc19tZWFuOiBudW1iZXIgfCBudWxsO1xuICByZXF1ZXN0c19wZXJfczogbnVtYmVyO1xuICBwOTVfbXM6IG51bWJlciB8IG51bGw7XG4gIHNlcnZlcl9zYW1wbGVzOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50X21lYW46IG51bWJlciB8IG51bGw7XG4gIG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsO1xufVxuXG5pbnRlcmZhY2UgU2xvcGVSZXN1bHQge1xuICB1bml0OiBzdHJpbmc7XG4gIHZhbHVlOiBudW1iZXIgfCBudWxsO1xuICByMjogbnVtYmVyIHwgbnVsbDtcbiAgc3RlcHNfdXNlZDogbnVtYmVyO1xuICB4X2Zyb206IG51bWJlciB8IG51bGw7XG4gIHhfdG86IG51bWJlciB8IG51bGw7XG4gIGZpdDogc3RyaW5nO1xuICByZWFzb24/OiBzdHJpbmc7XG59XG5cbmludGVyZmFjZSBTY2FsaW5nUmVzdWx0IHtcbiAgbGV2ZWw6ICd1c2VycycgfCAncmVxdWVzdHNfcGVyX3MnO1xuICBzdGVwX3dpZHRoOiBudW1iZXI7XG4gIHdpbmRvdzogeyBmcm9tOiBudW1iZXI7IHRvOiBudW1iZXIgfTtcbiAgc3RlcHM6IFNjYWxpbmdTdGVwUmVzdWx0W107XG4gIG1lbW9yeTogU2xvcGVSZXN1bHQ7XG4gIGNwdTogU2xvcGVSZXN1bHQ7XG59XG5cbi8qKiBPbmUgbWV0cmljJ3MgdmVyZGljdCBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykgKHJ1bm5lci9jb21wYXJlL2NvbXBhcmUudHMgY29tcHV0ZXMgaXQpLiAqL1xuaW50ZXJmYWNlIENvbXBhcmlzb25Sb3dSZXN1bHQge1xuICBtZXRyaWM6IHN0cmluZztcbiAgc3RhdDogJ3AoOTUpJyB8ICdyYXRlJyB8ICdtYXgnO1xuICBlbmRwb2ludDogc3RyaW5nIHwgbnVsbDtcbiAgdW5pdDogJ21zJyB8ICdyYXRlJyB8ICdwZXJjZW50JyB8ICdNQic7XG4gIGJhc2VsaW5lOiBudW1iZXIgfCBudWxsO1xuICBjdXJyZW50OiBudW1iZXIgfCBudWxsO1xuICBjaGFuZ2U6IG51bWJlciB8IG51bGw7XG4gIGludGVydmFsOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbDtcbiAgaW50ZXJ2YWxfYWJzOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbDtcbiAgdmVyZGljdDogJ2ltcHJvdmVkJyB8ICdubyBjaGFuZ2UnIHwgJ3JlZ3Jlc3NlZCcgfCAnaW5jb25jbHVzaXZlJztcbiAgbWV0aG9kOiBzdHJpbmc7XG4gIHNhbXBsZXM6IHsgYmFzZWxpbmU6IG51bWJlcjsgY3VycmVudDogbnVtYmVyOyBiYXNlbGluZV9ydW5zOiBudW1iZXIgfSB8IG51bGw7XG4gIG5vdGU/OiBzdHJpbmc7XG4gIHByb2ZpbGU/OiB7IHE6IG51bWJlcltdOyBiYXNlbGluZTogbnVtYmVyW107IGN1cnJlbnQ6IG51bWJlcltdIH07XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29tcGFyaXNvblJlc3VsdCB7XG4gIG1ldGhvZDogc3RyaW5nO1xuICBvcHRpb25zOiB7XG4gICAgdG9sZXJhbmNlOiBudW1iZXI7XG4gICAgbWluX21zOiBudW1iZXI7XG4gICAgbWluX3JhdGU6IG51bWJlcjtcbiAgICByZXNhbXBsZXM6IG51bWJlcjtcbiAgICBzZWVkOiBudW1iZXI7XG4gICAgYmxvY2tfczogbnVtYmVyO1xuICAgIC8qKiBBYnNlbnQgaW4gY29tcGFyaXNvbnMgd3JpdHRlbiBiZWZvcmUgaXQgd2FzIGFuIG9wdGlvbi4gKi9cbiAgICBpbmNvbmNsdXNpdmU/OiAnd2FybicgfCAnZmFpbCc7XG4gIH07XG4gIGNvbmZpZGVuY2U6IHsgZmFtaWx5OiBudW1iZXI7IHBlcl9tZXRyaWM6IG51bWJlcjsganVkZ2VkOiBudW1iZXIgfTtcbiAgYmFzZWxpbmVzOiBzdHJpbmdbXTtcbiAgY3VycmVudDogc3RyaW5nO1xuICByYXdfc2FtcGxlczogYm9vbGVhbjtcbiAgcnVuX3dpZGVfc2hpZnQ6IHsgY2hhbmdlOiBudW1iZXI7IGVuZHBvaW50czogbnVtYmVyIH0gfCBudWxsO1xuICB3YXJuaW5nczogc3RyaW5nW107XG4gIHJlZ3Jlc3Npb25zOiBudW1iZXI7XG4gIGluY29uY2x1c2l2ZTogbnVtYmVyO1xuICByb3dzOiBDb21wYXJpc29uUm93UmVzdWx0W107XG59XG5cbi8qKiBBbiBpbnRlcmFjdGl2ZSBydW4gKG5wbSBydW4gdWkpOiB0aGUgdXNlcnMgdGhlIHBlcnNvbiBzZXQgb3ZlciB0aW1lLCBhbmQgdGhlIHBhdXNlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSW50ZXJhY3RpdmVSZXN1bHQge1xuICBwb29sX3Z1czogbnVtYmVyO1xuICB3ZWlnaHRzOiBzdHJpbmc7XG4gIHVzZXJzX3RpbWVsaW5lOiB7IGF0OiBzdHJpbmc7IHVzZXJzOiBudW1iZXI7IHBhdXNlZDogYm9vbGVhbiB9W107XG59XG5cbi8qKiBBIGNoYW5nZSBwb2ludCBvZiB0aGUgcnVuJ3MgdGVzdCBvdmVyIGl0cyBsYXN0IHJ1bnMgKHJlc3VsdHMuanNvbiBoaXN0b3J5LmNoYW5nZXMpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBIaXN0b3J5Q2hhbmdlIHtcbiAgc2VyaWVzOiBzdHJpbmc7XG4gIHVuaXQ6IHN0cmluZztcbiAgcnVuOiBzdHJpbmc7XG4gIGNvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgdGltZTogc3RyaW5nO1xuICBjaGFuZ2U6IG51bWJlciB8IG51bGw7XG4gIGludGVydmFsOiBbbnVtYmVyLCBudW1iZXJdIHwgbnVsbDtcbiAgYmVmb3JlOiBudW1iZXI7XG4gIGFmdGVyOiBudW1iZXI7XG4gIHJ1bnNfYmVmb3JlOiBudW1iZXI7XG4gIHJ1bnNfYWZ0ZXI6IG51bWJlcjtcbiAgcF92YWx1ZTogbnVtYmVyO1xuICB3b3JzZTogYm9vbGVhbiB8IG51bGw7XG59XG5cbi8qKiByZXN1bHRzLmpzb24gYGhpc3RvcnlgIChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLiAqL1xuZXhwb3J0IGludGVyZmFjZSBIaXN0b3J5RmFjdHMge1xuICBzdG9yZTogc3RyaW5nO1xuICB0ZXN0OiBzdHJpbmcgfCBudWxsO1xuICBhZGRlZDogYm9vbGVhbjtcbiAgLyoqIFdoeSB0aGlzIHJ1biB3YXMgbm90IGFkZGVkIChpdHMgZmlndXJlcyBjb3ZlciBwYXJ0IG9mIHRoZSBydW4pLiAqL1xuICByZWZ1c2VkPzogc3RyaW5nO1xuICAvKiogVGhlIHN0b3JlIGZhaWxlZDogc2FpZCBoZXJlIGFuZCBvbiBzdGRlcnI7IHRoZSBydW4ncyBvd24gcmVwb3J0cyBhcmUgY29tcGxldGUuICovXG4gIGVycm9yPzogc3RyaW5nO1xuICBydW5zOiBudW1iZXI7XG4gIC8qKiBUaGUgb2xkZXN0IG9mIHRoZSBsYXN0IGBsYXN0YCBydW5zOiB3aGF0IFwiY2hhbmdlcyBzaW5jZVwiIGNvdW50cyBmcm9tLiAqL1xuICBzaW5jZTogeyBydW46IHN0cmluZzsgY29tbWl0OiBzdHJpbmcgfCBudWxsOyB0aW1lOiBzdHJpbmcgfSB8IG51bGw7XG4gIG9wdGlvbnM6IHsgd2luZG93OiBudW1iZXI7IHBfdmFsdWU6IG51bWJlcjsgbWluX21hZ25pdHVkZTogbnVtYmVyOyBsYXN0OiBudW1iZXI7IHRvbGVyYW5jZTogbnVtYmVyIH07XG4gIGNoYW5nZXM6IEhpc3RvcnlDaGFuZ2VbXTtcbiAgLyoqIFNlcmllcyBgbnBtIHJ1biBoaXN0b3J5IC0tIGNoZWNrYCB3b3VsZCBmYWlsIG9uIG5vdy4gKi9cbiAgcmVncmVzc2lvbnM6IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bkluZm87XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IFJlc3VsdHNUaHJlc2hvbGRbXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogT3Blbi1tb2RlbCBzY2VuYXJpb3MnIGl0ZXJhdGlvbnMgbm90IHN0YXJ0ZWQgb24gdGltZSAoazYgZHJvcHBlZF9pdGVyYXRpb25zKSwgd2hpY2ggbm8gcGVyY2VudGlsZSBob2xkczsgbnVsbCB3aXRob3V0IG9uZS4gKi9cbiAgZHJvcHBlZDogRHJvcHBlZCB8IG51bGw7XG4gIC8qKiBFdmVyeSBtZXRyaWMncyBhZ2dyZWdhdGUgdmFsdWVzIGFzIGs2IGNvbXB1dGVkIHRoZW0uICovXG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIG51bWJlcj4+O1xuICByZXNvdXJjZXM6IFNlcnZlclJlc291cmNlcyB8IG51bGw7XG4gIC8qKiBFbnRyaWVzIHdob3NlIGxvYWQgY2hhbmdlcyAocmFtcC11cCwgc3Bpa2UsIGJyZWFrcG9pbnQpOiBzZXJ2ZXIgQ1BVIGFuZCBtZW1vcnkgcGVyIHN0ZXAgb2YgbG9hZC4gKi9cbiAgc2NhbGluZz86IFNjYWxpbmdSZXN1bHQ7XG4gIC8qKiBBZGRlZCBieSBucG0gcnVuIGNvbXBhcmUgLyBwZXJmIC0tYmFzZWxpbmU6IHRoZSB2ZXJkaWN0cyBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykuICovXG4gIGNvbXBhcmlzb24/OiBDb21wYXJpc29uUmVzdWx0O1xuICAvKiogQWRkZWQgZm9yIGFuIGludGVyYWN0aXZlIHJ1biAobnBtIHJ1biB1aSkuICovXG4gIGludGVyYWN0aXZlPzogSW50ZXJhY3RpdmVSZXN1bHQ7XG4gIC8qKiBBZGRlZCB3aGVuIGhpc3RvcnkgaXMgb24gKHJ1bm5lci9oaXN0b3J5L3JlY29yZC1ydW4udHMpOiB0aGUgcnVuIGluIHRoZSBoaXN0b3J5IGFuZCB3aGF0IGNoYW5nZWQgb3ZlciB0aGUgbGFzdCBydW5zLiAqL1xuICBoaXN0b3J5PzogSGlzdG9yeUZhY3RzO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKFxuICBkYXRhOiBTdW1tYXJ5RGF0YSxcbiAgbWV0YTogUnVuTWV0YSxcbiAgcmVxdWVzdHNQZXJJdGVyYXRpb246IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gPSB7fSxcbik6IFJlc3VsdHMge1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKS5tYXAoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvaywgb2JzZXJ2ZWQsIHVuaXQgfSkgPT4gKHtcbiAgICBtZXRyaWMsXG4gICAgZXhwcmVzc2lvbixcbiAgICBvayxcbiAgICBvYnNlcnZlZCxcbiAgICB1bml0LFxuICB9KSk7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgZHJvcHBlZDogZHJvcHBlZEl0ZXJhdGlvbnMoZGF0YSwgcmVxdWVzdHNQZXJJdGVyYXRpb24pLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBzZXJ2ZXJSZXNvdXJjZXMoZGF0YSksXG4gIH07XG59XG5cbi8qKiBBIHRocmVzaG9sZCdzIHVuaXQ7IHJlc3VsdHMuanNvbiBmaWxlcyB3cml0dGVuIGJlZm9yZSB1bml0cyB3ZXJlIHJlY29yZGVkIGdldCBvbmUgZnJvbSBpdHMgbmFtZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bml0T2YodGhyZXNob2xkOiBSZXN1bHRzVGhyZXNob2xkKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAodGhyZXNob2xkLnVuaXQpIHJldHVybiB0aHJlc2hvbGQudW5pdDtcbiAgaWYgKHRocmVzaG9sZC5leHByZXNzaW9uLnN0YXJ0c1dpdGgoJ3JhdGUnKSkgcmV0dXJuICdwZXJjZW50JztcbiAgcmV0dXJuIC9kdXJhdGlvbnxfbXMvLnRlc3QodGhyZXNob2xkLm1ldHJpYykgPyAnbXMnIDogJ3ZhbHVlJztcbn1cbiIsICIvLyBKVW5pdCBYTUw6IG9uZSB0ZXN0IGNhc2UgcGVyIHRocmVzaG9sZCwgZmFpbGluZyBvbmVzIGNhcnJ5IHRoZSBvYnNlcnZlZCB2YWx1ZSwgc28gYW55IENJIHN5c3RlbVxuLy8gc2hvd3Mgd2hpY2ggcGVyZm9ybWFuY2UgdGFyZ2V0IHdhcyBtaXNzZWQuIEEgcnVuIHRoYXQgZW5kZWQgaW4gYW4gZXJyb3IgKGs2J3Mgb3duIHJlYXNvbiBpblxuLy8gcnVuLm91dGNvbWVfcmVhc29uKSBpcyBvbmUgbW9yZSB0ZXN0IGNhc2UsIGluIGVycm9yLiBQdXJlOiBrNidzIGhhbmRsZVN1bW1hcnkgYW5kIHRoZSBydW5uZXInc1xuLy8gZmluaXNoaW5nIHN0ZXAgcmVuZGVyIGl0IGZyb20gdGhlIHNhbWUgUmVzdWx0cy5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IHR5cGUgUmVzdWx0cywgdHlwZSBSZXN1bHRzVGhyZXNob2xkLCB1bml0T2YgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmZ1bmN0aW9uIHRocmVzaG9sZENhc2Uoc3VpdGU6IHN0cmluZywgdDogUmVzdWx0c1RocmVzaG9sZCk6IHN0cmluZyB7XG4gIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufWApO1xuICBjb25zdCBvYnNlcnZlZCA9XG4gICAgdC5vYnNlcnZlZCA9PT0gbnVsbCAmJiB0LnJlYXNvbiA/IGBub3QgbWVhc3VyZWQ6ICR7dC5yZWFzb259YCA6IGBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHVuaXRPZih0KSl9YDtcbiAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gIGlmICh0Lm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD4ke2VzY2FwZVhtbChvYnNlcnZlZCl9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3QubWV0cmljfSAke3QuZXhwcmVzc2lvbn0gZmFpbGVkOiAke29ic2VydmVkfWApfVwiIHR5cGU9XCJ0aHJlc2hvbGRcIj4ke2VzY2FwZVhtbChvYnNlcnZlZCl9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG59XG5cbmZ1bmN0aW9uIGVycm9yQ2FzZShzdWl0ZTogc3RyaW5nLCByZXN1bHRzOiBSZXN1bHRzKTogc3RyaW5nIHtcbiAgY29uc3QgcmVhc29uID0gZXNjYXBlWG1sKHJlc3VsdHMucnVuLm91dGNvbWVfcmVhc29uID8/ICd0aGUgcnVuIGVuZGVkIGluIGFuIGVycm9yJyk7XG4gIHJldHVybiBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCJrNiBydW5cIiB0aW1lPVwiMFwiPlxcbiAgICAgIDxlcnJvciBtZXNzYWdlPVwiJHtyZWFzb259XCIgdHlwZT1cIms2XCI+JHtyZWFzb259PC9lcnJvcj5cXG4gICAgPC90ZXN0Y2FzZT5gO1xufVxuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQocmVzdWx0czogUmVzdWx0cyk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSByZXN1bHRzLnRocmVzaG9sZHM7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGVycm9ycyA9IHJlc3VsdHMucnVuLm91dGNvbWUgPT09ICdlcnJvcicgPyAxIDogMDtcbiAgY29uc3QgdGVzdHMgPSByb3dzLmxlbmd0aCArIGVycm9ycztcbiAgY29uc3Qgc2Vjb25kcyA9ICgocmVzdWx0cy5ydW4uZHVyYXRpb25fbXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtyZXN1bHRzLnJ1bi5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSBbLi4uKGVycm9ycyA/IFtlcnJvckNhc2Uoc3VpdGUsIHJlc3VsdHMpXSA6IFtdKSwgLi4ucm93cy5tYXAoKHIpID0+IHRocmVzaG9sZENhc2Uoc3VpdGUsIHIpKV07XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHt0ZXN0c31cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiJHtlcnJvcnN9XCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIGAgIDx0ZXN0c3VpdGUgbmFtZT1cIiR7c3VpdGV9XCIgdGVzdHM9XCIke3Rlc3RzfVwiIGZhaWx1cmVzPVwiJHtmYWlsdXJlc31cIiBlcnJvcnM9XCIke2Vycm9yc31cIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWTogZmFpbGVkIHRocmVzaG9sZHMgZmlyc3QsIGluIGFcbi8vIHRhYmxlIG9mIHRoZWlyIG93bjsgdGhlIHBhc3Npbmcgb25lcyBmb2xkZWQgaW4gPGRldGFpbHM+LCBzbyBhIDM4LXJvdyB0YWJsZSBuZXZlciBidXJpZXMgYSBmYWlsdXJlLlxuLy8gUHVyZTogazYncyBoYW5kbGVTdW1tYXJ5IGFuZCB0aGUgcnVubmVyJ3MgZmluaXNoaW5nIHN0ZXAgcmVuZGVyIGl0IGZyb20gdGhlIHNhbWUgUmVzdWx0cy5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCwgbWFya2Rvd25Db2RlIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgdHlwZSBSZXN1bHRzLCB0eXBlIFJlc3VsdHNUaHJlc2hvbGQsIHVuaXRPZiB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgeyBmb3JtYXRWYWx1ZSwgcGVyY2VudGlsZUNhdmVhdCwgcmVzb3VyY2VzVGV4dCB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZnVuY3Rpb24gdGhyZXNob2xkVGFibGUocm93czogUmVzdWx0c1RocmVzaG9sZFtdKTogc3RyaW5nW10ge1xuICByZXR1cm4gW1xuICAgICd8IHwgdGhyZXNob2xkIHwgb2JzZXJ2ZWQgfCcsXG4gICAgJ3wtLS18LS0tfC0tLXwnLFxuICAgIC4uLnJvd3MubWFwKFxuICAgICAgKHIpID0+XG4gICAgICAgIGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgJHttYXJrZG93bkNvZGUoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfSB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgdW5pdE9mKHIpKX0gfGAsXG4gICAgKSxcbiAgXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KHJlc3VsdHM6IFJlc3VsdHMpOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gcmVzdWx0cy50aHJlc2hvbGRzO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spO1xuICBjb25zdCBwYXNzZWQgPSByb3dzLmZpbHRlcigocikgPT4gci5vayk7XG4gIC8vIE5vIHRocmVzaG9sZHMgYXQgYWxsOiBhIHJ1biBrNiBzdG9wcGVkIGJlZm9yZSBpdHMgc3VtbWFyeSAodGhlIG91dGNvbWUgYWJvdmUgc2F5cyB3aHkpLlxuICBjb25zdCB2ZXJkaWN0ID1cbiAgICByb3dzLmxlbmd0aCA9PT0gMFxuICAgICAgPyAnbm8gdGhyZXNob2xkcydcbiAgICAgIDogZmFpbGVkLmxlbmd0aCA9PT0gMFxuICAgICAgICA/IGDinIUgYWxsICR7cm93cy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYFxuICAgICAgICA6IGDinYwgJHtmYWlsZWQubGVuZ3RofSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGA7XG4gIGNvbnN0IGxpbmVzID0gW2AjIyBjb3Vyc2UtcGVyZiAke21hcmtkb3duQ29kZShyZXN1bHRzLnJ1bi5zY2VuYXJpbywgeyBpblRhYmxlOiBmYWxzZSB9KX06ICR7dmVyZGljdH1gLCAnJ107XG4gIGlmIChmYWlsZWQubGVuZ3RoID4gMCkgbGluZXMucHVzaCguLi50aHJlc2hvbGRUYWJsZShmYWlsZWQpLCAnJyk7XG4gIGlmIChwYXNzZWQubGVuZ3RoID4gMCkge1xuICAgIC8vIEdpdEh1YiByZW5kZXJzIE1hcmtkb3duIGluc2lkZSA8ZGV0YWlscz4gb25seSBhZnRlciBhIGJsYW5rIGxpbmUgZm9sbG93aW5nIDwvc3VtbWFyeT4uXG4gICAgbGluZXMucHVzaChcbiAgICAgICc8ZGV0YWlscz4nLFxuICAgICAgYDxzdW1tYXJ5PiR7cGFzc2VkLmxlbmd0aH0gcGFzc2VkIHRocmVzaG9sZCR7cGFzc2VkLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfTwvc3VtbWFyeT5gLFxuICAgICAgJycsXG4gICAgICAuLi50aHJlc2hvbGRUYWJsZShwYXNzZWQpLFxuICAgICAgJycsXG4gICAgICAnPC9kZXRhaWxzPicsXG4gICAgICAnJyxcbiAgICApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IHJlc3VsdHMuZW5kcG9pbnRzO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGB8ICR7ZXNjYXBlTWFya2Rvd25DZWxsKGUuZW5kcG9pbnQpfSB8ICR7ZS5yZXF1ZXN0c30gfCAke2Zvcm1hdFZhbHVlKGUucDUwLCAnbXMnKX0gfCAke2Zvcm1hdFZhbHVlKGUucDk1LCAnbXMnKX0gfCAke2Zvcm1hdFZhbHVlKGUucDk5LCAnbXMnKX0gfCAke2Zvcm1hdFZhbHVlKGUubWF4LCAnbXMnKX0gfCAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpfSB8YCxcbiAgICAgICk7XG4gICAgfVxuICAgIGxpbmVzLnB1c2goJycpO1xuICB9XG4gIGNvbnN0IGRyb3BwZWQgPSByZXN1bHRzLmRyb3BwZWQgPz8gbnVsbDtcbiAgY29uc3QgY2F2ZWF0ID0gcGVyY2VudGlsZUNhdmVhdChkcm9wcGVkKTtcbiAgaWYgKGNhdmVhdCkgbGluZXMucHVzaChgJHtkcm9wcGVkIS5pdGVyYXRpb25zID4gMCA/ICfimqDvuI8gJyA6ICcnfSR7ZXNjYXBlTWFya2Rvd25DZWxsKGNhdmVhdCl9YCwgJycpO1xuICBpZiAoZHJvcHBlZCAmJiBkcm9wcGVkLnNjZW5hcmlvcy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnfCBzY2VuYXJpbyAob3BlbiBtb2RlbCkgfCBpdGVyYXRpb25zIG5vdCBzZW50IG9uIHRpbWUgfCByZXF1ZXN0cyB8IGFsbG93ZWQgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3Qgcm93IG9mIGRyb3BwZWQuc2NlbmFyaW9zKSB7XG4gICAgICBsaW5lcy5wdXNoKFxuICAgICAgICBgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChyb3cuc2NlbmFyaW8pfSB8ICR7Zm9ybWF0VmFsdWUocm93Lml0ZXJhdGlvbnMsICdjb3VudCcpfSB8ICR7cm93LnJlcXVlc3RzID09PSBudWxsID8gJ24vYScgOiBmb3JtYXRWYWx1ZShyb3cucmVxdWVzdHMsICdjb3VudCcpfSB8ICR7cm93LmFsbG93ZWQgPT09IG51bGwgPyAnbm90IGdhdGVkJyA6IGZvcm1hdFZhbHVlKHJvdy5hbGxvd2VkLCAnY291bnQnKX0gfGAsXG4gICAgICApO1xuICAgIH1cbiAgICBsaW5lcy5wdXNoKCcnKTtcbiAgfVxuICBsaW5lcy5wdXNoKGVzY2FwZU1hcmtkb3duQ2VsbChyZXNvdXJjZXNUZXh0KHJlc3VsdHMucmVzb3VyY2VzKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBjb25jaXNlIGNvbnNvbGUgc3VtbWFyeTogdGhyZXNob2xkcyBmaXJzdCAodmVyZGljdCwgZXhwcmVzc2lvbiwgb2JzZXJ2ZWQgdmFsdWUpLCB0aGVuXG4vLyBwZXItZW5kcG9pbnQgbGF0ZW5jeSwgdGhyb3VnaHB1dCwgZXJyb3JzLCBjaGVja3MsIGN1c3RvbSBtZXRyaWNzIGFuZCBzZXJ2ZXIgcmVzb3VyY2VzLlxuaW1wb3J0IHtcbiAgZHJvcHBlZEl0ZXJhdGlvbnMsXG4gIGRyb3BwZWRUZXh0LFxuICBlbmRwb2ludFJvd3MsXG4gIGZvcm1hdFZhbHVlLFxuICBtZXRyaWNWYWx1ZSxcbiAgcGVyY2VudGlsZUNhdmVhdCxcbiAgcmVzb3VyY2VzTGluZSxcbiAgdHlwZSBTdW1tYXJ5RGF0YSxcbiAgdGhyZXNob2xkUm93cyxcbn0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoW1xuICAnaHR0cF9yZXFzJyxcbiAgJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgJ2h0dHBfcmVxX2Jsb2NrZWQnLFxuICAnaHR0cF9yZXFfY29ubmVjdGluZycsXG4gICdodHRwX3JlcV90bHNfaGFuZHNoYWtpbmcnLFxuICAnaHR0cF9yZXFfc2VuZGluZycsXG4gICdodHRwX3JlcV93YWl0aW5nJyxcbiAgJ2h0dHBfcmVxX3JlY2VpdmluZycsXG4gICdodHRwX3JlcV9mYWlsZWQnLFxuICAnaXRlcmF0aW9ucycsXG4gICdpdGVyYXRpb25fZHVyYXRpb24nLFxuICAnZHJvcHBlZF9pdGVyYXRpb25zJyxcbiAgJ3Z1cycsXG4gICd2dXNfbWF4JyxcbiAgJ2RhdGFfc2VudCcsXG4gICdkYXRhX3JlY2VpdmVkJyxcbiAgJ2NoZWNrcycsXG4gICdncm91cF9kdXJhdGlvbicsXG5dKTtcbmNvbnN0IGlzQ3VzdG9tID0gKG5hbWU6IHN0cmluZykgPT5cbiAgIW5hbWUuaW5jbHVkZXMoJ3snKSAmJiAhQlVJTFRfSU4uaGFzKG5hbWUpICYmICEvXihzZXJ2ZXJffHdzX3xncnBjX3xicm93c2VyXykvLnRlc3QobmFtZSk7XG5cbmZ1bmN0aW9uIHBhaW50KGNvbG9yOiBib29sZWFuKSB7XG4gIGNvbnN0IHdyYXAgPSAoY29kZTogbnVtYmVyKSA9PiAodGV4dDogc3RyaW5nKSA9PiAoY29sb3IgPyBgXFx1MDAxYlske2NvZGV9bSR7dGV4dH1cXHUwMDFiWzBtYCA6IHRleHQpO1xuICByZXR1cm4geyByZWQ6IHdyYXAoMzEpLCBncmVlbjogd3JhcCgzMiksIGJvbGQ6IHdyYXAoMSksIGRpbTogd3JhcCgyKSB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdGV4dFN1bW1hcnkoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IGNvbG9yOiBib29sZWFuOyByZXF1ZXN0c1Blckl0ZXJhdGlvbj86IFJlY29yZDxzdHJpbmcsIG51bWJlcj4gfSxcbik6IHN0cmluZyB7XG4gIGNvbnN0IGMgPSBwYWludChvcHRpb25zLmNvbG9yKTtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSB0aHJlc2hvbGRzLmZpbHRlcigodCkgPT4gIXQub2spLmxlbmd0aDtcbiAgbGluZXMucHVzaChcbiAgICBjLmJvbGQoXG4gICAgICBgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWAsXG4gICAgKSxcbiAgKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKFxuICAgICAgJycsXG4gICAgICBjLmJvbGQoXG4gICAgICAgIGAkeydlbmRwb2ludHMnLnBhZEVuZCh3aWR0aCArIDIpfSAkeydyZXF1ZXN0cycucGFkU3RhcnQoOCl9ICR7WydwNTAnLCAncDk1JywgJ3A5OScsICdtYXgnLCAnZXJyb3JzJ10ubWFwKChoKSA9PiBoLnBhZFN0YXJ0KDgpKS5qb2luKCcgJyl9YCxcbiAgICAgICksXG4gICAgKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBjb25zdCBjZWxsID0gKHY6IG51bWJlciB8IG51bGwpID0+IGZvcm1hdFZhbHVlKHYsICdtcycpLnBhZFN0YXJ0KDgpO1xuICAgICAgbGluZXMucHVzaChcbiAgICAgICAgYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWAsXG4gICAgICApO1xuICAgIH1cbiAgfVxuICBjb25zdCBkcm9wcGVkID0gZHJvcHBlZEl0ZXJhdGlvbnMoZGF0YSwgb3B0aW9ucy5yZXF1ZXN0c1Blckl0ZXJhdGlvbik7XG4gIGNvbnN0IGNhdmVhdCA9IHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZCk7XG4gIGlmIChjYXZlYXQpIGxpbmVzLnB1c2goYCAgJHtkcm9wcGVkIS5pdGVyYXRpb25zID4gMCA/IGMucmVkKGNhdmVhdCkgOiBjYXZlYXR9YCk7XG4gIGlmIChkcm9wcGVkICYmIGRyb3BwZWQuc2NlbmFyaW9zLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3JlcXVlc3RzIG5vdCBzZW50IG9uIHRpbWUgKG9wZW4gbW9kZWw6IGs2IGRyb3BwZWRfaXRlcmF0aW9ucyBwZXIgc2NlbmFyaW8pJykpO1xuICAgIGNvbnN0IHdpZHRoID0gTWF0aC5tYXgoMTYsIC4uLmRyb3BwZWQuc2NlbmFyaW9zLm1hcCgocm93KSA9PiByb3cuc2NlbmFyaW8ubGVuZ3RoKSk7XG4gICAgZm9yIChjb25zdCByb3cgb2YgZHJvcHBlZC5zY2VuYXJpb3MpIGxpbmVzLnB1c2goYCAgJHtyb3cuc2NlbmFyaW8ucGFkRW5kKHdpZHRoKX0gJHtkcm9wcGVkVGV4dChyb3cpfWApO1xuICB9XG4gIGNvbnN0IHNlY29uZHMgPSAoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwO1xuICBjb25zdCByZXF1ZXN0cyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcXMnLCAnY291bnQnKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdpdGVyYXRpb25zJywgJ2NvdW50Jyk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyb3VnaHB1dCcpKTtcbiAgbGluZXMucHVzaChcbiAgICBgICAke2Zvcm1hdFZhbHVlKHJlcXVlc3RzID8/IDAsICdjb3VudCcpfSByZXF1ZXN0cyAoJHtzZWNvbmRzID4gMCAmJiByZXF1ZXN0cyAhPT0gbnVsbCA/IChyZXF1ZXN0cyAvIHNlY29uZHMpLnRvRml4ZWQoMSkgOiAnbi9hJ30vcyksICR7Zm9ybWF0VmFsdWUoaXRlcmF0aW9ucyA/PyAwLCAnY291bnQnKX0gaXRlcmF0aW9ucyBpbiAke3NlY29uZHMudG9GaXhlZCgxKX0gc2AsXG4gICk7XG4gIGxpbmVzLnB1c2goYCAgZXJyb3JzOiAke2Zvcm1hdFZhbHVlKG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcV9mYWlsZWQnLCAncmF0ZScpLCAncGVyY2VudCcpfSBvZiByZXF1ZXN0cyBmYWlsZWRgKTtcbiAgY29uc3QgY2hlY2tzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdyYXRlJyk7XG4gIGxpbmVzLnB1c2goXG4gICAgYCAgY2hlY2tzOiAke2Zvcm1hdFZhbHVlKGNoZWNrcywgJ3BlcmNlbnQnKX0gcGFzc2VkICgke2Zvcm1hdFZhbHVlKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJyksICdjb3VudCcpfSBvZiAke2Zvcm1hdFZhbHVlKChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpID8/IDApICsgKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAnZmFpbHMnKSA/PyAwKSwgJ2NvdW50Jyl9KWAsXG4gICk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSlcbiAgICAuZmlsdGVyKGlzQ3VzdG9tKVxuICAgIC5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlNZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZT86IHN0cmluZztcbiAgLyoqIFJlcXVlc3RzIG9uZSBpdGVyYXRpb24gb2YgZWFjaCBvcGVuLW1vZGVsIHNjZW5hcmlvIHNlbmRzLCBzbyBkcm9wcGVkIGl0ZXJhdGlvbnMgY2FuIGJlIHRvbGQgYXMgcmVxdWVzdHMuICovXG4gIHJlcXVlc3RzUGVySXRlcmF0aW9uPzogUmVjb3JkPHN0cmluZywgbnVtYmVyPjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ha2VIYW5kbGVTdW1tYXJ5KG1ldGE6IFN1bW1hcnlNZXRhKSB7XG4gIHJldHVybiBmdW5jdGlvbiBoYW5kbGVTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICAgICAgc3Rkb3V0OiB0ZXh0U3VtbWFyeShkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBjb2xvcjogZGF0YS5zdGF0ZT8uaXNTdGRPdXRUVFkgPT09IHRydWUsXG4gICAgICAgIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBtZXRhLnJlcXVlc3RzUGVySXRlcmF0aW9uLFxuICAgICAgfSksXG4gICAgfTtcbiAgICBjb25zdCBkaXIgPSBfX0VOVi5SRVBPUlRTX0RJUjtcbiAgICBpZiAoZGlyKSB7XG4gICAgICBjb25zdCByZXN1bHRzID0gYnVpbGRSZXN1bHRzKFxuICAgICAgICBkYXRhLFxuICAgICAgICB7XG4gICAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgICAgcHJvZmlsZTogb3JOdWxsKF9fRU5WLlJVTl9QUk9GSUxFKSA/PyBtZXRhLnByb2ZpbGUgPz8gbnVsbCxcbiAgICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICAgIGs2X3ZlcnNpb246IG9yTnVsbChfX0VOVi5SVU5fSzZfVkVSU0lPTiksXG4gICAgICAgICAgZ2l0X2NvbW1pdDogb3JOdWxsKF9fRU5WLlJVTl9HSVRfQ09NTUlUKSxcbiAgICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICAgIGZpbmlzaGVkX2F0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICAgIH0sXG4gICAgICAgIG1ldGEucmVxdWVzdHNQZXJJdGVyYXRpb24sXG4gICAgICApO1xuICAgICAgLy8gazYgcHV0cyBzZXR1cCgpJ3MgcmV0dXJuIHZhbHVlIGluIHRoZSBzdW1tYXJ5OiBpdCBob2xkcyB0aGUgdXNlcnMnIGJlYXJlciB0b2tlbnMsIHdoaWNoIG5vIHJlcG9ydCBtYXkgY29udGFpbi5cbiAgICAgIGNvbnN0IHsgc2V0dXBfZGF0YTogX3NlY3JldHMsIC4uLnNoYXJlYWJsZSB9ID0gZGF0YSBhcyBTdW1tYXJ5RGF0YSAmIHsgc2V0dXBfZGF0YT86IHVua25vd24gfTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkuanNvbmBdID0gSlNPTi5zdHJpbmdpZnkoc2hhcmVhYmxlLCBudWxsLCAxKTtcbiAgICAgIG91dFtgJHtkaXJ9L3Jlc3VsdHMuanNvbmBdID0gYCR7SlNPTi5zdHJpbmdpZnkocmVzdWx0cywgbnVsbCwgMil9XFxuYDtcbiAgICAgIG91dFtgJHtkaXJ9L2p1bml0LnhtbGBdID0ganVuaXRSZXBvcnQocmVzdWx0cyk7XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lm1kYF0gPSBtYXJrZG93blJlcG9ydChyZXN1bHRzKTtcbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfTtcbn1cbiIsICIvLyBFYWNoIFZVIGlzIGl0cyBvd24gdXNlcjogaXQgbG9ncyBpbiBhcyBpdHMgYWNjb3VudCBvZiBhIGNsYXNzIG9uIGZpcnN0IHVzZSAodGltZWQgdW5kZXIgbG9hZCBhc1xuLy8gZW5kcG9pbnQ6bG9naW4sIHNvIGEgbG9naW4gc3Rvcm0gYXQgcmFtcC11cCBpcyBtZWFzdXJlZCksIGtlZXBzIHRoZSB0b2tlbiwgYW5kIGxvZ3MgaW4gYWdhaW5cbi8vIHdoZW4gdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMSBvciB0aGUgdG9rZW4gaXMgYWJvdXQgdG8gZXhwaXJlIChjb3VudGVkIGluIGByZWxvZ2luc2ApLlxuLy8gQ2hlY2tlZCBvbmNlIHBlciB3b3JrZmxvdyBzdGVwLCBuZXZlciBwZXIgcmVxdWVzdC5cbmltcG9ydCB7IENvdW50ZXIgfSBmcm9tICdrNi9tZXRyaWNzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB7IGFjY291bnRPZlZ1LCBwb29sIH0gZnJvbSAnLi9wb29sLnRzJztcbmltcG9ydCB0eXBlIHsgUm9sZSB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcbmltcG9ydCB7IHR5cGUgUnVuRGF0YSwgc2VjcmV0UGFzc3dvcmRzIH0gZnJvbSAnLi9zZXR1cC50cyc7XG5cbi8qKiBMb2dpbnMgYWZ0ZXIgYSBWVSdzIGZpcnN0OiBpdHMgdG9rZW4gZXhwaXJlZCBvciB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxLiAqL1xuY29uc3QgcmVsb2dpbnMgPSBuZXcgQ291bnRlcigncmVsb2dpbnMnKTtcblxuaW50ZXJmYWNlIFNlc3Npb24ge1xuICBjbGllbnQ6IEFwaUNsaWVudDtcbiAgLyoqIFdoZW4gdG8gbG9nIGluIGFnYWluIGJlZm9yZSB0aGUgdG9rZW4gZXhwaXJlcywgbXMgc2luY2UgdGhlIGVwb2NoLiAqL1xuICByZW5ld0F0OiBudW1iZXI7XG4gIC8qKiBUaGUgYWNjb3VudCdzIGtlcHQgZGF0YXNldCBjb3Vyc2VzLCByZWFkIG9uIGZpcnN0IG5lZWQuICovXG4gIGNvdXJzZXM6IElkW10gfCB1bmRlZmluZWQ7XG59XG5cbmNvbnN0IHNlc3Npb25zOiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBTZXNzaW9uPj4gPSB7fTtcbi8qKiBDbGFzcyBwYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzLCByZWFkIG9uY2UgcGVyIFZVIChrNiByZWFkcyBzZWNyZXRzIGFzeW5jaHJvbm91c2x5IG9ubHkpLiAqL1xubGV0IHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4gfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgY2xhc3MgcGFzc3dvcmQgYSBWVSBsb2dzIGluIHdpdGg6IHRoZSBzZWNyZXQgc291cmNlJ3MsIGVsc2UgdGhlIGVudmlyb25tZW50J3MuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXQ/Lltyb2xlXSA/PyBjb25maWcudXNlcnNbcm9sZV0ucGFzc3dvcmQ7XG59XG5cbi8qKlxuICogV3JhcHMgYSBWVSdzIGl0ZXJhdGlvbiBzbyBpdHMgZmlyc3Qgb25lIHJlYWRzIHRoZSBzZWNyZXQgc291cmNlcyBiZWZvcmUgbG9nZ2luZyBpbiAodGhlIG9ubHlcbiAqIGFzeW5jaHJvbm91cyBzdGVwOyBsYXRlciBpdGVyYXRpb25zIHJ1biBhcyB0aGV5IGFyZSkuIFBhc3N3b3JkcyBuZXZlciB0cmF2ZWwgaW4gc2V0dXAncyBkYXRhLlxuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aFNlY3JldHM8QSBleHRlbmRzIHVua25vd25bXT4oXG4gIGl0ZXJhdGlvbjogKC4uLmFyZ3M6IEEpID0+IHZvaWQsXG4pOiAoLi4uYXJnczogQSkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD4ge1xuICByZXR1cm4gKC4uLmFyZ3MpID0+IHtcbiAgICBpZiAoc2VjcmV0KSByZXR1cm4gaXRlcmF0aW9uKC4uLmFyZ3MpO1xuICAgIHJldHVybiBzZWNyZXRQYXNzd29yZHMoKS50aGVuKChmb3VuZCkgPT4ge1xuICAgICAgc2VjcmV0ID0gZm91bmQ7XG4gICAgICBpdGVyYXRpb24oLi4uYXJncyk7XG4gICAgfSk7XG4gIH07XG59XG5sZXQgYW5vbnltb3VzOiBBcGlDbGllbnQgfCB1bmRlZmluZWQ7XG5cbi8qKiBSZW5ldyB0aGlzIGxvbmcgYmVmb3JlIGV4cGlyeTogYSB0ZW50aCBvZiB0aGUgdG9rZW4ncyBsaWZlLCBhdCBtb3N0IDMwIHMuICovXG5jb25zdCByZW5ld01hcmdpblMgPSAodHRsUzogbnVtYmVyKSA9PiBNYXRoLm1pbigzMCwgdHRsUyAvIDEwKTtcblxuZnVuY3Rpb24gbG9naW4oY29uZmlnOiBDb25maWcsIF9kYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogU2Vzc2lvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGFjY291bnQgPSBhY2NvdW50T2ZWdShwb29sLCByb2xlLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgcm9sZSkpO1xuICBpZiAoIWFjY291bnQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGFub255bW91cyA/Pz0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbiAgY29uc3QgYW5zd2VyID0gYW5vbnltb3VzLmxvZ2luKGFjY291bnQuZW1haWwsIGFjY291bnQucGFzc3dvcmQpLmJvZHk7XG4gIGlmICghYW5zd2VyKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCB0dGxTID0gdHlwZW9mIGFuc3dlci5leHBpcmVzX2luID09PSAnbnVtYmVyJyAmJiBhbnN3ZXIuZXhwaXJlc19pbiA+IDAgPyBhbnN3ZXIuZXhwaXJlc19pbiA6IDM2MDA7XG4gIHJldHVybiB7XG4gICAgY2xpZW50OiBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMsIGFuc3dlci5hY2Nlc3NfdG9rZW4pLFxuICAgIHJlbmV3QXQ6IERhdGUubm93KCkgKyAodHRsUyAtIHJlbmV3TWFyZ2luUyh0dGxTKSkgKiAxMDAwLFxuICAgIGNvdXJzZXM6IHVuZGVmaW5lZCxcbiAgfTtcbn1cblxuZnVuY3Rpb24gc2Vzc2lvbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbnNbcm9sZV07XG4gIGlmIChjdXJyZW50ICYmICFjdXJyZW50LmNsaWVudC51bmF1dGhvcml6ZWQgJiYgRGF0ZS5ub3coKSA8IGN1cnJlbnQucmVuZXdBdCkgcmV0dXJuIGN1cnJlbnQ7XG4gIGlmIChjdXJyZW50KSByZWxvZ2lucy5hZGQoMSwgeyByb2xlIH0pO1xuICBjb25zdCBuZXh0ID0gbG9naW4oY29uZmlnLCBkYXRhLCByb2xlKTtcbiAgLy8gQSBmYWlsZWQgbG9naW4gbGVhdmVzIG5vIHNlc3Npb246IHRoZSBzdGVwIGZhaWxzLCBhbmQgdGhlIG5leHQgb25lIHRyaWVzIGFnYWluLlxuICBpZiAobmV4dCAmJiBjdXJyZW50KSBuZXh0LmNvdXJzZXMgPSBjdXJyZW50LmNvdXJzZXM7XG4gIHNlc3Npb25zW3JvbGVdID0gbmV4dDtcbiAgcmV0dXJuIG5leHQ7XG59XG5cbi8qKiBUaGlzIFZVJ3MgY2xpZW50IGZvciBhIGNsYXNzLCBsb2dnZWQgaW4gYXMgaXRzIG93biBhY2NvdW50OyB1bmRlZmluZWQgd2hlbiB0aGUgbG9naW4gZmFpbGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVzZXJDbGllbnQoY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBBcGlDbGllbnQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpPy5jbGllbnQ7XG59XG5cbi8qKiBJZHMgb2YgdGhpcyBWVSdzIGFjY291bnQncyBrZXB0IGRhdGFzZXQgY291cnNlcyAoYSBsaXN0IHJlcXVlc3Qgb24gZmlyc3QgbmVlZCksIGZvciByZWFkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvd25Db3Vyc2VzKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogSWRbXSB7XG4gIGNvbnN0IGN1cnJlbnQgPSBzZXNzaW9uKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIGlmICghY3VycmVudCkgcmV0dXJuIFtdO1xuICBpZiAoIWN1cnJlbnQuY291cnNlcykge1xuICAgIGNvbnN0IGxpc3QgPSBjdXJyZW50LmNsaWVudC5saXN0Q291cnNlcyh7IHE6IERBVEFTRVRfVElUTEUsIGxpbWl0OiAxMDAgfSkuYm9keTtcbiAgICBpZiAoIWxpc3QpIHJldHVybiBbXTtcbiAgICBjdXJyZW50LmNvdXJzZXMgPSBsaXN0Lml0ZW1zLm1hcCgoY291cnNlKSA9PiBjb3Vyc2UuaWQpO1xuICB9XG4gIHJldHVybiBjdXJyZW50LmNvdXJzZXM7XG59XG4iLCAiLy8gQ3VzdG9tIG1ldHJpY3MgZm9yIHdoYXQgazYncyBidWlsdC1pbnMgY2Fubm90IHNheS4gQ3JlYXRlZCBvbmNlIGF0IGluaXQgKGs2IHJlcXVpcmVzIGl0KS5cbmltcG9ydCB7IENvdW50ZXIsIFJhdGUsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5cbi8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24gdGltZSBmcm9tIHRoZSBqb2IncyBvd24gc3RhcnRlZF9hdC9maW5pc2hlZF9hdCAoc2VydmVyIHZpZXcpLiAqL1xuZXhwb3J0IGNvbnN0IGNoYXB0ZXJHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHRydWUpO1xuLyoqIFdob2xlIGNvdXJzZSBnZW5lcmF0aW9uLCBqb2IgY3JlYXRlZCAtPiBmaW5pc2hlZCwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMuICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjb3Vyc2VfZ2VuZXJhdGlvbl9tcycsIHRydWUpO1xuLyoqIFdob2xlIGNvdXJzZSBnZW5lcmF0aW9uIGFzIHRoZSBwb2xsaW5nIHVzZXIgc2F3IGl0OiByZXF1ZXN0IGFjY2VwdGVkIC0+IGNvbXBsZXRlZCBzZWVuLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zID0gbmV3IFRyZW5kKCdjb3Vyc2VfZ2VuZXJhdGlvbl9vYnNlcnZlZF9tcycsIHRydWUpO1xuLyoqIEdlbmVyYXRpb24gam9icyB0aGF0IGZhaWxlZCBvciBkaWQgbm90IGZpbmlzaCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VULiAqL1xuZXhwb3J0IGNvbnN0IGdlbmVyYXRpb25GYWlsZWQgPSBuZXcgUmF0ZSgnZ2VuZXJhdGlvbl9mYWlsZWQnKTtcbi8qKiBDb3Vyc2VzIHRoZSBwbGF0Zm9ybSBhY2tub3dsZWRnZWQgY3JlYXRpbmcgKDIwMSkuICovXG5leHBvcnQgY29uc3QgY291cnNlc0NyZWF0ZWQgPSBuZXcgQ291bnRlcignY291cnNlc19jcmVhdGVkJyk7XG4vKiogV2hvbGUgd29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IGNvbXBsZXRlZCBldmVyeSBzdGVwLCB0YWdnZWQgYnkgd29ya2Zsb3cuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dTdWNjZXNzID0gbmV3IFJhdGUoJ3dvcmtmbG93X3N1Y2Nlc3MnKTtcbi8qKiBXb3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgdGhyZXcgKGEgc2NyaXB0IGJ1ZyBvciBhIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKS4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd0Vycm9ycyA9IG5ldyBDb3VudGVyKCd3b3JrZmxvd19lcnJvcnMnKTtcbiIsICIvLyBSdW5zIG9uZSB3b3JrZmxvdyBpdGVyYXRpb24gYW5kIHJlY29yZHMgaXRzIG91dGNvbWUuIEEgd29ya2Zsb3cgdGhhdCB0aHJvd3MgKGEgc2NyaXB0IGJ1ZywgYVxuLy8gYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpIGlzIGEgZmFpbGVkIGl0ZXJhdGlvbiB0aGF0IGNvdW50cyBhZ2FpbnN0IHRoZSB0aHJlc2hvbGRzIGluc3RlYWRcbi8vIG9mIGFuIGV4Y2VwdGlvbiBrNiBvbmx5IGxvZ3MuXG5pbXBvcnQgeyB3b3JrZmxvd0Vycm9ycywgd29ya2Zsb3dTdWNjZXNzIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcbmltcG9ydCB0eXBlIHsgQ29udGV4dCwgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbmNvbnN0IE1BWF9MT0dHRURfRVJST1JTID0gNTtcbmxldCBsb2dnZWRFcnJvcnMgPSAwO1xuXG5jb25zdCB0YWdzQnlOYW1lOiBSZWNvcmQ8c3RyaW5nLCB7IHdvcmtmbG93OiBzdHJpbmcgfT4gPSB7fTtcblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bldvcmtmbG93KG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93LCBjdHg6IENvbnRleHQpOiB2b2lkIHtcbiAgbGV0IHRhZ3MgPSB0YWdzQnlOYW1lW25hbWVdO1xuICBpZiAodGFncyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgdGFncyA9IHsgd29ya2Zsb3c6IG5hbWUgfTsgLy8gbWFkZSBvbmNlIHBlciB3b3JrZmxvdywgbm90IHBlciBpdGVyYXRpb25cbiAgICB0YWdzQnlOYW1lW25hbWVdID0gdGFncztcbiAgfVxuICB0cnkge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQod29ya2Zsb3coY3R4KSwgdGFncyk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZChmYWxzZSwgdGFncyk7XG4gICAgd29ya2Zsb3dFcnJvcnMuYWRkKDEsIHRhZ3MpO1xuICAgIGlmIChsb2dnZWRFcnJvcnMrKyA8IE1BWF9MT0dHRURfRVJST1JTKSB7XG4gICAgICBjb25zb2xlLmVycm9yKFxuICAgICAgICBgd29ya2Zsb3cgXCIke25hbWV9XCIgdGhyZXc6ICR7ZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IChlcnJvci5zdGFjayA/PyBlcnJvci5tZXNzYWdlKSA6IFN0cmluZyhlcnJvcil9YCxcbiAgICAgICk7XG4gICAgfVxuICB9XG59XG4iLCAiLy8gV2hhdCBlYWNoIGtpbmQgb2YgdXNlciBkb2VzIGluIG9uZSBpdGVyYXRpb24uIFNjZW5hcmlvcyBvbmx5IGNob29zZSB3aG8gcnVucyBhbmQgaG93IG9mdGVuO1xuLy8gbm8gc2NlbmFyaW8gcmUtaW1wbGVtZW50cyB0aGVzZS4gRXZlcnkgd29ya2Zsb3cgcmV0dXJucyB3aGV0aGVyIGFsbCBvZiBpdHMgc3RlcHMgc3VjY2VlZGVkLlxuaW1wb3J0IHsgZ3JvdXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBFeHBvcnRGb3JtYXQsIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgY291cnNlc0NyZWF0ZWQgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgaXNMZWZ0b3ZlciB9IGZyb20gJy4uL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBSb2xlIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB7IG93bkNvdXJzZXMsIHVzZXJDbGllbnQgfSBmcm9tICcuLi91c2Vycy9zZXNzaW9uLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGdlbmVyYXRlQW5kV2FpdCB9IGZyb20gJy4vZ2VuZXJhdGlvbi50cyc7XG5pbXBvcnQgeyBwaWNrT25lLCBwaWNrV2VpZ2h0ZWQsIHRoaW5rIH0gZnJvbSAnLi9wYWNpbmcudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENvbnRleHQge1xuICBjb25maWc6IENvbmZpZztcbiAgZGF0YTogUnVuRGF0YTtcbn1cblxuZXhwb3J0IHR5cGUgV29ya2Zsb3cgPSAoY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzczogbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudCAobGliL3VzZXJzL3Nlc3Npb24udHMpLiAqL1xuZnVuY3Rpb24gY2xpZW50Rm9yKGN0eDogQ29udGV4dCwgcm9sZTogUm9sZSk6IEFwaUNsaWVudCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB1c2VyQ2xpZW50KGN0eC5jb25maWcsIGN0eC5kYXRhLCByb2xlKTtcbn1cblxuLyoqIEEgdGl0bGUgdW5pcXVlIHRvIHRoaXMgcnVuLCBWVSBhbmQgaXRlcmF0aW9uLCBzbyBjb25jdXJyZW50IHVzZXJzIG5ldmVyIGNvbGxpZGUuICovXG5leHBvcnQgZnVuY3Rpb24gdW5pcXVlVGl0bGUoa2luZDogc3RyaW5nLCBjdHg6IENvbnRleHQpOiBzdHJpbmcge1xuICByZXR1cm4gYHBlcmYtJHtraW5kfSAke2N0eC5kYXRhLnJ1bklkfSB2dSR7ZXhlYy52dS5pZEluVGVzdH0gaXQke2V4ZWMudnUuaXRlcmF0aW9uSW5TY2VuYXJpb31gO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuXG4vKiogUmVhZHMgYSBjb3Vyc2UgYW5kIG9uZSBvZiBpdHMgZ2VuZXJhdGVkIGNoYXB0ZXJzLiAqL1xuZnVuY3Rpb24gcmVhZENvdXJzZShjbGllbnQ6IEFwaUNsaWVudCwgaWQ6IElkKTogYm9vbGVhbiB7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5nZXRDb3Vyc2UoaWQpO1xuICBpZiAoIWNvdXJzZS5ib2R5KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IChjb3Vyc2UuYm9keS5jaGFwdGVycyA/PyBbXSkuZmlsdGVyKChjKSA9PiBjLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpO1xuICBjb25zdCBjaGFwdGVyID0gcGlja09uZShnZW5lcmF0ZWQpO1xuICByZXR1cm4gY2hhcHRlciA9PT0gdW5kZWZpbmVkIHx8IGNsaWVudC5nZXRDaGFwdGVyKGlkLCBjaGFwdGVyLmluZGV4KS5vaztcbn1cblxudHlwZSBSZWd1bGFyVGFzayA9IChjbGllbnQ6IEFwaUNsaWVudCwgY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG5jb25zdCByZWd1bGFyVGFza3M6IHsgd2VpZ2h0OiBudW1iZXI7IHRhc2s6IFJlZ3VsYXJUYXNrIH1bXSA9IFtcbiAgeyB3ZWlnaHQ6IDUsIHRhc2s6IChjbGllbnQpID0+IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCwgb2Zmc2V0OiBNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAzKSAqIDIwIH0pLm9rIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDQsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICAvLyBPbmx5IHRoZSB1c2VyJ3Mgb3duIGNvdXJzZXMsIHNwcmVhZCBvdmVyIHRoZWlyIHdob2xlIGRhdGFzZXQ6IHBlci11c2VyIGlzb2xhdGlvbiBpcyBwYXJ0IG9mIHdoYXQgaXMgbWVhc3VyZWQuXG4gICAgICBjb25zdCBpZCA9IHBpY2tPbmUob3duQ291cnNlcyhjdHguY29uZmlnLCBjdHguZGF0YSwgJ3JlZ3VsYXInKSk7XG4gICAgICByZXR1cm4gaWQgPT09IHVuZGVmaW5lZCB8fCByZWFkQ291cnNlKGNsaWVudCwgaWQpO1xuICAgIH0sXG4gIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDEsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgnc2NyYXRjaCcsIGN0eCksXG4gICAgICAgIHRvcGljOiAnYWxnZWJyYScsXG4gICAgICAgIGxldmVsOiAnYmVnaW5uZXInLFxuICAgICAgICBjaGFwdGVyX2NvdW50OiAyLFxuICAgICAgfSk7XG4gICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgICAgY29uc3QgcmVhZEJhY2sgPSBjbGllbnQuZ2V0Q291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgICByZXR1cm4gcmVhZEJhY2sgJiYgY2xpZW50LmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgIH0sXG4gIH0sXG5dO1xuXG4vKiogQnJvd3NlcyB0aGUgY291cnNlIGxpc3QsIG9wZW5zIGNvdXJzZXMgYW5kIHJlYWRzIGNoYXB0ZXJzOyBub3cgYW5kIHRoZW4gY3JlYXRlcyBvbmUuICovXG5leHBvcnQgY29uc3QgcmVndWxhclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3JlZ3VsYXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAncmVndWxhcicpO1xuICAgIGlmICghY2xpZW50KSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgZm9yIChsZXQgc3RlcCA9IDA7IHN0ZXAgPCAzOyBzdGVwKyspIHtcbiAgICAgIG9rID0gcGlja1dlaWdodGVkKHJlZ3VsYXJUYXNrcykoY2xpZW50LCBjdHgpICYmIG9rO1xuICAgICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIENyZWF0ZXMgYSBjb3Vyc2UsIGdlbmVyYXRlcyBpdCwgZm9sbG93cyB0aGUgam9iLCByZWFkcyBhbmQgZXhwb3J0cyB0aGUgcmVzdWx0LCB0aGVuIGRlbGV0ZXMgaXQuICovXG5leHBvcnQgY29uc3QgcG93ZXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdwb3dlciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogdW5pcXVlVGl0bGUoJ3Bvd2VyJywgY3R4KSxcbiAgICAgIHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcycsXG4gICAgICBsZXZlbDogJ2FkdmFuY2VkJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IGNvbmZpZy5jaGFwdGVyc1BlckNvdXJzZSxcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgbGV0IG9rID0gY2xpZW50LnVwZGF0ZUNvdXJzZShpZCwgeyB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMsIHJldmlzZWQnIH0pLm9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMsICgpID0+XG4gICAgICBjbGllbnRGb3IoY3R4LCAncG93ZXInKSxcbiAgICApO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgLy8gVGhlIHNlc3Npb24gbWF5IGhhdmUgbG9nZ2VkIGluIGFnYWluIHdoaWxlIHdhaXRpbmc6IGdvIG9uIHdpdGggaXRzIGN1cnJlbnQgY2xpZW50LlxuICAgIGNvbnN0IGFmdGVyID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgaWYgKCFhZnRlcikgcmV0dXJuIGZhbHNlO1xuICAgIGlmIChnZW5lcmF0aW9uLmNvbXBsZXRlZCkge1xuICAgICAgb2sgPSByZWFkQ291cnNlKGFmdGVyLCBpZCkgJiYgb2s7XG4gICAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgICBvayA9IGFmdGVyLmV4cG9ydENvdXJzZShpZCwgcGlja09uZShFWFBPUlRfRk9STUFUUykgPz8gJ2pzb24nKS5vayAmJiBvaztcbiAgICB9XG4gICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIHJldHVybiBhZnRlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcblxuLyoqIFdhdGNoZXMgdGhlIHN5c3RlbTogc3RhdHMsIHRoZSBqb2IgbGlzdCwgdGhlIHVzZXIgbGlzdCwgYW5kIHJlbW92ZXMgY291cnNlcyBlYXJsaWVyIHJ1bnMgbGVmdCBiZWhpbmQuICovXG5leHBvcnQgY29uc3QgYWRtaW5Vc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdhZG1pbiB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsICdhZG1pbicpO1xuICAgIGlmICghY2xpZW50KSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gY2xpZW50LmFkbWluU3RhdHMoKS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluSm9icygyMCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAvLyBMZWZ0b3ZlcnMgb2YgaW50ZXJydXB0ZWQgcnVuczogdGl0bGVzIG9mIG90aGVyIHJ1bnMgb25seSwgbmV2ZXIgdGhpcyBydW4ncyBsaXZlIGNvdXJzZXMuXG4gICAgY29uc3QgbGVmdG92ZXJzID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgcTogJ3BlcmYtJywgbGltaXQ6IDIwIH0pLmJvZHk/Lml0ZW1zID8/IFtdO1xuICAgIGZvciAoY29uc3QgY291cnNlIG9mIGxlZnRvdmVycy5maWx0ZXIoKGMpID0+IGlzTGVmdG92ZXIoYy50aXRsZSwgY3R4LmRhdGEucnVuSWQsIGZhbHNlKSkuc2xpY2UoMCwgNSkpIHtcbiAgICAgIG9rID0gY2xpZW50LmRlbGV0ZUNvdXJzZShjb3Vyc2UuaWQpLm9rICYmIG9rO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogRXZlcnkgZW5kcG9pbnQgYXQgbGVhc3Qgb25jZTogdGhlIHNtb2tlIGNoZWNrLiAqL1xuZXhwb3J0IGNvbnN0IGV2ZXJ5RW5kcG9pbnQ6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2V2ZXJ5IGVuZHBvaW50JywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgdXNlciA9IGNsaWVudEZvcihjdHgsICdwb3dlcicpO1xuICAgIGNvbnN0IGFkbWluID0gY2xpZW50Rm9yKGN0eCwgJ2FkbWluJyk7XG4gICAgaWYgKCF1c2VyIHx8ICFhZG1pbikgcmV0dXJuIGZhbHNlO1xuICAgIGxldCBvayA9IHVzZXIuaGVhbHRoKCkub2s7XG4gICAgb2sgPSB1c2VyLmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDUgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgnc21va2UnLCBjdHgpLFxuICAgICAgdG9waWM6ICdzbW9rZSB0ZXN0aW5nJyxcbiAgICAgIGxldmVsOiAnaW50ZXJtZWRpYXRlJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IDIsXG4gICAgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgb2sgPSB1c2VyLmdldENvdXJzZShpZCkub2sgJiYgb2s7XG4gICAgb2sgPSB1c2VyLnVwZGF0ZUNvdXJzZShpZCwgeyB0aXRsZTogYCR7Y3JlYXRlZC5ib2R5LnRpdGxlfSAoZWRpdGVkKWAgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdCh1c2VyLCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHVzZXIuZ2V0Q2hhcHRlcihpZCwgZ2VuZXJhdGlvbi5qb2I/LmNoYXB0ZXJzWzBdPy5pbmRleCA/PyAwKS5vayAmJiBvaztcbiAgICAgIGZvciAoY29uc3QgZm9ybWF0IG9mIEVYUE9SVF9GT1JNQVRTKSBvayA9IHVzZXIuZXhwb3J0Q291cnNlKGlkLCBmb3JtYXQpLm9rICYmIG9rO1xuICAgIH1cbiAgICBvayA9IGFkbWluLmFkbWluU3RhdHMoKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluSm9icygxMCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgcmV0dXJuIHVzZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG4iLCAiLy8gU3RhcnRpbmcgYSBjb3Vyc2UncyBnZW5lcmF0aW9uIGFuZCBmb2xsb3dpbmcgaXRzIGpvYiB0byB0aGUgZW5kLCByZWNvcmRpbmcgaG93IGxvbmcgaXQgdG9va1xuLy8gZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKHRoZSBzZXJ2ZXIncyB2aWV3KSBhbmQgZnJvbSB0aGUgcG9sbGVyJ3MgKHRoZSB1c2VyJ3MgdmlldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBJZCwgSm9iIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHtcbiAgY2hhcHRlckdlbmVyYXRpb25NcyxcbiAgY291cnNlR2VuZXJhdGlvbk1zLFxuICBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcyxcbiAgZ2VuZXJhdGlvbkZhaWxlZCxcbn0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbXBsZXRlZDogYm9vbGVhbjtcbiAgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIG1pbGxpc0JldHdlZW4oZnJvbTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgdG86IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAoIWZyb20gfHwgIXRvKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBtcyA9IERhdGUucGFyc2UodG8pIC0gRGF0ZS5wYXJzZShmcm9tKTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgJiYgbXMgPj0gMCA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiByZWNvcmRKb2JUaW1lcyhqb2I6IEpvYik6IHZvaWQge1xuICBmb3IgKGNvbnN0IGNoYXB0ZXIgb2Ygam9iLmNoYXB0ZXJzKSB7XG4gICAgY29uc3QgbXMgPSBjaGFwdGVyLmR1cmF0aW9uX21zID8/IG1pbGxpc0JldHdlZW4oY2hhcHRlci5zdGFydGVkX2F0LCBjaGFwdGVyLmZpbmlzaGVkX2F0KTtcbiAgICBpZiAodHlwZW9mIG1zID09PSAnbnVtYmVyJyAmJiBjaGFwdGVyLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGNoYXB0ZXJHZW5lcmF0aW9uTXMuYWRkKG1zKTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1pbGxpc0JldHdlZW4oam9iLmNyZWF0ZWRfYXQsIGpvYi5maW5pc2hlZF9hdCk7XG4gIGlmICh0b3RhbCAhPT0gdW5kZWZpbmVkKSBjb3Vyc2VHZW5lcmF0aW9uTXMuYWRkKHRvdGFsKTtcbn1cblxuLyoqXG4gKiBTdGFydHMgZ2VuZXJhdGlvbiBhbmQgcG9sbHMgdGhlIGpvYiB1bnRpbCBpdCBjb21wbGV0ZXMsIGZhaWxzLCBvciBgdGltZW91dFNgIHBhc3Nlcy4gYGN1cnJlbnRgXG4gKiBnaXZlcyB0aGUgY2xpZW50IGZvciBlYWNoIHBvbGwsIHNvIGEgdXNlciB3aG9zZSB0b2tlbiBleHBpcmVzIHdoaWxlIHdhaXRpbmcgbG9ncyBpbiBhZ2FpbjsgaXRcbiAqIHN0b3BzIHdhaXRpbmcgd2hlbiB0aGVyZSBpcyBub25lICh0aGUgbG9naW4gZmFpbGVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlQW5kV2FpdChcbiAgY2xpZW50OiBBcGlDbGllbnQsXG4gIGNvdXJzZUlkOiBJZCxcbiAgcG9sbEludGVydmFsUzogbnVtYmVyLFxuICB0aW1lb3V0UzogbnVtYmVyLFxuICBjdXJyZW50OiAoKSA9PiBBcGlDbGllbnQgfCB1bmRlZmluZWQgPSAoKSA9PiBjbGllbnQsXG4pOiBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbnN0IGFjY2VwdGVkID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZUlkKTtcbiAgaWYgKCFhY2NlcHRlZC5ib2R5KSB7XG4gICAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQodHJ1ZSk7XG4gICAgcmV0dXJuIHsgY29tcGxldGVkOiBmYWxzZSwgam9iOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBzdGFydGVkICsgdGltZW91dFMgKiAxMDAwO1xuICBsZXQgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBzbGVlcChwb2xsSW50ZXJ2YWxTKTtcbiAgICBjb25zdCBwb2xsZXIgPSBjdXJyZW50KCk7XG4gICAgaWYgKCFwb2xsZXIpIGJyZWFrO1xuICAgIGNvbnN0IHBvbGxlZCA9IHBvbGxlci5nZXRKb2IoYWNjZXB0ZWQuYm9keS5qb2JfaWQpO1xuICAgIGlmICghcG9sbGVkLmJvZHkpIGNvbnRpbnVlO1xuICAgIGpvYiA9IHBvbGxlZC5ib2R5O1xuICAgIGlmIChqb2Iuc3RhdHVzID09PSAnY29tcGxldGVkJyB8fCBqb2Iuc3RhdHVzID09PSAnZmFpbGVkJykgYnJlYWs7XG4gIH1cbiAgY29uc3QgY29tcGxldGVkID0gam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnO1xuICBnZW5lcmF0aW9uRmFpbGVkLmFkZCghY29tcGxldGVkKTtcbiAgaWYgKGNvbXBsZXRlZCAmJiBqb2IpIHtcbiAgICBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcy5hZGQoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpO1xuICAgIHJlY29yZEpvYlRpbWVzKGpvYik7XG4gIH1cbiAgcmV0dXJuIHsgY29tcGxldGVkLCBqb2IgfTtcbn1cbiIsICIvLyBIb3cgc2ltdWxhdGVkIHVzZXJzIHBhY2UgdGhlbXNlbHZlcyBhbmQgY2hvb3NlIHdoYXQgdG8gZG8gbmV4dC5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuXG5sZXQgaG9sZFBvaW50OiAoKCkgPT4gdm9pZCkgfCB1bmRlZmluZWQ7XG5cbi8qKiBTb21ldGhpbmcgZXZlcnkgdGhpbmsgcG9pbnQgcnVucyBhZnRlciBpdHMgc2xlZXAgKHRoZSBpbnRlcmFjdGl2ZSBlbnRyeSBob2xkcyBwYXVzZWQgdXNlcnMgdGhlcmUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNldEhvbGRQb2ludChob2xkOiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gIGhvbGRQb2ludCA9IGhvbGQ7XG59XG5cbi8qKiBTbGVlcHMgYSB1bmlmb3JtbHkgZHJhd24gdGhpbmsgdGltZSBpbiBbbWluLCBtYXhdIHNlY29uZHMuICovXG5leHBvcnQgZnVuY3Rpb24gdGhpbmsocmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH0pOiB2b2lkIHtcbiAgY29uc3Qgc2Vjb25kcyA9IHJhbmdlLm1pbiArIE1hdGgucmFuZG9tKCkgKiAocmFuZ2UubWF4IC0gcmFuZ2UubWluKTtcbiAgaWYgKHNlY29uZHMgPiAwKSBzbGVlcChzZWNvbmRzKTtcbiAgaG9sZFBvaW50Py4oKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBXZWlnaHRlZFRhc2s8VD4ge1xuICB3ZWlnaHQ6IG51bWJlcjtcbiAgdGFzazogVDtcbn1cblxuLyoqIFBpY2tzIG9uZSB0YXNrIHdpdGggcHJvYmFiaWxpdHkgcHJvcG9ydGlvbmFsIHRvIGl0cyB3ZWlnaHQuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja1dlaWdodGVkPFQ+KHRhc2tzOiByZWFkb25seSBXZWlnaHRlZFRhc2s8VD5bXSwgcmFuZG9tOiBudW1iZXIgPSBNYXRoLnJhbmRvbSgpKTogVCB7XG4gIGNvbnN0IHRvdGFsID0gdGFza3MucmVkdWNlKChzdW0sIHQpID0+IHN1bSArIHQud2VpZ2h0LCAwKTtcbiAgbGV0IHBvaW50ID0gcmFuZG9tICogdG90YWw7XG4gIGZvciAoY29uc3QgdCBvZiB0YXNrcykge1xuICAgIHBvaW50IC09IHQud2VpZ2h0O1xuICAgIGlmIChwb2ludCA8IDApIHJldHVybiB0LnRhc2s7XG4gIH1cbiAgcmV0dXJuIHRhc2tzW3Rhc2tzLmxlbmd0aCAtIDFdIS50YXNrO1xufVxuXG4vKiogUGlja3Mgb25lIGVsZW1lbnQgdW5pZm9ybWx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tPbmU8VD4oaXRlbXM6IHJlYWRvbmx5IFRbXSk6IFQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gaXRlbXMubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogaXRlbXNbTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogaXRlbXMubGVuZ3RoKV07XG59XG4iLCAiLy8gVGhlIG1peGVkIHVzZXIgcG9wdWxhdGlvbiBzaGFyZWQgYnkgbG9hZCwgcmFtcC11cCBhbmQgc29hazogb25lIGs2IHNjZW5hcmlvIGFuZCBvbmUgZXhlY1xuLy8gZnVuY3Rpb24gcGVyIHVzZXIgY2xhc3MuIEVudHJpZXMgcmUtZXhwb3J0IHRoZSBleGVjIGZ1bmN0aW9ucywgYXMgazYgbG9va3MgdGhlbSB1cCBieSBuYW1lIGluXG4vLyB0aGUgZW50cnkgbW9kdWxlLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IHR5cGUgU2NlbmFyaW8sIHNwbGl0VXNlcnMgfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyB3aXRoU2VjcmV0cyB9IGZyb20gJy4uL3VzZXJzL3Nlc3Npb24udHMnO1xuaW1wb3J0IHR5cGUgeyBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHsgcnVuV29ya2Zsb3cgfSBmcm9tICcuL3J1bi13b3JrZmxvdy50cyc7XG5pbXBvcnQgeyBhZG1pblVzZXIsIHBvd2VyVXNlciwgcmVndWxhclVzZXIsIHR5cGUgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbi8qKiBTY2VuYXJpb3MgZm9yIHRoZSB0aHJlZSBjbGFzc2VzLCBzcGxpdHRpbmcgYHRvdGFsVXNlcnNgIGJ5IGBjb25maWcud2VpZ2h0c2AsIGVhY2ggaW4gdGhlIGdpdmVuIHNoYXBlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25TY2VuYXJpb3MoXG4gIGNvbmZpZzogQ29uZmlnLFxuICB0b3RhbFVzZXJzOiBudW1iZXIsXG4gIHNoYXBlOiAoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlcikgPT4gU2NlbmFyaW8sXG4pOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz4ge1xuICBjb25zdCB1c2VycyA9IHNwbGl0VXNlcnModG90YWxVc2VycywgY29uZmlnLndlaWdodHMpO1xuICByZXR1cm4ge1xuICAgIHJlZ3VsYXJfdXNlcnM6IHNoYXBlKCdyZWd1bGFyVXNlcnMnLCB1c2Vycy5yZWd1bGFyKSxcbiAgICBwb3dlcl91c2Vyczogc2hhcGUoJ3Bvd2VyVXNlcnMnLCB1c2Vycy5wb3dlciksXG4gICAgYWRtaW5fdXNlcnM6IHNoYXBlKCdhZG1pblVzZXJzJywgdXNlcnMuYWRtaW4pLFxuICB9O1xufVxuXG4vKiogVGhlIGV4ZWMgZnVuY3Rpb25zIHRob3NlIHNjZW5hcmlvcyBuYW1lOyBgYmVmb3JlRWFjaGAgcnVucyBmaXJzdCBpbiBldmVyeSBpdGVyYXRpb24gKGUuZy4gc2V0dGluZyB0aGUgcGhhc2UgdGFnKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb3B1bGF0aW9uRXhlY3MoY29uZmlnOiBDb25maWcsIGJlZm9yZUVhY2g6ICgpID0+IHZvaWQgPSAoKSA9PiB1bmRlZmluZWQpIHtcbiAgY29uc3QgZXhlYyA9IChuYW1lOiBzdHJpbmcsIHdvcmtmbG93OiBXb3JrZmxvdykgPT5cbiAgICB3aXRoU2VjcmV0cygoZGF0YTogUnVuRGF0YSk6IHZvaWQgPT4ge1xuICAgICAgYmVmb3JlRWFjaCgpO1xuICAgICAgcnVuV29ya2Zsb3cobmFtZSwgd29ya2Zsb3csIHsgY29uZmlnLCBkYXRhIH0pO1xuICAgIH0pO1xuICByZXR1cm4ge1xuICAgIHJlZ3VsYXJVc2VyczogZXhlYygncmVndWxhcicsIHJlZ3VsYXJVc2VyKSxcbiAgICBwb3dlclVzZXJzOiBleGVjKCdwb3dlcicsIHBvd2VyVXNlciksXG4gICAgYWRtaW5Vc2VyczogZXhlYygnYWRtaW4nLCBhZG1pblVzZXIpLFxuICB9O1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgaXNBcnJpdmFsUmF0ZSwgc2NoZWR1bGVkSXRlcmF0aW9ucyB9IGZyb20gJy4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xpYi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgdHlwZSB7IEdhdGUgfSBmcm9tICcuL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgVGFyZ2V0cyB9IGZyb20gJy4vdGFyZ2V0cy50cyc7XG5cbmNvbnN0IGFwaSA9IHsgc2NvcGU6IEFQSV9TQ09QRSB9O1xuXG5mdW5jdGlvbiBlbmRwb2ludFA5NShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICBpZiAoZW5kcG9pbnQgPT09ICdoZWFsdGgnKSByZXR1cm4gdGFyZ2V0cy5oZWFsdGhQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnY291cnNlX2V4cG9ydCcpIHJldHVybiB0YXJnZXRzLmV4cG9ydFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdsb2dpbicpIHJldHVybiB0YXJnZXRzLmxvZ2luUDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQW4gZW5kcG9pbnQncyBwOTkgYnVkZ2V0OiB0aGUgQVBJIHA5OSwgb3IgaXRzIG93biBwOTUgYnVkZ2V0IHdoZW4gdGhhdCBpcyBoaWdoZXIgKGV4cG9ydCwgbG9naW4pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50UDk5KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTkoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0sXG4gICAgfSxcbiAgXSk7XG59XG5cbi8qKiBgc2hhcmVgIG9mIGBzY2hlZHVsZWRgLCByb3VuZGVkIGRvd24gKDAuMjkgeCAxMDAgaXMgMjguOTk5Li4uIGluIGZsb2F0aW5nIHBvaW50OiBhIGhhaXIgb2Ygc2xhY2sga2VlcHMgaXQgMjkpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbG93ZWREcm9wcyhzaGFyZTogbnVtYmVyLCBzY2hlZHVsZWQ6IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLmZsb29yKHNoYXJlICogc2NoZWR1bGVkICsgMWUtOSk7XG59XG5cbi8qKlxuICogSXRlcmF0aW9ucyBhbiBvcGVuIG1vZGVsIGRpZCBub3Qgc3RhcnQgb24gdGltZSAoazYncyBkcm9wcGVkX2l0ZXJhdGlvbnMsIHBlciBzY2VuYXJpbyk6IGF0IG1vc3RcbiAqIGBzaGFyZWAgb2YgZWFjaCBhcnJpdmFsLXJhdGUgc2NlbmFyaW8ncyBzY2hlZHVsZWQgaXRlcmF0aW9ucywgcm91bmRlZCBkb3duLCBzbyBhIHNob3J0IHJ1biBvciBhXG4gKiBzbG93IGdyb3VwIG1heSBkcm9wIG5vbmUuIGBhYm9ydGAgc3RvcHMgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGJyZWFrcG9pbnQ6IGl0IGJyb2tlKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRJdGVyYXRpb25HYXRlcyhcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz4sXG4gIHNoYXJlOiBudW1iZXIsXG4gIGFib3J0PzogeyBkZWxheUFib3J0RXZhbDogc3RyaW5nIH0sXG4pOiBHYXRlW10ge1xuICByZXR1cm4gT2JqZWN0LmVudHJpZXMoc2NlbmFyaW9zKVxuICAgIC5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaXNBcnJpdmFsUmF0ZShzY2VuYXJpbykpXG4gICAgLm1hcCgoW25hbWUsIHNjZW5hcmlvXSkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2Ryb3BwZWRfaXRlcmF0aW9ucycsXG4gICAgICB0YWdzOiB7IHNjZW5hcmlvOiBuYW1lIH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7XG4gICAgICAgICAgc3RhdDogJ2NvdW50JyBhcyBjb25zdCxcbiAgICAgICAgICBvcDogJzw9JyBhcyBjb25zdCxcbiAgICAgICAgICB2YWx1ZTogYWxsb3dlZERyb3BzKHNoYXJlLCBzY2hlZHVsZWRJdGVyYXRpb25zKHNjZW5hcmlvKSksXG4gICAgICAgICAgLi4uKGFib3J0ID8geyBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uYWJvcnQgfSA6IHt9KSxcbiAgICAgICAgfSxcbiAgICAgIF0sXG4gICAgfSkpO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cblxuLyoqIFRoZSBnYXRlcyBvZiBlbnRyaWVzIHRoYXQgcnVuIHRoZSB1c2VyIHdvcmtmbG93czogcGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycywgYWJvcnQsIHN1Y2Nlc3MsIGdlbmVyYXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gd29ya2Zsb3dHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICAuLi5sYXRlbmN5R2F0ZXModGFyZ2V0cywgZW5kcG9pbnRzKSxcbiAgICAuLi5lcnJvckdhdGVzKHRhcmdldHMsIGVuZHBvaW50cyksXG4gICAgLi4uYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCksXG4gICAgLi4uc3VjY2Vzc0dhdGVzKHRhcmdldHMpLFxuICAgIC4uLmdlbmVyYXRpb25HYXRlcyh0YXJnZXRzKSxcbiAgXTtcbn1cbiIsICIvLyBUaGUgbWFpbiBqb2I6IHJlZ3VsYXIsIHBvd2VyIGFuZCBhZG1pbiB1c2VycyBpbiBwYXJhbGxlbCAoNzAvMjAvMTAgJSBvZiB0aGUgVlVzIGJ5IGRlZmF1bHQpLFxuLy8gcmFtcGluZyB1cCB0byBQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTLCBob2xkaW5nIGZvciBQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OLCByYW1waW5nXG4vLyBkb3duLCBhZ2FpbnN0IHRoZSBmdWxsIHRocmVzaG9sZCBzZXQuIGBrNiBydW4gLWUgQkFTRV9VUkw9Li4uIGRpc3QvbG9hZC5qc2AuXG5cbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgZ3VhcmRlZENvbmZpZyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IEFwaUNsaWVudCB9IGZyb20gJy4uL2xpYi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBFTkRQT0lOVFMgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgY29uc3RhbnRSYXRlLCByYW1waW5nRHVyYXRpb25TLCByYW1waW5nVXNlcnMgfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IHByZXBhcmVSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL2xpYi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgeyBwb3B1bGF0aW9uRXhlY3MsIHBvcHVsYXRpb25TY2VuYXJpb3MgfSBmcm9tICcuLi9saWIvd29ya2Zsb3dzL3BvcHVsYXRpb24udHMnO1xuaW1wb3J0IHsgd29ya2Zsb3dHYXRlcyB9IGZyb20gJy4uL3RocmVzaG9sZHMvZ2F0ZXMudHMnO1xuXG5jb25zdCBjb25maWcgPSBndWFyZGVkQ29uZmlnKCdsb2FkJyk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywgKCkgPT4gKHtcbiAgd2FsbFRpbWVTOiByYW1waW5nRHVyYXRpb25TKGNvbmZpZyksXG4gIHNjZW5hcmlvczoge1xuICAgIC4uLnBvcHVsYXRpb25TY2VuYXJpb3MoY29uZmlnLCBjb25maWcuY29uY3VycmVudFVzZXJzLCAoZXhlYywgdnVzKSA9PiByYW1waW5nVXNlcnMoZXhlYywgdnVzLCBjb25maWcpKSxcbiAgICAvLyBXaGF0IGEgbW9uaXRvcmluZyBwcm9iZSBzZWVzIGR1cmluZyB0aGUgbG9hZDogR0VUIC9oZWFsdGggb25jZSBhIHNlY29uZC5cbiAgICBoZWFsdGhfcHJvYmU6IGNvbnN0YW50UmF0ZSgnaGVhbHRoUHJvYmUnLCAxLCByYW1waW5nRHVyYXRpb25TKGNvbmZpZyksIHsgcHJlQWxsb2NhdGVkVlVzOiAxLCBtYXhWVXM6IDIgfSksXG4gIH0sXG4gIGdhdGVzOiB3b3JrZmxvd0dhdGVzKGNvbmZpZy50YXJnZXRzLCBFTkRQT0lOVFMpLFxufSkpO1xuXG5leHBvcnQgeyBwb2xsUmVzb3VyY2VzLCB0ZWFyZG93biB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuZXhwb3J0IGNvbnN0IGhhbmRsZVN1bW1hcnkgPSBtYWtlSGFuZGxlU3VtbWFyeSh7IHNjZW5hcmlvOiAnbG9hZCcsIHJlcXVlc3RzUGVySXRlcmF0aW9uOiB7IGhlYWx0aF9wcm9iZTogMSB9IH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHJldHVybiBwcmVwYXJlUnVuKGNvbmZpZywgeyBkYXRhc2V0OiB0cnVlIH0pO1xufVxuXG5leHBvcnQgY29uc3QgeyByZWd1bGFyVXNlcnMsIHBvd2VyVXNlcnMsIGFkbWluVXNlcnMgfSA9IHBvcHVsYXRpb25FeGVjcyhjb25maWcpO1xuXG5jb25zdCBwcm9iZSA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG5leHBvcnQgZnVuY3Rpb24gaGVhbHRoUHJvYmUoKTogdm9pZCB7XG4gIHByb2JlLmhlYWx0aCgpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQWtDQSxJQUFJO0FBQ0osSUFBTSxVQUFVLE1BQ2IsYUFBYTtBQUFBLEVBQ1osWUFBWTtBQUFBLEVBQ1osU0FBUztBQUFBLEVBQ1QsWUFBWTtBQUNkO0FBR0ssU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxJQUFJO0FBQUEsUUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtBQUFBLE1BQzFDO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFDN0IsVUFBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BHLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUEsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPO0FBQUEsSUFDTCxXQUFXQTtBQUFBLElBQ1gsYUFBYTtBQUFBLElBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO0FBQUEsRUFDdkU7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ3pDTyxJQUFNLGdCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhOzs7QUN2Q2xFLFNBQVMsV0FBVyxPQUFlQyxVQUErQztBQUN2RixRQUFNLE9BQU8sQ0FBQyxXQUFXLFNBQVMsT0FBTztBQUN6QyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTyxRQUFRQSxTQUFRLENBQUMsSUFBSyxHQUFHO0FBQ3hELFFBQU0sU0FBUyxNQUFNLElBQUksS0FBSyxLQUFLO0FBQ25DLFFBQU0sUUFBUSxLQUNYLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxFQUNmLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEtBQUssTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEVBQUU7QUFDekYsV0FBUyxPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLE9BQU8sR0FBRyxRQUFRLElBQUssUUFBTyxNQUFNLElBQUksQ0FBQyxDQUFFO0FBRTdHLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFFBQUlBLFNBQVEsS0FBSyxDQUFDLENBQUUsSUFBSSxLQUFLLE9BQU8sQ0FBQyxNQUFNLEtBQUssU0FBUyxHQUFHO0FBQzFELFlBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDO0FBQ2xELGFBQU8sT0FBTztBQUNkLGFBQU8sQ0FBQztBQUFBLElBQ1Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLFNBQVMsT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsR0FBSSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3JFO0FBNEJPLFNBQVMsYUFDZEMsT0FDQSxLQUNBQyxTQUNVO0FBQ1YsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBQUQ7QUFBQSxJQUNBLFVBQVU7QUFBQSxJQUNWLFFBQVE7QUFBQSxNQUNOLEVBQUUsVUFBVSxHQUFHQyxRQUFPLE9BQU8sS0FBSyxRQUFRLElBQUk7QUFBQSxNQUM5QyxFQUFFLFVBQVUsR0FBR0EsUUFBTyxTQUFTLEtBQUssUUFBUSxJQUFJO0FBQUEsTUFDaEQsRUFBRSxVQUFVLEdBQUdBLFFBQU8sU0FBUyxLQUFLLFFBQVEsRUFBRTtBQUFBLElBQ2hEO0FBQUEsSUFDQSxrQkFBa0I7QUFBQSxJQUNsQixjQUFjO0FBQUEsRUFDaEI7QUFDRjtBQUdBLFNBQVMsVUFBVSxXQUF1RDtBQUN4RSxTQUFPLE9BQU8sVUFBVSxTQUFTLElBQzdCLEVBQUUsTUFBTSxXQUFXLFVBQVUsS0FBSyxJQUNsQyxFQUFFLE1BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksRUFBRSxDQUFDLEdBQUcsVUFBVSxLQUFLO0FBQ3RFO0FBR08sU0FBUyxhQUNkRCxPQUNBLFdBQ0EsV0FDQSxLQUNBLFlBQVksTUFDRjtBQUNWLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQUFBO0FBQUEsSUFDQSxHQUFHLFVBQVUsU0FBUztBQUFBLElBQ3RCLFVBQVUsR0FBRyxTQUFTO0FBQUEsSUFDdEIsaUJBQWlCLElBQUk7QUFBQSxJQUNyQixRQUFRLElBQUk7QUFBQSxJQUNaO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxpQkFBaUJDLFNBQXFFO0FBQ3BHLFNBQU9BLFFBQU8sVUFBVUEsUUFBTyxZQUFZQSxRQUFPO0FBQ3BEO0FBRU8sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQy9GbEcsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBVTtBQUNqQixPQUFPLFVBQVU7QUFDakIsU0FBUyxTQUFTLGFBQWE7QUFLL0IsSUFBTSxtQkFBbUIsSUFBSSxNQUFNLG9CQUFvQjtBQUV2RCxJQUFNLHdCQUF3QixJQUFJLE1BQU0sMEJBQTBCO0FBRWxFLElBQU0saUJBQWlCLElBQUksTUFBTSxrQkFBa0I7QUFFbkQsSUFBTSx1QkFBdUIsSUFBSSxRQUFRLHdCQUF3QjtBQUVqRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0saUNBQWlDO0FBV3RFLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLElBQUksU0FBUztBQUNiLElBQUk7QUFDSixJQUFJLGFBQWE7QUFNakIsU0FBUyxVQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFFBQU0sTUFBTSxLQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7QUFBQSxJQUN0RSxHQUFHO0FBQUEsSUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLEVBQ2hELENBQVU7QUFDVixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztBQUM5QztBQUdBLElBQU0sU0FBUztBQVVSLFNBQVMsa0JBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQU07QUFBQSxJQUNOLEtBQUs7QUFBQSxJQUNMLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUM5QyxjQUFjLEdBQUcsTUFBTTtBQUFBLElBQ3ZCLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFFdEQsTUFBSSxDQUFDLFdBQVksY0FBYSxVQUFVLFlBQVksTUFBTTtBQUMxRCxhQUFTO0FBQ1AsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixhQUFTLFVBQVU7QUFDbkIsVUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFFBQUksS0FBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxRQUFJLEtBQUssU0FBUyxhQUFhLEVBQUc7QUFBQSxFQUNwQztBQUNBLFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFdBQVMsVUFBVTtBQUNyQjtBQUVBLFNBQVMsU0FBUyxZQUEwQjtBQUMxQyxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUNKLElBQUksV0FBVyxNQUFNLE1BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLHlCQUFxQixJQUFJLENBQUM7QUFDMUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLHNCQUFxQixJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzNHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFDcEMsUUFBSSxPQUFPLFVBQVUsVUFBYSxPQUFPLFVBQVUsT0FBUTtBQUMzRCxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFBQSxFQUNyQztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsU0FBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0FBQ3ZGO0FBT08sU0FBUyxRQUFRLFlBQTBCO0FBQ2hELFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxVQUFVLFlBQVksSUFBYTtBQUMzRCxRQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU0sTUFBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsTUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkI7QUFDekQsdUJBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDM0Q7QUFlTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDakc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CO0FBQzVCLFVBQU0sS0FBSztBQUFBLE1BQ1QsUUFBUTtBQUFBLE1BQ1IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDO0FBQUEsSUFDaEUsQ0FBQztBQUNILE1BQUksT0FBTztBQUNULFVBQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hHLFNBQU87QUFDVDs7O0FDcktBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7OztBQzRCVixJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxjQUFjO0FBQUEsRUFDZCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQUEsRUFDWixzQkFBc0I7QUFDeEIsQ0FBQzs7O0FDckNNLElBQU0sUUFBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQSxFQUMvQixPQUFPO0FBQ2xCO0FBTU8sU0FBUyxjQUFjQyxPQUFjLE1BQXdCO0FBQ2xFLFFBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxRQUFNQyxRQUFPLENBQUMsTUFBYyxZQUEyQjtBQUNyRCxVQUFNLElBQUksZUFBZSwwQkFBMEIsSUFBSSxVQUFVLElBQUksS0FBSyxPQUFPLEVBQUU7QUFBQSxFQUNyRjtBQUNBLE1BQUk7QUFDSixNQUFJLFFBQVE7QUFDWixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLE9BQU9ELE1BQUssV0FBVyxDQUFDLE1BQU0sUUFBU0EsTUFBSyxNQUFNLENBQUMsSUFBSUE7QUFDN0QsUUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPO0FBQ2hDLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsVUFBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixRQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFFeEIsVUFBTSxTQUFtQixDQUFDO0FBQzFCLFFBQUksUUFBUTtBQUNaLFFBQUksU0FBUztBQUNiLFFBQUksWUFBWTtBQUNoQixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLFlBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsVUFBSSxRQUFRO0FBQ1YsWUFBSSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQ3BDLG1CQUFTO0FBQ1Q7QUFBQSxRQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUMxQixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFDLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSTtBQUM3QyxNQUFBQSxNQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFFBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxTQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsYUFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDakQ7QUFDQSxNQUFJLENBQUMsUUFBUyxDQUFBQSxNQUFLLEdBQUcscUZBQXFGO0FBQzNHLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxNQUFjLE1BQXlCO0FBQ25FLFFBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxRQUFNLFdBQVc7QUFDakIsYUFBVyxRQUFRLEtBQ2hCLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQzFCLFVBQU0sUUFBUSxvQ0FBb0MsS0FBSyxJQUFJO0FBQzNELFFBQUksQ0FBQztBQUNILFlBQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxJQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDekcsVUFBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUMzQztBQUNBLE1BQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsVUFBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUMxRixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFVBQVUsTUFBWSxHQUFtQjtBQUN2RCxTQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDOUM7QUFHTyxTQUFTLG9CQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsYUFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFHOUc7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLFdBQTREO0FBQ3BGLE1BQUksUUFBUTtBQUNaLGFBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLFVBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsVUFBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFFBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztBQUFBLGFBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO0FBQUEsYUFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtBQUFBLFFBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTztBQUNUOzs7QUM3Rk8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBR08sSUFBTSxnQkFBZ0IsS0FBSztBQUMzQixJQUFNLGtCQUFrQjtBQUkvQixTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsSUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELElBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxTQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDakM7QUFFQSxTQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixRQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxNQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU87QUFDaEQsTUFBSTtBQUNGLFdBQU8sY0FBYyxPQUFPLElBQUk7QUFBQSxFQUNsQyxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksWUFBWSxpQkFBaUIsaUJBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3ZGO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsS0FBNkI7QUFDNUMsUUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxRQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsTUFBSSxZQUFZO0FBQ2QsU0FBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUM3RyxTQUFPLEVBQUUsU0FBUyxXQUFXLFFBQVEsS0FBSyxLQUFLLDRCQUE0QixFQUFFO0FBQy9FO0FBR08sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sSUFBSTtBQUNWLFFBQU0sWUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFFBQU0sVUFBVSxRQUFRLEdBQUcsYUFBYTtBQUFBLElBQ3RDO0FBQUEsSUFDQTtBQUFBLElBQ0EsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNyRDtBQUNBLFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxlQUFlLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDMUYsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLFlBQVksT0FBTyxLQUFLLDBCQUEwQixFQUFFLFVBQVU7QUFBQSxNQUM5RCxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO0FBQUEsTUFDN0YsYUFBYSxTQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztBQUFBLE1BQ2xFLFdBQVcsU0FBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7QUFBQSxNQUM1RCxjQUFjO0FBQUEsUUFDWjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLE1BQ0YsRUFBRSxLQUFLLDJCQUEyQixFQUFFLFlBQVk7QUFBQSxNQUNoRCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO0FBQUEsTUFDekUsWUFBWSxTQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtBQUFBLE1BQzlGLHNCQUFzQjtBQUFBLFFBQ3BCO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO0FBQUEsSUFDckU7QUFBQSxJQUNBLFdBQVcsSUFBSSxLQUFLLHdCQUF3QixLQUFLO0FBQUEsSUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtBQUFBLElBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtBQUFBLElBQ3JELFNBQVMsUUFBUSxHQUFHO0FBQUEsRUFDdEI7QUFDRjtBQUdBLFNBQVMsT0FBTyxTQUF5QjtBQUN2QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVBLFNBQVMsV0FBVyxNQUF1QjtBQUN6QyxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGOzs7QUNuUE8sSUFBTSxTQUFpQixZQUFZLEtBQUs7QUFHeEMsU0FBUyxjQUFjLE9BQXVCO0FBQ25ELHNCQUFvQixRQUFRLEtBQUs7QUFDakMsU0FBTztBQUNUOzs7QUpnQkEsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFQSxTQUFTLFNBQVNDLFNBQXNCO0FBQ3RDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU9FLE1BQUssR0FBRyxXQUFXLEtBQUssTUFBTUQsY0FBYTtBQUNqRztBQUdPLFNBQVMsZUFBZUQsT0FBWSxPQUF3QixPQUFxQjtBQUN0RixRQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsUUFBTSxVQUFVLG9CQUFvQkEsTUFBSyxPQUFPLFFBQVFBLE1BQUssTUFBTTtBQUNuRSxNQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztBQUN0QztBQUdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBSzlFNUMsU0FBUyxTQUFBRyxjQUFhO0FBQ3RCLE9BQU9DLFdBQVU7QUFDakIsT0FBT0MsV0FBVTtBQUNqQixPQUFPLGFBQWE7OztBQ0xwQixTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBdUQ7OztBQ0Z2RCxJQUFNLFlBQVk7QUFBQSxFQUN2QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUtPLElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsWUFBWSxZQUFZO0FBQ2pDLGlCQUFlLFFBQW9CLElBQUksRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBb0IsRUFBRTtBQUM5RztBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGc0NBLElBQU0sUUFBUSxDQUFJLFNBQThDO0FBRWhFLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFFdEQsSUFBTSxTQUFTO0FBQUEsRUFDYixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsTUFBTTtBQUNyQyxNQUFJLGFBQWEsUUFBVztBQUMxQixlQUFXQyxNQUFLLGlCQUFpQixNQUFNO0FBQ3ZDLG9CQUFnQixNQUFNLElBQUk7QUFBQSxFQUM1QjtBQUNBLFNBQU87QUFDVDtBQUlBLElBQUk7QUFVSixJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLFlBQXlGLENBQUM7QUFFaEcsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLFFBQVE7QUFDNUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsUUFBUSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxTQUFPO0FBQ1Q7QUFJTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQTRDLENBQUM7QUFBQTtBQUFBLEVBVzlELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsUUFBSUMsVUFBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxRQUFJLENBQUNBLFNBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELE1BQUFBLFVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsQ0FBQUEsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUlBO0FBQUEsSUFDMUI7QUFDQSxXQUFPQTtBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQUMsUUFDQSxTQUNXO0FBQ1gsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNQyxNQUFLO0FBQUEsTUFDZjtBQUFBLE1BQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO0FBQUEsTUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO0FBQUEsTUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhRCxXQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU0sU0FBUyxJQUFJO0FBQ25CLFVBQU0sV0FBVyxXQUFXO0FBQzVCLFFBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQ0E7QUFDZixRQUFJQSxVQUFTLFVBQVU7QUFDckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTO0FBQ3hDLGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBYyxPQUFPLFFBQVFBLFVBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ3hGO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVM7QUFDYixlQUFXLE9BQU8sT0FBTztBQUN2QixZQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxVQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNyRztBQUNBLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxPQUFPLFVBQVU7QUFBQSxFQUMvRjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxNQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sUUFBUSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUM5RTtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssT0FBTyxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLE1BQU0sYUFBYSxFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDdkc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsTUFBTSxVQUFVLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNwRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFDRjs7O0FHaFZBLFNBQVMsU0FBQUUsY0FBYTtBQUN0QixPQUFPQyxXQUEwRTs7O0FDSDFFLElBQU0sZ0JBQWdCO0FBRXRCLElBQU0sbUJBQW1CO0FBRXpCLFNBQVMsYUFBYSxHQUFtQjtBQUM5QyxTQUFPLEdBQUcsYUFBYSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDdkQ7QUFHTyxTQUFTLFNBQVMsTUFBYyxLQUFLLElBQUksR0FBVztBQUN6RCxTQUFPLEdBQUcsSUFBSSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7QUFDNUU7QUFHTyxTQUFTLFFBQVEsT0FBbUM7QUFDekQsUUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsU0FBTyxRQUFRLENBQUM7QUFDbEI7QUFHQSxTQUFTLFdBQVcsT0FBbUM7QUFDckQsUUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxTQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztBQUNwQztBQU9PLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLFNBQVMsV0FBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLE1BQUksQ0FBQyxNQUFNLFdBQVcsZ0JBQWdCLEVBQUcsUUFBTztBQUNoRCxRQUFNLFFBQVEsUUFBUSxLQUFLO0FBQzNCLE1BQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFFBQU0sVUFBVSxXQUFXLEtBQUs7QUFDaEMsU0FBTyxZQUFZLFVBQWEsV0FBVyxXQUFXLE9BQU8sS0FBSyxLQUFLO0FBQ3pFOzs7QURwQ0EsSUFBTSxjQUFjO0FBQ3BCLElBQU0sYUFBYTtBQXNCbkIsSUFBTSxXQUFXO0FBRWpCLElBQUksVUFBVTtBQUNkLElBQU0sWUFBWSxDQUFDLFFBQWtCLElBQUksV0FBVyxLQUFLLElBQUksVUFBVTtBQVV2RSxTQUFTLFFBQVFDLFFBQWUsTUFBbUMsVUFBb0Q7QUFDckgsV0FBUyxRQUFRLEdBQUcsUUFBUUEsUUFBTyxTQUFTLGFBQWE7QUFDdkQsVUFBTSxRQUF3QixDQUFDO0FBQy9CLGFBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFJQSxRQUFPLFFBQVEsV0FBVyxHQUFHLElBQUssT0FBTSxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQ3JGLFVBQU0sTUFBTUMsTUFBSyxNQUFNLEtBQUs7QUFDNUIsYUFBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLFdBQVc7QUFDbkQsWUFBTSxRQUFRLElBQUksSUFBSSxDQUFDLEtBQUssTUFBTyxVQUFVLEdBQUcsSUFBSSxJQUFJLEVBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUM7QUFDakYsVUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixpQkFBVyxNQUFNO0FBQ2pCLE1BQUFDLE9BQU0sTUFBTSxNQUFNLFVBQVUsRUFBRTtBQUM5QixNQUFDRCxNQUFLLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLEVBQWlCLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDMUUsWUFBSSxNQUFNLENBQUMsQ0FBRSxJQUFJO0FBQUEsTUFDbkIsQ0FBQztBQUFBLElBQ0g7QUFDQSxRQUFJLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDdEIsZUFBUyxLQUFLLFFBQVEsQ0FBQztBQUFBLElBQ3pCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLE9BQU87QUFDOUQsUUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLE1BQUksU0FBVSxTQUFRLGNBQWMsSUFBSTtBQUN4QyxNQUFJLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2xELFNBQU8sRUFBRSxTQUFTLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSxVQUFVLElBQUksR0FBRyxHQUFHLFNBQVMsTUFBTTtBQUNyRjtBQUVBLFNBQVMsS0FBUSxLQUE4QjtBQUM3QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO0FBQUEsRUFDdEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLFdBQ2RFLFNBQ0EsT0FDQSxVQUMrQztBQUMvQyxRQUFNLFNBQXdELEVBQUUsT0FBTyxRQUFXLFFBQVEsRUFBRTtBQUM1RjtBQUFBLElBQ0U7QUFBQSxJQUNBLE9BQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBR0EsUUFBTyxPQUFPLEdBQUcsTUFBTSxNQUFNLENBQUM7QUFBQSxNQUN0QyxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsTUFDeEMsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO0FBQUEsSUFDekM7QUFBQSxJQUNBLENBQUMsUUFBUTtBQUNQLGFBQU8sU0FBUyxJQUFJO0FBQ3BCLGFBQU8sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUFBLElBQzNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQWdCTyxTQUFTLGNBQWNBLFNBQWdCLFFBQWdDO0FBQzVFLFFBQU0sRUFBRSxTQUFTLFFBQVEsV0FBVyxrQkFBa0IsT0FBTyxJQUFJQSxRQUFPO0FBQ3hFLFFBQU0sU0FBd0I7QUFBQSxJQUM1QixVQUFVLE9BQU87QUFBQSxJQUNqQixTQUFTO0FBQUEsSUFDVCxRQUFRO0FBQUEsSUFDUixTQUFTO0FBQUEsSUFDVCxXQUFXO0FBQUEsSUFDWCxTQUFTO0FBQUEsRUFDWDtBQUNBLE1BQUksV0FBVyxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEQsUUFBTSxnQkFBZ0I7QUFDdEIsUUFBTSxVQUFtQixFQUFFLE1BQU1BLFFBQU8sU0FBUyxRQUFRLFFBQVEsQ0FBQyxHQUFHLE9BQU87QUFDNUU7QUFBQSxJQUNFO0FBQUEsSUFDQSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUFBLEVBQ3hCO0FBQ0EsTUFBSSxTQUFTLGFBQWEsT0FBTztBQUNqQyxNQUFJLE9BQVEsVUFBUyxlQUFlLFNBQVMsTUFBTTtBQUNuRCxRQUFNLGFBQWEsY0FBYyxTQUFTLFFBQVEsUUFBUSxnQkFBZ0I7QUFDMUUsa0JBQWdCLFNBQVMsZ0JBQWdCLFNBQVMsVUFBVSxHQUFHQSxRQUFPLGtCQUFrQjtBQUN4RixTQUFPLFVBQVUsVUFBVTtBQUMzQixTQUFPO0FBQ1Q7QUFHQSxTQUFTLE1BQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLE9BQXVCO0FBQ3ZFO0FBQUEsSUFDRSxNQUFNO0FBQUEsSUFDTixDQUFDLE9BQU87QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxNQUFNLENBQUM7QUFBQSxNQUM1QixNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLE9BQU8sVUFBVSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsU0FBUyxDQUFDO0FBQUEsTUFDL0YsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO0FBQUEsSUFDekM7QUFBQSxJQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLFVBQUksQ0FBQztBQUNILGNBQU0sSUFBSTtBQUFBLFVBQ1IsMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtBQUFBLFFBQ3hIO0FBQ0YsYUFBTyxNQUFNLENBQUMsQ0FBRSxJQUFJO0FBQUEsSUFDdEI7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLGFBQWEsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFzQjtBQUNqRSxRQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsTUFBTSxtQkFBbUIsYUFBYSxDQUFDLFVBQVUsVUFBVTtBQUNwRyxRQUFNLFNBQW1CLENBQUM7QUFDMUI7QUFBQSxJQUNFLE9BQU87QUFBQSxJQUNQLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFO0FBQUEsSUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxJQUFJO0FBQ3RGLFVBQUksQ0FBQztBQUNILGNBQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUN4RyxhQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxFQUFFO0FBQUEsSUFDcEU7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxlQUFlLFNBQWtCLFFBQTRCO0FBQ3BFLFFBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ2pDLFdBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ2pGLFVBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxHQUFHLEdBQUcsRUFBRSxDQUFDO0FBQzdFO0FBQUEsTUFDRSxPQUFPO0FBQUEsTUFDUCxDQUFDLE9BQU87QUFBQSxRQUNOLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztBQUFBLFFBQzFDLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxPQUFPLENBQUMsRUFBRyxLQUFLLENBQUM7QUFBQSxNQUMzRDtBQUFBLE1BQ0EsQ0FBQyxRQUFRO0FBQ1AsWUFBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO0FBQUEsTUFDakM7QUFBQSxJQUNGO0FBQ0EsYUFBUyxhQUFhLE9BQU87QUFBQSxFQUMvQjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FDUCxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FDL0IsUUFDQSxRQUNBLGtCQUM2QjtBQUM3QixRQUFNLFlBQStELENBQUM7QUFDdEUsU0FBTyxRQUFRLENBQUMsT0FBTyxNQUFNO0FBQzNCLFVBQU0sT0FBTyxPQUFPLENBQUMsRUFBRztBQUN4QixRQUFJLFFBQVEsT0FBUSxRQUFPO0FBQzNCLGFBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRO0FBQ2xDLGdCQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsR0FBRyxVQUFVLE1BQU0sU0FBUyxhQUFhLEtBQUssaUJBQWlCLENBQUM7QUFBQSxFQUMvRixDQUFDO0FBQ0QsUUFBTSxhQUEwQyxDQUFDO0FBQ2pEO0FBQUEsSUFDRSxVQUFVO0FBQUEsSUFDVixDQUFDLE1BQU07QUFDTCxZQUFNLEVBQUUsT0FBTyxHQUFHLFNBQVMsSUFBSSxVQUFVLENBQUM7QUFDMUMsWUFBTSxTQUFTO0FBQUEsUUFDYixPQUFPLGFBQWEsQ0FBQztBQUFBLFFBQ3JCLE9BQU8saUJBQWlCLENBQUM7QUFBQSxRQUN6QixPQUFPO0FBQUEsUUFDUCxlQUFlLFdBQVcsSUFBSTtBQUFBLE1BQ2hDO0FBQ0EsYUFBTztBQUFBLFFBQ0wsUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQztBQUFBLFFBQzlCLE1BQU0sS0FBSyxVQUFVLE1BQU07QUFBQSxRQUMzQixRQUFRLE9BQU8sa0JBQWtCLE9BQU8sS0FBSyxHQUFHLElBQUk7QUFBQSxNQUN0RDtBQUFBLElBQ0Y7QUFBQSxJQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxLQUFLLElBQUksV0FBVyxNQUFNLEtBQWlCLEdBQUcsR0FBRyxLQUFLO0FBQzVELFVBQUksT0FBTztBQUNULGNBQU0sSUFBSTtBQUFBLFVBQ1Isa0NBQWtDLE9BQU8sVUFBVSxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtBQUFBLFFBQ3ZHO0FBQ0YsYUFBTztBQUNQLFVBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO0FBQUEsSUFDaEY7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT0EsU0FBUyxnQkFBZ0IsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLFlBQWdEO0FBQzFHLFFBQU0sT0FBYyxDQUFDO0FBQ3JCO0FBQUEsSUFDRSxXQUFXO0FBQUEsSUFDWCxDQUFDLE9BQU87QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxTQUFTLFdBQVcsQ0FBQyxFQUFHLEVBQUUsQ0FBQztBQUFBLE1BQ2hELE1BQU07QUFBQSxNQUNOLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEdBQUcsSUFBSTtBQUFBLElBQ3ZFO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFxQixHQUFHLEdBQUcsU0FBUztBQUN2RSxVQUFJLFVBQVU7QUFDWixjQUFNLElBQUk7QUFBQSxVQUNSLG9DQUFvQyxPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUMxRztBQUNGLFdBQUssS0FBSyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUcsT0FBTyxNQUFNLENBQUM7QUFBQSxJQUNsRDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGdCQUFnQixTQUFrQixNQUFhLFVBQXdCO0FBQzlFLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSSxXQUFXO0FBQ3pDLFNBQU8sS0FBSyxTQUFTLEdBQUc7QUFDdEIsUUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLFlBQU0sSUFBSTtBQUFBLFFBQ1IsWUFBWSxLQUFLLE1BQU0sK0RBQStELFFBQVE7QUFBQSxNQUNoRztBQUNGLElBQUFELE9BQU0sQ0FBQztBQUNQLFVBQU0sRUFBRSxNQUFBRSxPQUFNLFFBQVEsSUFBSSxTQUFTLFNBQVMsSUFBSTtBQUNoRCxRQUFJLFFBQVEsT0FBTyxFQUFHLE9BQU0sU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDO0FBQ2pELFdBQU9BO0FBQUEsRUFDVDtBQUNGO0FBR0EsU0FBUyxTQUFTLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFZLE1BQW9EO0FBQy9HLFFBQU1BLFFBQWMsQ0FBQztBQUNyQixRQUFNLFVBQVUsb0JBQUksSUFBWTtBQUNoQztBQUFBLElBQ0UsS0FBSztBQUFBLElBQ0wsQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7QUFBQSxNQUN4QyxRQUFRLE9BQU8sb0JBQW9CLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsSUFDM0Q7QUFBQSxJQUNBLENBQUMsS0FBSyxNQUFNO0FBRVYsVUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixnQkFBUSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUs7QUFDMUIsUUFBQUEsTUFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQ2xCO0FBQUEsTUFDRjtBQUNBLFVBQUksSUFBSSxXQUFXO0FBQ2pCLGNBQU0sSUFBSTtBQUFBLFVBQ1IsMENBQTBDLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxLQUFLLElBQUksS0FBSyxNQUFNLEVBQUU7QUFBQSxRQUMvSTtBQUNGLFlBQU0sU0FBUyxLQUEwQyxHQUFHO0FBQzVELFVBQUksUUFBUSxXQUFXO0FBQ3JCLGNBQU0sSUFBSTtBQUFBLFVBQ1IsbUNBQW1DLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssWUFBWSxPQUFPLFNBQVMsaUJBQWlCO0FBQUEsUUFDL0c7QUFDRixVQUFJLFFBQVEsV0FBVyxZQUFhLFFBQU87QUFBQSxVQUN0QyxDQUFBQSxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFBQSxJQUN6QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0FBQ3pCO0FBTU8sU0FBUyxjQUNkRCxTQUNBLFlBQ0EsUUFDQSxRQUNRO0FBQ1IsUUFBTSxPQUFPQSxRQUFPO0FBQ3BCLE1BQUksVUFBVTtBQUNkLE1BQUksU0FBUztBQUNiLFdBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFFBQUksUUFBcUMsQ0FBQztBQUMxQztBQUFBLE1BQ0U7QUFBQSxNQUNBLE9BQU87QUFBQSxRQUNMLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU07QUFBQSxRQUNuRyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7QUFBQSxNQUM3QztBQUFBLE1BQ0EsQ0FBQyxRQUFRO0FBQ1AsaUJBQVMsSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxHQUFHLFFBQVEsV0FBYyxDQUFDO0FBQUEsTUFDMUc7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixVQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFFBQUksT0FBTztBQUNYO0FBQUEsTUFDRSxPQUFPO0FBQUEsTUFDUCxDQUFDLE9BQU87QUFBQSxRQUNOLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztBQUFBLFFBQzFDLFFBQVEsT0FBTyxvQkFBb0IsVUFBVTtBQUFBLE1BQy9DO0FBQUEsTUFDQSxDQUFDLFFBQVE7QUFDUCxZQUFJLElBQUksV0FBVyxPQUFPLElBQUksV0FBVyxJQUFLO0FBQUEsTUFDaEQ7QUFBQSxJQUNGO0FBQ0EsZUFBVztBQUNYLGNBQVUsTUFBTSxTQUFTO0FBQUEsRUFDM0I7QUFDQSxTQUFPO0FBQ1Q7OztBSjFWQSxJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLEVBQUFFLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCO0FBQUEsTUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7QUFBQSxJQUN2RztBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCO0FBQUEsTUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07QUFBQSxJQUMvQztBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsY0FBY0UsU0FBZ0JDLFNBQXVDLE1BQW9CO0FBQ2hHLFNBQU9BLFFBQU8sSUFBSSxLQUFLRCxRQUFPLE1BQU0sSUFBSSxFQUFFO0FBQzVDO0FBTUEsU0FBUyxNQUFNQSxTQUFnQkMsU0FBdUMsTUFBb0I7QUFDeEYsTUFBSSxLQUFLLE1BQU0sSUFBSSxNQUFNLEVBQUcsT0FBTSxHQUFHLEtBQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNELFNBQVFDLFNBQVEsSUFBSSxDQUFDO0FBQ3JGLFFBQU0sU0FBUyxXQUFXRCxTQUFRLE9BQU8sUUFBUTtBQUNqRCxNQUFJLENBQUMsT0FBTyxPQUFPO0FBQ2pCLFVBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLFVBQU0sUUFBUUEsUUFBTyxZQUNqQixlQUFlQSxRQUFPLFNBQVMsS0FDL0JBLFFBQU8sWUFDTCxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFDcEQsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUN6QyxVQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO0FBQUEsRUFDeEc7QUFDQSxTQUFPLE9BQU87QUFDaEI7QUFFQSxTQUFTLFlBQVksUUFBbUIsT0FBZUEsU0FBc0I7QUFDM0UsUUFBTSxPQUFhLENBQUM7QUFDcEIsUUFBTSxZQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLFVBQU0sVUFBVSxPQUFPLGFBQWE7QUFBQSxNQUNsQyxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUM7QUFBQSxNQUM5QixPQUFPO0FBQUEsTUFDUCxPQUFPO0FBQUEsTUFDUCxlQUFlO0FBQUEsSUFDakIsQ0FBQztBQUNELFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGNBQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQ2xHLE1BQUFFLE9BQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBUUEsZUFBc0Isa0JBQTBEO0FBQzlFLFFBQU0sUUFBdUMsQ0FBQztBQUM5QyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLElBQzlCLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBY0YsU0FBZ0JDLFNBQWdEO0FBQ3JGLFFBQU0sUUFBUSxVQUFXSixNQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsUUFBTSxTQUFrQixDQUFDO0FBQ3pCLGFBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGFBQU8sS0FBSyxFQUFFLE1BQU0sR0FBRyxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNHLFNBQVFDLFNBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ3ZGO0FBQ0EsU0FBTztBQUNUO0FBU0EsZUFBc0IsV0FBV0QsU0FBZ0JHLFdBQTBCLENBQUMsR0FBcUI7QUFDL0YsUUFBTUgsUUFBTyxPQUFPO0FBQ3BCLFFBQU1DLFVBQVMsTUFBTSxnQkFBZ0I7QUFDckMsUUFBTUcsYUFBWSxJQUFJLFVBQVVKLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQ2xFLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJLE1BQU1BLFNBQVFDLFNBQVEsSUFBSTtBQUNuRSxRQUFNLFFBQVEsU0FBUztBQUN2QixRQUFNLFFBQVEsY0FBY0QsU0FBUSxPQUFPLE9BQU8sa0JBQWtCLENBQUMsVUFBVSxXQUFXLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDOUcsTUFBSSxRQUFRLEVBQUcsU0FBUSxJQUFJLGtCQUFrQixLQUFLLHdDQUF3QztBQUMxRixNQUFJRyxTQUFRLFNBQVM7QUFDbkIsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFJO0FBQ0YsWUFBTSxJQUFJLGNBQWNILFNBQVEsY0FBY0EsU0FBUUMsT0FBTSxDQUFDO0FBQzdELGNBQVE7QUFBQSxRQUNOLHFCQUFxQkQsUUFBTyxRQUFRLE9BQU8sOEJBQThCLEVBQUUsUUFBUSxnQkFBZ0IsRUFBRSxNQUFNLFlBQVksRUFBRSxPQUFPLHVCQUF1QixFQUFFLFNBQVMsZ0JBQWdCLEVBQUUsT0FBTyxXQUFXLEVBQUUsVUFBVSxJQUFJLEtBQUssRUFBRSxPQUFPLG9EQUFvRCxFQUFFLFVBQVUsS0FBSyxJQUFJLElBQUksV0FBVyxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsTUFDOVU7QUFBQSxJQUNGLFNBQVMsT0FBTztBQUNkLFlBQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDOUQ7QUFBQSxFQUNGO0FBQ0EsUUFBTSxrQkFBa0JHLFNBQVEsT0FBTyxZQUFZQyxXQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0osT0FBTSxJQUFJLENBQUM7QUFFbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxnQkFBZ0I7QUFDMUM7QUFHQSxlQUFzQixXQUFXQSxTQUFnQixNQUEwQztBQUN6RixNQUFJLENBQUMsTUFBTSxTQUFTLEtBQUssTUFBTSxVQUFVLEVBQUc7QUFDNUMsUUFBTUMsVUFBUyxNQUFNLGdCQUFnQjtBQUVyQyxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUksS0FBSyxRQUFRLFNBQVMsR0FBR0EsUUFBTyxTQUFTRCxRQUFPLE1BQU0sTUFBTSxRQUFRO0FBQ2hHLFFBQU0sRUFBRSxNQUFNLElBQUksV0FBV0EsU0FBUSxPQUFPLFFBQVE7QUFDcEQsTUFBSSxDQUFDLE9BQU87QUFDVixZQUFRO0FBQUEsTUFDTixpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLO0FBQUEsSUFDdEc7QUFDQTtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsY0FBY0EsU0FBUSxPQUFPLEtBQUssT0FBTyxDQUFDLFVBQVUsV0FBVyxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDdkcsTUFBSSxVQUFVLEVBQUcsU0FBUSxJQUFJLHFCQUFxQixPQUFPLDZCQUE2QjtBQUN4Rjs7O0FNNUlBLFNBQVMsbUJBQTRCO0FBQ25DLFNBQU8sU0FBUztBQUNsQjtBQUdPLFNBQVMsYUFBYUssU0FBZ0IsV0FBdUQ7QUFDbEcsTUFBSSxDQUFDLGlCQUFpQixFQUFHLFFBQU87QUFDaEMsUUFBTSxRQUFRLFVBQVU7QUFHeEIsUUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxRQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixNQUFJQSxRQUFPLFlBQVk7QUFDckIsY0FBVSxZQUFZLGtCQUFrQixNQUFNLFNBQVM7QUFDdkQsVUFBTTtBQUFBLE1BQ0osR0FBRyxjQUFjO0FBQUEsUUFDZixVQUFVQSxRQUFPLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxRQUFPLFFBQVE7QUFBQSxRQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFFBQU8sUUFBUSx1QkFBdUI7QUFBQSxRQUMvRSxlQUFlQSxRQUFPO0FBQUEsTUFDeEIsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsTUFBSUEsUUFBTyxjQUFlLGdCQUFlLE1BQU0sTUFBTSxTQUFTLE9BQU8sVUFBVSxTQUFTLENBQUM7QUFDekYsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFlBQVksc0JBQXNCLGVBQWUsS0FBSyxHQUFHLFNBQVM7QUFBQTtBQUFBLElBRWxFLGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUIsRUFBRSxLQUFLQSxRQUFPLFFBQVEsVUFBVSxJQUFJLE1BQU0sRUFBRTtBQUFBLElBQ3RHLG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7QUFNQSxTQUFTLHNCQUFzQixZQUEwQixXQUFtRDtBQUMxRyxhQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLFNBQVMsR0FBRztBQUN4RCxRQUFJLGNBQWMsUUFBUSxFQUFHLFlBQVcsVUFBVSxzQkFBc0IsRUFBRSxVQUFVLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQztBQUFBLEVBQ3BHO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxTQUFTLFVBQTZCO0FBQzdDLFFBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFNNUMsTUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxNQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWE7QUFDbEYsWUFBUSxPQUFPLEtBQUs7QUFDdEIsU0FBTztBQUNUO0FBR08sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEO0FBTUEsU0FBUyx1QkFBNkI7QUFDcEMsTUFBSSxPQUFVLFdBQVksU0FBUSxPQUFVLFVBQVU7QUFDeEQ7QUFHQSxlQUFzQixTQUFTLE1BQStCO0FBQzVELHVCQUFxQjtBQUNyQixRQUFNLFdBQVcsUUFBVyxJQUFJO0FBQ2xDOzs7QUMvR08sU0FBUyxVQUFVQyxPQUFzQjtBQUM5QyxTQUFPQSxNQUFLO0FBQUEsSUFDVjtBQUFBLElBQ0EsQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUM7QUFBQSxFQUNyRjtBQUNGO0FBR08sU0FBUyxtQkFBbUJBLE9BQXNCO0FBQ3ZELFNBQU9BLE1BQ0osUUFBUSxPQUFPLEtBQUssRUFDcEIsUUFBUSxZQUFZLEdBQUcsRUFDdkIsUUFBUSxNQUFNLE1BQU0sRUFDcEIsUUFBUSxNQUFNLE1BQU07QUFDekI7QUFRTyxTQUFTLGFBQWFBLE9BQWNDLFdBQWdDLEVBQUUsU0FBUyxLQUFLLEdBQVc7QUFDcEcsUUFBTSxVQUFVRCxNQUFLLFFBQVEsWUFBWSxHQUFHO0FBQzVDLFFBQU0sT0FBT0MsU0FBUSxVQUFVLFFBQVEsUUFBUSxPQUFPLEtBQUssSUFBSTtBQUMvRCxRQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUNwRixRQUFNLFFBQVEsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUN2QyxRQUFNLE1BQU0sS0FBSyxXQUFXLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxJQUFJLE1BQU07QUFDL0QsU0FBTyxHQUFHLEtBQUssR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLEdBQUcsR0FBRyxLQUFLO0FBQzVDOzs7QUNPTyxTQUFTLE9BQU9DLGFBQTRCO0FBQ2pELFNBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0FBQ2hFO0FBRUEsU0FBUyxPQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxNQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLFNBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztBQUN4RTtBQUdPLFNBQVMsY0FBYyxNQUFtQztBQUMvRCxRQUFNLE9BQXVCLENBQUM7QUFDOUIsYUFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsZUFBVyxDQUFDQSxhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLFlBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLFlBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxXQUFLLEtBQUs7QUFBQSxRQUNSO0FBQUEsUUFDQSxZQUFBQTtBQUFBLFFBQ0EsSUFBSSxPQUFPO0FBQUEsUUFDWDtBQUFBLFFBQ0EsVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVc7QUFBQSxRQUNqRixNQUFNLE9BQU8sUUFBUSxJQUFJO0FBQUEsTUFDM0IsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsU0FBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0FBQzVGO0FBRUEsSUFBTSxhQUFhO0FBR1osU0FBUyxhQUFhLE1BQWtDO0FBQzdELFFBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxRQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxRQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsUUFBSSxDQUFDLEdBQUc7QUFDTixVQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSztBQUN6RixXQUFLLElBQUksVUFBVSxDQUFDO0FBQUEsSUFDdEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxRQUFJLENBQUMsTUFBTztBQUNaLFVBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLFVBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixRQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGFBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRztBQUFBLFFBQzNCLFVBQVUsRUFBRSxTQUFTO0FBQUEsUUFDckIsS0FBSyxFQUFFLE9BQU87QUFBQSxRQUNkLEtBQUssRUFBRSxPQUFPLEtBQUs7QUFBQSxRQUNuQixLQUFLLEVBQUUsT0FBTyxLQUFLO0FBQUEsUUFDbkIsS0FBSyxFQUFFLE9BQU87QUFBQSxNQUNoQixDQUFDO0FBQUEsSUFDSCxXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLFVBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDL0U7QUFrQkEsSUFBTSxxQkFBcUI7QUFPcEIsU0FBUyxrQkFDZCxNQUNBLHVCQUErQyxDQUFDLEdBQ2hDO0FBQ2hCLFFBQU0sWUFBMEIsQ0FBQztBQUNqQyxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFdBQVcsbUJBQW1CLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDbEQsUUFBSSxhQUFhLE9BQVc7QUFDNUIsVUFBTUMsY0FBYSxPQUFPLFFBQVEsU0FBUztBQUMzQyxVQUFNLGVBQWUscUJBQXFCLFFBQVE7QUFDbEQsVUFBTSxRQUFRLE9BQU8sS0FBSyxPQUFPLGNBQWMsQ0FBQyxDQUFDLEVBQzlDLElBQUksQ0FBQ0QsZ0JBQWUsNkJBQTZCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLENBQUMsRUFDdEUsS0FBSyxDQUFDLE1BQU0sTUFBTSxNQUFTO0FBQzlCLGNBQVUsS0FBSztBQUFBLE1BQ2I7QUFBQSxNQUNBLFlBQUFDO0FBQUEsTUFDQSxVQUFVLGlCQUFpQixTQUFZLE9BQU9BLGNBQWE7QUFBQSxNQUMzRCxTQUFTLFVBQVUsU0FBWSxPQUFPLE9BQU8sS0FBSztBQUFBLElBQ3BELENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxRQUFRLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUM3RCxNQUFJLFVBQVUsV0FBVyxLQUFLLFVBQVUsS0FBTSxRQUFPO0FBQ3JELFlBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUM3RCxRQUFNLGFBQWEsU0FBUyxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQztBQUNsRixRQUFNLFFBQ0osVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxjQUM1RCxVQUFVLE1BQU0sQ0FBQyxRQUFRLElBQUksYUFBYSxJQUFJO0FBQ2hELFNBQU8sRUFBRSxZQUFZLFVBQVUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFVBQVcsQ0FBQyxJQUFJLE1BQU0sVUFBVTtBQUNsSDtBQUdPLFNBQVMsaUJBQWlCLFNBQXdDO0FBQ3ZFLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsTUFBSSxRQUFRLGVBQWU7QUFDekIsV0FBTztBQUNULFFBQU0sT0FDSixRQUFRLGFBQWEsT0FDakIsbUJBQW1CLFlBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQyxnQkFDM0QsR0FBRyxZQUFZLFFBQVEsVUFBVSxPQUFPLENBQUMsV0FBVyxRQUFRLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDM0YsU0FBTyx1QkFBdUIsSUFBSSxzQkFBc0IsWUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDO0FBQ2xHO0FBR08sU0FBUyxZQUFZLEtBQXlCO0FBQ25ELFFBQU0sV0FDSixJQUFJLGFBQWEsT0FBTyxLQUFLLEtBQUssWUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLFdBQVcsSUFBSSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzlHLFFBQU0sVUFBVSxJQUFJLFlBQVksT0FBTyxnQkFBZ0IsYUFBYSxZQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFDckcsU0FBTyxHQUFHLFlBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxhQUFhLElBQUksZUFBZSxJQUFJLEtBQUssR0FBRyxvQkFBb0IsUUFBUSxHQUFHLE9BQU87QUFDbEk7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVM7QUFDWCxXQUFPLEtBQUssTUFBTSxLQUFLLEVBQ3BCLFNBQVMsRUFDVCxRQUFRLHlCQUF5QixHQUFHO0FBQ3pDLFNBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtBQUNqRztBQUVPLFNBQVMsWUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixRQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7QUFDdkU7QUFXTyxTQUFTLGdCQUFnQixNQUEyQztBQUN6RSxNQUFJLENBQUMsS0FBSyxTQUFTLG9CQUFvQixDQUFDLEtBQUssU0FBUyxtQkFBb0IsUUFBTztBQUNqRixTQUFPO0FBQUEsSUFDTCxnQkFBZ0IsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQUEsSUFDM0QsaUJBQWlCLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUFBLElBQ2hFLDBCQUEwQixZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFBQSxJQUNwRixpQkFBaUIsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFBQSxFQUMzRTtBQUNGO0FBR08sU0FBUyxjQUFjLFdBQTJDO0FBQ3ZFLE1BQUksQ0FBQyxhQUFjLFVBQVUsbUJBQW1CLFFBQVEsVUFBVSxvQkFBb0I7QUFDcEYsV0FBTztBQUNULFFBQU0sU0FBUyxVQUFVO0FBQ3pCLFNBQU87QUFBQSxJQUNMLCtDQUErQyxZQUFZLFVBQVUsZ0JBQWdCLE9BQU8sQ0FBQztBQUFBLElBQzdGLFdBQVcsWUFBWSxVQUFVLGlCQUFpQixPQUFPLENBQUM7QUFBQSxJQUMxRCxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLFVBQVUsZUFBZTtBQUFBLEVBQzlDLEVBQUUsS0FBSyxJQUFJO0FBQ2I7QUFFTyxJQUFNLGdCQUFnQixDQUFDLFNBQThCLGNBQWMsZ0JBQWdCLElBQUksQ0FBQzs7O0FDbk54RixJQUFNLHlCQUF5QjtBQXlML0IsU0FBUyxhQUNkLE1BQ0EsTUFDQSx1QkFBK0MsQ0FBQyxHQUN2QztBQUNULFFBQU0sYUFBYSxjQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFDLGFBQVksSUFBSSxVQUFVLEtBQUssT0FBTztBQUFBLElBQzFGO0FBQUEsSUFDQSxZQUFBQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRTtBQUNGLFNBQU87QUFBQSxJQUNMLGdCQUFnQjtBQUFBLElBQ2hCLEtBQUssRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFBQSxJQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztBQUFBLElBQ3BEO0FBQUEsSUFDQSxXQUFXLGFBQWEsSUFBSTtBQUFBLElBQzVCLFNBQVMsa0JBQWtCLE1BQU0sb0JBQW9CO0FBQUEsSUFDckQsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUN6RyxXQUFXLGdCQUFnQixJQUFJO0FBQUEsRUFDakM7QUFDRjtBQUdPLFNBQVNDLFFBQU8sV0FBbUQ7QUFDeEUsTUFBSSxVQUFVLEtBQU0sUUFBTyxVQUFVO0FBQ3JDLE1BQUksVUFBVSxXQUFXLFdBQVcsTUFBTSxFQUFHLFFBQU87QUFDcEQsU0FBTyxlQUFlLEtBQUssVUFBVSxNQUFNLElBQUksT0FBTztBQUN4RDs7O0FDL05BLFNBQVMsY0FBYyxPQUFlLEdBQTZCO0FBQ2pFLFFBQU0sT0FBTyxVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsUUFBTSxXQUNKLEVBQUUsYUFBYSxRQUFRLEVBQUUsU0FBUyxpQkFBaUIsRUFBRSxNQUFNLEtBQUssWUFBWSxZQUFZLEVBQUUsVUFBVUMsUUFBTyxDQUFDLENBQUMsQ0FBQztBQUNoSCxRQUFNQyxRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxNQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksZUFBZSxVQUFVLFFBQVEsQ0FBQztBQUMxRCxTQUFPLEdBQUdBLEtBQUk7QUFBQSwwQkFBNkIsVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxZQUFZLFFBQVEsRUFBRSxDQUFDLHNCQUFzQixVQUFVLFFBQVEsQ0FBQztBQUFBO0FBQ2xKO0FBRUEsU0FBUyxVQUFVLE9BQWUsU0FBMEI7QUFDMUQsUUFBTSxTQUFTLFVBQVUsUUFBUSxJQUFJLGtCQUFrQiwyQkFBMkI7QUFDbEYsU0FBTyw0QkFBNEIsS0FBSztBQUFBLHdCQUFvRCxNQUFNLGVBQWUsTUFBTTtBQUFBO0FBQ3pIO0FBRU8sU0FBUyxZQUFZLFNBQTBCO0FBQ3BELFFBQU0sT0FBTyxRQUFRO0FBQ3JCLFFBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDM0MsUUFBTSxTQUFTLFFBQVEsSUFBSSxZQUFZLFVBQVUsSUFBSTtBQUNyRCxRQUFNLFFBQVEsS0FBSyxTQUFTO0FBQzVCLFFBQU1DLGFBQVksUUFBUSxJQUFJLGVBQWUsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUNqRSxRQUFNLFFBQVEsVUFBVSxlQUFlLFFBQVEsSUFBSSxRQUFRLEVBQUU7QUFDN0QsUUFBTSxRQUFRLENBQUMsR0FBSSxTQUFTLENBQUMsVUFBVSxPQUFPLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBSSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sY0FBYyxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzFHLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSx5Q0FBeUMsS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLFdBQVdBLFFBQU87QUFBQSxJQUMxRyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSx1QkFBdUJBLFFBQU87QUFBQSxJQUNwSCxHQUFHO0FBQUEsSUFDSDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUNoQ0EsU0FBUyxlQUFlLE1BQW9DO0FBQzFELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxLQUFLO0FBQUEsTUFDTixDQUFDLE1BQ0MsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLE1BQU0sYUFBYSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsTUFBTSxZQUFZLEVBQUUsVUFBVUMsUUFBTyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ2xIO0FBQUEsRUFDRjtBQUNGO0FBRU8sU0FBUyxlQUFlLFNBQTBCO0FBQ3ZELFFBQU0sT0FBTyxRQUFRO0FBQ3JCLFFBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFO0FBQ3ZDLFFBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLEVBQUUsRUFBRTtBQUV0QyxRQUFNLFVBQ0osS0FBSyxXQUFXLElBQ1osa0JBQ0EsT0FBTyxXQUFXLElBQ2hCLFNBQVMsS0FBSyxNQUFNLHVCQUNwQixLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTTtBQUM1QyxRQUFNLFFBQVEsQ0FBQyxrQkFBa0IsYUFBYSxRQUFRLElBQUksVUFBVSxFQUFFLFNBQVMsTUFBTSxDQUFDLENBQUMsS0FBSyxPQUFPLElBQUksRUFBRTtBQUN6RyxNQUFJLE9BQU8sU0FBUyxFQUFHLE9BQU0sS0FBSyxHQUFHLGVBQWUsTUFBTSxHQUFHLEVBQUU7QUFDL0QsTUFBSSxPQUFPLFNBQVMsR0FBRztBQUVyQixVQUFNO0FBQUEsTUFDSjtBQUFBLE1BQ0EsWUFBWSxPQUFPLE1BQU0sb0JBQW9CLE9BQU8sV0FBVyxJQUFJLEtBQUssR0FBRztBQUFBLE1BQzNFO0FBQUEsTUFDQSxHQUFHLGVBQWUsTUFBTTtBQUFBLE1BQ3hCO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sWUFBWSxRQUFRO0FBQzFCLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxLQUFLLDREQUE0RCxxQ0FBcUM7QUFDNUcsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTTtBQUFBLFFBQ0osS0FBSyxtQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsV0FBVyxTQUFTLENBQUM7QUFBQSxNQUN0TjtBQUFBLElBQ0Y7QUFDQSxVQUFNLEtBQUssRUFBRTtBQUFBLEVBQ2Y7QUFDQSxRQUFNLFVBQVUsUUFBUSxXQUFXO0FBQ25DLFFBQU0sU0FBUyxpQkFBaUIsT0FBTztBQUN2QyxNQUFJLE9BQVEsT0FBTSxLQUFLLEdBQUcsUUFBUyxhQUFhLElBQUksUUFBUSxFQUFFLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxJQUFJLEVBQUU7QUFDakcsTUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsVUFBTSxLQUFLLGdGQUFnRixzQkFBc0I7QUFDakgsZUFBVyxPQUFPLFFBQVEsV0FBVztBQUNuQyxZQUFNO0FBQUEsUUFDSixLQUFLLG1CQUFtQixJQUFJLFFBQVEsQ0FBQyxNQUFNLFlBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxNQUFNLElBQUksYUFBYSxPQUFPLFFBQVEsWUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLE1BQU0sSUFBSSxZQUFZLE9BQU8sY0FBYyxZQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFBQSxNQUNyTztBQUFBLElBQ0Y7QUFDQSxVQUFNLEtBQUssRUFBRTtBQUFBLEVBQ2Y7QUFDQSxRQUFNLEtBQUssbUJBQW1CLGNBQWMsUUFBUSxTQUFTLENBQUMsR0FBRyxFQUFFO0FBQ25FLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ25EQSxJQUFNLFdBQVcsb0JBQUksSUFBSTtBQUFBLEVBQ3ZCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRixDQUFDO0FBQ0QsSUFBTSxXQUFXLENBQUMsU0FDaEIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFMUYsU0FBUyxNQUFNLE9BQWdCO0FBQzdCLFFBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUNDLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsU0FBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFDdkU7QUFFTyxTQUFTLFlBQ2QsTUFDQUMsVUFDUTtBQUNSLFFBQU0sSUFBSSxNQUFNQSxTQUFRLEtBQUs7QUFDN0IsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sYUFBYSxjQUFjLElBQUk7QUFDckMsUUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxRQUFNO0FBQUEsSUFDSixFQUFFO0FBQUEsTUFDQSxlQUFlQSxTQUFRLFFBQVEsS0FBSyxXQUFXLFdBQVcsSUFBSSxrQkFBa0IsV0FBVyxJQUFJLEVBQUUsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsSUFBSSxFQUFFLElBQUksR0FBRyxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixDQUFDO0FBQUEsSUFDck47QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxhQUFXLEtBQUssWUFBWTtBQUMxQixVQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsVUFBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDN0c7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLFVBQU07QUFBQSxNQUNKO0FBQUEsTUFDQSxFQUFFO0FBQUEsUUFDQSxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUFBLE1BQzFJO0FBQUEsSUFDRjtBQUNBLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sT0FBTyxDQUFDLE1BQXFCLFlBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLFlBQU07QUFBQSxRQUNKLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxZQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFBQSxNQUNoTDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLGtCQUFrQixNQUFNQSxTQUFRLG9CQUFvQjtBQUNwRSxRQUFNLFNBQVMsaUJBQWlCLE9BQU87QUFDdkMsTUFBSSxPQUFRLE9BQU0sS0FBSyxLQUFLLFFBQVMsYUFBYSxJQUFJLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxFQUFFO0FBQzlFLE1BQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyw0RUFBNEUsQ0FBQztBQUNuRyxVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxRQUFRLFVBQVUsSUFBSSxDQUFDLFFBQVEsSUFBSSxTQUFTLE1BQU0sQ0FBQztBQUNqRixlQUFXLE9BQU8sUUFBUSxVQUFXLE9BQU0sS0FBSyxLQUFLLElBQUksU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLFlBQVksR0FBRyxDQUFDLEVBQUU7QUFBQSxFQUN2RztBQUNBLFFBQU1DLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFFBQU0sV0FBVyxZQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFFBQU0sYUFBYSxZQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsUUFBTTtBQUFBLElBQ0osS0FBSyxZQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY0EsV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUSxZQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCQSxTQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDbk47QUFDQSxRQUFNLEtBQUssYUFBYSxZQUFZLFlBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsUUFBTSxTQUFTLFlBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsUUFBTTtBQUFBLElBQ0osYUFBYSxZQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVksWUFBWSxZQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sYUFBYSxZQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTSxZQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUM7QUFBQSxFQUMzTztBQUNBLFFBQU0sU0FBUyxPQUFPLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUMxQyxPQUFPLFFBQVEsRUFDZixLQUFLO0FBQ1IsTUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsZUFBVyxRQUFRLFFBQVE7QUFDekIsWUFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLFlBQU0sSUFBSSxFQUFFO0FBQ1osWUFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsWUFBTUYsUUFDSixFQUFFLFNBQVMsVUFDUCxPQUFPLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxPQUFPLEdBQUcsSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNULFlBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0IsWUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDL0MsWUFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSUEsS0FBSSxFQUFFO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksS0FBSyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDN0MsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDOUdBLElBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQVN4RCxTQUFTLGtCQUFrQixNQUFtQjtBQUNuRCxTQUFPLFNBQVNHLGVBQWMsTUFBMkM7QUFDdkUsVUFBTSxNQUE4QjtBQUFBLE1BQ2xDLFFBQVEsWUFBWSxNQUFNO0FBQUEsUUFDeEIsVUFBVSxLQUFLO0FBQUEsUUFDZixPQUFPLEtBQUssT0FBTyxnQkFBZ0I7QUFBQSxRQUNuQyxzQkFBc0IsS0FBSztBQUFBLE1BQzdCLENBQUM7QUFBQSxJQUNIO0FBQ0EsVUFBTSxNQUFNLE1BQU07QUFDbEIsUUFBSSxLQUFLO0FBQ1AsWUFBTSxVQUFVO0FBQUEsUUFDZDtBQUFBLFFBQ0E7QUFBQSxVQUNFLFVBQVUsS0FBSztBQUFBLFVBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztBQUFBLFVBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtBQUFBLFVBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxVQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsVUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFVBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxRQUN0QztBQUFBLFFBQ0EsS0FBSztBQUFBLE1BQ1A7QUFFQSxZQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUNoRSxVQUFJLEdBQUcsR0FBRyxZQUFZLElBQUksWUFBWSxPQUFPO0FBQzdDLFVBQUksR0FBRyxHQUFHLGFBQWEsSUFBSSxlQUFlLE9BQU87QUFBQSxJQUNuRDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQzlDQSxTQUFTLFdBQUFDLGdCQUFlO0FBU3hCLElBQU0sV0FBVyxJQUFJQyxTQUFRLFVBQVU7QUFVdkMsSUFBTSxXQUEyQyxDQUFDO0FBRWxELElBQUk7QUFHRyxTQUFTQyxlQUFjQyxTQUFnQixNQUFvQjtBQUNoRSxTQUFPLFNBQVMsSUFBSSxLQUFLQSxRQUFPLE1BQU0sSUFBSSxFQUFFO0FBQzlDO0FBTU8sU0FBUyxZQUNkLFdBQ3NDO0FBQ3RDLFNBQU8sSUFBSSxTQUFTO0FBQ2xCLFFBQUksT0FBUSxRQUFPLFVBQVUsR0FBRyxJQUFJO0FBQ3BDLFdBQU8sZ0JBQWdCLEVBQUUsS0FBSyxDQUFDLFVBQVU7QUFDdkMsZUFBUztBQUNULGdCQUFVLEdBQUcsSUFBSTtBQUFBLElBQ25CLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFDQSxJQUFJO0FBR0osSUFBTSxlQUFlLENBQUMsU0FBaUIsS0FBSyxJQUFJLElBQUksT0FBTyxFQUFFO0FBRTdELFNBQVNDLE9BQU1ELFNBQWdCLE9BQWdCLE1BQWlDO0FBQzlFLFFBQU0sVUFBVSxZQUFZLE1BQU0sTUFBTUQsZUFBY0MsU0FBUSxJQUFJLENBQUM7QUFDbkUsTUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixnQkFBYyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQzlELFFBQU0sU0FBUyxVQUFVLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUSxFQUFFO0FBQ2hFLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxPQUFPLE9BQU8sT0FBTyxlQUFlLFlBQVksT0FBTyxhQUFhLElBQUksT0FBTyxhQUFhO0FBQ2xHLFNBQU87QUFBQSxJQUNMLFFBQVEsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sYUFBYSxPQUFPLFlBQVk7QUFBQSxJQUM3RSxTQUFTLEtBQUssSUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEtBQUs7QUFBQSxJQUNwRCxTQUFTO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxRQUFRQSxTQUFnQixNQUFlLE1BQWlDO0FBQy9FLFFBQU0sVUFBVSxTQUFTLElBQUk7QUFDN0IsTUFBSSxXQUFXLENBQUMsUUFBUSxPQUFPLGdCQUFnQixLQUFLLElBQUksSUFBSSxRQUFRLFFBQVMsUUFBTztBQUNwRixNQUFJLFFBQVMsVUFBUyxJQUFJLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDckMsUUFBTSxPQUFPQyxPQUFNRCxTQUFRLE1BQU0sSUFBSTtBQUVyQyxNQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxXQUFTLElBQUksSUFBSTtBQUNqQixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBbUM7QUFDM0YsU0FBTyxRQUFRQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQ3RDO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQWtCO0FBQzFFLFFBQU0sVUFBVSxRQUFRQSxTQUFRLE1BQU0sSUFBSTtBQUMxQyxNQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsTUFBSSxDQUFDLFFBQVEsU0FBUztBQUNwQixVQUFNLE9BQU8sUUFBUSxPQUFPLFlBQVksRUFBRSxHQUFHLGVBQWUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUMxRSxRQUFJLENBQUMsS0FBTSxRQUFPLENBQUM7QUFDbkIsWUFBUSxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsV0FBVyxPQUFPLEVBQUU7QUFBQSxFQUN4RDtBQUNBLFNBQU8sUUFBUTtBQUNqQjs7O0FDM0ZBLFNBQVMsV0FBQUUsVUFBUyxNQUFNLFNBQUFDLGNBQWE7QUFHOUIsSUFBTSxzQkFBc0IsSUFBSUEsT0FBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJQSxPQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUlBLE9BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJRCxTQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUlBLFNBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRW5CLElBQU0sYUFBbUQsQ0FBQztBQUVuRCxTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixNQUFJLE9BQU8sV0FBVyxJQUFJO0FBQzFCLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFdBQU8sRUFBRSxVQUFVLEtBQUs7QUFDeEIsZUFBVyxJQUFJLElBQUk7QUFBQSxFQUNyQjtBQUNBLE1BQUk7QUFDRixvQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO0FBQUEsRUFDekMsU0FBUyxPQUFPO0FBQ2Qsb0JBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLG1CQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFFBQUksaUJBQWlCLG1CQUFtQjtBQUN0QyxjQUFRO0FBQUEsUUFDTixhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDdEc7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUMxQkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU9FLFdBQVU7OztBQ0RqQixTQUFTLFNBQUFDLGNBQWE7QUFjdEIsU0FBUyxjQUFjLE1BQWlDLElBQW1EO0FBQ3pHLE1BQUksQ0FBQyxRQUFRLENBQUMsR0FBSSxRQUFPO0FBQ3pCLFFBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQzNDLFNBQU8sT0FBTyxTQUFTLEVBQUUsS0FBSyxNQUFNLElBQUksS0FBSztBQUMvQztBQUVBLFNBQVMsZUFBZSxLQUFnQjtBQUN0QyxhQUFXLFdBQVcsSUFBSSxVQUFVO0FBQ2xDLFVBQU0sS0FBSyxRQUFRLGVBQWUsY0FBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFFBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEscUJBQW9CLElBQUksRUFBRTtBQUFBLEVBQzFGO0FBQ0EsUUFBTSxRQUFRLGNBQWMsSUFBSSxZQUFZLElBQUksV0FBVztBQUMzRCxNQUFJLFVBQVUsT0FBVyxvQkFBbUIsSUFBSSxLQUFLO0FBQ3ZEO0FBT08sU0FBUyxnQkFDZCxRQUNBLFVBQ0EsZUFDQSxVQUNBLFVBQXVDLE1BQU0sUUFDMUI7QUFDbkIsUUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLE1BQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIscUJBQWlCLElBQUksSUFBSTtBQUN6QixXQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLE1BQUk7QUFDSixTQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsSUFBQUMsT0FBTSxhQUFhO0FBQ25CLFVBQU0sU0FBUyxRQUFRO0FBQ3ZCLFFBQUksQ0FBQyxPQUFRO0FBQ2IsVUFBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLEtBQUssTUFBTTtBQUNqRCxRQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLFVBQU0sT0FBTztBQUNiLFFBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxXQUFXLFNBQVU7QUFBQSxFQUM3RDtBQUNBLFFBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsbUJBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLE1BQUksYUFBYSxLQUFLO0FBQ3BCLCtCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsbUJBQWUsR0FBRztBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxFQUFFLFdBQVcsSUFBSTtBQUMxQjs7O0FDbEVBLFNBQVMsU0FBQUMsY0FBYTtBQUV0QixJQUFJO0FBUUcsU0FBUyxNQUFNLE9BQTJDO0FBQy9ELFFBQU1DLFdBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELE1BQUlBLFdBQVUsRUFBRyxDQUFBQyxPQUFNRCxRQUFPO0FBQzlCLGNBQVk7QUFDZDtBQVFPLFNBQVMsYUFBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFDcEcsUUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3hELE1BQUksUUFBUSxTQUFTO0FBQ3JCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLGFBQVMsRUFBRTtBQUNYLFFBQUksUUFBUSxFQUFHLFFBQU8sRUFBRTtBQUFBLEVBQzFCO0FBQ0EsU0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7QUFDbEM7QUFHTyxTQUFTLFFBQVcsT0FBb0M7QUFDN0QsU0FBTyxNQUFNLFdBQVcsSUFBSSxTQUFZLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3hGOzs7QUZkQSxTQUFTLFVBQVUsS0FBYyxNQUFtQztBQUNsRSxTQUFPLFdBQVcsSUFBSSxRQUFRLElBQUksTUFBTSxJQUFJO0FBQzlDO0FBR08sU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNRSxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CO0FBQzlGO0FBRUEsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUczRSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFFBQU0sVUFBVSxRQUFRLFNBQVM7QUFDakMsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsWUFBTSxLQUFLLFFBQVEsV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUM5RCxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLFFBQ2xDLE9BQU8sWUFBWSxXQUFXLEdBQUc7QUFBQSxRQUNqQyxPQUFPO0FBQUEsUUFDUCxPQUFPO0FBQUEsUUFDUCxlQUFlO0FBQUEsTUFDakIsQ0FBQztBQUNELFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxTQUFTO0FBQ3ZDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sRUFBRSxRQUFBQyxRQUFPLElBQUk7QUFDbkIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixRQUFNQSxRQUFPLFVBQVU7QUFDdkIsTUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFFBQU0sYUFBYTtBQUFBLElBQWdCO0FBQUEsSUFBUTtBQUFBLElBQUlBLFFBQU87QUFBQSxJQUFlQSxRQUFPO0FBQUEsSUFBb0IsTUFDOUYsVUFBVSxLQUFLLE9BQU87QUFBQSxFQUN4QjtBQUNBLE9BQUssV0FBVyxhQUFhO0FBRTdCLFFBQU0sUUFBUSxVQUFVLEtBQUssT0FBTztBQUNwQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssV0FBVyxPQUFPLEVBQUUsS0FBSztBQUM5QixVQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBSyxNQUFNLGFBQWEsSUFBSSxRQUFRLGNBQWMsS0FBSyxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3ZFO0FBQ0EsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQU8sTUFBTSxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3RDLENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixRQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsYUFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU0sV0FBVyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUNwRyxTQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO0FBQUEsRUFDNUM7QUFDQSxTQUFPO0FBQ1QsQ0FBQzs7O0FHNUhJLFNBQVMsb0JBQ2RDLFNBQ0EsWUFDQUMsUUFDMEI7QUFDMUIsUUFBTSxRQUFRLFdBQVcsWUFBWUQsUUFBTyxPQUFPO0FBQ25ELFNBQU87QUFBQSxJQUNMLGVBQWVDLE9BQU0sZ0JBQWdCLE1BQU0sT0FBTztBQUFBLElBQ2xELGFBQWFBLE9BQU0sY0FBYyxNQUFNLEtBQUs7QUFBQSxJQUM1QyxhQUFhQSxPQUFNLGNBQWMsTUFBTSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCRCxTQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsUUFBTUUsUUFBTyxDQUFDLE1BQWMsYUFDMUIsWUFBWSxDQUFDLFNBQXdCO0FBQ25DLGVBQVc7QUFDWCxnQkFBWSxNQUFNLFVBQVUsRUFBRSxRQUFBRixTQUFRLEtBQUssQ0FBQztBQUFBLEVBQzlDLENBQUM7QUFDSCxTQUFPO0FBQUEsSUFDTCxjQUFjRSxNQUFLLFdBQVcsV0FBVztBQUFBLElBQ3pDLFlBQVlBLE1BQUssU0FBUyxTQUFTO0FBQUEsSUFDbkMsWUFBWUEsTUFBSyxTQUFTLFNBQVM7QUFBQSxFQUNyQztBQUNGOzs7QUM1QkEsSUFBTSxNQUFNLEVBQUUsT0FBTyxVQUFVO0FBRS9CLFNBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUNqRSxNQUFJLGFBQWEsU0FBVSxRQUFPLFFBQVE7QUFDMUMsTUFBSSxhQUFhLGdCQUFpQixRQUFPLFFBQVE7QUFDakQsTUFBSSxhQUFhLFFBQVMsUUFBTyxRQUFRO0FBQ3pDLFNBQU8sUUFBUTtBQUNqQjtBQVFPLFNBQVMsYUFBYSxTQUFrQixXQUF3QztBQUNyRixTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO0FBQUEsUUFDbEQsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO0FBQUEsTUFDcEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sWUFBWSxVQUFVLE9BQU8sRUFBRSxDQUFDO0FBQUEsSUFDN0YsRUFBRTtBQUFBLEVBQ0o7QUFDRjtBQUdPLFNBQVMsV0FBVyxTQUFrQixXQUF3QztBQUNuRixTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsbUJBQW1CLE1BQU0sS0FBSyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtBQUFBLElBQ3JHLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztBQUFBLE1BQzlCLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBTyxRQUFRLFVBQVUsQ0FBQztBQUFBLElBQy9FLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsYUFBYSxTQUEwQjtBQUNyRCxTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLElBQ3BGLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNGO0FBR08sU0FBUyxnQkFBZ0IsU0FBMEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLHlCQUF5QixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsRUFBRTtBQUFBLElBQ3BHLEVBQUUsUUFBUSxxQkFBcUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxFQUM5RjtBQUNGO0FBeUVPLFNBQVMsY0FBYyxTQUFrQixXQUFnQyxnQkFBaUM7QUFDL0csU0FBTztBQUFBLElBQ0wsR0FBRyxhQUFhLFNBQVMsU0FBUztBQUFBLElBQ2xDLEdBQUcsV0FBVyxTQUFTLFNBQVM7QUFBQSxJQUNoQyxHQUFHLFdBQVcsY0FBYztBQUFBLElBQzVCLEdBQUcsYUFBYSxPQUFPO0FBQUEsSUFDdkIsR0FBRyxnQkFBZ0IsT0FBTztBQUFBLEVBQzVCO0FBQ0Y7OztBQ2pKQSxJQUFNQyxVQUFTLGNBQWMsTUFBTTtBQUU1QixJQUFNLFVBQVUsYUFBYUEsU0FBUSxPQUFPO0FBQUEsRUFDakQsV0FBVyxpQkFBaUJBLE9BQU07QUFBQSxFQUNsQyxXQUFXO0FBQUEsSUFDVCxHQUFHLG9CQUFvQkEsU0FBUUEsUUFBTyxpQkFBaUIsQ0FBQ0MsT0FBTSxRQUFRLGFBQWFBLE9BQU0sS0FBS0QsT0FBTSxDQUFDO0FBQUE7QUFBQSxJQUVyRyxjQUFjLGFBQWEsZUFBZSxHQUFHLGlCQUFpQkEsT0FBTSxHQUFHLEVBQUUsaUJBQWlCLEdBQUcsUUFBUSxFQUFFLENBQUM7QUFBQSxFQUMxRztBQUFBLEVBQ0EsT0FBTyxjQUFjQSxRQUFPLFNBQVMsU0FBUztBQUNoRCxFQUFFO0FBR0ssSUFBTSxnQkFBZ0Isa0JBQWtCLEVBQUUsVUFBVSxRQUFRLHNCQUFzQixFQUFFLGNBQWMsRUFBRSxFQUFFLENBQUM7QUFFdkcsU0FBUyxRQUEwQjtBQUN4QyxTQUFPLFdBQVdBLFNBQVEsRUFBRSxTQUFTLEtBQUssQ0FBQztBQUM3QztBQUVPLElBQU0sRUFBRSxjQUFjLFlBQVksV0FBVyxJQUFJLGdCQUFnQkEsT0FBTTtBQUU5RSxJQUFNRSxTQUFRLElBQUksVUFBVUYsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDdkQsU0FBUyxjQUFvQjtBQUNsQyxFQUFBRSxPQUFNLE9BQU87QUFDZjsiLAogICJuYW1lcyI6IFsidGV4dCIsICJ3ZWlnaHRzIiwgImV4ZWMiLCAiY29uZmlnIiwgImV4ZWMiLCAidGV4dCIsICJmYWlsIiwgImNvbmZpZyIsICJjb25maWciLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImV4ZWMiLCAic2xlZXAiLCAiZXhlYyIsICJodHRwIiwgImh0dHAiLCAiaHR0cCIsICJwYXJhbXMiLCAic2hhcGUiLCAiaHR0cCIsICJzbGVlcCIsICJodHRwIiwgImNvdW50IiwgImh0dHAiLCAic2xlZXAiLCAiY29uZmlnIiwgIm9wZW4iLCAiZXhlYyIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAic2VjcmV0IiwgInNsZWVwIiwgIm9wdGlvbnMiLCAiYW5vbnltb3VzIiwgImNvbmZpZyIsICJwb2xsUmVzb3VyY2VzIiwgInRleHQiLCAib3B0aW9ucyIsICJleHByZXNzaW9uIiwgIml0ZXJhdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ1bml0T2YiLCAidW5pdE9mIiwgIm9wZW4iLCAic2Vjb25kcyIsICJ1bml0T2YiLCAidGV4dCIsICJvcHRpb25zIiwgInNlY29uZHMiLCAiaGFuZGxlU3VtbWFyeSIsICJDb3VudGVyIiwgIkNvdW50ZXIiLCAiY2xhc3NQYXNzd29yZCIsICJjb25maWciLCAibG9naW4iLCAiQ291bnRlciIsICJUcmVuZCIsICJleGVjIiwgInNsZWVwIiwgInNsZWVwIiwgInNsZWVwIiwgInNlY29uZHMiLCAic2xlZXAiLCAiZXhlYyIsICJjb25maWciLCAiY29uZmlnIiwgInNoYXBlIiwgImV4ZWMiLCAiY29uZmlnIiwgImV4ZWMiLCAicHJvYmUiXQp9Cg==
