// lib/api.ts
import { check } from "k6";
import http from "k6/http";

// lib/endpoints.ts
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
var outcome = { statusOk: false, shapeOk: false };
var checkSets = /* @__PURE__ */ new Map();
function checksFor(endpoint, expected, withShape) {
  const key = `${endpoint} ${expected} ${withShape}`;
  let set = checkSets.get(key);
  if (!set) {
    const checks = { [`${endpoint}: status is ${expected}`]: (o) => o.statusOk };
    if (withShape) checks[`${endpoint}: body has the expected shape`] = (o) => !o.statusOk || o.shapeOk;
    set = { checks, tags: { endpoint } };
    checkSets.set(key, set);
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
    const key = `${endpoint} ${expected} ${withPayload}`;
    let params = this.params.get(key);
    if (!params) {
      const headers = { Accept: "application/json" };
      if (withPayload) headers["Content-Type"] = "application/json";
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params = { headers, tags: requestTags(endpoint), timeout: this.timeout, responseCallback: expectStatus(expected) };
      this.params.set(key, params);
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

// lib/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

// lib/metrics.ts
import { Counter, Rate, Trend } from "k6/metrics";
var chapterGenerationMs = new Trend("chapter_generation_ms", true);
var courseGenerationMs = new Trend("course_generation_ms", true);
var courseGenerationObservedMs = new Trend("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter("workflow_errors");

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

// lib/setup.ts
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
  const users2 = { ...config3.users };
  for (const role of ["regular", "power", "admin"]) {
    try {
      const password = await secrets.get(`${role.toUpperCase()}_USER_PASSWORD`);
      if (password) users2[role] = { ...users2[role], password };
    } catch {
    }
  }
  return { ...config3, users: users2 };
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

// lib/resources.ts
import http3 from "k6/http";
import { Counter as Counter2, Trend as Trend2 } from "k6/metrics";

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
function rampingUsers(exec3, vus, config3) {
  return {
    executor: "ramping-vus",
    exec: exec3,
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
function constantRate(exec3, perSecond, durationS, maxVUs, startTime = "0s") {
  return {
    executor: "constant-arrival-rate",
    exec: exec3,
    ...wholeRate(perSecond),
    duration: `${durationS}s`,
    preAllocatedVUs: Math.min(maxVUs, Math.max(1, Math.ceil(perSecond))),
    maxVUs,
    startTime
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

// lib/workflows.ts
import { group } from "k6";
import exec2 from "k6/execution";

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
  return `perf-${kind} ${ctx.data.runId} vu${exec2.vu.idInTest} it${exec2.vu.iterationInScenario}`;
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

// scenarios/load.ts
var config2 = guardedConfig("load");
var users = splitUsers(config2.concurrentUsers, config2.weights);
var options = entryOptions(config2, {
  wallTimeS: rampingDurationS(config2),
  scenarios: {
    regular_users: rampingUsers("regularUsers", users.regular, config2),
    power_users: rampingUsers("powerUsers", users.power, config2),
    admin_users: rampingUsers("adminUsers", users.admin, config2),
    // What a monitoring probe sees during the load: GET /health once a second.
    health_probe: constantRate("healthProbe", 1, rampingDurationS(config2), 2)
  },
  gates: [
    ...latencyGates(config2.targets, ENDPOINTS),
    ...errorGates(config2.targets, ENDPOINTS),
    ...abortGates(),
    ...successGates(config2.targets),
    ...generationGates(config2.targets)
  ]
});
var handleSummary = makeHandleSummary({ scenario: "load" });
function setup() {
  return prepareRun(config2);
}
function regularUsers(data) {
  runWorkflow("regular", regularUser, { config: config2, data });
}
function powerUsers(data) {
  runWorkflow("power", powerUser, { config: config2, data });
}
function adminUsers(data) {
  runWorkflow("admin", adminUser, { config: config2, data });
}
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2FwaS50cyIsICIuLi9saWIvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9yb3V0ZXMudHMiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi9jb25maWcudHMiLCAiLi4vbGliL2Vudi50cyIsICIuLi9saWIvbWV0cmljcy50cyIsICIuLi9saWIvcnVuLXdvcmtmbG93LnRzIiwgIi4uL2xpYi9zZXR1cC50cyIsICIuLi9saWIvcmVzb3VyY2VzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL3NoYXBlcy50cyIsICIuLi9saWIvZW50cnkudHMiLCAiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCAiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCAiLi4vbGliL3JlcG9ydC9qdW5pdC50cyIsICIuLi9saWIvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L3RleHQudHMiLCAiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsICIuLi9saWIvd29ya2Zsb3dzLnRzIiwgIi4uL2xpYi9nZW5lcmF0aW9uLnRzIiwgIi4uL2xpYi9wYWNpbmcudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3MvbG9hZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVHlwZWQgY2xpZW50IG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSBjb250cmFjdCAocGF0aHMgYW5kIHRhZ3MgY29tZSBmcm9tIHJvdXRlcy50cykuIEV2ZXJ5IHJlcXVlc3Rcbi8vIGNhcnJpZXMgYSBzdGFibGUgYGVuZHBvaW50YCB0YWcgKG5ldmVyIHRoZSBVUkwgd2l0aCBpZHMgaW4gaXQpLCB0aGUgYGFwaWAgc2NvcGUgYW5kIGEgdGVtcGxhdGVkXG4vLyBgbmFtZWAsIHNvIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnRzIGtlZXAgYSBzbWFsbCwgZml4ZWQgc2V0IG9mIHNlcmllcy5cbmltcG9ydCB7IGNoZWNrIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgcGF0aHMsIHJlcXVlc3RUYWdzLCB0eXBlIElkIH0gZnJvbSAnLi9yb3V0ZXMudHMnO1xuXG5leHBvcnQgdHlwZSB7IElkIH07XG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgdHlwZSBMZXZlbCA9ICdiZWdpbm5lcicgfCAnaW50ZXJtZWRpYXRlJyB8ICdhZHZhbmNlZCc7XG5leHBvcnQgdHlwZSBKb2JTdGF0dXMgPSAncXVldWVkJyB8ICdydW5uaW5nJyB8ICdjb21wbGV0ZWQnIHwgJ2ZhaWxlZCc7XG5leHBvcnQgdHlwZSBFeHBvcnRGb3JtYXQgPSAnanNvbicgfCAnbWFya2Rvd24nIHwgJ2h0bWwnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXJTdW1tYXJ5IHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgc3RhdHVzOiBzdHJpbmcgfVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2Uge1xuICBpZDogSWQ7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBjaGFwdGVycz86IENoYXB0ZXJTdW1tYXJ5W107XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZUxpc3QgeyBpdGVtczogQ291cnNlW107IHRvdGFsOiBudW1iZXI7IGxpbWl0OiBudW1iZXI7IG9mZnNldDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTmV3Q291cnNlIHsgdGl0bGU6IHN0cmluZzsgdG9waWM6IHN0cmluZzsgbGV2ZWw6IExldmVsOyBjaGFwdGVyX2NvdW50OiBudW1iZXI7IGxhbmd1YWdlPzogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHN0YXR1czogc3RyaW5nOyBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsOyBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDsgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGwgfVxuZXhwb3J0IGludGVyZmFjZSBKb2Ige1xuICBqb2JfaWQ6IElkO1xuICBjb3Vyc2VfaWQ6IElkO1xuICBzdGF0dXM6IEpvYlN0YXR1cztcbiAgY2hhcHRlcnNfdG90YWw6IG51bWJlcjtcbiAgY2hhcHRlcnNfY29tcGxldGVkOiBudW1iZXI7XG4gIGNoYXB0ZXJzOiBKb2JDaGFwdGVyW107XG4gIGNyZWF0ZWRfYXQ6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGVycm9yPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyIHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgY29udGVudDogc3RyaW5nOyB3b3JkX2NvdW50OiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBMb2dpbiB7IGFjY2Vzc190b2tlbjogc3RyaW5nOyB0b2tlbl90eXBlOiBzdHJpbmc7IHJvbGU6IFJvbGU7IGV4cGlyZXNfaW46IG51bWJlciB9XG5cbi8qKlxuICogV2hhdCBldmVyeSBjYWxsIHJldHVybnM6IHdoZXRoZXIgaXRzIGNoZWNrcyBwYXNzZWQsIHRoZSBzdGF0dXMsIGFuZCB0aGUgYm9keSB3aGVuIGl0IGhhZCB0aGVcbiAqIHJpZ2h0IHNoYXBlLiBUaGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZDogbW9zdCBjYWxsZXJzIG9ubHkgbmVlZCBgb2tgLCBhbmQgazYncyBKU09OLnBhcnNlXG4gKiBidWlsZHMgZXZlcnkgb2JqZWN0IG9mIGEgbGlzdCBpbiBKUyDigJQgYSBxdWFydGVyIG9mIGs2J3MgQ1BVIGluIHRoZSByZWd1bGFyLXVzZXIgd29ya2Zsb3cgYmVmb3JlXG4gKiB0aGlzIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdDxUPiB7XG4gIG9rOiBib29sZWFuO1xuICBzdGF0dXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgYm9keTogVCB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIE9uZSBmaWVsZCBvZiBhIEpTT04gYm9keSBieSBhIGs2IHNlbGVjdG9yIChgaXRlbXMuI2AsIGBpZGApOiByZWFkIGluIEdvLCBubyBKUyBvYmplY3QgYnVpbHQgZm9yIHRoZSByZXN0LiAqL1xuZXhwb3J0IHR5cGUgRmllbGQgPSAocGF0aDogc3RyaW5nKSA9PiB1bmtub3duO1xuLyoqIEEgYm9keS1zaGFwZSB0ZXN0IG92ZXIgc2VsZWN0ZWQgZmllbGRzOyBUIGlzIHRoZSBib2R5IHR5cGUgaXQgdm91Y2hlcyBmb3IuICovXG5leHBvcnQgdHlwZSBTaGFwZTxUPiA9ICgoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKSAmIHsgcmVhZG9ubHkgdm91Y2hlc0Zvcj86IFQgfTtcbmNvbnN0IHNoYXBlID0gPFQ+KHRlc3Q6IChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pOiBTaGFwZTxUPiA9PiB0ZXN0O1xuXG5jb25zdCBpc0lkID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdiA9PT0gJ251bWJlcic7XG5jb25zdCBpc0NvdW50ID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnbnVtYmVyJzsgLy8gYDxhcnJheT4uI2AgaXMgYSBudW1iZXIgb25seSBmb3IgYW4gYXJyYXlcblxuZXhwb3J0IGNvbnN0IHNoYXBlcyA9IHtcbiAgaGVhbHRoOiBzaGFwZTx7IHN0YXR1czogc3RyaW5nIH0+KChmaWVsZCkgPT4gZmllbGQoJ3N0YXR1cycpID09PSAnb2snKSxcbiAgbG9naW46IHNoYXBlPExvZ2luPigoZmllbGQpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IGZpZWxkKCdhY2Nlc3NfdG9rZW4nKTtcbiAgICByZXR1cm4gdHlwZW9mIHRva2VuID09PSAnc3RyaW5nJyAmJiB0b2tlbiAhPT0gJyc7XG4gIH0pLFxuICBjb3Vyc2VMaXN0OiBzaGFwZTxDb3Vyc2VMaXN0PigoZmllbGQpID0+IGlzQ291bnQoZmllbGQoJ2l0ZW1zLiMnKSkgJiYgdHlwZW9mIGZpZWxkKCd0b3RhbCcpID09PSAnbnVtYmVyJyksXG4gIGNvdXJzZTogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIHR5cGVvZiBmaWVsZCgndGl0bGUnKSA9PT0gJ3N0cmluZycpLFxuICBjb3Vyc2VXaXRoQ2hhcHRlcnM6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgam9iQWNjZXB0ZWQ6IHNoYXBlPHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdqb2JfaWQnKSkpLFxuICBqb2I6IHNoYXBlPEpvYj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ3N0YXR1cycpID09PSAnc3RyaW5nJyAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgY2hhcHRlcjogc2hhcGU8Q2hhcHRlcj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ2NvbnRlbnQnKSA9PT0gJ3N0cmluZycpLFxuICBhbnlPYmplY3Q6IHNoYXBlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PigoZmllbGQpID0+IHtcbiAgICBjb25zdCB3aG9sZSA9IGZpZWxkKCdAdGhpcycpOyAvLyBnanNvbidzIG1vZGlmaWVyIGZvciB0aGUgd2hvbGUgZG9jdW1lbnRcbiAgICByZXR1cm4gdHlwZW9mIHdob2xlID09PSAnb2JqZWN0JyAmJiB3aG9sZSAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh3aG9sZSk7XG4gIH0pLFxufTtcblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKiogV2hldGhlciB0aGUgYW5zd2VyIGNsYWltcyB0byBiZSBKU09OIGF0IGFsbCAoYW4gSFRNTCBlcnJvciBwYWdlIGlzIGEgZmFpbGVkIGNoZWNrLCBub3QgYW4gZXhjZXB0aW9uKS4gKi9cbmZ1bmN0aW9uIGlzSnNvbihyZXM6IFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gIHJldHVybiBTdHJpbmcocmVzLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID8/ICcnKS5pbmNsdWRlcygnanNvbicpICYmIHR5cGVvZiByZXMuYm9keSA9PT0gJ3N0cmluZycgJiYgcmVzLmJvZHkgIT09ICcnO1xufVxuXG4vKiogRmllbGQgcmVhZGVyIG92ZXIgazYncyBzZWxlY3RvcjsgYSBib2R5IHRoYXQgaXMgbm90IHZhbGlkIEpTT04gcmVhZHMgYXMgaGF2aW5nIG5vIGZpZWxkcy4gKi9cbmZ1bmN0aW9uIGZpZWxkc09mKHJlczogUmVzcG9uc2UpOiBGaWVsZCB7XG4gIHJldHVybiAocGF0aCkgPT4ge1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gcmVzLmpzb24ocGF0aCkgPz8gdW5kZWZpbmVkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gIH07XG59XG5cbi8qKiBUaGUgd2hvbGUgYm9keSBhcyBKU09OLCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBwYXJzZS4gKi9cbmZ1bmN0aW9uIHBhcnNlSnNvbihyZXM6IFJlc3BvbnNlKTogdW5rbm93biB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UocmVzLmJvZHkgYXMgc3RyaW5nKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vLyBPbmUgY2FsbGJhY2sgcGVyIHN0YXR1cywgbWFkZSBvbmNlOiBodHRwLmV4cGVjdGVkU3RhdHVzZXMoKSBhbGxvY2F0ZXMsIGFuZCB0aGlzIGlzIGV2ZXJ5IHJlcXVlc3QncyBwYXRoLlxuY29uc3Qgc3RhdHVzQ2FsbGJhY2tzID0gbmV3IE1hcDxudW1iZXIsIFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4+KCk7XG5mdW5jdGlvbiBleHBlY3RTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+IHtcbiAgbGV0IGNhbGxiYWNrID0gc3RhdHVzQ2FsbGJhY2tzLmdldChzdGF0dXMpO1xuICBpZiAoIWNhbGxiYWNrKSB7XG4gICAgY2FsbGJhY2sgPSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKTtcbiAgICBzdGF0dXNDYWxsYmFja3Muc2V0KHN0YXR1cywgY2FsbGJhY2spO1xuICB9XG4gIHJldHVybiBjYWxsYmFjaztcbn1cblxuLyoqIFNlZXMgZXZlcnkgQVBJIHJlcXVlc3QncyBkdXJhdGlvbiBhbmQgb3V0Y29tZTogaG93IHNjZW5hcmlvcyBtZWFzdXJlIGxhdGVuY3kgcGVyIHBoYXNlLiAqL1xuZXhwb3J0IHR5cGUgUmVxdWVzdE9ic2VydmVyID0gKGVuZHBvaW50OiBFbmRwb2ludCwgZHVyYXRpb25NczogbnVtYmVyLCBvazogYm9vbGVhbikgPT4gdm9pZDtcbmxldCBvYnNlcnZlcjogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkO1xuZXhwb3J0IGZ1bmN0aW9uIG9ic2VydmVSZXF1ZXN0cyhuZXh0OiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgb2JzZXJ2ZXIgPSBuZXh0O1xufVxuXG4vKiogV2hhdCBhIHJlcXVlc3QncyBjaGVja3MgbG9vayBhdDsgb25lIG9iamVjdCBwZXIgVlUsIHJldXNlZCwgc28gYSByZXF1ZXN0IGFsbG9jYXRlcyBubyBjaGVjayBjbG9zdXJlcy4gKi9cbmludGVyZmFjZSBPdXRjb21lIHtcbiAgc3RhdHVzT2s6IGJvb2xlYW47XG4gIHNoYXBlT2s6IGJvb2xlYW47XG59XG5jb25zdCBvdXRjb21lOiBPdXRjb21lID0geyBzdGF0dXNPazogZmFsc2UsIHNoYXBlT2s6IGZhbHNlIH07XG5cbnR5cGUgQ2hlY2tzID0gUmVjb3JkPHN0cmluZywgKG86IE91dGNvbWUpID0+IGJvb2xlYW4+O1xuY29uc3QgY2hlY2tTZXRzID0gbmV3IE1hcDxzdHJpbmcsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4oKTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgY29uc3Qga2V5ID0gYCR7ZW5kcG9pbnR9ICR7ZXhwZWN0ZWR9ICR7d2l0aFNoYXBlfWA7XG4gIGxldCBzZXQgPSBjaGVja1NldHMuZ2V0KGtleSk7XG4gIGlmICghc2V0KSB7XG4gICAgY29uc3QgY2hlY2tzOiBDaGVja3MgPSB7IFtgJHtlbmRwb2ludH06IHN0YXR1cyBpcyAke2V4cGVjdGVkfWBdOiAobykgPT4gby5zdGF0dXNPayB9O1xuICAgIGlmICh3aXRoU2hhcGUpIGNoZWNrc1tgJHtlbmRwb2ludH06IGJvZHkgaGFzIHRoZSBleHBlY3RlZCBzaGFwZWBdID0gKG8pID0+ICFvLnN0YXR1c09rIHx8IG8uc2hhcGVPaztcbiAgICBzZXQgPSB7IGNoZWNrcywgdGFnczogeyBlbmRwb2ludCB9IH07XG4gICAgY2hlY2tTZXRzLnNldChrZXksIHNldCk7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGltZW91dDogc3RyaW5nO1xuICAvKiogUmVxdWVzdCBwYXJhbXMgcGVyIGVuZHBvaW50IChoZWFkZXJzLCB0YWdzLCB0aW1lb3V0LCBleHBlY3RlZCBzdGF0dXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbXMgPSBuZXcgTWFwPHN0cmluZywgUGFyYW1zPigpO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgYmFzZVVybDogc3RyaW5nLFxuICAgIHRpbWVvdXRTOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSB0b2tlbj86IHN0cmluZyxcbiAgKSB7XG4gICAgdGhpcy50aW1lb3V0ID0gYCR7dGltZW91dFN9c2A7XG4gIH1cblxuICAvKiogQSBjbGllbnQgZm9yIHRoZSBzYW1lIHBsYXRmb3JtIGFjdGluZyBhcyBhbm90aGVyIHVzZXIuICovXG4gIGFzKHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICAgIHJldHVybiBuZXcgQXBpQ2xpZW50KHRoaXMuYmFzZVVybCwgTnVtYmVyKHRoaXMudGltZW91dC5zbGljZSgwLCAtMSkpLCB0b2tlbik7XG4gIH1cblxuICBwcml2YXRlIHBhcmFtc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhQYXlsb2FkOiBib29sZWFuKTogUGFyYW1zIHtcbiAgICBjb25zdCBrZXkgPSBgJHtlbmRwb2ludH0gJHtleHBlY3RlZH0gJHt3aXRoUGF5bG9hZH1gO1xuICAgIGxldCBwYXJhbXMgPSB0aGlzLnBhcmFtcy5nZXQoa2V5KTtcbiAgICBpZiAoIXBhcmFtcykge1xuICAgICAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgICAgIGlmICh3aXRoUGF5bG9hZCkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gICAgICBpZiAodGhpcy50b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3RoaXMudG9rZW59YDtcbiAgICAgIHBhcmFtcyA9IHsgaGVhZGVycywgdGFnczogcmVxdWVzdFRhZ3MoZW5kcG9pbnQpLCB0aW1lb3V0OiB0aGlzLnRpbWVvdXQsIHJlc3BvbnNlQ2FsbGJhY2s6IGV4cGVjdFN0YXR1cyhleHBlY3RlZCkgfTtcbiAgICAgIHRoaXMucGFyYW1zLnNldChrZXksIHBhcmFtcyk7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QobWV0aG9kLCBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsIHdpdGhQYXlsb2FkID8gSlNPTi5zdHJpbmdpZnkocGF5bG9hZCkgOiBudWxsLCB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkKSk7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSByZXMuc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBjb25zdCBzaGFwZU9rID0gIXNoYXBlIHx8IChpc0pzb24ocmVzKSAmJiBzaGFwZShmaWVsZHNPZihyZXMpKSk7XG4gICAgb3V0Y29tZS5zdGF0dXNPayA9IHN0YXR1c09rO1xuICAgIG91dGNvbWUuc2hhcGVPayA9IHNoYXBlT2s7XG4gICAgY29uc3QgeyBjaGVja3MsIHRhZ3MgfSA9IGNoZWNrc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHNoYXBlICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IG9rID0gY2hlY2sob3V0Y29tZSwgY2hlY2tzLCB0YWdzKTtcbiAgICBjb25zdCBhbGxPayA9IG9rICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgb2JzZXJ2ZXI/LihlbmRwb2ludCwgcmVzLnRpbWluZ3MuZHVyYXRpb24sIGFsbE9rKTtcbiAgICBjb25zdCBoYXNCb2R5ID0gQm9vbGVhbihzaGFwZSkgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaztcbiAgICBsZXQgYm9keTogVCB8IHVuZGVmaW5lZDtcbiAgICBsZXQgcGFyc2VkID0gZmFsc2U7XG4gICAgcmV0dXJuIHtcbiAgICAgIG9rOiBhbGxPayxcbiAgICAgIHN0YXR1czogcmVzLnN0YXR1cyxcbiAgICAgIGdldCBib2R5KCkge1xuICAgICAgICBpZiAoaGFzQm9keSAmJiAhcGFyc2VkKSB7XG4gICAgICAgICAgYm9keSA9IHBhcnNlSnNvbihyZXMpIGFzIFQ7XG4gICAgICAgICAgcGFyc2VkID0gdHJ1ZTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gYm9keTtcbiAgICAgIH0sXG4gICAgfTtcbiAgfVxuXG4gIGhlYWx0aCgpOiBSZXN1bHQ8eyBzdGF0dXM6IHN0cmluZyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnaGVhbHRoJywgJ0dFVCcsIHBhdGhzLmhlYWx0aCgpLCAyMDAsIHNoYXBlcy5oZWFsdGgpO1xuICB9XG5cbiAgbG9naW4oZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IFJlc3VsdDxMb2dpbj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2xvZ2luJywgJ1BPU1QnLCBwYXRocy5sb2dpbigpLCAyMDAsIHNoYXBlcy5sb2dpbiwgeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cblxuICBsaXN0Q291cnNlcyhxdWVyeTogeyBsaW1pdD86IG51bWJlcjsgb2Zmc2V0PzogbnVtYmVyOyBxPzogc3RyaW5nIH0gPSB7fSk6IFJlc3VsdDxDb3Vyc2VMaXN0PiB7XG4gICAgY29uc3QgcGFyYW1zID0gT2JqZWN0LmVudHJpZXMocXVlcnkpXG4gICAgICAuZmlsdGVyKChbLCB2YWx1ZV0pID0+IHZhbHVlICE9PSB1bmRlZmluZWQpXG4gICAgICAubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX09JHtlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKHZhbHVlKSl9YClcbiAgICAgIC5qb2luKCcmJyk7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlc19saXN0JywgJ0dFVCcsIGAke3BhdGhzLmNvdXJzZXMoKX0ke3BhcmFtcyA/IGA/JHtwYXJhbXN9YCA6ICcnfWAsIDIwMCwgc2hhcGVzLmNvdXJzZUxpc3QpO1xuICB9XG5cbiAgY3JlYXRlQ291cnNlKGNvdXJzZTogTmV3Q291cnNlKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9jcmVhdGUnLCAnUE9TVCcsIHBhdGhzLmNvdXJzZXMoKSwgMjAxLCBzaGFwZXMuY291cnNlLCBjb3Vyc2UpO1xuICB9XG5cbiAgZ2V0Q291cnNlKGlkOiBJZCk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2V0JywgJ0dFVCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZVdpdGhDaGFwdGVycyk7XG4gIH1cblxuICB1cGRhdGVDb3Vyc2UoaWQ6IElkLCBjaGFuZ2VzOiBQYXJ0aWFsPE5ld0NvdXJzZT4pOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX3VwZGF0ZScsICdQQVRDSCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZSwgY2hhbmdlcyk7XG4gIH1cblxuICBkZWxldGVDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9kZWxldGUnLCAnREVMRVRFJywgcGF0aHMuY291cnNlKGlkKSwgMjA0LCB1bmRlZmluZWQpO1xuICB9XG5cbiAgZ2VuZXJhdGUoaWQ6IElkKTogUmVzdWx0PHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZW5lcmF0ZScsICdQT1NUJywgcGF0aHMuZ2VuZXJhdGUoaWQpLCAyMDIsIHNoYXBlcy5qb2JBY2NlcHRlZCwge30pO1xuICB9XG5cbiAgZ2V0Sm9iKGpvYklkOiBJZCk6IFJlc3VsdDxKb2I+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdqb2JfZ2V0JywgJ0dFVCcsIHBhdGhzLmpvYihqb2JJZCksIDIwMCwgc2hhcGVzLmpvYik7XG4gIH1cblxuICBnZXRDaGFwdGVyKGlkOiBJZCwgaW5kZXg6IG51bWJlcik6IFJlc3VsdDxDaGFwdGVyPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY2hhcHRlcl9nZXQnLCAnR0VUJywgcGF0aHMuY2hhcHRlcihpZCwgaW5kZXgpLCAyMDAsIHNoYXBlcy5jaGFwdGVyKTtcbiAgfVxuXG4gIGV4cG9ydENvdXJzZShpZDogSWQsIGZvcm1hdDogRXhwb3J0Rm9ybWF0KTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9leHBvcnQnLCAnR0VUJywgYCR7cGF0aHMuZXhwb3J0Q291cnNlKGlkKX0/Zm9ybWF0PSR7Zm9ybWF0fWAsIDIwMCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGFkbWluU3RhdHMoKTogUmVzdWx0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fc3RhdHMnLCAnR0VUJywgcGF0aHMuYWRtaW5TdGF0cygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Kb2JzKGxpbWl0ID0gMjApOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX2pvYnMnLCAnR0VUJywgYCR7cGF0aHMuYWRtaW5Kb2JzKCl9P2xpbWl0PSR7bGltaXR9YCwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluVXNlcnMoKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl91c2VycycsICdHRVQnLCBwYXRocy5hZG1pblVzZXJzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgYnkgc3RhYmxlIG5hbWU6IHRoZSBgZW5kcG9pbnRgIHRhZyBvbiBldmVyeSByZXF1ZXN0LCB0aGUga2V5IG9mXG4vLyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0IHJvd3MsIGFuZCB0aGUgcm91dGUgbmFtZXMgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX0ZBVUxUUyB1c2UuXG5leHBvcnQgY29uc3QgRU5EUE9JTlRTID0gW1xuICAnaGVhbHRoJyxcbiAgJ2xvZ2luJyxcbiAgJ2NvdXJzZXNfbGlzdCcsXG4gICdjb3Vyc2VfY3JlYXRlJyxcbiAgJ2NvdXJzZV9nZXQnLFxuICAnY291cnNlX3VwZGF0ZScsXG4gICdjb3Vyc2VfZGVsZXRlJyxcbiAgJ2NvdXJzZV9nZW5lcmF0ZScsXG4gICdqb2JfZ2V0JyxcbiAgJ2NoYXB0ZXJfZ2V0JyxcbiAgJ2NvdXJzZV9leHBvcnQnLFxuICAnYWRtaW5fc3RhdHMnLFxuICAnYWRtaW5fam9icycsXG4gICdhZG1pbl91c2VycycsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSBFbmRwb2ludCA9ICh0eXBlb2YgRU5EUE9JTlRTKVtudW1iZXJdO1xuXG4vKiogVGFnIHZhbHVlIHRoYXQgc2VwYXJhdGVzIHRoZSBwbGF0Zm9ybSdzIEFQSSB0cmFmZmljIGZyb20gdGhlIHN1aXRlJ3Mgb3duIGNhbGxzIChlLmcuIHRoZSBzaWRlY2FyKS4gKi9cbmV4cG9ydCBjb25zdCBBUElfU0NPUEUgPSAnYXBpJztcbiIsICIvLyBQYXRocyBhbmQgcmVxdWVzdCB0YWdzIG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSwgaW4gb25lIHBsYWNlLiBQdXJlIChubyBrNiBpbXBvcnRzKSwgc28gdGhlXG4vLyBtYXBwaW5nIGZyb20gZW5kcG9pbnQgdG8gcGF0aCBhbmQgdGFncyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuXG5leHBvcnQgdHlwZSBJZCA9IHN0cmluZyB8IG51bWJlcjtcblxuY29uc3Qgc2VnID0gKGlkOiBJZCk6IHN0cmluZyA9PiBlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKGlkKSk7XG5cbmV4cG9ydCBjb25zdCBwYXRocyA9IHtcbiAgaGVhbHRoOiAoKSA9PiAnL2hlYWx0aCcsXG4gIGxvZ2luOiAoKSA9PiAnL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlczogKCkgPT4gJy9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9YCxcbiAgZ2VuZXJhdGU6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9nZW5lcmF0ZWAsXG4gIGpvYjogKGlkOiBJZCkgPT4gYC9hcGkvdjEvam9icy8ke3NlZyhpZCl9YCxcbiAgY2hhcHRlcjogKGlkOiBJZCwgaW5kZXg6IG51bWJlcikgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2NoYXB0ZXJzLyR7aW5kZXh9YCxcbiAgZXhwb3J0Q291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZXhwb3J0YCxcbiAgYWRtaW5TdGF0czogKCkgPT4gJy9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbkpvYnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pblVzZXJzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi91c2VycycsXG59IGFzIGNvbnN0O1xuXG4vKiogVGhlIGBuYW1lYCB0YWc6IHRoZSBwYXRoIHRlbXBsYXRlLCBzbyBVUkxzIHdpdGggaWRzIGNvbGxhcHNlIGludG8gb25lIHNlcmllcyBwZXIgcm91dGUuICovXG5jb25zdCByb3V0ZU5hbWVzOiBSZWNvcmQ8RW5kcG9pbnQsIHN0cmluZz4gPSB7XG4gIGhlYWx0aDogJ0dFVCAvaGVhbHRoJyxcbiAgbG9naW46ICdQT1NUIC9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXNfbGlzdDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfY3JlYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX3VwZGF0ZTogJ1BBVENIIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2RlbGV0ZTogJ0RFTEVURSAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9nZW5lcmF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZ2VuZXJhdGUnLFxuICBqb2JfZ2V0OiAnR0VUIC9hcGkvdjEvam9icy97am9iX2lkfScsXG4gIGNoYXB0ZXJfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2NoYXB0ZXJzL3tpbmRleH0nLFxuICBjb3Vyc2VfZXhwb3J0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2V4cG9ydCcsXG4gIGFkbWluX3N0YXRzOiAnR0VUIC9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbl9qb2JzOiAnR0VUIC9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluX3VzZXJzOiAnR0VUIC9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufTtcblxuY29uc3QgdGFnc0J5RW5kcG9pbnQ6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pj4+ID0ge307XG5mb3IgKGNvbnN0IFtlbmRwb2ludCwgbmFtZV0gb2YgT2JqZWN0LmVudHJpZXMocm91dGVOYW1lcykgYXMgW0VuZHBvaW50LCBzdHJpbmddW10pIHtcbiAgdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdID0gT2JqZWN0LmZyZWV6ZSh7IGVuZHBvaW50LCBzY29wZTogQVBJX1NDT1BFLCBuYW1lIH0pO1xufVxuXG4vKiogVGhlIHRhZ3Mgb2YgZXZlcnkgcmVxdWVzdCB0byBgZW5kcG9pbnRgOiBtYWRlIG9uY2UsIG5vdCBwZXIgcmVxdWVzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXF1ZXN0VGFncyhlbmRwb2ludDogRW5kcG9pbnQpOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIHJldHVybiB0YWdzQnlFbmRwb2ludFtlbmRwb2ludF0hO1xufVxuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnLnRzKS5cbmV4cG9ydCBpbnRlcmZhY2UgVGFyZ2V0cyB7XG4gIC8qKiBBUEkgbGF0ZW5jeSwgYWxsIGVuZHBvaW50cyB0b2dldGhlciBhbmQgZWFjaCBvbiBpdHMgb3duIChtcykuICovXG4gIGFwaVA5NU1zOiBudW1iZXI7XG4gIGFwaVA5OU1zOiBudW1iZXI7XG4gIC8qKiBHRVQgL2hlYWx0aCBtdXN0IHN0YXkgZmFzdCB1bmRlciBsb2FkIChtcykuICovXG4gIGhlYWx0aFA5NU1zOiBudW1iZXI7XG4gIC8qKiBFeHBvcnQgYnVpbGRzIGEgd2hvbGUgZG9jdW1lbnQsIHNvIGl0IGdldHMgYSBtb3JlIGxlbmllbnQgYnVkZ2V0IChtcykuICovXG4gIGV4cG9ydFA5NU1zOiBudW1iZXI7XG4gIC8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24sIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzIChtcykuICovXG4gIGNoYXB0ZXJQOTVNczogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgY2hlY2tzIGFuZCB3b3JrZmxvd3MgdGhhdCBtdXN0IHN1Y2NlZWQgKDAtMSkuICovXG4gIHN1Y2Nlc3NSYXRlOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBBUEkgcmVxdWVzdHMgdGhhdCBtYXkgZmFpbCwgb3ZlcmFsbCBhbmQgcGVyIGVuZHBvaW50ICgwLTEpLiAqL1xuICBlcnJvclJhdGU6IG51bWJlcjtcbiAgLyoqIFNlcnZlciByZXNvdXJjZXMsIGdhdGVkIG9ubHkgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQuICovXG4gIG1lbW9yeU1iOiBudW1iZXI7XG4gIGNwdVBlcmNlbnQ6IG51bWJlcjtcbiAgLyoqIE1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCB0aGF0IGEgc29hayBtYXkgc2hvdywgTUIgcGVyIG1pbnV0ZS4gKi9cbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlcjtcbn1cblxuZXhwb3J0IGNvbnN0IERFRkFVTFRfVEFSR0VUUzogUmVhZG9ubHk8VGFyZ2V0cz4gPSBPYmplY3QuZnJlZXplKHtcbiAgYXBpUDk1TXM6IDIwMCxcbiAgYXBpUDk5TXM6IDUwMCxcbiAgaGVhbHRoUDk1TXM6IDUwLFxuICBleHBvcnRQOTVNczogMTAwMCxcbiAgY2hhcHRlclA5NU1zOiAxMjBfMDAwLFxuICBzdWNjZXNzUmF0ZTogMC45NSxcbiAgZXJyb3JSYXRlOiAwLjA1LFxuICBtZW1vcnlNYjogMTAyNCxcbiAgY3B1UGVyY2VudDogODAsXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiAxMCxcbn0pO1xuIiwgIi8vIFJ1biBjb25maWd1cmF0aW9uIGZyb20gdGhlIGVudmlyb25tZW50LCB2YWxpZGF0ZWQgdXAgZnJvbnQuIFB1cmUgKG5vIGs2IGltcG9ydHMpIHNvIHRoZVxuLy8gcGFyc2luZyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlOyBsaWIvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG4vKiogUmVhZHMgYW5kIHZhbGlkYXRlcyBldmVyeSBzZXR0aW5nOyB0aHJvd3MgQ29uZmlnRXJyb3IgbmFtaW5nIHRoZSBmaXJzdCBiYWQgdmFyaWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDb25maWcoZW52OiBFbnYpOiBDb25maWcge1xuICBjb25zdCBkID0gREVGQVVMVF9UQVJHRVRTO1xuICBjb25zdCBkdXJhdGlvblMgPSBzZWNvbmRzKDEsIDcgKiAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nLCA2MCk7XG4gIGNvbnN0IHJhbXBVcFMgPSBzZWNvbmRzKDAsIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9VUCcsIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSkpO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJywgTWF0aC5taW4oMTAsIHJhbXBVcFMpKSxcbiAgICB3ZWlnaHRzOiB3ZWlnaHRzKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUycpLFxuICAgIHRoaW5rVGltZVM6IHRoaW5rVGltZShlbnYsICdQRVJGT1JNQU5DRV9USElOS19USU1FJyksXG4gICAgcG9sbEludGVydmFsUzogbnVtYmVySW4oMC4xLCA2MCwgJ3NlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdHRU5FUkFUSU9OX1BPTExfSU5URVJWQUwnLCAxKSxcbiAgICBnZW5lcmF0aW9uVGltZW91dFM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdHRU5FUkFUSU9OX1RJTUVPVVQnLCAzMDApLFxuICAgIGNoYXB0ZXJzUGVyQ291cnNlOiBjb3VudCgxLCAyMCkoZW52LCAnR0VORVJBVElPTl9DSEFQVEVSUycsIDMpLFxuICAgIHNpZGVjYXJVcmw6IHVybChlbnYsICdTSURFQ0FSX1VSTCcsIHVuZGVmaW5lZCksXG4gICAgc2lkZWNhclN0cmljdDogZmxhZyhlbnYsICdTSURFQ0FSX1NUUklDVCcpLFxuICAgIGFsbG93ZWRIb3N0czogaG9zdExpc3QoZW52LCAnUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUycpLFxuICAgIHRhcmdldHM6IHtcbiAgICAgIGFwaVA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTVfTVMnLCBkLmFwaVA5NU1zKSxcbiAgICAgIGFwaVA5OU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTlfTVMnLCBkLmFwaVA5OU1zKSxcbiAgICAgIGhlYWx0aFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMnLCBkLmhlYWx0aFA5NU1zKSxcbiAgICAgIGV4cG9ydFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMnLCBkLmV4cG9ydFA5NU1zKSxcbiAgICAgIGNoYXB0ZXJQOTVNczogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ1RIUkVTSE9MRF9DSEFQVEVSX1A5NV9TJywgZC5jaGFwdGVyUDk1TXMgLyAxMDAwKSAqIDEwMDAsXG4gICAgICBzdWNjZXNzUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX1NVQ0NFU1NfUkFURScsIGQuc3VjY2Vzc1JhdGUpLFxuICAgICAgZXJyb3JSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfRVJST1JfUkFURScsIGQuZXJyb3JSYXRlKSxcbiAgICAgIG1lbW9yeU1iOiBjb3VudCgxLCAxXzA0OF81NzYpKGVudiwgJ1BFUkZPUk1BTkNFX01FTU9SWV9MSU1JVCcsIGQubWVtb3J5TWIpLFxuICAgICAgY3B1UGVyY2VudDogbnVtYmVySW4oMSwgMTAwLCAnYSBwZXJjZW50YWdlJywgZmFsc2UpKGVudiwgJ1BFUkZPUk1BTkNFX0NQVV9MSU1JVCcsIGQuY3B1UGVyY2VudCksXG4gICAgICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVySW4oMCwgMV8wMDBfMDAwLCAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzTG9vcGJhY2soaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBob3N0ID09PSAnbG9jYWxob3N0JyB8fCBob3N0ID09PSAnWzo6MV0nIHx8IGhvc3QgPT09ICc6OjEnIHx8IC9eMTI3XFwuXFxkezEsM31cXC5cXGR7MSwzfVxcLlxcZHsxLDN9JC8udGVzdChob3N0KTtcbn1cblxuLyoqXG4gKiBUaGUgdGFyZ2V0IGd1YXJkOiBhbiBlbnRyeSBoZWF2aWVyIHRoYW4gc21va2UgcmVmdXNlcyBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2sgdW5sZXNzIGl0IGlzXG4gKiBhbGxvdy1saXN0ZWQsIHNvIGEgdHlwbyBpbiBCQVNFX1VSTCBjYW5ub3QgbG9hZC10ZXN0IHByb2R1Y3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZzogQ29uZmlnLCBlbnRyeTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGhvc3QgPSBob3N0T2YoY29uZmlnLmJhc2VVcmwpO1xuICBpZiAoaXNMb29wYmFjayhob3N0KSB8fCBjb25maWcuYWxsb3dlZEhvc3RzLmluY2x1ZGVzKGhvc3QpKSByZXR1cm47XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICBgcmVmdXNpbmcgdG8gcnVuIFwiJHtlbnRyeX1cIiBhZ2FpbnN0ICR7Y29uZmlnLmJhc2VVcmx9OiAke2hvc3R9IGlzIG5vdCBhIGxvb3BiYWNrIGFkZHJlc3MuIGAgK1xuICAgICAgYElmIHlvdSBtZWFuIHRvIGxvYWQtdGVzdCBpdCwgYWxsb3cgaXQgd2l0aCBQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTPSR7aG9zdH0gKGNvbW1hLXNlcGFyYXRlZCBsaXN0KS5gLFxuICApO1xufVxuXG4vKipcbiAqIEEgc2NlbmFyaW8ncyBvd24gbnVtZXJpYyBzZXR0aW5nIChlLmcuIFNQSUtFX0ZBQ1RPUiksIHZhbGlkYXRlZCBsaWtlIHRoZSBzaGFyZWQgb25lczogYSBiYWRcbiAqIHZhbHVlIHN0b3BzIHRoZSBydW4gYXQgaW5pdCB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHZhcmlhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW52TnVtYmVyKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSk6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IGFzc2VydFRhcmdldEFsbG93ZWQsIHBhcnNlQ29uZmlnLCB0eXBlIENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuXG4vKiogVGhlIGNvbmZpZ3VyYXRpb24gZm9yIGEgbG9hZC1nZW5lcmF0aW5nIGVudHJ5OiByZWZ1c2VzIGEgbm9uLWxvb3BiYWNrIHRhcmdldCB0aGF0IGlzIG5vdCBhbGxvdy1saXN0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZ3VhcmRlZENvbmZpZyhlbnRyeTogc3RyaW5nKTogQ29uZmlnIHtcbiAgYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWcsIGVudHJ5KTtcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiIsICIvLyBDdXN0b20gbWV0cmljcyBmb3Igd2hhdCBrNidzIGJ1aWx0LWlucyBjYW5ub3Qgc2F5LiBDcmVhdGVkIG9uY2UgYXQgaW5pdCAoazYgcmVxdWlyZXMgaXQpLlxuaW1wb3J0IHsgQ291bnRlciwgUmF0ZSwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcblxuLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiB0aW1lIGZyb20gdGhlIGpvYidzIG93biBzdGFydGVkX2F0L2ZpbmlzaGVkX2F0IChzZXJ2ZXIgdmlldykuICovXG5leHBvcnQgY29uc3QgY2hhcHRlckdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24sIGpvYiBjcmVhdGVkIC0+IGZpbmlzaGVkLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcy4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24gYXMgdGhlIHBvbGxpbmcgdXNlciBzYXcgaXQ6IHJlcXVlc3QgYWNjZXB0ZWQgLT4gY29tcGxldGVkIHNlZW4uICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX29ic2VydmVkX21zJywgdHJ1ZSk7XG4vKiogR2VuZXJhdGlvbiBqb2JzIHRoYXQgZmFpbGVkIG9yIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkZhaWxlZCA9IG5ldyBSYXRlKCdnZW5lcmF0aW9uX2ZhaWxlZCcpO1xuLyoqIENvdXJzZXMgdGhlIHBsYXRmb3JtIGFja25vd2xlZGdlZCBjcmVhdGluZyAoMjAxKS4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VzQ3JlYXRlZCA9IG5ldyBDb3VudGVyKCdjb3Vyc2VzX2NyZWF0ZWQnKTtcbi8qKiBXaG9sZSB3b3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgY29tcGxldGVkIGV2ZXJ5IHN0ZXAsIHRhZ2dlZCBieSB3b3JrZmxvdy4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd1N1Y2Nlc3MgPSBuZXcgUmF0ZSgnd29ya2Zsb3dfc3VjY2VzcycpO1xuLyoqIFdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCB0aHJldyAoYSBzY3JpcHQgYnVnIG9yIGEgYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpLiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93RXJyb3JzID0gbmV3IENvdW50ZXIoJ3dvcmtmbG93X2Vycm9ycycpO1xuIiwgIi8vIFJ1bnMgb25lIHdvcmtmbG93IGl0ZXJhdGlvbiBhbmQgcmVjb3JkcyBpdHMgb3V0Y29tZS4gQSB3b3JrZmxvdyB0aGF0IHRocm93cyAoYSBzY3JpcHQgYnVnLCBhXG4vLyBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkgaXMgYSBmYWlsZWQgaXRlcmF0aW9uIHRoYXQgY291bnRzIGFnYWluc3QgdGhlIHRocmVzaG9sZHMgaW5zdGVhZFxuLy8gb2YgYW4gZXhjZXB0aW9uIGs2IG9ubHkgbG9ncy5cbmltcG9ydCB7IHdvcmtmbG93RXJyb3JzLCB3b3JrZmxvd1N1Y2Nlc3MgfSBmcm9tICcuL21ldHJpY3MudHMnO1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuY29uc3QgTUFYX0xPR0dFRF9FUlJPUlMgPSA1O1xubGV0IGxvZ2dlZEVycm9ycyA9IDA7XG5cbmV4cG9ydCBmdW5jdGlvbiBydW5Xb3JrZmxvdyhuYW1lOiBzdHJpbmcsIHdvcmtmbG93OiBXb3JrZmxvdywgY3R4OiBDb250ZXh0KTogdm9pZCB7XG4gIGNvbnN0IHRhZ3MgPSB7IHdvcmtmbG93OiBuYW1lIH07XG4gIHRyeSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZCh3b3JrZmxvdyhjdHgpLCB0YWdzKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKGZhbHNlLCB0YWdzKTtcbiAgICB3b3JrZmxvd0Vycm9ycy5hZGQoMSwgdGFncyk7XG4gICAgaWYgKGxvZ2dlZEVycm9ycysrIDwgTUFYX0xPR0dFRF9FUlJPUlMpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoYHdvcmtmbG93IFwiJHtuYW1lfVwiIHRocmV3OiAke2Vycm9yIGluc3RhbmNlb2YgRXJyb3IgPyAoZXJyb3Iuc3RhY2sgPz8gZXJyb3IubWVzc2FnZSkgOiBTdHJpbmcoZXJyb3IpfWApO1xuICAgIH1cbiAgfVxufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBsb2dzIHRoZSB0aHJlZSB1c2Vyc1xuLy8gaW4gb25jZSwgYW5kIHNlZWRzIGNvdXJzZXMgZm9yIHJlZ3VsYXIgdXNlcnMgdG8gcmVhZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5EYXRhIHtcbiAgLyoqIFVuaXF1ZSBwZXIgcnVuLCBwYXJ0IG9mIGV2ZXJ5IHRpdGxlIHRoaXMgcnVuIGNyZWF0ZXMsIHNvIHJ1bnMgYW5kIFZVcyBuZXZlciBjb2xsaWRlLiAqL1xuICBydW5JZDogc3RyaW5nO1xuICB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICAvKiogR2VuZXJhdGVkIGNvdXJzZXMgb3duZWQgYnkgdGhlIHJlZ3VsYXIgdXNlciwgZm9yIHJlYWRpbmcuICovXG4gIHNlZWRlZENvdXJzZUlkczogSWRbXTtcbn1cblxuY29uc3QgU0VFRF9DT1VSU0VTID0gMztcbmNvbnN0IFBST0JFX1RJTUVPVVQgPSAnNXMnO1xuXG5mdW5jdGlvbiBhYm9ydChtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIGV4ZWMudGVzdC5hYm9ydChtZXNzYWdlKTtcbiAgdGhyb3cgbmV3IEVycm9yKG1lc3NhZ2UpOyAvLyBub3QgcmVhY2hlZDogYWJvcnQoKSBzdG9wcyB0aGUgdGVzdDsgdGhpcyBrZWVwcyB0aGUgdHlwZSBjaGVja2VyIGhvbmVzdFxufVxuXG5mdW5jdGlvbiBwcm9iZShiYXNlVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgdXJsID0gYCR7YmFzZVVybH0vaGVhbHRoYDtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQodXJsLCB7IHRpbWVvdXQ6IFBST0JFX1RJTUVPVVQsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6ICdHRVQgL2hlYWx0aCAoc2V0dXAgcHJvYmUpJyB9IH0pO1xuICBpZiAocmVzLnN0YXR1cyA9PT0gMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gZG9lcyBub3QgYW5zd2VyIGF0ICR7dXJsfSAoR0VULCAke1BST0JFX1RJTUVPVVR9IHRpbWVvdXQpOiAke3Jlcy5lcnJvciB8fCAnbm8gcmVzcG9uc2UnfS4gSXMgaXQgcnVubmluZz8gU2V0IEJBU0VfVVJMIHRvIGl0cyBhZGRyZXNzLmApO1xuICB9XG4gIGlmIChyZXMuc3RhdHVzICE9PSAyMDApIHtcbiAgICBhYm9ydChgdGhlIHBsYXRmb3JtIGF0ICR7dXJsfSBhbnN3ZXJlZCAke3Jlcy5zdGF0dXN9IGluc3RlYWQgb2YgMjAwOiBpdCBpcyBub3QgaGVhbHRoeSwgb3IgQkFTRV9VUkwgcG9pbnRzIGF0IHNvbWV0aGluZyBlbHNlLmApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGxvZ2luKGNsaWVudDogQXBpQ2xpZW50LCBjb25maWc6IENvbmZpZywgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBjb25maWcudXNlcnNbcm9sZV07XG4gIGNvbnN0IHJlc3VsdCA9IGNsaWVudC5sb2dpbihlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC5ib2R5KSB7XG4gICAgY29uc3QgZW52UHJlZml4ID0gYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JELmApO1xuICB9XG4gIHJldHVybiByZXN1bHQuYm9keS5hY2Nlc3NfdG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtc2VlZCAke3J1bklkfSAke259YCwgdG9waWM6ICdsb2FkIHRlc3RpbmcnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7Y3JlYXRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb25zdCBzdGFydGVkID0gY2xpZW50LmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgaWYgKCFzdGFydGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgZ2VuZXJhdGluZyBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtzdGFydGVkLnN0YXR1c30pLmApO1xuICAgIGNvdXJzZUlkcy5wdXNoKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgam9icy5wdXNoKHN0YXJ0ZWQuYm9keS5qb2JfaWQpO1xuICB9XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICBmb3IgKGNvbnN0IGpvYklkIG9mIGpvYnMpIHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBqb2IgPSBjbGllbnQuZ2V0Sm9iKGpvYklkKS5ib2R5O1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJykgYnJlYWs7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdmYWlsZWQnKSBhYm9ydChgYSBzZWVkIGNvdXJzZSdzIGdlbmVyYXRpb24gZmFpbGVkOiAke2pvYi5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ30uYCk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSBhYm9ydChgc2VlZCBjb3Vyc2VzIHdlcmUgbm90IGdlbmVyYXRlZCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zLmApO1xuICAgICAgc2xlZXAoMC41KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNvdXJzZUlkcztcbn1cblxuLyoqXG4gKiBQYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzIChgazYgcnVuIC0tc2VjcmV0LXNvdXJjZT1maWxlPXNlY3JldHMudHh0YCwga2V5cyBuYW1lZCBsaWtlIHRoZVxuICogZW52IHZhcmlhYmxlczogUkVHVUxBUl9VU0VSX1BBU1NXT1JELCAuLi4pIHRha2UgcHJlY2VkZW5jZSBvdmVyIHRoZSBlbnZpcm9ubWVudDsgazYgcmVkYWN0cyB0aGVtXG4gKiBmcm9tIGl0cyBsb2dzLiBXaXRob3V0IGEgc2VjcmV0IHNvdXJjZSwgb3Igd2l0aG91dCB0aGF0IGtleSwgdGhlIGVudmlyb25tZW50J3MgdmFsdWUgc3RhbmRzLlxuICovXG5hc3luYyBmdW5jdGlvbiB3aXRoU2VjcmV0UGFzc3dvcmRzKGNvbmZpZzogQ29uZmlnKTogUHJvbWlzZTxDb25maWc+IHtcbiAgY29uc3QgdXNlcnMgPSB7IC4uLmNvbmZpZy51c2VycyB9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3QpIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcGFzc3dvcmQgPSBhd2FpdCBzZWNyZXRzLmdldChgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJfUEFTU1dPUkRgKTtcbiAgICAgIGlmIChwYXNzd29yZCkgdXNlcnNbcm9sZV0gPSB7IC4uLnVzZXJzW3JvbGVdLCBwYXNzd29yZCB9O1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm8gc2VjcmV0IHNvdXJjZSBjb25maWd1cmVkLCBvciBubyBzdWNoIGtleToga2VlcCB0aGUgZW52aXJvbm1lbnQncyBwYXNzd29yZFxuICAgIH1cbiAgfVxuICByZXR1cm4geyAuLi5jb25maWcsIHVzZXJzIH07XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlUnVuKHJ1bkNvbmZpZzogQ29uZmlnLCBvcHRpb25zOiB7IHNlZWQ6IGJvb2xlYW4gfSA9IHsgc2VlZDogdHJ1ZSB9KTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHByb2JlKHJ1bkNvbmZpZy5iYXNlVXJsKTtcbiAgY29uc3QgY29uZmlnID0gYXdhaXQgd2l0aFNlY3JldFBhc3N3b3JkcyhydW5Db25maWcpO1xuICBjb25zdCBhbm9ueW1vdXMgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+ID0ge1xuICAgIHJlZ3VsYXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncmVndWxhcicpLFxuICAgIHBvd2VyOiBsb2dpbihhbm9ueW1vdXMsIGNvbmZpZywgJ3Bvd2VyJyksXG4gICAgYWRtaW46IGxvZ2luKGFub255bW91cywgY29uZmlnLCAnYWRtaW4nKSxcbiAgfTtcbiAgY29uc3QgcnVuSWQgPSBgJHtEYXRlLm5vdygpLnRvU3RyaW5nKDM2KX0tJHtNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAxZTYpLnRvU3RyaW5nKDM2KX1gO1xuICBjb25zdCBzZWVkZWRDb3Vyc2VJZHMgPSBvcHRpb25zLnNlZWQgPyBzZWVkQ291cnNlcyhhbm9ueW1vdXMuYXModG9rZW5zLnJlZ3VsYXIpLCBydW5JZCwgY29uZmlnKSA6IFtdO1xuICByZXR1cm4geyBydW5JZCwgdG9rZW5zLCBzZWVkZWRDb3Vyc2VJZHMgfTtcbn1cbiIsICIvLyBUaGUgazYgc2lkZSBvZiB0aGUgcmVzb3VyY2Ugc2lkZWNhcjogYSAxL3Mgc2NlbmFyaW8gcG9sbHMgdGhlIHNpZGVjYXIncyBzYW1wbGVzIGludG8gVHJlbmRcbi8vIG1ldHJpY3MsIGFuZCB0ZWFyZG93biByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoLCBzbyB0aGUgc2VydmVyJ3MgQ1BVIGFuZCBtZW1vcnkgYXJlIG9yZGluYXJ5XG4vLyBrNiB0aHJlc2hvbGRzIGluIHRoZSBzYW1lIHJ1bi4gUG9sbHMgY2Fycnkgc2NvcGU6c2lkZWNhciBhbmQgZW1pdCBubyBodHRwX3JlcV9mYWlsZWQgc2FtcGxlc1xuLy8gKHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwpLCBzbyB0aGUgQVBJIGZpZ3VyZXMgYW5kIHRocmVzaG9sZHMgbmV2ZXIgc2VlIHRoZW0uXG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IENvdW50ZXIsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4vc2hhcGVzLnRzJztcblxuLyoqIFBlcmNlbnQgb2YgdGhlIENQVXMgYXZhaWxhYmxlIHRvIHRoZSBzZXJ2ZXIsIDAtMTAwLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdVBlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfcGVyY2VudCcpO1xuLyoqIFBlci1jb3JlIHN1bTogMTAwID0gb25lIGNvcmUgZnVsbHkgYnVzeS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfY29yZXNfcGVyY2VudCcpO1xuLyoqIFBTUyBzdW0gKHByb2Nlc3MgdHJlZSksIHdvcmtpbmcgc2V0IChjZ3JvdXApIG9yIFJTUyAoUHJvbWV0aGV1cyksIE1CLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeU1iID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X21iJyk7XG4vKiogUG9sbHMgdGhlIHNpZGVjYXIgZGlkIG5vdCBhbnN3ZXIsIHBsdXMgcmVhZGluZ3MgdGhlIHNpZGVjYXIgZmFpbGVkIHRvIHRha2U6IGVhY2ggYWJvdXQgb25lIGludGVydmFsIHdpdGhvdXQgZGF0YS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJTYW1wbGVzTWlzc2luZyA9IG5ldyBDb3VudGVyKCdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJyk7XG4vKiogTUIgcGVyIG1pbnV0ZSBhZnRlciB0aGUgc2lkZWNhcidzIHdhcm0tdXAgKGxlYXN0LXNxdWFyZXMgc2xvcGUpLCByZWNvcmRlZCBvbmNlIGluIHRlYXJkb3duLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeUdyb3d0aCA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicpO1xuXG5pbnRlcmZhY2UgU2FtcGxlIHtcbiAgc2VxOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50OiBudW1iZXI7XG4gIGNwdV9jb3Jlc19wZXJjZW50OiBudW1iZXI7XG4gIG1lbW9yeV9tYjogbnVtYmVyO1xufVxuXG5jb25zdCBQT0xMID0geyB0YWdzOiB7IHNjb3BlOiAnc2lkZWNhcicsIG5hbWU6ICdzaWRlY2FyJyB9LCByZXNwb25zZUNhbGxiYWNrOiBudWxsLCB0aW1lb3V0OiAnMnMnIH0gYXMgY29uc3Q7XG4vLyBQZXIgVlUgKHRoZSBzY2VuYXJpbyBoYXMgb25lKTogdGhlIGxhc3Qgc2VxIHJlY2VpdmVkIGFuZCB0aGUgc2lkZWNhcidzIGZhaWxlZC1yZWFkaW5nIGNvdW50IHNlZW4uXG5sZXQgY3Vyc29yID0gMDtcbmxldCBlcnJvcnNTZWVuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvOiBvbmUgcG9sbCBhIHNlY29uZCBmb3IgdGhlIHdob2xlIHJ1biwgb24gb25lIFZVLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1NjZW5hcmlvKGR1cmF0aW9uUzogbnVtYmVyLCBzdGFydFRpbWU/OiBzdHJpbmcpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWM6ICdwb2xsUmVzb3VyY2VzJyxcbiAgICByYXRlOiAxLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIGR1cmF0aW9uOiBgJHtNYXRoLm1heCgxLCBNYXRoLmNlaWwoZHVyYXRpb25TKSl9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiAxLFxuICAgIG1heFZVczogMSxcbiAgICAuLi4oc3RhcnRUaW1lID8geyBzdGFydFRpbWUgfSA6IHt9KSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcGFyc2U8VD4oYm9keTogdW5rbm93bik6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiB0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycgPyAoSlNPTi5wYXJzZShib2R5KSBhcyBUKSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIE9uZSBwb2xsOiBldmVyeSBuZXcgc2FtcGxlIGJlY29tZXMgYSBtZXRyaWMgc2FtcGxlLiBBIHBvbGwgdGhlIHNpZGVjYXIgZG9lcyBub3QgYW5zd2VyIGNvdW50cyBvbmVcbiAqIG1pc3Npbmcgc2FtcGxlLCBhbmQgc28gZG9lcyBlYWNoIHJlYWRpbmcgdGhlIHNpZGVjYXIgcmVwb3J0cyBpdCBmYWlsZWQgdG8gdGFrZSBkdXJpbmcgdGhlIHJ1blxuICogKHRhcmdldCBnb25lLCBlbmRwb2ludCBkb3duKS4gQW5cbiAqIGFuc3dlciB3aXRoIG5vIG5ldyBzYW1wbGUgeWV0IGlzIG5vdCBhIGdhcDogcG9sbHMgYW5kIHJlYWRpbmdzIGFyZSBub3QgaW4gc3RlcC4gTmV2ZXIgdGhyb3dzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcyhzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc2FtcGxlcz9zaW5jZT0ke2N1cnNvcn1gLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgc2FtcGxlczogU2FtcGxlW107IGVycm9ycz86IG51bWJlciB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmICghYm9keSB8fCAhQXJyYXkuaXNBcnJheShib2R5LnNhbXBsZXMpKSB7XG4gICAgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKDEpO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkuZXJyb3JzID09PSAnbnVtYmVyJykge1xuICAgIC8vIFRoZSBmaXJzdCBhbnN3ZXIgaXMgdGhlIGJhc2VsaW5lOiBmYWlsdXJlcyBiZWZvcmUgdGhlIHJ1biBhcmUgbm90IHRoZSBydW4ncyBnYXBzLlxuICAgIGlmIChlcnJvcnNTZWVuICE9PSB1bmRlZmluZWQgJiYgYm9keS5lcnJvcnMgPiBlcnJvcnNTZWVuKSBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoYm9keS5lcnJvcnMgLSBlcnJvcnNTZWVuKTtcbiAgICBlcnJvcnNTZWVuID0gYm9keS5lcnJvcnM7XG4gIH1cbiAgZm9yIChjb25zdCBzYW1wbGUgb2YgYm9keS5zYW1wbGVzKSB7XG4gICAgc2VydmVyQ3B1UGVyY2VudC5hZGQoc2FtcGxlLmNwdV9wZXJjZW50KTtcbiAgICBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQuYWRkKHNhbXBsZS5jcHVfY29yZXNfcGVyY2VudCk7XG4gICAgc2VydmVyTWVtb3J5TWIuYWRkKHNhbXBsZS5tZW1vcnlfbWIpO1xuICAgIGN1cnNvciA9IE1hdGgubWF4KGN1cnNvciwgc2FtcGxlLnNlcSk7XG4gIH1cbn1cblxuLyoqIFRlYXJkb3duOiB0aGUgbWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwLCBNQiBwZXIgbWludXRlLCBhcyB0aGUgc2lkZWNhciBjb21wdXRlZCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRNZW1vcnlHcm93dGgoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3N1bW1hcnlgLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3Qgc3VtbWFyeSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKHN1bW1hcnkgJiYgdHlwZW9mIHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluID09PSAnbnVtYmVyJykgc2VydmVyTWVtb3J5R3Jvd3RoLmFkZChzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbik7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2VMaW1pdHMge1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIG1lbW9yeSBncm93dGggKHNvYWspLCBNQiBwZXIgbWludXRlIGFmdGVyIHdhcm0tdXAuICovXG4gIGdyb3d0aE1iUGVyTWluPzogbnVtYmVyO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2FtcGxlcyB3ZW50IG1pc3NpbmcgKHRoZSBzaWRlY2FyIHN0b3BwZWQgYW5zd2VyaW5nKS4gKi9cbiAgZmFpbE9uTWlzc2luZz86IGJvb2xlYW47XG59XG5cbi8qKiBTZXJ2ZXIgbWVtb3J5IHBlYWssIENQVSBwOTUsIGFuZCBvcHRpb25hbGx5IGdyb3d0aCBhbmQgZ2FwcywgYXMgZ2F0ZXMuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VHYXRlcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogR2F0ZVtdIHtcbiAgY29uc3QgZ2F0ZXM6IEdhdGVbXSA9IFtcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfbWInLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMubWVtb3J5TWIgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9jcHVfcGVyY2VudCcsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmNwdVBlcmNlbnQgfV0gfSxcbiAgXTtcbiAgaWYgKGxpbWl0cy5ncm93dGhNYlBlck1pbiAhPT0gdW5kZWZpbmVkKSBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5ncm93dGhNYlBlck1pbiB9XSB9KTtcbiAgaWYgKGxpbWl0cy5mYWlsT25NaXNzaW5nKSBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsIHJ1bGVzOiBbeyBzdGF0OiAnY291bnQnLCBvcDogJzwnLCB2YWx1ZTogMSB9XSB9KTtcbiAgcmV0dXJuIGdhdGVzO1xufVxuXG4vKiogVGhlIHNhbWUgZ2F0ZXMgYXMgYSBrNiB0aHJlc2hvbGRzIG9iamVjdDogeyBzZXJ2ZXJfbWVtb3J5X21iOiBbJ21heDwxMDI0J10sIHNlcnZlcl9jcHVfcGVyY2VudDogWydwKDk1KTw4MCddLCAuLi4gfS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZVRocmVzaG9sZHMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEs2VGhyZXNob2xkcyB7XG4gIHJldHVybiB0b0s2VGhyZXNob2xkcyhyZXNvdXJjZUdhdGVzKGxpbWl0cykpO1xufVxuIiwgIi8vIEEgdHlwZWQgYnVpbGRlciBmb3IgazYgdGhyZXNob2xkIGV4cHJlc3Npb25zLCBzbyBhIHR5cG8gaW4gYW4gYWdncmVnYXRpb24gb3Igb3BlcmF0b3IgaXMgYVxuLy8gY29tcGlsZSBlcnJvciBoZXJlIGluc3RlYWQgb2YgYSB0aHJlc2hvbGQgazYgcmVqZWN0cyAob3Igc2lsZW50bHkgbmV2ZXIgZXZhbHVhdGVzKSBhdCBydW4gdGltZS5cblxuLyoqIEFnZ3JlZ2F0aW9ucyBrNiBhY2NlcHRzIHBlciBtZXRyaWMgdHlwZS4gKi9cbmV4cG9ydCB0eXBlIFRyZW5kU3RhdCA9ICdhdmcnIHwgJ21pbicgfCAnbWF4JyB8ICdtZWQnIHwgYHAoJHtudW1iZXJ9KWA7XG5leHBvcnQgdHlwZSBSYXRlU3RhdCA9ICdyYXRlJztcbmV4cG9ydCB0eXBlIENvdW50ZXJTdGF0ID0gJ2NvdW50JyB8ICdyYXRlJztcbmV4cG9ydCB0eXBlIEdhdWdlU3RhdCA9ICd2YWx1ZSc7XG5leHBvcnQgdHlwZSBTdGF0ID0gVHJlbmRTdGF0IHwgUmF0ZVN0YXQgfCBDb3VudGVyU3RhdCB8IEdhdWdlU3RhdDtcbmV4cG9ydCB0eXBlIE9wZXJhdG9yID0gJzwnIHwgJzw9JyB8ICc+JyB8ICc+PScgfCAnPT0nIHwgJz09PScgfCAnIT0nO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGUge1xuICBzdGF0OiBTdGF0O1xuICBvcDogT3BlcmF0b3I7XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTdG9wIHRoZSB3aG9sZSBydW4gYXMgc29vbiBhcyB0aGlzIHJ1bGUgZmFpbHMgKGFmdGVyIGBkZWxheUFib3J0RXZhbGApLiAqL1xuICBhYm9ydE9uRmFpbD86IGJvb2xlYW47XG4gIC8qKiBrNiBkdXJhdGlvbiwgZS5nLiAnMTBzJzogaG93IGxvbmcgdG8gY29sbGVjdCBkYXRhIGJlZm9yZSBhbiBhYm9ydCBtYXkgdHJpZ2dlci4gKi9cbiAgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbWV0cmljIChvcHRpb25hbGx5IG5hcnJvd2VkIHRvIGEgdGFnZ2VkIHN1Yi1tZXRyaWMpIGFuZCB0aGUgcnVsZXMgaXQgbXVzdCBtZWV0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHYXRlIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICBydWxlczogUnVsZVtdO1xufVxuXG4vKiogV2hhdCBrNiBhY2NlcHRzIGFzIG9uZSBlbnRyeSBvZiBhIG1ldHJpYydzIHRocmVzaG9sZCBsaXN0LiAqL1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGQgPSBzdHJpbmcgfCB7IHRocmVzaG9sZDogc3RyaW5nOyBhYm9ydE9uRmFpbD86IGJvb2xlYW47IGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZHMgPSBSZWNvcmQ8c3RyaW5nLCBLNlRocmVzaG9sZFtdPjtcblxuY29uc3QgTUVUUklDX05BTUUgPSAvXltBLVphLXpfXVtBLVphLXowLTlfXSokLztcbmNvbnN0IFRBR19QQVJUID0gL15bQS1aYS16MC05Xy5cXC0vXSskLztcbmNvbnN0IFBFUkNFTlRJTEUgPSAvXnBcXCgoXFxkKyhcXC5cXGQrKT8pXFwpJC87XG5cbi8qKiBgaHR0cF9yZXFfZHVyYXRpb257ZW5kcG9pbnQ6aGVhbHRofWA6IHRoZSBrZXkgazYgdXNlcyBmb3IgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNLZXkobWV0cmljOiBzdHJpbmcsIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogc3RyaW5nIHtcbiAgaWYgKCFNRVRSSUNfTkFNRS50ZXN0KG1ldHJpYykpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBtZXRyaWMgbmFtZSBcIiR7bWV0cmljfVwiOiB1c2UgbGV0dGVycywgZGlnaXRzIGFuZCBfYCk7XG4gIGNvbnN0IGVudHJpZXMgPSBPYmplY3QuZW50cmllcyh0YWdzID8/IHt9KTtcbiAgaWYgKGVudHJpZXMubGVuZ3RoID09PSAwKSByZXR1cm4gbWV0cmljO1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBlbnRyaWVzKSB7XG4gICAgaWYgKCFUQUdfUEFSVC50ZXN0KGtleSkgfHwgIVRBR19QQVJULnRlc3QodmFsdWUpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgdGFnICR7a2V5fToke3ZhbHVlfSBvbiAke21ldHJpY306IHRhZ3MgaW4gdGhyZXNob2xkcyBtYXkgaG9sZCBsZXR0ZXJzLCBkaWdpdHMgYW5kIF8gLiAtIC9gKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGAke21ldHJpY317JHtlbnRyaWVzLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9OiR7dmFsdWV9YCkuam9pbignLCcpfX1gO1xufVxuXG4vKiogYHAoOTUpPDIwMGA6IG9uZSBydWxlIGFzIGs2J3MgZXhwcmVzc2lvbiB0ZXh0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cHJlc3Npb24ocnVsZTogUGljazxSdWxlLCAnc3RhdCcgfCAnb3AnIHwgJ3ZhbHVlJz4pOiBzdHJpbmcge1xuICBjb25zdCBwZXJjZW50aWxlID0gUEVSQ0VOVElMRS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKSB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4geyB0aHJlc2hvbGQ6IHRleHQsIGFib3J0T25GYWlsOiB0cnVlLCAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIExvYWQgc2hhcGVzLCBpbiBvbmUgcGxhY2UsIHBhcmFtZXRlcmlzZWQgYnkgdGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24uIEEgc2NlbmFyaW8gZmlsZSByZWFkcyBhczpcbi8vIHNoYXBlICsgd29ya2Zsb3dzICsgdGhyZXNob2xkcy5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5cy5tYXAoKF8sIGkpID0+IGkpLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKSA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9IDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShleGVjOiBzdHJpbmcsIHBlclNlY29uZDogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIsIHN0YXJ0VGltZSA9ICcwcycpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMSwgTWF0aC5jZWlsKHBlclNlY29uZCkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKGV4ZWM6IHN0cmluZywgc3RhcnRSYXRlOiBudW1iZXIsIG1heFJhdGU6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuaW1wb3J0IHsgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVjb3JkTWVtb3J5R3Jvd3RoLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4vcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IFNVTU1BUllfVFJFTkRfU1RBVFMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuL3NoYXBlcy50cyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5UGFydHMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgZ2F0ZXM6IEdhdGVbXTtcbiAgLyoqIEhvdyBsb25nIHRoZSBsb2FkIHJ1bnMsIHNlY29uZHM6IHRoZSByZXNvdXJjZXMgcG9sbGVyIHJ1bnMgYXMgbG9uZy4gKi9cbiAgd2FsbFRpbWVTOiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIHRvbyAoc29haykuICovXG4gIGdhdGVNZW1vcnlHcm93dGg/OiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5T3B0aW9ucyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICB0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHM7XG4gIHNldHVwVGltZW91dDogc3RyaW5nO1xuICBzdW1tYXJ5VHJlbmRTdGF0czogc3RyaW5nW107XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIHBhcnRzOiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNjZW5hcmlvcyxcbiAgICB0aHJlc2hvbGRzOiB0b0s2VGhyZXNob2xkcyhnYXRlcyksXG4gICAgc2V0dXBUaW1lb3V0OiBgJHtNYXRoLm1heCg2MCwgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyArIDMwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gaGFzVXNlcnMoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiB7XG4gIGNvbnN0IHsgZXhlY3V0b3IsIHN0YXJ0VlVzLCBzdGFnZXMsIHZ1cyB9ID0gc2NlbmFyaW8gYXMgeyBleGVjdXRvcjogc3RyaW5nOyBzdGFydFZVcz86IG51bWJlcjsgc3RhZ2VzPzogeyB0YXJnZXQ6IG51bWJlciB9W107IHZ1cz86IG51bWJlciB9O1xuICBpZiAoZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHJldHVybiAoc3RhcnRWVXMgPz8gMCkgPiAwIHx8IChzdGFnZXMgPz8gW10pLnNvbWUoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQgPiAwKTtcbiAgaWYgKGV4ZWN1dG9yID09PSAnY29uc3RhbnQtdnVzJyB8fCBleGVjdXRvciA9PT0gJ3Blci12dS1pdGVyYXRpb25zJyB8fCBleGVjdXRvciA9PT0gJ3NoYXJlZC1pdGVyYXRpb25zJykgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogV2hhdCBvbmx5IHRoZSBlbmQgb2YgdGhlIHJ1biBrbm93cyAodGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgpLiBFbnRyaWVzIHdpdGggYSB0ZWFyZG93biBvZiB0aGVpciBvd24gY2FsbCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSByZWNvcmRNZW1vcnlHcm93dGgocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdGVhcmRvd24oKTogdm9pZCB7XG4gIHJlY29yZFJlc291cmNlc0F0RW5kKCk7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpLnJlcGxhY2UoLzwvZywgJyZsdDsnKS5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rOiByZXN1bHQub2ssIHN0YXQsIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcikgcm93cy5zZXQoZW5kcG9pbnQsIChyID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH0pKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3QgbWF0Y2ggPSBTVUJfTUVUUklDLmV4ZWMobmFtZSk7XG4gICAgaWYgKCFtYXRjaCkgY29udGludWU7XG4gICAgY29uc3QgWywgYmFzZSwgZW5kcG9pbnRdID0gbWF0Y2ggYXMgdW5rbm93biBhcyBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ107XG4gICAgY29uc3QgdiA9IG1ldHJpYy52YWx1ZXMgPz8ge307XG4gICAgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9kdXJhdGlvbicpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocm93KGVuZHBvaW50KSwgeyByZXF1ZXN0czogdi5jb3VudCA/PyAwLCBwNTA6IHYubWVkID8/IG51bGwsIHA5NTogdlsncCg5NSknXSA/PyBudWxsLCBwOTk6IHZbJ3AoOTkpJ10gPz8gbnVsbCwgbWF4OiB2Lm1heCA/PyBudWxsIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JykgcmV0dXJuIE1hdGgucm91bmQodmFsdWUpLnRvU3RyaW5nKCkucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFBsYWluLWxhbmd1YWdlIGxpbmUgYWJvdXQgc2VydmVyIHJlc291cmNlczogbWVhc3VyZWQsIG9yIHdoeSBub3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzTGluZShkYXRhOiBTdW1tYXJ5RGF0YSk6IHN0cmluZyB7XG4gIGNvbnN0IG1lbW9yeSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpO1xuICBjb25zdCBjcHUgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyk7XG4gIGlmIChtZW1vcnkgPT09IG51bGwgJiYgY3B1ID09PSBudWxsKSByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBtaXNzaW5nID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwO1xuICBjb25zdCBncm93dGggPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKTtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlczogbWVtb3J5IHBlYWsgJHtmb3JtYXRWYWx1ZShtZW1vcnksICd2YWx1ZScpfSBNQmAsXG4gICAgYENQVSBwOTUgJHtmb3JtYXRWYWx1ZShjcHUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7bWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3Qgc2Vjb25kcyA9ICgoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtvcHRpb25zLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IHJvd3MubWFwKChyKSA9PiB7XG4gICAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCk7XG4gICAgY29uc3Qgb2JzZXJ2ZWQgPSBlc2NhcGVYbWwoZm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KSk7XG4gICAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gICAgaWYgKHIub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0Pm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufSBmYWlsZWQ6IG9ic2VydmVkICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+b2JzZXJ2ZWQgJHtvYnNlcnZlZH08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbiAgfSk7XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmcgfSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmIFxcYCR7ZXNjYXBlTWFya2Rvd25DZWxsKG9wdGlvbnMuc2NlbmFyaW8pfVxcYDogJHtmYWlsZWQgPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkfSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGB9YCxcbiAgICAnJyxcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcCgocikgPT4gYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9XFxgIHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCksXG4gIF07XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgbWV0cmljVmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgRW5kcG9pbnRSb3csIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBjb25zdCBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBSdW5NZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZTogc3RyaW5nIHwgbnVsbDtcbiAgdGFyZ2V0OiBzdHJpbmcgfCBudWxsO1xuICBrNl92ZXJzaW9uOiBzdHJpbmcgfCBudWxsO1xuICBnaXRfY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bk1ldGEgJiB7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH07XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IHsgbWV0cmljOiBzdHJpbmc7IGV4cHJlc3Npb246IHN0cmluZzsgb2s6IGJvb2xlYW47IG9ic2VydmVkOiBudW1iZXIgfCBudWxsIH1bXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogRXZlcnkgbWV0cmljJ3MgYWdncmVnYXRlIHZhbHVlcyBhcyBrNiBjb21wdXRlZCB0aGVtLiAqL1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PjtcbiAgcmVzb3VyY2VzOiB7IG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsOyBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDsgc2FtcGxlc19taXNzaW5nOiBudW1iZXIgfSB8IG51bGw7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoZGF0YTogU3VtbWFyeURhdGEsIG1ldGE6IFJ1bk1ldGEpOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pID0+ICh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pKTtcbiAgY29uc3QgbWVhc3VyZWQgPSBkYXRhLm1ldHJpY3M/LnNlcnZlcl9tZW1vcnlfbWIgfHwgZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQ7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IG1lYXN1cmVkXG4gICAgICA/IHtcbiAgICAgICAgICBtZW1vcnlfbWJfcGVhazogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfbWInLCAnbWF4JyksXG4gICAgICAgICAgY3B1X3BlcmNlbnRfcDk1OiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyksXG4gICAgICAgICAgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKSxcbiAgICAgICAgICBzYW1wbGVzX21pc3Npbmc6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMCxcbiAgICAgICAgfVxuICAgICAgOiBudWxsLFxuICB9O1xufVxuIiwgIi8vIFRoZSBjb25jaXNlIGNvbnNvbGUgc3VtbWFyeTogdGhyZXNob2xkcyBmaXJzdCAodmVyZGljdCwgZXhwcmVzc2lvbiwgb2JzZXJ2ZWQgdmFsdWUpLCB0aGVuXG4vLyBwZXItZW5kcG9pbnQgbGF0ZW5jeSwgdGhyb3VnaHB1dCwgZXJyb3JzLCBjaGVja3MsIGN1c3RvbSBtZXRyaWNzIGFuZCBzZXJ2ZXIgcmVzb3VyY2VzLlxuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgbWV0cmljVmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbJ2h0dHBfcmVxcycsICdodHRwX3JlcV9kdXJhdGlvbicsICdodHRwX3JlcV9ibG9ja2VkJywgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLCAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJywgJ2h0dHBfcmVxX3NlbmRpbmcnLCAnaHR0cF9yZXFfd2FpdGluZycsICdodHRwX3JlcV9yZWNlaXZpbmcnLCAnaHR0cF9yZXFfZmFpbGVkJywgJ2l0ZXJhdGlvbnMnLCAnaXRlcmF0aW9uX2R1cmF0aW9uJywgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICd2dXMnLCAndnVzX21heCcsICdkYXRhX3NlbnQnLCAnZGF0YV9yZWNlaXZlZCcsICdjaGVja3MnLCAnZ3JvdXBfZHVyYXRpb24nXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+ICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IGNvbG9yOiBib29sZWFuIH0pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goYy5ib2xkKGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCkpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZChgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWApKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBjb25zdCBjZWxsID0gKHY6IG51bWJlciB8IG51bGwpID0+IGZvcm1hdFZhbHVlKHYsICdtcycpLnBhZFN0YXJ0KDgpO1xuICAgICAgbGluZXMucHVzaChgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlY29uZHMgPSAoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwO1xuICBjb25zdCByZXF1ZXN0cyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcXMnLCAnY291bnQnKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdpdGVyYXRpb25zJywgJ2NvdW50Jyk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyb3VnaHB1dCcpKTtcbiAgbGluZXMucHVzaChgICAke2Zvcm1hdFZhbHVlKHJlcXVlc3RzID8/IDAsICdjb3VudCcpfSByZXF1ZXN0cyAoJHtzZWNvbmRzID4gMCAmJiByZXF1ZXN0cyAhPT0gbnVsbCA/IChyZXF1ZXN0cyAvIHNlY29uZHMpLnRvRml4ZWQoMSkgOiAnbi9hJ30vcyksICR7Zm9ybWF0VmFsdWUoaXRlcmF0aW9ucyA/PyAwLCAnY291bnQnKX0gaXRlcmF0aW9ucyBpbiAke3NlY29uZHMudG9GaXhlZCgxKX0gc2ApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KS5maWx0ZXIoaXNDdXN0b20pLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiB7IHNjZW5hcmlvOiBzdHJpbmc7IHByb2ZpbGU/OiBzdHJpbmcgfSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgc3Rkb3V0OiB0ZXh0U3VtbWFyeShkYXRhLCB7IHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLCBjb2xvcjogZGF0YS5zdGF0ZT8uaXNTdGRPdXRUVFkgPT09IHRydWUgfSkgfTtcbiAgICBjb25zdCBkaXIgPSBfX0VOVi5SRVBPUlRTX0RJUjtcbiAgICBpZiAoZGlyKSB7XG4gICAgICBjb25zdCByZXN1bHRzID0gYnVpbGRSZXN1bHRzKGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgIGs2X3ZlcnNpb246IG9yTnVsbChfX0VOVi5SVU5fSzZfVkVSU0lPTiksXG4gICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgIGZpbmlzaGVkX2F0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICB9KTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gV2hhdCBlYWNoIGtpbmQgb2YgdXNlciBkb2VzIGluIG9uZSBpdGVyYXRpb24uIFNjZW5hcmlvcyBvbmx5IGNob29zZSB3aG8gcnVucyBhbmQgaG93IG9mdGVuO1xuLy8gbm8gc2NlbmFyaW8gcmUtaW1wbGVtZW50cyB0aGVzZS4gRXZlcnkgd29ya2Zsb3cgcmV0dXJucyB3aGV0aGVyIGFsbCBvZiBpdHMgc3RlcHMgc3VjY2VlZGVkLlxuaW1wb3J0IHsgZ3JvdXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIEV4cG9ydEZvcm1hdCwgdHlwZSBJZCB9IGZyb20gJy4vYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuaW1wb3J0IHsgZ2VuZXJhdGVBbmRXYWl0IH0gZnJvbSAnLi9nZW5lcmF0aW9uLnRzJztcbmltcG9ydCB7IGNvdXJzZXNDcmVhdGVkIH0gZnJvbSAnLi9tZXRyaWNzLnRzJztcbmltcG9ydCB7IHBpY2tPbmUsIHBpY2tXZWlnaHRlZCwgdGhpbmsgfSBmcm9tICcuL3BhY2luZy50cyc7XG5pbXBvcnQgdHlwZSB7IFJ1bkRhdGEgfSBmcm9tICcuL3NldHVwLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBDb250ZXh0IHtcbiAgY29uZmlnOiBDb25maWc7XG4gIGRhdGE6IFJ1bkRhdGE7XG59XG5cbmV4cG9ydCB0eXBlIFdvcmtmbG93ID0gKGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxubGV0IGNsaWVudHM6IFJlY29yZDxzdHJpbmcsIEFwaUNsaWVudD4gPSB7fTtcbi8qKiBPbmUgY2xpZW50IHBlciB0b2tlbiBwZXIgVlUsIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuZnVuY3Rpb24gY2xpZW50Rm9yKGN0eDogQ29udGV4dCwgdG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gIHJldHVybiAoY2xpZW50c1t0b2tlbl0gPz89IG5ldyBBcGlDbGllbnQoY3R4LmNvbmZpZy5iYXNlVXJsLCBjdHguY29uZmlnLmFwaVRpbWVvdXRTLCB0b2tlbikpO1xufVxuLyoqIFJlc2V0cyB0aGUgcGVyLVZVIGNsaWVudCBjYWNoZSAodGVzdHMgYW5kIGxvbmcgcnVucyB3aXRoIHJlLWxvZ2luKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNldENsaWVudHMoKTogdm9pZCB7XG4gIGNsaWVudHMgPSB7fTtcbn1cblxuLyoqIEEgdGl0bGUgdW5pcXVlIHRvIHRoaXMgcnVuLCBWVSBhbmQgaXRlcmF0aW9uLCBzbyBjb25jdXJyZW50IHVzZXJzIG5ldmVyIGNvbGxpZGUuICovXG5leHBvcnQgZnVuY3Rpb24gdW5pcXVlVGl0bGUoa2luZDogc3RyaW5nLCBjdHg6IENvbnRleHQpOiBzdHJpbmcge1xuICByZXR1cm4gYHBlcmYtJHtraW5kfSAke2N0eC5kYXRhLnJ1bklkfSB2dSR7ZXhlYy52dS5pZEluVGVzdH0gaXQke2V4ZWMudnUuaXRlcmF0aW9uSW5TY2VuYXJpb31gO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuXG4vKiogUmVhZHMgYSBjb3Vyc2UgYW5kIG9uZSBvZiBpdHMgZ2VuZXJhdGVkIGNoYXB0ZXJzLiAqL1xuZnVuY3Rpb24gcmVhZENvdXJzZShjbGllbnQ6IEFwaUNsaWVudCwgaWQ6IElkKTogYm9vbGVhbiB7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5nZXRDb3Vyc2UoaWQpO1xuICBpZiAoIWNvdXJzZS5ib2R5KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IChjb3Vyc2UuYm9keS5jaGFwdGVycyA/PyBbXSkuZmlsdGVyKChjKSA9PiBjLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpO1xuICBjb25zdCBjaGFwdGVyID0gcGlja09uZShnZW5lcmF0ZWQpO1xuICByZXR1cm4gY2hhcHRlciA9PT0gdW5kZWZpbmVkIHx8IGNsaWVudC5nZXRDaGFwdGVyKGlkLCBjaGFwdGVyLmluZGV4KS5vaztcbn1cblxudHlwZSBSZWd1bGFyVGFzayA9IChjbGllbnQ6IEFwaUNsaWVudCwgY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG5jb25zdCByZWd1bGFyVGFza3M6IHsgd2VpZ2h0OiBudW1iZXI7IHRhc2s6IFJlZ3VsYXJUYXNrIH1bXSA9IFtcbiAgeyB3ZWlnaHQ6IDUsIHRhc2s6IChjbGllbnQpID0+IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCwgb2Zmc2V0OiBNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAzKSAqIDIwIH0pLm9rIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDQsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBpZCA9IHBpY2tPbmUoY3R4LmRhdGEuc2VlZGVkQ291cnNlSWRzKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSwgdG9waWM6ICdhbGdlYnJhJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgICAgY29uc3QgcmVhZEJhY2sgPSBjbGllbnQuZ2V0Q291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgICByZXR1cm4gcmVhZEJhY2sgJiYgY2xpZW50LmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgIH0sXG4gIH0sXG5dO1xuXG4vKiogQnJvd3NlcyB0aGUgY291cnNlIGxpc3QsIG9wZW5zIGNvdXJzZXMgYW5kIHJlYWRzIGNoYXB0ZXJzOyBub3cgYW5kIHRoZW4gY3JlYXRlcyBvbmUuICovXG5leHBvcnQgY29uc3QgcmVndWxhclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3JlZ3VsYXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCBjdHguZGF0YS50b2tlbnMucmVndWxhcik7XG4gICAgbGV0IG9rID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgZm9yIChsZXQgc3RlcCA9IDA7IHN0ZXAgPCAzOyBzdGVwKyspIHtcbiAgICAgIG9rID0gcGlja1dlaWdodGVkKHJlZ3VsYXJUYXNrcykoY2xpZW50LCBjdHgpICYmIG9rO1xuICAgICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIENyZWF0ZXMgYSBjb3Vyc2UsIGdlbmVyYXRlcyBpdCwgZm9sbG93cyB0aGUgam9iLCByZWFkcyBhbmQgZXhwb3J0cyB0aGUgcmVzdWx0LCB0aGVuIGRlbGV0ZXMgaXQuICovXG5leHBvcnQgY29uc3QgcG93ZXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdwb3dlciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLnBvd2VyKTtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogdW5pcXVlVGl0bGUoJ3Bvd2VyJywgY3R4KSxcbiAgICAgIHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcycsXG4gICAgICBsZXZlbDogJ2FkdmFuY2VkJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IGNvbmZpZy5jaGFwdGVyc1BlckNvdXJzZSxcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgbGV0IG9rID0gY2xpZW50LnVwZGF0ZUNvdXJzZShpZCwgeyB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMsIHJldmlzZWQnIH0pLm9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCkgJiYgb2s7XG4gICAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgICBvayA9IGNsaWVudC5leHBvcnRDb3Vyc2UoaWQsIHBpY2tPbmUoRVhQT1JUX0ZPUk1BVFMpID8/ICdqc29uJykub2sgJiYgb2s7XG4gICAgfVxuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICByZXR1cm4gY2xpZW50LmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuXG4vKiogV2F0Y2hlcyB0aGUgc3lzdGVtOiBzdGF0cywgdGhlIGpvYiBsaXN0LCB0aGUgdXNlciBsaXN0LCBhbmQgcmVtb3ZlcyBjb3Vyc2VzIGVhcmxpZXIgcnVucyBsZWZ0IGJlaGluZC4gKi9cbmV4cG9ydCBjb25zdCBhZG1pblVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2FkbWluIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLmFkbWluKTtcbiAgICBsZXQgb2sgPSBjbGllbnQuYWRtaW5TdGF0cygpLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Kb2JzKDIwKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIC8vIExlZnRvdmVycyBvZiBpbnRlcnJ1cHRlZCBydW5zOiB0aXRsZXMgb2Ygb3RoZXIgcnVucyBvbmx5LCBuZXZlciB0aGlzIHJ1bidzIGxpdmUgY291cnNlcy5cbiAgICBjb25zdCBsZWZ0b3ZlcnMgPSBjbGllbnQubGlzdENvdXJzZXMoeyBxOiAncGVyZi0nLCBsaW1pdDogMjAgfSkuYm9keT8uaXRlbXMgPz8gW107XG4gICAgZm9yIChjb25zdCBjb3Vyc2Ugb2YgbGVmdG92ZXJzLmZpbHRlcigoYykgPT4gIWMudGl0bGUuaW5jbHVkZXMoY3R4LmRhdGEucnVuSWQpKS5zbGljZSgwLCA1KSkge1xuICAgICAgb2sgPSBjbGllbnQuZGVsZXRlQ291cnNlKGNvdXJzZS5pZCkub2sgJiYgb2s7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBFdmVyeSBlbmRwb2ludCBhdCBsZWFzdCBvbmNlOiB0aGUgc21va2UgY2hlY2suICovXG5leHBvcnQgY29uc3QgZXZlcnlFbmRwb2ludDogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnZXZlcnkgZW5kcG9pbnQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcsIGRhdGEgfSA9IGN0eDtcbiAgICBjb25zdCB1c2VyID0gY2xpZW50Rm9yKGN0eCwgZGF0YS50b2tlbnMucG93ZXIpO1xuICAgIGNvbnN0IGFkbWluID0gY2xpZW50Rm9yKGN0eCwgZGF0YS50b2tlbnMuYWRtaW4pO1xuICAgIGxldCBvayA9IHVzZXIuaGVhbHRoKCkub2s7XG4gICAgb2sgPSB1c2VyLmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDUgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzbW9rZScsIGN0eCksIHRvcGljOiAnc21va2UgdGVzdGluZycsIGxldmVsOiAnaW50ZXJtZWRpYXRlJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICBvayA9IHVzZXIuZ2V0Q291cnNlKGlkKS5vayAmJiBvaztcbiAgICBvayA9IHVzZXIudXBkYXRlQ291cnNlKGlkLCB7IHRpdGxlOiBgJHtjcmVhdGVkLmJvZHkudGl0bGV9IChlZGl0ZWQpYCB9KS5vayAmJiBvaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KHVzZXIsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gdXNlci5nZXRDaGFwdGVyKGlkLCBnZW5lcmF0aW9uLmpvYj8uY2hhcHRlcnNbMF0/LmluZGV4ID8/IDApLm9rICYmIG9rO1xuICAgICAgZm9yIChjb25zdCBmb3JtYXQgb2YgRVhQT1JUX0ZPUk1BVFMpIG9rID0gdXNlci5leHBvcnRDb3Vyc2UoaWQsIGZvcm1hdCkub2sgJiYgb2s7XG4gICAgfVxuICAgIG9rID0gYWRtaW4uYWRtaW5TdGF0cygpLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Kb2JzKDEwKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICByZXR1cm4gdXNlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcbiIsICIvLyBTdGFydGluZyBhIGNvdXJzZSdzIGdlbmVyYXRpb24gYW5kIGZvbGxvd2luZyBpdHMgam9iIHRvIHRoZSBlbmQsIHJlY29yZGluZyBob3cgbG9uZyBpdCB0b29rXG4vLyBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAodGhlIHNlcnZlcidzIHZpZXcpIGFuZCBmcm9tIHRoZSBwb2xsZXIncyAodGhlIHVzZXIncyB2aWV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIElkLCBKb2IgfSBmcm9tICcuL2FwaS50cyc7XG5pbXBvcnQgeyBjaGFwdGVyR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uTXMsIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLCBnZW5lcmF0aW9uRmFpbGVkIH0gZnJvbSAnLi9tZXRyaWNzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbXBsZXRlZDogYm9vbGVhbjtcbiAgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIG1pbGxpc0JldHdlZW4oZnJvbTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgdG86IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAoIWZyb20gfHwgIXRvKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBtcyA9IERhdGUucGFyc2UodG8pIC0gRGF0ZS5wYXJzZShmcm9tKTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgJiYgbXMgPj0gMCA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiByZWNvcmRKb2JUaW1lcyhqb2I6IEpvYik6IHZvaWQge1xuICBmb3IgKGNvbnN0IGNoYXB0ZXIgb2Ygam9iLmNoYXB0ZXJzKSB7XG4gICAgY29uc3QgbXMgPSBjaGFwdGVyLmR1cmF0aW9uX21zID8/IG1pbGxpc0JldHdlZW4oY2hhcHRlci5zdGFydGVkX2F0LCBjaGFwdGVyLmZpbmlzaGVkX2F0KTtcbiAgICBpZiAodHlwZW9mIG1zID09PSAnbnVtYmVyJyAmJiBjaGFwdGVyLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGNoYXB0ZXJHZW5lcmF0aW9uTXMuYWRkKG1zKTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1pbGxpc0JldHdlZW4oam9iLmNyZWF0ZWRfYXQsIGpvYi5maW5pc2hlZF9hdCk7XG4gIGlmICh0b3RhbCAhPT0gdW5kZWZpbmVkKSBjb3Vyc2VHZW5lcmF0aW9uTXMuYWRkKHRvdGFsKTtcbn1cblxuLyoqIFN0YXJ0cyBnZW5lcmF0aW9uIGFuZCBwb2xscyB0aGUgam9iIHVudGlsIGl0IGNvbXBsZXRlcywgZmFpbHMsIG9yIGB0aW1lb3V0U2AgcGFzc2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlQW5kV2FpdChjbGllbnQ6IEFwaUNsaWVudCwgY291cnNlSWQ6IElkLCBwb2xsSW50ZXJ2YWxTOiBudW1iZXIsIHRpbWVvdXRTOiBudW1iZXIpOiBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbnN0IGFjY2VwdGVkID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZUlkKTtcbiAgaWYgKCFhY2NlcHRlZC5ib2R5KSB7XG4gICAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQodHJ1ZSk7XG4gICAgcmV0dXJuIHsgY29tcGxldGVkOiBmYWxzZSwgam9iOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBzdGFydGVkICsgdGltZW91dFMgKiAxMDAwO1xuICBsZXQgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBzbGVlcChwb2xsSW50ZXJ2YWxTKTtcbiAgICBjb25zdCBwb2xsZWQgPSBjbGllbnQuZ2V0Sm9iKGFjY2VwdGVkLmJvZHkuam9iX2lkKTtcbiAgICBpZiAoIXBvbGxlZC5ib2R5KSBjb250aW51ZTtcbiAgICBqb2IgPSBwb2xsZWQuYm9keTtcbiAgICBpZiAoam9iLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcgfHwgam9iLnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGJyZWFrO1xuICB9XG4gIGNvbnN0IGNvbXBsZXRlZCA9IGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJztcbiAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQoIWNvbXBsZXRlZCk7XG4gIGlmIChjb21wbGV0ZWQgJiYgam9iKSB7XG4gICAgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMuYWRkKERhdGUubm93KCkgLSBzdGFydGVkKTtcbiAgICByZWNvcmRKb2JUaW1lcyhqb2IpO1xuICB9XG4gIHJldHVybiB7IGNvbXBsZXRlZCwgam9iIH07XG59XG4iLCAiLy8gSG93IHNpbXVsYXRlZCB1c2VycyBwYWNlIHRoZW1zZWx2ZXMgYW5kIGNob29zZSB3aGF0IHRvIGRvIG5leHQuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcblxuLyoqIFNsZWVwcyBhIHVuaWZvcm1seSBkcmF3biB0aGluayB0aW1lIGluIFttaW4sIG1heF0gc2Vjb25kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aGluayhyYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfSk6IHZvaWQge1xuICBjb25zdCBzZWNvbmRzID0gcmFuZ2UubWluICsgTWF0aC5yYW5kb20oKSAqIChyYW5nZS5tYXggLSByYW5nZS5taW4pO1xuICBpZiAoc2Vjb25kcyA+IDApIHNsZWVwKHNlY29uZHMpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdlaWdodGVkVGFzazxUPiB7XG4gIHdlaWdodDogbnVtYmVyO1xuICB0YXNrOiBUO1xufVxuXG4vKiogUGlja3Mgb25lIHRhc2sgd2l0aCBwcm9iYWJpbGl0eSBwcm9wb3J0aW9uYWwgdG8gaXRzIHdlaWdodC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrV2VpZ2h0ZWQ8VD4odGFza3M6IHJlYWRvbmx5IFdlaWdodGVkVGFzazxUPltdLCByYW5kb206IG51bWJlciA9IE1hdGgucmFuZG9tKCkpOiBUIHtcbiAgY29uc3QgdG90YWwgPSB0YXNrcy5yZWR1Y2UoKHN1bSwgdCkgPT4gc3VtICsgdC53ZWlnaHQsIDApO1xuICBsZXQgcG9pbnQgPSByYW5kb20gKiB0b3RhbDtcbiAgZm9yIChjb25zdCB0IG9mIHRhc2tzKSB7XG4gICAgcG9pbnQgLT0gdC53ZWlnaHQ7XG4gICAgaWYgKHBvaW50IDwgMCkgcmV0dXJuIHQudGFzaztcbiAgfVxuICByZXR1cm4gdGFza3NbdGFza3MubGVuZ3RoIC0gMV0hLnRhc2s7XG59XG5cbi8qKiBQaWNrcyBvbmUgZWxlbWVudCB1bmlmb3JtbHkuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja09uZTxUPihpdGVtczogcmVhZG9ubHkgVFtdKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBpdGVtcy5sZW5ndGggPT09IDAgPyB1bmRlZmluZWQgOiBpdGVtc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBpdGVtcy5sZW5ndGgpXTtcbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgdHlwZSB7IEdhdGUgfSBmcm9tICcuL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgVGFyZ2V0cyB9IGZyb20gJy4vdGFyZ2V0cy50cyc7XG5cbmNvbnN0IGFwaSA9IHsgc2NvcGU6IEFQSV9TQ09QRSB9O1xuXG5mdW5jdGlvbiBlbmRwb2ludFA5NShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICBpZiAoZW5kcG9pbnQgPT09ICdoZWFsdGgnKSByZXR1cm4gdGFyZ2V0cy5oZWFsdGhQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnY291cnNlX2V4cG9ydCcpIHJldHVybiB0YXJnZXRzLmV4cG9ydFA5NU1zO1xuICByZXR1cm4gdGFyZ2V0cy5hcGlQOTVNcztcbn1cblxuLyoqIEFQSSBwOTUvcDk5IG92ZXIgYWxsIGVuZHBvaW50cywgYW5kIHA5NSBwZXIgZW5kcG9pbnQgKGhlYWx0aCBhbmQgZXhwb3J0IHdpdGggdGhlaXIgb3duIGJ1ZGdldHMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhdGVuY3lHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTlNcyB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogRXJyb3IgcmF0ZSBvdmVyIGFsbCBBUEkgcmVxdWVzdHMgYW5kIHBlciBlbmRwb2ludCwgc28gb25lIGZhaWxpbmcgcm91dGUgaXMgbmFtZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZXJyb3JHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogU3RvcHMgYSBydW4gZWFybHkgd2hlbiBtb3N0IHJlcXVlc3RzIGZhaWwgKHBsYXRmb3JtIGRvd24gb3IgY3Jhc2hlZCk6IG5vIG1pbnV0ZXMgb2Ygbm9pc2UuICovXG5leHBvcnQgZnVuY3Rpb24gYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCA9ICcxMHMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IDAuNSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gIF07XG59XG5cbi8qKiBDaGVja3MgYW5kIHdob2xlIHdvcmtmbG93cyBtdXN0IHN1Y2NlZWQgb2Z0ZW4gZW5vdWdoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Y2Nlc3NHYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoZWNrcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICAgIHsgbWV0cmljOiAnd29ya2Zsb3dfc3VjY2VzcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogQ2hhcHRlciBnZW5lcmF0aW9uIHRpbWUgKHRoZSBqb2IncyBvd24gdGltZXN0YW1wcykgYW5kIGZhaWxlZCBnZW5lcmF0aW9uIGpvYnMuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGlvbkdhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmNoYXB0ZXJQOTVNcyB9XSB9LFxuICAgIHsgbWV0cmljOiAnZ2VuZXJhdGlvbl9mYWlsZWQnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIEVhY2ggZW5kcG9pbnQgYWdhaW5zdCBpdHMgb3duIGJ1ZGdldDogcDk1IChoZWFsdGggYW5kIGV4cG9ydCBoYXZlIHRoZWlyIG93bikgYW5kIHA5OSwgcGx1cyBpdHMgZXJyb3IgcmF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludEJ1ZGdldEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSwgZXJyb3JSYXRlOiBudW1iZXIpOiBHYXRlW10ge1xuICByZXR1cm4gZW5kcG9pbnRzLmZsYXRNYXAoKGVuZHBvaW50KSA9PiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IE1hdGgubWF4KHRhcmdldHMuYXBpUDk5TXMsIGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSkgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IHsgZW5kcG9pbnQgfSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVycm9yUmF0ZSB9XSB9LFxuICBdKTtcbn1cblxuLyoqXG4gKiBicmVha3BvaW50OiBBUEkgcDk1IGFuZCBlcnJvciByYXRlIGFib3J0IHRoZSBydW4gb25jZSBjcm9zc2VkIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgIG9mIGRhdGEpO1xuICogdGhlIHN1c3RhaW5lZC1yYXRlIG1ldHJpYyBpcyBsaXN0ZWQgd2l0aCBhbiBhbHdheXMtdHJ1ZSBydWxlIHNvIHRoZSBzdW1tYXJ5IHNob3dzIGl0cyB2YWx1ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJyZWFrcG9pbnRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBzdXN0YWluZWRNZXRyaWM6IHN0cmluZywgZGVsYXlBYm9ydEV2YWwgPSAnNXMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSB9LFxuICAgIHsgbWV0cmljOiBzdXN0YWluZWRNZXRyaWMsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc+PScsIHZhbHVlOiAwIH1dIH0sXG4gIF07XG59XG4iLCAiLy8gVGhlIG1haW4gam9iOiByZWd1bGFyLCBwb3dlciBhbmQgYWRtaW4gdXNlcnMgaW4gcGFyYWxsZWwgKDcwLzIwLzEwICUgb2YgdGhlIFZVcyBieSBkZWZhdWx0KSxcbi8vIHJhbXBpbmcgdXAgdG8gUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUywgaG9sZGluZyBmb3IgUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTiwgcmFtcGluZ1xuLy8gZG93biwgYWdhaW5zdCB0aGUgZnVsbCB0aHJlc2hvbGQgc2V0LiBgazYgcnVuIC1lIEJBU0VfVVJMPS4uLiBkaXN0L2xvYWQuanNgLlxuaW1wb3J0IHsgQXBpQ2xpZW50IH0gZnJvbSAnLi4vbGliL2FwaS50cyc7XG5pbXBvcnQgeyBFTkRQT0lOVFMgfSBmcm9tICcuLi9saWIvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IGd1YXJkZWRDb25maWcgfSBmcm9tICcuLi9saWIvZW52LnRzJztcbmltcG9ydCB7IHJ1bldvcmtmbG93IH0gZnJvbSAnLi4vbGliL3J1bi13b3JrZmxvdy50cyc7XG5pbXBvcnQgeyBwcmVwYXJlUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi9saWIvc2V0dXAudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2VudHJ5LnRzJztcbmltcG9ydCB7IG1ha2VIYW5kbGVTdW1tYXJ5IH0gZnJvbSAnLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyc7XG5pbXBvcnQgeyBjb25zdGFudFJhdGUsIHJhbXBpbmdEdXJhdGlvblMsIHJhbXBpbmdVc2Vycywgc3BsaXRVc2VycyB9IGZyb20gJy4uL2xpYi9zaGFwZXMudHMnO1xuaW1wb3J0IHsgYWRtaW5Vc2VyLCBwb3dlclVzZXIsIHJlZ3VsYXJVc2VyIH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlcnJvckdhdGVzLCBnZW5lcmF0aW9uR2F0ZXMsIGxhdGVuY3lHYXRlcywgc3VjY2Vzc0dhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ2xvYWQnKTtcbmNvbnN0IHVzZXJzID0gc3BsaXRVc2Vycyhjb25maWcuY29uY3VycmVudFVzZXJzLCBjb25maWcud2VpZ2h0cyk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywge1xuICB3YWxsVGltZVM6IHJhbXBpbmdEdXJhdGlvblMoY29uZmlnKSxcbiAgc2NlbmFyaW9zOiB7XG4gICAgcmVndWxhcl91c2VyczogcmFtcGluZ1VzZXJzKCdyZWd1bGFyVXNlcnMnLCB1c2Vycy5yZWd1bGFyLCBjb25maWcpLFxuICAgIHBvd2VyX3VzZXJzOiByYW1waW5nVXNlcnMoJ3Bvd2VyVXNlcnMnLCB1c2Vycy5wb3dlciwgY29uZmlnKSxcbiAgICBhZG1pbl91c2VyczogcmFtcGluZ1VzZXJzKCdhZG1pblVzZXJzJywgdXNlcnMuYWRtaW4sIGNvbmZpZyksXG4gICAgLy8gV2hhdCBhIG1vbml0b3JpbmcgcHJvYmUgc2VlcyBkdXJpbmcgdGhlIGxvYWQ6IEdFVCAvaGVhbHRoIG9uY2UgYSBzZWNvbmQuXG4gICAgaGVhbHRoX3Byb2JlOiBjb25zdGFudFJhdGUoJ2hlYWx0aFByb2JlJywgMSwgcmFtcGluZ0R1cmF0aW9uUyhjb25maWcpLCAyKSxcbiAgfSxcbiAgZ2F0ZXM6IFtcbiAgICAuLi5sYXRlbmN5R2F0ZXMoY29uZmlnLnRhcmdldHMsIEVORFBPSU5UUyksXG4gICAgLi4uZXJyb3JHYXRlcyhjb25maWcudGFyZ2V0cywgRU5EUE9JTlRTKSxcbiAgICAuLi5hYm9ydEdhdGVzKCksXG4gICAgLi4uc3VjY2Vzc0dhdGVzKGNvbmZpZy50YXJnZXRzKSxcbiAgICAuLi5nZW5lcmF0aW9uR2F0ZXMoY29uZmlnLnRhcmdldHMpLFxuICBdLFxufSk7XG5cbmV4cG9ydCB7IHBvbGxSZXNvdXJjZXMsIHRlYXJkb3duIH0gZnJvbSAnLi4vbGliL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ2xvYWQnIH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHJldHVybiBwcmVwYXJlUnVuKGNvbmZpZyk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWd1bGFyVXNlcnMoZGF0YTogUnVuRGF0YSk6IHZvaWQge1xuICBydW5Xb3JrZmxvdygncmVndWxhcicsIHJlZ3VsYXJVc2VyLCB7IGNvbmZpZywgZGF0YSB9KTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHBvd2VyVXNlcnMoZGF0YTogUnVuRGF0YSk6IHZvaWQge1xuICBydW5Xb3JrZmxvdygncG93ZXInLCBwb3dlclVzZXIsIHsgY29uZmlnLCBkYXRhIH0pO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYWRtaW5Vc2VycyhkYXRhOiBSdW5EYXRhKTogdm9pZCB7XG4gIHJ1bldvcmtmbG93KCdhZG1pbicsIGFkbWluVXNlciwgeyBjb25maWcsIGRhdGEgfSk7XG59XG5cbmNvbnN0IHByb2JlID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbmV4cG9ydCBmdW5jdGlvbiBoZWFsdGhQcm9iZSgpOiB2b2lkIHtcbiAgcHJvYmUuaGVhbHRoKCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBR0EsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBdUQ7OztBQ0Z2RCxJQUFNLFlBQVk7QUFBQSxFQUN2QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUtPLElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFFQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsQ0FBQyxVQUFVLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxHQUEyQjtBQUNqRixpQkFBZSxRQUFRLElBQUksT0FBTyxPQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsS0FBSyxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLFNBQU8sZUFBZSxRQUFRO0FBQ2hDOzs7QUZTQSxJQUFNLFFBQVEsQ0FBSSxTQUE4QztBQUVoRSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBRS9DLElBQU0sU0FBUztBQUFBLEVBQ3BCLFFBQVEsTUFBMEIsQ0FBQyxVQUFVLE1BQU0sUUFBUSxNQUFNLElBQUk7QUFBQSxFQUNyRSxPQUFPLE1BQWEsQ0FBQyxVQUFVO0FBQzdCLFVBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsRUFDaEQsQ0FBQztBQUFBLEVBQ0QsWUFBWSxNQUFrQixDQUFDLFVBQVUsUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hHLFFBQVEsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hGLG9CQUFvQixNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsYUFBYSxNQUF5QyxDQUFDLFVBQVUsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDdEYsS0FBSyxNQUFXLENBQUMsVUFBVSxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsU0FBUyxNQUFlLENBQUMsVUFBVSxPQUFPLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUN2RSxXQUFXLE1BQStCLENBQUMsVUFBVTtBQUNuRCxVQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUM1RSxDQUFDO0FBQ0g7QUFLQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTLFlBQVksSUFBSSxTQUFTO0FBQ3BIO0FBR0EsU0FBUyxTQUFTLEtBQXNCO0FBQ3RDLFNBQU8sQ0FBQyxTQUFTO0FBQ2YsUUFBSTtBQUNGLGFBQU8sSUFBSSxLQUFLLElBQUksS0FBSztBQUFBLElBQzNCLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsVUFBVSxLQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO0FBQUEsRUFDdEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGtCQUFrQixvQkFBSSxJQUFzRDtBQUNsRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsTUFBSSxXQUFXLGdCQUFnQixJQUFJLE1BQU07QUFDekMsTUFBSSxDQUFDLFVBQVU7QUFDYixlQUFXLEtBQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLElBQUksUUFBUSxRQUFRO0FBQUEsRUFDdEM7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBVUosSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFHM0QsSUFBTSxZQUFZLG9CQUFJLElBQThEO0FBRXBGLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxRQUFNLE1BQU0sR0FBRyxRQUFRLElBQUksUUFBUSxJQUFJLFNBQVM7QUFDaEQsTUFBSSxNQUFNLFVBQVUsSUFBSSxHQUFHO0FBQzNCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLElBQUksS0FBSyxHQUFHO0FBQUEsRUFDeEI7QUFDQSxTQUFPO0FBQ1Q7QUFJTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFLckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQSxFQVBGO0FBQUE7QUFBQSxFQUVBLFNBQVMsb0JBQUksSUFBb0I7QUFBQTtBQUFBLEVBV2xELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBOEI7QUFDcEYsVUFBTSxNQUFNLEdBQUcsUUFBUSxJQUFJLFFBQVEsSUFBSSxXQUFXO0FBQ2xELFFBQUksU0FBUyxLQUFLLE9BQU8sSUFBSSxHQUFHO0FBQ2hDLFFBQUksQ0FBQyxRQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxlQUFTLEVBQUUsU0FBUyxNQUFNLFlBQVksUUFBUSxHQUFHLFNBQVMsS0FBSyxTQUFTLGtCQUFrQixhQUFhLFFBQVEsRUFBRTtBQUNqSCxXQUFLLE9BQU8sSUFBSSxLQUFLLE1BQU07QUFBQSxJQUM3QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0FBLFFBQ0EsU0FDVztBQUNYLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTSxLQUFLLFFBQVEsUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUksSUFBSSxjQUFjLEtBQUssVUFBVSxPQUFPLElBQUksTUFBTSxLQUFLLFVBQVUsVUFBVSxVQUFVLFdBQVcsQ0FBQztBQUN4SixVQUFNLFdBQVcsSUFBSSxXQUFXO0FBQ2hDLFVBQU0sVUFBVSxDQUFDQSxVQUFVLE9BQU8sR0FBRyxLQUFLQSxPQUFNLFNBQVMsR0FBRyxDQUFDO0FBQzdELFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxVQUFNLFVBQVUsUUFBUUEsTUFBSyxLQUFLLFlBQVk7QUFDOUMsUUFBSTtBQUNKLFFBQUksU0FBUztBQUNiLFdBQU87QUFBQSxNQUNMLElBQUk7QUFBQSxNQUNKLFFBQVEsSUFBSTtBQUFBLE1BQ1osSUFBSSxPQUFPO0FBQ1QsWUFBSSxXQUFXLENBQUMsUUFBUTtBQUN0QixpQkFBTyxVQUFVLEdBQUc7QUFDcEIsbUJBQVM7QUFBQSxRQUNYO0FBQ0EsZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFDM0YsVUFBTSxTQUFTLE9BQU8sUUFBUSxLQUFLLEVBQ2hDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLFVBQVUsTUFBUyxFQUN6QyxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQ25FLEtBQUssR0FBRztBQUNYLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTLElBQUksTUFBTSxLQUFLLEVBQUUsSUFBSSxLQUFLLE9BQU8sVUFBVTtBQUFBLEVBQ25IO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLE1BQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU07QUFBQSxFQUN2RjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sa0JBQWtCO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxRQUFRLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQzlFO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLE1BQU0sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLE1BQU0sSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLE9BQU87QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsTUFBTSxhQUFhLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUN2RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxNQUFNLFVBQVUsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ3BHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUNGOzs7QUcxUE8sSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ09NLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUlBLFNBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsU0FBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFFBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDeEY7QUFFQSxTQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsU0FBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLFVBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxRQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxJQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsSUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsUUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLFNBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtBQUNqQztBQUVBLFNBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsUUFBTSxXQUFXO0FBQ2pCLE1BQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFFBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUdPLFNBQVMsWUFBWSxLQUFrQjtBQUM1QyxRQUFNLElBQUk7QUFDVixRQUFNLFlBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixRQUFNLFVBQVUsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssdUJBQXVCLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdEgsU0FBTztBQUFBLElBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7QUFBQSxJQUNyRCxPQUFPO0FBQUEsTUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtBQUFBLE1BQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLE1BQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLElBQzdFO0FBQUEsSUFDQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztBQUFBLElBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsSUFDaEU7QUFBQSxJQUNBLFdBQVcsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxJQUMvRSxTQUFTLFFBQVEsS0FBSywwQkFBMEI7QUFBQSxJQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7QUFBQSxJQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztBQUFBLElBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztBQUFBLElBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7QUFBQSxJQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7QUFBQSxJQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7QUFBQSxJQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7QUFBQSxJQUN2RCxTQUFTO0FBQUEsTUFDUCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtBQUFBLE1BQzdGLGFBQWEsU0FBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7QUFBQSxNQUNsRSxXQUFXLFNBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO0FBQUEsTUFDNUQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtBQUFBLE1BQ3pFLFlBQVksU0FBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7QUFBQSxNQUM5RixzQkFBc0IsU0FBUyxHQUFHLEtBQVcsNEJBQTRCLEtBQUssRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtBQUFBLElBQ25KO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxPQUFPLFNBQXlCO0FBQzlDLFFBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELFVBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0FBQ3hDO0FBRU8sU0FBUyxXQUFXLE1BQXVCO0FBQ2hELFNBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtBQUNuSDtBQU1PLFNBQVMsb0JBQW9CQyxTQUFnQixPQUFxQjtBQUN2RSxRQUFNLE9BQU8sT0FBT0EsUUFBTyxPQUFPO0FBQ2xDLE1BQUksV0FBVyxJQUFJLEtBQUtBLFFBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxRQUFNLElBQUk7QUFBQSxJQUNSLG9CQUFvQixLQUFLLGFBQWFBLFFBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtBQUFBLEVBQ2hGO0FBQ0Y7OztBQ2pNTyxJQUFNLFNBQWlCLFlBQVksS0FBSztBQUd4QyxTQUFTLGNBQWMsT0FBdUI7QUFDbkQsc0JBQW9CLFFBQVEsS0FBSztBQUNqQyxTQUFPO0FBQ1Q7OztBQ1RBLFNBQVMsU0FBUyxNQUFNLGFBQWE7QUFHOUIsSUFBTSxzQkFBc0IsSUFBSSxNQUFNLHlCQUF5QixJQUFJO0FBRW5FLElBQU0scUJBQXFCLElBQUksTUFBTSx3QkFBd0IsSUFBSTtBQUVqRSxJQUFNLDZCQUE2QixJQUFJLE1BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJLFFBQVEsaUJBQWlCO0FBRXBELElBQU0sa0JBQWtCLElBQUksS0FBSyxrQkFBa0I7QUFFbkQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjs7O0FDVjNELElBQU0sb0JBQW9CO0FBQzFCLElBQUksZUFBZTtBQUVaLFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLFFBQU0sT0FBTyxFQUFFLFVBQVUsS0FBSztBQUM5QixNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUSxNQUFNLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUMsRUFBRTtBQUFBLElBQ3RIO0FBQUEsRUFDRjtBQUNGOzs7QUNqQkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBVTtBQUNqQixPQUFPLGFBQWE7QUFDcEIsT0FBT0MsV0FBVTtBQVlqQixJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLE9BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCLFVBQU0sbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhLCtDQUErQztBQUFBLEVBQzVKO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixVQUFNLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTSwyRUFBMkU7QUFBQSxFQUNoSTtBQUNGO0FBRUEsU0FBUyxNQUFNLFFBQW1CRSxTQUFnQixNQUFvQjtBQUNwRSxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxPQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzNDLE1BQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLFNBQVMsY0FBYyxTQUFTLFlBQVk7QUFBQSxFQUM1STtBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDLElBQUksT0FBTyxnQkFBZ0IsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ3BJLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLE9BQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQzNILFlBQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT0EsZUFBZSxvQkFBb0JBLFNBQWlDO0FBQ2xFLFFBQU1DLFNBQVEsRUFBRSxHQUFHRCxRQUFPLE1BQU07QUFDaEMsYUFBVyxRQUFRLENBQUMsV0FBVyxTQUFTLE9BQU8sR0FBWTtBQUN6RCxRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxDQUFBQyxPQUFNLElBQUksSUFBSSxFQUFFLEdBQUdBLE9BQU0sSUFBSSxHQUFHLFNBQVM7QUFBQSxJQUN6RCxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsR0FBR0QsU0FBUSxPQUFBQyxPQUFNO0FBQzVCO0FBRUEsZUFBc0IsV0FBVyxXQUFtQkMsV0FBNkIsRUFBRSxNQUFNLEtBQUssR0FBcUI7QUFDakgsUUFBTSxVQUFVLE9BQU87QUFDdkIsUUFBTUYsVUFBUyxNQUFNLG9CQUFvQixTQUFTO0FBQ2xELFFBQU0sWUFBWSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQ2xFLFFBQU0sU0FBK0I7QUFBQSxJQUNuQyxTQUFTLE1BQU0sV0FBV0EsU0FBUSxTQUFTO0FBQUEsSUFDM0MsT0FBTyxNQUFNLFdBQVdBLFNBQVEsT0FBTztBQUFBLElBQ3ZDLE9BQU8sTUFBTSxXQUFXQSxTQUFRLE9BQU87QUFBQSxFQUN6QztBQUNBLFFBQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztBQUN4RixRQUFNLGtCQUFrQkUsU0FBUSxPQUFPLFlBQVksVUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9GLE9BQU0sSUFBSSxDQUFDO0FBQ25HLFNBQU8sRUFBRSxPQUFPLFFBQVEsZ0JBQWdCO0FBQzFDOzs7QUNqR0EsT0FBT0csV0FBVTtBQUNqQixTQUFTLFdBQUFDLFVBQVMsU0FBQUMsY0FBYTs7O0FDMkIvQixJQUFNLGNBQWM7QUFDcEIsSUFBTSxXQUFXO0FBQ2pCLElBQU0sYUFBYTtBQUdaLFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsWUFBWSxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDM0csUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFNBQVMsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLEtBQUssS0FBSyxHQUFHO0FBQ2hELFlBQU0sSUFBSSxNQUFNLGVBQWUsR0FBRyxJQUFJLEtBQUssT0FBTyxNQUFNLDJEQUEyRDtBQUFBLElBQ3JIO0FBQUEsRUFDRjtBQUNBLFNBQU8sR0FBRyxNQUFNLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUNoRjtBQUdPLFNBQVMsV0FBVyxNQUFtRDtBQUM1RSxRQUFNLGFBQWEsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUM1QyxNQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsVUFBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7QUFBQSxFQUNsRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BJLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUMsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPLEVBQUUsV0FBV0EsT0FBTSxhQUFhLE1BQU0sR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDLEVBQUc7QUFDdkg7QUFHTyxTQUFTLGVBQWUsT0FBNkI7QUFDMUQsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsUUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOzs7QUQvRE8sSUFBTSxtQkFBbUIsSUFBSUMsT0FBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSUEsT0FBTSwwQkFBMEI7QUFFbEUsSUFBTSxpQkFBaUIsSUFBSUEsT0FBTSxrQkFBa0I7QUFFbkQsSUFBTSx1QkFBdUIsSUFBSUMsU0FBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSUQsT0FBTSxpQ0FBaUM7QUFTN0UsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFFbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUdHLFNBQVMsa0JBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQU07QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFVBQVU7QUFBQSxJQUNWLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUM5QyxpQkFBaUI7QUFBQSxJQUNqQixRQUFRO0FBQUEsSUFDUixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztBQUFBLEVBQ25DO0FBQ0Y7QUFFQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBUU8sU0FBUyxjQUFjLFlBQTBCO0FBQ3RELFFBQU0sTUFBTUUsTUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLE1BQThDLElBQUksSUFBSSxJQUFJO0FBQzVGLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLHlCQUFxQixJQUFJLENBQUM7QUFDMUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLHNCQUFxQixJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzNHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMscUJBQWlCLElBQUksT0FBTyxXQUFXO0FBQ3ZDLDBCQUFzQixJQUFJLE9BQU8saUJBQWlCO0FBQ2xELG1CQUFlLElBQUksT0FBTyxTQUFTO0FBQ25DLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQUEsRUFDdEM7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFlBQTBCO0FBQzNELFFBQU0sTUFBTUEsTUFBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCLFNBQVUsb0JBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDOUg7QUFZTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CLE9BQVcsT0FBTSxLQUFLLEVBQUUsUUFBUSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDLEVBQUUsQ0FBQztBQUNsSyxNQUFJLE9BQU8sY0FBZSxPQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUN4SCxTQUFPO0FBQ1Q7OztBRWxHTyxTQUFTLFdBQVcsT0FBZUMsVUFBK0M7QUFDdkYsUUFBTSxPQUFPLENBQUMsV0FBVyxTQUFTLE9BQU87QUFDekMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU8sUUFBUUEsU0FBUSxDQUFDLElBQUssR0FBRztBQUN4RCxRQUFNLFNBQVMsTUFBTSxJQUFJLEtBQUssS0FBSztBQUNuQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxLQUFLLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxFQUFFO0FBQzFILFdBQVMsT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxPQUFPLEdBQUcsUUFBUSxJQUFLLFFBQU8sTUFBTSxJQUFJLENBQUMsQ0FBRTtBQUU3RyxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixRQUFJQSxTQUFRLEtBQUssQ0FBQyxDQUFFLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxLQUFLLFNBQVMsR0FBRztBQUMxRCxZQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUNsRCxhQUFPLE9BQU87QUFDZCxhQUFPLENBQUM7QUFBQSxJQUNWO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxTQUFTLE9BQU8sQ0FBQyxHQUFJLE9BQU8sT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsRUFBRztBQUNyRTtBQUdPLFNBQVMsYUFBYUMsT0FBYyxLQUFhQyxTQUF1RTtBQUM3SCxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFBRDtBQUFBLElBQ0EsVUFBVTtBQUFBLElBQ1YsUUFBUTtBQUFBLE1BQ04sRUFBRSxVQUFVLEdBQUdDLFFBQU8sT0FBTyxLQUFLLFFBQVEsSUFBSTtBQUFBLE1BQzlDLEVBQUUsVUFBVSxHQUFHQSxRQUFPLFNBQVMsS0FBSyxRQUFRLElBQUk7QUFBQSxNQUNoRCxFQUFFLFVBQVUsR0FBR0EsUUFBTyxTQUFTLEtBQUssUUFBUSxFQUFFO0FBQUEsSUFDaEQ7QUFBQSxJQUNBLGtCQUFrQjtBQUFBLElBQ2xCLGNBQWM7QUFBQSxFQUNoQjtBQUNGO0FBR08sU0FBUyxVQUFVLFdBQXVEO0FBQy9FLFNBQU8sT0FBTyxVQUFVLFNBQVMsSUFBSSxFQUFFLE1BQU0sV0FBVyxVQUFVLEtBQUssSUFBSSxFQUFFLE1BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksRUFBRSxDQUFDLEdBQUcsVUFBVSxLQUFLO0FBQzdJO0FBR08sU0FBUyxhQUFhRCxPQUFjLFdBQW1CLFdBQW1CLFFBQWdCLFlBQVksTUFBZ0I7QUFDM0gsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBQUE7QUFBQSxJQUNBLEdBQUcsVUFBVSxTQUFTO0FBQUEsSUFDdEIsVUFBVSxHQUFHLFNBQVM7QUFBQSxJQUN0QixpQkFBaUIsS0FBSyxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDbkU7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxpQkFBaUJDLFNBQXFFO0FBQ3BHLFNBQU9BLFFBQU8sVUFBVUEsUUFBTyxZQUFZQSxRQUFPO0FBQ3BEO0FBRU8sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQ3RDM0YsU0FBUyxhQUFhQyxTQUFnQixPQUFpQztBQUc1RSxRQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLE1BQUlBLFFBQU8sWUFBWTtBQUNyQixjQUFVLFlBQVksa0JBQWtCLE1BQU0sU0FBUztBQUN2RCxVQUFNO0FBQUEsTUFDSixHQUFHLGNBQWM7QUFBQSxRQUNmLFVBQVVBLFFBQU8sUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLFFBQU8sUUFBUTtBQUFBLFFBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsUUFBTyxRQUFRLHVCQUF1QjtBQUFBLFFBQy9FLGVBQWVBLFFBQU87QUFBQSxNQUN4QixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsWUFBWSxlQUFlLEtBQUs7QUFBQSxJQUNoQyxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsQ0FBQztBQUFBLElBQzdELG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsVUFBNkI7QUFDN0MsUUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQUM1QyxNQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLE1BQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYSxvQkFBcUIsU0FBUSxPQUFPLEtBQUs7QUFDN0gsU0FBTztBQUNUO0FBR08sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEO0FBR08sU0FBUyx1QkFBNkI7QUFDM0MsTUFBSSxPQUFVLFdBQVksb0JBQW1CLE9BQVUsVUFBVTtBQUNuRTtBQUVPLFNBQVMsV0FBaUI7QUFDL0IsdUJBQXFCO0FBQ3ZCOzs7QUNsRU8sU0FBUyxVQUFVQyxPQUFzQjtBQUM5QyxTQUFPQSxNQUFLLFFBQVEsWUFBWSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQyxDQUFFO0FBQ3ZIO0FBR08sU0FBUyxtQkFBbUJBLE9BQXNCO0FBQ3ZELFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUssRUFBRSxRQUFRLFlBQVksR0FBRyxFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU07QUFDdkc7OztBQzZCTyxTQUFTLE9BQU9DLGFBQTRCO0FBQ2pELFNBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0FBQ2hFO0FBRUEsU0FBUyxPQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxNQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLFNBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztBQUN4RTtBQUdPLFNBQVMsY0FBYyxNQUFtQztBQUMvRCxRQUFNLE9BQXVCLENBQUM7QUFDOUIsYUFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsZUFBVyxDQUFDQSxhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLFlBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLFlBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxXQUFLLEtBQUssRUFBRSxRQUFRLFlBQUFBLGFBQVksSUFBSSxPQUFPLElBQUksTUFBTSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVyxNQUFNLE1BQU0sT0FBTyxRQUFRLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDMUs7QUFBQSxFQUNGO0FBQ0EsU0FBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0FBQzVGO0FBRUEsSUFBTSxhQUFhO0FBR1osU0FBUyxhQUFhLE1BQWtDO0FBQzdELFFBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxRQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxRQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsUUFBSSxDQUFDLEVBQUcsTUFBSyxJQUFJLFVBQVcsSUFBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUssQ0FBRTtBQUN2SCxXQUFPO0FBQUEsRUFDVDtBQUNBLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxRQUFJLENBQUMsTUFBTztBQUNaLFVBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLFVBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixRQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGFBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRyxFQUFFLFVBQVUsRUFBRSxTQUFTLEdBQUcsS0FBSyxFQUFFLE9BQU8sTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQ25KLFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsVUFBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUMvRTtBQUdPLFNBQVMsWUFBWSxPQUFrQyxNQUFvQztBQUNoRyxNQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsTUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxNQUFJLFNBQVMsTUFBTTtBQUNqQixRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsV0FBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM3QztBQUNBLE1BQUksU0FBUyxRQUFTLFFBQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLEVBQUUsUUFBUSx5QkFBeUIsR0FBRztBQUM5RixTQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7QUFDakc7QUFFTyxTQUFTLFlBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsUUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELFNBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0FBQ3ZFO0FBR08sU0FBUyxjQUFjLE1BQTJCO0FBQ3ZELFFBQU0sU0FBUyxZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFDMUQsUUFBTSxNQUFNLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUMzRCxNQUFJLFdBQVcsUUFBUSxRQUFRLEtBQU0sUUFBTztBQUM1QyxRQUFNLFVBQVUsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFDeEUsUUFBTSxTQUFTLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUN6RSxTQUFPO0FBQUEsSUFDTCxpQ0FBaUMsWUFBWSxRQUFRLE9BQU8sQ0FBQztBQUFBLElBQzdELFdBQVcsWUFBWSxLQUFLLE9BQU8sQ0FBQztBQUFBLElBQ3BDLEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQixZQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7QUFBQSxJQUNsRixtQkFBbUIsT0FBTztBQUFBLEVBQzVCLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ2hITyxTQUFTLFlBQVksTUFBbUJDLFVBQXVDO0FBQ3BGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNQyxhQUFZLEtBQUssT0FBTyxxQkFBcUIsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUN2RSxRQUFNLFFBQVEsVUFBVSxlQUFlRCxTQUFRLFFBQVEsRUFBRTtBQUN6RCxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTTtBQUM1QixVQUFNLE9BQU8sVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFVBQU0sV0FBVyxVQUFVLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQzFELFVBQU0sT0FBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsUUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHLElBQUksd0JBQXdCLFFBQVE7QUFDeEQsV0FBTyxHQUFHLElBQUk7QUFBQSwwQkFBNkIsVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxxQkFBcUIsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDLCtCQUErQixRQUFRO0FBQUE7QUFBQSxFQUNoTCxDQUFDO0FBQ0QsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLE1BQU0sZUFBZSxRQUFRLHNCQUFzQkMsUUFBTztBQUFBLElBQ3hHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxNQUFNLGVBQWUsUUFBUSxrQ0FBa0NBLFFBQU87QUFBQSxJQUNsSCxHQUFHO0FBQUEsSUFDSDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUN0Qk8sU0FBUyxlQUFlLE1BQW1CQyxVQUF1QztBQUN2RixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDekMsUUFBTSxRQUFRO0FBQUEsSUFDWixvQkFBb0IsbUJBQW1CQSxTQUFRLFFBQVEsQ0FBQyxPQUFPLFdBQVcsSUFBSSxTQUFTLEtBQUssTUFBTSx1QkFBdUIsS0FBSyxNQUFNLE9BQU8sS0FBSyxNQUFNLG9CQUFvQjtBQUFBLElBQzFLO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsUUFBUSxtQkFBbUIsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDLFFBQVEsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsSUFBSTtBQUFBLEVBQzlJO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sS0FBSyxJQUFJLDREQUE0RCxxQ0FBcUM7QUFDaEgsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxLQUFLLEtBQUssbUJBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDLElBQUk7QUFBQSxJQUNyTztBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxtQkFBbUIsY0FBYyxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQzFELFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ25CTyxJQUFNLHlCQUF5QjtBQXVCL0IsU0FBUyxhQUFhLE1BQW1CLE1BQXdCO0FBQ3RFLFFBQU0sYUFBYSxjQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFDLGFBQVksSUFBSSxTQUFTLE9BQU8sRUFBRSxRQUFRLFlBQUFBLGFBQVksSUFBSSxTQUFTLEVBQUU7QUFDM0gsUUFBTSxXQUFXLEtBQUssU0FBUyxvQkFBb0IsS0FBSyxTQUFTO0FBQ2pFLFNBQU87QUFBQSxJQUNMLGdCQUFnQjtBQUFBLElBQ2hCLEtBQUssRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFBQSxJQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztBQUFBLElBQ3BEO0FBQUEsSUFDQSxXQUFXLGFBQWEsSUFBSTtBQUFBLElBQzVCLFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDekcsV0FBVyxXQUNQO0FBQUEsTUFDRSxnQkFBZ0IsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQUEsTUFDM0QsaUJBQWlCLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUFBLE1BQ2hFLDBCQUEwQixZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFBQSxNQUNwRixpQkFBaUIsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFBQSxJQUMzRSxJQUNBO0FBQUEsRUFDTjtBQUNGOzs7QUN4Q0EsSUFBTSxXQUFXLG9CQUFJLElBQUksQ0FBQyxhQUFhLHFCQUFxQixvQkFBb0IsdUJBQXVCLDRCQUE0QixvQkFBb0Isb0JBQW9CLHNCQUFzQixtQkFBbUIsY0FBYyxzQkFBc0Isc0JBQXNCLE9BQU8sV0FBVyxhQUFhLGlCQUFpQixVQUFVLGdCQUFnQixDQUFDO0FBQ3pWLElBQU0sV0FBVyxDQUFDLFNBQWlCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTNILFNBQVMsTUFBTSxPQUFnQjtBQUM3QixRQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDQyxVQUFrQixRQUFRLFFBQVUsSUFBSSxJQUFJQSxLQUFJLFlBQWNBO0FBQzlGLFNBQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQ3ZFO0FBRU8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1RDtBQUNwRyxRQUFNLElBQUksTUFBTUEsU0FBUSxLQUFLO0FBQzdCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLGFBQWEsY0FBYyxJQUFJO0FBQ3JDLFFBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsUUFBTSxLQUFLLEVBQUUsS0FBSyxlQUFlQSxTQUFRLFFBQVEsS0FBSyxXQUFXLFdBQVcsSUFBSSxrQkFBa0IsV0FBVyxJQUFJLEVBQUUsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsSUFBSSxFQUFFLElBQUksR0FBRyxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixDQUFDLEVBQUUsQ0FBQztBQUN4TyxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLEVBQUUsQ0FBQztBQUNqSyxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLE9BQU8sQ0FBQyxNQUFxQixZQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxZQUFNLEtBQUssS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFO0FBQUEsSUFDN0w7QUFBQSxFQUNGO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNLEtBQUssS0FBSyxZQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY0EsV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUSxZQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCQSxTQUFRLFFBQVEsQ0FBQyxDQUFDLElBQUk7QUFDaE8sUUFBTSxLQUFLLGFBQWEsWUFBWSxZQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFFBQU0sU0FBUyxZQUFZLE1BQU0sVUFBVSxNQUFNO0FBQ2pELFFBQU0sS0FBSyxhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQyxHQUFHO0FBQ3ZQLFFBQU0sU0FBUyxPQUFPLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLE9BQU8sUUFBUSxFQUFFLEtBQUs7QUFDckUsTUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsZUFBVyxRQUFRLFFBQVE7QUFDekIsWUFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLFlBQU0sSUFBSSxFQUFFO0FBQ1osWUFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsWUFBTUYsUUFDSixFQUFFLFNBQVMsVUFDUCxPQUFPLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxPQUFPLEdBQUcsSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNULFlBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0IsWUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDL0MsWUFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSUEsS0FBSSxFQUFFO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksS0FBSyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDN0MsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDcERBLElBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQUV4RCxTQUFTLGtCQUFrQixNQUE4QztBQUM5RSxTQUFPLFNBQVNHLGVBQWMsTUFBMkM7QUFDdkUsVUFBTSxNQUE4QixFQUFFLFFBQVEsWUFBWSxNQUFNLEVBQUUsVUFBVSxLQUFLLFVBQVUsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCLEtBQUssQ0FBQyxFQUFFO0FBQ3RJLFVBQU0sTUFBTSxNQUFNO0FBQ2xCLFFBQUksS0FBSztBQUNQLFlBQU0sVUFBVSxhQUFhLE1BQU07QUFBQSxRQUNqQyxVQUFVLEtBQUs7QUFBQSxRQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7QUFBQSxRQUN0RCxRQUFRLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxNQUFNLFFBQVE7QUFBQSxRQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQUEsTUFDdEMsQ0FBQztBQUVELFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE1BQU0sSUFBSTtBQUNoRCxVQUFJLEdBQUcsR0FBRyxhQUFhLElBQUksZUFBZSxNQUFNLElBQUk7QUFBQSxJQUN0RDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQy9CQSxTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBVTs7O0FDRGpCLFNBQVMsU0FBQUMsY0FBYTtBQVN0QixTQUFTLGNBQWMsTUFBaUMsSUFBbUQ7QUFDekcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsUUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsU0FBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQy9DO0FBRUEsU0FBUyxlQUFlLEtBQWdCO0FBQ3RDLGFBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsVUFBTSxLQUFLLFFBQVEsZUFBZSxjQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsUUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxxQkFBb0IsSUFBSSxFQUFFO0FBQUEsRUFDMUY7QUFDQSxRQUFNLFFBQVEsY0FBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELE1BQUksVUFBVSxPQUFXLG9CQUFtQixJQUFJLEtBQUs7QUFDdkQ7QUFHTyxTQUFTLGdCQUFnQixRQUFtQixVQUFjLGVBQXVCLFVBQXFDO0FBQzNILFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxNQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLHFCQUFpQixJQUFJLElBQUk7QUFDekIsV0FBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7QUFBQSxFQUM1QztBQUNBLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxNQUFJO0FBQ0osU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLElBQUFDLE9BQU0sYUFBYTtBQUNuQixVQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFFBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsVUFBTSxPQUFPO0FBQ2IsUUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtBQUFBLEVBQzdEO0FBQ0EsUUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxtQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsTUFBSSxhQUFhLEtBQUs7QUFDcEIsK0JBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxtQkFBZSxHQUFHO0FBQUEsRUFDcEI7QUFDQSxTQUFPLEVBQUUsV0FBVyxJQUFJO0FBQzFCOzs7QUNqREEsU0FBUyxTQUFBQyxjQUFhO0FBR2YsU0FBUyxNQUFNLE9BQTJDO0FBQy9ELFFBQU1DLFdBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELE1BQUlBLFdBQVUsRUFBRyxDQUFBRCxPQUFNQyxRQUFPO0FBQ2hDO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUNwRyxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDeEQsTUFBSSxRQUFRLFNBQVM7QUFDckIsYUFBVyxLQUFLLE9BQU87QUFDckIsYUFBUyxFQUFFO0FBQ1gsUUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO0FBQUEsRUFDMUI7QUFDQSxTQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztBQUNsQztBQUdPLFNBQVMsUUFBVyxPQUFvQztBQUM3RCxTQUFPLE1BQU0sV0FBVyxJQUFJLFNBQVksTUFBTSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksTUFBTSxNQUFNLENBQUM7QUFDeEY7OztBRlZBLElBQUksVUFBcUMsQ0FBQztBQUUxQyxTQUFTLFVBQVUsS0FBYyxPQUEwQjtBQUN6RCxTQUFRLFFBQVEsS0FBSyxNQUFNLElBQUksVUFBVSxJQUFJLE9BQU8sU0FBUyxJQUFJLE9BQU8sYUFBYSxLQUFLO0FBQzVGO0FBT08sU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CO0FBQzlGO0FBRUEsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUczRSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFFBQU0sVUFBVSxRQUFRLFNBQVM7QUFDakMsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxLQUFLLFFBQVEsSUFBSSxLQUFLLGVBQWU7QUFDM0MsYUFBTyxPQUFPLFVBQWEsV0FBVyxRQUFRLEVBQUU7QUFBQSxJQUNsRDtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxRQUFRO0FBQUEsSUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLFlBQU0sVUFBVSxPQUFPLGFBQWEsRUFBRSxPQUFPLFlBQVksV0FBVyxHQUFHLEdBQUcsT0FBTyxXQUFXLE9BQU8sWUFBWSxlQUFlLEVBQUUsQ0FBQztBQUNqSSxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIscUJBQWUsSUFBSSxDQUFDO0FBQ3BCLFlBQU0sV0FBVyxPQUFPLFVBQVUsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUNuRCxhQUFPLFlBQVksT0FBTyxhQUFhLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFBQSxJQUMxRDtBQUFBLEVBQ0Y7QUFDRjtBQUdPLElBQU0sY0FBd0IsQ0FBQyxRQUNwQyxNQUFNLGdCQUFnQixNQUFNO0FBQzFCLFFBQU0sU0FBUyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sT0FBTztBQUNyRCxNQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLFdBQVMsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRO0FBQ25DLFNBQUssYUFBYSxZQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsVUFBTSxJQUFJLE9BQU8sVUFBVTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNULENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxFQUFFLFFBQUFDLFFBQU8sSUFBSTtBQUNuQixRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLEtBQUs7QUFDbkQsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixRQUFNQSxRQUFPLFVBQVU7QUFDdkIsTUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFFBQU0sYUFBYSxnQkFBZ0IsUUFBUSxJQUFJQSxRQUFPLGVBQWVBLFFBQU8sa0JBQWtCO0FBQzlGLE9BQUssV0FBVyxhQUFhO0FBQzdCLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssV0FBVyxRQUFRLEVBQUUsS0FBSztBQUMvQixVQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBSyxPQUFPLGFBQWEsSUFBSSxRQUFRLGNBQWMsS0FBSyxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3hFO0FBQ0EsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQU8sT0FBTyxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3ZDLENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxLQUFLO0FBQ25ELE1BQUksS0FBSyxPQUFPLFdBQVcsRUFBRTtBQUM3QixRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLE9BQUssT0FBTyxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQ2hDLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFdBQVcsRUFBRSxNQUFNO0FBQy9CLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFFM0IsUUFBTSxZQUFZLE9BQU8sWUFBWSxFQUFFLEdBQUcsU0FBUyxPQUFPLEdBQUcsQ0FBQyxFQUFFLE1BQU0sU0FBUyxDQUFDO0FBQ2hGLGFBQVcsVUFBVSxVQUFVLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLEtBQUssQ0FBQyxFQUFFLE1BQU0sR0FBRyxDQUFDLEdBQUc7QUFDM0YsU0FBSyxPQUFPLGFBQWEsT0FBTyxFQUFFLEVBQUUsTUFBTTtBQUFBLEVBQzVDO0FBQ0EsU0FBTztBQUNULENBQUM7OztBR3JISCxJQUFNLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFFL0IsU0FBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLE1BQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxNQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxTQUFPLFFBQVE7QUFDakI7QUFHTyxTQUFTLGFBQWEsU0FBa0IsV0FBd0M7QUFDckYsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLFFBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLE1BQ3BEO0FBQUEsSUFDRjtBQUFBLElBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzdGLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxJQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsU0FBMEI7QUFDckQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxJQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLFNBQTBCO0FBQ3hELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSx5QkFBeUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEVBQUU7QUFBQSxJQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsRUFDOUY7QUFDRjs7O0FDeERBLElBQU1DLFVBQVMsY0FBYyxNQUFNO0FBQ25DLElBQU0sUUFBUSxXQUFXQSxRQUFPLGlCQUFpQkEsUUFBTyxPQUFPO0FBRXhELElBQU0sVUFBVSxhQUFhQSxTQUFRO0FBQUEsRUFDMUMsV0FBVyxpQkFBaUJBLE9BQU07QUFBQSxFQUNsQyxXQUFXO0FBQUEsSUFDVCxlQUFlLGFBQWEsZ0JBQWdCLE1BQU0sU0FBU0EsT0FBTTtBQUFBLElBQ2pFLGFBQWEsYUFBYSxjQUFjLE1BQU0sT0FBT0EsT0FBTTtBQUFBLElBQzNELGFBQWEsYUFBYSxjQUFjLE1BQU0sT0FBT0EsT0FBTTtBQUFBO0FBQUEsSUFFM0QsY0FBYyxhQUFhLGVBQWUsR0FBRyxpQkFBaUJBLE9BQU0sR0FBRyxDQUFDO0FBQUEsRUFDMUU7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLEdBQUcsYUFBYUEsUUFBTyxTQUFTLFNBQVM7QUFBQSxJQUN6QyxHQUFHLFdBQVdBLFFBQU8sU0FBUyxTQUFTO0FBQUEsSUFDdkMsR0FBRyxXQUFXO0FBQUEsSUFDZCxHQUFHLGFBQWFBLFFBQU8sT0FBTztBQUFBLElBQzlCLEdBQUcsZ0JBQWdCQSxRQUFPLE9BQU87QUFBQSxFQUNuQztBQUNGLENBQUM7QUFHTSxJQUFNLGdCQUFnQixrQkFBa0IsRUFBRSxVQUFVLE9BQU8sQ0FBQztBQUU1RCxTQUFTLFFBQTBCO0FBQ3hDLFNBQU8sV0FBV0EsT0FBTTtBQUMxQjtBQUVPLFNBQVMsYUFBYSxNQUFxQjtBQUNoRCxjQUFZLFdBQVcsYUFBYSxFQUFFLFFBQUFBLFNBQVEsS0FBSyxDQUFDO0FBQ3REO0FBRU8sU0FBUyxXQUFXLE1BQXFCO0FBQzlDLGNBQVksU0FBUyxXQUFXLEVBQUUsUUFBQUEsU0FBUSxLQUFLLENBQUM7QUFDbEQ7QUFFTyxTQUFTLFdBQVcsTUFBcUI7QUFDOUMsY0FBWSxTQUFTLFdBQVcsRUFBRSxRQUFBQSxTQUFRLEtBQUssQ0FBQztBQUNsRDtBQUVBLElBQU1DLFNBQVEsSUFBSSxVQUFVRCxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUN2RCxTQUFTLGNBQW9CO0FBQ2xDLEVBQUFDLE9BQU0sT0FBTztBQUNmOyIsCiAgIm5hbWVzIjogWyJzaGFwZSIsICJjb25maWciLCAiaHR0cCIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAidXNlcnMiLCAib3B0aW9ucyIsICJodHRwIiwgIkNvdW50ZXIiLCAiVHJlbmQiLCAidGV4dCIsICJUcmVuZCIsICJDb3VudGVyIiwgImh0dHAiLCAid2VpZ2h0cyIsICJleGVjIiwgImNvbmZpZyIsICJjb25maWciLCAicG9sbFJlc291cmNlcyIsICJ0ZXh0IiwgImV4cHJlc3Npb24iLCAib3B0aW9ucyIsICJzZWNvbmRzIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgImV4ZWMiLCAic2xlZXAiLCAic2xlZXAiLCAic2xlZXAiLCAic2Vjb25kcyIsICJleGVjIiwgImNvbmZpZyIsICJjb25maWciLCAicHJvYmUiXQp9Cg==
