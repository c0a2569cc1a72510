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

// lib/users/pool-spec.ts
var ROLES = ["regular", "power", "admin"];
var UsersFileError = class extends Error {
  name = "UsersFileError";
};
function parseUsersCsv(text2, file) {
  const accounts = { regular: [], power: [], admin: [] };
  const fail2 = (line, problem) => {
    throw new UsersFileError(`PERFORMANCE_USERS_FILE ${file}, line ${line}: ${problem}`);
  };
  let columns;
  let width = 0;
  const seen = /* @__PURE__ */ new Set();
  const body = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  const lines = body.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === "") continue;
    const fields = [];
    let field = "";
    let quoted = false;
    let wasQuoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') field += '"', i++;
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === ",") {
        fields.push(wasQuoted ? field : field.trim());
        field = "";
        wasQuoted = false;
      } else if (c === '"' && field.trim() === "") {
        quoted = wasQuoted = true;
        field = "";
      } else field += c;
    }
    if (quoted) fail2(n + 1, "a quoted field is not closed");
    fields.push(wasQuoted ? field : field.trim());
    if (!columns) {
      const names = fields.map((f) => f.toLowerCase());
      const at = (name) => names.indexOf(name);
      if (at("email") < 0 || at("password") < 0 || at("role") < 0) {
        fail2(n + 1, `the first line must be the header email,password,role (got ${JSON.stringify(line.slice(0, 80))})`);
      }
      columns = { email: at("email"), password: at("password"), role: at("role") };
      width = fields.length;
      continue;
    }
    if (fields.length !== width) fail2(n + 1, `expected ${width} fields like the header, got ${fields.length}`);
    const email = fields[columns.email] ?? "";
    const password = fields[columns.password] ?? "";
    const role = (fields[columns.role] ?? "").toLowerCase();
    if (email === "") fail2(n + 1, "empty email");
    if (password === "") fail2(n + 1, `empty password for ${email}`);
    if (!ROLES.includes(role)) fail2(n + 1, `unknown role ${JSON.stringify(role)} for ${email} (use regular, power or admin)`);
    if (seen.has(email.toLowerCase())) fail2(n + 1, `${email} is listed twice`);
    seen.add(email.toLowerCase());
    accounts[role].push({ email, password });
  }
  if (!columns) fail2(1, "the file is empty: it needs the header email,password,role and one line per account");
  return accounts;
}
function parsePoolSpec(spec, name) {
  const sizes = { regular: 0, power: 0, admin: 0 };
  const expected = "role:count pairs such as regular:200,power:50,admin:10";
  for (const part of spec.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const match = /^(regular|power|admin):(\d{1,6})$/.exec(part);
    if (!match) throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: "${part}" is not one of ${expected}`);
    sizes[match[1]] = Number(match[2]);
  }
  if (sizes.regular + sizes.power + sizes.admin === 0) throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: expected ${expected}`);
  return sizes;
}
function poolEmail(role, n) {
  return `${role}-${String(n).padStart(4, "0")}@example.com`;
}
function tooSmallForDistinct(sizes, needed, source) {
  for (const role of ROLES) {
    if (needed[role] > 0 && sizes[role] < needed[role]) {
      return `${source} has ${sizes[role]} ${role} account(s), but PERFORMANCE_USERS_DISTINCT=true needs ${needed[role]}: one per VU id this entry can start (k6 numbers VUs across all classes, and VU n uses the class's account n mod size)`;
    }
  }
  return void 0;
}
function vuIdBound(scenarios) {
  let total = 0;
  for (const s of Object.values(scenarios)) {
    const stages = s.stages ?? [];
    const most = Math.max(Number(s.startVUs ?? 0), ...stages.map((stage) => stage.target));
    if (s.executor === "ramping-vus") total += most;
    else if (typeof s.maxVUs === "number") total += s.maxVUs;
    else if (typeof s.preAllocatedVUs === "number") total += s.preAllocatedVUs;
    else total += Number(s.vus ?? 1);
  }
  return total;
}

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
function poolSpec(env, name) {
  const value = raw(env, name);
  if (value === void 0 || value === "") return void 0;
  try {
    return parsePoolSpec(value, name);
  } catch (error) {
    throw new ConfigError(error instanceof UsersFileError ? error.message : String(error));
  }
}
function dataset(env) {
  const courses = count(0, 1e3)(env, "PERFORMANCE_DATASET_COURSES", 20);
  const generated = count(0, 1e3)(env, "PERFORMANCE_DATASET_GENERATED", Math.min(1, courses));
  if (generated > courses) fail("PERFORMANCE_DATASET_GENERATED", String(generated), `at most PERFORMANCE_DATASET_COURSES (${courses})`);
  return { courses, generated, reseed: flag(env, "PERFORMANCE_DATASET_RESEED") };
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
    },
    usersFile: raw(env, "PERFORMANCE_USERS_FILE") || void 0,
    demoUsers: poolSpec(env, "DEMO_USERS"),
    usersDistinct: flag(env, "PERFORMANCE_USERS_DISTINCT"),
    dataset: dataset(env)
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

// lib/users/setup.ts
import { sleep as sleep2 } from "k6";
import exec2 from "k6/execution";
import secrets from "k6/secrets";
import http3 from "k6/http";

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
for (const [endpoint, name] of Object.entries(routeNames)) {
  tagsByEndpoint[endpoint] = Object.freeze({ endpoint, scope: API_SCOPE, name });
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
  /** Set when the platform answered 401: the session layer logs in again before the next step. */
  unauthorized = false;
  timeout;
  /** Request params per endpoint (headers, tags, timeout, expected status), made on first use. */
  params = /* @__PURE__ */ new Map();
  /** A client for the same platform acting as another user. */
  as(token) {
    return new _ApiClient(this.baseUrl, Number(this.timeout.slice(0, -1)), token);
  }
  paramsFor(endpoint, expected, withPayload) {
    let params2 = this.params.get(endpoint);
    if (!params2) {
      const headers = { Accept: "application/json" };
      if (withPayload) headers["Content-Type"] = "application/json";
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params2 = { headers, tags: requestTags(endpoint), timeout: this.timeout, responseCallback: expectStatus(expected) };
      this.params.set(endpoint, params2);
    }
    return params2;
  }
  call(endpoint, method, path, expected, shape2, payload) {
    const withPayload = payload !== void 0;
    const res = http.request(method, `${this.baseUrl}${path}`, withPayload ? JSON.stringify(payload) : null, this.paramsFor(endpoint, expected, withPayload));
    const statusOk = res.status === expected;
    if (res.status === 401) this.unauthorized = true;
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
    const params2 = Object.entries(query).filter(([, value]) => value !== void 0).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`).join("&");
    return this.call("courses_list", "GET", `${paths.courses()}${params2 ? `?${params2}` : ""}`, 200, shapes.courseList);
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

// lib/users/dataset.ts
import { sleep } from "k6";
import http2 from "k6/http";

// lib/users/dataset-names.ts
var DATASET_TITLE = "course-perf dataset";
var RUN_TITLE_FILTER = "perf-";
function datasetTitle(n) {
  return `${DATASET_TITLE} ${String(n).padStart(2, "0")}`;
}
function newRunId(now = Date.now()) {
  return `${now.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}
function runIdOf(title) {
  const match = /^perf-\S+ ([0-9a-z]+-[0-9a-z]+)(?:\s|$)/.exec(title);
  return match?.[1];
}
function runStartOf(runId) {
  const ms = parseInt(runId.split("-")[0], 36);
  return Number.isFinite(ms) ? ms : void 0;
}
function isLeftover(title, current, own) {
  if (!title.startsWith(RUN_TITLE_FILTER)) return false;
  const runId = runIdOf(title);
  if (own) return runId === current;
  if (runId === void 0) return true;
  if (runId === current) return false;
  const started = runStartOf(runId);
  return started === void 0 || started < (runStartOf(current) ?? 0);
}

// lib/users/dataset.ts
var CONCURRENCY = 16;
var LIST_LIMIT = 100;
function batched(requests) {
  const answers = [];
  for (let i = 0; i < requests.length; i += CONCURRENCY) answers.push(...http2.batch(requests.slice(i, i + CONCURRENCY)));
  return answers;
}
function params(what, token, timeoutS = 60) {
  const headers = { Accept: "application/json", "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  return { headers, tags: { scope: "setup", name: `setup: ${what}` }, timeout: `${timeoutS}s` };
}
function json(res) {
  try {
    return JSON.parse(res.body);
  } catch {
    return void 0;
  }
}
function quietLogin(config2, email, password) {
  const res = http2.post(`${config2.baseUrl}${paths.login()}`, JSON.stringify({ email, password }), params("login"));
  return res.status === 200 ? json(res)?.access_token : void 0;
}
function ensureDataset(config2, owners) {
  const { courses: wanted, generated: generatedPerUser, reseed } = config2.dataset;
  const report = { accounts: owners.length, created: 0, reused: 0, removed: 0, generated: 0 };
  if (wanted === 0 || owners.length === 0) return report;
  const base = config2.baseUrl;
  const logIn = (which) => batched(which.map((i) => ({ method: "POST", url: `${base}${paths.login()}`, body: JSON.stringify({ email: owners[i].email, password: owners[i].password }), params: params("login") }))).map((res, k) => {
    const token = res.status === 200 ? json(res)?.access_token : void 0;
    if (!token) throw new Error(`dataset: logging in as ${owners[which[k]].role} account ${owners[which[k]].email} failed with status ${res.status}: check its password in the user pool`);
    return token;
  });
  const tokens = logIn(owners.map((_, i) => i));
  const listUrl = `${base}${paths.courses()}?q=${encodeURIComponent(DATASET_TITLE)}&limit=${LIST_LIMIT}`;
  const list = (which) => batched(which.map((i) => ({ method: "GET", url: listUrl, params: params("list dataset", tokens[i]) })));
  const everyone = owners.map((_, i) => i);
  let totals = list(everyone).map((res, i) => {
    const body = res.status === 200 ? json(res) : void 0;
    if (!body) throw new Error(`dataset: listing the courses of ${owners[i].email} failed with status ${res.status}`);
    return body;
  });
  if (reseed) {
    for (let round = 0; totals.some((t) => t.items.length > 0) && round < 1e3; round++) {
      const deletions = totals.flatMap((t, i) => t.items.map((c) => ({ method: "DELETE", url: `${base}${paths.course(c.id)}`, params: params("remove dataset", tokens[i]) })));
      report.removed += batched(deletions).filter((res) => res.status === 204).length;
      totals = list(everyone).map((res) => json(res) ?? { total: 0, items: [] });
    }
  }
  const creations = [];
  owners.forEach((owner, i) => {
    const have = totals[i].total;
    if (have >= wanted) report.reused++;
    for (let n = have + 1; n <= wanted; n++) {
      const generate = owner.role === "regular" && n <= generatedPerUser;
      const course = { title: datasetTitle(n), topic: `dataset topic ${n}`, level: "beginner", chapter_count: generate ? 1 : 3 };
      creations.push({ owner: i, generate, request: { method: "POST", url: `${base}${paths.courses()}`, body: JSON.stringify(course), params: params("create dataset", tokens[i]) } });
    }
  });
  const created = batched(creations.map((c) => c.request));
  const toGenerate = [];
  created.forEach((res, k) => {
    const id = res.status === 201 ? json(res)?.id : void 0;
    if (id === void 0) throw new Error(`dataset: creating a course for ${owners[creations[k].owner].email} failed with status ${res.status}`);
    report.created++;
    if (creations[k].generate) toGenerate.push({ owner: creations[k].owner, id });
  });
  const started = batched(toGenerate.map((g) => ({ method: "POST", url: `${base}${paths.generate(g.id)}`, body: "{}", params: params("generate dataset", tokens[g.owner]) })));
  let jobs = started.map((res, k) => {
    const jobId = res.status === 202 ? json(res)?.job_id : void 0;
    if (jobId === void 0) throw new Error(`dataset: starting generation for ${owners[toGenerate[k].owner].email} failed with status ${res.status}`);
    return { owner: toGenerate[k].owner, jobId };
  });
  const deadline = Date.now() + config2.generationTimeoutS * 1e3;
  while (jobs.length > 0) {
    if (Date.now() > deadline) throw new Error(`dataset: ${jobs.length} generation job(s) did not finish within GENERATION_TIMEOUT=${config2.generationTimeoutS}s`);
    sleep(1);
    const polled = batched(jobs.map((j) => ({ method: "GET", url: `${base}${paths.job(j.jobId)}`, params: params("poll dataset job", tokens[j.owner]) })));
    const open2 = [];
    const expired = [...new Set(jobs.filter((_, k) => polled[k].status === 401).map((j) => j.owner))];
    logIn(expired).forEach((token, k) => tokens[expired[k]] = token);
    polled.forEach((res, k) => {
      const status = json(res);
      if (status?.status === "failed") throw new Error(`dataset: generating a course of ${owners[jobs[k].owner].email} failed: ${status.error ?? "no reason given"}`);
      if (status?.status === "completed") report.generated++;
      else open2.push(jobs[k]);
    });
    jobs = open2;
  }
  return report;
}
function removeCourses(config2, adminToken, filter, remove) {
  const base = config2.baseUrl;
  let removed = 0;
  let offset = 0;
  for (let page = 0; page < 1e3; page++) {
    const res = http2.get(`${base}${paths.courses()}?q=${encodeURIComponent(filter)}&limit=${LIST_LIMIT}&offset=${offset}`, params("find leftovers", adminToken));
    const items = (res.status === 200 ? json(res)?.items : void 0) ?? [];
    if (items.length === 0) break;
    const doomed = items.filter((c) => remove(c.title));
    const gone = batched(doomed.map((c) => ({ method: "DELETE", url: `${base}${paths.course(c.id)}`, params: params("remove leftovers", adminToken) }))).filter((r) => r.status === 204 || r.status === 404).length;
    removed += gone;
    offset += items.length - gone;
  }
  return removed;
}

// lib/users/pool.ts
import { SharedArray } from "k6/data";
import exec from "k6/execution";
function readFile(path) {
  try {
    return open(path);
  } catch (error) {
    throw new Error(`PERFORMANCE_USERS_FILE ${path} cannot be read (${String(error)}): give an absolute path to a CSV with the header email,password,role`);
  }
}
function filePool(path) {
  const arrays = {};
  for (const role of ROLES) arrays[role] = new SharedArray(`users:${role}`, () => parseUsersCsv(readFile(path), path)[role]);
  return {
    source: `PERFORMANCE_USERS_FILE ${path}`,
    sizes: { regular: arrays.regular.length, power: arrays.power.length, admin: arrays.admin.length },
    account: (role, index) => arrays[role][index]
  };
}
function makePool(config2) {
  if (config2.usersFile) return filePool(config2.usersFile);
  const users = config2.users;
  if (config2.demoUsers) {
    return { source: "DEMO_USERS", sizes: config2.demoUsers, account: (role, index, password) => ({ email: poolEmail(role, index + 1), password }) };
  }
  return {
    source: "REGULAR_USER_EMAIL / POWER_USER_EMAIL / ADMIN_USER_EMAIL (one shared account per class)",
    sizes: { regular: 1, power: 1, admin: 1 },
    account: (role, _index, password) => ({ email: users[role].email, password })
  };
}
function accountOfVu(pool2, role, classPassword2) {
  const size = pool2.sizes[role];
  return size === 0 ? void 0 : pool2.account(role, (exec.vu.idInTest - 1) % size, classPassword2);
}
function assertDistinct(pool2, roles, vuIds) {
  const needed = { regular: 0, power: 0, admin: 0 };
  for (const role of roles) needed[role] = vuIds;
  const problem = tooSmallForDistinct(pool2.sizes, needed, pool2.source);
  if (problem) throw new Error(problem);
}
var pool = makePool(config);

// lib/users/setup.ts
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
function classPassword(config2, secret, role) {
  return secret[role] ?? config2.users[role].password;
}
function login(client, config2, secret, role) {
  if (pool.sizes[role] === 0) abort(`${pool.source} has no ${role} account, and this entry needs one.`);
  const { email, password } = pool.account(role, 0, classPassword(config2, secret, role));
  const result = client.login(email, password);
  if (!result.body) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    const where = config2.usersFile ? `its line in ${config2.usersFile}` : config2.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
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
      sleep2(0.5);
    }
  }
  return courseIds;
}
async function secretPasswords() {
  const found = {};
  for (const role of ROLES) {
    try {
      const password = await secrets.get(`${role.toUpperCase()}_USER_PASSWORD`);
      if (password) found[role] = password;
    } catch {
    }
  }
  return found;
}
function datasetOwners(config2, secret) {
  const vuIds = vuIdBound(exec2.test.options.scenarios ?? {});
  const owners = [];
  for (const role of ["regular", "power"]) {
    for (let i = 0; i < Math.min(pool.sizes[role], vuIds); i++) owners.push({ role, ...pool.account(role, i, classPassword(config2, secret, role)) });
  }
  return owners;
}
async function prepareRun(config2, options2 = {}) {
  probe(config2.baseUrl);
  const secret = await secretPasswords();
  const anonymous2 = new ApiClient(config2.baseUrl, config2.apiTimeoutS);
  const tokens = {};
  for (const role of ROLES) tokens[role] = login(anonymous2, config2, secret, role);
  const runId = newRunId();
  const swept = removeCourses(config2, tokens.admin, RUN_TITLE_FILTER, (title) => isLeftover(title, runId, false));
  if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
  if (options2.dataset) {
    const started = Date.now();
    try {
      const r = ensureDataset(config2, datasetOwners(config2, secret));
      console.log(`setup: dataset of ${config2.dataset.courses} course(s) per account for ${r.accounts} account(s): ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed, in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
    } catch (error) {
      abort(error instanceof Error ? error.message : String(error));
    }
  }
  const seededCourseIds = options2.seed ? seedCourses(anonymous2.as(tokens.regular), runId, config2) : [];
  return { runId, tokens, seededCourseIds, classPasswords: secret };
}
function cleanUpRun(config2, data) {
  if (!data?.runId || pool.sizes.admin === 0) return;
  const { email, password } = pool.account("admin", 0, data.classPasswords?.admin ?? config2.users.admin.password);
  const token = quietLogin(config2, email, password);
  if (!token) {
    console.error(`teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`);
    return;
  }
  const removed = removeCourses(config2, token, data.runId, (title) => isLeftover(title, data.runId, true));
  if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
}

// lib/metrics/resources.ts
import http4 from "k6/http";
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
  const res = http4.get(`${sidecarUrl}/samples?since=${cursor}`, POLL);
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
  const res = http4.get(`${sidecarUrl}/summary`, POLL);
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
function entryOptions(config2, parts) {
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
  if (config2.usersDistinct) assertDistinct(pool, parts.roles ?? ROLES, vuIdBound(scenarios));
  return {
    scenarios,
    thresholds: toK6Thresholds(gates),
    // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
    setupTimeout: `${Math.max(60, config2.generationTimeoutS + 30) + (config2.dataset.courses > 0 ? 600 : 0)}s`,
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
function teardown(data) {
  recordResourcesAtEnd();
  cleanUpRun(config, data);
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
    const open2 = `    <testcase classname="${suite}" name="${name}" time="0">`;
    if (r.ok) return `${open2}<system-out>observed ${observed}</system-out></testcase>`;
    return `${open2}
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
import exec3 from "k6/execution";

// lib/workflows/generation.ts
import { sleep as sleep3 } from "k6";
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
function generateAndWait(client, courseId, pollIntervalS, timeoutS, current = () => client) {
  const accepted = client.generate(courseId);
  if (!accepted.body) {
    generationFailed.add(true);
    return { completed: false, job: void 0 };
  }
  const started = Date.now();
  const deadline = started + timeoutS * 1e3;
  let job;
  while (Date.now() < deadline) {
    sleep3(pollIntervalS);
    const poller = current();
    if (!poller) break;
    const polled = poller.getJob(accepted.body.job_id);
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
import { sleep as sleep4 } from "k6";

// lib/users/session.ts
import { Counter as Counter3 } from "k6/metrics";
var relogins = new Counter3("relogins");
var sessions = {};
var anonymous;
var renewMarginS = (ttlS) => Math.min(30, ttlS / 10);
function login2(config2, data, role) {
  const account = accountOfVu(pool, role, data.classPasswords?.[role] ?? config2.users[role].password);
  if (!account) return void 0;
  anonymous ??= new ApiClient(config2.baseUrl, config2.apiTimeoutS);
  const answer = anonymous.login(account.email, account.password).body;
  if (!answer) return void 0;
  const ttlS = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 3600;
  return { client: new ApiClient(config2.baseUrl, config2.apiTimeoutS, answer.access_token), renewAt: Date.now() + (ttlS - renewMarginS(ttlS)) * 1e3, courses: void 0 };
}
function session(config2, data, role) {
  const current = sessions[role];
  if (current && !current.client.unauthorized && Date.now() < current.renewAt) return current;
  if (current) relogins.add(1, { role });
  const next = login2(config2, data, role);
  if (next && current) next.courses = current.courses;
  sessions[role] = next;
  return next;
}
function userClient(config2, data, role) {
  return session(config2, data, role)?.client;
}

// lib/workflows/workflows.ts
function clientFor(ctx, role) {
  return userClient(ctx.config, ctx.data, role);
}
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${exec3.vu.idInTest} it${exec3.vu.iterationInScenario}`;
}
var EXPORT_FORMATS = ["json", "markdown", "html"];
var everyEndpoint = (ctx) => group("every endpoint", () => {
  const { config: config2 } = ctx;
  const user = clientFor(ctx, "power");
  const admin = clientFor(ctx, "admin");
  if (!user || !admin) return false;
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
var options = entryOptions(config, {
  roles: ["power", "admin"],
  // classes whose VUs log in as their own pool account
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
});
var handleSummary = makeHandleSummary({ scenario: "smoke" });
function setup() {
  return prepareRun(config);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi9tZXRyaWNzL21ldHJpY3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCAiLi4vbGliL3VzZXJzL2RhdGFzZXQudHMiLCAiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvc2hhcGVzLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCAiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCAiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCAiLi4vbGliL3JlcG9ydC9qdW5pdC50cyIsICIuLi9saWIvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L3RleHQudHMiLCAiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3Mvc21va2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBieSBzdGFibGUgbmFtZTogdGhlIGBlbmRwb2ludGAgdGFnIG9uIGV2ZXJ5IHJlcXVlc3QsIHRoZSBrZXkgb2Zcbi8vIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnQgcm93cywgYW5kIHRoZSByb3V0ZSBuYW1lcyB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fRkFVTFRTIHVzZS5cbmV4cG9ydCBjb25zdCBFTkRQT0lOVFMgPSBbXG4gICdoZWFsdGgnLFxuICAnbG9naW4nLFxuICAnY291cnNlc19saXN0JyxcbiAgJ2NvdXJzZV9jcmVhdGUnLFxuICAnY291cnNlX2dldCcsXG4gICdjb3Vyc2VfdXBkYXRlJyxcbiAgJ2NvdXJzZV9kZWxldGUnLFxuICAnY291cnNlX2dlbmVyYXRlJyxcbiAgJ2pvYl9nZXQnLFxuICAnY2hhcHRlcl9nZXQnLFxuICAnY291cnNlX2V4cG9ydCcsXG4gICdhZG1pbl9zdGF0cycsXG4gICdhZG1pbl9qb2JzJyxcbiAgJ2FkbWluX3VzZXJzJyxcbl0gYXMgY29uc3Q7XG5cbmV4cG9ydCB0eXBlIEVuZHBvaW50ID0gKHR5cGVvZiBFTkRQT0lOVFMpW251bWJlcl07XG5cbi8qKiBUYWcgdmFsdWUgdGhhdCBzZXBhcmF0ZXMgdGhlIHBsYXRmb3JtJ3MgQVBJIHRyYWZmaWMgZnJvbSB0aGUgc3VpdGUncyBvd24gY2FsbHMgKGUuZy4gdGhlIHNpZGVjYXIpLiAqL1xuZXhwb3J0IGNvbnN0IEFQSV9TQ09QRSA9ICdhcGknO1xuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAobXMpLiAqL1xuICBjaGFwdGVyUDk1TXM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIGNoZWNrcyBhbmQgd29ya2Zsb3dzIHRoYXQgbXVzdCBzdWNjZWVkICgwLTEpLiAqL1xuICBzdWNjZXNzUmF0ZTogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgQVBJIHJlcXVlc3RzIHRoYXQgbWF5IGZhaWwsIG92ZXJhbGwgYW5kIHBlciBlbmRwb2ludCAoMC0xKS4gKi9cbiAgZXJyb3JSYXRlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBUaGUgdXNlciBwb29sJ3MgdHdvIHNvdXJjZXMsIGFzIHB1cmUgZnVuY3Rpb25zIChubyBrNiBpbXBvcnRzKSBzbyB0aGUgZGVtbyBwbGF0Zm9ybSwgdGhlIHJ1bm5lclxuLy8gYW5kIHRoZSB1bml0IHRlc3RzIHNoYXJlIHRoZW0gd2l0aCB0aGUgazYgc2lkZTpcbi8vIC0gUEVSRk9STUFOQ0VfVVNFUlNfRklMRSwgYSBDU1YgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChvbmUgYWNjb3VudCBwZXIgbGluZSk7XG4vLyAtIGEgZGVtbyBwb29sIHNwZWMgYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAoREVNT19VU0VSUyksIHdob3NlIGFjY291bnRzIGFyZSBuYW1lZFxuLy8gICBgcmVndWxhci0wMDAxQGV4YW1wbGUuY29tYCAuLi4gYW5kIHNoYXJlIG9uZSBwYXNzd29yZCBwZXIgcm9sZS5cbi8vIEEgQ1NWIHBhcnNlciBvZiBvdXIgb3duIGJlY2F1c2UgdGhlIGZpbGUgbXVzdCBiZSBjaGVja2VkIGxpbmUgYnkgbGluZSB3aXRoIHRoZSBsaW5lIG5hbWVkIGluXG4vLyB0aGUgbWVzc2FnZSwgYW5kIGl0IHJ1bnMgb25jZSBwZXIgdGVzdCAoaW5zaWRlIGEgU2hhcmVkQXJyYXkgY2FsbGJhY2spOyBrNidzIGV4cGVyaW1lbnRhbCBjc3Zcbi8vIG1vZHVsZSByZXR1cm5zIGJhcmUgcmVjb3JkcyB3aXRob3V0IGxpbmUgbnVtYmVycyBhbmQgbmVlZHMgdG9wLWxldmVsIGF3YWl0IGluIGV2ZXJ5IFZVLlxuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IGNvbnN0IFJPTEVTOiByZWFkb25seSBSb2xlW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcblxuZXhwb3J0IGludGVyZmFjZSBBY2NvdW50IHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgQWNjb3VudHMgPSBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbmV4cG9ydCB0eXBlIFBvb2xTaXplcyA9IFJlY29yZDxSb2xlLCBudW1iZXI+O1xuXG5leHBvcnQgY2xhc3MgVXNlcnNGaWxlRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnVXNlcnNGaWxlRXJyb3InO1xufVxuXG4vKipcbiAqIFJlYWRzIGEgdXNlcnMgQ1NWOiBoZWFkZXIgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChhbnkgY29sdW1uIG9yZGVyLCBjYXNlLWluc2Vuc2l0aXZlKSwgUkZDIDQxODBcbiAqIHF1b3RpbmcgKFwiYSxiXCIgYW5kIFwiXCIgaW5zaWRlIHF1b3RlcyksIGJsYW5rIGxpbmVzIHNraXBwZWQuIEV2ZXJ5IHByb2JsZW0gbmFtZXMgdGhlIGZpbGUgYW5kIGxpbmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVVzZXJzQ3N2KHRleHQ6IHN0cmluZywgZmlsZTogc3RyaW5nKTogQWNjb3VudHMge1xuICBjb25zdCBhY2NvdW50czogQWNjb3VudHMgPSB7IHJlZ3VsYXI6IFtdLCBwb3dlcjogW10sIGFkbWluOiBbXSB9O1xuICBjb25zdCBmYWlsID0gKGxpbmU6IG51bWJlciwgcHJvYmxlbTogc3RyaW5nKTogbmV2ZXIgPT4ge1xuICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke2ZpbGV9LCBsaW5lICR7bGluZX06ICR7cHJvYmxlbX1gKTtcbiAgfTtcbiAgbGV0IGNvbHVtbnM6IFJlY29yZDwnZW1haWwnIHwgJ3Bhc3N3b3JkJyB8ICdyb2xlJywgbnVtYmVyPiB8IHVuZGVmaW5lZDtcbiAgbGV0IHdpZHRoID0gMDtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBib2R5ID0gdGV4dC5jaGFyQ29kZUF0KDApID09PSAweGZlZmYgPyB0ZXh0LnNsaWNlKDEpIDogdGV4dDsgLy8gYSBCT00gZnJvbSBzcHJlYWRzaGVldCBleHBvcnRzXG4gIGNvbnN0IGxpbmVzID0gYm9keS5zcGxpdCgvXFxyP1xcbi8pO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IGxpbmVzLmxlbmd0aDsgbisrKSB7XG4gICAgY29uc3QgbGluZSA9IGxpbmVzW25dITtcbiAgICBpZiAobGluZS50cmltKCkgPT09ICcnKSBjb250aW51ZTtcbiAgICAvLyBGaWVsZHMgb2Ygb25lIGxpbmU6IHF1b3RlZCBmaWVsZHMgbWF5IGhvbGQgY29tbWFzIGFuZCBkb3VibGVkIHF1b3RlcyAobm90IGxpbmUgYnJlYWtzKS5cbiAgICBjb25zdCBmaWVsZHM6IHN0cmluZ1tdID0gW107XG4gICAgbGV0IGZpZWxkID0gJyc7XG4gICAgbGV0IHF1b3RlZCA9IGZhbHNlO1xuICAgIGxldCB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmUubGVuZ3RoOyBpKyspIHtcbiAgICAgIGNvbnN0IGMgPSBsaW5lW2ldO1xuICAgICAgaWYgKHF1b3RlZCkge1xuICAgICAgICBpZiAoYyA9PT0gJ1wiJyAmJiBsaW5lW2kgKyAxXSA9PT0gJ1wiJykgKGZpZWxkICs9ICdcIicpLCBpKys7XG4gICAgICAgIGVsc2UgaWYgKGMgPT09ICdcIicpIHF1b3RlZCA9IGZhbHNlO1xuICAgICAgICBlbHNlIGZpZWxkICs9IGM7XG4gICAgICB9IGVsc2UgaWYgKGMgPT09ICcsJykge1xuICAgICAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICAgIHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnXCInICYmIGZpZWxkLnRyaW0oKSA9PT0gJycpIHtcbiAgICAgICAgcXVvdGVkID0gd2FzUXVvdGVkID0gdHJ1ZTtcbiAgICAgICAgZmllbGQgPSAnJztcbiAgICAgIH0gZWxzZSBmaWVsZCArPSBjO1xuICAgIH1cbiAgICBpZiAocXVvdGVkKSBmYWlsKG4gKyAxLCAnYSBxdW90ZWQgZmllbGQgaXMgbm90IGNsb3NlZCcpO1xuICAgIGZpZWxkcy5wdXNoKHdhc1F1b3RlZCA/IGZpZWxkIDogZmllbGQudHJpbSgpKTtcbiAgICBpZiAoIWNvbHVtbnMpIHtcbiAgICAgIGNvbnN0IG5hbWVzID0gZmllbGRzLm1hcCgoZikgPT4gZi50b0xvd2VyQ2FzZSgpKTtcbiAgICAgIGNvbnN0IGF0ID0gKG5hbWU6IHN0cmluZykgPT4gbmFtZXMuaW5kZXhPZihuYW1lKTtcbiAgICAgIGlmIChhdCgnZW1haWwnKSA8IDAgfHwgYXQoJ3Bhc3N3b3JkJykgPCAwIHx8IGF0KCdyb2xlJykgPCAwKSB7XG4gICAgICAgIGZhaWwobiArIDEsIGB0aGUgZmlyc3QgbGluZSBtdXN0IGJlIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSAoZ290ICR7SlNPTi5zdHJpbmdpZnkobGluZS5zbGljZSgwLCA4MCkpfSlgKTtcbiAgICAgIH1cbiAgICAgIGNvbHVtbnMgPSB7IGVtYWlsOiBhdCgnZW1haWwnKSwgcGFzc3dvcmQ6IGF0KCdwYXNzd29yZCcpLCByb2xlOiBhdCgncm9sZScpIH07XG4gICAgICB3aWR0aCA9IGZpZWxkcy5sZW5ndGg7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGZpZWxkcy5sZW5ndGggIT09IHdpZHRoKSBmYWlsKG4gKyAxLCBgZXhwZWN0ZWQgJHt3aWR0aH0gZmllbGRzIGxpa2UgdGhlIGhlYWRlciwgZ290ICR7ZmllbGRzLmxlbmd0aH1gKTtcbiAgICBjb25zdCBlbWFpbCA9IGZpZWxkc1tjb2x1bW5zLmVtYWlsXSA/PyAnJztcbiAgICBjb25zdCBwYXNzd29yZCA9IGZpZWxkc1tjb2x1bW5zLnBhc3N3b3JkXSA/PyAnJztcbiAgICBjb25zdCByb2xlID0gKGZpZWxkc1tjb2x1bW5zLnJvbGVdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xuICAgIGlmIChlbWFpbCA9PT0gJycpIGZhaWwobiArIDEsICdlbXB0eSBlbWFpbCcpO1xuICAgIGlmIChwYXNzd29yZCA9PT0gJycpIGZhaWwobiArIDEsIGBlbXB0eSBwYXNzd29yZCBmb3IgJHtlbWFpbH1gKTtcbiAgICBpZiAoIShST0xFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXMocm9sZSkpIGZhaWwobiArIDEsIGB1bmtub3duIHJvbGUgJHtKU09OLnN0cmluZ2lmeShyb2xlKX0gZm9yICR7ZW1haWx9ICh1c2UgcmVndWxhciwgcG93ZXIgb3IgYWRtaW4pYCk7XG4gICAgaWYgKHNlZW4uaGFzKGVtYWlsLnRvTG93ZXJDYXNlKCkpKSBmYWlsKG4gKyAxLCBgJHtlbWFpbH0gaXMgbGlzdGVkIHR3aWNlYCk7XG4gICAgc2Vlbi5hZGQoZW1haWwudG9Mb3dlckNhc2UoKSk7XG4gICAgYWNjb3VudHNbcm9sZSBhcyBSb2xlXS5wdXNoKHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG4gIGlmICghY29sdW1ucykgZmFpbCgxLCAndGhlIGZpbGUgaXMgZW1wdHk6IGl0IG5lZWRzIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSBhbmQgb25lIGxpbmUgcGVyIGFjY291bnQnKTtcbiAgcmV0dXJuIGFjY291bnRzO1xufVxuXG4vKiogYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAtPiBzaXplczsgYSByb2xlIGxlZnQgb3V0IGhhcyBub25lLiBUaHJvd3MgbmFtaW5nIGBuYW1lYCBvbiBhbnl0aGluZyBlbHNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUG9vbFNwZWMoc3BlYzogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMge1xuICBjb25zdCBzaXplczogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAncm9sZTpjb3VudCBwYWlycyBzdWNoIGFzIHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwJztcbiAgZm9yIChjb25zdCBwYXJ0IG9mIHNwZWMuc3BsaXQoJywnKS5tYXAoKHApID0+IHAudHJpbSgpKS5maWx0ZXIoKHApID0+IHAgIT09ICcnKSkge1xuICAgIGNvbnN0IG1hdGNoID0gL14ocmVndWxhcnxwb3dlcnxhZG1pbik6KFxcZHsxLDZ9KSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKCFtYXRjaCkgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IFwiJHtwYXJ0fVwiIGlzIG5vdCBvbmUgb2YgJHtleHBlY3RlZH1gKTtcbiAgICBzaXplc1ttYXRjaFsxXSBhcyBSb2xlXSA9IE51bWJlcihtYXRjaFsyXSk7XG4gIH1cbiAgaWYgKHNpemVzLnJlZ3VsYXIgKyBzaXplcy5wb3dlciArIHNpemVzLmFkbWluID09PSAwKSB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHNwZWMpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbiAgcmV0dXJuIHNpemVzO1xufVxuXG4vKiogVGhlIGVtYWlsIG9mIHRoZSBuLXRoIChmcm9tIDEpIGRlbW8gcG9vbCBhY2NvdW50IG9mIGEgcm9sZTogcmVndWxhci0wMDAxQGV4YW1wbGUuY29tLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvb2xFbWFpbChyb2xlOiBSb2xlLCBuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cm9sZX0tJHtTdHJpbmcobikucGFkU3RhcnQoNCwgJzAnKX1AZXhhbXBsZS5jb21gO1xufVxuXG4vKiogV2h5IGEgcG9vbCBpcyB0b28gc21hbGwgZm9yIGRpc3RpbmN0IGFjY291bnRzLCBvciB1bmRlZmluZWQgd2hlbiBldmVyeSBWVSBjYW4gaGF2ZSBpdHMgb3duLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvb1NtYWxsRm9yRGlzdGluY3Qoc2l6ZXM6IFBvb2xTaXplcywgbmVlZGVkOiBQb29sU2l6ZXMsIHNvdXJjZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgaWYgKG5lZWRlZFtyb2xlXSA+IDAgJiYgc2l6ZXNbcm9sZV0gPCBuZWVkZWRbcm9sZV0pIHtcbiAgICAgIHJldHVybiBgJHtzb3VyY2V9IGhhcyAke3NpemVzW3JvbGVdfSAke3JvbGV9IGFjY291bnQocyksIGJ1dCBQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlIG5lZWRzICR7bmVlZGVkW3JvbGVdfTogYCArXG4gICAgICAgIGBvbmUgcGVyIFZVIGlkIHRoaXMgZW50cnkgY2FuIHN0YXJ0IChrNiBudW1iZXJzIFZVcyBhY3Jvc3MgYWxsIGNsYXNzZXMsIGFuZCBWVSBuIHVzZXMgdGhlIGNsYXNzJ3MgYWNjb3VudCBuIG1vZCBzaXplKWA7XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogVGhlIGhpZ2hlc3QgVlUgaWQgazYgY2FuIGhhbmQgb3V0IGZvciB0aGVzZSBzY2VuYXJpb3MgKHRoZSBzdW0gb2YgZWFjaCBzY2VuYXJpbydzIFZVcywgYW4gdXBwZXJcbiAqIGJvdW5kIG9mIGs2J3MgbWF4VlVzKTogVlUgaWRzIGFyZSBudW1iZXJlZCBhY3Jvc3MgYWxsIHNjZW5hcmlvcywgc28gYSBjbGFzcydzIGFjY291bnRzIGFyZVxuICogaW5kZXhlZCBieSBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZ1SWRCb3VuZChzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik6IG51bWJlciB7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGZvciAoY29uc3QgcyBvZiBPYmplY3QudmFsdWVzKHNjZW5hcmlvcykpIHtcbiAgICBjb25zdCBzdGFnZXMgPSAocy5zdGFnZXMgYXMgeyB0YXJnZXQ6IG51bWJlciB9W10gfCB1bmRlZmluZWQpID8/IFtdO1xuICAgIGNvbnN0IG1vc3QgPSBNYXRoLm1heChOdW1iZXIocy5zdGFydFZVcyA/PyAwKSwgLi4uc3RhZ2VzLm1hcCgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCkpO1xuICAgIGlmIChzLmV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSB0b3RhbCArPSBtb3N0O1xuICAgIGVsc2UgaWYgKHR5cGVvZiBzLm1heFZVcyA9PT0gJ251bWJlcicpIHRvdGFsICs9IHMubWF4VlVzO1xuICAgIGVsc2UgaWYgKHR5cGVvZiBzLnByZUFsbG9jYXRlZFZVcyA9PT0gJ251bWJlcicpIHRvdGFsICs9IHMucHJlQWxsb2NhdGVkVlVzO1xuICAgIGVsc2UgdG90YWwgKz0gTnVtYmVyKHMudnVzID8/IDEpO1xuICB9XG4gIHJldHVybiB0b3RhbDtcbn1cbiIsICIvLyBSdW4gY29uZmlndXJhdGlvbiBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIHVwIGZyb250LiBQdXJlIChubyBrNiBpbXBvcnRzKSBzbyB0aGVcbi8vIHBhcnNpbmcgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2NvbmZpZy9lbnYudHMgYXBwbGllcyBpdCB0byBrNidzIF9fRU5WIGF0IGluaXQsIHdoZXJlIGEgdGhyb3dcbi8vIHN0b3BzIHRoZSBydW4gYmVmb3JlIGFueSByZXF1ZXN0IGlzIHNlbnQuXG5pbXBvcnQgeyBERUZBVUxUX1RBUkdFVFMsIHR5cGUgVGFyZ2V0cyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyc7XG5pbXBvcnQgeyBwYXJzZVBvb2xTcGVjLCBVc2Vyc0ZpbGVFcnJvciwgdHlwZSBQb29sU2l6ZXMgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG4gIC8qKiBUaGUgdXNlciBwb29sOiBhIENTViBvZiBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRklMRSksIG9yIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sOyBuZWl0aGVyOiBvbmUgYWNjb3VudCBwZXIgY2xhc3MuICovXG4gIHVzZXJzRmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBkZW1vVXNlcnM6IFBvb2xTaXplcyB8IHVuZGVmaW5lZDtcbiAgLyoqIFJlZnVzZSBhIHBvb2wgd2l0aCBmZXdlciBhY2NvdW50cyBvZiBhIGNsYXNzIHRoYW4gVlUgaWRzIChQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlKS4gKi9cbiAgdXNlcnNEaXN0aW5jdDogYm9vbGVhbjtcbiAgLyoqIEtlcHQgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50IChQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMpLCBvZiB3aGljaCB0aGUgZmlyc3QgTiBvZiBlYWNoIHJlZ3VsYXIgYWNjb3VudCBhcmUgZ2VuZXJhdGVkLiAqL1xuICBkYXRhc2V0OiB7IGNvdXJzZXM6IG51bWJlcjsgZ2VuZXJhdGVkOiBudW1iZXI7IHJlc2VlZDogYm9vbGVhbiB9O1xufVxuXG5leHBvcnQgY2xhc3MgQ29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlnRXJyb3InO1xufVxuXG50eXBlIFJlYWQ8VD4gPSAoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFQpID0+IFQ7XG5cbmZ1bmN0aW9uIHJhdyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIHJldHVybiB2YWx1ZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdmFsdWUudHJpbSgpO1xufVxuXG5mdW5jdGlvbiBmYWlsKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZywgZXhwZWN0ZWQ6IHN0cmluZyk6IG5ldmVyIHtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xufVxuXG5mdW5jdGlvbiBudW1iZXJJbihtaW46IG51bWJlciwgbWF4OiBudW1iZXIsIHdoYXQ6IHN0cmluZywgaW50ZWdlcjogYm9vbGVhbik6IFJlYWQ8bnVtYmVyPiB7XG4gIHJldHVybiAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgICBjb25zdCBleHBlY3RlZCA9IGAke3doYXR9IGZyb20gJHttaW59IHRvICR7bWF4fWA7XG4gICAgaWYgKCEvXlsrXT9cXGQrKFxcLlxcZCspPyQvLnRlc3QodmFsdWUpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgY29uc3QgcGFyc2VkID0gTnVtYmVyKHZhbHVlKTtcbiAgICBpZiAoKGludGVnZXIgJiYgIU51bWJlci5pc0ludGVnZXIocGFyc2VkKSkgfHwgcGFyc2VkIDwgbWluIHx8IHBhcnNlZCA+IG1heCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIHJldHVybiBwYXJzZWQ7XG4gIH07XG59XG5cbi8qKiBXaG9sZSBzZWNvbmRzLCBlLmcuIDYwIChhIHVuaXQgc3VjaCBhcyBcIjYwc1wiIG9yIFwiMW1cIiBpcyByZWZ1c2VkIHJhdGhlciB0aGFuIGd1ZXNzZWQpLiAqL1xuY29uc3Qgc2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycsIHRydWUpO1xuY29uc3QgY291bnQgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyJywgdHJ1ZSk7XG5jb25zdCBtaWxsaXMgPSBudW1iZXJJbigxLCAzXzYwMF8wMDAsICdtaWxsaXNlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKTtcbmNvbnN0IGZyYWN0aW9uID0gbnVtYmVySW4oMCwgMSwgJ2EgZnJhY3Rpb24gKGUuZy4gMC45NSknLCBmYWxzZSk7XG5cbmNvbnN0IHRleHQ6IFJlYWQ8c3RyaW5nPiA9IChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodmFsdWUudHJpbSgpID09PSAnJykgZmFpbChuYW1lLCB2YWx1ZSwgJ2Egbm9uLWVtcHR5IHZhbHVlJyk7XG4gIHJldHVybiB2YWx1ZTtcbn07XG5cbmZ1bmN0aW9uIHVybChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgY29uc3QgbWF0Y2ggPSAvXihodHRwcz8pOlxcL1xcLyhbXi9cXHM6XSt8XFxbWzAtOWEtZkEtRjpdK1xcXSkoOlxcZHsxLDV9KT8oXFwvXFxTKik/JC8uZXhlYyh2YWx1ZSk7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsICdhbiBodHRwKHMpIFVSTCBzdWNoIGFzIGh0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpO1xuICByZXR1cm4gdmFsdWUucmVwbGFjZSgvXFwvKyQvLCAnJyk7XG59XG5cbmZ1bmN0aW9uIHdlaWdodHMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IHJlZ3VsYXI6IDcwLCBwb3dlcjogMjAsIGFkbWluOiAxMCB9O1xuICBjb25zdCBwYXJ0cyA9IHZhbHVlLnNwbGl0KCcvJykubWFwKChwYXJ0KSA9PiBwYXJ0LnRyaW0oKSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3RocmVlIHdob2xlIHBlcmNlbnRhZ2VzIHJlZ3VsYXIvcG93ZXIvYWRtaW4gc3VtbWluZyB0byAxMDAsIGUuZy4gNzAvMjAvMTAnO1xuICBpZiAocGFydHMubGVuZ3RoICE9PSAzIHx8IHBhcnRzLnNvbWUoKHBhcnQpID0+ICEvXlxcZCskLy50ZXN0KHBhcnQpKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBbcmVndWxhciwgcG93ZXIsIGFkbWluXSA9IHBhcnRzLm1hcChOdW1iZXIpIGFzIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgaWYgKHJlZ3VsYXIgKyBwb3dlciArIGFkbWluICE9PSAxMDApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgcmVndWxhciwgcG93ZXIsIGFkbWluIH07XG59XG5cbmZ1bmN0aW9uIHRoaW5rVGltZShlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd0aGlua1RpbWVTJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgbWluOiAxLCBtYXg6IDMgfTtcbiAgY29uc3QgbWF0Y2ggPSAvXihcXGQrKD86XFwuXFxkKyk/KSg/Oi0oXFxkKyg/OlxcLlxcZCspPykpPyQvLmV4ZWModmFsdWUpO1xuICBjb25zdCBleHBlY3RlZCA9ICdzZWNvbmRzIGFzIE4gb3IgTUlOLU1BWCAoZS5nLiAxLTMpLCBlYWNoIGF0IG1vc3QgNjAnO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IG1pbiA9IE51bWJlcihtYXRjaFsxXSk7XG4gIGNvbnN0IG1heCA9IG1hdGNoWzJdID09PSB1bmRlZmluZWQgPyBtaW4gOiBOdW1iZXIobWF0Y2hbMl0pO1xuICBpZiAobWF4IDwgbWluIHx8IG1heCA+IDYwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IG1pbiwgbWF4IH07XG59XG5cbmZ1bmN0aW9uIGZsYWcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycgfHwgdmFsdWUgPT09ICdmYWxzZScgfHwgdmFsdWUgPT09ICcwJykgcmV0dXJuIGZhbHNlO1xuICBpZiAodmFsdWUgPT09ICd0cnVlJyB8fCB2YWx1ZSA9PT0gJzEnKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIGZhaWwobmFtZSwgdmFsdWUsICd0cnVlIG9yIGZhbHNlJyk7XG59XG5cbmZ1bmN0aW9uIGhvc3RMaXN0KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIFtdO1xuICBjb25zdCBob3N0cyA9IHZhbHVlLnNwbGl0KCcsJykubWFwKChob3N0KSA9PiBob3N0LnRyaW0oKS50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKGhvc3RzLnNvbWUoKGhvc3QpID0+ICEvXihcXFtbMC05YS1mOl0rXFxdfFthLXowLTkuXFwtOl0rKSQvLnRlc3QoaG9zdCkpKSB7XG4gICAgZmFpbChuYW1lLCB2YWx1ZSwgJ2EgY29tbWEtc2VwYXJhdGVkIGxpc3Qgb2YgaG9zdCBuYW1lcyBvciBhZGRyZXNzZXMsIGUuZy4gc3RhZ2luZy5leGFtcGxlLmNvbSwxMC4wLjAuNScpO1xuICB9XG4gIHJldHVybiBob3N0cztcbn1cblxuZnVuY3Rpb24gY3JlZGVudGlhbHMoZW52OiBFbnYsIHByZWZpeDogc3RyaW5nLCBmYWxsYmFja0VtYWlsOiBzdHJpbmcsIGZhbGxiYWNrUGFzc3dvcmQ6IHN0cmluZyk6IENyZWRlbnRpYWxzIHtcbiAgcmV0dXJuIHtcbiAgICBlbWFpbDogdGV4dChlbnYsIGAke3ByZWZpeH1fRU1BSUxgLCBmYWxsYmFja0VtYWlsKSxcbiAgICBwYXNzd29yZDogdGV4dChlbnYsIGAke3ByZWZpeH1fUEFTU1dPUkRgLCBmYWxsYmFja1Bhc3N3b3JkKSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcG9vbFNwZWMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IFBvb2xTaXplcyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcGFyc2VQb29sU3BlYyh2YWx1ZSwgbmFtZSk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGVycm9yIGluc3RhbmNlb2YgVXNlcnNGaWxlRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZGF0YXNldChlbnY6IEVudik6IENvbmZpZ1snZGF0YXNldCddIHtcbiAgY29uc3QgY291cnNlcyA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUycsIDIwKTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gY291bnQoMCwgMTAwMCkoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBNYXRoLm1pbigxLCBjb3Vyc2VzKSk7XG4gIGlmIChnZW5lcmF0ZWQgPiBjb3Vyc2VzKSBmYWlsKCdQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCcsIFN0cmluZyhnZW5lcmF0ZWQpLCBgYXQgbW9zdCBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgKCR7Y291cnNlc30pYCk7XG4gIHJldHVybiB7IGNvdXJzZXMsIGdlbmVyYXRlZCwgcmVzZWVkOiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfUkVTRUVEJykgfTtcbn1cblxuLyoqIFJlYWRzIGFuZCB2YWxpZGF0ZXMgZXZlcnkgc2V0dGluZzsgdGhyb3dzIENvbmZpZ0Vycm9yIG5hbWluZyB0aGUgZmlyc3QgYmFkIHZhcmlhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ29uZmlnKGVudjogRW52KTogQ29uZmlnIHtcbiAgY29uc3QgZCA9IERFRkFVTFRfVEFSR0VUUztcbiAgY29uc3QgZHVyYXRpb25TID0gc2Vjb25kcygxLCA3ICogMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OJywgNjApO1xuICBjb25zdCByYW1wVXBTID0gc2Vjb25kcygwLCAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLCBNYXRoLm1pbigzMCwgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChkdXJhdGlvblMgLyA0KSkpKTtcbiAgcmV0dXJuIHtcbiAgICBiYXNlVXJsOiB1cmwoZW52LCAnQkFTRV9VUkwnLCAnaHR0cDovLzEyNy4wLjAuMTo4MDAwJykgYXMgc3RyaW5nLFxuICAgIHVzZXJzOiB7XG4gICAgICByZWd1bGFyOiBjcmVkZW50aWFscyhlbnYsICdSRUdVTEFSX1VTRVInLCAncmVndWxhckBleGFtcGxlLmNvbScsICdyZWd1bGFyLXBhc3N3b3JkJyksXG4gICAgICBwb3dlcjogY3JlZGVudGlhbHMoZW52LCAnUE9XRVJfVVNFUicsICdwb3dlckBleGFtcGxlLmNvbScsICdwb3dlci1wYXNzd29yZCcpLFxuICAgICAgYWRtaW46IGNyZWRlbnRpYWxzKGVudiwgJ0FETUlOX1VTRVInLCAnYWRtaW5AZXhhbXBsZS5jb20nLCAnYWRtaW4tcGFzc3dvcmQnKSxcbiAgICB9LFxuICAgIGR1cmF0aW9uUyxcbiAgICBjb25jdXJyZW50VXNlcnM6IGNvdW50KDEsIDEwMF8wMDApKGVudiwgJ1BFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMnLCAxMDApLFxuICAgIGFwaVRpbWVvdXRTOiBzZWNvbmRzKDEsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX0FQSV9USU1FT1VUJywgMzApLFxuICAgIHJhbXBVcFMsXG4gICAgcmFtcERvd25TOiBzZWNvbmRzKDAsIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTicsIE1hdGgubWluKDEwLCByYW1wVXBTKSksXG4gICAgd2VpZ2h0czogd2VpZ2h0cyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFMnKSxcbiAgICB0aGlua1RpbWVTOiB0aGlua1RpbWUoZW52LCAnUEVSRk9STUFOQ0VfVEhJTktfVElNRScpLFxuICAgIHBvbGxJbnRlcnZhbFM6IG51bWJlckluKDAuMSwgNjAsICdzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnR0VORVJBVElPTl9QT0xMX0lOVEVSVkFMJywgMSksXG4gICAgZ2VuZXJhdGlvblRpbWVvdXRTOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnR0VORVJBVElPTl9USU1FT1VUJywgMzAwKSxcbiAgICBjaGFwdGVyc1BlckNvdXJzZTogY291bnQoMSwgMjApKGVudiwgJ0dFTkVSQVRJT05fQ0hBUFRFUlMnLCAzKSxcbiAgICBzaWRlY2FyVXJsOiB1cmwoZW52LCAnU0lERUNBUl9VUkwnLCB1bmRlZmluZWQpLFxuICAgIHNpZGVjYXJTdHJpY3Q6IGZsYWcoZW52LCAnU0lERUNBUl9TVFJJQ1QnKSxcbiAgICBhbGxvd2VkSG9zdHM6IGhvc3RMaXN0KGVudiwgJ1BFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMnKSxcbiAgICB0YXJnZXRzOiB7XG4gICAgICBhcGlQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk1X01TJywgZC5hcGlQOTVNcyksXG4gICAgICBhcGlQOTlNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk5X01TJywgZC5hcGlQOTlNcyksXG4gICAgICBoZWFsdGhQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9IRUFMVEhfUDk1X01TJywgZC5oZWFsdGhQOTVNcyksXG4gICAgICBleHBvcnRQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9FWFBPUlRfUDk1X01TJywgZC5leHBvcnRQOTVNcyksXG4gICAgICBjaGFwdGVyUDk1TXM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdUSFJFU0hPTERfQ0hBUFRFUl9QOTVfUycsIGQuY2hhcHRlclA5NU1zIC8gMTAwMCkgKiAxMDAwLFxuICAgICAgc3VjY2Vzc1JhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9TVUNDRVNTX1JBVEUnLCBkLnN1Y2Nlc3NSYXRlKSxcbiAgICAgIGVycm9yUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX0VSUk9SX1JBVEUnLCBkLmVycm9yUmF0ZSksXG4gICAgICBtZW1vcnlNYjogY291bnQoMSwgMV8wNDhfNTc2KShlbnYsICdQRVJGT1JNQU5DRV9NRU1PUllfTElNSVQnLCBkLm1lbW9yeU1iKSxcbiAgICAgIGNwdVBlcmNlbnQ6IG51bWJlckluKDEsIDEwMCwgJ2EgcGVyY2VudGFnZScsIGZhbHNlKShlbnYsICdQRVJGT1JNQU5DRV9DUFVfTElNSVQnLCBkLmNwdVBlcmNlbnQpLFxuICAgICAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlckluKDAsIDFfMDAwXzAwMCwgJ01CIHBlciBtaW51dGUgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOJywgZC5tZW1vcnlHcm93dGhNYlBlck1pbiksXG4gICAgfSxcbiAgICB1c2Vyc0ZpbGU6IHJhdyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSU19GSUxFJykgfHwgdW5kZWZpbmVkLFxuICAgIGRlbW9Vc2VyczogcG9vbFNwZWMoZW52LCAnREVNT19VU0VSUycpLFxuICAgIHVzZXJzRGlzdGluY3Q6IGZsYWcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QnKSxcbiAgICBkYXRhc2V0OiBkYXRhc2V0KGVudiksXG4gIH07XG59XG5cbi8qKiBUaGUgaG9zdCBwYXJ0IG9mIGEgVVJMLCBsb3dlci1jYXNlZCwgSVB2NiBpbiBicmFja2V0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBob3N0T2YoYmFzZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmh0dHBzPzpcXC9cXC8oXFxbW15cXF1dK1xcXXxbXi86XSspL2kuZXhlYyhiYXNlVXJsKTtcbiAgcmV0dXJuIChtYXRjaD8uWzFdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNMb29wYmFjayhob3N0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGhvc3QgPT09ICdsb2NhbGhvc3QnIHx8IGhvc3QgPT09ICdbOjoxXScgfHwgaG9zdCA9PT0gJzo6MScgfHwgL14xMjdcXC5cXGR7MSwzfVxcLlxcZHsxLDN9XFwuXFxkezEsM30kLy50ZXN0KGhvc3QpO1xufVxuXG4vKipcbiAqIFRoZSB0YXJnZXQgZ3VhcmQ6IGFuIGVudHJ5IGhlYXZpZXIgdGhhbiBzbW9rZSByZWZ1c2VzIGEgaG9zdCB0aGF0IGlzIG5vdCBsb29wYmFjayB1bmxlc3MgaXQgaXNcbiAqIGFsbG93LWxpc3RlZCwgc28gYSB0eXBvIGluIEJBU0VfVVJMIGNhbm5vdCBsb2FkLXRlc3QgcHJvZHVjdGlvbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnOiBDb25maWcsIGVudHJ5OiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgaG9zdCA9IGhvc3RPZihjb25maWcuYmFzZVVybCk7XG4gIGlmIChpc0xvb3BiYWNrKGhvc3QpIHx8IGNvbmZpZy5hbGxvd2VkSG9zdHMuaW5jbHVkZXMoaG9zdCkpIHJldHVybjtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgIGByZWZ1c2luZyB0byBydW4gXCIke2VudHJ5fVwiIGFnYWluc3QgJHtjb25maWcuYmFzZVVybH06ICR7aG9zdH0gaXMgbm90IGEgbG9vcGJhY2sgYWRkcmVzcy4gYCArXG4gICAgICBgSWYgeW91IG1lYW4gdG8gbG9hZC10ZXN0IGl0LCBhbGxvdyBpdCB3aXRoIFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFM9JHtob3N0fSAoY29tbWEtc2VwYXJhdGVkIGxpc3QpLmAsXG4gICk7XG59XG5cbi8qKlxuICogQSBzY2VuYXJpbydzIG93biBudW1lcmljIHNldHRpbmcgKGUuZy4gU1BJS0VfRkFDVE9SKSwgdmFsaWRhdGVkIGxpa2UgdGhlIHNoYXJlZCBvbmVzOiBhIGJhZFxuICogdmFsdWUgc3RvcHMgdGhlIHJ1biBhdCBpbml0IHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgdmFyaWFibGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnZOdW1iZXIoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IG51bWJlciwgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9KTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gVGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24sIHJlYWQgZnJvbSBrNidzIF9fRU5WIG9uY2UgYXQgaW5pdC4gQW4gaW52YWxpZCB2YWx1ZSB0aHJvd3MgaGVyZSwgc29cbi8vIGs2IHN0b3BzIGJlZm9yZSBzZXR1cCgpIGFuZCBiZWZvcmUgYW55IHJlcXVlc3QsIHdpdGggdGhlIHZhcmlhYmxlIG5hbWVkIGluIHRoZSBtZXNzYWdlLlxuaW1wb3J0IHsgYXNzZXJ0VGFyZ2V0QWxsb3dlZCwgcGFyc2VDb25maWcsIHR5cGUgQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgY29uc3QgY29uZmlnOiBDb25maWcgPSBwYXJzZUNvbmZpZyhfX0VOVik7XG5cbi8qKiBUaGUgY29uZmlndXJhdGlvbiBmb3IgYSBsb2FkLWdlbmVyYXRpbmcgZW50cnk6IHJlZnVzZXMgYSBub24tbG9vcGJhY2sgdGFyZ2V0IHRoYXQgaXMgbm90IGFsbG93LWxpc3RlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBndWFyZGVkQ29uZmlnKGVudHJ5OiBzdHJpbmcpOiBDb25maWcge1xuICBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZywgZW50cnkpO1xuICByZXR1cm4gY29uZmlnO1xufVxuIiwgIi8vIEN1c3RvbSBtZXRyaWNzIGZvciB3aGF0IGs2J3MgYnVpbHQtaW5zIGNhbm5vdCBzYXkuIENyZWF0ZWQgb25jZSBhdCBpbml0IChrNiByZXF1aXJlcyBpdCkuXG5pbXBvcnQgeyBDb3VudGVyLCBSYXRlLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuXG4vKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uIHRpbWUgZnJvbSB0aGUgam9iJ3Mgb3duIHN0YXJ0ZWRfYXQvZmluaXNoZWRfYXQgKHNlcnZlciB2aWV3KS4gKi9cbmV4cG9ydCBjb25zdCBjaGFwdGVyR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiwgam9iIGNyZWF0ZWQgLT4gZmluaXNoZWQsIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiBhcyB0aGUgcG9sbGluZyB1c2VyIHNhdyBpdDogcmVxdWVzdCBhY2NlcHRlZCAtPiBjb21wbGV0ZWQgc2Vlbi4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fb2JzZXJ2ZWRfbXMnLCB0cnVlKTtcbi8qKiBHZW5lcmF0aW9uIGpvYnMgdGhhdCBmYWlsZWQgb3IgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmV4cG9ydCBjb25zdCBnZW5lcmF0aW9uRmFpbGVkID0gbmV3IFJhdGUoJ2dlbmVyYXRpb25fZmFpbGVkJyk7XG4vKiogQ291cnNlcyB0aGUgcGxhdGZvcm0gYWNrbm93bGVkZ2VkIGNyZWF0aW5nICgyMDEpLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZXNDcmVhdGVkID0gbmV3IENvdW50ZXIoJ2NvdXJzZXNfY3JlYXRlZCcpO1xuLyoqIFdob2xlIHdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCBjb21wbGV0ZWQgZXZlcnkgc3RlcCwgdGFnZ2VkIGJ5IHdvcmtmbG93LiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93U3VjY2VzcyA9IG5ldyBSYXRlKCd3b3JrZmxvd19zdWNjZXNzJyk7XG4vKiogV29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IHRocmV3IChhIHNjcmlwdCBidWcgb3IgYSBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dFcnJvcnMgPSBuZXcgQ291bnRlcignd29ya2Zsb3dfZXJyb3JzJyk7XG4iLCAiLy8gUnVucyBvbmUgd29ya2Zsb3cgaXRlcmF0aW9uIGFuZCByZWNvcmRzIGl0cyBvdXRjb21lLiBBIHdvcmtmbG93IHRoYXQgdGhyb3dzIChhIHNjcmlwdCBidWcsIGFcbi8vIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKSBpcyBhIGZhaWxlZCBpdGVyYXRpb24gdGhhdCBjb3VudHMgYWdhaW5zdCB0aGUgdGhyZXNob2xkcyBpbnN0ZWFkXG4vLyBvZiBhbiBleGNlcHRpb24gazYgb25seSBsb2dzLlxuaW1wb3J0IHsgd29ya2Zsb3dFcnJvcnMsIHdvcmtmbG93U3VjY2VzcyB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgdHlwZSB7IENvbnRleHQsIFdvcmtmbG93IH0gZnJvbSAnLi93b3JrZmxvd3MudHMnO1xuXG5jb25zdCBNQVhfTE9HR0VEX0VSUk9SUyA9IDU7XG5sZXQgbG9nZ2VkRXJyb3JzID0gMDtcblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bldvcmtmbG93KG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93LCBjdHg6IENvbnRleHQpOiB2b2lkIHtcbiAgY29uc3QgdGFncyA9IHsgd29ya2Zsb3c6IG5hbWUgfTtcbiAgdHJ5IHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKHdvcmtmbG93KGN0eCksIHRhZ3MpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQoZmFsc2UsIHRhZ3MpO1xuICAgIHdvcmtmbG93RXJyb3JzLmFkZCgxLCB0YWdzKTtcbiAgICBpZiAobG9nZ2VkRXJyb3JzKysgPCBNQVhfTE9HR0VEX0VSUk9SUykge1xuICAgICAgY29uc29sZS5lcnJvcihgd29ya2Zsb3cgXCIke25hbWV9XCIgdGhyZXc6ICR7ZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IChlcnJvci5zdGFjayA/PyBlcnJvci5tZXNzYWdlKSA6IFN0cmluZyhlcnJvcil9YCk7XG4gICAgfVxuICB9XG59XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGNoZWNrc1xuLy8gb25lIGFjY291bnQgb2YgZWFjaCBjbGFzcyAoYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UpLCByZW1vdmVzIHdoYXQga2lsbGVkIHJ1bnNcbi8vIGxlZnQgYmVoaW5kLCBtYWtlcyBzdXJlIHRoZSBrZXB0IGRhdGFzZXQgaXMgdGhlcmUsIGFuZCAoZm9yIGFwaS9icmVha3BvaW50KSBzZWVkcyBydW4tdGFnZ2VkXG4vLyBjb3Vyc2VzLiBUZWFyZG93biByZW1vdmVzIGV2ZXJ5dGhpbmcgdGhpcyBydW4gY3JlYXRlZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgZW5zdXJlRGF0YXNldCwgcXVpZXRMb2dpbiwgcmVtb3ZlQ291cnNlcywgdHlwZSBPd25lciB9IGZyb20gJy4vZGF0YXNldC50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyLCBuZXdSdW5JZCwgUlVOX1RJVExFX0ZJTFRFUiB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBwb29sIH0gZnJvbSAnLi9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB2dUlkQm91bmQgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuRGF0YSB7XG4gIC8qKiBVbmlxdWUgcGVyIHJ1biwgcGFydCBvZiBldmVyeSB0aXRsZSB0aGlzIHJ1biBjcmVhdGVzLCBzbyBydW5zIGFuZCBWVXMgbmV2ZXIgY29sbGlkZS4gKi9cbiAgcnVuSWQ6IHN0cmluZztcbiAgLyoqIE9uZSBsb2dnZWQtaW4gYWNjb3VudCBwZXIgY2xhc3MgKHRoZSBwb29sJ3MgZmlyc3QpOiBzZXR1cCdzIGNoZWNrcywgc2hhcmVkLXRva2VuIGVudHJpZXMsIGNsZWFudXAuICovXG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBSdW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIG93bmVkIGJ5IHRva2Vucy5yZWd1bGFyJ3MgYWNjb3VudCwgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkZWRDb3Vyc2VJZHM6IElkW107XG4gIC8qKiBDbGFzcyBwYXNzd29yZHMgdGhhdCBjYW1lIGZyb20gazYgc2VjcmV0IHNvdXJjZXMgKFZVcyBjYW5ub3QgcmVhZCBzZWNyZXRzIHN5bmNocm9ub3VzbHkpLiAqL1xuICBjbGFzc1Bhc3N3b3Jkcz86IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+O1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXRbcm9sZV0gPz8gY29uZmlnLnVzZXJzW3JvbGVdLnBhc3N3b3JkO1xufVxuXG4vKiogTG9ncyBpbiBhcyB0aGUgY2xhc3MncyBmaXJzdCBhY2NvdW50OiB0aGUgY2hlY2sgdGhhdCBhIHdyb25nIHBhc3N3b3JkIHN0b3BzIHRoZSBydW4gYXQgb25jZS4gKi9cbmZ1bmN0aW9uIGxvZ2luKGNsaWVudDogQXBpQ2xpZW50LCBjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGlmIChwb29sLnNpemVzW3JvbGVdID09PSAwKSBhYm9ydChgJHtwb29sLnNvdXJjZX0gaGFzIG5vICR7cm9sZX0gYWNjb3VudCwgYW5kIHRoaXMgZW50cnkgbmVlZHMgb25lLmApO1xuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KHJvbGUsIDAsIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKTtcbiAgY29uc3QgcmVzdWx0ID0gY2xpZW50LmxvZ2luKGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LmJvZHkpIHtcbiAgICBjb25zdCBlbnZQcmVmaXggPSBgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJgO1xuICAgIGNvbnN0IHdoZXJlID0gY29uZmlnLnVzZXJzRmlsZSA/IGBpdHMgbGluZSBpbiAke2NvbmZpZy51c2Vyc0ZpbGV9YCA6IGNvbmZpZy5kZW1vVXNlcnMgPyBgJHtlbnZQcmVmaXh9X1BBU1NXT1JEICh0aGUgREVNT19VU0VSUyBwb29sJ3MgJHtyb2xlfSBwYXNzd29yZClgIDogYCR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JEYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7d2hlcmV9LmApO1xuICB9XG4gIHJldHVybiByZXN1bHQuYm9keS5hY2Nlc3NfdG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtc2VlZCAke3J1bklkfSAke259YCwgdG9waWM6ICdsb2FkIHRlc3RpbmcnLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogMiB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBjcmVhdGUgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7Y3JlYXRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb25zdCBzdGFydGVkID0gY2xpZW50LmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgaWYgKCFzdGFydGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgZ2VuZXJhdGluZyBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtzdGFydGVkLnN0YXR1c30pLmApO1xuICAgIGNvdXJzZUlkcy5wdXNoKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgam9icy5wdXNoKHN0YXJ0ZWQuYm9keS5qb2JfaWQpO1xuICB9XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICBmb3IgKGNvbnN0IGpvYklkIG9mIGpvYnMpIHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBqb2IgPSBjbGllbnQuZ2V0Sm9iKGpvYklkKS5ib2R5O1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJykgYnJlYWs7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdmYWlsZWQnKSBhYm9ydChgYSBzZWVkIGNvdXJzZSdzIGdlbmVyYXRpb24gZmFpbGVkOiAke2pvYi5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ30uYCk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSBhYm9ydChgc2VlZCBjb3Vyc2VzIHdlcmUgbm90IGdlbmVyYXRlZCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zLmApO1xuICAgICAgc2xlZXAoMC41KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNvdXJzZUlkcztcbn1cblxuLyoqXG4gKiBDbGFzcyBwYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzIChgazYgcnVuIC0tc2VjcmV0LXNvdXJjZT1maWxlPXNlY3JldHMudHh0YCwga2V5cyBuYW1lZFxuICogbGlrZSB0aGUgZW52IHZhcmlhYmxlczogUkVHVUxBUl9VU0VSX1BBU1NXT1JELCAuLi4pIHRha2UgcHJlY2VkZW5jZSBvdmVyIHRoZSBlbnZpcm9ubWVudDsgazZcbiAqIHJlZGFjdHMgdGhlbSBmcm9tIGl0cyBsb2dzLiBUaGV5IGFwcGx5IHRvIHRoZSBzaW5nbGUgYWNjb3VudHMgYW5kIHRvIHRoZSBERU1PX1VTRVJTIHBvb2w7IGFcbiAqIHVzZXJzIGZpbGUgY2FycmllcyBpdHMgb3duIHBhc3N3b3Jkcy5cbiAqL1xuYXN5bmMgZnVuY3Rpb24gc2VjcmV0UGFzc3dvcmRzKCk6IFByb21pc2U8UGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4+IHtcbiAgY29uc3QgZm91bmQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+ID0ge307XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSBmb3VuZFtyb2xlXSA9IHBhc3N3b3JkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm8gc2VjcmV0IHNvdXJjZSBjb25maWd1cmVkLCBvciBubyBzdWNoIGtleToga2VlcCB0aGUgZW52aXJvbm1lbnQncyBwYXNzd29yZFxuICAgIH1cbiAgfVxuICByZXR1cm4gZm91bmQ7XG59XG5cbi8qKiBUaGUgYWNjb3VudHMgVlVzIG9mIHRoZSBjbGFzc2VzIHRoYXQgcmVhZCB0aGUgZGF0YXNldCBjYW4gdXNlOiB0aGUgZmlyc3QgbWluKHNpemUsIFZVIGlkcykgb2YgZWFjaC4gKi9cbmZ1bmN0aW9uIGRhdGFzZXRPd25lcnMoY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4pOiBPd25lcltdIHtcbiAgY29uc3QgdnVJZHMgPSB2dUlkQm91bmQoKGV4ZWMudGVzdC5vcHRpb25zLnNjZW5hcmlvcyA/PyB7fSkgYXMgdW5rbm93biBhcyBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pO1xuICBjb25zdCBvd25lcnM6IE93bmVyW10gPSBbXTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFsncmVndWxhcicsICdwb3dlciddIGFzIGNvbnN0KSB7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBNYXRoLm1pbihwb29sLnNpemVzW3JvbGVdLCB2dUlkcyk7IGkrKykgb3duZXJzLnB1c2goeyByb2xlLCAuLi5wb29sLmFjY291bnQocm9sZSwgaSwgY2xhc3NQYXNzd29yZChjb25maWcsIHNlY3JldCwgcm9sZSkpIH0pO1xuICB9XG4gIHJldHVybiBvd25lcnM7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJlcGFyZU9wdGlvbnMge1xuICAvKiogU2VlZCBydW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZD86IGJvb2xlYW47XG4gIC8qKiBNYWtlIHN1cmUgdGhlIGtlcHQgcGVyLXVzZXIgZGF0YXNldCBpcyB0aGVyZSAoZW50cmllcyB3aG9zZSB1c2VycyByZWFkIHRoZWlyIG93biBjb3Vyc2VzKS4gKi9cbiAgZGF0YXNldD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlUnVuKGNvbmZpZzogQ29uZmlnLCBvcHRpb25zOiBQcmVwYXJlT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHByb2JlKGNvbmZpZy5iYXNlVXJsKTtcbiAgY29uc3Qgc2VjcmV0ID0gYXdhaXQgc2VjcmV0UGFzc3dvcmRzKCk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VucyA9IHt9IGFzIFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHRva2Vuc1tyb2xlXSA9IGxvZ2luKGFub255bW91cywgY29uZmlnLCBzZWNyZXQsIHJvbGUpO1xuICBjb25zdCBydW5JZCA9IG5ld1J1bklkKCk7XG4gIGNvbnN0IHN3ZXB0ID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2Vucy5hZG1pbiwgUlVOX1RJVExFX0ZJTFRFUiwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBydW5JZCwgZmFsc2UpKTtcbiAgaWYgKHN3ZXB0ID4gMCkgY29uc29sZS5sb2coYHNldHVwOiByZW1vdmVkICR7c3dlcHR9IGNvdXJzZShzKSBsZWZ0IGJlaGluZCBieSBlYXJsaWVyIHJ1bnNgKTtcbiAgaWYgKG9wdGlvbnMuZGF0YXNldCkge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByID0gZW5zdXJlRGF0YXNldChjb25maWcsIGRhdGFzZXRPd25lcnMoY29uZmlnLCBzZWNyZXQpKTtcbiAgICAgIGNvbnNvbGUubG9nKGBzZXR1cDogZGF0YXNldCBvZiAke2NvbmZpZy5kYXRhc2V0LmNvdXJzZXN9IGNvdXJzZShzKSBwZXIgYWNjb3VudCBmb3IgJHtyLmFjY291bnRzfSBhY2NvdW50KHMpOiAke3IucmV1c2VkfSByZXVzZWQsICR7ci5jcmVhdGVkfSBjb3Vyc2UocykgY3JlYXRlZCAoJHtyLmdlbmVyYXRlZH0gZ2VuZXJhdGVkKSwgJHtyLnJlbW92ZWR9IHJlbW92ZWQsIGluICR7KChEYXRlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwKS50b0ZpeGVkKDEpfSBzYCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGFib3J0KGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcywgY2xhc3NQYXNzd29yZHM6IHNlY3JldCB9O1xufVxuXG4vKiogVGVhcmRvd246IHJlbW92ZXMgZXZlcnkgY291cnNlIHRoaXMgcnVuIGNyZWF0ZWQgKFZVcyBkZWxldGUgdGhlaXIgb3duIGFzIHRoZXkgZ287IHRoaXMgY2F0Y2hlcyB0aGUgcmVzdCkuICovXG5leHBvcnQgZnVuY3Rpb24gY2xlYW5VcFJ1bihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBpZiAoIWRhdGE/LnJ1bklkIHx8IHBvb2wuc2l6ZXMuYWRtaW4gPT09IDApIHJldHVybjtcbiAgLy8gQSBmcmVzaCBsb2dpbjogc2V0dXAncyB0b2tlbiBtYXkgaGF2ZSBleHBpcmVkIGR1cmluZyBhIGxvbmcgcnVuLlxuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KCdhZG1pbicsIDAsIGRhdGEuY2xhc3NQYXNzd29yZHM/LmFkbWluID8/IGNvbmZpZy51c2Vycy5hZG1pbi5wYXNzd29yZCk7XG4gIGNvbnN0IHRva2VuID0gcXVpZXRMb2dpbihjb25maWcsIGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghdG9rZW4pIHtcbiAgICBjb25zb2xlLmVycm9yKGB0ZWFyZG93bjogY291bGQgbm90IGxvZyBpbiBhcyAke2VtYWlsfSB0byByZW1vdmUgdGhpcyBydW4ncyBjb3Vyc2VzICh0aXRsZXMgY29udGFpbmluZyAke2RhdGEucnVuSWR9KTsgdGhlIG5leHQgcnVuIHJlbW92ZXMgdGhlbWApO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCByZW1vdmVkID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2VuLCBkYXRhLnJ1bklkLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIGRhdGEucnVuSWQsIHRydWUpKTtcbiAgaWYgKHJlbW92ZWQgPiAwKSBjb25zb2xlLmxvZyhgdGVhcmRvd246IHJlbW92ZWQgJHtyZW1vdmVkfSBjb3Vyc2UocykgdGhpcyBydW4gY3JlYXRlZGApO1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHBhdGhzLCByZXF1ZXN0VGFncywgdHlwZSBJZCB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHsgaXRlbXM6IENvdXJzZVtdOyB0b3RhbDogbnVtYmVyOyBsaW1pdDogbnVtYmVyOyBvZmZzZXQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7IHRpdGxlOiBzdHJpbmc7IHRvcGljOiBzdHJpbmc7IGxldmVsOiBMZXZlbDsgY2hhcHRlcl9jb3VudDogbnVtYmVyOyBsYW5ndWFnZT86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyBzdGF0dXM6IHN0cmluZzsgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDsgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgd29yZF9jb3VudDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4geyBhY2Nlc3NfdG9rZW46IHN0cmluZzsgdG9rZW5fdHlwZTogc3RyaW5nOyByb2xlOiBSb2xlOyBleHBpcmVzX2luOiBudW1iZXIgfVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuIGV4Y2VwdGlvbikuICovXG5mdW5jdGlvbiBpc0pzb24ocmVzOiBSZXNwb25zZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gU3RyaW5nKHJlcy5oZWFkZXJzWydDb250ZW50LVR5cGUnXSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKSAmJiB0eXBlb2YgcmVzLmJvZHkgPT09ICdzdHJpbmcnICYmIHJlcy5ib2R5ICE9PSAnJztcbn1cblxuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5mdW5jdGlvbiBmaWVsZHNPZihyZXM6IFJlc3BvbnNlKTogRmllbGQge1xuICByZXR1cm4gKHBhdGgpID0+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHJlcy5qc29uKHBhdGgpID8/IHVuZGVmaW5lZDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9O1xufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24ocmVzOiBSZXNwb25zZSk6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrcyA9IG5ldyBNYXA8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PigpO1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIGxldCBjYWxsYmFjayA9IHN0YXR1c0NhbGxiYWNrcy5nZXQoc3RhdHVzKTtcbiAgaWYgKCFjYWxsYmFjaykge1xuICAgIGNhbGxiYWNrID0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cyk7XG4gICAgc3RhdHVzQ2FsbGJhY2tzLnNldChzdGF0dXMsIGNhbGxiYWNrKTtcbiAgfVxuICByZXR1cm4gY2FsbGJhY2s7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0cyA9IG5ldyBNYXA8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4oKTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0cy5nZXQoZW5kcG9pbnQpO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0cy5zZXQoZW5kcG9pbnQsIHNldCk7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIC8qKiBTZXQgd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxOiB0aGUgc2Vzc2lvbiBsYXllciBsb2dzIGluIGFnYWluIGJlZm9yZSB0aGUgbmV4dCBzdGVwLiAqL1xuICB1bmF1dGhvcml6ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB0aW1lb3V0OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0IHBhcmFtcyBwZXIgZW5kcG9pbnQgKGhlYWRlcnMsIHRhZ3MsIHRpbWVvdXQsIGV4cGVjdGVkIHN0YXR1cyksIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcmFtcyA9IG5ldyBNYXA8RW5kcG9pbnQsIFBhcmFtcz4oKTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbik6IFBhcmFtcyB7XG4gICAgbGV0IHBhcmFtcyA9IHRoaXMucGFyYW1zLmdldChlbmRwb2ludCk7XG4gICAgaWYgKCFwYXJhbXMpIHtcbiAgICAgIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gICAgICBpZiAod2l0aFBheWxvYWQpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICAgICAgaWYgKHRoaXMudG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0aGlzLnRva2VufWA7XG4gICAgICBwYXJhbXMgPSB7IGhlYWRlcnMsIHRhZ3M6IHJlcXVlc3RUYWdzKGVuZHBvaW50KSwgdGltZW91dDogdGhpcy50aW1lb3V0LCByZXNwb25zZUNhbGxiYWNrOiBleHBlY3RTdGF0dXMoZXhwZWN0ZWQpIH07XG4gICAgICB0aGlzLnBhcmFtcy5zZXQoZW5kcG9pbnQsIHBhcmFtcyk7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QobWV0aG9kLCBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsIHdpdGhQYXlsb2FkID8gSlNPTi5zdHJpbmdpZnkocGF5bG9hZCkgOiBudWxsLCB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkKSk7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSByZXMuc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBpZiAocmVzLnN0YXR1cyA9PT0gNDAxKSB0aGlzLnVuYXV0aG9yaXplZCA9IHRydWU7XG4gICAgY29uc3Qgc2hhcGVPayA9ICFzaGFwZSB8fCAoaXNKc29uKHJlcykgJiYgc2hhcGUoZmllbGRzT2YocmVzKSkpO1xuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgY29uc3QgaGFzQm9keSA9IEJvb2xlYW4oc2hhcGUpICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgbGV0IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG4gICAgbGV0IHBhcnNlZCA9IGZhbHNlO1xuICAgIHJldHVybiB7XG4gICAgICBvazogYWxsT2ssXG4gICAgICBzdGF0dXM6IHJlcy5zdGF0dXMsXG4gICAgICBnZXQgYm9keSgpIHtcbiAgICAgICAgaWYgKGhhc0JvZHkgJiYgIXBhcnNlZCkge1xuICAgICAgICAgIGJvZHkgPSBwYXJzZUpzb24ocmVzKSBhcyBUO1xuICAgICAgICAgIHBhcnNlZCA9IHRydWU7XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIGJvZHk7XG4gICAgICB9LFxuICAgIH07XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIGNvbnN0IHBhcmFtcyA9IE9iamVjdC5lbnRyaWVzKHF1ZXJ5KVxuICAgICAgLmZpbHRlcigoWywgdmFsdWVdKSA9PiB2YWx1ZSAhPT0gdW5kZWZpbmVkKVxuICAgICAgLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWApXG4gICAgICAuam9pbignJicpO1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtwYXJhbXMgPyBgPyR7cGFyYW1zfWAgOiAnJ31gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBbZW5kcG9pbnQsIG5hbWVdIG9mIE9iamVjdC5lbnRyaWVzKHJvdXRlTmFtZXMpIGFzIFtFbmRwb2ludCwgc3RyaW5nXVtdKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSA9IE9iamVjdC5mcmVlemUoeyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZSB9KTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUga2VwdCBkYXRhc2V0OiBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50LCB0aGUgZmlyc3Rcbi8vIFBFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGdlbmVyYXRlZCAob25lIGNoYXB0ZXIpLCBzbyBsaXN0cyBhbmRcbi8vIHBhZ2luYXRpb24gYXJlIG5vdCB0cml2aWFsbHkgc21hbGwgYW5kIHJlYWRzIHNwcmVhZCBvdmVyIG1hbnkgcm93cywgZWFjaCB1c2VyIHJlYWRpbmcgb25seVxuLy8gdGhlaXIgb3duLiBNYWRlIGluIHNldHVwIChvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGl0cyByZXF1ZXN0cyBjYXJyeSBzY29wZT1zZXR1cCBhbmQgbm9cbi8vIGVuZHBvaW50IHRhZywgc28gbm8gZ2F0ZSBzZWVzIHRoZW0pLCB3aXRoIGF0IG1vc3QgQ09OQ1VSUkVOQ1kgcmVxdWVzdHMgaW4gZmxpZ2h0LCBhbmQgcmV1c2VkIGJ5XG4vLyBsYXRlciBydW5zIHdoZW4gaXQgaXMgYWxyZWFkeSB0aGVyZSAoUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQ9dHJ1ZSAvIC0tcmVzZWVkOiBtYWRlIGFuZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIEJhdGNoUmVxdWVzdCwgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgcGF0aHMsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL3JvdXRlcy50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFLCBkYXRhc2V0VGl0bGUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBBY2NvdW50LCBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5jb25zdCBDT05DVVJSRU5DWSA9IDE2O1xuY29uc3QgTElTVF9MSU1JVCA9IDEwMDtcblxuZXhwb3J0IGludGVyZmFjZSBPd25lciBleHRlbmRzIEFjY291bnQge1xuICByb2xlOiBSb2xlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERhdGFzZXRSZXBvcnQge1xuICBhY2NvdW50czogbnVtYmVyO1xuICBjcmVhdGVkOiBudW1iZXI7XG4gIHJldXNlZDogbnVtYmVyO1xuICByZW1vdmVkOiBudW1iZXI7XG4gIGdlbmVyYXRlZDogbnVtYmVyO1xufVxuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8qKiBSdW5zIHJlcXVlc3RzIENPTkNVUlJFTkNZIGF0IGEgdGltZTsgYW5zd2VycyBpbiBvcmRlci4gKi9cbmZ1bmN0aW9uIGJhdGNoZWQocmVxdWVzdHM6IEJhdGNoUmVxdWVzdFtdKTogUmVzcG9uc2VbXSB7XG4gIGNvbnN0IGFuc3dlcnM6IFJlc3BvbnNlW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCByZXF1ZXN0cy5sZW5ndGg7IGkgKz0gQ09OQ1VSUkVOQ1kpIGFuc3dlcnMucHVzaCguLi4oaHR0cC5iYXRjaChyZXF1ZXN0cy5zbGljZShpLCBpICsgQ09OQ1VSUkVOQ1kpKSBhcyBSZXNwb25zZVtdKSk7XG4gIHJldHVybiBhbnN3ZXJzO1xufVxuXG5mdW5jdGlvbiBwYXJhbXMod2hhdDogc3RyaW5nLCB0b2tlbj86IHN0cmluZywgdGltZW91dFMgPSA2MCkge1xuICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJywgJ0NvbnRlbnQtVHlwZSc6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICBpZiAodG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0b2tlbn1gO1xuICByZXR1cm4geyBoZWFkZXJzLCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiBgc2V0dXA6ICR7d2hhdH1gIH0sIHRpbWVvdXQ6IGAke3RpbWVvdXRTfXNgIH07XG59XG5cbmZ1bmN0aW9uIGpzb248VD4ocmVzOiBSZXNwb25zZSk6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZykgYXMgVDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogQSBsb2dpbiBvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3cgKHNjb3BlPXNldHVwLCBubyBlbmRwb2ludCB0YWcpOiB0aGUgdG9rZW4sIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdWlldExvZ2luKGNvbmZpZzogQ29uZmlnLCBlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5wb3N0KGAke2NvbmZpZy5iYXNlVXJsfSR7cGF0aHMubG9naW4oKX1gLCBKU09OLnN0cmluZ2lmeSh7IGVtYWlsLCBwYXNzd29yZCB9KSwgcGFyYW1zKCdsb2dpbicpKSBhcyBSZXNwb25zZTtcbiAgcmV0dXJuIHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xufVxuXG4vKiogTWFrZXMgc3VyZSBldmVyeSBvd25lciBoYXMgdGhlIGRhdGFzZXQ7IHRocm93cyB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIGFjY291bnQgYW5kIHN0YXR1cyBvbiBmYWlsdXJlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuc3VyZURhdGFzZXQoY29uZmlnOiBDb25maWcsIG93bmVyczogT3duZXJbXSk6IERhdGFzZXRSZXBvcnQge1xuICBjb25zdCB7IGNvdXJzZXM6IHdhbnRlZCwgZ2VuZXJhdGVkOiBnZW5lcmF0ZWRQZXJVc2VyLCByZXNlZWQgfSA9IGNvbmZpZy5kYXRhc2V0O1xuICBjb25zdCByZXBvcnQ6IERhdGFzZXRSZXBvcnQgPSB7IGFjY291bnRzOiBvd25lcnMubGVuZ3RoLCBjcmVhdGVkOiAwLCByZXVzZWQ6IDAsIHJlbW92ZWQ6IDAsIGdlbmVyYXRlZDogMCB9O1xuICBpZiAod2FudGVkID09PSAwIHx8IG93bmVycy5sZW5ndGggPT09IDApIHJldHVybiByZXBvcnQ7XG4gIGNvbnN0IGJhc2UgPSBjb25maWcuYmFzZVVybDtcblxuICBjb25zdCBsb2dJbiA9ICh3aGljaDogbnVtYmVyW10pID0+XG4gICAgYmF0Y2hlZCh3aGljaC5tYXAoKGkpID0+ICh7IG1ldGhvZDogJ1BPU1QnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5sb2dpbigpfWAsIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWw6IG93bmVyc1tpXSEuZW1haWwsIHBhc3N3b3JkOiBvd25lcnNbaV0hLnBhc3N3b3JkIH0pLCBwYXJhbXM6IHBhcmFtcygnbG9naW4nKSB9KSkpLm1hcCgocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCB0b2tlbiA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKCF0b2tlbikgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBsb2dnaW5nIGluIGFzICR7b3duZXJzW3doaWNoW2tdIV0hLnJvbGV9IGFjY291bnQgJHtvd25lcnNbd2hpY2hba10hXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9OiBjaGVjayBpdHMgcGFzc3dvcmQgaW4gdGhlIHVzZXIgcG9vbGApO1xuICAgICAgcmV0dXJuIHRva2VuO1xuICAgIH0pO1xuICBjb25zdCB0b2tlbnMgPSBsb2dJbihvd25lcnMubWFwKChfLCBpKSA9PiBpKSk7XG5cbiAgY29uc3QgbGlzdFVybCA9IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoREFUQVNFVF9USVRMRSl9JmxpbWl0PSR7TElTVF9MSU1JVH1gO1xuICBjb25zdCBsaXN0ID0gKHdoaWNoOiBudW1iZXJbXSkgPT4gYmF0Y2hlZCh3aGljaC5tYXAoKGkpID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogbGlzdFVybCwgcGFyYW1zOiBwYXJhbXMoJ2xpc3QgZGF0YXNldCcsIHRva2Vuc1tpXSkgfSkpKTtcbiAgY29uc3QgZXZlcnlvbmUgPSBvd25lcnMubWFwKChfLCBpKSA9PiBpKTtcbiAgbGV0IHRvdGFscyA9IGxpc3QoZXZlcnlvbmUpLm1hcCgocmVzLCBpKSA9PiB7XG4gICAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyB0b3RhbDogbnVtYmVyOyBpdGVtczogeyBpZDogSWQgfVtdIH0+KHJlcykgOiB1bmRlZmluZWQ7XG4gICAgaWYgKCFib2R5KSB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IGxpc3RpbmcgdGhlIGNvdXJzZXMgb2YgJHtvd25lcnNbaV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgIHJldHVybiBib2R5O1xuICB9KTtcblxuICBpZiAocmVzZWVkKSB7XG4gICAgLy8gUmVtb3ZlIHRoZSBvbGQgZGF0YXNldCBwYWdlIGJ5IHBhZ2UgKGVhY2ggbGlzdCBzaG93cyB0aGUgbmV4dCBwYWdlIG9uY2UgdGhlIHByZXZpb3VzIGlzIGdvbmUpLlxuICAgIGZvciAobGV0IHJvdW5kID0gMDsgdG90YWxzLnNvbWUoKHQpID0+IHQuaXRlbXMubGVuZ3RoID4gMCkgJiYgcm91bmQgPCAxMDAwOyByb3VuZCsrKSB7XG4gICAgICBjb25zdCBkZWxldGlvbnMgPSB0b3RhbHMuZmxhdE1hcCgodCwgaSkgPT4gdC5pdGVtcy5tYXAoKGMpID0+ICh7IG1ldGhvZDogJ0RFTEVURScsIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShjLmlkKX1gLCBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0pKSk7XG4gICAgICByZXBvcnQucmVtb3ZlZCArPSBiYXRjaGVkKGRlbGV0aW9ucykuZmlsdGVyKChyZXMpID0+IHJlcy5zdGF0dXMgPT09IDIwNCkubGVuZ3RoO1xuICAgICAgdG90YWxzID0gbGlzdChldmVyeW9uZSkubWFwKChyZXMpID0+IGpzb248eyB0b3RhbDogbnVtYmVyOyBpdGVtczogeyBpZDogSWQgfVtdIH0+KHJlcykgPz8geyB0b3RhbDogMCwgaXRlbXM6IFtdIH0pO1xuICAgIH1cbiAgfVxuXG4gIGNvbnN0IGNyZWF0aW9uczogeyBvd25lcjogbnVtYmVyOyBnZW5lcmF0ZTogYm9vbGVhbjsgcmVxdWVzdDogQmF0Y2hSZXF1ZXN0IH1bXSA9IFtdO1xuICBvd25lcnMuZm9yRWFjaCgob3duZXIsIGkpID0+IHtcbiAgICBjb25zdCBoYXZlID0gdG90YWxzW2ldIS50b3RhbDtcbiAgICBpZiAoaGF2ZSA+PSB3YW50ZWQpIHJlcG9ydC5yZXVzZWQrKztcbiAgICBmb3IgKGxldCBuID0gaGF2ZSArIDE7IG4gPD0gd2FudGVkOyBuKyspIHtcbiAgICAgIGNvbnN0IGdlbmVyYXRlID0gb3duZXIucm9sZSA9PT0gJ3JlZ3VsYXInICYmIG4gPD0gZ2VuZXJhdGVkUGVyVXNlcjtcbiAgICAgIGNvbnN0IGNvdXJzZSA9IHsgdGl0bGU6IGRhdGFzZXRUaXRsZShuKSwgdG9waWM6IGBkYXRhc2V0IHRvcGljICR7bn1gLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogZ2VuZXJhdGUgPyAxIDogMyB9O1xuICAgICAgY3JlYXRpb25zLnB1c2goeyBvd25lcjogaSwgZ2VuZXJhdGUsIHJlcXVlc3Q6IHsgbWV0aG9kOiAnUE9TVCcsIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX1gLCBib2R5OiBKU09OLnN0cmluZ2lmeShjb3Vyc2UpLCBwYXJhbXM6IHBhcmFtcygnY3JlYXRlIGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0gfSk7XG4gICAgfVxuICB9KTtcbiAgY29uc3QgY3JlYXRlZCA9IGJhdGNoZWQoY3JlYXRpb25zLm1hcCgoYykgPT4gYy5yZXF1ZXN0KSk7XG4gIGNvbnN0IHRvR2VuZXJhdGU6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSA9IFtdO1xuICBjcmVhdGVkLmZvckVhY2goKHJlcywgaykgPT4ge1xuICAgIGNvbnN0IGlkID0gcmVzLnN0YXR1cyA9PT0gMjAxID8ganNvbjx7IGlkOiBJZCB9PihyZXMpPy5pZCA6IHVuZGVmaW5lZDtcbiAgICBpZiAoaWQgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBjcmVhdGluZyBhIGNvdXJzZSBmb3IgJHtvd25lcnNbY3JlYXRpb25zW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgIHJlcG9ydC5jcmVhdGVkKys7XG4gICAgaWYgKGNyZWF0aW9uc1trXSEuZ2VuZXJhdGUpIHRvR2VuZXJhdGUucHVzaCh7IG93bmVyOiBjcmVhdGlvbnNba10hLm93bmVyLCBpZCB9KTtcbiAgfSk7XG5cbiAgY29uc3Qgc3RhcnRlZCA9IGJhdGNoZWQodG9HZW5lcmF0ZS5tYXAoKGcpID0+ICh7IG1ldGhvZDogJ1BPU1QnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5nZW5lcmF0ZShnLmlkKX1gLCBib2R5OiAne30nLCBwYXJhbXM6IHBhcmFtcygnZ2VuZXJhdGUgZGF0YXNldCcsIHRva2Vuc1tnLm93bmVyXSkgfSkpKTtcbiAgbGV0IGpvYnMgPSBzdGFydGVkLm1hcCgocmVzLCBrKSA9PiB7XG4gICAgY29uc3Qgam9iSWQgPSByZXMuc3RhdHVzID09PSAyMDIgPyBqc29uPHsgam9iX2lkOiBJZCB9PihyZXMpPy5qb2JfaWQgOiB1bmRlZmluZWQ7XG4gICAgaWYgKGpvYklkID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogc3RhcnRpbmcgZ2VuZXJhdGlvbiBmb3IgJHtvd25lcnNbdG9HZW5lcmF0ZVtrXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICByZXR1cm4geyBvd25lcjogdG9HZW5lcmF0ZVtrXSEub3duZXIsIGpvYklkIH07XG4gIH0pO1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMDtcbiAgd2hpbGUgKGpvYnMubGVuZ3RoID4gMCkge1xuICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogJHtqb2JzLmxlbmd0aH0gZ2VuZXJhdGlvbiBqb2IocykgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9c2ApO1xuICAgIHNsZWVwKDEpO1xuICAgIGNvbnN0IHBvbGxlZCA9IGJhdGNoZWQoam9icy5tYXAoKGopID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogYCR7YmFzZX0ke3BhdGhzLmpvYihqLmpvYklkKX1gLCBwYXJhbXM6IHBhcmFtcygncG9sbCBkYXRhc2V0IGpvYicsIHRva2Vuc1tqLm93bmVyXSkgfSkpKTtcbiAgICBjb25zdCBvcGVuOiB0eXBlb2Ygam9icyA9IFtdO1xuICAgIC8vIEEgdG9rZW4gdGhhdCBleHBpcmVkIHdoaWxlIHdhaXRpbmcgKHNob3J0LWxpdmVkIHRva2Vucyk6IGxvZyB0aGF0IG93bmVyIGluIGFnYWluIGFuZCBwb2xsIG9uLlxuICAgIGNvbnN0IGV4cGlyZWQgPSBbLi4ubmV3IFNldChqb2JzLmZpbHRlcigoXywgaykgPT4gcG9sbGVkW2tdIS5zdGF0dXMgPT09IDQwMSkubWFwKChqKSA9PiBqLm93bmVyKSldO1xuICAgIGxvZ0luKGV4cGlyZWQpLmZvckVhY2goKHRva2VuLCBrKSA9PiAodG9rZW5zW2V4cGlyZWRba10hXSA9IHRva2VuKSk7XG4gICAgcG9sbGVkLmZvckVhY2goKHJlcywgaykgPT4ge1xuICAgICAgY29uc3Qgc3RhdHVzID0ganNvbjx7IHN0YXR1cz86IHN0cmluZzsgZXJyb3I/OiBzdHJpbmcgfT4ocmVzKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogZ2VuZXJhdGluZyBhIGNvdXJzZSBvZiAke293bmVyc1tqb2JzW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQ6ICR7c3RhdHVzLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfWApO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnY29tcGxldGVkJykgcmVwb3J0LmdlbmVyYXRlZCsrO1xuICAgICAgZWxzZSBvcGVuLnB1c2goam9ic1trXSEpO1xuICAgIH0pO1xuICAgIGpvYnMgPSBvcGVuO1xuICB9XG4gIHJldHVybiByZXBvcnQ7XG59XG5cbi8qKlxuICogUmVtb3ZlcyBydW4tY3JlYXRlZCBjb3Vyc2VzIHRoZSBhZG1pbiBjYW4gc2VlIHdob3NlIHRpdGxlIGByZW1vdmVgIHBpY2tzICh0aGlzIHJ1bidzIGF0XG4gKiB0ZWFyZG93biwgZWFybGllciBydW5zJyBsZWZ0b3ZlcnMgYXQgc2V0dXApLiBSZXR1cm5zIGhvdyBtYW55IHdlcmUgcmVtb3ZlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbW92ZUNvdXJzZXMoY29uZmlnOiBDb25maWcsIGFkbWluVG9rZW46IHN0cmluZywgZmlsdGVyOiBzdHJpbmcsIHJlbW92ZTogKHRpdGxlOiBzdHJpbmcpID0+IGJvb2xlYW4pOiBudW1iZXIge1xuICBjb25zdCBiYXNlID0gY29uZmlnLmJhc2VVcmw7XG4gIGxldCByZW1vdmVkID0gMDtcbiAgbGV0IG9mZnNldCA9IDA7XG4gIGZvciAobGV0IHBhZ2UgPSAwOyBwYWdlIDwgMTAwMDsgcGFnZSsrKSB7XG4gICAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX0/cT0ke2VuY29kZVVSSUNvbXBvbmVudChmaWx0ZXIpfSZsaW1pdD0ke0xJU1RfTElNSVR9Jm9mZnNldD0ke29mZnNldH1gLCBwYXJhbXMoJ2ZpbmQgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbikpO1xuICAgIGNvbnN0IGl0ZW1zID0gKHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdIH0+KHJlcyk/Lml0ZW1zIDogdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBpZiAoaXRlbXMubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICBjb25zdCBkb29tZWQgPSBpdGVtcy5maWx0ZXIoKGMpID0+IHJlbW92ZShjLnRpdGxlKSk7XG4gICAgY29uc3QgZ29uZSA9IGJhdGNoZWQoZG9vbWVkLm1hcCgoYykgPT4gKHsgbWV0aG9kOiAnREVMRVRFJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGMuaWQpfWAsIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbikgfSkpKS5maWx0ZXIoKHIpID0+IHIuc3RhdHVzID09PSAyMDQgfHwgci5zdGF0dXMgPT09IDQwNCkubGVuZ3RoO1xuICAgIHJlbW92ZWQgKz0gZ29uZTtcbiAgICBvZmZzZXQgKz0gaXRlbXMubGVuZ3RoIC0gZ29uZTsgLy8gd2hhdCBzdGF5cyBvbiB0aGUgcGFnZSAoa2VwdCwgb3Igbm90IGRlbGV0YWJsZSkgaXMgc3RlcHBlZCBvdmVyXG4gIH1cbiAgcmV0dXJuIHJlbW92ZWQ7XG59XG4iLCAiLy8gSG93IHRoZSBzdWl0ZSBuYW1lcyB3aGF0IGl0IHB1dHMgb24gdGhlIHBsYXRmb3JtLCBzbyBpdCBjYW4gZmluZCBpdCBhZ2Fpbi5cbi8vIC0gVGhlIGtlcHQgZGF0YXNldDogYGNvdXJzZS1wZXJmIGRhdGFzZXQgTk5gIChyZXVzZWQgYWNyb3NzIHJ1bnMsIG5ldmVyIHJlbW92ZWQgYnkgYSBydW4pLlxuLy8gLSBFdmVyeXRoaW5nIGEgcnVuIGNyZWF0ZXM6IGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gOyB0aGUgcnVuIGlkIHN0YXJ0cyB3aXRoIHRoZSBydW4ncyBzdGFydFxuLy8gICB0aW1lLCBzbyBhIGxhdGVyIHJ1biBjYW4gdGVsbCBhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnMgZnJvbSBpdHMgb3duLlxuZXhwb3J0IGNvbnN0IERBVEFTRVRfVElUTEUgPSAnY291cnNlLXBlcmYgZGF0YXNldCc7XG4vKiogQSB0aXRsZSBmaWx0ZXIgbWF0Y2hpbmcgZXZlcnkgcnVuLWNyZWF0ZWQgY291cnNlIChhbmQgbm8gZGF0YXNldCBjb3Vyc2UpLiAqL1xuZXhwb3J0IGNvbnN0IFJVTl9USVRMRV9GSUxURVIgPSAncGVyZi0nO1xuXG5leHBvcnQgZnVuY3Rpb24gZGF0YXNldFRpdGxlKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtEQVRBU0VUX1RJVExFfSAke1N0cmluZyhuKS5wYWRTdGFydCgyLCAnMCcpfWA7XG59XG5cbi8qKiBBIG5ldyBydW4gaWQ6IHN0YXJ0IHRpbWUgKGJhc2UgMzYgbXMpIGFuZCBhIHJhbmRvbSBwYXJ0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5ld1J1bklkKG5vdzogbnVtYmVyID0gRGF0ZS5ub3coKSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3cudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG59XG5cbi8qKiBUaGUgcnVuIGlkIGluIGEgcnVuLWNyZWF0ZWQgdGl0bGUgKGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gKSwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1bklkT2YodGl0bGU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1hdGNoID0gL15wZXJmLVxcUysgKFswLTlhLXpdKy1bMC05YS16XSspKD86XFxzfCQpLy5leGVjKHRpdGxlKTtcbiAgcmV0dXJuIG1hdGNoPy5bMV07XG59XG5cbi8qKiBTdGFydCB0aW1lIG9mIGEgcnVuIGlkLCBtcyBzaW5jZSB0aGUgZXBvY2gsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5TdGFydE9mKHJ1bklkOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBtcyA9IHBhcnNlSW50KHJ1bklkLnNwbGl0KCctJylbMF0hLCAzNik7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogV2hldGhlciBhIHJ1bi1jcmVhdGVkIGNvdXJzZSBpcyB0byBiZSByZW1vdmVkIGJ5IHJ1biBgY3VycmVudGA6IGl0cyBvd24gKHRlYXJkb3duKSwgb3Igb25lIG9mIGFcbiAqIHJ1biB0aGF0IHN0YXJ0ZWQgZWFybGllciAoYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzOyBhbHNvIHRpdGxlcyBvZiBvbGRlciB2ZXJzaW9ucyBvZiB0aGUgc3VpdGUpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNMZWZ0b3Zlcih0aXRsZTogc3RyaW5nLCBjdXJyZW50OiBzdHJpbmcsIG93bjogYm9vbGVhbik6IGJvb2xlYW4ge1xuICBpZiAoIXRpdGxlLnN0YXJ0c1dpdGgoUlVOX1RJVExFX0ZJTFRFUikpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcnVuSWQgPSBydW5JZE9mKHRpdGxlKTtcbiAgaWYgKG93bikgcmV0dXJuIHJ1bklkID09PSBjdXJyZW50O1xuICBpZiAocnVuSWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRydWU7XG4gIGlmIChydW5JZCA9PT0gY3VycmVudCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBzdGFydGVkID0gcnVuU3RhcnRPZihydW5JZCk7XG4gIHJldHVybiBzdGFydGVkID09PSB1bmRlZmluZWQgfHwgc3RhcnRlZCA8IChydW5TdGFydE9mKGN1cnJlbnQpID8/IDApO1xufVxuIiwgIi8vIFRoZSBydW4ncyBhY2NvdW50cywgcGVyIGNsYXNzOiBmcm9tIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgKHBhcnNlZCBvbmNlIGZvciB0aGUgd2hvbGUgdGVzdCBpbnRvXG4vLyBrNiBTaGFyZWRBcnJheXMsIHNvIGV2ZXJ5IFZVIHJlYWRzIG9uZSBjb3B5IGluc3RlYWQgb2YgaG9sZGluZyBpdHMgb3duKSwgZnJvbSB0aGUgZGVtb1xuLy8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2wgKG5hbWVzIGNvbXB1dGVkLCBub3RoaW5nIGhlbGQpLCBvciBlbHNlIHRoZSBjbGFzcydzIHNpbmdsZSBhY2NvdW50XG4vLyAoUkVHVUxBUl9VU0VSX0VNQUlMIC4uLjogZXZlcnkgVlUgb2YgYSBjbGFzcyBzaGFyZXMgaXQpLiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS5cbmltcG9ydCB7IFNoYXJlZEFycmF5IH0gZnJvbSAnazYvZGF0YSc7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuLi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IHBhcnNlVXNlcnNDc3YsIHBvb2xFbWFpbCwgUk9MRVMsIHRvb1NtYWxsRm9yRGlzdGluY3QsIHR5cGUgQWNjb3VudCwgdHlwZSBQb29sU2l6ZXMsIHR5cGUgUm9sZSB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBQb29sIHtcbiAgLyoqIFdoZXJlIHRoZSBhY2NvdW50cyBjb21lIGZyb20sIGZvciBtZXNzYWdlcy4gKi9cbiAgc291cmNlOiBzdHJpbmc7XG4gIHNpemVzOiBQb29sU2l6ZXM7XG4gIC8qKiBUaGUgaS10aCBhY2NvdW50IChmcm9tIDApIG9mIGEgY2xhc3M7IGBwYXNzd29yZGAgaXMgdGhlIGZpbGUncywgb3IgdGhlIGNsYXNzIHBhc3N3b3JkIGdpdmVuLiAqL1xuICBhY2NvdW50KHJvbGU6IFJvbGUsIGluZGV4OiBudW1iZXIsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQ7XG59XG5cbmZ1bmN0aW9uIHJlYWRGaWxlKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG9wZW4ocGF0aCk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH0gY2Fubm90IGJlIHJlYWQgKCR7U3RyaW5nKGVycm9yKX0pOiBnaXZlIGFuIGFic29sdXRlIHBhdGggdG8gYSBDU1Ygd2l0aCB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGVgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBmaWxlUG9vbChwYXRoOiBzdHJpbmcpOiBQb29sIHtcbiAgLy8gVGhlIGNhbGxiYWNrIHJ1bnMgb25jZSBwZXIgdGVzdCAoazYga2VlcHMgdGhlIHJlc3VsdCBmb3IgZXZlcnkgVlUpOyBlYWNoIGNsYXNzIGl0cyBvd24gYXJyYXkuXG4gIGNvbnN0IGFycmF5cyA9IHt9IGFzIFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIGFycmF5c1tyb2xlXSA9IG5ldyBTaGFyZWRBcnJheShgdXNlcnM6JHtyb2xlfWAsICgpID0+IHBhcnNlVXNlcnNDc3YocmVhZEZpbGUocGF0aCksIHBhdGgpW3JvbGVdKSBhcyB1bmtub3duIGFzIEFjY291bnRbXTtcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6IGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH1gLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IGFycmF5cy5yZWd1bGFyLmxlbmd0aCwgcG93ZXI6IGFycmF5cy5wb3dlci5sZW5ndGgsIGFkbWluOiBhcnJheXMuYWRtaW4ubGVuZ3RoIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIGluZGV4KSA9PiBhcnJheXNbcm9sZV1baW5kZXhdIGFzIEFjY291bnQsXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlUG9vbChjb25maWc6IENvbmZpZyk6IFBvb2wge1xuICBpZiAoY29uZmlnLnVzZXJzRmlsZSkgcmV0dXJuIGZpbGVQb29sKGNvbmZpZy51c2Vyc0ZpbGUpO1xuICBjb25zdCB1c2VycyA9IGNvbmZpZy51c2VycztcbiAgaWYgKGNvbmZpZy5kZW1vVXNlcnMpIHtcbiAgICByZXR1cm4geyBzb3VyY2U6ICdERU1PX1VTRVJTJywgc2l6ZXM6IGNvbmZpZy5kZW1vVXNlcnMsIGFjY291bnQ6IChyb2xlLCBpbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiBwb29sRW1haWwocm9sZSwgaW5kZXggKyAxKSwgcGFzc3dvcmQgfSkgfTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNvdXJjZTogJ1JFR1VMQVJfVVNFUl9FTUFJTCAvIFBPV0VSX1VTRVJfRU1BSUwgLyBBRE1JTl9VU0VSX0VNQUlMIChvbmUgc2hhcmVkIGFjY291bnQgcGVyIGNsYXNzKScsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogMSwgcG93ZXI6IDEsIGFkbWluOiAxIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIF9pbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiB1c2Vyc1tyb2xlXS5lbWFpbCwgcGFzc3dvcmQgfSksXG4gIH07XG59XG5cbi8qKiBUaGlzIFZVJ3MgYWNjb3VudCBvZiBhIGNsYXNzOiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NvdW50T2ZWdShwb29sOiBQb29sLCByb2xlOiBSb2xlLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2l6ZSA9IHBvb2wuc2l6ZXNbcm9sZV07XG4gIHJldHVybiBzaXplID09PSAwID8gdW5kZWZpbmVkIDogcG9vbC5hY2NvdW50KHJvbGUsIChleGVjLnZ1LmlkSW5UZXN0IC0gMSkgJSBzaXplLCBjbGFzc1Bhc3N3b3JkKTtcbn1cblxuLyoqIFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWU6IHJlZnVzZXMsIGF0IGluaXQsIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgdXNlZCBjbGFzcyB0aGFuIFZVIGlkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnREaXN0aW5jdChwb29sOiBQb29sLCByb2xlczogcmVhZG9ubHkgUm9sZVtdLCB2dUlkczogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IG5lZWRlZDogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgZm9yIChjb25zdCByb2xlIG9mIHJvbGVzKSBuZWVkZWRbcm9sZV0gPSB2dUlkcztcbiAgY29uc3QgcHJvYmxlbSA9IHRvb1NtYWxsRm9yRGlzdGluY3QocG9vbC5zaXplcywgbmVlZGVkLCBwb29sLnNvdXJjZSk7XG4gIGlmIChwcm9ibGVtKSB0aHJvdyBuZXcgRXJyb3IocHJvYmxlbSk7XG59XG5cbi8qKiBUaGUgcnVuJ3MgcG9vbCwgbWFkZSBvbmNlIHBlciBWVSBhdCBpbml0IChhIGJhZCBmaWxlIHN0b3BzIHRoZSBydW4gaGVyZSwgYmVmb3JlIHNldHVwKS4gKi9cbmV4cG9ydCBjb25zdCBwb29sOiBQb29sID0gbWFrZVBvb2wocnVuQ29uZmlnKTtcbiIsICIvLyBUaGUgazYgc2lkZSBvZiB0aGUgcmVzb3VyY2Ugc2lkZWNhcjogYSAxL3Mgc2NlbmFyaW8gcG9sbHMgdGhlIHNpZGVjYXIncyBzYW1wbGVzIGludG8gVHJlbmRcbi8vIG1ldHJpY3MsIGFuZCB0ZWFyZG93biByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoLCBzbyB0aGUgc2VydmVyJ3MgQ1BVIGFuZCBtZW1vcnkgYXJlIG9yZGluYXJ5XG4vLyBrNiB0aHJlc2hvbGRzIGluIHRoZSBzYW1lIHJ1bi4gUG9sbHMgY2Fycnkgc2NvcGU6c2lkZWNhciBhbmQgZW1pdCBubyBodHRwX3JlcV9mYWlsZWQgc2FtcGxlc1xuLy8gKHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwpLCBzbyB0aGUgQVBJIGZpZ3VyZXMgYW5kIHRocmVzaG9sZHMgbmV2ZXIgc2VlIHRoZW0uXG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IENvdW50ZXIsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcblxuLyoqIFBlcmNlbnQgb2YgdGhlIENQVXMgYXZhaWxhYmxlIHRvIHRoZSBzZXJ2ZXIsIDAtMTAwLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdVBlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfcGVyY2VudCcpO1xuLyoqIFBlci1jb3JlIHN1bTogMTAwID0gb25lIGNvcmUgZnVsbHkgYnVzeS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfY29yZXNfcGVyY2VudCcpO1xuLyoqIFBTUyBzdW0gKHByb2Nlc3MgdHJlZSksIHdvcmtpbmcgc2V0IChjZ3JvdXApIG9yIFJTUyAoUHJvbWV0aGV1cyksIE1CLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeU1iID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X21iJyk7XG4vKiogUG9sbHMgdGhlIHNpZGVjYXIgZGlkIG5vdCBhbnN3ZXIsIHBsdXMgcmVhZGluZ3MgdGhlIHNpZGVjYXIgZmFpbGVkIHRvIHRha2U6IGVhY2ggYWJvdXQgb25lIGludGVydmFsIHdpdGhvdXQgZGF0YS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJTYW1wbGVzTWlzc2luZyA9IG5ldyBDb3VudGVyKCdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJyk7XG4vKiogTUIgcGVyIG1pbnV0ZSBhZnRlciB0aGUgc2lkZWNhcidzIHdhcm0tdXAgKGxlYXN0LXNxdWFyZXMgc2xvcGUpLCByZWNvcmRlZCBvbmNlIGluIHRlYXJkb3duLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeUdyb3d0aCA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicpO1xuXG5pbnRlcmZhY2UgU2FtcGxlIHtcbiAgc2VxOiBudW1iZXI7XG4gIGNwdV9wZXJjZW50OiBudW1iZXI7XG4gIGNwdV9jb3Jlc19wZXJjZW50OiBudW1iZXI7XG4gIG1lbW9yeV9tYjogbnVtYmVyO1xufVxuXG5jb25zdCBQT0xMID0geyB0YWdzOiB7IHNjb3BlOiAnc2lkZWNhcicsIG5hbWU6ICdzaWRlY2FyJyB9LCByZXNwb25zZUNhbGxiYWNrOiBudWxsLCB0aW1lb3V0OiAnMnMnIH0gYXMgY29uc3Q7XG4vLyBQZXIgVlUgKHRoZSBzY2VuYXJpbyBoYXMgb25lKTogdGhlIGxhc3Qgc2VxIHJlY2VpdmVkIGFuZCB0aGUgc2lkZWNhcidzIGZhaWxlZC1yZWFkaW5nIGNvdW50IHNlZW4uXG5sZXQgY3Vyc29yID0gMDtcbmxldCBlcnJvcnNTZWVuOiBudW1iZXIgfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvOiBvbmUgcG9sbCBhIHNlY29uZCBmb3IgdGhlIHdob2xlIHJ1biwgb24gb25lIFZVLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1NjZW5hcmlvKGR1cmF0aW9uUzogbnVtYmVyLCBzdGFydFRpbWU/OiBzdHJpbmcpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWM6ICdwb2xsUmVzb3VyY2VzJyxcbiAgICByYXRlOiAxLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIGR1cmF0aW9uOiBgJHtNYXRoLm1heCgxLCBNYXRoLmNlaWwoZHVyYXRpb25TKSl9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiAxLFxuICAgIG1heFZVczogMSxcbiAgICAuLi4oc3RhcnRUaW1lID8geyBzdGFydFRpbWUgfSA6IHt9KSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcGFyc2U8VD4oYm9keTogdW5rbm93bik6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiB0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycgPyAoSlNPTi5wYXJzZShib2R5KSBhcyBUKSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIE9uZSBwb2xsOiBldmVyeSBuZXcgc2FtcGxlIGJlY29tZXMgYSBtZXRyaWMgc2FtcGxlLiBBIHBvbGwgdGhlIHNpZGVjYXIgZG9lcyBub3QgYW5zd2VyIGNvdW50cyBvbmVcbiAqIG1pc3Npbmcgc2FtcGxlLCBhbmQgc28gZG9lcyBlYWNoIHJlYWRpbmcgdGhlIHNpZGVjYXIgcmVwb3J0cyBpdCBmYWlsZWQgdG8gdGFrZSBkdXJpbmcgdGhlIHJ1blxuICogKHRhcmdldCBnb25lLCBlbmRwb2ludCBkb3duKS4gQW5cbiAqIGFuc3dlciB3aXRoIG5vIG5ldyBzYW1wbGUgeWV0IGlzIG5vdCBhIGdhcDogcG9sbHMgYW5kIHJlYWRpbmdzIGFyZSBub3QgaW4gc3RlcC4gTmV2ZXIgdGhyb3dzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcyhzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc2FtcGxlcz9zaW5jZT0ke2N1cnNvcn1gLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgc2FtcGxlczogU2FtcGxlW107IGVycm9ycz86IG51bWJlciB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmICghYm9keSB8fCAhQXJyYXkuaXNBcnJheShib2R5LnNhbXBsZXMpKSB7XG4gICAgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKDEpO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkuZXJyb3JzID09PSAnbnVtYmVyJykge1xuICAgIC8vIFRoZSBmaXJzdCBhbnN3ZXIgaXMgdGhlIGJhc2VsaW5lOiBmYWlsdXJlcyBiZWZvcmUgdGhlIHJ1biBhcmUgbm90IHRoZSBydW4ncyBnYXBzLlxuICAgIGlmIChlcnJvcnNTZWVuICE9PSB1bmRlZmluZWQgJiYgYm9keS5lcnJvcnMgPiBlcnJvcnNTZWVuKSBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoYm9keS5lcnJvcnMgLSBlcnJvcnNTZWVuKTtcbiAgICBlcnJvcnNTZWVuID0gYm9keS5lcnJvcnM7XG4gIH1cbiAgZm9yIChjb25zdCBzYW1wbGUgb2YgYm9keS5zYW1wbGVzKSB7XG4gICAgc2VydmVyQ3B1UGVyY2VudC5hZGQoc2FtcGxlLmNwdV9wZXJjZW50KTtcbiAgICBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQuYWRkKHNhbXBsZS5jcHVfY29yZXNfcGVyY2VudCk7XG4gICAgc2VydmVyTWVtb3J5TWIuYWRkKHNhbXBsZS5tZW1vcnlfbWIpO1xuICAgIGN1cnNvciA9IE1hdGgubWF4KGN1cnNvciwgc2FtcGxlLnNlcSk7XG4gIH1cbn1cblxuLyoqIFRlYXJkb3duOiB0aGUgbWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwLCBNQiBwZXIgbWludXRlLCBhcyB0aGUgc2lkZWNhciBjb21wdXRlZCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRNZW1vcnlHcm93dGgoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3N1bW1hcnlgLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3Qgc3VtbWFyeSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IHBhcnNlPHsgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKHN1bW1hcnkgJiYgdHlwZW9mIHN1bW1hcnkubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluID09PSAnbnVtYmVyJykgc2VydmVyTWVtb3J5R3Jvd3RoLmFkZChzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbik7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2VMaW1pdHMge1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIG1lbW9yeSBncm93dGggKHNvYWspLCBNQiBwZXIgbWludXRlIGFmdGVyIHdhcm0tdXAuICovXG4gIGdyb3d0aE1iUGVyTWluPzogbnVtYmVyO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2FtcGxlcyB3ZW50IG1pc3NpbmcgKHRoZSBzaWRlY2FyIHN0b3BwZWQgYW5zd2VyaW5nKS4gKi9cbiAgZmFpbE9uTWlzc2luZz86IGJvb2xlYW47XG59XG5cbi8qKiBTZXJ2ZXIgbWVtb3J5IHBlYWssIENQVSBwOTUsIGFuZCBvcHRpb25hbGx5IGdyb3d0aCBhbmQgZ2FwcywgYXMgZ2F0ZXMuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VHYXRlcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogR2F0ZVtdIHtcbiAgY29uc3QgZ2F0ZXM6IEdhdGVbXSA9IFtcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfbWInLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMubWVtb3J5TWIgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9jcHVfcGVyY2VudCcsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmNwdVBlcmNlbnQgfV0gfSxcbiAgXTtcbiAgaWYgKGxpbWl0cy5ncm93dGhNYlBlck1pbiAhPT0gdW5kZWZpbmVkKSBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5ncm93dGhNYlBlck1pbiB9XSB9KTtcbiAgaWYgKGxpbWl0cy5mYWlsT25NaXNzaW5nKSBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsIHJ1bGVzOiBbeyBzdGF0OiAnY291bnQnLCBvcDogJzwnLCB2YWx1ZTogMSB9XSB9KTtcbiAgcmV0dXJuIGdhdGVzO1xufVxuXG4vKiogVGhlIHNhbWUgZ2F0ZXMgYXMgYSBrNiB0aHJlc2hvbGRzIG9iamVjdDogeyBzZXJ2ZXJfbWVtb3J5X21iOiBbJ21heDwxMDI0J10sIHNlcnZlcl9jcHVfcGVyY2VudDogWydwKDk1KTw4MCddLCAuLi4gfS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZVRocmVzaG9sZHMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEs2VGhyZXNob2xkcyB7XG4gIHJldHVybiB0b0s2VGhyZXNob2xkcyhyZXNvdXJjZUdhdGVzKGxpbWl0cykpO1xufVxuIiwgIi8vIEEgdHlwZWQgYnVpbGRlciBmb3IgazYgdGhyZXNob2xkIGV4cHJlc3Npb25zLCBzbyBhIHR5cG8gaW4gYW4gYWdncmVnYXRpb24gb3Igb3BlcmF0b3IgaXMgYVxuLy8gY29tcGlsZSBlcnJvciBoZXJlIGluc3RlYWQgb2YgYSB0aHJlc2hvbGQgazYgcmVqZWN0cyAob3Igc2lsZW50bHkgbmV2ZXIgZXZhbHVhdGVzKSBhdCBydW4gdGltZS5cblxuLyoqIEFnZ3JlZ2F0aW9ucyBrNiBhY2NlcHRzIHBlciBtZXRyaWMgdHlwZS4gKi9cbmV4cG9ydCB0eXBlIFRyZW5kU3RhdCA9ICdhdmcnIHwgJ21pbicgfCAnbWF4JyB8ICdtZWQnIHwgYHAoJHtudW1iZXJ9KWA7XG5leHBvcnQgdHlwZSBSYXRlU3RhdCA9ICdyYXRlJztcbmV4cG9ydCB0eXBlIENvdW50ZXJTdGF0ID0gJ2NvdW50JyB8ICdyYXRlJztcbmV4cG9ydCB0eXBlIEdhdWdlU3RhdCA9ICd2YWx1ZSc7XG5leHBvcnQgdHlwZSBTdGF0ID0gVHJlbmRTdGF0IHwgUmF0ZVN0YXQgfCBDb3VudGVyU3RhdCB8IEdhdWdlU3RhdDtcbmV4cG9ydCB0eXBlIE9wZXJhdG9yID0gJzwnIHwgJzw9JyB8ICc+JyB8ICc+PScgfCAnPT0nIHwgJz09PScgfCAnIT0nO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGUge1xuICBzdGF0OiBTdGF0O1xuICBvcDogT3BlcmF0b3I7XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTdG9wIHRoZSB3aG9sZSBydW4gYXMgc29vbiBhcyB0aGlzIHJ1bGUgZmFpbHMgKGFmdGVyIGBkZWxheUFib3J0RXZhbGApLiAqL1xuICBhYm9ydE9uRmFpbD86IGJvb2xlYW47XG4gIC8qKiBrNiBkdXJhdGlvbiwgZS5nLiAnMTBzJzogaG93IGxvbmcgdG8gY29sbGVjdCBkYXRhIGJlZm9yZSBhbiBhYm9ydCBtYXkgdHJpZ2dlci4gKi9cbiAgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbWV0cmljIChvcHRpb25hbGx5IG5hcnJvd2VkIHRvIGEgdGFnZ2VkIHN1Yi1tZXRyaWMpIGFuZCB0aGUgcnVsZXMgaXQgbXVzdCBtZWV0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHYXRlIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICBydWxlczogUnVsZVtdO1xufVxuXG4vKiogV2hhdCBrNiBhY2NlcHRzIGFzIG9uZSBlbnRyeSBvZiBhIG1ldHJpYydzIHRocmVzaG9sZCBsaXN0LiAqL1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGQgPSBzdHJpbmcgfCB7IHRocmVzaG9sZDogc3RyaW5nOyBhYm9ydE9uRmFpbD86IGJvb2xlYW47IGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZHMgPSBSZWNvcmQ8c3RyaW5nLCBLNlRocmVzaG9sZFtdPjtcblxuY29uc3QgTUVUUklDX05BTUUgPSAvXltBLVphLXpfXVtBLVphLXowLTlfXSokLztcbmNvbnN0IFRBR19QQVJUID0gL15bQS1aYS16MC05Xy5cXC0vXSskLztcbmNvbnN0IFBFUkNFTlRJTEUgPSAvXnBcXCgoXFxkKyhcXC5cXGQrKT8pXFwpJC87XG5cbi8qKiBgaHR0cF9yZXFfZHVyYXRpb257ZW5kcG9pbnQ6aGVhbHRofWA6IHRoZSBrZXkgazYgdXNlcyBmb3IgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNLZXkobWV0cmljOiBzdHJpbmcsIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogc3RyaW5nIHtcbiAgaWYgKCFNRVRSSUNfTkFNRS50ZXN0KG1ldHJpYykpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBtZXRyaWMgbmFtZSBcIiR7bWV0cmljfVwiOiB1c2UgbGV0dGVycywgZGlnaXRzIGFuZCBfYCk7XG4gIGNvbnN0IGVudHJpZXMgPSBPYmplY3QuZW50cmllcyh0YWdzID8/IHt9KTtcbiAgaWYgKGVudHJpZXMubGVuZ3RoID09PSAwKSByZXR1cm4gbWV0cmljO1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBlbnRyaWVzKSB7XG4gICAgaWYgKCFUQUdfUEFSVC50ZXN0KGtleSkgfHwgIVRBR19QQVJULnRlc3QodmFsdWUpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgdGFnICR7a2V5fToke3ZhbHVlfSBvbiAke21ldHJpY306IHRhZ3MgaW4gdGhyZXNob2xkcyBtYXkgaG9sZCBsZXR0ZXJzLCBkaWdpdHMgYW5kIF8gLiAtIC9gKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGAke21ldHJpY317JHtlbnRyaWVzLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9OiR7dmFsdWV9YCkuam9pbignLCcpfX1gO1xufVxuXG4vKiogYHAoOTUpPDIwMGA6IG9uZSBydWxlIGFzIGs2J3MgZXhwcmVzc2lvbiB0ZXh0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cHJlc3Npb24ocnVsZTogUGljazxSdWxlLCAnc3RhdCcgfCAnb3AnIHwgJ3ZhbHVlJz4pOiBzdHJpbmcge1xuICBjb25zdCBwZXJjZW50aWxlID0gUEVSQ0VOVElMRS5leGVjKHJ1bGUuc3RhdCk7XG4gIGlmIChydWxlLnN0YXQuc3RhcnRzV2l0aCgncCgnKSAmJiAoIXBlcmNlbnRpbGUgfHwgTnVtYmVyKHBlcmNlbnRpbGVbMV0pID4gMTAwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBwZXJjZW50aWxlIFwiJHtydWxlLnN0YXR9XCI6IHVzZSBwKE4pIHdpdGggMCA8PSBOIDw9IDEwMGApO1xuICB9XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKHJ1bGUudmFsdWUpKSB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4geyB0aHJlc2hvbGQ6IHRleHQsIGFib3J0T25GYWlsOiB0cnVlLCAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSB9O1xufVxuXG4vKiogVHVybnMgZ2F0ZXMgaW50byBrNidzIGBvcHRpb25zLnRocmVzaG9sZHNgOyBnYXRlcyBvbiB0aGUgc2FtZSBrZXkgYXJlIG1lcmdlZCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b0s2VGhyZXNob2xkcyhnYXRlczogR2F0ZVtdKTogSzZUaHJlc2hvbGRzIHtcbiAgY29uc3Qgb3V0OiBLNlRocmVzaG9sZHMgPSB7fTtcbiAgZm9yIChjb25zdCBnYXRlIG9mIGdhdGVzKSB7XG4gICAgY29uc3Qga2V5ID0gbWV0cmljS2V5KGdhdGUubWV0cmljLCBnYXRlLnRhZ3MpO1xuICAgIG91dFtrZXldID0gWy4uLihvdXRba2V5XSA/PyBbXSksIC4uLmdhdGUucnVsZXMubWFwKHRvSzYpXTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuIiwgIi8vIExvYWQgc2hhcGVzLCBpbiBvbmUgcGxhY2UsIHBhcmFtZXRlcmlzZWQgYnkgdGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24uIEEgc2NlbmFyaW8gZmlsZSByZWFkcyBhczpcbi8vIHNoYXBlICsgd29ya2Zsb3dzICsgdGhyZXNob2xkcy5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5cbmV4cG9ydCB0eXBlIFNjZW5hcmlvID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gJiB7IGV4ZWN1dG9yOiBzdHJpbmc7IGV4ZWM6IHN0cmluZyB9O1xuXG4vKiogU3BsaXRzIGB0b3RhbGAgVlVzIGJ5IHBlcmNlbnRhZ2Ugd2l0aCB0aGUgbGFyZ2VzdC1yZW1haW5kZXIgbWV0aG9kOyBldmVyeSBzaGFyZSB3aXRoIHdlaWdodCBnZXRzID49IDEgVlUgd2hlbiB0b3RhbCBhbGxvd3MuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRVc2Vycyh0b3RhbDogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3Qga2V5cyA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddIGFzIGNvbnN0O1xuICBjb25zdCBleGFjdCA9IGtleXMubWFwKChrKSA9PiAodG90YWwgKiB3ZWlnaHRzW2tdKSAvIDEwMCk7XG4gIGNvbnN0IGNvdW50cyA9IGV4YWN0Lm1hcChNYXRoLmZsb29yKTtcbiAgY29uc3Qgb3JkZXIgPSBrZXlzLm1hcCgoXywgaSkgPT4gaSkuc29ydCgoYSwgYikgPT4gZXhhY3RbYl0hIC0gTWF0aC5mbG9vcihleGFjdFtiXSEpIC0gKGV4YWN0W2FdISAtIE1hdGguZmxvb3IoZXhhY3RbYV0hKSkpO1xuICBmb3IgKGxldCBsZWZ0ID0gdG90YWwgLSBjb3VudHMucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCksIGkgPSAwOyBsZWZ0ID4gMDsgbGVmdC0tLCBpKyspIGNvdW50c1tvcmRlcltpICUgM10hXSErKztcbiAgLy8gQSB3ZWlnaHRlZCB1c2VyIHR5cGUgd2l0aCBubyBWVSB3b3VsZCBzaWxlbnRseSBkcm9wIGl0cyB3b3JrZmxvdzogYm9ycm93IG9uZSBmcm9tIHRoZSBsYXJnZXN0LlxuICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykge1xuICAgIGlmICh3ZWlnaHRzW2tleXNbaV0hXSA+IDAgJiYgY291bnRzW2ldID09PSAwICYmIHRvdGFsID49IDMpIHtcbiAgICAgIGNvbnN0IGxhcmdlc3QgPSBjb3VudHMuaW5kZXhPZihNYXRoLm1heCguLi5jb3VudHMpKTtcbiAgICAgIGNvdW50c1tsYXJnZXN0XSEtLTtcbiAgICAgIGNvdW50c1tpXSErKztcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgcmVndWxhcjogY291bnRzWzBdISwgcG93ZXI6IGNvdW50c1sxXSEsIGFkbWluOiBjb3VudHNbMl0hIH07XG59XG5cbi8qKiBSYW1wIHVwIHRvIGB2dXNgLCBob2xkLCByYW1wIGRvd246IHVzZXJzIGFycml2aW5nIGdyYWR1YWxseSBhbmQgbGVhdmluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nVXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVczogMCxcbiAgICBzdGFnZXM6IFtcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wVXBTfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5yYW1wRG93blN9c2AsIHRhcmdldDogMCB9LFxuICAgIF0sXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzMwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIGs2IHdhbnRzIGEgd2hvbGUgcmF0ZTogYSBmcmFjdGlvbmFsIHBlci1zZWNvbmQgcmF0ZSBpcyBleHByZXNzZWQgcGVyIG1pbnV0ZSBpbnN0ZWFkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdob2xlUmF0ZShwZXJTZWNvbmQ6IG51bWJlcik6IHsgcmF0ZTogbnVtYmVyOyB0aW1lVW5pdDogc3RyaW5nIH0ge1xuICByZXR1cm4gTnVtYmVyLmlzSW50ZWdlcihwZXJTZWNvbmQpID8geyByYXRlOiBwZXJTZWNvbmQsIHRpbWVVbml0OiAnMXMnIH0gOiB7IHJhdGU6IE1hdGgubWF4KDEsIE1hdGgucm91bmQocGVyU2Vjb25kICogNjApKSwgdGltZVVuaXQ6ICcxbScgfTtcbn1cblxuLyoqIEEgZml4ZWQgcmVxdWVzdCByYXRlLCBpbmRlcGVuZGVudCBvZiBob3cgZmFzdCB0aGUgcGxhdGZvcm0gYW5zd2VycyAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRSYXRlKGV4ZWM6IHN0cmluZywgcGVyU2Vjb25kOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBtYXhWVXM6IG51bWJlciwgc3RhcnRUaW1lID0gJzBzJyk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ2NvbnN0YW50LWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICAuLi53aG9sZVJhdGUocGVyU2Vjb25kKSxcbiAgICBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgxLCBNYXRoLmNlaWwocGVyU2Vjb25kKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFydFRpbWUsXG4gIH07XG59XG5cbi8qKiBXYWxsIHRpbWUgb2YgYSByYW1waW5nLXVzZXJzIHJ1biwgc2Vjb25kcywgZm9yIHNjZW5hcmlvcyB0aGF0IG11c3QgcnVuIGFsb25nc2lkZSBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nRHVyYXRpb25TKGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogbnVtYmVyIHtcbiAgcmV0dXJuIGNvbmZpZy5yYW1wVXBTICsgY29uZmlnLmR1cmF0aW9uUyArIGNvbmZpZy5yYW1wRG93blM7XG59XG5cbmV4cG9ydCBjb25zdCBTVU1NQVJZX1RSRU5EX1NUQVRTID0gWydhdmcnLCAnbWluJywgJ21lZCcsICdtYXgnLCAncCg5MCknLCAncCg5NSknLCAncCg5OSknLCAnY291bnQnXTtcblxuLyoqIFZVcyBmb2xsb3dpbmcgZXhwbGljaXQgc3RhZ2VzIChzcGlrZSBzaGFwZXMgYW5kIHRoZSBsaWtlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFnZWRVc2VycyhleGVjOiBzdHJpbmcsIHN0YWdlczogeyBkdXJhdGlvblM6IG51bWJlcjsgdGFyZ2V0OiBudW1iZXIgfVtdLCBzdGFydFZVcyA9IDApOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVcyxcbiAgICBzdGFnZXM6IHN0YWdlcy5tYXAoKHMpID0+ICh7IGR1cmF0aW9uOiBgJHtzLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiBzLnRhcmdldCB9KSksXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzEwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIEV2ZXJ5IFZVIHN0YXJ0cyBvbmUgaXRlcmF0aW9uIGF0IHRoZSBzYW1lIGluc3RhbnQgKHRoZXkgYXJlIGFsbCBpbml0aWFsaXNlZCBmaXJzdCkuICovXG5leHBvcnQgZnVuY3Rpb24gYWxsQXRPbmNlKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zOiAxLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG5cbi8qKiBBIGZpeGVkIG51bWJlciBvZiBWVXMgZm9yIGEgZml4ZWQgdGltZSAoY2xvc2VkIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFVzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsIGV4ZWMsIHZ1cywgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgZ3JhY2VmdWxTdG9wOiAnMzBzJyB9O1xufVxuXG4vKiogQXJyaXZhbCByYXRlIHJpc2luZyBsaW5lYXJseSBmcm9tIGBzdGFydFJhdGVgIHRvIGBtYXhSYXRlYCBwZXIgc2Vjb25kIG92ZXIgYGR1cmF0aW9uU2AgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJpc2luZ1JhdGUoZXhlYzogc3RyaW5nLCBzdGFydFJhdGU6IG51bWJlciwgbWF4UmF0ZTogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICBzdGFydFJhdGUsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDIsIE1hdGguY2VpbChzdGFydFJhdGUpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YWdlczogW3sgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgdGFyZ2V0OiBtYXhSYXRlIH1dLFxuICB9O1xufVxuXG4vKiogYHZ1c2AgdXNlcnMgZWFjaCBydW4gYGl0ZXJhdGlvbnNgIGl0ZXJhdGlvbnMsIGFsbCBzdGFydGluZyB0b2dldGhlciwgYm91bmRlZCBieSBgbWF4RHVyYXRpb25TYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpdGVyYXRpb25zUGVyVXNlcihleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBpdGVyYXRpb25zOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG4iLCAiLy8gV2hhdCBldmVyeSBlbnRyeSBwb2ludCBzaGFyZXM6IGl0IGFzc2VtYmxlcyBrNiBvcHRpb25zIGZyb20gdGhlIGVudHJ5J3Mgb3duIHNjZW5hcmlvcyBhbmRcbi8vIGdhdGVzLCBhZGRpbmcgdGhlIHNlcnZlci1yZXNvdXJjZXMgc2NlbmFyaW8gYW5kIGdhdGVzIHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkIChTSURFQ0FSX1VSTCkuXG4vLyBFbnRyaWVzIHJlLWV4cG9ydCBgcG9sbFJlc291cmNlc2AgYW5kIGB0ZWFyZG93bmAgZnJvbSBoZXJlLCBhcyBrNiBuZWVkcyB0aGVtIGluIHRoZSBlbnRyeSBtb2R1bGUuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuL2Vudi50cyc7XG5pbXBvcnQgeyBwb2xsUmVzb3VyY2VzIGFzIHBvbGxTaWRlY2FyLCByZWNvcmRNZW1vcnlHcm93dGgsIHJlc291cmNlR2F0ZXMsIHJlc291cmNlc1NjZW5hcmlvIH0gZnJvbSAnLi4vbWV0cmljcy9yZXNvdXJjZXMudHMnO1xuaW1wb3J0IHsgU1VNTUFSWV9UUkVORF9TVEFUUywgdHlwZSBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IHRvSzZUaHJlc2hvbGRzLCB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgeyBhc3NlcnREaXN0aW5jdCwgcG9vbCB9IGZyb20gJy4uL3VzZXJzL3Bvb2wudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHZ1SWRCb3VuZCwgdHlwZSBSb2xlIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB7IGNsZWFuVXBSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeVBhcnRzIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIGdhdGVzOiBHYXRlW107XG4gIC8qKiBIb3cgbG9uZyB0aGUgbG9hZCBydW5zLCBzZWNvbmRzOiB0aGUgcmVzb3VyY2VzIHBvbGxlciBydW5zIGFzIGxvbmcuICovXG4gIHdhbGxUaW1lUzogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCB0b28gKHNvYWspLiAqL1xuICBnYXRlTWVtb3J5R3Jvd3RoPzogYm9vbGVhbjtcbiAgLyoqIENsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyBwb29sIGFjY291bnRzIChQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVCBjaGVja3MgdGhlc2UpOyBkZWZhdWx0IGFsbC4gKi9cbiAgcm9sZXM/OiByZWFkb25seSBSb2xlW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlPcHRpb25zIHtcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz47XG4gIHRocmVzaG9sZHM6IEs2VGhyZXNob2xkcztcbiAgc2V0dXBUaW1lb3V0OiBzdHJpbmc7XG4gIHN1bW1hcnlUcmVuZFN0YXRzOiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGVudHJ5T3B0aW9ucyhjb25maWc6IENvbmZpZywgcGFydHM6IEVudHJ5UGFydHMpOiBFbnRyeU9wdGlvbnMge1xuICAvLyBBIHVzZXIgY2xhc3Mgd2VpZ2h0ZWQgMCAlIChlLmcuIFBFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUz0xMDAvMC8wKSBoYXMgbm8gVlVzOyBrNiByZWZ1c2VzIGFcbiAgLy8gc2NlbmFyaW8gdGhhdCBuZXZlciBzdGFydHMgb25lLCBzbyBpdCBpcyBsZWZ0IG91dCByYXRoZXIgdGhhbiBmYWlsaW5nIHRoZSB3aG9sZSBydW4uXG4gIGNvbnN0IHNjZW5hcmlvcyA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhwYXJ0cy5zY2VuYXJpb3MpLmZpbHRlcigoWywgc2NlbmFyaW9dKSA9PiBoYXNVc2VycyhzY2VuYXJpbykpKTtcbiAgY29uc3QgZ2F0ZXMgPSBbLi4ucGFydHMuZ2F0ZXNdO1xuICBpZiAoY29uZmlnLnNpZGVjYXJVcmwpIHtcbiAgICBzY2VuYXJpb3MucmVzb3VyY2VzID0gcmVzb3VyY2VzU2NlbmFyaW8ocGFydHMud2FsbFRpbWVTKTtcbiAgICBnYXRlcy5wdXNoKFxuICAgICAgLi4ucmVzb3VyY2VHYXRlcyh7XG4gICAgICAgIG1lbW9yeU1iOiBjb25maWcudGFyZ2V0cy5tZW1vcnlNYixcbiAgICAgICAgY3B1UGVyY2VudDogY29uZmlnLnRhcmdldHMuY3B1UGVyY2VudCxcbiAgICAgICAgZ3Jvd3RoTWJQZXJNaW46IHBhcnRzLmdhdGVNZW1vcnlHcm93dGggPyBjb25maWcudGFyZ2V0cy5tZW1vcnlHcm93dGhNYlBlck1pbiA6IHVuZGVmaW5lZCxcbiAgICAgICAgZmFpbE9uTWlzc2luZzogY29uZmlnLnNpZGVjYXJTdHJpY3QsXG4gICAgICB9KSxcbiAgICApO1xuICB9XG4gIGlmIChjb25maWcudXNlcnNEaXN0aW5jdCkgYXNzZXJ0RGlzdGluY3QocG9vbCwgcGFydHMucm9sZXMgPz8gUk9MRVMsIHZ1SWRCb3VuZChzY2VuYXJpb3MpKTtcbiAgcmV0dXJuIHtcbiAgICBzY2VuYXJpb3MsXG4gICAgdGhyZXNob2xkczogdG9LNlRocmVzaG9sZHMoZ2F0ZXMpLFxuICAgIC8vIEdlbmVyYXRpb24gb2Ygc2VlZCBjb3Vyc2VzLCBwbHVzIHRoZSBrZXB0IGRhdGFzZXQncyBzZWVkaW5nIHdoZW4gYSBydW4gaGFzIHRvIG1ha2UgaXQuXG4gICAgc2V0dXBUaW1lb3V0OiBgJHtNYXRoLm1heCg2MCwgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyArIDMwKSArIChjb25maWcuZGF0YXNldC5jb3Vyc2VzID4gMCA/IDYwMCA6IDApfXNgLFxuICAgIHN1bW1hcnlUcmVuZFN0YXRzOiBTVU1NQVJZX1RSRU5EX1NUQVRTLFxuICB9O1xufVxuXG5mdW5jdGlvbiBoYXNVc2VycyhzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuIHtcbiAgY29uc3QgeyBleGVjdXRvciwgc3RhcnRWVXMsIHN0YWdlcywgdnVzIH0gPSBzY2VuYXJpbyBhcyB7IGV4ZWN1dG9yOiBzdHJpbmc7IHN0YXJ0VlVzPzogbnVtYmVyOyBzdGFnZXM/OiB7IHRhcmdldDogbnVtYmVyIH1bXTsgdnVzPzogbnVtYmVyIH07XG4gIGlmIChleGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgcmV0dXJuIChzdGFydFZVcyA/PyAwKSA+IDAgfHwgKHN0YWdlcyA/PyBbXSkuc29tZSgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCA+IDApO1xuICBpZiAoZXhlY3V0b3IgPT09ICdjb25zdGFudC12dXMnIHx8IGV4ZWN1dG9yID09PSAncGVyLXZ1LWl0ZXJhdGlvbnMnIHx8IGV4ZWN1dG9yID09PSAnc2hhcmVkLWl0ZXJhdGlvbnMnKSByZXR1cm4gKHZ1cyA/PyAxKSA+IDA7XG4gIHJldHVybiB0cnVlO1xufVxuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbydzIGl0ZXJhdGlvbjogb25lIHBvbGwgb2YgdGhlIHNpZGVjYXIuICovXG5leHBvcnQgZnVuY3Rpb24gcG9sbFJlc291cmNlcygpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSBwb2xsU2lkZWNhcihydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbi8qKiBXaGF0IG9ubHkgdGhlIGVuZCBvZiB0aGUgcnVuIGtub3dzICh0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCkuIEVudHJpZXMgd2l0aCBhIHRlYXJkb3duIG9mIHRoZWlyIG93biBjYWxsIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlY29yZFJlc291cmNlc0F0RW5kKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHJlY29yZE1lbW9yeUdyb3d0aChydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbi8qKiBrNidzIHRlYXJkb3duOiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCwgYW5kIHJlbW92aW5nIHdoYXQgdGhpcyBydW4gY3JlYXRlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0ZWFyZG93bihkYXRhPzogUnVuRGF0YSk6IHZvaWQge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xuICBjbGVhblVwUnVuKHJ1bkNvbmZpZywgZGF0YSk7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISk7XG59XG5cbi8qKiBNYXJrZG93biB0YWJsZSBjZWxsczogcGlwZXMgYW5kIG5ld2xpbmVzIHdvdWxkIGJyZWFrIHRoZSB0YWJsZTsgPCA+IHdvdWxkIGJlY29tZSBIVE1MIG9uIEdpdEh1Yi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVNYXJrZG93bkNlbGwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpLnJlcGxhY2UoL1tcXHJcXG5dKy9nLCAnICcpLnJlcGxhY2UoLzwvZywgJyZsdDsnKS5yZXBsYWNlKC8+L2csICcmZ3Q7Jyk7XG59XG4iLCAiLy8gUmVhZGluZyBrNidzIGVuZC1vZi10ZXN0IHN1bW1hcnkgZGF0YSAod2hhdCBoYW5kbGVTdW1tYXJ5IHJlY2VpdmVzKSBpbnRvIHRoZSByb3dzIGV2ZXJ5IHJlcG9ydFxuLy8gc2hvd3MuIFB1cmU6IG5vIGs2IGltcG9ydHMsIG5vIE5vZGUgZ2xvYmFscywgc28gaXQgcnVucyBpbnNpZGUgazYgYW5kIHVuZGVyIG5vZGU6dGVzdCBhbGlrZS5cblxuZXhwb3J0IGludGVyZmFjZSBNZXRyaWNEYXRhIHtcbiAgdHlwZTogJ3RyZW5kJyB8ICdyYXRlJyB8ICdjb3VudGVyJyB8ICdnYXVnZSc7XG4gIGNvbnRhaW5zPzogc3RyaW5nO1xuICB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG4gIHRocmVzaG9sZHM/OiBSZWNvcmQ8c3RyaW5nLCB7IG9rOiBib29sZWFuIH0+O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFN1bW1hcnlEYXRhIHtcbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgTWV0cmljRGF0YT47XG4gIHJvb3RfZ3JvdXA/OiB7IGNoZWNrcz86IHsgbmFtZTogc3RyaW5nOyBwYXNzZXM6IG51bWJlcjsgZmFpbHM6IG51bWJlciB9W107IGdyb3Vwcz86IHVua25vd25bXSB9O1xuICBzdGF0ZT86IHsgaXNTdGRPdXRUVFk/OiBib29sZWFuOyB0ZXN0UnVuRHVyYXRpb25Ncz86IG51bWJlciB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFRocmVzaG9sZFJvdyB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBleHByZXNzaW9uOiBzdHJpbmc7XG4gIG9rOiBib29sZWFuO1xuICAvKiogVGhlIGFnZ3JlZ2F0ZSB0aGUgZXhwcmVzc2lvbiB0ZXN0cywgYXMgbWVhc3VyZWQ7IG51bGwgd2hlbiB0aGUgbWV0cmljIGhhcyBubyBzdWNoIHZhbHVlLiAqL1xuICBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbDtcbiAgc3RhdDogc3RyaW5nO1xuICAvKiogVHJlbmQgbWV0cmljcyBob2xkaW5nIGR1cmF0aW9ucyAobXMpIG9yIGRhdGEsIGZvciBmb3JtYXR0aW5nLiAqL1xuICB1bml0OiAnbXMnIHwgJ3BlcmNlbnQnIHwgJ2NvdW50JyB8ICd2YWx1ZSc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRSb3cge1xuICBlbmRwb2ludDogc3RyaW5nO1xuICByZXF1ZXN0czogbnVtYmVyO1xuICBwNTA6IG51bWJlciB8IG51bGw7XG4gIHA5NTogbnVtYmVyIHwgbnVsbDtcbiAgcDk5OiBudW1iZXIgfCBudWxsO1xuICBtYXg6IG51bWJlciB8IG51bGw7XG4gIGVycm9yUmF0ZTogbnVtYmVyIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBhZ2dyZWdhdGlvbiBhIHRocmVzaG9sZCBleHByZXNzaW9uIHRlc3RzOiBgcCg5NSk8MjAwYCAtPiBgcCg5NSlgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YXRPZihleHByZXNzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15cXHMqKFthLXpdKyg/OlxcKFtcXGQuXStcXCkpPykvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSA/PyBleHByZXNzaW9uO1xufVxuXG5mdW5jdGlvbiB1bml0T2YobWV0cmljOiBNZXRyaWNEYXRhIHwgdW5kZWZpbmVkLCBzdGF0OiBzdHJpbmcpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICghbWV0cmljKSByZXR1cm4gJ3ZhbHVlJztcbiAgaWYgKHN0YXQgPT09ICdyYXRlJyAmJiBtZXRyaWMudHlwZSA9PT0gJ3JhdGUnKSByZXR1cm4gJ3BlcmNlbnQnO1xuICBpZiAoc3RhdCA9PT0gJ2NvdW50JykgcmV0dXJuICdjb3VudCc7XG4gIHJldHVybiBtZXRyaWMudHlwZSA9PT0gJ3RyZW5kJyAmJiBtZXRyaWMuY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xufVxuXG4vKiogRXZlcnkgdGhyZXNob2xkIHdpdGggaXRzIHZlcmRpY3QgYW5kIG9ic2VydmVkIHZhbHVlLCBmYWlsZWQgb25lcyBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aHJlc2hvbGRSb3dzKGRhdGE6IFN1bW1hcnlEYXRhKTogVGhyZXNob2xkUm93W10ge1xuICBjb25zdCByb3dzOiBUaHJlc2hvbGRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFttZXRyaWMsIHZhbHVlc10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGZvciAoY29uc3QgW2V4cHJlc3Npb24sIHJlc3VsdF0gb2YgT2JqZWN0LmVudHJpZXModmFsdWVzLnRocmVzaG9sZHMgPz8ge30pKSB7XG4gICAgICBjb25zdCBzdGF0ID0gc3RhdE9mKGV4cHJlc3Npb24pO1xuICAgICAgY29uc3Qgb2JzZXJ2ZWQgPSB2YWx1ZXMudmFsdWVzPy5bc3RhdF07XG4gICAgICByb3dzLnB1c2goeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rOiByZXN1bHQub2ssIHN0YXQsIG9ic2VydmVkOiB0eXBlb2Ygb2JzZXJ2ZWQgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZShvYnNlcnZlZCkgPyBvYnNlcnZlZCA6IG51bGwsIHVuaXQ6IHVuaXRPZih2YWx1ZXMsIHN0YXQpIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcikgcm93cy5zZXQoZW5kcG9pbnQsIChyID0geyBlbmRwb2ludCwgcmVxdWVzdHM6IDAsIHA1MDogbnVsbCwgcDk1OiBudWxsLCBwOTk6IG51bGwsIG1heDogbnVsbCwgZXJyb3JSYXRlOiBudWxsIH0pKTtcbiAgICByZXR1cm4gcjtcbiAgfTtcbiAgZm9yIChjb25zdCBbbmFtZSwgbWV0cmljXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgY29uc3QgbWF0Y2ggPSBTVUJfTUVUUklDLmV4ZWMobmFtZSk7XG4gICAgaWYgKCFtYXRjaCkgY29udGludWU7XG4gICAgY29uc3QgWywgYmFzZSwgZW5kcG9pbnRdID0gbWF0Y2ggYXMgdW5rbm93biBhcyBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ107XG4gICAgY29uc3QgdiA9IG1ldHJpYy52YWx1ZXMgPz8ge307XG4gICAgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9kdXJhdGlvbicpIHtcbiAgICAgIE9iamVjdC5hc3NpZ24ocm93KGVuZHBvaW50KSwgeyByZXF1ZXN0czogdi5jb3VudCA/PyAwLCBwNTA6IHYubWVkID8/IG51bGwsIHA5NTogdlsncCg5NSknXSA/PyBudWxsLCBwOTk6IHZbJ3AoOTkpJ10gPz8gbnVsbCwgbWF4OiB2Lm1heCA/PyBudWxsIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBBIG51bWJlciBmb3IgcGVvcGxlOiBtcyB3aXRoIHNlbnNpYmxlIHByZWNpc2lvbiwgcmF0ZXMgYXMgcGVyY2VudCwgbGFyZ2UgY291bnRzIGdyb3VwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0VmFsdWUodmFsdWU6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHVuaXQ6IFRocmVzaG9sZFJvd1sndW5pdCddKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHJldHVybiAnbi9hJztcbiAgaWYgKHVuaXQgPT09ICdwZXJjZW50JykgcmV0dXJuIGAkeyh2YWx1ZSAqIDEwMCkudG9GaXhlZCgyKX0lYDtcbiAgaWYgKHVuaXQgPT09ICdtcycpIHtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDYwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMSl9c2A7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSAxMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgyKX1zYDtcbiAgICByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCh2YWx1ZSA8IDEwID8gMiA6IDEpfW1zYDtcbiAgfVxuICBpZiAodW5pdCA9PT0gJ2NvdW50JykgcmV0dXJuIE1hdGgucm91bmQodmFsdWUpLnRvU3RyaW5nKCkucmVwbGFjZSgvXFxCKD89KFxcZHszfSkrKD8hXFxkKSkvZywgJywnKTtcbiAgcmV0dXJuIE1hdGguYWJzKHZhbHVlKSA+PSAxZTYgPyB2YWx1ZS50b0V4cG9uZW50aWFsKDMpIDogU3RyaW5nKE1hdGgucm91bmQodmFsdWUgKiAxMDAwKSAvIDEwMDApO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljVmFsdWUoZGF0YTogU3VtbWFyeURhdGEsIG1ldHJpYzogc3RyaW5nLCBzdGF0OiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgdmFsdWUgPSBkYXRhLm1ldHJpY3M/LlttZXRyaWNdPy52YWx1ZXM/LltzdGF0XTtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHZhbHVlIDogbnVsbDtcbn1cblxuLyoqIFBsYWluLWxhbmd1YWdlIGxpbmUgYWJvdXQgc2VydmVyIHJlc291cmNlczogbWVhc3VyZWQsIG9yIHdoeSBub3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VzTGluZShkYXRhOiBTdW1tYXJ5RGF0YSk6IHN0cmluZyB7XG4gIGNvbnN0IG1lbW9yeSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpO1xuICBjb25zdCBjcHUgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyk7XG4gIGlmIChtZW1vcnkgPT09IG51bGwgJiYgY3B1ID09PSBudWxsKSByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBtaXNzaW5nID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCAnY291bnQnKSA/PyAwO1xuICBjb25zdCBncm93dGggPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKTtcbiAgcmV0dXJuIFtcbiAgICBgc2VydmVyIHJlc291cmNlczogbWVtb3J5IHBlYWsgJHtmb3JtYXRWYWx1ZShtZW1vcnksICd2YWx1ZScpfSBNQmAsXG4gICAgYENQVSBwOTUgJHtmb3JtYXRWYWx1ZShjcHUsICd2YWx1ZScpfSUgb2YgYXZhaWxhYmxlIENQVXNgLFxuICAgIC4uLihncm93dGggPT09IG51bGwgPyBbXSA6IFtgbWVtb3J5IGdyb3d0aCAke2Zvcm1hdFZhbHVlKGdyb3d0aCwgJ3ZhbHVlJyl9IE1CL21pbmBdKSxcbiAgICBgc2FtcGxlcyBtaXNzaW5nICR7bWlzc2luZ31gLFxuICBdLmpvaW4oJywgJyk7XG59XG4iLCAiLy8gSlVuaXQgWE1MOiBvbmUgdGVzdCBjYXNlIHBlciB0aHJlc2hvbGQsIGZhaWxpbmcgb25lcyBjYXJyeSB0aGUgb2JzZXJ2ZWQgdmFsdWUsIHNvIGFueSBDSSBzeXN0ZW1cbi8vIHNob3dzIHdoaWNoIHBlcmZvcm1hbmNlIHRhcmdldCB3YXMgbWlzc2VkLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZm9ybWF0VmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3Qgc2Vjb25kcyA9ICgoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwKS50b0ZpeGVkKDMpO1xuICBjb25zdCBzdWl0ZSA9IGVzY2FwZVhtbChgY291cnNlLXBlcmYuJHtvcHRpb25zLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IHJvd3MubWFwKChyKSA9PiB7XG4gICAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCk7XG4gICAgY29uc3Qgb2JzZXJ2ZWQgPSBlc2NhcGVYbWwoZm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KSk7XG4gICAgY29uc3Qgb3BlbiA9IGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIiR7bmFtZX1cIiB0aW1lPVwiMFwiPmA7XG4gICAgaWYgKHIub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0Pm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9zeXN0ZW0tb3V0PjwvdGVzdGNhc2U+YDtcbiAgICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufSBmYWlsZWQ6IG9ic2VydmVkICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX1gKX1cIiB0eXBlPVwidGhyZXNob2xkXCI+b2JzZXJ2ZWQgJHtvYnNlcnZlZH08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbiAgfSk7XG4gIHJldHVybiBbXG4gICAgJzw/eG1sIHZlcnNpb249XCIxLjBcIiBlbmNvZGluZz1cIlVURi04XCI/PicsXG4gICAgYDx0ZXN0c3VpdGVzIG5hbWU9XCJjb3Vyc2UtcGVyZlwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICBgICA8dGVzdHN1aXRlIG5hbWU9XCIke3N1aXRlfVwiIHRlc3RzPVwiJHtyb3dzLmxlbmd0aH1cIiBmYWlsdXJlcz1cIiR7ZmFpbHVyZXN9XCIgZXJyb3JzPVwiMFwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgcmVzb3VyY2VzTGluZSwgdGhyZXNob2xkUm93cywgdHlwZSBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duUmVwb3J0KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmcgfSk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSB0aHJlc2hvbGRSb3dzKGRhdGEpO1xuICBjb25zdCBmYWlsZWQgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmIFxcYCR7ZXNjYXBlTWFya2Rvd25DZWxsKG9wdGlvbnMuc2NlbmFyaW8pfVxcYDogJHtmYWlsZWQgPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkfSBvZiAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGB9YCxcbiAgICAnJyxcbiAgICAnfCB8IHRocmVzaG9sZCB8IG9ic2VydmVkIHwnLFxuICAgICd8LS0tfC0tLXwtLS18JyxcbiAgICAuLi5yb3dzLm1hcCgocikgPT4gYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9XFxgIHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCksXG4gIF07XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgbWV0cmljVmFsdWUsIHRocmVzaG9sZFJvd3MsIHR5cGUgRW5kcG9pbnRSb3csIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBjb25zdCBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBSdW5NZXRhIHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgcHJvZmlsZTogc3RyaW5nIHwgbnVsbDtcbiAgdGFyZ2V0OiBzdHJpbmcgfCBudWxsO1xuICBrNl92ZXJzaW9uOiBzdHJpbmcgfCBudWxsO1xuICBnaXRfY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bk1ldGEgJiB7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH07XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IHsgbWV0cmljOiBzdHJpbmc7IGV4cHJlc3Npb246IHN0cmluZzsgb2s6IGJvb2xlYW47IG9ic2VydmVkOiBudW1iZXIgfCBudWxsIH1bXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogRXZlcnkgbWV0cmljJ3MgYWdncmVnYXRlIHZhbHVlcyBhcyBrNiBjb21wdXRlZCB0aGVtLiAqL1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+PjtcbiAgcmVzb3VyY2VzOiB7IG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsOyBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDsgc2FtcGxlc19taXNzaW5nOiBudW1iZXIgfSB8IG51bGw7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoZGF0YTogU3VtbWFyeURhdGEsIG1ldGE6IFJ1bk1ldGEpOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pID0+ICh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pKTtcbiAgY29uc3QgbWVhc3VyZWQgPSBkYXRhLm1ldHJpY3M/LnNlcnZlcl9tZW1vcnlfbWIgfHwgZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQ7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IG1lYXN1cmVkXG4gICAgICA/IHtcbiAgICAgICAgICBtZW1vcnlfbWJfcGVhazogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfbWInLCAnbWF4JyksXG4gICAgICAgICAgY3B1X3BlcmNlbnRfcDk1OiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX2NwdV9wZXJjZW50JywgJ3AoOTUpJyksXG4gICAgICAgICAgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsICdtYXgnKSxcbiAgICAgICAgICBzYW1wbGVzX21pc3Npbmc6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMCxcbiAgICAgICAgfVxuICAgICAgOiBudWxsLFxuICB9O1xufVxuIiwgIi8vIFRoZSBjb25jaXNlIGNvbnNvbGUgc3VtbWFyeTogdGhyZXNob2xkcyBmaXJzdCAodmVyZGljdCwgZXhwcmVzc2lvbiwgb2JzZXJ2ZWQgdmFsdWUpLCB0aGVuXG4vLyBwZXItZW5kcG9pbnQgbGF0ZW5jeSwgdGhyb3VnaHB1dCwgZXJyb3JzLCBjaGVja3MsIGN1c3RvbSBtZXRyaWNzIGFuZCBzZXJ2ZXIgcmVzb3VyY2VzLlxuaW1wb3J0IHsgZW5kcG9pbnRSb3dzLCBmb3JtYXRWYWx1ZSwgbWV0cmljVmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbJ2h0dHBfcmVxcycsICdodHRwX3JlcV9kdXJhdGlvbicsICdodHRwX3JlcV9ibG9ja2VkJywgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLCAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJywgJ2h0dHBfcmVxX3NlbmRpbmcnLCAnaHR0cF9yZXFfd2FpdGluZycsICdodHRwX3JlcV9yZWNlaXZpbmcnLCAnaHR0cF9yZXFfZmFpbGVkJywgJ2l0ZXJhdGlvbnMnLCAnaXRlcmF0aW9uX2R1cmF0aW9uJywgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICd2dXMnLCAndnVzX21heCcsICdkYXRhX3NlbnQnLCAnZGF0YV9yZWNlaXZlZCcsICdjaGVja3MnLCAnZ3JvdXBfZHVyYXRpb24nXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+ICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KGRhdGE6IFN1bW1hcnlEYXRhLCBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IGNvbG9yOiBib29sZWFuIH0pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goYy5ib2xkKGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCkpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZChgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWApKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBjb25zdCBjZWxsID0gKHY6IG51bWJlciB8IG51bGwpID0+IGZvcm1hdFZhbHVlKHYsICdtcycpLnBhZFN0YXJ0KDgpO1xuICAgICAgbGluZXMucHVzaChgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlY29uZHMgPSAoZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gMCkgLyAxMDAwO1xuICBjb25zdCByZXF1ZXN0cyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdodHRwX3JlcXMnLCAnY291bnQnKTtcbiAgY29uc3QgaXRlcmF0aW9ucyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdpdGVyYXRpb25zJywgJ2NvdW50Jyk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyb3VnaHB1dCcpKTtcbiAgbGluZXMucHVzaChgICAke2Zvcm1hdFZhbHVlKHJlcXVlc3RzID8/IDAsICdjb3VudCcpfSByZXF1ZXN0cyAoJHtzZWNvbmRzID4gMCAmJiByZXF1ZXN0cyAhPT0gbnVsbCA/IChyZXF1ZXN0cyAvIHNlY29uZHMpLnRvRml4ZWQoMSkgOiAnbi9hJ30vcyksICR7Zm9ybWF0VmFsdWUoaXRlcmF0aW9ucyA/PyAwLCAnY291bnQnKX0gaXRlcmF0aW9ucyBpbiAke3NlY29uZHMudG9GaXhlZCgxKX0gc2ApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KS5maWx0ZXIoaXNDdXN0b20pLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiB7IHNjZW5hcmlvOiBzdHJpbmc7IHByb2ZpbGU/OiBzdHJpbmcgfSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgc3Rkb3V0OiB0ZXh0U3VtbWFyeShkYXRhLCB7IHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLCBjb2xvcjogZGF0YS5zdGF0ZT8uaXNTdGRPdXRUVFkgPT09IHRydWUgfSkgfTtcbiAgICBjb25zdCBkaXIgPSBfX0VOVi5SRVBPUlRTX0RJUjtcbiAgICBpZiAoZGlyKSB7XG4gICAgICBjb25zdCByZXN1bHRzID0gYnVpbGRSZXN1bHRzKGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgIGs2X3ZlcnNpb246IG9yTnVsbChfX0VOVi5SVU5fSzZfVkVSU0lPTiksXG4gICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgIGZpbmlzaGVkX2F0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICB9KTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gV2hhdCBlYWNoIGtpbmQgb2YgdXNlciBkb2VzIGluIG9uZSBpdGVyYXRpb24uIFNjZW5hcmlvcyBvbmx5IGNob29zZSB3aG8gcnVucyBhbmQgaG93IG9mdGVuO1xuLy8gbm8gc2NlbmFyaW8gcmUtaW1wbGVtZW50cyB0aGVzZS4gRXZlcnkgd29ya2Zsb3cgcmV0dXJucyB3aGV0aGVyIGFsbCBvZiBpdHMgc3RlcHMgc3VjY2VlZGVkLlxuaW1wb3J0IHsgZ3JvdXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIEV4cG9ydEZvcm1hdCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBnZW5lcmF0ZUFuZFdhaXQgfSBmcm9tICcuL2dlbmVyYXRpb24udHMnO1xuaW1wb3J0IHsgY291cnNlc0NyZWF0ZWQgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgcGlja09uZSwgcGlja1dlaWdodGVkLCB0aGluayB9IGZyb20gJy4vcGFjaW5nLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IG93bkNvdXJzZXMsIHVzZXJDbGllbnQgfSBmcm9tICcuLi91c2Vycy9zZXNzaW9uLnRzJztcbmltcG9ydCB7IGlzTGVmdG92ZXIgfSBmcm9tICcuLi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBDb250ZXh0IHtcbiAgY29uZmlnOiBDb25maWc7XG4gIGRhdGE6IFJ1bkRhdGE7XG59XG5cbmV4cG9ydCB0eXBlIFdvcmtmbG93ID0gKGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxuLyoqIFRoaXMgVlUncyBjbGllbnQgZm9yIGEgY2xhc3M6IGxvZ2dlZCBpbiBhcyBpdHMgb3duIGFjY291bnQgKGxpYi91c2Vycy9zZXNzaW9uLnRzKS4gKi9cbmZ1bmN0aW9uIGNsaWVudEZvcihjdHg6IENvbnRleHQsIHJvbGU6ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHVzZXJDbGllbnQoY3R4LmNvbmZpZywgY3R4LmRhdGEsIHJvbGUpO1xufVxuXG4vKiogQSB0aXRsZSB1bmlxdWUgdG8gdGhpcyBydW4sIFZVIGFuZCBpdGVyYXRpb24sIHNvIGNvbmN1cnJlbnQgdXNlcnMgbmV2ZXIgY29sbGlkZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmlxdWVUaXRsZShraW5kOiBzdHJpbmcsIGN0eDogQ29udGV4dCk6IHN0cmluZyB7XG4gIHJldHVybiBgcGVyZi0ke2tpbmR9ICR7Y3R4LmRhdGEucnVuSWR9IHZ1JHtleGVjLnZ1LmlkSW5UZXN0fSBpdCR7ZXhlYy52dS5pdGVyYXRpb25JblNjZW5hcmlvfWA7XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5cbi8qKiBSZWFkcyBhIGNvdXJzZSBhbmQgb25lIG9mIGl0cyBnZW5lcmF0ZWQgY2hhcHRlcnMuICovXG5mdW5jdGlvbiByZWFkQ291cnNlKGNsaWVudDogQXBpQ2xpZW50LCBpZDogSWQpOiBib29sZWFuIHtcbiAgY29uc3QgY291cnNlID0gY2xpZW50LmdldENvdXJzZShpZCk7XG4gIGlmICghY291cnNlLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gKGNvdXJzZS5ib2R5LmNoYXB0ZXJzID8/IFtdKS5maWx0ZXIoKGMpID0+IGMuc3RhdHVzID09PSAnY29tcGxldGVkJyk7XG4gIGNvbnN0IGNoYXB0ZXIgPSBwaWNrT25lKGdlbmVyYXRlZCk7XG4gIHJldHVybiBjaGFwdGVyID09PSB1bmRlZmluZWQgfHwgY2xpZW50LmdldENoYXB0ZXIoaWQsIGNoYXB0ZXIuaW5kZXgpLm9rO1xufVxuXG50eXBlIFJlZ3VsYXJUYXNrID0gKGNsaWVudDogQXBpQ2xpZW50LCBjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmNvbnN0IHJlZ3VsYXJUYXNrczogeyB3ZWlnaHQ6IG51bWJlcjsgdGFzazogUmVndWxhclRhc2sgfVtdID0gW1xuICB7IHdlaWdodDogNSwgdGFzazogKGNsaWVudCkgPT4gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwLCBvZmZzZXQ6IE1hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDMpICogMjAgfSkub2sgfSxcbiAge1xuICAgIHdlaWdodDogNCxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIC8vIE9ubHkgdGhlIHVzZXIncyBvd24gY291cnNlcywgc3ByZWFkIG92ZXIgdGhlaXIgd2hvbGUgZGF0YXNldDogcGVyLXVzZXIgaXNvbGF0aW9uIGlzIHBhcnQgb2Ygd2hhdCBpcyBtZWFzdXJlZC5cbiAgICAgIGNvbnN0IGlkID0gcGlja09uZShvd25Db3Vyc2VzKGN0eC5jb25maWcsIGN0eC5kYXRhLCAncmVndWxhcicpKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSwgdG9waWM6ICdhbGdlYnJhJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgICAgY29uc3QgcmVhZEJhY2sgPSBjbGllbnQuZ2V0Q291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgICByZXR1cm4gcmVhZEJhY2sgJiYgY2xpZW50LmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgIH0sXG4gIH0sXG5dO1xuXG4vKiogQnJvd3NlcyB0aGUgY291cnNlIGxpc3QsIG9wZW5zIGNvdXJzZXMgYW5kIHJlYWRzIGNoYXB0ZXJzOyBub3cgYW5kIHRoZW4gY3JlYXRlcyBvbmUuICovXG5leHBvcnQgY29uc3QgcmVndWxhclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3JlZ3VsYXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAncmVndWxhcicpO1xuICAgIGlmICghY2xpZW50KSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgZm9yIChsZXQgc3RlcCA9IDA7IHN0ZXAgPCAzOyBzdGVwKyspIHtcbiAgICAgIG9rID0gcGlja1dlaWdodGVkKHJlZ3VsYXJUYXNrcykoY2xpZW50LCBjdHgpICYmIG9rO1xuICAgICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIENyZWF0ZXMgYSBjb3Vyc2UsIGdlbmVyYXRlcyBpdCwgZm9sbG93cyB0aGUgam9iLCByZWFkcyBhbmQgZXhwb3J0cyB0aGUgcmVzdWx0LCB0aGVuIGRlbGV0ZXMgaXQuICovXG5leHBvcnQgY29uc3QgcG93ZXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdwb3dlciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogdW5pcXVlVGl0bGUoJ3Bvd2VyJywgY3R4KSxcbiAgICAgIHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcycsXG4gICAgICBsZXZlbDogJ2FkdmFuY2VkJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IGNvbmZpZy5jaGFwdGVyc1BlckNvdXJzZSxcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgbGV0IG9rID0gY2xpZW50LnVwZGF0ZUNvdXJzZShpZCwgeyB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMsIHJldmlzZWQnIH0pLm9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMsICgpID0+IGNsaWVudEZvcihjdHgsICdwb3dlcicpKTtcbiAgICBvayA9IGdlbmVyYXRpb24uY29tcGxldGVkICYmIG9rO1xuICAgIC8vIFRoZSBzZXNzaW9uIG1heSBoYXZlIGxvZ2dlZCBpbiBhZ2FpbiB3aGlsZSB3YWl0aW5nOiBnbyBvbiB3aXRoIGl0cyBjdXJyZW50IGNsaWVudC5cbiAgICBjb25zdCBhZnRlciA9IGNsaWVudEZvcihjdHgsICdwb3dlcicpO1xuICAgIGlmICghYWZ0ZXIpIHJldHVybiBmYWxzZTtcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gcmVhZENvdXJzZShhZnRlciwgaWQpICYmIG9rO1xuICAgICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgICAgb2sgPSBhZnRlci5leHBvcnRDb3Vyc2UoaWQsIHBpY2tPbmUoRVhQT1JUX0ZPUk1BVFMpID8/ICdqc29uJykub2sgJiYgb2s7XG4gICAgfVxuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICByZXR1cm4gYWZ0ZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG5cbi8qKiBXYXRjaGVzIHRoZSBzeXN0ZW06IHN0YXRzLCB0aGUgam9iIGxpc3QsIHRoZSB1c2VyIGxpc3QsIGFuZCByZW1vdmVzIGNvdXJzZXMgZWFybGllciBydW5zIGxlZnQgYmVoaW5kLiAqL1xuZXhwb3J0IGNvbnN0IGFkbWluVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnYWRtaW4gdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAnYWRtaW4nKTtcbiAgICBpZiAoIWNsaWVudCkgcmV0dXJuIGZhbHNlO1xuICAgIGxldCBvayA9IGNsaWVudC5hZG1pblN0YXRzKCkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pbkpvYnMoMjApLm9rICYmIG9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Vc2VycygpLm9rICYmIG9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgLy8gTGVmdG92ZXJzIG9mIGludGVycnVwdGVkIHJ1bnM6IHRpdGxlcyBvZiBvdGhlciBydW5zIG9ubHksIG5ldmVyIHRoaXMgcnVuJ3MgbGl2ZSBjb3Vyc2VzLlxuICAgIGNvbnN0IGxlZnRvdmVycyA9IGNsaWVudC5saXN0Q291cnNlcyh7IHE6ICdwZXJmLScsIGxpbWl0OiAyMCB9KS5ib2R5Py5pdGVtcyA/PyBbXTtcbiAgICBmb3IgKGNvbnN0IGNvdXJzZSBvZiBsZWZ0b3ZlcnMuZmlsdGVyKChjKSA9PiBpc0xlZnRvdmVyKGMudGl0bGUsIGN0eC5kYXRhLnJ1bklkLCBmYWxzZSkpLnNsaWNlKDAsIDUpKSB7XG4gICAgICBvayA9IGNsaWVudC5kZWxldGVDb3Vyc2UoY291cnNlLmlkKS5vayAmJiBvaztcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIEV2ZXJ5IGVuZHBvaW50IGF0IGxlYXN0IG9uY2U6IHRoZSBzbW9rZSBjaGVjay4gKi9cbmV4cG9ydCBjb25zdCBldmVyeUVuZHBvaW50OiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdldmVyeSBlbmRwb2ludCcsICgpID0+IHtcbiAgICBjb25zdCB7IGNvbmZpZyB9ID0gY3R4O1xuICAgIGNvbnN0IHVzZXIgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBjb25zdCBhZG1pbiA9IGNsaWVudEZvcihjdHgsICdhZG1pbicpO1xuICAgIGlmICghdXNlciB8fCAhYWRtaW4pIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSB1c2VyLmhlYWx0aCgpLm9rO1xuICAgIG9rID0gdXNlci5saXN0Q291cnNlcyh7IGxpbWl0OiA1IH0pLm9rICYmIG9rO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB1bmlxdWVUaXRsZSgnc21va2UnLCBjdHgpLCB0b3BpYzogJ3Ntb2tlIHRlc3RpbmcnLCBsZXZlbDogJ2ludGVybWVkaWF0ZScsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgb2sgPSB1c2VyLmdldENvdXJzZShpZCkub2sgJiYgb2s7XG4gICAgb2sgPSB1c2VyLnVwZGF0ZUNvdXJzZShpZCwgeyB0aXRsZTogYCR7Y3JlYXRlZC5ib2R5LnRpdGxlfSAoZWRpdGVkKWAgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdCh1c2VyLCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHVzZXIuZ2V0Q2hhcHRlcihpZCwgZ2VuZXJhdGlvbi5qb2I/LmNoYXB0ZXJzWzBdPy5pbmRleCA/PyAwKS5vayAmJiBvaztcbiAgICAgIGZvciAoY29uc3QgZm9ybWF0IG9mIEVYUE9SVF9GT1JNQVRTKSBvayA9IHVzZXIuZXhwb3J0Q291cnNlKGlkLCBmb3JtYXQpLm9rICYmIG9rO1xuICAgIH1cbiAgICBvayA9IGFkbWluLmFkbWluU3RhdHMoKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluSm9icygxMCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgcmV0dXJuIHVzZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG4iLCAiLy8gU3RhcnRpbmcgYSBjb3Vyc2UncyBnZW5lcmF0aW9uIGFuZCBmb2xsb3dpbmcgaXRzIGpvYiB0byB0aGUgZW5kLCByZWNvcmRpbmcgaG93IGxvbmcgaXQgdG9va1xuLy8gZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKHRoZSBzZXJ2ZXIncyB2aWV3KSBhbmQgZnJvbSB0aGUgcG9sbGVyJ3MgKHRoZSB1c2VyJ3MgdmlldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBJZCwgSm9iIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgY2hhcHRlckdlbmVyYXRpb25NcywgY291cnNlR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcywgZ2VuZXJhdGlvbkZhaWxlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb21wbGV0ZWQ6IGJvb2xlYW47XG4gIGpvYjogSm9iIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBtaWxsaXNCZXR3ZWVuKGZyb206IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQsIHRvOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFmcm9tIHx8ICF0bykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbXMgPSBEYXRlLnBhcnNlKHRvKSAtIERhdGUucGFyc2UoZnJvbSk7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpICYmIG1zID49IDAgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcmVjb3JkSm9iVGltZXMoam9iOiBKb2IpOiB2b2lkIHtcbiAgZm9yIChjb25zdCBjaGFwdGVyIG9mIGpvYi5jaGFwdGVycykge1xuICAgIGNvbnN0IG1zID0gY2hhcHRlci5kdXJhdGlvbl9tcyA/PyBtaWxsaXNCZXR3ZWVuKGNoYXB0ZXIuc3RhcnRlZF9hdCwgY2hhcHRlci5maW5pc2hlZF9hdCk7XG4gICAgaWYgKHR5cGVvZiBtcyA9PT0gJ251bWJlcicgJiYgY2hhcHRlci5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBjaGFwdGVyR2VuZXJhdGlvbk1zLmFkZChtcyk7XG4gIH1cbiAgY29uc3QgdG90YWwgPSBtaWxsaXNCZXR3ZWVuKGpvYi5jcmVhdGVkX2F0LCBqb2IuZmluaXNoZWRfYXQpO1xuICBpZiAodG90YWwgIT09IHVuZGVmaW5lZCkgY291cnNlR2VuZXJhdGlvbk1zLmFkZCh0b3RhbCk7XG59XG5cbi8qKlxuICogU3RhcnRzIGdlbmVyYXRpb24gYW5kIHBvbGxzIHRoZSBqb2IgdW50aWwgaXQgY29tcGxldGVzLCBmYWlscywgb3IgYHRpbWVvdXRTYCBwYXNzZXMuIGBjdXJyZW50YFxuICogZ2l2ZXMgdGhlIGNsaWVudCBmb3IgZWFjaCBwb2xsLCBzbyBhIHVzZXIgd2hvc2UgdG9rZW4gZXhwaXJlcyB3aGlsZSB3YWl0aW5nIGxvZ3MgaW4gYWdhaW47IGl0XG4gKiBzdG9wcyB3YWl0aW5nIHdoZW4gdGhlcmUgaXMgbm9uZSAodGhlIGxvZ2luIGZhaWxlZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50OiBBcGlDbGllbnQsIGNvdXJzZUlkOiBJZCwgcG9sbEludGVydmFsUzogbnVtYmVyLCB0aW1lb3V0UzogbnVtYmVyLCBjdXJyZW50OiAoKSA9PiBBcGlDbGllbnQgfCB1bmRlZmluZWQgPSAoKSA9PiBjbGllbnQpOiBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbnN0IGFjY2VwdGVkID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZUlkKTtcbiAgaWYgKCFhY2NlcHRlZC5ib2R5KSB7XG4gICAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQodHJ1ZSk7XG4gICAgcmV0dXJuIHsgY29tcGxldGVkOiBmYWxzZSwgam9iOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBzdGFydGVkICsgdGltZW91dFMgKiAxMDAwO1xuICBsZXQgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBzbGVlcChwb2xsSW50ZXJ2YWxTKTtcbiAgICBjb25zdCBwb2xsZXIgPSBjdXJyZW50KCk7XG4gICAgaWYgKCFwb2xsZXIpIGJyZWFrO1xuICAgIGNvbnN0IHBvbGxlZCA9IHBvbGxlci5nZXRKb2IoYWNjZXB0ZWQuYm9keS5qb2JfaWQpO1xuICAgIGlmICghcG9sbGVkLmJvZHkpIGNvbnRpbnVlO1xuICAgIGpvYiA9IHBvbGxlZC5ib2R5O1xuICAgIGlmIChqb2Iuc3RhdHVzID09PSAnY29tcGxldGVkJyB8fCBqb2Iuc3RhdHVzID09PSAnZmFpbGVkJykgYnJlYWs7XG4gIH1cbiAgY29uc3QgY29tcGxldGVkID0gam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnO1xuICBnZW5lcmF0aW9uRmFpbGVkLmFkZCghY29tcGxldGVkKTtcbiAgaWYgKGNvbXBsZXRlZCAmJiBqb2IpIHtcbiAgICBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcy5hZGQoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpO1xuICAgIHJlY29yZEpvYlRpbWVzKGpvYik7XG4gIH1cbiAgcmV0dXJuIHsgY29tcGxldGVkLCBqb2IgfTtcbn1cbiIsICIvLyBIb3cgc2ltdWxhdGVkIHVzZXJzIHBhY2UgdGhlbXNlbHZlcyBhbmQgY2hvb3NlIHdoYXQgdG8gZG8gbmV4dC5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuXG4vKiogU2xlZXBzIGEgdW5pZm9ybWx5IGRyYXduIHRoaW5rIHRpbWUgaW4gW21pbiwgbWF4XSBzZWNvbmRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRoaW5rKHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9KTogdm9pZCB7XG4gIGNvbnN0IHNlY29uZHMgPSByYW5nZS5taW4gKyBNYXRoLnJhbmRvbSgpICogKHJhbmdlLm1heCAtIHJhbmdlLm1pbik7XG4gIGlmIChzZWNvbmRzID4gMCkgc2xlZXAoc2Vjb25kcyk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2VpZ2h0ZWRUYXNrPFQ+IHtcbiAgd2VpZ2h0OiBudW1iZXI7XG4gIHRhc2s6IFQ7XG59XG5cbi8qKiBQaWNrcyBvbmUgdGFzayB3aXRoIHByb2JhYmlsaXR5IHByb3BvcnRpb25hbCB0byBpdHMgd2VpZ2h0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tXZWlnaHRlZDxUPih0YXNrczogcmVhZG9ubHkgV2VpZ2h0ZWRUYXNrPFQ+W10sIHJhbmRvbTogbnVtYmVyID0gTWF0aC5yYW5kb20oKSk6IFQge1xuICBjb25zdCB0b3RhbCA9IHRhc2tzLnJlZHVjZSgoc3VtLCB0KSA9PiBzdW0gKyB0LndlaWdodCwgMCk7XG4gIGxldCBwb2ludCA9IHJhbmRvbSAqIHRvdGFsO1xuICBmb3IgKGNvbnN0IHQgb2YgdGFza3MpIHtcbiAgICBwb2ludCAtPSB0LndlaWdodDtcbiAgICBpZiAocG9pbnQgPCAwKSByZXR1cm4gdC50YXNrO1xuICB9XG4gIHJldHVybiB0YXNrc1t0YXNrcy5sZW5ndGggLSAxXSEudGFzaztcbn1cblxuLyoqIFBpY2tzIG9uZSBlbGVtZW50IHVuaWZvcm1seS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrT25lPFQ+KGl0ZW1zOiByZWFkb25seSBUW10pOiBUIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGl0ZW1zLmxlbmd0aCA9PT0gMCA/IHVuZGVmaW5lZCA6IGl0ZW1zW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGl0ZW1zLmxlbmd0aCldO1xufVxuIiwgIi8vIEVhY2ggVlUgaXMgaXRzIG93biB1c2VyOiBpdCBsb2dzIGluIGFzIGl0cyBhY2NvdW50IG9mIGEgY2xhc3Mgb24gZmlyc3QgdXNlICh0aW1lZCB1bmRlciBsb2FkIGFzXG4vLyBlbmRwb2ludDpsb2dpbiwgc28gYSBsb2dpbiBzdG9ybSBhdCByYW1wLXVwIGlzIG1lYXN1cmVkKSwga2VlcHMgdGhlIHRva2VuLCBhbmQgbG9ncyBpbiBhZ2FpblxuLy8gd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxIG9yIHRoZSB0b2tlbiBpcyBhYm91dCB0byBleHBpcmUgKGNvdW50ZWQgaW4gYHJlbG9naW5zYCkuXG4vLyBDaGVja2VkIG9uY2UgcGVyIHdvcmtmbG93IHN0ZXAsIG5ldmVyIHBlciByZXF1ZXN0LlxuaW1wb3J0IHsgQ291bnRlciB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgYWNjb3VudE9mVnUsIHBvb2wgfSBmcm9tICcuL3Bvb2wudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgdHlwZSB7IFJ1bkRhdGEgfSBmcm9tICcuL3NldHVwLnRzJztcblxuLyoqIExvZ2lucyBhZnRlciBhIFZVJ3MgZmlyc3Q6IGl0cyB0b2tlbiBleHBpcmVkIG9yIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDEuICovXG5leHBvcnQgY29uc3QgcmVsb2dpbnMgPSBuZXcgQ291bnRlcigncmVsb2dpbnMnKTtcblxuaW50ZXJmYWNlIFNlc3Npb24ge1xuICBjbGllbnQ6IEFwaUNsaWVudDtcbiAgLyoqIFdoZW4gdG8gbG9nIGluIGFnYWluIGJlZm9yZSB0aGUgdG9rZW4gZXhwaXJlcywgbXMgc2luY2UgdGhlIGVwb2NoLiAqL1xuICByZW5ld0F0OiBudW1iZXI7XG4gIC8qKiBUaGUgYWNjb3VudCdzIGtlcHQgZGF0YXNldCBjb3Vyc2VzLCByZWFkIG9uIGZpcnN0IG5lZWQuICovXG4gIGNvdXJzZXM6IElkW10gfCB1bmRlZmluZWQ7XG59XG5cbmNvbnN0IHNlc3Npb25zOiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBTZXNzaW9uPj4gPSB7fTtcbmxldCBhbm9ueW1vdXM6IEFwaUNsaWVudCB8IHVuZGVmaW5lZDtcblxuLyoqIFJlbmV3IHRoaXMgbG9uZyBiZWZvcmUgZXhwaXJ5OiBhIHRlbnRoIG9mIHRoZSB0b2tlbidzIGxpZmUsIGF0IG1vc3QgMzAgcy4gKi9cbmNvbnN0IHJlbmV3TWFyZ2luUyA9ICh0dGxTOiBudW1iZXIpID0+IE1hdGgubWluKDMwLCB0dGxTIC8gMTApO1xuXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBhY2NvdW50ID0gYWNjb3VudE9mVnUocG9vbCwgcm9sZSwgZGF0YS5jbGFzc1Bhc3N3b3Jkcz8uW3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZCk7XG4gIGlmICghYWNjb3VudCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgYW5vbnltb3VzID8/PSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCBhbnN3ZXIgPSBhbm9ueW1vdXMubG9naW4oYWNjb3VudC5lbWFpbCwgYWNjb3VudC5wYXNzd29yZCkuYm9keTtcbiAgaWYgKCFhbnN3ZXIpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHR0bFMgPSB0eXBlb2YgYW5zd2VyLmV4cGlyZXNfaW4gPT09ICdudW1iZXInICYmIGFuc3dlci5leHBpcmVzX2luID4gMCA/IGFuc3dlci5leHBpcmVzX2luIDogMzYwMDtcbiAgcmV0dXJuIHsgY2xpZW50OiBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMsIGFuc3dlci5hY2Nlc3NfdG9rZW4pLCByZW5ld0F0OiBEYXRlLm5vdygpICsgKHR0bFMgLSByZW5ld01hcmdpblModHRsUykpICogMTAwMCwgY291cnNlczogdW5kZWZpbmVkIH07XG59XG5cbmZ1bmN0aW9uIHNlc3Npb24oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBTZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgY3VycmVudCA9IHNlc3Npb25zW3JvbGVdO1xuICBpZiAoY3VycmVudCAmJiAhY3VycmVudC5jbGllbnQudW5hdXRob3JpemVkICYmIERhdGUubm93KCkgPCBjdXJyZW50LnJlbmV3QXQpIHJldHVybiBjdXJyZW50O1xuICBpZiAoY3VycmVudCkgcmVsb2dpbnMuYWRkKDEsIHsgcm9sZSB9KTtcbiAgY29uc3QgbmV4dCA9IGxvZ2luKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIC8vIEEgZmFpbGVkIGxvZ2luIGxlYXZlcyBubyBzZXNzaW9uOiB0aGUgc3RlcCBmYWlscywgYW5kIHRoZSBuZXh0IG9uZSB0cmllcyBhZ2Fpbi5cbiAgaWYgKG5leHQgJiYgY3VycmVudCkgbmV4dC5jb3Vyc2VzID0gY3VycmVudC5jb3Vyc2VzO1xuICBzZXNzaW9uc1tyb2xlXSA9IG5leHQ7XG4gIHJldHVybiBuZXh0O1xufVxuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzcywgbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudDsgdW5kZWZpbmVkIHdoZW4gdGhlIGxvZ2luIGZhaWxlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1c2VyQ2xpZW50KGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHNlc3Npb24oY29uZmlnLCBkYXRhLCByb2xlKT8uY2xpZW50O1xufVxuXG4vKiogSWRzIG9mIHRoaXMgVlUncyBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMgKGEgbGlzdCByZXF1ZXN0IG9uIGZpcnN0IG5lZWQpLCBmb3IgcmVhZHMuICovXG5leHBvcnQgZnVuY3Rpb24gb3duQ291cnNlcyhjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IElkW10ge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpO1xuICBpZiAoIWN1cnJlbnQpIHJldHVybiBbXTtcbiAgaWYgKCFjdXJyZW50LmNvdXJzZXMpIHtcbiAgICBjb25zdCBsaXN0ID0gY3VycmVudC5jbGllbnQubGlzdENvdXJzZXMoeyBxOiBEQVRBU0VUX1RJVExFLCBsaW1pdDogMTAwIH0pLmJvZHk7XG4gICAgaWYgKCFsaXN0KSByZXR1cm4gW107XG4gICAgY3VycmVudC5jb3Vyc2VzID0gbGlzdC5pdGVtcy5tYXAoKGNvdXJzZSkgPT4gY291cnNlLmlkKTtcbiAgfVxuICByZXR1cm4gY3VycmVudC5jb3Vyc2VzO1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgcmV0dXJuIHRhcmdldHMuYXBpUDk1TXM7XG59XG5cbi8qKiBBUEkgcDk1L3A5OSBvdmVyIGFsbCBlbmRwb2ludHMsIGFuZCBwOTUgcGVyIGVuZHBvaW50IChoZWFsdGggYW5kIGV4cG9ydCB3aXRoIHRoZWlyIG93biBidWRnZXRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYXRlbmN5R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk5TXMgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIEVycm9yIHJhdGUgb3ZlciBhbGwgQVBJIHJlcXVlc3RzIGFuZCBwZXIgZW5kcG9pbnQsIHNvIG9uZSBmYWlsaW5nIHJvdXRlIGlzIG5hbWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yR2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFN0b3BzIGEgcnVuIGVhcmx5IHdoZW4gbW9zdCByZXF1ZXN0cyBmYWlsIChwbGF0Zm9ybSBkb3duIG9yIGNyYXNoZWQpOiBubyBtaW51dGVzIG9mIG5vaXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwgPSAnMTBzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ2hlY2tzIGFuZCB3aG9sZSB3b3JrZmxvd3MgbXVzdCBzdWNjZWVkIG9mdGVuIGVub3VnaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWNjZXNzR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGVja3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3dvcmtmbG93X3N1Y2Nlc3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIENoYXB0ZXIgZ2VuZXJhdGlvbiB0aW1lICh0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMpIGFuZCBmYWlsZWQgZ2VuZXJhdGlvbiBqb2JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRpb25HYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5jaGFwdGVyUDk1TXMgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2dlbmVyYXRpb25fZmFpbGVkJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBFYWNoIGVuZHBvaW50IGFnYWluc3QgaXRzIG93biBidWRnZXQ6IHA5NSAoaGVhbHRoIGFuZCBleHBvcnQgaGF2ZSB0aGVpciBvd24pIGFuZCBwOTksIHBsdXMgaXRzIGVycm9yIHJhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRCdWRnZXRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGVycm9yUmF0ZTogbnVtYmVyKTogR2F0ZVtdIHtcbiAgcmV0dXJuIGVuZHBvaW50cy5mbGF0TWFwKChlbmRwb2ludCkgPT4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiB7IGVuZHBvaW50IH0sIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0gfSxcbiAgXSk7XG59XG5cbi8qKlxuICogYnJlYWtwb2ludDogQVBJIHA5NSBhbmQgZXJyb3IgcmF0ZSBhYm9ydCB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCBvZiBkYXRhKTtcbiAqIHRoZSBzdXN0YWluZWQtcmF0ZSBtZXRyaWMgaXMgbGlzdGVkIHdpdGggYW4gYWx3YXlzLXRydWUgcnVsZSBzbyB0aGUgc3VtbWFyeSBzaG93cyBpdHMgdmFsdWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBicmVha3BvaW50R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgc3VzdGFpbmVkTWV0cmljOiBzdHJpbmcsIGRlbGF5QWJvcnRFdmFsID0gJzVzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogc3VzdGFpbmVkTWV0cmljLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPj0nLCB2YWx1ZTogMCB9XSB9LFxuICBdO1xufVxuIiwgIi8vIFRoZSBxdWljayBjaGVjayBmb3IgQ0k6IG9uZSBWVSBmb3IgYWJvdXQgMTAgcyBjYWxsaW5nIGV2ZXJ5IGVuZHBvaW50IGF0IGxlYXN0IG9uY2UsIGFnYWluc3QgdGhlXG4vLyBzYW1lIHRocmVzaG9sZHMgYXMgdGhlIG1haW4gam9iLlxuaW1wb3J0IHsgRU5EUE9JTlRTIH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IGNvbmZpZyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IHJ1bldvcmtmbG93IH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMnO1xuaW1wb3J0IHsgcHJlcGFyZVJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vbGliL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IGV2ZXJ5RW5kcG9pbnQgfSBmcm9tICcuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlcnJvckdhdGVzLCBnZW5lcmF0aW9uR2F0ZXMsIGxhdGVuY3lHYXRlcywgc3VjY2Vzc0dhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IFNNT0tFX1NFQ09ORFMgPSAxMDtcblxuZXhwb3J0IGNvbnN0IG9wdGlvbnMgPSBlbnRyeU9wdGlvbnMoY29uZmlnLCB7XG4gIHJvbGVzOiBbJ3Bvd2VyJywgJ2FkbWluJ10sIC8vIGNsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyB0aGVpciBvd24gcG9vbCBhY2NvdW50XG4gIHdhbGxUaW1lUzogU01PS0VfU0VDT05EUyxcbiAgc2NlbmFyaW9zOiB7XG4gICAgc21va2U6IHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjOiAnc21va2UnLCB2dXM6IDEsIGR1cmF0aW9uOiBgJHtTTU9LRV9TRUNPTkRTfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH0sXG4gIH0sXG4gIGdhdGVzOiBbXG4gICAgLi4ubGF0ZW5jeUdhdGVzKGNvbmZpZy50YXJnZXRzLCBFTkRQT0lOVFMpLFxuICAgIC4uLmVycm9yR2F0ZXMoY29uZmlnLnRhcmdldHMsIEVORFBPSU5UUyksXG4gICAgLi4uYWJvcnRHYXRlcygnNXMnKSxcbiAgICAuLi5zdWNjZXNzR2F0ZXMoY29uZmlnLnRhcmdldHMpLFxuICAgIC4uLmdlbmVyYXRpb25HYXRlcyhjb25maWcudGFyZ2V0cyksXG4gIF0sXG59KTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ3Ntb2tlJyB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIHNldHVwKCk6IFByb21pc2U8UnVuRGF0YT4ge1xuICByZXR1cm4gcHJlcGFyZVJ1bihjb25maWcpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gc21va2UoZGF0YTogUnVuRGF0YSk6IHZvaWQge1xuICBydW5Xb3JrZmxvdygnc21va2UnLCBldmVyeUVuZHBvaW50LCB7IGNvbmZpZywgZGF0YSB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7QUFFTyxJQUFNLFlBQVk7QUFBQSxFQUN2QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUtPLElBQU0sWUFBWTs7O0FDQ2xCLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUN6Qk0sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWNBLE9BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU1DLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBT0QsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLElBQUssQ0FBQyxTQUFTLEtBQU07QUFBQSxpQkFDN0MsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUN4QixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFDLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSSxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0ksUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBR08sU0FBUyxjQUFjLE1BQWMsTUFBeUI7QUFDbkUsUUFBTSxRQUFtQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzFELFFBQU0sV0FBVztBQUNqQixhQUFXLFFBQVEsS0FBSyxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQy9FLFVBQU0sUUFBUSxvQ0FBb0MsS0FBSyxJQUFJO0FBQzNELFFBQUksQ0FBQyxNQUFPLE9BQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxJQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDbkgsVUFBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUMzQztBQUNBLE1BQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVUsRUFBRyxPQUFNLElBQUksZUFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQzdJLFNBQU87QUFDVDtBQUdPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5QztBQUdPLFNBQVMsb0JBQW9CLE9BQWtCLFFBQW1CLFFBQW9DO0FBQzNHLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUksT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSSxPQUFPLElBQUksR0FBRztBQUNsRCxhQUFPLEdBQUcsTUFBTSxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUksSUFBSSwwREFBMEQsT0FBTyxJQUFJLENBQUM7QUFBQSxJQUVuSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFPTyxTQUFTLFVBQVUsV0FBNEQ7QUFDcEYsTUFBSSxRQUFRO0FBQ1osYUFBVyxLQUFLLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDeEMsVUFBTSxTQUFVLEVBQUUsVUFBK0MsQ0FBQztBQUNsRSxVQUFNLE9BQU8sS0FBSyxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxNQUFNLENBQUM7QUFDckYsUUFBSSxFQUFFLGFBQWEsY0FBZSxVQUFTO0FBQUEsYUFDbEMsT0FBTyxFQUFFLFdBQVcsU0FBVSxVQUFTLEVBQUU7QUFBQSxhQUN6QyxPQUFPLEVBQUUsb0JBQW9CLFNBQVUsVUFBUyxFQUFFO0FBQUEsUUFDdEQsVUFBUyxPQUFPLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDakM7QUFDQSxTQUFPO0FBQ1Q7OztBQ25GTyxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFJQSxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsSUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELElBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxTQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDakM7QUFFQSxTQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixRQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxNQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU87QUFDaEQsTUFBSTtBQUNGLFdBQU8sY0FBYyxPQUFPLElBQUk7QUFBQSxFQUNsQyxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksWUFBWSxpQkFBaUIsaUJBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3ZGO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsS0FBNkI7QUFDNUMsUUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxRQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsTUFBSSxZQUFZLFFBQVMsTUFBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUNwSSxTQUFPLEVBQUUsU0FBUyxXQUFXLFFBQVEsS0FBSyxLQUFLLDRCQUE0QixFQUFFO0FBQy9FO0FBR08sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sSUFBSTtBQUNWLFFBQU0sWUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFFBQU0sVUFBVSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyx1QkFBdUIsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN0SCxTQUFPO0FBQUEsSUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtBQUFBLElBQ3JELE9BQU87QUFBQSxNQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO0FBQUEsTUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsTUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsSUFDN0U7QUFBQSxJQUNBO0FBQUEsSUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO0FBQUEsSUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7QUFBQSxJQUNoRTtBQUFBLElBQ0EsV0FBVyxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJLE9BQU8sQ0FBQztBQUFBLElBQy9FLFNBQVMsUUFBUSxLQUFLLDBCQUEwQjtBQUFBLElBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtBQUFBLElBQ25ELGVBQWUsU0FBUyxLQUFLLElBQUksc0JBQXNCLEtBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDO0FBQUEsSUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO0FBQUEsSUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztBQUFBLElBQzdELFlBQVksSUFBSSxLQUFLLGVBQWUsTUFBUztBQUFBLElBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtBQUFBLElBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtBQUFBLElBQ3ZELFNBQVM7QUFBQSxNQUNQLFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO0FBQUEsTUFDN0YsYUFBYSxTQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztBQUFBLE1BQ2xFLFdBQVcsU0FBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7QUFBQSxNQUM1RCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO0FBQUEsTUFDekUsWUFBWSxTQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtBQUFBLE1BQzlGLHNCQUFzQixTQUFTLEdBQUcsS0FBVyw0QkFBNEIsS0FBSyxFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO0FBQUEsSUFDbko7QUFBQSxJQUNBLFdBQVcsSUFBSSxLQUFLLHdCQUF3QixLQUFLO0FBQUEsSUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtBQUFBLElBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtBQUFBLElBQ3JELFNBQVMsUUFBUSxHQUFHO0FBQUEsRUFDdEI7QUFDRjs7O0FDdk1PLElBQU0sU0FBaUIsWUFBWSxLQUFLOzs7QUNIL0MsU0FBUyxTQUFTLE1BQU0sYUFBYTtBQUc5QixJQUFNLHNCQUFzQixJQUFJLE1BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUksTUFBTSxpQ0FBaUMsSUFBSTtBQUVsRixJQUFNLG1CQUFtQixJQUFJLEtBQUssbUJBQW1CO0FBRXJELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJLFFBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRVosU0FBUyxZQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsUUFBTSxPQUFPLEVBQUUsVUFBVSxLQUFLO0FBQzlCLE1BQUk7QUFDRixvQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO0FBQUEsRUFDekMsU0FBUyxPQUFPO0FBQ2Qsb0JBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLG1CQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFFBQUksaUJBQWlCLG1CQUFtQjtBQUN0QyxjQUFRLE1BQU0sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQUEsSUFDdEg7QUFBQSxFQUNGO0FBQ0Y7OztBQ2ZBLFNBQVMsU0FBQUMsY0FBYTtBQUN0QixPQUFPQyxXQUFVO0FBQ2pCLE9BQU8sYUFBYTtBQUNwQixPQUFPQyxXQUFVOzs7QUNMakIsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBdUQ7OztBQ0U5RCxJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFFQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsQ0FBQyxVQUFVLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxHQUEyQjtBQUNqRixpQkFBZSxRQUFRLElBQUksT0FBTyxPQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsS0FBSyxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLFNBQU8sZUFBZSxRQUFRO0FBQ2hDOzs7QURTQSxJQUFNLFFBQVEsQ0FBSSxTQUE4QztBQUVoRSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBRS9DLElBQU0sU0FBUztBQUFBLEVBQ3BCLFFBQVEsTUFBMEIsQ0FBQyxVQUFVLE1BQU0sUUFBUSxNQUFNLElBQUk7QUFBQSxFQUNyRSxPQUFPLE1BQWEsQ0FBQyxVQUFVO0FBQzdCLFVBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsRUFDaEQsQ0FBQztBQUFBLEVBQ0QsWUFBWSxNQUFrQixDQUFDLFVBQVUsUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hHLFFBQVEsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hGLG9CQUFvQixNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsYUFBYSxNQUF5QyxDQUFDLFVBQVUsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDdEYsS0FBSyxNQUFXLENBQUMsVUFBVSxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsU0FBUyxNQUFlLENBQUMsVUFBVSxPQUFPLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUN2RSxXQUFXLE1BQStCLENBQUMsVUFBVTtBQUNuRCxVQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUM1RSxDQUFDO0FBQ0g7QUFLQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTLFlBQVksSUFBSSxTQUFTO0FBQ3BIO0FBR0EsU0FBUyxTQUFTLEtBQXNCO0FBQ3RDLFNBQU8sQ0FBQyxTQUFTO0FBQ2YsUUFBSTtBQUNGLGFBQU8sSUFBSSxLQUFLLElBQUksS0FBSztBQUFBLElBQzNCLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsVUFBVSxLQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO0FBQUEsRUFDdEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGtCQUFrQixvQkFBSSxJQUFzRDtBQUNsRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsTUFBSSxXQUFXLGdCQUFnQixJQUFJLE1BQU07QUFDekMsTUFBSSxDQUFDLFVBQVU7QUFDYixlQUFXLEtBQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLElBQUksUUFBUSxRQUFRO0FBQUEsRUFDdEM7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBVUosSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUFZLG9CQUFJLElBQWdFO0FBRXRGLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxJQUFJLFFBQVE7QUFDaEMsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsSUFBSSxVQUFVLEdBQUc7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBUyxvQkFBSSxJQUFzQjtBQUFBO0FBQUEsRUFXcEQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUE4QjtBQUNwRixRQUFJQyxVQUFTLEtBQUssT0FBTyxJQUFJLFFBQVE7QUFDckMsUUFBSSxDQUFDQSxTQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxNQUFBQSxVQUFTLEVBQUUsU0FBUyxNQUFNLFlBQVksUUFBUSxHQUFHLFNBQVMsS0FBSyxTQUFTLGtCQUFrQixhQUFhLFFBQVEsRUFBRTtBQUNqSCxXQUFLLE9BQU8sSUFBSSxVQUFVQSxPQUFNO0FBQUEsSUFDbEM7QUFDQSxXQUFPQTtBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQUMsUUFDQSxTQUNXO0FBQ1gsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNLEtBQUssUUFBUSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSSxJQUFJLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSSxNQUFNLEtBQUssVUFBVSxVQUFVLFVBQVUsV0FBVyxDQUFDO0FBQ3hKLFVBQU0sV0FBVyxJQUFJLFdBQVc7QUFDaEMsUUFBSSxJQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFDNUMsVUFBTSxVQUFVLENBQUNBLFVBQVUsT0FBTyxHQUFHLEtBQUtBLE9BQU0sU0FBUyxHQUFHLENBQUM7QUFDN0QsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVVBLFdBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFVBQU0sVUFBVSxRQUFRQSxNQUFLLEtBQUssWUFBWTtBQUM5QyxRQUFJO0FBQ0osUUFBSSxTQUFTO0FBQ2IsV0FBTztBQUFBLE1BQ0wsSUFBSTtBQUFBLE1BQ0osUUFBUSxJQUFJO0FBQUEsTUFDWixJQUFJLE9BQU87QUFDVCxZQUFJLFdBQVcsQ0FBQyxRQUFRO0FBQ3RCLGlCQUFPLFVBQVUsR0FBRztBQUNwQixtQkFBUztBQUFBLFFBQ1g7QUFDQSxlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUMzRixVQUFNRCxVQUFTLE9BQU8sUUFBUSxLQUFLLEVBQ2hDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLFVBQVUsTUFBUyxFQUN6QyxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQ25FLEtBQUssR0FBRztBQUNYLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBR0EsVUFBUyxJQUFJQSxPQUFNLEtBQUssRUFBRSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDbkg7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBRTdRQSxTQUFTLGFBQWE7QUFDdEIsT0FBT0UsV0FBMEU7OztBQ0gxRSxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQUV6QixTQUFTLGFBQWEsR0FBbUI7QUFDOUMsU0FBTyxHQUFHLGFBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQ3ZEO0FBR08sU0FBUyxTQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsU0FBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQzVFO0FBR08sU0FBUyxRQUFRLE9BQW1DO0FBQ3pELFFBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLFNBQU8sUUFBUSxDQUFDO0FBQ2xCO0FBR08sU0FBUyxXQUFXLE9BQW1DO0FBQzVELFFBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsU0FBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7QUFDcEM7QUFNTyxTQUFTLFdBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixNQUFJLENBQUMsTUFBTSxXQUFXLGdCQUFnQixFQUFHLFFBQU87QUFDaEQsUUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixNQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixRQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLFNBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUs7QUFDcEU7OztBRDVCQSxJQUFNLGNBQWM7QUFDcEIsSUFBTSxhQUFhO0FBaUJuQixTQUFTLFFBQVEsVUFBc0M7QUFDckQsUUFBTSxVQUFzQixDQUFDO0FBQzdCLFdBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLEtBQUssWUFBYSxTQUFRLEtBQUssR0FBSUMsTUFBSyxNQUFNLFNBQVMsTUFBTSxHQUFHLElBQUksV0FBVyxDQUFDLENBQWdCO0FBQ3JJLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxNQUFjLE9BQWdCLFdBQVcsSUFBSTtBQUMzRCxRQUFNLFVBQWtDLEVBQUUsUUFBUSxvQkFBb0IsZ0JBQWdCLG1CQUFtQjtBQUN6RyxNQUFJLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2xELFNBQU8sRUFBRSxTQUFTLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSxVQUFVLElBQUksR0FBRyxHQUFHLFNBQVMsR0FBRyxRQUFRLElBQUk7QUFDOUY7QUFFQSxTQUFTLEtBQVEsS0FBOEI7QUFDN0MsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUFBLEVBQ3RDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxXQUFXQyxTQUFnQixPQUFlLFVBQXNDO0FBQzlGLFFBQU0sTUFBTUQsTUFBSyxLQUFLLEdBQUdDLFFBQU8sT0FBTyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUksS0FBSyxVQUFVLEVBQUUsT0FBTyxTQUFTLENBQUMsR0FBRyxPQUFPLE9BQU8sQ0FBQztBQUMvRyxTQUFPLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ25GO0FBR08sU0FBUyxjQUFjQSxTQUFnQixRQUFnQztBQUM1RSxRQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsUUFBTztBQUN4RSxRQUFNLFNBQXdCLEVBQUUsVUFBVSxPQUFPLFFBQVEsU0FBUyxHQUFHLFFBQVEsR0FBRyxTQUFTLEdBQUcsV0FBVyxFQUFFO0FBQ3pHLE1BQUksV0FBVyxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEQsUUFBTSxPQUFPQSxRQUFPO0FBRXBCLFFBQU0sUUFBUSxDQUFDLFVBQ2IsUUFBUSxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxRQUFRLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxNQUFNLENBQUMsSUFBSSxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxDQUFDLEVBQUcsT0FBTyxVQUFVLE9BQU8sQ0FBQyxFQUFHLFNBQVMsQ0FBQyxHQUFHLFFBQVEsT0FBTyxPQUFPLEVBQUUsRUFBRSxDQUFDLEVBQUUsSUFBSSxDQUFDLEtBQUssTUFBTTtBQUN6TSxVQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFDeEYsUUFBSSxDQUFDLE1BQU8sT0FBTSxJQUFJLE1BQU0sMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSx1Q0FBdUM7QUFDekwsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNILFFBQU0sU0FBUyxNQUFNLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLENBQUM7QUFFNUMsUUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLGFBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDcEcsUUFBTSxPQUFPLENBQUMsVUFBb0IsUUFBUSxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ3hJLFFBQU0sV0FBVyxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUN2QyxNQUFJLFNBQVMsS0FBSyxRQUFRLEVBQUUsSUFBSSxDQUFDLEtBQUssTUFBTTtBQUMxQyxVQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxJQUFJO0FBQ3RGLFFBQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUNqSCxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBRUQsTUFBSSxRQUFRO0FBRVYsYUFBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLE1BQU0sU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDbkYsWUFBTSxZQUFZLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLE1BQU0sSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLFVBQVUsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLENBQUMsSUFBSSxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ3ZLLGFBQU8sV0FBVyxRQUFRLFNBQVMsRUFBRSxPQUFPLENBQUMsUUFBUSxJQUFJLFdBQVcsR0FBRyxFQUFFO0FBQ3pFLGVBQVMsS0FBSyxRQUFRLEVBQUUsSUFBSSxDQUFDLFFBQVEsS0FBNkMsR0FBRyxLQUFLLEVBQUUsT0FBTyxHQUFHLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUNuSDtBQUFBLEVBQ0Y7QUFFQSxRQUFNLFlBQTJFLENBQUM7QUFDbEYsU0FBTyxRQUFRLENBQUMsT0FBTyxNQUFNO0FBQzNCLFVBQU0sT0FBTyxPQUFPLENBQUMsRUFBRztBQUN4QixRQUFJLFFBQVEsT0FBUSxRQUFPO0FBQzNCLGFBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRLEtBQUs7QUFDdkMsWUFBTSxXQUFXLE1BQU0sU0FBUyxhQUFhLEtBQUs7QUFDbEQsWUFBTSxTQUFTLEVBQUUsT0FBTyxhQUFhLENBQUMsR0FBRyxPQUFPLGlCQUFpQixDQUFDLElBQUksT0FBTyxZQUFZLGVBQWUsV0FBVyxJQUFJLEVBQUU7QUFDekgsZ0JBQVUsS0FBSyxFQUFFLE9BQU8sR0FBRyxVQUFVLFNBQVMsRUFBRSxRQUFRLFFBQVEsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxJQUFJLE1BQU0sS0FBSyxVQUFVLE1BQU0sR0FBRyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQUEsSUFDakw7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFVBQVUsUUFBUSxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxDQUFDO0FBQ3ZELFFBQU0sYUFBMEMsQ0FBQztBQUNqRCxVQUFRLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDMUIsVUFBTSxLQUFLLElBQUksV0FBVyxNQUFNLEtBQWlCLEdBQUcsR0FBRyxLQUFLO0FBQzVELFFBQUksT0FBTyxPQUFXLE9BQU0sSUFBSSxNQUFNLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUM3SSxXQUFPO0FBQ1AsUUFBSSxVQUFVLENBQUMsRUFBRyxTQUFVLFlBQVcsS0FBSyxFQUFFLE9BQU8sVUFBVSxDQUFDLEVBQUcsT0FBTyxHQUFHLENBQUM7QUFBQSxFQUNoRixDQUFDO0FBRUQsUUFBTSxVQUFVLFFBQVEsV0FBVyxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsUUFBUSxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sU0FBUyxFQUFFLEVBQUUsQ0FBQyxJQUFJLE1BQU0sTUFBTSxRQUFRLE9BQU8sb0JBQW9CLE9BQU8sRUFBRSxLQUFLLENBQUMsRUFBRSxFQUFFLENBQUM7QUFDM0ssTUFBSSxPQUFPLFFBQVEsSUFBSSxDQUFDLEtBQUssTUFBTTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsUUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLE1BQU0sb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ25KLFdBQU8sRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTTtBQUFBLEVBQzlDLENBQUM7QUFDRCxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCO0FBQzFELFNBQU8sS0FBSyxTQUFTLEdBQUc7QUFDdEIsUUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLE9BQU0sSUFBSSxNQUFNLFlBQVksS0FBSyxNQUFNLCtEQUErREEsUUFBTyxrQkFBa0IsR0FBRztBQUM3SixVQUFNLENBQUM7QUFDUCxVQUFNLFNBQVMsUUFBUSxLQUFLLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxJQUFJLEVBQUUsS0FBSyxDQUFDLElBQUksUUFBUSxPQUFPLG9CQUFvQixPQUFPLEVBQUUsS0FBSyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ3JKLFVBQU1DLFFBQW9CLENBQUM7QUFFM0IsVUFBTSxVQUFVLENBQUMsR0FBRyxJQUFJLElBQUksS0FBSyxPQUFPLENBQUMsR0FBRyxNQUFNLE9BQU8sQ0FBQyxFQUFHLFdBQVcsR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFDakcsVUFBTSxPQUFPLEVBQUUsUUFBUSxDQUFDLE9BQU8sTUFBTyxPQUFPLFFBQVEsQ0FBQyxDQUFFLElBQUksS0FBTTtBQUNsRSxXQUFPLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDekIsWUFBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsVUFBSSxRQUFRLFdBQVcsU0FBVSxPQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyxZQUFZLE9BQU8sU0FBUyxpQkFBaUIsRUFBRTtBQUNoSyxVQUFJLFFBQVEsV0FBVyxZQUFhLFFBQU87QUFBQSxVQUN0QyxDQUFBQSxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFBQSxJQUN6QixDQUFDO0FBQ0QsV0FBT0E7QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxjQUFjRCxTQUFnQixZQUFvQixRQUFnQixRQUE0QztBQUM1SCxRQUFNLE9BQU9BLFFBQU87QUFDcEIsTUFBSSxVQUFVO0FBQ2QsTUFBSSxTQUFTO0FBQ2IsV0FBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsVUFBTSxNQUFNRCxNQUFLLElBQUksR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU0sSUFBSSxPQUFPLGtCQUFrQixVQUFVLENBQUM7QUFDM0osVUFBTSxTQUFTLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsR0FBRyxRQUFRLFdBQWMsQ0FBQztBQUM5RyxRQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLFVBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsVUFBTSxPQUFPLFFBQVEsT0FBTyxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsVUFBVSxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsQ0FBQyxJQUFJLFFBQVEsT0FBTyxvQkFBb0IsVUFBVSxFQUFFLEVBQUUsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxPQUFPLEVBQUUsV0FBVyxHQUFHLEVBQUU7QUFDek0sZUFBVztBQUNYLGNBQVUsTUFBTSxTQUFTO0FBQUEsRUFDM0I7QUFDQSxTQUFPO0FBQ1Q7OztBRXJKQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPLFVBQVU7QUFhakIsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxNQUFNLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQyx1RUFBdUU7QUFBQSxFQUN4SjtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQW9CO0FBRXBDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJLElBQUksWUFBWSxTQUFTLElBQUksSUFBSSxNQUFNLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUksQ0FBQztBQUN6SCxTQUFPO0FBQUEsSUFDTCxRQUFRLDBCQUEwQixJQUFJO0FBQUEsSUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsSUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUVPLFNBQVMsU0FBU0csU0FBc0I7QUFDN0MsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTyxFQUFFLFFBQVEsY0FBYyxPQUFPQSxRQUFPLFdBQVcsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUyxHQUFHO0FBQUEsRUFDaEo7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU8sS0FBSyxHQUFHLFdBQVcsS0FBSyxNQUFNQyxjQUFhO0FBQ2pHO0FBR08sU0FBUyxlQUFlRCxPQUFZLE9BQXdCLE9BQXFCO0FBQ3RGLFFBQU0sU0FBb0IsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMzRCxhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxRQUFNLFVBQVUsb0JBQW9CQSxNQUFLLE9BQU8sUUFBUUEsTUFBSyxNQUFNO0FBQ25FLE1BQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0FBQ3RDO0FBR08sSUFBTSxPQUFhLFNBQVMsTUFBUzs7O0FMdEM1QyxJQUFNLGVBQWU7QUFDckIsSUFBTSxnQkFBZ0I7QUFFdEIsU0FBUyxNQUFNLFNBQXdCO0FBQ3JDLEVBQUFFLE1BQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsUUFBTSxJQUFJLE1BQU0sT0FBTztBQUN6QjtBQUVBLFNBQVMsTUFBTSxTQUF1QjtBQUNwQyxRQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixRQUFNLE1BQU1DLE1BQUssSUFBSUQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxNQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCLFVBQU0sbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhLCtDQUErQztBQUFBLEVBQzVKO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixVQUFNLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTSwyRUFBMkU7QUFBQSxFQUNoSTtBQUNGO0FBRUEsU0FBUyxjQUFjRSxTQUFnQixRQUF1QyxNQUFvQjtBQUNoRyxTQUFPLE9BQU8sSUFBSSxLQUFLQSxRQUFPLE1BQU0sSUFBSSxFQUFFO0FBQzVDO0FBR0EsU0FBUyxNQUFNLFFBQW1CQSxTQUFnQixRQUF1QyxNQUFvQjtBQUMzRyxNQUFJLEtBQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUcsS0FBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0EsU0FBUSxRQUFRLElBQUksQ0FBQztBQUNyRixRQUFNLFNBQVMsT0FBTyxNQUFNLE9BQU8sUUFBUTtBQUMzQyxNQUFJLENBQUMsT0FBTyxNQUFNO0FBQ2hCLFVBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLFVBQU0sUUFBUUEsUUFBTyxZQUFZLGVBQWVBLFFBQU8sU0FBUyxLQUFLQSxRQUFPLFlBQVksR0FBRyxTQUFTLG9DQUFvQyxJQUFJLGVBQWUsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUM5TCxVQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO0FBQUEsRUFDeEc7QUFDQSxTQUFPLE9BQU8sS0FBSztBQUNyQjtBQUVBLFNBQVMsWUFBWSxRQUFtQixPQUFlQSxTQUFzQjtBQUMzRSxRQUFNLE9BQWEsQ0FBQztBQUNwQixRQUFNLFlBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsVUFBTSxVQUFVLE9BQU8sYUFBYSxFQUFFLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQyxJQUFJLE9BQU8sZ0JBQWdCLE9BQU8sWUFBWSxlQUFlLEVBQUUsQ0FBQztBQUNwSSxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sZ0RBQWdELFFBQVEsTUFBTSxJQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxjQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsU0FBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO0FBQUEsRUFDL0I7QUFDQSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCO0FBQzFELGFBQVcsU0FBUyxNQUFNO0FBQ3hCLGVBQVM7QUFDUCxZQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxVQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLFVBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLDZEQUE2REEsUUFBTyxrQkFBa0IsSUFBSTtBQUMzSCxNQUFBQyxPQUFNLEdBQUc7QUFBQSxJQUNYO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVFBLGVBQWUsa0JBQTBEO0FBQ3ZFLFFBQU0sUUFBdUMsQ0FBQztBQUM5QyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLElBQzlCLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBY0QsU0FBZ0IsUUFBZ0Q7QUFDckYsUUFBTSxRQUFRLFVBQVdILE1BQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxRQUFNLFNBQWtCLENBQUM7QUFDekIsYUFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUksS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUcsSUFBSyxRQUFPLEtBQUssRUFBRSxNQUFNLEdBQUcsS0FBSyxRQUFRLE1BQU0sR0FBRyxjQUFjRyxTQUFRLFFBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ2pKO0FBQ0EsU0FBTztBQUNUO0FBU0EsZUFBc0IsV0FBV0EsU0FBZ0JFLFdBQTBCLENBQUMsR0FBcUI7QUFDL0YsUUFBTUYsUUFBTyxPQUFPO0FBQ3BCLFFBQU0sU0FBUyxNQUFNLGdCQUFnQjtBQUNyQyxRQUFNRyxhQUFZLElBQUksVUFBVUgsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUksTUFBTUcsWUFBV0gsU0FBUSxRQUFRLElBQUk7QUFDOUUsUUFBTSxRQUFRLFNBQVM7QUFDdkIsUUFBTSxRQUFRLGNBQWNBLFNBQVEsT0FBTyxPQUFPLGtCQUFrQixDQUFDLFVBQVUsV0FBVyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzlHLE1BQUksUUFBUSxFQUFHLFNBQVEsSUFBSSxrQkFBa0IsS0FBSyx3Q0FBd0M7QUFDMUYsTUFBSUUsU0FBUSxTQUFTO0FBQ25CLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBSTtBQUNGLFlBQU0sSUFBSSxjQUFjRixTQUFRLGNBQWNBLFNBQVEsTUFBTSxDQUFDO0FBQzdELGNBQVEsSUFBSSxxQkFBcUJBLFFBQU8sUUFBUSxPQUFPLDhCQUE4QixFQUFFLFFBQVEsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sa0JBQWtCLEtBQUssSUFBSSxJQUFJLFdBQVcsS0FBTSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQUEsSUFDdlEsU0FBUyxPQUFPO0FBQ2QsWUFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGtCQUFrQkUsU0FBUSxPQUFPLFlBQVlDLFdBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPSCxPQUFNLElBQUksQ0FBQztBQUNuRyxTQUFPLEVBQUUsT0FBTyxRQUFRLGlCQUFpQixnQkFBZ0IsT0FBTztBQUNsRTtBQUdPLFNBQVMsV0FBV0EsU0FBZ0IsTUFBaUM7QUFDMUUsTUFBSSxDQUFDLE1BQU0sU0FBUyxLQUFLLE1BQU0sVUFBVSxFQUFHO0FBRTVDLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsU0FBUyxHQUFHLEtBQUssZ0JBQWdCLFNBQVNBLFFBQU8sTUFBTSxNQUFNLFFBQVE7QUFDOUcsUUFBTSxRQUFRLFdBQVdBLFNBQVEsT0FBTyxRQUFRO0FBQ2hELE1BQUksQ0FBQyxPQUFPO0FBQ1YsWUFBUSxNQUFNLGlDQUFpQyxLQUFLLG9EQUFvRCxLQUFLLEtBQUssOEJBQThCO0FBQ2hKO0FBQUEsRUFDRjtBQUNBLFFBQU0sVUFBVSxjQUFjQSxTQUFRLE9BQU8sS0FBSyxPQUFPLENBQUMsVUFBVSxXQUFXLE9BQU8sS0FBSyxPQUFPLElBQUksQ0FBQztBQUN2RyxNQUFJLFVBQVUsRUFBRyxTQUFRLElBQUkscUJBQXFCLE9BQU8sNkJBQTZCO0FBQ3hGOzs7QU16SkEsT0FBT0ksV0FBVTtBQUNqQixTQUFTLFdBQUFDLFVBQVMsU0FBQUMsY0FBYTs7O0FDMkIvQixJQUFNLGNBQWM7QUFDcEIsSUFBTSxXQUFXO0FBQ2pCLElBQU0sYUFBYTtBQUdaLFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsWUFBWSxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDM0csUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFNBQVMsS0FBSyxHQUFHLEtBQUssQ0FBQyxTQUFTLEtBQUssS0FBSyxHQUFHO0FBQ2hELFlBQU0sSUFBSSxNQUFNLGVBQWUsR0FBRyxJQUFJLEtBQUssT0FBTyxNQUFNLDJEQUEyRDtBQUFBLElBQ3JIO0FBQUEsRUFDRjtBQUNBLFNBQU8sR0FBRyxNQUFNLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUNoRjtBQUdPLFNBQVMsV0FBVyxNQUFtRDtBQUM1RSxRQUFNLGFBQWEsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUM1QyxNQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsVUFBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7QUFBQSxFQUNsRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BJLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUMsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPLEVBQUUsV0FBV0EsT0FBTSxhQUFhLE1BQU0sR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDLEVBQUc7QUFDdkg7QUFHTyxTQUFTLGVBQWUsT0FBNkI7QUFDMUQsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsUUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOzs7QUQvRE8sSUFBTSxtQkFBbUIsSUFBSUMsT0FBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSUEsT0FBTSwwQkFBMEI7QUFFbEUsSUFBTSxpQkFBaUIsSUFBSUEsT0FBTSxrQkFBa0I7QUFFbkQsSUFBTSx1QkFBdUIsSUFBSUMsU0FBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSUQsT0FBTSxpQ0FBaUM7QUFTN0UsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFFbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUdHLFNBQVMsa0JBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQU07QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFVBQVU7QUFBQSxJQUNWLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUM5QyxpQkFBaUI7QUFBQSxJQUNqQixRQUFRO0FBQUEsSUFDUixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztBQUFBLEVBQ25DO0FBQ0Y7QUFFQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBUU8sU0FBUyxjQUFjLFlBQTBCO0FBQ3RELFFBQU0sTUFBTUUsTUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLE1BQThDLElBQUksSUFBSSxJQUFJO0FBQzVGLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLHlCQUFxQixJQUFJLENBQUM7QUFDMUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLHNCQUFxQixJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzNHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMscUJBQWlCLElBQUksT0FBTyxXQUFXO0FBQ3ZDLDBCQUFzQixJQUFJLE9BQU8saUJBQWlCO0FBQ2xELG1CQUFlLElBQUksT0FBTyxTQUFTO0FBQ25DLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQUEsRUFDdEM7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFlBQTBCO0FBQzNELFFBQU0sTUFBTUEsTUFBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCLFNBQVUsb0JBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDOUg7QUFZTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CLE9BQVcsT0FBTSxLQUFLLEVBQUUsUUFBUSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDLEVBQUUsQ0FBQztBQUNsSyxNQUFJLE9BQU8sY0FBZSxPQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUN4SCxTQUFPO0FBQ1Q7OztBRTFDTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDakMzRixTQUFTLGFBQWFDLFNBQWdCLE9BQWlDO0FBRzVFLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLE1BQUlBLFFBQU8sY0FBZSxnQkFBZSxNQUFNLE1BQU0sU0FBUyxPQUFPLFVBQVUsU0FBUyxDQUFDO0FBQ3pGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLGVBQWUsS0FBSztBQUFBO0FBQUEsSUFFaEMsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQixFQUFFLEtBQUtBLFFBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO0FBQUEsSUFDdEcsbUJBQW1CO0FBQUEsRUFDckI7QUFDRjtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBQzVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhLG9CQUFxQixTQUFRLE9BQU8sS0FBSztBQUM3SCxTQUFPO0FBQ1Q7QUFHTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7QUFHTyxTQUFTLHVCQUE2QjtBQUMzQyxNQUFJLE9BQVUsV0FBWSxvQkFBbUIsT0FBVSxVQUFVO0FBQ25FO0FBR08sU0FBUyxTQUFTLE1BQXNCO0FBQzdDLHVCQUFxQjtBQUNyQixhQUFXLFFBQVcsSUFBSTtBQUM1Qjs7O0FDM0VPLFNBQVMsVUFBVUMsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSyxRQUFRLFlBQVksQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUMsQ0FBRTtBQUN2SDtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLLEVBQUUsUUFBUSxZQUFZLEdBQUcsRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZHOzs7QUM2Qk8sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksT0FBTyxJQUFJLE1BQU0sVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVcsTUFBTSxNQUFNLE9BQU8sUUFBUSxJQUFJLEVBQUUsQ0FBQztBQUFBLElBQzFLO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQyxFQUFHLE1BQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDdkgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUcsRUFBRSxVQUFVLEVBQUUsU0FBUyxHQUFHLEtBQUssRUFBRSxPQUFPLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNuSixXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLFVBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDL0U7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVMsUUFBUyxRQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxFQUFFLFFBQVEseUJBQXlCLEdBQUc7QUFDOUYsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsY0FBYyxNQUEyQjtBQUN2RCxRQUFNLFNBQVMsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQzFELFFBQU0sTUFBTSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDM0QsTUFBSSxXQUFXLFFBQVEsUUFBUSxLQUFNLFFBQU87QUFDNUMsUUFBTSxVQUFVLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQ3hFLFFBQU0sU0FBUyxZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFDekUsU0FBTztBQUFBLElBQ0wsaUNBQWlDLFlBQVksUUFBUSxPQUFPLENBQUM7QUFBQSxJQUM3RCxXQUFXLFlBQVksS0FBSyxPQUFPLENBQUM7QUFBQSxJQUNwQyxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLE9BQU87QUFBQSxFQUM1QixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUNoSE8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1QztBQUNwRixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDM0MsUUFBTUMsYUFBWSxLQUFLLE9BQU8scUJBQXFCLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDdkUsUUFBTSxRQUFRLFVBQVUsZUFBZUQsU0FBUSxRQUFRLEVBQUU7QUFDekQsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDNUIsVUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxVQUFNLFdBQVcsVUFBVSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztBQUMxRCxVQUFNRSxRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxRQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksd0JBQXdCLFFBQVE7QUFDeEQsV0FBTyxHQUFHQSxLQUFJO0FBQUEsMEJBQTZCLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUscUJBQXFCLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQywrQkFBK0IsUUFBUTtBQUFBO0FBQUEsRUFDaEwsQ0FBQztBQUNELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSx5Q0FBeUMsS0FBSyxNQUFNLGVBQWUsUUFBUSxzQkFBc0JELFFBQU87QUFBQSxJQUN4RyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssTUFBTSxlQUFlLFFBQVEsa0NBQWtDQSxRQUFPO0FBQUEsSUFDbEgsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDdEJPLFNBQVMsZUFBZSxNQUFtQkUsVUFBdUM7QUFDdkYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3pDLFFBQU0sUUFBUTtBQUFBLElBQ1osb0JBQW9CLG1CQUFtQkEsU0FBUSxRQUFRLENBQUMsT0FBTyxXQUFXLElBQUksU0FBUyxLQUFLLE1BQU0sdUJBQXVCLEtBQUssTUFBTSxPQUFPLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxJQUMxSztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLFFBQVEsbUJBQW1CLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxRQUFRLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLElBQUk7QUFBQSxFQUM5STtBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssSUFBSSw0REFBNEQscUNBQXFDO0FBQ2hILGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sS0FBSyxLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQyxJQUFJO0FBQUEsSUFDck87QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksbUJBQW1CLGNBQWMsSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUMxRCxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNuQk8sSUFBTSx5QkFBeUI7QUF1Qi9CLFNBQVMsYUFBYSxNQUFtQixNQUF3QjtBQUN0RSxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksU0FBUyxPQUFPLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksU0FBUyxFQUFFO0FBQzNILFFBQU0sV0FBVyxLQUFLLFNBQVMsb0JBQW9CLEtBQUssU0FBUztBQUNqRSxTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsV0FDUDtBQUFBLE1BQ0UsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLE1BQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxNQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsTUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsSUFDM0UsSUFDQTtBQUFBLEVBQ047QUFDRjs7O0FDeENBLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsYUFBYSxxQkFBcUIsb0JBQW9CLHVCQUF1Qiw0QkFBNEIsb0JBQW9CLG9CQUFvQixzQkFBc0IsbUJBQW1CLGNBQWMsc0JBQXNCLHNCQUFzQixPQUFPLFdBQVcsYUFBYSxpQkFBaUIsVUFBVSxnQkFBZ0IsQ0FBQztBQUN6VixJQUFNLFdBQVcsQ0FBQyxTQUFpQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUzSCxTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUQ7QUFDcEcsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU0sS0FBSyxFQUFFLEtBQUssZUFBZUEsU0FBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQyxFQUFFLENBQUM7QUFDeE8sUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxhQUFXLEtBQUssWUFBWTtBQUMxQixVQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsVUFBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDN0c7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFDakssZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTSxLQUFLLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxZQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzdMO0FBQUEsRUFDRjtBQUNBLFFBQU1DLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFFBQU0sV0FBVyxZQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFFBQU0sYUFBYSxZQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsUUFBTSxLQUFLLEtBQUssWUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNBLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsWUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQkEsU0FBUSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQ2hPLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNLEtBQUssYUFBYSxZQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVksWUFBWSxZQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sYUFBYSxZQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTSxZQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUMsR0FBRztBQUN2UCxRQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxPQUFPLFFBQVEsRUFBRSxLQUFLO0FBQ3JFLE1BQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLGVBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixZQUFNLElBQUksRUFBRTtBQUNaLFlBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLFlBQU1GLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBTyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVCxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCLFlBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLFlBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUlBLEtBQUksRUFBRTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLEtBQUssY0FBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ3BEQSxJQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFFeEQsU0FBUyxrQkFBa0IsTUFBOEM7QUFDOUUsU0FBTyxTQUFTRyxlQUFjLE1BQTJDO0FBQ3ZFLFVBQU0sTUFBOEIsRUFBRSxRQUFRLFlBQVksTUFBTSxFQUFFLFVBQVUsS0FBSyxVQUFVLE9BQU8sS0FBSyxPQUFPLGdCQUFnQixLQUFLLENBQUMsRUFBRTtBQUN0SSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVUsYUFBYSxNQUFNO0FBQUEsUUFDakMsVUFBVSxLQUFLO0FBQUEsUUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsUUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsUUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLE1BQ3RDLENBQUM7QUFFRCxZQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUNoRSxVQUFJLEdBQUcsR0FBRyxZQUFZLElBQUksWUFBWSxNQUFNLElBQUk7QUFDaEQsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsTUFBTSxJQUFJO0FBQUEsSUFDdEQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUMvQkEsU0FBUyxhQUFhO0FBQ3RCLE9BQU9DLFdBQVU7OztBQ0RqQixTQUFTLFNBQUFDLGNBQWE7QUFTdEIsU0FBUyxjQUFjLE1BQWlDLElBQW1EO0FBQ3pHLE1BQUksQ0FBQyxRQUFRLENBQUMsR0FBSSxRQUFPO0FBQ3pCLFFBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQzNDLFNBQU8sT0FBTyxTQUFTLEVBQUUsS0FBSyxNQUFNLElBQUksS0FBSztBQUMvQztBQUVBLFNBQVMsZUFBZSxLQUFnQjtBQUN0QyxhQUFXLFdBQVcsSUFBSSxVQUFVO0FBQ2xDLFVBQU0sS0FBSyxRQUFRLGVBQWUsY0FBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFFBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEscUJBQW9CLElBQUksRUFBRTtBQUFBLEVBQzFGO0FBQ0EsUUFBTSxRQUFRLGNBQWMsSUFBSSxZQUFZLElBQUksV0FBVztBQUMzRCxNQUFJLFVBQVUsT0FBVyxvQkFBbUIsSUFBSSxLQUFLO0FBQ3ZEO0FBT08sU0FBUyxnQkFBZ0IsUUFBbUIsVUFBYyxlQUF1QixVQUFrQixVQUF1QyxNQUFNLFFBQTJCO0FBQ2hMLFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxNQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLHFCQUFpQixJQUFJLElBQUk7QUFDekIsV0FBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7QUFBQSxFQUM1QztBQUNBLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxNQUFJO0FBQ0osU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLElBQUFDLE9BQU0sYUFBYTtBQUNuQixVQUFNLFNBQVMsUUFBUTtBQUN2QixRQUFJLENBQUMsT0FBUTtBQUNiLFVBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsUUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixVQUFNLE9BQU87QUFDYixRQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO0FBQUEsRUFDN0Q7QUFDQSxRQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLG1CQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixNQUFJLGFBQWEsS0FBSztBQUNwQiwrQkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELG1CQUFlLEdBQUc7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxXQUFXLElBQUk7QUFDMUI7OztBQ3ZEQSxTQUFTLFNBQUFDLGNBQWE7OztBQ0d0QixTQUFTLFdBQUFDLGdCQUFlO0FBUWpCLElBQU0sV0FBVyxJQUFJQyxTQUFRLFVBQVU7QUFVOUMsSUFBTSxXQUEyQyxDQUFDO0FBQ2xELElBQUk7QUFHSixJQUFNLGVBQWUsQ0FBQyxTQUFpQixLQUFLLElBQUksSUFBSSxPQUFPLEVBQUU7QUFFN0QsU0FBU0MsT0FBTUMsU0FBZ0IsTUFBZSxNQUFpQztBQUM3RSxRQUFNLFVBQVUsWUFBWSxNQUFNLE1BQU0sS0FBSyxpQkFBaUIsSUFBSSxLQUFLQSxRQUFPLE1BQU0sSUFBSSxFQUFFLFFBQVE7QUFDbEcsTUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixnQkFBYyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQzlELFFBQU0sU0FBUyxVQUFVLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUSxFQUFFO0FBQ2hFLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxPQUFPLE9BQU8sT0FBTyxlQUFlLFlBQVksT0FBTyxhQUFhLElBQUksT0FBTyxhQUFhO0FBQ2xHLFNBQU8sRUFBRSxRQUFRLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsT0FBTyxZQUFZLEdBQUcsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxLQUFLLEtBQU0sU0FBUyxPQUFVO0FBQ3hLO0FBRUEsU0FBUyxRQUFRQSxTQUFnQixNQUFlLE1BQWlDO0FBQy9FLFFBQU0sVUFBVSxTQUFTLElBQUk7QUFDN0IsTUFBSSxXQUFXLENBQUMsUUFBUSxPQUFPLGdCQUFnQixLQUFLLElBQUksSUFBSSxRQUFRLFFBQVMsUUFBTztBQUNwRixNQUFJLFFBQVMsVUFBUyxJQUFJLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDckMsUUFBTSxPQUFPRCxPQUFNQyxTQUFRLE1BQU0sSUFBSTtBQUVyQyxNQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxXQUFTLElBQUksSUFBSTtBQUNqQixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBbUM7QUFDM0YsU0FBTyxRQUFRQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQ3RDOzs7QUgvQkEsU0FBUyxVQUFVLEtBQWMsTUFBNEQ7QUFDM0YsU0FBTyxXQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sSUFBSTtBQUM5QztBQUdPLFNBQVMsWUFBWSxNQUFjLEtBQXNCO0FBQzlELFNBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsTUFBSyxHQUFHLFFBQVEsTUFBTUEsTUFBSyxHQUFHLG1CQUFtQjtBQUM5RjtBQUVBLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFvR3BFLElBQU0sZ0JBQTBCLENBQUMsUUFDdEMsTUFBTSxrQkFBa0IsTUFBTTtBQUM1QixRQUFNLEVBQUUsUUFBQUMsUUFBTyxJQUFJO0FBQ25CLFFBQU0sT0FBTyxVQUFVLEtBQUssT0FBTztBQUNuQyxRQUFNLFFBQVEsVUFBVSxLQUFLLE9BQU87QUFDcEMsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFPLFFBQU87QUFDNUIsTUFBSSxLQUFLLEtBQUssT0FBTyxFQUFFO0FBQ3ZCLE9BQUssS0FBSyxZQUFZLEVBQUUsT0FBTyxFQUFFLENBQUMsRUFBRSxNQUFNO0FBQzFDLFFBQU0sVUFBVSxLQUFLLGFBQWEsRUFBRSxPQUFPLFlBQVksU0FBUyxHQUFHLEdBQUcsT0FBTyxpQkFBaUIsT0FBTyxnQkFBZ0IsZUFBZSxFQUFFLENBQUM7QUFDdkksTUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLGlCQUFlLElBQUksQ0FBQztBQUNwQixRQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLE9BQUssS0FBSyxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQzlCLE9BQUssS0FBSyxhQUFhLElBQUksRUFBRSxPQUFPLEdBQUcsUUFBUSxLQUFLLEtBQUssWUFBWSxDQUFDLEVBQUUsTUFBTTtBQUM5RSxRQUFNLGFBQWEsZ0JBQWdCLE1BQU0sSUFBSUEsUUFBTyxlQUFlQSxRQUFPLGtCQUFrQjtBQUM1RixPQUFLLFdBQVcsYUFBYTtBQUM3QixNQUFJLFdBQVcsV0FBVztBQUN4QixTQUFLLEtBQUssV0FBVyxJQUFJLFdBQVcsS0FBSyxTQUFTLENBQUMsR0FBRyxTQUFTLENBQUMsRUFBRSxNQUFNO0FBQ3hFLGVBQVcsVUFBVSxlQUFnQixNQUFLLEtBQUssYUFBYSxJQUFJLE1BQU0sRUFBRSxNQUFNO0FBQUEsRUFDaEY7QUFDQSxPQUFLLE1BQU0sV0FBVyxFQUFFLE1BQU07QUFDOUIsT0FBSyxNQUFNLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDL0IsT0FBSyxNQUFNLFdBQVcsRUFBRSxNQUFNO0FBQzlCLFNBQU8sS0FBSyxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3JDLENBQUM7OztBSXBKSCxJQUFNLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFFL0IsU0FBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLE1BQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxNQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxTQUFPLFFBQVE7QUFDakI7QUFHTyxTQUFTLGFBQWEsU0FBa0IsV0FBd0M7QUFDckYsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLFFBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLE1BQ3BEO0FBQUEsSUFDRjtBQUFBLElBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzdGLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxJQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsU0FBMEI7QUFDckQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxJQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLFNBQTBCO0FBQ3hELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSx5QkFBeUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEVBQUU7QUFBQSxJQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsRUFDOUY7QUFDRjs7O0FDM0RBLElBQU0sZ0JBQWdCO0FBRWYsSUFBTSxVQUFVLGFBQWEsUUFBUTtBQUFBLEVBQzFDLE9BQU8sQ0FBQyxTQUFTLE9BQU87QUFBQTtBQUFBLEVBQ3hCLFdBQVc7QUFBQSxFQUNYLFdBQVc7QUFBQSxJQUNULE9BQU8sRUFBRSxVQUFVLGdCQUFnQixNQUFNLFNBQVMsS0FBSyxHQUFHLFVBQVUsR0FBRyxhQUFhLEtBQUssY0FBYyxNQUFNO0FBQUEsRUFDL0c7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLEdBQUcsYUFBYSxPQUFPLFNBQVMsU0FBUztBQUFBLElBQ3pDLEdBQUcsV0FBVyxPQUFPLFNBQVMsU0FBUztBQUFBLElBQ3ZDLEdBQUcsV0FBVyxJQUFJO0FBQUEsSUFDbEIsR0FBRyxhQUFhLE9BQU8sT0FBTztBQUFBLElBQzlCLEdBQUcsZ0JBQWdCLE9BQU8sT0FBTztBQUFBLEVBQ25DO0FBQ0YsQ0FBQztBQUdNLElBQU0sZ0JBQWdCLGtCQUFrQixFQUFFLFVBQVUsUUFBUSxDQUFDO0FBRTdELFNBQVMsUUFBMEI7QUFDeEMsU0FBTyxXQUFXLE1BQU07QUFDMUI7QUFFTyxTQUFTLE1BQU0sTUFBcUI7QUFDekMsY0FBWSxTQUFTLGVBQWUsRUFBRSxRQUFRLEtBQUssQ0FBQztBQUN0RDsiLAogICJuYW1lcyI6IFsidGV4dCIsICJmYWlsIiwgInNsZWVwIiwgImV4ZWMiLCAiaHR0cCIsICJwYXJhbXMiLCAic2hhcGUiLCAiaHR0cCIsICJodHRwIiwgImNvbmZpZyIsICJvcGVuIiwgImNvbmZpZyIsICJwb29sIiwgImNsYXNzUGFzc3dvcmQiLCAiZXhlYyIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAic2xlZXAiLCAib3B0aW9ucyIsICJhbm9ueW1vdXMiLCAiaHR0cCIsICJDb3VudGVyIiwgIlRyZW5kIiwgInRleHQiLCAiVHJlbmQiLCAiQ291bnRlciIsICJodHRwIiwgImNvbmZpZyIsICJwb2xsUmVzb3VyY2VzIiwgInRleHQiLCAiZXhwcmVzc2lvbiIsICJvcHRpb25zIiwgInNlY29uZHMiLCAib3BlbiIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAidGV4dCIsICJvcHRpb25zIiwgInNlY29uZHMiLCAiaGFuZGxlU3VtbWFyeSIsICJleGVjIiwgInNsZWVwIiwgInNsZWVwIiwgInNsZWVwIiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJsb2dpbiIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciXQp9Cg==
