// scenarios/interactive.ts
import exec4 from "k6/execution";

// lib/http/api.ts
import { check } from "k6";
import http from "k6/http";

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
  return statusCallbacks[status] ??= http.expectedStatuses(status);
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
    const res = http.request(method, `${this.baseUrl}${path}`, withPayload ? JSON.stringify(payload) : null, this.paramsFor(endpoint, expected, withPayload, shape2 !== void 0));
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

// lib/config/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

// lib/config/interactive.ts
var MAX_POOL_VUS = 2e3;
function parseInteractive(env) {
  const controlUrl = env.CONTROL_URL?.trim();
  if (!controlUrl || !/^http:\/\/(127\.\d+\.\d+\.\d+|\[::1\]|localhost):\d+$/.test(controlUrl)) {
    throw new ConfigError(`invalid CONTROL_URL=${JSON.stringify(env.CONTROL_URL ?? "")}: expected the controller's loopback URL, e.g. http://127.0.0.1:8089 (npm run ui sets it)`);
  }
  return { controlUrl, poolVus: envNumber(env, "PERFORMANCE_INTERACTIVE_POOL", 100, { min: 1, max: MAX_POOL_VUS, integer: true }) };
}

// lib/users/setup.ts
import { sleep } from "k6";
import exec from "k6/execution";
import secrets from "k6/secrets";
import http2 from "k6/http";
var SEED_COURSES = 3;
var PROBE_TIMEOUT = "5s";
function abort(message) {
  exec.test.abort(message);
  throw new Error(message);
}
function probe(baseUrl) {
  const url2 = `${baseUrl}/health`;
  const res = http2.get(url2, { timeout: PROBE_TIMEOUT, tags: { scope: "setup", name: "GET /health (setup probe)" } });
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

// lib/metrics/resources.ts
import exec2 from "k6/execution";
import http3 from "k6/http";
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
  const res = http3.get(`${sidecarUrl}/samples?since=${cursor}`, POLL);
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
  if (typeof body.refused === "string") exec2.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
}
function recordMemoryGrowth(sidecarUrl) {
  const res = http3.get(`${sidecarUrl}/summary`, POLL);
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
function classOfUser(n, weights2) {
  const classes = ["regular", "power", "admin"];
  const assigned = { regular: 0, power: 0, admin: 0 };
  let chosen = "regular";
  for (let i = 1; i <= n; i++) {
    let best = -Infinity;
    for (const c of classes) {
      if (weights2[c] === 0) continue;
      const deficit = weights2[c] * i / 100 - assigned[c];
      if (deficit > best) {
        best = deficit;
        chosen = c;
      }
    }
    assigned[chosen]++;
  }
  return chosen;
}
function wholeRate(perSecond) {
  return Number.isInteger(perSecond) ? { rate: perSecond, timeUnit: "1s" } : { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: "1m" };
}
function constantRate(exec5, perSecond, durationS, maxVUs, startTime = "0s") {
  return {
    executor: "constant-arrival-rate",
    exec: exec5,
    ...wholeRate(perSecond),
    duration: `${durationS}s`,
    preAllocatedVUs: Math.min(maxVUs, Math.max(1, Math.ceil(perSecond))),
    maxVUs,
    startTime
  };
}
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

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

// lib/load/control.ts
import http4 from "k6/http";
import { sleep as sleep2 } from "k6";
import { Counter as Counter2 } from "k6/metrics";
var usersActive = new Counter2("users_active");
function controlledPool(exec5, vus, durationS) {
  return { executor: "constant-vus", exec: exec5, vus, duration: `${durationS}s`, gracefulStop: "30s" };
}
var POLL2 = { tags: { scope: "control", name: "control" }, responseCallback: null, timeout: "2s" };
var POLL_EVERY_MS = 1e3;
var state = { users: 0, paused: true };
var readAt = 0;
var working = false;
function controlState(controlUrl) {
  if (Date.now() - readAt < POLL_EVERY_MS) return state;
  readAt = Date.now();
  const res = http4.get(`${controlUrl}/control`, POLL2);
  if (res.status === 200) {
    try {
      const body = JSON.parse(res.body);
      if (typeof body.users === "number" && typeof body.paused === "boolean") state = body;
    } catch {
    }
  }
  return state;
}
function setWorking(now) {
  if (now !== working) usersActive.add(now ? 1 : -1);
  working = now;
}
function waitForTurn(controlUrl, vu, maxWaitS = 60) {
  const until = Date.now() + maxWaitS * 1e3;
  for (; ; ) {
    const now = controlState(controlUrl);
    const turn = !now.paused && vu <= now.users;
    setWorking(turn);
    if (turn) return true;
    if (Date.now() >= until) return false;
    sleep2(0.25);
  }
}
function holdWhilePaused(controlUrl, maxWaitS = 600) {
  const until = Date.now() + maxWaitS * 1e3;
  let held = false;
  while (controlState(controlUrl).paused && Date.now() < until) {
    held = true;
    setWorking(false);
    sleep2(0.25);
  }
  if (held) setWorking(true);
}

// lib/workflows/pacing.ts
import { sleep as sleep3 } from "k6";
var holdPoint;
function setHoldPoint(hold) {
  holdPoint = hold;
}
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
    sleep4(pollIntervalS);
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

// scenarios/interactive.ts
var config2 = guardedConfig("interactive");
var settings = parseInteractive(__ENV);
var options = entryOptions(config2, () => ({
  wallTimeS: config2.durationS,
  scenarios: {
    users: controlledPool("interactiveUsers", settings.poolVus, config2.durationS),
    health_probe: constantRate("healthProbe", 1, config2.durationS, 2)
  },
  gates: [
    ...latencyGates(config2.targets, ENDPOINTS),
    ...errorGates(config2.targets, ENDPOINTS),
    ...abortGates(),
    ...successGates(config2.targets),
    ...generationGates(config2.targets)
  ]
}));
options.thresholds["http_reqs{scope:api}"] = [];
var handleSummary = makeHandleSummary({ scenario: "interactive" });
function setup() {
  return prepareRun(config2);
}
var workflows = populationExecs(config2);
var byClass = { regular: workflows.regularUsers, power: workflows.powerUsers, admin: workflows.adminUsers };
setHoldPoint(() => holdWhilePaused(settings.controlUrl));
function interactiveUsers(data) {
  const vu = exec4.vu.idInTest;
  if (!waitForTurn(settings.controlUrl, vu)) return;
  byClass[classOfUser(vu, config2.weights)](data);
}
var probe2 = new ApiClient(config2.baseUrl, config2.apiTimeoutS);
function healthProbe() {
  probe2.health();
}
export {
  handleSummary,
  healthProbe,
  interactiveUsers,
  options,
  pollResources2 as pollResources,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vc2NlbmFyaW9zL2ludGVyYWN0aXZlLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2Vudi50cyIsICIuLi9saWIvY29uZmlnL2ludGVyYWN0aXZlLnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCAiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvcmVwb3J0L2VzY2FwZS50cyIsICIuLi9saWIvcmVwb3J0L3N1bW1hcnktZGF0YS50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsICIuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzIiwgIi4uL2xpYi9sb2FkL2NvbnRyb2wudHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wb3B1bGF0aW9uLnRzIiwgIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFN0ZWVyZWQgZnJvbSBhIGJyb3dzZXIgcGFnZSAobnBtIHJ1biB1aSk6IGEgcG9vbCBvZiBWVXMgcnVubmluZyB0aGUgcmVndWxhci9wb3dlci9hZG1pblxuLy8gd29ya2Zsb3dzLCBvZiB3aGljaCB0aGUgcGFnZSBkZWNpZGVzIGhvdyBtYW55IHdvcmsgKGFuZCBwYXVzZXMgdGhlbSksIGJlc2lkZSB0aGUgaGVhbHRoIHByb2JlXG4vLyBhbmQgdGhlIHNlcnZlci1yZXNvdXJjZXMgcG9sbGVyLCBhZ2FpbnN0IHRoZSBsb2FkIGVudHJ5J3MgZ2F0ZXMuIFJ1bnMgUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTlxuLy8gc2Vjb25kcyB1bmxlc3Mgc3RvcHBlZCBmaXJzdCAodGhlIHBhZ2Ugc3RvcHMgaXQgdGhyb3VnaCBrNidzIFJFU1QgQVBJKS4gSG93IHRoZSBzdGVlcmluZyB3b3Jrcyxcbi8vIGFuZCB3aHkgaXQgaXMgbm90IGs2J3MgUkVTVCBBUEk6IGxpYi9sb2FkL2NvbnRyb2wudHMuXG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHsgQXBpQ2xpZW50IH0gZnJvbSAnLi4vbGliL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7IEVORFBPSU5UUyB9IGZyb20gJy4uL2xpYi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBndWFyZGVkQ29uZmlnIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHsgcGFyc2VJbnRlcmFjdGl2ZSB9IGZyb20gJy4uL2xpYi9jb25maWcvaW50ZXJhY3RpdmUudHMnO1xuaW1wb3J0IHsgcHJlcGFyZVJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vbGliL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IGNsYXNzT2ZVc2VyLCBjb25zdGFudFJhdGUgfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgY29udHJvbGxlZFBvb2wsIGhvbGRXaGlsZVBhdXNlZCwgd2FpdEZvclR1cm4gfSBmcm9tICcuLi9saWIvbG9hZC9jb250cm9sLnRzJztcbmltcG9ydCB7IHNldEhvbGRQb2ludCB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzJztcbmltcG9ydCB7IHBvcHVsYXRpb25FeGVjcyB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlcnJvckdhdGVzLCBnZW5lcmF0aW9uR2F0ZXMsIGxhdGVuY3lHYXRlcywgc3VjY2Vzc0dhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ2ludGVyYWN0aXZlJyk7XG5jb25zdCBzZXR0aW5ncyA9IHBhcnNlSW50ZXJhY3RpdmUoX19FTlYpO1xuXG5leHBvcnQgY29uc3Qgb3B0aW9ucyA9IGVudHJ5T3B0aW9ucyhjb25maWcsICgpID0+ICh7XG4gIHdhbGxUaW1lUzogY29uZmlnLmR1cmF0aW9uUyxcbiAgc2NlbmFyaW9zOiB7XG4gICAgdXNlcnM6IGNvbnRyb2xsZWRQb29sKCdpbnRlcmFjdGl2ZVVzZXJzJywgc2V0dGluZ3MucG9vbFZ1cywgY29uZmlnLmR1cmF0aW9uUyksXG4gICAgaGVhbHRoX3Byb2JlOiBjb25zdGFudFJhdGUoJ2hlYWx0aFByb2JlJywgMSwgY29uZmlnLmR1cmF0aW9uUywgMiksXG4gIH0sXG4gIGdhdGVzOiBbXG4gICAgLi4ubGF0ZW5jeUdhdGVzKGNvbmZpZy50YXJnZXRzLCBFTkRQT0lOVFMpLFxuICAgIC4uLmVycm9yR2F0ZXMoY29uZmlnLnRhcmdldHMsIEVORFBPSU5UUyksXG4gICAgLi4uYWJvcnRHYXRlcygpLFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyhjb25maWcudGFyZ2V0cyksXG4gICAgLi4uZ2VuZXJhdGlvbkdhdGVzKGNvbmZpZy50YXJnZXRzKSxcbiAgXSxcbn0pKTtcblxuLy8gTm8gdGhyZXNob2xkLCBvbmx5IGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMgazYgdGhlbiBrZWVwcyAoazYncyB3YXkgdG8gZW5hYmxlIG9uZSwgZ3JhZmFuYS9rNlxuLy8gIzEzMjEpOiB0aGUgcGFnZSdzIHJlcXVlc3RzIHBlciBzZWNvbmQgY291bnRzIEFQSSByZXF1ZXN0cywgbm90IHRoZSBWVXMnIGNvbnRyb2wgcG9sbHMuXG5vcHRpb25zLnRocmVzaG9sZHNbJ2h0dHBfcmVxc3tzY29wZTphcGl9J10gPSBbXTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ2ludGVyYWN0aXZlJyB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIHNldHVwKCk6IFByb21pc2U8UnVuRGF0YT4ge1xuICByZXR1cm4gcHJlcGFyZVJ1bihjb25maWcpO1xufVxuXG5jb25zdCB3b3JrZmxvd3MgPSBwb3B1bGF0aW9uRXhlY3MoY29uZmlnKTtcbmNvbnN0IGJ5Q2xhc3MgPSB7IHJlZ3VsYXI6IHdvcmtmbG93cy5yZWd1bGFyVXNlcnMsIHBvd2VyOiB3b3JrZmxvd3MucG93ZXJVc2VycywgYWRtaW46IHdvcmtmbG93cy5hZG1pblVzZXJzIH07XG5zZXRIb2xkUG9pbnQoKCkgPT4gaG9sZFdoaWxlUGF1c2VkKHNldHRpbmdzLmNvbnRyb2xVcmwpKTtcblxuZXhwb3J0IGZ1bmN0aW9uIGludGVyYWN0aXZlVXNlcnMoZGF0YTogUnVuRGF0YSk6IHZvaWQge1xuICBjb25zdCB2dSA9IGV4ZWMudnUuaWRJblRlc3Q7XG4gIGlmICghd2FpdEZvclR1cm4oc2V0dGluZ3MuY29udHJvbFVybCwgdnUpKSByZXR1cm47XG4gIGJ5Q2xhc3NbY2xhc3NPZlVzZXIodnUsIGNvbmZpZy53ZWlnaHRzKV0oZGF0YSk7XG59XG5cbmNvbnN0IHByb2JlID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbmV4cG9ydCBmdW5jdGlvbiBoZWFsdGhQcm9iZSgpOiB2b2lkIHtcbiAgcHJvYmUuaGVhbHRoKCk7XG59XG4iLCAiLy8gVHlwZWQgY2xpZW50IG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSBjb250cmFjdCAocGF0aHMgYW5kIHRhZ3MgY29tZSBmcm9tIHJvdXRlcy50cykuIEV2ZXJ5IHJlcXVlc3Rcbi8vIGNhcnJpZXMgYSBzdGFibGUgYGVuZHBvaW50YCB0YWcgKG5ldmVyIHRoZSBVUkwgd2l0aCBpZHMgaW4gaXQpLCB0aGUgYGFwaWAgc2NvcGUgYW5kIGEgdGVtcGxhdGVkXG4vLyBgbmFtZWAsIHNvIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnRzIGtlZXAgYSBzbWFsbCwgZml4ZWQgc2V0IG9mIHNlcmllcy5cbmltcG9ydCB7IGNoZWNrIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgcGF0aHMsIHJlcXVlc3RUYWdzLCB0eXBlIElkIH0gZnJvbSAnLi9yb3V0ZXMudHMnO1xuXG5leHBvcnQgdHlwZSB7IElkIH07XG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgdHlwZSBMZXZlbCA9ICdiZWdpbm5lcicgfCAnaW50ZXJtZWRpYXRlJyB8ICdhZHZhbmNlZCc7XG5leHBvcnQgdHlwZSBKb2JTdGF0dXMgPSAncXVldWVkJyB8ICdydW5uaW5nJyB8ICdjb21wbGV0ZWQnIHwgJ2ZhaWxlZCc7XG5leHBvcnQgdHlwZSBFeHBvcnRGb3JtYXQgPSAnanNvbicgfCAnbWFya2Rvd24nIHwgJ2h0bWwnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXJTdW1tYXJ5IHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgc3RhdHVzOiBzdHJpbmcgfVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2Uge1xuICBpZDogSWQ7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBjaGFwdGVycz86IENoYXB0ZXJTdW1tYXJ5W107XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZUxpc3QgeyBpdGVtczogQ291cnNlW107IHRvdGFsOiBudW1iZXI7IGxpbWl0OiBudW1iZXI7IG9mZnNldDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTmV3Q291cnNlIHsgdGl0bGU6IHN0cmluZzsgdG9waWM6IHN0cmluZzsgbGV2ZWw6IExldmVsOyBjaGFwdGVyX2NvdW50OiBudW1iZXI7IGxhbmd1YWdlPzogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHN0YXR1czogc3RyaW5nOyBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsOyBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDsgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGwgfVxuZXhwb3J0IGludGVyZmFjZSBKb2Ige1xuICBqb2JfaWQ6IElkO1xuICBjb3Vyc2VfaWQ6IElkO1xuICBzdGF0dXM6IEpvYlN0YXR1cztcbiAgY2hhcHRlcnNfdG90YWw6IG51bWJlcjtcbiAgY2hhcHRlcnNfY29tcGxldGVkOiBudW1iZXI7XG4gIGNoYXB0ZXJzOiBKb2JDaGFwdGVyW107XG4gIGNyZWF0ZWRfYXQ6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGVycm9yPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyIHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgY29udGVudDogc3RyaW5nOyB3b3JkX2NvdW50OiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBMb2dpbiB7IGFjY2Vzc190b2tlbjogc3RyaW5nOyB0b2tlbl90eXBlOiBzdHJpbmc7IHJvbGU6IFJvbGU7IGV4cGlyZXNfaW46IG51bWJlciB9XG5cbi8qKlxuICogV2hhdCBldmVyeSBjYWxsIHJldHVybnM6IHdoZXRoZXIgaXRzIGNoZWNrcyBwYXNzZWQsIHRoZSBzdGF0dXMsIGFuZCB0aGUgYm9keSB3aGVuIGl0IGhhZCB0aGVcbiAqIHJpZ2h0IHNoYXBlLiBUaGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZDogbW9zdCBjYWxsZXJzIG9ubHkgbmVlZCBgb2tgLCBhbmQgazYncyBKU09OLnBhcnNlXG4gKiBidWlsZHMgZXZlcnkgb2JqZWN0IG9mIGEgbGlzdCBpbiBKUyDigJQgYSBxdWFydGVyIG9mIGs2J3MgQ1BVIGluIHRoZSByZWd1bGFyLXVzZXIgd29ya2Zsb3cgYmVmb3JlXG4gKiB0aGlzIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdDxUPiB7XG4gIG9rOiBib29sZWFuO1xuICBzdGF0dXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgYm9keTogVCB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIE9uZSBmaWVsZCBvZiBhIEpTT04gYm9keSBieSBhIGs2IHNlbGVjdG9yIChgaXRlbXMuI2AsIGBpZGApOiByZWFkIGluIEdvLCBubyBKUyBvYmplY3QgYnVpbHQgZm9yIHRoZSByZXN0LiAqL1xuZXhwb3J0IHR5cGUgRmllbGQgPSAocGF0aDogc3RyaW5nKSA9PiB1bmtub3duO1xuLyoqIEEgYm9keS1zaGFwZSB0ZXN0IG92ZXIgc2VsZWN0ZWQgZmllbGRzOyBUIGlzIHRoZSBib2R5IHR5cGUgaXQgdm91Y2hlcyBmb3IuICovXG5leHBvcnQgdHlwZSBTaGFwZTxUPiA9ICgoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKSAmIHsgcmVhZG9ubHkgdm91Y2hlc0Zvcj86IFQgfTtcbmNvbnN0IHNoYXBlID0gPFQ+KHRlc3Q6IChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pOiBTaGFwZTxUPiA9PiB0ZXN0O1xuXG5jb25zdCBpc0lkID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdiA9PT0gJ251bWJlcic7XG5jb25zdCBpc0NvdW50ID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnbnVtYmVyJzsgLy8gYDxhcnJheT4uI2AgaXMgYSBudW1iZXIgb25seSBmb3IgYW4gYXJyYXlcblxuZXhwb3J0IGNvbnN0IHNoYXBlcyA9IHtcbiAgaGVhbHRoOiBzaGFwZTx7IHN0YXR1czogc3RyaW5nIH0+KChmaWVsZCkgPT4gZmllbGQoJ3N0YXR1cycpID09PSAnb2snKSxcbiAgbG9naW46IHNoYXBlPExvZ2luPigoZmllbGQpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IGZpZWxkKCdhY2Nlc3NfdG9rZW4nKTtcbiAgICByZXR1cm4gdHlwZW9mIHRva2VuID09PSAnc3RyaW5nJyAmJiB0b2tlbiAhPT0gJyc7XG4gIH0pLFxuICBjb3Vyc2VMaXN0OiBzaGFwZTxDb3Vyc2VMaXN0PigoZmllbGQpID0+IGlzQ291bnQoZmllbGQoJ2l0ZW1zLiMnKSkgJiYgdHlwZW9mIGZpZWxkKCd0b3RhbCcpID09PSAnbnVtYmVyJyksXG4gIGNvdXJzZTogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIHR5cGVvZiBmaWVsZCgndGl0bGUnKSA9PT0gJ3N0cmluZycpLFxuICBjb3Vyc2VXaXRoQ2hhcHRlcnM6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgam9iQWNjZXB0ZWQ6IHNoYXBlPHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdqb2JfaWQnKSkpLFxuICBqb2I6IHNoYXBlPEpvYj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ3N0YXR1cycpID09PSAnc3RyaW5nJyAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgY2hhcHRlcjogc2hhcGU8Q2hhcHRlcj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ2NvbnRlbnQnKSA9PT0gJ3N0cmluZycpLFxuICBhbnlPYmplY3Q6IHNoYXBlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PigoZmllbGQpID0+IHtcbiAgICBjb25zdCB3aG9sZSA9IGZpZWxkKCdAdGhpcycpOyAvLyBnanNvbidzIG1vZGlmaWVyIGZvciB0aGUgd2hvbGUgZG9jdW1lbnRcbiAgICByZXR1cm4gdHlwZW9mIHdob2xlID09PSAnb2JqZWN0JyAmJiB3aG9sZSAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh3aG9sZSk7XG4gIH0pLFxufTtcblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKipcbiAqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuXG4gKiBleGNlcHRpb24pLiBUaGUgYm9keSBpdHNlbGYgaXMgbm90IHJlYWQgaGVyZTogYW4gZW1wdHkgb3IgdW5wYXJzYWJsZSBvbmUgcmVhZHMgYXMgaGF2aW5nIG5vXG4gKiBmaWVsZHMsIHdoaWNoIGZhaWxzIHRoZSBzaGFwZSwgYW5kIHJlYWRpbmcgaXQgd291bGQgY29weSBldmVyeSBib2R5IGludG8gSmF2YVNjcmlwdC5cbiAqL1xuZnVuY3Rpb24gaXNKc29uKHJlczogUmVzcG9uc2UpOiBib29sZWFuIHtcbiAgcmV0dXJuIFN0cmluZyhyZXMuaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPz8gJycpLmluY2x1ZGVzKCdqc29uJyk7XG59XG5cbi8qKiBUaGUgcmVzcG9uc2UgdGhlIHNoYXBlIGNoZWNrIGlzIHJlYWRpbmc6IG9uZSBmaWVsZCByZWFkZXIgcGVyIFZVLCBub3QgYSBjbG9zdXJlIHBlciByZXF1ZXN0LiAqL1xubGV0IHJlYWRpbmc6IFJlc3BvbnNlIHwgdW5kZWZpbmVkO1xuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5jb25zdCByZWFkRmllbGQ6IEZpZWxkID0gKHBhdGgpID0+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcmVhZGluZyEuanNvbihwYXRoKSA/PyB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn07XG5cbi8qKiBBIGNhbGwncyBSZXN1bHQ7IHRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkIChhIHByb3RvdHlwZSBnZXR0ZXI6IG5vIGNsb3N1cmVzIHBlciByZXF1ZXN0KS4gKi9cbmNsYXNzIExhenlSZXN1bHQ8VD4gaW1wbGVtZW50cyBSZXN1bHQ8VD4ge1xuICBwcml2YXRlIHBhcnNlZCA9IGZhbHNlO1xuICBwcml2YXRlIHZhbHVlOiBUIHwgdW5kZWZpbmVkO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBvazogYm9vbGVhbixcbiAgICByZWFkb25seSBzdGF0dXM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJlczogUmVzcG9uc2UgfCB1bmRlZmluZWQsXG4gICkge31cblxuICBnZXQgYm9keSgpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAodGhpcy5yZXMgJiYgIXRoaXMucGFyc2VkKSB7XG4gICAgICB0aGlzLnZhbHVlID0gcGFyc2VKc29uKHRoaXMucmVzLmJvZHkpIGFzIFQ7XG4gICAgICB0aGlzLnBhcnNlZCA9IHRydWU7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnZhbHVlO1xuICB9XG59XG5cbi8qKiBUaGUgd2hvbGUgYm9keSBhcyBKU09OLCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBwYXJzZS4gKi9cbmZ1bmN0aW9uIHBhcnNlSnNvbihib2R5OiB1bmtub3duKTogdW5rbm93biB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UoYm9keSBhcyBzdHJpbmcpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8vIENhY2hlcyBvbiB0aGlzIHBhdGggYXJlIHBsYWluIG9iamVjdHMsIG5vdCBNYXA6IGV2ZXJ5IFZVIGhhcyBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgYW5kIHRoZVxuLy8gZmlyc3QgTWFwIGEgcnVudGltZSB1c2VzIGJ1aWxkcyBNYXAncyBjb25zdHJ1Y3RvciBhbmQgcHJvdG90eXBlIGluIGl0ICh+MTAgS0IgcGVyIFZVLCBiZW5jaC8pLlxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrczogUmVjb3JkPG51bWJlciwgUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPj4gPSB7fTtcbmZ1bmN0aW9uIGV4cGVjdFN0YXR1cyhzdGF0dXM6IG51bWJlcik6IFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4ge1xuICByZXR1cm4gKHN0YXR1c0NhbGxiYWNrc1tzdGF0dXNdID8/PSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKSk7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0czogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4+ID0ge307XG4vKiogVGhlIGNoZWNrcyBvZiBvbmUgZW5kcG9pbnQsIG1hZGUgb25jZTogdGhlIHNhbWUgbmFtZXMgb24gZXZlcnkgcmVxdWVzdCBrZWVwIHRoZSBjaGVja3MgbWV0cmljJ3Mgc2VyaWVzIGZpeGVkLiAqL1xuZnVuY3Rpb24gY2hlY2tzRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFNoYXBlOiBib29sZWFuKSB7XG4gIGxldCBzZXQgPSBjaGVja1NldHNbZW5kcG9pbnRdO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0c1tlbmRwb2ludF0gPSBzZXQ7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGltZW91dDogc3RyaW5nO1xuICAvKiogUmVxdWVzdCBwYXJhbXMgcGVyIGVuZHBvaW50IChoZWFkZXJzLCB0YWdzLCB0aW1lb3V0LCBleHBlY3RlZCBzdGF0dXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbXM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBQYXJhbXM+PiA9IHt9O1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgYmFzZVVybDogc3RyaW5nLFxuICAgIHRpbWVvdXRTOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSB0b2tlbj86IHN0cmluZyxcbiAgKSB7XG4gICAgdGhpcy50aW1lb3V0ID0gYCR7dGltZW91dFN9c2A7XG4gIH1cblxuICAvKiogQSBjbGllbnQgZm9yIHRoZSBzYW1lIHBsYXRmb3JtIGFjdGluZyBhcyBhbm90aGVyIHVzZXIuICovXG4gIGFzKHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICAgIHJldHVybiBuZXcgQXBpQ2xpZW50KHRoaXMuYmFzZVVybCwgTnVtYmVyKHRoaXMudGltZW91dC5zbGljZSgwLCAtMSkpLCB0b2tlbik7XG4gIH1cblxuICBwcml2YXRlIHBhcmFtc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhQYXlsb2FkOiBib29sZWFuLCByZWFkc0JvZHk6IGJvb2xlYW4pOiBQYXJhbXMge1xuICAgIGxldCBwYXJhbXMgPSB0aGlzLnBhcmFtc1tlbmRwb2ludF07XG4gICAgaWYgKCFwYXJhbXMpIHtcbiAgICAgIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gICAgICBpZiAod2l0aFBheWxvYWQpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICAgICAgaWYgKHRoaXMudG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0aGlzLnRva2VufWA7XG4gICAgICBwYXJhbXMgPSB7IGhlYWRlcnMsIHRhZ3M6IHJlcXVlc3RUYWdzKGVuZHBvaW50KSwgdGltZW91dDogdGhpcy50aW1lb3V0LCByZXNwb25zZUNhbGxiYWNrOiBleHBlY3RTdGF0dXMoZXhwZWN0ZWQpIH07XG4gICAgICAvLyBBIGJvZHkgbm9ib2R5IGNoZWNrcyBvciByZWFkcyAoREVMRVRFJ3MgMjA0LCBhbiBleHBvcnQgZG9jdW1lbnQpIGlzIG5vdCBjb3BpZWQgaW50byBKYXZhU2NyaXB0LlxuICAgICAgaWYgKCFyZWFkc0JvZHkpIHBhcmFtcy5yZXNwb25zZVR5cGUgPSAnbm9uZSc7XG4gICAgICB0aGlzLnBhcmFtc1tlbmRwb2ludF0gPSBwYXJhbXM7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QobWV0aG9kLCBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsIHdpdGhQYXlsb2FkID8gSlNPTi5zdHJpbmdpZnkocGF5bG9hZCkgOiBudWxsLCB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKSk7XG4gICAgLy8gRWFjaCBwcm9wZXJ0eSByZWFkIG9mIGEgazYgcmVzcG9uc2UgY3Jvc3NlcyBpbnRvIEdvIGFuZCBidWlsZHMgYSBKUyB2YWx1ZTogcmVhZCBlYWNoIG9uY2UuXG4gICAgY29uc3Qgc3RhdHVzID0gcmVzLnN0YXR1cztcbiAgICBjb25zdCBzdGF0dXNPayA9IHN0YXR1cyA9PT0gZXhwZWN0ZWQ7XG4gICAgbGV0IHNoYXBlT2sgPSB0cnVlO1xuICAgIGlmIChzaGFwZSAmJiBzdGF0dXNPaykge1xuICAgICAgLy8gKGEgd3Jvbmcgc3RhdHVzIGFscmVhZHkgZmFpbHMgdGhlIGNhbGw7IGl0cyBib2R5J3Mgc2hhcGUgd291bGQgY2hhbmdlIG5vIGNoZWNrJ3Mgb3V0Y29tZSlcbiAgICAgIHJlYWRpbmcgPSByZXM7XG4gICAgICBzaGFwZU9rID0gaXNKc29uKHJlcykgJiYgc2hhcGUocmVhZEZpZWxkKTtcbiAgICAgIHJlYWRpbmcgPSB1bmRlZmluZWQ7XG4gICAgfVxuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgcmV0dXJuIG5ldyBMYXp5UmVzdWx0PFQ+KGFsbE9rLCBzdGF0dXMsIHNoYXBlICYmIHN0YXR1c09rICYmIHNoYXBlT2sgPyByZXMgOiB1bmRlZmluZWQpO1xuICB9XG5cbiAgaGVhbHRoKCk6IFJlc3VsdDx7IHN0YXR1czogc3RyaW5nIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdoZWFsdGgnLCAnR0VUJywgcGF0aHMuaGVhbHRoKCksIDIwMCwgc2hhcGVzLmhlYWx0aCk7XG4gIH1cblxuICBsb2dpbihlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogUmVzdWx0PExvZ2luPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnbG9naW4nLCAnUE9TVCcsIHBhdGhzLmxvZ2luKCksIDIwMCwgc2hhcGVzLmxvZ2luLCB7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuXG4gIGxpc3RDb3Vyc2VzKHF1ZXJ5OiB7IGxpbWl0PzogbnVtYmVyOyBvZmZzZXQ/OiBudW1iZXI7IHE/OiBzdHJpbmcgfSA9IHt9KTogUmVzdWx0PENvdXJzZUxpc3Q+IHtcbiAgICAvLyBBIGxvb3AgcmF0aGVyIHRoYW4gZW50cmllcy9maWx0ZXIvbWFwL2pvaW46IHRoaXMgaXMgdGhlIG1vc3QgZnJlcXVlbnQgcmVxdWVzdCwgYW5kIGVhY2ggb2ZcbiAgICAvLyB0aG9zZSBpcyBhIHBlci1yZXF1ZXN0IGFycmF5IGFuZCBhIGJ1aWx0LWluIGV2ZXJ5IFZVJ3MgcnVudGltZSB3b3VsZCBidWlsZC5cbiAgICBsZXQgc2VhcmNoID0gJyc7XG4gICAgZm9yIChjb25zdCBrZXkgaW4gcXVlcnkpIHtcbiAgICAgIGNvbnN0IHZhbHVlID0gcXVlcnlba2V5IGFzIGtleW9mIHR5cGVvZiBxdWVyeV07XG4gICAgICBpZiAodmFsdWUgIT09IHVuZGVmaW5lZCkgc2VhcmNoICs9IGAke3NlYXJjaCA/ICcmJyA6ICc/J30ke2tleX09JHtlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKHZhbHVlKSl9YDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlc19saXN0JywgJ0dFVCcsIGAke3BhdGhzLmNvdXJzZXMoKX0ke3NlYXJjaH1gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbi8vIGZvci1pbiwgbm90IE9iamVjdC5lbnRyaWVzL2ZyZWV6ZTogdGhpcyBydW5zIGluIGV2ZXJ5IFZVJ3MgcnVudGltZSwgYW5kIGVhY2ggYnVpbHQtaW4gaXRcbi8vIHRvdWNoZXMgaXMgYnVpbHQgdGhlcmUgKFJlYWRvbmx5IGtlZXBzIHRoZSB0YWdzIHVuY2hhbmdlZCBhdCBjb21waWxlIHRpbWUpLlxuY29uc3QgdGFnc0J5RW5kcG9pbnQ6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pj4+ID0ge307XG5mb3IgKGNvbnN0IGVuZHBvaW50IGluIHJvdXRlTmFtZXMpIHtcbiAgdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnQgYXMgRW5kcG9pbnRdID0geyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZTogcm91dGVOYW1lc1tlbmRwb2ludCBhcyBFbmRwb2ludF0gfTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIG1lbW9yeU1iOiAxMDI0LFxuICBjcHVQZXJjZW50OiA4MCxcbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IDEwLFxufSk7XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG4vKiogUmVhZHMgYW5kIHZhbGlkYXRlcyBldmVyeSBzZXR0aW5nOyB0aHJvd3MgQ29uZmlnRXJyb3IgbmFtaW5nIHRoZSBmaXJzdCBiYWQgdmFyaWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDb25maWcoZW52OiBFbnYpOiBDb25maWcge1xuICBjb25zdCBkID0gREVGQVVMVF9UQVJHRVRTO1xuICBjb25zdCBkdXJhdGlvblMgPSBzZWNvbmRzKDEsIDcgKiAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nLCA2MCk7XG4gIGNvbnN0IHJhbXBVcFMgPSBzZWNvbmRzKDAsIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9VUCcsIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSkpO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJywgTWF0aC5taW4oMTAsIHJhbXBVcFMpKSxcbiAgICB3ZWlnaHRzOiB3ZWlnaHRzKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUycpLFxuICAgIHRoaW5rVGltZVM6IHRoaW5rVGltZShlbnYsICdQRVJGT1JNQU5DRV9USElOS19USU1FJyksXG4gICAgcG9sbEludGVydmFsUzogbnVtYmVySW4oMC4xLCA2MCwgJ3NlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdHRU5FUkFUSU9OX1BPTExfSU5URVJWQUwnLCAxKSxcbiAgICBnZW5lcmF0aW9uVGltZW91dFM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdHRU5FUkFUSU9OX1RJTUVPVVQnLCAzMDApLFxuICAgIGNoYXB0ZXJzUGVyQ291cnNlOiBjb3VudCgxLCAyMCkoZW52LCAnR0VORVJBVElPTl9DSEFQVEVSUycsIDMpLFxuICAgIHNpZGVjYXJVcmw6IHVybChlbnYsICdTSURFQ0FSX1VSTCcsIHVuZGVmaW5lZCksXG4gICAgc2lkZWNhclN0cmljdDogZmxhZyhlbnYsICdTSURFQ0FSX1NUUklDVCcpLFxuICAgIGFsbG93ZWRIb3N0czogaG9zdExpc3QoZW52LCAnUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUycpLFxuICAgIHRhcmdldHM6IHtcbiAgICAgIGFwaVA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTVfTVMnLCBkLmFwaVA5NU1zKSxcbiAgICAgIGFwaVA5OU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTlfTVMnLCBkLmFwaVA5OU1zKSxcbiAgICAgIGhlYWx0aFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMnLCBkLmhlYWx0aFA5NU1zKSxcbiAgICAgIGV4cG9ydFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMnLCBkLmV4cG9ydFA5NU1zKSxcbiAgICAgIGNoYXB0ZXJQOTVNczogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ1RIUkVTSE9MRF9DSEFQVEVSX1A5NV9TJywgZC5jaGFwdGVyUDk1TXMgLyAxMDAwKSAqIDEwMDAsXG4gICAgICBzdWNjZXNzUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX1NVQ0NFU1NfUkFURScsIGQuc3VjY2Vzc1JhdGUpLFxuICAgICAgZXJyb3JSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfRVJST1JfUkFURScsIGQuZXJyb3JSYXRlKSxcbiAgICAgIG1lbW9yeU1iOiBjb3VudCgxLCAxXzA0OF81NzYpKGVudiwgJ1BFUkZPUk1BTkNFX01FTU9SWV9MSU1JVCcsIGQubWVtb3J5TWIpLFxuICAgICAgY3B1UGVyY2VudDogbnVtYmVySW4oMSwgMTAwLCAnYSBwZXJjZW50YWdlJywgZmFsc2UpKGVudiwgJ1BFUkZPUk1BTkNFX0NQVV9MSU1JVCcsIGQuY3B1UGVyY2VudCksXG4gICAgICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVySW4oMCwgMV8wMDBfMDAwLCAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzTG9vcGJhY2soaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBob3N0ID09PSAnbG9jYWxob3N0JyB8fCBob3N0ID09PSAnWzo6MV0nIHx8IGhvc3QgPT09ICc6OjEnIHx8IC9eMTI3XFwuXFxkezEsM31cXC5cXGR7MSwzfVxcLlxcZHsxLDN9JC8udGVzdChob3N0KTtcbn1cblxuLyoqXG4gKiBUaGUgdGFyZ2V0IGd1YXJkOiBhbiBlbnRyeSBoZWF2aWVyIHRoYW4gc21va2UgcmVmdXNlcyBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2sgdW5sZXNzIGl0IGlzXG4gKiBhbGxvdy1saXN0ZWQsIHNvIGEgdHlwbyBpbiBCQVNFX1VSTCBjYW5ub3QgbG9hZC10ZXN0IHByb2R1Y3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZzogQ29uZmlnLCBlbnRyeTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGhvc3QgPSBob3N0T2YoY29uZmlnLmJhc2VVcmwpO1xuICBpZiAoaXNMb29wYmFjayhob3N0KSB8fCBjb25maWcuYWxsb3dlZEhvc3RzLmluY2x1ZGVzKGhvc3QpKSByZXR1cm47XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICBgcmVmdXNpbmcgdG8gcnVuIFwiJHtlbnRyeX1cIiBhZ2FpbnN0ICR7Y29uZmlnLmJhc2VVcmx9OiAke2hvc3R9IGlzIG5vdCBhIGxvb3BiYWNrIGFkZHJlc3MuIGAgK1xuICAgICAgYElmIHlvdSBtZWFuIHRvIGxvYWQtdGVzdCBpdCwgYWxsb3cgaXQgd2l0aCBQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTPSR7aG9zdH0gKGNvbW1hLXNlcGFyYXRlZCBsaXN0KS5gLFxuICApO1xufVxuXG4vKipcbiAqIEEgc2NlbmFyaW8ncyBvd24gbnVtZXJpYyBzZXR0aW5nIChlLmcuIFNQSUtFX0ZBQ1RPUiksIHZhbGlkYXRlZCBsaWtlIHRoZSBzaGFyZWQgb25lczogYSBiYWRcbiAqIHZhbHVlIHN0b3BzIHRoZSBydW4gYXQgaW5pdCB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHZhcmlhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW52TnVtYmVyKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSk6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IGFzc2VydFRhcmdldEFsbG93ZWQsIHBhcnNlQ29uZmlnLCB0eXBlIENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuXG4vKiogVGhlIGNvbmZpZ3VyYXRpb24gZm9yIGEgbG9hZC1nZW5lcmF0aW5nIGVudHJ5OiByZWZ1c2VzIGEgbm9uLWxvb3BiYWNrIHRhcmdldCB0aGF0IGlzIG5vdCBhbGxvdy1saXN0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZ3VhcmRlZENvbmZpZyhlbnRyeTogc3RyaW5nKTogQ29uZmlnIHtcbiAgYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWcsIGVudHJ5KTtcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiIsICIvLyBUaGUgaW50ZXJhY3RpdmUgZW50cnkncyBvd24gc2V0dGluZ3MgKHB1cmUsIHNvIHRoZSBwYWdlJ3Mgc2VydmVyIHZhbGlkYXRlcyB3aXRoIHRoZSBzYW1lIGNvZGUpOlxuLy8gd2hlcmUgdGhlIFZVcyBhc2sgaG93IG1hbnkgdXNlcnMgc2hvdWxkIHdvcmssIGFuZCBob3cgbWFueSBWVXMgazYgc3RhcnRzIGZvciB0aGUgd2hvbGUgcnVuLlxuaW1wb3J0IHsgQ29uZmlnRXJyb3IsIGVudk51bWJlciwgdHlwZSBFbnYgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbi8qKiBNb3N0IFZVcyBvbmUgaW50ZXJhY3RpdmUgcnVuIG1heSBzdGFydDogazYgbmVlZHMgfjAuNzUgTUIgcGVyIFZVIG9mIHRoaXMgc3VpdGUgKFJFQURNRSwgU2l6aW5nKS4gKi9cbmV4cG9ydCBjb25zdCBNQVhfUE9PTF9WVVMgPSAyMDAwO1xuXG5leHBvcnQgaW50ZXJmYWNlIEludGVyYWN0aXZlU2V0dGluZ3Mge1xuICAvKiogVGhlIGNvbnRyb2xsZXIgKHRoZSBwYWdlJ3Mgc2VydmVyKSBvbiBsb29wYmFjazogR0VUIDx1cmw+L2NvbnRyb2wg4oaSIHsgdXNlcnMsIHBhdXNlZCB9LiAqL1xuICBjb250cm9sVXJsOiBzdHJpbmc7XG4gIC8qKiBWVXMgazYgc3RhcnRzIGZvciB0aGUgd2hvbGUgcnVuIChQRVJGT1JNQU5DRV9JTlRFUkFDVElWRV9QT09MKTogdGhlIG1vc3QgdXNlcnMgdGhlIHBhZ2UgY2FuIHNldC4gKi9cbiAgcG9vbFZ1czogbnVtYmVyO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VJbnRlcmFjdGl2ZShlbnY6IEVudik6IEludGVyYWN0aXZlU2V0dGluZ3Mge1xuICBjb25zdCBjb250cm9sVXJsID0gZW52LkNPTlRST0xfVVJMPy50cmltKCk7XG4gIGlmICghY29udHJvbFVybCB8fCAhL15odHRwOlxcL1xcLygxMjdcXC5cXGQrXFwuXFxkK1xcLlxcZCt8XFxbOjoxXFxdfGxvY2FsaG9zdCk6XFxkKyQvLnRlc3QoY29udHJvbFVybCkpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgQ09OVFJPTF9VUkw9JHtKU09OLnN0cmluZ2lmeShlbnYuQ09OVFJPTF9VUkwgPz8gJycpfTogZXhwZWN0ZWQgdGhlIGNvbnRyb2xsZXIncyBsb29wYmFjayBVUkwsIGUuZy4gaHR0cDovLzEyNy4wLjAuMTo4MDg5IChucG0gcnVuIHVpIHNldHMgaXQpYCk7XG4gIH1cbiAgcmV0dXJuIHsgY29udHJvbFVybCwgcG9vbFZ1czogZW52TnVtYmVyKGVudiwgJ1BFUkZPUk1BTkNFX0lOVEVSQUNUSVZFX1BPT0wnLCAxMDAsIHsgbWluOiAxLCBtYXg6IE1BWF9QT09MX1ZVUywgaW50ZWdlcjogdHJ1ZSB9KSB9O1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBsb2dzIHRoZSB0aHJlZSB1c2Vyc1xuLy8gaW4gb25jZSwgYW5kIHNlZWRzIGNvdXJzZXMgZm9yIHJlZ3VsYXIgdXNlcnMgdG8gcmVhZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBHZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0aGUgcmVndWxhciB1c2VyLCBmb3IgcmVhZGluZy4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbG9naW4oY2xpZW50OiBBcGlDbGllbnQsIGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IGNvbmZpZy51c2Vyc1tyb2xlXTtcbiAgY29uc3QgcmVzdWx0ID0gY2xpZW50LmxvZ2luKGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LmJvZHkpIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkQuYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC5ib2R5LmFjY2Vzc190b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLCB0b3BpYzogJ2xvYWQgdGVzdGluZycsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIFBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkIGxpa2UgdGhlXG4gKiBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNiByZWRhY3RzIHRoZW1cbiAqIGZyb20gaXRzIGxvZ3MuIFdpdGhvdXQgYSBzZWNyZXQgc291cmNlLCBvciB3aXRob3V0IHRoYXQga2V5LCB0aGUgZW52aXJvbm1lbnQncyB2YWx1ZSBzdGFuZHMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHdpdGhTZWNyZXRQYXNzd29yZHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPENvbmZpZz4ge1xuICBjb25zdCB1c2VycyA9IHsgLi4uY29uZmlnLnVzZXJzIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdCkge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSB1c2Vyc1tyb2xlXSA9IHsgLi4udXNlcnNbcm9sZV0sIHBhc3N3b3JkIH07XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiB7IC4uLmNvbmZpZywgdXNlcnMgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4ocnVuQ29uZmlnOiBDb25maWcsIG9wdGlvbnM6IHsgc2VlZDogYm9vbGVhbiB9ID0geyBzZWVkOiB0cnVlIH0pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUocnVuQ29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBjb25maWcgPSBhd2FpdCB3aXRoU2VjcmV0UGFzc3dvcmRzKHJ1bkNvbmZpZyk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz4gPSB7XG4gICAgcmVndWxhcjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdyZWd1bGFyJyksXG4gICAgcG93ZXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncG93ZXInKSxcbiAgICBhZG1pbjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdhZG1pbicpLFxuICB9O1xuICBjb25zdCBydW5JZCA9IGAke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuIiwgIi8vIFRoZSBrNiBzaWRlIG9mIHRoZSByZXNvdXJjZSBzaWRlY2FyOiBhIDEvcyBzY2VuYXJpbyBwb2xscyB0aGUgc2lkZWNhcidzIHNhbXBsZXMgaW50byBUcmVuZFxuLy8gbWV0cmljcywgYW5kIHRlYXJkb3duIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGgsIHNvIHRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBhcmUgb3JkaW5hcnlcbi8vIGs2IHRocmVzaG9sZHMgaW4gdGhlIHNhbWUgcnVuLiBQb2xscyBjYXJyeSBzY29wZTpzaWRlY2FyIGFuZCBlbWl0IG5vIGh0dHBfcmVxX2ZhaWxlZCBzYW1wbGVzXG4vLyAocmVzcG9uc2VDYWxsYmFjazogbnVsbCksIHNvIHRoZSBBUEkgZmlndXJlcyBhbmQgdGhyZXNob2xkcyBuZXZlciBzZWUgdGhlbS5cbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IENvdW50ZXIsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcblxuLyoqIFBlcmNlbnQgb2YgdGhlIENQVXMgYXZhaWxhYmxlIHRvIHRoZSBzZXJ2ZXIsIDAtMTAwLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdVBlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfcGVyY2VudCcpO1xuLyoqIFBlci1jb3JlIHN1bTogMTAwID0gb25lIGNvcmUgZnVsbHkgYnVzeS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfY29yZXNfcGVyY2VudCcpO1xuLyoqIFBTUyBzdW0gKHByb2Nlc3MgdHJlZSksIHdvcmtpbmcgc2V0IChjZ3JvdXApLCBSU1MgKC9tZXRyaWNzKSBvciB0aGUgbWVtb3J5IHF1ZXJ5IChQcm9tZXRoZXVzIHNlcnZlciksIE1CLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeU1iID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X21iJyk7XG4vKiogUG9sbHMgdGhlIHNpZGVjYXIgZGlkIG5vdCBhbnN3ZXIsIHBsdXMgcmVhZGluZ3MgdGhlIHNpZGVjYXIgZmFpbGVkIHRvIHRha2U6IGVhY2ggYWJvdXQgb25lIGludGVydmFsIHdpdGhvdXQgZGF0YS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJTYW1wbGVzTWlzc2luZyA9IG5ldyBDb3VudGVyKCdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJyk7XG4vKiogTUIgcGVyIG1pbnV0ZSBhZnRlciB0aGUgc2lkZWNhcidzIHdhcm0tdXAgKGxlYXN0LXNxdWFyZXMgc2xvcGUpLCByZWNvcmRlZCBvbmNlIGluIHRlYXJkb3duLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeUdyb3d0aCA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicpO1xuXG5pbnRlcmZhY2UgU2FtcGxlIHtcbiAgc2VxOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50OiBudW1iZXI7XG4gIGNwdV9jb3Jlc19wZXJjZW50OiBudW1iZXI7XG4gIG1lbW9yeV9tYjogbnVtYmVyO1xufVxuXG5jb25zdCBQT0xMID0geyB0YWdzOiB7IHNjb3BlOiAnc2lkZWNhcicsIG5hbWU6ICdzaWRlY2FyJyB9LCByZXNwb25zZUNhbGxiYWNrOiBudWxsLCB0aW1lb3V0OiAnMnMnIH0gYXMgY29uc3Q7XG4vLyBQZXIgVlUgKHRoZSBzY2VuYXJpbyBoYXMgb25lKTogdGhlIGxhc3Qgc2VxIHJlY2VpdmVkIGFuZCB0aGUgc2lkZWNhcidzIGZhaWxlZC1yZWFkaW5nIGNvdW50IHNlZW4uXG5sZXQgY3Vyc29yID0gMDtcbmxldCBlcnJvcnNTZWVuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvOiBvbmUgcG9sbCBhIHNlY29uZCBmb3IgdGhlIHdob2xlIHJ1biwgb24gb25lIFZVLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1NjZW5hcmlvKGR1cmF0aW9uUzogbnVtYmVyLCBzdGFydFRpbWU/OiBzdHJpbmcpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWM6ICdwb2xsUmVzb3VyY2VzJyxcbiAgICByYXRlOiAxLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIGR1cmF0aW9uOiBgJHtNYXRoLm1heCgxLCBNYXRoLmNlaWwoZHVyYXRpb25TKSl9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiAxLFxuICAgIG1heFZVczogMSxcbiAgICAuLi4oc3RhcnRUaW1lID8geyBzdGFydFRpbWUgfSA6IHt9KSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcGFyc2U8VD4oYm9keTogdW5rbm93bik6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiB0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycgPyAoSlNPTi5wYXJzZShib2R5KSBhcyBUKSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIE9uZSBwb2xsOiBldmVyeSBuZXcgc2FtcGxlIGJlY29tZXMgYSBtZXRyaWMgc2FtcGxlLiBBIHBvbGwgdGhlIHNpZGVjYXIgZG9lcyBub3QgYW5zd2VyIGNvdW50cyBvbmVcbiAqIG1pc3Npbmcgc2FtcGxlLCBhbmQgc28gZG9lcyBlYWNoIHJlYWRpbmcgdGhlIHNpZGVjYXIgcmVwb3J0cyBpdCBmYWlsZWQgdG8gdGFrZSBkdXJpbmcgdGhlIHJ1blxuICogKHRhcmdldCBnb25lLCBlbmRwb2ludCBkb3duKS4gQW5cbiAqIGFuc3dlciB3aXRoIG5vIG5ldyBzYW1wbGUgeWV0IGlzIG5vdCBhIGdhcDogcG9sbHMgYW5kIHJlYWRpbmdzIGFyZSBub3QgaW4gc3RlcC4gQSByZWZ1c2FsIGZyb21cbiAqIHRoZSBzaWRlY2FyIGFib3J0cyB0aGUgcnVuIChrNiBleGl0IDEwOCkgd2l0aCBpdHMgcmVhc29uOyBub3RoaW5nIGVsc2UgdGhyb3dzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcyhzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc2FtcGxlcz9zaW5jZT0ke2N1cnNvcn1gLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgc2FtcGxlczogU2FtcGxlW107IGVycm9ycz86IG51bWJlcjsgcmVmdXNlZD86IHN0cmluZyB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmICghYm9keSB8fCAhQXJyYXkuaXNBcnJheShib2R5LnNhbXBsZXMpKSB7XG4gICAgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKDEpO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkuZXJyb3JzID09PSAnbnVtYmVyJykge1xuICAgIC8vIFRoZSBmaXJzdCBhbnN3ZXIgaXMgdGhlIGJhc2VsaW5lOiBmYWlsdXJlcyBiZWZvcmUgdGhlIHJ1biBhcmUgbm90IHRoZSBydW4ncyBnYXBzLlxuICAgIGlmIChlcnJvcnNTZWVuICE9PSB1bmRlZmluZWQgJiYgYm9keS5lcnJvcnMgPiBlcnJvcnNTZWVuKSBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoYm9keS5lcnJvcnMgLSBlcnJvcnNTZWVuKTtcbiAgICBlcnJvcnNTZWVuID0gYm9keS5lcnJvcnM7XG4gIH1cbiAgZm9yIChjb25zdCBzYW1wbGUgb2YgYm9keS5zYW1wbGVzKSB7XG4gICAgc2VydmVyQ3B1UGVyY2VudC5hZGQoc2FtcGxlLmNwdV9wZXJjZW50KTtcbiAgICBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQuYWRkKHNhbXBsZS5jcHVfY29yZXNfcGVyY2VudCk7XG4gICAgc2VydmVyTWVtb3J5TWIuYWRkKHNhbXBsZS5tZW1vcnlfbWIpO1xuICAgIGN1cnNvciA9IE1hdGgubWF4KGN1cnNvciwgc2FtcGxlLnNlcSk7XG4gIH1cbiAgLy8gVGhlIHNpZGVjYXIgZm91bmQgbWlkLXJ1biB0aGF0IGl0cyBzb3VyY2UgY2Fubm90IHJlYWQgdGhlIHdob2xlIHNlcnZlciAoZS5nLiAvbWV0cmljcyBhbnN3ZXJlZFxuICAvLyBieSBhbm90aGVyIHdvcmtlcik6IGV2ZXJ5IGZ1cnRoZXIgcmVhZGluZyB3b3VsZCBiZSB3cm9uZywgc28gdGhlIHJ1biBzdG9wcywgc2F5aW5nIHdoeS5cbiAgaWYgKHR5cGVvZiBib2R5LnJlZnVzZWQgPT09ICdzdHJpbmcnKSBleGVjLnRlc3QuYWJvcnQoYHNlcnZlciByZXNvdXJjZXM6IHRoZSBzaWRlY2FyIHJlZnVzZWQgaXRzIHNvdXJjZTogJHtib2R5LnJlZnVzZWR9YCk7XG59XG5cbi8qKiBUZWFyZG93bjogdGhlIG1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCwgTUIgcGVyIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkTWVtb3J5R3Jvd3RoKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKiogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZCkgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0gfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZykgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbi8vIE1hZGUgb24gZmlyc3QgdXNlLCBub3QgYXQgbW9kdWxlIGxvYWQ6IG9wdGlvbnMgYXJlIGJ1aWx0IGluIGs2J3MgVlUgMCBvbmx5IChsaWIvY29uZmlnL2VudHJ5LnRzKSxcbi8vIGFuZCBhIFJlZ0V4cCBldmFsdWF0ZWQgYXQgbG9hZCB3b3VsZCBidWlsZCBSZWdFeHAncyBwcm90b3R5cGUgaW4gZXZlcnkgVlUncyBydW50aW1lLlxubGV0IHBhdHRlcm5zOiB7IG1ldHJpY05hbWU6IFJlZ0V4cDsgdGFnUGFydDogUmVnRXhwOyBwZXJjZW50aWxlOiBSZWdFeHAgfSB8IHVuZGVmaW5lZDtcbmNvbnN0IHBhdHRlcm4gPSAoKSA9PlxuICAocGF0dGVybnMgPz89IHsgbWV0cmljTmFtZTogL15bQS1aYS16X11bQS1aYS16MC05X10qJC8sIHRhZ1BhcnQ6IC9eW0EtWmEtejAtOV8uXFwtL10rJC8sIHBlcmNlbnRpbGU6IC9ecFxcKChcXGQrKFxcLlxcZCspPylcXCkkLyB9KTtcblxuLyoqIGBodHRwX3JlcV9kdXJhdGlvbntlbmRwb2ludDpoZWFsdGh9YDogdGhlIGtleSBrNiB1c2VzIGZvciBhIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY0tleShtZXRyaWM6IHN0cmluZywgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcge1xuICBpZiAoIXBhdHRlcm4oKS5tZXRyaWNOYW1lLnRlc3QobWV0cmljKSkgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIG1ldHJpYyBuYW1lIFwiJHttZXRyaWN9XCI6IHVzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIF9gKTtcbiAgY29uc3QgZW50cmllcyA9IE9iamVjdC5lbnRyaWVzKHRhZ3MgPz8ge30pO1xuICBpZiAoZW50cmllcy5sZW5ndGggPT09IDApIHJldHVybiBtZXRyaWM7XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIGVudHJpZXMpIHtcbiAgICBpZiAoIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3Qoa2V5KSB8fCAhcGF0dGVybigpLnRhZ1BhcnQudGVzdCh2YWx1ZSkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCB0YWcgJHtrZXl9OiR7dmFsdWV9IG9uICR7bWV0cmljfTogdGFncyBpbiB0aHJlc2hvbGRzIG1heSBob2xkIGxldHRlcnMsIGRpZ2l0cyBhbmQgXyAuIC0gL2ApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gYCR7bWV0cmljfXske2VudHJpZXMubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX06JHt2YWx1ZX1gKS5qb2luKCcsJyl9fWA7XG59XG5cbi8qKiBgcCg5NSk8MjAwYDogb25lIHJ1bGUgYXMgazYncyBleHByZXNzaW9uIHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwcmVzc2lvbihydWxlOiBQaWNrPFJ1bGUsICdzdGF0JyB8ICdvcCcgfCAndmFsdWUnPik6IHN0cmluZyB7XG4gIGNvbnN0IHBlcmNlbnRpbGUgPSBwYXR0ZXJuKCkucGVyY2VudGlsZS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKSB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4geyB0aHJlc2hvbGQ6IHRleHQsIGFib3J0T25GYWlsOiB0cnVlLCAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIExvYWQgc2hhcGVzLCBpbiBvbmUgcGxhY2UsIHBhcmFtZXRlcmlzZWQgYnkgdGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24uIEEgc2NlbmFyaW8gZmlsZSByZWFkcyBhczpcbi8vIHNoYXBlICsgd29ya2Zsb3dzICsgdGhyZXNob2xkcy5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5cbmV4cG9ydCB0eXBlIFNjZW5hcmlvID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gJiB7IGV4ZWN1dG9yOiBzdHJpbmc7IGV4ZWM6IHN0cmluZyB9O1xuXG4vKiogU3BsaXRzIGB0b3RhbGAgVlVzIGJ5IHBlcmNlbnRhZ2Ugd2l0aCB0aGUgbGFyZ2VzdC1yZW1haW5kZXIgbWV0aG9kOyBldmVyeSBzaGFyZSB3aXRoIHdlaWdodCBnZXRzID49IDEgVlUgd2hlbiB0b3RhbCBhbGxvd3MuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRVc2Vycyh0b3RhbDogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3Qga2V5cyA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddIGFzIGNvbnN0O1xuICBjb25zdCBleGFjdCA9IGtleXMubWFwKChrKSA9PiAodG90YWwgKiB3ZWlnaHRzW2tdKSAvIDEwMCk7XG4gIGNvbnN0IGNvdW50cyA9IGV4YWN0Lm1hcChNYXRoLmZsb29yKTtcbiAgY29uc3Qgb3JkZXIgPSBrZXlzLm1hcCgoXywgaSkgPT4gaSkuc29ydCgoYSwgYikgPT4gZXhhY3RbYl0hIC0gTWF0aC5mbG9vcihleGFjdFtiXSEpIC0gKGV4YWN0W2FdISAtIE1hdGguZmxvb3IoZXhhY3RbYV0hKSkpO1xuICBmb3IgKGxldCBsZWZ0ID0gdG90YWwgLSBjb3VudHMucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCksIGkgPSAwOyBsZWZ0ID4gMDsgbGVmdC0tLCBpKyspIGNvdW50c1tvcmRlcltpICUgM10hXSErKztcbiAgLy8gQSB3ZWlnaHRlZCB1c2VyIHR5cGUgd2l0aCBubyBWVSB3b3VsZCBzaWxlbnRseSBkcm9wIGl0cyB3b3JrZmxvdzogYm9ycm93IG9uZSBmcm9tIHRoZSBsYXJnZXN0LlxuICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykge1xuICAgIGlmICh3ZWlnaHRzW2tleXNbaV0hXSA+IDAgJiYgY291bnRzW2ldID09PSAwICYmIHRvdGFsID49IDMpIHtcbiAgICAgIGNvbnN0IGxhcmdlc3QgPSBjb3VudHMuaW5kZXhPZihNYXRoLm1heCguLi5jb3VudHMpKTtcbiAgICAgIGNvdW50c1tsYXJnZXN0XSEtLTtcbiAgICAgIGNvdW50c1tpXSErKztcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgcmVndWxhcjogY291bnRzWzBdISwgcG93ZXI6IGNvdW50c1sxXSEsIGFkbWluOiBjb3VudHNbMl0hIH07XG59XG5cbmV4cG9ydCB0eXBlIFVzZXJDbGFzcyA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuXG4vKipcbiAqIFRoZSB1c2VyIGNsYXNzIG9mIFZVIG51bWJlciBuICgxLWJhc2VkKSwgc28gdGhhdCB0aGUgZmlyc3QgbiBWVXMgYWx3YXlzIGZvbGxvdyB0aGUgd2VpZ2h0cyBhc1xuICogY2xvc2VseSBhcyB3aG9sZSB1c2VycyBjYW46IGVhY2ggVlUgdGFrZXMgdGhlIGNsYXNzIGZ1cnRoZXN0IGJlbG93IGl0cyBzaGFyZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsYXNzT2ZVc2VyKG46IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBVc2VyQ2xhc3Mge1xuICBjb25zdCBjbGFzc2VzOiBVc2VyQ2xhc3NbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuICBjb25zdCBhc3NpZ25lZCA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGxldCBjaG9zZW46IFVzZXJDbGFzcyA9ICdyZWd1bGFyJztcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gbjsgaSsrKSB7XG4gICAgbGV0IGJlc3QgPSAtSW5maW5pdHk7XG4gICAgZm9yIChjb25zdCBjIG9mIGNsYXNzZXMpIHtcbiAgICAgIGlmICh3ZWlnaHRzW2NdID09PSAwKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IGRlZmljaXQgPSAod2VpZ2h0c1tjXSAqIGkpIC8gMTAwIC0gYXNzaWduZWRbY107XG4gICAgICBpZiAoZGVmaWNpdCA+IGJlc3QpIHtcbiAgICAgICAgYmVzdCA9IGRlZmljaXQ7XG4gICAgICAgIGNob3NlbiA9IGM7XG4gICAgICB9XG4gICAgfVxuICAgIGFzc2lnbmVkW2Nob3Nlbl0rKztcbiAgfVxuICByZXR1cm4gY2hvc2VuO1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKSA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9IDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShleGVjOiBzdHJpbmcsIHBlclNlY29uZDogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIsIHN0YXJ0VGltZSA9ICcwcycpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMSwgTWF0aC5jZWlsKHBlclNlY29uZCkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKGV4ZWM6IHN0cmluZywgc3RhcnRSYXRlOiBudW1iZXIsIG1heFJhdGU6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuLy9cbi8vIGs2IGV2YWx1YXRlcyB0aGUgc2NyaXB0IG9uY2UgcGVyIFZVLCBlYWNoIGluIGl0cyBvd24gSmF2YVNjcmlwdCBydW50aW1lLCBwbHVzIG9uY2UgYXMgVlUgMDogdGhhdFxuLy8gZXZhbHVhdGlvbiBpcyB3aGVyZSBrNiByZWFkcyBgb3B0aW9uc2AsIGFuZCBzZXR1cCwgdGVhcmRvd24gYW5kIGhhbmRsZVN1bW1hcnkgZWFjaCBydW4gaW4gYSBmcmVzaFxuLy8gVlUgMCB0b28uIExvYWQgVlVzICgxLCAyLCAuLi4pIG5ldmVyIHJlYWQgdGhlaXIgYG9wdGlvbnNgIChrNiBzZXRzIHRoZSBjb25zb2xpZGF0ZWQgb3B0aW9ucyBvbnRvXG4vLyBpdCksIHNvIHRoZXkgc2tpcCBidWlsZGluZyB0aGVtOiB0aGUgc2NlbmFyaW9zLCBnYXRlcyBhbmQgdGhyZXNob2xkIGV4cHJlc3Npb25zIG1hZGUgcGVyIFZVIHdlcmVcbi8vIH4wLjEgTUIgb2YgZXZlcnkgVlUncyBoZWFwIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGAgaGVhcCBwcm9maWxlIGF0IDEsMDAwIFZVcykuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuL2Vudi50cyc7XG5pbXBvcnQgeyBwb2xsUmVzb3VyY2VzIGFzIHBvbGxTaWRlY2FyLCByZWNvcmRNZW1vcnlHcm93dGgsIHJlc291cmNlR2F0ZXMsIHJlc291cmNlc1NjZW5hcmlvIH0gZnJvbSAnLi4vbWV0cmljcy9yZXNvdXJjZXMudHMnO1xuaW1wb3J0IHsgU1VNTUFSWV9UUkVORF9TVEFUUywgdHlwZSBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IHRvSzZUaHJlc2hvbGRzLCB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlQYXJ0cyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICBnYXRlczogR2F0ZVtdO1xuICAvKiogSG93IGxvbmcgdGhlIGxvYWQgcnVucywgc2Vjb25kczogdGhlIHJlc291cmNlcyBwb2xsZXIgcnVucyBhcyBsb25nLiAqL1xuICB3YWxsVGltZVM6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggdG9vIChzb2FrKS4gKi9cbiAgZ2F0ZU1lbW9yeUdyb3d0aD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlPcHRpb25zIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIHRocmVzaG9sZHM6IEs2VGhyZXNob2xkcztcbiAgc2V0dXBUaW1lb3V0OiBzdHJpbmc7XG4gIHN1bW1hcnlUcmVuZFN0YXRzOiBzdHJpbmdbXTtcbn1cblxuLyoqIFdoZXRoZXIgdGhpcyBydW50aW1lIGlzIGs2J3MgVlUgMCAob3B0aW9ucywgc2V0dXAsIHRlYXJkb3duLCBoYW5kbGVTdW1tYXJ5KSByYXRoZXIgdGhhbiBhIGxvYWQgVlUuICovXG5leHBvcnQgZnVuY3Rpb24gaXNDb250cm9sUnVudGltZSgpOiBib29sZWFuIHtcbiAgcmV0dXJuIF9fVlUgPT09IDA7XG59XG5cbi8qKiBUaGUgZW50cnkncyBrNiBvcHRpb25zLCBidWlsdCBmcm9tIGBtYWtlUGFydHNgIGluIFZVIDAgb25seTsgdW5kZWZpbmVkIGluIGxvYWQgVlVzIChzZWUgYWJvdmUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudHJ5T3B0aW9ucyhjb25maWc6IENvbmZpZywgbWFrZVBhcnRzOiAoKSA9PiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFpc0NvbnRyb2xSdW50aW1lKCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnRzID0gbWFrZVBhcnRzKCk7XG4gIC8vIEEgdXNlciBjbGFzcyB3ZWlnaHRlZCAwICUgKGUuZy4gUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTPTEwMC8wLzApIGhhcyBubyBWVXM7IGs2IHJlZnVzZXMgYVxuICAvLyBzY2VuYXJpbyB0aGF0IG5ldmVyIHN0YXJ0cyBvbmUsIHNvIGl0IGlzIGxlZnQgb3V0IHJhdGhlciB0aGFuIGZhaWxpbmcgdGhlIHdob2xlIHJ1bi5cbiAgY29uc3Qgc2NlbmFyaW9zID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKHBhcnRzLnNjZW5hcmlvcykuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGhhc1VzZXJzKHNjZW5hcmlvKSkpO1xuICBjb25zdCBnYXRlcyA9IFsuLi5wYXJ0cy5nYXRlc107XG4gIGlmIChjb25maWcuc2lkZWNhclVybCkge1xuICAgIHNjZW5hcmlvcy5yZXNvdXJjZXMgPSByZXNvdXJjZXNTY2VuYXJpbyhwYXJ0cy53YWxsVGltZVMpO1xuICAgIGdhdGVzLnB1c2goXG4gICAgICAuLi5yZXNvdXJjZUdhdGVzKHtcbiAgICAgICAgbWVtb3J5TWI6IGNvbmZpZy50YXJnZXRzLm1lbW9yeU1iLFxuICAgICAgICBjcHVQZXJjZW50OiBjb25maWcudGFyZ2V0cy5jcHVQZXJjZW50LFxuICAgICAgICBncm93dGhNYlBlck1pbjogcGFydHMuZ2F0ZU1lbW9yeUdyb3d0aCA/IGNvbmZpZy50YXJnZXRzLm1lbW9yeUdyb3d0aE1iUGVyTWluIDogdW5kZWZpbmVkLFxuICAgICAgICBmYWlsT25NaXNzaW5nOiBjb25maWcuc2lkZWNhclN0cmljdCxcbiAgICAgIH0pLFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzY2VuYXJpb3MsXG4gICAgdGhyZXNob2xkczogdG9LNlRocmVzaG9sZHMoZ2F0ZXMpLFxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbmZ1bmN0aW9uIGhhc1VzZXJzKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4ge1xuICBjb25zdCB7IGV4ZWN1dG9yLCBzdGFydFZVcywgc3RhZ2VzLCB2dXMgfSA9IHNjZW5hcmlvIGFzIHsgZXhlY3V0b3I6IHN0cmluZzsgc3RhcnRWVXM/OiBudW1iZXI7IHN0YWdlcz86IHsgdGFyZ2V0OiBudW1iZXIgfVtdOyB2dXM/OiBudW1iZXIgfTtcbiAgaWYgKGV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSByZXR1cm4gKHN0YXJ0VlVzID8/IDApID4gMCB8fCAoc3RhZ2VzID8/IFtdKS5zb21lKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0ID4gMCk7XG4gIGlmIChleGVjdXRvciA9PT0gJ2NvbnN0YW50LXZ1cycgfHwgZXhlY3V0b3IgPT09ICdwZXItdnUtaXRlcmF0aW9ucycgfHwgZXhlY3V0b3IgPT09ICdzaGFyZWQtaXRlcmF0aW9ucycpIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqIFdoYXQgb25seSB0aGUgZW5kIG9mIHRoZSBydW4ga25vd3MgKHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoKS4gRW50cmllcyB3aXRoIGEgdGVhcmRvd24gb2YgdGhlaXIgb3duIGNhbGwgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcmVjb3JkTWVtb3J5R3Jvd3RoKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRlYXJkb3duKCk6IHZvaWQge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEpO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKS5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKS5yZXBsYWNlKC88L2csICcmbHQ7JykucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvazogcmVzdWx0Lm9rLCBzdGF0LCBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLCB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHsgcmVxdWVzdHM6IHYuY291bnQgPz8gMCwgcDUwOiB2Lm1lZCA/PyBudWxsLCBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCwgcDk5OiB2WydwKDk5KSddID8/IG51bGwsIG1heDogdi5tYXggPz8gbnVsbCB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogQSBudW1iZXIgZm9yIHBlb3BsZTogbXMgd2l0aCBzZW5zaWJsZSBwcmVjaXNpb24sIHJhdGVzIGFzIHBlcmNlbnQsIGxhcmdlIGNvdW50cyBncm91cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFZhbHVlKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCB1bml0OiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSk6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSByZXR1cm4gJ24vYSc7XG4gIGlmICh1bml0ID09PSAncGVyY2VudCcpIHJldHVybiBgJHsodmFsdWUgKiAxMDApLnRvRml4ZWQoMil9JWA7XG4gIGlmICh1bml0ID09PSAnbXMnKSB7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSA2MF8wMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDEpfXNgO1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gMTAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMil9c2A7XG4gICAgcmV0dXJuIGAke3ZhbHVlLnRvRml4ZWQodmFsdWUgPCAxMCA/IDIgOiAxKX1tc2A7XG4gIH1cbiAgaWYgKHVuaXQgPT09ICdjb3VudCcpIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKS50b1N0cmluZygpLnJlcGxhY2UoL1xcQig/PShcXGR7M30pKyg/IVxcZCkpL2csICcsJyk7XG4gIHJldHVybiBNYXRoLmFicyh2YWx1ZSkgPj0gMWU2ID8gdmFsdWUudG9FeHBvbmVudGlhbCgzKSA6IFN0cmluZyhNYXRoLnJvdW5kKHZhbHVlICogMTAwMCkgLyAxMDAwKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY1ZhbHVlKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRyaWM6IHN0cmluZywgc3RhdDogc3RyaW5nKTogbnVtYmVyIHwgbnVsbCB7XG4gIGNvbnN0IHZhbHVlID0gZGF0YS5tZXRyaWNzPy5bbWV0cmljXT8udmFsdWVzPy5bc3RhdF07XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyB2YWx1ZSA6IG51bGw7XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc0xpbmUoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcge1xuICBjb25zdCBtZW1vcnkgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKTtcbiAgY29uc3QgY3B1ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpO1xuICBpZiAobWVtb3J5ID09PSBudWxsICYmIGNwdSA9PT0gbnVsbCkgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgbWlzc2luZyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMDtcbiAgY29uc3QgZ3Jvd3RoID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4Jyk7XG4gIHJldHVybiBbXG4gICAgYHNlcnZlciByZXNvdXJjZXM6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWS5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93blJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGAjIyBjb3Vyc2UtcGVyZiBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChvcHRpb25zLnNjZW5hcmlvKX1cXGA6ICR7ZmFpbGVkID09PSAwID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgIDogYOKdjCAke2ZhaWxlZH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoKHIpID0+IGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgXFxgJHtlc2NhcGVNYXJrZG93bkNlbGwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfVxcYCB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX0gfGApLFxuICBdO1xuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsICd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc0xpbmUoZGF0YSkpLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIG1ldHJpY1ZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIEVuZHBvaW50Um93LCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuLyoqIFRoZSBsb2FkIHNoYXBlIGEgcnVuIHdhcyBhc2tlZCBmb3IsIHJlY29yZGVkIGJ5IHRoZSBydW5uZXIgc28gY29tcGFyZSBjYW4gcmVmdXNlIHVubGlrZSBydW5zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2FkU2hhcGUge1xuICBjb25jdXJyZW50X3VzZXJzOiBudW1iZXI7XG4gIGR1cmF0aW9uX3M6IG51bWJlcjtcbiAgcmFtcF91cF9zOiBudW1iZXI7XG4gIHJhbXBfZG93bl9zOiBudW1iZXI7XG4gIHVzZXJfd2VpZ2h0czogc3RyaW5nO1xuICB0aGlua190aW1lX3M6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzIHtcbiAgc2NoZW1hX3ZlcnNpb246IG51bWJlcjtcbiAgcnVuOiBSdW5NZXRhICYgeyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbDsgbG9hZD86IExvYWRTaGFwZSB9O1xuICB2ZXJkaWN0OiAncGFzc2VkJyB8ICdmYWlsZWQnO1xuICB0aHJlc2hvbGRzOiB7IG1ldHJpYzogc3RyaW5nOyBleHByZXNzaW9uOiBzdHJpbmc7IG9rOiBib29sZWFuOyBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbCB9W107XG4gIGVuZHBvaW50czogRW5kcG9pbnRSb3dbXTtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIC8qKiBBZGRlZCBieSBucG0gcnVuIGNvbXBhcmUgLyBwZXJmIC0tYmFzZWxpbmU6IHRoZSB2ZXJkaWN0cyBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykuICovXG4gIGNvbXBhcmlzb24/OiB1bmtub3duO1xuICByZXNvdXJjZXM6IHsgbWVtb3J5X21iX3BlYWs6IG51bWJlciB8IG51bGw7IGNwdV9wZXJjZW50X3A5NTogbnVtYmVyIHwgbnVsbDsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsOyBzYW1wbGVzX21pc3Npbmc6IG51bWJlciB9IHwgbnVsbDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkUmVzdWx0cyhkYXRhOiBTdW1tYXJ5RGF0YSwgbWV0YTogUnVuTWV0YSk6IFJlc3VsdHMge1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKS5tYXAoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvaywgb2JzZXJ2ZWQgfSkgPT4gKHsgbWV0cmljLCBleHByZXNzaW9uLCBvaywgb2JzZXJ2ZWQgfSkpO1xuICBjb25zdCBtZWFzdXJlZCA9IGRhdGEubWV0cmljcz8uc2VydmVyX21lbW9yeV9tYiB8fCBkYXRhLm1ldHJpY3M/LnNlcnZlcl9jcHVfcGVyY2VudDtcbiAgcmV0dXJuIHtcbiAgICBzY2hlbWFfdmVyc2lvbjogUkVTVUxUU19TQ0hFTUFfVkVSU0lPTixcbiAgICBydW46IHsgLi4ubWV0YSwgZHVyYXRpb25fbXM6IGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IG51bGwgfSxcbiAgICB2ZXJkaWN0OiB0aHJlc2hvbGRzLmV2ZXJ5KCh0KSA9PiB0Lm9rKSA/ICdwYXNzZWQnIDogJ2ZhaWxlZCcsXG4gICAgdGhyZXNob2xkcyxcbiAgICBlbmRwb2ludHM6IGVuZHBvaW50Um93cyhkYXRhKSxcbiAgICBtZXRyaWNzOiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KS5tYXAoKFtuYW1lLCBtXSkgPT4gW25hbWUsIG0udmFsdWVzID8/IHt9XSkpLFxuICAgIHJlc291cmNlczogbWVhc3VyZWRcbiAgICAgID8ge1xuICAgICAgICAgIG1lbW9yeV9tYl9wZWFrOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKSxcbiAgICAgICAgICBjcHVfcGVyY2VudF9wOTU6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCAncCg5NSknKSxcbiAgICAgICAgICBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgJ21heCcpLFxuICAgICAgICAgIHNhbXBsZXNfbWlzc2luZzogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwLFxuICAgICAgICB9XG4gICAgICA6IG51bGwsXG4gIH07XG59XG4iLCAiLy8gVGhlIGNvbmNpc2UgY29uc29sZSBzdW1tYXJ5OiB0aHJlc2hvbGRzIGZpcnN0ICh2ZXJkaWN0LCBleHByZXNzaW9uLCBvYnNlcnZlZCB2YWx1ZSksIHRoZW5cbi8vIHBlci1lbmRwb2ludCBsYXRlbmN5LCB0aHJvdWdocHV0LCBlcnJvcnMsIGNoZWNrcywgY3VzdG9tIG1ldHJpY3MgYW5kIHNlcnZlciByZXNvdXJjZXMuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIGZvcm1hdFZhbHVlLCBtZXRyaWNWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuLy8gazYncyBvd24gbWV0cmljcyAoc2hvd24gYWJvdmUgb3Igbm90IHdvcnRoIGEgbGluZSkgYW5kIHRoZSBzaWRlY2FyJ3MgKHRoZSByZXNvdXJjZXMgbGluZSk6XG4vLyB3aGF0ZXZlciBlbHNlIGEgcnVuIHJlcG9ydHMgaXMgb25lIG9mIHRoZSBzdWl0ZSdzIGN1c3RvbSBtZXRyaWNzLlxuY29uc3QgQlVJTFRfSU4gPSBuZXcgU2V0KFsnaHR0cF9yZXFzJywgJ2h0dHBfcmVxX2R1cmF0aW9uJywgJ2h0dHBfcmVxX2Jsb2NrZWQnLCAnaHR0cF9yZXFfY29ubmVjdGluZycsICdodHRwX3JlcV90bHNfaGFuZHNoYWtpbmcnLCAnaHR0cF9yZXFfc2VuZGluZycsICdodHRwX3JlcV93YWl0aW5nJywgJ2h0dHBfcmVxX3JlY2VpdmluZycsICdodHRwX3JlcV9mYWlsZWQnLCAnaXRlcmF0aW9ucycsICdpdGVyYXRpb25fZHVyYXRpb24nLCAnZHJvcHBlZF9pdGVyYXRpb25zJywgJ3Z1cycsICd2dXNfbWF4JywgJ2RhdGFfc2VudCcsICdkYXRhX3JlY2VpdmVkJywgJ2NoZWNrcycsICdncm91cF9kdXJhdGlvbiddKTtcbmNvbnN0IGlzQ3VzdG9tID0gKG5hbWU6IHN0cmluZykgPT4gIW5hbWUuaW5jbHVkZXMoJ3snKSAmJiAhQlVJTFRfSU4uaGFzKG5hbWUpICYmICEvXihzZXJ2ZXJffHdzX3xncnBjX3xicm93c2VyXykvLnRlc3QobmFtZSk7XG5cbmZ1bmN0aW9uIHBhaW50KGNvbG9yOiBib29sZWFuKSB7XG4gIGNvbnN0IHdyYXAgPSAoY29kZTogbnVtYmVyKSA9PiAodGV4dDogc3RyaW5nKSA9PiAoY29sb3IgPyBgXFx1MDAxYlske2NvZGV9bSR7dGV4dH1cXHUwMDFiWzBtYCA6IHRleHQpO1xuICByZXR1cm4geyByZWQ6IHdyYXAoMzEpLCBncmVlbjogd3JhcCgzMiksIGJvbGQ6IHdyYXAoMSksIGRpbTogd3JhcCgyKSB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdGV4dFN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZzsgY29sb3I6IGJvb2xlYW4gfSk6IHN0cmluZyB7XG4gIGNvbnN0IGMgPSBwYWludChvcHRpb25zLmNvbG9yKTtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSB0aHJlc2hvbGRzLmZpbHRlcigodCkgPT4gIXQub2spLmxlbmd0aDtcbiAgbGluZXMucHVzaChjLmJvbGQoYGNvdXJzZS1wZXJmICR7b3B0aW9ucy5zY2VuYXJpb306ICR7dGhyZXNob2xkcy5sZW5ndGggPT09IDAgPyAnbm8gdGhyZXNob2xkcycgOiBmYWlsZWQgPT09IDAgPyBjLmdyZWVuKGBhbGwgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgKSA6IGMucmVkKGAke2ZhaWxlZH0gb2YgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgKX1gKSk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyZXNob2xkcycpKTtcbiAgZm9yIChjb25zdCB0IG9mIHRocmVzaG9sZHMpIHtcbiAgICBjb25zdCBtYXJrID0gdC5vayA/IGMuZ3JlZW4oJ+KckycpIDogYy5yZWQoJ+KclycpO1xuICAgIGxpbmVzLnB1c2goYCAgJHttYXJrfSAke3QubWV0cmljfSAke3QuZXhwcmVzc2lvbn0gICR7Yy5kaW0oJ29ic2VydmVkJyl9ICR7Zm9ybWF0VmFsdWUodC5vYnNlcnZlZCwgdC51bml0KX1gKTtcbiAgfVxuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IHdpZHRoID0gTWF0aC5tYXgoMTYsIC4uLmVuZHBvaW50cy5tYXAoKGUpID0+IGUuZW5kcG9pbnQubGVuZ3RoKSk7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKGAkeydlbmRwb2ludHMnLnBhZEVuZCh3aWR0aCArIDIpfSAkeydyZXF1ZXN0cycucGFkU3RhcnQoOCl9ICR7WydwNTAnLCAncDk1JywgJ3A5OScsICdtYXgnLCAnZXJyb3JzJ10ubWFwKChoKSA9PiBoLnBhZFN0YXJ0KDgpKS5qb2luKCcgJyl9YCkpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGNvbnN0IGNlbGwgPSAodjogbnVtYmVyIHwgbnVsbCkgPT4gZm9ybWF0VmFsdWUodiwgJ21zJykucGFkU3RhcnQoOCk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7ZS5lbmRwb2ludC5wYWRFbmQod2lkdGgpfSAke1N0cmluZyhlLnJlcXVlc3RzKS5wYWRTdGFydCg4KX0gJHtjZWxsKGUucDUwKX0gJHtjZWxsKGUucDk1KX0gJHtjZWxsKGUucDk5KX0gJHtjZWxsKGUubWF4KX0gJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKS5wYWRTdGFydCg4KX1gKTtcbiAgICB9XG4gIH1cbiAgY29uc3Qgc2Vjb25kcyA9IChkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyAwKSAvIDEwMDA7XG4gIGNvbnN0IHJlcXVlc3RzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxcycsICdjb3VudCcpO1xuICBjb25zdCBpdGVyYXRpb25zID0gbWV0cmljVmFsdWUoZGF0YSwgJ2l0ZXJhdGlvbnMnLCAnY291bnQnKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJvdWdocHV0JykpO1xuICBsaW5lcy5wdXNoKGAgICR7Zm9ybWF0VmFsdWUocmVxdWVzdHMgPz8gMCwgJ2NvdW50Jyl9IHJlcXVlc3RzICgke3NlY29uZHMgPiAwICYmIHJlcXVlc3RzICE9PSBudWxsID8gKHJlcXVlc3RzIC8gc2Vjb25kcykudG9GaXhlZCgxKSA6ICduL2EnfS9zKSwgJHtmb3JtYXRWYWx1ZShpdGVyYXRpb25zID8/IDAsICdjb3VudCcpfSBpdGVyYXRpb25zIGluICR7c2Vjb25kcy50b0ZpeGVkKDEpfSBzYCk7XG4gIGxpbmVzLnB1c2goYCAgZXJyb3JzOiAke2Zvcm1hdFZhbHVlKG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcV9mYWlsZWQnLCAncmF0ZScpLCAncGVyY2VudCcpfSBvZiByZXF1ZXN0cyBmYWlsZWRgKTtcbiAgY29uc3QgY2hlY2tzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdyYXRlJyk7XG4gIGxpbmVzLnB1c2goYCAgY2hlY2tzOiAke2Zvcm1hdFZhbHVlKGNoZWNrcywgJ3BlcmNlbnQnKX0gcGFzc2VkICgke2Zvcm1hdFZhbHVlKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJyksICdjb3VudCcpfSBvZiAke2Zvcm1hdFZhbHVlKChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpID8/IDApICsgKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAnZmFpbHMnKSA/PyAwKSwgJ2NvdW50Jyl9KWApO1xuICBjb25zdCBjdXN0b20gPSBPYmplY3Qua2V5cyhkYXRhLm1ldHJpY3MgPz8ge30pLmZpbHRlcihpc0N1c3RvbSkuc29ydCgpO1xuICBpZiAoY3VzdG9tLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ2N1c3RvbSBtZXRyaWNzJykpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBjdXN0b20pIHtcbiAgICAgIGNvbnN0IG0gPSBkYXRhLm1ldHJpY3NbbmFtZV0hO1xuICAgICAgY29uc3QgdiA9IG0udmFsdWVzO1xuICAgICAgY29uc3QgdW5pdCA9IG0uY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xuICAgICAgY29uc3QgdGV4dCA9XG4gICAgICAgIG0udHlwZSA9PT0gJ3RyZW5kJ1xuICAgICAgICAgID8gYGF2ZyAke2Zvcm1hdFZhbHVlKHYuYXZnLCB1bml0KX0sIHA5NSAke2Zvcm1hdFZhbHVlKHZbJ3AoOTUpJ10sIHVuaXQpfSwgbWF4ICR7Zm9ybWF0VmFsdWUodi5tYXgsIHVuaXQpfWBcbiAgICAgICAgICA6IG0udHlwZSA9PT0gJ3JhdGUnXG4gICAgICAgICAgICA/IGZvcm1hdFZhbHVlKHYucmF0ZSwgJ3BlcmNlbnQnKVxuICAgICAgICAgICAgOiBmb3JtYXRWYWx1ZSh2LmNvdW50ID8/IHYudmFsdWUsICdjb3VudCcpO1xuICAgICAgbGluZXMucHVzaChgICAke25hbWUucGFkRW5kKE1hdGgubWF4KDMwLCAuLi5jdXN0b20ubWFwKChuKSA9PiBuLmxlbmd0aCkpKX0gJHt0ZXh0fWApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBgICAke3Jlc291cmNlc0xpbmUoZGF0YSl9YCwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iLCAiLy8gVGhlIGs2IGhhbmRsZVN1bW1hcnkgZXZlcnkgZW50cnkgZXhwb3J0czogdGhlIGNvbmNpc2UgdGV4dCBvbiBzdGRvdXQgYW5kLCB3aGVuIFJFUE9SVFNfRElSIGlzXG4vLyBzZXQgKHRoZSBydW5uZXIgY3JlYXRlcyB0aGF0IGZvbGRlciksIHN1bW1hcnkuanNvbiwgcmVzdWx0cy5qc29uLCBqdW5pdC54bWwgYW5kIHN1bW1hcnkubWQgaW4gaXQuXG5pbXBvcnQgeyBqdW5pdFJlcG9ydCB9IGZyb20gJy4vanVuaXQudHMnO1xuaW1wb3J0IHsgbWFya2Rvd25SZXBvcnQgfSBmcm9tICcuL21hcmtkb3duLnRzJztcbmltcG9ydCB7IGJ1aWxkUmVzdWx0cyB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgdHlwZSB7IFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuaW1wb3J0IHsgdGV4dFN1bW1hcnkgfSBmcm9tICcuL3RleHQudHMnO1xuXG5jb25zdCBvck51bGwgPSAodmFsdWU6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4gKHZhbHVlID8gdmFsdWUgOiBudWxsKTtcblxuZXhwb3J0IGZ1bmN0aW9uIG1ha2VIYW5kbGVTdW1tYXJ5KG1ldGE6IHsgc2NlbmFyaW86IHN0cmluZzsgcHJvZmlsZT86IHN0cmluZyB9KSB7XG4gIHJldHVybiBmdW5jdGlvbiBoYW5kbGVTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBzdGRvdXQ6IHRleHRTdW1tYXJ5KGRhdGEsIHsgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sIGNvbG9yOiBkYXRhLnN0YXRlPy5pc1N0ZE91dFRUWSA9PT0gdHJ1ZSB9KSB9O1xuICAgIGNvbnN0IGRpciA9IF9fRU5WLlJFUE9SVFNfRElSO1xuICAgIGlmIChkaXIpIHtcbiAgICAgIGNvbnN0IHJlc3VsdHMgPSBidWlsZFJlc3VsdHMoZGF0YSwge1xuICAgICAgICBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbyxcbiAgICAgICAgcHJvZmlsZTogb3JOdWxsKF9fRU5WLlJVTl9QUk9GSUxFKSA/PyBtZXRhLnByb2ZpbGUgPz8gbnVsbCxcbiAgICAgICAgdGFyZ2V0OiBvck51bGwoX19FTlYuUlVOX1RBUkdFVCkgPz8gb3JOdWxsKF9fRU5WLkJBU0VfVVJMKSxcbiAgICAgICAgazZfdmVyc2lvbjogb3JOdWxsKF9fRU5WLlJVTl9LNl9WRVJTSU9OKSxcbiAgICAgICAgZ2l0X2NvbW1pdDogb3JOdWxsKF9fRU5WLlJVTl9HSVRfQ09NTUlUKSxcbiAgICAgICAgc3RhcnRlZF9hdDogb3JOdWxsKF9fRU5WLlJVTl9TVEFSVEVEX0FUKSxcbiAgICAgICAgZmluaXNoZWRfYXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgIH0pO1xuICAgICAgLy8gazYgcHV0cyBzZXR1cCgpJ3MgcmV0dXJuIHZhbHVlIGluIHRoZSBzdW1tYXJ5OiBpdCBob2xkcyB0aGUgdXNlcnMnIGJlYXJlciB0b2tlbnMsIHdoaWNoIG5vIHJlcG9ydCBtYXkgY29udGFpbi5cbiAgICAgIGNvbnN0IHsgc2V0dXBfZGF0YTogX3NlY3JldHMsIC4uLnNoYXJlYWJsZSB9ID0gZGF0YSBhcyBTdW1tYXJ5RGF0YSAmIHsgc2V0dXBfZGF0YT86IHVua25vd24gfTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkuanNvbmBdID0gSlNPTi5zdHJpbmdpZnkoc2hhcmVhYmxlLCBudWxsLCAxKTtcbiAgICAgIG91dFtgJHtkaXJ9L3Jlc3VsdHMuanNvbmBdID0gYCR7SlNPTi5zdHJpbmdpZnkocmVzdWx0cywgbnVsbCwgMil9XFxuYDtcbiAgICAgIG91dFtgJHtkaXJ9L2p1bml0LnhtbGBdID0ganVuaXRSZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lm1kYF0gPSBtYXJrZG93blJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfTtcbn1cbiIsICIvLyBVc2VycyBzdGVlcmVkIHdoaWxlIHRoZSB0ZXN0IHJ1bnMgKG5wbSBydW4gdWkpLiBrNiB2MiBoYXMgbm8gbGl2ZSBWVSBjaGFuZ2VzOiBpdCBkcm9wcGVkIHRoZVxuLy8gZXh0ZXJuYWxseS1jb250cm9sbGVkIGV4ZWN1dG9yIChncmFmYW5hL2s2ICM1ODQ2KSBhbmQgaXRzIFJFU1QgQVBJIGFuc3dlcnMgYSBQQVRDSCBvZiB2dXMgb3Jcbi8vIHBhdXNlZCB3aXRoIFwibm90IHN1cHBvcnRlZFwiLiBTbyB0aGUgcnVuIHN0YXJ0cyBhIGZpeGVkIHBvb2wgb2YgVlVzIGFuZCBlYWNoIFZVIGFza3MgdGhlXG4vLyBjb250cm9sbGVyICh0aGUgcGFnZSdzIHNlcnZlciwgb24gbG9vcGJhY2spIGhvdyBtYW55IHVzZXJzIHNob3VsZCBiZSB3b3JraW5nIGFuZCB3aGV0aGVyIHRoZVxuLy8gcnVuIGlzIHBhdXNlZDogVlUgbnVtYmVyIG4gd29ya3Mgd2hpbGUgbiA8PSB1c2VycyBhbmQgdGhlIHJ1biBpcyBub3QgcGF1c2VkLCBhbmQgd2FpdHNcbi8vIG90aGVyd2lzZS4gVGhlIG51bWJlciBvZiB3b3JraW5nIHVzZXJzIGlzIGs2J3Mgb3duIHN1bSBvZiBldmVyeSBWVSdzICsxIChzdGFydHMgd29ya2luZykgYW5kXG4vLyAtMSAoc3RvcHMpLCBpbiB0aGUgY291bnRlciBgdXNlcnNfYWN0aXZlYCwgc28gaXQgcmVhY2hlcyB0aGUgUkVTVCBBUEksIHRoZSBzdW1tYXJ5IGFuZCB0aGUgSlNPTlxuLy8gb3V0cHV0IGxpa2UgYW55IG90aGVyIG1ldHJpYy5cbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgeyBDb3VudGVyIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi9zaGFwZXMudHMnO1xuXG4vKiogTmV0IGNvdW50IG9mIHdvcmtpbmcgdXNlcnM6ICsxIHdoZW4gYSBWVSBzdGFydHMgd29ya2luZywgLTEgd2hlbiBpdCBzdG9wcyAoazYgc3VtcyB0aGVtKS4gKi9cbmV4cG9ydCBjb25zdCB1c2Vyc0FjdGl2ZSA9IG5ldyBDb3VudGVyKCd1c2Vyc19hY3RpdmUnKTtcblxuZXhwb3J0IGludGVyZmFjZSBDb250cm9sU3RhdGUge1xuICB1c2VyczogbnVtYmVyO1xuICBwYXVzZWQ6IGJvb2xlYW47XG59XG5cbi8qKiBUaGUgcG9vbDogYHZ1c2AgVlVzIGZvciB0aGUgd2hvbGUgcnVuOyB0aGUgY29udHJvbGxlciBkZWNpZGVzIGhvdyBtYW55IG9mIHRoZW0gd29yay4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb250cm9sbGVkUG9vbChleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ2NvbnRyb2wnLCBuYW1lOiAnY29udHJvbCcgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuY29uc3QgUE9MTF9FVkVSWV9NUyA9IDEwMDA7XG5cbi8vIFBlciBWVTogdGhlIGxhc3Qgc3RhdGUgdGhlIGNvbnRyb2xsZXIgZ2F2ZSwgd2hlbiBpdCB3YXMgcmVhZCwgYW5kIHdoZXRoZXIgdGhpcyBWVSBjb3VudHMgYXMgd29ya2luZy5cbmxldCBzdGF0ZTogQ29udHJvbFN0YXRlID0geyB1c2VyczogMCwgcGF1c2VkOiB0cnVlIH07XG5sZXQgcmVhZEF0ID0gMDtcbmxldCB3b3JraW5nID0gZmFsc2U7XG5cbi8qKiBUaGUgY29udHJvbGxlcidzIGN1cnJlbnQgc3RhdGUsIHJlYWQgYXQgbW9zdCBvbmNlIGEgc2Vjb25kIHBlciBWVTsgdGhlIGxhc3Qga25vd24gb25lIHdoZW4gaXQgZG9lcyBub3QgYW5zd2VyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnRyb2xTdGF0ZShjb250cm9sVXJsOiBzdHJpbmcpOiBDb250cm9sU3RhdGUge1xuICBpZiAoRGF0ZS5ub3coKSAtIHJlYWRBdCA8IFBPTExfRVZFUllfTVMpIHJldHVybiBzdGF0ZTtcbiAgcmVhZEF0ID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7Y29udHJvbFVybH0vY29udHJvbGAsIFBPTEwgYXMgbmV2ZXIpO1xuICBpZiAocmVzLnN0YXR1cyA9PT0gMjAwKSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGJvZHkgPSBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZykgYXMgQ29udHJvbFN0YXRlO1xuICAgICAgaWYgKHR5cGVvZiBib2R5LnVzZXJzID09PSAnbnVtYmVyJyAmJiB0eXBlb2YgYm9keS5wYXVzZWQgPT09ICdib29sZWFuJykgc3RhdGUgPSBib2R5O1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8ga2VlcCB0aGUgbGFzdCBzdGF0ZVxuICAgIH1cbiAgfVxuICByZXR1cm4gc3RhdGU7XG59XG5cbmZ1bmN0aW9uIHNldFdvcmtpbmcobm93OiBib29sZWFuKTogdm9pZCB7XG4gIGlmIChub3cgIT09IHdvcmtpbmcpIHVzZXJzQWN0aXZlLmFkZChub3cgPyAxIDogLTEpO1xuICB3b3JraW5nID0gbm93O1xufVxuXG4vKipcbiAqIFdhaXRzIHVudGlsIHRoaXMgVlUgKG51bWJlciBgdnVgKSBzaG91bGQgd29yazogcmV0dXJucyB0cnVlIHdoZW4gaXQgc2hvdWxkLCBmYWxzZSB3aGVuIGl0XG4gKiB3YWl0ZWQgYG1heFdhaXRTYCB3aXRob3V0IGJlaW5nIGFza2VkIHRvICh0aGUgY2FsbGVyIGVuZHMgdGhlIGl0ZXJhdGlvbjsgazYgc3RhcnRzIHRoZSBuZXh0KS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdhaXRGb3JUdXJuKGNvbnRyb2xVcmw6IHN0cmluZywgdnU6IG51bWJlciwgbWF4V2FpdFMgPSA2MCk6IGJvb2xlYW4ge1xuICBjb25zdCB1bnRpbCA9IERhdGUubm93KCkgKyBtYXhXYWl0UyAqIDEwMDA7XG4gIGZvciAoOzspIHtcbiAgICBjb25zdCBub3cgPSBjb250cm9sU3RhdGUoY29udHJvbFVybCk7XG4gICAgY29uc3QgdHVybiA9ICFub3cucGF1c2VkICYmIHZ1IDw9IG5vdy51c2VycztcbiAgICBzZXRXb3JraW5nKHR1cm4pO1xuICAgIGlmICh0dXJuKSByZXR1cm4gdHJ1ZTtcbiAgICBpZiAoRGF0ZS5ub3coKSA+PSB1bnRpbCkgcmV0dXJuIGZhbHNlO1xuICAgIHNsZWVwKDAuMjUpO1xuICB9XG59XG5cbi8qKlxuICogQ2FsbGVkIGF0IGV2ZXJ5IHRoaW5rLXRpbWUgcG9pbnQgb2YgYSB3b3JrZmxvdzogd2hpbGUgdGhlIHJ1biBpcyBwYXVzZWQgdGhlIHVzZXIgd2FpdHMgaGVyZSxcbiAqIHNvIHJlcXVlc3RzIHN0b3Agd2l0aGluIG9uZSBzdGVwLiBBIHVzZXIgdG9sZCB0byBsZWF2ZSBmaW5pc2hlcyBpdHMgaXRlcmF0aW9uIGZpcnN0IChhcyBrNidzXG4gKiBncmFjZWZ1bFJhbXBEb3duIGRvZXMpLCBzbyBubyB3b3JrZmxvdyBpcyBjdXQgaW4gaGFsZi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhvbGRXaGlsZVBhdXNlZChjb250cm9sVXJsOiBzdHJpbmcsIG1heFdhaXRTID0gNjAwKTogdm9pZCB7XG4gIGNvbnN0IHVudGlsID0gRGF0ZS5ub3coKSArIG1heFdhaXRTICogMTAwMDtcbiAgbGV0IGhlbGQgPSBmYWxzZTtcbiAgd2hpbGUgKGNvbnRyb2xTdGF0ZShjb250cm9sVXJsKS5wYXVzZWQgJiYgRGF0ZS5ub3coKSA8IHVudGlsKSB7XG4gICAgaGVsZCA9IHRydWU7XG4gICAgc2V0V29ya2luZyhmYWxzZSk7XG4gICAgc2xlZXAoMC4yNSk7XG4gIH1cbiAgaWYgKGhlbGQpIHNldFdvcmtpbmcodHJ1ZSk7IC8vIGJhY2sgdG8gdGhlIHJlc3Qgb2YgaXRzIGl0ZXJhdGlvblxufVxuIiwgIi8vIEhvdyBzaW11bGF0ZWQgdXNlcnMgcGFjZSB0aGVtc2VsdmVzIGFuZCBjaG9vc2Ugd2hhdCB0byBkbyBuZXh0LlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5cbmxldCBob2xkUG9pbnQ6ICgoKSA9PiB2b2lkKSB8IHVuZGVmaW5lZDtcblxuLyoqIFNvbWV0aGluZyBldmVyeSB0aGluayBwb2ludCBydW5zIGFmdGVyIGl0cyBzbGVlcCAodGhlIGludGVyYWN0aXZlIGVudHJ5IGhvbGRzIHBhdXNlZCB1c2VycyB0aGVyZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc2V0SG9sZFBvaW50KGhvbGQ6ICgpID0+IHZvaWQpOiB2b2lkIHtcbiAgaG9sZFBvaW50ID0gaG9sZDtcbn1cblxuLyoqIFNsZWVwcyBhIHVuaWZvcm1seSBkcmF3biB0aGluayB0aW1lIGluIFttaW4sIG1heF0gc2Vjb25kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aGluayhyYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfSk6IHZvaWQge1xuICBjb25zdCBzZWNvbmRzID0gcmFuZ2UubWluICsgTWF0aC5yYW5kb20oKSAqIChyYW5nZS5tYXggLSByYW5nZS5taW4pO1xuICBpZiAoc2Vjb25kcyA+IDApIHNsZWVwKHNlY29uZHMpO1xuICBob2xkUG9pbnQ/LigpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdlaWdodGVkVGFzazxUPiB7XG4gIHdlaWdodDogbnVtYmVyO1xuICB0YXNrOiBUO1xufVxuXG4vKiogUGlja3Mgb25lIHRhc2sgd2l0aCBwcm9iYWJpbGl0eSBwcm9wb3J0aW9uYWwgdG8gaXRzIHdlaWdodC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrV2VpZ2h0ZWQ8VD4odGFza3M6IHJlYWRvbmx5IFdlaWdodGVkVGFzazxUPltdLCByYW5kb206IG51bWJlciA9IE1hdGgucmFuZG9tKCkpOiBUIHtcbiAgY29uc3QgdG90YWwgPSB0YXNrcy5yZWR1Y2UoKHN1bSwgdCkgPT4gc3VtICsgdC53ZWlnaHQsIDApO1xuICBsZXQgcG9pbnQgPSByYW5kb20gKiB0b3RhbDtcbiAgZm9yIChjb25zdCB0IG9mIHRhc2tzKSB7XG4gICAgcG9pbnQgLT0gdC53ZWlnaHQ7XG4gICAgaWYgKHBvaW50IDwgMCkgcmV0dXJuIHQudGFzaztcbiAgfVxuICByZXR1cm4gdGFza3NbdGFza3MubGVuZ3RoIC0gMV0hLnRhc2s7XG59XG5cbi8qKiBQaWNrcyBvbmUgZWxlbWVudCB1bmlmb3JtbHkuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja09uZTxUPihpdGVtczogcmVhZG9ubHkgVFtdKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBpdGVtcy5sZW5ndGggPT09IDAgPyB1bmRlZmluZWQgOiBpdGVtc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBpdGVtcy5sZW5ndGgpXTtcbn1cbiIsICIvLyBDdXN0b20gbWV0cmljcyBmb3Igd2hhdCBrNidzIGJ1aWx0LWlucyBjYW5ub3Qgc2F5LiBDcmVhdGVkIG9uY2UgYXQgaW5pdCAoazYgcmVxdWlyZXMgaXQpLlxuaW1wb3J0IHsgQ291bnRlciwgUmF0ZSwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcblxuLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiB0aW1lIGZyb20gdGhlIGpvYidzIG93biBzdGFydGVkX2F0L2ZpbmlzaGVkX2F0IChzZXJ2ZXIgdmlldykuICovXG5leHBvcnQgY29uc3QgY2hhcHRlckdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24sIGpvYiBjcmVhdGVkIC0+IGZpbmlzaGVkLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcy4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24gYXMgdGhlIHBvbGxpbmcgdXNlciBzYXcgaXQ6IHJlcXVlc3QgYWNjZXB0ZWQgLT4gY29tcGxldGVkIHNlZW4uICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX29ic2VydmVkX21zJywgdHJ1ZSk7XG4vKiogR2VuZXJhdGlvbiBqb2JzIHRoYXQgZmFpbGVkIG9yIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkZhaWxlZCA9IG5ldyBSYXRlKCdnZW5lcmF0aW9uX2ZhaWxlZCcpO1xuLyoqIENvdXJzZXMgdGhlIHBsYXRmb3JtIGFja25vd2xlZGdlZCBjcmVhdGluZyAoMjAxKS4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VzQ3JlYXRlZCA9IG5ldyBDb3VudGVyKCdjb3Vyc2VzX2NyZWF0ZWQnKTtcbi8qKiBXaG9sZSB3b3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgY29tcGxldGVkIGV2ZXJ5IHN0ZXAsIHRhZ2dlZCBieSB3b3JrZmxvdy4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd1N1Y2Nlc3MgPSBuZXcgUmF0ZSgnd29ya2Zsb3dfc3VjY2VzcycpO1xuLyoqIFdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCB0aHJldyAoYSBzY3JpcHQgYnVnIG9yIGEgYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpLiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93RXJyb3JzID0gbmV3IENvdW50ZXIoJ3dvcmtmbG93X2Vycm9ycycpO1xuIiwgIi8vIFJ1bnMgb25lIHdvcmtmbG93IGl0ZXJhdGlvbiBhbmQgcmVjb3JkcyBpdHMgb3V0Y29tZS4gQSB3b3JrZmxvdyB0aGF0IHRocm93cyAoYSBzY3JpcHQgYnVnLCBhXG4vLyBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkgaXMgYSBmYWlsZWQgaXRlcmF0aW9uIHRoYXQgY291bnRzIGFnYWluc3QgdGhlIHRocmVzaG9sZHMgaW5zdGVhZFxuLy8gb2YgYW4gZXhjZXB0aW9uIGs2IG9ubHkgbG9ncy5cbmltcG9ydCB7IHdvcmtmbG93RXJyb3JzLCB3b3JrZmxvd1N1Y2Nlc3MgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuY29uc3QgTUFYX0xPR0dFRF9FUlJPUlMgPSA1O1xubGV0IGxvZ2dlZEVycm9ycyA9IDA7XG5cbmNvbnN0IHRhZ3NCeU5hbWU6IFJlY29yZDxzdHJpbmcsIHsgd29ya2Zsb3c6IHN0cmluZyB9PiA9IHt9O1xuXG5leHBvcnQgZnVuY3Rpb24gcnVuV29ya2Zsb3cobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3csIGN0eDogQ29udGV4dCk6IHZvaWQge1xuICBjb25zdCB0YWdzID0gKHRhZ3NCeU5hbWVbbmFtZV0gPz89IHsgd29ya2Zsb3c6IG5hbWUgfSk7IC8vIG1hZGUgb25jZSBwZXIgd29ya2Zsb3csIG5vdCBwZXIgaXRlcmF0aW9uXG4gIHRyeSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZCh3b3JrZmxvdyhjdHgpLCB0YWdzKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKGZhbHNlLCB0YWdzKTtcbiAgICB3b3JrZmxvd0Vycm9ycy5hZGQoMSwgdGFncyk7XG4gICAgaWYgKGxvZ2dlZEVycm9ycysrIDwgTUFYX0xPR0dFRF9FUlJPUlMpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoYHdvcmtmbG93IFwiJHtuYW1lfVwiIHRocmV3OiAke2Vycm9yIGluc3RhbmNlb2YgRXJyb3IgPyAoZXJyb3Iuc3RhY2sgPz8gZXJyb3IubWVzc2FnZSkgOiBTdHJpbmcoZXJyb3IpfWApO1xuICAgIH1cbiAgfVxufVxuIiwgIi8vIFdoYXQgZWFjaCBraW5kIG9mIHVzZXIgZG9lcyBpbiBvbmUgaXRlcmF0aW9uLiBTY2VuYXJpb3Mgb25seSBjaG9vc2Ugd2hvIHJ1bnMgYW5kIGhvdyBvZnRlbjtcbi8vIG5vIHNjZW5hcmlvIHJlLWltcGxlbWVudHMgdGhlc2UuIEV2ZXJ5IHdvcmtmbG93IHJldHVybnMgd2hldGhlciBhbGwgb2YgaXRzIHN0ZXBzIHN1Y2NlZWRlZC5cbmltcG9ydCB7IGdyb3VwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBFeHBvcnRGb3JtYXQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgZ2VuZXJhdGVBbmRXYWl0IH0gZnJvbSAnLi9nZW5lcmF0aW9uLnRzJztcbmltcG9ydCB7IGNvdXJzZXNDcmVhdGVkIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcbmltcG9ydCB7IHBpY2tPbmUsIHBpY2tXZWlnaHRlZCwgdGhpbmsgfSBmcm9tICcuL3BhY2luZy50cyc7XG5pbXBvcnQgdHlwZSB7IFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGV4dCB7XG4gIGNvbmZpZzogQ29uZmlnO1xuICBkYXRhOiBSdW5EYXRhO1xufVxuXG5leHBvcnQgdHlwZSBXb3JrZmxvdyA9IChjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmxldCBjbGllbnRzOiBSZWNvcmQ8c3RyaW5nLCBBcGlDbGllbnQ+ID0ge307XG4vKiogT25lIGNsaWVudCBwZXIgdG9rZW4gcGVyIFZVLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbmZ1bmN0aW9uIGNsaWVudEZvcihjdHg6IENvbnRleHQsIHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICByZXR1cm4gKGNsaWVudHNbdG9rZW5dID8/PSBuZXcgQXBpQ2xpZW50KGN0eC5jb25maWcuYmFzZVVybCwgY3R4LmNvbmZpZy5hcGlUaW1lb3V0UywgdG9rZW4pKTtcbn1cbi8qKiBSZXNldHMgdGhlIHBlci1WVSBjbGllbnQgY2FjaGUgKHRlc3RzIGFuZCBsb25nIHJ1bnMgd2l0aCByZS1sb2dpbikuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzZXRDbGllbnRzKCk6IHZvaWQge1xuICBjbGllbnRzID0ge307XG59XG5cbi8qKiBBIHRpdGxlIHVuaXF1ZSB0byB0aGlzIHJ1biwgVlUgYW5kIGl0ZXJhdGlvbiwgc28gY29uY3VycmVudCB1c2VycyBuZXZlciBjb2xsaWRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXF1ZVRpdGxlKGtpbmQ6IHN0cmluZywgY3R4OiBDb250ZXh0KTogc3RyaW5nIHtcbiAgcmV0dXJuIGBwZXJmLSR7a2luZH0gJHtjdHguZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YDtcbn1cblxuY29uc3QgRVhQT1JUX0ZPUk1BVFM6IHJlYWRvbmx5IEV4cG9ydEZvcm1hdFtdID0gWydqc29uJywgJ21hcmtkb3duJywgJ2h0bWwnXTtcblxuLyoqIFJlYWRzIGEgY291cnNlIGFuZCBvbmUgb2YgaXRzIGdlbmVyYXRlZCBjaGFwdGVycy4gKi9cbmZ1bmN0aW9uIHJlYWRDb3Vyc2UoY2xpZW50OiBBcGlDbGllbnQsIGlkOiBJZCk6IGJvb2xlYW4ge1xuICBjb25zdCBjb3Vyc2UgPSBjbGllbnQuZ2V0Q291cnNlKGlkKTtcbiAgaWYgKCFjb3Vyc2UuYm9keSkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBnZW5lcmF0ZWQgPSAoY291cnNlLmJvZHkuY2hhcHRlcnMgPz8gW10pLmZpbHRlcigoYykgPT4gYy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKTtcbiAgY29uc3QgY2hhcHRlciA9IHBpY2tPbmUoZ2VuZXJhdGVkKTtcbiAgcmV0dXJuIGNoYXB0ZXIgPT09IHVuZGVmaW5lZCB8fCBjbGllbnQuZ2V0Q2hhcHRlcihpZCwgY2hhcHRlci5pbmRleCkub2s7XG59XG5cbnR5cGUgUmVndWxhclRhc2sgPSAoY2xpZW50OiBBcGlDbGllbnQsIGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxuY29uc3QgcmVndWxhclRhc2tzOiB7IHdlaWdodDogbnVtYmVyOyB0YXNrOiBSZWd1bGFyVGFzayB9W10gPSBbXG4gIHsgd2VpZ2h0OiA1LCB0YXNrOiAoY2xpZW50KSA9PiBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAsIG9mZnNldDogTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogMykgKiAyMCB9KS5vayB9LFxuICB7XG4gICAgd2VpZ2h0OiA0LFxuICAgIHRhc2s6IChjbGllbnQsIGN0eCkgPT4ge1xuICAgICAgY29uc3QgaWQgPSBwaWNrT25lKGN0eC5kYXRhLnNlZWRlZENvdXJzZUlkcyk7XG4gICAgICByZXR1cm4gaWQgPT09IHVuZGVmaW5lZCB8fCByZWFkQ291cnNlKGNsaWVudCwgaWQpO1xuICAgIH0sXG4gIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDEsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB1bmlxdWVUaXRsZSgnc2NyYXRjaCcsIGN0eCksIHRvcGljOiAnYWxnZWJyYScsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICAgIGNvbnN0IHJlYWRCYWNrID0gY2xpZW50LmdldENvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgICAgcmV0dXJuIHJlYWRCYWNrICYmIGNsaWVudC5kZWxldGVDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICB9LFxuICB9LFxuXTtcblxuLyoqIEJyb3dzZXMgdGhlIGNvdXJzZSBsaXN0LCBvcGVucyBjb3Vyc2VzIGFuZCByZWFkcyBjaGFwdGVyczsgbm93IGFuZCB0aGVuIGNyZWF0ZXMgb25lLiAqL1xuZXhwb3J0IGNvbnN0IHJlZ3VsYXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdyZWd1bGFyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLnJlZ3VsYXIpO1xuICAgIGxldCBvayA9IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCB9KS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIGZvciAobGV0IHN0ZXAgPSAwOyBzdGVwIDwgMzsgc3RlcCsrKSB7XG4gICAgICBvayA9IHBpY2tXZWlnaHRlZChyZWd1bGFyVGFza3MpKGNsaWVudCwgY3R4KSAmJiBvaztcbiAgICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBDcmVhdGVzIGEgY291cnNlLCBnZW5lcmF0ZXMgaXQsIGZvbGxvd3MgdGhlIGpvYiwgcmVhZHMgYW5kIGV4cG9ydHMgdGhlIHJlc3VsdCwgdGhlbiBkZWxldGVzIGl0LiAqL1xuZXhwb3J0IGNvbnN0IHBvd2VyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncG93ZXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCB7IGNvbmZpZyB9ID0gY3R4O1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsIGN0eC5kYXRhLnRva2Vucy5wb3dlcik7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdwb3dlcicsIGN0eCksXG4gICAgICB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMnLFxuICAgICAgbGV2ZWw6ICdhZHZhbmNlZCcsXG4gICAgICBjaGFwdGVyX2NvdW50OiBjb25maWcuY2hhcHRlcnNQZXJDb3Vyc2UsXG4gICAgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIGxldCBvayA9IGNsaWVudC51cGRhdGVDb3Vyc2UoaWQsIHsgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zLCByZXZpc2VkJyB9KS5vaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KGNsaWVudCwgaWQsIGNvbmZpZy5wb2xsSW50ZXJ2YWxTLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTKTtcbiAgICBvayA9IGdlbmVyYXRpb24uY29tcGxldGVkICYmIG9rO1xuICAgIGlmIChnZW5lcmF0aW9uLmNvbXBsZXRlZCkge1xuICAgICAgb2sgPSByZWFkQ291cnNlKGNsaWVudCwgaWQpICYmIG9rO1xuICAgICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgICAgb2sgPSBjbGllbnQuZXhwb3J0Q291cnNlKGlkLCBwaWNrT25lKEVYUE9SVF9GT1JNQVRTKSA/PyAnanNvbicpLm9rICYmIG9rO1xuICAgIH1cbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgcmV0dXJuIGNsaWVudC5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcblxuLyoqIFdhdGNoZXMgdGhlIHN5c3RlbTogc3RhdHMsIHRoZSBqb2IgbGlzdCwgdGhlIHVzZXIgbGlzdCwgYW5kIHJlbW92ZXMgY291cnNlcyBlYXJsaWVyIHJ1bnMgbGVmdCBiZWhpbmQuICovXG5leHBvcnQgY29uc3QgYWRtaW5Vc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdhZG1pbiB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsIGN0eC5kYXRhLnRva2Vucy5hZG1pbik7XG4gICAgbGV0IG9rID0gY2xpZW50LmFkbWluU3RhdHMoKS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluSm9icygyMCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAvLyBMZWZ0b3ZlcnMgb2YgaW50ZXJydXB0ZWQgcnVuczogdGl0bGVzIG9mIG90aGVyIHJ1bnMgb25seSwgbmV2ZXIgdGhpcyBydW4ncyBsaXZlIGNvdXJzZXMuXG4gICAgY29uc3QgbGVmdG92ZXJzID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgcTogJ3BlcmYtJywgbGltaXQ6IDIwIH0pLmJvZHk/Lml0ZW1zID8/IFtdO1xuICAgIGZvciAoY29uc3QgY291cnNlIG9mIGxlZnRvdmVycy5maWx0ZXIoKGMpID0+ICFjLnRpdGxlLmluY2x1ZGVzKGN0eC5kYXRhLnJ1bklkKSkuc2xpY2UoMCwgNSkpIHtcbiAgICAgIG9rID0gY2xpZW50LmRlbGV0ZUNvdXJzZShjb3Vyc2UuaWQpLm9rICYmIG9rO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogRXZlcnkgZW5kcG9pbnQgYXQgbGVhc3Qgb25jZTogdGhlIHNtb2tlIGNoZWNrLiAqL1xuZXhwb3J0IGNvbnN0IGV2ZXJ5RW5kcG9pbnQ6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2V2ZXJ5IGVuZHBvaW50JywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnLCBkYXRhIH0gPSBjdHg7XG4gICAgY29uc3QgdXNlciA9IGNsaWVudEZvcihjdHgsIGRhdGEudG9rZW5zLnBvd2VyKTtcbiAgICBjb25zdCBhZG1pbiA9IGNsaWVudEZvcihjdHgsIGRhdGEudG9rZW5zLmFkbWluKTtcbiAgICBsZXQgb2sgPSB1c2VyLmhlYWx0aCgpLm9rO1xuICAgIG9rID0gdXNlci5saXN0Q291cnNlcyh7IGxpbWl0OiA1IH0pLm9rICYmIG9rO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB1bmlxdWVUaXRsZSgnc21va2UnLCBjdHgpLCB0b3BpYzogJ3Ntb2tlIHRlc3RpbmcnLCBsZXZlbDogJ2ludGVybWVkaWF0ZScsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgb2sgPSB1c2VyLmdldENvdXJzZShpZCkub2sgJiYgb2s7XG4gICAgb2sgPSB1c2VyLnVwZGF0ZUNvdXJzZShpZCwgeyB0aXRsZTogYCR7Y3JlYXRlZC5ib2R5LnRpdGxlfSAoZWRpdGVkKWAgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdCh1c2VyLCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHVzZXIuZ2V0Q2hhcHRlcihpZCwgZ2VuZXJhdGlvbi5qb2I/LmNoYXB0ZXJzWzBdPy5pbmRleCA/PyAwKS5vayAmJiBvaztcbiAgICAgIGZvciAoY29uc3QgZm9ybWF0IG9mIEVYUE9SVF9GT1JNQVRTKSBvayA9IHVzZXIuZXhwb3J0Q291cnNlKGlkLCBmb3JtYXQpLm9rICYmIG9rO1xuICAgIH1cbiAgICBvayA9IGFkbWluLmFkbWluU3RhdHMoKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluSm9icygxMCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgcmV0dXJuIHVzZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG4iLCAiLy8gU3RhcnRpbmcgYSBjb3Vyc2UncyBnZW5lcmF0aW9uIGFuZCBmb2xsb3dpbmcgaXRzIGpvYiB0byB0aGUgZW5kLCByZWNvcmRpbmcgaG93IGxvbmcgaXQgdG9va1xuLy8gZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKHRoZSBzZXJ2ZXIncyB2aWV3KSBhbmQgZnJvbSB0aGUgcG9sbGVyJ3MgKHRoZSB1c2VyJ3MgdmlldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBJZCwgSm9iIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgY2hhcHRlckdlbmVyYXRpb25NcywgY291cnNlR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcywgZ2VuZXJhdGlvbkZhaWxlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb21wbGV0ZWQ6IGJvb2xlYW47XG4gIGpvYjogSm9iIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBtaWxsaXNCZXR3ZWVuKGZyb206IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQsIHRvOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFmcm9tIHx8ICF0bykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbXMgPSBEYXRlLnBhcnNlKHRvKSAtIERhdGUucGFyc2UoZnJvbSk7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpICYmIG1zID49IDAgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcmVjb3JkSm9iVGltZXMoam9iOiBKb2IpOiB2b2lkIHtcbiAgZm9yIChjb25zdCBjaGFwdGVyIG9mIGpvYi5jaGFwdGVycykge1xuICAgIGNvbnN0IG1zID0gY2hhcHRlci5kdXJhdGlvbl9tcyA/PyBtaWxsaXNCZXR3ZWVuKGNoYXB0ZXIuc3RhcnRlZF9hdCwgY2hhcHRlci5maW5pc2hlZF9hdCk7XG4gICAgaWYgKHR5cGVvZiBtcyA9PT0gJ251bWJlcicgJiYgY2hhcHRlci5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBjaGFwdGVyR2VuZXJhdGlvbk1zLmFkZChtcyk7XG4gIH1cbiAgY29uc3QgdG90YWwgPSBtaWxsaXNCZXR3ZWVuKGpvYi5jcmVhdGVkX2F0LCBqb2IuZmluaXNoZWRfYXQpO1xuICBpZiAodG90YWwgIT09IHVuZGVmaW5lZCkgY291cnNlR2VuZXJhdGlvbk1zLmFkZCh0b3RhbCk7XG59XG5cbi8qKiBTdGFydHMgZ2VuZXJhdGlvbiBhbmQgcG9sbHMgdGhlIGpvYiB1bnRpbCBpdCBjb21wbGV0ZXMsIGZhaWxzLCBvciBgdGltZW91dFNgIHBhc3Nlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50OiBBcGlDbGllbnQsIGNvdXJzZUlkOiBJZCwgcG9sbEludGVydmFsUzogbnVtYmVyLCB0aW1lb3V0UzogbnVtYmVyKTogR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb25zdCBhY2NlcHRlZCA9IGNsaWVudC5nZW5lcmF0ZShjb3Vyc2VJZCk7XG4gIGlmICghYWNjZXB0ZWQuYm9keSkge1xuICAgIGdlbmVyYXRpb25GYWlsZWQuYWRkKHRydWUpO1xuICAgIHJldHVybiB7IGNvbXBsZXRlZDogZmFsc2UsIGpvYjogdW5kZWZpbmVkIH07XG4gIH1cbiAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gIGNvbnN0IGRlYWRsaW5lID0gc3RhcnRlZCArIHRpbWVvdXRTICogMTAwMDtcbiAgbGV0IGpvYjogSm9iIHwgdW5kZWZpbmVkO1xuICB3aGlsZSAoRGF0ZS5ub3coKSA8IGRlYWRsaW5lKSB7XG4gICAgc2xlZXAocG9sbEludGVydmFsUyk7XG4gICAgY29uc3QgcG9sbGVkID0gY2xpZW50LmdldEpvYihhY2NlcHRlZC5ib2R5LmpvYl9pZCk7XG4gICAgaWYgKCFwb2xsZWQuYm9keSkgY29udGludWU7XG4gICAgam9iID0gcG9sbGVkLmJvZHk7XG4gICAgaWYgKGpvYi5zdGF0dXMgPT09ICdjb21wbGV0ZWQnIHx8IGpvYi5zdGF0dXMgPT09ICdmYWlsZWQnKSBicmVhaztcbiAgfVxuICBjb25zdCBjb21wbGV0ZWQgPSBqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCc7XG4gIGdlbmVyYXRpb25GYWlsZWQuYWRkKCFjb21wbGV0ZWQpO1xuICBpZiAoY29tcGxldGVkICYmIGpvYikge1xuICAgIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLmFkZChEYXRlLm5vdygpIC0gc3RhcnRlZCk7XG4gICAgcmVjb3JkSm9iVGltZXMoam9iKTtcbiAgfVxuICByZXR1cm4geyBjb21wbGV0ZWQsIGpvYiB9O1xufVxuIiwgIi8vIFRoZSBtaXhlZCB1c2VyIHBvcHVsYXRpb24gc2hhcmVkIGJ5IGxvYWQsIHJhbXAtdXAgYW5kIHNvYWs6IG9uZSBrNiBzY2VuYXJpbyBhbmQgb25lIGV4ZWNcbi8vIGZ1bmN0aW9uIHBlciB1c2VyIGNsYXNzLiBFbnRyaWVzIHJlLWV4cG9ydCB0aGUgZXhlYyBmdW5jdGlvbnMsIGFzIGs2IGxvb2tzIHRoZW0gdXAgYnkgbmFtZSBpblxuLy8gdGhlIGVudHJ5IG1vZHVsZS5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBydW5Xb3JrZmxvdyB9IGZyb20gJy4vcnVuLXdvcmtmbG93LnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IHNwbGl0VXNlcnMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBhZG1pblVzZXIsIHBvd2VyVXNlciwgcmVndWxhclVzZXIsIHR5cGUgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbi8qKiBTY2VuYXJpb3MgZm9yIHRoZSB0aHJlZSBjbGFzc2VzLCBzcGxpdHRpbmcgYHRvdGFsVXNlcnNgIGJ5IGBjb25maWcud2VpZ2h0c2AsIGVhY2ggaW4gdGhlIGdpdmVuIHNoYXBlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25TY2VuYXJpb3MoY29uZmlnOiBDb25maWcsIHRvdGFsVXNlcnM6IG51bWJlciwgc2hhcGU6IChleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyKSA9PiBTY2VuYXJpbyk6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPiB7XG4gIGNvbnN0IHVzZXJzID0gc3BsaXRVc2Vycyh0b3RhbFVzZXJzLCBjb25maWcud2VpZ2h0cyk7XG4gIHJldHVybiB7XG4gICAgcmVndWxhcl91c2Vyczogc2hhcGUoJ3JlZ3VsYXJVc2VycycsIHVzZXJzLnJlZ3VsYXIpLFxuICAgIHBvd2VyX3VzZXJzOiBzaGFwZSgncG93ZXJVc2VycycsIHVzZXJzLnBvd2VyKSxcbiAgICBhZG1pbl91c2Vyczogc2hhcGUoJ2FkbWluVXNlcnMnLCB1c2Vycy5hZG1pbiksXG4gIH07XG59XG5cbi8qKiBUaGUgZXhlYyBmdW5jdGlvbnMgdGhvc2Ugc2NlbmFyaW9zIG5hbWU7IGBiZWZvcmVFYWNoYCBydW5zIGZpcnN0IGluIGV2ZXJ5IGl0ZXJhdGlvbiAoZS5nLiBzZXR0aW5nIHRoZSBwaGFzZSB0YWcpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25FeGVjcyhjb25maWc6IENvbmZpZywgYmVmb3JlRWFjaDogKCkgPT4gdm9pZCA9ICgpID0+IHVuZGVmaW5lZCkge1xuICBjb25zdCBleGVjID0gKG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93KSA9PiAoZGF0YTogUnVuRGF0YSk6IHZvaWQgPT4ge1xuICAgIGJlZm9yZUVhY2goKTtcbiAgICBydW5Xb3JrZmxvdyhuYW1lLCB3b3JrZmxvdywgeyBjb25maWcsIGRhdGEgfSk7XG4gIH07XG4gIHJldHVybiB7IHJlZ3VsYXJVc2VyczogZXhlYygncmVndWxhcicsIHJlZ3VsYXJVc2VyKSwgcG93ZXJVc2VyczogZXhlYygncG93ZXInLCBwb3dlclVzZXIpLCBhZG1pblVzZXJzOiBleGVjKCdhZG1pbicsIGFkbWluVXNlcikgfTtcbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogeyBlbmRwb2ludCB9LCBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dIH0sXG4gIF0pO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7QUFLQSxPQUFPQSxXQUFVOzs7QUNGakIsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBdUQ7OztBQ0Z2RCxJQUFNLFlBQVk7QUFBQSxFQUN2QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUtPLElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsWUFBWSxZQUFZO0FBQ2pDLGlCQUFlLFFBQW9CLElBQUksRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBb0IsRUFBRTtBQUM5RztBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGT0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUUvQyxJQUFNLFNBQVM7QUFBQSxFQUNwQixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLFNBQVEsZ0JBQWdCLE1BQU0sTUFBTSxLQUFLLGlCQUFpQixNQUFNO0FBQ2xFO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQUtyQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBLEVBUEY7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVMsRUFBRSxTQUFTLE1BQU0sWUFBWSxRQUFRLEdBQUcsU0FBUyxLQUFLLFNBQVMsa0JBQWtCLGFBQWEsUUFBUSxFQUFFO0FBRWpILFVBQUksQ0FBQyxVQUFXLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDMUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBQyxRQUNBLFNBQ1c7QUFDWCxVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sS0FBSyxRQUFRLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJLElBQUksY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJLE1BQU0sS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhQSxXQUFVLE1BQVMsQ0FBQztBQUU3SyxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFVBQVU7QUFDZCxRQUFJQSxVQUFTLFVBQVU7QUFFckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTO0FBQ3hDLGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBYyxPQUFPLFFBQVFBLFVBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ3hGO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVM7QUFDYixlQUFXLE9BQU8sT0FBTztBQUN2QixZQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxVQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNyRztBQUNBLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxPQUFPLFVBQVU7QUFBQSxFQUMvRjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxNQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sUUFBUSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUM5RTtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssT0FBTyxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLE1BQU0sYUFBYSxFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDdkc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsTUFBTSxVQUFVLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNwRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFDRjs7O0FHN1FPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNPTSxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFJQSxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsSUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELElBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxTQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDakM7QUFFQSxTQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixRQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxNQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHVCQUF1QixLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RILFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCLFNBQVMsR0FBRyxLQUFXLDRCQUE0QixLQUFLLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNuSjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsT0FBTyxTQUF5QjtBQUM5QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGO0FBTU8sU0FBUyxVQUFVLEtBQVUsTUFBYyxVQUFrQixPQUErRTtBQUNqSixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUMxTU8sSUFBTSxTQUFpQixZQUFZLEtBQUs7QUFHeEMsU0FBUyxjQUFjLE9BQXVCO0FBQ25ELHNCQUFvQixRQUFRLEtBQUs7QUFDakMsU0FBTztBQUNUOzs7QUNMTyxJQUFNLGVBQWU7QUFTckIsU0FBUyxpQkFBaUIsS0FBK0I7QUFDOUQsUUFBTSxhQUFhLElBQUksYUFBYSxLQUFLO0FBQ3pDLE1BQUksQ0FBQyxjQUFjLENBQUMsd0RBQXdELEtBQUssVUFBVSxHQUFHO0FBQzVGLFVBQU0sSUFBSSxZQUFZLHVCQUF1QixLQUFLLFVBQVUsSUFBSSxlQUFlLEVBQUUsQ0FBQywyRkFBMkY7QUFBQSxFQUMvSztBQUNBLFNBQU8sRUFBRSxZQUFZLFNBQVMsVUFBVSxLQUFLLGdDQUFnQyxLQUFLLEVBQUUsS0FBSyxHQUFHLEtBQUssY0FBYyxTQUFTLEtBQUssQ0FBQyxFQUFFO0FBQ2xJOzs7QUNqQkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBVTtBQUNqQixPQUFPLGFBQWE7QUFDcEIsT0FBT0MsV0FBVTtBQVlqQixJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLE9BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCLFVBQU0sbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhLCtDQUErQztBQUFBLEVBQzVKO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixVQUFNLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTSwyRUFBMkU7QUFBQSxFQUNoSTtBQUNGO0FBRUEsU0FBUyxNQUFNLFFBQW1CRSxTQUFnQixNQUFvQjtBQUNwRSxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxPQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzNDLE1BQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLFNBQVMsY0FBYyxTQUFTLFlBQVk7QUFBQSxFQUM1STtBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDLElBQUksT0FBTyxnQkFBZ0IsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ3BJLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLE9BQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQzNILFlBQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT0EsZUFBZSxvQkFBb0JBLFNBQWlDO0FBQ2xFLFFBQU0sUUFBUSxFQUFFLEdBQUdBLFFBQU8sTUFBTTtBQUNoQyxhQUFXLFFBQVEsQ0FBQyxXQUFXLFNBQVMsT0FBTyxHQUFZO0FBQ3pELFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJLEVBQUUsR0FBRyxNQUFNLElBQUksR0FBRyxTQUFTO0FBQUEsSUFDekQsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLEdBQUdBLFNBQVEsTUFBTTtBQUM1QjtBQUVBLGVBQXNCLFdBQVcsV0FBbUJDLFdBQTZCLEVBQUUsTUFBTSxLQUFLLEdBQXFCO0FBQ2pILFFBQU0sVUFBVSxPQUFPO0FBQ3ZCLFFBQU1ELFVBQVMsTUFBTSxvQkFBb0IsU0FBUztBQUNsRCxRQUFNLFlBQVksSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUNsRSxRQUFNLFNBQStCO0FBQUEsSUFDbkMsU0FBUyxNQUFNLFdBQVdBLFNBQVEsU0FBUztBQUFBLElBQzNDLE9BQU8sTUFBTSxXQUFXQSxTQUFRLE9BQU87QUFBQSxJQUN2QyxPQUFPLE1BQU0sV0FBV0EsU0FBUSxPQUFPO0FBQUEsRUFDekM7QUFDQSxRQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7QUFDeEYsUUFBTSxrQkFBa0JDLFNBQVEsT0FBTyxZQUFZLFVBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPRCxPQUFNLElBQUksQ0FBQztBQUNuRyxTQUFPLEVBQUUsT0FBTyxRQUFRLGdCQUFnQjtBQUMxQzs7O0FDakdBLE9BQU9FLFdBQVU7QUFDakIsT0FBT0MsV0FBVTtBQUNqQixTQUFTLFNBQVMsYUFBYTs7O0FDNEIvQixJQUFJO0FBQ0osSUFBTSxVQUFVLE1BQ2IsYUFBYSxFQUFFLFlBQVksNEJBQTRCLFNBQVMsdUJBQXVCLFlBQVksdUJBQXVCO0FBR3RILFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLFlBQU0sSUFBSSxNQUFNLGVBQWUsR0FBRyxJQUFJLEtBQUssT0FBTyxNQUFNLDJEQUEyRDtBQUFBLElBQ3JIO0FBQUEsRUFDRjtBQUNBLFNBQU8sR0FBRyxNQUFNLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUNoRjtBQUdPLFNBQVMsV0FBVyxNQUFtRDtBQUM1RSxRQUFNLGFBQWEsUUFBUSxFQUFFLFdBQVcsS0FBSyxLQUFLLElBQUk7QUFDdEQsTUFBSSxLQUFLLEtBQUssV0FBVyxJQUFJLE1BQU0sQ0FBQyxjQUFjLE9BQU8sV0FBVyxDQUFDLENBQUMsSUFBSSxNQUFNO0FBQzlFLFVBQU0sSUFBSSxNQUFNLHVCQUF1QixLQUFLLElBQUksZ0NBQWdDO0FBQUEsRUFDbEY7QUFDQSxNQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwSSxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTyxFQUFFLFdBQVdBLE9BQU0sYUFBYSxNQUFNLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQyxFQUFHO0FBQ3ZIO0FBR08sU0FBUyxlQUFlLE9BQTZCO0FBQzFELFFBQU0sTUFBb0IsQ0FBQztBQUMzQixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLE1BQU0sVUFBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFFBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7QUFBQSxFQUMxRDtBQUNBLFNBQU87QUFDVDs7O0FEaEVPLElBQU0sbUJBQW1CLElBQUksTUFBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSSxNQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJLE1BQU0sa0JBQWtCO0FBRW5ELElBQU0sdUJBQXVCLElBQUksUUFBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLGlDQUFpQztBQVM3RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUVsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBR0csU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sVUFBVTtBQUFBLElBQ1YsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGlCQUFpQjtBQUFBLElBQ2pCLFFBQVE7QUFBQSxJQUNSLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFDdEQsUUFBTSxNQUFNQyxNQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDOUcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFDbkMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFBQSxFQUN0QztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVksU0FBVSxDQUFBQyxNQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDM0g7QUFHTyxTQUFTLG1CQUFtQixZQUEwQjtBQUMzRCxRQUFNLE1BQU1ELE1BQUssSUFBSSxHQUFHLFVBQVUsWUFBWSxJQUFhO0FBQzNELFFBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTSxNQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxNQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QixTQUFVLG9CQUFtQixJQUFJLFFBQVEsd0JBQXdCO0FBQzlIO0FBWU8sU0FBUyxjQUFjLFFBQWdDO0FBQzVELFFBQU0sUUFBZ0I7QUFBQSxJQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO0FBQUEsSUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtBQUFBLEVBQ2hHO0FBQ0EsTUFBSSxPQUFPLG1CQUFtQixPQUFXLE9BQU0sS0FBSyxFQUFFLFFBQVEsbUNBQW1DLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQyxFQUFFLENBQUM7QUFDbEssTUFBSSxPQUFPLGNBQWUsT0FBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDeEgsU0FBTztBQUNUOzs7QUVoRk8sU0FBUyxZQUFZLEdBQVdFLFVBQXVDO0FBQzVFLFFBQU0sVUFBdUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQUN6RCxRQUFNLFdBQVcsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUNsRCxNQUFJLFNBQW9CO0FBQ3hCLFdBQVMsSUFBSSxHQUFHLEtBQUssR0FBRyxLQUFLO0FBQzNCLFFBQUksT0FBTztBQUNYLGVBQVcsS0FBSyxTQUFTO0FBQ3ZCLFVBQUlBLFNBQVEsQ0FBQyxNQUFNLEVBQUc7QUFDdEIsWUFBTSxVQUFXQSxTQUFRLENBQUMsSUFBSSxJQUFLLE1BQU0sU0FBUyxDQUFDO0FBQ25ELFVBQUksVUFBVSxNQUFNO0FBQ2xCLGVBQU87QUFDUCxpQkFBUztBQUFBLE1BQ1g7QUFBQSxJQUNGO0FBQ0EsYUFBUyxNQUFNO0FBQUEsRUFDakI7QUFDQSxTQUFPO0FBQ1Q7QUFtQk8sU0FBUyxVQUFVLFdBQXVEO0FBQy9FLFNBQU8sT0FBTyxVQUFVLFNBQVMsSUFBSSxFQUFFLE1BQU0sV0FBVyxVQUFVLEtBQUssSUFBSSxFQUFFLE1BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksRUFBRSxDQUFDLEdBQUcsVUFBVSxLQUFLO0FBQzdJO0FBR08sU0FBUyxhQUFhQyxPQUFjLFdBQW1CLFdBQW1CLFFBQWdCLFlBQVksTUFBZ0I7QUFDM0gsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBQUE7QUFBQSxJQUNBLEdBQUcsVUFBVSxTQUFTO0FBQUEsSUFDdEIsVUFBVSxHQUFHLFNBQVM7QUFBQSxJQUN0QixpQkFBaUIsS0FBSyxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDbkU7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNGO0FBT08sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQ3hEM0YsU0FBUyxtQkFBNEI7QUFDMUMsU0FBTyxTQUFTO0FBQ2xCO0FBR08sU0FBUyxhQUFhQyxTQUFnQixXQUF1RDtBQUNsRyxNQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxRQUFNLFFBQVEsVUFBVTtBQUd4QixRQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLE1BQUlBLFFBQU8sWUFBWTtBQUNyQixjQUFVLFlBQVksa0JBQWtCLE1BQU0sU0FBUztBQUN2RCxVQUFNO0FBQUEsTUFDSixHQUFHLGNBQWM7QUFBQSxRQUNmLFVBQVVBLFFBQU8sUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLFFBQU8sUUFBUTtBQUFBLFFBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsUUFBTyxRQUFRLHVCQUF1QjtBQUFBLFFBQy9FLGVBQWVBLFFBQU87QUFBQSxNQUN4QixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsQ0FBQztBQUFBLElBQzdELG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsVUFBNkI7QUFDN0MsUUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQUM1QyxNQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLE1BQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYSxvQkFBcUIsU0FBUSxPQUFPLEtBQUs7QUFDN0gsU0FBTztBQUNUO0FBR08sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEO0FBR08sU0FBUyx1QkFBNkI7QUFDM0MsTUFBSSxPQUFVLFdBQVksb0JBQW1CLE9BQVUsVUFBVTtBQUNuRTtBQUVPLFNBQVMsV0FBaUI7QUFDL0IsdUJBQXFCO0FBQ3ZCOzs7QUNoRk8sU0FBUyxVQUFVQyxPQUFzQjtBQUM5QyxTQUFPQSxNQUFLLFFBQVEsWUFBWSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQyxDQUFFO0FBQ3ZIO0FBR08sU0FBUyxtQkFBbUJBLE9BQXNCO0FBQ3ZELFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUssRUFBRSxRQUFRLFlBQVksR0FBRyxFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU07QUFDdkc7OztBQzZCTyxTQUFTLE9BQU9DLGFBQTRCO0FBQ2pELFNBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0FBQ2hFO0FBRUEsU0FBUyxPQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxNQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLFNBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztBQUN4RTtBQUdPLFNBQVMsY0FBYyxNQUFtQztBQUMvRCxRQUFNLE9BQXVCLENBQUM7QUFDOUIsYUFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsZUFBVyxDQUFDQSxhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLFlBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLFlBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxXQUFLLEtBQUssRUFBRSxRQUFRLFlBQUFBLGFBQVksSUFBSSxPQUFPLElBQUksTUFBTSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVyxNQUFNLE1BQU0sT0FBTyxRQUFRLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDMUs7QUFBQSxFQUNGO0FBQ0EsU0FBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0FBQzVGO0FBRUEsSUFBTSxhQUFhO0FBR1osU0FBUyxhQUFhLE1BQWtDO0FBQzdELFFBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxRQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxRQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsUUFBSSxDQUFDLEVBQUcsTUFBSyxJQUFJLFVBQVcsSUFBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUssQ0FBRTtBQUN2SCxXQUFPO0FBQUEsRUFDVDtBQUNBLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxRQUFJLENBQUMsTUFBTztBQUNaLFVBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLFVBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixRQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGFBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRyxFQUFFLFVBQVUsRUFBRSxTQUFTLEdBQUcsS0FBSyxFQUFFLE9BQU8sTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQ25KLFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsVUFBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUMvRTtBQUdPLFNBQVMsWUFBWSxPQUFrQyxNQUFvQztBQUNoRyxNQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsTUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxNQUFJLFNBQVMsTUFBTTtBQUNqQixRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsV0FBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM3QztBQUNBLE1BQUksU0FBUyxRQUFTLFFBQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLEVBQUUsUUFBUSx5QkFBeUIsR0FBRztBQUM5RixTQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7QUFDakc7QUFFTyxTQUFTLFlBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsUUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELFNBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0FBQ3ZFO0FBR08sU0FBUyxjQUFjLE1BQTJCO0FBQ3ZELFFBQU0sU0FBUyxZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFDMUQsUUFBTSxNQUFNLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUMzRCxNQUFJLFdBQVcsUUFBUSxRQUFRLEtBQU0sUUFBTztBQUM1QyxRQUFNLFVBQVUsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFDeEUsUUFBTSxTQUFTLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUN6RSxTQUFPO0FBQUEsSUFDTCxpQ0FBaUMsWUFBWSxRQUFRLE9BQU8sQ0FBQztBQUFBLElBQzdELFdBQVcsWUFBWSxLQUFLLE9BQU8sQ0FBQztBQUFBLElBQ3BDLEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQixZQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7QUFBQSxJQUNsRixtQkFBbUIsT0FBTztBQUFBLEVBQzVCLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ2hITyxTQUFTLFlBQVksTUFBbUJDLFVBQXVDO0FBQ3BGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNQyxhQUFZLEtBQUssT0FBTyxxQkFBcUIsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUN2RSxRQUFNLFFBQVEsVUFBVSxlQUFlRCxTQUFRLFFBQVEsRUFBRTtBQUN6RCxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTTtBQUM1QixVQUFNLE9BQU8sVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFVBQU0sV0FBVyxVQUFVLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQzFELFVBQU0sT0FBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsUUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHLElBQUksd0JBQXdCLFFBQVE7QUFDeEQsV0FBTyxHQUFHLElBQUk7QUFBQSwwQkFBNkIsVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxxQkFBcUIsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDLCtCQUErQixRQUFRO0FBQUE7QUFBQSxFQUNoTCxDQUFDO0FBQ0QsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLE1BQU0sZUFBZSxRQUFRLHNCQUFzQkMsUUFBTztBQUFBLElBQ3hHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxNQUFNLGVBQWUsUUFBUSxrQ0FBa0NBLFFBQU87QUFBQSxJQUNsSCxHQUFHO0FBQUEsSUFDSDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUN0Qk8sU0FBUyxlQUFlLE1BQW1CQyxVQUF1QztBQUN2RixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDekMsUUFBTSxRQUFRO0FBQUEsSUFDWixvQkFBb0IsbUJBQW1CQSxTQUFRLFFBQVEsQ0FBQyxPQUFPLFdBQVcsSUFBSSxTQUFTLEtBQUssTUFBTSx1QkFBdUIsS0FBSyxNQUFNLE9BQU8sS0FBSyxNQUFNLG9CQUFvQjtBQUFBLElBQzFLO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsUUFBUSxtQkFBbUIsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDLFFBQVEsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsSUFBSTtBQUFBLEVBQzlJO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sS0FBSyxJQUFJLDREQUE0RCxxQ0FBcUM7QUFDaEgsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxLQUFLLEtBQUssbUJBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDLElBQUk7QUFBQSxJQUNyTztBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxtQkFBbUIsY0FBYyxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQzFELFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ25CTyxJQUFNLHlCQUF5QjtBQW1DL0IsU0FBUyxhQUFhLE1BQW1CLE1BQXdCO0FBQ3RFLFFBQU0sYUFBYSxjQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFDLGFBQVksSUFBSSxTQUFTLE9BQU8sRUFBRSxRQUFRLFlBQUFBLGFBQVksSUFBSSxTQUFTLEVBQUU7QUFDM0gsUUFBTSxXQUFXLEtBQUssU0FBUyxvQkFBb0IsS0FBSyxTQUFTO0FBQ2pFLFNBQU87QUFBQSxJQUNMLGdCQUFnQjtBQUFBLElBQ2hCLEtBQUssRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFBQSxJQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztBQUFBLElBQ3BEO0FBQUEsSUFDQSxXQUFXLGFBQWEsSUFBSTtBQUFBLElBQzVCLFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDekcsV0FBVyxXQUNQO0FBQUEsTUFDRSxnQkFBZ0IsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQUEsTUFDM0QsaUJBQWlCLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUFBLE1BQ2hFLDBCQUEwQixZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFBQSxNQUNwRixpQkFBaUIsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFBQSxJQUMzRSxJQUNBO0FBQUEsRUFDTjtBQUNGOzs7QUNwREEsSUFBTSxXQUFXLG9CQUFJLElBQUksQ0FBQyxhQUFhLHFCQUFxQixvQkFBb0IsdUJBQXVCLDRCQUE0QixvQkFBb0Isb0JBQW9CLHNCQUFzQixtQkFBbUIsY0FBYyxzQkFBc0Isc0JBQXNCLE9BQU8sV0FBVyxhQUFhLGlCQUFpQixVQUFVLGdCQUFnQixDQUFDO0FBQ3pWLElBQU0sV0FBVyxDQUFDLFNBQWlCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTNILFNBQVMsTUFBTSxPQUFnQjtBQUM3QixRQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDQyxVQUFrQixRQUFRLFFBQVUsSUFBSSxJQUFJQSxLQUFJLFlBQWNBO0FBQzlGLFNBQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQ3ZFO0FBRU8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1RDtBQUNwRyxRQUFNLElBQUksTUFBTUEsU0FBUSxLQUFLO0FBQzdCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLGFBQWEsY0FBYyxJQUFJO0FBQ3JDLFFBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsUUFBTSxLQUFLLEVBQUUsS0FBSyxlQUFlQSxTQUFRLFFBQVEsS0FBSyxXQUFXLFdBQVcsSUFBSSxrQkFBa0IsV0FBVyxJQUFJLEVBQUUsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsSUFBSSxFQUFFLElBQUksR0FBRyxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixDQUFDLEVBQUUsQ0FBQztBQUN4TyxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLEVBQUUsQ0FBQztBQUNqSyxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLE9BQU8sQ0FBQyxNQUFxQixZQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxZQUFNLEtBQUssS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFO0FBQUEsSUFDN0w7QUFBQSxFQUNGO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNLEtBQUssS0FBSyxZQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY0EsV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUSxZQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCQSxTQUFRLFFBQVEsQ0FBQyxDQUFDLElBQUk7QUFDaE8sUUFBTSxLQUFLLGFBQWEsWUFBWSxZQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFFBQU0sU0FBUyxZQUFZLE1BQU0sVUFBVSxNQUFNO0FBQ2pELFFBQU0sS0FBSyxhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQyxHQUFHO0FBQ3ZQLFFBQU0sU0FBUyxPQUFPLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLE9BQU8sUUFBUSxFQUFFLEtBQUs7QUFDckUsTUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsZUFBVyxRQUFRLFFBQVE7QUFDekIsWUFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLFlBQU0sSUFBSSxFQUFFO0FBQ1osWUFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsWUFBTUYsUUFDSixFQUFFLFNBQVMsVUFDUCxPQUFPLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxPQUFPLEdBQUcsSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNULFlBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0IsWUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDL0MsWUFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSUEsS0FBSSxFQUFFO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksS0FBSyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDN0MsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDcERBLElBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQUV4RCxTQUFTLGtCQUFrQixNQUE4QztBQUM5RSxTQUFPLFNBQVNHLGVBQWMsTUFBMkM7QUFDdkUsVUFBTSxNQUE4QixFQUFFLFFBQVEsWUFBWSxNQUFNLEVBQUUsVUFBVSxLQUFLLFVBQVUsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCLEtBQUssQ0FBQyxFQUFFO0FBQ3RJLFVBQU0sTUFBTSxNQUFNO0FBQ2xCLFFBQUksS0FBSztBQUNQLFlBQU0sVUFBVSxhQUFhLE1BQU07QUFBQSxRQUNqQyxVQUFVLEtBQUs7QUFBQSxRQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7QUFBQSxRQUN0RCxRQUFRLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxNQUFNLFFBQVE7QUFBQSxRQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQUEsTUFDdEMsQ0FBQztBQUVELFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE1BQU0sSUFBSTtBQUNoRCxVQUFJLEdBQUcsR0FBRyxhQUFhLElBQUksZUFBZSxNQUFNLElBQUk7QUFBQSxJQUN0RDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQ3pCQSxPQUFPQyxXQUFVO0FBQ2pCLFNBQVMsU0FBQUMsY0FBYTtBQUN0QixTQUFTLFdBQUFDLGdCQUFlO0FBSWpCLElBQU0sY0FBYyxJQUFJQSxTQUFRLGNBQWM7QUFROUMsU0FBUyxlQUFlQyxPQUFjLEtBQWEsV0FBNkI7QUFDckYsU0FBTyxFQUFFLFVBQVUsZ0JBQWdCLE1BQUFBLE9BQU0sS0FBSyxVQUFVLEdBQUcsU0FBUyxLQUFLLGNBQWMsTUFBTTtBQUMvRjtBQUVBLElBQU1DLFFBQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUNsRyxJQUFNLGdCQUFnQjtBQUd0QixJQUFJLFFBQXNCLEVBQUUsT0FBTyxHQUFHLFFBQVEsS0FBSztBQUNuRCxJQUFJLFNBQVM7QUFDYixJQUFJLFVBQVU7QUFHUCxTQUFTLGFBQWEsWUFBa0M7QUFDN0QsTUFBSSxLQUFLLElBQUksSUFBSSxTQUFTLGNBQWUsUUFBTztBQUNoRCxXQUFTLEtBQUssSUFBSTtBQUNsQixRQUFNLE1BQU1KLE1BQUssSUFBSSxHQUFHLFVBQVUsWUFBWUksS0FBYTtBQUMzRCxNQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLFFBQUk7QUFDRixZQUFNLE9BQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUMxQyxVQUFJLE9BQU8sS0FBSyxVQUFVLFlBQVksT0FBTyxLQUFLLFdBQVcsVUFBVyxTQUFRO0FBQUEsSUFDbEYsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFXLEtBQW9CO0FBQ3RDLE1BQUksUUFBUSxRQUFTLGFBQVksSUFBSSxNQUFNLElBQUksRUFBRTtBQUNqRCxZQUFVO0FBQ1o7QUFNTyxTQUFTLFlBQVksWUFBb0IsSUFBWSxXQUFXLElBQWE7QUFDbEYsUUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDdEMsYUFBUztBQUNQLFVBQU0sTUFBTSxhQUFhLFVBQVU7QUFDbkMsVUFBTSxPQUFPLENBQUMsSUFBSSxVQUFVLE1BQU0sSUFBSTtBQUN0QyxlQUFXLElBQUk7QUFDZixRQUFJLEtBQU0sUUFBTztBQUNqQixRQUFJLEtBQUssSUFBSSxLQUFLLE1BQU8sUUFBTztBQUNoQyxJQUFBSCxPQUFNLElBQUk7QUFBQSxFQUNaO0FBQ0Y7QUFPTyxTQUFTLGdCQUFnQixZQUFvQixXQUFXLEtBQVc7QUFDeEUsUUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDdEMsTUFBSSxPQUFPO0FBQ1gsU0FBTyxhQUFhLFVBQVUsRUFBRSxVQUFVLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDNUQsV0FBTztBQUNQLGVBQVcsS0FBSztBQUNoQixJQUFBQSxPQUFNLElBQUk7QUFBQSxFQUNaO0FBQ0EsTUFBSSxLQUFNLFlBQVcsSUFBSTtBQUMzQjs7O0FDcEZBLFNBQVMsU0FBQUksY0FBYTtBQUV0QixJQUFJO0FBR0csU0FBUyxhQUFhLE1BQXdCO0FBQ25ELGNBQVk7QUFDZDtBQUdPLFNBQVMsTUFBTSxPQUEyQztBQUMvRCxRQUFNQyxXQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJQSxXQUFVLEVBQUcsQ0FBQUQsT0FBTUMsUUFBTztBQUM5QixjQUFZO0FBQ2Q7QUFRTyxTQUFTLGFBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBQ3BHLFFBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUN4RCxNQUFJLFFBQVEsU0FBUztBQUNyQixhQUFXLEtBQUssT0FBTztBQUNyQixhQUFTLEVBQUU7QUFDWCxRQUFJLFFBQVEsRUFBRyxRQUFPLEVBQUU7QUFBQSxFQUMxQjtBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDO0FBR08sU0FBUyxRQUFXLE9BQW9DO0FBQzdELFNBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN4Rjs7O0FDbkNBLFNBQVMsV0FBQUMsVUFBUyxNQUFNLFNBQUFDLGNBQWE7QUFHOUIsSUFBTSxzQkFBc0IsSUFBSUEsT0FBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJQSxPQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUlBLE9BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJRCxTQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUlBLFNBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRW5CLElBQU0sYUFBbUQsQ0FBQztBQUVuRCxTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixRQUFNLE9BQVEsV0FBVyxJQUFJLE1BQU0sRUFBRSxVQUFVLEtBQUs7QUFDcEQsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVEsTUFBTSxhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDLEVBQUU7QUFBQSxJQUN0SDtBQUFBLEVBQ0Y7QUFDRjs7O0FDcEJBLFNBQVMsYUFBYTtBQUN0QixPQUFPRSxXQUFVOzs7QUNEakIsU0FBUyxTQUFBQyxjQUFhO0FBU3RCLFNBQVMsY0FBYyxNQUFpQyxJQUFtRDtBQUN6RyxNQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixRQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxTQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDL0M7QUFFQSxTQUFTLGVBQWUsS0FBZ0I7QUFDdEMsYUFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxVQUFNLEtBQUssUUFBUSxlQUFlLGNBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixRQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLHFCQUFvQixJQUFJLEVBQUU7QUFBQSxFQUMxRjtBQUNBLFFBQU0sUUFBUSxjQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsTUFBSSxVQUFVLE9BQVcsb0JBQW1CLElBQUksS0FBSztBQUN2RDtBQUdPLFNBQVMsZ0JBQWdCLFFBQW1CLFVBQWMsZUFBdUIsVUFBcUM7QUFDM0gsUUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLE1BQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIscUJBQWlCLElBQUksSUFBSTtBQUN6QixXQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLE1BQUk7QUFDSixTQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsSUFBQUMsT0FBTSxhQUFhO0FBQ25CLFVBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsUUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixVQUFNLE9BQU87QUFDYixRQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO0FBQUEsRUFDN0Q7QUFDQSxRQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLG1CQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixNQUFJLGFBQWEsS0FBSztBQUNwQiwrQkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELG1CQUFlLEdBQUc7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxXQUFXLElBQUk7QUFDMUI7OztBRGhDQSxJQUFJLFVBQXFDLENBQUM7QUFFMUMsU0FBUyxVQUFVLEtBQWMsT0FBMEI7QUFDekQsU0FBUSxRQUFRLEtBQUssTUFBTSxJQUFJLFVBQVUsSUFBSSxPQUFPLFNBQVMsSUFBSSxPQUFPLGFBQWEsS0FBSztBQUM1RjtBQU9PLFNBQVMsWUFBWSxNQUFjLEtBQXNCO0FBQzlELFNBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsTUFBSyxHQUFHLFFBQVEsTUFBTUEsTUFBSyxHQUFHLG1CQUFtQjtBQUM5RjtBQUVBLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFHM0UsU0FBUyxXQUFXLFFBQW1CLElBQWlCO0FBQ3RELFFBQU0sU0FBUyxPQUFPLFVBQVUsRUFBRTtBQUNsQyxNQUFJLENBQUMsT0FBTyxLQUFNLFFBQU87QUFDekIsUUFBTSxhQUFhLE9BQU8sS0FBSyxZQUFZLENBQUMsR0FBRyxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsV0FBVztBQUNyRixRQUFNLFVBQVUsUUFBUSxTQUFTO0FBQ2pDLFNBQU8sWUFBWSxVQUFhLE9BQU8sV0FBVyxJQUFJLFFBQVEsS0FBSyxFQUFFO0FBQ3ZFO0FBSUEsSUFBTSxlQUF3RDtBQUFBLEVBQzVELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxXQUFXLE9BQU8sWUFBWSxFQUFFLE9BQU8sSUFBSSxRQUFRLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLEVBQUUsR0FBRztBQUFBLEVBQ2hIO0FBQUEsSUFDRSxRQUFRO0FBQUEsSUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLFlBQU0sS0FBSyxRQUFRLElBQUksS0FBSyxlQUFlO0FBQzNDLGFBQU8sT0FBTyxVQUFhLFdBQVcsUUFBUSxFQUFFO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUNyQixZQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxZQUFZLFdBQVcsR0FBRyxHQUFHLE9BQU8sV0FBVyxPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDakksVUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLHFCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLFdBQVcsT0FBTyxVQUFVLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFDbkQsYUFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQUEsSUFDMUQ7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxJQUFNLGNBQXdCLENBQUMsUUFDcEMsTUFBTSxnQkFBZ0IsTUFBTTtBQUMxQixRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLE9BQU87QUFDckQsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sRUFBRSxRQUFBQyxRQUFPLElBQUk7QUFDbkIsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxLQUFLO0FBQ25ELFFBQU0sVUFBVSxPQUFPLGFBQWE7QUFBQSxJQUNsQyxPQUFPLFlBQVksU0FBUyxHQUFHO0FBQUEsSUFDL0IsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsZUFBZUEsUUFBTztBQUFBLEVBQ3hCLENBQUM7QUFDRCxNQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsaUJBQWUsSUFBSSxDQUFDO0FBQ3BCLFFBQU0sS0FBSyxRQUFRLEtBQUs7QUFDeEIsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLE1BQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxFQUFFLE9BQU8sK0JBQStCLENBQUMsRUFBRTtBQUM1RSxRQUFNLGFBQWEsZ0JBQWdCLFFBQVEsSUFBSUEsUUFBTyxlQUFlQSxRQUFPLGtCQUFrQjtBQUM5RixPQUFLLFdBQVcsYUFBYTtBQUM3QixNQUFJLFdBQVcsV0FBVztBQUN4QixTQUFLLFdBQVcsUUFBUSxFQUFFLEtBQUs7QUFDL0IsVUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQUssT0FBTyxhQUFhLElBQUksUUFBUSxjQUFjLEtBQUssTUFBTSxFQUFFLE1BQU07QUFBQSxFQUN4RTtBQUNBLFFBQU1BLFFBQU8sVUFBVTtBQUN2QixTQUFPLE9BQU8sYUFBYSxFQUFFLEVBQUUsTUFBTTtBQUN2QyxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sU0FBUyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sS0FBSztBQUNuRCxNQUFJLEtBQUssT0FBTyxXQUFXLEVBQUU7QUFDN0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUNoQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLE9BQUssT0FBTyxXQUFXLEVBQUUsTUFBTTtBQUMvQixRQUFNLElBQUksT0FBTyxVQUFVO0FBRTNCLFFBQU0sWUFBWSxPQUFPLFlBQVksRUFBRSxHQUFHLFNBQVMsT0FBTyxHQUFHLENBQUMsRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUNoRixhQUFXLFVBQVUsVUFBVSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxLQUFLLENBQUMsRUFBRSxNQUFNLEdBQUcsQ0FBQyxHQUFHO0FBQzNGLFNBQUssT0FBTyxhQUFhLE9BQU8sRUFBRSxFQUFFLE1BQU07QUFBQSxFQUM1QztBQUNBLFNBQU87QUFDVCxDQUFDOzs7QUV2R0ksU0FBUyxnQkFBZ0JDLFNBQWdCLGFBQXlCLE1BQU0sUUFBVztBQUN4RixRQUFNQyxRQUFPLENBQUMsTUFBYyxhQUF1QixDQUFDLFNBQXdCO0FBQzFFLGVBQVc7QUFDWCxnQkFBWSxNQUFNLFVBQVUsRUFBRSxRQUFBRCxTQUFRLEtBQUssQ0FBQztBQUFBLEVBQzlDO0FBQ0EsU0FBTyxFQUFFLGNBQWNDLE1BQUssV0FBVyxXQUFXLEdBQUcsWUFBWUEsTUFBSyxTQUFTLFNBQVMsR0FBRyxZQUFZQSxNQUFLLFNBQVMsU0FBUyxFQUFFO0FBQ2xJOzs7QUNwQkEsSUFBTSxNQUFNLEVBQUUsT0FBTyxVQUFVO0FBRS9CLFNBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUNqRSxNQUFJLGFBQWEsU0FBVSxRQUFPLFFBQVE7QUFDMUMsTUFBSSxhQUFhLGdCQUFpQixRQUFPLFFBQVE7QUFDakQsU0FBTyxRQUFRO0FBQ2pCO0FBR08sU0FBUyxhQUFhLFNBQWtCLFdBQXdDO0FBQ3JGLFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsUUFDTCxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFNBQVM7QUFBQSxRQUNsRCxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFNBQVM7QUFBQSxNQUNwRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztBQUFBLE1BQzlCLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFrQixJQUFJLEtBQWMsT0FBTyxZQUFZLFVBQVUsT0FBTyxFQUFFLENBQUM7QUFBQSxJQUM3RixFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLFNBQWtCLFdBQXdDO0FBQ25GLFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSxtQkFBbUIsTUFBTSxLQUFLLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsSUFDckcsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQWlCLElBQUksS0FBYyxPQUFPLFFBQVEsVUFBVSxDQUFDO0FBQUEsSUFDL0UsRUFBRTtBQUFBLEVBQ0o7QUFDRjtBQUdPLFNBQVMsV0FBVyxpQkFBaUIsT0FBZTtBQUN6RCxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLEtBQUssYUFBYSxNQUFNLGVBQWUsQ0FBQztBQUFBLElBQ2xGO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxhQUFhLFNBQTBCO0FBQ3JELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsSUFDcEYsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLEVBQ2hHO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQixTQUEwQjtBQUN4RCxTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEseUJBQXlCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLGFBQWEsQ0FBQyxFQUFFO0FBQUEsSUFDcEcsRUFBRSxRQUFRLHFCQUFxQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtBQUFBLEVBQzlGO0FBQ0Y7OztBM0JuREEsSUFBTUMsVUFBUyxjQUFjLGFBQWE7QUFDMUMsSUFBTSxXQUFXLGlCQUFpQixLQUFLO0FBRWhDLElBQU0sVUFBVSxhQUFhQSxTQUFRLE9BQU87QUFBQSxFQUNqRCxXQUFXQSxRQUFPO0FBQUEsRUFDbEIsV0FBVztBQUFBLElBQ1QsT0FBTyxlQUFlLG9CQUFvQixTQUFTLFNBQVNBLFFBQU8sU0FBUztBQUFBLElBQzVFLGNBQWMsYUFBYSxlQUFlLEdBQUdBLFFBQU8sV0FBVyxDQUFDO0FBQUEsRUFDbEU7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLEdBQUcsYUFBYUEsUUFBTyxTQUFTLFNBQVM7QUFBQSxJQUN6QyxHQUFHLFdBQVdBLFFBQU8sU0FBUyxTQUFTO0FBQUEsSUFDdkMsR0FBRyxXQUFXO0FBQUEsSUFDZCxHQUFHLGFBQWFBLFFBQU8sT0FBTztBQUFBLElBQzlCLEdBQUcsZ0JBQWdCQSxRQUFPLE9BQU87QUFBQSxFQUNuQztBQUNGLEVBQUU7QUFJRixRQUFRLFdBQVcsc0JBQXNCLElBQUksQ0FBQztBQUd2QyxJQUFNLGdCQUFnQixrQkFBa0IsRUFBRSxVQUFVLGNBQWMsQ0FBQztBQUVuRSxTQUFTLFFBQTBCO0FBQ3hDLFNBQU8sV0FBV0EsT0FBTTtBQUMxQjtBQUVBLElBQU0sWUFBWSxnQkFBZ0JBLE9BQU07QUFDeEMsSUFBTSxVQUFVLEVBQUUsU0FBUyxVQUFVLGNBQWMsT0FBTyxVQUFVLFlBQVksT0FBTyxVQUFVLFdBQVc7QUFDNUcsYUFBYSxNQUFNLGdCQUFnQixTQUFTLFVBQVUsQ0FBQztBQUVoRCxTQUFTLGlCQUFpQixNQUFxQjtBQUNwRCxRQUFNLEtBQUtDLE1BQUssR0FBRztBQUNuQixNQUFJLENBQUMsWUFBWSxTQUFTLFlBQVksRUFBRSxFQUFHO0FBQzNDLFVBQVEsWUFBWSxJQUFJRCxRQUFPLE9BQU8sQ0FBQyxFQUFFLElBQUk7QUFDL0M7QUFFQSxJQUFNRSxTQUFRLElBQUksVUFBVUYsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDdkQsU0FBUyxjQUFvQjtBQUNsQyxFQUFBRSxPQUFNLE9BQU87QUFDZjsiLAogICJuYW1lcyI6IFsiZXhlYyIsICJzaGFwZSIsICJjb25maWciLCAiaHR0cCIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAib3B0aW9ucyIsICJleGVjIiwgImh0dHAiLCAidGV4dCIsICJodHRwIiwgImV4ZWMiLCAid2VpZ2h0cyIsICJleGVjIiwgImNvbmZpZyIsICJwb2xsUmVzb3VyY2VzIiwgInRleHQiLCAiZXhwcmVzc2lvbiIsICJvcHRpb25zIiwgInNlY29uZHMiLCAib3B0aW9ucyIsICJleHByZXNzaW9uIiwgInRleHQiLCAib3B0aW9ucyIsICJzZWNvbmRzIiwgImhhbmRsZVN1bW1hcnkiLCAiaHR0cCIsICJzbGVlcCIsICJDb3VudGVyIiwgImV4ZWMiLCAiUE9MTCIsICJzbGVlcCIsICJzZWNvbmRzIiwgIkNvdW50ZXIiLCAiVHJlbmQiLCAiZXhlYyIsICJzbGVlcCIsICJzbGVlcCIsICJleGVjIiwgImNvbmZpZyIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAiZXhlYyIsICJwcm9iZSJdCn0K
