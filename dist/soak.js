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

// lib/config/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

// lib/metrics/resources.ts
import exec from "k6/execution";
import http from "k6/http";
import { Counter, Trend } from "k6/metrics";

// thresholds/expressions.ts
var patterns;
var pattern = () => patterns ??= { metricName: /^[A-Za-z_][A-Za-z0-9_]*$/, tagPart: /^[A-Za-z0-9_.\-/]+$/, percentile: /^p\((\d+(\.\d+)?)\)$/ };
function metricKey(metric, tags) {
  if (!pattern().metricName.test(metric)) throw new Error(`invalid metric name "${metric}": use letters, digits and _`);
  const entries = Object.entries(tags ?? {});
  if (entries.length === 0) return metric;
  for (const [key, value] of entries) {
    if (!pattern().tagPart.test(key) || !pattern().tagPart.test(value)) {
      throw new Error(`invalid tag ${key}:${value} on ${metric}: tags in thresholds may hold letters, digits and _ . - /`);
    }
  }
  return `${metric}{${entries.map(([key, value]) => `${key}:${value}`).join(",")}}`;
}
function expression(rule) {
  const percentile = pattern().percentile.exec(rule.stat);
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
  if (typeof body.refused === "string") exec.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
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

// lib/load/phases.ts
import exec2 from "k6/execution";
import { Trend as Trend2 } from "k6/metrics";

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
  return statusCallbacks[status] ??= http2.expectedStatuses(status);
}
var observer;
function observeRequests(next) {
  observer = next;
}
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
  timeout;
  /** Request params per endpoint (headers, tags, timeout, expected status), made on first use. */
  params = {};
  /** A client for the same platform acting as another user. */
  as(token) {
    return new _ApiClient(this.baseUrl, Number(this.timeout.slice(0, -1)), token);
  }
  paramsFor(endpoint, expected, withPayload, readsBody) {
    let params = this.params[endpoint];
    if (!params) {
      const headers = { Accept: "application/json" };
      if (withPayload) headers["Content-Type"] = "application/json";
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params = { headers, tags: requestTags(endpoint), timeout: this.timeout, responseCallback: expectStatus(expected) };
      if (!readsBody) params.responseType = "none";
      this.params[endpoint] = params;
    }
    return params;
  }
  call(endpoint, method, path, expected, shape2, payload) {
    const withPayload = payload !== void 0;
    const res = http2.request(method, `${this.baseUrl}${path}`, withPayload ? JSON.stringify(payload) : null, this.paramsFor(endpoint, expected, withPayload, shape2 !== void 0));
    const status = res.status;
    const statusOk = status === expected;
    let shapeOk = true;
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
  return (Date.now() - exec2.scenario.startTime) / 1e3;
}
var inScenario = false;
function enterPhase(phases2) {
  inScenario = true;
  const name = phaseAt(elapsedInScenarioS(), phases2);
  exec2.vu.metrics.tags.phase = name;
  return name;
}
function trackDrift(metricName, phases2, reference, compared, floorMs = 10) {
  const drift = new Trend2(metricName);
  const referenceSamples = [];
  let referenceMedian;
  observeRequests((_endpoint, durationMs, ok) => {
    if (!inScenario) return;
    const phase = phaseAt(elapsedInScenarioS(), phases2);
    exec2.vu.metrics.tags.phase = phase;
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

// lib/users/setup.ts
import { sleep } from "k6";
import exec3 from "k6/execution";
import secrets from "k6/secrets";
import http3 from "k6/http";
var SEED_COURSES = 3;
var PROBE_TIMEOUT = "5s";
function abort(message) {
  exec3.test.abort(message);
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
var tagsByName = {};
function runWorkflow(name, workflow, ctx) {
  const tags = tagsByName[name] ??= { workflow: name };
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

// lib/workflows/pacing.ts
import { sleep as sleep3 } from "k6";
var holdPoint;
function think(range) {
  const seconds2 = range.min + Math.random() * (range.max - range.min);
  if (seconds2 > 0) sleep3(seconds2);
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
var clients = {};
function clientFor(ctx, token) {
  return clients[token] ??= new ApiClient(ctx.config.baseUrl, ctx.config.apiTimeoutS, token);
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
var options = entryOptions(config2, () => ({
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
}));
var handleSummary = makeHandleSummary({ scenario: "soak" });
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlcy50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9tZXRyaWNzL21ldHJpY3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCAiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgIi4uL3NjZW5hcmlvcy9zb2FrLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIG1lbW9yeU1iOiAxMDI0LFxuICBjcHVQZXJjZW50OiA4MCxcbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IDEwLFxufSk7XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG4vKiogUmVhZHMgYW5kIHZhbGlkYXRlcyBldmVyeSBzZXR0aW5nOyB0aHJvd3MgQ29uZmlnRXJyb3IgbmFtaW5nIHRoZSBmaXJzdCBiYWQgdmFyaWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDb25maWcoZW52OiBFbnYpOiBDb25maWcge1xuICBjb25zdCBkID0gREVGQVVMVF9UQVJHRVRTO1xuICBjb25zdCBkdXJhdGlvblMgPSBzZWNvbmRzKDEsIDcgKiAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nLCA2MCk7XG4gIGNvbnN0IHJhbXBVcFMgPSBzZWNvbmRzKDAsIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9VUCcsIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSkpO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJywgTWF0aC5taW4oMTAsIHJhbXBVcFMpKSxcbiAgICB3ZWlnaHRzOiB3ZWlnaHRzKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUycpLFxuICAgIHRoaW5rVGltZVM6IHRoaW5rVGltZShlbnYsICdQRVJGT1JNQU5DRV9USElOS19USU1FJyksXG4gICAgcG9sbEludGVydmFsUzogbnVtYmVySW4oMC4xLCA2MCwgJ3NlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdHRU5FUkFUSU9OX1BPTExfSU5URVJWQUwnLCAxKSxcbiAgICBnZW5lcmF0aW9uVGltZW91dFM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdHRU5FUkFUSU9OX1RJTUVPVVQnLCAzMDApLFxuICAgIGNoYXB0ZXJzUGVyQ291cnNlOiBjb3VudCgxLCAyMCkoZW52LCAnR0VORVJBVElPTl9DSEFQVEVSUycsIDMpLFxuICAgIHNpZGVjYXJVcmw6IHVybChlbnYsICdTSURFQ0FSX1VSTCcsIHVuZGVmaW5lZCksXG4gICAgc2lkZWNhclN0cmljdDogZmxhZyhlbnYsICdTSURFQ0FSX1NUUklDVCcpLFxuICAgIGFsbG93ZWRIb3N0czogaG9zdExpc3QoZW52LCAnUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUycpLFxuICAgIHRhcmdldHM6IHtcbiAgICAgIGFwaVA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTVfTVMnLCBkLmFwaVA5NU1zKSxcbiAgICAgIGFwaVA5OU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTlfTVMnLCBkLmFwaVA5OU1zKSxcbiAgICAgIGhlYWx0aFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMnLCBkLmhlYWx0aFA5NU1zKSxcbiAgICAgIGV4cG9ydFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMnLCBkLmV4cG9ydFA5NU1zKSxcbiAgICAgIGNoYXB0ZXJQOTVNczogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ1RIUkVTSE9MRF9DSEFQVEVSX1A5NV9TJywgZC5jaGFwdGVyUDk1TXMgLyAxMDAwKSAqIDEwMDAsXG4gICAgICBzdWNjZXNzUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX1NVQ0NFU1NfUkFURScsIGQuc3VjY2Vzc1JhdGUpLFxuICAgICAgZXJyb3JSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfRVJST1JfUkFURScsIGQuZXJyb3JSYXRlKSxcbiAgICAgIG1lbW9yeU1iOiBjb3VudCgxLCAxXzA0OF81NzYpKGVudiwgJ1BFUkZPUk1BTkNFX01FTU9SWV9MSU1JVCcsIGQubWVtb3J5TWIpLFxuICAgICAgY3B1UGVyY2VudDogbnVtYmVySW4oMSwgMTAwLCAnYSBwZXJjZW50YWdlJywgZmFsc2UpKGVudiwgJ1BFUkZPUk1BTkNFX0NQVV9MSU1JVCcsIGQuY3B1UGVyY2VudCksXG4gICAgICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVySW4oMCwgMV8wMDBfMDAwLCAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzTG9vcGJhY2soaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBob3N0ID09PSAnbG9jYWxob3N0JyB8fCBob3N0ID09PSAnWzo6MV0nIHx8IGhvc3QgPT09ICc6OjEnIHx8IC9eMTI3XFwuXFxkezEsM31cXC5cXGR7MSwzfVxcLlxcZHsxLDN9JC8udGVzdChob3N0KTtcbn1cblxuLyoqXG4gKiBUaGUgdGFyZ2V0IGd1YXJkOiBhbiBlbnRyeSBoZWF2aWVyIHRoYW4gc21va2UgcmVmdXNlcyBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2sgdW5sZXNzIGl0IGlzXG4gKiBhbGxvdy1saXN0ZWQsIHNvIGEgdHlwbyBpbiBCQVNFX1VSTCBjYW5ub3QgbG9hZC10ZXN0IHByb2R1Y3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZzogQ29uZmlnLCBlbnRyeTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGhvc3QgPSBob3N0T2YoY29uZmlnLmJhc2VVcmwpO1xuICBpZiAoaXNMb29wYmFjayhob3N0KSB8fCBjb25maWcuYWxsb3dlZEhvc3RzLmluY2x1ZGVzKGhvc3QpKSByZXR1cm47XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICBgcmVmdXNpbmcgdG8gcnVuIFwiJHtlbnRyeX1cIiBhZ2FpbnN0ICR7Y29uZmlnLmJhc2VVcmx9OiAke2hvc3R9IGlzIG5vdCBhIGxvb3BiYWNrIGFkZHJlc3MuIGAgK1xuICAgICAgYElmIHlvdSBtZWFuIHRvIGxvYWQtdGVzdCBpdCwgYWxsb3cgaXQgd2l0aCBQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTPSR7aG9zdH0gKGNvbW1hLXNlcGFyYXRlZCBsaXN0KS5gLFxuICApO1xufVxuXG4vKipcbiAqIEEgc2NlbmFyaW8ncyBvd24gbnVtZXJpYyBzZXR0aW5nIChlLmcuIFNQSUtFX0ZBQ1RPUiksIHZhbGlkYXRlZCBsaWtlIHRoZSBzaGFyZWQgb25lczogYSBiYWRcbiAqIHZhbHVlIHN0b3BzIHRoZSBydW4gYXQgaW5pdCB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHZhcmlhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW52TnVtYmVyKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSk6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IGFzc2VydFRhcmdldEFsbG93ZWQsIHBhcnNlQ29uZmlnLCB0eXBlIENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuXG4vKiogVGhlIGNvbmZpZ3VyYXRpb24gZm9yIGEgbG9hZC1nZW5lcmF0aW5nIGVudHJ5OiByZWZ1c2VzIGEgbm9uLWxvb3BiYWNrIHRhcmdldCB0aGF0IGlzIG5vdCBhbGxvdy1saXN0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZ3VhcmRlZENvbmZpZyhlbnRyeTogc3RyaW5nKTogQ29uZmlnIHtcbiAgYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWcsIGVudHJ5KTtcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiIsICIvLyBUaGUgazYgc2lkZSBvZiB0aGUgcmVzb3VyY2Ugc2lkZWNhcjogYSAxL3Mgc2NlbmFyaW8gcG9sbHMgdGhlIHNpZGVjYXIncyBzYW1wbGVzIGludG8gVHJlbmRcbi8vIG1ldHJpY3MsIGFuZCB0ZWFyZG93biByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoLCBzbyB0aGUgc2VydmVyJ3MgQ1BVIGFuZCBtZW1vcnkgYXJlIG9yZGluYXJ5XG4vLyBrNiB0aHJlc2hvbGRzIGluIHRoZSBzYW1lIHJ1bi4gUG9sbHMgY2Fycnkgc2NvcGU6c2lkZWNhciBhbmQgZW1pdCBubyBodHRwX3JlcV9mYWlsZWQgc2FtcGxlc1xuLy8gKHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwpLCBzbyB0aGUgQVBJIGZpZ3VyZXMgYW5kIHRocmVzaG9sZHMgbmV2ZXIgc2VlIHRoZW0uXG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSwgUlNTICgvbWV0cmljcykgb3IgdGhlIG1lbW9yeSBxdWVyeSAoUHJvbWV0aGV1cyBzZXJ2ZXIpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCBhbmQgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgcmF0ZTogMSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogMSxcbiAgICBtYXhWVXM6IDEsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgcG9sbDogZXZlcnkgbmV3IHNhbXBsZSBiZWNvbWVzIGEgbWV0cmljIHNhbXBsZS4gQSBwb2xsIHRoZSBzaWRlY2FyIGRvZXMgbm90IGFuc3dlciBjb3VudHMgb25lXG4gKiBtaXNzaW5nIHNhbXBsZSwgYW5kIHNvIGRvZXMgZWFjaCByZWFkaW5nIHRoZSBzaWRlY2FyIHJlcG9ydHMgaXQgZmFpbGVkIHRvIHRha2UgZHVyaW5nIHRoZSBydW5cbiAqICh0YXJnZXQgZ29uZSwgZW5kcG9pbnQgZG93bikuIEFuXG4gKiBhbnN3ZXIgd2l0aCBubyBuZXcgc2FtcGxlIHlldCBpcyBub3QgYSBnYXA6IHBvbGxzIGFuZCByZWFkaW5ncyBhcmUgbm90IGluIHN0ZXAuIEEgcmVmdXNhbCBmcm9tXG4gKiB0aGUgc2lkZWNhciBhYm9ydHMgdGhlIHJ1biAoazYgZXhpdCAxMDgpIHdpdGggaXRzIHJlYXNvbjsgbm90aGluZyBlbHNlIHRocm93cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXI7IHJlZnVzZWQ/OiBzdHJpbmcgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICB9XG4gIC8vIFRoZSBzaWRlY2FyIGZvdW5kIG1pZC1ydW4gdGhhdCBpdHMgc291cmNlIGNhbm5vdCByZWFkIHRoZSB3aG9sZSBzZXJ2ZXIgKGUuZy4gL21ldHJpY3MgYW5zd2VyZWRcbiAgLy8gYnkgYW5vdGhlciB3b3JrZXIpOiBldmVyeSBmdXJ0aGVyIHJlYWRpbmcgd291bGQgYmUgd3JvbmcsIHNvIHRoZSBydW4gc3RvcHMsIHNheWluZyB3aHkuXG4gIGlmICh0eXBlb2YgYm9keS5yZWZ1c2VkID09PSAnc3RyaW5nJykgZXhlYy50ZXN0LmFib3J0KGBzZXJ2ZXIgcmVzb3VyY2VzOiB0aGUgc2lkZWNhciByZWZ1c2VkIGl0cyBzb3VyY2U6ICR7Ym9keS5yZWZ1c2VkfWApO1xufVxuXG4vKiogVGVhcmRvd246IHRoZSBtZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAsIE1CIHBlciBtaW51dGUsIGFzIHRoZSBzaWRlY2FyIGNvbXB1dGVkIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlY29yZE1lbW9yeUdyb3d0aChzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc3VtbWFyeWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBzdW1tYXJ5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGwgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoc3VtbWFyeSAmJiB0eXBlb2Ygc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4gPT09ICdudW1iZXInKSBzZXJ2ZXJNZW1vcnlHcm93dGguYWRkKHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXNvdXJjZUxpbWl0cyB7XG4gIG1lbW9yeU1iOiBudW1iZXI7XG4gIGNwdVBlcmNlbnQ6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gbWVtb3J5IGdyb3d0aCAoc29hayksIE1CIHBlciBtaW51dGUgYWZ0ZXIgd2FybS11cC4gKi9cbiAgZ3Jvd3RoTWJQZXJNaW4/OiBudW1iZXI7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzYW1wbGVzIHdlbnQgbWlzc2luZyAodGhlIHNpZGVjYXIgc3RvcHBlZCBhbnN3ZXJpbmcpLiAqL1xuICBmYWlsT25NaXNzaW5nPzogYm9vbGVhbjtcbn1cblxuLyoqIFNlcnZlciBtZW1vcnkgcGVhaywgQ1BVIHA5NSwgYW5kIG9wdGlvbmFsbHkgZ3Jvd3RoIGFuZCBnYXBzLCBhcyBnYXRlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZUdhdGVzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBHYXRlW10ge1xuICBjb25zdCBnYXRlczogR2F0ZVtdID0gW1xuICAgIHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9tYicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5tZW1vcnlNYiB9XSB9LFxuICAgIHsgbWV0cmljOiAnc2VydmVyX2NwdV9wZXJjZW50JywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuY3B1UGVyY2VudCB9XSB9LFxuICBdO1xuICBpZiAobGltaXRzLmdyb3d0aE1iUGVyTWluICE9PSB1bmRlZmluZWQpIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmdyb3d0aE1iUGVyTWluIH1dIH0pO1xuICBpZiAobGltaXRzLmZhaWxPbk1pc3NpbmcpIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgcnVsZXM6IFt7IHN0YXQ6ICdjb3VudCcsIG9wOiAnPCcsIHZhbHVlOiAxIH1dIH0pO1xuICByZXR1cm4gZ2F0ZXM7XG59XG5cbi8qKiBUaGUgc2FtZSBnYXRlcyBhcyBhIGs2IHRocmVzaG9sZHMgb2JqZWN0OiB7IHNlcnZlcl9tZW1vcnlfbWI6IFsnbWF4PDEwMjQnXSwgc2VydmVyX2NwdV9wZXJjZW50OiBbJ3AoOTUpPDgwJ10sIC4uLiB9LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlVGhyZXNob2xkcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogSzZUaHJlc2hvbGRzIHtcbiAgcmV0dXJuIHRvSzZUaHJlc2hvbGRzKHJlc291cmNlR2F0ZXMobGltaXRzKSk7XG59XG4iLCAiLy8gQSB0eXBlZCBidWlsZGVyIGZvciBrNiB0aHJlc2hvbGQgZXhwcmVzc2lvbnMsIHNvIGEgdHlwbyBpbiBhbiBhZ2dyZWdhdGlvbiBvciBvcGVyYXRvciBpcyBhXG4vLyBjb21waWxlIGVycm9yIGhlcmUgaW5zdGVhZCBvZiBhIHRocmVzaG9sZCBrNiByZWplY3RzIChvciBzaWxlbnRseSBuZXZlciBldmFsdWF0ZXMpIGF0IHJ1biB0aW1lLlxuXG4vKiogQWdncmVnYXRpb25zIGs2IGFjY2VwdHMgcGVyIG1ldHJpYyB0eXBlLiAqL1xuZXhwb3J0IHR5cGUgVHJlbmRTdGF0ID0gJ2F2ZycgfCAnbWluJyB8ICdtYXgnIHwgJ21lZCcgfCBgcCgke251bWJlcn0pYDtcbmV4cG9ydCB0eXBlIFJhdGVTdGF0ID0gJ3JhdGUnO1xuZXhwb3J0IHR5cGUgQ291bnRlclN0YXQgPSAnY291bnQnIHwgJ3JhdGUnO1xuZXhwb3J0IHR5cGUgR2F1Z2VTdGF0ID0gJ3ZhbHVlJztcbmV4cG9ydCB0eXBlIFN0YXQgPSBUcmVuZFN0YXQgfCBSYXRlU3RhdCB8IENvdW50ZXJTdGF0IHwgR2F1Z2VTdGF0O1xuZXhwb3J0IHR5cGUgT3BlcmF0b3IgPSAnPCcgfCAnPD0nIHwgJz4nIHwgJz49JyB8ICc9PScgfCAnPT09JyB8ICchPSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZSB7XG4gIHN0YXQ6IFN0YXQ7XG4gIG9wOiBPcGVyYXRvcjtcbiAgdmFsdWU6IG51bWJlcjtcbiAgLyoqIFN0b3AgdGhlIHdob2xlIHJ1biBhcyBzb29uIGFzIHRoaXMgcnVsZSBmYWlscyAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCkuICovXG4gIGFib3J0T25GYWlsPzogYm9vbGVhbjtcbiAgLyoqIGs2IGR1cmF0aW9uLCBlLmcuICcxMHMnOiBob3cgbG9uZyB0byBjb2xsZWN0IGRhdGEgYmVmb3JlIGFuIGFib3J0IG1heSB0cmlnZ2VyLiAqL1xuICBkZWxheUFib3J0RXZhbD86IHN0cmluZztcbn1cblxuLyoqIE9uZSBtZXRyaWMgKG9wdGlvbmFsbHkgbmFycm93ZWQgdG8gYSB0YWdnZWQgc3ViLW1ldHJpYykgYW5kIHRoZSBydWxlcyBpdCBtdXN0IG1lZXQuICovXG5leHBvcnQgaW50ZXJmYWNlIEdhdGUge1xuICBtZXRyaWM6IHN0cmluZztcbiAgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIHJ1bGVzOiBSdWxlW107XG59XG5cbi8qKiBXaGF0IGs2IGFjY2VwdHMgYXMgb25lIGVudHJ5IG9mIGEgbWV0cmljJ3MgdGhyZXNob2xkIGxpc3QuICovXG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZCA9IHN0cmluZyB8IHsgdGhyZXNob2xkOiBzdHJpbmc7IGFib3J0T25GYWlsPzogYm9vbGVhbjsgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmcgfTtcbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkcyA9IFJlY29yZDxzdHJpbmcsIEs2VGhyZXNob2xkW10+O1xuXG4vLyBNYWRlIG9uIGZpcnN0IHVzZSwgbm90IGF0IG1vZHVsZSBsb2FkOiBvcHRpb25zIGFyZSBidWlsdCBpbiBrNidzIFZVIDAgb25seSAobGliL2NvbmZpZy9lbnRyeS50cyksXG4vLyBhbmQgYSBSZWdFeHAgZXZhbHVhdGVkIGF0IGxvYWQgd291bGQgYnVpbGQgUmVnRXhwJ3MgcHJvdG90eXBlIGluIGV2ZXJ5IFZVJ3MgcnVudGltZS5cbmxldCBwYXR0ZXJuczogeyBtZXRyaWNOYW1lOiBSZWdFeHA7IHRhZ1BhcnQ6IFJlZ0V4cDsgcGVyY2VudGlsZTogUmVnRXhwIH0gfCB1bmRlZmluZWQ7XG5jb25zdCBwYXR0ZXJuID0gKCkgPT5cbiAgKHBhdHRlcm5zID8/PSB7IG1ldHJpY05hbWU6IC9eW0EtWmEtel9dW0EtWmEtejAtOV9dKiQvLCB0YWdQYXJ0OiAvXltBLVphLXowLTlfLlxcLS9dKyQvLCBwZXJjZW50aWxlOiAvXnBcXCgoXFxkKyhcXC5cXGQrKT8pXFwpJC8gfSk7XG5cbi8qKiBgaHR0cF9yZXFfZHVyYXRpb257ZW5kcG9pbnQ6aGVhbHRofWA6IHRoZSBrZXkgazYgdXNlcyBmb3IgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNLZXkobWV0cmljOiBzdHJpbmcsIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogc3RyaW5nIHtcbiAgaWYgKCFwYXR0ZXJuKCkubWV0cmljTmFtZS50ZXN0KG1ldHJpYykpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBtZXRyaWMgbmFtZSBcIiR7bWV0cmljfVwiOiB1c2UgbGV0dGVycywgZGlnaXRzIGFuZCBfYCk7XG4gIGNvbnN0IGVudHJpZXMgPSBPYmplY3QuZW50cmllcyh0YWdzID8/IHt9KTtcbiAgaWYgKGVudHJpZXMubGVuZ3RoID09PSAwKSByZXR1cm4gbWV0cmljO1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBlbnRyaWVzKSB7XG4gICAgaWYgKCFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KGtleSkgfHwgIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3QodmFsdWUpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgdGFnICR7a2V5fToke3ZhbHVlfSBvbiAke21ldHJpY306IHRhZ3MgaW4gdGhyZXNob2xkcyBtYXkgaG9sZCBsZXR0ZXJzLCBkaWdpdHMgYW5kIF8gLiAtIC9gKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGAke21ldHJpY317JHtlbnRyaWVzLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9OiR7dmFsdWV9YCkuam9pbignLCcpfX1gO1xufVxuXG4vKiogYHAoOTUpPDIwMGA6IG9uZSBydWxlIGFzIGs2J3MgZXhwcmVzc2lvbiB0ZXh0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cHJlc3Npb24ocnVsZTogUGljazxSdWxlLCAnc3RhdCcgfCAnb3AnIHwgJ3ZhbHVlJz4pOiBzdHJpbmcge1xuICBjb25zdCBwZXJjZW50aWxlID0gcGF0dGVybigpLnBlcmNlbnRpbGUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSkgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHsgdGhyZXNob2xkOiB0ZXh0LCBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSkgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5cy5tYXAoKF8sIGkpID0+IGkpLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG5leHBvcnQgdHlwZSBVc2VyQ2xhc3MgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcblxuLyoqXG4gKiBUaGUgdXNlciBjbGFzcyBvZiBWVSBudW1iZXIgbiAoMS1iYXNlZCksIHNvIHRoYXQgdGhlIGZpcnN0IG4gVlVzIGFsd2F5cyBmb2xsb3cgdGhlIHdlaWdodHMgYXNcbiAqIGNsb3NlbHkgYXMgd2hvbGUgdXNlcnMgY2FuOiBlYWNoIFZVIHRha2VzIHRoZSBjbGFzcyBmdXJ0aGVzdCBiZWxvdyBpdHMgc2hhcmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc09mVXNlcihuOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogVXNlckNsYXNzIHtcbiAgY29uc3QgY2xhc3NlczogVXNlckNsYXNzW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcbiAgY29uc3QgYXNzaWduZWQgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBsZXQgY2hvc2VuOiBVc2VyQ2xhc3MgPSAncmVndWxhcic7XG4gIGZvciAobGV0IGkgPSAxOyBpIDw9IG47IGkrKykge1xuICAgIGxldCBiZXN0ID0gLUluZmluaXR5O1xuICAgIGZvciAoY29uc3QgYyBvZiBjbGFzc2VzKSB7XG4gICAgICBpZiAod2VpZ2h0c1tjXSA9PT0gMCkgY29udGludWU7XG4gICAgICBjb25zdCBkZWZpY2l0ID0gKHdlaWdodHNbY10gKiBpKSAvIDEwMCAtIGFzc2lnbmVkW2NdO1xuICAgICAgaWYgKGRlZmljaXQgPiBiZXN0KSB7XG4gICAgICAgIGJlc3QgPSBkZWZpY2l0O1xuICAgICAgICBjaG9zZW4gPSBjO1xuICAgICAgfVxuICAgIH1cbiAgICBhc3NpZ25lZFtjaG9zZW5dKys7XG4gIH1cbiAgcmV0dXJuIGNob3Nlbjtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzOiAwLFxuICAgIHN0YWdlczogW1xuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBVcFN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBEb3duU31zYCwgdGFyZ2V0OiAwIH0sXG4gICAgXSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMzBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogazYgd2FudHMgYSB3aG9sZSByYXRlOiBhIGZyYWN0aW9uYWwgcGVyLXNlY29uZCByYXRlIGlzIGV4cHJlc3NlZCBwZXIgbWludXRlIGluc3RlYWQuICovXG5leHBvcnQgZnVuY3Rpb24gd2hvbGVSYXRlKHBlclNlY29uZDogbnVtYmVyKTogeyByYXRlOiBudW1iZXI7IHRpbWVVbml0OiBzdHJpbmcgfSB7XG4gIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHBlclNlY29uZCkgPyB7IHJhdGU6IHBlclNlY29uZCwgdGltZVVuaXQ6ICcxcycgfSA6IHsgcmF0ZTogTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChwZXJTZWNvbmQgKiA2MCkpLCB0aW1lVW5pdDogJzFtJyB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoZXhlYzogc3RyaW5nLCBwZXJTZWNvbmQ6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyLCBzdGFydFRpbWUgPSAnMHMnKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIC4uLndob2xlUmF0ZShwZXJTZWNvbmQpLFxuICAgIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDEsIE1hdGguY2VpbChwZXJTZWNvbmQpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YXJ0VGltZSxcbiAgfTtcbn1cblxuLyoqIFdhbGwgdGltZSBvZiBhIHJhbXBpbmctdXNlcnMgcnVuLCBzZWNvbmRzLCBmb3Igc2NlbmFyaW9zIHRoYXQgbXVzdCBydW4gYWxvbmdzaWRlIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBudW1iZXIge1xuICByZXR1cm4gY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TICsgY29uZmlnLnJhbXBEb3duUztcbn1cblxuZXhwb3J0IGNvbnN0IFNVTU1BUllfVFJFTkRfU1RBVFMgPSBbJ2F2ZycsICdtaW4nLCAnbWVkJywgJ21heCcsICdwKDkwKScsICdwKDk1KScsICdwKDk5KScsICdjb3VudCddO1xuXG4vKiogVlVzIGZvbGxvd2luZyBleHBsaWNpdCBzdGFnZXMgKHNwaWtlIHNoYXBlcyBhbmQgdGhlIGxpa2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlZFVzZXJzKGV4ZWM6IHN0cmluZywgc3RhZ2VzOiB7IGR1cmF0aW9uUzogbnVtYmVyOyB0YXJnZXQ6IG51bWJlciB9W10sIHN0YXJ0VlVzID0gMCk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzLFxuICAgIHN0YWdlczogc3RhZ2VzLm1hcCgocykgPT4gKHsgZHVyYXRpb246IGAke3MuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHMudGFyZ2V0IH0pKSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMTBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogRXZlcnkgVlUgc3RhcnRzIG9uZSBpdGVyYXRpb24gYXQgdGhlIHNhbWUgaW5zdGFudCAodGhleSBhcmUgYWxsIGluaXRpYWxpc2VkIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxBdE9uY2UoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnM6IDEsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cblxuLyoqIEEgZml4ZWQgbnVtYmVyIG9mIFZVcyBmb3IgYSBmaXhlZCB0aW1lIChjbG9zZWQgbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50VXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYywgdnVzLCBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH07XG59XG5cbi8qKiBBcnJpdmFsIHJhdGUgcmlzaW5nIGxpbmVhcmx5IGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIHBlciBzZWNvbmQgb3ZlciBgZHVyYXRpb25TYCAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmlzaW5nUmF0ZShleGVjOiBzdHJpbmcsIHN0YXJ0UmF0ZTogbnVtYmVyLCBtYXhSYXRlOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBtYXhWVXM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0UmF0ZSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMiwgTWF0aC5jZWlsKHN0YXJ0UmF0ZSkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhZ2VzOiBbeyBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCB0YXJnZXQ6IG1heFJhdGUgfV0sXG4gIH07XG59XG5cbi8qKiBgdnVzYCB1c2VycyBlYWNoIHJ1biBgaXRlcmF0aW9uc2AgaXRlcmF0aW9ucywgYWxsIHN0YXJ0aW5nIHRvZ2V0aGVyLCBib3VuZGVkIGJ5IGBtYXhEdXJhdGlvblNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGl0ZXJhdGlvbnNQZXJVc2VyKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGl0ZXJhdGlvbnM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnMsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cbiIsICIvLyBXaGF0IGV2ZXJ5IGVudHJ5IHBvaW50IHNoYXJlczogaXQgYXNzZW1ibGVzIGs2IG9wdGlvbnMgZnJvbSB0aGUgZW50cnkncyBvd24gc2NlbmFyaW9zIGFuZFxuLy8gZ2F0ZXMsIGFkZGluZyB0aGUgc2VydmVyLXJlc291cmNlcyBzY2VuYXJpbyBhbmQgZ2F0ZXMgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQgKFNJREVDQVJfVVJMKS5cbi8vIEVudHJpZXMgcmUtZXhwb3J0IGBwb2xsUmVzb3VyY2VzYCBhbmQgYHRlYXJkb3duYCBmcm9tIGhlcmUsIGFzIGs2IG5lZWRzIHRoZW0gaW4gdGhlIGVudHJ5IG1vZHVsZS5cbi8vXG4vLyBrNiBldmFsdWF0ZXMgdGhlIHNjcmlwdCBvbmNlIHBlciBWVSwgZWFjaCBpbiBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgcGx1cyBvbmNlIGFzIFZVIDA6IHRoYXRcbi8vIGV2YWx1YXRpb24gaXMgd2hlcmUgazYgcmVhZHMgYG9wdGlvbnNgLCBhbmQgc2V0dXAsIHRlYXJkb3duIGFuZCBoYW5kbGVTdW1tYXJ5IGVhY2ggcnVuIGluIGEgZnJlc2hcbi8vIFZVIDAgdG9vLiBMb2FkIFZVcyAoMSwgMiwgLi4uKSBuZXZlciByZWFkIHRoZWlyIGBvcHRpb25zYCAoazYgc2V0cyB0aGUgY29uc29saWRhdGVkIG9wdGlvbnMgb250b1xuLy8gaXQpLCBzbyB0aGV5IHNraXAgYnVpbGRpbmcgdGhlbTogdGhlIHNjZW5hcmlvcywgZ2F0ZXMgYW5kIHRocmVzaG9sZCBleHByZXNzaW9ucyBtYWRlIHBlciBWVSB3ZXJlXG4vLyB+MC4xIE1CIG9mIGV2ZXJ5IFZVJ3MgaGVhcCAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgIGhlYXAgcHJvZmlsZSBhdCAxLDAwMCBWVXMpLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuaW1wb3J0IHsgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVjb3JkTWVtb3J5R3Jvd3RoLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IFNVTU1BUllfVFJFTkRfU1RBVFMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5UGFydHMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgZ2F0ZXM6IEdhdGVbXTtcbiAgLyoqIEhvdyBsb25nIHRoZSBsb2FkIHJ1bnMsIHNlY29uZHM6IHRoZSByZXNvdXJjZXMgcG9sbGVyIHJ1bnMgYXMgbG9uZy4gKi9cbiAgd2FsbFRpbWVTOiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIHRvbyAoc29haykuICovXG4gIGdhdGVNZW1vcnlHcm93dGg/OiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5T3B0aW9ucyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICB0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHM7XG4gIHNldHVwVGltZW91dDogc3RyaW5nO1xuICBzdW1tYXJ5VHJlbmRTdGF0czogc3RyaW5nW107XG59XG5cbi8qKiBXaGV0aGVyIHRoaXMgcnVudGltZSBpcyBrNidzIFZVIDAgKG9wdGlvbnMsIHNldHVwLCB0ZWFyZG93biwgaGFuZGxlU3VtbWFyeSkgcmF0aGVyIHRoYW4gYSBsb2FkIFZVLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzQ29udHJvbFJ1bnRpbWUoKTogYm9vbGVhbiB7XG4gIHJldHVybiBfX1ZVID09PSAwO1xufVxuXG4vKiogVGhlIGVudHJ5J3MgazYgb3B0aW9ucywgYnVpbHQgZnJvbSBgbWFrZVBhcnRzYCBpbiBWVSAwIG9ubHk7IHVuZGVmaW5lZCBpbiBsb2FkIFZVcyAoc2VlIGFib3ZlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIG1ha2VQYXJ0czogKCkgPT4gRW50cnlQYXJ0cyk6IEVudHJ5T3B0aW9ucyB8IHVuZGVmaW5lZCB7XG4gIGlmICghaXNDb250cm9sUnVudGltZSgpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBwYXJ0cyA9IG1ha2VQYXJ0cygpO1xuICAvLyBBIHVzZXIgY2xhc3Mgd2VpZ2h0ZWQgMCAlIChlLmcuIFBFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUz0xMDAvMC8wKSBoYXMgbm8gVlVzOyBrNiByZWZ1c2VzIGFcbiAgLy8gc2NlbmFyaW8gdGhhdCBuZXZlciBzdGFydHMgb25lLCBzbyBpdCBpcyBsZWZ0IG91dCByYXRoZXIgdGhhbiBmYWlsaW5nIHRoZSB3aG9sZSBydW4uXG4gIGNvbnN0IHNjZW5hcmlvcyA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhwYXJ0cy5zY2VuYXJpb3MpLmZpbHRlcigoWywgc2NlbmFyaW9dKSA9PiBoYXNVc2VycyhzY2VuYXJpbykpKTtcbiAgY29uc3QgZ2F0ZXMgPSBbLi4ucGFydHMuZ2F0ZXNdO1xuICBpZiAoY29uZmlnLnNpZGVjYXJVcmwpIHtcbiAgICBzY2VuYXJpb3MucmVzb3VyY2VzID0gcmVzb3VyY2VzU2NlbmFyaW8ocGFydHMud2FsbFRpbWVTKTtcbiAgICBnYXRlcy5wdXNoKFxuICAgICAgLi4ucmVzb3VyY2VHYXRlcyh7XG4gICAgICAgIG1lbW9yeU1iOiBjb25maWcudGFyZ2V0cy5tZW1vcnlNYixcbiAgICAgICAgY3B1UGVyY2VudDogY29uZmlnLnRhcmdldHMuY3B1UGVyY2VudCxcbiAgICAgICAgZ3Jvd3RoTWJQZXJNaW46IHBhcnRzLmdhdGVNZW1vcnlHcm93dGggPyBjb25maWcudGFyZ2V0cy5tZW1vcnlHcm93dGhNYlBlck1pbiA6IHVuZGVmaW5lZCxcbiAgICAgICAgZmFpbE9uTWlzc2luZzogY29uZmlnLnNpZGVjYXJTdHJpY3QsXG4gICAgICB9KSxcbiAgICApO1xuICB9XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHRvSzZUaHJlc2hvbGRzKGdhdGVzKSxcbiAgICBzZXR1cFRpbWVvdXQ6IGAke01hdGgubWF4KDYwLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICsgMzApfXNgLFxuICAgIHN1bW1hcnlUcmVuZFN0YXRzOiBTVU1NQVJZX1RSRU5EX1NUQVRTLFxuICB9O1xufVxuXG5mdW5jdGlvbiBoYXNVc2VycyhzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuIHtcbiAgY29uc3QgeyBleGVjdXRvciwgc3RhcnRWVXMsIHN0YWdlcywgdnVzIH0gPSBzY2VuYXJpbyBhcyB7IGV4ZWN1dG9yOiBzdHJpbmc7IHN0YXJ0VlVzPzogbnVtYmVyOyBzdGFnZXM/OiB7IHRhcmdldDogbnVtYmVyIH1bXTsgdnVzPzogbnVtYmVyIH07XG4gIGlmIChleGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgcmV0dXJuIChzdGFydFZVcyA/PyAwKSA+IDAgfHwgKHN0YWdlcyA/PyBbXSkuc29tZSgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCA+IDApO1xuICBpZiAoZXhlY3V0b3IgPT09ICdjb25zdGFudC12dXMnIHx8IGV4ZWN1dG9yID09PSAncGVyLXZ1LWl0ZXJhdGlvbnMnIHx8IGV4ZWN1dG9yID09PSAnc2hhcmVkLWl0ZXJhdGlvbnMnKSByZXR1cm4gKHZ1cyA/PyAxKSA+IDA7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbydzIGl0ZXJhdGlvbjogb25lIHBvbGwgb2YgdGhlIHNpZGVjYXIuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcygpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSBwb2xsU2lkZWNhcihydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbi8qKiBXaGF0IG9ubHkgdGhlIGVuZCBvZiB0aGUgcnVuIGtub3dzICh0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCkuIEVudHJpZXMgd2l0aCBhIHRlYXJkb3duIG9mIHRoZWlyIG93biBjYWxsIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlY29yZFJlc291cmNlc0F0RW5kKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHJlY29yZE1lbW9yeUdyb3d0aChydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZWFyZG93bigpOiB2b2lkIHtcbiAgcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTtcbn1cbiIsICIvLyBUaW1lIHBoYXNlcyBvZiBhIHJ1biwgYXMgazYgdGFncyBhbmQgYXMgaW4tcnVuIGFyaXRobWV0aWMsIHNvIHF1ZXN0aW9ucyBhYm91dCB0aW1lIChkaWQgbGF0ZW5jeVxuLy8gY29tZSBiYWNrIGFmdGVyIHRoZSBzcGlrZT8gZG9lcyBpdCBjcmVlcCB1cCBkdXJpbmcgdGhlIGhvbGQ/KSBhcmUgYW5zd2VyZWQgYnkgazYgdGhyZXNob2xkcy5cbi8vXG4vLyAtIEV2ZXJ5IG1ldHJpYyBhIFZVIGVtaXRzIGlzIHRhZ2dlZCB3aXRoIHRoZSBwaGFzZSBpdCBmYWxscyBpbiAoZXhlYy52dS5tZXRyaWNzLnRhZ3MpLCBzb1xuLy8gICBzdWItbWV0cmljcyBzdWNoIGFzIGh0dHBfcmVxX2R1cmF0aW9ue3BoYXNlOnJlY292ZXJlZH0gZXhpc3QgYW5kIGNhcnJ5IHRocmVzaG9sZHMuXG4vLyAtIERyaWZ0OiBlYWNoIFZVIGtlZXBzIHRoZSBtZWRpYW4gbGF0ZW5jeSBvZiBpdHMgb3duIHJlcXVlc3RzIGluIGEgcmVmZXJlbmNlIHBoYXNlICh0aGVcbi8vICAgcHJlLXNwaWtlIGJhc2VsaW5lLCB0aGUgc3RhcnQgb2YgYSBob2xkKSBhbmQsIGluIGEgbGF0ZXIgcGhhc2UsIHJlY29yZHMgZXZlcnkgcmVxdWVzdCdzXG4vLyAgIGxhdGVuY3kgZGl2aWRlZCBieSB0aGF0IG1lZGlhbiBpbnRvIGEgVHJlbmQgKGxpYi9sb2FkL3BoYXNlLW1hdGgudHMgZHJpZnRSYXRpbykuIEEgdGhyZXNob2xkIG9uXG4vLyAgIHRoYXQgVHJlbmQgKGUuZy4gbWVkIDwgMS41KSBzYXlzIFwibGF0ZW5jeSBpcyBiYWNrIHRvIC8gc3RpbGwgYXQgdGhlIHJlZmVyZW5jZVwiLCBtZWFzdXJlZFxuLy8gICBpbnNpZGUgdGhlIHJ1bi4gUGVyIFZVLCBiZWNhdXNlIGs2IFZVcyBzaGFyZSBubyBzdGF0ZTsgYSBWVSB0aGF0IGhhcyBubyByZWZlcmVuY2Ugc2FtcGxlc1xuLy8gICAob25lIGFkZGVkIGJ5IHRoZSBzcGlrZSkgcmVjb3JkcyBub3RoaW5nLiBCb3RoIHNpZGVzIGdldCBhIG5vaXNlIGZsb29yIChkZWZhdWx0IDEwIG1zKS5cbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgeyBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgb2JzZXJ2ZVJlcXVlc3RzIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgZHJpZnRSYXRpbywgbWVkaWFuLCBwaGFzZUF0LCB0eXBlIFBoYXNlIH0gZnJvbSAnLi9waGFzZS1tYXRoLnRzJztcblxuZXhwb3J0IHsgcGhhc2VBdCwgbWVkaWFuLCB0eXBlIFBoYXNlIH0gZnJvbSAnLi9waGFzZS1tYXRoLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIGVsYXBzZWRJblNjZW5hcmlvUygpOiBudW1iZXIge1xuICByZXR1cm4gKERhdGUubm93KCkgLSBleGVjLnNjZW5hcmlvLnN0YXJ0VGltZSkgLyAxMDAwO1xufVxuXG4vLyBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIHJ1biBvdXRzaWRlIGFueSBzY2VuYXJpbywgd2hlcmUgazYgcmVmdXNlcyBleGVjLnNjZW5hcmlvOiB0aGUgZHJpZnRcbi8vIG9ic2VydmVyIG9ubHkgYWN0cyBvbmNlIHRoaXMgVlUgaGFzIGVudGVyZWQgYSBwaGFzZSBpbiBhIHNjZW5hcmlvIGl0ZXJhdGlvbi5cbmxldCBpblNjZW5hcmlvID0gZmFsc2U7XG5cbi8qKiBUYWdzIGV2ZXJ5dGhpbmcgdGhpcyBWVSBlbWl0cyBmcm9tIG5vdyBvbiB3aXRoIHRoZSBjdXJyZW50IHBoYXNlOyByZXR1cm5zIGl0LiBDYWxsIGF0IHRoZSBzdGFydCBvZiBlYWNoIGl0ZXJhdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRlclBoYXNlKHBoYXNlczogcmVhZG9ubHkgUGhhc2VbXSk6IHN0cmluZyB7XG4gIGluU2NlbmFyaW8gPSB0cnVlO1xuICBjb25zdCBuYW1lID0gcGhhc2VBdChlbGFwc2VkSW5TY2VuYXJpb1MoKSwgcGhhc2VzKTtcbiAgZXhlYy52dS5tZXRyaWNzLnRhZ3MucGhhc2UgPSBuYW1lO1xuICByZXR1cm4gbmFtZTtcbn1cblxuLyoqXG4gKiBSZWNvcmRzIGxhdGVuY3kgZHJpZnQgYWdhaW5zdCBhIHJlZmVyZW5jZSBwaGFzZTogcmVxdWVzdHMgaW4gYHJlZmVyZW5jZWAgYnVpbGQgdGhpcyBWVSdzXG4gKiByZWZlcmVuY2UgbWVkaWFuOyByZXF1ZXN0cyBpbiBgY29tcGFyZWRgIGFkZCBkcmlmdFJhdGlvKC4uLikgdG8gdGhlIFRyZW5kLiBBIHJlcXVlc3QncyBwaGFzZSBpc1xuICogcmVhZCBmcm9tIHRoZSBjbG9jayB3aGVuIGl0IGNvbXBsZXRlcywgbm90IGZyb20gdGhlIHRhZyBzZXQgYXQgdGhlIGl0ZXJhdGlvbidzIHN0YXJ0IChhXG4gKiB3b3JrZmxvdyBpdGVyYXRpb24gd2l0aCB0aGluayB0aW1lcyBzcGFucyBzZWNvbmRzIGFuZCB3b3VsZCBzdHJhZGRsZSBwaGFzZXMpOyB0aGUgVlUncyBwaGFzZVxuICogdGFnIGlzIHJlZnJlc2hlZCBhdCB0aGUgc2FtZSBtb21lbnQsIHNvIGEgcmVxdWVzdCdzIHRhZyBsYWdzIHRoZSBjbG9jayBieSBvbmUgdGhpbmsgdGltZSBhdCBtb3N0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdHJhY2tEcmlmdChtZXRyaWNOYW1lOiBzdHJpbmcsIHBoYXNlczogcmVhZG9ubHkgUGhhc2VbXSwgcmVmZXJlbmNlOiBzdHJpbmcsIGNvbXBhcmVkOiByZWFkb25seSBzdHJpbmdbXSwgZmxvb3JNcyA9IDEwKTogVHJlbmQge1xuICBjb25zdCBkcmlmdCA9IG5ldyBUcmVuZChtZXRyaWNOYW1lKTtcbiAgY29uc3QgcmVmZXJlbmNlU2FtcGxlczogbnVtYmVyW10gPSBbXTtcbiAgbGV0IHJlZmVyZW5jZU1lZGlhbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBvYnNlcnZlUmVxdWVzdHMoKF9lbmRwb2ludCwgZHVyYXRpb25Ncywgb2spID0+IHtcbiAgICBpZiAoIWluU2NlbmFyaW8pIHJldHVybjtcbiAgICBjb25zdCBwaGFzZSA9IHBoYXNlQXQoZWxhcHNlZEluU2NlbmFyaW9TKCksIHBoYXNlcyk7XG4gICAgZXhlYy52dS5tZXRyaWNzLnRhZ3MucGhhc2UgPSBwaGFzZTtcbiAgICBpZiAocGhhc2UgPT09IHJlZmVyZW5jZSkge1xuICAgICAgaWYgKG9rKSByZWZlcmVuY2VTYW1wbGVzLnB1c2goZHVyYXRpb25Ncyk7XG4gICAgICByZWZlcmVuY2VNZWRpYW4gPSB1bmRlZmluZWQ7XG4gICAgfSBlbHNlIGlmIChjb21wYXJlZC5pbmNsdWRlcyhwaGFzZSkpIHtcbiAgICAgIHJlZmVyZW5jZU1lZGlhbiA/Pz0gbWVkaWFuKHJlZmVyZW5jZVNhbXBsZXMpO1xuICAgICAgaWYgKHJlZmVyZW5jZU1lZGlhbiAhPT0gdW5kZWZpbmVkKSBkcmlmdC5hZGQoZHJpZnRSYXRpbyhkdXJhdGlvbk1zLCBvaywgcmVmZXJlbmNlTWVkaWFuLCBmbG9vck1zKSk7XG4gICAgfVxuICB9KTtcbiAgcmV0dXJuIGRyaWZ0O1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHBhdGhzLCByZXF1ZXN0VGFncywgdHlwZSBJZCB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHsgaXRlbXM6IENvdXJzZVtdOyB0b3RhbDogbnVtYmVyOyBsaW1pdDogbnVtYmVyOyBvZmZzZXQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7IHRpdGxlOiBzdHJpbmc7IHRvcGljOiBzdHJpbmc7IGxldmVsOiBMZXZlbDsgY2hhcHRlcl9jb3VudDogbnVtYmVyOyBsYW5ndWFnZT86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyBzdGF0dXM6IHN0cmluZzsgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDsgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgd29yZF9jb3VudDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4geyBhY2Nlc3NfdG9rZW46IHN0cmluZzsgdG9rZW5fdHlwZTogc3RyaW5nOyByb2xlOiBSb2xlOyBleHBpcmVzX2luOiBudW1iZXIgfVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqXG4gKiBXaGV0aGVyIHRoZSBhbnN3ZXIgY2xhaW1zIHRvIGJlIEpTT04gYXQgYWxsIChhbiBIVE1MIGVycm9yIHBhZ2UgaXMgYSBmYWlsZWQgY2hlY2ssIG5vdCBhblxuICogZXhjZXB0aW9uKS4gVGhlIGJvZHkgaXRzZWxmIGlzIG5vdCByZWFkIGhlcmU6IGFuIGVtcHR5IG9yIHVucGFyc2FibGUgb25lIHJlYWRzIGFzIGhhdmluZyBub1xuICogZmllbGRzLCB3aGljaCBmYWlscyB0aGUgc2hhcGUsIGFuZCByZWFkaW5nIGl0IHdvdWxkIGNvcHkgZXZlcnkgYm9keSBpbnRvIEphdmFTY3JpcHQuXG4gKi9cbmZ1bmN0aW9uIGlzSnNvbihyZXM6IFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gIHJldHVybiBTdHJpbmcocmVzLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID8/ICcnKS5pbmNsdWRlcygnanNvbicpO1xufVxuXG4vKiogVGhlIHJlc3BvbnNlIHRoZSBzaGFwZSBjaGVjayBpcyByZWFkaW5nOiBvbmUgZmllbGQgcmVhZGVyIHBlciBWVSwgbm90IGEgY2xvc3VyZSBwZXIgcmVxdWVzdC4gKi9cbmxldCByZWFkaW5nOiBSZXNwb25zZSB8IHVuZGVmaW5lZDtcbi8qKiBGaWVsZCByZWFkZXIgb3ZlciBrNidzIHNlbGVjdG9yOyBhIGJvZHkgdGhhdCBpcyBub3QgdmFsaWQgSlNPTiByZWFkcyBhcyBoYXZpbmcgbm8gZmllbGRzLiAqL1xuY29uc3QgcmVhZEZpZWxkOiBGaWVsZCA9IChwYXRoKSA9PiB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRpbmchLmpzb24ocGF0aCkgPz8gdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59O1xuXG4vKiogQSBjYWxsJ3MgUmVzdWx0OyB0aGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZCAoYSBwcm90b3R5cGUgZ2V0dGVyOiBubyBjbG9zdXJlcyBwZXIgcmVxdWVzdCkuICovXG5jbGFzcyBMYXp5UmVzdWx0PFQ+IGltcGxlbWVudHMgUmVzdWx0PFQ+IHtcbiAgcHJpdmF0ZSBwYXJzZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSB2YWx1ZTogVCB8IHVuZGVmaW5lZDtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgb2s6IGJvb2xlYW4sXG4gICAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSByZXM6IFJlc3BvbnNlIHwgdW5kZWZpbmVkLFxuICApIHt9XG5cbiAgZ2V0IGJvZHkoKTogVCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMucmVzICYmICF0aGlzLnBhcnNlZCkge1xuICAgICAgdGhpcy52YWx1ZSA9IHBhcnNlSnNvbih0aGlzLnJlcy5ib2R5KSBhcyBUO1xuICAgICAgdGhpcy5wYXJzZWQgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy52YWx1ZTtcbiAgfVxufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24oYm9keTogdW5rbm93bik6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKGJvZHkgYXMgc3RyaW5nKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vLyBDYWNoZXMgb24gdGhpcyBwYXRoIGFyZSBwbGFpbiBvYmplY3RzLCBub3QgTWFwOiBldmVyeSBWVSBoYXMgaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIGFuZCB0aGVcbi8vIGZpcnN0IE1hcCBhIHJ1bnRpbWUgdXNlcyBidWlsZHMgTWFwJ3MgY29uc3RydWN0b3IgYW5kIHByb3RvdHlwZSBpbiBpdCAofjEwIEtCIHBlciBWVSwgYmVuY2gvKS5cbi8vIE9uZSBjYWxsYmFjayBwZXIgc3RhdHVzLCBtYWRlIG9uY2U6IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcygpIGFsbG9jYXRlcywgYW5kIHRoaXMgaXMgZXZlcnkgcmVxdWVzdCdzIHBhdGguXG5jb25zdCBzdGF0dXNDYWxsYmFja3M6IFJlY29yZDxudW1iZXIsIFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4+ID0ge307XG5mdW5jdGlvbiBleHBlY3RTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+IHtcbiAgcmV0dXJuIChzdGF0dXNDYWxsYmFja3Nbc3RhdHVzXSA/Pz0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cykpO1xufVxuXG4vKiogU2VlcyBldmVyeSBBUEkgcmVxdWVzdCdzIGR1cmF0aW9uIGFuZCBvdXRjb21lOiBob3cgc2NlbmFyaW9zIG1lYXN1cmUgbGF0ZW5jeSBwZXIgcGhhc2UuICovXG5leHBvcnQgdHlwZSBSZXF1ZXN0T2JzZXJ2ZXIgPSAoZW5kcG9pbnQ6IEVuZHBvaW50LCBkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuKSA9PiB2b2lkO1xubGV0IG9ic2VydmVyOiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQ7XG5leHBvcnQgZnVuY3Rpb24gb2JzZXJ2ZVJlcXVlc3RzKG5leHQ6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBvYnNlcnZlciA9IG5leHQ7XG59XG5cbi8qKiBXaGF0IGEgcmVxdWVzdCdzIGNoZWNrcyBsb29rIGF0OyBvbmUgb2JqZWN0IHBlciBWVSwgcmV1c2VkLCBzbyBhIHJlcXVlc3QgYWxsb2NhdGVzIG5vIGNoZWNrIGNsb3N1cmVzLiAqL1xuaW50ZXJmYWNlIE91dGNvbWUge1xuICBzdGF0dXNPazogYm9vbGVhbjtcbiAgc2hhcGVPazogYm9vbGVhbjtcbn1cbmNvbnN0IG91dGNvbWU6IE91dGNvbWUgPSB7IHN0YXR1c09rOiBmYWxzZSwgc2hhcGVPazogZmFsc2UgfTtcblxudHlwZSBDaGVja3MgPSBSZWNvcmQ8c3RyaW5nLCAobzogT3V0Y29tZSkgPT4gYm9vbGVhbj47XG4vLyBLZXllZCBieSBlbmRwb2ludCBhbG9uZTogZWFjaCBBcGlDbGllbnQgbWV0aG9kIGZpeGVzIGl0cyBlbmRwb2ludCdzIGV4cGVjdGVkIHN0YXR1cywgc2hhcGUgYW5kIHBheWxvYWQuXG5jb25zdCBjaGVja1NldHM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCB7IGNoZWNrczogQ2hlY2tzOyB0YWdzOiB7IGVuZHBvaW50OiBFbmRwb2ludCB9IH0+PiA9IHt9O1xuLyoqIFRoZSBjaGVja3Mgb2Ygb25lIGVuZHBvaW50LCBtYWRlIG9uY2U6IHRoZSBzYW1lIG5hbWVzIG9uIGV2ZXJ5IHJlcXVlc3Qga2VlcCB0aGUgY2hlY2tzIG1ldHJpYydzIHNlcmllcyBmaXhlZC4gKi9cbmZ1bmN0aW9uIGNoZWNrc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhTaGFwZTogYm9vbGVhbikge1xuICBsZXQgc2V0ID0gY2hlY2tTZXRzW2VuZHBvaW50XTtcbiAgaWYgKCFzZXQpIHtcbiAgICBjb25zdCBjaGVja3M6IENoZWNrcyA9IHsgW2Ake2VuZHBvaW50fTogc3RhdHVzIGlzICR7ZXhwZWN0ZWR9YF06IChvKSA9PiBvLnN0YXR1c09rIH07XG4gICAgaWYgKHdpdGhTaGFwZSkgY2hlY2tzW2Ake2VuZHBvaW50fTogYm9keSBoYXMgdGhlIGV4cGVjdGVkIHNoYXBlYF0gPSAobykgPT4gIW8uc3RhdHVzT2sgfHwgby5zaGFwZU9rO1xuICAgIHNldCA9IHsgY2hlY2tzLCB0YWdzOiB7IGVuZHBvaW50IH0gfTtcbiAgICBjaGVja1NldHNbZW5kcG9pbnRdID0gc2V0O1xuICB9XG4gIHJldHVybiBzZXQ7XG59XG5cbnR5cGUgUGFyYW1zID0gTm9uTnVsbGFibGU8UGFyYW1ldGVyczx0eXBlb2YgaHR0cC5yZXF1ZXN0PlszXT47XG5cbmV4cG9ydCBjbGFzcyBBcGlDbGllbnQge1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXQ6IHN0cmluZztcbiAgLyoqIFJlcXVlc3QgcGFyYW1zIHBlciBlbmRwb2ludCAoaGVhZGVycywgdGFncywgdGltZW91dCwgZXhwZWN0ZWQgc3RhdHVzKSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgcGFyYW1zOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUGFyYW1zPj4gPSB7fTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbiwgcmVhZHNCb2R5OiBib29sZWFuKTogUGFyYW1zIHtcbiAgICBsZXQgcGFyYW1zID0gdGhpcy5wYXJhbXNbZW5kcG9pbnRdO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0geyBoZWFkZXJzLCB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksIHRpbWVvdXQ6IHRoaXMudGltZW91dCwgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSB9O1xuICAgICAgLy8gQSBib2R5IG5vYm9keSBjaGVja3Mgb3IgcmVhZHMgKERFTEVURSdzIDIwNCwgYW4gZXhwb3J0IGRvY3VtZW50KSBpcyBub3QgY29waWVkIGludG8gSmF2YVNjcmlwdC5cbiAgICAgIGlmICghcmVhZHNCb2R5KSBwYXJhbXMucmVzcG9uc2VUeXBlID0gJ25vbmUnO1xuICAgICAgdGhpcy5wYXJhbXNbZW5kcG9pbnRdID0gcGFyYW1zO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KG1ldGhvZCwgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLCB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCwgdGhpcy5wYXJhbXNGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCB3aXRoUGF5bG9hZCwgc2hhcGUgIT09IHVuZGVmaW5lZCkpO1xuICAgIC8vIEVhY2ggcHJvcGVydHkgcmVhZCBvZiBhIGs2IHJlc3BvbnNlIGNyb3NzZXMgaW50byBHbyBhbmQgYnVpbGRzIGEgSlMgdmFsdWU6IHJlYWQgZWFjaCBvbmNlLlxuICAgIGNvbnN0IHN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSBzdGF0dXMgPT09IGV4cGVjdGVkO1xuICAgIGxldCBzaGFwZU9rID0gdHJ1ZTtcbiAgICBpZiAoc2hhcGUgJiYgc3RhdHVzT2spIHtcbiAgICAgIC8vIChhIHdyb25nIHN0YXR1cyBhbHJlYWR5IGZhaWxzIHRoZSBjYWxsOyBpdHMgYm9keSdzIHNoYXBlIHdvdWxkIGNoYW5nZSBubyBjaGVjaydzIG91dGNvbWUpXG4gICAgICByZWFkaW5nID0gcmVzO1xuICAgICAgc2hhcGVPayA9IGlzSnNvbihyZXMpICYmIHNoYXBlKHJlYWRGaWVsZCk7XG4gICAgICByZWFkaW5nID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBvdXRjb21lLnN0YXR1c09rID0gc3RhdHVzT2s7XG4gICAgb3V0Y29tZS5zaGFwZU9rID0gc2hhcGVPaztcbiAgICBjb25zdCB7IGNoZWNrcywgdGFncyB9ID0gY2hlY2tzRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgc2hhcGUgIT09IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgb2sgPSBjaGVjayhvdXRjb21lLCBjaGVja3MsIHRhZ3MpO1xuICAgIGNvbnN0IGFsbE9rID0gb2sgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaztcbiAgICBvYnNlcnZlcj8uKGVuZHBvaW50LCByZXMudGltaW5ncy5kdXJhdGlvbiwgYWxsT2spO1xuICAgIHJldHVybiBuZXcgTGF6eVJlc3VsdDxUPihhbGxPaywgc3RhdHVzLCBzaGFwZSAmJiBzdGF0dXNPayAmJiBzaGFwZU9rID8gcmVzIDogdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGhlYWx0aCgpOiBSZXN1bHQ8eyBzdGF0dXM6IHN0cmluZyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnaGVhbHRoJywgJ0dFVCcsIHBhdGhzLmhlYWx0aCgpLCAyMDAsIHNoYXBlcy5oZWFsdGgpO1xuICB9XG5cbiAgbG9naW4oZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IFJlc3VsdDxMb2dpbj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2xvZ2luJywgJ1BPU1QnLCBwYXRocy5sb2dpbigpLCAyMDAsIHNoYXBlcy5sb2dpbiwgeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cblxuICBsaXN0Q291cnNlcyhxdWVyeTogeyBsaW1pdD86IG51bWJlcjsgb2Zmc2V0PzogbnVtYmVyOyBxPzogc3RyaW5nIH0gPSB7fSk6IFJlc3VsdDxDb3Vyc2VMaXN0PiB7XG4gICAgLy8gQSBsb29wIHJhdGhlciB0aGFuIGVudHJpZXMvZmlsdGVyL21hcC9qb2luOiB0aGlzIGlzIHRoZSBtb3N0IGZyZXF1ZW50IHJlcXVlc3QsIGFuZCBlYWNoIG9mXG4gICAgLy8gdGhvc2UgaXMgYSBwZXItcmVxdWVzdCBhcnJheSBhbmQgYSBidWlsdC1pbiBldmVyeSBWVSdzIHJ1bnRpbWUgd291bGQgYnVpbGQuXG4gICAgbGV0IHNlYXJjaCA9ICcnO1xuICAgIGZvciAoY29uc3Qga2V5IGluIHF1ZXJ5KSB7XG4gICAgICBjb25zdCB2YWx1ZSA9IHF1ZXJ5W2tleSBhcyBrZXlvZiB0eXBlb2YgcXVlcnldO1xuICAgICAgaWYgKHZhbHVlICE9PSB1bmRlZmluZWQpIHNlYXJjaCArPSBgJHtzZWFyY2ggPyAnJicgOiAnPyd9JHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWA7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtzZWFyY2h9YCwgMjAwLCBzaGFwZXMuY291cnNlTGlzdCk7XG4gIH1cblxuICBjcmVhdGVDb3Vyc2UoY291cnNlOiBOZXdDb3Vyc2UpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2NyZWF0ZScsICdQT1NUJywgcGF0aHMuY291cnNlcygpLCAyMDEsIHNoYXBlcy5jb3Vyc2UsIGNvdXJzZSk7XG4gIH1cblxuICBnZXRDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZXQnLCAnR0VUJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlV2l0aENoYXB0ZXJzKTtcbiAgfVxuXG4gIHVwZGF0ZUNvdXJzZShpZDogSWQsIGNoYW5nZXM6IFBhcnRpYWw8TmV3Q291cnNlPik6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfdXBkYXRlJywgJ1BBVENIJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlLCBjaGFuZ2VzKTtcbiAgfVxuXG4gIGRlbGV0ZUNvdXJzZShpZDogSWQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2RlbGV0ZScsICdERUxFVEUnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDQsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBnZW5lcmF0ZShpZDogSWQpOiBSZXN1bHQ8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dlbmVyYXRlJywgJ1BPU1QnLCBwYXRocy5nZW5lcmF0ZShpZCksIDIwMiwgc2hhcGVzLmpvYkFjY2VwdGVkLCB7fSk7XG4gIH1cblxuICBnZXRKb2Ioam9iSWQ6IElkKTogUmVzdWx0PEpvYj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2pvYl9nZXQnLCAnR0VUJywgcGF0aHMuam9iKGpvYklkKSwgMjAwLCBzaGFwZXMuam9iKTtcbiAgfVxuXG4gIGdldENoYXB0ZXIoaWQ6IElkLCBpbmRleDogbnVtYmVyKTogUmVzdWx0PENoYXB0ZXI+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjaGFwdGVyX2dldCcsICdHRVQnLCBwYXRocy5jaGFwdGVyKGlkLCBpbmRleCksIDIwMCwgc2hhcGVzLmNoYXB0ZXIpO1xuICB9XG5cbiAgZXhwb3J0Q291cnNlKGlkOiBJZCwgZm9ybWF0OiBFeHBvcnRGb3JtYXQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2V4cG9ydCcsICdHRVQnLCBgJHtwYXRocy5leHBvcnRDb3Vyc2UoaWQpfT9mb3JtYXQ9JHtmb3JtYXR9YCwgMjAwLCB1bmRlZmluZWQpO1xuICB9XG5cbiAgYWRtaW5TdGF0cygpOiBSZXN1bHQ8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9zdGF0cycsICdHRVQnLCBwYXRocy5hZG1pblN0YXRzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pbkpvYnMobGltaXQgPSAyMCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fam9icycsICdHRVQnLCBgJHtwYXRocy5hZG1pbkpvYnMoKX0/bGltaXQ9JHtsaW1pdH1gLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Vc2VycygpOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3VzZXJzJywgJ0dFVCcsIHBhdGhzLmFkbWluVXNlcnMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxufVxuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBieSBzdGFibGUgbmFtZTogdGhlIGBlbmRwb2ludGAgdGFnIG9uIGV2ZXJ5IHJlcXVlc3QsIHRoZSBrZXkgb2Zcbi8vIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnQgcm93cywgYW5kIHRoZSByb3V0ZSBuYW1lcyB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fRkFVTFRTIHVzZS5cbmV4cG9ydCBjb25zdCBFTkRQT0lOVFMgPSBbXG4gICdoZWFsdGgnLFxuICAnbG9naW4nLFxuICAnY291cnNlc19saXN0JyxcbiAgJ2NvdXJzZV9jcmVhdGUnLFxuICAnY291cnNlX2dldCcsXG4gICdjb3Vyc2VfdXBkYXRlJyxcbiAgJ2NvdXJzZV9kZWxldGUnLFxuICAnY291cnNlX2dlbmVyYXRlJyxcbiAgJ2pvYl9nZXQnLFxuICAnY2hhcHRlcl9nZXQnLFxuICAnY291cnNlX2V4cG9ydCcsXG4gICdhZG1pbl9zdGF0cycsXG4gICdhZG1pbl9qb2JzJyxcbiAgJ2FkbWluX3VzZXJzJyxcbl0gYXMgY29uc3Q7XG5cbmV4cG9ydCB0eXBlIEVuZHBvaW50ID0gKHR5cGVvZiBFTkRQT0lOVFMpW251bWJlcl07XG5cbi8qKiBUYWcgdmFsdWUgdGhhdCBzZXBhcmF0ZXMgdGhlIHBsYXRmb3JtJ3MgQVBJIHRyYWZmaWMgZnJvbSB0aGUgc3VpdGUncyBvd24gY2FsbHMgKGUuZy4gdGhlIHNpZGVjYXIpLiAqL1xuZXhwb3J0IGNvbnN0IEFQSV9TQ09QRSA9ICdhcGknO1xuIiwgIi8vIFBhdGhzIGFuZCByZXF1ZXN0IHRhZ3Mgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJLCBpbiBvbmUgcGxhY2UuIFB1cmUgKG5vIGs2IGltcG9ydHMpLCBzbyB0aGVcbi8vIG1hcHBpbmcgZnJvbSBlbmRwb2ludCB0byBwYXRoIGFuZCB0YWdzIGlzIHVuaXQtdGVzdGVkIGluIE5vZGUuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5cbmV4cG9ydCB0eXBlIElkID0gc3RyaW5nIHwgbnVtYmVyO1xuXG5jb25zdCBzZWcgPSAoaWQ6IElkKTogc3RyaW5nID0+IGVuY29kZVVSSUNvbXBvbmVudChTdHJpbmcoaWQpKTtcblxuZXhwb3J0IGNvbnN0IHBhdGhzID0ge1xuICBoZWFsdGg6ICgpID0+ICcvaGVhbHRoJyxcbiAgbG9naW46ICgpID0+ICcvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzOiAoKSA9PiAnL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX1gLFxuICBnZW5lcmF0ZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2dlbmVyYXRlYCxcbiAgam9iOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9qb2JzLyR7c2VnKGlkKX1gLFxuICBjaGFwdGVyOiAoaWQ6IElkLCBpbmRleDogbnVtYmVyKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vY2hhcHRlcnMvJHtpbmRleH1gLFxuICBleHBvcnRDb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9leHBvcnRgLFxuICBhZG1pblN0YXRzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluSm9iczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluVXNlcnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn0gYXMgY29uc3Q7XG5cbi8qKiBUaGUgYG5hbWVgIHRhZzogdGhlIHBhdGggdGVtcGxhdGUsIHNvIFVSTHMgd2l0aCBpZHMgY29sbGFwc2UgaW50byBvbmUgc2VyaWVzIHBlciByb3V0ZS4gKi9cbmNvbnN0IHJvdXRlTmFtZXM6IFJlY29yZDxFbmRwb2ludCwgc3RyaW5nPiA9IHtcbiAgaGVhbHRoOiAnR0VUIC9oZWFsdGgnLFxuICBsb2dpbjogJ1BPU1QgL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlc19saXN0OiAnR0VUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9jcmVhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfdXBkYXRlOiAnUEFUQ0ggL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZGVsZXRlOiAnREVMRVRFIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2dlbmVyYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9nZW5lcmF0ZScsXG4gIGpvYl9nZXQ6ICdHRVQgL2FwaS92MS9qb2JzL3tqb2JfaWR9JyxcbiAgY2hhcHRlcl9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vY2hhcHRlcnMve2luZGV4fScsXG4gIGNvdXJzZV9leHBvcnQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZXhwb3J0JyxcbiAgYWRtaW5fc3RhdHM6ICdHRVQgL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluX2pvYnM6ICdHRVQgL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5fdXNlcnM6ICdHRVQgL2FwaS92MS9hZG1pbi91c2VycycsXG59O1xuXG4vLyBmb3ItaW4sIG5vdCBPYmplY3QuZW50cmllcy9mcmVlemU6IHRoaXMgcnVucyBpbiBldmVyeSBWVSdzIHJ1bnRpbWUsIGFuZCBlYWNoIGJ1aWx0LWluIGl0XG4vLyB0b3VjaGVzIGlzIGJ1aWx0IHRoZXJlIChSZWFkb25seSBrZWVwcyB0aGUgdGFncyB1bmNoYW5nZWQgYXQgY29tcGlsZSB0aW1lKS5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBlbmRwb2ludCBpbiByb3V0ZU5hbWVzKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50IGFzIEVuZHBvaW50XSA9IHsgZW5kcG9pbnQsIHNjb3BlOiBBUElfU0NPUEUsIG5hbWU6IHJvdXRlTmFtZXNbZW5kcG9pbnQgYXMgRW5kcG9pbnRdIH07XG59XG5cbi8qKiBUaGUgdGFncyBvZiBldmVyeSByZXF1ZXN0IHRvIGBlbmRwb2ludGA6IG1hZGUgb25jZSwgbm90IHBlciByZXF1ZXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVlc3RUYWdzKGVuZHBvaW50OiBFbmRwb2ludCk6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgcmV0dXJuIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSE7XG59XG4iLCAiLy8gVGhlIGFyaXRobWV0aWMgYmVoaW5kIHRoZSB0aW1lIHF1ZXN0aW9ucyAoc3Bpa2UgcmVjb3ZlcnksIHJhbXAtdXAgYW5kIHNvYWsgZHJpZnQsIGJyZWFrcG9pbnQnc1xuLy8gc3VzdGFpbmVkIHJhdGUpLCBwdXJlIHNvIGl0IGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9sb2FkL3BoYXNlcy50cyBhbmQgbGliL2xvYWQvc3VzdGFpbmVkLXJhdGUudHMgYXBwbHkgaXQgaW5zaWRlIGs2LlxuXG5leHBvcnQgaW50ZXJmYWNlIFBoYXNlIHtcbiAgbmFtZTogc3RyaW5nO1xuICAvKiogU2Vjb25kcyBhZnRlciB0aGUgc2NlbmFyaW8ncyBzdGFydCBhdCB3aGljaCB0aGlzIHBoYXNlIGVuZHMuICovXG4gIHVudGlsUzogbnVtYmVyO1xufVxuXG4vKiogVGhlIHBoYXNlIGBlbGFwc2VkU2AgZmFsbHMgaW47IHRoZSBsYXN0IHBoYXNlJ3MgbmFtZSBhZnRlciB0aGUgZW5kLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBoYXNlQXQoZWxhcHNlZFM6IG51bWJlciwgcGhhc2VzOiByZWFkb25seSBQaGFzZVtdKTogc3RyaW5nIHtcbiAgaWYgKHBoYXNlcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBFcnJvcigncGhhc2VBdDogbm8gcGhhc2VzIGdpdmVuJyk7XG4gIGZvciAoY29uc3QgcGhhc2Ugb2YgcGhhc2VzKSBpZiAoZWxhcHNlZFMgPCBwaGFzZS51bnRpbFMpIHJldHVybiBwaGFzZS5uYW1lO1xuICByZXR1cm4gcGhhc2VzW3BoYXNlcy5sZW5ndGggLSAxXSEubmFtZTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1lZGlhbih2YWx1ZXM6IHJlYWRvbmx5IG51bWJlcltdKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHZhbHVlcy5sZW5ndGggPT09IDApIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNvcnRlZCA9IFsuLi52YWx1ZXNdLnNvcnQoKGEsIGIpID0+IGEgLSBiKTtcbiAgY29uc3QgbWlkID0gTWF0aC5mbG9vcihzb3J0ZWQubGVuZ3RoIC8gMik7XG4gIHJldHVybiBzb3J0ZWQubGVuZ3RoICUgMiA/IHNvcnRlZFttaWRdIDogKHNvcnRlZFttaWQgLSAxXSEgKyBzb3J0ZWRbbWlkXSEpIC8gMjtcbn1cblxuLyoqIEEgZmFpbGVkIHJlcXVlc3QncyBkcmlmdDogZmFyIGJleW9uZCBhbnkgbGltaXQsIHNpbmNlIHJlY292ZXJpbmcgbWVhbnMgYW5zd2VyaW5nLCBub3QgZmFpbGluZyBmYXN0LiAqL1xuZXhwb3J0IGNvbnN0IEZBSUxFRF9EUklGVCA9IDEwMDtcblxuLyoqXG4gKiBPbmUgcmVxdWVzdCdzIGxhdGVuY3kgcmVsYXRpdmUgdG8gdGhlIHJlZmVyZW5jZSBtZWRpYW4sIGJvdGggd2l0aCBhIG5vaXNlIGZsb29yIGFkZGVkIHNvIHRoYXRcbiAqIDAuNCBtcyBhZ2FpbnN0IDAuMiBtcyBkb2VzIG5vdCByZWFkIGFzIFwidHdpY2UgYXMgc2xvd1wiLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJpZnRSYXRpbyhkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuLCByZWZlcmVuY2VNZWRpYW5NczogbnVtYmVyLCBmbG9vck1zOiBudW1iZXIpOiBudW1iZXIge1xuICByZXR1cm4gb2sgPyAoZHVyYXRpb25NcyArIGZsb29yTXMpIC8gKHJlZmVyZW5jZU1lZGlhbk1zICsgZmxvb3JNcykgOiBGQUlMRURfRFJJRlQ7XG59XG5cbi8qKiBwLXRoIHBlcmNlbnRpbGUgKG5lYXJlc3QgcmFuaykgb2YgYSBub24tZW1wdHkgbGlzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJjZW50aWxlKHZhbHVlczogcmVhZG9ubHkgbnVtYmVyW10sIHA6IG51bWJlcik6IG51bWJlciB7XG4gIGlmICh2YWx1ZXMubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgRXJyb3IoJ3BlcmNlbnRpbGUgb2YgYW4gZW1wdHkgbGlzdCcpO1xuICBjb25zdCBzb3J0ZWQgPSBbLi4udmFsdWVzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIHJldHVybiBzb3J0ZWRbTWF0aC5tYXgoMCwgTWF0aC5jZWlsKChwIC8gMTAwKSAqIHNvcnRlZC5sZW5ndGgpIC0gMSldITtcbn1cblxuLyoqIFdoZXRoZXIgYSB3aW5kb3cgb2YgcmVjZW50IHJlcXVlc3RzIG1ldCB0aGUgYnVkZ2V0OiBmdWxsLCBubyBmYWlsdXJlLCBwOTUgdW5kZXIgYHA5NUJ1ZGdldE1zYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aW5kb3dXaXRoaW5CdWRnZXQod2luZG93OiByZWFkb25seSB7IG1zOiBudW1iZXI7IG9rOiBib29sZWFuIH1bXSwgc2l6ZTogbnVtYmVyLCBwOTVCdWRnZXRNczogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiB3aW5kb3cubGVuZ3RoID49IHNpemUgJiYgd2luZG93LmV2ZXJ5KCh3KSA9PiB3Lm9rKSAmJiBwZXJjZW50aWxlKHdpbmRvdy5tYXAoKHcpID0+IHcubXMpLCA5NSkgPCBwOTVCdWRnZXRNcztcbn1cblxuLyoqIFRoZSBzY2hlZHVsZWQgcmF0ZSBvZiBhIGxpbmVhciByYW1wIGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIG92ZXIgYGR1cmF0aW9uU2AsIGBlbGFwc2VkU2AgaW4uICovXG5leHBvcnQgZnVuY3Rpb24gbGluZWFyUmF0ZShzdGFydFJhdGU6IG51bWJlciwgbWF4UmF0ZTogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgZWxhcHNlZFM6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IHNoYXJlID0gTWF0aC5taW4oMSwgTWF0aC5tYXgoMCwgZWxhcHNlZFMgLyBkdXJhdGlvblMpKTtcbiAgcmV0dXJuIHN0YXJ0UmF0ZSArIChtYXhSYXRlIC0gc3RhcnRSYXRlKSAqIHNoYXJlO1xufVxuXG4vKipcbiAqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZCB0aGUgd2hvbGUgdGVzdCByZWFsbHkgc3RhcnRlZCBiZXR3ZWVuIHR3byBtb21lbnRzLCBmcm9tIGs2J3NcbiAqIHRlc3Qtd2lkZSBpdGVyYXRpb24gbnVtYmVyIChleGVjLnNjZW5hcmlvLml0ZXJhdGlvbkluVGVzdCBjb3VudHMgc3RhcnRlZCBpdGVyYXRpb25zIG9ubHksIHNvXG4gKiBpdGVyYXRpb25zIGs2IGRyb3BwZWQgZm9yIHdhbnQgb2YgYSBmcmVlIFZVIGRvIG5vdCBjb3VudCkuIFVuZGVmaW5lZCBvdmVyIGFuIGVtcHR5IGludGVydmFsLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWNoaWV2ZWRSYXRlKGZyb206IHsgYXRNczogbnVtYmVyOyBpdGVyYXRpb246IG51bWJlciB9LCB0bzogeyBhdE1zOiBudW1iZXI7IGl0ZXJhdGlvbjogbnVtYmVyIH0pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBzZWNvbmRzID0gKHRvLmF0TXMgLSBmcm9tLmF0TXMpIC8gMTAwMDtcbiAgcmV0dXJuIHNlY29uZHMgPiAwID8gKHRvLml0ZXJhdGlvbiAtIGZyb20uaXRlcmF0aW9uKSAvIHNlY29uZHMgOiB1bmRlZmluZWQ7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpLnJlcGxhY2UoLzwvZywgJyZsdDsnKS5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rOiByZXN1bHQub2ssIHN0YXQsIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcikgcm93cy5zZXQoZW5kcG9pbnQsIChyID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH0pKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3QgbWF0Y2ggPSBTVUJfTUVUUklDLmV4ZWMobmFtZSk7XG4gICAgaWYgKCFtYXRjaCkgY29udGludWU7XG4gICAgY29uc3QgWywgYmFzZSwgZW5kcG9pbnRdID0gbWF0Y2ggYXMgdW5rbm93biBhcyBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ107XG4gICAgY29uc3QgdiA9IG1ldHJpYy52YWx1ZXMgPz8ge307XG4gICAgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9kdXJhdGlvbicpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocm93KGVuZHBvaW50KSwgeyByZXF1ZXN0czogdi5jb3VudCA/PyAwLCBwNTA6IHYubWVkID8/IG51bGwsIHA5NTogdlsncCg5NSknXSA/PyBudWxsLCBwOTk6IHZbJ3AoOTkpJ10gPz8gbnVsbCwgbWF4OiB2Lm1heCA/PyBudWxsIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JykgcmV0dXJuIE1hdGgucm91bmQodmFsdWUpLnRvU3RyaW5nKCkucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFBsYWluLWxhbmd1YWdlIGxpbmUgYWJvdXQgc2VydmVyIHJlc291cmNlczogbWVhc3VyZWQsIG9yIHdoeSBub3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzTGluZShkYXRhOiBTdW1tYXJ5RGF0YSk6IHN0cmluZyB7XG4gIGNvbnN0IG1lbW9yeSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpO1xuICBjb25zdCBjcHUgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyk7XG4gIGlmIChtZW1vcnkgPT09IG51bGwgJiYgY3B1ID09PSBudWxsKSByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBtaXNzaW5nID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwO1xuICBjb25zdCBncm93dGggPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKTtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlczogbWVtb3J5IHBlYWsgJHtmb3JtYXRWYWx1ZShtZW1vcnksICd2YWx1ZScpfSBNQmAsXG4gICAgYENQVSBwOTUgJHtmb3JtYXRWYWx1ZShjcHUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7bWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3Qgc2Vjb25kcyA9ICgoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtvcHRpb25zLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IHJvd3MubWFwKChyKSA9PiB7XG4gICAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCk7XG4gICAgY29uc3Qgb2JzZXJ2ZWQgPSBlc2NhcGVYbWwoZm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KSk7XG4gICAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gICAgaWYgKHIub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0Pm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufSBmYWlsZWQ6IG9ic2VydmVkICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+b2JzZXJ2ZWQgJHtvYnNlcnZlZH08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbiAgfSk7XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmcgfSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmIFxcYCR7ZXNjYXBlTWFya2Rvd25DZWxsKG9wdGlvbnMuc2NlbmFyaW8pfVxcYDogJHtmYWlsZWQgPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkfSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGB9YCxcbiAgICAnJyxcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcCgocikgPT4gYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9XFxgIHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCksXG4gIF07XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgbWV0cmljVmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgRW5kcG9pbnRSb3csIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBjb25zdCBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBSdW5NZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZTogc3RyaW5nIHwgbnVsbDtcbiAgdGFyZ2V0OiBzdHJpbmcgfCBudWxsO1xuICBrNl92ZXJzaW9uOiBzdHJpbmcgfCBudWxsO1xuICBnaXRfY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nO1xufVxuXG4vKiogVGhlIGxvYWQgc2hhcGUgYSBydW4gd2FzIGFza2VkIGZvciwgcmVjb3JkZWQgYnkgdGhlIHJ1bm5lciBzbyBjb21wYXJlIGNhbiByZWZ1c2UgdW5saWtlIHJ1bnMuICovXG5leHBvcnQgaW50ZXJmYWNlIExvYWRTaGFwZSB7XG4gIGNvbmN1cnJlbnRfdXNlcnM6IG51bWJlcjtcbiAgZHVyYXRpb25fczogbnVtYmVyO1xuICByYW1wX3VwX3M6IG51bWJlcjtcbiAgcmFtcF9kb3duX3M6IG51bWJlcjtcbiAgdXNlcl93ZWlnaHRzOiBzdHJpbmc7XG4gIHRoaW5rX3RpbWVfczogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bk1ldGEgJiB7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsOyBsb2FkPzogTG9hZFNoYXBlIH07XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IHsgbWV0cmljOiBzdHJpbmc7IGV4cHJlc3Npb246IHN0cmluZzsgb2s6IGJvb2xlYW47IG9ic2VydmVkOiBudW1iZXIgfCBudWxsIH1bXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogRXZlcnkgbWV0cmljJ3MgYWdncmVnYXRlIHZhbHVlcyBhcyBrNiBjb21wdXRlZCB0aGVtLiAqL1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PjtcbiAgLyoqIEFkZGVkIGJ5IG5wbSBydW4gY29tcGFyZSAvIHBlcmYgLS1iYXNlbGluZTogdGhlIHZlcmRpY3RzIGFnYWluc3QgdGhlIGJhc2VsaW5lIHJ1bihzKS4gKi9cbiAgY29tcGFyaXNvbj86IHVua25vd247XG4gIHJlc291cmNlczogeyBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDsgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsOyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7IHNhbXBsZXNfbWlzc2luZzogbnVtYmVyIH0gfCBudWxsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRhOiBSdW5NZXRhKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSA9PiAoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSk7XG4gIGNvbnN0IG1lYXN1cmVkID0gZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iIHx8IGRhdGEubWV0cmljcz8uc2VydmVyX2NwdV9wZXJjZW50O1xuICByZXR1cm4ge1xuICAgIHNjaGVtYV92ZXJzaW9uOiBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OLFxuICAgIHJ1bjogeyAuLi5tZXRhLCBkdXJhdGlvbl9tczogZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gbnVsbCB9LFxuICAgIHZlcmRpY3Q6IHRocmVzaG9sZHMuZXZlcnkoKHQpID0+IHQub2spID8gJ3Bhc3NlZCcgOiAnZmFpbGVkJyxcbiAgICB0aHJlc2hvbGRzLFxuICAgIGVuZHBvaW50czogZW5kcG9pbnRSb3dzKGRhdGEpLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIG1ldHJpY1ZhbHVlLCByZXNvdXJjZXNMaW5lLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoWydodHRwX3JlcXMnLCAnaHR0cF9yZXFfZHVyYXRpb24nLCAnaHR0cF9yZXFfYmxvY2tlZCcsICdodHRwX3JlcV9jb25uZWN0aW5nJywgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsICdodHRwX3JlcV9zZW5kaW5nJywgJ2h0dHBfcmVxX3dhaXRpbmcnLCAnaHR0cF9yZXFfcmVjZWl2aW5nJywgJ2h0dHBfcmVxX2ZhaWxlZCcsICdpdGVyYXRpb25zJywgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAndnVzJywgJ3Z1c19tYXgnLCAnZGF0YV9zZW50JywgJ2RhdGFfcmVjZWl2ZWQnLCAnY2hlY2tzJywgJ2dyb3VwX2R1cmF0aW9uJ10pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PiAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbiB9KTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKGMuYm9sZChgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWApKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gKSk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWApO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSkuZmlsdGVyKGlzQ3VzdG9tKS5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogeyBzY2VuYXJpbzogc3RyaW5nOyBwcm9maWxlPzogc3RyaW5nIH0pIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwgeyBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbywgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlIH0pIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgfSk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBsb2dzIHRoZSB0aHJlZSB1c2Vyc1xuLy8gaW4gb25jZSwgYW5kIHNlZWRzIGNvdXJzZXMgZm9yIHJlZ3VsYXIgdXNlcnMgdG8gcmVhZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBHZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0aGUgcmVndWxhciB1c2VyLCBmb3IgcmVhZGluZy4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbG9naW4oY2xpZW50OiBBcGlDbGllbnQsIGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IGNvbmZpZy51c2Vyc1tyb2xlXTtcbiAgY29uc3QgcmVzdWx0ID0gY2xpZW50LmxvZ2luKGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LmJvZHkpIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkQuYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC5ib2R5LmFjY2Vzc190b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLCB0b3BpYzogJ2xvYWQgdGVzdGluZycsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIFBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkIGxpa2UgdGhlXG4gKiBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNiByZWRhY3RzIHRoZW1cbiAqIGZyb20gaXRzIGxvZ3MuIFdpdGhvdXQgYSBzZWNyZXQgc291cmNlLCBvciB3aXRob3V0IHRoYXQga2V5LCB0aGUgZW52aXJvbm1lbnQncyB2YWx1ZSBzdGFuZHMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHdpdGhTZWNyZXRQYXNzd29yZHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPENvbmZpZz4ge1xuICBjb25zdCB1c2VycyA9IHsgLi4uY29uZmlnLnVzZXJzIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdCkge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSB1c2Vyc1tyb2xlXSA9IHsgLi4udXNlcnNbcm9sZV0sIHBhc3N3b3JkIH07XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiB7IC4uLmNvbmZpZywgdXNlcnMgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4ocnVuQ29uZmlnOiBDb25maWcsIG9wdGlvbnM6IHsgc2VlZDogYm9vbGVhbiB9ID0geyBzZWVkOiB0cnVlIH0pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUocnVuQ29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBjb25maWcgPSBhd2FpdCB3aXRoU2VjcmV0UGFzc3dvcmRzKHJ1bkNvbmZpZyk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz4gPSB7XG4gICAgcmVndWxhcjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdyZWd1bGFyJyksXG4gICAgcG93ZXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncG93ZXInKSxcbiAgICBhZG1pbjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdhZG1pbicpLFxuICB9O1xuICBjb25zdCBydW5JZCA9IGAke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuIiwgIi8vIEN1c3RvbSBtZXRyaWNzIGZvciB3aGF0IGs2J3MgYnVpbHQtaW5zIGNhbm5vdCBzYXkuIENyZWF0ZWQgb25jZSBhdCBpbml0IChrNiByZXF1aXJlcyBpdCkuXG5pbXBvcnQgeyBDb3VudGVyLCBSYXRlLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuXG4vKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uIHRpbWUgZnJvbSB0aGUgam9iJ3Mgb3duIHN0YXJ0ZWRfYXQvZmluaXNoZWRfYXQgKHNlcnZlciB2aWV3KS4gKi9cbmV4cG9ydCBjb25zdCBjaGFwdGVyR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiwgam9iIGNyZWF0ZWQgLT4gZmluaXNoZWQsIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiBhcyB0aGUgcG9sbGluZyB1c2VyIHNhdyBpdDogcmVxdWVzdCBhY2NlcHRlZCAtPiBjb21wbGV0ZWQgc2Vlbi4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fb2JzZXJ2ZWRfbXMnLCB0cnVlKTtcbi8qKiBHZW5lcmF0aW9uIGpvYnMgdGhhdCBmYWlsZWQgb3IgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmV4cG9ydCBjb25zdCBnZW5lcmF0aW9uRmFpbGVkID0gbmV3IFJhdGUoJ2dlbmVyYXRpb25fZmFpbGVkJyk7XG4vKiogQ291cnNlcyB0aGUgcGxhdGZvcm0gYWNrbm93bGVkZ2VkIGNyZWF0aW5nICgyMDEpLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZXNDcmVhdGVkID0gbmV3IENvdW50ZXIoJ2NvdXJzZXNfY3JlYXRlZCcpO1xuLyoqIFdob2xlIHdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCBjb21wbGV0ZWQgZXZlcnkgc3RlcCwgdGFnZ2VkIGJ5IHdvcmtmbG93LiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93U3VjY2VzcyA9IG5ldyBSYXRlKCd3b3JrZmxvd19zdWNjZXNzJyk7XG4vKiogV29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IHRocmV3IChhIHNjcmlwdCBidWcgb3IgYSBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dFcnJvcnMgPSBuZXcgQ291bnRlcignd29ya2Zsb3dfZXJyb3JzJyk7XG4iLCAiLy8gUnVucyBvbmUgd29ya2Zsb3cgaXRlcmF0aW9uIGFuZCByZWNvcmRzIGl0cyBvdXRjb21lLiBBIHdvcmtmbG93IHRoYXQgdGhyb3dzIChhIHNjcmlwdCBidWcsIGFcbi8vIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKSBpcyBhIGZhaWxlZCBpdGVyYXRpb24gdGhhdCBjb3VudHMgYWdhaW5zdCB0aGUgdGhyZXNob2xkcyBpbnN0ZWFkXG4vLyBvZiBhbiBleGNlcHRpb24gazYgb25seSBsb2dzLlxuaW1wb3J0IHsgd29ya2Zsb3dFcnJvcnMsIHdvcmtmbG93U3VjY2VzcyB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgdHlwZSB7IENvbnRleHQsIFdvcmtmbG93IH0gZnJvbSAnLi93b3JrZmxvd3MudHMnO1xuXG5jb25zdCBNQVhfTE9HR0VEX0VSUk9SUyA9IDU7XG5sZXQgbG9nZ2VkRXJyb3JzID0gMDtcblxuY29uc3QgdGFnc0J5TmFtZTogUmVjb3JkPHN0cmluZywgeyB3b3JrZmxvdzogc3RyaW5nIH0+ID0ge307XG5cbmV4cG9ydCBmdW5jdGlvbiBydW5Xb3JrZmxvdyhuYW1lOiBzdHJpbmcsIHdvcmtmbG93OiBXb3JrZmxvdywgY3R4OiBDb250ZXh0KTogdm9pZCB7XG4gIGNvbnN0IHRhZ3MgPSAodGFnc0J5TmFtZVtuYW1lXSA/Pz0geyB3b3JrZmxvdzogbmFtZSB9KTsgLy8gbWFkZSBvbmNlIHBlciB3b3JrZmxvdywgbm90IHBlciBpdGVyYXRpb25cbiAgdHJ5IHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKHdvcmtmbG93KGN0eCksIHRhZ3MpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQoZmFsc2UsIHRhZ3MpO1xuICAgIHdvcmtmbG93RXJyb3JzLmFkZCgxLCB0YWdzKTtcbiAgICBpZiAobG9nZ2VkRXJyb3JzKysgPCBNQVhfTE9HR0VEX0VSUk9SUykge1xuICAgICAgY29uc29sZS5lcnJvcihgd29ya2Zsb3cgXCIke25hbWV9XCIgdGhyZXc6ICR7ZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IChlcnJvci5zdGFjayA/PyBlcnJvci5tZXNzYWdlKSA6IFN0cmluZyhlcnJvcil9YCk7XG4gICAgfVxuICB9XG59XG4iLCAiLy8gV2hhdCBlYWNoIGtpbmQgb2YgdXNlciBkb2VzIGluIG9uZSBpdGVyYXRpb24uIFNjZW5hcmlvcyBvbmx5IGNob29zZSB3aG8gcnVucyBhbmQgaG93IG9mdGVuO1xuLy8gbm8gc2NlbmFyaW8gcmUtaW1wbGVtZW50cyB0aGVzZS4gRXZlcnkgd29ya2Zsb3cgcmV0dXJucyB3aGV0aGVyIGFsbCBvZiBpdHMgc3RlcHMgc3VjY2VlZGVkLlxuaW1wb3J0IHsgZ3JvdXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIEV4cG9ydEZvcm1hdCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBnZW5lcmF0ZUFuZFdhaXQgfSBmcm9tICcuL2dlbmVyYXRpb24udHMnO1xuaW1wb3J0IHsgY291cnNlc0NyZWF0ZWQgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgcGlja09uZSwgcGlja1dlaWdodGVkLCB0aGluayB9IGZyb20gJy4vcGFjaW5nLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBDb250ZXh0IHtcbiAgY29uZmlnOiBDb25maWc7XG4gIGRhdGE6IFJ1bkRhdGE7XG59XG5cbmV4cG9ydCB0eXBlIFdvcmtmbG93ID0gKGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxubGV0IGNsaWVudHM6IFJlY29yZDxzdHJpbmcsIEFwaUNsaWVudD4gPSB7fTtcbi8qKiBPbmUgY2xpZW50IHBlciB0b2tlbiBwZXIgVlUsIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuZnVuY3Rpb24gY2xpZW50Rm9yKGN0eDogQ29udGV4dCwgdG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gIHJldHVybiAoY2xpZW50c1t0b2tlbl0gPz89IG5ldyBBcGlDbGllbnQoY3R4LmNvbmZpZy5iYXNlVXJsLCBjdHguY29uZmlnLmFwaVRpbWVvdXRTLCB0b2tlbikpO1xufVxuLyoqIFJlc2V0cyB0aGUgcGVyLVZVIGNsaWVudCBjYWNoZSAodGVzdHMgYW5kIGxvbmcgcnVucyB3aXRoIHJlLWxvZ2luKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNldENsaWVudHMoKTogdm9pZCB7XG4gIGNsaWVudHMgPSB7fTtcbn1cblxuLyoqIEEgdGl0bGUgdW5pcXVlIHRvIHRoaXMgcnVuLCBWVSBhbmQgaXRlcmF0aW9uLCBzbyBjb25jdXJyZW50IHVzZXJzIG5ldmVyIGNvbGxpZGUuICovXG5leHBvcnQgZnVuY3Rpb24gdW5pcXVlVGl0bGUoa2luZDogc3RyaW5nLCBjdHg6IENvbnRleHQpOiBzdHJpbmcge1xuICByZXR1cm4gYHBlcmYtJHtraW5kfSAke2N0eC5kYXRhLnJ1bklkfSB2dSR7ZXhlYy52dS5pZEluVGVzdH0gaXQke2V4ZWMudnUuaXRlcmF0aW9uSW5TY2VuYXJpb31gO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuXG4vKiogUmVhZHMgYSBjb3Vyc2UgYW5kIG9uZSBvZiBpdHMgZ2VuZXJhdGVkIGNoYXB0ZXJzLiAqL1xuZnVuY3Rpb24gcmVhZENvdXJzZShjbGllbnQ6IEFwaUNsaWVudCwgaWQ6IElkKTogYm9vbGVhbiB7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5nZXRDb3Vyc2UoaWQpO1xuICBpZiAoIWNvdXJzZS5ib2R5KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IChjb3Vyc2UuYm9keS5jaGFwdGVycyA/PyBbXSkuZmlsdGVyKChjKSA9PiBjLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpO1xuICBjb25zdCBjaGFwdGVyID0gcGlja09uZShnZW5lcmF0ZWQpO1xuICByZXR1cm4gY2hhcHRlciA9PT0gdW5kZWZpbmVkIHx8IGNsaWVudC5nZXRDaGFwdGVyKGlkLCBjaGFwdGVyLmluZGV4KS5vaztcbn1cblxudHlwZSBSZWd1bGFyVGFzayA9IChjbGllbnQ6IEFwaUNsaWVudCwgY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG5jb25zdCByZWd1bGFyVGFza3M6IHsgd2VpZ2h0OiBudW1iZXI7IHRhc2s6IFJlZ3VsYXJUYXNrIH1bXSA9IFtcbiAgeyB3ZWlnaHQ6IDUsIHRhc2s6IChjbGllbnQpID0+IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCwgb2Zmc2V0OiBNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAzKSAqIDIwIH0pLm9rIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDQsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBpZCA9IHBpY2tPbmUoY3R4LmRhdGEuc2VlZGVkQ291cnNlSWRzKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSwgdG9waWM6ICdhbGdlYnJhJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgICAgY29uc3QgcmVhZEJhY2sgPSBjbGllbnQuZ2V0Q291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgICByZXR1cm4gcmVhZEJhY2sgJiYgY2xpZW50LmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgIH0sXG4gIH0sXG5dO1xuXG4vKiogQnJvd3NlcyB0aGUgY291cnNlIGxpc3QsIG9wZW5zIGNvdXJzZXMgYW5kIHJlYWRzIGNoYXB0ZXJzOyBub3cgYW5kIHRoZW4gY3JlYXRlcyBvbmUuICovXG5leHBvcnQgY29uc3QgcmVndWxhclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3JlZ3VsYXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCBjdHguZGF0YS50b2tlbnMucmVndWxhcik7XG4gICAgbGV0IG9rID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgZm9yIChsZXQgc3RlcCA9IDA7IHN0ZXAgPCAzOyBzdGVwKyspIHtcbiAgICAgIG9rID0gcGlja1dlaWdodGVkKHJlZ3VsYXJUYXNrcykoY2xpZW50LCBjdHgpICYmIG9rO1xuICAgICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIENyZWF0ZXMgYSBjb3Vyc2UsIGdlbmVyYXRlcyBpdCwgZm9sbG93cyB0aGUgam9iLCByZWFkcyBhbmQgZXhwb3J0cyB0aGUgcmVzdWx0LCB0aGVuIGRlbGV0ZXMgaXQuICovXG5leHBvcnQgY29uc3QgcG93ZXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdwb3dlciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLnBvd2VyKTtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogdW5pcXVlVGl0bGUoJ3Bvd2VyJywgY3R4KSxcbiAgICAgIHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcycsXG4gICAgICBsZXZlbDogJ2FkdmFuY2VkJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IGNvbmZpZy5jaGFwdGVyc1BlckNvdXJzZSxcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgbGV0IG9rID0gY2xpZW50LnVwZGF0ZUNvdXJzZShpZCwgeyB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMsIHJldmlzZWQnIH0pLm9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCkgJiYgb2s7XG4gICAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgICBvayA9IGNsaWVudC5leHBvcnRDb3Vyc2UoaWQsIHBpY2tPbmUoRVhQT1JUX0ZPUk1BVFMpID8/ICdqc29uJykub2sgJiYgb2s7XG4gICAgfVxuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICByZXR1cm4gY2xpZW50LmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuXG4vKiogV2F0Y2hlcyB0aGUgc3lzdGVtOiBzdGF0cywgdGhlIGpvYiBsaXN0LCB0aGUgdXNlciBsaXN0LCBhbmQgcmVtb3ZlcyBjb3Vyc2VzIGVhcmxpZXIgcnVucyBsZWZ0IGJlaGluZC4gKi9cbmV4cG9ydCBjb25zdCBhZG1pblVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2FkbWluIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLmFkbWluKTtcbiAgICBsZXQgb2sgPSBjbGllbnQuYWRtaW5TdGF0cygpLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Kb2JzKDIwKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIC8vIExlZnRvdmVycyBvZiBpbnRlcnJ1cHRlZCBydW5zOiB0aXRsZXMgb2Ygb3RoZXIgcnVucyBvbmx5LCBuZXZlciB0aGlzIHJ1bidzIGxpdmUgY291cnNlcy5cbiAgICBjb25zdCBsZWZ0b3ZlcnMgPSBjbGllbnQubGlzdENvdXJzZXMoeyBxOiAncGVyZi0nLCBsaW1pdDogMjAgfSkuYm9keT8uaXRlbXMgPz8gW107XG4gICAgZm9yIChjb25zdCBjb3Vyc2Ugb2YgbGVmdG92ZXJzLmZpbHRlcigoYykgPT4gIWMudGl0bGUuaW5jbHVkZXMoY3R4LmRhdGEucnVuSWQpKS5zbGljZSgwLCA1KSkge1xuICAgICAgb2sgPSBjbGllbnQuZGVsZXRlQ291cnNlKGNvdXJzZS5pZCkub2sgJiYgb2s7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBFdmVyeSBlbmRwb2ludCBhdCBsZWFzdCBvbmNlOiB0aGUgc21va2UgY2hlY2suICovXG5leHBvcnQgY29uc3QgZXZlcnlFbmRwb2ludDogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnZXZlcnkgZW5kcG9pbnQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcsIGRhdGEgfSA9IGN0eDtcbiAgICBjb25zdCB1c2VyID0gY2xpZW50Rm9yKGN0eCwgZGF0YS50b2tlbnMucG93ZXIpO1xuICAgIGNvbnN0IGFkbWluID0gY2xpZW50Rm9yKGN0eCwgZGF0YS50b2tlbnMuYWRtaW4pO1xuICAgIGxldCBvayA9IHVzZXIuaGVhbHRoKCkub2s7XG4gICAgb2sgPSB1c2VyLmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDUgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzbW9rZScsIGN0eCksIHRvcGljOiAnc21va2UgdGVzdGluZycsIGxldmVsOiAnaW50ZXJtZWRpYXRlJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICBvayA9IHVzZXIuZ2V0Q291cnNlKGlkKS5vayAmJiBvaztcbiAgICBvayA9IHVzZXIudXBkYXRlQ291cnNlKGlkLCB7IHRpdGxlOiBgJHtjcmVhdGVkLmJvZHkudGl0bGV9IChlZGl0ZWQpYCB9KS5vayAmJiBvaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KHVzZXIsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gdXNlci5nZXRDaGFwdGVyKGlkLCBnZW5lcmF0aW9uLmpvYj8uY2hhcHRlcnNbMF0/LmluZGV4ID8/IDApLm9rICYmIG9rO1xuICAgICAgZm9yIChjb25zdCBmb3JtYXQgb2YgRVhQT1JUX0ZPUk1BVFMpIG9rID0gdXNlci5leHBvcnRDb3Vyc2UoaWQsIGZvcm1hdCkub2sgJiYgb2s7XG4gICAgfVxuICAgIG9rID0gYWRtaW4uYWRtaW5TdGF0cygpLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Kb2JzKDEwKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICByZXR1cm4gdXNlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcbiIsICIvLyBTdGFydGluZyBhIGNvdXJzZSdzIGdlbmVyYXRpb24gYW5kIGZvbGxvd2luZyBpdHMgam9iIHRvIHRoZSBlbmQsIHJlY29yZGluZyBob3cgbG9uZyBpdCB0b29rXG4vLyBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAodGhlIHNlcnZlcidzIHZpZXcpIGFuZCBmcm9tIHRoZSBwb2xsZXIncyAodGhlIHVzZXIncyB2aWV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIElkLCBKb2IgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBjaGFwdGVyR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uTXMsIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLCBnZW5lcmF0aW9uRmFpbGVkIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbXBsZXRlZDogYm9vbGVhbjtcbiAgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIG1pbGxpc0JldHdlZW4oZnJvbTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgdG86IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAoIWZyb20gfHwgIXRvKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBtcyA9IERhdGUucGFyc2UodG8pIC0gRGF0ZS5wYXJzZShmcm9tKTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgJiYgbXMgPj0gMCA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiByZWNvcmRKb2JUaW1lcyhqb2I6IEpvYik6IHZvaWQge1xuICBmb3IgKGNvbnN0IGNoYXB0ZXIgb2Ygam9iLmNoYXB0ZXJzKSB7XG4gICAgY29uc3QgbXMgPSBjaGFwdGVyLmR1cmF0aW9uX21zID8/IG1pbGxpc0JldHdlZW4oY2hhcHRlci5zdGFydGVkX2F0LCBjaGFwdGVyLmZpbmlzaGVkX2F0KTtcbiAgICBpZiAodHlwZW9mIG1zID09PSAnbnVtYmVyJyAmJiBjaGFwdGVyLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGNoYXB0ZXJHZW5lcmF0aW9uTXMuYWRkKG1zKTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1pbGxpc0JldHdlZW4oam9iLmNyZWF0ZWRfYXQsIGpvYi5maW5pc2hlZF9hdCk7XG4gIGlmICh0b3RhbCAhPT0gdW5kZWZpbmVkKSBjb3Vyc2VHZW5lcmF0aW9uTXMuYWRkKHRvdGFsKTtcbn1cblxuLyoqIFN0YXJ0cyBnZW5lcmF0aW9uIGFuZCBwb2xscyB0aGUgam9iIHVudGlsIGl0IGNvbXBsZXRlcywgZmFpbHMsIG9yIGB0aW1lb3V0U2AgcGFzc2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlQW5kV2FpdChjbGllbnQ6IEFwaUNsaWVudCwgY291cnNlSWQ6IElkLCBwb2xsSW50ZXJ2YWxTOiBudW1iZXIsIHRpbWVvdXRTOiBudW1iZXIpOiBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbnN0IGFjY2VwdGVkID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZUlkKTtcbiAgaWYgKCFhY2NlcHRlZC5ib2R5KSB7XG4gICAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQodHJ1ZSk7XG4gICAgcmV0dXJuIHsgY29tcGxldGVkOiBmYWxzZSwgam9iOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBzdGFydGVkICsgdGltZW91dFMgKiAxMDAwO1xuICBsZXQgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBzbGVlcChwb2xsSW50ZXJ2YWxTKTtcbiAgICBjb25zdCBwb2xsZWQgPSBjbGllbnQuZ2V0Sm9iKGFjY2VwdGVkLmJvZHkuam9iX2lkKTtcbiAgICBpZiAoIXBvbGxlZC5ib2R5KSBjb250aW51ZTtcbiAgICBqb2IgPSBwb2xsZWQuYm9keTtcbiAgICBpZiAoam9iLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcgfHwgam9iLnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGJyZWFrO1xuICB9XG4gIGNvbnN0IGNvbXBsZXRlZCA9IGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJztcbiAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQoIWNvbXBsZXRlZCk7XG4gIGlmIChjb21wbGV0ZWQgJiYgam9iKSB7XG4gICAgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMuYWRkKERhdGUubm93KCkgLSBzdGFydGVkKTtcbiAgICByZWNvcmRKb2JUaW1lcyhqb2IpO1xuICB9XG4gIHJldHVybiB7IGNvbXBsZXRlZCwgam9iIH07XG59XG4iLCAiLy8gSG93IHNpbXVsYXRlZCB1c2VycyBwYWNlIHRoZW1zZWx2ZXMgYW5kIGNob29zZSB3aGF0IHRvIGRvIG5leHQuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcblxubGV0IGhvbGRQb2ludDogKCgpID0+IHZvaWQpIHwgdW5kZWZpbmVkO1xuXG4vKiogU29tZXRoaW5nIGV2ZXJ5IHRoaW5rIHBvaW50IHJ1bnMgYWZ0ZXIgaXRzIHNsZWVwICh0aGUgaW50ZXJhY3RpdmUgZW50cnkgaG9sZHMgcGF1c2VkIHVzZXJzIHRoZXJlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZXRIb2xkUG9pbnQoaG9sZDogKCkgPT4gdm9pZCk6IHZvaWQge1xuICBob2xkUG9pbnQgPSBob2xkO1xufVxuXG4vKiogU2xlZXBzIGEgdW5pZm9ybWx5IGRyYXduIHRoaW5rIHRpbWUgaW4gW21pbiwgbWF4XSBzZWNvbmRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRoaW5rKHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9KTogdm9pZCB7XG4gIGNvbnN0IHNlY29uZHMgPSByYW5nZS5taW4gKyBNYXRoLnJhbmRvbSgpICogKHJhbmdlLm1heCAtIHJhbmdlLm1pbik7XG4gIGlmIChzZWNvbmRzID4gMCkgc2xlZXAoc2Vjb25kcyk7XG4gIGhvbGRQb2ludD8uKCk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2VpZ2h0ZWRUYXNrPFQ+IHtcbiAgd2VpZ2h0OiBudW1iZXI7XG4gIHRhc2s6IFQ7XG59XG5cbi8qKiBQaWNrcyBvbmUgdGFzayB3aXRoIHByb2JhYmlsaXR5IHByb3BvcnRpb25hbCB0byBpdHMgd2VpZ2h0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tXZWlnaHRlZDxUPih0YXNrczogcmVhZG9ubHkgV2VpZ2h0ZWRUYXNrPFQ+W10sIHJhbmRvbTogbnVtYmVyID0gTWF0aC5yYW5kb20oKSk6IFQge1xuICBjb25zdCB0b3RhbCA9IHRhc2tzLnJlZHVjZSgoc3VtLCB0KSA9PiBzdW0gKyB0LndlaWdodCwgMCk7XG4gIGxldCBwb2ludCA9IHJhbmRvbSAqIHRvdGFsO1xuICBmb3IgKGNvbnN0IHQgb2YgdGFza3MpIHtcbiAgICBwb2ludCAtPSB0LndlaWdodDtcbiAgICBpZiAocG9pbnQgPCAwKSByZXR1cm4gdC50YXNrO1xuICB9XG4gIHJldHVybiB0YXNrc1t0YXNrcy5sZW5ndGggLSAxXSEudGFzaztcbn1cblxuLyoqIFBpY2tzIG9uZSBlbGVtZW50IHVuaWZvcm1seS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrT25lPFQ+KGl0ZW1zOiByZWFkb25seSBUW10pOiBUIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGl0ZW1zLmxlbmd0aCA9PT0gMCA/IHVuZGVmaW5lZCA6IGl0ZW1zW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGl0ZW1zLmxlbmd0aCldO1xufVxuIiwgIi8vIFRoZSBtaXhlZCB1c2VyIHBvcHVsYXRpb24gc2hhcmVkIGJ5IGxvYWQsIHJhbXAtdXAgYW5kIHNvYWs6IG9uZSBrNiBzY2VuYXJpbyBhbmQgb25lIGV4ZWNcbi8vIGZ1bmN0aW9uIHBlciB1c2VyIGNsYXNzLiBFbnRyaWVzIHJlLWV4cG9ydCB0aGUgZXhlYyBmdW5jdGlvbnMsIGFzIGs2IGxvb2tzIHRoZW0gdXAgYnkgbmFtZSBpblxuLy8gdGhlIGVudHJ5IG1vZHVsZS5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBydW5Xb3JrZmxvdyB9IGZyb20gJy4vcnVuLXdvcmtmbG93LnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IHNwbGl0VXNlcnMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBhZG1pblVzZXIsIHBvd2VyVXNlciwgcmVndWxhclVzZXIsIHR5cGUgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbi8qKiBTY2VuYXJpb3MgZm9yIHRoZSB0aHJlZSBjbGFzc2VzLCBzcGxpdHRpbmcgYHRvdGFsVXNlcnNgIGJ5IGBjb25maWcud2VpZ2h0c2AsIGVhY2ggaW4gdGhlIGdpdmVuIHNoYXBlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25TY2VuYXJpb3MoY29uZmlnOiBDb25maWcsIHRvdGFsVXNlcnM6IG51bWJlciwgc2hhcGU6IChleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyKSA9PiBTY2VuYXJpbyk6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPiB7XG4gIGNvbnN0IHVzZXJzID0gc3BsaXRVc2Vycyh0b3RhbFVzZXJzLCBjb25maWcud2VpZ2h0cyk7XG4gIHJldHVybiB7XG4gICAgcmVndWxhcl91c2Vyczogc2hhcGUoJ3JlZ3VsYXJVc2VycycsIHVzZXJzLnJlZ3VsYXIpLFxuICAgIHBvd2VyX3VzZXJzOiBzaGFwZSgncG93ZXJVc2VycycsIHVzZXJzLnBvd2VyKSxcbiAgICBhZG1pbl91c2Vyczogc2hhcGUoJ2FkbWluVXNlcnMnLCB1c2Vycy5hZG1pbiksXG4gIH07XG59XG5cbi8qKiBUaGUgZXhlYyBmdW5jdGlvbnMgdGhvc2Ugc2NlbmFyaW9zIG5hbWU7IGBiZWZvcmVFYWNoYCBydW5zIGZpcnN0IGluIGV2ZXJ5IGl0ZXJhdGlvbiAoZS5nLiBzZXR0aW5nIHRoZSBwaGFzZSB0YWcpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25FeGVjcyhjb25maWc6IENvbmZpZywgYmVmb3JlRWFjaDogKCkgPT4gdm9pZCA9ICgpID0+IHVuZGVmaW5lZCkge1xuICBjb25zdCBleGVjID0gKG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93KSA9PiAoZGF0YTogUnVuRGF0YSk6IHZvaWQgPT4ge1xuICAgIGJlZm9yZUVhY2goKTtcbiAgICBydW5Xb3JrZmxvdyhuYW1lLCB3b3JrZmxvdywgeyBjb25maWcsIGRhdGEgfSk7XG4gIH07XG4gIHJldHVybiB7IHJlZ3VsYXJVc2VyczogZXhlYygncmVndWxhcicsIHJlZ3VsYXJVc2VyKSwgcG93ZXJVc2VyczogZXhlYygncG93ZXInLCBwb3dlclVzZXIpLCBhZG1pblVzZXJzOiBleGVjKCdhZG1pbicsIGFkbWluVXNlcikgfTtcbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogeyBlbmRwb2ludCB9LCBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dIH0sXG4gIF0pO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cbiIsICIvLyBzb2FrOiBkb2VzIGl0IGRlZ3JhZGUgb3ZlciB0aW1lPyBBIG1vZGVyYXRlIGNvbnN0YW50IHBvcHVsYXRpb24gZm9yIGEgbG9uZyB0aW1lIChkZWZhdWx0XG4vLyAzMCBtaW4pLiBHYXRlczogbGF0ZW5jeSBhdCB0aGUgZW5kIHZzIHRoZSBzdGFydCAoZWFjaCBWVSdzIGxhdGVuY3kgaW4gdGhlIGxhc3QgdGVudGggZGl2aWRlZCBieVxuLy8gaXRzIG1lZGlhbiBpbiB0aGUgZmlyc3QgdGVudGg6IHNvYWtfbGF0ZW5jeV9kcmlmdCBtZWQgPCBTT0FLX0RSSUZUX0xJTUlUKSwgdGhlIGVycm9yIHJhdGUsIGFuZCxcbi8vIHdpdGggYSBzaWRlY2FyLCB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIChUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOKS5cbi8vIEVudjogU09BS19EVVJBVElPTiAocywgZGVmYXVsdCAxODAwKSwgU09BS19VU0VSUyAoZGVmYXVsdCAyMCAlIG9mIFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLFxuLy8gU09BS19EUklGVF9MSU1JVCAoMS41KS5cbmltcG9ydCB7IGVudk51bWJlciB9IGZyb20gJy4uL2xpYi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgZ3VhcmRlZENvbmZpZyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IGVudGVyUGhhc2UsIHRyYWNrRHJpZnQsIHR5cGUgUGhhc2UgfSBmcm9tICcuLi9saWIvbG9hZC9waGFzZXMudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IHByZXBhcmVSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL2xpYi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgeyBjb25zdGFudFVzZXJzIH0gZnJvbSAnLi4vbGliL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IHBvcHVsYXRpb25FeGVjcywgcG9wdWxhdGlvblNjZW5hcmlvcyB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlcnJvckdhdGVzLCBnZW5lcmF0aW9uR2F0ZXMsIGxhdGVuY3lHYXRlcywgc3VjY2Vzc0dhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ3NvYWsnKTtcbmNvbnN0IGR1cmF0aW9uUyA9IGVudk51bWJlcihfX0VOViwgJ1NPQUtfRFVSQVRJT04nLCAxODAwLCB7IG1pbjogMTAsIG1heDogNyAqIDg2XzQwMCwgaW50ZWdlcjogdHJ1ZSwgd2hhdDogJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnIH0pO1xuY29uc3Qgc29ha1VzZXJzID0gZW52TnVtYmVyKF9fRU5WLCAnU09BS19VU0VSUycsIE1hdGgubWF4KDMsIE1hdGgucm91bmQoY29uZmlnLmNvbmN1cnJlbnRVc2VycyAvIDUpKSwgeyBtaW46IDEsIG1heDogMTAwXzAwMCwgaW50ZWdlcjogdHJ1ZSB9KTtcbmNvbnN0IGRyaWZ0TGltaXQgPSBlbnZOdW1iZXIoX19FTlYsICdTT0FLX0RSSUZUX0xJTUlUJywgMS41LCB7IG1pbjogMSwgbWF4OiAxMDAgfSk7XG5jb25zdCBwaGFzZXM6IFBoYXNlW10gPSBbXG4gIHsgbmFtZTogJ3N0YXJ0JywgdW50aWxTOiBkdXJhdGlvblMgLyAxMCB9LFxuICB7IG5hbWU6ICdtaWRkbGUnLCB1bnRpbFM6IChkdXJhdGlvblMgKiA5KSAvIDEwIH0sXG4gIHsgbmFtZTogJ2VuZCcsIHVudGlsUzogSW5maW5pdHkgfSxcbl07XG50cmFja0RyaWZ0KCdzb2FrX2xhdGVuY3lfZHJpZnQnLCBwaGFzZXMsICdzdGFydCcsIFsnZW5kJ10pO1xuXG5leHBvcnQgY29uc3Qgb3B0aW9ucyA9IGVudHJ5T3B0aW9ucyhjb25maWcsICgpID0+ICh7XG4gIHdhbGxUaW1lUzogZHVyYXRpb25TLFxuICBnYXRlTWVtb3J5R3Jvd3RoOiB0cnVlLFxuICBzY2VuYXJpb3M6IHtcbiAgICAuLi5wb3B1bGF0aW9uU2NlbmFyaW9zKGNvbmZpZywgc29ha1VzZXJzLCAoZXhlYywgdnVzKSA9PiBjb25zdGFudFVzZXJzKGV4ZWMsIHZ1cywgZHVyYXRpb25TKSksXG4gIH0sXG4gIGdhdGVzOiBbXG4gICAgeyBtZXRyaWM6ICdzb2FrX2xhdGVuY3lfZHJpZnQnLCBydWxlczogW3sgc3RhdDogJ21lZCcsIG9wOiAnPCcsIHZhbHVlOiBkcmlmdExpbWl0IH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IHsgcGhhc2U6ICdlbmQnLCBzY29wZTogJ2FwaScgfSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiBjb25maWcudGFyZ2V0cy5hcGlQOTVNcyB9XSB9LFxuICAgIC4uLmxhdGVuY3lHYXRlcyhjb25maWcudGFyZ2V0cywgW10pLFxuICAgIC4uLmVycm9yR2F0ZXMoY29uZmlnLnRhcmdldHMsIFtdKSxcbiAgICAuLi5zdWNjZXNzR2F0ZXMoY29uZmlnLnRhcmdldHMpLFxuICAgIC4uLmdlbmVyYXRpb25HYXRlcyhjb25maWcudGFyZ2V0cyksXG4gICAgLi4uYWJvcnRHYXRlcygpLFxuICBdLFxufSkpO1xuXG5leHBvcnQgeyBwb2xsUmVzb3VyY2VzLCB0ZWFyZG93biB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuZXhwb3J0IGNvbnN0IGhhbmRsZVN1bW1hcnkgPSBtYWtlSGFuZGxlU3VtbWFyeSh7IHNjZW5hcmlvOiAnc29haycgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXR1cCgpOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVSdW4oY29uZmlnKTtcbn1cblxuZXhwb3J0IGNvbnN0IHsgcmVndWxhclVzZXJzLCBwb3dlclVzZXJzLCBhZG1pblVzZXJzIH0gPSBwb3B1bGF0aW9uRXhlY3MoY29uZmlnLCAoKSA9PiBlbnRlclBoYXNlKHBoYXNlcykpO1xuIl0sCiAgIm1hcHBpbmdzIjogIjtBQXVCTyxJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQUEsRUFDWixzQkFBc0I7QUFDeEIsQ0FBQzs7O0FDT00sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBSUEsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsTUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsU0FBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0FBQ2pDO0FBRUEsU0FBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQ2pELFFBQU0sUUFBUSx5Q0FBeUMsS0FBSyxLQUFLO0FBQ2pFLFFBQU0sV0FBVztBQUNqQixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RDLFFBQU0sTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNCLFFBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFZLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRCxNQUFJLE1BQU0sT0FBTyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNyRCxTQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ3BCO0FBRUEsU0FBUyxLQUFLLEtBQVUsTUFBdUI7QUFDN0MsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsTUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsU0FBTyxLQUFLLE1BQU0sT0FBTyxlQUFlO0FBQzFDO0FBRUEsU0FBUyxTQUFTLEtBQVUsTUFBd0I7QUFDbEQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPLENBQUM7QUFDakQsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsWUFBWSxDQUFDO0FBQ3RFLE1BQUksTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLG1DQUFtQyxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3hFLFNBQUssTUFBTSxPQUFPLHNGQUFzRjtBQUFBLEVBQzFHO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLFNBQU87QUFBQSxJQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7QUFBQSxJQUNqRCxVQUFVLEtBQUssS0FBSyxHQUFHLE1BQU0sYUFBYSxnQkFBZ0I7QUFBQSxFQUM1RDtBQUNGO0FBR08sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sSUFBSTtBQUNWLFFBQU1BLGFBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixRQUFNLFVBQVUsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssdUJBQXVCLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTUEsYUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RILFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0EsV0FBQUE7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCLFNBQVMsR0FBRyxLQUFXLDRCQUE0QixLQUFLLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNuSjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsT0FBTyxTQUF5QjtBQUM5QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGO0FBTU8sU0FBUyxVQUFVLEtBQVUsTUFBYyxVQUFrQixPQUErRTtBQUNqSixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUMxTU8sSUFBTSxTQUFpQixZQUFZLEtBQUs7QUFHeEMsU0FBUyxjQUFjLE9BQXVCO0FBQ25ELHNCQUFvQixRQUFRLEtBQUs7QUFDakMsU0FBTztBQUNUOzs7QUNOQSxPQUFPLFVBQVU7QUFDakIsT0FBTyxVQUFVO0FBQ2pCLFNBQVMsU0FBUyxhQUFhOzs7QUM0Qi9CLElBQUk7QUFDSixJQUFNLFVBQVUsTUFDYixhQUFhLEVBQUUsWUFBWSw0QkFBNEIsU0FBUyx1QkFBdUIsWUFBWSx1QkFBdUI7QUFHdEgsU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxJQUFJLE1BQU0sZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU0sMkRBQTJEO0FBQUEsSUFDckg7QUFBQSxFQUNGO0FBQ0EsU0FBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ2hGO0FBR08sU0FBUyxXQUFXLE1BQW1EO0FBQzVFLFFBQU0sYUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxNQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsVUFBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7QUFBQSxFQUNsRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BJLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUMsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPLEVBQUUsV0FBV0EsT0FBTSxhQUFhLE1BQU0sR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDLEVBQUc7QUFDdkg7QUFHTyxTQUFTLGVBQWUsT0FBNkI7QUFDMUQsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsUUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOzs7QURoRU8sSUFBTSxtQkFBbUIsSUFBSSxNQUFNLG9CQUFvQjtBQUV2RCxJQUFNLHdCQUF3QixJQUFJLE1BQU0sMEJBQTBCO0FBRWxFLElBQU0saUJBQWlCLElBQUksTUFBTSxrQkFBa0I7QUFFbkQsSUFBTSx1QkFBdUIsSUFBSSxRQUFRLHdCQUF3QjtBQUVqRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0saUNBQWlDO0FBUzdFLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBRWxHLElBQUksU0FBUztBQUNiLElBQUk7QUFHRyxTQUFTLGtCQUFrQkMsWUFBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sVUFBVTtBQUFBLElBQ1YsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBS0EsVUFBUyxDQUFDLENBQUM7QUFBQSxJQUM5QyxpQkFBaUI7QUFBQSxJQUNqQixRQUFRO0FBQUEsSUFDUixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztBQUFBLEVBQ25DO0FBQ0Y7QUFFQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU08sU0FBUyxjQUFjLFlBQTBCO0FBQ3RELFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDOUcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFDbkMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFBQSxFQUN0QztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVksU0FBVSxNQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDM0g7QUFHTyxTQUFTLG1CQUFtQixZQUEwQjtBQUMzRCxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCLFNBQVUsb0JBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDOUg7QUFZTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CLE9BQVcsT0FBTSxLQUFLLEVBQUUsUUFBUSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDLEVBQUUsQ0FBQztBQUNsSyxNQUFJLE9BQU8sY0FBZSxPQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUN4SCxTQUFPO0FBQ1Q7OztBRXZHTyxTQUFTLFdBQVcsT0FBZUMsVUFBK0M7QUFDdkYsUUFBTSxPQUFPLENBQUMsV0FBVyxTQUFTLE9BQU87QUFDekMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU8sUUFBUUEsU0FBUSxDQUFDLElBQUssR0FBRztBQUN4RCxRQUFNLFNBQVMsTUFBTSxJQUFJLEtBQUssS0FBSztBQUNuQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxLQUFLLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxFQUFFO0FBQzFILFdBQVMsT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxPQUFPLEdBQUcsUUFBUSxJQUFLLFFBQU8sTUFBTSxJQUFJLENBQUMsQ0FBRTtBQUU3RyxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixRQUFJQSxTQUFRLEtBQUssQ0FBQyxDQUFFLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxLQUFLLFNBQVMsR0FBRztBQUMxRCxZQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUNsRCxhQUFPLE9BQU87QUFDZCxhQUFPLENBQUM7QUFBQSxJQUNWO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxTQUFTLE9BQU8sQ0FBQyxHQUFJLE9BQU8sT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsRUFBRztBQUNyRTtBQWtFTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQW9CM0YsU0FBUyxjQUFjQyxPQUFjLEtBQWFDLFlBQTZCO0FBQ3BGLFNBQU8sRUFBRSxVQUFVLGdCQUFnQixNQUFBRCxPQUFNLEtBQUssVUFBVSxHQUFHQyxVQUFTLEtBQUssY0FBYyxNQUFNO0FBQy9GOzs7QUM5RU8sU0FBUyxtQkFBNEI7QUFDMUMsU0FBTyxTQUFTO0FBQ2xCO0FBR08sU0FBUyxhQUFhQyxTQUFnQixXQUF1RDtBQUNsRyxNQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxRQUFNLFFBQVEsVUFBVTtBQUd4QixRQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLE1BQUlBLFFBQU8sWUFBWTtBQUNyQixjQUFVLFlBQVksa0JBQWtCLE1BQU0sU0FBUztBQUN2RCxVQUFNO0FBQUEsTUFDSixHQUFHLGNBQWM7QUFBQSxRQUNmLFVBQVVBLFFBQU8sUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLFFBQU8sUUFBUTtBQUFBLFFBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsUUFBTyxRQUFRLHVCQUF1QjtBQUFBLFFBQy9FLGVBQWVBLFFBQU87QUFBQSxNQUN4QixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsQ0FBQztBQUFBLElBQzdELG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsVUFBNkI7QUFDN0MsUUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQUM1QyxNQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLE1BQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYSxvQkFBcUIsU0FBUSxPQUFPLEtBQUs7QUFDN0gsU0FBTztBQUNUO0FBR08sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEO0FBR08sU0FBUyx1QkFBNkI7QUFDM0MsTUFBSSxPQUFVLFdBQVksb0JBQW1CLE9BQVUsVUFBVTtBQUNuRTtBQUVPLFNBQVMsV0FBaUI7QUFDL0IsdUJBQXFCO0FBQ3ZCOzs7QUN2RUEsT0FBT0MsV0FBVTtBQUNqQixTQUFTLFNBQUFDLGNBQWE7OztBQ1R0QixTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBdUQ7OztBQ2tCdkQsSUFBTSxZQUFZOzs7QUNoQnpCLElBQU0sTUFBTSxDQUFDLE9BQW1CLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUV0RCxJQUFNLFFBQVE7QUFBQSxFQUNuQixRQUFRLE1BQU07QUFBQSxFQUNkLE9BQU8sTUFBTTtBQUFBLEVBQ2IsU0FBUyxNQUFNO0FBQUEsRUFDZixRQUFRLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUM5QyxVQUFVLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNoRCxLQUFLLENBQUMsT0FBVyxnQkFBZ0IsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUN4QyxTQUFTLENBQUMsSUFBUSxVQUFrQixtQkFBbUIsSUFBSSxFQUFFLENBQUMsYUFBYSxLQUFLO0FBQUEsRUFDaEYsY0FBYyxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDcEQsWUFBWSxNQUFNO0FBQUEsRUFDbEIsV0FBVyxNQUFNO0FBQUEsRUFDakIsWUFBWSxNQUFNO0FBQ3BCO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUlBLElBQU0saUJBQThFLENBQUM7QUFDckYsV0FBVyxZQUFZLFlBQVk7QUFDakMsaUJBQWUsUUFBb0IsSUFBSSxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFvQixFQUFFO0FBQzlHO0FBR08sU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLFNBQU8sZUFBZSxRQUFRO0FBQ2hDOzs7QUZPQSxJQUFNLFFBQVEsQ0FBSSxTQUE4QztBQUVoRSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBRS9DLElBQU0sU0FBUztBQUFBLEVBQ3BCLFFBQVEsTUFBMEIsQ0FBQyxVQUFVLE1BQU0sUUFBUSxNQUFNLElBQUk7QUFBQSxFQUNyRSxPQUFPLE1BQWEsQ0FBQyxVQUFVO0FBQzdCLFVBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsRUFDaEQsQ0FBQztBQUFBLEVBQ0QsWUFBWSxNQUFrQixDQUFDLFVBQVUsUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hHLFFBQVEsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hGLG9CQUFvQixNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsYUFBYSxNQUF5QyxDQUFDLFVBQVUsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDdEYsS0FBSyxNQUFXLENBQUMsVUFBVSxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsU0FBUyxNQUFlLENBQUMsVUFBVSxPQUFPLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUN2RSxXQUFXLE1BQStCLENBQUMsVUFBVTtBQUNuRCxVQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUM1RSxDQUFDO0FBQ0g7QUFTQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtBQUNsRTtBQUdBLElBQUk7QUFFSixJQUFNLFlBQW1CLENBQUMsU0FBUztBQUNqQyxNQUFJO0FBQ0YsV0FBTyxRQUFTLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGFBQU4sTUFBeUM7QUFBQSxFQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTO0FBQ0E7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsU0FBUSxnQkFBZ0IsTUFBTSxNQUFNQyxNQUFLLGlCQUFpQixNQUFNO0FBQ2xFO0FBSUEsSUFBSTtBQUNHLFNBQVMsZ0JBQWdCLE1BQXlDO0FBQ3ZFLGFBQVc7QUFDYjtBQU9BLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQUtyQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBLEVBUEY7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVMsRUFBRSxTQUFTLE1BQU0sWUFBWSxRQUFRLEdBQUcsU0FBUyxLQUFLLFNBQVMsa0JBQWtCLGFBQWEsUUFBUSxFQUFFO0FBRWpILFVBQUksQ0FBQyxVQUFXLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDMUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBQyxRQUNBLFNBQ1c7QUFDWCxVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU1ELE1BQUssUUFBUSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSSxJQUFJLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSSxNQUFNLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYUMsV0FBVSxNQUFTLENBQUM7QUFFN0ssVUFBTSxTQUFTLElBQUk7QUFDbkIsVUFBTSxXQUFXLFdBQVc7QUFDNUIsUUFBSSxVQUFVO0FBQ2QsUUFBSUEsVUFBUyxVQUFVO0FBRXJCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUtBLE9BQU0sU0FBUztBQUN4QyxnQkFBVTtBQUFBLElBQ1o7QUFDQSxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVUEsV0FBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQWMsT0FBTyxRQUFRQSxVQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUN4RjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLE9BQU87QUFDdkIsWUFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsVUFBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDckc7QUFDQSxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDL0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBRzFSTyxTQUFTLFFBQVEsVUFBa0JDLFNBQWtDO0FBQzFFLE1BQUlBLFFBQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUNuRSxhQUFXLFNBQVNBLFFBQVEsS0FBSSxXQUFXLE1BQU0sT0FBUSxRQUFPLE1BQU07QUFDdEUsU0FBT0EsUUFBT0EsUUFBTyxTQUFTLENBQUMsRUFBRztBQUNwQztBQUVPLFNBQVMsT0FBTyxRQUErQztBQUNwRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsUUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsUUFBTSxNQUFNLEtBQUssTUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN4QyxTQUFPLE9BQU8sU0FBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTSxDQUFDLElBQUssT0FBTyxHQUFHLEtBQU07QUFDL0U7QUFHTyxJQUFNLGVBQWU7QUFNckIsU0FBUyxXQUFXLFlBQW9CLElBQWEsbUJBQTJCLFNBQXlCO0FBQzlHLFNBQU8sTUFBTSxhQUFhLFlBQVksb0JBQW9CLFdBQVc7QUFDdkU7OztBSmRPLFNBQVMscUJBQTZCO0FBQzNDLFVBQVEsS0FBSyxJQUFJLElBQUlDLE1BQUssU0FBUyxhQUFhO0FBQ2xEO0FBSUEsSUFBSSxhQUFhO0FBR1YsU0FBUyxXQUFXQyxTQUFrQztBQUMzRCxlQUFhO0FBQ2IsUUFBTSxPQUFPLFFBQVEsbUJBQW1CLEdBQUdBLE9BQU07QUFDakQsRUFBQUQsTUFBSyxHQUFHLFFBQVEsS0FBSyxRQUFRO0FBQzdCLFNBQU87QUFDVDtBQVNPLFNBQVMsV0FBVyxZQUFvQkMsU0FBMEIsV0FBbUIsVUFBNkIsVUFBVSxJQUFXO0FBQzVJLFFBQU0sUUFBUSxJQUFJQyxPQUFNLFVBQVU7QUFDbEMsUUFBTSxtQkFBNkIsQ0FBQztBQUNwQyxNQUFJO0FBQ0osa0JBQWdCLENBQUMsV0FBVyxZQUFZLE9BQU87QUFDN0MsUUFBSSxDQUFDLFdBQVk7QUFDakIsVUFBTSxRQUFRLFFBQVEsbUJBQW1CLEdBQUdELE9BQU07QUFDbEQsSUFBQUQsTUFBSyxHQUFHLFFBQVEsS0FBSyxRQUFRO0FBQzdCLFFBQUksVUFBVSxXQUFXO0FBQ3ZCLFVBQUksR0FBSSxrQkFBaUIsS0FBSyxVQUFVO0FBQ3hDLHdCQUFrQjtBQUFBLElBQ3BCLFdBQVcsU0FBUyxTQUFTLEtBQUssR0FBRztBQUNuQywwQkFBb0IsT0FBTyxnQkFBZ0I7QUFDM0MsVUFBSSxvQkFBb0IsT0FBVyxPQUFNLElBQUksV0FBVyxZQUFZLElBQUksaUJBQWlCLE9BQU8sQ0FBQztBQUFBLElBQ25HO0FBQUEsRUFDRixDQUFDO0FBQ0QsU0FBTztBQUNUOzs7QUt4RE8sU0FBUyxVQUFVRyxPQUFzQjtBQUM5QyxTQUFPQSxNQUFLLFFBQVEsWUFBWSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQyxDQUFFO0FBQ3ZIO0FBR08sU0FBUyxtQkFBbUJBLE9BQXNCO0FBQ3ZELFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUssRUFBRSxRQUFRLFlBQVksR0FBRyxFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU07QUFDdkc7OztBQzZCTyxTQUFTLE9BQU9DLGFBQTRCO0FBQ2pELFNBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0FBQ2hFO0FBRUEsU0FBUyxPQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxNQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLFNBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztBQUN4RTtBQUdPLFNBQVMsY0FBYyxNQUFtQztBQUMvRCxRQUFNLE9BQXVCLENBQUM7QUFDOUIsYUFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsZUFBVyxDQUFDQSxhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLFlBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLFlBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxXQUFLLEtBQUssRUFBRSxRQUFRLFlBQUFBLGFBQVksSUFBSSxPQUFPLElBQUksTUFBTSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVyxNQUFNLE1BQU0sT0FBTyxRQUFRLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDMUs7QUFBQSxFQUNGO0FBQ0EsU0FBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0FBQzVGO0FBRUEsSUFBTSxhQUFhO0FBR1osU0FBUyxhQUFhLE1BQWtDO0FBQzdELFFBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxRQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxRQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsUUFBSSxDQUFDLEVBQUcsTUFBSyxJQUFJLFVBQVcsSUFBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUssQ0FBRTtBQUN2SCxXQUFPO0FBQUEsRUFDVDtBQUNBLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxRQUFJLENBQUMsTUFBTztBQUNaLFVBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLFVBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixRQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGFBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRyxFQUFFLFVBQVUsRUFBRSxTQUFTLEdBQUcsS0FBSyxFQUFFLE9BQU8sTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQ25KLFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsVUFBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUMvRTtBQUdPLFNBQVMsWUFBWSxPQUFrQyxNQUFvQztBQUNoRyxNQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsTUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxNQUFJLFNBQVMsTUFBTTtBQUNqQixRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsV0FBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM3QztBQUNBLE1BQUksU0FBUyxRQUFTLFFBQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLEVBQUUsUUFBUSx5QkFBeUIsR0FBRztBQUM5RixTQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7QUFDakc7QUFFTyxTQUFTLFlBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsUUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELFNBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0FBQ3ZFO0FBR08sU0FBUyxjQUFjLE1BQTJCO0FBQ3ZELFFBQU0sU0FBUyxZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFDMUQsUUFBTSxNQUFNLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUMzRCxNQUFJLFdBQVcsUUFBUSxRQUFRLEtBQU0sUUFBTztBQUM1QyxRQUFNLFVBQVUsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFDeEUsUUFBTSxTQUFTLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUN6RSxTQUFPO0FBQUEsSUFDTCxpQ0FBaUMsWUFBWSxRQUFRLE9BQU8sQ0FBQztBQUFBLElBQzdELFdBQVcsWUFBWSxLQUFLLE9BQU8sQ0FBQztBQUFBLElBQ3BDLEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQixZQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7QUFBQSxJQUNsRixtQkFBbUIsT0FBTztBQUFBLEVBQzVCLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ2hITyxTQUFTLFlBQVksTUFBbUJDLFVBQXVDO0FBQ3BGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNQyxhQUFZLEtBQUssT0FBTyxxQkFBcUIsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUN2RSxRQUFNLFFBQVEsVUFBVSxlQUFlRCxTQUFRLFFBQVEsRUFBRTtBQUN6RCxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTTtBQUM1QixVQUFNLE9BQU8sVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFVBQU0sV0FBVyxVQUFVLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQzFELFVBQU0sT0FBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsUUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHLElBQUksd0JBQXdCLFFBQVE7QUFDeEQsV0FBTyxHQUFHLElBQUk7QUFBQSwwQkFBNkIsVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxxQkFBcUIsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDLCtCQUErQixRQUFRO0FBQUE7QUFBQSxFQUNoTCxDQUFDO0FBQ0QsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLE1BQU0sZUFBZSxRQUFRLHNCQUFzQkMsUUFBTztBQUFBLElBQ3hHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxNQUFNLGVBQWUsUUFBUSxrQ0FBa0NBLFFBQU87QUFBQSxJQUNsSCxHQUFHO0FBQUEsSUFDSDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUN0Qk8sU0FBUyxlQUFlLE1BQW1CQyxVQUF1QztBQUN2RixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDekMsUUFBTSxRQUFRO0FBQUEsSUFDWixvQkFBb0IsbUJBQW1CQSxTQUFRLFFBQVEsQ0FBQyxPQUFPLFdBQVcsSUFBSSxTQUFTLEtBQUssTUFBTSx1QkFBdUIsS0FBSyxNQUFNLE9BQU8sS0FBSyxNQUFNLG9CQUFvQjtBQUFBLElBQzFLO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsUUFBUSxtQkFBbUIsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDLFFBQVEsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsSUFBSTtBQUFBLEVBQzlJO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sS0FBSyxJQUFJLDREQUE0RCxxQ0FBcUM7QUFDaEgsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxLQUFLLEtBQUssbUJBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDLElBQUk7QUFBQSxJQUNyTztBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxtQkFBbUIsY0FBYyxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQzFELFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ25CTyxJQUFNLHlCQUF5QjtBQW1DL0IsU0FBUyxhQUFhLE1BQW1CLE1BQXdCO0FBQ3RFLFFBQU0sYUFBYSxjQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFDLGFBQVksSUFBSSxTQUFTLE9BQU8sRUFBRSxRQUFRLFlBQUFBLGFBQVksSUFBSSxTQUFTLEVBQUU7QUFDM0gsUUFBTSxXQUFXLEtBQUssU0FBUyxvQkFBb0IsS0FBSyxTQUFTO0FBQ2pFLFNBQU87QUFBQSxJQUNMLGdCQUFnQjtBQUFBLElBQ2hCLEtBQUssRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFBQSxJQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztBQUFBLElBQ3BEO0FBQUEsSUFDQSxXQUFXLGFBQWEsSUFBSTtBQUFBLElBQzVCLFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDekcsV0FBVyxXQUNQO0FBQUEsTUFDRSxnQkFBZ0IsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQUEsTUFDM0QsaUJBQWlCLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUFBLE1BQ2hFLDBCQUEwQixZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFBQSxNQUNwRixpQkFBaUIsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFBQSxJQUMzRSxJQUNBO0FBQUEsRUFDTjtBQUNGOzs7QUNwREEsSUFBTSxXQUFXLG9CQUFJLElBQUksQ0FBQyxhQUFhLHFCQUFxQixvQkFBb0IsdUJBQXVCLDRCQUE0QixvQkFBb0Isb0JBQW9CLHNCQUFzQixtQkFBbUIsY0FBYyxzQkFBc0Isc0JBQXNCLE9BQU8sV0FBVyxhQUFhLGlCQUFpQixVQUFVLGdCQUFnQixDQUFDO0FBQ3pWLElBQU0sV0FBVyxDQUFDLFNBQWlCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTNILFNBQVMsTUFBTSxPQUFnQjtBQUM3QixRQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDQyxVQUFrQixRQUFRLFFBQVUsSUFBSSxJQUFJQSxLQUFJLFlBQWNBO0FBQzlGLFNBQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQ3ZFO0FBRU8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1RDtBQUNwRyxRQUFNLElBQUksTUFBTUEsU0FBUSxLQUFLO0FBQzdCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLGFBQWEsY0FBYyxJQUFJO0FBQ3JDLFFBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsUUFBTSxLQUFLLEVBQUUsS0FBSyxlQUFlQSxTQUFRLFFBQVEsS0FBSyxXQUFXLFdBQVcsSUFBSSxrQkFBa0IsV0FBVyxJQUFJLEVBQUUsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsSUFBSSxFQUFFLElBQUksR0FBRyxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixDQUFDLEVBQUUsQ0FBQztBQUN4TyxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLEVBQUUsQ0FBQztBQUNqSyxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLE9BQU8sQ0FBQyxNQUFxQixZQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxZQUFNLEtBQUssS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFO0FBQUEsSUFDN0w7QUFBQSxFQUNGO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNLEtBQUssS0FBSyxZQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY0EsV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUSxZQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCQSxTQUFRLFFBQVEsQ0FBQyxDQUFDLElBQUk7QUFDaE8sUUFBTSxLQUFLLGFBQWEsWUFBWSxZQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFFBQU0sU0FBUyxZQUFZLE1BQU0sVUFBVSxNQUFNO0FBQ2pELFFBQU0sS0FBSyxhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQyxHQUFHO0FBQ3ZQLFFBQU0sU0FBUyxPQUFPLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLE9BQU8sUUFBUSxFQUFFLEtBQUs7QUFDckUsTUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsZUFBVyxRQUFRLFFBQVE7QUFDekIsWUFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLFlBQU0sSUFBSSxFQUFFO0FBQ1osWUFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsWUFBTUYsUUFDSixFQUFFLFNBQVMsVUFDUCxPQUFPLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxPQUFPLEdBQUcsSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNULFlBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0IsWUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDL0MsWUFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSUEsS0FBSSxFQUFFO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksS0FBSyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDN0MsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDcERBLElBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQUV4RCxTQUFTLGtCQUFrQixNQUE4QztBQUM5RSxTQUFPLFNBQVNHLGVBQWMsTUFBMkM7QUFDdkUsVUFBTSxNQUE4QixFQUFFLFFBQVEsWUFBWSxNQUFNLEVBQUUsVUFBVSxLQUFLLFVBQVUsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCLEtBQUssQ0FBQyxFQUFFO0FBQ3RJLFVBQU0sTUFBTSxNQUFNO0FBQ2xCLFFBQUksS0FBSztBQUNQLFlBQU0sVUFBVSxhQUFhLE1BQU07QUFBQSxRQUNqQyxVQUFVLEtBQUs7QUFBQSxRQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7QUFBQSxRQUN0RCxRQUFRLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxNQUFNLFFBQVE7QUFBQSxRQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQUEsTUFDdEMsQ0FBQztBQUVELFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE1BQU0sSUFBSTtBQUNoRCxVQUFJLEdBQUcsR0FBRyxhQUFhLElBQUksZUFBZSxNQUFNLElBQUk7QUFBQSxJQUN0RDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQzlCQSxTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBVTtBQUNqQixPQUFPLGFBQWE7QUFDcEIsT0FBT0MsV0FBVTtBQVlqQixJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLEVBQUFDLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCLFVBQU0sbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhLCtDQUErQztBQUFBLEVBQzVKO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixVQUFNLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTSwyRUFBMkU7QUFBQSxFQUNoSTtBQUNGO0FBRUEsU0FBUyxNQUFNLFFBQW1CRSxTQUFnQixNQUFvQjtBQUNwRSxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxPQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzNDLE1BQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLFNBQVMsY0FBYyxTQUFTLFlBQVk7QUFBQSxFQUM1STtBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDLElBQUksT0FBTyxnQkFBZ0IsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ3BJLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLE9BQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQzNILFlBQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT0EsZUFBZSxvQkFBb0JBLFNBQWlDO0FBQ2xFLFFBQU0sUUFBUSxFQUFFLEdBQUdBLFFBQU8sTUFBTTtBQUNoQyxhQUFXLFFBQVEsQ0FBQyxXQUFXLFNBQVMsT0FBTyxHQUFZO0FBQ3pELFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJLEVBQUUsR0FBRyxNQUFNLElBQUksR0FBRyxTQUFTO0FBQUEsSUFDekQsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLEdBQUdBLFNBQVEsTUFBTTtBQUM1QjtBQUVBLGVBQXNCLFdBQVcsV0FBbUJDLFdBQTZCLEVBQUUsTUFBTSxLQUFLLEdBQXFCO0FBQ2pILFFBQU0sVUFBVSxPQUFPO0FBQ3ZCLFFBQU1ELFVBQVMsTUFBTSxvQkFBb0IsU0FBUztBQUNsRCxRQUFNLFlBQVksSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUNsRSxRQUFNLFNBQStCO0FBQUEsSUFDbkMsU0FBUyxNQUFNLFdBQVdBLFNBQVEsU0FBUztBQUFBLElBQzNDLE9BQU8sTUFBTSxXQUFXQSxTQUFRLE9BQU87QUFBQSxJQUN2QyxPQUFPLE1BQU0sV0FBV0EsU0FBUSxPQUFPO0FBQUEsRUFDekM7QUFDQSxRQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7QUFDeEYsUUFBTSxrQkFBa0JDLFNBQVEsT0FBTyxZQUFZLFVBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPRCxPQUFNLElBQUksQ0FBQztBQUNuRyxTQUFPLEVBQUUsT0FBTyxRQUFRLGdCQUFnQjtBQUMxQzs7O0FDcEdBLFNBQVMsV0FBQUUsVUFBUyxNQUFNLFNBQUFDLGNBQWE7QUFHOUIsSUFBTSxzQkFBc0IsSUFBSUEsT0FBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJQSxPQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUlBLE9BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJRCxTQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUlBLFNBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRW5CLElBQU0sYUFBbUQsQ0FBQztBQUVuRCxTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixRQUFNLE9BQVEsV0FBVyxJQUFJLE1BQU0sRUFBRSxVQUFVLEtBQUs7QUFDcEQsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVEsTUFBTSxhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDLEVBQUU7QUFBQSxJQUN0SDtBQUFBLEVBQ0Y7QUFDRjs7O0FDcEJBLFNBQVMsYUFBYTtBQUN0QixPQUFPRSxXQUFVOzs7QUNEakIsU0FBUyxTQUFBQyxjQUFhO0FBU3RCLFNBQVMsY0FBYyxNQUFpQyxJQUFtRDtBQUN6RyxNQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixRQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxTQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDL0M7QUFFQSxTQUFTLGVBQWUsS0FBZ0I7QUFDdEMsYUFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxVQUFNLEtBQUssUUFBUSxlQUFlLGNBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixRQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLHFCQUFvQixJQUFJLEVBQUU7QUFBQSxFQUMxRjtBQUNBLFFBQU0sUUFBUSxjQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsTUFBSSxVQUFVLE9BQVcsb0JBQW1CLElBQUksS0FBSztBQUN2RDtBQUdPLFNBQVMsZ0JBQWdCLFFBQW1CLFVBQWMsZUFBdUIsVUFBcUM7QUFDM0gsUUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLE1BQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIscUJBQWlCLElBQUksSUFBSTtBQUN6QixXQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLE1BQUk7QUFDSixTQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsSUFBQUMsT0FBTSxhQUFhO0FBQ25CLFVBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsUUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixVQUFNLE9BQU87QUFDYixRQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO0FBQUEsRUFDN0Q7QUFDQSxRQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLG1CQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixNQUFJLGFBQWEsS0FBSztBQUNwQiwrQkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELG1CQUFlLEdBQUc7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxXQUFXLElBQUk7QUFDMUI7OztBQ2pEQSxTQUFTLFNBQUFDLGNBQWE7QUFFdEIsSUFBSTtBQVFHLFNBQVMsTUFBTSxPQUEyQztBQUMvRCxRQUFNQyxXQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJQSxXQUFVLEVBQUcsQ0FBQUMsT0FBTUQsUUFBTztBQUM5QixjQUFZO0FBQ2Q7QUFRTyxTQUFTLGFBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBQ3BHLFFBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUN4RCxNQUFJLFFBQVEsU0FBUztBQUNyQixhQUFXLEtBQUssT0FBTztBQUNyQixhQUFTLEVBQUU7QUFDWCxRQUFJLFFBQVEsRUFBRyxRQUFPLEVBQUU7QUFBQSxFQUMxQjtBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDO0FBR08sU0FBUyxRQUFXLE9BQW9DO0FBQzdELFNBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN4Rjs7O0FGbEJBLElBQUksVUFBcUMsQ0FBQztBQUUxQyxTQUFTLFVBQVUsS0FBYyxPQUEwQjtBQUN6RCxTQUFRLFFBQVEsS0FBSyxNQUFNLElBQUksVUFBVSxJQUFJLE9BQU8sU0FBUyxJQUFJLE9BQU8sYUFBYSxLQUFLO0FBQzVGO0FBT08sU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNRSxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CO0FBQzlGO0FBRUEsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUczRSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFFBQU0sVUFBVSxRQUFRLFNBQVM7QUFDakMsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxLQUFLLFFBQVEsSUFBSSxLQUFLLGVBQWU7QUFDM0MsYUFBTyxPQUFPLFVBQWEsV0FBVyxRQUFRLEVBQUU7QUFBQSxJQUNsRDtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxRQUFRO0FBQUEsSUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLFlBQU0sVUFBVSxPQUFPLGFBQWEsRUFBRSxPQUFPLFlBQVksV0FBVyxHQUFHLEdBQUcsT0FBTyxXQUFXLE9BQU8sWUFBWSxlQUFlLEVBQUUsQ0FBQztBQUNqSSxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIscUJBQWUsSUFBSSxDQUFDO0FBQ3BCLFlBQU0sV0FBVyxPQUFPLFVBQVUsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUNuRCxhQUFPLFlBQVksT0FBTyxhQUFhLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFBQSxJQUMxRDtBQUFBLEVBQ0Y7QUFDRjtBQUdPLElBQU0sY0FBd0IsQ0FBQyxRQUNwQyxNQUFNLGdCQUFnQixNQUFNO0FBQzFCLFFBQU0sU0FBUyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sT0FBTztBQUNyRCxNQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLFdBQVMsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRO0FBQ25DLFNBQUssYUFBYSxZQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsVUFBTSxJQUFJLE9BQU8sVUFBVTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNULENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxFQUFFLFFBQUFDLFFBQU8sSUFBSTtBQUNuQixRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLEtBQUs7QUFDbkQsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixRQUFNQSxRQUFPLFVBQVU7QUFDdkIsTUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFFBQU0sYUFBYSxnQkFBZ0IsUUFBUSxJQUFJQSxRQUFPLGVBQWVBLFFBQU8sa0JBQWtCO0FBQzlGLE9BQUssV0FBVyxhQUFhO0FBQzdCLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssV0FBVyxRQUFRLEVBQUUsS0FBSztBQUMvQixVQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBSyxPQUFPLGFBQWEsSUFBSSxRQUFRLGNBQWMsS0FBSyxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3hFO0FBQ0EsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQU8sT0FBTyxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3ZDLENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxLQUFLO0FBQ25ELE1BQUksS0FBSyxPQUFPLFdBQVcsRUFBRTtBQUM3QixRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLE9BQUssT0FBTyxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQ2hDLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFdBQVcsRUFBRSxNQUFNO0FBQy9CLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFFM0IsUUFBTSxZQUFZLE9BQU8sWUFBWSxFQUFFLEdBQUcsU0FBUyxPQUFPLEdBQUcsQ0FBQyxFQUFFLE1BQU0sU0FBUyxDQUFDO0FBQ2hGLGFBQVcsVUFBVSxVQUFVLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLEtBQUssQ0FBQyxFQUFFLE1BQU0sR0FBRyxDQUFDLEdBQUc7QUFDM0YsU0FBSyxPQUFPLGFBQWEsT0FBTyxFQUFFLEVBQUUsTUFBTTtBQUFBLEVBQzVDO0FBQ0EsU0FBTztBQUNULENBQUM7OztBR2pISSxTQUFTLG9CQUFvQkMsU0FBZ0IsWUFBb0JDLFFBQTBFO0FBQ2hKLFFBQU0sUUFBUSxXQUFXLFlBQVlELFFBQU8sT0FBTztBQUNuRCxTQUFPO0FBQUEsSUFDTCxlQUFlQyxPQUFNLGdCQUFnQixNQUFNLE9BQU87QUFBQSxJQUNsRCxhQUFhQSxPQUFNLGNBQWMsTUFBTSxLQUFLO0FBQUEsSUFDNUMsYUFBYUEsT0FBTSxjQUFjLE1BQU0sS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQkQsU0FBZ0IsYUFBeUIsTUFBTSxRQUFXO0FBQ3hGLFFBQU1FLFFBQU8sQ0FBQyxNQUFjLGFBQXVCLENBQUMsU0FBd0I7QUFDMUUsZUFBVztBQUNYLGdCQUFZLE1BQU0sVUFBVSxFQUFFLFFBQUFGLFNBQVEsS0FBSyxDQUFDO0FBQUEsRUFDOUM7QUFDQSxTQUFPLEVBQUUsY0FBY0UsTUFBSyxXQUFXLFdBQVcsR0FBRyxZQUFZQSxNQUFLLFNBQVMsU0FBUyxHQUFHLFlBQVlBLE1BQUssU0FBUyxTQUFTLEVBQUU7QUFDbEk7OztBQ3BCQSxJQUFNLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFFL0IsU0FBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLE1BQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxNQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxTQUFPLFFBQVE7QUFDakI7QUFHTyxTQUFTLGFBQWEsU0FBa0IsV0FBd0M7QUFDckYsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLFFBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLE1BQ3BEO0FBQUEsSUFDRjtBQUFBLElBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzdGLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxJQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsU0FBMEI7QUFDckQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxJQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLFNBQTBCO0FBQ3hELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSx5QkFBeUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEVBQUU7QUFBQSxJQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsRUFDOUY7QUFDRjs7O0FDdERBLElBQU1DLFVBQVMsY0FBYyxNQUFNO0FBQ25DLElBQU0sWUFBWSxVQUFVLE9BQU8saUJBQWlCLE1BQU0sRUFBRSxLQUFLLElBQUksS0FBSyxJQUFJLE9BQVEsU0FBUyxNQUFNLE1BQU0sNEJBQTRCLENBQUM7QUFDeEksSUFBTSxZQUFZLFVBQVUsT0FBTyxjQUFjLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTUEsUUFBTyxrQkFBa0IsQ0FBQyxDQUFDLEdBQUcsRUFBRSxLQUFLLEdBQUcsS0FBSyxLQUFTLFNBQVMsS0FBSyxDQUFDO0FBQzdJLElBQU0sYUFBYSxVQUFVLE9BQU8sb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFDakYsSUFBTSxTQUFrQjtBQUFBLEVBQ3RCLEVBQUUsTUFBTSxTQUFTLFFBQVEsWUFBWSxHQUFHO0FBQUEsRUFDeEMsRUFBRSxNQUFNLFVBQVUsUUFBUyxZQUFZLElBQUssR0FBRztBQUFBLEVBQy9DLEVBQUUsTUFBTSxPQUFPLFFBQVEsU0FBUztBQUNsQztBQUNBLFdBQVcsc0JBQXNCLFFBQVEsU0FBUyxDQUFDLEtBQUssQ0FBQztBQUVsRCxJQUFNLFVBQVUsYUFBYUEsU0FBUSxPQUFPO0FBQUEsRUFDakQsV0FBVztBQUFBLEVBQ1gsa0JBQWtCO0FBQUEsRUFDbEIsV0FBVztBQUFBLElBQ1QsR0FBRyxvQkFBb0JBLFNBQVEsV0FBVyxDQUFDQyxPQUFNLFFBQVEsY0FBY0EsT0FBTSxLQUFLLFNBQVMsQ0FBQztBQUFBLEVBQzlGO0FBQUEsRUFDQSxPQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxXQUFXLENBQUMsRUFBRTtBQUFBLElBQ3JGLEVBQUUsUUFBUSxxQkFBcUIsTUFBTSxFQUFFLE9BQU8sT0FBTyxPQUFPLE1BQU0sR0FBRyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9ELFFBQU8sUUFBUSxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3pJLEdBQUcsYUFBYUEsUUFBTyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ2xDLEdBQUcsV0FBV0EsUUFBTyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ2hDLEdBQUcsYUFBYUEsUUFBTyxPQUFPO0FBQUEsSUFDOUIsR0FBRyxnQkFBZ0JBLFFBQU8sT0FBTztBQUFBLElBQ2pDLEdBQUcsV0FBVztBQUFBLEVBQ2hCO0FBQ0YsRUFBRTtBQUdLLElBQU0sZ0JBQWdCLGtCQUFrQixFQUFFLFVBQVUsT0FBTyxDQUFDO0FBRTVELFNBQVMsUUFBMEI7QUFDeEMsU0FBTyxXQUFXQSxPQUFNO0FBQzFCO0FBRU8sSUFBTSxFQUFFLGNBQWMsWUFBWSxXQUFXLElBQUksZ0JBQWdCQSxTQUFRLE1BQU0sV0FBVyxNQUFNLENBQUM7IiwKICAibmFtZXMiOiBbImR1cmF0aW9uUyIsICJjb25maWciLCAidGV4dCIsICJkdXJhdGlvblMiLCAid2VpZ2h0cyIsICJleGVjIiwgImR1cmF0aW9uUyIsICJjb25maWciLCAicG9sbFJlc291cmNlcyIsICJleGVjIiwgIlRyZW5kIiwgImh0dHAiLCAiaHR0cCIsICJzaGFwZSIsICJwaGFzZXMiLCAiZXhlYyIsICJwaGFzZXMiLCAiVHJlbmQiLCAidGV4dCIsICJleHByZXNzaW9uIiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAidGV4dCIsICJvcHRpb25zIiwgInNlY29uZHMiLCAiaGFuZGxlU3VtbWFyeSIsICJleGVjIiwgImh0dHAiLCAiZXhlYyIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAib3B0aW9ucyIsICJDb3VudGVyIiwgIlRyZW5kIiwgImV4ZWMiLCAic2xlZXAiLCAic2xlZXAiLCAic2xlZXAiLCAic2Vjb25kcyIsICJzbGVlcCIsICJleGVjIiwgImNvbmZpZyIsICJjb25maWciLCAic2hhcGUiLCAiZXhlYyIsICJjb25maWciLCAiZXhlYyJdCn0K
