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
  const exec3 = (name, workflow) => (data) => {
    beforeEach();
    runWorkflow(name, workflow, { config: config3, data });
  };
  return { regularUsers: exec3("regular", regularUser), powerUsers: exec3("power", powerUser), adminUsers: exec3("admin", adminUser) };
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
    ...populationScenarios(config2, config2.concurrentUsers, (exec3, vus) => rampingUsers(exec3, vus, config2)),
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2h0dHAvYXBpLnRzIiwgIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsICIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCAiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvcmVwb3J0L2VzY2FwZS50cyIsICIuLi9saWIvcmVwb3J0L3N1bW1hcnktZGF0YS50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsICIuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzIiwgIi4uL2xpYi9tZXRyaWNzL21ldHJpY3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCAiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgIi4uL3NjZW5hcmlvcy9sb2FkLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUeXBlZCBjbGllbnQgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJIGNvbnRyYWN0IChwYXRocyBhbmQgdGFncyBjb21lIGZyb20gcm91dGVzLnRzKS4gRXZlcnkgcmVxdWVzdFxuLy8gY2FycmllcyBhIHN0YWJsZSBgZW5kcG9pbnRgIHRhZyAobmV2ZXIgdGhlIFVSTCB3aXRoIGlkcyBpbiBpdCksIHRoZSBgYXBpYCBzY29wZSBhbmQgYSB0ZW1wbGF0ZWRcbi8vIGBuYW1lYCwgc28gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydHMga2VlcCBhIHNtYWxsLCBmaXhlZCBzZXQgb2Ygc2VyaWVzLlxuaW1wb3J0IHsgY2hlY2sgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB0eXBlIHsgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBwYXRocywgcmVxdWVzdFRhZ3MsIHR5cGUgSWQgfSBmcm9tICcuL3JvdXRlcy50cyc7XG5cbmV4cG9ydCB0eXBlIHsgSWQgfTtcbmV4cG9ydCB0eXBlIFJvbGUgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcbmV4cG9ydCB0eXBlIExldmVsID0gJ2JlZ2lubmVyJyB8ICdpbnRlcm1lZGlhdGUnIHwgJ2FkdmFuY2VkJztcbmV4cG9ydCB0eXBlIEpvYlN0YXR1cyA9ICdxdWV1ZWQnIHwgJ3J1bm5pbmcnIHwgJ2NvbXBsZXRlZCcgfCAnZmFpbGVkJztcbmV4cG9ydCB0eXBlIEV4cG9ydEZvcm1hdCA9ICdqc29uJyB8ICdtYXJrZG93bicgfCAnaHRtbCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlclN1bW1hcnkgeyBpbmRleDogbnVtYmVyOyB0aXRsZTogc3RyaW5nOyBzdGF0dXM6IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZSB7XG4gIGlkOiBJZDtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGNoYXB0ZXJzPzogQ2hhcHRlclN1bW1hcnlbXTtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlTGlzdCB7IGl0ZW1zOiBDb3Vyc2VbXTsgdG90YWw6IG51bWJlcjsgbGltaXQ6IG51bWJlcjsgb2Zmc2V0OiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBOZXdDb3Vyc2UgeyB0aXRsZTogc3RyaW5nOyB0b3BpYzogc3RyaW5nOyBsZXZlbDogTGV2ZWw7IGNoYXB0ZXJfY291bnQ6IG51bWJlcjsgbGFuZ3VhZ2U/OiBzdHJpbmcgfVxuZXhwb3J0IGludGVyZmFjZSBKb2JDaGFwdGVyIHsgaW5kZXg6IG51bWJlcjsgc3RhdHVzOiBzdHJpbmc7IHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7IGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsOyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbCB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYiB7XG4gIGpvYl9pZDogSWQ7XG4gIGNvdXJzZV9pZDogSWQ7XG4gIHN0YXR1czogSm9iU3RhdHVzO1xuICBjaGFwdGVyc190b3RhbDogbnVtYmVyO1xuICBjaGFwdGVyc19jb21wbGV0ZWQ6IG51bWJlcjtcbiAgY2hhcHRlcnM6IEpvYkNoYXB0ZXJbXTtcbiAgY3JlYXRlZF9hdDogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZXJyb3I/OiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyB0aXRsZTogc3RyaW5nOyBjb250ZW50OiBzdHJpbmc7IHdvcmRfY291bnQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIExvZ2luIHsgYWNjZXNzX3Rva2VuOiBzdHJpbmc7IHRva2VuX3R5cGU6IHN0cmluZzsgcm9sZTogUm9sZTsgZXhwaXJlc19pbjogbnVtYmVyIH1cblxuLyoqXG4gKiBXaGF0IGV2ZXJ5IGNhbGwgcmV0dXJuczogd2hldGhlciBpdHMgY2hlY2tzIHBhc3NlZCwgdGhlIHN0YXR1cywgYW5kIHRoZSBib2R5IHdoZW4gaXQgaGFkIHRoZVxuICogcmlnaHQgc2hhcGUuIFRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkOiBtb3N0IGNhbGxlcnMgb25seSBuZWVkIGBva2AsIGFuZCBrNidzIEpTT04ucGFyc2VcbiAqIGJ1aWxkcyBldmVyeSBvYmplY3Qgb2YgYSBsaXN0IGluIEpTIOKAlCBhIHF1YXJ0ZXIgb2YgazYncyBDUFUgaW4gdGhlIHJlZ3VsYXItdXNlciB3b3JrZmxvdyBiZWZvcmVcbiAqIHRoaXMgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0PFQ+IHtcbiAgb2s6IGJvb2xlYW47XG4gIHN0YXR1czogbnVtYmVyO1xuICByZWFkb25seSBib2R5OiBUIHwgdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGZpZWxkIG9mIGEgSlNPTiBib2R5IGJ5IGEgazYgc2VsZWN0b3IgKGBpdGVtcy4jYCwgYGlkYCk6IHJlYWQgaW4gR28sIG5vIEpTIG9iamVjdCBidWlsdCBmb3IgdGhlIHJlc3QuICovXG5leHBvcnQgdHlwZSBGaWVsZCA9IChwYXRoOiBzdHJpbmcpID0+IHVua25vd247XG4vKiogQSBib2R5LXNoYXBlIHRlc3Qgb3ZlciBzZWxlY3RlZCBmaWVsZHM7IFQgaXMgdGhlIGJvZHkgdHlwZSBpdCB2b3VjaGVzIGZvci4gKi9cbmV4cG9ydCB0eXBlIFNoYXBlPFQ+ID0gKChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pICYgeyByZWFkb25seSB2b3VjaGVzRm9yPzogVCB9O1xuY29uc3Qgc2hhcGUgPSA8VD4odGVzdDogKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbik6IFNoYXBlPFQ+ID0+IHRlc3Q7XG5cbmNvbnN0IGlzSWQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2ID09PSAnbnVtYmVyJztcbmNvbnN0IGlzQ291bnQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdudW1iZXInOyAvLyBgPGFycmF5Pi4jYCBpcyBhIG51bWJlciBvbmx5IGZvciBhbiBhcnJheVxuXG5leHBvcnQgY29uc3Qgc2hhcGVzID0ge1xuICBoZWFsdGg6IHNoYXBlPHsgc3RhdHVzOiBzdHJpbmcgfT4oKGZpZWxkKSA9PiBmaWVsZCgnc3RhdHVzJykgPT09ICdvaycpLFxuICBsb2dpbjogc2hhcGU8TG9naW4+KChmaWVsZCkgPT4ge1xuICAgIGNvbnN0IHRva2VuID0gZmllbGQoJ2FjY2Vzc190b2tlbicpO1xuICAgIHJldHVybiB0eXBlb2YgdG9rZW4gPT09ICdzdHJpbmcnICYmIHRva2VuICE9PSAnJztcbiAgfSksXG4gIGNvdXJzZUxpc3Q6IHNoYXBlPENvdXJzZUxpc3Q+KChmaWVsZCkgPT4gaXNDb3VudChmaWVsZCgnaXRlbXMuIycpKSAmJiB0eXBlb2YgZmllbGQoJ3RvdGFsJykgPT09ICdudW1iZXInKSxcbiAgY291cnNlOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgdHlwZW9mIGZpZWxkKCd0aXRsZScpID09PSAnc3RyaW5nJyksXG4gIGNvdXJzZVdpdGhDaGFwdGVyczogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIGlzQ291bnQoZmllbGQoJ2NoYXB0ZXJzLiMnKSkpLFxuICBqb2JBY2NlcHRlZDogc2hhcGU8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2pvYl9pZCcpKSksXG4gIGpvYjogc2hhcGU8Sm9iPigoZmllbGQpID0+IHR5cGVvZiBmaWVsZCgnc3RhdHVzJykgPT09ICdzdHJpbmcnICYmIGlzQ291bnQoZmllbGQoJ2NoYXB0ZXJzLiMnKSkpLFxuICBjaGFwdGVyOiBzaGFwZTxDaGFwdGVyPigoZmllbGQpID0+IHR5cGVvZiBmaWVsZCgnY29udGVudCcpID09PSAnc3RyaW5nJyksXG4gIGFueU9iamVjdDogc2hhcGU8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+KChmaWVsZCkgPT4ge1xuICAgIGNvbnN0IHdob2xlID0gZmllbGQoJ0B0aGlzJyk7IC8vIGdqc29uJ3MgbW9kaWZpZXIgZm9yIHRoZSB3aG9sZSBkb2N1bWVudFxuICAgIHJldHVybiB0eXBlb2Ygd2hvbGUgPT09ICdvYmplY3QnICYmIHdob2xlICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHdob2xlKTtcbiAgfSksXG59O1xuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8qKlxuICogV2hldGhlciB0aGUgYW5zd2VyIGNsYWltcyB0byBiZSBKU09OIGF0IGFsbCAoYW4gSFRNTCBlcnJvciBwYWdlIGlzIGEgZmFpbGVkIGNoZWNrLCBub3QgYW5cbiAqIGV4Y2VwdGlvbikuIFRoZSBib2R5IGl0c2VsZiBpcyBub3QgcmVhZCBoZXJlOiBhbiBlbXB0eSBvciB1bnBhcnNhYmxlIG9uZSByZWFkcyBhcyBoYXZpbmcgbm9cbiAqIGZpZWxkcywgd2hpY2ggZmFpbHMgdGhlIHNoYXBlLCBhbmQgcmVhZGluZyBpdCB3b3VsZCBjb3B5IGV2ZXJ5IGJvZHkgaW50byBKYXZhU2NyaXB0LlxuICovXG5mdW5jdGlvbiBpc0pzb24ocmVzOiBSZXNwb25zZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gU3RyaW5nKHJlcy5oZWFkZXJzWydDb250ZW50LVR5cGUnXSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKTtcbn1cblxuLyoqIFRoZSByZXNwb25zZSB0aGUgc2hhcGUgY2hlY2sgaXMgcmVhZGluZzogb25lIGZpZWxkIHJlYWRlciBwZXIgVlUsIG5vdCBhIGNsb3N1cmUgcGVyIHJlcXVlc3QuICovXG5sZXQgcmVhZGluZzogUmVzcG9uc2UgfCB1bmRlZmluZWQ7XG4vKiogRmllbGQgcmVhZGVyIG92ZXIgazYncyBzZWxlY3RvcjsgYSBib2R5IHRoYXQgaXMgbm90IHZhbGlkIEpTT04gcmVhZHMgYXMgaGF2aW5nIG5vIGZpZWxkcy4gKi9cbmNvbnN0IHJlYWRGaWVsZDogRmllbGQgPSAocGF0aCkgPT4ge1xuICB0cnkge1xuICAgIHJldHVybiByZWFkaW5nIS5qc29uKHBhdGgpID8/IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufTtcblxuLyoqIEEgY2FsbCdzIFJlc3VsdDsgdGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQgKGEgcHJvdG90eXBlIGdldHRlcjogbm8gY2xvc3VyZXMgcGVyIHJlcXVlc3QpLiAqL1xuY2xhc3MgTGF6eVJlc3VsdDxUPiBpbXBsZW1lbnRzIFJlc3VsdDxUPiB7XG4gIHByaXZhdGUgcGFyc2VkID0gZmFsc2U7XG4gIHByaXZhdGUgdmFsdWU6IFQgfCB1bmRlZmluZWQ7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IG9rOiBib29sZWFuLFxuICAgIHJlYWRvbmx5IHN0YXR1czogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcmVzOiBSZXNwb25zZSB8IHVuZGVmaW5lZCxcbiAgKSB7fVxuXG4gIGdldCBib2R5KCk6IFQgfCB1bmRlZmluZWQge1xuICAgIGlmICh0aGlzLnJlcyAmJiAhdGhpcy5wYXJzZWQpIHtcbiAgICAgIHRoaXMudmFsdWUgPSBwYXJzZUpzb24odGhpcy5yZXMuYm9keSkgYXMgVDtcbiAgICAgIHRoaXMucGFyc2VkID0gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMudmFsdWU7XG4gIH1cbn1cblxuLyoqIFRoZSB3aG9sZSBib2R5IGFzIEpTT04sIG9yIHVuZGVmaW5lZCB3aGVuIGl0IGRvZXMgbm90IHBhcnNlLiAqL1xuZnVuY3Rpb24gcGFyc2VKc29uKGJvZHk6IHVua25vd24pOiB1bmtub3duIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShib2R5IGFzIHN0cmluZyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gQ2FjaGVzIG9uIHRoaXMgcGF0aCBhcmUgcGxhaW4gb2JqZWN0cywgbm90IE1hcDogZXZlcnkgVlUgaGFzIGl0cyBvd24gSmF2YVNjcmlwdCBydW50aW1lLCBhbmQgdGhlXG4vLyBmaXJzdCBNYXAgYSBydW50aW1lIHVzZXMgYnVpbGRzIE1hcCdzIGNvbnN0cnVjdG9yIGFuZCBwcm90b3R5cGUgaW4gaXQgKH4xMCBLQiBwZXIgVlUsIGJlbmNoLykuXG4vLyBPbmUgY2FsbGJhY2sgcGVyIHN0YXR1cywgbWFkZSBvbmNlOiBodHRwLmV4cGVjdGVkU3RhdHVzZXMoKSBhbGxvY2F0ZXMsIGFuZCB0aGlzIGlzIGV2ZXJ5IHJlcXVlc3QncyBwYXRoLlxuY29uc3Qgc3RhdHVzQ2FsbGJhY2tzOiBSZWNvcmQ8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PiA9IHt9O1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIHJldHVybiAoc3RhdHVzQ2FsbGJhY2tzW3N0YXR1c10gPz89IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcyhzdGF0dXMpKTtcbn1cblxuLyoqIFNlZXMgZXZlcnkgQVBJIHJlcXVlc3QncyBkdXJhdGlvbiBhbmQgb3V0Y29tZTogaG93IHNjZW5hcmlvcyBtZWFzdXJlIGxhdGVuY3kgcGVyIHBoYXNlLiAqL1xuZXhwb3J0IHR5cGUgUmVxdWVzdE9ic2VydmVyID0gKGVuZHBvaW50OiBFbmRwb2ludCwgZHVyYXRpb25NczogbnVtYmVyLCBvazogYm9vbGVhbikgPT4gdm9pZDtcbmxldCBvYnNlcnZlcjogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkO1xuZXhwb3J0IGZ1bmN0aW9uIG9ic2VydmVSZXF1ZXN0cyhuZXh0OiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgb2JzZXJ2ZXIgPSBuZXh0O1xufVxuXG4vKiogV2hhdCBhIHJlcXVlc3QncyBjaGVja3MgbG9vayBhdDsgb25lIG9iamVjdCBwZXIgVlUsIHJldXNlZCwgc28gYSByZXF1ZXN0IGFsbG9jYXRlcyBubyBjaGVjayBjbG9zdXJlcy4gKi9cbmludGVyZmFjZSBPdXRjb21lIHtcbiAgc3RhdHVzT2s6IGJvb2xlYW47XG4gIHNoYXBlT2s6IGJvb2xlYW47XG59XG5jb25zdCBvdXRjb21lOiBPdXRjb21lID0geyBzdGF0dXNPazogZmFsc2UsIHNoYXBlT2s6IGZhbHNlIH07XG5cbnR5cGUgQ2hlY2tzID0gUmVjb3JkPHN0cmluZywgKG86IE91dGNvbWUpID0+IGJvb2xlYW4+O1xuLy8gS2V5ZWQgYnkgZW5kcG9pbnQgYWxvbmU6IGVhY2ggQXBpQ2xpZW50IG1ldGhvZCBmaXhlcyBpdHMgZW5kcG9pbnQncyBleHBlY3RlZCBzdGF0dXMsIHNoYXBlIGFuZCBwYXlsb2FkLlxuY29uc3QgY2hlY2tTZXRzOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgeyBjaGVja3M6IENoZWNrczsgdGFnczogeyBlbmRwb2ludDogRW5kcG9pbnQgfSB9Pj4gPSB7fTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0c1tlbmRwb2ludF07XG4gIGlmICghc2V0KSB7XG4gICAgY29uc3QgY2hlY2tzOiBDaGVja3MgPSB7IFtgJHtlbmRwb2ludH06IHN0YXR1cyBpcyAke2V4cGVjdGVkfWBdOiAobykgPT4gby5zdGF0dXNPayB9O1xuICAgIGlmICh3aXRoU2hhcGUpIGNoZWNrc1tgJHtlbmRwb2ludH06IGJvZHkgaGFzIHRoZSBleHBlY3RlZCBzaGFwZWBdID0gKG8pID0+ICFvLnN0YXR1c09rIHx8IG8uc2hhcGVPaztcbiAgICBzZXQgPSB7IGNoZWNrcywgdGFnczogeyBlbmRwb2ludCB9IH07XG4gICAgY2hlY2tTZXRzW2VuZHBvaW50XSA9IHNldDtcbiAgfVxuICByZXR1cm4gc2V0O1xufVxuXG50eXBlIFBhcmFtcyA9IE5vbk51bGxhYmxlPFBhcmFtZXRlcnM8dHlwZW9mIGh0dHAucmVxdWVzdD5bM10+O1xuXG5leHBvcnQgY2xhc3MgQXBpQ2xpZW50IHtcbiAgcHJpdmF0ZSByZWFkb25seSB0aW1lb3V0OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0IHBhcmFtcyBwZXIgZW5kcG9pbnQgKGhlYWRlcnMsIHRhZ3MsIHRpbWVvdXQsIGV4cGVjdGVkIHN0YXR1cyksIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcmFtczogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFBhcmFtcz4+ID0ge307XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBiYXNlVXJsOiBzdHJpbmcsXG4gICAgdGltZW91dFM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLnRpbWVvdXQgPSBgJHt0aW1lb3V0U31zYDtcbiAgfVxuXG4gIC8qKiBBIGNsaWVudCBmb3IgdGhlIHNhbWUgcGxhdGZvcm0gYWN0aW5nIGFzIGFub3RoZXIgdXNlci4gKi9cbiAgYXModG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gICAgcmV0dXJuIG5ldyBBcGlDbGllbnQodGhpcy5iYXNlVXJsLCBOdW1iZXIodGhpcy50aW1lb3V0LnNsaWNlKDAsIC0xKSksIHRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyYW1zRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFBheWxvYWQ6IGJvb2xlYW4sIHJlYWRzQm9keTogYm9vbGVhbik6IFBhcmFtcyB7XG4gICAgbGV0IHBhcmFtcyA9IHRoaXMucGFyYW1zW2VuZHBvaW50XTtcbiAgICBpZiAoIXBhcmFtcykge1xuICAgICAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgICAgIGlmICh3aXRoUGF5bG9hZCkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gICAgICBpZiAodGhpcy50b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3RoaXMudG9rZW59YDtcbiAgICAgIHBhcmFtcyA9IHsgaGVhZGVycywgdGFnczogcmVxdWVzdFRhZ3MoZW5kcG9pbnQpLCB0aW1lb3V0OiB0aGlzLnRpbWVvdXQsIHJlc3BvbnNlQ2FsbGJhY2s6IGV4cGVjdFN0YXR1cyhleHBlY3RlZCkgfTtcbiAgICAgIC8vIEEgYm9keSBub2JvZHkgY2hlY2tzIG9yIHJlYWRzIChERUxFVEUncyAyMDQsIGFuIGV4cG9ydCBkb2N1bWVudCkgaXMgbm90IGNvcGllZCBpbnRvIEphdmFTY3JpcHQuXG4gICAgICBpZiAoIXJlYWRzQm9keSkgcGFyYW1zLnJlc3BvbnNlVHlwZSA9ICdub25lJztcbiAgICAgIHRoaXMucGFyYW1zW2VuZHBvaW50XSA9IHBhcmFtcztcbiAgICB9XG4gICAgcmV0dXJuIHBhcmFtcztcbiAgfVxuXG4gIHByaXZhdGUgY2FsbDxUPihcbiAgICBlbmRwb2ludDogRW5kcG9pbnQsXG4gICAgbWV0aG9kOiBzdHJpbmcsXG4gICAgcGF0aDogc3RyaW5nLFxuICAgIGV4cGVjdGVkOiBudW1iZXIsXG4gICAgc2hhcGU6IFNoYXBlPFQ+IHwgdW5kZWZpbmVkLFxuICAgIHBheWxvYWQ/OiB1bmtub3duLFxuICApOiBSZXN1bHQ8VD4ge1xuICAgIGNvbnN0IHdpdGhQYXlsb2FkID0gcGF5bG9hZCAhPT0gdW5kZWZpbmVkO1xuICAgIGNvbnN0IHJlcyA9IGh0dHAucmVxdWVzdChtZXRob2QsIGAke3RoaXMuYmFzZVVybH0ke3BhdGh9YCwgd2l0aFBheWxvYWQgPyBKU09OLnN0cmluZ2lmeShwYXlsb2FkKSA6IG51bGwsIHRoaXMucGFyYW1zRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgd2l0aFBheWxvYWQsIHNoYXBlICE9PSB1bmRlZmluZWQpKTtcbiAgICAvLyBFYWNoIHByb3BlcnR5IHJlYWQgb2YgYSBrNiByZXNwb25zZSBjcm9zc2VzIGludG8gR28gYW5kIGJ1aWxkcyBhIEpTIHZhbHVlOiByZWFkIGVhY2ggb25jZS5cbiAgICBjb25zdCBzdGF0dXMgPSByZXMuc3RhdHVzO1xuICAgIGNvbnN0IHN0YXR1c09rID0gc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBsZXQgc2hhcGVPayA9IHRydWU7XG4gICAgaWYgKHNoYXBlICYmIHN0YXR1c09rKSB7XG4gICAgICAvLyAoYSB3cm9uZyBzdGF0dXMgYWxyZWFkeSBmYWlscyB0aGUgY2FsbDsgaXRzIGJvZHkncyBzaGFwZSB3b3VsZCBjaGFuZ2Ugbm8gY2hlY2sncyBvdXRjb21lKVxuICAgICAgcmVhZGluZyA9IHJlcztcbiAgICAgIHNoYXBlT2sgPSBpc0pzb24ocmVzKSAmJiBzaGFwZShyZWFkRmllbGQpO1xuICAgICAgcmVhZGluZyA9IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgb3V0Y29tZS5zdGF0dXNPayA9IHN0YXR1c09rO1xuICAgIG91dGNvbWUuc2hhcGVPayA9IHNoYXBlT2s7XG4gICAgY29uc3QgeyBjaGVja3MsIHRhZ3MgfSA9IGNoZWNrc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHNoYXBlICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IG9rID0gY2hlY2sob3V0Y29tZSwgY2hlY2tzLCB0YWdzKTtcbiAgICBjb25zdCBhbGxPayA9IG9rICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgb2JzZXJ2ZXI/LihlbmRwb2ludCwgcmVzLnRpbWluZ3MuZHVyYXRpb24sIGFsbE9rKTtcbiAgICByZXR1cm4gbmV3IExhenlSZXN1bHQ8VD4oYWxsT2ssIHN0YXR1cywgc2hhcGUgJiYgc3RhdHVzT2sgJiYgc2hhcGVPayA/IHJlcyA6IHVuZGVmaW5lZCk7XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIC8vIEEgbG9vcCByYXRoZXIgdGhhbiBlbnRyaWVzL2ZpbHRlci9tYXAvam9pbjogdGhpcyBpcyB0aGUgbW9zdCBmcmVxdWVudCByZXF1ZXN0LCBhbmQgZWFjaCBvZlxuICAgIC8vIHRob3NlIGlzIGEgcGVyLXJlcXVlc3QgYXJyYXkgYW5kIGEgYnVpbHQtaW4gZXZlcnkgVlUncyBydW50aW1lIHdvdWxkIGJ1aWxkLlxuICAgIGxldCBzZWFyY2ggPSAnJztcbiAgICBmb3IgKGNvbnN0IGtleSBpbiBxdWVyeSkge1xuICAgICAgY29uc3QgdmFsdWUgPSBxdWVyeVtrZXkgYXMga2V5b2YgdHlwZW9mIHF1ZXJ5XTtcbiAgICAgIGlmICh2YWx1ZSAhPT0gdW5kZWZpbmVkKSBzZWFyY2ggKz0gYCR7c2VhcmNoID8gJyYnIDogJz8nfSR7a2V5fT0ke2VuY29kZVVSSUNvbXBvbmVudChTdHJpbmcodmFsdWUpKX1gO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VzX2xpc3QnLCAnR0VUJywgYCR7cGF0aHMuY291cnNlcygpfSR7c2VhcmNofWAsIDIwMCwgc2hhcGVzLmNvdXJzZUxpc3QpO1xuICB9XG5cbiAgY3JlYXRlQ291cnNlKGNvdXJzZTogTmV3Q291cnNlKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9jcmVhdGUnLCAnUE9TVCcsIHBhdGhzLmNvdXJzZXMoKSwgMjAxLCBzaGFwZXMuY291cnNlLCBjb3Vyc2UpO1xuICB9XG5cbiAgZ2V0Q291cnNlKGlkOiBJZCk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2V0JywgJ0dFVCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZVdpdGhDaGFwdGVycyk7XG4gIH1cblxuICB1cGRhdGVDb3Vyc2UoaWQ6IElkLCBjaGFuZ2VzOiBQYXJ0aWFsPE5ld0NvdXJzZT4pOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX3VwZGF0ZScsICdQQVRDSCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZSwgY2hhbmdlcyk7XG4gIH1cblxuICBkZWxldGVDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9kZWxldGUnLCAnREVMRVRFJywgcGF0aHMuY291cnNlKGlkKSwgMjA0LCB1bmRlZmluZWQpO1xuICB9XG5cbiAgZ2VuZXJhdGUoaWQ6IElkKTogUmVzdWx0PHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZW5lcmF0ZScsICdQT1NUJywgcGF0aHMuZ2VuZXJhdGUoaWQpLCAyMDIsIHNoYXBlcy5qb2JBY2NlcHRlZCwge30pO1xuICB9XG5cbiAgZ2V0Sm9iKGpvYklkOiBJZCk6IFJlc3VsdDxKb2I+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdqb2JfZ2V0JywgJ0dFVCcsIHBhdGhzLmpvYihqb2JJZCksIDIwMCwgc2hhcGVzLmpvYik7XG4gIH1cblxuICBnZXRDaGFwdGVyKGlkOiBJZCwgaW5kZXg6IG51bWJlcik6IFJlc3VsdDxDaGFwdGVyPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY2hhcHRlcl9nZXQnLCAnR0VUJywgcGF0aHMuY2hhcHRlcihpZCwgaW5kZXgpLCAyMDAsIHNoYXBlcy5jaGFwdGVyKTtcbiAgfVxuXG4gIGV4cG9ydENvdXJzZShpZDogSWQsIGZvcm1hdDogRXhwb3J0Rm9ybWF0KTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9leHBvcnQnLCAnR0VUJywgYCR7cGF0aHMuZXhwb3J0Q291cnNlKGlkKX0/Zm9ybWF0PSR7Zm9ybWF0fWAsIDIwMCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGFkbWluU3RhdHMoKTogUmVzdWx0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fc3RhdHMnLCAnR0VUJywgcGF0aHMuYWRtaW5TdGF0cygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Kb2JzKGxpbWl0ID0gMjApOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX2pvYnMnLCAnR0VUJywgYCR7cGF0aHMuYWRtaW5Kb2JzKCl9P2xpbWl0PSR7bGltaXR9YCwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluVXNlcnMoKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl91c2VycycsICdHRVQnLCBwYXRocy5hZG1pblVzZXJzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgYnkgc3RhYmxlIG5hbWU6IHRoZSBgZW5kcG9pbnRgIHRhZyBvbiBldmVyeSByZXF1ZXN0LCB0aGUga2V5IG9mXG4vLyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0IHJvd3MsIGFuZCB0aGUgcm91dGUgbmFtZXMgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX0ZBVUxUUyB1c2UuXG5leHBvcnQgY29uc3QgRU5EUE9JTlRTID0gW1xuICAnaGVhbHRoJyxcbiAgJ2xvZ2luJyxcbiAgJ2NvdXJzZXNfbGlzdCcsXG4gICdjb3Vyc2VfY3JlYXRlJyxcbiAgJ2NvdXJzZV9nZXQnLFxuICAnY291cnNlX3VwZGF0ZScsXG4gICdjb3Vyc2VfZGVsZXRlJyxcbiAgJ2NvdXJzZV9nZW5lcmF0ZScsXG4gICdqb2JfZ2V0JyxcbiAgJ2NoYXB0ZXJfZ2V0JyxcbiAgJ2NvdXJzZV9leHBvcnQnLFxuICAnYWRtaW5fc3RhdHMnLFxuICAnYWRtaW5fam9icycsXG4gICdhZG1pbl91c2VycycsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSBFbmRwb2ludCA9ICh0eXBlb2YgRU5EUE9JTlRTKVtudW1iZXJdO1xuXG4vKiogVGFnIHZhbHVlIHRoYXQgc2VwYXJhdGVzIHRoZSBwbGF0Zm9ybSdzIEFQSSB0cmFmZmljIGZyb20gdGhlIHN1aXRlJ3Mgb3duIGNhbGxzIChlLmcuIHRoZSBzaWRlY2FyKS4gKi9cbmV4cG9ydCBjb25zdCBBUElfU0NPUEUgPSAnYXBpJztcbiIsICIvLyBQYXRocyBhbmQgcmVxdWVzdCB0YWdzIG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSwgaW4gb25lIHBsYWNlLiBQdXJlIChubyBrNiBpbXBvcnRzKSwgc28gdGhlXG4vLyBtYXBwaW5nIGZyb20gZW5kcG9pbnQgdG8gcGF0aCBhbmQgdGFncyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuXG5leHBvcnQgdHlwZSBJZCA9IHN0cmluZyB8IG51bWJlcjtcblxuY29uc3Qgc2VnID0gKGlkOiBJZCk6IHN0cmluZyA9PiBlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKGlkKSk7XG5cbmV4cG9ydCBjb25zdCBwYXRocyA9IHtcbiAgaGVhbHRoOiAoKSA9PiAnL2hlYWx0aCcsXG4gIGxvZ2luOiAoKSA9PiAnL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlczogKCkgPT4gJy9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9YCxcbiAgZ2VuZXJhdGU6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9nZW5lcmF0ZWAsXG4gIGpvYjogKGlkOiBJZCkgPT4gYC9hcGkvdjEvam9icy8ke3NlZyhpZCl9YCxcbiAgY2hhcHRlcjogKGlkOiBJZCwgaW5kZXg6IG51bWJlcikgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2NoYXB0ZXJzLyR7aW5kZXh9YCxcbiAgZXhwb3J0Q291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZXhwb3J0YCxcbiAgYWRtaW5TdGF0czogKCkgPT4gJy9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbkpvYnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pblVzZXJzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi91c2VycycsXG59IGFzIGNvbnN0O1xuXG4vKiogVGhlIGBuYW1lYCB0YWc6IHRoZSBwYXRoIHRlbXBsYXRlLCBzbyBVUkxzIHdpdGggaWRzIGNvbGxhcHNlIGludG8gb25lIHNlcmllcyBwZXIgcm91dGUuICovXG5jb25zdCByb3V0ZU5hbWVzOiBSZWNvcmQ8RW5kcG9pbnQsIHN0cmluZz4gPSB7XG4gIGhlYWx0aDogJ0dFVCAvaGVhbHRoJyxcbiAgbG9naW46ICdQT1NUIC9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXNfbGlzdDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfY3JlYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX3VwZGF0ZTogJ1BBVENIIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2RlbGV0ZTogJ0RFTEVURSAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9nZW5lcmF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZ2VuZXJhdGUnLFxuICBqb2JfZ2V0OiAnR0VUIC9hcGkvdjEvam9icy97am9iX2lkfScsXG4gIGNoYXB0ZXJfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2NoYXB0ZXJzL3tpbmRleH0nLFxuICBjb3Vyc2VfZXhwb3J0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2V4cG9ydCcsXG4gIGFkbWluX3N0YXRzOiAnR0VUIC9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbl9qb2JzOiAnR0VUIC9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluX3VzZXJzOiAnR0VUIC9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufTtcblxuLy8gZm9yLWluLCBub3QgT2JqZWN0LmVudHJpZXMvZnJlZXplOiB0aGlzIHJ1bnMgaW4gZXZlcnkgVlUncyBydW50aW1lLCBhbmQgZWFjaCBidWlsdC1pbiBpdFxuLy8gdG91Y2hlcyBpcyBidWlsdCB0aGVyZSAoUmVhZG9ubHkga2VlcHMgdGhlIHRhZ3MgdW5jaGFuZ2VkIGF0IGNvbXBpbGUgdGltZSkuXG5jb25zdCB0YWdzQnlFbmRwb2ludDogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+Pj4gPSB7fTtcbmZvciAoY29uc3QgZW5kcG9pbnQgaW4gcm91dGVOYW1lcykge1xuICB0YWdzQnlFbmRwb2ludFtlbmRwb2ludCBhcyBFbmRwb2ludF0gPSB7IGVuZHBvaW50LCBzY29wZTogQVBJX1NDT1BFLCBuYW1lOiByb3V0ZU5hbWVzW2VuZHBvaW50IGFzIEVuZHBvaW50XSB9O1xufVxuXG4vKiogVGhlIHRhZ3Mgb2YgZXZlcnkgcmVxdWVzdCB0byBgZW5kcG9pbnRgOiBtYWRlIG9uY2UsIG5vdCBwZXIgcmVxdWVzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXF1ZXN0VGFncyhlbmRwb2ludDogRW5kcG9pbnQpOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIHJldHVybiB0YWdzQnlFbmRwb2ludFtlbmRwb2ludF0hO1xufVxuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAobXMpLiAqL1xuICBjaGFwdGVyUDk1TXM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIGNoZWNrcyBhbmQgd29ya2Zsb3dzIHRoYXQgbXVzdCBzdWNjZWVkICgwLTEpLiAqL1xuICBzdWNjZXNzUmF0ZTogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgQVBJIHJlcXVlc3RzIHRoYXQgbWF5IGZhaWwsIG92ZXJhbGwgYW5kIHBlciBlbmRwb2ludCAoMC0xKS4gKi9cbiAgZXJyb3JSYXRlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBSdW4gY29uZmlndXJhdGlvbiBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIHVwIGZyb250LiBQdXJlIChubyBrNiBpbXBvcnRzKSBzbyB0aGVcbi8vIHBhcnNpbmcgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2NvbmZpZy9lbnYudHMgYXBwbGllcyBpdCB0byBrNidzIF9fRU5WIGF0IGluaXQsIHdoZXJlIGEgdGhyb3dcbi8vIHN0b3BzIHRoZSBydW4gYmVmb3JlIGFueSByZXF1ZXN0IGlzIHNlbnQuXG5pbXBvcnQgeyBERUZBVUxUX1RBUkdFVFMsIHR5cGUgVGFyZ2V0cyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyc7XG5cbmV4cG9ydCB0eXBlIEVudiA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlZGVudGlhbHMge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbmZpZyB7XG4gIGJhc2VVcmw6IHN0cmluZztcbiAgdXNlcnM6IHsgcmVndWxhcjogQ3JlZGVudGlhbHM7IHBvd2VyOiBDcmVkZW50aWFsczsgYWRtaW46IENyZWRlbnRpYWxzIH07XG4gIC8qKiBIb2xkIHRpbWUgb2YgdGhlIG1haW4gbG9hZCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTikuICovXG4gIGR1cmF0aW9uUzogbnVtYmVyO1xuICAvKiogUGVhayBudW1iZXIgb2YgdmlydHVhbCB1c2VycyAoUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUykuICovXG4gIGNvbmN1cnJlbnRVc2VyczogbnVtYmVyO1xuICAvKiogUGVyLXJlcXVlc3QgdGltZW91dCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQpLiAqL1xuICBhcGlUaW1lb3V0UzogbnVtYmVyO1xuICAvKiogUmFtcC11cCBhbmQgcmFtcC1kb3duIHRpbWUsIHNlY29uZHMuICovXG4gIHJhbXBVcFM6IG51bWJlcjtcbiAgcmFtcERvd25TOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBWVXMgcGVyIHVzZXIgdHlwZSwgcGVyY2VudCwgc3VtbWluZyB0byAxMDAuICovXG4gIHdlaWdodHM6IHsgcmVndWxhcjogbnVtYmVyOyBwb3dlcjogbnVtYmVyOyBhZG1pbjogbnVtYmVyIH07XG4gIC8qKiBUaGluayB0aW1lIGJldHdlZW4gYSB1c2VyJ3MgYWN0aW9ucywgc2Vjb25kcywgZHJhd24gdW5pZm9ybWx5IGZyb20gW21pbiwgbWF4XS4gKi9cbiAgdGhpbmtUaW1lUzogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfTtcbiAgLyoqIEhvdyBvZnRlbiBhIHBvd2VyIHVzZXIgcG9sbHMgYSBnZW5lcmF0aW9uIGpvYiwgYW5kIGhvdyBsb25nIGl0IHdhaXRzIGF0IG1vc3QsIHNlY29uZHMuICovXG4gIHBvbGxJbnRlcnZhbFM6IG51bWJlcjtcbiAgZ2VuZXJhdGlvblRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBDaGFwdGVycyBwZXIgZ2VuZXJhdGVkIGNvdXJzZS4gKi9cbiAgY2hhcHRlcnNQZXJDb3Vyc2U6IG51bWJlcjtcbiAgc2lkZWNhclVybDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2lkZWNhciBzYW1wbGVzIGdvIG1pc3NpbmcgKFNJREVDQVJfU1RSSUNUPXRydWUpLiAqL1xuICBzaWRlY2FyU3RyaWN0OiBib29sZWFuO1xuICAvKiogSG9zdHMgYmVzaWRlcyBsb29wYmFjayB0aGF0IGVudHJpZXMgaGVhdmllciB0aGFuIHNtb2tlIG1heSBsb2FkIChQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTKS4gKi9cbiAgYWxsb3dlZEhvc3RzOiBzdHJpbmdbXTtcbiAgdGFyZ2V0czogVGFyZ2V0cztcbn1cblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0NvbmZpZ0Vycm9yJztcbn1cblxudHlwZSBSZWFkPFQ+ID0gKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBUKSA9PiBUO1xuXG5mdW5jdGlvbiByYXcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICByZXR1cm4gdmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmFpbChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbn1cblxuZnVuY3Rpb24gbnVtYmVySW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB3aGF0OiBzdHJpbmcsIGludGVnZXI6IGJvb2xlYW4pOiBSZWFkPG51bWJlcj4ge1xuICByZXR1cm4gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBgJHt3aGF0fSBmcm9tICR7bWlufSB0byAke21heH1gO1xuICAgIGlmICghL15bK10/XFxkKyhcXC5cXGQrKT8kLy50ZXN0KHZhbHVlKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIGNvbnN0IHBhcnNlZCA9IE51bWJlcih2YWx1ZSk7XG4gICAgaWYgKChpbnRlZ2VyICYmICFOdW1iZXIuaXNJbnRlZ2VyKHBhcnNlZCkpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICByZXR1cm4gcGFyc2VkO1xuICB9O1xufVxuXG4vKiogV2hvbGUgc2Vjb25kcywgZS5nLiA2MCAoYSB1bml0IHN1Y2ggYXMgXCI2MHNcIiBvciBcIjFtXCIgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkKS4gKi9cbmNvbnN0IHNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnLCB0cnVlKTtcbmNvbnN0IGNvdW50ID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlcicsIHRydWUpO1xuY29uc3QgbWlsbGlzID0gbnVtYmVySW4oMSwgM182MDBfMDAwLCAnbWlsbGlzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSk7XG5jb25zdCBmcmFjdGlvbiA9IG51bWJlckluKDAsIDEsICdhIGZyYWN0aW9uIChlLmcuIDAuOTUpJywgZmFsc2UpO1xuXG5jb25zdCB0ZXh0OiBSZWFkPHN0cmluZz4gPSAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHZhbHVlLnRyaW0oKSA9PT0gJycpIGZhaWwobmFtZSwgdmFsdWUsICdhIG5vbi1lbXB0eSB2YWx1ZScpO1xuICByZXR1cm4gdmFsdWU7XG59O1xuXG5mdW5jdGlvbiB1cmwoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IG1hdGNoID0gL14oaHR0cHM/KTpcXC9cXC8oW14vXFxzOl0rfFxcW1swLTlhLWZBLUY6XStcXF0pKDpcXGR7MSw1fSk/KFxcL1xcUyopPyQvLmV4ZWModmFsdWUpO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCAnYW4gaHR0cChzKSBVUkwgc3VjaCBhcyBodHRwOi8vMTI3LjAuMC4xOjgwMDAnKTtcbiAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuXG5mdW5jdGlvbiB3ZWlnaHRzKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyByZWd1bGFyOiA3MCwgcG93ZXI6IDIwLCBhZG1pbjogMTAgfTtcbiAgY29uc3QgcGFydHMgPSB2YWx1ZS5zcGxpdCgnLycpLm1hcCgocGFydCkgPT4gcGFydC50cmltKCkpO1xuICBjb25zdCBleHBlY3RlZCA9ICd0aHJlZSB3aG9sZSBwZXJjZW50YWdlcyByZWd1bGFyL3Bvd2VyL2FkbWluIHN1bW1pbmcgdG8gMTAwLCBlLmcuIDcwLzIwLzEwJztcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMyB8fCBwYXJ0cy5zb21lKChwYXJ0KSA9PiAhL15cXGQrJC8udGVzdChwYXJ0KSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgW3JlZ3VsYXIsIHBvd2VyLCBhZG1pbl0gPSBwYXJ0cy5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gIGlmIChyZWd1bGFyICsgcG93ZXIgKyBhZG1pbiAhPT0gMTAwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IHJlZ3VsYXIsIHBvd2VyLCBhZG1pbiB9O1xufVxuXG5mdW5jdGlvbiB0aGlua1RpbWUoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1sndGhpbmtUaW1lUyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IG1pbjogMSwgbWF4OiAzIH07XG4gIGNvbnN0IG1hdGNoID0gL14oXFxkKyg/OlxcLlxcZCspPykoPzotKFxcZCsoPzpcXC5cXGQrKT8pKT8kLy5leGVjKHZhbHVlKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAnc2Vjb25kcyBhcyBOIG9yIE1JTi1NQVggKGUuZy4gMS0zKSwgZWFjaCBhdCBtb3N0IDYwJztcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBtaW4gPSBOdW1iZXIobWF0Y2hbMV0pO1xuICBjb25zdCBtYXggPSBtYXRjaFsyXSA9PT0gdW5kZWZpbmVkID8gbWluIDogTnVtYmVyKG1hdGNoWzJdKTtcbiAgaWYgKG1heCA8IG1pbiB8fCBtYXggPiA2MCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyBtaW4sIG1heCB9O1xufVxuXG5mdW5jdGlvbiBmbGFnKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnIHx8IHZhbHVlID09PSAnZmFsc2UnIHx8IHZhbHVlID09PSAnMCcpIHJldHVybiBmYWxzZTtcbiAgaWYgKHZhbHVlID09PSAndHJ1ZScgfHwgdmFsdWUgPT09ICcxJykgcmV0dXJuIHRydWU7XG4gIHJldHVybiBmYWlsKG5hbWUsIHZhbHVlLCAndHJ1ZSBvciBmYWxzZScpO1xufVxuXG5mdW5jdGlvbiBob3N0TGlzdChlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiBbXTtcbiAgY29uc3QgaG9zdHMgPSB2YWx1ZS5zcGxpdCgnLCcpLm1hcCgoaG9zdCkgPT4gaG9zdC50cmltKCkudG9Mb3dlckNhc2UoKSk7XG4gIGlmIChob3N0cy5zb21lKChob3N0KSA9PiAhL14oXFxbWzAtOWEtZjpdK1xcXXxbYS16MC05LlxcLTpdKykkLy50ZXN0KGhvc3QpKSkge1xuICAgIGZhaWwobmFtZSwgdmFsdWUsICdhIGNvbW1hLXNlcGFyYXRlZCBsaXN0IG9mIGhvc3QgbmFtZXMgb3IgYWRkcmVzc2VzLCBlLmcuIHN0YWdpbmcuZXhhbXBsZS5jb20sMTAuMC4wLjUnKTtcbiAgfVxuICByZXR1cm4gaG9zdHM7XG59XG5cbmZ1bmN0aW9uIGNyZWRlbnRpYWxzKGVudjogRW52LCBwcmVmaXg6IHN0cmluZywgZmFsbGJhY2tFbWFpbDogc3RyaW5nLCBmYWxsYmFja1Bhc3N3b3JkOiBzdHJpbmcpOiBDcmVkZW50aWFscyB7XG4gIHJldHVybiB7XG4gICAgZW1haWw6IHRleHQoZW52LCBgJHtwcmVmaXh9X0VNQUlMYCwgZmFsbGJhY2tFbWFpbCksXG4gICAgcGFzc3dvcmQ6IHRleHQoZW52LCBgJHtwcmVmaXh9X1BBU1NXT1JEYCwgZmFsbGJhY2tQYXNzd29yZCksXG4gIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX1VQJywgTWF0aC5taW4oMzAsIE1hdGgubWF4KDEsIE1hdGgucm91bmQoZHVyYXRpb25TIC8gNCkpKSk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbigwLCAxXzAwMF8wMDAsICdNQiBwZXIgbWludXRlIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnVEhSRVNIT0xEX01FTU9SWV9HUk9XVEhfTUJfUEVSX01JTicsIGQubWVtb3J5R3Jvd3RoTWJQZXJNaW4pLFxuICAgIH0sXG4gIH07XG59XG5cbi8qKiBUaGUgaG9zdCBwYXJ0IG9mIGEgVVJMLCBsb3dlci1jYXNlZCwgSVB2NiBpbiBicmFja2V0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBob3N0T2YoYmFzZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmh0dHBzPzpcXC9cXC8oXFxbW15cXF1dK1xcXXxbXi86XSspL2kuZXhlYyhiYXNlVXJsKTtcbiAgcmV0dXJuIChtYXRjaD8uWzFdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNMb29wYmFjayhob3N0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGhvc3QgPT09ICdsb2NhbGhvc3QnIHx8IGhvc3QgPT09ICdbOjoxXScgfHwgaG9zdCA9PT0gJzo6MScgfHwgL14xMjdcXC5cXGR7MSwzfVxcLlxcZHsxLDN9XFwuXFxkezEsM30kLy50ZXN0KGhvc3QpO1xufVxuXG4vKipcbiAqIFRoZSB0YXJnZXQgZ3VhcmQ6IGFuIGVudHJ5IGhlYXZpZXIgdGhhbiBzbW9rZSByZWZ1c2VzIGEgaG9zdCB0aGF0IGlzIG5vdCBsb29wYmFjayB1bmxlc3MgaXQgaXNcbiAqIGFsbG93LWxpc3RlZCwgc28gYSB0eXBvIGluIEJBU0VfVVJMIGNhbm5vdCBsb2FkLXRlc3QgcHJvZHVjdGlvbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnOiBDb25maWcsIGVudHJ5OiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgaG9zdCA9IGhvc3RPZihjb25maWcuYmFzZVVybCk7XG4gIGlmIChpc0xvb3BiYWNrKGhvc3QpIHx8IGNvbmZpZy5hbGxvd2VkSG9zdHMuaW5jbHVkZXMoaG9zdCkpIHJldHVybjtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgIGByZWZ1c2luZyB0byBydW4gXCIke2VudHJ5fVwiIGFnYWluc3QgJHtjb25maWcuYmFzZVVybH06ICR7aG9zdH0gaXMgbm90IGEgbG9vcGJhY2sgYWRkcmVzcy4gYCArXG4gICAgICBgSWYgeW91IG1lYW4gdG8gbG9hZC10ZXN0IGl0LCBhbGxvdyBpdCB3aXRoIFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFM9JHtob3N0fSAoY29tbWEtc2VwYXJhdGVkIGxpc3QpLmAsXG4gICk7XG59XG5cbi8qKlxuICogQSBzY2VuYXJpbydzIG93biBudW1lcmljIHNldHRpbmcgKGUuZy4gU1BJS0VfRkFDVE9SKSwgdmFsaWRhdGVkIGxpa2UgdGhlIHNoYXJlZCBvbmVzOiBhIGJhZFxuICogdmFsdWUgc3RvcHMgdGhlIHJ1biBhdCBpbml0IHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgdmFyaWFibGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnZOdW1iZXIoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IG51bWJlciwgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9KTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gVGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24sIHJlYWQgZnJvbSBrNidzIF9fRU5WIG9uY2UgYXQgaW5pdC4gQW4gaW52YWxpZCB2YWx1ZSB0aHJvd3MgaGVyZSwgc29cbi8vIGs2IHN0b3BzIGJlZm9yZSBzZXR1cCgpIGFuZCBiZWZvcmUgYW55IHJlcXVlc3QsIHdpdGggdGhlIHZhcmlhYmxlIG5hbWVkIGluIHRoZSBtZXNzYWdlLlxuaW1wb3J0IHsgYXNzZXJ0VGFyZ2V0QWxsb3dlZCwgcGFyc2VDb25maWcsIHR5cGUgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgY29uc3QgY29uZmlnOiBDb25maWcgPSBwYXJzZUNvbmZpZyhfX0VOVik7XG5cbi8qKiBUaGUgY29uZmlndXJhdGlvbiBmb3IgYSBsb2FkLWdlbmVyYXRpbmcgZW50cnk6IHJlZnVzZXMgYSBub24tbG9vcGJhY2sgdGFyZ2V0IHRoYXQgaXMgbm90IGFsbG93LWxpc3RlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBndWFyZGVkQ29uZmlnKGVudHJ5OiBzdHJpbmcpOiBDb25maWcge1xuICBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZywgZW50cnkpO1xuICByZXR1cm4gY29uZmlnO1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBsb2dzIHRoZSB0aHJlZSB1c2Vyc1xuLy8gaW4gb25jZSwgYW5kIHNlZWRzIGNvdXJzZXMgZm9yIHJlZ3VsYXIgdXNlcnMgdG8gcmVhZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBHZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0aGUgcmVndWxhciB1c2VyLCBmb3IgcmVhZGluZy4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbG9naW4oY2xpZW50OiBBcGlDbGllbnQsIGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IGNvbmZpZy51c2Vyc1tyb2xlXTtcbiAgY29uc3QgcmVzdWx0ID0gY2xpZW50LmxvZ2luKGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LmJvZHkpIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkQuYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC5ib2R5LmFjY2Vzc190b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLCB0b3BpYzogJ2xvYWQgdGVzdGluZycsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIFBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkIGxpa2UgdGhlXG4gKiBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNiByZWRhY3RzIHRoZW1cbiAqIGZyb20gaXRzIGxvZ3MuIFdpdGhvdXQgYSBzZWNyZXQgc291cmNlLCBvciB3aXRob3V0IHRoYXQga2V5LCB0aGUgZW52aXJvbm1lbnQncyB2YWx1ZSBzdGFuZHMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHdpdGhTZWNyZXRQYXNzd29yZHMoY29uZmlnOiBDb25maWcpOiBQcm9taXNlPENvbmZpZz4ge1xuICBjb25zdCB1c2VycyA9IHsgLi4uY29uZmlnLnVzZXJzIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdCkge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSB1c2Vyc1tyb2xlXSA9IHsgLi4udXNlcnNbcm9sZV0sIHBhc3N3b3JkIH07XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiB7IC4uLmNvbmZpZywgdXNlcnMgfTtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4ocnVuQ29uZmlnOiBDb25maWcsIG9wdGlvbnM6IHsgc2VlZDogYm9vbGVhbiB9ID0geyBzZWVkOiB0cnVlIH0pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUocnVuQ29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBjb25maWcgPSBhd2FpdCB3aXRoU2VjcmV0UGFzc3dvcmRzKHJ1bkNvbmZpZyk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz4gPSB7XG4gICAgcmVndWxhcjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdyZWd1bGFyJyksXG4gICAgcG93ZXI6IGxvZ2luKGFub255bW91cywgY29uZmlnLCAncG93ZXInKSxcbiAgICBhZG1pbjogbG9naW4oYW5vbnltb3VzLCBjb25maWcsICdhZG1pbicpLFxuICB9O1xuICBjb25zdCBydW5JZCA9IGAke0RhdGUubm93KCkudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuIiwgIi8vIFRoZSBrNiBzaWRlIG9mIHRoZSByZXNvdXJjZSBzaWRlY2FyOiBhIDEvcyBzY2VuYXJpbyBwb2xscyB0aGUgc2lkZWNhcidzIHNhbXBsZXMgaW50byBUcmVuZFxuLy8gbWV0cmljcywgYW5kIHRlYXJkb3duIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGgsIHNvIHRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBhcmUgb3JkaW5hcnlcbi8vIGs2IHRocmVzaG9sZHMgaW4gdGhlIHNhbWUgcnVuLiBQb2xscyBjYXJyeSBzY29wZTpzaWRlY2FyIGFuZCBlbWl0IG5vIGh0dHBfcmVxX2ZhaWxlZCBzYW1wbGVzXG4vLyAocmVzcG9uc2VDYWxsYmFjazogbnVsbCksIHNvIHRoZSBBUEkgZmlndXJlcyBhbmQgdGhyZXNob2xkcyBuZXZlciBzZWUgdGhlbS5cbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQ291bnRlciwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcbmltcG9ydCB7IHRvSzZUaHJlc2hvbGRzLCB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuXG4vKiogUGVyY2VudCBvZiB0aGUgQ1BVcyBhdmFpbGFibGUgdG8gdGhlIHNlcnZlciwgMC0xMDAuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1UGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9wZXJjZW50Jyk7XG4vKiogUGVyLWNvcmUgc3VtOiAxMDAgPSBvbmUgY29yZSBmdWxseSBidXN5LiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdUNvcmVzUGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9jb3Jlc19wZXJjZW50Jyk7XG4vKiogUFNTIHN1bSAocHJvY2VzcyB0cmVlKSwgd29ya2luZyBzZXQgKGNncm91cCkgb3IgUlNTIChQcm9tZXRoZXVzKSwgTUIuICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5TWIgPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfbWInKTtcbi8qKiBQb2xscyB0aGUgc2lkZWNhciBkaWQgbm90IGFuc3dlciwgcGx1cyByZWFkaW5ncyB0aGUgc2lkZWNhciBmYWlsZWQgdG8gdGFrZTogZWFjaCBhYm91dCBvbmUgaW50ZXJ2YWwgd2l0aG91dCBkYXRhLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlclNhbXBsZXNNaXNzaW5nID0gbmV3IENvdW50ZXIoJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnKTtcbi8qKiBNQiBwZXIgbWludXRlIGFmdGVyIHRoZSBzaWRlY2FyJ3Mgd2FybS11cCAobGVhc3Qtc3F1YXJlcyBzbG9wZSksIHJlY29yZGVkIG9uY2UgaW4gdGVhcmRvd24uICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5R3Jvd3RoID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJyk7XG5cbmludGVyZmFjZSBTYW1wbGUge1xuICBzZXE6IG51bWJlcjtcbiAgY3B1X3BlcmNlbnQ6IG51bWJlcjtcbiAgY3B1X2NvcmVzX3BlcmNlbnQ6IG51bWJlcjtcbiAgbWVtb3J5X21iOiBudW1iZXI7XG59XG5cbmNvbnN0IFBPTEwgPSB7IHRhZ3M6IHsgc2NvcGU6ICdzaWRlY2FyJywgbmFtZTogJ3NpZGVjYXInIH0sIHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwsIHRpbWVvdXQ6ICcycycgfSBhcyBjb25zdDtcbi8vIFBlciBWVSAodGhlIHNjZW5hcmlvIGhhcyBvbmUpOiB0aGUgbGFzdCBzZXEgcmVjZWl2ZWQgYW5kIHRoZSBzaWRlY2FyJ3MgZmFpbGVkLXJlYWRpbmcgY291bnQgc2Vlbi5cbmxldCBjdXJzb3IgPSAwO1xubGV0IGVycm9yc1NlZW46IG51bWJlciB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW86IG9uZSBwb2xsIGEgc2Vjb25kIGZvciB0aGUgd2hvbGUgcnVuLCBvbiBvbmUgVlUuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzU2NlbmFyaW8oZHVyYXRpb25TOiBudW1iZXIsIHN0YXJ0VGltZT86IHN0cmluZyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYzogJ3BvbGxSZXNvdXJjZXMnLFxuICAgIHJhdGU6IDEsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgZHVyYXRpb246IGAke01hdGgubWF4KDEsIE1hdGguY2VpbChkdXJhdGlvblMpKX1zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IDEsXG4gICAgbWF4VlVzOiAxLFxuICAgIC4uLihzdGFydFRpbWUgPyB7IHN0YXJ0VGltZSB9IDoge30pLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwYXJzZTxUPihib2R5OiB1bmtub3duKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJyA/IChKU09OLnBhcnNlKGJvZHkpIGFzIFQpIDogdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKlxuICogT25lIHBvbGw6IGV2ZXJ5IG5ldyBzYW1wbGUgYmVjb21lcyBhIG1ldHJpYyBzYW1wbGUuIEEgcG9sbCB0aGUgc2lkZWNhciBkb2VzIG5vdCBhbnN3ZXIgY291bnRzIG9uZVxuICogbWlzc2luZyBzYW1wbGUsIGFuZCBzbyBkb2VzIGVhY2ggcmVhZGluZyB0aGUgc2lkZWNhciByZXBvcnRzIGl0IGZhaWxlZCB0byB0YWtlIGR1cmluZyB0aGUgcnVuXG4gKiAodGFyZ2V0IGdvbmUsIGVuZHBvaW50IGRvd24pLiBBblxuICogYW5zd2VyIHdpdGggbm8gbmV3IHNhbXBsZSB5ZXQgaXMgbm90IGEgZ2FwOiBwb2xscyBhbmQgcmVhZGluZ3MgYXJlIG5vdCBpbiBzdGVwLiBOZXZlciB0aHJvd3MuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zYW1wbGVzP3NpbmNlPSR7Y3Vyc29yfWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBib2R5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBzYW1wbGVzOiBTYW1wbGVbXTsgZXJyb3JzPzogbnVtYmVyIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKCFib2R5IHx8ICFBcnJheS5pc0FycmF5KGJvZHkuc2FtcGxlcykpIHtcbiAgICBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoMSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICh0eXBlb2YgYm9keS5lcnJvcnMgPT09ICdudW1iZXInKSB7XG4gICAgLy8gVGhlIGZpcnN0IGFuc3dlciBpcyB0aGUgYmFzZWxpbmU6IGZhaWx1cmVzIGJlZm9yZSB0aGUgcnVuIGFyZSBub3QgdGhlIHJ1bidzIGdhcHMuXG4gICAgaWYgKGVycm9yc1NlZW4gIT09IHVuZGVmaW5lZCAmJiBib2R5LmVycm9ycyA+IGVycm9yc1NlZW4pIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZChib2R5LmVycm9ycyAtIGVycm9yc1NlZW4pO1xuICAgIGVycm9yc1NlZW4gPSBib2R5LmVycm9ycztcbiAgfVxuICBmb3IgKGNvbnN0IHNhbXBsZSBvZiBib2R5LnNhbXBsZXMpIHtcbiAgICBzZXJ2ZXJDcHVQZXJjZW50LmFkZChzYW1wbGUuY3B1X3BlcmNlbnQpO1xuICAgIHNlcnZlckNwdUNvcmVzUGVyY2VudC5hZGQoc2FtcGxlLmNwdV9jb3Jlc19wZXJjZW50KTtcbiAgICBzZXJ2ZXJNZW1vcnlNYi5hZGQoc2FtcGxlLm1lbW9yeV9tYik7XG4gICAgY3Vyc29yID0gTWF0aC5tYXgoY3Vyc29yLCBzYW1wbGUuc2VxKTtcbiAgfVxufVxuXG4vKiogVGVhcmRvd246IHRoZSBtZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAsIE1CIHBlciBtaW51dGUsIGFzIHRoZSBzaWRlY2FyIGNvbXB1dGVkIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlY29yZE1lbW9yeUdyb3d0aChzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc3VtbWFyeWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBzdW1tYXJ5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGwgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoc3VtbWFyeSAmJiB0eXBlb2Ygc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4gPT09ICdudW1iZXInKSBzZXJ2ZXJNZW1vcnlHcm93dGguYWRkKHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXNvdXJjZUxpbWl0cyB7XG4gIG1lbW9yeU1iOiBudW1iZXI7XG4gIGNwdVBlcmNlbnQ6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gbWVtb3J5IGdyb3d0aCAoc29hayksIE1CIHBlciBtaW51dGUgYWZ0ZXIgd2FybS11cC4gKi9cbiAgZ3Jvd3RoTWJQZXJNaW4/OiBudW1iZXI7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzYW1wbGVzIHdlbnQgbWlzc2luZyAodGhlIHNpZGVjYXIgc3RvcHBlZCBhbnN3ZXJpbmcpLiAqL1xuICBmYWlsT25NaXNzaW5nPzogYm9vbGVhbjtcbn1cblxuLyoqIFNlcnZlciBtZW1vcnkgcGVhaywgQ1BVIHA5NSwgYW5kIG9wdGlvbmFsbHkgZ3Jvd3RoIGFuZCBnYXBzLCBhcyBnYXRlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZUdhdGVzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBHYXRlW10ge1xuICBjb25zdCBnYXRlczogR2F0ZVtdID0gW1xuICAgIHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9tYicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5tZW1vcnlNYiB9XSB9LFxuICAgIHsgbWV0cmljOiAnc2VydmVyX2NwdV9wZXJjZW50JywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuY3B1UGVyY2VudCB9XSB9LFxuICBdO1xuICBpZiAobGltaXRzLmdyb3d0aE1iUGVyTWluICE9PSB1bmRlZmluZWQpIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmdyb3d0aE1iUGVyTWluIH1dIH0pO1xuICBpZiAobGltaXRzLmZhaWxPbk1pc3NpbmcpIGdhdGVzLnB1c2goeyBtZXRyaWM6ICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgcnVsZXM6IFt7IHN0YXQ6ICdjb3VudCcsIG9wOiAnPCcsIHZhbHVlOiAxIH1dIH0pO1xuICByZXR1cm4gZ2F0ZXM7XG59XG5cbi8qKiBUaGUgc2FtZSBnYXRlcyBhcyBhIGs2IHRocmVzaG9sZHMgb2JqZWN0OiB7IHNlcnZlcl9tZW1vcnlfbWI6IFsnbWF4PDEwMjQnXSwgc2VydmVyX2NwdV9wZXJjZW50OiBbJ3AoOTUpPDgwJ10sIC4uLiB9LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlVGhyZXNob2xkcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogSzZUaHJlc2hvbGRzIHtcbiAgcmV0dXJuIHRvSzZUaHJlc2hvbGRzKHJlc291cmNlR2F0ZXMobGltaXRzKSk7XG59XG4iLCAiLy8gQSB0eXBlZCBidWlsZGVyIGZvciBrNiB0aHJlc2hvbGQgZXhwcmVzc2lvbnMsIHNvIGEgdHlwbyBpbiBhbiBhZ2dyZWdhdGlvbiBvciBvcGVyYXRvciBpcyBhXG4vLyBjb21waWxlIGVycm9yIGhlcmUgaW5zdGVhZCBvZiBhIHRocmVzaG9sZCBrNiByZWplY3RzIChvciBzaWxlbnRseSBuZXZlciBldmFsdWF0ZXMpIGF0IHJ1biB0aW1lLlxuXG4vKiogQWdncmVnYXRpb25zIGs2IGFjY2VwdHMgcGVyIG1ldHJpYyB0eXBlLiAqL1xuZXhwb3J0IHR5cGUgVHJlbmRTdGF0ID0gJ2F2ZycgfCAnbWluJyB8ICdtYXgnIHwgJ21lZCcgfCBgcCgke251bWJlcn0pYDtcbmV4cG9ydCB0eXBlIFJhdGVTdGF0ID0gJ3JhdGUnO1xuZXhwb3J0IHR5cGUgQ291bnRlclN0YXQgPSAnY291bnQnIHwgJ3JhdGUnO1xuZXhwb3J0IHR5cGUgR2F1Z2VTdGF0ID0gJ3ZhbHVlJztcbmV4cG9ydCB0eXBlIFN0YXQgPSBUcmVuZFN0YXQgfCBSYXRlU3RhdCB8IENvdW50ZXJTdGF0IHwgR2F1Z2VTdGF0O1xuZXhwb3J0IHR5cGUgT3BlcmF0b3IgPSAnPCcgfCAnPD0nIHwgJz4nIHwgJz49JyB8ICc9PScgfCAnPT09JyB8ICchPSc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZSB7XG4gIHN0YXQ6IFN0YXQ7XG4gIG9wOiBPcGVyYXRvcjtcbiAgdmFsdWU6IG51bWJlcjtcbiAgLyoqIFN0b3AgdGhlIHdob2xlIHJ1biBhcyBzb29uIGFzIHRoaXMgcnVsZSBmYWlscyAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCkuICovXG4gIGFib3J0T25GYWlsPzogYm9vbGVhbjtcbiAgLyoqIGs2IGR1cmF0aW9uLCBlLmcuICcxMHMnOiBob3cgbG9uZyB0byBjb2xsZWN0IGRhdGEgYmVmb3JlIGFuIGFib3J0IG1heSB0cmlnZ2VyLiAqL1xuICBkZWxheUFib3J0RXZhbD86IHN0cmluZztcbn1cblxuLyoqIE9uZSBtZXRyaWMgKG9wdGlvbmFsbHkgbmFycm93ZWQgdG8gYSB0YWdnZWQgc3ViLW1ldHJpYykgYW5kIHRoZSBydWxlcyBpdCBtdXN0IG1lZXQuICovXG5leHBvcnQgaW50ZXJmYWNlIEdhdGUge1xuICBtZXRyaWM6IHN0cmluZztcbiAgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIHJ1bGVzOiBSdWxlW107XG59XG5cbi8qKiBXaGF0IGs2IGFjY2VwdHMgYXMgb25lIGVudHJ5IG9mIGEgbWV0cmljJ3MgdGhyZXNob2xkIGxpc3QuICovXG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZCA9IHN0cmluZyB8IHsgdGhyZXNob2xkOiBzdHJpbmc7IGFib3J0T25GYWlsPzogYm9vbGVhbjsgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmcgfTtcbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkcyA9IFJlY29yZDxzdHJpbmcsIEs2VGhyZXNob2xkW10+O1xuXG4vLyBNYWRlIG9uIGZpcnN0IHVzZSwgbm90IGF0IG1vZHVsZSBsb2FkOiBvcHRpb25zIGFyZSBidWlsdCBpbiBrNidzIFZVIDAgb25seSAobGliL2NvbmZpZy9lbnRyeS50cyksXG4vLyBhbmQgYSBSZWdFeHAgZXZhbHVhdGVkIGF0IGxvYWQgd291bGQgYnVpbGQgUmVnRXhwJ3MgcHJvdG90eXBlIGluIGV2ZXJ5IFZVJ3MgcnVudGltZS5cbmxldCBwYXR0ZXJuczogeyBtZXRyaWNOYW1lOiBSZWdFeHA7IHRhZ1BhcnQ6IFJlZ0V4cDsgcGVyY2VudGlsZTogUmVnRXhwIH0gfCB1bmRlZmluZWQ7XG5jb25zdCBwYXR0ZXJuID0gKCkgPT5cbiAgKHBhdHRlcm5zID8/PSB7IG1ldHJpY05hbWU6IC9eW0EtWmEtel9dW0EtWmEtejAtOV9dKiQvLCB0YWdQYXJ0OiAvXltBLVphLXowLTlfLlxcLS9dKyQvLCBwZXJjZW50aWxlOiAvXnBcXCgoXFxkKyhcXC5cXGQrKT8pXFwpJC8gfSk7XG5cbi8qKiBgaHR0cF9yZXFfZHVyYXRpb257ZW5kcG9pbnQ6aGVhbHRofWA6IHRoZSBrZXkgazYgdXNlcyBmb3IgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNLZXkobWV0cmljOiBzdHJpbmcsIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogc3RyaW5nIHtcbiAgaWYgKCFwYXR0ZXJuKCkubWV0cmljTmFtZS50ZXN0KG1ldHJpYykpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBtZXRyaWMgbmFtZSBcIiR7bWV0cmljfVwiOiB1c2UgbGV0dGVycywgZGlnaXRzIGFuZCBfYCk7XG4gIGNvbnN0IGVudHJpZXMgPSBPYmplY3QuZW50cmllcyh0YWdzID8/IHt9KTtcbiAgaWYgKGVudHJpZXMubGVuZ3RoID09PSAwKSByZXR1cm4gbWV0cmljO1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBlbnRyaWVzKSB7XG4gICAgaWYgKCFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KGtleSkgfHwgIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3QodmFsdWUpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgdGFnICR7a2V5fToke3ZhbHVlfSBvbiAke21ldHJpY306IHRhZ3MgaW4gdGhyZXNob2xkcyBtYXkgaG9sZCBsZXR0ZXJzLCBkaWdpdHMgYW5kIF8gLiAtIC9gKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGAke21ldHJpY317JHtlbnRyaWVzLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9OiR7dmFsdWV9YCkuam9pbignLCcpfX1gO1xufVxuXG4vKiogYHAoOTUpPDIwMGA6IG9uZSBydWxlIGFzIGs2J3MgZXhwcmVzc2lvbiB0ZXh0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cHJlc3Npb24ocnVsZTogUGljazxSdWxlLCAnc3RhdCcgfCAnb3AnIHwgJ3ZhbHVlJz4pOiBzdHJpbmcge1xuICBjb25zdCBwZXJjZW50aWxlID0gcGF0dGVybigpLnBlcmNlbnRpbGUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSkgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHsgdGhyZXNob2xkOiB0ZXh0LCBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSkgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5cy5tYXAoKF8sIGkpID0+IGkpLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKSA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9IDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShleGVjOiBzdHJpbmcsIHBlclNlY29uZDogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIsIHN0YXJ0VGltZSA9ICcwcycpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMSwgTWF0aC5jZWlsKHBlclNlY29uZCkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKGV4ZWM6IHN0cmluZywgc3RhcnRSYXRlOiBudW1iZXIsIG1heFJhdGU6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuLy9cbi8vIGs2IGV2YWx1YXRlcyB0aGUgc2NyaXB0IG9uY2UgcGVyIFZVLCBlYWNoIGluIGl0cyBvd24gSmF2YVNjcmlwdCBydW50aW1lLCBwbHVzIG9uY2UgYXMgVlUgMDogdGhhdFxuLy8gZXZhbHVhdGlvbiBpcyB3aGVyZSBrNiByZWFkcyBgb3B0aW9uc2AsIGFuZCBzZXR1cCwgdGVhcmRvd24gYW5kIGhhbmRsZVN1bW1hcnkgZWFjaCBydW4gaW4gYSBmcmVzaFxuLy8gVlUgMCB0b28uIExvYWQgVlVzICgxLCAyLCAuLi4pIG5ldmVyIHJlYWQgdGhlaXIgYG9wdGlvbnNgIChrNiBzZXRzIHRoZSBjb25zb2xpZGF0ZWQgb3B0aW9ucyBvbnRvXG4vLyBpdCksIHNvIHRoZXkgc2tpcCBidWlsZGluZyB0aGVtOiB0aGUgc2NlbmFyaW9zLCBnYXRlcyBhbmQgdGhyZXNob2xkIGV4cHJlc3Npb25zIG1hZGUgcGVyIFZVIHdlcmVcbi8vIH4wLjEgTUIgb2YgZXZlcnkgVlUncyBoZWFwIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGAgaGVhcCBwcm9maWxlIGF0IDEsMDAwIFZVcykuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuL2Vudi50cyc7XG5pbXBvcnQgeyBwb2xsUmVzb3VyY2VzIGFzIHBvbGxTaWRlY2FyLCByZWNvcmRNZW1vcnlHcm93dGgsIHJlc291cmNlR2F0ZXMsIHJlc291cmNlc1NjZW5hcmlvIH0gZnJvbSAnLi4vbWV0cmljcy9yZXNvdXJjZXMudHMnO1xuaW1wb3J0IHsgU1VNTUFSWV9UUkVORF9TVEFUUywgdHlwZSBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IHRvSzZUaHJlc2hvbGRzLCB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlQYXJ0cyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICBnYXRlczogR2F0ZVtdO1xuICAvKiogSG93IGxvbmcgdGhlIGxvYWQgcnVucywgc2Vjb25kczogdGhlIHJlc291cmNlcyBwb2xsZXIgcnVucyBhcyBsb25nLiAqL1xuICB3YWxsVGltZVM6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggdG9vIChzb2FrKS4gKi9cbiAgZ2F0ZU1lbW9yeUdyb3d0aD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlPcHRpb25zIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIHRocmVzaG9sZHM6IEs2VGhyZXNob2xkcztcbiAgc2V0dXBUaW1lb3V0OiBzdHJpbmc7XG4gIHN1bW1hcnlUcmVuZFN0YXRzOiBzdHJpbmdbXTtcbn1cblxuLyoqIFdoZXRoZXIgdGhpcyBydW50aW1lIGlzIGs2J3MgVlUgMCAob3B0aW9ucywgc2V0dXAsIHRlYXJkb3duLCBoYW5kbGVTdW1tYXJ5KSByYXRoZXIgdGhhbiBhIGxvYWQgVlUuICovXG5leHBvcnQgZnVuY3Rpb24gaXNDb250cm9sUnVudGltZSgpOiBib29sZWFuIHtcbiAgcmV0dXJuIF9fVlUgPT09IDA7XG59XG5cbi8qKiBUaGUgZW50cnkncyBrNiBvcHRpb25zLCBidWlsdCBmcm9tIGBtYWtlUGFydHNgIGluIFZVIDAgb25seTsgdW5kZWZpbmVkIGluIGxvYWQgVlVzIChzZWUgYWJvdmUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudHJ5T3B0aW9ucyhjb25maWc6IENvbmZpZywgbWFrZVBhcnRzOiAoKSA9PiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFpc0NvbnRyb2xSdW50aW1lKCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhcnRzID0gbWFrZVBhcnRzKCk7XG4gIC8vIEEgdXNlciBjbGFzcyB3ZWlnaHRlZCAwICUgKGUuZy4gUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTPTEwMC8wLzApIGhhcyBubyBWVXM7IGs2IHJlZnVzZXMgYVxuICAvLyBzY2VuYXJpbyB0aGF0IG5ldmVyIHN0YXJ0cyBvbmUsIHNvIGl0IGlzIGxlZnQgb3V0IHJhdGhlciB0aGFuIGZhaWxpbmcgdGhlIHdob2xlIHJ1bi5cbiAgY29uc3Qgc2NlbmFyaW9zID0gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKHBhcnRzLnNjZW5hcmlvcykuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGhhc1VzZXJzKHNjZW5hcmlvKSkpO1xuICBjb25zdCBnYXRlcyA9IFsuLi5wYXJ0cy5nYXRlc107XG4gIGlmIChjb25maWcuc2lkZWNhclVybCkge1xuICAgIHNjZW5hcmlvcy5yZXNvdXJjZXMgPSByZXNvdXJjZXNTY2VuYXJpbyhwYXJ0cy53YWxsVGltZVMpO1xuICAgIGdhdGVzLnB1c2goXG4gICAgICAuLi5yZXNvdXJjZUdhdGVzKHtcbiAgICAgICAgbWVtb3J5TWI6IGNvbmZpZy50YXJnZXRzLm1lbW9yeU1iLFxuICAgICAgICBjcHVQZXJjZW50OiBjb25maWcudGFyZ2V0cy5jcHVQZXJjZW50LFxuICAgICAgICBncm93dGhNYlBlck1pbjogcGFydHMuZ2F0ZU1lbW9yeUdyb3d0aCA/IGNvbmZpZy50YXJnZXRzLm1lbW9yeUdyb3d0aE1iUGVyTWluIDogdW5kZWZpbmVkLFxuICAgICAgICBmYWlsT25NaXNzaW5nOiBjb25maWcuc2lkZWNhclN0cmljdCxcbiAgICAgIH0pLFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzY2VuYXJpb3MsXG4gICAgdGhyZXNob2xkczogdG9LNlRocmVzaG9sZHMoZ2F0ZXMpLFxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbmZ1bmN0aW9uIGhhc1VzZXJzKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4ge1xuICBjb25zdCB7IGV4ZWN1dG9yLCBzdGFydFZVcywgc3RhZ2VzLCB2dXMgfSA9IHNjZW5hcmlvIGFzIHsgZXhlY3V0b3I6IHN0cmluZzsgc3RhcnRWVXM/OiBudW1iZXI7IHN0YWdlcz86IHsgdGFyZ2V0OiBudW1iZXIgfVtdOyB2dXM/OiBudW1iZXIgfTtcbiAgaWYgKGV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSByZXR1cm4gKHN0YXJ0VlVzID8/IDApID4gMCB8fCAoc3RhZ2VzID8/IFtdKS5zb21lKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0ID4gMCk7XG4gIGlmIChleGVjdXRvciA9PT0gJ2NvbnN0YW50LXZ1cycgfHwgZXhlY3V0b3IgPT09ICdwZXItdnUtaXRlcmF0aW9ucycgfHwgZXhlY3V0b3IgPT09ICdzaGFyZWQtaXRlcmF0aW9ucycpIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqIFdoYXQgb25seSB0aGUgZW5kIG9mIHRoZSBydW4ga25vd3MgKHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoKS4gRW50cmllcyB3aXRoIGEgdGVhcmRvd24gb2YgdGhlaXIgb3duIGNhbGwgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcmVjb3JkTWVtb3J5R3Jvd3RoKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRlYXJkb3duKCk6IHZvaWQge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEpO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKS5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKS5yZXBsYWNlKC88L2csICcmbHQ7JykucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvazogcmVzdWx0Lm9rLCBzdGF0LCBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLCB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHsgcmVxdWVzdHM6IHYuY291bnQgPz8gMCwgcDUwOiB2Lm1lZCA/PyBudWxsLCBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCwgcDk5OiB2WydwKDk5KSddID8/IG51bGwsIG1heDogdi5tYXggPz8gbnVsbCB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogQSBudW1iZXIgZm9yIHBlb3BsZTogbXMgd2l0aCBzZW5zaWJsZSBwcmVjaXNpb24sIHJhdGVzIGFzIHBlcmNlbnQsIGxhcmdlIGNvdW50cyBncm91cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFZhbHVlKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCB1bml0OiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSk6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSByZXR1cm4gJ24vYSc7XG4gIGlmICh1bml0ID09PSAncGVyY2VudCcpIHJldHVybiBgJHsodmFsdWUgKiAxMDApLnRvRml4ZWQoMil9JWA7XG4gIGlmICh1bml0ID09PSAnbXMnKSB7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSA2MF8wMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDEpfXNgO1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gMTAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMil9c2A7XG4gICAgcmV0dXJuIGAke3ZhbHVlLnRvRml4ZWQodmFsdWUgPCAxMCA/IDIgOiAxKX1tc2A7XG4gIH1cbiAgaWYgKHVuaXQgPT09ICdjb3VudCcpIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKS50b1N0cmluZygpLnJlcGxhY2UoL1xcQig/PShcXGR7M30pKyg/IVxcZCkpL2csICcsJyk7XG4gIHJldHVybiBNYXRoLmFicyh2YWx1ZSkgPj0gMWU2ID8gdmFsdWUudG9FeHBvbmVudGlhbCgzKSA6IFN0cmluZyhNYXRoLnJvdW5kKHZhbHVlICogMTAwMCkgLyAxMDAwKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY1ZhbHVlKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRyaWM6IHN0cmluZywgc3RhdDogc3RyaW5nKTogbnVtYmVyIHwgbnVsbCB7XG4gIGNvbnN0IHZhbHVlID0gZGF0YS5tZXRyaWNzPy5bbWV0cmljXT8udmFsdWVzPy5bc3RhdF07XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyB2YWx1ZSA6IG51bGw7XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc0xpbmUoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcge1xuICBjb25zdCBtZW1vcnkgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKTtcbiAgY29uc3QgY3B1ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpO1xuICBpZiAobWVtb3J5ID09PSBudWxsICYmIGNwdSA9PT0gbnVsbCkgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgbWlzc2luZyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMDtcbiAgY29uc3QgZ3Jvd3RoID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4Jyk7XG4gIHJldHVybiBbXG4gICAgYHNlcnZlciByZXNvdXJjZXM6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWS5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93blJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGAjIyBjb3Vyc2UtcGVyZiBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChvcHRpb25zLnNjZW5hcmlvKX1cXGA6ICR7ZmFpbGVkID09PSAwID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgIDogYOKdjCAke2ZhaWxlZH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoKHIpID0+IGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgXFxgJHtlc2NhcGVNYXJrZG93bkNlbGwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfVxcYCB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX0gfGApLFxuICBdO1xuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsICd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc0xpbmUoZGF0YSkpLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIG1ldHJpY1ZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIEVuZHBvaW50Um93LCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzIHtcbiAgc2NoZW1hX3ZlcnNpb246IG51bWJlcjtcbiAgcnVuOiBSdW5NZXRhICYgeyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbCB9O1xuICB2ZXJkaWN0OiAncGFzc2VkJyB8ICdmYWlsZWQnO1xuICB0aHJlc2hvbGRzOiB7IG1ldHJpYzogc3RyaW5nOyBleHByZXNzaW9uOiBzdHJpbmc7IG9rOiBib29sZWFuOyBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbCB9W107XG4gIGVuZHBvaW50czogRW5kcG9pbnRSb3dbXTtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIHJlc291cmNlczogeyBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDsgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsOyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7IHNhbXBsZXNfbWlzc2luZzogbnVtYmVyIH0gfCBudWxsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRhOiBSdW5NZXRhKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSA9PiAoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSk7XG4gIGNvbnN0IG1lYXN1cmVkID0gZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iIHx8IGRhdGEubWV0cmljcz8uc2VydmVyX2NwdV9wZXJjZW50O1xuICByZXR1cm4ge1xuICAgIHNjaGVtYV92ZXJzaW9uOiBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OLFxuICAgIHJ1bjogeyAuLi5tZXRhLCBkdXJhdGlvbl9tczogZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gbnVsbCB9LFxuICAgIHZlcmRpY3Q6IHRocmVzaG9sZHMuZXZlcnkoKHQpID0+IHQub2spID8gJ3Bhc3NlZCcgOiAnZmFpbGVkJyxcbiAgICB0aHJlc2hvbGRzLFxuICAgIGVuZHBvaW50czogZW5kcG9pbnRSb3dzKGRhdGEpLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIG1ldHJpY1ZhbHVlLCByZXNvdXJjZXNMaW5lLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoWydodHRwX3JlcXMnLCAnaHR0cF9yZXFfZHVyYXRpb24nLCAnaHR0cF9yZXFfYmxvY2tlZCcsICdodHRwX3JlcV9jb25uZWN0aW5nJywgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsICdodHRwX3JlcV9zZW5kaW5nJywgJ2h0dHBfcmVxX3dhaXRpbmcnLCAnaHR0cF9yZXFfcmVjZWl2aW5nJywgJ2h0dHBfcmVxX2ZhaWxlZCcsICdpdGVyYXRpb25zJywgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAndnVzJywgJ3Z1c19tYXgnLCAnZGF0YV9zZW50JywgJ2RhdGFfcmVjZWl2ZWQnLCAnY2hlY2tzJywgJ2dyb3VwX2R1cmF0aW9uJ10pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PiAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbiB9KTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKGMuYm9sZChgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWApKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gKSk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWApO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSkuZmlsdGVyKGlzQ3VzdG9tKS5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogeyBzY2VuYXJpbzogc3RyaW5nOyBwcm9maWxlPzogc3RyaW5nIH0pIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwgeyBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbywgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlIH0pIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgfSk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIEN1c3RvbSBtZXRyaWNzIGZvciB3aGF0IGs2J3MgYnVpbHQtaW5zIGNhbm5vdCBzYXkuIENyZWF0ZWQgb25jZSBhdCBpbml0IChrNiByZXF1aXJlcyBpdCkuXG5pbXBvcnQgeyBDb3VudGVyLCBSYXRlLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuXG4vKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uIHRpbWUgZnJvbSB0aGUgam9iJ3Mgb3duIHN0YXJ0ZWRfYXQvZmluaXNoZWRfYXQgKHNlcnZlciB2aWV3KS4gKi9cbmV4cG9ydCBjb25zdCBjaGFwdGVyR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiwgam9iIGNyZWF0ZWQgLT4gZmluaXNoZWQsIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiBhcyB0aGUgcG9sbGluZyB1c2VyIHNhdyBpdDogcmVxdWVzdCBhY2NlcHRlZCAtPiBjb21wbGV0ZWQgc2Vlbi4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fb2JzZXJ2ZWRfbXMnLCB0cnVlKTtcbi8qKiBHZW5lcmF0aW9uIGpvYnMgdGhhdCBmYWlsZWQgb3IgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmV4cG9ydCBjb25zdCBnZW5lcmF0aW9uRmFpbGVkID0gbmV3IFJhdGUoJ2dlbmVyYXRpb25fZmFpbGVkJyk7XG4vKiogQ291cnNlcyB0aGUgcGxhdGZvcm0gYWNrbm93bGVkZ2VkIGNyZWF0aW5nICgyMDEpLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZXNDcmVhdGVkID0gbmV3IENvdW50ZXIoJ2NvdXJzZXNfY3JlYXRlZCcpO1xuLyoqIFdob2xlIHdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCBjb21wbGV0ZWQgZXZlcnkgc3RlcCwgdGFnZ2VkIGJ5IHdvcmtmbG93LiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93U3VjY2VzcyA9IG5ldyBSYXRlKCd3b3JrZmxvd19zdWNjZXNzJyk7XG4vKiogV29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IHRocmV3IChhIHNjcmlwdCBidWcgb3IgYSBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dFcnJvcnMgPSBuZXcgQ291bnRlcignd29ya2Zsb3dfZXJyb3JzJyk7XG4iLCAiLy8gUnVucyBvbmUgd29ya2Zsb3cgaXRlcmF0aW9uIGFuZCByZWNvcmRzIGl0cyBvdXRjb21lLiBBIHdvcmtmbG93IHRoYXQgdGhyb3dzIChhIHNjcmlwdCBidWcsIGFcbi8vIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKSBpcyBhIGZhaWxlZCBpdGVyYXRpb24gdGhhdCBjb3VudHMgYWdhaW5zdCB0aGUgdGhyZXNob2xkcyBpbnN0ZWFkXG4vLyBvZiBhbiBleGNlcHRpb24gazYgb25seSBsb2dzLlxuaW1wb3J0IHsgd29ya2Zsb3dFcnJvcnMsIHdvcmtmbG93U3VjY2VzcyB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgdHlwZSB7IENvbnRleHQsIFdvcmtmbG93IH0gZnJvbSAnLi93b3JrZmxvd3MudHMnO1xuXG5jb25zdCBNQVhfTE9HR0VEX0VSUk9SUyA9IDU7XG5sZXQgbG9nZ2VkRXJyb3JzID0gMDtcblxuY29uc3QgdGFnc0J5TmFtZTogUmVjb3JkPHN0cmluZywgeyB3b3JrZmxvdzogc3RyaW5nIH0+ID0ge307XG5cbmV4cG9ydCBmdW5jdGlvbiBydW5Xb3JrZmxvdyhuYW1lOiBzdHJpbmcsIHdvcmtmbG93OiBXb3JrZmxvdywgY3R4OiBDb250ZXh0KTogdm9pZCB7XG4gIGNvbnN0IHRhZ3MgPSAodGFnc0J5TmFtZVtuYW1lXSA/Pz0geyB3b3JrZmxvdzogbmFtZSB9KTsgLy8gbWFkZSBvbmNlIHBlciB3b3JrZmxvdywgbm90IHBlciBpdGVyYXRpb25cbiAgdHJ5IHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKHdvcmtmbG93KGN0eCksIHRhZ3MpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQoZmFsc2UsIHRhZ3MpO1xuICAgIHdvcmtmbG93RXJyb3JzLmFkZCgxLCB0YWdzKTtcbiAgICBpZiAobG9nZ2VkRXJyb3JzKysgPCBNQVhfTE9HR0VEX0VSUk9SUykge1xuICAgICAgY29uc29sZS5lcnJvcihgd29ya2Zsb3cgXCIke25hbWV9XCIgdGhyZXc6ICR7ZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IChlcnJvci5zdGFjayA/PyBlcnJvci5tZXNzYWdlKSA6IFN0cmluZyhlcnJvcil9YCk7XG4gICAgfVxuICB9XG59XG4iLCAiLy8gV2hhdCBlYWNoIGtpbmQgb2YgdXNlciBkb2VzIGluIG9uZSBpdGVyYXRpb24uIFNjZW5hcmlvcyBvbmx5IGNob29zZSB3aG8gcnVucyBhbmQgaG93IG9mdGVuO1xuLy8gbm8gc2NlbmFyaW8gcmUtaW1wbGVtZW50cyB0aGVzZS4gRXZlcnkgd29ya2Zsb3cgcmV0dXJucyB3aGV0aGVyIGFsbCBvZiBpdHMgc3RlcHMgc3VjY2VlZGVkLlxuaW1wb3J0IHsgZ3JvdXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIEV4cG9ydEZvcm1hdCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBnZW5lcmF0ZUFuZFdhaXQgfSBmcm9tICcuL2dlbmVyYXRpb24udHMnO1xuaW1wb3J0IHsgY291cnNlc0NyZWF0ZWQgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgcGlja09uZSwgcGlja1dlaWdodGVkLCB0aGluayB9IGZyb20gJy4vcGFjaW5nLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBDb250ZXh0IHtcbiAgY29uZmlnOiBDb25maWc7XG4gIGRhdGE6IFJ1bkRhdGE7XG59XG5cbmV4cG9ydCB0eXBlIFdvcmtmbG93ID0gKGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxubGV0IGNsaWVudHM6IFJlY29yZDxzdHJpbmcsIEFwaUNsaWVudD4gPSB7fTtcbi8qKiBPbmUgY2xpZW50IHBlciB0b2tlbiBwZXIgVlUsIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuZnVuY3Rpb24gY2xpZW50Rm9yKGN0eDogQ29udGV4dCwgdG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gIHJldHVybiAoY2xpZW50c1t0b2tlbl0gPz89IG5ldyBBcGlDbGllbnQoY3R4LmNvbmZpZy5iYXNlVXJsLCBjdHguY29uZmlnLmFwaVRpbWVvdXRTLCB0b2tlbikpO1xufVxuLyoqIFJlc2V0cyB0aGUgcGVyLVZVIGNsaWVudCBjYWNoZSAodGVzdHMgYW5kIGxvbmcgcnVucyB3aXRoIHJlLWxvZ2luKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNldENsaWVudHMoKTogdm9pZCB7XG4gIGNsaWVudHMgPSB7fTtcbn1cblxuLyoqIEEgdGl0bGUgdW5pcXVlIHRvIHRoaXMgcnVuLCBWVSBhbmQgaXRlcmF0aW9uLCBzbyBjb25jdXJyZW50IHVzZXJzIG5ldmVyIGNvbGxpZGUuICovXG5leHBvcnQgZnVuY3Rpb24gdW5pcXVlVGl0bGUoa2luZDogc3RyaW5nLCBjdHg6IENvbnRleHQpOiBzdHJpbmcge1xuICByZXR1cm4gYHBlcmYtJHtraW5kfSAke2N0eC5kYXRhLnJ1bklkfSB2dSR7ZXhlYy52dS5pZEluVGVzdH0gaXQke2V4ZWMudnUuaXRlcmF0aW9uSW5TY2VuYXJpb31gO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuXG4vKiogUmVhZHMgYSBjb3Vyc2UgYW5kIG9uZSBvZiBpdHMgZ2VuZXJhdGVkIGNoYXB0ZXJzLiAqL1xuZnVuY3Rpb24gcmVhZENvdXJzZShjbGllbnQ6IEFwaUNsaWVudCwgaWQ6IElkKTogYm9vbGVhbiB7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5nZXRDb3Vyc2UoaWQpO1xuICBpZiAoIWNvdXJzZS5ib2R5KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IChjb3Vyc2UuYm9keS5jaGFwdGVycyA/PyBbXSkuZmlsdGVyKChjKSA9PiBjLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpO1xuICBjb25zdCBjaGFwdGVyID0gcGlja09uZShnZW5lcmF0ZWQpO1xuICByZXR1cm4gY2hhcHRlciA9PT0gdW5kZWZpbmVkIHx8IGNsaWVudC5nZXRDaGFwdGVyKGlkLCBjaGFwdGVyLmluZGV4KS5vaztcbn1cblxudHlwZSBSZWd1bGFyVGFzayA9IChjbGllbnQ6IEFwaUNsaWVudCwgY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG5jb25zdCByZWd1bGFyVGFza3M6IHsgd2VpZ2h0OiBudW1iZXI7IHRhc2s6IFJlZ3VsYXJUYXNrIH1bXSA9IFtcbiAgeyB3ZWlnaHQ6IDUsIHRhc2s6IChjbGllbnQpID0+IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCwgb2Zmc2V0OiBNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAzKSAqIDIwIH0pLm9rIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDQsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBpZCA9IHBpY2tPbmUoY3R4LmRhdGEuc2VlZGVkQ291cnNlSWRzKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSwgdG9waWM6ICdhbGdlYnJhJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgICAgY29uc3QgcmVhZEJhY2sgPSBjbGllbnQuZ2V0Q291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgICByZXR1cm4gcmVhZEJhY2sgJiYgY2xpZW50LmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgIH0sXG4gIH0sXG5dO1xuXG4vKiogQnJvd3NlcyB0aGUgY291cnNlIGxpc3QsIG9wZW5zIGNvdXJzZXMgYW5kIHJlYWRzIGNoYXB0ZXJzOyBub3cgYW5kIHRoZW4gY3JlYXRlcyBvbmUuICovXG5leHBvcnQgY29uc3QgcmVndWxhclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3JlZ3VsYXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCBjdHguZGF0YS50b2tlbnMucmVndWxhcik7XG4gICAgbGV0IG9rID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgZm9yIChsZXQgc3RlcCA9IDA7IHN0ZXAgPCAzOyBzdGVwKyspIHtcbiAgICAgIG9rID0gcGlja1dlaWdodGVkKHJlZ3VsYXJUYXNrcykoY2xpZW50LCBjdHgpICYmIG9rO1xuICAgICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIENyZWF0ZXMgYSBjb3Vyc2UsIGdlbmVyYXRlcyBpdCwgZm9sbG93cyB0aGUgam9iLCByZWFkcyBhbmQgZXhwb3J0cyB0aGUgcmVzdWx0LCB0aGVuIGRlbGV0ZXMgaXQuICovXG5leHBvcnQgY29uc3QgcG93ZXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdwb3dlciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLnBvd2VyKTtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogdW5pcXVlVGl0bGUoJ3Bvd2VyJywgY3R4KSxcbiAgICAgIHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcycsXG4gICAgICBsZXZlbDogJ2FkdmFuY2VkJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IGNvbmZpZy5jaGFwdGVyc1BlckNvdXJzZSxcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgbGV0IG9rID0gY2xpZW50LnVwZGF0ZUNvdXJzZShpZCwgeyB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMsIHJldmlzZWQnIH0pLm9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCkgJiYgb2s7XG4gICAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgICBvayA9IGNsaWVudC5leHBvcnRDb3Vyc2UoaWQsIHBpY2tPbmUoRVhQT1JUX0ZPUk1BVFMpID8/ICdqc29uJykub2sgJiYgb2s7XG4gICAgfVxuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICByZXR1cm4gY2xpZW50LmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuXG4vKiogV2F0Y2hlcyB0aGUgc3lzdGVtOiBzdGF0cywgdGhlIGpvYiBsaXN0LCB0aGUgdXNlciBsaXN0LCBhbmQgcmVtb3ZlcyBjb3Vyc2VzIGVhcmxpZXIgcnVucyBsZWZ0IGJlaGluZC4gKi9cbmV4cG9ydCBjb25zdCBhZG1pblVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2FkbWluIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgY3R4LmRhdGEudG9rZW5zLmFkbWluKTtcbiAgICBsZXQgb2sgPSBjbGllbnQuYWRtaW5TdGF0cygpLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Kb2JzKDIwKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIC8vIExlZnRvdmVycyBvZiBpbnRlcnJ1cHRlZCBydW5zOiB0aXRsZXMgb2Ygb3RoZXIgcnVucyBvbmx5LCBuZXZlciB0aGlzIHJ1bidzIGxpdmUgY291cnNlcy5cbiAgICBjb25zdCBsZWZ0b3ZlcnMgPSBjbGllbnQubGlzdENvdXJzZXMoeyBxOiAncGVyZi0nLCBsaW1pdDogMjAgfSkuYm9keT8uaXRlbXMgPz8gW107XG4gICAgZm9yIChjb25zdCBjb3Vyc2Ugb2YgbGVmdG92ZXJzLmZpbHRlcigoYykgPT4gIWMudGl0bGUuaW5jbHVkZXMoY3R4LmRhdGEucnVuSWQpKS5zbGljZSgwLCA1KSkge1xuICAgICAgb2sgPSBjbGllbnQuZGVsZXRlQ291cnNlKGNvdXJzZS5pZCkub2sgJiYgb2s7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBFdmVyeSBlbmRwb2ludCBhdCBsZWFzdCBvbmNlOiB0aGUgc21va2UgY2hlY2suICovXG5leHBvcnQgY29uc3QgZXZlcnlFbmRwb2ludDogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnZXZlcnkgZW5kcG9pbnQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcsIGRhdGEgfSA9IGN0eDtcbiAgICBjb25zdCB1c2VyID0gY2xpZW50Rm9yKGN0eCwgZGF0YS50b2tlbnMucG93ZXIpO1xuICAgIGNvbnN0IGFkbWluID0gY2xpZW50Rm9yKGN0eCwgZGF0YS50b2tlbnMuYWRtaW4pO1xuICAgIGxldCBvayA9IHVzZXIuaGVhbHRoKCkub2s7XG4gICAgb2sgPSB1c2VyLmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDUgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzbW9rZScsIGN0eCksIHRvcGljOiAnc21va2UgdGVzdGluZycsIGxldmVsOiAnaW50ZXJtZWRpYXRlJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICBvayA9IHVzZXIuZ2V0Q291cnNlKGlkKS5vayAmJiBvaztcbiAgICBvayA9IHVzZXIudXBkYXRlQ291cnNlKGlkLCB7IHRpdGxlOiBgJHtjcmVhdGVkLmJvZHkudGl0bGV9IChlZGl0ZWQpYCB9KS5vayAmJiBvaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KHVzZXIsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gdXNlci5nZXRDaGFwdGVyKGlkLCBnZW5lcmF0aW9uLmpvYj8uY2hhcHRlcnNbMF0/LmluZGV4ID8/IDApLm9rICYmIG9rO1xuICAgICAgZm9yIChjb25zdCBmb3JtYXQgb2YgRVhQT1JUX0ZPUk1BVFMpIG9rID0gdXNlci5leHBvcnRDb3Vyc2UoaWQsIGZvcm1hdCkub2sgJiYgb2s7XG4gICAgfVxuICAgIG9rID0gYWRtaW4uYWRtaW5TdGF0cygpLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Kb2JzKDEwKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICByZXR1cm4gdXNlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcbiIsICIvLyBTdGFydGluZyBhIGNvdXJzZSdzIGdlbmVyYXRpb24gYW5kIGZvbGxvd2luZyBpdHMgam9iIHRvIHRoZSBlbmQsIHJlY29yZGluZyBob3cgbG9uZyBpdCB0b29rXG4vLyBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAodGhlIHNlcnZlcidzIHZpZXcpIGFuZCBmcm9tIHRoZSBwb2xsZXIncyAodGhlIHVzZXIncyB2aWV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIElkLCBKb2IgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBjaGFwdGVyR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uTXMsIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLCBnZW5lcmF0aW9uRmFpbGVkIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbXBsZXRlZDogYm9vbGVhbjtcbiAgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIG1pbGxpc0JldHdlZW4oZnJvbTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgdG86IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAoIWZyb20gfHwgIXRvKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBtcyA9IERhdGUucGFyc2UodG8pIC0gRGF0ZS5wYXJzZShmcm9tKTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgJiYgbXMgPj0gMCA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiByZWNvcmRKb2JUaW1lcyhqb2I6IEpvYik6IHZvaWQge1xuICBmb3IgKGNvbnN0IGNoYXB0ZXIgb2Ygam9iLmNoYXB0ZXJzKSB7XG4gICAgY29uc3QgbXMgPSBjaGFwdGVyLmR1cmF0aW9uX21zID8/IG1pbGxpc0JldHdlZW4oY2hhcHRlci5zdGFydGVkX2F0LCBjaGFwdGVyLmZpbmlzaGVkX2F0KTtcbiAgICBpZiAodHlwZW9mIG1zID09PSAnbnVtYmVyJyAmJiBjaGFwdGVyLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGNoYXB0ZXJHZW5lcmF0aW9uTXMuYWRkKG1zKTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1pbGxpc0JldHdlZW4oam9iLmNyZWF0ZWRfYXQsIGpvYi5maW5pc2hlZF9hdCk7XG4gIGlmICh0b3RhbCAhPT0gdW5kZWZpbmVkKSBjb3Vyc2VHZW5lcmF0aW9uTXMuYWRkKHRvdGFsKTtcbn1cblxuLyoqIFN0YXJ0cyBnZW5lcmF0aW9uIGFuZCBwb2xscyB0aGUgam9iIHVudGlsIGl0IGNvbXBsZXRlcywgZmFpbHMsIG9yIGB0aW1lb3V0U2AgcGFzc2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlQW5kV2FpdChjbGllbnQ6IEFwaUNsaWVudCwgY291cnNlSWQ6IElkLCBwb2xsSW50ZXJ2YWxTOiBudW1iZXIsIHRpbWVvdXRTOiBudW1iZXIpOiBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbnN0IGFjY2VwdGVkID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZUlkKTtcbiAgaWYgKCFhY2NlcHRlZC5ib2R5KSB7XG4gICAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQodHJ1ZSk7XG4gICAgcmV0dXJuIHsgY29tcGxldGVkOiBmYWxzZSwgam9iOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBzdGFydGVkICsgdGltZW91dFMgKiAxMDAwO1xuICBsZXQgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBzbGVlcChwb2xsSW50ZXJ2YWxTKTtcbiAgICBjb25zdCBwb2xsZWQgPSBjbGllbnQuZ2V0Sm9iKGFjY2VwdGVkLmJvZHkuam9iX2lkKTtcbiAgICBpZiAoIXBvbGxlZC5ib2R5KSBjb250aW51ZTtcbiAgICBqb2IgPSBwb2xsZWQuYm9keTtcbiAgICBpZiAoam9iLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcgfHwgam9iLnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGJyZWFrO1xuICB9XG4gIGNvbnN0IGNvbXBsZXRlZCA9IGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJztcbiAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQoIWNvbXBsZXRlZCk7XG4gIGlmIChjb21wbGV0ZWQgJiYgam9iKSB7XG4gICAgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMuYWRkKERhdGUubm93KCkgLSBzdGFydGVkKTtcbiAgICByZWNvcmRKb2JUaW1lcyhqb2IpO1xuICB9XG4gIHJldHVybiB7IGNvbXBsZXRlZCwgam9iIH07XG59XG4iLCAiLy8gSG93IHNpbXVsYXRlZCB1c2VycyBwYWNlIHRoZW1zZWx2ZXMgYW5kIGNob29zZSB3aGF0IHRvIGRvIG5leHQuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcblxuLyoqIFNsZWVwcyBhIHVuaWZvcm1seSBkcmF3biB0aGluayB0aW1lIGluIFttaW4sIG1heF0gc2Vjb25kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aGluayhyYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfSk6IHZvaWQge1xuICBjb25zdCBzZWNvbmRzID0gcmFuZ2UubWluICsgTWF0aC5yYW5kb20oKSAqIChyYW5nZS5tYXggLSByYW5nZS5taW4pO1xuICBpZiAoc2Vjb25kcyA+IDApIHNsZWVwKHNlY29uZHMpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdlaWdodGVkVGFzazxUPiB7XG4gIHdlaWdodDogbnVtYmVyO1xuICB0YXNrOiBUO1xufVxuXG4vKiogUGlja3Mgb25lIHRhc2sgd2l0aCBwcm9iYWJpbGl0eSBwcm9wb3J0aW9uYWwgdG8gaXRzIHdlaWdodC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrV2VpZ2h0ZWQ8VD4odGFza3M6IHJlYWRvbmx5IFdlaWdodGVkVGFzazxUPltdLCByYW5kb206IG51bWJlciA9IE1hdGgucmFuZG9tKCkpOiBUIHtcbiAgY29uc3QgdG90YWwgPSB0YXNrcy5yZWR1Y2UoKHN1bSwgdCkgPT4gc3VtICsgdC53ZWlnaHQsIDApO1xuICBsZXQgcG9pbnQgPSByYW5kb20gKiB0b3RhbDtcbiAgZm9yIChjb25zdCB0IG9mIHRhc2tzKSB7XG4gICAgcG9pbnQgLT0gdC53ZWlnaHQ7XG4gICAgaWYgKHBvaW50IDwgMCkgcmV0dXJuIHQudGFzaztcbiAgfVxuICByZXR1cm4gdGFza3NbdGFza3MubGVuZ3RoIC0gMV0hLnRhc2s7XG59XG5cbi8qKiBQaWNrcyBvbmUgZWxlbWVudCB1bmlmb3JtbHkuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja09uZTxUPihpdGVtczogcmVhZG9ubHkgVFtdKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBpdGVtcy5sZW5ndGggPT09IDAgPyB1bmRlZmluZWQgOiBpdGVtc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBpdGVtcy5sZW5ndGgpXTtcbn1cbiIsICIvLyBUaGUgbWl4ZWQgdXNlciBwb3B1bGF0aW9uIHNoYXJlZCBieSBsb2FkLCByYW1wLXVwIGFuZCBzb2FrOiBvbmUgazYgc2NlbmFyaW8gYW5kIG9uZSBleGVjXG4vLyBmdW5jdGlvbiBwZXIgdXNlciBjbGFzcy4gRW50cmllcyByZS1leHBvcnQgdGhlIGV4ZWMgZnVuY3Rpb25zLCBhcyBrNiBsb29rcyB0aGVtIHVwIGJ5IG5hbWUgaW5cbi8vIHRoZSBlbnRyeSBtb2R1bGUuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgcnVuV29ya2Zsb3cgfSBmcm9tICcuL3J1bi13b3JrZmxvdy50cyc7XG5pbXBvcnQgdHlwZSB7IFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgeyBzcGxpdFVzZXJzLCB0eXBlIFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgYWRtaW5Vc2VyLCBwb3dlclVzZXIsIHJlZ3VsYXJVc2VyLCB0eXBlIFdvcmtmbG93IH0gZnJvbSAnLi93b3JrZmxvd3MudHMnO1xuXG4vKiogU2NlbmFyaW9zIGZvciB0aGUgdGhyZWUgY2xhc3Nlcywgc3BsaXR0aW5nIGB0b3RhbFVzZXJzYCBieSBgY29uZmlnLndlaWdodHNgLCBlYWNoIGluIHRoZSBnaXZlbiBzaGFwZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb3B1bGF0aW9uU2NlbmFyaW9zKGNvbmZpZzogQ29uZmlnLCB0b3RhbFVzZXJzOiBudW1iZXIsIHNoYXBlOiAoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlcikgPT4gU2NlbmFyaW8pOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz4ge1xuICBjb25zdCB1c2VycyA9IHNwbGl0VXNlcnModG90YWxVc2VycywgY29uZmlnLndlaWdodHMpO1xuICByZXR1cm4ge1xuICAgIHJlZ3VsYXJfdXNlcnM6IHNoYXBlKCdyZWd1bGFyVXNlcnMnLCB1c2Vycy5yZWd1bGFyKSxcbiAgICBwb3dlcl91c2Vyczogc2hhcGUoJ3Bvd2VyVXNlcnMnLCB1c2Vycy5wb3dlciksXG4gICAgYWRtaW5fdXNlcnM6IHNoYXBlKCdhZG1pblVzZXJzJywgdXNlcnMuYWRtaW4pLFxuICB9O1xufVxuXG4vKiogVGhlIGV4ZWMgZnVuY3Rpb25zIHRob3NlIHNjZW5hcmlvcyBuYW1lOyBgYmVmb3JlRWFjaGAgcnVucyBmaXJzdCBpbiBldmVyeSBpdGVyYXRpb24gKGUuZy4gc2V0dGluZyB0aGUgcGhhc2UgdGFnKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb3B1bGF0aW9uRXhlY3MoY29uZmlnOiBDb25maWcsIGJlZm9yZUVhY2g6ICgpID0+IHZvaWQgPSAoKSA9PiB1bmRlZmluZWQpIHtcbiAgY29uc3QgZXhlYyA9IChuYW1lOiBzdHJpbmcsIHdvcmtmbG93OiBXb3JrZmxvdykgPT4gKGRhdGE6IFJ1bkRhdGEpOiB2b2lkID0+IHtcbiAgICBiZWZvcmVFYWNoKCk7XG4gICAgcnVuV29ya2Zsb3cobmFtZSwgd29ya2Zsb3csIHsgY29uZmlnLCBkYXRhIH0pO1xuICB9O1xuICByZXR1cm4geyByZWd1bGFyVXNlcnM6IGV4ZWMoJ3JlZ3VsYXInLCByZWd1bGFyVXNlciksIHBvd2VyVXNlcnM6IGV4ZWMoJ3Bvd2VyJywgcG93ZXJVc2VyKSwgYWRtaW5Vc2VyczogZXhlYygnYWRtaW4nLCBhZG1pblVzZXIpIH07XG59XG4iLCAiLy8gVGhlIHN0YW5kYXJkIGdhdGUgc2V0cyB0aGUgc2NlbmFyaW9zIGNvbWJpbmUuIEVhY2ggcGVyLWVuZHBvaW50IGdhdGUgaXMgaXRzIG93biB0YWdnZWRcbi8vIHN1Yi1tZXRyaWMsIHNvIGEgZmFpbHVyZSBuYW1lcyB0aGUgZW5kcG9pbnQgYW5kIHRoZSBzdW1tYXJ5IGxpc3RzIGV2ZXJ5IGVuZHBvaW50J3MgZmlndXJlcy5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4uL2xpYi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgdHlwZSB7IEdhdGUgfSBmcm9tICcuL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgVGFyZ2V0cyB9IGZyb20gJy4vdGFyZ2V0cy50cyc7XG5cbmNvbnN0IGFwaSA9IHsgc2NvcGU6IEFQSV9TQ09QRSB9O1xuXG5mdW5jdGlvbiBlbmRwb2ludFA5NShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICBpZiAoZW5kcG9pbnQgPT09ICdoZWFsdGgnKSByZXR1cm4gdGFyZ2V0cy5oZWFsdGhQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnY291cnNlX2V4cG9ydCcpIHJldHVybiB0YXJnZXRzLmV4cG9ydFA5NU1zO1xuICByZXR1cm4gdGFyZ2V0cy5hcGlQOTVNcztcbn1cblxuLyoqIEFQSSBwOTUvcDk5IG92ZXIgYWxsIGVuZHBvaW50cywgYW5kIHA5NSBwZXIgZW5kcG9pbnQgKGhlYWx0aCBhbmQgZXhwb3J0IHdpdGggdGhlaXIgb3duIGJ1ZGdldHMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhdGVuY3lHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTlNcyB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogRXJyb3IgcmF0ZSBvdmVyIGFsbCBBUEkgcmVxdWVzdHMgYW5kIHBlciBlbmRwb2ludCwgc28gb25lIGZhaWxpbmcgcm91dGUgaXMgbmFtZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZXJyb3JHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogU3RvcHMgYSBydW4gZWFybHkgd2hlbiBtb3N0IHJlcXVlc3RzIGZhaWwgKHBsYXRmb3JtIGRvd24gb3IgY3Jhc2hlZCk6IG5vIG1pbnV0ZXMgb2Ygbm9pc2UuICovXG5leHBvcnQgZnVuY3Rpb24gYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCA9ICcxMHMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IDAuNSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gIF07XG59XG5cbi8qKiBDaGVja3MgYW5kIHdob2xlIHdvcmtmbG93cyBtdXN0IHN1Y2NlZWQgb2Z0ZW4gZW5vdWdoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Y2Nlc3NHYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoZWNrcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICAgIHsgbWV0cmljOiAnd29ya2Zsb3dfc3VjY2VzcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogQ2hhcHRlciBnZW5lcmF0aW9uIHRpbWUgKHRoZSBqb2IncyBvd24gdGltZXN0YW1wcykgYW5kIGZhaWxlZCBnZW5lcmF0aW9uIGpvYnMuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGlvbkdhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmNoYXB0ZXJQOTVNcyB9XSB9LFxuICAgIHsgbWV0cmljOiAnZ2VuZXJhdGlvbl9mYWlsZWQnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIEVhY2ggZW5kcG9pbnQgYWdhaW5zdCBpdHMgb3duIGJ1ZGdldDogcDk1IChoZWFsdGggYW5kIGV4cG9ydCBoYXZlIHRoZWlyIG93bikgYW5kIHA5OSwgcGx1cyBpdHMgZXJyb3IgcmF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludEJ1ZGdldEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSwgZXJyb3JSYXRlOiBudW1iZXIpOiBHYXRlW10ge1xuICByZXR1cm4gZW5kcG9pbnRzLmZsYXRNYXAoKGVuZHBvaW50KSA9PiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IE1hdGgubWF4KHRhcmdldHMuYXBpUDk5TXMsIGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSkgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IHsgZW5kcG9pbnQgfSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVycm9yUmF0ZSB9XSB9LFxuICBdKTtcbn1cblxuLyoqXG4gKiBicmVha3BvaW50OiBBUEkgcDk1IGFuZCBlcnJvciByYXRlIGFib3J0IHRoZSBydW4gb25jZSBjcm9zc2VkIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgIG9mIGRhdGEpO1xuICogdGhlIHN1c3RhaW5lZC1yYXRlIG1ldHJpYyBpcyBsaXN0ZWQgd2l0aCBhbiBhbHdheXMtdHJ1ZSBydWxlIHNvIHRoZSBzdW1tYXJ5IHNob3dzIGl0cyB2YWx1ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJyZWFrcG9pbnRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBzdXN0YWluZWRNZXRyaWM6IHN0cmluZywgZGVsYXlBYm9ydEV2YWwgPSAnNXMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSB9LFxuICAgIHsgbWV0cmljOiBzdXN0YWluZWRNZXRyaWMsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc+PScsIHZhbHVlOiAwIH1dIH0sXG4gIF07XG59XG4iLCAiLy8gVGhlIG1haW4gam9iOiByZWd1bGFyLCBwb3dlciBhbmQgYWRtaW4gdXNlcnMgaW4gcGFyYWxsZWwgKDcwLzIwLzEwICUgb2YgdGhlIFZVcyBieSBkZWZhdWx0KSxcbi8vIHJhbXBpbmcgdXAgdG8gUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUywgaG9sZGluZyBmb3IgUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTiwgcmFtcGluZ1xuLy8gZG93biwgYWdhaW5zdCB0aGUgZnVsbCB0aHJlc2hvbGQgc2V0LiBgazYgcnVuIC1lIEJBU0VfVVJMPS4uLiBkaXN0L2xvYWQuanNgLlxuaW1wb3J0IHsgQXBpQ2xpZW50IH0gZnJvbSAnLi4vbGliL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7IEVORFBPSU5UUyB9IGZyb20gJy4uL2xpYi9odHRwL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBndWFyZGVkQ29uZmlnIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHsgcHJlcGFyZVJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vbGliL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IGNvbnN0YW50UmF0ZSwgcmFtcGluZ0R1cmF0aW9uUywgcmFtcGluZ1VzZXJzIH0gZnJvbSAnLi4vbGliL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IHBvcHVsYXRpb25FeGVjcywgcG9wdWxhdGlvblNjZW5hcmlvcyB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlcnJvckdhdGVzLCBnZW5lcmF0aW9uR2F0ZXMsIGxhdGVuY3lHYXRlcywgc3VjY2Vzc0dhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ2xvYWQnKTtcblxuZXhwb3J0IGNvbnN0IG9wdGlvbnMgPSBlbnRyeU9wdGlvbnMoY29uZmlnLCAoKSA9PiAoe1xuICB3YWxsVGltZVM6IHJhbXBpbmdEdXJhdGlvblMoY29uZmlnKSxcbiAgc2NlbmFyaW9zOiB7XG4gICAgLi4ucG9wdWxhdGlvblNjZW5hcmlvcyhjb25maWcsIGNvbmZpZy5jb25jdXJyZW50VXNlcnMsIChleGVjLCB2dXMpID0+IHJhbXBpbmdVc2VycyhleGVjLCB2dXMsIGNvbmZpZykpLFxuICAgIC8vIFdoYXQgYSBtb25pdG9yaW5nIHByb2JlIHNlZXMgZHVyaW5nIHRoZSBsb2FkOiBHRVQgL2hlYWx0aCBvbmNlIGEgc2Vjb25kLlxuICAgIGhlYWx0aF9wcm9iZTogY29uc3RhbnRSYXRlKCdoZWFsdGhQcm9iZScsIDEsIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnKSwgMiksXG4gIH0sXG4gIGdhdGVzOiBbXG4gICAgLi4ubGF0ZW5jeUdhdGVzKGNvbmZpZy50YXJnZXRzLCBFTkRQT0lOVFMpLFxuICAgIC4uLmVycm9yR2F0ZXMoY29uZmlnLnRhcmdldHMsIEVORFBPSU5UUyksXG4gICAgLi4uYWJvcnRHYXRlcygpLFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyhjb25maWcudGFyZ2V0cyksXG4gICAgLi4uZ2VuZXJhdGlvbkdhdGVzKGNvbmZpZy50YXJnZXRzKSxcbiAgXSxcbn0pKTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ2xvYWQnIH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHJldHVybiBwcmVwYXJlUnVuKGNvbmZpZyk7XG59XG5cbmV4cG9ydCBjb25zdCB7IHJlZ3VsYXJVc2VycywgcG93ZXJVc2VycywgYWRtaW5Vc2VycyB9ID0gcG9wdWxhdGlvbkV4ZWNzKGNvbmZpZyk7XG5cbmNvbnN0IHByb2JlID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbmV4cG9ydCBmdW5jdGlvbiBoZWFsdGhQcm9iZSgpOiB2b2lkIHtcbiAgcHJvYmUuaGVhbHRoKCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBR0EsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBdUQ7OztBQ0Z2RCxJQUFNLFlBQVk7QUFBQSxFQUN2QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUtPLElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsWUFBWSxZQUFZO0FBQ2pDLGlCQUFlLFFBQW9CLElBQUksRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBb0IsRUFBRTtBQUM5RztBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGT0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUUvQyxJQUFNLFNBQVM7QUFBQSxFQUNwQixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLFNBQVEsZ0JBQWdCLE1BQU0sTUFBTSxLQUFLLGlCQUFpQixNQUFNO0FBQ2xFO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQUtyQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBLEVBUEY7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVMsRUFBRSxTQUFTLE1BQU0sWUFBWSxRQUFRLEdBQUcsU0FBUyxLQUFLLFNBQVMsa0JBQWtCLGFBQWEsUUFBUSxFQUFFO0FBRWpILFVBQUksQ0FBQyxVQUFXLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDMUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBQSxRQUNBLFNBQ1c7QUFDWCxVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sS0FBSyxRQUFRLFFBQVEsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJLElBQUksY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJLE1BQU0sS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhQSxXQUFVLE1BQVMsQ0FBQztBQUU3SyxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFVBQVU7QUFDZCxRQUFJQSxVQUFTLFVBQVU7QUFFckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBS0EsT0FBTSxTQUFTO0FBQ3hDLGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBYyxPQUFPLFFBQVFBLFVBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ3hGO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVM7QUFDYixlQUFXLE9BQU8sT0FBTztBQUN2QixZQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxVQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNyRztBQUNBLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxPQUFPLFVBQVU7QUFBQSxFQUMvRjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxNQUFNLFFBQVEsR0FBRyxLQUFLLE9BQU8sUUFBUSxNQUFNO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLGtCQUFrQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sUUFBUSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUM5RTtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssT0FBTyxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxNQUFNLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxHQUFHO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHLEtBQUssT0FBTyxPQUFPO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLE1BQU0sYUFBYSxFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDdkc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsTUFBTSxVQUFVLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNwRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFDRjs7O0FHN1FPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNPTSxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFJQSxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsSUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELElBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxTQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDakM7QUFFQSxTQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixRQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxNQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHVCQUF1QixLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RILFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCLFNBQVMsR0FBRyxLQUFXLDRCQUE0QixLQUFLLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNuSjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsT0FBTyxTQUF5QjtBQUM5QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGOzs7QUNqTU8sSUFBTSxTQUFpQixZQUFZLEtBQUs7QUFHeEMsU0FBUyxjQUFjLE9BQXVCO0FBQ25ELHNCQUFvQixRQUFRLEtBQUs7QUFDakMsU0FBTztBQUNUOzs7QUNQQSxTQUFTLGFBQWE7QUFDdEIsT0FBTyxVQUFVO0FBQ2pCLE9BQU8sYUFBYTtBQUNwQixPQUFPQyxXQUFVO0FBWWpCLElBQU0sZUFBZTtBQUNyQixJQUFNLGdCQUFnQjtBQUV0QixTQUFTLE1BQU0sU0FBd0I7QUFDckMsT0FBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixRQUFNLElBQUksTUFBTSxPQUFPO0FBQ3pCO0FBRUEsU0FBUyxNQUFNLFNBQXVCO0FBQ3BDLFFBQU1DLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFFBQU0sTUFBTUMsTUFBSyxJQUFJRCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILE1BQUksSUFBSSxXQUFXLEdBQUc7QUFDcEIsVUFBTSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWEsK0NBQStDO0FBQUEsRUFDNUo7QUFDQSxNQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLFVBQU0sbUJBQW1CQSxJQUFHLGFBQWEsSUFBSSxNQUFNLDJFQUEyRTtBQUFBLEVBQ2hJO0FBQ0Y7QUFFQSxTQUFTLE1BQU0sUUFBbUJFLFNBQWdCLE1BQW9CO0FBQ3BFLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSUEsUUFBTyxNQUFNLElBQUk7QUFDN0MsUUFBTSxTQUFTLE9BQU8sTUFBTSxPQUFPLFFBQVE7QUFDM0MsTUFBSSxDQUFDLE9BQU8sTUFBTTtBQUNoQixVQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxVQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsU0FBUyxjQUFjLFNBQVMsWUFBWTtBQUFBLEVBQzVJO0FBQ0EsU0FBTyxPQUFPLEtBQUs7QUFDckI7QUFFQSxTQUFTLFlBQVksUUFBbUIsT0FBZUEsU0FBc0I7QUFDM0UsUUFBTSxPQUFhLENBQUM7QUFDcEIsUUFBTSxZQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLFVBQU0sVUFBVSxPQUFPLGFBQWEsRUFBRSxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUMsSUFBSSxPQUFPLGdCQUFnQixPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDcEksUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsY0FBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLFNBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtBQUFBLEVBQy9CO0FBQ0EsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxhQUFXLFNBQVMsTUFBTTtBQUN4QixlQUFTO0FBQ1AsWUFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsVUFBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxVQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxVQUFJLEtBQUssSUFBSSxJQUFJLFNBQVUsT0FBTSw2REFBNkRBLFFBQU8sa0JBQWtCLElBQUk7QUFDM0gsWUFBTSxHQUFHO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxlQUFlLG9CQUFvQkEsU0FBaUM7QUFDbEUsUUFBTSxRQUFRLEVBQUUsR0FBR0EsUUFBTyxNQUFNO0FBQ2hDLGFBQVcsUUFBUSxDQUFDLFdBQVcsU0FBUyxPQUFPLEdBQVk7QUFDekQsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUksRUFBRSxHQUFHLE1BQU0sSUFBSSxHQUFHLFNBQVM7QUFBQSxJQUN6RCxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsR0FBR0EsU0FBUSxNQUFNO0FBQzVCO0FBRUEsZUFBc0IsV0FBVyxXQUFtQkMsV0FBNkIsRUFBRSxNQUFNLEtBQUssR0FBcUI7QUFDakgsUUFBTSxVQUFVLE9BQU87QUFDdkIsUUFBTUQsVUFBUyxNQUFNLG9CQUFvQixTQUFTO0FBQ2xELFFBQU0sWUFBWSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQ2xFLFFBQU0sU0FBK0I7QUFBQSxJQUNuQyxTQUFTLE1BQU0sV0FBV0EsU0FBUSxTQUFTO0FBQUEsSUFDM0MsT0FBTyxNQUFNLFdBQVdBLFNBQVEsT0FBTztBQUFBLElBQ3ZDLE9BQU8sTUFBTSxXQUFXQSxTQUFRLE9BQU87QUFBQSxFQUN6QztBQUNBLFFBQU0sUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztBQUN4RixRQUFNLGtCQUFrQkMsU0FBUSxPQUFPLFlBQVksVUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9ELE9BQU0sSUFBSSxDQUFDO0FBQ25HLFNBQU8sRUFBRSxPQUFPLFFBQVEsZ0JBQWdCO0FBQzFDOzs7QUNqR0EsT0FBT0UsV0FBVTtBQUNqQixTQUFTLFNBQVMsYUFBYTs7O0FDNkIvQixJQUFJO0FBQ0osSUFBTSxVQUFVLE1BQ2IsYUFBYSxFQUFFLFlBQVksNEJBQTRCLFNBQVMsdUJBQXVCLFlBQVksdUJBQXVCO0FBR3RILFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLFlBQU0sSUFBSSxNQUFNLGVBQWUsR0FBRyxJQUFJLEtBQUssT0FBTyxNQUFNLDJEQUEyRDtBQUFBLElBQ3JIO0FBQUEsRUFDRjtBQUNBLFNBQU8sR0FBRyxNQUFNLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUNoRjtBQUdPLFNBQVMsV0FBVyxNQUFtRDtBQUM1RSxRQUFNLGFBQWEsUUFBUSxFQUFFLFdBQVcsS0FBSyxLQUFLLElBQUk7QUFDdEQsTUFBSSxLQUFLLEtBQUssV0FBVyxJQUFJLE1BQU0sQ0FBQyxjQUFjLE9BQU8sV0FBVyxDQUFDLENBQUMsSUFBSSxNQUFNO0FBQzlFLFVBQU0sSUFBSSxNQUFNLHVCQUF1QixLQUFLLElBQUksZ0NBQWdDO0FBQUEsRUFDbEY7QUFDQSxNQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwSSxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTyxFQUFFLFdBQVdBLE9BQU0sYUFBYSxNQUFNLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQyxFQUFHO0FBQ3ZIO0FBR08sU0FBUyxlQUFlLE9BQTZCO0FBQzFELFFBQU0sTUFBb0IsQ0FBQztBQUMzQixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLE1BQU0sVUFBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFFBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7QUFBQSxFQUMxRDtBQUNBLFNBQU87QUFDVDs7O0FEakVPLElBQU0sbUJBQW1CLElBQUksTUFBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSSxNQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJLE1BQU0sa0JBQWtCO0FBRW5ELElBQU0sdUJBQXVCLElBQUksUUFBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLGlDQUFpQztBQVM3RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUVsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBR0csU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sVUFBVTtBQUFBLElBQ1YsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGlCQUFpQjtBQUFBLElBQ2pCLFFBQVE7QUFBQSxJQUNSLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFRTyxTQUFTLGNBQWMsWUFBMEI7QUFDdEQsUUFBTSxNQUFNQyxNQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sTUFBOEMsSUFBSSxJQUFJLElBQUk7QUFDNUYsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFDbkMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFBQSxFQUN0QztBQUNGO0FBR08sU0FBUyxtQkFBbUIsWUFBMEI7QUFDM0QsUUFBTSxNQUFNQSxNQUFLLElBQUksR0FBRyxVQUFVLFlBQVksSUFBYTtBQUMzRCxRQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU0sTUFBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsTUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkIsU0FBVSxvQkFBbUIsSUFBSSxRQUFRLHdCQUF3QjtBQUM5SDtBQVlPLFNBQVMsY0FBYyxRQUFnQztBQUM1RCxRQUFNLFFBQWdCO0FBQUEsSUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNBLE1BQUksT0FBTyxtQkFBbUIsT0FBVyxPQUFNLEtBQUssRUFBRSxRQUFRLG1DQUFtQyxPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUMsRUFBRSxDQUFDO0FBQ2xLLE1BQUksT0FBTyxjQUFlLE9BQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ3hILFNBQU87QUFDVDs7O0FFbEdPLFNBQVMsV0FBVyxPQUFlQyxVQUErQztBQUN2RixRQUFNLE9BQU8sQ0FBQyxXQUFXLFNBQVMsT0FBTztBQUN6QyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTyxRQUFRQSxTQUFRLENBQUMsSUFBSyxHQUFHO0FBQ3hELFFBQU0sU0FBUyxNQUFNLElBQUksS0FBSyxLQUFLO0FBQ25DLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEtBQUssTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEVBQUU7QUFDMUgsV0FBUyxPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLE9BQU8sR0FBRyxRQUFRLElBQUssUUFBTyxNQUFNLElBQUksQ0FBQyxDQUFFO0FBRTdHLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFFBQUlBLFNBQVEsS0FBSyxDQUFDLENBQUUsSUFBSSxLQUFLLE9BQU8sQ0FBQyxNQUFNLEtBQUssU0FBUyxHQUFHO0FBQzFELFlBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDO0FBQ2xELGFBQU8sT0FBTztBQUNkLGFBQU8sQ0FBQztBQUFBLElBQ1Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLFNBQVMsT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsR0FBSSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3JFO0FBR08sU0FBUyxhQUFhQyxPQUFjLEtBQWFDLFNBQXVFO0FBQzdILFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQUFEO0FBQUEsSUFDQSxVQUFVO0FBQUEsSUFDVixRQUFRO0FBQUEsTUFDTixFQUFFLFVBQVUsR0FBR0MsUUFBTyxPQUFPLEtBQUssUUFBUSxJQUFJO0FBQUEsTUFDOUMsRUFBRSxVQUFVLEdBQUdBLFFBQU8sU0FBUyxLQUFLLFFBQVEsSUFBSTtBQUFBLE1BQ2hELEVBQUUsVUFBVSxHQUFHQSxRQUFPLFNBQVMsS0FBSyxRQUFRLEVBQUU7QUFBQSxJQUNoRDtBQUFBLElBQ0Esa0JBQWtCO0FBQUEsSUFDbEIsY0FBYztBQUFBLEVBQ2hCO0FBQ0Y7QUFHTyxTQUFTLFVBQVUsV0FBdUQ7QUFDL0UsU0FBTyxPQUFPLFVBQVUsU0FBUyxJQUFJLEVBQUUsTUFBTSxXQUFXLFVBQVUsS0FBSyxJQUFJLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxFQUFFLENBQUMsR0FBRyxVQUFVLEtBQUs7QUFDN0k7QUFHTyxTQUFTLGFBQWFELE9BQWMsV0FBbUIsV0FBbUIsUUFBZ0IsWUFBWSxNQUFnQjtBQUMzSCxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFBQTtBQUFBLElBQ0EsR0FBRyxVQUFVLFNBQVM7QUFBQSxJQUN0QixVQUFVLEdBQUcsU0FBUztBQUFBLElBQ3RCLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUNuRTtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGlCQUFpQkMsU0FBcUU7QUFDcEcsU0FBT0EsUUFBTyxVQUFVQSxRQUFPLFlBQVlBLFFBQU87QUFDcEQ7QUFFTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDL0IzRixTQUFTLG1CQUE0QjtBQUMxQyxTQUFPLFNBQVM7QUFDbEI7QUFHTyxTQUFTLGFBQWFDLFNBQWdCLFdBQXVEO0FBQ2xHLE1BQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxVQUFVO0FBR3hCLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLGVBQWUsS0FBSztBQUFBLElBQ2hDLGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUIsRUFBRSxDQUFDO0FBQUEsSUFDN0QsbUJBQW1CO0FBQUEsRUFDckI7QUFDRjtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBQzVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhLG9CQUFxQixTQUFRLE9BQU8sS0FBSztBQUM3SCxTQUFPO0FBQ1Q7QUFHTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7QUFHTyxTQUFTLHVCQUE2QjtBQUMzQyxNQUFJLE9BQVUsV0FBWSxvQkFBbUIsT0FBVSxVQUFVO0FBQ25FO0FBRU8sU0FBUyxXQUFpQjtBQUMvQix1QkFBcUI7QUFDdkI7OztBQ2hGTyxTQUFTLFVBQVVDLE9BQXNCO0FBQzlDLFNBQU9BLE1BQUssUUFBUSxZQUFZLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDLENBQUU7QUFDdkg7QUFHTyxTQUFTLG1CQUFtQkEsT0FBc0I7QUFDdkQsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSyxFQUFFLFFBQVEsWUFBWSxHQUFHLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2Rzs7O0FDNkJPLFNBQVMsT0FBT0MsYUFBNEI7QUFDakQsU0FBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7QUFDaEU7QUFFQSxTQUFTLE9BQU8sUUFBZ0MsTUFBb0M7QUFDbEYsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELE1BQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsU0FBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0FBQ3hFO0FBR08sU0FBUyxjQUFjLE1BQW1DO0FBQy9ELFFBQU0sT0FBdUIsQ0FBQztBQUM5QixhQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxlQUFXLENBQUNBLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsWUFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsWUFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLFdBQUssS0FBSyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLE9BQU8sSUFBSSxNQUFNLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXLE1BQU0sTUFBTSxPQUFPLFFBQVEsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUMxSztBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7QUFDNUY7QUFFQSxJQUFNLGFBQWE7QUFHWixTQUFTLGFBQWEsTUFBa0M7QUFDN0QsUUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFFBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFFBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixRQUFJLENBQUMsRUFBRyxNQUFLLElBQUksVUFBVyxJQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSyxDQUFFO0FBQ3ZILFdBQU87QUFBQSxFQUNUO0FBQ0EsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFFBQUksQ0FBQyxNQUFPO0FBQ1osVUFBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsVUFBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFFBQUksU0FBUyxxQkFBcUI7QUFDaEMsYUFBTyxPQUFPLElBQUksUUFBUSxHQUFHLEVBQUUsVUFBVSxFQUFFLFNBQVMsR0FBRyxLQUFLLEVBQUUsT0FBTyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDbkosV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxNQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELE1BQUksU0FBUyxNQUFNO0FBQ2pCLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxXQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQ0EsTUFBSSxTQUFTLFFBQVMsUUFBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsRUFBRSxRQUFRLHlCQUF5QixHQUFHO0FBQzlGLFNBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtBQUNqRztBQUVPLFNBQVMsWUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixRQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7QUFDdkU7QUFHTyxTQUFTLGNBQWMsTUFBMkI7QUFDdkQsUUFBTSxTQUFTLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUMxRCxRQUFNLE1BQU0sWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzNELE1BQUksV0FBVyxRQUFRLFFBQVEsS0FBTSxRQUFPO0FBQzVDLFFBQU0sVUFBVSxZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUN4RSxRQUFNLFNBQVMsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQ3pFLFNBQU87QUFBQSxJQUNMLGlDQUFpQyxZQUFZLFFBQVEsT0FBTyxDQUFDO0FBQUEsSUFDN0QsV0FBVyxZQUFZLEtBQUssT0FBTyxDQUFDO0FBQUEsSUFDcEMsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCLFlBQVksUUFBUSxPQUFPLENBQUMsU0FBUztBQUFBLElBQ2xGLG1CQUFtQixPQUFPO0FBQUEsRUFDNUIsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDaEhPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUM7QUFDcEYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQzNDLFFBQU1DLGFBQVksS0FBSyxPQUFPLHFCQUFxQixLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ3ZFLFFBQU0sUUFBUSxVQUFVLGVBQWVELFNBQVEsUUFBUSxFQUFFO0FBQ3pELFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNO0FBQzVCLFVBQU0sT0FBTyxVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsVUFBTSxXQUFXLFVBQVUsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUM7QUFDMUQsVUFBTSxPQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxRQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUcsSUFBSSx3QkFBd0IsUUFBUTtBQUN4RCxXQUFPLEdBQUcsSUFBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLHFCQUFxQixZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsK0JBQStCLFFBQVE7QUFBQTtBQUFBLEVBQ2hMLENBQUM7QUFDRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EseUNBQXlDLEtBQUssTUFBTSxlQUFlLFFBQVEsc0JBQXNCQyxRQUFPO0FBQUEsSUFDeEcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLE1BQU0sZUFBZSxRQUFRLGtDQUFrQ0EsUUFBTztBQUFBLElBQ2xILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ3RCTyxTQUFTLGVBQWUsTUFBbUJDLFVBQXVDO0FBQ3ZGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUN6QyxRQUFNLFFBQVE7QUFBQSxJQUNaLG9CQUFvQixtQkFBbUJBLFNBQVEsUUFBUSxDQUFDLE9BQU8sV0FBVyxJQUFJLFNBQVMsS0FBSyxNQUFNLHVCQUF1QixLQUFLLE1BQU0sT0FBTyxLQUFLLE1BQU0sb0JBQW9CO0FBQUEsSUFDMUs7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxRQUFRLG1CQUFtQixHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsUUFBUSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxJQUFJO0FBQUEsRUFDOUk7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxLQUFLLElBQUksNERBQTRELHFDQUFxQztBQUNoSCxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLEtBQUssS0FBSyxtQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsV0FBVyxTQUFTLENBQUMsSUFBSTtBQUFBLElBQ3JPO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLG1CQUFtQixjQUFjLElBQUksQ0FBQyxHQUFHLEVBQUU7QUFDMUQsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkJPLElBQU0seUJBQXlCO0FBdUIvQixTQUFTLGFBQWEsTUFBbUIsTUFBd0I7QUFDdEUsUUFBTSxhQUFhLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUMsYUFBWSxJQUFJLFNBQVMsT0FBTyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLFNBQVMsRUFBRTtBQUMzSCxRQUFNLFdBQVcsS0FBSyxTQUFTLG9CQUFvQixLQUFLLFNBQVM7QUFDakUsU0FBTztBQUFBLElBQ0wsZ0JBQWdCO0FBQUEsSUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUFBLElBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO0FBQUEsSUFDcEQ7QUFBQSxJQUNBLFdBQVcsYUFBYSxJQUFJO0FBQUEsSUFDNUIsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUN6RyxXQUFXLFdBQ1A7QUFBQSxNQUNFLGdCQUFnQixZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFBQSxNQUMzRCxpQkFBaUIsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQUEsTUFDaEUsMEJBQTBCLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUFBLE1BQ3BGLGlCQUFpQixZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUFBLElBQzNFLElBQ0E7QUFBQSxFQUNOO0FBQ0Y7OztBQ3hDQSxJQUFNLFdBQVcsb0JBQUksSUFBSSxDQUFDLGFBQWEscUJBQXFCLG9CQUFvQix1QkFBdUIsNEJBQTRCLG9CQUFvQixvQkFBb0Isc0JBQXNCLG1CQUFtQixjQUFjLHNCQUFzQixzQkFBc0IsT0FBTyxXQUFXLGFBQWEsaUJBQWlCLFVBQVUsZ0JBQWdCLENBQUM7QUFDelYsSUFBTSxXQUFXLENBQUMsU0FBaUIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFM0gsU0FBUyxNQUFNLE9BQWdCO0FBQzdCLFFBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUNDLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsU0FBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFDdkU7QUFFTyxTQUFTLFlBQVksTUFBbUJDLFVBQXVEO0FBQ3BHLFFBQU0sSUFBSSxNQUFNQSxTQUFRLEtBQUs7QUFDN0IsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sYUFBYSxjQUFjLElBQUk7QUFDckMsUUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxRQUFNLEtBQUssRUFBRSxLQUFLLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUMsRUFBRSxDQUFDO0FBQ3hPLFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsYUFBVyxLQUFLLFlBQVk7QUFDMUIsVUFBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLFVBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUksWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzdHO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsRUFBRSxDQUFDO0FBQ2pLLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sT0FBTyxDQUFDLE1BQXFCLFlBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLFlBQU0sS0FBSyxLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksWUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUU7QUFBQSxJQUM3TDtBQUFBLEVBQ0Y7QUFDQSxRQUFNQyxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxRQUFNLFdBQVcsWUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxRQUFNLGFBQWEsWUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFFBQU0sS0FBSyxLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUMsSUFBSTtBQUNoTyxRQUFNLEtBQUssYUFBYSxZQUFZLFlBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsUUFBTSxTQUFTLFlBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsUUFBTSxLQUFLLGFBQWEsWUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZLFlBQVksWUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPLGFBQWEsWUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU0sWUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDdlAsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsT0FBTyxRQUFRLEVBQUUsS0FBSztBQUNyRSxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNwREEsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBRXhELFNBQVMsa0JBQWtCLE1BQThDO0FBQzlFLFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCLEVBQUUsUUFBUSxZQUFZLE1BQU0sRUFBRSxVQUFVLEtBQUssVUFBVSxPQUFPLEtBQUssT0FBTyxnQkFBZ0IsS0FBSyxDQUFDLEVBQUU7QUFDdEksVUFBTSxNQUFNLE1BQU07QUFDbEIsUUFBSSxLQUFLO0FBQ1AsWUFBTSxVQUFVLGFBQWEsTUFBTTtBQUFBLFFBQ2pDLFVBQVUsS0FBSztBQUFBLFFBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztBQUFBLFFBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtBQUFBLFFBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxNQUN0QyxDQUFDO0FBRUQsWUFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFDaEUsVUFBSSxHQUFHLEdBQUcsWUFBWSxJQUFJLFlBQVksTUFBTSxJQUFJO0FBQ2hELFVBQUksR0FBRyxHQUFHLGFBQWEsSUFBSSxlQUFlLE1BQU0sSUFBSTtBQUFBLElBQ3REO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDaENBLFNBQVMsV0FBQUMsVUFBUyxNQUFNLFNBQUFDLGNBQWE7QUFHOUIsSUFBTSxzQkFBc0IsSUFBSUEsT0FBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJQSxPQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUlBLE9BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJRCxTQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUlBLFNBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRW5CLElBQU0sYUFBbUQsQ0FBQztBQUVuRCxTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixRQUFNLE9BQVEsV0FBVyxJQUFJLE1BQU0sRUFBRSxVQUFVLEtBQUs7QUFDcEQsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVEsTUFBTSxhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDLEVBQUU7QUFBQSxJQUN0SDtBQUFBLEVBQ0Y7QUFDRjs7O0FDcEJBLFNBQVMsYUFBYTtBQUN0QixPQUFPRSxXQUFVOzs7QUNEakIsU0FBUyxTQUFBQyxjQUFhO0FBU3RCLFNBQVMsY0FBYyxNQUFpQyxJQUFtRDtBQUN6RyxNQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixRQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxTQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDL0M7QUFFQSxTQUFTLGVBQWUsS0FBZ0I7QUFDdEMsYUFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxVQUFNLEtBQUssUUFBUSxlQUFlLGNBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixRQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLHFCQUFvQixJQUFJLEVBQUU7QUFBQSxFQUMxRjtBQUNBLFFBQU0sUUFBUSxjQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsTUFBSSxVQUFVLE9BQVcsb0JBQW1CLElBQUksS0FBSztBQUN2RDtBQUdPLFNBQVMsZ0JBQWdCLFFBQW1CLFVBQWMsZUFBdUIsVUFBcUM7QUFDM0gsUUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLE1BQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIscUJBQWlCLElBQUksSUFBSTtBQUN6QixXQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLE1BQUk7QUFDSixTQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsSUFBQUMsT0FBTSxhQUFhO0FBQ25CLFVBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsUUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixVQUFNLE9BQU87QUFDYixRQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO0FBQUEsRUFDN0Q7QUFDQSxRQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLG1CQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixNQUFJLGFBQWEsS0FBSztBQUNwQiwrQkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELG1CQUFlLEdBQUc7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxXQUFXLElBQUk7QUFDMUI7OztBQ2pEQSxTQUFTLFNBQUFDLGNBQWE7QUFHZixTQUFTLE1BQU0sT0FBMkM7QUFDL0QsUUFBTUMsV0FBVSxNQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU07QUFDL0QsTUFBSUEsV0FBVSxFQUFHLENBQUFELE9BQU1DLFFBQU87QUFDaEM7QUFRTyxTQUFTLGFBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBQ3BHLFFBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUN4RCxNQUFJLFFBQVEsU0FBUztBQUNyQixhQUFXLEtBQUssT0FBTztBQUNyQixhQUFTLEVBQUU7QUFDWCxRQUFJLFFBQVEsRUFBRyxRQUFPLEVBQUU7QUFBQSxFQUMxQjtBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDO0FBR08sU0FBUyxRQUFXLE9BQW9DO0FBQzdELFNBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN4Rjs7O0FGVkEsSUFBSSxVQUFxQyxDQUFDO0FBRTFDLFNBQVMsVUFBVSxLQUFjLE9BQTBCO0FBQ3pELFNBQVEsUUFBUSxLQUFLLE1BQU0sSUFBSSxVQUFVLElBQUksT0FBTyxTQUFTLElBQUksT0FBTyxhQUFhLEtBQUs7QUFDNUY7QUFPTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1DLE1BQUssR0FBRyxRQUFRLE1BQU1BLE1BQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFFQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLFNBQVMsV0FBVyxRQUFtQixJQUFpQjtBQUN0RCxRQUFNLFNBQVMsT0FBTyxVQUFVLEVBQUU7QUFDbEMsTUFBSSxDQUFDLE9BQU8sS0FBTSxRQUFPO0FBQ3pCLFFBQU0sYUFBYSxPQUFPLEtBQUssWUFBWSxDQUFDLEdBQUcsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLFdBQVc7QUFDckYsUUFBTSxVQUFVLFFBQVEsU0FBUztBQUNqQyxTQUFPLFlBQVksVUFBYSxPQUFPLFdBQVcsSUFBSSxRQUFRLEtBQUssRUFBRTtBQUN2RTtBQUlBLElBQU0sZUFBd0Q7QUFBQSxFQUM1RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsV0FBVyxPQUFPLFlBQVksRUFBRSxPQUFPLElBQUksUUFBUSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLEdBQUc7QUFBQSxFQUNoSDtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUNyQixZQUFNLEtBQUssUUFBUSxJQUFJLEtBQUssZUFBZTtBQUMzQyxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYSxFQUFFLE9BQU8sWUFBWSxXQUFXLEdBQUcsR0FBRyxPQUFPLFdBQVcsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ2pJLFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxPQUFPO0FBQ3JELE1BQUksS0FBSyxPQUFPLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxFQUFFO0FBQzNDLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsV0FBUyxPQUFPLEdBQUcsT0FBTyxHQUFHLFFBQVE7QUFDbkMsU0FBSyxhQUFhLFlBQVksRUFBRSxRQUFRLEdBQUcsS0FBSztBQUNoRCxVQUFNLElBQUksT0FBTyxVQUFVO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1QsQ0FBQztBQUdJLElBQU0sWUFBc0IsQ0FBQyxRQUNsQyxNQUFNLGNBQWMsTUFBTTtBQUN4QixRQUFNLEVBQUUsUUFBQUMsUUFBTyxJQUFJO0FBQ25CLFFBQU0sU0FBUyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sS0FBSztBQUNuRCxRQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsSUFDbEMsT0FBTyxZQUFZLFNBQVMsR0FBRztBQUFBLElBQy9CLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQLGVBQWVBLFFBQU87QUFBQSxFQUN4QixDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLGlCQUFlLElBQUksQ0FBQztBQUNwQixRQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLFFBQU1BLFFBQU8sVUFBVTtBQUN2QixNQUFJLEtBQUssT0FBTyxhQUFhLElBQUksRUFBRSxPQUFPLCtCQUErQixDQUFDLEVBQUU7QUFDNUUsUUFBTSxhQUFhLGdCQUFnQixRQUFRLElBQUlBLFFBQU8sZUFBZUEsUUFBTyxrQkFBa0I7QUFDOUYsT0FBSyxXQUFXLGFBQWE7QUFDN0IsTUFBSSxXQUFXLFdBQVc7QUFDeEIsU0FBSyxXQUFXLFFBQVEsRUFBRSxLQUFLO0FBQy9CLFVBQU1BLFFBQU8sVUFBVTtBQUN2QixTQUFLLE9BQU8sYUFBYSxJQUFJLFFBQVEsY0FBYyxLQUFLLE1BQU0sRUFBRSxNQUFNO0FBQUEsRUFDeEU7QUFDQSxRQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBTyxPQUFPLGFBQWEsRUFBRSxFQUFFLE1BQU07QUFDdkMsQ0FBQztBQUdJLElBQU0sWUFBc0IsQ0FBQyxRQUNsQyxNQUFNLGNBQWMsTUFBTTtBQUN4QixRQUFNLFNBQVMsVUFBVSxLQUFLLElBQUksS0FBSyxPQUFPLEtBQUs7QUFDbkQsTUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixRQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsYUFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUMzRixTQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO0FBQUEsRUFDNUM7QUFDQSxTQUFPO0FBQ1QsQ0FBQzs7O0FHakhJLFNBQVMsb0JBQW9CQyxTQUFnQixZQUFvQkMsUUFBMEU7QUFDaEosUUFBTSxRQUFRLFdBQVcsWUFBWUQsUUFBTyxPQUFPO0FBQ25ELFNBQU87QUFBQSxJQUNMLGVBQWVDLE9BQU0sZ0JBQWdCLE1BQU0sT0FBTztBQUFBLElBQ2xELGFBQWFBLE9BQU0sY0FBYyxNQUFNLEtBQUs7QUFBQSxJQUM1QyxhQUFhQSxPQUFNLGNBQWMsTUFBTSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCRCxTQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsUUFBTUUsUUFBTyxDQUFDLE1BQWMsYUFBdUIsQ0FBQyxTQUF3QjtBQUMxRSxlQUFXO0FBQ1gsZ0JBQVksTUFBTSxVQUFVLEVBQUUsUUFBQUYsU0FBUSxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUNBLFNBQU8sRUFBRSxjQUFjRSxNQUFLLFdBQVcsV0FBVyxHQUFHLFlBQVlBLE1BQUssU0FBUyxTQUFTLEdBQUcsWUFBWUEsTUFBSyxTQUFTLFNBQVMsRUFBRTtBQUNsSTs7O0FDcEJBLElBQU0sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQUUvQixTQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDakUsTUFBSSxhQUFhLFNBQVUsUUFBTyxRQUFRO0FBQzFDLE1BQUksYUFBYSxnQkFBaUIsUUFBTyxRQUFRO0FBQ2pELFNBQU8sUUFBUTtBQUNqQjtBQUdPLFNBQVMsYUFBYSxTQUFrQixXQUF3QztBQUNyRixTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO0FBQUEsUUFDbEQsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO0FBQUEsTUFDcEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sWUFBWSxVQUFVLE9BQU8sRUFBRSxDQUFDO0FBQUEsSUFDN0YsRUFBRTtBQUFBLEVBQ0o7QUFDRjtBQUdPLFNBQVMsV0FBVyxTQUFrQixXQUF3QztBQUNuRixTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsbUJBQW1CLE1BQU0sS0FBSyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtBQUFBLElBQ3JHLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztBQUFBLE1BQzlCLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBTyxRQUFRLFVBQVUsQ0FBQztBQUFBLElBQy9FLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsYUFBYSxTQUEwQjtBQUNyRCxTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLElBQ3BGLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNGO0FBR08sU0FBUyxnQkFBZ0IsU0FBMEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLHlCQUF5QixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsRUFBRTtBQUFBLElBQ3BHLEVBQUUsUUFBUSxxQkFBcUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxFQUM5RjtBQUNGOzs7QUN6REEsSUFBTUMsVUFBUyxjQUFjLE1BQU07QUFFNUIsSUFBTSxVQUFVLGFBQWFBLFNBQVEsT0FBTztBQUFBLEVBQ2pELFdBQVcsaUJBQWlCQSxPQUFNO0FBQUEsRUFDbEMsV0FBVztBQUFBLElBQ1QsR0FBRyxvQkFBb0JBLFNBQVFBLFFBQU8saUJBQWlCLENBQUNDLE9BQU0sUUFBUSxhQUFhQSxPQUFNLEtBQUtELE9BQU0sQ0FBQztBQUFBO0FBQUEsSUFFckcsY0FBYyxhQUFhLGVBQWUsR0FBRyxpQkFBaUJBLE9BQU0sR0FBRyxDQUFDO0FBQUEsRUFDMUU7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLEdBQUcsYUFBYUEsUUFBTyxTQUFTLFNBQVM7QUFBQSxJQUN6QyxHQUFHLFdBQVdBLFFBQU8sU0FBUyxTQUFTO0FBQUEsSUFDdkMsR0FBRyxXQUFXO0FBQUEsSUFDZCxHQUFHLGFBQWFBLFFBQU8sT0FBTztBQUFBLElBQzlCLEdBQUcsZ0JBQWdCQSxRQUFPLE9BQU87QUFBQSxFQUNuQztBQUNGLEVBQUU7QUFHSyxJQUFNLGdCQUFnQixrQkFBa0IsRUFBRSxVQUFVLE9BQU8sQ0FBQztBQUU1RCxTQUFTLFFBQTBCO0FBQ3hDLFNBQU8sV0FBV0EsT0FBTTtBQUMxQjtBQUVPLElBQU0sRUFBRSxjQUFjLFlBQVksV0FBVyxJQUFJLGdCQUFnQkEsT0FBTTtBQUU5RSxJQUFNRSxTQUFRLElBQUksVUFBVUYsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDdkQsU0FBUyxjQUFvQjtBQUNsQyxFQUFBRSxPQUFNLE9BQU87QUFDZjsiLAogICJuYW1lcyI6IFsic2hhcGUiLCAiY29uZmlnIiwgImh0dHAiLCAidXJsIiwgImh0dHAiLCAiY29uZmlnIiwgIm9wdGlvbnMiLCAiaHR0cCIsICJ0ZXh0IiwgImh0dHAiLCAid2VpZ2h0cyIsICJleGVjIiwgImNvbmZpZyIsICJjb25maWciLCAicG9sbFJlc291cmNlcyIsICJ0ZXh0IiwgImV4cHJlc3Npb24iLCAib3B0aW9ucyIsICJzZWNvbmRzIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgIkNvdW50ZXIiLCAiVHJlbmQiLCAiZXhlYyIsICJzbGVlcCIsICJzbGVlcCIsICJzbGVlcCIsICJzZWNvbmRzIiwgImV4ZWMiLCAiY29uZmlnIiwgImNvbmZpZyIsICJzaGFwZSIsICJleGVjIiwgImNvbmZpZyIsICJleGVjIiwgInByb2JlIl0KfQo=
