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
function envNumber(env, name, fallback, range) {
  const what = range.what ?? (range.integer ? "a whole number" : "a number");
  return numberIn(range.min, range.max, what, range.integer ?? false)(env, name, fallback);
}

// lib/workflows/endpoint-groups.ts
import exec3 from "k6/execution";

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
function expectStatus(status2) {
  let callback = statusCallbacks.get(status2);
  if (!callback) {
    callback = http.expectedStatuses(status2);
    statusCallbacks.set(status2, callback);
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
var ATTEMPTS = 3;
var transient = (res) => res.status === 0 || res.status >= 500;
function batched(requests) {
  const answers = [];
  for (let i = 0; i < requests.length; i += CONCURRENCY) {
    const chunk = requests.slice(i, i + CONCURRENCY);
    const got = http2.batch(chunk);
    for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
      const again = got.map((res, k) => transient(res) ? k : -1).filter((k) => k >= 0);
      if (again.length === 0) break;
      sleep(0.2 * attempt);
      http2.batch(again.map((k) => chunk[k])).forEach((res, j) => got[again[j]] = res);
    }
    answers.push(...got);
  }
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
  const [res] = batched([{ method: "POST", url: `${config3.baseUrl}${paths.login()}`, body: JSON.stringify({ email, password }), params: params("login") }]);
  return { token: res.status === 200 ? json(res)?.access_token : void 0, status: res.status };
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
      const generate2 = owner.role === "regular" && n <= generatedPerUser;
      const course = { title: datasetTitle(n), topic: `dataset topic ${n}`, level: "beginner", chapter_count: generate2 ? 1 : 3 };
      creations.push({ owner: i, generate: generate2, request: { method: "POST", url: `${base}${paths.courses()}`, body: JSON.stringify(course), params: params("create dataset", tokens[i]) } });
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
  const started = batched(toGenerate.map((g2) => ({ method: "POST", url: `${base}${paths.generate(g2.id)}`, body: "{}", params: params("generate dataset", tokens[g2.owner]) })));
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
      const status2 = json(res);
      if (status2?.status === "failed") throw new Error(`dataset: generating a course of ${owners[jobs[k].owner].email} failed: ${status2.error ?? "no reason given"}`);
      if (status2?.status === "completed") report.generated++;
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
    const [res] = batched([{ method: "GET", url: `${base}${paths.courses()}?q=${encodeURIComponent(filter)}&limit=${LIST_LIMIT}&offset=${offset}`, params: params("find leftovers", adminToken) }]);
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

// lib/config/env.ts
var config = parseConfig(__ENV);
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

// lib/users/pool.ts
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
function login(config3, secret, role) {
  if (pool.sizes[role] === 0) abort(`${pool.source} has no ${role} account, and this entry needs one.`);
  const { email, password } = pool.account(role, 0, classPassword(config3, secret, role));
  const result = quietLogin(config3, email, password);
  if (!result.token) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    const where = config3.usersFile ? `its line in ${config3.usersFile}` : config3.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
  }
  return result.token;
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
  const anonymous = new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const tokens = {};
  for (const role of ROLES) tokens[role] = login(config3, secret, role);
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
  const seededCourseIds = options2.seed ? seedCourses(anonymous.as(tokens.regular), runId, config3) : [];
  return { runId, tokens, seededCourseIds, classPasswords: secret };
}
function cleanUpRun(config3, data) {
  if (!data?.runId || pool.sizes.admin === 0) return;
  const { email, password } = pool.account("admin", 0, data.classPasswords?.admin ?? config3.users.admin.password);
  const { token } = quietLogin(config3, email, password);
  if (!token) {
    console.error(`teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`);
    return;
  }
  const removed = removeCourses(config3, token, data.runId, (title) => isLeftover(title, data.runId, true));
  if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
}

// lib/workflows/endpoint-groups.ts
var EXPORT_FORMATS = ["json", "markdown", "html"];
var seeded = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
var ENDPOINT_GROUPS = {
  health: { exec: "health", endpoints: ["health"], rate: (r) => r * 2, steps: [({ user }) => user.health()] },
  // Logging in as the VU's own regular account (the token is not used: the other groups keep setup's).
  login: {
    exec: "login",
    endpoints: ["login"],
    rate: (r) => Math.max(0.2, r / 5),
    steps: [
      ({ user }, data, _title, config3) => {
        const account = accountOfVu(pool, "regular", data.classPasswords?.regular ?? config3.users.regular.password);
        if (account) user.login(account.email, account.password);
      }
    ]
  },
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
  return Object.values(ENDPOINT_GROUPS).flatMap((group) => group.endpoints);
}
async function prepareEndpointGroups(config3) {
  const data = await prepareRun(config3, { seed: true });
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
  step(clients, data, (kind) => `perf-${kind} ${data.runId} vu${exec3.vu.idInTest} it${exec3.vu.iterationInScenario}`, config3);
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
var options = entryOptions(config2, {
  roles: [],
  // classes whose VUs log in as their own pool account
  wallTimeS: config2.durationS,
  scenarios: Object.fromEntries(
    Object.entries(ENDPOINT_GROUPS).map(([name, group]) => [name, constantRate(group.exec, group.rate(rate), config2.durationS, maxVUs)])
  ),
  gates: [...endpointBudgetGates(config2.targets, groupedEndpoints(), errorRate), ...abortGates()]
});
var handleSummary = makeHandleSummary({ scenario: "api" });
function setup() {
  return prepareEndpointGroups(config2);
}
var g = ENDPOINT_GROUPS;
var health = (data) => runGroupStep(config2, g.health, data);
var login2 = (data) => runGroupStep(config2, g.login, data);
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
  login2 as login,
  options,
  pollResources2 as pollResources,
  reads,
  setup,
  status,
  teardown,
  writes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL3dvcmtmbG93cy9lbmRwb2ludC1ncm91cHMudHMiLCAiLi4vbGliL2h0dHAvYXBpLnRzIiwgIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsICIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3MvYXBpLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIG1lbW9yeU1iOiAxMDI0LFxuICBjcHVQZXJjZW50OiA4MCxcbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IDEwLFxufSk7XG4iLCAiLy8gVGhlIHVzZXIgcG9vbCdzIHR3byBzb3VyY2VzLCBhcyBwdXJlIGZ1bmN0aW9ucyAobm8gazYgaW1wb3J0cykgc28gdGhlIGRlbW8gcGxhdGZvcm0sIHRoZSBydW5uZXJcbi8vIGFuZCB0aGUgdW5pdCB0ZXN0cyBzaGFyZSB0aGVtIHdpdGggdGhlIGs2IHNpZGU6XG4vLyAtIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUsIGEgQ1NWIGBlbWFpbCxwYXNzd29yZCxyb2xlYCAob25lIGFjY291bnQgcGVyIGxpbmUpO1xuLy8gLSBhIGRlbW8gcG9vbCBzcGVjIGByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMGAgKERFTU9fVVNFUlMpLCB3aG9zZSBhY2NvdW50cyBhcmUgbmFtZWRcbi8vICAgYHJlZ3VsYXItMDAwMUBleGFtcGxlLmNvbWAgLi4uIGFuZCBzaGFyZSBvbmUgcGFzc3dvcmQgcGVyIHJvbGUuXG4vLyBBIENTViBwYXJzZXIgb2Ygb3VyIG93biBiZWNhdXNlIHRoZSBmaWxlIG11c3QgYmUgY2hlY2tlZCBsaW5lIGJ5IGxpbmUgd2l0aCB0aGUgbGluZSBuYW1lZCBpblxuLy8gdGhlIG1lc3NhZ2UsIGFuZCBpdCBydW5zIG9uY2UgcGVyIHRlc3QgKGluc2lkZSBhIFNoYXJlZEFycmF5IGNhbGxiYWNrKTsgazYncyBleHBlcmltZW50YWwgY3N2XG4vLyBtb2R1bGUgcmV0dXJucyBiYXJlIHJlY29yZHMgd2l0aG91dCBsaW5lIG51bWJlcnMgYW5kIG5lZWRzIHRvcC1sZXZlbCBhd2FpdCBpbiBldmVyeSBWVS5cbmV4cG9ydCB0eXBlIFJvbGUgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcbmV4cG9ydCBjb25zdCBST0xFUzogcmVhZG9ubHkgUm9sZVtdID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ107XG5cbmV4cG9ydCBpbnRlcmZhY2UgQWNjb3VudCB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCB0eXBlIEFjY291bnRzID0gUmVjb3JkPFJvbGUsIEFjY291bnRbXT47XG5leHBvcnQgdHlwZSBQb29sU2l6ZXMgPSBSZWNvcmQ8Um9sZSwgbnVtYmVyPjtcblxuZXhwb3J0IGNsYXNzIFVzZXJzRmlsZUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ1VzZXJzRmlsZUVycm9yJztcbn1cblxuLyoqXG4gKiBSZWFkcyBhIHVzZXJzIENTVjogaGVhZGVyIGBlbWFpbCxwYXNzd29yZCxyb2xlYCAoYW55IGNvbHVtbiBvcmRlciwgY2FzZS1pbnNlbnNpdGl2ZSksIFJGQyA0MTgwXG4gKiBxdW90aW5nIChcImEsYlwiIGFuZCBcIlwiIGluc2lkZSBxdW90ZXMpLCBibGFuayBsaW5lcyBza2lwcGVkLiBFdmVyeSBwcm9ibGVtIG5hbWVzIHRoZSBmaWxlIGFuZCBsaW5lLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VVc2Vyc0Nzdih0ZXh0OiBzdHJpbmcsIGZpbGU6IHN0cmluZyk6IEFjY291bnRzIHtcbiAgY29uc3QgYWNjb3VudHM6IEFjY291bnRzID0geyByZWd1bGFyOiBbXSwgcG93ZXI6IFtdLCBhZG1pbjogW10gfTtcbiAgY29uc3QgZmFpbCA9IChsaW5lOiBudW1iZXIsIHByb2JsZW06IHN0cmluZyk6IG5ldmVyID0+IHtcbiAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtmaWxlfSwgbGluZSAke2xpbmV9OiAke3Byb2JsZW19YCk7XG4gIH07XG4gIGxldCBjb2x1bW5zOiBSZWNvcmQ8J2VtYWlsJyB8ICdwYXNzd29yZCcgfCAncm9sZScsIG51bWJlcj4gfCB1bmRlZmluZWQ7XG4gIGxldCB3aWR0aCA9IDA7XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYm9keSA9IHRleHQuY2hhckNvZGVBdCgwKSA9PT0gMHhmZWZmID8gdGV4dC5zbGljZSgxKSA6IHRleHQ7IC8vIGEgQk9NIGZyb20gc3ByZWFkc2hlZXQgZXhwb3J0c1xuICBjb25zdCBsaW5lcyA9IGJvZHkuc3BsaXQoL1xccj9cXG4vKTtcbiAgZm9yIChsZXQgbiA9IDA7IG4gPCBsaW5lcy5sZW5ndGg7IG4rKykge1xuICAgIGNvbnN0IGxpbmUgPSBsaW5lc1tuXSE7XG4gICAgaWYgKGxpbmUudHJpbSgpID09PSAnJykgY29udGludWU7XG4gICAgLy8gRmllbGRzIG9mIG9uZSBsaW5lOiBxdW90ZWQgZmllbGRzIG1heSBob2xkIGNvbW1hcyBhbmQgZG91YmxlZCBxdW90ZXMgKG5vdCBsaW5lIGJyZWFrcykuXG4gICAgY29uc3QgZmllbGRzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGxldCBmaWVsZCA9ICcnO1xuICAgIGxldCBxdW90ZWQgPSBmYWxzZTtcbiAgICBsZXQgd2FzUXVvdGVkID0gZmFsc2U7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBsaW5lLmxlbmd0aDsgaSsrKSB7XG4gICAgICBjb25zdCBjID0gbGluZVtpXTtcbiAgICAgIGlmIChxdW90ZWQpIHtcbiAgICAgICAgaWYgKGMgPT09ICdcIicgJiYgbGluZVtpICsgMV0gPT09ICdcIicpIChmaWVsZCArPSAnXCInKSwgaSsrO1xuICAgICAgICBlbHNlIGlmIChjID09PSAnXCInKSBxdW90ZWQgPSBmYWxzZTtcbiAgICAgICAgZWxzZSBmaWVsZCArPSBjO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnLCcpIHtcbiAgICAgICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgICB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1wiJyAmJiBmaWVsZC50cmltKCkgPT09ICcnKSB7XG4gICAgICAgIHF1b3RlZCA9IHdhc1F1b3RlZCA9IHRydWU7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICB9IGVsc2UgZmllbGQgKz0gYztcbiAgICB9XG4gICAgaWYgKHF1b3RlZCkgZmFpbChuICsgMSwgJ2EgcXVvdGVkIGZpZWxkIGlzIG5vdCBjbG9zZWQnKTtcbiAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgaWYgKCFjb2x1bW5zKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IGZpZWxkcy5tYXAoKGYpID0+IGYudG9Mb3dlckNhc2UoKSk7XG4gICAgICBjb25zdCBhdCA9IChuYW1lOiBzdHJpbmcpID0+IG5hbWVzLmluZGV4T2YobmFtZSk7XG4gICAgICBpZiAoYXQoJ2VtYWlsJykgPCAwIHx8IGF0KCdwYXNzd29yZCcpIDwgMCB8fCBhdCgncm9sZScpIDwgMCkge1xuICAgICAgICBmYWlsKG4gKyAxLCBgdGhlIGZpcnN0IGxpbmUgbXVzdCBiZSB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgKGdvdCAke0pTT04uc3RyaW5naWZ5KGxpbmUuc2xpY2UoMCwgODApKX0pYCk7XG4gICAgICB9XG4gICAgICBjb2x1bW5zID0geyBlbWFpbDogYXQoJ2VtYWlsJyksIHBhc3N3b3JkOiBhdCgncGFzc3dvcmQnKSwgcm9sZTogYXQoJ3JvbGUnKSB9O1xuICAgICAgd2lkdGggPSBmaWVsZHMubGVuZ3RoO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChmaWVsZHMubGVuZ3RoICE9PSB3aWR0aCkgZmFpbChuICsgMSwgYGV4cGVjdGVkICR7d2lkdGh9IGZpZWxkcyBsaWtlIHRoZSBoZWFkZXIsIGdvdCAke2ZpZWxkcy5sZW5ndGh9YCk7XG4gICAgY29uc3QgZW1haWwgPSBmaWVsZHNbY29sdW1ucy5lbWFpbF0gPz8gJyc7XG4gICAgY29uc3QgcGFzc3dvcmQgPSBmaWVsZHNbY29sdW1ucy5wYXNzd29yZF0gPz8gJyc7XG4gICAgY29uc3Qgcm9sZSA9IChmaWVsZHNbY29sdW1ucy5yb2xlXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbiAgICBpZiAoZW1haWwgPT09ICcnKSBmYWlsKG4gKyAxLCAnZW1wdHkgZW1haWwnKTtcbiAgICBpZiAocGFzc3dvcmQgPT09ICcnKSBmYWlsKG4gKyAxLCBgZW1wdHkgcGFzc3dvcmQgZm9yICR7ZW1haWx9YCk7XG4gICAgaWYgKCEoUk9MRVMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKHJvbGUpKSBmYWlsKG4gKyAxLCBgdW5rbm93biByb2xlICR7SlNPTi5zdHJpbmdpZnkocm9sZSl9IGZvciAke2VtYWlsfSAodXNlIHJlZ3VsYXIsIHBvd2VyIG9yIGFkbWluKWApO1xuICAgIGlmIChzZWVuLmhhcyhlbWFpbC50b0xvd2VyQ2FzZSgpKSkgZmFpbChuICsgMSwgYCR7ZW1haWx9IGlzIGxpc3RlZCB0d2ljZWApO1xuICAgIHNlZW4uYWRkKGVtYWlsLnRvTG93ZXJDYXNlKCkpO1xuICAgIGFjY291bnRzW3JvbGUgYXMgUm9sZV0ucHVzaCh7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuICBpZiAoIWNvbHVtbnMpIGZhaWwoMSwgJ3RoZSBmaWxlIGlzIGVtcHR5OiBpdCBuZWVkcyB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgYW5kIG9uZSBsaW5lIHBlciBhY2NvdW50Jyk7XG4gIHJldHVybiBhY2NvdW50cztcbn1cblxuLyoqIGByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMGAgLT4gc2l6ZXM7IGEgcm9sZSBsZWZ0IG91dCBoYXMgbm9uZS4gVGhyb3dzIG5hbWluZyBgbmFtZWAgb24gYW55dGhpbmcgZWxzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVBvb2xTcGVjKHNwZWM6IHN0cmluZywgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHtcbiAgY29uc3Qgc2l6ZXM6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3JvbGU6Y291bnQgcGFpcnMgc3VjaCBhcyByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMCc7XG4gIGZvciAoY29uc3QgcGFydCBvZiBzcGVjLnNwbGl0KCcsJykubWFwKChwKSA9PiBwLnRyaW0oKSkuZmlsdGVyKChwKSA9PiBwICE9PSAnJykpIHtcbiAgICBjb25zdCBtYXRjaCA9IC9eKHJlZ3VsYXJ8cG93ZXJ8YWRtaW4pOihcXGR7MSw2fSkkLy5leGVjKHBhcnQpO1xuICAgIGlmICghbWF0Y2gpIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBcIiR7cGFydH1cIiBpcyBub3Qgb25lIG9mICR7ZXhwZWN0ZWR9YCk7XG4gICAgc2l6ZXNbbWF0Y2hbMV0gYXMgUm9sZV0gPSBOdW1iZXIobWF0Y2hbMl0pO1xuICB9XG4gIGlmIChzaXplcy5yZWd1bGFyICsgc2l6ZXMucG93ZXIgKyBzaXplcy5hZG1pbiA9PT0gMCkgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG4gIHJldHVybiBzaXplcztcbn1cblxuLyoqIFRoZSBlbWFpbCBvZiB0aGUgbi10aCAoZnJvbSAxKSBkZW1vIHBvb2wgYWNjb3VudCBvZiBhIHJvbGU6IHJlZ3VsYXItMDAwMUBleGFtcGxlLmNvbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb29sRW1haWwocm9sZTogUm9sZSwgbjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3JvbGV9LSR7U3RyaW5nKG4pLnBhZFN0YXJ0KDQsICcwJyl9QGV4YW1wbGUuY29tYDtcbn1cblxuLyoqIFdoeSBhIHBvb2wgaXMgdG9vIHNtYWxsIGZvciBkaXN0aW5jdCBhY2NvdW50cywgb3IgdW5kZWZpbmVkIHdoZW4gZXZlcnkgVlUgY2FuIGhhdmUgaXRzIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b29TbWFsbEZvckRpc3RpbmN0KHNpemVzOiBQb29sU2l6ZXMsIG5lZWRlZDogUG9vbFNpemVzLCBzb3VyY2U6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIGlmIChuZWVkZWRbcm9sZV0gPiAwICYmIHNpemVzW3JvbGVdIDwgbmVlZGVkW3JvbGVdKSB7XG4gICAgICByZXR1cm4gYCR7c291cmNlfSBoYXMgJHtzaXplc1tyb2xlXX0gJHtyb2xlfSBhY2NvdW50KHMpLCBidXQgUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSBuZWVkcyAke25lZWRlZFtyb2xlXX06IGAgK1xuICAgICAgICBgb25lIHBlciBWVSBpZCB0aGlzIGVudHJ5IGNhbiBzdGFydCAoazYgbnVtYmVycyBWVXMgYWNyb3NzIGFsbCBjbGFzc2VzLCBhbmQgVlUgbiB1c2VzIHRoZSBjbGFzcydzIGFjY291bnQgbiBtb2Qgc2l6ZSlgO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIFRoZSBoaWdoZXN0IFZVIGlkIGs2IGNhbiBoYW5kIG91dCBmb3IgdGhlc2Ugc2NlbmFyaW9zICh0aGUgc3VtIG9mIGVhY2ggc2NlbmFyaW8ncyBWVXMsIGFuIHVwcGVyXG4gKiBib3VuZCBvZiBrNidzIG1heFZVcyk6IFZVIGlkcyBhcmUgbnVtYmVyZWQgYWNyb3NzIGFsbCBzY2VuYXJpb3MsIHNvIGEgY2xhc3MncyBhY2NvdW50cyBhcmVcbiAqIGluZGV4ZWQgYnkgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2dUlkQm91bmQoc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pOiBudW1iZXIge1xuICBsZXQgdG90YWwgPSAwO1xuICBmb3IgKGNvbnN0IHMgb2YgT2JqZWN0LnZhbHVlcyhzY2VuYXJpb3MpKSB7XG4gICAgY29uc3Qgc3RhZ2VzID0gKHMuc3RhZ2VzIGFzIHsgdGFyZ2V0OiBudW1iZXIgfVtdIHwgdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBjb25zdCBtb3N0ID0gTWF0aC5tYXgoTnVtYmVyKHMuc3RhcnRWVXMgPz8gMCksIC4uLnN0YWdlcy5tYXAoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQpKTtcbiAgICBpZiAocy5leGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgdG90YWwgKz0gbW9zdDtcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5tYXhWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLm1heFZVcztcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5wcmVBbGxvY2F0ZWRWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLnByZUFsbG9jYXRlZFZVcztcbiAgICBlbHNlIHRvdGFsICs9IE51bWJlcihzLnZ1cyA/PyAxKTtcbiAgfVxuICByZXR1cm4gdG90YWw7XG59XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuaW1wb3J0IHsgcGFyc2VQb29sU3BlYywgVXNlcnNGaWxlRXJyb3IsIHR5cGUgUG9vbFNpemVzIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IHR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnIHtcbiAgYmFzZVVybDogc3RyaW5nO1xuICB1c2VyczogeyByZWd1bGFyOiBDcmVkZW50aWFsczsgcG93ZXI6IENyZWRlbnRpYWxzOyBhZG1pbjogQ3JlZGVudGlhbHMgfTtcbiAgLyoqIEhvbGQgdGltZSBvZiB0aGUgbWFpbiBsb2FkLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OKS4gKi9cbiAgZHVyYXRpb25TOiBudW1iZXI7XG4gIC8qKiBQZWFrIG51bWJlciBvZiB2aXJ0dWFsIHVzZXJzIChQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTKS4gKi9cbiAgY29uY3VycmVudFVzZXJzOiBudW1iZXI7XG4gIC8qKiBQZXItcmVxdWVzdCB0aW1lb3V0LCBzZWNvbmRzIChQRVJGT1JNQU5DRV9BUElfVElNRU9VVCkuICovXG4gIGFwaVRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBSYW1wLXVwIGFuZCByYW1wLWRvd24gdGltZSwgc2Vjb25kcy4gKi9cbiAgcmFtcFVwUzogbnVtYmVyO1xuICByYW1wRG93blM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIFZVcyBwZXIgdXNlciB0eXBlLCBwZXJjZW50LCBzdW1taW5nIHRvIDEwMC4gKi9cbiAgd2VpZ2h0czogeyByZWd1bGFyOiBudW1iZXI7IHBvd2VyOiBudW1iZXI7IGFkbWluOiBudW1iZXIgfTtcbiAgLyoqIFRoaW5rIHRpbWUgYmV0d2VlbiBhIHVzZXIncyBhY3Rpb25zLCBzZWNvbmRzLCBkcmF3biB1bmlmb3JtbHkgZnJvbSBbbWluLCBtYXhdLiAqL1xuICB0aGlua1RpbWVTOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9O1xuICAvKiogSG93IG9mdGVuIGEgcG93ZXIgdXNlciBwb2xscyBhIGdlbmVyYXRpb24gam9iLCBhbmQgaG93IGxvbmcgaXQgd2FpdHMgYXQgbW9zdCwgc2Vjb25kcy4gKi9cbiAgcG9sbEludGVydmFsUzogbnVtYmVyO1xuICBnZW5lcmF0aW9uVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIENoYXB0ZXJzIHBlciBnZW5lcmF0ZWQgY291cnNlLiAqL1xuICBjaGFwdGVyc1BlckNvdXJzZTogbnVtYmVyO1xuICBzaWRlY2FyVXJsOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzaWRlY2FyIHNhbXBsZXMgZ28gbWlzc2luZyAoU0lERUNBUl9TVFJJQ1Q9dHJ1ZSkuICovXG4gIHNpZGVjYXJTdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBIb3N0cyBiZXNpZGVzIGxvb3BiYWNrIHRoYXQgZW50cmllcyBoZWF2aWVyIHRoYW4gc21va2UgbWF5IGxvYWQgKFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMpLiAqL1xuICBhbGxvd2VkSG9zdHM6IHN0cmluZ1tdO1xuICB0YXJnZXRzOiBUYXJnZXRzO1xuICAvKiogVGhlIHVzZXIgcG9vbDogYSBDU1Ygb2YgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUpLCBvciB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fVVNFUlMgcG9vbDsgbmVpdGhlcjogb25lIGFjY291bnQgcGVyIGNsYXNzLiAqL1xuICB1c2Vyc0ZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgZGVtb1VzZXJzOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQ7XG4gIC8qKiBSZWZ1c2UgYSBwb29sIHdpdGggZmV3ZXIgYWNjb3VudHMgb2YgYSBjbGFzcyB0aGFuIFZVIGlkcyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSkuICovXG4gIHVzZXJzRGlzdGluY3Q6IGJvb2xlYW47XG4gIC8qKiBLZXB0IGNvdXJzZXMgcGVyIHJlZ3VsYXIvcG93ZXIgYWNjb3VudCAoUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTKSwgb2Ygd2hpY2ggdGhlIGZpcnN0IE4gb2YgZWFjaCByZWd1bGFyIGFjY291bnQgYXJlIGdlbmVyYXRlZC4gKi9cbiAgZGF0YXNldDogeyBjb3Vyc2VzOiBudW1iZXI7IGdlbmVyYXRlZDogbnVtYmVyOyByZXNlZWQ6IGJvb2xlYW4gfTtcbn1cblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0NvbmZpZ0Vycm9yJztcbn1cblxudHlwZSBSZWFkPFQ+ID0gKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBUKSA9PiBUO1xuXG5mdW5jdGlvbiByYXcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICByZXR1cm4gdmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmFpbChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbn1cblxuZnVuY3Rpb24gbnVtYmVySW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB3aGF0OiBzdHJpbmcsIGludGVnZXI6IGJvb2xlYW4pOiBSZWFkPG51bWJlcj4ge1xuICByZXR1cm4gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBgJHt3aGF0fSBmcm9tICR7bWlufSB0byAke21heH1gO1xuICAgIGlmICghL15bK10/XFxkKyhcXC5cXGQrKT8kLy50ZXN0KHZhbHVlKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIGNvbnN0IHBhcnNlZCA9IE51bWJlcih2YWx1ZSk7XG4gICAgaWYgKChpbnRlZ2VyICYmICFOdW1iZXIuaXNJbnRlZ2VyKHBhcnNlZCkpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICByZXR1cm4gcGFyc2VkO1xuICB9O1xufVxuXG4vKiogV2hvbGUgc2Vjb25kcywgZS5nLiA2MCAoYSB1bml0IHN1Y2ggYXMgXCI2MHNcIiBvciBcIjFtXCIgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkKS4gKi9cbmNvbnN0IHNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnLCB0cnVlKTtcbmNvbnN0IGNvdW50ID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlcicsIHRydWUpO1xuY29uc3QgbWlsbGlzID0gbnVtYmVySW4oMSwgM182MDBfMDAwLCAnbWlsbGlzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSk7XG5jb25zdCBmcmFjdGlvbiA9IG51bWJlckluKDAsIDEsICdhIGZyYWN0aW9uIChlLmcuIDAuOTUpJywgZmFsc2UpO1xuXG5jb25zdCB0ZXh0OiBSZWFkPHN0cmluZz4gPSAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHZhbHVlLnRyaW0oKSA9PT0gJycpIGZhaWwobmFtZSwgdmFsdWUsICdhIG5vbi1lbXB0eSB2YWx1ZScpO1xuICByZXR1cm4gdmFsdWU7XG59O1xuXG5mdW5jdGlvbiB1cmwoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IG1hdGNoID0gL14oaHR0cHM/KTpcXC9cXC8oW14vXFxzOl0rfFxcW1swLTlhLWZBLUY6XStcXF0pKDpcXGR7MSw1fSk/KFxcL1xcUyopPyQvLmV4ZWModmFsdWUpO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCAnYW4gaHR0cChzKSBVUkwgc3VjaCBhcyBodHRwOi8vMTI3LjAuMC4xOjgwMDAnKTtcbiAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuXG5mdW5jdGlvbiB3ZWlnaHRzKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyByZWd1bGFyOiA3MCwgcG93ZXI6IDIwLCBhZG1pbjogMTAgfTtcbiAgY29uc3QgcGFydHMgPSB2YWx1ZS5zcGxpdCgnLycpLm1hcCgocGFydCkgPT4gcGFydC50cmltKCkpO1xuICBjb25zdCBleHBlY3RlZCA9ICd0aHJlZSB3aG9sZSBwZXJjZW50YWdlcyByZWd1bGFyL3Bvd2VyL2FkbWluIHN1bW1pbmcgdG8gMTAwLCBlLmcuIDcwLzIwLzEwJztcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMyB8fCBwYXJ0cy5zb21lKChwYXJ0KSA9PiAhL15cXGQrJC8udGVzdChwYXJ0KSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgW3JlZ3VsYXIsIHBvd2VyLCBhZG1pbl0gPSBwYXJ0cy5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gIGlmIChyZWd1bGFyICsgcG93ZXIgKyBhZG1pbiAhPT0gMTAwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IHJlZ3VsYXIsIHBvd2VyLCBhZG1pbiB9O1xufVxuXG5mdW5jdGlvbiB0aGlua1RpbWUoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1sndGhpbmtUaW1lUyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IG1pbjogMSwgbWF4OiAzIH07XG4gIGNvbnN0IG1hdGNoID0gL14oXFxkKyg/OlxcLlxcZCspPykoPzotKFxcZCsoPzpcXC5cXGQrKT8pKT8kLy5leGVjKHZhbHVlKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAnc2Vjb25kcyBhcyBOIG9yIE1JTi1NQVggKGUuZy4gMS0zKSwgZWFjaCBhdCBtb3N0IDYwJztcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBtaW4gPSBOdW1iZXIobWF0Y2hbMV0pO1xuICBjb25zdCBtYXggPSBtYXRjaFsyXSA9PT0gdW5kZWZpbmVkID8gbWluIDogTnVtYmVyKG1hdGNoWzJdKTtcbiAgaWYgKG1heCA8IG1pbiB8fCBtYXggPiA2MCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyBtaW4sIG1heCB9O1xufVxuXG5mdW5jdGlvbiBmbGFnKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnIHx8IHZhbHVlID09PSAnZmFsc2UnIHx8IHZhbHVlID09PSAnMCcpIHJldHVybiBmYWxzZTtcbiAgaWYgKHZhbHVlID09PSAndHJ1ZScgfHwgdmFsdWUgPT09ICcxJykgcmV0dXJuIHRydWU7XG4gIHJldHVybiBmYWlsKG5hbWUsIHZhbHVlLCAndHJ1ZSBvciBmYWxzZScpO1xufVxuXG5mdW5jdGlvbiBob3N0TGlzdChlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiBbXTtcbiAgY29uc3QgaG9zdHMgPSB2YWx1ZS5zcGxpdCgnLCcpLm1hcCgoaG9zdCkgPT4gaG9zdC50cmltKCkudG9Mb3dlckNhc2UoKSk7XG4gIGlmIChob3N0cy5zb21lKChob3N0KSA9PiAhL14oXFxbWzAtOWEtZjpdK1xcXXxbYS16MC05LlxcLTpdKykkLy50ZXN0KGhvc3QpKSkge1xuICAgIGZhaWwobmFtZSwgdmFsdWUsICdhIGNvbW1hLXNlcGFyYXRlZCBsaXN0IG9mIGhvc3QgbmFtZXMgb3IgYWRkcmVzc2VzLCBlLmcuIHN0YWdpbmcuZXhhbXBsZS5jb20sMTAuMC4wLjUnKTtcbiAgfVxuICByZXR1cm4gaG9zdHM7XG59XG5cbmZ1bmN0aW9uIGNyZWRlbnRpYWxzKGVudjogRW52LCBwcmVmaXg6IHN0cmluZywgZmFsbGJhY2tFbWFpbDogc3RyaW5nLCBmYWxsYmFja1Bhc3N3b3JkOiBzdHJpbmcpOiBDcmVkZW50aWFscyB7XG4gIHJldHVybiB7XG4gICAgZW1haWw6IHRleHQoZW52LCBgJHtwcmVmaXh9X0VNQUlMYCwgZmFsbGJhY2tFbWFpbCksXG4gICAgcGFzc3dvcmQ6IHRleHQoZW52LCBgJHtwcmVmaXh9X1BBU1NXT1JEYCwgZmFsbGJhY2tQYXNzd29yZCksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBvb2xTcGVjKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiB1bmRlZmluZWQ7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHBhcnNlUG9vbFNwZWModmFsdWUsIG5hbWUpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihlcnJvciBpbnN0YW5jZW9mIFVzZXJzRmlsZUVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGRhdGFzZXQoZW52OiBFbnYpOiBDb25maWdbJ2RhdGFzZXQnXSB7XG4gIGNvbnN0IGNvdXJzZXMgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMnLCAyMCk7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEJywgTWF0aC5taW4oMSwgY291cnNlcykpO1xuICBpZiAoZ2VuZXJhdGVkID4gY291cnNlcykgZmFpbCgnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBTdHJpbmcoZ2VuZXJhdGVkKSwgYGF0IG1vc3QgUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTICgke2NvdXJzZXN9KWApO1xuICByZXR1cm4geyBjb3Vyc2VzLCBnZW5lcmF0ZWQsIHJlc2VlZDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRCcpIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX1VQJywgTWF0aC5taW4oMzAsIE1hdGgubWF4KDEsIE1hdGgucm91bmQoZHVyYXRpb25TIC8gNCkpKSk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbigwLCAxXzAwMF8wMDAsICdNQiBwZXIgbWludXRlIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnVEhSRVNIT0xEX01FTU9SWV9HUk9XVEhfTUJfUEVSX01JTicsIGQubWVtb3J5R3Jvd3RoTWJQZXJNaW4pLFxuICAgIH0sXG4gICAgdXNlcnNGaWxlOiByYXcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRklMRScpIHx8IHVuZGVmaW5lZCxcbiAgICBkZW1vVXNlcnM6IHBvb2xTcGVjKGVudiwgJ0RFTU9fVVNFUlMnKSxcbiAgICB1c2Vyc0Rpc3RpbmN0OiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUJyksXG4gICAgZGF0YXNldDogZGF0YXNldChlbnYpLFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzTG9vcGJhY2soaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBob3N0ID09PSAnbG9jYWxob3N0JyB8fCBob3N0ID09PSAnWzo6MV0nIHx8IGhvc3QgPT09ICc6OjEnIHx8IC9eMTI3XFwuXFxkezEsM31cXC5cXGR7MSwzfVxcLlxcZHsxLDN9JC8udGVzdChob3N0KTtcbn1cblxuLyoqXG4gKiBUaGUgdGFyZ2V0IGd1YXJkOiBhbiBlbnRyeSBoZWF2aWVyIHRoYW4gc21va2UgcmVmdXNlcyBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2sgdW5sZXNzIGl0IGlzXG4gKiBhbGxvdy1saXN0ZWQsIHNvIGEgdHlwbyBpbiBCQVNFX1VSTCBjYW5ub3QgbG9hZC10ZXN0IHByb2R1Y3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZzogQ29uZmlnLCBlbnRyeTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGhvc3QgPSBob3N0T2YoY29uZmlnLmJhc2VVcmwpO1xuICBpZiAoaXNMb29wYmFjayhob3N0KSB8fCBjb25maWcuYWxsb3dlZEhvc3RzLmluY2x1ZGVzKGhvc3QpKSByZXR1cm47XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICBgcmVmdXNpbmcgdG8gcnVuIFwiJHtlbnRyeX1cIiBhZ2FpbnN0ICR7Y29uZmlnLmJhc2VVcmx9OiAke2hvc3R9IGlzIG5vdCBhIGxvb3BiYWNrIGFkZHJlc3MuIGAgK1xuICAgICAgYElmIHlvdSBtZWFuIHRvIGxvYWQtdGVzdCBpdCwgYWxsb3cgaXQgd2l0aCBQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTPSR7aG9zdH0gKGNvbW1hLXNlcGFyYXRlZCBsaXN0KS5gLFxuICApO1xufVxuXG4vKipcbiAqIEEgc2NlbmFyaW8ncyBvd24gbnVtZXJpYyBzZXR0aW5nIChlLmcuIFNQSUtFX0ZBQ1RPUiksIHZhbGlkYXRlZCBsaWtlIHRoZSBzaGFyZWQgb25lczogYSBiYWRcbiAqIHZhbHVlIHN0b3BzIHRoZSBydW4gYXQgaW5pdCB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHZhcmlhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW52TnVtYmVyKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSk6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIFRoZSBgYXBpYCBlbnRyeSdzIHRyYWZmaWM6IHRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBpbiBncm91cHMsIGVhY2ggZ3JvdXAgb25lIG9wZW4tbW9kZWxcbi8vIHNjZW5hcmlvIHdob3NlIGl0ZXJhdGlvbiBjYWxscyB0aGUgbmV4dCBlbmRwb2ludCBvZiBpdHMgZ3JvdXAuIEVuZHBvaW50cyBvZiBhIGdyb3VwIHNoYXJlIGFcbi8vIHJhdGU7IGVhY2ggaXMgc3RpbGwgdGFnZ2VkIGFuZCBnYXRlZCBvbiBpdHMgb3duIChlbmRwb2ludDo8bmFtZT4pLlxuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBFeHBvcnRGb3JtYXQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4uL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHByZXBhcmVSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGFjY291bnRPZlZ1LCBwb29sIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRHcm91cERhdGEgZXh0ZW5kcyBSdW5EYXRhIHtcbiAgLyoqIEEgZ2VuZXJhdGlvbiBqb2IgZXZlcnkgYHN0YXR1c2AgaXRlcmF0aW9uIHBvbGxzLiAqL1xuICBqb2JJZDogSWQ7XG59XG5cbnR5cGUgU3RlcCA9IChhcGk6IHsgdXNlcjogQXBpQ2xpZW50OyBhZG1pbjogQXBpQ2xpZW50IH0sIGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhLCB0aXRsZTogKGtpbmQ6IHN0cmluZykgPT4gc3RyaW5nLCBjb25maWc6IENvbmZpZykgPT4gdm9pZDtcblxuZXhwb3J0IGludGVyZmFjZSBFbmRwb2ludEdyb3VwIHtcbiAgLyoqIFRoZSBleHBvcnRlZCBmdW5jdGlvbiBvZiB0aGUgZW50cnkgdGhhdCBydW5zIG9uZSBpdGVyYXRpb24gKGs2IGBleGVjYCkuICovXG4gIGV4ZWM6IHN0cmluZztcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFtdO1xuICAvKiogSXRlcmF0aW9ucyBwZXIgc2Vjb25kIG9mIHRoaXMgZ3JvdXAgZm9yIGEgYmFzZSByYXRlIChBUElfUkFURSkuICovXG4gIHJhdGU6IChiYXNlOiBudW1iZXIpID0+IG51bWJlcjtcbiAgLyoqIENhbGxlZCBpbiB0dXJuLCBvbmUgcGVyIGl0ZXJhdGlvbi4gKi9cbiAgc3RlcHM6IFN0ZXBbXTtcbn1cblxuY29uc3QgRVhQT1JUX0ZPUk1BVFM6IHJlYWRvbmx5IEV4cG9ydEZvcm1hdFtdID0gWydqc29uJywgJ21hcmtkb3duJywgJ2h0bWwnXTtcbmNvbnN0IHNlZWRlZCA9IChkYXRhOiBSdW5EYXRhKTogSWQgPT4gZGF0YS5zZWVkZWRDb3Vyc2VJZHNbTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogZGF0YS5zZWVkZWRDb3Vyc2VJZHMubGVuZ3RoKV0hO1xuXG4vKiogU2NlbmFyaW8gbmFtZSAtPiBncm91cC4gSGVhbHRoIGlzIHByb2JlZCB0d2ljZSBhcyBvZnRlbiAoaXQgaXMgd2hhdCBtb25pdG9ycyBoaXQpOyBnZW5lcmF0aW9uIGFuZCBleHBvcnQgY29zdCBtb3JlLCBzbyBsZXNzIG9mdGVuLiAqL1xuZXhwb3J0IGNvbnN0IEVORFBPSU5UX0dST1VQUyA9IHtcbiAgaGVhbHRoOiB7IGV4ZWM6ICdoZWFsdGgnLCBlbmRwb2ludHM6IFsnaGVhbHRoJ10sIHJhdGU6IChyKSA9PiByICogMiwgc3RlcHM6IFsoeyB1c2VyIH0pID0+IHVzZXIuaGVhbHRoKCldIH0sXG4gIC8vIExvZ2dpbmcgaW4gYXMgdGhlIFZVJ3Mgb3duIHJlZ3VsYXIgYWNjb3VudCAodGhlIHRva2VuIGlzIG5vdCB1c2VkOiB0aGUgb3RoZXIgZ3JvdXBzIGtlZXAgc2V0dXAncykuXG4gIGxvZ2luOiB7XG4gICAgZXhlYzogJ2xvZ2luJyxcbiAgICBlbmRwb2ludHM6IFsnbG9naW4nXSxcbiAgICByYXRlOiAocikgPT4gTWF0aC5tYXgoMC4yLCByIC8gNSksXG4gICAgc3RlcHM6IFtcbiAgICAgICh7IHVzZXIgfSwgZGF0YSwgX3RpdGxlLCBjb25maWcpID0+IHtcbiAgICAgICAgY29uc3QgYWNjb3VudCA9IGFjY291bnRPZlZ1KHBvb2wsICdyZWd1bGFyJywgZGF0YS5jbGFzc1Bhc3N3b3Jkcz8ucmVndWxhciA/PyBjb25maWcudXNlcnMucmVndWxhci5wYXNzd29yZCk7XG4gICAgICAgIGlmIChhY2NvdW50KSB1c2VyLmxvZ2luKGFjY291bnQuZW1haWwsIGFjY291bnQucGFzc3dvcmQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICByZWFkczoge1xuICAgIGV4ZWM6ICdyZWFkcycsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZXNfbGlzdCcsICdjb3Vyc2VfZ2V0JywgJ2NoYXB0ZXJfZ2V0J10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgc3RlcHM6IFsoeyB1c2VyIH0pID0+IHVzZXIubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSksICh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRDb3Vyc2Uoc2VlZGVkKGRhdGEpKSwgKHsgdXNlciB9LCBkYXRhKSA9PiB1c2VyLmdldENoYXB0ZXIoc2VlZGVkKGRhdGEpLCAxKV0sXG4gIH0sXG4gIHN0YXR1czogeyBleGVjOiAnc3RhdHVzJywgZW5kcG9pbnRzOiBbJ2pvYl9nZXQnXSwgcmF0ZTogKHIpID0+IHIsIHN0ZXBzOiBbKHsgdXNlciB9LCBkYXRhKSA9PiB1c2VyLmdldEpvYihkYXRhLmpvYklkKV0gfSxcbiAgd3JpdGVzOiB7XG4gICAgZXhlYzogJ3dyaXRlcycsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZV9jcmVhdGUnLCAnY291cnNlX3VwZGF0ZScsICdjb3Vyc2VfZGVsZXRlJ10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgLy8gT25lIGl0ZXJhdGlvbiBjcmVhdGVzLCB1cGRhdGVzIGFuZCBkZWxldGVzLCBzbyB0aGUgdGhyZWUgd3JpdGUgZW5kcG9pbnRzIGdldCB0aGUgc2FtZSByYXRlIGFuZCBub3RoaW5nIGlzIGxlZnQgYmVoaW5kLlxuICAgIHN0ZXBzOiBbXG4gICAgICAoeyB1c2VyIH0sIF9kYXRhLCB0aXRsZSkgPT4ge1xuICAgICAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogdGl0bGUoJ2FwaS13cml0ZScpLCB0b3BpYzogJ3dyaXRlcycsIGxldmVsOiAnaW50ZXJtZWRpYXRlJywgY2hhcHRlcl9jb3VudDogMSB9KTtcbiAgICAgICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybjtcbiAgICAgICAgdXNlci51cGRhdGVDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkLCB7IGxldmVsOiAnYWR2YW5jZWQnIH0pO1xuICAgICAgICB1c2VyLmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICBnZW5lcmF0ZToge1xuICAgIGV4ZWM6ICdnZW5lcmF0ZScsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZV9nZW5lcmF0ZSddLFxuICAgIHJhdGU6IChyKSA9PiBNYXRoLm1heCgwLjIsIHIgLyA1KSxcbiAgICBzdGVwczogW1xuICAgICAgKHsgdXNlciB9LCBfZGF0YSwgdGl0bGUpID0+IHtcbiAgICAgICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHRpdGxlKCdhcGktZ2VuJyksIHRvcGljOiAnZ2VuZXJhdGlvbicsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAxIH0pO1xuICAgICAgICBpZiAoY3JlYXRlZC5ib2R5KSB1c2VyLmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgICB9LFxuICAgIF0sXG4gIH0sXG4gIGV4cG9ydDoge1xuICAgIGV4ZWM6ICdleHBvcnRDb3Vyc2UnLFxuICAgIGVuZHBvaW50czogWydjb3Vyc2VfZXhwb3J0J10sXG4gICAgcmF0ZTogKHIpID0+IE1hdGgubWF4KDAuMiwgciAvIDIpLFxuICAgIHN0ZXBzOiBFWFBPUlRfRk9STUFUUy5tYXAoKGZvcm1hdCk6IFN0ZXAgPT4gKHsgdXNlciB9LCBkYXRhKSA9PiB1c2VyLmV4cG9ydENvdXJzZShzZWVkZWQoZGF0YSksIGZvcm1hdCkpLFxuICB9LFxuICBhZG1pbjoge1xuICAgIGV4ZWM6ICdhZG1pbicsXG4gICAgZW5kcG9pbnRzOiBbJ2FkbWluX3N0YXRzJywgJ2FkbWluX2pvYnMnLCAnYWRtaW5fdXNlcnMnXSxcbiAgICByYXRlOiAocikgPT4gcixcbiAgICBzdGVwczogWyh7IGFkbWluIH0pID0+IGFkbWluLmFkbWluU3RhdHMoKSwgKHsgYWRtaW4gfSkgPT4gYWRtaW4uYWRtaW5Kb2JzKDIwKSwgKHsgYWRtaW4gfSkgPT4gYWRtaW4uYWRtaW5Vc2VycygpXSxcbiAgfSxcbn0gc2F0aXNmaWVzIFJlY29yZDxzdHJpbmcsIEVuZHBvaW50R3JvdXA+O1xuXG4vKiogRXZlcnkgZW5kcG9pbnQgdGhlIGdyb3VwcyBleGVyY2lzZSwgZWFjaCB0byBiZSBnYXRlZCBvbiBpdHMgb3duLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdyb3VwZWRFbmRwb2ludHMoKTogRW5kcG9pbnRbXSB7XG4gIHJldHVybiBPYmplY3QudmFsdWVzKEVORFBPSU5UX0dST1VQUykuZmxhdE1hcCgoZ3JvdXApID0+IGdyb3VwLmVuZHBvaW50cyk7XG59XG5cbi8qKiBUaGUgc2hhcmVkIHNldHVwIHBsdXMgb25lIGdlbmVyYXRpb24gam9iIGZvciBgc3RhdHVzYCB0byBwb2xsLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVFbmRwb2ludEdyb3Vwcyhjb25maWc6IENvbmZpZyk6IFByb21pc2U8RW5kcG9pbnRHcm91cERhdGE+IHtcbiAgY29uc3QgZGF0YSA9IGF3YWl0IHByZXBhcmVSdW4oY29uZmlnLCB7IHNlZWQ6IHRydWUgfSk7XG4gIGNvbnN0IGNsaWVudCA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMucmVndWxhcik7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtYXBpICR7ZGF0YS5ydW5JZH1gLCB0b3BpYzogJ2FwaSBidWRnZXRzJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDEgfSk7XG4gIGlmICghY291cnNlLmJvZHkpIHRocm93IG5ldyBFcnJvcihgc2V0dXAgY291bGQgbm90IGNyZWF0ZSB0aGUgY291cnNlIHdob3NlIGpvYiB0aGUgc3RhdHVzIGdyb3VwIHBvbGxzIChzdGF0dXMgJHtjb3Vyc2Uuc3RhdHVzfSlgKTtcbiAgY29uc3Qgam9iID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZS5ib2R5LmlkKTtcbiAgaWYgKCFqb2IuYm9keSkgdGhyb3cgbmV3IEVycm9yKGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgdGhlIGdlbmVyYXRpb24gam9iIHRoZSBzdGF0dXMgZ3JvdXAgcG9sbHMgKHN0YXR1cyAke2pvYi5zdGF0dXN9KWApO1xuICByZXR1cm4geyAuLi5kYXRhLCBqb2JJZDogam9iLmJvZHkuam9iX2lkIH07XG59XG5cbmxldCBjbGllbnRzOiB7IHVzZXI6IEFwaUNsaWVudDsgYWRtaW46IEFwaUNsaWVudCB9IHwgdW5kZWZpbmVkO1xubGV0IHR1cm4gPSAwO1xuXG4vKiogT25lIGl0ZXJhdGlvbiBvZiBhIGdyb3VwOiB0aGUgbmV4dCBvZiBpdHMgc3RlcHMsIHdpdGggcGVyLVZVIGNsaWVudHMgbWFkZSBvbiBmaXJzdCB1c2UuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuR3JvdXBTdGVwKGNvbmZpZzogQ29uZmlnLCBncm91cDogRW5kcG9pbnRHcm91cCwgZGF0YTogRW5kcG9pbnRHcm91cERhdGEpOiB2b2lkIHtcbiAgY2xpZW50cyA/Pz0ge1xuICAgIHVzZXI6IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMucmVndWxhciksXG4gICAgYWRtaW46IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMuYWRtaW4pLFxuICB9O1xuICBjb25zdCBzdGVwID0gZ3JvdXAuc3RlcHNbdHVybisrICUgZ3JvdXAuc3RlcHMubGVuZ3RoXSE7XG4gIC8vIFZVIGlkIGFuZCBpdGVyYXRpb24gbWFrZSB0aXRsZXMgdW5pcXVlIGFjcm9zcyB0aGUgcnVuJ3MgVlVzLlxuICBzdGVwKGNsaWVudHMsIGRhdGEsIChraW5kKSA9PiBgcGVyZi0ke2tpbmR9ICR7ZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YCwgY29uZmlnKTtcbn1cbiIsICIvLyBUeXBlZCBjbGllbnQgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJIGNvbnRyYWN0IChwYXRocyBhbmQgdGFncyBjb21lIGZyb20gcm91dGVzLnRzKS4gRXZlcnkgcmVxdWVzdFxuLy8gY2FycmllcyBhIHN0YWJsZSBgZW5kcG9pbnRgIHRhZyAobmV2ZXIgdGhlIFVSTCB3aXRoIGlkcyBpbiBpdCksIHRoZSBgYXBpYCBzY29wZSBhbmQgYSB0ZW1wbGF0ZWRcbi8vIGBuYW1lYCwgc28gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydHMga2VlcCBhIHNtYWxsLCBmaXhlZCBzZXQgb2Ygc2VyaWVzLlxuaW1wb3J0IHsgY2hlY2sgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB0eXBlIHsgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyBwYXRocywgcmVxdWVzdFRhZ3MsIHR5cGUgSWQgfSBmcm9tICcuL3JvdXRlcy50cyc7XG5cbmV4cG9ydCB0eXBlIHsgSWQgfTtcbmV4cG9ydCB0eXBlIFJvbGUgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcbmV4cG9ydCB0eXBlIExldmVsID0gJ2JlZ2lubmVyJyB8ICdpbnRlcm1lZGlhdGUnIHwgJ2FkdmFuY2VkJztcbmV4cG9ydCB0eXBlIEpvYlN0YXR1cyA9ICdxdWV1ZWQnIHwgJ3J1bm5pbmcnIHwgJ2NvbXBsZXRlZCcgfCAnZmFpbGVkJztcbmV4cG9ydCB0eXBlIEV4cG9ydEZvcm1hdCA9ICdqc29uJyB8ICdtYXJrZG93bicgfCAnaHRtbCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlclN1bW1hcnkgeyBpbmRleDogbnVtYmVyOyB0aXRsZTogc3RyaW5nOyBzdGF0dXM6IHN0cmluZyB9XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZSB7XG4gIGlkOiBJZDtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGNoYXB0ZXJzPzogQ2hhcHRlclN1bW1hcnlbXTtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlTGlzdCB7IGl0ZW1zOiBDb3Vyc2VbXTsgdG90YWw6IG51bWJlcjsgbGltaXQ6IG51bWJlcjsgb2Zmc2V0OiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBOZXdDb3Vyc2UgeyB0aXRsZTogc3RyaW5nOyB0b3BpYzogc3RyaW5nOyBsZXZlbDogTGV2ZWw7IGNoYXB0ZXJfY291bnQ6IG51bWJlcjsgbGFuZ3VhZ2U/OiBzdHJpbmcgfVxuZXhwb3J0IGludGVyZmFjZSBKb2JDaGFwdGVyIHsgaW5kZXg6IG51bWJlcjsgc3RhdHVzOiBzdHJpbmc7IHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7IGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsOyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbCB9XG5leHBvcnQgaW50ZXJmYWNlIEpvYiB7XG4gIGpvYl9pZDogSWQ7XG4gIGNvdXJzZV9pZDogSWQ7XG4gIHN0YXR1czogSm9iU3RhdHVzO1xuICBjaGFwdGVyc190b3RhbDogbnVtYmVyO1xuICBjaGFwdGVyc19jb21wbGV0ZWQ6IG51bWJlcjtcbiAgY2hhcHRlcnM6IEpvYkNoYXB0ZXJbXTtcbiAgY3JlYXRlZF9hdDogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZXJyb3I/OiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXIgeyBpbmRleDogbnVtYmVyOyB0aXRsZTogc3RyaW5nOyBjb250ZW50OiBzdHJpbmc7IHdvcmRfY291bnQ6IG51bWJlciB9XG5leHBvcnQgaW50ZXJmYWNlIExvZ2luIHsgYWNjZXNzX3Rva2VuOiBzdHJpbmc7IHRva2VuX3R5cGU6IHN0cmluZzsgcm9sZTogUm9sZTsgZXhwaXJlc19pbjogbnVtYmVyIH1cblxuLyoqXG4gKiBXaGF0IGV2ZXJ5IGNhbGwgcmV0dXJuczogd2hldGhlciBpdHMgY2hlY2tzIHBhc3NlZCwgdGhlIHN0YXR1cywgYW5kIHRoZSBib2R5IHdoZW4gaXQgaGFkIHRoZVxuICogcmlnaHQgc2hhcGUuIFRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkOiBtb3N0IGNhbGxlcnMgb25seSBuZWVkIGBva2AsIGFuZCBrNidzIEpTT04ucGFyc2VcbiAqIGJ1aWxkcyBldmVyeSBvYmplY3Qgb2YgYSBsaXN0IGluIEpTIOKAlCBhIHF1YXJ0ZXIgb2YgazYncyBDUFUgaW4gdGhlIHJlZ3VsYXItdXNlciB3b3JrZmxvdyBiZWZvcmVcbiAqIHRoaXMgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0PFQ+IHtcbiAgb2s6IGJvb2xlYW47XG4gIHN0YXR1czogbnVtYmVyO1xuICByZWFkb25seSBib2R5OiBUIHwgdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGZpZWxkIG9mIGEgSlNPTiBib2R5IGJ5IGEgazYgc2VsZWN0b3IgKGBpdGVtcy4jYCwgYGlkYCk6IHJlYWQgaW4gR28sIG5vIEpTIG9iamVjdCBidWlsdCBmb3IgdGhlIHJlc3QuICovXG5leHBvcnQgdHlwZSBGaWVsZCA9IChwYXRoOiBzdHJpbmcpID0+IHVua25vd247XG4vKiogQSBib2R5LXNoYXBlIHRlc3Qgb3ZlciBzZWxlY3RlZCBmaWVsZHM7IFQgaXMgdGhlIGJvZHkgdHlwZSBpdCB2b3VjaGVzIGZvci4gKi9cbmV4cG9ydCB0eXBlIFNoYXBlPFQ+ID0gKChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pICYgeyByZWFkb25seSB2b3VjaGVzRm9yPzogVCB9O1xuY29uc3Qgc2hhcGUgPSA8VD4odGVzdDogKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbik6IFNoYXBlPFQ+ID0+IHRlc3Q7XG5cbmNvbnN0IGlzSWQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2ID09PSAnbnVtYmVyJztcbmNvbnN0IGlzQ291bnQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdudW1iZXInOyAvLyBgPGFycmF5Pi4jYCBpcyBhIG51bWJlciBvbmx5IGZvciBhbiBhcnJheVxuXG5leHBvcnQgY29uc3Qgc2hhcGVzID0ge1xuICBoZWFsdGg6IHNoYXBlPHsgc3RhdHVzOiBzdHJpbmcgfT4oKGZpZWxkKSA9PiBmaWVsZCgnc3RhdHVzJykgPT09ICdvaycpLFxuICBsb2dpbjogc2hhcGU8TG9naW4+KChmaWVsZCkgPT4ge1xuICAgIGNvbnN0IHRva2VuID0gZmllbGQoJ2FjY2Vzc190b2tlbicpO1xuICAgIHJldHVybiB0eXBlb2YgdG9rZW4gPT09ICdzdHJpbmcnICYmIHRva2VuICE9PSAnJztcbiAgfSksXG4gIGNvdXJzZUxpc3Q6IHNoYXBlPENvdXJzZUxpc3Q+KChmaWVsZCkgPT4gaXNDb3VudChmaWVsZCgnaXRlbXMuIycpKSAmJiB0eXBlb2YgZmllbGQoJ3RvdGFsJykgPT09ICdudW1iZXInKSxcbiAgY291cnNlOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgdHlwZW9mIGZpZWxkKCd0aXRsZScpID09PSAnc3RyaW5nJyksXG4gIGNvdXJzZVdpdGhDaGFwdGVyczogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIGlzQ291bnQoZmllbGQoJ2NoYXB0ZXJzLiMnKSkpLFxuICBqb2JBY2NlcHRlZDogc2hhcGU8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2pvYl9pZCcpKSksXG4gIGpvYjogc2hhcGU8Sm9iPigoZmllbGQpID0+IHR5cGVvZiBmaWVsZCgnc3RhdHVzJykgPT09ICdzdHJpbmcnICYmIGlzQ291bnQoZmllbGQoJ2NoYXB0ZXJzLiMnKSkpLFxuICBjaGFwdGVyOiBzaGFwZTxDaGFwdGVyPigoZmllbGQpID0+IHR5cGVvZiBmaWVsZCgnY29udGVudCcpID09PSAnc3RyaW5nJyksXG4gIGFueU9iamVjdDogc2hhcGU8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+KChmaWVsZCkgPT4ge1xuICAgIGNvbnN0IHdob2xlID0gZmllbGQoJ0B0aGlzJyk7IC8vIGdqc29uJ3MgbW9kaWZpZXIgZm9yIHRoZSB3aG9sZSBkb2N1bWVudFxuICAgIHJldHVybiB0eXBlb2Ygd2hvbGUgPT09ICdvYmplY3QnICYmIHdob2xlICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHdob2xlKTtcbiAgfSksXG59O1xuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8qKiBXaGV0aGVyIHRoZSBhbnN3ZXIgY2xhaW1zIHRvIGJlIEpTT04gYXQgYWxsIChhbiBIVE1MIGVycm9yIHBhZ2UgaXMgYSBmYWlsZWQgY2hlY2ssIG5vdCBhbiBleGNlcHRpb24pLiAqL1xuZnVuY3Rpb24gaXNKc29uKHJlczogUmVzcG9uc2UpOiBib29sZWFuIHtcbiAgcmV0dXJuIFN0cmluZyhyZXMuaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPz8gJycpLmluY2x1ZGVzKCdqc29uJykgJiYgdHlwZW9mIHJlcy5ib2R5ID09PSAnc3RyaW5nJyAmJiByZXMuYm9keSAhPT0gJyc7XG59XG5cbi8qKiBGaWVsZCByZWFkZXIgb3ZlciBrNidzIHNlbGVjdG9yOyBhIGJvZHkgdGhhdCBpcyBub3QgdmFsaWQgSlNPTiByZWFkcyBhcyBoYXZpbmcgbm8gZmllbGRzLiAqL1xuZnVuY3Rpb24gZmllbGRzT2YocmVzOiBSZXNwb25zZSk6IEZpZWxkIHtcbiAgcmV0dXJuIChwYXRoKSA9PiB7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiByZXMuanNvbihwYXRoKSA/PyB1bmRlZmluZWQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgfTtcbn1cblxuLyoqIFRoZSB3aG9sZSBib2R5IGFzIEpTT04sIG9yIHVuZGVmaW5lZCB3aGVuIGl0IGRvZXMgbm90IHBhcnNlLiAqL1xuZnVuY3Rpb24gcGFyc2VKc29uKHJlczogUmVzcG9uc2UpOiB1bmtub3duIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShyZXMuYm9keSBhcyBzdHJpbmcpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8vIE9uZSBjYWxsYmFjayBwZXIgc3RhdHVzLCBtYWRlIG9uY2U6IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcygpIGFsbG9jYXRlcywgYW5kIHRoaXMgaXMgZXZlcnkgcmVxdWVzdCdzIHBhdGguXG5jb25zdCBzdGF0dXNDYWxsYmFja3MgPSBuZXcgTWFwPG51bWJlciwgUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPj4oKTtcbmZ1bmN0aW9uIGV4cGVjdFN0YXR1cyhzdGF0dXM6IG51bWJlcik6IFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4ge1xuICBsZXQgY2FsbGJhY2sgPSBzdGF0dXNDYWxsYmFja3MuZ2V0KHN0YXR1cyk7XG4gIGlmICghY2FsbGJhY2spIHtcbiAgICBjYWxsYmFjayA9IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcyhzdGF0dXMpO1xuICAgIHN0YXR1c0NhbGxiYWNrcy5zZXQoc3RhdHVzLCBjYWxsYmFjayk7XG4gIH1cbiAgcmV0dXJuIGNhbGxiYWNrO1xufVxuXG4vKiogU2VlcyBldmVyeSBBUEkgcmVxdWVzdCdzIGR1cmF0aW9uIGFuZCBvdXRjb21lOiBob3cgc2NlbmFyaW9zIG1lYXN1cmUgbGF0ZW5jeSBwZXIgcGhhc2UuICovXG5leHBvcnQgdHlwZSBSZXF1ZXN0T2JzZXJ2ZXIgPSAoZW5kcG9pbnQ6IEVuZHBvaW50LCBkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuKSA9PiB2b2lkO1xubGV0IG9ic2VydmVyOiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQ7XG5leHBvcnQgZnVuY3Rpb24gb2JzZXJ2ZVJlcXVlc3RzKG5leHQ6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBvYnNlcnZlciA9IG5leHQ7XG59XG5cbi8qKiBXaGF0IGEgcmVxdWVzdCdzIGNoZWNrcyBsb29rIGF0OyBvbmUgb2JqZWN0IHBlciBWVSwgcmV1c2VkLCBzbyBhIHJlcXVlc3QgYWxsb2NhdGVzIG5vIGNoZWNrIGNsb3N1cmVzLiAqL1xuaW50ZXJmYWNlIE91dGNvbWUge1xuICBzdGF0dXNPazogYm9vbGVhbjtcbiAgc2hhcGVPazogYm9vbGVhbjtcbn1cbmNvbnN0IG91dGNvbWU6IE91dGNvbWUgPSB7IHN0YXR1c09rOiBmYWxzZSwgc2hhcGVPazogZmFsc2UgfTtcblxudHlwZSBDaGVja3MgPSBSZWNvcmQ8c3RyaW5nLCAobzogT3V0Y29tZSkgPT4gYm9vbGVhbj47XG4vLyBLZXllZCBieSBlbmRwb2ludCBhbG9uZTogZWFjaCBBcGlDbGllbnQgbWV0aG9kIGZpeGVzIGl0cyBlbmRwb2ludCdzIGV4cGVjdGVkIHN0YXR1cywgc2hhcGUgYW5kIHBheWxvYWQuXG5jb25zdCBjaGVja1NldHMgPSBuZXcgTWFwPEVuZHBvaW50LCB7IGNoZWNrczogQ2hlY2tzOyB0YWdzOiB7IGVuZHBvaW50OiBFbmRwb2ludCB9IH0+KCk7XG4vKiogVGhlIGNoZWNrcyBvZiBvbmUgZW5kcG9pbnQsIG1hZGUgb25jZTogdGhlIHNhbWUgbmFtZXMgb24gZXZlcnkgcmVxdWVzdCBrZWVwIHRoZSBjaGVja3MgbWV0cmljJ3Mgc2VyaWVzIGZpeGVkLiAqL1xuZnVuY3Rpb24gY2hlY2tzRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFNoYXBlOiBib29sZWFuKSB7XG4gIGxldCBzZXQgPSBjaGVja1NldHMuZ2V0KGVuZHBvaW50KTtcbiAgaWYgKCFzZXQpIHtcbiAgICBjb25zdCBjaGVja3M6IENoZWNrcyA9IHsgW2Ake2VuZHBvaW50fTogc3RhdHVzIGlzICR7ZXhwZWN0ZWR9YF06IChvKSA9PiBvLnN0YXR1c09rIH07XG4gICAgaWYgKHdpdGhTaGFwZSkgY2hlY2tzW2Ake2VuZHBvaW50fTogYm9keSBoYXMgdGhlIGV4cGVjdGVkIHNoYXBlYF0gPSAobykgPT4gIW8uc3RhdHVzT2sgfHwgby5zaGFwZU9rO1xuICAgIHNldCA9IHsgY2hlY2tzLCB0YWdzOiB7IGVuZHBvaW50IH0gfTtcbiAgICBjaGVja1NldHMuc2V0KGVuZHBvaW50LCBzZXQpO1xuICB9XG4gIHJldHVybiBzZXQ7XG59XG5cbnR5cGUgUGFyYW1zID0gTm9uTnVsbGFibGU8UGFyYW1ldGVyczx0eXBlb2YgaHR0cC5yZXF1ZXN0PlszXT47XG5cbmV4cG9ydCBjbGFzcyBBcGlDbGllbnQge1xuICAvKiogU2V0IHdoZW4gdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMTogdGhlIHNlc3Npb24gbGF5ZXIgbG9ncyBpbiBhZ2FpbiBiZWZvcmUgdGhlIG5leHQgc3RlcC4gKi9cbiAgdW5hdXRob3JpemVkID0gZmFsc2U7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGltZW91dDogc3RyaW5nO1xuICAvKiogUmVxdWVzdCBwYXJhbXMgcGVyIGVuZHBvaW50IChoZWFkZXJzLCB0YWdzLCB0aW1lb3V0LCBleHBlY3RlZCBzdGF0dXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbXMgPSBuZXcgTWFwPEVuZHBvaW50LCBQYXJhbXM+KCk7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBiYXNlVXJsOiBzdHJpbmcsXG4gICAgdGltZW91dFM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLnRpbWVvdXQgPSBgJHt0aW1lb3V0U31zYDtcbiAgfVxuXG4gIC8qKiBBIGNsaWVudCBmb3IgdGhlIHNhbWUgcGxhdGZvcm0gYWN0aW5nIGFzIGFub3RoZXIgdXNlci4gKi9cbiAgYXModG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gICAgcmV0dXJuIG5ldyBBcGlDbGllbnQodGhpcy5iYXNlVXJsLCBOdW1iZXIodGhpcy50aW1lb3V0LnNsaWNlKDAsIC0xKSksIHRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyYW1zRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFBheWxvYWQ6IGJvb2xlYW4pOiBQYXJhbXMge1xuICAgIGxldCBwYXJhbXMgPSB0aGlzLnBhcmFtcy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0geyBoZWFkZXJzLCB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksIHRpbWVvdXQ6IHRoaXMudGltZW91dCwgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSB9O1xuICAgICAgdGhpcy5wYXJhbXMuc2V0KGVuZHBvaW50LCBwYXJhbXMpO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KG1ldGhvZCwgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLCB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCwgdGhpcy5wYXJhbXNGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCB3aXRoUGF5bG9hZCkpO1xuICAgIGNvbnN0IHN0YXR1c09rID0gcmVzLnN0YXR1cyA9PT0gZXhwZWN0ZWQ7XG4gICAgaWYgKHJlcy5zdGF0dXMgPT09IDQwMSkgdGhpcy51bmF1dGhvcml6ZWQgPSB0cnVlO1xuICAgIGNvbnN0IHNoYXBlT2sgPSAhc2hhcGUgfHwgKGlzSnNvbihyZXMpICYmIHNoYXBlKGZpZWxkc09mKHJlcykpKTtcbiAgICBvdXRjb21lLnN0YXR1c09rID0gc3RhdHVzT2s7XG4gICAgb3V0Y29tZS5zaGFwZU9rID0gc2hhcGVPaztcbiAgICBjb25zdCB7IGNoZWNrcywgdGFncyB9ID0gY2hlY2tzRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgc2hhcGUgIT09IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgb2sgPSBjaGVjayhvdXRjb21lLCBjaGVja3MsIHRhZ3MpO1xuICAgIGNvbnN0IGFsbE9rID0gb2sgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaztcbiAgICBvYnNlcnZlcj8uKGVuZHBvaW50LCByZXMudGltaW5ncy5kdXJhdGlvbiwgYWxsT2spO1xuICAgIGNvbnN0IGhhc0JvZHkgPSBCb29sZWFuKHNoYXBlKSAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIGxldCBib2R5OiBUIHwgdW5kZWZpbmVkO1xuICAgIGxldCBwYXJzZWQgPSBmYWxzZTtcbiAgICByZXR1cm4ge1xuICAgICAgb2s6IGFsbE9rLFxuICAgICAgc3RhdHVzOiByZXMuc3RhdHVzLFxuICAgICAgZ2V0IGJvZHkoKSB7XG4gICAgICAgIGlmIChoYXNCb2R5ICYmICFwYXJzZWQpIHtcbiAgICAgICAgICBib2R5ID0gcGFyc2VKc29uKHJlcykgYXMgVDtcbiAgICAgICAgICBwYXJzZWQgPSB0cnVlO1xuICAgICAgICB9XG4gICAgICAgIHJldHVybiBib2R5O1xuICAgICAgfSxcbiAgICB9O1xuICB9XG5cbiAgaGVhbHRoKCk6IFJlc3VsdDx7IHN0YXR1czogc3RyaW5nIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdoZWFsdGgnLCAnR0VUJywgcGF0aHMuaGVhbHRoKCksIDIwMCwgc2hhcGVzLmhlYWx0aCk7XG4gIH1cblxuICBsb2dpbihlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogUmVzdWx0PExvZ2luPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnbG9naW4nLCAnUE9TVCcsIHBhdGhzLmxvZ2luKCksIDIwMCwgc2hhcGVzLmxvZ2luLCB7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuXG4gIGxpc3RDb3Vyc2VzKHF1ZXJ5OiB7IGxpbWl0PzogbnVtYmVyOyBvZmZzZXQ/OiBudW1iZXI7IHE/OiBzdHJpbmcgfSA9IHt9KTogUmVzdWx0PENvdXJzZUxpc3Q+IHtcbiAgICBjb25zdCBwYXJhbXMgPSBPYmplY3QuZW50cmllcyhxdWVyeSlcbiAgICAgIC5maWx0ZXIoKFssIHZhbHVlXSkgPT4gdmFsdWUgIT09IHVuZGVmaW5lZClcbiAgICAgIC5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fT0ke2VuY29kZVVSSUNvbXBvbmVudChTdHJpbmcodmFsdWUpKX1gKVxuICAgICAgLmpvaW4oJyYnKTtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VzX2xpc3QnLCAnR0VUJywgYCR7cGF0aHMuY291cnNlcygpfSR7cGFyYW1zID8gYD8ke3BhcmFtc31gIDogJyd9YCwgMjAwLCBzaGFwZXMuY291cnNlTGlzdCk7XG4gIH1cblxuICBjcmVhdGVDb3Vyc2UoY291cnNlOiBOZXdDb3Vyc2UpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2NyZWF0ZScsICdQT1NUJywgcGF0aHMuY291cnNlcygpLCAyMDEsIHNoYXBlcy5jb3Vyc2UsIGNvdXJzZSk7XG4gIH1cblxuICBnZXRDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZXQnLCAnR0VUJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlV2l0aENoYXB0ZXJzKTtcbiAgfVxuXG4gIHVwZGF0ZUNvdXJzZShpZDogSWQsIGNoYW5nZXM6IFBhcnRpYWw8TmV3Q291cnNlPik6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfdXBkYXRlJywgJ1BBVENIJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlLCBjaGFuZ2VzKTtcbiAgfVxuXG4gIGRlbGV0ZUNvdXJzZShpZDogSWQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2RlbGV0ZScsICdERUxFVEUnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDQsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBnZW5lcmF0ZShpZDogSWQpOiBSZXN1bHQ8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dlbmVyYXRlJywgJ1BPU1QnLCBwYXRocy5nZW5lcmF0ZShpZCksIDIwMiwgc2hhcGVzLmpvYkFjY2VwdGVkLCB7fSk7XG4gIH1cblxuICBnZXRKb2Ioam9iSWQ6IElkKTogUmVzdWx0PEpvYj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2pvYl9nZXQnLCAnR0VUJywgcGF0aHMuam9iKGpvYklkKSwgMjAwLCBzaGFwZXMuam9iKTtcbiAgfVxuXG4gIGdldENoYXB0ZXIoaWQ6IElkLCBpbmRleDogbnVtYmVyKTogUmVzdWx0PENoYXB0ZXI+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjaGFwdGVyX2dldCcsICdHRVQnLCBwYXRocy5jaGFwdGVyKGlkLCBpbmRleCksIDIwMCwgc2hhcGVzLmNoYXB0ZXIpO1xuICB9XG5cbiAgZXhwb3J0Q291cnNlKGlkOiBJZCwgZm9ybWF0OiBFeHBvcnRGb3JtYXQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2V4cG9ydCcsICdHRVQnLCBgJHtwYXRocy5leHBvcnRDb3Vyc2UoaWQpfT9mb3JtYXQ9JHtmb3JtYXR9YCwgMjAwLCB1bmRlZmluZWQpO1xuICB9XG5cbiAgYWRtaW5TdGF0cygpOiBSZXN1bHQ8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9zdGF0cycsICdHRVQnLCBwYXRocy5hZG1pblN0YXRzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pbkpvYnMobGltaXQgPSAyMCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fam9icycsICdHRVQnLCBgJHtwYXRocy5hZG1pbkpvYnMoKX0/bGltaXQ9JHtsaW1pdH1gLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Vc2VycygpOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3VzZXJzJywgJ0dFVCcsIHBhdGhzLmFkbWluVXNlcnMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxufVxuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBieSBzdGFibGUgbmFtZTogdGhlIGBlbmRwb2ludGAgdGFnIG9uIGV2ZXJ5IHJlcXVlc3QsIHRoZSBrZXkgb2Zcbi8vIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnQgcm93cywgYW5kIHRoZSByb3V0ZSBuYW1lcyB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fRkFVTFRTIHVzZS5cbmV4cG9ydCBjb25zdCBFTkRQT0lOVFMgPSBbXG4gICdoZWFsdGgnLFxuICAnbG9naW4nLFxuICAnY291cnNlc19saXN0JyxcbiAgJ2NvdXJzZV9jcmVhdGUnLFxuICAnY291cnNlX2dldCcsXG4gICdjb3Vyc2VfdXBkYXRlJyxcbiAgJ2NvdXJzZV9kZWxldGUnLFxuICAnY291cnNlX2dlbmVyYXRlJyxcbiAgJ2pvYl9nZXQnLFxuICAnY2hhcHRlcl9nZXQnLFxuICAnY291cnNlX2V4cG9ydCcsXG4gICdhZG1pbl9zdGF0cycsXG4gICdhZG1pbl9qb2JzJyxcbiAgJ2FkbWluX3VzZXJzJyxcbl0gYXMgY29uc3Q7XG5cbmV4cG9ydCB0eXBlIEVuZHBvaW50ID0gKHR5cGVvZiBFTkRQT0lOVFMpW251bWJlcl07XG5cbi8qKiBUYWcgdmFsdWUgdGhhdCBzZXBhcmF0ZXMgdGhlIHBsYXRmb3JtJ3MgQVBJIHRyYWZmaWMgZnJvbSB0aGUgc3VpdGUncyBvd24gY2FsbHMgKGUuZy4gdGhlIHNpZGVjYXIpLiAqL1xuZXhwb3J0IGNvbnN0IEFQSV9TQ09QRSA9ICdhcGknO1xuIiwgIi8vIFBhdGhzIGFuZCByZXF1ZXN0IHRhZ3Mgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJLCBpbiBvbmUgcGxhY2UuIFB1cmUgKG5vIGs2IGltcG9ydHMpLCBzbyB0aGVcbi8vIG1hcHBpbmcgZnJvbSBlbmRwb2ludCB0byBwYXRoIGFuZCB0YWdzIGlzIHVuaXQtdGVzdGVkIGluIE5vZGUuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5cbmV4cG9ydCB0eXBlIElkID0gc3RyaW5nIHwgbnVtYmVyO1xuXG5jb25zdCBzZWcgPSAoaWQ6IElkKTogc3RyaW5nID0+IGVuY29kZVVSSUNvbXBvbmVudChTdHJpbmcoaWQpKTtcblxuZXhwb3J0IGNvbnN0IHBhdGhzID0ge1xuICBoZWFsdGg6ICgpID0+ICcvaGVhbHRoJyxcbiAgbG9naW46ICgpID0+ICcvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzOiAoKSA9PiAnL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX1gLFxuICBnZW5lcmF0ZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2dlbmVyYXRlYCxcbiAgam9iOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9qb2JzLyR7c2VnKGlkKX1gLFxuICBjaGFwdGVyOiAoaWQ6IElkLCBpbmRleDogbnVtYmVyKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vY2hhcHRlcnMvJHtpbmRleH1gLFxuICBleHBvcnRDb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9leHBvcnRgLFxuICBhZG1pblN0YXRzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluSm9iczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluVXNlcnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn0gYXMgY29uc3Q7XG5cbi8qKiBUaGUgYG5hbWVgIHRhZzogdGhlIHBhdGggdGVtcGxhdGUsIHNvIFVSTHMgd2l0aCBpZHMgY29sbGFwc2UgaW50byBvbmUgc2VyaWVzIHBlciByb3V0ZS4gKi9cbmNvbnN0IHJvdXRlTmFtZXM6IFJlY29yZDxFbmRwb2ludCwgc3RyaW5nPiA9IHtcbiAgaGVhbHRoOiAnR0VUIC9oZWFsdGgnLFxuICBsb2dpbjogJ1BPU1QgL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlc19saXN0OiAnR0VUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9jcmVhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfdXBkYXRlOiAnUEFUQ0ggL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZGVsZXRlOiAnREVMRVRFIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2dlbmVyYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9nZW5lcmF0ZScsXG4gIGpvYl9nZXQ6ICdHRVQgL2FwaS92MS9qb2JzL3tqb2JfaWR9JyxcbiAgY2hhcHRlcl9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vY2hhcHRlcnMve2luZGV4fScsXG4gIGNvdXJzZV9leHBvcnQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZXhwb3J0JyxcbiAgYWRtaW5fc3RhdHM6ICdHRVQgL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluX2pvYnM6ICdHRVQgL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5fdXNlcnM6ICdHRVQgL2FwaS92MS9hZG1pbi91c2VycycsXG59O1xuXG5jb25zdCB0YWdzQnlFbmRwb2ludDogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+Pj4gPSB7fTtcbmZvciAoY29uc3QgW2VuZHBvaW50LCBuYW1lXSBvZiBPYmplY3QuZW50cmllcyhyb3V0ZU5hbWVzKSBhcyBbRW5kcG9pbnQsIHN0cmluZ11bXSkge1xuICB0YWdzQnlFbmRwb2ludFtlbmRwb2ludF0gPSBPYmplY3QuZnJlZXplKHsgZW5kcG9pbnQsIHNjb3BlOiBBUElfU0NPUEUsIG5hbWUgfSk7XG59XG5cbi8qKiBUaGUgdGFncyBvZiBldmVyeSByZXF1ZXN0IHRvIGBlbmRwb2ludGA6IG1hZGUgb25jZSwgbm90IHBlciByZXF1ZXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVlc3RUYWdzKGVuZHBvaW50OiBFbmRwb2ludCk6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgcmV0dXJuIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSE7XG59XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGNoZWNrc1xuLy8gb25lIGFjY291bnQgb2YgZWFjaCBjbGFzcyAoYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UpLCByZW1vdmVzIHdoYXQga2lsbGVkIHJ1bnNcbi8vIGxlZnQgYmVoaW5kLCBtYWtlcyBzdXJlIHRoZSBrZXB0IGRhdGFzZXQgaXMgdGhlcmUsIGFuZCAoZm9yIGFwaS9icmVha3BvaW50KSBzZWVkcyBydW4tdGFnZ2VkXG4vLyBjb3Vyc2VzLiBUZWFyZG93biByZW1vdmVzIGV2ZXJ5dGhpbmcgdGhpcyBydW4gY3JlYXRlZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgZW5zdXJlRGF0YXNldCwgcXVpZXRMb2dpbiwgcmVtb3ZlQ291cnNlcywgdHlwZSBPd25lciB9IGZyb20gJy4vZGF0YXNldC50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyLCBuZXdSdW5JZCwgUlVOX1RJVExFX0ZJTFRFUiB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBwb29sIH0gZnJvbSAnLi9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB2dUlkQm91bmQgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuRGF0YSB7XG4gIC8qKiBVbmlxdWUgcGVyIHJ1biwgcGFydCBvZiBldmVyeSB0aXRsZSB0aGlzIHJ1biBjcmVhdGVzLCBzbyBydW5zIGFuZCBWVXMgbmV2ZXIgY29sbGlkZS4gKi9cbiAgcnVuSWQ6IHN0cmluZztcbiAgLyoqIE9uZSBsb2dnZWQtaW4gYWNjb3VudCBwZXIgY2xhc3MgKHRoZSBwb29sJ3MgZmlyc3QpOiBzZXR1cCdzIGNoZWNrcywgc2hhcmVkLXRva2VuIGVudHJpZXMsIGNsZWFudXAuICovXG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBSdW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIG93bmVkIGJ5IHRva2Vucy5yZWd1bGFyJ3MgYWNjb3VudCwgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkZWRDb3Vyc2VJZHM6IElkW107XG4gIC8qKiBDbGFzcyBwYXNzd29yZHMgdGhhdCBjYW1lIGZyb20gazYgc2VjcmV0IHNvdXJjZXMgKFZVcyBjYW5ub3QgcmVhZCBzZWNyZXRzIHN5bmNocm9ub3VzbHkpLiAqL1xuICBjbGFzc1Bhc3N3b3Jkcz86IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+O1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoYHRoZSBwbGF0Zm9ybSBkb2VzIG5vdCBhbnN3ZXIgYXQgJHt1cmx9IChHRVQsICR7UFJPQkVfVElNRU9VVH0gdGltZW91dCk6ICR7cmVzLmVycm9yIHx8ICdubyByZXNwb25zZSd9LiBJcyBpdCBydW5uaW5nPyBTZXQgQkFTRV9VUkwgdG8gaXRzIGFkZHJlc3MuYCk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gYXQgJHt1cmx9IGFuc3dlcmVkICR7cmVzLnN0YXR1c30gaW5zdGVhZCBvZiAyMDA6IGl0IGlzIG5vdCBoZWFsdGh5LCBvciBCQVNFX1VSTCBwb2ludHMgYXQgc29tZXRoaW5nIGVsc2UuYCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXRbcm9sZV0gPz8gY29uZmlnLnVzZXJzW3JvbGVdLnBhc3N3b3JkO1xufVxuXG4vKipcbiAqIExvZ3MgaW4gYXMgdGhlIGNsYXNzJ3MgZmlyc3QgYWNjb3VudDogdGhlIGNoZWNrIHRoYXQgYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UuXG4gKiBPdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGVuZHBvaW50OmxvZ2luIHRpbWVzIHRoZSBWVXMnIG93biBsb2dpbnMgdW5kZXIgbG9hZC5cbiAqL1xuZnVuY3Rpb24gbG9naW4oY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4sIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICBpZiAocG9vbC5zaXplc1tyb2xlXSA9PT0gMCkgYWJvcnQoYCR7cG9vbC5zb3VyY2V9IGhhcyBubyAke3JvbGV9IGFjY291bnQsIGFuZCB0aGlzIGVudHJ5IG5lZWRzIG9uZS5gKTtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudChyb2xlLCAwLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSk7XG4gIGNvbnN0IHJlc3VsdCA9IHF1aWV0TG9naW4oY29uZmlnLCBlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC50b2tlbikge1xuICAgIGNvbnN0IGVudlByZWZpeCA9IGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUmA7XG4gICAgY29uc3Qgd2hlcmUgPSBjb25maWcudXNlcnNGaWxlID8gYGl0cyBsaW5lIGluICR7Y29uZmlnLnVzZXJzRmlsZX1gIDogY29uZmlnLmRlbW9Vc2VycyA/IGAke2VudlByZWZpeH1fUEFTU1dPUkQgKHRoZSBERU1PX1VTRVJTIHBvb2wncyAke3JvbGV9IHBhc3N3b3JkKWAgOiBgJHtlbnZQcmVmaXh9X0VNQUlMIGFuZCAke2VudlByZWZpeH1fUEFTU1dPUkRgO1xuICAgIGFib3J0KGBsb2dnaW5nIGluIGFzIHRoZSAke3JvbGV9IHVzZXIgKCR7ZW1haWx9KSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXN1bHQuc3RhdHVzfTogY2hlY2sgJHt3aGVyZX0uYCk7XG4gIH1cbiAgcmV0dXJuIHJlc3VsdC50b2tlbjtcbn1cblxuZnVuY3Rpb24gc2VlZENvdXJzZXMoY2xpZW50OiBBcGlDbGllbnQsIHJ1bklkOiBzdHJpbmcsIGNvbmZpZzogQ29uZmlnKTogSWRbXSB7XG4gIGNvbnN0IGpvYnM6IElkW10gPSBbXTtcbiAgY29uc3QgY291cnNlSWRzOiBJZFtdID0gW107XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgU0VFRF9DT1VSU0VTOyBuKyspIHtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7IHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLCB0b3BpYzogJ2xvYWQgdGVzdGluZycsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAyIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkXG4gKiBsaWtlIHRoZSBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNlxuICogcmVkYWN0cyB0aGVtIGZyb20gaXRzIGxvZ3MuIFRoZXkgYXBwbHkgdG8gdGhlIHNpbmdsZSBhY2NvdW50cyBhbmQgdG8gdGhlIERFTU9fVVNFUlMgcG9vbDsgYVxuICogdXNlcnMgZmlsZSBjYXJyaWVzIGl0cyBvd24gcGFzc3dvcmRzLlxuICovXG5hc3luYyBmdW5jdGlvbiBzZWNyZXRQYXNzd29yZHMoKTogUHJvbWlzZTxQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pj4ge1xuICBjb25zdCBmb3VuZDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4gPSB7fTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHBhc3N3b3JkID0gYXdhaXQgc2VjcmV0cy5nZXQoYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSX1BBU1NXT1JEYCk7XG4gICAgICBpZiAocGFzc3dvcmQpIGZvdW5kW3JvbGVdID0gcGFzc3dvcmQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiBmb3VuZDtcbn1cblxuLyoqIFRoZSBhY2NvdW50cyBWVXMgb2YgdGhlIGNsYXNzZXMgdGhhdCByZWFkIHRoZSBkYXRhc2V0IGNhbiB1c2U6IHRoZSBmaXJzdCBtaW4oc2l6ZSwgVlUgaWRzKSBvZiBlYWNoLiAqL1xuZnVuY3Rpb24gZGF0YXNldE93bmVycyhjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pik6IE93bmVyW10ge1xuICBjb25zdCB2dUlkcyA9IHZ1SWRCb3VuZCgoZXhlYy50ZXN0Lm9wdGlvbnMuc2NlbmFyaW9zID8/IHt9KSBhcyB1bmtub3duIGFzIFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik7XG4gIGNvbnN0IG93bmVyczogT3duZXJbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgWydyZWd1bGFyJywgJ3Bvd2VyJ10gYXMgY29uc3QpIHtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IE1hdGgubWluKHBvb2wuc2l6ZXNbcm9sZV0sIHZ1SWRzKTsgaSsrKSBvd25lcnMucHVzaCh7IHJvbGUsIC4uLnBvb2wuYWNjb3VudChyb2xlLCBpLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSkgfSk7XG4gIH1cbiAgcmV0dXJuIG93bmVycztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBQcmVwYXJlT3B0aW9ucyB7XG4gIC8qKiBTZWVkIHJ1bi10YWdnZWQgZ2VuZXJhdGVkIGNvdXJzZXMgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkPzogYm9vbGVhbjtcbiAgLyoqIE1ha2Ugc3VyZSB0aGUga2VwdCBwZXItdXNlciBkYXRhc2V0IGlzIHRoZXJlIChlbnRyaWVzIHdob3NlIHVzZXJzIHJlYWQgdGhlaXIgb3duIGNvdXJzZXMpLiAqL1xuICBkYXRhc2V0PzogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVSdW4oY29uZmlnOiBDb25maWcsIG9wdGlvbnM6IFByZXBhcmVPcHRpb25zID0ge30pOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcHJvYmUoY29uZmlnLmJhc2VVcmwpO1xuICBjb25zdCBzZWNyZXQgPSBhd2FpdCBzZWNyZXRQYXNzd29yZHMoKTtcbiAgY29uc3QgYW5vbnltb3VzID0gbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTKTtcbiAgY29uc3QgdG9rZW5zID0ge30gYXMgUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykgdG9rZW5zW3JvbGVdID0gbG9naW4oY29uZmlnLCBzZWNyZXQsIHJvbGUpO1xuICBjb25zdCBydW5JZCA9IG5ld1J1bklkKCk7XG4gIGNvbnN0IHN3ZXB0ID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2Vucy5hZG1pbiwgUlVOX1RJVExFX0ZJTFRFUiwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBydW5JZCwgZmFsc2UpKTtcbiAgaWYgKHN3ZXB0ID4gMCkgY29uc29sZS5sb2coYHNldHVwOiByZW1vdmVkICR7c3dlcHR9IGNvdXJzZShzKSBsZWZ0IGJlaGluZCBieSBlYXJsaWVyIHJ1bnNgKTtcbiAgaWYgKG9wdGlvbnMuZGF0YXNldCkge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByID0gZW5zdXJlRGF0YXNldChjb25maWcsIGRhdGFzZXRPd25lcnMoY29uZmlnLCBzZWNyZXQpKTtcbiAgICAgIGNvbnNvbGUubG9nKGBzZXR1cDogZGF0YXNldCBvZiAke2NvbmZpZy5kYXRhc2V0LmNvdXJzZXN9IGNvdXJzZShzKSBwZXIgYWNjb3VudCBmb3IgJHtyLmFjY291bnRzfSBhY2NvdW50KHMpOiAke3IucmV1c2VkfSByZXVzZWQsICR7ci5jcmVhdGVkfSBjb3Vyc2UocykgY3JlYXRlZCAoJHtyLmdlbmVyYXRlZH0gZ2VuZXJhdGVkKSwgJHtyLnJlbW92ZWR9IHJlbW92ZWQsIGluICR7KChEYXRlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwKS50b0ZpeGVkKDEpfSBzYCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGFib3J0KGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcywgY2xhc3NQYXNzd29yZHM6IHNlY3JldCB9O1xufVxuXG4vKiogVGVhcmRvd246IHJlbW92ZXMgZXZlcnkgY291cnNlIHRoaXMgcnVuIGNyZWF0ZWQgKFZVcyBkZWxldGUgdGhlaXIgb3duIGFzIHRoZXkgZ287IHRoaXMgY2F0Y2hlcyB0aGUgcmVzdCkuICovXG5leHBvcnQgZnVuY3Rpb24gY2xlYW5VcFJ1bihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBpZiAoIWRhdGE/LnJ1bklkIHx8IHBvb2wuc2l6ZXMuYWRtaW4gPT09IDApIHJldHVybjtcbiAgLy8gQSBmcmVzaCBsb2dpbjogc2V0dXAncyB0b2tlbiBtYXkgaGF2ZSBleHBpcmVkIGR1cmluZyBhIGxvbmcgcnVuLlxuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KCdhZG1pbicsIDAsIGRhdGEuY2xhc3NQYXNzd29yZHM/LmFkbWluID8/IGNvbmZpZy51c2Vycy5hZG1pbi5wYXNzd29yZCk7XG4gIGNvbnN0IHsgdG9rZW4gfSA9IHF1aWV0TG9naW4oY29uZmlnLCBlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXRva2VuKSB7XG4gICAgY29uc29sZS5lcnJvcihgdGVhcmRvd246IGNvdWxkIG5vdCBsb2cgaW4gYXMgJHtlbWFpbH0gdG8gcmVtb3ZlIHRoaXMgcnVuJ3MgY291cnNlcyAodGl0bGVzIGNvbnRhaW5pbmcgJHtkYXRhLnJ1bklkfSk7IHRoZSBuZXh0IHJ1biByZW1vdmVzIHRoZW1gKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgcmVtb3ZlZCA9IHJlbW92ZUNvdXJzZXMoY29uZmlnLCB0b2tlbiwgZGF0YS5ydW5JZCwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBkYXRhLnJ1bklkLCB0cnVlKSk7XG4gIGlmIChyZW1vdmVkID4gMCkgY29uc29sZS5sb2coYHRlYXJkb3duOiByZW1vdmVkICR7cmVtb3ZlZH0gY291cnNlKHMpIHRoaXMgcnVuIGNyZWF0ZWRgKTtcbn1cbiIsICIvLyBUaGUga2VwdCBkYXRhc2V0OiBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50LCB0aGUgZmlyc3Rcbi8vIFBFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGdlbmVyYXRlZCAob25lIGNoYXB0ZXIpLCBzbyBsaXN0cyBhbmRcbi8vIHBhZ2luYXRpb24gYXJlIG5vdCB0cml2aWFsbHkgc21hbGwgYW5kIHJlYWRzIHNwcmVhZCBvdmVyIG1hbnkgcm93cywgZWFjaCB1c2VyIHJlYWRpbmcgb25seVxuLy8gdGhlaXIgb3duLiBNYWRlIGluIHNldHVwIChvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGl0cyByZXF1ZXN0cyBjYXJyeSBzY29wZT1zZXR1cCBhbmQgbm9cbi8vIGVuZHBvaW50IHRhZywgc28gbm8gZ2F0ZSBzZWVzIHRoZW0pLCB3aXRoIGF0IG1vc3QgQ09OQ1VSUkVOQ1kgcmVxdWVzdHMgaW4gZmxpZ2h0LCBhbmQgcmV1c2VkIGJ5XG4vLyBsYXRlciBydW5zIHdoZW4gaXQgaXMgYWxyZWFkeSB0aGVyZSAoUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQ9dHJ1ZSAvIC0tcmVzZWVkOiBtYWRlIGFuZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIEJhdGNoUmVxdWVzdCwgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgcGF0aHMsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL3JvdXRlcy50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFLCBkYXRhc2V0VGl0bGUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBBY2NvdW50LCBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5jb25zdCBDT05DVVJSRU5DWSA9IDE2O1xuY29uc3QgTElTVF9MSU1JVCA9IDEwMDtcblxuZXhwb3J0IGludGVyZmFjZSBPd25lciBleHRlbmRzIEFjY291bnQge1xuICByb2xlOiBSb2xlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERhdGFzZXRSZXBvcnQge1xuICBhY2NvdW50czogbnVtYmVyO1xuICBjcmVhdGVkOiBudW1iZXI7XG4gIHJldXNlZDogbnVtYmVyO1xuICByZW1vdmVkOiBudW1iZXI7XG4gIGdlbmVyYXRlZDogbnVtYmVyO1xufVxuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbmNvbnN0IEFUVEVNUFRTID0gMztcbmNvbnN0IHRyYW5zaWVudCA9IChyZXM6IFJlc3BvbnNlKSA9PiByZXMuc3RhdHVzID09PSAwIHx8IHJlcy5zdGF0dXMgPj0gNTAwO1xuXG4vKipcbiAqIFJ1bnMgcmVxdWVzdHMgQ09OQ1VSUkVOQ1kgYXQgYSB0aW1lOyBhbnN3ZXJzIGluIG9yZGVyLiBBIHJlcXVlc3QgdGhhdCBnb3Qgbm8gYW5zd2VyIG9yIGEgNXh4IGlzXG4gKiBzZW50IGFnYWluICh1cCB0byBBVFRFTVBUUyBpbiBhbGwpOiBvbmUgZmxha3kgYW5zd2VyIG11c3Qgbm90IHN0b3AgYSBydW4gYmVmb3JlIGl0IHN0YXJ0cy4gQVxuICogY3JlYXRpb24gcmV0cmllZCBhZnRlciBhIGxvc3QgYW5zd2VyIG1heSBtYWtlIG9uZSBjb3Vyc2UgdG9vIG1hbnk7IHRoZSBuZXh0IHJ1biBjb3VudHMsIG5vdCBhc3N1bWVzLlxuICovXG5mdW5jdGlvbiBiYXRjaGVkKHJlcXVlc3RzOiBCYXRjaFJlcXVlc3RbXSk6IFJlc3BvbnNlW10ge1xuICBjb25zdCBhbnN3ZXJzOiBSZXNwb25zZVtdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgcmVxdWVzdHMubGVuZ3RoOyBpICs9IENPTkNVUlJFTkNZKSB7XG4gICAgY29uc3QgY2h1bmsgPSByZXF1ZXN0cy5zbGljZShpLCBpICsgQ09OQ1VSUkVOQ1kpO1xuICAgIGNvbnN0IGdvdCA9IGh0dHAuYmF0Y2goY2h1bmspIGFzIFJlc3BvbnNlW107XG4gICAgZm9yIChsZXQgYXR0ZW1wdCA9IDE7IGF0dGVtcHQgPCBBVFRFTVBUUzsgYXR0ZW1wdCsrKSB7XG4gICAgICBjb25zdCBhZ2FpbiA9IGdvdC5tYXAoKHJlcywgaykgPT4gKHRyYW5zaWVudChyZXMpID8gayA6IC0xKSkuZmlsdGVyKChrKSA9PiBrID49IDApO1xuICAgICAgaWYgKGFnYWluLmxlbmd0aCA9PT0gMCkgYnJlYWs7XG4gICAgICBzbGVlcCgwLjIgKiBhdHRlbXB0KTtcbiAgICAgIChodHRwLmJhdGNoKGFnYWluLm1hcCgoaykgPT4gY2h1bmtba10hKSkgYXMgUmVzcG9uc2VbXSkuZm9yRWFjaCgocmVzLCBqKSA9PiAoZ290W2FnYWluW2pdIV0gPSByZXMpKTtcbiAgICB9XG4gICAgYW5zd2Vycy5wdXNoKC4uLmdvdCk7XG4gIH1cbiAgcmV0dXJuIGFuc3dlcnM7XG59XG5cbmZ1bmN0aW9uIHBhcmFtcyh3aGF0OiBzdHJpbmcsIHRva2VuPzogc3RyaW5nLCB0aW1lb3V0UyA9IDYwKSB7XG4gIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nLCAnQ29udGVudC1UeXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gIGlmICh0b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3Rva2VufWA7XG4gIHJldHVybiB7IGhlYWRlcnMsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6IGBzZXR1cDogJHt3aGF0fWAgfSwgdGltZW91dDogYCR7dGltZW91dFN9c2AgfTtcbn1cblxuZnVuY3Rpb24ganNvbjxUPihyZXM6IFJlc3BvbnNlKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UocmVzLmJvZHkgYXMgc3RyaW5nKSBhcyBUO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKiBBIGxvZ2luIG91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdyAoc2NvcGU9c2V0dXAsIG5vIGVuZHBvaW50IHRhZyk6IHRoZSB0b2tlbiwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHF1aWV0TG9naW4oY29uZmlnOiBDb25maWcsIGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiB7IHRva2VuOiBzdHJpbmcgfCB1bmRlZmluZWQ7IHN0YXR1czogbnVtYmVyIH0ge1xuICBjb25zdCBbcmVzXSA9IGJhdGNoZWQoW3sgbWV0aG9kOiAnUE9TVCcsIHVybDogYCR7Y29uZmlnLmJhc2VVcmx9JHtwYXRocy5sb2dpbigpfWAsIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWwsIHBhc3N3b3JkIH0pLCBwYXJhbXM6IHBhcmFtcygnbG9naW4nKSB9XSk7XG4gIHJldHVybiB7IHRva2VuOiByZXMhLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGFjY2Vzc190b2tlbj86IHN0cmluZyB9PihyZXMhKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkLCBzdGF0dXM6IHJlcyEuc3RhdHVzIH07XG59XG5cbi8qKiBNYWtlcyBzdXJlIGV2ZXJ5IG93bmVyIGhhcyB0aGUgZGF0YXNldDsgdGhyb3dzIHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgYWNjb3VudCBhbmQgc3RhdHVzIG9uIGZhaWx1cmUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5zdXJlRGF0YXNldChjb25maWc6IENvbmZpZywgb3duZXJzOiBPd25lcltdKTogRGF0YXNldFJlcG9ydCB7XG4gIGNvbnN0IHsgY291cnNlczogd2FudGVkLCBnZW5lcmF0ZWQ6IGdlbmVyYXRlZFBlclVzZXIsIHJlc2VlZCB9ID0gY29uZmlnLmRhdGFzZXQ7XG4gIGNvbnN0IHJlcG9ydDogRGF0YXNldFJlcG9ydCA9IHsgYWNjb3VudHM6IG93bmVycy5sZW5ndGgsIGNyZWF0ZWQ6IDAsIHJldXNlZDogMCwgcmVtb3ZlZDogMCwgZ2VuZXJhdGVkOiAwIH07XG4gIGlmICh3YW50ZWQgPT09IDAgfHwgb3duZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHJlcG9ydDtcbiAgY29uc3QgYmFzZSA9IGNvbmZpZy5iYXNlVXJsO1xuXG4gIGNvbnN0IGxvZ0luID0gKHdoaWNoOiBudW1iZXJbXSkgPT5cbiAgICBiYXRjaGVkKHdoaWNoLm1hcCgoaSkgPT4gKHsgbWV0aG9kOiAnUE9TVCcsIHVybDogYCR7YmFzZX0ke3BhdGhzLmxvZ2luKCl9YCwgYm9keTogSlNPTi5zdHJpbmdpZnkoeyBlbWFpbDogb3duZXJzW2ldIS5lbWFpbCwgcGFzc3dvcmQ6IG93bmVyc1tpXSEucGFzc3dvcmQgfSksIHBhcmFtczogcGFyYW1zKCdsb2dpbicpIH0pKSkubWFwKChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IHRva2VuID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGFjY2Vzc190b2tlbj86IHN0cmluZyB9PihyZXMpPy5hY2Nlc3NfdG9rZW4gOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoIXRva2VuKSB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IGxvZ2dpbmcgaW4gYXMgJHtvd25lcnNbd2hpY2hba10hXSEucm9sZX0gYWNjb3VudCAke293bmVyc1t3aGljaFtrXSFdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c306IGNoZWNrIGl0cyBwYXNzd29yZCBpbiB0aGUgdXNlciBwb29sYCk7XG4gICAgICByZXR1cm4gdG9rZW47XG4gICAgfSk7XG4gIGNvbnN0IHRva2VucyA9IGxvZ0luKG93bmVycy5tYXAoKF8sIGkpID0+IGkpKTtcblxuICBjb25zdCBsaXN0VXJsID0gYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX0/cT0ke2VuY29kZVVSSUNvbXBvbmVudChEQVRBU0VUX1RJVExFKX0mbGltaXQ9JHtMSVNUX0xJTUlUfWA7XG4gIGNvbnN0IGxpc3QgPSAod2hpY2g6IG51bWJlcltdKSA9PiBiYXRjaGVkKHdoaWNoLm1hcCgoaSkgPT4gKHsgbWV0aG9kOiAnR0VUJywgdXJsOiBsaXN0VXJsLCBwYXJhbXM6IHBhcmFtcygnbGlzdCBkYXRhc2V0JywgdG9rZW5zW2ldKSB9KSkpO1xuICBjb25zdCBldmVyeW9uZSA9IG93bmVycy5tYXAoKF8sIGkpID0+IGkpO1xuICBsZXQgdG90YWxzID0gbGlzdChldmVyeW9uZSkubWFwKChyZXMsIGkpID0+IHtcbiAgICBjb25zdCBib2R5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IHRvdGFsOiBudW1iZXI7IGl0ZW1zOiB7IGlkOiBJZCB9W10gfT4ocmVzKSA6IHVuZGVmaW5lZDtcbiAgICBpZiAoIWJvZHkpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogbGlzdGluZyB0aGUgY291cnNlcyBvZiAke293bmVyc1tpXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCk7XG4gICAgcmV0dXJuIGJvZHk7XG4gIH0pO1xuXG4gIGlmIChyZXNlZWQpIHtcbiAgICAvLyBSZW1vdmUgdGhlIG9sZCBkYXRhc2V0IHBhZ2UgYnkgcGFnZSAoZWFjaCBsaXN0IHNob3dzIHRoZSBuZXh0IHBhZ2Ugb25jZSB0aGUgcHJldmlvdXMgaXMgZ29uZSkuXG4gICAgZm9yIChsZXQgcm91bmQgPSAwOyB0b3RhbHMuc29tZSgodCkgPT4gdC5pdGVtcy5sZW5ndGggPiAwKSAmJiByb3VuZCA8IDEwMDA7IHJvdW5kKyspIHtcbiAgICAgIGNvbnN0IGRlbGV0aW9ucyA9IHRvdGFscy5mbGF0TWFwKCh0LCBpKSA9PiB0Lml0ZW1zLm1hcCgoYykgPT4gKHsgbWV0aG9kOiAnREVMRVRFJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGMuaWQpfWAsIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgZGF0YXNldCcsIHRva2Vuc1tpXSkgfSkpKTtcbiAgICAgIHJlcG9ydC5yZW1vdmVkICs9IGJhdGNoZWQoZGVsZXRpb25zKS5maWx0ZXIoKHJlcykgPT4gcmVzLnN0YXR1cyA9PT0gMjA0KS5sZW5ndGg7XG4gICAgICB0b3RhbHMgPSBsaXN0KGV2ZXJ5b25lKS5tYXAoKHJlcykgPT4ganNvbjx7IHRvdGFsOiBudW1iZXI7IGl0ZW1zOiB7IGlkOiBJZCB9W10gfT4ocmVzKSA/PyB7IHRvdGFsOiAwLCBpdGVtczogW10gfSk7XG4gICAgfVxuICB9XG5cbiAgY29uc3QgY3JlYXRpb25zOiB7IG93bmVyOiBudW1iZXI7IGdlbmVyYXRlOiBib29sZWFuOyByZXF1ZXN0OiBCYXRjaFJlcXVlc3QgfVtdID0gW107XG4gIG93bmVycy5mb3JFYWNoKChvd25lciwgaSkgPT4ge1xuICAgIGNvbnN0IGhhdmUgPSB0b3RhbHNbaV0hLnRvdGFsO1xuICAgIGlmIChoYXZlID49IHdhbnRlZCkgcmVwb3J0LnJldXNlZCsrO1xuICAgIGZvciAobGV0IG4gPSBoYXZlICsgMTsgbiA8PSB3YW50ZWQ7IG4rKykge1xuICAgICAgY29uc3QgZ2VuZXJhdGUgPSBvd25lci5yb2xlID09PSAncmVndWxhcicgJiYgbiA8PSBnZW5lcmF0ZWRQZXJVc2VyO1xuICAgICAgY29uc3QgY291cnNlID0geyB0aXRsZTogZGF0YXNldFRpdGxlKG4pLCB0b3BpYzogYGRhdGFzZXQgdG9waWMgJHtufWAsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiBnZW5lcmF0ZSA/IDEgOiAzIH07XG4gICAgICBjcmVhdGlvbnMucHVzaCh7IG93bmVyOiBpLCBnZW5lcmF0ZSwgcmVxdWVzdDogeyBtZXRob2Q6ICdQT1NUJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfWAsIGJvZHk6IEpTT04uc3RyaW5naWZ5KGNvdXJzZSksIHBhcmFtczogcGFyYW1zKCdjcmVhdGUgZGF0YXNldCcsIHRva2Vuc1tpXSkgfSB9KTtcbiAgICB9XG4gIH0pO1xuICBjb25zdCBjcmVhdGVkID0gYmF0Y2hlZChjcmVhdGlvbnMubWFwKChjKSA9PiBjLnJlcXVlc3QpKTtcbiAgY29uc3QgdG9HZW5lcmF0ZTogeyBvd25lcjogbnVtYmVyOyBpZDogSWQgfVtdID0gW107XG4gIGNyZWF0ZWQuZm9yRWFjaCgocmVzLCBrKSA9PiB7XG4gICAgY29uc3QgaWQgPSByZXMuc3RhdHVzID09PSAyMDEgPyBqc29uPHsgaWQ6IElkIH0+KHJlcyk/LmlkIDogdW5kZWZpbmVkO1xuICAgIGlmIChpZCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IGNyZWF0aW5nIGEgY291cnNlIGZvciAke293bmVyc1tjcmVhdGlvbnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCk7XG4gICAgcmVwb3J0LmNyZWF0ZWQrKztcbiAgICBpZiAoY3JlYXRpb25zW2tdIS5nZW5lcmF0ZSkgdG9HZW5lcmF0ZS5wdXNoKHsgb3duZXI6IGNyZWF0aW9uc1trXSEub3duZXIsIGlkIH0pO1xuICB9KTtcblxuICBjb25zdCBzdGFydGVkID0gYmF0Y2hlZCh0b0dlbmVyYXRlLm1hcCgoZykgPT4gKHsgbWV0aG9kOiAnUE9TVCcsIHVybDogYCR7YmFzZX0ke3BhdGhzLmdlbmVyYXRlKGcuaWQpfWAsIGJvZHk6ICd7fScsIHBhcmFtczogcGFyYW1zKCdnZW5lcmF0ZSBkYXRhc2V0JywgdG9rZW5zW2cub3duZXJdKSB9KSkpO1xuICBsZXQgam9icyA9IHN0YXJ0ZWQubWFwKChyZXMsIGspID0+IHtcbiAgICBjb25zdCBqb2JJZCA9IHJlcy5zdGF0dXMgPT09IDIwMiA/IGpzb248eyBqb2JfaWQ6IElkIH0+KHJlcyk/LmpvYl9pZCA6IHVuZGVmaW5lZDtcbiAgICBpZiAoam9iSWQgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBzdGFydGluZyBnZW5lcmF0aW9uIGZvciAke293bmVyc1t0b0dlbmVyYXRlW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgIHJldHVybiB7IG93bmVyOiB0b0dlbmVyYXRlW2tdIS5vd25lciwgam9iSWQgfTtcbiAgfSk7XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKiAxMDAwO1xuICB3aGlsZSAoam9icy5sZW5ndGggPiAwKSB7XG4gICAgaWYgKERhdGUubm93KCkgPiBkZWFkbGluZSkgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiAke2pvYnMubGVuZ3RofSBnZW5lcmF0aW9uIGpvYihzKSBkaWQgbm90IGZpbmlzaCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7Y29uZmlnLmdlbmVyYXRpb25UaW1lb3V0U31zYCk7XG4gICAgc2xlZXAoMSk7XG4gICAgY29uc3QgcG9sbGVkID0gYmF0Y2hlZChqb2JzLm1hcCgoaikgPT4gKHsgbWV0aG9kOiAnR0VUJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuam9iKGouam9iSWQpfWAsIHBhcmFtczogcGFyYW1zKCdwb2xsIGRhdGFzZXQgam9iJywgdG9rZW5zW2oub3duZXJdKSB9KSkpO1xuICAgIGNvbnN0IG9wZW46IHR5cGVvZiBqb2JzID0gW107XG4gICAgLy8gQSB0b2tlbiB0aGF0IGV4cGlyZWQgd2hpbGUgd2FpdGluZyAoc2hvcnQtbGl2ZWQgdG9rZW5zKTogbG9nIHRoYXQgb3duZXIgaW4gYWdhaW4gYW5kIHBvbGwgb24uXG4gICAgY29uc3QgZXhwaXJlZCA9IFsuLi5uZXcgU2V0KGpvYnMuZmlsdGVyKChfLCBrKSA9PiBwb2xsZWRba10hLnN0YXR1cyA9PT0gNDAxKS5tYXAoKGopID0+IGoub3duZXIpKV07XG4gICAgbG9nSW4oZXhwaXJlZCkuZm9yRWFjaCgodG9rZW4sIGspID0+ICh0b2tlbnNbZXhwaXJlZFtrXSFdID0gdG9rZW4pKTtcbiAgICBwb2xsZWQuZm9yRWFjaCgocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCBzdGF0dXMgPSBqc29uPHsgc3RhdHVzPzogc3RyaW5nOyBlcnJvcj86IHN0cmluZyB9PihyZXMpO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnZmFpbGVkJykgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBnZW5lcmF0aW5nIGEgY291cnNlIG9mICR7b3duZXJzW2pvYnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZDogJHtzdGF0dXMuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9YCk7XG4gICAgICBpZiAoc3RhdHVzPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSByZXBvcnQuZ2VuZXJhdGVkKys7XG4gICAgICBlbHNlIG9wZW4ucHVzaChqb2JzW2tdISk7XG4gICAgfSk7XG4gICAgam9icyA9IG9wZW47XG4gIH1cbiAgcmV0dXJuIHJlcG9ydDtcbn1cblxuLyoqXG4gKiBSZW1vdmVzIHJ1bi1jcmVhdGVkIGNvdXJzZXMgdGhlIGFkbWluIGNhbiBzZWUgd2hvc2UgdGl0bGUgYHJlbW92ZWAgcGlja3MgKHRoaXMgcnVuJ3MgYXRcbiAqIHRlYXJkb3duLCBlYXJsaWVyIHJ1bnMnIGxlZnRvdmVycyBhdCBzZXR1cCkuIFJldHVybnMgaG93IG1hbnkgd2VyZSByZW1vdmVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVtb3ZlQ291cnNlcyhjb25maWc6IENvbmZpZywgYWRtaW5Ub2tlbjogc3RyaW5nLCBmaWx0ZXI6IHN0cmluZywgcmVtb3ZlOiAodGl0bGU6IHN0cmluZykgPT4gYm9vbGVhbik6IG51bWJlciB7XG4gIGNvbnN0IGJhc2UgPSBjb25maWcuYmFzZVVybDtcbiAgbGV0IHJlbW92ZWQgPSAwO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChsZXQgcGFnZSA9IDA7IHBhZ2UgPCAxMDAwOyBwYWdlKyspIHtcbiAgICBjb25zdCBbcmVzXSA9IGJhdGNoZWQoW3sgbWV0aG9kOiAnR0VUJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfT9xPSR7ZW5jb2RlVVJJQ29tcG9uZW50KGZpbHRlcil9JmxpbWl0PSR7TElTVF9MSU1JVH0mb2Zmc2V0PSR7b2Zmc2V0fWAsIHBhcmFtczogcGFyYW1zKCdmaW5kIGxlZnRvdmVycycsIGFkbWluVG9rZW4pIH1dKTtcbiAgICBjb25zdCBpdGVtcyA9IChyZXMhLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGl0ZW1zOiB7IGlkOiBJZDsgdGl0bGU6IHN0cmluZyB9W10gfT4ocmVzISk/Lml0ZW1zIDogdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBpZiAoaXRlbXMubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICBjb25zdCBkb29tZWQgPSBpdGVtcy5maWx0ZXIoKGMpID0+IHJlbW92ZShjLnRpdGxlKSk7XG4gICAgY29uc3QgZ29uZSA9IGJhdGNoZWQoZG9vbWVkLm1hcCgoYykgPT4gKHsgbWV0aG9kOiAnREVMRVRFJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGMuaWQpfWAsIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbikgfSkpKS5maWx0ZXIoKHIpID0+IHIuc3RhdHVzID09PSAyMDQgfHwgci5zdGF0dXMgPT09IDQwNCkubGVuZ3RoO1xuICAgIHJlbW92ZWQgKz0gZ29uZTtcbiAgICBvZmZzZXQgKz0gaXRlbXMubGVuZ3RoIC0gZ29uZTsgLy8gd2hhdCBzdGF5cyBvbiB0aGUgcGFnZSAoa2VwdCwgb3Igbm90IGRlbGV0YWJsZSkgaXMgc3RlcHBlZCBvdmVyXG4gIH1cbiAgcmV0dXJuIHJlbW92ZWQ7XG59XG4iLCAiLy8gSG93IHRoZSBzdWl0ZSBuYW1lcyB3aGF0IGl0IHB1dHMgb24gdGhlIHBsYXRmb3JtLCBzbyBpdCBjYW4gZmluZCBpdCBhZ2Fpbi5cbi8vIC0gVGhlIGtlcHQgZGF0YXNldDogYGNvdXJzZS1wZXJmIGRhdGFzZXQgTk5gIChyZXVzZWQgYWNyb3NzIHJ1bnMsIG5ldmVyIHJlbW92ZWQgYnkgYSBydW4pLlxuLy8gLSBFdmVyeXRoaW5nIGEgcnVuIGNyZWF0ZXM6IGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gOyB0aGUgcnVuIGlkIHN0YXJ0cyB3aXRoIHRoZSBydW4ncyBzdGFydFxuLy8gICB0aW1lLCBzbyBhIGxhdGVyIHJ1biBjYW4gdGVsbCBhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnMgZnJvbSBpdHMgb3duLlxuZXhwb3J0IGNvbnN0IERBVEFTRVRfVElUTEUgPSAnY291cnNlLXBlcmYgZGF0YXNldCc7XG4vKiogQSB0aXRsZSBmaWx0ZXIgbWF0Y2hpbmcgZXZlcnkgcnVuLWNyZWF0ZWQgY291cnNlIChhbmQgbm8gZGF0YXNldCBjb3Vyc2UpLiAqL1xuZXhwb3J0IGNvbnN0IFJVTl9USVRMRV9GSUxURVIgPSAncGVyZi0nO1xuXG5leHBvcnQgZnVuY3Rpb24gZGF0YXNldFRpdGxlKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtEQVRBU0VUX1RJVExFfSAke1N0cmluZyhuKS5wYWRTdGFydCgyLCAnMCcpfWA7XG59XG5cbi8qKiBBIG5ldyBydW4gaWQ6IHN0YXJ0IHRpbWUgKGJhc2UgMzYgbXMpIGFuZCBhIHJhbmRvbSBwYXJ0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5ld1J1bklkKG5vdzogbnVtYmVyID0gRGF0ZS5ub3coKSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3cudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG59XG5cbi8qKiBUaGUgcnVuIGlkIGluIGEgcnVuLWNyZWF0ZWQgdGl0bGUgKGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gKSwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1bklkT2YodGl0bGU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1hdGNoID0gL15wZXJmLVxcUysgKFswLTlhLXpdKy1bMC05YS16XSspKD86XFxzfCQpLy5leGVjKHRpdGxlKTtcbiAgcmV0dXJuIG1hdGNoPy5bMV07XG59XG5cbi8qKiBTdGFydCB0aW1lIG9mIGEgcnVuIGlkLCBtcyBzaW5jZSB0aGUgZXBvY2gsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5TdGFydE9mKHJ1bklkOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBtcyA9IHBhcnNlSW50KHJ1bklkLnNwbGl0KCctJylbMF0hLCAzNik7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogV2hldGhlciBhIHJ1bi1jcmVhdGVkIGNvdXJzZSBpcyB0byBiZSByZW1vdmVkIGJ5IHJ1biBgY3VycmVudGA6IGl0cyBvd24gKHRlYXJkb3duKSwgb3Igb25lIG9mIGFcbiAqIHJ1biB0aGF0IHN0YXJ0ZWQgZWFybGllciAoYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzOyBhbHNvIHRpdGxlcyBvZiBvbGRlciB2ZXJzaW9ucyBvZiB0aGUgc3VpdGUpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNMZWZ0b3Zlcih0aXRsZTogc3RyaW5nLCBjdXJyZW50OiBzdHJpbmcsIG93bjogYm9vbGVhbik6IGJvb2xlYW4ge1xuICBpZiAoIXRpdGxlLnN0YXJ0c1dpdGgoUlVOX1RJVExFX0ZJTFRFUikpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcnVuSWQgPSBydW5JZE9mKHRpdGxlKTtcbiAgaWYgKG93bikgcmV0dXJuIHJ1bklkID09PSBjdXJyZW50O1xuICBpZiAocnVuSWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRydWU7XG4gIGlmIChydW5JZCA9PT0gY3VycmVudCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBzdGFydGVkID0gcnVuU3RhcnRPZihydW5JZCk7XG4gIHJldHVybiBzdGFydGVkID09PSB1bmRlZmluZWQgfHwgc3RhcnRlZCA8IChydW5TdGFydE9mKGN1cnJlbnQpID8/IDApO1xufVxuIiwgIi8vIFRoZSBydW4ncyBhY2NvdW50cywgcGVyIGNsYXNzOiBmcm9tIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgKHBhcnNlZCBvbmNlIGZvciB0aGUgd2hvbGUgdGVzdCBpbnRvXG4vLyBrNiBTaGFyZWRBcnJheXMsIHNvIGV2ZXJ5IFZVIHJlYWRzIG9uZSBjb3B5IGluc3RlYWQgb2YgaG9sZGluZyBpdHMgb3duKSwgZnJvbSB0aGUgZGVtb1xuLy8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2wgKG5hbWVzIGNvbXB1dGVkLCBub3RoaW5nIGhlbGQpLCBvciBlbHNlIHRoZSBjbGFzcydzIHNpbmdsZSBhY2NvdW50XG4vLyAoUkVHVUxBUl9VU0VSX0VNQUlMIC4uLjogZXZlcnkgVlUgb2YgYSBjbGFzcyBzaGFyZXMgaXQpLiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS5cbmltcG9ydCB7IFNoYXJlZEFycmF5IH0gZnJvbSAnazYvZGF0YSc7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuLi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IHBhcnNlVXNlcnNDc3YsIHBvb2xFbWFpbCwgUk9MRVMsIHRvb1NtYWxsRm9yRGlzdGluY3QsIHR5cGUgQWNjb3VudCwgdHlwZSBQb29sU2l6ZXMsIHR5cGUgUm9sZSB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBQb29sIHtcbiAgLyoqIFdoZXJlIHRoZSBhY2NvdW50cyBjb21lIGZyb20sIGZvciBtZXNzYWdlcy4gKi9cbiAgc291cmNlOiBzdHJpbmc7XG4gIHNpemVzOiBQb29sU2l6ZXM7XG4gIC8qKiBUaGUgaS10aCBhY2NvdW50IChmcm9tIDApIG9mIGEgY2xhc3M7IGBwYXNzd29yZGAgaXMgdGhlIGZpbGUncywgb3IgdGhlIGNsYXNzIHBhc3N3b3JkIGdpdmVuLiAqL1xuICBhY2NvdW50KHJvbGU6IFJvbGUsIGluZGV4OiBudW1iZXIsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQ7XG59XG5cbmZ1bmN0aW9uIHJlYWRGaWxlKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG9wZW4ocGF0aCk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH0gY2Fubm90IGJlIHJlYWQgKCR7U3RyaW5nKGVycm9yKX0pOiBnaXZlIGFuIGFic29sdXRlIHBhdGggdG8gYSBDU1Ygd2l0aCB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGVgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBmaWxlUG9vbChwYXRoOiBzdHJpbmcpOiBQb29sIHtcbiAgLy8gVGhlIGNhbGxiYWNrIHJ1bnMgb25jZSBwZXIgdGVzdCAoazYga2VlcHMgdGhlIHJlc3VsdCBmb3IgZXZlcnkgVlUpOyBlYWNoIGNsYXNzIGl0cyBvd24gYXJyYXkuXG4gIGNvbnN0IGFycmF5cyA9IHt9IGFzIFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIGFycmF5c1tyb2xlXSA9IG5ldyBTaGFyZWRBcnJheShgdXNlcnM6JHtyb2xlfWAsICgpID0+IHBhcnNlVXNlcnNDc3YocmVhZEZpbGUocGF0aCksIHBhdGgpW3JvbGVdKSBhcyB1bmtub3duIGFzIEFjY291bnRbXTtcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6IGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH1gLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IGFycmF5cy5yZWd1bGFyLmxlbmd0aCwgcG93ZXI6IGFycmF5cy5wb3dlci5sZW5ndGgsIGFkbWluOiBhcnJheXMuYWRtaW4ubGVuZ3RoIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIGluZGV4KSA9PiBhcnJheXNbcm9sZV1baW5kZXhdIGFzIEFjY291bnQsXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlUG9vbChjb25maWc6IENvbmZpZyk6IFBvb2wge1xuICBpZiAoY29uZmlnLnVzZXJzRmlsZSkgcmV0dXJuIGZpbGVQb29sKGNvbmZpZy51c2Vyc0ZpbGUpO1xuICBjb25zdCB1c2VycyA9IGNvbmZpZy51c2VycztcbiAgaWYgKGNvbmZpZy5kZW1vVXNlcnMpIHtcbiAgICByZXR1cm4geyBzb3VyY2U6ICdERU1PX1VTRVJTJywgc2l6ZXM6IGNvbmZpZy5kZW1vVXNlcnMsIGFjY291bnQ6IChyb2xlLCBpbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiBwb29sRW1haWwocm9sZSwgaW5kZXggKyAxKSwgcGFzc3dvcmQgfSkgfTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNvdXJjZTogJ1JFR1VMQVJfVVNFUl9FTUFJTCAvIFBPV0VSX1VTRVJfRU1BSUwgLyBBRE1JTl9VU0VSX0VNQUlMIChvbmUgc2hhcmVkIGFjY291bnQgcGVyIGNsYXNzKScsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogMSwgcG93ZXI6IDEsIGFkbWluOiAxIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIF9pbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiB1c2Vyc1tyb2xlXS5lbWFpbCwgcGFzc3dvcmQgfSksXG4gIH07XG59XG5cbi8qKiBUaGlzIFZVJ3MgYWNjb3VudCBvZiBhIGNsYXNzOiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NvdW50T2ZWdShwb29sOiBQb29sLCByb2xlOiBSb2xlLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2l6ZSA9IHBvb2wuc2l6ZXNbcm9sZV07XG4gIHJldHVybiBzaXplID09PSAwID8gdW5kZWZpbmVkIDogcG9vbC5hY2NvdW50KHJvbGUsIChleGVjLnZ1LmlkSW5UZXN0IC0gMSkgJSBzaXplLCBjbGFzc1Bhc3N3b3JkKTtcbn1cblxuLyoqIFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWU6IHJlZnVzZXMsIGF0IGluaXQsIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgdXNlZCBjbGFzcyB0aGFuIFZVIGlkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnREaXN0aW5jdChwb29sOiBQb29sLCByb2xlczogcmVhZG9ubHkgUm9sZVtdLCB2dUlkczogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IG5lZWRlZDogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgZm9yIChjb25zdCByb2xlIG9mIHJvbGVzKSBuZWVkZWRbcm9sZV0gPSB2dUlkcztcbiAgY29uc3QgcHJvYmxlbSA9IHRvb1NtYWxsRm9yRGlzdGluY3QocG9vbC5zaXplcywgbmVlZGVkLCBwb29sLnNvdXJjZSk7XG4gIGlmIChwcm9ibGVtKSB0aHJvdyBuZXcgRXJyb3IocHJvYmxlbSk7XG59XG5cbi8qKiBUaGUgcnVuJ3MgcG9vbCwgbWFkZSBvbmNlIHBlciBWVSBhdCBpbml0IChhIGJhZCBmaWxlIHN0b3BzIHRoZSBydW4gaGVyZSwgYmVmb3JlIHNldHVwKS4gKi9cbmV4cG9ydCBjb25zdCBwb29sOiBQb29sID0gbWFrZVBvb2wocnVuQ29uZmlnKTtcbiIsICIvLyBUaGUgcnVuJ3MgY29uZmlndXJhdGlvbiwgcmVhZCBmcm9tIGs2J3MgX19FTlYgb25jZSBhdCBpbml0LiBBbiBpbnZhbGlkIHZhbHVlIHRocm93cyBoZXJlLCBzb1xuLy8gazYgc3RvcHMgYmVmb3JlIHNldHVwKCkgYW5kIGJlZm9yZSBhbnkgcmVxdWVzdCwgd2l0aCB0aGUgdmFyaWFibGUgbmFtZWQgaW4gdGhlIG1lc3NhZ2UuXG5pbXBvcnQgeyBhc3NlcnRUYXJnZXRBbGxvd2VkLCBwYXJzZUNvbmZpZywgdHlwZSBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHBhcnNlQ29uZmlnKF9fRU5WKTtcblxuLyoqIFRoZSBjb25maWd1cmF0aW9uIGZvciBhIGxvYWQtZ2VuZXJhdGluZyBlbnRyeTogcmVmdXNlcyBhIG5vbi1sb29wYmFjayB0YXJnZXQgdGhhdCBpcyBub3QgYWxsb3ctbGlzdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1YXJkZWRDb25maWcoZW50cnk6IHN0cmluZyk6IENvbmZpZyB7XG4gIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnLCBlbnRyeSk7XG4gIHJldHVybiBjb25maWc7XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSBvciBSU1MgKFByb21ldGhldXMpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCBhbmQgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgcmF0ZTogMSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogMSxcbiAgICBtYXhWVXM6IDEsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgcG9sbDogZXZlcnkgbmV3IHNhbXBsZSBiZWNvbWVzIGEgbWV0cmljIHNhbXBsZS4gQSBwb2xsIHRoZSBzaWRlY2FyIGRvZXMgbm90IGFuc3dlciBjb3VudHMgb25lXG4gKiBtaXNzaW5nIHNhbXBsZSwgYW5kIHNvIGRvZXMgZWFjaCByZWFkaW5nIHRoZSBzaWRlY2FyIHJlcG9ydHMgaXQgZmFpbGVkIHRvIHRha2UgZHVyaW5nIHRoZSBydW5cbiAqICh0YXJnZXQgZ29uZSwgZW5kcG9pbnQgZG93bikuIEFuXG4gKiBhbnN3ZXIgd2l0aCBubyBuZXcgc2FtcGxlIHlldCBpcyBub3QgYSBnYXA6IHBvbGxzIGFuZCByZWFkaW5ncyBhcmUgbm90IGluIHN0ZXAuIE5ldmVyIHRocm93cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXIgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICB9XG59XG5cbi8qKiBUZWFyZG93bjogdGhlIG1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCwgTUIgcGVyIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkTWVtb3J5R3Jvd3RoKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKiogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZCkgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0gfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZykgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbmNvbnN0IE1FVFJJQ19OQU1FID0gL15bQS1aYS16X11bQS1aYS16MC05X10qJC87XG5jb25zdCBUQUdfUEFSVCA9IC9eW0EtWmEtejAtOV8uXFwtL10rJC87XG5jb25zdCBQRVJDRU5USUxFID0gL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghTUVUUklDX05BTUUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghVEFHX1BBUlQudGVzdChrZXkpIHx8ICFUQUdfUEFSVC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IFBFUkNFTlRJTEUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSkgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHsgdGhyZXNob2xkOiB0ZXh0LCBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSkgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5cy5tYXAoKF8sIGkpID0+IGkpLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKSA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9IDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShleGVjOiBzdHJpbmcsIHBlclNlY29uZDogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIsIHN0YXJ0VGltZSA9ICcwcycpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMSwgTWF0aC5jZWlsKHBlclNlY29uZCkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKGV4ZWM6IHN0cmluZywgc3RhcnRSYXRlOiBudW1iZXIsIG1heFJhdGU6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuaW1wb3J0IHsgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVjb3JkTWVtb3J5R3Jvd3RoLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IFNVTU1BUllfVFJFTkRfU1RBVFMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHsgYXNzZXJ0RGlzdGluY3QsIHBvb2wgfSBmcm9tICcuLi91c2Vycy9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB2dUlkQm91bmQsIHR5cGUgUm9sZSB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgeyBjbGVhblVwUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlQYXJ0cyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICBnYXRlczogR2F0ZVtdO1xuICAvKiogSG93IGxvbmcgdGhlIGxvYWQgcnVucywgc2Vjb25kczogdGhlIHJlc291cmNlcyBwb2xsZXIgcnVucyBhcyBsb25nLiAqL1xuICB3YWxsVGltZVM6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggdG9vIChzb2FrKS4gKi9cbiAgZ2F0ZU1lbW9yeUdyb3d0aD86IGJvb2xlYW47XG4gIC8qKiBDbGFzc2VzIHdob3NlIFZVcyBsb2cgaW4gYXMgcG9vbCBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QgY2hlY2tzIHRoZXNlKTsgZGVmYXVsdCBhbGwuICovXG4gIHJvbGVzPzogcmVhZG9ubHkgUm9sZVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5T3B0aW9ucyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICB0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHM7XG4gIHNldHVwVGltZW91dDogc3RyaW5nO1xuICBzdW1tYXJ5VHJlbmRTdGF0czogc3RyaW5nW107XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIHBhcnRzOiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHRvSzZUaHJlc2hvbGRzKGdhdGVzKSxcbiAgICAvLyBHZW5lcmF0aW9uIG9mIHNlZWQgY291cnNlcywgcGx1cyB0aGUga2VwdCBkYXRhc2V0J3Mgc2VlZGluZyB3aGVuIGEgcnVuIGhhcyB0byBtYWtlIGl0LlxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCkgKyAoY29uZmlnLmRhdGFzZXQuY291cnNlcyA+IDAgPyA2MDAgOiAwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gaGFzVXNlcnMoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiB7XG4gIGNvbnN0IHsgZXhlY3V0b3IsIHN0YXJ0VlVzLCBzdGFnZXMsIHZ1cyB9ID0gc2NlbmFyaW8gYXMgeyBleGVjdXRvcjogc3RyaW5nOyBzdGFydFZVcz86IG51bWJlcjsgc3RhZ2VzPzogeyB0YXJnZXQ6IG51bWJlciB9W107IHZ1cz86IG51bWJlciB9O1xuICBpZiAoZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHJldHVybiAoc3RhcnRWVXMgPz8gMCkgPiAwIHx8IChzdGFnZXMgPz8gW10pLnNvbWUoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQgPiAwKTtcbiAgaWYgKGV4ZWN1dG9yID09PSAnY29uc3RhbnQtdnVzJyB8fCBleGVjdXRvciA9PT0gJ3Blci12dS1pdGVyYXRpb25zJyB8fCBleGVjdXRvciA9PT0gJ3NoYXJlZC1pdGVyYXRpb25zJykgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogV2hhdCBvbmx5IHRoZSBlbmQgb2YgdGhlIHJ1biBrbm93cyAodGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgpLiBFbnRyaWVzIHdpdGggYSB0ZWFyZG93biBvZiB0aGVpciBvd24gY2FsbCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSByZWNvcmRNZW1vcnlHcm93dGgocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogazYncyB0ZWFyZG93bjogdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgsIGFuZCByZW1vdmluZyB3aGF0IHRoaXMgcnVuIGNyZWF0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gdGVhcmRvd24oZGF0YT86IFJ1bkRhdGEpOiB2b2lkIHtcbiAgcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTtcbiAgY2xlYW5VcFJ1bihydW5Db25maWcsIGRhdGEpO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEpO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKS5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKS5yZXBsYWNlKC88L2csICcmbHQ7JykucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvazogcmVzdWx0Lm9rLCBzdGF0LCBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLCB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHsgcmVxdWVzdHM6IHYuY291bnQgPz8gMCwgcDUwOiB2Lm1lZCA/PyBudWxsLCBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCwgcDk5OiB2WydwKDk5KSddID8/IG51bGwsIG1heDogdi5tYXggPz8gbnVsbCB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogQSBudW1iZXIgZm9yIHBlb3BsZTogbXMgd2l0aCBzZW5zaWJsZSBwcmVjaXNpb24sIHJhdGVzIGFzIHBlcmNlbnQsIGxhcmdlIGNvdW50cyBncm91cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFZhbHVlKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCB1bml0OiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSk6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSByZXR1cm4gJ24vYSc7XG4gIGlmICh1bml0ID09PSAncGVyY2VudCcpIHJldHVybiBgJHsodmFsdWUgKiAxMDApLnRvRml4ZWQoMil9JWA7XG4gIGlmICh1bml0ID09PSAnbXMnKSB7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSA2MF8wMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDEpfXNgO1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gMTAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMil9c2A7XG4gICAgcmV0dXJuIGAke3ZhbHVlLnRvRml4ZWQodmFsdWUgPCAxMCA/IDIgOiAxKX1tc2A7XG4gIH1cbiAgaWYgKHVuaXQgPT09ICdjb3VudCcpIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKS50b1N0cmluZygpLnJlcGxhY2UoL1xcQig/PShcXGR7M30pKyg/IVxcZCkpL2csICcsJyk7XG4gIHJldHVybiBNYXRoLmFicyh2YWx1ZSkgPj0gMWU2ID8gdmFsdWUudG9FeHBvbmVudGlhbCgzKSA6IFN0cmluZyhNYXRoLnJvdW5kKHZhbHVlICogMTAwMCkgLyAxMDAwKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY1ZhbHVlKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRyaWM6IHN0cmluZywgc3RhdDogc3RyaW5nKTogbnVtYmVyIHwgbnVsbCB7XG4gIGNvbnN0IHZhbHVlID0gZGF0YS5tZXRyaWNzPy5bbWV0cmljXT8udmFsdWVzPy5bc3RhdF07XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyB2YWx1ZSA6IG51bGw7XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc0xpbmUoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcge1xuICBjb25zdCBtZW1vcnkgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKTtcbiAgY29uc3QgY3B1ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpO1xuICBpZiAobWVtb3J5ID09PSBudWxsICYmIGNwdSA9PT0gbnVsbCkgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgbWlzc2luZyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMDtcbiAgY29uc3QgZ3Jvd3RoID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4Jyk7XG4gIHJldHVybiBbXG4gICAgYHNlcnZlciByZXNvdXJjZXM6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWS5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93blJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGAjIyBjb3Vyc2UtcGVyZiBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChvcHRpb25zLnNjZW5hcmlvKX1cXGA6ICR7ZmFpbGVkID09PSAwID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgIDogYOKdjCAke2ZhaWxlZH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoKHIpID0+IGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgXFxgJHtlc2NhcGVNYXJrZG93bkNlbGwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfVxcYCB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX0gfGApLFxuICBdO1xuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsICd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc0xpbmUoZGF0YSkpLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIG1ldHJpY1ZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIEVuZHBvaW50Um93LCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzIHtcbiAgc2NoZW1hX3ZlcnNpb246IG51bWJlcjtcbiAgcnVuOiBSdW5NZXRhICYgeyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbCB9O1xuICB2ZXJkaWN0OiAncGFzc2VkJyB8ICdmYWlsZWQnO1xuICB0aHJlc2hvbGRzOiB7IG1ldHJpYzogc3RyaW5nOyBleHByZXNzaW9uOiBzdHJpbmc7IG9rOiBib29sZWFuOyBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbCB9W107XG4gIGVuZHBvaW50czogRW5kcG9pbnRSb3dbXTtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIHJlc291cmNlczogeyBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDsgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsOyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7IHNhbXBsZXNfbWlzc2luZzogbnVtYmVyIH0gfCBudWxsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRhOiBSdW5NZXRhKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSA9PiAoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSk7XG4gIGNvbnN0IG1lYXN1cmVkID0gZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iIHx8IGRhdGEubWV0cmljcz8uc2VydmVyX2NwdV9wZXJjZW50O1xuICByZXR1cm4ge1xuICAgIHNjaGVtYV92ZXJzaW9uOiBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OLFxuICAgIHJ1bjogeyAuLi5tZXRhLCBkdXJhdGlvbl9tczogZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gbnVsbCB9LFxuICAgIHZlcmRpY3Q6IHRocmVzaG9sZHMuZXZlcnkoKHQpID0+IHQub2spID8gJ3Bhc3NlZCcgOiAnZmFpbGVkJyxcbiAgICB0aHJlc2hvbGRzLFxuICAgIGVuZHBvaW50czogZW5kcG9pbnRSb3dzKGRhdGEpLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIG1ldHJpY1ZhbHVlLCByZXNvdXJjZXNMaW5lLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoWydodHRwX3JlcXMnLCAnaHR0cF9yZXFfZHVyYXRpb24nLCAnaHR0cF9yZXFfYmxvY2tlZCcsICdodHRwX3JlcV9jb25uZWN0aW5nJywgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsICdodHRwX3JlcV9zZW5kaW5nJywgJ2h0dHBfcmVxX3dhaXRpbmcnLCAnaHR0cF9yZXFfcmVjZWl2aW5nJywgJ2h0dHBfcmVxX2ZhaWxlZCcsICdpdGVyYXRpb25zJywgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAndnVzJywgJ3Z1c19tYXgnLCAnZGF0YV9zZW50JywgJ2RhdGFfcmVjZWl2ZWQnLCAnY2hlY2tzJywgJ2dyb3VwX2R1cmF0aW9uJ10pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PiAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbiB9KTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKGMuYm9sZChgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWApKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gKSk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWApO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSkuZmlsdGVyKGlzQ3VzdG9tKS5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogeyBzY2VuYXJpbzogc3RyaW5nOyBwcm9maWxlPzogc3RyaW5nIH0pIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwgeyBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbywgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlIH0pIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgfSk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgcmV0dXJuIHRhcmdldHMuYXBpUDk1TXM7XG59XG5cbi8qKiBBUEkgcDk1L3A5OSBvdmVyIGFsbCBlbmRwb2ludHMsIGFuZCBwOTUgcGVyIGVuZHBvaW50IChoZWFsdGggYW5kIGV4cG9ydCB3aXRoIHRoZWlyIG93biBidWRnZXRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYXRlbmN5R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk5TXMgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIEVycm9yIHJhdGUgb3ZlciBhbGwgQVBJIHJlcXVlc3RzIGFuZCBwZXIgZW5kcG9pbnQsIHNvIG9uZSBmYWlsaW5nIHJvdXRlIGlzIG5hbWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yR2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFN0b3BzIGEgcnVuIGVhcmx5IHdoZW4gbW9zdCByZXF1ZXN0cyBmYWlsIChwbGF0Zm9ybSBkb3duIG9yIGNyYXNoZWQpOiBubyBtaW51dGVzIG9mIG5vaXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwgPSAnMTBzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ2hlY2tzIGFuZCB3aG9sZSB3b3JrZmxvd3MgbXVzdCBzdWNjZWVkIG9mdGVuIGVub3VnaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWNjZXNzR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGVja3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3dvcmtmbG93X3N1Y2Nlc3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIENoYXB0ZXIgZ2VuZXJhdGlvbiB0aW1lICh0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMpIGFuZCBmYWlsZWQgZ2VuZXJhdGlvbiBqb2JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRpb25HYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5jaGFwdGVyUDk1TXMgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2dlbmVyYXRpb25fZmFpbGVkJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBFYWNoIGVuZHBvaW50IGFnYWluc3QgaXRzIG93biBidWRnZXQ6IHA5NSAoaGVhbHRoIGFuZCBleHBvcnQgaGF2ZSB0aGVpciBvd24pIGFuZCBwOTksIHBsdXMgaXRzIGVycm9yIHJhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRCdWRnZXRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGVycm9yUmF0ZTogbnVtYmVyKTogR2F0ZVtdIHtcbiAgcmV0dXJuIGVuZHBvaW50cy5mbGF0TWFwKChlbmRwb2ludCkgPT4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiB7IGVuZHBvaW50IH0sIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0gfSxcbiAgXSk7XG59XG5cbi8qKlxuICogYnJlYWtwb2ludDogQVBJIHA5NSBhbmQgZXJyb3IgcmF0ZSBhYm9ydCB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCBvZiBkYXRhKTtcbiAqIHRoZSBzdXN0YWluZWQtcmF0ZSBtZXRyaWMgaXMgbGlzdGVkIHdpdGggYW4gYWx3YXlzLXRydWUgcnVsZSBzbyB0aGUgc3VtbWFyeSBzaG93cyBpdHMgdmFsdWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBicmVha3BvaW50R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgc3VzdGFpbmVkTWV0cmljOiBzdHJpbmcsIGRlbGF5QWJvcnRFdmFsID0gJzVzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogc3VzdGFpbmVkTWV0cmljLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPj0nLCB2YWx1ZTogMCB9XSB9LFxuICBdO1xufVxuIiwgIi8vIGFwaTogZG9lcyBldmVyeSBlbmRwb2ludCBtZWV0IGl0cyBvd24gYnVkZ2V0PyBPbmUgY29uc3RhbnQtYXJyaXZhbC1yYXRlIHNjZW5hcmlvIHBlciBlbmRwb2ludFxuLy8gZ3JvdXAgKG9wZW4gbW9kZWw6IGEgc2xvdyBhbnN3ZXIgY2Fubm90IGxvd2VyIHRoZSByZXF1ZXN0IHJhdGUgYW5kIGhpZGUgaXRzZWxmKSwgZWFjaCBlbmRwb2ludFxuLy8gZ2F0ZWQgb24gaXRzIG93biBwOTUvcDk5IGFuZCBlcnJvciByYXRlIChoZWFsdGggcDk1IDwgNTAgbXMsIGV4cG9ydCBwOTUgPCAxIHMsIHRoZSByZXN0XG4vLyBwOTUgPCAyMDAgbXM7IHA5OSA8IDUwMCBtczsgZXJyb3JzIDwgMSAlKS5cbi8vIEVudjogUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTiAocywgZGVmYXVsdCA2MCksIEFQSV9SQVRFIChpdGVyYXRpb25zL3MgcGVyIGdyb3VwLCBkZWZhdWx0IDU7XG4vLyBoZWFsdGggMngsIGV4cG9ydCAvMiwgZ2VuZXJhdGUgYW5kIGxvZ2luIC81KSwgQVBJX0VSUk9SX1JBVEUgKHBlci1lbmRwb2ludCBlcnJvciBidWRnZXQsIGRlZmF1bHQgMC4wMSksXG4vLyBUSFJFU0hPTERfQVBJX1A5NV9NUyAvIF9QOTlfTVMgLyBUSFJFU0hPTERfSEVBTFRIX1A5NV9NUyAvIFRIUkVTSE9MRF9FWFBPUlRfUDk1X01TLlxuaW1wb3J0IHsgZW52TnVtYmVyIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgRU5EUE9JTlRfR1JPVVBTLCBncm91cGVkRW5kcG9pbnRzLCBwcmVwYXJlRW5kcG9pbnRHcm91cHMsIHJ1bkdyb3VwU3RlcCwgdHlwZSBFbmRwb2ludEdyb3VwRGF0YSB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvZW5kcG9pbnQtZ3JvdXBzLnRzJztcbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgZ3VhcmRlZENvbmZpZyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IG1ha2VIYW5kbGVTdW1tYXJ5IH0gZnJvbSAnLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyc7XG5pbXBvcnQgeyBjb25zdGFudFJhdGUgfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgYWJvcnRHYXRlcywgZW5kcG9pbnRCdWRnZXRHYXRlcyB9IGZyb20gJy4uL3RocmVzaG9sZHMvZ2F0ZXMudHMnO1xuXG5jb25zdCBjb25maWcgPSBndWFyZGVkQ29uZmlnKCdhcGknKTtcbmNvbnN0IHJhdGUgPSBlbnZOdW1iZXIoX19FTlYsICdBUElfUkFURScsIDUsIHsgbWluOiAwLjEsIG1heDogMTBfMDAwLCB3aGF0OiAnaXRlcmF0aW9ucyBwZXIgc2Vjb25kJyB9KTtcbmNvbnN0IGVycm9yUmF0ZSA9IGVudk51bWJlcihfX0VOViwgJ0FQSV9FUlJPUl9SQVRFJywgMC4wMSwgeyBtaW46IDAsIG1heDogMSwgd2hhdDogJ2EgZnJhY3Rpb24gKGUuZy4gMC4wMSknIH0pO1xuLy8gUm9vbSBmb3IgYW4gb3BlbiBtb2RlbCB0byBrZWVwIGl0cyByYXRlIHdoaWxlIGFuc3dlcnMgc2xvdyBkb3duIChyYXRlIHggNCBzIG9mIGxhdGVuY3kpLlxuY29uc3QgbWF4VlVzID0gTWF0aC5tYXgoMTAsIE1hdGguY2VpbChyYXRlICogNCkpO1xuXG5leHBvcnQgY29uc3Qgb3B0aW9ucyA9IGVudHJ5T3B0aW9ucyhjb25maWcsIHtcbiAgcm9sZXM6IFtdLCAvLyBjbGFzc2VzIHdob3NlIFZVcyBsb2cgaW4gYXMgdGhlaXIgb3duIHBvb2wgYWNjb3VudFxuICB3YWxsVGltZVM6IGNvbmZpZy5kdXJhdGlvblMsXG4gIHNjZW5hcmlvczogT2JqZWN0LmZyb21FbnRyaWVzKFxuICAgIE9iamVjdC5lbnRyaWVzKEVORFBPSU5UX0dST1VQUykubWFwKChbbmFtZSwgZ3JvdXBdKSA9PiBbbmFtZSwgY29uc3RhbnRSYXRlKGdyb3VwLmV4ZWMsIGdyb3VwLnJhdGUocmF0ZSksIGNvbmZpZy5kdXJhdGlvblMsIG1heFZVcyldKSxcbiAgKSxcbiAgZ2F0ZXM6IFsuLi5lbmRwb2ludEJ1ZGdldEdhdGVzKGNvbmZpZy50YXJnZXRzLCBncm91cGVkRW5kcG9pbnRzKCksIGVycm9yUmF0ZSksIC4uLmFib3J0R2F0ZXMoKV0sXG59KTtcblxuZXhwb3J0IHsgcG9sbFJlc291cmNlcywgdGVhcmRvd24gfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJ5LnRzJztcbmV4cG9ydCBjb25zdCBoYW5kbGVTdW1tYXJ5ID0gbWFrZUhhbmRsZVN1bW1hcnkoeyBzY2VuYXJpbzogJ2FwaScgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXR1cCgpOiBQcm9taXNlPEVuZHBvaW50R3JvdXBEYXRhPiB7XG4gIHJldHVybiBwcmVwYXJlRW5kcG9pbnRHcm91cHMoY29uZmlnKTtcbn1cblxuY29uc3QgZyA9IEVORFBPSU5UX0dST1VQUztcbmV4cG9ydCBjb25zdCBoZWFsdGggPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuaGVhbHRoLCBkYXRhKTtcbmV4cG9ydCBjb25zdCBsb2dpbiA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5sb2dpbiwgZGF0YSk7XG5leHBvcnQgY29uc3QgcmVhZHMgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcucmVhZHMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IHN0YXR1cyA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5zdGF0dXMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IHdyaXRlcyA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy53cml0ZXMsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IGdlbmVyYXRlID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmdlbmVyYXRlLCBkYXRhKTtcbmV4cG9ydCBjb25zdCBleHBvcnRDb3Vyc2UgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuZXhwb3J0LCBkYXRhKTtcbmV4cG9ydCBjb25zdCBhZG1pbiA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5hZG1pbiwgZGF0YSk7XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBdUJPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUN6Qk0sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWNBLE9BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU1DLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBT0QsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLElBQUssQ0FBQyxTQUFTLEtBQU07QUFBQSxpQkFDN0MsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUN4QixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFDLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSSxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0ksUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBR08sU0FBUyxjQUFjLE1BQWMsTUFBeUI7QUFDbkUsUUFBTSxRQUFtQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzFELFFBQU0sV0FBVztBQUNqQixhQUFXLFFBQVEsS0FBSyxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQy9FLFVBQU0sUUFBUSxvQ0FBb0MsS0FBSyxJQUFJO0FBQzNELFFBQUksQ0FBQyxNQUFPLE9BQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxJQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDbkgsVUFBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUMzQztBQUNBLE1BQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVUsRUFBRyxPQUFNLElBQUksZUFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQzdJLFNBQU87QUFDVDtBQUdPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5QztBQUdPLFNBQVMsb0JBQW9CLE9BQWtCLFFBQW1CLFFBQW9DO0FBQzNHLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUksT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSSxPQUFPLElBQUksR0FBRztBQUNsRCxhQUFPLEdBQUcsTUFBTSxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUksSUFBSSwwREFBMEQsT0FBTyxJQUFJLENBQUM7QUFBQSxJQUVuSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFPTyxTQUFTLFVBQVUsV0FBNEQ7QUFDcEYsTUFBSSxRQUFRO0FBQ1osYUFBVyxLQUFLLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDeEMsVUFBTSxTQUFVLEVBQUUsVUFBK0MsQ0FBQztBQUNsRSxVQUFNLE9BQU8sS0FBSyxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxNQUFNLENBQUM7QUFDckYsUUFBSSxFQUFFLGFBQWEsY0FBZSxVQUFTO0FBQUEsYUFDbEMsT0FBTyxFQUFFLFdBQVcsU0FBVSxVQUFTLEVBQUU7QUFBQSxhQUN6QyxPQUFPLEVBQUUsb0JBQW9CLFNBQVUsVUFBUyxFQUFFO0FBQUEsUUFDdEQsVUFBUyxPQUFPLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDakM7QUFDQSxTQUFPO0FBQ1Q7OztBQ25GTyxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFJQSxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsSUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELElBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxTQUFPO0FBQ1Q7QUFFQSxTQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxTQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7QUFDakM7QUFFQSxTQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixRQUFNLENBQUMsU0FBUyxPQUFPQyxNQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsTUFBSSxVQUFVLFFBQVFBLFdBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sT0FBQUEsT0FBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxNQUFJO0FBQ0YsV0FBTyxjQUFjLE9BQU8sSUFBSTtBQUFBLEVBQ2xDLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxZQUFZLGlCQUFpQixpQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDdkY7QUFDRjtBQUVBLFNBQVMsUUFBUSxLQUE2QjtBQUM1QyxRQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFFBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixNQUFJLFlBQVksUUFBUyxNQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQ3BJLFNBQU8sRUFBRSxTQUFTLFdBQVcsUUFBUSxLQUFLLEtBQUssNEJBQTRCLEVBQUU7QUFDL0U7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHVCQUF1QixLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RILFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCLFNBQVMsR0FBRyxLQUFXLDRCQUE0QixLQUFLLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNuSjtBQUFBLElBQ0EsV0FBVyxJQUFJLEtBQUssd0JBQXdCLEtBQUs7QUFBQSxJQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO0FBQUEsSUFDckMsZUFBZSxLQUFLLEtBQUssNEJBQTRCO0FBQUEsSUFDckQsU0FBUyxRQUFRLEdBQUc7QUFBQSxFQUN0QjtBQUNGO0FBR08sU0FBUyxPQUFPLFNBQXlCO0FBQzlDLFFBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELFVBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0FBQ3hDO0FBRU8sU0FBUyxXQUFXLE1BQXVCO0FBQ2hELFNBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtBQUNuSDtBQU1PLFNBQVMsb0JBQW9CQyxTQUFnQixPQUFxQjtBQUN2RSxRQUFNLE9BQU8sT0FBT0EsUUFBTyxPQUFPO0FBQ2xDLE1BQUksV0FBVyxJQUFJLEtBQUtBLFFBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxRQUFNLElBQUk7QUFBQSxJQUNSLG9CQUFvQixLQUFLLGFBQWFBLFFBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtBQUFBLEVBQ2hGO0FBQ0Y7QUFNTyxTQUFTLFVBQVUsS0FBVSxNQUFjLFVBQWtCLE9BQStFO0FBQ2pKLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQ3hPQSxPQUFPQyxXQUFVOzs7QUNBakIsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBdUQ7OztBQ2tCdkQsSUFBTSxZQUFZOzs7QUNoQnpCLElBQU0sTUFBTSxDQUFDLE9BQW1CLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUV0RCxJQUFNLFFBQVE7QUFBQSxFQUNuQixRQUFRLE1BQU07QUFBQSxFQUNkLE9BQU8sTUFBTTtBQUFBLEVBQ2IsU0FBUyxNQUFNO0FBQUEsRUFDZixRQUFRLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUM5QyxVQUFVLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNoRCxLQUFLLENBQUMsT0FBVyxnQkFBZ0IsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUN4QyxTQUFTLENBQUMsSUFBUSxVQUFrQixtQkFBbUIsSUFBSSxFQUFFLENBQUMsYUFBYSxLQUFLO0FBQUEsRUFDaEYsY0FBYyxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDcEQsWUFBWSxNQUFNO0FBQUEsRUFDbEIsV0FBVyxNQUFNO0FBQUEsRUFDakIsWUFBWSxNQUFNO0FBQ3BCO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUVBLElBQU0saUJBQThFLENBQUM7QUFDckYsV0FBVyxDQUFDLFVBQVUsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLEdBQTJCO0FBQ2pGLGlCQUFlLFFBQVEsSUFBSSxPQUFPLE9BQU8sRUFBRSxVQUFVLE9BQU8sV0FBVyxLQUFLLENBQUM7QUFDL0U7QUFHTyxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsU0FBTyxlQUFlLFFBQVE7QUFDaEM7OztBRlNBLElBQU0sUUFBUSxDQUFJLFNBQThDO0FBRWhFLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFFL0MsSUFBTSxTQUFTO0FBQUEsRUFDcEIsUUFBUSxNQUEwQixDQUFDLFVBQVUsTUFBTSxRQUFRLE1BQU0sSUFBSTtBQUFBLEVBQ3JFLE9BQU8sTUFBYSxDQUFDLFVBQVU7QUFDN0IsVUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxFQUNoRCxDQUFDO0FBQUEsRUFDRCxZQUFZLE1BQWtCLENBQUMsVUFBVSxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEcsUUFBUSxNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEYsb0JBQW9CLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixhQUFhLE1BQXlDLENBQUMsVUFBVSxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN0RixLQUFLLE1BQVcsQ0FBQyxVQUFVLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixTQUFTLE1BQWUsQ0FBQyxVQUFVLE9BQU8sTUFBTSxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQ3ZFLFdBQVcsTUFBK0IsQ0FBQyxVQUFVO0FBQ25ELFVBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLEVBQzVFLENBQUM7QUFDSDtBQUtBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVMsWUFBWSxJQUFJLFNBQVM7QUFDcEg7QUFHQSxTQUFTLFNBQVMsS0FBc0I7QUFDdEMsU0FBTyxDQUFDLFNBQVM7QUFDZixRQUFJO0FBQ0YsYUFBTyxJQUFJLEtBQUssSUFBSSxLQUFLO0FBQUEsSUFDM0IsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxVQUFVLEtBQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7QUFBQSxFQUN0QyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sa0JBQWtCLG9CQUFJLElBQXNEO0FBQ2xGLFNBQVMsYUFBYUMsU0FBMEQ7QUFDOUUsTUFBSSxXQUFXLGdCQUFnQixJQUFJQSxPQUFNO0FBQ3pDLE1BQUksQ0FBQyxVQUFVO0FBQ2IsZUFBVyxLQUFLLGlCQUFpQkEsT0FBTTtBQUN2QyxvQkFBZ0IsSUFBSUEsU0FBUSxRQUFRO0FBQUEsRUFDdEM7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBVUosSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUFZLG9CQUFJLElBQWdFO0FBRXRGLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxJQUFJLFFBQVE7QUFDaEMsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsSUFBSSxVQUFVLEdBQUc7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBUyxvQkFBSSxJQUFzQjtBQUFBO0FBQUEsRUFXcEQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUE4QjtBQUNwRixRQUFJQyxVQUFTLEtBQUssT0FBTyxJQUFJLFFBQVE7QUFDckMsUUFBSSxDQUFDQSxTQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxNQUFBQSxVQUFTLEVBQUUsU0FBUyxNQUFNLFlBQVksUUFBUSxHQUFHLFNBQVMsS0FBSyxTQUFTLGtCQUFrQixhQUFhLFFBQVEsRUFBRTtBQUNqSCxXQUFLLE9BQU8sSUFBSSxVQUFVQSxPQUFNO0FBQUEsSUFDbEM7QUFDQSxXQUFPQTtBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQUMsUUFDQSxTQUNXO0FBQ1gsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNLEtBQUssUUFBUSxRQUFRLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSSxJQUFJLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSSxNQUFNLEtBQUssVUFBVSxVQUFVLFVBQVUsV0FBVyxDQUFDO0FBQ3hKLFVBQU0sV0FBVyxJQUFJLFdBQVc7QUFDaEMsUUFBSSxJQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFDNUMsVUFBTSxVQUFVLENBQUNBLFVBQVUsT0FBTyxHQUFHLEtBQUtBLE9BQU0sU0FBUyxHQUFHLENBQUM7QUFDN0QsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVVBLFdBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFVBQU0sVUFBVSxRQUFRQSxNQUFLLEtBQUssWUFBWTtBQUM5QyxRQUFJO0FBQ0osUUFBSSxTQUFTO0FBQ2IsV0FBTztBQUFBLE1BQ0wsSUFBSTtBQUFBLE1BQ0osUUFBUSxJQUFJO0FBQUEsTUFDWixJQUFJLE9BQU87QUFDVCxZQUFJLFdBQVcsQ0FBQyxRQUFRO0FBQ3RCLGlCQUFPLFVBQVUsR0FBRztBQUNwQixtQkFBUztBQUFBLFFBQ1g7QUFDQSxlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sTUFBTSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU07QUFBQSxFQUN0RTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxNQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDekY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUMzRixVQUFNRCxVQUFTLE9BQU8sUUFBUSxLQUFLLEVBQ2hDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLFVBQVUsTUFBUyxFQUN6QyxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQ25FLEtBQUssR0FBRztBQUNYLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsR0FBR0EsVUFBUyxJQUFJQSxPQUFNLEtBQUssRUFBRSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDbkg7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBRzlRQSxTQUFTLFNBQUFFLGNBQWE7QUFDdEIsT0FBT0MsV0FBVTtBQUNqQixPQUFPLGFBQWE7QUFDcEIsT0FBT0MsV0FBVTs7O0FDRmpCLFNBQVMsYUFBYTtBQUN0QixPQUFPQyxXQUEwRTs7O0FDSDFFLElBQU0sZ0JBQWdCO0FBRXRCLElBQU0sbUJBQW1CO0FBRXpCLFNBQVMsYUFBYSxHQUFtQjtBQUM5QyxTQUFPLEdBQUcsYUFBYSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDdkQ7QUFHTyxTQUFTLFNBQVMsTUFBYyxLQUFLLElBQUksR0FBVztBQUN6RCxTQUFPLEdBQUcsSUFBSSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7QUFDNUU7QUFHTyxTQUFTLFFBQVEsT0FBbUM7QUFDekQsUUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsU0FBTyxRQUFRLENBQUM7QUFDbEI7QUFHTyxTQUFTLFdBQVcsT0FBbUM7QUFDNUQsUUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxTQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztBQUNwQztBQU1PLFNBQVMsV0FBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLE1BQUksQ0FBQyxNQUFNLFdBQVcsZ0JBQWdCLEVBQUcsUUFBTztBQUNoRCxRQUFNLFFBQVEsUUFBUSxLQUFLO0FBQzNCLE1BQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFFBQU0sVUFBVSxXQUFXLEtBQUs7QUFDaEMsU0FBTyxZQUFZLFVBQWEsV0FBVyxXQUFXLE9BQU8sS0FBSztBQUNwRTs7O0FENUJBLElBQU0sY0FBYztBQUNwQixJQUFNLGFBQWE7QUFnQm5CLElBQU0sV0FBVztBQUNqQixJQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFPdkUsU0FBUyxRQUFRLFVBQXNDO0FBQ3JELFFBQU0sVUFBc0IsQ0FBQztBQUM3QixXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsUUFBUSxLQUFLLGFBQWE7QUFDckQsVUFBTSxRQUFRLFNBQVMsTUFBTSxHQUFHLElBQUksV0FBVztBQUMvQyxVQUFNLE1BQU1DLE1BQUssTUFBTSxLQUFLO0FBQzVCLGFBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELFlBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLFVBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsWUFBTSxNQUFNLE9BQU87QUFDbkIsTUFBQ0EsTUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFPLElBQUksTUFBTSxDQUFDLENBQUUsSUFBSSxHQUFJO0FBQUEsSUFDcEc7QUFDQSxZQUFRLEtBQUssR0FBRyxHQUFHO0FBQUEsRUFDckI7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLElBQUk7QUFDM0QsUUFBTSxVQUFrQyxFQUFFLFFBQVEsb0JBQW9CLGdCQUFnQixtQkFBbUI7QUFDekcsTUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxTQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLEdBQUcsUUFBUSxJQUFJO0FBQzlGO0FBRUEsU0FBUyxLQUFRLEtBQThCO0FBQzdDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7QUFBQSxFQUN0QyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsV0FBV0MsU0FBZ0IsT0FBZSxVQUFpRTtBQUN6SCxRQUFNLENBQUMsR0FBRyxJQUFJLFFBQVEsQ0FBQyxFQUFFLFFBQVEsUUFBUSxLQUFLLEdBQUdBLFFBQU8sT0FBTyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUksTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQyxHQUFHLFFBQVEsT0FBTyxPQUFPLEVBQUUsQ0FBQyxDQUFDO0FBQ3hKLFNBQU8sRUFBRSxPQUFPLElBQUssV0FBVyxNQUFNLEtBQWdDLEdBQUksR0FBRyxlQUFlLFFBQVcsUUFBUSxJQUFLLE9BQU87QUFDN0g7QUFHTyxTQUFTLGNBQWNBLFNBQWdCLFFBQWdDO0FBQzVFLFFBQU0sRUFBRSxTQUFTLFFBQVEsV0FBVyxrQkFBa0IsT0FBTyxJQUFJQSxRQUFPO0FBQ3hFLFFBQU0sU0FBd0IsRUFBRSxVQUFVLE9BQU8sUUFBUSxTQUFTLEdBQUcsUUFBUSxHQUFHLFNBQVMsR0FBRyxXQUFXLEVBQUU7QUFDekcsTUFBSSxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoRCxRQUFNLE9BQU9BLFFBQU87QUFFcEIsUUFBTSxRQUFRLENBQUMsVUFDYixRQUFRLE1BQU0sSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLFFBQVEsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLENBQUMsRUFBRyxPQUFPLFVBQVUsT0FBTyxDQUFDLEVBQUcsU0FBUyxDQUFDLEdBQUcsUUFBUSxPQUFPLE9BQU8sRUFBRSxFQUFFLENBQUMsRUFBRSxJQUFJLENBQUMsS0FBSyxNQUFNO0FBQ3pNLFVBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixRQUFJLENBQUMsTUFBTyxPQUFNLElBQUksTUFBTSwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLHVDQUF1QztBQUN6TCxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0gsUUFBTSxTQUFTLE1BQU0sT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsQ0FBQztBQUU1QyxRQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsTUFBTSxtQkFBbUIsYUFBYSxDQUFDLFVBQVUsVUFBVTtBQUNwRyxRQUFNLE9BQU8sQ0FBQyxVQUFvQixRQUFRLE1BQU0sSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxTQUFTLFFBQVEsT0FBTyxnQkFBZ0IsT0FBTyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7QUFDeEksUUFBTSxXQUFXLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQ3ZDLE1BQUksU0FBUyxLQUFLLFFBQVEsRUFBRSxJQUFJLENBQUMsS0FBSyxNQUFNO0FBQzFDLFVBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLElBQUk7QUFDdEYsUUFBSSxDQUFDLEtBQU0sT0FBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sQ0FBQyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ2pILFdBQU87QUFBQSxFQUNULENBQUM7QUFFRCxNQUFJLFFBQVE7QUFFVixhQUFTLFFBQVEsR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsTUFBTSxTQUFTLENBQUMsS0FBSyxRQUFRLEtBQU0sU0FBUztBQUNuRixZQUFNLFlBQVksT0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsVUFBVSxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsQ0FBQyxJQUFJLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7QUFDdkssYUFBTyxXQUFXLFFBQVEsU0FBUyxFQUFFLE9BQU8sQ0FBQyxRQUFRLElBQUksV0FBVyxHQUFHLEVBQUU7QUFDekUsZUFBUyxLQUFLLFFBQVEsRUFBRSxJQUFJLENBQUMsUUFBUSxLQUE2QyxHQUFHLEtBQUssRUFBRSxPQUFPLEdBQUcsT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUFBLElBQ25IO0FBQUEsRUFDRjtBQUVBLFFBQU0sWUFBMkUsQ0FBQztBQUNsRixTQUFPLFFBQVEsQ0FBQyxPQUFPLE1BQU07QUFDM0IsVUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3hCLFFBQUksUUFBUSxPQUFRLFFBQU87QUFDM0IsYUFBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVEsS0FBSztBQUN2QyxZQUFNQyxZQUFXLE1BQU0sU0FBUyxhQUFhLEtBQUs7QUFDbEQsWUFBTSxTQUFTLEVBQUUsT0FBTyxhQUFhLENBQUMsR0FBRyxPQUFPLGlCQUFpQixDQUFDLElBQUksT0FBTyxZQUFZLGVBQWVBLFlBQVcsSUFBSSxFQUFFO0FBQ3pILGdCQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsVUFBQUEsV0FBVSxTQUFTLEVBQUUsUUFBUSxRQUFRLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsSUFBSSxNQUFNLEtBQUssVUFBVSxNQUFNLEdBQUcsUUFBUSxPQUFPLGtCQUFrQixPQUFPLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUFBLElBQ2pMO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxVQUFVLFFBQVEsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQztBQUN2RCxRQUFNLGFBQTBDLENBQUM7QUFDakQsVUFBUSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFCLFVBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxRQUFJLE9BQU8sT0FBVyxPQUFNLElBQUksTUFBTSxrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDN0ksV0FBTztBQUNQLFFBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO0FBQUEsRUFDaEYsQ0FBQztBQUVELFFBQU0sVUFBVSxRQUFRLFdBQVcsSUFBSSxDQUFDQyxRQUFPLEVBQUUsUUFBUSxRQUFRLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxTQUFTQSxHQUFFLEVBQUUsQ0FBQyxJQUFJLE1BQU0sTUFBTSxRQUFRLE9BQU8sb0JBQW9CLE9BQU9BLEdBQUUsS0FBSyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQzNLLE1BQUksT0FBTyxRQUFRLElBQUksQ0FBQyxLQUFLLE1BQU07QUFDakMsVUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxNQUFNLG9DQUFvQyxPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUNuSixXQUFPLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU07QUFBQSxFQUM5QyxDQUFDO0FBQ0QsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJRixRQUFPLHFCQUFxQjtBQUMxRCxTQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLFFBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLElBQUksTUFBTSxZQUFZLEtBQUssTUFBTSwrREFBK0RBLFFBQU8sa0JBQWtCLEdBQUc7QUFDN0osVUFBTSxDQUFDO0FBQ1AsVUFBTSxTQUFTLFFBQVEsS0FBSyxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sSUFBSSxFQUFFLEtBQUssQ0FBQyxJQUFJLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUNySixVQUFNRyxRQUFvQixDQUFDO0FBRTNCLFVBQU0sVUFBVSxDQUFDLEdBQUcsSUFBSSxJQUFJLEtBQUssT0FBTyxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUMsRUFBRyxXQUFXLEdBQUcsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQ2pHLFVBQU0sT0FBTyxFQUFFLFFBQVEsQ0FBQyxPQUFPLE1BQU8sT0FBTyxRQUFRLENBQUMsQ0FBRSxJQUFJLEtBQU07QUFDbEUsV0FBTyxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3pCLFlBQU1DLFVBQVMsS0FBMEMsR0FBRztBQUM1RCxVQUFJQSxTQUFRLFdBQVcsU0FBVSxPQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyxZQUFZQSxRQUFPLFNBQVMsaUJBQWlCLEVBQUU7QUFDaEssVUFBSUEsU0FBUSxXQUFXLFlBQWEsUUFBTztBQUFBLFVBQ3RDLENBQUFELE1BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUFBLElBQ3pCLENBQUM7QUFDRCxXQUFPQTtBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQ1Q7QUFNTyxTQUFTLGNBQWNILFNBQWdCLFlBQW9CLFFBQWdCLFFBQTRDO0FBQzVILFFBQU0sT0FBT0EsUUFBTztBQUNwQixNQUFJLFVBQVU7QUFDZCxNQUFJLFNBQVM7QUFDYixXQUFTLE9BQU8sR0FBRyxPQUFPLEtBQU0sUUFBUTtBQUN0QyxVQUFNLENBQUMsR0FBRyxJQUFJLFFBQVEsQ0FBQyxFQUFFLFFBQVEsT0FBTyxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQyxVQUFVLFVBQVUsV0FBVyxNQUFNLElBQUksUUFBUSxPQUFPLGtCQUFrQixVQUFVLEVBQUUsQ0FBQyxDQUFDO0FBQzlMLFVBQU0sU0FBUyxJQUFLLFdBQVcsTUFBTSxLQUE2QyxHQUFJLEdBQUcsUUFBUSxXQUFjLENBQUM7QUFDaEgsUUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixVQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFVBQU0sT0FBTyxRQUFRLE9BQU8sSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLFVBQVUsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLENBQUMsSUFBSSxRQUFRLE9BQU8sb0JBQW9CLFVBQVUsRUFBRSxFQUFFLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLFdBQVcsT0FBTyxFQUFFLFdBQVcsR0FBRyxFQUFFO0FBQ3pNLGVBQVc7QUFDWCxjQUFVLE1BQU0sU0FBUztBQUFBLEVBQzNCO0FBQ0EsU0FBTztBQUNUOzs7QUV0S0EsU0FBUyxtQkFBbUI7QUFDNUIsT0FBTyxVQUFVOzs7QUNEVixJQUFNLFNBQWlCLFlBQVksS0FBSztBQUd4QyxTQUFTLGNBQWMsT0FBdUI7QUFDbkQsc0JBQW9CLFFBQVEsS0FBSztBQUNqQyxTQUFPO0FBQ1Q7OztBRFFBLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksTUFBTSwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUMsdUVBQXVFO0FBQUEsRUFDeEo7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSSxJQUFJLFlBQVksU0FBUyxJQUFJLElBQUksTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJLENBQUM7QUFDekgsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFTyxTQUFTLFNBQVNLLFNBQXNCO0FBQzdDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU8sRUFBRSxRQUFRLGNBQWMsT0FBT0EsUUFBTyxXQUFXLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVMsR0FBRztBQUFBLEVBQ2hKO0FBQ0EsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3RTtBQUNGO0FBR08sU0FBUyxZQUFZQyxPQUFZLE1BQVlDLGdCQUE0QztBQUM5RixRQUFNLE9BQU9ELE1BQUssTUFBTSxJQUFJO0FBQzVCLFNBQU8sU0FBUyxJQUFJLFNBQVlBLE1BQUssUUFBUSxPQUFPLEtBQUssR0FBRyxXQUFXLEtBQUssTUFBTUMsY0FBYTtBQUNqRztBQUdPLFNBQVMsZUFBZUQsT0FBWSxPQUF3QixPQUFxQjtBQUN0RixRQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsUUFBTSxVQUFVLG9CQUFvQkEsTUFBSyxPQUFPLFFBQVFBLE1BQUssTUFBTTtBQUNuRSxNQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztBQUN0QztBQUdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBSHRDNUMsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZ0JBQWdCO0FBRXRCLFNBQVMsTUFBTSxTQUF3QjtBQUNyQyxFQUFBRSxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDekI7QUFFQSxTQUFTLE1BQU0sU0FBdUI7QUFDcEMsUUFBTUMsT0FBTSxHQUFHLE9BQU87QUFDdEIsUUFBTSxNQUFNQyxNQUFLLElBQUlELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsTUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQixVQUFNLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYSwrQ0FBK0M7QUFBQSxFQUM1SjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsVUFBTSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU0sMkVBQTJFO0FBQUEsRUFDaEk7QUFDRjtBQUVBLFNBQVMsY0FBY0UsU0FBZ0IsUUFBdUMsTUFBb0I7QUFDaEcsU0FBTyxPQUFPLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM1QztBQU1BLFNBQVMsTUFBTUEsU0FBZ0IsUUFBdUMsTUFBb0I7QUFDeEYsTUFBSSxLQUFLLE1BQU0sSUFBSSxNQUFNLEVBQUcsT0FBTSxHQUFHLEtBQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNBLFNBQVEsUUFBUSxJQUFJLENBQUM7QUFDckYsUUFBTSxTQUFTLFdBQVdBLFNBQVEsT0FBTyxRQUFRO0FBQ2pELE1BQUksQ0FBQyxPQUFPLE9BQU87QUFDakIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxRQUFRQSxRQUFPLFlBQVksZUFBZUEsUUFBTyxTQUFTLEtBQUtBLFFBQU8sWUFBWSxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFBZSxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQzlMLFVBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7QUFBQSxFQUN4RztBQUNBLFNBQU8sT0FBTztBQUNoQjtBQUVBLFNBQVMsWUFBWSxRQUFtQixPQUFlQSxTQUFzQjtBQUMzRSxRQUFNLE9BQWEsQ0FBQztBQUNwQixRQUFNLFlBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsVUFBTSxVQUFVLE9BQU8sYUFBYSxFQUFFLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQyxJQUFJLE9BQU8sZ0JBQWdCLE9BQU8sWUFBWSxlQUFlLEVBQUUsQ0FBQztBQUNwSSxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sZ0RBQWdELFFBQVEsTUFBTSxJQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxjQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsU0FBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO0FBQUEsRUFDL0I7QUFDQSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCO0FBQzFELGFBQVcsU0FBUyxNQUFNO0FBQ3hCLGVBQVM7QUFDUCxZQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxVQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLFVBQUksS0FBSyxJQUFJLElBQUksU0FBVSxPQUFNLDZEQUE2REEsUUFBTyxrQkFBa0IsSUFBSTtBQUMzSCxNQUFBQyxPQUFNLEdBQUc7QUFBQSxJQUNYO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVFBLGVBQWUsa0JBQTBEO0FBQ3ZFLFFBQU0sUUFBdUMsQ0FBQztBQUM5QyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLElBQzlCLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBY0QsU0FBZ0IsUUFBZ0Q7QUFDckYsUUFBTSxRQUFRLFVBQVdILE1BQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxRQUFNLFNBQWtCLENBQUM7QUFDekIsYUFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUksS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUcsSUFBSyxRQUFPLEtBQUssRUFBRSxNQUFNLEdBQUcsS0FBSyxRQUFRLE1BQU0sR0FBRyxjQUFjRyxTQUFRLFFBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ2pKO0FBQ0EsU0FBTztBQUNUO0FBU0EsZUFBc0IsV0FBV0EsU0FBZ0JFLFdBQTBCLENBQUMsR0FBcUI7QUFDL0YsUUFBTUYsUUFBTyxPQUFPO0FBQ3BCLFFBQU0sU0FBUyxNQUFNLGdCQUFnQjtBQUNyQyxRQUFNLFlBQVksSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUNsRSxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSSxNQUFNQSxTQUFRLFFBQVEsSUFBSTtBQUNuRSxRQUFNLFFBQVEsU0FBUztBQUN2QixRQUFNLFFBQVEsY0FBY0EsU0FBUSxPQUFPLE9BQU8sa0JBQWtCLENBQUMsVUFBVSxXQUFXLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDOUcsTUFBSSxRQUFRLEVBQUcsU0FBUSxJQUFJLGtCQUFrQixLQUFLLHdDQUF3QztBQUMxRixNQUFJRSxTQUFRLFNBQVM7QUFDbkIsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFJO0FBQ0YsWUFBTSxJQUFJLGNBQWNGLFNBQVEsY0FBY0EsU0FBUSxNQUFNLENBQUM7QUFDN0QsY0FBUSxJQUFJLHFCQUFxQkEsUUFBTyxRQUFRLE9BQU8sOEJBQThCLEVBQUUsUUFBUSxnQkFBZ0IsRUFBRSxNQUFNLFlBQVksRUFBRSxPQUFPLHVCQUF1QixFQUFFLFNBQVMsZ0JBQWdCLEVBQUUsT0FBTyxrQkFBa0IsS0FBSyxJQUFJLElBQUksV0FBVyxLQUFNLFFBQVEsQ0FBQyxDQUFDLElBQUk7QUFBQSxJQUN2USxTQUFTLE9BQU87QUFDZCxZQUFNLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlEO0FBQUEsRUFDRjtBQUNBLFFBQU0sa0JBQWtCRSxTQUFRLE9BQU8sWUFBWSxVQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT0YsT0FBTSxJQUFJLENBQUM7QUFDbkcsU0FBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsZ0JBQWdCLE9BQU87QUFDbEU7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWlDO0FBQzFFLE1BQUksQ0FBQyxNQUFNLFNBQVMsS0FBSyxNQUFNLFVBQVUsRUFBRztBQUU1QyxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUksS0FBSyxRQUFRLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixTQUFTQSxRQUFPLE1BQU0sTUFBTSxRQUFRO0FBQzlHLFFBQU0sRUFBRSxNQUFNLElBQUksV0FBV0EsU0FBUSxPQUFPLFFBQVE7QUFDcEQsTUFBSSxDQUFDLE9BQU87QUFDVixZQUFRLE1BQU0saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSyw4QkFBOEI7QUFDaEo7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLGNBQWNBLFNBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVLFdBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLE1BQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7QUFDeEY7OztBSnJJQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBQzNFLElBQU0sU0FBUyxDQUFDLFNBQXNCLEtBQUssZ0JBQWdCLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxLQUFLLGdCQUFnQixNQUFNLENBQUM7QUFHM0csSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixRQUFRLEVBQUUsTUFBTSxVQUFVLFdBQVcsQ0FBQyxRQUFRLEdBQUcsTUFBTSxDQUFDLE1BQU0sSUFBSSxHQUFHLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUU7QUFBQTtBQUFBLEVBRTFHLE9BQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxPQUFPO0FBQUEsSUFDbkIsTUFBTSxDQUFDLE1BQU0sS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDaEMsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxNQUFNLFFBQVFHLFlBQVc7QUFDbEMsY0FBTSxVQUFVLFlBQVksTUFBTSxXQUFXLEtBQUssZ0JBQWdCLFdBQVdBLFFBQU8sTUFBTSxRQUFRLFFBQVE7QUFDMUcsWUFBSSxRQUFTLE1BQUssTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRO0FBQUEsTUFDekQ7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsT0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGdCQUFnQixjQUFjLGFBQWE7QUFBQSxJQUN2RCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2IsT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxVQUFVLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUFTLEtBQUssV0FBVyxPQUFPLElBQUksR0FBRyxDQUFDLENBQUM7QUFBQSxFQUMvSjtBQUFBLEVBQ0EsUUFBUSxFQUFFLE1BQU0sVUFBVSxXQUFXLENBQUMsU0FBUyxHQUFHLE1BQU0sQ0FBQyxNQUFNLEdBQUcsT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsU0FBUyxLQUFLLE9BQU8sS0FBSyxLQUFLLENBQUMsRUFBRTtBQUFBLEVBQ3ZILFFBQVE7QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxpQkFBaUIsaUJBQWlCLGVBQWU7QUFBQSxJQUM3RCxNQUFNLENBQUMsTUFBTTtBQUFBO0FBQUEsSUFFYixPQUFPO0FBQUEsTUFDTCxDQUFDLEVBQUUsS0FBSyxHQUFHLE9BQU8sVUFBVTtBQUMxQixjQUFNLFVBQVUsS0FBSyxhQUFhLEVBQUUsT0FBTyxNQUFNLFdBQVcsR0FBRyxPQUFPLFVBQVUsT0FBTyxnQkFBZ0IsZUFBZSxFQUFFLENBQUM7QUFDekgsWUFBSSxDQUFDLFFBQVEsS0FBTTtBQUNuQixhQUFLLGFBQWEsUUFBUSxLQUFLLElBQUksRUFBRSxPQUFPLFdBQVcsQ0FBQztBQUN4RCxhQUFLLGFBQWEsUUFBUSxLQUFLLEVBQUU7QUFBQSxNQUNuQztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxVQUFVO0FBQUEsSUFDUixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsaUJBQWlCO0FBQUEsSUFDN0IsTUFBTSxDQUFDLE1BQU0sS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDaEMsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFVBQVU7QUFDMUIsY0FBTSxVQUFVLEtBQUssYUFBYSxFQUFFLE9BQU8sTUFBTSxTQUFTLEdBQUcsT0FBTyxjQUFjLE9BQU8sWUFBWSxlQUFlLEVBQUUsQ0FBQztBQUN2SCxZQUFJLFFBQVEsS0FBTSxNQUFLLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFBQSxNQUNqRDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsZUFBZTtBQUFBLElBQzNCLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztBQUFBLElBQ2hDLE9BQU8sZUFBZSxJQUFJLENBQUMsV0FBaUIsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUFTLEtBQUssYUFBYSxPQUFPLElBQUksR0FBRyxNQUFNLENBQUM7QUFBQSxFQUN6RztBQUFBLEVBQ0EsT0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGVBQWUsY0FBYyxhQUFhO0FBQUEsSUFDdEQsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNiLE9BQU8sQ0FBQyxDQUFDLEVBQUUsT0FBQUMsT0FBTSxNQUFNQSxPQUFNLFdBQVcsR0FBRyxDQUFDLEVBQUUsT0FBQUEsT0FBTSxNQUFNQSxPQUFNLFVBQVUsRUFBRSxHQUFHLENBQUMsRUFBRSxPQUFBQSxPQUFNLE1BQU1BLE9BQU0sV0FBVyxDQUFDO0FBQUEsRUFDbEg7QUFDRjtBQUdPLFNBQVMsbUJBQStCO0FBQzdDLFNBQU8sT0FBTyxPQUFPLGVBQWUsRUFBRSxRQUFRLENBQUMsVUFBVSxNQUFNLFNBQVM7QUFDMUU7QUFHQSxlQUFzQixzQkFBc0JELFNBQTRDO0FBQ3RGLFFBQU0sT0FBTyxNQUFNLFdBQVdBLFNBQVEsRUFBRSxNQUFNLEtBQUssQ0FBQztBQUNwRCxRQUFNLFNBQVMsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sYUFBYSxLQUFLLE9BQU8sT0FBTztBQUNwRixRQUFNLFNBQVMsT0FBTyxhQUFhLEVBQUUsT0FBTyxZQUFZLEtBQUssS0FBSyxJQUFJLE9BQU8sZUFBZSxPQUFPLFlBQVksZUFBZSxFQUFFLENBQUM7QUFDakksTUFBSSxDQUFDLE9BQU8sS0FBTSxPQUFNLElBQUksTUFBTSw4RUFBOEUsT0FBTyxNQUFNLEdBQUc7QUFDaEksUUFBTSxNQUFNLE9BQU8sU0FBUyxPQUFPLEtBQUssRUFBRTtBQUMxQyxNQUFJLENBQUMsSUFBSSxLQUFNLE9BQU0sSUFBSSxNQUFNLDJFQUEyRSxJQUFJLE1BQU0sR0FBRztBQUN2SCxTQUFPLEVBQUUsR0FBRyxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU87QUFDM0M7QUFFQSxJQUFJO0FBQ0osSUFBSSxPQUFPO0FBR0osU0FBUyxhQUFhQSxTQUFnQixPQUFzQixNQUErQjtBQUNoRyxjQUFZO0FBQUEsSUFDVixNQUFNLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFBQSxJQUMzRSxPQUFPLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLEtBQUs7QUFBQSxFQUM1RTtBQUNBLFFBQU0sT0FBTyxNQUFNLE1BQU0sU0FBUyxNQUFNLE1BQU0sTUFBTTtBQUVwRCxPQUFLLFNBQVMsTUFBTSxDQUFDLFNBQVMsUUFBUSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1FLE1BQUssR0FBRyxRQUFRLE1BQU1BLE1BQUssR0FBRyxtQkFBbUIsSUFBSUYsT0FBTTtBQUMzSDs7O0FTbkhBLE9BQU9HLFdBQVU7QUFDakIsU0FBUyxTQUFTLGFBQWE7OztBQzJCL0IsSUFBTSxjQUFjO0FBQ3BCLElBQU0sV0FBVztBQUNqQixJQUFNLGFBQWE7QUFHWixTQUFTLFVBQVUsUUFBZ0IsTUFBdUM7QUFDL0UsTUFBSSxDQUFDLFlBQVksS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQzNHLFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxTQUFTLEtBQUssR0FBRyxLQUFLLENBQUMsU0FBUyxLQUFLLEtBQUssR0FBRztBQUNoRCxZQUFNLElBQUksTUFBTSxlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTSwyREFBMkQ7QUFBQSxJQUNySDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFdBQVcsS0FBSyxLQUFLLElBQUk7QUFDNUMsTUFBSSxLQUFLLEtBQUssV0FBVyxJQUFJLE1BQU0sQ0FBQyxjQUFjLE9BQU8sV0FBVyxDQUFDLENBQUMsSUFBSSxNQUFNO0FBQzlFLFVBQU0sSUFBSSxNQUFNLHVCQUF1QixLQUFLLElBQUksZ0NBQWdDO0FBQUEsRUFDbEY7QUFDQSxNQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSyxFQUFHLE9BQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwSSxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTyxFQUFFLFdBQVdBLE9BQU0sYUFBYSxNQUFNLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQyxFQUFHO0FBQ3ZIO0FBR08sU0FBUyxlQUFlLE9BQTZCO0FBQzFELFFBQU0sTUFBb0IsQ0FBQztBQUMzQixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLE1BQU0sVUFBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFFBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7QUFBQSxFQUMxRDtBQUNBLFNBQU87QUFDVDs7O0FEL0RPLElBQU0sbUJBQW1CLElBQUksTUFBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSSxNQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJLE1BQU0sa0JBQWtCO0FBRW5ELElBQU0sdUJBQXVCLElBQUksUUFBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLGlDQUFpQztBQVM3RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUVsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBR0csU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sVUFBVTtBQUFBLElBQ1YsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGlCQUFpQjtBQUFBLElBQ2pCLFFBQVE7QUFBQSxJQUNSLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFRTyxTQUFTLGNBQWMsWUFBMEI7QUFDdEQsUUFBTSxNQUFNQyxNQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sTUFBOEMsSUFBSSxJQUFJLElBQUk7QUFDNUYsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFDbkMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFBQSxFQUN0QztBQUNGO0FBR08sU0FBUyxtQkFBbUIsWUFBMEI7QUFDM0QsUUFBTSxNQUFNQSxNQUFLLElBQUksR0FBRyxVQUFVLFlBQVksSUFBYTtBQUMzRCxRQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU0sTUFBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsTUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkIsU0FBVSxvQkFBbUIsSUFBSSxRQUFRLHdCQUF3QjtBQUM5SDtBQVlPLFNBQVMsY0FBYyxRQUFnQztBQUM1RCxRQUFNLFFBQWdCO0FBQUEsSUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNBLE1BQUksT0FBTyxtQkFBbUIsT0FBVyxPQUFNLEtBQUssRUFBRSxRQUFRLG1DQUFtQyxPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUMsRUFBRSxDQUFDO0FBQ2xLLE1BQUksT0FBTyxjQUFlLE9BQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ3hILFNBQU87QUFDVDs7O0FFaEVPLFNBQVMsVUFBVSxXQUF1RDtBQUMvRSxTQUFPLE9BQU8sVUFBVSxTQUFTLElBQUksRUFBRSxNQUFNLFdBQVcsVUFBVSxLQUFLLElBQUksRUFBRSxNQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLEVBQUUsQ0FBQyxHQUFHLFVBQVUsS0FBSztBQUM3STtBQUdPLFNBQVMsYUFBYUMsT0FBYyxXQUFtQixXQUFtQkMsU0FBZ0IsWUFBWSxNQUFnQjtBQUMzSCxTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFBRDtBQUFBLElBQ0EsR0FBRyxVQUFVLFNBQVM7QUFBQSxJQUN0QixVQUFVLEdBQUcsU0FBUztBQUFBLElBQ3RCLGlCQUFpQixLQUFLLElBQUlDLFNBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDbkUsUUFBQUE7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNGO0FBT08sSUFBTSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87OztBQ2pDM0YsU0FBUyxhQUFhQyxTQUFnQixPQUFpQztBQUc1RSxRQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLE1BQUlBLFFBQU8sWUFBWTtBQUNyQixjQUFVLFlBQVksa0JBQWtCLE1BQU0sU0FBUztBQUN2RCxVQUFNO0FBQUEsTUFDSixHQUFHLGNBQWM7QUFBQSxRQUNmLFVBQVVBLFFBQU8sUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLFFBQU8sUUFBUTtBQUFBLFFBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsUUFBTyxRQUFRLHVCQUF1QjtBQUFBLFFBQy9FLGVBQWVBLFFBQU87QUFBQSxNQUN4QixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxNQUFJQSxRQUFPLGNBQWUsZ0JBQWUsTUFBTSxNQUFNLFNBQVMsT0FBTyxVQUFVLFNBQVMsQ0FBQztBQUN6RixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsWUFBWSxlQUFlLEtBQUs7QUFBQTtBQUFBLElBRWhDLGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUIsRUFBRSxLQUFLQSxRQUFPLFFBQVEsVUFBVSxJQUFJLE1BQU0sRUFBRTtBQUFBLElBQ3RHLG1CQUFtQjtBQUFBLEVBQ3JCO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsVUFBNkI7QUFDN0MsUUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQUM1QyxNQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLE1BQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYSxvQkFBcUIsU0FBUSxPQUFPLEtBQUs7QUFDN0gsU0FBTztBQUNUO0FBR08sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEO0FBR08sU0FBUyx1QkFBNkI7QUFDM0MsTUFBSSxPQUFVLFdBQVksb0JBQW1CLE9BQVUsVUFBVTtBQUNuRTtBQUdPLFNBQVMsU0FBUyxNQUFzQjtBQUM3Qyx1QkFBcUI7QUFDckIsYUFBVyxRQUFXLElBQUk7QUFDNUI7OztBQzNFTyxTQUFTLFVBQVVDLE9BQXNCO0FBQzlDLFNBQU9BLE1BQUssUUFBUSxZQUFZLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDLENBQUU7QUFDdkg7QUFHTyxTQUFTLG1CQUFtQkEsT0FBc0I7QUFDdkQsU0FBT0EsTUFBSyxRQUFRLE9BQU8sS0FBSyxFQUFFLFFBQVEsWUFBWSxHQUFHLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sTUFBTTtBQUN2Rzs7O0FDNkJPLFNBQVMsT0FBT0MsYUFBNEI7QUFDakQsU0FBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7QUFDaEU7QUFFQSxTQUFTLE9BQU8sUUFBZ0MsTUFBb0M7QUFDbEYsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELE1BQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsU0FBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0FBQ3hFO0FBR08sU0FBUyxjQUFjLE1BQW1DO0FBQy9ELFFBQU0sT0FBdUIsQ0FBQztBQUM5QixhQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxlQUFXLENBQUNBLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsWUFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsWUFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLFdBQUssS0FBSyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLE9BQU8sSUFBSSxNQUFNLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXLE1BQU0sTUFBTSxPQUFPLFFBQVEsSUFBSSxFQUFFLENBQUM7QUFBQSxJQUMxSztBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7QUFDNUY7QUFFQSxJQUFNLGFBQWE7QUFHWixTQUFTLGFBQWEsTUFBa0M7QUFDN0QsUUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFFBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFFBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixRQUFJLENBQUMsRUFBRyxNQUFLLElBQUksVUFBVyxJQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSyxDQUFFO0FBQ3ZILFdBQU87QUFBQSxFQUNUO0FBQ0EsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFFBQUksQ0FBQyxNQUFPO0FBQ1osVUFBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsVUFBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFFBQUksU0FBUyxxQkFBcUI7QUFDaEMsYUFBTyxPQUFPLElBQUksUUFBUSxHQUFHLEVBQUUsVUFBVSxFQUFFLFNBQVMsR0FBRyxLQUFLLEVBQUUsT0FBTyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDbkosV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxNQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELE1BQUksU0FBUyxNQUFNO0FBQ2pCLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxXQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQ0EsTUFBSSxTQUFTLFFBQVMsUUFBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLFNBQVMsRUFBRSxRQUFRLHlCQUF5QixHQUFHO0FBQzlGLFNBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtBQUNqRztBQUVPLFNBQVMsWUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixRQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsU0FBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7QUFDdkU7QUFHTyxTQUFTLGNBQWMsTUFBMkI7QUFDdkQsUUFBTSxTQUFTLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUMxRCxRQUFNLE1BQU0sWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzNELE1BQUksV0FBVyxRQUFRLFFBQVEsS0FBTSxRQUFPO0FBQzVDLFFBQU0sVUFBVSxZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUN4RSxRQUFNLFNBQVMsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQ3pFLFNBQU87QUFBQSxJQUNMLGlDQUFpQyxZQUFZLFFBQVEsT0FBTyxDQUFDO0FBQUEsSUFDN0QsV0FBVyxZQUFZLEtBQUssT0FBTyxDQUFDO0FBQUEsSUFDcEMsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCLFlBQVksUUFBUSxPQUFPLENBQUMsU0FBUztBQUFBLElBQ2xGLG1CQUFtQixPQUFPO0FBQUEsRUFDNUIsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDaEhPLFNBQVMsWUFBWSxNQUFtQkMsVUFBdUM7QUFDcEYsUUFBTSxPQUFPLGNBQWMsSUFBSTtBQUMvQixRQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQzNDLFFBQU1DLGFBQVksS0FBSyxPQUFPLHFCQUFxQixLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ3ZFLFFBQU0sUUFBUSxVQUFVLGVBQWVELFNBQVEsUUFBUSxFQUFFO0FBQ3pELFFBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNO0FBQzVCLFVBQU0sT0FBTyxVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsVUFBTSxXQUFXLFVBQVUsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUM7QUFDMUQsVUFBTUUsUUFBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsUUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHQSxLQUFJLHdCQUF3QixRQUFRO0FBQ3hELFdBQU8sR0FBR0EsS0FBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLHFCQUFxQixZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsK0JBQStCLFFBQVE7QUFBQTtBQUFBLEVBQ2hMLENBQUM7QUFDRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EseUNBQXlDLEtBQUssTUFBTSxlQUFlLFFBQVEsc0JBQXNCRCxRQUFPO0FBQUEsSUFDeEcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLE1BQU0sZUFBZSxRQUFRLGtDQUFrQ0EsUUFBTztBQUFBLElBQ2xILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ3RCTyxTQUFTLGVBQWUsTUFBbUJFLFVBQXVDO0FBQ3ZGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUN6QyxRQUFNLFFBQVE7QUFBQSxJQUNaLG9CQUFvQixtQkFBbUJBLFNBQVEsUUFBUSxDQUFDLE9BQU8sV0FBVyxJQUFJLFNBQVMsS0FBSyxNQUFNLHVCQUF1QixLQUFLLE1BQU0sT0FBTyxLQUFLLE1BQU0sb0JBQW9CO0FBQUEsSUFDMUs7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxRQUFRLG1CQUFtQixHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsUUFBUSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxJQUFJO0FBQUEsRUFDOUk7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxLQUFLLElBQUksNERBQTRELHFDQUFxQztBQUNoSCxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLEtBQUssS0FBSyxtQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsV0FBVyxTQUFTLENBQUMsSUFBSTtBQUFBLElBQ3JPO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLG1CQUFtQixjQUFjLElBQUksQ0FBQyxHQUFHLEVBQUU7QUFDMUQsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkJPLElBQU0seUJBQXlCO0FBdUIvQixTQUFTLGFBQWEsTUFBbUIsTUFBd0I7QUFDdEUsUUFBTSxhQUFhLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUMsYUFBWSxJQUFJLFNBQVMsT0FBTyxFQUFFLFFBQVEsWUFBQUEsYUFBWSxJQUFJLFNBQVMsRUFBRTtBQUMzSCxRQUFNLFdBQVcsS0FBSyxTQUFTLG9CQUFvQixLQUFLLFNBQVM7QUFDakUsU0FBTztBQUFBLElBQ0wsZ0JBQWdCO0FBQUEsSUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUFBLElBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO0FBQUEsSUFDcEQ7QUFBQSxJQUNBLFdBQVcsYUFBYSxJQUFJO0FBQUEsSUFDNUIsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUN6RyxXQUFXLFdBQ1A7QUFBQSxNQUNFLGdCQUFnQixZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFBQSxNQUMzRCxpQkFBaUIsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQUEsTUFDaEUsMEJBQTBCLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUFBLE1BQ3BGLGlCQUFpQixZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUFBLElBQzNFLElBQ0E7QUFBQSxFQUNOO0FBQ0Y7OztBQ3hDQSxJQUFNLFdBQVcsb0JBQUksSUFBSSxDQUFDLGFBQWEscUJBQXFCLG9CQUFvQix1QkFBdUIsNEJBQTRCLG9CQUFvQixvQkFBb0Isc0JBQXNCLG1CQUFtQixjQUFjLHNCQUFzQixzQkFBc0IsT0FBTyxXQUFXLGFBQWEsaUJBQWlCLFVBQVUsZ0JBQWdCLENBQUM7QUFDelYsSUFBTSxXQUFXLENBQUMsU0FBaUIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFM0gsU0FBUyxNQUFNLE9BQWdCO0FBQzdCLFFBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUNDLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsU0FBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7QUFDdkU7QUFFTyxTQUFTLFlBQVksTUFBbUJDLFVBQXVEO0FBQ3BHLFFBQU0sSUFBSSxNQUFNQSxTQUFRLEtBQUs7QUFDN0IsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sYUFBYSxjQUFjLElBQUk7QUFDckMsUUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxRQUFNLEtBQUssRUFBRSxLQUFLLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUMsRUFBRSxDQUFDO0FBQ3hPLFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsYUFBVyxLQUFLLFlBQVk7QUFDMUIsVUFBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLFVBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUksWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzdHO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsRUFBRSxDQUFDO0FBQ2pLLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU0sT0FBTyxDQUFDLE1BQXFCLFlBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLFlBQU0sS0FBSyxLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksWUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUU7QUFBQSxJQUM3TDtBQUFBLEVBQ0Y7QUFDQSxRQUFNQyxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxRQUFNLFdBQVcsWUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxRQUFNLGFBQWEsWUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFFBQU0sS0FBSyxLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUMsSUFBSTtBQUNoTyxRQUFNLEtBQUssYUFBYSxZQUFZLFlBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsUUFBTSxTQUFTLFlBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsUUFBTSxLQUFLLGFBQWEsWUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZLFlBQVksWUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPLGFBQWEsWUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU0sWUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDdlAsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsT0FBTyxRQUFRLEVBQUUsS0FBSztBQUNyRSxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNwREEsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBRXhELFNBQVMsa0JBQWtCLE1BQThDO0FBQzlFLFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCLEVBQUUsUUFBUSxZQUFZLE1BQU0sRUFBRSxVQUFVLEtBQUssVUFBVSxPQUFPLEtBQUssT0FBTyxnQkFBZ0IsS0FBSyxDQUFDLEVBQUU7QUFDdEksVUFBTSxNQUFNLE1BQU07QUFDbEIsUUFBSSxLQUFLO0FBQ1AsWUFBTSxVQUFVLGFBQWEsTUFBTTtBQUFBLFFBQ2pDLFVBQVUsS0FBSztBQUFBLFFBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztBQUFBLFFBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtBQUFBLFFBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxNQUN0QyxDQUFDO0FBRUQsWUFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFDaEUsVUFBSSxHQUFHLEdBQUcsWUFBWSxJQUFJLFlBQVksTUFBTSxJQUFJO0FBQ2hELFVBQUksR0FBRyxHQUFHLGFBQWEsSUFBSSxlQUFlLE1BQU0sSUFBSTtBQUFBLElBQ3REO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDM0JBLElBQU0sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQUUvQixTQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDakUsTUFBSSxhQUFhLFNBQVUsUUFBTyxRQUFRO0FBQzFDLE1BQUksYUFBYSxnQkFBaUIsUUFBTyxRQUFRO0FBQ2pELFNBQU8sUUFBUTtBQUNqQjtBQWtDTyxTQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxJQUNsRjtBQUFBLEVBQ0Y7QUFDRjtBQW1CTyxTQUFTLG9CQUFvQixTQUFrQixXQUFnQ0MsWUFBMkI7QUFDL0csU0FBTyxVQUFVLFFBQVEsQ0FBQyxhQUFhO0FBQUEsSUFDckM7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTztBQUFBLFFBQ0wsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUU7QUFBQSxRQUNsRixFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sS0FBSyxJQUFJLFFBQVEsVUFBVSxZQUFZLFVBQVUsT0FBTyxDQUFDLEVBQUU7QUFBQSxNQUNoSDtBQUFBLElBQ0Y7QUFBQSxJQUNBLEVBQUUsUUFBUSxtQkFBbUIsTUFBTSxFQUFFLFNBQVMsR0FBRyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQWlCLElBQUksS0FBYyxPQUFPQSxXQUFVLENBQUMsRUFBRTtBQUFBLEVBQzFILENBQUM7QUFDSDs7O0FDdEVBLElBQU1DLFVBQVMsY0FBYyxLQUFLO0FBQ2xDLElBQU0sT0FBTyxVQUFVLE9BQU8sWUFBWSxHQUFHLEVBQUUsS0FBSyxLQUFLLEtBQUssS0FBUSxNQUFNLHdCQUF3QixDQUFDO0FBQ3JHLElBQU0sWUFBWSxVQUFVLE9BQU8sa0JBQWtCLE1BQU0sRUFBRSxLQUFLLEdBQUcsS0FBSyxHQUFHLE1BQU0seUJBQXlCLENBQUM7QUFFN0csSUFBTSxTQUFTLEtBQUssSUFBSSxJQUFJLEtBQUssS0FBSyxPQUFPLENBQUMsQ0FBQztBQUV4QyxJQUFNLFVBQVUsYUFBYUEsU0FBUTtBQUFBLEVBQzFDLE9BQU8sQ0FBQztBQUFBO0FBQUEsRUFDUixXQUFXQSxRQUFPO0FBQUEsRUFDbEIsV0FBVyxPQUFPO0FBQUEsSUFDaEIsT0FBTyxRQUFRLGVBQWUsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssTUFBTSxDQUFDLE1BQU0sYUFBYSxNQUFNLE1BQU0sTUFBTSxLQUFLLElBQUksR0FBR0EsUUFBTyxXQUFXLE1BQU0sQ0FBQyxDQUFDO0FBQUEsRUFDckk7QUFBQSxFQUNBLE9BQU8sQ0FBQyxHQUFHLG9CQUFvQkEsUUFBTyxTQUFTLGlCQUFpQixHQUFHLFNBQVMsR0FBRyxHQUFHLFdBQVcsQ0FBQztBQUNoRyxDQUFDO0FBR00sSUFBTSxnQkFBZ0Isa0JBQWtCLEVBQUUsVUFBVSxNQUFNLENBQUM7QUFFM0QsU0FBUyxRQUFvQztBQUNsRCxTQUFPLHNCQUFzQkEsT0FBTTtBQUNyQztBQUVBLElBQU0sSUFBSTtBQUNILElBQU0sU0FBUyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDL0UsSUFBTUMsU0FBUSxDQUFDLFNBQTRCLGFBQWFELFNBQVEsRUFBRSxPQUFPLElBQUk7QUFDN0UsSUFBTSxRQUFRLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLE9BQU8sSUFBSTtBQUM3RSxJQUFNLFNBQVMsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQy9FLElBQU0sU0FBUyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDL0UsSUFBTSxXQUFXLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFVBQVUsSUFBSTtBQUNuRixJQUFNLGVBQWUsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQ3JGLElBQU0sUUFBUSxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxPQUFPLElBQUk7IiwKICAibmFtZXMiOiBbInRleHQiLCAiZmFpbCIsICJhZG1pbiIsICJjb25maWciLCAiZXhlYyIsICJzdGF0dXMiLCAicGFyYW1zIiwgInNoYXBlIiwgInNsZWVwIiwgImV4ZWMiLCAiaHR0cCIsICJodHRwIiwgImh0dHAiLCAiY29uZmlnIiwgImdlbmVyYXRlIiwgImciLCAib3BlbiIsICJzdGF0dXMiLCAiY29uZmlnIiwgInBvb2wiLCAiY2xhc3NQYXNzd29yZCIsICJleGVjIiwgInVybCIsICJodHRwIiwgImNvbmZpZyIsICJzbGVlcCIsICJvcHRpb25zIiwgImNvbmZpZyIsICJhZG1pbiIsICJleGVjIiwgImh0dHAiLCAidGV4dCIsICJodHRwIiwgImV4ZWMiLCAibWF4VlVzIiwgImNvbmZpZyIsICJwb2xsUmVzb3VyY2VzIiwgInRleHQiLCAiZXhwcmVzc2lvbiIsICJvcHRpb25zIiwgInNlY29uZHMiLCAib3BlbiIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAidGV4dCIsICJvcHRpb25zIiwgInNlY29uZHMiLCAiaGFuZGxlU3VtbWFyeSIsICJlcnJvclJhdGUiLCAiY29uZmlnIiwgImxvZ2luIl0KfQo=
