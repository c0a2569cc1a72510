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
  cpuPercent: 80
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
    targets: {
      apiP95Ms: millis(env, "THRESHOLD_API_P95_MS", d.apiP95Ms),
      apiP99Ms: millis(env, "THRESHOLD_API_P99_MS", d.apiP99Ms),
      healthP95Ms: millis(env, "THRESHOLD_HEALTH_P95_MS", d.healthP95Ms),
      exportP95Ms: millis(env, "THRESHOLD_EXPORT_P95_MS", d.exportP95Ms),
      chapterP95Ms: seconds(1, 24 * 3600)(env, "THRESHOLD_CHAPTER_P95_S", d.chapterP95Ms / 1e3) * 1e3,
      successRate: fraction(env, "THRESHOLD_SUCCESS_RATE", d.successRate),
      errorRate: fraction(env, "THRESHOLD_ERROR_RATE", d.errorRate),
      memoryMb: count(1, 1048576)(env, "PERFORMANCE_MEMORY_LIMIT", d.memoryMb),
      cpuPercent: numberIn(1, 100, "a percentage", false)(env, "PERFORMANCE_CPU_LIMIT", d.cpuPercent)
    }
  };
}

// lib/env.ts
var config = parseConfig(__ENV);

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
import http2 from "k6/http";

// lib/api.ts
import { check } from "k6";
import http from "k6/http";
var paths = {
  health: () => "/health",
  login: () => "/api/v1/auth/login",
  courses: () => "/api/v1/courses",
  course: (id) => `/api/v1/courses/${id}`,
  generate: (id) => `/api/v1/courses/${id}/generate`,
  job: (id) => `/api/v1/jobs/${id}`,
  chapter: (id, index) => `/api/v1/courses/${id}/chapters/${index}`,
  exportCourse: (id) => `/api/v1/courses/${id}/export`,
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
function requestTags(endpoint) {
  return { endpoint, scope: API_SCOPE, name: routeNames[endpoint] };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var hasId = (v) => isObject(v) && (typeof v.id === "string" || typeof v.id === "number");
var shapes = {
  health: (b) => isObject(b) && b.status === "ok",
  login: (b) => isObject(b) && typeof b.access_token === "string" && b.access_token !== "",
  courseList: (b) => isObject(b) && Array.isArray(b.items) && typeof b.total === "number",
  course: (b) => hasId(b) && typeof b.title === "string",
  courseWithChapters: (b) => hasId(b) && Array.isArray(b.chapters),
  jobAccepted: (b) => isObject(b) && b.job_id !== void 0 && b.job_id !== null,
  job: (b) => isObject(b) && typeof b.status === "string" && Array.isArray(b.chapters),
  chapter: (b) => isObject(b) && typeof b.content === "string",
  anyObject: (b) => isObject(b),
  list: (b) => isObject(b) && Array.isArray(b.items)
};
function parseJson(res) {
  const type = String(res.headers["Content-Type"] ?? "");
  if (!type.includes("json") || typeof res.body !== "string" || res.body === "") return void 0;
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
var ApiClient = class _ApiClient {
  constructor(baseUrl, timeoutS, token) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.timeout = `${timeoutS}s`;
  }
  baseUrl;
  token;
  timeout;
  /** A client for the same platform acting as another user. */
  as(token) {
    return new _ApiClient(this.baseUrl, Number(this.timeout.slice(0, -1)), token);
  }
  call(endpoint, method, path, expected, shape, payload) {
    const headers = { Accept: "application/json" };
    if (payload !== void 0) headers["Content-Type"] = "application/json";
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const res = http.request(method, `${this.baseUrl}${path}`, payload === void 0 ? null : JSON.stringify(payload), {
      headers,
      tags: requestTags(endpoint),
      timeout: this.timeout,
      responseCallback: expectStatus(expected)
    });
    const body = shape ? parseJson(res) : void 0;
    const statusOk = res.status === expected;
    const shapeOk = !shape || shape(body);
    const ok = check(
      res,
      {
        [`${endpoint}: status is ${expected}`]: () => statusOk,
        ...shape ? { [`${endpoint}: body has the expected shape`]: () => !statusOk || shapeOk } : {}
      },
      { endpoint }
    );
    return { ok: ok && statusOk && shapeOk, status: res.status, body: statusOk && shapeOk ? body : void 0 };
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

// lib/setup.ts
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
function prepareRun(config2, options2 = { seed: true }) {
  probe(config2.baseUrl);
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

// lib/shapes.ts
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

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

// lib/workflows.ts
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

// scenarios/smoke.ts
var options = {
  scenarios: {
    smoke: { executor: "constant-vus", exec: "smoke", vus: 1, duration: "10s", gracefulStop: "30s" }
  },
  thresholds: toK6Thresholds([
    ...latencyGates(config.targets, ENDPOINTS),
    ...errorGates(config.targets, ENDPOINTS),
    ...abortGates("5s"),
    ...successGates(config.targets),
    ...generationGates(config.targets)
  ]),
  setupTimeout: `${Math.max(60, config.generationTimeoutS + 30)}s`,
  summaryTrendStats: SUMMARY_TREND_STATS
};
function setup() {
  return prepareRun(config, { seed: false });
}
function smoke(data) {
  runWorkflow("smoke", everyEndpoint, { config, data });
}
export {
  options,
  setup,
  smoke
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2VuZHBvaW50cy50cyIsICIuLi90aHJlc2hvbGRzL3RhcmdldHMudHMiLCAiLi4vbGliL2NvbmZpZy50cyIsICIuLi9saWIvZW52LnRzIiwgIi4uL2xpYi9tZXRyaWNzLnRzIiwgIi4uL2xpYi9ydW4td29ya2Zsb3cudHMiLCAiLi4vbGliL3NldHVwLnRzIiwgIi4uL2xpYi9hcGkudHMiLCAiLi4vbGliL3NoYXBlcy50cyIsICIuLi9saWIvd29ya2Zsb3dzLnRzIiwgIi4uL2xpYi9nZW5lcmF0aW9uLnRzIiwgIi4uL2xpYi9wYWNpbmcudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL3NjZW5hcmlvcy9zbW9rZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgcGVyZm9ybWFuY2UgdGFyZ2V0cyBhcyBkYXRhLiBEZWZhdWx0cyBhcmUgdGhlIHNlZWQgc3VpdGUnczsgZXZlcnkgb25lIGNhbiBiZVxuLy8gb3ZlcnJpZGRlbiBmcm9tIHRoZSBlbnZpcm9ubWVudCAoc2VlIGxpYi9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIG1lbW9yeU1iOiAxMDI0LFxuICBjcHVQZXJjZW50OiA4MCxcbn0pO1xuIiwgIi8vIFJ1biBjb25maWd1cmF0aW9uIGZyb20gdGhlIGVudmlyb25tZW50LCB2YWxpZGF0ZWQgdXAgZnJvbnQuIFB1cmUgKG5vIGs2IGltcG9ydHMpIHNvIHRoZVxuLy8gcGFyc2luZyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlOyBsaWIvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgdGFyZ2V0czogVGFyZ2V0cztcbn1cblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0NvbmZpZ0Vycm9yJztcbn1cblxudHlwZSBSZWFkPFQ+ID0gKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBUKSA9PiBUO1xuXG5mdW5jdGlvbiByYXcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICByZXR1cm4gdmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmFpbChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbn1cblxuZnVuY3Rpb24gbnVtYmVySW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB3aGF0OiBzdHJpbmcsIGludGVnZXI6IGJvb2xlYW4pOiBSZWFkPG51bWJlcj4ge1xuICByZXR1cm4gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBgJHt3aGF0fSBmcm9tICR7bWlufSB0byAke21heH1gO1xuICAgIGlmICghL15bK10/XFxkKyhcXC5cXGQrKT8kLy50ZXN0KHZhbHVlKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIGNvbnN0IHBhcnNlZCA9IE51bWJlcih2YWx1ZSk7XG4gICAgaWYgKChpbnRlZ2VyICYmICFOdW1iZXIuaXNJbnRlZ2VyKHBhcnNlZCkpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICByZXR1cm4gcGFyc2VkO1xuICB9O1xufVxuXG4vKiogV2hvbGUgc2Vjb25kcywgZS5nLiA2MCAoYSB1bml0IHN1Y2ggYXMgXCI2MHNcIiBvciBcIjFtXCIgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkKS4gKi9cbmNvbnN0IHNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnLCB0cnVlKTtcbmNvbnN0IGNvdW50ID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlcicsIHRydWUpO1xuY29uc3QgbWlsbGlzID0gbnVtYmVySW4oMSwgM182MDBfMDAwLCAnbWlsbGlzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSk7XG5jb25zdCBmcmFjdGlvbiA9IG51bWJlckluKDAsIDEsICdhIGZyYWN0aW9uIChlLmcuIDAuOTUpJywgZmFsc2UpO1xuXG5jb25zdCB0ZXh0OiBSZWFkPHN0cmluZz4gPSAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHZhbHVlLnRyaW0oKSA9PT0gJycpIGZhaWwobmFtZSwgdmFsdWUsICdhIG5vbi1lbXB0eSB2YWx1ZScpO1xuICByZXR1cm4gdmFsdWU7XG59O1xuXG5mdW5jdGlvbiB1cmwoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IG1hdGNoID0gL14oaHR0cHM/KTpcXC9cXC8oW14vXFxzOl0rfFxcW1swLTlhLWZBLUY6XStcXF0pKDpcXGR7MSw1fSk/KFxcL1xcUyopPyQvLmV4ZWModmFsdWUpO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCAnYW4gaHR0cChzKSBVUkwgc3VjaCBhcyBodHRwOi8vMTI3LjAuMC4xOjgwMDAnKTtcbiAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuXG5mdW5jdGlvbiB3ZWlnaHRzKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyByZWd1bGFyOiA3MCwgcG93ZXI6IDIwLCBhZG1pbjogMTAgfTtcbiAgY29uc3QgcGFydHMgPSB2YWx1ZS5zcGxpdCgnLycpLm1hcCgocGFydCkgPT4gcGFydC50cmltKCkpO1xuICBjb25zdCBleHBlY3RlZCA9ICd0aHJlZSB3aG9sZSBwZXJjZW50YWdlcyByZWd1bGFyL3Bvd2VyL2FkbWluIHN1bW1pbmcgdG8gMTAwLCBlLmcuIDcwLzIwLzEwJztcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMyB8fCBwYXJ0cy5zb21lKChwYXJ0KSA9PiAhL15cXGQrJC8udGVzdChwYXJ0KSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgW3JlZ3VsYXIsIHBvd2VyLCBhZG1pbl0gPSBwYXJ0cy5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gIGlmIChyZWd1bGFyICsgcG93ZXIgKyBhZG1pbiAhPT0gMTAwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IHJlZ3VsYXIsIHBvd2VyLCBhZG1pbiB9O1xufVxuXG5mdW5jdGlvbiB0aGlua1RpbWUoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1sndGhpbmtUaW1lUyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IG1pbjogMSwgbWF4OiAzIH07XG4gIGNvbnN0IG1hdGNoID0gL14oXFxkKyg/OlxcLlxcZCspPykoPzotKFxcZCsoPzpcXC5cXGQrKT8pKT8kLy5leGVjKHZhbHVlKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAnc2Vjb25kcyBhcyBOIG9yIE1JTi1NQVggKGUuZy4gMS0zKSwgZWFjaCBhdCBtb3N0IDYwJztcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBtaW4gPSBOdW1iZXIobWF0Y2hbMV0pO1xuICBjb25zdCBtYXggPSBtYXRjaFsyXSA9PT0gdW5kZWZpbmVkID8gbWluIDogTnVtYmVyKG1hdGNoWzJdKTtcbiAgaWYgKG1heCA8IG1pbiB8fCBtYXggPiA2MCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyBtaW4sIG1heCB9O1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG4vKiogUmVhZHMgYW5kIHZhbGlkYXRlcyBldmVyeSBzZXR0aW5nOyB0aHJvd3MgQ29uZmlnRXJyb3IgbmFtaW5nIHRoZSBmaXJzdCBiYWQgdmFyaWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDb25maWcoZW52OiBFbnYpOiBDb25maWcge1xuICBjb25zdCBkID0gREVGQVVMVF9UQVJHRVRTO1xuICBjb25zdCBkdXJhdGlvblMgPSBzZWNvbmRzKDEsIDcgKiAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nLCA2MCk7XG4gIGNvbnN0IHJhbXBVcFMgPSBzZWNvbmRzKDAsIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9VUCcsIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSkpO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJywgTWF0aC5taW4oMTAsIHJhbXBVcFMpKSxcbiAgICB3ZWlnaHRzOiB3ZWlnaHRzKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUycpLFxuICAgIHRoaW5rVGltZVM6IHRoaW5rVGltZShlbnYsICdQRVJGT1JNQU5DRV9USElOS19USU1FJyksXG4gICAgcG9sbEludGVydmFsUzogbnVtYmVySW4oMC4xLCA2MCwgJ3NlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdHRU5FUkFUSU9OX1BPTExfSU5URVJWQUwnLCAxKSxcbiAgICBnZW5lcmF0aW9uVGltZW91dFM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdHRU5FUkFUSU9OX1RJTUVPVVQnLCAzMDApLFxuICAgIGNoYXB0ZXJzUGVyQ291cnNlOiBjb3VudCgxLCAyMCkoZW52LCAnR0VORVJBVElPTl9DSEFQVEVSUycsIDMpLFxuICAgIHNpZGVjYXJVcmw6IHVybChlbnYsICdTSURFQ0FSX1VSTCcsIHVuZGVmaW5lZCksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICB9LFxuICB9O1xufVxuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IHBhcnNlQ29uZmlnLCB0eXBlIENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuIiwgIi8vIEN1c3RvbSBtZXRyaWNzIGZvciB3aGF0IGs2J3MgYnVpbHQtaW5zIGNhbm5vdCBzYXkuIENyZWF0ZWQgb25jZSBhdCBpbml0IChrNiByZXF1aXJlcyBpdCkuXG5pbXBvcnQgeyBDb3VudGVyLCBSYXRlLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuXG4vKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uIHRpbWUgZnJvbSB0aGUgam9iJ3Mgb3duIHN0YXJ0ZWRfYXQvZmluaXNoZWRfYXQgKHNlcnZlciB2aWV3KS4gKi9cbmV4cG9ydCBjb25zdCBjaGFwdGVyR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiwgam9iIGNyZWF0ZWQgLT4gZmluaXNoZWQsIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiBhcyB0aGUgcG9sbGluZyB1c2VyIHNhdyBpdDogcmVxdWVzdCBhY2NlcHRlZCAtPiBjb21wbGV0ZWQgc2Vlbi4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fb2JzZXJ2ZWRfbXMnLCB0cnVlKTtcbi8qKiBHZW5lcmF0aW9uIGpvYnMgdGhhdCBmYWlsZWQgb3IgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmV4cG9ydCBjb25zdCBnZW5lcmF0aW9uRmFpbGVkID0gbmV3IFJhdGUoJ2dlbmVyYXRpb25fZmFpbGVkJyk7XG4vKiogQ291cnNlcyB0aGUgcGxhdGZvcm0gYWNrbm93bGVkZ2VkIGNyZWF0aW5nICgyMDEpLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZXNDcmVhdGVkID0gbmV3IENvdW50ZXIoJ2NvdXJzZXNfY3JlYXRlZCcpO1xuLyoqIFdob2xlIHdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCBjb21wbGV0ZWQgZXZlcnkgc3RlcCwgdGFnZ2VkIGJ5IHdvcmtmbG93LiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93U3VjY2VzcyA9IG5ldyBSYXRlKCd3b3JrZmxvd19zdWNjZXNzJyk7XG4vKiogV29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IHRocmV3IChhIHNjcmlwdCBidWcgb3IgYSBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dFcnJvcnMgPSBuZXcgQ291bnRlcignd29ya2Zsb3dfZXJyb3JzJyk7XG4iLCAiLy8gUnVucyBvbmUgd29ya2Zsb3cgaXRlcmF0aW9uIGFuZCByZWNvcmRzIGl0cyBvdXRjb21lLiBBIHdvcmtmbG93IHRoYXQgdGhyb3dzIChhIHNjcmlwdCBidWcsIGFcbi8vIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKSBpcyBhIGZhaWxlZCBpdGVyYXRpb24gdGhhdCBjb3VudHMgYWdhaW5zdCB0aGUgdGhyZXNob2xkcyBpbnN0ZWFkXG4vLyBvZiBhbiBleGNlcHRpb24gazYgb25seSBsb2dzLlxuaW1wb3J0IHsgd29ya2Zsb3dFcnJvcnMsIHdvcmtmbG93U3VjY2VzcyB9IGZyb20gJy4vbWV0cmljcy50cyc7XG5pbXBvcnQgdHlwZSB7IENvbnRleHQsIFdvcmtmbG93IH0gZnJvbSAnLi93b3JrZmxvd3MudHMnO1xuXG5jb25zdCBNQVhfTE9HR0VEX0VSUk9SUyA9IDU7XG5sZXQgbG9nZ2VkRXJyb3JzID0gMDtcblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bldvcmtmbG93KG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93LCBjdHg6IENvbnRleHQpOiB2b2lkIHtcbiAgY29uc3QgdGFncyA9IHsgd29ya2Zsb3c6IG5hbWUgfTtcbiAgdHJ5IHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKHdvcmtmbG93KGN0eCksIHRhZ3MpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQoZmFsc2UsIHRhZ3MpO1xuICAgIHdvcmtmbG93RXJyb3JzLmFkZCgxLCB0YWdzKTtcbiAgICBpZiAobG9nZ2VkRXJyb3JzKysgPCBNQVhfTE9HR0VEX0VSUk9SUykge1xuICAgICAgY29uc29sZS5lcnJvcihgd29ya2Zsb3cgXCIke25hbWV9XCIgdGhyZXc6ICR7ZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IChlcnJvci5zdGFjayA/PyBlcnJvci5tZXNzYWdlKSA6IFN0cmluZyhlcnJvcil9YCk7XG4gICAgfVxuICB9XG59XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGxvZ3MgdGhlIHRocmVlIHVzZXJzXG4vLyBpbiBvbmNlLCBhbmQgc2VlZHMgY291cnNlcyBmb3IgcmVndWxhciB1c2VycyB0byByZWFkLiBJdCBzdG9wcyB0aGUgcnVuIHdpdGggYSBtZXNzYWdlIHRoYXRcbi8vIHNheXMgd2hhdCBpcyB3cm9uZyBpbnN0ZWFkIG9mIGxldHRpbmcgVlVzIHNlbmQgYSBtaW51dGUgb2YgZmFpbGluZyByZXF1ZXN0cy5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5EYXRhIHtcbiAgLyoqIFVuaXF1ZSBwZXIgcnVuLCBwYXJ0IG9mIGV2ZXJ5IHRpdGxlIHRoaXMgcnVuIGNyZWF0ZXMsIHNvIHJ1bnMgYW5kIFZVcyBuZXZlciBjb2xsaWRlLiAqL1xuICBydW5JZDogc3RyaW5nO1xuICB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICAvKiogR2VuZXJhdGVkIGNvdXJzZXMgb3duZWQgYnkgdGhlIHJlZ3VsYXIgdXNlciwgZm9yIHJlYWRpbmcuICovXG4gIHNlZWRlZENvdXJzZUlkczogSWRbXTtcbn1cblxuY29uc3QgU0VFRF9DT1VSU0VTID0gMztcbmNvbnN0IFBST0JFX1RJTUVPVVQgPSAnNXMnO1xuXG5mdW5jdGlvbiBhYm9ydChtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIGV4ZWMudGVzdC5hYm9ydChtZXNzYWdlKTtcbiAgdGhyb3cgbmV3IEVycm9yKG1lc3NhZ2UpOyAvLyBub3QgcmVhY2hlZDogYWJvcnQoKSBzdG9wcyB0aGUgdGVzdDsgdGhpcyBrZWVwcyB0aGUgdHlwZSBjaGVja2VyIGhvbmVzdFxufVxuXG5mdW5jdGlvbiBwcm9iZShiYXNlVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgdXJsID0gYCR7YmFzZVVybH0vaGVhbHRoYDtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQodXJsLCB7IHRpbWVvdXQ6IFBST0JFX1RJTUVPVVQsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6ICdHRVQgL2hlYWx0aCAoc2V0dXAgcHJvYmUpJyB9IH0pO1xuICBpZiAocmVzLnN0YXR1cyA9PT0gMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gZG9lcyBub3QgYW5zd2VyIGF0ICR7dXJsfSAoR0VULCAke1BST0JFX1RJTUVPVVR9IHRpbWVvdXQpOiAke3Jlcy5lcnJvciB8fCAnbm8gcmVzcG9uc2UnfS4gSXMgaXQgcnVubmluZz8gU2V0IEJBU0VfVVJMIHRvIGl0cyBhZGRyZXNzLmApO1xuICB9XG4gIGlmIChyZXMuc3RhdHVzICE9PSAyMDApIHtcbiAgICBhYm9ydChgdGhlIHBsYXRmb3JtIGF0ICR7dXJsfSBhbnN3ZXJlZCAke3Jlcy5zdGF0dXN9IGluc3RlYWQgb2YgMjAwOiBpdCBpcyBub3QgaGVhbHRoeSwgb3IgQkFTRV9VUkwgcG9pbnRzIGF0IHNvbWV0aGluZyBlbHNlLmApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGxvZ2luKGNsaWVudDogQXBpQ2xpZW50LCBjb25maWc6IENvbmZpZywgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBjb25maWcudXNlcnNbcm9sZV07XG4gIGNvbnN0IHJlc3VsdCA9IGNsaWVudC5sb2dpbihlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC5ib2R5KSB7XG4gICAgY29uc3QgZW52UHJlZml4ID0gYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JELmApO1xuICB9XG4gIHJldHVybiByZXN1bHQuYm9keS5hY2Nlc3NfdG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtc2VlZCAke3J1bklkfSAke259YCwgdG9waWM6ICdsb2FkIHRlc3RpbmcnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7Y3JlYXRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb25zdCBzdGFydGVkID0gY2xpZW50LmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgaWYgKCFzdGFydGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgZ2VuZXJhdGluZyBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtzdGFydGVkLnN0YXR1c30pLmApO1xuICAgIGNvdXJzZUlkcy5wdXNoKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgam9icy5wdXNoKHN0YXJ0ZWQuYm9keS5qb2JfaWQpO1xuICB9XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICBmb3IgKGNvbnN0IGpvYklkIG9mIGpvYnMpIHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBqb2IgPSBjbGllbnQuZ2V0Sm9iKGpvYklkKS5ib2R5O1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJykgYnJlYWs7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdmYWlsZWQnKSBhYm9ydChgYSBzZWVkIGNvdXJzZSdzIGdlbmVyYXRpb24gZmFpbGVkOiAke2pvYi5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ30uYCk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSBhYm9ydChgc2VlZCBjb3Vyc2VzIHdlcmUgbm90IGdlbmVyYXRlZCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zLmApO1xuICAgICAgc2xlZXAoMC41KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNvdXJzZUlkcztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHByZXBhcmVSdW4oY29uZmlnOiBDb25maWcsIG9wdGlvbnM6IHsgc2VlZDogYm9vbGVhbiB9ID0geyBzZWVkOiB0cnVlIH0pOiBSdW5EYXRhIHtcbiAgcHJvYmUoY29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBhbm9ueW1vdXMgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+ID0ge1xuICAgIHJlZ3VsYXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncmVndWxhcicpLFxuICAgIHBvd2VyOiBsb2dpbihhbm9ueW1vdXMsIGNvbmZpZywgJ3Bvd2VyJyksXG4gICAgYWRtaW46IGxvZ2luKGFub255bW91cywgY29uZmlnLCAnYWRtaW4nKSxcbiAgfTtcbiAgY29uc3QgcnVuSWQgPSBgJHtEYXRlLm5vdygpLnRvU3RyaW5nKDM2KX0tJHtNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAxZTYpLnRvU3RyaW5nKDM2KX1gO1xuICBjb25zdCBzZWVkZWRDb3Vyc2VJZHMgPSBvcHRpb25zLnNlZWQgPyBzZWVkQ291cnNlcyhhbm9ueW1vdXMuYXModG9rZW5zLnJlZ3VsYXIpLCBydW5JZCwgY29uZmlnKSA6IFtdO1xuICByZXR1cm4geyBydW5JZCwgdG9rZW5zLCBzZWVkZWRDb3Vyc2VJZHMgfTtcbn1cbiIsICIvLyBUeXBlZCBjbGllbnQgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJIGNvbnRyYWN0LiBQYXRocyBsaXZlIG9ubHkgaGVyZTsgZXZlcnkgcmVxdWVzdCBjYXJyaWVzIGFcbi8vIHN0YWJsZSBgZW5kcG9pbnRgIHRhZyAobmV2ZXIgdGhlIFVSTCB3aXRoIGlkcyBpbiBpdCksIHRoZSBgYXBpYCBzY29wZSBhbmQgYSB0ZW1wbGF0ZWQgYG5hbWVgLFxuLy8gc28gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydHMga2VlcCBhIHNtYWxsLCBmaXhlZCBzZXQgb2Ygc2VyaWVzLlxuaW1wb3J0IHsgY2hlY2sgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgdHlwZSBMZXZlbCA9ICdiZWdpbm5lcicgfCAnaW50ZXJtZWRpYXRlJyB8ICdhZHZhbmNlZCc7XG5leHBvcnQgdHlwZSBKb2JTdGF0dXMgPSAncXVldWVkJyB8ICdydW5uaW5nJyB8ICdjb21wbGV0ZWQnIHwgJ2ZhaWxlZCc7XG5leHBvcnQgdHlwZSBFeHBvcnRGb3JtYXQgPSAnanNvbicgfCAnbWFya2Rvd24nIHwgJ2h0bWwnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXJTdW1tYXJ5IHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgc3RhdHVzOiBzdHJpbmcgfVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2Uge1xuICBpZDogSWQ7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBjaGFwdGVycz86IENoYXB0ZXJTdW1tYXJ5W107XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZUxpc3QgeyBpdGVtczogQ291cnNlW107IHRvdGFsOiBudW1iZXI7IGxpbWl0OiBudW1iZXI7IG9mZnNldDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTmV3Q291cnNlIHsgdGl0bGU6IHN0cmluZzsgdG9waWM6IHN0cmluZzsgbGV2ZWw6IExldmVsOyBjaGFwdGVyX2NvdW50OiBudW1iZXI7IGxhbmd1YWdlPzogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHN0YXR1czogc3RyaW5nOyBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsOyBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDsgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGwgfVxuZXhwb3J0IGludGVyZmFjZSBKb2Ige1xuICBqb2JfaWQ6IElkO1xuICBjb3Vyc2VfaWQ6IElkO1xuICBzdGF0dXM6IEpvYlN0YXR1cztcbiAgY2hhcHRlcnNfdG90YWw6IG51bWJlcjtcbiAgY2hhcHRlcnNfY29tcGxldGVkOiBudW1iZXI7XG4gIGNoYXB0ZXJzOiBKb2JDaGFwdGVyW107XG4gIGNyZWF0ZWRfYXQ6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGVycm9yPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyIHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgY29udGVudDogc3RyaW5nOyB3b3JkX2NvdW50OiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBMb2dpbiB7IGFjY2Vzc190b2tlbjogc3RyaW5nOyB0b2tlbl90eXBlOiBzdHJpbmc7IHJvbGU6IFJvbGU7IGV4cGlyZXNfaW46IG51bWJlciB9XG5cbi8qKiBXaGF0IGV2ZXJ5IGNhbGwgcmV0dXJuczogd2hldGhlciBpdHMgY2hlY2tzIHBhc3NlZCwgdGhlIHN0YXR1cywgYW5kIHRoZSBwYXJzZWQgYm9keSB3aGVuIGl0IGhhZCB0aGUgcmlnaHQgc2hhcGUuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdDxUPiB7XG4gIG9rOiBib29sZWFuO1xuICBzdGF0dXM6IG51bWJlcjtcbiAgYm9keTogVCB8IHVuZGVmaW5lZDtcbn1cblxuZXhwb3J0IGNvbnN0IHBhdGhzID0ge1xuICBoZWFsdGg6ICgpID0+ICcvaGVhbHRoJyxcbiAgbG9naW46ICgpID0+ICcvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzOiAoKSA9PiAnL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7aWR9YCxcbiAgZ2VuZXJhdGU6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtpZH0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtpZH1gLFxuICBjaGFwdGVyOiAoaWQ6IElkLCBpbmRleDogbnVtYmVyKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7aWR9L2NoYXB0ZXJzLyR7aW5kZXh9YCxcbiAgZXhwb3J0Q291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7aWR9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbmV4cG9ydCBmdW5jdGlvbiByZXF1ZXN0VGFncyhlbmRwb2ludDogRW5kcG9pbnQpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgcmV0dXJuIHsgZW5kcG9pbnQsIHNjb3BlOiBBUElfU0NPUEUsIG5hbWU6IHJvdXRlTmFtZXNbZW5kcG9pbnRdIH07XG59XG5cbnR5cGUgU2hhcGU8VD4gPSAoYm9keTogdW5rbm93bikgPT4gYm9keSBpcyBUO1xuY29uc3QgaXNPYmplY3QgPSAodjogdW5rbm93bik6IHYgaXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPT4gdHlwZW9mIHYgPT09ICdvYmplY3QnICYmIHYgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkodik7XG5jb25zdCBoYXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiBpc09iamVjdCh2KSAmJiAodHlwZW9mIHYuaWQgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2LmlkID09PSAnbnVtYmVyJyk7XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogKGI6IHVua25vd24pOiBiIGlzIHsgc3RhdHVzOiBzdHJpbmcgfSA9PiBpc09iamVjdChiKSAmJiBiLnN0YXR1cyA9PT0gJ29rJyxcbiAgbG9naW46IChiOiB1bmtub3duKTogYiBpcyBMb2dpbiA9PiBpc09iamVjdChiKSAmJiB0eXBlb2YgYi5hY2Nlc3NfdG9rZW4gPT09ICdzdHJpbmcnICYmIGIuYWNjZXNzX3Rva2VuICE9PSAnJyxcbiAgY291cnNlTGlzdDogKGI6IHVua25vd24pOiBiIGlzIENvdXJzZUxpc3QgPT4gaXNPYmplY3QoYikgJiYgQXJyYXkuaXNBcnJheShiLml0ZW1zKSAmJiB0eXBlb2YgYi50b3RhbCA9PT0gJ251bWJlcicsXG4gIGNvdXJzZTogKGI6IHVua25vd24pOiBiIGlzIENvdXJzZSA9PiBoYXNJZChiKSAmJiB0eXBlb2YgKGIgYXMgQ291cnNlKS50aXRsZSA9PT0gJ3N0cmluZycsXG4gIGNvdXJzZVdpdGhDaGFwdGVyczogKGI6IHVua25vd24pOiBiIGlzIENvdXJzZSA9PiBoYXNJZChiKSAmJiBBcnJheS5pc0FycmF5KChiIGFzIENvdXJzZSkuY2hhcHRlcnMpLFxuICBqb2JBY2NlcHRlZDogKGI6IHVua25vd24pOiBiIGlzIHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfSA9PiBpc09iamVjdChiKSAmJiBiLmpvYl9pZCAhPT0gdW5kZWZpbmVkICYmIGIuam9iX2lkICE9PSBudWxsLFxuICBqb2I6IChiOiB1bmtub3duKTogYiBpcyBKb2IgPT4gaXNPYmplY3QoYikgJiYgdHlwZW9mIGIuc3RhdHVzID09PSAnc3RyaW5nJyAmJiBBcnJheS5pc0FycmF5KGIuY2hhcHRlcnMpLFxuICBjaGFwdGVyOiAoYjogdW5rbm93bik6IGIgaXMgQ2hhcHRlciA9PiBpc09iamVjdChiKSAmJiB0eXBlb2YgYi5jb250ZW50ID09PSAnc3RyaW5nJyxcbiAgYW55T2JqZWN0OiAoYjogdW5rbm93bik6IGIgaXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPT4gaXNPYmplY3QoYiksXG4gIGxpc3Q6IChiOiB1bmtub3duKTogYiBpcyB7IGl0ZW1zOiB1bmtub3duW10gfSA9PiBpc09iamVjdChiKSAmJiBBcnJheS5pc0FycmF5KGIuaXRlbXMpLFxufSBzYXRpc2ZpZXMgUmVjb3JkPHN0cmluZywgU2hhcGU8dW5rbm93bj4+O1xuXG4vKiogVGhlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgaXMgbm90IEpTT04gKGEgZ2FyYmFnZSBhbnN3ZXIgaXMgYSBmYWlsZWQgY2hlY2ssIG5vdCBhbiBleGNlcHRpb24pLiAqL1xuZnVuY3Rpb24gcGFyc2VKc29uKHJlczogUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD4pOiB1bmtub3duIHtcbiAgY29uc3QgdHlwZSA9IFN0cmluZyhyZXMuaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPz8gJycpO1xuICBpZiAoIXR5cGUuaW5jbHVkZXMoJ2pzb24nKSB8fCB0eXBlb2YgcmVzLmJvZHkgIT09ICdzdHJpbmcnIHx8IHJlcy5ib2R5ID09PSAnJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShyZXMuYm9keSk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrcyA9IG5ldyBNYXA8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PigpO1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIGxldCBjYWxsYmFjayA9IHN0YXR1c0NhbGxiYWNrcy5nZXQoc3RhdHVzKTtcbiAgaWYgKCFjYWxsYmFjaykge1xuICAgIGNhbGxiYWNrID0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cyk7XG4gICAgc3RhdHVzQ2FsbGJhY2tzLnNldChzdGF0dXMsIGNhbGxiYWNrKTtcbiAgfVxuICByZXR1cm4gY2FsbGJhY2s7XG59XG5cbmV4cG9ydCBjbGFzcyBBcGlDbGllbnQge1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXQ6IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgICBpZiAocGF5bG9hZCAhPT0gdW5kZWZpbmVkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICBpZiAodGhpcy50b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3RoaXMudG9rZW59YDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QobWV0aG9kLCBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsIHBheWxvYWQgPT09IHVuZGVmaW5lZCA/IG51bGwgOiBKU09OLnN0cmluZ2lmeShwYXlsb2FkKSwge1xuICAgICAgaGVhZGVycyxcbiAgICAgIHRhZ3M6IHJlcXVlc3RUYWdzKGVuZHBvaW50KSxcbiAgICAgIHRpbWVvdXQ6IHRoaXMudGltZW91dCxcbiAgICAgIHJlc3BvbnNlQ2FsbGJhY2s6IGV4cGVjdFN0YXR1cyhleHBlY3RlZCksXG4gICAgfSk7XG4gICAgY29uc3QgYm9keSA9IHNoYXBlID8gcGFyc2VKc29uKHJlcykgOiB1bmRlZmluZWQ7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSByZXMuc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBjb25zdCBzaGFwZU9rID0gIXNoYXBlIHx8IHNoYXBlKGJvZHkpO1xuICAgIGNvbnN0IG9rID0gY2hlY2soXG4gICAgICByZXMsXG4gICAgICB7XG4gICAgICAgIFtgJHtlbmRwb2ludH06IHN0YXR1cyBpcyAke2V4cGVjdGVkfWBdOiAoKSA9PiBzdGF0dXNPayxcbiAgICAgICAgLi4uKHNoYXBlID8geyBbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXTogKCkgPT4gIXN0YXR1c09rIHx8IHNoYXBlT2sgfSA6IHt9KSxcbiAgICAgIH0sXG4gICAgICB7IGVuZHBvaW50IH0sXG4gICAgKTtcbiAgICByZXR1cm4geyBvazogb2sgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaywgc3RhdHVzOiByZXMuc3RhdHVzLCBib2R5OiBzdGF0dXNPayAmJiBzaGFwZU9rID8gKGJvZHkgYXMgVCkgOiB1bmRlZmluZWQgfTtcbiAgfVxuXG4gIGhlYWx0aCgpOiBSZXN1bHQ8eyBzdGF0dXM6IHN0cmluZyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnaGVhbHRoJywgJ0dFVCcsIHBhdGhzLmhlYWx0aCgpLCAyMDAsIHNoYXBlcy5oZWFsdGgpO1xuICB9XG5cbiAgbG9naW4oZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IFJlc3VsdDxMb2dpbj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2xvZ2luJywgJ1BPU1QnLCBwYXRocy5sb2dpbigpLCAyMDAsIHNoYXBlcy5sb2dpbiwgeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cblxuICBsaXN0Q291cnNlcyhxdWVyeTogeyBsaW1pdD86IG51bWJlcjsgb2Zmc2V0PzogbnVtYmVyOyBxPzogc3RyaW5nIH0gPSB7fSk6IFJlc3VsdDxDb3Vyc2VMaXN0PiB7XG4gICAgY29uc3QgcGFyYW1zID0gT2JqZWN0LmVudHJpZXMocXVlcnkpXG4gICAgICAuZmlsdGVyKChbLCB2YWx1ZV0pID0+IHZhbHVlICE9PSB1bmRlZmluZWQpXG4gICAgICAubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX09JHtlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKHZhbHVlKSl9YClcbiAgICAgIC5qb2luKCcmJyk7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlc19saXN0JywgJ0dFVCcsIGAke3BhdGhzLmNvdXJzZXMoKX0ke3BhcmFtcyA/IGA/JHtwYXJhbXN9YCA6ICcnfWAsIDIwMCwgc2hhcGVzLmNvdXJzZUxpc3QpO1xuICB9XG5cbiAgY3JlYXRlQ291cnNlKGNvdXJzZTogTmV3Q291cnNlKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9jcmVhdGUnLCAnUE9TVCcsIHBhdGhzLmNvdXJzZXMoKSwgMjAxLCBzaGFwZXMuY291cnNlLCBjb3Vyc2UpO1xuICB9XG5cbiAgZ2V0Q291cnNlKGlkOiBJZCk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2V0JywgJ0dFVCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZVdpdGhDaGFwdGVycyk7XG4gIH1cblxuICB1cGRhdGVDb3Vyc2UoaWQ6IElkLCBjaGFuZ2VzOiBQYXJ0aWFsPE5ld0NvdXJzZT4pOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX3VwZGF0ZScsICdQQVRDSCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZSwgY2hhbmdlcyk7XG4gIH1cblxuICBkZWxldGVDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9kZWxldGUnLCAnREVMRVRFJywgcGF0aHMuY291cnNlKGlkKSwgMjA0LCB1bmRlZmluZWQpO1xuICB9XG5cbiAgZ2VuZXJhdGUoaWQ6IElkKTogUmVzdWx0PHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZW5lcmF0ZScsICdQT1NUJywgcGF0aHMuZ2VuZXJhdGUoaWQpLCAyMDIsIHNoYXBlcy5qb2JBY2NlcHRlZCwge30pO1xuICB9XG5cbiAgZ2V0Sm9iKGpvYklkOiBJZCk6IFJlc3VsdDxKb2I+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdqb2JfZ2V0JywgJ0dFVCcsIHBhdGhzLmpvYihqb2JJZCksIDIwMCwgc2hhcGVzLmpvYik7XG4gIH1cblxuICBnZXRDaGFwdGVyKGlkOiBJZCwgaW5kZXg6IG51bWJlcik6IFJlc3VsdDxDaGFwdGVyPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY2hhcHRlcl9nZXQnLCAnR0VUJywgcGF0aHMuY2hhcHRlcihpZCwgaW5kZXgpLCAyMDAsIHNoYXBlcy5jaGFwdGVyKTtcbiAgfVxuXG4gIGV4cG9ydENvdXJzZShpZDogSWQsIGZvcm1hdDogRXhwb3J0Rm9ybWF0KTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9leHBvcnQnLCAnR0VUJywgYCR7cGF0aHMuZXhwb3J0Q291cnNlKGlkKX0/Zm9ybWF0PSR7Zm9ybWF0fWAsIDIwMCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGFkbWluU3RhdHMoKTogUmVzdWx0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fc3RhdHMnLCAnR0VUJywgcGF0aHMuYWRtaW5TdGF0cygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Kb2JzKGxpbWl0ID0gMjApOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX2pvYnMnLCAnR0VUJywgYCR7cGF0aHMuYWRtaW5Kb2JzKCl9P2xpbWl0PSR7bGltaXR9YCwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluVXNlcnMoKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl91c2VycycsICdHRVQnLCBwYXRocy5hZG1pblVzZXJzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXMubWFwKChfLCBpKSA9PiBpKS5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuLyoqIFJhbXAgdXAgdG8gYHZ1c2AsIGhvbGQsIHJhbXAgZG93bjogdXNlcnMgYXJyaXZpbmcgZ3JhZHVhbGx5IGFuZCBsZWF2aW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzOiAwLFxuICAgIHN0YWdlczogW1xuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBVcFN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBEb3duU31zYCwgdGFyZ2V0OiAwIH0sXG4gICAgXSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMzBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoZXhlYzogc3RyaW5nLCBwZXJTZWNvbmQ6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyLCBzdGFydFRpbWUgPSAnMHMnKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIHJhdGU6IHBlclNlY29uZCxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgxLCBNYXRoLmNlaWwocGVyU2Vjb25kKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFydFRpbWUsXG4gIH07XG59XG5cbi8qKiBXYWxsIHRpbWUgb2YgYSByYW1waW5nLXVzZXJzIHJ1biwgc2Vjb25kcywgZm9yIHNjZW5hcmlvcyB0aGF0IG11c3QgcnVuIGFsb25nc2lkZSBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nRHVyYXRpb25TKGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogbnVtYmVyIHtcbiAgcmV0dXJuIGNvbmZpZy5yYW1wVXBTICsgY29uZmlnLmR1cmF0aW9uUyArIGNvbmZpZy5yYW1wRG93blM7XG59XG5cbmV4cG9ydCBjb25zdCBTVU1NQVJZX1RSRU5EX1NUQVRTID0gWydhdmcnLCAnbWluJywgJ21lZCcsICdtYXgnLCAncCg5MCknLCAncCg5NSknLCAncCg5OSknLCAnY291bnQnXTtcbiIsICIvLyBXaGF0IGVhY2gga2luZCBvZiB1c2VyIGRvZXMgaW4gb25lIGl0ZXJhdGlvbi4gU2NlbmFyaW9zIG9ubHkgY2hvb3NlIHdobyBydW5zIGFuZCBob3cgb2Z0ZW47XG4vLyBubyBzY2VuYXJpbyByZS1pbXBsZW1lbnRzIHRoZXNlLiBFdmVyeSB3b3JrZmxvdyByZXR1cm5zIHdoZXRoZXIgYWxsIG9mIGl0cyBzdGVwcyBzdWNjZWVkZWQuXG5pbXBvcnQgeyBncm91cCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgRXhwb3J0Rm9ybWF0LCB0eXBlIElkIH0gZnJvbSAnLi9hcGkudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBnZW5lcmF0ZUFuZFdhaXQgfSBmcm9tICcuL2dlbmVyYXRpb24udHMnO1xuaW1wb3J0IHsgY291cnNlc0NyZWF0ZWQgfSBmcm9tICcuL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgcGlja09uZSwgcGlja1dlaWdodGVkLCB0aGluayB9IGZyb20gJy4vcGFjaW5nLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4vc2V0dXAudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENvbnRleHQge1xuICBjb25maWc6IENvbmZpZztcbiAgZGF0YTogUnVuRGF0YTtcbn1cblxuZXhwb3J0IHR5cGUgV29ya2Zsb3cgPSAoY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG5sZXQgY2xpZW50czogUmVjb3JkPHN0cmluZywgQXBpQ2xpZW50PiA9IHt9O1xuLyoqIE9uZSBjbGllbnQgcGVyIHRva2VuIHBlciBWVSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG5mdW5jdGlvbiBjbGllbnRGb3IoY3R4OiBDb250ZXh0LCB0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgcmV0dXJuIChjbGllbnRzW3Rva2VuXSA/Pz0gbmV3IEFwaUNsaWVudChjdHguY29uZmlnLmJhc2VVcmwsIGN0eC5jb25maWcuYXBpVGltZW91dFMsIHRva2VuKSk7XG59XG4vKiogUmVzZXRzIHRoZSBwZXItVlUgY2xpZW50IGNhY2hlICh0ZXN0cyBhbmQgbG9uZyBydW5zIHdpdGggcmUtbG9naW4pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc2V0Q2xpZW50cygpOiB2b2lkIHtcbiAgY2xpZW50cyA9IHt9O1xufVxuXG4vKiogQSB0aXRsZSB1bmlxdWUgdG8gdGhpcyBydW4sIFZVIGFuZCBpdGVyYXRpb24sIHNvIGNvbmN1cnJlbnQgdXNlcnMgbmV2ZXIgY29sbGlkZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmlxdWVUaXRsZShraW5kOiBzdHJpbmcsIGN0eDogQ29udGV4dCk6IHN0cmluZyB7XG4gIHJldHVybiBgcGVyZi0ke2tpbmR9ICR7Y3R4LmRhdGEucnVuSWR9IHZ1JHtleGVjLnZ1LmlkSW5UZXN0fSBpdCR7ZXhlYy52dS5pdGVyYXRpb25JblNjZW5hcmlvfWA7XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5cbi8qKiBSZWFkcyBhIGNvdXJzZSBhbmQgb25lIG9mIGl0cyBnZW5lcmF0ZWQgY2hhcHRlcnMuICovXG5mdW5jdGlvbiByZWFkQ291cnNlKGNsaWVudDogQXBpQ2xpZW50LCBpZDogSWQpOiBib29sZWFuIHtcbiAgY29uc3QgY291cnNlID0gY2xpZW50LmdldENvdXJzZShpZCk7XG4gIGlmICghY291cnNlLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gKGNvdXJzZS5ib2R5LmNoYXB0ZXJzID8/IFtdKS5maWx0ZXIoKGMpID0+IGMuc3RhdHVzID09PSAnY29tcGxldGVkJyk7XG4gIGNvbnN0IGNoYXB0ZXIgPSBwaWNrT25lKGdlbmVyYXRlZCk7XG4gIHJldHVybiBjaGFwdGVyID09PSB1bmRlZmluZWQgfHwgY2xpZW50LmdldENoYXB0ZXIoaWQsIGNoYXB0ZXIuaW5kZXgpLm9rO1xufVxuXG50eXBlIFJlZ3VsYXJUYXNrID0gKGNsaWVudDogQXBpQ2xpZW50LCBjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmNvbnN0IHJlZ3VsYXJUYXNrczogeyB3ZWlnaHQ6IG51bWJlcjsgdGFzazogUmVndWxhclRhc2sgfVtdID0gW1xuICB7IHdlaWdodDogNSwgdGFzazogKGNsaWVudCkgPT4gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwLCBvZmZzZXQ6IE1hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDMpICogMjAgfSkub2sgfSxcbiAge1xuICAgIHdlaWdodDogNCxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGlkID0gcGlja09uZShjdHguZGF0YS5zZWVkZWRDb3Vyc2VJZHMpO1xuICAgICAgcmV0dXJuIGlkID09PSB1bmRlZmluZWQgfHwgcmVhZENvdXJzZShjbGllbnQsIGlkKTtcbiAgICB9LFxuICB9LFxuICB7XG4gICAgd2VpZ2h0OiAxLFxuICAgIHRhc2s6IChjbGllbnQsIGN0eCkgPT4ge1xuICAgICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogdW5pcXVlVGl0bGUoJ3NjcmF0Y2gnLCBjdHgpLCB0b3BpYzogJ2FsZ2VicmEnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgICBjb25zdCByZWFkQmFjayA9IGNsaWVudC5nZXRDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICAgIHJldHVybiByZWFkQmFjayAmJiBjbGllbnQuZGVsZXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgfSxcbiAgfSxcbl07XG5cbi8qKiBCcm93c2VzIHRoZSBjb3Vyc2UgbGlzdCwgb3BlbnMgY291cnNlcyBhbmQgcmVhZHMgY2hhcHRlcnM7IG5vdyBhbmQgdGhlbiBjcmVhdGVzIG9uZS4gKi9cbmV4cG9ydCBjb25zdCByZWd1bGFyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncmVndWxhciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsIGN0eC5kYXRhLnRva2Vucy5yZWd1bGFyKTtcbiAgICBsZXQgb2sgPSBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBmb3IgKGxldCBzdGVwID0gMDsgc3RlcCA8IDM7IHN0ZXArKykge1xuICAgICAgb2sgPSBwaWNrV2VpZ2h0ZWQocmVndWxhclRhc2tzKShjbGllbnQsIGN0eCkgJiYgb2s7XG4gICAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogQ3JlYXRlcyBhIGNvdXJzZSwgZ2VuZXJhdGVzIGl0LCBmb2xsb3dzIHRoZSBqb2IsIHJlYWRzIGFuZCBleHBvcnRzIHRoZSByZXN1bHQsIHRoZW4gZGVsZXRlcyBpdC4gKi9cbmV4cG9ydCBjb25zdCBwb3dlclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3Bvd2VyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCBjdHguZGF0YS50b2tlbnMucG93ZXIpO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgncG93ZXInLCBjdHgpLFxuICAgICAgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zJyxcbiAgICAgIGxldmVsOiAnYWR2YW5jZWQnLFxuICAgICAgY2hhcHRlcl9jb3VudDogY29uZmlnLmNoYXB0ZXJzUGVyQ291cnNlLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgIGNvbnN0IGlkID0gY3JlYXRlZC5ib2R5LmlkO1xuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBsZXQgb2sgPSBjbGllbnQudXBkYXRlQ291cnNlKGlkLCB7IHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcywgcmV2aXNlZCcgfSkub2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdChjbGllbnQsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gcmVhZENvdXJzZShjbGllbnQsIGlkKSAmJiBvaztcbiAgICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAgIG9rID0gY2xpZW50LmV4cG9ydENvdXJzZShpZCwgcGlja09uZShFWFBPUlRfRk9STUFUUykgPz8gJ2pzb24nKS5vayAmJiBvaztcbiAgICB9XG4gICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIHJldHVybiBjbGllbnQuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG5cbi8qKiBXYXRjaGVzIHRoZSBzeXN0ZW06IHN0YXRzLCB0aGUgam9iIGxpc3QsIHRoZSB1c2VyIGxpc3QsIGFuZCByZW1vdmVzIGNvdXJzZXMgZWFybGllciBydW5zIGxlZnQgYmVoaW5kLiAqL1xuZXhwb3J0IGNvbnN0IGFkbWluVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnYWRtaW4gdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCBjdHguZGF0YS50b2tlbnMuYWRtaW4pO1xuICAgIGxldCBvayA9IGNsaWVudC5hZG1pblN0YXRzKCkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pbkpvYnMoMjApLm9rICYmIG9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Vc2VycygpLm9rICYmIG9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgLy8gTGVmdG92ZXJzIG9mIGludGVycnVwdGVkIHJ1bnM6IHRpdGxlcyBvZiBvdGhlciBydW5zIG9ubHksIG5ldmVyIHRoaXMgcnVuJ3MgbGl2ZSBjb3Vyc2VzLlxuICAgIGNvbnN0IGxlZnRvdmVycyA9IGNsaWVudC5saXN0Q291cnNlcyh7IHE6ICdwZXJmLScsIGxpbWl0OiAyMCB9KS5ib2R5Py5pdGVtcyA/PyBbXTtcbiAgICBmb3IgKGNvbnN0IGNvdXJzZSBvZiBsZWZ0b3ZlcnMuZmlsdGVyKChjKSA9PiAhYy50aXRsZS5pbmNsdWRlcyhjdHguZGF0YS5ydW5JZCkpLnNsaWNlKDAsIDUpKSB7XG4gICAgICBvayA9IGNsaWVudC5kZWxldGVDb3Vyc2UoY291cnNlLmlkKS5vayAmJiBvaztcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIEV2ZXJ5IGVuZHBvaW50IGF0IGxlYXN0IG9uY2U6IHRoZSBzbW9rZSBjaGVjay4gKi9cbmV4cG9ydCBjb25zdCBldmVyeUVuZHBvaW50OiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdldmVyeSBlbmRwb2ludCcsICgpID0+IHtcbiAgICBjb25zdCB7IGNvbmZpZywgZGF0YSB9ID0gY3R4O1xuICAgIGNvbnN0IHVzZXIgPSBjbGllbnRGb3IoY3R4LCBkYXRhLnRva2Vucy5wb3dlcik7XG4gICAgY29uc3QgYWRtaW4gPSBjbGllbnRGb3IoY3R4LCBkYXRhLnRva2Vucy5hZG1pbik7XG4gICAgbGV0IG9rID0gdXNlci5oZWFsdGgoKS5vaztcbiAgICBvayA9IHVzZXIubGlzdENvdXJzZXMoeyBsaW1pdDogNSB9KS5vayAmJiBvaztcbiAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogdW5pcXVlVGl0bGUoJ3Ntb2tlJywgY3R4KSwgdG9waWM6ICdzbW9rZSB0ZXN0aW5nJywgbGV2ZWw6ICdpbnRlcm1lZGlhdGUnLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgIGNvbnN0IGlkID0gY3JlYXRlZC5ib2R5LmlkO1xuICAgIG9rID0gdXNlci5nZXRDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICAgIG9rID0gdXNlci51cGRhdGVDb3Vyc2UoaWQsIHsgdGl0bGU6IGAke2NyZWF0ZWQuYm9keS50aXRsZX0gKGVkaXRlZClgIH0pLm9rICYmIG9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQodXNlciwgaWQsIGNvbmZpZy5wb2xsSW50ZXJ2YWxTLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTKTtcbiAgICBvayA9IGdlbmVyYXRpb24uY29tcGxldGVkICYmIG9rO1xuICAgIGlmIChnZW5lcmF0aW9uLmNvbXBsZXRlZCkge1xuICAgICAgb2sgPSB1c2VyLmdldENoYXB0ZXIoaWQsIGdlbmVyYXRpb24uam9iPy5jaGFwdGVyc1swXT8uaW5kZXggPz8gMCkub2sgJiYgb2s7XG4gICAgICBmb3IgKGNvbnN0IGZvcm1hdCBvZiBFWFBPUlRfRk9STUFUUykgb2sgPSB1c2VyLmV4cG9ydENvdXJzZShpZCwgZm9ybWF0KS5vayAmJiBvaztcbiAgICB9XG4gICAgb2sgPSBhZG1pbi5hZG1pblN0YXRzKCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pbkpvYnMoMTApLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Vc2VycygpLm9rICYmIG9rO1xuICAgIHJldHVybiB1c2VyLmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuIiwgIi8vIFN0YXJ0aW5nIGEgY291cnNlJ3MgZ2VuZXJhdGlvbiBhbmQgZm9sbG93aW5nIGl0cyBqb2IgdG8gdGhlIGVuZCwgcmVjb3JkaW5nIGhvdyBsb25nIGl0IHRvb2tcbi8vIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzICh0aGUgc2VydmVyJ3MgdmlldykgYW5kIGZyb20gdGhlIHBvbGxlcidzICh0aGUgdXNlcidzIHZpZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgdHlwZSB7IEFwaUNsaWVudCwgSWQsIEpvYiB9IGZyb20gJy4vYXBpLnRzJztcbmltcG9ydCB7IGNoYXB0ZXJHZW5lcmF0aW9uTXMsIGNvdXJzZUdlbmVyYXRpb25NcywgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMsIGdlbmVyYXRpb25GYWlsZWQgfSBmcm9tICcuL21ldHJpY3MudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29tcGxldGVkOiBib29sZWFuO1xuICBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gbWlsbGlzQmV0d2Vlbihmcm9tOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkLCB0bzogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGlmICghZnJvbSB8fCAhdG8pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IG1zID0gRGF0ZS5wYXJzZSh0bykgLSBEYXRlLnBhcnNlKGZyb20pO1xuICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKG1zKSAmJiBtcyA+PSAwID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHJlY29yZEpvYlRpbWVzKGpvYjogSm9iKTogdm9pZCB7XG4gIGZvciAoY29uc3QgY2hhcHRlciBvZiBqb2IuY2hhcHRlcnMpIHtcbiAgICBjb25zdCBtcyA9IGNoYXB0ZXIuZHVyYXRpb25fbXMgPz8gbWlsbGlzQmV0d2VlbihjaGFwdGVyLnN0YXJ0ZWRfYXQsIGNoYXB0ZXIuZmluaXNoZWRfYXQpO1xuICAgIGlmICh0eXBlb2YgbXMgPT09ICdudW1iZXInICYmIGNoYXB0ZXIuc3RhdHVzID09PSAnY29tcGxldGVkJykgY2hhcHRlckdlbmVyYXRpb25Ncy5hZGQobXMpO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWlsbGlzQmV0d2Vlbihqb2IuY3JlYXRlZF9hdCwgam9iLmZpbmlzaGVkX2F0KTtcbiAgaWYgKHRvdGFsICE9PSB1bmRlZmluZWQpIGNvdXJzZUdlbmVyYXRpb25Ncy5hZGQodG90YWwpO1xufVxuXG4vKiogU3RhcnRzIGdlbmVyYXRpb24gYW5kIHBvbGxzIHRoZSBqb2IgdW50aWwgaXQgY29tcGxldGVzLCBmYWlscywgb3IgYHRpbWVvdXRTYCBwYXNzZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGVBbmRXYWl0KGNsaWVudDogQXBpQ2xpZW50LCBjb3Vyc2VJZDogSWQsIHBvbGxJbnRlcnZhbFM6IG51bWJlciwgdGltZW91dFM6IG51bWJlcik6IEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29uc3QgYWNjZXB0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY291cnNlSWQpO1xuICBpZiAoIWFjY2VwdGVkLmJvZHkpIHtcbiAgICBnZW5lcmF0aW9uRmFpbGVkLmFkZCh0cnVlKTtcbiAgICByZXR1cm4geyBjb21wbGV0ZWQ6IGZhbHNlLCBqb2I6IHVuZGVmaW5lZCB9O1xuICB9XG4gIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICBjb25zdCBkZWFkbGluZSA9IHN0YXJ0ZWQgKyB0aW1lb3V0UyAqIDEwMDA7XG4gIGxldCBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbiAgd2hpbGUgKERhdGUubm93KCkgPCBkZWFkbGluZSkge1xuICAgIHNsZWVwKHBvbGxJbnRlcnZhbFMpO1xuICAgIGNvbnN0IHBvbGxlZCA9IGNsaWVudC5nZXRKb2IoYWNjZXB0ZWQuYm9keS5qb2JfaWQpO1xuICAgIGlmICghcG9sbGVkLmJvZHkpIGNvbnRpbnVlO1xuICAgIGpvYiA9IHBvbGxlZC5ib2R5O1xuICAgIGlmIChqb2Iuc3RhdHVzID09PSAnY29tcGxldGVkJyB8fCBqb2Iuc3RhdHVzID09PSAnZmFpbGVkJykgYnJlYWs7XG4gIH1cbiAgY29uc3QgY29tcGxldGVkID0gam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnO1xuICBnZW5lcmF0aW9uRmFpbGVkLmFkZCghY29tcGxldGVkKTtcbiAgaWYgKGNvbXBsZXRlZCAmJiBqb2IpIHtcbiAgICBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcy5hZGQoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpO1xuICAgIHJlY29yZEpvYlRpbWVzKGpvYik7XG4gIH1cbiAgcmV0dXJuIHsgY29tcGxldGVkLCBqb2IgfTtcbn1cbiIsICIvLyBIb3cgc2ltdWxhdGVkIHVzZXJzIHBhY2UgdGhlbXNlbHZlcyBhbmQgY2hvb3NlIHdoYXQgdG8gZG8gbmV4dC5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuXG4vKiogU2xlZXBzIGEgdW5pZm9ybWx5IGRyYXduIHRoaW5rIHRpbWUgaW4gW21pbiwgbWF4XSBzZWNvbmRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRoaW5rKHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9KTogdm9pZCB7XG4gIGNvbnN0IHNlY29uZHMgPSByYW5nZS5taW4gKyBNYXRoLnJhbmRvbSgpICogKHJhbmdlLm1heCAtIHJhbmdlLm1pbik7XG4gIGlmIChzZWNvbmRzID4gMCkgc2xlZXAoc2Vjb25kcyk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2VpZ2h0ZWRUYXNrPFQ+IHtcbiAgd2VpZ2h0OiBudW1iZXI7XG4gIHRhc2s6IFQ7XG59XG5cbi8qKiBQaWNrcyBvbmUgdGFzayB3aXRoIHByb2JhYmlsaXR5IHByb3BvcnRpb25hbCB0byBpdHMgd2VpZ2h0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tXZWlnaHRlZDxUPih0YXNrczogcmVhZG9ubHkgV2VpZ2h0ZWRUYXNrPFQ+W10sIHJhbmRvbTogbnVtYmVyID0gTWF0aC5yYW5kb20oKSk6IFQge1xuICBjb25zdCB0b3RhbCA9IHRhc2tzLnJlZHVjZSgoc3VtLCB0KSA9PiBzdW0gKyB0LndlaWdodCwgMCk7XG4gIGxldCBwb2ludCA9IHJhbmRvbSAqIHRvdGFsO1xuICBmb3IgKGNvbnN0IHQgb2YgdGFza3MpIHtcbiAgICBwb2ludCAtPSB0LndlaWdodDtcbiAgICBpZiAocG9pbnQgPCAwKSByZXR1cm4gdC50YXNrO1xuICB9XG4gIHJldHVybiB0YXNrc1t0YXNrcy5sZW5ndGggLSAxXSEudGFzaztcbn1cblxuLyoqIFBpY2tzIG9uZSBlbGVtZW50IHVuaWZvcm1seS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrT25lPFQ+KGl0ZW1zOiByZWFkb25seSBUW10pOiBUIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGl0ZW1zLmxlbmd0aCA9PT0gMCA/IHVuZGVmaW5lZCA6IGl0ZW1zW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGl0ZW1zLmxlbmd0aCldO1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuIiwgIi8vIEEgdHlwZWQgYnVpbGRlciBmb3IgazYgdGhyZXNob2xkIGV4cHJlc3Npb25zLCBzbyBhIHR5cG8gaW4gYW4gYWdncmVnYXRpb24gb3Igb3BlcmF0b3IgaXMgYVxuLy8gY29tcGlsZSBlcnJvciBoZXJlIGluc3RlYWQgb2YgYSB0aHJlc2hvbGQgazYgcmVqZWN0cyAob3Igc2lsZW50bHkgbmV2ZXIgZXZhbHVhdGVzKSBhdCBydW4gdGltZS5cblxuLyoqIEFnZ3JlZ2F0aW9ucyBrNiBhY2NlcHRzIHBlciBtZXRyaWMgdHlwZS4gKi9cbmV4cG9ydCB0eXBlIFRyZW5kU3RhdCA9ICdhdmcnIHwgJ21pbicgfCAnbWF4JyB8ICdtZWQnIHwgYHAoJHtudW1iZXJ9KWA7XG5leHBvcnQgdHlwZSBSYXRlU3RhdCA9ICdyYXRlJztcbmV4cG9ydCB0eXBlIENvdW50ZXJTdGF0ID0gJ2NvdW50JyB8ICdyYXRlJztcbmV4cG9ydCB0eXBlIEdhdWdlU3RhdCA9ICd2YWx1ZSc7XG5leHBvcnQgdHlwZSBTdGF0ID0gVHJlbmRTdGF0IHwgUmF0ZVN0YXQgfCBDb3VudGVyU3RhdCB8IEdhdWdlU3RhdDtcbmV4cG9ydCB0eXBlIE9wZXJhdG9yID0gJzwnIHwgJzw9JyB8ICc+JyB8ICc+PScgfCAnPT0nIHwgJz09PScgfCAnIT0nO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGUge1xuICBzdGF0OiBTdGF0O1xuICBvcDogT3BlcmF0b3I7XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTdG9wIHRoZSB3aG9sZSBydW4gYXMgc29vbiBhcyB0aGlzIHJ1bGUgZmFpbHMgKGFmdGVyIGBkZWxheUFib3J0RXZhbGApLiAqL1xuICBhYm9ydE9uRmFpbD86IGJvb2xlYW47XG4gIC8qKiBrNiBkdXJhdGlvbiwgZS5nLiAnMTBzJzogaG93IGxvbmcgdG8gY29sbGVjdCBkYXRhIGJlZm9yZSBhbiBhYm9ydCBtYXkgdHJpZ2dlci4gKi9cbiAgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbWV0cmljIChvcHRpb25hbGx5IG5hcnJvd2VkIHRvIGEgdGFnZ2VkIHN1Yi1tZXRyaWMpIGFuZCB0aGUgcnVsZXMgaXQgbXVzdCBtZWV0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHYXRlIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICBydWxlczogUnVsZVtdO1xufVxuXG4vKiogV2hhdCBrNiBhY2NlcHRzIGFzIG9uZSBlbnRyeSBvZiBhIG1ldHJpYydzIHRocmVzaG9sZCBsaXN0LiAqL1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGQgPSBzdHJpbmcgfCB7IHRocmVzaG9sZDogc3RyaW5nOyBhYm9ydE9uRmFpbD86IGJvb2xlYW47IGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZHMgPSBSZWNvcmQ8c3RyaW5nLCBLNlRocmVzaG9sZFtdPjtcblxuY29uc3QgTUVUUklDX05BTUUgPSAvXltBLVphLXpfXVtBLVphLXowLTlfXSokLztcbmNvbnN0IFRBR19QQVJUID0gL15bQS1aYS16MC05Xy5cXC0vXSskLztcbmNvbnN0IFBFUkNFTlRJTEUgPSAvXnBcXCgoXFxkKyhcXC5cXGQrKT8pXFwpJC87XG5cbi8qKiBgaHR0cF9yZXFfZHVyYXRpb257ZW5kcG9pbnQ6aGVhbHRofWA6IHRoZSBrZXkgazYgdXNlcyBmb3IgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNLZXkobWV0cmljOiBzdHJpbmcsIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogc3RyaW5nIHtcbiAgaWYgKCFNRVRSSUNfTkFNRS50ZXN0KG1ldHJpYykpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBtZXRyaWMgbmFtZSBcIiR7bWV0cmljfVwiOiB1c2UgbGV0dGVycywgZGlnaXRzIGFuZCBfYCk7XG4gIGNvbnN0IGVudHJpZXMgPSBPYmplY3QuZW50cmllcyh0YWdzID8/IHt9KTtcbiAgaWYgKGVudHJpZXMubGVuZ3RoID09PSAwKSByZXR1cm4gbWV0cmljO1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBlbnRyaWVzKSB7XG4gICAgaWYgKCFUQUdfUEFSVC50ZXN0KGtleSkgfHwgIVRBR19QQVJULnRlc3QodmFsdWUpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgdGFnICR7a2V5fToke3ZhbHVlfSBvbiAke21ldHJpY306IHRhZ3MgaW4gdGhyZXNob2xkcyBtYXkgaG9sZCBsZXR0ZXJzLCBkaWdpdHMgYW5kIF8gLiAtIC9gKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGAke21ldHJpY317JHtlbnRyaWVzLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9OiR7dmFsdWV9YCkuam9pbignLCcpfX1gO1xufVxuXG4vKiogYHAoOTUpPDIwMGA6IG9uZSBydWxlIGFzIGs2J3MgZXhwcmVzc2lvbiB0ZXh0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cHJlc3Npb24ocnVsZTogUGljazxSdWxlLCAnc3RhdCcgfCAnb3AnIHwgJ3ZhbHVlJz4pOiBzdHJpbmcge1xuICBjb25zdCBwZXJjZW50aWxlID0gUEVSQ0VOVElMRS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKSB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4geyB0aHJlc2hvbGQ6IHRleHQsIGFib3J0T25GYWlsOiB0cnVlLCAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIFRoZSBxdWljayBjaGVjayBmb3IgQ0k6IG9uZSBWVSBmb3IgYWJvdXQgMTAgcyBjYWxsaW5nIGV2ZXJ5IGVuZHBvaW50IGF0IGxlYXN0IG9uY2UsIGFnYWluc3QgdGhlXG4vLyBzYW1lIHRocmVzaG9sZHMgYXMgdGhlIG1haW4gam9iLlxuaW1wb3J0IHsgRU5EUE9JTlRTIH0gZnJvbSAnLi4vbGliL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBjb25maWcgfSBmcm9tICcuLi9saWIvZW52LnRzJztcbmltcG9ydCB7IHJ1bldvcmtmbG93IH0gZnJvbSAnLi4vbGliL3J1bi13b3JrZmxvdy50cyc7XG5pbXBvcnQgeyBwcmVwYXJlUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi9saWIvc2V0dXAudHMnO1xuaW1wb3J0IHsgU1VNTUFSWV9UUkVORF9TVEFUUyB9IGZyb20gJy4uL2xpYi9zaGFwZXMudHMnO1xuaW1wb3J0IHsgZXZlcnlFbmRwb2ludCB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MudHMnO1xuaW1wb3J0IHsgYWJvcnRHYXRlcywgZXJyb3JHYXRlcywgZ2VuZXJhdGlvbkdhdGVzLCBsYXRlbmN5R2F0ZXMsIHN1Y2Nlc3NHYXRlcyB9IGZyb20gJy4uL3RocmVzaG9sZHMvZ2F0ZXMudHMnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcblxuZXhwb3J0IGNvbnN0IG9wdGlvbnMgPSB7XG4gIHNjZW5hcmlvczoge1xuICAgIHNtb2tlOiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYzogJ3Ntb2tlJywgdnVzOiAxLCBkdXJhdGlvbjogJzEwcycsIGdyYWNlZnVsU3RvcDogJzMwcycgfSxcbiAgfSxcbiAgdGhyZXNob2xkczogdG9LNlRocmVzaG9sZHMoW1xuICAgIC4uLmxhdGVuY3lHYXRlcyhjb25maWcudGFyZ2V0cywgRU5EUE9JTlRTKSxcbiAgICAuLi5lcnJvckdhdGVzKGNvbmZpZy50YXJnZXRzLCBFTkRQT0lOVFMpLFxuICAgIC4uLmFib3J0R2F0ZXMoJzVzJyksXG4gICAgLi4uc3VjY2Vzc0dhdGVzKGNvbmZpZy50YXJnZXRzKSxcbiAgICAuLi5nZW5lcmF0aW9uR2F0ZXMoY29uZmlnLnRhcmdldHMpLFxuICBdKSxcbiAgc2V0dXBUaW1lb3V0OiBgJHtNYXRoLm1heCg2MCwgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyArIDMwKX1zYCxcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG59O1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUnVuRGF0YSB7XG4gIHJldHVybiBwcmVwYXJlUnVuKGNvbmZpZywgeyBzZWVkOiBmYWxzZSB9KTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNtb2tlKGRhdGE6IFJ1bkRhdGEpOiB2b2lkIHtcbiAgcnVuV29ya2Zsb3coJ3Ntb2tlJywgZXZlcnlFbmRwb2ludCwgeyBjb25maWcsIGRhdGEgfSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBRU8sSUFBTSxZQUFZO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0Y7QUFLTyxJQUFNLFlBQVk7OztBQ0RsQixJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQ2QsQ0FBQzs7O0FDTU0sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBSUEsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsTUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsU0FBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0FBQ2pDO0FBRUEsU0FBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQ2pELFFBQU0sUUFBUSx5Q0FBeUMsS0FBSyxLQUFLO0FBQ2pFLFFBQU0sV0FBVztBQUNqQixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RDLFFBQU0sTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNCLFFBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFZLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRCxNQUFJLE1BQU0sT0FBTyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNyRCxTQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ3BCO0FBRUEsU0FBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLFNBQU87QUFBQSxJQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7QUFBQSxJQUNqRCxVQUFVLEtBQUssS0FBSyxHQUFHLE1BQU0sYUFBYSxnQkFBZ0I7QUFBQSxFQUM1RDtBQUNGO0FBR08sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sSUFBSTtBQUNWLFFBQU0sWUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFFBQU0sVUFBVSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyx1QkFBdUIsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN0SCxTQUFPO0FBQUEsSUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtBQUFBLElBQ3JELE9BQU87QUFBQSxNQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO0FBQUEsTUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsTUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsSUFDN0U7QUFBQSxJQUNBO0FBQUEsSUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO0FBQUEsSUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7QUFBQSxJQUNoRTtBQUFBLElBQ0EsV0FBVyxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJLE9BQU8sQ0FBQztBQUFBLElBQy9FLFNBQVMsUUFBUSxLQUFLLDBCQUEwQjtBQUFBLElBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtBQUFBLElBQ25ELGVBQWUsU0FBUyxLQUFLLElBQUksc0JBQXNCLEtBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDO0FBQUEsSUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO0FBQUEsSUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztBQUFBLElBQzdELFlBQVksSUFBSSxLQUFLLGVBQWUsTUFBUztBQUFBLElBQzdDLFNBQVM7QUFBQSxNQUNQLFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO0FBQUEsTUFDN0YsYUFBYSxTQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztBQUFBLE1BQ2xFLFdBQVcsU0FBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7QUFBQSxNQUM1RCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO0FBQUEsTUFDekUsWUFBWSxTQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtBQUFBLElBQ2hHO0FBQUEsRUFDRjtBQUNGOzs7QUNsSk8sSUFBTSxTQUFpQixZQUFZLEtBQUs7OztBQ0gvQyxTQUFTLFNBQVMsTUFBTSxhQUFhO0FBRzlCLElBQU0sc0JBQXNCLElBQUksTUFBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7OztBQ1YzRCxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFWixTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixRQUFNLE9BQU8sRUFBRSxVQUFVLEtBQUs7QUFDOUIsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVEsTUFBTSxhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDLEVBQUU7QUFBQSxJQUN0SDtBQUFBLEVBQ0Y7QUFDRjs7O0FDakJBLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQVU7QUFDakIsT0FBT0EsV0FBVTs7O0FDRmpCLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQXVEO0FBMkN2RCxJQUFNLFFBQVE7QUFBQSxFQUNuQixRQUFRLE1BQU07QUFBQSxFQUNkLE9BQU8sTUFBTTtBQUFBLEVBQ2IsU0FBUyxNQUFNO0FBQUEsRUFDZixRQUFRLENBQUMsT0FBVyxtQkFBbUIsRUFBRTtBQUFBLEVBQ3pDLFVBQVUsQ0FBQyxPQUFXLG1CQUFtQixFQUFFO0FBQUEsRUFDM0MsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLEVBQUU7QUFBQSxFQUNuQyxTQUFTLENBQUMsSUFBUSxVQUFrQixtQkFBbUIsRUFBRSxhQUFhLEtBQUs7QUFBQSxFQUMzRSxjQUFjLENBQUMsT0FBVyxtQkFBbUIsRUFBRTtBQUFBLEVBQy9DLFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFFTyxTQUFTLFlBQVksVUFBNEM7QUFDdEUsU0FBTyxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFRLEVBQUU7QUFDbEU7QUFHQSxJQUFNLFdBQVcsQ0FBQyxNQUE2QyxPQUFPLE1BQU0sWUFBWSxNQUFNLFFBQVEsQ0FBQyxNQUFNLFFBQVEsQ0FBQztBQUN0SCxJQUFNLFFBQVEsQ0FBQyxNQUF3QixTQUFTLENBQUMsTUFBTSxPQUFPLEVBQUUsT0FBTyxZQUFZLE9BQU8sRUFBRSxPQUFPO0FBRTVGLElBQU0sU0FBUztBQUFBLEVBQ3BCLFFBQVEsQ0FBQyxNQUF3QyxTQUFTLENBQUMsS0FBSyxFQUFFLFdBQVc7QUFBQSxFQUM3RSxPQUFPLENBQUMsTUFBMkIsU0FBUyxDQUFDLEtBQUssT0FBTyxFQUFFLGlCQUFpQixZQUFZLEVBQUUsaUJBQWlCO0FBQUEsRUFDM0csWUFBWSxDQUFDLE1BQWdDLFNBQVMsQ0FBQyxLQUFLLE1BQU0sUUFBUSxFQUFFLEtBQUssS0FBSyxPQUFPLEVBQUUsVUFBVTtBQUFBLEVBQ3pHLFFBQVEsQ0FBQyxNQUE0QixNQUFNLENBQUMsS0FBSyxPQUFRLEVBQWEsVUFBVTtBQUFBLEVBQ2hGLG9CQUFvQixDQUFDLE1BQTRCLE1BQU0sQ0FBQyxLQUFLLE1BQU0sUUFBUyxFQUFhLFFBQVE7QUFBQSxFQUNqRyxhQUFhLENBQUMsTUFBdUQsU0FBUyxDQUFDLEtBQUssRUFBRSxXQUFXLFVBQWEsRUFBRSxXQUFXO0FBQUEsRUFDM0gsS0FBSyxDQUFDLE1BQXlCLFNBQVMsQ0FBQyxLQUFLLE9BQU8sRUFBRSxXQUFXLFlBQVksTUFBTSxRQUFRLEVBQUUsUUFBUTtBQUFBLEVBQ3RHLFNBQVMsQ0FBQyxNQUE2QixTQUFTLENBQUMsS0FBSyxPQUFPLEVBQUUsWUFBWTtBQUFBLEVBQzNFLFdBQVcsQ0FBQyxNQUE2QyxTQUFTLENBQUM7QUFBQSxFQUNuRSxNQUFNLENBQUMsTUFBMEMsU0FBUyxDQUFDLEtBQUssTUFBTSxRQUFRLEVBQUUsS0FBSztBQUN2RjtBQUdBLFNBQVMsVUFBVSxLQUF5RDtBQUMxRSxRQUFNLE9BQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUU7QUFDckQsTUFBSSxDQUFDLEtBQUssU0FBUyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVMsWUFBWSxJQUFJLFNBQVMsR0FBSSxRQUFPO0FBQ3RGLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJLElBQUk7QUFBQSxFQUM1QixRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sa0JBQWtCLG9CQUFJLElBQXNEO0FBQ2xGLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxNQUFJLFdBQVcsZ0JBQWdCLElBQUksTUFBTTtBQUN6QyxNQUFJLENBQUMsVUFBVTtBQUNiLGVBQVcsS0FBSyxpQkFBaUIsTUFBTTtBQUN2QyxvQkFBZ0IsSUFBSSxRQUFRLFFBQVE7QUFBQSxFQUN0QztBQUNBLFNBQU87QUFDVDtBQUVPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQUdyQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBLEVBTEY7QUFBQTtBQUFBLEVBV2pCLEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQSxPQUNBLFNBQ1c7QUFDWCxVQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsUUFBSSxZQUFZLE9BQVcsU0FBUSxjQUFjLElBQUk7QUFDckQsUUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsVUFBTSxNQUFNLEtBQUssUUFBUSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSSxJQUFJLFlBQVksU0FBWSxPQUFPLEtBQUssVUFBVSxPQUFPLEdBQUc7QUFBQSxNQUNqSDtBQUFBLE1BQ0EsTUFBTSxZQUFZLFFBQVE7QUFBQSxNQUMxQixTQUFTLEtBQUs7QUFBQSxNQUNkLGtCQUFrQixhQUFhLFFBQVE7QUFBQSxJQUN6QyxDQUFDO0FBQ0QsVUFBTSxPQUFPLFFBQVEsVUFBVSxHQUFHLElBQUk7QUFDdEMsVUFBTSxXQUFXLElBQUksV0FBVztBQUNoQyxVQUFNLFVBQVUsQ0FBQyxTQUFTLE1BQU0sSUFBSTtBQUNwQyxVQUFNLEtBQUs7QUFBQSxNQUNUO0FBQUEsTUFDQTtBQUFBLFFBQ0UsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxNQUFNO0FBQUEsUUFDOUMsR0FBSSxRQUFRLEVBQUUsQ0FBQyxHQUFHLFFBQVEsK0JBQStCLEdBQUcsTUFBTSxDQUFDLFlBQVksUUFBUSxJQUFJLENBQUM7QUFBQSxNQUM5RjtBQUFBLE1BQ0EsRUFBRSxTQUFTO0FBQUEsSUFDYjtBQUNBLFdBQU8sRUFBRSxJQUFJLE1BQU0sWUFBWSxTQUFTLFFBQVEsSUFBSSxRQUFRLE1BQU0sWUFBWSxVQUFXLE9BQWEsT0FBVTtBQUFBLEVBQ2xIO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUMzRixVQUFNLFNBQVMsT0FBTyxRQUFRLEtBQUssRUFDaEMsT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sVUFBVSxNQUFTLEVBQ3pDLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFDbkUsS0FBSyxHQUFHO0FBQ1gsV0FBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBRyxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVMsSUFBSSxNQUFNLEtBQUssRUFBRSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDbkg7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBRG5OQSxJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLE9BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCLFVBQU0sbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhLCtDQUErQztBQUFBLEVBQzVKO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixVQUFNLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTSwyRUFBMkU7QUFBQSxFQUNoSTtBQUNGO0FBRUEsU0FBUyxNQUFNLFFBQW1CRSxTQUFnQixNQUFvQjtBQUNwRSxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxPQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzNDLE1BQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLFNBQVMsY0FBYyxTQUFTLFlBQVk7QUFBQSxFQUM1STtBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDLElBQUksT0FBTyxnQkFBZ0IsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ3BJLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLE9BQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQzNILFlBQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxXQUFXQSxTQUFnQkMsV0FBNkIsRUFBRSxNQUFNLEtBQUssR0FBWTtBQUMvRixRQUFNRCxRQUFPLE9BQU87QUFDcEIsUUFBTSxZQUFZLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUErQjtBQUFBLElBQ25DLFNBQVMsTUFBTSxXQUFXQSxTQUFRLFNBQVM7QUFBQSxJQUMzQyxPQUFPLE1BQU0sV0FBV0EsU0FBUSxPQUFPO0FBQUEsSUFDdkMsT0FBTyxNQUFNLFdBQVdBLFNBQVEsT0FBTztBQUFBLEVBQ3pDO0FBQ0EsUUFBTSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQ3hGLFFBQU0sa0JBQWtCQyxTQUFRLE9BQU8sWUFBWSxVQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0QsT0FBTSxJQUFJLENBQUM7QUFDbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxnQkFBZ0I7QUFDMUM7OztBRXRCTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDekRsRyxTQUFTLGFBQWE7QUFDdEIsT0FBT0UsV0FBVTs7O0FDRGpCLFNBQVMsU0FBQUMsY0FBYTtBQVN0QixTQUFTLGNBQWMsTUFBaUMsSUFBbUQ7QUFDekcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsUUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsU0FBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQy9DO0FBRUEsU0FBUyxlQUFlLEtBQWdCO0FBQ3RDLGFBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsVUFBTSxLQUFLLFFBQVEsZUFBZSxjQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsUUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxxQkFBb0IsSUFBSSxFQUFFO0FBQUEsRUFDMUY7QUFDQSxRQUFNLFFBQVEsY0FBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELE1BQUksVUFBVSxPQUFXLG9CQUFtQixJQUFJLEtBQUs7QUFDdkQ7QUFHTyxTQUFTLGdCQUFnQixRQUFtQixVQUFjLGVBQXVCLFVBQXFDO0FBQzNILFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxNQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLHFCQUFpQixJQUFJLElBQUk7QUFDekIsV0FBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7QUFBQSxFQUM1QztBQUNBLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxNQUFJO0FBQ0osU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLElBQUFDLE9BQU0sYUFBYTtBQUNuQixVQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFFBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsVUFBTSxPQUFPO0FBQ2IsUUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtBQUFBLEVBQzdEO0FBQ0EsUUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxtQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsTUFBSSxhQUFhLEtBQUs7QUFDcEIsK0JBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxtQkFBZSxHQUFHO0FBQUEsRUFDcEI7QUFDQSxTQUFPLEVBQUUsV0FBVyxJQUFJO0FBQzFCOzs7QUNqREEsU0FBUyxTQUFBQyxjQUFhOzs7QUZpQnRCLElBQUksVUFBcUMsQ0FBQztBQUUxQyxTQUFTLFVBQVUsS0FBYyxPQUEwQjtBQUN6RCxTQUFRLFFBQVEsS0FBSyxNQUFNLElBQUksVUFBVSxJQUFJLE9BQU8sU0FBUyxJQUFJLE9BQU8sYUFBYSxLQUFLO0FBQzVGO0FBT08sU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CO0FBQzlGO0FBRUEsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQTZGcEUsSUFBTSxnQkFBMEIsQ0FBQyxRQUN0QyxNQUFNLGtCQUFrQixNQUFNO0FBQzVCLFFBQU0sRUFBRSxRQUFBQyxTQUFRLEtBQUssSUFBSTtBQUN6QixRQUFNLE9BQU8sVUFBVSxLQUFLLEtBQUssT0FBTyxLQUFLO0FBQzdDLFFBQU0sUUFBUSxVQUFVLEtBQUssS0FBSyxPQUFPLEtBQUs7QUFDOUMsTUFBSSxLQUFLLEtBQUssT0FBTyxFQUFFO0FBQ3ZCLE9BQUssS0FBSyxZQUFZLEVBQUUsT0FBTyxFQUFFLENBQUMsRUFBRSxNQUFNO0FBQzFDLFFBQU0sVUFBVSxLQUFLLGFBQWEsRUFBRSxPQUFPLFlBQVksU0FBUyxHQUFHLEdBQUcsT0FBTyxpQkFBaUIsT0FBTyxnQkFBZ0IsZUFBZSxFQUFFLENBQUM7QUFDdkksTUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLGlCQUFlLElBQUksQ0FBQztBQUNwQixRQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLE9BQUssS0FBSyxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQzlCLE9BQUssS0FBSyxhQUFhLElBQUksRUFBRSxPQUFPLEdBQUcsUUFBUSxLQUFLLEtBQUssWUFBWSxDQUFDLEVBQUUsTUFBTTtBQUM5RSxRQUFNLGFBQWEsZ0JBQWdCLE1BQU0sSUFBSUEsUUFBTyxlQUFlQSxRQUFPLGtCQUFrQjtBQUM1RixPQUFLLFdBQVcsYUFBYTtBQUM3QixNQUFJLFdBQVcsV0FBVztBQUN4QixTQUFLLEtBQUssV0FBVyxJQUFJLFdBQVcsS0FBSyxTQUFTLENBQUMsR0FBRyxTQUFTLENBQUMsRUFBRSxNQUFNO0FBQ3hFLGVBQVcsVUFBVSxlQUFnQixNQUFLLEtBQUssYUFBYSxJQUFJLE1BQU0sRUFBRSxNQUFNO0FBQUEsRUFDaEY7QUFDQSxPQUFLLE1BQU0sV0FBVyxFQUFFLE1BQU07QUFDOUIsT0FBSyxNQUFNLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDL0IsT0FBSyxNQUFNLFdBQVcsRUFBRSxNQUFNO0FBQzlCLFNBQU8sS0FBSyxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3JDLENBQUM7OztBRy9JSCxJQUFNLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFFL0IsU0FBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLE1BQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxNQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxTQUFPLFFBQVE7QUFDakI7QUFHTyxTQUFTLGFBQWEsU0FBa0IsV0FBd0M7QUFDckYsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLFFBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLE1BQ3BEO0FBQUEsSUFDRjtBQUFBLElBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzdGLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxJQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsU0FBMEI7QUFDckQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxJQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLFNBQTBCO0FBQ3hELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSx5QkFBeUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEVBQUU7QUFBQSxJQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsRUFDOUY7QUFDRjs7O0FDdENBLElBQU0sY0FBYztBQUNwQixJQUFNLFdBQVc7QUFDakIsSUFBTSxhQUFhO0FBR1osU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxZQUFZLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxNQUFNLHdCQUF3QixNQUFNLDhCQUE4QjtBQUMzRyxRQUFNLFVBQVUsT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQ3pDLE1BQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxRQUFJLENBQUMsU0FBUyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsS0FBSyxLQUFLLEdBQUc7QUFDaEQsWUFBTSxJQUFJLE1BQU0sZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU0sMkRBQTJEO0FBQUEsSUFDckg7QUFBQSxFQUNGO0FBQ0EsU0FBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ2hGO0FBR08sU0FBUyxXQUFXLE1BQW1EO0FBQzVFLFFBQU0sYUFBYSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQzVDLE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEksU0FBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztBQUM1QztBQUVBLFNBQVMsS0FBSyxNQUF5QjtBQUNyQyxRQUFNQyxRQUFPLFdBQVcsSUFBSTtBQUM1QixNQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLFNBQU8sRUFBRSxXQUFXQSxPQUFNLGFBQWEsTUFBTSxHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUMsRUFBRztBQUN2SDtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBQzlETyxJQUFNLFVBQVU7QUFBQSxFQUNyQixXQUFXO0FBQUEsSUFDVCxPQUFPLEVBQUUsVUFBVSxnQkFBZ0IsTUFBTSxTQUFTLEtBQUssR0FBRyxVQUFVLE9BQU8sY0FBYyxNQUFNO0FBQUEsRUFDakc7QUFBQSxFQUNBLFlBQVksZUFBZTtBQUFBLElBQ3pCLEdBQUcsYUFBYSxPQUFPLFNBQVMsU0FBUztBQUFBLElBQ3pDLEdBQUcsV0FBVyxPQUFPLFNBQVMsU0FBUztBQUFBLElBQ3ZDLEdBQUcsV0FBVyxJQUFJO0FBQUEsSUFDbEIsR0FBRyxhQUFhLE9BQU8sT0FBTztBQUFBLElBQzlCLEdBQUcsZ0JBQWdCLE9BQU8sT0FBTztBQUFBLEVBQ25DLENBQUM7QUFBQSxFQUNELGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSSxPQUFPLHFCQUFxQixFQUFFLENBQUM7QUFBQSxFQUM3RCxtQkFBbUI7QUFDckI7QUFFTyxTQUFTLFFBQWlCO0FBQy9CLFNBQU8sV0FBVyxRQUFRLEVBQUUsTUFBTSxNQUFNLENBQUM7QUFDM0M7QUFFTyxTQUFTLE1BQU0sTUFBcUI7QUFDekMsY0FBWSxTQUFTLGVBQWUsRUFBRSxRQUFRLEtBQUssQ0FBQztBQUN0RDsiLAogICJuYW1lcyI6IFsiaHR0cCIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAib3B0aW9ucyIsICJleGVjIiwgInNsZWVwIiwgInNsZWVwIiwgInNsZWVwIiwgImV4ZWMiLCAiY29uZmlnIiwgInRleHQiXQp9Cg==
