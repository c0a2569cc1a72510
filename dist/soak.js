// thresholds/targets.ts
var DEFAULT_TARGETS = Object.freeze({
  apiP95Ms: 200,
  apiP99Ms: 500,
  healthP95Ms: 50,
  exportP95Ms: 1e3,
  chapterP95Ms: 12e4,
  successRate: 0.95,
  errorRate: 0.05,
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
    if (!ROLES.includes(role)) fail2(n + 1, `unknown role ${JSON.stringify(role)} for ${email} (use regular, power or admin)`);
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
    if (!match) throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: "${part}" is not one of ${expected}`);
    sizes[match[1]] = Number(match[2]);
  }
  if (sizes.regular + sizes.power + sizes.admin === 0) throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: expected ${expected}`);
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
  if (generated > courses) fail("PERFORMANCE_DATASET_GENERATED", String(generated), `at most PERFORMANCE_DATASET_COURSES (${courses})`);
  return { courses, generated, reseed: flag(env, "PERFORMANCE_DATASET_RESEED") };
}
function parseConfig(env) {
  const d = DEFAULT_TARGETS;
  const durationS2 = seconds(1, 7 * 24 * 3600)(env, "PERFORMANCE_TEST_DURATION", 60);
  const rampUpS = seconds(0, 24 * 3600)(env, "PERFORMANCE_RAMP_UP", Math.min(30, Math.max(1, Math.round(durationS2 / 4))));
  return {
    baseUrl: url(env, "BASE_URL", "http://127.0.0.1:8000"),
    users: {
      regular: credentials(env, "REGULAR_USER", "regular@example.com", "regular-password"),
      power: credentials(env, "POWER_USER", "power@example.com", "power-password"),
      admin: credentials(env, "ADMIN_USER", "admin@example.com", "admin-password")
    },
    durationS: durationS2,
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
      chapterP95Ms: seconds(1, 24 * 3600)(env, "THRESHOLD_CHAPTER_P95_S", d.chapterP95Ms / 1e3) * 1e3,
      successRate: fraction(env, "THRESHOLD_SUCCESS_RATE", d.successRate),
      errorRate: fraction(env, "THRESHOLD_ERROR_RATE", d.errorRate),
      memoryMb: count(1, 1048576)(env, "PERFORMANCE_MEMORY_LIMIT", d.memoryMb),
      cpuPercent: numberIn(1, 100, "a percentage", false)(env, "PERFORMANCE_CPU_LIMIT", d.cpuPercent),
      memoryGrowthMbPerMin: numberIn(0, 1e6, "MB per minute (a number)", false)(env, "THRESHOLD_MEMORY_GROWTH_MB_PER_MIN", d.memoryGrowthMbPerMin)
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

// lib/config/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

// lib/metrics/resources.ts
import http from "k6/http";
import { Counter, Trend } from "k6/metrics";

// thresholds/expressions.ts
var METRIC_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var TAG_PART = /^[A-Za-z0-9_.\-/]+$/;
var PERCENTILE = /^p\((\d+(\.\d+)?)\)$/;
function metricKey(metric, tags) {
  if (!METRIC_NAME.test(metric)) throw new Error(`invalid metric name "${metric}": use letters, digits and _`);
  const entries = Object.entries(tags ?? {});
  if (entries.length === 0) return metric;
  for (const [key, value] of entries) {
    if (!TAG_PART.test(key) || !TAG_PART.test(value)) {
      throw new Error(`invalid tag ${key}:${value} on ${metric}: tags in thresholds may hold letters, digits and _ . - /`);
    }
  }
  return `${metric}{${entries.map(([key, value]) => `${key}:${value}`).join(",")}}`;
}
function expression(rule) {
  const percentile = PERCENTILE.exec(rule.stat);
  if (rule.stat.startsWith("p(") && (!percentile || Number(percentile[1]) > 100)) {
    throw new Error(`invalid percentile "${rule.stat}": use p(N) with 0 <= N <= 100`);
  }
  if (!Number.isFinite(rule.value)) throw new Error(`threshold ${rule.stat}${rule.op}${rule.value}: the limit must be a finite number`);
  return `${rule.stat}${rule.op}${rule.value}`;
}
function toK6(rule) {
  const text2 = expression(rule);
  if (!rule.abortOnFail) return text2;
  return { threshold: text2, abortOnFail: true, ...rule.delayAbortEval ? { delayAbortEval: rule.delayAbortEval } : {} };
}
function toK6Thresholds(gates) {
  const out = {};
  for (const gate of gates) {
    const key = metricKey(gate.metric, gate.tags);
    out[key] = [...out[key] ?? [], ...gate.rules.map(toK6)];
  }
  return out;
}

// lib/metrics/resources.ts
var serverCpuPercent = new Trend("server_cpu_percent");
var serverCpuCoresPercent = new Trend("server_cpu_cores_percent");
var serverMemoryMb = new Trend("server_memory_mb");
var serverSamplesMissing = new Counter("server_samples_missing");
var serverMemoryGrowth = new Trend("server_memory_growth_mb_per_min");
var POLL = { tags: { scope: "sidecar", name: "sidecar" }, responseCallback: null, timeout: "2s" };
var cursor = 0;
var errorsSeen;
function resourcesScenario(durationS2, startTime) {
  return {
    executor: "constant-arrival-rate",
    exec: "pollResources",
    rate: 1,
    timeUnit: "1s",
    duration: `${Math.max(1, Math.ceil(durationS2))}s`,
    preAllocatedVUs: 1,
    maxVUs: 1,
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
    serverCpuPercent.add(sample.cpu_percent);
    serverCpuCoresPercent.add(sample.cpu_cores_percent);
    serverMemoryMb.add(sample.memory_mb);
    cursor = Math.max(cursor, sample.seq);
  }
}
function recordMemoryGrowth(sidecarUrl) {
  const res = http.get(`${sidecarUrl}/summary`, POLL);
  const summary = res.status === 200 ? parse(res.body) : void 0;
  if (summary && typeof summary.memory_growth_mb_per_min === "number") serverMemoryGrowth.add(summary.memory_growth_mb_per_min);
}
function resourceGates(limits) {
  const gates = [
    { metric: "server_memory_mb", rules: [{ stat: "max", op: "<", value: limits.memoryMb }] },
    { metric: "server_cpu_percent", rules: [{ stat: "p(95)", op: "<", value: limits.cpuPercent }] }
  ];
  if (limits.growthMbPerMin !== void 0) gates.push({ metric: "server_memory_growth_mb_per_min", rules: [{ stat: "max", op: "<", value: limits.growthMbPerMin }] });
  if (limits.failOnMissing) gates.push({ metric: "server_samples_missing", rules: [{ stat: "count", op: "<", value: 1 }] });
  return gates;
}

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
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
function constantUsers(exec5, vus, durationS2) {
  return { executor: "constant-vus", exec: exec5, vus, duration: `${durationS2}s`, gracefulStop: "30s" };
}

// lib/users/pool.ts
import { SharedArray } from "k6/data";
import exec from "k6/execution";
function readFile(path) {
  try {
    return open(path);
  } catch (error) {
    throw new Error(`PERFORMANCE_USERS_FILE ${path} cannot be read (${String(error)}): give an absolute path to a CSV with the header email,password,role`);
  }
}
function filePool(path) {
  const arrays = {};
  for (const role of ROLES) arrays[role] = new SharedArray(`users:${role}`, () => parseUsersCsv(readFile(path), path)[role]);
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
    return { source: "DEMO_USERS", sizes: config3.demoUsers, account: (role, index, password) => ({ email: poolEmail(role, index + 1), password }) };
  }
  return {
    source: "REGULAR_USER_EMAIL / POWER_USER_EMAIL / ADMIN_USER_EMAIL (one shared account per class)",
    sizes: { regular: 1, power: 1, admin: 1 },
    account: (role, _index, password) => ({ email: users[role].email, password })
  };
}
function accountOfVu(pool2, role, classPassword2) {
  const size = pool2.sizes[role];
  return size === 0 ? void 0 : pool2.account(role, (exec.vu.idInTest - 1) % size, classPassword2);
}
function assertDistinct(pool2, roles, vuIds) {
  const needed = { regular: 0, power: 0, admin: 0 };
  for (const role of roles) needed[role] = vuIds;
  const problem = tooSmallForDistinct(pool2.sizes, needed, pool2.source);
  if (problem) throw new Error(problem);
}
var pool = makePool(config);

// lib/users/setup.ts
import { sleep as sleep2 } from "k6";
import exec2 from "k6/execution";
import secrets from "k6/secrets";
import http4 from "k6/http";

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
for (const [endpoint, name] of Object.entries(routeNames)) {
  tagsByEndpoint[endpoint] = Object.freeze({ endpoint, scope: API_SCOPE, name });
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
  return String(res.headers["Content-Type"] ?? "").includes("json") && typeof res.body === "string" && res.body !== "";
}
function fieldsOf(res) {
  return (path) => {
    try {
      return res.json(path) ?? void 0;
    } catch {
      return void 0;
    }
  };
}
function parseJson(res) {
  try {
    return JSON.parse(res.body);
  } catch {
    return void 0;
  }
}
var statusCallbacks = /* @__PURE__ */ new Map();
function expectStatus(status) {
  let callback = statusCallbacks.get(status);
  if (!callback) {
    callback = http2.expectedStatuses(status);
    statusCallbacks.set(status, callback);
  }
  return callback;
}
var observer;
function observeRequests(next) {
  observer = next;
}
var outcome = { statusOk: false, shapeOk: false };
var checkSets = /* @__PURE__ */ new Map();
function checksFor(endpoint, expected, withShape) {
  let set = checkSets.get(endpoint);
  if (!set) {
    const checks = { [`${endpoint}: status is ${expected}`]: (o) => o.statusOk };
    if (withShape) checks[`${endpoint}: body has the expected shape`] = (o) => !o.statusOk || o.shapeOk;
    set = { checks, tags: { endpoint } };
    checkSets.set(endpoint, set);
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
  params = /* @__PURE__ */ new Map();
  /** A client for the same platform acting as another user. */
  as(token) {
    return new _ApiClient(this.baseUrl, Number(this.timeout.slice(0, -1)), token);
  }
  paramsFor(endpoint, expected, withPayload) {
    let params2 = this.params.get(endpoint);
    if (!params2) {
      const headers = { Accept: "application/json" };
      if (withPayload) headers["Content-Type"] = "application/json";
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params2 = { headers, tags: requestTags(endpoint), timeout: this.timeout, responseCallback: expectStatus(expected) };
      this.params.set(endpoint, params2);
    }
    return params2;
  }
  call(endpoint, method, path, expected, shape2, payload) {
    const withPayload = payload !== void 0;
    const res = http2.request(method, `${this.baseUrl}${path}`, withPayload ? JSON.stringify(payload) : null, this.paramsFor(endpoint, expected, withPayload));
    const statusOk = res.status === expected;
    if (res.status === 401) this.unauthorized = true;
    const shapeOk = !shape2 || isJson(res) && shape2(fieldsOf(res));
    outcome.statusOk = statusOk;
    outcome.shapeOk = shapeOk;
    const { checks, tags } = checksFor(endpoint, expected, shape2 !== void 0);
    const ok = check(outcome, checks, tags);
    const allOk = ok && statusOk && shapeOk;
    observer?.(endpoint, res.timings.duration, allOk);
    const hasBody = Boolean(shape2) && statusOk && shapeOk;
    let body;
    let parsed = false;
    return {
      ok: allOk,
      status: res.status,
      get body() {
        if (hasBody && !parsed) {
          body = parseJson(res);
          parsed = true;
        }
        return body;
      }
    };
  }
  health() {
    return this.call("health", "GET", paths.health(), 200, shapes.health);
  }
  login(email, password) {
    return this.call("login", "POST", paths.login(), 200, shapes.login, { email, password });
  }
  listCourses(query = {}) {
    const params2 = Object.entries(query).filter(([, value]) => value !== void 0).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`).join("&");
    return this.call("courses_list", "GET", `${paths.courses()}${params2 ? `?${params2}` : ""}`, 200, shapes.courseList);
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
import { sleep } from "k6";
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
function isLeftover(title, current, own) {
  if (!title.startsWith(RUN_TITLE_FILTER)) return false;
  const runId = runIdOf(title);
  if (own) return runId === current;
  if (runId === void 0) return true;
  if (runId === current) return false;
  const started = runStartOf(runId);
  return started === void 0 || started < (runStartOf(current) ?? 0);
}

// lib/users/dataset.ts
var CONCURRENCY = 16;
var LIST_LIMIT = 100;
function batched(requests) {
  const answers = [];
  for (let i = 0; i < requests.length; i += CONCURRENCY) answers.push(...http3.batch(requests.slice(i, i + CONCURRENCY)));
  return answers;
}
function params(what, token, timeoutS = 60) {
  const headers = { Accept: "application/json", "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  return { headers, tags: { scope: "setup", name: `setup: ${what}` }, timeout: `${timeoutS}s` };
}
function json(res) {
  try {
    return JSON.parse(res.body);
  } catch {
    return void 0;
  }
}
function quietLogin(config3, email, password) {
  const res = http3.post(`${config3.baseUrl}${paths.login()}`, JSON.stringify({ email, password }), params("login"));
  return res.status === 200 ? json(res)?.access_token : void 0;
}
function ensureDataset(config3, owners) {
  const { courses: wanted, generated: generatedPerUser, reseed } = config3.dataset;
  const report = { accounts: owners.length, created: 0, reused: 0, removed: 0, generated: 0 };
  if (wanted === 0 || owners.length === 0) return report;
  const base = config3.baseUrl;
  const logIn = (which) => batched(which.map((i) => ({ method: "POST", url: `${base}${paths.login()}`, body: JSON.stringify({ email: owners[i].email, password: owners[i].password }), params: params("login") }))).map((res, k) => {
    const token = res.status === 200 ? json(res)?.access_token : void 0;
    if (!token) throw new Error(`dataset: logging in as ${owners[which[k]].role} account ${owners[which[k]].email} failed with status ${res.status}: check its password in the user pool`);
    return token;
  });
  const tokens = logIn(owners.map((_, i) => i));
  const listUrl = `${base}${paths.courses()}?q=${encodeURIComponent(DATASET_TITLE)}&limit=${LIST_LIMIT}`;
  const list = (which) => batched(which.map((i) => ({ method: "GET", url: listUrl, params: params("list dataset", tokens[i]) })));
  const everyone = owners.map((_, i) => i);
  let totals = list(everyone).map((res, i) => {
    const body = res.status === 200 ? json(res) : void 0;
    if (!body) throw new Error(`dataset: listing the courses of ${owners[i].email} failed with status ${res.status}`);
    return body;
  });
  if (reseed) {
    for (let round = 0; totals.some((t) => t.items.length > 0) && round < 1e3; round++) {
      const deletions = totals.flatMap((t, i) => t.items.map((c) => ({ method: "DELETE", url: `${base}${paths.course(c.id)}`, params: params("remove dataset", tokens[i]) })));
      report.removed += batched(deletions).filter((res) => res.status === 204).length;
      totals = list(everyone).map((res) => json(res) ?? { total: 0, items: [] });
    }
  }
  const creations = [];
  owners.forEach((owner, i) => {
    const have = totals[i].total;
    if (have >= wanted) report.reused++;
    for (let n = have + 1; n <= wanted; n++) {
      const generate = owner.role === "regular" && n <= generatedPerUser;
      const course = { title: datasetTitle(n), topic: `dataset topic ${n}`, level: "beginner", chapter_count: generate ? 1 : 3 };
      creations.push({ owner: i, generate, request: { method: "POST", url: `${base}${paths.courses()}`, body: JSON.stringify(course), params: params("create dataset", tokens[i]) } });
    }
  });
  const created = batched(creations.map((c) => c.request));
  const toGenerate = [];
  created.forEach((res, k) => {
    const id = res.status === 201 ? json(res)?.id : void 0;
    if (id === void 0) throw new Error(`dataset: creating a course for ${owners[creations[k].owner].email} failed with status ${res.status}`);
    report.created++;
    if (creations[k].generate) toGenerate.push({ owner: creations[k].owner, id });
  });
  const started = batched(toGenerate.map((g) => ({ method: "POST", url: `${base}${paths.generate(g.id)}`, body: "{}", params: params("generate dataset", tokens[g.owner]) })));
  let jobs = started.map((res, k) => {
    const jobId = res.status === 202 ? json(res)?.job_id : void 0;
    if (jobId === void 0) throw new Error(`dataset: starting generation for ${owners[toGenerate[k].owner].email} failed with status ${res.status}`);
    return { owner: toGenerate[k].owner, jobId };
  });
  const deadline = Date.now() + config3.generationTimeoutS * 1e3;
  while (jobs.length > 0) {
    if (Date.now() > deadline) throw new Error(`dataset: ${jobs.length} generation job(s) did not finish within GENERATION_TIMEOUT=${config3.generationTimeoutS}s`);
    sleep(1);
    const polled = batched(jobs.map((j) => ({ method: "GET", url: `${base}${paths.job(j.jobId)}`, params: params("poll dataset job", tokens[j.owner]) })));
    const open2 = [];
    const expired = [...new Set(jobs.filter((_, k) => polled[k].status === 401).map((j) => j.owner))];
    logIn(expired).forEach((token, k) => tokens[expired[k]] = token);
    polled.forEach((res, k) => {
      const status = json(res);
      if (status?.status === "failed") throw new Error(`dataset: generating a course of ${owners[jobs[k].owner].email} failed: ${status.error ?? "no reason given"}`);
      if (status?.status === "completed") report.generated++;
      else open2.push(jobs[k]);
    });
    jobs = open2;
  }
  return report;
}
function removeCourses(config3, adminToken, filter, remove) {
  const base = config3.baseUrl;
  let removed = 0;
  let offset = 0;
  for (let page = 0; page < 1e3; page++) {
    const res = http3.get(`${base}${paths.courses()}?q=${encodeURIComponent(filter)}&limit=${LIST_LIMIT}&offset=${offset}`, params("find leftovers", adminToken));
    const items = (res.status === 200 ? json(res)?.items : void 0) ?? [];
    if (items.length === 0) break;
    const doomed = items.filter((c) => remove(c.title));
    const gone = batched(doomed.map((c) => ({ method: "DELETE", url: `${base}${paths.course(c.id)}`, params: params("remove leftovers", adminToken) }))).filter((r) => r.status === 204 || r.status === 404).length;
    removed += gone;
    offset += items.length - gone;
  }
  return removed;
}

// lib/users/setup.ts
var SEED_COURSES = 3;
var PROBE_TIMEOUT = "5s";
function abort(message) {
  exec2.test.abort(message);
  throw new Error(message);
}
function probe(baseUrl) {
  const url2 = `${baseUrl}/health`;
  const res = http4.get(url2, { timeout: PROBE_TIMEOUT, tags: { scope: "setup", name: "GET /health (setup probe)" } });
  if (res.status === 0) {
    abort(`the platform does not answer at ${url2} (GET, ${PROBE_TIMEOUT} timeout): ${res.error || "no response"}. Is it running? Set BASE_URL to its address.`);
  }
  if (res.status !== 200) {
    abort(`the platform at ${url2} answered ${res.status} instead of 200: it is not healthy, or BASE_URL points at something else.`);
  }
}
function classPassword(config3, secret, role) {
  return secret[role] ?? config3.users[role].password;
}
function login(client, config3, secret, role) {
  if (pool.sizes[role] === 0) abort(`${pool.source} has no ${role} account, and this entry needs one.`);
  const { email, password } = pool.account(role, 0, classPassword(config3, secret, role));
  const result = client.login(email, password);
  if (!result.body) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    const where = config3.usersFile ? `its line in ${config3.usersFile}` : config3.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
  }
  return result.body.access_token;
}
function seedCourses(client, runId, config3) {
  const jobs = [];
  const courseIds = [];
  for (let n = 0; n < SEED_COURSES; n++) {
    const created = client.createCourse({ title: `perf-seed ${runId} ${n}`, topic: "load testing", level: "beginner", chapter_count: 2 });
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
      if (Date.now() > deadline) abort(`seed courses were not generated within GENERATION_TIMEOUT=${config3.generationTimeoutS}s.`);
      sleep2(0.5);
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
function datasetOwners(config3, secret) {
  const vuIds = vuIdBound(exec2.test.options.scenarios ?? {});
  const owners = [];
  for (const role of ["regular", "power"]) {
    for (let i = 0; i < Math.min(pool.sizes[role], vuIds); i++) owners.push({ role, ...pool.account(role, i, classPassword(config3, secret, role)) });
  }
  return owners;
}
async function prepareRun(config3, options2 = {}) {
  probe(config3.baseUrl);
  const secret = await secretPasswords();
  const anonymous2 = new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const tokens = {};
  for (const role of ROLES) tokens[role] = login(anonymous2, config3, secret, role);
  const runId = newRunId();
  const swept = removeCourses(config3, tokens.admin, RUN_TITLE_FILTER, (title) => isLeftover(title, runId, false));
  if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
  if (options2.dataset) {
    const started = Date.now();
    try {
      const r = ensureDataset(config3, datasetOwners(config3, secret));
      console.log(`setup: dataset of ${config3.dataset.courses} course(s) per account for ${r.accounts} account(s): ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed, in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
    } catch (error) {
      abort(error instanceof Error ? error.message : String(error));
    }
  }
  const seededCourseIds = options2.seed ? seedCourses(anonymous2.as(tokens.regular), runId, config3) : [];
  return { runId, tokens, seededCourseIds, classPasswords: secret };
}
function cleanUpRun(config3, data) {
  if (!data?.runId || pool.sizes.admin === 0) return;
  const { email, password } = pool.account("admin", 0, data.classPasswords?.admin ?? config3.users.admin.password);
  const token = quietLogin(config3, email, password);
  if (!token) {
    console.error(`teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`);
    return;
  }
  const removed = removeCourses(config3, token, data.runId, (title) => isLeftover(title, data.runId, true));
  if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
}

// lib/config/entry.ts
function entryOptions(config3, parts) {
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
    thresholds: toK6Thresholds(gates),
    // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
    setupTimeout: `${Math.max(60, config3.generationTimeoutS + 30) + (config3.dataset.courses > 0 ? 600 : 0)}s`,
    summaryTrendStats: SUMMARY_TREND_STATS
  };
}
function hasUsers(scenario) {
  const { executor, startVUs, stages, vus } = scenario;
  if (executor === "ramping-vus") return (startVUs ?? 0) > 0 || (stages ?? []).some((stage) => stage.target > 0);
  if (executor === "constant-vus" || executor === "per-vu-iterations" || executor === "shared-iterations") return (vus ?? 1) > 0;
  return true;
}
function pollResources2() {
  if (config.sidecarUrl) pollResources(config.sidecarUrl);
}
function recordResourcesAtEnd() {
  if (config.sidecarUrl) recordMemoryGrowth(config.sidecarUrl);
}
function teardown(data) {
  recordResourcesAtEnd();
  cleanUpRun(config, data);
}

// lib/load/phases.ts
import exec3 from "k6/execution";
import { Trend as Trend2 } from "k6/metrics";

// lib/load/phase-math.ts
function phaseAt(elapsedS, phases2) {
  if (phases2.length === 0) throw new Error("phaseAt: no phases given");
  for (const phase of phases2) if (elapsedS < phase.untilS) return phase.name;
  return phases2[phases2.length - 1].name;
}
function median(values) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
var FAILED_DRIFT = 100;
function driftRatio(durationMs, ok, referenceMedianMs, floorMs) {
  return ok ? (durationMs + floorMs) / (referenceMedianMs + floorMs) : FAILED_DRIFT;
}

// lib/load/phases.ts
function elapsedInScenarioS() {
  return (Date.now() - exec3.scenario.startTime) / 1e3;
}
var inScenario = false;
function enterPhase(phases2) {
  inScenario = true;
  const name = phaseAt(elapsedInScenarioS(), phases2);
  exec3.vu.metrics.tags.phase = name;
  return name;
}
function trackDrift(metricName, phases2, reference, compared, floorMs = 10) {
  const drift = new Trend2(metricName);
  const referenceSamples = [];
  let referenceMedian;
  observeRequests((_endpoint, durationMs, ok) => {
    if (!inScenario) return;
    const phase = phaseAt(elapsedInScenarioS(), phases2);
    exec3.vu.metrics.tags.phase = phase;
    if (phase === reference) {
      if (ok) referenceSamples.push(durationMs);
      referenceMedian = void 0;
    } else if (compared.includes(phase)) {
      referenceMedian ??= median(referenceSamples);
      if (referenceMedian !== void 0) drift.add(driftRatio(durationMs, ok, referenceMedian, floorMs));
    }
  });
  return drift;
}

// lib/report/escape.ts
function escapeXml(text2) {
  return text2.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}
function escapeMarkdownCell(text2) {
  return text2.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
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
      rows.push({ metric, expression: expression2, ok: result.ok, stat, observed: typeof observed === "number" && Number.isFinite(observed) ? observed : null, unit: unitOf(values, stat) });
    }
  }
  return rows.sort((a, b) => Number(a.ok) - Number(b.ok) || a.metric.localeCompare(b.metric));
}
var SUB_METRIC = /^(\w+)\{endpoint:([^,}]+)\}$/;
function endpointRows(data) {
  const rows = /* @__PURE__ */ new Map();
  const row = (endpoint) => {
    let r = rows.get(endpoint);
    if (!r) rows.set(endpoint, r = { endpoint, requests: 0, p50: null, p95: null, p99: null, max: null, errorRate: null });
    return r;
  };
  for (const [name, metric] of Object.entries(data.metrics ?? {})) {
    const match = SUB_METRIC.exec(name);
    if (!match) continue;
    const [, base, endpoint] = match;
    const v = metric.values ?? {};
    if (base === "http_req_duration") {
      Object.assign(row(endpoint), { requests: v.count ?? 0, p50: v.med ?? null, p95: v["p(95)"] ?? null, p99: v["p(99)"] ?? null, max: v.max ?? null });
    } else if (base === "http_req_failed") {
      row(endpoint).errorRate = typeof v.rate === "number" ? v.rate : null;
    }
  }
  return [...rows.values()].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}
function formatValue(value, unit) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  if (unit === "percent") return `${(value * 100).toFixed(2)}%`;
  if (unit === "ms") {
    if (Math.abs(value) >= 6e4) return `${(value / 1e3).toFixed(1)}s`;
    if (Math.abs(value) >= 1e3) return `${(value / 1e3).toFixed(2)}s`;
    return `${value.toFixed(value < 10 ? 2 : 1)}ms`;
  }
  if (unit === "count") return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
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
    `server resources: memory peak ${formatValue(memory, "value")} MB`,
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
function markdownReport(data, options2) {
  const rows = thresholdRows(data);
  const failed = rows.filter((r) => !r.ok).length;
  const lines = [
    `## course-perf \`${escapeMarkdownCell(options2.scenario)}\`: ${failed === 0 ? `✅ all ${rows.length} thresholds passed` : `❌ ${failed} of ${rows.length} thresholds failed`}`,
    "",
    "| | threshold | observed |",
    "|---|---|---|",
    ...rows.map((r) => `| ${r.ok ? "✅" : "❌"} | \`${escapeMarkdownCell(`${r.metric} ${r.expression}`)}\` | ${formatValue(r.observed, r.unit)} |`)
  ];
  const endpoints = endpointRows(data);
  if (endpoints.length > 0) {
    lines.push("", "| endpoint | requests | p50 | p95 | p99 | max | errors |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const e of endpoints) {
      lines.push(`| ${escapeMarkdownCell(e.endpoint)} | ${e.requests} | ${formatValue(e.p50, "ms")} | ${formatValue(e.p95, "ms")} | ${formatValue(e.p99, "ms")} | ${formatValue(e.max, "ms")} | ${formatValue(e.errorRate, "percent")} |`);
    }
  }
  lines.push("", escapeMarkdownCell(resourcesLine(data)), "");
  return lines.join("\n");
}

// lib/report/results.ts
var RESULTS_SCHEMA_VERSION = 1;
function buildResults(data, meta) {
  const thresholds = thresholdRows(data).map(({ metric, expression: expression2, ok, observed }) => ({ metric, expression: expression2, ok, observed }));
  const measured = data.metrics?.server_memory_mb || data.metrics?.server_cpu_percent;
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: { ...meta, duration_ms: data.state?.testRunDurationMs ?? null },
    verdict: thresholds.every((t) => t.ok) ? "passed" : "failed",
    thresholds,
    endpoints: endpointRows(data),
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
var BUILT_IN = /* @__PURE__ */ new Set(["http_reqs", "http_req_duration", "http_req_blocked", "http_req_connecting", "http_req_tls_handshaking", "http_req_sending", "http_req_waiting", "http_req_receiving", "http_req_failed", "iterations", "iteration_duration", "dropped_iterations", "vus", "vus_max", "data_sent", "data_received", "checks", "group_duration"]);
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
  lines.push(c.bold(`course-perf ${options2.scenario}: ${thresholds.length === 0 ? "no thresholds" : failed === 0 ? c.green(`all ${thresholds.length} thresholds passed`) : c.red(`${failed} of ${thresholds.length} thresholds failed`)}`));
  lines.push("", c.bold("thresholds"));
  for (const t of thresholds) {
    const mark = t.ok ? c.green("✓") : c.red("✗");
    lines.push(`  ${mark} ${t.metric} ${t.expression}  ${c.dim("observed")} ${formatValue(t.observed, t.unit)}`);
  }
  const endpoints = endpointRows(data);
  if (endpoints.length > 0) {
    const width = Math.max(16, ...endpoints.map((e) => e.endpoint.length));
    lines.push("", c.bold(`${"endpoints".padEnd(width + 2)} ${"requests".padStart(8)} ${["p50", "p95", "p99", "max", "errors"].map((h) => h.padStart(8)).join(" ")}`));
    for (const e of endpoints) {
      const cell = (v) => formatValue(v, "ms").padStart(8);
      lines.push(`  ${e.endpoint.padEnd(width)} ${String(e.requests).padStart(8)} ${cell(e.p50)} ${cell(e.p95)} ${cell(e.p99)} ${cell(e.max)} ${formatValue(e.errorRate, "percent").padStart(8)}`);
    }
  }
  const seconds2 = (data.state?.testRunDurationMs ?? 0) / 1e3;
  const requests = metricValue(data, "http_reqs", "count");
  const iterations = metricValue(data, "iterations", "count");
  lines.push("", c.bold("throughput"));
  lines.push(`  ${formatValue(requests ?? 0, "count")} requests (${seconds2 > 0 && requests !== null ? (requests / seconds2).toFixed(1) : "n/a"}/s), ${formatValue(iterations ?? 0, "count")} iterations in ${seconds2.toFixed(1)} s`);
  lines.push(`  errors: ${formatValue(metricValue(data, "http_req_failed", "rate"), "percent")} of requests failed`);
  const checks = metricValue(data, "checks", "rate");
  lines.push(`  checks: ${formatValue(checks, "percent")} passed (${formatValue(metricValue(data, "checks", "passes"), "count")} of ${formatValue((metricValue(data, "checks", "passes") ?? 0) + (metricValue(data, "checks", "fails") ?? 0), "count")})`);
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
    const out = { stdout: textSummary(data, { scenario: meta.scenario, color: data.state?.isStdOutTTY === true }) };
    const dir = __ENV.REPORTS_DIR;
    if (dir) {
      const results = buildResults(data, {
        scenario: meta.scenario,
        profile: orNull(__ENV.RUN_PROFILE) ?? meta.profile ?? null,
        target: orNull(__ENV.RUN_TARGET) ?? orNull(__ENV.BASE_URL),
        k6_version: orNull(__ENV.RUN_K6_VERSION),
        git_commit: orNull(__ENV.RUN_GIT_COMMIT),
        started_at: orNull(__ENV.RUN_STARTED_AT),
        finished_at: (/* @__PURE__ */ new Date()).toISOString()
      });
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

// lib/metrics/metrics.ts
import { Counter as Counter2, Rate, Trend as Trend3 } from "k6/metrics";
var chapterGenerationMs = new Trend3("chapter_generation_ms", true);
var courseGenerationMs = new Trend3("course_generation_ms", true);
var courseGenerationObservedMs = new Trend3("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter2("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter2("workflow_errors");

// lib/workflows/run-workflow.ts
var MAX_LOGGED_ERRORS = 5;
var loggedErrors = 0;
function runWorkflow(name, workflow, ctx) {
  const tags = { workflow: name };
  try {
    workflowSuccess.add(workflow(ctx), tags);
  } catch (error) {
    workflowSuccess.add(false, tags);
    workflowErrors.add(1, tags);
    if (loggedErrors++ < MAX_LOGGED_ERRORS) {
      console.error(`workflow "${name}" threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
}

// lib/workflows/workflows.ts
import { group } from "k6";
import exec4 from "k6/execution";

// lib/workflows/generation.ts
import { sleep as sleep3 } from "k6";
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
    sleep3(pollIntervalS);
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
import { sleep as sleep4 } from "k6";
function think(range) {
  const seconds2 = range.min + Math.random() * (range.max - range.min);
  if (seconds2 > 0) sleep4(seconds2);
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

// lib/users/session.ts
import { Counter as Counter3 } from "k6/metrics";
var relogins = new Counter3("relogins");
var sessions = {};
var anonymous;
var renewMarginS = (ttlS) => Math.min(30, ttlS / 10);
function login2(config3, data, role) {
  const account = accountOfVu(pool, role, data.classPasswords?.[role] ?? config3.users[role].password);
  if (!account) return void 0;
  anonymous ??= new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const answer = anonymous.login(account.email, account.password).body;
  if (!answer) return void 0;
  const ttlS = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 3600;
  return { client: new ApiClient(config3.baseUrl, config3.apiTimeoutS, answer.access_token), renewAt: Date.now() + (ttlS - renewMarginS(ttlS)) * 1e3, courses: void 0 };
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
      const created = client.createCourse({ title: uniqueTitle("scratch", ctx), topic: "algebra", level: "beginner", chapter_count: 2 });
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
  const generation = generateAndWait(client, id, config3.pollIntervalS, config3.generationTimeoutS, () => clientFor(ctx, "power"));
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
  const exec5 = (name, workflow) => (data) => {
    beforeEach();
    runWorkflow(name, workflow, { config: config3, data });
  };
  return { regularUsers: exec5("regular", regularUser), powerUsers: exec5("power", powerUser), adminUsers: exec5("admin", adminUser) };
}

// thresholds/gates.ts
var api = { scope: API_SCOPE };
function endpointP95(endpoint, targets) {
  if (endpoint === "health") return targets.healthP95Ms;
  if (endpoint === "course_export") return targets.exportP95Ms;
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

// scenarios/soak.ts
var config2 = guardedConfig("soak");
var durationS = envNumber(__ENV, "SOAK_DURATION", 1800, { min: 10, max: 7 * 86400, integer: true, what: "a whole number of seconds" });
var soakUsers = envNumber(__ENV, "SOAK_USERS", Math.max(3, Math.round(config2.concurrentUsers / 5)), { min: 1, max: 1e5, integer: true });
var driftLimit = envNumber(__ENV, "SOAK_DRIFT_LIMIT", 1.5, { min: 1, max: 100 });
var phases = [
  { name: "start", untilS: durationS / 10 },
  { name: "middle", untilS: durationS * 9 / 10 },
  { name: "end", untilS: Infinity }
];
trackDrift("soak_latency_drift", phases, "start", ["end"]);
var options = entryOptions(config2, {
  wallTimeS: durationS,
  gateMemoryGrowth: true,
  scenarios: {
    ...populationScenarios(config2, soakUsers, (exec5, vus) => constantUsers(exec5, vus, durationS))
  },
  gates: [
    { metric: "soak_latency_drift", rules: [{ stat: "med", op: "<", value: driftLimit }] },
    { metric: "http_req_duration", tags: { phase: "end", scope: "api" }, rules: [{ stat: "p(95)", op: "<", value: config2.targets.apiP95Ms }] },
    ...latencyGates(config2.targets, []),
    ...errorGates(config2.targets, []),
    ...successGates(config2.targets),
    ...generationGates(config2.targets),
    ...abortGates()
  ]
});
var handleSummary = makeHandleSummary({ scenario: "soak" });
function setup() {
  return prepareRun(config2, { dataset: true });
}
var { regularUsers, powerUsers, adminUsers } = populationExecs(config2, () => enterPhase(phases));
export {
  adminUsers,
  handleSummary,
  options,
  pollResources2 as pollResources,
  powerUsers,
  regularUsers,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnYudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvc2hhcGVzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlcy50cyIsICIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wb3B1bGF0aW9uLnRzIiwgIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiLCAiLi4vc2NlbmFyaW9zL3NvYWsudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAobXMpLiAqL1xuICBjaGFwdGVyUDk1TXM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIGNoZWNrcyBhbmQgd29ya2Zsb3dzIHRoYXQgbXVzdCBzdWNjZWVkICgwLTEpLiAqL1xuICBzdWNjZXNzUmF0ZTogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgQVBJIHJlcXVlc3RzIHRoYXQgbWF5IGZhaWwsIG92ZXJhbGwgYW5kIHBlciBlbmRwb2ludCAoMC0xKS4gKi9cbiAgZXJyb3JSYXRlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBUaGUgdXNlciBwb29sJ3MgdHdvIHNvdXJjZXMsIGFzIHB1cmUgZnVuY3Rpb25zIChubyBrNiBpbXBvcnRzKSBzbyB0aGUgZGVtbyBwbGF0Zm9ybSwgdGhlIHJ1bm5lclxuLy8gYW5kIHRoZSB1bml0IHRlc3RzIHNoYXJlIHRoZW0gd2l0aCB0aGUgazYgc2lkZTpcbi8vIC0gUEVSRk9STUFOQ0VfVVNFUlNfRklMRSwgYSBDU1YgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChvbmUgYWNjb3VudCBwZXIgbGluZSk7XG4vLyAtIGEgZGVtbyBwb29sIHNwZWMgYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAoREVNT19VU0VSUyksIHdob3NlIGFjY291bnRzIGFyZSBuYW1lZFxuLy8gICBgcmVndWxhci0wMDAxQGV4YW1wbGUuY29tYCAuLi4gYW5kIHNoYXJlIG9uZSBwYXNzd29yZCBwZXIgcm9sZS5cbi8vIEEgQ1NWIHBhcnNlciBvZiBvdXIgb3duIGJlY2F1c2UgdGhlIGZpbGUgbXVzdCBiZSBjaGVja2VkIGxpbmUgYnkgbGluZSB3aXRoIHRoZSBsaW5lIG5hbWVkIGluXG4vLyB0aGUgbWVzc2FnZSwgYW5kIGl0IHJ1bnMgb25jZSBwZXIgdGVzdCAoaW5zaWRlIGEgU2hhcmVkQXJyYXkgY2FsbGJhY2spOyBrNidzIGV4cGVyaW1lbnRhbCBjc3Zcbi8vIG1vZHVsZSByZXR1cm5zIGJhcmUgcmVjb3JkcyB3aXRob3V0IGxpbmUgbnVtYmVycyBhbmQgbmVlZHMgdG9wLWxldmVsIGF3YWl0IGluIGV2ZXJ5IFZVLlxuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IGNvbnN0IFJPTEVTOiByZWFkb25seSBSb2xlW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcblxuZXhwb3J0IGludGVyZmFjZSBBY2NvdW50IHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgQWNjb3VudHMgPSBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbmV4cG9ydCB0eXBlIFBvb2xTaXplcyA9IFJlY29yZDxSb2xlLCBudW1iZXI+O1xuXG5leHBvcnQgY2xhc3MgVXNlcnNGaWxlRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnVXNlcnNGaWxlRXJyb3InO1xufVxuXG4vKipcbiAqIFJlYWRzIGEgdXNlcnMgQ1NWOiBoZWFkZXIgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChhbnkgY29sdW1uIG9yZGVyLCBjYXNlLWluc2Vuc2l0aXZlKSwgUkZDIDQxODBcbiAqIHF1b3RpbmcgKFwiYSxiXCIgYW5kIFwiXCIgaW5zaWRlIHF1b3RlcyksIGJsYW5rIGxpbmVzIHNraXBwZWQuIEV2ZXJ5IHByb2JsZW0gbmFtZXMgdGhlIGZpbGUgYW5kIGxpbmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVVzZXJzQ3N2KHRleHQ6IHN0cmluZywgZmlsZTogc3RyaW5nKTogQWNjb3VudHMge1xuICBjb25zdCBhY2NvdW50czogQWNjb3VudHMgPSB7IHJlZ3VsYXI6IFtdLCBwb3dlcjogW10sIGFkbWluOiBbXSB9O1xuICBjb25zdCBmYWlsID0gKGxpbmU6IG51bWJlciwgcHJvYmxlbTogc3RyaW5nKTogbmV2ZXIgPT4ge1xuICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke2ZpbGV9LCBsaW5lICR7bGluZX06ICR7cHJvYmxlbX1gKTtcbiAgfTtcbiAgbGV0IGNvbHVtbnM6IFJlY29yZDwnZW1haWwnIHwgJ3Bhc3N3b3JkJyB8ICdyb2xlJywgbnVtYmVyPiB8IHVuZGVmaW5lZDtcbiAgbGV0IHdpZHRoID0gMDtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBib2R5ID0gdGV4dC5jaGFyQ29kZUF0KDApID09PSAweGZlZmYgPyB0ZXh0LnNsaWNlKDEpIDogdGV4dDsgLy8gYSBCT00gZnJvbSBzcHJlYWRzaGVldCBleHBvcnRzXG4gIGNvbnN0IGxpbmVzID0gYm9keS5zcGxpdCgvXFxyP1xcbi8pO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IGxpbmVzLmxlbmd0aDsgbisrKSB7XG4gICAgY29uc3QgbGluZSA9IGxpbmVzW25dITtcbiAgICBpZiAobGluZS50cmltKCkgPT09ICcnKSBjb250aW51ZTtcbiAgICAvLyBGaWVsZHMgb2Ygb25lIGxpbmU6IHF1b3RlZCBmaWVsZHMgbWF5IGhvbGQgY29tbWFzIGFuZCBkb3VibGVkIHF1b3RlcyAobm90IGxpbmUgYnJlYWtzKS5cbiAgICBjb25zdCBmaWVsZHM6IHN0cmluZ1tdID0gW107XG4gICAgbGV0IGZpZWxkID0gJyc7XG4gICAgbGV0IHF1b3RlZCA9IGZhbHNlO1xuICAgIGxldCB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmUubGVuZ3RoOyBpKyspIHtcbiAgICAgIGNvbnN0IGMgPSBsaW5lW2ldO1xuICAgICAgaWYgKHF1b3RlZCkge1xuICAgICAgICBpZiAoYyA9PT0gJ1wiJyAmJiBsaW5lW2kgKyAxXSA9PT0gJ1wiJykgKGZpZWxkICs9ICdcIicpLCBpKys7XG4gICAgICAgIGVsc2UgaWYgKGMgPT09ICdcIicpIHF1b3RlZCA9IGZhbHNlO1xuICAgICAgICBlbHNlIGZpZWxkICs9IGM7XG4gICAgICB9IGVsc2UgaWYgKGMgPT09ICcsJykge1xuICAgICAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICAgIHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnXCInICYmIGZpZWxkLnRyaW0oKSA9PT0gJycpIHtcbiAgICAgICAgcXVvdGVkID0gd2FzUXVvdGVkID0gdHJ1ZTtcbiAgICAgICAgZmllbGQgPSAnJztcbiAgICAgIH0gZWxzZSBmaWVsZCArPSBjO1xuICAgIH1cbiAgICBpZiAocXVvdGVkKSBmYWlsKG4gKyAxLCAnYSBxdW90ZWQgZmllbGQgaXMgbm90IGNsb3NlZCcpO1xuICAgIGZpZWxkcy5wdXNoKHdhc1F1b3RlZCA/IGZpZWxkIDogZmllbGQudHJpbSgpKTtcbiAgICBpZiAoIWNvbHVtbnMpIHtcbiAgICAgIGNvbnN0IG5hbWVzID0gZmllbGRzLm1hcCgoZikgPT4gZi50b0xvd2VyQ2FzZSgpKTtcbiAgICAgIGNvbnN0IGF0ID0gKG5hbWU6IHN0cmluZykgPT4gbmFtZXMuaW5kZXhPZihuYW1lKTtcbiAgICAgIGlmIChhdCgnZW1haWwnKSA8IDAgfHwgYXQoJ3Bhc3N3b3JkJykgPCAwIHx8IGF0KCdyb2xlJykgPCAwKSB7XG4gICAgICAgIGZhaWwobiArIDEsIGB0aGUgZmlyc3QgbGluZSBtdXN0IGJlIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSAoZ290ICR7SlNPTi5zdHJpbmdpZnkobGluZS5zbGljZSgwLCA4MCkpfSlgKTtcbiAgICAgIH1cbiAgICAgIGNvbHVtbnMgPSB7IGVtYWlsOiBhdCgnZW1haWwnKSwgcGFzc3dvcmQ6IGF0KCdwYXNzd29yZCcpLCByb2xlOiBhdCgncm9sZScpIH07XG4gICAgICB3aWR0aCA9IGZpZWxkcy5sZW5ndGg7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGZpZWxkcy5sZW5ndGggIT09IHdpZHRoKSBmYWlsKG4gKyAxLCBgZXhwZWN0ZWQgJHt3aWR0aH0gZmllbGRzIGxpa2UgdGhlIGhlYWRlciwgZ290ICR7ZmllbGRzLmxlbmd0aH1gKTtcbiAgICBjb25zdCBlbWFpbCA9IGZpZWxkc1tjb2x1bW5zLmVtYWlsXSA/PyAnJztcbiAgICBjb25zdCBwYXNzd29yZCA9IGZpZWxkc1tjb2x1bW5zLnBhc3N3b3JkXSA/PyAnJztcbiAgICBjb25zdCByb2xlID0gKGZpZWxkc1tjb2x1bW5zLnJvbGVdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xuICAgIGlmIChlbWFpbCA9PT0gJycpIGZhaWwobiArIDEsICdlbXB0eSBlbWFpbCcpO1xuICAgIGlmIChwYXNzd29yZCA9PT0gJycpIGZhaWwobiArIDEsIGBlbXB0eSBwYXNzd29yZCBmb3IgJHtlbWFpbH1gKTtcbiAgICBpZiAoIShST0xFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXMocm9sZSkpIGZhaWwobiArIDEsIGB1bmtub3duIHJvbGUgJHtKU09OLnN0cmluZ2lmeShyb2xlKX0gZm9yICR7ZW1haWx9ICh1c2UgcmVndWxhciwgcG93ZXIgb3IgYWRtaW4pYCk7XG4gICAgaWYgKHNlZW4uaGFzKGVtYWlsLnRvTG93ZXJDYXNlKCkpKSBmYWlsKG4gKyAxLCBgJHtlbWFpbH0gaXMgbGlzdGVkIHR3aWNlYCk7XG4gICAgc2Vlbi5hZGQoZW1haWwudG9Mb3dlckNhc2UoKSk7XG4gICAgYWNjb3VudHNbcm9sZSBhcyBSb2xlXS5wdXNoKHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG4gIGlmICghY29sdW1ucykgZmFpbCgxLCAndGhlIGZpbGUgaXMgZW1wdHk6IGl0IG5lZWRzIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSBhbmQgb25lIGxpbmUgcGVyIGFjY291bnQnKTtcbiAgcmV0dXJuIGFjY291bnRzO1xufVxuXG4vKiogYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAtPiBzaXplczsgYSByb2xlIGxlZnQgb3V0IGhhcyBub25lLiBUaHJvd3MgbmFtaW5nIGBuYW1lYCBvbiBhbnl0aGluZyBlbHNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUG9vbFNwZWMoc3BlYzogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMge1xuICBjb25zdCBzaXplczogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAncm9sZTpjb3VudCBwYWlycyBzdWNoIGFzIHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwJztcbiAgZm9yIChjb25zdCBwYXJ0IG9mIHNwZWMuc3BsaXQoJywnKS5tYXAoKHApID0+IHAudHJpbSgpKS5maWx0ZXIoKHApID0+IHAgIT09ICcnKSkge1xuICAgIGNvbnN0IG1hdGNoID0gL14ocmVndWxhcnxwb3dlcnxhZG1pbik6KFxcZHsxLDZ9KSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKCFtYXRjaCkgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IFwiJHtwYXJ0fVwiIGlzIG5vdCBvbmUgb2YgJHtleHBlY3RlZH1gKTtcbiAgICBzaXplc1ttYXRjaFsxXSBhcyBSb2xlXSA9IE51bWJlcihtYXRjaFsyXSk7XG4gIH1cbiAgaWYgKHNpemVzLnJlZ3VsYXIgKyBzaXplcy5wb3dlciArIHNpemVzLmFkbWluID09PSAwKSB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHNwZWMpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbiAgcmV0dXJuIHNpemVzO1xufVxuXG4vKiogVGhlIGVtYWlsIG9mIHRoZSBuLXRoIChmcm9tIDEpIGRlbW8gcG9vbCBhY2NvdW50IG9mIGEgcm9sZTogcmVndWxhci0wMDAxQGV4YW1wbGUuY29tLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvb2xFbWFpbChyb2xlOiBSb2xlLCBuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cm9sZX0tJHtTdHJpbmcobikucGFkU3RhcnQoNCwgJzAnKX1AZXhhbXBsZS5jb21gO1xufVxuXG4vKiogV2h5IGEgcG9vbCBpcyB0b28gc21hbGwgZm9yIGRpc3RpbmN0IGFjY291bnRzLCBvciB1bmRlZmluZWQgd2hlbiBldmVyeSBWVSBjYW4gaGF2ZSBpdHMgb3duLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvb1NtYWxsRm9yRGlzdGluY3Qoc2l6ZXM6IFBvb2xTaXplcywgbmVlZGVkOiBQb29sU2l6ZXMsIHNvdXJjZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgaWYgKG5lZWRlZFtyb2xlXSA+IDAgJiYgc2l6ZXNbcm9sZV0gPCBuZWVkZWRbcm9sZV0pIHtcbiAgICAgIHJldHVybiBgJHtzb3VyY2V9IGhhcyAke3NpemVzW3JvbGVdfSAke3JvbGV9IGFjY291bnQocyksIGJ1dCBQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlIG5lZWRzICR7bmVlZGVkW3JvbGVdfTogYCArXG4gICAgICAgIGBvbmUgcGVyIFZVIGlkIHRoaXMgZW50cnkgY2FuIHN0YXJ0IChrNiBudW1iZXJzIFZVcyBhY3Jvc3MgYWxsIGNsYXNzZXMsIGFuZCBWVSBuIHVzZXMgdGhlIGNsYXNzJ3MgYWNjb3VudCBuIG1vZCBzaXplKWA7XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogVGhlIGhpZ2hlc3QgVlUgaWQgazYgY2FuIGhhbmQgb3V0IGZvciB0aGVzZSBzY2VuYXJpb3MgKHRoZSBzdW0gb2YgZWFjaCBzY2VuYXJpbydzIFZVcywgYW4gdXBwZXJcbiAqIGJvdW5kIG9mIGs2J3MgbWF4VlVzKTogVlUgaWRzIGFyZSBudW1iZXJlZCBhY3Jvc3MgYWxsIHNjZW5hcmlvcywgc28gYSBjbGFzcydzIGFjY291bnRzIGFyZVxuICogaW5kZXhlZCBieSBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZ1SWRCb3VuZChzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik6IG51bWJlciB7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGZvciAoY29uc3QgcyBvZiBPYmplY3QudmFsdWVzKHNjZW5hcmlvcykpIHtcbiAgICBjb25zdCBzdGFnZXMgPSAocy5zdGFnZXMgYXMgeyB0YXJnZXQ6IG51bWJlciB9W10gfCB1bmRlZmluZWQpID8/IFtdO1xuICAgIGNvbnN0IG1vc3QgPSBNYXRoLm1heChOdW1iZXIocy5zdGFydFZVcyA/PyAwKSwgLi4uc3RhZ2VzLm1hcCgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCkpO1xuICAgIGlmIChzLmV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSB0b3RhbCArPSBtb3N0O1xuICAgIGVsc2UgaWYgKHR5cGVvZiBzLm1heFZVcyA9PT0gJ251bWJlcicpIHRvdGFsICs9IHMubWF4VlVzO1xuICAgIGVsc2UgaWYgKHR5cGVvZiBzLnByZUFsbG9jYXRlZFZVcyA9PT0gJ251bWJlcicpIHRvdGFsICs9IHMucHJlQWxsb2NhdGVkVlVzO1xuICAgIGVsc2UgdG90YWwgKz0gTnVtYmVyKHMudnVzID8/IDEpO1xuICB9XG4gIHJldHVybiB0b3RhbDtcbn1cbiIsICIvLyBSdW4gY29uZmlndXJhdGlvbiBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIHVwIGZyb250LiBQdXJlIChubyBrNiBpbXBvcnRzKSBzbyB0aGVcbi8vIHBhcnNpbmcgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2NvbmZpZy9lbnYudHMgYXBwbGllcyBpdCB0byBrNidzIF9fRU5WIGF0IGluaXQsIHdoZXJlIGEgdGhyb3dcbi8vIHN0b3BzIHRoZSBydW4gYmVmb3JlIGFueSByZXF1ZXN0IGlzIHNlbnQuXG5pbXBvcnQgeyBERUZBVUxUX1RBUkdFVFMsIHR5cGUgVGFyZ2V0cyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyc7XG5pbXBvcnQgeyBwYXJzZVBvb2xTcGVjLCBVc2Vyc0ZpbGVFcnJvciwgdHlwZSBQb29sU2l6ZXMgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG4gIC8qKiBUaGUgdXNlciBwb29sOiBhIENTViBvZiBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRklMRSksIG9yIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sOyBuZWl0aGVyOiBvbmUgYWNjb3VudCBwZXIgY2xhc3MuICovXG4gIHVzZXJzRmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBkZW1vVXNlcnM6IFBvb2xTaXplcyB8IHVuZGVmaW5lZDtcbiAgLyoqIFJlZnVzZSBhIHBvb2wgd2l0aCBmZXdlciBhY2NvdW50cyBvZiBhIGNsYXNzIHRoYW4gVlUgaWRzIChQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlKS4gKi9cbiAgdXNlcnNEaXN0aW5jdDogYm9vbGVhbjtcbiAgLyoqIEtlcHQgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50IChQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMpLCBvZiB3aGljaCB0aGUgZmlyc3QgTiBvZiBlYWNoIHJlZ3VsYXIgYWNjb3VudCBhcmUgZ2VuZXJhdGVkLiAqL1xuICBkYXRhc2V0OiB7IGNvdXJzZXM6IG51bWJlcjsgZ2VuZXJhdGVkOiBudW1iZXI7IHJlc2VlZDogYm9vbGVhbiB9O1xufVxuXG5leHBvcnQgY2xhc3MgQ29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlnRXJyb3InO1xufVxuXG50eXBlIFJlYWQ8VD4gPSAoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFQpID0+IFQ7XG5cbmZ1bmN0aW9uIHJhdyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIHJldHVybiB2YWx1ZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdmFsdWUudHJpbSgpO1xufVxuXG5mdW5jdGlvbiBmYWlsKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZywgZXhwZWN0ZWQ6IHN0cmluZyk6IG5ldmVyIHtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xufVxuXG5mdW5jdGlvbiBudW1iZXJJbihtaW46IG51bWJlciwgbWF4OiBudW1iZXIsIHdoYXQ6IHN0cmluZywgaW50ZWdlcjogYm9vbGVhbik6IFJlYWQ8bnVtYmVyPiB7XG4gIHJldHVybiAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgICBjb25zdCBleHBlY3RlZCA9IGAke3doYXR9IGZyb20gJHttaW59IHRvICR7bWF4fWA7XG4gICAgaWYgKCEvXlsrXT9cXGQrKFxcLlxcZCspPyQvLnRlc3QodmFsdWUpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgY29uc3QgcGFyc2VkID0gTnVtYmVyKHZhbHVlKTtcbiAgICBpZiAoKGludGVnZXIgJiYgIU51bWJlci5pc0ludGVnZXIocGFyc2VkKSkgfHwgcGFyc2VkIDwgbWluIHx8IHBhcnNlZCA+IG1heCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIHJldHVybiBwYXJzZWQ7XG4gIH07XG59XG5cbi8qKiBXaG9sZSBzZWNvbmRzLCBlLmcuIDYwIChhIHVuaXQgc3VjaCBhcyBcIjYwc1wiIG9yIFwiMW1cIiBpcyByZWZ1c2VkIHJhdGhlciB0aGFuIGd1ZXNzZWQpLiAqL1xuY29uc3Qgc2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycsIHRydWUpO1xuY29uc3QgY291bnQgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyJywgdHJ1ZSk7XG5jb25zdCBtaWxsaXMgPSBudW1iZXJJbigxLCAzXzYwMF8wMDAsICdtaWxsaXNlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKTtcbmNvbnN0IGZyYWN0aW9uID0gbnVtYmVySW4oMCwgMSwgJ2EgZnJhY3Rpb24gKGUuZy4gMC45NSknLCBmYWxzZSk7XG5cbmNvbnN0IHRleHQ6IFJlYWQ8c3RyaW5nPiA9IChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodmFsdWUudHJpbSgpID09PSAnJykgZmFpbChuYW1lLCB2YWx1ZSwgJ2Egbm9uLWVtcHR5IHZhbHVlJyk7XG4gIHJldHVybiB2YWx1ZTtcbn07XG5cbmZ1bmN0aW9uIHVybChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgY29uc3QgbWF0Y2ggPSAvXihodHRwcz8pOlxcL1xcLyhbXi9cXHM6XSt8XFxbWzAtOWEtZkEtRjpdK1xcXSkoOlxcZHsxLDV9KT8oXFwvXFxTKik/JC8uZXhlYyh2YWx1ZSk7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsICdhbiBodHRwKHMpIFVSTCBzdWNoIGFzIGh0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpO1xuICByZXR1cm4gdmFsdWUucmVwbGFjZSgvXFwvKyQvLCAnJyk7XG59XG5cbmZ1bmN0aW9uIHdlaWdodHMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IHJlZ3VsYXI6IDcwLCBwb3dlcjogMjAsIGFkbWluOiAxMCB9O1xuICBjb25zdCBwYXJ0cyA9IHZhbHVlLnNwbGl0KCcvJykubWFwKChwYXJ0KSA9PiBwYXJ0LnRyaW0oKSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3RocmVlIHdob2xlIHBlcmNlbnRhZ2VzIHJlZ3VsYXIvcG93ZXIvYWRtaW4gc3VtbWluZyB0byAxMDAsIGUuZy4gNzAvMjAvMTAnO1xuICBpZiAocGFydHMubGVuZ3RoICE9PSAzIHx8IHBhcnRzLnNvbWUoKHBhcnQpID0+ICEvXlxcZCskLy50ZXN0KHBhcnQpKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBbcmVndWxhciwgcG93ZXIsIGFkbWluXSA9IHBhcnRzLm1hcChOdW1iZXIpIGFzIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgaWYgKHJlZ3VsYXIgKyBwb3dlciArIGFkbWluICE9PSAxMDApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgcmVndWxhciwgcG93ZXIsIGFkbWluIH07XG59XG5cbmZ1bmN0aW9uIHRoaW5rVGltZShlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd0aGlua1RpbWVTJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgbWluOiAxLCBtYXg6IDMgfTtcbiAgY29uc3QgbWF0Y2ggPSAvXihcXGQrKD86XFwuXFxkKyk/KSg/Oi0oXFxkKyg/OlxcLlxcZCspPykpPyQvLmV4ZWModmFsdWUpO1xuICBjb25zdCBleHBlY3RlZCA9ICdzZWNvbmRzIGFzIE4gb3IgTUlOLU1BWCAoZS5nLiAxLTMpLCBlYWNoIGF0IG1vc3QgNjAnO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IG1pbiA9IE51bWJlcihtYXRjaFsxXSk7XG4gIGNvbnN0IG1heCA9IG1hdGNoWzJdID09PSB1bmRlZmluZWQgPyBtaW4gOiBOdW1iZXIobWF0Y2hbMl0pO1xuICBpZiAobWF4IDwgbWluIHx8IG1heCA+IDYwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IG1pbiwgbWF4IH07XG59XG5cbmZ1bmN0aW9uIGZsYWcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycgfHwgdmFsdWUgPT09ICdmYWxzZScgfHwgdmFsdWUgPT09ICcwJykgcmV0dXJuIGZhbHNlO1xuICBpZiAodmFsdWUgPT09ICd0cnVlJyB8fCB2YWx1ZSA9PT0gJzEnKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIGZhaWwobmFtZSwgdmFsdWUsICd0cnVlIG9yIGZhbHNlJyk7XG59XG5cbmZ1bmN0aW9uIGhvc3RMaXN0KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIFtdO1xuICBjb25zdCBob3N0cyA9IHZhbHVlLnNwbGl0KCcsJykubWFwKChob3N0KSA9PiBob3N0LnRyaW0oKS50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKGhvc3RzLnNvbWUoKGhvc3QpID0+ICEvXihcXFtbMC05YS1mOl0rXFxdfFthLXowLTkuXFwtOl0rKSQvLnRlc3QoaG9zdCkpKSB7XG4gICAgZmFpbChuYW1lLCB2YWx1ZSwgJ2EgY29tbWEtc2VwYXJhdGVkIGxpc3Qgb2YgaG9zdCBuYW1lcyBvciBhZGRyZXNzZXMsIGUuZy4gc3RhZ2luZy5leGFtcGxlLmNvbSwxMC4wLjAuNScpO1xuICB9XG4gIHJldHVybiBob3N0cztcbn1cblxuZnVuY3Rpb24gY3JlZGVudGlhbHMoZW52OiBFbnYsIHByZWZpeDogc3RyaW5nLCBmYWxsYmFja0VtYWlsOiBzdHJpbmcsIGZhbGxiYWNrUGFzc3dvcmQ6IHN0cmluZyk6IENyZWRlbnRpYWxzIHtcbiAgcmV0dXJuIHtcbiAgICBlbWFpbDogdGV4dChlbnYsIGAke3ByZWZpeH1fRU1BSUxgLCBmYWxsYmFja0VtYWlsKSxcbiAgICBwYXNzd29yZDogdGV4dChlbnYsIGAke3ByZWZpeH1fUEFTU1dPUkRgLCBmYWxsYmFja1Bhc3N3b3JkKSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcG9vbFNwZWMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IFBvb2xTaXplcyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcGFyc2VQb29sU3BlYyh2YWx1ZSwgbmFtZSk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGVycm9yIGluc3RhbmNlb2YgVXNlcnNGaWxlRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZGF0YXNldChlbnY6IEVudik6IENvbmZpZ1snZGF0YXNldCddIHtcbiAgY29uc3QgY291cnNlcyA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUycsIDIwKTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gY291bnQoMCwgMTAwMCkoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBNYXRoLm1pbigxLCBjb3Vyc2VzKSk7XG4gIGlmIChnZW5lcmF0ZWQgPiBjb3Vyc2VzKSBmYWlsKCdQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCcsIFN0cmluZyhnZW5lcmF0ZWQpLCBgYXQgbW9zdCBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgKCR7Y291cnNlc30pYCk7XG4gIHJldHVybiB7IGNvdXJzZXMsIGdlbmVyYXRlZCwgcmVzZWVkOiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfUkVTRUVEJykgfTtcbn1cblxuLyoqIFJlYWRzIGFuZCB2YWxpZGF0ZXMgZXZlcnkgc2V0dGluZzsgdGhyb3dzIENvbmZpZ0Vycm9yIG5hbWluZyB0aGUgZmlyc3QgYmFkIHZhcmlhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ29uZmlnKGVudjogRW52KTogQ29uZmlnIHtcbiAgY29uc3QgZCA9IERFRkFVTFRfVEFSR0VUUztcbiAgY29uc3QgZHVyYXRpb25TID0gc2Vjb25kcygxLCA3ICogMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OJywgNjApO1xuICBjb25zdCByYW1wVXBTID0gc2Vjb25kcygwLCAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLCBNYXRoLm1pbigzMCwgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChkdXJhdGlvblMgLyA0KSkpKTtcbiAgcmV0dXJuIHtcbiAgICBiYXNlVXJsOiB1cmwoZW52LCAnQkFTRV9VUkwnLCAnaHR0cDovLzEyNy4wLjAuMTo4MDAwJykgYXMgc3RyaW5nLFxuICAgIHVzZXJzOiB7XG4gICAgICByZWd1bGFyOiBjcmVkZW50aWFscyhlbnYsICdSRUdVTEFSX1VTRVInLCAncmVndWxhckBleGFtcGxlLmNvbScsICdyZWd1bGFyLXBhc3N3b3JkJyksXG4gICAgICBwb3dlcjogY3JlZGVudGlhbHMoZW52LCAnUE9XRVJfVVNFUicsICdwb3dlckBleGFtcGxlLmNvbScsICdwb3dlci1wYXNzd29yZCcpLFxuICAgICAgYWRtaW46IGNyZWRlbnRpYWxzKGVudiwgJ0FETUlOX1VTRVInLCAnYWRtaW5AZXhhbXBsZS5jb20nLCAnYWRtaW4tcGFzc3dvcmQnKSxcbiAgICB9LFxuICAgIGR1cmF0aW9uUyxcbiAgICBjb25jdXJyZW50VXNlcnM6IGNvdW50KDEsIDEwMF8wMDApKGVudiwgJ1BFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMnLCAxMDApLFxuICAgIGFwaVRpbWVvdXRTOiBzZWNvbmRzKDEsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX0FQSV9USU1FT1VUJywgMzApLFxuICAgIHJhbXBVcFMsXG4gICAgcmFtcERvd25TOiBzZWNvbmRzKDAsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTicsIE1hdGgubWluKDEwLCByYW1wVXBTKSksXG4gICAgd2VpZ2h0czogd2VpZ2h0cyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFMnKSxcbiAgICB0aGlua1RpbWVTOiB0aGlua1RpbWUoZW52LCAnUEVSRk9STUFOQ0VfVEhJTktfVElNRScpLFxuICAgIHBvbGxJbnRlcnZhbFM6IG51bWJlckluKDAuMSwgNjAsICdzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnR0VORVJBVElPTl9QT0xMX0lOVEVSVkFMJywgMSksXG4gICAgZ2VuZXJhdGlvblRpbWVvdXRTOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnR0VORVJBVElPTl9USU1FT1VUJywgMzAwKSxcbiAgICBjaGFwdGVyc1BlckNvdXJzZTogY291bnQoMSwgMjApKGVudiwgJ0dFTkVSQVRJT05fQ0hBUFRFUlMnLCAzKSxcbiAgICBzaWRlY2FyVXJsOiB1cmwoZW52LCAnU0lERUNBUl9VUkwnLCB1bmRlZmluZWQpLFxuICAgIHNpZGVjYXJTdHJpY3Q6IGZsYWcoZW52LCAnU0lERUNBUl9TVFJJQ1QnKSxcbiAgICBhbGxvd2VkSG9zdHM6IGhvc3RMaXN0KGVudiwgJ1BFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMnKSxcbiAgICB0YXJnZXRzOiB7XG4gICAgICBhcGlQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk1X01TJywgZC5hcGlQOTVNcyksXG4gICAgICBhcGlQOTlNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk5X01TJywgZC5hcGlQOTlNcyksXG4gICAgICBoZWFsdGhQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9IRUFMVEhfUDk1X01TJywgZC5oZWFsdGhQOTVNcyksXG4gICAgICBleHBvcnRQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9FWFBPUlRfUDk1X01TJywgZC5leHBvcnRQOTVNcyksXG4gICAgICBjaGFwdGVyUDk1TXM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdUSFJFU0hPTERfQ0hBUFRFUl9QOTVfUycsIGQuY2hhcHRlclA5NU1zIC8gMTAwMCkgKiAxMDAwLFxuICAgICAgc3VjY2Vzc1JhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9TVUNDRVNTX1JBVEUnLCBkLnN1Y2Nlc3NSYXRlKSxcbiAgICAgIGVycm9yUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX0VSUk9SX1JBVEUnLCBkLmVycm9yUmF0ZSksXG4gICAgICBtZW1vcnlNYjogY291bnQoMSwgMV8wNDhfNTc2KShlbnYsICdQRVJGT1JNQU5DRV9NRU1PUllfTElNSVQnLCBkLm1lbW9yeU1iKSxcbiAgICAgIGNwdVBlcmNlbnQ6IG51bWJlckluKDEsIDEwMCwgJ2EgcGVyY2VudGFnZScsIGZhbHNlKShlbnYsICdQRVJGT1JNQU5DRV9DUFVfTElNSVQnLCBkLmNwdVBlcmNlbnQpLFxuICAgICAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlckluKDAsIDFfMDAwXzAwMCwgJ01CIHBlciBtaW51dGUgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOJywgZC5tZW1vcnlHcm93dGhNYlBlck1pbiksXG4gICAgfSxcbiAgICB1c2Vyc0ZpbGU6IHJhdyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSU19GSUxFJykgfHwgdW5kZWZpbmVkLFxuICAgIGRlbW9Vc2VyczogcG9vbFNwZWMoZW52LCAnREVNT19VU0VSUycpLFxuICAgIHVzZXJzRGlzdGluY3Q6IGZsYWcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QnKSxcbiAgICBkYXRhc2V0OiBkYXRhc2V0KGVudiksXG4gIH07XG59XG5cbi8qKiBUaGUgaG9zdCBwYXJ0IG9mIGEgVVJMLCBsb3dlci1jYXNlZCwgSVB2NiBpbiBicmFja2V0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBob3N0T2YoYmFzZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmh0dHBzPzpcXC9cXC8oXFxbW15cXF1dK1xcXXxbXi86XSspL2kuZXhlYyhiYXNlVXJsKTtcbiAgcmV0dXJuIChtYXRjaD8uWzFdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNMb29wYmFjayhob3N0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGhvc3QgPT09ICdsb2NhbGhvc3QnIHx8IGhvc3QgPT09ICdbOjoxXScgfHwgaG9zdCA9PT0gJzo6MScgfHwgL14xMjdcXC5cXGR7MSwzfVxcLlxcZHsxLDN9XFwuXFxkezEsM30kLy50ZXN0KGhvc3QpO1xufVxuXG4vKipcbiAqIFRoZSB0YXJnZXQgZ3VhcmQ6IGFuIGVudHJ5IGhlYXZpZXIgdGhhbiBzbW9rZSByZWZ1c2VzIGEgaG9zdCB0aGF0IGlzIG5vdCBsb29wYmFjayB1bmxlc3MgaXQgaXNcbiAqIGFsbG93LWxpc3RlZCwgc28gYSB0eXBvIGluIEJBU0VfVVJMIGNhbm5vdCBsb2FkLXRlc3QgcHJvZHVjdGlvbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnOiBDb25maWcsIGVudHJ5OiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgaG9zdCA9IGhvc3RPZihjb25maWcuYmFzZVVybCk7XG4gIGlmIChpc0xvb3BiYWNrKGhvc3QpIHx8IGNvbmZpZy5hbGxvd2VkSG9zdHMuaW5jbHVkZXMoaG9zdCkpIHJldHVybjtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgIGByZWZ1c2luZyB0byBydW4gXCIke2VudHJ5fVwiIGFnYWluc3QgJHtjb25maWcuYmFzZVVybH06ICR7aG9zdH0gaXMgbm90IGEgbG9vcGJhY2sgYWRkcmVzcy4gYCArXG4gICAgICBgSWYgeW91IG1lYW4gdG8gbG9hZC10ZXN0IGl0LCBhbGxvdyBpdCB3aXRoIFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFM9JHtob3N0fSAoY29tbWEtc2VwYXJhdGVkIGxpc3QpLmAsXG4gICk7XG59XG5cbi8qKlxuICogQSBzY2VuYXJpbydzIG93biBudW1lcmljIHNldHRpbmcgKGUuZy4gU1BJS0VfRkFDVE9SKSwgdmFsaWRhdGVkIGxpa2UgdGhlIHNoYXJlZCBvbmVzOiBhIGJhZFxuICogdmFsdWUgc3RvcHMgdGhlIHJ1biBhdCBpbml0IHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgdmFyaWFibGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnZOdW1iZXIoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IG51bWJlciwgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9KTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gVGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24sIHJlYWQgZnJvbSBrNidzIF9fRU5WIG9uY2UgYXQgaW5pdC4gQW4gaW52YWxpZCB2YWx1ZSB0aHJvd3MgaGVyZSwgc29cbi8vIGs2IHN0b3BzIGJlZm9yZSBzZXR1cCgpIGFuZCBiZWZvcmUgYW55IHJlcXVlc3QsIHdpdGggdGhlIHZhcmlhYmxlIG5hbWVkIGluIHRoZSBtZXNzYWdlLlxuaW1wb3J0IHsgYXNzZXJ0VGFyZ2V0QWxsb3dlZCwgcGFyc2VDb25maWcsIHR5cGUgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgY29uc3QgY29uZmlnOiBDb25maWcgPSBwYXJzZUNvbmZpZyhfX0VOVik7XG5cbi8qKiBUaGUgY29uZmlndXJhdGlvbiBmb3IgYSBsb2FkLWdlbmVyYXRpbmcgZW50cnk6IHJlZnVzZXMgYSBub24tbG9vcGJhY2sgdGFyZ2V0IHRoYXQgaXMgbm90IGFsbG93LWxpc3RlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBndWFyZGVkQ29uZmlnKGVudHJ5OiBzdHJpbmcpOiBDb25maWcge1xuICBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZywgZW50cnkpO1xuICByZXR1cm4gY29uZmlnO1xufVxuIiwgIi8vIFRoZSBrNiBzaWRlIG9mIHRoZSByZXNvdXJjZSBzaWRlY2FyOiBhIDEvcyBzY2VuYXJpbyBwb2xscyB0aGUgc2lkZWNhcidzIHNhbXBsZXMgaW50byBUcmVuZFxuLy8gbWV0cmljcywgYW5kIHRlYXJkb3duIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGgsIHNvIHRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBhcmUgb3JkaW5hcnlcbi8vIGs2IHRocmVzaG9sZHMgaW4gdGhlIHNhbWUgcnVuLiBQb2xscyBjYXJyeSBzY29wZTpzaWRlY2FyIGFuZCBlbWl0IG5vIGh0dHBfcmVxX2ZhaWxlZCBzYW1wbGVzXG4vLyAocmVzcG9uc2VDYWxsYmFjazogbnVsbCksIHNvIHRoZSBBUEkgZmlndXJlcyBhbmQgdGhyZXNob2xkcyBuZXZlciBzZWUgdGhlbS5cbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQ291bnRlciwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcbmltcG9ydCB7IHRvSzZUaHJlc2hvbGRzLCB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuXG4vKiogUGVyY2VudCBvZiB0aGUgQ1BVcyBhdmFpbGFibGUgdG8gdGhlIHNlcnZlciwgMC0xMDAuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1UGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9wZXJjZW50Jyk7XG4vKiogUGVyLWNvcmUgc3VtOiAxMDAgPSBvbmUgY29yZSBmdWxseSBidXN5LiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdUNvcmVzUGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9jb3Jlc19wZXJjZW50Jyk7XG4vKiogUFNTIHN1bSAocHJvY2VzcyB0cmVlKSwgd29ya2luZyBzZXQgKGNncm91cCkgb3IgUlNTIChQcm9tZXRoZXVzKSwgTUIuICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5TWIgPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfbWInKTtcbi8qKiBQb2xscyB0aGUgc2lkZWNhciBkaWQgbm90IGFuc3dlciwgcGx1cyByZWFkaW5ncyB0aGUgc2lkZWNhciBmYWlsZWQgdG8gdGFrZTogZWFjaCBhYm91dCBvbmUgaW50ZXJ2YWwgd2l0aG91dCBkYXRhLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlclNhbXBsZXNNaXNzaW5nID0gbmV3IENvdW50ZXIoJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnKTtcbi8qKiBNQiBwZXIgbWludXRlIGFmdGVyIHRoZSBzaWRlY2FyJ3Mgd2FybS11cCAobGVhc3Qtc3F1YXJlcyBzbG9wZSksIHJlY29yZGVkIG9uY2UgaW4gdGVhcmRvd24uICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5R3Jvd3RoID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJyk7XG5cbmludGVyZmFjZSBTYW1wbGUge1xuICBzZXE6IG51bWJlcjtcbiAgY3B1X3BlcmNlbnQ6IG51bWJlcjtcbiAgY3B1X2NvcmVzX3BlcmNlbnQ6IG51bWJlcjtcbiAgbWVtb3J5X21iOiBudW1iZXI7XG59XG5cbmNvbnN0IFBPTEwgPSB7IHRhZ3M6IHsgc2NvcGU6ICdzaWRlY2FyJywgbmFtZTogJ3NpZGVjYXInIH0sIHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwsIHRpbWVvdXQ6ICcycycgfSBhcyBjb25zdDtcbi8vIFBlciBWVSAodGhlIHNjZW5hcmlvIGhhcyBvbmUpOiB0aGUgbGFzdCBzZXEgcmVjZWl2ZWQgYW5kIHRoZSBzaWRlY2FyJ3MgZmFpbGVkLXJlYWRpbmcgY291bnQgc2Vlbi5cbmxldCBjdXJzb3IgPSAwO1xubGV0IGVycm9yc1NlZW46IG51bWJlciB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW86IG9uZSBwb2xsIGEgc2Vjb25kIGZvciB0aGUgd2hvbGUgcnVuLCBvbiBvbmUgVlUuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzU2NlbmFyaW8oZHVyYXRpb25TOiBudW1iZXIsIHN0YXJ0VGltZT86IHN0cmluZyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYzogJ3BvbGxSZXNvdXJjZXMnLFxuICAgIHJhdGU6IDEsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgZHVyYXRpb246IGAke01hdGgubWF4KDEsIE1hdGguY2VpbChkdXJhdGlvblMpKX1zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IDEsXG4gICAgbWF4VlVzOiAxLFxuICAgIC4uLihzdGFydFRpbWUgPyB7IHN0YXJ0VGltZSB9IDoge30pLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwYXJzZTxUPihib2R5OiB1bmtub3duKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJyA/IChKU09OLnBhcnNlKGJvZHkpIGFzIFQpIDogdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKlxuICogT25lIHBvbGw6IGV2ZXJ5IG5ldyBzYW1wbGUgYmVjb21lcyBhIG1ldHJpYyBzYW1wbGUuIEEgcG9sbCB0aGUgc2lkZWNhciBkb2VzIG5vdCBhbnN3ZXIgY291bnRzIG9uZVxuICogbWlzc2luZyBzYW1wbGUsIGFuZCBzbyBkb2VzIGVhY2ggcmVhZGluZyB0aGUgc2lkZWNhciByZXBvcnRzIGl0IGZhaWxlZCB0byB0YWtlIGR1cmluZyB0aGUgcnVuXG4gKiAodGFyZ2V0IGdvbmUsIGVuZHBvaW50IGRvd24pLiBBblxuICogYW5zd2VyIHdpdGggbm8gbmV3IHNhbXBsZSB5ZXQgaXMgbm90IGEgZ2FwOiBwb2xscyBhbmQgcmVhZGluZ3MgYXJlIG5vdCBpbiBzdGVwLiBOZXZlciB0aHJvd3MuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zYW1wbGVzP3NpbmNlPSR7Y3Vyc29yfWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBib2R5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBzYW1wbGVzOiBTYW1wbGVbXTsgZXJyb3JzPzogbnVtYmVyIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKCFib2R5IHx8ICFBcnJheS5pc0FycmF5KGJvZHkuc2FtcGxlcykpIHtcbiAgICBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoMSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICh0eXBlb2YgYm9keS5lcnJvcnMgPT09ICdudW1iZXInKSB7XG4gICAgLy8gVGhlIGZpcnN0IGFuc3dlciBpcyB0aGUgYmFzZWxpbmU6IGZhaWx1cmVzIGJlZm9yZSB0aGUgcnVuIGFyZSBub3QgdGhlIHJ1bidzIGdhcHMuXG4gICAgaWYgKGVycm9yc1NlZW4gIT09IHVuZGVmaW5lZCAmJiBib2R5LmVycm9ycyA+IGVycm9yc1NlZW4pIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZChib2R5LmVycm9ycyAtIGVycm9yc1NlZW4pO1xuICAgIGVycm9yc1NlZW4gPSBib2R5LmVycm9ycztcbiAgfVxuICBmb3IgKGNvbnN0IHNhbXBsZSBvZiBib2R5LnNhbXBsZXMpIHtcbiAgICBzZXJ2ZXJDcHVQZXJjZW50LmFkZChzYW1wbGUuY3B1X3BlcmNlbnQpO1xuICAgIHNlcnZlckNwdUNvcmVzUGVyY2VudC5hZGQoc2FtcGxlLmNwdV9jb3Jlc19wZXJjZW50KTtcbiAgICBzZXJ2ZXJNZW1vcnlNYi5hZGQoc2FtcGxlLm1lbW9yeV9tYik7XG4gICAgY3Vyc29yID0gTWF0aC5tYXgoY3Vyc29yLCBzYW1wbGUuc2VxKTtcbiAgfVxufVxuXG4vKiogVGVhcmRvd246IHRoZSBtZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAsIE1CIHBlciBtaW51dGUsIGFzIHRoZSBzaWRlY2FyIGNvbXB1dGVkIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlY29yZE1lbW9yeUdyb3d0aChzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc3VtbWFyeWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBzdW1tYXJ5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGwgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoc3VtbWFyeSAmJiB0eXBlb2Ygc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4gPT09ICdudW1iZXInKSBzZXJ2ZXJNZW1vcnlHcm93dGguYWRkKHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXNvdXJjZUxpbWl0cyB7XG4gIG1lbW9yeU1iOiBudW1iZXI7XG4gIGNwdVBlcmNlbnQ6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gbWVtb3J5IGdyb3d0aCAoc29hayksIE1CIHBlciBtaW51dGUgYWZ0ZXIgd2FybS11cC4gKi9cbiAgZ3Jvd3RoTWJQZXJNaW4/OiBudW1iZXI7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzYW1wbGVzIHdlbnQgbWlzc2luZyAodGhlIHNpZGVjYXIgc3RvcHBlZCBhbnN3ZXJpbmcpLiAqL1xuICBmYWlsT25NaXNzaW5nPzogYm9vbGVhbjtcbn1cblxuLyoqIFNlcnZlciBtZW1vcnkgcGVhaywgQ1BVIHA5NSwgYW5kIG9wdGlvbmFsbHkgZ3Jvd3RoIGFuZCBnYXBzLCBhcyBnYXRlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZUdhdGVzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBHYXRlW10ge1xuICBjb25zdCBnYXRlczogR2F0ZVtdID0gW1xuICAgIHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9tYicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5tZW1vcnlNYiB9XSB9LFxuICAgIHsgbWV0cmljOiAnc2VydmVyX2NwdV9wZXJjZW50JywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuY3B1UGVyY2VudCB9XSB9LFxuICBdO1xuICBpZiAobGltaXRzLmdyb3d0aE1iUGVyTWluICE9PSB1bmRlZmluZWQpIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmdyb3d0aE1iUGVyTWluIH1dIH0pO1xuICBpZiAobGltaXRzLmZhaWxPbk1pc3NpbmcpIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgcnVsZXM6IFt7IHN0YXQ6ICdjb3VudCcsIG9wOiAnPCcsIHZhbHVlOiAxIH1dIH0pO1xuICByZXR1cm4gZ2F0ZXM7XG59XG5cbi8qKiBUaGUgc2FtZSBnYXRlcyBhcyBhIGs2IHRocmVzaG9sZHMgb2JqZWN0OiB7IHNlcnZlcl9tZW1vcnlfbWI6IFsnbWF4PDEwMjQnXSwgc2VydmVyX2NwdV9wZXJjZW50OiBbJ3AoOTUpPDgwJ10sIC4uLiB9LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlVGhyZXNob2xkcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogSzZUaHJlc2hvbGRzIHtcbiAgcmV0dXJuIHRvSzZUaHJlc2hvbGRzKHJlc291cmNlR2F0ZXMobGltaXRzKSk7XG59XG4iLCAiLy8gQSB0eXBlZCBidWlsZGVyIGZvciBrNiB0aHJlc2hvbGQgZXhwcmVzc2lvbnMsIHNvIGEgdHlwbyBpbiBhbiBhZ2dyZWdhdGlvbiBvciBvcGVyYXRvciBpcyBhXG4vLyBjb21waWxlIGVycm9yIGhlcmUgaW5zdGVhZCBvZiBhIHRocmVzaG9sZCBrNiByZWplY3RzIChvciBzaWxlbnRseSBuZXZlciBldmFsdWF0ZXMpIGF0IHJ1biB0aW1lLlxuXG4vKiogQWdncmVnYXRpb25zIGs2IGFjY2VwdHMgcGVyIG1ldHJpYyB0eXBlLiAqL1xuZXhwb3J0IHR5cGUgVHJlbmRTdGF0ID0gJ2F2ZycgfCAnbWluJyB8ICdtYXgnIHwgJ21lZCcgfCBgcCgke251bWJlcn0pYDtcbmV4cG9ydCB0eXBlIFJhdGVTdGF0ID0gJ3JhdGUnO1xuZXhwb3J0IHR5cGUgQ291bnRlclN0YXQgPSAnY291bnQnIHwgJ3JhdGUnO1xuZXhwb3J0IHR5cGUgR2F1Z2VTdGF0ID0gJ3ZhbHVlJztcbmV4cG9ydCB0eXBlIFN0YXQgPSBUcmVuZFN0YXQgfCBSYXRlU3RhdCB8IENvdW50ZXJTdGF0IHwgR2F1Z2VTdGF0O1xuZXhwb3J0IHR5cGUgT3BlcmF0b3IgPSAnPCcgfCAnPD0nIHwgJz4nIHwgJz49JyB8ICc9PScgfCAnPT09JyB8ICchPSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZSB7XG4gIHN0YXQ6IFN0YXQ7XG4gIG9wOiBPcGVyYXRvcjtcbiAgdmFsdWU6IG51bWJlcjtcbiAgLyoqIFN0b3AgdGhlIHdob2xlIHJ1biBhcyBzb29uIGFzIHRoaXMgcnVsZSBmYWlscyAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCkuICovXG4gIGFib3J0T25GYWlsPzogYm9vbGVhbjtcbiAgLyoqIGs2IGR1cmF0aW9uLCBlLmcuICcxMHMnOiBob3cgbG9uZyB0byBjb2xsZWN0IGRhdGEgYmVmb3JlIGFuIGFib3J0IG1heSB0cmlnZ2VyLiAqL1xuICBkZWxheUFib3J0RXZhbD86IHN0cmluZztcbn1cblxuLyoqIE9uZSBtZXRyaWMgKG9wdGlvbmFsbHkgbmFycm93ZWQgdG8gYSB0YWdnZWQgc3ViLW1ldHJpYykgYW5kIHRoZSBydWxlcyBpdCBtdXN0IG1lZXQuICovXG5leHBvcnQgaW50ZXJmYWNlIEdhdGUge1xuICBtZXRyaWM6IHN0cmluZztcbiAgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIHJ1bGVzOiBSdWxlW107XG59XG5cbi8qKiBXaGF0IGs2IGFjY2VwdHMgYXMgb25lIGVudHJ5IG9mIGEgbWV0cmljJ3MgdGhyZXNob2xkIGxpc3QuICovXG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZCA9IHN0cmluZyB8IHsgdGhyZXNob2xkOiBzdHJpbmc7IGFib3J0T25GYWlsPzogYm9vbGVhbjsgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmcgfTtcbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkcyA9IFJlY29yZDxzdHJpbmcsIEs2VGhyZXNob2xkW10+O1xuXG5jb25zdCBNRVRSSUNfTkFNRSA9IC9eW0EtWmEtel9dW0EtWmEtejAtOV9dKiQvO1xuY29uc3QgVEFHX1BBUlQgPSAvXltBLVphLXowLTlfLlxcLS9dKyQvO1xuY29uc3QgUEVSQ0VOVElMRSA9IC9ecFxcKChcXGQrKFxcLlxcZCspPylcXCkkLztcblxuLyoqIGBodHRwX3JlcV9kdXJhdGlvbntlbmRwb2ludDpoZWFsdGh9YDogdGhlIGtleSBrNiB1c2VzIGZvciBhIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY0tleShtZXRyaWM6IHN0cmluZywgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcge1xuICBpZiAoIU1FVFJJQ19OQU1FLnRlc3QobWV0cmljKSkgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIG1ldHJpYyBuYW1lIFwiJHttZXRyaWN9XCI6IHVzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIF9gKTtcbiAgY29uc3QgZW50cmllcyA9IE9iamVjdC5lbnRyaWVzKHRhZ3MgPz8ge30pO1xuICBpZiAoZW50cmllcy5sZW5ndGggPT09IDApIHJldHVybiBtZXRyaWM7XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIGVudHJpZXMpIHtcbiAgICBpZiAoIVRBR19QQVJULnRlc3Qoa2V5KSB8fCAhVEFHX1BBUlQudGVzdCh2YWx1ZSkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCB0YWcgJHtrZXl9OiR7dmFsdWV9IG9uICR7bWV0cmljfTogdGFncyBpbiB0aHJlc2hvbGRzIG1heSBob2xkIGxldHRlcnMsIGRpZ2l0cyBhbmQgXyAuIC0gL2ApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gYCR7bWV0cmljfXske2VudHJpZXMubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX06JHt2YWx1ZX1gKS5qb2luKCcsJyl9fWA7XG59XG5cbi8qKiBgcCg5NSk8MjAwYDogb25lIHJ1bGUgYXMgazYncyBleHByZXNzaW9uIHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwcmVzc2lvbihydWxlOiBQaWNrPFJ1bGUsICdzdGF0JyB8ICdvcCcgfCAndmFsdWUnPik6IHN0cmluZyB7XG4gIGNvbnN0IHBlcmNlbnRpbGUgPSBQRVJDRU5USUxFLmV4ZWMocnVsZS5zdGF0KTtcbiAgaWYgKHJ1bGUuc3RhdC5zdGFydHNXaXRoKCdwKCcpICYmICghcGVyY2VudGlsZSB8fCBOdW1iZXIocGVyY2VudGlsZVsxXSkgPiAxMDApKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHBlcmNlbnRpbGUgXCIke3J1bGUuc3RhdH1cIjogdXNlIHAoTikgd2l0aCAwIDw9IE4gPD0gMTAwYCk7XG4gIH1cbiAgaWYgKCFOdW1iZXIuaXNGaW5pdGUocnVsZS52YWx1ZSkpIHRocm93IG5ldyBFcnJvcihgdGhyZXNob2xkICR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9OiB0aGUgbGltaXQgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXJgKTtcbiAgcmV0dXJuIGAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfWA7XG59XG5cbmZ1bmN0aW9uIHRvSzYocnVsZTogUnVsZSk6IEs2VGhyZXNob2xkIHtcbiAgY29uc3QgdGV4dCA9IGV4cHJlc3Npb24ocnVsZSk7XG4gIGlmICghcnVsZS5hYm9ydE9uRmFpbCkgcmV0dXJuIHRleHQ7XG4gIHJldHVybiB7IHRocmVzaG9sZDogdGV4dCwgYWJvcnRPbkZhaWw6IHRydWUsIC4uLihydWxlLmRlbGF5QWJvcnRFdmFsID8geyBkZWxheUFib3J0RXZhbDogcnVsZS5kZWxheUFib3J0RXZhbCB9IDoge30pIH07XG59XG5cbi8qKiBUdXJucyBnYXRlcyBpbnRvIGs2J3MgYG9wdGlvbnMudGhyZXNob2xkc2A7IGdhdGVzIG9uIHRoZSBzYW1lIGtleSBhcmUgbWVyZ2VkIGluIG9yZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvSzZUaHJlc2hvbGRzKGdhdGVzOiBHYXRlW10pOiBLNlRocmVzaG9sZHMge1xuICBjb25zdCBvdXQ6IEs2VGhyZXNob2xkcyA9IHt9O1xuICBmb3IgKGNvbnN0IGdhdGUgb2YgZ2F0ZXMpIHtcbiAgICBjb25zdCBrZXkgPSBtZXRyaWNLZXkoZ2F0ZS5tZXRyaWMsIGdhdGUudGFncyk7XG4gICAgb3V0W2tleV0gPSBbLi4uKG91dFtrZXldID8/IFtdKSwgLi4uZ2F0ZS5ydWxlcy5tYXAodG9LNildO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLy8gTG9hZCBzaGFwZXMsIGluIG9uZSBwbGFjZSwgcGFyYW1ldGVyaXNlZCBieSB0aGUgcnVuJ3MgY29uZmlndXJhdGlvbi4gQSBzY2VuYXJpbyBmaWxlIHJlYWRzIGFzOlxuLy8gc2hhcGUgKyB3b3JrZmxvd3MgKyB0aHJlc2hvbGRzLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXMubWFwKChfLCBpKSA9PiBpKS5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzOiAwLFxuICAgIHN0YWdlczogW1xuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBVcFN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBEb3duU31zYCwgdGFyZ2V0OiAwIH0sXG4gICAgXSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMzBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogazYgd2FudHMgYSB3aG9sZSByYXRlOiBhIGZyYWN0aW9uYWwgcGVyLXNlY29uZCByYXRlIGlzIGV4cHJlc3NlZCBwZXIgbWludXRlIGluc3RlYWQuICovXG5leHBvcnQgZnVuY3Rpb24gd2hvbGVSYXRlKHBlclNlY29uZDogbnVtYmVyKTogeyByYXRlOiBudW1iZXI7IHRpbWVVbml0OiBzdHJpbmcgfSB7XG4gIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHBlclNlY29uZCkgPyB7IHJhdGU6IHBlclNlY29uZCwgdGltZVVuaXQ6ICcxcycgfSA6IHsgcmF0ZTogTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChwZXJTZWNvbmQgKiA2MCkpLCB0aW1lVW5pdDogJzFtJyB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoZXhlYzogc3RyaW5nLCBwZXJTZWNvbmQ6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyLCBzdGFydFRpbWUgPSAnMHMnKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIC4uLndob2xlUmF0ZShwZXJTZWNvbmQpLFxuICAgIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDEsIE1hdGguY2VpbChwZXJTZWNvbmQpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YXJ0VGltZSxcbiAgfTtcbn1cblxuLyoqIFdhbGwgdGltZSBvZiBhIHJhbXBpbmctdXNlcnMgcnVuLCBzZWNvbmRzLCBmb3Igc2NlbmFyaW9zIHRoYXQgbXVzdCBydW4gYWxvbmdzaWRlIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBudW1iZXIge1xuICByZXR1cm4gY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TICsgY29uZmlnLnJhbXBEb3duUztcbn1cblxuZXhwb3J0IGNvbnN0IFNVTU1BUllfVFJFTkRfU1RBVFMgPSBbJ2F2ZycsICdtaW4nLCAnbWVkJywgJ21heCcsICdwKDkwKScsICdwKDk1KScsICdwKDk5KScsICdjb3VudCddO1xuXG4vKiogVlVzIGZvbGxvd2luZyBleHBsaWNpdCBzdGFnZXMgKHNwaWtlIHNoYXBlcyBhbmQgdGhlIGxpa2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlZFVzZXJzKGV4ZWM6IHN0cmluZywgc3RhZ2VzOiB7IGR1cmF0aW9uUzogbnVtYmVyOyB0YXJnZXQ6IG51bWJlciB9W10sIHN0YXJ0VlVzID0gMCk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzLFxuICAgIHN0YWdlczogc3RhZ2VzLm1hcCgocykgPT4gKHsgZHVyYXRpb246IGAke3MuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHMudGFyZ2V0IH0pKSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMTBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogRXZlcnkgVlUgc3RhcnRzIG9uZSBpdGVyYXRpb24gYXQgdGhlIHNhbWUgaW5zdGFudCAodGhleSBhcmUgYWxsIGluaXRpYWxpc2VkIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxBdE9uY2UoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnM6IDEsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cblxuLyoqIEEgZml4ZWQgbnVtYmVyIG9mIFZVcyBmb3IgYSBmaXhlZCB0aW1lIChjbG9zZWQgbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50VXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYywgdnVzLCBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH07XG59XG5cbi8qKiBBcnJpdmFsIHJhdGUgcmlzaW5nIGxpbmVhcmx5IGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIHBlciBzZWNvbmQgb3ZlciBgZHVyYXRpb25TYCAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmlzaW5nUmF0ZShleGVjOiBzdHJpbmcsIHN0YXJ0UmF0ZTogbnVtYmVyLCBtYXhSYXRlOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBtYXhWVXM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0UmF0ZSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMiwgTWF0aC5jZWlsKHN0YXJ0UmF0ZSkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhZ2VzOiBbeyBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCB0YXJnZXQ6IG1heFJhdGUgfV0sXG4gIH07XG59XG5cbi8qKiBgdnVzYCB1c2VycyBlYWNoIHJ1biBgaXRlcmF0aW9uc2AgaXRlcmF0aW9ucywgYWxsIHN0YXJ0aW5nIHRvZ2V0aGVyLCBib3VuZGVkIGJ5IGBtYXhEdXJhdGlvblNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGl0ZXJhdGlvbnNQZXJVc2VyKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGl0ZXJhdGlvbnM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnMsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cbiIsICIvLyBUaGUgcnVuJ3MgYWNjb3VudHMsIHBlciBjbGFzczogZnJvbSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFIChwYXJzZWQgb25jZSBmb3IgdGhlIHdob2xlIHRlc3QgaW50b1xuLy8gazYgU2hhcmVkQXJyYXlzLCBzbyBldmVyeSBWVSByZWFkcyBvbmUgY29weSBpbnN0ZWFkIG9mIGhvbGRpbmcgaXRzIG93biksIGZyb20gdGhlIGRlbW9cbi8vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sIChuYW1lcyBjb21wdXRlZCwgbm90aGluZyBoZWxkKSwgb3IgZWxzZSB0aGUgY2xhc3MncyBzaW5nbGUgYWNjb3VudFxuLy8gKFJFR1VMQVJfVVNFUl9FTUFJTCAuLi46IGV2ZXJ5IFZVIG9mIGEgY2xhc3Mgc2hhcmVzIGl0KS4gVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuXG5pbXBvcnQgeyBTaGFyZWRBcnJheSB9IGZyb20gJ2s2L2RhdGEnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2Vudi50cyc7XG5pbXBvcnQgeyBwYXJzZVVzZXJzQ3N2LCBwb29sRW1haWwsIFJPTEVTLCB0b29TbWFsbEZvckRpc3RpbmN0LCB0eXBlIEFjY291bnQsIHR5cGUgUG9vbFNpemVzLCB0eXBlIFJvbGUgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUG9vbCB7XG4gIC8qKiBXaGVyZSB0aGUgYWNjb3VudHMgY29tZSBmcm9tLCBmb3IgbWVzc2FnZXMuICovXG4gIHNvdXJjZTogc3RyaW5nO1xuICBzaXplczogUG9vbFNpemVzO1xuICAvKiogVGhlIGktdGggYWNjb3VudCAoZnJvbSAwKSBvZiBhIGNsYXNzOyBgcGFzc3dvcmRgIGlzIHRoZSBmaWxlJ3MsIG9yIHRoZSBjbGFzcyBwYXNzd29yZCBnaXZlbi4gKi9cbiAgYWNjb3VudChyb2xlOiBSb2xlLCBpbmRleDogbnVtYmVyLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50O1xufVxuXG5mdW5jdGlvbiByZWFkRmlsZShwYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIHJldHVybiBvcGVuKHBhdGgpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBFcnJvcihgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9IGNhbm5vdCBiZSByZWFkICgke1N0cmluZyhlcnJvcil9KTogZ2l2ZSBhbiBhYnNvbHV0ZSBwYXRoIHRvIGEgQ1NWIHdpdGggdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZmlsZVBvb2wocGF0aDogc3RyaW5nKTogUG9vbCB7XG4gIC8vIFRoZSBjYWxsYmFjayBydW5zIG9uY2UgcGVyIHRlc3QgKGs2IGtlZXBzIHRoZSByZXN1bHQgZm9yIGV2ZXJ5IFZVKTsgZWFjaCBjbGFzcyBpdHMgb3duIGFycmF5LlxuICBjb25zdCBhcnJheXMgPSB7fSBhcyBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSBhcnJheXNbcm9sZV0gPSBuZXcgU2hhcmVkQXJyYXkoYHVzZXJzOiR7cm9sZX1gLCAoKSA9PiBwYXJzZVVzZXJzQ3N2KHJlYWRGaWxlKHBhdGgpLCBwYXRoKVtyb2xlXSkgYXMgdW5rbm93biBhcyBBY2NvdW50W107XG4gIHJldHVybiB7XG4gICAgc291cmNlOiBgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9YCxcbiAgICBzaXplczogeyByZWd1bGFyOiBhcnJheXMucmVndWxhci5sZW5ndGgsIHBvd2VyOiBhcnJheXMucG93ZXIubGVuZ3RoLCBhZG1pbjogYXJyYXlzLmFkbWluLmxlbmd0aCB9LFxuICAgIGFjY291bnQ6IChyb2xlLCBpbmRleCkgPT4gYXJyYXlzW3JvbGVdW2luZGV4XSBhcyBBY2NvdW50LFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFrZVBvb2woY29uZmlnOiBDb25maWcpOiBQb29sIHtcbiAgaWYgKGNvbmZpZy51c2Vyc0ZpbGUpIHJldHVybiBmaWxlUG9vbChjb25maWcudXNlcnNGaWxlKTtcbiAgY29uc3QgdXNlcnMgPSBjb25maWcudXNlcnM7XG4gIGlmIChjb25maWcuZGVtb1VzZXJzKSB7XG4gICAgcmV0dXJuIHsgc291cmNlOiAnREVNT19VU0VSUycsIHNpemVzOiBjb25maWcuZGVtb1VzZXJzLCBhY2NvdW50OiAocm9sZSwgaW5kZXgsIHBhc3N3b3JkKSA9PiAoeyBlbWFpbDogcG9vbEVtYWlsKHJvbGUsIGluZGV4ICsgMSksIHBhc3N3b3JkIH0pIH07XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6ICdSRUdVTEFSX1VTRVJfRU1BSUwgLyBQT1dFUl9VU0VSX0VNQUlMIC8gQURNSU5fVVNFUl9FTUFJTCAob25lIHNoYXJlZCBhY2NvdW50IHBlciBjbGFzcyknLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IDEsIHBvd2VyOiAxLCBhZG1pbjogMSB9LFxuICAgIGFjY291bnQ6IChyb2xlLCBfaW5kZXgsIHBhc3N3b3JkKSA9PiAoeyBlbWFpbDogdXNlcnNbcm9sZV0uZW1haWwsIHBhc3N3b3JkIH0pLFxuICB9O1xufVxuXG4vKiogVGhpcyBWVSdzIGFjY291bnQgb2YgYSBjbGFzczogVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuICovXG5leHBvcnQgZnVuY3Rpb24gYWNjb3VudE9mVnUocG9vbDogUG9vbCwgcm9sZTogUm9sZSwgY2xhc3NQYXNzd29yZDogc3RyaW5nKTogQWNjb3VudCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNpemUgPSBwb29sLnNpemVzW3JvbGVdO1xuICByZXR1cm4gc2l6ZSA9PT0gMCA/IHVuZGVmaW5lZCA6IHBvb2wuYWNjb3VudChyb2xlLCAoZXhlYy52dS5pZEluVGVzdCAtIDEpICUgc2l6ZSwgY2xhc3NQYXNzd29yZCk7XG59XG5cbi8qKiBQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlOiByZWZ1c2VzLCBhdCBpbml0LCBhIHBvb2wgd2l0aCBmZXdlciBhY2NvdW50cyBvZiBhIHVzZWQgY2xhc3MgdGhhbiBWVSBpZHMuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0RGlzdGluY3QocG9vbDogUG9vbCwgcm9sZXM6IHJlYWRvbmx5IFJvbGVbXSwgdnVJZHM6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCBuZWVkZWQ6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiByb2xlcykgbmVlZGVkW3JvbGVdID0gdnVJZHM7XG4gIGNvbnN0IHByb2JsZW0gPSB0b29TbWFsbEZvckRpc3RpbmN0KHBvb2wuc2l6ZXMsIG5lZWRlZCwgcG9vbC5zb3VyY2UpO1xuICBpZiAocHJvYmxlbSkgdGhyb3cgbmV3IEVycm9yKHByb2JsZW0pO1xufVxuXG4vKiogVGhlIHJ1bidzIHBvb2wsIG1hZGUgb25jZSBwZXIgVlUgYXQgaW5pdCAoYSBiYWQgZmlsZSBzdG9wcyB0aGUgcnVuIGhlcmUsIGJlZm9yZSBzZXR1cCkuICovXG5leHBvcnQgY29uc3QgcG9vbDogUG9vbCA9IG1ha2VQb29sKHJ1bkNvbmZpZyk7XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGNoZWNrc1xuLy8gb25lIGFjY291bnQgb2YgZWFjaCBjbGFzcyAoYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UpLCByZW1vdmVzIHdoYXQga2lsbGVkIHJ1bnNcbi8vIGxlZnQgYmVoaW5kLCBtYWtlcyBzdXJlIHRoZSBrZXB0IGRhdGFzZXQgaXMgdGhlcmUsIGFuZCAoZm9yIGFwaS9icmVha3BvaW50KSBzZWVkcyBydW4tdGFnZ2VkXG4vLyBjb3Vyc2VzLiBUZWFyZG93biByZW1vdmVzIGV2ZXJ5dGhpbmcgdGhpcyBydW4gY3JlYXRlZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgZW5zdXJlRGF0YXNldCwgcXVpZXRMb2dpbiwgcmVtb3ZlQ291cnNlcywgdHlwZSBPd25lciB9IGZyb20gJy4vZGF0YXNldC50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyLCBuZXdSdW5JZCwgUlVOX1RJVExFX0ZJTFRFUiB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBwb29sIH0gZnJvbSAnLi9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB2dUlkQm91bmQgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuRGF0YSB7XG4gIC8qKiBVbmlxdWUgcGVyIHJ1biwgcGFydCBvZiBldmVyeSB0aXRsZSB0aGlzIHJ1biBjcmVhdGVzLCBzbyBydW5zIGFuZCBWVXMgbmV2ZXIgY29sbGlkZS4gKi9cbiAgcnVuSWQ6IHN0cmluZztcbiAgLyoqIE9uZSBsb2dnZWQtaW4gYWNjb3VudCBwZXIgY2xhc3MgKHRoZSBwb29sJ3MgZmlyc3QpOiBzZXR1cCdzIGNoZWNrcywgc2hhcmVkLXRva2VuIGVudHJpZXMsIGNsZWFudXAuICovXG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBSdW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIG93bmVkIGJ5IHRva2Vucy5yZWd1bGFyJ3MgYWNjb3VudCwgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkZWRDb3Vyc2VJZHM6IElkW107XG4gIC8qKiBDbGFzcyBwYXNzd29yZHMgdGhhdCBjYW1lIGZyb20gazYgc2VjcmV0IHNvdXJjZXMgKFZVcyBjYW5ub3QgcmVhZCBzZWNyZXRzIHN5bmNocm9ub3VzbHkpLiAqL1xuICBjbGFzc1Bhc3N3b3Jkcz86IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+O1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXRbcm9sZV0gPz8gY29uZmlnLnVzZXJzW3JvbGVdLnBhc3N3b3JkO1xufVxuXG4vKiogTG9ncyBpbiBhcyB0aGUgY2xhc3MncyBmaXJzdCBhY2NvdW50OiB0aGUgY2hlY2sgdGhhdCBhIHdyb25nIHBhc3N3b3JkIHN0b3BzIHRoZSBydW4gYXQgb25jZS4gKi9cbmZ1bmN0aW9uIGxvZ2luKGNsaWVudDogQXBpQ2xpZW50LCBjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGlmIChwb29sLnNpemVzW3JvbGVdID09PSAwKSBhYm9ydChgJHtwb29sLnNvdXJjZX0gaGFzIG5vICR7cm9sZX0gYWNjb3VudCwgYW5kIHRoaXMgZW50cnkgbmVlZHMgb25lLmApO1xuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KHJvbGUsIDAsIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKTtcbiAgY29uc3QgcmVzdWx0ID0gY2xpZW50LmxvZ2luKGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LmJvZHkpIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGNvbnN0IHdoZXJlID0gY29uZmlnLnVzZXJzRmlsZSA/IGBpdHMgbGluZSBpbiAke2NvbmZpZy51c2Vyc0ZpbGV9YCA6IGNvbmZpZy5kZW1vVXNlcnMgPyBgJHtlbnZQcmVmaXh9X1BBU1NXT1JEICh0aGUgREVNT19VU0VSUyBwb29sJ3MgJHtyb2xlfSBwYXNzd29yZClgIDogYCR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JEYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7d2hlcmV9LmApO1xuICB9XG4gIHJldHVybiByZXN1bHQuYm9keS5hY2Nlc3NfdG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtc2VlZCAke3J1bklkfSAke259YCwgdG9waWM6ICdsb2FkIHRlc3RpbmcnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7Y3JlYXRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb25zdCBzdGFydGVkID0gY2xpZW50LmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgaWYgKCFzdGFydGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgZ2VuZXJhdGluZyBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtzdGFydGVkLnN0YXR1c30pLmApO1xuICAgIGNvdXJzZUlkcy5wdXNoKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgam9icy5wdXNoKHN0YXJ0ZWQuYm9keS5qb2JfaWQpO1xuICB9XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICBmb3IgKGNvbnN0IGpvYklkIG9mIGpvYnMpIHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBqb2IgPSBjbGllbnQuZ2V0Sm9iKGpvYklkKS5ib2R5O1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJykgYnJlYWs7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdmYWlsZWQnKSBhYm9ydChgYSBzZWVkIGNvdXJzZSdzIGdlbmVyYXRpb24gZmFpbGVkOiAke2pvYi5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ30uYCk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSBhYm9ydChgc2VlZCBjb3Vyc2VzIHdlcmUgbm90IGdlbmVyYXRlZCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zLmApO1xuICAgICAgc2xlZXAoMC41KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNvdXJzZUlkcztcbn1cblxuLyoqXG4gKiBDbGFzcyBwYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzIChgazYgcnVuIC0tc2VjcmV0LXNvdXJjZT1maWxlPXNlY3JldHMudHh0YCwga2V5cyBuYW1lZFxuICogbGlrZSB0aGUgZW52IHZhcmlhYmxlczogUkVHVUxBUl9VU0VSX1BBU1NXT1JELCAuLi4pIHRha2UgcHJlY2VkZW5jZSBvdmVyIHRoZSBlbnZpcm9ubWVudDsgazZcbiAqIHJlZGFjdHMgdGhlbSBmcm9tIGl0cyBsb2dzLiBUaGV5IGFwcGx5IHRvIHRoZSBzaW5nbGUgYWNjb3VudHMgYW5kIHRvIHRoZSBERU1PX1VTRVJTIHBvb2w7IGFcbiAqIHVzZXJzIGZpbGUgY2FycmllcyBpdHMgb3duIHBhc3N3b3Jkcy5cbiAqL1xuYXN5bmMgZnVuY3Rpb24gc2VjcmV0UGFzc3dvcmRzKCk6IFByb21pc2U8UGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4+IHtcbiAgY29uc3QgZm91bmQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+ID0ge307XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSBmb3VuZFtyb2xlXSA9IHBhc3N3b3JkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm8gc2VjcmV0IHNvdXJjZSBjb25maWd1cmVkLCBvciBubyBzdWNoIGtleToga2VlcCB0aGUgZW52aXJvbm1lbnQncyBwYXNzd29yZFxuICAgIH1cbiAgfVxuICByZXR1cm4gZm91bmQ7XG59XG5cbi8qKiBUaGUgYWNjb3VudHMgVlVzIG9mIHRoZSBjbGFzc2VzIHRoYXQgcmVhZCB0aGUgZGF0YXNldCBjYW4gdXNlOiB0aGUgZmlyc3QgbWluKHNpemUsIFZVIGlkcykgb2YgZWFjaC4gKi9cbmZ1bmN0aW9uIGRhdGFzZXRPd25lcnMoY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4pOiBPd25lcltdIHtcbiAgY29uc3QgdnVJZHMgPSB2dUlkQm91bmQoKGV4ZWMudGVzdC5vcHRpb25zLnNjZW5hcmlvcyA/PyB7fSkgYXMgdW5rbm93biBhcyBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pO1xuICBjb25zdCBvd25lcnM6IE93bmVyW10gPSBbXTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFsncmVndWxhcicsICdwb3dlciddIGFzIGNvbnN0KSB7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBNYXRoLm1pbihwb29sLnNpemVzW3JvbGVdLCB2dUlkcyk7IGkrKykgb3duZXJzLnB1c2goeyByb2xlLCAuLi5wb29sLmFjY291bnQocm9sZSwgaSwgY2xhc3NQYXNzd29yZChjb25maWcsIHNlY3JldCwgcm9sZSkpIH0pO1xuICB9XG4gIHJldHVybiBvd25lcnM7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJlcGFyZU9wdGlvbnMge1xuICAvKiogU2VlZCBydW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZD86IGJvb2xlYW47XG4gIC8qKiBNYWtlIHN1cmUgdGhlIGtlcHQgcGVyLXVzZXIgZGF0YXNldCBpcyB0aGVyZSAoZW50cmllcyB3aG9zZSB1c2VycyByZWFkIHRoZWlyIG93biBjb3Vyc2VzKS4gKi9cbiAgZGF0YXNldD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlUnVuKGNvbmZpZzogQ29uZmlnLCBvcHRpb25zOiBQcmVwYXJlT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHByb2JlKGNvbmZpZy5iYXNlVXJsKTtcbiAgY29uc3Qgc2VjcmV0ID0gYXdhaXQgc2VjcmV0UGFzc3dvcmRzKCk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VucyA9IHt9IGFzIFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHRva2Vuc1tyb2xlXSA9IGxvZ2luKGFub255bW91cywgY29uZmlnLCBzZWNyZXQsIHJvbGUpO1xuICBjb25zdCBydW5JZCA9IG5ld1J1bklkKCk7XG4gIGNvbnN0IHN3ZXB0ID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2Vucy5hZG1pbiwgUlVOX1RJVExFX0ZJTFRFUiwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBydW5JZCwgZmFsc2UpKTtcbiAgaWYgKHN3ZXB0ID4gMCkgY29uc29sZS5sb2coYHNldHVwOiByZW1vdmVkICR7c3dlcHR9IGNvdXJzZShzKSBsZWZ0IGJlaGluZCBieSBlYXJsaWVyIHJ1bnNgKTtcbiAgaWYgKG9wdGlvbnMuZGF0YXNldCkge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByID0gZW5zdXJlRGF0YXNldChjb25maWcsIGRhdGFzZXRPd25lcnMoY29uZmlnLCBzZWNyZXQpKTtcbiAgICAgIGNvbnNvbGUubG9nKGBzZXR1cDogZGF0YXNldCBvZiAke2NvbmZpZy5kYXRhc2V0LmNvdXJzZXN9IGNvdXJzZShzKSBwZXIgYWNjb3VudCBmb3IgJHtyLmFjY291bnRzfSBhY2NvdW50KHMpOiAke3IucmV1c2VkfSByZXVzZWQsICR7ci5jcmVhdGVkfSBjb3Vyc2UocykgY3JlYXRlZCAoJHtyLmdlbmVyYXRlZH0gZ2VuZXJhdGVkKSwgJHtyLnJlbW92ZWR9IHJlbW92ZWQsIGluICR7KChEYXRlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwKS50b0ZpeGVkKDEpfSBzYCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGFib3J0KGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcywgY2xhc3NQYXNzd29yZHM6IHNlY3JldCB9O1xufVxuXG4vKiogVGVhcmRvd246IHJlbW92ZXMgZXZlcnkgY291cnNlIHRoaXMgcnVuIGNyZWF0ZWQgKFZVcyBkZWxldGUgdGhlaXIgb3duIGFzIHRoZXkgZ287IHRoaXMgY2F0Y2hlcyB0aGUgcmVzdCkuICovXG5leHBvcnQgZnVuY3Rpb24gY2xlYW5VcFJ1bihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBpZiAoIWRhdGE/LnJ1bklkIHx8IHBvb2wuc2l6ZXMuYWRtaW4gPT09IDApIHJldHVybjtcbiAgLy8gQSBmcmVzaCBsb2dpbjogc2V0dXAncyB0b2tlbiBtYXkgaGF2ZSBleHBpcmVkIGR1cmluZyBhIGxvbmcgcnVuLlxuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KCdhZG1pbicsIDAsIGRhdGEuY2xhc3NQYXNzd29yZHM/LmFkbWluID8/IGNvbmZpZy51c2Vycy5hZG1pbi5wYXNzd29yZCk7XG4gIGNvbnN0IHRva2VuID0gcXVpZXRMb2dpbihjb25maWcsIGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghdG9rZW4pIHtcbiAgICBjb25zb2xlLmVycm9yKGB0ZWFyZG93bjogY291bGQgbm90IGxvZyBpbiBhcyAke2VtYWlsfSB0byByZW1vdmUgdGhpcyBydW4ncyBjb3Vyc2VzICh0aXRsZXMgY29udGFpbmluZyAke2RhdGEucnVuSWR9KTsgdGhlIG5leHQgcnVuIHJlbW92ZXMgdGhlbWApO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCByZW1vdmVkID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2VuLCBkYXRhLnJ1bklkLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIGRhdGEucnVuSWQsIHRydWUpKTtcbiAgaWYgKHJlbW92ZWQgPiAwKSBjb25zb2xlLmxvZyhgdGVhcmRvd246IHJlbW92ZWQgJHtyZW1vdmVkfSBjb3Vyc2UocykgdGhpcyBydW4gY3JlYXRlZGApO1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHBhdGhzLCByZXF1ZXN0VGFncywgdHlwZSBJZCB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHsgaXRlbXM6IENvdXJzZVtdOyB0b3RhbDogbnVtYmVyOyBsaW1pdDogbnVtYmVyOyBvZmZzZXQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7IHRpdGxlOiBzdHJpbmc7IHRvcGljOiBzdHJpbmc7IGxldmVsOiBMZXZlbDsgY2hhcHRlcl9jb3VudDogbnVtYmVyOyBsYW5ndWFnZT86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyBzdGF0dXM6IHN0cmluZzsgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDsgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgd29yZF9jb3VudDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4geyBhY2Nlc3NfdG9rZW46IHN0cmluZzsgdG9rZW5fdHlwZTogc3RyaW5nOyByb2xlOiBSb2xlOyBleHBpcmVzX2luOiBudW1iZXIgfVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuIGV4Y2VwdGlvbikuICovXG5mdW5jdGlvbiBpc0pzb24ocmVzOiBSZXNwb25zZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gU3RyaW5nKHJlcy5oZWFkZXJzWydDb250ZW50LVR5cGUnXSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKSAmJiB0eXBlb2YgcmVzLmJvZHkgPT09ICdzdHJpbmcnICYmIHJlcy5ib2R5ICE9PSAnJztcbn1cblxuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5mdW5jdGlvbiBmaWVsZHNPZihyZXM6IFJlc3BvbnNlKTogRmllbGQge1xuICByZXR1cm4gKHBhdGgpID0+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHJlcy5qc29uKHBhdGgpID8/IHVuZGVmaW5lZDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9O1xufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24ocmVzOiBSZXNwb25zZSk6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrcyA9IG5ldyBNYXA8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PigpO1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIGxldCBjYWxsYmFjayA9IHN0YXR1c0NhbGxiYWNrcy5nZXQoc3RhdHVzKTtcbiAgaWYgKCFjYWxsYmFjaykge1xuICAgIGNhbGxiYWNrID0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cyk7XG4gICAgc3RhdHVzQ2FsbGJhY2tzLnNldChzdGF0dXMsIGNhbGxiYWNrKTtcbiAgfVxuICByZXR1cm4gY2FsbGJhY2s7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0cyA9IG5ldyBNYXA8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4oKTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0cy5nZXQoZW5kcG9pbnQpO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0cy5zZXQoZW5kcG9pbnQsIHNldCk7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIC8qKiBTZXQgd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxOiB0aGUgc2Vzc2lvbiBsYXllciBsb2dzIGluIGFnYWluIGJlZm9yZSB0aGUgbmV4dCBzdGVwLiAqL1xuICB1bmF1dGhvcml6ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB0aW1lb3V0OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0IHBhcmFtcyBwZXIgZW5kcG9pbnQgKGhlYWRlcnMsIHRhZ3MsIHRpbWVvdXQsIGV4cGVjdGVkIHN0YXR1cyksIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcmFtcyA9IG5ldyBNYXA8RW5kcG9pbnQsIFBhcmFtcz4oKTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbik6IFBhcmFtcyB7XG4gICAgbGV0IHBhcmFtcyA9IHRoaXMucGFyYW1zLmdldChlbmRwb2ludCk7XG4gICAgaWYgKCFwYXJhbXMpIHtcbiAgICAgIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gICAgICBpZiAod2l0aFBheWxvYWQpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICAgICAgaWYgKHRoaXMudG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0aGlzLnRva2VufWA7XG4gICAgICBwYXJhbXMgPSB7IGhlYWRlcnMsIHRhZ3M6IHJlcXVlc3RUYWdzKGVuZHBvaW50KSwgdGltZW91dDogdGhpcy50aW1lb3V0LCByZXNwb25zZUNhbGxiYWNrOiBleHBlY3RTdGF0dXMoZXhwZWN0ZWQpIH07XG4gICAgICB0aGlzLnBhcmFtcy5zZXQoZW5kcG9pbnQsIHBhcmFtcyk7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QobWV0aG9kLCBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsIHdpdGhQYXlsb2FkID8gSlNPTi5zdHJpbmdpZnkocGF5bG9hZCkgOiBudWxsLCB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkKSk7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSByZXMuc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBpZiAocmVzLnN0YXR1cyA9PT0gNDAxKSB0aGlzLnVuYXV0aG9yaXplZCA9IHRydWU7XG4gICAgY29uc3Qgc2hhcGVPayA9ICFzaGFwZSB8fCAoaXNKc29uKHJlcykgJiYgc2hhcGUoZmllbGRzT2YocmVzKSkpO1xuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgY29uc3QgaGFzQm9keSA9IEJvb2xlYW4oc2hhcGUpICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgbGV0IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG4gICAgbGV0IHBhcnNlZCA9IGZhbHNlO1xuICAgIHJldHVybiB7XG4gICAgICBvazogYWxsT2ssXG4gICAgICBzdGF0dXM6IHJlcy5zdGF0dXMsXG4gICAgICBnZXQgYm9keSgpIHtcbiAgICAgICAgaWYgKGhhc0JvZHkgJiYgIXBhcnNlZCkge1xuICAgICAgICAgIGJvZHkgPSBwYXJzZUpzb24ocmVzKSBhcyBUO1xuICAgICAgICAgIHBhcnNlZCA9IHRydWU7XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIGJvZHk7XG4gICAgICB9LFxuICAgIH07XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIGNvbnN0IHBhcmFtcyA9IE9iamVjdC5lbnRyaWVzKHF1ZXJ5KVxuICAgICAgLmZpbHRlcigoWywgdmFsdWVdKSA9PiB2YWx1ZSAhPT0gdW5kZWZpbmVkKVxuICAgICAgLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWApXG4gICAgICAuam9pbignJicpO1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtwYXJhbXMgPyBgPyR7cGFyYW1zfWAgOiAnJ31gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBbZW5kcG9pbnQsIG5hbWVdIG9mIE9iamVjdC5lbnRyaWVzKHJvdXRlTmFtZXMpIGFzIFtFbmRwb2ludCwgc3RyaW5nXVtdKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSA9IE9iamVjdC5mcmVlemUoeyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZSB9KTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUga2VwdCBkYXRhc2V0OiBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50LCB0aGUgZmlyc3Rcbi8vIFBFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGdlbmVyYXRlZCAob25lIGNoYXB0ZXIpLCBzbyBsaXN0cyBhbmRcbi8vIHBhZ2luYXRpb24gYXJlIG5vdCB0cml2aWFsbHkgc21hbGwgYW5kIHJlYWRzIHNwcmVhZCBvdmVyIG1hbnkgcm93cywgZWFjaCB1c2VyIHJlYWRpbmcgb25seVxuLy8gdGhlaXIgb3duLiBNYWRlIGluIHNldHVwIChvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGl0cyByZXF1ZXN0cyBjYXJyeSBzY29wZT1zZXR1cCBhbmQgbm9cbi8vIGVuZHBvaW50IHRhZywgc28gbm8gZ2F0ZSBzZWVzIHRoZW0pLCB3aXRoIGF0IG1vc3QgQ09OQ1VSUkVOQ1kgcmVxdWVzdHMgaW4gZmxpZ2h0LCBhbmQgcmV1c2VkIGJ5XG4vLyBsYXRlciBydW5zIHdoZW4gaXQgaXMgYWxyZWFkeSB0aGVyZSAoUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQ9dHJ1ZSAvIC0tcmVzZWVkOiBtYWRlIGFuZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIEJhdGNoUmVxdWVzdCwgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgcGF0aHMsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL3JvdXRlcy50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFLCBkYXRhc2V0VGl0bGUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBBY2NvdW50LCBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5jb25zdCBDT05DVVJSRU5DWSA9IDE2O1xuY29uc3QgTElTVF9MSU1JVCA9IDEwMDtcblxuZXhwb3J0IGludGVyZmFjZSBPd25lciBleHRlbmRzIEFjY291bnQge1xuICByb2xlOiBSb2xlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERhdGFzZXRSZXBvcnQge1xuICBhY2NvdW50czogbnVtYmVyO1xuICBjcmVhdGVkOiBudW1iZXI7XG4gIHJldXNlZDogbnVtYmVyO1xuICByZW1vdmVkOiBudW1iZXI7XG4gIGdlbmVyYXRlZDogbnVtYmVyO1xufVxuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8qKiBSdW5zIHJlcXVlc3RzIENPTkNVUlJFTkNZIGF0IGEgdGltZTsgYW5zd2VycyBpbiBvcmRlci4gKi9cbmZ1bmN0aW9uIGJhdGNoZWQocmVxdWVzdHM6IEJhdGNoUmVxdWVzdFtdKTogUmVzcG9uc2VbXSB7XG4gIGNvbnN0IGFuc3dlcnM6IFJlc3BvbnNlW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCByZXF1ZXN0cy5sZW5ndGg7IGkgKz0gQ09OQ1VSUkVOQ1kpIGFuc3dlcnMucHVzaCguLi4oaHR0cC5iYXRjaChyZXF1ZXN0cy5zbGljZShpLCBpICsgQ09OQ1VSUkVOQ1kpKSBhcyBSZXNwb25zZVtdKSk7XG4gIHJldHVybiBhbnN3ZXJzO1xufVxuXG5mdW5jdGlvbiBwYXJhbXMod2hhdDogc3RyaW5nLCB0b2tlbj86IHN0cmluZywgdGltZW91dFMgPSA2MCkge1xuICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJywgJ0NvbnRlbnQtVHlwZSc6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICBpZiAodG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0b2tlbn1gO1xuICByZXR1cm4geyBoZWFkZXJzLCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiBgc2V0dXA6ICR7d2hhdH1gIH0sIHRpbWVvdXQ6IGAke3RpbWVvdXRTfXNgIH07XG59XG5cbmZ1bmN0aW9uIGpzb248VD4ocmVzOiBSZXNwb25zZSk6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZykgYXMgVDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogQSBsb2dpbiBvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3cgKHNjb3BlPXNldHVwLCBubyBlbmRwb2ludCB0YWcpOiB0aGUgdG9rZW4sIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdWlldExvZ2luKGNvbmZpZzogQ29uZmlnLCBlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5wb3N0KGAke2NvbmZpZy5iYXNlVXJsfSR7cGF0aHMubG9naW4oKX1gLCBKU09OLnN0cmluZ2lmeSh7IGVtYWlsLCBwYXNzd29yZCB9KSwgcGFyYW1zKCdsb2dpbicpKSBhcyBSZXNwb25zZTtcbiAgcmV0dXJuIHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xufVxuXG4vKiogTWFrZXMgc3VyZSBldmVyeSBvd25lciBoYXMgdGhlIGRhdGFzZXQ7IHRocm93cyB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIGFjY291bnQgYW5kIHN0YXR1cyBvbiBmYWlsdXJlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuc3VyZURhdGFzZXQoY29uZmlnOiBDb25maWcsIG93bmVyczogT3duZXJbXSk6IERhdGFzZXRSZXBvcnQge1xuICBjb25zdCB7IGNvdXJzZXM6IHdhbnRlZCwgZ2VuZXJhdGVkOiBnZW5lcmF0ZWRQZXJVc2VyLCByZXNlZWQgfSA9IGNvbmZpZy5kYXRhc2V0O1xuICBjb25zdCByZXBvcnQ6IERhdGFzZXRSZXBvcnQgPSB7IGFjY291bnRzOiBvd25lcnMubGVuZ3RoLCBjcmVhdGVkOiAwLCByZXVzZWQ6IDAsIHJlbW92ZWQ6IDAsIGdlbmVyYXRlZDogMCB9O1xuICBpZiAod2FudGVkID09PSAwIHx8IG93bmVycy5sZW5ndGggPT09IDApIHJldHVybiByZXBvcnQ7XG4gIGNvbnN0IGJhc2UgPSBjb25maWcuYmFzZVVybDtcblxuICBjb25zdCBsb2dJbiA9ICh3aGljaDogbnVtYmVyW10pID0+XG4gICAgYmF0Y2hlZCh3aGljaC5tYXAoKGkpID0+ICh7IG1ldGhvZDogJ1BPU1QnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5sb2dpbigpfWAsIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWw6IG93bmVyc1tpXSEuZW1haWwsIHBhc3N3b3JkOiBvd25lcnNbaV0hLnBhc3N3b3JkIH0pLCBwYXJhbXM6IHBhcmFtcygnbG9naW4nKSB9KSkpLm1hcCgocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCB0b2tlbiA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKCF0b2tlbikgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBsb2dnaW5nIGluIGFzICR7b3duZXJzW3doaWNoW2tdIV0hLnJvbGV9IGFjY291bnQgJHtvd25lcnNbd2hpY2hba10hXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9OiBjaGVjayBpdHMgcGFzc3dvcmQgaW4gdGhlIHVzZXIgcG9vbGApO1xuICAgICAgcmV0dXJuIHRva2VuO1xuICAgIH0pO1xuICBjb25zdCB0b2tlbnMgPSBsb2dJbihvd25lcnMubWFwKChfLCBpKSA9PiBpKSk7XG5cbiAgY29uc3QgbGlzdFVybCA9IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoREFUQVNFVF9USVRMRSl9JmxpbWl0PSR7TElTVF9MSU1JVH1gO1xuICBjb25zdCBsaXN0ID0gKHdoaWNoOiBudW1iZXJbXSkgPT4gYmF0Y2hlZCh3aGljaC5tYXAoKGkpID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogbGlzdFVybCwgcGFyYW1zOiBwYXJhbXMoJ2xpc3QgZGF0YXNldCcsIHRva2Vuc1tpXSkgfSkpKTtcbiAgY29uc3QgZXZlcnlvbmUgPSBvd25lcnMubWFwKChfLCBpKSA9PiBpKTtcbiAgbGV0IHRvdGFscyA9IGxpc3QoZXZlcnlvbmUpLm1hcCgocmVzLCBpKSA9PiB7XG4gICAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyB0b3RhbDogbnVtYmVyOyBpdGVtczogeyBpZDogSWQgfVtdIH0+KHJlcykgOiB1bmRlZmluZWQ7XG4gICAgaWYgKCFib2R5KSB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IGxpc3RpbmcgdGhlIGNvdXJzZXMgb2YgJHtvd25lcnNbaV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgIHJldHVybiBib2R5O1xuICB9KTtcblxuICBpZiAocmVzZWVkKSB7XG4gICAgLy8gUmVtb3ZlIHRoZSBvbGQgZGF0YXNldCBwYWdlIGJ5IHBhZ2UgKGVhY2ggbGlzdCBzaG93cyB0aGUgbmV4dCBwYWdlIG9uY2UgdGhlIHByZXZpb3VzIGlzIGdvbmUpLlxuICAgIGZvciAobGV0IHJvdW5kID0gMDsgdG90YWxzLnNvbWUoKHQpID0+IHQuaXRlbXMubGVuZ3RoID4gMCkgJiYgcm91bmQgPCAxMDAwOyByb3VuZCsrKSB7XG4gICAgICBjb25zdCBkZWxldGlvbnMgPSB0b3RhbHMuZmxhdE1hcCgodCwgaSkgPT4gdC5pdGVtcy5tYXAoKGMpID0+ICh7IG1ldGhvZDogJ0RFTEVURScsIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShjLmlkKX1gLCBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0pKSk7XG4gICAgICByZXBvcnQucmVtb3ZlZCArPSBiYXRjaGVkKGRlbGV0aW9ucykuZmlsdGVyKChyZXMpID0+IHJlcy5zdGF0dXMgPT09IDIwNCkubGVuZ3RoO1xuICAgICAgdG90YWxzID0gbGlzdChldmVyeW9uZSkubWFwKChyZXMpID0+IGpzb248eyB0b3RhbDogbnVtYmVyOyBpdGVtczogeyBpZDogSWQgfVtdIH0+KHJlcykgPz8geyB0b3RhbDogMCwgaXRlbXM6IFtdIH0pO1xuICAgIH1cbiAgfVxuXG4gIGNvbnN0IGNyZWF0aW9uczogeyBvd25lcjogbnVtYmVyOyBnZW5lcmF0ZTogYm9vbGVhbjsgcmVxdWVzdDogQmF0Y2hSZXF1ZXN0IH1bXSA9IFtdO1xuICBvd25lcnMuZm9yRWFjaCgob3duZXIsIGkpID0+IHtcbiAgICBjb25zdCBoYXZlID0gdG90YWxzW2ldIS50b3RhbDtcbiAgICBpZiAoaGF2ZSA+PSB3YW50ZWQpIHJlcG9ydC5yZXVzZWQrKztcbiAgICBmb3IgKGxldCBuID0gaGF2ZSArIDE7IG4gPD0gd2FudGVkOyBuKyspIHtcbiAgICAgIGNvbnN0IGdlbmVyYXRlID0gb3duZXIucm9sZSA9PT0gJ3JlZ3VsYXInICYmIG4gPD0gZ2VuZXJhdGVkUGVyVXNlcjtcbiAgICAgIGNvbnN0IGNvdXJzZSA9IHsgdGl0bGU6IGRhdGFzZXRUaXRsZShuKSwgdG9waWM6IGBkYXRhc2V0IHRvcGljICR7bn1gLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogZ2VuZXJhdGUgPyAxIDogMyB9O1xuICAgICAgY3JlYXRpb25zLnB1c2goeyBvd25lcjogaSwgZ2VuZXJhdGUsIHJlcXVlc3Q6IHsgbWV0aG9kOiAnUE9TVCcsIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX1gLCBib2R5OiBKU09OLnN0cmluZ2lmeShjb3Vyc2UpLCBwYXJhbXM6IHBhcmFtcygnY3JlYXRlIGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0gfSk7XG4gICAgfVxuICB9KTtcbiAgY29uc3QgY3JlYXRlZCA9IGJhdGNoZWQoY3JlYXRpb25zLm1hcCgoYykgPT4gYy5yZXF1ZXN0KSk7XG4gIGNvbnN0IHRvR2VuZXJhdGU6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSA9IFtdO1xuICBjcmVhdGVkLmZvckVhY2goKHJlcywgaykgPT4ge1xuICAgIGNvbnN0IGlkID0gcmVzLnN0YXR1cyA9PT0gMjAxID8ganNvbjx7IGlkOiBJZCB9PihyZXMpPy5pZCA6IHVuZGVmaW5lZDtcbiAgICBpZiAoaWQgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBjcmVhdGluZyBhIGNvdXJzZSBmb3IgJHtvd25lcnNbY3JlYXRpb25zW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgIHJlcG9ydC5jcmVhdGVkKys7XG4gICAgaWYgKGNyZWF0aW9uc1trXSEuZ2VuZXJhdGUpIHRvR2VuZXJhdGUucHVzaCh7IG93bmVyOiBjcmVhdGlvbnNba10hLm93bmVyLCBpZCB9KTtcbiAgfSk7XG5cbiAgY29uc3Qgc3RhcnRlZCA9IGJhdGNoZWQodG9HZW5lcmF0ZS5tYXAoKGcpID0+ICh7IG1ldGhvZDogJ1BPU1QnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5nZW5lcmF0ZShnLmlkKX1gLCBib2R5OiAne30nLCBwYXJhbXM6IHBhcmFtcygnZ2VuZXJhdGUgZGF0YXNldCcsIHRva2Vuc1tnLm93bmVyXSkgfSkpKTtcbiAgbGV0IGpvYnMgPSBzdGFydGVkLm1hcCgocmVzLCBrKSA9PiB7XG4gICAgY29uc3Qgam9iSWQgPSByZXMuc3RhdHVzID09PSAyMDIgPyBqc29uPHsgam9iX2lkOiBJZCB9PihyZXMpPy5qb2JfaWQgOiB1bmRlZmluZWQ7XG4gICAgaWYgKGpvYklkID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogc3RhcnRpbmcgZ2VuZXJhdGlvbiBmb3IgJHtvd25lcnNbdG9HZW5lcmF0ZVtrXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICByZXR1cm4geyBvd25lcjogdG9HZW5lcmF0ZVtrXSEub3duZXIsIGpvYklkIH07XG4gIH0pO1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMDtcbiAgd2hpbGUgKGpvYnMubGVuZ3RoID4gMCkge1xuICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogJHtqb2JzLmxlbmd0aH0gZ2VuZXJhdGlvbiBqb2IocykgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9c2ApO1xuICAgIHNsZWVwKDEpO1xuICAgIGNvbnN0IHBvbGxlZCA9IGJhdGNoZWQoam9icy5tYXAoKGopID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogYCR7YmFzZX0ke3BhdGhzLmpvYihqLmpvYklkKX1gLCBwYXJhbXM6IHBhcmFtcygncG9sbCBkYXRhc2V0IGpvYicsIHRva2Vuc1tqLm93bmVyXSkgfSkpKTtcbiAgICBjb25zdCBvcGVuOiB0eXBlb2Ygam9icyA9IFtdO1xuICAgIC8vIEEgdG9rZW4gdGhhdCBleHBpcmVkIHdoaWxlIHdhaXRpbmcgKHNob3J0LWxpdmVkIHRva2Vucyk6IGxvZyB0aGF0IG93bmVyIGluIGFnYWluIGFuZCBwb2xsIG9uLlxuICAgIGNvbnN0IGV4cGlyZWQgPSBbLi4ubmV3IFNldChqb2JzLmZpbHRlcigoXywgaykgPT4gcG9sbGVkW2tdIS5zdGF0dXMgPT09IDQwMSkubWFwKChqKSA9PiBqLm93bmVyKSldO1xuICAgIGxvZ0luKGV4cGlyZWQpLmZvckVhY2goKHRva2VuLCBrKSA9PiAodG9rZW5zW2V4cGlyZWRba10hXSA9IHRva2VuKSk7XG4gICAgcG9sbGVkLmZvckVhY2goKHJlcywgaykgPT4ge1xuICAgICAgY29uc3Qgc3RhdHVzID0ganNvbjx7IHN0YXR1cz86IHN0cmluZzsgZXJyb3I/OiBzdHJpbmcgfT4ocmVzKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogZ2VuZXJhdGluZyBhIGNvdXJzZSBvZiAke293bmVyc1tqb2JzW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQ6ICR7c3RhdHVzLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfWApO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnY29tcGxldGVkJykgcmVwb3J0LmdlbmVyYXRlZCsrO1xuICAgICAgZWxzZSBvcGVuLnB1c2goam9ic1trXSEpO1xuICAgIH0pO1xuICAgIGpvYnMgPSBvcGVuO1xuICB9XG4gIHJldHVybiByZXBvcnQ7XG59XG5cbi8qKlxuICogUmVtb3ZlcyBydW4tY3JlYXRlZCBjb3Vyc2VzIHRoZSBhZG1pbiBjYW4gc2VlIHdob3NlIHRpdGxlIGByZW1vdmVgIHBpY2tzICh0aGlzIHJ1bidzIGF0XG4gKiB0ZWFyZG93biwgZWFybGllciBydW5zJyBsZWZ0b3ZlcnMgYXQgc2V0dXApLiBSZXR1cm5zIGhvdyBtYW55IHdlcmUgcmVtb3ZlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbW92ZUNvdXJzZXMoY29uZmlnOiBDb25maWcsIGFkbWluVG9rZW46IHN0cmluZywgZmlsdGVyOiBzdHJpbmcsIHJlbW92ZTogKHRpdGxlOiBzdHJpbmcpID0+IGJvb2xlYW4pOiBudW1iZXIge1xuICBjb25zdCBiYXNlID0gY29uZmlnLmJhc2VVcmw7XG4gIGxldCByZW1vdmVkID0gMDtcbiAgbGV0IG9mZnNldCA9IDA7XG4gIGZvciAobGV0IHBhZ2UgPSAwOyBwYWdlIDwgMTAwMDsgcGFnZSsrKSB7XG4gICAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX0/cT0ke2VuY29kZVVSSUNvbXBvbmVudChmaWx0ZXIpfSZsaW1pdD0ke0xJU1RfTElNSVR9Jm9mZnNldD0ke29mZnNldH1gLCBwYXJhbXMoJ2ZpbmQgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbikpO1xuICAgIGNvbnN0IGl0ZW1zID0gKHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdIH0+KHJlcyk/Lml0ZW1zIDogdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBpZiAoaXRlbXMubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICBjb25zdCBkb29tZWQgPSBpdGVtcy5maWx0ZXIoKGMpID0+IHJlbW92ZShjLnRpdGxlKSk7XG4gICAgY29uc3QgZ29uZSA9IGJhdGNoZWQoZG9vbWVkLm1hcCgoYykgPT4gKHsgbWV0aG9kOiAnREVMRVRFJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGMuaWQpfWAsIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbikgfSkpKS5maWx0ZXIoKHIpID0+IHIuc3RhdHVzID09PSAyMDQgfHwgci5zdGF0dXMgPT09IDQwNCkubGVuZ3RoO1xuICAgIHJlbW92ZWQgKz0gZ29uZTtcbiAgICBvZmZzZXQgKz0gaXRlbXMubGVuZ3RoIC0gZ29uZTsgLy8gd2hhdCBzdGF5cyBvbiB0aGUgcGFnZSAoa2VwdCwgb3Igbm90IGRlbGV0YWJsZSkgaXMgc3RlcHBlZCBvdmVyXG4gIH1cbiAgcmV0dXJuIHJlbW92ZWQ7XG59XG4iLCAiLy8gSG93IHRoZSBzdWl0ZSBuYW1lcyB3aGF0IGl0IHB1dHMgb24gdGhlIHBsYXRmb3JtLCBzbyBpdCBjYW4gZmluZCBpdCBhZ2Fpbi5cbi8vIC0gVGhlIGtlcHQgZGF0YXNldDogYGNvdXJzZS1wZXJmIGRhdGFzZXQgTk5gIChyZXVzZWQgYWNyb3NzIHJ1bnMsIG5ldmVyIHJlbW92ZWQgYnkgYSBydW4pLlxuLy8gLSBFdmVyeXRoaW5nIGEgcnVuIGNyZWF0ZXM6IGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gOyB0aGUgcnVuIGlkIHN0YXJ0cyB3aXRoIHRoZSBydW4ncyBzdGFydFxuLy8gICB0aW1lLCBzbyBhIGxhdGVyIHJ1biBjYW4gdGVsbCBhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnMgZnJvbSBpdHMgb3duLlxuZXhwb3J0IGNvbnN0IERBVEFTRVRfVElUTEUgPSAnY291cnNlLXBlcmYgZGF0YXNldCc7XG4vKiogQSB0aXRsZSBmaWx0ZXIgbWF0Y2hpbmcgZXZlcnkgcnVuLWNyZWF0ZWQgY291cnNlIChhbmQgbm8gZGF0YXNldCBjb3Vyc2UpLiAqL1xuZXhwb3J0IGNvbnN0IFJVTl9USVRMRV9GSUxURVIgPSAncGVyZi0nO1xuXG5leHBvcnQgZnVuY3Rpb24gZGF0YXNldFRpdGxlKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtEQVRBU0VUX1RJVExFfSAke1N0cmluZyhuKS5wYWRTdGFydCgyLCAnMCcpfWA7XG59XG5cbi8qKiBBIG5ldyBydW4gaWQ6IHN0YXJ0IHRpbWUgKGJhc2UgMzYgbXMpIGFuZCBhIHJhbmRvbSBwYXJ0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5ld1J1bklkKG5vdzogbnVtYmVyID0gRGF0ZS5ub3coKSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3cudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG59XG5cbi8qKiBUaGUgcnVuIGlkIGluIGEgcnVuLWNyZWF0ZWQgdGl0bGUgKGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gKSwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1bklkT2YodGl0bGU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1hdGNoID0gL15wZXJmLVxcUysgKFswLTlhLXpdKy1bMC05YS16XSspKD86XFxzfCQpLy5leGVjKHRpdGxlKTtcbiAgcmV0dXJuIG1hdGNoPy5bMV07XG59XG5cbi8qKiBTdGFydCB0aW1lIG9mIGEgcnVuIGlkLCBtcyBzaW5jZSB0aGUgZXBvY2gsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5TdGFydE9mKHJ1bklkOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBtcyA9IHBhcnNlSW50KHJ1bklkLnNwbGl0KCctJylbMF0hLCAzNik7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogV2hldGhlciBhIHJ1bi1jcmVhdGVkIGNvdXJzZSBpcyB0byBiZSByZW1vdmVkIGJ5IHJ1biBgY3VycmVudGA6IGl0cyBvd24gKHRlYXJkb3duKSwgb3Igb25lIG9mIGFcbiAqIHJ1biB0aGF0IHN0YXJ0ZWQgZWFybGllciAoYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzOyBhbHNvIHRpdGxlcyBvZiBvbGRlciB2ZXJzaW9ucyBvZiB0aGUgc3VpdGUpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNMZWZ0b3Zlcih0aXRsZTogc3RyaW5nLCBjdXJyZW50OiBzdHJpbmcsIG93bjogYm9vbGVhbik6IGJvb2xlYW4ge1xuICBpZiAoIXRpdGxlLnN0YXJ0c1dpdGgoUlVOX1RJVExFX0ZJTFRFUikpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcnVuSWQgPSBydW5JZE9mKHRpdGxlKTtcbiAgaWYgKG93bikgcmV0dXJuIHJ1bklkID09PSBjdXJyZW50O1xuICBpZiAocnVuSWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRydWU7XG4gIGlmIChydW5JZCA9PT0gY3VycmVudCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBzdGFydGVkID0gcnVuU3RhcnRPZihydW5JZCk7XG4gIHJldHVybiBzdGFydGVkID09PSB1bmRlZmluZWQgfHwgc3RhcnRlZCA8IChydW5TdGFydE9mKGN1cnJlbnQpID8/IDApO1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuaW1wb3J0IHsgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVjb3JkTWVtb3J5R3Jvd3RoLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IFNVTU1BUllfVFJFTkRfU1RBVFMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHsgYXNzZXJ0RGlzdGluY3QsIHBvb2wgfSBmcm9tICcuLi91c2Vycy9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB2dUlkQm91bmQsIHR5cGUgUm9sZSB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgeyBjbGVhblVwUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlQYXJ0cyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICBnYXRlczogR2F0ZVtdO1xuICAvKiogSG93IGxvbmcgdGhlIGxvYWQgcnVucywgc2Vjb25kczogdGhlIHJlc291cmNlcyBwb2xsZXIgcnVucyBhcyBsb25nLiAqL1xuICB3YWxsVGltZVM6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggdG9vIChzb2FrKS4gKi9cbiAgZ2F0ZU1lbW9yeUdyb3d0aD86IGJvb2xlYW47XG4gIC8qKiBDbGFzc2VzIHdob3NlIFZVcyBsb2cgaW4gYXMgcG9vbCBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QgY2hlY2tzIHRoZXNlKTsgZGVmYXVsdCBhbGwuICovXG4gIHJvbGVzPzogcmVhZG9ubHkgUm9sZVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5T3B0aW9ucyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICB0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHM7XG4gIHNldHVwVGltZW91dDogc3RyaW5nO1xuICBzdW1tYXJ5VHJlbmRTdGF0czogc3RyaW5nW107XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIHBhcnRzOiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHRvSzZUaHJlc2hvbGRzKGdhdGVzKSxcbiAgICAvLyBHZW5lcmF0aW9uIG9mIHNlZWQgY291cnNlcywgcGx1cyB0aGUga2VwdCBkYXRhc2V0J3Mgc2VlZGluZyB3aGVuIGEgcnVuIGhhcyB0byBtYWtlIGl0LlxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCkgKyAoY29uZmlnLmRhdGFzZXQuY291cnNlcyA+IDAgPyA2MDAgOiAwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gaGFzVXNlcnMoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiB7XG4gIGNvbnN0IHsgZXhlY3V0b3IsIHN0YXJ0VlVzLCBzdGFnZXMsIHZ1cyB9ID0gc2NlbmFyaW8gYXMgeyBleGVjdXRvcjogc3RyaW5nOyBzdGFydFZVcz86IG51bWJlcjsgc3RhZ2VzPzogeyB0YXJnZXQ6IG51bWJlciB9W107IHZ1cz86IG51bWJlciB9O1xuICBpZiAoZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHJldHVybiAoc3RhcnRWVXMgPz8gMCkgPiAwIHx8IChzdGFnZXMgPz8gW10pLnNvbWUoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQgPiAwKTtcbiAgaWYgKGV4ZWN1dG9yID09PSAnY29uc3RhbnQtdnVzJyB8fCBleGVjdXRvciA9PT0gJ3Blci12dS1pdGVyYXRpb25zJyB8fCBleGVjdXRvciA9PT0gJ3NoYXJlZC1pdGVyYXRpb25zJykgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogV2hhdCBvbmx5IHRoZSBlbmQgb2YgdGhlIHJ1biBrbm93cyAodGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgpLiBFbnRyaWVzIHdpdGggYSB0ZWFyZG93biBvZiB0aGVpciBvd24gY2FsbCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSByZWNvcmRNZW1vcnlHcm93dGgocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogazYncyB0ZWFyZG93bjogdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgsIGFuZCByZW1vdmluZyB3aGF0IHRoaXMgcnVuIGNyZWF0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gdGVhcmRvd24oZGF0YT86IFJ1bkRhdGEpOiB2b2lkIHtcbiAgcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTtcbiAgY2xlYW5VcFJ1bihydW5Db25maWcsIGRhdGEpO1xufVxuIiwgIi8vIFRpbWUgcGhhc2VzIG9mIGEgcnVuLCBhcyBrNiB0YWdzIGFuZCBhcyBpbi1ydW4gYXJpdGhtZXRpYywgc28gcXVlc3Rpb25zIGFib3V0IHRpbWUgKGRpZCBsYXRlbmN5XG4vLyBjb21lIGJhY2sgYWZ0ZXIgdGhlIHNwaWtlPyBkb2VzIGl0IGNyZWVwIHVwIGR1cmluZyB0aGUgaG9sZD8pIGFyZSBhbnN3ZXJlZCBieSBrNiB0aHJlc2hvbGRzLlxuLy9cbi8vIC0gRXZlcnkgbWV0cmljIGEgVlUgZW1pdHMgaXMgdGFnZ2VkIHdpdGggdGhlIHBoYXNlIGl0IGZhbGxzIGluIChleGVjLnZ1Lm1ldHJpY3MudGFncyksIHNvXG4vLyAgIHN1Yi1tZXRyaWNzIHN1Y2ggYXMgaHR0cF9yZXFfZHVyYXRpb257cGhhc2U6cmVjb3ZlcmVkfSBleGlzdCBhbmQgY2FycnkgdGhyZXNob2xkcy5cbi8vIC0gRHJpZnQ6IGVhY2ggVlUga2VlcHMgdGhlIG1lZGlhbiBsYXRlbmN5IG9mIGl0cyBvd24gcmVxdWVzdHMgaW4gYSByZWZlcmVuY2UgcGhhc2UgKHRoZVxuLy8gICBwcmUtc3Bpa2UgYmFzZWxpbmUsIHRoZSBzdGFydCBvZiBhIGhvbGQpIGFuZCwgaW4gYSBsYXRlciBwaGFzZSwgcmVjb3JkcyBldmVyeSByZXF1ZXN0J3Ncbi8vICAgbGF0ZW5jeSBkaXZpZGVkIGJ5IHRoYXQgbWVkaWFuIGludG8gYSBUcmVuZCAobGliL2xvYWQvcGhhc2UtbWF0aC50cyBkcmlmdFJhdGlvKS4gQSB0aHJlc2hvbGQgb25cbi8vICAgdGhhdCBUcmVuZCAoZS5nLiBtZWQgPCAxLjUpIHNheXMgXCJsYXRlbmN5IGlzIGJhY2sgdG8gLyBzdGlsbCBhdCB0aGUgcmVmZXJlbmNlXCIsIG1lYXN1cmVkXG4vLyAgIGluc2lkZSB0aGUgcnVuLiBQZXIgVlUsIGJlY2F1c2UgazYgVlVzIHNoYXJlIG5vIHN0YXRlOyBhIFZVIHRoYXQgaGFzIG5vIHJlZmVyZW5jZSBzYW1wbGVzXG4vLyAgIChvbmUgYWRkZWQgYnkgdGhlIHNwaWtlKSByZWNvcmRzIG5vdGhpbmcuIEJvdGggc2lkZXMgZ2V0IGEgbm9pc2UgZmxvb3IgKGRlZmF1bHQgMTAgbXMpLlxuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB7IFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyBvYnNlcnZlUmVxdWVzdHMgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBkcmlmdFJhdGlvLCBtZWRpYW4sIHBoYXNlQXQsIHR5cGUgUGhhc2UgfSBmcm9tICcuL3BoYXNlLW1hdGgudHMnO1xuXG5leHBvcnQgeyBwaGFzZUF0LCBtZWRpYW4sIHR5cGUgUGhhc2UgfSBmcm9tICcuL3BoYXNlLW1hdGgudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24gZWxhcHNlZEluU2NlbmFyaW9TKCk6IG51bWJlciB7XG4gIHJldHVybiAoRGF0ZS5ub3coKSAtIGV4ZWMuc2NlbmFyaW8uc3RhcnRUaW1lKSAvIDEwMDA7XG59XG5cbi8vIHNldHVwKCkgYW5kIHRlYXJkb3duKCkgcnVuIG91dHNpZGUgYW55IHNjZW5hcmlvLCB3aGVyZSBrNiByZWZ1c2VzIGV4ZWMuc2NlbmFyaW86IHRoZSBkcmlmdFxuLy8gb2JzZXJ2ZXIgb25seSBhY3RzIG9uY2UgdGhpcyBWVSBoYXMgZW50ZXJlZCBhIHBoYXNlIGluIGEgc2NlbmFyaW8gaXRlcmF0aW9uLlxubGV0IGluU2NlbmFyaW8gPSBmYWxzZTtcblxuLyoqIFRhZ3MgZXZlcnl0aGluZyB0aGlzIFZVIGVtaXRzIGZyb20gbm93IG9uIHdpdGggdGhlIGN1cnJlbnQgcGhhc2U7IHJldHVybnMgaXQuIENhbGwgYXQgdGhlIHN0YXJ0IG9mIGVhY2ggaXRlcmF0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudGVyUGhhc2UocGhhc2VzOiByZWFkb25seSBQaGFzZVtdKTogc3RyaW5nIHtcbiAgaW5TY2VuYXJpbyA9IHRydWU7XG4gIGNvbnN0IG5hbWUgPSBwaGFzZUF0KGVsYXBzZWRJblNjZW5hcmlvUygpLCBwaGFzZXMpO1xuICBleGVjLnZ1Lm1ldHJpY3MudGFncy5waGFzZSA9IG5hbWU7XG4gIHJldHVybiBuYW1lO1xufVxuXG4vKipcbiAqIFJlY29yZHMgbGF0ZW5jeSBkcmlmdCBhZ2FpbnN0IGEgcmVmZXJlbmNlIHBoYXNlOiByZXF1ZXN0cyBpbiBgcmVmZXJlbmNlYCBidWlsZCB0aGlzIFZVJ3NcbiAqIHJlZmVyZW5jZSBtZWRpYW47IHJlcXVlc3RzIGluIGBjb21wYXJlZGAgYWRkIGRyaWZ0UmF0aW8oLi4uKSB0byB0aGUgVHJlbmQuIEEgcmVxdWVzdCdzIHBoYXNlIGlzXG4gKiByZWFkIGZyb20gdGhlIGNsb2NrIHdoZW4gaXQgY29tcGxldGVzLCBub3QgZnJvbSB0aGUgdGFnIHNldCBhdCB0aGUgaXRlcmF0aW9uJ3Mgc3RhcnQgKGFcbiAqIHdvcmtmbG93IGl0ZXJhdGlvbiB3aXRoIHRoaW5rIHRpbWVzIHNwYW5zIHNlY29uZHMgYW5kIHdvdWxkIHN0cmFkZGxlIHBoYXNlcyk7IHRoZSBWVSdzIHBoYXNlXG4gKiB0YWcgaXMgcmVmcmVzaGVkIGF0IHRoZSBzYW1lIG1vbWVudCwgc28gYSByZXF1ZXN0J3MgdGFnIGxhZ3MgdGhlIGNsb2NrIGJ5IG9uZSB0aGluayB0aW1lIGF0IG1vc3QuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0cmFja0RyaWZ0KG1ldHJpY05hbWU6IHN0cmluZywgcGhhc2VzOiByZWFkb25seSBQaGFzZVtdLCByZWZlcmVuY2U6IHN0cmluZywgY29tcGFyZWQ6IHJlYWRvbmx5IHN0cmluZ1tdLCBmbG9vck1zID0gMTApOiBUcmVuZCB7XG4gIGNvbnN0IGRyaWZ0ID0gbmV3IFRyZW5kKG1ldHJpY05hbWUpO1xuICBjb25zdCByZWZlcmVuY2VTYW1wbGVzOiBudW1iZXJbXSA9IFtdO1xuICBsZXQgcmVmZXJlbmNlTWVkaWFuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIG9ic2VydmVSZXF1ZXN0cygoX2VuZHBvaW50LCBkdXJhdGlvbk1zLCBvaykgPT4ge1xuICAgIGlmICghaW5TY2VuYXJpbykgcmV0dXJuO1xuICAgIGNvbnN0IHBoYXNlID0gcGhhc2VBdChlbGFwc2VkSW5TY2VuYXJpb1MoKSwgcGhhc2VzKTtcbiAgICBleGVjLnZ1Lm1ldHJpY3MudGFncy5waGFzZSA9IHBoYXNlO1xuICAgIGlmIChwaGFzZSA9PT0gcmVmZXJlbmNlKSB7XG4gICAgICBpZiAob2spIHJlZmVyZW5jZVNhbXBsZXMucHVzaChkdXJhdGlvbk1zKTtcbiAgICAgIHJlZmVyZW5jZU1lZGlhbiA9IHVuZGVmaW5lZDtcbiAgICB9IGVsc2UgaWYgKGNvbXBhcmVkLmluY2x1ZGVzKHBoYXNlKSkge1xuICAgICAgcmVmZXJlbmNlTWVkaWFuID8/PSBtZWRpYW4ocmVmZXJlbmNlU2FtcGxlcyk7XG4gICAgICBpZiAocmVmZXJlbmNlTWVkaWFuICE9PSB1bmRlZmluZWQpIGRyaWZ0LmFkZChkcmlmdFJhdGlvKGR1cmF0aW9uTXMsIG9rLCByZWZlcmVuY2VNZWRpYW4sIGZsb29yTXMpKTtcbiAgICB9XG4gIH0pO1xuICByZXR1cm4gZHJpZnQ7XG59XG4iLCAiLy8gVGhlIGFyaXRobWV0aWMgYmVoaW5kIHRoZSB0aW1lIHF1ZXN0aW9ucyAoc3Bpa2UgcmVjb3ZlcnksIHJhbXAtdXAgYW5kIHNvYWsgZHJpZnQsIGJyZWFrcG9pbnQnc1xuLy8gc3VzdGFpbmVkIHJhdGUpLCBwdXJlIHNvIGl0IGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9sb2FkL3BoYXNlcy50cyBhbmQgbGliL2xvYWQvc3VzdGFpbmVkLXJhdGUudHMgYXBwbHkgaXQgaW5zaWRlIGs2LlxuXG5leHBvcnQgaW50ZXJmYWNlIFBoYXNlIHtcbiAgbmFtZTogc3RyaW5nO1xuICAvKiogU2Vjb25kcyBhZnRlciB0aGUgc2NlbmFyaW8ncyBzdGFydCBhdCB3aGljaCB0aGlzIHBoYXNlIGVuZHMuICovXG4gIHVudGlsUzogbnVtYmVyO1xufVxuXG4vKiogVGhlIHBoYXNlIGBlbGFwc2VkU2AgZmFsbHMgaW47IHRoZSBsYXN0IHBoYXNlJ3MgbmFtZSBhZnRlciB0aGUgZW5kLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBoYXNlQXQoZWxhcHNlZFM6IG51bWJlciwgcGhhc2VzOiByZWFkb25seSBQaGFzZVtdKTogc3RyaW5nIHtcbiAgaWYgKHBoYXNlcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBFcnJvcigncGhhc2VBdDogbm8gcGhhc2VzIGdpdmVuJyk7XG4gIGZvciAoY29uc3QgcGhhc2Ugb2YgcGhhc2VzKSBpZiAoZWxhcHNlZFMgPCBwaGFzZS51bnRpbFMpIHJldHVybiBwaGFzZS5uYW1lO1xuICByZXR1cm4gcGhhc2VzW3BoYXNlcy5sZW5ndGggLSAxXSEubmFtZTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1lZGlhbih2YWx1ZXM6IHJlYWRvbmx5IG51bWJlcltdKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHZhbHVlcy5sZW5ndGggPT09IDApIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNvcnRlZCA9IFsuLi52YWx1ZXNdLnNvcnQoKGEsIGIpID0+IGEgLSBiKTtcbiAgY29uc3QgbWlkID0gTWF0aC5mbG9vcihzb3J0ZWQubGVuZ3RoIC8gMik7XG4gIHJldHVybiBzb3J0ZWQubGVuZ3RoICUgMiA/IHNvcnRlZFttaWRdIDogKHNvcnRlZFttaWQgLSAxXSEgKyBzb3J0ZWRbbWlkXSEpIC8gMjtcbn1cblxuLyoqIEEgZmFpbGVkIHJlcXVlc3QncyBkcmlmdDogZmFyIGJleW9uZCBhbnkgbGltaXQsIHNpbmNlIHJlY292ZXJpbmcgbWVhbnMgYW5zd2VyaW5nLCBub3QgZmFpbGluZyBmYXN0LiAqL1xuZXhwb3J0IGNvbnN0IEZBSUxFRF9EUklGVCA9IDEwMDtcblxuLyoqXG4gKiBPbmUgcmVxdWVzdCdzIGxhdGVuY3kgcmVsYXRpdmUgdG8gdGhlIHJlZmVyZW5jZSBtZWRpYW4sIGJvdGggd2l0aCBhIG5vaXNlIGZsb29yIGFkZGVkIHNvIHRoYXRcbiAqIDAuNCBtcyBhZ2FpbnN0IDAuMiBtcyBkb2VzIG5vdCByZWFkIGFzIFwidHdpY2UgYXMgc2xvd1wiLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJpZnRSYXRpbyhkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuLCByZWZlcmVuY2VNZWRpYW5NczogbnVtYmVyLCBmbG9vck1zOiBudW1iZXIpOiBudW1iZXIge1xuICByZXR1cm4gb2sgPyAoZHVyYXRpb25NcyArIGZsb29yTXMpIC8gKHJlZmVyZW5jZU1lZGlhbk1zICsgZmxvb3JNcykgOiBGQUlMRURfRFJJRlQ7XG59XG5cbi8qKiBwLXRoIHBlcmNlbnRpbGUgKG5lYXJlc3QgcmFuaykgb2YgYSBub24tZW1wdHkgbGlzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJjZW50aWxlKHZhbHVlczogcmVhZG9ubHkgbnVtYmVyW10sIHA6IG51bWJlcik6IG51bWJlciB7XG4gIGlmICh2YWx1ZXMubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgRXJyb3IoJ3BlcmNlbnRpbGUgb2YgYW4gZW1wdHkgbGlzdCcpO1xuICBjb25zdCBzb3J0ZWQgPSBbLi4udmFsdWVzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIHJldHVybiBzb3J0ZWRbTWF0aC5tYXgoMCwgTWF0aC5jZWlsKChwIC8gMTAwKSAqIHNvcnRlZC5sZW5ndGgpIC0gMSldITtcbn1cblxuLyoqIFdoZXRoZXIgYSB3aW5kb3cgb2YgcmVjZW50IHJlcXVlc3RzIG1ldCB0aGUgYnVkZ2V0OiBmdWxsLCBubyBmYWlsdXJlLCBwOTUgdW5kZXIgYHA5NUJ1ZGdldE1zYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aW5kb3dXaXRoaW5CdWRnZXQod2luZG93OiByZWFkb25seSB7IG1zOiBudW1iZXI7IG9rOiBib29sZWFuIH1bXSwgc2l6ZTogbnVtYmVyLCBwOTVCdWRnZXRNczogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiB3aW5kb3cubGVuZ3RoID49IHNpemUgJiYgd2luZG93LmV2ZXJ5KCh3KSA9PiB3Lm9rKSAmJiBwZXJjZW50aWxlKHdpbmRvdy5tYXAoKHcpID0+IHcubXMpLCA5NSkgPCBwOTVCdWRnZXRNcztcbn1cblxuLyoqIFRoZSBzY2hlZHVsZWQgcmF0ZSBvZiBhIGxpbmVhciByYW1wIGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIG92ZXIgYGR1cmF0aW9uU2AsIGBlbGFwc2VkU2AgaW4uICovXG5leHBvcnQgZnVuY3Rpb24gbGluZWFyUmF0ZShzdGFydFJhdGU6IG51bWJlciwgbWF4UmF0ZTogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgZWxhcHNlZFM6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IHNoYXJlID0gTWF0aC5taW4oMSwgTWF0aC5tYXgoMCwgZWxhcHNlZFMgLyBkdXJhdGlvblMpKTtcbiAgcmV0dXJuIHN0YXJ0UmF0ZSArIChtYXhSYXRlIC0gc3RhcnRSYXRlKSAqIHNoYXJlO1xufVxuXG4vKipcbiAqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZCB0aGUgd2hvbGUgdGVzdCByZWFsbHkgc3RhcnRlZCBiZXR3ZWVuIHR3byBtb21lbnRzLCBmcm9tIGs2J3NcbiAqIHRlc3Qtd2lkZSBpdGVyYXRpb24gbnVtYmVyIChleGVjLnNjZW5hcmlvLml0ZXJhdGlvbkluVGVzdCBjb3VudHMgc3RhcnRlZCBpdGVyYXRpb25zIG9ubHksIHNvXG4gKiBpdGVyYXRpb25zIGs2IGRyb3BwZWQgZm9yIHdhbnQgb2YgYSBmcmVlIFZVIGRvIG5vdCBjb3VudCkuIFVuZGVmaW5lZCBvdmVyIGFuIGVtcHR5IGludGVydmFsLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWNoaWV2ZWRSYXRlKGZyb206IHsgYXRNczogbnVtYmVyOyBpdGVyYXRpb246IG51bWJlciB9LCB0bzogeyBhdE1zOiBudW1iZXI7IGl0ZXJhdGlvbjogbnVtYmVyIH0pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBzZWNvbmRzID0gKHRvLmF0TXMgLSBmcm9tLmF0TXMpIC8gMTAwMDtcbiAgcmV0dXJuIHNlY29uZHMgPiAwID8gKHRvLml0ZXJhdGlvbiAtIGZyb20uaXRlcmF0aW9uKSAvIHNlY29uZHMgOiB1bmRlZmluZWQ7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpLnJlcGxhY2UoLzwvZywgJyZsdDsnKS5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rOiByZXN1bHQub2ssIHN0YXQsIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcikgcm93cy5zZXQoZW5kcG9pbnQsIChyID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH0pKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3QgbWF0Y2ggPSBTVUJfTUVUUklDLmV4ZWMobmFtZSk7XG4gICAgaWYgKCFtYXRjaCkgY29udGludWU7XG4gICAgY29uc3QgWywgYmFzZSwgZW5kcG9pbnRdID0gbWF0Y2ggYXMgdW5rbm93biBhcyBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ107XG4gICAgY29uc3QgdiA9IG1ldHJpYy52YWx1ZXMgPz8ge307XG4gICAgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9kdXJhdGlvbicpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocm93KGVuZHBvaW50KSwgeyByZXF1ZXN0czogdi5jb3VudCA/PyAwLCBwNTA6IHYubWVkID8/IG51bGwsIHA5NTogdlsncCg5NSknXSA/PyBudWxsLCBwOTk6IHZbJ3AoOTkpJ10gPz8gbnVsbCwgbWF4OiB2Lm1heCA/PyBudWxsIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JykgcmV0dXJuIE1hdGgucm91bmQodmFsdWUpLnRvU3RyaW5nKCkucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFBsYWluLWxhbmd1YWdlIGxpbmUgYWJvdXQgc2VydmVyIHJlc291cmNlczogbWVhc3VyZWQsIG9yIHdoeSBub3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzTGluZShkYXRhOiBTdW1tYXJ5RGF0YSk6IHN0cmluZyB7XG4gIGNvbnN0IG1lbW9yeSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpO1xuICBjb25zdCBjcHUgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyk7XG4gIGlmIChtZW1vcnkgPT09IG51bGwgJiYgY3B1ID09PSBudWxsKSByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBtaXNzaW5nID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwO1xuICBjb25zdCBncm93dGggPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKTtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlczogbWVtb3J5IHBlYWsgJHtmb3JtYXRWYWx1ZShtZW1vcnksICd2YWx1ZScpfSBNQmAsXG4gICAgYENQVSBwOTUgJHtmb3JtYXRWYWx1ZShjcHUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7bWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3Qgc2Vjb25kcyA9ICgoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtvcHRpb25zLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IHJvd3MubWFwKChyKSA9PiB7XG4gICAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCk7XG4gICAgY29uc3Qgb2JzZXJ2ZWQgPSBlc2NhcGVYbWwoZm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KSk7XG4gICAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gICAgaWYgKHIub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0Pm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufSBmYWlsZWQ6IG9ic2VydmVkICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+b2JzZXJ2ZWQgJHtvYnNlcnZlZH08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbiAgfSk7XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmcgfSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmIFxcYCR7ZXNjYXBlTWFya2Rvd25DZWxsKG9wdGlvbnMuc2NlbmFyaW8pfVxcYDogJHtmYWlsZWQgPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkfSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGB9YCxcbiAgICAnJyxcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcCgocikgPT4gYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9XFxgIHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCksXG4gIF07XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgbWV0cmljVmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgRW5kcG9pbnRSb3csIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBjb25zdCBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBSdW5NZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZTogc3RyaW5nIHwgbnVsbDtcbiAgdGFyZ2V0OiBzdHJpbmcgfCBudWxsO1xuICBrNl92ZXJzaW9uOiBzdHJpbmcgfCBudWxsO1xuICBnaXRfY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bk1ldGEgJiB7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH07XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IHsgbWV0cmljOiBzdHJpbmc7IGV4cHJlc3Npb246IHN0cmluZzsgb2s6IGJvb2xlYW47IG9ic2VydmVkOiBudW1iZXIgfCBudWxsIH1bXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogRXZlcnkgbWV0cmljJ3MgYWdncmVnYXRlIHZhbHVlcyBhcyBrNiBjb21wdXRlZCB0aGVtLiAqL1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PjtcbiAgcmVzb3VyY2VzOiB7IG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsOyBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDsgc2FtcGxlc19taXNzaW5nOiBudW1iZXIgfSB8IG51bGw7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoZGF0YTogU3VtbWFyeURhdGEsIG1ldGE6IFJ1bk1ldGEpOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pID0+ICh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pKTtcbiAgY29uc3QgbWVhc3VyZWQgPSBkYXRhLm1ldHJpY3M/LnNlcnZlcl9tZW1vcnlfbWIgfHwgZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQ7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IG1lYXN1cmVkXG4gICAgICA/IHtcbiAgICAgICAgICBtZW1vcnlfbWJfcGVhazogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfbWInLCAnbWF4JyksXG4gICAgICAgICAgY3B1X3BlcmNlbnRfcDk1OiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyksXG4gICAgICAgICAgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKSxcbiAgICAgICAgICBzYW1wbGVzX21pc3Npbmc6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMCxcbiAgICAgICAgfVxuICAgICAgOiBudWxsLFxuICB9O1xufVxuIiwgIi8vIFRoZSBjb25jaXNlIGNvbnNvbGUgc3VtbWFyeTogdGhyZXNob2xkcyBmaXJzdCAodmVyZGljdCwgZXhwcmVzc2lvbiwgb2JzZXJ2ZWQgdmFsdWUpLCB0aGVuXG4vLyBwZXItZW5kcG9pbnQgbGF0ZW5jeSwgdGhyb3VnaHB1dCwgZXJyb3JzLCBjaGVja3MsIGN1c3RvbSBtZXRyaWNzIGFuZCBzZXJ2ZXIgcmVzb3VyY2VzLlxuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgbWV0cmljVmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbJ2h0dHBfcmVxcycsICdodHRwX3JlcV9kdXJhdGlvbicsICdodHRwX3JlcV9ibG9ja2VkJywgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLCAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJywgJ2h0dHBfcmVxX3NlbmRpbmcnLCAnaHR0cF9yZXFfd2FpdGluZycsICdodHRwX3JlcV9yZWNlaXZpbmcnLCAnaHR0cF9yZXFfZmFpbGVkJywgJ2l0ZXJhdGlvbnMnLCAnaXRlcmF0aW9uX2R1cmF0aW9uJywgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICd2dXMnLCAndnVzX21heCcsICdkYXRhX3NlbnQnLCAnZGF0YV9yZWNlaXZlZCcsICdjaGVja3MnLCAnZ3JvdXBfZHVyYXRpb24nXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+ICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IGNvbG9yOiBib29sZWFuIH0pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goYy5ib2xkKGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCkpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZChgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWApKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBjb25zdCBjZWxsID0gKHY6IG51bWJlciB8IG51bGwpID0+IGZvcm1hdFZhbHVlKHYsICdtcycpLnBhZFN0YXJ0KDgpO1xuICAgICAgbGluZXMucHVzaChgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlY29uZHMgPSAoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwO1xuICBjb25zdCByZXF1ZXN0cyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcXMnLCAnY291bnQnKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdpdGVyYXRpb25zJywgJ2NvdW50Jyk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyb3VnaHB1dCcpKTtcbiAgbGluZXMucHVzaChgICAke2Zvcm1hdFZhbHVlKHJlcXVlc3RzID8/IDAsICdjb3VudCcpfSByZXF1ZXN0cyAoJHtzZWNvbmRzID4gMCAmJiByZXF1ZXN0cyAhPT0gbnVsbCA/IChyZXF1ZXN0cyAvIHNlY29uZHMpLnRvRml4ZWQoMSkgOiAnbi9hJ30vcyksICR7Zm9ybWF0VmFsdWUoaXRlcmF0aW9ucyA/PyAwLCAnY291bnQnKX0gaXRlcmF0aW9ucyBpbiAke3NlY29uZHMudG9GaXhlZCgxKX0gc2ApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KS5maWx0ZXIoaXNDdXN0b20pLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiB7IHNjZW5hcmlvOiBzdHJpbmc7IHByb2ZpbGU/OiBzdHJpbmcgfSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgc3Rkb3V0OiB0ZXh0U3VtbWFyeShkYXRhLCB7IHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLCBjb2xvcjogZGF0YS5zdGF0ZT8uaXNTdGRPdXRUVFkgPT09IHRydWUgfSkgfTtcbiAgICBjb25zdCBkaXIgPSBfX0VOVi5SRVBPUlRTX0RJUjtcbiAgICBpZiAoZGlyKSB7XG4gICAgICBjb25zdCByZXN1bHRzID0gYnVpbGRSZXN1bHRzKGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgIGs2X3ZlcnNpb246IG9yTnVsbChfX0VOVi5SVU5fSzZfVkVSU0lPTiksXG4gICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgIGZpbmlzaGVkX2F0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICB9KTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gQ3VzdG9tIG1ldHJpY3MgZm9yIHdoYXQgazYncyBidWlsdC1pbnMgY2Fubm90IHNheS4gQ3JlYXRlZCBvbmNlIGF0IGluaXQgKGs2IHJlcXVpcmVzIGl0KS5cbmltcG9ydCB7IENvdW50ZXIsIFJhdGUsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5cbi8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24gdGltZSBmcm9tIHRoZSBqb2IncyBvd24gc3RhcnRlZF9hdC9maW5pc2hlZF9hdCAoc2VydmVyIHZpZXcpLiAqL1xuZXhwb3J0IGNvbnN0IGNoYXB0ZXJHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHRydWUpO1xuLyoqIFdob2xlIGNvdXJzZSBnZW5lcmF0aW9uLCBqb2IgY3JlYXRlZCAtPiBmaW5pc2hlZCwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMuICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjb3Vyc2VfZ2VuZXJhdGlvbl9tcycsIHRydWUpO1xuLyoqIFdob2xlIGNvdXJzZSBnZW5lcmF0aW9uIGFzIHRoZSBwb2xsaW5nIHVzZXIgc2F3IGl0OiByZXF1ZXN0IGFjY2VwdGVkIC0+IGNvbXBsZXRlZCBzZWVuLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zID0gbmV3IFRyZW5kKCdjb3Vyc2VfZ2VuZXJhdGlvbl9vYnNlcnZlZF9tcycsIHRydWUpO1xuLyoqIEdlbmVyYXRpb24gam9icyB0aGF0IGZhaWxlZCBvciBkaWQgbm90IGZpbmlzaCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VULiAqL1xuZXhwb3J0IGNvbnN0IGdlbmVyYXRpb25GYWlsZWQgPSBuZXcgUmF0ZSgnZ2VuZXJhdGlvbl9mYWlsZWQnKTtcbi8qKiBDb3Vyc2VzIHRoZSBwbGF0Zm9ybSBhY2tub3dsZWRnZWQgY3JlYXRpbmcgKDIwMSkuICovXG5leHBvcnQgY29uc3QgY291cnNlc0NyZWF0ZWQgPSBuZXcgQ291bnRlcignY291cnNlc19jcmVhdGVkJyk7XG4vKiogV2hvbGUgd29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IGNvbXBsZXRlZCBldmVyeSBzdGVwLCB0YWdnZWQgYnkgd29ya2Zsb3cuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dTdWNjZXNzID0gbmV3IFJhdGUoJ3dvcmtmbG93X3N1Y2Nlc3MnKTtcbi8qKiBXb3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgdGhyZXcgKGEgc2NyaXB0IGJ1ZyBvciBhIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKS4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd0Vycm9ycyA9IG5ldyBDb3VudGVyKCd3b3JrZmxvd19lcnJvcnMnKTtcbiIsICIvLyBSdW5zIG9uZSB3b3JrZmxvdyBpdGVyYXRpb24gYW5kIHJlY29yZHMgaXRzIG91dGNvbWUuIEEgd29ya2Zsb3cgdGhhdCB0aHJvd3MgKGEgc2NyaXB0IGJ1ZywgYVxuLy8gYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpIGlzIGEgZmFpbGVkIGl0ZXJhdGlvbiB0aGF0IGNvdW50cyBhZ2FpbnN0IHRoZSB0aHJlc2hvbGRzIGluc3RlYWRcbi8vIG9mIGFuIGV4Y2VwdGlvbiBrNiBvbmx5IGxvZ3MuXG5pbXBvcnQgeyB3b3JrZmxvd0Vycm9ycywgd29ya2Zsb3dTdWNjZXNzIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcbmltcG9ydCB0eXBlIHsgQ29udGV4dCwgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbmNvbnN0IE1BWF9MT0dHRURfRVJST1JTID0gNTtcbmxldCBsb2dnZWRFcnJvcnMgPSAwO1xuXG5leHBvcnQgZnVuY3Rpb24gcnVuV29ya2Zsb3cobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3csIGN0eDogQ29udGV4dCk6IHZvaWQge1xuICBjb25zdCB0YWdzID0geyB3b3JrZmxvdzogbmFtZSB9O1xuICB0cnkge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQod29ya2Zsb3coY3R4KSwgdGFncyk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZChmYWxzZSwgdGFncyk7XG4gICAgd29ya2Zsb3dFcnJvcnMuYWRkKDEsIHRhZ3MpO1xuICAgIGlmIChsb2dnZWRFcnJvcnMrKyA8IE1BWF9MT0dHRURfRVJST1JTKSB7XG4gICAgICBjb25zb2xlLmVycm9yKGB3b3JrZmxvdyBcIiR7bmFtZX1cIiB0aHJldzogJHtlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gKGVycm9yLnN0YWNrID8/IGVycm9yLm1lc3NhZ2UpIDogU3RyaW5nKGVycm9yKX1gKTtcbiAgICB9XG4gIH1cbn1cbiIsICIvLyBXaGF0IGVhY2gga2luZCBvZiB1c2VyIGRvZXMgaW4gb25lIGl0ZXJhdGlvbi4gU2NlbmFyaW9zIG9ubHkgY2hvb3NlIHdobyBydW5zIGFuZCBob3cgb2Z0ZW47XG4vLyBubyBzY2VuYXJpbyByZS1pbXBsZW1lbnRzIHRoZXNlLiBFdmVyeSB3b3JrZmxvdyByZXR1cm5zIHdoZXRoZXIgYWxsIG9mIGl0cyBzdGVwcyBzdWNjZWVkZWQuXG5pbXBvcnQgeyBncm91cCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgRXhwb3J0Rm9ybWF0LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGdlbmVyYXRlQW5kV2FpdCB9IGZyb20gJy4vZ2VuZXJhdGlvbi50cyc7XG5pbXBvcnQgeyBjb3Vyc2VzQ3JlYXRlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgeyBwaWNrT25lLCBwaWNrV2VpZ2h0ZWQsIHRoaW5rIH0gZnJvbSAnLi9wYWNpbmcudHMnO1xuaW1wb3J0IHR5cGUgeyBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHsgb3duQ291cnNlcywgdXNlckNsaWVudCB9IGZyb20gJy4uL3VzZXJzL3Nlc3Npb24udHMnO1xuaW1wb3J0IHsgaXNMZWZ0b3ZlciB9IGZyb20gJy4uL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENvbnRleHQge1xuICBjb25maWc6IENvbmZpZztcbiAgZGF0YTogUnVuRGF0YTtcbn1cblxuZXhwb3J0IHR5cGUgV29ya2Zsb3cgPSAoY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzczogbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudCAobGliL3VzZXJzL3Nlc3Npb24udHMpLiAqL1xuZnVuY3Rpb24gY2xpZW50Rm9yKGN0eDogQ29udGV4dCwgcm9sZTogJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbicpOiBBcGlDbGllbnQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gdXNlckNsaWVudChjdHguY29uZmlnLCBjdHguZGF0YSwgcm9sZSk7XG59XG5cbi8qKiBBIHRpdGxlIHVuaXF1ZSB0byB0aGlzIHJ1biwgVlUgYW5kIGl0ZXJhdGlvbiwgc28gY29uY3VycmVudCB1c2VycyBuZXZlciBjb2xsaWRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXF1ZVRpdGxlKGtpbmQ6IHN0cmluZywgY3R4OiBDb250ZXh0KTogc3RyaW5nIHtcbiAgcmV0dXJuIGBwZXJmLSR7a2luZH0gJHtjdHguZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YDtcbn1cblxuY29uc3QgRVhQT1JUX0ZPUk1BVFM6IHJlYWRvbmx5IEV4cG9ydEZvcm1hdFtdID0gWydqc29uJywgJ21hcmtkb3duJywgJ2h0bWwnXTtcblxuLyoqIFJlYWRzIGEgY291cnNlIGFuZCBvbmUgb2YgaXRzIGdlbmVyYXRlZCBjaGFwdGVycy4gKi9cbmZ1bmN0aW9uIHJlYWRDb3Vyc2UoY2xpZW50OiBBcGlDbGllbnQsIGlkOiBJZCk6IGJvb2xlYW4ge1xuICBjb25zdCBjb3Vyc2UgPSBjbGllbnQuZ2V0Q291cnNlKGlkKTtcbiAgaWYgKCFjb3Vyc2UuYm9keSkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBnZW5lcmF0ZWQgPSAoY291cnNlLmJvZHkuY2hhcHRlcnMgPz8gW10pLmZpbHRlcigoYykgPT4gYy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKTtcbiAgY29uc3QgY2hhcHRlciA9IHBpY2tPbmUoZ2VuZXJhdGVkKTtcbiAgcmV0dXJuIGNoYXB0ZXIgPT09IHVuZGVmaW5lZCB8fCBjbGllbnQuZ2V0Q2hhcHRlcihpZCwgY2hhcHRlci5pbmRleCkub2s7XG59XG5cbnR5cGUgUmVndWxhclRhc2sgPSAoY2xpZW50OiBBcGlDbGllbnQsIGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxuY29uc3QgcmVndWxhclRhc2tzOiB7IHdlaWdodDogbnVtYmVyOyB0YXNrOiBSZWd1bGFyVGFzayB9W10gPSBbXG4gIHsgd2VpZ2h0OiA1LCB0YXNrOiAoY2xpZW50KSA9PiBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAsIG9mZnNldDogTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogMykgKiAyMCB9KS5vayB9LFxuICB7XG4gICAgd2VpZ2h0OiA0LFxuICAgIHRhc2s6IChjbGllbnQsIGN0eCkgPT4ge1xuICAgICAgLy8gT25seSB0aGUgdXNlcidzIG93biBjb3Vyc2VzLCBzcHJlYWQgb3ZlciB0aGVpciB3aG9sZSBkYXRhc2V0OiBwZXItdXNlciBpc29sYXRpb24gaXMgcGFydCBvZiB3aGF0IGlzIG1lYXN1cmVkLlxuICAgICAgY29uc3QgaWQgPSBwaWNrT25lKG93bkNvdXJzZXMoY3R4LmNvbmZpZywgY3R4LmRhdGEsICdyZWd1bGFyJykpO1xuICAgICAgcmV0dXJuIGlkID09PSB1bmRlZmluZWQgfHwgcmVhZENvdXJzZShjbGllbnQsIGlkKTtcbiAgICB9LFxuICB9LFxuICB7XG4gICAgd2VpZ2h0OiAxLFxuICAgIHRhc2s6IChjbGllbnQsIGN0eCkgPT4ge1xuICAgICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogdW5pcXVlVGl0bGUoJ3NjcmF0Y2gnLCBjdHgpLCB0b3BpYzogJ2FsZ2VicmEnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgICBjb25zdCByZWFkQmFjayA9IGNsaWVudC5nZXRDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICAgIHJldHVybiByZWFkQmFjayAmJiBjbGllbnQuZGVsZXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgfSxcbiAgfSxcbl07XG5cbi8qKiBCcm93c2VzIHRoZSBjb3Vyc2UgbGlzdCwgb3BlbnMgY291cnNlcyBhbmQgcmVhZHMgY2hhcHRlcnM7IG5vdyBhbmQgdGhlbiBjcmVhdGVzIG9uZS4gKi9cbmV4cG9ydCBjb25zdCByZWd1bGFyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncmVndWxhciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsICdyZWd1bGFyJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBmb3IgKGxldCBzdGVwID0gMDsgc3RlcCA8IDM7IHN0ZXArKykge1xuICAgICAgb2sgPSBwaWNrV2VpZ2h0ZWQocmVndWxhclRhc2tzKShjbGllbnQsIGN0eCkgJiYgb2s7XG4gICAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogQ3JlYXRlcyBhIGNvdXJzZSwgZ2VuZXJhdGVzIGl0LCBmb2xsb3dzIHRoZSBqb2IsIHJlYWRzIGFuZCBleHBvcnRzIHRoZSByZXN1bHQsIHRoZW4gZGVsZXRlcyBpdC4gKi9cbmV4cG9ydCBjb25zdCBwb3dlclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3Bvd2VyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBpZiAoIWNsaWVudCkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgncG93ZXInLCBjdHgpLFxuICAgICAgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zJyxcbiAgICAgIGxldmVsOiAnYWR2YW5jZWQnLFxuICAgICAgY2hhcHRlcl9jb3VudDogY29uZmlnLmNoYXB0ZXJzUGVyQ291cnNlLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgIGNvbnN0IGlkID0gY3JlYXRlZC5ib2R5LmlkO1xuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBsZXQgb2sgPSBjbGllbnQudXBkYXRlQ291cnNlKGlkLCB7IHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcywgcmV2aXNlZCcgfSkub2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdChjbGllbnQsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UywgKCkgPT4gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJykpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgLy8gVGhlIHNlc3Npb24gbWF5IGhhdmUgbG9nZ2VkIGluIGFnYWluIHdoaWxlIHdhaXRpbmc6IGdvIG9uIHdpdGggaXRzIGN1cnJlbnQgY2xpZW50LlxuICAgIGNvbnN0IGFmdGVyID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgaWYgKCFhZnRlcikgcmV0dXJuIGZhbHNlO1xuICAgIGlmIChnZW5lcmF0aW9uLmNvbXBsZXRlZCkge1xuICAgICAgb2sgPSByZWFkQ291cnNlKGFmdGVyLCBpZCkgJiYgb2s7XG4gICAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgICBvayA9IGFmdGVyLmV4cG9ydENvdXJzZShpZCwgcGlja09uZShFWFBPUlRfRk9STUFUUykgPz8gJ2pzb24nKS5vayAmJiBvaztcbiAgICB9XG4gICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIHJldHVybiBhZnRlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcblxuLyoqIFdhdGNoZXMgdGhlIHN5c3RlbTogc3RhdHMsIHRoZSBqb2IgbGlzdCwgdGhlIHVzZXIgbGlzdCwgYW5kIHJlbW92ZXMgY291cnNlcyBlYXJsaWVyIHJ1bnMgbGVmdCBiZWhpbmQuICovXG5leHBvcnQgY29uc3QgYWRtaW5Vc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdhZG1pbiB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsICdhZG1pbicpO1xuICAgIGlmICghY2xpZW50KSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gY2xpZW50LmFkbWluU3RhdHMoKS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluSm9icygyMCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAvLyBMZWZ0b3ZlcnMgb2YgaW50ZXJydXB0ZWQgcnVuczogdGl0bGVzIG9mIG90aGVyIHJ1bnMgb25seSwgbmV2ZXIgdGhpcyBydW4ncyBsaXZlIGNvdXJzZXMuXG4gICAgY29uc3QgbGVmdG92ZXJzID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgcTogJ3BlcmYtJywgbGltaXQ6IDIwIH0pLmJvZHk/Lml0ZW1zID8/IFtdO1xuICAgIGZvciAoY29uc3QgY291cnNlIG9mIGxlZnRvdmVycy5maWx0ZXIoKGMpID0+IGlzTGVmdG92ZXIoYy50aXRsZSwgY3R4LmRhdGEucnVuSWQsIGZhbHNlKSkuc2xpY2UoMCwgNSkpIHtcbiAgICAgIG9rID0gY2xpZW50LmRlbGV0ZUNvdXJzZShjb3Vyc2UuaWQpLm9rICYmIG9rO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogRXZlcnkgZW5kcG9pbnQgYXQgbGVhc3Qgb25jZTogdGhlIHNtb2tlIGNoZWNrLiAqL1xuZXhwb3J0IGNvbnN0IGV2ZXJ5RW5kcG9pbnQ6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2V2ZXJ5IGVuZHBvaW50JywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgdXNlciA9IGNsaWVudEZvcihjdHgsICdwb3dlcicpO1xuICAgIGNvbnN0IGFkbWluID0gY2xpZW50Rm9yKGN0eCwgJ2FkbWluJyk7XG4gICAgaWYgKCF1c2VyIHx8ICFhZG1pbikgcmV0dXJuIGZhbHNlO1xuICAgIGxldCBvayA9IHVzZXIuaGVhbHRoKCkub2s7XG4gICAgb2sgPSB1c2VyLmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDUgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzbW9rZScsIGN0eCksIHRvcGljOiAnc21va2UgdGVzdGluZycsIGxldmVsOiAnaW50ZXJtZWRpYXRlJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICBvayA9IHVzZXIuZ2V0Q291cnNlKGlkKS5vayAmJiBvaztcbiAgICBvayA9IHVzZXIudXBkYXRlQ291cnNlKGlkLCB7IHRpdGxlOiBgJHtjcmVhdGVkLmJvZHkudGl0bGV9IChlZGl0ZWQpYCB9KS5vayAmJiBvaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KHVzZXIsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gdXNlci5nZXRDaGFwdGVyKGlkLCBnZW5lcmF0aW9uLmpvYj8uY2hhcHRlcnNbMF0/LmluZGV4ID8/IDApLm9rICYmIG9rO1xuICAgICAgZm9yIChjb25zdCBmb3JtYXQgb2YgRVhQT1JUX0ZPUk1BVFMpIG9rID0gdXNlci5leHBvcnRDb3Vyc2UoaWQsIGZvcm1hdCkub2sgJiYgb2s7XG4gICAgfVxuICAgIG9rID0gYWRtaW4uYWRtaW5TdGF0cygpLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Kb2JzKDEwKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICByZXR1cm4gdXNlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcbiIsICIvLyBTdGFydGluZyBhIGNvdXJzZSdzIGdlbmVyYXRpb24gYW5kIGZvbGxvd2luZyBpdHMgam9iIHRvIHRoZSBlbmQsIHJlY29yZGluZyBob3cgbG9uZyBpdCB0b29rXG4vLyBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAodGhlIHNlcnZlcidzIHZpZXcpIGFuZCBmcm9tIHRoZSBwb2xsZXIncyAodGhlIHVzZXIncyB2aWV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIElkLCBKb2IgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBjaGFwdGVyR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uTXMsIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLCBnZW5lcmF0aW9uRmFpbGVkIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbXBsZXRlZDogYm9vbGVhbjtcbiAgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIG1pbGxpc0JldHdlZW4oZnJvbTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgdG86IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAoIWZyb20gfHwgIXRvKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBtcyA9IERhdGUucGFyc2UodG8pIC0gRGF0ZS5wYXJzZShmcm9tKTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgJiYgbXMgPj0gMCA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiByZWNvcmRKb2JUaW1lcyhqb2I6IEpvYik6IHZvaWQge1xuICBmb3IgKGNvbnN0IGNoYXB0ZXIgb2Ygam9iLmNoYXB0ZXJzKSB7XG4gICAgY29uc3QgbXMgPSBjaGFwdGVyLmR1cmF0aW9uX21zID8/IG1pbGxpc0JldHdlZW4oY2hhcHRlci5zdGFydGVkX2F0LCBjaGFwdGVyLmZpbmlzaGVkX2F0KTtcbiAgICBpZiAodHlwZW9mIG1zID09PSAnbnVtYmVyJyAmJiBjaGFwdGVyLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGNoYXB0ZXJHZW5lcmF0aW9uTXMuYWRkKG1zKTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1pbGxpc0JldHdlZW4oam9iLmNyZWF0ZWRfYXQsIGpvYi5maW5pc2hlZF9hdCk7XG4gIGlmICh0b3RhbCAhPT0gdW5kZWZpbmVkKSBjb3Vyc2VHZW5lcmF0aW9uTXMuYWRkKHRvdGFsKTtcbn1cblxuLyoqXG4gKiBTdGFydHMgZ2VuZXJhdGlvbiBhbmQgcG9sbHMgdGhlIGpvYiB1bnRpbCBpdCBjb21wbGV0ZXMsIGZhaWxzLCBvciBgdGltZW91dFNgIHBhc3Nlcy4gYGN1cnJlbnRgXG4gKiBnaXZlcyB0aGUgY2xpZW50IGZvciBlYWNoIHBvbGwsIHNvIGEgdXNlciB3aG9zZSB0b2tlbiBleHBpcmVzIHdoaWxlIHdhaXRpbmcgbG9ncyBpbiBhZ2FpbjsgaXRcbiAqIHN0b3BzIHdhaXRpbmcgd2hlbiB0aGVyZSBpcyBub25lICh0aGUgbG9naW4gZmFpbGVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlQW5kV2FpdChjbGllbnQ6IEFwaUNsaWVudCwgY291cnNlSWQ6IElkLCBwb2xsSW50ZXJ2YWxTOiBudW1iZXIsIHRpbWVvdXRTOiBudW1iZXIsIGN1cnJlbnQ6ICgpID0+IEFwaUNsaWVudCB8IHVuZGVmaW5lZCA9ICgpID0+IGNsaWVudCk6IEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29uc3QgYWNjZXB0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY291cnNlSWQpO1xuICBpZiAoIWFjY2VwdGVkLmJvZHkpIHtcbiAgICBnZW5lcmF0aW9uRmFpbGVkLmFkZCh0cnVlKTtcbiAgICByZXR1cm4geyBjb21wbGV0ZWQ6IGZhbHNlLCBqb2I6IHVuZGVmaW5lZCB9O1xuICB9XG4gIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICBjb25zdCBkZWFkbGluZSA9IHN0YXJ0ZWQgKyB0aW1lb3V0UyAqIDEwMDA7XG4gIGxldCBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbiAgd2hpbGUgKERhdGUubm93KCkgPCBkZWFkbGluZSkge1xuICAgIHNsZWVwKHBvbGxJbnRlcnZhbFMpO1xuICAgIGNvbnN0IHBvbGxlciA9IGN1cnJlbnQoKTtcbiAgICBpZiAoIXBvbGxlcikgYnJlYWs7XG4gICAgY29uc3QgcG9sbGVkID0gcG9sbGVyLmdldEpvYihhY2NlcHRlZC5ib2R5LmpvYl9pZCk7XG4gICAgaWYgKCFwb2xsZWQuYm9keSkgY29udGludWU7XG4gICAgam9iID0gcG9sbGVkLmJvZHk7XG4gICAgaWYgKGpvYi5zdGF0dXMgPT09ICdjb21wbGV0ZWQnIHx8IGpvYi5zdGF0dXMgPT09ICdmYWlsZWQnKSBicmVhaztcbiAgfVxuICBjb25zdCBjb21wbGV0ZWQgPSBqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCc7XG4gIGdlbmVyYXRpb25GYWlsZWQuYWRkKCFjb21wbGV0ZWQpO1xuICBpZiAoY29tcGxldGVkICYmIGpvYikge1xuICAgIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLmFkZChEYXRlLm5vdygpIC0gc3RhcnRlZCk7XG4gICAgcmVjb3JkSm9iVGltZXMoam9iKTtcbiAgfVxuICByZXR1cm4geyBjb21wbGV0ZWQsIGpvYiB9O1xufVxuIiwgIi8vIEhvdyBzaW11bGF0ZWQgdXNlcnMgcGFjZSB0aGVtc2VsdmVzIGFuZCBjaG9vc2Ugd2hhdCB0byBkbyBuZXh0LlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5cbi8qKiBTbGVlcHMgYSB1bmlmb3JtbHkgZHJhd24gdGhpbmsgdGltZSBpbiBbbWluLCBtYXhdIHNlY29uZHMuICovXG5leHBvcnQgZnVuY3Rpb24gdGhpbmsocmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH0pOiB2b2lkIHtcbiAgY29uc3Qgc2Vjb25kcyA9IHJhbmdlLm1pbiArIE1hdGgucmFuZG9tKCkgKiAocmFuZ2UubWF4IC0gcmFuZ2UubWluKTtcbiAgaWYgKHNlY29uZHMgPiAwKSBzbGVlcChzZWNvbmRzKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBXZWlnaHRlZFRhc2s8VD4ge1xuICB3ZWlnaHQ6IG51bWJlcjtcbiAgdGFzazogVDtcbn1cblxuLyoqIFBpY2tzIG9uZSB0YXNrIHdpdGggcHJvYmFiaWxpdHkgcHJvcG9ydGlvbmFsIHRvIGl0cyB3ZWlnaHQuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja1dlaWdodGVkPFQ+KHRhc2tzOiByZWFkb25seSBXZWlnaHRlZFRhc2s8VD5bXSwgcmFuZG9tOiBudW1iZXIgPSBNYXRoLnJhbmRvbSgpKTogVCB7XG4gIGNvbnN0IHRvdGFsID0gdGFza3MucmVkdWNlKChzdW0sIHQpID0+IHN1bSArIHQud2VpZ2h0LCAwKTtcbiAgbGV0IHBvaW50ID0gcmFuZG9tICogdG90YWw7XG4gIGZvciAoY29uc3QgdCBvZiB0YXNrcykge1xuICAgIHBvaW50IC09IHQud2VpZ2h0O1xuICAgIGlmIChwb2ludCA8IDApIHJldHVybiB0LnRhc2s7XG4gIH1cbiAgcmV0dXJuIHRhc2tzW3Rhc2tzLmxlbmd0aCAtIDFdIS50YXNrO1xufVxuXG4vKiogUGlja3Mgb25lIGVsZW1lbnQgdW5pZm9ybWx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tPbmU8VD4oaXRlbXM6IHJlYWRvbmx5IFRbXSk6IFQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gaXRlbXMubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogaXRlbXNbTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogaXRlbXMubGVuZ3RoKV07XG59XG4iLCAiLy8gRWFjaCBWVSBpcyBpdHMgb3duIHVzZXI6IGl0IGxvZ3MgaW4gYXMgaXRzIGFjY291bnQgb2YgYSBjbGFzcyBvbiBmaXJzdCB1c2UgKHRpbWVkIHVuZGVyIGxvYWQgYXNcbi8vIGVuZHBvaW50OmxvZ2luLCBzbyBhIGxvZ2luIHN0b3JtIGF0IHJhbXAtdXAgaXMgbWVhc3VyZWQpLCBrZWVwcyB0aGUgdG9rZW4sIGFuZCBsb2dzIGluIGFnYWluXG4vLyB3aGVuIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDEgb3IgdGhlIHRva2VuIGlzIGFib3V0IHRvIGV4cGlyZSAoY291bnRlZCBpbiBgcmVsb2dpbnNgKS5cbi8vIENoZWNrZWQgb25jZSBwZXIgd29ya2Zsb3cgc3RlcCwgbmV2ZXIgcGVyIHJlcXVlc3QuXG5pbXBvcnQgeyBDb3VudGVyIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQsIHR5cGUgUm9sZSB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBhY2NvdW50T2ZWdSwgcG9vbCB9IGZyb20gJy4vcG9vbC50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4vc2V0dXAudHMnO1xuXG4vKiogTG9naW5zIGFmdGVyIGEgVlUncyBmaXJzdDogaXRzIHRva2VuIGV4cGlyZWQgb3IgdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMS4gKi9cbmV4cG9ydCBjb25zdCByZWxvZ2lucyA9IG5ldyBDb3VudGVyKCdyZWxvZ2lucycpO1xuXG5pbnRlcmZhY2UgU2Vzc2lvbiB7XG4gIGNsaWVudDogQXBpQ2xpZW50O1xuICAvKiogV2hlbiB0byBsb2cgaW4gYWdhaW4gYmVmb3JlIHRoZSB0b2tlbiBleHBpcmVzLCBtcyBzaW5jZSB0aGUgZXBvY2guICovXG4gIHJlbmV3QXQ6IG51bWJlcjtcbiAgLyoqIFRoZSBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMsIHJlYWQgb24gZmlyc3QgbmVlZC4gKi9cbiAgY291cnNlczogSWRbXSB8IHVuZGVmaW5lZDtcbn1cblxuY29uc3Qgc2Vzc2lvbnM6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIFNlc3Npb24+PiA9IHt9O1xubGV0IGFub255bW91czogQXBpQ2xpZW50IHwgdW5kZWZpbmVkO1xuXG4vKiogUmVuZXcgdGhpcyBsb25nIGJlZm9yZSBleHBpcnk6IGEgdGVudGggb2YgdGhlIHRva2VuJ3MgbGlmZSwgYXQgbW9zdCAzMCBzLiAqL1xuY29uc3QgcmVuZXdNYXJnaW5TID0gKHR0bFM6IG51bWJlcikgPT4gTWF0aC5taW4oMzAsIHR0bFMgLyAxMCk7XG5cbmZ1bmN0aW9uIGxvZ2luKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogU2Vzc2lvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGFjY291bnQgPSBhY2NvdW50T2ZWdShwb29sLCByb2xlLCBkYXRhLmNsYXNzUGFzc3dvcmRzPy5bcm9sZV0gPz8gY29uZmlnLnVzZXJzW3JvbGVdLnBhc3N3b3JkKTtcbiAgaWYgKCFhY2NvdW50KSByZXR1cm4gdW5kZWZpbmVkO1xuICBhbm9ueW1vdXMgPz89IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IGFuc3dlciA9IGFub255bW91cy5sb2dpbihhY2NvdW50LmVtYWlsLCBhY2NvdW50LnBhc3N3b3JkKS5ib2R5O1xuICBpZiAoIWFuc3dlcikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdHRsUyA9IHR5cGVvZiBhbnN3ZXIuZXhwaXJlc19pbiA9PT0gJ251bWJlcicgJiYgYW5zd2VyLmV4cGlyZXNfaW4gPiAwID8gYW5zd2VyLmV4cGlyZXNfaW4gOiAzNjAwO1xuICByZXR1cm4geyBjbGllbnQ6IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgYW5zd2VyLmFjY2Vzc190b2tlbiksIHJlbmV3QXQ6IERhdGUubm93KCkgKyAodHRsUyAtIHJlbmV3TWFyZ2luUyh0dGxTKSkgKiAxMDAwLCBjb3Vyc2VzOiB1bmRlZmluZWQgfTtcbn1cblxuZnVuY3Rpb24gc2Vzc2lvbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbnNbcm9sZV07XG4gIGlmIChjdXJyZW50ICYmICFjdXJyZW50LmNsaWVudC51bmF1dGhvcml6ZWQgJiYgRGF0ZS5ub3coKSA8IGN1cnJlbnQucmVuZXdBdCkgcmV0dXJuIGN1cnJlbnQ7XG4gIGlmIChjdXJyZW50KSByZWxvZ2lucy5hZGQoMSwgeyByb2xlIH0pO1xuICBjb25zdCBuZXh0ID0gbG9naW4oY29uZmlnLCBkYXRhLCByb2xlKTtcbiAgLy8gQSBmYWlsZWQgbG9naW4gbGVhdmVzIG5vIHNlc3Npb246IHRoZSBzdGVwIGZhaWxzLCBhbmQgdGhlIG5leHQgb25lIHRyaWVzIGFnYWluLlxuICBpZiAobmV4dCAmJiBjdXJyZW50KSBuZXh0LmNvdXJzZXMgPSBjdXJyZW50LmNvdXJzZXM7XG4gIHNlc3Npb25zW3JvbGVdID0gbmV4dDtcbiAgcmV0dXJuIG5leHQ7XG59XG5cbi8qKiBUaGlzIFZVJ3MgY2xpZW50IGZvciBhIGNsYXNzLCBsb2dnZWQgaW4gYXMgaXRzIG93biBhY2NvdW50OyB1bmRlZmluZWQgd2hlbiB0aGUgbG9naW4gZmFpbGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVzZXJDbGllbnQoY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBBcGlDbGllbnQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpPy5jbGllbnQ7XG59XG5cbi8qKiBJZHMgb2YgdGhpcyBWVSdzIGFjY291bnQncyBrZXB0IGRhdGFzZXQgY291cnNlcyAoYSBsaXN0IHJlcXVlc3Qgb24gZmlyc3QgbmVlZCksIGZvciByZWFkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvd25Db3Vyc2VzKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogSWRbXSB7XG4gIGNvbnN0IGN1cnJlbnQgPSBzZXNzaW9uKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIGlmICghY3VycmVudCkgcmV0dXJuIFtdO1xuICBpZiAoIWN1cnJlbnQuY291cnNlcykge1xuICAgIGNvbnN0IGxpc3QgPSBjdXJyZW50LmNsaWVudC5saXN0Q291cnNlcyh7IHE6IERBVEFTRVRfVElUTEUsIGxpbWl0OiAxMDAgfSkuYm9keTtcbiAgICBpZiAoIWxpc3QpIHJldHVybiBbXTtcbiAgICBjdXJyZW50LmNvdXJzZXMgPSBsaXN0Lml0ZW1zLm1hcCgoY291cnNlKSA9PiBjb3Vyc2UuaWQpO1xuICB9XG4gIHJldHVybiBjdXJyZW50LmNvdXJzZXM7XG59XG4iLCAiLy8gVGhlIG1peGVkIHVzZXIgcG9wdWxhdGlvbiBzaGFyZWQgYnkgbG9hZCwgcmFtcC11cCBhbmQgc29hazogb25lIGs2IHNjZW5hcmlvIGFuZCBvbmUgZXhlY1xuLy8gZnVuY3Rpb24gcGVyIHVzZXIgY2xhc3MuIEVudHJpZXMgcmUtZXhwb3J0IHRoZSBleGVjIGZ1bmN0aW9ucywgYXMgazYgbG9va3MgdGhlbSB1cCBieSBuYW1lIGluXG4vLyB0aGUgZW50cnkgbW9kdWxlLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IHJ1bldvcmtmbG93IH0gZnJvbSAnLi9ydW4td29ya2Zsb3cudHMnO1xuaW1wb3J0IHR5cGUgeyBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHsgc3BsaXRVc2VycywgdHlwZSBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IGFkbWluVXNlciwgcG93ZXJVc2VyLCByZWd1bGFyVXNlciwgdHlwZSBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuLyoqIFNjZW5hcmlvcyBmb3IgdGhlIHRocmVlIGNsYXNzZXMsIHNwbGl0dGluZyBgdG90YWxVc2Vyc2AgYnkgYGNvbmZpZy53ZWlnaHRzYCwgZWFjaCBpbiB0aGUgZ2l2ZW4gc2hhcGUuICovXG5leHBvcnQgZnVuY3Rpb24gcG9wdWxhdGlvblNjZW5hcmlvcyhjb25maWc6IENvbmZpZywgdG90YWxVc2VyczogbnVtYmVyLCBzaGFwZTogKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIpID0+IFNjZW5hcmlvKTogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+IHtcbiAgY29uc3QgdXNlcnMgPSBzcGxpdFVzZXJzKHRvdGFsVXNlcnMsIGNvbmZpZy53ZWlnaHRzKTtcbiAgcmV0dXJuIHtcbiAgICByZWd1bGFyX3VzZXJzOiBzaGFwZSgncmVndWxhclVzZXJzJywgdXNlcnMucmVndWxhciksXG4gICAgcG93ZXJfdXNlcnM6IHNoYXBlKCdwb3dlclVzZXJzJywgdXNlcnMucG93ZXIpLFxuICAgIGFkbWluX3VzZXJzOiBzaGFwZSgnYWRtaW5Vc2VycycsIHVzZXJzLmFkbWluKSxcbiAgfTtcbn1cblxuLyoqIFRoZSBleGVjIGZ1bmN0aW9ucyB0aG9zZSBzY2VuYXJpb3MgbmFtZTsgYGJlZm9yZUVhY2hgIHJ1bnMgZmlyc3QgaW4gZXZlcnkgaXRlcmF0aW9uIChlLmcuIHNldHRpbmcgdGhlIHBoYXNlIHRhZykuICovXG5leHBvcnQgZnVuY3Rpb24gcG9wdWxhdGlvbkV4ZWNzKGNvbmZpZzogQ29uZmlnLCBiZWZvcmVFYWNoOiAoKSA9PiB2b2lkID0gKCkgPT4gdW5kZWZpbmVkKSB7XG4gIGNvbnN0IGV4ZWMgPSAobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3cpID0+IChkYXRhOiBSdW5EYXRhKTogdm9pZCA9PiB7XG4gICAgYmVmb3JlRWFjaCgpO1xuICAgIHJ1bldvcmtmbG93KG5hbWUsIHdvcmtmbG93LCB7IGNvbmZpZywgZGF0YSB9KTtcbiAgfTtcbiAgcmV0dXJuIHsgcmVndWxhclVzZXJzOiBleGVjKCdyZWd1bGFyJywgcmVndWxhclVzZXIpLCBwb3dlclVzZXJzOiBleGVjKCdwb3dlcicsIHBvd2VyVXNlciksIGFkbWluVXNlcnM6IGV4ZWMoJ2FkbWluJywgYWRtaW5Vc2VyKSB9O1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgcmV0dXJuIHRhcmdldHMuYXBpUDk1TXM7XG59XG5cbi8qKiBBUEkgcDk1L3A5OSBvdmVyIGFsbCBlbmRwb2ludHMsIGFuZCBwOTUgcGVyIGVuZHBvaW50IChoZWFsdGggYW5kIGV4cG9ydCB3aXRoIHRoZWlyIG93biBidWRnZXRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYXRlbmN5R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk5TXMgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIEVycm9yIHJhdGUgb3ZlciBhbGwgQVBJIHJlcXVlc3RzIGFuZCBwZXIgZW5kcG9pbnQsIHNvIG9uZSBmYWlsaW5nIHJvdXRlIGlzIG5hbWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yR2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFN0b3BzIGEgcnVuIGVhcmx5IHdoZW4gbW9zdCByZXF1ZXN0cyBmYWlsIChwbGF0Zm9ybSBkb3duIG9yIGNyYXNoZWQpOiBubyBtaW51dGVzIG9mIG5vaXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwgPSAnMTBzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ2hlY2tzIGFuZCB3aG9sZSB3b3JrZmxvd3MgbXVzdCBzdWNjZWVkIG9mdGVuIGVub3VnaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWNjZXNzR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGVja3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3dvcmtmbG93X3N1Y2Nlc3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIENoYXB0ZXIgZ2VuZXJhdGlvbiB0aW1lICh0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMpIGFuZCBmYWlsZWQgZ2VuZXJhdGlvbiBqb2JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRpb25HYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5jaGFwdGVyUDk1TXMgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2dlbmVyYXRpb25fZmFpbGVkJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBFYWNoIGVuZHBvaW50IGFnYWluc3QgaXRzIG93biBidWRnZXQ6IHA5NSAoaGVhbHRoIGFuZCBleHBvcnQgaGF2ZSB0aGVpciBvd24pIGFuZCBwOTksIHBsdXMgaXRzIGVycm9yIHJhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRCdWRnZXRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGVycm9yUmF0ZTogbnVtYmVyKTogR2F0ZVtdIHtcbiAgcmV0dXJuIGVuZHBvaW50cy5mbGF0TWFwKChlbmRwb2ludCkgPT4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiB7IGVuZHBvaW50IH0sIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0gfSxcbiAgXSk7XG59XG5cbi8qKlxuICogYnJlYWtwb2ludDogQVBJIHA5NSBhbmQgZXJyb3IgcmF0ZSBhYm9ydCB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCBvZiBkYXRhKTtcbiAqIHRoZSBzdXN0YWluZWQtcmF0ZSBtZXRyaWMgaXMgbGlzdGVkIHdpdGggYW4gYWx3YXlzLXRydWUgcnVsZSBzbyB0aGUgc3VtbWFyeSBzaG93cyBpdHMgdmFsdWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBicmVha3BvaW50R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgc3VzdGFpbmVkTWV0cmljOiBzdHJpbmcsIGRlbGF5QWJvcnRFdmFsID0gJzVzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogc3VzdGFpbmVkTWV0cmljLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPj0nLCB2YWx1ZTogMCB9XSB9LFxuICBdO1xufVxuIiwgIi8vIHNvYWs6IGRvZXMgaXQgZGVncmFkZSBvdmVyIHRpbWU/IEEgbW9kZXJhdGUgY29uc3RhbnQgcG9wdWxhdGlvbiBmb3IgYSBsb25nIHRpbWUgKGRlZmF1bHRcbi8vIDMwIG1pbikuIEdhdGVzOiBsYXRlbmN5IGF0IHRoZSBlbmQgdnMgdGhlIHN0YXJ0IChlYWNoIFZVJ3MgbGF0ZW5jeSBpbiB0aGUgbGFzdCB0ZW50aCBkaXZpZGVkIGJ5XG4vLyBpdHMgbWVkaWFuIGluIHRoZSBmaXJzdCB0ZW50aDogc29ha19sYXRlbmN5X2RyaWZ0IG1lZCA8IFNPQUtfRFJJRlRfTElNSVQpLCB0aGUgZXJyb3IgcmF0ZSwgYW5kLFxuLy8gd2l0aCBhIHNpZGVjYXIsIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgKFRIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4pLlxuLy8gRW52OiBTT0FLX0RVUkFUSU9OIChzLCBkZWZhdWx0IDE4MDApLCBTT0FLX1VTRVJTIChkZWZhdWx0IDIwICUgb2YgUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUyksXG4vLyBTT0FLX0RSSUZUX0xJTUlUICgxLjUpLlxuaW1wb3J0IHsgZW52TnVtYmVyIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5pbXBvcnQgeyBndWFyZGVkQ29uZmlnIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHsgZW50ZXJQaGFzZSwgdHJhY2tEcmlmdCwgdHlwZSBQaGFzZSB9IGZyb20gJy4uL2xpYi9sb2FkL3BoYXNlcy50cyc7XG5pbXBvcnQgeyBtYWtlSGFuZGxlU3VtbWFyeSB9IGZyb20gJy4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMnO1xuaW1wb3J0IHsgcHJlcGFyZVJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vbGliL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGNvbnN0YW50VXNlcnMgfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgcG9wdWxhdGlvbkV4ZWNzLCBwb3B1bGF0aW9uU2NlbmFyaW9zIH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9wb3B1bGF0aW9uLnRzJztcbmltcG9ydCB7IGFib3J0R2F0ZXMsIGVycm9yR2F0ZXMsIGdlbmVyYXRpb25HYXRlcywgbGF0ZW5jeUdhdGVzLCBzdWNjZXNzR2F0ZXMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2dhdGVzLnRzJztcblxuY29uc3QgY29uZmlnID0gZ3VhcmRlZENvbmZpZygnc29haycpO1xuY29uc3QgZHVyYXRpb25TID0gZW52TnVtYmVyKF9fRU5WLCAnU09BS19EVVJBVElPTicsIDE4MDAsIHsgbWluOiAxMCwgbWF4OiA3ICogODZfNDAwLCBpbnRlZ2VyOiB0cnVlLCB3aGF0OiAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycgfSk7XG5jb25zdCBzb2FrVXNlcnMgPSBlbnZOdW1iZXIoX19FTlYsICdTT0FLX1VTRVJTJywgTWF0aC5tYXgoMywgTWF0aC5yb3VuZChjb25maWcuY29uY3VycmVudFVzZXJzIC8gNSkpLCB7IG1pbjogMSwgbWF4OiAxMDBfMDAwLCBpbnRlZ2VyOiB0cnVlIH0pO1xuY29uc3QgZHJpZnRMaW1pdCA9IGVudk51bWJlcihfX0VOViwgJ1NPQUtfRFJJRlRfTElNSVQnLCAxLjUsIHsgbWluOiAxLCBtYXg6IDEwMCB9KTtcbmNvbnN0IHBoYXNlczogUGhhc2VbXSA9IFtcbiAgeyBuYW1lOiAnc3RhcnQnLCB1bnRpbFM6IGR1cmF0aW9uUyAvIDEwIH0sXG4gIHsgbmFtZTogJ21pZGRsZScsIHVudGlsUzogKGR1cmF0aW9uUyAqIDkpIC8gMTAgfSxcbiAgeyBuYW1lOiAnZW5kJywgdW50aWxTOiBJbmZpbml0eSB9LFxuXTtcbnRyYWNrRHJpZnQoJ3NvYWtfbGF0ZW5jeV9kcmlmdCcsIHBoYXNlcywgJ3N0YXJ0JywgWydlbmQnXSk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywge1xuICB3YWxsVGltZVM6IGR1cmF0aW9uUyxcbiAgZ2F0ZU1lbW9yeUdyb3d0aDogdHJ1ZSxcbiAgc2NlbmFyaW9zOiB7XG4gICAgLi4ucG9wdWxhdGlvblNjZW5hcmlvcyhjb25maWcsIHNvYWtVc2VycywgKGV4ZWMsIHZ1cykgPT4gY29uc3RhbnRVc2VycyhleGVjLCB2dXMsIGR1cmF0aW9uUykpLFxuICB9LFxuICBnYXRlczogW1xuICAgIHsgbWV0cmljOiAnc29ha19sYXRlbmN5X2RyaWZ0JywgcnVsZXM6IFt7IHN0YXQ6ICdtZWQnLCBvcDogJzwnLCB2YWx1ZTogZHJpZnRMaW1pdCB9XSB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLCB0YWdzOiB7IHBoYXNlOiAnZW5kJywgc2NvcGU6ICdhcGknIH0sIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogY29uZmlnLnRhcmdldHMuYXBpUDk1TXMgfV0gfSxcbiAgICAuLi5sYXRlbmN5R2F0ZXMoY29uZmlnLnRhcmdldHMsIFtdKSxcbiAgICAuLi5lcnJvckdhdGVzKGNvbmZpZy50YXJnZXRzLCBbXSksXG4gICAgLi4uc3VjY2Vzc0dhdGVzKGNvbmZpZy50YXJnZXRzKSxcbiAgICAuLi5nZW5lcmF0aW9uR2F0ZXMoY29uZmlnLnRhcmdldHMpLFxuICAgIC4uLmFib3J0R2F0ZXMoKSxcbiAgXSxcbn0pO1xuXG5leHBvcnQgeyBwb2xsUmVzb3VyY2VzLCB0ZWFyZG93biB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuZXhwb3J0IGNvbnN0IGhhbmRsZVN1bW1hcnkgPSBtYWtlSGFuZGxlU3VtbWFyeSh7IHNjZW5hcmlvOiAnc29haycgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXR1cCgpOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVSdW4oY29uZmlnLCB7IGRhdGFzZXQ6IHRydWUgfSk7XG59XG5cbmV4cG9ydCBjb25zdCB7IHJlZ3VsYXJVc2VycywgcG93ZXJVc2VycywgYWRtaW5Vc2VycyB9ID0gcG9wdWxhdGlvbkV4ZWNzKGNvbmZpZywgKCkgPT4gZW50ZXJQaGFzZShwaGFzZXMpKTtcbiJdLAogICJtYXBwaW5ncyI6ICI7QUF1Qk8sSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ3pCTSxJQUFNLFFBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDL0IsT0FBTztBQUNsQjtBQU1PLFNBQVMsY0FBY0EsT0FBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTUMsUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPRCxNQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVNBLE1BQUssTUFBTSxDQUFDLElBQUlBO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sSUFBSyxDQUFDLFNBQVMsS0FBTTtBQUFBLGlCQUM3QyxNQUFNLElBQUssVUFBUztBQUFBLFlBQ3hCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUMsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvSSxRQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsU0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGFBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsTUFBSSxDQUFDLFFBQVMsQ0FBQUEsTUFBSyxHQUFHLHFGQUFxRjtBQUMzRyxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGNBQWMsTUFBYyxNQUF5QjtBQUNuRSxRQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsUUFBTSxXQUFXO0FBQ2pCLGFBQVcsUUFBUSxLQUFLLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFLEdBQUc7QUFDL0UsVUFBTSxRQUFRLG9DQUFvQyxLQUFLLElBQUk7QUFDM0QsUUFBSSxDQUFDLE1BQU8sT0FBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxNQUFNLElBQUksbUJBQW1CLFFBQVEsRUFBRTtBQUNuSCxVQUFNLE1BQU0sQ0FBQyxDQUFTLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztBQUFBLEVBQzNDO0FBQ0EsTUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU0sVUFBVSxFQUFHLE9BQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDN0ksU0FBTztBQUNUO0FBR08sU0FBUyxVQUFVLE1BQVksR0FBbUI7QUFDdkQsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzlDO0FBR08sU0FBUyxvQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxPQUFPLElBQUksSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ2xELGFBQU8sR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztBQUFBLElBRW5IO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9PLFNBQVMsVUFBVSxXQUE0RDtBQUNwRixNQUFJLFFBQVE7QUFDWixhQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxVQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixRQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7QUFBQSxhQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtBQUFBLGFBQ3pDLE9BQU8sRUFBRSxvQkFBb0IsU0FBVSxVQUFTLEVBQUU7QUFBQSxRQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU87QUFDVDs7O0FDbkZPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUlBLFNBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsU0FBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFFBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDeEY7QUFFQSxTQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsU0FBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLFVBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxRQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxJQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsSUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsUUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLFNBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtBQUNqQztBQUVBLFNBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsUUFBTSxXQUFXO0FBQ2pCLE1BQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFFBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxNQUFJO0FBQ0YsV0FBTyxjQUFjLE9BQU8sSUFBSTtBQUFBLEVBQ2xDLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxZQUFZLGlCQUFpQixpQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDdkY7QUFDRjtBQUVBLFNBQVMsUUFBUSxLQUE2QjtBQUM1QyxRQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFFBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixNQUFJLFlBQVksUUFBUyxNQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQ3BJLFNBQU8sRUFBRSxTQUFTLFdBQVcsUUFBUSxLQUFLLEtBQUssNEJBQTRCLEVBQUU7QUFDL0U7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTUMsYUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFFBQU0sVUFBVSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyx1QkFBdUIsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNQSxhQUFZLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdEgsU0FBTztBQUFBLElBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7QUFBQSxJQUNyRCxPQUFPO0FBQUEsTUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtBQUFBLE1BQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLE1BQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLElBQzdFO0FBQUEsSUFDQSxXQUFBQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztBQUFBLElBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsSUFDaEU7QUFBQSxJQUNBLFdBQVcsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxJQUMvRSxTQUFTLFFBQVEsS0FBSywwQkFBMEI7QUFBQSxJQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7QUFBQSxJQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztBQUFBLElBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztBQUFBLElBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7QUFBQSxJQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7QUFBQSxJQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7QUFBQSxJQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7QUFBQSxJQUN2RCxTQUFTO0FBQUEsTUFDUCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtBQUFBLE1BQzdGLGFBQWEsU0FBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7QUFBQSxNQUNsRSxXQUFXLFNBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO0FBQUEsTUFDNUQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtBQUFBLE1BQ3pFLFlBQVksU0FBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7QUFBQSxNQUM5RixzQkFBc0IsU0FBUyxHQUFHLEtBQVcsNEJBQTRCLEtBQUssRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtBQUFBLElBQ25KO0FBQUEsSUFDQSxXQUFXLElBQUksS0FBSyx3QkFBd0IsS0FBSztBQUFBLElBQ2pELFdBQVcsU0FBUyxLQUFLLFlBQVk7QUFBQSxJQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7QUFBQSxJQUNyRCxTQUFTLFFBQVEsR0FBRztBQUFBLEVBQ3RCO0FBQ0Y7QUFHTyxTQUFTLE9BQU8sU0FBeUI7QUFDOUMsUUFBTSxRQUFRLG1DQUFtQyxLQUFLLE9BQU87QUFDN0QsVUFBUSxRQUFRLENBQUMsS0FBSyxJQUFJLFlBQVk7QUFDeEM7QUFFTyxTQUFTLFdBQVcsTUFBdUI7QUFDaEQsU0FBTyxTQUFTLGVBQWUsU0FBUyxXQUFXLFNBQVMsU0FBUyxtQ0FBbUMsS0FBSyxJQUFJO0FBQ25IO0FBTU8sU0FBUyxvQkFBb0JDLFNBQWdCLE9BQXFCO0FBQ3ZFLFFBQU0sT0FBTyxPQUFPQSxRQUFPLE9BQU87QUFDbEMsTUFBSSxXQUFXLElBQUksS0FBS0EsUUFBTyxhQUFhLFNBQVMsSUFBSSxFQUFHO0FBQzVELFFBQU0sSUFBSTtBQUFBLElBQ1Isb0JBQW9CLEtBQUssYUFBYUEsUUFBTyxPQUFPLEtBQUssSUFBSSxvR0FDYSxJQUFJO0FBQUEsRUFDaEY7QUFDRjtBQU1PLFNBQVMsVUFBVSxLQUFVLE1BQWMsVUFBa0IsT0FBK0U7QUFDakosUUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELFNBQU8sU0FBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtBQUN6Rjs7O0FDdk9PLElBQU0sU0FBaUIsWUFBWSxLQUFLO0FBR3hDLFNBQVMsY0FBYyxPQUF1QjtBQUNuRCxzQkFBb0IsUUFBUSxLQUFLO0FBQ2pDLFNBQU87QUFDVDs7O0FDTkEsT0FBTyxVQUFVO0FBQ2pCLFNBQVMsU0FBUyxhQUFhOzs7QUMyQi9CLElBQU0sY0FBYztBQUNwQixJQUFNLFdBQVc7QUFDakIsSUFBTSxhQUFhO0FBR1osU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxZQUFZLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxNQUFNLHdCQUF3QixNQUFNLDhCQUE4QjtBQUMzRyxRQUFNLFVBQVUsT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQ3pDLE1BQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxRQUFJLENBQUMsU0FBUyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsS0FBSyxLQUFLLEdBQUc7QUFDaEQsWUFBTSxJQUFJLE1BQU0sZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU0sMkRBQTJEO0FBQUEsSUFDckg7QUFBQSxFQUNGO0FBQ0EsU0FBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ2hGO0FBR08sU0FBUyxXQUFXLE1BQW1EO0FBQzVFLFFBQU0sYUFBYSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQzVDLE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEksU0FBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztBQUM1QztBQUVBLFNBQVMsS0FBSyxNQUF5QjtBQUNyQyxRQUFNQyxRQUFPLFdBQVcsSUFBSTtBQUM1QixNQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLFNBQU8sRUFBRSxXQUFXQSxPQUFNLGFBQWEsTUFBTSxHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUMsRUFBRztBQUN2SDtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBRC9ETyxJQUFNLG1CQUFtQixJQUFJLE1BQU0sb0JBQW9CO0FBRXZELElBQU0sd0JBQXdCLElBQUksTUFBTSwwQkFBMEI7QUFFbEUsSUFBTSxpQkFBaUIsSUFBSSxNQUFNLGtCQUFrQjtBQUVuRCxJQUFNLHVCQUF1QixJQUFJLFFBQVEsd0JBQXdCO0FBRWpFLElBQU0scUJBQXFCLElBQUksTUFBTSxpQ0FBaUM7QUFTN0UsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFFbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUdHLFNBQVMsa0JBQWtCQyxZQUFtQixXQUE4QjtBQUNqRixTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFNO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixVQUFVO0FBQUEsSUFDVixVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLQSxVQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGlCQUFpQjtBQUFBLElBQ2pCLFFBQVE7QUFBQSxJQUNSLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFRTyxTQUFTLGNBQWMsWUFBMEI7QUFDdEQsUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxNQUE4QyxJQUFJLElBQUksSUFBSTtBQUM1RixNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6Qyx5QkFBcUIsSUFBSSxDQUFDO0FBQzFCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxzQkFBcUIsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUMzRyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLHFCQUFpQixJQUFJLE9BQU8sV0FBVztBQUN2QywwQkFBc0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNsRCxtQkFBZSxJQUFJLE9BQU8sU0FBUztBQUNuQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUFBLEVBQ3RDO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixZQUEwQjtBQUMzRCxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCLFNBQVUsb0JBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDOUg7QUFZTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CLE9BQVcsT0FBTSxLQUFLLEVBQUUsUUFBUSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDLEVBQUUsQ0FBQztBQUNsSyxNQUFJLE9BQU8sY0FBZSxPQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUN4SCxTQUFPO0FBQ1Q7OztBRWxHTyxTQUFTLFdBQVcsT0FBZUMsVUFBK0M7QUFDdkYsUUFBTSxPQUFPLENBQUMsV0FBVyxTQUFTLE9BQU87QUFDekMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU8sUUFBUUEsU0FBUSxDQUFDLElBQUssR0FBRztBQUN4RCxRQUFNLFNBQVMsTUFBTSxJQUFJLEtBQUssS0FBSztBQUNuQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxLQUFLLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxFQUFFO0FBQzFILFdBQVMsT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxPQUFPLEdBQUcsUUFBUSxJQUFLLFFBQU8sTUFBTSxJQUFJLENBQUMsQ0FBRTtBQUU3RyxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixRQUFJQSxTQUFRLEtBQUssQ0FBQyxDQUFFLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxLQUFLLFNBQVMsR0FBRztBQUMxRCxZQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUNsRCxhQUFPLE9BQU87QUFDZCxhQUFPLENBQUM7QUFBQSxJQUNWO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxTQUFTLE9BQU8sQ0FBQyxHQUFJLE9BQU8sT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsRUFBRztBQUNyRTtBQXlDTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQW9CM0YsU0FBUyxjQUFjQyxPQUFjLEtBQWFDLFlBQTZCO0FBQ3BGLFNBQU8sRUFBRSxVQUFVLGdCQUFnQixNQUFBRCxPQUFNLEtBQUssVUFBVSxHQUFHQyxVQUFTLEtBQUssY0FBYyxNQUFNO0FBQy9GOzs7QUNqRkEsU0FBUyxtQkFBbUI7QUFDNUIsT0FBTyxVQUFVO0FBYWpCLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksTUFBTSwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUMsdUVBQXVFO0FBQUEsRUFDeEo7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSSxJQUFJLFlBQVksU0FBUyxJQUFJLElBQUksTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJLENBQUM7QUFDekgsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFTyxTQUFTLFNBQVNDLFNBQXNCO0FBQzdDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU8sRUFBRSxRQUFRLGNBQWMsT0FBT0EsUUFBTyxXQUFXLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVMsR0FBRztBQUFBLEVBQ2hKO0FBQ0EsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3RTtBQUNGO0FBR08sU0FBUyxZQUFZQyxPQUFZLE1BQVlDLGdCQUE0QztBQUM5RixRQUFNLE9BQU9ELE1BQUssTUFBTSxJQUFJO0FBQzVCLFNBQU8sU0FBUyxJQUFJLFNBQVlBLE1BQUssUUFBUSxPQUFPLEtBQUssR0FBRyxXQUFXLEtBQUssTUFBTUMsY0FBYTtBQUNqRztBQUdPLFNBQVMsZUFBZUQsT0FBWSxPQUF3QixPQUFxQjtBQUN0RixRQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsUUFBTSxVQUFVLG9CQUFvQkEsTUFBSyxPQUFPLFFBQVFBLE1BQUssTUFBTTtBQUNuRSxNQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztBQUN0QztBQUdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBQzVENUMsU0FBUyxTQUFBRSxjQUFhO0FBQ3RCLE9BQU9DLFdBQVU7QUFDakIsT0FBTyxhQUFhO0FBQ3BCLE9BQU9DLFdBQVU7OztBQ0xqQixTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBdUQ7OztBQ2tCdkQsSUFBTSxZQUFZOzs7QUNoQnpCLElBQU0sTUFBTSxDQUFDLE9BQW1CLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUV0RCxJQUFNLFFBQVE7QUFBQSxFQUNuQixRQUFRLE1BQU07QUFBQSxFQUNkLE9BQU8sTUFBTTtBQUFBLEVBQ2IsU0FBUyxNQUFNO0FBQUEsRUFDZixRQUFRLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUM5QyxVQUFVLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNoRCxLQUFLLENBQUMsT0FBVyxnQkFBZ0IsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUN4QyxTQUFTLENBQUMsSUFBUSxVQUFrQixtQkFBbUIsSUFBSSxFQUFFLENBQUMsYUFBYSxLQUFLO0FBQUEsRUFDaEYsY0FBYyxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDcEQsWUFBWSxNQUFNO0FBQUEsRUFDbEIsV0FBVyxNQUFNO0FBQUEsRUFDakIsWUFBWSxNQUFNO0FBQ3BCO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUVBLElBQU0saUJBQThFLENBQUM7QUFDckYsV0FBVyxDQUFDLFVBQVUsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLEdBQTJCO0FBQ2pGLGlCQUFlLFFBQVEsSUFBSSxPQUFPLE9BQU8sRUFBRSxVQUFVLE9BQU8sV0FBVyxLQUFLLENBQUM7QUFDL0U7QUFHTyxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsU0FBTyxlQUFlLFFBQVE7QUFDaEM7OztBRlNBLElBQU0sUUFBUSxDQUFJLFNBQThDO0FBRWhFLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFFL0MsSUFBTSxTQUFTO0FBQUEsRUFDcEIsUUFBUSxNQUEwQixDQUFDLFVBQVUsTUFBTSxRQUFRLE1BQU0sSUFBSTtBQUFBLEVBQ3JFLE9BQU8sTUFBYSxDQUFDLFVBQVU7QUFDN0IsVUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxFQUNoRCxDQUFDO0FBQUEsRUFDRCxZQUFZLE1BQWtCLENBQUMsVUFBVSxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEcsUUFBUSxNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEYsb0JBQW9CLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixhQUFhLE1BQXlDLENBQUMsVUFBVSxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN0RixLQUFLLE1BQVcsQ0FBQyxVQUFVLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixTQUFTLE1BQWUsQ0FBQyxVQUFVLE9BQU8sTUFBTSxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQ3ZFLFdBQVcsTUFBK0IsQ0FBQyxVQUFVO0FBQ25ELFVBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLEVBQzVFLENBQUM7QUFDSDtBQUtBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVMsWUFBWSxJQUFJLFNBQVM7QUFDcEg7QUFHQSxTQUFTLFNBQVMsS0FBc0I7QUFDdEMsU0FBTyxDQUFDLFNBQVM7QUFDZixRQUFJO0FBQ0YsYUFBTyxJQUFJLEtBQUssSUFBSSxLQUFLO0FBQUEsSUFDM0IsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxVQUFVLEtBQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7QUFBQSxFQUN0QyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sa0JBQWtCLG9CQUFJLElBQXNEO0FBQ2xGLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxNQUFJLFdBQVcsZ0JBQWdCLElBQUksTUFBTTtBQUN6QyxNQUFJLENBQUMsVUFBVTtBQUNiLGVBQVdDLE1BQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLElBQUksUUFBUSxRQUFRO0FBQUEsRUFDdEM7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBQ0csU0FBUyxnQkFBZ0IsTUFBeUM7QUFDdkUsYUFBVztBQUNiO0FBT0EsSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUFZLG9CQUFJLElBQWdFO0FBRXRGLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxJQUFJLFFBQVE7QUFDaEMsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsSUFBSSxVQUFVLEdBQUc7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBUyxvQkFBSSxJQUFzQjtBQUFBO0FBQUEsRUFXcEQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUE4QjtBQUNwRixRQUFJQyxVQUFTLEtBQUssT0FBTyxJQUFJLFFBQVE7QUFDckMsUUFBSSxDQUFDQSxTQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxNQUFBQSxVQUFTLEVBQUUsU0FBUyxNQUFNLFlBQVksUUFBUSxHQUFHLFNBQVMsS0FBSyxTQUFTLGtCQUFrQixhQUFhLFFBQVEsRUFBRTtBQUNqSCxXQUFLLE9BQU8sSUFBSSxVQUFVQSxPQUFNO0FBQUEsSUFDbEM7QUFDQSxXQUFPQTtBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQUMsUUFDQSxTQUNXO0FBQ1gsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNRixNQUFLLFFBQVEsUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUksSUFBSSxjQUFjLEtBQUssVUFBVSxPQUFPLElBQUksTUFBTSxLQUFLLFVBQVUsVUFBVSxVQUFVLFdBQVcsQ0FBQztBQUN4SixVQUFNLFdBQVcsSUFBSSxXQUFXO0FBQ2hDLFFBQUksSUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBQzVDLFVBQU0sVUFBVSxDQUFDRSxVQUFVLE9BQU8sR0FBRyxLQUFLQSxPQUFNLFNBQVMsR0FBRyxDQUFDO0FBQzdELFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxVQUFNLFVBQVUsUUFBUUEsTUFBSyxLQUFLLFlBQVk7QUFDOUMsUUFBSTtBQUNKLFFBQUksU0FBUztBQUNiLFdBQU87QUFBQSxNQUNMLElBQUk7QUFBQSxNQUNKLFFBQVEsSUFBSTtBQUFBLE1BQ1osSUFBSSxPQUFPO0FBQ1QsWUFBSSxXQUFXLENBQUMsUUFBUTtBQUN0QixpQkFBTyxVQUFVLEdBQUc7QUFDcEIsbUJBQVM7QUFBQSxRQUNYO0FBQ0EsZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFDM0YsVUFBTUQsVUFBUyxPQUFPLFFBQVEsS0FBSyxFQUNoQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxVQUFVLE1BQVMsRUFDekMsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUMsRUFBRSxFQUNuRSxLQUFLLEdBQUc7QUFDWCxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUdBLFVBQVMsSUFBSUEsT0FBTSxLQUFLLEVBQUUsSUFBSSxLQUFLLE9BQU8sVUFBVTtBQUFBLEVBQ25IO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLE1BQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU07QUFBQSxFQUN2RjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sa0JBQWtCO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxRQUFRLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQzlFO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLE1BQU0sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLE1BQU0sSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLE9BQU87QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsTUFBTSxhQUFhLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUN2RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxNQUFNLFVBQVUsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ3BHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUNGOzs7QUc3UUEsU0FBUyxhQUFhO0FBQ3RCLE9BQU9FLFdBQTBFOzs7QUNIMUUsSUFBTSxnQkFBZ0I7QUFFdEIsSUFBTSxtQkFBbUI7QUFFekIsU0FBUyxhQUFhLEdBQW1CO0FBQzlDLFNBQU8sR0FBRyxhQUFhLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUN2RDtBQUdPLFNBQVMsU0FBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELFNBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztBQUM1RTtBQUdPLFNBQVMsUUFBUSxPQUFtQztBQUN6RCxRQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxTQUFPLFFBQVEsQ0FBQztBQUNsQjtBQUdPLFNBQVMsV0FBVyxPQUFtQztBQUM1RCxRQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLFNBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0FBQ3BDO0FBTU8sU0FBUyxXQUFXLE9BQWUsU0FBaUIsS0FBdUI7QUFDaEYsTUFBSSxDQUFDLE1BQU0sV0FBVyxnQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFFBQU0sUUFBUSxRQUFRLEtBQUs7QUFDM0IsTUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsUUFBTSxVQUFVLFdBQVcsS0FBSztBQUNoQyxTQUFPLFlBQVksVUFBYSxXQUFXLFdBQVcsT0FBTyxLQUFLO0FBQ3BFOzs7QUQ1QkEsSUFBTSxjQUFjO0FBQ3BCLElBQU0sYUFBYTtBQWlCbkIsU0FBUyxRQUFRLFVBQXNDO0FBQ3JELFFBQU0sVUFBc0IsQ0FBQztBQUM3QixXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsUUFBUSxLQUFLLFlBQWEsU0FBUSxLQUFLLEdBQUlDLE1BQUssTUFBTSxTQUFTLE1BQU0sR0FBRyxJQUFJLFdBQVcsQ0FBQyxDQUFnQjtBQUNySSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLElBQUk7QUFDM0QsUUFBTSxVQUFrQyxFQUFFLFFBQVEsb0JBQW9CLGdCQUFnQixtQkFBbUI7QUFDekcsTUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxTQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLEdBQUcsUUFBUSxJQUFJO0FBQzlGO0FBRUEsU0FBUyxLQUFRLEtBQThCO0FBQzdDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7QUFBQSxFQUN0QyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsV0FBV0MsU0FBZ0IsT0FBZSxVQUFzQztBQUM5RixRQUFNLE1BQU1ELE1BQUssS0FBSyxHQUFHQyxRQUFPLE9BQU8sR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLEtBQUssVUFBVSxFQUFFLE9BQU8sU0FBUyxDQUFDLEdBQUcsT0FBTyxPQUFPLENBQUM7QUFDL0csU0FBTyxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUNuRjtBQUdPLFNBQVMsY0FBY0EsU0FBZ0IsUUFBZ0M7QUFDNUUsUUFBTSxFQUFFLFNBQVMsUUFBUSxXQUFXLGtCQUFrQixPQUFPLElBQUlBLFFBQU87QUFDeEUsUUFBTSxTQUF3QixFQUFFLFVBQVUsT0FBTyxRQUFRLFNBQVMsR0FBRyxRQUFRLEdBQUcsU0FBUyxHQUFHLFdBQVcsRUFBRTtBQUN6RyxNQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFFBQU0sT0FBT0EsUUFBTztBQUVwQixRQUFNLFFBQVEsQ0FBQyxVQUNiLFFBQVEsTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsUUFBUSxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUksTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLE9BQU8sQ0FBQyxFQUFHLE9BQU8sVUFBVSxPQUFPLENBQUMsRUFBRyxTQUFTLENBQUMsR0FBRyxRQUFRLE9BQU8sT0FBTyxFQUFFLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxLQUFLLE1BQU07QUFDek0sVUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLFFBQUksQ0FBQyxNQUFPLE9BQU0sSUFBSSxNQUFNLDBCQUEwQixPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsSUFBSSxZQUFZLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sdUNBQXVDO0FBQ3pMLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSCxRQUFNLFNBQVMsTUFBTSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBRTVDLFFBQU0sVUFBVSxHQUFHLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxNQUFNLG1CQUFtQixhQUFhLENBQUMsVUFBVSxVQUFVO0FBQ3BHLFFBQU0sT0FBTyxDQUFDLFVBQW9CLFFBQVEsTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUN4SSxRQUFNLFdBQVcsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDdkMsTUFBSSxTQUFTLEtBQUssUUFBUSxFQUFFLElBQUksQ0FBQyxLQUFLLE1BQU07QUFDMUMsVUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixRQUFJLENBQUMsS0FBTSxPQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDakgsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUVELE1BQUksUUFBUTtBQUVWLGFBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxNQUFNLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ25GLFlBQU0sWUFBWSxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxVQUFVLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxDQUFDLElBQUksUUFBUSxPQUFPLGtCQUFrQixPQUFPLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUN2SyxhQUFPLFdBQVcsUUFBUSxTQUFTLEVBQUUsT0FBTyxDQUFDLFFBQVEsSUFBSSxXQUFXLEdBQUcsRUFBRTtBQUN6RSxlQUFTLEtBQUssUUFBUSxFQUFFLElBQUksQ0FBQyxRQUFRLEtBQTZDLEdBQUcsS0FBSyxFQUFFLE9BQU8sR0FBRyxPQUFPLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDbkg7QUFBQSxFQUNGO0FBRUEsUUFBTSxZQUEyRSxDQUFDO0FBQ2xGLFNBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixVQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsUUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixhQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUSxLQUFLO0FBQ3ZDLFlBQU0sV0FBVyxNQUFNLFNBQVMsYUFBYSxLQUFLO0FBQ2xELFlBQU0sU0FBUyxFQUFFLE9BQU8sYUFBYSxDQUFDLEdBQUcsT0FBTyxpQkFBaUIsQ0FBQyxJQUFJLE9BQU8sWUFBWSxlQUFlLFdBQVcsSUFBSSxFQUFFO0FBQ3pILGdCQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxTQUFTLEVBQUUsUUFBUSxRQUFRLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsSUFBSSxNQUFNLEtBQUssVUFBVSxNQUFNLEdBQUcsUUFBUSxPQUFPLGtCQUFrQixPQUFPLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUFBLElBQ2pMO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxVQUFVLFFBQVEsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQztBQUN2RCxRQUFNLGFBQTBDLENBQUM7QUFDakQsVUFBUSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFCLFVBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxRQUFJLE9BQU8sT0FBVyxPQUFNLElBQUksTUFBTSxrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDN0ksV0FBTztBQUNQLFFBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO0FBQUEsRUFDaEYsQ0FBQztBQUVELFFBQU0sVUFBVSxRQUFRLFdBQVcsSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLFFBQVEsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFNBQVMsRUFBRSxFQUFFLENBQUMsSUFBSSxNQUFNLE1BQU0sUUFBUSxPQUFPLG9CQUFvQixPQUFPLEVBQUUsS0FBSyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQzNLLE1BQUksT0FBTyxRQUFRLElBQUksQ0FBQyxLQUFLLE1BQU07QUFDakMsVUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxNQUFNLG9DQUFvQyxPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUNuSixXQUFPLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU07QUFBQSxFQUM5QyxDQUFDO0FBQ0QsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxTQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLFFBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLElBQUksTUFBTSxZQUFZLEtBQUssTUFBTSwrREFBK0RBLFFBQU8sa0JBQWtCLEdBQUc7QUFDN0osVUFBTSxDQUFDO0FBQ1AsVUFBTSxTQUFTLFFBQVEsS0FBSyxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sSUFBSSxFQUFFLEtBQUssQ0FBQyxJQUFJLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUNySixVQUFNQyxRQUFvQixDQUFDO0FBRTNCLFVBQU0sVUFBVSxDQUFDLEdBQUcsSUFBSSxJQUFJLEtBQUssT0FBTyxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUMsRUFBRyxXQUFXLEdBQUcsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQ2pHLFVBQU0sT0FBTyxFQUFFLFFBQVEsQ0FBQyxPQUFPLE1BQU8sT0FBTyxRQUFRLENBQUMsQ0FBRSxJQUFJLEtBQU07QUFDbEUsV0FBTyxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3pCLFlBQU0sU0FBUyxLQUEwQyxHQUFHO0FBQzVELFVBQUksUUFBUSxXQUFXLFNBQVUsT0FBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssWUFBWSxPQUFPLFNBQVMsaUJBQWlCLEVBQUU7QUFDaEssVUFBSSxRQUFRLFdBQVcsWUFBYSxRQUFPO0FBQUEsVUFDdEMsQ0FBQUEsTUFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQUEsSUFDekIsQ0FBQztBQUNELFdBQU9BO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMsY0FBY0QsU0FBZ0IsWUFBb0IsUUFBZ0IsUUFBNEM7QUFDNUgsUUFBTSxPQUFPQSxRQUFPO0FBQ3BCLE1BQUksVUFBVTtBQUNkLE1BQUksU0FBUztBQUNiLFdBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFVBQU0sTUFBTUQsTUFBSyxJQUFJLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQyxVQUFVLFVBQVUsV0FBVyxNQUFNLElBQUksT0FBTyxrQkFBa0IsVUFBVSxDQUFDO0FBQzNKLFVBQU0sU0FBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7QUFDOUcsUUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixVQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFVBQU0sT0FBTyxRQUFRLE9BQU8sSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLFVBQVUsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLENBQUMsSUFBSSxRQUFRLE9BQU8sb0JBQW9CLFVBQVUsRUFBRSxFQUFFLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsT0FBTyxFQUFFLFdBQVcsR0FBRyxFQUFFO0FBQ3pNLGVBQVc7QUFDWCxjQUFVLE1BQU0sU0FBUztBQUFBLEVBQzNCO0FBQ0EsU0FBTztBQUNUOzs7QUo5SEEsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZ0JBQWdCO0FBRXRCLFNBQVMsTUFBTSxTQUF3QjtBQUNyQyxFQUFBRyxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDekI7QUFFQSxTQUFTLE1BQU0sU0FBdUI7QUFDcEMsUUFBTUMsT0FBTSxHQUFHLE9BQU87QUFDdEIsUUFBTSxNQUFNQyxNQUFLLElBQUlELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsTUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQixVQUFNLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYSwrQ0FBK0M7QUFBQSxFQUM1SjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU0sMkVBQTJFO0FBQUEsRUFDaEk7QUFDRjtBQUVBLFNBQVMsY0FBY0UsU0FBZ0IsUUFBdUMsTUFBb0I7QUFDaEcsU0FBTyxPQUFPLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM1QztBQUdBLFNBQVMsTUFBTSxRQUFtQkEsU0FBZ0IsUUFBdUMsTUFBb0I7QUFDM0csTUFBSSxLQUFLLE1BQU0sSUFBSSxNQUFNLEVBQUcsT0FBTSxHQUFHLEtBQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNBLFNBQVEsUUFBUSxJQUFJLENBQUM7QUFDckYsUUFBTSxTQUFTLE9BQU8sTUFBTSxPQUFPLFFBQVE7QUFDM0MsTUFBSSxDQUFDLE9BQU8sTUFBTTtBQUNoQixVQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxVQUFNLFFBQVFBLFFBQU8sWUFBWSxlQUFlQSxRQUFPLFNBQVMsS0FBS0EsUUFBTyxZQUFZLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUFlLEdBQUcsU0FBUyxjQUFjLFNBQVM7QUFDOUwsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRztBQUFBLEVBQ3hHO0FBQ0EsU0FBTyxPQUFPLEtBQUs7QUFDckI7QUFFQSxTQUFTLFlBQVksUUFBbUIsT0FBZUEsU0FBc0I7QUFDM0UsUUFBTSxPQUFhLENBQUM7QUFDcEIsUUFBTSxZQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLFVBQU0sVUFBVSxPQUFPLGFBQWEsRUFBRSxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUMsSUFBSSxPQUFPLGdCQUFnQixPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDcEksUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsY0FBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLFNBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtBQUFBLEVBQy9CO0FBQ0EsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxhQUFXLFNBQVMsTUFBTTtBQUN4QixlQUFTO0FBQ1AsWUFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsVUFBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxVQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxVQUFJLEtBQUssSUFBSSxJQUFJLFNBQVUsT0FBTSw2REFBNkRBLFFBQU8sa0JBQWtCLElBQUk7QUFDM0gsTUFBQUMsT0FBTSxHQUFHO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFRQSxlQUFlLGtCQUEwRDtBQUN2RSxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7QUFBQSxJQUM5QixRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQWNELFNBQWdCLFFBQWdEO0FBQ3JGLFFBQU0sUUFBUSxVQUFXSCxNQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsUUFBTSxTQUFrQixDQUFDO0FBQ3pCLGFBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHLElBQUssUUFBTyxLQUFLLEVBQUUsTUFBTSxHQUFHLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0csU0FBUSxRQUFRLElBQUksQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUNqSjtBQUNBLFNBQU87QUFDVDtBQVNBLGVBQXNCLFdBQVdBLFNBQWdCRSxXQUEwQixDQUFDLEdBQXFCO0FBQy9GLFFBQU1GLFFBQU8sT0FBTztBQUNwQixRQUFNLFNBQVMsTUFBTSxnQkFBZ0I7QUFDckMsUUFBTUcsYUFBWSxJQUFJLFVBQVVILFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQ2xFLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJLE1BQU1HLFlBQVdILFNBQVEsUUFBUSxJQUFJO0FBQzlFLFFBQU0sUUFBUSxTQUFTO0FBQ3ZCLFFBQU0sUUFBUSxjQUFjQSxTQUFRLE9BQU8sT0FBTyxrQkFBa0IsQ0FBQyxVQUFVLFdBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxNQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLE1BQUlFLFNBQVEsU0FBUztBQUNuQixVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUk7QUFDRixZQUFNLElBQUksY0FBY0YsU0FBUSxjQUFjQSxTQUFRLE1BQU0sQ0FBQztBQUM3RCxjQUFRLElBQUkscUJBQXFCQSxRQUFPLFFBQVEsT0FBTyw4QkFBOEIsRUFBRSxRQUFRLGdCQUFnQixFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLGtCQUFrQixLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUMsSUFBSTtBQUFBLElBQ3ZRLFNBQVMsT0FBTztBQUNkLFlBQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDOUQ7QUFBQSxFQUNGO0FBQ0EsUUFBTSxrQkFBa0JFLFNBQVEsT0FBTyxZQUFZQyxXQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0gsT0FBTSxJQUFJLENBQUM7QUFDbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsZ0JBQWdCLE9BQU87QUFDbEU7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWlDO0FBQzFFLE1BQUksQ0FBQyxNQUFNLFNBQVMsS0FBSyxNQUFNLFVBQVUsRUFBRztBQUU1QyxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUksS0FBSyxRQUFRLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixTQUFTQSxRQUFPLE1BQU0sTUFBTSxRQUFRO0FBQzlHLFFBQU0sUUFBUSxXQUFXQSxTQUFRLE9BQU8sUUFBUTtBQUNoRCxNQUFJLENBQUMsT0FBTztBQUNWLFlBQVEsTUFBTSxpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLLDhCQUE4QjtBQUNoSjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsY0FBY0EsU0FBUSxPQUFPLEtBQUssT0FBTyxDQUFDLFVBQVUsV0FBVyxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDdkcsTUFBSSxVQUFVLEVBQUcsU0FBUSxJQUFJLHFCQUFxQixPQUFPLDZCQUE2QjtBQUN4Rjs7O0FNL0hPLFNBQVMsYUFBYUksU0FBZ0IsT0FBaUM7QUFHNUUsUUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxRQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixNQUFJQSxRQUFPLFlBQVk7QUFDckIsY0FBVSxZQUFZLGtCQUFrQixNQUFNLFNBQVM7QUFDdkQsVUFBTTtBQUFBLE1BQ0osR0FBRyxjQUFjO0FBQUEsUUFDZixVQUFVQSxRQUFPLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxRQUFPLFFBQVE7QUFBQSxRQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFFBQU8sUUFBUSx1QkFBdUI7QUFBQSxRQUMvRSxlQUFlQSxRQUFPO0FBQUEsTUFDeEIsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsTUFBSUEsUUFBTyxjQUFlLGdCQUFlLE1BQU0sTUFBTSxTQUFTLE9BQU8sVUFBVSxTQUFTLENBQUM7QUFDekYsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFlBQVksZUFBZSxLQUFLO0FBQUE7QUFBQSxJQUVoQyxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsS0FBS0EsUUFBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7QUFBQSxJQUN0RyxtQkFBbUI7QUFBQSxFQUNyQjtBQUNGO0FBRUEsU0FBUyxTQUFTLFVBQTZCO0FBQzdDLFFBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFDNUMsTUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxNQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWEsb0JBQXFCLFNBQVEsT0FBTyxLQUFLO0FBQzdILFNBQU87QUFDVDtBQUdPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDtBQUdPLFNBQVMsdUJBQTZCO0FBQzNDLE1BQUksT0FBVSxXQUFZLG9CQUFtQixPQUFVLFVBQVU7QUFDbkU7QUFHTyxTQUFTLFNBQVMsTUFBc0I7QUFDN0MsdUJBQXFCO0FBQ3JCLGFBQVcsUUFBVyxJQUFJO0FBQzVCOzs7QUNsRUEsT0FBT0MsV0FBVTtBQUNqQixTQUFTLFNBQUFDLGNBQWE7OztBQ0ZmLFNBQVMsUUFBUSxVQUFrQkMsU0FBa0M7QUFDMUUsTUFBSUEsUUFBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sMEJBQTBCO0FBQ25FLGFBQVcsU0FBU0EsUUFBUSxLQUFJLFdBQVcsTUFBTSxPQUFRLFFBQU8sTUFBTTtBQUN0RSxTQUFPQSxRQUFPQSxRQUFPLFNBQVMsQ0FBQyxFQUFHO0FBQ3BDO0FBRU8sU0FBUyxPQUFPLFFBQStDO0FBQ3BFLE1BQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxRQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxRQUFNLE1BQU0sS0FBSyxNQUFNLE9BQU8sU0FBUyxDQUFDO0FBQ3hDLFNBQU8sT0FBTyxTQUFTLElBQUksT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNLENBQUMsSUFBSyxPQUFPLEdBQUcsS0FBTTtBQUMvRTtBQUdPLElBQU0sZUFBZTtBQU1yQixTQUFTLFdBQVcsWUFBb0IsSUFBYSxtQkFBMkIsU0FBeUI7QUFDOUcsU0FBTyxNQUFNLGFBQWEsWUFBWSxvQkFBb0IsV0FBVztBQUN2RTs7O0FEZE8sU0FBUyxxQkFBNkI7QUFDM0MsVUFBUSxLQUFLLElBQUksSUFBSUMsTUFBSyxTQUFTLGFBQWE7QUFDbEQ7QUFJQSxJQUFJLGFBQWE7QUFHVixTQUFTLFdBQVdDLFNBQWtDO0FBQzNELGVBQWE7QUFDYixRQUFNLE9BQU8sUUFBUSxtQkFBbUIsR0FBR0EsT0FBTTtBQUNqRCxFQUFBRCxNQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsU0FBTztBQUNUO0FBU08sU0FBUyxXQUFXLFlBQW9CQyxTQUEwQixXQUFtQixVQUE2QixVQUFVLElBQVc7QUFDNUksUUFBTSxRQUFRLElBQUlDLE9BQU0sVUFBVTtBQUNsQyxRQUFNLG1CQUE2QixDQUFDO0FBQ3BDLE1BQUk7QUFDSixrQkFBZ0IsQ0FBQyxXQUFXLFlBQVksT0FBTztBQUM3QyxRQUFJLENBQUMsV0FBWTtBQUNqQixVQUFNLFFBQVEsUUFBUSxtQkFBbUIsR0FBR0QsT0FBTTtBQUNsRCxJQUFBRCxNQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsUUFBSSxVQUFVLFdBQVc7QUFDdkIsVUFBSSxHQUFJLGtCQUFpQixLQUFLLFVBQVU7QUFDeEMsd0JBQWtCO0FBQUEsSUFDcEIsV0FBVyxTQUFTLFNBQVMsS0FBSyxHQUFHO0FBQ25DLDBCQUFvQixPQUFPLGdCQUFnQjtBQUMzQyxVQUFJLG9CQUFvQixPQUFXLE9BQU0sSUFBSSxXQUFXLFlBQVksSUFBSSxpQkFBaUIsT0FBTyxDQUFDO0FBQUEsSUFDbkc7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPO0FBQ1Q7OztBRXhETyxTQUFTLFVBQVVHLE9BQXNCO0FBQzlDLFNBQU9BLE1BQUssUUFBUSxZQUFZLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDLENBQUU7QUFDdkg7QUFHTyxTQUFTLG1CQUFtQkEsT0FBc0I7QUFDdkQsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSyxFQUFFLFFBQVEsWUFBWSxHQUFHLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2Rzs7O0FDNkJPLFNBQVMsT0FBT0MsYUFBNEI7QUFDakQsU0FBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7QUFDaEU7QUFFQSxTQUFTLE9BQU8sUUFBZ0MsTUFBb0M7QUFDbEYsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELE1BQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsU0FBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0FBQ3hFO0FBR08sU0FBUyxjQUFjLE1BQW1DO0FBQy9ELFFBQU0sT0FBdUIsQ0FBQztBQUM5QixhQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxlQUFXLENBQUNBLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsWUFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsWUFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLFdBQUssS0FBSyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLE9BQU8sSUFBSSxNQUFNLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXLE1BQU0sTUFBTSxPQUFPLFFBQVEsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUMxSztBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7QUFDNUY7QUFFQSxJQUFNLGFBQWE7QUFHWixTQUFTLGFBQWEsTUFBa0M7QUFDN0QsUUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFFBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFFBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixRQUFJLENBQUMsRUFBRyxNQUFLLElBQUksVUFBVyxJQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSyxDQUFFO0FBQ3ZILFdBQU87QUFBQSxFQUNUO0FBQ0EsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFFBQUksQ0FBQyxNQUFPO0FBQ1osVUFBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsVUFBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFFBQUksU0FBUyxxQkFBcUI7QUFDaEMsYUFBTyxPQUFPLElBQUksUUFBUSxHQUFHLEVBQUUsVUFBVSxFQUFFLFNBQVMsR0FBRyxLQUFLLEVBQUUsT0FBTyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDbkosV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxNQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELE1BQUksU0FBUyxNQUFNO0FBQ2pCLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxXQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQ0EsTUFBSSxTQUFTLFFBQVMsUUFBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsRUFBRSxRQUFRLHlCQUF5QixHQUFHO0FBQzlGLFNBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtBQUNqRztBQUVPLFNBQVMsWUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixRQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7QUFDdkU7QUFHTyxTQUFTLGNBQWMsTUFBMkI7QUFDdkQsUUFBTSxTQUFTLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUMxRCxRQUFNLE1BQU0sWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzNELE1BQUksV0FBVyxRQUFRLFFBQVEsS0FBTSxRQUFPO0FBQzVDLFFBQU0sVUFBVSxZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUN4RSxRQUFNLFNBQVMsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQ3pFLFNBQU87QUFBQSxJQUNMLGlDQUFpQyxZQUFZLFFBQVEsT0FBTyxDQUFDO0FBQUEsSUFDN0QsV0FBVyxZQUFZLEtBQUssT0FBTyxDQUFDO0FBQUEsSUFDcEMsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCLFlBQVksUUFBUSxPQUFPLENBQUMsU0FBUztBQUFBLElBQ2xGLG1CQUFtQixPQUFPO0FBQUEsRUFDNUIsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDaEhPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUM7QUFDcEYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQzNDLFFBQU1DLGFBQVksS0FBSyxPQUFPLHFCQUFxQixLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ3ZFLFFBQU0sUUFBUSxVQUFVLGVBQWVELFNBQVEsUUFBUSxFQUFFO0FBQ3pELFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNO0FBQzVCLFVBQU0sT0FBTyxVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsVUFBTSxXQUFXLFVBQVUsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUM7QUFDMUQsVUFBTUUsUUFBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsUUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHQSxLQUFJLHdCQUF3QixRQUFRO0FBQ3hELFdBQU8sR0FBR0EsS0FBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLHFCQUFxQixZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsK0JBQStCLFFBQVE7QUFBQTtBQUFBLEVBQ2hMLENBQUM7QUFDRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EseUNBQXlDLEtBQUssTUFBTSxlQUFlLFFBQVEsc0JBQXNCRCxRQUFPO0FBQUEsSUFDeEcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLE1BQU0sZUFBZSxRQUFRLGtDQUFrQ0EsUUFBTztBQUFBLElBQ2xILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ3RCTyxTQUFTLGVBQWUsTUFBbUJFLFVBQXVDO0FBQ3ZGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUN6QyxRQUFNLFFBQVE7QUFBQSxJQUNaLG9CQUFvQixtQkFBbUJBLFNBQVEsUUFBUSxDQUFDLE9BQU8sV0FBVyxJQUFJLFNBQVMsS0FBSyxNQUFNLHVCQUF1QixLQUFLLE1BQU0sT0FBTyxLQUFLLE1BQU0sb0JBQW9CO0FBQUEsSUFDMUs7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxRQUFRLG1CQUFtQixHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsUUFBUSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxJQUFJO0FBQUEsRUFDOUk7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxLQUFLLElBQUksNERBQTRELHFDQUFxQztBQUNoSCxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLEtBQUssS0FBSyxtQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsV0FBVyxTQUFTLENBQUMsSUFBSTtBQUFBLElBQ3JPO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLG1CQUFtQixjQUFjLElBQUksQ0FBQyxHQUFHLEVBQUU7QUFDMUQsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkJPLElBQU0seUJBQXlCO0FBdUIvQixTQUFTLGFBQWEsTUFBbUIsTUFBd0I7QUFDdEUsUUFBTSxhQUFhLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUMsYUFBWSxJQUFJLFNBQVMsT0FBTyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLFNBQVMsRUFBRTtBQUMzSCxRQUFNLFdBQVcsS0FBSyxTQUFTLG9CQUFvQixLQUFLLFNBQVM7QUFDakUsU0FBTztBQUFBLElBQ0wsZ0JBQWdCO0FBQUEsSUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUFBLElBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO0FBQUEsSUFDcEQ7QUFBQSxJQUNBLFdBQVcsYUFBYSxJQUFJO0FBQUEsSUFDNUIsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUN6RyxXQUFXLFdBQ1A7QUFBQSxNQUNFLGdCQUFnQixZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFBQSxNQUMzRCxpQkFBaUIsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQUEsTUFDaEUsMEJBQTBCLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUFBLE1BQ3BGLGlCQUFpQixZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUFBLElBQzNFLElBQ0E7QUFBQSxFQUNOO0FBQ0Y7OztBQ3hDQSxJQUFNLFdBQVcsb0JBQUksSUFBSSxDQUFDLGFBQWEscUJBQXFCLG9CQUFvQix1QkFBdUIsNEJBQTRCLG9CQUFvQixvQkFBb0Isc0JBQXNCLG1CQUFtQixjQUFjLHNCQUFzQixzQkFBc0IsT0FBTyxXQUFXLGFBQWEsaUJBQWlCLFVBQVUsZ0JBQWdCLENBQUM7QUFDelYsSUFBTSxXQUFXLENBQUMsU0FBaUIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFM0gsU0FBUyxNQUFNLE9BQWdCO0FBQzdCLFFBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUNDLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsU0FBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFDdkU7QUFFTyxTQUFTLFlBQVksTUFBbUJDLFVBQXVEO0FBQ3BHLFFBQU0sSUFBSSxNQUFNQSxTQUFRLEtBQUs7QUFDN0IsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sYUFBYSxjQUFjLElBQUk7QUFDckMsUUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxRQUFNLEtBQUssRUFBRSxLQUFLLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUMsRUFBRSxDQUFDO0FBQ3hPLFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsYUFBVyxLQUFLLFlBQVk7QUFDMUIsVUFBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLFVBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUksWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzdHO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsRUFBRSxDQUFDO0FBQ2pLLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sT0FBTyxDQUFDLE1BQXFCLFlBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLFlBQU0sS0FBSyxLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksWUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUU7QUFBQSxJQUM3TDtBQUFBLEVBQ0Y7QUFDQSxRQUFNQyxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxRQUFNLFdBQVcsWUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxRQUFNLGFBQWEsWUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFFBQU0sS0FBSyxLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUMsSUFBSTtBQUNoTyxRQUFNLEtBQUssYUFBYSxZQUFZLFlBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsUUFBTSxTQUFTLFlBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsUUFBTSxLQUFLLGFBQWEsWUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZLFlBQVksWUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPLGFBQWEsWUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU0sWUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDdlAsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsT0FBTyxRQUFRLEVBQUUsS0FBSztBQUNyRSxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNwREEsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBRXhELFNBQVMsa0JBQWtCLE1BQThDO0FBQzlFLFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCLEVBQUUsUUFBUSxZQUFZLE1BQU0sRUFBRSxVQUFVLEtBQUssVUFBVSxPQUFPLEtBQUssT0FBTyxnQkFBZ0IsS0FBSyxDQUFDLEVBQUU7QUFDdEksVUFBTSxNQUFNLE1BQU07QUFDbEIsUUFBSSxLQUFLO0FBQ1AsWUFBTSxVQUFVLGFBQWEsTUFBTTtBQUFBLFFBQ2pDLFVBQVUsS0FBSztBQUFBLFFBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztBQUFBLFFBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtBQUFBLFFBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxNQUN0QyxDQUFDO0FBRUQsWUFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFDaEUsVUFBSSxHQUFHLEdBQUcsWUFBWSxJQUFJLFlBQVksTUFBTSxJQUFJO0FBQ2hELFVBQUksR0FBRyxHQUFHLGFBQWEsSUFBSSxlQUFlLE1BQU0sSUFBSTtBQUFBLElBQ3REO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDaENBLFNBQVMsV0FBQUMsVUFBUyxNQUFNLFNBQUFDLGNBQWE7QUFHOUIsSUFBTSxzQkFBc0IsSUFBSUEsT0FBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJQSxPQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUlBLE9BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJRCxTQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUlBLFNBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRVosU0FBUyxZQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsUUFBTSxPQUFPLEVBQUUsVUFBVSxLQUFLO0FBQzlCLE1BQUk7QUFDRixvQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO0FBQUEsRUFDekMsU0FBUyxPQUFPO0FBQ2Qsb0JBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLG1CQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFFBQUksaUJBQWlCLG1CQUFtQjtBQUN0QyxjQUFRLE1BQU0sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQUEsSUFDdEg7QUFBQSxFQUNGO0FBQ0Y7OztBQ2xCQSxTQUFTLGFBQWE7QUFDdEIsT0FBT0UsV0FBVTs7O0FDRGpCLFNBQVMsU0FBQUMsY0FBYTtBQVN0QixTQUFTLGNBQWMsTUFBaUMsSUFBbUQ7QUFDekcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsUUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsU0FBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQy9DO0FBRUEsU0FBUyxlQUFlLEtBQWdCO0FBQ3RDLGFBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsVUFBTSxLQUFLLFFBQVEsZUFBZSxjQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsUUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxxQkFBb0IsSUFBSSxFQUFFO0FBQUEsRUFDMUY7QUFDQSxRQUFNLFFBQVEsY0FBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELE1BQUksVUFBVSxPQUFXLG9CQUFtQixJQUFJLEtBQUs7QUFDdkQ7QUFPTyxTQUFTLGdCQUFnQixRQUFtQixVQUFjLGVBQXVCLFVBQWtCLFVBQXVDLE1BQU0sUUFBMkI7QUFDaEwsUUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLE1BQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIscUJBQWlCLElBQUksSUFBSTtBQUN6QixXQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLE1BQUk7QUFDSixTQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsSUFBQUMsT0FBTSxhQUFhO0FBQ25CLFVBQU0sU0FBUyxRQUFRO0FBQ3ZCLFFBQUksQ0FBQyxPQUFRO0FBQ2IsVUFBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLEtBQUssTUFBTTtBQUNqRCxRQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLFVBQU0sT0FBTztBQUNiLFFBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxXQUFXLFNBQVU7QUFBQSxFQUM3RDtBQUNBLFFBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsbUJBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLE1BQUksYUFBYSxLQUFLO0FBQ3BCLCtCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsbUJBQWUsR0FBRztBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxFQUFFLFdBQVcsSUFBSTtBQUMxQjs7O0FDdkRBLFNBQVMsU0FBQUMsY0FBYTtBQUdmLFNBQVMsTUFBTSxPQUEyQztBQUMvRCxRQUFNQyxXQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJQSxXQUFVLEVBQUcsQ0FBQUQsT0FBTUMsUUFBTztBQUNoQztBQVFPLFNBQVMsYUFBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFDcEcsUUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3hELE1BQUksUUFBUSxTQUFTO0FBQ3JCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLGFBQVMsRUFBRTtBQUNYLFFBQUksUUFBUSxFQUFHLFFBQU8sRUFBRTtBQUFBLEVBQzFCO0FBQ0EsU0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7QUFDbEM7QUFHTyxTQUFTLFFBQVcsT0FBb0M7QUFDN0QsU0FBTyxNQUFNLFdBQVcsSUFBSSxTQUFZLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3hGOzs7QUN4QkEsU0FBUyxXQUFBQyxnQkFBZTtBQVFqQixJQUFNLFdBQVcsSUFBSUMsU0FBUSxVQUFVO0FBVTlDLElBQU0sV0FBMkMsQ0FBQztBQUNsRCxJQUFJO0FBR0osSUFBTSxlQUFlLENBQUMsU0FBaUIsS0FBSyxJQUFJLElBQUksT0FBTyxFQUFFO0FBRTdELFNBQVNDLE9BQU1DLFNBQWdCLE1BQWUsTUFBaUM7QUFDN0UsUUFBTSxVQUFVLFlBQVksTUFBTSxNQUFNLEtBQUssaUJBQWlCLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRSxRQUFRO0FBQ2xHLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsZ0JBQWMsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUM5RCxRQUFNLFNBQVMsVUFBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxTQUFPLEVBQUUsUUFBUSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLE9BQU8sWUFBWSxHQUFHLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxhQUFhLElBQUksS0FBSyxLQUFNLFNBQVMsT0FBVTtBQUN4SztBQUVBLFNBQVMsUUFBUUEsU0FBZ0IsTUFBZSxNQUFpQztBQUMvRSxRQUFNLFVBQVUsU0FBUyxJQUFJO0FBQzdCLE1BQUksV0FBVyxDQUFDLFFBQVEsT0FBTyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksUUFBUSxRQUFTLFFBQU87QUFDcEYsTUFBSSxRQUFTLFVBQVMsSUFBSSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ3JDLFFBQU0sT0FBT0QsT0FBTUMsU0FBUSxNQUFNLElBQUk7QUFFckMsTUFBSSxRQUFRLFFBQVMsTUFBSyxVQUFVLFFBQVE7QUFDNUMsV0FBUyxJQUFJLElBQUk7QUFDakIsU0FBTztBQUNUO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQW1DO0FBQzNGLFNBQU8sUUFBUUEsU0FBUSxNQUFNLElBQUksR0FBRztBQUN0QztBQUdPLFNBQVMsV0FBV0EsU0FBZ0IsTUFBZSxNQUFrQjtBQUMxRSxRQUFNLFVBQVUsUUFBUUEsU0FBUSxNQUFNLElBQUk7QUFDMUMsTUFBSSxDQUFDLFFBQVMsUUFBTyxDQUFDO0FBQ3RCLE1BQUksQ0FBQyxRQUFRLFNBQVM7QUFDcEIsVUFBTSxPQUFPLFFBQVEsT0FBTyxZQUFZLEVBQUUsR0FBRyxlQUFlLE9BQU8sSUFBSSxDQUFDLEVBQUU7QUFDMUUsUUFBSSxDQUFDLEtBQU0sUUFBTyxDQUFDO0FBQ25CLFlBQVEsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLFdBQVcsT0FBTyxFQUFFO0FBQUEsRUFDeEQ7QUFDQSxTQUFPLFFBQVE7QUFDakI7OztBSDNDQSxTQUFTLFVBQVUsS0FBYyxNQUE0RDtBQUMzRixTQUFPLFdBQVcsSUFBSSxRQUFRLElBQUksTUFBTSxJQUFJO0FBQzlDO0FBR08sU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CO0FBQzlGO0FBRUEsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUczRSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFFBQU0sVUFBVSxRQUFRLFNBQVM7QUFDakMsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsWUFBTSxLQUFLLFFBQVEsV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUM5RCxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYSxFQUFFLE9BQU8sWUFBWSxXQUFXLEdBQUcsR0FBRyxPQUFPLFdBQVcsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ2pJLFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxTQUFTO0FBQ3ZDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sRUFBRSxRQUFBQyxRQUFPLElBQUk7QUFDbkIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixRQUFNQSxRQUFPLFVBQVU7QUFDdkIsTUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFFBQU0sYUFBYSxnQkFBZ0IsUUFBUSxJQUFJQSxRQUFPLGVBQWVBLFFBQU8sb0JBQW9CLE1BQU0sVUFBVSxLQUFLLE9BQU8sQ0FBQztBQUM3SCxPQUFLLFdBQVcsYUFBYTtBQUU3QixRQUFNLFFBQVEsVUFBVSxLQUFLLE9BQU87QUFDcEMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixNQUFJLFdBQVcsV0FBVztBQUN4QixTQUFLLFdBQVcsT0FBTyxFQUFFLEtBQUs7QUFDOUIsVUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQUssTUFBTSxhQUFhLElBQUksUUFBUSxjQUFjLEtBQUssTUFBTSxFQUFFLE1BQU07QUFBQSxFQUN2RTtBQUNBLFFBQU1BLFFBQU8sVUFBVTtBQUN2QixTQUFPLE1BQU0sYUFBYSxFQUFFLEVBQUUsTUFBTTtBQUN0QyxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sU0FBUyxVQUFVLEtBQUssT0FBTztBQUNyQyxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksS0FBSyxPQUFPLFdBQVcsRUFBRTtBQUM3QixRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLE9BQUssT0FBTyxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQ2hDLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFdBQVcsRUFBRSxNQUFNO0FBQy9CLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFFM0IsUUFBTSxZQUFZLE9BQU8sWUFBWSxFQUFFLEdBQUcsU0FBUyxPQUFPLEdBQUcsQ0FBQyxFQUFFLE1BQU0sU0FBUyxDQUFDO0FBQ2hGLGFBQVcsVUFBVSxVQUFVLE9BQU8sQ0FBQyxNQUFNLFdBQVcsRUFBRSxPQUFPLElBQUksS0FBSyxPQUFPLEtBQUssQ0FBQyxFQUFFLE1BQU0sR0FBRyxDQUFDLEdBQUc7QUFDcEcsU0FBSyxPQUFPLGFBQWEsT0FBTyxFQUFFLEVBQUUsTUFBTTtBQUFBLEVBQzVDO0FBQ0EsU0FBTztBQUNULENBQUM7OztBSXJISSxTQUFTLG9CQUFvQkMsU0FBZ0IsWUFBb0JDLFFBQTBFO0FBQ2hKLFFBQU0sUUFBUSxXQUFXLFlBQVlELFFBQU8sT0FBTztBQUNuRCxTQUFPO0FBQUEsSUFDTCxlQUFlQyxPQUFNLGdCQUFnQixNQUFNLE9BQU87QUFBQSxJQUNsRCxhQUFhQSxPQUFNLGNBQWMsTUFBTSxLQUFLO0FBQUEsSUFDNUMsYUFBYUEsT0FBTSxjQUFjLE1BQU0sS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQkQsU0FBZ0IsYUFBeUIsTUFBTSxRQUFXO0FBQ3hGLFFBQU1FLFFBQU8sQ0FBQyxNQUFjLGFBQXVCLENBQUMsU0FBd0I7QUFDMUUsZUFBVztBQUNYLGdCQUFZLE1BQU0sVUFBVSxFQUFFLFFBQUFGLFNBQVEsS0FBSyxDQUFDO0FBQUEsRUFDOUM7QUFDQSxTQUFPLEVBQUUsY0FBY0UsTUFBSyxXQUFXLFdBQVcsR0FBRyxZQUFZQSxNQUFLLFNBQVMsU0FBUyxHQUFHLFlBQVlBLE1BQUssU0FBUyxTQUFTLEVBQUU7QUFDbEk7OztBQ3BCQSxJQUFNLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFFL0IsU0FBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLE1BQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxNQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxTQUFPLFFBQVE7QUFDakI7QUFHTyxTQUFTLGFBQWEsU0FBa0IsV0FBd0M7QUFDckYsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLFFBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLE1BQ3BEO0FBQUEsSUFDRjtBQUFBLElBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzdGLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxJQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsU0FBMEI7QUFDckQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxJQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLFNBQTBCO0FBQ3hELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSx5QkFBeUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEVBQUU7QUFBQSxJQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsRUFDOUY7QUFDRjs7O0FDdERBLElBQU1DLFVBQVMsY0FBYyxNQUFNO0FBQ25DLElBQU0sWUFBWSxVQUFVLE9BQU8saUJBQWlCLE1BQU0sRUFBRSxLQUFLLElBQUksS0FBSyxJQUFJLE9BQVEsU0FBUyxNQUFNLE1BQU0sNEJBQTRCLENBQUM7QUFDeEksSUFBTSxZQUFZLFVBQVUsT0FBTyxjQUFjLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTUEsUUFBTyxrQkFBa0IsQ0FBQyxDQUFDLEdBQUcsRUFBRSxLQUFLLEdBQUcsS0FBSyxLQUFTLFNBQVMsS0FBSyxDQUFDO0FBQzdJLElBQU0sYUFBYSxVQUFVLE9BQU8sb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFDakYsSUFBTSxTQUFrQjtBQUFBLEVBQ3RCLEVBQUUsTUFBTSxTQUFTLFFBQVEsWUFBWSxHQUFHO0FBQUEsRUFDeEMsRUFBRSxNQUFNLFVBQVUsUUFBUyxZQUFZLElBQUssR0FBRztBQUFBLEVBQy9DLEVBQUUsTUFBTSxPQUFPLFFBQVEsU0FBUztBQUNsQztBQUNBLFdBQVcsc0JBQXNCLFFBQVEsU0FBUyxDQUFDLEtBQUssQ0FBQztBQUVsRCxJQUFNLFVBQVUsYUFBYUEsU0FBUTtBQUFBLEVBQzFDLFdBQVc7QUFBQSxFQUNYLGtCQUFrQjtBQUFBLEVBQ2xCLFdBQVc7QUFBQSxJQUNULEdBQUcsb0JBQW9CQSxTQUFRLFdBQVcsQ0FBQ0MsT0FBTSxRQUFRLGNBQWNBLE9BQU0sS0FBSyxTQUFTLENBQUM7QUFBQSxFQUM5RjtBQUFBLEVBQ0EsT0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxJQUNyRixFQUFFLFFBQVEscUJBQXFCLE1BQU0sRUFBRSxPQUFPLE9BQU8sT0FBTyxNQUFNLEdBQUcsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPRCxRQUFPLFFBQVEsU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN6SSxHQUFHLGFBQWFBLFFBQU8sU0FBUyxDQUFDLENBQUM7QUFBQSxJQUNsQyxHQUFHLFdBQVdBLFFBQU8sU0FBUyxDQUFDLENBQUM7QUFBQSxJQUNoQyxHQUFHLGFBQWFBLFFBQU8sT0FBTztBQUFBLElBQzlCLEdBQUcsZ0JBQWdCQSxRQUFPLE9BQU87QUFBQSxJQUNqQyxHQUFHLFdBQVc7QUFBQSxFQUNoQjtBQUNGLENBQUM7QUFHTSxJQUFNLGdCQUFnQixrQkFBa0IsRUFBRSxVQUFVLE9BQU8sQ0FBQztBQUU1RCxTQUFTLFFBQTBCO0FBQ3hDLFNBQU8sV0FBV0EsU0FBUSxFQUFFLFNBQVMsS0FBSyxDQUFDO0FBQzdDO0FBRU8sSUFBTSxFQUFFLGNBQWMsWUFBWSxXQUFXLElBQUksZ0JBQWdCQSxTQUFRLE1BQU0sV0FBVyxNQUFNLENBQUM7IiwKICAibmFtZXMiOiBbInRleHQiLCAiZmFpbCIsICJkdXJhdGlvblMiLCAiY29uZmlnIiwgInRleHQiLCAiZHVyYXRpb25TIiwgIndlaWdodHMiLCAiZXhlYyIsICJkdXJhdGlvblMiLCAiY29uZmlnIiwgInBvb2wiLCAiY2xhc3NQYXNzd29yZCIsICJzbGVlcCIsICJleGVjIiwgImh0dHAiLCAiaHR0cCIsICJodHRwIiwgInBhcmFtcyIsICJzaGFwZSIsICJodHRwIiwgImh0dHAiLCAiY29uZmlnIiwgIm9wZW4iLCAiZXhlYyIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAic2xlZXAiLCAib3B0aW9ucyIsICJhbm9ueW1vdXMiLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAiZXhlYyIsICJUcmVuZCIsICJwaGFzZXMiLCAiZXhlYyIsICJwaGFzZXMiLCAiVHJlbmQiLCAidGV4dCIsICJleHByZXNzaW9uIiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJvcGVuIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgIkNvdW50ZXIiLCAiVHJlbmQiLCAiZXhlYyIsICJzbGVlcCIsICJzbGVlcCIsICJzbGVlcCIsICJzZWNvbmRzIiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJsb2dpbiIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAiY29uZmlnIiwgInNoYXBlIiwgImV4ZWMiLCAiY29uZmlnIiwgImV4ZWMiXQp9Cg==
