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
  const [regular, power, admin2] = parts.map(Number);
  if (regular + power + admin2 !== 100) fail(name, value, expected);
  return { regular, power, admin: admin2 };
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

// lib/workflows/endpoint-groups.ts
import exec2 from "k6/execution";

// lib/http/api.ts
import { check } from "k6";
import http from "k6/http";

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
  constructor(ok, status2, res) {
    this.ok = ok;
    this.status = status2;
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
function expectStatus(status2) {
  return statusCallbacks[status2] ??= http.expectedStatuses(status2);
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
    const status2 = res.status;
    const statusOk = status2 === expected;
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
    return new LazyResult(allOk, status2, shape2 && statusOk && shapeOk ? res : void 0);
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

// lib/workflows/endpoint-groups.ts
var EXPORT_FORMATS = ["json", "markdown", "html"];
var seeded = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
var ENDPOINT_GROUPS = {
  health: { exec: "health", endpoints: ["health"], rate: (r) => r * 2, steps: [({ user }) => user.health()] },
  reads: {
    exec: "reads",
    endpoints: ["courses_list", "course_get", "chapter_get"],
    rate: (r) => r,
    steps: [({ user }) => user.listCourses({ limit: 20 }), ({ user }, data) => user.getCourse(seeded(data)), ({ user }, data) => user.getChapter(seeded(data), 1)]
  },
  status: { exec: "status", endpoints: ["job_get"], rate: (r) => r, steps: [({ user }, data) => user.getJob(data.jobId)] },
  writes: {
    exec: "writes",
    endpoints: ["course_create", "course_update", "course_delete"],
    rate: (r) => r,
    // One iteration creates, updates and deletes, so the three write endpoints get the same rate and nothing is left behind.
    steps: [
      ({ user }, _data, title) => {
        const created = user.createCourse({ title: title("api-write"), topic: "writes", level: "intermediate", chapter_count: 1 });
        if (!created.body) return;
        user.updateCourse(created.body.id, { level: "advanced" });
        user.deleteCourse(created.body.id);
      }
    ]
  },
  generate: {
    exec: "generate",
    endpoints: ["course_generate"],
    rate: (r) => Math.max(0.2, r / 5),
    steps: [
      ({ user }, _data, title) => {
        const created = user.createCourse({ title: title("api-gen"), topic: "generation", level: "beginner", chapter_count: 1 });
        if (created.body) user.generate(created.body.id);
      }
    ]
  },
  export: {
    exec: "exportCourse",
    endpoints: ["course_export"],
    rate: (r) => Math.max(0.2, r / 2),
    steps: EXPORT_FORMATS.map((format) => ({ user }, data) => user.exportCourse(seeded(data), format))
  },
  admin: {
    exec: "admin",
    endpoints: ["admin_stats", "admin_jobs", "admin_users"],
    rate: (r) => r,
    steps: [({ admin: admin2 }) => admin2.adminStats(), ({ admin: admin2 }) => admin2.adminJobs(20), ({ admin: admin2 }) => admin2.adminUsers()]
  }
};
function groupedEndpoints() {
  return [...Object.values(ENDPOINT_GROUPS).flatMap((group) => group.endpoints), "login"];
}
async function prepareEndpointGroups(config3) {
  const data = await prepareRun(config3);
  const client = new ApiClient(config3.baseUrl, config3.apiTimeoutS, data.tokens.regular);
  const course = client.createCourse({ title: `perf-api ${data.runId}`, topic: "api budgets", level: "beginner", chapter_count: 1 });
  if (!course.body) throw new Error(`setup could not create the course whose job the status group polls (status ${course.status})`);
  const job = client.generate(course.body.id);
  if (!job.body) throw new Error(`setup could not start the generation job the status group polls (status ${job.status})`);
  return { ...data, jobId: job.body.job_id };
}
var clients;
var turn = 0;
function runGroupStep(config3, group, data) {
  clients ??= {
    user: new ApiClient(config3.baseUrl, config3.apiTimeoutS, data.tokens.regular),
    admin: new ApiClient(config3.baseUrl, config3.apiTimeoutS, data.tokens.admin)
  };
  const step = group.steps[turn++ % group.steps.length];
  step(clients, data, (kind) => `perf-${kind} ${data.runId} vu${exec2.vu.idInTest} it${exec2.vu.iterationInScenario}`);
}

// lib/config/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

// lib/metrics/resources.ts
import exec3 from "k6/execution";
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
  if (typeof body.refused === "string") exec3.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
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
function wholeRate(perSecond) {
  return Number.isInteger(perSecond) ? { rate: perSecond, timeUnit: "1s" } : { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: "1m" };
}
function constantRate(exec4, perSecond, durationS, maxVUs2, startTime = "0s") {
  return {
    executor: "constant-arrival-rate",
    exec: exec4,
    ...wholeRate(perSecond),
    duration: `${durationS}s`,
    preAllocatedVUs: Math.min(maxVUs2, Math.max(1, Math.ceil(perSecond))),
    maxVUs: maxVUs2,
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

// thresholds/gates.ts
var api = { scope: API_SCOPE };
function endpointP95(endpoint, targets) {
  if (endpoint === "health") return targets.healthP95Ms;
  if (endpoint === "course_export") return targets.exportP95Ms;
  return targets.apiP95Ms;
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
function endpointBudgetGates(targets, endpoints, errorRate2) {
  return endpoints.flatMap((endpoint) => [
    {
      metric: "http_req_duration",
      tags: { endpoint },
      rules: [
        { stat: "p(95)", op: "<", value: endpointP95(endpoint, targets) },
        { stat: "p(99)", op: "<", value: Math.max(targets.apiP99Ms, endpointP95(endpoint, targets)) }
      ]
    },
    { metric: "http_req_failed", tags: { endpoint }, rules: [{ stat: "rate", op: "<", value: errorRate2 }] }
  ]);
}

// scenarios/api.ts
var config2 = guardedConfig("api");
var rate = envNumber(__ENV, "API_RATE", 5, { min: 0.1, max: 1e4, what: "iterations per second" });
var errorRate = envNumber(__ENV, "API_ERROR_RATE", 0.01, { min: 0, max: 1, what: "a fraction (e.g. 0.01)" });
var maxVUs = Math.max(10, Math.ceil(rate * 4));
var options = entryOptions(config2, () => ({
  wallTimeS: config2.durationS,
  scenarios: Object.fromEntries(
    Object.entries(ENDPOINT_GROUPS).map(([name, group]) => [name, constantRate(group.exec, group.rate(rate), config2.durationS, maxVUs)])
  ),
  gates: [...endpointBudgetGates(config2.targets, groupedEndpoints(), errorRate), ...abortGates()]
}));
var handleSummary = makeHandleSummary({ scenario: "api" });
function setup() {
  return prepareEndpointGroups(config2);
}
var g = ENDPOINT_GROUPS;
var health = (data) => runGroupStep(config2, g.health, data);
var reads = (data) => runGroupStep(config2, g.reads, data);
var status = (data) => runGroupStep(config2, g.status, data);
var writes = (data) => runGroupStep(config2, g.writes, data);
var generate = (data) => runGroupStep(config2, g.generate, data);
var exportCourse = (data) => runGroupStep(config2, g.export, data);
var admin = (data) => runGroupStep(config2, g.admin, data);
export {
  admin,
  exportCourse,
  generate,
  handleSummary,
  health,
  options,
  pollResources2 as pollResources,
  reads,
  setup,
  status,
  teardown,
  writes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvZW5kcG9pbnQtZ3JvdXBzLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvY29uZmlnL2Vudi50cyIsICIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCAiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvcmVwb3J0L2VzY2FwZS50cyIsICIuLi9saWIvcmVwb3J0L3N1bW1hcnktZGF0YS50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsICIuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzIiwgIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiLCAiLi4vc2NlbmFyaW9zL2FwaS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIHBsYXRmb3JtJ3MgcGVyZm9ybWFuY2UgdGFyZ2V0cyBhcyBkYXRhLiBEZWZhdWx0cyBhcmUgdGhlIHNlZWQgc3VpdGUnczsgZXZlcnkgb25lIGNhbiBiZVxuLy8gb3ZlcnJpZGRlbiBmcm9tIHRoZSBlbnZpcm9ubWVudCAoc2VlIGxpYi9jb25maWcvY29uZmlnLnRzKS5cbmV4cG9ydCBpbnRlcmZhY2UgVGFyZ2V0cyB7XG4gIC8qKiBBUEkgbGF0ZW5jeSwgYWxsIGVuZHBvaW50cyB0b2dldGhlciBhbmQgZWFjaCBvbiBpdHMgb3duIChtcykuICovXG4gIGFwaVA5NU1zOiBudW1iZXI7XG4gIGFwaVA5OU1zOiBudW1iZXI7XG4gIC8qKiBHRVQgL2hlYWx0aCBtdXN0IHN0YXkgZmFzdCB1bmRlciBsb2FkIChtcykuICovXG4gIGhlYWx0aFA5NU1zOiBudW1iZXI7XG4gIC8qKiBFeHBvcnQgYnVpbGRzIGEgd2hvbGUgZG9jdW1lbnQsIHNvIGl0IGdldHMgYSBtb3JlIGxlbmllbnQgYnVkZ2V0IChtcykuICovXG4gIGV4cG9ydFA5NU1zOiBudW1iZXI7XG4gIC8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24sIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzIChtcykuICovXG4gIGNoYXB0ZXJQOTVNczogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgY2hlY2tzIGFuZCB3b3JrZmxvd3MgdGhhdCBtdXN0IHN1Y2NlZWQgKDAtMSkuICovXG4gIHN1Y2Nlc3NSYXRlOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBBUEkgcmVxdWVzdHMgdGhhdCBtYXkgZmFpbCwgb3ZlcmFsbCBhbmQgcGVyIGVuZHBvaW50ICgwLTEpLiAqL1xuICBlcnJvclJhdGU6IG51bWJlcjtcbiAgLyoqIFNlcnZlciByZXNvdXJjZXMsIGdhdGVkIG9ubHkgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQuICovXG4gIG1lbW9yeU1iOiBudW1iZXI7XG4gIGNwdVBlcmNlbnQ6IG51bWJlcjtcbiAgLyoqIE1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCB0aGF0IGEgc29hayBtYXkgc2hvdywgTUIgcGVyIG1pbnV0ZS4gKi9cbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlcjtcbn1cblxuZXhwb3J0IGNvbnN0IERFRkFVTFRfVEFSR0VUUzogUmVhZG9ubHk8VGFyZ2V0cz4gPSBPYmplY3QuZnJlZXplKHtcbiAgYXBpUDk1TXM6IDIwMCxcbiAgYXBpUDk5TXM6IDUwMCxcbiAgaGVhbHRoUDk1TXM6IDUwLFxuICBleHBvcnRQOTVNczogMTAwMCxcbiAgY2hhcHRlclA5NU1zOiAxMjBfMDAwLFxuICBzdWNjZXNzUmF0ZTogMC45NSxcbiAgZXJyb3JSYXRlOiAwLjA1LFxuICBtZW1vcnlNYjogMTAyNCxcbiAgY3B1UGVyY2VudDogODAsXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiAxMCxcbn0pO1xuIiwgIi8vIFJ1biBjb25maWd1cmF0aW9uIGZyb20gdGhlIGVudmlyb25tZW50LCB2YWxpZGF0ZWQgdXAgZnJvbnQuIFB1cmUgKG5vIGs2IGltcG9ydHMpIHNvIHRoZVxuLy8gcGFyc2luZyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlOyBsaWIvY29uZmlnL2Vudi50cyBhcHBsaWVzIGl0IHRvIGs2J3MgX19FTlYgYXQgaW5pdCwgd2hlcmUgYSB0aHJvd1xuLy8gc3RvcHMgdGhlIHJ1biBiZWZvcmUgYW55IHJlcXVlc3QgaXMgc2VudC5cbmltcG9ydCB7IERFRkFVTFRfVEFSR0VUUywgdHlwZSBUYXJnZXRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzJztcblxuZXhwb3J0IHR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnIHtcbiAgYmFzZVVybDogc3RyaW5nO1xuICB1c2VyczogeyByZWd1bGFyOiBDcmVkZW50aWFsczsgcG93ZXI6IENyZWRlbnRpYWxzOyBhZG1pbjogQ3JlZGVudGlhbHMgfTtcbiAgLyoqIEhvbGQgdGltZSBvZiB0aGUgbWFpbiBsb2FkLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OKS4gKi9cbiAgZHVyYXRpb25TOiBudW1iZXI7XG4gIC8qKiBQZWFrIG51bWJlciBvZiB2aXJ0dWFsIHVzZXJzIChQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTKS4gKi9cbiAgY29uY3VycmVudFVzZXJzOiBudW1iZXI7XG4gIC8qKiBQZXItcmVxdWVzdCB0aW1lb3V0LCBzZWNvbmRzIChQRVJGT1JNQU5DRV9BUElfVElNRU9VVCkuICovXG4gIGFwaVRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBSYW1wLXVwIGFuZCByYW1wLWRvd24gdGltZSwgc2Vjb25kcy4gKi9cbiAgcmFtcFVwUzogbnVtYmVyO1xuICByYW1wRG93blM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIFZVcyBwZXIgdXNlciB0eXBlLCBwZXJjZW50LCBzdW1taW5nIHRvIDEwMC4gKi9cbiAgd2VpZ2h0czogeyByZWd1bGFyOiBudW1iZXI7IHBvd2VyOiBudW1iZXI7IGFkbWluOiBudW1iZXIgfTtcbiAgLyoqIFRoaW5rIHRpbWUgYmV0d2VlbiBhIHVzZXIncyBhY3Rpb25zLCBzZWNvbmRzLCBkcmF3biB1bmlmb3JtbHkgZnJvbSBbbWluLCBtYXhdLiAqL1xuICB0aGlua1RpbWVTOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9O1xuICAvKiogSG93IG9mdGVuIGEgcG93ZXIgdXNlciBwb2xscyBhIGdlbmVyYXRpb24gam9iLCBhbmQgaG93IGxvbmcgaXQgd2FpdHMgYXQgbW9zdCwgc2Vjb25kcy4gKi9cbiAgcG9sbEludGVydmFsUzogbnVtYmVyO1xuICBnZW5lcmF0aW9uVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIENoYXB0ZXJzIHBlciBnZW5lcmF0ZWQgY291cnNlLiAqL1xuICBjaGFwdGVyc1BlckNvdXJzZTogbnVtYmVyO1xuICBzaWRlY2FyVXJsOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzaWRlY2FyIHNhbXBsZXMgZ28gbWlzc2luZyAoU0lERUNBUl9TVFJJQ1Q9dHJ1ZSkuICovXG4gIHNpZGVjYXJTdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBIb3N0cyBiZXNpZGVzIGxvb3BiYWNrIHRoYXQgZW50cmllcyBoZWF2aWVyIHRoYW4gc21va2UgbWF5IGxvYWQgKFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMpLiAqL1xuICBhbGxvd2VkSG9zdHM6IHN0cmluZ1tdO1xuICB0YXJnZXRzOiBUYXJnZXRzO1xufVxuXG5leHBvcnQgY2xhc3MgQ29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlnRXJyb3InO1xufVxuXG50eXBlIFJlYWQ8VD4gPSAoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFQpID0+IFQ7XG5cbmZ1bmN0aW9uIHJhdyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIHJldHVybiB2YWx1ZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdmFsdWUudHJpbSgpO1xufVxuXG5mdW5jdGlvbiBmYWlsKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZywgZXhwZWN0ZWQ6IHN0cmluZyk6IG5ldmVyIHtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xufVxuXG5mdW5jdGlvbiBudW1iZXJJbihtaW46IG51bWJlciwgbWF4OiBudW1iZXIsIHdoYXQ6IHN0cmluZywgaW50ZWdlcjogYm9vbGVhbik6IFJlYWQ8bnVtYmVyPiB7XG4gIHJldHVybiAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgICBjb25zdCBleHBlY3RlZCA9IGAke3doYXR9IGZyb20gJHttaW59IHRvICR7bWF4fWA7XG4gICAgaWYgKCEvXlsrXT9cXGQrKFxcLlxcZCspPyQvLnRlc3QodmFsdWUpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgY29uc3QgcGFyc2VkID0gTnVtYmVyKHZhbHVlKTtcbiAgICBpZiAoKGludGVnZXIgJiYgIU51bWJlci5pc0ludGVnZXIocGFyc2VkKSkgfHwgcGFyc2VkIDwgbWluIHx8IHBhcnNlZCA+IG1heCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIHJldHVybiBwYXJzZWQ7XG4gIH07XG59XG5cbi8qKiBXaG9sZSBzZWNvbmRzLCBlLmcuIDYwIChhIHVuaXQgc3VjaCBhcyBcIjYwc1wiIG9yIFwiMW1cIiBpcyByZWZ1c2VkIHJhdGhlciB0aGFuIGd1ZXNzZWQpLiAqL1xuY29uc3Qgc2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycsIHRydWUpO1xuY29uc3QgY291bnQgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyJywgdHJ1ZSk7XG5jb25zdCBtaWxsaXMgPSBudW1iZXJJbigxLCAzXzYwMF8wMDAsICdtaWxsaXNlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKTtcbmNvbnN0IGZyYWN0aW9uID0gbnVtYmVySW4oMCwgMSwgJ2EgZnJhY3Rpb24gKGUuZy4gMC45NSknLCBmYWxzZSk7XG5cbmNvbnN0IHRleHQ6IFJlYWQ8c3RyaW5nPiA9IChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodmFsdWUudHJpbSgpID09PSAnJykgZmFpbChuYW1lLCB2YWx1ZSwgJ2Egbm9uLWVtcHR5IHZhbHVlJyk7XG4gIHJldHVybiB2YWx1ZTtcbn07XG5cbmZ1bmN0aW9uIHVybChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgY29uc3QgbWF0Y2ggPSAvXihodHRwcz8pOlxcL1xcLyhbXi9cXHM6XSt8XFxbWzAtOWEtZkEtRjpdK1xcXSkoOlxcZHsxLDV9KT8oXFwvXFxTKik/JC8uZXhlYyh2YWx1ZSk7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsICdhbiBodHRwKHMpIFVSTCBzdWNoIGFzIGh0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpO1xuICByZXR1cm4gdmFsdWUucmVwbGFjZSgvXFwvKyQvLCAnJyk7XG59XG5cbmZ1bmN0aW9uIHdlaWdodHMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IHJlZ3VsYXI6IDcwLCBwb3dlcjogMjAsIGFkbWluOiAxMCB9O1xuICBjb25zdCBwYXJ0cyA9IHZhbHVlLnNwbGl0KCcvJykubWFwKChwYXJ0KSA9PiBwYXJ0LnRyaW0oKSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3RocmVlIHdob2xlIHBlcmNlbnRhZ2VzIHJlZ3VsYXIvcG93ZXIvYWRtaW4gc3VtbWluZyB0byAxMDAsIGUuZy4gNzAvMjAvMTAnO1xuICBpZiAocGFydHMubGVuZ3RoICE9PSAzIHx8IHBhcnRzLnNvbWUoKHBhcnQpID0+ICEvXlxcZCskLy50ZXN0KHBhcnQpKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBbcmVndWxhciwgcG93ZXIsIGFkbWluXSA9IHBhcnRzLm1hcChOdW1iZXIpIGFzIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgaWYgKHJlZ3VsYXIgKyBwb3dlciArIGFkbWluICE9PSAxMDApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgcmVndWxhciwgcG93ZXIsIGFkbWluIH07XG59XG5cbmZ1bmN0aW9uIHRoaW5rVGltZShlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd0aGlua1RpbWVTJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgbWluOiAxLCBtYXg6IDMgfTtcbiAgY29uc3QgbWF0Y2ggPSAvXihcXGQrKD86XFwuXFxkKyk/KSg/Oi0oXFxkKyg/OlxcLlxcZCspPykpPyQvLmV4ZWModmFsdWUpO1xuICBjb25zdCBleHBlY3RlZCA9ICdzZWNvbmRzIGFzIE4gb3IgTUlOLU1BWCAoZS5nLiAxLTMpLCBlYWNoIGF0IG1vc3QgNjAnO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IG1pbiA9IE51bWJlcihtYXRjaFsxXSk7XG4gIGNvbnN0IG1heCA9IG1hdGNoWzJdID09PSB1bmRlZmluZWQgPyBtaW4gOiBOdW1iZXIobWF0Y2hbMl0pO1xuICBpZiAobWF4IDwgbWluIHx8IG1heCA+IDYwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IG1pbiwgbWF4IH07XG59XG5cbmZ1bmN0aW9uIGZsYWcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycgfHwgdmFsdWUgPT09ICdmYWxzZScgfHwgdmFsdWUgPT09ICcwJykgcmV0dXJuIGZhbHNlO1xuICBpZiAodmFsdWUgPT09ICd0cnVlJyB8fCB2YWx1ZSA9PT0gJzEnKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIGZhaWwobmFtZSwgdmFsdWUsICd0cnVlIG9yIGZhbHNlJyk7XG59XG5cbmZ1bmN0aW9uIGhvc3RMaXN0KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIFtdO1xuICBjb25zdCBob3N0cyA9IHZhbHVlLnNwbGl0KCcsJykubWFwKChob3N0KSA9PiBob3N0LnRyaW0oKS50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKGhvc3RzLnNvbWUoKGhvc3QpID0+ICEvXihcXFtbMC05YS1mOl0rXFxdfFthLXowLTkuXFwtOl0rKSQvLnRlc3QoaG9zdCkpKSB7XG4gICAgZmFpbChuYW1lLCB2YWx1ZSwgJ2EgY29tbWEtc2VwYXJhdGVkIGxpc3Qgb2YgaG9zdCBuYW1lcyBvciBhZGRyZXNzZXMsIGUuZy4gc3RhZ2luZy5leGFtcGxlLmNvbSwxMC4wLjAuNScpO1xuICB9XG4gIHJldHVybiBob3N0cztcbn1cblxuZnVuY3Rpb24gY3JlZGVudGlhbHMoZW52OiBFbnYsIHByZWZpeDogc3RyaW5nLCBmYWxsYmFja0VtYWlsOiBzdHJpbmcsIGZhbGxiYWNrUGFzc3dvcmQ6IHN0cmluZyk6IENyZWRlbnRpYWxzIHtcbiAgcmV0dXJuIHtcbiAgICBlbWFpbDogdGV4dChlbnYsIGAke3ByZWZpeH1fRU1BSUxgLCBmYWxsYmFja0VtYWlsKSxcbiAgICBwYXNzd29yZDogdGV4dChlbnYsIGAke3ByZWZpeH1fUEFTU1dPUkRgLCBmYWxsYmFja1Bhc3N3b3JkKSxcbiAgfTtcbn1cblxuLyoqIFJlYWRzIGFuZCB2YWxpZGF0ZXMgZXZlcnkgc2V0dGluZzsgdGhyb3dzIENvbmZpZ0Vycm9yIG5hbWluZyB0aGUgZmlyc3QgYmFkIHZhcmlhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ29uZmlnKGVudjogRW52KTogQ29uZmlnIHtcbiAgY29uc3QgZCA9IERFRkFVTFRfVEFSR0VUUztcbiAgY29uc3QgZHVyYXRpb25TID0gc2Vjb25kcygxLCA3ICogMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OJywgNjApO1xuICBjb25zdCByYW1wVXBTID0gc2Vjb25kcygwLCAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLCBNYXRoLm1pbigzMCwgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChkdXJhdGlvblMgLyA0KSkpKTtcbiAgcmV0dXJuIHtcbiAgICBiYXNlVXJsOiB1cmwoZW52LCAnQkFTRV9VUkwnLCAnaHR0cDovLzEyNy4wLjAuMTo4MDAwJykgYXMgc3RyaW5nLFxuICAgIHVzZXJzOiB7XG4gICAgICByZWd1bGFyOiBjcmVkZW50aWFscyhlbnYsICdSRUdVTEFSX1VTRVInLCAncmVndWxhckBleGFtcGxlLmNvbScsICdyZWd1bGFyLXBhc3N3b3JkJyksXG4gICAgICBwb3dlcjogY3JlZGVudGlhbHMoZW52LCAnUE9XRVJfVVNFUicsICdwb3dlckBleGFtcGxlLmNvbScsICdwb3dlci1wYXNzd29yZCcpLFxuICAgICAgYWRtaW46IGNyZWRlbnRpYWxzKGVudiwgJ0FETUlOX1VTRVInLCAnYWRtaW5AZXhhbXBsZS5jb20nLCAnYWRtaW4tcGFzc3dvcmQnKSxcbiAgICB9LFxuICAgIGR1cmF0aW9uUyxcbiAgICBjb25jdXJyZW50VXNlcnM6IGNvdW50KDEsIDEwMF8wMDApKGVudiwgJ1BFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMnLCAxMDApLFxuICAgIGFwaVRpbWVvdXRTOiBzZWNvbmRzKDEsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX0FQSV9USU1FT1VUJywgMzApLFxuICAgIHJhbXBVcFMsXG4gICAgcmFtcERvd25TOiBzZWNvbmRzKDAsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTicsIE1hdGgubWluKDEwLCByYW1wVXBTKSksXG4gICAgd2VpZ2h0czogd2VpZ2h0cyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFMnKSxcbiAgICB0aGlua1RpbWVTOiB0aGlua1RpbWUoZW52LCAnUEVSRk9STUFOQ0VfVEhJTktfVElNRScpLFxuICAgIHBvbGxJbnRlcnZhbFM6IG51bWJlckluKDAuMSwgNjAsICdzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnR0VORVJBVElPTl9QT0xMX0lOVEVSVkFMJywgMSksXG4gICAgZ2VuZXJhdGlvblRpbWVvdXRTOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnR0VORVJBVElPTl9USU1FT1VUJywgMzAwKSxcbiAgICBjaGFwdGVyc1BlckNvdXJzZTogY291bnQoMSwgMjApKGVudiwgJ0dFTkVSQVRJT05fQ0hBUFRFUlMnLCAzKSxcbiAgICBzaWRlY2FyVXJsOiB1cmwoZW52LCAnU0lERUNBUl9VUkwnLCB1bmRlZmluZWQpLFxuICAgIHNpZGVjYXJTdHJpY3Q6IGZsYWcoZW52LCAnU0lERUNBUl9TVFJJQ1QnKSxcbiAgICBhbGxvd2VkSG9zdHM6IGhvc3RMaXN0KGVudiwgJ1BFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMnKSxcbiAgICB0YXJnZXRzOiB7XG4gICAgICBhcGlQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk1X01TJywgZC5hcGlQOTVNcyksXG4gICAgICBhcGlQOTlNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk5X01TJywgZC5hcGlQOTlNcyksXG4gICAgICBoZWFsdGhQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9IRUFMVEhfUDk1X01TJywgZC5oZWFsdGhQOTVNcyksXG4gICAgICBleHBvcnRQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9FWFBPUlRfUDk1X01TJywgZC5leHBvcnRQOTVNcyksXG4gICAgICBjaGFwdGVyUDk1TXM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdUSFJFU0hPTERfQ0hBUFRFUl9QOTVfUycsIGQuY2hhcHRlclA5NU1zIC8gMTAwMCkgKiAxMDAwLFxuICAgICAgc3VjY2Vzc1JhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9TVUNDRVNTX1JBVEUnLCBkLnN1Y2Nlc3NSYXRlKSxcbiAgICAgIGVycm9yUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX0VSUk9SX1JBVEUnLCBkLmVycm9yUmF0ZSksXG4gICAgICBtZW1vcnlNYjogY291bnQoMSwgMV8wNDhfNTc2KShlbnYsICdQRVJGT1JNQU5DRV9NRU1PUllfTElNSVQnLCBkLm1lbW9yeU1iKSxcbiAgICAgIGNwdVBlcmNlbnQ6IG51bWJlckluKDEsIDEwMCwgJ2EgcGVyY2VudGFnZScsIGZhbHNlKShlbnYsICdQRVJGT1JNQU5DRV9DUFVfTElNSVQnLCBkLmNwdVBlcmNlbnQpLFxuICAgICAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlckluKDAsIDFfMDAwXzAwMCwgJ01CIHBlciBtaW51dGUgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOJywgZC5tZW1vcnlHcm93dGhNYlBlck1pbiksXG4gICAgfSxcbiAgfTtcbn1cblxuLyoqIFRoZSBob3N0IHBhcnQgb2YgYSBVUkwsIGxvd2VyLWNhc2VkLCBJUHY2IGluIGJyYWNrZXRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhvc3RPZihiYXNlVXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBtYXRjaCA9IC9eaHR0cHM/OlxcL1xcLyhcXFtbXlxcXV0rXFxdfFteLzpdKykvaS5leGVjKGJhc2VVcmwpO1xuICByZXR1cm4gKG1hdGNoPy5bMV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJ1s6OjFdJyB8fCBob3N0ID09PSAnOjoxJyB8fCAvXjEyN1xcLlxcZHsxLDN9XFwuXFxkezEsM31cXC5cXGR7MSwzfSQvLnRlc3QoaG9zdCk7XG59XG5cbi8qKlxuICogVGhlIHRhcmdldCBndWFyZDogYW4gZW50cnkgaGVhdmllciB0aGFuIHNtb2tlIHJlZnVzZXMgYSBob3N0IHRoYXQgaXMgbm90IGxvb3BiYWNrIHVubGVzcyBpdCBpc1xuICogYWxsb3ctbGlzdGVkLCBzbyBhIHR5cG8gaW4gQkFTRV9VUkwgY2Fubm90IGxvYWQtdGVzdCBwcm9kdWN0aW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWc6IENvbmZpZywgZW50cnk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBob3N0ID0gaG9zdE9mKGNvbmZpZy5iYXNlVXJsKTtcbiAgaWYgKGlzTG9vcGJhY2soaG9zdCkgfHwgY29uZmlnLmFsbG93ZWRIb3N0cy5pbmNsdWRlcyhob3N0KSkgcmV0dXJuO1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgYHJlZnVzaW5nIHRvIHJ1biBcIiR7ZW50cnl9XCIgYWdhaW5zdCAke2NvbmZpZy5iYXNlVXJsfTogJHtob3N0fSBpcyBub3QgYSBsb29wYmFjayBhZGRyZXNzLiBgICtcbiAgICAgIGBJZiB5b3UgbWVhbiB0byBsb2FkLXRlc3QgaXQsIGFsbG93IGl0IHdpdGggUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUz0ke2hvc3R9IChjb21tYS1zZXBhcmF0ZWQgbGlzdCkuYCxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIHNjZW5hcmlvJ3Mgb3duIG51bWVyaWMgc2V0dGluZyAoZS5nLiBTUElLRV9GQUNUT1IpLCB2YWxpZGF0ZWQgbGlrZSB0aGUgc2hhcmVkIG9uZXM6IGEgYmFkXG4gKiB2YWx1ZSBzdG9wcyB0aGUgcnVuIGF0IGluaXQgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSB2YXJpYWJsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudk51bWJlcihlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyLCByYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXI7IGludGVnZXI/OiBib29sZWFuOyB3aGF0Pzogc3RyaW5nIH0pOiBudW1iZXIge1xuICBjb25zdCB3aGF0ID0gcmFuZ2Uud2hhdCA/PyAocmFuZ2UuaW50ZWdlciA/ICdhIHdob2xlIG51bWJlcicgOiAnYSBudW1iZXInKTtcbiAgcmV0dXJuIG51bWJlckluKHJhbmdlLm1pbiwgcmFuZ2UubWF4LCB3aGF0LCByYW5nZS5pbnRlZ2VyID8/IGZhbHNlKShlbnYsIG5hbWUsIGZhbGxiYWNrKTtcbn1cbiIsICIvLyBUaGUgYGFwaWAgZW50cnkncyB0cmFmZmljOiB0aGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgaW4gZ3JvdXBzLCBlYWNoIGdyb3VwIG9uZSBvcGVuLW1vZGVsXG4vLyBzY2VuYXJpbyB3aG9zZSBpdGVyYXRpb24gY2FsbHMgdGhlIG5leHQgZW5kcG9pbnQgb2YgaXRzIGdyb3VwLiBFbmRwb2ludHMgb2YgYSBncm91cCBzaGFyZSBhXG4vLyByYXRlOyBlYWNoIGlzIHN0aWxsIHRhZ2dlZCBhbmQgZ2F0ZWQgb24gaXRzIG93biAoZW5kcG9pbnQ6PG5hbWU+KS5cbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgRXhwb3J0Rm9ybWF0LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB0eXBlIHsgRW5kcG9pbnQgfSBmcm9tICcuLi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBwcmVwYXJlUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRHcm91cERhdGEgZXh0ZW5kcyBSdW5EYXRhIHtcbiAgLyoqIEEgZ2VuZXJhdGlvbiBqb2IgZXZlcnkgYHN0YXR1c2AgaXRlcmF0aW9uIHBvbGxzLiAqL1xuICBqb2JJZDogSWQ7XG59XG5cbnR5cGUgU3RlcCA9IChhcGk6IHsgdXNlcjogQXBpQ2xpZW50OyBhZG1pbjogQXBpQ2xpZW50IH0sIGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhLCB0aXRsZTogKGtpbmQ6IHN0cmluZykgPT4gc3RyaW5nKSA9PiB2b2lkO1xuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50R3JvdXAge1xuICAvKiogVGhlIGV4cG9ydGVkIGZ1bmN0aW9uIG9mIHRoZSBlbnRyeSB0aGF0IHJ1bnMgb25lIGl0ZXJhdGlvbiAoazYgYGV4ZWNgKS4gKi9cbiAgZXhlYzogc3RyaW5nO1xuICBlbmRwb2ludHM6IEVuZHBvaW50W107XG4gIC8qKiBJdGVyYXRpb25zIHBlciBzZWNvbmQgb2YgdGhpcyBncm91cCBmb3IgYSBiYXNlIHJhdGUgKEFQSV9SQVRFKS4gKi9cbiAgcmF0ZTogKGJhc2U6IG51bWJlcikgPT4gbnVtYmVyO1xuICAvKiogQ2FsbGVkIGluIHR1cm4sIG9uZSBwZXIgaXRlcmF0aW9uLiAqL1xuICBzdGVwczogU3RlcFtdO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuY29uc3Qgc2VlZGVkID0gKGRhdGE6IFJ1bkRhdGEpOiBJZCA9PiBkYXRhLnNlZWRlZENvdXJzZUlkc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBkYXRhLnNlZWRlZENvdXJzZUlkcy5sZW5ndGgpXSE7XG5cbi8qKiBTY2VuYXJpbyBuYW1lIC0+IGdyb3VwLiBIZWFsdGggaXMgcHJvYmVkIHR3aWNlIGFzIG9mdGVuIChpdCBpcyB3aGF0IG1vbml0b3JzIGhpdCk7IGdlbmVyYXRpb24gYW5kIGV4cG9ydCBjb3N0IG1vcmUsIHNvIGxlc3Mgb2Z0ZW4uICovXG5leHBvcnQgY29uc3QgRU5EUE9JTlRfR1JPVVBTID0ge1xuICBoZWFsdGg6IHsgZXhlYzogJ2hlYWx0aCcsIGVuZHBvaW50czogWydoZWFsdGgnXSwgcmF0ZTogKHIpID0+IHIgKiAyLCBzdGVwczogWyh7IHVzZXIgfSkgPT4gdXNlci5oZWFsdGgoKV0gfSxcbiAgcmVhZHM6IHtcbiAgICBleGVjOiAncmVhZHMnLFxuICAgIGVuZHBvaW50czogWydjb3Vyc2VzX2xpc3QnLCAnY291cnNlX2dldCcsICdjaGFwdGVyX2dldCddLFxuICAgIHJhdGU6IChyKSA9PiByLFxuICAgIHN0ZXBzOiBbKHsgdXNlciB9KSA9PiB1c2VyLmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLCAoeyB1c2VyIH0sIGRhdGEpID0+IHVzZXIuZ2V0Q291cnNlKHNlZWRlZChkYXRhKSksICh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRDaGFwdGVyKHNlZWRlZChkYXRhKSwgMSldLFxuICB9LFxuICBzdGF0dXM6IHsgZXhlYzogJ3N0YXR1cycsIGVuZHBvaW50czogWydqb2JfZ2V0J10sIHJhdGU6IChyKSA9PiByLCBzdGVwczogWyh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRKb2IoZGF0YS5qb2JJZCldIH0sXG4gIHdyaXRlczoge1xuICAgIGV4ZWM6ICd3cml0ZXMnLFxuICAgIGVuZHBvaW50czogWydjb3Vyc2VfY3JlYXRlJywgJ2NvdXJzZV91cGRhdGUnLCAnY291cnNlX2RlbGV0ZSddLFxuICAgIHJhdGU6IChyKSA9PiByLFxuICAgIC8vIE9uZSBpdGVyYXRpb24gY3JlYXRlcywgdXBkYXRlcyBhbmQgZGVsZXRlcywgc28gdGhlIHRocmVlIHdyaXRlIGVuZHBvaW50cyBnZXQgdGhlIHNhbWUgcmF0ZSBhbmQgbm90aGluZyBpcyBsZWZ0IGJlaGluZC5cbiAgICBzdGVwczogW1xuICAgICAgKHsgdXNlciB9LCBfZGF0YSwgdGl0bGUpID0+IHtcbiAgICAgICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHRpdGxlKCdhcGktd3JpdGUnKSwgdG9waWM6ICd3cml0ZXMnLCBsZXZlbDogJ2ludGVybWVkaWF0ZScsIGNoYXB0ZXJfY291bnQ6IDEgfSk7XG4gICAgICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm47XG4gICAgICAgIHVzZXIudXBkYXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCwgeyBsZXZlbDogJ2FkdmFuY2VkJyB9KTtcbiAgICAgICAgdXNlci5kZWxldGVDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICAgIH0sXG4gICAgXSxcbiAgfSxcbiAgZ2VuZXJhdGU6IHtcbiAgICBleGVjOiAnZ2VuZXJhdGUnLFxuICAgIGVuZHBvaW50czogWydjb3Vyc2VfZ2VuZXJhdGUnXSxcbiAgICByYXRlOiAocikgPT4gTWF0aC5tYXgoMC4yLCByIC8gNSksXG4gICAgc3RlcHM6IFtcbiAgICAgICh7IHVzZXIgfSwgX2RhdGEsIHRpdGxlKSA9PiB7XG4gICAgICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB0aXRsZSgnYXBpLWdlbicpLCB0b3BpYzogJ2dlbmVyYXRpb24nLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMSB9KTtcbiAgICAgICAgaWYgKGNyZWF0ZWQuYm9keSkgdXNlci5nZW5lcmF0ZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICBleHBvcnQ6IHtcbiAgICBleGVjOiAnZXhwb3J0Q291cnNlJyxcbiAgICBlbmRwb2ludHM6IFsnY291cnNlX2V4cG9ydCddLFxuICAgIHJhdGU6IChyKSA9PiBNYXRoLm1heCgwLjIsIHIgLyAyKSxcbiAgICBzdGVwczogRVhQT1JUX0ZPUk1BVFMubWFwKChmb3JtYXQpOiBTdGVwID0+ICh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5leHBvcnRDb3Vyc2Uoc2VlZGVkKGRhdGEpLCBmb3JtYXQpKSxcbiAgfSxcbiAgYWRtaW46IHtcbiAgICBleGVjOiAnYWRtaW4nLFxuICAgIGVuZHBvaW50czogWydhZG1pbl9zdGF0cycsICdhZG1pbl9qb2JzJywgJ2FkbWluX3VzZXJzJ10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgc3RlcHM6IFsoeyBhZG1pbiB9KSA9PiBhZG1pbi5hZG1pblN0YXRzKCksICh7IGFkbWluIH0pID0+IGFkbWluLmFkbWluSm9icygyMCksICh7IGFkbWluIH0pID0+IGFkbWluLmFkbWluVXNlcnMoKV0sXG4gIH0sXG59IHNhdGlzZmllcyBSZWNvcmQ8c3RyaW5nLCBFbmRwb2ludEdyb3VwPjtcblxuLyoqIEV2ZXJ5IGVuZHBvaW50IHRoZSBncm91cHMgZXhlcmNpc2UsIHBsdXMgbG9naW4gKHNldHVwJ3MpLCBlYWNoIHRvIGJlIGdhdGVkIG9uIGl0cyBvd24uICovXG5leHBvcnQgZnVuY3Rpb24gZ3JvdXBlZEVuZHBvaW50cygpOiBFbmRwb2ludFtdIHtcbiAgcmV0dXJuIFsuLi5PYmplY3QudmFsdWVzKEVORFBPSU5UX0dST1VQUykuZmxhdE1hcCgoZ3JvdXApID0+IGdyb3VwLmVuZHBvaW50cyksICdsb2dpbiddO1xufVxuXG4vKiogVGhlIHNoYXJlZCBzZXR1cCBwbHVzIG9uZSBnZW5lcmF0aW9uIGpvYiBmb3IgYHN0YXR1c2AgdG8gcG9sbC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlRW5kcG9pbnRHcm91cHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPEVuZHBvaW50R3JvdXBEYXRhPiB7XG4gIGNvbnN0IGRhdGEgPSBhd2FpdCBwcmVwYXJlUnVuKGNvbmZpZyk7XG4gIGNvbnN0IGNsaWVudCA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMucmVndWxhcik7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtYXBpICR7ZGF0YS5ydW5JZH1gLCB0b3BpYzogJ2FwaSBidWRnZXRzJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDEgfSk7XG4gIGlmICghY291cnNlLmJvZHkpIHRocm93IG5ldyBFcnJvcihgc2V0dXAgY291bGQgbm90IGNyZWF0ZSB0aGUgY291cnNlIHdob3NlIGpvYiB0aGUgc3RhdHVzIGdyb3VwIHBvbGxzIChzdGF0dXMgJHtjb3Vyc2Uuc3RhdHVzfSlgKTtcbiAgY29uc3Qgam9iID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZS5ib2R5LmlkKTtcbiAgaWYgKCFqb2IuYm9keSkgdGhyb3cgbmV3IEVycm9yKGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgdGhlIGdlbmVyYXRpb24gam9iIHRoZSBzdGF0dXMgZ3JvdXAgcG9sbHMgKHN0YXR1cyAke2pvYi5zdGF0dXN9KWApO1xuICByZXR1cm4geyAuLi5kYXRhLCBqb2JJZDogam9iLmJvZHkuam9iX2lkIH07XG59XG5cbmxldCBjbGllbnRzOiB7IHVzZXI6IEFwaUNsaWVudDsgYWRtaW46IEFwaUNsaWVudCB9IHwgdW5kZWZpbmVkO1xubGV0IHR1cm4gPSAwO1xuXG4vKiogT25lIGl0ZXJhdGlvbiBvZiBhIGdyb3VwOiB0aGUgbmV4dCBvZiBpdHMgc3RlcHMsIHdpdGggcGVyLVZVIGNsaWVudHMgbWFkZSBvbiBmaXJzdCB1c2UuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuR3JvdXBTdGVwKGNvbmZpZzogQ29uZmlnLCBncm91cDogRW5kcG9pbnRHcm91cCwgZGF0YTogRW5kcG9pbnRHcm91cERhdGEpOiB2b2lkIHtcbiAgY2xpZW50cyA/Pz0ge1xuICAgIHVzZXI6IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMucmVndWxhciksXG4gICAgYWRtaW46IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMuYWRtaW4pLFxuICB9O1xuICBjb25zdCBzdGVwID0gZ3JvdXAuc3RlcHNbdHVybisrICUgZ3JvdXAuc3RlcHMubGVuZ3RoXSE7XG4gIC8vIFZVIGlkIGFuZCBpdGVyYXRpb24gbWFrZSB0aXRsZXMgdW5pcXVlIGFjcm9zcyB0aGUgcnVuJ3MgVlVzLlxuICBzdGVwKGNsaWVudHMsIGRhdGEsIChraW5kKSA9PiBgcGVyZi0ke2tpbmR9ICR7ZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YCk7XG59XG4iLCAiLy8gVHlwZWQgY2xpZW50IG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSBjb250cmFjdCAocGF0aHMgYW5kIHRhZ3MgY29tZSBmcm9tIHJvdXRlcy50cykuIEV2ZXJ5IHJlcXVlc3Rcbi8vIGNhcnJpZXMgYSBzdGFibGUgYGVuZHBvaW50YCB0YWcgKG5ldmVyIHRoZSBVUkwgd2l0aCBpZHMgaW4gaXQpLCB0aGUgYGFwaWAgc2NvcGUgYW5kIGEgdGVtcGxhdGVkXG4vLyBgbmFtZWAsIHNvIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnRzIGtlZXAgYSBzbWFsbCwgZml4ZWQgc2V0IG9mIHNlcmllcy5cbmltcG9ydCB7IGNoZWNrIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgcGF0aHMsIHJlcXVlc3RUYWdzLCB0eXBlIElkIH0gZnJvbSAnLi9yb3V0ZXMudHMnO1xuXG5leHBvcnQgdHlwZSB7IElkIH07XG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgdHlwZSBMZXZlbCA9ICdiZWdpbm5lcicgfCAnaW50ZXJtZWRpYXRlJyB8ICdhZHZhbmNlZCc7XG5leHBvcnQgdHlwZSBKb2JTdGF0dXMgPSAncXVldWVkJyB8ICdydW5uaW5nJyB8ICdjb21wbGV0ZWQnIHwgJ2ZhaWxlZCc7XG5leHBvcnQgdHlwZSBFeHBvcnRGb3JtYXQgPSAnanNvbicgfCAnbWFya2Rvd24nIHwgJ2h0bWwnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXJTdW1tYXJ5IHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgc3RhdHVzOiBzdHJpbmcgfVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2Uge1xuICBpZDogSWQ7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBjaGFwdGVycz86IENoYXB0ZXJTdW1tYXJ5W107XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZUxpc3QgeyBpdGVtczogQ291cnNlW107IHRvdGFsOiBudW1iZXI7IGxpbWl0OiBudW1iZXI7IG9mZnNldDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTmV3Q291cnNlIHsgdGl0bGU6IHN0cmluZzsgdG9waWM6IHN0cmluZzsgbGV2ZWw6IExldmVsOyBjaGFwdGVyX2NvdW50OiBudW1iZXI7IGxhbmd1YWdlPzogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHN0YXR1czogc3RyaW5nOyBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsOyBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDsgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGwgfVxuZXhwb3J0IGludGVyZmFjZSBKb2Ige1xuICBqb2JfaWQ6IElkO1xuICBjb3Vyc2VfaWQ6IElkO1xuICBzdGF0dXM6IEpvYlN0YXR1cztcbiAgY2hhcHRlcnNfdG90YWw6IG51bWJlcjtcbiAgY2hhcHRlcnNfY29tcGxldGVkOiBudW1iZXI7XG4gIGNoYXB0ZXJzOiBKb2JDaGFwdGVyW107XG4gIGNyZWF0ZWRfYXQ6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGVycm9yPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyIHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgY29udGVudDogc3RyaW5nOyB3b3JkX2NvdW50OiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBMb2dpbiB7IGFjY2Vzc190b2tlbjogc3RyaW5nOyB0b2tlbl90eXBlOiBzdHJpbmc7IHJvbGU6IFJvbGU7IGV4cGlyZXNfaW46IG51bWJlciB9XG5cbi8qKlxuICogV2hhdCBldmVyeSBjYWxsIHJldHVybnM6IHdoZXRoZXIgaXRzIGNoZWNrcyBwYXNzZWQsIHRoZSBzdGF0dXMsIGFuZCB0aGUgYm9keSB3aGVuIGl0IGhhZCB0aGVcbiAqIHJpZ2h0IHNoYXBlLiBUaGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZDogbW9zdCBjYWxsZXJzIG9ubHkgbmVlZCBgb2tgLCBhbmQgazYncyBKU09OLnBhcnNlXG4gKiBidWlsZHMgZXZlcnkgb2JqZWN0IG9mIGEgbGlzdCBpbiBKUyDigJQgYSBxdWFydGVyIG9mIGs2J3MgQ1BVIGluIHRoZSByZWd1bGFyLXVzZXIgd29ya2Zsb3cgYmVmb3JlXG4gKiB0aGlzIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdDxUPiB7XG4gIG9rOiBib29sZWFuO1xuICBzdGF0dXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgYm9keTogVCB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIE9uZSBmaWVsZCBvZiBhIEpTT04gYm9keSBieSBhIGs2IHNlbGVjdG9yIChgaXRlbXMuI2AsIGBpZGApOiByZWFkIGluIEdvLCBubyBKUyBvYmplY3QgYnVpbHQgZm9yIHRoZSByZXN0LiAqL1xuZXhwb3J0IHR5cGUgRmllbGQgPSAocGF0aDogc3RyaW5nKSA9PiB1bmtub3duO1xuLyoqIEEgYm9keS1zaGFwZSB0ZXN0IG92ZXIgc2VsZWN0ZWQgZmllbGRzOyBUIGlzIHRoZSBib2R5IHR5cGUgaXQgdm91Y2hlcyBmb3IuICovXG5leHBvcnQgdHlwZSBTaGFwZTxUPiA9ICgoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKSAmIHsgcmVhZG9ubHkgdm91Y2hlc0Zvcj86IFQgfTtcbmNvbnN0IHNoYXBlID0gPFQ+KHRlc3Q6IChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pOiBTaGFwZTxUPiA9PiB0ZXN0O1xuXG5jb25zdCBpc0lkID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdiA9PT0gJ251bWJlcic7XG5jb25zdCBpc0NvdW50ID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnbnVtYmVyJzsgLy8gYDxhcnJheT4uI2AgaXMgYSBudW1iZXIgb25seSBmb3IgYW4gYXJyYXlcblxuZXhwb3J0IGNvbnN0IHNoYXBlcyA9IHtcbiAgaGVhbHRoOiBzaGFwZTx7IHN0YXR1czogc3RyaW5nIH0+KChmaWVsZCkgPT4gZmllbGQoJ3N0YXR1cycpID09PSAnb2snKSxcbiAgbG9naW46IHNoYXBlPExvZ2luPigoZmllbGQpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IGZpZWxkKCdhY2Nlc3NfdG9rZW4nKTtcbiAgICByZXR1cm4gdHlwZW9mIHRva2VuID09PSAnc3RyaW5nJyAmJiB0b2tlbiAhPT0gJyc7XG4gIH0pLFxuICBjb3Vyc2VMaXN0OiBzaGFwZTxDb3Vyc2VMaXN0PigoZmllbGQpID0+IGlzQ291bnQoZmllbGQoJ2l0ZW1zLiMnKSkgJiYgdHlwZW9mIGZpZWxkKCd0b3RhbCcpID09PSAnbnVtYmVyJyksXG4gIGNvdXJzZTogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIHR5cGVvZiBmaWVsZCgndGl0bGUnKSA9PT0gJ3N0cmluZycpLFxuICBjb3Vyc2VXaXRoQ2hhcHRlcnM6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgam9iQWNjZXB0ZWQ6IHNoYXBlPHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdqb2JfaWQnKSkpLFxuICBqb2I6IHNoYXBlPEpvYj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ3N0YXR1cycpID09PSAnc3RyaW5nJyAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgY2hhcHRlcjogc2hhcGU8Q2hhcHRlcj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ2NvbnRlbnQnKSA9PT0gJ3N0cmluZycpLFxuICBhbnlPYmplY3Q6IHNoYXBlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PigoZmllbGQpID0+IHtcbiAgICBjb25zdCB3aG9sZSA9IGZpZWxkKCdAdGhpcycpOyAvLyBnanNvbidzIG1vZGlmaWVyIGZvciB0aGUgd2hvbGUgZG9jdW1lbnRcbiAgICByZXR1cm4gdHlwZW9mIHdob2xlID09PSAnb2JqZWN0JyAmJiB3aG9sZSAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh3aG9sZSk7XG4gIH0pLFxufTtcblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKipcbiAqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuXG4gKiBleGNlcHRpb24pLiBUaGUgYm9keSBpdHNlbGYgaXMgbm90IHJlYWQgaGVyZTogYW4gZW1wdHkgb3IgdW5wYXJzYWJsZSBvbmUgcmVhZHMgYXMgaGF2aW5nIG5vXG4gKiBmaWVsZHMsIHdoaWNoIGZhaWxzIHRoZSBzaGFwZSwgYW5kIHJlYWRpbmcgaXQgd291bGQgY29weSBldmVyeSBib2R5IGludG8gSmF2YVNjcmlwdC5cbiAqL1xuZnVuY3Rpb24gaXNKc29uKHJlczogUmVzcG9uc2UpOiBib29sZWFuIHtcbiAgcmV0dXJuIFN0cmluZyhyZXMuaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPz8gJycpLmluY2x1ZGVzKCdqc29uJyk7XG59XG5cbi8qKiBUaGUgcmVzcG9uc2UgdGhlIHNoYXBlIGNoZWNrIGlzIHJlYWRpbmc6IG9uZSBmaWVsZCByZWFkZXIgcGVyIFZVLCBub3QgYSBjbG9zdXJlIHBlciByZXF1ZXN0LiAqL1xubGV0IHJlYWRpbmc6IFJlc3BvbnNlIHwgdW5kZWZpbmVkO1xuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5jb25zdCByZWFkRmllbGQ6IEZpZWxkID0gKHBhdGgpID0+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcmVhZGluZyEuanNvbihwYXRoKSA/PyB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn07XG5cbi8qKiBBIGNhbGwncyBSZXN1bHQ7IHRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkIChhIHByb3RvdHlwZSBnZXR0ZXI6IG5vIGNsb3N1cmVzIHBlciByZXF1ZXN0KS4gKi9cbmNsYXNzIExhenlSZXN1bHQ8VD4gaW1wbGVtZW50cyBSZXN1bHQ8VD4ge1xuICBwcml2YXRlIHBhcnNlZCA9IGZhbHNlO1xuICBwcml2YXRlIHZhbHVlOiBUIHwgdW5kZWZpbmVkO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBvazogYm9vbGVhbixcbiAgICByZWFkb25seSBzdGF0dXM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJlczogUmVzcG9uc2UgfCB1bmRlZmluZWQsXG4gICkge31cblxuICBnZXQgYm9keSgpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAodGhpcy5yZXMgJiYgIXRoaXMucGFyc2VkKSB7XG4gICAgICB0aGlzLnZhbHVlID0gcGFyc2VKc29uKHRoaXMucmVzLmJvZHkpIGFzIFQ7XG4gICAgICB0aGlzLnBhcnNlZCA9IHRydWU7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnZhbHVlO1xuICB9XG59XG5cbi8qKiBUaGUgd2hvbGUgYm9keSBhcyBKU09OLCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBwYXJzZS4gKi9cbmZ1bmN0aW9uIHBhcnNlSnNvbihib2R5OiB1bmtub3duKTogdW5rbm93biB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UoYm9keSBhcyBzdHJpbmcpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8vIENhY2hlcyBvbiB0aGlzIHBhdGggYXJlIHBsYWluIG9iamVjdHMsIG5vdCBNYXA6IGV2ZXJ5IFZVIGhhcyBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgYW5kIHRoZVxuLy8gZmlyc3QgTWFwIGEgcnVudGltZSB1c2VzIGJ1aWxkcyBNYXAncyBjb25zdHJ1Y3RvciBhbmQgcHJvdG90eXBlIGluIGl0ICh+MTAgS0IgcGVyIFZVLCBiZW5jaC8pLlxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrczogUmVjb3JkPG51bWJlciwgUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPj4gPSB7fTtcbmZ1bmN0aW9uIGV4cGVjdFN0YXR1cyhzdGF0dXM6IG51bWJlcik6IFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4ge1xuICByZXR1cm4gKHN0YXR1c0NhbGxiYWNrc1tzdGF0dXNdID8/PSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKSk7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0czogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4+ID0ge307XG4vKiogVGhlIGNoZWNrcyBvZiBvbmUgZW5kcG9pbnQsIG1hZGUgb25jZTogdGhlIHNhbWUgbmFtZXMgb24gZXZlcnkgcmVxdWVzdCBrZWVwIHRoZSBjaGVja3MgbWV0cmljJ3Mgc2VyaWVzIGZpeGVkLiAqL1xuZnVuY3Rpb24gY2hlY2tzRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFNoYXBlOiBib29sZWFuKSB7XG4gIGxldCBzZXQgPSBjaGVja1NldHNbZW5kcG9pbnRdO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0c1tlbmRwb2ludF0gPSBzZXQ7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGltZW91dDogc3RyaW5nO1xuICAvKiogUmVxdWVzdCBwYXJhbXMgcGVyIGVuZHBvaW50IChoZWFkZXJzLCB0YWdzLCB0aW1lb3V0LCBleHBlY3RlZCBzdGF0dXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbXM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBQYXJhbXM+PiA9IHt9O1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgYmFzZVVybDogc3RyaW5nLFxuICAgIHRpbWVvdXRTOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSB0b2tlbj86IHN0cmluZyxcbiAgKSB7XG4gICAgdGhpcy50aW1lb3V0ID0gYCR7dGltZW91dFN9c2A7XG4gIH1cblxuICAvKiogQSBjbGllbnQgZm9yIHRoZSBzYW1lIHBsYXRmb3JtIGFjdGluZyBhcyBhbm90aGVyIHVzZXIuICovXG4gIGFzKHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICAgIHJldHVybiBuZXcgQXBpQ2xpZW50KHRoaXMuYmFzZVVybCwgTnVtYmVyKHRoaXMudGltZW91dC5zbGljZSgwLCAtMSkpLCB0b2tlbik7XG4gIH1cblxuICBwcml2YXRlIHBhcmFtc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhQYXlsb2FkOiBib29sZWFuLCByZWFkc0JvZHk6IGJvb2xlYW4pOiBQYXJhbXMge1xuICAgIGxldCBwYXJhbXMgPSB0aGlzLnBhcmFtc1tlbmRwb2ludF07XG4gICAgaWYgKCFwYXJhbXMpIHtcbiAgICAgIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gICAgICBpZiAod2l0aFBheWxvYWQpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICAgICAgaWYgKHRoaXMudG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0aGlzLnRva2VufWA7XG4gICAgICBwYXJhbXMgPSB7IGhlYWRlcnMsIHRhZ3M6IHJlcXVlc3RUYWdzKGVuZHBvaW50KSwgdGltZW91dDogdGhpcy50aW1lb3V0LCByZXNwb25zZUNhbGxiYWNrOiBleHBlY3RTdGF0dXMoZXhwZWN0ZWQpIH07XG4gICAgICAvLyBBIGJvZHkgbm9ib2R5IGNoZWNrcyBvciByZWFkcyAoREVMRVRFJ3MgMjA0LCBhbiBleHBvcnQgZG9jdW1lbnQpIGlzIG5vdCBjb3BpZWQgaW50byBKYXZhU2NyaXB0LlxuICAgICAgaWYgKCFyZWFkc0JvZHkpIHBhcmFtcy5yZXNwb25zZVR5cGUgPSAnbm9uZSc7XG4gICAgICB0aGlzLnBhcmFtc1tlbmRwb2ludF0gPSBwYXJhbXM7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QobWV0aG9kLCBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsIHdpdGhQYXlsb2FkID8gSlNPTi5zdHJpbmdpZnkocGF5bG9hZCkgOiBudWxsLCB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKSk7XG4gICAgLy8gRWFjaCBwcm9wZXJ0eSByZWFkIG9mIGEgazYgcmVzcG9uc2UgY3Jvc3NlcyBpbnRvIEdvIGFuZCBidWlsZHMgYSBKUyB2YWx1ZTogcmVhZCBlYWNoIG9uY2UuXG4gICAgY29uc3Qgc3RhdHVzID0gcmVzLnN0YXR1cztcbiAgICBjb25zdCBzdGF0dXNPayA9IHN0YXR1cyA9PT0gZXhwZWN0ZWQ7XG4gICAgbGV0IHNoYXBlT2sgPSB0cnVlO1xuICAgIGlmIChzaGFwZSAmJiBzdGF0dXNPaykge1xuICAgICAgLy8gKGEgd3Jvbmcgc3RhdHVzIGFscmVhZHkgZmFpbHMgdGhlIGNhbGw7IGl0cyBib2R5J3Mgc2hhcGUgd291bGQgY2hhbmdlIG5vIGNoZWNrJ3Mgb3V0Y29tZSlcbiAgICAgIHJlYWRpbmcgPSByZXM7XG4gICAgICBzaGFwZU9rID0gaXNKc29uKHJlcykgJiYgc2hhcGUocmVhZEZpZWxkKTtcbiAgICAgIHJlYWRpbmcgPSB1bmRlZmluZWQ7XG4gICAgfVxuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgcmV0dXJuIG5ldyBMYXp5UmVzdWx0PFQ+KGFsbE9rLCBzdGF0dXMsIHNoYXBlICYmIHN0YXR1c09rICYmIHNoYXBlT2sgPyByZXMgOiB1bmRlZmluZWQpO1xuICB9XG5cbiAgaGVhbHRoKCk6IFJlc3VsdDx7IHN0YXR1czogc3RyaW5nIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdoZWFsdGgnLCAnR0VUJywgcGF0aHMuaGVhbHRoKCksIDIwMCwgc2hhcGVzLmhlYWx0aCk7XG4gIH1cblxuICBsb2dpbihlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogUmVzdWx0PExvZ2luPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnbG9naW4nLCAnUE9TVCcsIHBhdGhzLmxvZ2luKCksIDIwMCwgc2hhcGVzLmxvZ2luLCB7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuXG4gIGxpc3RDb3Vyc2VzKHF1ZXJ5OiB7IGxpbWl0PzogbnVtYmVyOyBvZmZzZXQ/OiBudW1iZXI7IHE/OiBzdHJpbmcgfSA9IHt9KTogUmVzdWx0PENvdXJzZUxpc3Q+IHtcbiAgICAvLyBBIGxvb3AgcmF0aGVyIHRoYW4gZW50cmllcy9maWx0ZXIvbWFwL2pvaW46IHRoaXMgaXMgdGhlIG1vc3QgZnJlcXVlbnQgcmVxdWVzdCwgYW5kIGVhY2ggb2ZcbiAgICAvLyB0aG9zZSBpcyBhIHBlci1yZXF1ZXN0IGFycmF5IGFuZCBhIGJ1aWx0LWluIGV2ZXJ5IFZVJ3MgcnVudGltZSB3b3VsZCBidWlsZC5cbiAgICBsZXQgc2VhcmNoID0gJyc7XG4gICAgZm9yIChjb25zdCBrZXkgaW4gcXVlcnkpIHtcbiAgICAgIGNvbnN0IHZhbHVlID0gcXVlcnlba2V5IGFzIGtleW9mIHR5cGVvZiBxdWVyeV07XG4gICAgICBpZiAodmFsdWUgIT09IHVuZGVmaW5lZCkgc2VhcmNoICs9IGAke3NlYXJjaCA/ICcmJyA6ICc/J30ke2tleX09JHtlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKHZhbHVlKSl9YDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlc19saXN0JywgJ0dFVCcsIGAke3BhdGhzLmNvdXJzZXMoKX0ke3NlYXJjaH1gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbi8vIGZvci1pbiwgbm90IE9iamVjdC5lbnRyaWVzL2ZyZWV6ZTogdGhpcyBydW5zIGluIGV2ZXJ5IFZVJ3MgcnVudGltZSwgYW5kIGVhY2ggYnVpbHQtaW4gaXRcbi8vIHRvdWNoZXMgaXMgYnVpbHQgdGhlcmUgKFJlYWRvbmx5IGtlZXBzIHRoZSB0YWdzIHVuY2hhbmdlZCBhdCBjb21waWxlIHRpbWUpLlxuY29uc3QgdGFnc0J5RW5kcG9pbnQ6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pj4+ID0ge307XG5mb3IgKGNvbnN0IGVuZHBvaW50IGluIHJvdXRlTmFtZXMpIHtcbiAgdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnQgYXMgRW5kcG9pbnRdID0geyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZTogcm91dGVOYW1lc1tlbmRwb2ludCBhcyBFbmRwb2ludF0gfTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUgc2hhcmVkIHNldHVwKCkgb2YgdGhlIGVudHJ5IHBvaW50czogbWFrZXMgc3VyZSB0aGUgcGxhdGZvcm0gYW5zd2VycywgbG9ncyB0aGUgdGhyZWUgdXNlcnNcbi8vIGluIG9uY2UsIGFuZCBzZWVkcyBjb3Vyc2VzIGZvciByZWd1bGFyIHVzZXJzIHRvIHJlYWQuIEl0IHN0b3BzIHRoZSBydW4gd2l0aCBhIG1lc3NhZ2UgdGhhdFxuLy8gc2F5cyB3aGF0IGlzIHdyb25nIGluc3RlYWQgb2YgbGV0dGluZyBWVXMgc2VuZCBhIG1pbnV0ZSBvZiBmYWlsaW5nIHJlcXVlc3RzLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHNlY3JldHMgZnJvbSAnazYvc2VjcmV0cyc7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBJZCwgdHlwZSBSb2xlIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5EYXRhIHtcbiAgLyoqIFVuaXF1ZSBwZXIgcnVuLCBwYXJ0IG9mIGV2ZXJ5IHRpdGxlIHRoaXMgcnVuIGNyZWF0ZXMsIHNvIHJ1bnMgYW5kIFZVcyBuZXZlciBjb2xsaWRlLiAqL1xuICBydW5JZDogc3RyaW5nO1xuICB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICAvKiogR2VuZXJhdGVkIGNvdXJzZXMgb3duZWQgYnkgdGhlIHJlZ3VsYXIgdXNlciwgZm9yIHJlYWRpbmcuICovXG4gIHNlZWRlZENvdXJzZUlkczogSWRbXTtcbn1cblxuY29uc3QgU0VFRF9DT1VSU0VTID0gMztcbmNvbnN0IFBST0JFX1RJTUVPVVQgPSAnNXMnO1xuXG5mdW5jdGlvbiBhYm9ydChtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIGV4ZWMudGVzdC5hYm9ydChtZXNzYWdlKTtcbiAgdGhyb3cgbmV3IEVycm9yKG1lc3NhZ2UpOyAvLyBub3QgcmVhY2hlZDogYWJvcnQoKSBzdG9wcyB0aGUgdGVzdDsgdGhpcyBrZWVwcyB0aGUgdHlwZSBjaGVja2VyIGhvbmVzdFxufVxuXG5mdW5jdGlvbiBwcm9iZShiYXNlVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgdXJsID0gYCR7YmFzZVVybH0vaGVhbHRoYDtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQodXJsLCB7IHRpbWVvdXQ6IFBST0JFX1RJTUVPVVQsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6ICdHRVQgL2hlYWx0aCAoc2V0dXAgcHJvYmUpJyB9IH0pO1xuICBpZiAocmVzLnN0YXR1cyA9PT0gMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gZG9lcyBub3QgYW5zd2VyIGF0ICR7dXJsfSAoR0VULCAke1BST0JFX1RJTUVPVVR9IHRpbWVvdXQpOiAke3Jlcy5lcnJvciB8fCAnbm8gcmVzcG9uc2UnfS4gSXMgaXQgcnVubmluZz8gU2V0IEJBU0VfVVJMIHRvIGl0cyBhZGRyZXNzLmApO1xuICB9XG4gIGlmIChyZXMuc3RhdHVzICE9PSAyMDApIHtcbiAgICBhYm9ydChgdGhlIHBsYXRmb3JtIGF0ICR7dXJsfSBhbnN3ZXJlZCAke3Jlcy5zdGF0dXN9IGluc3RlYWQgb2YgMjAwOiBpdCBpcyBub3QgaGVhbHRoeSwgb3IgQkFTRV9VUkwgcG9pbnRzIGF0IHNvbWV0aGluZyBlbHNlLmApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGxvZ2luKGNsaWVudDogQXBpQ2xpZW50LCBjb25maWc6IENvbmZpZywgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBjb25maWcudXNlcnNbcm9sZV07XG4gIGNvbnN0IHJlc3VsdCA9IGNsaWVudC5sb2dpbihlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC5ib2R5KSB7XG4gICAgY29uc3QgZW52UHJlZml4ID0gYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JELmApO1xuICB9XG4gIHJldHVybiByZXN1bHQuYm9keS5hY2Nlc3NfdG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtc2VlZCAke3J1bklkfSAke259YCwgdG9waWM6ICdsb2FkIHRlc3RpbmcnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7Y3JlYXRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb25zdCBzdGFydGVkID0gY2xpZW50LmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgaWYgKCFzdGFydGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgZ2VuZXJhdGluZyBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtzdGFydGVkLnN0YXR1c30pLmApO1xuICAgIGNvdXJzZUlkcy5wdXNoKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgam9icy5wdXNoKHN0YXJ0ZWQuYm9keS5qb2JfaWQpO1xuICB9XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICBmb3IgKGNvbnN0IGpvYklkIG9mIGpvYnMpIHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBqb2IgPSBjbGllbnQuZ2V0Sm9iKGpvYklkKS5ib2R5O1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJykgYnJlYWs7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdmYWlsZWQnKSBhYm9ydChgYSBzZWVkIGNvdXJzZSdzIGdlbmVyYXRpb24gZmFpbGVkOiAke2pvYi5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ30uYCk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSBhYm9ydChgc2VlZCBjb3Vyc2VzIHdlcmUgbm90IGdlbmVyYXRlZCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zLmApO1xuICAgICAgc2xlZXAoMC41KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNvdXJzZUlkcztcbn1cblxuLyoqXG4gKiBQYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzIChgazYgcnVuIC0tc2VjcmV0LXNvdXJjZT1maWxlPXNlY3JldHMudHh0YCwga2V5cyBuYW1lZCBsaWtlIHRoZVxuICogZW52IHZhcmlhYmxlczogUkVHVUxBUl9VU0VSX1BBU1NXT1JELCAuLi4pIHRha2UgcHJlY2VkZW5jZSBvdmVyIHRoZSBlbnZpcm9ubWVudDsgazYgcmVkYWN0cyB0aGVtXG4gKiBmcm9tIGl0cyBsb2dzLiBXaXRob3V0IGEgc2VjcmV0IHNvdXJjZSwgb3Igd2l0aG91dCB0aGF0IGtleSwgdGhlIGVudmlyb25tZW50J3MgdmFsdWUgc3RhbmRzLlxuICovXG5hc3luYyBmdW5jdGlvbiB3aXRoU2VjcmV0UGFzc3dvcmRzKGNvbmZpZzogQ29uZmlnKTogUHJvbWlzZTxDb25maWc+IHtcbiAgY29uc3QgdXNlcnMgPSB7IC4uLmNvbmZpZy51c2VycyB9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3QpIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcGFzc3dvcmQgPSBhd2FpdCBzZWNyZXRzLmdldChgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJfUEFTU1dPUkRgKTtcbiAgICAgIGlmIChwYXNzd29yZCkgdXNlcnNbcm9sZV0gPSB7IC4uLnVzZXJzW3JvbGVdLCBwYXNzd29yZCB9O1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm8gc2VjcmV0IHNvdXJjZSBjb25maWd1cmVkLCBvciBubyBzdWNoIGtleToga2VlcCB0aGUgZW52aXJvbm1lbnQncyBwYXNzd29yZFxuICAgIH1cbiAgfVxuICByZXR1cm4geyAuLi5jb25maWcsIHVzZXJzIH07XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlUnVuKHJ1bkNvbmZpZzogQ29uZmlnLCBvcHRpb25zOiB7IHNlZWQ6IGJvb2xlYW4gfSA9IHsgc2VlZDogdHJ1ZSB9KTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHByb2JlKHJ1bkNvbmZpZy5iYXNlVXJsKTtcbiAgY29uc3QgY29uZmlnID0gYXdhaXQgd2l0aFNlY3JldFBhc3N3b3JkcyhydW5Db25maWcpO1xuICBjb25zdCBhbm9ueW1vdXMgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+ID0ge1xuICAgIHJlZ3VsYXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncmVndWxhcicpLFxuICAgIHBvd2VyOiBsb2dpbihhbm9ueW1vdXMsIGNvbmZpZywgJ3Bvd2VyJyksXG4gICAgYWRtaW46IGxvZ2luKGFub255bW91cywgY29uZmlnLCAnYWRtaW4nKSxcbiAgfTtcbiAgY29uc3QgcnVuSWQgPSBgJHtEYXRlLm5vdygpLnRvU3RyaW5nKDM2KX0tJHtNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAxZTYpLnRvU3RyaW5nKDM2KX1gO1xuICBjb25zdCBzZWVkZWRDb3Vyc2VJZHMgPSBvcHRpb25zLnNlZWQgPyBzZWVkQ291cnNlcyhhbm9ueW1vdXMuYXModG9rZW5zLnJlZ3VsYXIpLCBydW5JZCwgY29uZmlnKSA6IFtdO1xuICByZXR1cm4geyBydW5JZCwgdG9rZW5zLCBzZWVkZWRDb3Vyc2VJZHMgfTtcbn1cbiIsICIvLyBUaGUgcnVuJ3MgY29uZmlndXJhdGlvbiwgcmVhZCBmcm9tIGs2J3MgX19FTlYgb25jZSBhdCBpbml0LiBBbiBpbnZhbGlkIHZhbHVlIHRocm93cyBoZXJlLCBzb1xuLy8gazYgc3RvcHMgYmVmb3JlIHNldHVwKCkgYW5kIGJlZm9yZSBhbnkgcmVxdWVzdCwgd2l0aCB0aGUgdmFyaWFibGUgbmFtZWQgaW4gdGhlIG1lc3NhZ2UuXG5pbXBvcnQgeyBhc3NlcnRUYXJnZXRBbGxvd2VkLCBwYXJzZUNvbmZpZywgdHlwZSBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHBhcnNlQ29uZmlnKF9fRU5WKTtcblxuLyoqIFRoZSBjb25maWd1cmF0aW9uIGZvciBhIGxvYWQtZ2VuZXJhdGluZyBlbnRyeTogcmVmdXNlcyBhIG5vbi1sb29wYmFjayB0YXJnZXQgdGhhdCBpcyBub3QgYWxsb3ctbGlzdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1YXJkZWRDb25maWcoZW50cnk6IHN0cmluZyk6IENvbmZpZyB7XG4gIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnLCBlbnRyeSk7XG4gIHJldHVybiBjb25maWc7XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQ291bnRlciwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcbmltcG9ydCB7IHRvSzZUaHJlc2hvbGRzLCB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuXG4vKiogUGVyY2VudCBvZiB0aGUgQ1BVcyBhdmFpbGFibGUgdG8gdGhlIHNlcnZlciwgMC0xMDAuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1UGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9wZXJjZW50Jyk7XG4vKiogUGVyLWNvcmUgc3VtOiAxMDAgPSBvbmUgY29yZSBmdWxseSBidXN5LiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdUNvcmVzUGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9jb3Jlc19wZXJjZW50Jyk7XG4vKiogUFNTIHN1bSAocHJvY2VzcyB0cmVlKSwgd29ya2luZyBzZXQgKGNncm91cCksIFJTUyAoL21ldHJpY3MpIG9yIHRoZSBtZW1vcnkgcXVlcnkgKFByb21ldGhldXMgc2VydmVyKSwgTUIuICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5TWIgPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfbWInKTtcbi8qKiBQb2xscyB0aGUgc2lkZWNhciBkaWQgbm90IGFuc3dlciwgcGx1cyByZWFkaW5ncyB0aGUgc2lkZWNhciBmYWlsZWQgdG8gdGFrZTogZWFjaCBhYm91dCBvbmUgaW50ZXJ2YWwgd2l0aG91dCBkYXRhLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlclNhbXBsZXNNaXNzaW5nID0gbmV3IENvdW50ZXIoJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnKTtcbi8qKiBNQiBwZXIgbWludXRlIGFmdGVyIHRoZSBzaWRlY2FyJ3Mgd2FybS11cCAobGVhc3Qtc3F1YXJlcyBzbG9wZSksIHJlY29yZGVkIG9uY2UgaW4gdGVhcmRvd24uICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5R3Jvd3RoID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJyk7XG5cbmludGVyZmFjZSBTYW1wbGUge1xuICBzZXE6IG51bWJlcjtcbiAgY3B1X3BlcmNlbnQ6IG51bWJlcjtcbiAgY3B1X2NvcmVzX3BlcmNlbnQ6IG51bWJlcjtcbiAgbWVtb3J5X21iOiBudW1iZXI7XG59XG5cbmNvbnN0IFBPTEwgPSB7IHRhZ3M6IHsgc2NvcGU6ICdzaWRlY2FyJywgbmFtZTogJ3NpZGVjYXInIH0sIHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwsIHRpbWVvdXQ6ICcycycgfSBhcyBjb25zdDtcbi8vIFBlciBWVSAodGhlIHNjZW5hcmlvIGhhcyBvbmUpOiB0aGUgbGFzdCBzZXEgcmVjZWl2ZWQgYW5kIHRoZSBzaWRlY2FyJ3MgZmFpbGVkLXJlYWRpbmcgY291bnQgc2Vlbi5cbmxldCBjdXJzb3IgPSAwO1xubGV0IGVycm9yc1NlZW46IG51bWJlciB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW86IG9uZSBwb2xsIGEgc2Vjb25kIGZvciB0aGUgd2hvbGUgcnVuLCBvbiBvbmUgVlUuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzU2NlbmFyaW8oZHVyYXRpb25TOiBudW1iZXIsIHN0YXJ0VGltZT86IHN0cmluZyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYzogJ3BvbGxSZXNvdXJjZXMnLFxuICAgIHJhdGU6IDEsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgZHVyYXRpb246IGAke01hdGgubWF4KDEsIE1hdGguY2VpbChkdXJhdGlvblMpKX1zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IDEsXG4gICAgbWF4VlVzOiAxLFxuICAgIC4uLihzdGFydFRpbWUgPyB7IHN0YXJ0VGltZSB9IDoge30pLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwYXJzZTxUPihib2R5OiB1bmtub3duKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJyA/IChKU09OLnBhcnNlKGJvZHkpIGFzIFQpIDogdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKlxuICogT25lIHBvbGw6IGV2ZXJ5IG5ldyBzYW1wbGUgYmVjb21lcyBhIG1ldHJpYyBzYW1wbGUuIEEgcG9sbCB0aGUgc2lkZWNhciBkb2VzIG5vdCBhbnN3ZXIgY291bnRzIG9uZVxuICogbWlzc2luZyBzYW1wbGUsIGFuZCBzbyBkb2VzIGVhY2ggcmVhZGluZyB0aGUgc2lkZWNhciByZXBvcnRzIGl0IGZhaWxlZCB0byB0YWtlIGR1cmluZyB0aGUgcnVuXG4gKiAodGFyZ2V0IGdvbmUsIGVuZHBvaW50IGRvd24pLiBBblxuICogYW5zd2VyIHdpdGggbm8gbmV3IHNhbXBsZSB5ZXQgaXMgbm90IGEgZ2FwOiBwb2xscyBhbmQgcmVhZGluZ3MgYXJlIG5vdCBpbiBzdGVwLiBBIHJlZnVzYWwgZnJvbVxuICogdGhlIHNpZGVjYXIgYWJvcnRzIHRoZSBydW4gKGs2IGV4aXQgMTA4KSB3aXRoIGl0cyByZWFzb247IG5vdGhpbmcgZWxzZSB0aHJvd3MuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zYW1wbGVzP3NpbmNlPSR7Y3Vyc29yfWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBib2R5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBzYW1wbGVzOiBTYW1wbGVbXTsgZXJyb3JzPzogbnVtYmVyOyByZWZ1c2VkPzogc3RyaW5nIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKCFib2R5IHx8ICFBcnJheS5pc0FycmF5KGJvZHkuc2FtcGxlcykpIHtcbiAgICBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoMSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICh0eXBlb2YgYm9keS5lcnJvcnMgPT09ICdudW1iZXInKSB7XG4gICAgLy8gVGhlIGZpcnN0IGFuc3dlciBpcyB0aGUgYmFzZWxpbmU6IGZhaWx1cmVzIGJlZm9yZSB0aGUgcnVuIGFyZSBub3QgdGhlIHJ1bidzIGdhcHMuXG4gICAgaWYgKGVycm9yc1NlZW4gIT09IHVuZGVmaW5lZCAmJiBib2R5LmVycm9ycyA+IGVycm9yc1NlZW4pIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZChib2R5LmVycm9ycyAtIGVycm9yc1NlZW4pO1xuICAgIGVycm9yc1NlZW4gPSBib2R5LmVycm9ycztcbiAgfVxuICBmb3IgKGNvbnN0IHNhbXBsZSBvZiBib2R5LnNhbXBsZXMpIHtcbiAgICBzZXJ2ZXJDcHVQZXJjZW50LmFkZChzYW1wbGUuY3B1X3BlcmNlbnQpO1xuICAgIHNlcnZlckNwdUNvcmVzUGVyY2VudC5hZGQoc2FtcGxlLmNwdV9jb3Jlc19wZXJjZW50KTtcbiAgICBzZXJ2ZXJNZW1vcnlNYi5hZGQoc2FtcGxlLm1lbW9yeV9tYik7XG4gICAgY3Vyc29yID0gTWF0aC5tYXgoY3Vyc29yLCBzYW1wbGUuc2VxKTtcbiAgfVxuICAvLyBUaGUgc2lkZWNhciBmb3VuZCBtaWQtcnVuIHRoYXQgaXRzIHNvdXJjZSBjYW5ub3QgcmVhZCB0aGUgd2hvbGUgc2VydmVyIChlLmcuIC9tZXRyaWNzIGFuc3dlcmVkXG4gIC8vIGJ5IGFub3RoZXIgd29ya2VyKTogZXZlcnkgZnVydGhlciByZWFkaW5nIHdvdWxkIGJlIHdyb25nLCBzbyB0aGUgcnVuIHN0b3BzLCBzYXlpbmcgd2h5LlxuICBpZiAodHlwZW9mIGJvZHkucmVmdXNlZCA9PT0gJ3N0cmluZycpIGV4ZWMudGVzdC5hYm9ydChgc2VydmVyIHJlc291cmNlczogdGhlIHNpZGVjYXIgcmVmdXNlZCBpdHMgc291cmNlOiAke2JvZHkucmVmdXNlZH1gKTtcbn1cblxuLyoqIFRlYXJkb3duOiB0aGUgbWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwLCBNQiBwZXIgbWludXRlLCBhcyB0aGUgc2lkZWNhciBjb21wdXRlZCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRNZW1vcnlHcm93dGgoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3N1bW1hcnlgLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3Qgc3VtbWFyeSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKHN1bW1hcnkgJiYgdHlwZW9mIHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluID09PSAnbnVtYmVyJykgc2VydmVyTWVtb3J5R3Jvd3RoLmFkZChzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbik7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2VMaW1pdHMge1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIG1lbW9yeSBncm93dGggKHNvYWspLCBNQiBwZXIgbWludXRlIGFmdGVyIHdhcm0tdXAuICovXG4gIGdyb3d0aE1iUGVyTWluPzogbnVtYmVyO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2FtcGxlcyB3ZW50IG1pc3NpbmcgKHRoZSBzaWRlY2FyIHN0b3BwZWQgYW5zd2VyaW5nKS4gKi9cbiAgZmFpbE9uTWlzc2luZz86IGJvb2xlYW47XG59XG5cbi8qKiBTZXJ2ZXIgbWVtb3J5IHBlYWssIENQVSBwOTUsIGFuZCBvcHRpb25hbGx5IGdyb3d0aCBhbmQgZ2FwcywgYXMgZ2F0ZXMuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VHYXRlcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogR2F0ZVtdIHtcbiAgY29uc3QgZ2F0ZXM6IEdhdGVbXSA9IFtcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfbWInLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMubWVtb3J5TWIgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9jcHVfcGVyY2VudCcsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmNwdVBlcmNlbnQgfV0gfSxcbiAgXTtcbiAgaWYgKGxpbWl0cy5ncm93dGhNYlBlck1pbiAhPT0gdW5kZWZpbmVkKSBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5ncm93dGhNYlBlck1pbiB9XSB9KTtcbiAgaWYgKGxpbWl0cy5mYWlsT25NaXNzaW5nKSBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsIHJ1bGVzOiBbeyBzdGF0OiAnY291bnQnLCBvcDogJzwnLCB2YWx1ZTogMSB9XSB9KTtcbiAgcmV0dXJuIGdhdGVzO1xufVxuXG4vKiogVGhlIHNhbWUgZ2F0ZXMgYXMgYSBrNiB0aHJlc2hvbGRzIG9iamVjdDogeyBzZXJ2ZXJfbWVtb3J5X21iOiBbJ21heDwxMDI0J10sIHNlcnZlcl9jcHVfcGVyY2VudDogWydwKDk1KTw4MCddLCAuLi4gfS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZVRocmVzaG9sZHMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEs2VGhyZXNob2xkcyB7XG4gIHJldHVybiB0b0s2VGhyZXNob2xkcyhyZXNvdXJjZUdhdGVzKGxpbWl0cykpO1xufVxuIiwgIi8vIEEgdHlwZWQgYnVpbGRlciBmb3IgazYgdGhyZXNob2xkIGV4cHJlc3Npb25zLCBzbyBhIHR5cG8gaW4gYW4gYWdncmVnYXRpb24gb3Igb3BlcmF0b3IgaXMgYVxuLy8gY29tcGlsZSBlcnJvciBoZXJlIGluc3RlYWQgb2YgYSB0aHJlc2hvbGQgazYgcmVqZWN0cyAob3Igc2lsZW50bHkgbmV2ZXIgZXZhbHVhdGVzKSBhdCBydW4gdGltZS5cblxuLyoqIEFnZ3JlZ2F0aW9ucyBrNiBhY2NlcHRzIHBlciBtZXRyaWMgdHlwZS4gKi9cbmV4cG9ydCB0eXBlIFRyZW5kU3RhdCA9ICdhdmcnIHwgJ21pbicgfCAnbWF4JyB8ICdtZWQnIHwgYHAoJHtudW1iZXJ9KWA7XG5leHBvcnQgdHlwZSBSYXRlU3RhdCA9ICdyYXRlJztcbmV4cG9ydCB0eXBlIENvdW50ZXJTdGF0ID0gJ2NvdW50JyB8ICdyYXRlJztcbmV4cG9ydCB0eXBlIEdhdWdlU3RhdCA9ICd2YWx1ZSc7XG5leHBvcnQgdHlwZSBTdGF0ID0gVHJlbmRTdGF0IHwgUmF0ZVN0YXQgfCBDb3VudGVyU3RhdCB8IEdhdWdlU3RhdDtcbmV4cG9ydCB0eXBlIE9wZXJhdG9yID0gJzwnIHwgJzw9JyB8ICc+JyB8ICc+PScgfCAnPT0nIHwgJz09PScgfCAnIT0nO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGUge1xuICBzdGF0OiBTdGF0O1xuICBvcDogT3BlcmF0b3I7XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTdG9wIHRoZSB3aG9sZSBydW4gYXMgc29vbiBhcyB0aGlzIHJ1bGUgZmFpbHMgKGFmdGVyIGBkZWxheUFib3J0RXZhbGApLiAqL1xuICBhYm9ydE9uRmFpbD86IGJvb2xlYW47XG4gIC8qKiBrNiBkdXJhdGlvbiwgZS5nLiAnMTBzJzogaG93IGxvbmcgdG8gY29sbGVjdCBkYXRhIGJlZm9yZSBhbiBhYm9ydCBtYXkgdHJpZ2dlci4gKi9cbiAgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbWV0cmljIChvcHRpb25hbGx5IG5hcnJvd2VkIHRvIGEgdGFnZ2VkIHN1Yi1tZXRyaWMpIGFuZCB0aGUgcnVsZXMgaXQgbXVzdCBtZWV0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHYXRlIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICBydWxlczogUnVsZVtdO1xufVxuXG4vKiogV2hhdCBrNiBhY2NlcHRzIGFzIG9uZSBlbnRyeSBvZiBhIG1ldHJpYydzIHRocmVzaG9sZCBsaXN0LiAqL1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGQgPSBzdHJpbmcgfCB7IHRocmVzaG9sZDogc3RyaW5nOyBhYm9ydE9uRmFpbD86IGJvb2xlYW47IGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZHMgPSBSZWNvcmQ8c3RyaW5nLCBLNlRocmVzaG9sZFtdPjtcblxuLy8gTWFkZSBvbiBmaXJzdCB1c2UsIG5vdCBhdCBtb2R1bGUgbG9hZDogb3B0aW9ucyBhcmUgYnVpbHQgaW4gazYncyBWVSAwIG9ubHkgKGxpYi9jb25maWcvZW50cnkudHMpLFxuLy8gYW5kIGEgUmVnRXhwIGV2YWx1YXRlZCBhdCBsb2FkIHdvdWxkIGJ1aWxkIFJlZ0V4cCdzIHByb3RvdHlwZSBpbiBldmVyeSBWVSdzIHJ1bnRpbWUuXG5sZXQgcGF0dGVybnM6IHsgbWV0cmljTmFtZTogUmVnRXhwOyB0YWdQYXJ0OiBSZWdFeHA7IHBlcmNlbnRpbGU6IFJlZ0V4cCB9IHwgdW5kZWZpbmVkO1xuY29uc3QgcGF0dGVybiA9ICgpID0+XG4gIChwYXR0ZXJucyA/Pz0geyBtZXRyaWNOYW1lOiAvXltBLVphLXpfXVtBLVphLXowLTlfXSokLywgdGFnUGFydDogL15bQS1aYS16MC05Xy5cXC0vXSskLywgcGVyY2VudGlsZTogL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvIH0pO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghcGF0dGVybigpLm1ldHJpY05hbWUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghcGF0dGVybigpLnRhZ1BhcnQudGVzdChrZXkpIHx8ICFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IHBhdHRlcm4oKS5wZXJjZW50aWxlLmV4ZWMocnVsZS5zdGF0KTtcbiAgaWYgKHJ1bGUuc3RhdC5zdGFydHNXaXRoKCdwKCcpICYmICghcGVyY2VudGlsZSB8fCBOdW1iZXIocGVyY2VudGlsZVsxXSkgPiAxMDApKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHBlcmNlbnRpbGUgXCIke3J1bGUuc3RhdH1cIjogdXNlIHAoTikgd2l0aCAwIDw9IE4gPD0gMTAwYCk7XG4gIH1cbiAgaWYgKCFOdW1iZXIuaXNGaW5pdGUocnVsZS52YWx1ZSkpIHRocm93IG5ldyBFcnJvcihgdGhyZXNob2xkICR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9OiB0aGUgbGltaXQgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXJgKTtcbiAgcmV0dXJuIGAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfWA7XG59XG5cbmZ1bmN0aW9uIHRvSzYocnVsZTogUnVsZSk6IEs2VGhyZXNob2xkIHtcbiAgY29uc3QgdGV4dCA9IGV4cHJlc3Npb24ocnVsZSk7XG4gIGlmICghcnVsZS5hYm9ydE9uRmFpbCkgcmV0dXJuIHRleHQ7XG4gIHJldHVybiB7IHRocmVzaG9sZDogdGV4dCwgYWJvcnRPbkZhaWw6IHRydWUsIC4uLihydWxlLmRlbGF5QWJvcnRFdmFsID8geyBkZWxheUFib3J0RXZhbDogcnVsZS5kZWxheUFib3J0RXZhbCB9IDoge30pIH07XG59XG5cbi8qKiBUdXJucyBnYXRlcyBpbnRvIGs2J3MgYG9wdGlvbnMudGhyZXNob2xkc2A7IGdhdGVzIG9uIHRoZSBzYW1lIGtleSBhcmUgbWVyZ2VkIGluIG9yZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvSzZUaHJlc2hvbGRzKGdhdGVzOiBHYXRlW10pOiBLNlRocmVzaG9sZHMge1xuICBjb25zdCBvdXQ6IEs2VGhyZXNob2xkcyA9IHt9O1xuICBmb3IgKGNvbnN0IGdhdGUgb2YgZ2F0ZXMpIHtcbiAgICBjb25zdCBrZXkgPSBtZXRyaWNLZXkoZ2F0ZS5tZXRyaWMsIGdhdGUudGFncyk7XG4gICAgb3V0W2tleV0gPSBbLi4uKG91dFtrZXldID8/IFtdKSwgLi4uZ2F0ZS5ydWxlcy5tYXAodG9LNildO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLy8gTG9hZCBzaGFwZXMsIGluIG9uZSBwbGFjZSwgcGFyYW1ldGVyaXNlZCBieSB0aGUgcnVuJ3MgY29uZmlndXJhdGlvbi4gQSBzY2VuYXJpbyBmaWxlIHJlYWRzIGFzOlxuLy8gc2hhcGUgKyB3b3JrZmxvd3MgKyB0aHJlc2hvbGRzLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXMubWFwKChfLCBpKSA9PiBpKS5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuZXhwb3J0IHR5cGUgVXNlckNsYXNzID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5cbi8qKlxuICogVGhlIHVzZXIgY2xhc3Mgb2YgVlUgbnVtYmVyIG4gKDEtYmFzZWQpLCBzbyB0aGF0IHRoZSBmaXJzdCBuIFZVcyBhbHdheXMgZm9sbG93IHRoZSB3ZWlnaHRzIGFzXG4gKiBjbG9zZWx5IGFzIHdob2xlIHVzZXJzIGNhbjogZWFjaCBWVSB0YWtlcyB0aGUgY2xhc3MgZnVydGhlc3QgYmVsb3cgaXRzIHNoYXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NPZlVzZXIobjogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IFVzZXJDbGFzcyB7XG4gIGNvbnN0IGNsYXNzZXM6IFVzZXJDbGFzc1tdID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ107XG4gIGNvbnN0IGFzc2lnbmVkID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgbGV0IGNob3NlbjogVXNlckNsYXNzID0gJ3JlZ3VsYXInO1xuICBmb3IgKGxldCBpID0gMTsgaSA8PSBuOyBpKyspIHtcbiAgICBsZXQgYmVzdCA9IC1JbmZpbml0eTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgY2xhc3Nlcykge1xuICAgICAgaWYgKHdlaWdodHNbY10gPT09IDApIGNvbnRpbnVlO1xuICAgICAgY29uc3QgZGVmaWNpdCA9ICh3ZWlnaHRzW2NdICogaSkgLyAxMDAgLSBhc3NpZ25lZFtjXTtcbiAgICAgIGlmIChkZWZpY2l0ID4gYmVzdCkge1xuICAgICAgICBiZXN0ID0gZGVmaWNpdDtcbiAgICAgICAgY2hvc2VuID0gYztcbiAgICAgIH1cbiAgICB9XG4gICAgYXNzaWduZWRbY2hvc2VuXSsrO1xuICB9XG4gIHJldHVybiBjaG9zZW47XG59XG5cbi8qKiBSYW1wIHVwIHRvIGB2dXNgLCBob2xkLCByYW1wIGRvd246IHVzZXJzIGFycml2aW5nIGdyYWR1YWxseSBhbmQgbGVhdmluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nVXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVczogMCxcbiAgICBzdGFnZXM6IFtcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wVXBTfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wRG93blN9c2AsIHRhcmdldDogMCB9LFxuICAgIF0sXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzMwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIGs2IHdhbnRzIGEgd2hvbGUgcmF0ZTogYSBmcmFjdGlvbmFsIHBlci1zZWNvbmQgcmF0ZSBpcyBleHByZXNzZWQgcGVyIG1pbnV0ZSBpbnN0ZWFkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdob2xlUmF0ZShwZXJTZWNvbmQ6IG51bWJlcik6IHsgcmF0ZTogbnVtYmVyOyB0aW1lVW5pdDogc3RyaW5nIH0ge1xuICByZXR1cm4gTnVtYmVyLmlzSW50ZWdlcihwZXJTZWNvbmQpID8geyByYXRlOiBwZXJTZWNvbmQsIHRpbWVVbml0OiAnMXMnIH0gOiB7IHJhdGU6IE1hdGgubWF4KDEsIE1hdGgucm91bmQocGVyU2Vjb25kICogNjApKSwgdGltZVVuaXQ6ICcxbScgfTtcbn1cblxuLyoqIEEgZml4ZWQgcmVxdWVzdCByYXRlLCBpbmRlcGVuZGVudCBvZiBob3cgZmFzdCB0aGUgcGxhdGZvcm0gYW5zd2VycyAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRSYXRlKGV4ZWM6IHN0cmluZywgcGVyU2Vjb25kOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBtYXhWVXM6IG51bWJlciwgc3RhcnRUaW1lID0gJzBzJyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICAuLi53aG9sZVJhdGUocGVyU2Vjb25kKSxcbiAgICBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgxLCBNYXRoLmNlaWwocGVyU2Vjb25kKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFydFRpbWUsXG4gIH07XG59XG5cbi8qKiBXYWxsIHRpbWUgb2YgYSByYW1waW5nLXVzZXJzIHJ1biwgc2Vjb25kcywgZm9yIHNjZW5hcmlvcyB0aGF0IG11c3QgcnVuIGFsb25nc2lkZSBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nRHVyYXRpb25TKGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogbnVtYmVyIHtcbiAgcmV0dXJuIGNvbmZpZy5yYW1wVXBTICsgY29uZmlnLmR1cmF0aW9uUyArIGNvbmZpZy5yYW1wRG93blM7XG59XG5cbmV4cG9ydCBjb25zdCBTVU1NQVJZX1RSRU5EX1NUQVRTID0gWydhdmcnLCAnbWluJywgJ21lZCcsICdtYXgnLCAncCg5MCknLCAncCg5NSknLCAncCg5OSknLCAnY291bnQnXTtcblxuLyoqIFZVcyBmb2xsb3dpbmcgZXhwbGljaXQgc3RhZ2VzIChzcGlrZSBzaGFwZXMgYW5kIHRoZSBsaWtlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFnZWRVc2VycyhleGVjOiBzdHJpbmcsIHN0YWdlczogeyBkdXJhdGlvblM6IG51bWJlcjsgdGFyZ2V0OiBudW1iZXIgfVtdLCBzdGFydFZVcyA9IDApOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVcyxcbiAgICBzdGFnZXM6IHN0YWdlcy5tYXAoKHMpID0+ICh7IGR1cmF0aW9uOiBgJHtzLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiBzLnRhcmdldCB9KSksXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzEwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIEV2ZXJ5IFZVIHN0YXJ0cyBvbmUgaXRlcmF0aW9uIGF0IHRoZSBzYW1lIGluc3RhbnQgKHRoZXkgYXJlIGFsbCBpbml0aWFsaXNlZCBmaXJzdCkuICovXG5leHBvcnQgZnVuY3Rpb24gYWxsQXRPbmNlKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zOiAxLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG5cbi8qKiBBIGZpeGVkIG51bWJlciBvZiBWVXMgZm9yIGEgZml4ZWQgdGltZSAoY2xvc2VkIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFVzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsIGV4ZWMsIHZ1cywgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgZ3JhY2VmdWxTdG9wOiAnMzBzJyB9O1xufVxuXG4vKiogQXJyaXZhbCByYXRlIHJpc2luZyBsaW5lYXJseSBmcm9tIGBzdGFydFJhdGVgIHRvIGBtYXhSYXRlYCBwZXIgc2Vjb25kIG92ZXIgYGR1cmF0aW9uU2AgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJpc2luZ1JhdGUoZXhlYzogc3RyaW5nLCBzdGFydFJhdGU6IG51bWJlciwgbWF4UmF0ZTogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICBzdGFydFJhdGUsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDIsIE1hdGguY2VpbChzdGFydFJhdGUpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YWdlczogW3sgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgdGFyZ2V0OiBtYXhSYXRlIH1dLFxuICB9O1xufVxuXG4vKiogYHZ1c2AgdXNlcnMgZWFjaCBydW4gYGl0ZXJhdGlvbnNgIGl0ZXJhdGlvbnMsIGFsbCBzdGFydGluZyB0b2dldGhlciwgYm91bmRlZCBieSBgbWF4RHVyYXRpb25TYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpdGVyYXRpb25zUGVyVXNlcihleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBpdGVyYXRpb25zOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG4iLCAiLy8gV2hhdCBldmVyeSBlbnRyeSBwb2ludCBzaGFyZXM6IGl0IGFzc2VtYmxlcyBrNiBvcHRpb25zIGZyb20gdGhlIGVudHJ5J3Mgb3duIHNjZW5hcmlvcyBhbmRcbi8vIGdhdGVzLCBhZGRpbmcgdGhlIHNlcnZlci1yZXNvdXJjZXMgc2NlbmFyaW8gYW5kIGdhdGVzIHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkIChTSURFQ0FSX1VSTCkuXG4vLyBFbnRyaWVzIHJlLWV4cG9ydCBgcG9sbFJlc291cmNlc2AgYW5kIGB0ZWFyZG93bmAgZnJvbSBoZXJlLCBhcyBrNiBuZWVkcyB0aGVtIGluIHRoZSBlbnRyeSBtb2R1bGUuXG4vL1xuLy8gazYgZXZhbHVhdGVzIHRoZSBzY3JpcHQgb25jZSBwZXIgVlUsIGVhY2ggaW4gaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIHBsdXMgb25jZSBhcyBWVSAwOiB0aGF0XG4vLyBldmFsdWF0aW9uIGlzIHdoZXJlIGs2IHJlYWRzIGBvcHRpb25zYCwgYW5kIHNldHVwLCB0ZWFyZG93biBhbmQgaGFuZGxlU3VtbWFyeSBlYWNoIHJ1biBpbiBhIGZyZXNoXG4vLyBWVSAwIHRvby4gTG9hZCBWVXMgKDEsIDIsIC4uLikgbmV2ZXIgcmVhZCB0aGVpciBgb3B0aW9uc2AgKGs2IHNldHMgdGhlIGNvbnNvbGlkYXRlZCBvcHRpb25zIG9udG9cbi8vIGl0KSwgc28gdGhleSBza2lwIGJ1aWxkaW5nIHRoZW06IHRoZSBzY2VuYXJpb3MsIGdhdGVzIGFuZCB0aHJlc2hvbGQgZXhwcmVzc2lvbnMgbWFkZSBwZXIgVlUgd2VyZVxuLy8gfjAuMSBNQiBvZiBldmVyeSBWVSdzIGhlYXAgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCBoZWFwIHByb2ZpbGUgYXQgMSwwMDAgVlVzKS5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4vZW52LnRzJztcbmltcG9ydCB7IHBvbGxSZXNvdXJjZXMgYXMgcG9sbFNpZGVjYXIsIHJlY29yZE1lbW9yeUdyb3d0aCwgcmVzb3VyY2VHYXRlcywgcmVzb3VyY2VzU2NlbmFyaW8gfSBmcm9tICcuLi9tZXRyaWNzL3Jlc291cmNlcy50cyc7XG5pbXBvcnQgeyBTVU1NQVJZX1RSRU5EX1NUQVRTLCB0eXBlIFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeVBhcnRzIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIGdhdGVzOiBHYXRlW107XG4gIC8qKiBIb3cgbG9uZyB0aGUgbG9hZCBydW5zLCBzZWNvbmRzOiB0aGUgcmVzb3VyY2VzIHBvbGxlciBydW5zIGFzIGxvbmcuICovXG4gIHdhbGxUaW1lUzogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCB0b28gKHNvYWspLiAqL1xuICBnYXRlTWVtb3J5R3Jvd3RoPzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeU9wdGlvbnMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgdGhyZXNob2xkczogSzZUaHJlc2hvbGRzO1xuICBzZXR1cFRpbWVvdXQ6IHN0cmluZztcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IHN0cmluZ1tdO1xufVxuXG4vKiogV2hldGhlciB0aGlzIHJ1bnRpbWUgaXMgazYncyBWVSAwIChvcHRpb25zLCBzZXR1cCwgdGVhcmRvd24sIGhhbmRsZVN1bW1hcnkpIHJhdGhlciB0aGFuIGEgbG9hZCBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0NvbnRyb2xSdW50aW1lKCk6IGJvb2xlYW4ge1xuICByZXR1cm4gX19WVSA9PT0gMDtcbn1cblxuLyoqIFRoZSBlbnRyeSdzIGs2IG9wdGlvbnMsIGJ1aWx0IGZyb20gYG1ha2VQYXJ0c2AgaW4gVlUgMCBvbmx5OyB1bmRlZmluZWQgaW4gbG9hZCBWVXMgKHNlZSBhYm92ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBtYWtlUGFydHM6ICgpID0+IEVudHJ5UGFydHMpOiBFbnRyeU9wdGlvbnMgfCB1bmRlZmluZWQge1xuICBpZiAoIWlzQ29udHJvbFJ1bnRpbWUoKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGFydHMgPSBtYWtlUGFydHMoKTtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNjZW5hcmlvcyxcbiAgICB0aHJlc2hvbGRzOiB0b0s2VGhyZXNob2xkcyhnYXRlcyksXG4gICAgc2V0dXBUaW1lb3V0OiBgJHtNYXRoLm1heCg2MCwgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyArIDMwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gaGFzVXNlcnMoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiB7XG4gIGNvbnN0IHsgZXhlY3V0b3IsIHN0YXJ0VlVzLCBzdGFnZXMsIHZ1cyB9ID0gc2NlbmFyaW8gYXMgeyBleGVjdXRvcjogc3RyaW5nOyBzdGFydFZVcz86IG51bWJlcjsgc3RhZ2VzPzogeyB0YXJnZXQ6IG51bWJlciB9W107IHZ1cz86IG51bWJlciB9O1xuICBpZiAoZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHJldHVybiAoc3RhcnRWVXMgPz8gMCkgPiAwIHx8IChzdGFnZXMgPz8gW10pLnNvbWUoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQgPiAwKTtcbiAgaWYgKGV4ZWN1dG9yID09PSAnY29uc3RhbnQtdnVzJyB8fCBleGVjdXRvciA9PT0gJ3Blci12dS1pdGVyYXRpb25zJyB8fCBleGVjdXRvciA9PT0gJ3NoYXJlZC1pdGVyYXRpb25zJykgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogV2hhdCBvbmx5IHRoZSBlbmQgb2YgdGhlIHJ1biBrbm93cyAodGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgpLiBFbnRyaWVzIHdpdGggYSB0ZWFyZG93biBvZiB0aGVpciBvd24gY2FsbCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSByZWNvcmRNZW1vcnlHcm93dGgocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdGVhcmRvd24oKTogdm9pZCB7XG4gIHJlY29yZFJlc291cmNlc0F0RW5kKCk7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpLnJlcGxhY2UoLzwvZywgJyZsdDsnKS5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rOiByZXN1bHQub2ssIHN0YXQsIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcikgcm93cy5zZXQoZW5kcG9pbnQsIChyID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH0pKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3QgbWF0Y2ggPSBTVUJfTUVUUklDLmV4ZWMobmFtZSk7XG4gICAgaWYgKCFtYXRjaCkgY29udGludWU7XG4gICAgY29uc3QgWywgYmFzZSwgZW5kcG9pbnRdID0gbWF0Y2ggYXMgdW5rbm93biBhcyBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ107XG4gICAgY29uc3QgdiA9IG1ldHJpYy52YWx1ZXMgPz8ge307XG4gICAgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9kdXJhdGlvbicpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocm93KGVuZHBvaW50KSwgeyByZXF1ZXN0czogdi5jb3VudCA/PyAwLCBwNTA6IHYubWVkID8/IG51bGwsIHA5NTogdlsncCg5NSknXSA/PyBudWxsLCBwOTk6IHZbJ3AoOTkpJ10gPz8gbnVsbCwgbWF4OiB2Lm1heCA/PyBudWxsIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JykgcmV0dXJuIE1hdGgucm91bmQodmFsdWUpLnRvU3RyaW5nKCkucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFBsYWluLWxhbmd1YWdlIGxpbmUgYWJvdXQgc2VydmVyIHJlc291cmNlczogbWVhc3VyZWQsIG9yIHdoeSBub3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzTGluZShkYXRhOiBTdW1tYXJ5RGF0YSk6IHN0cmluZyB7XG4gIGNvbnN0IG1lbW9yeSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpO1xuICBjb25zdCBjcHUgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyk7XG4gIGlmIChtZW1vcnkgPT09IG51bGwgJiYgY3B1ID09PSBudWxsKSByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBtaXNzaW5nID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwO1xuICBjb25zdCBncm93dGggPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKTtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlczogbWVtb3J5IHBlYWsgJHtmb3JtYXRWYWx1ZShtZW1vcnksICd2YWx1ZScpfSBNQmAsXG4gICAgYENQVSBwOTUgJHtmb3JtYXRWYWx1ZShjcHUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7bWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3Qgc2Vjb25kcyA9ICgoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtvcHRpb25zLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IHJvd3MubWFwKChyKSA9PiB7XG4gICAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCk7XG4gICAgY29uc3Qgb2JzZXJ2ZWQgPSBlc2NhcGVYbWwoZm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KSk7XG4gICAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gICAgaWYgKHIub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0Pm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufSBmYWlsZWQ6IG9ic2VydmVkICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+b2JzZXJ2ZWQgJHtvYnNlcnZlZH08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbiAgfSk7XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmcgfSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmIFxcYCR7ZXNjYXBlTWFya2Rvd25DZWxsKG9wdGlvbnMuc2NlbmFyaW8pfVxcYDogJHtmYWlsZWQgPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkfSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGB9YCxcbiAgICAnJyxcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcCgocikgPT4gYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9XFxgIHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCksXG4gIF07XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgbWV0cmljVmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgRW5kcG9pbnRSb3csIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBjb25zdCBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBSdW5NZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZTogc3RyaW5nIHwgbnVsbDtcbiAgdGFyZ2V0OiBzdHJpbmcgfCBudWxsO1xuICBrNl92ZXJzaW9uOiBzdHJpbmcgfCBudWxsO1xuICBnaXRfY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nO1xufVxuXG4vKiogVGhlIGxvYWQgc2hhcGUgYSBydW4gd2FzIGFza2VkIGZvciwgcmVjb3JkZWQgYnkgdGhlIHJ1bm5lciBzbyBjb21wYXJlIGNhbiByZWZ1c2UgdW5saWtlIHJ1bnMuICovXG5leHBvcnQgaW50ZXJmYWNlIExvYWRTaGFwZSB7XG4gIGNvbmN1cnJlbnRfdXNlcnM6IG51bWJlcjtcbiAgZHVyYXRpb25fczogbnVtYmVyO1xuICByYW1wX3VwX3M6IG51bWJlcjtcbiAgcmFtcF9kb3duX3M6IG51bWJlcjtcbiAgdXNlcl93ZWlnaHRzOiBzdHJpbmc7XG4gIHRoaW5rX3RpbWVfczogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bk1ldGEgJiB7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsOyBsb2FkPzogTG9hZFNoYXBlIH07XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IHsgbWV0cmljOiBzdHJpbmc7IGV4cHJlc3Npb246IHN0cmluZzsgb2s6IGJvb2xlYW47IG9ic2VydmVkOiBudW1iZXIgfCBudWxsIH1bXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogRXZlcnkgbWV0cmljJ3MgYWdncmVnYXRlIHZhbHVlcyBhcyBrNiBjb21wdXRlZCB0aGVtLiAqL1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PjtcbiAgLyoqIEFkZGVkIGJ5IG5wbSBydW4gY29tcGFyZSAvIHBlcmYgLS1iYXNlbGluZTogdGhlIHZlcmRpY3RzIGFnYWluc3QgdGhlIGJhc2VsaW5lIHJ1bihzKS4gKi9cbiAgY29tcGFyaXNvbj86IHVua25vd247XG4gIHJlc291cmNlczogeyBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDsgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsOyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7IHNhbXBsZXNfbWlzc2luZzogbnVtYmVyIH0gfCBudWxsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRhOiBSdW5NZXRhKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSA9PiAoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSk7XG4gIGNvbnN0IG1lYXN1cmVkID0gZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iIHx8IGRhdGEubWV0cmljcz8uc2VydmVyX2NwdV9wZXJjZW50O1xuICByZXR1cm4ge1xuICAgIHNjaGVtYV92ZXJzaW9uOiBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OLFxuICAgIHJ1bjogeyAuLi5tZXRhLCBkdXJhdGlvbl9tczogZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gbnVsbCB9LFxuICAgIHZlcmRpY3Q6IHRocmVzaG9sZHMuZXZlcnkoKHQpID0+IHQub2spID8gJ3Bhc3NlZCcgOiAnZmFpbGVkJyxcbiAgICB0aHJlc2hvbGRzLFxuICAgIGVuZHBvaW50czogZW5kcG9pbnRSb3dzKGRhdGEpLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIG1ldHJpY1ZhbHVlLCByZXNvdXJjZXNMaW5lLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoWydodHRwX3JlcXMnLCAnaHR0cF9yZXFfZHVyYXRpb24nLCAnaHR0cF9yZXFfYmxvY2tlZCcsICdodHRwX3JlcV9jb25uZWN0aW5nJywgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsICdodHRwX3JlcV9zZW5kaW5nJywgJ2h0dHBfcmVxX3dhaXRpbmcnLCAnaHR0cF9yZXFfcmVjZWl2aW5nJywgJ2h0dHBfcmVxX2ZhaWxlZCcsICdpdGVyYXRpb25zJywgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAndnVzJywgJ3Z1c19tYXgnLCAnZGF0YV9zZW50JywgJ2RhdGFfcmVjZWl2ZWQnLCAnY2hlY2tzJywgJ2dyb3VwX2R1cmF0aW9uJ10pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PiAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbiB9KTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKGMuYm9sZChgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWApKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gKSk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWApO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSkuZmlsdGVyKGlzQ3VzdG9tKS5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogeyBzY2VuYXJpbzogc3RyaW5nOyBwcm9maWxlPzogc3RyaW5nIH0pIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwgeyBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbywgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlIH0pIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgfSk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgcmV0dXJuIHRhcmdldHMuYXBpUDk1TXM7XG59XG5cbi8qKiBBUEkgcDk1L3A5OSBvdmVyIGFsbCBlbmRwb2ludHMsIGFuZCBwOTUgcGVyIGVuZHBvaW50IChoZWFsdGggYW5kIGV4cG9ydCB3aXRoIHRoZWlyIG93biBidWRnZXRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYXRlbmN5R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk5TXMgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIEVycm9yIHJhdGUgb3ZlciBhbGwgQVBJIHJlcXVlc3RzIGFuZCBwZXIgZW5kcG9pbnQsIHNvIG9uZSBmYWlsaW5nIHJvdXRlIGlzIG5hbWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yR2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFN0b3BzIGEgcnVuIGVhcmx5IHdoZW4gbW9zdCByZXF1ZXN0cyBmYWlsIChwbGF0Zm9ybSBkb3duIG9yIGNyYXNoZWQpOiBubyBtaW51dGVzIG9mIG5vaXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwgPSAnMTBzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ2hlY2tzIGFuZCB3aG9sZSB3b3JrZmxvd3MgbXVzdCBzdWNjZWVkIG9mdGVuIGVub3VnaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWNjZXNzR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGVja3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3dvcmtmbG93X3N1Y2Nlc3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIENoYXB0ZXIgZ2VuZXJhdGlvbiB0aW1lICh0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMpIGFuZCBmYWlsZWQgZ2VuZXJhdGlvbiBqb2JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRpb25HYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5jaGFwdGVyUDk1TXMgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2dlbmVyYXRpb25fZmFpbGVkJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBFYWNoIGVuZHBvaW50IGFnYWluc3QgaXRzIG93biBidWRnZXQ6IHA5NSAoaGVhbHRoIGFuZCBleHBvcnQgaGF2ZSB0aGVpciBvd24pIGFuZCBwOTksIHBsdXMgaXRzIGVycm9yIHJhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRCdWRnZXRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGVycm9yUmF0ZTogbnVtYmVyKTogR2F0ZVtdIHtcbiAgcmV0dXJuIGVuZHBvaW50cy5mbGF0TWFwKChlbmRwb2ludCkgPT4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiB7IGVuZHBvaW50IH0sIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0gfSxcbiAgXSk7XG59XG5cbi8qKlxuICogYnJlYWtwb2ludDogQVBJIHA5NSBhbmQgZXJyb3IgcmF0ZSBhYm9ydCB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCBvZiBkYXRhKTtcbiAqIHRoZSBzdXN0YWluZWQtcmF0ZSBtZXRyaWMgaXMgbGlzdGVkIHdpdGggYW4gYWx3YXlzLXRydWUgcnVsZSBzbyB0aGUgc3VtbWFyeSBzaG93cyBpdHMgdmFsdWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBicmVha3BvaW50R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgc3VzdGFpbmVkTWV0cmljOiBzdHJpbmcsIGRlbGF5QWJvcnRFdmFsID0gJzVzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogc3VzdGFpbmVkTWV0cmljLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPj0nLCB2YWx1ZTogMCB9XSB9LFxuICBdO1xufVxuIiwgIi8vIGFwaTogZG9lcyBldmVyeSBlbmRwb2ludCBtZWV0IGl0cyBvd24gYnVkZ2V0PyBPbmUgY29uc3RhbnQtYXJyaXZhbC1yYXRlIHNjZW5hcmlvIHBlciBlbmRwb2ludFxuLy8gZ3JvdXAgKG9wZW4gbW9kZWw6IGEgc2xvdyBhbnN3ZXIgY2Fubm90IGxvd2VyIHRoZSByZXF1ZXN0IHJhdGUgYW5kIGhpZGUgaXRzZWxmKSwgZWFjaCBlbmRwb2ludFxuLy8gZ2F0ZWQgb24gaXRzIG93biBwOTUvcDk5IGFuZCBlcnJvciByYXRlIChoZWFsdGggcDk1IDwgNTAgbXMsIGV4cG9ydCBwOTUgPCAxIHMsIHRoZSByZXN0XG4vLyBwOTUgPCAyMDAgbXM7IHA5OSA8IDUwMCBtczsgZXJyb3JzIDwgMSAlKS5cbi8vIEVudjogUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTiAocywgZGVmYXVsdCA2MCksIEFQSV9SQVRFIChpdGVyYXRpb25zL3MgcGVyIGdyb3VwLCBkZWZhdWx0IDU7XG4vLyBoZWFsdGggMngsIGV4cG9ydCAvMiwgZ2VuZXJhdGUgLzUpLCBBUElfRVJST1JfUkFURSAocGVyLWVuZHBvaW50IGVycm9yIGJ1ZGdldCwgZGVmYXVsdCAwLjAxKSxcbi8vIFRIUkVTSE9MRF9BUElfUDk1X01TIC8gX1A5OV9NUyAvIFRIUkVTSE9MRF9IRUFMVEhfUDk1X01TIC8gVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMuXG5pbXBvcnQgeyBlbnZOdW1iZXIgfSBmcm9tICcuLi9saWIvY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBFTkRQT0lOVF9HUk9VUFMsIGdyb3VwZWRFbmRwb2ludHMsIHByZXBhcmVFbmRwb2ludEdyb3VwcywgcnVuR3JvdXBTdGVwLCB0eXBlIEVuZHBvaW50R3JvdXBEYXRhIH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9lbmRwb2ludC1ncm91cHMudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5pbXBvcnQgeyBndWFyZGVkQ29uZmlnIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IGNvbnN0YW50UmF0ZSB9IGZyb20gJy4uL2xpYi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlbmRwb2ludEJ1ZGdldEdhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ2FwaScpO1xuY29uc3QgcmF0ZSA9IGVudk51bWJlcihfX0VOViwgJ0FQSV9SQVRFJywgNSwgeyBtaW46IDAuMSwgbWF4OiAxMF8wMDAsIHdoYXQ6ICdpdGVyYXRpb25zIHBlciBzZWNvbmQnIH0pO1xuY29uc3QgZXJyb3JSYXRlID0gZW52TnVtYmVyKF9fRU5WLCAnQVBJX0VSUk9SX1JBVEUnLCAwLjAxLCB7IG1pbjogMCwgbWF4OiAxLCB3aGF0OiAnYSBmcmFjdGlvbiAoZS5nLiAwLjAxKScgfSk7XG4vLyBSb29tIGZvciBhbiBvcGVuIG1vZGVsIHRvIGtlZXAgaXRzIHJhdGUgd2hpbGUgYW5zd2VycyBzbG93IGRvd24gKHJhdGUgeCA0IHMgb2YgbGF0ZW5jeSkuXG5jb25zdCBtYXhWVXMgPSBNYXRoLm1heCgxMCwgTWF0aC5jZWlsKHJhdGUgKiA0KSk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywgKCkgPT4gKHtcbiAgd2FsbFRpbWVTOiBjb25maWcuZHVyYXRpb25TLFxuICBzY2VuYXJpb3M6IE9iamVjdC5mcm9tRW50cmllcyhcbiAgICBPYmplY3QuZW50cmllcyhFTkRQT0lOVF9HUk9VUFMpLm1hcCgoW25hbWUsIGdyb3VwXSkgPT4gW25hbWUsIGNvbnN0YW50UmF0ZShncm91cC5leGVjLCBncm91cC5yYXRlKHJhdGUpLCBjb25maWcuZHVyYXRpb25TLCBtYXhWVXMpXSksXG4gICksXG4gIGdhdGVzOiBbLi4uZW5kcG9pbnRCdWRnZXRHYXRlcyhjb25maWcudGFyZ2V0cywgZ3JvdXBlZEVuZHBvaW50cygpLCBlcnJvclJhdGUpLCAuLi5hYm9ydEdhdGVzKCldLFxufSkpO1xuXG5leHBvcnQgeyBwb2xsUmVzb3VyY2VzLCB0ZWFyZG93biB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuZXhwb3J0IGNvbnN0IGhhbmRsZVN1bW1hcnkgPSBtYWtlSGFuZGxlU3VtbWFyeSh7IHNjZW5hcmlvOiAnYXBpJyB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIHNldHVwKCk6IFByb21pc2U8RW5kcG9pbnRHcm91cERhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVFbmRwb2ludEdyb3Vwcyhjb25maWcpO1xufVxuXG5jb25zdCBnID0gRU5EUE9JTlRfR1JPVVBTO1xuZXhwb3J0IGNvbnN0IGhlYWx0aCA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5oZWFsdGgsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IHJlYWRzID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLnJlYWRzLCBkYXRhKTtcbmV4cG9ydCBjb25zdCBzdGF0dXMgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuc3RhdHVzLCBkYXRhKTtcbmV4cG9ydCBjb25zdCB3cml0ZXMgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcud3JpdGVzLCBkYXRhKTtcbmV4cG9ydCBjb25zdCBnZW5lcmF0ZSA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5nZW5lcmF0ZSwgZGF0YSk7XG5leHBvcnQgY29uc3QgZXhwb3J0Q291cnNlID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmV4cG9ydCwgZGF0YSk7XG5leHBvcnQgY29uc3QgYWRtaW4gPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuYWRtaW4sIGRhdGEpO1xuIl0sCiAgIm1hcHBpbmdzIjogIjtBQXVCTyxJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQUEsRUFDWixzQkFBc0I7QUFDeEIsQ0FBQzs7O0FDT00sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBSUEsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBT0EsTUFBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRQSxXQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE9BQUFBLE9BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHVCQUF1QixLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RILFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCLFNBQVMsR0FBRyxLQUFXLDRCQUE0QixLQUFLLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNuSjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsT0FBTyxTQUF5QjtBQUM5QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGO0FBTU8sU0FBUyxVQUFVLEtBQVUsTUFBYyxVQUFrQixPQUErRTtBQUNqSixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUMzTUEsT0FBT0MsV0FBVTs7O0FDQWpCLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQXVEOzs7QUNrQnZELElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsWUFBWSxZQUFZO0FBQ2pDLGlCQUFlLFFBQW9CLElBQUksRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBb0IsRUFBRTtBQUM5RztBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGT0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUUvQyxJQUFNLFNBQVM7QUFBQSxFQUNwQixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBQyxTQUNRLEtBQ2pCO0FBSFM7QUFDQSxrQkFBQUE7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWFBLFNBQTBEO0FBQzlFLFNBQVEsZ0JBQWdCQSxPQUFNLE1BQU0sS0FBSyxpQkFBaUJBLE9BQU07QUFDbEU7QUFJQSxJQUFJO0FBVUosSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUF5RixDQUFDO0FBRWhHLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxRQUFRO0FBQzVCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBSU8sSUFBTSxZQUFOLE1BQU0sV0FBVTtBQUFBLEVBS3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxVQUFVLEdBQUcsUUFBUTtBQUFBLEVBQzVCO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUEsRUFQRjtBQUFBO0FBQUEsRUFFQSxTQUE0QyxDQUFDO0FBQUE7QUFBQSxFQVc5RCxHQUFHLE9BQTBCO0FBQzNCLFdBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdFO0FBQUEsRUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFFBQUksU0FBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxRQUFJLENBQUMsUUFBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsZUFBUyxFQUFFLFNBQVMsTUFBTSxZQUFZLFFBQVEsR0FBRyxTQUFTLEtBQUssU0FBUyxrQkFBa0IsYUFBYSxRQUFRLEVBQUU7QUFFakgsVUFBSSxDQUFDLFVBQVcsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0FDLFFBQ0EsU0FDVztBQUNYLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTSxLQUFLLFFBQVEsUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUksSUFBSSxjQUFjLEtBQUssVUFBVSxPQUFPLElBQUksTUFBTSxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWFBLFdBQVUsTUFBUyxDQUFDO0FBRTdLLFVBQU1DLFVBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVdBLFlBQVc7QUFDNUIsUUFBSSxVQUFVO0FBQ2QsUUFBSUQsVUFBUyxVQUFVO0FBRXJCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUtBLE9BQU0sU0FBUztBQUN4QyxnQkFBVTtBQUFBLElBQ1o7QUFDQSxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVUEsV0FBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQWMsT0FBT0MsU0FBUUQsVUFBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO0FBQUEsRUFDeEY7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTTtBQUFBLEVBQ3RFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLE1BQU0sTUFBTSxHQUFHLEtBQUssT0FBTyxPQUFPLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUN6RjtBQUFBLEVBRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFFBQUksU0FBUztBQUNiLGVBQVcsT0FBTyxPQUFPO0FBQ3ZCLFlBQU0sUUFBUSxNQUFNLEdBQXlCO0FBQzdDLFVBQUksVUFBVSxPQUFXLFdBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3JHO0FBQ0EsV0FBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBRyxNQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLE9BQU8sVUFBVTtBQUFBLEVBQy9GO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLE1BQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU07QUFBQSxFQUN2RjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sa0JBQWtCO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxRQUFRLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQzlFO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLE1BQU0sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLE1BQU0sSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLE9BQU87QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsTUFBTSxhQUFhLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUN2RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxNQUFNLFVBQVUsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ3BHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUNGOzs7QUdqU0EsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBVTtBQUNqQixPQUFPLGFBQWE7QUFDcEIsT0FBT0UsV0FBVTtBQVlqQixJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLE9BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCLFVBQU0sbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhLCtDQUErQztBQUFBLEVBQzVKO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixVQUFNLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTSwyRUFBMkU7QUFBQSxFQUNoSTtBQUNGO0FBRUEsU0FBUyxNQUFNLFFBQW1CRSxTQUFnQixNQUFvQjtBQUNwRSxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxJQUFJO0FBQzdDLFFBQU0sU0FBUyxPQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzNDLE1BQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLFNBQVMsY0FBYyxTQUFTLFlBQVk7QUFBQSxFQUM1STtBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDLElBQUksT0FBTyxnQkFBZ0IsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ3BJLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLE9BQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQzNILFlBQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT0EsZUFBZSxvQkFBb0JBLFNBQWlDO0FBQ2xFLFFBQU0sUUFBUSxFQUFFLEdBQUdBLFFBQU8sTUFBTTtBQUNoQyxhQUFXLFFBQVEsQ0FBQyxXQUFXLFNBQVMsT0FBTyxHQUFZO0FBQ3pELFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJLEVBQUUsR0FBRyxNQUFNLElBQUksR0FBRyxTQUFTO0FBQUEsSUFDekQsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLEdBQUdBLFNBQVEsTUFBTTtBQUM1QjtBQUVBLGVBQXNCLFdBQVcsV0FBbUJDLFdBQTZCLEVBQUUsTUFBTSxLQUFLLEdBQXFCO0FBQ2pILFFBQU0sVUFBVSxPQUFPO0FBQ3ZCLFFBQU1ELFVBQVMsTUFBTSxvQkFBb0IsU0FBUztBQUNsRCxRQUFNLFlBQVksSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUNsRSxRQUFNLFNBQStCO0FBQUEsSUFDbkMsU0FBUyxNQUFNLFdBQVdBLFNBQVEsU0FBUztBQUFBLElBQzNDLE9BQU8sTUFBTSxXQUFXQSxTQUFRLE9BQU87QUFBQSxJQUN2QyxPQUFPLE1BQU0sV0FBV0EsU0FBUSxPQUFPO0FBQUEsRUFDekM7QUFDQSxRQUFNLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7QUFDeEYsUUFBTSxrQkFBa0JDLFNBQVEsT0FBTyxZQUFZLFVBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPRCxPQUFNLElBQUksQ0FBQztBQUNuRyxTQUFPLEVBQUUsT0FBTyxRQUFRLGdCQUFnQjtBQUMxQzs7O0FKM0VBLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFDM0UsSUFBTSxTQUFTLENBQUMsU0FBc0IsS0FBSyxnQkFBZ0IsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEtBQUssZ0JBQWdCLE1BQU0sQ0FBQztBQUczRyxJQUFNLGtCQUFrQjtBQUFBLEVBQzdCLFFBQVEsRUFBRSxNQUFNLFVBQVUsV0FBVyxDQUFDLFFBQVEsR0FBRyxNQUFNLENBQUMsTUFBTSxJQUFJLEdBQUcsT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxPQUFPLENBQUMsRUFBRTtBQUFBLEVBQzFHLE9BQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxnQkFBZ0IsY0FBYyxhQUFhO0FBQUEsSUFDdkQsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNiLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUFTLEtBQUssVUFBVSxPQUFPLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxLQUFLLEdBQUcsU0FBUyxLQUFLLFdBQVcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDL0o7QUFBQSxFQUNBLFFBQVEsRUFBRSxNQUFNLFVBQVUsV0FBVyxDQUFDLFNBQVMsR0FBRyxNQUFNLENBQUMsTUFBTSxHQUFHLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxPQUFPLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFBQSxFQUN2SCxRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsaUJBQWlCLGlCQUFpQixlQUFlO0FBQUEsSUFDN0QsTUFBTSxDQUFDLE1BQU07QUFBQTtBQUFBLElBRWIsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFVBQVU7QUFDMUIsY0FBTSxVQUFVLEtBQUssYUFBYSxFQUFFLE9BQU8sTUFBTSxXQUFXLEdBQUcsT0FBTyxVQUFVLE9BQU8sZ0JBQWdCLGVBQWUsRUFBRSxDQUFDO0FBQ3pILFlBQUksQ0FBQyxRQUFRLEtBQU07QUFDbkIsYUFBSyxhQUFhLFFBQVEsS0FBSyxJQUFJLEVBQUUsT0FBTyxXQUFXLENBQUM7QUFDeEQsYUFBSyxhQUFhLFFBQVEsS0FBSyxFQUFFO0FBQUEsTUFDbkM7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsVUFBVTtBQUFBLElBQ1IsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGlCQUFpQjtBQUFBLElBQzdCLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ2hDLE9BQU87QUFBQSxNQUNMLENBQUMsRUFBRSxLQUFLLEdBQUcsT0FBTyxVQUFVO0FBQzFCLGNBQU0sVUFBVSxLQUFLLGFBQWEsRUFBRSxPQUFPLE1BQU0sU0FBUyxHQUFHLE9BQU8sY0FBYyxPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDdkgsWUFBSSxRQUFRLEtBQU0sTUFBSyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQUEsTUFDakQ7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGVBQWU7QUFBQSxJQUMzQixNQUFNLENBQUMsTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNoQyxPQUFPLGVBQWUsSUFBSSxDQUFDLFdBQWlCLENBQUMsRUFBRSxLQUFLLEdBQUcsU0FBUyxLQUFLLGFBQWEsT0FBTyxJQUFJLEdBQUcsTUFBTSxDQUFDO0FBQUEsRUFDekc7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxlQUFlLGNBQWMsYUFBYTtBQUFBLElBQ3RELE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDYixPQUFPLENBQUMsQ0FBQyxFQUFFLE9BQUFFLE9BQU0sTUFBTUEsT0FBTSxXQUFXLEdBQUcsQ0FBQyxFQUFFLE9BQUFBLE9BQU0sTUFBTUEsT0FBTSxVQUFVLEVBQUUsR0FBRyxDQUFDLEVBQUUsT0FBQUEsT0FBTSxNQUFNQSxPQUFNLFdBQVcsQ0FBQztBQUFBLEVBQ2xIO0FBQ0Y7QUFHTyxTQUFTLG1CQUErQjtBQUM3QyxTQUFPLENBQUMsR0FBRyxPQUFPLE9BQU8sZUFBZSxFQUFFLFFBQVEsQ0FBQyxVQUFVLE1BQU0sU0FBUyxHQUFHLE9BQU87QUFDeEY7QUFHQSxlQUFzQixzQkFBc0JDLFNBQTRDO0FBQ3RGLFFBQU0sT0FBTyxNQUFNLFdBQVdBLE9BQU07QUFDcEMsUUFBTSxTQUFTLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDcEYsUUFBTSxTQUFTLE9BQU8sYUFBYSxFQUFFLE9BQU8sWUFBWSxLQUFLLEtBQUssSUFBSSxPQUFPLGVBQWUsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ2pJLE1BQUksQ0FBQyxPQUFPLEtBQU0sT0FBTSxJQUFJLE1BQU0sOEVBQThFLE9BQU8sTUFBTSxHQUFHO0FBQ2hJLFFBQU0sTUFBTSxPQUFPLFNBQVMsT0FBTyxLQUFLLEVBQUU7QUFDMUMsTUFBSSxDQUFDLElBQUksS0FBTSxPQUFNLElBQUksTUFBTSwyRUFBMkUsSUFBSSxNQUFNLEdBQUc7QUFDdkgsU0FBTyxFQUFFLEdBQUcsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPO0FBQzNDO0FBRUEsSUFBSTtBQUNKLElBQUksT0FBTztBQUdKLFNBQVMsYUFBYUEsU0FBZ0IsT0FBc0IsTUFBK0I7QUFDaEcsY0FBWTtBQUFBLElBQ1YsTUFBTSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxPQUFPO0FBQUEsSUFDM0UsT0FBTyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxLQUFLO0FBQUEsRUFDNUU7QUFDQSxRQUFNLE9BQU8sTUFBTSxNQUFNLFNBQVMsTUFBTSxNQUFNLE1BQU07QUFFcEQsT0FBSyxTQUFTLE1BQU0sQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CLEVBQUU7QUFDbkg7OztBS3RHTyxJQUFNLFNBQWlCLFlBQVksS0FBSztBQUd4QyxTQUFTLGNBQWMsT0FBdUI7QUFDbkQsc0JBQW9CLFFBQVEsS0FBSztBQUNqQyxTQUFPO0FBQ1Q7OztBQ05BLE9BQU9DLFdBQVU7QUFDakIsT0FBT0MsV0FBVTtBQUNqQixTQUFTLFNBQVMsYUFBYTs7O0FDNEIvQixJQUFJO0FBQ0osSUFBTSxVQUFVLE1BQ2IsYUFBYSxFQUFFLFlBQVksNEJBQTRCLFNBQVMsdUJBQXVCLFlBQVksdUJBQXVCO0FBR3RILFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLFlBQU0sSUFBSSxNQUFNLGVBQWUsR0FBRyxJQUFJLEtBQUssT0FBTyxNQUFNLDJEQUEyRDtBQUFBLElBQ3JIO0FBQUEsRUFDRjtBQUNBLFNBQU8sR0FBRyxNQUFNLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUNoRjtBQUdPLFNBQVMsV0FBVyxNQUFtRDtBQUM1RSxRQUFNLGFBQWEsUUFBUSxFQUFFLFdBQVcsS0FBSyxLQUFLLElBQUk7QUFDdEQsTUFBSSxLQUFLLEtBQUssV0FBVyxJQUFJLE1BQU0sQ0FBQyxjQUFjLE9BQU8sV0FBVyxDQUFDLENBQUMsSUFBSSxNQUFNO0FBQzlFLFVBQU0sSUFBSSxNQUFNLHVCQUF1QixLQUFLLElBQUksZ0NBQWdDO0FBQUEsRUFDbEY7QUFDQSxNQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwSSxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTyxFQUFFLFdBQVdBLE9BQU0sYUFBYSxNQUFNLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQyxFQUFHO0FBQ3ZIO0FBR08sU0FBUyxlQUFlLE9BQTZCO0FBQzFELFFBQU0sTUFBb0IsQ0FBQztBQUMzQixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLE1BQU0sVUFBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFFBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7QUFBQSxFQUMxRDtBQUNBLFNBQU87QUFDVDs7O0FEaEVPLElBQU0sbUJBQW1CLElBQUksTUFBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSSxNQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJLE1BQU0sa0JBQWtCO0FBRW5ELElBQU0sdUJBQXVCLElBQUksUUFBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLGlDQUFpQztBQVM3RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUVsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBR0csU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sVUFBVTtBQUFBLElBQ1YsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGlCQUFpQjtBQUFBLElBQ2pCLFFBQVE7QUFBQSxJQUNSLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFDdEQsUUFBTSxNQUFNQyxNQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDOUcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFDbkMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFBQSxFQUN0QztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVksU0FBVSxDQUFBQyxNQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDM0g7QUFHTyxTQUFTLG1CQUFtQixZQUEwQjtBQUMzRCxRQUFNLE1BQU1ELE1BQUssSUFBSSxHQUFHLFVBQVUsWUFBWSxJQUFhO0FBQzNELFFBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTSxNQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxNQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QixTQUFVLG9CQUFtQixJQUFJLFFBQVEsd0JBQXdCO0FBQzlIO0FBWU8sU0FBUyxjQUFjLFFBQWdDO0FBQzVELFFBQU0sUUFBZ0I7QUFBQSxJQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO0FBQUEsSUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtBQUFBLEVBQ2hHO0FBQ0EsTUFBSSxPQUFPLG1CQUFtQixPQUFXLE9BQU0sS0FBSyxFQUFFLFFBQVEsbUNBQW1DLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQyxFQUFFLENBQUM7QUFDbEssTUFBSSxPQUFPLGNBQWUsT0FBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDeEgsU0FBTztBQUNUOzs7QUU1Q08sU0FBUyxVQUFVLFdBQXVEO0FBQy9FLFNBQU8sT0FBTyxVQUFVLFNBQVMsSUFBSSxFQUFFLE1BQU0sV0FBVyxVQUFVLEtBQUssSUFBSSxFQUFFLE1BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksRUFBRSxDQUFDLEdBQUcsVUFBVSxLQUFLO0FBQzdJO0FBR08sU0FBUyxhQUFhRSxPQUFjLFdBQW1CLFdBQW1CQyxTQUFnQixZQUFZLE1BQWdCO0FBQzNILFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQUFEO0FBQUEsSUFDQSxHQUFHLFVBQVUsU0FBUztBQUFBLElBQ3RCLFVBQVUsR0FBRyxTQUFTO0FBQUEsSUFDdEIsaUJBQWlCLEtBQUssSUFBSUMsU0FBUSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUNuRSxRQUFBQTtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0Y7QUFPTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDeEQzRixTQUFTLG1CQUE0QjtBQUMxQyxTQUFPLFNBQVM7QUFDbEI7QUFHTyxTQUFTLGFBQWFDLFNBQWdCLFdBQXVEO0FBQ2xHLE1BQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxVQUFVO0FBR3hCLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLGVBQWUsS0FBSztBQUFBLElBQ2hDLGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUIsRUFBRSxDQUFDO0FBQUEsSUFDN0QsbUJBQW1CO0FBQUEsRUFDckI7QUFDRjtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBQzVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhLG9CQUFxQixTQUFRLE9BQU8sS0FBSztBQUM3SCxTQUFPO0FBQ1Q7QUFHTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7QUFHTyxTQUFTLHVCQUE2QjtBQUMzQyxNQUFJLE9BQVUsV0FBWSxvQkFBbUIsT0FBVSxVQUFVO0FBQ25FO0FBRU8sU0FBUyxXQUFpQjtBQUMvQix1QkFBcUI7QUFDdkI7OztBQ2hGTyxTQUFTLFVBQVVDLE9BQXNCO0FBQzlDLFNBQU9BLE1BQUssUUFBUSxZQUFZLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDLENBQUU7QUFDdkg7QUFHTyxTQUFTLG1CQUFtQkEsT0FBc0I7QUFDdkQsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSyxFQUFFLFFBQVEsWUFBWSxHQUFHLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2Rzs7O0FDNkJPLFNBQVMsT0FBT0MsYUFBNEI7QUFDakQsU0FBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7QUFDaEU7QUFFQSxTQUFTLE9BQU8sUUFBZ0MsTUFBb0M7QUFDbEYsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELE1BQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsU0FBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0FBQ3hFO0FBR08sU0FBUyxjQUFjLE1BQW1DO0FBQy9ELFFBQU0sT0FBdUIsQ0FBQztBQUM5QixhQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxlQUFXLENBQUNBLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsWUFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsWUFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLFdBQUssS0FBSyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLE9BQU8sSUFBSSxNQUFNLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXLE1BQU0sTUFBTSxPQUFPLFFBQVEsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUMxSztBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7QUFDNUY7QUFFQSxJQUFNLGFBQWE7QUFHWixTQUFTLGFBQWEsTUFBa0M7QUFDN0QsUUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFFBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFFBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixRQUFJLENBQUMsRUFBRyxNQUFLLElBQUksVUFBVyxJQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSyxDQUFFO0FBQ3ZILFdBQU87QUFBQSxFQUNUO0FBQ0EsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFFBQUksQ0FBQyxNQUFPO0FBQ1osVUFBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsVUFBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFFBQUksU0FBUyxxQkFBcUI7QUFDaEMsYUFBTyxPQUFPLElBQUksUUFBUSxHQUFHLEVBQUUsVUFBVSxFQUFFLFNBQVMsR0FBRyxLQUFLLEVBQUUsT0FBTyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDbkosV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxNQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELE1BQUksU0FBUyxNQUFNO0FBQ2pCLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxXQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQ0EsTUFBSSxTQUFTLFFBQVMsUUFBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsRUFBRSxRQUFRLHlCQUF5QixHQUFHO0FBQzlGLFNBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtBQUNqRztBQUVPLFNBQVMsWUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixRQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7QUFDdkU7QUFHTyxTQUFTLGNBQWMsTUFBMkI7QUFDdkQsUUFBTSxTQUFTLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUMxRCxRQUFNLE1BQU0sWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzNELE1BQUksV0FBVyxRQUFRLFFBQVEsS0FBTSxRQUFPO0FBQzVDLFFBQU0sVUFBVSxZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUN4RSxRQUFNLFNBQVMsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQ3pFLFNBQU87QUFBQSxJQUNMLGlDQUFpQyxZQUFZLFFBQVEsT0FBTyxDQUFDO0FBQUEsSUFDN0QsV0FBVyxZQUFZLEtBQUssT0FBTyxDQUFDO0FBQUEsSUFDcEMsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCLFlBQVksUUFBUSxPQUFPLENBQUMsU0FBUztBQUFBLElBQ2xGLG1CQUFtQixPQUFPO0FBQUEsRUFDNUIsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDaEhPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUM7QUFDcEYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQzNDLFFBQU1DLGFBQVksS0FBSyxPQUFPLHFCQUFxQixLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ3ZFLFFBQU0sUUFBUSxVQUFVLGVBQWVELFNBQVEsUUFBUSxFQUFFO0FBQ3pELFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNO0FBQzVCLFVBQU0sT0FBTyxVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsVUFBTSxXQUFXLFVBQVUsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUM7QUFDMUQsVUFBTSxPQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxRQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUcsSUFBSSx3QkFBd0IsUUFBUTtBQUN4RCxXQUFPLEdBQUcsSUFBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLHFCQUFxQixZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsK0JBQStCLFFBQVE7QUFBQTtBQUFBLEVBQ2hMLENBQUM7QUFDRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EseUNBQXlDLEtBQUssTUFBTSxlQUFlLFFBQVEsc0JBQXNCQyxRQUFPO0FBQUEsSUFDeEcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLE1BQU0sZUFBZSxRQUFRLGtDQUFrQ0EsUUFBTztBQUFBLElBQ2xILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ3RCTyxTQUFTLGVBQWUsTUFBbUJDLFVBQXVDO0FBQ3ZGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUN6QyxRQUFNLFFBQVE7QUFBQSxJQUNaLG9CQUFvQixtQkFBbUJBLFNBQVEsUUFBUSxDQUFDLE9BQU8sV0FBVyxJQUFJLFNBQVMsS0FBSyxNQUFNLHVCQUF1QixLQUFLLE1BQU0sT0FBTyxLQUFLLE1BQU0sb0JBQW9CO0FBQUEsSUFDMUs7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxRQUFRLG1CQUFtQixHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsUUFBUSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxJQUFJO0FBQUEsRUFDOUk7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxLQUFLLElBQUksNERBQTRELHFDQUFxQztBQUNoSCxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLEtBQUssS0FBSyxtQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsV0FBVyxTQUFTLENBQUMsSUFBSTtBQUFBLElBQ3JPO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLG1CQUFtQixjQUFjLElBQUksQ0FBQyxHQUFHLEVBQUU7QUFDMUQsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkJPLElBQU0seUJBQXlCO0FBbUMvQixTQUFTLGFBQWEsTUFBbUIsTUFBd0I7QUFDdEUsUUFBTSxhQUFhLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUMsYUFBWSxJQUFJLFNBQVMsT0FBTyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLFNBQVMsRUFBRTtBQUMzSCxRQUFNLFdBQVcsS0FBSyxTQUFTLG9CQUFvQixLQUFLLFNBQVM7QUFDakUsU0FBTztBQUFBLElBQ0wsZ0JBQWdCO0FBQUEsSUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUFBLElBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO0FBQUEsSUFDcEQ7QUFBQSxJQUNBLFdBQVcsYUFBYSxJQUFJO0FBQUEsSUFDNUIsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUN6RyxXQUFXLFdBQ1A7QUFBQSxNQUNFLGdCQUFnQixZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFBQSxNQUMzRCxpQkFBaUIsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQUEsTUFDaEUsMEJBQTBCLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUFBLE1BQ3BGLGlCQUFpQixZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUFBLElBQzNFLElBQ0E7QUFBQSxFQUNOO0FBQ0Y7OztBQ3BEQSxJQUFNLFdBQVcsb0JBQUksSUFBSSxDQUFDLGFBQWEscUJBQXFCLG9CQUFvQix1QkFBdUIsNEJBQTRCLG9CQUFvQixvQkFBb0Isc0JBQXNCLG1CQUFtQixjQUFjLHNCQUFzQixzQkFBc0IsT0FBTyxXQUFXLGFBQWEsaUJBQWlCLFVBQVUsZ0JBQWdCLENBQUM7QUFDelYsSUFBTSxXQUFXLENBQUMsU0FBaUIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFM0gsU0FBUyxNQUFNLE9BQWdCO0FBQzdCLFFBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUNDLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsU0FBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFDdkU7QUFFTyxTQUFTLFlBQVksTUFBbUJDLFVBQXVEO0FBQ3BHLFFBQU0sSUFBSSxNQUFNQSxTQUFRLEtBQUs7QUFDN0IsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sYUFBYSxjQUFjLElBQUk7QUFDckMsUUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxRQUFNLEtBQUssRUFBRSxLQUFLLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUMsRUFBRSxDQUFDO0FBQ3hPLFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsYUFBVyxLQUFLLFlBQVk7QUFDMUIsVUFBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLFVBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUksWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzdHO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsRUFBRSxDQUFDO0FBQ2pLLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sT0FBTyxDQUFDLE1BQXFCLFlBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLFlBQU0sS0FBSyxLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksWUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUU7QUFBQSxJQUM3TDtBQUFBLEVBQ0Y7QUFDQSxRQUFNQyxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxRQUFNLFdBQVcsWUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxRQUFNLGFBQWEsWUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFFBQU0sS0FBSyxLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUMsSUFBSTtBQUNoTyxRQUFNLEtBQUssYUFBYSxZQUFZLFlBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsUUFBTSxTQUFTLFlBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsUUFBTSxLQUFLLGFBQWEsWUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZLFlBQVksWUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPLGFBQWEsWUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU0sWUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDdlAsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsT0FBTyxRQUFRLEVBQUUsS0FBSztBQUNyRSxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNwREEsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBRXhELFNBQVMsa0JBQWtCLE1BQThDO0FBQzlFLFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCLEVBQUUsUUFBUSxZQUFZLE1BQU0sRUFBRSxVQUFVLEtBQUssVUFBVSxPQUFPLEtBQUssT0FBTyxnQkFBZ0IsS0FBSyxDQUFDLEVBQUU7QUFDdEksVUFBTSxNQUFNLE1BQU07QUFDbEIsUUFBSSxLQUFLO0FBQ1AsWUFBTSxVQUFVLGFBQWEsTUFBTTtBQUFBLFFBQ2pDLFVBQVUsS0FBSztBQUFBLFFBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztBQUFBLFFBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtBQUFBLFFBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxNQUN0QyxDQUFDO0FBRUQsWUFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFDaEUsVUFBSSxHQUFHLEdBQUcsWUFBWSxJQUFJLFlBQVksTUFBTSxJQUFJO0FBQ2hELFVBQUksR0FBRyxHQUFHLGFBQWEsSUFBSSxlQUFlLE1BQU0sSUFBSTtBQUFBLElBQ3REO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDM0JBLElBQU0sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQUUvQixTQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDakUsTUFBSSxhQUFhLFNBQVUsUUFBTyxRQUFRO0FBQzFDLE1BQUksYUFBYSxnQkFBaUIsUUFBTyxRQUFRO0FBQ2pELFNBQU8sUUFBUTtBQUNqQjtBQWtDTyxTQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDRjtBQW1CTyxTQUFTLG9CQUFvQixTQUFrQixXQUFnQ0MsWUFBMkI7QUFDL0csU0FBTyxVQUFVLFFBQVEsQ0FBQyxhQUFhO0FBQUEsSUFDckM7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUU7QUFBQSxRQUNsRixFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sS0FBSyxJQUFJLFFBQVEsVUFBVSxZQUFZLFVBQVUsT0FBTyxDQUFDLEVBQUU7QUFBQSxNQUNoSDtBQUFBLElBQ0Y7QUFBQSxJQUNBLEVBQUUsUUFBUSxtQkFBbUIsTUFBTSxFQUFFLFNBQVMsR0FBRyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQWlCLElBQUksS0FBYyxPQUFPQSxXQUFVLENBQUMsRUFBRTtBQUFBLEVBQzFILENBQUM7QUFDSDs7O0FDdEVBLElBQU1DLFVBQVMsY0FBYyxLQUFLO0FBQ2xDLElBQU0sT0FBTyxVQUFVLE9BQU8sWUFBWSxHQUFHLEVBQUUsS0FBSyxLQUFLLEtBQUssS0FBUSxNQUFNLHdCQUF3QixDQUFDO0FBQ3JHLElBQU0sWUFBWSxVQUFVLE9BQU8sa0JBQWtCLE1BQU0sRUFBRSxLQUFLLEdBQUcsS0FBSyxHQUFHLE1BQU0seUJBQXlCLENBQUM7QUFFN0csSUFBTSxTQUFTLEtBQUssSUFBSSxJQUFJLEtBQUssS0FBSyxPQUFPLENBQUMsQ0FBQztBQUV4QyxJQUFNLFVBQVUsYUFBYUEsU0FBUSxPQUFPO0FBQUEsRUFDakQsV0FBV0EsUUFBTztBQUFBLEVBQ2xCLFdBQVcsT0FBTztBQUFBLElBQ2hCLE9BQU8sUUFBUSxlQUFlLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLE1BQU0sQ0FBQyxNQUFNLGFBQWEsTUFBTSxNQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUdBLFFBQU8sV0FBVyxNQUFNLENBQUMsQ0FBQztBQUFBLEVBQ3JJO0FBQUEsRUFDQSxPQUFPLENBQUMsR0FBRyxvQkFBb0JBLFFBQU8sU0FBUyxpQkFBaUIsR0FBRyxTQUFTLEdBQUcsR0FBRyxXQUFXLENBQUM7QUFDaEcsRUFBRTtBQUdLLElBQU0sZ0JBQWdCLGtCQUFrQixFQUFFLFVBQVUsTUFBTSxDQUFDO0FBRTNELFNBQVMsUUFBb0M7QUFDbEQsU0FBTyxzQkFBc0JBLE9BQU07QUFDckM7QUFFQSxJQUFNLElBQUk7QUFDSCxJQUFNLFNBQVMsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQy9FLElBQU0sUUFBUSxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxPQUFPLElBQUk7QUFDN0UsSUFBTSxTQUFTLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUMvRSxJQUFNLFNBQVMsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQy9FLElBQU0sV0FBVyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxVQUFVLElBQUk7QUFDbkYsSUFBTSxlQUFlLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUNyRixJQUFNLFFBQVEsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsT0FBTyxJQUFJOyIsCiAgIm5hbWVzIjogWyJhZG1pbiIsICJjb25maWciLCAiZXhlYyIsICJzdGF0dXMiLCAic2hhcGUiLCAic3RhdHVzIiwgImh0dHAiLCAidXJsIiwgImh0dHAiLCAiY29uZmlnIiwgIm9wdGlvbnMiLCAiYWRtaW4iLCAiY29uZmlnIiwgImV4ZWMiLCAiZXhlYyIsICJodHRwIiwgInRleHQiLCAiaHR0cCIsICJleGVjIiwgImV4ZWMiLCAibWF4VlVzIiwgImNvbmZpZyIsICJwb2xsUmVzb3VyY2VzIiwgInRleHQiLCAiZXhwcmVzc2lvbiIsICJvcHRpb25zIiwgInNlY29uZHMiLCAib3B0aW9ucyIsICJleHByZXNzaW9uIiwgInRleHQiLCAib3B0aW9ucyIsICJzZWNvbmRzIiwgImhhbmRsZVN1bW1hcnkiLCAiZXJyb3JSYXRlIiwgImNvbmZpZyJdCn0K
