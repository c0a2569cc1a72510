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
  const durationS = seconds(1, 7 * 24 * 3600)(env, "PERFORMANCE_TEST_DURATION", 60);
  const rampUpS = seconds(0, 24 * 3600)(env, "PERFORMANCE_RAMP_UP", Math.min(30, Math.max(1, Math.round(durationS / 4))));
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

// lib/resources.ts
var serverCpuPercent = new Trend("server_cpu_percent");
var serverCpuCoresPercent = new Trend("server_cpu_cores_percent");
var serverMemoryMb = new Trend("server_memory_mb");
var serverSamplesMissing = new Counter("server_samples_missing");
var serverMemoryGrowth = new Trend("server_memory_growth_mb_per_min");
var POLL = { tags: { scope: "sidecar", name: "sidecar" }, responseCallback: null, timeout: "2s" };
var cursor = 0;
var errorsSeen;
function resourcesScenario(durationS, startTime) {
  return {
    executor: "constant-arrival-rate",
    exec: "pollResources",
    rate: 1,
    timeUnit: "1s",
    duration: `${Math.max(1, Math.ceil(durationS))}s`,
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

// lib/shapes.ts
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
function rampingUsers(exec4, vus, config3) {
  return {
    executor: "ramping-vus",
    exec: exec4,
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
function rampingDurationS(config3) {
  return config3.rampUpS + config3.durationS + config3.rampDownS;
}
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

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

// lib/phases.ts
import exec from "k6/execution";
import { Trend as Trend2 } from "k6/metrics";

// lib/api.ts
import { check } from "k6";
import http2 from "k6/http";

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
    const res = http2.request(method, `${this.baseUrl}${path}`, withPayload ? JSON.stringify(payload) : null, this.paramsFor(endpoint, expected, withPayload));
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

// lib/phase-math.ts
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

// lib/phases.ts
function elapsedInScenarioS() {
  return (Date.now() - exec.scenario.startTime) / 1e3;
}
var inScenario = false;
function enterPhase(phases2) {
  inScenario = true;
  const name = phaseAt(elapsedInScenarioS(), phases2);
  exec.vu.metrics.tags.phase = name;
  return name;
}
function trackDrift(metricName, phases2, reference, compared, floorMs = 10) {
  const drift = new Trend2(metricName);
  const referenceSamples = [];
  let referenceMedian;
  observeRequests((_endpoint, durationMs, ok) => {
    if (!inScenario) return;
    const phase = phaseAt(elapsedInScenarioS(), phases2);
    exec.vu.metrics.tags.phase = phase;
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
    const [, base2, endpoint] = match;
    const v = metric.values ?? {};
    if (base2 === "http_req_duration") {
      Object.assign(row(endpoint), { requests: v.count ?? 0, p50: v.med ?? null, p95: v["p(95)"] ?? null, p99: v["p(99)"] ?? null, max: v.max ?? null });
    } else if (base2 === "http_req_failed") {
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
import { sleep } from "k6";
import exec2 from "k6/execution";
import secrets from "k6/secrets";
import http3 from "k6/http";
var SEED_COURSES = 3;
var PROBE_TIMEOUT = "5s";
function abort(message) {
  exec2.test.abort(message);
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
function login(client, config3, role) {
  const { email, password } = config3.users[role];
  const result = client.login(email, password);
  if (!result.body) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${envPrefix}_EMAIL and ${envPrefix}_PASSWORD.`);
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
      sleep(0.5);
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

// lib/metrics.ts
import { Counter as Counter2, Rate, Trend as Trend3 } from "k6/metrics";
var chapterGenerationMs = new Trend3("chapter_generation_ms", true);
var courseGenerationMs = new Trend3("course_generation_ms", true);
var courseGenerationObservedMs = new Trend3("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter2("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter2("workflow_errors");

// lib/run-workflow.ts
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

// lib/workflows.ts
import { group } from "k6";
import exec3 from "k6/execution";

// lib/generation.ts
import { sleep as sleep2 } from "k6";
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
function generateAndWait(client, courseId, pollIntervalS, timeoutS) {
  const accepted = client.generate(courseId);
  if (!accepted.body) {
    generationFailed.add(true);
    return { completed: false, job: void 0 };
  }
  const started = Date.now();
  const deadline = started + timeoutS * 1e3;
  let job;
  while (Date.now() < deadline) {
    sleep2(pollIntervalS);
    const polled = client.getJob(accepted.body.job_id);
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

// lib/pacing.ts
import { sleep as sleep3 } from "k6";
function think(range) {
  const seconds2 = range.min + Math.random() * (range.max - range.min);
  if (seconds2 > 0) sleep3(seconds2);
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

// lib/workflows.ts
var clients = {};
function clientFor(ctx, token) {
  return clients[token] ??= new ApiClient(ctx.config.baseUrl, ctx.config.apiTimeoutS, token);
}
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${exec3.vu.idInTest} it${exec3.vu.iterationInScenario}`;
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
      const id = pickOne(ctx.data.seededCourseIds);
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
  const client = clientFor(ctx, ctx.data.tokens.regular);
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
  const client = clientFor(ctx, ctx.data.tokens.power);
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
  const generation = generateAndWait(client, id, config3.pollIntervalS, config3.generationTimeoutS);
  ok = generation.completed && ok;
  if (generation.completed) {
    ok = readCourse(client, id) && ok;
    think(config3.thinkTimeS);
    ok = client.exportCourse(id, pickOne(EXPORT_FORMATS) ?? "json").ok && ok;
  }
  think(config3.thinkTimeS);
  return client.deleteCourse(id).ok && ok;
});
var adminUser = (ctx) => group("admin user", () => {
  const client = clientFor(ctx, ctx.data.tokens.admin);
  let ok = client.adminStats().ok;
  think(ctx.config.thinkTimeS);
  ok = client.adminJobs(20).ok && ok;
  think(ctx.config.thinkTimeS);
  ok = client.adminUsers().ok && ok;
  think(ctx.config.thinkTimeS);
  const leftovers = client.listCourses({ q: "perf-", limit: 20 }).body?.items ?? [];
  for (const course of leftovers.filter((c) => !c.title.includes(ctx.data.runId)).slice(0, 5)) {
    ok = client.deleteCourse(course.id).ok && ok;
  }
  return ok;
});

// lib/population.ts
function populationScenarios(config3, totalUsers, shape2) {
  const users = splitUsers(totalUsers, config3.weights);
  return {
    regular_users: shape2("regularUsers", users.regular),
    power_users: shape2("powerUsers", users.power),
    admin_users: shape2("adminUsers", users.admin)
  };
}
function populationExecs(config3, beforeEach = () => void 0) {
  const exec4 = (name, workflow) => (data) => {
    beforeEach();
    runWorkflow(name, workflow, { config: config3, data });
  };
  return { regularUsers: exec4("regular", regularUser), powerUsers: exec4("power", powerUser), adminUsers: exec4("admin", adminUser) };
}

// thresholds/gates.ts
var api = { scope: API_SCOPE };
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

// scenarios/ramp-up.ts
var base = guardedConfig("ramp-up");
var config2 = { ...base, rampUpS: envNumber(__ENV, "PERFORMANCE_RAMP_UP", 60, { min: 1, max: 86400, integer: true, what: "a whole number of seconds" }) };
var holdP95 = envNumber(__ENV, "RAMP_HOLD_P95_MS", 500, { min: 1, max: 6e5, what: "milliseconds" });
var driftLimit = envNumber(__ENV, "RAMP_DRIFT_LIMIT", 1.5, { min: 1, max: 100 });
var phases = [
  { name: "ramp", untilS: config2.rampUpS },
  { name: "hold_early", untilS: config2.rampUpS + config2.durationS / 2 },
  { name: "hold_late", untilS: config2.rampUpS + config2.durationS },
  { name: "ramp_down", untilS: Infinity }
];
trackDrift("hold_latency_drift", phases, "hold_early", ["hold_late"]);
var options = entryOptions(config2, {
  wallTimeS: rampingDurationS(config2),
  scenarios: {
    ...populationScenarios(config2, config2.concurrentUsers, (exec4, vus) => rampingUsers(exec4, vus, config2))
  },
  gates: [
    { metric: "http_req_duration", tags: { phase: "hold_early", scope: "api" }, rules: [{ stat: "p(95)", op: "<", value: holdP95 }] },
    { metric: "http_req_duration", tags: { phase: "hold_late", scope: "api" }, rules: [{ stat: "p(95)", op: "<", value: holdP95 }] },
    { metric: "hold_latency_drift", rules: [{ stat: "med", op: "<", value: driftLimit }] },
    ...errorGates(config2.targets, []),
    ...successGates(config2.targets),
    ...abortGates()
  ]
});
var handleSummary = makeHandleSummary({ scenario: "ramp-up" });
function setup() {
  return prepareRun(config2);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi9jb25maWcudHMiLCAiLi4vbGliL2Vudi50cyIsICIuLi9saWIvcmVzb3VyY2VzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL3NoYXBlcy50cyIsICIuLi9saWIvZW50cnkudHMiLCAiLi4vbGliL3BoYXNlcy50cyIsICIuLi9saWIvYXBpLnRzIiwgIi4uL2xpYi9lbmRwb2ludHMudHMiLCAiLi4vbGliL3JvdXRlcy50cyIsICIuLi9saWIvcGhhc2UtbWF0aC50cyIsICIuLi9saWIvcmVwb3J0L2VzY2FwZS50cyIsICIuLi9saWIvcmVwb3J0L3N1bW1hcnktZGF0YS50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsICIuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzIiwgIi4uL2xpYi9zZXR1cC50cyIsICIuLi9saWIvbWV0cmljcy50cyIsICIuLi9saWIvcnVuLXdvcmtmbG93LnRzIiwgIi4uL2xpYi93b3JrZmxvd3MudHMiLCAiLi4vbGliL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3BhY2luZy50cyIsICIuLi9saWIvcG9wdWxhdGlvbi50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgIi4uL3NjZW5hcmlvcy9yYW1wLXVwLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAobXMpLiAqL1xuICBjaGFwdGVyUDk1TXM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIGNoZWNrcyBhbmQgd29ya2Zsb3dzIHRoYXQgbXVzdCBzdWNjZWVkICgwLTEpLiAqL1xuICBzdWNjZXNzUmF0ZTogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgQVBJIHJlcXVlc3RzIHRoYXQgbWF5IGZhaWwsIG92ZXJhbGwgYW5kIHBlciBlbmRwb2ludCAoMC0xKS4gKi9cbiAgZXJyb3JSYXRlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBSdW4gY29uZmlndXJhdGlvbiBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIHVwIGZyb250LiBQdXJlIChubyBrNiBpbXBvcnRzKSBzbyB0aGVcbi8vIHBhcnNpbmcgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2Vudi50cyBhcHBsaWVzIGl0IHRvIGs2J3MgX19FTlYgYXQgaW5pdCwgd2hlcmUgYSB0aHJvd1xuLy8gc3RvcHMgdGhlIHJ1biBiZWZvcmUgYW55IHJlcXVlc3QgaXMgc2VudC5cbmltcG9ydCB7IERFRkFVTFRfVEFSR0VUUywgdHlwZSBUYXJnZXRzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzJztcblxuZXhwb3J0IHR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnIHtcbiAgYmFzZVVybDogc3RyaW5nO1xuICB1c2VyczogeyByZWd1bGFyOiBDcmVkZW50aWFsczsgcG93ZXI6IENyZWRlbnRpYWxzOyBhZG1pbjogQ3JlZGVudGlhbHMgfTtcbiAgLyoqIEhvbGQgdGltZSBvZiB0aGUgbWFpbiBsb2FkLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OKS4gKi9cbiAgZHVyYXRpb25TOiBudW1iZXI7XG4gIC8qKiBQZWFrIG51bWJlciBvZiB2aXJ0dWFsIHVzZXJzIChQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTKS4gKi9cbiAgY29uY3VycmVudFVzZXJzOiBudW1iZXI7XG4gIC8qKiBQZXItcmVxdWVzdCB0aW1lb3V0LCBzZWNvbmRzIChQRVJGT1JNQU5DRV9BUElfVElNRU9VVCkuICovXG4gIGFwaVRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBSYW1wLXVwIGFuZCByYW1wLWRvd24gdGltZSwgc2Vjb25kcy4gKi9cbiAgcmFtcFVwUzogbnVtYmVyO1xuICByYW1wRG93blM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIFZVcyBwZXIgdXNlciB0eXBlLCBwZXJjZW50LCBzdW1taW5nIHRvIDEwMC4gKi9cbiAgd2VpZ2h0czogeyByZWd1bGFyOiBudW1iZXI7IHBvd2VyOiBudW1iZXI7IGFkbWluOiBudW1iZXIgfTtcbiAgLyoqIFRoaW5rIHRpbWUgYmV0d2VlbiBhIHVzZXIncyBhY3Rpb25zLCBzZWNvbmRzLCBkcmF3biB1bmlmb3JtbHkgZnJvbSBbbWluLCBtYXhdLiAqL1xuICB0aGlua1RpbWVTOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9O1xuICAvKiogSG93IG9mdGVuIGEgcG93ZXIgdXNlciBwb2xscyBhIGdlbmVyYXRpb24gam9iLCBhbmQgaG93IGxvbmcgaXQgd2FpdHMgYXQgbW9zdCwgc2Vjb25kcy4gKi9cbiAgcG9sbEludGVydmFsUzogbnVtYmVyO1xuICBnZW5lcmF0aW9uVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIENoYXB0ZXJzIHBlciBnZW5lcmF0ZWQgY291cnNlLiAqL1xuICBjaGFwdGVyc1BlckNvdXJzZTogbnVtYmVyO1xuICBzaWRlY2FyVXJsOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzaWRlY2FyIHNhbXBsZXMgZ28gbWlzc2luZyAoU0lERUNBUl9TVFJJQ1Q9dHJ1ZSkuICovXG4gIHNpZGVjYXJTdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBIb3N0cyBiZXNpZGVzIGxvb3BiYWNrIHRoYXQgZW50cmllcyBoZWF2aWVyIHRoYW4gc21va2UgbWF5IGxvYWQgKFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMpLiAqL1xuICBhbGxvd2VkSG9zdHM6IHN0cmluZ1tdO1xuICB0YXJnZXRzOiBUYXJnZXRzO1xufVxuXG5leHBvcnQgY2xhc3MgQ29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlnRXJyb3InO1xufVxuXG50eXBlIFJlYWQ8VD4gPSAoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFQpID0+IFQ7XG5cbmZ1bmN0aW9uIHJhdyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIHJldHVybiB2YWx1ZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdmFsdWUudHJpbSgpO1xufVxuXG5mdW5jdGlvbiBmYWlsKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZywgZXhwZWN0ZWQ6IHN0cmluZyk6IG5ldmVyIHtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xufVxuXG5mdW5jdGlvbiBudW1iZXJJbihtaW46IG51bWJlciwgbWF4OiBudW1iZXIsIHdoYXQ6IHN0cmluZywgaW50ZWdlcjogYm9vbGVhbik6IFJlYWQ8bnVtYmVyPiB7XG4gIHJldHVybiAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgICBjb25zdCBleHBlY3RlZCA9IGAke3doYXR9IGZyb20gJHttaW59IHRvICR7bWF4fWA7XG4gICAgaWYgKCEvXlsrXT9cXGQrKFxcLlxcZCspPyQvLnRlc3QodmFsdWUpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgY29uc3QgcGFyc2VkID0gTnVtYmVyKHZhbHVlKTtcbiAgICBpZiAoKGludGVnZXIgJiYgIU51bWJlci5pc0ludGVnZXIocGFyc2VkKSkgfHwgcGFyc2VkIDwgbWluIHx8IHBhcnNlZCA+IG1heCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIHJldHVybiBwYXJzZWQ7XG4gIH07XG59XG5cbi8qKiBXaG9sZSBzZWNvbmRzLCBlLmcuIDYwIChhIHVuaXQgc3VjaCBhcyBcIjYwc1wiIG9yIFwiMW1cIiBpcyByZWZ1c2VkIHJhdGhlciB0aGFuIGd1ZXNzZWQpLiAqL1xuY29uc3Qgc2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycsIHRydWUpO1xuY29uc3QgY291bnQgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyJywgdHJ1ZSk7XG5jb25zdCBtaWxsaXMgPSBudW1iZXJJbigxLCAzXzYwMF8wMDAsICdtaWxsaXNlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKTtcbmNvbnN0IGZyYWN0aW9uID0gbnVtYmVySW4oMCwgMSwgJ2EgZnJhY3Rpb24gKGUuZy4gMC45NSknLCBmYWxzZSk7XG5cbmNvbnN0IHRleHQ6IFJlYWQ8c3RyaW5nPiA9IChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodmFsdWUudHJpbSgpID09PSAnJykgZmFpbChuYW1lLCB2YWx1ZSwgJ2Egbm9uLWVtcHR5IHZhbHVlJyk7XG4gIHJldHVybiB2YWx1ZTtcbn07XG5cbmZ1bmN0aW9uIHVybChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgY29uc3QgbWF0Y2ggPSAvXihodHRwcz8pOlxcL1xcLyhbXi9cXHM6XSt8XFxbWzAtOWEtZkEtRjpdK1xcXSkoOlxcZHsxLDV9KT8oXFwvXFxTKik/JC8uZXhlYyh2YWx1ZSk7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsICdhbiBodHRwKHMpIFVSTCBzdWNoIGFzIGh0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpO1xuICByZXR1cm4gdmFsdWUucmVwbGFjZSgvXFwvKyQvLCAnJyk7XG59XG5cbmZ1bmN0aW9uIHdlaWdodHMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IHJlZ3VsYXI6IDcwLCBwb3dlcjogMjAsIGFkbWluOiAxMCB9O1xuICBjb25zdCBwYXJ0cyA9IHZhbHVlLnNwbGl0KCcvJykubWFwKChwYXJ0KSA9PiBwYXJ0LnRyaW0oKSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3RocmVlIHdob2xlIHBlcmNlbnRhZ2VzIHJlZ3VsYXIvcG93ZXIvYWRtaW4gc3VtbWluZyB0byAxMDAsIGUuZy4gNzAvMjAvMTAnO1xuICBpZiAocGFydHMubGVuZ3RoICE9PSAzIHx8IHBhcnRzLnNvbWUoKHBhcnQpID0+ICEvXlxcZCskLy50ZXN0KHBhcnQpKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBbcmVndWxhciwgcG93ZXIsIGFkbWluXSA9IHBhcnRzLm1hcChOdW1iZXIpIGFzIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgaWYgKHJlZ3VsYXIgKyBwb3dlciArIGFkbWluICE9PSAxMDApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgcmVndWxhciwgcG93ZXIsIGFkbWluIH07XG59XG5cbmZ1bmN0aW9uIHRoaW5rVGltZShlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd0aGlua1RpbWVTJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgbWluOiAxLCBtYXg6IDMgfTtcbiAgY29uc3QgbWF0Y2ggPSAvXihcXGQrKD86XFwuXFxkKyk/KSg/Oi0oXFxkKyg/OlxcLlxcZCspPykpPyQvLmV4ZWModmFsdWUpO1xuICBjb25zdCBleHBlY3RlZCA9ICdzZWNvbmRzIGFzIE4gb3IgTUlOLU1BWCAoZS5nLiAxLTMpLCBlYWNoIGF0IG1vc3QgNjAnO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IG1pbiA9IE51bWJlcihtYXRjaFsxXSk7XG4gIGNvbnN0IG1heCA9IG1hdGNoWzJdID09PSB1bmRlZmluZWQgPyBtaW4gOiBOdW1iZXIobWF0Y2hbMl0pO1xuICBpZiAobWF4IDwgbWluIHx8IG1heCA+IDYwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IG1pbiwgbWF4IH07XG59XG5cbmZ1bmN0aW9uIGZsYWcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycgfHwgdmFsdWUgPT09ICdmYWxzZScgfHwgdmFsdWUgPT09ICcwJykgcmV0dXJuIGZhbHNlO1xuICBpZiAodmFsdWUgPT09ICd0cnVlJyB8fCB2YWx1ZSA9PT0gJzEnKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIGZhaWwobmFtZSwgdmFsdWUsICd0cnVlIG9yIGZhbHNlJyk7XG59XG5cbmZ1bmN0aW9uIGhvc3RMaXN0KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIFtdO1xuICBjb25zdCBob3N0cyA9IHZhbHVlLnNwbGl0KCcsJykubWFwKChob3N0KSA9PiBob3N0LnRyaW0oKS50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKGhvc3RzLnNvbWUoKGhvc3QpID0+ICEvXihcXFtbMC05YS1mOl0rXFxdfFthLXowLTkuXFwtOl0rKSQvLnRlc3QoaG9zdCkpKSB7XG4gICAgZmFpbChuYW1lLCB2YWx1ZSwgJ2EgY29tbWEtc2VwYXJhdGVkIGxpc3Qgb2YgaG9zdCBuYW1lcyBvciBhZGRyZXNzZXMsIGUuZy4gc3RhZ2luZy5leGFtcGxlLmNvbSwxMC4wLjAuNScpO1xuICB9XG4gIHJldHVybiBob3N0cztcbn1cblxuZnVuY3Rpb24gY3JlZGVudGlhbHMoZW52OiBFbnYsIHByZWZpeDogc3RyaW5nLCBmYWxsYmFja0VtYWlsOiBzdHJpbmcsIGZhbGxiYWNrUGFzc3dvcmQ6IHN0cmluZyk6IENyZWRlbnRpYWxzIHtcbiAgcmV0dXJuIHtcbiAgICBlbWFpbDogdGV4dChlbnYsIGAke3ByZWZpeH1fRU1BSUxgLCBmYWxsYmFja0VtYWlsKSxcbiAgICBwYXNzd29yZDogdGV4dChlbnYsIGAke3ByZWZpeH1fUEFTU1dPUkRgLCBmYWxsYmFja1Bhc3N3b3JkKSxcbiAgfTtcbn1cblxuLyoqIFJlYWRzIGFuZCB2YWxpZGF0ZXMgZXZlcnkgc2V0dGluZzsgdGhyb3dzIENvbmZpZ0Vycm9yIG5hbWluZyB0aGUgZmlyc3QgYmFkIHZhcmlhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ29uZmlnKGVudjogRW52KTogQ29uZmlnIHtcbiAgY29uc3QgZCA9IERFRkFVTFRfVEFSR0VUUztcbiAgY29uc3QgZHVyYXRpb25TID0gc2Vjb25kcygxLCA3ICogMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OJywgNjApO1xuICBjb25zdCByYW1wVXBTID0gc2Vjb25kcygwLCAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLCBNYXRoLm1pbigzMCwgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChkdXJhdGlvblMgLyA0KSkpKTtcbiAgcmV0dXJuIHtcbiAgICBiYXNlVXJsOiB1cmwoZW52LCAnQkFTRV9VUkwnLCAnaHR0cDovLzEyNy4wLjAuMTo4MDAwJykgYXMgc3RyaW5nLFxuICAgIHVzZXJzOiB7XG4gICAgICByZWd1bGFyOiBjcmVkZW50aWFscyhlbnYsICdSRUdVTEFSX1VTRVInLCAncmVndWxhckBleGFtcGxlLmNvbScsICdyZWd1bGFyLXBhc3N3b3JkJyksXG4gICAgICBwb3dlcjogY3JlZGVudGlhbHMoZW52LCAnUE9XRVJfVVNFUicsICdwb3dlckBleGFtcGxlLmNvbScsICdwb3dlci1wYXNzd29yZCcpLFxuICAgICAgYWRtaW46IGNyZWRlbnRpYWxzKGVudiwgJ0FETUlOX1VTRVInLCAnYWRtaW5AZXhhbXBsZS5jb20nLCAnYWRtaW4tcGFzc3dvcmQnKSxcbiAgICB9LFxuICAgIGR1cmF0aW9uUyxcbiAgICBjb25jdXJyZW50VXNlcnM6IGNvdW50KDEsIDEwMF8wMDApKGVudiwgJ1BFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMnLCAxMDApLFxuICAgIGFwaVRpbWVvdXRTOiBzZWNvbmRzKDEsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX0FQSV9USU1FT1VUJywgMzApLFxuICAgIHJhbXBVcFMsXG4gICAgcmFtcERvd25TOiBzZWNvbmRzKDAsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTicsIE1hdGgubWluKDEwLCByYW1wVXBTKSksXG4gICAgd2VpZ2h0czogd2VpZ2h0cyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFMnKSxcbiAgICB0aGlua1RpbWVTOiB0aGlua1RpbWUoZW52LCAnUEVSRk9STUFOQ0VfVEhJTktfVElNRScpLFxuICAgIHBvbGxJbnRlcnZhbFM6IG51bWJlckluKDAuMSwgNjAsICdzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnR0VORVJBVElPTl9QT0xMX0lOVEVSVkFMJywgMSksXG4gICAgZ2VuZXJhdGlvblRpbWVvdXRTOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnR0VORVJBVElPTl9USU1FT1VUJywgMzAwKSxcbiAgICBjaGFwdGVyc1BlckNvdXJzZTogY291bnQoMSwgMjApKGVudiwgJ0dFTkVSQVRJT05fQ0hBUFRFUlMnLCAzKSxcbiAgICBzaWRlY2FyVXJsOiB1cmwoZW52LCAnU0lERUNBUl9VUkwnLCB1bmRlZmluZWQpLFxuICAgIHNpZGVjYXJTdHJpY3Q6IGZsYWcoZW52LCAnU0lERUNBUl9TVFJJQ1QnKSxcbiAgICBhbGxvd2VkSG9zdHM6IGhvc3RMaXN0KGVudiwgJ1BFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMnKSxcbiAgICB0YXJnZXRzOiB7XG4gICAgICBhcGlQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk1X01TJywgZC5hcGlQOTVNcyksXG4gICAgICBhcGlQOTlNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk5X01TJywgZC5hcGlQOTlNcyksXG4gICAgICBoZWFsdGhQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9IRUFMVEhfUDk1X01TJywgZC5oZWFsdGhQOTVNcyksXG4gICAgICBleHBvcnRQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9FWFBPUlRfUDk1X01TJywgZC5leHBvcnRQOTVNcyksXG4gICAgICBjaGFwdGVyUDk1TXM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdUSFJFU0hPTERfQ0hBUFRFUl9QOTVfUycsIGQuY2hhcHRlclA5NU1zIC8gMTAwMCkgKiAxMDAwLFxuICAgICAgc3VjY2Vzc1JhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9TVUNDRVNTX1JBVEUnLCBkLnN1Y2Nlc3NSYXRlKSxcbiAgICAgIGVycm9yUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX0VSUk9SX1JBVEUnLCBkLmVycm9yUmF0ZSksXG4gICAgICBtZW1vcnlNYjogY291bnQoMSwgMV8wNDhfNTc2KShlbnYsICdQRVJGT1JNQU5DRV9NRU1PUllfTElNSVQnLCBkLm1lbW9yeU1iKSxcbiAgICAgIGNwdVBlcmNlbnQ6IG51bWJlckluKDEsIDEwMCwgJ2EgcGVyY2VudGFnZScsIGZhbHNlKShlbnYsICdQRVJGT1JNQU5DRV9DUFVfTElNSVQnLCBkLmNwdVBlcmNlbnQpLFxuICAgICAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlckluKDAsIDFfMDAwXzAwMCwgJ01CIHBlciBtaW51dGUgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOJywgZC5tZW1vcnlHcm93dGhNYlBlck1pbiksXG4gICAgfSxcbiAgfTtcbn1cblxuLyoqIFRoZSBob3N0IHBhcnQgb2YgYSBVUkwsIGxvd2VyLWNhc2VkLCBJUHY2IGluIGJyYWNrZXRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhvc3RPZihiYXNlVXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBtYXRjaCA9IC9eaHR0cHM/OlxcL1xcLyhcXFtbXlxcXV0rXFxdfFteLzpdKykvaS5leGVjKGJhc2VVcmwpO1xuICByZXR1cm4gKG1hdGNoPy5bMV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJ1s6OjFdJyB8fCBob3N0ID09PSAnOjoxJyB8fCAvXjEyN1xcLlxcZHsxLDN9XFwuXFxkezEsM31cXC5cXGR7MSwzfSQvLnRlc3QoaG9zdCk7XG59XG5cbi8qKlxuICogVGhlIHRhcmdldCBndWFyZDogYW4gZW50cnkgaGVhdmllciB0aGFuIHNtb2tlIHJlZnVzZXMgYSBob3N0IHRoYXQgaXMgbm90IGxvb3BiYWNrIHVubGVzcyBpdCBpc1xuICogYWxsb3ctbGlzdGVkLCBzbyBhIHR5cG8gaW4gQkFTRV9VUkwgY2Fubm90IGxvYWQtdGVzdCBwcm9kdWN0aW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWc6IENvbmZpZywgZW50cnk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBob3N0ID0gaG9zdE9mKGNvbmZpZy5iYXNlVXJsKTtcbiAgaWYgKGlzTG9vcGJhY2soaG9zdCkgfHwgY29uZmlnLmFsbG93ZWRIb3N0cy5pbmNsdWRlcyhob3N0KSkgcmV0dXJuO1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgYHJlZnVzaW5nIHRvIHJ1biBcIiR7ZW50cnl9XCIgYWdhaW5zdCAke2NvbmZpZy5iYXNlVXJsfTogJHtob3N0fSBpcyBub3QgYSBsb29wYmFjayBhZGRyZXNzLiBgICtcbiAgICAgIGBJZiB5b3UgbWVhbiB0byBsb2FkLXRlc3QgaXQsIGFsbG93IGl0IHdpdGggUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUz0ke2hvc3R9IChjb21tYS1zZXBhcmF0ZWQgbGlzdCkuYCxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIHNjZW5hcmlvJ3Mgb3duIG51bWVyaWMgc2V0dGluZyAoZS5nLiBTUElLRV9GQUNUT1IpLCB2YWxpZGF0ZWQgbGlrZSB0aGUgc2hhcmVkIG9uZXM6IGEgYmFkXG4gKiB2YWx1ZSBzdG9wcyB0aGUgcnVuIGF0IGluaXQgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSB2YXJpYWJsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudk51bWJlcihlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyLCByYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXI7IGludGVnZXI/OiBib29sZWFuOyB3aGF0Pzogc3RyaW5nIH0pOiBudW1iZXIge1xuICBjb25zdCB3aGF0ID0gcmFuZ2Uud2hhdCA/PyAocmFuZ2UuaW50ZWdlciA/ICdhIHdob2xlIG51bWJlcicgOiAnYSBudW1iZXInKTtcbiAgcmV0dXJuIG51bWJlckluKHJhbmdlLm1pbiwgcmFuZ2UubWF4LCB3aGF0LCByYW5nZS5pbnRlZ2VyID8/IGZhbHNlKShlbnYsIG5hbWUsIGZhbGxiYWNrKTtcbn1cbiIsICIvLyBUaGUgcnVuJ3MgY29uZmlndXJhdGlvbiwgcmVhZCBmcm9tIGs2J3MgX19FTlYgb25jZSBhdCBpbml0LiBBbiBpbnZhbGlkIHZhbHVlIHRocm93cyBoZXJlLCBzb1xuLy8gazYgc3RvcHMgYmVmb3JlIHNldHVwKCkgYW5kIGJlZm9yZSBhbnkgcmVxdWVzdCwgd2l0aCB0aGUgdmFyaWFibGUgbmFtZWQgaW4gdGhlIG1lc3NhZ2UuXG5pbXBvcnQgeyBhc3NlcnRUYXJnZXRBbGxvd2VkLCBwYXJzZUNvbmZpZywgdHlwZSBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHBhcnNlQ29uZmlnKF9fRU5WKTtcblxuLyoqIFRoZSBjb25maWd1cmF0aW9uIGZvciBhIGxvYWQtZ2VuZXJhdGluZyBlbnRyeTogcmVmdXNlcyBhIG5vbi1sb29wYmFjayB0YXJnZXQgdGhhdCBpcyBub3QgYWxsb3ctbGlzdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1YXJkZWRDb25maWcoZW50cnk6IHN0cmluZyk6IENvbmZpZyB7XG4gIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnLCBlbnRyeSk7XG4gIHJldHVybiBjb25maWc7XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSBvciBSU1MgKFByb21ldGhldXMpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCBhbmQgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgcmF0ZTogMSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogMSxcbiAgICBtYXhWVXM6IDEsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgcG9sbDogZXZlcnkgbmV3IHNhbXBsZSBiZWNvbWVzIGEgbWV0cmljIHNhbXBsZS4gQSBwb2xsIHRoZSBzaWRlY2FyIGRvZXMgbm90IGFuc3dlciBjb3VudHMgb25lXG4gKiBtaXNzaW5nIHNhbXBsZSwgYW5kIHNvIGRvZXMgZWFjaCByZWFkaW5nIHRoZSBzaWRlY2FyIHJlcG9ydHMgaXQgZmFpbGVkIHRvIHRha2UgZHVyaW5nIHRoZSBydW5cbiAqICh0YXJnZXQgZ29uZSwgZW5kcG9pbnQgZG93bikuIEFuXG4gKiBhbnN3ZXIgd2l0aCBubyBuZXcgc2FtcGxlIHlldCBpcyBub3QgYSBnYXA6IHBvbGxzIGFuZCByZWFkaW5ncyBhcmUgbm90IGluIHN0ZXAuIE5ldmVyIHRocm93cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXIgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICB9XG59XG5cbi8qKiBUZWFyZG93bjogdGhlIG1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCwgTUIgcGVyIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkTWVtb3J5R3Jvd3RoKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKiogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZCkgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0gfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZykgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbmNvbnN0IE1FVFJJQ19OQU1FID0gL15bQS1aYS16X11bQS1aYS16MC05X10qJC87XG5jb25zdCBUQUdfUEFSVCA9IC9eW0EtWmEtejAtOV8uXFwtL10rJC87XG5jb25zdCBQRVJDRU5USUxFID0gL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghTUVUUklDX05BTUUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghVEFHX1BBUlQudGVzdChrZXkpIHx8ICFUQUdfUEFSVC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IFBFUkNFTlRJTEUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSkgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHsgdGhyZXNob2xkOiB0ZXh0LCBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSkgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXMubWFwKChfLCBpKSA9PiBpKS5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzOiAwLFxuICAgIHN0YWdlczogW1xuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBVcFN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBEb3duU31zYCwgdGFyZ2V0OiAwIH0sXG4gICAgXSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMzBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogazYgd2FudHMgYSB3aG9sZSByYXRlOiBhIGZyYWN0aW9uYWwgcGVyLXNlY29uZCByYXRlIGlzIGV4cHJlc3NlZCBwZXIgbWludXRlIGluc3RlYWQuICovXG5leHBvcnQgZnVuY3Rpb24gd2hvbGVSYXRlKHBlclNlY29uZDogbnVtYmVyKTogeyByYXRlOiBudW1iZXI7IHRpbWVVbml0OiBzdHJpbmcgfSB7XG4gIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHBlclNlY29uZCkgPyB7IHJhdGU6IHBlclNlY29uZCwgdGltZVVuaXQ6ICcxcycgfSA6IHsgcmF0ZTogTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChwZXJTZWNvbmQgKiA2MCkpLCB0aW1lVW5pdDogJzFtJyB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoZXhlYzogc3RyaW5nLCBwZXJTZWNvbmQ6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyLCBzdGFydFRpbWUgPSAnMHMnKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIC4uLndob2xlUmF0ZShwZXJTZWNvbmQpLFxuICAgIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDEsIE1hdGguY2VpbChwZXJTZWNvbmQpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YXJ0VGltZSxcbiAgfTtcbn1cblxuLyoqIFdhbGwgdGltZSBvZiBhIHJhbXBpbmctdXNlcnMgcnVuLCBzZWNvbmRzLCBmb3Igc2NlbmFyaW9zIHRoYXQgbXVzdCBydW4gYWxvbmdzaWRlIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBudW1iZXIge1xuICByZXR1cm4gY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TICsgY29uZmlnLnJhbXBEb3duUztcbn1cblxuZXhwb3J0IGNvbnN0IFNVTU1BUllfVFJFTkRfU1RBVFMgPSBbJ2F2ZycsICdtaW4nLCAnbWVkJywgJ21heCcsICdwKDkwKScsICdwKDk1KScsICdwKDk5KScsICdjb3VudCddO1xuXG4vKiogVlVzIGZvbGxvd2luZyBleHBsaWNpdCBzdGFnZXMgKHNwaWtlIHNoYXBlcyBhbmQgdGhlIGxpa2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlZFVzZXJzKGV4ZWM6IHN0cmluZywgc3RhZ2VzOiB7IGR1cmF0aW9uUzogbnVtYmVyOyB0YXJnZXQ6IG51bWJlciB9W10sIHN0YXJ0VlVzID0gMCk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzLFxuICAgIHN0YWdlczogc3RhZ2VzLm1hcCgocykgPT4gKHsgZHVyYXRpb246IGAke3MuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHMudGFyZ2V0IH0pKSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMTBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogRXZlcnkgVlUgc3RhcnRzIG9uZSBpdGVyYXRpb24gYXQgdGhlIHNhbWUgaW5zdGFudCAodGhleSBhcmUgYWxsIGluaXRpYWxpc2VkIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxBdE9uY2UoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnM6IDEsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cblxuLyoqIEEgZml4ZWQgbnVtYmVyIG9mIFZVcyBmb3IgYSBmaXhlZCB0aW1lIChjbG9zZWQgbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50VXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYywgdnVzLCBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH07XG59XG5cbi8qKiBBcnJpdmFsIHJhdGUgcmlzaW5nIGxpbmVhcmx5IGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIHBlciBzZWNvbmQgb3ZlciBgZHVyYXRpb25TYCAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmlzaW5nUmF0ZShleGVjOiBzdHJpbmcsIHN0YXJ0UmF0ZTogbnVtYmVyLCBtYXhSYXRlOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBtYXhWVXM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0UmF0ZSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMiwgTWF0aC5jZWlsKHN0YXJ0UmF0ZSkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhZ2VzOiBbeyBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCB0YXJnZXQ6IG1heFJhdGUgfV0sXG4gIH07XG59XG5cbi8qKiBgdnVzYCB1c2VycyBlYWNoIHJ1biBgaXRlcmF0aW9uc2AgaXRlcmF0aW9ucywgYWxsIHN0YXJ0aW5nIHRvZ2V0aGVyLCBib3VuZGVkIGJ5IGBtYXhEdXJhdGlvblNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGl0ZXJhdGlvbnNQZXJVc2VyKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGl0ZXJhdGlvbnM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnMsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cbiIsICIvLyBXaGF0IGV2ZXJ5IGVudHJ5IHBvaW50IHNoYXJlczogaXQgYXNzZW1ibGVzIGs2IG9wdGlvbnMgZnJvbSB0aGUgZW50cnkncyBvd24gc2NlbmFyaW9zIGFuZFxuLy8gZ2F0ZXMsIGFkZGluZyB0aGUgc2VydmVyLXJlc291cmNlcyBzY2VuYXJpbyBhbmQgZ2F0ZXMgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQgKFNJREVDQVJfVVJMKS5cbi8vIEVudHJpZXMgcmUtZXhwb3J0IGBwb2xsUmVzb3VyY2VzYCBhbmQgYHRlYXJkb3duYCBmcm9tIGhlcmUsIGFzIGs2IG5lZWRzIHRoZW0gaW4gdGhlIGVudHJ5IG1vZHVsZS5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4vZW52LnRzJztcbmltcG9ydCB7IHBvbGxSZXNvdXJjZXMgYXMgcG9sbFNpZGVjYXIsIHJlY29yZE1lbW9yeUdyb3d0aCwgcmVzb3VyY2VHYXRlcywgcmVzb3VyY2VzU2NlbmFyaW8gfSBmcm9tICcuL3Jlc291cmNlcy50cyc7XG5pbXBvcnQgeyBTVU1NQVJZX1RSRU5EX1NUQVRTLCB0eXBlIFNjZW5hcmlvIH0gZnJvbSAnLi9zaGFwZXMudHMnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeVBhcnRzIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIGdhdGVzOiBHYXRlW107XG4gIC8qKiBIb3cgbG9uZyB0aGUgbG9hZCBydW5zLCBzZWNvbmRzOiB0aGUgcmVzb3VyY2VzIHBvbGxlciBydW5zIGFzIGxvbmcuICovXG4gIHdhbGxUaW1lUzogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCB0b28gKHNvYWspLiAqL1xuICBnYXRlTWVtb3J5R3Jvd3RoPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeU9wdGlvbnMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgdGhyZXNob2xkczogSzZUaHJlc2hvbGRzO1xuICBzZXR1cFRpbWVvdXQ6IHN0cmluZztcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBwYXJ0czogRW50cnlQYXJ0cyk6IEVudHJ5T3B0aW9ucyB7XG4gIC8vIEEgdXNlciBjbGFzcyB3ZWlnaHRlZCAwICUgKGUuZy4gUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTPTEwMC8wLzApIGhhcyBubyBWVXM7IGs2IHJlZnVzZXMgYVxuICAvLyBzY2VuYXJpbyB0aGF0IG5ldmVyIHN0YXJ0cyBvbmUsIHNvIGl0IGlzIGxlZnQgb3V0IHJhdGhlciB0aGFuIGZhaWxpbmcgdGhlIHdob2xlIHJ1bi5cbiAgY29uc3Qgc2NlbmFyaW9zID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKHBhcnRzLnNjZW5hcmlvcykuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGhhc1VzZXJzKHNjZW5hcmlvKSkpO1xuICBjb25zdCBnYXRlcyA9IFsuLi5wYXJ0cy5nYXRlc107XG4gIGlmIChjb25maWcuc2lkZWNhclVybCkge1xuICAgIHNjZW5hcmlvcy5yZXNvdXJjZXMgPSByZXNvdXJjZXNTY2VuYXJpbyhwYXJ0cy53YWxsVGltZVMpO1xuICAgIGdhdGVzLnB1c2goXG4gICAgICAuLi5yZXNvdXJjZUdhdGVzKHtcbiAgICAgICAgbWVtb3J5TWI6IGNvbmZpZy50YXJnZXRzLm1lbW9yeU1iLFxuICAgICAgICBjcHVQZXJjZW50OiBjb25maWcudGFyZ2V0cy5jcHVQZXJjZW50LFxuICAgICAgICBncm93dGhNYlBlck1pbjogcGFydHMuZ2F0ZU1lbW9yeUdyb3d0aCA/IGNvbmZpZy50YXJnZXRzLm1lbW9yeUdyb3d0aE1iUGVyTWluIDogdW5kZWZpbmVkLFxuICAgICAgICBmYWlsT25NaXNzaW5nOiBjb25maWcuc2lkZWNhclN0cmljdCxcbiAgICAgIH0pLFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzY2VuYXJpb3MsXG4gICAgdGhyZXNob2xkczogdG9LNlRocmVzaG9sZHMoZ2F0ZXMpLFxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbmZ1bmN0aW9uIGhhc1VzZXJzKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4ge1xuICBjb25zdCB7IGV4ZWN1dG9yLCBzdGFydFZVcywgc3RhZ2VzLCB2dXMgfSA9IHNjZW5hcmlvIGFzIHsgZXhlY3V0b3I6IHN0cmluZzsgc3RhcnRWVXM/OiBudW1iZXI7IHN0YWdlcz86IHsgdGFyZ2V0OiBudW1iZXIgfVtdOyB2dXM/OiBudW1iZXIgfTtcbiAgaWYgKGV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSByZXR1cm4gKHN0YXJ0VlVzID8/IDApID4gMCB8fCAoc3RhZ2VzID8/IFtdKS5zb21lKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0ID4gMCk7XG4gIGlmIChleGVjdXRvciA9PT0gJ2NvbnN0YW50LXZ1cycgfHwgZXhlY3V0b3IgPT09ICdwZXItdnUtaXRlcmF0aW9ucycgfHwgZXhlY3V0b3IgPT09ICdzaGFyZWQtaXRlcmF0aW9ucycpIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqIFdoYXQgb25seSB0aGUgZW5kIG9mIHRoZSBydW4ga25vd3MgKHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoKS4gRW50cmllcyB3aXRoIGEgdGVhcmRvd24gb2YgdGhlaXIgb3duIGNhbGwgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcmVjb3JkTWVtb3J5R3Jvd3RoKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRlYXJkb3duKCk6IHZvaWQge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xufVxuIiwgIi8vIFRpbWUgcGhhc2VzIG9mIGEgcnVuLCBhcyBrNiB0YWdzIGFuZCBhcyBpbi1ydW4gYXJpdGhtZXRpYywgc28gcXVlc3Rpb25zIGFib3V0IHRpbWUgKGRpZCBsYXRlbmN5XG4vLyBjb21lIGJhY2sgYWZ0ZXIgdGhlIHNwaWtlPyBkb2VzIGl0IGNyZWVwIHVwIGR1cmluZyB0aGUgaG9sZD8pIGFyZSBhbnN3ZXJlZCBieSBrNiB0aHJlc2hvbGRzLlxuLy9cbi8vIC0gRXZlcnkgbWV0cmljIGEgVlUgZW1pdHMgaXMgdGFnZ2VkIHdpdGggdGhlIHBoYXNlIGl0IGZhbGxzIGluIChleGVjLnZ1Lm1ldHJpY3MudGFncyksIHNvXG4vLyAgIHN1Yi1tZXRyaWNzIHN1Y2ggYXMgaHR0cF9yZXFfZHVyYXRpb257cGhhc2U6cmVjb3ZlcmVkfSBleGlzdCBhbmQgY2FycnkgdGhyZXNob2xkcy5cbi8vIC0gRHJpZnQ6IGVhY2ggVlUga2VlcHMgdGhlIG1lZGlhbiBsYXRlbmN5IG9mIGl0cyBvd24gcmVxdWVzdHMgaW4gYSByZWZlcmVuY2UgcGhhc2UgKHRoZVxuLy8gICBwcmUtc3Bpa2UgYmFzZWxpbmUsIHRoZSBzdGFydCBvZiBhIGhvbGQpIGFuZCwgaW4gYSBsYXRlciBwaGFzZSwgcmVjb3JkcyBldmVyeSByZXF1ZXN0J3Ncbi8vICAgbGF0ZW5jeSBkaXZpZGVkIGJ5IHRoYXQgbWVkaWFuIGludG8gYSBUcmVuZCAobGliL3BoYXNlLW1hdGgudHMgZHJpZnRSYXRpbykuIEEgdGhyZXNob2xkIG9uXG4vLyAgIHRoYXQgVHJlbmQgKGUuZy4gbWVkIDwgMS41KSBzYXlzIFwibGF0ZW5jeSBpcyBiYWNrIHRvIC8gc3RpbGwgYXQgdGhlIHJlZmVyZW5jZVwiLCBtZWFzdXJlZFxuLy8gICBpbnNpZGUgdGhlIHJ1bi4gUGVyIFZVLCBiZWNhdXNlIGs2IFZVcyBzaGFyZSBubyBzdGF0ZTsgYSBWVSB0aGF0IGhhcyBubyByZWZlcmVuY2Ugc2FtcGxlc1xuLy8gICAob25lIGFkZGVkIGJ5IHRoZSBzcGlrZSkgcmVjb3JkcyBub3RoaW5nLiBCb3RoIHNpZGVzIGdldCBhIG5vaXNlIGZsb29yIChkZWZhdWx0IDEwIG1zKS5cbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgeyBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgb2JzZXJ2ZVJlcXVlc3RzIH0gZnJvbSAnLi9hcGkudHMnO1xuaW1wb3J0IHsgZHJpZnRSYXRpbywgbWVkaWFuLCBwaGFzZUF0LCB0eXBlIFBoYXNlIH0gZnJvbSAnLi9waGFzZS1tYXRoLnRzJztcblxuZXhwb3J0IHsgcGhhc2VBdCwgbWVkaWFuLCB0eXBlIFBoYXNlIH0gZnJvbSAnLi9waGFzZS1tYXRoLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIGVsYXBzZWRJblNjZW5hcmlvUygpOiBudW1iZXIge1xuICByZXR1cm4gKERhdGUubm93KCkgLSBleGVjLnNjZW5hcmlvLnN0YXJ0VGltZSkgLyAxMDAwO1xufVxuXG4vLyBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIHJ1biBvdXRzaWRlIGFueSBzY2VuYXJpbywgd2hlcmUgazYgcmVmdXNlcyBleGVjLnNjZW5hcmlvOiB0aGUgZHJpZnRcbi8vIG9ic2VydmVyIG9ubHkgYWN0cyBvbmNlIHRoaXMgVlUgaGFzIGVudGVyZWQgYSBwaGFzZSBpbiBhIHNjZW5hcmlvIGl0ZXJhdGlvbi5cbmxldCBpblNjZW5hcmlvID0gZmFsc2U7XG5cbi8qKiBUYWdzIGV2ZXJ5dGhpbmcgdGhpcyBWVSBlbWl0cyBmcm9tIG5vdyBvbiB3aXRoIHRoZSBjdXJyZW50IHBoYXNlOyByZXR1cm5zIGl0LiBDYWxsIGF0IHRoZSBzdGFydCBvZiBlYWNoIGl0ZXJhdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRlclBoYXNlKHBoYXNlczogcmVhZG9ubHkgUGhhc2VbXSk6IHN0cmluZyB7XG4gIGluU2NlbmFyaW8gPSB0cnVlO1xuICBjb25zdCBuYW1lID0gcGhhc2VBdChlbGFwc2VkSW5TY2VuYXJpb1MoKSwgcGhhc2VzKTtcbiAgZXhlYy52dS5tZXRyaWNzLnRhZ3MucGhhc2UgPSBuYW1lO1xuICByZXR1cm4gbmFtZTtcbn1cblxuLyoqXG4gKiBSZWNvcmRzIGxhdGVuY3kgZHJpZnQgYWdhaW5zdCBhIHJlZmVyZW5jZSBwaGFzZTogcmVxdWVzdHMgaW4gYHJlZmVyZW5jZWAgYnVpbGQgdGhpcyBWVSdzXG4gKiByZWZlcmVuY2UgbWVkaWFuOyByZXF1ZXN0cyBpbiBgY29tcGFyZWRgIGFkZCBkcmlmdFJhdGlvKC4uLikgdG8gdGhlIFRyZW5kLiBBIHJlcXVlc3QncyBwaGFzZSBpc1xuICogcmVhZCBmcm9tIHRoZSBjbG9jayB3aGVuIGl0IGNvbXBsZXRlcywgbm90IGZyb20gdGhlIHRhZyBzZXQgYXQgdGhlIGl0ZXJhdGlvbidzIHN0YXJ0IChhXG4gKiB3b3JrZmxvdyBpdGVyYXRpb24gd2l0aCB0aGluayB0aW1lcyBzcGFucyBzZWNvbmRzIGFuZCB3b3VsZCBzdHJhZGRsZSBwaGFzZXMpOyB0aGUgVlUncyBwaGFzZVxuICogdGFnIGlzIHJlZnJlc2hlZCBhdCB0aGUgc2FtZSBtb21lbnQsIHNvIGEgcmVxdWVzdCdzIHRhZyBsYWdzIHRoZSBjbG9jayBieSBvbmUgdGhpbmsgdGltZSBhdCBtb3N0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdHJhY2tEcmlmdChtZXRyaWNOYW1lOiBzdHJpbmcsIHBoYXNlczogcmVhZG9ubHkgUGhhc2VbXSwgcmVmZXJlbmNlOiBzdHJpbmcsIGNvbXBhcmVkOiByZWFkb25seSBzdHJpbmdbXSwgZmxvb3JNcyA9IDEwKTogVHJlbmQge1xuICBjb25zdCBkcmlmdCA9IG5ldyBUcmVuZChtZXRyaWNOYW1lKTtcbiAgY29uc3QgcmVmZXJlbmNlU2FtcGxlczogbnVtYmVyW10gPSBbXTtcbiAgbGV0IHJlZmVyZW5jZU1lZGlhbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBvYnNlcnZlUmVxdWVzdHMoKF9lbmRwb2ludCwgZHVyYXRpb25Ncywgb2spID0+IHtcbiAgICBpZiAoIWluU2NlbmFyaW8pIHJldHVybjtcbiAgICBjb25zdCBwaGFzZSA9IHBoYXNlQXQoZWxhcHNlZEluU2NlbmFyaW9TKCksIHBoYXNlcyk7XG4gICAgZXhlYy52dS5tZXRyaWNzLnRhZ3MucGhhc2UgPSBwaGFzZTtcbiAgICBpZiAocGhhc2UgPT09IHJlZmVyZW5jZSkge1xuICAgICAgaWYgKG9rKSByZWZlcmVuY2VTYW1wbGVzLnB1c2goZHVyYXRpb25Ncyk7XG4gICAgICByZWZlcmVuY2VNZWRpYW4gPSB1bmRlZmluZWQ7XG4gICAgfSBlbHNlIGlmIChjb21wYXJlZC5pbmNsdWRlcyhwaGFzZSkpIHtcbiAgICAgIHJlZmVyZW5jZU1lZGlhbiA/Pz0gbWVkaWFuKHJlZmVyZW5jZVNhbXBsZXMpO1xuICAgICAgaWYgKHJlZmVyZW5jZU1lZGlhbiAhPT0gdW5kZWZpbmVkKSBkcmlmdC5hZGQoZHJpZnRSYXRpbyhkdXJhdGlvbk1zLCBvaywgcmVmZXJlbmNlTWVkaWFuLCBmbG9vck1zKSk7XG4gICAgfVxuICB9KTtcbiAgcmV0dXJuIGRyaWZ0O1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHBhdGhzLCByZXF1ZXN0VGFncywgdHlwZSBJZCB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHsgaXRlbXM6IENvdXJzZVtdOyB0b3RhbDogbnVtYmVyOyBsaW1pdDogbnVtYmVyOyBvZmZzZXQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7IHRpdGxlOiBzdHJpbmc7IHRvcGljOiBzdHJpbmc7IGxldmVsOiBMZXZlbDsgY2hhcHRlcl9jb3VudDogbnVtYmVyOyBsYW5ndWFnZT86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyBzdGF0dXM6IHN0cmluZzsgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDsgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgd29yZF9jb3VudDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4geyBhY2Nlc3NfdG9rZW46IHN0cmluZzsgdG9rZW5fdHlwZTogc3RyaW5nOyByb2xlOiBSb2xlOyBleHBpcmVzX2luOiBudW1iZXIgfVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuIGV4Y2VwdGlvbikuICovXG5mdW5jdGlvbiBpc0pzb24ocmVzOiBSZXNwb25zZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gU3RyaW5nKHJlcy5oZWFkZXJzWydDb250ZW50LVR5cGUnXSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKSAmJiB0eXBlb2YgcmVzLmJvZHkgPT09ICdzdHJpbmcnICYmIHJlcy5ib2R5ICE9PSAnJztcbn1cblxuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5mdW5jdGlvbiBmaWVsZHNPZihyZXM6IFJlc3BvbnNlKTogRmllbGQge1xuICByZXR1cm4gKHBhdGgpID0+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHJlcy5qc29uKHBhdGgpID8/IHVuZGVmaW5lZDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9O1xufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24ocmVzOiBSZXNwb25zZSk6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrcyA9IG5ldyBNYXA8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PigpO1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIGxldCBjYWxsYmFjayA9IHN0YXR1c0NhbGxiYWNrcy5nZXQoc3RhdHVzKTtcbiAgaWYgKCFjYWxsYmFjaykge1xuICAgIGNhbGxiYWNrID0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cyk7XG4gICAgc3RhdHVzQ2FsbGJhY2tzLnNldChzdGF0dXMsIGNhbGxiYWNrKTtcbiAgfVxuICByZXR1cm4gY2FsbGJhY2s7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0cyA9IG5ldyBNYXA8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4oKTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0cy5nZXQoZW5kcG9pbnQpO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0cy5zZXQoZW5kcG9pbnQsIHNldCk7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGltZW91dDogc3RyaW5nO1xuICAvKiogUmVxdWVzdCBwYXJhbXMgcGVyIGVuZHBvaW50IChoZWFkZXJzLCB0YWdzLCB0aW1lb3V0LCBleHBlY3RlZCBzdGF0dXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbXMgPSBuZXcgTWFwPEVuZHBvaW50LCBQYXJhbXM+KCk7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBiYXNlVXJsOiBzdHJpbmcsXG4gICAgdGltZW91dFM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLnRpbWVvdXQgPSBgJHt0aW1lb3V0U31zYDtcbiAgfVxuXG4gIC8qKiBBIGNsaWVudCBmb3IgdGhlIHNhbWUgcGxhdGZvcm0gYWN0aW5nIGFzIGFub3RoZXIgdXNlci4gKi9cbiAgYXModG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gICAgcmV0dXJuIG5ldyBBcGlDbGllbnQodGhpcy5iYXNlVXJsLCBOdW1iZXIodGhpcy50aW1lb3V0LnNsaWNlKDAsIC0xKSksIHRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyYW1zRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFBheWxvYWQ6IGJvb2xlYW4pOiBQYXJhbXMge1xuICAgIGxldCBwYXJhbXMgPSB0aGlzLnBhcmFtcy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0geyBoZWFkZXJzLCB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksIHRpbWVvdXQ6IHRoaXMudGltZW91dCwgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSB9O1xuICAgICAgdGhpcy5wYXJhbXMuc2V0KGVuZHBvaW50LCBwYXJhbXMpO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KG1ldGhvZCwgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLCB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCwgdGhpcy5wYXJhbXNGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCB3aXRoUGF5bG9hZCkpO1xuICAgIGNvbnN0IHN0YXR1c09rID0gcmVzLnN0YXR1cyA9PT0gZXhwZWN0ZWQ7XG4gICAgY29uc3Qgc2hhcGVPayA9ICFzaGFwZSB8fCAoaXNKc29uKHJlcykgJiYgc2hhcGUoZmllbGRzT2YocmVzKSkpO1xuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgY29uc3QgaGFzQm9keSA9IEJvb2xlYW4oc2hhcGUpICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgbGV0IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG4gICAgbGV0IHBhcnNlZCA9IGZhbHNlO1xuICAgIHJldHVybiB7XG4gICAgICBvazogYWxsT2ssXG4gICAgICBzdGF0dXM6IHJlcy5zdGF0dXMsXG4gICAgICBnZXQgYm9keSgpIHtcbiAgICAgICAgaWYgKGhhc0JvZHkgJiYgIXBhcnNlZCkge1xuICAgICAgICAgIGJvZHkgPSBwYXJzZUpzb24ocmVzKSBhcyBUO1xuICAgICAgICAgIHBhcnNlZCA9IHRydWU7XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIGJvZHk7XG4gICAgICB9LFxuICAgIH07XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIGNvbnN0IHBhcmFtcyA9IE9iamVjdC5lbnRyaWVzKHF1ZXJ5KVxuICAgICAgLmZpbHRlcigoWywgdmFsdWVdKSA9PiB2YWx1ZSAhPT0gdW5kZWZpbmVkKVxuICAgICAgLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWApXG4gICAgICAuam9pbignJicpO1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtwYXJhbXMgPyBgPyR7cGFyYW1zfWAgOiAnJ31gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBbZW5kcG9pbnQsIG5hbWVdIG9mIE9iamVjdC5lbnRyaWVzKHJvdXRlTmFtZXMpIGFzIFtFbmRwb2ludCwgc3RyaW5nXVtdKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSA9IE9iamVjdC5mcmVlemUoeyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZSB9KTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUgYXJpdGhtZXRpYyBiZWhpbmQgdGhlIHRpbWUgcXVlc3Rpb25zIChzcGlrZSByZWNvdmVyeSwgcmFtcC11cCBhbmQgc29hayBkcmlmdCwgYnJlYWtwb2ludCdzXG4vLyBzdXN0YWluZWQgcmF0ZSksIHB1cmUgc28gaXQgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL3BoYXNlcy50cyBhbmQgbGliL3N1c3RhaW5lZC1yYXRlLnRzIGFwcGx5IGl0IGluc2lkZSBrNi5cblxuZXhwb3J0IGludGVyZmFjZSBQaGFzZSB7XG4gIG5hbWU6IHN0cmluZztcbiAgLyoqIFNlY29uZHMgYWZ0ZXIgdGhlIHNjZW5hcmlvJ3Mgc3RhcnQgYXQgd2hpY2ggdGhpcyBwaGFzZSBlbmRzLiAqL1xuICB1bnRpbFM6IG51bWJlcjtcbn1cblxuLyoqIFRoZSBwaGFzZSBgZWxhcHNlZFNgIGZhbGxzIGluOyB0aGUgbGFzdCBwaGFzZSdzIG5hbWUgYWZ0ZXIgdGhlIGVuZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaGFzZUF0KGVsYXBzZWRTOiBudW1iZXIsIHBoYXNlczogcmVhZG9ubHkgUGhhc2VbXSk6IHN0cmluZyB7XG4gIGlmIChwaGFzZXMubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgRXJyb3IoJ3BoYXNlQXQ6IG5vIHBoYXNlcyBnaXZlbicpO1xuICBmb3IgKGNvbnN0IHBoYXNlIG9mIHBoYXNlcykgaWYgKGVsYXBzZWRTIDwgcGhhc2UudW50aWxTKSByZXR1cm4gcGhhc2UubmFtZTtcbiAgcmV0dXJuIHBoYXNlc1twaGFzZXMubGVuZ3RoIC0gMV0hLm5hbWU7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtZWRpYW4odmFsdWVzOiByZWFkb25seSBudW1iZXJbXSk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGlmICh2YWx1ZXMubGVuZ3RoID09PSAwKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBzb3J0ZWQgPSBbLi4udmFsdWVzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIGNvbnN0IG1pZCA9IE1hdGguZmxvb3Ioc29ydGVkLmxlbmd0aCAvIDIpO1xuICByZXR1cm4gc29ydGVkLmxlbmd0aCAlIDIgPyBzb3J0ZWRbbWlkXSA6IChzb3J0ZWRbbWlkIC0gMV0hICsgc29ydGVkW21pZF0hKSAvIDI7XG59XG5cbi8qKiBBIGZhaWxlZCByZXF1ZXN0J3MgZHJpZnQ6IGZhciBiZXlvbmQgYW55IGxpbWl0LCBzaW5jZSByZWNvdmVyaW5nIG1lYW5zIGFuc3dlcmluZywgbm90IGZhaWxpbmcgZmFzdC4gKi9cbmV4cG9ydCBjb25zdCBGQUlMRURfRFJJRlQgPSAxMDA7XG5cbi8qKlxuICogT25lIHJlcXVlc3QncyBsYXRlbmN5IHJlbGF0aXZlIHRvIHRoZSByZWZlcmVuY2UgbWVkaWFuLCBib3RoIHdpdGggYSBub2lzZSBmbG9vciBhZGRlZCBzbyB0aGF0XG4gKiAwLjQgbXMgYWdhaW5zdCAwLjIgbXMgZG9lcyBub3QgcmVhZCBhcyBcInR3aWNlIGFzIHNsb3dcIi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyaWZ0UmF0aW8oZHVyYXRpb25NczogbnVtYmVyLCBvazogYm9vbGVhbiwgcmVmZXJlbmNlTWVkaWFuTXM6IG51bWJlciwgZmxvb3JNczogbnVtYmVyKTogbnVtYmVyIHtcbiAgcmV0dXJuIG9rID8gKGR1cmF0aW9uTXMgKyBmbG9vck1zKSAvIChyZWZlcmVuY2VNZWRpYW5NcyArIGZsb29yTXMpIDogRkFJTEVEX0RSSUZUO1xufVxuXG4vKiogcC10aCBwZXJjZW50aWxlIChuZWFyZXN0IHJhbmspIG9mIGEgbm9uLWVtcHR5IGxpc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcGVyY2VudGlsZSh2YWx1ZXM6IHJlYWRvbmx5IG51bWJlcltdLCBwOiBudW1iZXIpOiBudW1iZXIge1xuICBpZiAodmFsdWVzLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IEVycm9yKCdwZXJjZW50aWxlIG9mIGFuIGVtcHR5IGxpc3QnKTtcbiAgY29uc3Qgc29ydGVkID0gWy4uLnZhbHVlc10uc29ydCgoYSwgYikgPT4gYSAtIGIpO1xuICByZXR1cm4gc29ydGVkW01hdGgubWF4KDAsIE1hdGguY2VpbCgocCAvIDEwMCkgKiBzb3J0ZWQubGVuZ3RoKSAtIDEpXSE7XG59XG5cbi8qKiBXaGV0aGVyIGEgd2luZG93IG9mIHJlY2VudCByZXF1ZXN0cyBtZXQgdGhlIGJ1ZGdldDogZnVsbCwgbm8gZmFpbHVyZSwgcDk1IHVuZGVyIGBwOTVCdWRnZXRNc2AuICovXG5leHBvcnQgZnVuY3Rpb24gd2luZG93V2l0aGluQnVkZ2V0KHdpbmRvdzogcmVhZG9ubHkgeyBtczogbnVtYmVyOyBvazogYm9vbGVhbiB9W10sIHNpemU6IG51bWJlciwgcDk1QnVkZ2V0TXM6IG51bWJlcik6IGJvb2xlYW4ge1xuICByZXR1cm4gd2luZG93Lmxlbmd0aCA+PSBzaXplICYmIHdpbmRvdy5ldmVyeSgodykgPT4gdy5vaykgJiYgcGVyY2VudGlsZSh3aW5kb3cubWFwKCh3KSA9PiB3Lm1zKSwgOTUpIDwgcDk1QnVkZ2V0TXM7XG59XG5cbi8qKiBUaGUgc2NoZWR1bGVkIHJhdGUgb2YgYSBsaW5lYXIgcmFtcCBmcm9tIGBzdGFydFJhdGVgIHRvIGBtYXhSYXRlYCBvdmVyIGBkdXJhdGlvblNgLCBgZWxhcHNlZFNgIGluLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxpbmVhclJhdGUoc3RhcnRSYXRlOiBudW1iZXIsIG1heFJhdGU6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIGVsYXBzZWRTOiBudW1iZXIpOiBudW1iZXIge1xuICBjb25zdCBzaGFyZSA9IE1hdGgubWluKDEsIE1hdGgubWF4KDAsIGVsYXBzZWRTIC8gZHVyYXRpb25TKSk7XG4gIHJldHVybiBzdGFydFJhdGUgKyAobWF4UmF0ZSAtIHN0YXJ0UmF0ZSkgKiBzaGFyZTtcbn1cblxuLyoqXG4gKiBJdGVyYXRpb25zIHBlciBzZWNvbmQgdGhlIHdob2xlIHRlc3QgcmVhbGx5IHN0YXJ0ZWQgYmV0d2VlbiB0d28gbW9tZW50cywgZnJvbSBrNidzXG4gKiB0ZXN0LXdpZGUgaXRlcmF0aW9uIG51bWJlciAoZXhlYy5zY2VuYXJpby5pdGVyYXRpb25JblRlc3QgY291bnRzIHN0YXJ0ZWQgaXRlcmF0aW9ucyBvbmx5LCBzb1xuICogaXRlcmF0aW9ucyBrNiBkcm9wcGVkIGZvciB3YW50IG9mIGEgZnJlZSBWVSBkbyBub3QgY291bnQpLiBVbmRlZmluZWQgb3ZlciBhbiBlbXB0eSBpbnRlcnZhbC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFjaGlldmVkUmF0ZShmcm9tOiB7IGF0TXM6IG51bWJlcjsgaXRlcmF0aW9uOiBudW1iZXIgfSwgdG86IHsgYXRNczogbnVtYmVyOyBpdGVyYXRpb246IG51bWJlciB9KTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2Vjb25kcyA9ICh0by5hdE1zIC0gZnJvbS5hdE1zKSAvIDEwMDA7XG4gIHJldHVybiBzZWNvbmRzID4gMCA/ICh0by5pdGVyYXRpb24gLSBmcm9tLml0ZXJhdGlvbikgLyBzZWNvbmRzIDogdW5kZWZpbmVkO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEpO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKS5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKS5yZXBsYWNlKC88L2csICcmbHQ7JykucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvazogcmVzdWx0Lm9rLCBzdGF0LCBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLCB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHsgcmVxdWVzdHM6IHYuY291bnQgPz8gMCwgcDUwOiB2Lm1lZCA/PyBudWxsLCBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCwgcDk5OiB2WydwKDk5KSddID8/IG51bGwsIG1heDogdi5tYXggPz8gbnVsbCB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogQSBudW1iZXIgZm9yIHBlb3BsZTogbXMgd2l0aCBzZW5zaWJsZSBwcmVjaXNpb24sIHJhdGVzIGFzIHBlcmNlbnQsIGxhcmdlIGNvdW50cyBncm91cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFZhbHVlKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCB1bml0OiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSk6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSByZXR1cm4gJ24vYSc7XG4gIGlmICh1bml0ID09PSAncGVyY2VudCcpIHJldHVybiBgJHsodmFsdWUgKiAxMDApLnRvRml4ZWQoMil9JWA7XG4gIGlmICh1bml0ID09PSAnbXMnKSB7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSA2MF8wMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDEpfXNgO1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gMTAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMil9c2A7XG4gICAgcmV0dXJuIGAke3ZhbHVlLnRvRml4ZWQodmFsdWUgPCAxMCA/IDIgOiAxKX1tc2A7XG4gIH1cbiAgaWYgKHVuaXQgPT09ICdjb3VudCcpIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKS50b1N0cmluZygpLnJlcGxhY2UoL1xcQig/PShcXGR7M30pKyg/IVxcZCkpL2csICcsJyk7XG4gIHJldHVybiBNYXRoLmFicyh2YWx1ZSkgPj0gMWU2ID8gdmFsdWUudG9FeHBvbmVudGlhbCgzKSA6IFN0cmluZyhNYXRoLnJvdW5kKHZhbHVlICogMTAwMCkgLyAxMDAwKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY1ZhbHVlKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRyaWM6IHN0cmluZywgc3RhdDogc3RyaW5nKTogbnVtYmVyIHwgbnVsbCB7XG4gIGNvbnN0IHZhbHVlID0gZGF0YS5tZXRyaWNzPy5bbWV0cmljXT8udmFsdWVzPy5bc3RhdF07XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyB2YWx1ZSA6IG51bGw7XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc0xpbmUoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcge1xuICBjb25zdCBtZW1vcnkgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKTtcbiAgY29uc3QgY3B1ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpO1xuICBpZiAobWVtb3J5ID09PSBudWxsICYmIGNwdSA9PT0gbnVsbCkgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgbWlzc2luZyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMDtcbiAgY29uc3QgZ3Jvd3RoID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4Jyk7XG4gIHJldHVybiBbXG4gICAgYHNlcnZlciByZXNvdXJjZXM6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWS5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93blJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGAjIyBjb3Vyc2UtcGVyZiBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChvcHRpb25zLnNjZW5hcmlvKX1cXGA6ICR7ZmFpbGVkID09PSAwID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgIDogYOKdjCAke2ZhaWxlZH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoKHIpID0+IGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgXFxgJHtlc2NhcGVNYXJrZG93bkNlbGwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfVxcYCB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX0gfGApLFxuICBdO1xuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsICd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc0xpbmUoZGF0YSkpLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIG1ldHJpY1ZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIEVuZHBvaW50Um93LCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzIHtcbiAgc2NoZW1hX3ZlcnNpb246IG51bWJlcjtcbiAgcnVuOiBSdW5NZXRhICYgeyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbCB9O1xuICB2ZXJkaWN0OiAncGFzc2VkJyB8ICdmYWlsZWQnO1xuICB0aHJlc2hvbGRzOiB7IG1ldHJpYzogc3RyaW5nOyBleHByZXNzaW9uOiBzdHJpbmc7IG9rOiBib29sZWFuOyBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbCB9W107XG4gIGVuZHBvaW50czogRW5kcG9pbnRSb3dbXTtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIHJlc291cmNlczogeyBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDsgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsOyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7IHNhbXBsZXNfbWlzc2luZzogbnVtYmVyIH0gfCBudWxsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRhOiBSdW5NZXRhKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSA9PiAoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSk7XG4gIGNvbnN0IG1lYXN1cmVkID0gZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iIHx8IGRhdGEubWV0cmljcz8uc2VydmVyX2NwdV9wZXJjZW50O1xuICByZXR1cm4ge1xuICAgIHNjaGVtYV92ZXJzaW9uOiBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OLFxuICAgIHJ1bjogeyAuLi5tZXRhLCBkdXJhdGlvbl9tczogZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gbnVsbCB9LFxuICAgIHZlcmRpY3Q6IHRocmVzaG9sZHMuZXZlcnkoKHQpID0+IHQub2spID8gJ3Bhc3NlZCcgOiAnZmFpbGVkJyxcbiAgICB0aHJlc2hvbGRzLFxuICAgIGVuZHBvaW50czogZW5kcG9pbnRSb3dzKGRhdGEpLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIG1ldHJpY1ZhbHVlLCByZXNvdXJjZXNMaW5lLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoWydodHRwX3JlcXMnLCAnaHR0cF9yZXFfZHVyYXRpb24nLCAnaHR0cF9yZXFfYmxvY2tlZCcsICdodHRwX3JlcV9jb25uZWN0aW5nJywgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsICdodHRwX3JlcV9zZW5kaW5nJywgJ2h0dHBfcmVxX3dhaXRpbmcnLCAnaHR0cF9yZXFfcmVjZWl2aW5nJywgJ2h0dHBfcmVxX2ZhaWxlZCcsICdpdGVyYXRpb25zJywgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAndnVzJywgJ3Z1c19tYXgnLCAnZGF0YV9zZW50JywgJ2RhdGFfcmVjZWl2ZWQnLCAnY2hlY2tzJywgJ2dyb3VwX2R1cmF0aW9uJ10pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PiAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbiB9KTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKGMuYm9sZChgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWApKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gKSk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWApO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSkuZmlsdGVyKGlzQ3VzdG9tKS5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogeyBzY2VuYXJpbzogc3RyaW5nOyBwcm9maWxlPzogc3RyaW5nIH0pIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwgeyBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbywgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlIH0pIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgfSk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBsb2dzIHRoZSB0aHJlZSB1c2Vyc1xuLy8gaW4gb25jZSwgYW5kIHNlZWRzIGNvdXJzZXMgZm9yIHJlZ3VsYXIgdXNlcnMgdG8gcmVhZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5EYXRhIHtcbiAgLyoqIFVuaXF1ZSBwZXIgcnVuLCBwYXJ0IG9mIGV2ZXJ5IHRpdGxlIHRoaXMgcnVuIGNyZWF0ZXMsIHNvIHJ1bnMgYW5kIFZVcyBuZXZlciBjb2xsaWRlLiAqL1xuICBydW5JZDogc3RyaW5nO1xuICB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICAvKiogR2VuZXJhdGVkIGNvdXJzZXMgb3duZWQgYnkgdGhlIHJlZ3VsYXIgdXNlciwgZm9yIHJlYWRpbmcuICovXG4gIHNlZWRlZENvdXJzZUlkczogSWRbXTtcbn1cblxuY29uc3QgU0VFRF9DT1VSU0VTID0gMztcbmNvbnN0IFBST0JFX1RJTUVPVVQgPSAnNXMnO1xuXG5mdW5jdGlvbiBhYm9ydChtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIGV4ZWMudGVzdC5hYm9ydChtZXNzYWdlKTtcbiAgdGhyb3cgbmV3IEVycm9yKG1lc3NhZ2UpOyAvLyBub3QgcmVhY2hlZDogYWJvcnQoKSBzdG9wcyB0aGUgdGVzdDsgdGhpcyBrZWVwcyB0aGUgdHlwZSBjaGVja2VyIGhvbmVzdFxufVxuXG5mdW5jdGlvbiBwcm9iZShiYXNlVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgdXJsID0gYCR7YmFzZVVybH0vaGVhbHRoYDtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQodXJsLCB7IHRpbWVvdXQ6IFBST0JFX1RJTUVPVVQsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6ICdHRVQgL2hlYWx0aCAoc2V0dXAgcHJvYmUpJyB9IH0pO1xuICBpZiAocmVzLnN0YXR1cyA9PT0gMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gZG9lcyBub3QgYW5zd2VyIGF0ICR7dXJsfSAoR0VULCAke1BST0JFX1RJTUVPVVR9IHRpbWVvdXQpOiAke3Jlcy5lcnJvciB8fCAnbm8gcmVzcG9uc2UnfS4gSXMgaXQgcnVubmluZz8gU2V0IEJBU0VfVVJMIHRvIGl0cyBhZGRyZXNzLmApO1xuICB9XG4gIGlmIChyZXMuc3RhdHVzICE9PSAyMDApIHtcbiAgICBhYm9ydChgdGhlIHBsYXRmb3JtIGF0ICR7dXJsfSBhbnN3ZXJlZCAke3Jlcy5zdGF0dXN9IGluc3RlYWQgb2YgMjAwOiBpdCBpcyBub3QgaGVhbHRoeSwgb3IgQkFTRV9VUkwgcG9pbnRzIGF0IHNvbWV0aGluZyBlbHNlLmApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGxvZ2luKGNsaWVudDogQXBpQ2xpZW50LCBjb25maWc6IENvbmZpZywgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBjb25maWcudXNlcnNbcm9sZV07XG4gIGNvbnN0IHJlc3VsdCA9IGNsaWVudC5sb2dpbihlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC5ib2R5KSB7XG4gICAgY29uc3QgZW52UHJlZml4ID0gYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JELmApO1xuICB9XG4gIHJldHVybiByZXN1bHQuYm9keS5hY2Nlc3NfdG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtc2VlZCAke3J1bklkfSAke259YCwgdG9waWM6ICdsb2FkIHRlc3RpbmcnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7Y3JlYXRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb25zdCBzdGFydGVkID0gY2xpZW50LmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgaWYgKCFzdGFydGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgZ2VuZXJhdGluZyBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtzdGFydGVkLnN0YXR1c30pLmApO1xuICAgIGNvdXJzZUlkcy5wdXNoKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgam9icy5wdXNoKHN0YXJ0ZWQuYm9keS5qb2JfaWQpO1xuICB9XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICBmb3IgKGNvbnN0IGpvYklkIG9mIGpvYnMpIHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBqb2IgPSBjbGllbnQuZ2V0Sm9iKGpvYklkKS5ib2R5O1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJykgYnJlYWs7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdmYWlsZWQnKSBhYm9ydChgYSBzZWVkIGNvdXJzZSdzIGdlbmVyYXRpb24gZmFpbGVkOiAke2pvYi5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ30uYCk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSBhYm9ydChgc2VlZCBjb3Vyc2VzIHdlcmUgbm90IGdlbmVyYXRlZCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zLmApO1xuICAgICAgc2xlZXAoMC41KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNvdXJzZUlkcztcbn1cblxuLyoqXG4gKiBQYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzIChgazYgcnVuIC0tc2VjcmV0LXNvdXJjZT1maWxlPXNlY3JldHMudHh0YCwga2V5cyBuYW1lZCBsaWtlIHRoZVxuICogZW52IHZhcmlhYmxlczogUkVHVUxBUl9VU0VSX1BBU1NXT1JELCAuLi4pIHRha2UgcHJlY2VkZW5jZSBvdmVyIHRoZSBlbnZpcm9ubWVudDsgazYgcmVkYWN0cyB0aGVtXG4gKiBmcm9tIGl0cyBsb2dzLiBXaXRob3V0IGEgc2VjcmV0IHNvdXJjZSwgb3Igd2l0aG91dCB0aGF0IGtleSwgdGhlIGVudmlyb25tZW50J3MgdmFsdWUgc3RhbmRzLlxuICovXG5hc3luYyBmdW5jdGlvbiB3aXRoU2VjcmV0UGFzc3dvcmRzKGNvbmZpZzogQ29uZmlnKTogUHJvbWlzZTxDb25maWc+IHtcbiAgY29uc3QgdXNlcnMgPSB7IC4uLmNvbmZpZy51c2VycyB9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3QpIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcGFzc3dvcmQgPSBhd2FpdCBzZWNyZXRzLmdldChgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJfUEFTU1dPUkRgKTtcbiAgICAgIGlmIChwYXNzd29yZCkgdXNlcnNbcm9sZV0gPSB7IC4uLnVzZXJzW3JvbGVdLCBwYXNzd29yZCB9O1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm8gc2VjcmV0IHNvdXJjZSBjb25maWd1cmVkLCBvciBubyBzdWNoIGtleToga2VlcCB0aGUgZW52aXJvbm1lbnQncyBwYXNzd29yZFxuICAgIH1cbiAgfVxuICByZXR1cm4geyAuLi5jb25maWcsIHVzZXJzIH07XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlUnVuKHJ1bkNvbmZpZzogQ29uZmlnLCBvcHRpb25zOiB7IHNlZWQ6IGJvb2xlYW4gfSA9IHsgc2VlZDogdHJ1ZSB9KTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHByb2JlKHJ1bkNvbmZpZy5iYXNlVXJsKTtcbiAgY29uc3QgY29uZmlnID0gYXdhaXQgd2l0aFNlY3JldFBhc3N3b3JkcyhydW5Db25maWcpO1xuICBjb25zdCBhbm9ueW1vdXMgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+ID0ge1xuICAgIHJlZ3VsYXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncmVndWxhcicpLFxuICAgIHBvd2VyOiBsb2dpbihhbm9ueW1vdXMsIGNvbmZpZywgJ3Bvd2VyJyksXG4gICAgYWRtaW46IGxvZ2luKGFub255bW91cywgY29uZmlnLCAnYWRtaW4nKSxcbiAgfTtcbiAgY29uc3QgcnVuSWQgPSBgJHtEYXRlLm5vdygpLnRvU3RyaW5nKDM2KX0tJHtNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAxZTYpLnRvU3RyaW5nKDM2KX1gO1xuICBjb25zdCBzZWVkZWRDb3Vyc2VJZHMgPSBvcHRpb25zLnNlZWQgPyBzZWVkQ291cnNlcyhhbm9ueW1vdXMuYXModG9rZW5zLnJlZ3VsYXIpLCBydW5JZCwgY29uZmlnKSA6IFtdO1xuICByZXR1cm4geyBydW5JZCwgdG9rZW5zLCBzZWVkZWRDb3Vyc2VJZHMgfTtcbn1cbiIsICIvLyBDdXN0b20gbWV0cmljcyBmb3Igd2hhdCBrNidzIGJ1aWx0LWlucyBjYW5ub3Qgc2F5LiBDcmVhdGVkIG9uY2UgYXQgaW5pdCAoazYgcmVxdWlyZXMgaXQpLlxuaW1wb3J0IHsgQ291bnRlciwgUmF0ZSwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcblxuLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiB0aW1lIGZyb20gdGhlIGpvYidzIG93biBzdGFydGVkX2F0L2ZpbmlzaGVkX2F0IChzZXJ2ZXIgdmlldykuICovXG5leHBvcnQgY29uc3QgY2hhcHRlckdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24sIGpvYiBjcmVhdGVkIC0+IGZpbmlzaGVkLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcy4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24gYXMgdGhlIHBvbGxpbmcgdXNlciBzYXcgaXQ6IHJlcXVlc3QgYWNjZXB0ZWQgLT4gY29tcGxldGVkIHNlZW4uICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX29ic2VydmVkX21zJywgdHJ1ZSk7XG4vKiogR2VuZXJhdGlvbiBqb2JzIHRoYXQgZmFpbGVkIG9yIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkZhaWxlZCA9IG5ldyBSYXRlKCdnZW5lcmF0aW9uX2ZhaWxlZCcpO1xuLyoqIENvdXJzZXMgdGhlIHBsYXRmb3JtIGFja25vd2xlZGdlZCBjcmVhdGluZyAoMjAxKS4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VzQ3JlYXRlZCA9IG5ldyBDb3VudGVyKCdjb3Vyc2VzX2NyZWF0ZWQnKTtcbi8qKiBXaG9sZSB3b3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgY29tcGxldGVkIGV2ZXJ5IHN0ZXAsIHRhZ2dlZCBieSB3b3JrZmxvdy4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd1N1Y2Nlc3MgPSBuZXcgUmF0ZSgnd29ya2Zsb3dfc3VjY2VzcycpO1xuLyoqIFdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCB0aHJldyAoYSBzY3JpcHQgYnVnIG9yIGEgYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpLiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93RXJyb3JzID0gbmV3IENvdW50ZXIoJ3dvcmtmbG93X2Vycm9ycycpO1xuIiwgIi8vIFJ1bnMgb25lIHdvcmtmbG93IGl0ZXJhdGlvbiBhbmQgcmVjb3JkcyBpdHMgb3V0Y29tZS4gQSB3b3JrZmxvdyB0aGF0IHRocm93cyAoYSBzY3JpcHQgYnVnLCBhXG4vLyBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkgaXMgYSBmYWlsZWQgaXRlcmF0aW9uIHRoYXQgY291bnRzIGFnYWluc3QgdGhlIHRocmVzaG9sZHMgaW5zdGVhZFxuLy8gb2YgYW4gZXhjZXB0aW9uIGs2IG9ubHkgbG9ncy5cbmltcG9ydCB7IHdvcmtmbG93RXJyb3JzLCB3b3JrZmxvd1N1Y2Nlc3MgfSBmcm9tICcuL21ldHJpY3MudHMnO1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuY29uc3QgTUFYX0xPR0dFRF9FUlJPUlMgPSA1O1xubGV0IGxvZ2dlZEVycm9ycyA9IDA7XG5cbmV4cG9ydCBmdW5jdGlvbiBydW5Xb3JrZmxvdyhuYW1lOiBzdHJpbmcsIHdvcmtmbG93OiBXb3JrZmxvdywgY3R4OiBDb250ZXh0KTogdm9pZCB7XG4gIGNvbnN0IHRhZ3MgPSB7IHdvcmtmbG93OiBuYW1lIH07XG4gIHRyeSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZCh3b3JrZmxvdyhjdHgpLCB0YWdzKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKGZhbHNlLCB0YWdzKTtcbiAgICB3b3JrZmxvd0Vycm9ycy5hZGQoMSwgdGFncyk7XG4gICAgaWYgKGxvZ2dlZEVycm9ycysrIDwgTUFYX0xPR0dFRF9FUlJPUlMpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoYHdvcmtmbG93IFwiJHtuYW1lfVwiIHRocmV3OiAke2Vycm9yIGluc3RhbmNlb2YgRXJyb3IgPyAoZXJyb3Iuc3RhY2sgPz8gZXJyb3IubWVzc2FnZSkgOiBTdHJpbmcoZXJyb3IpfWApO1xuICAgIH1cbiAgfVxufVxuIiwgIi8vIFdoYXQgZWFjaCBraW5kIG9mIHVzZXIgZG9lcyBpbiBvbmUgaXRlcmF0aW9uLiBTY2VuYXJpb3Mgb25seSBjaG9vc2Ugd2hvIHJ1bnMgYW5kIGhvdyBvZnRlbjtcbi8vIG5vIHNjZW5hcmlvIHJlLWltcGxlbWVudHMgdGhlc2UuIEV2ZXJ5IHdvcmtmbG93IHJldHVybnMgd2hldGhlciBhbGwgb2YgaXRzIHN0ZXBzIHN1Y2NlZWRlZC5cbmltcG9ydCB7IGdyb3VwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBFeHBvcnRGb3JtYXQsIHR5cGUgSWQgfSBmcm9tICcuL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IGdlbmVyYXRlQW5kV2FpdCB9IGZyb20gJy4vZ2VuZXJhdGlvbi50cyc7XG5pbXBvcnQgeyBjb3Vyc2VzQ3JlYXRlZCB9IGZyb20gJy4vbWV0cmljcy50cyc7XG5pbXBvcnQgeyBwaWNrT25lLCBwaWNrV2VpZ2h0ZWQsIHRoaW5rIH0gZnJvbSAnLi9wYWNpbmcudHMnO1xuaW1wb3J0IHR5cGUgeyBSdW5EYXRhIH0gZnJvbSAnLi9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGV4dCB7XG4gIGNvbmZpZzogQ29uZmlnO1xuICBkYXRhOiBSdW5EYXRhO1xufVxuXG5leHBvcnQgdHlwZSBXb3JrZmxvdyA9IChjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmxldCBjbGllbnRzOiBSZWNvcmQ8c3RyaW5nLCBBcGlDbGllbnQ+ID0ge307XG4vKiogT25lIGNsaWVudCBwZXIgdG9rZW4gcGVyIFZVLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbmZ1bmN0aW9uIGNsaWVudEZvcihjdHg6IENvbnRleHQsIHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICByZXR1cm4gKGNsaWVudHNbdG9rZW5dID8/PSBuZXcgQXBpQ2xpZW50KGN0eC5jb25maWcuYmFzZVVybCwgY3R4LmNvbmZpZy5hcGlUaW1lb3V0UywgdG9rZW4pKTtcbn1cbi8qKiBSZXNldHMgdGhlIHBlci1WVSBjbGllbnQgY2FjaGUgKHRlc3RzIGFuZCBsb25nIHJ1bnMgd2l0aCByZS1sb2dpbikuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzZXRDbGllbnRzKCk6IHZvaWQge1xuICBjbGllbnRzID0ge307XG59XG5cbi8qKiBBIHRpdGxlIHVuaXF1ZSB0byB0aGlzIHJ1biwgVlUgYW5kIGl0ZXJhdGlvbiwgc28gY29uY3VycmVudCB1c2VycyBuZXZlciBjb2xsaWRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXF1ZVRpdGxlKGtpbmQ6IHN0cmluZywgY3R4OiBDb250ZXh0KTogc3RyaW5nIHtcbiAgcmV0dXJuIGBwZXJmLSR7a2luZH0gJHtjdHguZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YDtcbn1cblxuY29uc3QgRVhQT1JUX0ZPUk1BVFM6IHJlYWRvbmx5IEV4cG9ydEZvcm1hdFtdID0gWydqc29uJywgJ21hcmtkb3duJywgJ2h0bWwnXTtcblxuLyoqIFJlYWRzIGEgY291cnNlIGFuZCBvbmUgb2YgaXRzIGdlbmVyYXRlZCBjaGFwdGVycy4gKi9cbmZ1bmN0aW9uIHJlYWRDb3Vyc2UoY2xpZW50OiBBcGlDbGllbnQsIGlkOiBJZCk6IGJvb2xlYW4ge1xuICBjb25zdCBjb3Vyc2UgPSBjbGllbnQuZ2V0Q291cnNlKGlkKTtcbiAgaWYgKCFjb3Vyc2UuYm9keSkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBnZW5lcmF0ZWQgPSAoY291cnNlLmJvZHkuY2hhcHRlcnMgPz8gW10pLmZpbHRlcigoYykgPT4gYy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKTtcbiAgY29uc3QgY2hhcHRlciA9IHBpY2tPbmUoZ2VuZXJhdGVkKTtcbiAgcmV0dXJuIGNoYXB0ZXIgPT09IHVuZGVmaW5lZCB8fCBjbGllbnQuZ2V0Q2hhcHRlcihpZCwgY2hhcHRlci5pbmRleCkub2s7XG59XG5cbnR5cGUgUmVndWxhclRhc2sgPSAoY2xpZW50OiBBcGlDbGllbnQsIGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxuY29uc3QgcmVndWxhclRhc2tzOiB7IHdlaWdodDogbnVtYmVyOyB0YXNrOiBSZWd1bGFyVGFzayB9W10gPSBbXG4gIHsgd2VpZ2h0OiA1LCB0YXNrOiAoY2xpZW50KSA9PiBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAsIG9mZnNldDogTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogMykgKiAyMCB9KS5vayB9LFxuICB7XG4gICAgd2VpZ2h0OiA0LFxuICAgIHRhc2s6IChjbGllbnQsIGN0eCkgPT4ge1xuICAgICAgY29uc3QgaWQgPSBwaWNrT25lKGN0eC5kYXRhLnNlZWRlZENvdXJzZUlkcyk7XG4gICAgICByZXR1cm4gaWQgPT09IHVuZGVmaW5lZCB8fCByZWFkQ291cnNlKGNsaWVudCwgaWQpO1xuICAgIH0sXG4gIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDEsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB1bmlxdWVUaXRsZSgnc2NyYXRjaCcsIGN0eCksIHRvcGljOiAnYWxnZWJyYScsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICAgIGNvbnN0IHJlYWRCYWNrID0gY2xpZW50LmdldENvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgICAgcmV0dXJuIHJlYWRCYWNrICYmIGNsaWVudC5kZWxldGVDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICB9LFxuICB9LFxuXTtcblxuLyoqIEJyb3dzZXMgdGhlIGNvdXJzZSBsaXN0LCBvcGVucyBjb3Vyc2VzIGFuZCByZWFkcyBjaGFwdGVyczsgbm93IGFuZCB0aGVuIGNyZWF0ZXMgb25lLiAqL1xuZXhwb3J0IGNvbnN0IHJlZ3VsYXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdyZWd1bGFyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLnJlZ3VsYXIpO1xuICAgIGxldCBvayA9IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCB9KS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIGZvciAobGV0IHN0ZXAgPSAwOyBzdGVwIDwgMzsgc3RlcCsrKSB7XG4gICAgICBvayA9IHBpY2tXZWlnaHRlZChyZWd1bGFyVGFza3MpKGNsaWVudCwgY3R4KSAmJiBvaztcbiAgICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBDcmVhdGVzIGEgY291cnNlLCBnZW5lcmF0ZXMgaXQsIGZvbGxvd3MgdGhlIGpvYiwgcmVhZHMgYW5kIGV4cG9ydHMgdGhlIHJlc3VsdCwgdGhlbiBkZWxldGVzIGl0LiAqL1xuZXhwb3J0IGNvbnN0IHBvd2VyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncG93ZXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCB7IGNvbmZpZyB9ID0gY3R4O1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsIGN0eC5kYXRhLnRva2Vucy5wb3dlcik7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdwb3dlcicsIGN0eCksXG4gICAgICB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMnLFxuICAgICAgbGV2ZWw6ICdhZHZhbmNlZCcsXG4gICAgICBjaGFwdGVyX2NvdW50OiBjb25maWcuY2hhcHRlcnNQZXJDb3Vyc2UsXG4gICAgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIGxldCBvayA9IGNsaWVudC51cGRhdGVDb3Vyc2UoaWQsIHsgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zLCByZXZpc2VkJyB9KS5vaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KGNsaWVudCwgaWQsIGNvbmZpZy5wb2xsSW50ZXJ2YWxTLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTKTtcbiAgICBvayA9IGdlbmVyYXRpb24uY29tcGxldGVkICYmIG9rO1xuICAgIGlmIChnZW5lcmF0aW9uLmNvbXBsZXRlZCkge1xuICAgICAgb2sgPSByZWFkQ291cnNlKGNsaWVudCwgaWQpICYmIG9rO1xuICAgICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgICAgb2sgPSBjbGllbnQuZXhwb3J0Q291cnNlKGlkLCBwaWNrT25lKEVYUE9SVF9GT1JNQVRTKSA/PyAnanNvbicpLm9rICYmIG9rO1xuICAgIH1cbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgcmV0dXJuIGNsaWVudC5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcblxuLyoqIFdhdGNoZXMgdGhlIHN5c3RlbTogc3RhdHMsIHRoZSBqb2IgbGlzdCwgdGhlIHVzZXIgbGlzdCwgYW5kIHJlbW92ZXMgY291cnNlcyBlYXJsaWVyIHJ1bnMgbGVmdCBiZWhpbmQuICovXG5leHBvcnQgY29uc3QgYWRtaW5Vc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdhZG1pbiB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsIGN0eC5kYXRhLnRva2Vucy5hZG1pbik7XG4gICAgbGV0IG9rID0gY2xpZW50LmFkbWluU3RhdHMoKS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluSm9icygyMCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAvLyBMZWZ0b3ZlcnMgb2YgaW50ZXJydXB0ZWQgcnVuczogdGl0bGVzIG9mIG90aGVyIHJ1bnMgb25seSwgbmV2ZXIgdGhpcyBydW4ncyBsaXZlIGNvdXJzZXMuXG4gICAgY29uc3QgbGVmdG92ZXJzID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgcTogJ3BlcmYtJywgbGltaXQ6IDIwIH0pLmJvZHk/Lml0ZW1zID8/IFtdO1xuICAgIGZvciAoY29uc3QgY291cnNlIG9mIGxlZnRvdmVycy5maWx0ZXIoKGMpID0+ICFjLnRpdGxlLmluY2x1ZGVzKGN0eC5kYXRhLnJ1bklkKSkuc2xpY2UoMCwgNSkpIHtcbiAgICAgIG9rID0gY2xpZW50LmRlbGV0ZUNvdXJzZShjb3Vyc2UuaWQpLm9rICYmIG9rO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogRXZlcnkgZW5kcG9pbnQgYXQgbGVhc3Qgb25jZTogdGhlIHNtb2tlIGNoZWNrLiAqL1xuZXhwb3J0IGNvbnN0IGV2ZXJ5RW5kcG9pbnQ6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2V2ZXJ5IGVuZHBvaW50JywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnLCBkYXRhIH0gPSBjdHg7XG4gICAgY29uc3QgdXNlciA9IGNsaWVudEZvcihjdHgsIGRhdGEudG9rZW5zLnBvd2VyKTtcbiAgICBjb25zdCBhZG1pbiA9IGNsaWVudEZvcihjdHgsIGRhdGEudG9rZW5zLmFkbWluKTtcbiAgICBsZXQgb2sgPSB1c2VyLmhlYWx0aCgpLm9rO1xuICAgIG9rID0gdXNlci5saXN0Q291cnNlcyh7IGxpbWl0OiA1IH0pLm9rICYmIG9rO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB1bmlxdWVUaXRsZSgnc21va2UnLCBjdHgpLCB0b3BpYzogJ3Ntb2tlIHRlc3RpbmcnLCBsZXZlbDogJ2ludGVybWVkaWF0ZScsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgb2sgPSB1c2VyLmdldENvdXJzZShpZCkub2sgJiYgb2s7XG4gICAgb2sgPSB1c2VyLnVwZGF0ZUNvdXJzZShpZCwgeyB0aXRsZTogYCR7Y3JlYXRlZC5ib2R5LnRpdGxlfSAoZWRpdGVkKWAgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdCh1c2VyLCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHVzZXIuZ2V0Q2hhcHRlcihpZCwgZ2VuZXJhdGlvbi5qb2I/LmNoYXB0ZXJzWzBdPy5pbmRleCA/PyAwKS5vayAmJiBvaztcbiAgICAgIGZvciAoY29uc3QgZm9ybWF0IG9mIEVYUE9SVF9GT1JNQVRTKSBvayA9IHVzZXIuZXhwb3J0Q291cnNlKGlkLCBmb3JtYXQpLm9rICYmIG9rO1xuICAgIH1cbiAgICBvayA9IGFkbWluLmFkbWluU3RhdHMoKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluSm9icygxMCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgcmV0dXJuIHVzZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG4iLCAiLy8gU3RhcnRpbmcgYSBjb3Vyc2UncyBnZW5lcmF0aW9uIGFuZCBmb2xsb3dpbmcgaXRzIGpvYiB0byB0aGUgZW5kLCByZWNvcmRpbmcgaG93IGxvbmcgaXQgdG9va1xuLy8gZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKHRoZSBzZXJ2ZXIncyB2aWV3KSBhbmQgZnJvbSB0aGUgcG9sbGVyJ3MgKHRoZSB1c2VyJ3MgdmlldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBJZCwgSm9iIH0gZnJvbSAnLi9hcGkudHMnO1xuaW1wb3J0IHsgY2hhcHRlckdlbmVyYXRpb25NcywgY291cnNlR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcywgZ2VuZXJhdGlvbkZhaWxlZCB9IGZyb20gJy4vbWV0cmljcy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb21wbGV0ZWQ6IGJvb2xlYW47XG4gIGpvYjogSm9iIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBtaWxsaXNCZXR3ZWVuKGZyb206IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQsIHRvOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFmcm9tIHx8ICF0bykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbXMgPSBEYXRlLnBhcnNlKHRvKSAtIERhdGUucGFyc2UoZnJvbSk7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpICYmIG1zID49IDAgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcmVjb3JkSm9iVGltZXMoam9iOiBKb2IpOiB2b2lkIHtcbiAgZm9yIChjb25zdCBjaGFwdGVyIG9mIGpvYi5jaGFwdGVycykge1xuICAgIGNvbnN0IG1zID0gY2hhcHRlci5kdXJhdGlvbl9tcyA/PyBtaWxsaXNCZXR3ZWVuKGNoYXB0ZXIuc3RhcnRlZF9hdCwgY2hhcHRlci5maW5pc2hlZF9hdCk7XG4gICAgaWYgKHR5cGVvZiBtcyA9PT0gJ251bWJlcicgJiYgY2hhcHRlci5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBjaGFwdGVyR2VuZXJhdGlvbk1zLmFkZChtcyk7XG4gIH1cbiAgY29uc3QgdG90YWwgPSBtaWxsaXNCZXR3ZWVuKGpvYi5jcmVhdGVkX2F0LCBqb2IuZmluaXNoZWRfYXQpO1xuICBpZiAodG90YWwgIT09IHVuZGVmaW5lZCkgY291cnNlR2VuZXJhdGlvbk1zLmFkZCh0b3RhbCk7XG59XG5cbi8qKiBTdGFydHMgZ2VuZXJhdGlvbiBhbmQgcG9sbHMgdGhlIGpvYiB1bnRpbCBpdCBjb21wbGV0ZXMsIGZhaWxzLCBvciBgdGltZW91dFNgIHBhc3Nlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50OiBBcGlDbGllbnQsIGNvdXJzZUlkOiBJZCwgcG9sbEludGVydmFsUzogbnVtYmVyLCB0aW1lb3V0UzogbnVtYmVyKTogR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb25zdCBhY2NlcHRlZCA9IGNsaWVudC5nZW5lcmF0ZShjb3Vyc2VJZCk7XG4gIGlmICghYWNjZXB0ZWQuYm9keSkge1xuICAgIGdlbmVyYXRpb25GYWlsZWQuYWRkKHRydWUpO1xuICAgIHJldHVybiB7IGNvbXBsZXRlZDogZmFsc2UsIGpvYjogdW5kZWZpbmVkIH07XG4gIH1cbiAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gIGNvbnN0IGRlYWRsaW5lID0gc3RhcnRlZCArIHRpbWVvdXRTICogMTAwMDtcbiAgbGV0IGpvYjogSm9iIHwgdW5kZWZpbmVkO1xuICB3aGlsZSAoRGF0ZS5ub3coKSA8IGRlYWRsaW5lKSB7XG4gICAgc2xlZXAocG9sbEludGVydmFsUyk7XG4gICAgY29uc3QgcG9sbGVkID0gY2xpZW50LmdldEpvYihhY2NlcHRlZC5ib2R5LmpvYl9pZCk7XG4gICAgaWYgKCFwb2xsZWQuYm9keSkgY29udGludWU7XG4gICAgam9iID0gcG9sbGVkLmJvZHk7XG4gICAgaWYgKGpvYi5zdGF0dXMgPT09ICdjb21wbGV0ZWQnIHx8IGpvYi5zdGF0dXMgPT09ICdmYWlsZWQnKSBicmVhaztcbiAgfVxuICBjb25zdCBjb21wbGV0ZWQgPSBqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCc7XG4gIGdlbmVyYXRpb25GYWlsZWQuYWRkKCFjb21wbGV0ZWQpO1xuICBpZiAoY29tcGxldGVkICYmIGpvYikge1xuICAgIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLmFkZChEYXRlLm5vdygpIC0gc3RhcnRlZCk7XG4gICAgcmVjb3JkSm9iVGltZXMoam9iKTtcbiAgfVxuICByZXR1cm4geyBjb21wbGV0ZWQsIGpvYiB9O1xufVxuIiwgIi8vIEhvdyBzaW11bGF0ZWQgdXNlcnMgcGFjZSB0aGVtc2VsdmVzIGFuZCBjaG9vc2Ugd2hhdCB0byBkbyBuZXh0LlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5cbi8qKiBTbGVlcHMgYSB1bmlmb3JtbHkgZHJhd24gdGhpbmsgdGltZSBpbiBbbWluLCBtYXhdIHNlY29uZHMuICovXG5leHBvcnQgZnVuY3Rpb24gdGhpbmsocmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH0pOiB2b2lkIHtcbiAgY29uc3Qgc2Vjb25kcyA9IHJhbmdlLm1pbiArIE1hdGgucmFuZG9tKCkgKiAocmFuZ2UubWF4IC0gcmFuZ2UubWluKTtcbiAgaWYgKHNlY29uZHMgPiAwKSBzbGVlcChzZWNvbmRzKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBXZWlnaHRlZFRhc2s8VD4ge1xuICB3ZWlnaHQ6IG51bWJlcjtcbiAgdGFzazogVDtcbn1cblxuLyoqIFBpY2tzIG9uZSB0YXNrIHdpdGggcHJvYmFiaWxpdHkgcHJvcG9ydGlvbmFsIHRvIGl0cyB3ZWlnaHQuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja1dlaWdodGVkPFQ+KHRhc2tzOiByZWFkb25seSBXZWlnaHRlZFRhc2s8VD5bXSwgcmFuZG9tOiBudW1iZXIgPSBNYXRoLnJhbmRvbSgpKTogVCB7XG4gIGNvbnN0IHRvdGFsID0gdGFza3MucmVkdWNlKChzdW0sIHQpID0+IHN1bSArIHQud2VpZ2h0LCAwKTtcbiAgbGV0IHBvaW50ID0gcmFuZG9tICogdG90YWw7XG4gIGZvciAoY29uc3QgdCBvZiB0YXNrcykge1xuICAgIHBvaW50IC09IHQud2VpZ2h0O1xuICAgIGlmIChwb2ludCA8IDApIHJldHVybiB0LnRhc2s7XG4gIH1cbiAgcmV0dXJuIHRhc2tzW3Rhc2tzLmxlbmd0aCAtIDFdIS50YXNrO1xufVxuXG4vKiogUGlja3Mgb25lIGVsZW1lbnQgdW5pZm9ybWx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tPbmU8VD4oaXRlbXM6IHJlYWRvbmx5IFRbXSk6IFQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gaXRlbXMubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogaXRlbXNbTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogaXRlbXMubGVuZ3RoKV07XG59XG4iLCAiLy8gVGhlIG1peGVkIHVzZXIgcG9wdWxhdGlvbiBzaGFyZWQgYnkgbG9hZCwgcmFtcC11cCBhbmQgc29hazogb25lIGs2IHNjZW5hcmlvIGFuZCBvbmUgZXhlY1xuLy8gZnVuY3Rpb24gcGVyIHVzZXIgY2xhc3MuIEVudHJpZXMgcmUtZXhwb3J0IHRoZSBleGVjIGZ1bmN0aW9ucywgYXMgazYgbG9va3MgdGhlbSB1cCBieSBuYW1lIGluXG4vLyB0aGUgZW50cnkgbW9kdWxlLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBydW5Xb3JrZmxvdyB9IGZyb20gJy4vcnVuLXdvcmtmbG93LnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4vc2V0dXAudHMnO1xuaW1wb3J0IHsgc3BsaXRVc2VycywgdHlwZSBTY2VuYXJpbyB9IGZyb20gJy4vc2hhcGVzLnRzJztcbmltcG9ydCB7IGFkbWluVXNlciwgcG93ZXJVc2VyLCByZWd1bGFyVXNlciwgdHlwZSBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuLyoqIFNjZW5hcmlvcyBmb3IgdGhlIHRocmVlIGNsYXNzZXMsIHNwbGl0dGluZyBgdG90YWxVc2Vyc2AgYnkgYGNvbmZpZy53ZWlnaHRzYCwgZWFjaCBpbiB0aGUgZ2l2ZW4gc2hhcGUuICovXG5leHBvcnQgZnVuY3Rpb24gcG9wdWxhdGlvblNjZW5hcmlvcyhjb25maWc6IENvbmZpZywgdG90YWxVc2VyczogbnVtYmVyLCBzaGFwZTogKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIpID0+IFNjZW5hcmlvKTogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+IHtcbiAgY29uc3QgdXNlcnMgPSBzcGxpdFVzZXJzKHRvdGFsVXNlcnMsIGNvbmZpZy53ZWlnaHRzKTtcbiAgcmV0dXJuIHtcbiAgICByZWd1bGFyX3VzZXJzOiBzaGFwZSgncmVndWxhclVzZXJzJywgdXNlcnMucmVndWxhciksXG4gICAgcG93ZXJfdXNlcnM6IHNoYXBlKCdwb3dlclVzZXJzJywgdXNlcnMucG93ZXIpLFxuICAgIGFkbWluX3VzZXJzOiBzaGFwZSgnYWRtaW5Vc2VycycsIHVzZXJzLmFkbWluKSxcbiAgfTtcbn1cblxuLyoqIFRoZSBleGVjIGZ1bmN0aW9ucyB0aG9zZSBzY2VuYXJpb3MgbmFtZTsgYGJlZm9yZUVhY2hgIHJ1bnMgZmlyc3QgaW4gZXZlcnkgaXRlcmF0aW9uIChlLmcuIHNldHRpbmcgdGhlIHBoYXNlIHRhZykuICovXG5leHBvcnQgZnVuY3Rpb24gcG9wdWxhdGlvbkV4ZWNzKGNvbmZpZzogQ29uZmlnLCBiZWZvcmVFYWNoOiAoKSA9PiB2b2lkID0gKCkgPT4gdW5kZWZpbmVkKSB7XG4gIGNvbnN0IGV4ZWMgPSAobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3cpID0+IChkYXRhOiBSdW5EYXRhKTogdm9pZCA9PiB7XG4gICAgYmVmb3JlRWFjaCgpO1xuICAgIHJ1bldvcmtmbG93KG5hbWUsIHdvcmtmbG93LCB7IGNvbmZpZywgZGF0YSB9KTtcbiAgfTtcbiAgcmV0dXJuIHsgcmVndWxhclVzZXJzOiBleGVjKCdyZWd1bGFyJywgcmVndWxhclVzZXIpLCBwb3dlclVzZXJzOiBleGVjKCdwb3dlcicsIHBvd2VyVXNlciksIGFkbWluVXNlcnM6IGV4ZWMoJ2FkbWluJywgYWRtaW5Vc2VyKSB9O1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogeyBlbmRwb2ludCB9LCBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dIH0sXG4gIF0pO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cbiIsICIvLyByYW1wLXVwOiBkb2VzIGl0IGhvbGQgdXAgdW5kZXIgc3VzdGFpbmVkIGxvYWQgYXMgdXNlcnMgYXJyaXZlIGdyYWR1YWxseT8gVGhlIG1peGVkIHBvcHVsYXRpb25cbi8vIHJhbXBzIHVwIHNsb3dseSB0byBQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTIGFuZCBob2xkcy4gR2F0ZXMgb3ZlciB0aGUgaG9sZDogQVBJIHA5NSB1bmRlclxuLy8gUkFNUF9IT0xEX1A5NV9NUywgc3VjY2VzcyA+PSA5NSAlLCBhbmQgbm8gdXB3YXJkIGxhdGVuY3kgdHJlbmQ6IGVhY2ggVlUncyBsYXRlbmN5IGluIHRoZSBsYXRlXG4vLyBob2xkIGRpdmlkZWQgYnkgaXRzIG93biBlYXJseS1ob2xkIG1lZGlhbiAoaG9sZF9sYXRlbmN5X2RyaWZ0KSBtdXN0IHN0YXkgYmVsb3cgUkFNUF9EUklGVF9MSU1JVC5cbi8vIEVudjogUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUywgUEVSRk9STUFOQ0VfUkFNUF9VUCAoZGVmYXVsdCA2MCBzKSwgUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTlxuLy8gKHRoZSBob2xkKSwgUkFNUF9IT0xEX1A5NV9NUyAoNTAwKSwgUkFNUF9EUklGVF9MSU1JVCAoMS41KS5cbmltcG9ydCB7IGVudk51bWJlciB9IGZyb20gJy4uL2xpYi9jb25maWcudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2VudHJ5LnRzJztcbmltcG9ydCB7IGd1YXJkZWRDb25maWcgfSBmcm9tICcuLi9saWIvZW52LnRzJztcbmltcG9ydCB7IGVudGVyUGhhc2UsIHRyYWNrRHJpZnQsIHR5cGUgUGhhc2UgfSBmcm9tICcuLi9saWIvcGhhc2VzLnRzJztcbmltcG9ydCB7IG1ha2VIYW5kbGVTdW1tYXJ5IH0gZnJvbSAnLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyc7XG5pbXBvcnQgeyBwcmVwYXJlUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi9saWIvc2V0dXAudHMnO1xuaW1wb3J0IHsgcmFtcGluZ0R1cmF0aW9uUywgcmFtcGluZ1VzZXJzIH0gZnJvbSAnLi4vbGliL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBwb3B1bGF0aW9uRXhlY3MsIHBvcHVsYXRpb25TY2VuYXJpb3MgfSBmcm9tICcuLi9saWIvcG9wdWxhdGlvbi50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlcnJvckdhdGVzLCBzdWNjZXNzR2F0ZXMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2dhdGVzLnRzJztcblxuY29uc3QgYmFzZSA9IGd1YXJkZWRDb25maWcoJ3JhbXAtdXAnKTtcbmNvbnN0IGNvbmZpZyA9IHsgLi4uYmFzZSwgcmFtcFVwUzogZW52TnVtYmVyKF9fRU5WLCAnUEVSRk9STUFOQ0VfUkFNUF9VUCcsIDYwLCB7IG1pbjogMSwgbWF4OiA4Nl80MDAsIGludGVnZXI6IHRydWUsIHdoYXQ6ICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJyB9KSB9O1xuY29uc3QgaG9sZFA5NSA9IGVudk51bWJlcihfX0VOViwgJ1JBTVBfSE9MRF9QOTVfTVMnLCA1MDAsIHsgbWluOiAxLCBtYXg6IDYwMF8wMDAsIHdoYXQ6ICdtaWxsaXNlY29uZHMnIH0pO1xuY29uc3QgZHJpZnRMaW1pdCA9IGVudk51bWJlcihfX0VOViwgJ1JBTVBfRFJJRlRfTElNSVQnLCAxLjUsIHsgbWluOiAxLCBtYXg6IDEwMCB9KTtcbmNvbnN0IHBoYXNlczogUGhhc2VbXSA9IFtcbiAgeyBuYW1lOiAncmFtcCcsIHVudGlsUzogY29uZmlnLnJhbXBVcFMgfSxcbiAgeyBuYW1lOiAnaG9sZF9lYXJseScsIHVudGlsUzogY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TIC8gMiB9LFxuICB7IG5hbWU6ICdob2xkX2xhdGUnLCB1bnRpbFM6IGNvbmZpZy5yYW1wVXBTICsgY29uZmlnLmR1cmF0aW9uUyB9LFxuICB7IG5hbWU6ICdyYW1wX2Rvd24nLCB1bnRpbFM6IEluZmluaXR5IH0sXG5dO1xudHJhY2tEcmlmdCgnaG9sZF9sYXRlbmN5X2RyaWZ0JywgcGhhc2VzLCAnaG9sZF9lYXJseScsIFsnaG9sZF9sYXRlJ10pO1xuXG5leHBvcnQgY29uc3Qgb3B0aW9ucyA9IGVudHJ5T3B0aW9ucyhjb25maWcsIHtcbiAgd2FsbFRpbWVTOiByYW1waW5nRHVyYXRpb25TKGNvbmZpZyksXG4gIHNjZW5hcmlvczoge1xuICAgIC4uLnBvcHVsYXRpb25TY2VuYXJpb3MoY29uZmlnLCBjb25maWcuY29uY3VycmVudFVzZXJzLCAoZXhlYywgdnVzKSA9PiByYW1waW5nVXNlcnMoZXhlYywgdnVzLCBjb25maWcpKSxcbiAgfSxcbiAgZ2F0ZXM6IFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJywgdGFnczogeyBwaGFzZTogJ2hvbGRfZWFybHknLCBzY29wZTogJ2FwaScgfSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiBob2xkUDk1IH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IHsgcGhhc2U6ICdob2xkX2xhdGUnLCBzY29wZTogJ2FwaScgfSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiBob2xkUDk1IH1dIH0sXG4gICAgeyBtZXRyaWM6ICdob2xkX2xhdGVuY3lfZHJpZnQnLCBydWxlczogW3sgc3RhdDogJ21lZCcsIG9wOiAnPCcsIHZhbHVlOiBkcmlmdExpbWl0IH1dIH0sXG4gICAgLi4uZXJyb3JHYXRlcyhjb25maWcudGFyZ2V0cywgW10pLFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyhjb25maWcudGFyZ2V0cyksXG4gICAgLi4uYWJvcnRHYXRlcygpLFxuICBdLFxufSk7XG5cbmV4cG9ydCB7IHBvbGxSZXNvdXJjZXMsIHRlYXJkb3duIH0gZnJvbSAnLi4vbGliL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ3JhbXAtdXAnIH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHJldHVybiBwcmVwYXJlUnVuKGNvbmZpZyk7XG59XG5cbmV4cG9ydCBjb25zdCB7IHJlZ3VsYXJVc2VycywgcG93ZXJVc2VycywgYWRtaW5Vc2VycyB9ID0gcG9wdWxhdGlvbkV4ZWNzKGNvbmZpZywgKCkgPT4gZW50ZXJQaGFzZShwaGFzZXMpKTtcbiJdLAogICJtYXBwaW5ncyI6ICI7QUF1Qk8sSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ09NLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUlBLFNBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsU0FBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFFBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDeEY7QUFFQSxTQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsU0FBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLFVBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxRQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxJQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsSUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsUUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLFNBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtBQUNqQztBQUVBLFNBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsUUFBTSxXQUFXO0FBQ2pCLE1BQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFFBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUdPLFNBQVMsWUFBWSxLQUFrQjtBQUM1QyxRQUFNLElBQUk7QUFDVixRQUFNLFlBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixRQUFNLFVBQVUsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssdUJBQXVCLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdEgsU0FBTztBQUFBLElBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7QUFBQSxJQUNyRCxPQUFPO0FBQUEsTUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtBQUFBLE1BQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLE1BQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLElBQzdFO0FBQUEsSUFDQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztBQUFBLElBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsSUFDaEU7QUFBQSxJQUNBLFdBQVcsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxJQUMvRSxTQUFTLFFBQVEsS0FBSywwQkFBMEI7QUFBQSxJQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7QUFBQSxJQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztBQUFBLElBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztBQUFBLElBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7QUFBQSxJQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7QUFBQSxJQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7QUFBQSxJQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7QUFBQSxJQUN2RCxTQUFTO0FBQUEsTUFDUCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtBQUFBLE1BQzdGLGFBQWEsU0FBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7QUFBQSxNQUNsRSxXQUFXLFNBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO0FBQUEsTUFDNUQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtBQUFBLE1BQ3pFLFlBQVksU0FBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7QUFBQSxNQUM5RixzQkFBc0IsU0FBUyxHQUFHLEtBQVcsNEJBQTRCLEtBQUssRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtBQUFBLElBQ25KO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxPQUFPLFNBQXlCO0FBQzlDLFFBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELFVBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0FBQ3hDO0FBRU8sU0FBUyxXQUFXLE1BQXVCO0FBQ2hELFNBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtBQUNuSDtBQU1PLFNBQVMsb0JBQW9CQSxTQUFnQixPQUFxQjtBQUN2RSxRQUFNLE9BQU8sT0FBT0EsUUFBTyxPQUFPO0FBQ2xDLE1BQUksV0FBVyxJQUFJLEtBQUtBLFFBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxRQUFNLElBQUk7QUFBQSxJQUNSLG9CQUFvQixLQUFLLGFBQWFBLFFBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtBQUFBLEVBQ2hGO0FBQ0Y7QUFNTyxTQUFTLFVBQVUsS0FBVSxNQUFjLFVBQWtCLE9BQStFO0FBQ2pKLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQzFNTyxJQUFNLFNBQWlCLFlBQVksS0FBSztBQUd4QyxTQUFTLGNBQWMsT0FBdUI7QUFDbkQsc0JBQW9CLFFBQVEsS0FBSztBQUNqQyxTQUFPO0FBQ1Q7OztBQ05BLE9BQU8sVUFBVTtBQUNqQixTQUFTLFNBQVMsYUFBYTs7O0FDMkIvQixJQUFNLGNBQWM7QUFDcEIsSUFBTSxXQUFXO0FBQ2pCLElBQU0sYUFBYTtBQUdaLFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsWUFBWSxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDM0csUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFNBQVMsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLEtBQUssS0FBSyxHQUFHO0FBQ2hELFlBQU0sSUFBSSxNQUFNLGVBQWUsR0FBRyxJQUFJLEtBQUssT0FBTyxNQUFNLDJEQUEyRDtBQUFBLElBQ3JIO0FBQUEsRUFDRjtBQUNBLFNBQU8sR0FBRyxNQUFNLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUNoRjtBQUdPLFNBQVMsV0FBVyxNQUFtRDtBQUM1RSxRQUFNLGFBQWEsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUM1QyxNQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsVUFBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7QUFBQSxFQUNsRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BJLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUMsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPLEVBQUUsV0FBV0EsT0FBTSxhQUFhLE1BQU0sR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDLEVBQUc7QUFDdkg7QUFHTyxTQUFTLGVBQWUsT0FBNkI7QUFDMUQsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsUUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOzs7QUQvRE8sSUFBTSxtQkFBbUIsSUFBSSxNQUFNLG9CQUFvQjtBQUV2RCxJQUFNLHdCQUF3QixJQUFJLE1BQU0sMEJBQTBCO0FBRWxFLElBQU0saUJBQWlCLElBQUksTUFBTSxrQkFBa0I7QUFFbkQsSUFBTSx1QkFBdUIsSUFBSSxRQUFRLHdCQUF3QjtBQUVqRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0saUNBQWlDO0FBUzdFLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBRWxHLElBQUksU0FBUztBQUNiLElBQUk7QUFHRyxTQUFTLGtCQUFrQixXQUFtQixXQUE4QjtBQUNqRixTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFNO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixVQUFVO0FBQUEsSUFDVixVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDOUMsaUJBQWlCO0FBQUEsSUFDakIsUUFBUTtBQUFBLElBQ1IsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7QUFBQSxFQUNuQztBQUNGO0FBRUEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVFPLFNBQVMsY0FBYyxZQUEwQjtBQUN0RCxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLE1BQThDLElBQUksSUFBSSxJQUFJO0FBQzVGLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLHlCQUFxQixJQUFJLENBQUM7QUFDMUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLHNCQUFxQixJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzNHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMscUJBQWlCLElBQUksT0FBTyxXQUFXO0FBQ3ZDLDBCQUFzQixJQUFJLE9BQU8saUJBQWlCO0FBQ2xELG1CQUFlLElBQUksT0FBTyxTQUFTO0FBQ25DLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQUEsRUFDdEM7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFlBQTBCO0FBQzNELFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxVQUFVLFlBQVksSUFBYTtBQUMzRCxRQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU0sTUFBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsTUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkIsU0FBVSxvQkFBbUIsSUFBSSxRQUFRLHdCQUF3QjtBQUM5SDtBQVlPLFNBQVMsY0FBYyxRQUFnQztBQUM1RCxRQUFNLFFBQWdCO0FBQUEsSUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNBLE1BQUksT0FBTyxtQkFBbUIsT0FBVyxPQUFNLEtBQUssRUFBRSxRQUFRLG1DQUFtQyxPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUMsRUFBRSxDQUFDO0FBQ2xLLE1BQUksT0FBTyxjQUFlLE9BQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ3hILFNBQU87QUFDVDs7O0FFbEdPLFNBQVMsV0FBVyxPQUFlQyxVQUErQztBQUN2RixRQUFNLE9BQU8sQ0FBQyxXQUFXLFNBQVMsT0FBTztBQUN6QyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTyxRQUFRQSxTQUFRLENBQUMsSUFBSyxHQUFHO0FBQ3hELFFBQU0sU0FBUyxNQUFNLElBQUksS0FBSyxLQUFLO0FBQ25DLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEtBQUssTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEVBQUU7QUFDMUgsV0FBUyxPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLE9BQU8sR0FBRyxRQUFRLElBQUssUUFBTyxNQUFNLElBQUksQ0FBQyxDQUFFO0FBRTdHLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFFBQUlBLFNBQVEsS0FBSyxDQUFDLENBQUUsSUFBSSxLQUFLLE9BQU8sQ0FBQyxNQUFNLEtBQUssU0FBUyxHQUFHO0FBQzFELFlBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDO0FBQ2xELGFBQU8sT0FBTztBQUNkLGFBQU8sQ0FBQztBQUFBLElBQ1Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLFNBQVMsT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsR0FBSSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3JFO0FBR08sU0FBUyxhQUFhQyxPQUFjLEtBQWFDLFNBQXVFO0FBQzdILFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQUFEO0FBQUEsSUFDQSxVQUFVO0FBQUEsSUFDVixRQUFRO0FBQUEsTUFDTixFQUFFLFVBQVUsR0FBR0MsUUFBTyxPQUFPLEtBQUssUUFBUSxJQUFJO0FBQUEsTUFDOUMsRUFBRSxVQUFVLEdBQUdBLFFBQU8sU0FBUyxLQUFLLFFBQVEsSUFBSTtBQUFBLE1BQ2hELEVBQUUsVUFBVSxHQUFHQSxRQUFPLFNBQVMsS0FBSyxRQUFRLEVBQUU7QUFBQSxJQUNoRDtBQUFBLElBQ0Esa0JBQWtCO0FBQUEsSUFDbEIsY0FBYztBQUFBLEVBQ2hCO0FBQ0Y7QUFxQk8sU0FBUyxpQkFBaUJDLFNBQXFFO0FBQ3BHLFNBQU9BLFFBQU8sVUFBVUEsUUFBTyxZQUFZQSxRQUFPO0FBQ3BEO0FBRU8sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQ3RDM0YsU0FBUyxhQUFhQyxTQUFnQixPQUFpQztBQUc1RSxRQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLE1BQUlBLFFBQU8sWUFBWTtBQUNyQixjQUFVLFlBQVksa0JBQWtCLE1BQU0sU0FBUztBQUN2RCxVQUFNO0FBQUEsTUFDSixHQUFHLGNBQWM7QUFBQSxRQUNmLFVBQVVBLFFBQU8sUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLFFBQU8sUUFBUTtBQUFBLFFBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsUUFBTyxRQUFRLHVCQUF1QjtBQUFBLFFBQy9FLGVBQWVBLFFBQU87QUFBQSxNQUN4QixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsQ0FBQztBQUFBLElBQzdELG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsVUFBNkI7QUFDN0MsUUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQUM1QyxNQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLE1BQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYSxvQkFBcUIsU0FBUSxPQUFPLEtBQUs7QUFDN0gsU0FBTztBQUNUO0FBR08sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEO0FBR08sU0FBUyx1QkFBNkI7QUFDM0MsTUFBSSxPQUFVLFdBQVksb0JBQW1CLE9BQVUsVUFBVTtBQUNuRTtBQUVPLFNBQVMsV0FBaUI7QUFDL0IsdUJBQXFCO0FBQ3ZCOzs7QUN6REEsT0FBTyxVQUFVO0FBQ2pCLFNBQVMsU0FBQUMsY0FBYTs7O0FDVHRCLFNBQVMsYUFBYTtBQUN0QixPQUFPQyxXQUF1RDs7O0FDa0J2RCxJQUFNLFlBQVk7OztBQ2hCekIsSUFBTSxNQUFNLENBQUMsT0FBbUIsbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBRXRELElBQU0sUUFBUTtBQUFBLEVBQ25CLFFBQVEsTUFBTTtBQUFBLEVBQ2QsT0FBTyxNQUFNO0FBQUEsRUFDYixTQUFTLE1BQU07QUFBQSxFQUNmLFFBQVEsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQzlDLFVBQVUsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ2hELEtBQUssQ0FBQyxPQUFXLGdCQUFnQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3hDLFNBQVMsQ0FBQyxJQUFRLFVBQWtCLG1CQUFtQixJQUFJLEVBQUUsQ0FBQyxhQUFhLEtBQUs7QUFBQSxFQUNoRixjQUFjLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNwRCxZQUFZLE1BQU07QUFBQSxFQUNsQixXQUFXLE1BQU07QUFBQSxFQUNqQixZQUFZLE1BQU07QUFDcEI7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBRUEsSUFBTSxpQkFBOEUsQ0FBQztBQUNyRixXQUFXLENBQUMsVUFBVSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsR0FBMkI7QUFDakYsaUJBQWUsUUFBUSxJQUFJLE9BQU8sT0FBTyxFQUFFLFVBQVUsT0FBTyxXQUFXLEtBQUssQ0FBQztBQUMvRTtBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGU0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUUvQyxJQUFNLFNBQVM7QUFBQSxFQUNwQixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBS0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU0sS0FBSyxPQUFPLElBQUksU0FBUyxZQUFZLElBQUksU0FBUztBQUNwSDtBQUdBLFNBQVMsU0FBUyxLQUFzQjtBQUN0QyxTQUFPLENBQUMsU0FBUztBQUNmLFFBQUk7QUFDRixhQUFPLElBQUksS0FBSyxJQUFJLEtBQUs7QUFBQSxJQUMzQixRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsS0FBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUFBLEVBQ3RDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxrQkFBa0Isb0JBQUksSUFBc0Q7QUFDbEYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsSUFBSSxNQUFNO0FBQ3pDLE1BQUksQ0FBQyxVQUFVO0FBQ2IsZUFBV0MsTUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxvQkFBZ0IsSUFBSSxRQUFRLFFBQVE7QUFBQSxFQUN0QztBQUNBLFNBQU87QUFDVDtBQUlBLElBQUk7QUFDRyxTQUFTLGdCQUFnQixNQUF5QztBQUN2RSxhQUFXO0FBQ2I7QUFPQSxJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLFlBQVksb0JBQUksSUFBZ0U7QUFFdEYsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLElBQUksUUFBUTtBQUNoQyxNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxJQUFJLFVBQVUsR0FBRztBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNUO0FBSU8sSUFBTSxZQUFOLE1BQU0sV0FBVTtBQUFBLEVBS3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxVQUFVLEdBQUcsUUFBUTtBQUFBLEVBQzVCO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUEsRUFQRjtBQUFBO0FBQUEsRUFFQSxTQUFTLG9CQUFJLElBQXNCO0FBQUE7QUFBQSxFQVdwRCxHQUFHLE9BQTBCO0FBQzNCLFdBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdFO0FBQUEsRUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQThCO0FBQ3BGLFFBQUksU0FBUyxLQUFLLE9BQU8sSUFBSSxRQUFRO0FBQ3JDLFFBQUksQ0FBQyxRQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxlQUFTLEVBQUUsU0FBUyxNQUFNLFlBQVksUUFBUSxHQUFHLFNBQVMsS0FBSyxTQUFTLGtCQUFrQixhQUFhLFFBQVEsRUFBRTtBQUNqSCxXQUFLLE9BQU8sSUFBSSxVQUFVLE1BQU07QUFBQSxJQUNsQztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0FDLFFBQ0EsU0FDVztBQUNYLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTUQsTUFBSyxRQUFRLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJLElBQUksY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJLE1BQU0sS0FBSyxVQUFVLFVBQVUsVUFBVSxXQUFXLENBQUM7QUFDeEosVUFBTSxXQUFXLElBQUksV0FBVztBQUNoQyxVQUFNLFVBQVUsQ0FBQ0MsVUFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTLEdBQUcsQ0FBQztBQUM3RCxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVUEsV0FBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsVUFBTSxVQUFVLFFBQVFBLE1BQUssS0FBSyxZQUFZO0FBQzlDLFFBQUk7QUFDSixRQUFJLFNBQVM7QUFDYixXQUFPO0FBQUEsTUFDTCxJQUFJO0FBQUEsTUFDSixRQUFRLElBQUk7QUFBQSxNQUNaLElBQUksT0FBTztBQUNULFlBQUksV0FBVyxDQUFDLFFBQVE7QUFDdEIsaUJBQU8sVUFBVSxHQUFHO0FBQ3BCLG1CQUFTO0FBQUEsUUFDWDtBQUNBLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTTtBQUFBLEVBQ3RFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLE1BQU0sTUFBTSxHQUFHLEtBQUssT0FBTyxPQUFPLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUN6RjtBQUFBLEVBRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBQzNGLFVBQU0sU0FBUyxPQUFPLFFBQVEsS0FBSyxFQUNoQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxVQUFVLE1BQVMsRUFDekMsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUMsRUFBRSxFQUNuRSxLQUFLLEdBQUc7QUFDWCxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUyxJQUFJLE1BQU0sS0FBSyxFQUFFLElBQUksS0FBSyxPQUFPLFVBQVU7QUFBQSxFQUNuSDtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxNQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sUUFBUSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUM5RTtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssT0FBTyxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLE1BQU0sYUFBYSxFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDdkc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsTUFBTSxVQUFVLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNwRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFDRjs7O0FHdFFPLFNBQVMsUUFBUSxVQUFrQkMsU0FBa0M7QUFDMUUsTUFBSUEsUUFBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sMEJBQTBCO0FBQ25FLGFBQVcsU0FBU0EsUUFBUSxLQUFJLFdBQVcsTUFBTSxPQUFRLFFBQU8sTUFBTTtBQUN0RSxTQUFPQSxRQUFPQSxRQUFPLFNBQVMsQ0FBQyxFQUFHO0FBQ3BDO0FBRU8sU0FBUyxPQUFPLFFBQStDO0FBQ3BFLE1BQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxRQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxRQUFNLE1BQU0sS0FBSyxNQUFNLE9BQU8sU0FBUyxDQUFDO0FBQ3hDLFNBQU8sT0FBTyxTQUFTLElBQUksT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNLENBQUMsSUFBSyxPQUFPLEdBQUcsS0FBTTtBQUMvRTtBQUdPLElBQU0sZUFBZTtBQU1yQixTQUFTLFdBQVcsWUFBb0IsSUFBYSxtQkFBMkIsU0FBeUI7QUFDOUcsU0FBTyxNQUFNLGFBQWEsWUFBWSxvQkFBb0IsV0FBVztBQUN2RTs7O0FKZE8sU0FBUyxxQkFBNkI7QUFDM0MsVUFBUSxLQUFLLElBQUksSUFBSSxLQUFLLFNBQVMsYUFBYTtBQUNsRDtBQUlBLElBQUksYUFBYTtBQUdWLFNBQVMsV0FBV0MsU0FBa0M7QUFDM0QsZUFBYTtBQUNiLFFBQU0sT0FBTyxRQUFRLG1CQUFtQixHQUFHQSxPQUFNO0FBQ2pELE9BQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixTQUFPO0FBQ1Q7QUFTTyxTQUFTLFdBQVcsWUFBb0JBLFNBQTBCLFdBQW1CLFVBQTZCLFVBQVUsSUFBVztBQUM1SSxRQUFNLFFBQVEsSUFBSUMsT0FBTSxVQUFVO0FBQ2xDLFFBQU0sbUJBQTZCLENBQUM7QUFDcEMsTUFBSTtBQUNKLGtCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFFBQUksQ0FBQyxXQUFZO0FBQ2pCLFVBQU0sUUFBUSxRQUFRLG1CQUFtQixHQUFHRCxPQUFNO0FBQ2xELFNBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixRQUFJLFVBQVUsV0FBVztBQUN2QixVQUFJLEdBQUksa0JBQWlCLEtBQUssVUFBVTtBQUN4Qyx3QkFBa0I7QUFBQSxJQUNwQixXQUFXLFNBQVMsU0FBUyxLQUFLLEdBQUc7QUFDbkMsMEJBQW9CLE9BQU8sZ0JBQWdCO0FBQzNDLFVBQUksb0JBQW9CLE9BQVcsT0FBTSxJQUFJLFdBQVcsWUFBWSxJQUFJLGlCQUFpQixPQUFPLENBQUM7QUFBQSxJQUNuRztBQUFBLEVBQ0YsQ0FBQztBQUNELFNBQU87QUFDVDs7O0FLeERPLFNBQVMsVUFBVUUsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSyxRQUFRLFlBQVksQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUMsQ0FBRTtBQUN2SDtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLLEVBQUUsUUFBUSxZQUFZLEdBQUcsRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZHOzs7QUM2Qk8sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksT0FBTyxJQUFJLE1BQU0sVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVcsTUFBTSxNQUFNLE9BQU8sUUFBUSxJQUFJLEVBQUUsQ0FBQztBQUFBLElBQzFLO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQyxFQUFHLE1BQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDdkgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRUMsT0FBTSxRQUFRLElBQUk7QUFDM0IsVUFBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFFBQUlBLFVBQVMscUJBQXFCO0FBQ2hDLGFBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRyxFQUFFLFVBQVUsRUFBRSxTQUFTLEdBQUcsS0FBSyxFQUFFLE9BQU8sTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQ25KLFdBQVdBLFVBQVMsbUJBQW1CO0FBQ3JDLFVBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDL0U7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVMsUUFBUyxRQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxFQUFFLFFBQVEseUJBQXlCLEdBQUc7QUFDOUYsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsY0FBYyxNQUEyQjtBQUN2RCxRQUFNLFNBQVMsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQzFELFFBQU0sTUFBTSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDM0QsTUFBSSxXQUFXLFFBQVEsUUFBUSxLQUFNLFFBQU87QUFDNUMsUUFBTSxVQUFVLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQ3hFLFFBQU0sU0FBUyxZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFDekUsU0FBTztBQUFBLElBQ0wsaUNBQWlDLFlBQVksUUFBUSxPQUFPLENBQUM7QUFBQSxJQUM3RCxXQUFXLFlBQVksS0FBSyxPQUFPLENBQUM7QUFBQSxJQUNwQyxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLE9BQU87QUFBQSxFQUM1QixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUNoSE8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1QztBQUNwRixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDM0MsUUFBTUMsYUFBWSxLQUFLLE9BQU8scUJBQXFCLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDdkUsUUFBTSxRQUFRLFVBQVUsZUFBZUQsU0FBUSxRQUFRLEVBQUU7QUFDekQsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDNUIsVUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxVQUFNLFdBQVcsVUFBVSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztBQUMxRCxVQUFNLE9BQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFFBQUksRUFBRSxHQUFJLFFBQU8sR0FBRyxJQUFJLHdCQUF3QixRQUFRO0FBQ3hELFdBQU8sR0FBRyxJQUFJO0FBQUEsMEJBQTZCLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUscUJBQXFCLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQywrQkFBK0IsUUFBUTtBQUFBO0FBQUEsRUFDaEwsQ0FBQztBQUNELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSx5Q0FBeUMsS0FBSyxNQUFNLGVBQWUsUUFBUSxzQkFBc0JDLFFBQU87QUFBQSxJQUN4RyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssTUFBTSxlQUFlLFFBQVEsa0NBQWtDQSxRQUFPO0FBQUEsSUFDbEgsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDdEJPLFNBQVMsZUFBZSxNQUFtQkMsVUFBdUM7QUFDdkYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3pDLFFBQU0sUUFBUTtBQUFBLElBQ1osb0JBQW9CLG1CQUFtQkEsU0FBUSxRQUFRLENBQUMsT0FBTyxXQUFXLElBQUksU0FBUyxLQUFLLE1BQU0sdUJBQXVCLEtBQUssTUFBTSxPQUFPLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxJQUMxSztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLFFBQVEsbUJBQW1CLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxRQUFRLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLElBQUk7QUFBQSxFQUM5STtBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssSUFBSSw0REFBNEQscUNBQXFDO0FBQ2hILGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sS0FBSyxLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQyxJQUFJO0FBQUEsSUFDck87QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksbUJBQW1CLGNBQWMsSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUMxRCxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNuQk8sSUFBTSx5QkFBeUI7QUF1Qi9CLFNBQVMsYUFBYSxNQUFtQixNQUF3QjtBQUN0RSxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksU0FBUyxPQUFPLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksU0FBUyxFQUFFO0FBQzNILFFBQU0sV0FBVyxLQUFLLFNBQVMsb0JBQW9CLEtBQUssU0FBUztBQUNqRSxTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsV0FDUDtBQUFBLE1BQ0UsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLE1BQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxNQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsTUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsSUFDM0UsSUFDQTtBQUFBLEVBQ047QUFDRjs7O0FDeENBLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsYUFBYSxxQkFBcUIsb0JBQW9CLHVCQUF1Qiw0QkFBNEIsb0JBQW9CLG9CQUFvQixzQkFBc0IsbUJBQW1CLGNBQWMsc0JBQXNCLHNCQUFzQixPQUFPLFdBQVcsYUFBYSxpQkFBaUIsVUFBVSxnQkFBZ0IsQ0FBQztBQUN6VixJQUFNLFdBQVcsQ0FBQyxTQUFpQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUzSCxTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUQ7QUFDcEcsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU0sS0FBSyxFQUFFLEtBQUssZUFBZUEsU0FBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQyxFQUFFLENBQUM7QUFDeE8sUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxhQUFXLEtBQUssWUFBWTtBQUMxQixVQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsVUFBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDN0c7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFDakssZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTSxLQUFLLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxZQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzdMO0FBQUEsRUFDRjtBQUNBLFFBQU1DLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFFBQU0sV0FBVyxZQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFFBQU0sYUFBYSxZQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsUUFBTSxLQUFLLEtBQUssWUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNBLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsWUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQkEsU0FBUSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQ2hPLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNLEtBQUssYUFBYSxZQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVksWUFBWSxZQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sYUFBYSxZQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTSxZQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUMsR0FBRztBQUN2UCxRQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxPQUFPLFFBQVEsRUFBRSxLQUFLO0FBQ3JFLE1BQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLGVBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixZQUFNLElBQUksRUFBRTtBQUNaLFlBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLFlBQU1GLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBTyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVCxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCLFlBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLFlBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUlBLEtBQUksRUFBRTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLEtBQUssY0FBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ3BEQSxJQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFFeEQsU0FBUyxrQkFBa0IsTUFBOEM7QUFDOUUsU0FBTyxTQUFTRyxlQUFjLE1BQTJDO0FBQ3ZFLFVBQU0sTUFBOEIsRUFBRSxRQUFRLFlBQVksTUFBTSxFQUFFLFVBQVUsS0FBSyxVQUFVLE9BQU8sS0FBSyxPQUFPLGdCQUFnQixLQUFLLENBQUMsRUFBRTtBQUN0SSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVUsYUFBYSxNQUFNO0FBQUEsUUFDakMsVUFBVSxLQUFLO0FBQUEsUUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsUUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsUUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLE1BQ3RDLENBQUM7QUFFRCxZQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUNoRSxVQUFJLEdBQUcsR0FBRyxZQUFZLElBQUksWUFBWSxNQUFNLElBQUk7QUFDaEQsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsTUFBTSxJQUFJO0FBQUEsSUFDdEQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUM5QkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU9DLFdBQVU7QUFDakIsT0FBTyxhQUFhO0FBQ3BCLE9BQU9DLFdBQVU7QUFZakIsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZ0JBQWdCO0FBRXRCLFNBQVMsTUFBTSxTQUF3QjtBQUNyQyxFQUFBQyxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDekI7QUFFQSxTQUFTLE1BQU0sU0FBdUI7QUFDcEMsUUFBTUMsT0FBTSxHQUFHLE9BQU87QUFDdEIsUUFBTSxNQUFNQyxNQUFLLElBQUlELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsTUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQixVQUFNLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYSwrQ0FBK0M7QUFBQSxFQUM1SjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU0sMkVBQTJFO0FBQUEsRUFDaEk7QUFDRjtBQUVBLFNBQVMsTUFBTSxRQUFtQkUsU0FBZ0IsTUFBb0I7QUFDcEUsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxRQUFPLE1BQU0sSUFBSTtBQUM3QyxRQUFNLFNBQVMsT0FBTyxNQUFNLE9BQU8sUUFBUTtBQUMzQyxNQUFJLENBQUMsT0FBTyxNQUFNO0FBQ2hCLFVBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLFVBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxTQUFTLGNBQWMsU0FBUyxZQUFZO0FBQUEsRUFDNUk7QUFDQSxTQUFPLE9BQU8sS0FBSztBQUNyQjtBQUVBLFNBQVMsWUFBWSxRQUFtQixPQUFlQSxTQUFzQjtBQUMzRSxRQUFNLE9BQWEsQ0FBQztBQUNwQixRQUFNLFlBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsVUFBTSxVQUFVLE9BQU8sYUFBYSxFQUFFLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQyxJQUFJLE9BQU8sZ0JBQWdCLE9BQU8sWUFBWSxlQUFlLEVBQUUsQ0FBQztBQUNwSSxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sZ0RBQWdELFFBQVEsTUFBTSxJQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxjQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsU0FBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO0FBQUEsRUFDL0I7QUFDQSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCO0FBQzFELGFBQVcsU0FBUyxNQUFNO0FBQ3hCLGVBQVM7QUFDUCxZQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxVQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLFVBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLDZEQUE2REEsUUFBTyxrQkFBa0IsSUFBSTtBQUMzSCxZQUFNLEdBQUc7QUFBQSxJQUNYO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9BLGVBQWUsb0JBQW9CQSxTQUFpQztBQUNsRSxRQUFNLFFBQVEsRUFBRSxHQUFHQSxRQUFPLE1BQU07QUFDaEMsYUFBVyxRQUFRLENBQUMsV0FBVyxTQUFTLE9BQU8sR0FBWTtBQUN6RCxRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSSxFQUFFLEdBQUcsTUFBTSxJQUFJLEdBQUcsU0FBUztBQUFBLElBQ3pELFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxHQUFHQSxTQUFRLE1BQU07QUFDNUI7QUFFQSxlQUFzQixXQUFXLFdBQW1CQyxXQUE2QixFQUFFLE1BQU0sS0FBSyxHQUFxQjtBQUNqSCxRQUFNLFVBQVUsT0FBTztBQUN2QixRQUFNRCxVQUFTLE1BQU0sb0JBQW9CLFNBQVM7QUFDbEQsUUFBTSxZQUFZLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUErQjtBQUFBLElBQ25DLFNBQVMsTUFBTSxXQUFXQSxTQUFRLFNBQVM7QUFBQSxJQUMzQyxPQUFPLE1BQU0sV0FBV0EsU0FBUSxPQUFPO0FBQUEsSUFDdkMsT0FBTyxNQUFNLFdBQVdBLFNBQVEsT0FBTztBQUFBLEVBQ3pDO0FBQ0EsUUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQ3hGLFFBQU0sa0JBQWtCQyxTQUFRLE9BQU8sWUFBWSxVQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0QsT0FBTSxJQUFJLENBQUM7QUFDbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxnQkFBZ0I7QUFDMUM7OztBQ3BHQSxTQUFTLFdBQUFFLFVBQVMsTUFBTSxTQUFBQyxjQUFhO0FBRzlCLElBQU0sc0JBQXNCLElBQUlBLE9BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSUEsT0FBTSx3QkFBd0IsSUFBSTtBQUVqRSxJQUFNLDZCQUE2QixJQUFJQSxPQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSUQsU0FBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJQSxTQUFRLGlCQUFpQjs7O0FDVjNELElBQU0sb0JBQW9CO0FBQzFCLElBQUksZUFBZTtBQUVaLFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLFFBQU0sT0FBTyxFQUFFLFVBQVUsS0FBSztBQUM5QixNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUSxNQUFNLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUMsRUFBRTtBQUFBLElBQ3RIO0FBQUEsRUFDRjtBQUNGOzs7QUNsQkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU9FLFdBQVU7OztBQ0RqQixTQUFTLFNBQUFDLGNBQWE7QUFTdEIsU0FBUyxjQUFjLE1BQWlDLElBQW1EO0FBQ3pHLE1BQUksQ0FBQyxRQUFRLENBQUMsR0FBSSxRQUFPO0FBQ3pCLFFBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQzNDLFNBQU8sT0FBTyxTQUFTLEVBQUUsS0FBSyxNQUFNLElBQUksS0FBSztBQUMvQztBQUVBLFNBQVMsZUFBZSxLQUFnQjtBQUN0QyxhQUFXLFdBQVcsSUFBSSxVQUFVO0FBQ2xDLFVBQU0sS0FBSyxRQUFRLGVBQWUsY0FBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFFBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEscUJBQW9CLElBQUksRUFBRTtBQUFBLEVBQzFGO0FBQ0EsUUFBTSxRQUFRLGNBQWMsSUFBSSxZQUFZLElBQUksV0FBVztBQUMzRCxNQUFJLFVBQVUsT0FBVyxvQkFBbUIsSUFBSSxLQUFLO0FBQ3ZEO0FBR08sU0FBUyxnQkFBZ0IsUUFBbUIsVUFBYyxlQUF1QixVQUFxQztBQUMzSCxRQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsTUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixxQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLFdBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO0FBQUEsRUFDNUM7QUFDQSxRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sV0FBVyxVQUFVLFdBQVc7QUFDdEMsTUFBSTtBQUNKLFNBQU8sS0FBSyxJQUFJLElBQUksVUFBVTtBQUM1QixJQUFBQyxPQUFNLGFBQWE7QUFDbkIsVUFBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLEtBQUssTUFBTTtBQUNqRCxRQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLFVBQU0sT0FBTztBQUNiLFFBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxXQUFXLFNBQVU7QUFBQSxFQUM3RDtBQUNBLFFBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsbUJBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLE1BQUksYUFBYSxLQUFLO0FBQ3BCLCtCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsbUJBQWUsR0FBRztBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxFQUFFLFdBQVcsSUFBSTtBQUMxQjs7O0FDakRBLFNBQVMsU0FBQUMsY0FBYTtBQUdmLFNBQVMsTUFBTSxPQUEyQztBQUMvRCxRQUFNQyxXQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJQSxXQUFVLEVBQUcsQ0FBQUQsT0FBTUMsUUFBTztBQUNoQztBQVFPLFNBQVMsYUFBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFDcEcsUUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3hELE1BQUksUUFBUSxTQUFTO0FBQ3JCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLGFBQVMsRUFBRTtBQUNYLFFBQUksUUFBUSxFQUFHLFFBQU8sRUFBRTtBQUFBLEVBQzFCO0FBQ0EsU0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7QUFDbEM7QUFHTyxTQUFTLFFBQVcsT0FBb0M7QUFDN0QsU0FBTyxNQUFNLFdBQVcsSUFBSSxTQUFZLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3hGOzs7QUZWQSxJQUFJLFVBQXFDLENBQUM7QUFFMUMsU0FBUyxVQUFVLEtBQWMsT0FBMEI7QUFDekQsU0FBUSxRQUFRLEtBQUssTUFBTSxJQUFJLFVBQVUsSUFBSSxPQUFPLFNBQVMsSUFBSSxPQUFPLGFBQWEsS0FBSztBQUM1RjtBQU9PLFNBQVMsWUFBWSxNQUFjLEtBQXNCO0FBQzlELFNBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsTUFBSyxHQUFHLFFBQVEsTUFBTUEsTUFBSyxHQUFHLG1CQUFtQjtBQUM5RjtBQUVBLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFHM0UsU0FBUyxXQUFXLFFBQW1CLElBQWlCO0FBQ3RELFFBQU0sU0FBUyxPQUFPLFVBQVUsRUFBRTtBQUNsQyxNQUFJLENBQUMsT0FBTyxLQUFNLFFBQU87QUFDekIsUUFBTSxhQUFhLE9BQU8sS0FBSyxZQUFZLENBQUMsR0FBRyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsV0FBVztBQUNyRixRQUFNLFVBQVUsUUFBUSxTQUFTO0FBQ2pDLFNBQU8sWUFBWSxVQUFhLE9BQU8sV0FBVyxJQUFJLFFBQVEsS0FBSyxFQUFFO0FBQ3ZFO0FBSUEsSUFBTSxlQUF3RDtBQUFBLEVBQzVELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxXQUFXLE9BQU8sWUFBWSxFQUFFLE9BQU8sSUFBSSxRQUFRLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLEVBQUUsR0FBRztBQUFBLEVBQ2hIO0FBQUEsSUFDRSxRQUFRO0FBQUEsSUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLFlBQU0sS0FBSyxRQUFRLElBQUksS0FBSyxlQUFlO0FBQzNDLGFBQU8sT0FBTyxVQUFhLFdBQVcsUUFBUSxFQUFFO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUNyQixZQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxZQUFZLFdBQVcsR0FBRyxHQUFHLE9BQU8sV0FBVyxPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDakksVUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLHFCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLFdBQVcsT0FBTyxVQUFVLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFDbkQsYUFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQUEsSUFDMUQ7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxJQUFNLGNBQXdCLENBQUMsUUFDcEMsTUFBTSxnQkFBZ0IsTUFBTTtBQUMxQixRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLE9BQU87QUFDckQsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sRUFBRSxRQUFBQyxRQUFPLElBQUk7QUFDbkIsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxLQUFLO0FBQ25ELFFBQU0sVUFBVSxPQUFPLGFBQWE7QUFBQSxJQUNsQyxPQUFPLFlBQVksU0FBUyxHQUFHO0FBQUEsSUFDL0IsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsZUFBZUEsUUFBTztBQUFBLEVBQ3hCLENBQUM7QUFDRCxNQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsaUJBQWUsSUFBSSxDQUFDO0FBQ3BCLFFBQU0sS0FBSyxRQUFRLEtBQUs7QUFDeEIsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLE1BQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxFQUFFLE9BQU8sK0JBQStCLENBQUMsRUFBRTtBQUM1RSxRQUFNLGFBQWEsZ0JBQWdCLFFBQVEsSUFBSUEsUUFBTyxlQUFlQSxRQUFPLGtCQUFrQjtBQUM5RixPQUFLLFdBQVcsYUFBYTtBQUM3QixNQUFJLFdBQVcsV0FBVztBQUN4QixTQUFLLFdBQVcsUUFBUSxFQUFFLEtBQUs7QUFDL0IsVUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQUssT0FBTyxhQUFhLElBQUksUUFBUSxjQUFjLEtBQUssTUFBTSxFQUFFLE1BQU07QUFBQSxFQUN4RTtBQUNBLFFBQU1BLFFBQU8sVUFBVTtBQUN2QixTQUFPLE9BQU8sYUFBYSxFQUFFLEVBQUUsTUFBTTtBQUN2QyxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sU0FBUyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sS0FBSztBQUNuRCxNQUFJLEtBQUssT0FBTyxXQUFXLEVBQUU7QUFDN0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUNoQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLE9BQUssT0FBTyxXQUFXLEVBQUUsTUFBTTtBQUMvQixRQUFNLElBQUksT0FBTyxVQUFVO0FBRTNCLFFBQU0sWUFBWSxPQUFPLFlBQVksRUFBRSxHQUFHLFNBQVMsT0FBTyxHQUFHLENBQUMsRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUNoRixhQUFXLFVBQVUsVUFBVSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxLQUFLLENBQUMsRUFBRSxNQUFNLEdBQUcsQ0FBQyxHQUFHO0FBQzNGLFNBQUssT0FBTyxhQUFhLE9BQU8sRUFBRSxFQUFFLE1BQU07QUFBQSxFQUM1QztBQUNBLFNBQU87QUFDVCxDQUFDOzs7QUdqSEksU0FBUyxvQkFBb0JDLFNBQWdCLFlBQW9CQyxRQUEwRTtBQUNoSixRQUFNLFFBQVEsV0FBVyxZQUFZRCxRQUFPLE9BQU87QUFDbkQsU0FBTztBQUFBLElBQ0wsZUFBZUMsT0FBTSxnQkFBZ0IsTUFBTSxPQUFPO0FBQUEsSUFDbEQsYUFBYUEsT0FBTSxjQUFjLE1BQU0sS0FBSztBQUFBLElBQzVDLGFBQWFBLE9BQU0sY0FBYyxNQUFNLEtBQUs7QUFBQSxFQUM5QztBQUNGO0FBR08sU0FBUyxnQkFBZ0JELFNBQWdCLGFBQXlCLE1BQU0sUUFBVztBQUN4RixRQUFNRSxRQUFPLENBQUMsTUFBYyxhQUF1QixDQUFDLFNBQXdCO0FBQzFFLGVBQVc7QUFDWCxnQkFBWSxNQUFNLFVBQVUsRUFBRSxRQUFBRixTQUFRLEtBQUssQ0FBQztBQUFBLEVBQzlDO0FBQ0EsU0FBTyxFQUFFLGNBQWNFLE1BQUssV0FBVyxXQUFXLEdBQUcsWUFBWUEsTUFBSyxTQUFTLFNBQVMsR0FBRyxZQUFZQSxNQUFLLFNBQVMsU0FBUyxFQUFFO0FBQ2xJOzs7QUNwQkEsSUFBTSxNQUFNLEVBQUUsT0FBTyxVQUFVO0FBNEJ4QixTQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxJQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsU0FBMEI7QUFDckQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxJQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDRjs7O0FDOUNBLElBQU0sT0FBTyxjQUFjLFNBQVM7QUFDcEMsSUFBTUMsVUFBUyxFQUFFLEdBQUcsTUFBTSxTQUFTLFVBQVUsT0FBTyx1QkFBdUIsSUFBSSxFQUFFLEtBQUssR0FBRyxLQUFLLE9BQVEsU0FBUyxNQUFNLE1BQU0sNEJBQTRCLENBQUMsRUFBRTtBQUMxSixJQUFNLFVBQVUsVUFBVSxPQUFPLG9CQUFvQixLQUFLLEVBQUUsS0FBSyxHQUFHLEtBQUssS0FBUyxNQUFNLGVBQWUsQ0FBQztBQUN4RyxJQUFNLGFBQWEsVUFBVSxPQUFPLG9CQUFvQixLQUFLLEVBQUUsS0FBSyxHQUFHLEtBQUssSUFBSSxDQUFDO0FBQ2pGLElBQU0sU0FBa0I7QUFBQSxFQUN0QixFQUFFLE1BQU0sUUFBUSxRQUFRQSxRQUFPLFFBQVE7QUFBQSxFQUN2QyxFQUFFLE1BQU0sY0FBYyxRQUFRQSxRQUFPLFVBQVVBLFFBQU8sWUFBWSxFQUFFO0FBQUEsRUFDcEUsRUFBRSxNQUFNLGFBQWEsUUFBUUEsUUFBTyxVQUFVQSxRQUFPLFVBQVU7QUFBQSxFQUMvRCxFQUFFLE1BQU0sYUFBYSxRQUFRLFNBQVM7QUFDeEM7QUFDQSxXQUFXLHNCQUFzQixRQUFRLGNBQWMsQ0FBQyxXQUFXLENBQUM7QUFFN0QsSUFBTSxVQUFVLGFBQWFBLFNBQVE7QUFBQSxFQUMxQyxXQUFXLGlCQUFpQkEsT0FBTTtBQUFBLEVBQ2xDLFdBQVc7QUFBQSxJQUNULEdBQUcsb0JBQW9CQSxTQUFRQSxRQUFPLGlCQUFpQixDQUFDQyxPQUFNLFFBQVEsYUFBYUEsT0FBTSxLQUFLRCxPQUFNLENBQUM7QUFBQSxFQUN2RztBQUFBLEVBQ0EsT0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLHFCQUFxQixNQUFNLEVBQUUsT0FBTyxjQUFjLE9BQU8sTUFBTSxHQUFHLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLENBQUMsRUFBRTtBQUFBLElBQ2hJLEVBQUUsUUFBUSxxQkFBcUIsTUFBTSxFQUFFLE9BQU8sYUFBYSxPQUFPLE1BQU0sR0FBRyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxDQUFDLEVBQUU7QUFBQSxJQUMvSCxFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxXQUFXLENBQUMsRUFBRTtBQUFBLElBQ3JGLEdBQUcsV0FBV0EsUUFBTyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ2hDLEdBQUcsYUFBYUEsUUFBTyxPQUFPO0FBQUEsSUFDOUIsR0FBRyxXQUFXO0FBQUEsRUFDaEI7QUFDRixDQUFDO0FBR00sSUFBTSxnQkFBZ0Isa0JBQWtCLEVBQUUsVUFBVSxVQUFVLENBQUM7QUFFL0QsU0FBUyxRQUEwQjtBQUN4QyxTQUFPLFdBQVdBLE9BQU07QUFDMUI7QUFFTyxJQUFNLEVBQUUsY0FBYyxZQUFZLFdBQVcsSUFBSSxnQkFBZ0JBLFNBQVEsTUFBTSxXQUFXLE1BQU0sQ0FBQzsiLAogICJuYW1lcyI6IFsiY29uZmlnIiwgInRleHQiLCAid2VpZ2h0cyIsICJleGVjIiwgImNvbmZpZyIsICJjb25maWciLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAiVHJlbmQiLCAiaHR0cCIsICJodHRwIiwgInNoYXBlIiwgInBoYXNlcyIsICJwaGFzZXMiLCAiVHJlbmQiLCAidGV4dCIsICJleHByZXNzaW9uIiwgImJhc2UiLCAib3B0aW9ucyIsICJzZWNvbmRzIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgImV4ZWMiLCAiaHR0cCIsICJleGVjIiwgInVybCIsICJodHRwIiwgImNvbmZpZyIsICJvcHRpb25zIiwgIkNvdW50ZXIiLCAiVHJlbmQiLCAiZXhlYyIsICJzbGVlcCIsICJzbGVlcCIsICJzbGVlcCIsICJzZWNvbmRzIiwgImV4ZWMiLCAiY29uZmlnIiwgImNvbmZpZyIsICJzaGFwZSIsICJleGVjIiwgImNvbmZpZyIsICJleGVjIl0KfQo=
