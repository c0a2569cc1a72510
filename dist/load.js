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

// lib/config/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
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
function wholeRate(perSecond) {
  return Number.isInteger(perSecond) ? { rate: perSecond, timeUnit: "1s" } : { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: "1m" };
}
function constantRate(exec4, perSecond, durationS, maxVUs, startTime = "0s") {
  return {
    executor: "constant-arrival-rate",
    exec: exec4,
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

// lib/metrics/metrics.ts
import { Counter as Counter2, Rate, Trend as Trend2 } from "k6/metrics";
var chapterGenerationMs = new Trend2("chapter_generation_ms", true);
var courseGenerationMs = new Trend2("course_generation_ms", true);
var courseGenerationObservedMs = new Trend2("course_generation_observed_ms", true);
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

// scenarios/load.ts
var config2 = guardedConfig("load");
var options = entryOptions(config2, () => ({
  wallTimeS: rampingDurationS(config2),
  scenarios: {
    ...populationScenarios(config2, config2.concurrentUsers, (exec4, vus) => rampingUsers(exec4, vus, config2)),
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
}));
var handleSummary = makeHandleSummary({ scenario: "load" });
function setup() {
  return prepareRun(config2);
}
var { regularUsers, powerUsers, adminUsers } = populationExecs(config2);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2h0dHAvYXBpLnRzIiwgIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsICIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCAiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvcmVwb3J0L2VzY2FwZS50cyIsICIuLi9saWIvcmVwb3J0L3N1bW1hcnktZGF0YS50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsICIuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzIiwgIi4uL2xpYi9tZXRyaWNzL21ldHJpY3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCAiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgIi4uL3NjZW5hcmlvcy9sb2FkLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUeXBlZCBjbGllbnQgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJIGNvbnRyYWN0IChwYXRocyBhbmQgdGFncyBjb21lIGZyb20gcm91dGVzLnRzKS4gRXZlcnkgcmVxdWVzdFxuLy8gY2FycmllcyBhIHN0YWJsZSBgZW5kcG9pbnRgIHRhZyAobmV2ZXIgdGhlIFVSTCB3aXRoIGlkcyBpbiBpdCksIHRoZSBgYXBpYCBzY29wZSBhbmQgYSB0ZW1wbGF0ZWRcbi8vIGBuYW1lYCwgc28gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydHMga2VlcCBhIHNtYWxsLCBmaXhlZCBzZXQgb2Ygc2VyaWVzLlxuaW1wb3J0IHsgY2hlY2sgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB0eXBlIHsgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBwYXRocywgcmVxdWVzdFRhZ3MsIHR5cGUgSWQgfSBmcm9tICcuL3JvdXRlcy50cyc7XG5cbmV4cG9ydCB0eXBlIHsgSWQgfTtcbmV4cG9ydCB0eXBlIFJvbGUgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcbmV4cG9ydCB0eXBlIExldmVsID0gJ2JlZ2lubmVyJyB8ICdpbnRlcm1lZGlhdGUnIHwgJ2FkdmFuY2VkJztcbmV4cG9ydCB0eXBlIEpvYlN0YXR1cyA9ICdxdWV1ZWQnIHwgJ3J1bm5pbmcnIHwgJ2NvbXBsZXRlZCcgfCAnZmFpbGVkJztcbmV4cG9ydCB0eXBlIEV4cG9ydEZvcm1hdCA9ICdqc29uJyB8ICdtYXJrZG93bicgfCAnaHRtbCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlclN1bW1hcnkgeyBpbmRleDogbnVtYmVyOyB0aXRsZTogc3RyaW5nOyBzdGF0dXM6IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZSB7XG4gIGlkOiBJZDtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGNoYXB0ZXJzPzogQ2hhcHRlclN1bW1hcnlbXTtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlTGlzdCB7IGl0ZW1zOiBDb3Vyc2VbXTsgdG90YWw6IG51bWJlcjsgbGltaXQ6IG51bWJlcjsgb2Zmc2V0OiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBOZXdDb3Vyc2UgeyB0aXRsZTogc3RyaW5nOyB0b3BpYzogc3RyaW5nOyBsZXZlbDogTGV2ZWw7IGNoYXB0ZXJfY291bnQ6IG51bWJlcjsgbGFuZ3VhZ2U/OiBzdHJpbmcgfVxuZXhwb3J0IGludGVyZmFjZSBKb2JDaGFwdGVyIHsgaW5kZXg6IG51bWJlcjsgc3RhdHVzOiBzdHJpbmc7IHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7IGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsOyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbCB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYiB7XG4gIGpvYl9pZDogSWQ7XG4gIGNvdXJzZV9pZDogSWQ7XG4gIHN0YXR1czogSm9iU3RhdHVzO1xuICBjaGFwdGVyc190b3RhbDogbnVtYmVyO1xuICBjaGFwdGVyc19jb21wbGV0ZWQ6IG51bWJlcjtcbiAgY2hhcHRlcnM6IEpvYkNoYXB0ZXJbXTtcbiAgY3JlYXRlZF9hdDogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZXJyb3I/OiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyB0aXRsZTogc3RyaW5nOyBjb250ZW50OiBzdHJpbmc7IHdvcmRfY291bnQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIExvZ2luIHsgYWNjZXNzX3Rva2VuOiBzdHJpbmc7IHRva2VuX3R5cGU6IHN0cmluZzsgcm9sZTogUm9sZTsgZXhwaXJlc19pbjogbnVtYmVyIH1cblxuLyoqXG4gKiBXaGF0IGV2ZXJ5IGNhbGwgcmV0dXJuczogd2hldGhlciBpdHMgY2hlY2tzIHBhc3NlZCwgdGhlIHN0YXR1cywgYW5kIHRoZSBib2R5IHdoZW4gaXQgaGFkIHRoZVxuICogcmlnaHQgc2hhcGUuIFRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkOiBtb3N0IGNhbGxlcnMgb25seSBuZWVkIGBva2AsIGFuZCBrNidzIEpTT04ucGFyc2VcbiAqIGJ1aWxkcyBldmVyeSBvYmplY3Qgb2YgYSBsaXN0IGluIEpTIOKAlCBhIHF1YXJ0ZXIgb2YgazYncyBDUFUgaW4gdGhlIHJlZ3VsYXItdXNlciB3b3JrZmxvdyBiZWZvcmVcbiAqIHRoaXMgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0PFQ+IHtcbiAgb2s6IGJvb2xlYW47XG4gIHN0YXR1czogbnVtYmVyO1xuICByZWFkb25seSBib2R5OiBUIHwgdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGZpZWxkIG9mIGEgSlNPTiBib2R5IGJ5IGEgazYgc2VsZWN0b3IgKGBpdGVtcy4jYCwgYGlkYCk6IHJlYWQgaW4gR28sIG5vIEpTIG9iamVjdCBidWlsdCBmb3IgdGhlIHJlc3QuICovXG5leHBvcnQgdHlwZSBGaWVsZCA9IChwYXRoOiBzdHJpbmcpID0+IHVua25vd247XG4vKiogQSBib2R5LXNoYXBlIHRlc3Qgb3ZlciBzZWxlY3RlZCBmaWVsZHM7IFQgaXMgdGhlIGJvZHkgdHlwZSBpdCB2b3VjaGVzIGZvci4gKi9cbmV4cG9ydCB0eXBlIFNoYXBlPFQ+ID0gKChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pICYgeyByZWFkb25seSB2b3VjaGVzRm9yPzogVCB9O1xuY29uc3Qgc2hhcGUgPSA8VD4odGVzdDogKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbik6IFNoYXBlPFQ+ID0+IHRlc3Q7XG5cbmNvbnN0IGlzSWQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2ID09PSAnbnVtYmVyJztcbmNvbnN0IGlzQ291bnQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdudW1iZXInOyAvLyBgPGFycmF5Pi4jYCBpcyBhIG51bWJlciBvbmx5IGZvciBhbiBhcnJheVxuXG5leHBvcnQgY29uc3Qgc2hhcGVzID0ge1xuICBoZWFsdGg6IHNoYXBlPHsgc3RhdHVzOiBzdHJpbmcgfT4oKGZpZWxkKSA9PiBmaWVsZCgnc3RhdHVzJykgPT09ICdvaycpLFxuICBsb2dpbjogc2hhcGU8TG9naW4+KChmaWVsZCkgPT4ge1xuICAgIGNvbnN0IHRva2VuID0gZmllbGQoJ2FjY2Vzc190b2tlbicpO1xuICAgIHJldHVybiB0eXBlb2YgdG9rZW4gPT09ICdzdHJpbmcnICYmIHRva2VuICE9PSAnJztcbiAgfSksXG4gIGNvdXJzZUxpc3Q6IHNoYXBlPENvdXJzZUxpc3Q+KChmaWVsZCkgPT4gaXNDb3VudChmaWVsZCgnaXRlbXMuIycpKSAmJiB0eXBlb2YgZmllbGQoJ3RvdGFsJykgPT09ICdudW1iZXInKSxcbiAgY291cnNlOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgdHlwZW9mIGZpZWxkKCd0aXRsZScpID09PSAnc3RyaW5nJyksXG4gIGNvdXJzZVdpdGhDaGFwdGVyczogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIGlzQ291bnQoZmllbGQoJ2NoYXB0ZXJzLiMnKSkpLFxuICBqb2JBY2NlcHRlZDogc2hhcGU8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2pvYl9pZCcpKSksXG4gIGpvYjogc2hhcGU8Sm9iPigoZmllbGQpID0+IHR5cGVvZiBmaWVsZCgnc3RhdHVzJykgPT09ICdzdHJpbmcnICYmIGlzQ291bnQoZmllbGQoJ2NoYXB0ZXJzLiMnKSkpLFxuICBjaGFwdGVyOiBzaGFwZTxDaGFwdGVyPigoZmllbGQpID0+IHR5cGVvZiBmaWVsZCgnY29udGVudCcpID09PSAnc3RyaW5nJyksXG4gIGFueU9iamVjdDogc2hhcGU8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+KChmaWVsZCkgPT4ge1xuICAgIGNvbnN0IHdob2xlID0gZmllbGQoJ0B0aGlzJyk7IC8vIGdqc29uJ3MgbW9kaWZpZXIgZm9yIHRoZSB3aG9sZSBkb2N1bWVudFxuICAgIHJldHVybiB0eXBlb2Ygd2hvbGUgPT09ICdvYmplY3QnICYmIHdob2xlICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHdob2xlKTtcbiAgfSksXG59O1xuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8qKlxuICogV2hldGhlciB0aGUgYW5zd2VyIGNsYWltcyB0byBiZSBKU09OIGF0IGFsbCAoYW4gSFRNTCBlcnJvciBwYWdlIGlzIGEgZmFpbGVkIGNoZWNrLCBub3QgYW5cbiAqIGV4Y2VwdGlvbikuIFRoZSBib2R5IGl0c2VsZiBpcyBub3QgcmVhZCBoZXJlOiBhbiBlbXB0eSBvciB1bnBhcnNhYmxlIG9uZSByZWFkcyBhcyBoYXZpbmcgbm9cbiAqIGZpZWxkcywgd2hpY2ggZmFpbHMgdGhlIHNoYXBlLCBhbmQgcmVhZGluZyBpdCB3b3VsZCBjb3B5IGV2ZXJ5IGJvZHkgaW50byBKYXZhU2NyaXB0LlxuICovXG5mdW5jdGlvbiBpc0pzb24ocmVzOiBSZXNwb25zZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gU3RyaW5nKHJlcy5oZWFkZXJzWydDb250ZW50LVR5cGUnXSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKTtcbn1cblxuLyoqIFRoZSByZXNwb25zZSB0aGUgc2hhcGUgY2hlY2sgaXMgcmVhZGluZzogb25lIGZpZWxkIHJlYWRlciBwZXIgVlUsIG5vdCBhIGNsb3N1cmUgcGVyIHJlcXVlc3QuICovXG5sZXQgcmVhZGluZzogUmVzcG9uc2UgfCB1bmRlZmluZWQ7XG4vKiogRmllbGQgcmVhZGVyIG92ZXIgazYncyBzZWxlY3RvcjsgYSBib2R5IHRoYXQgaXMgbm90IHZhbGlkIEpTT04gcmVhZHMgYXMgaGF2aW5nIG5vIGZpZWxkcy4gKi9cbmNvbnN0IHJlYWRGaWVsZDogRmllbGQgPSAocGF0aCkgPT4ge1xuICB0cnkge1xuICAgIHJldHVybiByZWFkaW5nIS5qc29uKHBhdGgpID8/IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufTtcblxuLyoqIEEgY2FsbCdzIFJlc3VsdDsgdGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQgKGEgcHJvdG90eXBlIGdldHRlcjogbm8gY2xvc3VyZXMgcGVyIHJlcXVlc3QpLiAqL1xuY2xhc3MgTGF6eVJlc3VsdDxUPiBpbXBsZW1lbnRzIFJlc3VsdDxUPiB7XG4gIHByaXZhdGUgcGFyc2VkID0gZmFsc2U7XG4gIHByaXZhdGUgdmFsdWU6IFQgfCB1bmRlZmluZWQ7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IG9rOiBib29sZWFuLFxuICAgIHJlYWRvbmx5IHN0YXR1czogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcmVzOiBSZXNwb25zZSB8IHVuZGVmaW5lZCxcbiAgKSB7fVxuXG4gIGdldCBib2R5KCk6IFQgfCB1bmRlZmluZWQge1xuICAgIGlmICh0aGlzLnJlcyAmJiAhdGhpcy5wYXJzZWQpIHtcbiAgICAgIHRoaXMudmFsdWUgPSBwYXJzZUpzb24odGhpcy5yZXMuYm9keSkgYXMgVDtcbiAgICAgIHRoaXMucGFyc2VkID0gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMudmFsdWU7XG4gIH1cbn1cblxuLyoqIFRoZSB3aG9sZSBib2R5IGFzIEpTT04sIG9yIHVuZGVmaW5lZCB3aGVuIGl0IGRvZXMgbm90IHBhcnNlLiAqL1xuZnVuY3Rpb24gcGFyc2VKc29uKGJvZHk6IHVua25vd24pOiB1bmtub3duIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShib2R5IGFzIHN0cmluZyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gQ2FjaGVzIG9uIHRoaXMgcGF0aCBhcmUgcGxhaW4gb2JqZWN0cywgbm90IE1hcDogZXZlcnkgVlUgaGFzIGl0cyBvd24gSmF2YVNjcmlwdCBydW50aW1lLCBhbmQgdGhlXG4vLyBmaXJzdCBNYXAgYSBydW50aW1lIHVzZXMgYnVpbGRzIE1hcCdzIGNvbnN0cnVjdG9yIGFuZCBwcm90b3R5cGUgaW4gaXQgKH4xMCBLQiBwZXIgVlUsIGJlbmNoLykuXG4vLyBPbmUgY2FsbGJhY2sgcGVyIHN0YXR1cywgbWFkZSBvbmNlOiBodHRwLmV4cGVjdGVkU3RhdHVzZXMoKSBhbGxvY2F0ZXMsIGFuZCB0aGlzIGlzIGV2ZXJ5IHJlcXVlc3QncyBwYXRoLlxuY29uc3Qgc3RhdHVzQ2FsbGJhY2tzOiBSZWNvcmQ8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PiA9IHt9O1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIHJldHVybiAoc3RhdHVzQ2FsbGJhY2tzW3N0YXR1c10gPz89IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcyhzdGF0dXMpKTtcbn1cblxuLyoqIFNlZXMgZXZlcnkgQVBJIHJlcXVlc3QncyBkdXJhdGlvbiBhbmQgb3V0Y29tZTogaG93IHNjZW5hcmlvcyBtZWFzdXJlIGxhdGVuY3kgcGVyIHBoYXNlLiAqL1xuZXhwb3J0IHR5cGUgUmVxdWVzdE9ic2VydmVyID0gKGVuZHBvaW50OiBFbmRwb2ludCwgZHVyYXRpb25NczogbnVtYmVyLCBvazogYm9vbGVhbikgPT4gdm9pZDtcbmxldCBvYnNlcnZlcjogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkO1xuZXhwb3J0IGZ1bmN0aW9uIG9ic2VydmVSZXF1ZXN0cyhuZXh0OiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgb2JzZXJ2ZXIgPSBuZXh0O1xufVxuXG4vKiogV2hhdCBhIHJlcXVlc3QncyBjaGVja3MgbG9vayBhdDsgb25lIG9iamVjdCBwZXIgVlUsIHJldXNlZCwgc28gYSByZXF1ZXN0IGFsbG9jYXRlcyBubyBjaGVjayBjbG9zdXJlcy4gKi9cbmludGVyZmFjZSBPdXRjb21lIHtcbiAgc3RhdHVzT2s6IGJvb2xlYW47XG4gIHNoYXBlT2s6IGJvb2xlYW47XG59XG5jb25zdCBvdXRjb21lOiBPdXRjb21lID0geyBzdGF0dXNPazogZmFsc2UsIHNoYXBlT2s6IGZhbHNlIH07XG5cbnR5cGUgQ2hlY2tzID0gUmVjb3JkPHN0cmluZywgKG86IE91dGNvbWUpID0+IGJvb2xlYW4+O1xuLy8gS2V5ZWQgYnkgZW5kcG9pbnQgYWxvbmU6IGVhY2ggQXBpQ2xpZW50IG1ldGhvZCBmaXhlcyBpdHMgZW5kcG9pbnQncyBleHBlY3RlZCBzdGF0dXMsIHNoYXBlIGFuZCBwYXlsb2FkLlxuY29uc3QgY2hlY2tTZXRzOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgeyBjaGVja3M6IENoZWNrczsgdGFnczogeyBlbmRwb2ludDogRW5kcG9pbnQgfSB9Pj4gPSB7fTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0c1tlbmRwb2ludF07XG4gIGlmICghc2V0KSB7XG4gICAgY29uc3QgY2hlY2tzOiBDaGVja3MgPSB7IFtgJHtlbmRwb2ludH06IHN0YXR1cyBpcyAke2V4cGVjdGVkfWBdOiAobykgPT4gby5zdGF0dXNPayB9O1xuICAgIGlmICh3aXRoU2hhcGUpIGNoZWNrc1tgJHtlbmRwb2ludH06IGJvZHkgaGFzIHRoZSBleHBlY3RlZCBzaGFwZWBdID0gKG8pID0+ICFvLnN0YXR1c09rIHx8IG8uc2hhcGVPaztcbiAgICBzZXQgPSB7IGNoZWNrcywgdGFnczogeyBlbmRwb2ludCB9IH07XG4gICAgY2hlY2tTZXRzW2VuZHBvaW50XSA9IHNldDtcbiAgfVxuICByZXR1cm4gc2V0O1xufVxuXG50eXBlIFBhcmFtcyA9IE5vbk51bGxhYmxlPFBhcmFtZXRlcnM8dHlwZW9mIGh0dHAucmVxdWVzdD5bM10+O1xuXG5leHBvcnQgY2xhc3MgQXBpQ2xpZW50IHtcbiAgcHJpdmF0ZSByZWFkb25seSB0aW1lb3V0OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0IHBhcmFtcyBwZXIgZW5kcG9pbnQgKGhlYWRlcnMsIHRhZ3MsIHRpbWVvdXQsIGV4cGVjdGVkIHN0YXR1cyksIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcmFtczogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFBhcmFtcz4+ID0ge307XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBiYXNlVXJsOiBzdHJpbmcsXG4gICAgdGltZW91dFM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLnRpbWVvdXQgPSBgJHt0aW1lb3V0U31zYDtcbiAgfVxuXG4gIC8qKiBBIGNsaWVudCBmb3IgdGhlIHNhbWUgcGxhdGZvcm0gYWN0aW5nIGFzIGFub3RoZXIgdXNlci4gKi9cbiAgYXModG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gICAgcmV0dXJuIG5ldyBBcGlDbGllbnQodGhpcy5iYXNlVXJsLCBOdW1iZXIodGhpcy50aW1lb3V0LnNsaWNlKDAsIC0xKSksIHRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyYW1zRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFBheWxvYWQ6IGJvb2xlYW4sIHJlYWRzQm9keTogYm9vbGVhbik6IFBhcmFtcyB7XG4gICAgbGV0IHBhcmFtcyA9IHRoaXMucGFyYW1zW2VuZHBvaW50XTtcbiAgICBpZiAoIXBhcmFtcykge1xuICAgICAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgICAgIGlmICh3aXRoUGF5bG9hZCkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gICAgICBpZiAodGhpcy50b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3RoaXMudG9rZW59YDtcbiAgICAgIHBhcmFtcyA9IHsgaGVhZGVycywgdGFnczogcmVxdWVzdFRhZ3MoZW5kcG9pbnQpLCB0aW1lb3V0OiB0aGlzLnRpbWVvdXQsIHJlc3BvbnNlQ2FsbGJhY2s6IGV4cGVjdFN0YXR1cyhleHBlY3RlZCkgfTtcbiAgICAgIC8vIEEgYm9keSBub2JvZHkgY2hlY2tzIG9yIHJlYWRzIChERUxFVEUncyAyMDQsIGFuIGV4cG9ydCBkb2N1bWVudCkgaXMgbm90IGNvcGllZCBpbnRvIEphdmFTY3JpcHQuXG4gICAgICBpZiAoIXJlYWRzQm9keSkgcGFyYW1zLnJlc3BvbnNlVHlwZSA9ICdub25lJztcbiAgICAgIHRoaXMucGFyYW1zW2VuZHBvaW50XSA9IHBhcmFtcztcbiAgICB9XG4gICAgcmV0dXJuIHBhcmFtcztcbiAgfVxuXG4gIHByaXZhdGUgY2FsbDxUPihcbiAgICBlbmRwb2ludDogRW5kcG9pbnQsXG4gICAgbWV0aG9kOiBzdHJpbmcsXG4gICAgcGF0aDogc3RyaW5nLFxuICAgIGV4cGVjdGVkOiBudW1iZXIsXG4gICAgc2hhcGU6IFNoYXBlPFQ+IHwgdW5kZWZpbmVkLFxuICAgIHBheWxvYWQ/OiB1bmtub3duLFxuICApOiBSZXN1bHQ8VD4ge1xuICAgIGNvbnN0IHdpdGhQYXlsb2FkID0gcGF5bG9hZCAhPT0gdW5kZWZpbmVkO1xuICAgIGNvbnN0IHJlcyA9IGh0dHAucmVxdWVzdChtZXRob2QsIGAke3RoaXMuYmFzZVVybH0ke3BhdGh9YCwgd2l0aFBheWxvYWQgPyBKU09OLnN0cmluZ2lmeShwYXlsb2FkKSA6IG51bGwsIHRoaXMucGFyYW1zRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgd2l0aFBheWxvYWQsIHNoYXBlICE9PSB1bmRlZmluZWQpKTtcbiAgICAvLyBFYWNoIHByb3BlcnR5IHJlYWQgb2YgYSBrNiByZXNwb25zZSBjcm9zc2VzIGludG8gR28gYW5kIGJ1aWxkcyBhIEpTIHZhbHVlOiByZWFkIGVhY2ggb25jZS5cbiAgICBjb25zdCBzdGF0dXMgPSByZXMuc3RhdHVzO1xuICAgIGNvbnN0IHN0YXR1c09rID0gc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBsZXQgc2hhcGVPayA9IHRydWU7XG4gICAgaWYgKHNoYXBlICYmIHN0YXR1c09rKSB7XG4gICAgICAvLyAoYSB3cm9uZyBzdGF0dXMgYWxyZWFkeSBmYWlscyB0aGUgY2FsbDsgaXRzIGJvZHkncyBzaGFwZSB3b3VsZCBjaGFuZ2Ugbm8gY2hlY2sncyBvdXRjb21lKVxuICAgICAgcmVhZGluZyA9IHJlcztcbiAgICAgIHNoYXBlT2sgPSBpc0pzb24ocmVzKSAmJiBzaGFwZShyZWFkRmllbGQpO1xuICAgICAgcmVhZGluZyA9IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgb3V0Y29tZS5zdGF0dXNPayA9IHN0YXR1c09rO1xuICAgIG91dGNvbWUuc2hhcGVPayA9IHNoYXBlT2s7XG4gICAgY29uc3QgeyBjaGVja3MsIHRhZ3MgfSA9IGNoZWNrc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHNoYXBlICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IG9rID0gY2hlY2sob3V0Y29tZSwgY2hlY2tzLCB0YWdzKTtcbiAgICBjb25zdCBhbGxPayA9IG9rICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgb2JzZXJ2ZXI/LihlbmRwb2ludCwgcmVzLnRpbWluZ3MuZHVyYXRpb24sIGFsbE9rKTtcbiAgICByZXR1cm4gbmV3IExhenlSZXN1bHQ8VD4oYWxsT2ssIHN0YXR1cywgc2hhcGUgJiYgc3RhdHVzT2sgJiYgc2hhcGVPayA/IHJlcyA6IHVuZGVmaW5lZCk7XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIC8vIEEgbG9vcCByYXRoZXIgdGhhbiBlbnRyaWVzL2ZpbHRlci9tYXAvam9pbjogdGhpcyBpcyB0aGUgbW9zdCBmcmVxdWVudCByZXF1ZXN0LCBhbmQgZWFjaCBvZlxuICAgIC8vIHRob3NlIGlzIGEgcGVyLXJlcXVlc3QgYXJyYXkgYW5kIGEgYnVpbHQtaW4gZXZlcnkgVlUncyBydW50aW1lIHdvdWxkIGJ1aWxkLlxuICAgIGxldCBzZWFyY2ggPSAnJztcbiAgICBmb3IgKGNvbnN0IGtleSBpbiBxdWVyeSkge1xuICAgICAgY29uc3QgdmFsdWUgPSBxdWVyeVtrZXkgYXMga2V5b2YgdHlwZW9mIHF1ZXJ5XTtcbiAgICAgIGlmICh2YWx1ZSAhPT0gdW5kZWZpbmVkKSBzZWFyY2ggKz0gYCR7c2VhcmNoID8gJyYnIDogJz8nfSR7a2V5fT0ke2VuY29kZVVSSUNvbXBvbmVudChTdHJpbmcodmFsdWUpKX1gO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VzX2xpc3QnLCAnR0VUJywgYCR7cGF0aHMuY291cnNlcygpfSR7c2VhcmNofWAsIDIwMCwgc2hhcGVzLmNvdXJzZUxpc3QpO1xuICB9XG5cbiAgY3JlYXRlQ291cnNlKGNvdXJzZTogTmV3Q291cnNlKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9jcmVhdGUnLCAnUE9TVCcsIHBhdGhzLmNvdXJzZXMoKSwgMjAxLCBzaGFwZXMuY291cnNlLCBjb3Vyc2UpO1xuICB9XG5cbiAgZ2V0Q291cnNlKGlkOiBJZCk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2V0JywgJ0dFVCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZVdpdGhDaGFwdGVycyk7XG4gIH1cblxuICB1cGRhdGVDb3Vyc2UoaWQ6IElkLCBjaGFuZ2VzOiBQYXJ0aWFsPE5ld0NvdXJzZT4pOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX3VwZGF0ZScsICdQQVRDSCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZSwgY2hhbmdlcyk7XG4gIH1cblxuICBkZWxldGVDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9kZWxldGUnLCAnREVMRVRFJywgcGF0aHMuY291cnNlKGlkKSwgMjA0LCB1bmRlZmluZWQpO1xuICB9XG5cbiAgZ2VuZXJhdGUoaWQ6IElkKTogUmVzdWx0PHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZW5lcmF0ZScsICdQT1NUJywgcGF0aHMuZ2VuZXJhdGUoaWQpLCAyMDIsIHNoYXBlcy5qb2JBY2NlcHRlZCwge30pO1xuICB9XG5cbiAgZ2V0Sm9iKGpvYklkOiBJZCk6IFJlc3VsdDxKb2I+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdqb2JfZ2V0JywgJ0dFVCcsIHBhdGhzLmpvYihqb2JJZCksIDIwMCwgc2hhcGVzLmpvYik7XG4gIH1cblxuICBnZXRDaGFwdGVyKGlkOiBJZCwgaW5kZXg6IG51bWJlcik6IFJlc3VsdDxDaGFwdGVyPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY2hhcHRlcl9nZXQnLCAnR0VUJywgcGF0aHMuY2hhcHRlcihpZCwgaW5kZXgpLCAyMDAsIHNoYXBlcy5jaGFwdGVyKTtcbiAgfVxuXG4gIGV4cG9ydENvdXJzZShpZDogSWQsIGZvcm1hdDogRXhwb3J0Rm9ybWF0KTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9leHBvcnQnLCAnR0VUJywgYCR7cGF0aHMuZXhwb3J0Q291cnNlKGlkKX0/Zm9ybWF0PSR7Zm9ybWF0fWAsIDIwMCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGFkbWluU3RhdHMoKTogUmVzdWx0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fc3RhdHMnLCAnR0VUJywgcGF0aHMuYWRtaW5TdGF0cygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Kb2JzKGxpbWl0ID0gMjApOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX2pvYnMnLCAnR0VUJywgYCR7cGF0aHMuYWRtaW5Kb2JzKCl9P2xpbWl0PSR7bGltaXR9YCwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluVXNlcnMoKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl91c2VycycsICdHRVQnLCBwYXRocy5hZG1pblVzZXJzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgYnkgc3RhYmxlIG5hbWU6IHRoZSBgZW5kcG9pbnRgIHRhZyBvbiBldmVyeSByZXF1ZXN0LCB0aGUga2V5IG9mXG4vLyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0IHJvd3MsIGFuZCB0aGUgcm91dGUgbmFtZXMgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX0ZBVUxUUyB1c2UuXG5leHBvcnQgY29uc3QgRU5EUE9JTlRTID0gW1xuICAnaGVhbHRoJyxcbiAgJ2xvZ2luJyxcbiAgJ2NvdXJzZXNfbGlzdCcsXG4gICdjb3Vyc2VfY3JlYXRlJyxcbiAgJ2NvdXJzZV9nZXQnLFxuICAnY291cnNlX3VwZGF0ZScsXG4gICdjb3Vyc2VfZGVsZXRlJyxcbiAgJ2NvdXJzZV9nZW5lcmF0ZScsXG4gICdqb2JfZ2V0JyxcbiAgJ2NoYXB0ZXJfZ2V0JyxcbiAgJ2NvdXJzZV9leHBvcnQnLFxuICAnYWRtaW5fc3RhdHMnLFxuICAnYWRtaW5fam9icycsXG4gICdhZG1pbl91c2VycycsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSBFbmRwb2ludCA9ICh0eXBlb2YgRU5EUE9JTlRTKVtudW1iZXJdO1xuXG4vKiogVGFnIHZhbHVlIHRoYXQgc2VwYXJhdGVzIHRoZSBwbGF0Zm9ybSdzIEFQSSB0cmFmZmljIGZyb20gdGhlIHN1aXRlJ3Mgb3duIGNhbGxzIChlLmcuIHRoZSBzaWRlY2FyKS4gKi9cbmV4cG9ydCBjb25zdCBBUElfU0NPUEUgPSAnYXBpJztcbiIsICIvLyBQYXRocyBhbmQgcmVxdWVzdCB0YWdzIG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSwgaW4gb25lIHBsYWNlLiBQdXJlIChubyBrNiBpbXBvcnRzKSwgc28gdGhlXG4vLyBtYXBwaW5nIGZyb20gZW5kcG9pbnQgdG8gcGF0aCBhbmQgdGFncyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuXG5leHBvcnQgdHlwZSBJZCA9IHN0cmluZyB8IG51bWJlcjtcblxuY29uc3Qgc2VnID0gKGlkOiBJZCk6IHN0cmluZyA9PiBlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKGlkKSk7XG5cbmV4cG9ydCBjb25zdCBwYXRocyA9IHtcbiAgaGVhbHRoOiAoKSA9PiAnL2hlYWx0aCcsXG4gIGxvZ2luOiAoKSA9PiAnL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlczogKCkgPT4gJy9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9YCxcbiAgZ2VuZXJhdGU6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9nZW5lcmF0ZWAsXG4gIGpvYjogKGlkOiBJZCkgPT4gYC9hcGkvdjEvam9icy8ke3NlZyhpZCl9YCxcbiAgY2hhcHRlcjogKGlkOiBJZCwgaW5kZXg6IG51bWJlcikgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2NoYXB0ZXJzLyR7aW5kZXh9YCxcbiAgZXhwb3J0Q291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZXhwb3J0YCxcbiAgYWRtaW5TdGF0czogKCkgPT4gJy9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbkpvYnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pblVzZXJzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi91c2VycycsXG59IGFzIGNvbnN0O1xuXG4vKiogVGhlIGBuYW1lYCB0YWc6IHRoZSBwYXRoIHRlbXBsYXRlLCBzbyBVUkxzIHdpdGggaWRzIGNvbGxhcHNlIGludG8gb25lIHNlcmllcyBwZXIgcm91dGUuICovXG5jb25zdCByb3V0ZU5hbWVzOiBSZWNvcmQ8RW5kcG9pbnQsIHN0cmluZz4gPSB7XG4gIGhlYWx0aDogJ0dFVCAvaGVhbHRoJyxcbiAgbG9naW46ICdQT1NUIC9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXNfbGlzdDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfY3JlYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX3VwZGF0ZTogJ1BBVENIIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2RlbGV0ZTogJ0RFTEVURSAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9nZW5lcmF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZ2VuZXJhdGUnLFxuICBqb2JfZ2V0OiAnR0VUIC9hcGkvdjEvam9icy97am9iX2lkfScsXG4gIGNoYXB0ZXJfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2NoYXB0ZXJzL3tpbmRleH0nLFxuICBjb3Vyc2VfZXhwb3J0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2V4cG9ydCcsXG4gIGFkbWluX3N0YXRzOiAnR0VUIC9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbl9qb2JzOiAnR0VUIC9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluX3VzZXJzOiAnR0VUIC9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufTtcblxuLy8gZm9yLWluLCBub3QgT2JqZWN0LmVudHJpZXMvZnJlZXplOiB0aGlzIHJ1bnMgaW4gZXZlcnkgVlUncyBydW50aW1lLCBhbmQgZWFjaCBidWlsdC1pbiBpdFxuLy8gdG91Y2hlcyBpcyBidWlsdCB0aGVyZSAoUmVhZG9ubHkga2VlcHMgdGhlIHRhZ3MgdW5jaGFuZ2VkIGF0IGNvbXBpbGUgdGltZSkuXG5jb25zdCB0YWdzQnlFbmRwb2ludDogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+Pj4gPSB7fTtcbmZvciAoY29uc3QgZW5kcG9pbnQgaW4gcm91dGVOYW1lcykge1xuICB0YWdzQnlFbmRwb2ludFtlbmRwb2ludCBhcyBFbmRwb2ludF0gPSB7IGVuZHBvaW50LCBzY29wZTogQVBJX1NDT1BFLCBuYW1lOiByb3V0ZU5hbWVzW2VuZHBvaW50IGFzIEVuZHBvaW50XSB9O1xufVxuXG4vKiogVGhlIHRhZ3Mgb2YgZXZlcnkgcmVxdWVzdCB0byBgZW5kcG9pbnRgOiBtYWRlIG9uY2UsIG5vdCBwZXIgcmVxdWVzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXF1ZXN0VGFncyhlbmRwb2ludDogRW5kcG9pbnQpOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIHJldHVybiB0YWdzQnlFbmRwb2ludFtlbmRwb2ludF0hO1xufVxuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAobXMpLiAqL1xuICBjaGFwdGVyUDk1TXM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIGNoZWNrcyBhbmQgd29ya2Zsb3dzIHRoYXQgbXVzdCBzdWNjZWVkICgwLTEpLiAqL1xuICBzdWNjZXNzUmF0ZTogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgQVBJIHJlcXVlc3RzIHRoYXQgbWF5IGZhaWwsIG92ZXJhbGwgYW5kIHBlciBlbmRwb2ludCAoMC0xKS4gKi9cbiAgZXJyb3JSYXRlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBSdW4gY29uZmlndXJhdGlvbiBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIHVwIGZyb250LiBQdXJlIChubyBrNiBpbXBvcnRzKSBzbyB0aGVcbi8vIHBhcnNpbmcgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2NvbmZpZy9lbnYudHMgYXBwbGllcyBpdCB0byBrNidzIF9fRU5WIGF0IGluaXQsIHdoZXJlIGEgdGhyb3dcbi8vIHN0b3BzIHRoZSBydW4gYmVmb3JlIGFueSByZXF1ZXN0IGlzIHNlbnQuXG5pbXBvcnQgeyBERUZBVUxUX1RBUkdFVFMsIHR5cGUgVGFyZ2V0cyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyc7XG5cbmV4cG9ydCB0eXBlIEVudiA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlZGVudGlhbHMge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbmZpZyB7XG4gIGJhc2VVcmw6IHN0cmluZztcbiAgdXNlcnM6IHsgcmVndWxhcjogQ3JlZGVudGlhbHM7IHBvd2VyOiBDcmVkZW50aWFsczsgYWRtaW46IENyZWRlbnRpYWxzIH07XG4gIC8qKiBIb2xkIHRpbWUgb2YgdGhlIG1haW4gbG9hZCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTikuICovXG4gIGR1cmF0aW9uUzogbnVtYmVyO1xuICAvKiogUGVhayBudW1iZXIgb2YgdmlydHVhbCB1c2VycyAoUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUykuICovXG4gIGNvbmN1cnJlbnRVc2VyczogbnVtYmVyO1xuICAvKiogUGVyLXJlcXVlc3QgdGltZW91dCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQpLiAqL1xuICBhcGlUaW1lb3V0UzogbnVtYmVyO1xuICAvKiogUmFtcC11cCBhbmQgcmFtcC1kb3duIHRpbWUsIHNlY29uZHMuICovXG4gIHJhbXBVcFM6IG51bWJlcjtcbiAgcmFtcERvd25TOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBWVXMgcGVyIHVzZXIgdHlwZSwgcGVyY2VudCwgc3VtbWluZyB0byAxMDAuICovXG4gIHdlaWdodHM6IHsgcmVndWxhcjogbnVtYmVyOyBwb3dlcjogbnVtYmVyOyBhZG1pbjogbnVtYmVyIH07XG4gIC8qKiBUaGluayB0aW1lIGJldHdlZW4gYSB1c2VyJ3MgYWN0aW9ucywgc2Vjb25kcywgZHJhd24gdW5pZm9ybWx5IGZyb20gW21pbiwgbWF4XS4gKi9cbiAgdGhpbmtUaW1lUzogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfTtcbiAgLyoqIEhvdyBvZnRlbiBhIHBvd2VyIHVzZXIgcG9sbHMgYSBnZW5lcmF0aW9uIGpvYiwgYW5kIGhvdyBsb25nIGl0IHdhaXRzIGF0IG1vc3QsIHNlY29uZHMuICovXG4gIHBvbGxJbnRlcnZhbFM6IG51bWJlcjtcbiAgZ2VuZXJhdGlvblRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBDaGFwdGVycyBwZXIgZ2VuZXJhdGVkIGNvdXJzZS4gKi9cbiAgY2hhcHRlcnNQZXJDb3Vyc2U6IG51bWJlcjtcbiAgc2lkZWNhclVybDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2lkZWNhciBzYW1wbGVzIGdvIG1pc3NpbmcgKFNJREVDQVJfU1RSSUNUPXRydWUpLiAqL1xuICBzaWRlY2FyU3RyaWN0OiBib29sZWFuO1xuICAvKiogSG9zdHMgYmVzaWRlcyBsb29wYmFjayB0aGF0IGVudHJpZXMgaGVhdmllciB0aGFuIHNtb2tlIG1heSBsb2FkIChQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTKS4gKi9cbiAgYWxsb3dlZEhvc3RzOiBzdHJpbmdbXTtcbiAgdGFyZ2V0czogVGFyZ2V0cztcbn1cblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0NvbmZpZ0Vycm9yJztcbn1cblxudHlwZSBSZWFkPFQ+ID0gKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBUKSA9PiBUO1xuXG5mdW5jdGlvbiByYXcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICByZXR1cm4gdmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmFpbChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbn1cblxuZnVuY3Rpb24gbnVtYmVySW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB3aGF0OiBzdHJpbmcsIGludGVnZXI6IGJvb2xlYW4pOiBSZWFkPG51bWJlcj4ge1xuICByZXR1cm4gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBgJHt3aGF0fSBmcm9tICR7bWlufSB0byAke21heH1gO1xuICAgIGlmICghL15bK10/XFxkKyhcXC5cXGQrKT8kLy50ZXN0KHZhbHVlKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIGNvbnN0IHBhcnNlZCA9IE51bWJlcih2YWx1ZSk7XG4gICAgaWYgKChpbnRlZ2VyICYmICFOdW1iZXIuaXNJbnRlZ2VyKHBhcnNlZCkpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICByZXR1cm4gcGFyc2VkO1xuICB9O1xufVxuXG4vKiogV2hvbGUgc2Vjb25kcywgZS5nLiA2MCAoYSB1bml0IHN1Y2ggYXMgXCI2MHNcIiBvciBcIjFtXCIgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkKS4gKi9cbmNvbnN0IHNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnLCB0cnVlKTtcbmNvbnN0IGNvdW50ID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlcicsIHRydWUpO1xuY29uc3QgbWlsbGlzID0gbnVtYmVySW4oMSwgM182MDBfMDAwLCAnbWlsbGlzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSk7XG5jb25zdCBmcmFjdGlvbiA9IG51bWJlckluKDAsIDEsICdhIGZyYWN0aW9uIChlLmcuIDAuOTUpJywgZmFsc2UpO1xuXG5jb25zdCB0ZXh0OiBSZWFkPHN0cmluZz4gPSAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHZhbHVlLnRyaW0oKSA9PT0gJycpIGZhaWwobmFtZSwgdmFsdWUsICdhIG5vbi1lbXB0eSB2YWx1ZScpO1xuICByZXR1cm4gdmFsdWU7XG59O1xuXG5mdW5jdGlvbiB1cmwoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IG1hdGNoID0gL14oaHR0cHM/KTpcXC9cXC8oW14vXFxzOl0rfFxcW1swLTlhLWZBLUY6XStcXF0pKDpcXGR7MSw1fSk/KFxcL1xcUyopPyQvLmV4ZWModmFsdWUpO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCAnYW4gaHR0cChzKSBVUkwgc3VjaCBhcyBodHRwOi8vMTI3LjAuMC4xOjgwMDAnKTtcbiAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuXG5mdW5jdGlvbiB3ZWlnaHRzKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyByZWd1bGFyOiA3MCwgcG93ZXI6IDIwLCBhZG1pbjogMTAgfTtcbiAgY29uc3QgcGFydHMgPSB2YWx1ZS5zcGxpdCgnLycpLm1hcCgocGFydCkgPT4gcGFydC50cmltKCkpO1xuICBjb25zdCBleHBlY3RlZCA9ICd0aHJlZSB3aG9sZSBwZXJjZW50YWdlcyByZWd1bGFyL3Bvd2VyL2FkbWluIHN1bW1pbmcgdG8gMTAwLCBlLmcuIDcwLzIwLzEwJztcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMyB8fCBwYXJ0cy5zb21lKChwYXJ0KSA9PiAhL15cXGQrJC8udGVzdChwYXJ0KSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgW3JlZ3VsYXIsIHBvd2VyLCBhZG1pbl0gPSBwYXJ0cy5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gIGlmIChyZWd1bGFyICsgcG93ZXIgKyBhZG1pbiAhPT0gMTAwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IHJlZ3VsYXIsIHBvd2VyLCBhZG1pbiB9O1xufVxuXG5mdW5jdGlvbiB0aGlua1RpbWUoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1sndGhpbmtUaW1lUyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IG1pbjogMSwgbWF4OiAzIH07XG4gIGNvbnN0IG1hdGNoID0gL14oXFxkKyg/OlxcLlxcZCspPykoPzotKFxcZCsoPzpcXC5cXGQrKT8pKT8kLy5leGVjKHZhbHVlKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAnc2Vjb25kcyBhcyBOIG9yIE1JTi1NQVggKGUuZy4gMS0zKSwgZWFjaCBhdCBtb3N0IDYwJztcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBtaW4gPSBOdW1iZXIobWF0Y2hbMV0pO1xuICBjb25zdCBtYXggPSBtYXRjaFsyXSA9PT0gdW5kZWZpbmVkID8gbWluIDogTnVtYmVyKG1hdGNoWzJdKTtcbiAgaWYgKG1heCA8IG1pbiB8fCBtYXggPiA2MCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyBtaW4sIG1heCB9O1xufVxuXG5mdW5jdGlvbiBmbGFnKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnIHx8IHZhbHVlID09PSAnZmFsc2UnIHx8IHZhbHVlID09PSAnMCcpIHJldHVybiBmYWxzZTtcbiAgaWYgKHZhbHVlID09PSAndHJ1ZScgfHwgdmFsdWUgPT09ICcxJykgcmV0dXJuIHRydWU7XG4gIHJldHVybiBmYWlsKG5hbWUsIHZhbHVlLCAndHJ1ZSBvciBmYWxzZScpO1xufVxuXG5mdW5jdGlvbiBob3N0TGlzdChlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiBbXTtcbiAgY29uc3QgaG9zdHMgPSB2YWx1ZS5zcGxpdCgnLCcpLm1hcCgoaG9zdCkgPT4gaG9zdC50cmltKCkudG9Mb3dlckNhc2UoKSk7XG4gIGlmIChob3N0cy5zb21lKChob3N0KSA9PiAhL14oXFxbWzAtOWEtZjpdK1xcXXxbYS16MC05LlxcLTpdKykkLy50ZXN0KGhvc3QpKSkge1xuICAgIGZhaWwobmFtZSwgdmFsdWUsICdhIGNvbW1hLXNlcGFyYXRlZCBsaXN0IG9mIGhvc3QgbmFtZXMgb3IgYWRkcmVzc2VzLCBlLmcuIHN0YWdpbmcuZXhhbXBsZS5jb20sMTAuMC4wLjUnKTtcbiAgfVxuICByZXR1cm4gaG9zdHM7XG59XG5cbmZ1bmN0aW9uIGNyZWRlbnRpYWxzKGVudjogRW52LCBwcmVmaXg6IHN0cmluZywgZmFsbGJhY2tFbWFpbDogc3RyaW5nLCBmYWxsYmFja1Bhc3N3b3JkOiBzdHJpbmcpOiBDcmVkZW50aWFscyB7XG4gIHJldHVybiB7XG4gICAgZW1haWw6IHRleHQoZW52LCBgJHtwcmVmaXh9X0VNQUlMYCwgZmFsbGJhY2tFbWFpbCksXG4gICAgcGFzc3dvcmQ6IHRleHQoZW52LCBgJHtwcmVmaXh9X1BBU1NXT1JEYCwgZmFsbGJhY2tQYXNzd29yZCksXG4gIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX1VQJywgTWF0aC5taW4oMzAsIE1hdGgubWF4KDEsIE1hdGgucm91bmQoZHVyYXRpb25TIC8gNCkpKSk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbigwLCAxXzAwMF8wMDAsICdNQiBwZXIgbWludXRlIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnVEhSRVNIT0xEX01FTU9SWV9HUk9XVEhfTUJfUEVSX01JTicsIGQubWVtb3J5R3Jvd3RoTWJQZXJNaW4pLFxuICAgIH0sXG4gIH07XG59XG5cbi8qKiBUaGUgaG9zdCBwYXJ0IG9mIGEgVVJMLCBsb3dlci1jYXNlZCwgSVB2NiBpbiBicmFja2V0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBob3N0T2YoYmFzZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmh0dHBzPzpcXC9cXC8oXFxbW15cXF1dK1xcXXxbXi86XSspL2kuZXhlYyhiYXNlVXJsKTtcbiAgcmV0dXJuIChtYXRjaD8uWzFdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNMb29wYmFjayhob3N0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGhvc3QgPT09ICdsb2NhbGhvc3QnIHx8IGhvc3QgPT09ICdbOjoxXScgfHwgaG9zdCA9PT0gJzo6MScgfHwgL14xMjdcXC5cXGR7MSwzfVxcLlxcZHsxLDN9XFwuXFxkezEsM30kLy50ZXN0KGhvc3QpO1xufVxuXG4vKipcbiAqIFRoZSB0YXJnZXQgZ3VhcmQ6IGFuIGVudHJ5IGhlYXZpZXIgdGhhbiBzbW9rZSByZWZ1c2VzIGEgaG9zdCB0aGF0IGlzIG5vdCBsb29wYmFjayB1bmxlc3MgaXQgaXNcbiAqIGFsbG93LWxpc3RlZCwgc28gYSB0eXBvIGluIEJBU0VfVVJMIGNhbm5vdCBsb2FkLXRlc3QgcHJvZHVjdGlvbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnOiBDb25maWcsIGVudHJ5OiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgaG9zdCA9IGhvc3RPZihjb25maWcuYmFzZVVybCk7XG4gIGlmIChpc0xvb3BiYWNrKGhvc3QpIHx8IGNvbmZpZy5hbGxvd2VkSG9zdHMuaW5jbHVkZXMoaG9zdCkpIHJldHVybjtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgIGByZWZ1c2luZyB0byBydW4gXCIke2VudHJ5fVwiIGFnYWluc3QgJHtjb25maWcuYmFzZVVybH06ICR7aG9zdH0gaXMgbm90IGEgbG9vcGJhY2sgYWRkcmVzcy4gYCArXG4gICAgICBgSWYgeW91IG1lYW4gdG8gbG9hZC10ZXN0IGl0LCBhbGxvdyBpdCB3aXRoIFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFM9JHtob3N0fSAoY29tbWEtc2VwYXJhdGVkIGxpc3QpLmAsXG4gICk7XG59XG5cbi8qKlxuICogQSBzY2VuYXJpbydzIG93biBudW1lcmljIHNldHRpbmcgKGUuZy4gU1BJS0VfRkFDVE9SKSwgdmFsaWRhdGVkIGxpa2UgdGhlIHNoYXJlZCBvbmVzOiBhIGJhZFxuICogdmFsdWUgc3RvcHMgdGhlIHJ1biBhdCBpbml0IHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgdmFyaWFibGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnZOdW1iZXIoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IG51bWJlciwgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9KTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gVGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24sIHJlYWQgZnJvbSBrNidzIF9fRU5WIG9uY2UgYXQgaW5pdC4gQW4gaW52YWxpZCB2YWx1ZSB0aHJvd3MgaGVyZSwgc29cbi8vIGs2IHN0b3BzIGJlZm9yZSBzZXR1cCgpIGFuZCBiZWZvcmUgYW55IHJlcXVlc3QsIHdpdGggdGhlIHZhcmlhYmxlIG5hbWVkIGluIHRoZSBtZXNzYWdlLlxuaW1wb3J0IHsgYXNzZXJ0VGFyZ2V0QWxsb3dlZCwgcGFyc2VDb25maWcsIHR5cGUgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgY29uc3QgY29uZmlnOiBDb25maWcgPSBwYXJzZUNvbmZpZyhfX0VOVik7XG5cbi8qKiBUaGUgY29uZmlndXJhdGlvbiBmb3IgYSBsb2FkLWdlbmVyYXRpbmcgZW50cnk6IHJlZnVzZXMgYSBub24tbG9vcGJhY2sgdGFyZ2V0IHRoYXQgaXMgbm90IGFsbG93LWxpc3RlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBndWFyZGVkQ29uZmlnKGVudHJ5OiBzdHJpbmcpOiBDb25maWcge1xuICBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZywgZW50cnkpO1xuICByZXR1cm4gY29uZmlnO1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBsb2dzIHRoZSB0aHJlZSB1c2Vyc1xuLy8gaW4gb25jZSwgYW5kIHNlZWRzIGNvdXJzZXMgZm9yIHJlZ3VsYXIgdXNlcnMgdG8gcmVhZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBHZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0aGUgcmVndWxhciB1c2VyLCBmb3IgcmVhZGluZy4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbG9naW4oY2xpZW50OiBBcGlDbGllbnQsIGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IGNvbmZpZy51c2Vyc1tyb2xlXTtcbiAgY29uc3QgcmVzdWx0ID0gY2xpZW50LmxvZ2luKGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LmJvZHkpIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkQuYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC5ib2R5LmFjY2Vzc190b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLCB0b3BpYzogJ2xvYWQgdGVzdGluZycsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIFBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkIGxpa2UgdGhlXG4gKiBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNiByZWRhY3RzIHRoZW1cbiAqIGZyb20gaXRzIGxvZ3MuIFdpdGhvdXQgYSBzZWNyZXQgc291cmNlLCBvciB3aXRob3V0IHRoYXQga2V5LCB0aGUgZW52aXJvbm1lbnQncyB2YWx1ZSBzdGFuZHMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHdpdGhTZWNyZXRQYXNzd29yZHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPENvbmZpZz4ge1xuICBjb25zdCB1c2VycyA9IHsgLi4uY29uZmlnLnVzZXJzIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdCkge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSB1c2Vyc1tyb2xlXSA9IHsgLi4udXNlcnNbcm9sZV0sIHBhc3N3b3JkIH07XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiB7IC4uLmNvbmZpZywgdXNlcnMgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4ocnVuQ29uZmlnOiBDb25maWcsIG9wdGlvbnM6IHsgc2VlZDogYm9vbGVhbiB9ID0geyBzZWVkOiB0cnVlIH0pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUocnVuQ29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBjb25maWcgPSBhd2FpdCB3aXRoU2VjcmV0UGFzc3dvcmRzKHJ1bkNvbmZpZyk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz4gPSB7XG4gICAgcmVndWxhcjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdyZWd1bGFyJyksXG4gICAgcG93ZXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncG93ZXInKSxcbiAgICBhZG1pbjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdhZG1pbicpLFxuICB9O1xuICBjb25zdCBydW5JZCA9IGAke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuIiwgIi8vIFRoZSBrNiBzaWRlIG9mIHRoZSByZXNvdXJjZSBzaWRlY2FyOiBhIDEvcyBzY2VuYXJpbyBwb2xscyB0aGUgc2lkZWNhcidzIHNhbXBsZXMgaW50byBUcmVuZFxuLy8gbWV0cmljcywgYW5kIHRlYXJkb3duIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGgsIHNvIHRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBhcmUgb3JkaW5hcnlcbi8vIGs2IHRocmVzaG9sZHMgaW4gdGhlIHNhbWUgcnVuLiBQb2xscyBjYXJyeSBzY29wZTpzaWRlY2FyIGFuZCBlbWl0IG5vIGh0dHBfcmVxX2ZhaWxlZCBzYW1wbGVzXG4vLyAocmVzcG9uc2VDYWxsYmFjazogbnVsbCksIHNvIHRoZSBBUEkgZmlndXJlcyBhbmQgdGhyZXNob2xkcyBuZXZlciBzZWUgdGhlbS5cbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IENvdW50ZXIsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcblxuLyoqIFBlcmNlbnQgb2YgdGhlIENQVXMgYXZhaWxhYmxlIHRvIHRoZSBzZXJ2ZXIsIDAtMTAwLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdVBlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfcGVyY2VudCcpO1xuLyoqIFBlci1jb3JlIHN1bTogMTAwID0gb25lIGNvcmUgZnVsbHkgYnVzeS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfY29yZXNfcGVyY2VudCcpO1xuLyoqIFBTUyBzdW0gKHByb2Nlc3MgdHJlZSksIHdvcmtpbmcgc2V0IChjZ3JvdXApLCBSU1MgKC9tZXRyaWNzKSBvciB0aGUgbWVtb3J5IHF1ZXJ5IChQcm9tZXRoZXVzIHNlcnZlciksIE1CLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeU1iID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X21iJyk7XG4vKiogUG9sbHMgdGhlIHNpZGVjYXIgZGlkIG5vdCBhbnN3ZXIsIHBsdXMgcmVhZGluZ3MgdGhlIHNpZGVjYXIgZmFpbGVkIHRvIHRha2U6IGVhY2ggYWJvdXQgb25lIGludGVydmFsIHdpdGhvdXQgZGF0YS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJTYW1wbGVzTWlzc2luZyA9IG5ldyBDb3VudGVyKCdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJyk7XG4vKiogTUIgcGVyIG1pbnV0ZSBhZnRlciB0aGUgc2lkZWNhcidzIHdhcm0tdXAgKGxlYXN0LXNxdWFyZXMgc2xvcGUpLCByZWNvcmRlZCBvbmNlIGluIHRlYXJkb3duLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeUdyb3d0aCA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicpO1xuXG5pbnRlcmZhY2UgU2FtcGxlIHtcbiAgc2VxOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50OiBudW1iZXI7XG4gIGNwdV9jb3Jlc19wZXJjZW50OiBudW1iZXI7XG4gIG1lbW9yeV9tYjogbnVtYmVyO1xufVxuXG5jb25zdCBQT0xMID0geyB0YWdzOiB7IHNjb3BlOiAnc2lkZWNhcicsIG5hbWU6ICdzaWRlY2FyJyB9LCByZXNwb25zZUNhbGxiYWNrOiBudWxsLCB0aW1lb3V0OiAnMnMnIH0gYXMgY29uc3Q7XG4vLyBQZXIgVlUgKHRoZSBzY2VuYXJpbyBoYXMgb25lKTogdGhlIGxhc3Qgc2VxIHJlY2VpdmVkIGFuZCB0aGUgc2lkZWNhcidzIGZhaWxlZC1yZWFkaW5nIGNvdW50IHNlZW4uXG5sZXQgY3Vyc29yID0gMDtcbmxldCBlcnJvcnNTZWVuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvOiBvbmUgcG9sbCBhIHNlY29uZCBmb3IgdGhlIHdob2xlIHJ1biwgb24gb25lIFZVLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1NjZW5hcmlvKGR1cmF0aW9uUzogbnVtYmVyLCBzdGFydFRpbWU/OiBzdHJpbmcpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWM6ICdwb2xsUmVzb3VyY2VzJyxcbiAgICByYXRlOiAxLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIGR1cmF0aW9uOiBgJHtNYXRoLm1heCgxLCBNYXRoLmNlaWwoZHVyYXRpb25TKSl9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiAxLFxuICAgIG1heFZVczogMSxcbiAgICAuLi4oc3RhcnRUaW1lID8geyBzdGFydFRpbWUgfSA6IHt9KSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcGFyc2U8VD4oYm9keTogdW5rbm93bik6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiB0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycgPyAoSlNPTi5wYXJzZShib2R5KSBhcyBUKSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIE9uZSBwb2xsOiBldmVyeSBuZXcgc2FtcGxlIGJlY29tZXMgYSBtZXRyaWMgc2FtcGxlLiBBIHBvbGwgdGhlIHNpZGVjYXIgZG9lcyBub3QgYW5zd2VyIGNvdW50cyBvbmVcbiAqIG1pc3Npbmcgc2FtcGxlLCBhbmQgc28gZG9lcyBlYWNoIHJlYWRpbmcgdGhlIHNpZGVjYXIgcmVwb3J0cyBpdCBmYWlsZWQgdG8gdGFrZSBkdXJpbmcgdGhlIHJ1blxuICogKHRhcmdldCBnb25lLCBlbmRwb2ludCBkb3duKS4gQW5cbiAqIGFuc3dlciB3aXRoIG5vIG5ldyBzYW1wbGUgeWV0IGlzIG5vdCBhIGdhcDogcG9sbHMgYW5kIHJlYWRpbmdzIGFyZSBub3QgaW4gc3RlcC4gQSByZWZ1c2FsIGZyb21cbiAqIHRoZSBzaWRlY2FyIGFib3J0cyB0aGUgcnVuIChrNiBleGl0IDEwOCkgd2l0aCBpdHMgcmVhc29uOyBub3RoaW5nIGVsc2UgdGhyb3dzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcyhzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc2FtcGxlcz9zaW5jZT0ke2N1cnNvcn1gLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgc2FtcGxlczogU2FtcGxlW107IGVycm9ycz86IG51bWJlcjsgcmVmdXNlZD86IHN0cmluZyB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmICghYm9keSB8fCAhQXJyYXkuaXNBcnJheShib2R5LnNhbXBsZXMpKSB7XG4gICAgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKDEpO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkuZXJyb3JzID09PSAnbnVtYmVyJykge1xuICAgIC8vIFRoZSBmaXJzdCBhbnN3ZXIgaXMgdGhlIGJhc2VsaW5lOiBmYWlsdXJlcyBiZWZvcmUgdGhlIHJ1biBhcmUgbm90IHRoZSBydW4ncyBnYXBzLlxuICAgIGlmIChlcnJvcnNTZWVuICE9PSB1bmRlZmluZWQgJiYgYm9keS5lcnJvcnMgPiBlcnJvcnNTZWVuKSBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoYm9keS5lcnJvcnMgLSBlcnJvcnNTZWVuKTtcbiAgICBlcnJvcnNTZWVuID0gYm9keS5lcnJvcnM7XG4gIH1cbiAgZm9yIChjb25zdCBzYW1wbGUgb2YgYm9keS5zYW1wbGVzKSB7XG4gICAgc2VydmVyQ3B1UGVyY2VudC5hZGQoc2FtcGxlLmNwdV9wZXJjZW50KTtcbiAgICBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQuYWRkKHNhbXBsZS5jcHVfY29yZXNfcGVyY2VudCk7XG4gICAgc2VydmVyTWVtb3J5TWIuYWRkKHNhbXBsZS5tZW1vcnlfbWIpO1xuICAgIGN1cnNvciA9IE1hdGgubWF4KGN1cnNvciwgc2FtcGxlLnNlcSk7XG4gIH1cbiAgLy8gVGhlIHNpZGVjYXIgZm91bmQgbWlkLXJ1biB0aGF0IGl0cyBzb3VyY2UgY2Fubm90IHJlYWQgdGhlIHdob2xlIHNlcnZlciAoZS5nLiAvbWV0cmljcyBhbnN3ZXJlZFxuICAvLyBieSBhbm90aGVyIHdvcmtlcik6IGV2ZXJ5IGZ1cnRoZXIgcmVhZGluZyB3b3VsZCBiZSB3cm9uZywgc28gdGhlIHJ1biBzdG9wcywgc2F5aW5nIHdoeS5cbiAgaWYgKHR5cGVvZiBib2R5LnJlZnVzZWQgPT09ICdzdHJpbmcnKSBleGVjLnRlc3QuYWJvcnQoYHNlcnZlciByZXNvdXJjZXM6IHRoZSBzaWRlY2FyIHJlZnVzZWQgaXRzIHNvdXJjZTogJHtib2R5LnJlZnVzZWR9YCk7XG59XG5cbi8qKiBUZWFyZG93bjogdGhlIG1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCwgTUIgcGVyIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkTWVtb3J5R3Jvd3RoKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKiogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZCkgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0gfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZykgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbi8vIE1hZGUgb24gZmlyc3QgdXNlLCBub3QgYXQgbW9kdWxlIGxvYWQ6IG9wdGlvbnMgYXJlIGJ1aWx0IGluIGs2J3MgVlUgMCBvbmx5IChsaWIvY29uZmlnL2VudHJ5LnRzKSxcbi8vIGFuZCBhIFJlZ0V4cCBldmFsdWF0ZWQgYXQgbG9hZCB3b3VsZCBidWlsZCBSZWdFeHAncyBwcm90b3R5cGUgaW4gZXZlcnkgVlUncyBydW50aW1lLlxubGV0IHBhdHRlcm5zOiB7IG1ldHJpY05hbWU6IFJlZ0V4cDsgdGFnUGFydDogUmVnRXhwOyBwZXJjZW50aWxlOiBSZWdFeHAgfSB8IHVuZGVmaW5lZDtcbmNvbnN0IHBhdHRlcm4gPSAoKSA9PlxuICAocGF0dGVybnMgPz89IHsgbWV0cmljTmFtZTogL15bQS1aYS16X11bQS1aYS16MC05X10qJC8sIHRhZ1BhcnQ6IC9eW0EtWmEtejAtOV8uXFwtL10rJC8sIHBlcmNlbnRpbGU6IC9ecFxcKChcXGQrKFxcLlxcZCspPylcXCkkLyB9KTtcblxuLyoqIGBodHRwX3JlcV9kdXJhdGlvbntlbmRwb2ludDpoZWFsdGh9YDogdGhlIGtleSBrNiB1c2VzIGZvciBhIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY0tleShtZXRyaWM6IHN0cmluZywgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcge1xuICBpZiAoIXBhdHRlcm4oKS5tZXRyaWNOYW1lLnRlc3QobWV0cmljKSkgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIG1ldHJpYyBuYW1lIFwiJHttZXRyaWN9XCI6IHVzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIF9gKTtcbiAgY29uc3QgZW50cmllcyA9IE9iamVjdC5lbnRyaWVzKHRhZ3MgPz8ge30pO1xuICBpZiAoZW50cmllcy5sZW5ndGggPT09IDApIHJldHVybiBtZXRyaWM7XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIGVudHJpZXMpIHtcbiAgICBpZiAoIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3Qoa2V5KSB8fCAhcGF0dGVybigpLnRhZ1BhcnQudGVzdCh2YWx1ZSkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCB0YWcgJHtrZXl9OiR7dmFsdWV9IG9uICR7bWV0cmljfTogdGFncyBpbiB0aHJlc2hvbGRzIG1heSBob2xkIGxldHRlcnMsIGRpZ2l0cyBhbmQgXyAuIC0gL2ApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gYCR7bWV0cmljfXske2VudHJpZXMubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX06JHt2YWx1ZX1gKS5qb2luKCcsJyl9fWA7XG59XG5cbi8qKiBgcCg5NSk8MjAwYDogb25lIHJ1bGUgYXMgazYncyBleHByZXNzaW9uIHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwcmVzc2lvbihydWxlOiBQaWNrPFJ1bGUsICdzdGF0JyB8ICdvcCcgfCAndmFsdWUnPik6IHN0cmluZyB7XG4gIGNvbnN0IHBlcmNlbnRpbGUgPSBwYXR0ZXJuKCkucGVyY2VudGlsZS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKSB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4geyB0aHJlc2hvbGQ6IHRleHQsIGFib3J0T25GYWlsOiB0cnVlLCAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIExvYWQgc2hhcGVzLCBpbiBvbmUgcGxhY2UsIHBhcmFtZXRlcmlzZWQgYnkgdGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24uIEEgc2NlbmFyaW8gZmlsZSByZWFkcyBhczpcbi8vIHNoYXBlICsgd29ya2Zsb3dzICsgdGhyZXNob2xkcy5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5cbmV4cG9ydCB0eXBlIFNjZW5hcmlvID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gJiB7IGV4ZWN1dG9yOiBzdHJpbmc7IGV4ZWM6IHN0cmluZyB9O1xuXG4vKiogU3BsaXRzIGB0b3RhbGAgVlVzIGJ5IHBlcmNlbnRhZ2Ugd2l0aCB0aGUgbGFyZ2VzdC1yZW1haW5kZXIgbWV0aG9kOyBldmVyeSBzaGFyZSB3aXRoIHdlaWdodCBnZXRzID49IDEgVlUgd2hlbiB0b3RhbCBhbGxvd3MuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRVc2Vycyh0b3RhbDogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3Qga2V5cyA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddIGFzIGNvbnN0O1xuICBjb25zdCBleGFjdCA9IGtleXMubWFwKChrKSA9PiAodG90YWwgKiB3ZWlnaHRzW2tdKSAvIDEwMCk7XG4gIGNvbnN0IGNvdW50cyA9IGV4YWN0Lm1hcChNYXRoLmZsb29yKTtcbiAgY29uc3Qgb3JkZXIgPSBrZXlzLm1hcCgoXywgaSkgPT4gaSkuc29ydCgoYSwgYikgPT4gZXhhY3RbYl0hIC0gTWF0aC5mbG9vcihleGFjdFtiXSEpIC0gKGV4YWN0W2FdISAtIE1hdGguZmxvb3IoZXhhY3RbYV0hKSkpO1xuICBmb3IgKGxldCBsZWZ0ID0gdG90YWwgLSBjb3VudHMucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCksIGkgPSAwOyBsZWZ0ID4gMDsgbGVmdC0tLCBpKyspIGNvdW50c1tvcmRlcltpICUgM10hXSErKztcbiAgLy8gQSB3ZWlnaHRlZCB1c2VyIHR5cGUgd2l0aCBubyBWVSB3b3VsZCBzaWxlbnRseSBkcm9wIGl0cyB3b3JrZmxvdzogYm9ycm93IG9uZSBmcm9tIHRoZSBsYXJnZXN0LlxuICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykge1xuICAgIGlmICh3ZWlnaHRzW2tleXNbaV0hXSA+IDAgJiYgY291bnRzW2ldID09PSAwICYmIHRvdGFsID49IDMpIHtcbiAgICAgIGNvbnN0IGxhcmdlc3QgPSBjb3VudHMuaW5kZXhPZihNYXRoLm1heCguLi5jb3VudHMpKTtcbiAgICAgIGNvdW50c1tsYXJnZXN0XSEtLTtcbiAgICAgIGNvdW50c1tpXSErKztcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgcmVndWxhcjogY291bnRzWzBdISwgcG93ZXI6IGNvdW50c1sxXSEsIGFkbWluOiBjb3VudHNbMl0hIH07XG59XG5cbmV4cG9ydCB0eXBlIFVzZXJDbGFzcyA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuXG4vKipcbiAqIFRoZSB1c2VyIGNsYXNzIG9mIFZVIG51bWJlciBuICgxLWJhc2VkKSwgc28gdGhhdCB0aGUgZmlyc3QgbiBWVXMgYWx3YXlzIGZvbGxvdyB0aGUgd2VpZ2h0cyBhc1xuICogY2xvc2VseSBhcyB3aG9sZSB1c2VycyBjYW46IGVhY2ggVlUgdGFrZXMgdGhlIGNsYXNzIGZ1cnRoZXN0IGJlbG93IGl0cyBzaGFyZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsYXNzT2ZVc2VyKG46IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBVc2VyQ2xhc3Mge1xuICBjb25zdCBjbGFzc2VzOiBVc2VyQ2xhc3NbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuICBjb25zdCBhc3NpZ25lZCA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGxldCBjaG9zZW46IFVzZXJDbGFzcyA9ICdyZWd1bGFyJztcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gbjsgaSsrKSB7XG4gICAgbGV0IGJlc3QgPSAtSW5maW5pdHk7XG4gICAgZm9yIChjb25zdCBjIG9mIGNsYXNzZXMpIHtcbiAgICAgIGlmICh3ZWlnaHRzW2NdID09PSAwKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IGRlZmljaXQgPSAod2VpZ2h0c1tjXSAqIGkpIC8gMTAwIC0gYXNzaWduZWRbY107XG4gICAgICBpZiAoZGVmaWNpdCA+IGJlc3QpIHtcbiAgICAgICAgYmVzdCA9IGRlZmljaXQ7XG4gICAgICAgIGNob3NlbiA9IGM7XG4gICAgICB9XG4gICAgfVxuICAgIGFzc2lnbmVkW2Nob3Nlbl0rKztcbiAgfVxuICByZXR1cm4gY2hvc2VuO1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKSA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9IDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShleGVjOiBzdHJpbmcsIHBlclNlY29uZDogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIsIHN0YXJ0VGltZSA9ICcwcycpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMSwgTWF0aC5jZWlsKHBlclNlY29uZCkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKGV4ZWM6IHN0cmluZywgc3RhcnRSYXRlOiBudW1iZXIsIG1heFJhdGU6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuLy9cbi8vIGs2IGV2YWx1YXRlcyB0aGUgc2NyaXB0IG9uY2UgcGVyIFZVLCBlYWNoIGluIGl0cyBvd24gSmF2YVNjcmlwdCBydW50aW1lLCBwbHVzIG9uY2UgYXMgVlUgMDogdGhhdFxuLy8gZXZhbHVhdGlvbiBpcyB3aGVyZSBrNiByZWFkcyBgb3B0aW9uc2AsIGFuZCBzZXR1cCwgdGVhcmRvd24gYW5kIGhhbmRsZVN1bW1hcnkgZWFjaCBydW4gaW4gYSBmcmVzaFxuLy8gVlUgMCB0b28uIExvYWQgVlVzICgxLCAyLCAuLi4pIG5ldmVyIHJlYWQgdGhlaXIgYG9wdGlvbnNgIChrNiBzZXRzIHRoZSBjb25zb2xpZGF0ZWQgb3B0aW9ucyBvbnRvXG4vLyBpdCksIHNvIHRoZXkgc2tpcCBidWlsZGluZyB0aGVtOiB0aGUgc2NlbmFyaW9zLCBnYXRlcyBhbmQgdGhyZXNob2xkIGV4cHJlc3Npb25zIG1hZGUgcGVyIFZVIHdlcmVcbi8vIH4wLjEgTUIgb2YgZXZlcnkgVlUncyBoZWFwIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGAgaGVhcCBwcm9maWxlIGF0IDEsMDAwIFZVcykuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuL2Vudi50cyc7XG5pbXBvcnQgeyBwb2xsUmVzb3VyY2VzIGFzIHBvbGxTaWRlY2FyLCByZWNvcmRNZW1vcnlHcm93dGgsIHJlc291cmNlR2F0ZXMsIHJlc291cmNlc1NjZW5hcmlvIH0gZnJvbSAnLi4vbWV0cmljcy9yZXNvdXJjZXMudHMnO1xuaW1wb3J0IHsgU1VNTUFSWV9UUkVORF9TVEFUUywgdHlwZSBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IHRvSzZUaHJlc2hvbGRzLCB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlQYXJ0cyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICBnYXRlczogR2F0ZVtdO1xuICAvKiogSG93IGxvbmcgdGhlIGxvYWQgcnVucywgc2Vjb25kczogdGhlIHJlc291cmNlcyBwb2xsZXIgcnVucyBhcyBsb25nLiAqL1xuICB3YWxsVGltZVM6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggdG9vIChzb2FrKS4gKi9cbiAgZ2F0ZU1lbW9yeUdyb3d0aD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlPcHRpb25zIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIHRocmVzaG9sZHM6IEs2VGhyZXNob2xkcztcbiAgc2V0dXBUaW1lb3V0OiBzdHJpbmc7XG4gIHN1bW1hcnlUcmVuZFN0YXRzOiBzdHJpbmdbXTtcbn1cblxuLyoqIFdoZXRoZXIgdGhpcyBydW50aW1lIGlzIGs2J3MgVlUgMCAob3B0aW9ucywgc2V0dXAsIHRlYXJkb3duLCBoYW5kbGVTdW1tYXJ5KSByYXRoZXIgdGhhbiBhIGxvYWQgVlUuICovXG5leHBvcnQgZnVuY3Rpb24gaXNDb250cm9sUnVudGltZSgpOiBib29sZWFuIHtcbiAgcmV0dXJuIF9fVlUgPT09IDA7XG59XG5cbi8qKiBUaGUgZW50cnkncyBrNiBvcHRpb25zLCBidWlsdCBmcm9tIGBtYWtlUGFydHNgIGluIFZVIDAgb25seTsgdW5kZWZpbmVkIGluIGxvYWQgVlVzIChzZWUgYWJvdmUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudHJ5T3B0aW9ucyhjb25maWc6IENvbmZpZywgbWFrZVBhcnRzOiAoKSA9PiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFpc0NvbnRyb2xSdW50aW1lKCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnRzID0gbWFrZVBhcnRzKCk7XG4gIC8vIEEgdXNlciBjbGFzcyB3ZWlnaHRlZCAwICUgKGUuZy4gUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTPTEwMC8wLzApIGhhcyBubyBWVXM7IGs2IHJlZnVzZXMgYVxuICAvLyBzY2VuYXJpbyB0aGF0IG5ldmVyIHN0YXJ0cyBvbmUsIHNvIGl0IGlzIGxlZnQgb3V0IHJhdGhlciB0aGFuIGZhaWxpbmcgdGhlIHdob2xlIHJ1bi5cbiAgY29uc3Qgc2NlbmFyaW9zID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKHBhcnRzLnNjZW5hcmlvcykuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGhhc1VzZXJzKHNjZW5hcmlvKSkpO1xuICBjb25zdCBnYXRlcyA9IFsuLi5wYXJ0cy5nYXRlc107XG4gIGlmIChjb25maWcuc2lkZWNhclVybCkge1xuICAgIHNjZW5hcmlvcy5yZXNvdXJjZXMgPSByZXNvdXJjZXNTY2VuYXJpbyhwYXJ0cy53YWxsVGltZVMpO1xuICAgIGdhdGVzLnB1c2goXG4gICAgICAuLi5yZXNvdXJjZUdhdGVzKHtcbiAgICAgICAgbWVtb3J5TWI6IGNvbmZpZy50YXJnZXRzLm1lbW9yeU1iLFxuICAgICAgICBjcHVQZXJjZW50OiBjb25maWcudGFyZ2V0cy5jcHVQZXJjZW50LFxuICAgICAgICBncm93dGhNYlBlck1pbjogcGFydHMuZ2F0ZU1lbW9yeUdyb3d0aCA/IGNvbmZpZy50YXJnZXRzLm1lbW9yeUdyb3d0aE1iUGVyTWluIDogdW5kZWZpbmVkLFxuICAgICAgICBmYWlsT25NaXNzaW5nOiBjb25maWcuc2lkZWNhclN0cmljdCxcbiAgICAgIH0pLFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzY2VuYXJpb3MsXG4gICAgdGhyZXNob2xkczogdG9LNlRocmVzaG9sZHMoZ2F0ZXMpLFxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbmZ1bmN0aW9uIGhhc1VzZXJzKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4ge1xuICBjb25zdCB7IGV4ZWN1dG9yLCBzdGFydFZVcywgc3RhZ2VzLCB2dXMgfSA9IHNjZW5hcmlvIGFzIHsgZXhlY3V0b3I6IHN0cmluZzsgc3RhcnRWVXM/OiBudW1iZXI7IHN0YWdlcz86IHsgdGFyZ2V0OiBudW1iZXIgfVtdOyB2dXM/OiBudW1iZXIgfTtcbiAgaWYgKGV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSByZXR1cm4gKHN0YXJ0VlVzID8/IDApID4gMCB8fCAoc3RhZ2VzID8/IFtdKS5zb21lKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0ID4gMCk7XG4gIGlmIChleGVjdXRvciA9PT0gJ2NvbnN0YW50LXZ1cycgfHwgZXhlY3V0b3IgPT09ICdwZXItdnUtaXRlcmF0aW9ucycgfHwgZXhlY3V0b3IgPT09ICdzaGFyZWQtaXRlcmF0aW9ucycpIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqIFdoYXQgb25seSB0aGUgZW5kIG9mIHRoZSBydW4ga25vd3MgKHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoKS4gRW50cmllcyB3aXRoIGEgdGVhcmRvd24gb2YgdGhlaXIgb3duIGNhbGwgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcmVjb3JkTWVtb3J5R3Jvd3RoKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRlYXJkb3duKCk6IHZvaWQge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEpO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKS5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKS5yZXBsYWNlKC88L2csICcmbHQ7JykucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvazogcmVzdWx0Lm9rLCBzdGF0LCBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLCB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHsgcmVxdWVzdHM6IHYuY291bnQgPz8gMCwgcDUwOiB2Lm1lZCA/PyBudWxsLCBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCwgcDk5OiB2WydwKDk5KSddID8/IG51bGwsIG1heDogdi5tYXggPz8gbnVsbCB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogQSBudW1iZXIgZm9yIHBlb3BsZTogbXMgd2l0aCBzZW5zaWJsZSBwcmVjaXNpb24sIHJhdGVzIGFzIHBlcmNlbnQsIGxhcmdlIGNvdW50cyBncm91cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFZhbHVlKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCB1bml0OiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSk6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSByZXR1cm4gJ24vYSc7XG4gIGlmICh1bml0ID09PSAncGVyY2VudCcpIHJldHVybiBgJHsodmFsdWUgKiAxMDApLnRvRml4ZWQoMil9JWA7XG4gIGlmICh1bml0ID09PSAnbXMnKSB7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSA2MF8wMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDEpfXNgO1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gMTAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMil9c2A7XG4gICAgcmV0dXJuIGAke3ZhbHVlLnRvRml4ZWQodmFsdWUgPCAxMCA/IDIgOiAxKX1tc2A7XG4gIH1cbiAgaWYgKHVuaXQgPT09ICdjb3VudCcpIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKS50b1N0cmluZygpLnJlcGxhY2UoL1xcQig/PShcXGR7M30pKyg/IVxcZCkpL2csICcsJyk7XG4gIHJldHVybiBNYXRoLmFicyh2YWx1ZSkgPj0gMWU2ID8gdmFsdWUudG9FeHBvbmVudGlhbCgzKSA6IFN0cmluZyhNYXRoLnJvdW5kKHZhbHVlICogMTAwMCkgLyAxMDAwKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY1ZhbHVlKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRyaWM6IHN0cmluZywgc3RhdDogc3RyaW5nKTogbnVtYmVyIHwgbnVsbCB7XG4gIGNvbnN0IHZhbHVlID0gZGF0YS5tZXRyaWNzPy5bbWV0cmljXT8udmFsdWVzPy5bc3RhdF07XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyB2YWx1ZSA6IG51bGw7XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc0xpbmUoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcge1xuICBjb25zdCBtZW1vcnkgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKTtcbiAgY29uc3QgY3B1ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpO1xuICBpZiAobWVtb3J5ID09PSBudWxsICYmIGNwdSA9PT0gbnVsbCkgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgbWlzc2luZyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMDtcbiAgY29uc3QgZ3Jvd3RoID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4Jyk7XG4gIHJldHVybiBbXG4gICAgYHNlcnZlciByZXNvdXJjZXM6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWS5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93blJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGAjIyBjb3Vyc2UtcGVyZiBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChvcHRpb25zLnNjZW5hcmlvKX1cXGA6ICR7ZmFpbGVkID09PSAwID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgIDogYOKdjCAke2ZhaWxlZH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoKHIpID0+IGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgXFxgJHtlc2NhcGVNYXJrZG93bkNlbGwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfVxcYCB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX0gfGApLFxuICBdO1xuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsICd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc0xpbmUoZGF0YSkpLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIG1ldHJpY1ZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIEVuZHBvaW50Um93LCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuLyoqIFRoZSBsb2FkIHNoYXBlIGEgcnVuIHdhcyBhc2tlZCBmb3IsIHJlY29yZGVkIGJ5IHRoZSBydW5uZXIgc28gY29tcGFyZSBjYW4gcmVmdXNlIHVubGlrZSBydW5zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2FkU2hhcGUge1xuICBjb25jdXJyZW50X3VzZXJzOiBudW1iZXI7XG4gIGR1cmF0aW9uX3M6IG51bWJlcjtcbiAgcmFtcF91cF9zOiBudW1iZXI7XG4gIHJhbXBfZG93bl9zOiBudW1iZXI7XG4gIHVzZXJfd2VpZ2h0czogc3RyaW5nO1xuICB0aGlua190aW1lX3M6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzIHtcbiAgc2NoZW1hX3ZlcnNpb246IG51bWJlcjtcbiAgcnVuOiBSdW5NZXRhICYgeyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbDsgbG9hZD86IExvYWRTaGFwZSB9O1xuICB2ZXJkaWN0OiAncGFzc2VkJyB8ICdmYWlsZWQnO1xuICB0aHJlc2hvbGRzOiB7IG1ldHJpYzogc3RyaW5nOyBleHByZXNzaW9uOiBzdHJpbmc7IG9rOiBib29sZWFuOyBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbCB9W107XG4gIGVuZHBvaW50czogRW5kcG9pbnRSb3dbXTtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIC8qKiBBZGRlZCBieSBucG0gcnVuIGNvbXBhcmUgLyBwZXJmIC0tYmFzZWxpbmU6IHRoZSB2ZXJkaWN0cyBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykuICovXG4gIGNvbXBhcmlzb24/OiB1bmtub3duO1xuICByZXNvdXJjZXM6IHsgbWVtb3J5X21iX3BlYWs6IG51bWJlciB8IG51bGw7IGNwdV9wZXJjZW50X3A5NTogbnVtYmVyIHwgbnVsbDsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsOyBzYW1wbGVzX21pc3Npbmc6IG51bWJlciB9IHwgbnVsbDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkUmVzdWx0cyhkYXRhOiBTdW1tYXJ5RGF0YSwgbWV0YTogUnVuTWV0YSk6IFJlc3VsdHMge1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKS5tYXAoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvaywgb2JzZXJ2ZWQgfSkgPT4gKHsgbWV0cmljLCBleHByZXNzaW9uLCBvaywgb2JzZXJ2ZWQgfSkpO1xuICBjb25zdCBtZWFzdXJlZCA9IGRhdGEubWV0cmljcz8uc2VydmVyX21lbW9yeV9tYiB8fCBkYXRhLm1ldHJpY3M/LnNlcnZlcl9jcHVfcGVyY2VudDtcbiAgcmV0dXJuIHtcbiAgICBzY2hlbWFfdmVyc2lvbjogUkVTVUxUU19TQ0hFTUFfVkVSU0lPTixcbiAgICBydW46IHsgLi4ubWV0YSwgZHVyYXRpb25fbXM6IGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IG51bGwgfSxcbiAgICB2ZXJkaWN0OiB0aHJlc2hvbGRzLmV2ZXJ5KCh0KSA9PiB0Lm9rKSA/ICdwYXNzZWQnIDogJ2ZhaWxlZCcsXG4gICAgdGhyZXNob2xkcyxcbiAgICBlbmRwb2ludHM6IGVuZHBvaW50Um93cyhkYXRhKSxcbiAgICBtZXRyaWNzOiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KS5tYXAoKFtuYW1lLCBtXSkgPT4gW25hbWUsIG0udmFsdWVzID8/IHt9XSkpLFxuICAgIHJlc291cmNlczogbWVhc3VyZWRcbiAgICAgID8ge1xuICAgICAgICAgIG1lbW9yeV9tYl9wZWFrOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKSxcbiAgICAgICAgICBjcHVfcGVyY2VudF9wOTU6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCAncCg5NSknKSxcbiAgICAgICAgICBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgJ21heCcpLFxuICAgICAgICAgIHNhbXBsZXNfbWlzc2luZzogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwLFxuICAgICAgICB9XG4gICAgICA6IG51bGwsXG4gIH07XG59XG4iLCAiLy8gVGhlIGNvbmNpc2UgY29uc29sZSBzdW1tYXJ5OiB0aHJlc2hvbGRzIGZpcnN0ICh2ZXJkaWN0LCBleHByZXNzaW9uLCBvYnNlcnZlZCB2YWx1ZSksIHRoZW5cbi8vIHBlci1lbmRwb2ludCBsYXRlbmN5LCB0aHJvdWdocHV0LCBlcnJvcnMsIGNoZWNrcywgY3VzdG9tIG1ldHJpY3MgYW5kIHNlcnZlciByZXNvdXJjZXMuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIGZvcm1hdFZhbHVlLCBtZXRyaWNWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuLy8gazYncyBvd24gbWV0cmljcyAoc2hvd24gYWJvdmUgb3Igbm90IHdvcnRoIGEgbGluZSkgYW5kIHRoZSBzaWRlY2FyJ3MgKHRoZSByZXNvdXJjZXMgbGluZSk6XG4vLyB3aGF0ZXZlciBlbHNlIGEgcnVuIHJlcG9ydHMgaXMgb25lIG9mIHRoZSBzdWl0ZSdzIGN1c3RvbSBtZXRyaWNzLlxuY29uc3QgQlVJTFRfSU4gPSBuZXcgU2V0KFsnaHR0cF9yZXFzJywgJ2h0dHBfcmVxX2R1cmF0aW9uJywgJ2h0dHBfcmVxX2Jsb2NrZWQnLCAnaHR0cF9yZXFfY29ubmVjdGluZycsICdodHRwX3JlcV90bHNfaGFuZHNoYWtpbmcnLCAnaHR0cF9yZXFfc2VuZGluZycsICdodHRwX3JlcV93YWl0aW5nJywgJ2h0dHBfcmVxX3JlY2VpdmluZycsICdodHRwX3JlcV9mYWlsZWQnLCAnaXRlcmF0aW9ucycsICdpdGVyYXRpb25fZHVyYXRpb24nLCAnZHJvcHBlZF9pdGVyYXRpb25zJywgJ3Z1cycsICd2dXNfbWF4JywgJ2RhdGFfc2VudCcsICdkYXRhX3JlY2VpdmVkJywgJ2NoZWNrcycsICdncm91cF9kdXJhdGlvbiddKTtcbmNvbnN0IGlzQ3VzdG9tID0gKG5hbWU6IHN0cmluZykgPT4gIW5hbWUuaW5jbHVkZXMoJ3snKSAmJiAhQlVJTFRfSU4uaGFzKG5hbWUpICYmICEvXihzZXJ2ZXJffHdzX3xncnBjX3xicm93c2VyXykvLnRlc3QobmFtZSk7XG5cbmZ1bmN0aW9uIHBhaW50KGNvbG9yOiBib29sZWFuKSB7XG4gIGNvbnN0IHdyYXAgPSAoY29kZTogbnVtYmVyKSA9PiAodGV4dDogc3RyaW5nKSA9PiAoY29sb3IgPyBgXFx1MDAxYlske2NvZGV9bSR7dGV4dH1cXHUwMDFiWzBtYCA6IHRleHQpO1xuICByZXR1cm4geyByZWQ6IHdyYXAoMzEpLCBncmVlbjogd3JhcCgzMiksIGJvbGQ6IHdyYXAoMSksIGRpbTogd3JhcCgyKSB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gdGV4dFN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZzsgY29sb3I6IGJvb2xlYW4gfSk6IHN0cmluZyB7XG4gIGNvbnN0IGMgPSBwYWludChvcHRpb25zLmNvbG9yKTtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSB0aHJlc2hvbGRzLmZpbHRlcigodCkgPT4gIXQub2spLmxlbmd0aDtcbiAgbGluZXMucHVzaChjLmJvbGQoYGNvdXJzZS1wZXJmICR7b3B0aW9ucy5zY2VuYXJpb306ICR7dGhyZXNob2xkcy5sZW5ndGggPT09IDAgPyAnbm8gdGhyZXNob2xkcycgOiBmYWlsZWQgPT09IDAgPyBjLmdyZWVuKGBhbGwgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgKSA6IGMucmVkKGAke2ZhaWxlZH0gb2YgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgKX1gKSk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyZXNob2xkcycpKTtcbiAgZm9yIChjb25zdCB0IG9mIHRocmVzaG9sZHMpIHtcbiAgICBjb25zdCBtYXJrID0gdC5vayA/IGMuZ3JlZW4oJ+KckycpIDogYy5yZWQoJ+KclycpO1xuICAgIGxpbmVzLnB1c2goYCAgJHttYXJrfSAke3QubWV0cmljfSAke3QuZXhwcmVzc2lvbn0gICR7Yy5kaW0oJ29ic2VydmVkJyl9ICR7Zm9ybWF0VmFsdWUodC5vYnNlcnZlZCwgdC51bml0KX1gKTtcbiAgfVxuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IHdpZHRoID0gTWF0aC5tYXgoMTYsIC4uLmVuZHBvaW50cy5tYXAoKGUpID0+IGUuZW5kcG9pbnQubGVuZ3RoKSk7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKGAkeydlbmRwb2ludHMnLnBhZEVuZCh3aWR0aCArIDIpfSAkeydyZXF1ZXN0cycucGFkU3RhcnQoOCl9ICR7WydwNTAnLCAncDk1JywgJ3A5OScsICdtYXgnLCAnZXJyb3JzJ10ubWFwKChoKSA9PiBoLnBhZFN0YXJ0KDgpKS5qb2luKCcgJyl9YCkpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGNvbnN0IGNlbGwgPSAodjogbnVtYmVyIHwgbnVsbCkgPT4gZm9ybWF0VmFsdWUodiwgJ21zJykucGFkU3RhcnQoOCk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7ZS5lbmRwb2ludC5wYWRFbmQod2lkdGgpfSAke1N0cmluZyhlLnJlcXVlc3RzKS5wYWRTdGFydCg4KX0gJHtjZWxsKGUucDUwKX0gJHtjZWxsKGUucDk1KX0gJHtjZWxsKGUucDk5KX0gJHtjZWxsKGUubWF4KX0gJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKS5wYWRTdGFydCg4KX1gKTtcbiAgICB9XG4gIH1cbiAgY29uc3Qgc2Vjb25kcyA9IChkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyAwKSAvIDEwMDA7XG4gIGNvbnN0IHJlcXVlc3RzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxcycsICdjb3VudCcpO1xuICBjb25zdCBpdGVyYXRpb25zID0gbWV0cmljVmFsdWUoZGF0YSwgJ2l0ZXJhdGlvbnMnLCAnY291bnQnKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJvdWdocHV0JykpO1xuICBsaW5lcy5wdXNoKGAgICR7Zm9ybWF0VmFsdWUocmVxdWVzdHMgPz8gMCwgJ2NvdW50Jyl9IHJlcXVlc3RzICgke3NlY29uZHMgPiAwICYmIHJlcXVlc3RzICE9PSBudWxsID8gKHJlcXVlc3RzIC8gc2Vjb25kcykudG9GaXhlZCgxKSA6ICduL2EnfS9zKSwgJHtmb3JtYXRWYWx1ZShpdGVyYXRpb25zID8/IDAsICdjb3VudCcpfSBpdGVyYXRpb25zIGluICR7c2Vjb25kcy50b0ZpeGVkKDEpfSBzYCk7XG4gIGxpbmVzLnB1c2goYCAgZXJyb3JzOiAke2Zvcm1hdFZhbHVlKG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcV9mYWlsZWQnLCAncmF0ZScpLCAncGVyY2VudCcpfSBvZiByZXF1ZXN0cyBmYWlsZWRgKTtcbiAgY29uc3QgY2hlY2tzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdyYXRlJyk7XG4gIGxpbmVzLnB1c2goYCAgY2hlY2tzOiAke2Zvcm1hdFZhbHVlKGNoZWNrcywgJ3BlcmNlbnQnKX0gcGFzc2VkICgke2Zvcm1hdFZhbHVlKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJyksICdjb3VudCcpfSBvZiAke2Zvcm1hdFZhbHVlKChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpID8/IDApICsgKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAnZmFpbHMnKSA/PyAwKSwgJ2NvdW50Jyl9KWApO1xuICBjb25zdCBjdXN0b20gPSBPYmplY3Qua2V5cyhkYXRhLm1ldHJpY3MgPz8ge30pLmZpbHRlcihpc0N1c3RvbSkuc29ydCgpO1xuICBpZiAoY3VzdG9tLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ2N1c3RvbSBtZXRyaWNzJykpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBjdXN0b20pIHtcbiAgICAgIGNvbnN0IG0gPSBkYXRhLm1ldHJpY3NbbmFtZV0hO1xuICAgICAgY29uc3QgdiA9IG0udmFsdWVzO1xuICAgICAgY29uc3QgdW5pdCA9IG0uY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xuICAgICAgY29uc3QgdGV4dCA9XG4gICAgICAgIG0udHlwZSA9PT0gJ3RyZW5kJ1xuICAgICAgICAgID8gYGF2ZyAke2Zvcm1hdFZhbHVlKHYuYXZnLCB1bml0KX0sIHA5NSAke2Zvcm1hdFZhbHVlKHZbJ3AoOTUpJ10sIHVuaXQpfSwgbWF4ICR7Zm9ybWF0VmFsdWUodi5tYXgsIHVuaXQpfWBcbiAgICAgICAgICA6IG0udHlwZSA9PT0gJ3JhdGUnXG4gICAgICAgICAgICA/IGZvcm1hdFZhbHVlKHYucmF0ZSwgJ3BlcmNlbnQnKVxuICAgICAgICAgICAgOiBmb3JtYXRWYWx1ZSh2LmNvdW50ID8/IHYudmFsdWUsICdjb3VudCcpO1xuICAgICAgbGluZXMucHVzaChgICAke25hbWUucGFkRW5kKE1hdGgubWF4KDMwLCAuLi5jdXN0b20ubWFwKChuKSA9PiBuLmxlbmd0aCkpKX0gJHt0ZXh0fWApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBgICAke3Jlc291cmNlc0xpbmUoZGF0YSl9YCwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iLCAiLy8gVGhlIGs2IGhhbmRsZVN1bW1hcnkgZXZlcnkgZW50cnkgZXhwb3J0czogdGhlIGNvbmNpc2UgdGV4dCBvbiBzdGRvdXQgYW5kLCB3aGVuIFJFUE9SVFNfRElSIGlzXG4vLyBzZXQgKHRoZSBydW5uZXIgY3JlYXRlcyB0aGF0IGZvbGRlciksIHN1bW1hcnkuanNvbiwgcmVzdWx0cy5qc29uLCBqdW5pdC54bWwgYW5kIHN1bW1hcnkubWQgaW4gaXQuXG5pbXBvcnQgeyBqdW5pdFJlcG9ydCB9IGZyb20gJy4vanVuaXQudHMnO1xuaW1wb3J0IHsgbWFya2Rvd25SZXBvcnQgfSBmcm9tICcuL21hcmtkb3duLnRzJztcbmltcG9ydCB7IGJ1aWxkUmVzdWx0cyB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgdHlwZSB7IFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuaW1wb3J0IHsgdGV4dFN1bW1hcnkgfSBmcm9tICcuL3RleHQudHMnO1xuXG5jb25zdCBvck51bGwgPSAodmFsdWU6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4gKHZhbHVlID8gdmFsdWUgOiBudWxsKTtcblxuZXhwb3J0IGZ1bmN0aW9uIG1ha2VIYW5kbGVTdW1tYXJ5KG1ldGE6IHsgc2NlbmFyaW86IHN0cmluZzsgcHJvZmlsZT86IHN0cmluZyB9KSB7XG4gIHJldHVybiBmdW5jdGlvbiBoYW5kbGVTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBzdGRvdXQ6IHRleHRTdW1tYXJ5KGRhdGEsIHsgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sIGNvbG9yOiBkYXRhLnN0YXRlPy5pc1N0ZE91dFRUWSA9PT0gdHJ1ZSB9KSB9O1xuICAgIGNvbnN0IGRpciA9IF9fRU5WLlJFUE9SVFNfRElSO1xuICAgIGlmIChkaXIpIHtcbiAgICAgIGNvbnN0IHJlc3VsdHMgPSBidWlsZFJlc3VsdHMoZGF0YSwge1xuICAgICAgICBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbyxcbiAgICAgICAgcHJvZmlsZTogb3JOdWxsKF9fRU5WLlJVTl9QUk9GSUxFKSA/PyBtZXRhLnByb2ZpbGUgPz8gbnVsbCxcbiAgICAgICAgdGFyZ2V0OiBvck51bGwoX19FTlYuUlVOX1RBUkdFVCkgPz8gb3JOdWxsKF9fRU5WLkJBU0VfVVJMKSxcbiAgICAgICAgazZfdmVyc2lvbjogb3JOdWxsKF9fRU5WLlJVTl9LNl9WRVJTSU9OKSxcbiAgICAgICAgZ2l0X2NvbW1pdDogb3JOdWxsKF9fRU5WLlJVTl9HSVRfQ09NTUlUKSxcbiAgICAgICAgc3RhcnRlZF9hdDogb3JOdWxsKF9fRU5WLlJVTl9TVEFSVEVEX0FUKSxcbiAgICAgICAgZmluaXNoZWRfYXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgIH0pO1xuICAgICAgLy8gazYgcHV0cyBzZXR1cCgpJ3MgcmV0dXJuIHZhbHVlIGluIHRoZSBzdW1tYXJ5OiBpdCBob2xkcyB0aGUgdXNlcnMnIGJlYXJlciB0b2tlbnMsIHdoaWNoIG5vIHJlcG9ydCBtYXkgY29udGFpbi5cbiAgICAgIGNvbnN0IHsgc2V0dXBfZGF0YTogX3NlY3JldHMsIC4uLnNoYXJlYWJsZSB9ID0gZGF0YSBhcyBTdW1tYXJ5RGF0YSAmIHsgc2V0dXBfZGF0YT86IHVua25vd24gfTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkuanNvbmBdID0gSlNPTi5zdHJpbmdpZnkoc2hhcmVhYmxlLCBudWxsLCAxKTtcbiAgICAgIG91dFtgJHtkaXJ9L3Jlc3VsdHMuanNvbmBdID0gYCR7SlNPTi5zdHJpbmdpZnkocmVzdWx0cywgbnVsbCwgMil9XFxuYDtcbiAgICAgIG91dFtgJHtkaXJ9L2p1bml0LnhtbGBdID0ganVuaXRSZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lm1kYF0gPSBtYXJrZG93blJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfTtcbn1cbiIsICIvLyBDdXN0b20gbWV0cmljcyBmb3Igd2hhdCBrNidzIGJ1aWx0LWlucyBjYW5ub3Qgc2F5LiBDcmVhdGVkIG9uY2UgYXQgaW5pdCAoazYgcmVxdWlyZXMgaXQpLlxuaW1wb3J0IHsgQ291bnRlciwgUmF0ZSwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcblxuLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiB0aW1lIGZyb20gdGhlIGpvYidzIG93biBzdGFydGVkX2F0L2ZpbmlzaGVkX2F0IChzZXJ2ZXIgdmlldykuICovXG5leHBvcnQgY29uc3QgY2hhcHRlckdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24sIGpvYiBjcmVhdGVkIC0+IGZpbmlzaGVkLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcy4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24gYXMgdGhlIHBvbGxpbmcgdXNlciBzYXcgaXQ6IHJlcXVlc3QgYWNjZXB0ZWQgLT4gY29tcGxldGVkIHNlZW4uICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX29ic2VydmVkX21zJywgdHJ1ZSk7XG4vKiogR2VuZXJhdGlvbiBqb2JzIHRoYXQgZmFpbGVkIG9yIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkZhaWxlZCA9IG5ldyBSYXRlKCdnZW5lcmF0aW9uX2ZhaWxlZCcpO1xuLyoqIENvdXJzZXMgdGhlIHBsYXRmb3JtIGFja25vd2xlZGdlZCBjcmVhdGluZyAoMjAxKS4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VzQ3JlYXRlZCA9IG5ldyBDb3VudGVyKCdjb3Vyc2VzX2NyZWF0ZWQnKTtcbi8qKiBXaG9sZSB3b3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgY29tcGxldGVkIGV2ZXJ5IHN0ZXAsIHRhZ2dlZCBieSB3b3JrZmxvdy4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd1N1Y2Nlc3MgPSBuZXcgUmF0ZSgnd29ya2Zsb3dfc3VjY2VzcycpO1xuLyoqIFdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCB0aHJldyAoYSBzY3JpcHQgYnVnIG9yIGEgYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpLiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93RXJyb3JzID0gbmV3IENvdW50ZXIoJ3dvcmtmbG93X2Vycm9ycycpO1xuIiwgIi8vIFJ1bnMgb25lIHdvcmtmbG93IGl0ZXJhdGlvbiBhbmQgcmVjb3JkcyBpdHMgb3V0Y29tZS4gQSB3b3JrZmxvdyB0aGF0IHRocm93cyAoYSBzY3JpcHQgYnVnLCBhXG4vLyBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkgaXMgYSBmYWlsZWQgaXRlcmF0aW9uIHRoYXQgY291bnRzIGFnYWluc3QgdGhlIHRocmVzaG9sZHMgaW5zdGVhZFxuLy8gb2YgYW4gZXhjZXB0aW9uIGs2IG9ubHkgbG9ncy5cbmltcG9ydCB7IHdvcmtmbG93RXJyb3JzLCB3b3JrZmxvd1N1Y2Nlc3MgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuY29uc3QgTUFYX0xPR0dFRF9FUlJPUlMgPSA1O1xubGV0IGxvZ2dlZEVycm9ycyA9IDA7XG5cbmNvbnN0IHRhZ3NCeU5hbWU6IFJlY29yZDxzdHJpbmcsIHsgd29ya2Zsb3c6IHN0cmluZyB9PiA9IHt9O1xuXG5leHBvcnQgZnVuY3Rpb24gcnVuV29ya2Zsb3cobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3csIGN0eDogQ29udGV4dCk6IHZvaWQge1xuICBjb25zdCB0YWdzID0gKHRhZ3NCeU5hbWVbbmFtZV0gPz89IHsgd29ya2Zsb3c6IG5hbWUgfSk7IC8vIG1hZGUgb25jZSBwZXIgd29ya2Zsb3csIG5vdCBwZXIgaXRlcmF0aW9uXG4gIHRyeSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZCh3b3JrZmxvdyhjdHgpLCB0YWdzKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKGZhbHNlLCB0YWdzKTtcbiAgICB3b3JrZmxvd0Vycm9ycy5hZGQoMSwgdGFncyk7XG4gICAgaWYgKGxvZ2dlZEVycm9ycysrIDwgTUFYX0xPR0dFRF9FUlJPUlMpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoYHdvcmtmbG93IFwiJHtuYW1lfVwiIHRocmV3OiAke2Vycm9yIGluc3RhbmNlb2YgRXJyb3IgPyAoZXJyb3Iuc3RhY2sgPz8gZXJyb3IubWVzc2FnZSkgOiBTdHJpbmcoZXJyb3IpfWApO1xuICAgIH1cbiAgfVxufVxuIiwgIi8vIFdoYXQgZWFjaCBraW5kIG9mIHVzZXIgZG9lcyBpbiBvbmUgaXRlcmF0aW9uLiBTY2VuYXJpb3Mgb25seSBjaG9vc2Ugd2hvIHJ1bnMgYW5kIGhvdyBvZnRlbjtcbi8vIG5vIHNjZW5hcmlvIHJlLWltcGxlbWVudHMgdGhlc2UuIEV2ZXJ5IHdvcmtmbG93IHJldHVybnMgd2hldGhlciBhbGwgb2YgaXRzIHN0ZXBzIHN1Y2NlZWRlZC5cbmltcG9ydCB7IGdyb3VwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBFeHBvcnRGb3JtYXQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgZ2VuZXJhdGVBbmRXYWl0IH0gZnJvbSAnLi9nZW5lcmF0aW9uLnRzJztcbmltcG9ydCB7IGNvdXJzZXNDcmVhdGVkIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcbmltcG9ydCB7IHBpY2tPbmUsIHBpY2tXZWlnaHRlZCwgdGhpbmsgfSBmcm9tICcuL3BhY2luZy50cyc7XG5pbXBvcnQgdHlwZSB7IFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGV4dCB7XG4gIGNvbmZpZzogQ29uZmlnO1xuICBkYXRhOiBSdW5EYXRhO1xufVxuXG5leHBvcnQgdHlwZSBXb3JrZmxvdyA9IChjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmxldCBjbGllbnRzOiBSZWNvcmQ8c3RyaW5nLCBBcGlDbGllbnQ+ID0ge307XG4vKiogT25lIGNsaWVudCBwZXIgdG9rZW4gcGVyIFZVLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbmZ1bmN0aW9uIGNsaWVudEZvcihjdHg6IENvbnRleHQsIHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICByZXR1cm4gKGNsaWVudHNbdG9rZW5dID8/PSBuZXcgQXBpQ2xpZW50KGN0eC5jb25maWcuYmFzZVVybCwgY3R4LmNvbmZpZy5hcGlUaW1lb3V0UywgdG9rZW4pKTtcbn1cbi8qKiBSZXNldHMgdGhlIHBlci1WVSBjbGllbnQgY2FjaGUgKHRlc3RzIGFuZCBsb25nIHJ1bnMgd2l0aCByZS1sb2dpbikuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzZXRDbGllbnRzKCk6IHZvaWQge1xuICBjbGllbnRzID0ge307XG59XG5cbi8qKiBBIHRpdGxlIHVuaXF1ZSB0byB0aGlzIHJ1biwgVlUgYW5kIGl0ZXJhdGlvbiwgc28gY29uY3VycmVudCB1c2VycyBuZXZlciBjb2xsaWRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXF1ZVRpdGxlKGtpbmQ6IHN0cmluZywgY3R4OiBDb250ZXh0KTogc3RyaW5nIHtcbiAgcmV0dXJuIGBwZXJmLSR7a2luZH0gJHtjdHguZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YDtcbn1cblxuY29uc3QgRVhQT1JUX0ZPUk1BVFM6IHJlYWRvbmx5IEV4cG9ydEZvcm1hdFtdID0gWydqc29uJywgJ21hcmtkb3duJywgJ2h0bWwnXTtcblxuLyoqIFJlYWRzIGEgY291cnNlIGFuZCBvbmUgb2YgaXRzIGdlbmVyYXRlZCBjaGFwdGVycy4gKi9cbmZ1bmN0aW9uIHJlYWRDb3Vyc2UoY2xpZW50OiBBcGlDbGllbnQsIGlkOiBJZCk6IGJvb2xlYW4ge1xuICBjb25zdCBjb3Vyc2UgPSBjbGllbnQuZ2V0Q291cnNlKGlkKTtcbiAgaWYgKCFjb3Vyc2UuYm9keSkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBnZW5lcmF0ZWQgPSAoY291cnNlLmJvZHkuY2hhcHRlcnMgPz8gW10pLmZpbHRlcigoYykgPT4gYy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKTtcbiAgY29uc3QgY2hhcHRlciA9IHBpY2tPbmUoZ2VuZXJhdGVkKTtcbiAgcmV0dXJuIGNoYXB0ZXIgPT09IHVuZGVmaW5lZCB8fCBjbGllbnQuZ2V0Q2hhcHRlcihpZCwgY2hhcHRlci5pbmRleCkub2s7XG59XG5cbnR5cGUgUmVndWxhclRhc2sgPSAoY2xpZW50OiBBcGlDbGllbnQsIGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxuY29uc3QgcmVndWxhclRhc2tzOiB7IHdlaWdodDogbnVtYmVyOyB0YXNrOiBSZWd1bGFyVGFzayB9W10gPSBbXG4gIHsgd2VpZ2h0OiA1LCB0YXNrOiAoY2xpZW50KSA9PiBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAsIG9mZnNldDogTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogMykgKiAyMCB9KS5vayB9LFxuICB7XG4gICAgd2VpZ2h0OiA0LFxuICAgIHRhc2s6IChjbGllbnQsIGN0eCkgPT4ge1xuICAgICAgY29uc3QgaWQgPSBwaWNrT25lKGN0eC5kYXRhLnNlZWRlZENvdXJzZUlkcyk7XG4gICAgICByZXR1cm4gaWQgPT09IHVuZGVmaW5lZCB8fCByZWFkQ291cnNlKGNsaWVudCwgaWQpO1xuICAgIH0sXG4gIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDEsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB1bmlxdWVUaXRsZSgnc2NyYXRjaCcsIGN0eCksIHRvcGljOiAnYWxnZWJyYScsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICAgIGNvbnN0IHJlYWRCYWNrID0gY2xpZW50LmdldENvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgICAgcmV0dXJuIHJlYWRCYWNrICYmIGNsaWVudC5kZWxldGVDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICB9LFxuICB9LFxuXTtcblxuLyoqIEJyb3dzZXMgdGhlIGNvdXJzZSBsaXN0LCBvcGVucyBjb3Vyc2VzIGFuZCByZWFkcyBjaGFwdGVyczsgbm93IGFuZCB0aGVuIGNyZWF0ZXMgb25lLiAqL1xuZXhwb3J0IGNvbnN0IHJlZ3VsYXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdyZWd1bGFyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLnJlZ3VsYXIpO1xuICAgIGxldCBvayA9IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCB9KS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIGZvciAobGV0IHN0ZXAgPSAwOyBzdGVwIDwgMzsgc3RlcCsrKSB7XG4gICAgICBvayA9IHBpY2tXZWlnaHRlZChyZWd1bGFyVGFza3MpKGNsaWVudCwgY3R4KSAmJiBvaztcbiAgICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBDcmVhdGVzIGEgY291cnNlLCBnZW5lcmF0ZXMgaXQsIGZvbGxvd3MgdGhlIGpvYiwgcmVhZHMgYW5kIGV4cG9ydHMgdGhlIHJlc3VsdCwgdGhlbiBkZWxldGVzIGl0LiAqL1xuZXhwb3J0IGNvbnN0IHBvd2VyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncG93ZXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCB7IGNvbmZpZyB9ID0gY3R4O1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsIGN0eC5kYXRhLnRva2Vucy5wb3dlcik7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdwb3dlcicsIGN0eCksXG4gICAgICB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMnLFxuICAgICAgbGV2ZWw6ICdhZHZhbmNlZCcsXG4gICAgICBjaGFwdGVyX2NvdW50OiBjb25maWcuY2hhcHRlcnNQZXJDb3Vyc2UsXG4gICAgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIGxldCBvayA9IGNsaWVudC51cGRhdGVDb3Vyc2UoaWQsIHsgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zLCByZXZpc2VkJyB9KS5vaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KGNsaWVudCwgaWQsIGNvbmZpZy5wb2xsSW50ZXJ2YWxTLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTKTtcbiAgICBvayA9IGdlbmVyYXRpb24uY29tcGxldGVkICYmIG9rO1xuICAgIGlmIChnZW5lcmF0aW9uLmNvbXBsZXRlZCkge1xuICAgICAgb2sgPSByZWFkQ291cnNlKGNsaWVudCwgaWQpICYmIG9rO1xuICAgICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgICAgb2sgPSBjbGllbnQuZXhwb3J0Q291cnNlKGlkLCBwaWNrT25lKEVYUE9SVF9GT1JNQVRTKSA/PyAnanNvbicpLm9rICYmIG9rO1xuICAgIH1cbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgcmV0dXJuIGNsaWVudC5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcblxuLyoqIFdhdGNoZXMgdGhlIHN5c3RlbTogc3RhdHMsIHRoZSBqb2IgbGlzdCwgdGhlIHVzZXIgbGlzdCwgYW5kIHJlbW92ZXMgY291cnNlcyBlYXJsaWVyIHJ1bnMgbGVmdCBiZWhpbmQuICovXG5leHBvcnQgY29uc3QgYWRtaW5Vc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdhZG1pbiB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsIGN0eC5kYXRhLnRva2Vucy5hZG1pbik7XG4gICAgbGV0IG9rID0gY2xpZW50LmFkbWluU3RhdHMoKS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluSm9icygyMCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAvLyBMZWZ0b3ZlcnMgb2YgaW50ZXJydXB0ZWQgcnVuczogdGl0bGVzIG9mIG90aGVyIHJ1bnMgb25seSwgbmV2ZXIgdGhpcyBydW4ncyBsaXZlIGNvdXJzZXMuXG4gICAgY29uc3QgbGVmdG92ZXJzID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgcTogJ3BlcmYtJywgbGltaXQ6IDIwIH0pLmJvZHk/Lml0ZW1zID8/IFtdO1xuICAgIGZvciAoY29uc3QgY291cnNlIG9mIGxlZnRvdmVycy5maWx0ZXIoKGMpID0+ICFjLnRpdGxlLmluY2x1ZGVzKGN0eC5kYXRhLnJ1bklkKSkuc2xpY2UoMCwgNSkpIHtcbiAgICAgIG9rID0gY2xpZW50LmRlbGV0ZUNvdXJzZShjb3Vyc2UuaWQpLm9rICYmIG9rO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogRXZlcnkgZW5kcG9pbnQgYXQgbGVhc3Qgb25jZTogdGhlIHNtb2tlIGNoZWNrLiAqL1xuZXhwb3J0IGNvbnN0IGV2ZXJ5RW5kcG9pbnQ6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2V2ZXJ5IGVuZHBvaW50JywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnLCBkYXRhIH0gPSBjdHg7XG4gICAgY29uc3QgdXNlciA9IGNsaWVudEZvcihjdHgsIGRhdGEudG9rZW5zLnBvd2VyKTtcbiAgICBjb25zdCBhZG1pbiA9IGNsaWVudEZvcihjdHgsIGRhdGEudG9rZW5zLmFkbWluKTtcbiAgICBsZXQgb2sgPSB1c2VyLmhlYWx0aCgpLm9rO1xuICAgIG9rID0gdXNlci5saXN0Q291cnNlcyh7IGxpbWl0OiA1IH0pLm9rICYmIG9rO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB1bmlxdWVUaXRsZSgnc21va2UnLCBjdHgpLCB0b3BpYzogJ3Ntb2tlIHRlc3RpbmcnLCBsZXZlbDogJ2ludGVybWVkaWF0ZScsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgb2sgPSB1c2VyLmdldENvdXJzZShpZCkub2sgJiYgb2s7XG4gICAgb2sgPSB1c2VyLnVwZGF0ZUNvdXJzZShpZCwgeyB0aXRsZTogYCR7Y3JlYXRlZC5ib2R5LnRpdGxlfSAoZWRpdGVkKWAgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdCh1c2VyLCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHVzZXIuZ2V0Q2hhcHRlcihpZCwgZ2VuZXJhdGlvbi5qb2I/LmNoYXB0ZXJzWzBdPy5pbmRleCA/PyAwKS5vayAmJiBvaztcbiAgICAgIGZvciAoY29uc3QgZm9ybWF0IG9mIEVYUE9SVF9GT1JNQVRTKSBvayA9IHVzZXIuZXhwb3J0Q291cnNlKGlkLCBmb3JtYXQpLm9rICYmIG9rO1xuICAgIH1cbiAgICBvayA9IGFkbWluLmFkbWluU3RhdHMoKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluSm9icygxMCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgcmV0dXJuIHVzZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG4iLCAiLy8gU3RhcnRpbmcgYSBjb3Vyc2UncyBnZW5lcmF0aW9uIGFuZCBmb2xsb3dpbmcgaXRzIGpvYiB0byB0aGUgZW5kLCByZWNvcmRpbmcgaG93IGxvbmcgaXQgdG9va1xuLy8gZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKHRoZSBzZXJ2ZXIncyB2aWV3KSBhbmQgZnJvbSB0aGUgcG9sbGVyJ3MgKHRoZSB1c2VyJ3MgdmlldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBJZCwgSm9iIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgY2hhcHRlckdlbmVyYXRpb25NcywgY291cnNlR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcywgZ2VuZXJhdGlvbkZhaWxlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb21wbGV0ZWQ6IGJvb2xlYW47XG4gIGpvYjogSm9iIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBtaWxsaXNCZXR3ZWVuKGZyb206IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQsIHRvOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFmcm9tIHx8ICF0bykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbXMgPSBEYXRlLnBhcnNlKHRvKSAtIERhdGUucGFyc2UoZnJvbSk7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpICYmIG1zID49IDAgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcmVjb3JkSm9iVGltZXMoam9iOiBKb2IpOiB2b2lkIHtcbiAgZm9yIChjb25zdCBjaGFwdGVyIG9mIGpvYi5jaGFwdGVycykge1xuICAgIGNvbnN0IG1zID0gY2hhcHRlci5kdXJhdGlvbl9tcyA/PyBtaWxsaXNCZXR3ZWVuKGNoYXB0ZXIuc3RhcnRlZF9hdCwgY2hhcHRlci5maW5pc2hlZF9hdCk7XG4gICAgaWYgKHR5cGVvZiBtcyA9PT0gJ251bWJlcicgJiYgY2hhcHRlci5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBjaGFwdGVyR2VuZXJhdGlvbk1zLmFkZChtcyk7XG4gIH1cbiAgY29uc3QgdG90YWwgPSBtaWxsaXNCZXR3ZWVuKGpvYi5jcmVhdGVkX2F0LCBqb2IuZmluaXNoZWRfYXQpO1xuICBpZiAodG90YWwgIT09IHVuZGVmaW5lZCkgY291cnNlR2VuZXJhdGlvbk1zLmFkZCh0b3RhbCk7XG59XG5cbi8qKiBTdGFydHMgZ2VuZXJhdGlvbiBhbmQgcG9sbHMgdGhlIGpvYiB1bnRpbCBpdCBjb21wbGV0ZXMsIGZhaWxzLCBvciBgdGltZW91dFNgIHBhc3Nlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50OiBBcGlDbGllbnQsIGNvdXJzZUlkOiBJZCwgcG9sbEludGVydmFsUzogbnVtYmVyLCB0aW1lb3V0UzogbnVtYmVyKTogR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb25zdCBhY2NlcHRlZCA9IGNsaWVudC5nZW5lcmF0ZShjb3Vyc2VJZCk7XG4gIGlmICghYWNjZXB0ZWQuYm9keSkge1xuICAgIGdlbmVyYXRpb25GYWlsZWQuYWRkKHRydWUpO1xuICAgIHJldHVybiB7IGNvbXBsZXRlZDogZmFsc2UsIGpvYjogdW5kZWZpbmVkIH07XG4gIH1cbiAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gIGNvbnN0IGRlYWRsaW5lID0gc3RhcnRlZCArIHRpbWVvdXRTICogMTAwMDtcbiAgbGV0IGpvYjogSm9iIHwgdW5kZWZpbmVkO1xuICB3aGlsZSAoRGF0ZS5ub3coKSA8IGRlYWRsaW5lKSB7XG4gICAgc2xlZXAocG9sbEludGVydmFsUyk7XG4gICAgY29uc3QgcG9sbGVkID0gY2xpZW50LmdldEpvYihhY2NlcHRlZC5ib2R5LmpvYl9pZCk7XG4gICAgaWYgKCFwb2xsZWQuYm9keSkgY29udGludWU7XG4gICAgam9iID0gcG9sbGVkLmJvZHk7XG4gICAgaWYgKGpvYi5zdGF0dXMgPT09ICdjb21wbGV0ZWQnIHx8IGpvYi5zdGF0dXMgPT09ICdmYWlsZWQnKSBicmVhaztcbiAgfVxuICBjb25zdCBjb21wbGV0ZWQgPSBqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCc7XG4gIGdlbmVyYXRpb25GYWlsZWQuYWRkKCFjb21wbGV0ZWQpO1xuICBpZiAoY29tcGxldGVkICYmIGpvYikge1xuICAgIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLmFkZChEYXRlLm5vdygpIC0gc3RhcnRlZCk7XG4gICAgcmVjb3JkSm9iVGltZXMoam9iKTtcbiAgfVxuICByZXR1cm4geyBjb21wbGV0ZWQsIGpvYiB9O1xufVxuIiwgIi8vIEhvdyBzaW11bGF0ZWQgdXNlcnMgcGFjZSB0aGVtc2VsdmVzIGFuZCBjaG9vc2Ugd2hhdCB0byBkbyBuZXh0LlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5cbmxldCBob2xkUG9pbnQ6ICgoKSA9PiB2b2lkKSB8IHVuZGVmaW5lZDtcblxuLyoqIFNvbWV0aGluZyBldmVyeSB0aGluayBwb2ludCBydW5zIGFmdGVyIGl0cyBzbGVlcCAodGhlIGludGVyYWN0aXZlIGVudHJ5IGhvbGRzIHBhdXNlZCB1c2VycyB0aGVyZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc2V0SG9sZFBvaW50KGhvbGQ6ICgpID0+IHZvaWQpOiB2b2lkIHtcbiAgaG9sZFBvaW50ID0gaG9sZDtcbn1cblxuLyoqIFNsZWVwcyBhIHVuaWZvcm1seSBkcmF3biB0aGluayB0aW1lIGluIFttaW4sIG1heF0gc2Vjb25kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aGluayhyYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfSk6IHZvaWQge1xuICBjb25zdCBzZWNvbmRzID0gcmFuZ2UubWluICsgTWF0aC5yYW5kb20oKSAqIChyYW5nZS5tYXggLSByYW5nZS5taW4pO1xuICBpZiAoc2Vjb25kcyA+IDApIHNsZWVwKHNlY29uZHMpO1xuICBob2xkUG9pbnQ/LigpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdlaWdodGVkVGFzazxUPiB7XG4gIHdlaWdodDogbnVtYmVyO1xuICB0YXNrOiBUO1xufVxuXG4vKiogUGlja3Mgb25lIHRhc2sgd2l0aCBwcm9iYWJpbGl0eSBwcm9wb3J0aW9uYWwgdG8gaXRzIHdlaWdodC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrV2VpZ2h0ZWQ8VD4odGFza3M6IHJlYWRvbmx5IFdlaWdodGVkVGFzazxUPltdLCByYW5kb206IG51bWJlciA9IE1hdGgucmFuZG9tKCkpOiBUIHtcbiAgY29uc3QgdG90YWwgPSB0YXNrcy5yZWR1Y2UoKHN1bSwgdCkgPT4gc3VtICsgdC53ZWlnaHQsIDApO1xuICBsZXQgcG9pbnQgPSByYW5kb20gKiB0b3RhbDtcbiAgZm9yIChjb25zdCB0IG9mIHRhc2tzKSB7XG4gICAgcG9pbnQgLT0gdC53ZWlnaHQ7XG4gICAgaWYgKHBvaW50IDwgMCkgcmV0dXJuIHQudGFzaztcbiAgfVxuICByZXR1cm4gdGFza3NbdGFza3MubGVuZ3RoIC0gMV0hLnRhc2s7XG59XG5cbi8qKiBQaWNrcyBvbmUgZWxlbWVudCB1bmlmb3JtbHkuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja09uZTxUPihpdGVtczogcmVhZG9ubHkgVFtdKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBpdGVtcy5sZW5ndGggPT09IDAgPyB1bmRlZmluZWQgOiBpdGVtc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBpdGVtcy5sZW5ndGgpXTtcbn1cbiIsICIvLyBUaGUgbWl4ZWQgdXNlciBwb3B1bGF0aW9uIHNoYXJlZCBieSBsb2FkLCByYW1wLXVwIGFuZCBzb2FrOiBvbmUgazYgc2NlbmFyaW8gYW5kIG9uZSBleGVjXG4vLyBmdW5jdGlvbiBwZXIgdXNlciBjbGFzcy4gRW50cmllcyByZS1leHBvcnQgdGhlIGV4ZWMgZnVuY3Rpb25zLCBhcyBrNiBsb29rcyB0aGVtIHVwIGJ5IG5hbWUgaW5cbi8vIHRoZSBlbnRyeSBtb2R1bGUuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgcnVuV29ya2Zsb3cgfSBmcm9tICcuL3J1bi13b3JrZmxvdy50cyc7XG5pbXBvcnQgdHlwZSB7IFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgeyBzcGxpdFVzZXJzLCB0eXBlIFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgYWRtaW5Vc2VyLCBwb3dlclVzZXIsIHJlZ3VsYXJVc2VyLCB0eXBlIFdvcmtmbG93IH0gZnJvbSAnLi93b3JrZmxvd3MudHMnO1xuXG4vKiogU2NlbmFyaW9zIGZvciB0aGUgdGhyZWUgY2xhc3Nlcywgc3BsaXR0aW5nIGB0b3RhbFVzZXJzYCBieSBgY29uZmlnLndlaWdodHNgLCBlYWNoIGluIHRoZSBnaXZlbiBzaGFwZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb3B1bGF0aW9uU2NlbmFyaW9zKGNvbmZpZzogQ29uZmlnLCB0b3RhbFVzZXJzOiBudW1iZXIsIHNoYXBlOiAoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlcikgPT4gU2NlbmFyaW8pOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz4ge1xuICBjb25zdCB1c2VycyA9IHNwbGl0VXNlcnModG90YWxVc2VycywgY29uZmlnLndlaWdodHMpO1xuICByZXR1cm4ge1xuICAgIHJlZ3VsYXJfdXNlcnM6IHNoYXBlKCdyZWd1bGFyVXNlcnMnLCB1c2Vycy5yZWd1bGFyKSxcbiAgICBwb3dlcl91c2Vyczogc2hhcGUoJ3Bvd2VyVXNlcnMnLCB1c2Vycy5wb3dlciksXG4gICAgYWRtaW5fdXNlcnM6IHNoYXBlKCdhZG1pblVzZXJzJywgdXNlcnMuYWRtaW4pLFxuICB9O1xufVxuXG4vKiogVGhlIGV4ZWMgZnVuY3Rpb25zIHRob3NlIHNjZW5hcmlvcyBuYW1lOyBgYmVmb3JlRWFjaGAgcnVucyBmaXJzdCBpbiBldmVyeSBpdGVyYXRpb24gKGUuZy4gc2V0dGluZyB0aGUgcGhhc2UgdGFnKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb3B1bGF0aW9uRXhlY3MoY29uZmlnOiBDb25maWcsIGJlZm9yZUVhY2g6ICgpID0+IHZvaWQgPSAoKSA9PiB1bmRlZmluZWQpIHtcbiAgY29uc3QgZXhlYyA9IChuYW1lOiBzdHJpbmcsIHdvcmtmbG93OiBXb3JrZmxvdykgPT4gKGRhdGE6IFJ1bkRhdGEpOiB2b2lkID0+IHtcbiAgICBiZWZvcmVFYWNoKCk7XG4gICAgcnVuV29ya2Zsb3cobmFtZSwgd29ya2Zsb3csIHsgY29uZmlnLCBkYXRhIH0pO1xuICB9O1xuICByZXR1cm4geyByZWd1bGFyVXNlcnM6IGV4ZWMoJ3JlZ3VsYXInLCByZWd1bGFyVXNlciksIHBvd2VyVXNlcnM6IGV4ZWMoJ3Bvd2VyJywgcG93ZXJVc2VyKSwgYWRtaW5Vc2VyczogZXhlYygnYWRtaW4nLCBhZG1pblVzZXIpIH07XG59XG4iLCAiLy8gVGhlIHN0YW5kYXJkIGdhdGUgc2V0cyB0aGUgc2NlbmFyaW9zIGNvbWJpbmUuIEVhY2ggcGVyLWVuZHBvaW50IGdhdGUgaXMgaXRzIG93biB0YWdnZWRcbi8vIHN1Yi1tZXRyaWMsIHNvIGEgZmFpbHVyZSBuYW1lcyB0aGUgZW5kcG9pbnQgYW5kIHRoZSBzdW1tYXJ5IGxpc3RzIGV2ZXJ5IGVuZHBvaW50J3MgZmlndXJlcy5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4uL2xpYi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgdHlwZSB7IEdhdGUgfSBmcm9tICcuL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgVGFyZ2V0cyB9IGZyb20gJy4vdGFyZ2V0cy50cyc7XG5cbmNvbnN0IGFwaSA9IHsgc2NvcGU6IEFQSV9TQ09QRSB9O1xuXG5mdW5jdGlvbiBlbmRwb2ludFA5NShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICBpZiAoZW5kcG9pbnQgPT09ICdoZWFsdGgnKSByZXR1cm4gdGFyZ2V0cy5oZWFsdGhQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnY291cnNlX2V4cG9ydCcpIHJldHVybiB0YXJnZXRzLmV4cG9ydFA5NU1zO1xuICByZXR1cm4gdGFyZ2V0cy5hcGlQOTVNcztcbn1cblxuLyoqIEFQSSBwOTUvcDk5IG92ZXIgYWxsIGVuZHBvaW50cywgYW5kIHA5NSBwZXIgZW5kcG9pbnQgKGhlYWx0aCBhbmQgZXhwb3J0IHdpdGggdGhlaXIgb3duIGJ1ZGdldHMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhdGVuY3lHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTlNcyB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogRXJyb3IgcmF0ZSBvdmVyIGFsbCBBUEkgcmVxdWVzdHMgYW5kIHBlciBlbmRwb2ludCwgc28gb25lIGZhaWxpbmcgcm91dGUgaXMgbmFtZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZXJyb3JHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogU3RvcHMgYSBydW4gZWFybHkgd2hlbiBtb3N0IHJlcXVlc3RzIGZhaWwgKHBsYXRmb3JtIGRvd24gb3IgY3Jhc2hlZCk6IG5vIG1pbnV0ZXMgb2Ygbm9pc2UuICovXG5leHBvcnQgZnVuY3Rpb24gYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCA9ICcxMHMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IDAuNSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gIF07XG59XG5cbi8qKiBDaGVja3MgYW5kIHdob2xlIHdvcmtmbG93cyBtdXN0IHN1Y2NlZWQgb2Z0ZW4gZW5vdWdoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Y2Nlc3NHYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoZWNrcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICAgIHsgbWV0cmljOiAnd29ya2Zsb3dfc3VjY2VzcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogQ2hhcHRlciBnZW5lcmF0aW9uIHRpbWUgKHRoZSBqb2IncyBvd24gdGltZXN0YW1wcykgYW5kIGZhaWxlZCBnZW5lcmF0aW9uIGpvYnMuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGlvbkdhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmNoYXB0ZXJQOTVNcyB9XSB9LFxuICAgIHsgbWV0cmljOiAnZ2VuZXJhdGlvbl9mYWlsZWQnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIEVhY2ggZW5kcG9pbnQgYWdhaW5zdCBpdHMgb3duIGJ1ZGdldDogcDk1IChoZWFsdGggYW5kIGV4cG9ydCBoYXZlIHRoZWlyIG93bikgYW5kIHA5OSwgcGx1cyBpdHMgZXJyb3IgcmF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludEJ1ZGdldEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSwgZXJyb3JSYXRlOiBudW1iZXIpOiBHYXRlW10ge1xuICByZXR1cm4gZW5kcG9pbnRzLmZsYXRNYXAoKGVuZHBvaW50KSA9PiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IE1hdGgubWF4KHRhcmdldHMuYXBpUDk5TXMsIGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSkgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IHsgZW5kcG9pbnQgfSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVycm9yUmF0ZSB9XSB9LFxuICBdKTtcbn1cblxuLyoqXG4gKiBicmVha3BvaW50OiBBUEkgcDk1IGFuZCBlcnJvciByYXRlIGFib3J0IHRoZSBydW4gb25jZSBjcm9zc2VkIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgIG9mIGRhdGEpO1xuICogdGhlIHN1c3RhaW5lZC1yYXRlIG1ldHJpYyBpcyBsaXN0ZWQgd2l0aCBhbiBhbHdheXMtdHJ1ZSBydWxlIHNvIHRoZSBzdW1tYXJ5IHNob3dzIGl0cyB2YWx1ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJyZWFrcG9pbnRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBzdXN0YWluZWRNZXRyaWM6IHN0cmluZywgZGVsYXlBYm9ydEV2YWwgPSAnNXMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSB9LFxuICAgIHsgbWV0cmljOiBzdXN0YWluZWRNZXRyaWMsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc+PScsIHZhbHVlOiAwIH1dIH0sXG4gIF07XG59XG4iLCAiLy8gVGhlIG1haW4gam9iOiByZWd1bGFyLCBwb3dlciBhbmQgYWRtaW4gdXNlcnMgaW4gcGFyYWxsZWwgKDcwLzIwLzEwICUgb2YgdGhlIFZVcyBieSBkZWZhdWx0KSxcbi8vIHJhbXBpbmcgdXAgdG8gUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUywgaG9sZGluZyBmb3IgUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTiwgcmFtcGluZ1xuLy8gZG93biwgYWdhaW5zdCB0aGUgZnVsbCB0aHJlc2hvbGQgc2V0LiBgazYgcnVuIC1lIEJBU0VfVVJMPS4uLiBkaXN0L2xvYWQuanNgLlxuaW1wb3J0IHsgQXBpQ2xpZW50IH0gZnJvbSAnLi4vbGliL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7IEVORFBPSU5UUyB9IGZyb20gJy4uL2xpYi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBndWFyZGVkQ29uZmlnIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHsgcHJlcGFyZVJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vbGliL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IGNvbnN0YW50UmF0ZSwgcmFtcGluZ0R1cmF0aW9uUywgcmFtcGluZ1VzZXJzIH0gZnJvbSAnLi4vbGliL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IHBvcHVsYXRpb25FeGVjcywgcG9wdWxhdGlvblNjZW5hcmlvcyB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlcnJvckdhdGVzLCBnZW5lcmF0aW9uR2F0ZXMsIGxhdGVuY3lHYXRlcywgc3VjY2Vzc0dhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ2xvYWQnKTtcblxuZXhwb3J0IGNvbnN0IG9wdGlvbnMgPSBlbnRyeU9wdGlvbnMoY29uZmlnLCAoKSA9PiAoe1xuICB3YWxsVGltZVM6IHJhbXBpbmdEdXJhdGlvblMoY29uZmlnKSxcbiAgc2NlbmFyaW9zOiB7XG4gICAgLi4ucG9wdWxhdGlvblNjZW5hcmlvcyhjb25maWcsIGNvbmZpZy5jb25jdXJyZW50VXNlcnMsIChleGVjLCB2dXMpID0+IHJhbXBpbmdVc2VycyhleGVjLCB2dXMsIGNvbmZpZykpLFxuICAgIC8vIFdoYXQgYSBtb25pdG9yaW5nIHByb2JlIHNlZXMgZHVyaW5nIHRoZSBsb2FkOiBHRVQgL2hlYWx0aCBvbmNlIGEgc2Vjb25kLlxuICAgIGhlYWx0aF9wcm9iZTogY29uc3RhbnRSYXRlKCdoZWFsdGhQcm9iZScsIDEsIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnKSwgMiksXG4gIH0sXG4gIGdhdGVzOiBbXG4gICAgLi4ubGF0ZW5jeUdhdGVzKGNvbmZpZy50YXJnZXRzLCBFTkRQT0lOVFMpLFxuICAgIC4uLmVycm9yR2F0ZXMoY29uZmlnLnRhcmdldHMsIEVORFBPSU5UUyksXG4gICAgLi4uYWJvcnRHYXRlcygpLFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyhjb25maWcudGFyZ2V0cyksXG4gICAgLi4uZ2VuZXJhdGlvbkdhdGVzKGNvbmZpZy50YXJnZXRzKSxcbiAgXSxcbn0pKTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ2xvYWQnIH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHJldHVybiBwcmVwYXJlUnVuKGNvbmZpZyk7XG59XG5cbmV4cG9ydCBjb25zdCB7IHJlZ3VsYXJVc2VycywgcG93ZXJVc2VycywgYWRtaW5Vc2VycyB9ID0gcG9wdWxhdGlvbkV4ZWNzKGNvbmZpZyk7XG5cbmNvbnN0IHByb2JlID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbmV4cG9ydCBmdW5jdGlvbiBoZWFsdGhQcm9iZSgpOiB2b2lkIHtcbiAgcHJvYmUuaGVhbHRoKCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBR0EsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBdUQ7OztBQ0Z2RCxJQUFNLFlBQVk7QUFBQSxFQUN2QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUtPLElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsWUFBWSxZQUFZO0FBQ2pDLGlCQUFlLFFBQW9CLElBQUksRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBb0IsRUFBRTtBQUM5RztBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGT0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUUvQyxJQUFNLFNBQVM7QUFBQSxFQUNwQixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLFNBQVEsZ0JBQWdCLE1BQU0sTUFBTSxLQUFLLGlCQUFpQixNQUFNO0FBQ2xFO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQUtyQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBLEVBUEY7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVMsRUFBRSxTQUFTLE1BQU0sWUFBWSxRQUFRLEdBQUcsU0FBUyxLQUFLLFNBQVMsa0JBQWtCLGFBQWEsUUFBUSxFQUFFO0FBRWpILFVBQUksQ0FBQyxVQUFXLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDMUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBQSxRQUNBLFNBQ1c7QUFDWCxVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sS0FBSyxRQUFRLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJLElBQUksY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJLE1BQU0sS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhQSxXQUFVLE1BQVMsQ0FBQztBQUU3SyxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFVBQVU7QUFDZCxRQUFJQSxVQUFTLFVBQVU7QUFFckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTO0FBQ3hDLGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBYyxPQUFPLFFBQVFBLFVBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ3hGO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVM7QUFDYixlQUFXLE9BQU8sT0FBTztBQUN2QixZQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxVQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNyRztBQUNBLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxPQUFPLFVBQVU7QUFBQSxFQUMvRjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxNQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sUUFBUSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUM5RTtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssT0FBTyxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLE1BQU0sYUFBYSxFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDdkc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsTUFBTSxVQUFVLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNwRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFDRjs7O0FHN1FPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNPTSxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFJQSxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsSUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELElBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxTQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDakM7QUFFQSxTQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixRQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxNQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHVCQUF1QixLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RILFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCLFNBQVMsR0FBRyxLQUFXLDRCQUE0QixLQUFLLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNuSjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsT0FBTyxTQUF5QjtBQUM5QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGOzs7QUNqTU8sSUFBTSxTQUFpQixZQUFZLEtBQUs7QUFHeEMsU0FBUyxjQUFjLE9BQXVCO0FBQ25ELHNCQUFvQixRQUFRLEtBQUs7QUFDakMsU0FBTztBQUNUOzs7QUNQQSxTQUFTLGFBQWE7QUFDdEIsT0FBTyxVQUFVO0FBQ2pCLE9BQU8sYUFBYTtBQUNwQixPQUFPQyxXQUFVO0FBWWpCLElBQU0sZUFBZTtBQUNyQixJQUFNLGdCQUFnQjtBQUV0QixTQUFTLE1BQU0sU0FBd0I7QUFDckMsT0FBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixRQUFNLElBQUksTUFBTSxPQUFPO0FBQ3pCO0FBRUEsU0FBUyxNQUFNLFNBQXVCO0FBQ3BDLFFBQU1DLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFFBQU0sTUFBTUMsTUFBSyxJQUFJRCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILE1BQUksSUFBSSxXQUFXLEdBQUc7QUFDcEIsVUFBTSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWEsK0NBQStDO0FBQUEsRUFDNUo7QUFDQSxNQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLFVBQU0sbUJBQW1CQSxJQUFHLGFBQWEsSUFBSSxNQUFNLDJFQUEyRTtBQUFBLEVBQ2hJO0FBQ0Y7QUFFQSxTQUFTLE1BQU0sUUFBbUJFLFNBQWdCLE1BQW9CO0FBQ3BFLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSUEsUUFBTyxNQUFNLElBQUk7QUFDN0MsUUFBTSxTQUFTLE9BQU8sTUFBTSxPQUFPLFFBQVE7QUFDM0MsTUFBSSxDQUFDLE9BQU8sTUFBTTtBQUNoQixVQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxVQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsU0FBUyxjQUFjLFNBQVMsWUFBWTtBQUFBLEVBQzVJO0FBQ0EsU0FBTyxPQUFPLEtBQUs7QUFDckI7QUFFQSxTQUFTLFlBQVksUUFBbUIsT0FBZUEsU0FBc0I7QUFDM0UsUUFBTSxPQUFhLENBQUM7QUFDcEIsUUFBTSxZQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLFVBQU0sVUFBVSxPQUFPLGFBQWEsRUFBRSxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUMsSUFBSSxPQUFPLGdCQUFnQixPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDcEksUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsY0FBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLFNBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtBQUFBLEVBQy9CO0FBQ0EsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxhQUFXLFNBQVMsTUFBTTtBQUN4QixlQUFTO0FBQ1AsWUFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsVUFBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxVQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxVQUFJLEtBQUssSUFBSSxJQUFJLFNBQVUsT0FBTSw2REFBNkRBLFFBQU8sa0JBQWtCLElBQUk7QUFDM0gsWUFBTSxHQUFHO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxlQUFlLG9CQUFvQkEsU0FBaUM7QUFDbEUsUUFBTSxRQUFRLEVBQUUsR0FBR0EsUUFBTyxNQUFNO0FBQ2hDLGFBQVcsUUFBUSxDQUFDLFdBQVcsU0FBUyxPQUFPLEdBQVk7QUFDekQsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUksRUFBRSxHQUFHLE1BQU0sSUFBSSxHQUFHLFNBQVM7QUFBQSxJQUN6RCxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsR0FBR0EsU0FBUSxNQUFNO0FBQzVCO0FBRUEsZUFBc0IsV0FBVyxXQUFtQkMsV0FBNkIsRUFBRSxNQUFNLEtBQUssR0FBcUI7QUFDakgsUUFBTSxVQUFVLE9BQU87QUFDdkIsUUFBTUQsVUFBUyxNQUFNLG9CQUFvQixTQUFTO0FBQ2xELFFBQU0sWUFBWSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQ2xFLFFBQU0sU0FBK0I7QUFBQSxJQUNuQyxTQUFTLE1BQU0sV0FBV0EsU0FBUSxTQUFTO0FBQUEsSUFDM0MsT0FBTyxNQUFNLFdBQVdBLFNBQVEsT0FBTztBQUFBLElBQ3ZDLE9BQU8sTUFBTSxXQUFXQSxTQUFRLE9BQU87QUFBQSxFQUN6QztBQUNBLFFBQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztBQUN4RixRQUFNLGtCQUFrQkMsU0FBUSxPQUFPLFlBQVksVUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9ELE9BQU0sSUFBSSxDQUFDO0FBQ25HLFNBQU8sRUFBRSxPQUFPLFFBQVEsZ0JBQWdCO0FBQzFDOzs7QUNqR0EsT0FBT0UsV0FBVTtBQUNqQixPQUFPQyxXQUFVO0FBQ2pCLFNBQVMsU0FBUyxhQUFhOzs7QUM0Qi9CLElBQUk7QUFDSixJQUFNLFVBQVUsTUFDYixhQUFhLEVBQUUsWUFBWSw0QkFBNEIsU0FBUyx1QkFBdUIsWUFBWSx1QkFBdUI7QUFHdEgsU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxJQUFJLE1BQU0sZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU0sMkRBQTJEO0FBQUEsSUFDckg7QUFBQSxFQUNGO0FBQ0EsU0FBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ2hGO0FBR08sU0FBUyxXQUFXLE1BQW1EO0FBQzVFLFFBQU0sYUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxNQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsVUFBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7QUFBQSxFQUNsRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BJLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUMsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPLEVBQUUsV0FBV0EsT0FBTSxhQUFhLE1BQU0sR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDLEVBQUc7QUFDdkg7QUFHTyxTQUFTLGVBQWUsT0FBNkI7QUFDMUQsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsUUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOzs7QURoRU8sSUFBTSxtQkFBbUIsSUFBSSxNQUFNLG9CQUFvQjtBQUV2RCxJQUFNLHdCQUF3QixJQUFJLE1BQU0sMEJBQTBCO0FBRWxFLElBQU0saUJBQWlCLElBQUksTUFBTSxrQkFBa0I7QUFFbkQsSUFBTSx1QkFBdUIsSUFBSSxRQUFRLHdCQUF3QjtBQUVqRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0saUNBQWlDO0FBUzdFLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBRWxHLElBQUksU0FBUztBQUNiLElBQUk7QUFHRyxTQUFTLGtCQUFrQixXQUFtQixXQUE4QjtBQUNqRixTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFNO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixVQUFVO0FBQUEsSUFDVixVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDOUMsaUJBQWlCO0FBQUEsSUFDakIsUUFBUTtBQUFBLElBQ1IsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7QUFBQSxFQUNuQztBQUNGO0FBRUEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsY0FBYyxZQUEwQjtBQUN0RCxRQUFNLE1BQU1DLE1BQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxNQUFnRSxJQUFJLElBQUksSUFBSTtBQUM5RyxNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6Qyx5QkFBcUIsSUFBSSxDQUFDO0FBQzFCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxzQkFBcUIsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUMzRyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLHFCQUFpQixJQUFJLE9BQU8sV0FBVztBQUN2QywwQkFBc0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNsRCxtQkFBZSxJQUFJLE9BQU8sU0FBUztBQUNuQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUFBLEVBQ3RDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWSxTQUFVLENBQUFDLE1BQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtBQUMzSDtBQUdPLFNBQVMsbUJBQW1CLFlBQTBCO0FBQzNELFFBQU0sTUFBTUQsTUFBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCLFNBQVUsb0JBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDOUg7QUFZTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CLE9BQVcsT0FBTSxLQUFLLEVBQUUsUUFBUSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDLEVBQUUsQ0FBQztBQUNsSyxNQUFJLE9BQU8sY0FBZSxPQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUN4SCxTQUFPO0FBQ1Q7OztBRXZHTyxTQUFTLFdBQVcsT0FBZUUsVUFBK0M7QUFDdkYsUUFBTSxPQUFPLENBQUMsV0FBVyxTQUFTLE9BQU87QUFDekMsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU8sUUFBUUEsU0FBUSxDQUFDLElBQUssR0FBRztBQUN4RCxRQUFNLFNBQVMsTUFBTSxJQUFJLEtBQUssS0FBSztBQUNuQyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxLQUFLLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxFQUFFO0FBQzFILFdBQVMsT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxPQUFPLEdBQUcsUUFBUSxJQUFLLFFBQU8sTUFBTSxJQUFJLENBQUMsQ0FBRTtBQUU3RyxXQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixRQUFJQSxTQUFRLEtBQUssQ0FBQyxDQUFFLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxLQUFLLFNBQVMsR0FBRztBQUMxRCxZQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUNsRCxhQUFPLE9BQU87QUFDZCxhQUFPLENBQUM7QUFBQSxJQUNWO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxTQUFTLE9BQU8sQ0FBQyxHQUFJLE9BQU8sT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsRUFBRztBQUNyRTtBQTRCTyxTQUFTLGFBQWFDLE9BQWMsS0FBYUMsU0FBdUU7QUFDN0gsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBQUQ7QUFBQSxJQUNBLFVBQVU7QUFBQSxJQUNWLFFBQVE7QUFBQSxNQUNOLEVBQUUsVUFBVSxHQUFHQyxRQUFPLE9BQU8sS0FBSyxRQUFRLElBQUk7QUFBQSxNQUM5QyxFQUFFLFVBQVUsR0FBR0EsUUFBTyxTQUFTLEtBQUssUUFBUSxJQUFJO0FBQUEsTUFDaEQsRUFBRSxVQUFVLEdBQUdBLFFBQU8sU0FBUyxLQUFLLFFBQVEsRUFBRTtBQUFBLElBQ2hEO0FBQUEsSUFDQSxrQkFBa0I7QUFBQSxJQUNsQixjQUFjO0FBQUEsRUFDaEI7QUFDRjtBQUdPLFNBQVMsVUFBVSxXQUF1RDtBQUMvRSxTQUFPLE9BQU8sVUFBVSxTQUFTLElBQUksRUFBRSxNQUFNLFdBQVcsVUFBVSxLQUFLLElBQUksRUFBRSxNQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLEVBQUUsQ0FBQyxHQUFHLFVBQVUsS0FBSztBQUM3STtBQUdPLFNBQVMsYUFBYUQsT0FBYyxXQUFtQixXQUFtQixRQUFnQixZQUFZLE1BQWdCO0FBQzNILFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQUFBO0FBQUEsSUFDQSxHQUFHLFVBQVUsU0FBUztBQUFBLElBQ3RCLFVBQVUsR0FBRyxTQUFTO0FBQUEsSUFDdEIsaUJBQWlCLEtBQUssSUFBSSxRQUFRLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ25FO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsaUJBQWlCQyxTQUFxRTtBQUNwRyxTQUFPQSxRQUFPLFVBQVVBLFFBQU8sWUFBWUEsUUFBTztBQUNwRDtBQUVPLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUN4RDNGLFNBQVMsbUJBQTRCO0FBQzFDLFNBQU8sU0FBUztBQUNsQjtBQUdPLFNBQVMsYUFBYUMsU0FBZ0IsV0FBdUQ7QUFDbEcsTUFBSSxDQUFDLGlCQUFpQixFQUFHLFFBQU87QUFDaEMsUUFBTSxRQUFRLFVBQVU7QUFHeEIsUUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxRQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixNQUFJQSxRQUFPLFlBQVk7QUFDckIsY0FBVSxZQUFZLGtCQUFrQixNQUFNLFNBQVM7QUFDdkQsVUFBTTtBQUFBLE1BQ0osR0FBRyxjQUFjO0FBQUEsUUFDZixVQUFVQSxRQUFPLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxRQUFPLFFBQVE7QUFBQSxRQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFFBQU8sUUFBUSx1QkFBdUI7QUFBQSxRQUMvRSxlQUFlQSxRQUFPO0FBQUEsTUFDeEIsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFlBQVksZUFBZSxLQUFLO0FBQUEsSUFDaEMsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQixFQUFFLENBQUM7QUFBQSxJQUM3RCxtQkFBbUI7QUFBQSxFQUNyQjtBQUNGO0FBRUEsU0FBUyxTQUFTLFVBQTZCO0FBQzdDLFFBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFDNUMsTUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxNQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWEsb0JBQXFCLFNBQVEsT0FBTyxLQUFLO0FBQzdILFNBQU87QUFDVDtBQUdPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDtBQUdPLFNBQVMsdUJBQTZCO0FBQzNDLE1BQUksT0FBVSxXQUFZLG9CQUFtQixPQUFVLFVBQVU7QUFDbkU7QUFFTyxTQUFTLFdBQWlCO0FBQy9CLHVCQUFxQjtBQUN2Qjs7O0FDaEZPLFNBQVMsVUFBVUMsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSyxRQUFRLFlBQVksQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUMsQ0FBRTtBQUN2SDtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLLEVBQUUsUUFBUSxZQUFZLEdBQUcsRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZHOzs7QUM2Qk8sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksT0FBTyxJQUFJLE1BQU0sVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVcsTUFBTSxNQUFNLE9BQU8sUUFBUSxJQUFJLEVBQUUsQ0FBQztBQUFBLElBQzFLO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQyxFQUFHLE1BQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDdkgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUcsRUFBRSxVQUFVLEVBQUUsU0FBUyxHQUFHLEtBQUssRUFBRSxPQUFPLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNuSixXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLFVBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDL0U7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVMsUUFBUyxRQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxFQUFFLFFBQVEseUJBQXlCLEdBQUc7QUFDOUYsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsY0FBYyxNQUEyQjtBQUN2RCxRQUFNLFNBQVMsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQzFELFFBQU0sTUFBTSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDM0QsTUFBSSxXQUFXLFFBQVEsUUFBUSxLQUFNLFFBQU87QUFDNUMsUUFBTSxVQUFVLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQ3hFLFFBQU0sU0FBUyxZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFDekUsU0FBTztBQUFBLElBQ0wsaUNBQWlDLFlBQVksUUFBUSxPQUFPLENBQUM7QUFBQSxJQUM3RCxXQUFXLFlBQVksS0FBSyxPQUFPLENBQUM7QUFBQSxJQUNwQyxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLE9BQU87QUFBQSxFQUM1QixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUNoSE8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1QztBQUNwRixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDM0MsUUFBTUMsYUFBWSxLQUFLLE9BQU8scUJBQXFCLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDdkUsUUFBTSxRQUFRLFVBQVUsZUFBZUQsU0FBUSxRQUFRLEVBQUU7QUFDekQsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDNUIsVUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxVQUFNLFdBQVcsVUFBVSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztBQUMxRCxVQUFNLE9BQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFFBQUksRUFBRSxHQUFJLFFBQU8sR0FBRyxJQUFJLHdCQUF3QixRQUFRO0FBQ3hELFdBQU8sR0FBRyxJQUFJO0FBQUEsMEJBQTZCLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUscUJBQXFCLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQywrQkFBK0IsUUFBUTtBQUFBO0FBQUEsRUFDaEwsQ0FBQztBQUNELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSx5Q0FBeUMsS0FBSyxNQUFNLGVBQWUsUUFBUSxzQkFBc0JDLFFBQU87QUFBQSxJQUN4RyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssTUFBTSxlQUFlLFFBQVEsa0NBQWtDQSxRQUFPO0FBQUEsSUFDbEgsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDdEJPLFNBQVMsZUFBZSxNQUFtQkMsVUFBdUM7QUFDdkYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3pDLFFBQU0sUUFBUTtBQUFBLElBQ1osb0JBQW9CLG1CQUFtQkEsU0FBUSxRQUFRLENBQUMsT0FBTyxXQUFXLElBQUksU0FBUyxLQUFLLE1BQU0sdUJBQXVCLEtBQUssTUFBTSxPQUFPLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxJQUMxSztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLFFBQVEsbUJBQW1CLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxRQUFRLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLElBQUk7QUFBQSxFQUM5STtBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssSUFBSSw0REFBNEQscUNBQXFDO0FBQ2hILGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sS0FBSyxLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQyxJQUFJO0FBQUEsSUFDck87QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksbUJBQW1CLGNBQWMsSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUMxRCxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNuQk8sSUFBTSx5QkFBeUI7QUFtQy9CLFNBQVMsYUFBYSxNQUFtQixNQUF3QjtBQUN0RSxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksU0FBUyxPQUFPLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksU0FBUyxFQUFFO0FBQzNILFFBQU0sV0FBVyxLQUFLLFNBQVMsb0JBQW9CLEtBQUssU0FBUztBQUNqRSxTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsV0FDUDtBQUFBLE1BQ0UsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLE1BQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxNQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsTUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsSUFDM0UsSUFDQTtBQUFBLEVBQ047QUFDRjs7O0FDcERBLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsYUFBYSxxQkFBcUIsb0JBQW9CLHVCQUF1Qiw0QkFBNEIsb0JBQW9CLG9CQUFvQixzQkFBc0IsbUJBQW1CLGNBQWMsc0JBQXNCLHNCQUFzQixPQUFPLFdBQVcsYUFBYSxpQkFBaUIsVUFBVSxnQkFBZ0IsQ0FBQztBQUN6VixJQUFNLFdBQVcsQ0FBQyxTQUFpQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUzSCxTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUQ7QUFDcEcsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU0sS0FBSyxFQUFFLEtBQUssZUFBZUEsU0FBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQyxFQUFFLENBQUM7QUFDeE8sUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxhQUFXLEtBQUssWUFBWTtBQUMxQixVQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsVUFBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDN0c7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFDakssZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTSxLQUFLLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxZQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzdMO0FBQUEsRUFDRjtBQUNBLFFBQU1DLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFFBQU0sV0FBVyxZQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFFBQU0sYUFBYSxZQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsUUFBTSxLQUFLLEtBQUssWUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNBLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsWUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQkEsU0FBUSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQ2hPLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNLEtBQUssYUFBYSxZQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVksWUFBWSxZQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sYUFBYSxZQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTSxZQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUMsR0FBRztBQUN2UCxRQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxPQUFPLFFBQVEsRUFBRSxLQUFLO0FBQ3JFLE1BQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLGVBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixZQUFNLElBQUksRUFBRTtBQUNaLFlBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLFlBQU1GLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBTyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVCxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCLFlBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLFlBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUlBLEtBQUksRUFBRTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLEtBQUssY0FBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ3BEQSxJQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFFeEQsU0FBUyxrQkFBa0IsTUFBOEM7QUFDOUUsU0FBTyxTQUFTRyxlQUFjLE1BQTJDO0FBQ3ZFLFVBQU0sTUFBOEIsRUFBRSxRQUFRLFlBQVksTUFBTSxFQUFFLFVBQVUsS0FBSyxVQUFVLE9BQU8sS0FBSyxPQUFPLGdCQUFnQixLQUFLLENBQUMsRUFBRTtBQUN0SSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVUsYUFBYSxNQUFNO0FBQUEsUUFDakMsVUFBVSxLQUFLO0FBQUEsUUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsUUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsUUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLE1BQ3RDLENBQUM7QUFFRCxZQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUNoRSxVQUFJLEdBQUcsR0FBRyxZQUFZLElBQUksWUFBWSxNQUFNLElBQUk7QUFDaEQsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsTUFBTSxJQUFJO0FBQUEsSUFDdEQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUNoQ0EsU0FBUyxXQUFBQyxVQUFTLE1BQU0sU0FBQUMsY0FBYTtBQUc5QixJQUFNLHNCQUFzQixJQUFJQSxPQUFNLHlCQUF5QixJQUFJO0FBRW5FLElBQU0scUJBQXFCLElBQUlBLE9BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSUEsT0FBTSxpQ0FBaUMsSUFBSTtBQUVsRixJQUFNLG1CQUFtQixJQUFJLEtBQUssbUJBQW1CO0FBRXJELElBQU0saUJBQWlCLElBQUlELFNBQVEsaUJBQWlCO0FBRXBELElBQU0sa0JBQWtCLElBQUksS0FBSyxrQkFBa0I7QUFFbkQsSUFBTSxpQkFBaUIsSUFBSUEsU0FBUSxpQkFBaUI7OztBQ1YzRCxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFbkIsSUFBTSxhQUFtRCxDQUFDO0FBRW5ELFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLFFBQU0sT0FBUSxXQUFXLElBQUksTUFBTSxFQUFFLFVBQVUsS0FBSztBQUNwRCxNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUSxNQUFNLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUMsRUFBRTtBQUFBLElBQ3RIO0FBQUEsRUFDRjtBQUNGOzs7QUNwQkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU9FLFdBQVU7OztBQ0RqQixTQUFTLFNBQUFDLGNBQWE7QUFTdEIsU0FBUyxjQUFjLE1BQWlDLElBQW1EO0FBQ3pHLE1BQUksQ0FBQyxRQUFRLENBQUMsR0FBSSxRQUFPO0FBQ3pCLFFBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQzNDLFNBQU8sT0FBTyxTQUFTLEVBQUUsS0FBSyxNQUFNLElBQUksS0FBSztBQUMvQztBQUVBLFNBQVMsZUFBZSxLQUFnQjtBQUN0QyxhQUFXLFdBQVcsSUFBSSxVQUFVO0FBQ2xDLFVBQU0sS0FBSyxRQUFRLGVBQWUsY0FBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFFBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEscUJBQW9CLElBQUksRUFBRTtBQUFBLEVBQzFGO0FBQ0EsUUFBTSxRQUFRLGNBQWMsSUFBSSxZQUFZLElBQUksV0FBVztBQUMzRCxNQUFJLFVBQVUsT0FBVyxvQkFBbUIsSUFBSSxLQUFLO0FBQ3ZEO0FBR08sU0FBUyxnQkFBZ0IsUUFBbUIsVUFBYyxlQUF1QixVQUFxQztBQUMzSCxRQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsTUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixxQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLFdBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO0FBQUEsRUFDNUM7QUFDQSxRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sV0FBVyxVQUFVLFdBQVc7QUFDdEMsTUFBSTtBQUNKLFNBQU8sS0FBSyxJQUFJLElBQUksVUFBVTtBQUM1QixJQUFBQyxPQUFNLGFBQWE7QUFDbkIsVUFBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLEtBQUssTUFBTTtBQUNqRCxRQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLFVBQU0sT0FBTztBQUNiLFFBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxXQUFXLFNBQVU7QUFBQSxFQUM3RDtBQUNBLFFBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsbUJBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLE1BQUksYUFBYSxLQUFLO0FBQ3BCLCtCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsbUJBQWUsR0FBRztBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxFQUFFLFdBQVcsSUFBSTtBQUMxQjs7O0FDakRBLFNBQVMsU0FBQUMsY0FBYTtBQUV0QixJQUFJO0FBUUcsU0FBUyxNQUFNLE9BQTJDO0FBQy9ELFFBQU1DLFdBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELE1BQUlBLFdBQVUsRUFBRyxDQUFBQyxPQUFNRCxRQUFPO0FBQzlCLGNBQVk7QUFDZDtBQVFPLFNBQVMsYUFBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFDcEcsUUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3hELE1BQUksUUFBUSxTQUFTO0FBQ3JCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLGFBQVMsRUFBRTtBQUNYLFFBQUksUUFBUSxFQUFHLFFBQU8sRUFBRTtBQUFBLEVBQzFCO0FBQ0EsU0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7QUFDbEM7QUFHTyxTQUFTLFFBQVcsT0FBb0M7QUFDN0QsU0FBTyxNQUFNLFdBQVcsSUFBSSxTQUFZLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3hGOzs7QUZsQkEsSUFBSSxVQUFxQyxDQUFDO0FBRTFDLFNBQVMsVUFBVSxLQUFjLE9BQTBCO0FBQ3pELFNBQVEsUUFBUSxLQUFLLE1BQU0sSUFBSSxVQUFVLElBQUksT0FBTyxTQUFTLElBQUksT0FBTyxhQUFhLEtBQUs7QUFDNUY7QUFPTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1FLE1BQUssR0FBRyxRQUFRLE1BQU1BLE1BQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFFQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLFNBQVMsV0FBVyxRQUFtQixJQUFpQjtBQUN0RCxRQUFNLFNBQVMsT0FBTyxVQUFVLEVBQUU7QUFDbEMsTUFBSSxDQUFDLE9BQU8sS0FBTSxRQUFPO0FBQ3pCLFFBQU0sYUFBYSxPQUFPLEtBQUssWUFBWSxDQUFDLEdBQUcsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLFdBQVc7QUFDckYsUUFBTSxVQUFVLFFBQVEsU0FBUztBQUNqQyxTQUFPLFlBQVksVUFBYSxPQUFPLFdBQVcsSUFBSSxRQUFRLEtBQUssRUFBRTtBQUN2RTtBQUlBLElBQU0sZUFBd0Q7QUFBQSxFQUM1RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsV0FBVyxPQUFPLFlBQVksRUFBRSxPQUFPLElBQUksUUFBUSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLEdBQUc7QUFBQSxFQUNoSDtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUNyQixZQUFNLEtBQUssUUFBUSxJQUFJLEtBQUssZUFBZTtBQUMzQyxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYSxFQUFFLE9BQU8sWUFBWSxXQUFXLEdBQUcsR0FBRyxPQUFPLFdBQVcsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ2pJLFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxPQUFPO0FBQ3JELE1BQUksS0FBSyxPQUFPLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxFQUFFO0FBQzNDLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsV0FBUyxPQUFPLEdBQUcsT0FBTyxHQUFHLFFBQVE7QUFDbkMsU0FBSyxhQUFhLFlBQVksRUFBRSxRQUFRLEdBQUcsS0FBSztBQUNoRCxVQUFNLElBQUksT0FBTyxVQUFVO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1QsQ0FBQztBQUdJLElBQU0sWUFBc0IsQ0FBQyxRQUNsQyxNQUFNLGNBQWMsTUFBTTtBQUN4QixRQUFNLEVBQUUsUUFBQUMsUUFBTyxJQUFJO0FBQ25CLFFBQU0sU0FBUyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sS0FBSztBQUNuRCxRQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsSUFDbEMsT0FBTyxZQUFZLFNBQVMsR0FBRztBQUFBLElBQy9CLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQLGVBQWVBLFFBQU87QUFBQSxFQUN4QixDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLGlCQUFlLElBQUksQ0FBQztBQUNwQixRQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLFFBQU1BLFFBQU8sVUFBVTtBQUN2QixNQUFJLEtBQUssT0FBTyxhQUFhLElBQUksRUFBRSxPQUFPLCtCQUErQixDQUFDLEVBQUU7QUFDNUUsUUFBTSxhQUFhLGdCQUFnQixRQUFRLElBQUlBLFFBQU8sZUFBZUEsUUFBTyxrQkFBa0I7QUFDOUYsT0FBSyxXQUFXLGFBQWE7QUFDN0IsTUFBSSxXQUFXLFdBQVc7QUFDeEIsU0FBSyxXQUFXLFFBQVEsRUFBRSxLQUFLO0FBQy9CLFVBQU1BLFFBQU8sVUFBVTtBQUN2QixTQUFLLE9BQU8sYUFBYSxJQUFJLFFBQVEsY0FBYyxLQUFLLE1BQU0sRUFBRSxNQUFNO0FBQUEsRUFDeEU7QUFDQSxRQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBTyxPQUFPLGFBQWEsRUFBRSxFQUFFLE1BQU07QUFDdkMsQ0FBQztBQUdJLElBQU0sWUFBc0IsQ0FBQyxRQUNsQyxNQUFNLGNBQWMsTUFBTTtBQUN4QixRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLEtBQUs7QUFDbkQsTUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixRQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsYUFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUMzRixTQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO0FBQUEsRUFDNUM7QUFDQSxTQUFPO0FBQ1QsQ0FBQzs7O0FHakhJLFNBQVMsb0JBQW9CQyxTQUFnQixZQUFvQkMsUUFBMEU7QUFDaEosUUFBTSxRQUFRLFdBQVcsWUFBWUQsUUFBTyxPQUFPO0FBQ25ELFNBQU87QUFBQSxJQUNMLGVBQWVDLE9BQU0sZ0JBQWdCLE1BQU0sT0FBTztBQUFBLElBQ2xELGFBQWFBLE9BQU0sY0FBYyxNQUFNLEtBQUs7QUFBQSxJQUM1QyxhQUFhQSxPQUFNLGNBQWMsTUFBTSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCRCxTQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsUUFBTUUsUUFBTyxDQUFDLE1BQWMsYUFBdUIsQ0FBQyxTQUF3QjtBQUMxRSxlQUFXO0FBQ1gsZ0JBQVksTUFBTSxVQUFVLEVBQUUsUUFBQUYsU0FBUSxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUNBLFNBQU8sRUFBRSxjQUFjRSxNQUFLLFdBQVcsV0FBVyxHQUFHLFlBQVlBLE1BQUssU0FBUyxTQUFTLEdBQUcsWUFBWUEsTUFBSyxTQUFTLFNBQVMsRUFBRTtBQUNsSTs7O0FDcEJBLElBQU0sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQUUvQixTQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDakUsTUFBSSxhQUFhLFNBQVUsUUFBTyxRQUFRO0FBQzFDLE1BQUksYUFBYSxnQkFBaUIsUUFBTyxRQUFRO0FBQ2pELFNBQU8sUUFBUTtBQUNqQjtBQUdPLFNBQVMsYUFBYSxTQUFrQixXQUF3QztBQUNyRixTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO0FBQUEsUUFDbEQsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO0FBQUEsTUFDcEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sWUFBWSxVQUFVLE9BQU8sRUFBRSxDQUFDO0FBQUEsSUFDN0YsRUFBRTtBQUFBLEVBQ0o7QUFDRjtBQUdPLFNBQVMsV0FBVyxTQUFrQixXQUF3QztBQUNuRixTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsbUJBQW1CLE1BQU0sS0FBSyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtBQUFBLElBQ3JHLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztBQUFBLE1BQzlCLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBTyxRQUFRLFVBQVUsQ0FBQztBQUFBLElBQy9FLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsYUFBYSxTQUEwQjtBQUNyRCxTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLElBQ3BGLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNGO0FBR08sU0FBUyxnQkFBZ0IsU0FBMEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLHlCQUF5QixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsRUFBRTtBQUFBLElBQ3BHLEVBQUUsUUFBUSxxQkFBcUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxFQUM5RjtBQUNGOzs7QUN6REEsSUFBTUMsVUFBUyxjQUFjLE1BQU07QUFFNUIsSUFBTSxVQUFVLGFBQWFBLFNBQVEsT0FBTztBQUFBLEVBQ2pELFdBQVcsaUJBQWlCQSxPQUFNO0FBQUEsRUFDbEMsV0FBVztBQUFBLElBQ1QsR0FBRyxvQkFBb0JBLFNBQVFBLFFBQU8saUJBQWlCLENBQUNDLE9BQU0sUUFBUSxhQUFhQSxPQUFNLEtBQUtELE9BQU0sQ0FBQztBQUFBO0FBQUEsSUFFckcsY0FBYyxhQUFhLGVBQWUsR0FBRyxpQkFBaUJBLE9BQU0sR0FBRyxDQUFDO0FBQUEsRUFDMUU7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLEdBQUcsYUFBYUEsUUFBTyxTQUFTLFNBQVM7QUFBQSxJQUN6QyxHQUFHLFdBQVdBLFFBQU8sU0FBUyxTQUFTO0FBQUEsSUFDdkMsR0FBRyxXQUFXO0FBQUEsSUFDZCxHQUFHLGFBQWFBLFFBQU8sT0FBTztBQUFBLElBQzlCLEdBQUcsZ0JBQWdCQSxRQUFPLE9BQU87QUFBQSxFQUNuQztBQUNGLEVBQUU7QUFHSyxJQUFNLGdCQUFnQixrQkFBa0IsRUFBRSxVQUFVLE9BQU8sQ0FBQztBQUU1RCxTQUFTLFFBQTBCO0FBQ3hDLFNBQU8sV0FBV0EsT0FBTTtBQUMxQjtBQUVPLElBQU0sRUFBRSxjQUFjLFlBQVksV0FBVyxJQUFJLGdCQUFnQkEsT0FBTTtBQUU5RSxJQUFNRSxTQUFRLElBQUksVUFBVUYsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDdkQsU0FBUyxjQUFvQjtBQUNsQyxFQUFBRSxPQUFNLE9BQU87QUFDZjsiLAogICJuYW1lcyI6IFsic2hhcGUiLCAiY29uZmlnIiwgImh0dHAiLCAidXJsIiwgImh0dHAiLCAiY29uZmlnIiwgIm9wdGlvbnMiLCAiZXhlYyIsICJodHRwIiwgInRleHQiLCAiaHR0cCIsICJleGVjIiwgIndlaWdodHMiLCAiZXhlYyIsICJjb25maWciLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAidGV4dCIsICJleHByZXNzaW9uIiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAidGV4dCIsICJvcHRpb25zIiwgInNlY29uZHMiLCAiaGFuZGxlU3VtbWFyeSIsICJDb3VudGVyIiwgIlRyZW5kIiwgImV4ZWMiLCAic2xlZXAiLCAic2xlZXAiLCAic2xlZXAiLCAic2Vjb25kcyIsICJzbGVlcCIsICJleGVjIiwgImNvbmZpZyIsICJjb25maWciLCAic2hhcGUiLCAiZXhlYyIsICJjb25maWciLCAiZXhlYyIsICJwcm9iZSJdCn0K
