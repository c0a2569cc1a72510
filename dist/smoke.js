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

// lib/config/env.ts
var config = parseConfig(__ENV);

// lib/metrics/metrics.ts
import { Counter, Rate, Trend } from "k6/metrics";
var chapterGenerationMs = new Trend("chapter_generation_ms", true);
var courseGenerationMs = new Trend("course_generation_ms", true);
var courseGenerationObservedMs = new Trend("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter("workflow_errors");

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

// lib/users/setup.ts
import { sleep } from "k6";
import exec from "k6/execution";
import secrets from "k6/secrets";
import http2 from "k6/http";

// lib/http/api.ts
import { check } from "k6";
import http from "k6/http";

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

// lib/users/setup.ts
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
function login(client, config2, role) {
  const { email, password } = config2.users[role];
  const result = client.login(email, password);
  if (!result.body) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${envPrefix}_EMAIL and ${envPrefix}_PASSWORD.`);
  }
  return result.body.access_token;
}
function seedCourses(client, runId, config2) {
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
  const deadline = Date.now() + config2.generationTimeoutS * 1e3;
  for (const jobId of jobs) {
    for (; ; ) {
      const job = client.getJob(jobId).body;
      if (job?.status === "completed") break;
      if (job?.status === "failed") abort(`a seed course's generation failed: ${job.error ?? "no reason given"}.`);
      if (Date.now() > deadline) abort(`seed courses were not generated within GENERATION_TIMEOUT=${config2.generationTimeoutS}s.`);
      sleep(0.5);
    }
  }
  return courseIds;
}
async function withSecretPasswords(config2) {
  const users = { ...config2.users };
  for (const role of ["regular", "power", "admin"]) {
    try {
      const password = await secrets.get(`${role.toUpperCase()}_USER_PASSWORD`);
      if (password) users[role] = { ...users[role], password };
    } catch {
    }
  }
  return { ...config2, users };
}
async function prepareRun(runConfig, options2 = { seed: true }) {
  probe(runConfig.baseUrl);
  const config2 = await withSecretPasswords(runConfig);
  const anonymous = new ApiClient(config2.baseUrl, config2.apiTimeoutS);
  const tokens = {
    regular: login(anonymous, config2, "regular"),
    power: login(anonymous, config2, "power"),
    admin: login(anonymous, config2, "admin")
  };
  const runId = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const seededCourseIds = options2.seed ? seedCourses(anonymous.as(tokens.regular), runId, config2) : [];
  return { runId, tokens, seededCourseIds };
}

// lib/metrics/resources.ts
import http3 from "k6/http";
import { Counter as Counter2, Trend as Trend2 } from "k6/metrics";

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
var serverCpuPercent = new Trend2("server_cpu_percent");
var serverCpuCoresPercent = new Trend2("server_cpu_cores_percent");
var serverMemoryMb = new Trend2("server_memory_mb");
var serverSamplesMissing = new Counter2("server_samples_missing");
var serverMemoryGrowth = new Trend2("server_memory_growth_mb_per_min");
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
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

// lib/config/entry.ts
function isControlRuntime() {
  return __VU === 0;
}
function entryOptions(config2, makeParts) {
  if (!isControlRuntime()) return void 0;
  const parts = makeParts();
  const scenarios = Object.fromEntries(Object.entries(parts.scenarios).filter(([, scenario]) => hasUsers(scenario)));
  const gates = [...parts.gates];
  if (config2.sidecarUrl) {
    scenarios.resources = resourcesScenario(parts.wallTimeS);
    gates.push(
      ...resourceGates({
        memoryMb: config2.targets.memoryMb,
        cpuPercent: config2.targets.cpuPercent,
        growthMbPerMin: parts.gateMemoryGrowth ? config2.targets.memoryGrowthMbPerMin : void 0,
        failOnMissing: config2.sidecarStrict
      })
    );
  }
  return {
    scenarios,
    thresholds: toK6Thresholds(gates),
    setupTimeout: `${Math.max(60, config2.generationTimeoutS + 30)}s`,
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

// lib/workflows/workflows.ts
import { group } from "k6";
import exec2 from "k6/execution";

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

// lib/workflows/workflows.ts
var clients = {};
function clientFor(ctx, token) {
  return clients[token] ??= new ApiClient(ctx.config.baseUrl, ctx.config.apiTimeoutS, token);
}
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${exec2.vu.idInTest} it${exec2.vu.iterationInScenario}`;
}
var EXPORT_FORMATS = ["json", "markdown", "html"];
var everyEndpoint = (ctx) => group("every endpoint", () => {
  const { config: config2, data } = ctx;
  const user = clientFor(ctx, data.tokens.power);
  const admin = clientFor(ctx, data.tokens.admin);
  let ok = user.health().ok;
  ok = user.listCourses({ limit: 5 }).ok && ok;
  const created = user.createCourse({ title: uniqueTitle("smoke", ctx), topic: "smoke testing", level: "intermediate", chapter_count: 2 });
  if (!created.body) return false;
  coursesCreated.add(1);
  const id = created.body.id;
  ok = user.getCourse(id).ok && ok;
  ok = user.updateCourse(id, { title: `${created.body.title} (edited)` }).ok && ok;
  const generation = generateAndWait(user, id, config2.pollIntervalS, config2.generationTimeoutS);
  ok = generation.completed && ok;
  if (generation.completed) {
    ok = user.getChapter(id, generation.job?.chapters[0]?.index ?? 0).ok && ok;
    for (const format of EXPORT_FORMATS) ok = user.exportCourse(id, format).ok && ok;
  }
  ok = admin.adminStats().ok && ok;
  ok = admin.adminJobs(10).ok && ok;
  ok = admin.adminUsers().ok && ok;
  return user.deleteCourse(id).ok && ok;
});

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

// scenarios/smoke.ts
var SMOKE_SECONDS = 10;
var options = entryOptions(config, () => ({
  wallTimeS: SMOKE_SECONDS,
  scenarios: {
    smoke: { executor: "constant-vus", exec: "smoke", vus: 1, duration: `${SMOKE_SECONDS}s`, gracefulStop: "30s" }
  },
  gates: [
    ...latencyGates(config.targets, ENDPOINTS),
    ...errorGates(config.targets, ENDPOINTS),
    ...abortGates("5s"),
    ...successGates(config.targets),
    ...generationGates(config.targets)
  ]
}));
var handleSummary = makeHandleSummary({ scenario: "smoke" });
function setup() {
  return prepareRun(config, { seed: false });
}
function smoke(data) {
  runWorkflow("smoke", everyEndpoint, { config, data });
}
export {
  handleSummary,
  options,
  pollResources2 as pollResources,
  setup,
  smoke,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2Vudi50cyIsICIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwgIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiLCAiLi4vc2NlbmFyaW9zL3Ntb2tlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgYnkgc3RhYmxlIG5hbWU6IHRoZSBgZW5kcG9pbnRgIHRhZyBvbiBldmVyeSByZXF1ZXN0LCB0aGUga2V5IG9mXG4vLyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0IHJvd3MsIGFuZCB0aGUgcm91dGUgbmFtZXMgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX0ZBVUxUUyB1c2UuXG5leHBvcnQgY29uc3QgRU5EUE9JTlRTID0gW1xuICAnaGVhbHRoJyxcbiAgJ2xvZ2luJyxcbiAgJ2NvdXJzZXNfbGlzdCcsXG4gICdjb3Vyc2VfY3JlYXRlJyxcbiAgJ2NvdXJzZV9nZXQnLFxuICAnY291cnNlX3VwZGF0ZScsXG4gICdjb3Vyc2VfZGVsZXRlJyxcbiAgJ2NvdXJzZV9nZW5lcmF0ZScsXG4gICdqb2JfZ2V0JyxcbiAgJ2NoYXB0ZXJfZ2V0JyxcbiAgJ2NvdXJzZV9leHBvcnQnLFxuICAnYWRtaW5fc3RhdHMnLFxuICAnYWRtaW5fam9icycsXG4gICdhZG1pbl91c2VycycsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSBFbmRwb2ludCA9ICh0eXBlb2YgRU5EUE9JTlRTKVtudW1iZXJdO1xuXG4vKiogVGFnIHZhbHVlIHRoYXQgc2VwYXJhdGVzIHRoZSBwbGF0Zm9ybSdzIEFQSSB0cmFmZmljIGZyb20gdGhlIHN1aXRlJ3Mgb3duIGNhbGxzIChlLmcuIHRoZSBzaWRlY2FyKS4gKi9cbmV4cG9ydCBjb25zdCBBUElfU0NPUEUgPSAnYXBpJztcbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIG1lbW9yeU1iOiAxMDI0LFxuICBjcHVQZXJjZW50OiA4MCxcbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IDEwLFxufSk7XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG4vKiogUmVhZHMgYW5kIHZhbGlkYXRlcyBldmVyeSBzZXR0aW5nOyB0aHJvd3MgQ29uZmlnRXJyb3IgbmFtaW5nIHRoZSBmaXJzdCBiYWQgdmFyaWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDb25maWcoZW52OiBFbnYpOiBDb25maWcge1xuICBjb25zdCBkID0gREVGQVVMVF9UQVJHRVRTO1xuICBjb25zdCBkdXJhdGlvblMgPSBzZWNvbmRzKDEsIDcgKiAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nLCA2MCk7XG4gIGNvbnN0IHJhbXBVcFMgPSBzZWNvbmRzKDAsIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9VUCcsIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSkpO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJywgTWF0aC5taW4oMTAsIHJhbXBVcFMpKSxcbiAgICB3ZWlnaHRzOiB3ZWlnaHRzKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUycpLFxuICAgIHRoaW5rVGltZVM6IHRoaW5rVGltZShlbnYsICdQRVJGT1JNQU5DRV9USElOS19USU1FJyksXG4gICAgcG9sbEludGVydmFsUzogbnVtYmVySW4oMC4xLCA2MCwgJ3NlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdHRU5FUkFUSU9OX1BPTExfSU5URVJWQUwnLCAxKSxcbiAgICBnZW5lcmF0aW9uVGltZW91dFM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdHRU5FUkFUSU9OX1RJTUVPVVQnLCAzMDApLFxuICAgIGNoYXB0ZXJzUGVyQ291cnNlOiBjb3VudCgxLCAyMCkoZW52LCAnR0VORVJBVElPTl9DSEFQVEVSUycsIDMpLFxuICAgIHNpZGVjYXJVcmw6IHVybChlbnYsICdTSURFQ0FSX1VSTCcsIHVuZGVmaW5lZCksXG4gICAgc2lkZWNhclN0cmljdDogZmxhZyhlbnYsICdTSURFQ0FSX1NUUklDVCcpLFxuICAgIGFsbG93ZWRIb3N0czogaG9zdExpc3QoZW52LCAnUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUycpLFxuICAgIHRhcmdldHM6IHtcbiAgICAgIGFwaVA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTVfTVMnLCBkLmFwaVA5NU1zKSxcbiAgICAgIGFwaVA5OU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTlfTVMnLCBkLmFwaVA5OU1zKSxcbiAgICAgIGhlYWx0aFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMnLCBkLmhlYWx0aFA5NU1zKSxcbiAgICAgIGV4cG9ydFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMnLCBkLmV4cG9ydFA5NU1zKSxcbiAgICAgIGNoYXB0ZXJQOTVNczogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ1RIUkVTSE9MRF9DSEFQVEVSX1A5NV9TJywgZC5jaGFwdGVyUDk1TXMgLyAxMDAwKSAqIDEwMDAsXG4gICAgICBzdWNjZXNzUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX1NVQ0NFU1NfUkFURScsIGQuc3VjY2Vzc1JhdGUpLFxuICAgICAgZXJyb3JSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfRVJST1JfUkFURScsIGQuZXJyb3JSYXRlKSxcbiAgICAgIG1lbW9yeU1iOiBjb3VudCgxLCAxXzA0OF81NzYpKGVudiwgJ1BFUkZPUk1BTkNFX01FTU9SWV9MSU1JVCcsIGQubWVtb3J5TWIpLFxuICAgICAgY3B1UGVyY2VudDogbnVtYmVySW4oMSwgMTAwLCAnYSBwZXJjZW50YWdlJywgZmFsc2UpKGVudiwgJ1BFUkZPUk1BTkNFX0NQVV9MSU1JVCcsIGQuY3B1UGVyY2VudCksXG4gICAgICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVySW4oMCwgMV8wMDBfMDAwLCAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzTG9vcGJhY2soaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBob3N0ID09PSAnbG9jYWxob3N0JyB8fCBob3N0ID09PSAnWzo6MV0nIHx8IGhvc3QgPT09ICc6OjEnIHx8IC9eMTI3XFwuXFxkezEsM31cXC5cXGR7MSwzfVxcLlxcZHsxLDN9JC8udGVzdChob3N0KTtcbn1cblxuLyoqXG4gKiBUaGUgdGFyZ2V0IGd1YXJkOiBhbiBlbnRyeSBoZWF2aWVyIHRoYW4gc21va2UgcmVmdXNlcyBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2sgdW5sZXNzIGl0IGlzXG4gKiBhbGxvdy1saXN0ZWQsIHNvIGEgdHlwbyBpbiBCQVNFX1VSTCBjYW5ub3QgbG9hZC10ZXN0IHByb2R1Y3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZzogQ29uZmlnLCBlbnRyeTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGhvc3QgPSBob3N0T2YoY29uZmlnLmJhc2VVcmwpO1xuICBpZiAoaXNMb29wYmFjayhob3N0KSB8fCBjb25maWcuYWxsb3dlZEhvc3RzLmluY2x1ZGVzKGhvc3QpKSByZXR1cm47XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICBgcmVmdXNpbmcgdG8gcnVuIFwiJHtlbnRyeX1cIiBhZ2FpbnN0ICR7Y29uZmlnLmJhc2VVcmx9OiAke2hvc3R9IGlzIG5vdCBhIGxvb3BiYWNrIGFkZHJlc3MuIGAgK1xuICAgICAgYElmIHlvdSBtZWFuIHRvIGxvYWQtdGVzdCBpdCwgYWxsb3cgaXQgd2l0aCBQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTPSR7aG9zdH0gKGNvbW1hLXNlcGFyYXRlZCBsaXN0KS5gLFxuICApO1xufVxuXG4vKipcbiAqIEEgc2NlbmFyaW8ncyBvd24gbnVtZXJpYyBzZXR0aW5nIChlLmcuIFNQSUtFX0ZBQ1RPUiksIHZhbGlkYXRlZCBsaWtlIHRoZSBzaGFyZWQgb25lczogYSBiYWRcbiAqIHZhbHVlIHN0b3BzIHRoZSBydW4gYXQgaW5pdCB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHZhcmlhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW52TnVtYmVyKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSk6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IGFzc2VydFRhcmdldEFsbG93ZWQsIHBhcnNlQ29uZmlnLCB0eXBlIENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuXG4vKiogVGhlIGNvbmZpZ3VyYXRpb24gZm9yIGEgbG9hZC1nZW5lcmF0aW5nIGVudHJ5OiByZWZ1c2VzIGEgbm9uLWxvb3BiYWNrIHRhcmdldCB0aGF0IGlzIG5vdCBhbGxvdy1saXN0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZ3VhcmRlZENvbmZpZyhlbnRyeTogc3RyaW5nKTogQ29uZmlnIHtcbiAgYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWcsIGVudHJ5KTtcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiIsICIvLyBDdXN0b20gbWV0cmljcyBmb3Igd2hhdCBrNidzIGJ1aWx0LWlucyBjYW5ub3Qgc2F5LiBDcmVhdGVkIG9uY2UgYXQgaW5pdCAoazYgcmVxdWlyZXMgaXQpLlxuaW1wb3J0IHsgQ291bnRlciwgUmF0ZSwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcblxuLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiB0aW1lIGZyb20gdGhlIGpvYidzIG93biBzdGFydGVkX2F0L2ZpbmlzaGVkX2F0IChzZXJ2ZXIgdmlldykuICovXG5leHBvcnQgY29uc3QgY2hhcHRlckdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24sIGpvYiBjcmVhdGVkIC0+IGZpbmlzaGVkLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcy4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24gYXMgdGhlIHBvbGxpbmcgdXNlciBzYXcgaXQ6IHJlcXVlc3QgYWNjZXB0ZWQgLT4gY29tcGxldGVkIHNlZW4uICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX29ic2VydmVkX21zJywgdHJ1ZSk7XG4vKiogR2VuZXJhdGlvbiBqb2JzIHRoYXQgZmFpbGVkIG9yIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkZhaWxlZCA9IG5ldyBSYXRlKCdnZW5lcmF0aW9uX2ZhaWxlZCcpO1xuLyoqIENvdXJzZXMgdGhlIHBsYXRmb3JtIGFja25vd2xlZGdlZCBjcmVhdGluZyAoMjAxKS4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VzQ3JlYXRlZCA9IG5ldyBDb3VudGVyKCdjb3Vyc2VzX2NyZWF0ZWQnKTtcbi8qKiBXaG9sZSB3b3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgY29tcGxldGVkIGV2ZXJ5IHN0ZXAsIHRhZ2dlZCBieSB3b3JrZmxvdy4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd1N1Y2Nlc3MgPSBuZXcgUmF0ZSgnd29ya2Zsb3dfc3VjY2VzcycpO1xuLyoqIFdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCB0aHJldyAoYSBzY3JpcHQgYnVnIG9yIGEgYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpLiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93RXJyb3JzID0gbmV3IENvdW50ZXIoJ3dvcmtmbG93X2Vycm9ycycpO1xuIiwgIi8vIFJ1bnMgb25lIHdvcmtmbG93IGl0ZXJhdGlvbiBhbmQgcmVjb3JkcyBpdHMgb3V0Y29tZS4gQSB3b3JrZmxvdyB0aGF0IHRocm93cyAoYSBzY3JpcHQgYnVnLCBhXG4vLyBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkgaXMgYSBmYWlsZWQgaXRlcmF0aW9uIHRoYXQgY291bnRzIGFnYWluc3QgdGhlIHRocmVzaG9sZHMgaW5zdGVhZFxuLy8gb2YgYW4gZXhjZXB0aW9uIGs2IG9ubHkgbG9ncy5cbmltcG9ydCB7IHdvcmtmbG93RXJyb3JzLCB3b3JrZmxvd1N1Y2Nlc3MgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuY29uc3QgTUFYX0xPR0dFRF9FUlJPUlMgPSA1O1xubGV0IGxvZ2dlZEVycm9ycyA9IDA7XG5cbmNvbnN0IHRhZ3NCeU5hbWU6IFJlY29yZDxzdHJpbmcsIHsgd29ya2Zsb3c6IHN0cmluZyB9PiA9IHt9O1xuXG5leHBvcnQgZnVuY3Rpb24gcnVuV29ya2Zsb3cobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3csIGN0eDogQ29udGV4dCk6IHZvaWQge1xuICBjb25zdCB0YWdzID0gKHRhZ3NCeU5hbWVbbmFtZV0gPz89IHsgd29ya2Zsb3c6IG5hbWUgfSk7IC8vIG1hZGUgb25jZSBwZXIgd29ya2Zsb3csIG5vdCBwZXIgaXRlcmF0aW9uXG4gIHRyeSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZCh3b3JrZmxvdyhjdHgpLCB0YWdzKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKGZhbHNlLCB0YWdzKTtcbiAgICB3b3JrZmxvd0Vycm9ycy5hZGQoMSwgdGFncyk7XG4gICAgaWYgKGxvZ2dlZEVycm9ycysrIDwgTUFYX0xPR0dFRF9FUlJPUlMpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoYHdvcmtmbG93IFwiJHtuYW1lfVwiIHRocmV3OiAke2Vycm9yIGluc3RhbmNlb2YgRXJyb3IgPyAoZXJyb3Iuc3RhY2sgPz8gZXJyb3IubWVzc2FnZSkgOiBTdHJpbmcoZXJyb3IpfWApO1xuICAgIH1cbiAgfVxufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBsb2dzIHRoZSB0aHJlZSB1c2Vyc1xuLy8gaW4gb25jZSwgYW5kIHNlZWRzIGNvdXJzZXMgZm9yIHJlZ3VsYXIgdXNlcnMgdG8gcmVhZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBHZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0aGUgcmVndWxhciB1c2VyLCBmb3IgcmVhZGluZy4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbG9naW4oY2xpZW50OiBBcGlDbGllbnQsIGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IGNvbmZpZy51c2Vyc1tyb2xlXTtcbiAgY29uc3QgcmVzdWx0ID0gY2xpZW50LmxvZ2luKGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LmJvZHkpIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkQuYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC5ib2R5LmFjY2Vzc190b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLCB0b3BpYzogJ2xvYWQgdGVzdGluZycsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIFBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkIGxpa2UgdGhlXG4gKiBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNiByZWRhY3RzIHRoZW1cbiAqIGZyb20gaXRzIGxvZ3MuIFdpdGhvdXQgYSBzZWNyZXQgc291cmNlLCBvciB3aXRob3V0IHRoYXQga2V5LCB0aGUgZW52aXJvbm1lbnQncyB2YWx1ZSBzdGFuZHMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHdpdGhTZWNyZXRQYXNzd29yZHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPENvbmZpZz4ge1xuICBjb25zdCB1c2VycyA9IHsgLi4uY29uZmlnLnVzZXJzIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdCkge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSB1c2Vyc1tyb2xlXSA9IHsgLi4udXNlcnNbcm9sZV0sIHBhc3N3b3JkIH07XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiB7IC4uLmNvbmZpZywgdXNlcnMgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4ocnVuQ29uZmlnOiBDb25maWcsIG9wdGlvbnM6IHsgc2VlZDogYm9vbGVhbiB9ID0geyBzZWVkOiB0cnVlIH0pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUocnVuQ29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBjb25maWcgPSBhd2FpdCB3aXRoU2VjcmV0UGFzc3dvcmRzKHJ1bkNvbmZpZyk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz4gPSB7XG4gICAgcmVndWxhcjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdyZWd1bGFyJyksXG4gICAgcG93ZXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncG93ZXInKSxcbiAgICBhZG1pbjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdhZG1pbicpLFxuICB9O1xuICBjb25zdCBydW5JZCA9IGAke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHBhdGhzLCByZXF1ZXN0VGFncywgdHlwZSBJZCB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHsgaXRlbXM6IENvdXJzZVtdOyB0b3RhbDogbnVtYmVyOyBsaW1pdDogbnVtYmVyOyBvZmZzZXQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7IHRpdGxlOiBzdHJpbmc7IHRvcGljOiBzdHJpbmc7IGxldmVsOiBMZXZlbDsgY2hhcHRlcl9jb3VudDogbnVtYmVyOyBsYW5ndWFnZT86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyBzdGF0dXM6IHN0cmluZzsgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDsgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgd29yZF9jb3VudDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4geyBhY2Nlc3NfdG9rZW46IHN0cmluZzsgdG9rZW5fdHlwZTogc3RyaW5nOyByb2xlOiBSb2xlOyBleHBpcmVzX2luOiBudW1iZXIgfVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqXG4gKiBXaGV0aGVyIHRoZSBhbnN3ZXIgY2xhaW1zIHRvIGJlIEpTT04gYXQgYWxsIChhbiBIVE1MIGVycm9yIHBhZ2UgaXMgYSBmYWlsZWQgY2hlY2ssIG5vdCBhblxuICogZXhjZXB0aW9uKS4gVGhlIGJvZHkgaXRzZWxmIGlzIG5vdCByZWFkIGhlcmU6IGFuIGVtcHR5IG9yIHVucGFyc2FibGUgb25lIHJlYWRzIGFzIGhhdmluZyBub1xuICogZmllbGRzLCB3aGljaCBmYWlscyB0aGUgc2hhcGUsIGFuZCByZWFkaW5nIGl0IHdvdWxkIGNvcHkgZXZlcnkgYm9keSBpbnRvIEphdmFTY3JpcHQuXG4gKi9cbmZ1bmN0aW9uIGlzSnNvbihyZXM6IFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gIHJldHVybiBTdHJpbmcocmVzLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID8/ICcnKS5pbmNsdWRlcygnanNvbicpO1xufVxuXG4vKiogVGhlIHJlc3BvbnNlIHRoZSBzaGFwZSBjaGVjayBpcyByZWFkaW5nOiBvbmUgZmllbGQgcmVhZGVyIHBlciBWVSwgbm90IGEgY2xvc3VyZSBwZXIgcmVxdWVzdC4gKi9cbmxldCByZWFkaW5nOiBSZXNwb25zZSB8IHVuZGVmaW5lZDtcbi8qKiBGaWVsZCByZWFkZXIgb3ZlciBrNidzIHNlbGVjdG9yOyBhIGJvZHkgdGhhdCBpcyBub3QgdmFsaWQgSlNPTiByZWFkcyBhcyBoYXZpbmcgbm8gZmllbGRzLiAqL1xuY29uc3QgcmVhZEZpZWxkOiBGaWVsZCA9IChwYXRoKSA9PiB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRpbmchLmpzb24ocGF0aCkgPz8gdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59O1xuXG4vKiogQSBjYWxsJ3MgUmVzdWx0OyB0aGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZCAoYSBwcm90b3R5cGUgZ2V0dGVyOiBubyBjbG9zdXJlcyBwZXIgcmVxdWVzdCkuICovXG5jbGFzcyBMYXp5UmVzdWx0PFQ+IGltcGxlbWVudHMgUmVzdWx0PFQ+IHtcbiAgcHJpdmF0ZSBwYXJzZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSB2YWx1ZTogVCB8IHVuZGVmaW5lZDtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgb2s6IGJvb2xlYW4sXG4gICAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSByZXM6IFJlc3BvbnNlIHwgdW5kZWZpbmVkLFxuICApIHt9XG5cbiAgZ2V0IGJvZHkoKTogVCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMucmVzICYmICF0aGlzLnBhcnNlZCkge1xuICAgICAgdGhpcy52YWx1ZSA9IHBhcnNlSnNvbih0aGlzLnJlcy5ib2R5KSBhcyBUO1xuICAgICAgdGhpcy5wYXJzZWQgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy52YWx1ZTtcbiAgfVxufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24oYm9keTogdW5rbm93bik6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKGJvZHkgYXMgc3RyaW5nKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vLyBDYWNoZXMgb24gdGhpcyBwYXRoIGFyZSBwbGFpbiBvYmplY3RzLCBub3QgTWFwOiBldmVyeSBWVSBoYXMgaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIGFuZCB0aGVcbi8vIGZpcnN0IE1hcCBhIHJ1bnRpbWUgdXNlcyBidWlsZHMgTWFwJ3MgY29uc3RydWN0b3IgYW5kIHByb3RvdHlwZSBpbiBpdCAofjEwIEtCIHBlciBWVSwgYmVuY2gvKS5cbi8vIE9uZSBjYWxsYmFjayBwZXIgc3RhdHVzLCBtYWRlIG9uY2U6IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcygpIGFsbG9jYXRlcywgYW5kIHRoaXMgaXMgZXZlcnkgcmVxdWVzdCdzIHBhdGguXG5jb25zdCBzdGF0dXNDYWxsYmFja3M6IFJlY29yZDxudW1iZXIsIFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4+ID0ge307XG5mdW5jdGlvbiBleHBlY3RTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+IHtcbiAgcmV0dXJuIChzdGF0dXNDYWxsYmFja3Nbc3RhdHVzXSA/Pz0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cykpO1xufVxuXG4vKiogU2VlcyBldmVyeSBBUEkgcmVxdWVzdCdzIGR1cmF0aW9uIGFuZCBvdXRjb21lOiBob3cgc2NlbmFyaW9zIG1lYXN1cmUgbGF0ZW5jeSBwZXIgcGhhc2UuICovXG5leHBvcnQgdHlwZSBSZXF1ZXN0T2JzZXJ2ZXIgPSAoZW5kcG9pbnQ6IEVuZHBvaW50LCBkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuKSA9PiB2b2lkO1xubGV0IG9ic2VydmVyOiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQ7XG5leHBvcnQgZnVuY3Rpb24gb2JzZXJ2ZVJlcXVlc3RzKG5leHQ6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBvYnNlcnZlciA9IG5leHQ7XG59XG5cbi8qKiBXaGF0IGEgcmVxdWVzdCdzIGNoZWNrcyBsb29rIGF0OyBvbmUgb2JqZWN0IHBlciBWVSwgcmV1c2VkLCBzbyBhIHJlcXVlc3QgYWxsb2NhdGVzIG5vIGNoZWNrIGNsb3N1cmVzLiAqL1xuaW50ZXJmYWNlIE91dGNvbWUge1xuICBzdGF0dXNPazogYm9vbGVhbjtcbiAgc2hhcGVPazogYm9vbGVhbjtcbn1cbmNvbnN0IG91dGNvbWU6IE91dGNvbWUgPSB7IHN0YXR1c09rOiBmYWxzZSwgc2hhcGVPazogZmFsc2UgfTtcblxudHlwZSBDaGVja3MgPSBSZWNvcmQ8c3RyaW5nLCAobzogT3V0Y29tZSkgPT4gYm9vbGVhbj47XG4vLyBLZXllZCBieSBlbmRwb2ludCBhbG9uZTogZWFjaCBBcGlDbGllbnQgbWV0aG9kIGZpeGVzIGl0cyBlbmRwb2ludCdzIGV4cGVjdGVkIHN0YXR1cywgc2hhcGUgYW5kIHBheWxvYWQuXG5jb25zdCBjaGVja1NldHM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCB7IGNoZWNrczogQ2hlY2tzOyB0YWdzOiB7IGVuZHBvaW50OiBFbmRwb2ludCB9IH0+PiA9IHt9O1xuLyoqIFRoZSBjaGVja3Mgb2Ygb25lIGVuZHBvaW50LCBtYWRlIG9uY2U6IHRoZSBzYW1lIG5hbWVzIG9uIGV2ZXJ5IHJlcXVlc3Qga2VlcCB0aGUgY2hlY2tzIG1ldHJpYydzIHNlcmllcyBmaXhlZC4gKi9cbmZ1bmN0aW9uIGNoZWNrc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhTaGFwZTogYm9vbGVhbikge1xuICBsZXQgc2V0ID0gY2hlY2tTZXRzW2VuZHBvaW50XTtcbiAgaWYgKCFzZXQpIHtcbiAgICBjb25zdCBjaGVja3M6IENoZWNrcyA9IHsgW2Ake2VuZHBvaW50fTogc3RhdHVzIGlzICR7ZXhwZWN0ZWR9YF06IChvKSA9PiBvLnN0YXR1c09rIH07XG4gICAgaWYgKHdpdGhTaGFwZSkgY2hlY2tzW2Ake2VuZHBvaW50fTogYm9keSBoYXMgdGhlIGV4cGVjdGVkIHNoYXBlYF0gPSAobykgPT4gIW8uc3RhdHVzT2sgfHwgby5zaGFwZU9rO1xuICAgIHNldCA9IHsgY2hlY2tzLCB0YWdzOiB7IGVuZHBvaW50IH0gfTtcbiAgICBjaGVja1NldHNbZW5kcG9pbnRdID0gc2V0O1xuICB9XG4gIHJldHVybiBzZXQ7XG59XG5cbnR5cGUgUGFyYW1zID0gTm9uTnVsbGFibGU8UGFyYW1ldGVyczx0eXBlb2YgaHR0cC5yZXF1ZXN0PlszXT47XG5cbmV4cG9ydCBjbGFzcyBBcGlDbGllbnQge1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXQ6IHN0cmluZztcbiAgLyoqIFJlcXVlc3QgcGFyYW1zIHBlciBlbmRwb2ludCAoaGVhZGVycywgdGFncywgdGltZW91dCwgZXhwZWN0ZWQgc3RhdHVzKSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgcGFyYW1zOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUGFyYW1zPj4gPSB7fTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbiwgcmVhZHNCb2R5OiBib29sZWFuKTogUGFyYW1zIHtcbiAgICBsZXQgcGFyYW1zID0gdGhpcy5wYXJhbXNbZW5kcG9pbnRdO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0geyBoZWFkZXJzLCB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksIHRpbWVvdXQ6IHRoaXMudGltZW91dCwgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSB9O1xuICAgICAgLy8gQSBib2R5IG5vYm9keSBjaGVja3Mgb3IgcmVhZHMgKERFTEVURSdzIDIwNCwgYW4gZXhwb3J0IGRvY3VtZW50KSBpcyBub3QgY29waWVkIGludG8gSmF2YVNjcmlwdC5cbiAgICAgIGlmICghcmVhZHNCb2R5KSBwYXJhbXMucmVzcG9uc2VUeXBlID0gJ25vbmUnO1xuICAgICAgdGhpcy5wYXJhbXNbZW5kcG9pbnRdID0gcGFyYW1zO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KG1ldGhvZCwgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLCB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCwgdGhpcy5wYXJhbXNGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCB3aXRoUGF5bG9hZCwgc2hhcGUgIT09IHVuZGVmaW5lZCkpO1xuICAgIC8vIEVhY2ggcHJvcGVydHkgcmVhZCBvZiBhIGs2IHJlc3BvbnNlIGNyb3NzZXMgaW50byBHbyBhbmQgYnVpbGRzIGEgSlMgdmFsdWU6IHJlYWQgZWFjaCBvbmNlLlxuICAgIGNvbnN0IHN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSBzdGF0dXMgPT09IGV4cGVjdGVkO1xuICAgIGxldCBzaGFwZU9rID0gdHJ1ZTtcbiAgICBpZiAoc2hhcGUgJiYgc3RhdHVzT2spIHtcbiAgICAgIC8vIChhIHdyb25nIHN0YXR1cyBhbHJlYWR5IGZhaWxzIHRoZSBjYWxsOyBpdHMgYm9keSdzIHNoYXBlIHdvdWxkIGNoYW5nZSBubyBjaGVjaydzIG91dGNvbWUpXG4gICAgICByZWFkaW5nID0gcmVzO1xuICAgICAgc2hhcGVPayA9IGlzSnNvbihyZXMpICYmIHNoYXBlKHJlYWRGaWVsZCk7XG4gICAgICByZWFkaW5nID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBvdXRjb21lLnN0YXR1c09rID0gc3RhdHVzT2s7XG4gICAgb3V0Y29tZS5zaGFwZU9rID0gc2hhcGVPaztcbiAgICBjb25zdCB7IGNoZWNrcywgdGFncyB9ID0gY2hlY2tzRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgc2hhcGUgIT09IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgb2sgPSBjaGVjayhvdXRjb21lLCBjaGVja3MsIHRhZ3MpO1xuICAgIGNvbnN0IGFsbE9rID0gb2sgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaztcbiAgICBvYnNlcnZlcj8uKGVuZHBvaW50LCByZXMudGltaW5ncy5kdXJhdGlvbiwgYWxsT2spO1xuICAgIHJldHVybiBuZXcgTGF6eVJlc3VsdDxUPihhbGxPaywgc3RhdHVzLCBzaGFwZSAmJiBzdGF0dXNPayAmJiBzaGFwZU9rID8gcmVzIDogdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGhlYWx0aCgpOiBSZXN1bHQ8eyBzdGF0dXM6IHN0cmluZyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnaGVhbHRoJywgJ0dFVCcsIHBhdGhzLmhlYWx0aCgpLCAyMDAsIHNoYXBlcy5oZWFsdGgpO1xuICB9XG5cbiAgbG9naW4oZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IFJlc3VsdDxMb2dpbj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2xvZ2luJywgJ1BPU1QnLCBwYXRocy5sb2dpbigpLCAyMDAsIHNoYXBlcy5sb2dpbiwgeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cblxuICBsaXN0Q291cnNlcyhxdWVyeTogeyBsaW1pdD86IG51bWJlcjsgb2Zmc2V0PzogbnVtYmVyOyBxPzogc3RyaW5nIH0gPSB7fSk6IFJlc3VsdDxDb3Vyc2VMaXN0PiB7XG4gICAgLy8gQSBsb29wIHJhdGhlciB0aGFuIGVudHJpZXMvZmlsdGVyL21hcC9qb2luOiB0aGlzIGlzIHRoZSBtb3N0IGZyZXF1ZW50IHJlcXVlc3QsIGFuZCBlYWNoIG9mXG4gICAgLy8gdGhvc2UgaXMgYSBwZXItcmVxdWVzdCBhcnJheSBhbmQgYSBidWlsdC1pbiBldmVyeSBWVSdzIHJ1bnRpbWUgd291bGQgYnVpbGQuXG4gICAgbGV0IHNlYXJjaCA9ICcnO1xuICAgIGZvciAoY29uc3Qga2V5IGluIHF1ZXJ5KSB7XG4gICAgICBjb25zdCB2YWx1ZSA9IHF1ZXJ5W2tleSBhcyBrZXlvZiB0eXBlb2YgcXVlcnldO1xuICAgICAgaWYgKHZhbHVlICE9PSB1bmRlZmluZWQpIHNlYXJjaCArPSBgJHtzZWFyY2ggPyAnJicgOiAnPyd9JHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWA7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtzZWFyY2h9YCwgMjAwLCBzaGFwZXMuY291cnNlTGlzdCk7XG4gIH1cblxuICBjcmVhdGVDb3Vyc2UoY291cnNlOiBOZXdDb3Vyc2UpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2NyZWF0ZScsICdQT1NUJywgcGF0aHMuY291cnNlcygpLCAyMDEsIHNoYXBlcy5jb3Vyc2UsIGNvdXJzZSk7XG4gIH1cblxuICBnZXRDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZXQnLCAnR0VUJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlV2l0aENoYXB0ZXJzKTtcbiAgfVxuXG4gIHVwZGF0ZUNvdXJzZShpZDogSWQsIGNoYW5nZXM6IFBhcnRpYWw8TmV3Q291cnNlPik6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfdXBkYXRlJywgJ1BBVENIJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlLCBjaGFuZ2VzKTtcbiAgfVxuXG4gIGRlbGV0ZUNvdXJzZShpZDogSWQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2RlbGV0ZScsICdERUxFVEUnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDQsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBnZW5lcmF0ZShpZDogSWQpOiBSZXN1bHQ8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dlbmVyYXRlJywgJ1BPU1QnLCBwYXRocy5nZW5lcmF0ZShpZCksIDIwMiwgc2hhcGVzLmpvYkFjY2VwdGVkLCB7fSk7XG4gIH1cblxuICBnZXRKb2Ioam9iSWQ6IElkKTogUmVzdWx0PEpvYj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2pvYl9nZXQnLCAnR0VUJywgcGF0aHMuam9iKGpvYklkKSwgMjAwLCBzaGFwZXMuam9iKTtcbiAgfVxuXG4gIGdldENoYXB0ZXIoaWQ6IElkLCBpbmRleDogbnVtYmVyKTogUmVzdWx0PENoYXB0ZXI+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjaGFwdGVyX2dldCcsICdHRVQnLCBwYXRocy5jaGFwdGVyKGlkLCBpbmRleCksIDIwMCwgc2hhcGVzLmNoYXB0ZXIpO1xuICB9XG5cbiAgZXhwb3J0Q291cnNlKGlkOiBJZCwgZm9ybWF0OiBFeHBvcnRGb3JtYXQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2V4cG9ydCcsICdHRVQnLCBgJHtwYXRocy5leHBvcnRDb3Vyc2UoaWQpfT9mb3JtYXQ9JHtmb3JtYXR9YCwgMjAwLCB1bmRlZmluZWQpO1xuICB9XG5cbiAgYWRtaW5TdGF0cygpOiBSZXN1bHQ8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9zdGF0cycsICdHRVQnLCBwYXRocy5hZG1pblN0YXRzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pbkpvYnMobGltaXQgPSAyMCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fam9icycsICdHRVQnLCBgJHtwYXRocy5hZG1pbkpvYnMoKX0/bGltaXQ9JHtsaW1pdH1gLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Vc2VycygpOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3VzZXJzJywgJ0dFVCcsIHBhdGhzLmFkbWluVXNlcnMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxufVxuIiwgIi8vIFBhdGhzIGFuZCByZXF1ZXN0IHRhZ3Mgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJLCBpbiBvbmUgcGxhY2UuIFB1cmUgKG5vIGs2IGltcG9ydHMpLCBzbyB0aGVcbi8vIG1hcHBpbmcgZnJvbSBlbmRwb2ludCB0byBwYXRoIGFuZCB0YWdzIGlzIHVuaXQtdGVzdGVkIGluIE5vZGUuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5cbmV4cG9ydCB0eXBlIElkID0gc3RyaW5nIHwgbnVtYmVyO1xuXG5jb25zdCBzZWcgPSAoaWQ6IElkKTogc3RyaW5nID0+IGVuY29kZVVSSUNvbXBvbmVudChTdHJpbmcoaWQpKTtcblxuZXhwb3J0IGNvbnN0IHBhdGhzID0ge1xuICBoZWFsdGg6ICgpID0+ICcvaGVhbHRoJyxcbiAgbG9naW46ICgpID0+ICcvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzOiAoKSA9PiAnL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX1gLFxuICBnZW5lcmF0ZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2dlbmVyYXRlYCxcbiAgam9iOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9qb2JzLyR7c2VnKGlkKX1gLFxuICBjaGFwdGVyOiAoaWQ6IElkLCBpbmRleDogbnVtYmVyKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vY2hhcHRlcnMvJHtpbmRleH1gLFxuICBleHBvcnRDb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9leHBvcnRgLFxuICBhZG1pblN0YXRzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluSm9iczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluVXNlcnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn0gYXMgY29uc3Q7XG5cbi8qKiBUaGUgYG5hbWVgIHRhZzogdGhlIHBhdGggdGVtcGxhdGUsIHNvIFVSTHMgd2l0aCBpZHMgY29sbGFwc2UgaW50byBvbmUgc2VyaWVzIHBlciByb3V0ZS4gKi9cbmNvbnN0IHJvdXRlTmFtZXM6IFJlY29yZDxFbmRwb2ludCwgc3RyaW5nPiA9IHtcbiAgaGVhbHRoOiAnR0VUIC9oZWFsdGgnLFxuICBsb2dpbjogJ1BPU1QgL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlc19saXN0OiAnR0VUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9jcmVhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfdXBkYXRlOiAnUEFUQ0ggL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZGVsZXRlOiAnREVMRVRFIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2dlbmVyYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9nZW5lcmF0ZScsXG4gIGpvYl9nZXQ6ICdHRVQgL2FwaS92MS9qb2JzL3tqb2JfaWR9JyxcbiAgY2hhcHRlcl9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vY2hhcHRlcnMve2luZGV4fScsXG4gIGNvdXJzZV9leHBvcnQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZXhwb3J0JyxcbiAgYWRtaW5fc3RhdHM6ICdHRVQgL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluX2pvYnM6ICdHRVQgL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5fdXNlcnM6ICdHRVQgL2FwaS92MS9hZG1pbi91c2VycycsXG59O1xuXG4vLyBmb3ItaW4sIG5vdCBPYmplY3QuZW50cmllcy9mcmVlemU6IHRoaXMgcnVucyBpbiBldmVyeSBWVSdzIHJ1bnRpbWUsIGFuZCBlYWNoIGJ1aWx0LWluIGl0XG4vLyB0b3VjaGVzIGlzIGJ1aWx0IHRoZXJlIChSZWFkb25seSBrZWVwcyB0aGUgdGFncyB1bmNoYW5nZWQgYXQgY29tcGlsZSB0aW1lKS5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBlbmRwb2ludCBpbiByb3V0ZU5hbWVzKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50IGFzIEVuZHBvaW50XSA9IHsgZW5kcG9pbnQsIHNjb3BlOiBBUElfU0NPUEUsIG5hbWU6IHJvdXRlTmFtZXNbZW5kcG9pbnQgYXMgRW5kcG9pbnRdIH07XG59XG5cbi8qKiBUaGUgdGFncyBvZiBldmVyeSByZXF1ZXN0IHRvIGBlbmRwb2ludGA6IG1hZGUgb25jZSwgbm90IHBlciByZXF1ZXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVlc3RUYWdzKGVuZHBvaW50OiBFbmRwb2ludCk6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgcmV0dXJuIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSE7XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSBvciBSU1MgKFByb21ldGhldXMpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCBhbmQgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgcmF0ZTogMSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogMSxcbiAgICBtYXhWVXM6IDEsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgcG9sbDogZXZlcnkgbmV3IHNhbXBsZSBiZWNvbWVzIGEgbWV0cmljIHNhbXBsZS4gQSBwb2xsIHRoZSBzaWRlY2FyIGRvZXMgbm90IGFuc3dlciBjb3VudHMgb25lXG4gKiBtaXNzaW5nIHNhbXBsZSwgYW5kIHNvIGRvZXMgZWFjaCByZWFkaW5nIHRoZSBzaWRlY2FyIHJlcG9ydHMgaXQgZmFpbGVkIHRvIHRha2UgZHVyaW5nIHRoZSBydW5cbiAqICh0YXJnZXQgZ29uZSwgZW5kcG9pbnQgZG93bikuIEFuXG4gKiBhbnN3ZXIgd2l0aCBubyBuZXcgc2FtcGxlIHlldCBpcyBub3QgYSBnYXA6IHBvbGxzIGFuZCByZWFkaW5ncyBhcmUgbm90IGluIHN0ZXAuIE5ldmVyIHRocm93cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXIgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICB9XG59XG5cbi8qKiBUZWFyZG93bjogdGhlIG1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCwgTUIgcGVyIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkTWVtb3J5R3Jvd3RoKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKiogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZCkgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0gfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZykgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbi8vIE1hZGUgb24gZmlyc3QgdXNlLCBub3QgYXQgbW9kdWxlIGxvYWQ6IG9wdGlvbnMgYXJlIGJ1aWx0IGluIGs2J3MgVlUgMCBvbmx5IChsaWIvY29uZmlnL2VudHJ5LnRzKSxcbi8vIGFuZCBhIFJlZ0V4cCBldmFsdWF0ZWQgYXQgbG9hZCB3b3VsZCBidWlsZCBSZWdFeHAncyBwcm90b3R5cGUgaW4gZXZlcnkgVlUncyBydW50aW1lLlxubGV0IHBhdHRlcm5zOiB7IG1ldHJpY05hbWU6IFJlZ0V4cDsgdGFnUGFydDogUmVnRXhwOyBwZXJjZW50aWxlOiBSZWdFeHAgfSB8IHVuZGVmaW5lZDtcbmNvbnN0IHBhdHRlcm4gPSAoKSA9PlxuICAocGF0dGVybnMgPz89IHsgbWV0cmljTmFtZTogL15bQS1aYS16X11bQS1aYS16MC05X10qJC8sIHRhZ1BhcnQ6IC9eW0EtWmEtejAtOV8uXFwtL10rJC8sIHBlcmNlbnRpbGU6IC9ecFxcKChcXGQrKFxcLlxcZCspPylcXCkkLyB9KTtcblxuLyoqIGBodHRwX3JlcV9kdXJhdGlvbntlbmRwb2ludDpoZWFsdGh9YDogdGhlIGtleSBrNiB1c2VzIGZvciBhIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY0tleShtZXRyaWM6IHN0cmluZywgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcge1xuICBpZiAoIXBhdHRlcm4oKS5tZXRyaWNOYW1lLnRlc3QobWV0cmljKSkgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIG1ldHJpYyBuYW1lIFwiJHttZXRyaWN9XCI6IHVzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIF9gKTtcbiAgY29uc3QgZW50cmllcyA9IE9iamVjdC5lbnRyaWVzKHRhZ3MgPz8ge30pO1xuICBpZiAoZW50cmllcy5sZW5ndGggPT09IDApIHJldHVybiBtZXRyaWM7XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIGVudHJpZXMpIHtcbiAgICBpZiAoIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3Qoa2V5KSB8fCAhcGF0dGVybigpLnRhZ1BhcnQudGVzdCh2YWx1ZSkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCB0YWcgJHtrZXl9OiR7dmFsdWV9IG9uICR7bWV0cmljfTogdGFncyBpbiB0aHJlc2hvbGRzIG1heSBob2xkIGxldHRlcnMsIGRpZ2l0cyBhbmQgXyAuIC0gL2ApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gYCR7bWV0cmljfXske2VudHJpZXMubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX06JHt2YWx1ZX1gKS5qb2luKCcsJyl9fWA7XG59XG5cbi8qKiBgcCg5NSk8MjAwYDogb25lIHJ1bGUgYXMgazYncyBleHByZXNzaW9uIHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwcmVzc2lvbihydWxlOiBQaWNrPFJ1bGUsICdzdGF0JyB8ICdvcCcgfCAndmFsdWUnPik6IHN0cmluZyB7XG4gIGNvbnN0IHBlcmNlbnRpbGUgPSBwYXR0ZXJuKCkucGVyY2VudGlsZS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKSB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4geyB0aHJlc2hvbGQ6IHRleHQsIGFib3J0T25GYWlsOiB0cnVlLCAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIExvYWQgc2hhcGVzLCBpbiBvbmUgcGxhY2UsIHBhcmFtZXRlcmlzZWQgYnkgdGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24uIEEgc2NlbmFyaW8gZmlsZSByZWFkcyBhczpcbi8vIHNoYXBlICsgd29ya2Zsb3dzICsgdGhyZXNob2xkcy5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5cbmV4cG9ydCB0eXBlIFNjZW5hcmlvID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gJiB7IGV4ZWN1dG9yOiBzdHJpbmc7IGV4ZWM6IHN0cmluZyB9O1xuXG4vKiogU3BsaXRzIGB0b3RhbGAgVlVzIGJ5IHBlcmNlbnRhZ2Ugd2l0aCB0aGUgbGFyZ2VzdC1yZW1haW5kZXIgbWV0aG9kOyBldmVyeSBzaGFyZSB3aXRoIHdlaWdodCBnZXRzID49IDEgVlUgd2hlbiB0b3RhbCBhbGxvd3MuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRVc2Vycyh0b3RhbDogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3Qga2V5cyA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddIGFzIGNvbnN0O1xuICBjb25zdCBleGFjdCA9IGtleXMubWFwKChrKSA9PiAodG90YWwgKiB3ZWlnaHRzW2tdKSAvIDEwMCk7XG4gIGNvbnN0IGNvdW50cyA9IGV4YWN0Lm1hcChNYXRoLmZsb29yKTtcbiAgY29uc3Qgb3JkZXIgPSBrZXlzLm1hcCgoXywgaSkgPT4gaSkuc29ydCgoYSwgYikgPT4gZXhhY3RbYl0hIC0gTWF0aC5mbG9vcihleGFjdFtiXSEpIC0gKGV4YWN0W2FdISAtIE1hdGguZmxvb3IoZXhhY3RbYV0hKSkpO1xuICBmb3IgKGxldCBsZWZ0ID0gdG90YWwgLSBjb3VudHMucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCksIGkgPSAwOyBsZWZ0ID4gMDsgbGVmdC0tLCBpKyspIGNvdW50c1tvcmRlcltpICUgM10hXSErKztcbiAgLy8gQSB3ZWlnaHRlZCB1c2VyIHR5cGUgd2l0aCBubyBWVSB3b3VsZCBzaWxlbnRseSBkcm9wIGl0cyB3b3JrZmxvdzogYm9ycm93IG9uZSBmcm9tIHRoZSBsYXJnZXN0LlxuICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykge1xuICAgIGlmICh3ZWlnaHRzW2tleXNbaV0hXSA+IDAgJiYgY291bnRzW2ldID09PSAwICYmIHRvdGFsID49IDMpIHtcbiAgICAgIGNvbnN0IGxhcmdlc3QgPSBjb3VudHMuaW5kZXhPZihNYXRoLm1heCguLi5jb3VudHMpKTtcbiAgICAgIGNvdW50c1tsYXJnZXN0XSEtLTtcbiAgICAgIGNvdW50c1tpXSErKztcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgcmVndWxhcjogY291bnRzWzBdISwgcG93ZXI6IGNvdW50c1sxXSEsIGFkbWluOiBjb3VudHNbMl0hIH07XG59XG5cbi8qKiBSYW1wIHVwIHRvIGB2dXNgLCBob2xkLCByYW1wIGRvd246IHVzZXJzIGFycml2aW5nIGdyYWR1YWxseSBhbmQgbGVhdmluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nVXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVczogMCxcbiAgICBzdGFnZXM6IFtcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wVXBTfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wRG93blN9c2AsIHRhcmdldDogMCB9LFxuICAgIF0sXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzMwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIGs2IHdhbnRzIGEgd2hvbGUgcmF0ZTogYSBmcmFjdGlvbmFsIHBlci1zZWNvbmQgcmF0ZSBpcyBleHByZXNzZWQgcGVyIG1pbnV0ZSBpbnN0ZWFkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdob2xlUmF0ZShwZXJTZWNvbmQ6IG51bWJlcik6IHsgcmF0ZTogbnVtYmVyOyB0aW1lVW5pdDogc3RyaW5nIH0ge1xuICByZXR1cm4gTnVtYmVyLmlzSW50ZWdlcihwZXJTZWNvbmQpID8geyByYXRlOiBwZXJTZWNvbmQsIHRpbWVVbml0OiAnMXMnIH0gOiB7IHJhdGU6IE1hdGgubWF4KDEsIE1hdGgucm91bmQocGVyU2Vjb25kICogNjApKSwgdGltZVVuaXQ6ICcxbScgfTtcbn1cblxuLyoqIEEgZml4ZWQgcmVxdWVzdCByYXRlLCBpbmRlcGVuZGVudCBvZiBob3cgZmFzdCB0aGUgcGxhdGZvcm0gYW5zd2VycyAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRSYXRlKGV4ZWM6IHN0cmluZywgcGVyU2Vjb25kOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBtYXhWVXM6IG51bWJlciwgc3RhcnRUaW1lID0gJzBzJyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICAuLi53aG9sZVJhdGUocGVyU2Vjb25kKSxcbiAgICBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgxLCBNYXRoLmNlaWwocGVyU2Vjb25kKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFydFRpbWUsXG4gIH07XG59XG5cbi8qKiBXYWxsIHRpbWUgb2YgYSByYW1waW5nLXVzZXJzIHJ1biwgc2Vjb25kcywgZm9yIHNjZW5hcmlvcyB0aGF0IG11c3QgcnVuIGFsb25nc2lkZSBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nRHVyYXRpb25TKGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogbnVtYmVyIHtcbiAgcmV0dXJuIGNvbmZpZy5yYW1wVXBTICsgY29uZmlnLmR1cmF0aW9uUyArIGNvbmZpZy5yYW1wRG93blM7XG59XG5cbmV4cG9ydCBjb25zdCBTVU1NQVJZX1RSRU5EX1NUQVRTID0gWydhdmcnLCAnbWluJywgJ21lZCcsICdtYXgnLCAncCg5MCknLCAncCg5NSknLCAncCg5OSknLCAnY291bnQnXTtcblxuLyoqIFZVcyBmb2xsb3dpbmcgZXhwbGljaXQgc3RhZ2VzIChzcGlrZSBzaGFwZXMgYW5kIHRoZSBsaWtlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFnZWRVc2VycyhleGVjOiBzdHJpbmcsIHN0YWdlczogeyBkdXJhdGlvblM6IG51bWJlcjsgdGFyZ2V0OiBudW1iZXIgfVtdLCBzdGFydFZVcyA9IDApOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVcyxcbiAgICBzdGFnZXM6IHN0YWdlcy5tYXAoKHMpID0+ICh7IGR1cmF0aW9uOiBgJHtzLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiBzLnRhcmdldCB9KSksXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzEwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIEV2ZXJ5IFZVIHN0YXJ0cyBvbmUgaXRlcmF0aW9uIGF0IHRoZSBzYW1lIGluc3RhbnQgKHRoZXkgYXJlIGFsbCBpbml0aWFsaXNlZCBmaXJzdCkuICovXG5leHBvcnQgZnVuY3Rpb24gYWxsQXRPbmNlKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zOiAxLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG5cbi8qKiBBIGZpeGVkIG51bWJlciBvZiBWVXMgZm9yIGEgZml4ZWQgdGltZSAoY2xvc2VkIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFVzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsIGV4ZWMsIHZ1cywgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgZ3JhY2VmdWxTdG9wOiAnMzBzJyB9O1xufVxuXG4vKiogQXJyaXZhbCByYXRlIHJpc2luZyBsaW5lYXJseSBmcm9tIGBzdGFydFJhdGVgIHRvIGBtYXhSYXRlYCBwZXIgc2Vjb25kIG92ZXIgYGR1cmF0aW9uU2AgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJpc2luZ1JhdGUoZXhlYzogc3RyaW5nLCBzdGFydFJhdGU6IG51bWJlciwgbWF4UmF0ZTogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICBzdGFydFJhdGUsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDIsIE1hdGguY2VpbChzdGFydFJhdGUpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YWdlczogW3sgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgdGFyZ2V0OiBtYXhSYXRlIH1dLFxuICB9O1xufVxuXG4vKiogYHZ1c2AgdXNlcnMgZWFjaCBydW4gYGl0ZXJhdGlvbnNgIGl0ZXJhdGlvbnMsIGFsbCBzdGFydGluZyB0b2dldGhlciwgYm91bmRlZCBieSBgbWF4RHVyYXRpb25TYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpdGVyYXRpb25zUGVyVXNlcihleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBpdGVyYXRpb25zOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG4iLCAiLy8gV2hhdCBldmVyeSBlbnRyeSBwb2ludCBzaGFyZXM6IGl0IGFzc2VtYmxlcyBrNiBvcHRpb25zIGZyb20gdGhlIGVudHJ5J3Mgb3duIHNjZW5hcmlvcyBhbmRcbi8vIGdhdGVzLCBhZGRpbmcgdGhlIHNlcnZlci1yZXNvdXJjZXMgc2NlbmFyaW8gYW5kIGdhdGVzIHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkIChTSURFQ0FSX1VSTCkuXG4vLyBFbnRyaWVzIHJlLWV4cG9ydCBgcG9sbFJlc291cmNlc2AgYW5kIGB0ZWFyZG93bmAgZnJvbSBoZXJlLCBhcyBrNiBuZWVkcyB0aGVtIGluIHRoZSBlbnRyeSBtb2R1bGUuXG4vL1xuLy8gazYgZXZhbHVhdGVzIHRoZSBzY3JpcHQgb25jZSBwZXIgVlUsIGVhY2ggaW4gaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIHBsdXMgb25jZSBhcyBWVSAwOiB0aGF0XG4vLyBldmFsdWF0aW9uIGlzIHdoZXJlIGs2IHJlYWRzIGBvcHRpb25zYCwgYW5kIHNldHVwLCB0ZWFyZG93biBhbmQgaGFuZGxlU3VtbWFyeSBlYWNoIHJ1biBpbiBhIGZyZXNoXG4vLyBWVSAwIHRvby4gTG9hZCBWVXMgKDEsIDIsIC4uLikgbmV2ZXIgcmVhZCB0aGVpciBgb3B0aW9uc2AgKGs2IHNldHMgdGhlIGNvbnNvbGlkYXRlZCBvcHRpb25zIG9udG9cbi8vIGl0KSwgc28gdGhleSBza2lwIGJ1aWxkaW5nIHRoZW06IHRoZSBzY2VuYXJpb3MsIGdhdGVzIGFuZCB0aHJlc2hvbGQgZXhwcmVzc2lvbnMgbWFkZSBwZXIgVlUgd2VyZVxuLy8gfjAuMSBNQiBvZiBldmVyeSBWVSdzIGhlYXAgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCBoZWFwIHByb2ZpbGUgYXQgMSwwMDAgVlVzKS5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4vZW52LnRzJztcbmltcG9ydCB7IHBvbGxSZXNvdXJjZXMgYXMgcG9sbFNpZGVjYXIsIHJlY29yZE1lbW9yeUdyb3d0aCwgcmVzb3VyY2VHYXRlcywgcmVzb3VyY2VzU2NlbmFyaW8gfSBmcm9tICcuLi9tZXRyaWNzL3Jlc291cmNlcy50cyc7XG5pbXBvcnQgeyBTVU1NQVJZX1RSRU5EX1NUQVRTLCB0eXBlIFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeVBhcnRzIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIGdhdGVzOiBHYXRlW107XG4gIC8qKiBIb3cgbG9uZyB0aGUgbG9hZCBydW5zLCBzZWNvbmRzOiB0aGUgcmVzb3VyY2VzIHBvbGxlciBydW5zIGFzIGxvbmcuICovXG4gIHdhbGxUaW1lUzogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCB0b28gKHNvYWspLiAqL1xuICBnYXRlTWVtb3J5R3Jvd3RoPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeU9wdGlvbnMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgdGhyZXNob2xkczogSzZUaHJlc2hvbGRzO1xuICBzZXR1cFRpbWVvdXQ6IHN0cmluZztcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IHN0cmluZ1tdO1xufVxuXG4vKiogV2hldGhlciB0aGlzIHJ1bnRpbWUgaXMgazYncyBWVSAwIChvcHRpb25zLCBzZXR1cCwgdGVhcmRvd24sIGhhbmRsZVN1bW1hcnkpIHJhdGhlciB0aGFuIGEgbG9hZCBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0NvbnRyb2xSdW50aW1lKCk6IGJvb2xlYW4ge1xuICByZXR1cm4gX19WVSA9PT0gMDtcbn1cblxuLyoqIFRoZSBlbnRyeSdzIGs2IG9wdGlvbnMsIGJ1aWx0IGZyb20gYG1ha2VQYXJ0c2AgaW4gVlUgMCBvbmx5OyB1bmRlZmluZWQgaW4gbG9hZCBWVXMgKHNlZSBhYm92ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBtYWtlUGFydHM6ICgpID0+IEVudHJ5UGFydHMpOiBFbnRyeU9wdGlvbnMgfCB1bmRlZmluZWQge1xuICBpZiAoIWlzQ29udHJvbFJ1bnRpbWUoKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGFydHMgPSBtYWtlUGFydHMoKTtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNjZW5hcmlvcyxcbiAgICB0aHJlc2hvbGRzOiB0b0s2VGhyZXNob2xkcyhnYXRlcyksXG4gICAgc2V0dXBUaW1lb3V0OiBgJHtNYXRoLm1heCg2MCwgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyArIDMwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gaGFzVXNlcnMoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiB7XG4gIGNvbnN0IHsgZXhlY3V0b3IsIHN0YXJ0VlVzLCBzdGFnZXMsIHZ1cyB9ID0gc2NlbmFyaW8gYXMgeyBleGVjdXRvcjogc3RyaW5nOyBzdGFydFZVcz86IG51bWJlcjsgc3RhZ2VzPzogeyB0YXJnZXQ6IG51bWJlciB9W107IHZ1cz86IG51bWJlciB9O1xuICBpZiAoZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHJldHVybiAoc3RhcnRWVXMgPz8gMCkgPiAwIHx8IChzdGFnZXMgPz8gW10pLnNvbWUoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQgPiAwKTtcbiAgaWYgKGV4ZWN1dG9yID09PSAnY29uc3RhbnQtdnVzJyB8fCBleGVjdXRvciA9PT0gJ3Blci12dS1pdGVyYXRpb25zJyB8fCBleGVjdXRvciA9PT0gJ3NoYXJlZC1pdGVyYXRpb25zJykgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogV2hhdCBvbmx5IHRoZSBlbmQgb2YgdGhlIHJ1biBrbm93cyAodGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgpLiBFbnRyaWVzIHdpdGggYSB0ZWFyZG93biBvZiB0aGVpciBvd24gY2FsbCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSByZWNvcmRNZW1vcnlHcm93dGgocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdGVhcmRvd24oKTogdm9pZCB7XG4gIHJlY29yZFJlc291cmNlc0F0RW5kKCk7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpLnJlcGxhY2UoLzwvZywgJyZsdDsnKS5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rOiByZXN1bHQub2ssIHN0YXQsIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcikgcm93cy5zZXQoZW5kcG9pbnQsIChyID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH0pKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3QgbWF0Y2ggPSBTVUJfTUVUUklDLmV4ZWMobmFtZSk7XG4gICAgaWYgKCFtYXRjaCkgY29udGludWU7XG4gICAgY29uc3QgWywgYmFzZSwgZW5kcG9pbnRdID0gbWF0Y2ggYXMgdW5rbm93biBhcyBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ107XG4gICAgY29uc3QgdiA9IG1ldHJpYy52YWx1ZXMgPz8ge307XG4gICAgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9kdXJhdGlvbicpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocm93KGVuZHBvaW50KSwgeyByZXF1ZXN0czogdi5jb3VudCA/PyAwLCBwNTA6IHYubWVkID8/IG51bGwsIHA5NTogdlsncCg5NSknXSA/PyBudWxsLCBwOTk6IHZbJ3AoOTkpJ10gPz8gbnVsbCwgbWF4OiB2Lm1heCA/PyBudWxsIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JykgcmV0dXJuIE1hdGgucm91bmQodmFsdWUpLnRvU3RyaW5nKCkucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFBsYWluLWxhbmd1YWdlIGxpbmUgYWJvdXQgc2VydmVyIHJlc291cmNlczogbWVhc3VyZWQsIG9yIHdoeSBub3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzTGluZShkYXRhOiBTdW1tYXJ5RGF0YSk6IHN0cmluZyB7XG4gIGNvbnN0IG1lbW9yeSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpO1xuICBjb25zdCBjcHUgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyk7XG4gIGlmIChtZW1vcnkgPT09IG51bGwgJiYgY3B1ID09PSBudWxsKSByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBtaXNzaW5nID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwO1xuICBjb25zdCBncm93dGggPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKTtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlczogbWVtb3J5IHBlYWsgJHtmb3JtYXRWYWx1ZShtZW1vcnksICd2YWx1ZScpfSBNQmAsXG4gICAgYENQVSBwOTUgJHtmb3JtYXRWYWx1ZShjcHUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7bWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3Qgc2Vjb25kcyA9ICgoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtvcHRpb25zLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IHJvd3MubWFwKChyKSA9PiB7XG4gICAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCk7XG4gICAgY29uc3Qgb2JzZXJ2ZWQgPSBlc2NhcGVYbWwoZm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KSk7XG4gICAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gICAgaWYgKHIub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0Pm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufSBmYWlsZWQ6IG9ic2VydmVkICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+b2JzZXJ2ZWQgJHtvYnNlcnZlZH08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbiAgfSk7XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmcgfSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmIFxcYCR7ZXNjYXBlTWFya2Rvd25DZWxsKG9wdGlvbnMuc2NlbmFyaW8pfVxcYDogJHtmYWlsZWQgPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkfSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGB9YCxcbiAgICAnJyxcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcCgocikgPT4gYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9XFxgIHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCksXG4gIF07XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgbWV0cmljVmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgRW5kcG9pbnRSb3csIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBjb25zdCBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBSdW5NZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZTogc3RyaW5nIHwgbnVsbDtcbiAgdGFyZ2V0OiBzdHJpbmcgfCBudWxsO1xuICBrNl92ZXJzaW9uOiBzdHJpbmcgfCBudWxsO1xuICBnaXRfY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bk1ldGEgJiB7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH07XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IHsgbWV0cmljOiBzdHJpbmc7IGV4cHJlc3Npb246IHN0cmluZzsgb2s6IGJvb2xlYW47IG9ic2VydmVkOiBudW1iZXIgfCBudWxsIH1bXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogRXZlcnkgbWV0cmljJ3MgYWdncmVnYXRlIHZhbHVlcyBhcyBrNiBjb21wdXRlZCB0aGVtLiAqL1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PjtcbiAgcmVzb3VyY2VzOiB7IG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsOyBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDsgc2FtcGxlc19taXNzaW5nOiBudW1iZXIgfSB8IG51bGw7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoZGF0YTogU3VtbWFyeURhdGEsIG1ldGE6IFJ1bk1ldGEpOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pID0+ICh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pKTtcbiAgY29uc3QgbWVhc3VyZWQgPSBkYXRhLm1ldHJpY3M/LnNlcnZlcl9tZW1vcnlfbWIgfHwgZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQ7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IG1lYXN1cmVkXG4gICAgICA/IHtcbiAgICAgICAgICBtZW1vcnlfbWJfcGVhazogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfbWInLCAnbWF4JyksXG4gICAgICAgICAgY3B1X3BlcmNlbnRfcDk1OiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyksXG4gICAgICAgICAgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKSxcbiAgICAgICAgICBzYW1wbGVzX21pc3Npbmc6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMCxcbiAgICAgICAgfVxuICAgICAgOiBudWxsLFxuICB9O1xufVxuIiwgIi8vIFRoZSBjb25jaXNlIGNvbnNvbGUgc3VtbWFyeTogdGhyZXNob2xkcyBmaXJzdCAodmVyZGljdCwgZXhwcmVzc2lvbiwgb2JzZXJ2ZWQgdmFsdWUpLCB0aGVuXG4vLyBwZXItZW5kcG9pbnQgbGF0ZW5jeSwgdGhyb3VnaHB1dCwgZXJyb3JzLCBjaGVja3MsIGN1c3RvbSBtZXRyaWNzIGFuZCBzZXJ2ZXIgcmVzb3VyY2VzLlxuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgbWV0cmljVmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbJ2h0dHBfcmVxcycsICdodHRwX3JlcV9kdXJhdGlvbicsICdodHRwX3JlcV9ibG9ja2VkJywgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLCAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJywgJ2h0dHBfcmVxX3NlbmRpbmcnLCAnaHR0cF9yZXFfd2FpdGluZycsICdodHRwX3JlcV9yZWNlaXZpbmcnLCAnaHR0cF9yZXFfZmFpbGVkJywgJ2l0ZXJhdGlvbnMnLCAnaXRlcmF0aW9uX2R1cmF0aW9uJywgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICd2dXMnLCAndnVzX21heCcsICdkYXRhX3NlbnQnLCAnZGF0YV9yZWNlaXZlZCcsICdjaGVja3MnLCAnZ3JvdXBfZHVyYXRpb24nXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+ICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IGNvbG9yOiBib29sZWFuIH0pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goYy5ib2xkKGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCkpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZChgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWApKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBjb25zdCBjZWxsID0gKHY6IG51bWJlciB8IG51bGwpID0+IGZvcm1hdFZhbHVlKHYsICdtcycpLnBhZFN0YXJ0KDgpO1xuICAgICAgbGluZXMucHVzaChgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlY29uZHMgPSAoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwO1xuICBjb25zdCByZXF1ZXN0cyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcXMnLCAnY291bnQnKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdpdGVyYXRpb25zJywgJ2NvdW50Jyk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyb3VnaHB1dCcpKTtcbiAgbGluZXMucHVzaChgICAke2Zvcm1hdFZhbHVlKHJlcXVlc3RzID8/IDAsICdjb3VudCcpfSByZXF1ZXN0cyAoJHtzZWNvbmRzID4gMCAmJiByZXF1ZXN0cyAhPT0gbnVsbCA/IChyZXF1ZXN0cyAvIHNlY29uZHMpLnRvRml4ZWQoMSkgOiAnbi9hJ30vcyksICR7Zm9ybWF0VmFsdWUoaXRlcmF0aW9ucyA/PyAwLCAnY291bnQnKX0gaXRlcmF0aW9ucyBpbiAke3NlY29uZHMudG9GaXhlZCgxKX0gc2ApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KS5maWx0ZXIoaXNDdXN0b20pLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiB7IHNjZW5hcmlvOiBzdHJpbmc7IHByb2ZpbGU/OiBzdHJpbmcgfSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgc3Rkb3V0OiB0ZXh0U3VtbWFyeShkYXRhLCB7IHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLCBjb2xvcjogZGF0YS5zdGF0ZT8uaXNTdGRPdXRUVFkgPT09IHRydWUgfSkgfTtcbiAgICBjb25zdCBkaXIgPSBfX0VOVi5SRVBPUlRTX0RJUjtcbiAgICBpZiAoZGlyKSB7XG4gICAgICBjb25zdCByZXN1bHRzID0gYnVpbGRSZXN1bHRzKGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgIGs2X3ZlcnNpb246IG9yTnVsbChfX0VOVi5SVU5fSzZfVkVSU0lPTiksXG4gICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgIGZpbmlzaGVkX2F0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICB9KTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gV2hhdCBlYWNoIGtpbmQgb2YgdXNlciBkb2VzIGluIG9uZSBpdGVyYXRpb24uIFNjZW5hcmlvcyBvbmx5IGNob29zZSB3aG8gcnVucyBhbmQgaG93IG9mdGVuO1xuLy8gbm8gc2NlbmFyaW8gcmUtaW1wbGVtZW50cyB0aGVzZS4gRXZlcnkgd29ya2Zsb3cgcmV0dXJucyB3aGV0aGVyIGFsbCBvZiBpdHMgc3RlcHMgc3VjY2VlZGVkLlxuaW1wb3J0IHsgZ3JvdXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIEV4cG9ydEZvcm1hdCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBnZW5lcmF0ZUFuZFdhaXQgfSBmcm9tICcuL2dlbmVyYXRpb24udHMnO1xuaW1wb3J0IHsgY291cnNlc0NyZWF0ZWQgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgcGlja09uZSwgcGlja1dlaWdodGVkLCB0aGluayB9IGZyb20gJy4vcGFjaW5nLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBDb250ZXh0IHtcbiAgY29uZmlnOiBDb25maWc7XG4gIGRhdGE6IFJ1bkRhdGE7XG59XG5cbmV4cG9ydCB0eXBlIFdvcmtmbG93ID0gKGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxubGV0IGNsaWVudHM6IFJlY29yZDxzdHJpbmcsIEFwaUNsaWVudD4gPSB7fTtcbi8qKiBPbmUgY2xpZW50IHBlciB0b2tlbiBwZXIgVlUsIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuZnVuY3Rpb24gY2xpZW50Rm9yKGN0eDogQ29udGV4dCwgdG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gIHJldHVybiAoY2xpZW50c1t0b2tlbl0gPz89IG5ldyBBcGlDbGllbnQoY3R4LmNvbmZpZy5iYXNlVXJsLCBjdHguY29uZmlnLmFwaVRpbWVvdXRTLCB0b2tlbikpO1xufVxuLyoqIFJlc2V0cyB0aGUgcGVyLVZVIGNsaWVudCBjYWNoZSAodGVzdHMgYW5kIGxvbmcgcnVucyB3aXRoIHJlLWxvZ2luKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNldENsaWVudHMoKTogdm9pZCB7XG4gIGNsaWVudHMgPSB7fTtcbn1cblxuLyoqIEEgdGl0bGUgdW5pcXVlIHRvIHRoaXMgcnVuLCBWVSBhbmQgaXRlcmF0aW9uLCBzbyBjb25jdXJyZW50IHVzZXJzIG5ldmVyIGNvbGxpZGUuICovXG5leHBvcnQgZnVuY3Rpb24gdW5pcXVlVGl0bGUoa2luZDogc3RyaW5nLCBjdHg6IENvbnRleHQpOiBzdHJpbmcge1xuICByZXR1cm4gYHBlcmYtJHtraW5kfSAke2N0eC5kYXRhLnJ1bklkfSB2dSR7ZXhlYy52dS5pZEluVGVzdH0gaXQke2V4ZWMudnUuaXRlcmF0aW9uSW5TY2VuYXJpb31gO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuXG4vKiogUmVhZHMgYSBjb3Vyc2UgYW5kIG9uZSBvZiBpdHMgZ2VuZXJhdGVkIGNoYXB0ZXJzLiAqL1xuZnVuY3Rpb24gcmVhZENvdXJzZShjbGllbnQ6IEFwaUNsaWVudCwgaWQ6IElkKTogYm9vbGVhbiB7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5nZXRDb3Vyc2UoaWQpO1xuICBpZiAoIWNvdXJzZS5ib2R5KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IChjb3Vyc2UuYm9keS5jaGFwdGVycyA/PyBbXSkuZmlsdGVyKChjKSA9PiBjLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpO1xuICBjb25zdCBjaGFwdGVyID0gcGlja09uZShnZW5lcmF0ZWQpO1xuICByZXR1cm4gY2hhcHRlciA9PT0gdW5kZWZpbmVkIHx8IGNsaWVudC5nZXRDaGFwdGVyKGlkLCBjaGFwdGVyLmluZGV4KS5vaztcbn1cblxudHlwZSBSZWd1bGFyVGFzayA9IChjbGllbnQ6IEFwaUNsaWVudCwgY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG5jb25zdCByZWd1bGFyVGFza3M6IHsgd2VpZ2h0OiBudW1iZXI7IHRhc2s6IFJlZ3VsYXJUYXNrIH1bXSA9IFtcbiAgeyB3ZWlnaHQ6IDUsIHRhc2s6IChjbGllbnQpID0+IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCwgb2Zmc2V0OiBNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAzKSAqIDIwIH0pLm9rIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDQsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBpZCA9IHBpY2tPbmUoY3R4LmRhdGEuc2VlZGVkQ291cnNlSWRzKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSwgdG9waWM6ICdhbGdlYnJhJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgICAgY29uc3QgcmVhZEJhY2sgPSBjbGllbnQuZ2V0Q291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgICByZXR1cm4gcmVhZEJhY2sgJiYgY2xpZW50LmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgIH0sXG4gIH0sXG5dO1xuXG4vKiogQnJvd3NlcyB0aGUgY291cnNlIGxpc3QsIG9wZW5zIGNvdXJzZXMgYW5kIHJlYWRzIGNoYXB0ZXJzOyBub3cgYW5kIHRoZW4gY3JlYXRlcyBvbmUuICovXG5leHBvcnQgY29uc3QgcmVndWxhclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3JlZ3VsYXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCBjdHguZGF0YS50b2tlbnMucmVndWxhcik7XG4gICAgbGV0IG9rID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgZm9yIChsZXQgc3RlcCA9IDA7IHN0ZXAgPCAzOyBzdGVwKyspIHtcbiAgICAgIG9rID0gcGlja1dlaWdodGVkKHJlZ3VsYXJUYXNrcykoY2xpZW50LCBjdHgpICYmIG9rO1xuICAgICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIENyZWF0ZXMgYSBjb3Vyc2UsIGdlbmVyYXRlcyBpdCwgZm9sbG93cyB0aGUgam9iLCByZWFkcyBhbmQgZXhwb3J0cyB0aGUgcmVzdWx0LCB0aGVuIGRlbGV0ZXMgaXQuICovXG5leHBvcnQgY29uc3QgcG93ZXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdwb3dlciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLnBvd2VyKTtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogdW5pcXVlVGl0bGUoJ3Bvd2VyJywgY3R4KSxcbiAgICAgIHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcycsXG4gICAgICBsZXZlbDogJ2FkdmFuY2VkJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IGNvbmZpZy5jaGFwdGVyc1BlckNvdXJzZSxcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgbGV0IG9rID0gY2xpZW50LnVwZGF0ZUNvdXJzZShpZCwgeyB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMsIHJldmlzZWQnIH0pLm9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCkgJiYgb2s7XG4gICAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgICBvayA9IGNsaWVudC5leHBvcnRDb3Vyc2UoaWQsIHBpY2tPbmUoRVhQT1JUX0ZPUk1BVFMpID8/ICdqc29uJykub2sgJiYgb2s7XG4gICAgfVxuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICByZXR1cm4gY2xpZW50LmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuXG4vKiogV2F0Y2hlcyB0aGUgc3lzdGVtOiBzdGF0cywgdGhlIGpvYiBsaXN0LCB0aGUgdXNlciBsaXN0LCBhbmQgcmVtb3ZlcyBjb3Vyc2VzIGVhcmxpZXIgcnVucyBsZWZ0IGJlaGluZC4gKi9cbmV4cG9ydCBjb25zdCBhZG1pblVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2FkbWluIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLmFkbWluKTtcbiAgICBsZXQgb2sgPSBjbGllbnQuYWRtaW5TdGF0cygpLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Kb2JzKDIwKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIC8vIExlZnRvdmVycyBvZiBpbnRlcnJ1cHRlZCBydW5zOiB0aXRsZXMgb2Ygb3RoZXIgcnVucyBvbmx5LCBuZXZlciB0aGlzIHJ1bidzIGxpdmUgY291cnNlcy5cbiAgICBjb25zdCBsZWZ0b3ZlcnMgPSBjbGllbnQubGlzdENvdXJzZXMoeyBxOiAncGVyZi0nLCBsaW1pdDogMjAgfSkuYm9keT8uaXRlbXMgPz8gW107XG4gICAgZm9yIChjb25zdCBjb3Vyc2Ugb2YgbGVmdG92ZXJzLmZpbHRlcigoYykgPT4gIWMudGl0bGUuaW5jbHVkZXMoY3R4LmRhdGEucnVuSWQpKS5zbGljZSgwLCA1KSkge1xuICAgICAgb2sgPSBjbGllbnQuZGVsZXRlQ291cnNlKGNvdXJzZS5pZCkub2sgJiYgb2s7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBFdmVyeSBlbmRwb2ludCBhdCBsZWFzdCBvbmNlOiB0aGUgc21va2UgY2hlY2suICovXG5leHBvcnQgY29uc3QgZXZlcnlFbmRwb2ludDogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnZXZlcnkgZW5kcG9pbnQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcsIGRhdGEgfSA9IGN0eDtcbiAgICBjb25zdCB1c2VyID0gY2xpZW50Rm9yKGN0eCwgZGF0YS50b2tlbnMucG93ZXIpO1xuICAgIGNvbnN0IGFkbWluID0gY2xpZW50Rm9yKGN0eCwgZGF0YS50b2tlbnMuYWRtaW4pO1xuICAgIGxldCBvayA9IHVzZXIuaGVhbHRoKCkub2s7XG4gICAgb2sgPSB1c2VyLmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDUgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzbW9rZScsIGN0eCksIHRvcGljOiAnc21va2UgdGVzdGluZycsIGxldmVsOiAnaW50ZXJtZWRpYXRlJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICBvayA9IHVzZXIuZ2V0Q291cnNlKGlkKS5vayAmJiBvaztcbiAgICBvayA9IHVzZXIudXBkYXRlQ291cnNlKGlkLCB7IHRpdGxlOiBgJHtjcmVhdGVkLmJvZHkudGl0bGV9IChlZGl0ZWQpYCB9KS5vayAmJiBvaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KHVzZXIsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gdXNlci5nZXRDaGFwdGVyKGlkLCBnZW5lcmF0aW9uLmpvYj8uY2hhcHRlcnNbMF0/LmluZGV4ID8/IDApLm9rICYmIG9rO1xuICAgICAgZm9yIChjb25zdCBmb3JtYXQgb2YgRVhQT1JUX0ZPUk1BVFMpIG9rID0gdXNlci5leHBvcnRDb3Vyc2UoaWQsIGZvcm1hdCkub2sgJiYgb2s7XG4gICAgfVxuICAgIG9rID0gYWRtaW4uYWRtaW5TdGF0cygpLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Kb2JzKDEwKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICByZXR1cm4gdXNlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcbiIsICIvLyBTdGFydGluZyBhIGNvdXJzZSdzIGdlbmVyYXRpb24gYW5kIGZvbGxvd2luZyBpdHMgam9iIHRvIHRoZSBlbmQsIHJlY29yZGluZyBob3cgbG9uZyBpdCB0b29rXG4vLyBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAodGhlIHNlcnZlcidzIHZpZXcpIGFuZCBmcm9tIHRoZSBwb2xsZXIncyAodGhlIHVzZXIncyB2aWV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIElkLCBKb2IgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBjaGFwdGVyR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uTXMsIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLCBnZW5lcmF0aW9uRmFpbGVkIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbXBsZXRlZDogYm9vbGVhbjtcbiAgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIG1pbGxpc0JldHdlZW4oZnJvbTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgdG86IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAoIWZyb20gfHwgIXRvKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBtcyA9IERhdGUucGFyc2UodG8pIC0gRGF0ZS5wYXJzZShmcm9tKTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgJiYgbXMgPj0gMCA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiByZWNvcmRKb2JUaW1lcyhqb2I6IEpvYik6IHZvaWQge1xuICBmb3IgKGNvbnN0IGNoYXB0ZXIgb2Ygam9iLmNoYXB0ZXJzKSB7XG4gICAgY29uc3QgbXMgPSBjaGFwdGVyLmR1cmF0aW9uX21zID8/IG1pbGxpc0JldHdlZW4oY2hhcHRlci5zdGFydGVkX2F0LCBjaGFwdGVyLmZpbmlzaGVkX2F0KTtcbiAgICBpZiAodHlwZW9mIG1zID09PSAnbnVtYmVyJyAmJiBjaGFwdGVyLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGNoYXB0ZXJHZW5lcmF0aW9uTXMuYWRkKG1zKTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1pbGxpc0JldHdlZW4oam9iLmNyZWF0ZWRfYXQsIGpvYi5maW5pc2hlZF9hdCk7XG4gIGlmICh0b3RhbCAhPT0gdW5kZWZpbmVkKSBjb3Vyc2VHZW5lcmF0aW9uTXMuYWRkKHRvdGFsKTtcbn1cblxuLyoqIFN0YXJ0cyBnZW5lcmF0aW9uIGFuZCBwb2xscyB0aGUgam9iIHVudGlsIGl0IGNvbXBsZXRlcywgZmFpbHMsIG9yIGB0aW1lb3V0U2AgcGFzc2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlQW5kV2FpdChjbGllbnQ6IEFwaUNsaWVudCwgY291cnNlSWQ6IElkLCBwb2xsSW50ZXJ2YWxTOiBudW1iZXIsIHRpbWVvdXRTOiBudW1iZXIpOiBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbnN0IGFjY2VwdGVkID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZUlkKTtcbiAgaWYgKCFhY2NlcHRlZC5ib2R5KSB7XG4gICAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQodHJ1ZSk7XG4gICAgcmV0dXJuIHsgY29tcGxldGVkOiBmYWxzZSwgam9iOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBzdGFydGVkICsgdGltZW91dFMgKiAxMDAwO1xuICBsZXQgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBzbGVlcChwb2xsSW50ZXJ2YWxTKTtcbiAgICBjb25zdCBwb2xsZWQgPSBjbGllbnQuZ2V0Sm9iKGFjY2VwdGVkLmJvZHkuam9iX2lkKTtcbiAgICBpZiAoIXBvbGxlZC5ib2R5KSBjb250aW51ZTtcbiAgICBqb2IgPSBwb2xsZWQuYm9keTtcbiAgICBpZiAoam9iLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcgfHwgam9iLnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGJyZWFrO1xuICB9XG4gIGNvbnN0IGNvbXBsZXRlZCA9IGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJztcbiAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQoIWNvbXBsZXRlZCk7XG4gIGlmIChjb21wbGV0ZWQgJiYgam9iKSB7XG4gICAgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMuYWRkKERhdGUubm93KCkgLSBzdGFydGVkKTtcbiAgICByZWNvcmRKb2JUaW1lcyhqb2IpO1xuICB9XG4gIHJldHVybiB7IGNvbXBsZXRlZCwgam9iIH07XG59XG4iLCAiLy8gSG93IHNpbXVsYXRlZCB1c2VycyBwYWNlIHRoZW1zZWx2ZXMgYW5kIGNob29zZSB3aGF0IHRvIGRvIG5leHQuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcblxuLyoqIFNsZWVwcyBhIHVuaWZvcm1seSBkcmF3biB0aGluayB0aW1lIGluIFttaW4sIG1heF0gc2Vjb25kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aGluayhyYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfSk6IHZvaWQge1xuICBjb25zdCBzZWNvbmRzID0gcmFuZ2UubWluICsgTWF0aC5yYW5kb20oKSAqIChyYW5nZS5tYXggLSByYW5nZS5taW4pO1xuICBpZiAoc2Vjb25kcyA+IDApIHNsZWVwKHNlY29uZHMpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdlaWdodGVkVGFzazxUPiB7XG4gIHdlaWdodDogbnVtYmVyO1xuICB0YXNrOiBUO1xufVxuXG4vKiogUGlja3Mgb25lIHRhc2sgd2l0aCBwcm9iYWJpbGl0eSBwcm9wb3J0aW9uYWwgdG8gaXRzIHdlaWdodC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrV2VpZ2h0ZWQ8VD4odGFza3M6IHJlYWRvbmx5IFdlaWdodGVkVGFzazxUPltdLCByYW5kb206IG51bWJlciA9IE1hdGgucmFuZG9tKCkpOiBUIHtcbiAgY29uc3QgdG90YWwgPSB0YXNrcy5yZWR1Y2UoKHN1bSwgdCkgPT4gc3VtICsgdC53ZWlnaHQsIDApO1xuICBsZXQgcG9pbnQgPSByYW5kb20gKiB0b3RhbDtcbiAgZm9yIChjb25zdCB0IG9mIHRhc2tzKSB7XG4gICAgcG9pbnQgLT0gdC53ZWlnaHQ7XG4gICAgaWYgKHBvaW50IDwgMCkgcmV0dXJuIHQudGFzaztcbiAgfVxuICByZXR1cm4gdGFza3NbdGFza3MubGVuZ3RoIC0gMV0hLnRhc2s7XG59XG5cbi8qKiBQaWNrcyBvbmUgZWxlbWVudCB1bmlmb3JtbHkuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja09uZTxUPihpdGVtczogcmVhZG9ubHkgVFtdKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBpdGVtcy5sZW5ndGggPT09IDAgPyB1bmRlZmluZWQgOiBpdGVtc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBpdGVtcy5sZW5ndGgpXTtcbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogeyBlbmRwb2ludCB9LCBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dIH0sXG4gIF0pO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cbiIsICIvLyBUaGUgcXVpY2sgY2hlY2sgZm9yIENJOiBvbmUgVlUgZm9yIGFib3V0IDEwIHMgY2FsbGluZyBldmVyeSBlbmRwb2ludCBhdCBsZWFzdCBvbmNlLCBhZ2FpbnN0IHRoZVxuLy8gc2FtZSB0aHJlc2hvbGRzIGFzIHRoZSBtYWluIGpvYi5cbmltcG9ydCB7IEVORFBPSU5UUyB9IGZyb20gJy4uL2xpYi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBjb25maWcgfSBmcm9tICcuLi9saWIvY29uZmlnL2Vudi50cyc7XG5pbXBvcnQgeyBydW5Xb3JrZmxvdyB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzJztcbmltcG9ydCB7IHByZXBhcmVSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL2xpYi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgeyBlbnRyeU9wdGlvbnMgfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmltcG9ydCB7IG1ha2VIYW5kbGVTdW1tYXJ5IH0gZnJvbSAnLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyc7XG5pbXBvcnQgeyBldmVyeUVuZHBvaW50IH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMnO1xuaW1wb3J0IHsgYWJvcnRHYXRlcywgZXJyb3JHYXRlcywgZ2VuZXJhdGlvbkdhdGVzLCBsYXRlbmN5R2F0ZXMsIHN1Y2Nlc3NHYXRlcyB9IGZyb20gJy4uL3RocmVzaG9sZHMvZ2F0ZXMudHMnO1xuXG5jb25zdCBTTU9LRV9TRUNPTkRTID0gMTA7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywgKCkgPT4gKHtcbiAgd2FsbFRpbWVTOiBTTU9LRV9TRUNPTkRTLFxuICBzY2VuYXJpb3M6IHtcbiAgICBzbW9rZTogeyBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsIGV4ZWM6ICdzbW9rZScsIHZ1czogMSwgZHVyYXRpb246IGAke1NNT0tFX1NFQ09ORFN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfSxcbiAgfSxcbiAgZ2F0ZXM6IFtcbiAgICAuLi5sYXRlbmN5R2F0ZXMoY29uZmlnLnRhcmdldHMsIEVORFBPSU5UUyksXG4gICAgLi4uZXJyb3JHYXRlcyhjb25maWcudGFyZ2V0cywgRU5EUE9JTlRTKSxcbiAgICAuLi5hYm9ydEdhdGVzKCc1cycpLFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyhjb25maWcudGFyZ2V0cyksXG4gICAgLi4uZ2VuZXJhdGlvbkdhdGVzKGNvbmZpZy50YXJnZXRzKSxcbiAgXSxcbn0pKTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ3Ntb2tlJyB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIHNldHVwKCk6IFByb21pc2U8UnVuRGF0YT4ge1xuICByZXR1cm4gcHJlcGFyZVJ1bihjb25maWcsIHsgc2VlZDogZmFsc2UgfSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzbW9rZShkYXRhOiBSdW5EYXRhKTogdm9pZCB7XG4gIHJ1bldvcmtmbG93KCdzbW9rZScsIGV2ZXJ5RW5kcG9pbnQsIHsgY29uZmlnLCBkYXRhIH0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUVPLElBQU0sWUFBWTtBQUFBLEVBQ3ZCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBS08sSUFBTSxZQUFZOzs7QUNDbEIsSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ09NLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUlBLFNBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsU0FBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFFBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDeEY7QUFFQSxTQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsU0FBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLFVBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxRQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxJQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsSUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsUUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLFNBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtBQUNqQztBQUVBLFNBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsUUFBTSxXQUFXO0FBQ2pCLE1BQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFFBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUdPLFNBQVMsWUFBWSxLQUFrQjtBQUM1QyxRQUFNLElBQUk7QUFDVixRQUFNLFlBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixRQUFNLFVBQVUsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssdUJBQXVCLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdEgsU0FBTztBQUFBLElBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7QUFBQSxJQUNyRCxPQUFPO0FBQUEsTUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtBQUFBLE1BQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLE1BQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLElBQzdFO0FBQUEsSUFDQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztBQUFBLElBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsSUFDaEU7QUFBQSxJQUNBLFdBQVcsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxJQUMvRSxTQUFTLFFBQVEsS0FBSywwQkFBMEI7QUFBQSxJQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7QUFBQSxJQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztBQUFBLElBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztBQUFBLElBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7QUFBQSxJQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7QUFBQSxJQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7QUFBQSxJQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7QUFBQSxJQUN2RCxTQUFTO0FBQUEsTUFDUCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtBQUFBLE1BQzdGLGFBQWEsU0FBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7QUFBQSxNQUNsRSxXQUFXLFNBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO0FBQUEsTUFDNUQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtBQUFBLE1BQ3pFLFlBQVksU0FBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7QUFBQSxNQUM5RixzQkFBc0IsU0FBUyxHQUFHLEtBQVcsNEJBQTRCLEtBQUssRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtBQUFBLElBQ25KO0FBQUEsRUFDRjtBQUNGOzs7QUMxS08sSUFBTSxTQUFpQixZQUFZLEtBQUs7OztBQ0gvQyxTQUFTLFNBQVMsTUFBTSxhQUFhO0FBRzlCLElBQU0sc0JBQXNCLElBQUksTUFBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7OztBQ1YzRCxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFbkIsSUFBTSxhQUFtRCxDQUFDO0FBRW5ELFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLFFBQU0sT0FBUSxXQUFXLElBQUksTUFBTSxFQUFFLFVBQVUsS0FBSztBQUNwRCxNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUSxNQUFNLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUMsRUFBRTtBQUFBLElBQ3RIO0FBQUEsRUFDRjtBQUNGOzs7QUNuQkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBVTtBQUNqQixPQUFPLGFBQWE7QUFDcEIsT0FBT0EsV0FBVTs7O0FDSGpCLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQXVEOzs7QUNFOUQsSUFBTSxNQUFNLENBQUMsT0FBbUIsbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBRXRELElBQU0sUUFBUTtBQUFBLEVBQ25CLFFBQVEsTUFBTTtBQUFBLEVBQ2QsT0FBTyxNQUFNO0FBQUEsRUFDYixTQUFTLE1BQU07QUFBQSxFQUNmLFFBQVEsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQzlDLFVBQVUsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ2hELEtBQUssQ0FBQyxPQUFXLGdCQUFnQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3hDLFNBQVMsQ0FBQyxJQUFRLFVBQWtCLG1CQUFtQixJQUFJLEVBQUUsQ0FBQyxhQUFhLEtBQUs7QUFBQSxFQUNoRixjQUFjLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNwRCxZQUFZLE1BQU07QUFBQSxFQUNsQixXQUFXLE1BQU07QUFBQSxFQUNqQixZQUFZLE1BQU07QUFDcEI7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUNyRixXQUFXLFlBQVksWUFBWTtBQUNqQyxpQkFBZSxRQUFvQixJQUFJLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQW9CLEVBQUU7QUFDOUc7QUFHTyxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsU0FBTyxlQUFlLFFBQVE7QUFDaEM7OztBRE9BLElBQU0sUUFBUSxDQUFJLFNBQThDO0FBRWhFLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFFL0MsSUFBTSxTQUFTO0FBQUEsRUFDcEIsUUFBUSxNQUEwQixDQUFDLFVBQVUsTUFBTSxRQUFRLE1BQU0sSUFBSTtBQUFBLEVBQ3JFLE9BQU8sTUFBYSxDQUFDLFVBQVU7QUFDN0IsVUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxFQUNoRCxDQUFDO0FBQUEsRUFDRCxZQUFZLE1BQWtCLENBQUMsVUFBVSxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEcsUUFBUSxNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEYsb0JBQW9CLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixhQUFhLE1BQXlDLENBQUMsVUFBVSxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN0RixLQUFLLE1BQVcsQ0FBQyxVQUFVLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixTQUFTLE1BQWUsQ0FBQyxVQUFVLE9BQU8sTUFBTSxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQ3ZFLFdBQVcsTUFBK0IsQ0FBQyxVQUFVO0FBQ25ELFVBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLEVBQzVFLENBQUM7QUFDSDtBQVNBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBQ2xFO0FBR0EsSUFBSTtBQUVKLElBQU0sWUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLE1BQUk7QUFDRixXQUFPLFFBQVMsS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sYUFBTixNQUF5QztBQUFBLEVBR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFM7QUFDQTtBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUhRO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUxYLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFPUixJQUFJLE9BQXNCO0FBQ3hCLFFBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLFdBQUssUUFBUSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBR0EsU0FBUyxVQUFVLE1BQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFjO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLGtCQUE0RSxDQUFDO0FBQ25GLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxTQUFRLGdCQUFnQixNQUFNLE1BQU0sS0FBSyxpQkFBaUIsTUFBTTtBQUNsRTtBQUlBLElBQUk7QUFVSixJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLFlBQXlGLENBQUM7QUFFaEcsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLFFBQVE7QUFDNUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsUUFBUSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxTQUFPO0FBQ1Q7QUFJTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFLckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQSxFQVBGO0FBQUE7QUFBQSxFQUVBLFNBQTRDLENBQUM7QUFBQTtBQUFBLEVBVzlELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsUUFBSSxTQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFFBQUksQ0FBQyxRQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxlQUFTLEVBQUUsU0FBUyxNQUFNLFlBQVksUUFBUSxHQUFHLFNBQVMsS0FBSyxTQUFTLGtCQUFrQixhQUFhLFFBQVEsRUFBRTtBQUVqSCxVQUFJLENBQUMsVUFBVyxRQUFPLGVBQWU7QUFDdEMsV0FBSyxPQUFPLFFBQVEsSUFBSTtBQUFBLElBQzFCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQUMsUUFDQSxTQUNXO0FBQ1gsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNLEtBQUssUUFBUSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSSxJQUFJLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSSxNQUFNLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYUEsV0FBVSxNQUFTLENBQUM7QUFFN0ssVUFBTSxTQUFTLElBQUk7QUFDbkIsVUFBTSxXQUFXLFdBQVc7QUFDNUIsUUFBSSxVQUFVO0FBQ2QsUUFBSUEsVUFBUyxVQUFVO0FBRXJCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUtBLE9BQU0sU0FBUztBQUN4QyxnQkFBVTtBQUFBLElBQ1o7QUFDQSxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVUEsV0FBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQWMsT0FBTyxRQUFRQSxVQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUN4RjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLE9BQU87QUFDdkIsWUFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsVUFBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDckc7QUFDQSxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDL0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBRGxSQSxJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLE9BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCLFVBQU0sbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhLCtDQUErQztBQUFBLEVBQzVKO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixVQUFNLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTSwyRUFBMkU7QUFBQSxFQUNoSTtBQUNGO0FBRUEsU0FBUyxNQUFNLFFBQW1CRSxTQUFnQixNQUFvQjtBQUNwRSxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxPQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzNDLE1BQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLFNBQVMsY0FBYyxTQUFTLFlBQVk7QUFBQSxFQUM1STtBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDLElBQUksT0FBTyxnQkFBZ0IsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ3BJLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLE9BQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQzNILFlBQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT0EsZUFBZSxvQkFBb0JBLFNBQWlDO0FBQ2xFLFFBQU0sUUFBUSxFQUFFLEdBQUdBLFFBQU8sTUFBTTtBQUNoQyxhQUFXLFFBQVEsQ0FBQyxXQUFXLFNBQVMsT0FBTyxHQUFZO0FBQ3pELFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJLEVBQUUsR0FBRyxNQUFNLElBQUksR0FBRyxTQUFTO0FBQUEsSUFDekQsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLEdBQUdBLFNBQVEsTUFBTTtBQUM1QjtBQUVBLGVBQXNCLFdBQVcsV0FBbUJDLFdBQTZCLEVBQUUsTUFBTSxLQUFLLEdBQXFCO0FBQ2pILFFBQU0sVUFBVSxPQUFPO0FBQ3ZCLFFBQU1ELFVBQVMsTUFBTSxvQkFBb0IsU0FBUztBQUNsRCxRQUFNLFlBQVksSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUNsRSxRQUFNLFNBQStCO0FBQUEsSUFDbkMsU0FBUyxNQUFNLFdBQVdBLFNBQVEsU0FBUztBQUFBLElBQzNDLE9BQU8sTUFBTSxXQUFXQSxTQUFRLE9BQU87QUFBQSxJQUN2QyxPQUFPLE1BQU0sV0FBV0EsU0FBUSxPQUFPO0FBQUEsRUFDekM7QUFDQSxRQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7QUFDeEYsUUFBTSxrQkFBa0JDLFNBQVEsT0FBTyxZQUFZLFVBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPRCxPQUFNLElBQUksQ0FBQztBQUNuRyxTQUFPLEVBQUUsT0FBTyxRQUFRLGdCQUFnQjtBQUMxQzs7O0FHakdBLE9BQU9FLFdBQVU7QUFDakIsU0FBUyxXQUFBQyxVQUFTLFNBQUFDLGNBQWE7OztBQzZCL0IsSUFBSTtBQUNKLElBQU0sVUFBVSxNQUNiLGFBQWEsRUFBRSxZQUFZLDRCQUE0QixTQUFTLHVCQUF1QixZQUFZLHVCQUF1QjtBQUd0SCxTQUFTLFVBQVUsUUFBZ0IsTUFBdUM7QUFDL0UsTUFBSSxDQUFDLFFBQVEsRUFBRSxXQUFXLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxNQUFNLHdCQUF3QixNQUFNLDhCQUE4QjtBQUNwSCxRQUFNLFVBQVUsT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQ3pDLE1BQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxRQUFJLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxHQUFHLEtBQUssQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEtBQUssR0FBRztBQUNsRSxZQUFNLElBQUksTUFBTSxlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTSwyREFBMkQ7QUFBQSxJQUNySDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEksU0FBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztBQUM1QztBQUVBLFNBQVMsS0FBSyxNQUF5QjtBQUNyQyxRQUFNQyxRQUFPLFdBQVcsSUFBSTtBQUM1QixNQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLFNBQU8sRUFBRSxXQUFXQSxPQUFNLGFBQWEsTUFBTSxHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUMsRUFBRztBQUN2SDtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBRGpFTyxJQUFNLG1CQUFtQixJQUFJQyxPQUFNLG9CQUFvQjtBQUV2RCxJQUFNLHdCQUF3QixJQUFJQSxPQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJQSxPQUFNLGtCQUFrQjtBQUVuRCxJQUFNLHVCQUF1QixJQUFJQyxTQUFRLHdCQUF3QjtBQUVqRSxJQUFNLHFCQUFxQixJQUFJRCxPQUFNLGlDQUFpQztBQVM3RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUVsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBR0csU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sVUFBVTtBQUFBLElBQ1YsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGlCQUFpQjtBQUFBLElBQ2pCLFFBQVE7QUFBQSxJQUNSLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFRTyxTQUFTLGNBQWMsWUFBMEI7QUFDdEQsUUFBTSxNQUFNRSxNQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sTUFBOEMsSUFBSSxJQUFJLElBQUk7QUFDNUYsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFDbkMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFBQSxFQUN0QztBQUNGO0FBR08sU0FBUyxtQkFBbUIsWUFBMEI7QUFDM0QsUUFBTSxNQUFNQSxNQUFLLElBQUksR0FBRyxVQUFVLFlBQVksSUFBYTtBQUMzRCxRQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU0sTUFBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsTUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkIsU0FBVSxvQkFBbUIsSUFBSSxRQUFRLHdCQUF3QjtBQUM5SDtBQVlPLFNBQVMsY0FBYyxRQUFnQztBQUM1RCxRQUFNLFFBQWdCO0FBQUEsSUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNBLE1BQUksT0FBTyxtQkFBbUIsT0FBVyxPQUFNLEtBQUssRUFBRSxRQUFRLG1DQUFtQyxPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUMsRUFBRSxDQUFDO0FBQ2xLLE1BQUksT0FBTyxjQUFlLE9BQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ3hILFNBQU87QUFDVDs7O0FFMUNPLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUMvQjNGLFNBQVMsbUJBQTRCO0FBQzFDLFNBQU8sU0FBUztBQUNsQjtBQUdPLFNBQVMsYUFBYUMsU0FBZ0IsV0FBdUQ7QUFDbEcsTUFBSSxDQUFDLGlCQUFpQixFQUFHLFFBQU87QUFDaEMsUUFBTSxRQUFRLFVBQVU7QUFHeEIsUUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxRQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixNQUFJQSxRQUFPLFlBQVk7QUFDckIsY0FBVSxZQUFZLGtCQUFrQixNQUFNLFNBQVM7QUFDdkQsVUFBTTtBQUFBLE1BQ0osR0FBRyxjQUFjO0FBQUEsUUFDZixVQUFVQSxRQUFPLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxRQUFPLFFBQVE7QUFBQSxRQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFFBQU8sUUFBUSx1QkFBdUI7QUFBQSxRQUMvRSxlQUFlQSxRQUFPO0FBQUEsTUFDeEIsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFlBQVksZUFBZSxLQUFLO0FBQUEsSUFDaEMsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQixFQUFFLENBQUM7QUFBQSxJQUM3RCxtQkFBbUI7QUFBQSxFQUNyQjtBQUNGO0FBRUEsU0FBUyxTQUFTLFVBQTZCO0FBQzdDLFFBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFDNUMsTUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxNQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWEsb0JBQXFCLFNBQVEsT0FBTyxLQUFLO0FBQzdILFNBQU87QUFDVDtBQUdPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDtBQUdPLFNBQVMsdUJBQTZCO0FBQzNDLE1BQUksT0FBVSxXQUFZLG9CQUFtQixPQUFVLFVBQVU7QUFDbkU7QUFFTyxTQUFTLFdBQWlCO0FBQy9CLHVCQUFxQjtBQUN2Qjs7O0FDaEZPLFNBQVMsVUFBVUMsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSyxRQUFRLFlBQVksQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUMsQ0FBRTtBQUN2SDtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLLEVBQUUsUUFBUSxZQUFZLEdBQUcsRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZHOzs7QUM2Qk8sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksT0FBTyxJQUFJLE1BQU0sVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVcsTUFBTSxNQUFNLE9BQU8sUUFBUSxJQUFJLEVBQUUsQ0FBQztBQUFBLElBQzFLO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQyxFQUFHLE1BQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDdkgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUcsRUFBRSxVQUFVLEVBQUUsU0FBUyxHQUFHLEtBQUssRUFBRSxPQUFPLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNuSixXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLFVBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDL0U7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVMsUUFBUyxRQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxFQUFFLFFBQVEseUJBQXlCLEdBQUc7QUFDOUYsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsY0FBYyxNQUEyQjtBQUN2RCxRQUFNLFNBQVMsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQzFELFFBQU0sTUFBTSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDM0QsTUFBSSxXQUFXLFFBQVEsUUFBUSxLQUFNLFFBQU87QUFDNUMsUUFBTSxVQUFVLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQ3hFLFFBQU0sU0FBUyxZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFDekUsU0FBTztBQUFBLElBQ0wsaUNBQWlDLFlBQVksUUFBUSxPQUFPLENBQUM7QUFBQSxJQUM3RCxXQUFXLFlBQVksS0FBSyxPQUFPLENBQUM7QUFBQSxJQUNwQyxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLE9BQU87QUFBQSxFQUM1QixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUNoSE8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1QztBQUNwRixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDM0MsUUFBTUMsYUFBWSxLQUFLLE9BQU8scUJBQXFCLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDdkUsUUFBTSxRQUFRLFVBQVUsZUFBZUQsU0FBUSxRQUFRLEVBQUU7QUFDekQsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDNUIsVUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxVQUFNLFdBQVcsVUFBVSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztBQUMxRCxVQUFNLE9BQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFFBQUksRUFBRSxHQUFJLFFBQU8sR0FBRyxJQUFJLHdCQUF3QixRQUFRO0FBQ3hELFdBQU8sR0FBRyxJQUFJO0FBQUEsMEJBQTZCLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUscUJBQXFCLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQywrQkFBK0IsUUFBUTtBQUFBO0FBQUEsRUFDaEwsQ0FBQztBQUNELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSx5Q0FBeUMsS0FBSyxNQUFNLGVBQWUsUUFBUSxzQkFBc0JDLFFBQU87QUFBQSxJQUN4RyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssTUFBTSxlQUFlLFFBQVEsa0NBQWtDQSxRQUFPO0FBQUEsSUFDbEgsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDdEJPLFNBQVMsZUFBZSxNQUFtQkMsVUFBdUM7QUFDdkYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3pDLFFBQU0sUUFBUTtBQUFBLElBQ1osb0JBQW9CLG1CQUFtQkEsU0FBUSxRQUFRLENBQUMsT0FBTyxXQUFXLElBQUksU0FBUyxLQUFLLE1BQU0sdUJBQXVCLEtBQUssTUFBTSxPQUFPLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxJQUMxSztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLFFBQVEsbUJBQW1CLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxRQUFRLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLElBQUk7QUFBQSxFQUM5STtBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssSUFBSSw0REFBNEQscUNBQXFDO0FBQ2hILGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sS0FBSyxLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQyxJQUFJO0FBQUEsSUFDck87QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksbUJBQW1CLGNBQWMsSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUMxRCxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNuQk8sSUFBTSx5QkFBeUI7QUF1Qi9CLFNBQVMsYUFBYSxNQUFtQixNQUF3QjtBQUN0RSxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksU0FBUyxPQUFPLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksU0FBUyxFQUFFO0FBQzNILFFBQU0sV0FBVyxLQUFLLFNBQVMsb0JBQW9CLEtBQUssU0FBUztBQUNqRSxTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsV0FDUDtBQUFBLE1BQ0UsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLE1BQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxNQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsTUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsSUFDM0UsSUFDQTtBQUFBLEVBQ047QUFDRjs7O0FDeENBLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsYUFBYSxxQkFBcUIsb0JBQW9CLHVCQUF1Qiw0QkFBNEIsb0JBQW9CLG9CQUFvQixzQkFBc0IsbUJBQW1CLGNBQWMsc0JBQXNCLHNCQUFzQixPQUFPLFdBQVcsYUFBYSxpQkFBaUIsVUFBVSxnQkFBZ0IsQ0FBQztBQUN6VixJQUFNLFdBQVcsQ0FBQyxTQUFpQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUzSCxTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUQ7QUFDcEcsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU0sS0FBSyxFQUFFLEtBQUssZUFBZUEsU0FBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQyxFQUFFLENBQUM7QUFDeE8sUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxhQUFXLEtBQUssWUFBWTtBQUMxQixVQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsVUFBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDN0c7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFDakssZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTSxLQUFLLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxZQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzdMO0FBQUEsRUFDRjtBQUNBLFFBQU1DLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFFBQU0sV0FBVyxZQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFFBQU0sYUFBYSxZQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsUUFBTSxLQUFLLEtBQUssWUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNBLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsWUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQkEsU0FBUSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQ2hPLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNLEtBQUssYUFBYSxZQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVksWUFBWSxZQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sYUFBYSxZQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTSxZQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUMsR0FBRztBQUN2UCxRQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxPQUFPLFFBQVEsRUFBRSxLQUFLO0FBQ3JFLE1BQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLGVBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixZQUFNLElBQUksRUFBRTtBQUNaLFlBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLFlBQU1GLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBTyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVCxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCLFlBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLFlBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUlBLEtBQUksRUFBRTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLEtBQUssY0FBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ3BEQSxJQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFFeEQsU0FBUyxrQkFBa0IsTUFBOEM7QUFDOUUsU0FBTyxTQUFTRyxlQUFjLE1BQTJDO0FBQ3ZFLFVBQU0sTUFBOEIsRUFBRSxRQUFRLFlBQVksTUFBTSxFQUFFLFVBQVUsS0FBSyxVQUFVLE9BQU8sS0FBSyxPQUFPLGdCQUFnQixLQUFLLENBQUMsRUFBRTtBQUN0SSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVUsYUFBYSxNQUFNO0FBQUEsUUFDakMsVUFBVSxLQUFLO0FBQUEsUUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsUUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsUUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLE1BQ3RDLENBQUM7QUFFRCxZQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUNoRSxVQUFJLEdBQUcsR0FBRyxZQUFZLElBQUksWUFBWSxNQUFNLElBQUk7QUFDaEQsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsTUFBTSxJQUFJO0FBQUEsSUFDdEQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUMvQkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU9DLFdBQVU7OztBQ0RqQixTQUFTLFNBQUFDLGNBQWE7QUFTdEIsU0FBUyxjQUFjLE1BQWlDLElBQW1EO0FBQ3pHLE1BQUksQ0FBQyxRQUFRLENBQUMsR0FBSSxRQUFPO0FBQ3pCLFFBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQzNDLFNBQU8sT0FBTyxTQUFTLEVBQUUsS0FBSyxNQUFNLElBQUksS0FBSztBQUMvQztBQUVBLFNBQVMsZUFBZSxLQUFnQjtBQUN0QyxhQUFXLFdBQVcsSUFBSSxVQUFVO0FBQ2xDLFVBQU0sS0FBSyxRQUFRLGVBQWUsY0FBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFFBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEscUJBQW9CLElBQUksRUFBRTtBQUFBLEVBQzFGO0FBQ0EsUUFBTSxRQUFRLGNBQWMsSUFBSSxZQUFZLElBQUksV0FBVztBQUMzRCxNQUFJLFVBQVUsT0FBVyxvQkFBbUIsSUFBSSxLQUFLO0FBQ3ZEO0FBR08sU0FBUyxnQkFBZ0IsUUFBbUIsVUFBYyxlQUF1QixVQUFxQztBQUMzSCxRQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsTUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixxQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLFdBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO0FBQUEsRUFDNUM7QUFDQSxRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sV0FBVyxVQUFVLFdBQVc7QUFDdEMsTUFBSTtBQUNKLFNBQU8sS0FBSyxJQUFJLElBQUksVUFBVTtBQUM1QixJQUFBQyxPQUFNLGFBQWE7QUFDbkIsVUFBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLEtBQUssTUFBTTtBQUNqRCxRQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLFVBQU0sT0FBTztBQUNiLFFBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxXQUFXLFNBQVU7QUFBQSxFQUM3RDtBQUNBLFFBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsbUJBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLE1BQUksYUFBYSxLQUFLO0FBQ3BCLCtCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsbUJBQWUsR0FBRztBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxFQUFFLFdBQVcsSUFBSTtBQUMxQjs7O0FDakRBLFNBQVMsU0FBQUMsY0FBYTs7O0FGaUJ0QixJQUFJLFVBQXFDLENBQUM7QUFFMUMsU0FBUyxVQUFVLEtBQWMsT0FBMEI7QUFDekQsU0FBUSxRQUFRLEtBQUssTUFBTSxJQUFJLFVBQVUsSUFBSSxPQUFPLFNBQVMsSUFBSSxPQUFPLGFBQWEsS0FBSztBQUM1RjtBQU9PLFNBQVMsWUFBWSxNQUFjLEtBQXNCO0FBQzlELFNBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsTUFBSyxHQUFHLFFBQVEsTUFBTUEsTUFBSyxHQUFHLG1CQUFtQjtBQUM5RjtBQUVBLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUE2RnBFLElBQU0sZ0JBQTBCLENBQUMsUUFDdEMsTUFBTSxrQkFBa0IsTUFBTTtBQUM1QixRQUFNLEVBQUUsUUFBQUMsU0FBUSxLQUFLLElBQUk7QUFDekIsUUFBTSxPQUFPLFVBQVUsS0FBSyxLQUFLLE9BQU8sS0FBSztBQUM3QyxRQUFNLFFBQVEsVUFBVSxLQUFLLEtBQUssT0FBTyxLQUFLO0FBQzlDLE1BQUksS0FBSyxLQUFLLE9BQU8sRUFBRTtBQUN2QixPQUFLLEtBQUssWUFBWSxFQUFFLE9BQU8sRUFBRSxDQUFDLEVBQUUsTUFBTTtBQUMxQyxRQUFNLFVBQVUsS0FBSyxhQUFhLEVBQUUsT0FBTyxZQUFZLFNBQVMsR0FBRyxHQUFHLE9BQU8saUJBQWlCLE9BQU8sZ0JBQWdCLGVBQWUsRUFBRSxDQUFDO0FBQ3ZJLE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixPQUFLLEtBQUssVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUM5QixPQUFLLEtBQUssYUFBYSxJQUFJLEVBQUUsT0FBTyxHQUFHLFFBQVEsS0FBSyxLQUFLLFlBQVksQ0FBQyxFQUFFLE1BQU07QUFDOUUsUUFBTSxhQUFhLGdCQUFnQixNQUFNLElBQUlBLFFBQU8sZUFBZUEsUUFBTyxrQkFBa0I7QUFDNUYsT0FBSyxXQUFXLGFBQWE7QUFDN0IsTUFBSSxXQUFXLFdBQVc7QUFDeEIsU0FBSyxLQUFLLFdBQVcsSUFBSSxXQUFXLEtBQUssU0FBUyxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUUsTUFBTTtBQUN4RSxlQUFXLFVBQVUsZUFBZ0IsTUFBSyxLQUFLLGFBQWEsSUFBSSxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ2hGO0FBQ0EsT0FBSyxNQUFNLFdBQVcsRUFBRSxNQUFNO0FBQzlCLE9BQUssTUFBTSxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQy9CLE9BQUssTUFBTSxXQUFXLEVBQUUsTUFBTTtBQUM5QixTQUFPLEtBQUssYUFBYSxFQUFFLEVBQUUsTUFBTTtBQUNyQyxDQUFDOzs7QUcvSUgsSUFBTSxNQUFNLEVBQUUsT0FBTyxVQUFVO0FBRS9CLFNBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUNqRSxNQUFJLGFBQWEsU0FBVSxRQUFPLFFBQVE7QUFDMUMsTUFBSSxhQUFhLGdCQUFpQixRQUFPLFFBQVE7QUFDakQsU0FBTyxRQUFRO0FBQ2pCO0FBR08sU0FBUyxhQUFhLFNBQWtCLFdBQXdDO0FBQ3JGLFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsUUFDTCxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFNBQVM7QUFBQSxRQUNsRCxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFNBQVM7QUFBQSxNQUNwRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztBQUFBLE1BQzlCLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFrQixJQUFJLEtBQWMsT0FBTyxZQUFZLFVBQVUsT0FBTyxFQUFFLENBQUM7QUFBQSxJQUM3RixFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLFNBQWtCLFdBQXdDO0FBQ25GLFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSxtQkFBbUIsTUFBTSxLQUFLLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsSUFDckcsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQWlCLElBQUksS0FBYyxPQUFPLFFBQVEsVUFBVSxDQUFDO0FBQUEsSUFDL0UsRUFBRTtBQUFBLEVBQ0o7QUFDRjtBQUdPLFNBQVMsV0FBVyxpQkFBaUIsT0FBZTtBQUN6RCxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLEtBQUssYUFBYSxNQUFNLGVBQWUsQ0FBQztBQUFBLElBQ2xGO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxhQUFhLFNBQTBCO0FBQ3JELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsSUFDcEYsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLEVBQ2hHO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQixTQUEwQjtBQUN4RCxTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEseUJBQXlCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLGFBQWEsQ0FBQyxFQUFFO0FBQUEsSUFDcEcsRUFBRSxRQUFRLHFCQUFxQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtBQUFBLEVBQzlGO0FBQ0Y7OztBQzNEQSxJQUFNLGdCQUFnQjtBQUVmLElBQU0sVUFBVSxhQUFhLFFBQVEsT0FBTztBQUFBLEVBQ2pELFdBQVc7QUFBQSxFQUNYLFdBQVc7QUFBQSxJQUNULE9BQU8sRUFBRSxVQUFVLGdCQUFnQixNQUFNLFNBQVMsS0FBSyxHQUFHLFVBQVUsR0FBRyxhQUFhLEtBQUssY0FBYyxNQUFNO0FBQUEsRUFDL0c7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLEdBQUcsYUFBYSxPQUFPLFNBQVMsU0FBUztBQUFBLElBQ3pDLEdBQUcsV0FBVyxPQUFPLFNBQVMsU0FBUztBQUFBLElBQ3ZDLEdBQUcsV0FBVyxJQUFJO0FBQUEsSUFDbEIsR0FBRyxhQUFhLE9BQU8sT0FBTztBQUFBLElBQzlCLEdBQUcsZ0JBQWdCLE9BQU8sT0FBTztBQUFBLEVBQ25DO0FBQ0YsRUFBRTtBQUdLLElBQU0sZ0JBQWdCLGtCQUFrQixFQUFFLFVBQVUsUUFBUSxDQUFDO0FBRTdELFNBQVMsUUFBMEI7QUFDeEMsU0FBTyxXQUFXLFFBQVEsRUFBRSxNQUFNLE1BQU0sQ0FBQztBQUMzQztBQUVPLFNBQVMsTUFBTSxNQUFxQjtBQUN6QyxjQUFZLFNBQVMsZUFBZSxFQUFFLFFBQVEsS0FBSyxDQUFDO0FBQ3REOyIsCiAgIm5hbWVzIjogWyJodHRwIiwgInNoYXBlIiwgInVybCIsICJodHRwIiwgImNvbmZpZyIsICJvcHRpb25zIiwgImh0dHAiLCAiQ291bnRlciIsICJUcmVuZCIsICJ0ZXh0IiwgIlRyZW5kIiwgIkNvdW50ZXIiLCAiaHR0cCIsICJjb25maWciLCAicG9sbFJlc291cmNlcyIsICJ0ZXh0IiwgImV4cHJlc3Npb24iLCAib3B0aW9ucyIsICJzZWNvbmRzIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgImV4ZWMiLCAic2xlZXAiLCAic2xlZXAiLCAic2xlZXAiLCAiZXhlYyIsICJjb25maWciXQp9Cg==
