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
function constantUsers(exec4, vus, durationS2) {
  return { executor: "constant-vus", exec: exec4, vus, duration: `${durationS2}s`, gracefulStop: "30s" };
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
import exec from "k6/execution";
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
import exec3 from "k6/execution";

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

// lib/workflows/workflows.ts
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
  const exec4 = (name, workflow) => (data) => {
    beforeEach();
    runWorkflow(name, workflow, { config: config3, data });
  };
  return { regularUsers: exec4("regular", regularUser), powerUsers: exec4("power", powerUser), adminUsers: exec4("admin", adminUser) };
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
    ...populationScenarios(config2, soakUsers, (exec4, vus) => constantUsers(exec4, vus, durationS))
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlcy50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9tZXRyaWNzL21ldHJpY3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCAiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgIi4uL3NjZW5hcmlvcy9zb2FrLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIG1lbW9yeU1iOiAxMDI0LFxuICBjcHVQZXJjZW50OiA4MCxcbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IDEwLFxufSk7XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG4vKiogUmVhZHMgYW5kIHZhbGlkYXRlcyBldmVyeSBzZXR0aW5nOyB0aHJvd3MgQ29uZmlnRXJyb3IgbmFtaW5nIHRoZSBmaXJzdCBiYWQgdmFyaWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDb25maWcoZW52OiBFbnYpOiBDb25maWcge1xuICBjb25zdCBkID0gREVGQVVMVF9UQVJHRVRTO1xuICBjb25zdCBkdXJhdGlvblMgPSBzZWNvbmRzKDEsIDcgKiAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nLCA2MCk7XG4gIGNvbnN0IHJhbXBVcFMgPSBzZWNvbmRzKDAsIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9VUCcsIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSkpO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJywgTWF0aC5taW4oMTAsIHJhbXBVcFMpKSxcbiAgICB3ZWlnaHRzOiB3ZWlnaHRzKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUycpLFxuICAgIHRoaW5rVGltZVM6IHRoaW5rVGltZShlbnYsICdQRVJGT1JNQU5DRV9USElOS19USU1FJyksXG4gICAgcG9sbEludGVydmFsUzogbnVtYmVySW4oMC4xLCA2MCwgJ3NlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdHRU5FUkFUSU9OX1BPTExfSU5URVJWQUwnLCAxKSxcbiAgICBnZW5lcmF0aW9uVGltZW91dFM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdHRU5FUkFUSU9OX1RJTUVPVVQnLCAzMDApLFxuICAgIGNoYXB0ZXJzUGVyQ291cnNlOiBjb3VudCgxLCAyMCkoZW52LCAnR0VORVJBVElPTl9DSEFQVEVSUycsIDMpLFxuICAgIHNpZGVjYXJVcmw6IHVybChlbnYsICdTSURFQ0FSX1VSTCcsIHVuZGVmaW5lZCksXG4gICAgc2lkZWNhclN0cmljdDogZmxhZyhlbnYsICdTSURFQ0FSX1NUUklDVCcpLFxuICAgIGFsbG93ZWRIb3N0czogaG9zdExpc3QoZW52LCAnUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUycpLFxuICAgIHRhcmdldHM6IHtcbiAgICAgIGFwaVA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTVfTVMnLCBkLmFwaVA5NU1zKSxcbiAgICAgIGFwaVA5OU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTlfTVMnLCBkLmFwaVA5OU1zKSxcbiAgICAgIGhlYWx0aFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMnLCBkLmhlYWx0aFA5NU1zKSxcbiAgICAgIGV4cG9ydFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMnLCBkLmV4cG9ydFA5NU1zKSxcbiAgICAgIGNoYXB0ZXJQOTVNczogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ1RIUkVTSE9MRF9DSEFQVEVSX1A5NV9TJywgZC5jaGFwdGVyUDk1TXMgLyAxMDAwKSAqIDEwMDAsXG4gICAgICBzdWNjZXNzUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX1NVQ0NFU1NfUkFURScsIGQuc3VjY2Vzc1JhdGUpLFxuICAgICAgZXJyb3JSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfRVJST1JfUkFURScsIGQuZXJyb3JSYXRlKSxcbiAgICAgIG1lbW9yeU1iOiBjb3VudCgxLCAxXzA0OF81NzYpKGVudiwgJ1BFUkZPUk1BTkNFX01FTU9SWV9MSU1JVCcsIGQubWVtb3J5TWIpLFxuICAgICAgY3B1UGVyY2VudDogbnVtYmVySW4oMSwgMTAwLCAnYSBwZXJjZW50YWdlJywgZmFsc2UpKGVudiwgJ1BFUkZPUk1BTkNFX0NQVV9MSU1JVCcsIGQuY3B1UGVyY2VudCksXG4gICAgICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVySW4oMCwgMV8wMDBfMDAwLCAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzTG9vcGJhY2soaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBob3N0ID09PSAnbG9jYWxob3N0JyB8fCBob3N0ID09PSAnWzo6MV0nIHx8IGhvc3QgPT09ICc6OjEnIHx8IC9eMTI3XFwuXFxkezEsM31cXC5cXGR7MSwzfVxcLlxcZHsxLDN9JC8udGVzdChob3N0KTtcbn1cblxuLyoqXG4gKiBUaGUgdGFyZ2V0IGd1YXJkOiBhbiBlbnRyeSBoZWF2aWVyIHRoYW4gc21va2UgcmVmdXNlcyBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2sgdW5sZXNzIGl0IGlzXG4gKiBhbGxvdy1saXN0ZWQsIHNvIGEgdHlwbyBpbiBCQVNFX1VSTCBjYW5ub3QgbG9hZC10ZXN0IHByb2R1Y3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZzogQ29uZmlnLCBlbnRyeTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGhvc3QgPSBob3N0T2YoY29uZmlnLmJhc2VVcmwpO1xuICBpZiAoaXNMb29wYmFjayhob3N0KSB8fCBjb25maWcuYWxsb3dlZEhvc3RzLmluY2x1ZGVzKGhvc3QpKSByZXR1cm47XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICBgcmVmdXNpbmcgdG8gcnVuIFwiJHtlbnRyeX1cIiBhZ2FpbnN0ICR7Y29uZmlnLmJhc2VVcmx9OiAke2hvc3R9IGlzIG5vdCBhIGxvb3BiYWNrIGFkZHJlc3MuIGAgK1xuICAgICAgYElmIHlvdSBtZWFuIHRvIGxvYWQtdGVzdCBpdCwgYWxsb3cgaXQgd2l0aCBQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTPSR7aG9zdH0gKGNvbW1hLXNlcGFyYXRlZCBsaXN0KS5gLFxuICApO1xufVxuXG4vKipcbiAqIEEgc2NlbmFyaW8ncyBvd24gbnVtZXJpYyBzZXR0aW5nIChlLmcuIFNQSUtFX0ZBQ1RPUiksIHZhbGlkYXRlZCBsaWtlIHRoZSBzaGFyZWQgb25lczogYSBiYWRcbiAqIHZhbHVlIHN0b3BzIHRoZSBydW4gYXQgaW5pdCB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHZhcmlhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW52TnVtYmVyKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSk6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IGFzc2VydFRhcmdldEFsbG93ZWQsIHBhcnNlQ29uZmlnLCB0eXBlIENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuXG4vKiogVGhlIGNvbmZpZ3VyYXRpb24gZm9yIGEgbG9hZC1nZW5lcmF0aW5nIGVudHJ5OiByZWZ1c2VzIGEgbm9uLWxvb3BiYWNrIHRhcmdldCB0aGF0IGlzIG5vdCBhbGxvdy1saXN0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZ3VhcmRlZENvbmZpZyhlbnRyeTogc3RyaW5nKTogQ29uZmlnIHtcbiAgYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWcsIGVudHJ5KTtcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiIsICIvLyBUaGUgazYgc2lkZSBvZiB0aGUgcmVzb3VyY2Ugc2lkZWNhcjogYSAxL3Mgc2NlbmFyaW8gcG9sbHMgdGhlIHNpZGVjYXIncyBzYW1wbGVzIGludG8gVHJlbmRcbi8vIG1ldHJpY3MsIGFuZCB0ZWFyZG93biByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoLCBzbyB0aGUgc2VydmVyJ3MgQ1BVIGFuZCBtZW1vcnkgYXJlIG9yZGluYXJ5XG4vLyBrNiB0aHJlc2hvbGRzIGluIHRoZSBzYW1lIHJ1bi4gUG9sbHMgY2Fycnkgc2NvcGU6c2lkZWNhciBhbmQgZW1pdCBubyBodHRwX3JlcV9mYWlsZWQgc2FtcGxlc1xuLy8gKHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwpLCBzbyB0aGUgQVBJIGZpZ3VyZXMgYW5kIHRocmVzaG9sZHMgbmV2ZXIgc2VlIHRoZW0uXG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IENvdW50ZXIsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcblxuLyoqIFBlcmNlbnQgb2YgdGhlIENQVXMgYXZhaWxhYmxlIHRvIHRoZSBzZXJ2ZXIsIDAtMTAwLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdVBlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfcGVyY2VudCcpO1xuLyoqIFBlci1jb3JlIHN1bTogMTAwID0gb25lIGNvcmUgZnVsbHkgYnVzeS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfY29yZXNfcGVyY2VudCcpO1xuLyoqIFBTUyBzdW0gKHByb2Nlc3MgdHJlZSksIHdvcmtpbmcgc2V0IChjZ3JvdXApIG9yIFJTUyAoUHJvbWV0aGV1cyksIE1CLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeU1iID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X21iJyk7XG4vKiogUG9sbHMgdGhlIHNpZGVjYXIgZGlkIG5vdCBhbnN3ZXIsIHBsdXMgcmVhZGluZ3MgdGhlIHNpZGVjYXIgZmFpbGVkIHRvIHRha2U6IGVhY2ggYWJvdXQgb25lIGludGVydmFsIHdpdGhvdXQgZGF0YS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJTYW1wbGVzTWlzc2luZyA9IG5ldyBDb3VudGVyKCdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJyk7XG4vKiogTUIgcGVyIG1pbnV0ZSBhZnRlciB0aGUgc2lkZWNhcidzIHdhcm0tdXAgKGxlYXN0LXNxdWFyZXMgc2xvcGUpLCByZWNvcmRlZCBvbmNlIGluIHRlYXJkb3duLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeUdyb3d0aCA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicpO1xuXG5pbnRlcmZhY2UgU2FtcGxlIHtcbiAgc2VxOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50OiBudW1iZXI7XG4gIGNwdV9jb3Jlc19wZXJjZW50OiBudW1iZXI7XG4gIG1lbW9yeV9tYjogbnVtYmVyO1xufVxuXG5jb25zdCBQT0xMID0geyB0YWdzOiB7IHNjb3BlOiAnc2lkZWNhcicsIG5hbWU6ICdzaWRlY2FyJyB9LCByZXNwb25zZUNhbGxiYWNrOiBudWxsLCB0aW1lb3V0OiAnMnMnIH0gYXMgY29uc3Q7XG4vLyBQZXIgVlUgKHRoZSBzY2VuYXJpbyBoYXMgb25lKTogdGhlIGxhc3Qgc2VxIHJlY2VpdmVkIGFuZCB0aGUgc2lkZWNhcidzIGZhaWxlZC1yZWFkaW5nIGNvdW50IHNlZW4uXG5sZXQgY3Vyc29yID0gMDtcbmxldCBlcnJvcnNTZWVuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvOiBvbmUgcG9sbCBhIHNlY29uZCBmb3IgdGhlIHdob2xlIHJ1biwgb24gb25lIFZVLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1NjZW5hcmlvKGR1cmF0aW9uUzogbnVtYmVyLCBzdGFydFRpbWU/OiBzdHJpbmcpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWM6ICdwb2xsUmVzb3VyY2VzJyxcbiAgICByYXRlOiAxLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIGR1cmF0aW9uOiBgJHtNYXRoLm1heCgxLCBNYXRoLmNlaWwoZHVyYXRpb25TKSl9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiAxLFxuICAgIG1heFZVczogMSxcbiAgICAuLi4oc3RhcnRUaW1lID8geyBzdGFydFRpbWUgfSA6IHt9KSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcGFyc2U8VD4oYm9keTogdW5rbm93bik6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiB0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycgPyAoSlNPTi5wYXJzZShib2R5KSBhcyBUKSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIE9uZSBwb2xsOiBldmVyeSBuZXcgc2FtcGxlIGJlY29tZXMgYSBtZXRyaWMgc2FtcGxlLiBBIHBvbGwgdGhlIHNpZGVjYXIgZG9lcyBub3QgYW5zd2VyIGNvdW50cyBvbmVcbiAqIG1pc3Npbmcgc2FtcGxlLCBhbmQgc28gZG9lcyBlYWNoIHJlYWRpbmcgdGhlIHNpZGVjYXIgcmVwb3J0cyBpdCBmYWlsZWQgdG8gdGFrZSBkdXJpbmcgdGhlIHJ1blxuICogKHRhcmdldCBnb25lLCBlbmRwb2ludCBkb3duKS4gQW5cbiAqIGFuc3dlciB3aXRoIG5vIG5ldyBzYW1wbGUgeWV0IGlzIG5vdCBhIGdhcDogcG9sbHMgYW5kIHJlYWRpbmdzIGFyZSBub3QgaW4gc3RlcC4gTmV2ZXIgdGhyb3dzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcyhzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc2FtcGxlcz9zaW5jZT0ke2N1cnNvcn1gLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgc2FtcGxlczogU2FtcGxlW107IGVycm9ycz86IG51bWJlciB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmICghYm9keSB8fCAhQXJyYXkuaXNBcnJheShib2R5LnNhbXBsZXMpKSB7XG4gICAgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKDEpO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkuZXJyb3JzID09PSAnbnVtYmVyJykge1xuICAgIC8vIFRoZSBmaXJzdCBhbnN3ZXIgaXMgdGhlIGJhc2VsaW5lOiBmYWlsdXJlcyBiZWZvcmUgdGhlIHJ1biBhcmUgbm90IHRoZSBydW4ncyBnYXBzLlxuICAgIGlmIChlcnJvcnNTZWVuICE9PSB1bmRlZmluZWQgJiYgYm9keS5lcnJvcnMgPiBlcnJvcnNTZWVuKSBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoYm9keS5lcnJvcnMgLSBlcnJvcnNTZWVuKTtcbiAgICBlcnJvcnNTZWVuID0gYm9keS5lcnJvcnM7XG4gIH1cbiAgZm9yIChjb25zdCBzYW1wbGUgb2YgYm9keS5zYW1wbGVzKSB7XG4gICAgc2VydmVyQ3B1UGVyY2VudC5hZGQoc2FtcGxlLmNwdV9wZXJjZW50KTtcbiAgICBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQuYWRkKHNhbXBsZS5jcHVfY29yZXNfcGVyY2VudCk7XG4gICAgc2VydmVyTWVtb3J5TWIuYWRkKHNhbXBsZS5tZW1vcnlfbWIpO1xuICAgIGN1cnNvciA9IE1hdGgubWF4KGN1cnNvciwgc2FtcGxlLnNlcSk7XG4gIH1cbn1cblxuLyoqIFRlYXJkb3duOiB0aGUgbWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwLCBNQiBwZXIgbWludXRlLCBhcyB0aGUgc2lkZWNhciBjb21wdXRlZCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRNZW1vcnlHcm93dGgoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3N1bW1hcnlgLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3Qgc3VtbWFyeSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKHN1bW1hcnkgJiYgdHlwZW9mIHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluID09PSAnbnVtYmVyJykgc2VydmVyTWVtb3J5R3Jvd3RoLmFkZChzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbik7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2VMaW1pdHMge1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIG1lbW9yeSBncm93dGggKHNvYWspLCBNQiBwZXIgbWludXRlIGFmdGVyIHdhcm0tdXAuICovXG4gIGdyb3d0aE1iUGVyTWluPzogbnVtYmVyO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2FtcGxlcyB3ZW50IG1pc3NpbmcgKHRoZSBzaWRlY2FyIHN0b3BwZWQgYW5zd2VyaW5nKS4gKi9cbiAgZmFpbE9uTWlzc2luZz86IGJvb2xlYW47XG59XG5cbi8qKiBTZXJ2ZXIgbWVtb3J5IHBlYWssIENQVSBwOTUsIGFuZCBvcHRpb25hbGx5IGdyb3d0aCBhbmQgZ2FwcywgYXMgZ2F0ZXMuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VHYXRlcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogR2F0ZVtdIHtcbiAgY29uc3QgZ2F0ZXM6IEdhdGVbXSA9IFtcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfbWInLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMubWVtb3J5TWIgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9jcHVfcGVyY2VudCcsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmNwdVBlcmNlbnQgfV0gfSxcbiAgXTtcbiAgaWYgKGxpbWl0cy5ncm93dGhNYlBlck1pbiAhPT0gdW5kZWZpbmVkKSBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5ncm93dGhNYlBlck1pbiB9XSB9KTtcbiAgaWYgKGxpbWl0cy5mYWlsT25NaXNzaW5nKSBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsIHJ1bGVzOiBbeyBzdGF0OiAnY291bnQnLCBvcDogJzwnLCB2YWx1ZTogMSB9XSB9KTtcbiAgcmV0dXJuIGdhdGVzO1xufVxuXG4vKiogVGhlIHNhbWUgZ2F0ZXMgYXMgYSBrNiB0aHJlc2hvbGRzIG9iamVjdDogeyBzZXJ2ZXJfbWVtb3J5X21iOiBbJ21heDwxMDI0J10sIHNlcnZlcl9jcHVfcGVyY2VudDogWydwKDk1KTw4MCddLCAuLi4gfS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZVRocmVzaG9sZHMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEs2VGhyZXNob2xkcyB7XG4gIHJldHVybiB0b0s2VGhyZXNob2xkcyhyZXNvdXJjZUdhdGVzKGxpbWl0cykpO1xufVxuIiwgIi8vIEEgdHlwZWQgYnVpbGRlciBmb3IgazYgdGhyZXNob2xkIGV4cHJlc3Npb25zLCBzbyBhIHR5cG8gaW4gYW4gYWdncmVnYXRpb24gb3Igb3BlcmF0b3IgaXMgYVxuLy8gY29tcGlsZSBlcnJvciBoZXJlIGluc3RlYWQgb2YgYSB0aHJlc2hvbGQgazYgcmVqZWN0cyAob3Igc2lsZW50bHkgbmV2ZXIgZXZhbHVhdGVzKSBhdCBydW4gdGltZS5cblxuLyoqIEFnZ3JlZ2F0aW9ucyBrNiBhY2NlcHRzIHBlciBtZXRyaWMgdHlwZS4gKi9cbmV4cG9ydCB0eXBlIFRyZW5kU3RhdCA9ICdhdmcnIHwgJ21pbicgfCAnbWF4JyB8ICdtZWQnIHwgYHAoJHtudW1iZXJ9KWA7XG5leHBvcnQgdHlwZSBSYXRlU3RhdCA9ICdyYXRlJztcbmV4cG9ydCB0eXBlIENvdW50ZXJTdGF0ID0gJ2NvdW50JyB8ICdyYXRlJztcbmV4cG9ydCB0eXBlIEdhdWdlU3RhdCA9ICd2YWx1ZSc7XG5leHBvcnQgdHlwZSBTdGF0ID0gVHJlbmRTdGF0IHwgUmF0ZVN0YXQgfCBDb3VudGVyU3RhdCB8IEdhdWdlU3RhdDtcbmV4cG9ydCB0eXBlIE9wZXJhdG9yID0gJzwnIHwgJzw9JyB8ICc+JyB8ICc+PScgfCAnPT0nIHwgJz09PScgfCAnIT0nO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGUge1xuICBzdGF0OiBTdGF0O1xuICBvcDogT3BlcmF0b3I7XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTdG9wIHRoZSB3aG9sZSBydW4gYXMgc29vbiBhcyB0aGlzIHJ1bGUgZmFpbHMgKGFmdGVyIGBkZWxheUFib3J0RXZhbGApLiAqL1xuICBhYm9ydE9uRmFpbD86IGJvb2xlYW47XG4gIC8qKiBrNiBkdXJhdGlvbiwgZS5nLiAnMTBzJzogaG93IGxvbmcgdG8gY29sbGVjdCBkYXRhIGJlZm9yZSBhbiBhYm9ydCBtYXkgdHJpZ2dlci4gKi9cbiAgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbWV0cmljIChvcHRpb25hbGx5IG5hcnJvd2VkIHRvIGEgdGFnZ2VkIHN1Yi1tZXRyaWMpIGFuZCB0aGUgcnVsZXMgaXQgbXVzdCBtZWV0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHYXRlIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICBydWxlczogUnVsZVtdO1xufVxuXG4vKiogV2hhdCBrNiBhY2NlcHRzIGFzIG9uZSBlbnRyeSBvZiBhIG1ldHJpYydzIHRocmVzaG9sZCBsaXN0LiAqL1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGQgPSBzdHJpbmcgfCB7IHRocmVzaG9sZDogc3RyaW5nOyBhYm9ydE9uRmFpbD86IGJvb2xlYW47IGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZHMgPSBSZWNvcmQ8c3RyaW5nLCBLNlRocmVzaG9sZFtdPjtcblxuLy8gTWFkZSBvbiBmaXJzdCB1c2UsIG5vdCBhdCBtb2R1bGUgbG9hZDogb3B0aW9ucyBhcmUgYnVpbHQgaW4gazYncyBWVSAwIG9ubHkgKGxpYi9jb25maWcvZW50cnkudHMpLFxuLy8gYW5kIGEgUmVnRXhwIGV2YWx1YXRlZCBhdCBsb2FkIHdvdWxkIGJ1aWxkIFJlZ0V4cCdzIHByb3RvdHlwZSBpbiBldmVyeSBWVSdzIHJ1bnRpbWUuXG5sZXQgcGF0dGVybnM6IHsgbWV0cmljTmFtZTogUmVnRXhwOyB0YWdQYXJ0OiBSZWdFeHA7IHBlcmNlbnRpbGU6IFJlZ0V4cCB9IHwgdW5kZWZpbmVkO1xuY29uc3QgcGF0dGVybiA9ICgpID0+XG4gIChwYXR0ZXJucyA/Pz0geyBtZXRyaWNOYW1lOiAvXltBLVphLXpfXVtBLVphLXowLTlfXSokLywgdGFnUGFydDogL15bQS1aYS16MC05Xy5cXC0vXSskLywgcGVyY2VudGlsZTogL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvIH0pO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghcGF0dGVybigpLm1ldHJpY05hbWUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghcGF0dGVybigpLnRhZ1BhcnQudGVzdChrZXkpIHx8ICFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IHBhdHRlcm4oKS5wZXJjZW50aWxlLmV4ZWMocnVsZS5zdGF0KTtcbiAgaWYgKHJ1bGUuc3RhdC5zdGFydHNXaXRoKCdwKCcpICYmICghcGVyY2VudGlsZSB8fCBOdW1iZXIocGVyY2VudGlsZVsxXSkgPiAxMDApKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHBlcmNlbnRpbGUgXCIke3J1bGUuc3RhdH1cIjogdXNlIHAoTikgd2l0aCAwIDw9IE4gPD0gMTAwYCk7XG4gIH1cbiAgaWYgKCFOdW1iZXIuaXNGaW5pdGUocnVsZS52YWx1ZSkpIHRocm93IG5ldyBFcnJvcihgdGhyZXNob2xkICR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9OiB0aGUgbGltaXQgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXJgKTtcbiAgcmV0dXJuIGAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfWA7XG59XG5cbmZ1bmN0aW9uIHRvSzYocnVsZTogUnVsZSk6IEs2VGhyZXNob2xkIHtcbiAgY29uc3QgdGV4dCA9IGV4cHJlc3Npb24ocnVsZSk7XG4gIGlmICghcnVsZS5hYm9ydE9uRmFpbCkgcmV0dXJuIHRleHQ7XG4gIHJldHVybiB7IHRocmVzaG9sZDogdGV4dCwgYWJvcnRPbkZhaWw6IHRydWUsIC4uLihydWxlLmRlbGF5QWJvcnRFdmFsID8geyBkZWxheUFib3J0RXZhbDogcnVsZS5kZWxheUFib3J0RXZhbCB9IDoge30pIH07XG59XG5cbi8qKiBUdXJucyBnYXRlcyBpbnRvIGs2J3MgYG9wdGlvbnMudGhyZXNob2xkc2A7IGdhdGVzIG9uIHRoZSBzYW1lIGtleSBhcmUgbWVyZ2VkIGluIG9yZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvSzZUaHJlc2hvbGRzKGdhdGVzOiBHYXRlW10pOiBLNlRocmVzaG9sZHMge1xuICBjb25zdCBvdXQ6IEs2VGhyZXNob2xkcyA9IHt9O1xuICBmb3IgKGNvbnN0IGdhdGUgb2YgZ2F0ZXMpIHtcbiAgICBjb25zdCBrZXkgPSBtZXRyaWNLZXkoZ2F0ZS5tZXRyaWMsIGdhdGUudGFncyk7XG4gICAgb3V0W2tleV0gPSBbLi4uKG91dFtrZXldID8/IFtdKSwgLi4uZ2F0ZS5ydWxlcy5tYXAodG9LNildO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLy8gTG9hZCBzaGFwZXMsIGluIG9uZSBwbGFjZSwgcGFyYW1ldGVyaXNlZCBieSB0aGUgcnVuJ3MgY29uZmlndXJhdGlvbi4gQSBzY2VuYXJpbyBmaWxlIHJlYWRzIGFzOlxuLy8gc2hhcGUgKyB3b3JrZmxvd3MgKyB0aHJlc2hvbGRzLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXMubWFwKChfLCBpKSA9PiBpKS5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzOiAwLFxuICAgIHN0YWdlczogW1xuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBVcFN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBEb3duU31zYCwgdGFyZ2V0OiAwIH0sXG4gICAgXSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMzBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogazYgd2FudHMgYSB3aG9sZSByYXRlOiBhIGZyYWN0aW9uYWwgcGVyLXNlY29uZCByYXRlIGlzIGV4cHJlc3NlZCBwZXIgbWludXRlIGluc3RlYWQuICovXG5leHBvcnQgZnVuY3Rpb24gd2hvbGVSYXRlKHBlclNlY29uZDogbnVtYmVyKTogeyByYXRlOiBudW1iZXI7IHRpbWVVbml0OiBzdHJpbmcgfSB7XG4gIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHBlclNlY29uZCkgPyB7IHJhdGU6IHBlclNlY29uZCwgdGltZVVuaXQ6ICcxcycgfSA6IHsgcmF0ZTogTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChwZXJTZWNvbmQgKiA2MCkpLCB0aW1lVW5pdDogJzFtJyB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoZXhlYzogc3RyaW5nLCBwZXJTZWNvbmQ6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyLCBzdGFydFRpbWUgPSAnMHMnKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIC4uLndob2xlUmF0ZShwZXJTZWNvbmQpLFxuICAgIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDEsIE1hdGguY2VpbChwZXJTZWNvbmQpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YXJ0VGltZSxcbiAgfTtcbn1cblxuLyoqIFdhbGwgdGltZSBvZiBhIHJhbXBpbmctdXNlcnMgcnVuLCBzZWNvbmRzLCBmb3Igc2NlbmFyaW9zIHRoYXQgbXVzdCBydW4gYWxvbmdzaWRlIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBudW1iZXIge1xuICByZXR1cm4gY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TICsgY29uZmlnLnJhbXBEb3duUztcbn1cblxuZXhwb3J0IGNvbnN0IFNVTU1BUllfVFJFTkRfU1RBVFMgPSBbJ2F2ZycsICdtaW4nLCAnbWVkJywgJ21heCcsICdwKDkwKScsICdwKDk1KScsICdwKDk5KScsICdjb3VudCddO1xuXG4vKiogVlVzIGZvbGxvd2luZyBleHBsaWNpdCBzdGFnZXMgKHNwaWtlIHNoYXBlcyBhbmQgdGhlIGxpa2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlZFVzZXJzKGV4ZWM6IHN0cmluZywgc3RhZ2VzOiB7IGR1cmF0aW9uUzogbnVtYmVyOyB0YXJnZXQ6IG51bWJlciB9W10sIHN0YXJ0VlVzID0gMCk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzLFxuICAgIHN0YWdlczogc3RhZ2VzLm1hcCgocykgPT4gKHsgZHVyYXRpb246IGAke3MuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHMudGFyZ2V0IH0pKSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMTBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogRXZlcnkgVlUgc3RhcnRzIG9uZSBpdGVyYXRpb24gYXQgdGhlIHNhbWUgaW5zdGFudCAodGhleSBhcmUgYWxsIGluaXRpYWxpc2VkIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxBdE9uY2UoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnM6IDEsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cblxuLyoqIEEgZml4ZWQgbnVtYmVyIG9mIFZVcyBmb3IgYSBmaXhlZCB0aW1lIChjbG9zZWQgbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50VXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYywgdnVzLCBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH07XG59XG5cbi8qKiBBcnJpdmFsIHJhdGUgcmlzaW5nIGxpbmVhcmx5IGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIHBlciBzZWNvbmQgb3ZlciBgZHVyYXRpb25TYCAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmlzaW5nUmF0ZShleGVjOiBzdHJpbmcsIHN0YXJ0UmF0ZTogbnVtYmVyLCBtYXhSYXRlOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBtYXhWVXM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0UmF0ZSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMiwgTWF0aC5jZWlsKHN0YXJ0UmF0ZSkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhZ2VzOiBbeyBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCB0YXJnZXQ6IG1heFJhdGUgfV0sXG4gIH07XG59XG5cbi8qKiBgdnVzYCB1c2VycyBlYWNoIHJ1biBgaXRlcmF0aW9uc2AgaXRlcmF0aW9ucywgYWxsIHN0YXJ0aW5nIHRvZ2V0aGVyLCBib3VuZGVkIGJ5IGBtYXhEdXJhdGlvblNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGl0ZXJhdGlvbnNQZXJVc2VyKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGl0ZXJhdGlvbnM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnMsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cbiIsICIvLyBXaGF0IGV2ZXJ5IGVudHJ5IHBvaW50IHNoYXJlczogaXQgYXNzZW1ibGVzIGs2IG9wdGlvbnMgZnJvbSB0aGUgZW50cnkncyBvd24gc2NlbmFyaW9zIGFuZFxuLy8gZ2F0ZXMsIGFkZGluZyB0aGUgc2VydmVyLXJlc291cmNlcyBzY2VuYXJpbyBhbmQgZ2F0ZXMgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQgKFNJREVDQVJfVVJMKS5cbi8vIEVudHJpZXMgcmUtZXhwb3J0IGBwb2xsUmVzb3VyY2VzYCBhbmQgYHRlYXJkb3duYCBmcm9tIGhlcmUsIGFzIGs2IG5lZWRzIHRoZW0gaW4gdGhlIGVudHJ5IG1vZHVsZS5cbi8vXG4vLyBrNiBldmFsdWF0ZXMgdGhlIHNjcmlwdCBvbmNlIHBlciBWVSwgZWFjaCBpbiBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgcGx1cyBvbmNlIGFzIFZVIDA6IHRoYXRcbi8vIGV2YWx1YXRpb24gaXMgd2hlcmUgazYgcmVhZHMgYG9wdGlvbnNgLCBhbmQgc2V0dXAsIHRlYXJkb3duIGFuZCBoYW5kbGVTdW1tYXJ5IGVhY2ggcnVuIGluIGEgZnJlc2hcbi8vIFZVIDAgdG9vLiBMb2FkIFZVcyAoMSwgMiwgLi4uKSBuZXZlciByZWFkIHRoZWlyIGBvcHRpb25zYCAoazYgc2V0cyB0aGUgY29uc29saWRhdGVkIG9wdGlvbnMgb250b1xuLy8gaXQpLCBzbyB0aGV5IHNraXAgYnVpbGRpbmcgdGhlbTogdGhlIHNjZW5hcmlvcywgZ2F0ZXMgYW5kIHRocmVzaG9sZCBleHByZXNzaW9ucyBtYWRlIHBlciBWVSB3ZXJlXG4vLyB+MC4xIE1CIG9mIGV2ZXJ5IFZVJ3MgaGVhcCAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgIGhlYXAgcHJvZmlsZSBhdCAxLDAwMCBWVXMpLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuaW1wb3J0IHsgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVjb3JkTWVtb3J5R3Jvd3RoLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IFNVTU1BUllfVFJFTkRfU1RBVFMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5UGFydHMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgZ2F0ZXM6IEdhdGVbXTtcbiAgLyoqIEhvdyBsb25nIHRoZSBsb2FkIHJ1bnMsIHNlY29uZHM6IHRoZSByZXNvdXJjZXMgcG9sbGVyIHJ1bnMgYXMgbG9uZy4gKi9cbiAgd2FsbFRpbWVTOiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIHRvbyAoc29haykuICovXG4gIGdhdGVNZW1vcnlHcm93dGg/OiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5T3B0aW9ucyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICB0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHM7XG4gIHNldHVwVGltZW91dDogc3RyaW5nO1xuICBzdW1tYXJ5VHJlbmRTdGF0czogc3RyaW5nW107XG59XG5cbi8qKiBXaGV0aGVyIHRoaXMgcnVudGltZSBpcyBrNidzIFZVIDAgKG9wdGlvbnMsIHNldHVwLCB0ZWFyZG93biwgaGFuZGxlU3VtbWFyeSkgcmF0aGVyIHRoYW4gYSBsb2FkIFZVLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzQ29udHJvbFJ1bnRpbWUoKTogYm9vbGVhbiB7XG4gIHJldHVybiBfX1ZVID09PSAwO1xufVxuXG4vKiogVGhlIGVudHJ5J3MgazYgb3B0aW9ucywgYnVpbHQgZnJvbSBgbWFrZVBhcnRzYCBpbiBWVSAwIG9ubHk7IHVuZGVmaW5lZCBpbiBsb2FkIFZVcyAoc2VlIGFib3ZlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIG1ha2VQYXJ0czogKCkgPT4gRW50cnlQYXJ0cyk6IEVudHJ5T3B0aW9ucyB8IHVuZGVmaW5lZCB7XG4gIGlmICghaXNDb250cm9sUnVudGltZSgpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBwYXJ0cyA9IG1ha2VQYXJ0cygpO1xuICAvLyBBIHVzZXIgY2xhc3Mgd2VpZ2h0ZWQgMCAlIChlLmcuIFBFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUz0xMDAvMC8wKSBoYXMgbm8gVlVzOyBrNiByZWZ1c2VzIGFcbiAgLy8gc2NlbmFyaW8gdGhhdCBuZXZlciBzdGFydHMgb25lLCBzbyBpdCBpcyBsZWZ0IG91dCByYXRoZXIgdGhhbiBmYWlsaW5nIHRoZSB3aG9sZSBydW4uXG4gIGNvbnN0IHNjZW5hcmlvcyA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhwYXJ0cy5zY2VuYXJpb3MpLmZpbHRlcigoWywgc2NlbmFyaW9dKSA9PiBoYXNVc2VycyhzY2VuYXJpbykpKTtcbiAgY29uc3QgZ2F0ZXMgPSBbLi4ucGFydHMuZ2F0ZXNdO1xuICBpZiAoY29uZmlnLnNpZGVjYXJVcmwpIHtcbiAgICBzY2VuYXJpb3MucmVzb3VyY2VzID0gcmVzb3VyY2VzU2NlbmFyaW8ocGFydHMud2FsbFRpbWVTKTtcbiAgICBnYXRlcy5wdXNoKFxuICAgICAgLi4ucmVzb3VyY2VHYXRlcyh7XG4gICAgICAgIG1lbW9yeU1iOiBjb25maWcudGFyZ2V0cy5tZW1vcnlNYixcbiAgICAgICAgY3B1UGVyY2VudDogY29uZmlnLnRhcmdldHMuY3B1UGVyY2VudCxcbiAgICAgICAgZ3Jvd3RoTWJQZXJNaW46IHBhcnRzLmdhdGVNZW1vcnlHcm93dGggPyBjb25maWcudGFyZ2V0cy5tZW1vcnlHcm93dGhNYlBlck1pbiA6IHVuZGVmaW5lZCxcbiAgICAgICAgZmFpbE9uTWlzc2luZzogY29uZmlnLnNpZGVjYXJTdHJpY3QsXG4gICAgICB9KSxcbiAgICApO1xuICB9XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHRvSzZUaHJlc2hvbGRzKGdhdGVzKSxcbiAgICBzZXR1cFRpbWVvdXQ6IGAke01hdGgubWF4KDYwLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICsgMzApfXNgLFxuICAgIHN1bW1hcnlUcmVuZFN0YXRzOiBTVU1NQVJZX1RSRU5EX1NUQVRTLFxuICB9O1xufVxuXG5mdW5jdGlvbiBoYXNVc2VycyhzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuIHtcbiAgY29uc3QgeyBleGVjdXRvciwgc3RhcnRWVXMsIHN0YWdlcywgdnVzIH0gPSBzY2VuYXJpbyBhcyB7IGV4ZWN1dG9yOiBzdHJpbmc7IHN0YXJ0VlVzPzogbnVtYmVyOyBzdGFnZXM/OiB7IHRhcmdldDogbnVtYmVyIH1bXTsgdnVzPzogbnVtYmVyIH07XG4gIGlmIChleGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgcmV0dXJuIChzdGFydFZVcyA/PyAwKSA+IDAgfHwgKHN0YWdlcyA/PyBbXSkuc29tZSgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCA+IDApO1xuICBpZiAoZXhlY3V0b3IgPT09ICdjb25zdGFudC12dXMnIHx8IGV4ZWN1dG9yID09PSAncGVyLXZ1LWl0ZXJhdGlvbnMnIHx8IGV4ZWN1dG9yID09PSAnc2hhcmVkLWl0ZXJhdGlvbnMnKSByZXR1cm4gKHZ1cyA/PyAxKSA+IDA7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbydzIGl0ZXJhdGlvbjogb25lIHBvbGwgb2YgdGhlIHNpZGVjYXIuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcygpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSBwb2xsU2lkZWNhcihydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbi8qKiBXaGF0IG9ubHkgdGhlIGVuZCBvZiB0aGUgcnVuIGtub3dzICh0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCkuIEVudHJpZXMgd2l0aCBhIHRlYXJkb3duIG9mIHRoZWlyIG93biBjYWxsIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlY29yZFJlc291cmNlc0F0RW5kKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHJlY29yZE1lbW9yeUdyb3d0aChydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZWFyZG93bigpOiB2b2lkIHtcbiAgcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTtcbn1cbiIsICIvLyBUaW1lIHBoYXNlcyBvZiBhIHJ1biwgYXMgazYgdGFncyBhbmQgYXMgaW4tcnVuIGFyaXRobWV0aWMsIHNvIHF1ZXN0aW9ucyBhYm91dCB0aW1lIChkaWQgbGF0ZW5jeVxuLy8gY29tZSBiYWNrIGFmdGVyIHRoZSBzcGlrZT8gZG9lcyBpdCBjcmVlcCB1cCBkdXJpbmcgdGhlIGhvbGQ/KSBhcmUgYW5zd2VyZWQgYnkgazYgdGhyZXNob2xkcy5cbi8vXG4vLyAtIEV2ZXJ5IG1ldHJpYyBhIFZVIGVtaXRzIGlzIHRhZ2dlZCB3aXRoIHRoZSBwaGFzZSBpdCBmYWxscyBpbiAoZXhlYy52dS5tZXRyaWNzLnRhZ3MpLCBzb1xuLy8gICBzdWItbWV0cmljcyBzdWNoIGFzIGh0dHBfcmVxX2R1cmF0aW9ue3BoYXNlOnJlY292ZXJlZH0gZXhpc3QgYW5kIGNhcnJ5IHRocmVzaG9sZHMuXG4vLyAtIERyaWZ0OiBlYWNoIFZVIGtlZXBzIHRoZSBtZWRpYW4gbGF0ZW5jeSBvZiBpdHMgb3duIHJlcXVlc3RzIGluIGEgcmVmZXJlbmNlIHBoYXNlICh0aGVcbi8vICAgcHJlLXNwaWtlIGJhc2VsaW5lLCB0aGUgc3RhcnQgb2YgYSBob2xkKSBhbmQsIGluIGEgbGF0ZXIgcGhhc2UsIHJlY29yZHMgZXZlcnkgcmVxdWVzdCdzXG4vLyAgIGxhdGVuY3kgZGl2aWRlZCBieSB0aGF0IG1lZGlhbiBpbnRvIGEgVHJlbmQgKGxpYi9sb2FkL3BoYXNlLW1hdGgudHMgZHJpZnRSYXRpbykuIEEgdGhyZXNob2xkIG9uXG4vLyAgIHRoYXQgVHJlbmQgKGUuZy4gbWVkIDwgMS41KSBzYXlzIFwibGF0ZW5jeSBpcyBiYWNrIHRvIC8gc3RpbGwgYXQgdGhlIHJlZmVyZW5jZVwiLCBtZWFzdXJlZFxuLy8gICBpbnNpZGUgdGhlIHJ1bi4gUGVyIFZVLCBiZWNhdXNlIGs2IFZVcyBzaGFyZSBubyBzdGF0ZTsgYSBWVSB0aGF0IGhhcyBubyByZWZlcmVuY2Ugc2FtcGxlc1xuLy8gICAob25lIGFkZGVkIGJ5IHRoZSBzcGlrZSkgcmVjb3JkcyBub3RoaW5nLiBCb3RoIHNpZGVzIGdldCBhIG5vaXNlIGZsb29yIChkZWZhdWx0IDEwIG1zKS5cbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgeyBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgb2JzZXJ2ZVJlcXVlc3RzIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgZHJpZnRSYXRpbywgbWVkaWFuLCBwaGFzZUF0LCB0eXBlIFBoYXNlIH0gZnJvbSAnLi9waGFzZS1tYXRoLnRzJztcblxuZXhwb3J0IHsgcGhhc2VBdCwgbWVkaWFuLCB0eXBlIFBoYXNlIH0gZnJvbSAnLi9waGFzZS1tYXRoLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIGVsYXBzZWRJblNjZW5hcmlvUygpOiBudW1iZXIge1xuICByZXR1cm4gKERhdGUubm93KCkgLSBleGVjLnNjZW5hcmlvLnN0YXJ0VGltZSkgLyAxMDAwO1xufVxuXG4vLyBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIHJ1biBvdXRzaWRlIGFueSBzY2VuYXJpbywgd2hlcmUgazYgcmVmdXNlcyBleGVjLnNjZW5hcmlvOiB0aGUgZHJpZnRcbi8vIG9ic2VydmVyIG9ubHkgYWN0cyBvbmNlIHRoaXMgVlUgaGFzIGVudGVyZWQgYSBwaGFzZSBpbiBhIHNjZW5hcmlvIGl0ZXJhdGlvbi5cbmxldCBpblNjZW5hcmlvID0gZmFsc2U7XG5cbi8qKiBUYWdzIGV2ZXJ5dGhpbmcgdGhpcyBWVSBlbWl0cyBmcm9tIG5vdyBvbiB3aXRoIHRoZSBjdXJyZW50IHBoYXNlOyByZXR1cm5zIGl0LiBDYWxsIGF0IHRoZSBzdGFydCBvZiBlYWNoIGl0ZXJhdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRlclBoYXNlKHBoYXNlczogcmVhZG9ubHkgUGhhc2VbXSk6IHN0cmluZyB7XG4gIGluU2NlbmFyaW8gPSB0cnVlO1xuICBjb25zdCBuYW1lID0gcGhhc2VBdChlbGFwc2VkSW5TY2VuYXJpb1MoKSwgcGhhc2VzKTtcbiAgZXhlYy52dS5tZXRyaWNzLnRhZ3MucGhhc2UgPSBuYW1lO1xuICByZXR1cm4gbmFtZTtcbn1cblxuLyoqXG4gKiBSZWNvcmRzIGxhdGVuY3kgZHJpZnQgYWdhaW5zdCBhIHJlZmVyZW5jZSBwaGFzZTogcmVxdWVzdHMgaW4gYHJlZmVyZW5jZWAgYnVpbGQgdGhpcyBWVSdzXG4gKiByZWZlcmVuY2UgbWVkaWFuOyByZXF1ZXN0cyBpbiBgY29tcGFyZWRgIGFkZCBkcmlmdFJhdGlvKC4uLikgdG8gdGhlIFRyZW5kLiBBIHJlcXVlc3QncyBwaGFzZSBpc1xuICogcmVhZCBmcm9tIHRoZSBjbG9jayB3aGVuIGl0IGNvbXBsZXRlcywgbm90IGZyb20gdGhlIHRhZyBzZXQgYXQgdGhlIGl0ZXJhdGlvbidzIHN0YXJ0IChhXG4gKiB3b3JrZmxvdyBpdGVyYXRpb24gd2l0aCB0aGluayB0aW1lcyBzcGFucyBzZWNvbmRzIGFuZCB3b3VsZCBzdHJhZGRsZSBwaGFzZXMpOyB0aGUgVlUncyBwaGFzZVxuICogdGFnIGlzIHJlZnJlc2hlZCBhdCB0aGUgc2FtZSBtb21lbnQsIHNvIGEgcmVxdWVzdCdzIHRhZyBsYWdzIHRoZSBjbG9jayBieSBvbmUgdGhpbmsgdGltZSBhdCBtb3N0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdHJhY2tEcmlmdChtZXRyaWNOYW1lOiBzdHJpbmcsIHBoYXNlczogcmVhZG9ubHkgUGhhc2VbXSwgcmVmZXJlbmNlOiBzdHJpbmcsIGNvbXBhcmVkOiByZWFkb25seSBzdHJpbmdbXSwgZmxvb3JNcyA9IDEwKTogVHJlbmQge1xuICBjb25zdCBkcmlmdCA9IG5ldyBUcmVuZChtZXRyaWNOYW1lKTtcbiAgY29uc3QgcmVmZXJlbmNlU2FtcGxlczogbnVtYmVyW10gPSBbXTtcbiAgbGV0IHJlZmVyZW5jZU1lZGlhbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICBvYnNlcnZlUmVxdWVzdHMoKF9lbmRwb2ludCwgZHVyYXRpb25Ncywgb2spID0+IHtcbiAgICBpZiAoIWluU2NlbmFyaW8pIHJldHVybjtcbiAgICBjb25zdCBwaGFzZSA9IHBoYXNlQXQoZWxhcHNlZEluU2NlbmFyaW9TKCksIHBoYXNlcyk7XG4gICAgZXhlYy52dS5tZXRyaWNzLnRhZ3MucGhhc2UgPSBwaGFzZTtcbiAgICBpZiAocGhhc2UgPT09IHJlZmVyZW5jZSkge1xuICAgICAgaWYgKG9rKSByZWZlcmVuY2VTYW1wbGVzLnB1c2goZHVyYXRpb25Ncyk7XG4gICAgICByZWZlcmVuY2VNZWRpYW4gPSB1bmRlZmluZWQ7XG4gICAgfSBlbHNlIGlmIChjb21wYXJlZC5pbmNsdWRlcyhwaGFzZSkpIHtcbiAgICAgIHJlZmVyZW5jZU1lZGlhbiA/Pz0gbWVkaWFuKHJlZmVyZW5jZVNhbXBsZXMpO1xuICAgICAgaWYgKHJlZmVyZW5jZU1lZGlhbiAhPT0gdW5kZWZpbmVkKSBkcmlmdC5hZGQoZHJpZnRSYXRpbyhkdXJhdGlvbk1zLCBvaywgcmVmZXJlbmNlTWVkaWFuLCBmbG9vck1zKSk7XG4gICAgfVxuICB9KTtcbiAgcmV0dXJuIGRyaWZ0O1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHBhdGhzLCByZXF1ZXN0VGFncywgdHlwZSBJZCB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHsgaXRlbXM6IENvdXJzZVtdOyB0b3RhbDogbnVtYmVyOyBsaW1pdDogbnVtYmVyOyBvZmZzZXQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7IHRpdGxlOiBzdHJpbmc7IHRvcGljOiBzdHJpbmc7IGxldmVsOiBMZXZlbDsgY2hhcHRlcl9jb3VudDogbnVtYmVyOyBsYW5ndWFnZT86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyBzdGF0dXM6IHN0cmluZzsgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDsgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgd29yZF9jb3VudDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4geyBhY2Nlc3NfdG9rZW46IHN0cmluZzsgdG9rZW5fdHlwZTogc3RyaW5nOyByb2xlOiBSb2xlOyBleHBpcmVzX2luOiBudW1iZXIgfVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqXG4gKiBXaGV0aGVyIHRoZSBhbnN3ZXIgY2xhaW1zIHRvIGJlIEpTT04gYXQgYWxsIChhbiBIVE1MIGVycm9yIHBhZ2UgaXMgYSBmYWlsZWQgY2hlY2ssIG5vdCBhblxuICogZXhjZXB0aW9uKS4gVGhlIGJvZHkgaXRzZWxmIGlzIG5vdCByZWFkIGhlcmU6IGFuIGVtcHR5IG9yIHVucGFyc2FibGUgb25lIHJlYWRzIGFzIGhhdmluZyBub1xuICogZmllbGRzLCB3aGljaCBmYWlscyB0aGUgc2hhcGUsIGFuZCByZWFkaW5nIGl0IHdvdWxkIGNvcHkgZXZlcnkgYm9keSBpbnRvIEphdmFTY3JpcHQuXG4gKi9cbmZ1bmN0aW9uIGlzSnNvbihyZXM6IFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gIHJldHVybiBTdHJpbmcocmVzLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID8/ICcnKS5pbmNsdWRlcygnanNvbicpO1xufVxuXG4vKiogVGhlIHJlc3BvbnNlIHRoZSBzaGFwZSBjaGVjayBpcyByZWFkaW5nOiBvbmUgZmllbGQgcmVhZGVyIHBlciBWVSwgbm90IGEgY2xvc3VyZSBwZXIgcmVxdWVzdC4gKi9cbmxldCByZWFkaW5nOiBSZXNwb25zZSB8IHVuZGVmaW5lZDtcbi8qKiBGaWVsZCByZWFkZXIgb3ZlciBrNidzIHNlbGVjdG9yOyBhIGJvZHkgdGhhdCBpcyBub3QgdmFsaWQgSlNPTiByZWFkcyBhcyBoYXZpbmcgbm8gZmllbGRzLiAqL1xuY29uc3QgcmVhZEZpZWxkOiBGaWVsZCA9IChwYXRoKSA9PiB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRpbmchLmpzb24ocGF0aCkgPz8gdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59O1xuXG4vKiogQSBjYWxsJ3MgUmVzdWx0OyB0aGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZCAoYSBwcm90b3R5cGUgZ2V0dGVyOiBubyBjbG9zdXJlcyBwZXIgcmVxdWVzdCkuICovXG5jbGFzcyBMYXp5UmVzdWx0PFQ+IGltcGxlbWVudHMgUmVzdWx0PFQ+IHtcbiAgcHJpdmF0ZSBwYXJzZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSB2YWx1ZTogVCB8IHVuZGVmaW5lZDtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgb2s6IGJvb2xlYW4sXG4gICAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSByZXM6IFJlc3BvbnNlIHwgdW5kZWZpbmVkLFxuICApIHt9XG5cbiAgZ2V0IGJvZHkoKTogVCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMucmVzICYmICF0aGlzLnBhcnNlZCkge1xuICAgICAgdGhpcy52YWx1ZSA9IHBhcnNlSnNvbih0aGlzLnJlcy5ib2R5KSBhcyBUO1xuICAgICAgdGhpcy5wYXJzZWQgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy52YWx1ZTtcbiAgfVxufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24oYm9keTogdW5rbm93bik6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKGJvZHkgYXMgc3RyaW5nKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vLyBDYWNoZXMgb24gdGhpcyBwYXRoIGFyZSBwbGFpbiBvYmplY3RzLCBub3QgTWFwOiBldmVyeSBWVSBoYXMgaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIGFuZCB0aGVcbi8vIGZpcnN0IE1hcCBhIHJ1bnRpbWUgdXNlcyBidWlsZHMgTWFwJ3MgY29uc3RydWN0b3IgYW5kIHByb3RvdHlwZSBpbiBpdCAofjEwIEtCIHBlciBWVSwgYmVuY2gvKS5cbi8vIE9uZSBjYWxsYmFjayBwZXIgc3RhdHVzLCBtYWRlIG9uY2U6IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcygpIGFsbG9jYXRlcywgYW5kIHRoaXMgaXMgZXZlcnkgcmVxdWVzdCdzIHBhdGguXG5jb25zdCBzdGF0dXNDYWxsYmFja3M6IFJlY29yZDxudW1iZXIsIFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4+ID0ge307XG5mdW5jdGlvbiBleHBlY3RTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+IHtcbiAgcmV0dXJuIChzdGF0dXNDYWxsYmFja3Nbc3RhdHVzXSA/Pz0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cykpO1xufVxuXG4vKiogU2VlcyBldmVyeSBBUEkgcmVxdWVzdCdzIGR1cmF0aW9uIGFuZCBvdXRjb21lOiBob3cgc2NlbmFyaW9zIG1lYXN1cmUgbGF0ZW5jeSBwZXIgcGhhc2UuICovXG5leHBvcnQgdHlwZSBSZXF1ZXN0T2JzZXJ2ZXIgPSAoZW5kcG9pbnQ6IEVuZHBvaW50LCBkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuKSA9PiB2b2lkO1xubGV0IG9ic2VydmVyOiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQ7XG5leHBvcnQgZnVuY3Rpb24gb2JzZXJ2ZVJlcXVlc3RzKG5leHQ6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBvYnNlcnZlciA9IG5leHQ7XG59XG5cbi8qKiBXaGF0IGEgcmVxdWVzdCdzIGNoZWNrcyBsb29rIGF0OyBvbmUgb2JqZWN0IHBlciBWVSwgcmV1c2VkLCBzbyBhIHJlcXVlc3QgYWxsb2NhdGVzIG5vIGNoZWNrIGNsb3N1cmVzLiAqL1xuaW50ZXJmYWNlIE91dGNvbWUge1xuICBzdGF0dXNPazogYm9vbGVhbjtcbiAgc2hhcGVPazogYm9vbGVhbjtcbn1cbmNvbnN0IG91dGNvbWU6IE91dGNvbWUgPSB7IHN0YXR1c09rOiBmYWxzZSwgc2hhcGVPazogZmFsc2UgfTtcblxudHlwZSBDaGVja3MgPSBSZWNvcmQ8c3RyaW5nLCAobzogT3V0Y29tZSkgPT4gYm9vbGVhbj47XG4vLyBLZXllZCBieSBlbmRwb2ludCBhbG9uZTogZWFjaCBBcGlDbGllbnQgbWV0aG9kIGZpeGVzIGl0cyBlbmRwb2ludCdzIGV4cGVjdGVkIHN0YXR1cywgc2hhcGUgYW5kIHBheWxvYWQuXG5jb25zdCBjaGVja1NldHM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCB7IGNoZWNrczogQ2hlY2tzOyB0YWdzOiB7IGVuZHBvaW50OiBFbmRwb2ludCB9IH0+PiA9IHt9O1xuLyoqIFRoZSBjaGVja3Mgb2Ygb25lIGVuZHBvaW50LCBtYWRlIG9uY2U6IHRoZSBzYW1lIG5hbWVzIG9uIGV2ZXJ5IHJlcXVlc3Qga2VlcCB0aGUgY2hlY2tzIG1ldHJpYydzIHNlcmllcyBmaXhlZC4gKi9cbmZ1bmN0aW9uIGNoZWNrc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhTaGFwZTogYm9vbGVhbikge1xuICBsZXQgc2V0ID0gY2hlY2tTZXRzW2VuZHBvaW50XTtcbiAgaWYgKCFzZXQpIHtcbiAgICBjb25zdCBjaGVja3M6IENoZWNrcyA9IHsgW2Ake2VuZHBvaW50fTogc3RhdHVzIGlzICR7ZXhwZWN0ZWR9YF06IChvKSA9PiBvLnN0YXR1c09rIH07XG4gICAgaWYgKHdpdGhTaGFwZSkgY2hlY2tzW2Ake2VuZHBvaW50fTogYm9keSBoYXMgdGhlIGV4cGVjdGVkIHNoYXBlYF0gPSAobykgPT4gIW8uc3RhdHVzT2sgfHwgby5zaGFwZU9rO1xuICAgIHNldCA9IHsgY2hlY2tzLCB0YWdzOiB7IGVuZHBvaW50IH0gfTtcbiAgICBjaGVja1NldHNbZW5kcG9pbnRdID0gc2V0O1xuICB9XG4gIHJldHVybiBzZXQ7XG59XG5cbnR5cGUgUGFyYW1zID0gTm9uTnVsbGFibGU8UGFyYW1ldGVyczx0eXBlb2YgaHR0cC5yZXF1ZXN0PlszXT47XG5cbmV4cG9ydCBjbGFzcyBBcGlDbGllbnQge1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXQ6IHN0cmluZztcbiAgLyoqIFJlcXVlc3QgcGFyYW1zIHBlciBlbmRwb2ludCAoaGVhZGVycywgdGFncywgdGltZW91dCwgZXhwZWN0ZWQgc3RhdHVzKSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgcGFyYW1zOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUGFyYW1zPj4gPSB7fTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbiwgcmVhZHNCb2R5OiBib29sZWFuKTogUGFyYW1zIHtcbiAgICBsZXQgcGFyYW1zID0gdGhpcy5wYXJhbXNbZW5kcG9pbnRdO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0geyBoZWFkZXJzLCB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksIHRpbWVvdXQ6IHRoaXMudGltZW91dCwgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSB9O1xuICAgICAgLy8gQSBib2R5IG5vYm9keSBjaGVja3Mgb3IgcmVhZHMgKERFTEVURSdzIDIwNCwgYW4gZXhwb3J0IGRvY3VtZW50KSBpcyBub3QgY29waWVkIGludG8gSmF2YVNjcmlwdC5cbiAgICAgIGlmICghcmVhZHNCb2R5KSBwYXJhbXMucmVzcG9uc2VUeXBlID0gJ25vbmUnO1xuICAgICAgdGhpcy5wYXJhbXNbZW5kcG9pbnRdID0gcGFyYW1zO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KG1ldGhvZCwgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLCB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCwgdGhpcy5wYXJhbXNGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCB3aXRoUGF5bG9hZCwgc2hhcGUgIT09IHVuZGVmaW5lZCkpO1xuICAgIC8vIEVhY2ggcHJvcGVydHkgcmVhZCBvZiBhIGs2IHJlc3BvbnNlIGNyb3NzZXMgaW50byBHbyBhbmQgYnVpbGRzIGEgSlMgdmFsdWU6IHJlYWQgZWFjaCBvbmNlLlxuICAgIGNvbnN0IHN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSBzdGF0dXMgPT09IGV4cGVjdGVkO1xuICAgIGxldCBzaGFwZU9rID0gdHJ1ZTtcbiAgICBpZiAoc2hhcGUgJiYgc3RhdHVzT2spIHtcbiAgICAgIC8vIChhIHdyb25nIHN0YXR1cyBhbHJlYWR5IGZhaWxzIHRoZSBjYWxsOyBpdHMgYm9keSdzIHNoYXBlIHdvdWxkIGNoYW5nZSBubyBjaGVjaydzIG91dGNvbWUpXG4gICAgICByZWFkaW5nID0gcmVzO1xuICAgICAgc2hhcGVPayA9IGlzSnNvbihyZXMpICYmIHNoYXBlKHJlYWRGaWVsZCk7XG4gICAgICByZWFkaW5nID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBvdXRjb21lLnN0YXR1c09rID0gc3RhdHVzT2s7XG4gICAgb3V0Y29tZS5zaGFwZU9rID0gc2hhcGVPaztcbiAgICBjb25zdCB7IGNoZWNrcywgdGFncyB9ID0gY2hlY2tzRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgc2hhcGUgIT09IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgb2sgPSBjaGVjayhvdXRjb21lLCBjaGVja3MsIHRhZ3MpO1xuICAgIGNvbnN0IGFsbE9rID0gb2sgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaztcbiAgICBvYnNlcnZlcj8uKGVuZHBvaW50LCByZXMudGltaW5ncy5kdXJhdGlvbiwgYWxsT2spO1xuICAgIHJldHVybiBuZXcgTGF6eVJlc3VsdDxUPihhbGxPaywgc3RhdHVzLCBzaGFwZSAmJiBzdGF0dXNPayAmJiBzaGFwZU9rID8gcmVzIDogdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGhlYWx0aCgpOiBSZXN1bHQ8eyBzdGF0dXM6IHN0cmluZyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnaGVhbHRoJywgJ0dFVCcsIHBhdGhzLmhlYWx0aCgpLCAyMDAsIHNoYXBlcy5oZWFsdGgpO1xuICB9XG5cbiAgbG9naW4oZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IFJlc3VsdDxMb2dpbj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2xvZ2luJywgJ1BPU1QnLCBwYXRocy5sb2dpbigpLCAyMDAsIHNoYXBlcy5sb2dpbiwgeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cblxuICBsaXN0Q291cnNlcyhxdWVyeTogeyBsaW1pdD86IG51bWJlcjsgb2Zmc2V0PzogbnVtYmVyOyBxPzogc3RyaW5nIH0gPSB7fSk6IFJlc3VsdDxDb3Vyc2VMaXN0PiB7XG4gICAgLy8gQSBsb29wIHJhdGhlciB0aGFuIGVudHJpZXMvZmlsdGVyL21hcC9qb2luOiB0aGlzIGlzIHRoZSBtb3N0IGZyZXF1ZW50IHJlcXVlc3QsIGFuZCBlYWNoIG9mXG4gICAgLy8gdGhvc2UgaXMgYSBwZXItcmVxdWVzdCBhcnJheSBhbmQgYSBidWlsdC1pbiBldmVyeSBWVSdzIHJ1bnRpbWUgd291bGQgYnVpbGQuXG4gICAgbGV0IHNlYXJjaCA9ICcnO1xuICAgIGZvciAoY29uc3Qga2V5IGluIHF1ZXJ5KSB7XG4gICAgICBjb25zdCB2YWx1ZSA9IHF1ZXJ5W2tleSBhcyBrZXlvZiB0eXBlb2YgcXVlcnldO1xuICAgICAgaWYgKHZhbHVlICE9PSB1bmRlZmluZWQpIHNlYXJjaCArPSBgJHtzZWFyY2ggPyAnJicgOiAnPyd9JHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWA7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtzZWFyY2h9YCwgMjAwLCBzaGFwZXMuY291cnNlTGlzdCk7XG4gIH1cblxuICBjcmVhdGVDb3Vyc2UoY291cnNlOiBOZXdDb3Vyc2UpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2NyZWF0ZScsICdQT1NUJywgcGF0aHMuY291cnNlcygpLCAyMDEsIHNoYXBlcy5jb3Vyc2UsIGNvdXJzZSk7XG4gIH1cblxuICBnZXRDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZXQnLCAnR0VUJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlV2l0aENoYXB0ZXJzKTtcbiAgfVxuXG4gIHVwZGF0ZUNvdXJzZShpZDogSWQsIGNoYW5nZXM6IFBhcnRpYWw8TmV3Q291cnNlPik6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfdXBkYXRlJywgJ1BBVENIJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlLCBjaGFuZ2VzKTtcbiAgfVxuXG4gIGRlbGV0ZUNvdXJzZShpZDogSWQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2RlbGV0ZScsICdERUxFVEUnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDQsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBnZW5lcmF0ZShpZDogSWQpOiBSZXN1bHQ8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dlbmVyYXRlJywgJ1BPU1QnLCBwYXRocy5nZW5lcmF0ZShpZCksIDIwMiwgc2hhcGVzLmpvYkFjY2VwdGVkLCB7fSk7XG4gIH1cblxuICBnZXRKb2Ioam9iSWQ6IElkKTogUmVzdWx0PEpvYj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2pvYl9nZXQnLCAnR0VUJywgcGF0aHMuam9iKGpvYklkKSwgMjAwLCBzaGFwZXMuam9iKTtcbiAgfVxuXG4gIGdldENoYXB0ZXIoaWQ6IElkLCBpbmRleDogbnVtYmVyKTogUmVzdWx0PENoYXB0ZXI+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjaGFwdGVyX2dldCcsICdHRVQnLCBwYXRocy5jaGFwdGVyKGlkLCBpbmRleCksIDIwMCwgc2hhcGVzLmNoYXB0ZXIpO1xuICB9XG5cbiAgZXhwb3J0Q291cnNlKGlkOiBJZCwgZm9ybWF0OiBFeHBvcnRGb3JtYXQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2V4cG9ydCcsICdHRVQnLCBgJHtwYXRocy5leHBvcnRDb3Vyc2UoaWQpfT9mb3JtYXQ9JHtmb3JtYXR9YCwgMjAwLCB1bmRlZmluZWQpO1xuICB9XG5cbiAgYWRtaW5TdGF0cygpOiBSZXN1bHQ8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9zdGF0cycsICdHRVQnLCBwYXRocy5hZG1pblN0YXRzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pbkpvYnMobGltaXQgPSAyMCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fam9icycsICdHRVQnLCBgJHtwYXRocy5hZG1pbkpvYnMoKX0/bGltaXQ9JHtsaW1pdH1gLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Vc2VycygpOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3VzZXJzJywgJ0dFVCcsIHBhdGhzLmFkbWluVXNlcnMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxufVxuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBieSBzdGFibGUgbmFtZTogdGhlIGBlbmRwb2ludGAgdGFnIG9uIGV2ZXJ5IHJlcXVlc3QsIHRoZSBrZXkgb2Zcbi8vIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnQgcm93cywgYW5kIHRoZSByb3V0ZSBuYW1lcyB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fRkFVTFRTIHVzZS5cbmV4cG9ydCBjb25zdCBFTkRQT0lOVFMgPSBbXG4gICdoZWFsdGgnLFxuICAnbG9naW4nLFxuICAnY291cnNlc19saXN0JyxcbiAgJ2NvdXJzZV9jcmVhdGUnLFxuICAnY291cnNlX2dldCcsXG4gICdjb3Vyc2VfdXBkYXRlJyxcbiAgJ2NvdXJzZV9kZWxldGUnLFxuICAnY291cnNlX2dlbmVyYXRlJyxcbiAgJ2pvYl9nZXQnLFxuICAnY2hhcHRlcl9nZXQnLFxuICAnY291cnNlX2V4cG9ydCcsXG4gICdhZG1pbl9zdGF0cycsXG4gICdhZG1pbl9qb2JzJyxcbiAgJ2FkbWluX3VzZXJzJyxcbl0gYXMgY29uc3Q7XG5cbmV4cG9ydCB0eXBlIEVuZHBvaW50ID0gKHR5cGVvZiBFTkRQT0lOVFMpW251bWJlcl07XG5cbi8qKiBUYWcgdmFsdWUgdGhhdCBzZXBhcmF0ZXMgdGhlIHBsYXRmb3JtJ3MgQVBJIHRyYWZmaWMgZnJvbSB0aGUgc3VpdGUncyBvd24gY2FsbHMgKGUuZy4gdGhlIHNpZGVjYXIpLiAqL1xuZXhwb3J0IGNvbnN0IEFQSV9TQ09QRSA9ICdhcGknO1xuIiwgIi8vIFBhdGhzIGFuZCByZXF1ZXN0IHRhZ3Mgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJLCBpbiBvbmUgcGxhY2UuIFB1cmUgKG5vIGs2IGltcG9ydHMpLCBzbyB0aGVcbi8vIG1hcHBpbmcgZnJvbSBlbmRwb2ludCB0byBwYXRoIGFuZCB0YWdzIGlzIHVuaXQtdGVzdGVkIGluIE5vZGUuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5cbmV4cG9ydCB0eXBlIElkID0gc3RyaW5nIHwgbnVtYmVyO1xuXG5jb25zdCBzZWcgPSAoaWQ6IElkKTogc3RyaW5nID0+IGVuY29kZVVSSUNvbXBvbmVudChTdHJpbmcoaWQpKTtcblxuZXhwb3J0IGNvbnN0IHBhdGhzID0ge1xuICBoZWFsdGg6ICgpID0+ICcvaGVhbHRoJyxcbiAgbG9naW46ICgpID0+ICcvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzOiAoKSA9PiAnL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX1gLFxuICBnZW5lcmF0ZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2dlbmVyYXRlYCxcbiAgam9iOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9qb2JzLyR7c2VnKGlkKX1gLFxuICBjaGFwdGVyOiAoaWQ6IElkLCBpbmRleDogbnVtYmVyKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vY2hhcHRlcnMvJHtpbmRleH1gLFxuICBleHBvcnRDb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9leHBvcnRgLFxuICBhZG1pblN0YXRzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluSm9iczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluVXNlcnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn0gYXMgY29uc3Q7XG5cbi8qKiBUaGUgYG5hbWVgIHRhZzogdGhlIHBhdGggdGVtcGxhdGUsIHNvIFVSTHMgd2l0aCBpZHMgY29sbGFwc2UgaW50byBvbmUgc2VyaWVzIHBlciByb3V0ZS4gKi9cbmNvbnN0IHJvdXRlTmFtZXM6IFJlY29yZDxFbmRwb2ludCwgc3RyaW5nPiA9IHtcbiAgaGVhbHRoOiAnR0VUIC9oZWFsdGgnLFxuICBsb2dpbjogJ1BPU1QgL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlc19saXN0OiAnR0VUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9jcmVhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfdXBkYXRlOiAnUEFUQ0ggL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZGVsZXRlOiAnREVMRVRFIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2dlbmVyYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9nZW5lcmF0ZScsXG4gIGpvYl9nZXQ6ICdHRVQgL2FwaS92MS9qb2JzL3tqb2JfaWR9JyxcbiAgY2hhcHRlcl9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vY2hhcHRlcnMve2luZGV4fScsXG4gIGNvdXJzZV9leHBvcnQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZXhwb3J0JyxcbiAgYWRtaW5fc3RhdHM6ICdHRVQgL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluX2pvYnM6ICdHRVQgL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5fdXNlcnM6ICdHRVQgL2FwaS92MS9hZG1pbi91c2VycycsXG59O1xuXG4vLyBmb3ItaW4sIG5vdCBPYmplY3QuZW50cmllcy9mcmVlemU6IHRoaXMgcnVucyBpbiBldmVyeSBWVSdzIHJ1bnRpbWUsIGFuZCBlYWNoIGJ1aWx0LWluIGl0XG4vLyB0b3VjaGVzIGlzIGJ1aWx0IHRoZXJlIChSZWFkb25seSBrZWVwcyB0aGUgdGFncyB1bmNoYW5nZWQgYXQgY29tcGlsZSB0aW1lKS5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBlbmRwb2ludCBpbiByb3V0ZU5hbWVzKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50IGFzIEVuZHBvaW50XSA9IHsgZW5kcG9pbnQsIHNjb3BlOiBBUElfU0NPUEUsIG5hbWU6IHJvdXRlTmFtZXNbZW5kcG9pbnQgYXMgRW5kcG9pbnRdIH07XG59XG5cbi8qKiBUaGUgdGFncyBvZiBldmVyeSByZXF1ZXN0IHRvIGBlbmRwb2ludGA6IG1hZGUgb25jZSwgbm90IHBlciByZXF1ZXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVlc3RUYWdzKGVuZHBvaW50OiBFbmRwb2ludCk6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgcmV0dXJuIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSE7XG59XG4iLCAiLy8gVGhlIGFyaXRobWV0aWMgYmVoaW5kIHRoZSB0aW1lIHF1ZXN0aW9ucyAoc3Bpa2UgcmVjb3ZlcnksIHJhbXAtdXAgYW5kIHNvYWsgZHJpZnQsIGJyZWFrcG9pbnQnc1xuLy8gc3VzdGFpbmVkIHJhdGUpLCBwdXJlIHNvIGl0IGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9sb2FkL3BoYXNlcy50cyBhbmQgbGliL2xvYWQvc3VzdGFpbmVkLXJhdGUudHMgYXBwbHkgaXQgaW5zaWRlIGs2LlxuXG5leHBvcnQgaW50ZXJmYWNlIFBoYXNlIHtcbiAgbmFtZTogc3RyaW5nO1xuICAvKiogU2Vjb25kcyBhZnRlciB0aGUgc2NlbmFyaW8ncyBzdGFydCBhdCB3aGljaCB0aGlzIHBoYXNlIGVuZHMuICovXG4gIHVudGlsUzogbnVtYmVyO1xufVxuXG4vKiogVGhlIHBoYXNlIGBlbGFwc2VkU2AgZmFsbHMgaW47IHRoZSBsYXN0IHBoYXNlJ3MgbmFtZSBhZnRlciB0aGUgZW5kLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBoYXNlQXQoZWxhcHNlZFM6IG51bWJlciwgcGhhc2VzOiByZWFkb25seSBQaGFzZVtdKTogc3RyaW5nIHtcbiAgaWYgKHBoYXNlcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBFcnJvcigncGhhc2VBdDogbm8gcGhhc2VzIGdpdmVuJyk7XG4gIGZvciAoY29uc3QgcGhhc2Ugb2YgcGhhc2VzKSBpZiAoZWxhcHNlZFMgPCBwaGFzZS51bnRpbFMpIHJldHVybiBwaGFzZS5uYW1lO1xuICByZXR1cm4gcGhhc2VzW3BoYXNlcy5sZW5ndGggLSAxXSEubmFtZTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1lZGlhbih2YWx1ZXM6IHJlYWRvbmx5IG51bWJlcltdKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHZhbHVlcy5sZW5ndGggPT09IDApIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNvcnRlZCA9IFsuLi52YWx1ZXNdLnNvcnQoKGEsIGIpID0+IGEgLSBiKTtcbiAgY29uc3QgbWlkID0gTWF0aC5mbG9vcihzb3J0ZWQubGVuZ3RoIC8gMik7XG4gIHJldHVybiBzb3J0ZWQubGVuZ3RoICUgMiA/IHNvcnRlZFttaWRdIDogKHNvcnRlZFttaWQgLSAxXSEgKyBzb3J0ZWRbbWlkXSEpIC8gMjtcbn1cblxuLyoqIEEgZmFpbGVkIHJlcXVlc3QncyBkcmlmdDogZmFyIGJleW9uZCBhbnkgbGltaXQsIHNpbmNlIHJlY292ZXJpbmcgbWVhbnMgYW5zd2VyaW5nLCBub3QgZmFpbGluZyBmYXN0LiAqL1xuZXhwb3J0IGNvbnN0IEZBSUxFRF9EUklGVCA9IDEwMDtcblxuLyoqXG4gKiBPbmUgcmVxdWVzdCdzIGxhdGVuY3kgcmVsYXRpdmUgdG8gdGhlIHJlZmVyZW5jZSBtZWRpYW4sIGJvdGggd2l0aCBhIG5vaXNlIGZsb29yIGFkZGVkIHNvIHRoYXRcbiAqIDAuNCBtcyBhZ2FpbnN0IDAuMiBtcyBkb2VzIG5vdCByZWFkIGFzIFwidHdpY2UgYXMgc2xvd1wiLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJpZnRSYXRpbyhkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuLCByZWZlcmVuY2VNZWRpYW5NczogbnVtYmVyLCBmbG9vck1zOiBudW1iZXIpOiBudW1iZXIge1xuICByZXR1cm4gb2sgPyAoZHVyYXRpb25NcyArIGZsb29yTXMpIC8gKHJlZmVyZW5jZU1lZGlhbk1zICsgZmxvb3JNcykgOiBGQUlMRURfRFJJRlQ7XG59XG5cbi8qKiBwLXRoIHBlcmNlbnRpbGUgKG5lYXJlc3QgcmFuaykgb2YgYSBub24tZW1wdHkgbGlzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJjZW50aWxlKHZhbHVlczogcmVhZG9ubHkgbnVtYmVyW10sIHA6IG51bWJlcik6IG51bWJlciB7XG4gIGlmICh2YWx1ZXMubGVuZ3RoID09PSAwKSB0aHJvdyBuZXcgRXJyb3IoJ3BlcmNlbnRpbGUgb2YgYW4gZW1wdHkgbGlzdCcpO1xuICBjb25zdCBzb3J0ZWQgPSBbLi4udmFsdWVzXS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIHJldHVybiBzb3J0ZWRbTWF0aC5tYXgoMCwgTWF0aC5jZWlsKChwIC8gMTAwKSAqIHNvcnRlZC5sZW5ndGgpIC0gMSldITtcbn1cblxuLyoqIFdoZXRoZXIgYSB3aW5kb3cgb2YgcmVjZW50IHJlcXVlc3RzIG1ldCB0aGUgYnVkZ2V0OiBmdWxsLCBubyBmYWlsdXJlLCBwOTUgdW5kZXIgYHA5NUJ1ZGdldE1zYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aW5kb3dXaXRoaW5CdWRnZXQod2luZG93OiByZWFkb25seSB7IG1zOiBudW1iZXI7IG9rOiBib29sZWFuIH1bXSwgc2l6ZTogbnVtYmVyLCBwOTVCdWRnZXRNczogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiB3aW5kb3cubGVuZ3RoID49IHNpemUgJiYgd2luZG93LmV2ZXJ5KCh3KSA9PiB3Lm9rKSAmJiBwZXJjZW50aWxlKHdpbmRvdy5tYXAoKHcpID0+IHcubXMpLCA5NSkgPCBwOTVCdWRnZXRNcztcbn1cblxuLyoqIFRoZSBzY2hlZHVsZWQgcmF0ZSBvZiBhIGxpbmVhciByYW1wIGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIG92ZXIgYGR1cmF0aW9uU2AsIGBlbGFwc2VkU2AgaW4uICovXG5leHBvcnQgZnVuY3Rpb24gbGluZWFyUmF0ZShzdGFydFJhdGU6IG51bWJlciwgbWF4UmF0ZTogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgZWxhcHNlZFM6IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IHNoYXJlID0gTWF0aC5taW4oMSwgTWF0aC5tYXgoMCwgZWxhcHNlZFMgLyBkdXJhdGlvblMpKTtcbiAgcmV0dXJuIHN0YXJ0UmF0ZSArIChtYXhSYXRlIC0gc3RhcnRSYXRlKSAqIHNoYXJlO1xufVxuXG4vKipcbiAqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZCB0aGUgd2hvbGUgdGVzdCByZWFsbHkgc3RhcnRlZCBiZXR3ZWVuIHR3byBtb21lbnRzLCBmcm9tIGs2J3NcbiAqIHRlc3Qtd2lkZSBpdGVyYXRpb24gbnVtYmVyIChleGVjLnNjZW5hcmlvLml0ZXJhdGlvbkluVGVzdCBjb3VudHMgc3RhcnRlZCBpdGVyYXRpb25zIG9ubHksIHNvXG4gKiBpdGVyYXRpb25zIGs2IGRyb3BwZWQgZm9yIHdhbnQgb2YgYSBmcmVlIFZVIGRvIG5vdCBjb3VudCkuIFVuZGVmaW5lZCBvdmVyIGFuIGVtcHR5IGludGVydmFsLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWNoaWV2ZWRSYXRlKGZyb206IHsgYXRNczogbnVtYmVyOyBpdGVyYXRpb246IG51bWJlciB9LCB0bzogeyBhdE1zOiBudW1iZXI7IGl0ZXJhdGlvbjogbnVtYmVyIH0pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBzZWNvbmRzID0gKHRvLmF0TXMgLSBmcm9tLmF0TXMpIC8gMTAwMDtcbiAgcmV0dXJuIHNlY29uZHMgPiAwID8gKHRvLml0ZXJhdGlvbiAtIGZyb20uaXRlcmF0aW9uKSAvIHNlY29uZHMgOiB1bmRlZmluZWQ7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpLnJlcGxhY2UoLzwvZywgJyZsdDsnKS5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rOiByZXN1bHQub2ssIHN0YXQsIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcikgcm93cy5zZXQoZW5kcG9pbnQsIChyID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH0pKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3QgbWF0Y2ggPSBTVUJfTUVUUklDLmV4ZWMobmFtZSk7XG4gICAgaWYgKCFtYXRjaCkgY29udGludWU7XG4gICAgY29uc3QgWywgYmFzZSwgZW5kcG9pbnRdID0gbWF0Y2ggYXMgdW5rbm93biBhcyBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ107XG4gICAgY29uc3QgdiA9IG1ldHJpYy52YWx1ZXMgPz8ge307XG4gICAgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9kdXJhdGlvbicpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocm93KGVuZHBvaW50KSwgeyByZXF1ZXN0czogdi5jb3VudCA/PyAwLCBwNTA6IHYubWVkID8/IG51bGwsIHA5NTogdlsncCg5NSknXSA/PyBudWxsLCBwOTk6IHZbJ3AoOTkpJ10gPz8gbnVsbCwgbWF4OiB2Lm1heCA/PyBudWxsIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JykgcmV0dXJuIE1hdGgucm91bmQodmFsdWUpLnRvU3RyaW5nKCkucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFBsYWluLWxhbmd1YWdlIGxpbmUgYWJvdXQgc2VydmVyIHJlc291cmNlczogbWVhc3VyZWQsIG9yIHdoeSBub3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzTGluZShkYXRhOiBTdW1tYXJ5RGF0YSk6IHN0cmluZyB7XG4gIGNvbnN0IG1lbW9yeSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpO1xuICBjb25zdCBjcHUgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyk7XG4gIGlmIChtZW1vcnkgPT09IG51bGwgJiYgY3B1ID09PSBudWxsKSByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBtaXNzaW5nID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwO1xuICBjb25zdCBncm93dGggPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKTtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlczogbWVtb3J5IHBlYWsgJHtmb3JtYXRWYWx1ZShtZW1vcnksICd2YWx1ZScpfSBNQmAsXG4gICAgYENQVSBwOTUgJHtmb3JtYXRWYWx1ZShjcHUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7bWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3Qgc2Vjb25kcyA9ICgoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtvcHRpb25zLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IHJvd3MubWFwKChyKSA9PiB7XG4gICAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCk7XG4gICAgY29uc3Qgb2JzZXJ2ZWQgPSBlc2NhcGVYbWwoZm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KSk7XG4gICAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gICAgaWYgKHIub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0Pm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufSBmYWlsZWQ6IG9ic2VydmVkICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+b2JzZXJ2ZWQgJHtvYnNlcnZlZH08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbiAgfSk7XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmcgfSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmIFxcYCR7ZXNjYXBlTWFya2Rvd25DZWxsKG9wdGlvbnMuc2NlbmFyaW8pfVxcYDogJHtmYWlsZWQgPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkfSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGB9YCxcbiAgICAnJyxcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcCgocikgPT4gYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9XFxgIHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCksXG4gIF07XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgbWV0cmljVmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgRW5kcG9pbnRSb3csIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBjb25zdCBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBSdW5NZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZTogc3RyaW5nIHwgbnVsbDtcbiAgdGFyZ2V0OiBzdHJpbmcgfCBudWxsO1xuICBrNl92ZXJzaW9uOiBzdHJpbmcgfCBudWxsO1xuICBnaXRfY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bk1ldGEgJiB7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH07XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IHsgbWV0cmljOiBzdHJpbmc7IGV4cHJlc3Npb246IHN0cmluZzsgb2s6IGJvb2xlYW47IG9ic2VydmVkOiBudW1iZXIgfCBudWxsIH1bXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogRXZlcnkgbWV0cmljJ3MgYWdncmVnYXRlIHZhbHVlcyBhcyBrNiBjb21wdXRlZCB0aGVtLiAqL1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PjtcbiAgcmVzb3VyY2VzOiB7IG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsOyBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDsgc2FtcGxlc19taXNzaW5nOiBudW1iZXIgfSB8IG51bGw7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoZGF0YTogU3VtbWFyeURhdGEsIG1ldGE6IFJ1bk1ldGEpOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pID0+ICh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pKTtcbiAgY29uc3QgbWVhc3VyZWQgPSBkYXRhLm1ldHJpY3M/LnNlcnZlcl9tZW1vcnlfbWIgfHwgZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQ7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IG1lYXN1cmVkXG4gICAgICA/IHtcbiAgICAgICAgICBtZW1vcnlfbWJfcGVhazogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfbWInLCAnbWF4JyksXG4gICAgICAgICAgY3B1X3BlcmNlbnRfcDk1OiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyksXG4gICAgICAgICAgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKSxcbiAgICAgICAgICBzYW1wbGVzX21pc3Npbmc6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMCxcbiAgICAgICAgfVxuICAgICAgOiBudWxsLFxuICB9O1xufVxuIiwgIi8vIFRoZSBjb25jaXNlIGNvbnNvbGUgc3VtbWFyeTogdGhyZXNob2xkcyBmaXJzdCAodmVyZGljdCwgZXhwcmVzc2lvbiwgb2JzZXJ2ZWQgdmFsdWUpLCB0aGVuXG4vLyBwZXItZW5kcG9pbnQgbGF0ZW5jeSwgdGhyb3VnaHB1dCwgZXJyb3JzLCBjaGVja3MsIGN1c3RvbSBtZXRyaWNzIGFuZCBzZXJ2ZXIgcmVzb3VyY2VzLlxuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgbWV0cmljVmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbJ2h0dHBfcmVxcycsICdodHRwX3JlcV9kdXJhdGlvbicsICdodHRwX3JlcV9ibG9ja2VkJywgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLCAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJywgJ2h0dHBfcmVxX3NlbmRpbmcnLCAnaHR0cF9yZXFfd2FpdGluZycsICdodHRwX3JlcV9yZWNlaXZpbmcnLCAnaHR0cF9yZXFfZmFpbGVkJywgJ2l0ZXJhdGlvbnMnLCAnaXRlcmF0aW9uX2R1cmF0aW9uJywgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICd2dXMnLCAndnVzX21heCcsICdkYXRhX3NlbnQnLCAnZGF0YV9yZWNlaXZlZCcsICdjaGVja3MnLCAnZ3JvdXBfZHVyYXRpb24nXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+ICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IGNvbG9yOiBib29sZWFuIH0pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goYy5ib2xkKGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCkpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZChgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWApKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBjb25zdCBjZWxsID0gKHY6IG51bWJlciB8IG51bGwpID0+IGZvcm1hdFZhbHVlKHYsICdtcycpLnBhZFN0YXJ0KDgpO1xuICAgICAgbGluZXMucHVzaChgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlY29uZHMgPSAoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwO1xuICBjb25zdCByZXF1ZXN0cyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcXMnLCAnY291bnQnKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdpdGVyYXRpb25zJywgJ2NvdW50Jyk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyb3VnaHB1dCcpKTtcbiAgbGluZXMucHVzaChgICAke2Zvcm1hdFZhbHVlKHJlcXVlc3RzID8/IDAsICdjb3VudCcpfSByZXF1ZXN0cyAoJHtzZWNvbmRzID4gMCAmJiByZXF1ZXN0cyAhPT0gbnVsbCA/IChyZXF1ZXN0cyAvIHNlY29uZHMpLnRvRml4ZWQoMSkgOiAnbi9hJ30vcyksICR7Zm9ybWF0VmFsdWUoaXRlcmF0aW9ucyA/PyAwLCAnY291bnQnKX0gaXRlcmF0aW9ucyBpbiAke3NlY29uZHMudG9GaXhlZCgxKX0gc2ApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KS5maWx0ZXIoaXNDdXN0b20pLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiB7IHNjZW5hcmlvOiBzdHJpbmc7IHByb2ZpbGU/OiBzdHJpbmcgfSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgc3Rkb3V0OiB0ZXh0U3VtbWFyeShkYXRhLCB7IHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLCBjb2xvcjogZGF0YS5zdGF0ZT8uaXNTdGRPdXRUVFkgPT09IHRydWUgfSkgfTtcbiAgICBjb25zdCBkaXIgPSBfX0VOVi5SRVBPUlRTX0RJUjtcbiAgICBpZiAoZGlyKSB7XG4gICAgICBjb25zdCByZXN1bHRzID0gYnVpbGRSZXN1bHRzKGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgIGs2X3ZlcnNpb246IG9yTnVsbChfX0VOVi5SVU5fSzZfVkVSU0lPTiksXG4gICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgIGZpbmlzaGVkX2F0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICB9KTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGxvZ3MgdGhlIHRocmVlIHVzZXJzXG4vLyBpbiBvbmNlLCBhbmQgc2VlZHMgY291cnNlcyBmb3IgcmVndWxhciB1c2VycyB0byByZWFkLiBJdCBzdG9wcyB0aGUgcnVuIHdpdGggYSBtZXNzYWdlIHRoYXRcbi8vIHNheXMgd2hhdCBpcyB3cm9uZyBpbnN0ZWFkIG9mIGxldHRpbmcgVlVzIHNlbmQgYSBtaW51dGUgb2YgZmFpbGluZyByZXF1ZXN0cy5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBzZWNyZXRzIGZyb20gJ2s2L3NlY3JldHMnO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQsIHR5cGUgUm9sZSB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuRGF0YSB7XG4gIC8qKiBVbmlxdWUgcGVyIHJ1biwgcGFydCBvZiBldmVyeSB0aXRsZSB0aGlzIHJ1biBjcmVhdGVzLCBzbyBydW5zIGFuZCBWVXMgbmV2ZXIgY29sbGlkZS4gKi9cbiAgcnVuSWQ6IHN0cmluZztcbiAgdG9rZW5zOiBSZWNvcmQ8Um9sZSwgc3RyaW5nPjtcbiAgLyoqIEdlbmVyYXRlZCBjb3Vyc2VzIG93bmVkIGJ5IHRoZSByZWd1bGFyIHVzZXIsIGZvciByZWFkaW5nLiAqL1xuICBzZWVkZWRDb3Vyc2VJZHM6IElkW107XG59XG5cbmNvbnN0IFNFRURfQ09VUlNFUyA9IDM7XG5jb25zdCBQUk9CRV9USU1FT1VUID0gJzVzJztcblxuZnVuY3Rpb24gYWJvcnQobWVzc2FnZTogc3RyaW5nKTogbmV2ZXIge1xuICBleGVjLnRlc3QuYWJvcnQobWVzc2FnZSk7XG4gIHRocm93IG5ldyBFcnJvcihtZXNzYWdlKTsgLy8gbm90IHJlYWNoZWQ6IGFib3J0KCkgc3RvcHMgdGhlIHRlc3Q7IHRoaXMga2VlcHMgdGhlIHR5cGUgY2hlY2tlciBob25lc3Rcbn1cblxuZnVuY3Rpb24gcHJvYmUoYmFzZVVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHVybCA9IGAke2Jhc2VVcmx9L2hlYWx0aGA7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KHVybCwgeyB0aW1lb3V0OiBQUk9CRV9USU1FT1VULCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiAnR0VUIC9oZWFsdGggKHNldHVwIHByb2JlKScgfSB9KTtcbiAgaWYgKHJlcy5zdGF0dXMgPT09IDApIHtcbiAgICBhYm9ydChgdGhlIHBsYXRmb3JtIGRvZXMgbm90IGFuc3dlciBhdCAke3VybH0gKEdFVCwgJHtQUk9CRV9USU1FT1VUfSB0aW1lb3V0KTogJHtyZXMuZXJyb3IgfHwgJ25vIHJlc3BvbnNlJ30uIElzIGl0IHJ1bm5pbmc/IFNldCBCQVNFX1VSTCB0byBpdHMgYWRkcmVzcy5gKTtcbiAgfVxuICBpZiAocmVzLnN0YXR1cyAhPT0gMjAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBhdCAke3VybH0gYW5zd2VyZWQgJHtyZXMuc3RhdHVzfSBpbnN0ZWFkIG9mIDIwMDogaXQgaXMgbm90IGhlYWx0aHksIG9yIEJBU0VfVVJMIHBvaW50cyBhdCBzb21ldGhpbmcgZWxzZS5gKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBsb2dpbihjbGllbnQ6IEFwaUNsaWVudCwgY29uZmlnOiBDb25maWcsIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gY29uZmlnLnVzZXJzW3JvbGVdO1xuICBjb25zdCByZXN1bHQgPSBjbGllbnQubG9naW4oZW1haWwsIHBhc3N3b3JkKTtcbiAgaWYgKCFyZXN1bHQuYm9keSkge1xuICAgIGNvbnN0IGVudlByZWZpeCA9IGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUmA7XG4gICAgYWJvcnQoYGxvZ2dpbmcgaW4gYXMgdGhlICR7cm9sZX0gdXNlciAoJHtlbWFpbH0pIGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlc3VsdC5zdGF0dXN9OiBjaGVjayAke2VudlByZWZpeH1fRU1BSUwgYW5kICR7ZW52UHJlZml4fV9QQVNTV09SRC5gKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0LmJvZHkuYWNjZXNzX3Rva2VuO1xufVxuXG5mdW5jdGlvbiBzZWVkQ291cnNlcyhjbGllbnQ6IEFwaUNsaWVudCwgcnVuSWQ6IHN0cmluZywgY29uZmlnOiBDb25maWcpOiBJZFtdIHtcbiAgY29uc3Qgam9iczogSWRbXSA9IFtdO1xuICBjb25zdCBjb3Vyc2VJZHM6IElkW10gPSBbXTtcbiAgZm9yIChsZXQgbiA9IDA7IG4gPCBTRUVEX0NPVVJTRVM7IG4rKykge1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHsgdGl0bGU6IGBwZXJmLXNlZWQgJHtydW5JZH0gJHtufWAsIHRvcGljOiAnbG9hZCB0ZXN0aW5nJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3QgY3JlYXRlIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke2NyZWF0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY29uc3Qgc3RhcnRlZCA9IGNsaWVudC5nZW5lcmF0ZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGlmICghc3RhcnRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IHN0YXJ0IGdlbmVyYXRpbmcgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7c3RhcnRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb3Vyc2VJZHMucHVzaChjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGpvYnMucHVzaChzdGFydGVkLmJvZHkuam9iX2lkKTtcbiAgfVxuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMDtcbiAgZm9yIChjb25zdCBqb2JJZCBvZiBqb2JzKSB7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3Qgam9iID0gY2xpZW50LmdldEpvYihqb2JJZCkuYm9keTtcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGJyZWFrO1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnZmFpbGVkJykgYWJvcnQoYGEgc2VlZCBjb3Vyc2UncyBnZW5lcmF0aW9uIGZhaWxlZDogJHtqb2IuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9LmApO1xuICAgICAgaWYgKERhdGUubm93KCkgPiBkZWFkbGluZSkgYWJvcnQoYHNlZWQgY291cnNlcyB3ZXJlIG5vdCBnZW5lcmF0ZWQgd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9cy5gKTtcbiAgICAgIHNsZWVwKDAuNSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBjb3Vyc2VJZHM7XG59XG5cbi8qKlxuICogUGFzc3dvcmRzIGZyb20gazYncyBzZWNyZXQgc291cmNlcyAoYGs2IHJ1biAtLXNlY3JldC1zb3VyY2U9ZmlsZT1zZWNyZXRzLnR4dGAsIGtleXMgbmFtZWQgbGlrZSB0aGVcbiAqIGVudiB2YXJpYWJsZXM6IFJFR1VMQVJfVVNFUl9QQVNTV09SRCwgLi4uKSB0YWtlIHByZWNlZGVuY2Ugb3ZlciB0aGUgZW52aXJvbm1lbnQ7IGs2IHJlZGFjdHMgdGhlbVxuICogZnJvbSBpdHMgbG9ncy4gV2l0aG91dCBhIHNlY3JldCBzb3VyY2UsIG9yIHdpdGhvdXQgdGhhdCBrZXksIHRoZSBlbnZpcm9ubWVudCdzIHZhbHVlIHN0YW5kcy5cbiAqL1xuYXN5bmMgZnVuY3Rpb24gd2l0aFNlY3JldFBhc3N3b3Jkcyhjb25maWc6IENvbmZpZyk6IFByb21pc2U8Q29uZmlnPiB7XG4gIGNvbnN0IHVzZXJzID0geyAuLi5jb25maWcudXNlcnMgfTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddIGFzIGNvbnN0KSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHBhc3N3b3JkID0gYXdhaXQgc2VjcmV0cy5nZXQoYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSX1BBU1NXT1JEYCk7XG4gICAgICBpZiAocGFzc3dvcmQpIHVzZXJzW3JvbGVdID0geyAuLi51c2Vyc1tyb2xlXSwgcGFzc3dvcmQgfTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIG5vIHNlY3JldCBzb3VyY2UgY29uZmlndXJlZCwgb3Igbm8gc3VjaCBrZXk6IGtlZXAgdGhlIGVudmlyb25tZW50J3MgcGFzc3dvcmRcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgLi4uY29uZmlnLCB1c2VycyB9O1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHJlcGFyZVJ1bihydW5Db25maWc6IENvbmZpZywgb3B0aW9uczogeyBzZWVkOiBib29sZWFuIH0gPSB7IHNlZWQ6IHRydWUgfSk6IFByb21pc2U8UnVuRGF0YT4ge1xuICBwcm9iZShydW5Db25maWcuYmFzZVVybCk7XG4gIGNvbnN0IGNvbmZpZyA9IGF3YWl0IHdpdGhTZWNyZXRQYXNzd29yZHMocnVuQ29uZmlnKTtcbiAgY29uc3QgYW5vbnltb3VzID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbiAgY29uc3QgdG9rZW5zOiBSZWNvcmQ8Um9sZSwgc3RyaW5nPiA9IHtcbiAgICByZWd1bGFyOiBsb2dpbihhbm9ueW1vdXMsIGNvbmZpZywgJ3JlZ3VsYXInKSxcbiAgICBwb3dlcjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdwb3dlcicpLFxuICAgIGFkbWluOiBsb2dpbihhbm9ueW1vdXMsIGNvbmZpZywgJ2FkbWluJyksXG4gIH07XG4gIGNvbnN0IHJ1bklkID0gYCR7RGF0ZS5ub3coKS50b1N0cmluZygzNil9LSR7TWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogMWU2KS50b1N0cmluZygzNil9YDtcbiAgY29uc3Qgc2VlZGVkQ291cnNlSWRzID0gb3B0aW9ucy5zZWVkID8gc2VlZENvdXJzZXMoYW5vbnltb3VzLmFzKHRva2Vucy5yZWd1bGFyKSwgcnVuSWQsIGNvbmZpZykgOiBbXTtcbiAgcmV0dXJuIHsgcnVuSWQsIHRva2Vucywgc2VlZGVkQ291cnNlSWRzIH07XG59XG4iLCAiLy8gQ3VzdG9tIG1ldHJpY3MgZm9yIHdoYXQgazYncyBidWlsdC1pbnMgY2Fubm90IHNheS4gQ3JlYXRlZCBvbmNlIGF0IGluaXQgKGs2IHJlcXVpcmVzIGl0KS5cbmltcG9ydCB7IENvdW50ZXIsIFJhdGUsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5cbi8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24gdGltZSBmcm9tIHRoZSBqb2IncyBvd24gc3RhcnRlZF9hdC9maW5pc2hlZF9hdCAoc2VydmVyIHZpZXcpLiAqL1xuZXhwb3J0IGNvbnN0IGNoYXB0ZXJHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHRydWUpO1xuLyoqIFdob2xlIGNvdXJzZSBnZW5lcmF0aW9uLCBqb2IgY3JlYXRlZCAtPiBmaW5pc2hlZCwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMuICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjb3Vyc2VfZ2VuZXJhdGlvbl9tcycsIHRydWUpO1xuLyoqIFdob2xlIGNvdXJzZSBnZW5lcmF0aW9uIGFzIHRoZSBwb2xsaW5nIHVzZXIgc2F3IGl0OiByZXF1ZXN0IGFjY2VwdGVkIC0+IGNvbXBsZXRlZCBzZWVuLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zID0gbmV3IFRyZW5kKCdjb3Vyc2VfZ2VuZXJhdGlvbl9vYnNlcnZlZF9tcycsIHRydWUpO1xuLyoqIEdlbmVyYXRpb24gam9icyB0aGF0IGZhaWxlZCBvciBkaWQgbm90IGZpbmlzaCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VULiAqL1xuZXhwb3J0IGNvbnN0IGdlbmVyYXRpb25GYWlsZWQgPSBuZXcgUmF0ZSgnZ2VuZXJhdGlvbl9mYWlsZWQnKTtcbi8qKiBDb3Vyc2VzIHRoZSBwbGF0Zm9ybSBhY2tub3dsZWRnZWQgY3JlYXRpbmcgKDIwMSkuICovXG5leHBvcnQgY29uc3QgY291cnNlc0NyZWF0ZWQgPSBuZXcgQ291bnRlcignY291cnNlc19jcmVhdGVkJyk7XG4vKiogV2hvbGUgd29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IGNvbXBsZXRlZCBldmVyeSBzdGVwLCB0YWdnZWQgYnkgd29ya2Zsb3cuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dTdWNjZXNzID0gbmV3IFJhdGUoJ3dvcmtmbG93X3N1Y2Nlc3MnKTtcbi8qKiBXb3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgdGhyZXcgKGEgc2NyaXB0IGJ1ZyBvciBhIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKS4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd0Vycm9ycyA9IG5ldyBDb3VudGVyKCd3b3JrZmxvd19lcnJvcnMnKTtcbiIsICIvLyBSdW5zIG9uZSB3b3JrZmxvdyBpdGVyYXRpb24gYW5kIHJlY29yZHMgaXRzIG91dGNvbWUuIEEgd29ya2Zsb3cgdGhhdCB0aHJvd3MgKGEgc2NyaXB0IGJ1ZywgYVxuLy8gYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpIGlzIGEgZmFpbGVkIGl0ZXJhdGlvbiB0aGF0IGNvdW50cyBhZ2FpbnN0IHRoZSB0aHJlc2hvbGRzIGluc3RlYWRcbi8vIG9mIGFuIGV4Y2VwdGlvbiBrNiBvbmx5IGxvZ3MuXG5pbXBvcnQgeyB3b3JrZmxvd0Vycm9ycywgd29ya2Zsb3dTdWNjZXNzIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcbmltcG9ydCB0eXBlIHsgQ29udGV4dCwgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbmNvbnN0IE1BWF9MT0dHRURfRVJST1JTID0gNTtcbmxldCBsb2dnZWRFcnJvcnMgPSAwO1xuXG5jb25zdCB0YWdzQnlOYW1lOiBSZWNvcmQ8c3RyaW5nLCB7IHdvcmtmbG93OiBzdHJpbmcgfT4gPSB7fTtcblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bldvcmtmbG93KG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93LCBjdHg6IENvbnRleHQpOiB2b2lkIHtcbiAgY29uc3QgdGFncyA9ICh0YWdzQnlOYW1lW25hbWVdID8/PSB7IHdvcmtmbG93OiBuYW1lIH0pOyAvLyBtYWRlIG9uY2UgcGVyIHdvcmtmbG93LCBub3QgcGVyIGl0ZXJhdGlvblxuICB0cnkge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQod29ya2Zsb3coY3R4KSwgdGFncyk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZChmYWxzZSwgdGFncyk7XG4gICAgd29ya2Zsb3dFcnJvcnMuYWRkKDEsIHRhZ3MpO1xuICAgIGlmIChsb2dnZWRFcnJvcnMrKyA8IE1BWF9MT0dHRURfRVJST1JTKSB7XG4gICAgICBjb25zb2xlLmVycm9yKGB3b3JrZmxvdyBcIiR7bmFtZX1cIiB0aHJldzogJHtlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gKGVycm9yLnN0YWNrID8/IGVycm9yLm1lc3NhZ2UpIDogU3RyaW5nKGVycm9yKX1gKTtcbiAgICB9XG4gIH1cbn1cbiIsICIvLyBXaGF0IGVhY2gga2luZCBvZiB1c2VyIGRvZXMgaW4gb25lIGl0ZXJhdGlvbi4gU2NlbmFyaW9zIG9ubHkgY2hvb3NlIHdobyBydW5zIGFuZCBob3cgb2Z0ZW47XG4vLyBubyBzY2VuYXJpbyByZS1pbXBsZW1lbnRzIHRoZXNlLiBFdmVyeSB3b3JrZmxvdyByZXR1cm5zIHdoZXRoZXIgYWxsIG9mIGl0cyBzdGVwcyBzdWNjZWVkZWQuXG5pbXBvcnQgeyBncm91cCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgRXhwb3J0Rm9ybWF0LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGdlbmVyYXRlQW5kV2FpdCB9IGZyb20gJy4vZ2VuZXJhdGlvbi50cyc7XG5pbXBvcnQgeyBjb3Vyc2VzQ3JlYXRlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgeyBwaWNrT25lLCBwaWNrV2VpZ2h0ZWQsIHRoaW5rIH0gZnJvbSAnLi9wYWNpbmcudHMnO1xuaW1wb3J0IHR5cGUgeyBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENvbnRleHQge1xuICBjb25maWc6IENvbmZpZztcbiAgZGF0YTogUnVuRGF0YTtcbn1cblxuZXhwb3J0IHR5cGUgV29ya2Zsb3cgPSAoY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG5sZXQgY2xpZW50czogUmVjb3JkPHN0cmluZywgQXBpQ2xpZW50PiA9IHt9O1xuLyoqIE9uZSBjbGllbnQgcGVyIHRva2VuIHBlciBWVSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG5mdW5jdGlvbiBjbGllbnRGb3IoY3R4OiBDb250ZXh0LCB0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgcmV0dXJuIChjbGllbnRzW3Rva2VuXSA/Pz0gbmV3IEFwaUNsaWVudChjdHguY29uZmlnLmJhc2VVcmwsIGN0eC5jb25maWcuYXBpVGltZW91dFMsIHRva2VuKSk7XG59XG4vKiogUmVzZXRzIHRoZSBwZXItVlUgY2xpZW50IGNhY2hlICh0ZXN0cyBhbmQgbG9uZyBydW5zIHdpdGggcmUtbG9naW4pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc2V0Q2xpZW50cygpOiB2b2lkIHtcbiAgY2xpZW50cyA9IHt9O1xufVxuXG4vKiogQSB0aXRsZSB1bmlxdWUgdG8gdGhpcyBydW4sIFZVIGFuZCBpdGVyYXRpb24sIHNvIGNvbmN1cnJlbnQgdXNlcnMgbmV2ZXIgY29sbGlkZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmlxdWVUaXRsZShraW5kOiBzdHJpbmcsIGN0eDogQ29udGV4dCk6IHN0cmluZyB7XG4gIHJldHVybiBgcGVyZi0ke2tpbmR9ICR7Y3R4LmRhdGEucnVuSWR9IHZ1JHtleGVjLnZ1LmlkSW5UZXN0fSBpdCR7ZXhlYy52dS5pdGVyYXRpb25JblNjZW5hcmlvfWA7XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5cbi8qKiBSZWFkcyBhIGNvdXJzZSBhbmQgb25lIG9mIGl0cyBnZW5lcmF0ZWQgY2hhcHRlcnMuICovXG5mdW5jdGlvbiByZWFkQ291cnNlKGNsaWVudDogQXBpQ2xpZW50LCBpZDogSWQpOiBib29sZWFuIHtcbiAgY29uc3QgY291cnNlID0gY2xpZW50LmdldENvdXJzZShpZCk7XG4gIGlmICghY291cnNlLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gKGNvdXJzZS5ib2R5LmNoYXB0ZXJzID8/IFtdKS5maWx0ZXIoKGMpID0+IGMuc3RhdHVzID09PSAnY29tcGxldGVkJyk7XG4gIGNvbnN0IGNoYXB0ZXIgPSBwaWNrT25lKGdlbmVyYXRlZCk7XG4gIHJldHVybiBjaGFwdGVyID09PSB1bmRlZmluZWQgfHwgY2xpZW50LmdldENoYXB0ZXIoaWQsIGNoYXB0ZXIuaW5kZXgpLm9rO1xufVxuXG50eXBlIFJlZ3VsYXJUYXNrID0gKGNsaWVudDogQXBpQ2xpZW50LCBjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmNvbnN0IHJlZ3VsYXJUYXNrczogeyB3ZWlnaHQ6IG51bWJlcjsgdGFzazogUmVndWxhclRhc2sgfVtdID0gW1xuICB7IHdlaWdodDogNSwgdGFzazogKGNsaWVudCkgPT4gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwLCBvZmZzZXQ6IE1hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDMpICogMjAgfSkub2sgfSxcbiAge1xuICAgIHdlaWdodDogNCxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGlkID0gcGlja09uZShjdHguZGF0YS5zZWVkZWRDb3Vyc2VJZHMpO1xuICAgICAgcmV0dXJuIGlkID09PSB1bmRlZmluZWQgfHwgcmVhZENvdXJzZShjbGllbnQsIGlkKTtcbiAgICB9LFxuICB9LFxuICB7XG4gICAgd2VpZ2h0OiAxLFxuICAgIHRhc2s6IChjbGllbnQsIGN0eCkgPT4ge1xuICAgICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogdW5pcXVlVGl0bGUoJ3NjcmF0Y2gnLCBjdHgpLCB0b3BpYzogJ2FsZ2VicmEnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgICBjb25zdCByZWFkQmFjayA9IGNsaWVudC5nZXRDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICAgIHJldHVybiByZWFkQmFjayAmJiBjbGllbnQuZGVsZXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgfSxcbiAgfSxcbl07XG5cbi8qKiBCcm93c2VzIHRoZSBjb3Vyc2UgbGlzdCwgb3BlbnMgY291cnNlcyBhbmQgcmVhZHMgY2hhcHRlcnM7IG5vdyBhbmQgdGhlbiBjcmVhdGVzIG9uZS4gKi9cbmV4cG9ydCBjb25zdCByZWd1bGFyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncmVndWxhciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsIGN0eC5kYXRhLnRva2Vucy5yZWd1bGFyKTtcbiAgICBsZXQgb2sgPSBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBmb3IgKGxldCBzdGVwID0gMDsgc3RlcCA8IDM7IHN0ZXArKykge1xuICAgICAgb2sgPSBwaWNrV2VpZ2h0ZWQocmVndWxhclRhc2tzKShjbGllbnQsIGN0eCkgJiYgb2s7XG4gICAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogQ3JlYXRlcyBhIGNvdXJzZSwgZ2VuZXJhdGVzIGl0LCBmb2xsb3dzIHRoZSBqb2IsIHJlYWRzIGFuZCBleHBvcnRzIHRoZSByZXN1bHQsIHRoZW4gZGVsZXRlcyBpdC4gKi9cbmV4cG9ydCBjb25zdCBwb3dlclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3Bvd2VyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCBjdHguZGF0YS50b2tlbnMucG93ZXIpO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgncG93ZXInLCBjdHgpLFxuICAgICAgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zJyxcbiAgICAgIGxldmVsOiAnYWR2YW5jZWQnLFxuICAgICAgY2hhcHRlcl9jb3VudDogY29uZmlnLmNoYXB0ZXJzUGVyQ291cnNlLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgIGNvbnN0IGlkID0gY3JlYXRlZC5ib2R5LmlkO1xuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBsZXQgb2sgPSBjbGllbnQudXBkYXRlQ291cnNlKGlkLCB7IHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcywgcmV2aXNlZCcgfSkub2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdChjbGllbnQsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gcmVhZENvdXJzZShjbGllbnQsIGlkKSAmJiBvaztcbiAgICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAgIG9rID0gY2xpZW50LmV4cG9ydENvdXJzZShpZCwgcGlja09uZShFWFBPUlRfRk9STUFUUykgPz8gJ2pzb24nKS5vayAmJiBvaztcbiAgICB9XG4gICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIHJldHVybiBjbGllbnQuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG5cbi8qKiBXYXRjaGVzIHRoZSBzeXN0ZW06IHN0YXRzLCB0aGUgam9iIGxpc3QsIHRoZSB1c2VyIGxpc3QsIGFuZCByZW1vdmVzIGNvdXJzZXMgZWFybGllciBydW5zIGxlZnQgYmVoaW5kLiAqL1xuZXhwb3J0IGNvbnN0IGFkbWluVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnYWRtaW4gdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCBjdHguZGF0YS50b2tlbnMuYWRtaW4pO1xuICAgIGxldCBvayA9IGNsaWVudC5hZG1pblN0YXRzKCkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pbkpvYnMoMjApLm9rICYmIG9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Vc2VycygpLm9rICYmIG9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgLy8gTGVmdG92ZXJzIG9mIGludGVycnVwdGVkIHJ1bnM6IHRpdGxlcyBvZiBvdGhlciBydW5zIG9ubHksIG5ldmVyIHRoaXMgcnVuJ3MgbGl2ZSBjb3Vyc2VzLlxuICAgIGNvbnN0IGxlZnRvdmVycyA9IGNsaWVudC5saXN0Q291cnNlcyh7IHE6ICdwZXJmLScsIGxpbWl0OiAyMCB9KS5ib2R5Py5pdGVtcyA/PyBbXTtcbiAgICBmb3IgKGNvbnN0IGNvdXJzZSBvZiBsZWZ0b3ZlcnMuZmlsdGVyKChjKSA9PiAhYy50aXRsZS5pbmNsdWRlcyhjdHguZGF0YS5ydW5JZCkpLnNsaWNlKDAsIDUpKSB7XG4gICAgICBvayA9IGNsaWVudC5kZWxldGVDb3Vyc2UoY291cnNlLmlkKS5vayAmJiBvaztcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIEV2ZXJ5IGVuZHBvaW50IGF0IGxlYXN0IG9uY2U6IHRoZSBzbW9rZSBjaGVjay4gKi9cbmV4cG9ydCBjb25zdCBldmVyeUVuZHBvaW50OiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdldmVyeSBlbmRwb2ludCcsICgpID0+IHtcbiAgICBjb25zdCB7IGNvbmZpZywgZGF0YSB9ID0gY3R4O1xuICAgIGNvbnN0IHVzZXIgPSBjbGllbnRGb3IoY3R4LCBkYXRhLnRva2Vucy5wb3dlcik7XG4gICAgY29uc3QgYWRtaW4gPSBjbGllbnRGb3IoY3R4LCBkYXRhLnRva2Vucy5hZG1pbik7XG4gICAgbGV0IG9rID0gdXNlci5oZWFsdGgoKS5vaztcbiAgICBvayA9IHVzZXIubGlzdENvdXJzZXMoeyBsaW1pdDogNSB9KS5vayAmJiBvaztcbiAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogdW5pcXVlVGl0bGUoJ3Ntb2tlJywgY3R4KSwgdG9waWM6ICdzbW9rZSB0ZXN0aW5nJywgbGV2ZWw6ICdpbnRlcm1lZGlhdGUnLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgIGNvbnN0IGlkID0gY3JlYXRlZC5ib2R5LmlkO1xuICAgIG9rID0gdXNlci5nZXRDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICAgIG9rID0gdXNlci51cGRhdGVDb3Vyc2UoaWQsIHsgdGl0bGU6IGAke2NyZWF0ZWQuYm9keS50aXRsZX0gKGVkaXRlZClgIH0pLm9rICYmIG9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQodXNlciwgaWQsIGNvbmZpZy5wb2xsSW50ZXJ2YWxTLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTKTtcbiAgICBvayA9IGdlbmVyYXRpb24uY29tcGxldGVkICYmIG9rO1xuICAgIGlmIChnZW5lcmF0aW9uLmNvbXBsZXRlZCkge1xuICAgICAgb2sgPSB1c2VyLmdldENoYXB0ZXIoaWQsIGdlbmVyYXRpb24uam9iPy5jaGFwdGVyc1swXT8uaW5kZXggPz8gMCkub2sgJiYgb2s7XG4gICAgICBmb3IgKGNvbnN0IGZvcm1hdCBvZiBFWFBPUlRfRk9STUFUUykgb2sgPSB1c2VyLmV4cG9ydENvdXJzZShpZCwgZm9ybWF0KS5vayAmJiBvaztcbiAgICB9XG4gICAgb2sgPSBhZG1pbi5hZG1pblN0YXRzKCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pbkpvYnMoMTApLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Vc2VycygpLm9rICYmIG9rO1xuICAgIHJldHVybiB1c2VyLmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuIiwgIi8vIFN0YXJ0aW5nIGEgY291cnNlJ3MgZ2VuZXJhdGlvbiBhbmQgZm9sbG93aW5nIGl0cyBqb2IgdG8gdGhlIGVuZCwgcmVjb3JkaW5nIGhvdyBsb25nIGl0IHRvb2tcbi8vIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzICh0aGUgc2VydmVyJ3MgdmlldykgYW5kIGZyb20gdGhlIHBvbGxlcidzICh0aGUgdXNlcidzIHZpZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgdHlwZSB7IEFwaUNsaWVudCwgSWQsIEpvYiB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7IGNoYXB0ZXJHZW5lcmF0aW9uTXMsIGNvdXJzZUdlbmVyYXRpb25NcywgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMsIGdlbmVyYXRpb25GYWlsZWQgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29tcGxldGVkOiBib29sZWFuO1xuICBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gbWlsbGlzQmV0d2Vlbihmcm9tOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkLCB0bzogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGlmICghZnJvbSB8fCAhdG8pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IG1zID0gRGF0ZS5wYXJzZSh0bykgLSBEYXRlLnBhcnNlKGZyb20pO1xuICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKG1zKSAmJiBtcyA+PSAwID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHJlY29yZEpvYlRpbWVzKGpvYjogSm9iKTogdm9pZCB7XG4gIGZvciAoY29uc3QgY2hhcHRlciBvZiBqb2IuY2hhcHRlcnMpIHtcbiAgICBjb25zdCBtcyA9IGNoYXB0ZXIuZHVyYXRpb25fbXMgPz8gbWlsbGlzQmV0d2VlbihjaGFwdGVyLnN0YXJ0ZWRfYXQsIGNoYXB0ZXIuZmluaXNoZWRfYXQpO1xuICAgIGlmICh0eXBlb2YgbXMgPT09ICdudW1iZXInICYmIGNoYXB0ZXIuc3RhdHVzID09PSAnY29tcGxldGVkJykgY2hhcHRlckdlbmVyYXRpb25Ncy5hZGQobXMpO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWlsbGlzQmV0d2Vlbihqb2IuY3JlYXRlZF9hdCwgam9iLmZpbmlzaGVkX2F0KTtcbiAgaWYgKHRvdGFsICE9PSB1bmRlZmluZWQpIGNvdXJzZUdlbmVyYXRpb25Ncy5hZGQodG90YWwpO1xufVxuXG4vKiogU3RhcnRzIGdlbmVyYXRpb24gYW5kIHBvbGxzIHRoZSBqb2IgdW50aWwgaXQgY29tcGxldGVzLCBmYWlscywgb3IgYHRpbWVvdXRTYCBwYXNzZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGVBbmRXYWl0KGNsaWVudDogQXBpQ2xpZW50LCBjb3Vyc2VJZDogSWQsIHBvbGxJbnRlcnZhbFM6IG51bWJlciwgdGltZW91dFM6IG51bWJlcik6IEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29uc3QgYWNjZXB0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY291cnNlSWQpO1xuICBpZiAoIWFjY2VwdGVkLmJvZHkpIHtcbiAgICBnZW5lcmF0aW9uRmFpbGVkLmFkZCh0cnVlKTtcbiAgICByZXR1cm4geyBjb21wbGV0ZWQ6IGZhbHNlLCBqb2I6IHVuZGVmaW5lZCB9O1xuICB9XG4gIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICBjb25zdCBkZWFkbGluZSA9IHN0YXJ0ZWQgKyB0aW1lb3V0UyAqIDEwMDA7XG4gIGxldCBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbiAgd2hpbGUgKERhdGUubm93KCkgPCBkZWFkbGluZSkge1xuICAgIHNsZWVwKHBvbGxJbnRlcnZhbFMpO1xuICAgIGNvbnN0IHBvbGxlZCA9IGNsaWVudC5nZXRKb2IoYWNjZXB0ZWQuYm9keS5qb2JfaWQpO1xuICAgIGlmICghcG9sbGVkLmJvZHkpIGNvbnRpbnVlO1xuICAgIGpvYiA9IHBvbGxlZC5ib2R5O1xuICAgIGlmIChqb2Iuc3RhdHVzID09PSAnY29tcGxldGVkJyB8fCBqb2Iuc3RhdHVzID09PSAnZmFpbGVkJykgYnJlYWs7XG4gIH1cbiAgY29uc3QgY29tcGxldGVkID0gam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnO1xuICBnZW5lcmF0aW9uRmFpbGVkLmFkZCghY29tcGxldGVkKTtcbiAgaWYgKGNvbXBsZXRlZCAmJiBqb2IpIHtcbiAgICBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcy5hZGQoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpO1xuICAgIHJlY29yZEpvYlRpbWVzKGpvYik7XG4gIH1cbiAgcmV0dXJuIHsgY29tcGxldGVkLCBqb2IgfTtcbn1cbiIsICIvLyBIb3cgc2ltdWxhdGVkIHVzZXJzIHBhY2UgdGhlbXNlbHZlcyBhbmQgY2hvb3NlIHdoYXQgdG8gZG8gbmV4dC5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuXG4vKiogU2xlZXBzIGEgdW5pZm9ybWx5IGRyYXduIHRoaW5rIHRpbWUgaW4gW21pbiwgbWF4XSBzZWNvbmRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRoaW5rKHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9KTogdm9pZCB7XG4gIGNvbnN0IHNlY29uZHMgPSByYW5nZS5taW4gKyBNYXRoLnJhbmRvbSgpICogKHJhbmdlLm1heCAtIHJhbmdlLm1pbik7XG4gIGlmIChzZWNvbmRzID4gMCkgc2xlZXAoc2Vjb25kcyk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2VpZ2h0ZWRUYXNrPFQ+IHtcbiAgd2VpZ2h0OiBudW1iZXI7XG4gIHRhc2s6IFQ7XG59XG5cbi8qKiBQaWNrcyBvbmUgdGFzayB3aXRoIHByb2JhYmlsaXR5IHByb3BvcnRpb25hbCB0byBpdHMgd2VpZ2h0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tXZWlnaHRlZDxUPih0YXNrczogcmVhZG9ubHkgV2VpZ2h0ZWRUYXNrPFQ+W10sIHJhbmRvbTogbnVtYmVyID0gTWF0aC5yYW5kb20oKSk6IFQge1xuICBjb25zdCB0b3RhbCA9IHRhc2tzLnJlZHVjZSgoc3VtLCB0KSA9PiBzdW0gKyB0LndlaWdodCwgMCk7XG4gIGxldCBwb2ludCA9IHJhbmRvbSAqIHRvdGFsO1xuICBmb3IgKGNvbnN0IHQgb2YgdGFza3MpIHtcbiAgICBwb2ludCAtPSB0LndlaWdodDtcbiAgICBpZiAocG9pbnQgPCAwKSByZXR1cm4gdC50YXNrO1xuICB9XG4gIHJldHVybiB0YXNrc1t0YXNrcy5sZW5ndGggLSAxXSEudGFzaztcbn1cblxuLyoqIFBpY2tzIG9uZSBlbGVtZW50IHVuaWZvcm1seS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrT25lPFQ+KGl0ZW1zOiByZWFkb25seSBUW10pOiBUIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGl0ZW1zLmxlbmd0aCA9PT0gMCA/IHVuZGVmaW5lZCA6IGl0ZW1zW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGl0ZW1zLmxlbmd0aCldO1xufVxuIiwgIi8vIFRoZSBtaXhlZCB1c2VyIHBvcHVsYXRpb24gc2hhcmVkIGJ5IGxvYWQsIHJhbXAtdXAgYW5kIHNvYWs6IG9uZSBrNiBzY2VuYXJpbyBhbmQgb25lIGV4ZWNcbi8vIGZ1bmN0aW9uIHBlciB1c2VyIGNsYXNzLiBFbnRyaWVzIHJlLWV4cG9ydCB0aGUgZXhlYyBmdW5jdGlvbnMsIGFzIGs2IGxvb2tzIHRoZW0gdXAgYnkgbmFtZSBpblxuLy8gdGhlIGVudHJ5IG1vZHVsZS5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBydW5Xb3JrZmxvdyB9IGZyb20gJy4vcnVuLXdvcmtmbG93LnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IHNwbGl0VXNlcnMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBhZG1pblVzZXIsIHBvd2VyVXNlciwgcmVndWxhclVzZXIsIHR5cGUgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbi8qKiBTY2VuYXJpb3MgZm9yIHRoZSB0aHJlZSBjbGFzc2VzLCBzcGxpdHRpbmcgYHRvdGFsVXNlcnNgIGJ5IGBjb25maWcud2VpZ2h0c2AsIGVhY2ggaW4gdGhlIGdpdmVuIHNoYXBlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25TY2VuYXJpb3MoY29uZmlnOiBDb25maWcsIHRvdGFsVXNlcnM6IG51bWJlciwgc2hhcGU6IChleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyKSA9PiBTY2VuYXJpbyk6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPiB7XG4gIGNvbnN0IHVzZXJzID0gc3BsaXRVc2Vycyh0b3RhbFVzZXJzLCBjb25maWcud2VpZ2h0cyk7XG4gIHJldHVybiB7XG4gICAgcmVndWxhcl91c2Vyczogc2hhcGUoJ3JlZ3VsYXJVc2VycycsIHVzZXJzLnJlZ3VsYXIpLFxuICAgIHBvd2VyX3VzZXJzOiBzaGFwZSgncG93ZXJVc2VycycsIHVzZXJzLnBvd2VyKSxcbiAgICBhZG1pbl91c2Vyczogc2hhcGUoJ2FkbWluVXNlcnMnLCB1c2Vycy5hZG1pbiksXG4gIH07XG59XG5cbi8qKiBUaGUgZXhlYyBmdW5jdGlvbnMgdGhvc2Ugc2NlbmFyaW9zIG5hbWU7IGBiZWZvcmVFYWNoYCBydW5zIGZpcnN0IGluIGV2ZXJ5IGl0ZXJhdGlvbiAoZS5nLiBzZXR0aW5nIHRoZSBwaGFzZSB0YWcpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25FeGVjcyhjb25maWc6IENvbmZpZywgYmVmb3JlRWFjaDogKCkgPT4gdm9pZCA9ICgpID0+IHVuZGVmaW5lZCkge1xuICBjb25zdCBleGVjID0gKG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93KSA9PiAoZGF0YTogUnVuRGF0YSk6IHZvaWQgPT4ge1xuICAgIGJlZm9yZUVhY2goKTtcbiAgICBydW5Xb3JrZmxvdyhuYW1lLCB3b3JrZmxvdywgeyBjb25maWcsIGRhdGEgfSk7XG4gIH07XG4gIHJldHVybiB7IHJlZ3VsYXJVc2VyczogZXhlYygncmVndWxhcicsIHJlZ3VsYXJVc2VyKSwgcG93ZXJVc2VyczogZXhlYygncG93ZXInLCBwb3dlclVzZXIpLCBhZG1pblVzZXJzOiBleGVjKCdhZG1pbicsIGFkbWluVXNlcikgfTtcbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogeyBlbmRwb2ludCB9LCBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dIH0sXG4gIF0pO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cbiIsICIvLyBzb2FrOiBkb2VzIGl0IGRlZ3JhZGUgb3ZlciB0aW1lPyBBIG1vZGVyYXRlIGNvbnN0YW50IHBvcHVsYXRpb24gZm9yIGEgbG9uZyB0aW1lIChkZWZhdWx0XG4vLyAzMCBtaW4pLiBHYXRlczogbGF0ZW5jeSBhdCB0aGUgZW5kIHZzIHRoZSBzdGFydCAoZWFjaCBWVSdzIGxhdGVuY3kgaW4gdGhlIGxhc3QgdGVudGggZGl2aWRlZCBieVxuLy8gaXRzIG1lZGlhbiBpbiB0aGUgZmlyc3QgdGVudGg6IHNvYWtfbGF0ZW5jeV9kcmlmdCBtZWQgPCBTT0FLX0RSSUZUX0xJTUlUKSwgdGhlIGVycm9yIHJhdGUsIGFuZCxcbi8vIHdpdGggYSBzaWRlY2FyLCB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIChUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOKS5cbi8vIEVudjogU09BS19EVVJBVElPTiAocywgZGVmYXVsdCAxODAwKSwgU09BS19VU0VSUyAoZGVmYXVsdCAyMCAlIG9mIFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLFxuLy8gU09BS19EUklGVF9MSU1JVCAoMS41KS5cbmltcG9ydCB7IGVudk51bWJlciB9IGZyb20gJy4uL2xpYi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgZ3VhcmRlZENvbmZpZyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IGVudGVyUGhhc2UsIHRyYWNrRHJpZnQsIHR5cGUgUGhhc2UgfSBmcm9tICcuLi9saWIvbG9hZC9waGFzZXMudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IHByZXBhcmVSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL2xpYi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgeyBjb25zdGFudFVzZXJzIH0gZnJvbSAnLi4vbGliL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IHBvcHVsYXRpb25FeGVjcywgcG9wdWxhdGlvblNjZW5hcmlvcyB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlcnJvckdhdGVzLCBnZW5lcmF0aW9uR2F0ZXMsIGxhdGVuY3lHYXRlcywgc3VjY2Vzc0dhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ3NvYWsnKTtcbmNvbnN0IGR1cmF0aW9uUyA9IGVudk51bWJlcihfX0VOViwgJ1NPQUtfRFVSQVRJT04nLCAxODAwLCB7IG1pbjogMTAsIG1heDogNyAqIDg2XzQwMCwgaW50ZWdlcjogdHJ1ZSwgd2hhdDogJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnIH0pO1xuY29uc3Qgc29ha1VzZXJzID0gZW52TnVtYmVyKF9fRU5WLCAnU09BS19VU0VSUycsIE1hdGgubWF4KDMsIE1hdGgucm91bmQoY29uZmlnLmNvbmN1cnJlbnRVc2VycyAvIDUpKSwgeyBtaW46IDEsIG1heDogMTAwXzAwMCwgaW50ZWdlcjogdHJ1ZSB9KTtcbmNvbnN0IGRyaWZ0TGltaXQgPSBlbnZOdW1iZXIoX19FTlYsICdTT0FLX0RSSUZUX0xJTUlUJywgMS41LCB7IG1pbjogMSwgbWF4OiAxMDAgfSk7XG5jb25zdCBwaGFzZXM6IFBoYXNlW10gPSBbXG4gIHsgbmFtZTogJ3N0YXJ0JywgdW50aWxTOiBkdXJhdGlvblMgLyAxMCB9LFxuICB7IG5hbWU6ICdtaWRkbGUnLCB1bnRpbFM6IChkdXJhdGlvblMgKiA5KSAvIDEwIH0sXG4gIHsgbmFtZTogJ2VuZCcsIHVudGlsUzogSW5maW5pdHkgfSxcbl07XG50cmFja0RyaWZ0KCdzb2FrX2xhdGVuY3lfZHJpZnQnLCBwaGFzZXMsICdzdGFydCcsIFsnZW5kJ10pO1xuXG5leHBvcnQgY29uc3Qgb3B0aW9ucyA9IGVudHJ5T3B0aW9ucyhjb25maWcsICgpID0+ICh7XG4gIHdhbGxUaW1lUzogZHVyYXRpb25TLFxuICBnYXRlTWVtb3J5R3Jvd3RoOiB0cnVlLFxuICBzY2VuYXJpb3M6IHtcbiAgICAuLi5wb3B1bGF0aW9uU2NlbmFyaW9zKGNvbmZpZywgc29ha1VzZXJzLCAoZXhlYywgdnVzKSA9PiBjb25zdGFudFVzZXJzKGV4ZWMsIHZ1cywgZHVyYXRpb25TKSksXG4gIH0sXG4gIGdhdGVzOiBbXG4gICAgeyBtZXRyaWM6ICdzb2FrX2xhdGVuY3lfZHJpZnQnLCBydWxlczogW3sgc3RhdDogJ21lZCcsIG9wOiAnPCcsIHZhbHVlOiBkcmlmdExpbWl0IH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IHsgcGhhc2U6ICdlbmQnLCBzY29wZTogJ2FwaScgfSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiBjb25maWcudGFyZ2V0cy5hcGlQOTVNcyB9XSB9LFxuICAgIC4uLmxhdGVuY3lHYXRlcyhjb25maWcudGFyZ2V0cywgW10pLFxuICAgIC4uLmVycm9yR2F0ZXMoY29uZmlnLnRhcmdldHMsIFtdKSxcbiAgICAuLi5zdWNjZXNzR2F0ZXMoY29uZmlnLnRhcmdldHMpLFxuICAgIC4uLmdlbmVyYXRpb25HYXRlcyhjb25maWcudGFyZ2V0cyksXG4gICAgLi4uYWJvcnRHYXRlcygpLFxuICBdLFxufSkpO1xuXG5leHBvcnQgeyBwb2xsUmVzb3VyY2VzLCB0ZWFyZG93biB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuZXhwb3J0IGNvbnN0IGhhbmRsZVN1bW1hcnkgPSBtYWtlSGFuZGxlU3VtbWFyeSh7IHNjZW5hcmlvOiAnc29haycgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXR1cCgpOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVSdW4oY29uZmlnKTtcbn1cblxuZXhwb3J0IGNvbnN0IHsgcmVndWxhclVzZXJzLCBwb3dlclVzZXJzLCBhZG1pblVzZXJzIH0gPSBwb3B1bGF0aW9uRXhlY3MoY29uZmlnLCAoKSA9PiBlbnRlclBoYXNlKHBoYXNlcykpO1xuIl0sCiAgIm1hcHBpbmdzIjogIjtBQXVCTyxJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQUEsRUFDWixzQkFBc0I7QUFDeEIsQ0FBQzs7O0FDT00sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBSUEsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsTUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsU0FBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0FBQ2pDO0FBRUEsU0FBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQ2pELFFBQU0sUUFBUSx5Q0FBeUMsS0FBSyxLQUFLO0FBQ2pFLFFBQU0sV0FBVztBQUNqQixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RDLFFBQU0sTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNCLFFBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFZLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRCxNQUFJLE1BQU0sT0FBTyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNyRCxTQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ3BCO0FBRUEsU0FBUyxLQUFLLEtBQVUsTUFBdUI7QUFDN0MsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsTUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsU0FBTyxLQUFLLE1BQU0sT0FBTyxlQUFlO0FBQzFDO0FBRUEsU0FBUyxTQUFTLEtBQVUsTUFBd0I7QUFDbEQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPLENBQUM7QUFDakQsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsWUFBWSxDQUFDO0FBQ3RFLE1BQUksTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLG1DQUFtQyxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3hFLFNBQUssTUFBTSxPQUFPLHNGQUFzRjtBQUFBLEVBQzFHO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLFNBQU87QUFBQSxJQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7QUFBQSxJQUNqRCxVQUFVLEtBQUssS0FBSyxHQUFHLE1BQU0sYUFBYSxnQkFBZ0I7QUFBQSxFQUM1RDtBQUNGO0FBR08sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sSUFBSTtBQUNWLFFBQU1BLGFBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixRQUFNLFVBQVUsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssdUJBQXVCLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTUEsYUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RILFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0EsV0FBQUE7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCLFNBQVMsR0FBRyxLQUFXLDRCQUE0QixLQUFLLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNuSjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsT0FBTyxTQUF5QjtBQUM5QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGO0FBTU8sU0FBUyxVQUFVLEtBQVUsTUFBYyxVQUFrQixPQUErRTtBQUNqSixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUMxTU8sSUFBTSxTQUFpQixZQUFZLEtBQUs7QUFHeEMsU0FBUyxjQUFjLE9BQXVCO0FBQ25ELHNCQUFvQixRQUFRLEtBQUs7QUFDakMsU0FBTztBQUNUOzs7QUNOQSxPQUFPLFVBQVU7QUFDakIsU0FBUyxTQUFTLGFBQWE7OztBQzZCL0IsSUFBSTtBQUNKLElBQU0sVUFBVSxNQUNiLGFBQWEsRUFBRSxZQUFZLDRCQUE0QixTQUFTLHVCQUF1QixZQUFZLHVCQUF1QjtBQUd0SCxTQUFTLFVBQVUsUUFBZ0IsTUFBdUM7QUFDL0UsTUFBSSxDQUFDLFFBQVEsRUFBRSxXQUFXLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxNQUFNLHdCQUF3QixNQUFNLDhCQUE4QjtBQUNwSCxRQUFNLFVBQVUsT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQ3pDLE1BQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxRQUFJLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxHQUFHLEtBQUssQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEtBQUssR0FBRztBQUNsRSxZQUFNLElBQUksTUFBTSxlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTSwyREFBMkQ7QUFBQSxJQUNySDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEksU0FBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztBQUM1QztBQUVBLFNBQVMsS0FBSyxNQUF5QjtBQUNyQyxRQUFNQyxRQUFPLFdBQVcsSUFBSTtBQUM1QixNQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLFNBQU8sRUFBRSxXQUFXQSxPQUFNLGFBQWEsTUFBTSxHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUMsRUFBRztBQUN2SDtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBRGpFTyxJQUFNLG1CQUFtQixJQUFJLE1BQU0sb0JBQW9CO0FBRXZELElBQU0sd0JBQXdCLElBQUksTUFBTSwwQkFBMEI7QUFFbEUsSUFBTSxpQkFBaUIsSUFBSSxNQUFNLGtCQUFrQjtBQUVuRCxJQUFNLHVCQUF1QixJQUFJLFFBQVEsd0JBQXdCO0FBRWpFLElBQU0scUJBQXFCLElBQUksTUFBTSxpQ0FBaUM7QUFTN0UsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFFbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUdHLFNBQVMsa0JBQWtCQyxZQUFtQixXQUE4QjtBQUNqRixTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFNO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixVQUFVO0FBQUEsSUFDVixVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLQSxVQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGlCQUFpQjtBQUFBLElBQ2pCLFFBQVE7QUFBQSxJQUNSLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFRTyxTQUFTLGNBQWMsWUFBMEI7QUFDdEQsUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxNQUE4QyxJQUFJLElBQUksSUFBSTtBQUM1RixNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6Qyx5QkFBcUIsSUFBSSxDQUFDO0FBQzFCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxzQkFBcUIsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUMzRyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLHFCQUFpQixJQUFJLE9BQU8sV0FBVztBQUN2QywwQkFBc0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNsRCxtQkFBZSxJQUFJLE9BQU8sU0FBUztBQUNuQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUFBLEVBQ3RDO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQixZQUEwQjtBQUMzRCxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCLFNBQVUsb0JBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDOUg7QUFZTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CLE9BQVcsT0FBTSxLQUFLLEVBQUUsUUFBUSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDLEVBQUUsQ0FBQztBQUNsSyxNQUFJLE9BQU8sY0FBZSxPQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUN4SCxTQUFPO0FBQ1Q7OztBRWxHTyxTQUFTLFdBQVcsT0FBZUMsVUFBK0M7QUFDdkYsUUFBTSxPQUFPLENBQUMsV0FBVyxTQUFTLE9BQU87QUFDekMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU8sUUFBUUEsU0FBUSxDQUFDLElBQUssR0FBRztBQUN4RCxRQUFNLFNBQVMsTUFBTSxJQUFJLEtBQUssS0FBSztBQUNuQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxLQUFLLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxFQUFFO0FBQzFILFdBQVMsT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxPQUFPLEdBQUcsUUFBUSxJQUFLLFFBQU8sTUFBTSxJQUFJLENBQUMsQ0FBRTtBQUU3RyxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixRQUFJQSxTQUFRLEtBQUssQ0FBQyxDQUFFLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxLQUFLLFNBQVMsR0FBRztBQUMxRCxZQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUNsRCxhQUFPLE9BQU87QUFDZCxhQUFPLENBQUM7QUFBQSxJQUNWO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxTQUFTLE9BQU8sQ0FBQyxHQUFJLE9BQU8sT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsRUFBRztBQUNyRTtBQXlDTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQW9CM0YsU0FBUyxjQUFjQyxPQUFjLEtBQWFDLFlBQTZCO0FBQ3BGLFNBQU8sRUFBRSxVQUFVLGdCQUFnQixNQUFBRCxPQUFNLEtBQUssVUFBVSxHQUFHQyxVQUFTLEtBQUssY0FBYyxNQUFNO0FBQy9GOzs7QUNyRE8sU0FBUyxtQkFBNEI7QUFDMUMsU0FBTyxTQUFTO0FBQ2xCO0FBR08sU0FBUyxhQUFhQyxTQUFnQixXQUF1RDtBQUNsRyxNQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxRQUFNLFFBQVEsVUFBVTtBQUd4QixRQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLE1BQUlBLFFBQU8sWUFBWTtBQUNyQixjQUFVLFlBQVksa0JBQWtCLE1BQU0sU0FBUztBQUN2RCxVQUFNO0FBQUEsTUFDSixHQUFHLGNBQWM7QUFBQSxRQUNmLFVBQVVBLFFBQU8sUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLFFBQU8sUUFBUTtBQUFBLFFBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsUUFBTyxRQUFRLHVCQUF1QjtBQUFBLFFBQy9FLGVBQWVBLFFBQU87QUFBQSxNQUN4QixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsQ0FBQztBQUFBLElBQzdELG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsVUFBNkI7QUFDN0MsUUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQUM1QyxNQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLE1BQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYSxvQkFBcUIsU0FBUSxPQUFPLEtBQUs7QUFDN0gsU0FBTztBQUNUO0FBR08sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEO0FBR08sU0FBUyx1QkFBNkI7QUFDM0MsTUFBSSxPQUFVLFdBQVksb0JBQW1CLE9BQVUsVUFBVTtBQUNuRTtBQUVPLFNBQVMsV0FBaUI7QUFDL0IsdUJBQXFCO0FBQ3ZCOzs7QUN2RUEsT0FBTyxVQUFVO0FBQ2pCLFNBQVMsU0FBQUMsY0FBYTs7O0FDVHRCLFNBQVMsYUFBYTtBQUN0QixPQUFPQyxXQUF1RDs7O0FDa0J2RCxJQUFNLFlBQVk7OztBQ2hCekIsSUFBTSxNQUFNLENBQUMsT0FBbUIsbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBRXRELElBQU0sUUFBUTtBQUFBLEVBQ25CLFFBQVEsTUFBTTtBQUFBLEVBQ2QsT0FBTyxNQUFNO0FBQUEsRUFDYixTQUFTLE1BQU07QUFBQSxFQUNmLFFBQVEsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQzlDLFVBQVUsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ2hELEtBQUssQ0FBQyxPQUFXLGdCQUFnQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3hDLFNBQVMsQ0FBQyxJQUFRLFVBQWtCLG1CQUFtQixJQUFJLEVBQUUsQ0FBQyxhQUFhLEtBQUs7QUFBQSxFQUNoRixjQUFjLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNwRCxZQUFZLE1BQU07QUFBQSxFQUNsQixXQUFXLE1BQU07QUFBQSxFQUNqQixZQUFZLE1BQU07QUFDcEI7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUNyRixXQUFXLFlBQVksWUFBWTtBQUNqQyxpQkFBZSxRQUFvQixJQUFJLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQW9CLEVBQUU7QUFDOUc7QUFHTyxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsU0FBTyxlQUFlLFFBQVE7QUFDaEM7OztBRk9BLElBQU0sUUFBUSxDQUFJLFNBQThDO0FBRWhFLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFFL0MsSUFBTSxTQUFTO0FBQUEsRUFDcEIsUUFBUSxNQUEwQixDQUFDLFVBQVUsTUFBTSxRQUFRLE1BQU0sSUFBSTtBQUFBLEVBQ3JFLE9BQU8sTUFBYSxDQUFDLFVBQVU7QUFDN0IsVUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxFQUNoRCxDQUFDO0FBQUEsRUFDRCxZQUFZLE1BQWtCLENBQUMsVUFBVSxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEcsUUFBUSxNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEYsb0JBQW9CLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixhQUFhLE1BQXlDLENBQUMsVUFBVSxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN0RixLQUFLLE1BQVcsQ0FBQyxVQUFVLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixTQUFTLE1BQWUsQ0FBQyxVQUFVLE9BQU8sTUFBTSxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQ3ZFLFdBQVcsTUFBK0IsQ0FBQyxVQUFVO0FBQ25ELFVBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLEVBQzVFLENBQUM7QUFDSDtBQVNBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBQ2xFO0FBR0EsSUFBSTtBQUVKLElBQU0sWUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLE1BQUk7QUFDRixXQUFPLFFBQVMsS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sYUFBTixNQUF5QztBQUFBLEVBR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFM7QUFDQTtBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUhRO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUxYLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFPUixJQUFJLE9BQXNCO0FBQ3hCLFFBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLFdBQUssUUFBUSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBR0EsU0FBUyxVQUFVLE1BQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFjO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLGtCQUE0RSxDQUFDO0FBQ25GLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxTQUFRLGdCQUFnQixNQUFNLE1BQU1DLE1BQUssaUJBQWlCLE1BQU07QUFDbEU7QUFJQSxJQUFJO0FBQ0csU0FBUyxnQkFBZ0IsTUFBeUM7QUFDdkUsYUFBVztBQUNiO0FBT0EsSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUF5RixDQUFDO0FBRWhHLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxRQUFRO0FBQzVCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBSU8sSUFBTSxZQUFOLE1BQU0sV0FBVTtBQUFBLEVBS3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxVQUFVLEdBQUcsUUFBUTtBQUFBLEVBQzVCO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUEsRUFQRjtBQUFBO0FBQUEsRUFFQSxTQUE0QyxDQUFDO0FBQUE7QUFBQSxFQVc5RCxHQUFHLE9BQTBCO0FBQzNCLFdBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdFO0FBQUEsRUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFFBQUksU0FBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxRQUFJLENBQUMsUUFBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsZUFBUyxFQUFFLFNBQVMsTUFBTSxZQUFZLFFBQVEsR0FBRyxTQUFTLEtBQUssU0FBUyxrQkFBa0IsYUFBYSxRQUFRLEVBQUU7QUFFakgsVUFBSSxDQUFDLFVBQVcsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0FDLFFBQ0EsU0FDVztBQUNYLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTUQsTUFBSyxRQUFRLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJLElBQUksY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJLE1BQU0sS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhQyxXQUFVLE1BQVMsQ0FBQztBQUU3SyxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFVBQVU7QUFDZCxRQUFJQSxVQUFTLFVBQVU7QUFFckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTO0FBQ3hDLGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBYyxPQUFPLFFBQVFBLFVBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ3hGO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVM7QUFDYixlQUFXLE9BQU8sT0FBTztBQUN2QixZQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxVQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNyRztBQUNBLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxPQUFPLFVBQVU7QUFBQSxFQUMvRjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxNQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sUUFBUSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUM5RTtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssT0FBTyxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLE1BQU0sYUFBYSxFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDdkc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsTUFBTSxVQUFVLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNwRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFDRjs7O0FHMVJPLFNBQVMsUUFBUSxVQUFrQkMsU0FBa0M7QUFDMUUsTUFBSUEsUUFBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sMEJBQTBCO0FBQ25FLGFBQVcsU0FBU0EsUUFBUSxLQUFJLFdBQVcsTUFBTSxPQUFRLFFBQU8sTUFBTTtBQUN0RSxTQUFPQSxRQUFPQSxRQUFPLFNBQVMsQ0FBQyxFQUFHO0FBQ3BDO0FBRU8sU0FBUyxPQUFPLFFBQStDO0FBQ3BFLE1BQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxRQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxRQUFNLE1BQU0sS0FBSyxNQUFNLE9BQU8sU0FBUyxDQUFDO0FBQ3hDLFNBQU8sT0FBTyxTQUFTLElBQUksT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNLENBQUMsSUFBSyxPQUFPLEdBQUcsS0FBTTtBQUMvRTtBQUdPLElBQU0sZUFBZTtBQU1yQixTQUFTLFdBQVcsWUFBb0IsSUFBYSxtQkFBMkIsU0FBeUI7QUFDOUcsU0FBTyxNQUFNLGFBQWEsWUFBWSxvQkFBb0IsV0FBVztBQUN2RTs7O0FKZE8sU0FBUyxxQkFBNkI7QUFDM0MsVUFBUSxLQUFLLElBQUksSUFBSSxLQUFLLFNBQVMsYUFBYTtBQUNsRDtBQUlBLElBQUksYUFBYTtBQUdWLFNBQVMsV0FBV0MsU0FBa0M7QUFDM0QsZUFBYTtBQUNiLFFBQU0sT0FBTyxRQUFRLG1CQUFtQixHQUFHQSxPQUFNO0FBQ2pELE9BQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixTQUFPO0FBQ1Q7QUFTTyxTQUFTLFdBQVcsWUFBb0JBLFNBQTBCLFdBQW1CLFVBQTZCLFVBQVUsSUFBVztBQUM1SSxRQUFNLFFBQVEsSUFBSUMsT0FBTSxVQUFVO0FBQ2xDLFFBQU0sbUJBQTZCLENBQUM7QUFDcEMsTUFBSTtBQUNKLGtCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFFBQUksQ0FBQyxXQUFZO0FBQ2pCLFVBQU0sUUFBUSxRQUFRLG1CQUFtQixHQUFHRCxPQUFNO0FBQ2xELFNBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixRQUFJLFVBQVUsV0FBVztBQUN2QixVQUFJLEdBQUksa0JBQWlCLEtBQUssVUFBVTtBQUN4Qyx3QkFBa0I7QUFBQSxJQUNwQixXQUFXLFNBQVMsU0FBUyxLQUFLLEdBQUc7QUFDbkMsMEJBQW9CLE9BQU8sZ0JBQWdCO0FBQzNDLFVBQUksb0JBQW9CLE9BQVcsT0FBTSxJQUFJLFdBQVcsWUFBWSxJQUFJLGlCQUFpQixPQUFPLENBQUM7QUFBQSxJQUNuRztBQUFBLEVBQ0YsQ0FBQztBQUNELFNBQU87QUFDVDs7O0FLeERPLFNBQVMsVUFBVUUsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSyxRQUFRLFlBQVksQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUMsQ0FBRTtBQUN2SDtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLLEVBQUUsUUFBUSxZQUFZLEdBQUcsRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZHOzs7QUM2Qk8sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksT0FBTyxJQUFJLE1BQU0sVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVcsTUFBTSxNQUFNLE9BQU8sUUFBUSxJQUFJLEVBQUUsQ0FBQztBQUFBLElBQzFLO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQyxFQUFHLE1BQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDdkgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUcsRUFBRSxVQUFVLEVBQUUsU0FBUyxHQUFHLEtBQUssRUFBRSxPQUFPLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNuSixXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLFVBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDL0U7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVMsUUFBUyxRQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxFQUFFLFFBQVEseUJBQXlCLEdBQUc7QUFDOUYsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsY0FBYyxNQUEyQjtBQUN2RCxRQUFNLFNBQVMsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQzFELFFBQU0sTUFBTSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDM0QsTUFBSSxXQUFXLFFBQVEsUUFBUSxLQUFNLFFBQU87QUFDNUMsUUFBTSxVQUFVLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQ3hFLFFBQU0sU0FBUyxZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFDekUsU0FBTztBQUFBLElBQ0wsaUNBQWlDLFlBQVksUUFBUSxPQUFPLENBQUM7QUFBQSxJQUM3RCxXQUFXLFlBQVksS0FBSyxPQUFPLENBQUM7QUFBQSxJQUNwQyxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLE9BQU87QUFBQSxFQUM1QixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUNoSE8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1QztBQUNwRixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDM0MsUUFBTUMsYUFBWSxLQUFLLE9BQU8scUJBQXFCLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDdkUsUUFBTSxRQUFRLFVBQVUsZUFBZUQsU0FBUSxRQUFRLEVBQUU7QUFDekQsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDNUIsVUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxVQUFNLFdBQVcsVUFBVSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztBQUMxRCxVQUFNLE9BQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFFBQUksRUFBRSxHQUFJLFFBQU8sR0FBRyxJQUFJLHdCQUF3QixRQUFRO0FBQ3hELFdBQU8sR0FBRyxJQUFJO0FBQUEsMEJBQTZCLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUscUJBQXFCLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQywrQkFBK0IsUUFBUTtBQUFBO0FBQUEsRUFDaEwsQ0FBQztBQUNELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSx5Q0FBeUMsS0FBSyxNQUFNLGVBQWUsUUFBUSxzQkFBc0JDLFFBQU87QUFBQSxJQUN4RyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssTUFBTSxlQUFlLFFBQVEsa0NBQWtDQSxRQUFPO0FBQUEsSUFDbEgsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDdEJPLFNBQVMsZUFBZSxNQUFtQkMsVUFBdUM7QUFDdkYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3pDLFFBQU0sUUFBUTtBQUFBLElBQ1osb0JBQW9CLG1CQUFtQkEsU0FBUSxRQUFRLENBQUMsT0FBTyxXQUFXLElBQUksU0FBUyxLQUFLLE1BQU0sdUJBQXVCLEtBQUssTUFBTSxPQUFPLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxJQUMxSztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLFFBQVEsbUJBQW1CLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxRQUFRLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLElBQUk7QUFBQSxFQUM5STtBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssSUFBSSw0REFBNEQscUNBQXFDO0FBQ2hILGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sS0FBSyxLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQyxJQUFJO0FBQUEsSUFDck87QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksbUJBQW1CLGNBQWMsSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUMxRCxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNuQk8sSUFBTSx5QkFBeUI7QUF1Qi9CLFNBQVMsYUFBYSxNQUFtQixNQUF3QjtBQUN0RSxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksU0FBUyxPQUFPLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksU0FBUyxFQUFFO0FBQzNILFFBQU0sV0FBVyxLQUFLLFNBQVMsb0JBQW9CLEtBQUssU0FBUztBQUNqRSxTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsV0FDUDtBQUFBLE1BQ0UsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLE1BQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxNQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsTUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsSUFDM0UsSUFDQTtBQUFBLEVBQ047QUFDRjs7O0FDeENBLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsYUFBYSxxQkFBcUIsb0JBQW9CLHVCQUF1Qiw0QkFBNEIsb0JBQW9CLG9CQUFvQixzQkFBc0IsbUJBQW1CLGNBQWMsc0JBQXNCLHNCQUFzQixPQUFPLFdBQVcsYUFBYSxpQkFBaUIsVUFBVSxnQkFBZ0IsQ0FBQztBQUN6VixJQUFNLFdBQVcsQ0FBQyxTQUFpQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUzSCxTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUQ7QUFDcEcsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU0sS0FBSyxFQUFFLEtBQUssZUFBZUEsU0FBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQyxFQUFFLENBQUM7QUFDeE8sUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxhQUFXLEtBQUssWUFBWTtBQUMxQixVQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsVUFBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDN0c7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFDakssZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTSxLQUFLLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxZQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzdMO0FBQUEsRUFDRjtBQUNBLFFBQU1DLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFFBQU0sV0FBVyxZQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFFBQU0sYUFBYSxZQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsUUFBTSxLQUFLLEtBQUssWUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNBLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsWUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQkEsU0FBUSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQ2hPLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNLEtBQUssYUFBYSxZQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVksWUFBWSxZQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sYUFBYSxZQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTSxZQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUMsR0FBRztBQUN2UCxRQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxPQUFPLFFBQVEsRUFBRSxLQUFLO0FBQ3JFLE1BQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLGVBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixZQUFNLElBQUksRUFBRTtBQUNaLFlBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLFlBQU1GLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBTyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVCxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCLFlBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLFlBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUlBLEtBQUksRUFBRTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLEtBQUssY0FBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ3BEQSxJQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFFeEQsU0FBUyxrQkFBa0IsTUFBOEM7QUFDOUUsU0FBTyxTQUFTRyxlQUFjLE1BQTJDO0FBQ3ZFLFVBQU0sTUFBOEIsRUFBRSxRQUFRLFlBQVksTUFBTSxFQUFFLFVBQVUsS0FBSyxVQUFVLE9BQU8sS0FBSyxPQUFPLGdCQUFnQixLQUFLLENBQUMsRUFBRTtBQUN0SSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVUsYUFBYSxNQUFNO0FBQUEsUUFDakMsVUFBVSxLQUFLO0FBQUEsUUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsUUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsUUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLE1BQ3RDLENBQUM7QUFFRCxZQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUNoRSxVQUFJLEdBQUcsR0FBRyxZQUFZLElBQUksWUFBWSxNQUFNLElBQUk7QUFDaEQsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsTUFBTSxJQUFJO0FBQUEsSUFDdEQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUM5QkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU9DLFdBQVU7QUFDakIsT0FBTyxhQUFhO0FBQ3BCLE9BQU9DLFdBQVU7QUFZakIsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZ0JBQWdCO0FBRXRCLFNBQVMsTUFBTSxTQUF3QjtBQUNyQyxFQUFBQyxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDekI7QUFFQSxTQUFTLE1BQU0sU0FBdUI7QUFDcEMsUUFBTUMsT0FBTSxHQUFHLE9BQU87QUFDdEIsUUFBTSxNQUFNQyxNQUFLLElBQUlELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsTUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQixVQUFNLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYSwrQ0FBK0M7QUFBQSxFQUM1SjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU0sMkVBQTJFO0FBQUEsRUFDaEk7QUFDRjtBQUVBLFNBQVMsTUFBTSxRQUFtQkUsU0FBZ0IsTUFBb0I7QUFDcEUsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxRQUFPLE1BQU0sSUFBSTtBQUM3QyxRQUFNLFNBQVMsT0FBTyxNQUFNLE9BQU8sUUFBUTtBQUMzQyxNQUFJLENBQUMsT0FBTyxNQUFNO0FBQ2hCLFVBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLFVBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxTQUFTLGNBQWMsU0FBUyxZQUFZO0FBQUEsRUFDNUk7QUFDQSxTQUFPLE9BQU8sS0FBSztBQUNyQjtBQUVBLFNBQVMsWUFBWSxRQUFtQixPQUFlQSxTQUFzQjtBQUMzRSxRQUFNLE9BQWEsQ0FBQztBQUNwQixRQUFNLFlBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsVUFBTSxVQUFVLE9BQU8sYUFBYSxFQUFFLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQyxJQUFJLE9BQU8sZ0JBQWdCLE9BQU8sWUFBWSxlQUFlLEVBQUUsQ0FBQztBQUNwSSxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sZ0RBQWdELFFBQVEsTUFBTSxJQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxjQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsU0FBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO0FBQUEsRUFDL0I7QUFDQSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCO0FBQzFELGFBQVcsU0FBUyxNQUFNO0FBQ3hCLGVBQVM7QUFDUCxZQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxVQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLFVBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLDZEQUE2REEsUUFBTyxrQkFBa0IsSUFBSTtBQUMzSCxZQUFNLEdBQUc7QUFBQSxJQUNYO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9BLGVBQWUsb0JBQW9CQSxTQUFpQztBQUNsRSxRQUFNLFFBQVEsRUFBRSxHQUFHQSxRQUFPLE1BQU07QUFDaEMsYUFBVyxRQUFRLENBQUMsV0FBVyxTQUFTLE9BQU8sR0FBWTtBQUN6RCxRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSSxFQUFFLEdBQUcsTUFBTSxJQUFJLEdBQUcsU0FBUztBQUFBLElBQ3pELFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxHQUFHQSxTQUFRLE1BQU07QUFDNUI7QUFFQSxlQUFzQixXQUFXLFdBQW1CQyxXQUE2QixFQUFFLE1BQU0sS0FBSyxHQUFxQjtBQUNqSCxRQUFNLFVBQVUsT0FBTztBQUN2QixRQUFNRCxVQUFTLE1BQU0sb0JBQW9CLFNBQVM7QUFDbEQsUUFBTSxZQUFZLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUErQjtBQUFBLElBQ25DLFNBQVMsTUFBTSxXQUFXQSxTQUFRLFNBQVM7QUFBQSxJQUMzQyxPQUFPLE1BQU0sV0FBV0EsU0FBUSxPQUFPO0FBQUEsSUFDdkMsT0FBTyxNQUFNLFdBQVdBLFNBQVEsT0FBTztBQUFBLEVBQ3pDO0FBQ0EsUUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQ3hGLFFBQU0sa0JBQWtCQyxTQUFRLE9BQU8sWUFBWSxVQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0QsT0FBTSxJQUFJLENBQUM7QUFDbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxnQkFBZ0I7QUFDMUM7OztBQ3BHQSxTQUFTLFdBQUFFLFVBQVMsTUFBTSxTQUFBQyxjQUFhO0FBRzlCLElBQU0sc0JBQXNCLElBQUlBLE9BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSUEsT0FBTSx3QkFBd0IsSUFBSTtBQUVqRSxJQUFNLDZCQUE2QixJQUFJQSxPQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSUQsU0FBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJQSxTQUFRLGlCQUFpQjs7O0FDVjNELElBQU0sb0JBQW9CO0FBQzFCLElBQUksZUFBZTtBQUVuQixJQUFNLGFBQW1ELENBQUM7QUFFbkQsU0FBUyxZQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsUUFBTSxPQUFRLFdBQVcsSUFBSSxNQUFNLEVBQUUsVUFBVSxLQUFLO0FBQ3BELE1BQUk7QUFDRixvQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO0FBQUEsRUFDekMsU0FBUyxPQUFPO0FBQ2Qsb0JBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLG1CQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFFBQUksaUJBQWlCLG1CQUFtQjtBQUN0QyxjQUFRLE1BQU0sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQUEsSUFDdEg7QUFBQSxFQUNGO0FBQ0Y7OztBQ3BCQSxTQUFTLGFBQWE7QUFDdEIsT0FBT0UsV0FBVTs7O0FDRGpCLFNBQVMsU0FBQUMsY0FBYTtBQVN0QixTQUFTLGNBQWMsTUFBaUMsSUFBbUQ7QUFDekcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsUUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsU0FBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQy9DO0FBRUEsU0FBUyxlQUFlLEtBQWdCO0FBQ3RDLGFBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsVUFBTSxLQUFLLFFBQVEsZUFBZSxjQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsUUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxxQkFBb0IsSUFBSSxFQUFFO0FBQUEsRUFDMUY7QUFDQSxRQUFNLFFBQVEsY0FBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELE1BQUksVUFBVSxPQUFXLG9CQUFtQixJQUFJLEtBQUs7QUFDdkQ7QUFHTyxTQUFTLGdCQUFnQixRQUFtQixVQUFjLGVBQXVCLFVBQXFDO0FBQzNILFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxNQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLHFCQUFpQixJQUFJLElBQUk7QUFDekIsV0FBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7QUFBQSxFQUM1QztBQUNBLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxNQUFJO0FBQ0osU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLElBQUFDLE9BQU0sYUFBYTtBQUNuQixVQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFFBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsVUFBTSxPQUFPO0FBQ2IsUUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtBQUFBLEVBQzdEO0FBQ0EsUUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxtQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsTUFBSSxhQUFhLEtBQUs7QUFDcEIsK0JBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxtQkFBZSxHQUFHO0FBQUEsRUFDcEI7QUFDQSxTQUFPLEVBQUUsV0FBVyxJQUFJO0FBQzFCOzs7QUNqREEsU0FBUyxTQUFBQyxjQUFhO0FBR2YsU0FBUyxNQUFNLE9BQTJDO0FBQy9ELFFBQU1DLFdBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELE1BQUlBLFdBQVUsRUFBRyxDQUFBRCxPQUFNQyxRQUFPO0FBQ2hDO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUNwRyxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDeEQsTUFBSSxRQUFRLFNBQVM7QUFDckIsYUFBVyxLQUFLLE9BQU87QUFDckIsYUFBUyxFQUFFO0FBQ1gsUUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO0FBQUEsRUFDMUI7QUFDQSxTQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztBQUNsQztBQUdPLFNBQVMsUUFBVyxPQUFvQztBQUM3RCxTQUFPLE1BQU0sV0FBVyxJQUFJLFNBQVksTUFBTSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksTUFBTSxNQUFNLENBQUM7QUFDeEY7OztBRlZBLElBQUksVUFBcUMsQ0FBQztBQUUxQyxTQUFTLFVBQVUsS0FBYyxPQUEwQjtBQUN6RCxTQUFRLFFBQVEsS0FBSyxNQUFNLElBQUksVUFBVSxJQUFJLE9BQU8sU0FBUyxJQUFJLE9BQU8sYUFBYSxLQUFLO0FBQzVGO0FBT08sU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CO0FBQzlGO0FBRUEsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUczRSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFFBQU0sVUFBVSxRQUFRLFNBQVM7QUFDakMsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxLQUFLLFFBQVEsSUFBSSxLQUFLLGVBQWU7QUFDM0MsYUFBTyxPQUFPLFVBQWEsV0FBVyxRQUFRLEVBQUU7QUFBQSxJQUNsRDtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxRQUFRO0FBQUEsSUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLFlBQU0sVUFBVSxPQUFPLGFBQWEsRUFBRSxPQUFPLFlBQVksV0FBVyxHQUFHLEdBQUcsT0FBTyxXQUFXLE9BQU8sWUFBWSxlQUFlLEVBQUUsQ0FBQztBQUNqSSxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIscUJBQWUsSUFBSSxDQUFDO0FBQ3BCLFlBQU0sV0FBVyxPQUFPLFVBQVUsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUNuRCxhQUFPLFlBQVksT0FBTyxhQUFhLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFBQSxJQUMxRDtBQUFBLEVBQ0Y7QUFDRjtBQUdPLElBQU0sY0FBd0IsQ0FBQyxRQUNwQyxNQUFNLGdCQUFnQixNQUFNO0FBQzFCLFFBQU0sU0FBUyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sT0FBTztBQUNyRCxNQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLFdBQVMsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRO0FBQ25DLFNBQUssYUFBYSxZQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsVUFBTSxJQUFJLE9BQU8sVUFBVTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNULENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxFQUFFLFFBQUFDLFFBQU8sSUFBSTtBQUNuQixRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLEtBQUs7QUFDbkQsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixRQUFNQSxRQUFPLFVBQVU7QUFDdkIsTUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFFBQU0sYUFBYSxnQkFBZ0IsUUFBUSxJQUFJQSxRQUFPLGVBQWVBLFFBQU8sa0JBQWtCO0FBQzlGLE9BQUssV0FBVyxhQUFhO0FBQzdCLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssV0FBVyxRQUFRLEVBQUUsS0FBSztBQUMvQixVQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBSyxPQUFPLGFBQWEsSUFBSSxRQUFRLGNBQWMsS0FBSyxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3hFO0FBQ0EsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQU8sT0FBTyxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3ZDLENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxLQUFLO0FBQ25ELE1BQUksS0FBSyxPQUFPLFdBQVcsRUFBRTtBQUM3QixRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLE9BQUssT0FBTyxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQ2hDLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFdBQVcsRUFBRSxNQUFNO0FBQy9CLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFFM0IsUUFBTSxZQUFZLE9BQU8sWUFBWSxFQUFFLEdBQUcsU0FBUyxPQUFPLEdBQUcsQ0FBQyxFQUFFLE1BQU0sU0FBUyxDQUFDO0FBQ2hGLGFBQVcsVUFBVSxVQUFVLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLEtBQUssQ0FBQyxFQUFFLE1BQU0sR0FBRyxDQUFDLEdBQUc7QUFDM0YsU0FBSyxPQUFPLGFBQWEsT0FBTyxFQUFFLEVBQUUsTUFBTTtBQUFBLEVBQzVDO0FBQ0EsU0FBTztBQUNULENBQUM7OztBR2pISSxTQUFTLG9CQUFvQkMsU0FBZ0IsWUFBb0JDLFFBQTBFO0FBQ2hKLFFBQU0sUUFBUSxXQUFXLFlBQVlELFFBQU8sT0FBTztBQUNuRCxTQUFPO0FBQUEsSUFDTCxlQUFlQyxPQUFNLGdCQUFnQixNQUFNLE9BQU87QUFBQSxJQUNsRCxhQUFhQSxPQUFNLGNBQWMsTUFBTSxLQUFLO0FBQUEsSUFDNUMsYUFBYUEsT0FBTSxjQUFjLE1BQU0sS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQkQsU0FBZ0IsYUFBeUIsTUFBTSxRQUFXO0FBQ3hGLFFBQU1FLFFBQU8sQ0FBQyxNQUFjLGFBQXVCLENBQUMsU0FBd0I7QUFDMUUsZUFBVztBQUNYLGdCQUFZLE1BQU0sVUFBVSxFQUFFLFFBQUFGLFNBQVEsS0FBSyxDQUFDO0FBQUEsRUFDOUM7QUFDQSxTQUFPLEVBQUUsY0FBY0UsTUFBSyxXQUFXLFdBQVcsR0FBRyxZQUFZQSxNQUFLLFNBQVMsU0FBUyxHQUFHLFlBQVlBLE1BQUssU0FBUyxTQUFTLEVBQUU7QUFDbEk7OztBQ3BCQSxJQUFNLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFFL0IsU0FBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLE1BQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxNQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxTQUFPLFFBQVE7QUFDakI7QUFHTyxTQUFTLGFBQWEsU0FBa0IsV0FBd0M7QUFDckYsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLFFBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLE1BQ3BEO0FBQUEsSUFDRjtBQUFBLElBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzdGLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxJQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsU0FBMEI7QUFDckQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxJQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLFNBQTBCO0FBQ3hELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSx5QkFBeUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEVBQUU7QUFBQSxJQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsRUFDOUY7QUFDRjs7O0FDdERBLElBQU1DLFVBQVMsY0FBYyxNQUFNO0FBQ25DLElBQU0sWUFBWSxVQUFVLE9BQU8saUJBQWlCLE1BQU0sRUFBRSxLQUFLLElBQUksS0FBSyxJQUFJLE9BQVEsU0FBUyxNQUFNLE1BQU0sNEJBQTRCLENBQUM7QUFDeEksSUFBTSxZQUFZLFVBQVUsT0FBTyxjQUFjLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTUEsUUFBTyxrQkFBa0IsQ0FBQyxDQUFDLEdBQUcsRUFBRSxLQUFLLEdBQUcsS0FBSyxLQUFTLFNBQVMsS0FBSyxDQUFDO0FBQzdJLElBQU0sYUFBYSxVQUFVLE9BQU8sb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFDakYsSUFBTSxTQUFrQjtBQUFBLEVBQ3RCLEVBQUUsTUFBTSxTQUFTLFFBQVEsWUFBWSxHQUFHO0FBQUEsRUFDeEMsRUFBRSxNQUFNLFVBQVUsUUFBUyxZQUFZLElBQUssR0FBRztBQUFBLEVBQy9DLEVBQUUsTUFBTSxPQUFPLFFBQVEsU0FBUztBQUNsQztBQUNBLFdBQVcsc0JBQXNCLFFBQVEsU0FBUyxDQUFDLEtBQUssQ0FBQztBQUVsRCxJQUFNLFVBQVUsYUFBYUEsU0FBUSxPQUFPO0FBQUEsRUFDakQsV0FBVztBQUFBLEVBQ1gsa0JBQWtCO0FBQUEsRUFDbEIsV0FBVztBQUFBLElBQ1QsR0FBRyxvQkFBb0JBLFNBQVEsV0FBVyxDQUFDQyxPQUFNLFFBQVEsY0FBY0EsT0FBTSxLQUFLLFNBQVMsQ0FBQztBQUFBLEVBQzlGO0FBQUEsRUFDQSxPQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxXQUFXLENBQUMsRUFBRTtBQUFBLElBQ3JGLEVBQUUsUUFBUSxxQkFBcUIsTUFBTSxFQUFFLE9BQU8sT0FBTyxPQUFPLE1BQU0sR0FBRyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9ELFFBQU8sUUFBUSxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3pJLEdBQUcsYUFBYUEsUUFBTyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ2xDLEdBQUcsV0FBV0EsUUFBTyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ2hDLEdBQUcsYUFBYUEsUUFBTyxPQUFPO0FBQUEsSUFDOUIsR0FBRyxnQkFBZ0JBLFFBQU8sT0FBTztBQUFBLElBQ2pDLEdBQUcsV0FBVztBQUFBLEVBQ2hCO0FBQ0YsRUFBRTtBQUdLLElBQU0sZ0JBQWdCLGtCQUFrQixFQUFFLFVBQVUsT0FBTyxDQUFDO0FBRTVELFNBQVMsUUFBMEI7QUFDeEMsU0FBTyxXQUFXQSxPQUFNO0FBQzFCO0FBRU8sSUFBTSxFQUFFLGNBQWMsWUFBWSxXQUFXLElBQUksZ0JBQWdCQSxTQUFRLE1BQU0sV0FBVyxNQUFNLENBQUM7IiwKICAibmFtZXMiOiBbImR1cmF0aW9uUyIsICJjb25maWciLCAidGV4dCIsICJkdXJhdGlvblMiLCAid2VpZ2h0cyIsICJleGVjIiwgImR1cmF0aW9uUyIsICJjb25maWciLCAicG9sbFJlc291cmNlcyIsICJUcmVuZCIsICJodHRwIiwgImh0dHAiLCAic2hhcGUiLCAicGhhc2VzIiwgInBoYXNlcyIsICJUcmVuZCIsICJ0ZXh0IiwgImV4cHJlc3Npb24iLCAib3B0aW9ucyIsICJzZWNvbmRzIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgImV4ZWMiLCAiaHR0cCIsICJleGVjIiwgInVybCIsICJodHRwIiwgImNvbmZpZyIsICJvcHRpb25zIiwgIkNvdW50ZXIiLCAiVHJlbmQiLCAiZXhlYyIsICJzbGVlcCIsICJzbGVlcCIsICJzbGVlcCIsICJzZWNvbmRzIiwgImV4ZWMiLCAiY29uZmlnIiwgImNvbmZpZyIsICJzaGFwZSIsICJleGVjIiwgImNvbmZpZyIsICJleGVjIl0KfQo=
