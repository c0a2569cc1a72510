// lib/api.ts
import { check } from "k6";
import http from "k6/http";

// lib/endpoints.ts
var API_SCOPE = "api";

// lib/routes.ts
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

// lib/api.ts
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
    callback = http.expectedStatuses(status);
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
  timeout;
  /** Request params per endpoint (headers, tags, timeout, expected status), made on first use. */
  params = /* @__PURE__ */ new Map();
  /** A client for the same platform acting as another user. */
  as(token) {
    return new _ApiClient(this.baseUrl, Number(this.timeout.slice(0, -1)), token);
  }
  paramsFor(endpoint, expected, withPayload) {
    let params = this.params.get(endpoint);
    if (!params) {
      const headers = { Accept: "application/json" };
      if (withPayload) headers["Content-Type"] = "application/json";
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params = { headers, tags: requestTags(endpoint), timeout: this.timeout, responseCallback: expectStatus(expected) };
      this.params.set(endpoint, params);
    }
    return params;
  }
  call(endpoint, method, path, expected, shape2, payload) {
    const withPayload = payload !== void 0;
    const res = http.request(method, `${this.baseUrl}${path}`, withPayload ? JSON.stringify(payload) : null, this.paramsFor(endpoint, expected, withPayload));
    const statusOk = res.status === expected;
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
    const params = Object.entries(query).filter(([, value]) => value !== void 0).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`).join("&");
    return this.call("courses_list", "GET", `${paths.courses()}${params ? `?${params}` : ""}`, 200, shapes.courseList);
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

// lib/config.ts
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
    }
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

// lib/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

// lib/resources.ts
import http2 from "k6/http";
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
  const percentile2 = PERCENTILE.exec(rule.stat);
  if (rule.stat.startsWith("p(") && (!percentile2 || Number(percentile2[1]) > 100)) {
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

// lib/resources.ts
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
  const res = http2.get(`${sidecarUrl}/samples?since=${cursor}`, POLL);
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
  const res = http2.get(`${sidecarUrl}/summary`, POLL);
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

// lib/shapes.ts
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
function risingRate(exec3, startRate2, maxRate2, durationS2, maxVUs) {
  return {
    executor: "ramping-arrival-rate",
    exec: exec3,
    startRate: startRate2,
    timeUnit: "1s",
    preAllocatedVUs: Math.min(maxVUs, Math.max(2, Math.ceil(startRate2))),
    maxVUs,
    stages: [{ duration: `${durationS2}s`, target: maxRate2 }]
  };
}

// lib/entry.ts
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
  return {
    scenarios,
    thresholds: toK6Thresholds(gates),
    setupTimeout: `${Math.max(60, config3.generationTimeoutS + 30)}s`,
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
function teardown() {
  recordResourcesAtEnd();
}

// lib/pacing.ts
import { sleep } from "k6";
function pickWeighted(tasks, random = Math.random()) {
  const total = tasks.reduce((sum, t) => sum + t.weight, 0);
  let point = random * total;
  for (const t of tasks) {
    point -= t.weight;
    if (point < 0) return t.task;
  }
  return tasks[tasks.length - 1].task;
}

// lib/read-mix.ts
var seeded = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
var MIX = [
  { weight: 4, task: (api2) => api2.listCourses({ limit: 20 }) },
  { weight: 3, task: (api2, data) => api2.getCourse(seeded(data)) },
  { weight: 2, task: (api2, data) => api2.getChapter(seeded(data), 1) },
  { weight: 1, task: (api2) => api2.health() }
];
function readMixRequest(api2, data) {
  pickWeighted(MIX)(api2, data);
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
    const open = `    <testcase classname="${suite}" name="${name}" time="0">`;
    if (r.ok) return `${open}<system-out>observed ${observed}</system-out></testcase>`;
    return `${open}
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

// lib/setup.ts
import { sleep as sleep2 } from "k6";
import exec from "k6/execution";
import secrets from "k6/secrets";
import http3 from "k6/http";
var SEED_COURSES = 3;
var PROBE_TIMEOUT = "5s";
function abort(message) {
  exec.test.abort(message);
  throw new Error(message);
}
function probe(baseUrl) {
  const url2 = `${baseUrl}/health`;
  const res = http3.get(url2, { timeout: PROBE_TIMEOUT, tags: { scope: "setup", name: "GET /health (setup probe)" } });
  if (res.status === 0) {
    abort(`the platform does not answer at ${url2} (GET, ${PROBE_TIMEOUT} timeout): ${res.error || "no response"}. Is it running? Set BASE_URL to its address.`);
  }
  if (res.status !== 200) {
    abort(`the platform at ${url2} answered ${res.status} instead of 200: it is not healthy, or BASE_URL points at something else.`);
  }
}
function login(client2, config3, role) {
  const { email, password } = config3.users[role];
  const result = client2.login(email, password);
  if (!result.body) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${envPrefix}_EMAIL and ${envPrefix}_PASSWORD.`);
  }
  return result.body.access_token;
}
function seedCourses(client2, runId, config3) {
  const jobs = [];
  const courseIds = [];
  for (let n = 0; n < SEED_COURSES; n++) {
    const created = client2.createCourse({ title: `perf-seed ${runId} ${n}`, topic: "load testing", level: "beginner", chapter_count: 2 });
    if (!created.body) abort(`setup could not create a seed course (status ${created.status}).`);
    const started = client2.generate(created.body.id);
    if (!started.body) abort(`setup could not start generating a seed course (status ${started.status}).`);
    courseIds.push(created.body.id);
    jobs.push(started.body.job_id);
  }
  const deadline = Date.now() + config3.generationTimeoutS * 1e3;
  for (const jobId of jobs) {
    for (; ; ) {
      const job = client2.getJob(jobId).body;
      if (job?.status === "completed") break;
      if (job?.status === "failed") abort(`a seed course's generation failed: ${job.error ?? "no reason given"}.`);
      if (Date.now() > deadline) abort(`seed courses were not generated within GENERATION_TIMEOUT=${config3.generationTimeoutS}s.`);
      sleep2(0.5);
    }
  }
  return courseIds;
}
async function withSecretPasswords(config3) {
  const users = { ...config3.users };
  for (const role of ["regular", "power", "admin"]) {
    try {
      const password = await secrets.get(`${role.toUpperCase()}_USER_PASSWORD`);
      if (password) users[role] = { ...users[role], password };
    } catch {
    }
  }
  return { ...config3, users };
}
async function prepareRun(runConfig, options2 = { seed: true }) {
  probe(runConfig.baseUrl);
  const config3 = await withSecretPasswords(runConfig);
  const anonymous = new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const tokens = {
    regular: login(anonymous, config3, "regular"),
    power: login(anonymous, config3, "power"),
    admin: login(anonymous, config3, "admin")
  };
  const runId = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const seededCourseIds = options2.seed ? seedCourses(anonymous.as(tokens.regular), runId, config3) : [];
  return { runId, tokens, seededCourseIds };
}

// lib/sustained-rate.ts
import exec2 from "k6/execution";
import { Trend as Trend2 } from "k6/metrics";

// lib/phase-math.ts
function percentile(values, p) {
  if (values.length === 0) throw new Error("percentile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
}
function windowWithinBudget(window, size, p95BudgetMs) {
  return window.length >= size && window.every((w) => w.ok) && percentile(window.map((w) => w.ms), 95) < p95BudgetMs;
}
function linearRate(startRate2, maxRate2, durationS2, elapsedS) {
  const share = Math.min(1, Math.max(0, elapsedS / durationS2));
  return startRate2 + (maxRate2 - startRate2) * share;
}
function achievedRate(from, to) {
  const seconds2 = (to.atMs - from.atMs) / 1e3;
  return seconds2 > 0 ? (to.iteration - from.iteration) / seconds2 : void 0;
}

// lib/sustained-rate.ts
function trackSustainedRate(options2) {
  const sustained = new Trend2(options2.metricName);
  const window = [];
  const marks = [];
  observeRequests((_endpoint, ms, ok) => {
    window.push({ ms, ok });
    if (window.length > options2.windowSize) window.shift();
  });
  const { startRate: startRate2, maxRate: maxRate2, durationS: durationS2 } = options2.ramp;
  return () => {
    const now = { atMs: Date.now(), iteration: exec2.scenario.iterationInTest };
    marks.push(now);
    if (marks.length > options2.windowSize) marks.shift();
    if (!windowWithinBudget(window, options2.windowSize, options2.p95BudgetMs)) return;
    const achieved = achievedRate(marks[0], now);
    if (achieved === void 0) return;
    const scheduled = linearRate(startRate2, maxRate2, durationS2, (now.atMs - exec2.scenario.startTime) / 1e3);
    sustained.add(Math.min(scheduled, achieved));
  };
}

// thresholds/gates.ts
var api = { scope: API_SCOPE };
function breakpointGates(targets, sustainedMetric, delayAbortEval = "5s") {
  return [
    { metric: "http_req_duration", tags: api, rules: [{ stat: "p(95)", op: "<", value: targets.apiP95Ms, abortOnFail: true, delayAbortEval }] },
    { metric: "http_req_failed", tags: api, rules: [{ stat: "rate", op: "<", value: targets.errorRate, abortOnFail: true, delayAbortEval }] },
    { metric: sustainedMetric, rules: [{ stat: "max", op: ">=", value: 0 }] }
  ];
}

// scenarios/breakpoint.ts
var config2 = guardedConfig("breakpoint");
var startRate = envNumber(__ENV, "BREAKPOINT_START_RATE", 5, { min: 1, max: 1e5, integer: true });
var maxRate = envNumber(__ENV, "BREAKPOINT_MAX_RATE", 2e3, { min: 1, max: 1e5, integer: true });
var durationS = envNumber(__ENV, "BREAKPOINT_DURATION", 120, { min: 1, max: 86400, integer: true, what: "a whole number of seconds" });
var windowSize = envNumber(__ENV, "BREAKPOINT_WINDOW", 20, { min: 1, max: 1e4, integer: true });
if (maxRate < startRate) throw new Error(`BREAKPOINT_MAX_RATE=${maxRate} is below BREAKPOINT_START_RATE=${startRate}: the rate must rise`);
var recordSustained = trackSustainedRate({
  metricName: "breakpoint_sustained_rate",
  windowSize,
  p95BudgetMs: config2.targets.apiP95Ms,
  ramp: { startRate, maxRate, durationS }
});
var options = entryOptions(config2, {
  wallTimeS: durationS,
  // Enough VUs to hold the max rate at the p95 budget's latency, no more: past that the target is
  // broken anyway, and k6 reports the iterations it could not start as dropped_iterations.
  scenarios: { rising: risingRate("mixed", startRate, maxRate, durationS, Math.max(50, Math.ceil(maxRate * config2.targets.apiP95Ms / 1e3))) },
  gates: breakpointGates(config2.targets, "breakpoint_sustained_rate")
});
var handleSummary = makeHandleSummary({ scenario: "breakpoint" });
function setup() {
  return prepareRun(config2);
}
var client;
function mixed(data) {
  client ??= new ApiClient(config2.baseUrl, config2.apiTimeoutS, data.tokens.regular);
  readMixRequest(client, data);
  recordSustained();
}
export {
  handleSummary,
  mixed,
  options,
  pollResources2 as pollResources,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2FwaS50cyIsICIuLi9saWIvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9yb3V0ZXMudHMiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi9jb25maWcudHMiLCAiLi4vbGliL2Vudi50cyIsICIuLi9saWIvcmVzb3VyY2VzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL3NoYXBlcy50cyIsICIuLi9saWIvZW50cnkudHMiLCAiLi4vbGliL3BhY2luZy50cyIsICIuLi9saWIvcmVhZC1taXgudHMiLCAiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCAiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCAiLi4vbGliL3JlcG9ydC9qdW5pdC50cyIsICIuLi9saWIvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L3RleHQudHMiLCAiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsICIuLi9saWIvc2V0dXAudHMiLCAiLi4vbGliL3N1c3RhaW5lZC1yYXRlLnRzIiwgIi4uL2xpYi9waGFzZS1tYXRoLnRzIiwgIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiLCAiLi4vc2NlbmFyaW9zL2JyZWFrcG9pbnQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHBhdGhzLCByZXF1ZXN0VGFncywgdHlwZSBJZCB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHsgaXRlbXM6IENvdXJzZVtdOyB0b3RhbDogbnVtYmVyOyBsaW1pdDogbnVtYmVyOyBvZmZzZXQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7IHRpdGxlOiBzdHJpbmc7IHRvcGljOiBzdHJpbmc7IGxldmVsOiBMZXZlbDsgY2hhcHRlcl9jb3VudDogbnVtYmVyOyBsYW5ndWFnZT86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyBzdGF0dXM6IHN0cmluZzsgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDsgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgd29yZF9jb3VudDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4geyBhY2Nlc3NfdG9rZW46IHN0cmluZzsgdG9rZW5fdHlwZTogc3RyaW5nOyByb2xlOiBSb2xlOyBleHBpcmVzX2luOiBudW1iZXIgfVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuIGV4Y2VwdGlvbikuICovXG5mdW5jdGlvbiBpc0pzb24ocmVzOiBSZXNwb25zZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gU3RyaW5nKHJlcy5oZWFkZXJzWydDb250ZW50LVR5cGUnXSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKSAmJiB0eXBlb2YgcmVzLmJvZHkgPT09ICdzdHJpbmcnICYmIHJlcy5ib2R5ICE9PSAnJztcbn1cblxuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5mdW5jdGlvbiBmaWVsZHNPZihyZXM6IFJlc3BvbnNlKTogRmllbGQge1xuICByZXR1cm4gKHBhdGgpID0+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHJlcy5qc29uKHBhdGgpID8/IHVuZGVmaW5lZDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9O1xufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24ocmVzOiBSZXNwb25zZSk6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrcyA9IG5ldyBNYXA8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PigpO1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIGxldCBjYWxsYmFjayA9IHN0YXR1c0NhbGxiYWNrcy5nZXQoc3RhdHVzKTtcbiAgaWYgKCFjYWxsYmFjaykge1xuICAgIGNhbGxiYWNrID0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cyk7XG4gICAgc3RhdHVzQ2FsbGJhY2tzLnNldChzdGF0dXMsIGNhbGxiYWNrKTtcbiAgfVxuICByZXR1cm4gY2FsbGJhY2s7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0cyA9IG5ldyBNYXA8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4oKTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0cy5nZXQoZW5kcG9pbnQpO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0cy5zZXQoZW5kcG9pbnQsIHNldCk7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGltZW91dDogc3RyaW5nO1xuICAvKiogUmVxdWVzdCBwYXJhbXMgcGVyIGVuZHBvaW50IChoZWFkZXJzLCB0YWdzLCB0aW1lb3V0LCBleHBlY3RlZCBzdGF0dXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbXMgPSBuZXcgTWFwPEVuZHBvaW50LCBQYXJhbXM+KCk7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBiYXNlVXJsOiBzdHJpbmcsXG4gICAgdGltZW91dFM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLnRpbWVvdXQgPSBgJHt0aW1lb3V0U31zYDtcbiAgfVxuXG4gIC8qKiBBIGNsaWVudCBmb3IgdGhlIHNhbWUgcGxhdGZvcm0gYWN0aW5nIGFzIGFub3RoZXIgdXNlci4gKi9cbiAgYXModG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gICAgcmV0dXJuIG5ldyBBcGlDbGllbnQodGhpcy5iYXNlVXJsLCBOdW1iZXIodGhpcy50aW1lb3V0LnNsaWNlKDAsIC0xKSksIHRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyYW1zRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFBheWxvYWQ6IGJvb2xlYW4pOiBQYXJhbXMge1xuICAgIGxldCBwYXJhbXMgPSB0aGlzLnBhcmFtcy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0geyBoZWFkZXJzLCB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksIHRpbWVvdXQ6IHRoaXMudGltZW91dCwgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSB9O1xuICAgICAgdGhpcy5wYXJhbXMuc2V0KGVuZHBvaW50LCBwYXJhbXMpO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KG1ldGhvZCwgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLCB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCwgdGhpcy5wYXJhbXNGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCB3aXRoUGF5bG9hZCkpO1xuICAgIGNvbnN0IHN0YXR1c09rID0gcmVzLnN0YXR1cyA9PT0gZXhwZWN0ZWQ7XG4gICAgY29uc3Qgc2hhcGVPayA9ICFzaGFwZSB8fCAoaXNKc29uKHJlcykgJiYgc2hhcGUoZmllbGRzT2YocmVzKSkpO1xuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgY29uc3QgaGFzQm9keSA9IEJvb2xlYW4oc2hhcGUpICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgbGV0IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG4gICAgbGV0IHBhcnNlZCA9IGZhbHNlO1xuICAgIHJldHVybiB7XG4gICAgICBvazogYWxsT2ssXG4gICAgICBzdGF0dXM6IHJlcy5zdGF0dXMsXG4gICAgICBnZXQgYm9keSgpIHtcbiAgICAgICAgaWYgKGhhc0JvZHkgJiYgIXBhcnNlZCkge1xuICAgICAgICAgIGJvZHkgPSBwYXJzZUpzb24ocmVzKSBhcyBUO1xuICAgICAgICAgIHBhcnNlZCA9IHRydWU7XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIGJvZHk7XG4gICAgICB9LFxuICAgIH07XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIGNvbnN0IHBhcmFtcyA9IE9iamVjdC5lbnRyaWVzKHF1ZXJ5KVxuICAgICAgLmZpbHRlcigoWywgdmFsdWVdKSA9PiB2YWx1ZSAhPT0gdW5kZWZpbmVkKVxuICAgICAgLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWApXG4gICAgICAuam9pbignJicpO1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtwYXJhbXMgPyBgPyR7cGFyYW1zfWAgOiAnJ31gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBbZW5kcG9pbnQsIG5hbWVdIG9mIE9iamVjdC5lbnRyaWVzKHJvdXRlTmFtZXMpIGFzIFtFbmRwb2ludCwgc3RyaW5nXVtdKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSA9IE9iamVjdC5mcmVlemUoeyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZSB9KTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAobXMpLiAqL1xuICBjaGFwdGVyUDk1TXM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIGNoZWNrcyBhbmQgd29ya2Zsb3dzIHRoYXQgbXVzdCBzdWNjZWVkICgwLTEpLiAqL1xuICBzdWNjZXNzUmF0ZTogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgQVBJIHJlcXVlc3RzIHRoYXQgbWF5IGZhaWwsIG92ZXJhbGwgYW5kIHBlciBlbmRwb2ludCAoMC0xKS4gKi9cbiAgZXJyb3JSYXRlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBSdW4gY29uZmlndXJhdGlvbiBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIHVwIGZyb250LiBQdXJlIChubyBrNiBpbXBvcnRzKSBzbyB0aGVcbi8vIHBhcnNpbmcgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2Vudi50cyBhcHBsaWVzIGl0IHRvIGs2J3MgX19FTlYgYXQgaW5pdCwgd2hlcmUgYSB0aHJvd1xuLy8gc3RvcHMgdGhlIHJ1biBiZWZvcmUgYW55IHJlcXVlc3QgaXMgc2VudC5cbmltcG9ydCB7IERFRkFVTFRfVEFSR0VUUywgdHlwZSBUYXJnZXRzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzJztcblxuZXhwb3J0IHR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnIHtcbiAgYmFzZVVybDogc3RyaW5nO1xuICB1c2VyczogeyByZWd1bGFyOiBDcmVkZW50aWFsczsgcG93ZXI6IENyZWRlbnRpYWxzOyBhZG1pbjogQ3JlZGVudGlhbHMgfTtcbiAgLyoqIEhvbGQgdGltZSBvZiB0aGUgbWFpbiBsb2FkLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OKS4gKi9cbiAgZHVyYXRpb25TOiBudW1iZXI7XG4gIC8qKiBQZWFrIG51bWJlciBvZiB2aXJ0dWFsIHVzZXJzIChQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTKS4gKi9cbiAgY29uY3VycmVudFVzZXJzOiBudW1iZXI7XG4gIC8qKiBQZXItcmVxdWVzdCB0aW1lb3V0LCBzZWNvbmRzIChQRVJGT1JNQU5DRV9BUElfVElNRU9VVCkuICovXG4gIGFwaVRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBSYW1wLXVwIGFuZCByYW1wLWRvd24gdGltZSwgc2Vjb25kcy4gKi9cbiAgcmFtcFVwUzogbnVtYmVyO1xuICByYW1wRG93blM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIFZVcyBwZXIgdXNlciB0eXBlLCBwZXJjZW50LCBzdW1taW5nIHRvIDEwMC4gKi9cbiAgd2VpZ2h0czogeyByZWd1bGFyOiBudW1iZXI7IHBvd2VyOiBudW1iZXI7IGFkbWluOiBudW1iZXIgfTtcbiAgLyoqIFRoaW5rIHRpbWUgYmV0d2VlbiBhIHVzZXIncyBhY3Rpb25zLCBzZWNvbmRzLCBkcmF3biB1bmlmb3JtbHkgZnJvbSBbbWluLCBtYXhdLiAqL1xuICB0aGlua1RpbWVTOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9O1xuICAvKiogSG93IG9mdGVuIGEgcG93ZXIgdXNlciBwb2xscyBhIGdlbmVyYXRpb24gam9iLCBhbmQgaG93IGxvbmcgaXQgd2FpdHMgYXQgbW9zdCwgc2Vjb25kcy4gKi9cbiAgcG9sbEludGVydmFsUzogbnVtYmVyO1xuICBnZW5lcmF0aW9uVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIENoYXB0ZXJzIHBlciBnZW5lcmF0ZWQgY291cnNlLiAqL1xuICBjaGFwdGVyc1BlckNvdXJzZTogbnVtYmVyO1xuICBzaWRlY2FyVXJsOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzaWRlY2FyIHNhbXBsZXMgZ28gbWlzc2luZyAoU0lERUNBUl9TVFJJQ1Q9dHJ1ZSkuICovXG4gIHNpZGVjYXJTdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBIb3N0cyBiZXNpZGVzIGxvb3BiYWNrIHRoYXQgZW50cmllcyBoZWF2aWVyIHRoYW4gc21va2UgbWF5IGxvYWQgKFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMpLiAqL1xuICBhbGxvd2VkSG9zdHM6IHN0cmluZ1tdO1xuICB0YXJnZXRzOiBUYXJnZXRzO1xufVxuXG5leHBvcnQgY2xhc3MgQ29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlnRXJyb3InO1xufVxuXG50eXBlIFJlYWQ8VD4gPSAoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFQpID0+IFQ7XG5cbmZ1bmN0aW9uIHJhdyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIHJldHVybiB2YWx1ZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdmFsdWUudHJpbSgpO1xufVxuXG5mdW5jdGlvbiBmYWlsKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZywgZXhwZWN0ZWQ6IHN0cmluZyk6IG5ldmVyIHtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xufVxuXG5mdW5jdGlvbiBudW1iZXJJbihtaW46IG51bWJlciwgbWF4OiBudW1iZXIsIHdoYXQ6IHN0cmluZywgaW50ZWdlcjogYm9vbGVhbik6IFJlYWQ8bnVtYmVyPiB7XG4gIHJldHVybiAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgICBjb25zdCBleHBlY3RlZCA9IGAke3doYXR9IGZyb20gJHttaW59IHRvICR7bWF4fWA7XG4gICAgaWYgKCEvXlsrXT9cXGQrKFxcLlxcZCspPyQvLnRlc3QodmFsdWUpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgY29uc3QgcGFyc2VkID0gTnVtYmVyKHZhbHVlKTtcbiAgICBpZiAoKGludGVnZXIgJiYgIU51bWJlci5pc0ludGVnZXIocGFyc2VkKSkgfHwgcGFyc2VkIDwgbWluIHx8IHBhcnNlZCA+IG1heCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIHJldHVybiBwYXJzZWQ7XG4gIH07XG59XG5cbi8qKiBXaG9sZSBzZWNvbmRzLCBlLmcuIDYwIChhIHVuaXQgc3VjaCBhcyBcIjYwc1wiIG9yIFwiMW1cIiBpcyByZWZ1c2VkIHJhdGhlciB0aGFuIGd1ZXNzZWQpLiAqL1xuY29uc3Qgc2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycsIHRydWUpO1xuY29uc3QgY291bnQgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyJywgdHJ1ZSk7XG5jb25zdCBtaWxsaXMgPSBudW1iZXJJbigxLCAzXzYwMF8wMDAsICdtaWxsaXNlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKTtcbmNvbnN0IGZyYWN0aW9uID0gbnVtYmVySW4oMCwgMSwgJ2EgZnJhY3Rpb24gKGUuZy4gMC45NSknLCBmYWxzZSk7XG5cbmNvbnN0IHRleHQ6IFJlYWQ8c3RyaW5nPiA9IChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodmFsdWUudHJpbSgpID09PSAnJykgZmFpbChuYW1lLCB2YWx1ZSwgJ2Egbm9uLWVtcHR5IHZhbHVlJyk7XG4gIHJldHVybiB2YWx1ZTtcbn07XG5cbmZ1bmN0aW9uIHVybChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgY29uc3QgbWF0Y2ggPSAvXihodHRwcz8pOlxcL1xcLyhbXi9cXHM6XSt8XFxbWzAtOWEtZkEtRjpdK1xcXSkoOlxcZHsxLDV9KT8oXFwvXFxTKik/JC8uZXhlYyh2YWx1ZSk7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsICdhbiBodHRwKHMpIFVSTCBzdWNoIGFzIGh0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpO1xuICByZXR1cm4gdmFsdWUucmVwbGFjZSgvXFwvKyQvLCAnJyk7XG59XG5cbmZ1bmN0aW9uIHdlaWdodHMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IHJlZ3VsYXI6IDcwLCBwb3dlcjogMjAsIGFkbWluOiAxMCB9O1xuICBjb25zdCBwYXJ0cyA9IHZhbHVlLnNwbGl0KCcvJykubWFwKChwYXJ0KSA9PiBwYXJ0LnRyaW0oKSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3RocmVlIHdob2xlIHBlcmNlbnRhZ2VzIHJlZ3VsYXIvcG93ZXIvYWRtaW4gc3VtbWluZyB0byAxMDAsIGUuZy4gNzAvMjAvMTAnO1xuICBpZiAocGFydHMubGVuZ3RoICE9PSAzIHx8IHBhcnRzLnNvbWUoKHBhcnQpID0+ICEvXlxcZCskLy50ZXN0KHBhcnQpKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBbcmVndWxhciwgcG93ZXIsIGFkbWluXSA9IHBhcnRzLm1hcChOdW1iZXIpIGFzIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgaWYgKHJlZ3VsYXIgKyBwb3dlciArIGFkbWluICE9PSAxMDApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgcmVndWxhciwgcG93ZXIsIGFkbWluIH07XG59XG5cbmZ1bmN0aW9uIHRoaW5rVGltZShlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd0aGlua1RpbWVTJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgbWluOiAxLCBtYXg6IDMgfTtcbiAgY29uc3QgbWF0Y2ggPSAvXihcXGQrKD86XFwuXFxkKyk/KSg/Oi0oXFxkKyg/OlxcLlxcZCspPykpPyQvLmV4ZWModmFsdWUpO1xuICBjb25zdCBleHBlY3RlZCA9ICdzZWNvbmRzIGFzIE4gb3IgTUlOLU1BWCAoZS5nLiAxLTMpLCBlYWNoIGF0IG1vc3QgNjAnO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IG1pbiA9IE51bWJlcihtYXRjaFsxXSk7XG4gIGNvbnN0IG1heCA9IG1hdGNoWzJdID09PSB1bmRlZmluZWQgPyBtaW4gOiBOdW1iZXIobWF0Y2hbMl0pO1xuICBpZiAobWF4IDwgbWluIHx8IG1heCA+IDYwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IG1pbiwgbWF4IH07XG59XG5cbmZ1bmN0aW9uIGZsYWcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycgfHwgdmFsdWUgPT09ICdmYWxzZScgfHwgdmFsdWUgPT09ICcwJykgcmV0dXJuIGZhbHNlO1xuICBpZiAodmFsdWUgPT09ICd0cnVlJyB8fCB2YWx1ZSA9PT0gJzEnKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIGZhaWwobmFtZSwgdmFsdWUsICd0cnVlIG9yIGZhbHNlJyk7XG59XG5cbmZ1bmN0aW9uIGhvc3RMaXN0KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIFtdO1xuICBjb25zdCBob3N0cyA9IHZhbHVlLnNwbGl0KCcsJykubWFwKChob3N0KSA9PiBob3N0LnRyaW0oKS50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKGhvc3RzLnNvbWUoKGhvc3QpID0+ICEvXihcXFtbMC05YS1mOl0rXFxdfFthLXowLTkuXFwtOl0rKSQvLnRlc3QoaG9zdCkpKSB7XG4gICAgZmFpbChuYW1lLCB2YWx1ZSwgJ2EgY29tbWEtc2VwYXJhdGVkIGxpc3Qgb2YgaG9zdCBuYW1lcyBvciBhZGRyZXNzZXMsIGUuZy4gc3RhZ2luZy5leGFtcGxlLmNvbSwxMC4wLjAuNScpO1xuICB9XG4gIHJldHVybiBob3N0cztcbn1cblxuZnVuY3Rpb24gY3JlZGVudGlhbHMoZW52OiBFbnYsIHByZWZpeDogc3RyaW5nLCBmYWxsYmFja0VtYWlsOiBzdHJpbmcsIGZhbGxiYWNrUGFzc3dvcmQ6IHN0cmluZyk6IENyZWRlbnRpYWxzIHtcbiAgcmV0dXJuIHtcbiAgICBlbWFpbDogdGV4dChlbnYsIGAke3ByZWZpeH1fRU1BSUxgLCBmYWxsYmFja0VtYWlsKSxcbiAgICBwYXNzd29yZDogdGV4dChlbnYsIGAke3ByZWZpeH1fUEFTU1dPUkRgLCBmYWxsYmFja1Bhc3N3b3JkKSxcbiAgfTtcbn1cblxuLyoqIFJlYWRzIGFuZCB2YWxpZGF0ZXMgZXZlcnkgc2V0dGluZzsgdGhyb3dzIENvbmZpZ0Vycm9yIG5hbWluZyB0aGUgZmlyc3QgYmFkIHZhcmlhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ29uZmlnKGVudjogRW52KTogQ29uZmlnIHtcbiAgY29uc3QgZCA9IERFRkFVTFRfVEFSR0VUUztcbiAgY29uc3QgZHVyYXRpb25TID0gc2Vjb25kcygxLCA3ICogMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OJywgNjApO1xuICBjb25zdCByYW1wVXBTID0gc2Vjb25kcygwLCAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLCBNYXRoLm1pbigzMCwgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChkdXJhdGlvblMgLyA0KSkpKTtcbiAgcmV0dXJuIHtcbiAgICBiYXNlVXJsOiB1cmwoZW52LCAnQkFTRV9VUkwnLCAnaHR0cDovLzEyNy4wLjAuMTo4MDAwJykgYXMgc3RyaW5nLFxuICAgIHVzZXJzOiB7XG4gICAgICByZWd1bGFyOiBjcmVkZW50aWFscyhlbnYsICdSRUdVTEFSX1VTRVInLCAncmVndWxhckBleGFtcGxlLmNvbScsICdyZWd1bGFyLXBhc3N3b3JkJyksXG4gICAgICBwb3dlcjogY3JlZGVudGlhbHMoZW52LCAnUE9XRVJfVVNFUicsICdwb3dlckBleGFtcGxlLmNvbScsICdwb3dlci1wYXNzd29yZCcpLFxuICAgICAgYWRtaW46IGNyZWRlbnRpYWxzKGVudiwgJ0FETUlOX1VTRVInLCAnYWRtaW5AZXhhbXBsZS5jb20nLCAnYWRtaW4tcGFzc3dvcmQnKSxcbiAgICB9LFxuICAgIGR1cmF0aW9uUyxcbiAgICBjb25jdXJyZW50VXNlcnM6IGNvdW50KDEsIDEwMF8wMDApKGVudiwgJ1BFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMnLCAxMDApLFxuICAgIGFwaVRpbWVvdXRTOiBzZWNvbmRzKDEsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX0FQSV9USU1FT1VUJywgMzApLFxuICAgIHJhbXBVcFMsXG4gICAgcmFtcERvd25TOiBzZWNvbmRzKDAsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTicsIE1hdGgubWluKDEwLCByYW1wVXBTKSksXG4gICAgd2VpZ2h0czogd2VpZ2h0cyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFMnKSxcbiAgICB0aGlua1RpbWVTOiB0aGlua1RpbWUoZW52LCAnUEVSRk9STUFOQ0VfVEhJTktfVElNRScpLFxuICAgIHBvbGxJbnRlcnZhbFM6IG51bWJlckluKDAuMSwgNjAsICdzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnR0VORVJBVElPTl9QT0xMX0lOVEVSVkFMJywgMSksXG4gICAgZ2VuZXJhdGlvblRpbWVvdXRTOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnR0VORVJBVElPTl9USU1FT1VUJywgMzAwKSxcbiAgICBjaGFwdGVyc1BlckNvdXJzZTogY291bnQoMSwgMjApKGVudiwgJ0dFTkVSQVRJT05fQ0hBUFRFUlMnLCAzKSxcbiAgICBzaWRlY2FyVXJsOiB1cmwoZW52LCAnU0lERUNBUl9VUkwnLCB1bmRlZmluZWQpLFxuICAgIHNpZGVjYXJTdHJpY3Q6IGZsYWcoZW52LCAnU0lERUNBUl9TVFJJQ1QnKSxcbiAgICBhbGxvd2VkSG9zdHM6IGhvc3RMaXN0KGVudiwgJ1BFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMnKSxcbiAgICB0YXJnZXRzOiB7XG4gICAgICBhcGlQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk1X01TJywgZC5hcGlQOTVNcyksXG4gICAgICBhcGlQOTlNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk5X01TJywgZC5hcGlQOTlNcyksXG4gICAgICBoZWFsdGhQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9IRUFMVEhfUDk1X01TJywgZC5oZWFsdGhQOTVNcyksXG4gICAgICBleHBvcnRQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9FWFBPUlRfUDk1X01TJywgZC5leHBvcnRQOTVNcyksXG4gICAgICBjaGFwdGVyUDk1TXM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdUSFJFU0hPTERfQ0hBUFRFUl9QOTVfUycsIGQuY2hhcHRlclA5NU1zIC8gMTAwMCkgKiAxMDAwLFxuICAgICAgc3VjY2Vzc1JhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9TVUNDRVNTX1JBVEUnLCBkLnN1Y2Nlc3NSYXRlKSxcbiAgICAgIGVycm9yUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX0VSUk9SX1JBVEUnLCBkLmVycm9yUmF0ZSksXG4gICAgICBtZW1vcnlNYjogY291bnQoMSwgMV8wNDhfNTc2KShlbnYsICdQRVJGT1JNQU5DRV9NRU1PUllfTElNSVQnLCBkLm1lbW9yeU1iKSxcbiAgICAgIGNwdVBlcmNlbnQ6IG51bWJlckluKDEsIDEwMCwgJ2EgcGVyY2VudGFnZScsIGZhbHNlKShlbnYsICdQRVJGT1JNQU5DRV9DUFVfTElNSVQnLCBkLmNwdVBlcmNlbnQpLFxuICAgICAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlckluKDAsIDFfMDAwXzAwMCwgJ01CIHBlciBtaW51dGUgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOJywgZC5tZW1vcnlHcm93dGhNYlBlck1pbiksXG4gICAgfSxcbiAgfTtcbn1cblxuLyoqIFRoZSBob3N0IHBhcnQgb2YgYSBVUkwsIGxvd2VyLWNhc2VkLCBJUHY2IGluIGJyYWNrZXRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhvc3RPZihiYXNlVXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBtYXRjaCA9IC9eaHR0cHM/OlxcL1xcLyhcXFtbXlxcXV0rXFxdfFteLzpdKykvaS5leGVjKGJhc2VVcmwpO1xuICByZXR1cm4gKG1hdGNoPy5bMV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJ1s6OjFdJyB8fCBob3N0ID09PSAnOjoxJyB8fCAvXjEyN1xcLlxcZHsxLDN9XFwuXFxkezEsM31cXC5cXGR7MSwzfSQvLnRlc3QoaG9zdCk7XG59XG5cbi8qKlxuICogVGhlIHRhcmdldCBndWFyZDogYW4gZW50cnkgaGVhdmllciB0aGFuIHNtb2tlIHJlZnVzZXMgYSBob3N0IHRoYXQgaXMgbm90IGxvb3BiYWNrIHVubGVzcyBpdCBpc1xuICogYWxsb3ctbGlzdGVkLCBzbyBhIHR5cG8gaW4gQkFTRV9VUkwgY2Fubm90IGxvYWQtdGVzdCBwcm9kdWN0aW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWc6IENvbmZpZywgZW50cnk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBob3N0ID0gaG9zdE9mKGNvbmZpZy5iYXNlVXJsKTtcbiAgaWYgKGlzTG9vcGJhY2soaG9zdCkgfHwgY29uZmlnLmFsbG93ZWRIb3N0cy5pbmNsdWRlcyhob3N0KSkgcmV0dXJuO1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgYHJlZnVzaW5nIHRvIHJ1biBcIiR7ZW50cnl9XCIgYWdhaW5zdCAke2NvbmZpZy5iYXNlVXJsfTogJHtob3N0fSBpcyBub3QgYSBsb29wYmFjayBhZGRyZXNzLiBgICtcbiAgICAgIGBJZiB5b3UgbWVhbiB0byBsb2FkLXRlc3QgaXQsIGFsbG93IGl0IHdpdGggUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUz0ke2hvc3R9IChjb21tYS1zZXBhcmF0ZWQgbGlzdCkuYCxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIHNjZW5hcmlvJ3Mgb3duIG51bWVyaWMgc2V0dGluZyAoZS5nLiBTUElLRV9GQUNUT1IpLCB2YWxpZGF0ZWQgbGlrZSB0aGUgc2hhcmVkIG9uZXM6IGEgYmFkXG4gKiB2YWx1ZSBzdG9wcyB0aGUgcnVuIGF0IGluaXQgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSB2YXJpYWJsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudk51bWJlcihlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyLCByYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXI7IGludGVnZXI/OiBib29sZWFuOyB3aGF0Pzogc3RyaW5nIH0pOiBudW1iZXIge1xuICBjb25zdCB3aGF0ID0gcmFuZ2Uud2hhdCA/PyAocmFuZ2UuaW50ZWdlciA/ICdhIHdob2xlIG51bWJlcicgOiAnYSBudW1iZXInKTtcbiAgcmV0dXJuIG51bWJlckluKHJhbmdlLm1pbiwgcmFuZ2UubWF4LCB3aGF0LCByYW5nZS5pbnRlZ2VyID8/IGZhbHNlKShlbnYsIG5hbWUsIGZhbGxiYWNrKTtcbn1cbiIsICIvLyBUaGUgcnVuJ3MgY29uZmlndXJhdGlvbiwgcmVhZCBmcm9tIGs2J3MgX19FTlYgb25jZSBhdCBpbml0LiBBbiBpbnZhbGlkIHZhbHVlIHRocm93cyBoZXJlLCBzb1xuLy8gazYgc3RvcHMgYmVmb3JlIHNldHVwKCkgYW5kIGJlZm9yZSBhbnkgcmVxdWVzdCwgd2l0aCB0aGUgdmFyaWFibGUgbmFtZWQgaW4gdGhlIG1lc3NhZ2UuXG5pbXBvcnQgeyBhc3NlcnRUYXJnZXRBbGxvd2VkLCBwYXJzZUNvbmZpZywgdHlwZSBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHBhcnNlQ29uZmlnKF9fRU5WKTtcblxuLyoqIFRoZSBjb25maWd1cmF0aW9uIGZvciBhIGxvYWQtZ2VuZXJhdGluZyBlbnRyeTogcmVmdXNlcyBhIG5vbi1sb29wYmFjayB0YXJnZXQgdGhhdCBpcyBub3QgYWxsb3ctbGlzdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1YXJkZWRDb25maWcoZW50cnk6IHN0cmluZyk6IENvbmZpZyB7XG4gIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnLCBlbnRyeSk7XG4gIHJldHVybiBjb25maWc7XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSBvciBSU1MgKFByb21ldGhldXMpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCBhbmQgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgcmF0ZTogMSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogMSxcbiAgICBtYXhWVXM6IDEsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgcG9sbDogZXZlcnkgbmV3IHNhbXBsZSBiZWNvbWVzIGEgbWV0cmljIHNhbXBsZS4gQSBwb2xsIHRoZSBzaWRlY2FyIGRvZXMgbm90IGFuc3dlciBjb3VudHMgb25lXG4gKiBtaXNzaW5nIHNhbXBsZSwgYW5kIHNvIGRvZXMgZWFjaCByZWFkaW5nIHRoZSBzaWRlY2FyIHJlcG9ydHMgaXQgZmFpbGVkIHRvIHRha2UgZHVyaW5nIHRoZSBydW5cbiAqICh0YXJnZXQgZ29uZSwgZW5kcG9pbnQgZG93bikuIEFuXG4gKiBhbnN3ZXIgd2l0aCBubyBuZXcgc2FtcGxlIHlldCBpcyBub3QgYSBnYXA6IHBvbGxzIGFuZCByZWFkaW5ncyBhcmUgbm90IGluIHN0ZXAuIE5ldmVyIHRocm93cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXIgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICB9XG59XG5cbi8qKiBUZWFyZG93bjogdGhlIG1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCwgTUIgcGVyIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkTWVtb3J5R3Jvd3RoKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKiogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZCkgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0gfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZykgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbmNvbnN0IE1FVFJJQ19OQU1FID0gL15bQS1aYS16X11bQS1aYS16MC05X10qJC87XG5jb25zdCBUQUdfUEFSVCA9IC9eW0EtWmEtejAtOV8uXFwtL10rJC87XG5jb25zdCBQRVJDRU5USUxFID0gL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghTUVUUklDX05BTUUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghVEFHX1BBUlQudGVzdChrZXkpIHx8ICFUQUdfUEFSVC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IFBFUkNFTlRJTEUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSkgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHsgdGhyZXNob2xkOiB0ZXh0LCBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSkgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXMubWFwKChfLCBpKSA9PiBpKS5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzOiAwLFxuICAgIHN0YWdlczogW1xuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBVcFN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBEb3duU31zYCwgdGFyZ2V0OiAwIH0sXG4gICAgXSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMzBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogazYgd2FudHMgYSB3aG9sZSByYXRlOiBhIGZyYWN0aW9uYWwgcGVyLXNlY29uZCByYXRlIGlzIGV4cHJlc3NlZCBwZXIgbWludXRlIGluc3RlYWQuICovXG5leHBvcnQgZnVuY3Rpb24gd2hvbGVSYXRlKHBlclNlY29uZDogbnVtYmVyKTogeyByYXRlOiBudW1iZXI7IHRpbWVVbml0OiBzdHJpbmcgfSB7XG4gIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHBlclNlY29uZCkgPyB7IHJhdGU6IHBlclNlY29uZCwgdGltZVVuaXQ6ICcxcycgfSA6IHsgcmF0ZTogTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChwZXJTZWNvbmQgKiA2MCkpLCB0aW1lVW5pdDogJzFtJyB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoZXhlYzogc3RyaW5nLCBwZXJTZWNvbmQ6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyLCBzdGFydFRpbWUgPSAnMHMnKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIC4uLndob2xlUmF0ZShwZXJTZWNvbmQpLFxuICAgIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDEsIE1hdGguY2VpbChwZXJTZWNvbmQpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YXJ0VGltZSxcbiAgfTtcbn1cblxuLyoqIFdhbGwgdGltZSBvZiBhIHJhbXBpbmctdXNlcnMgcnVuLCBzZWNvbmRzLCBmb3Igc2NlbmFyaW9zIHRoYXQgbXVzdCBydW4gYWxvbmdzaWRlIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBudW1iZXIge1xuICByZXR1cm4gY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TICsgY29uZmlnLnJhbXBEb3duUztcbn1cblxuZXhwb3J0IGNvbnN0IFNVTU1BUllfVFJFTkRfU1RBVFMgPSBbJ2F2ZycsICdtaW4nLCAnbWVkJywgJ21heCcsICdwKDkwKScsICdwKDk1KScsICdwKDk5KScsICdjb3VudCddO1xuXG4vKiogVlVzIGZvbGxvd2luZyBleHBsaWNpdCBzdGFnZXMgKHNwaWtlIHNoYXBlcyBhbmQgdGhlIGxpa2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlZFVzZXJzKGV4ZWM6IHN0cmluZywgc3RhZ2VzOiB7IGR1cmF0aW9uUzogbnVtYmVyOyB0YXJnZXQ6IG51bWJlciB9W10sIHN0YXJ0VlVzID0gMCk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzLFxuICAgIHN0YWdlczogc3RhZ2VzLm1hcCgocykgPT4gKHsgZHVyYXRpb246IGAke3MuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHMudGFyZ2V0IH0pKSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMTBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogRXZlcnkgVlUgc3RhcnRzIG9uZSBpdGVyYXRpb24gYXQgdGhlIHNhbWUgaW5zdGFudCAodGhleSBhcmUgYWxsIGluaXRpYWxpc2VkIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxBdE9uY2UoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnM6IDEsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cblxuLyoqIEEgZml4ZWQgbnVtYmVyIG9mIFZVcyBmb3IgYSBmaXhlZCB0aW1lIChjbG9zZWQgbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50VXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYywgdnVzLCBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH07XG59XG5cbi8qKiBBcnJpdmFsIHJhdGUgcmlzaW5nIGxpbmVhcmx5IGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIHBlciBzZWNvbmQgb3ZlciBgZHVyYXRpb25TYCAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmlzaW5nUmF0ZShleGVjOiBzdHJpbmcsIHN0YXJ0UmF0ZTogbnVtYmVyLCBtYXhSYXRlOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBtYXhWVXM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0UmF0ZSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMiwgTWF0aC5jZWlsKHN0YXJ0UmF0ZSkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhZ2VzOiBbeyBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCB0YXJnZXQ6IG1heFJhdGUgfV0sXG4gIH07XG59XG5cbi8qKiBgdnVzYCB1c2VycyBlYWNoIHJ1biBgaXRlcmF0aW9uc2AgaXRlcmF0aW9ucywgYWxsIHN0YXJ0aW5nIHRvZ2V0aGVyLCBib3VuZGVkIGJ5IGBtYXhEdXJhdGlvblNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGl0ZXJhdGlvbnNQZXJVc2VyKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGl0ZXJhdGlvbnM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnMsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cbiIsICIvLyBXaGF0IGV2ZXJ5IGVudHJ5IHBvaW50IHNoYXJlczogaXQgYXNzZW1ibGVzIGs2IG9wdGlvbnMgZnJvbSB0aGUgZW50cnkncyBvd24gc2NlbmFyaW9zIGFuZFxuLy8gZ2F0ZXMsIGFkZGluZyB0aGUgc2VydmVyLXJlc291cmNlcyBzY2VuYXJpbyBhbmQgZ2F0ZXMgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQgKFNJREVDQVJfVVJMKS5cbi8vIEVudHJpZXMgcmUtZXhwb3J0IGBwb2xsUmVzb3VyY2VzYCBhbmQgYHRlYXJkb3duYCBmcm9tIGhlcmUsIGFzIGs2IG5lZWRzIHRoZW0gaW4gdGhlIGVudHJ5IG1vZHVsZS5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4vZW52LnRzJztcbmltcG9ydCB7IHBvbGxSZXNvdXJjZXMgYXMgcG9sbFNpZGVjYXIsIHJlY29yZE1lbW9yeUdyb3d0aCwgcmVzb3VyY2VHYXRlcywgcmVzb3VyY2VzU2NlbmFyaW8gfSBmcm9tICcuL3Jlc291cmNlcy50cyc7XG5pbXBvcnQgeyBTVU1NQVJZX1RSRU5EX1NUQVRTLCB0eXBlIFNjZW5hcmlvIH0gZnJvbSAnLi9zaGFwZXMudHMnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeVBhcnRzIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIGdhdGVzOiBHYXRlW107XG4gIC8qKiBIb3cgbG9uZyB0aGUgbG9hZCBydW5zLCBzZWNvbmRzOiB0aGUgcmVzb3VyY2VzIHBvbGxlciBydW5zIGFzIGxvbmcuICovXG4gIHdhbGxUaW1lUzogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCB0b28gKHNvYWspLiAqL1xuICBnYXRlTWVtb3J5R3Jvd3RoPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeU9wdGlvbnMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgdGhyZXNob2xkczogSzZUaHJlc2hvbGRzO1xuICBzZXR1cFRpbWVvdXQ6IHN0cmluZztcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBwYXJ0czogRW50cnlQYXJ0cyk6IEVudHJ5T3B0aW9ucyB7XG4gIC8vIEEgdXNlciBjbGFzcyB3ZWlnaHRlZCAwICUgKGUuZy4gUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTPTEwMC8wLzApIGhhcyBubyBWVXM7IGs2IHJlZnVzZXMgYVxuICAvLyBzY2VuYXJpbyB0aGF0IG5ldmVyIHN0YXJ0cyBvbmUsIHNvIGl0IGlzIGxlZnQgb3V0IHJhdGhlciB0aGFuIGZhaWxpbmcgdGhlIHdob2xlIHJ1bi5cbiAgY29uc3Qgc2NlbmFyaW9zID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKHBhcnRzLnNjZW5hcmlvcykuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGhhc1VzZXJzKHNjZW5hcmlvKSkpO1xuICBjb25zdCBnYXRlcyA9IFsuLi5wYXJ0cy5nYXRlc107XG4gIGlmIChjb25maWcuc2lkZWNhclVybCkge1xuICAgIHNjZW5hcmlvcy5yZXNvdXJjZXMgPSByZXNvdXJjZXNTY2VuYXJpbyhwYXJ0cy53YWxsVGltZVMpO1xuICAgIGdhdGVzLnB1c2goXG4gICAgICAuLi5yZXNvdXJjZUdhdGVzKHtcbiAgICAgICAgbWVtb3J5TWI6IGNvbmZpZy50YXJnZXRzLm1lbW9yeU1iLFxuICAgICAgICBjcHVQZXJjZW50OiBjb25maWcudGFyZ2V0cy5jcHVQZXJjZW50LFxuICAgICAgICBncm93dGhNYlBlck1pbjogcGFydHMuZ2F0ZU1lbW9yeUdyb3d0aCA/IGNvbmZpZy50YXJnZXRzLm1lbW9yeUdyb3d0aE1iUGVyTWluIDogdW5kZWZpbmVkLFxuICAgICAgICBmYWlsT25NaXNzaW5nOiBjb25maWcuc2lkZWNhclN0cmljdCxcbiAgICAgIH0pLFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzY2VuYXJpb3MsXG4gICAgdGhyZXNob2xkczogdG9LNlRocmVzaG9sZHMoZ2F0ZXMpLFxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbmZ1bmN0aW9uIGhhc1VzZXJzKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4ge1xuICBjb25zdCB7IGV4ZWN1dG9yLCBzdGFydFZVcywgc3RhZ2VzLCB2dXMgfSA9IHNjZW5hcmlvIGFzIHsgZXhlY3V0b3I6IHN0cmluZzsgc3RhcnRWVXM/OiBudW1iZXI7IHN0YWdlcz86IHsgdGFyZ2V0OiBudW1iZXIgfVtdOyB2dXM/OiBudW1iZXIgfTtcbiAgaWYgKGV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSByZXR1cm4gKHN0YXJ0VlVzID8/IDApID4gMCB8fCAoc3RhZ2VzID8/IFtdKS5zb21lKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0ID4gMCk7XG4gIGlmIChleGVjdXRvciA9PT0gJ2NvbnN0YW50LXZ1cycgfHwgZXhlY3V0b3IgPT09ICdwZXItdnUtaXRlcmF0aW9ucycgfHwgZXhlY3V0b3IgPT09ICdzaGFyZWQtaXRlcmF0aW9ucycpIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqIFdoYXQgb25seSB0aGUgZW5kIG9mIHRoZSBydW4ga25vd3MgKHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoKS4gRW50cmllcyB3aXRoIGEgdGVhcmRvd24gb2YgdGhlaXIgb3duIGNhbGwgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcmVjb3JkTWVtb3J5R3Jvd3RoKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRlYXJkb3duKCk6IHZvaWQge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xufVxuIiwgIi8vIEhvdyBzaW11bGF0ZWQgdXNlcnMgcGFjZSB0aGVtc2VsdmVzIGFuZCBjaG9vc2Ugd2hhdCB0byBkbyBuZXh0LlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5cbi8qKiBTbGVlcHMgYSB1bmlmb3JtbHkgZHJhd24gdGhpbmsgdGltZSBpbiBbbWluLCBtYXhdIHNlY29uZHMuICovXG5leHBvcnQgZnVuY3Rpb24gdGhpbmsocmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH0pOiB2b2lkIHtcbiAgY29uc3Qgc2Vjb25kcyA9IHJhbmdlLm1pbiArIE1hdGgucmFuZG9tKCkgKiAocmFuZ2UubWF4IC0gcmFuZ2UubWluKTtcbiAgaWYgKHNlY29uZHMgPiAwKSBzbGVlcChzZWNvbmRzKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBXZWlnaHRlZFRhc2s8VD4ge1xuICB3ZWlnaHQ6IG51bWJlcjtcbiAgdGFzazogVDtcbn1cblxuLyoqIFBpY2tzIG9uZSB0YXNrIHdpdGggcHJvYmFiaWxpdHkgcHJvcG9ydGlvbmFsIHRvIGl0cyB3ZWlnaHQuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja1dlaWdodGVkPFQ+KHRhc2tzOiByZWFkb25seSBXZWlnaHRlZFRhc2s8VD5bXSwgcmFuZG9tOiBudW1iZXIgPSBNYXRoLnJhbmRvbSgpKTogVCB7XG4gIGNvbnN0IHRvdGFsID0gdGFza3MucmVkdWNlKChzdW0sIHQpID0+IHN1bSArIHQud2VpZ2h0LCAwKTtcbiAgbGV0IHBvaW50ID0gcmFuZG9tICogdG90YWw7XG4gIGZvciAoY29uc3QgdCBvZiB0YXNrcykge1xuICAgIHBvaW50IC09IHQud2VpZ2h0O1xuICAgIGlmIChwb2ludCA8IDApIHJldHVybiB0LnRhc2s7XG4gIH1cbiAgcmV0dXJuIHRhc2tzW3Rhc2tzLmxlbmd0aCAtIDFdIS50YXNrO1xufVxuXG4vKiogUGlja3Mgb25lIGVsZW1lbnQgdW5pZm9ybWx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tPbmU8VD4oaXRlbXM6IHJlYWRvbmx5IFRbXSk6IFQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gaXRlbXMubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogaXRlbXNbTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogaXRlbXMubGVuZ3RoKV07XG59XG4iLCAiLy8gQSByZWFkLWhlYXZ5IHJlcXVlc3QgbWl4LCBvbmUgcmVxdWVzdCBwZXIgaXRlcmF0aW9uLCBmb3Igb3Blbi1tb2RlbCBlbnRyaWVzIHRoYXQgcHVzaCB0aGVcbi8vIGFycml2YWwgcmF0ZSAoYnJlYWtwb2ludCk6IGxpc3RzLCBjb3Vyc2UgcGFnZXMsIGNoYXB0ZXJzIGFuZCBoZWFsdGgsIGFzIGJyb3dzaW5nIHVzZXJzIGRvLlxuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQgfSBmcm9tICcuL2FwaS50cyc7XG5pbXBvcnQgeyBwaWNrV2VpZ2h0ZWQsIHR5cGUgV2VpZ2h0ZWRUYXNrIH0gZnJvbSAnLi9wYWNpbmcudHMnO1xuaW1wb3J0IHR5cGUgeyBSdW5EYXRhIH0gZnJvbSAnLi9zZXR1cC50cyc7XG5cbnR5cGUgUmVxdWVzdCA9IChhcGk6IEFwaUNsaWVudCwgZGF0YTogUnVuRGF0YSkgPT4gdW5rbm93bjtcblxuY29uc3Qgc2VlZGVkID0gKGRhdGE6IFJ1bkRhdGEpOiBSdW5EYXRhWydzZWVkZWRDb3Vyc2VJZHMnXVtudW1iZXJdID0+IGRhdGEuc2VlZGVkQ291cnNlSWRzW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGRhdGEuc2VlZGVkQ291cnNlSWRzLmxlbmd0aCldITtcblxuY29uc3QgTUlYOiBXZWlnaHRlZFRhc2s8UmVxdWVzdD5bXSA9IFtcbiAgeyB3ZWlnaHQ6IDQsIHRhc2s6IChhcGkpID0+IGFwaS5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCB9KSB9LFxuICB7IHdlaWdodDogMywgdGFzazogKGFwaSwgZGF0YSkgPT4gYXBpLmdldENvdXJzZShzZWVkZWQoZGF0YSkpIH0sXG4gIHsgd2VpZ2h0OiAyLCB0YXNrOiAoYXBpLCBkYXRhKSA9PiBhcGkuZ2V0Q2hhcHRlcihzZWVkZWQoZGF0YSksIDEpIH0sXG4gIHsgd2VpZ2h0OiAxLCB0YXNrOiAoYXBpKSA9PiBhcGkuaGVhbHRoKCkgfSxcbl07XG5cbi8qKiBPbmUgcmVxdWVzdCBvZiB0aGUgbWl4LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRNaXhSZXF1ZXN0KGFwaTogQXBpQ2xpZW50LCBkYXRhOiBSdW5EYXRhKTogdm9pZCB7XG4gIHBpY2tXZWlnaHRlZChNSVgpKGFwaSwgZGF0YSk7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpLnJlcGxhY2UoLzwvZywgJyZsdDsnKS5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rOiByZXN1bHQub2ssIHN0YXQsIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcikgcm93cy5zZXQoZW5kcG9pbnQsIChyID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH0pKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3QgbWF0Y2ggPSBTVUJfTUVUUklDLmV4ZWMobmFtZSk7XG4gICAgaWYgKCFtYXRjaCkgY29udGludWU7XG4gICAgY29uc3QgWywgYmFzZSwgZW5kcG9pbnRdID0gbWF0Y2ggYXMgdW5rbm93biBhcyBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ107XG4gICAgY29uc3QgdiA9IG1ldHJpYy52YWx1ZXMgPz8ge307XG4gICAgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9kdXJhdGlvbicpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocm93KGVuZHBvaW50KSwgeyByZXF1ZXN0czogdi5jb3VudCA/PyAwLCBwNTA6IHYubWVkID8/IG51bGwsIHA5NTogdlsncCg5NSknXSA/PyBudWxsLCBwOTk6IHZbJ3AoOTkpJ10gPz8gbnVsbCwgbWF4OiB2Lm1heCA/PyBudWxsIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JykgcmV0dXJuIE1hdGgucm91bmQodmFsdWUpLnRvU3RyaW5nKCkucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFBsYWluLWxhbmd1YWdlIGxpbmUgYWJvdXQgc2VydmVyIHJlc291cmNlczogbWVhc3VyZWQsIG9yIHdoeSBub3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzTGluZShkYXRhOiBTdW1tYXJ5RGF0YSk6IHN0cmluZyB7XG4gIGNvbnN0IG1lbW9yeSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpO1xuICBjb25zdCBjcHUgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyk7XG4gIGlmIChtZW1vcnkgPT09IG51bGwgJiYgY3B1ID09PSBudWxsKSByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBtaXNzaW5nID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwO1xuICBjb25zdCBncm93dGggPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKTtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlczogbWVtb3J5IHBlYWsgJHtmb3JtYXRWYWx1ZShtZW1vcnksICd2YWx1ZScpfSBNQmAsXG4gICAgYENQVSBwOTUgJHtmb3JtYXRWYWx1ZShjcHUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7bWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3Qgc2Vjb25kcyA9ICgoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtvcHRpb25zLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IHJvd3MubWFwKChyKSA9PiB7XG4gICAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCk7XG4gICAgY29uc3Qgb2JzZXJ2ZWQgPSBlc2NhcGVYbWwoZm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KSk7XG4gICAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gICAgaWYgKHIub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0Pm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufSBmYWlsZWQ6IG9ic2VydmVkICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+b2JzZXJ2ZWQgJHtvYnNlcnZlZH08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbiAgfSk7XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmcgfSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmIFxcYCR7ZXNjYXBlTWFya2Rvd25DZWxsKG9wdGlvbnMuc2NlbmFyaW8pfVxcYDogJHtmYWlsZWQgPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkfSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGB9YCxcbiAgICAnJyxcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcCgocikgPT4gYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9XFxgIHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCksXG4gIF07XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgbWV0cmljVmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgRW5kcG9pbnRSb3csIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBjb25zdCBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBSdW5NZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZTogc3RyaW5nIHwgbnVsbDtcbiAgdGFyZ2V0OiBzdHJpbmcgfCBudWxsO1xuICBrNl92ZXJzaW9uOiBzdHJpbmcgfCBudWxsO1xuICBnaXRfY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bk1ldGEgJiB7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH07XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IHsgbWV0cmljOiBzdHJpbmc7IGV4cHJlc3Npb246IHN0cmluZzsgb2s6IGJvb2xlYW47IG9ic2VydmVkOiBudW1iZXIgfCBudWxsIH1bXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogRXZlcnkgbWV0cmljJ3MgYWdncmVnYXRlIHZhbHVlcyBhcyBrNiBjb21wdXRlZCB0aGVtLiAqL1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PjtcbiAgcmVzb3VyY2VzOiB7IG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsOyBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDsgc2FtcGxlc19taXNzaW5nOiBudW1iZXIgfSB8IG51bGw7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoZGF0YTogU3VtbWFyeURhdGEsIG1ldGE6IFJ1bk1ldGEpOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pID0+ICh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pKTtcbiAgY29uc3QgbWVhc3VyZWQgPSBkYXRhLm1ldHJpY3M/LnNlcnZlcl9tZW1vcnlfbWIgfHwgZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQ7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IG1lYXN1cmVkXG4gICAgICA/IHtcbiAgICAgICAgICBtZW1vcnlfbWJfcGVhazogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfbWInLCAnbWF4JyksXG4gICAgICAgICAgY3B1X3BlcmNlbnRfcDk1OiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyksXG4gICAgICAgICAgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKSxcbiAgICAgICAgICBzYW1wbGVzX21pc3Npbmc6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMCxcbiAgICAgICAgfVxuICAgICAgOiBudWxsLFxuICB9O1xufVxuIiwgIi8vIFRoZSBjb25jaXNlIGNvbnNvbGUgc3VtbWFyeTogdGhyZXNob2xkcyBmaXJzdCAodmVyZGljdCwgZXhwcmVzc2lvbiwgb2JzZXJ2ZWQgdmFsdWUpLCB0aGVuXG4vLyBwZXItZW5kcG9pbnQgbGF0ZW5jeSwgdGhyb3VnaHB1dCwgZXJyb3JzLCBjaGVja3MsIGN1c3RvbSBtZXRyaWNzIGFuZCBzZXJ2ZXIgcmVzb3VyY2VzLlxuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgbWV0cmljVmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbJ2h0dHBfcmVxcycsICdodHRwX3JlcV9kdXJhdGlvbicsICdodHRwX3JlcV9ibG9ja2VkJywgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLCAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJywgJ2h0dHBfcmVxX3NlbmRpbmcnLCAnaHR0cF9yZXFfd2FpdGluZycsICdodHRwX3JlcV9yZWNlaXZpbmcnLCAnaHR0cF9yZXFfZmFpbGVkJywgJ2l0ZXJhdGlvbnMnLCAnaXRlcmF0aW9uX2R1cmF0aW9uJywgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICd2dXMnLCAndnVzX21heCcsICdkYXRhX3NlbnQnLCAnZGF0YV9yZWNlaXZlZCcsICdjaGVja3MnLCAnZ3JvdXBfZHVyYXRpb24nXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+ICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IGNvbG9yOiBib29sZWFuIH0pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goYy5ib2xkKGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCkpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZChgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWApKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBjb25zdCBjZWxsID0gKHY6IG51bWJlciB8IG51bGwpID0+IGZvcm1hdFZhbHVlKHYsICdtcycpLnBhZFN0YXJ0KDgpO1xuICAgICAgbGluZXMucHVzaChgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlY29uZHMgPSAoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwO1xuICBjb25zdCByZXF1ZXN0cyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcXMnLCAnY291bnQnKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdpdGVyYXRpb25zJywgJ2NvdW50Jyk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyb3VnaHB1dCcpKTtcbiAgbGluZXMucHVzaChgICAke2Zvcm1hdFZhbHVlKHJlcXVlc3RzID8/IDAsICdjb3VudCcpfSByZXF1ZXN0cyAoJHtzZWNvbmRzID4gMCAmJiByZXF1ZXN0cyAhPT0gbnVsbCA/IChyZXF1ZXN0cyAvIHNlY29uZHMpLnRvRml4ZWQoMSkgOiAnbi9hJ30vcyksICR7Zm9ybWF0VmFsdWUoaXRlcmF0aW9ucyA/PyAwLCAnY291bnQnKX0gaXRlcmF0aW9ucyBpbiAke3NlY29uZHMudG9GaXhlZCgxKX0gc2ApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KS5maWx0ZXIoaXNDdXN0b20pLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiB7IHNjZW5hcmlvOiBzdHJpbmc7IHByb2ZpbGU/OiBzdHJpbmcgfSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgc3Rkb3V0OiB0ZXh0U3VtbWFyeShkYXRhLCB7IHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLCBjb2xvcjogZGF0YS5zdGF0ZT8uaXNTdGRPdXRUVFkgPT09IHRydWUgfSkgfTtcbiAgICBjb25zdCBkaXIgPSBfX0VOVi5SRVBPUlRTX0RJUjtcbiAgICBpZiAoZGlyKSB7XG4gICAgICBjb25zdCByZXN1bHRzID0gYnVpbGRSZXN1bHRzKGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgIGs2X3ZlcnNpb246IG9yTnVsbChfX0VOVi5SVU5fSzZfVkVSU0lPTiksXG4gICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgIGZpbmlzaGVkX2F0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICB9KTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGxvZ3MgdGhlIHRocmVlIHVzZXJzXG4vLyBpbiBvbmNlLCBhbmQgc2VlZHMgY291cnNlcyBmb3IgcmVndWxhciB1c2VycyB0byByZWFkLiBJdCBzdG9wcyB0aGUgcnVuIHdpdGggYSBtZXNzYWdlIHRoYXRcbi8vIHNheXMgd2hhdCBpcyB3cm9uZyBpbnN0ZWFkIG9mIGxldHRpbmcgVlVzIHNlbmQgYSBtaW51dGUgb2YgZmFpbGluZyByZXF1ZXN0cy5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBzZWNyZXRzIGZyb20gJ2s2L3NlY3JldHMnO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQsIHR5cGUgUm9sZSB9IGZyb20gJy4vYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBHZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0aGUgcmVndWxhciB1c2VyLCBmb3IgcmVhZGluZy4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbG9naW4oY2xpZW50OiBBcGlDbGllbnQsIGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IGNvbmZpZy51c2Vyc1tyb2xlXTtcbiAgY29uc3QgcmVzdWx0ID0gY2xpZW50LmxvZ2luKGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LmJvZHkpIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkQuYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC5ib2R5LmFjY2Vzc190b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLCB0b3BpYzogJ2xvYWQgdGVzdGluZycsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIFBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkIGxpa2UgdGhlXG4gKiBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNiByZWRhY3RzIHRoZW1cbiAqIGZyb20gaXRzIGxvZ3MuIFdpdGhvdXQgYSBzZWNyZXQgc291cmNlLCBvciB3aXRob3V0IHRoYXQga2V5LCB0aGUgZW52aXJvbm1lbnQncyB2YWx1ZSBzdGFuZHMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHdpdGhTZWNyZXRQYXNzd29yZHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPENvbmZpZz4ge1xuICBjb25zdCB1c2VycyA9IHsgLi4uY29uZmlnLnVzZXJzIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdCkge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSB1c2Vyc1tyb2xlXSA9IHsgLi4udXNlcnNbcm9sZV0sIHBhc3N3b3JkIH07XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiB7IC4uLmNvbmZpZywgdXNlcnMgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4ocnVuQ29uZmlnOiBDb25maWcsIG9wdGlvbnM6IHsgc2VlZDogYm9vbGVhbiB9ID0geyBzZWVkOiB0cnVlIH0pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUocnVuQ29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBjb25maWcgPSBhd2FpdCB3aXRoU2VjcmV0UGFzc3dvcmRzKHJ1bkNvbmZpZyk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz4gPSB7XG4gICAgcmVndWxhcjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdyZWd1bGFyJyksXG4gICAgcG93ZXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncG93ZXInKSxcbiAgICBhZG1pbjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdhZG1pbicpLFxuICB9O1xuICBjb25zdCBydW5JZCA9IGAke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuIiwgIi8vIGJyZWFrcG9pbnQncyBhbnN3ZXIsIFwidGhlIGhpZ2hlc3QgYXJyaXZhbCByYXRlIHN1c3RhaW5lZCB3aXRoaW4gdGFyZ2V0c1wiLCBhcyBhIGs2IG1ldHJpYy4gazZcbi8vIHRocmVzaG9sZHMgYXJlIGN1bXVsYXRpdmUgb3ZlciB0aGUgcnVuLCBzbyB0aGV5IHNheSB3aGVuIGl0IGJyb2tlLCBub3QgdXAgdG8gd2hlcmUgaXQgaGVsZDpcbi8vIGVhY2ggVlUga2VlcHMgYSBzbGlkaW5nIHdpbmRvdyBvZiBpdHMgbGFzdCByZXF1ZXN0cyBhbmQsIHdoZW5ldmVyIHRoYXQgd2luZG93IG1ldCB0aGUgYnVkZ2V0XG4vLyAoZnVsbCwgbm8gZXJyb3IsIHA5NSB1bmRlciBidWRnZXQpLCByZWNvcmRzIHRoZSByYXRlIHRoZSB3aG9sZSB0ZXN0IHJlYWxseSBhY2hpZXZlZCBvdmVyIHRoZVxuLy8gd2luZG93J3Mgc3BhbiAoZnJvbSBrNidzIHRlc3Qtd2lkZSBpdGVyYXRpb24gbnVtYmVyLCBzbyBkcm9wcGVkIGl0ZXJhdGlvbnMgY291bnQgYWdhaW5zdCBpdCksXG4vLyBjYXBwZWQgYnkgdGhlIHJhdGUgc2NoZWR1bGVkIGF0IHRoYXQgbW9tZW50LiBUaGUgbWV0cmljJ3MgbWF4IGlzIHRoZSBhbnN3ZXIuIFBlciBWVSBiZWNhdXNlIGs2XG4vLyBWVXMgc2hhcmUgbm8gc3RhdGU7IHdpdGggTiBWVXMgYXQgcmF0ZSBSIGEgd2luZG93IHNwYW5zIGFib3V0IHNpemUgeCBOIC8gUiBzZWNvbmRzLlxuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB7IFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyBvYnNlcnZlUmVxdWVzdHMgfSBmcm9tICcuL2FwaS50cyc7XG5pbXBvcnQgeyBhY2hpZXZlZFJhdGUsIGxpbmVhclJhdGUsIHdpbmRvd1dpdGhpbkJ1ZGdldCB9IGZyb20gJy4vcGhhc2UtbWF0aC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3VzdGFpbmVkUmF0ZU9wdGlvbnMge1xuICBtZXRyaWNOYW1lOiBzdHJpbmc7XG4gIHdpbmRvd1NpemU6IG51bWJlcjtcbiAgcDk1QnVkZ2V0TXM6IG51bWJlcjtcbiAgcmFtcDogeyBzdGFydFJhdGU6IG51bWJlcjsgbWF4UmF0ZTogbnVtYmVyOyBkdXJhdGlvblM6IG51bWJlciB9O1xufVxuXG4vKiogU3RhcnRzIG9ic2VydmluZyB0aGlzIFZVJ3MgcmVxdWVzdHM7IGNhbGwgdGhlIHJldHVybmVkIGZ1bmN0aW9uIGF0IHRoZSBlbmQgb2YgZWFjaCBpdGVyYXRpb24gKG9uZSByZXF1ZXN0IGVhY2gpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRyYWNrU3VzdGFpbmVkUmF0ZShvcHRpb25zOiBTdXN0YWluZWRSYXRlT3B0aW9ucyk6ICgpID0+IHZvaWQge1xuICBjb25zdCBzdXN0YWluZWQgPSBuZXcgVHJlbmQob3B0aW9ucy5tZXRyaWNOYW1lKTtcbiAgY29uc3Qgd2luZG93OiB7IG1zOiBudW1iZXI7IG9rOiBib29sZWFuIH1bXSA9IFtdO1xuICBjb25zdCBtYXJrczogeyBhdE1zOiBudW1iZXI7IGl0ZXJhdGlvbjogbnVtYmVyIH1bXSA9IFtdO1xuICBvYnNlcnZlUmVxdWVzdHMoKF9lbmRwb2ludCwgbXMsIG9rKSA9PiB7XG4gICAgd2luZG93LnB1c2goeyBtcywgb2sgfSk7XG4gICAgaWYgKHdpbmRvdy5sZW5ndGggPiBvcHRpb25zLndpbmRvd1NpemUpIHdpbmRvdy5zaGlmdCgpO1xuICB9KTtcbiAgY29uc3QgeyBzdGFydFJhdGUsIG1heFJhdGUsIGR1cmF0aW9uUyB9ID0gb3B0aW9ucy5yYW1wO1xuICByZXR1cm4gKCkgPT4ge1xuICAgIGNvbnN0IG5vdyA9IHsgYXRNczogRGF0ZS5ub3coKSwgaXRlcmF0aW9uOiBleGVjLnNjZW5hcmlvLml0ZXJhdGlvbkluVGVzdCB9O1xuICAgIG1hcmtzLnB1c2gobm93KTtcbiAgICBpZiAobWFya3MubGVuZ3RoID4gb3B0aW9ucy53aW5kb3dTaXplKSBtYXJrcy5zaGlmdCgpO1xuICAgIGlmICghd2luZG93V2l0aGluQnVkZ2V0KHdpbmRvdywgb3B0aW9ucy53aW5kb3dTaXplLCBvcHRpb25zLnA5NUJ1ZGdldE1zKSkgcmV0dXJuO1xuICAgIGNvbnN0IGFjaGlldmVkID0gYWNoaWV2ZWRSYXRlKG1hcmtzWzBdISwgbm93KTtcbiAgICBpZiAoYWNoaWV2ZWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICAgIGNvbnN0IHNjaGVkdWxlZCA9IGxpbmVhclJhdGUoc3RhcnRSYXRlLCBtYXhSYXRlLCBkdXJhdGlvblMsIChub3cuYXRNcyAtIGV4ZWMuc2NlbmFyaW8uc3RhcnRUaW1lKSAvIDEwMDApO1xuICAgIHN1c3RhaW5lZC5hZGQoTWF0aC5taW4oc2NoZWR1bGVkLCBhY2hpZXZlZCkpO1xuICB9O1xufVxuIiwgIi8vIFRoZSBhcml0aG1ldGljIGJlaGluZCB0aGUgdGltZSBxdWVzdGlvbnMgKHNwaWtlIHJlY292ZXJ5LCByYW1wLXVwIGFuZCBzb2FrIGRyaWZ0LCBicmVha3BvaW50J3Ncbi8vIHN1c3RhaW5lZCByYXRlKSwgcHVyZSBzbyBpdCBpcyB1bml0LXRlc3RlZCBpbiBOb2RlOyBsaWIvcGhhc2VzLnRzIGFuZCBsaWIvc3VzdGFpbmVkLXJhdGUudHMgYXBwbHkgaXQgaW5zaWRlIGs2LlxuXG5leHBvcnQgaW50ZXJmYWNlIFBoYXNlIHtcbiAgbmFtZTogc3RyaW5nO1xuICAvKiogU2Vjb25kcyBhZnRlciB0aGUgc2NlbmFyaW8ncyBzdGFydCBhdCB3aGljaCB0aGlzIHBoYXNlIGVuZHMuICovXG4gIHVudGlsUzogbnVtYmVyO1xufVxuXG4vKiogVGhlIHBoYXNlIGBlbGFwc2VkU2AgZmFsbHMgaW47IHRoZSBsYXN0IHBoYXNlJ3MgbmFtZSBhZnRlciB0aGUgZW5kLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBoYXNlQXQoZWxhcHNlZFM6IG51bWJlciwgcGhhc2VzOiByZWFkb25seSBQaGFzZVtdKTogc3RyaW5nIHtcbiAgaWYgKHBoYXNlcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBFcnJvcigncGhhc2VBdDogbm8gcGhhc2VzIGdpdmVuJyk7XG4gIGZvciAoY29uc3QgcGhhc2Ugb2YgcGhhc2VzKSBpZiAoZWxhcHNlZFMgPCBwaGFzZS51bnRpbFMpIHJldHVybiBwaGFzZS5uYW1lO1xuICByZXR1cm4gcGhhc2VzW3BoYXNlcy5sZW5ndGggLSAxXSEubmFtZTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1lZGlhbih2YWx1ZXM6IHJlYWRvbmx5IG51bWJlcltdKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHZhbHVlcy5sZW5ndGggPT09IDApIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNvcnRlZCA9IFsuLi52YWx1ZXNdLnNvcnQoKGEsIGIpID0+IGEgLSBiKTtcbiAgY29uc3QgbWlkID0gTWF0aC5mbG9vcihzb3J0ZWQubGVuZ3RoIC8gMik7XG4gIHJldHVybiBzb3J0ZWQubGVuZ3RoICUgMiA/IHNvcnRlZFttaWRdIDogKHNvcnRlZFttaWQgLSAxXSEgKyBzb3J0ZWRbbWlkXSEpIC8gMjtcbn1cblxuLyoqIEEgZmFpbGVkIHJlcXVlc3QncyBkcmlmdDogZmFyIGJleW9uZCBhbnkgbGltaXQsIHNpbmNlIHJlY292ZXJpbmcgbWVhbnMgYW5zd2VyaW5nLCBub3QgZmFpbGluZyBmYXN0LiAqL1xuZXhwb3J0IGNvbnN0IEZBSUxFRF9EUklGVCA9IDEwMDtcblxuLyoqXG4gKiBPbmUgcmVxdWVzdCdzIGxhdGVuY3kgcmVsYXRpdmUgdG8gdGhlIHJlZmVyZW5jZSBtZWRpYW4sIGJvdGggd2l0aCBhIG5vaXNlIGZsb29yIGFkZGVkIHNvIHRoYXRcbiAqIDAuNCBtcyBhZ2FpbnN0IDAuMiBtcyBkb2VzIG5vdCByZWFkIGFzIFwidHdpY2UgYXMgc2xvd1wiLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJpZnRSYXRpbyhkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuLCByZWZlcmVuY2VNZWRpYW5NczogbnVtYmVyLCBmbG9vck1zOiBudW1iZXIpOiBudW1iZXIge1xuICByZXR1cm4gb2sgPyAoZHVyYXRpb25NcyArIGZsb29yTXMpIC8gKHJlZmVyZW5jZU1lZGlhbk1zICsgZmxvb3JNcykgOiBGQUlMRURfRFJJRlQ7XG59XG5cbi8qKiBwLXRoIHBlcmNlbnRpbGUgKG5lYXJlc3QgcmFuaykgb2YgYSBub24tZW1wdHkgbGlzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJjZW50aWxlKHZhbHVlczogcmVhZG9ubHkgbnVtYmVyW10sIHA6IG51bWJlcik6IG51bWJlciB7XG4gIGlmICh2YWx1ZXMubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgRXJyb3IoJ3BlcmNlbnRpbGUgb2YgYW4gZW1wdHkgbGlzdCcpO1xuICBjb25zdCBzb3J0ZWQgPSBbLi4udmFsdWVzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIHJldHVybiBzb3J0ZWRbTWF0aC5tYXgoMCwgTWF0aC5jZWlsKChwIC8gMTAwKSAqIHNvcnRlZC5sZW5ndGgpIC0gMSldITtcbn1cblxuLyoqIFdoZXRoZXIgYSB3aW5kb3cgb2YgcmVjZW50IHJlcXVlc3RzIG1ldCB0aGUgYnVkZ2V0OiBmdWxsLCBubyBmYWlsdXJlLCBwOTUgdW5kZXIgYHA5NUJ1ZGdldE1zYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aW5kb3dXaXRoaW5CdWRnZXQod2luZG93OiByZWFkb25seSB7IG1zOiBudW1iZXI7IG9rOiBib29sZWFuIH1bXSwgc2l6ZTogbnVtYmVyLCBwOTVCdWRnZXRNczogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiB3aW5kb3cubGVuZ3RoID49IHNpemUgJiYgd2luZG93LmV2ZXJ5KCh3KSA9PiB3Lm9rKSAmJiBwZXJjZW50aWxlKHdpbmRvdy5tYXAoKHcpID0+IHcubXMpLCA5NSkgPCBwOTVCdWRnZXRNcztcbn1cblxuLyoqIFRoZSBzY2hlZHVsZWQgcmF0ZSBvZiBhIGxpbmVhciByYW1wIGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIG92ZXIgYGR1cmF0aW9uU2AsIGBlbGFwc2VkU2AgaW4uICovXG5leHBvcnQgZnVuY3Rpb24gbGluZWFyUmF0ZShzdGFydFJhdGU6IG51bWJlciwgbWF4UmF0ZTogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgZWxhcHNlZFM6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IHNoYXJlID0gTWF0aC5taW4oMSwgTWF0aC5tYXgoMCwgZWxhcHNlZFMgLyBkdXJhdGlvblMpKTtcbiAgcmV0dXJuIHN0YXJ0UmF0ZSArIChtYXhSYXRlIC0gc3RhcnRSYXRlKSAqIHNoYXJlO1xufVxuXG4vKipcbiAqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZCB0aGUgd2hvbGUgdGVzdCByZWFsbHkgc3RhcnRlZCBiZXR3ZWVuIHR3byBtb21lbnRzLCBmcm9tIGs2J3NcbiAqIHRlc3Qtd2lkZSBpdGVyYXRpb24gbnVtYmVyIChleGVjLnNjZW5hcmlvLml0ZXJhdGlvbkluVGVzdCBjb3VudHMgc3RhcnRlZCBpdGVyYXRpb25zIG9ubHksIHNvXG4gKiBpdGVyYXRpb25zIGs2IGRyb3BwZWQgZm9yIHdhbnQgb2YgYSBmcmVlIFZVIGRvIG5vdCBjb3VudCkuIFVuZGVmaW5lZCBvdmVyIGFuIGVtcHR5IGludGVydmFsLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWNoaWV2ZWRSYXRlKGZyb206IHsgYXRNczogbnVtYmVyOyBpdGVyYXRpb246IG51bWJlciB9LCB0bzogeyBhdE1zOiBudW1iZXI7IGl0ZXJhdGlvbjogbnVtYmVyIH0pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBzZWNvbmRzID0gKHRvLmF0TXMgLSBmcm9tLmF0TXMpIC8gMTAwMDtcbiAgcmV0dXJuIHNlY29uZHMgPiAwID8gKHRvLml0ZXJhdGlvbiAtIGZyb20uaXRlcmF0aW9uKSAvIHNlY29uZHMgOiB1bmRlZmluZWQ7XG59XG4iLCAiLy8gVGhlIHN0YW5kYXJkIGdhdGUgc2V0cyB0aGUgc2NlbmFyaW9zIGNvbWJpbmUuIEVhY2ggcGVyLWVuZHBvaW50IGdhdGUgaXMgaXRzIG93biB0YWdnZWRcbi8vIHN1Yi1tZXRyaWMsIHNvIGEgZmFpbHVyZSBuYW1lcyB0aGUgZW5kcG9pbnQgYW5kIHRoZSBzdW1tYXJ5IGxpc3RzIGV2ZXJ5IGVuZHBvaW50J3MgZmlndXJlcy5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4uL2xpYi9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgcmV0dXJuIHRhcmdldHMuYXBpUDk1TXM7XG59XG5cbi8qKiBBUEkgcDk1L3A5OSBvdmVyIGFsbCBlbmRwb2ludHMsIGFuZCBwOTUgcGVyIGVuZHBvaW50IChoZWFsdGggYW5kIGV4cG9ydCB3aXRoIHRoZWlyIG93biBidWRnZXRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYXRlbmN5R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk5TXMgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIEVycm9yIHJhdGUgb3ZlciBhbGwgQVBJIHJlcXVlc3RzIGFuZCBwZXIgZW5kcG9pbnQsIHNvIG9uZSBmYWlsaW5nIHJvdXRlIGlzIG5hbWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yR2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFN0b3BzIGEgcnVuIGVhcmx5IHdoZW4gbW9zdCByZXF1ZXN0cyBmYWlsIChwbGF0Zm9ybSBkb3duIG9yIGNyYXNoZWQpOiBubyBtaW51dGVzIG9mIG5vaXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwgPSAnMTBzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ2hlY2tzIGFuZCB3aG9sZSB3b3JrZmxvd3MgbXVzdCBzdWNjZWVkIG9mdGVuIGVub3VnaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWNjZXNzR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGVja3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3dvcmtmbG93X3N1Y2Nlc3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIENoYXB0ZXIgZ2VuZXJhdGlvbiB0aW1lICh0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMpIGFuZCBmYWlsZWQgZ2VuZXJhdGlvbiBqb2JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRpb25HYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5jaGFwdGVyUDk1TXMgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2dlbmVyYXRpb25fZmFpbGVkJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBFYWNoIGVuZHBvaW50IGFnYWluc3QgaXRzIG93biBidWRnZXQ6IHA5NSAoaGVhbHRoIGFuZCBleHBvcnQgaGF2ZSB0aGVpciBvd24pIGFuZCBwOTksIHBsdXMgaXRzIGVycm9yIHJhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRCdWRnZXRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGVycm9yUmF0ZTogbnVtYmVyKTogR2F0ZVtdIHtcbiAgcmV0dXJuIGVuZHBvaW50cy5mbGF0TWFwKChlbmRwb2ludCkgPT4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiB7IGVuZHBvaW50IH0sIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0gfSxcbiAgXSk7XG59XG5cbi8qKlxuICogYnJlYWtwb2ludDogQVBJIHA5NSBhbmQgZXJyb3IgcmF0ZSBhYm9ydCB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCBvZiBkYXRhKTtcbiAqIHRoZSBzdXN0YWluZWQtcmF0ZSBtZXRyaWMgaXMgbGlzdGVkIHdpdGggYW4gYWx3YXlzLXRydWUgcnVsZSBzbyB0aGUgc3VtbWFyeSBzaG93cyBpdHMgdmFsdWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBicmVha3BvaW50R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgc3VzdGFpbmVkTWV0cmljOiBzdHJpbmcsIGRlbGF5QWJvcnRFdmFsID0gJzVzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogc3VzdGFpbmVkTWV0cmljLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPj0nLCB2YWx1ZTogMCB9XSB9LFxuICBdO1xufVxuIiwgIi8vIGJyZWFrcG9pbnQ6IHdoZXJlIGRvZXMgaXQgYnJlYWs/IFRoZSBhcnJpdmFsIHJhdGUgb2YgYSByZWFkLWhlYXZ5IG1peCAobGliL3JlYWQtbWl4LnRzKSByaXNlc1xuLy8gbGluZWFybHkgZnJvbSBCUkVBS1BPSU5UX1NUQVJUX1JBVEUgdG8gQlJFQUtQT0lOVF9NQVhfUkFURSBpdGVyYXRpb25zL3Mgb3ZlciBCUkVBS1BPSU5UX0RVUkFUSU9OXG4vLyBzZWNvbmRzIChvcGVuIG1vZGVsKS4gVGhyZXNob2xkcyB3aXRoIGFib3J0T25GYWlsIChBUEkgcDk1IGFuZCBlcnJvciByYXRlLCBhZnRlciA1IHMgb2YgZGF0YSlcbi8vIHN0b3AgdGhlIHJ1biBvbmNlIHRoZSB0YXJnZXRzIGFyZSBjcm9zc2VkOyBvdGhlcndpc2UgaXQgc3RvcHMgYnkgaXRzZWxmIGF0IHRoZSBlbmQgb2YgdGhlIHJhbXAuXG4vLyBUaGUgYW5zd2VyIGlzIGJyZWFrcG9pbnRfc3VzdGFpbmVkX3JhdGUncyBtYXg6IHRoZSBoaWdoZXN0IHJhdGUgcmVhbGx5IGFjaGlldmVkIChkcm9wcGVkXG4vLyBpdGVyYXRpb25zIGV4Y2x1ZGVkKSB3aGlsZSBhIFZVJ3MgbGFzdCBCUkVBS1BPSU5UX1dJTkRPVyByZXF1ZXN0cyBtZXQgdGhlIHA5NSBidWRnZXQgd2l0aG91dCBhblxuLy8gZXJyb3IgKGxpYi9zdXN0YWluZWQtcmF0ZS50cykuXG4vLyBFeGl0IDk5IG1lYW5zIGl0IGJyb2tlIHdpdGhpbiB0aGUgcmFtcCAodGhlIHVzdWFsIG91dGNvbWUpOyAwIG1lYW5zIGl0IGhlbGQgdXAgdG8gdGhlIG1heCByYXRlLlxuLy8gRW52OiBCUkVBS1BPSU5UX1NUQVJUX1JBVEUgKDUpLCBCUkVBS1BPSU5UX01BWF9SQVRFICgyMDAwOyB0aGUgZGVtbyBwbGF0Zm9ybSBob2xkcyA1MDAvcyBvbiAyIGNvcmVzKSwgQlJFQUtQT0lOVF9EVVJBVElPTiAoMTIwKSxcbi8vIEJSRUFLUE9JTlRfV0lORE9XICgyMCksIFRIUkVTSE9MRF9BUElfUDk1X01TICgyMDApLCBUSFJFU0hPTERfRVJST1JfUkFURSAoMC4wNSkuXG5pbXBvcnQgeyBBcGlDbGllbnQgfSBmcm9tICcuLi9saWIvYXBpLnRzJztcbmltcG9ydCB7IGVudk51bWJlciB9IGZyb20gJy4uL2xpYi9jb25maWcudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2VudHJ5LnRzJztcbmltcG9ydCB7IGd1YXJkZWRDb25maWcgfSBmcm9tICcuLi9saWIvZW52LnRzJztcbmltcG9ydCB7IHJlYWRNaXhSZXF1ZXN0IH0gZnJvbSAnLi4vbGliL3JlYWQtbWl4LnRzJztcbmltcG9ydCB7IG1ha2VIYW5kbGVTdW1tYXJ5IH0gZnJvbSAnLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyc7XG5pbXBvcnQgeyBwcmVwYXJlUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi9saWIvc2V0dXAudHMnO1xuaW1wb3J0IHsgcmlzaW5nUmF0ZSB9IGZyb20gJy4uL2xpYi9zaGFwZXMudHMnO1xuaW1wb3J0IHsgdHJhY2tTdXN0YWluZWRSYXRlIH0gZnJvbSAnLi4vbGliL3N1c3RhaW5lZC1yYXRlLnRzJztcbmltcG9ydCB7IGJyZWFrcG9pbnRHYXRlcyB9IGZyb20gJy4uL3RocmVzaG9sZHMvZ2F0ZXMudHMnO1xuXG5jb25zdCBjb25maWcgPSBndWFyZGVkQ29uZmlnKCdicmVha3BvaW50Jyk7XG5jb25zdCBzdGFydFJhdGUgPSBlbnZOdW1iZXIoX19FTlYsICdCUkVBS1BPSU5UX1NUQVJUX1JBVEUnLCA1LCB7IG1pbjogMSwgbWF4OiAxMDBfMDAwLCBpbnRlZ2VyOiB0cnVlIH0pO1xuY29uc3QgbWF4UmF0ZSA9IGVudk51bWJlcihfX0VOViwgJ0JSRUFLUE9JTlRfTUFYX1JBVEUnLCAyMDAwLCB7IG1pbjogMSwgbWF4OiAxMDBfMDAwLCBpbnRlZ2VyOiB0cnVlIH0pO1xuY29uc3QgZHVyYXRpb25TID0gZW52TnVtYmVyKF9fRU5WLCAnQlJFQUtQT0lOVF9EVVJBVElPTicsIDEyMCwgeyBtaW46IDEsIG1heDogODZfNDAwLCBpbnRlZ2VyOiB0cnVlLCB3aGF0OiAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycgfSk7XG5jb25zdCB3aW5kb3dTaXplID0gZW52TnVtYmVyKF9fRU5WLCAnQlJFQUtQT0lOVF9XSU5ET1cnLCAyMCwgeyBtaW46IDEsIG1heDogMTBfMDAwLCBpbnRlZ2VyOiB0cnVlIH0pO1xuaWYgKG1heFJhdGUgPCBzdGFydFJhdGUpIHRocm93IG5ldyBFcnJvcihgQlJFQUtQT0lOVF9NQVhfUkFURT0ke21heFJhdGV9IGlzIGJlbG93IEJSRUFLUE9JTlRfU1RBUlRfUkFURT0ke3N0YXJ0UmF0ZX06IHRoZSByYXRlIG11c3QgcmlzZWApO1xuXG5jb25zdCByZWNvcmRTdXN0YWluZWQgPSB0cmFja1N1c3RhaW5lZFJhdGUoe1xuICBtZXRyaWNOYW1lOiAnYnJlYWtwb2ludF9zdXN0YWluZWRfcmF0ZScsXG4gIHdpbmRvd1NpemUsXG4gIHA5NUJ1ZGdldE1zOiBjb25maWcudGFyZ2V0cy5hcGlQOTVNcyxcbiAgcmFtcDogeyBzdGFydFJhdGUsIG1heFJhdGUsIGR1cmF0aW9uUyB9LFxufSk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywge1xuICB3YWxsVGltZVM6IGR1cmF0aW9uUyxcbiAgLy8gRW5vdWdoIFZVcyB0byBob2xkIHRoZSBtYXggcmF0ZSBhdCB0aGUgcDk1IGJ1ZGdldCdzIGxhdGVuY3ksIG5vIG1vcmU6IHBhc3QgdGhhdCB0aGUgdGFyZ2V0IGlzXG4gIC8vIGJyb2tlbiBhbnl3YXksIGFuZCBrNiByZXBvcnRzIHRoZSBpdGVyYXRpb25zIGl0IGNvdWxkIG5vdCBzdGFydCBhcyBkcm9wcGVkX2l0ZXJhdGlvbnMuXG4gIHNjZW5hcmlvczogeyByaXNpbmc6IHJpc2luZ1JhdGUoJ21peGVkJywgc3RhcnRSYXRlLCBtYXhSYXRlLCBkdXJhdGlvblMsIE1hdGgubWF4KDUwLCBNYXRoLmNlaWwoKG1heFJhdGUgKiBjb25maWcudGFyZ2V0cy5hcGlQOTVNcykgLyAxMDAwKSkpIH0sXG4gIGdhdGVzOiBicmVha3BvaW50R2F0ZXMoY29uZmlnLnRhcmdldHMsICdicmVha3BvaW50X3N1c3RhaW5lZF9yYXRlJyksXG59KTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvZW50cnkudHMnO1xuZXhwb3J0IGNvbnN0IGhhbmRsZVN1bW1hcnkgPSBtYWtlSGFuZGxlU3VtbWFyeSh7IHNjZW5hcmlvOiAnYnJlYWtwb2ludCcgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXR1cCgpOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVSdW4oY29uZmlnKTtcbn1cblxubGV0IGNsaWVudDogQXBpQ2xpZW50IHwgdW5kZWZpbmVkO1xuXG5leHBvcnQgZnVuY3Rpb24gbWl4ZWQoZGF0YTogUnVuRGF0YSk6IHZvaWQge1xuICBjbGllbnQgPz89IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMucmVndWxhcik7XG4gIHJlYWRNaXhSZXF1ZXN0KGNsaWVudCwgZGF0YSk7XG4gIHJlY29yZFN1c3RhaW5lZCgpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUdBLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQXVEOzs7QUNrQnZELElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFFQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsQ0FBQyxVQUFVLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxHQUEyQjtBQUNqRixpQkFBZSxRQUFRLElBQUksT0FBTyxPQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsS0FBSyxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLFNBQU8sZUFBZSxRQUFRO0FBQ2hDOzs7QUZTQSxJQUFNLFFBQVEsQ0FBSSxTQUE4QztBQUVoRSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBRS9DLElBQU0sU0FBUztBQUFBLEVBQ3BCLFFBQVEsTUFBMEIsQ0FBQyxVQUFVLE1BQU0sUUFBUSxNQUFNLElBQUk7QUFBQSxFQUNyRSxPQUFPLE1BQWEsQ0FBQyxVQUFVO0FBQzdCLFVBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsRUFDaEQsQ0FBQztBQUFBLEVBQ0QsWUFBWSxNQUFrQixDQUFDLFVBQVUsUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hHLFFBQVEsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hGLG9CQUFvQixNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsYUFBYSxNQUF5QyxDQUFDLFVBQVUsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDdEYsS0FBSyxNQUFXLENBQUMsVUFBVSxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsU0FBUyxNQUFlLENBQUMsVUFBVSxPQUFPLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUN2RSxXQUFXLE1BQStCLENBQUMsVUFBVTtBQUNuRCxVQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUM1RSxDQUFDO0FBQ0g7QUFLQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTLFlBQVksSUFBSSxTQUFTO0FBQ3BIO0FBR0EsU0FBUyxTQUFTLEtBQXNCO0FBQ3RDLFNBQU8sQ0FBQyxTQUFTO0FBQ2YsUUFBSTtBQUNGLGFBQU8sSUFBSSxLQUFLLElBQUksS0FBSztBQUFBLElBQzNCLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsVUFBVSxLQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO0FBQUEsRUFDdEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGtCQUFrQixvQkFBSSxJQUFzRDtBQUNsRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsTUFBSSxXQUFXLGdCQUFnQixJQUFJLE1BQU07QUFDekMsTUFBSSxDQUFDLFVBQVU7QUFDYixlQUFXLEtBQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLElBQUksUUFBUSxRQUFRO0FBQUEsRUFDdEM7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBQ0csU0FBUyxnQkFBZ0IsTUFBeUM7QUFDdkUsYUFBVztBQUNiO0FBT0EsSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUFZLG9CQUFJLElBQWdFO0FBRXRGLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxJQUFJLFFBQVE7QUFDaEMsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsSUFBSSxVQUFVLEdBQUc7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQUtyQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBLEVBUEY7QUFBQTtBQUFBLEVBRUEsU0FBUyxvQkFBSSxJQUFzQjtBQUFBO0FBQUEsRUFXcEQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUE4QjtBQUNwRixRQUFJLFNBQVMsS0FBSyxPQUFPLElBQUksUUFBUTtBQUNyQyxRQUFJLENBQUMsUUFBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsZUFBUyxFQUFFLFNBQVMsTUFBTSxZQUFZLFFBQVEsR0FBRyxTQUFTLEtBQUssU0FBUyxrQkFBa0IsYUFBYSxRQUFRLEVBQUU7QUFDakgsV0FBSyxPQUFPLElBQUksVUFBVSxNQUFNO0FBQUEsSUFDbEM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBQSxRQUNBLFNBQ1c7QUFDWCxVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sS0FBSyxRQUFRLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJLElBQUksY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJLE1BQU0sS0FBSyxVQUFVLFVBQVUsVUFBVSxXQUFXLENBQUM7QUFDeEosVUFBTSxXQUFXLElBQUksV0FBVztBQUNoQyxVQUFNLFVBQVUsQ0FBQ0EsVUFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTLEdBQUcsQ0FBQztBQUM3RCxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVUEsV0FBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsVUFBTSxVQUFVLFFBQVFBLE1BQUssS0FBSyxZQUFZO0FBQzlDLFFBQUk7QUFDSixRQUFJLFNBQVM7QUFDYixXQUFPO0FBQUEsTUFDTCxJQUFJO0FBQUEsTUFDSixRQUFRLElBQUk7QUFBQSxNQUNaLElBQUksT0FBTztBQUNULFlBQUksV0FBVyxDQUFDLFFBQVE7QUFDdEIsaUJBQU8sVUFBVSxHQUFHO0FBQ3BCLG1CQUFTO0FBQUEsUUFDWDtBQUNBLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTTtBQUFBLEVBQ3RFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLE1BQU0sTUFBTSxHQUFHLEtBQUssT0FBTyxPQUFPLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUN6RjtBQUFBLEVBRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBQzNGLFVBQU0sU0FBUyxPQUFPLFFBQVEsS0FBSyxFQUNoQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxVQUFVLE1BQVMsRUFDekMsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUMsRUFBRSxFQUNuRSxLQUFLLEdBQUc7QUFDWCxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUyxJQUFJLE1BQU0sS0FBSyxFQUFFLElBQUksS0FBSyxPQUFPLFVBQVU7QUFBQSxFQUNuSDtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxNQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sUUFBUSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUM5RTtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssT0FBTyxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLE1BQU0sYUFBYSxFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDdkc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsTUFBTSxVQUFVLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNwRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFDRjs7O0FHelBPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNPTSxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFJQSxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsSUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELElBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxTQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDakM7QUFFQSxTQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixRQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxNQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTUMsYUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFFBQU0sVUFBVSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyx1QkFBdUIsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNQSxhQUFZLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdEgsU0FBTztBQUFBLElBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7QUFBQSxJQUNyRCxPQUFPO0FBQUEsTUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtBQUFBLE1BQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLE1BQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLElBQzdFO0FBQUEsSUFDQSxXQUFBQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztBQUFBLElBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsSUFDaEU7QUFBQSxJQUNBLFdBQVcsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxJQUMvRSxTQUFTLFFBQVEsS0FBSywwQkFBMEI7QUFBQSxJQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7QUFBQSxJQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztBQUFBLElBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztBQUFBLElBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7QUFBQSxJQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7QUFBQSxJQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7QUFBQSxJQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7QUFBQSxJQUN2RCxTQUFTO0FBQUEsTUFDUCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtBQUFBLE1BQzdGLGFBQWEsU0FBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7QUFBQSxNQUNsRSxXQUFXLFNBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO0FBQUEsTUFDNUQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtBQUFBLE1BQ3pFLFlBQVksU0FBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7QUFBQSxNQUM5RixzQkFBc0IsU0FBUyxHQUFHLEtBQVcsNEJBQTRCLEtBQUssRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtBQUFBLElBQ25KO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxPQUFPLFNBQXlCO0FBQzlDLFFBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELFVBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0FBQ3hDO0FBRU8sU0FBUyxXQUFXLE1BQXVCO0FBQ2hELFNBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtBQUNuSDtBQU1PLFNBQVMsb0JBQW9CQyxTQUFnQixPQUFxQjtBQUN2RSxRQUFNLE9BQU8sT0FBT0EsUUFBTyxPQUFPO0FBQ2xDLE1BQUksV0FBVyxJQUFJLEtBQUtBLFFBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxRQUFNLElBQUk7QUFBQSxJQUNSLG9CQUFvQixLQUFLLGFBQWFBLFFBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtBQUFBLEVBQ2hGO0FBQ0Y7QUFNTyxTQUFTLFVBQVUsS0FBVSxNQUFjLFVBQWtCLE9BQStFO0FBQ2pKLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQzFNTyxJQUFNLFNBQWlCLFlBQVksS0FBSztBQUd4QyxTQUFTLGNBQWMsT0FBdUI7QUFDbkQsc0JBQW9CLFFBQVEsS0FBSztBQUNqQyxTQUFPO0FBQ1Q7OztBQ05BLE9BQU9DLFdBQVU7QUFDakIsU0FBUyxTQUFTLGFBQWE7OztBQzJCL0IsSUFBTSxjQUFjO0FBQ3BCLElBQU0sV0FBVztBQUNqQixJQUFNLGFBQWE7QUFHWixTQUFTLFVBQVUsUUFBZ0IsTUFBdUM7QUFDL0UsTUFBSSxDQUFDLFlBQVksS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQzNHLFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxTQUFTLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxLQUFLLEtBQUssR0FBRztBQUNoRCxZQUFNLElBQUksTUFBTSxlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTSwyREFBMkQ7QUFBQSxJQUNySDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTUMsY0FBYSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQzVDLE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUNBLGVBQWMsT0FBT0EsWUFBVyxDQUFDLENBQUMsSUFBSSxNQUFNO0FBQzlFLFVBQU0sSUFBSSxNQUFNLHVCQUF1QixLQUFLLElBQUksZ0NBQWdDO0FBQUEsRUFDbEY7QUFDQSxNQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwSSxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTyxFQUFFLFdBQVdBLE9BQU0sYUFBYSxNQUFNLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQyxFQUFHO0FBQ3ZIO0FBR08sU0FBUyxlQUFlLE9BQTZCO0FBQzFELFFBQU0sTUFBb0IsQ0FBQztBQUMzQixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLE1BQU0sVUFBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFFBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7QUFBQSxFQUMxRDtBQUNBLFNBQU87QUFDVDs7O0FEL0RPLElBQU0sbUJBQW1CLElBQUksTUFBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSSxNQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJLE1BQU0sa0JBQWtCO0FBRW5ELElBQU0sdUJBQXVCLElBQUksUUFBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLGlDQUFpQztBQVM3RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUVsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBR0csU0FBUyxrQkFBa0JDLFlBQW1CLFdBQThCO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQU07QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFVBQVU7QUFBQSxJQUNWLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUtBLFVBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDOUMsaUJBQWlCO0FBQUEsSUFDakIsUUFBUTtBQUFBLElBQ1IsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7QUFBQSxFQUNuQztBQUNGO0FBRUEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVFPLFNBQVMsY0FBYyxZQUEwQjtBQUN0RCxRQUFNLE1BQU1DLE1BQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxNQUE4QyxJQUFJLElBQUksSUFBSTtBQUM1RixNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6Qyx5QkFBcUIsSUFBSSxDQUFDO0FBQzFCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxzQkFBcUIsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUMzRyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLHFCQUFpQixJQUFJLE9BQU8sV0FBVztBQUN2QywwQkFBc0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNsRCxtQkFBZSxJQUFJLE9BQU8sU0FBUztBQUNuQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUFBLEVBQ3RDO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixZQUEwQjtBQUMzRCxRQUFNLE1BQU1BLE1BQUssSUFBSSxHQUFHLFVBQVUsWUFBWSxJQUFhO0FBQzNELFFBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTSxNQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxNQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QixTQUFVLG9CQUFtQixJQUFJLFFBQVEsd0JBQXdCO0FBQzlIO0FBWU8sU0FBUyxjQUFjLFFBQWdDO0FBQzVELFFBQU0sUUFBZ0I7QUFBQSxJQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO0FBQUEsSUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtBQUFBLEVBQ2hHO0FBQ0EsTUFBSSxPQUFPLG1CQUFtQixPQUFXLE9BQU0sS0FBSyxFQUFFLFFBQVEsbUNBQW1DLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQyxFQUFFLENBQUM7QUFDbEssTUFBSSxPQUFPLGNBQWUsT0FBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDeEgsU0FBTztBQUNUOzs7QUUxQ08sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87QUF5QjNGLFNBQVMsV0FBV0MsT0FBY0MsWUFBbUJDLFVBQWlCQyxZQUFtQixRQUEwQjtBQUN4SCxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFBSDtBQUFBLElBQ0EsV0FBQUM7QUFBQSxJQUNBLFVBQVU7QUFBQSxJQUNWLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUtBLFVBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDbkU7QUFBQSxJQUNBLFFBQVEsQ0FBQyxFQUFFLFVBQVUsR0FBR0UsVUFBUyxLQUFLLFFBQVFELFNBQVEsQ0FBQztBQUFBLEVBQ3pEO0FBQ0Y7OztBQ3pFTyxTQUFTLGFBQWFFLFNBQWdCLE9BQWlDO0FBRzVFLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLGVBQWUsS0FBSztBQUFBLElBQ2hDLGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUIsRUFBRSxDQUFDO0FBQUEsSUFDN0QsbUJBQW1CO0FBQUEsRUFDckI7QUFDRjtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBQzVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhLG9CQUFxQixTQUFRLE9BQU8sS0FBSztBQUM3SCxTQUFPO0FBQ1Q7QUFHTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7QUFHTyxTQUFTLHVCQUE2QjtBQUMzQyxNQUFJLE9BQVUsV0FBWSxvQkFBbUIsT0FBVSxVQUFVO0FBQ25FO0FBRU8sU0FBUyxXQUFpQjtBQUMvQix1QkFBcUI7QUFDdkI7OztBQ25FQSxTQUFTLGFBQWE7QUFjZixTQUFTLGFBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBQ3BHLFFBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUN4RCxNQUFJLFFBQVEsU0FBUztBQUNyQixhQUFXLEtBQUssT0FBTztBQUNyQixhQUFTLEVBQUU7QUFDWCxRQUFJLFFBQVEsRUFBRyxRQUFPLEVBQUU7QUFBQSxFQUMxQjtBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDOzs7QUNmQSxJQUFNLFNBQVMsQ0FBQyxTQUFzRCxLQUFLLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBRWxKLElBQU0sTUFBK0I7QUFBQSxFQUNuQyxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUNDLFNBQVFBLEtBQUksWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFBQSxFQUMzRCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUNBLE1BQUssU0FBU0EsS0FBSSxVQUFVLE9BQU8sSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM5RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUNBLE1BQUssU0FBU0EsS0FBSSxXQUFXLE9BQU8sSUFBSSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ2xFLEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQ0EsU0FBUUEsS0FBSSxPQUFPLEVBQUU7QUFDM0M7QUFHTyxTQUFTLGVBQWVBLE1BQWdCLE1BQXFCO0FBQ2xFLGVBQWEsR0FBRyxFQUFFQSxNQUFLLElBQUk7QUFDN0I7OztBQ2xCTyxTQUFTLFVBQVVDLE9BQXNCO0FBQzlDLFNBQU9BLE1BQUssUUFBUSxZQUFZLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDLENBQUU7QUFDdkg7QUFHTyxTQUFTLG1CQUFtQkEsT0FBc0I7QUFDdkQsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSyxFQUFFLFFBQVEsWUFBWSxHQUFHLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2Rzs7O0FDNkJPLFNBQVMsT0FBT0MsYUFBNEI7QUFDakQsU0FBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7QUFDaEU7QUFFQSxTQUFTLE9BQU8sUUFBZ0MsTUFBb0M7QUFDbEYsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELE1BQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsU0FBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0FBQ3hFO0FBR08sU0FBUyxjQUFjLE1BQW1DO0FBQy9ELFFBQU0sT0FBdUIsQ0FBQztBQUM5QixhQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxlQUFXLENBQUNBLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsWUFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsWUFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLFdBQUssS0FBSyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLE9BQU8sSUFBSSxNQUFNLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXLE1BQU0sTUFBTSxPQUFPLFFBQVEsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUMxSztBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7QUFDNUY7QUFFQSxJQUFNLGFBQWE7QUFHWixTQUFTLGFBQWEsTUFBa0M7QUFDN0QsUUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFFBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFFBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixRQUFJLENBQUMsRUFBRyxNQUFLLElBQUksVUFBVyxJQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSyxDQUFFO0FBQ3ZILFdBQU87QUFBQSxFQUNUO0FBQ0EsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFFBQUksQ0FBQyxNQUFPO0FBQ1osVUFBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsVUFBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFFBQUksU0FBUyxxQkFBcUI7QUFDaEMsYUFBTyxPQUFPLElBQUksUUFBUSxHQUFHLEVBQUUsVUFBVSxFQUFFLFNBQVMsR0FBRyxLQUFLLEVBQUUsT0FBTyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDbkosV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxNQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELE1BQUksU0FBUyxNQUFNO0FBQ2pCLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxXQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQ0EsTUFBSSxTQUFTLFFBQVMsUUFBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsRUFBRSxRQUFRLHlCQUF5QixHQUFHO0FBQzlGLFNBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtBQUNqRztBQUVPLFNBQVMsWUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixRQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7QUFDdkU7QUFHTyxTQUFTLGNBQWMsTUFBMkI7QUFDdkQsUUFBTSxTQUFTLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUMxRCxRQUFNLE1BQU0sWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzNELE1BQUksV0FBVyxRQUFRLFFBQVEsS0FBTSxRQUFPO0FBQzVDLFFBQU0sVUFBVSxZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUN4RSxRQUFNLFNBQVMsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQ3pFLFNBQU87QUFBQSxJQUNMLGlDQUFpQyxZQUFZLFFBQVEsT0FBTyxDQUFDO0FBQUEsSUFDN0QsV0FBVyxZQUFZLEtBQUssT0FBTyxDQUFDO0FBQUEsSUFDcEMsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCLFlBQVksUUFBUSxPQUFPLENBQUMsU0FBUztBQUFBLElBQ2xGLG1CQUFtQixPQUFPO0FBQUEsRUFDNUIsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDaEhPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUM7QUFDcEYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQzNDLFFBQU1DLGFBQVksS0FBSyxPQUFPLHFCQUFxQixLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ3ZFLFFBQU0sUUFBUSxVQUFVLGVBQWVELFNBQVEsUUFBUSxFQUFFO0FBQ3pELFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNO0FBQzVCLFVBQU0sT0FBTyxVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsVUFBTSxXQUFXLFVBQVUsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUM7QUFDMUQsVUFBTSxPQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxRQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUcsSUFBSSx3QkFBd0IsUUFBUTtBQUN4RCxXQUFPLEdBQUcsSUFBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLHFCQUFxQixZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsK0JBQStCLFFBQVE7QUFBQTtBQUFBLEVBQ2hMLENBQUM7QUFDRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EseUNBQXlDLEtBQUssTUFBTSxlQUFlLFFBQVEsc0JBQXNCQyxRQUFPO0FBQUEsSUFDeEcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLE1BQU0sZUFBZSxRQUFRLGtDQUFrQ0EsUUFBTztBQUFBLElBQ2xILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ3RCTyxTQUFTLGVBQWUsTUFBbUJDLFVBQXVDO0FBQ3ZGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUN6QyxRQUFNLFFBQVE7QUFBQSxJQUNaLG9CQUFvQixtQkFBbUJBLFNBQVEsUUFBUSxDQUFDLE9BQU8sV0FBVyxJQUFJLFNBQVMsS0FBSyxNQUFNLHVCQUF1QixLQUFLLE1BQU0sT0FBTyxLQUFLLE1BQU0sb0JBQW9CO0FBQUEsSUFDMUs7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxRQUFRLG1CQUFtQixHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsUUFBUSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxJQUFJO0FBQUEsRUFDOUk7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxLQUFLLElBQUksNERBQTRELHFDQUFxQztBQUNoSCxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLEtBQUssS0FBSyxtQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsV0FBVyxTQUFTLENBQUMsSUFBSTtBQUFBLElBQ3JPO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLG1CQUFtQixjQUFjLElBQUksQ0FBQyxHQUFHLEVBQUU7QUFDMUQsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkJPLElBQU0seUJBQXlCO0FBdUIvQixTQUFTLGFBQWEsTUFBbUIsTUFBd0I7QUFDdEUsUUFBTSxhQUFhLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUMsYUFBWSxJQUFJLFNBQVMsT0FBTyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLFNBQVMsRUFBRTtBQUMzSCxRQUFNLFdBQVcsS0FBSyxTQUFTLG9CQUFvQixLQUFLLFNBQVM7QUFDakUsU0FBTztBQUFBLElBQ0wsZ0JBQWdCO0FBQUEsSUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUFBLElBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO0FBQUEsSUFDcEQ7QUFBQSxJQUNBLFdBQVcsYUFBYSxJQUFJO0FBQUEsSUFDNUIsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUN6RyxXQUFXLFdBQ1A7QUFBQSxNQUNFLGdCQUFnQixZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFBQSxNQUMzRCxpQkFBaUIsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQUEsTUFDaEUsMEJBQTBCLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUFBLE1BQ3BGLGlCQUFpQixZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUFBLElBQzNFLElBQ0E7QUFBQSxFQUNOO0FBQ0Y7OztBQ3hDQSxJQUFNLFdBQVcsb0JBQUksSUFBSSxDQUFDLGFBQWEscUJBQXFCLG9CQUFvQix1QkFBdUIsNEJBQTRCLG9CQUFvQixvQkFBb0Isc0JBQXNCLG1CQUFtQixjQUFjLHNCQUFzQixzQkFBc0IsT0FBTyxXQUFXLGFBQWEsaUJBQWlCLFVBQVUsZ0JBQWdCLENBQUM7QUFDelYsSUFBTSxXQUFXLENBQUMsU0FBaUIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFM0gsU0FBUyxNQUFNLE9BQWdCO0FBQzdCLFFBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUNDLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsU0FBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFDdkU7QUFFTyxTQUFTLFlBQVksTUFBbUJDLFVBQXVEO0FBQ3BHLFFBQU0sSUFBSSxNQUFNQSxTQUFRLEtBQUs7QUFDN0IsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sYUFBYSxjQUFjLElBQUk7QUFDckMsUUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxRQUFNLEtBQUssRUFBRSxLQUFLLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUMsRUFBRSxDQUFDO0FBQ3hPLFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsYUFBVyxLQUFLLFlBQVk7QUFDMUIsVUFBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLFVBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUksWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzdHO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsRUFBRSxDQUFDO0FBQ2pLLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sT0FBTyxDQUFDLE1BQXFCLFlBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLFlBQU0sS0FBSyxLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksWUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUU7QUFBQSxJQUM3TDtBQUFBLEVBQ0Y7QUFDQSxRQUFNQyxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxRQUFNLFdBQVcsWUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxRQUFNLGFBQWEsWUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFFBQU0sS0FBSyxLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUMsSUFBSTtBQUNoTyxRQUFNLEtBQUssYUFBYSxZQUFZLFlBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsUUFBTSxTQUFTLFlBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsUUFBTSxLQUFLLGFBQWEsWUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZLFlBQVksWUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPLGFBQWEsWUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU0sWUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDdlAsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsT0FBTyxRQUFRLEVBQUUsS0FBSztBQUNyRSxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNwREEsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBRXhELFNBQVMsa0JBQWtCLE1BQThDO0FBQzlFLFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCLEVBQUUsUUFBUSxZQUFZLE1BQU0sRUFBRSxVQUFVLEtBQUssVUFBVSxPQUFPLEtBQUssT0FBTyxnQkFBZ0IsS0FBSyxDQUFDLEVBQUU7QUFDdEksVUFBTSxNQUFNLE1BQU07QUFDbEIsUUFBSSxLQUFLO0FBQ1AsWUFBTSxVQUFVLGFBQWEsTUFBTTtBQUFBLFFBQ2pDLFVBQVUsS0FBSztBQUFBLFFBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztBQUFBLFFBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtBQUFBLFFBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxNQUN0QyxDQUFDO0FBRUQsWUFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFDaEUsVUFBSSxHQUFHLEdBQUcsWUFBWSxJQUFJLFlBQVksTUFBTSxJQUFJO0FBQ2hELFVBQUksR0FBRyxHQUFHLGFBQWEsSUFBSSxlQUFlLE1BQU0sSUFBSTtBQUFBLElBQ3REO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDOUJBLFNBQVMsU0FBQUMsY0FBYTtBQUN0QixPQUFPLFVBQVU7QUFDakIsT0FBTyxhQUFhO0FBQ3BCLE9BQU9DLFdBQVU7QUFZakIsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZ0JBQWdCO0FBRXRCLFNBQVMsTUFBTSxTQUF3QjtBQUNyQyxPQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDekI7QUFFQSxTQUFTLE1BQU0sU0FBdUI7QUFDcEMsUUFBTUMsT0FBTSxHQUFHLE9BQU87QUFDdEIsUUFBTSxNQUFNQyxNQUFLLElBQUlELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsTUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQixVQUFNLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYSwrQ0FBK0M7QUFBQSxFQUM1SjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU0sMkVBQTJFO0FBQUEsRUFDaEk7QUFDRjtBQUVBLFNBQVMsTUFBTUUsU0FBbUJDLFNBQWdCLE1BQW9CO0FBQ3BFLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSUEsUUFBTyxNQUFNLElBQUk7QUFDN0MsUUFBTSxTQUFTRCxRQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzNDLE1BQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLFNBQVMsY0FBYyxTQUFTLFlBQVk7QUFBQSxFQUM1STtBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxZQUFZQSxTQUFtQixPQUFlQyxTQUFzQjtBQUMzRSxRQUFNLE9BQWEsQ0FBQztBQUNwQixRQUFNLFlBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsVUFBTSxVQUFVRCxRQUFPLGFBQWEsRUFBRSxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUMsSUFBSSxPQUFPLGdCQUFnQixPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDcEksUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixVQUFNLFVBQVVBLFFBQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUMsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTUQsUUFBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxVQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLFVBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLDZEQUE2REMsUUFBTyxrQkFBa0IsSUFBSTtBQUMzSCxNQUFBQyxPQUFNLEdBQUc7QUFBQSxJQUNYO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9BLGVBQWUsb0JBQW9CRCxTQUFpQztBQUNsRSxRQUFNLFFBQVEsRUFBRSxHQUFHQSxRQUFPLE1BQU07QUFDaEMsYUFBVyxRQUFRLENBQUMsV0FBVyxTQUFTLE9BQU8sR0FBWTtBQUN6RCxRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSSxFQUFFLEdBQUcsTUFBTSxJQUFJLEdBQUcsU0FBUztBQUFBLElBQ3pELFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxHQUFHQSxTQUFRLE1BQU07QUFDNUI7QUFFQSxlQUFzQixXQUFXLFdBQW1CRSxXQUE2QixFQUFFLE1BQU0sS0FBSyxHQUFxQjtBQUNqSCxRQUFNLFVBQVUsT0FBTztBQUN2QixRQUFNRixVQUFTLE1BQU0sb0JBQW9CLFNBQVM7QUFDbEQsUUFBTSxZQUFZLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUErQjtBQUFBLElBQ25DLFNBQVMsTUFBTSxXQUFXQSxTQUFRLFNBQVM7QUFBQSxJQUMzQyxPQUFPLE1BQU0sV0FBV0EsU0FBUSxPQUFPO0FBQUEsSUFDdkMsT0FBTyxNQUFNLFdBQVdBLFNBQVEsT0FBTztBQUFBLEVBQ3pDO0FBQ0EsUUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQ3hGLFFBQU0sa0JBQWtCRSxTQUFRLE9BQU8sWUFBWSxVQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0YsT0FBTSxJQUFJLENBQUM7QUFDbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxnQkFBZ0I7QUFDMUM7OztBQzlGQSxPQUFPRyxXQUFVO0FBQ2pCLFNBQVMsU0FBQUMsY0FBYTs7O0FDMkJmLFNBQVMsV0FBVyxRQUEyQixHQUFtQjtBQUN2RSxNQUFJLE9BQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDZCQUE2QjtBQUN0RSxRQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxTQUFPLE9BQU8sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFNLElBQUksTUFBTyxPQUFPLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDckU7QUFHTyxTQUFTLG1CQUFtQixRQUFnRCxNQUFjLGFBQThCO0FBQzdILFNBQU8sT0FBTyxVQUFVLFFBQVEsT0FBTyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsS0FBSyxXQUFXLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxFQUFFLEdBQUcsRUFBRSxJQUFJO0FBQ3pHO0FBR08sU0FBUyxXQUFXQyxZQUFtQkMsVUFBaUJDLFlBQW1CLFVBQTBCO0FBQzFHLFFBQU0sUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLElBQUksR0FBRyxXQUFXQSxVQUFTLENBQUM7QUFDM0QsU0FBT0YsY0FBYUMsV0FBVUQsY0FBYTtBQUM3QztBQU9PLFNBQVMsYUFBYSxNQUEyQyxJQUE2RDtBQUNuSSxRQUFNRyxZQUFXLEdBQUcsT0FBTyxLQUFLLFFBQVE7QUFDeEMsU0FBT0EsV0FBVSxLQUFLLEdBQUcsWUFBWSxLQUFLLGFBQWFBLFdBQVU7QUFDbkU7OztBRHhDTyxTQUFTLG1CQUFtQkMsVUFBMkM7QUFDNUUsUUFBTSxZQUFZLElBQUlDLE9BQU1ELFNBQVEsVUFBVTtBQUM5QyxRQUFNLFNBQXdDLENBQUM7QUFDL0MsUUFBTSxRQUErQyxDQUFDO0FBQ3RELGtCQUFnQixDQUFDLFdBQVcsSUFBSSxPQUFPO0FBQ3JDLFdBQU8sS0FBSyxFQUFFLElBQUksR0FBRyxDQUFDO0FBQ3RCLFFBQUksT0FBTyxTQUFTQSxTQUFRLFdBQVksUUFBTyxNQUFNO0FBQUEsRUFDdkQsQ0FBQztBQUNELFFBQU0sRUFBRSxXQUFBRSxZQUFXLFNBQUFDLFVBQVMsV0FBQUMsV0FBVSxJQUFJSixTQUFRO0FBQ2xELFNBQU8sTUFBTTtBQUNYLFVBQU0sTUFBTSxFQUFFLE1BQU0sS0FBSyxJQUFJLEdBQUcsV0FBV0ssTUFBSyxTQUFTLGdCQUFnQjtBQUN6RSxVQUFNLEtBQUssR0FBRztBQUNkLFFBQUksTUFBTSxTQUFTTCxTQUFRLFdBQVksT0FBTSxNQUFNO0FBQ25ELFFBQUksQ0FBQyxtQkFBbUIsUUFBUUEsU0FBUSxZQUFZQSxTQUFRLFdBQVcsRUFBRztBQUMxRSxVQUFNLFdBQVcsYUFBYSxNQUFNLENBQUMsR0FBSSxHQUFHO0FBQzVDLFFBQUksYUFBYSxPQUFXO0FBQzVCLFVBQU0sWUFBWSxXQUFXRSxZQUFXQyxVQUFTQyxhQUFZLElBQUksT0FBT0MsTUFBSyxTQUFTLGFBQWEsR0FBSTtBQUN2RyxjQUFVLElBQUksS0FBSyxJQUFJLFdBQVcsUUFBUSxDQUFDO0FBQUEsRUFDN0M7QUFDRjs7O0FFakNBLElBQU0sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQXFGeEIsU0FBUyxnQkFBZ0IsU0FBa0IsaUJBQXlCLGlCQUFpQixNQUFjO0FBQ3hHLFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSxxQkFBcUIsTUFBTSxLQUFLLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsYUFBYSxNQUFNLGVBQWUsQ0FBQyxFQUFFO0FBQUEsSUFDMUksRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsV0FBVyxhQUFhLE1BQU0sZUFBZSxDQUFDLEVBQUU7QUFBQSxJQUN4SSxFQUFFLFFBQVEsaUJBQWlCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLE1BQU0sT0FBTyxFQUFFLENBQUMsRUFBRTtBQUFBLEVBQzFFO0FBQ0Y7OztBQzVFQSxJQUFNQyxVQUFTLGNBQWMsWUFBWTtBQUN6QyxJQUFNLFlBQVksVUFBVSxPQUFPLHlCQUF5QixHQUFHLEVBQUUsS0FBSyxHQUFHLEtBQUssS0FBUyxTQUFTLEtBQUssQ0FBQztBQUN0RyxJQUFNLFVBQVUsVUFBVSxPQUFPLHVCQUF1QixLQUFNLEVBQUUsS0FBSyxHQUFHLEtBQUssS0FBUyxTQUFTLEtBQUssQ0FBQztBQUNyRyxJQUFNLFlBQVksVUFBVSxPQUFPLHVCQUF1QixLQUFLLEVBQUUsS0FBSyxHQUFHLEtBQUssT0FBUSxTQUFTLE1BQU0sTUFBTSw0QkFBNEIsQ0FBQztBQUN4SSxJQUFNLGFBQWEsVUFBVSxPQUFPLHFCQUFxQixJQUFJLEVBQUUsS0FBSyxHQUFHLEtBQUssS0FBUSxTQUFTLEtBQUssQ0FBQztBQUNuRyxJQUFJLFVBQVUsVUFBVyxPQUFNLElBQUksTUFBTSx1QkFBdUIsT0FBTyxtQ0FBbUMsU0FBUyxzQkFBc0I7QUFFekksSUFBTSxrQkFBa0IsbUJBQW1CO0FBQUEsRUFDekMsWUFBWTtBQUFBLEVBQ1o7QUFBQSxFQUNBLGFBQWFBLFFBQU8sUUFBUTtBQUFBLEVBQzVCLE1BQU0sRUFBRSxXQUFXLFNBQVMsVUFBVTtBQUN4QyxDQUFDO0FBRU0sSUFBTSxVQUFVLGFBQWFBLFNBQVE7QUFBQSxFQUMxQyxXQUFXO0FBQUE7QUFBQTtBQUFBLEVBR1gsV0FBVyxFQUFFLFFBQVEsV0FBVyxTQUFTLFdBQVcsU0FBUyxXQUFXLEtBQUssSUFBSSxJQUFJLEtBQUssS0FBTSxVQUFVQSxRQUFPLFFBQVEsV0FBWSxHQUFJLENBQUMsQ0FBQyxFQUFFO0FBQUEsRUFDN0ksT0FBTyxnQkFBZ0JBLFFBQU8sU0FBUywyQkFBMkI7QUFDcEUsQ0FBQztBQUdNLElBQU0sZ0JBQWdCLGtCQUFrQixFQUFFLFVBQVUsYUFBYSxDQUFDO0FBRWxFLFNBQVMsUUFBMEI7QUFDeEMsU0FBTyxXQUFXQSxPQUFNO0FBQzFCO0FBRUEsSUFBSTtBQUVHLFNBQVMsTUFBTSxNQUFxQjtBQUN6QyxhQUFXLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDaEYsaUJBQWUsUUFBUSxJQUFJO0FBQzNCLGtCQUFnQjtBQUNsQjsiLAogICJuYW1lcyI6IFsic2hhcGUiLCAiZHVyYXRpb25TIiwgImNvbmZpZyIsICJodHRwIiwgInBlcmNlbnRpbGUiLCAidGV4dCIsICJkdXJhdGlvblMiLCAiaHR0cCIsICJleGVjIiwgInN0YXJ0UmF0ZSIsICJtYXhSYXRlIiwgImR1cmF0aW9uUyIsICJjb25maWciLCAicG9sbFJlc291cmNlcyIsICJhcGkiLCAidGV4dCIsICJleHByZXNzaW9uIiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAidGV4dCIsICJvcHRpb25zIiwgInNlY29uZHMiLCAiaGFuZGxlU3VtbWFyeSIsICJzbGVlcCIsICJodHRwIiwgInVybCIsICJodHRwIiwgImNsaWVudCIsICJjb25maWciLCAic2xlZXAiLCAib3B0aW9ucyIsICJleGVjIiwgIlRyZW5kIiwgInN0YXJ0UmF0ZSIsICJtYXhSYXRlIiwgImR1cmF0aW9uUyIsICJzZWNvbmRzIiwgIm9wdGlvbnMiLCAiVHJlbmQiLCAic3RhcnRSYXRlIiwgIm1heFJhdGUiLCAiZHVyYXRpb25TIiwgImV4ZWMiLCAiY29uZmlnIl0KfQo=
