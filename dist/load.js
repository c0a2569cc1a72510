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
import { sleep as sleep2 } from "k6";
import exec2 from "k6/execution";
import secrets from "k6/secrets";
import http3 from "k6/http";

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
function quietLogin(config3, email, password) {
  const res = http2.post(`${config3.baseUrl}${paths.login()}`, JSON.stringify({ email, password }), params("login"));
  return res.status === 200 ? json(res)?.access_token : void 0;
}
function ensureDataset(config3, owners) {
  const { courses: wanted, generated: generatedPerUser, reseed } = config3.dataset;
  const report = { accounts: owners.length, created: 0, reused: 0, removed: 0, generated: 0 };
  if (wanted === 0 || owners.length === 0) return report;
  const base = config3.baseUrl;
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
  const deadline = Date.now() + config3.generationTimeoutS * 1e3;
  while (jobs.length > 0) {
    if (Date.now() > deadline) throw new Error(`dataset: ${jobs.length} generation job(s) did not finish within GENERATION_TIMEOUT=${config3.generationTimeoutS}s`);
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
function removeCourses(config3, adminToken, filter, remove) {
  const base = config3.baseUrl;
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
function makePool(config3) {
  if (config3.usersFile) return filePool(config3.usersFile);
  const users = config3.users;
  if (config3.demoUsers) {
    return { source: "DEMO_USERS", sizes: config3.demoUsers, account: (role, index, password) => ({ email: poolEmail(role, index + 1), password }) };
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
function classPassword(config3, secret, role) {
  return secret[role] ?? config3.users[role].password;
}
function login(client, config3, secret, role) {
  if (pool.sizes[role] === 0) abort(`${pool.source} has no ${role} account, and this entry needs one.`);
  const { email, password } = pool.account(role, 0, classPassword(config3, secret, role));
  const result = client.login(email, password);
  if (!result.body) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    const where = config3.usersFile ? `its line in ${config3.usersFile}` : config3.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
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
function datasetOwners(config3, secret) {
  const vuIds = vuIdBound(exec2.test.options.scenarios ?? {});
  const owners = [];
  for (const role of ["regular", "power"]) {
    for (let i = 0; i < Math.min(pool.sizes[role], vuIds); i++) owners.push({ role, ...pool.account(role, i, classPassword(config3, secret, role)) });
  }
  return owners;
}
async function prepareRun(config3, options2 = {}) {
  probe(config3.baseUrl);
  const secret = await secretPasswords();
  const anonymous2 = new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const tokens = {};
  for (const role of ROLES) tokens[role] = login(anonymous2, config3, secret, role);
  const runId = newRunId();
  const swept = removeCourses(config3, tokens.admin, RUN_TITLE_FILTER, (title) => isLeftover(title, runId, false));
  if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
  if (options2.dataset) {
    const started = Date.now();
    try {
      const r = ensureDataset(config3, datasetOwners(config3, secret));
      console.log(`setup: dataset of ${config3.dataset.courses} course(s) per account for ${r.accounts} account(s): ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed, in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
    } catch (error) {
      abort(error instanceof Error ? error.message : String(error));
    }
  }
  const seededCourseIds = options2.seed ? seedCourses(anonymous2.as(tokens.regular), runId, config3) : [];
  return { runId, tokens, seededCourseIds, classPasswords: secret };
}
function cleanUpRun(config3, data) {
  if (!data?.runId || pool.sizes.admin === 0) return;
  const { email, password } = pool.account("admin", 0, data.classPasswords?.admin ?? config3.users.admin.password);
  const token = quietLogin(config3, email, password);
  if (!token) {
    console.error(`teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`);
    return;
  }
  const removed = removeCourses(config3, token, data.runId, (title) => isLeftover(title, data.runId, true));
  if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
}

// lib/metrics/resources.ts
import http4 from "k6/http";
import { Counter, Trend } from "k6/metrics";

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
  if (config3.usersDistinct) assertDistinct(pool, parts.roles ?? ROLES, vuIdBound(scenarios));
  return {
    scenarios,
    thresholds: toK6Thresholds(gates),
    // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
    setupTimeout: `${Math.max(60, config3.generationTimeoutS + 30) + (config3.dataset.courses > 0 ? 600 : 0)}s`,
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
function think(range) {
  const seconds2 = range.min + Math.random() * (range.max - range.min);
  if (seconds2 > 0) sleep4(seconds2);
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

// lib/users/session.ts
import { Counter as Counter3 } from "k6/metrics";
var relogins = new Counter3("relogins");
var sessions = {};
var anonymous;
var renewMarginS = (ttlS) => Math.min(30, ttlS / 10);
function login2(config3, data, role) {
  const account = accountOfVu(pool, role, data.classPasswords?.[role] ?? config3.users[role].password);
  if (!account) return void 0;
  anonymous ??= new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const answer = anonymous.login(account.email, account.password).body;
  if (!answer) return void 0;
  const ttlS = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 3600;
  return { client: new ApiClient(config3.baseUrl, config3.apiTimeoutS, answer.access_token), renewAt: Date.now() + (ttlS - renewMarginS(ttlS)) * 1e3, courses: void 0 };
}
function session(config3, data, role) {
  const current = sessions[role];
  if (current && !current.client.unauthorized && Date.now() < current.renewAt) return current;
  if (current) relogins.add(1, { role });
  const next = login2(config3, data, role);
  if (next && current) next.courses = current.courses;
  sessions[role] = next;
  return next;
}
function userClient(config3, data, role) {
  return session(config3, data, role)?.client;
}
function ownCourses(config3, data, role) {
  const current = session(config3, data, role);
  if (!current) return [];
  if (!current.courses) {
    const list = current.client.listCourses({ q: DATASET_TITLE, limit: 100 }).body;
    if (!list) return [];
    current.courses = list.items.map((course) => course.id);
  }
  return current.courses;
}

// lib/workflows/workflows.ts
function clientFor(ctx, role) {
  return userClient(ctx.config, ctx.data, role);
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
      const id = pickOne(ownCourses(ctx.config, ctx.data, "regular"));
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
  const client = clientFor(ctx, "regular");
  if (!client) return false;
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
  const client = clientFor(ctx, "power");
  if (!client) return false;
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
  const generation = generateAndWait(client, id, config3.pollIntervalS, config3.generationTimeoutS, () => clientFor(ctx, "power"));
  ok = generation.completed && ok;
  const after = clientFor(ctx, "power");
  if (!after) return false;
  if (generation.completed) {
    ok = readCourse(after, id) && ok;
    think(config3.thinkTimeS);
    ok = after.exportCourse(id, pickOne(EXPORT_FORMATS) ?? "json").ok && ok;
  }
  think(config3.thinkTimeS);
  return after.deleteCourse(id).ok && ok;
});
var adminUser = (ctx) => group("admin user", () => {
  const client = clientFor(ctx, "admin");
  if (!client) return false;
  let ok = client.adminStats().ok;
  think(ctx.config.thinkTimeS);
  ok = client.adminJobs(20).ok && ok;
  think(ctx.config.thinkTimeS);
  ok = client.adminUsers().ok && ok;
  think(ctx.config.thinkTimeS);
  const leftovers = client.listCourses({ q: "perf-", limit: 20 }).body?.items ?? [];
  for (const course of leftovers.filter((c) => isLeftover(c.title, ctx.data.runId, false)).slice(0, 5)) {
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
var options = entryOptions(config2, {
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
});
var handleSummary = makeHandleSummary({ scenario: "load" });
function setup() {
  return prepareRun(config2, { dataset: true });
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vbGliL2h0dHAvYXBpLnRzIiwgIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsICIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnYudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wb3B1bGF0aW9uLnRzIiwgIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiLCAiLi4vc2NlbmFyaW9zL2xvYWQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHBhdGhzLCByZXF1ZXN0VGFncywgdHlwZSBJZCB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IHN0YXR1czogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHsgaXRlbXM6IENvdXJzZVtdOyB0b3RhbDogbnVtYmVyOyBsaW1pdDogbnVtYmVyOyBvZmZzZXQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7IHRpdGxlOiBzdHJpbmc7IHRvcGljOiBzdHJpbmc7IGxldmVsOiBMZXZlbDsgY2hhcHRlcl9jb3VudDogbnVtYmVyOyBsYW5ndWFnZT86IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyBzdGF0dXM6IHN0cmluZzsgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDsgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7IGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHRpdGxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgd29yZF9jb3VudDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4geyBhY2Nlc3NfdG9rZW46IHN0cmluZzsgdG9rZW5fdHlwZTogc3RyaW5nOyByb2xlOiBSb2xlOyBleHBpcmVzX2luOiBudW1iZXIgfVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuIGV4Y2VwdGlvbikuICovXG5mdW5jdGlvbiBpc0pzb24ocmVzOiBSZXNwb25zZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gU3RyaW5nKHJlcy5oZWFkZXJzWydDb250ZW50LVR5cGUnXSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKSAmJiB0eXBlb2YgcmVzLmJvZHkgPT09ICdzdHJpbmcnICYmIHJlcy5ib2R5ICE9PSAnJztcbn1cblxuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5mdW5jdGlvbiBmaWVsZHNPZihyZXM6IFJlc3BvbnNlKTogRmllbGQge1xuICByZXR1cm4gKHBhdGgpID0+IHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHJlcy5qc29uKHBhdGgpID8/IHVuZGVmaW5lZDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9O1xufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24ocmVzOiBSZXNwb25zZSk6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrcyA9IG5ldyBNYXA8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PigpO1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIGxldCBjYWxsYmFjayA9IHN0YXR1c0NhbGxiYWNrcy5nZXQoc3RhdHVzKTtcbiAgaWYgKCFjYWxsYmFjaykge1xuICAgIGNhbGxiYWNrID0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cyk7XG4gICAgc3RhdHVzQ2FsbGJhY2tzLnNldChzdGF0dXMsIGNhbGxiYWNrKTtcbiAgfVxuICByZXR1cm4gY2FsbGJhY2s7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0cyA9IG5ldyBNYXA8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4oKTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0cy5nZXQoZW5kcG9pbnQpO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0cy5zZXQoZW5kcG9pbnQsIHNldCk7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIC8qKiBTZXQgd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxOiB0aGUgc2Vzc2lvbiBsYXllciBsb2dzIGluIGFnYWluIGJlZm9yZSB0aGUgbmV4dCBzdGVwLiAqL1xuICB1bmF1dGhvcml6ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB0aW1lb3V0OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0IHBhcmFtcyBwZXIgZW5kcG9pbnQgKGhlYWRlcnMsIHRhZ3MsIHRpbWVvdXQsIGV4cGVjdGVkIHN0YXR1cyksIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcmFtcyA9IG5ldyBNYXA8RW5kcG9pbnQsIFBhcmFtcz4oKTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbik6IFBhcmFtcyB7XG4gICAgbGV0IHBhcmFtcyA9IHRoaXMucGFyYW1zLmdldChlbmRwb2ludCk7XG4gICAgaWYgKCFwYXJhbXMpIHtcbiAgICAgIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gICAgICBpZiAod2l0aFBheWxvYWQpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICAgICAgaWYgKHRoaXMudG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0aGlzLnRva2VufWA7XG4gICAgICBwYXJhbXMgPSB7IGhlYWRlcnMsIHRhZ3M6IHJlcXVlc3RUYWdzKGVuZHBvaW50KSwgdGltZW91dDogdGhpcy50aW1lb3V0LCByZXNwb25zZUNhbGxiYWNrOiBleHBlY3RTdGF0dXMoZXhwZWN0ZWQpIH07XG4gICAgICB0aGlzLnBhcmFtcy5zZXQoZW5kcG9pbnQsIHBhcmFtcyk7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QobWV0aG9kLCBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsIHdpdGhQYXlsb2FkID8gSlNPTi5zdHJpbmdpZnkocGF5bG9hZCkgOiBudWxsLCB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkKSk7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSByZXMuc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBpZiAocmVzLnN0YXR1cyA9PT0gNDAxKSB0aGlzLnVuYXV0aG9yaXplZCA9IHRydWU7XG4gICAgY29uc3Qgc2hhcGVPayA9ICFzaGFwZSB8fCAoaXNKc29uKHJlcykgJiYgc2hhcGUoZmllbGRzT2YocmVzKSkpO1xuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgY29uc3QgaGFzQm9keSA9IEJvb2xlYW4oc2hhcGUpICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgbGV0IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG4gICAgbGV0IHBhcnNlZCA9IGZhbHNlO1xuICAgIHJldHVybiB7XG4gICAgICBvazogYWxsT2ssXG4gICAgICBzdGF0dXM6IHJlcy5zdGF0dXMsXG4gICAgICBnZXQgYm9keSgpIHtcbiAgICAgICAgaWYgKGhhc0JvZHkgJiYgIXBhcnNlZCkge1xuICAgICAgICAgIGJvZHkgPSBwYXJzZUpzb24ocmVzKSBhcyBUO1xuICAgICAgICAgIHBhcnNlZCA9IHRydWU7XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIGJvZHk7XG4gICAgICB9LFxuICAgIH07XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIGNvbnN0IHBhcmFtcyA9IE9iamVjdC5lbnRyaWVzKHF1ZXJ5KVxuICAgICAgLmZpbHRlcigoWywgdmFsdWVdKSA9PiB2YWx1ZSAhPT0gdW5kZWZpbmVkKVxuICAgICAgLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWApXG4gICAgICAuam9pbignJicpO1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtwYXJhbXMgPyBgPyR7cGFyYW1zfWAgOiAnJ31gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBbZW5kcG9pbnQsIG5hbWVdIG9mIE9iamVjdC5lbnRyaWVzKHJvdXRlTmFtZXMpIGFzIFtFbmRwb2ludCwgc3RyaW5nXVtdKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSA9IE9iamVjdC5mcmVlemUoeyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZSB9KTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIG1lbW9yeU1iOiAxMDI0LFxuICBjcHVQZXJjZW50OiA4MCxcbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IDEwLFxufSk7XG4iLCAiLy8gVGhlIHVzZXIgcG9vbCdzIHR3byBzb3VyY2VzLCBhcyBwdXJlIGZ1bmN0aW9ucyAobm8gazYgaW1wb3J0cykgc28gdGhlIGRlbW8gcGxhdGZvcm0sIHRoZSBydW5uZXJcbi8vIGFuZCB0aGUgdW5pdCB0ZXN0cyBzaGFyZSB0aGVtIHdpdGggdGhlIGs2IHNpZGU6XG4vLyAtIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUsIGEgQ1NWIGBlbWFpbCxwYXNzd29yZCxyb2xlYCAob25lIGFjY291bnQgcGVyIGxpbmUpO1xuLy8gLSBhIGRlbW8gcG9vbCBzcGVjIGByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMGAgKERFTU9fVVNFUlMpLCB3aG9zZSBhY2NvdW50cyBhcmUgbmFtZWRcbi8vICAgYHJlZ3VsYXItMDAwMUBleGFtcGxlLmNvbWAgLi4uIGFuZCBzaGFyZSBvbmUgcGFzc3dvcmQgcGVyIHJvbGUuXG4vLyBBIENTViBwYXJzZXIgb2Ygb3VyIG93biBiZWNhdXNlIHRoZSBmaWxlIG11c3QgYmUgY2hlY2tlZCBsaW5lIGJ5IGxpbmUgd2l0aCB0aGUgbGluZSBuYW1lZCBpblxuLy8gdGhlIG1lc3NhZ2UsIGFuZCBpdCBydW5zIG9uY2UgcGVyIHRlc3QgKGluc2lkZSBhIFNoYXJlZEFycmF5IGNhbGxiYWNrKTsgazYncyBleHBlcmltZW50YWwgY3N2XG4vLyBtb2R1bGUgcmV0dXJucyBiYXJlIHJlY29yZHMgd2l0aG91dCBsaW5lIG51bWJlcnMgYW5kIG5lZWRzIHRvcC1sZXZlbCBhd2FpdCBpbiBldmVyeSBWVS5cbmV4cG9ydCB0eXBlIFJvbGUgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcbmV4cG9ydCBjb25zdCBST0xFUzogcmVhZG9ubHkgUm9sZVtdID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ107XG5cbmV4cG9ydCBpbnRlcmZhY2UgQWNjb3VudCB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCB0eXBlIEFjY291bnRzID0gUmVjb3JkPFJvbGUsIEFjY291bnRbXT47XG5leHBvcnQgdHlwZSBQb29sU2l6ZXMgPSBSZWNvcmQ8Um9sZSwgbnVtYmVyPjtcblxuZXhwb3J0IGNsYXNzIFVzZXJzRmlsZUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ1VzZXJzRmlsZUVycm9yJztcbn1cblxuLyoqXG4gKiBSZWFkcyBhIHVzZXJzIENTVjogaGVhZGVyIGBlbWFpbCxwYXNzd29yZCxyb2xlYCAoYW55IGNvbHVtbiBvcmRlciwgY2FzZS1pbnNlbnNpdGl2ZSksIFJGQyA0MTgwXG4gKiBxdW90aW5nIChcImEsYlwiIGFuZCBcIlwiIGluc2lkZSBxdW90ZXMpLCBibGFuayBsaW5lcyBza2lwcGVkLiBFdmVyeSBwcm9ibGVtIG5hbWVzIHRoZSBmaWxlIGFuZCBsaW5lLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VVc2Vyc0Nzdih0ZXh0OiBzdHJpbmcsIGZpbGU6IHN0cmluZyk6IEFjY291bnRzIHtcbiAgY29uc3QgYWNjb3VudHM6IEFjY291bnRzID0geyByZWd1bGFyOiBbXSwgcG93ZXI6IFtdLCBhZG1pbjogW10gfTtcbiAgY29uc3QgZmFpbCA9IChsaW5lOiBudW1iZXIsIHByb2JsZW06IHN0cmluZyk6IG5ldmVyID0+IHtcbiAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtmaWxlfSwgbGluZSAke2xpbmV9OiAke3Byb2JsZW19YCk7XG4gIH07XG4gIGxldCBjb2x1bW5zOiBSZWNvcmQ8J2VtYWlsJyB8ICdwYXNzd29yZCcgfCAncm9sZScsIG51bWJlcj4gfCB1bmRlZmluZWQ7XG4gIGxldCB3aWR0aCA9IDA7XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYm9keSA9IHRleHQuY2hhckNvZGVBdCgwKSA9PT0gMHhmZWZmID8gdGV4dC5zbGljZSgxKSA6IHRleHQ7IC8vIGEgQk9NIGZyb20gc3ByZWFkc2hlZXQgZXhwb3J0c1xuICBjb25zdCBsaW5lcyA9IGJvZHkuc3BsaXQoL1xccj9cXG4vKTtcbiAgZm9yIChsZXQgbiA9IDA7IG4gPCBsaW5lcy5sZW5ndGg7IG4rKykge1xuICAgIGNvbnN0IGxpbmUgPSBsaW5lc1tuXSE7XG4gICAgaWYgKGxpbmUudHJpbSgpID09PSAnJykgY29udGludWU7XG4gICAgLy8gRmllbGRzIG9mIG9uZSBsaW5lOiBxdW90ZWQgZmllbGRzIG1heSBob2xkIGNvbW1hcyBhbmQgZG91YmxlZCBxdW90ZXMgKG5vdCBsaW5lIGJyZWFrcykuXG4gICAgY29uc3QgZmllbGRzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGxldCBmaWVsZCA9ICcnO1xuICAgIGxldCBxdW90ZWQgPSBmYWxzZTtcbiAgICBsZXQgd2FzUXVvdGVkID0gZmFsc2U7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBsaW5lLmxlbmd0aDsgaSsrKSB7XG4gICAgICBjb25zdCBjID0gbGluZVtpXTtcbiAgICAgIGlmIChxdW90ZWQpIHtcbiAgICAgICAgaWYgKGMgPT09ICdcIicgJiYgbGluZVtpICsgMV0gPT09ICdcIicpIChmaWVsZCArPSAnXCInKSwgaSsrO1xuICAgICAgICBlbHNlIGlmIChjID09PSAnXCInKSBxdW90ZWQgPSBmYWxzZTtcbiAgICAgICAgZWxzZSBmaWVsZCArPSBjO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnLCcpIHtcbiAgICAgICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgICB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1wiJyAmJiBmaWVsZC50cmltKCkgPT09ICcnKSB7XG4gICAgICAgIHF1b3RlZCA9IHdhc1F1b3RlZCA9IHRydWU7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICB9IGVsc2UgZmllbGQgKz0gYztcbiAgICB9XG4gICAgaWYgKHF1b3RlZCkgZmFpbChuICsgMSwgJ2EgcXVvdGVkIGZpZWxkIGlzIG5vdCBjbG9zZWQnKTtcbiAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgaWYgKCFjb2x1bW5zKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IGZpZWxkcy5tYXAoKGYpID0+IGYudG9Mb3dlckNhc2UoKSk7XG4gICAgICBjb25zdCBhdCA9IChuYW1lOiBzdHJpbmcpID0+IG5hbWVzLmluZGV4T2YobmFtZSk7XG4gICAgICBpZiAoYXQoJ2VtYWlsJykgPCAwIHx8IGF0KCdwYXNzd29yZCcpIDwgMCB8fCBhdCgncm9sZScpIDwgMCkge1xuICAgICAgICBmYWlsKG4gKyAxLCBgdGhlIGZpcnN0IGxpbmUgbXVzdCBiZSB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgKGdvdCAke0pTT04uc3RyaW5naWZ5KGxpbmUuc2xpY2UoMCwgODApKX0pYCk7XG4gICAgICB9XG4gICAgICBjb2x1bW5zID0geyBlbWFpbDogYXQoJ2VtYWlsJyksIHBhc3N3b3JkOiBhdCgncGFzc3dvcmQnKSwgcm9sZTogYXQoJ3JvbGUnKSB9O1xuICAgICAgd2lkdGggPSBmaWVsZHMubGVuZ3RoO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChmaWVsZHMubGVuZ3RoICE9PSB3aWR0aCkgZmFpbChuICsgMSwgYGV4cGVjdGVkICR7d2lkdGh9IGZpZWxkcyBsaWtlIHRoZSBoZWFkZXIsIGdvdCAke2ZpZWxkcy5sZW5ndGh9YCk7XG4gICAgY29uc3QgZW1haWwgPSBmaWVsZHNbY29sdW1ucy5lbWFpbF0gPz8gJyc7XG4gICAgY29uc3QgcGFzc3dvcmQgPSBmaWVsZHNbY29sdW1ucy5wYXNzd29yZF0gPz8gJyc7XG4gICAgY29uc3Qgcm9sZSA9IChmaWVsZHNbY29sdW1ucy5yb2xlXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbiAgICBpZiAoZW1haWwgPT09ICcnKSBmYWlsKG4gKyAxLCAnZW1wdHkgZW1haWwnKTtcbiAgICBpZiAocGFzc3dvcmQgPT09ICcnKSBmYWlsKG4gKyAxLCBgZW1wdHkgcGFzc3dvcmQgZm9yICR7ZW1haWx9YCk7XG4gICAgaWYgKCEoUk9MRVMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKHJvbGUpKSBmYWlsKG4gKyAxLCBgdW5rbm93biByb2xlICR7SlNPTi5zdHJpbmdpZnkocm9sZSl9IGZvciAke2VtYWlsfSAodXNlIHJlZ3VsYXIsIHBvd2VyIG9yIGFkbWluKWApO1xuICAgIGlmIChzZWVuLmhhcyhlbWFpbC50b0xvd2VyQ2FzZSgpKSkgZmFpbChuICsgMSwgYCR7ZW1haWx9IGlzIGxpc3RlZCB0d2ljZWApO1xuICAgIHNlZW4uYWRkKGVtYWlsLnRvTG93ZXJDYXNlKCkpO1xuICAgIGFjY291bnRzW3JvbGUgYXMgUm9sZV0ucHVzaCh7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuICBpZiAoIWNvbHVtbnMpIGZhaWwoMSwgJ3RoZSBmaWxlIGlzIGVtcHR5OiBpdCBuZWVkcyB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgYW5kIG9uZSBsaW5lIHBlciBhY2NvdW50Jyk7XG4gIHJldHVybiBhY2NvdW50cztcbn1cblxuLyoqIGByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMGAgLT4gc2l6ZXM7IGEgcm9sZSBsZWZ0IG91dCBoYXMgbm9uZS4gVGhyb3dzIG5hbWluZyBgbmFtZWAgb24gYW55dGhpbmcgZWxzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVBvb2xTcGVjKHNwZWM6IHN0cmluZywgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHtcbiAgY29uc3Qgc2l6ZXM6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3JvbGU6Y291bnQgcGFpcnMgc3VjaCBhcyByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMCc7XG4gIGZvciAoY29uc3QgcGFydCBvZiBzcGVjLnNwbGl0KCcsJykubWFwKChwKSA9PiBwLnRyaW0oKSkuZmlsdGVyKChwKSA9PiBwICE9PSAnJykpIHtcbiAgICBjb25zdCBtYXRjaCA9IC9eKHJlZ3VsYXJ8cG93ZXJ8YWRtaW4pOihcXGR7MSw2fSkkLy5leGVjKHBhcnQpO1xuICAgIGlmICghbWF0Y2gpIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBcIiR7cGFydH1cIiBpcyBub3Qgb25lIG9mICR7ZXhwZWN0ZWR9YCk7XG4gICAgc2l6ZXNbbWF0Y2hbMV0gYXMgUm9sZV0gPSBOdW1iZXIobWF0Y2hbMl0pO1xuICB9XG4gIGlmIChzaXplcy5yZWd1bGFyICsgc2l6ZXMucG93ZXIgKyBzaXplcy5hZG1pbiA9PT0gMCkgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG4gIHJldHVybiBzaXplcztcbn1cblxuLyoqIFRoZSBlbWFpbCBvZiB0aGUgbi10aCAoZnJvbSAxKSBkZW1vIHBvb2wgYWNjb3VudCBvZiBhIHJvbGU6IHJlZ3VsYXItMDAwMUBleGFtcGxlLmNvbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb29sRW1haWwocm9sZTogUm9sZSwgbjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3JvbGV9LSR7U3RyaW5nKG4pLnBhZFN0YXJ0KDQsICcwJyl9QGV4YW1wbGUuY29tYDtcbn1cblxuLyoqIFdoeSBhIHBvb2wgaXMgdG9vIHNtYWxsIGZvciBkaXN0aW5jdCBhY2NvdW50cywgb3IgdW5kZWZpbmVkIHdoZW4gZXZlcnkgVlUgY2FuIGhhdmUgaXRzIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b29TbWFsbEZvckRpc3RpbmN0KHNpemVzOiBQb29sU2l6ZXMsIG5lZWRlZDogUG9vbFNpemVzLCBzb3VyY2U6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIGlmIChuZWVkZWRbcm9sZV0gPiAwICYmIHNpemVzW3JvbGVdIDwgbmVlZGVkW3JvbGVdKSB7XG4gICAgICByZXR1cm4gYCR7c291cmNlfSBoYXMgJHtzaXplc1tyb2xlXX0gJHtyb2xlfSBhY2NvdW50KHMpLCBidXQgUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSBuZWVkcyAke25lZWRlZFtyb2xlXX06IGAgK1xuICAgICAgICBgb25lIHBlciBWVSBpZCB0aGlzIGVudHJ5IGNhbiBzdGFydCAoazYgbnVtYmVycyBWVXMgYWNyb3NzIGFsbCBjbGFzc2VzLCBhbmQgVlUgbiB1c2VzIHRoZSBjbGFzcydzIGFjY291bnQgbiBtb2Qgc2l6ZSlgO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIFRoZSBoaWdoZXN0IFZVIGlkIGs2IGNhbiBoYW5kIG91dCBmb3IgdGhlc2Ugc2NlbmFyaW9zICh0aGUgc3VtIG9mIGVhY2ggc2NlbmFyaW8ncyBWVXMsIGFuIHVwcGVyXG4gKiBib3VuZCBvZiBrNidzIG1heFZVcyk6IFZVIGlkcyBhcmUgbnVtYmVyZWQgYWNyb3NzIGFsbCBzY2VuYXJpb3MsIHNvIGEgY2xhc3MncyBhY2NvdW50cyBhcmVcbiAqIGluZGV4ZWQgYnkgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2dUlkQm91bmQoc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pOiBudW1iZXIge1xuICBsZXQgdG90YWwgPSAwO1xuICBmb3IgKGNvbnN0IHMgb2YgT2JqZWN0LnZhbHVlcyhzY2VuYXJpb3MpKSB7XG4gICAgY29uc3Qgc3RhZ2VzID0gKHMuc3RhZ2VzIGFzIHsgdGFyZ2V0OiBudW1iZXIgfVtdIHwgdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBjb25zdCBtb3N0ID0gTWF0aC5tYXgoTnVtYmVyKHMuc3RhcnRWVXMgPz8gMCksIC4uLnN0YWdlcy5tYXAoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQpKTtcbiAgICBpZiAocy5leGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgdG90YWwgKz0gbW9zdDtcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5tYXhWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLm1heFZVcztcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5wcmVBbGxvY2F0ZWRWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLnByZUFsbG9jYXRlZFZVcztcbiAgICBlbHNlIHRvdGFsICs9IE51bWJlcihzLnZ1cyA/PyAxKTtcbiAgfVxuICByZXR1cm4gdG90YWw7XG59XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuaW1wb3J0IHsgcGFyc2VQb29sU3BlYywgVXNlcnNGaWxlRXJyb3IsIHR5cGUgUG9vbFNpemVzIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IHR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnIHtcbiAgYmFzZVVybDogc3RyaW5nO1xuICB1c2VyczogeyByZWd1bGFyOiBDcmVkZW50aWFsczsgcG93ZXI6IENyZWRlbnRpYWxzOyBhZG1pbjogQ3JlZGVudGlhbHMgfTtcbiAgLyoqIEhvbGQgdGltZSBvZiB0aGUgbWFpbiBsb2FkLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OKS4gKi9cbiAgZHVyYXRpb25TOiBudW1iZXI7XG4gIC8qKiBQZWFrIG51bWJlciBvZiB2aXJ0dWFsIHVzZXJzIChQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTKS4gKi9cbiAgY29uY3VycmVudFVzZXJzOiBudW1iZXI7XG4gIC8qKiBQZXItcmVxdWVzdCB0aW1lb3V0LCBzZWNvbmRzIChQRVJGT1JNQU5DRV9BUElfVElNRU9VVCkuICovXG4gIGFwaVRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBSYW1wLXVwIGFuZCByYW1wLWRvd24gdGltZSwgc2Vjb25kcy4gKi9cbiAgcmFtcFVwUzogbnVtYmVyO1xuICByYW1wRG93blM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIFZVcyBwZXIgdXNlciB0eXBlLCBwZXJjZW50LCBzdW1taW5nIHRvIDEwMC4gKi9cbiAgd2VpZ2h0czogeyByZWd1bGFyOiBudW1iZXI7IHBvd2VyOiBudW1iZXI7IGFkbWluOiBudW1iZXIgfTtcbiAgLyoqIFRoaW5rIHRpbWUgYmV0d2VlbiBhIHVzZXIncyBhY3Rpb25zLCBzZWNvbmRzLCBkcmF3biB1bmlmb3JtbHkgZnJvbSBbbWluLCBtYXhdLiAqL1xuICB0aGlua1RpbWVTOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9O1xuICAvKiogSG93IG9mdGVuIGEgcG93ZXIgdXNlciBwb2xscyBhIGdlbmVyYXRpb24gam9iLCBhbmQgaG93IGxvbmcgaXQgd2FpdHMgYXQgbW9zdCwgc2Vjb25kcy4gKi9cbiAgcG9sbEludGVydmFsUzogbnVtYmVyO1xuICBnZW5lcmF0aW9uVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIENoYXB0ZXJzIHBlciBnZW5lcmF0ZWQgY291cnNlLiAqL1xuICBjaGFwdGVyc1BlckNvdXJzZTogbnVtYmVyO1xuICBzaWRlY2FyVXJsOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzaWRlY2FyIHNhbXBsZXMgZ28gbWlzc2luZyAoU0lERUNBUl9TVFJJQ1Q9dHJ1ZSkuICovXG4gIHNpZGVjYXJTdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBIb3N0cyBiZXNpZGVzIGxvb3BiYWNrIHRoYXQgZW50cmllcyBoZWF2aWVyIHRoYW4gc21va2UgbWF5IGxvYWQgKFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMpLiAqL1xuICBhbGxvd2VkSG9zdHM6IHN0cmluZ1tdO1xuICB0YXJnZXRzOiBUYXJnZXRzO1xuICAvKiogVGhlIHVzZXIgcG9vbDogYSBDU1Ygb2YgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUpLCBvciB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fVVNFUlMgcG9vbDsgbmVpdGhlcjogb25lIGFjY291bnQgcGVyIGNsYXNzLiAqL1xuICB1c2Vyc0ZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgZGVtb1VzZXJzOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQ7XG4gIC8qKiBSZWZ1c2UgYSBwb29sIHdpdGggZmV3ZXIgYWNjb3VudHMgb2YgYSBjbGFzcyB0aGFuIFZVIGlkcyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSkuICovXG4gIHVzZXJzRGlzdGluY3Q6IGJvb2xlYW47XG4gIC8qKiBLZXB0IGNvdXJzZXMgcGVyIHJlZ3VsYXIvcG93ZXIgYWNjb3VudCAoUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTKSwgb2Ygd2hpY2ggdGhlIGZpcnN0IE4gb2YgZWFjaCByZWd1bGFyIGFjY291bnQgYXJlIGdlbmVyYXRlZC4gKi9cbiAgZGF0YXNldDogeyBjb3Vyc2VzOiBudW1iZXI7IGdlbmVyYXRlZDogbnVtYmVyOyByZXNlZWQ6IGJvb2xlYW4gfTtcbn1cblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0NvbmZpZ0Vycm9yJztcbn1cblxudHlwZSBSZWFkPFQ+ID0gKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBUKSA9PiBUO1xuXG5mdW5jdGlvbiByYXcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICByZXR1cm4gdmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmFpbChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbn1cblxuZnVuY3Rpb24gbnVtYmVySW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB3aGF0OiBzdHJpbmcsIGludGVnZXI6IGJvb2xlYW4pOiBSZWFkPG51bWJlcj4ge1xuICByZXR1cm4gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBgJHt3aGF0fSBmcm9tICR7bWlufSB0byAke21heH1gO1xuICAgIGlmICghL15bK10/XFxkKyhcXC5cXGQrKT8kLy50ZXN0KHZhbHVlKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIGNvbnN0IHBhcnNlZCA9IE51bWJlcih2YWx1ZSk7XG4gICAgaWYgKChpbnRlZ2VyICYmICFOdW1iZXIuaXNJbnRlZ2VyKHBhcnNlZCkpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICByZXR1cm4gcGFyc2VkO1xuICB9O1xufVxuXG4vKiogV2hvbGUgc2Vjb25kcywgZS5nLiA2MCAoYSB1bml0IHN1Y2ggYXMgXCI2MHNcIiBvciBcIjFtXCIgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkKS4gKi9cbmNvbnN0IHNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnLCB0cnVlKTtcbmNvbnN0IGNvdW50ID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlcicsIHRydWUpO1xuY29uc3QgbWlsbGlzID0gbnVtYmVySW4oMSwgM182MDBfMDAwLCAnbWlsbGlzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSk7XG5jb25zdCBmcmFjdGlvbiA9IG51bWJlckluKDAsIDEsICdhIGZyYWN0aW9uIChlLmcuIDAuOTUpJywgZmFsc2UpO1xuXG5jb25zdCB0ZXh0OiBSZWFkPHN0cmluZz4gPSAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHZhbHVlLnRyaW0oKSA9PT0gJycpIGZhaWwobmFtZSwgdmFsdWUsICdhIG5vbi1lbXB0eSB2YWx1ZScpO1xuICByZXR1cm4gdmFsdWU7XG59O1xuXG5mdW5jdGlvbiB1cmwoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IG1hdGNoID0gL14oaHR0cHM/KTpcXC9cXC8oW14vXFxzOl0rfFxcW1swLTlhLWZBLUY6XStcXF0pKDpcXGR7MSw1fSk/KFxcL1xcUyopPyQvLmV4ZWModmFsdWUpO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCAnYW4gaHR0cChzKSBVUkwgc3VjaCBhcyBodHRwOi8vMTI3LjAuMC4xOjgwMDAnKTtcbiAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuXG5mdW5jdGlvbiB3ZWlnaHRzKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyByZWd1bGFyOiA3MCwgcG93ZXI6IDIwLCBhZG1pbjogMTAgfTtcbiAgY29uc3QgcGFydHMgPSB2YWx1ZS5zcGxpdCgnLycpLm1hcCgocGFydCkgPT4gcGFydC50cmltKCkpO1xuICBjb25zdCBleHBlY3RlZCA9ICd0aHJlZSB3aG9sZSBwZXJjZW50YWdlcyByZWd1bGFyL3Bvd2VyL2FkbWluIHN1bW1pbmcgdG8gMTAwLCBlLmcuIDcwLzIwLzEwJztcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMyB8fCBwYXJ0cy5zb21lKChwYXJ0KSA9PiAhL15cXGQrJC8udGVzdChwYXJ0KSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgW3JlZ3VsYXIsIHBvd2VyLCBhZG1pbl0gPSBwYXJ0cy5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gIGlmIChyZWd1bGFyICsgcG93ZXIgKyBhZG1pbiAhPT0gMTAwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IHJlZ3VsYXIsIHBvd2VyLCBhZG1pbiB9O1xufVxuXG5mdW5jdGlvbiB0aGlua1RpbWUoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1sndGhpbmtUaW1lUyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IG1pbjogMSwgbWF4OiAzIH07XG4gIGNvbnN0IG1hdGNoID0gL14oXFxkKyg/OlxcLlxcZCspPykoPzotKFxcZCsoPzpcXC5cXGQrKT8pKT8kLy5leGVjKHZhbHVlKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAnc2Vjb25kcyBhcyBOIG9yIE1JTi1NQVggKGUuZy4gMS0zKSwgZWFjaCBhdCBtb3N0IDYwJztcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBtaW4gPSBOdW1iZXIobWF0Y2hbMV0pO1xuICBjb25zdCBtYXggPSBtYXRjaFsyXSA9PT0gdW5kZWZpbmVkID8gbWluIDogTnVtYmVyKG1hdGNoWzJdKTtcbiAgaWYgKG1heCA8IG1pbiB8fCBtYXggPiA2MCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyBtaW4sIG1heCB9O1xufVxuXG5mdW5jdGlvbiBmbGFnKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnIHx8IHZhbHVlID09PSAnZmFsc2UnIHx8IHZhbHVlID09PSAnMCcpIHJldHVybiBmYWxzZTtcbiAgaWYgKHZhbHVlID09PSAndHJ1ZScgfHwgdmFsdWUgPT09ICcxJykgcmV0dXJuIHRydWU7XG4gIHJldHVybiBmYWlsKG5hbWUsIHZhbHVlLCAndHJ1ZSBvciBmYWxzZScpO1xufVxuXG5mdW5jdGlvbiBob3N0TGlzdChlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiBbXTtcbiAgY29uc3QgaG9zdHMgPSB2YWx1ZS5zcGxpdCgnLCcpLm1hcCgoaG9zdCkgPT4gaG9zdC50cmltKCkudG9Mb3dlckNhc2UoKSk7XG4gIGlmIChob3N0cy5zb21lKChob3N0KSA9PiAhL14oXFxbWzAtOWEtZjpdK1xcXXxbYS16MC05LlxcLTpdKykkLy50ZXN0KGhvc3QpKSkge1xuICAgIGZhaWwobmFtZSwgdmFsdWUsICdhIGNvbW1hLXNlcGFyYXRlZCBsaXN0IG9mIGhvc3QgbmFtZXMgb3IgYWRkcmVzc2VzLCBlLmcuIHN0YWdpbmcuZXhhbXBsZS5jb20sMTAuMC4wLjUnKTtcbiAgfVxuICByZXR1cm4gaG9zdHM7XG59XG5cbmZ1bmN0aW9uIGNyZWRlbnRpYWxzKGVudjogRW52LCBwcmVmaXg6IHN0cmluZywgZmFsbGJhY2tFbWFpbDogc3RyaW5nLCBmYWxsYmFja1Bhc3N3b3JkOiBzdHJpbmcpOiBDcmVkZW50aWFscyB7XG4gIHJldHVybiB7XG4gICAgZW1haWw6IHRleHQoZW52LCBgJHtwcmVmaXh9X0VNQUlMYCwgZmFsbGJhY2tFbWFpbCksXG4gICAgcGFzc3dvcmQ6IHRleHQoZW52LCBgJHtwcmVmaXh9X1BBU1NXT1JEYCwgZmFsbGJhY2tQYXNzd29yZCksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBvb2xTcGVjKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiB1bmRlZmluZWQ7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHBhcnNlUG9vbFNwZWModmFsdWUsIG5hbWUpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihlcnJvciBpbnN0YW5jZW9mIFVzZXJzRmlsZUVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGRhdGFzZXQoZW52OiBFbnYpOiBDb25maWdbJ2RhdGFzZXQnXSB7XG4gIGNvbnN0IGNvdXJzZXMgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMnLCAyMCk7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEJywgTWF0aC5taW4oMSwgY291cnNlcykpO1xuICBpZiAoZ2VuZXJhdGVkID4gY291cnNlcykgZmFpbCgnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBTdHJpbmcoZ2VuZXJhdGVkKSwgYGF0IG1vc3QgUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTICgke2NvdXJzZXN9KWApO1xuICByZXR1cm4geyBjb3Vyc2VzLCBnZW5lcmF0ZWQsIHJlc2VlZDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRCcpIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX1VQJywgTWF0aC5taW4oMzAsIE1hdGgubWF4KDEsIE1hdGgucm91bmQoZHVyYXRpb25TIC8gNCkpKSk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbigwLCAxXzAwMF8wMDAsICdNQiBwZXIgbWludXRlIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnVEhSRVNIT0xEX01FTU9SWV9HUk9XVEhfTUJfUEVSX01JTicsIGQubWVtb3J5R3Jvd3RoTWJQZXJNaW4pLFxuICAgIH0sXG4gICAgdXNlcnNGaWxlOiByYXcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRklMRScpIHx8IHVuZGVmaW5lZCxcbiAgICBkZW1vVXNlcnM6IHBvb2xTcGVjKGVudiwgJ0RFTU9fVVNFUlMnKSxcbiAgICB1c2Vyc0Rpc3RpbmN0OiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUJyksXG4gICAgZGF0YXNldDogZGF0YXNldChlbnYpLFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzTG9vcGJhY2soaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBob3N0ID09PSAnbG9jYWxob3N0JyB8fCBob3N0ID09PSAnWzo6MV0nIHx8IGhvc3QgPT09ICc6OjEnIHx8IC9eMTI3XFwuXFxkezEsM31cXC5cXGR7MSwzfVxcLlxcZHsxLDN9JC8udGVzdChob3N0KTtcbn1cblxuLyoqXG4gKiBUaGUgdGFyZ2V0IGd1YXJkOiBhbiBlbnRyeSBoZWF2aWVyIHRoYW4gc21va2UgcmVmdXNlcyBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2sgdW5sZXNzIGl0IGlzXG4gKiBhbGxvdy1saXN0ZWQsIHNvIGEgdHlwbyBpbiBCQVNFX1VSTCBjYW5ub3QgbG9hZC10ZXN0IHByb2R1Y3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZzogQ29uZmlnLCBlbnRyeTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGhvc3QgPSBob3N0T2YoY29uZmlnLmJhc2VVcmwpO1xuICBpZiAoaXNMb29wYmFjayhob3N0KSB8fCBjb25maWcuYWxsb3dlZEhvc3RzLmluY2x1ZGVzKGhvc3QpKSByZXR1cm47XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICBgcmVmdXNpbmcgdG8gcnVuIFwiJHtlbnRyeX1cIiBhZ2FpbnN0ICR7Y29uZmlnLmJhc2VVcmx9OiAke2hvc3R9IGlzIG5vdCBhIGxvb3BiYWNrIGFkZHJlc3MuIGAgK1xuICAgICAgYElmIHlvdSBtZWFuIHRvIGxvYWQtdGVzdCBpdCwgYWxsb3cgaXQgd2l0aCBQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTPSR7aG9zdH0gKGNvbW1hLXNlcGFyYXRlZCBsaXN0KS5gLFxuICApO1xufVxuXG4vKipcbiAqIEEgc2NlbmFyaW8ncyBvd24gbnVtZXJpYyBzZXR0aW5nIChlLmcuIFNQSUtFX0ZBQ1RPUiksIHZhbGlkYXRlZCBsaWtlIHRoZSBzaGFyZWQgb25lczogYSBiYWRcbiAqIHZhbHVlIHN0b3BzIHRoZSBydW4gYXQgaW5pdCB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHZhcmlhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW52TnVtYmVyKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSk6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIFRoZSBydW4ncyBjb25maWd1cmF0aW9uLCByZWFkIGZyb20gazYncyBfX0VOViBvbmNlIGF0IGluaXQuIEFuIGludmFsaWQgdmFsdWUgdGhyb3dzIGhlcmUsIHNvXG4vLyBrNiBzdG9wcyBiZWZvcmUgc2V0dXAoKSBhbmQgYmVmb3JlIGFueSByZXF1ZXN0LCB3aXRoIHRoZSB2YXJpYWJsZSBuYW1lZCBpbiB0aGUgbWVzc2FnZS5cbmltcG9ydCB7IGFzc2VydFRhcmdldEFsbG93ZWQsIHBhcnNlQ29uZmlnLCB0eXBlIENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0gcGFyc2VDb25maWcoX19FTlYpO1xuXG4vKiogVGhlIGNvbmZpZ3VyYXRpb24gZm9yIGEgbG9hZC1nZW5lcmF0aW5nIGVudHJ5OiByZWZ1c2VzIGEgbm9uLWxvb3BiYWNrIHRhcmdldCB0aGF0IGlzIG5vdCBhbGxvdy1saXN0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZ3VhcmRlZENvbmZpZyhlbnRyeTogc3RyaW5nKTogQ29uZmlnIHtcbiAgYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWcsIGVudHJ5KTtcbiAgcmV0dXJuIGNvbmZpZztcbn1cbiIsICIvLyBUaGUgc2hhcmVkIHNldHVwKCkgYW5kIHRlYXJkb3duKCkgb2YgdGhlIGVudHJ5IHBvaW50czogbWFrZXMgc3VyZSB0aGUgcGxhdGZvcm0gYW5zd2VycywgY2hlY2tzXG4vLyBvbmUgYWNjb3VudCBvZiBlYWNoIGNsYXNzIChhIHdyb25nIHBhc3N3b3JkIHN0b3BzIHRoZSBydW4gYXQgb25jZSksIHJlbW92ZXMgd2hhdCBraWxsZWQgcnVuc1xuLy8gbGVmdCBiZWhpbmQsIG1ha2VzIHN1cmUgdGhlIGtlcHQgZGF0YXNldCBpcyB0aGVyZSwgYW5kIChmb3IgYXBpL2JyZWFrcG9pbnQpIHNlZWRzIHJ1bi10YWdnZWRcbi8vIGNvdXJzZXMuIFRlYXJkb3duIHJlbW92ZXMgZXZlcnl0aGluZyB0aGlzIHJ1biBjcmVhdGVkLiBJdCBzdG9wcyB0aGUgcnVuIHdpdGggYSBtZXNzYWdlIHRoYXRcbi8vIHNheXMgd2hhdCBpcyB3cm9uZyBpbnN0ZWFkIG9mIGxldHRpbmcgVlVzIHNlbmQgYSBtaW51dGUgb2YgZmFpbGluZyByZXF1ZXN0cy5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBzZWNyZXRzIGZyb20gJ2s2L3NlY3JldHMnO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQsIHR5cGUgUm9sZSB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBlbnN1cmVEYXRhc2V0LCBxdWlldExvZ2luLCByZW1vdmVDb3Vyc2VzLCB0eXBlIE93bmVyIH0gZnJvbSAnLi9kYXRhc2V0LnRzJztcbmltcG9ydCB7IGlzTGVmdG92ZXIsIG5ld1J1bklkLCBSVU5fVElUTEVfRklMVEVSIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB7IHBvb2wgfSBmcm9tICcuL3Bvb2wudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHZ1SWRCb3VuZCB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBSdW5EYXRhIHtcbiAgLyoqIFVuaXF1ZSBwZXIgcnVuLCBwYXJ0IG9mIGV2ZXJ5IHRpdGxlIHRoaXMgcnVuIGNyZWF0ZXMsIHNvIHJ1bnMgYW5kIFZVcyBuZXZlciBjb2xsaWRlLiAqL1xuICBydW5JZDogc3RyaW5nO1xuICAvKiogT25lIGxvZ2dlZC1pbiBhY2NvdW50IHBlciBjbGFzcyAodGhlIHBvb2wncyBmaXJzdCk6IHNldHVwJ3MgY2hlY2tzLCBzaGFyZWQtdG9rZW4gZW50cmllcywgY2xlYW51cC4gKi9cbiAgdG9rZW5zOiBSZWNvcmQ8Um9sZSwgc3RyaW5nPjtcbiAgLyoqIFJ1bi10YWdnZWQgZ2VuZXJhdGVkIGNvdXJzZXMgb3duZWQgYnkgdG9rZW5zLnJlZ3VsYXIncyBhY2NvdW50LCBmb3IgZW50cmllcyB0aGF0IHJlYWQgc2hhcmVkIHJvd3MgKGFwaSwgYnJlYWtwb2ludCkuICovXG4gIHNlZWRlZENvdXJzZUlkczogSWRbXTtcbiAgLyoqIENsYXNzIHBhc3N3b3JkcyB0aGF0IGNhbWUgZnJvbSBrNiBzZWNyZXQgc291cmNlcyAoVlVzIGNhbm5vdCByZWFkIHNlY3JldHMgc3luY2hyb25vdXNseSkuICovXG4gIGNsYXNzUGFzc3dvcmRzPzogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj47XG59XG5cbmNvbnN0IFNFRURfQ09VUlNFUyA9IDM7XG5jb25zdCBQUk9CRV9USU1FT1VUID0gJzVzJztcblxuZnVuY3Rpb24gYWJvcnQobWVzc2FnZTogc3RyaW5nKTogbmV2ZXIge1xuICBleGVjLnRlc3QuYWJvcnQobWVzc2FnZSk7XG4gIHRocm93IG5ldyBFcnJvcihtZXNzYWdlKTsgLy8gbm90IHJlYWNoZWQ6IGFib3J0KCkgc3RvcHMgdGhlIHRlc3Q7IHRoaXMga2VlcHMgdGhlIHR5cGUgY2hlY2tlciBob25lc3Rcbn1cblxuZnVuY3Rpb24gcHJvYmUoYmFzZVVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHVybCA9IGAke2Jhc2VVcmx9L2hlYWx0aGA7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KHVybCwgeyB0aW1lb3V0OiBQUk9CRV9USU1FT1VULCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiAnR0VUIC9oZWFsdGggKHNldHVwIHByb2JlKScgfSB9KTtcbiAgaWYgKHJlcy5zdGF0dXMgPT09IDApIHtcbiAgICBhYm9ydChgdGhlIHBsYXRmb3JtIGRvZXMgbm90IGFuc3dlciBhdCAke3VybH0gKEdFVCwgJHtQUk9CRV9USU1FT1VUfSB0aW1lb3V0KTogJHtyZXMuZXJyb3IgfHwgJ25vIHJlc3BvbnNlJ30uIElzIGl0IHJ1bm5pbmc/IFNldCBCQVNFX1VSTCB0byBpdHMgYWRkcmVzcy5gKTtcbiAgfVxuICBpZiAocmVzLnN0YXR1cyAhPT0gMjAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBhdCAke3VybH0gYW5zd2VyZWQgJHtyZXMuc3RhdHVzfSBpbnN0ZWFkIG9mIDIwMDogaXQgaXMgbm90IGhlYWx0aHksIG9yIEJBU0VfVVJMIHBvaW50cyBhdCBzb21ldGhpbmcgZWxzZS5gKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+LCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldFtyb2xlXSA/PyBjb25maWcudXNlcnNbcm9sZV0ucGFzc3dvcmQ7XG59XG5cbi8qKiBMb2dzIGluIGFzIHRoZSBjbGFzcydzIGZpcnN0IGFjY291bnQ6IHRoZSBjaGVjayB0aGF0IGEgd3JvbmcgcGFzc3dvcmQgc3RvcHMgdGhlIHJ1biBhdCBvbmNlLiAqL1xuZnVuY3Rpb24gbG9naW4oY2xpZW50OiBBcGlDbGllbnQsIGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+LCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgaWYgKHBvb2wuc2l6ZXNbcm9sZV0gPT09IDApIGFib3J0KGAke3Bvb2wuc291cmNlfSBoYXMgbm8gJHtyb2xlfSBhY2NvdW50LCBhbmQgdGhpcyBlbnRyeSBuZWVkcyBvbmUuYCk7XG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBwb29sLmFjY291bnQocm9sZSwgMCwgY2xhc3NQYXNzd29yZChjb25maWcsIHNlY3JldCwgcm9sZSkpO1xuICBjb25zdCByZXN1bHQgPSBjbGllbnQubG9naW4oZW1haWwsIHBhc3N3b3JkKTtcbiAgaWYgKCFyZXN1bHQuYm9keSkge1xuICAgIGNvbnN0IGVudlByZWZpeCA9IGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUmA7XG4gICAgY29uc3Qgd2hlcmUgPSBjb25maWcudXNlcnNGaWxlID8gYGl0cyBsaW5lIGluICR7Y29uZmlnLnVzZXJzRmlsZX1gIDogY29uZmlnLmRlbW9Vc2VycyA/IGAke2VudlByZWZpeH1fUEFTU1dPUkQgKHRoZSBERU1PX1VTRVJTIHBvb2wncyAke3JvbGV9IHBhc3N3b3JkKWAgOiBgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkRgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHt3aGVyZX0uYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC5ib2R5LmFjY2Vzc190b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLCB0b3BpYzogJ2xvYWQgdGVzdGluZycsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkXG4gKiBsaWtlIHRoZSBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNlxuICogcmVkYWN0cyB0aGVtIGZyb20gaXRzIGxvZ3MuIFRoZXkgYXBwbHkgdG8gdGhlIHNpbmdsZSBhY2NvdW50cyBhbmQgdG8gdGhlIERFTU9fVVNFUlMgcG9vbDsgYVxuICogdXNlcnMgZmlsZSBjYXJyaWVzIGl0cyBvd24gcGFzc3dvcmRzLlxuICovXG5hc3luYyBmdW5jdGlvbiBzZWNyZXRQYXNzd29yZHMoKTogUHJvbWlzZTxQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pj4ge1xuICBjb25zdCBmb3VuZDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4gPSB7fTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHBhc3N3b3JkID0gYXdhaXQgc2VjcmV0cy5nZXQoYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSX1BBU1NXT1JEYCk7XG4gICAgICBpZiAocGFzc3dvcmQpIGZvdW5kW3JvbGVdID0gcGFzc3dvcmQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiBmb3VuZDtcbn1cblxuLyoqIFRoZSBhY2NvdW50cyBWVXMgb2YgdGhlIGNsYXNzZXMgdGhhdCByZWFkIHRoZSBkYXRhc2V0IGNhbiB1c2U6IHRoZSBmaXJzdCBtaW4oc2l6ZSwgVlUgaWRzKSBvZiBlYWNoLiAqL1xuZnVuY3Rpb24gZGF0YXNldE93bmVycyhjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pik6IE93bmVyW10ge1xuICBjb25zdCB2dUlkcyA9IHZ1SWRCb3VuZCgoZXhlYy50ZXN0Lm9wdGlvbnMuc2NlbmFyaW9zID8/IHt9KSBhcyB1bmtub3duIGFzIFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik7XG4gIGNvbnN0IG93bmVyczogT3duZXJbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgWydyZWd1bGFyJywgJ3Bvd2VyJ10gYXMgY29uc3QpIHtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IE1hdGgubWluKHBvb2wuc2l6ZXNbcm9sZV0sIHZ1SWRzKTsgaSsrKSBvd25lcnMucHVzaCh7IHJvbGUsIC4uLnBvb2wuYWNjb3VudChyb2xlLCBpLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSkgfSk7XG4gIH1cbiAgcmV0dXJuIG93bmVycztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQcmVwYXJlT3B0aW9ucyB7XG4gIC8qKiBTZWVkIHJ1bi10YWdnZWQgZ2VuZXJhdGVkIGNvdXJzZXMgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkPzogYm9vbGVhbjtcbiAgLyoqIE1ha2Ugc3VyZSB0aGUga2VwdCBwZXItdXNlciBkYXRhc2V0IGlzIHRoZXJlIChlbnRyaWVzIHdob3NlIHVzZXJzIHJlYWQgdGhlaXIgb3duIGNvdXJzZXMpLiAqL1xuICBkYXRhc2V0PzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4oY29uZmlnOiBDb25maWcsIG9wdGlvbnM6IFByZXBhcmVPcHRpb25zID0ge30pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUoY29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBzZWNyZXQgPSBhd2FpdCBzZWNyZXRQYXNzd29yZHMoKTtcbiAgY29uc3QgYW5vbnltb3VzID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbiAgY29uc3QgdG9rZW5zID0ge30gYXMgUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykgdG9rZW5zW3JvbGVdID0gbG9naW4oYW5vbnltb3VzLCBjb25maWcsIHNlY3JldCwgcm9sZSk7XG4gIGNvbnN0IHJ1bklkID0gbmV3UnVuSWQoKTtcbiAgY29uc3Qgc3dlcHQgPSByZW1vdmVDb3Vyc2VzKGNvbmZpZywgdG9rZW5zLmFkbWluLCBSVU5fVElUTEVfRklMVEVSLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIHJ1bklkLCBmYWxzZSkpO1xuICBpZiAoc3dlcHQgPiAwKSBjb25zb2xlLmxvZyhgc2V0dXA6IHJlbW92ZWQgJHtzd2VwdH0gY291cnNlKHMpIGxlZnQgYmVoaW5kIGJ5IGVhcmxpZXIgcnVuc2ApO1xuICBpZiAob3B0aW9ucy5kYXRhc2V0KSB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHIgPSBlbnN1cmVEYXRhc2V0KGNvbmZpZywgZGF0YXNldE93bmVycyhjb25maWcsIHNlY3JldCkpO1xuICAgICAgY29uc29sZS5sb2coYHNldHVwOiBkYXRhc2V0IG9mICR7Y29uZmlnLmRhdGFzZXQuY291cnNlc30gY291cnNlKHMpIHBlciBhY2NvdW50IGZvciAke3IuYWNjb3VudHN9IGFjY291bnQocyk6ICR7ci5yZXVzZWR9IHJldXNlZCwgJHtyLmNyZWF0ZWR9IGNvdXJzZShzKSBjcmVhdGVkICgke3IuZ2VuZXJhdGVkfSBnZW5lcmF0ZWQpLCAke3IucmVtb3ZlZH0gcmVtb3ZlZCwgaW4gJHsoKERhdGUubm93KCkgLSBzdGFydGVkKSAvIDEwMDApLnRvRml4ZWQoMSl9IHNgKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgYWJvcnQoZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpKTtcbiAgICB9XG4gIH1cbiAgY29uc3Qgc2VlZGVkQ291cnNlSWRzID0gb3B0aW9ucy5zZWVkID8gc2VlZENvdXJzZXMoYW5vbnltb3VzLmFzKHRva2Vucy5yZWd1bGFyKSwgcnVuSWQsIGNvbmZpZykgOiBbXTtcbiAgcmV0dXJuIHsgcnVuSWQsIHRva2Vucywgc2VlZGVkQ291cnNlSWRzLCBjbGFzc1Bhc3N3b3Jkczogc2VjcmV0IH07XG59XG5cbi8qKiBUZWFyZG93bjogcmVtb3ZlcyBldmVyeSBjb3Vyc2UgdGhpcyBydW4gY3JlYXRlZCAoVlVzIGRlbGV0ZSB0aGVpciBvd24gYXMgdGhleSBnbzsgdGhpcyBjYXRjaGVzIHRoZSByZXN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGVhblVwUnVuKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIGlmICghZGF0YT8ucnVuSWQgfHwgcG9vbC5zaXplcy5hZG1pbiA9PT0gMCkgcmV0dXJuO1xuICAvLyBBIGZyZXNoIGxvZ2luOiBzZXR1cCdzIHRva2VuIG1heSBoYXZlIGV4cGlyZWQgZHVyaW5nIGEgbG9uZyBydW4uXG4gIGNvbnN0IHsgZW1haWwsIHBhc3N3b3JkIH0gPSBwb29sLmFjY291bnQoJ2FkbWluJywgMCwgZGF0YS5jbGFzc1Bhc3N3b3Jkcz8uYWRtaW4gPz8gY29uZmlnLnVzZXJzLmFkbWluLnBhc3N3b3JkKTtcbiAgY29uc3QgdG9rZW4gPSBxdWlldExvZ2luKGNvbmZpZywgZW1haWwsIHBhc3N3b3JkKTtcbiAgaWYgKCF0b2tlbikge1xuICAgIGNvbnNvbGUuZXJyb3IoYHRlYXJkb3duOiBjb3VsZCBub3QgbG9nIGluIGFzICR7ZW1haWx9IHRvIHJlbW92ZSB0aGlzIHJ1bidzIGNvdXJzZXMgKHRpdGxlcyBjb250YWluaW5nICR7ZGF0YS5ydW5JZH0pOyB0aGUgbmV4dCBydW4gcmVtb3ZlcyB0aGVtYCk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IHJlbW92ZWQgPSByZW1vdmVDb3Vyc2VzKGNvbmZpZywgdG9rZW4sIGRhdGEucnVuSWQsICh0aXRsZSkgPT4gaXNMZWZ0b3Zlcih0aXRsZSwgZGF0YS5ydW5JZCwgdHJ1ZSkpO1xuICBpZiAocmVtb3ZlZCA+IDApIGNvbnNvbGUubG9nKGB0ZWFyZG93bjogcmVtb3ZlZCAke3JlbW92ZWR9IGNvdXJzZShzKSB0aGlzIHJ1biBjcmVhdGVkYCk7XG59XG4iLCAiLy8gVGhlIGtlcHQgZGF0YXNldDogUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTIGNvdXJzZXMgcGVyIHJlZ3VsYXIvcG93ZXIgYWNjb3VudCwgdGhlIGZpcnN0XG4vLyBQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCBvZiBlYWNoIHJlZ3VsYXIgYWNjb3VudCBnZW5lcmF0ZWQgKG9uZSBjaGFwdGVyKSwgc28gbGlzdHMgYW5kXG4vLyBwYWdpbmF0aW9uIGFyZSBub3QgdHJpdmlhbGx5IHNtYWxsIGFuZCByZWFkcyBzcHJlYWQgb3ZlciBtYW55IHJvd3MsIGVhY2ggdXNlciByZWFkaW5nIG9ubHlcbi8vIHRoZWlyIG93bi4gTWFkZSBpbiBzZXR1cCAob3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93OiBpdHMgcmVxdWVzdHMgY2Fycnkgc2NvcGU9c2V0dXAgYW5kIG5vXG4vLyBlbmRwb2ludCB0YWcsIHNvIG5vIGdhdGUgc2VlcyB0aGVtKSwgd2l0aCBhdCBtb3N0IENPTkNVUlJFTkNZIHJlcXVlc3RzIGluIGZsaWdodCwgYW5kIHJldXNlZCBieVxuLy8gbGF0ZXIgcnVucyB3aGVuIGl0IGlzIGFscmVhZHkgdGhlcmUgKFBFUkZPUk1BTkNFX0RBVEFTRVRfUkVTRUVEPXRydWUgLyAtLXJlc2VlZDogbWFkZSBhbmV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBCYXRjaFJlcXVlc3QsIHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IHBhdGhzLCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9yb3V0ZXMudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSwgZGF0YXNldFRpdGxlIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB0eXBlIHsgQWNjb3VudCwgUm9sZSB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuY29uc3QgQ09OQ1VSUkVOQ1kgPSAxNjtcbmNvbnN0IExJU1RfTElNSVQgPSAxMDA7XG5cbmV4cG9ydCBpbnRlcmZhY2UgT3duZXIgZXh0ZW5kcyBBY2NvdW50IHtcbiAgcm9sZTogUm9sZTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBEYXRhc2V0UmVwb3J0IHtcbiAgYWNjb3VudHM6IG51bWJlcjtcbiAgY3JlYXRlZDogbnVtYmVyO1xuICByZXVzZWQ6IG51bWJlcjtcbiAgcmVtb3ZlZDogbnVtYmVyO1xuICBnZW5lcmF0ZWQ6IG51bWJlcjtcbn1cblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKiogUnVucyByZXF1ZXN0cyBDT05DVVJSRU5DWSBhdCBhIHRpbWU7IGFuc3dlcnMgaW4gb3JkZXIuICovXG5mdW5jdGlvbiBiYXRjaGVkKHJlcXVlc3RzOiBCYXRjaFJlcXVlc3RbXSk6IFJlc3BvbnNlW10ge1xuICBjb25zdCBhbnN3ZXJzOiBSZXNwb25zZVtdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgcmVxdWVzdHMubGVuZ3RoOyBpICs9IENPTkNVUlJFTkNZKSBhbnN3ZXJzLnB1c2goLi4uKGh0dHAuYmF0Y2gocmVxdWVzdHMuc2xpY2UoaSwgaSArIENPTkNVUlJFTkNZKSkgYXMgUmVzcG9uc2VbXSkpO1xuICByZXR1cm4gYW5zd2Vycztcbn1cblxuZnVuY3Rpb24gcGFyYW1zKHdoYXQ6IHN0cmluZywgdG9rZW4/OiBzdHJpbmcsIHRpbWVvdXRTID0gNjApIHtcbiAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicsICdDb250ZW50LVR5cGUnOiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgaWYgKHRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dG9rZW59YDtcbiAgcmV0dXJuIHsgaGVhZGVycywgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogYHNldHVwOiAke3doYXR9YCB9LCB0aW1lb3V0OiBgJHt0aW1lb3V0U31zYCB9O1xufVxuXG5mdW5jdGlvbiBqc29uPFQ+KHJlczogUmVzcG9uc2UpOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShyZXMuYm9keSBhcyBzdHJpbmcpIGFzIFQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIEEgbG9naW4gb3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93IChzY29wZT1zZXR1cCwgbm8gZW5kcG9pbnQgdGFnKTogdGhlIHRva2VuLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcXVpZXRMb2dpbihjb25maWc6IENvbmZpZywgZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAucG9zdChgJHtjb25maWcuYmFzZVVybH0ke3BhdGhzLmxvZ2luKCl9YCwgSlNPTi5zdHJpbmdpZnkoeyBlbWFpbCwgcGFzc3dvcmQgfSksIHBhcmFtcygnbG9naW4nKSkgYXMgUmVzcG9uc2U7XG4gIHJldHVybiByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgYWNjZXNzX3Rva2VuPzogc3RyaW5nIH0+KHJlcyk/LmFjY2Vzc190b2tlbiA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIE1ha2VzIHN1cmUgZXZlcnkgb3duZXIgaGFzIHRoZSBkYXRhc2V0OyB0aHJvd3Mgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSBhY2NvdW50IGFuZCBzdGF0dXMgb24gZmFpbHVyZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnN1cmVEYXRhc2V0KGNvbmZpZzogQ29uZmlnLCBvd25lcnM6IE93bmVyW10pOiBEYXRhc2V0UmVwb3J0IHtcbiAgY29uc3QgeyBjb3Vyc2VzOiB3YW50ZWQsIGdlbmVyYXRlZDogZ2VuZXJhdGVkUGVyVXNlciwgcmVzZWVkIH0gPSBjb25maWcuZGF0YXNldDtcbiAgY29uc3QgcmVwb3J0OiBEYXRhc2V0UmVwb3J0ID0geyBhY2NvdW50czogb3duZXJzLmxlbmd0aCwgY3JlYXRlZDogMCwgcmV1c2VkOiAwLCByZW1vdmVkOiAwLCBnZW5lcmF0ZWQ6IDAgfTtcbiAgaWYgKHdhbnRlZCA9PT0gMCB8fCBvd25lcnMubGVuZ3RoID09PSAwKSByZXR1cm4gcmVwb3J0O1xuICBjb25zdCBiYXNlID0gY29uZmlnLmJhc2VVcmw7XG5cbiAgY29uc3QgbG9nSW4gPSAod2hpY2g6IG51bWJlcltdKSA9PlxuICAgIGJhdGNoZWQod2hpY2gubWFwKChpKSA9PiAoeyBtZXRob2Q6ICdQT1NUJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMubG9naW4oKX1gLCBib2R5OiBKU09OLnN0cmluZ2lmeSh7IGVtYWlsOiBvd25lcnNbaV0hLmVtYWlsLCBwYXNzd29yZDogb3duZXJzW2ldIS5wYXNzd29yZCB9KSwgcGFyYW1zOiBwYXJhbXMoJ2xvZ2luJykgfSkpKS5tYXAoKHJlcywgaykgPT4ge1xuICAgICAgY29uc3QgdG9rZW4gPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgYWNjZXNzX3Rva2VuPzogc3RyaW5nIH0+KHJlcyk/LmFjY2Vzc190b2tlbiA6IHVuZGVmaW5lZDtcbiAgICAgIGlmICghdG9rZW4pIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogbG9nZ2luZyBpbiBhcyAke293bmVyc1t3aGljaFtrXSFdIS5yb2xlfSBhY2NvdW50ICR7b3duZXJzW3doaWNoW2tdIV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfTogY2hlY2sgaXRzIHBhc3N3b3JkIGluIHRoZSB1c2VyIHBvb2xgKTtcbiAgICAgIHJldHVybiB0b2tlbjtcbiAgICB9KTtcbiAgY29uc3QgdG9rZW5zID0gbG9nSW4ob3duZXJzLm1hcCgoXywgaSkgPT4gaSkpO1xuXG4gIGNvbnN0IGxpc3RVcmwgPSBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfT9xPSR7ZW5jb2RlVVJJQ29tcG9uZW50KERBVEFTRVRfVElUTEUpfSZsaW1pdD0ke0xJU1RfTElNSVR9YDtcbiAgY29uc3QgbGlzdCA9ICh3aGljaDogbnVtYmVyW10pID0+IGJhdGNoZWQod2hpY2gubWFwKChpKSA9PiAoeyBtZXRob2Q6ICdHRVQnLCB1cmw6IGxpc3RVcmwsIHBhcmFtczogcGFyYW1zKCdsaXN0IGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0pKSk7XG4gIGNvbnN0IGV2ZXJ5b25lID0gb3duZXJzLm1hcCgoXywgaSkgPT4gaSk7XG4gIGxldCB0b3RhbHMgPSBsaXN0KGV2ZXJ5b25lKS5tYXAoKHJlcywgaSkgPT4ge1xuICAgIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgdG90YWw6IG51bWJlcjsgaXRlbXM6IHsgaWQ6IElkIH1bXSB9PihyZXMpIDogdW5kZWZpbmVkO1xuICAgIGlmICghYm9keSkgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBsaXN0aW5nIHRoZSBjb3Vyc2VzIG9mICR7b3duZXJzW2ldIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICByZXR1cm4gYm9keTtcbiAgfSk7XG5cbiAgaWYgKHJlc2VlZCkge1xuICAgIC8vIFJlbW92ZSB0aGUgb2xkIGRhdGFzZXQgcGFnZSBieSBwYWdlIChlYWNoIGxpc3Qgc2hvd3MgdGhlIG5leHQgcGFnZSBvbmNlIHRoZSBwcmV2aW91cyBpcyBnb25lKS5cbiAgICBmb3IgKGxldCByb3VuZCA9IDA7IHRvdGFscy5zb21lKCh0KSA9PiB0Lml0ZW1zLmxlbmd0aCA+IDApICYmIHJvdW5kIDwgMTAwMDsgcm91bmQrKykge1xuICAgICAgY29uc3QgZGVsZXRpb25zID0gdG90YWxzLmZsYXRNYXAoKHQsIGkpID0+IHQuaXRlbXMubWFwKChjKSA9PiAoeyBtZXRob2Q6ICdERUxFVEUnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2UoYy5pZCl9YCwgcGFyYW1zOiBwYXJhbXMoJ3JlbW92ZSBkYXRhc2V0JywgdG9rZW5zW2ldKSB9KSkpO1xuICAgICAgcmVwb3J0LnJlbW92ZWQgKz0gYmF0Y2hlZChkZWxldGlvbnMpLmZpbHRlcigocmVzKSA9PiByZXMuc3RhdHVzID09PSAyMDQpLmxlbmd0aDtcbiAgICAgIHRvdGFscyA9IGxpc3QoZXZlcnlvbmUpLm1hcCgocmVzKSA9PiBqc29uPHsgdG90YWw6IG51bWJlcjsgaXRlbXM6IHsgaWQ6IElkIH1bXSB9PihyZXMpID8/IHsgdG90YWw6IDAsIGl0ZW1zOiBbXSB9KTtcbiAgICB9XG4gIH1cblxuICBjb25zdCBjcmVhdGlvbnM6IHsgb3duZXI6IG51bWJlcjsgZ2VuZXJhdGU6IGJvb2xlYW47IHJlcXVlc3Q6IEJhdGNoUmVxdWVzdCB9W10gPSBbXTtcbiAgb3duZXJzLmZvckVhY2goKG93bmVyLCBpKSA9PiB7XG4gICAgY29uc3QgaGF2ZSA9IHRvdGFsc1tpXSEudG90YWw7XG4gICAgaWYgKGhhdmUgPj0gd2FudGVkKSByZXBvcnQucmV1c2VkKys7XG4gICAgZm9yIChsZXQgbiA9IGhhdmUgKyAxOyBuIDw9IHdhbnRlZDsgbisrKSB7XG4gICAgICBjb25zdCBnZW5lcmF0ZSA9IG93bmVyLnJvbGUgPT09ICdyZWd1bGFyJyAmJiBuIDw9IGdlbmVyYXRlZFBlclVzZXI7XG4gICAgICBjb25zdCBjb3Vyc2UgPSB7IHRpdGxlOiBkYXRhc2V0VGl0bGUobiksIHRvcGljOiBgZGF0YXNldCB0b3BpYyAke259YCwgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IGdlbmVyYXRlID8gMSA6IDMgfTtcbiAgICAgIGNyZWF0aW9ucy5wdXNoKHsgb3duZXI6IGksIGdlbmVyYXRlLCByZXF1ZXN0OiB7IG1ldGhvZDogJ1BPU1QnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9YCwgYm9keTogSlNPTi5zdHJpbmdpZnkoY291cnNlKSwgcGFyYW1zOiBwYXJhbXMoJ2NyZWF0ZSBkYXRhc2V0JywgdG9rZW5zW2ldKSB9IH0pO1xuICAgIH1cbiAgfSk7XG4gIGNvbnN0IGNyZWF0ZWQgPSBiYXRjaGVkKGNyZWF0aW9ucy5tYXAoKGMpID0+IGMucmVxdWVzdCkpO1xuICBjb25zdCB0b0dlbmVyYXRlOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10gPSBbXTtcbiAgY3JlYXRlZC5mb3JFYWNoKChyZXMsIGspID0+IHtcbiAgICBjb25zdCBpZCA9IHJlcy5zdGF0dXMgPT09IDIwMSA/IGpzb248eyBpZDogSWQgfT4ocmVzKT8uaWQgOiB1bmRlZmluZWQ7XG4gICAgaWYgKGlkID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogY3JlYXRpbmcgYSBjb3Vyc2UgZm9yICR7b3duZXJzW2NyZWF0aW9uc1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICByZXBvcnQuY3JlYXRlZCsrO1xuICAgIGlmIChjcmVhdGlvbnNba10hLmdlbmVyYXRlKSB0b0dlbmVyYXRlLnB1c2goeyBvd25lcjogY3JlYXRpb25zW2tdIS5vd25lciwgaWQgfSk7XG4gIH0pO1xuXG4gIGNvbnN0IHN0YXJ0ZWQgPSBiYXRjaGVkKHRvR2VuZXJhdGUubWFwKChnKSA9PiAoeyBtZXRob2Q6ICdQT1NUJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuZ2VuZXJhdGUoZy5pZCl9YCwgYm9keTogJ3t9JywgcGFyYW1zOiBwYXJhbXMoJ2dlbmVyYXRlIGRhdGFzZXQnLCB0b2tlbnNbZy5vd25lcl0pIH0pKSk7XG4gIGxldCBqb2JzID0gc3RhcnRlZC5tYXAoKHJlcywgaykgPT4ge1xuICAgIGNvbnN0IGpvYklkID0gcmVzLnN0YXR1cyA9PT0gMjAyID8ganNvbjx7IGpvYl9pZDogSWQgfT4ocmVzKT8uam9iX2lkIDogdW5kZWZpbmVkO1xuICAgIGlmIChqb2JJZCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IHN0YXJ0aW5nIGdlbmVyYXRpb24gZm9yICR7b3duZXJzW3RvR2VuZXJhdGVba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCk7XG4gICAgcmV0dXJuIHsgb3duZXI6IHRvR2VuZXJhdGVba10hLm93bmVyLCBqb2JJZCB9O1xuICB9KTtcbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIHdoaWxlIChqb2JzLmxlbmd0aCA+IDApIHtcbiAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKSB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6ICR7am9icy5sZW5ndGh9IGdlbmVyYXRpb24gam9iKHMpIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXNgKTtcbiAgICBzbGVlcCgxKTtcbiAgICBjb25zdCBwb2xsZWQgPSBiYXRjaGVkKGpvYnMubWFwKChqKSA9PiAoeyBtZXRob2Q6ICdHRVQnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5qb2Ioai5qb2JJZCl9YCwgcGFyYW1zOiBwYXJhbXMoJ3BvbGwgZGF0YXNldCBqb2InLCB0b2tlbnNbai5vd25lcl0pIH0pKSk7XG4gICAgY29uc3Qgb3BlbjogdHlwZW9mIGpvYnMgPSBbXTtcbiAgICAvLyBBIHRva2VuIHRoYXQgZXhwaXJlZCB3aGlsZSB3YWl0aW5nIChzaG9ydC1saXZlZCB0b2tlbnMpOiBsb2cgdGhhdCBvd25lciBpbiBhZ2FpbiBhbmQgcG9sbCBvbi5cbiAgICBjb25zdCBleHBpcmVkID0gWy4uLm5ldyBTZXQoam9icy5maWx0ZXIoKF8sIGspID0+IHBvbGxlZFtrXSEuc3RhdHVzID09PSA0MDEpLm1hcCgoaikgPT4gai5vd25lcikpXTtcbiAgICBsb2dJbihleHBpcmVkKS5mb3JFYWNoKCh0b2tlbiwgaykgPT4gKHRva2Vuc1tleHBpcmVkW2tdIV0gPSB0b2tlbikpO1xuICAgIHBvbGxlZC5mb3JFYWNoKChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IHN0YXR1cyA9IGpzb248eyBzdGF0dXM/OiBzdHJpbmc7IGVycm9yPzogc3RyaW5nIH0+KHJlcyk7XG4gICAgICBpZiAoc3RhdHVzPy5zdGF0dXMgPT09ICdmYWlsZWQnKSB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IGdlbmVyYXRpbmcgYSBjb3Vyc2Ugb2YgJHtvd25lcnNbam9ic1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkOiAke3N0YXR1cy5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ31gKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIHJlcG9ydC5nZW5lcmF0ZWQrKztcbiAgICAgIGVsc2Ugb3Blbi5wdXNoKGpvYnNba10hKTtcbiAgICB9KTtcbiAgICBqb2JzID0gb3BlbjtcbiAgfVxuICByZXR1cm4gcmVwb3J0O1xufVxuXG4vKipcbiAqIFJlbW92ZXMgcnVuLWNyZWF0ZWQgY291cnNlcyB0aGUgYWRtaW4gY2FuIHNlZSB3aG9zZSB0aXRsZSBgcmVtb3ZlYCBwaWNrcyAodGhpcyBydW4ncyBhdFxuICogdGVhcmRvd24sIGVhcmxpZXIgcnVucycgbGVmdG92ZXJzIGF0IHNldHVwKS4gUmV0dXJucyBob3cgbWFueSB3ZXJlIHJlbW92ZWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW1vdmVDb3Vyc2VzKGNvbmZpZzogQ29uZmlnLCBhZG1pblRva2VuOiBzdHJpbmcsIGZpbHRlcjogc3RyaW5nLCByZW1vdmU6ICh0aXRsZTogc3RyaW5nKSA9PiBib29sZWFuKTogbnVtYmVyIHtcbiAgY29uc3QgYmFzZSA9IGNvbmZpZy5iYXNlVXJsO1xuICBsZXQgcmVtb3ZlZCA9IDA7XG4gIGxldCBvZmZzZXQgPSAwO1xuICBmb3IgKGxldCBwYWdlID0gMDsgcGFnZSA8IDEwMDA7IHBhZ2UrKykge1xuICAgIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoZmlsdGVyKX0mbGltaXQ9JHtMSVNUX0xJTUlUfSZvZmZzZXQ9JHtvZmZzZXR9YCwgcGFyYW1zKCdmaW5kIGxlZnRvdmVycycsIGFkbWluVG9rZW4pKTtcbiAgICBjb25zdCBpdGVtcyA9IChyZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgaXRlbXM6IHsgaWQ6IElkOyB0aXRsZTogc3RyaW5nIH1bXSB9PihyZXMpPy5pdGVtcyA6IHVuZGVmaW5lZCkgPz8gW107XG4gICAgaWYgKGl0ZW1zLmxlbmd0aCA9PT0gMCkgYnJlYWs7XG4gICAgY29uc3QgZG9vbWVkID0gaXRlbXMuZmlsdGVyKChjKSA9PiByZW1vdmUoYy50aXRsZSkpO1xuICAgIGNvbnN0IGdvbmUgPSBiYXRjaGVkKGRvb21lZC5tYXAoKGMpID0+ICh7IG1ldGhvZDogJ0RFTEVURScsIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShjLmlkKX1gLCBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGxlZnRvdmVycycsIGFkbWluVG9rZW4pIH0pKSkuZmlsdGVyKChyKSA9PiByLnN0YXR1cyA9PT0gMjA0IHx8IHIuc3RhdHVzID09PSA0MDQpLmxlbmd0aDtcbiAgICByZW1vdmVkICs9IGdvbmU7XG4gICAgb2Zmc2V0ICs9IGl0ZW1zLmxlbmd0aCAtIGdvbmU7IC8vIHdoYXQgc3RheXMgb24gdGhlIHBhZ2UgKGtlcHQsIG9yIG5vdCBkZWxldGFibGUpIGlzIHN0ZXBwZWQgb3ZlclxuICB9XG4gIHJldHVybiByZW1vdmVkO1xufVxuIiwgIi8vIEhvdyB0aGUgc3VpdGUgbmFtZXMgd2hhdCBpdCBwdXRzIG9uIHRoZSBwbGF0Zm9ybSwgc28gaXQgY2FuIGZpbmQgaXQgYWdhaW4uXG4vLyAtIFRoZSBrZXB0IGRhdGFzZXQ6IGBjb3Vyc2UtcGVyZiBkYXRhc2V0IE5OYCAocmV1c2VkIGFjcm9zcyBydW5zLCBuZXZlciByZW1vdmVkIGJ5IGEgcnVuKS5cbi8vIC0gRXZlcnl0aGluZyBhIHJ1biBjcmVhdGVzOiBgcGVyZi08a2luZD4gPHJ1biBpZD4gLi4uYDsgdGhlIHJ1biBpZCBzdGFydHMgd2l0aCB0aGUgcnVuJ3Mgc3RhcnRcbi8vICAgdGltZSwgc28gYSBsYXRlciBydW4gY2FuIHRlbGwgYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzIGZyb20gaXRzIG93bi5cbmV4cG9ydCBjb25zdCBEQVRBU0VUX1RJVExFID0gJ2NvdXJzZS1wZXJmIGRhdGFzZXQnO1xuLyoqIEEgdGl0bGUgZmlsdGVyIG1hdGNoaW5nIGV2ZXJ5IHJ1bi1jcmVhdGVkIGNvdXJzZSAoYW5kIG5vIGRhdGFzZXQgY291cnNlKS4gKi9cbmV4cG9ydCBjb25zdCBSVU5fVElUTEVfRklMVEVSID0gJ3BlcmYtJztcblxuZXhwb3J0IGZ1bmN0aW9uIGRhdGFzZXRUaXRsZShuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7REFUQVNFVF9USVRMRX0gJHtTdHJpbmcobikucGFkU3RhcnQoMiwgJzAnKX1gO1xufVxuXG4vKiogQSBuZXcgcnVuIGlkOiBzdGFydCB0aW1lIChiYXNlIDM2IG1zKSBhbmQgYSByYW5kb20gcGFydC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZXdSdW5JZChub3c6IG51bWJlciA9IERhdGUubm93KCkpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7bm93LnRvU3RyaW5nKDM2KX0tJHtNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAxZTYpLnRvU3RyaW5nKDM2KX1gO1xufVxuXG4vKiogVGhlIHJ1biBpZCBpbiBhIHJ1bi1jcmVhdGVkIHRpdGxlIChgcGVyZi08a2luZD4gPHJ1biBpZD4gLi4uYCksIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5JZE9mKHRpdGxlOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtYXRjaCA9IC9ecGVyZi1cXFMrIChbMC05YS16XSstWzAtOWEtel0rKSg/Olxcc3wkKS8uZXhlYyh0aXRsZSk7XG4gIHJldHVybiBtYXRjaD8uWzFdO1xufVxuXG4vKiogU3RhcnQgdGltZSBvZiBhIHJ1biBpZCwgbXMgc2luY2UgdGhlIGVwb2NoLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuU3RhcnRPZihydW5JZDogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbXMgPSBwYXJzZUludChydW5JZC5zcGxpdCgnLScpWzBdISwgMzYpO1xuICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKG1zKSA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIFdoZXRoZXIgYSBydW4tY3JlYXRlZCBjb3Vyc2UgaXMgdG8gYmUgcmVtb3ZlZCBieSBydW4gYGN1cnJlbnRgOiBpdHMgb3duICh0ZWFyZG93biksIG9yIG9uZSBvZiBhXG4gKiBydW4gdGhhdCBzdGFydGVkIGVhcmxpZXIgKGEga2lsbGVkIHJ1bidzIGxlZnRvdmVyczsgYWxzbyB0aXRsZXMgb2Ygb2xkZXIgdmVyc2lvbnMgb2YgdGhlIHN1aXRlKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzTGVmdG92ZXIodGl0bGU6IHN0cmluZywgY3VycmVudDogc3RyaW5nLCBvd246IGJvb2xlYW4pOiBib29sZWFuIHtcbiAgaWYgKCF0aXRsZS5zdGFydHNXaXRoKFJVTl9USVRMRV9GSUxURVIpKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHJ1bklkID0gcnVuSWRPZih0aXRsZSk7XG4gIGlmIChvd24pIHJldHVybiBydW5JZCA9PT0gY3VycmVudDtcbiAgaWYgKHJ1bklkID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlO1xuICBpZiAocnVuSWQgPT09IGN1cnJlbnQpIHJldHVybiBmYWxzZTtcbiAgY29uc3Qgc3RhcnRlZCA9IHJ1blN0YXJ0T2YocnVuSWQpO1xuICByZXR1cm4gc3RhcnRlZCA9PT0gdW5kZWZpbmVkIHx8IHN0YXJ0ZWQgPCAocnVuU3RhcnRPZihjdXJyZW50KSA/PyAwKTtcbn1cbiIsICIvLyBUaGUgcnVuJ3MgYWNjb3VudHMsIHBlciBjbGFzczogZnJvbSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFIChwYXJzZWQgb25jZSBmb3IgdGhlIHdob2xlIHRlc3QgaW50b1xuLy8gazYgU2hhcmVkQXJyYXlzLCBzbyBldmVyeSBWVSByZWFkcyBvbmUgY29weSBpbnN0ZWFkIG9mIGhvbGRpbmcgaXRzIG93biksIGZyb20gdGhlIGRlbW9cbi8vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sIChuYW1lcyBjb21wdXRlZCwgbm90aGluZyBoZWxkKSwgb3IgZWxzZSB0aGUgY2xhc3MncyBzaW5nbGUgYWNjb3VudFxuLy8gKFJFR1VMQVJfVVNFUl9FTUFJTCAuLi46IGV2ZXJ5IFZVIG9mIGEgY2xhc3Mgc2hhcmVzIGl0KS4gVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuXG5pbXBvcnQgeyBTaGFyZWRBcnJheSB9IGZyb20gJ2s2L2RhdGEnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2Vudi50cyc7XG5pbXBvcnQgeyBwYXJzZVVzZXJzQ3N2LCBwb29sRW1haWwsIFJPTEVTLCB0b29TbWFsbEZvckRpc3RpbmN0LCB0eXBlIEFjY291bnQsIHR5cGUgUG9vbFNpemVzLCB0eXBlIFJvbGUgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUG9vbCB7XG4gIC8qKiBXaGVyZSB0aGUgYWNjb3VudHMgY29tZSBmcm9tLCBmb3IgbWVzc2FnZXMuICovXG4gIHNvdXJjZTogc3RyaW5nO1xuICBzaXplczogUG9vbFNpemVzO1xuICAvKiogVGhlIGktdGggYWNjb3VudCAoZnJvbSAwKSBvZiBhIGNsYXNzOyBgcGFzc3dvcmRgIGlzIHRoZSBmaWxlJ3MsIG9yIHRoZSBjbGFzcyBwYXNzd29yZCBnaXZlbi4gKi9cbiAgYWNjb3VudChyb2xlOiBSb2xlLCBpbmRleDogbnVtYmVyLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50O1xufVxuXG5mdW5jdGlvbiByZWFkRmlsZShwYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIHJldHVybiBvcGVuKHBhdGgpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBFcnJvcihgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9IGNhbm5vdCBiZSByZWFkICgke1N0cmluZyhlcnJvcil9KTogZ2l2ZSBhbiBhYnNvbHV0ZSBwYXRoIHRvIGEgQ1NWIHdpdGggdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZmlsZVBvb2wocGF0aDogc3RyaW5nKTogUG9vbCB7XG4gIC8vIFRoZSBjYWxsYmFjayBydW5zIG9uY2UgcGVyIHRlc3QgKGs2IGtlZXBzIHRoZSByZXN1bHQgZm9yIGV2ZXJ5IFZVKTsgZWFjaCBjbGFzcyBpdHMgb3duIGFycmF5LlxuICBjb25zdCBhcnJheXMgPSB7fSBhcyBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSBhcnJheXNbcm9sZV0gPSBuZXcgU2hhcmVkQXJyYXkoYHVzZXJzOiR7cm9sZX1gLCAoKSA9PiBwYXJzZVVzZXJzQ3N2KHJlYWRGaWxlKHBhdGgpLCBwYXRoKVtyb2xlXSkgYXMgdW5rbm93biBhcyBBY2NvdW50W107XG4gIHJldHVybiB7XG4gICAgc291cmNlOiBgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9YCxcbiAgICBzaXplczogeyByZWd1bGFyOiBhcnJheXMucmVndWxhci5sZW5ndGgsIHBvd2VyOiBhcnJheXMucG93ZXIubGVuZ3RoLCBhZG1pbjogYXJyYXlzLmFkbWluLmxlbmd0aCB9LFxuICAgIGFjY291bnQ6IChyb2xlLCBpbmRleCkgPT4gYXJyYXlzW3JvbGVdW2luZGV4XSBhcyBBY2NvdW50LFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFrZVBvb2woY29uZmlnOiBDb25maWcpOiBQb29sIHtcbiAgaWYgKGNvbmZpZy51c2Vyc0ZpbGUpIHJldHVybiBmaWxlUG9vbChjb25maWcudXNlcnNGaWxlKTtcbiAgY29uc3QgdXNlcnMgPSBjb25maWcudXNlcnM7XG4gIGlmIChjb25maWcuZGVtb1VzZXJzKSB7XG4gICAgcmV0dXJuIHsgc291cmNlOiAnREVNT19VU0VSUycsIHNpemVzOiBjb25maWcuZGVtb1VzZXJzLCBhY2NvdW50OiAocm9sZSwgaW5kZXgsIHBhc3N3b3JkKSA9PiAoeyBlbWFpbDogcG9vbEVtYWlsKHJvbGUsIGluZGV4ICsgMSksIHBhc3N3b3JkIH0pIH07XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6ICdSRUdVTEFSX1VTRVJfRU1BSUwgLyBQT1dFUl9VU0VSX0VNQUlMIC8gQURNSU5fVVNFUl9FTUFJTCAob25lIHNoYXJlZCBhY2NvdW50IHBlciBjbGFzcyknLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IDEsIHBvd2VyOiAxLCBhZG1pbjogMSB9LFxuICAgIGFjY291bnQ6IChyb2xlLCBfaW5kZXgsIHBhc3N3b3JkKSA9PiAoeyBlbWFpbDogdXNlcnNbcm9sZV0uZW1haWwsIHBhc3N3b3JkIH0pLFxuICB9O1xufVxuXG4vKiogVGhpcyBWVSdzIGFjY291bnQgb2YgYSBjbGFzczogVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuICovXG5leHBvcnQgZnVuY3Rpb24gYWNjb3VudE9mVnUocG9vbDogUG9vbCwgcm9sZTogUm9sZSwgY2xhc3NQYXNzd29yZDogc3RyaW5nKTogQWNjb3VudCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNpemUgPSBwb29sLnNpemVzW3JvbGVdO1xuICByZXR1cm4gc2l6ZSA9PT0gMCA/IHVuZGVmaW5lZCA6IHBvb2wuYWNjb3VudChyb2xlLCAoZXhlYy52dS5pZEluVGVzdCAtIDEpICUgc2l6ZSwgY2xhc3NQYXNzd29yZCk7XG59XG5cbi8qKiBQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlOiByZWZ1c2VzLCBhdCBpbml0LCBhIHBvb2wgd2l0aCBmZXdlciBhY2NvdW50cyBvZiBhIHVzZWQgY2xhc3MgdGhhbiBWVSBpZHMuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0RGlzdGluY3QocG9vbDogUG9vbCwgcm9sZXM6IHJlYWRvbmx5IFJvbGVbXSwgdnVJZHM6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCBuZWVkZWQ6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiByb2xlcykgbmVlZGVkW3JvbGVdID0gdnVJZHM7XG4gIGNvbnN0IHByb2JsZW0gPSB0b29TbWFsbEZvckRpc3RpbmN0KHBvb2wuc2l6ZXMsIG5lZWRlZCwgcG9vbC5zb3VyY2UpO1xuICBpZiAocHJvYmxlbSkgdGhyb3cgbmV3IEVycm9yKHByb2JsZW0pO1xufVxuXG4vKiogVGhlIHJ1bidzIHBvb2wsIG1hZGUgb25jZSBwZXIgVlUgYXQgaW5pdCAoYSBiYWQgZmlsZSBzdG9wcyB0aGUgcnVuIGhlcmUsIGJlZm9yZSBzZXR1cCkuICovXG5leHBvcnQgY29uc3QgcG9vbDogUG9vbCA9IG1ha2VQb29sKHJ1bkNvbmZpZyk7XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSBvciBSU1MgKFByb21ldGhldXMpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCBhbmQgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgcmF0ZTogMSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogMSxcbiAgICBtYXhWVXM6IDEsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgcG9sbDogZXZlcnkgbmV3IHNhbXBsZSBiZWNvbWVzIGEgbWV0cmljIHNhbXBsZS4gQSBwb2xsIHRoZSBzaWRlY2FyIGRvZXMgbm90IGFuc3dlciBjb3VudHMgb25lXG4gKiBtaXNzaW5nIHNhbXBsZSwgYW5kIHNvIGRvZXMgZWFjaCByZWFkaW5nIHRoZSBzaWRlY2FyIHJlcG9ydHMgaXQgZmFpbGVkIHRvIHRha2UgZHVyaW5nIHRoZSBydW5cbiAqICh0YXJnZXQgZ29uZSwgZW5kcG9pbnQgZG93bikuIEFuXG4gKiBhbnN3ZXIgd2l0aCBubyBuZXcgc2FtcGxlIHlldCBpcyBub3QgYSBnYXA6IHBvbGxzIGFuZCByZWFkaW5ncyBhcmUgbm90IGluIHN0ZXAuIE5ldmVyIHRocm93cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXIgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICB9XG59XG5cbi8qKiBUZWFyZG93bjogdGhlIG1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCwgTUIgcGVyIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkTWVtb3J5R3Jvd3RoKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKiogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZCkgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0gfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZykgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbmNvbnN0IE1FVFJJQ19OQU1FID0gL15bQS1aYS16X11bQS1aYS16MC05X10qJC87XG5jb25zdCBUQUdfUEFSVCA9IC9eW0EtWmEtejAtOV8uXFwtL10rJC87XG5jb25zdCBQRVJDRU5USUxFID0gL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghTUVUUklDX05BTUUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghVEFHX1BBUlQudGVzdChrZXkpIHx8ICFUQUdfUEFSVC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IFBFUkNFTlRJTEUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSkgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHsgdGhyZXNob2xkOiB0ZXh0LCBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSkgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5cy5tYXAoKF8sIGkpID0+IGkpLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKSA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9IDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShleGVjOiBzdHJpbmcsIHBlclNlY29uZDogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIsIHN0YXJ0VGltZSA9ICcwcycpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMSwgTWF0aC5jZWlsKHBlclNlY29uZCkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKGV4ZWM6IHN0cmluZywgc3RhcnRSYXRlOiBudW1iZXIsIG1heFJhdGU6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuaW1wb3J0IHsgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVjb3JkTWVtb3J5R3Jvd3RoLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IFNVTU1BUllfVFJFTkRfU1RBVFMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHsgYXNzZXJ0RGlzdGluY3QsIHBvb2wgfSBmcm9tICcuLi91c2Vycy9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB2dUlkQm91bmQsIHR5cGUgUm9sZSB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgeyBjbGVhblVwUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlQYXJ0cyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICBnYXRlczogR2F0ZVtdO1xuICAvKiogSG93IGxvbmcgdGhlIGxvYWQgcnVucywgc2Vjb25kczogdGhlIHJlc291cmNlcyBwb2xsZXIgcnVucyBhcyBsb25nLiAqL1xuICB3YWxsVGltZVM6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggdG9vIChzb2FrKS4gKi9cbiAgZ2F0ZU1lbW9yeUdyb3d0aD86IGJvb2xlYW47XG4gIC8qKiBDbGFzc2VzIHdob3NlIFZVcyBsb2cgaW4gYXMgcG9vbCBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QgY2hlY2tzIHRoZXNlKTsgZGVmYXVsdCBhbGwuICovXG4gIHJvbGVzPzogcmVhZG9ubHkgUm9sZVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5T3B0aW9ucyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICB0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHM7XG4gIHNldHVwVGltZW91dDogc3RyaW5nO1xuICBzdW1tYXJ5VHJlbmRTdGF0czogc3RyaW5nW107XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIHBhcnRzOiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHRvSzZUaHJlc2hvbGRzKGdhdGVzKSxcbiAgICAvLyBHZW5lcmF0aW9uIG9mIHNlZWQgY291cnNlcywgcGx1cyB0aGUga2VwdCBkYXRhc2V0J3Mgc2VlZGluZyB3aGVuIGEgcnVuIGhhcyB0byBtYWtlIGl0LlxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCkgKyAoY29uZmlnLmRhdGFzZXQuY291cnNlcyA+IDAgPyA2MDAgOiAwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gaGFzVXNlcnMoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiB7XG4gIGNvbnN0IHsgZXhlY3V0b3IsIHN0YXJ0VlVzLCBzdGFnZXMsIHZ1cyB9ID0gc2NlbmFyaW8gYXMgeyBleGVjdXRvcjogc3RyaW5nOyBzdGFydFZVcz86IG51bWJlcjsgc3RhZ2VzPzogeyB0YXJnZXQ6IG51bWJlciB9W107IHZ1cz86IG51bWJlciB9O1xuICBpZiAoZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHJldHVybiAoc3RhcnRWVXMgPz8gMCkgPiAwIHx8IChzdGFnZXMgPz8gW10pLnNvbWUoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQgPiAwKTtcbiAgaWYgKGV4ZWN1dG9yID09PSAnY29uc3RhbnQtdnVzJyB8fCBleGVjdXRvciA9PT0gJ3Blci12dS1pdGVyYXRpb25zJyB8fCBleGVjdXRvciA9PT0gJ3NoYXJlZC1pdGVyYXRpb25zJykgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogV2hhdCBvbmx5IHRoZSBlbmQgb2YgdGhlIHJ1biBrbm93cyAodGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgpLiBFbnRyaWVzIHdpdGggYSB0ZWFyZG93biBvZiB0aGVpciBvd24gY2FsbCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSByZWNvcmRNZW1vcnlHcm93dGgocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogazYncyB0ZWFyZG93bjogdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgsIGFuZCByZW1vdmluZyB3aGF0IHRoaXMgcnVuIGNyZWF0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gdGVhcmRvd24oZGF0YT86IFJ1bkRhdGEpOiB2b2lkIHtcbiAgcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTtcbiAgY2xlYW5VcFJ1bihydW5Db25maWcsIGRhdGEpO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEpO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKS5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKS5yZXBsYWNlKC88L2csICcmbHQ7JykucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvazogcmVzdWx0Lm9rLCBzdGF0LCBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLCB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHsgcmVxdWVzdHM6IHYuY291bnQgPz8gMCwgcDUwOiB2Lm1lZCA/PyBudWxsLCBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCwgcDk5OiB2WydwKDk5KSddID8/IG51bGwsIG1heDogdi5tYXggPz8gbnVsbCB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogQSBudW1iZXIgZm9yIHBlb3BsZTogbXMgd2l0aCBzZW5zaWJsZSBwcmVjaXNpb24sIHJhdGVzIGFzIHBlcmNlbnQsIGxhcmdlIGNvdW50cyBncm91cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFZhbHVlKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCB1bml0OiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSk6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSByZXR1cm4gJ24vYSc7XG4gIGlmICh1bml0ID09PSAncGVyY2VudCcpIHJldHVybiBgJHsodmFsdWUgKiAxMDApLnRvRml4ZWQoMil9JWA7XG4gIGlmICh1bml0ID09PSAnbXMnKSB7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSA2MF8wMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDEpfXNgO1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gMTAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMil9c2A7XG4gICAgcmV0dXJuIGAke3ZhbHVlLnRvRml4ZWQodmFsdWUgPCAxMCA/IDIgOiAxKX1tc2A7XG4gIH1cbiAgaWYgKHVuaXQgPT09ICdjb3VudCcpIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKS50b1N0cmluZygpLnJlcGxhY2UoL1xcQig/PShcXGR7M30pKyg/IVxcZCkpL2csICcsJyk7XG4gIHJldHVybiBNYXRoLmFicyh2YWx1ZSkgPj0gMWU2ID8gdmFsdWUudG9FeHBvbmVudGlhbCgzKSA6IFN0cmluZyhNYXRoLnJvdW5kKHZhbHVlICogMTAwMCkgLyAxMDAwKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY1ZhbHVlKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRyaWM6IHN0cmluZywgc3RhdDogc3RyaW5nKTogbnVtYmVyIHwgbnVsbCB7XG4gIGNvbnN0IHZhbHVlID0gZGF0YS5tZXRyaWNzPy5bbWV0cmljXT8udmFsdWVzPy5bc3RhdF07XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyB2YWx1ZSA6IG51bGw7XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc0xpbmUoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcge1xuICBjb25zdCBtZW1vcnkgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKTtcbiAgY29uc3QgY3B1ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpO1xuICBpZiAobWVtb3J5ID09PSBudWxsICYmIGNwdSA9PT0gbnVsbCkgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgbWlzc2luZyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMDtcbiAgY29uc3QgZ3Jvd3RoID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4Jyk7XG4gIHJldHVybiBbXG4gICAgYHNlcnZlciByZXNvdXJjZXM6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWS5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93blJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGAjIyBjb3Vyc2UtcGVyZiBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChvcHRpb25zLnNjZW5hcmlvKX1cXGA6ICR7ZmFpbGVkID09PSAwID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgIDogYOKdjCAke2ZhaWxlZH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoKHIpID0+IGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgXFxgJHtlc2NhcGVNYXJrZG93bkNlbGwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfVxcYCB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX0gfGApLFxuICBdO1xuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsICd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc0xpbmUoZGF0YSkpLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIG1ldHJpY1ZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIEVuZHBvaW50Um93LCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzIHtcbiAgc2NoZW1hX3ZlcnNpb246IG51bWJlcjtcbiAgcnVuOiBSdW5NZXRhICYgeyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbCB9O1xuICB2ZXJkaWN0OiAncGFzc2VkJyB8ICdmYWlsZWQnO1xuICB0aHJlc2hvbGRzOiB7IG1ldHJpYzogc3RyaW5nOyBleHByZXNzaW9uOiBzdHJpbmc7IG9rOiBib29sZWFuOyBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbCB9W107XG4gIGVuZHBvaW50czogRW5kcG9pbnRSb3dbXTtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIHJlc291cmNlczogeyBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDsgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsOyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7IHNhbXBsZXNfbWlzc2luZzogbnVtYmVyIH0gfCBudWxsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRhOiBSdW5NZXRhKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSA9PiAoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSk7XG4gIGNvbnN0IG1lYXN1cmVkID0gZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iIHx8IGRhdGEubWV0cmljcz8uc2VydmVyX2NwdV9wZXJjZW50O1xuICByZXR1cm4ge1xuICAgIHNjaGVtYV92ZXJzaW9uOiBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OLFxuICAgIHJ1bjogeyAuLi5tZXRhLCBkdXJhdGlvbl9tczogZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gbnVsbCB9LFxuICAgIHZlcmRpY3Q6IHRocmVzaG9sZHMuZXZlcnkoKHQpID0+IHQub2spID8gJ3Bhc3NlZCcgOiAnZmFpbGVkJyxcbiAgICB0aHJlc2hvbGRzLFxuICAgIGVuZHBvaW50czogZW5kcG9pbnRSb3dzKGRhdGEpLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIG1ldHJpY1ZhbHVlLCByZXNvdXJjZXNMaW5lLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoWydodHRwX3JlcXMnLCAnaHR0cF9yZXFfZHVyYXRpb24nLCAnaHR0cF9yZXFfYmxvY2tlZCcsICdodHRwX3JlcV9jb25uZWN0aW5nJywgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsICdodHRwX3JlcV9zZW5kaW5nJywgJ2h0dHBfcmVxX3dhaXRpbmcnLCAnaHR0cF9yZXFfcmVjZWl2aW5nJywgJ2h0dHBfcmVxX2ZhaWxlZCcsICdpdGVyYXRpb25zJywgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAndnVzJywgJ3Z1c19tYXgnLCAnZGF0YV9zZW50JywgJ2RhdGFfcmVjZWl2ZWQnLCAnY2hlY2tzJywgJ2dyb3VwX2R1cmF0aW9uJ10pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PiAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbiB9KTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKGMuYm9sZChgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWApKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gKSk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWApO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSkuZmlsdGVyKGlzQ3VzdG9tKS5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogeyBzY2VuYXJpbzogc3RyaW5nOyBwcm9maWxlPzogc3RyaW5nIH0pIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwgeyBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbywgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlIH0pIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgfSk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIEN1c3RvbSBtZXRyaWNzIGZvciB3aGF0IGs2J3MgYnVpbHQtaW5zIGNhbm5vdCBzYXkuIENyZWF0ZWQgb25jZSBhdCBpbml0IChrNiByZXF1aXJlcyBpdCkuXG5pbXBvcnQgeyBDb3VudGVyLCBSYXRlLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuXG4vKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uIHRpbWUgZnJvbSB0aGUgam9iJ3Mgb3duIHN0YXJ0ZWRfYXQvZmluaXNoZWRfYXQgKHNlcnZlciB2aWV3KS4gKi9cbmV4cG9ydCBjb25zdCBjaGFwdGVyR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiwgam9iIGNyZWF0ZWQgLT4gZmluaXNoZWQsIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiBhcyB0aGUgcG9sbGluZyB1c2VyIHNhdyBpdDogcmVxdWVzdCBhY2NlcHRlZCAtPiBjb21wbGV0ZWQgc2Vlbi4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fb2JzZXJ2ZWRfbXMnLCB0cnVlKTtcbi8qKiBHZW5lcmF0aW9uIGpvYnMgdGhhdCBmYWlsZWQgb3IgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmV4cG9ydCBjb25zdCBnZW5lcmF0aW9uRmFpbGVkID0gbmV3IFJhdGUoJ2dlbmVyYXRpb25fZmFpbGVkJyk7XG4vKiogQ291cnNlcyB0aGUgcGxhdGZvcm0gYWNrbm93bGVkZ2VkIGNyZWF0aW5nICgyMDEpLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZXNDcmVhdGVkID0gbmV3IENvdW50ZXIoJ2NvdXJzZXNfY3JlYXRlZCcpO1xuLyoqIFdob2xlIHdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCBjb21wbGV0ZWQgZXZlcnkgc3RlcCwgdGFnZ2VkIGJ5IHdvcmtmbG93LiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93U3VjY2VzcyA9IG5ldyBSYXRlKCd3b3JrZmxvd19zdWNjZXNzJyk7XG4vKiogV29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IHRocmV3IChhIHNjcmlwdCBidWcgb3IgYSBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dFcnJvcnMgPSBuZXcgQ291bnRlcignd29ya2Zsb3dfZXJyb3JzJyk7XG4iLCAiLy8gUnVucyBvbmUgd29ya2Zsb3cgaXRlcmF0aW9uIGFuZCByZWNvcmRzIGl0cyBvdXRjb21lLiBBIHdvcmtmbG93IHRoYXQgdGhyb3dzIChhIHNjcmlwdCBidWcsIGFcbi8vIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKSBpcyBhIGZhaWxlZCBpdGVyYXRpb24gdGhhdCBjb3VudHMgYWdhaW5zdCB0aGUgdGhyZXNob2xkcyBpbnN0ZWFkXG4vLyBvZiBhbiBleGNlcHRpb24gazYgb25seSBsb2dzLlxuaW1wb3J0IHsgd29ya2Zsb3dFcnJvcnMsIHdvcmtmbG93U3VjY2VzcyB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgdHlwZSB7IENvbnRleHQsIFdvcmtmbG93IH0gZnJvbSAnLi93b3JrZmxvd3MudHMnO1xuXG5jb25zdCBNQVhfTE9HR0VEX0VSUk9SUyA9IDU7XG5sZXQgbG9nZ2VkRXJyb3JzID0gMDtcblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bldvcmtmbG93KG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93LCBjdHg6IENvbnRleHQpOiB2b2lkIHtcbiAgY29uc3QgdGFncyA9IHsgd29ya2Zsb3c6IG5hbWUgfTtcbiAgdHJ5IHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKHdvcmtmbG93KGN0eCksIHRhZ3MpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQoZmFsc2UsIHRhZ3MpO1xuICAgIHdvcmtmbG93RXJyb3JzLmFkZCgxLCB0YWdzKTtcbiAgICBpZiAobG9nZ2VkRXJyb3JzKysgPCBNQVhfTE9HR0VEX0VSUk9SUykge1xuICAgICAgY29uc29sZS5lcnJvcihgd29ya2Zsb3cgXCIke25hbWV9XCIgdGhyZXc6ICR7ZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IChlcnJvci5zdGFjayA/PyBlcnJvci5tZXNzYWdlKSA6IFN0cmluZyhlcnJvcil9YCk7XG4gICAgfVxuICB9XG59XG4iLCAiLy8gV2hhdCBlYWNoIGtpbmQgb2YgdXNlciBkb2VzIGluIG9uZSBpdGVyYXRpb24uIFNjZW5hcmlvcyBvbmx5IGNob29zZSB3aG8gcnVucyBhbmQgaG93IG9mdGVuO1xuLy8gbm8gc2NlbmFyaW8gcmUtaW1wbGVtZW50cyB0aGVzZS4gRXZlcnkgd29ya2Zsb3cgcmV0dXJucyB3aGV0aGVyIGFsbCBvZiBpdHMgc3RlcHMgc3VjY2VlZGVkLlxuaW1wb3J0IHsgZ3JvdXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIEV4cG9ydEZvcm1hdCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBnZW5lcmF0ZUFuZFdhaXQgfSBmcm9tICcuL2dlbmVyYXRpb24udHMnO1xuaW1wb3J0IHsgY291cnNlc0NyZWF0ZWQgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgcGlja09uZSwgcGlja1dlaWdodGVkLCB0aGluayB9IGZyb20gJy4vcGFjaW5nLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IG93bkNvdXJzZXMsIHVzZXJDbGllbnQgfSBmcm9tICcuLi91c2Vycy9zZXNzaW9uLnRzJztcbmltcG9ydCB7IGlzTGVmdG92ZXIgfSBmcm9tICcuLi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBDb250ZXh0IHtcbiAgY29uZmlnOiBDb25maWc7XG4gIGRhdGE6IFJ1bkRhdGE7XG59XG5cbmV4cG9ydCB0eXBlIFdvcmtmbG93ID0gKGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxuLyoqIFRoaXMgVlUncyBjbGllbnQgZm9yIGEgY2xhc3M6IGxvZ2dlZCBpbiBhcyBpdHMgb3duIGFjY291bnQgKGxpYi91c2Vycy9zZXNzaW9uLnRzKS4gKi9cbmZ1bmN0aW9uIGNsaWVudEZvcihjdHg6IENvbnRleHQsIHJvbGU6ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHVzZXJDbGllbnQoY3R4LmNvbmZpZywgY3R4LmRhdGEsIHJvbGUpO1xufVxuXG4vKiogQSB0aXRsZSB1bmlxdWUgdG8gdGhpcyBydW4sIFZVIGFuZCBpdGVyYXRpb24sIHNvIGNvbmN1cnJlbnQgdXNlcnMgbmV2ZXIgY29sbGlkZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmlxdWVUaXRsZShraW5kOiBzdHJpbmcsIGN0eDogQ29udGV4dCk6IHN0cmluZyB7XG4gIHJldHVybiBgcGVyZi0ke2tpbmR9ICR7Y3R4LmRhdGEucnVuSWR9IHZ1JHtleGVjLnZ1LmlkSW5UZXN0fSBpdCR7ZXhlYy52dS5pdGVyYXRpb25JblNjZW5hcmlvfWA7XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5cbi8qKiBSZWFkcyBhIGNvdXJzZSBhbmQgb25lIG9mIGl0cyBnZW5lcmF0ZWQgY2hhcHRlcnMuICovXG5mdW5jdGlvbiByZWFkQ291cnNlKGNsaWVudDogQXBpQ2xpZW50LCBpZDogSWQpOiBib29sZWFuIHtcbiAgY29uc3QgY291cnNlID0gY2xpZW50LmdldENvdXJzZShpZCk7XG4gIGlmICghY291cnNlLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gKGNvdXJzZS5ib2R5LmNoYXB0ZXJzID8/IFtdKS5maWx0ZXIoKGMpID0+IGMuc3RhdHVzID09PSAnY29tcGxldGVkJyk7XG4gIGNvbnN0IGNoYXB0ZXIgPSBwaWNrT25lKGdlbmVyYXRlZCk7XG4gIHJldHVybiBjaGFwdGVyID09PSB1bmRlZmluZWQgfHwgY2xpZW50LmdldENoYXB0ZXIoaWQsIGNoYXB0ZXIuaW5kZXgpLm9rO1xufVxuXG50eXBlIFJlZ3VsYXJUYXNrID0gKGNsaWVudDogQXBpQ2xpZW50LCBjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmNvbnN0IHJlZ3VsYXJUYXNrczogeyB3ZWlnaHQ6IG51bWJlcjsgdGFzazogUmVndWxhclRhc2sgfVtdID0gW1xuICB7IHdlaWdodDogNSwgdGFzazogKGNsaWVudCkgPT4gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwLCBvZmZzZXQ6IE1hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDMpICogMjAgfSkub2sgfSxcbiAge1xuICAgIHdlaWdodDogNCxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIC8vIE9ubHkgdGhlIHVzZXIncyBvd24gY291cnNlcywgc3ByZWFkIG92ZXIgdGhlaXIgd2hvbGUgZGF0YXNldDogcGVyLXVzZXIgaXNvbGF0aW9uIGlzIHBhcnQgb2Ygd2hhdCBpcyBtZWFzdXJlZC5cbiAgICAgIGNvbnN0IGlkID0gcGlja09uZShvd25Db3Vyc2VzKGN0eC5jb25maWcsIGN0eC5kYXRhLCAncmVndWxhcicpKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSwgdG9waWM6ICdhbGdlYnJhJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgICAgY29uc3QgcmVhZEJhY2sgPSBjbGllbnQuZ2V0Q291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgICByZXR1cm4gcmVhZEJhY2sgJiYgY2xpZW50LmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgIH0sXG4gIH0sXG5dO1xuXG4vKiogQnJvd3NlcyB0aGUgY291cnNlIGxpc3QsIG9wZW5zIGNvdXJzZXMgYW5kIHJlYWRzIGNoYXB0ZXJzOyBub3cgYW5kIHRoZW4gY3JlYXRlcyBvbmUuICovXG5leHBvcnQgY29uc3QgcmVndWxhclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3JlZ3VsYXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAncmVndWxhcicpO1xuICAgIGlmICghY2xpZW50KSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgZm9yIChsZXQgc3RlcCA9IDA7IHN0ZXAgPCAzOyBzdGVwKyspIHtcbiAgICAgIG9rID0gcGlja1dlaWdodGVkKHJlZ3VsYXJUYXNrcykoY2xpZW50LCBjdHgpICYmIG9rO1xuICAgICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIENyZWF0ZXMgYSBjb3Vyc2UsIGdlbmVyYXRlcyBpdCwgZm9sbG93cyB0aGUgam9iLCByZWFkcyBhbmQgZXhwb3J0cyB0aGUgcmVzdWx0LCB0aGVuIGRlbGV0ZXMgaXQuICovXG5leHBvcnQgY29uc3QgcG93ZXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdwb3dlciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogdW5pcXVlVGl0bGUoJ3Bvd2VyJywgY3R4KSxcbiAgICAgIHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcycsXG4gICAgICBsZXZlbDogJ2FkdmFuY2VkJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IGNvbmZpZy5jaGFwdGVyc1BlckNvdXJzZSxcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgbGV0IG9rID0gY2xpZW50LnVwZGF0ZUNvdXJzZShpZCwgeyB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMsIHJldmlzZWQnIH0pLm9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMsICgpID0+IGNsaWVudEZvcihjdHgsICdwb3dlcicpKTtcbiAgICBvayA9IGdlbmVyYXRpb24uY29tcGxldGVkICYmIG9rO1xuICAgIC8vIFRoZSBzZXNzaW9uIG1heSBoYXZlIGxvZ2dlZCBpbiBhZ2FpbiB3aGlsZSB3YWl0aW5nOiBnbyBvbiB3aXRoIGl0cyBjdXJyZW50IGNsaWVudC5cbiAgICBjb25zdCBhZnRlciA9IGNsaWVudEZvcihjdHgsICdwb3dlcicpO1xuICAgIGlmICghYWZ0ZXIpIHJldHVybiBmYWxzZTtcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gcmVhZENvdXJzZShhZnRlciwgaWQpICYmIG9rO1xuICAgICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgICAgb2sgPSBhZnRlci5leHBvcnRDb3Vyc2UoaWQsIHBpY2tPbmUoRVhQT1JUX0ZPUk1BVFMpID8/ICdqc29uJykub2sgJiYgb2s7XG4gICAgfVxuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICByZXR1cm4gYWZ0ZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG5cbi8qKiBXYXRjaGVzIHRoZSBzeXN0ZW06IHN0YXRzLCB0aGUgam9iIGxpc3QsIHRoZSB1c2VyIGxpc3QsIGFuZCByZW1vdmVzIGNvdXJzZXMgZWFybGllciBydW5zIGxlZnQgYmVoaW5kLiAqL1xuZXhwb3J0IGNvbnN0IGFkbWluVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnYWRtaW4gdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAnYWRtaW4nKTtcbiAgICBpZiAoIWNsaWVudCkgcmV0dXJuIGZhbHNlO1xuICAgIGxldCBvayA9IGNsaWVudC5hZG1pblN0YXRzKCkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pbkpvYnMoMjApLm9rICYmIG9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Vc2VycygpLm9rICYmIG9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgLy8gTGVmdG92ZXJzIG9mIGludGVycnVwdGVkIHJ1bnM6IHRpdGxlcyBvZiBvdGhlciBydW5zIG9ubHksIG5ldmVyIHRoaXMgcnVuJ3MgbGl2ZSBjb3Vyc2VzLlxuICAgIGNvbnN0IGxlZnRvdmVycyA9IGNsaWVudC5saXN0Q291cnNlcyh7IHE6ICdwZXJmLScsIGxpbWl0OiAyMCB9KS5ib2R5Py5pdGVtcyA/PyBbXTtcbiAgICBmb3IgKGNvbnN0IGNvdXJzZSBvZiBsZWZ0b3ZlcnMuZmlsdGVyKChjKSA9PiBpc0xlZnRvdmVyKGMudGl0bGUsIGN0eC5kYXRhLnJ1bklkLCBmYWxzZSkpLnNsaWNlKDAsIDUpKSB7XG4gICAgICBvayA9IGNsaWVudC5kZWxldGVDb3Vyc2UoY291cnNlLmlkKS5vayAmJiBvaztcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIEV2ZXJ5IGVuZHBvaW50IGF0IGxlYXN0IG9uY2U6IHRoZSBzbW9rZSBjaGVjay4gKi9cbmV4cG9ydCBjb25zdCBldmVyeUVuZHBvaW50OiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdldmVyeSBlbmRwb2ludCcsICgpID0+IHtcbiAgICBjb25zdCB7IGNvbmZpZyB9ID0gY3R4O1xuICAgIGNvbnN0IHVzZXIgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBjb25zdCBhZG1pbiA9IGNsaWVudEZvcihjdHgsICdhZG1pbicpO1xuICAgIGlmICghdXNlciB8fCAhYWRtaW4pIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSB1c2VyLmhlYWx0aCgpLm9rO1xuICAgIG9rID0gdXNlci5saXN0Q291cnNlcyh7IGxpbWl0OiA1IH0pLm9rICYmIG9rO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSB1c2VyLmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiB1bmlxdWVUaXRsZSgnc21va2UnLCBjdHgpLCB0b3BpYzogJ3Ntb2tlIHRlc3RpbmcnLCBsZXZlbDogJ2ludGVybWVkaWF0ZScsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgb2sgPSB1c2VyLmdldENvdXJzZShpZCkub2sgJiYgb2s7XG4gICAgb2sgPSB1c2VyLnVwZGF0ZUNvdXJzZShpZCwgeyB0aXRsZTogYCR7Y3JlYXRlZC5ib2R5LnRpdGxlfSAoZWRpdGVkKWAgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdCh1c2VyLCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHVzZXIuZ2V0Q2hhcHRlcihpZCwgZ2VuZXJhdGlvbi5qb2I/LmNoYXB0ZXJzWzBdPy5pbmRleCA/PyAwKS5vayAmJiBvaztcbiAgICAgIGZvciAoY29uc3QgZm9ybWF0IG9mIEVYUE9SVF9GT1JNQVRTKSBvayA9IHVzZXIuZXhwb3J0Q291cnNlKGlkLCBmb3JtYXQpLm9rICYmIG9rO1xuICAgIH1cbiAgICBvayA9IGFkbWluLmFkbWluU3RhdHMoKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluSm9icygxMCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgcmV0dXJuIHVzZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG4iLCAiLy8gU3RhcnRpbmcgYSBjb3Vyc2UncyBnZW5lcmF0aW9uIGFuZCBmb2xsb3dpbmcgaXRzIGpvYiB0byB0aGUgZW5kLCByZWNvcmRpbmcgaG93IGxvbmcgaXQgdG9va1xuLy8gZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKHRoZSBzZXJ2ZXIncyB2aWV3KSBhbmQgZnJvbSB0aGUgcG9sbGVyJ3MgKHRoZSB1c2VyJ3MgdmlldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBJZCwgSm9iIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgY2hhcHRlckdlbmVyYXRpb25NcywgY291cnNlR2VuZXJhdGlvbk1zLCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcywgZ2VuZXJhdGlvbkZhaWxlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb21wbGV0ZWQ6IGJvb2xlYW47XG4gIGpvYjogSm9iIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBtaWxsaXNCZXR3ZWVuKGZyb206IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQsIHRvOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFmcm9tIHx8ICF0bykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbXMgPSBEYXRlLnBhcnNlKHRvKSAtIERhdGUucGFyc2UoZnJvbSk7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpICYmIG1zID49IDAgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcmVjb3JkSm9iVGltZXMoam9iOiBKb2IpOiB2b2lkIHtcbiAgZm9yIChjb25zdCBjaGFwdGVyIG9mIGpvYi5jaGFwdGVycykge1xuICAgIGNvbnN0IG1zID0gY2hhcHRlci5kdXJhdGlvbl9tcyA/PyBtaWxsaXNCZXR3ZWVuKGNoYXB0ZXIuc3RhcnRlZF9hdCwgY2hhcHRlci5maW5pc2hlZF9hdCk7XG4gICAgaWYgKHR5cGVvZiBtcyA9PT0gJ251bWJlcicgJiYgY2hhcHRlci5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBjaGFwdGVyR2VuZXJhdGlvbk1zLmFkZChtcyk7XG4gIH1cbiAgY29uc3QgdG90YWwgPSBtaWxsaXNCZXR3ZWVuKGpvYi5jcmVhdGVkX2F0LCBqb2IuZmluaXNoZWRfYXQpO1xuICBpZiAodG90YWwgIT09IHVuZGVmaW5lZCkgY291cnNlR2VuZXJhdGlvbk1zLmFkZCh0b3RhbCk7XG59XG5cbi8qKlxuICogU3RhcnRzIGdlbmVyYXRpb24gYW5kIHBvbGxzIHRoZSBqb2IgdW50aWwgaXQgY29tcGxldGVzLCBmYWlscywgb3IgYHRpbWVvdXRTYCBwYXNzZXMuIGBjdXJyZW50YFxuICogZ2l2ZXMgdGhlIGNsaWVudCBmb3IgZWFjaCBwb2xsLCBzbyBhIHVzZXIgd2hvc2UgdG9rZW4gZXhwaXJlcyB3aGlsZSB3YWl0aW5nIGxvZ3MgaW4gYWdhaW47IGl0XG4gKiBzdG9wcyB3YWl0aW5nIHdoZW4gdGhlcmUgaXMgbm9uZSAodGhlIGxvZ2luIGZhaWxlZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50OiBBcGlDbGllbnQsIGNvdXJzZUlkOiBJZCwgcG9sbEludGVydmFsUzogbnVtYmVyLCB0aW1lb3V0UzogbnVtYmVyLCBjdXJyZW50OiAoKSA9PiBBcGlDbGllbnQgfCB1bmRlZmluZWQgPSAoKSA9PiBjbGllbnQpOiBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbnN0IGFjY2VwdGVkID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZUlkKTtcbiAgaWYgKCFhY2NlcHRlZC5ib2R5KSB7XG4gICAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQodHJ1ZSk7XG4gICAgcmV0dXJuIHsgY29tcGxldGVkOiBmYWxzZSwgam9iOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBzdGFydGVkICsgdGltZW91dFMgKiAxMDAwO1xuICBsZXQgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBzbGVlcChwb2xsSW50ZXJ2YWxTKTtcbiAgICBjb25zdCBwb2xsZXIgPSBjdXJyZW50KCk7XG4gICAgaWYgKCFwb2xsZXIpIGJyZWFrO1xuICAgIGNvbnN0IHBvbGxlZCA9IHBvbGxlci5nZXRKb2IoYWNjZXB0ZWQuYm9keS5qb2JfaWQpO1xuICAgIGlmICghcG9sbGVkLmJvZHkpIGNvbnRpbnVlO1xuICAgIGpvYiA9IHBvbGxlZC5ib2R5O1xuICAgIGlmIChqb2Iuc3RhdHVzID09PSAnY29tcGxldGVkJyB8fCBqb2Iuc3RhdHVzID09PSAnZmFpbGVkJykgYnJlYWs7XG4gIH1cbiAgY29uc3QgY29tcGxldGVkID0gam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnO1xuICBnZW5lcmF0aW9uRmFpbGVkLmFkZCghY29tcGxldGVkKTtcbiAgaWYgKGNvbXBsZXRlZCAmJiBqb2IpIHtcbiAgICBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcy5hZGQoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpO1xuICAgIHJlY29yZEpvYlRpbWVzKGpvYik7XG4gIH1cbiAgcmV0dXJuIHsgY29tcGxldGVkLCBqb2IgfTtcbn1cbiIsICIvLyBIb3cgc2ltdWxhdGVkIHVzZXJzIHBhY2UgdGhlbXNlbHZlcyBhbmQgY2hvb3NlIHdoYXQgdG8gZG8gbmV4dC5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuXG4vKiogU2xlZXBzIGEgdW5pZm9ybWx5IGRyYXduIHRoaW5rIHRpbWUgaW4gW21pbiwgbWF4XSBzZWNvbmRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRoaW5rKHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9KTogdm9pZCB7XG4gIGNvbnN0IHNlY29uZHMgPSByYW5nZS5taW4gKyBNYXRoLnJhbmRvbSgpICogKHJhbmdlLm1heCAtIHJhbmdlLm1pbik7XG4gIGlmIChzZWNvbmRzID4gMCkgc2xlZXAoc2Vjb25kcyk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2VpZ2h0ZWRUYXNrPFQ+IHtcbiAgd2VpZ2h0OiBudW1iZXI7XG4gIHRhc2s6IFQ7XG59XG5cbi8qKiBQaWNrcyBvbmUgdGFzayB3aXRoIHByb2JhYmlsaXR5IHByb3BvcnRpb25hbCB0byBpdHMgd2VpZ2h0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tXZWlnaHRlZDxUPih0YXNrczogcmVhZG9ubHkgV2VpZ2h0ZWRUYXNrPFQ+W10sIHJhbmRvbTogbnVtYmVyID0gTWF0aC5yYW5kb20oKSk6IFQge1xuICBjb25zdCB0b3RhbCA9IHRhc2tzLnJlZHVjZSgoc3VtLCB0KSA9PiBzdW0gKyB0LndlaWdodCwgMCk7XG4gIGxldCBwb2ludCA9IHJhbmRvbSAqIHRvdGFsO1xuICBmb3IgKGNvbnN0IHQgb2YgdGFza3MpIHtcbiAgICBwb2ludCAtPSB0LndlaWdodDtcbiAgICBpZiAocG9pbnQgPCAwKSByZXR1cm4gdC50YXNrO1xuICB9XG4gIHJldHVybiB0YXNrc1t0YXNrcy5sZW5ndGggLSAxXSEudGFzaztcbn1cblxuLyoqIFBpY2tzIG9uZSBlbGVtZW50IHVuaWZvcm1seS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrT25lPFQ+KGl0ZW1zOiByZWFkb25seSBUW10pOiBUIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGl0ZW1zLmxlbmd0aCA9PT0gMCA/IHVuZGVmaW5lZCA6IGl0ZW1zW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGl0ZW1zLmxlbmd0aCldO1xufVxuIiwgIi8vIEVhY2ggVlUgaXMgaXRzIG93biB1c2VyOiBpdCBsb2dzIGluIGFzIGl0cyBhY2NvdW50IG9mIGEgY2xhc3Mgb24gZmlyc3QgdXNlICh0aW1lZCB1bmRlciBsb2FkIGFzXG4vLyBlbmRwb2ludDpsb2dpbiwgc28gYSBsb2dpbiBzdG9ybSBhdCByYW1wLXVwIGlzIG1lYXN1cmVkKSwga2VlcHMgdGhlIHRva2VuLCBhbmQgbG9ncyBpbiBhZ2FpblxuLy8gd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxIG9yIHRoZSB0b2tlbiBpcyBhYm91dCB0byBleHBpcmUgKGNvdW50ZWQgaW4gYHJlbG9naW5zYCkuXG4vLyBDaGVja2VkIG9uY2UgcGVyIHdvcmtmbG93IHN0ZXAsIG5ldmVyIHBlciByZXF1ZXN0LlxuaW1wb3J0IHsgQ291bnRlciB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgYWNjb3VudE9mVnUsIHBvb2wgfSBmcm9tICcuL3Bvb2wudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgdHlwZSB7IFJ1bkRhdGEgfSBmcm9tICcuL3NldHVwLnRzJztcblxuLyoqIExvZ2lucyBhZnRlciBhIFZVJ3MgZmlyc3Q6IGl0cyB0b2tlbiBleHBpcmVkIG9yIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDEuICovXG5leHBvcnQgY29uc3QgcmVsb2dpbnMgPSBuZXcgQ291bnRlcigncmVsb2dpbnMnKTtcblxuaW50ZXJmYWNlIFNlc3Npb24ge1xuICBjbGllbnQ6IEFwaUNsaWVudDtcbiAgLyoqIFdoZW4gdG8gbG9nIGluIGFnYWluIGJlZm9yZSB0aGUgdG9rZW4gZXhwaXJlcywgbXMgc2luY2UgdGhlIGVwb2NoLiAqL1xuICByZW5ld0F0OiBudW1iZXI7XG4gIC8qKiBUaGUgYWNjb3VudCdzIGtlcHQgZGF0YXNldCBjb3Vyc2VzLCByZWFkIG9uIGZpcnN0IG5lZWQuICovXG4gIGNvdXJzZXM6IElkW10gfCB1bmRlZmluZWQ7XG59XG5cbmNvbnN0IHNlc3Npb25zOiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBTZXNzaW9uPj4gPSB7fTtcbmxldCBhbm9ueW1vdXM6IEFwaUNsaWVudCB8IHVuZGVmaW5lZDtcblxuLyoqIFJlbmV3IHRoaXMgbG9uZyBiZWZvcmUgZXhwaXJ5OiBhIHRlbnRoIG9mIHRoZSB0b2tlbidzIGxpZmUsIGF0IG1vc3QgMzAgcy4gKi9cbmNvbnN0IHJlbmV3TWFyZ2luUyA9ICh0dGxTOiBudW1iZXIpID0+IE1hdGgubWluKDMwLCB0dGxTIC8gMTApO1xuXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBhY2NvdW50ID0gYWNjb3VudE9mVnUocG9vbCwgcm9sZSwgZGF0YS5jbGFzc1Bhc3N3b3Jkcz8uW3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZCk7XG4gIGlmICghYWNjb3VudCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgYW5vbnltb3VzID8/PSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCBhbnN3ZXIgPSBhbm9ueW1vdXMubG9naW4oYWNjb3VudC5lbWFpbCwgYWNjb3VudC5wYXNzd29yZCkuYm9keTtcbiAgaWYgKCFhbnN3ZXIpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHR0bFMgPSB0eXBlb2YgYW5zd2VyLmV4cGlyZXNfaW4gPT09ICdudW1iZXInICYmIGFuc3dlci5leHBpcmVzX2luID4gMCA/IGFuc3dlci5leHBpcmVzX2luIDogMzYwMDtcbiAgcmV0dXJuIHsgY2xpZW50OiBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMsIGFuc3dlci5hY2Nlc3NfdG9rZW4pLCByZW5ld0F0OiBEYXRlLm5vdygpICsgKHR0bFMgLSByZW5ld01hcmdpblModHRsUykpICogMTAwMCwgY291cnNlczogdW5kZWZpbmVkIH07XG59XG5cbmZ1bmN0aW9uIHNlc3Npb24oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBTZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgY3VycmVudCA9IHNlc3Npb25zW3JvbGVdO1xuICBpZiAoY3VycmVudCAmJiAhY3VycmVudC5jbGllbnQudW5hdXRob3JpemVkICYmIERhdGUubm93KCkgPCBjdXJyZW50LnJlbmV3QXQpIHJldHVybiBjdXJyZW50O1xuICBpZiAoY3VycmVudCkgcmVsb2dpbnMuYWRkKDEsIHsgcm9sZSB9KTtcbiAgY29uc3QgbmV4dCA9IGxvZ2luKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIC8vIEEgZmFpbGVkIGxvZ2luIGxlYXZlcyBubyBzZXNzaW9uOiB0aGUgc3RlcCBmYWlscywgYW5kIHRoZSBuZXh0IG9uZSB0cmllcyBhZ2Fpbi5cbiAgaWYgKG5leHQgJiYgY3VycmVudCkgbmV4dC5jb3Vyc2VzID0gY3VycmVudC5jb3Vyc2VzO1xuICBzZXNzaW9uc1tyb2xlXSA9IG5leHQ7XG4gIHJldHVybiBuZXh0O1xufVxuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzcywgbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudDsgdW5kZWZpbmVkIHdoZW4gdGhlIGxvZ2luIGZhaWxlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1c2VyQ2xpZW50KGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHNlc3Npb24oY29uZmlnLCBkYXRhLCByb2xlKT8uY2xpZW50O1xufVxuXG4vKiogSWRzIG9mIHRoaXMgVlUncyBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMgKGEgbGlzdCByZXF1ZXN0IG9uIGZpcnN0IG5lZWQpLCBmb3IgcmVhZHMuICovXG5leHBvcnQgZnVuY3Rpb24gb3duQ291cnNlcyhjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IElkW10ge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpO1xuICBpZiAoIWN1cnJlbnQpIHJldHVybiBbXTtcbiAgaWYgKCFjdXJyZW50LmNvdXJzZXMpIHtcbiAgICBjb25zdCBsaXN0ID0gY3VycmVudC5jbGllbnQubGlzdENvdXJzZXMoeyBxOiBEQVRBU0VUX1RJVExFLCBsaW1pdDogMTAwIH0pLmJvZHk7XG4gICAgaWYgKCFsaXN0KSByZXR1cm4gW107XG4gICAgY3VycmVudC5jb3Vyc2VzID0gbGlzdC5pdGVtcy5tYXAoKGNvdXJzZSkgPT4gY291cnNlLmlkKTtcbiAgfVxuICByZXR1cm4gY3VycmVudC5jb3Vyc2VzO1xufVxuIiwgIi8vIFRoZSBtaXhlZCB1c2VyIHBvcHVsYXRpb24gc2hhcmVkIGJ5IGxvYWQsIHJhbXAtdXAgYW5kIHNvYWs6IG9uZSBrNiBzY2VuYXJpbyBhbmQgb25lIGV4ZWNcbi8vIGZ1bmN0aW9uIHBlciB1c2VyIGNsYXNzLiBFbnRyaWVzIHJlLWV4cG9ydCB0aGUgZXhlYyBmdW5jdGlvbnMsIGFzIGs2IGxvb2tzIHRoZW0gdXAgYnkgbmFtZSBpblxuLy8gdGhlIGVudHJ5IG1vZHVsZS5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBydW5Xb3JrZmxvdyB9IGZyb20gJy4vcnVuLXdvcmtmbG93LnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IHNwbGl0VXNlcnMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBhZG1pblVzZXIsIHBvd2VyVXNlciwgcmVndWxhclVzZXIsIHR5cGUgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbi8qKiBTY2VuYXJpb3MgZm9yIHRoZSB0aHJlZSBjbGFzc2VzLCBzcGxpdHRpbmcgYHRvdGFsVXNlcnNgIGJ5IGBjb25maWcud2VpZ2h0c2AsIGVhY2ggaW4gdGhlIGdpdmVuIHNoYXBlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25TY2VuYXJpb3MoY29uZmlnOiBDb25maWcsIHRvdGFsVXNlcnM6IG51bWJlciwgc2hhcGU6IChleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyKSA9PiBTY2VuYXJpbyk6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPiB7XG4gIGNvbnN0IHVzZXJzID0gc3BsaXRVc2Vycyh0b3RhbFVzZXJzLCBjb25maWcud2VpZ2h0cyk7XG4gIHJldHVybiB7XG4gICAgcmVndWxhcl91c2Vyczogc2hhcGUoJ3JlZ3VsYXJVc2VycycsIHVzZXJzLnJlZ3VsYXIpLFxuICAgIHBvd2VyX3VzZXJzOiBzaGFwZSgncG93ZXJVc2VycycsIHVzZXJzLnBvd2VyKSxcbiAgICBhZG1pbl91c2Vyczogc2hhcGUoJ2FkbWluVXNlcnMnLCB1c2Vycy5hZG1pbiksXG4gIH07XG59XG5cbi8qKiBUaGUgZXhlYyBmdW5jdGlvbnMgdGhvc2Ugc2NlbmFyaW9zIG5hbWU7IGBiZWZvcmVFYWNoYCBydW5zIGZpcnN0IGluIGV2ZXJ5IGl0ZXJhdGlvbiAoZS5nLiBzZXR0aW5nIHRoZSBwaGFzZSB0YWcpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvcHVsYXRpb25FeGVjcyhjb25maWc6IENvbmZpZywgYmVmb3JlRWFjaDogKCkgPT4gdm9pZCA9ICgpID0+IHVuZGVmaW5lZCkge1xuICBjb25zdCBleGVjID0gKG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93KSA9PiAoZGF0YTogUnVuRGF0YSk6IHZvaWQgPT4ge1xuICAgIGJlZm9yZUVhY2goKTtcbiAgICBydW5Xb3JrZmxvdyhuYW1lLCB3b3JrZmxvdywgeyBjb25maWcsIGRhdGEgfSk7XG4gIH07XG4gIHJldHVybiB7IHJlZ3VsYXJVc2VyczogZXhlYygncmVndWxhcicsIHJlZ3VsYXJVc2VyKSwgcG93ZXJVc2VyczogZXhlYygncG93ZXInLCBwb3dlclVzZXIpLCBhZG1pblVzZXJzOiBleGVjKCdhZG1pbicsIGFkbWluVXNlcikgfTtcbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB0eXBlIHsgR2F0ZSB9IGZyb20gJy4vZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBUYXJnZXRzIH0gZnJvbSAnLi90YXJnZXRzLnRzJztcblxuY29uc3QgYXBpID0geyBzY29wZTogQVBJX1NDT1BFIH07XG5cbmZ1bmN0aW9uIGVuZHBvaW50UDk1KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2hlYWx0aCcpIHJldHVybiB0YXJnZXRzLmhlYWx0aFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdjb3Vyc2VfZXhwb3J0JykgcmV0dXJuIHRhcmdldHMuZXhwb3J0UDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogeyBlbmRwb2ludCB9LCBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dIH0sXG4gIF0pO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cbiIsICIvLyBUaGUgbWFpbiBqb2I6IHJlZ3VsYXIsIHBvd2VyIGFuZCBhZG1pbiB1c2VycyBpbiBwYXJhbGxlbCAoNzAvMjAvMTAgJSBvZiB0aGUgVlVzIGJ5IGRlZmF1bHQpLFxuLy8gcmFtcGluZyB1cCB0byBQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTLCBob2xkaW5nIGZvciBQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OLCByYW1waW5nXG4vLyBkb3duLCBhZ2FpbnN0IHRoZSBmdWxsIHRocmVzaG9sZCBzZXQuIGBrNiBydW4gLWUgQkFTRV9VUkw9Li4uIGRpc3QvbG9hZC5qc2AuXG5pbXBvcnQgeyBBcGlDbGllbnQgfSBmcm9tICcuLi9saWIvaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgRU5EUE9JTlRTIH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IGd1YXJkZWRDb25maWcgfSBmcm9tICcuLi9saWIvY29uZmlnL2Vudi50cyc7XG5pbXBvcnQgeyBwcmVwYXJlUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi9saWIvdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5pbXBvcnQgeyBtYWtlSGFuZGxlU3VtbWFyeSB9IGZyb20gJy4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMnO1xuaW1wb3J0IHsgY29uc3RhbnRSYXRlLCByYW1waW5nRHVyYXRpb25TLCByYW1waW5nVXNlcnMgfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgcG9wdWxhdGlvbkV4ZWNzLCBwb3B1bGF0aW9uU2NlbmFyaW9zIH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9wb3B1bGF0aW9uLnRzJztcbmltcG9ydCB7IGFib3J0R2F0ZXMsIGVycm9yR2F0ZXMsIGdlbmVyYXRpb25HYXRlcywgbGF0ZW5jeUdhdGVzLCBzdWNjZXNzR2F0ZXMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2dhdGVzLnRzJztcblxuY29uc3QgY29uZmlnID0gZ3VhcmRlZENvbmZpZygnbG9hZCcpO1xuXG5leHBvcnQgY29uc3Qgb3B0aW9ucyA9IGVudHJ5T3B0aW9ucyhjb25maWcsIHtcbiAgd2FsbFRpbWVTOiByYW1waW5nRHVyYXRpb25TKGNvbmZpZyksXG4gIHNjZW5hcmlvczoge1xuICAgIC4uLnBvcHVsYXRpb25TY2VuYXJpb3MoY29uZmlnLCBjb25maWcuY29uY3VycmVudFVzZXJzLCAoZXhlYywgdnVzKSA9PiByYW1waW5nVXNlcnMoZXhlYywgdnVzLCBjb25maWcpKSxcbiAgICAvLyBXaGF0IGEgbW9uaXRvcmluZyBwcm9iZSBzZWVzIGR1cmluZyB0aGUgbG9hZDogR0VUIC9oZWFsdGggb25jZSBhIHNlY29uZC5cbiAgICBoZWFsdGhfcHJvYmU6IGNvbnN0YW50UmF0ZSgnaGVhbHRoUHJvYmUnLCAxLCByYW1waW5nRHVyYXRpb25TKGNvbmZpZyksIDIpLFxuICB9LFxuICBnYXRlczogW1xuICAgIC4uLmxhdGVuY3lHYXRlcyhjb25maWcudGFyZ2V0cywgRU5EUE9JTlRTKSxcbiAgICAuLi5lcnJvckdhdGVzKGNvbmZpZy50YXJnZXRzLCBFTkRQT0lOVFMpLFxuICAgIC4uLmFib3J0R2F0ZXMoKSxcbiAgICAuLi5zdWNjZXNzR2F0ZXMoY29uZmlnLnRhcmdldHMpLFxuICAgIC4uLmdlbmVyYXRpb25HYXRlcyhjb25maWcudGFyZ2V0cyksXG4gIF0sXG59KTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ2xvYWQnIH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHJldHVybiBwcmVwYXJlUnVuKGNvbmZpZywgeyBkYXRhc2V0OiB0cnVlIH0pO1xufVxuXG5leHBvcnQgY29uc3QgeyByZWd1bGFyVXNlcnMsIHBvd2VyVXNlcnMsIGFkbWluVXNlcnMgfSA9IHBvcHVsYXRpb25FeGVjcyhjb25maWcpO1xuXG5jb25zdCBwcm9iZSA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG5leHBvcnQgZnVuY3Rpb24gaGVhbHRoUHJvYmUoKTogdm9pZCB7XG4gIHByb2JlLmhlYWx0aCgpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUdBLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQXVEOzs7QUNGdkQsSUFBTSxZQUFZO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0Y7QUFLTyxJQUFNLFlBQVk7OztBQ2hCekIsSUFBTSxNQUFNLENBQUMsT0FBbUIsbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBRXRELElBQU0sUUFBUTtBQUFBLEVBQ25CLFFBQVEsTUFBTTtBQUFBLEVBQ2QsT0FBTyxNQUFNO0FBQUEsRUFDYixTQUFTLE1BQU07QUFBQSxFQUNmLFFBQVEsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQzlDLFVBQVUsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ2hELEtBQUssQ0FBQyxPQUFXLGdCQUFnQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3hDLFNBQVMsQ0FBQyxJQUFRLFVBQWtCLG1CQUFtQixJQUFJLEVBQUUsQ0FBQyxhQUFhLEtBQUs7QUFBQSxFQUNoRixjQUFjLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNwRCxZQUFZLE1BQU07QUFBQSxFQUNsQixXQUFXLE1BQU07QUFBQSxFQUNqQixZQUFZLE1BQU07QUFDcEI7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBRUEsSUFBTSxpQkFBOEUsQ0FBQztBQUNyRixXQUFXLENBQUMsVUFBVSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsR0FBMkI7QUFDakYsaUJBQWUsUUFBUSxJQUFJLE9BQU8sT0FBTyxFQUFFLFVBQVUsT0FBTyxXQUFXLEtBQUssQ0FBQztBQUMvRTtBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGU0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUUvQyxJQUFNLFNBQVM7QUFBQSxFQUNwQixRQUFRLE1BQTBCLENBQUMsVUFBVSxNQUFNLFFBQVEsTUFBTSxJQUFJO0FBQUEsRUFDckUsT0FBTyxNQUFhLENBQUMsVUFBVTtBQUM3QixVQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLEVBQ2hELENBQUM7QUFBQSxFQUNELFlBQVksTUFBa0IsQ0FBQyxVQUFVLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RyxRQUFRLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFBQSxFQUN4RixvQkFBb0IsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLGFBQWEsTUFBeUMsQ0FBQyxVQUFVLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3RGLEtBQUssTUFBVyxDQUFDLFVBQVUsT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQzlGLFNBQVMsTUFBZSxDQUFDLFVBQVUsT0FBTyxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQUEsRUFDdkUsV0FBVyxNQUErQixDQUFDLFVBQVU7QUFDbkQsVUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsRUFDNUUsQ0FBQztBQUNIO0FBS0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU0sS0FBSyxPQUFPLElBQUksU0FBUyxZQUFZLElBQUksU0FBUztBQUNwSDtBQUdBLFNBQVMsU0FBUyxLQUFzQjtBQUN0QyxTQUFPLENBQUMsU0FBUztBQUNmLFFBQUk7QUFDRixhQUFPLElBQUksS0FBSyxJQUFJLEtBQUs7QUFBQSxJQUMzQixRQUFRO0FBQ04sYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsS0FBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUFBLEVBQ3RDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxrQkFBa0Isb0JBQUksSUFBc0Q7QUFDbEYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsSUFBSSxNQUFNO0FBQ3pDLE1BQUksQ0FBQyxVQUFVO0FBQ2IsZUFBVyxLQUFLLGlCQUFpQixNQUFNO0FBQ3ZDLG9CQUFnQixJQUFJLFFBQVEsUUFBUTtBQUFBLEVBQ3RDO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBWSxvQkFBSSxJQUFnRTtBQUV0RixTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsSUFBSSxRQUFRO0FBQ2hDLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLElBQUksVUFBVSxHQUFHO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1Q7QUFJTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQVMsb0JBQUksSUFBc0I7QUFBQTtBQUFBLEVBV3BELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBOEI7QUFDcEYsUUFBSUEsVUFBUyxLQUFLLE9BQU8sSUFBSSxRQUFRO0FBQ3JDLFFBQUksQ0FBQ0EsU0FBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsTUFBQUEsVUFBUyxFQUFFLFNBQVMsTUFBTSxZQUFZLFFBQVEsR0FBRyxTQUFTLEtBQUssU0FBUyxrQkFBa0IsYUFBYSxRQUFRLEVBQUU7QUFDakgsV0FBSyxPQUFPLElBQUksVUFBVUEsT0FBTTtBQUFBLElBQ2xDO0FBQ0EsV0FBT0E7QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0FDLFFBQ0EsU0FDVztBQUNYLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTSxLQUFLLFFBQVEsUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUksSUFBSSxjQUFjLEtBQUssVUFBVSxPQUFPLElBQUksTUFBTSxLQUFLLFVBQVUsVUFBVSxVQUFVLFdBQVcsQ0FBQztBQUN4SixVQUFNLFdBQVcsSUFBSSxXQUFXO0FBQ2hDLFFBQUksSUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBQzVDLFVBQU0sVUFBVSxDQUFDQSxVQUFVLE9BQU8sR0FBRyxLQUFLQSxPQUFNLFNBQVMsR0FBRyxDQUFDO0FBQzdELFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxVQUFNLFVBQVUsUUFBUUEsTUFBSyxLQUFLLFlBQVk7QUFDOUMsUUFBSTtBQUNKLFFBQUksU0FBUztBQUNiLFdBQU87QUFBQSxNQUNMLElBQUk7QUFBQSxNQUNKLFFBQVEsSUFBSTtBQUFBLE1BQ1osSUFBSSxPQUFPO0FBQ1QsWUFBSSxXQUFXLENBQUMsUUFBUTtBQUN0QixpQkFBTyxVQUFVLEdBQUc7QUFDcEIsbUJBQVM7QUFBQSxRQUNYO0FBQ0EsZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFDM0YsVUFBTUQsVUFBUyxPQUFPLFFBQVEsS0FBSyxFQUNoQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxVQUFVLE1BQVMsRUFDekMsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUMsRUFBRSxFQUNuRSxLQUFLLEdBQUc7QUFDWCxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUdBLFVBQVMsSUFBSUEsT0FBTSxLQUFLLEVBQUUsSUFBSSxLQUFLLE9BQU8sVUFBVTtBQUFBLEVBQ25IO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLE1BQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU07QUFBQSxFQUN2RjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sa0JBQWtCO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxRQUFRLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQzlFO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLE1BQU0sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLE1BQU0sSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLE9BQU87QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsTUFBTSxhQUFhLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUN2RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxNQUFNLFVBQVUsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ3BHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUNGOzs7QUc1UE8sSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ3pCTSxJQUFNLFFBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDL0IsT0FBTztBQUNsQjtBQU1PLFNBQVMsY0FBY0UsT0FBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTUMsUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPRCxNQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVNBLE1BQUssTUFBTSxDQUFDLElBQUlBO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sSUFBSyxDQUFDLFNBQVMsS0FBTTtBQUFBLGlCQUM3QyxNQUFNLElBQUssVUFBUztBQUFBLFlBQ3hCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUMsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvSSxRQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsU0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGFBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsTUFBSSxDQUFDLFFBQVMsQ0FBQUEsTUFBSyxHQUFHLHFGQUFxRjtBQUMzRyxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGNBQWMsTUFBYyxNQUF5QjtBQUNuRSxRQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsUUFBTSxXQUFXO0FBQ2pCLGFBQVcsUUFBUSxLQUFLLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFLEdBQUc7QUFDL0UsVUFBTSxRQUFRLG9DQUFvQyxLQUFLLElBQUk7QUFDM0QsUUFBSSxDQUFDLE1BQU8sT0FBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxNQUFNLElBQUksbUJBQW1CLFFBQVEsRUFBRTtBQUNuSCxVQUFNLE1BQU0sQ0FBQyxDQUFTLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztBQUFBLEVBQzNDO0FBQ0EsTUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU0sVUFBVSxFQUFHLE9BQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDN0ksU0FBTztBQUNUO0FBR08sU0FBUyxVQUFVLE1BQVksR0FBbUI7QUFDdkQsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzlDO0FBR08sU0FBUyxvQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxPQUFPLElBQUksSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ2xELGFBQU8sR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztBQUFBLElBRW5IO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9PLFNBQVMsVUFBVSxXQUE0RDtBQUNwRixNQUFJLFFBQVE7QUFDWixhQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxVQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixRQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7QUFBQSxhQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtBQUFBLGFBQ3pDLE9BQU8sRUFBRSxvQkFBb0IsU0FBVSxVQUFTLEVBQUU7QUFBQSxRQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU87QUFDVDs7O0FDbkZPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUlBLFNBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsU0FBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFFBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDeEY7QUFFQSxTQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsU0FBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLFVBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxRQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxJQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsSUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsUUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLFNBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtBQUNqQztBQUVBLFNBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsUUFBTSxXQUFXO0FBQ2pCLE1BQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFFBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxNQUFJO0FBQ0YsV0FBTyxjQUFjLE9BQU8sSUFBSTtBQUFBLEVBQ2xDLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxZQUFZLGlCQUFpQixpQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDdkY7QUFDRjtBQUVBLFNBQVMsUUFBUSxLQUE2QjtBQUM1QyxRQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFFBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixNQUFJLFlBQVksUUFBUyxNQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQ3BJLFNBQU8sRUFBRSxTQUFTLFdBQVcsUUFBUSxLQUFLLEtBQUssNEJBQTRCLEVBQUU7QUFDL0U7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHVCQUF1QixLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RILFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCLFNBQVMsR0FBRyxLQUFXLDRCQUE0QixLQUFLLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNuSjtBQUFBLElBQ0EsV0FBVyxJQUFJLEtBQUssd0JBQXdCLEtBQUs7QUFBQSxJQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO0FBQUEsSUFDckMsZUFBZSxLQUFLLEtBQUssNEJBQTRCO0FBQUEsSUFDckQsU0FBUyxRQUFRLEdBQUc7QUFBQSxFQUN0QjtBQUNGO0FBR08sU0FBUyxPQUFPLFNBQXlCO0FBQzlDLFFBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELFVBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0FBQ3hDO0FBRU8sU0FBUyxXQUFXLE1BQXVCO0FBQ2hELFNBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtBQUNuSDtBQU1PLFNBQVMsb0JBQW9CQyxTQUFnQixPQUFxQjtBQUN2RSxRQUFNLE9BQU8sT0FBT0EsUUFBTyxPQUFPO0FBQ2xDLE1BQUksV0FBVyxJQUFJLEtBQUtBLFFBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxRQUFNLElBQUk7QUFBQSxJQUNSLG9CQUFvQixLQUFLLGFBQWFBLFFBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtBQUFBLEVBQ2hGO0FBQ0Y7OztBQzlOTyxJQUFNLFNBQWlCLFlBQVksS0FBSztBQUd4QyxTQUFTLGNBQWMsT0FBdUI7QUFDbkQsc0JBQW9CLFFBQVEsS0FBSztBQUNqQyxTQUFPO0FBQ1Q7OztBQ0xBLFNBQVMsU0FBQUMsY0FBYTtBQUN0QixPQUFPQyxXQUFVO0FBQ2pCLE9BQU8sYUFBYTtBQUNwQixPQUFPQyxXQUFVOzs7QUNGakIsU0FBUyxhQUFhO0FBQ3RCLE9BQU9DLFdBQTBFOzs7QUNIMUUsSUFBTSxnQkFBZ0I7QUFFdEIsSUFBTSxtQkFBbUI7QUFFekIsU0FBUyxhQUFhLEdBQW1CO0FBQzlDLFNBQU8sR0FBRyxhQUFhLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUN2RDtBQUdPLFNBQVMsU0FBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELFNBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztBQUM1RTtBQUdPLFNBQVMsUUFBUSxPQUFtQztBQUN6RCxRQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxTQUFPLFFBQVEsQ0FBQztBQUNsQjtBQUdPLFNBQVMsV0FBVyxPQUFtQztBQUM1RCxRQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLFNBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0FBQ3BDO0FBTU8sU0FBUyxXQUFXLE9BQWUsU0FBaUIsS0FBdUI7QUFDaEYsTUFBSSxDQUFDLE1BQU0sV0FBVyxnQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFFBQU0sUUFBUSxRQUFRLEtBQUs7QUFDM0IsTUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsUUFBTSxVQUFVLFdBQVcsS0FBSztBQUNoQyxTQUFPLFlBQVksVUFBYSxXQUFXLFdBQVcsT0FBTyxLQUFLO0FBQ3BFOzs7QUQ1QkEsSUFBTSxjQUFjO0FBQ3BCLElBQU0sYUFBYTtBQWlCbkIsU0FBUyxRQUFRLFVBQXNDO0FBQ3JELFFBQU0sVUFBc0IsQ0FBQztBQUM3QixXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsUUFBUSxLQUFLLFlBQWEsU0FBUSxLQUFLLEdBQUlDLE1BQUssTUFBTSxTQUFTLE1BQU0sR0FBRyxJQUFJLFdBQVcsQ0FBQyxDQUFnQjtBQUNySSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLElBQUk7QUFDM0QsUUFBTSxVQUFrQyxFQUFFLFFBQVEsb0JBQW9CLGdCQUFnQixtQkFBbUI7QUFDekcsTUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxTQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLEdBQUcsUUFBUSxJQUFJO0FBQzlGO0FBRUEsU0FBUyxLQUFRLEtBQThCO0FBQzdDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7QUFBQSxFQUN0QyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsV0FBV0MsU0FBZ0IsT0FBZSxVQUFzQztBQUM5RixRQUFNLE1BQU1ELE1BQUssS0FBSyxHQUFHQyxRQUFPLE9BQU8sR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLEtBQUssVUFBVSxFQUFFLE9BQU8sU0FBUyxDQUFDLEdBQUcsT0FBTyxPQUFPLENBQUM7QUFDL0csU0FBTyxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUNuRjtBQUdPLFNBQVMsY0FBY0EsU0FBZ0IsUUFBZ0M7QUFDNUUsUUFBTSxFQUFFLFNBQVMsUUFBUSxXQUFXLGtCQUFrQixPQUFPLElBQUlBLFFBQU87QUFDeEUsUUFBTSxTQUF3QixFQUFFLFVBQVUsT0FBTyxRQUFRLFNBQVMsR0FBRyxRQUFRLEdBQUcsU0FBUyxHQUFHLFdBQVcsRUFBRTtBQUN6RyxNQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFFBQU0sT0FBT0EsUUFBTztBQUVwQixRQUFNLFFBQVEsQ0FBQyxVQUNiLFFBQVEsTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsUUFBUSxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUksTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLE9BQU8sQ0FBQyxFQUFHLE9BQU8sVUFBVSxPQUFPLENBQUMsRUFBRyxTQUFTLENBQUMsR0FBRyxRQUFRLE9BQU8sT0FBTyxFQUFFLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxLQUFLLE1BQU07QUFDek0sVUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLFFBQUksQ0FBQyxNQUFPLE9BQU0sSUFBSSxNQUFNLDBCQUEwQixPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsSUFBSSxZQUFZLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sdUNBQXVDO0FBQ3pMLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSCxRQUFNLFNBQVMsTUFBTSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBRTVDLFFBQU0sVUFBVSxHQUFHLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxNQUFNLG1CQUFtQixhQUFhLENBQUMsVUFBVSxVQUFVO0FBQ3BHLFFBQU0sT0FBTyxDQUFDLFVBQW9CLFFBQVEsTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUN4SSxRQUFNLFdBQVcsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDdkMsTUFBSSxTQUFTLEtBQUssUUFBUSxFQUFFLElBQUksQ0FBQyxLQUFLLE1BQU07QUFDMUMsVUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixRQUFJLENBQUMsS0FBTSxPQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDakgsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUVELE1BQUksUUFBUTtBQUVWLGFBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxNQUFNLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ25GLFlBQU0sWUFBWSxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxVQUFVLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxDQUFDLElBQUksUUFBUSxPQUFPLGtCQUFrQixPQUFPLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUN2SyxhQUFPLFdBQVcsUUFBUSxTQUFTLEVBQUUsT0FBTyxDQUFDLFFBQVEsSUFBSSxXQUFXLEdBQUcsRUFBRTtBQUN6RSxlQUFTLEtBQUssUUFBUSxFQUFFLElBQUksQ0FBQyxRQUFRLEtBQTZDLEdBQUcsS0FBSyxFQUFFLE9BQU8sR0FBRyxPQUFPLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDbkg7QUFBQSxFQUNGO0FBRUEsUUFBTSxZQUEyRSxDQUFDO0FBQ2xGLFNBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixVQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsUUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixhQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUSxLQUFLO0FBQ3ZDLFlBQU0sV0FBVyxNQUFNLFNBQVMsYUFBYSxLQUFLO0FBQ2xELFlBQU0sU0FBUyxFQUFFLE9BQU8sYUFBYSxDQUFDLEdBQUcsT0FBTyxpQkFBaUIsQ0FBQyxJQUFJLE9BQU8sWUFBWSxlQUFlLFdBQVcsSUFBSSxFQUFFO0FBQ3pILGdCQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBVSxTQUFTLEVBQUUsUUFBUSxRQUFRLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsSUFBSSxNQUFNLEtBQUssVUFBVSxNQUFNLEdBQUcsUUFBUSxPQUFPLGtCQUFrQixPQUFPLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUFBLElBQ2pMO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxVQUFVLFFBQVEsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQztBQUN2RCxRQUFNLGFBQTBDLENBQUM7QUFDakQsVUFBUSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFCLFVBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxRQUFJLE9BQU8sT0FBVyxPQUFNLElBQUksTUFBTSxrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDN0ksV0FBTztBQUNQLFFBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO0FBQUEsRUFDaEYsQ0FBQztBQUVELFFBQU0sVUFBVSxRQUFRLFdBQVcsSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLFFBQVEsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFNBQVMsRUFBRSxFQUFFLENBQUMsSUFBSSxNQUFNLE1BQU0sUUFBUSxPQUFPLG9CQUFvQixPQUFPLEVBQUUsS0FBSyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQzNLLE1BQUksT0FBTyxRQUFRLElBQUksQ0FBQyxLQUFLLE1BQU07QUFDakMsVUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxNQUFNLG9DQUFvQyxPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUNuSixXQUFPLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU07QUFBQSxFQUM5QyxDQUFDO0FBQ0QsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxTQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLFFBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLElBQUksTUFBTSxZQUFZLEtBQUssTUFBTSwrREFBK0RBLFFBQU8sa0JBQWtCLEdBQUc7QUFDN0osVUFBTSxDQUFDO0FBQ1AsVUFBTSxTQUFTLFFBQVEsS0FBSyxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sSUFBSSxFQUFFLEtBQUssQ0FBQyxJQUFJLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUNySixVQUFNQyxRQUFvQixDQUFDO0FBRTNCLFVBQU0sVUFBVSxDQUFDLEdBQUcsSUFBSSxJQUFJLEtBQUssT0FBTyxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUMsRUFBRyxXQUFXLEdBQUcsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQ2pHLFVBQU0sT0FBTyxFQUFFLFFBQVEsQ0FBQyxPQUFPLE1BQU8sT0FBTyxRQUFRLENBQUMsQ0FBRSxJQUFJLEtBQU07QUFDbEUsV0FBTyxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3pCLFlBQU0sU0FBUyxLQUEwQyxHQUFHO0FBQzVELFVBQUksUUFBUSxXQUFXLFNBQVUsT0FBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssWUFBWSxPQUFPLFNBQVMsaUJBQWlCLEVBQUU7QUFDaEssVUFBSSxRQUFRLFdBQVcsWUFBYSxRQUFPO0FBQUEsVUFDdEMsQ0FBQUEsTUFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQUEsSUFDekIsQ0FBQztBQUNELFdBQU9BO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMsY0FBY0QsU0FBZ0IsWUFBb0IsUUFBZ0IsUUFBNEM7QUFDNUgsUUFBTSxPQUFPQSxRQUFPO0FBQ3BCLE1BQUksVUFBVTtBQUNkLE1BQUksU0FBUztBQUNiLFdBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFVBQU0sTUFBTUQsTUFBSyxJQUFJLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQyxVQUFVLFVBQVUsV0FBVyxNQUFNLElBQUksT0FBTyxrQkFBa0IsVUFBVSxDQUFDO0FBQzNKLFVBQU0sU0FBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7QUFDOUcsUUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixVQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFVBQU0sT0FBTyxRQUFRLE9BQU8sSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLFVBQVUsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLENBQUMsSUFBSSxRQUFRLE9BQU8sb0JBQW9CLFVBQVUsRUFBRSxFQUFFLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsT0FBTyxFQUFFLFdBQVcsR0FBRyxFQUFFO0FBQ3pNLGVBQVc7QUFDWCxjQUFVLE1BQU0sU0FBUztBQUFBLEVBQzNCO0FBQ0EsU0FBTztBQUNUOzs7QUVySkEsU0FBUyxtQkFBbUI7QUFDNUIsT0FBTyxVQUFVO0FBYWpCLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksTUFBTSwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUMsdUVBQXVFO0FBQUEsRUFDeEo7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSSxJQUFJLFlBQVksU0FBUyxJQUFJLElBQUksTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJLENBQUM7QUFDekgsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFTyxTQUFTLFNBQVNHLFNBQXNCO0FBQzdDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU8sRUFBRSxRQUFRLGNBQWMsT0FBT0EsUUFBTyxXQUFXLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVMsR0FBRztBQUFBLEVBQ2hKO0FBQ0EsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3RTtBQUNGO0FBR08sU0FBUyxZQUFZQyxPQUFZLE1BQVlDLGdCQUE0QztBQUM5RixRQUFNLE9BQU9ELE1BQUssTUFBTSxJQUFJO0FBQzVCLFNBQU8sU0FBUyxJQUFJLFNBQVlBLE1BQUssUUFBUSxPQUFPLEtBQUssR0FBRyxXQUFXLEtBQUssTUFBTUMsY0FBYTtBQUNqRztBQUdPLFNBQVMsZUFBZUQsT0FBWSxPQUF3QixPQUFxQjtBQUN0RixRQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsUUFBTSxVQUFVLG9CQUFvQkEsTUFBSyxPQUFPLFFBQVFBLE1BQUssTUFBTTtBQUNuRSxNQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztBQUN0QztBQUdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBSHRDNUMsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZ0JBQWdCO0FBRXRCLFNBQVMsTUFBTSxTQUF3QjtBQUNyQyxFQUFBRSxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDekI7QUFFQSxTQUFTLE1BQU0sU0FBdUI7QUFDcEMsUUFBTUMsT0FBTSxHQUFHLE9BQU87QUFDdEIsUUFBTSxNQUFNQyxNQUFLLElBQUlELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsTUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQixVQUFNLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYSwrQ0FBK0M7QUFBQSxFQUM1SjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU0sMkVBQTJFO0FBQUEsRUFDaEk7QUFDRjtBQUVBLFNBQVMsY0FBY0UsU0FBZ0IsUUFBdUMsTUFBb0I7QUFDaEcsU0FBTyxPQUFPLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM1QztBQUdBLFNBQVMsTUFBTSxRQUFtQkEsU0FBZ0IsUUFBdUMsTUFBb0I7QUFDM0csTUFBSSxLQUFLLE1BQU0sSUFBSSxNQUFNLEVBQUcsT0FBTSxHQUFHLEtBQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNBLFNBQVEsUUFBUSxJQUFJLENBQUM7QUFDckYsUUFBTSxTQUFTLE9BQU8sTUFBTSxPQUFPLFFBQVE7QUFDM0MsTUFBSSxDQUFDLE9BQU8sTUFBTTtBQUNoQixVQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxVQUFNLFFBQVFBLFFBQU8sWUFBWSxlQUFlQSxRQUFPLFNBQVMsS0FBS0EsUUFBTyxZQUFZLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUFlLEdBQUcsU0FBUyxjQUFjLFNBQVM7QUFDOUwsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRztBQUFBLEVBQ3hHO0FBQ0EsU0FBTyxPQUFPLEtBQUs7QUFDckI7QUFFQSxTQUFTLFlBQVksUUFBbUIsT0FBZUEsU0FBc0I7QUFDM0UsUUFBTSxPQUFhLENBQUM7QUFDcEIsUUFBTSxZQUFrQixDQUFDO0FBQ3pCLFdBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLFVBQU0sVUFBVSxPQUFPLGFBQWEsRUFBRSxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUMsSUFBSSxPQUFPLGdCQUFnQixPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDcEksUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsY0FBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLFNBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtBQUFBLEVBQy9CO0FBQ0EsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxhQUFXLFNBQVMsTUFBTTtBQUN4QixlQUFTO0FBQ1AsWUFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsVUFBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxVQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxVQUFJLEtBQUssSUFBSSxJQUFJLFNBQVUsT0FBTSw2REFBNkRBLFFBQU8sa0JBQWtCLElBQUk7QUFDM0gsTUFBQUMsT0FBTSxHQUFHO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFRQSxlQUFlLGtCQUEwRDtBQUN2RSxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7QUFBQSxJQUM5QixRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQWNELFNBQWdCLFFBQWdEO0FBQ3JGLFFBQU0sUUFBUSxVQUFXSCxNQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsUUFBTSxTQUFrQixDQUFDO0FBQ3pCLGFBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLEtBQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHLElBQUssUUFBTyxLQUFLLEVBQUUsTUFBTSxHQUFHLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0csU0FBUSxRQUFRLElBQUksQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUNqSjtBQUNBLFNBQU87QUFDVDtBQVNBLGVBQXNCLFdBQVdBLFNBQWdCRSxXQUEwQixDQUFDLEdBQXFCO0FBQy9GLFFBQU1GLFFBQU8sT0FBTztBQUNwQixRQUFNLFNBQVMsTUFBTSxnQkFBZ0I7QUFDckMsUUFBTUcsYUFBWSxJQUFJLFVBQVVILFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQ2xFLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJLE1BQU1HLFlBQVdILFNBQVEsUUFBUSxJQUFJO0FBQzlFLFFBQU0sUUFBUSxTQUFTO0FBQ3ZCLFFBQU0sUUFBUSxjQUFjQSxTQUFRLE9BQU8sT0FBTyxrQkFBa0IsQ0FBQyxVQUFVLFdBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxNQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLE1BQUlFLFNBQVEsU0FBUztBQUNuQixVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUk7QUFDRixZQUFNLElBQUksY0FBY0YsU0FBUSxjQUFjQSxTQUFRLE1BQU0sQ0FBQztBQUM3RCxjQUFRLElBQUkscUJBQXFCQSxRQUFPLFFBQVEsT0FBTyw4QkFBOEIsRUFBRSxRQUFRLGdCQUFnQixFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLGtCQUFrQixLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUMsSUFBSTtBQUFBLElBQ3ZRLFNBQVMsT0FBTztBQUNkLFlBQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDOUQ7QUFBQSxFQUNGO0FBQ0EsUUFBTSxrQkFBa0JFLFNBQVEsT0FBTyxZQUFZQyxXQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0gsT0FBTSxJQUFJLENBQUM7QUFDbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsZ0JBQWdCLE9BQU87QUFDbEU7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWlDO0FBQzFFLE1BQUksQ0FBQyxNQUFNLFNBQVMsS0FBSyxNQUFNLFVBQVUsRUFBRztBQUU1QyxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUksS0FBSyxRQUFRLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixTQUFTQSxRQUFPLE1BQU0sTUFBTSxRQUFRO0FBQzlHLFFBQU0sUUFBUSxXQUFXQSxTQUFRLE9BQU8sUUFBUTtBQUNoRCxNQUFJLENBQUMsT0FBTztBQUNWLFlBQVEsTUFBTSxpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLLDhCQUE4QjtBQUNoSjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsY0FBY0EsU0FBUSxPQUFPLEtBQUssT0FBTyxDQUFDLFVBQVUsV0FBVyxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDdkcsTUFBSSxVQUFVLEVBQUcsU0FBUSxJQUFJLHFCQUFxQixPQUFPLDZCQUE2QjtBQUN4Rjs7O0FJekpBLE9BQU9JLFdBQVU7QUFDakIsU0FBUyxTQUFTLGFBQWE7OztBQzJCL0IsSUFBTSxjQUFjO0FBQ3BCLElBQU0sV0FBVztBQUNqQixJQUFNLGFBQWE7QUFHWixTQUFTLFVBQVUsUUFBZ0IsTUFBdUM7QUFDL0UsTUFBSSxDQUFDLFlBQVksS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQzNHLFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxTQUFTLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxLQUFLLEtBQUssR0FBRztBQUNoRCxZQUFNLElBQUksTUFBTSxlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTSwyREFBMkQ7QUFBQSxJQUNySDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFdBQVcsS0FBSyxLQUFLLElBQUk7QUFDNUMsTUFBSSxLQUFLLEtBQUssV0FBVyxJQUFJLE1BQU0sQ0FBQyxjQUFjLE9BQU8sV0FBVyxDQUFDLENBQUMsSUFBSSxNQUFNO0FBQzlFLFVBQU0sSUFBSSxNQUFNLHVCQUF1QixLQUFLLElBQUksZ0NBQWdDO0FBQUEsRUFDbEY7QUFDQSxNQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwSSxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTyxFQUFFLFdBQVdBLE9BQU0sYUFBYSxNQUFNLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQyxFQUFHO0FBQ3ZIO0FBR08sU0FBUyxlQUFlLE9BQTZCO0FBQzFELFFBQU0sTUFBb0IsQ0FBQztBQUMzQixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLE1BQU0sVUFBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFFBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7QUFBQSxFQUMxRDtBQUNBLFNBQU87QUFDVDs7O0FEL0RPLElBQU0sbUJBQW1CLElBQUksTUFBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSSxNQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJLE1BQU0sa0JBQWtCO0FBRW5ELElBQU0sdUJBQXVCLElBQUksUUFBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLGlDQUFpQztBQVM3RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUVsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBR0csU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sVUFBVTtBQUFBLElBQ1YsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGlCQUFpQjtBQUFBLElBQ2pCLFFBQVE7QUFBQSxJQUNSLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFRTyxTQUFTLGNBQWMsWUFBMEI7QUFDdEQsUUFBTSxNQUFNQyxNQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sTUFBOEMsSUFBSSxJQUFJLElBQUk7QUFDNUYsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFDbkMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFBQSxFQUN0QztBQUNGO0FBR08sU0FBUyxtQkFBbUIsWUFBMEI7QUFDM0QsUUFBTSxNQUFNQSxNQUFLLElBQUksR0FBRyxVQUFVLFlBQVksSUFBYTtBQUMzRCxRQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU0sTUFBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsTUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkIsU0FBVSxvQkFBbUIsSUFBSSxRQUFRLHdCQUF3QjtBQUM5SDtBQVlPLFNBQVMsY0FBYyxRQUFnQztBQUM1RCxRQUFNLFFBQWdCO0FBQUEsSUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNBLE1BQUksT0FBTyxtQkFBbUIsT0FBVyxPQUFNLEtBQUssRUFBRSxRQUFRLG1DQUFtQyxPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUMsRUFBRSxDQUFDO0FBQ2xLLE1BQUksT0FBTyxjQUFlLE9BQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ3hILFNBQU87QUFDVDs7O0FFbEdPLFNBQVMsV0FBVyxPQUFlQyxVQUErQztBQUN2RixRQUFNLE9BQU8sQ0FBQyxXQUFXLFNBQVMsT0FBTztBQUN6QyxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTyxRQUFRQSxTQUFRLENBQUMsSUFBSyxHQUFHO0FBQ3hELFFBQU0sU0FBUyxNQUFNLElBQUksS0FBSyxLQUFLO0FBQ25DLFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEtBQUssTUFBTSxDQUFDLElBQUssS0FBSyxNQUFNLE1BQU0sQ0FBQyxDQUFFLEVBQUU7QUFDMUgsV0FBUyxPQUFPLFFBQVEsT0FBTyxPQUFPLENBQUMsR0FBRyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLE9BQU8sR0FBRyxRQUFRLElBQUssUUFBTyxNQUFNLElBQUksQ0FBQyxDQUFFO0FBRTdHLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFFBQUlBLFNBQVEsS0FBSyxDQUFDLENBQUUsSUFBSSxLQUFLLE9BQU8sQ0FBQyxNQUFNLEtBQUssU0FBUyxHQUFHO0FBQzFELFlBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDO0FBQ2xELGFBQU8sT0FBTztBQUNkLGFBQU8sQ0FBQztBQUFBLElBQ1Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLFNBQVMsT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsR0FBSSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3JFO0FBR08sU0FBUyxhQUFhQyxPQUFjLEtBQWFDLFNBQXVFO0FBQzdILFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQUFEO0FBQUEsSUFDQSxVQUFVO0FBQUEsSUFDVixRQUFRO0FBQUEsTUFDTixFQUFFLFVBQVUsR0FBR0MsUUFBTyxPQUFPLEtBQUssUUFBUSxJQUFJO0FBQUEsTUFDOUMsRUFBRSxVQUFVLEdBQUdBLFFBQU8sU0FBUyxLQUFLLFFBQVEsSUFBSTtBQUFBLE1BQ2hELEVBQUUsVUFBVSxHQUFHQSxRQUFPLFNBQVMsS0FBSyxRQUFRLEVBQUU7QUFBQSxJQUNoRDtBQUFBLElBQ0Esa0JBQWtCO0FBQUEsSUFDbEIsY0FBYztBQUFBLEVBQ2hCO0FBQ0Y7QUFHTyxTQUFTLFVBQVUsV0FBdUQ7QUFDL0UsU0FBTyxPQUFPLFVBQVUsU0FBUyxJQUFJLEVBQUUsTUFBTSxXQUFXLFVBQVUsS0FBSyxJQUFJLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxFQUFFLENBQUMsR0FBRyxVQUFVLEtBQUs7QUFDN0k7QUFHTyxTQUFTLGFBQWFELE9BQWMsV0FBbUIsV0FBbUIsUUFBZ0IsWUFBWSxNQUFnQjtBQUMzSCxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFBQTtBQUFBLElBQ0EsR0FBRyxVQUFVLFNBQVM7QUFBQSxJQUN0QixVQUFVLEdBQUcsU0FBUztBQUFBLElBQ3RCLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUNuRTtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGlCQUFpQkMsU0FBcUU7QUFDcEcsU0FBT0EsUUFBTyxVQUFVQSxRQUFPLFlBQVlBLFFBQU87QUFDcEQ7QUFFTyxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDakMzRixTQUFTLGFBQWFDLFNBQWdCLE9BQWlDO0FBRzVFLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLE1BQUlBLFFBQU8sY0FBZSxnQkFBZSxNQUFNLE1BQU0sU0FBUyxPQUFPLFVBQVUsU0FBUyxDQUFDO0FBQ3pGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLGVBQWUsS0FBSztBQUFBO0FBQUEsSUFFaEMsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQixFQUFFLEtBQUtBLFFBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO0FBQUEsSUFDdEcsbUJBQW1CO0FBQUEsRUFDckI7QUFDRjtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBQzVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhLG9CQUFxQixTQUFRLE9BQU8sS0FBSztBQUM3SCxTQUFPO0FBQ1Q7QUFHTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7QUFHTyxTQUFTLHVCQUE2QjtBQUMzQyxNQUFJLE9BQVUsV0FBWSxvQkFBbUIsT0FBVSxVQUFVO0FBQ25FO0FBR08sU0FBUyxTQUFTLE1BQXNCO0FBQzdDLHVCQUFxQjtBQUNyQixhQUFXLFFBQVcsSUFBSTtBQUM1Qjs7O0FDM0VPLFNBQVMsVUFBVUMsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSyxRQUFRLFlBQVksQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUMsQ0FBRTtBQUN2SDtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUFLLFFBQVEsT0FBTyxLQUFLLEVBQUUsUUFBUSxZQUFZLEdBQUcsRUFBRSxRQUFRLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxNQUFNO0FBQ3ZHOzs7QUM2Qk8sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksT0FBTyxJQUFJLE1BQU0sVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVcsTUFBTSxNQUFNLE9BQU8sUUFBUSxJQUFJLEVBQUUsQ0FBQztBQUFBLElBQzFLO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQyxFQUFHLE1BQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDdkgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUcsRUFBRSxVQUFVLEVBQUUsU0FBUyxHQUFHLEtBQUssRUFBRSxPQUFPLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNuSixXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLFVBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDL0U7QUFHTyxTQUFTLFlBQVksT0FBa0MsTUFBb0M7QUFDaEcsTUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLE1BQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsTUFBSSxTQUFTLE1BQU07QUFDakIsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLFdBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0M7QUFDQSxNQUFJLFNBQVMsUUFBUyxRQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsU0FBUyxFQUFFLFFBQVEseUJBQXlCLEdBQUc7QUFDOUYsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQUdPLFNBQVMsY0FBYyxNQUEyQjtBQUN2RCxRQUFNLFNBQVMsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQzFELFFBQU0sTUFBTSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDM0QsTUFBSSxXQUFXLFFBQVEsUUFBUSxLQUFNLFFBQU87QUFDNUMsUUFBTSxVQUFVLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQ3hFLFFBQU0sU0FBUyxZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFDekUsU0FBTztBQUFBLElBQ0wsaUNBQWlDLFlBQVksUUFBUSxPQUFPLENBQUM7QUFBQSxJQUM3RCxXQUFXLFlBQVksS0FBSyxPQUFPLENBQUM7QUFBQSxJQUNwQyxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsWUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO0FBQUEsSUFDbEYsbUJBQW1CLE9BQU87QUFBQSxFQUM1QixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUNoSE8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1QztBQUNwRixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDM0MsUUFBTUMsYUFBWSxLQUFLLE9BQU8scUJBQXFCLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDdkUsUUFBTSxRQUFRLFVBQVUsZUFBZUQsU0FBUSxRQUFRLEVBQUU7QUFDekQsUUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDNUIsVUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxVQUFNLFdBQVcsVUFBVSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztBQUMxRCxVQUFNRSxRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxRQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksd0JBQXdCLFFBQVE7QUFDeEQsV0FBTyxHQUFHQSxLQUFJO0FBQUEsMEJBQTZCLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUscUJBQXFCLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQywrQkFBK0IsUUFBUTtBQUFBO0FBQUEsRUFDaEwsQ0FBQztBQUNELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSx5Q0FBeUMsS0FBSyxNQUFNLGVBQWUsUUFBUSxzQkFBc0JELFFBQU87QUFBQSxJQUN4RyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssTUFBTSxlQUFlLFFBQVEsa0NBQWtDQSxRQUFPO0FBQUEsSUFDbEgsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDdEJPLFNBQVMsZUFBZSxNQUFtQkUsVUFBdUM7QUFDdkYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQ3pDLFFBQU0sUUFBUTtBQUFBLElBQ1osb0JBQW9CLG1CQUFtQkEsU0FBUSxRQUFRLENBQUMsT0FBTyxXQUFXLElBQUksU0FBUyxLQUFLLE1BQU0sdUJBQXVCLEtBQUssTUFBTSxPQUFPLEtBQUssTUFBTSxvQkFBb0I7QUFBQSxJQUMxSztBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLFFBQVEsbUJBQW1CLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxRQUFRLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLElBQUk7QUFBQSxFQUM5STtBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssSUFBSSw0REFBNEQscUNBQXFDO0FBQ2hILGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sS0FBSyxLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQyxJQUFJO0FBQUEsSUFDck87QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksbUJBQW1CLGNBQWMsSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUMxRCxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNuQk8sSUFBTSx5QkFBeUI7QUF1Qi9CLFNBQVMsYUFBYSxNQUFtQixNQUF3QjtBQUN0RSxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksU0FBUyxPQUFPLEVBQUUsUUFBUSxZQUFBQSxhQUFZLElBQUksU0FBUyxFQUFFO0FBQzNILFFBQU0sV0FBVyxLQUFLLFNBQVMsb0JBQW9CLEtBQUssU0FBUztBQUNqRSxTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsV0FDUDtBQUFBLE1BQ0UsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLE1BQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxNQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsTUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsSUFDM0UsSUFDQTtBQUFBLEVBQ047QUFDRjs7O0FDeENBLElBQU0sV0FBVyxvQkFBSSxJQUFJLENBQUMsYUFBYSxxQkFBcUIsb0JBQW9CLHVCQUF1Qiw0QkFBNEIsb0JBQW9CLG9CQUFvQixzQkFBc0IsbUJBQW1CLGNBQWMsc0JBQXNCLHNCQUFzQixPQUFPLFdBQVcsYUFBYSxpQkFBaUIsVUFBVSxnQkFBZ0IsQ0FBQztBQUN6VixJQUFNLFdBQVcsQ0FBQyxTQUFpQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUzSCxTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUQ7QUFDcEcsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU0sS0FBSyxFQUFFLEtBQUssZUFBZUEsU0FBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQyxFQUFFLENBQUM7QUFDeE8sUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxhQUFXLEtBQUssWUFBWTtBQUMxQixVQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsVUFBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDN0c7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFDakssZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTSxLQUFLLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxZQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQzdMO0FBQUEsRUFDRjtBQUNBLFFBQU1DLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFFBQU0sV0FBVyxZQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFFBQU0sYUFBYSxZQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsUUFBTSxLQUFLLEtBQUssWUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNBLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsWUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQkEsU0FBUSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQ2hPLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNLEtBQUssYUFBYSxZQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVksWUFBWSxZQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sYUFBYSxZQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTSxZQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUMsR0FBRztBQUN2UCxRQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxPQUFPLFFBQVEsRUFBRSxLQUFLO0FBQ3JFLE1BQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLGVBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixZQUFNLElBQUksRUFBRTtBQUNaLFlBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLFlBQU1GLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBTyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVCxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCLFlBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLFlBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUlBLEtBQUksRUFBRTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLEtBQUssY0FBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ3BEQSxJQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFFeEQsU0FBUyxrQkFBa0IsTUFBOEM7QUFDOUUsU0FBTyxTQUFTRyxlQUFjLE1BQTJDO0FBQ3ZFLFVBQU0sTUFBOEIsRUFBRSxRQUFRLFlBQVksTUFBTSxFQUFFLFVBQVUsS0FBSyxVQUFVLE9BQU8sS0FBSyxPQUFPLGdCQUFnQixLQUFLLENBQUMsRUFBRTtBQUN0SSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVUsYUFBYSxNQUFNO0FBQUEsUUFDakMsVUFBVSxLQUFLO0FBQUEsUUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsUUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsUUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLE1BQ3RDLENBQUM7QUFFRCxZQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7QUFBQTtBQUNoRSxVQUFJLEdBQUcsR0FBRyxZQUFZLElBQUksWUFBWSxNQUFNLElBQUk7QUFDaEQsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsTUFBTSxJQUFJO0FBQUEsSUFDdEQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUNoQ0EsU0FBUyxXQUFBQyxVQUFTLE1BQU0sU0FBQUMsY0FBYTtBQUc5QixJQUFNLHNCQUFzQixJQUFJQSxPQUFNLHlCQUF5QixJQUFJO0FBRW5FLElBQU0scUJBQXFCLElBQUlBLE9BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSUEsT0FBTSxpQ0FBaUMsSUFBSTtBQUVsRixJQUFNLG1CQUFtQixJQUFJLEtBQUssbUJBQW1CO0FBRXJELElBQU0saUJBQWlCLElBQUlELFNBQVEsaUJBQWlCO0FBRXBELElBQU0sa0JBQWtCLElBQUksS0FBSyxrQkFBa0I7QUFFbkQsSUFBTSxpQkFBaUIsSUFBSUEsU0FBUSxpQkFBaUI7OztBQ1YzRCxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFWixTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixRQUFNLE9BQU8sRUFBRSxVQUFVLEtBQUs7QUFDOUIsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVEsTUFBTSxhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDLEVBQUU7QUFBQSxJQUN0SDtBQUFBLEVBQ0Y7QUFDRjs7O0FDbEJBLFNBQVMsYUFBYTtBQUN0QixPQUFPRSxXQUFVOzs7QUNEakIsU0FBUyxTQUFBQyxjQUFhO0FBU3RCLFNBQVMsY0FBYyxNQUFpQyxJQUFtRDtBQUN6RyxNQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixRQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxTQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDL0M7QUFFQSxTQUFTLGVBQWUsS0FBZ0I7QUFDdEMsYUFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxVQUFNLEtBQUssUUFBUSxlQUFlLGNBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixRQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLHFCQUFvQixJQUFJLEVBQUU7QUFBQSxFQUMxRjtBQUNBLFFBQU0sUUFBUSxjQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsTUFBSSxVQUFVLE9BQVcsb0JBQW1CLElBQUksS0FBSztBQUN2RDtBQU9PLFNBQVMsZ0JBQWdCLFFBQW1CLFVBQWMsZUFBdUIsVUFBa0IsVUFBdUMsTUFBTSxRQUEyQjtBQUNoTCxRQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsTUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixxQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLFdBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO0FBQUEsRUFDNUM7QUFDQSxRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sV0FBVyxVQUFVLFdBQVc7QUFDdEMsTUFBSTtBQUNKLFNBQU8sS0FBSyxJQUFJLElBQUksVUFBVTtBQUM1QixJQUFBQyxPQUFNLGFBQWE7QUFDbkIsVUFBTSxTQUFTLFFBQVE7QUFDdkIsUUFBSSxDQUFDLE9BQVE7QUFDYixVQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFFBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsVUFBTSxPQUFPO0FBQ2IsUUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtBQUFBLEVBQzdEO0FBQ0EsUUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxtQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsTUFBSSxhQUFhLEtBQUs7QUFDcEIsK0JBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxtQkFBZSxHQUFHO0FBQUEsRUFDcEI7QUFDQSxTQUFPLEVBQUUsV0FBVyxJQUFJO0FBQzFCOzs7QUN2REEsU0FBUyxTQUFBQyxjQUFhO0FBR2YsU0FBUyxNQUFNLE9BQTJDO0FBQy9ELFFBQU1DLFdBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELE1BQUlBLFdBQVUsRUFBRyxDQUFBRCxPQUFNQyxRQUFPO0FBQ2hDO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUNwRyxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDeEQsTUFBSSxRQUFRLFNBQVM7QUFDckIsYUFBVyxLQUFLLE9BQU87QUFDckIsYUFBUyxFQUFFO0FBQ1gsUUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO0FBQUEsRUFDMUI7QUFDQSxTQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztBQUNsQztBQUdPLFNBQVMsUUFBVyxPQUFvQztBQUM3RCxTQUFPLE1BQU0sV0FBVyxJQUFJLFNBQVksTUFBTSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksTUFBTSxNQUFNLENBQUM7QUFDeEY7OztBQ3hCQSxTQUFTLFdBQUFDLGdCQUFlO0FBUWpCLElBQU0sV0FBVyxJQUFJQyxTQUFRLFVBQVU7QUFVOUMsSUFBTSxXQUEyQyxDQUFDO0FBQ2xELElBQUk7QUFHSixJQUFNLGVBQWUsQ0FBQyxTQUFpQixLQUFLLElBQUksSUFBSSxPQUFPLEVBQUU7QUFFN0QsU0FBU0MsT0FBTUMsU0FBZ0IsTUFBZSxNQUFpQztBQUM3RSxRQUFNLFVBQVUsWUFBWSxNQUFNLE1BQU0sS0FBSyxpQkFBaUIsSUFBSSxLQUFLQSxRQUFPLE1BQU0sSUFBSSxFQUFFLFFBQVE7QUFDbEcsTUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixnQkFBYyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQzlELFFBQU0sU0FBUyxVQUFVLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUSxFQUFFO0FBQ2hFLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxPQUFPLE9BQU8sT0FBTyxlQUFlLFlBQVksT0FBTyxhQUFhLElBQUksT0FBTyxhQUFhO0FBQ2xHLFNBQU8sRUFBRSxRQUFRLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsT0FBTyxZQUFZLEdBQUcsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxLQUFLLEtBQU0sU0FBUyxPQUFVO0FBQ3hLO0FBRUEsU0FBUyxRQUFRQSxTQUFnQixNQUFlLE1BQWlDO0FBQy9FLFFBQU0sVUFBVSxTQUFTLElBQUk7QUFDN0IsTUFBSSxXQUFXLENBQUMsUUFBUSxPQUFPLGdCQUFnQixLQUFLLElBQUksSUFBSSxRQUFRLFFBQVMsUUFBTztBQUNwRixNQUFJLFFBQVMsVUFBUyxJQUFJLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDckMsUUFBTSxPQUFPRCxPQUFNQyxTQUFRLE1BQU0sSUFBSTtBQUVyQyxNQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxXQUFTLElBQUksSUFBSTtBQUNqQixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBbUM7QUFDM0YsU0FBTyxRQUFRQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQ3RDO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQWtCO0FBQzFFLFFBQU0sVUFBVSxRQUFRQSxTQUFRLE1BQU0sSUFBSTtBQUMxQyxNQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsTUFBSSxDQUFDLFFBQVEsU0FBUztBQUNwQixVQUFNLE9BQU8sUUFBUSxPQUFPLFlBQVksRUFBRSxHQUFHLGVBQWUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUMxRSxRQUFJLENBQUMsS0FBTSxRQUFPLENBQUM7QUFDbkIsWUFBUSxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsV0FBVyxPQUFPLEVBQUU7QUFBQSxFQUN4RDtBQUNBLFNBQU8sUUFBUTtBQUNqQjs7O0FIM0NBLFNBQVMsVUFBVSxLQUFjLE1BQTREO0FBQzNGLFNBQU8sV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDOUM7QUFHTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1DLE1BQUssR0FBRyxRQUFRLE1BQU1BLE1BQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFFQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLFNBQVMsV0FBVyxRQUFtQixJQUFpQjtBQUN0RCxRQUFNLFNBQVMsT0FBTyxVQUFVLEVBQUU7QUFDbEMsTUFBSSxDQUFDLE9BQU8sS0FBTSxRQUFPO0FBQ3pCLFFBQU0sYUFBYSxPQUFPLEtBQUssWUFBWSxDQUFDLEdBQUcsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLFdBQVc7QUFDckYsUUFBTSxVQUFVLFFBQVEsU0FBUztBQUNqQyxTQUFPLFlBQVksVUFBYSxPQUFPLFdBQVcsSUFBSSxRQUFRLEtBQUssRUFBRTtBQUN2RTtBQUlBLElBQU0sZUFBd0Q7QUFBQSxFQUM1RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsV0FBVyxPQUFPLFlBQVksRUFBRSxPQUFPLElBQUksUUFBUSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLEdBQUc7QUFBQSxFQUNoSDtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUVyQixZQUFNLEtBQUssUUFBUSxXQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQzlELGFBQU8sT0FBTyxVQUFhLFdBQVcsUUFBUSxFQUFFO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUNyQixZQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxZQUFZLFdBQVcsR0FBRyxHQUFHLE9BQU8sV0FBVyxPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDakksVUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLHFCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLFdBQVcsT0FBTyxVQUFVLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFDbkQsYUFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQUEsSUFDMUQ7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxJQUFNLGNBQXdCLENBQUMsUUFDcEMsTUFBTSxnQkFBZ0IsTUFBTTtBQUMxQixRQUFNLFNBQVMsVUFBVSxLQUFLLFNBQVM7QUFDdkMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLFdBQVMsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRO0FBQ25DLFNBQUssYUFBYSxZQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsVUFBTSxJQUFJLE9BQU8sVUFBVTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNULENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxFQUFFLFFBQUFDLFFBQU8sSUFBSTtBQUNuQixRQUFNLFNBQVMsVUFBVSxLQUFLLE9BQU87QUFDckMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsSUFDbEMsT0FBTyxZQUFZLFNBQVMsR0FBRztBQUFBLElBQy9CLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQLGVBQWVBLFFBQU87QUFBQSxFQUN4QixDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLGlCQUFlLElBQUksQ0FBQztBQUNwQixRQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLFFBQU1BLFFBQU8sVUFBVTtBQUN2QixNQUFJLEtBQUssT0FBTyxhQUFhLElBQUksRUFBRSxPQUFPLCtCQUErQixDQUFDLEVBQUU7QUFDNUUsUUFBTSxhQUFhLGdCQUFnQixRQUFRLElBQUlBLFFBQU8sZUFBZUEsUUFBTyxvQkFBb0IsTUFBTSxVQUFVLEtBQUssT0FBTyxDQUFDO0FBQzdILE9BQUssV0FBVyxhQUFhO0FBRTdCLFFBQU0sUUFBUSxVQUFVLEtBQUssT0FBTztBQUNwQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssV0FBVyxPQUFPLEVBQUUsS0FBSztBQUM5QixVQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBSyxNQUFNLGFBQWEsSUFBSSxRQUFRLGNBQWMsS0FBSyxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3ZFO0FBQ0EsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQU8sTUFBTSxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3RDLENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixRQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsYUFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU0sV0FBVyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUNwRyxTQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO0FBQUEsRUFDNUM7QUFDQSxTQUFPO0FBQ1QsQ0FBQzs7O0FJckhJLFNBQVMsb0JBQW9CQyxTQUFnQixZQUFvQkMsUUFBMEU7QUFDaEosUUFBTSxRQUFRLFdBQVcsWUFBWUQsUUFBTyxPQUFPO0FBQ25ELFNBQU87QUFBQSxJQUNMLGVBQWVDLE9BQU0sZ0JBQWdCLE1BQU0sT0FBTztBQUFBLElBQ2xELGFBQWFBLE9BQU0sY0FBYyxNQUFNLEtBQUs7QUFBQSxJQUM1QyxhQUFhQSxPQUFNLGNBQWMsTUFBTSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCRCxTQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsUUFBTUUsUUFBTyxDQUFDLE1BQWMsYUFBdUIsQ0FBQyxTQUF3QjtBQUMxRSxlQUFXO0FBQ1gsZ0JBQVksTUFBTSxVQUFVLEVBQUUsUUFBQUYsU0FBUSxLQUFLLENBQUM7QUFBQSxFQUM5QztBQUNBLFNBQU8sRUFBRSxjQUFjRSxNQUFLLFdBQVcsV0FBVyxHQUFHLFlBQVlBLE1BQUssU0FBUyxTQUFTLEdBQUcsWUFBWUEsTUFBSyxTQUFTLFNBQVMsRUFBRTtBQUNsSTs7O0FDcEJBLElBQU0sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQUUvQixTQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDakUsTUFBSSxhQUFhLFNBQVUsUUFBTyxRQUFRO0FBQzFDLE1BQUksYUFBYSxnQkFBaUIsUUFBTyxRQUFRO0FBQ2pELFNBQU8sUUFBUTtBQUNqQjtBQUdPLFNBQVMsYUFBYSxTQUFrQixXQUF3QztBQUNyRixTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO0FBQUEsUUFDbEQsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO0FBQUEsTUFDcEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sWUFBWSxVQUFVLE9BQU8sRUFBRSxDQUFDO0FBQUEsSUFDN0YsRUFBRTtBQUFBLEVBQ0o7QUFDRjtBQUdPLFNBQVMsV0FBVyxTQUFrQixXQUF3QztBQUNuRixTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsbUJBQW1CLE1BQU0sS0FBSyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtBQUFBLElBQ3JHLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztBQUFBLE1BQzlCLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBTyxRQUFRLFVBQVUsQ0FBQztBQUFBLElBQy9FLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsYUFBYSxTQUEwQjtBQUNyRCxTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLElBQ3BGLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNGO0FBR08sU0FBUyxnQkFBZ0IsU0FBMEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLHlCQUF5QixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsRUFBRTtBQUFBLElBQ3BHLEVBQUUsUUFBUSxxQkFBcUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxFQUM5RjtBQUNGOzs7QUN6REEsSUFBTUMsVUFBUyxjQUFjLE1BQU07QUFFNUIsSUFBTSxVQUFVLGFBQWFBLFNBQVE7QUFBQSxFQUMxQyxXQUFXLGlCQUFpQkEsT0FBTTtBQUFBLEVBQ2xDLFdBQVc7QUFBQSxJQUNULEdBQUcsb0JBQW9CQSxTQUFRQSxRQUFPLGlCQUFpQixDQUFDQyxPQUFNLFFBQVEsYUFBYUEsT0FBTSxLQUFLRCxPQUFNLENBQUM7QUFBQTtBQUFBLElBRXJHLGNBQWMsYUFBYSxlQUFlLEdBQUcsaUJBQWlCQSxPQUFNLEdBQUcsQ0FBQztBQUFBLEVBQzFFO0FBQUEsRUFDQSxPQUFPO0FBQUEsSUFDTCxHQUFHLGFBQWFBLFFBQU8sU0FBUyxTQUFTO0FBQUEsSUFDekMsR0FBRyxXQUFXQSxRQUFPLFNBQVMsU0FBUztBQUFBLElBQ3ZDLEdBQUcsV0FBVztBQUFBLElBQ2QsR0FBRyxhQUFhQSxRQUFPLE9BQU87QUFBQSxJQUM5QixHQUFHLGdCQUFnQkEsUUFBTyxPQUFPO0FBQUEsRUFDbkM7QUFDRixDQUFDO0FBR00sSUFBTSxnQkFBZ0Isa0JBQWtCLEVBQUUsVUFBVSxPQUFPLENBQUM7QUFFNUQsU0FBUyxRQUEwQjtBQUN4QyxTQUFPLFdBQVdBLFNBQVEsRUFBRSxTQUFTLEtBQUssQ0FBQztBQUM3QztBQUVPLElBQU0sRUFBRSxjQUFjLFlBQVksV0FBVyxJQUFJLGdCQUFnQkEsT0FBTTtBQUU5RSxJQUFNRSxTQUFRLElBQUksVUFBVUYsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDdkQsU0FBUyxjQUFvQjtBQUNsQyxFQUFBRSxPQUFNLE9BQU87QUFDZjsiLAogICJuYW1lcyI6IFsicGFyYW1zIiwgInNoYXBlIiwgInRleHQiLCAiZmFpbCIsICJjb25maWciLCAic2xlZXAiLCAiZXhlYyIsICJodHRwIiwgImh0dHAiLCAiaHR0cCIsICJjb25maWciLCAib3BlbiIsICJjb25maWciLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImV4ZWMiLCAidXJsIiwgImh0dHAiLCAiY29uZmlnIiwgInNsZWVwIiwgIm9wdGlvbnMiLCAiYW5vbnltb3VzIiwgImh0dHAiLCAidGV4dCIsICJodHRwIiwgIndlaWdodHMiLCAiZXhlYyIsICJjb25maWciLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAidGV4dCIsICJleHByZXNzaW9uIiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJvcGVuIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgIkNvdW50ZXIiLCAiVHJlbmQiLCAiZXhlYyIsICJzbGVlcCIsICJzbGVlcCIsICJzbGVlcCIsICJzZWNvbmRzIiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJsb2dpbiIsICJjb25maWciLCAiZXhlYyIsICJjb25maWciLCAiY29uZmlnIiwgInNoYXBlIiwgImV4ZWMiLCAiY29uZmlnIiwgImV4ZWMiLCAicHJvYmUiXQp9Cg==
