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
  const anonymous = new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const tokens = {};
  for (const role of ROLES) tokens[role] = login(anonymous, config3, secret, role);
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
  const token = quietLogin(config3, email, password);
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
  step(clients, data, (kind) => `perf-${kind} ${data.runId} vu${exec3.vu.idInTest} it${exec3.vu.iterationInScenario}`);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL3dvcmtmbG93cy9lbmRwb2ludC1ncm91cHMudHMiLCAiLi4vbGliL2h0dHAvYXBpLnRzIiwgIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsICIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3MvYXBpLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIG1lbW9yeU1iOiAxMDI0LFxuICBjcHVQZXJjZW50OiA4MCxcbiAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IDEwLFxufSk7XG4iLCAiLy8gVGhlIHVzZXIgcG9vbCdzIHR3byBzb3VyY2VzLCBhcyBwdXJlIGZ1bmN0aW9ucyAobm8gazYgaW1wb3J0cykgc28gdGhlIGRlbW8gcGxhdGZvcm0sIHRoZSBydW5uZXJcbi8vIGFuZCB0aGUgdW5pdCB0ZXN0cyBzaGFyZSB0aGVtIHdpdGggdGhlIGs2IHNpZGU6XG4vLyAtIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUsIGEgQ1NWIGBlbWFpbCxwYXNzd29yZCxyb2xlYCAob25lIGFjY291bnQgcGVyIGxpbmUpO1xuLy8gLSBhIGRlbW8gcG9vbCBzcGVjIGByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMGAgKERFTU9fVVNFUlMpLCB3aG9zZSBhY2NvdW50cyBhcmUgbmFtZWRcbi8vICAgYHJlZ3VsYXItMDAwMUBleGFtcGxlLmNvbWAgLi4uIGFuZCBzaGFyZSBvbmUgcGFzc3dvcmQgcGVyIHJvbGUuXG4vLyBBIENTViBwYXJzZXIgb2Ygb3VyIG93biBiZWNhdXNlIHRoZSBmaWxlIG11c3QgYmUgY2hlY2tlZCBsaW5lIGJ5IGxpbmUgd2l0aCB0aGUgbGluZSBuYW1lZCBpblxuLy8gdGhlIG1lc3NhZ2UsIGFuZCBpdCBydW5zIG9uY2UgcGVyIHRlc3QgKGluc2lkZSBhIFNoYXJlZEFycmF5IGNhbGxiYWNrKTsgazYncyBleHBlcmltZW50YWwgY3N2XG4vLyBtb2R1bGUgcmV0dXJucyBiYXJlIHJlY29yZHMgd2l0aG91dCBsaW5lIG51bWJlcnMgYW5kIG5lZWRzIHRvcC1sZXZlbCBhd2FpdCBpbiBldmVyeSBWVS5cbmV4cG9ydCB0eXBlIFJvbGUgPSAncmVndWxhcicgfCAncG93ZXInIHwgJ2FkbWluJztcbmV4cG9ydCBjb25zdCBST0xFUzogcmVhZG9ubHkgUm9sZVtdID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ107XG5cbmV4cG9ydCBpbnRlcmZhY2UgQWNjb3VudCB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCB0eXBlIEFjY291bnRzID0gUmVjb3JkPFJvbGUsIEFjY291bnRbXT47XG5leHBvcnQgdHlwZSBQb29sU2l6ZXMgPSBSZWNvcmQ8Um9sZSwgbnVtYmVyPjtcblxuZXhwb3J0IGNsYXNzIFVzZXJzRmlsZUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ1VzZXJzRmlsZUVycm9yJztcbn1cblxuLyoqXG4gKiBSZWFkcyBhIHVzZXJzIENTVjogaGVhZGVyIGBlbWFpbCxwYXNzd29yZCxyb2xlYCAoYW55IGNvbHVtbiBvcmRlciwgY2FzZS1pbnNlbnNpdGl2ZSksIFJGQyA0MTgwXG4gKiBxdW90aW5nIChcImEsYlwiIGFuZCBcIlwiIGluc2lkZSBxdW90ZXMpLCBibGFuayBsaW5lcyBza2lwcGVkLiBFdmVyeSBwcm9ibGVtIG5hbWVzIHRoZSBmaWxlIGFuZCBsaW5lLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VVc2Vyc0Nzdih0ZXh0OiBzdHJpbmcsIGZpbGU6IHN0cmluZyk6IEFjY291bnRzIHtcbiAgY29uc3QgYWNjb3VudHM6IEFjY291bnRzID0geyByZWd1bGFyOiBbXSwgcG93ZXI6IFtdLCBhZG1pbjogW10gfTtcbiAgY29uc3QgZmFpbCA9IChsaW5lOiBudW1iZXIsIHByb2JsZW06IHN0cmluZyk6IG5ldmVyID0+IHtcbiAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtmaWxlfSwgbGluZSAke2xpbmV9OiAke3Byb2JsZW19YCk7XG4gIH07XG4gIGxldCBjb2x1bW5zOiBSZWNvcmQ8J2VtYWlsJyB8ICdwYXNzd29yZCcgfCAncm9sZScsIG51bWJlcj4gfCB1bmRlZmluZWQ7XG4gIGxldCB3aWR0aCA9IDA7XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYm9keSA9IHRleHQuY2hhckNvZGVBdCgwKSA9PT0gMHhmZWZmID8gdGV4dC5zbGljZSgxKSA6IHRleHQ7IC8vIGEgQk9NIGZyb20gc3ByZWFkc2hlZXQgZXhwb3J0c1xuICBjb25zdCBsaW5lcyA9IGJvZHkuc3BsaXQoL1xccj9cXG4vKTtcbiAgZm9yIChsZXQgbiA9IDA7IG4gPCBsaW5lcy5sZW5ndGg7IG4rKykge1xuICAgIGNvbnN0IGxpbmUgPSBsaW5lc1tuXSE7XG4gICAgaWYgKGxpbmUudHJpbSgpID09PSAnJykgY29udGludWU7XG4gICAgLy8gRmllbGRzIG9mIG9uZSBsaW5lOiBxdW90ZWQgZmllbGRzIG1heSBob2xkIGNvbW1hcyBhbmQgZG91YmxlZCBxdW90ZXMgKG5vdCBsaW5lIGJyZWFrcykuXG4gICAgY29uc3QgZmllbGRzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGxldCBmaWVsZCA9ICcnO1xuICAgIGxldCBxdW90ZWQgPSBmYWxzZTtcbiAgICBsZXQgd2FzUXVvdGVkID0gZmFsc2U7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBsaW5lLmxlbmd0aDsgaSsrKSB7XG4gICAgICBjb25zdCBjID0gbGluZVtpXTtcbiAgICAgIGlmIChxdW90ZWQpIHtcbiAgICAgICAgaWYgKGMgPT09ICdcIicgJiYgbGluZVtpICsgMV0gPT09ICdcIicpIChmaWVsZCArPSAnXCInKSwgaSsrO1xuICAgICAgICBlbHNlIGlmIChjID09PSAnXCInKSBxdW90ZWQgPSBmYWxzZTtcbiAgICAgICAgZWxzZSBmaWVsZCArPSBjO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnLCcpIHtcbiAgICAgICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgICB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1wiJyAmJiBmaWVsZC50cmltKCkgPT09ICcnKSB7XG4gICAgICAgIHF1b3RlZCA9IHdhc1F1b3RlZCA9IHRydWU7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICB9IGVsc2UgZmllbGQgKz0gYztcbiAgICB9XG4gICAgaWYgKHF1b3RlZCkgZmFpbChuICsgMSwgJ2EgcXVvdGVkIGZpZWxkIGlzIG5vdCBjbG9zZWQnKTtcbiAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgaWYgKCFjb2x1bW5zKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IGZpZWxkcy5tYXAoKGYpID0+IGYudG9Mb3dlckNhc2UoKSk7XG4gICAgICBjb25zdCBhdCA9IChuYW1lOiBzdHJpbmcpID0+IG5hbWVzLmluZGV4T2YobmFtZSk7XG4gICAgICBpZiAoYXQoJ2VtYWlsJykgPCAwIHx8IGF0KCdwYXNzd29yZCcpIDwgMCB8fCBhdCgncm9sZScpIDwgMCkge1xuICAgICAgICBmYWlsKG4gKyAxLCBgdGhlIGZpcnN0IGxpbmUgbXVzdCBiZSB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgKGdvdCAke0pTT04uc3RyaW5naWZ5KGxpbmUuc2xpY2UoMCwgODApKX0pYCk7XG4gICAgICB9XG4gICAgICBjb2x1bW5zID0geyBlbWFpbDogYXQoJ2VtYWlsJyksIHBhc3N3b3JkOiBhdCgncGFzc3dvcmQnKSwgcm9sZTogYXQoJ3JvbGUnKSB9O1xuICAgICAgd2lkdGggPSBmaWVsZHMubGVuZ3RoO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChmaWVsZHMubGVuZ3RoICE9PSB3aWR0aCkgZmFpbChuICsgMSwgYGV4cGVjdGVkICR7d2lkdGh9IGZpZWxkcyBsaWtlIHRoZSBoZWFkZXIsIGdvdCAke2ZpZWxkcy5sZW5ndGh9YCk7XG4gICAgY29uc3QgZW1haWwgPSBmaWVsZHNbY29sdW1ucy5lbWFpbF0gPz8gJyc7XG4gICAgY29uc3QgcGFzc3dvcmQgPSBmaWVsZHNbY29sdW1ucy5wYXNzd29yZF0gPz8gJyc7XG4gICAgY29uc3Qgcm9sZSA9IChmaWVsZHNbY29sdW1ucy5yb2xlXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbiAgICBpZiAoZW1haWwgPT09ICcnKSBmYWlsKG4gKyAxLCAnZW1wdHkgZW1haWwnKTtcbiAgICBpZiAocGFzc3dvcmQgPT09ICcnKSBmYWlsKG4gKyAxLCBgZW1wdHkgcGFzc3dvcmQgZm9yICR7ZW1haWx9YCk7XG4gICAgaWYgKCEoUk9MRVMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKHJvbGUpKSBmYWlsKG4gKyAxLCBgdW5rbm93biByb2xlICR7SlNPTi5zdHJpbmdpZnkocm9sZSl9IGZvciAke2VtYWlsfSAodXNlIHJlZ3VsYXIsIHBvd2VyIG9yIGFkbWluKWApO1xuICAgIGlmIChzZWVuLmhhcyhlbWFpbC50b0xvd2VyQ2FzZSgpKSkgZmFpbChuICsgMSwgYCR7ZW1haWx9IGlzIGxpc3RlZCB0d2ljZWApO1xuICAgIHNlZW4uYWRkKGVtYWlsLnRvTG93ZXJDYXNlKCkpO1xuICAgIGFjY291bnRzW3JvbGUgYXMgUm9sZV0ucHVzaCh7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuICBpZiAoIWNvbHVtbnMpIGZhaWwoMSwgJ3RoZSBmaWxlIGlzIGVtcHR5OiBpdCBuZWVkcyB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgYW5kIG9uZSBsaW5lIHBlciBhY2NvdW50Jyk7XG4gIHJldHVybiBhY2NvdW50cztcbn1cblxuLyoqIGByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMGAgLT4gc2l6ZXM7IGEgcm9sZSBsZWZ0IG91dCBoYXMgbm9uZS4gVGhyb3dzIG5hbWluZyBgbmFtZWAgb24gYW55dGhpbmcgZWxzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVBvb2xTcGVjKHNwZWM6IHN0cmluZywgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHtcbiAgY29uc3Qgc2l6ZXM6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3JvbGU6Y291bnQgcGFpcnMgc3VjaCBhcyByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMCc7XG4gIGZvciAoY29uc3QgcGFydCBvZiBzcGVjLnNwbGl0KCcsJykubWFwKChwKSA9PiBwLnRyaW0oKSkuZmlsdGVyKChwKSA9PiBwICE9PSAnJykpIHtcbiAgICBjb25zdCBtYXRjaCA9IC9eKHJlZ3VsYXJ8cG93ZXJ8YWRtaW4pOihcXGR7MSw2fSkkLy5leGVjKHBhcnQpO1xuICAgIGlmICghbWF0Y2gpIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBcIiR7cGFydH1cIiBpcyBub3Qgb25lIG9mICR7ZXhwZWN0ZWR9YCk7XG4gICAgc2l6ZXNbbWF0Y2hbMV0gYXMgUm9sZV0gPSBOdW1iZXIobWF0Y2hbMl0pO1xuICB9XG4gIGlmIChzaXplcy5yZWd1bGFyICsgc2l6ZXMucG93ZXIgKyBzaXplcy5hZG1pbiA9PT0gMCkgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG4gIHJldHVybiBzaXplcztcbn1cblxuLyoqIFRoZSBlbWFpbCBvZiB0aGUgbi10aCAoZnJvbSAxKSBkZW1vIHBvb2wgYWNjb3VudCBvZiBhIHJvbGU6IHJlZ3VsYXItMDAwMUBleGFtcGxlLmNvbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb29sRW1haWwocm9sZTogUm9sZSwgbjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3JvbGV9LSR7U3RyaW5nKG4pLnBhZFN0YXJ0KDQsICcwJyl9QGV4YW1wbGUuY29tYDtcbn1cblxuLyoqIFdoeSBhIHBvb2wgaXMgdG9vIHNtYWxsIGZvciBkaXN0aW5jdCBhY2NvdW50cywgb3IgdW5kZWZpbmVkIHdoZW4gZXZlcnkgVlUgY2FuIGhhdmUgaXRzIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b29TbWFsbEZvckRpc3RpbmN0KHNpemVzOiBQb29sU2l6ZXMsIG5lZWRlZDogUG9vbFNpemVzLCBzb3VyY2U6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIGlmIChuZWVkZWRbcm9sZV0gPiAwICYmIHNpemVzW3JvbGVdIDwgbmVlZGVkW3JvbGVdKSB7XG4gICAgICByZXR1cm4gYCR7c291cmNlfSBoYXMgJHtzaXplc1tyb2xlXX0gJHtyb2xlfSBhY2NvdW50KHMpLCBidXQgUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSBuZWVkcyAke25lZWRlZFtyb2xlXX06IGAgK1xuICAgICAgICBgb25lIHBlciBWVSBpZCB0aGlzIGVudHJ5IGNhbiBzdGFydCAoazYgbnVtYmVycyBWVXMgYWNyb3NzIGFsbCBjbGFzc2VzLCBhbmQgVlUgbiB1c2VzIHRoZSBjbGFzcydzIGFjY291bnQgbiBtb2Qgc2l6ZSlgO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIFRoZSBoaWdoZXN0IFZVIGlkIGs2IGNhbiBoYW5kIG91dCBmb3IgdGhlc2Ugc2NlbmFyaW9zICh0aGUgc3VtIG9mIGVhY2ggc2NlbmFyaW8ncyBWVXMsIGFuIHVwcGVyXG4gKiBib3VuZCBvZiBrNidzIG1heFZVcyk6IFZVIGlkcyBhcmUgbnVtYmVyZWQgYWNyb3NzIGFsbCBzY2VuYXJpb3MsIHNvIGEgY2xhc3MncyBhY2NvdW50cyBhcmVcbiAqIGluZGV4ZWQgYnkgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2dUlkQm91bmQoc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pOiBudW1iZXIge1xuICBsZXQgdG90YWwgPSAwO1xuICBmb3IgKGNvbnN0IHMgb2YgT2JqZWN0LnZhbHVlcyhzY2VuYXJpb3MpKSB7XG4gICAgY29uc3Qgc3RhZ2VzID0gKHMuc3RhZ2VzIGFzIHsgdGFyZ2V0OiBudW1iZXIgfVtdIHwgdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBjb25zdCBtb3N0ID0gTWF0aC5tYXgoTnVtYmVyKHMuc3RhcnRWVXMgPz8gMCksIC4uLnN0YWdlcy5tYXAoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQpKTtcbiAgICBpZiAocy5leGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgdG90YWwgKz0gbW9zdDtcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5tYXhWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLm1heFZVcztcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5wcmVBbGxvY2F0ZWRWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLnByZUFsbG9jYXRlZFZVcztcbiAgICBlbHNlIHRvdGFsICs9IE51bWJlcihzLnZ1cyA/PyAxKTtcbiAgfVxuICByZXR1cm4gdG90YWw7XG59XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuaW1wb3J0IHsgcGFyc2VQb29sU3BlYywgVXNlcnNGaWxlRXJyb3IsIHR5cGUgUG9vbFNpemVzIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IHR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnIHtcbiAgYmFzZVVybDogc3RyaW5nO1xuICB1c2VyczogeyByZWd1bGFyOiBDcmVkZW50aWFsczsgcG93ZXI6IENyZWRlbnRpYWxzOyBhZG1pbjogQ3JlZGVudGlhbHMgfTtcbiAgLyoqIEhvbGQgdGltZSBvZiB0aGUgbWFpbiBsb2FkLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OKS4gKi9cbiAgZHVyYXRpb25TOiBudW1iZXI7XG4gIC8qKiBQZWFrIG51bWJlciBvZiB2aXJ0dWFsIHVzZXJzIChQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTKS4gKi9cbiAgY29uY3VycmVudFVzZXJzOiBudW1iZXI7XG4gIC8qKiBQZXItcmVxdWVzdCB0aW1lb3V0LCBzZWNvbmRzIChQRVJGT1JNQU5DRV9BUElfVElNRU9VVCkuICovXG4gIGFwaVRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBSYW1wLXVwIGFuZCByYW1wLWRvd24gdGltZSwgc2Vjb25kcy4gKi9cbiAgcmFtcFVwUzogbnVtYmVyO1xuICByYW1wRG93blM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIFZVcyBwZXIgdXNlciB0eXBlLCBwZXJjZW50LCBzdW1taW5nIHRvIDEwMC4gKi9cbiAgd2VpZ2h0czogeyByZWd1bGFyOiBudW1iZXI7IHBvd2VyOiBudW1iZXI7IGFkbWluOiBudW1iZXIgfTtcbiAgLyoqIFRoaW5rIHRpbWUgYmV0d2VlbiBhIHVzZXIncyBhY3Rpb25zLCBzZWNvbmRzLCBkcmF3biB1bmlmb3JtbHkgZnJvbSBbbWluLCBtYXhdLiAqL1xuICB0aGlua1RpbWVTOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9O1xuICAvKiogSG93IG9mdGVuIGEgcG93ZXIgdXNlciBwb2xscyBhIGdlbmVyYXRpb24gam9iLCBhbmQgaG93IGxvbmcgaXQgd2FpdHMgYXQgbW9zdCwgc2Vjb25kcy4gKi9cbiAgcG9sbEludGVydmFsUzogbnVtYmVyO1xuICBnZW5lcmF0aW9uVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIENoYXB0ZXJzIHBlciBnZW5lcmF0ZWQgY291cnNlLiAqL1xuICBjaGFwdGVyc1BlckNvdXJzZTogbnVtYmVyO1xuICBzaWRlY2FyVXJsOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzaWRlY2FyIHNhbXBsZXMgZ28gbWlzc2luZyAoU0lERUNBUl9TVFJJQ1Q9dHJ1ZSkuICovXG4gIHNpZGVjYXJTdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBIb3N0cyBiZXNpZGVzIGxvb3BiYWNrIHRoYXQgZW50cmllcyBoZWF2aWVyIHRoYW4gc21va2UgbWF5IGxvYWQgKFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMpLiAqL1xuICBhbGxvd2VkSG9zdHM6IHN0cmluZ1tdO1xuICB0YXJnZXRzOiBUYXJnZXRzO1xuICAvKiogVGhlIHVzZXIgcG9vbDogYSBDU1Ygb2YgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUpLCBvciB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fVVNFUlMgcG9vbDsgbmVpdGhlcjogb25lIGFjY291bnQgcGVyIGNsYXNzLiAqL1xuICB1c2Vyc0ZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgZGVtb1VzZXJzOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQ7XG4gIC8qKiBSZWZ1c2UgYSBwb29sIHdpdGggZmV3ZXIgYWNjb3VudHMgb2YgYSBjbGFzcyB0aGFuIFZVIGlkcyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSkuICovXG4gIHVzZXJzRGlzdGluY3Q6IGJvb2xlYW47XG4gIC8qKiBLZXB0IGNvdXJzZXMgcGVyIHJlZ3VsYXIvcG93ZXIgYWNjb3VudCAoUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTKSwgb2Ygd2hpY2ggdGhlIGZpcnN0IE4gb2YgZWFjaCByZWd1bGFyIGFjY291bnQgYXJlIGdlbmVyYXRlZC4gKi9cbiAgZGF0YXNldDogeyBjb3Vyc2VzOiBudW1iZXI7IGdlbmVyYXRlZDogbnVtYmVyOyByZXNlZWQ6IGJvb2xlYW4gfTtcbn1cblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0NvbmZpZ0Vycm9yJztcbn1cblxudHlwZSBSZWFkPFQ+ID0gKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBUKSA9PiBUO1xuXG5mdW5jdGlvbiByYXcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICByZXR1cm4gdmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmFpbChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbn1cblxuZnVuY3Rpb24gbnVtYmVySW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB3aGF0OiBzdHJpbmcsIGludGVnZXI6IGJvb2xlYW4pOiBSZWFkPG51bWJlcj4ge1xuICByZXR1cm4gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBgJHt3aGF0fSBmcm9tICR7bWlufSB0byAke21heH1gO1xuICAgIGlmICghL15bK10/XFxkKyhcXC5cXGQrKT8kLy50ZXN0KHZhbHVlKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIGNvbnN0IHBhcnNlZCA9IE51bWJlcih2YWx1ZSk7XG4gICAgaWYgKChpbnRlZ2VyICYmICFOdW1iZXIuaXNJbnRlZ2VyKHBhcnNlZCkpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICByZXR1cm4gcGFyc2VkO1xuICB9O1xufVxuXG4vKiogV2hvbGUgc2Vjb25kcywgZS5nLiA2MCAoYSB1bml0IHN1Y2ggYXMgXCI2MHNcIiBvciBcIjFtXCIgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkKS4gKi9cbmNvbnN0IHNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnLCB0cnVlKTtcbmNvbnN0IGNvdW50ID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlcicsIHRydWUpO1xuY29uc3QgbWlsbGlzID0gbnVtYmVySW4oMSwgM182MDBfMDAwLCAnbWlsbGlzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSk7XG5jb25zdCBmcmFjdGlvbiA9IG51bWJlckluKDAsIDEsICdhIGZyYWN0aW9uIChlLmcuIDAuOTUpJywgZmFsc2UpO1xuXG5jb25zdCB0ZXh0OiBSZWFkPHN0cmluZz4gPSAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHZhbHVlLnRyaW0oKSA9PT0gJycpIGZhaWwobmFtZSwgdmFsdWUsICdhIG5vbi1lbXB0eSB2YWx1ZScpO1xuICByZXR1cm4gdmFsdWU7XG59O1xuXG5mdW5jdGlvbiB1cmwoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IG1hdGNoID0gL14oaHR0cHM/KTpcXC9cXC8oW14vXFxzOl0rfFxcW1swLTlhLWZBLUY6XStcXF0pKDpcXGR7MSw1fSk/KFxcL1xcUyopPyQvLmV4ZWModmFsdWUpO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCAnYW4gaHR0cChzKSBVUkwgc3VjaCBhcyBodHRwOi8vMTI3LjAuMC4xOjgwMDAnKTtcbiAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuXG5mdW5jdGlvbiB3ZWlnaHRzKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyByZWd1bGFyOiA3MCwgcG93ZXI6IDIwLCBhZG1pbjogMTAgfTtcbiAgY29uc3QgcGFydHMgPSB2YWx1ZS5zcGxpdCgnLycpLm1hcCgocGFydCkgPT4gcGFydC50cmltKCkpO1xuICBjb25zdCBleHBlY3RlZCA9ICd0aHJlZSB3aG9sZSBwZXJjZW50YWdlcyByZWd1bGFyL3Bvd2VyL2FkbWluIHN1bW1pbmcgdG8gMTAwLCBlLmcuIDcwLzIwLzEwJztcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMyB8fCBwYXJ0cy5zb21lKChwYXJ0KSA9PiAhL15cXGQrJC8udGVzdChwYXJ0KSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgW3JlZ3VsYXIsIHBvd2VyLCBhZG1pbl0gPSBwYXJ0cy5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gIGlmIChyZWd1bGFyICsgcG93ZXIgKyBhZG1pbiAhPT0gMTAwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IHJlZ3VsYXIsIHBvd2VyLCBhZG1pbiB9O1xufVxuXG5mdW5jdGlvbiB0aGlua1RpbWUoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1sndGhpbmtUaW1lUyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IG1pbjogMSwgbWF4OiAzIH07XG4gIGNvbnN0IG1hdGNoID0gL14oXFxkKyg/OlxcLlxcZCspPykoPzotKFxcZCsoPzpcXC5cXGQrKT8pKT8kLy5leGVjKHZhbHVlKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAnc2Vjb25kcyBhcyBOIG9yIE1JTi1NQVggKGUuZy4gMS0zKSwgZWFjaCBhdCBtb3N0IDYwJztcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBtaW4gPSBOdW1iZXIobWF0Y2hbMV0pO1xuICBjb25zdCBtYXggPSBtYXRjaFsyXSA9PT0gdW5kZWZpbmVkID8gbWluIDogTnVtYmVyKG1hdGNoWzJdKTtcbiAgaWYgKG1heCA8IG1pbiB8fCBtYXggPiA2MCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyBtaW4sIG1heCB9O1xufVxuXG5mdW5jdGlvbiBmbGFnKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnIHx8IHZhbHVlID09PSAnZmFsc2UnIHx8IHZhbHVlID09PSAnMCcpIHJldHVybiBmYWxzZTtcbiAgaWYgKHZhbHVlID09PSAndHJ1ZScgfHwgdmFsdWUgPT09ICcxJykgcmV0dXJuIHRydWU7XG4gIHJldHVybiBmYWlsKG5hbWUsIHZhbHVlLCAndHJ1ZSBvciBmYWxzZScpO1xufVxuXG5mdW5jdGlvbiBob3N0TGlzdChlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiBbXTtcbiAgY29uc3QgaG9zdHMgPSB2YWx1ZS5zcGxpdCgnLCcpLm1hcCgoaG9zdCkgPT4gaG9zdC50cmltKCkudG9Mb3dlckNhc2UoKSk7XG4gIGlmIChob3N0cy5zb21lKChob3N0KSA9PiAhL14oXFxbWzAtOWEtZjpdK1xcXXxbYS16MC05LlxcLTpdKykkLy50ZXN0KGhvc3QpKSkge1xuICAgIGZhaWwobmFtZSwgdmFsdWUsICdhIGNvbW1hLXNlcGFyYXRlZCBsaXN0IG9mIGhvc3QgbmFtZXMgb3IgYWRkcmVzc2VzLCBlLmcuIHN0YWdpbmcuZXhhbXBsZS5jb20sMTAuMC4wLjUnKTtcbiAgfVxuICByZXR1cm4gaG9zdHM7XG59XG5cbmZ1bmN0aW9uIGNyZWRlbnRpYWxzKGVudjogRW52LCBwcmVmaXg6IHN0cmluZywgZmFsbGJhY2tFbWFpbDogc3RyaW5nLCBmYWxsYmFja1Bhc3N3b3JkOiBzdHJpbmcpOiBDcmVkZW50aWFscyB7XG4gIHJldHVybiB7XG4gICAgZW1haWw6IHRleHQoZW52LCBgJHtwcmVmaXh9X0VNQUlMYCwgZmFsbGJhY2tFbWFpbCksXG4gICAgcGFzc3dvcmQ6IHRleHQoZW52LCBgJHtwcmVmaXh9X1BBU1NXT1JEYCwgZmFsbGJhY2tQYXNzd29yZCksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBvb2xTcGVjKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiB1bmRlZmluZWQ7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHBhcnNlUG9vbFNwZWModmFsdWUsIG5hbWUpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihlcnJvciBpbnN0YW5jZW9mIFVzZXJzRmlsZUVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGRhdGFzZXQoZW52OiBFbnYpOiBDb25maWdbJ2RhdGFzZXQnXSB7XG4gIGNvbnN0IGNvdXJzZXMgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMnLCAyMCk7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEJywgTWF0aC5taW4oMSwgY291cnNlcykpO1xuICBpZiAoZ2VuZXJhdGVkID4gY291cnNlcykgZmFpbCgnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBTdHJpbmcoZ2VuZXJhdGVkKSwgYGF0IG1vc3QgUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTICgke2NvdXJzZXN9KWApO1xuICByZXR1cm4geyBjb3Vyc2VzLCBnZW5lcmF0ZWQsIHJlc2VlZDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRCcpIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX1VQJywgTWF0aC5taW4oMzAsIE1hdGgubWF4KDEsIE1hdGgucm91bmQoZHVyYXRpb25TIC8gNCkpKSk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbigwLCAxXzAwMF8wMDAsICdNQiBwZXIgbWludXRlIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnVEhSRVNIT0xEX01FTU9SWV9HUk9XVEhfTUJfUEVSX01JTicsIGQubWVtb3J5R3Jvd3RoTWJQZXJNaW4pLFxuICAgIH0sXG4gICAgdXNlcnNGaWxlOiByYXcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRklMRScpIHx8IHVuZGVmaW5lZCxcbiAgICBkZW1vVXNlcnM6IHBvb2xTcGVjKGVudiwgJ0RFTU9fVVNFUlMnKSxcbiAgICB1c2Vyc0Rpc3RpbmN0OiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUJyksXG4gICAgZGF0YXNldDogZGF0YXNldChlbnYpLFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdE9mKGJhc2VVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG1hdGNoID0gL15odHRwcz86XFwvXFwvKFxcW1teXFxdXStcXF18W14vOl0rKS9pLmV4ZWMoYmFzZVVybCk7XG4gIHJldHVybiAobWF0Y2g/LlsxXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzTG9vcGJhY2soaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBob3N0ID09PSAnbG9jYWxob3N0JyB8fCBob3N0ID09PSAnWzo6MV0nIHx8IGhvc3QgPT09ICc6OjEnIHx8IC9eMTI3XFwuXFxkezEsM31cXC5cXGR7MSwzfVxcLlxcZHsxLDN9JC8udGVzdChob3N0KTtcbn1cblxuLyoqXG4gKiBUaGUgdGFyZ2V0IGd1YXJkOiBhbiBlbnRyeSBoZWF2aWVyIHRoYW4gc21va2UgcmVmdXNlcyBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2sgdW5sZXNzIGl0IGlzXG4gKiBhbGxvdy1saXN0ZWQsIHNvIGEgdHlwbyBpbiBCQVNFX1VSTCBjYW5ub3QgbG9hZC10ZXN0IHByb2R1Y3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZzogQ29uZmlnLCBlbnRyeTogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGhvc3QgPSBob3N0T2YoY29uZmlnLmJhc2VVcmwpO1xuICBpZiAoaXNMb29wYmFjayhob3N0KSB8fCBjb25maWcuYWxsb3dlZEhvc3RzLmluY2x1ZGVzKGhvc3QpKSByZXR1cm47XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICBgcmVmdXNpbmcgdG8gcnVuIFwiJHtlbnRyeX1cIiBhZ2FpbnN0ICR7Y29uZmlnLmJhc2VVcmx9OiAke2hvc3R9IGlzIG5vdCBhIGxvb3BiYWNrIGFkZHJlc3MuIGAgK1xuICAgICAgYElmIHlvdSBtZWFuIHRvIGxvYWQtdGVzdCBpdCwgYWxsb3cgaXQgd2l0aCBQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTPSR7aG9zdH0gKGNvbW1hLXNlcGFyYXRlZCBsaXN0KS5gLFxuICApO1xufVxuXG4vKipcbiAqIEEgc2NlbmFyaW8ncyBvd24gbnVtZXJpYyBzZXR0aW5nIChlLmcuIFNQSUtFX0ZBQ1RPUiksIHZhbGlkYXRlZCBsaWtlIHRoZSBzaGFyZWQgb25lczogYSBiYWRcbiAqIHZhbHVlIHN0b3BzIHRoZSBydW4gYXQgaW5pdCB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIHZhcmlhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW52TnVtYmVyKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIsIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSk6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIFRoZSBgYXBpYCBlbnRyeSdzIHRyYWZmaWM6IHRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBpbiBncm91cHMsIGVhY2ggZ3JvdXAgb25lIG9wZW4tbW9kZWxcbi8vIHNjZW5hcmlvIHdob3NlIGl0ZXJhdGlvbiBjYWxscyB0aGUgbmV4dCBlbmRwb2ludCBvZiBpdHMgZ3JvdXAuIEVuZHBvaW50cyBvZiBhIGdyb3VwIHNoYXJlIGFcbi8vIHJhdGU7IGVhY2ggaXMgc3RpbGwgdGFnZ2VkIGFuZCBnYXRlZCBvbiBpdHMgb3duIChlbmRwb2ludDo8bmFtZT4pLlxuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBFeHBvcnRGb3JtYXQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4uL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHByZXBhcmVSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBFbmRwb2ludEdyb3VwRGF0YSBleHRlbmRzIFJ1bkRhdGEge1xuICAvKiogQSBnZW5lcmF0aW9uIGpvYiBldmVyeSBgc3RhdHVzYCBpdGVyYXRpb24gcG9sbHMuICovXG4gIGpvYklkOiBJZDtcbn1cblxudHlwZSBTdGVwID0gKGFwaTogeyB1c2VyOiBBcGlDbGllbnQ7IGFkbWluOiBBcGlDbGllbnQgfSwgZGF0YTogRW5kcG9pbnRHcm91cERhdGEsIHRpdGxlOiAoa2luZDogc3RyaW5nKSA9PiBzdHJpbmcpID0+IHZvaWQ7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5kcG9pbnRHcm91cCB7XG4gIC8qKiBUaGUgZXhwb3J0ZWQgZnVuY3Rpb24gb2YgdGhlIGVudHJ5IHRoYXQgcnVucyBvbmUgaXRlcmF0aW9uIChrNiBgZXhlY2ApLiAqL1xuICBleGVjOiBzdHJpbmc7XG4gIGVuZHBvaW50czogRW5kcG9pbnRbXTtcbiAgLyoqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZCBvZiB0aGlzIGdyb3VwIGZvciBhIGJhc2UgcmF0ZSAoQVBJX1JBVEUpLiAqL1xuICByYXRlOiAoYmFzZTogbnVtYmVyKSA9PiBudW1iZXI7XG4gIC8qKiBDYWxsZWQgaW4gdHVybiwgb25lIHBlciBpdGVyYXRpb24uICovXG4gIHN0ZXBzOiBTdGVwW107XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5jb25zdCBzZWVkZWQgPSAoZGF0YTogUnVuRGF0YSk6IElkID0+IGRhdGEuc2VlZGVkQ291cnNlSWRzW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGRhdGEuc2VlZGVkQ291cnNlSWRzLmxlbmd0aCldITtcblxuLyoqIFNjZW5hcmlvIG5hbWUgLT4gZ3JvdXAuIEhlYWx0aCBpcyBwcm9iZWQgdHdpY2UgYXMgb2Z0ZW4gKGl0IGlzIHdoYXQgbW9uaXRvcnMgaGl0KTsgZ2VuZXJhdGlvbiBhbmQgZXhwb3J0IGNvc3QgbW9yZSwgc28gbGVzcyBvZnRlbi4gKi9cbmV4cG9ydCBjb25zdCBFTkRQT0lOVF9HUk9VUFMgPSB7XG4gIGhlYWx0aDogeyBleGVjOiAnaGVhbHRoJywgZW5kcG9pbnRzOiBbJ2hlYWx0aCddLCByYXRlOiAocikgPT4gciAqIDIsIHN0ZXBzOiBbKHsgdXNlciB9KSA9PiB1c2VyLmhlYWx0aCgpXSB9LFxuICByZWFkczoge1xuICAgIGV4ZWM6ICdyZWFkcycsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZXNfbGlzdCcsICdjb3Vyc2VfZ2V0JywgJ2NoYXB0ZXJfZ2V0J10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgc3RlcHM6IFsoeyB1c2VyIH0pID0+IHVzZXIubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSksICh7IHVzZXIgfSwgZGF0YSkgPT4gdXNlci5nZXRDb3Vyc2Uoc2VlZGVkKGRhdGEpKSwgKHsgdXNlciB9LCBkYXRhKSA9PiB1c2VyLmdldENoYXB0ZXIoc2VlZGVkKGRhdGEpLCAxKV0sXG4gIH0sXG4gIHN0YXR1czogeyBleGVjOiAnc3RhdHVzJywgZW5kcG9pbnRzOiBbJ2pvYl9nZXQnXSwgcmF0ZTogKHIpID0+IHIsIHN0ZXBzOiBbKHsgdXNlciB9LCBkYXRhKSA9PiB1c2VyLmdldEpvYihkYXRhLmpvYklkKV0gfSxcbiAgd3JpdGVzOiB7XG4gICAgZXhlYzogJ3dyaXRlcycsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZV9jcmVhdGUnLCAnY291cnNlX3VwZGF0ZScsICdjb3Vyc2VfZGVsZXRlJ10sXG4gICAgcmF0ZTogKHIpID0+IHIsXG4gICAgLy8gT25lIGl0ZXJhdGlvbiBjcmVhdGVzLCB1cGRhdGVzIGFuZCBkZWxldGVzLCBzbyB0aGUgdGhyZWUgd3JpdGUgZW5kcG9pbnRzIGdldCB0aGUgc2FtZSByYXRlIGFuZCBub3RoaW5nIGlzIGxlZnQgYmVoaW5kLlxuICAgIHN0ZXBzOiBbXG4gICAgICAoeyB1c2VyIH0sIF9kYXRhLCB0aXRsZSkgPT4ge1xuICAgICAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogdGl0bGUoJ2FwaS13cml0ZScpLCB0b3BpYzogJ3dyaXRlcycsIGxldmVsOiAnaW50ZXJtZWRpYXRlJywgY2hhcHRlcl9jb3VudDogMSB9KTtcbiAgICAgICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybjtcbiAgICAgICAgdXNlci51cGRhdGVDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkLCB7IGxldmVsOiAnYWR2YW5jZWQnIH0pO1xuICAgICAgICB1c2VyLmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgICAgfSxcbiAgICBdLFxuICB9LFxuICBnZW5lcmF0ZToge1xuICAgIGV4ZWM6ICdnZW5lcmF0ZScsXG4gICAgZW5kcG9pbnRzOiBbJ2NvdXJzZV9nZW5lcmF0ZSddLFxuICAgIHJhdGU6IChyKSA9PiBNYXRoLm1heCgwLjIsIHIgLyA1KSxcbiAgICBzdGVwczogW1xuICAgICAgKHsgdXNlciB9LCBfZGF0YSwgdGl0bGUpID0+IHtcbiAgICAgICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHsgdGl0bGU6IHRpdGxlKCdhcGktZ2VuJyksIHRvcGljOiAnZ2VuZXJhdGlvbicsIGxldmVsOiAnYmVnaW5uZXInLCBjaGFwdGVyX2NvdW50OiAxIH0pO1xuICAgICAgICBpZiAoY3JlYXRlZC5ib2R5KSB1c2VyLmdlbmVyYXRlKGNyZWF0ZWQuYm9keS5pZCk7XG4gICAgICB9LFxuICAgIF0sXG4gIH0sXG4gIGV4cG9ydDoge1xuICAgIGV4ZWM6ICdleHBvcnRDb3Vyc2UnLFxuICAgIGVuZHBvaW50czogWydjb3Vyc2VfZXhwb3J0J10sXG4gICAgcmF0ZTogKHIpID0+IE1hdGgubWF4KDAuMiwgciAvIDIpLFxuICAgIHN0ZXBzOiBFWFBPUlRfRk9STUFUUy5tYXAoKGZvcm1hdCk6IFN0ZXAgPT4gKHsgdXNlciB9LCBkYXRhKSA9PiB1c2VyLmV4cG9ydENvdXJzZShzZWVkZWQoZGF0YSksIGZvcm1hdCkpLFxuICB9LFxuICBhZG1pbjoge1xuICAgIGV4ZWM6ICdhZG1pbicsXG4gICAgZW5kcG9pbnRzOiBbJ2FkbWluX3N0YXRzJywgJ2FkbWluX2pvYnMnLCAnYWRtaW5fdXNlcnMnXSxcbiAgICByYXRlOiAocikgPT4gcixcbiAgICBzdGVwczogWyh7IGFkbWluIH0pID0+IGFkbWluLmFkbWluU3RhdHMoKSwgKHsgYWRtaW4gfSkgPT4gYWRtaW4uYWRtaW5Kb2JzKDIwKSwgKHsgYWRtaW4gfSkgPT4gYWRtaW4uYWRtaW5Vc2VycygpXSxcbiAgfSxcbn0gc2F0aXNmaWVzIFJlY29yZDxzdHJpbmcsIEVuZHBvaW50R3JvdXA+O1xuXG4vKiogRXZlcnkgZW5kcG9pbnQgdGhlIGdyb3VwcyBleGVyY2lzZSwgcGx1cyBsb2dpbiAoc2V0dXAncyksIGVhY2ggdG8gYmUgZ2F0ZWQgb24gaXRzIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBncm91cGVkRW5kcG9pbnRzKCk6IEVuZHBvaW50W10ge1xuICByZXR1cm4gWy4uLk9iamVjdC52YWx1ZXMoRU5EUE9JTlRfR1JPVVBTKS5mbGF0TWFwKChncm91cCkgPT4gZ3JvdXAuZW5kcG9pbnRzKSwgJ2xvZ2luJ107XG59XG5cbi8qKiBUaGUgc2hhcmVkIHNldHVwIHBsdXMgb25lIGdlbmVyYXRpb24gam9iIGZvciBgc3RhdHVzYCB0byBwb2xsLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVFbmRwb2ludEdyb3Vwcyhjb25maWc6IENvbmZpZyk6IFByb21pc2U8RW5kcG9pbnRHcm91cERhdGE+IHtcbiAgY29uc3QgZGF0YSA9IGF3YWl0IHByZXBhcmVSdW4oY29uZmlnLCB7IHNlZWQ6IHRydWUgfSk7XG4gIGNvbnN0IGNsaWVudCA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMucmVndWxhcik7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5jcmVhdGVDb3Vyc2UoeyB0aXRsZTogYHBlcmYtYXBpICR7ZGF0YS5ydW5JZH1gLCB0b3BpYzogJ2FwaSBidWRnZXRzJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDEgfSk7XG4gIGlmICghY291cnNlLmJvZHkpIHRocm93IG5ldyBFcnJvcihgc2V0dXAgY291bGQgbm90IGNyZWF0ZSB0aGUgY291cnNlIHdob3NlIGpvYiB0aGUgc3RhdHVzIGdyb3VwIHBvbGxzIChzdGF0dXMgJHtjb3Vyc2Uuc3RhdHVzfSlgKTtcbiAgY29uc3Qgam9iID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZS5ib2R5LmlkKTtcbiAgaWYgKCFqb2IuYm9keSkgdGhyb3cgbmV3IEVycm9yKGBzZXR1cCBjb3VsZCBub3Qgc3RhcnQgdGhlIGdlbmVyYXRpb24gam9iIHRoZSBzdGF0dXMgZ3JvdXAgcG9sbHMgKHN0YXR1cyAke2pvYi5zdGF0dXN9KWApO1xuICByZXR1cm4geyAuLi5kYXRhLCBqb2JJZDogam9iLmJvZHkuam9iX2lkIH07XG59XG5cbmxldCBjbGllbnRzOiB7IHVzZXI6IEFwaUNsaWVudDsgYWRtaW46IEFwaUNsaWVudCB9IHwgdW5kZWZpbmVkO1xubGV0IHR1cm4gPSAwO1xuXG4vKiogT25lIGl0ZXJhdGlvbiBvZiBhIGdyb3VwOiB0aGUgbmV4dCBvZiBpdHMgc3RlcHMsIHdpdGggcGVyLVZVIGNsaWVudHMgbWFkZSBvbiBmaXJzdCB1c2UuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuR3JvdXBTdGVwKGNvbmZpZzogQ29uZmlnLCBncm91cDogRW5kcG9pbnRHcm91cCwgZGF0YTogRW5kcG9pbnRHcm91cERhdGEpOiB2b2lkIHtcbiAgY2xpZW50cyA/Pz0ge1xuICAgIHVzZXI6IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMucmVndWxhciksXG4gICAgYWRtaW46IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgZGF0YS50b2tlbnMuYWRtaW4pLFxuICB9O1xuICBjb25zdCBzdGVwID0gZ3JvdXAuc3RlcHNbdHVybisrICUgZ3JvdXAuc3RlcHMubGVuZ3RoXSE7XG4gIC8vIFZVIGlkIGFuZCBpdGVyYXRpb24gbWFrZSB0aXRsZXMgdW5pcXVlIGFjcm9zcyB0aGUgcnVuJ3MgVlVzLlxuICBzdGVwKGNsaWVudHMsIGRhdGEsIChraW5kKSA9PiBgcGVyZi0ke2tpbmR9ICR7ZGF0YS5ydW5JZH0gdnUke2V4ZWMudnUuaWRJblRlc3R9IGl0JHtleGVjLnZ1Lml0ZXJhdGlvbkluU2NlbmFyaW99YCk7XG59XG4iLCAiLy8gVHlwZWQgY2xpZW50IG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSBjb250cmFjdCAocGF0aHMgYW5kIHRhZ3MgY29tZSBmcm9tIHJvdXRlcy50cykuIEV2ZXJ5IHJlcXVlc3Rcbi8vIGNhcnJpZXMgYSBzdGFibGUgYGVuZHBvaW50YCB0YWcgKG5ldmVyIHRoZSBVUkwgd2l0aCBpZHMgaW4gaXQpLCB0aGUgYGFwaWAgc2NvcGUgYW5kIGEgdGVtcGxhdGVkXG4vLyBgbmFtZWAsIHNvIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnRzIGtlZXAgYSBzbWFsbCwgZml4ZWQgc2V0IG9mIHNlcmllcy5cbmltcG9ydCB7IGNoZWNrIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgcGF0aHMsIHJlcXVlc3RUYWdzLCB0eXBlIElkIH0gZnJvbSAnLi9yb3V0ZXMudHMnO1xuXG5leHBvcnQgdHlwZSB7IElkIH07XG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgdHlwZSBMZXZlbCA9ICdiZWdpbm5lcicgfCAnaW50ZXJtZWRpYXRlJyB8ICdhZHZhbmNlZCc7XG5leHBvcnQgdHlwZSBKb2JTdGF0dXMgPSAncXVldWVkJyB8ICdydW5uaW5nJyB8ICdjb21wbGV0ZWQnIHwgJ2ZhaWxlZCc7XG5leHBvcnQgdHlwZSBFeHBvcnRGb3JtYXQgPSAnanNvbicgfCAnbWFya2Rvd24nIHwgJ2h0bWwnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXJTdW1tYXJ5IHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgc3RhdHVzOiBzdHJpbmcgfVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2Uge1xuICBpZDogSWQ7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBjaGFwdGVycz86IENoYXB0ZXJTdW1tYXJ5W107XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZUxpc3QgeyBpdGVtczogQ291cnNlW107IHRvdGFsOiBudW1iZXI7IGxpbWl0OiBudW1iZXI7IG9mZnNldDogbnVtYmVyIH1cbmV4cG9ydCBpbnRlcmZhY2UgTmV3Q291cnNlIHsgdGl0bGU6IHN0cmluZzsgdG9waWM6IHN0cmluZzsgbGV2ZWw6IExldmVsOyBjaGFwdGVyX2NvdW50OiBudW1iZXI7IGxhbmd1YWdlPzogc3RyaW5nIH1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iQ2hhcHRlciB7IGluZGV4OiBudW1iZXI7IHN0YXR1czogc3RyaW5nOyBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsOyBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDsgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGwgfVxuZXhwb3J0IGludGVyZmFjZSBKb2Ige1xuICBqb2JfaWQ6IElkO1xuICBjb3Vyc2VfaWQ6IElkO1xuICBzdGF0dXM6IEpvYlN0YXR1cztcbiAgY2hhcHRlcnNfdG90YWw6IG51bWJlcjtcbiAgY2hhcHRlcnNfY29tcGxldGVkOiBudW1iZXI7XG4gIGNoYXB0ZXJzOiBKb2JDaGFwdGVyW107XG4gIGNyZWF0ZWRfYXQ6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGVycm9yPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyIHsgaW5kZXg6IG51bWJlcjsgdGl0bGU6IHN0cmluZzsgY29udGVudDogc3RyaW5nOyB3b3JkX2NvdW50OiBudW1iZXIgfVxuZXhwb3J0IGludGVyZmFjZSBMb2dpbiB7IGFjY2Vzc190b2tlbjogc3RyaW5nOyB0b2tlbl90eXBlOiBzdHJpbmc7IHJvbGU6IFJvbGU7IGV4cGlyZXNfaW46IG51bWJlciB9XG5cbi8qKlxuICogV2hhdCBldmVyeSBjYWxsIHJldHVybnM6IHdoZXRoZXIgaXRzIGNoZWNrcyBwYXNzZWQsIHRoZSBzdGF0dXMsIGFuZCB0aGUgYm9keSB3aGVuIGl0IGhhZCB0aGVcbiAqIHJpZ2h0IHNoYXBlLiBUaGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZDogbW9zdCBjYWxsZXJzIG9ubHkgbmVlZCBgb2tgLCBhbmQgazYncyBKU09OLnBhcnNlXG4gKiBidWlsZHMgZXZlcnkgb2JqZWN0IG9mIGEgbGlzdCBpbiBKUyDigJQgYSBxdWFydGVyIG9mIGs2J3MgQ1BVIGluIHRoZSByZWd1bGFyLXVzZXIgd29ya2Zsb3cgYmVmb3JlXG4gKiB0aGlzIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdDxUPiB7XG4gIG9rOiBib29sZWFuO1xuICBzdGF0dXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgYm9keTogVCB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIE9uZSBmaWVsZCBvZiBhIEpTT04gYm9keSBieSBhIGs2IHNlbGVjdG9yIChgaXRlbXMuI2AsIGBpZGApOiByZWFkIGluIEdvLCBubyBKUyBvYmplY3QgYnVpbHQgZm9yIHRoZSByZXN0LiAqL1xuZXhwb3J0IHR5cGUgRmllbGQgPSAocGF0aDogc3RyaW5nKSA9PiB1bmtub3duO1xuLyoqIEEgYm9keS1zaGFwZSB0ZXN0IG92ZXIgc2VsZWN0ZWQgZmllbGRzOyBUIGlzIHRoZSBib2R5IHR5cGUgaXQgdm91Y2hlcyBmb3IuICovXG5leHBvcnQgdHlwZSBTaGFwZTxUPiA9ICgoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKSAmIHsgcmVhZG9ubHkgdm91Y2hlc0Zvcj86IFQgfTtcbmNvbnN0IHNoYXBlID0gPFQ+KHRlc3Q6IChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pOiBTaGFwZTxUPiA9PiB0ZXN0O1xuXG5jb25zdCBpc0lkID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdiA9PT0gJ251bWJlcic7XG5jb25zdCBpc0NvdW50ID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnbnVtYmVyJzsgLy8gYDxhcnJheT4uI2AgaXMgYSBudW1iZXIgb25seSBmb3IgYW4gYXJyYXlcblxuZXhwb3J0IGNvbnN0IHNoYXBlcyA9IHtcbiAgaGVhbHRoOiBzaGFwZTx7IHN0YXR1czogc3RyaW5nIH0+KChmaWVsZCkgPT4gZmllbGQoJ3N0YXR1cycpID09PSAnb2snKSxcbiAgbG9naW46IHNoYXBlPExvZ2luPigoZmllbGQpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IGZpZWxkKCdhY2Nlc3NfdG9rZW4nKTtcbiAgICByZXR1cm4gdHlwZW9mIHRva2VuID09PSAnc3RyaW5nJyAmJiB0b2tlbiAhPT0gJyc7XG4gIH0pLFxuICBjb3Vyc2VMaXN0OiBzaGFwZTxDb3Vyc2VMaXN0PigoZmllbGQpID0+IGlzQ291bnQoZmllbGQoJ2l0ZW1zLiMnKSkgJiYgdHlwZW9mIGZpZWxkKCd0b3RhbCcpID09PSAnbnVtYmVyJyksXG4gIGNvdXJzZTogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIHR5cGVvZiBmaWVsZCgndGl0bGUnKSA9PT0gJ3N0cmluZycpLFxuICBjb3Vyc2VXaXRoQ2hhcHRlcnM6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgam9iQWNjZXB0ZWQ6IHNoYXBlPHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdqb2JfaWQnKSkpLFxuICBqb2I6IHNoYXBlPEpvYj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ3N0YXR1cycpID09PSAnc3RyaW5nJyAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgY2hhcHRlcjogc2hhcGU8Q2hhcHRlcj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ2NvbnRlbnQnKSA9PT0gJ3N0cmluZycpLFxuICBhbnlPYmplY3Q6IHNoYXBlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PigoZmllbGQpID0+IHtcbiAgICBjb25zdCB3aG9sZSA9IGZpZWxkKCdAdGhpcycpOyAvLyBnanNvbidzIG1vZGlmaWVyIGZvciB0aGUgd2hvbGUgZG9jdW1lbnRcbiAgICByZXR1cm4gdHlwZW9mIHdob2xlID09PSAnb2JqZWN0JyAmJiB3aG9sZSAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh3aG9sZSk7XG4gIH0pLFxufTtcblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKiogV2hldGhlciB0aGUgYW5zd2VyIGNsYWltcyB0byBiZSBKU09OIGF0IGFsbCAoYW4gSFRNTCBlcnJvciBwYWdlIGlzIGEgZmFpbGVkIGNoZWNrLCBub3QgYW4gZXhjZXB0aW9uKS4gKi9cbmZ1bmN0aW9uIGlzSnNvbihyZXM6IFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gIHJldHVybiBTdHJpbmcocmVzLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID8/ICcnKS5pbmNsdWRlcygnanNvbicpICYmIHR5cGVvZiByZXMuYm9keSA9PT0gJ3N0cmluZycgJiYgcmVzLmJvZHkgIT09ICcnO1xufVxuXG4vKiogRmllbGQgcmVhZGVyIG92ZXIgazYncyBzZWxlY3RvcjsgYSBib2R5IHRoYXQgaXMgbm90IHZhbGlkIEpTT04gcmVhZHMgYXMgaGF2aW5nIG5vIGZpZWxkcy4gKi9cbmZ1bmN0aW9uIGZpZWxkc09mKHJlczogUmVzcG9uc2UpOiBGaWVsZCB7XG4gIHJldHVybiAocGF0aCkgPT4ge1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gcmVzLmpzb24ocGF0aCkgPz8gdW5kZWZpbmVkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gIH07XG59XG5cbi8qKiBUaGUgd2hvbGUgYm9keSBhcyBKU09OLCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBwYXJzZS4gKi9cbmZ1bmN0aW9uIHBhcnNlSnNvbihyZXM6IFJlc3BvbnNlKTogdW5rbm93biB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UocmVzLmJvZHkgYXMgc3RyaW5nKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vLyBPbmUgY2FsbGJhY2sgcGVyIHN0YXR1cywgbWFkZSBvbmNlOiBodHRwLmV4cGVjdGVkU3RhdHVzZXMoKSBhbGxvY2F0ZXMsIGFuZCB0aGlzIGlzIGV2ZXJ5IHJlcXVlc3QncyBwYXRoLlxuY29uc3Qgc3RhdHVzQ2FsbGJhY2tzID0gbmV3IE1hcDxudW1iZXIsIFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4+KCk7XG5mdW5jdGlvbiBleHBlY3RTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+IHtcbiAgbGV0IGNhbGxiYWNrID0gc3RhdHVzQ2FsbGJhY2tzLmdldChzdGF0dXMpO1xuICBpZiAoIWNhbGxiYWNrKSB7XG4gICAgY2FsbGJhY2sgPSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKTtcbiAgICBzdGF0dXNDYWxsYmFja3Muc2V0KHN0YXR1cywgY2FsbGJhY2spO1xuICB9XG4gIHJldHVybiBjYWxsYmFjaztcbn1cblxuLyoqIFNlZXMgZXZlcnkgQVBJIHJlcXVlc3QncyBkdXJhdGlvbiBhbmQgb3V0Y29tZTogaG93IHNjZW5hcmlvcyBtZWFzdXJlIGxhdGVuY3kgcGVyIHBoYXNlLiAqL1xuZXhwb3J0IHR5cGUgUmVxdWVzdE9ic2VydmVyID0gKGVuZHBvaW50OiBFbmRwb2ludCwgZHVyYXRpb25NczogbnVtYmVyLCBvazogYm9vbGVhbikgPT4gdm9pZDtcbmxldCBvYnNlcnZlcjogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkO1xuZXhwb3J0IGZ1bmN0aW9uIG9ic2VydmVSZXF1ZXN0cyhuZXh0OiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgb2JzZXJ2ZXIgPSBuZXh0O1xufVxuXG4vKiogV2hhdCBhIHJlcXVlc3QncyBjaGVja3MgbG9vayBhdDsgb25lIG9iamVjdCBwZXIgVlUsIHJldXNlZCwgc28gYSByZXF1ZXN0IGFsbG9jYXRlcyBubyBjaGVjayBjbG9zdXJlcy4gKi9cbmludGVyZmFjZSBPdXRjb21lIHtcbiAgc3RhdHVzT2s6IGJvb2xlYW47XG4gIHNoYXBlT2s6IGJvb2xlYW47XG59XG5jb25zdCBvdXRjb21lOiBPdXRjb21lID0geyBzdGF0dXNPazogZmFsc2UsIHNoYXBlT2s6IGZhbHNlIH07XG5cbnR5cGUgQ2hlY2tzID0gUmVjb3JkPHN0cmluZywgKG86IE91dGNvbWUpID0+IGJvb2xlYW4+O1xuLy8gS2V5ZWQgYnkgZW5kcG9pbnQgYWxvbmU6IGVhY2ggQXBpQ2xpZW50IG1ldGhvZCBmaXhlcyBpdHMgZW5kcG9pbnQncyBleHBlY3RlZCBzdGF0dXMsIHNoYXBlIGFuZCBwYXlsb2FkLlxuY29uc3QgY2hlY2tTZXRzID0gbmV3IE1hcDxFbmRwb2ludCwgeyBjaGVja3M6IENoZWNrczsgdGFnczogeyBlbmRwb2ludDogRW5kcG9pbnQgfSB9PigpO1xuLyoqIFRoZSBjaGVja3Mgb2Ygb25lIGVuZHBvaW50LCBtYWRlIG9uY2U6IHRoZSBzYW1lIG5hbWVzIG9uIGV2ZXJ5IHJlcXVlc3Qga2VlcCB0aGUgY2hlY2tzIG1ldHJpYydzIHNlcmllcyBmaXhlZC4gKi9cbmZ1bmN0aW9uIGNoZWNrc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhTaGFwZTogYm9vbGVhbikge1xuICBsZXQgc2V0ID0gY2hlY2tTZXRzLmdldChlbmRwb2ludCk7XG4gIGlmICghc2V0KSB7XG4gICAgY29uc3QgY2hlY2tzOiBDaGVja3MgPSB7IFtgJHtlbmRwb2ludH06IHN0YXR1cyBpcyAke2V4cGVjdGVkfWBdOiAobykgPT4gby5zdGF0dXNPayB9O1xuICAgIGlmICh3aXRoU2hhcGUpIGNoZWNrc1tgJHtlbmRwb2ludH06IGJvZHkgaGFzIHRoZSBleHBlY3RlZCBzaGFwZWBdID0gKG8pID0+ICFvLnN0YXR1c09rIHx8IG8uc2hhcGVPaztcbiAgICBzZXQgPSB7IGNoZWNrcywgdGFnczogeyBlbmRwb2ludCB9IH07XG4gICAgY2hlY2tTZXRzLnNldChlbmRwb2ludCwgc2V0KTtcbiAgfVxuICByZXR1cm4gc2V0O1xufVxuXG50eXBlIFBhcmFtcyA9IE5vbk51bGxhYmxlPFBhcmFtZXRlcnM8dHlwZW9mIGh0dHAucmVxdWVzdD5bM10+O1xuXG5leHBvcnQgY2xhc3MgQXBpQ2xpZW50IHtcbiAgLyoqIFNldCB3aGVuIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDE6IHRoZSBzZXNzaW9uIGxheWVyIGxvZ3MgaW4gYWdhaW4gYmVmb3JlIHRoZSBuZXh0IHN0ZXAuICovXG4gIHVuYXV0aG9yaXplZCA9IGZhbHNlO1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXQ6IHN0cmluZztcbiAgLyoqIFJlcXVlc3QgcGFyYW1zIHBlciBlbmRwb2ludCAoaGVhZGVycywgdGFncywgdGltZW91dCwgZXhwZWN0ZWQgc3RhdHVzKSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgcGFyYW1zID0gbmV3IE1hcDxFbmRwb2ludCwgUGFyYW1zPigpO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgYmFzZVVybDogc3RyaW5nLFxuICAgIHRpbWVvdXRTOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSB0b2tlbj86IHN0cmluZyxcbiAgKSB7XG4gICAgdGhpcy50aW1lb3V0ID0gYCR7dGltZW91dFN9c2A7XG4gIH1cblxuICAvKiogQSBjbGllbnQgZm9yIHRoZSBzYW1lIHBsYXRmb3JtIGFjdGluZyBhcyBhbm90aGVyIHVzZXIuICovXG4gIGFzKHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICAgIHJldHVybiBuZXcgQXBpQ2xpZW50KHRoaXMuYmFzZVVybCwgTnVtYmVyKHRoaXMudGltZW91dC5zbGljZSgwLCAtMSkpLCB0b2tlbik7XG4gIH1cblxuICBwcml2YXRlIHBhcmFtc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhQYXlsb2FkOiBib29sZWFuKTogUGFyYW1zIHtcbiAgICBsZXQgcGFyYW1zID0gdGhpcy5wYXJhbXMuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXBhcmFtcykge1xuICAgICAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgICAgIGlmICh3aXRoUGF5bG9hZCkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gICAgICBpZiAodGhpcy50b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3RoaXMudG9rZW59YDtcbiAgICAgIHBhcmFtcyA9IHsgaGVhZGVycywgdGFnczogcmVxdWVzdFRhZ3MoZW5kcG9pbnQpLCB0aW1lb3V0OiB0aGlzLnRpbWVvdXQsIHJlc3BvbnNlQ2FsbGJhY2s6IGV4cGVjdFN0YXR1cyhleHBlY3RlZCkgfTtcbiAgICAgIHRoaXMucGFyYW1zLnNldChlbmRwb2ludCwgcGFyYW1zKTtcbiAgICB9XG4gICAgcmV0dXJuIHBhcmFtcztcbiAgfVxuXG4gIHByaXZhdGUgY2FsbDxUPihcbiAgICBlbmRwb2ludDogRW5kcG9pbnQsXG4gICAgbWV0aG9kOiBzdHJpbmcsXG4gICAgcGF0aDogc3RyaW5nLFxuICAgIGV4cGVjdGVkOiBudW1iZXIsXG4gICAgc2hhcGU6IFNoYXBlPFQ+IHwgdW5kZWZpbmVkLFxuICAgIHBheWxvYWQ/OiB1bmtub3duLFxuICApOiBSZXN1bHQ8VD4ge1xuICAgIGNvbnN0IHdpdGhQYXlsb2FkID0gcGF5bG9hZCAhPT0gdW5kZWZpbmVkO1xuICAgIGNvbnN0IHJlcyA9IGh0dHAucmVxdWVzdChtZXRob2QsIGAke3RoaXMuYmFzZVVybH0ke3BhdGh9YCwgd2l0aFBheWxvYWQgPyBKU09OLnN0cmluZ2lmeShwYXlsb2FkKSA6IG51bGwsIHRoaXMucGFyYW1zRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgd2l0aFBheWxvYWQpKTtcbiAgICBjb25zdCBzdGF0dXNPayA9IHJlcy5zdGF0dXMgPT09IGV4cGVjdGVkO1xuICAgIGlmIChyZXMuc3RhdHVzID09PSA0MDEpIHRoaXMudW5hdXRob3JpemVkID0gdHJ1ZTtcbiAgICBjb25zdCBzaGFwZU9rID0gIXNoYXBlIHx8IChpc0pzb24ocmVzKSAmJiBzaGFwZShmaWVsZHNPZihyZXMpKSk7XG4gICAgb3V0Y29tZS5zdGF0dXNPayA9IHN0YXR1c09rO1xuICAgIG91dGNvbWUuc2hhcGVPayA9IHNoYXBlT2s7XG4gICAgY29uc3QgeyBjaGVja3MsIHRhZ3MgfSA9IGNoZWNrc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHNoYXBlICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IG9rID0gY2hlY2sob3V0Y29tZSwgY2hlY2tzLCB0YWdzKTtcbiAgICBjb25zdCBhbGxPayA9IG9rICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgb2JzZXJ2ZXI/LihlbmRwb2ludCwgcmVzLnRpbWluZ3MuZHVyYXRpb24sIGFsbE9rKTtcbiAgICBjb25zdCBoYXNCb2R5ID0gQm9vbGVhbihzaGFwZSkgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaztcbiAgICBsZXQgYm9keTogVCB8IHVuZGVmaW5lZDtcbiAgICBsZXQgcGFyc2VkID0gZmFsc2U7XG4gICAgcmV0dXJuIHtcbiAgICAgIG9rOiBhbGxPayxcbiAgICAgIHN0YXR1czogcmVzLnN0YXR1cyxcbiAgICAgIGdldCBib2R5KCkge1xuICAgICAgICBpZiAoaGFzQm9keSAmJiAhcGFyc2VkKSB7XG4gICAgICAgICAgYm9keSA9IHBhcnNlSnNvbihyZXMpIGFzIFQ7XG4gICAgICAgICAgcGFyc2VkID0gdHJ1ZTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gYm9keTtcbiAgICAgIH0sXG4gICAgfTtcbiAgfVxuXG4gIGhlYWx0aCgpOiBSZXN1bHQ8eyBzdGF0dXM6IHN0cmluZyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnaGVhbHRoJywgJ0dFVCcsIHBhdGhzLmhlYWx0aCgpLCAyMDAsIHNoYXBlcy5oZWFsdGgpO1xuICB9XG5cbiAgbG9naW4oZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IFJlc3VsdDxMb2dpbj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2xvZ2luJywgJ1BPU1QnLCBwYXRocy5sb2dpbigpLCAyMDAsIHNoYXBlcy5sb2dpbiwgeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cblxuICBsaXN0Q291cnNlcyhxdWVyeTogeyBsaW1pdD86IG51bWJlcjsgb2Zmc2V0PzogbnVtYmVyOyBxPzogc3RyaW5nIH0gPSB7fSk6IFJlc3VsdDxDb3Vyc2VMaXN0PiB7XG4gICAgY29uc3QgcGFyYW1zID0gT2JqZWN0LmVudHJpZXMocXVlcnkpXG4gICAgICAuZmlsdGVyKChbLCB2YWx1ZV0pID0+IHZhbHVlICE9PSB1bmRlZmluZWQpXG4gICAgICAubWFwKChba2V5LCB2YWx1ZV0pID0+IGAke2tleX09JHtlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKHZhbHVlKSl9YClcbiAgICAgIC5qb2luKCcmJyk7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlc19saXN0JywgJ0dFVCcsIGAke3BhdGhzLmNvdXJzZXMoKX0ke3BhcmFtcyA/IGA/JHtwYXJhbXN9YCA6ICcnfWAsIDIwMCwgc2hhcGVzLmNvdXJzZUxpc3QpO1xuICB9XG5cbiAgY3JlYXRlQ291cnNlKGNvdXJzZTogTmV3Q291cnNlKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9jcmVhdGUnLCAnUE9TVCcsIHBhdGhzLmNvdXJzZXMoKSwgMjAxLCBzaGFwZXMuY291cnNlLCBjb3Vyc2UpO1xuICB9XG5cbiAgZ2V0Q291cnNlKGlkOiBJZCk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2V0JywgJ0dFVCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZVdpdGhDaGFwdGVycyk7XG4gIH1cblxuICB1cGRhdGVDb3Vyc2UoaWQ6IElkLCBjaGFuZ2VzOiBQYXJ0aWFsPE5ld0NvdXJzZT4pOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX3VwZGF0ZScsICdQQVRDSCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZSwgY2hhbmdlcyk7XG4gIH1cblxuICBkZWxldGVDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9kZWxldGUnLCAnREVMRVRFJywgcGF0aHMuY291cnNlKGlkKSwgMjA0LCB1bmRlZmluZWQpO1xuICB9XG5cbiAgZ2VuZXJhdGUoaWQ6IElkKTogUmVzdWx0PHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZW5lcmF0ZScsICdQT1NUJywgcGF0aHMuZ2VuZXJhdGUoaWQpLCAyMDIsIHNoYXBlcy5qb2JBY2NlcHRlZCwge30pO1xuICB9XG5cbiAgZ2V0Sm9iKGpvYklkOiBJZCk6IFJlc3VsdDxKb2I+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdqb2JfZ2V0JywgJ0dFVCcsIHBhdGhzLmpvYihqb2JJZCksIDIwMCwgc2hhcGVzLmpvYik7XG4gIH1cblxuICBnZXRDaGFwdGVyKGlkOiBJZCwgaW5kZXg6IG51bWJlcik6IFJlc3VsdDxDaGFwdGVyPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY2hhcHRlcl9nZXQnLCAnR0VUJywgcGF0aHMuY2hhcHRlcihpZCwgaW5kZXgpLCAyMDAsIHNoYXBlcy5jaGFwdGVyKTtcbiAgfVxuXG4gIGV4cG9ydENvdXJzZShpZDogSWQsIGZvcm1hdDogRXhwb3J0Rm9ybWF0KTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9leHBvcnQnLCAnR0VUJywgYCR7cGF0aHMuZXhwb3J0Q291cnNlKGlkKX0/Zm9ybWF0PSR7Zm9ybWF0fWAsIDIwMCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGFkbWluU3RhdHMoKTogUmVzdWx0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fc3RhdHMnLCAnR0VUJywgcGF0aHMuYWRtaW5TdGF0cygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Kb2JzKGxpbWl0ID0gMjApOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX2pvYnMnLCAnR0VUJywgYCR7cGF0aHMuYWRtaW5Kb2JzKCl9P2xpbWl0PSR7bGltaXR9YCwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluVXNlcnMoKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl91c2VycycsICdHRVQnLCBwYXRocy5hZG1pblVzZXJzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgYnkgc3RhYmxlIG5hbWU6IHRoZSBgZW5kcG9pbnRgIHRhZyBvbiBldmVyeSByZXF1ZXN0LCB0aGUga2V5IG9mXG4vLyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0IHJvd3MsIGFuZCB0aGUgcm91dGUgbmFtZXMgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX0ZBVUxUUyB1c2UuXG5leHBvcnQgY29uc3QgRU5EUE9JTlRTID0gW1xuICAnaGVhbHRoJyxcbiAgJ2xvZ2luJyxcbiAgJ2NvdXJzZXNfbGlzdCcsXG4gICdjb3Vyc2VfY3JlYXRlJyxcbiAgJ2NvdXJzZV9nZXQnLFxuICAnY291cnNlX3VwZGF0ZScsXG4gICdjb3Vyc2VfZGVsZXRlJyxcbiAgJ2NvdXJzZV9nZW5lcmF0ZScsXG4gICdqb2JfZ2V0JyxcbiAgJ2NoYXB0ZXJfZ2V0JyxcbiAgJ2NvdXJzZV9leHBvcnQnLFxuICAnYWRtaW5fc3RhdHMnLFxuICAnYWRtaW5fam9icycsXG4gICdhZG1pbl91c2VycycsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSBFbmRwb2ludCA9ICh0eXBlb2YgRU5EUE9JTlRTKVtudW1iZXJdO1xuXG4vKiogVGFnIHZhbHVlIHRoYXQgc2VwYXJhdGVzIHRoZSBwbGF0Zm9ybSdzIEFQSSB0cmFmZmljIGZyb20gdGhlIHN1aXRlJ3Mgb3duIGNhbGxzIChlLmcuIHRoZSBzaWRlY2FyKS4gKi9cbmV4cG9ydCBjb25zdCBBUElfU0NPUEUgPSAnYXBpJztcbiIsICIvLyBQYXRocyBhbmQgcmVxdWVzdCB0YWdzIG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSwgaW4gb25lIHBsYWNlLiBQdXJlIChubyBrNiBpbXBvcnRzKSwgc28gdGhlXG4vLyBtYXBwaW5nIGZyb20gZW5kcG9pbnQgdG8gcGF0aCBhbmQgdGFncyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuXG5leHBvcnQgdHlwZSBJZCA9IHN0cmluZyB8IG51bWJlcjtcblxuY29uc3Qgc2VnID0gKGlkOiBJZCk6IHN0cmluZyA9PiBlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKGlkKSk7XG5cbmV4cG9ydCBjb25zdCBwYXRocyA9IHtcbiAgaGVhbHRoOiAoKSA9PiAnL2hlYWx0aCcsXG4gIGxvZ2luOiAoKSA9PiAnL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlczogKCkgPT4gJy9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9YCxcbiAgZ2VuZXJhdGU6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9nZW5lcmF0ZWAsXG4gIGpvYjogKGlkOiBJZCkgPT4gYC9hcGkvdjEvam9icy8ke3NlZyhpZCl9YCxcbiAgY2hhcHRlcjogKGlkOiBJZCwgaW5kZXg6IG51bWJlcikgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2NoYXB0ZXJzLyR7aW5kZXh9YCxcbiAgZXhwb3J0Q291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZXhwb3J0YCxcbiAgYWRtaW5TdGF0czogKCkgPT4gJy9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbkpvYnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pblVzZXJzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi91c2VycycsXG59IGFzIGNvbnN0O1xuXG4vKiogVGhlIGBuYW1lYCB0YWc6IHRoZSBwYXRoIHRlbXBsYXRlLCBzbyBVUkxzIHdpdGggaWRzIGNvbGxhcHNlIGludG8gb25lIHNlcmllcyBwZXIgcm91dGUuICovXG5jb25zdCByb3V0ZU5hbWVzOiBSZWNvcmQ8RW5kcG9pbnQsIHN0cmluZz4gPSB7XG4gIGhlYWx0aDogJ0dFVCAvaGVhbHRoJyxcbiAgbG9naW46ICdQT1NUIC9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXNfbGlzdDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfY3JlYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX3VwZGF0ZTogJ1BBVENIIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2RlbGV0ZTogJ0RFTEVURSAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9nZW5lcmF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZ2VuZXJhdGUnLFxuICBqb2JfZ2V0OiAnR0VUIC9hcGkvdjEvam9icy97am9iX2lkfScsXG4gIGNoYXB0ZXJfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2NoYXB0ZXJzL3tpbmRleH0nLFxuICBjb3Vyc2VfZXhwb3J0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2V4cG9ydCcsXG4gIGFkbWluX3N0YXRzOiAnR0VUIC9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbl9qb2JzOiAnR0VUIC9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluX3VzZXJzOiAnR0VUIC9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufTtcblxuY29uc3QgdGFnc0J5RW5kcG9pbnQ6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pj4+ID0ge307XG5mb3IgKGNvbnN0IFtlbmRwb2ludCwgbmFtZV0gb2YgT2JqZWN0LmVudHJpZXMocm91dGVOYW1lcykgYXMgW0VuZHBvaW50LCBzdHJpbmddW10pIHtcbiAgdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdID0gT2JqZWN0LmZyZWV6ZSh7IGVuZHBvaW50LCBzY29wZTogQVBJX1NDT1BFLCBuYW1lIH0pO1xufVxuXG4vKiogVGhlIHRhZ3Mgb2YgZXZlcnkgcmVxdWVzdCB0byBgZW5kcG9pbnRgOiBtYWRlIG9uY2UsIG5vdCBwZXIgcmVxdWVzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXF1ZXN0VGFncyhlbmRwb2ludDogRW5kcG9pbnQpOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIHJldHVybiB0YWdzQnlFbmRwb2ludFtlbmRwb2ludF0hO1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBhbmQgdGVhcmRvd24oKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBjaGVja3Ncbi8vIG9uZSBhY2NvdW50IG9mIGVhY2ggY2xhc3MgKGEgd3JvbmcgcGFzc3dvcmQgc3RvcHMgdGhlIHJ1biBhdCBvbmNlKSwgcmVtb3ZlcyB3aGF0IGtpbGxlZCBydW5zXG4vLyBsZWZ0IGJlaGluZCwgbWFrZXMgc3VyZSB0aGUga2VwdCBkYXRhc2V0IGlzIHRoZXJlLCBhbmQgKGZvciBhcGkvYnJlYWtwb2ludCkgc2VlZHMgcnVuLXRhZ2dlZFxuLy8gY291cnNlcy4gVGVhcmRvd24gcmVtb3ZlcyBldmVyeXRoaW5nIHRoaXMgcnVuIGNyZWF0ZWQuIEl0IHN0b3BzIHRoZSBydW4gd2l0aCBhIG1lc3NhZ2UgdGhhdFxuLy8gc2F5cyB3aGF0IGlzIHdyb25nIGluc3RlYWQgb2YgbGV0dGluZyBWVXMgc2VuZCBhIG1pbnV0ZSBvZiBmYWlsaW5nIHJlcXVlc3RzLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHNlY3JldHMgZnJvbSAnazYvc2VjcmV0cyc7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBJZCwgdHlwZSBSb2xlIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGVuc3VyZURhdGFzZXQsIHF1aWV0TG9naW4sIHJlbW92ZUNvdXJzZXMsIHR5cGUgT3duZXIgfSBmcm9tICcuL2RhdGFzZXQudHMnO1xuaW1wb3J0IHsgaXNMZWZ0b3ZlciwgbmV3UnVuSWQsIFJVTl9USVRMRV9GSUxURVIgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHsgcG9vbCB9IGZyb20gJy4vcG9vbC50cyc7XG5pbXBvcnQgeyBST0xFUywgdnVJZEJvdW5kIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIC8qKiBPbmUgbG9nZ2VkLWluIGFjY291bnQgcGVyIGNsYXNzICh0aGUgcG9vbCdzIGZpcnN0KTogc2V0dXAncyBjaGVja3MsIHNoYXJlZC10b2tlbiBlbnRyaWVzLCBjbGVhbnVwLiAqL1xuICB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICAvKiogUnVuLXRhZ2dlZCBnZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0b2tlbnMucmVndWxhcidzIGFjY291bnQsIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xuICAvKiogQ2xhc3MgcGFzc3dvcmRzIHRoYXQgY2FtZSBmcm9tIGs2IHNlY3JldCBzb3VyY2VzIChWVXMgY2Fubm90IHJlYWQgc2VjcmV0cyBzeW5jaHJvbm91c2x5KS4gKi9cbiAgY2xhc3NQYXNzd29yZHM/OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pjtcbn1cblxuY29uc3QgU0VFRF9DT1VSU0VTID0gMztcbmNvbnN0IFBST0JFX1RJTUVPVVQgPSAnNXMnO1xuXG5mdW5jdGlvbiBhYm9ydChtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIGV4ZWMudGVzdC5hYm9ydChtZXNzYWdlKTtcbiAgdGhyb3cgbmV3IEVycm9yKG1lc3NhZ2UpOyAvLyBub3QgcmVhY2hlZDogYWJvcnQoKSBzdG9wcyB0aGUgdGVzdDsgdGhpcyBrZWVwcyB0aGUgdHlwZSBjaGVja2VyIGhvbmVzdFxufVxuXG5mdW5jdGlvbiBwcm9iZShiYXNlVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgdXJsID0gYCR7YmFzZVVybH0vaGVhbHRoYDtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQodXJsLCB7IHRpbWVvdXQ6IFBST0JFX1RJTUVPVVQsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6ICdHRVQgL2hlYWx0aCAoc2V0dXAgcHJvYmUpJyB9IH0pO1xuICBpZiAocmVzLnN0YXR1cyA9PT0gMCkge1xuICAgIGFib3J0KGB0aGUgcGxhdGZvcm0gZG9lcyBub3QgYW5zd2VyIGF0ICR7dXJsfSAoR0VULCAke1BST0JFX1RJTUVPVVR9IHRpbWVvdXQpOiAke3Jlcy5lcnJvciB8fCAnbm8gcmVzcG9uc2UnfS4gSXMgaXQgcnVubmluZz8gU2V0IEJBU0VfVVJMIHRvIGl0cyBhZGRyZXNzLmApO1xuICB9XG4gIGlmIChyZXMuc3RhdHVzICE9PSAyMDApIHtcbiAgICBhYm9ydChgdGhlIHBsYXRmb3JtIGF0ICR7dXJsfSBhbnN3ZXJlZCAke3Jlcy5zdGF0dXN9IGluc3RlYWQgb2YgMjAwOiBpdCBpcyBub3QgaGVhbHRoeSwgb3IgQkFTRV9VUkwgcG9pbnRzIGF0IHNvbWV0aGluZyBlbHNlLmApO1xuICB9XG59XG5cbmZ1bmN0aW9uIGNsYXNzUGFzc3dvcmQoY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4sIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICByZXR1cm4gc2VjcmV0W3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZDtcbn1cblxuLyoqIExvZ3MgaW4gYXMgdGhlIGNsYXNzJ3MgZmlyc3QgYWNjb3VudDogdGhlIGNoZWNrIHRoYXQgYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UuICovXG5mdW5jdGlvbiBsb2dpbihjbGllbnQ6IEFwaUNsaWVudCwgY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4sIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICBpZiAocG9vbC5zaXplc1tyb2xlXSA9PT0gMCkgYWJvcnQoYCR7cG9vbC5zb3VyY2V9IGhhcyBubyAke3JvbGV9IGFjY291bnQsIGFuZCB0aGlzIGVudHJ5IG5lZWRzIG9uZS5gKTtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudChyb2xlLCAwLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSk7XG4gIGNvbnN0IHJlc3VsdCA9IGNsaWVudC5sb2dpbihlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC5ib2R5KSB7XG4gICAgY29uc3QgZW52UHJlZml4ID0gYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSYDtcbiAgICBjb25zdCB3aGVyZSA9IGNvbmZpZy51c2Vyc0ZpbGUgPyBgaXRzIGxpbmUgaW4gJHtjb25maWcudXNlcnNGaWxlfWAgOiBjb25maWcuZGVtb1VzZXJzID8gYCR7ZW52UHJlZml4fV9QQVNTV09SRCAodGhlIERFTU9fVVNFUlMgcG9vbCdzICR7cm9sZX0gcGFzc3dvcmQpYCA6IGAke2VudlByZWZpeH1fRU1BSUwgYW5kICR7ZW52UHJlZml4fV9QQVNTV09SRGA7XG4gICAgYWJvcnQoYGxvZ2dpbmcgaW4gYXMgdGhlICR7cm9sZX0gdXNlciAoJHtlbWFpbH0pIGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlc3VsdC5zdGF0dXN9OiBjaGVjayAke3doZXJlfS5gKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0LmJvZHkuYWNjZXNzX3Rva2VuO1xufVxuXG5mdW5jdGlvbiBzZWVkQ291cnNlcyhjbGllbnQ6IEFwaUNsaWVudCwgcnVuSWQ6IHN0cmluZywgY29uZmlnOiBDb25maWcpOiBJZFtdIHtcbiAgY29uc3Qgam9iczogSWRbXSA9IFtdO1xuICBjb25zdCBjb3Vyc2VJZHM6IElkW10gPSBbXTtcbiAgZm9yIChsZXQgbiA9IDA7IG4gPCBTRUVEX0NPVVJTRVM7IG4rKykge1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHsgdGl0bGU6IGBwZXJmLXNlZWQgJHtydW5JZH0gJHtufWAsIHRvcGljOiAnbG9hZCB0ZXN0aW5nJywgbGV2ZWw6ICdiZWdpbm5lcicsIGNoYXB0ZXJfY291bnQ6IDIgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3QgY3JlYXRlIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke2NyZWF0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY29uc3Qgc3RhcnRlZCA9IGNsaWVudC5nZW5lcmF0ZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGlmICghc3RhcnRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IHN0YXJ0IGdlbmVyYXRpbmcgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7c3RhcnRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb3Vyc2VJZHMucHVzaChjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGpvYnMucHVzaChzdGFydGVkLmJvZHkuam9iX2lkKTtcbiAgfVxuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMDtcbiAgZm9yIChjb25zdCBqb2JJZCBvZiBqb2JzKSB7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3Qgam9iID0gY2xpZW50LmdldEpvYihqb2JJZCkuYm9keTtcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGJyZWFrO1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnZmFpbGVkJykgYWJvcnQoYGEgc2VlZCBjb3Vyc2UncyBnZW5lcmF0aW9uIGZhaWxlZDogJHtqb2IuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9LmApO1xuICAgICAgaWYgKERhdGUubm93KCkgPiBkZWFkbGluZSkgYWJvcnQoYHNlZWQgY291cnNlcyB3ZXJlIG5vdCBnZW5lcmF0ZWQgd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9cy5gKTtcbiAgICAgIHNsZWVwKDAuNSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBjb3Vyc2VJZHM7XG59XG5cbi8qKlxuICogQ2xhc3MgcGFzc3dvcmRzIGZyb20gazYncyBzZWNyZXQgc291cmNlcyAoYGs2IHJ1biAtLXNlY3JldC1zb3VyY2U9ZmlsZT1zZWNyZXRzLnR4dGAsIGtleXMgbmFtZWRcbiAqIGxpa2UgdGhlIGVudiB2YXJpYWJsZXM6IFJFR1VMQVJfVVNFUl9QQVNTV09SRCwgLi4uKSB0YWtlIHByZWNlZGVuY2Ugb3ZlciB0aGUgZW52aXJvbm1lbnQ7IGs2XG4gKiByZWRhY3RzIHRoZW0gZnJvbSBpdHMgbG9ncy4gVGhleSBhcHBseSB0byB0aGUgc2luZ2xlIGFjY291bnRzIGFuZCB0byB0aGUgREVNT19VU0VSUyBwb29sOyBhXG4gKiB1c2VycyBmaWxlIGNhcnJpZXMgaXRzIG93biBwYXNzd29yZHMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHNlY3JldFBhc3N3b3JkcygpOiBQcm9taXNlPFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+PiB7XG4gIGNvbnN0IGZvdW5kOiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+PiA9IHt9O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcGFzc3dvcmQgPSBhd2FpdCBzZWNyZXRzLmdldChgJHtyb2xlLnRvVXBwZXJDYXNlKCl9X1VTRVJfUEFTU1dPUkRgKTtcbiAgICAgIGlmIChwYXNzd29yZCkgZm91bmRbcm9sZV0gPSBwYXNzd29yZDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIG5vIHNlY3JldCBzb3VyY2UgY29uZmlndXJlZCwgb3Igbm8gc3VjaCBrZXk6IGtlZXAgdGhlIGVudmlyb25tZW50J3MgcGFzc3dvcmRcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGZvdW5kO1xufVxuXG4vKiogVGhlIGFjY291bnRzIFZVcyBvZiB0aGUgY2xhc3NlcyB0aGF0IHJlYWQgdGhlIGRhdGFzZXQgY2FuIHVzZTogdGhlIGZpcnN0IG1pbihzaXplLCBWVSBpZHMpIG9mIGVhY2guICovXG5mdW5jdGlvbiBkYXRhc2V0T3duZXJzKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+KTogT3duZXJbXSB7XG4gIGNvbnN0IHZ1SWRzID0gdnVJZEJvdW5kKChleGVjLnRlc3Qub3B0aW9ucy5zY2VuYXJpb3MgPz8ge30pIGFzIHVua25vd24gYXMgUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+KTtcbiAgY29uc3Qgb3duZXJzOiBPd25lcltdID0gW107XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBbJ3JlZ3VsYXInLCAncG93ZXInXSBhcyBjb25zdCkge1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgTWF0aC5taW4ocG9vbC5zaXplc1tyb2xlXSwgdnVJZHMpOyBpKyspIG93bmVycy5wdXNoKHsgcm9sZSwgLi4ucG9vbC5hY2NvdW50KHJvbGUsIGksIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKSB9KTtcbiAgfVxuICByZXR1cm4gb3duZXJzO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFByZXBhcmVPcHRpb25zIHtcbiAgLyoqIFNlZWQgcnVuLXRhZ2dlZCBnZW5lcmF0ZWQgY291cnNlcyBmb3IgZW50cmllcyB0aGF0IHJlYWQgc2hhcmVkIHJvd3MgKGFwaSwgYnJlYWtwb2ludCkuICovXG4gIHNlZWQ/OiBib29sZWFuO1xuICAvKiogTWFrZSBzdXJlIHRoZSBrZXB0IHBlci11c2VyIGRhdGFzZXQgaXMgdGhlcmUgKGVudHJpZXMgd2hvc2UgdXNlcnMgcmVhZCB0aGVpciBvd24gY291cnNlcykuICovXG4gIGRhdGFzZXQ/OiBib29sZWFuO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHJlcGFyZVJ1bihjb25maWc6IENvbmZpZywgb3B0aW9uczogUHJlcGFyZU9wdGlvbnMgPSB7fSk6IFByb21pc2U8UnVuRGF0YT4ge1xuICBwcm9iZShjb25maWcuYmFzZVVybCk7XG4gIGNvbnN0IHNlY3JldCA9IGF3YWl0IHNlY3JldFBhc3N3b3JkcygpO1xuICBjb25zdCBhbm9ueW1vdXMgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCB0b2tlbnMgPSB7fSBhcyBSZWNvcmQ8Um9sZSwgc3RyaW5nPjtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB0b2tlbnNbcm9sZV0gPSBsb2dpbihhbm9ueW1vdXMsIGNvbmZpZywgc2VjcmV0LCByb2xlKTtcbiAgY29uc3QgcnVuSWQgPSBuZXdSdW5JZCgpO1xuICBjb25zdCBzd2VwdCA9IHJlbW92ZUNvdXJzZXMoY29uZmlnLCB0b2tlbnMuYWRtaW4sIFJVTl9USVRMRV9GSUxURVIsICh0aXRsZSkgPT4gaXNMZWZ0b3Zlcih0aXRsZSwgcnVuSWQsIGZhbHNlKSk7XG4gIGlmIChzd2VwdCA+IDApIGNvbnNvbGUubG9nKGBzZXR1cDogcmVtb3ZlZCAke3N3ZXB0fSBjb3Vyc2UocykgbGVmdCBiZWhpbmQgYnkgZWFybGllciBydW5zYCk7XG4gIGlmIChvcHRpb25zLmRhdGFzZXQpIHtcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgciA9IGVuc3VyZURhdGFzZXQoY29uZmlnLCBkYXRhc2V0T3duZXJzKGNvbmZpZywgc2VjcmV0KSk7XG4gICAgICBjb25zb2xlLmxvZyhgc2V0dXA6IGRhdGFzZXQgb2YgJHtjb25maWcuZGF0YXNldC5jb3Vyc2VzfSBjb3Vyc2UocykgcGVyIGFjY291bnQgZm9yICR7ci5hY2NvdW50c30gYWNjb3VudChzKTogJHtyLnJldXNlZH0gcmV1c2VkLCAke3IuY3JlYXRlZH0gY291cnNlKHMpIGNyZWF0ZWQgKCR7ci5nZW5lcmF0ZWR9IGdlbmVyYXRlZCksICR7ci5yZW1vdmVkfSByZW1vdmVkLCBpbiAkeygoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpIC8gMTAwMCkudG9GaXhlZCgxKX0gc2ApO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBhYm9ydChlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikpO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWVkZWRDb3Vyc2VJZHMgPSBvcHRpb25zLnNlZWQgPyBzZWVkQ291cnNlcyhhbm9ueW1vdXMuYXModG9rZW5zLnJlZ3VsYXIpLCBydW5JZCwgY29uZmlnKSA6IFtdO1xuICByZXR1cm4geyBydW5JZCwgdG9rZW5zLCBzZWVkZWRDb3Vyc2VJZHMsIGNsYXNzUGFzc3dvcmRzOiBzZWNyZXQgfTtcbn1cblxuLyoqIFRlYXJkb3duOiByZW1vdmVzIGV2ZXJ5IGNvdXJzZSB0aGlzIHJ1biBjcmVhdGVkIChWVXMgZGVsZXRlIHRoZWlyIG93biBhcyB0aGV5IGdvOyB0aGlzIGNhdGNoZXMgdGhlIHJlc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsZWFuVXBSdW4oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgaWYgKCFkYXRhPy5ydW5JZCB8fCBwb29sLnNpemVzLmFkbWluID09PSAwKSByZXR1cm47XG4gIC8vIEEgZnJlc2ggbG9naW46IHNldHVwJ3MgdG9rZW4gbWF5IGhhdmUgZXhwaXJlZCBkdXJpbmcgYSBsb25nIHJ1bi5cbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudCgnYWRtaW4nLCAwLCBkYXRhLmNsYXNzUGFzc3dvcmRzPy5hZG1pbiA/PyBjb25maWcudXNlcnMuYWRtaW4ucGFzc3dvcmQpO1xuICBjb25zdCB0b2tlbiA9IHF1aWV0TG9naW4oY29uZmlnLCBlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXRva2VuKSB7XG4gICAgY29uc29sZS5lcnJvcihgdGVhcmRvd246IGNvdWxkIG5vdCBsb2cgaW4gYXMgJHtlbWFpbH0gdG8gcmVtb3ZlIHRoaXMgcnVuJ3MgY291cnNlcyAodGl0bGVzIGNvbnRhaW5pbmcgJHtkYXRhLnJ1bklkfSk7IHRoZSBuZXh0IHJ1biByZW1vdmVzIHRoZW1gKTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgcmVtb3ZlZCA9IHJlbW92ZUNvdXJzZXMoY29uZmlnLCB0b2tlbiwgZGF0YS5ydW5JZCwgKHRpdGxlKSA9PiBpc0xlZnRvdmVyKHRpdGxlLCBkYXRhLnJ1bklkLCB0cnVlKSk7XG4gIGlmIChyZW1vdmVkID4gMCkgY29uc29sZS5sb2coYHRlYXJkb3duOiByZW1vdmVkICR7cmVtb3ZlZH0gY291cnNlKHMpIHRoaXMgcnVuIGNyZWF0ZWRgKTtcbn1cbiIsICIvLyBUaGUga2VwdCBkYXRhc2V0OiBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50LCB0aGUgZmlyc3Rcbi8vIFBFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGdlbmVyYXRlZCAob25lIGNoYXB0ZXIpLCBzbyBsaXN0cyBhbmRcbi8vIHBhZ2luYXRpb24gYXJlIG5vdCB0cml2aWFsbHkgc21hbGwgYW5kIHJlYWRzIHNwcmVhZCBvdmVyIG1hbnkgcm93cywgZWFjaCB1c2VyIHJlYWRpbmcgb25seVxuLy8gdGhlaXIgb3duLiBNYWRlIGluIHNldHVwIChvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGl0cyByZXF1ZXN0cyBjYXJyeSBzY29wZT1zZXR1cCBhbmQgbm9cbi8vIGVuZHBvaW50IHRhZywgc28gbm8gZ2F0ZSBzZWVzIHRoZW0pLCB3aXRoIGF0IG1vc3QgQ09OQ1VSUkVOQ1kgcmVxdWVzdHMgaW4gZmxpZ2h0LCBhbmQgcmV1c2VkIGJ5XG4vLyBsYXRlciBydW5zIHdoZW4gaXQgaXMgYWxyZWFkeSB0aGVyZSAoUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQ9dHJ1ZSAvIC0tcmVzZWVkOiBtYWRlIGFuZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIEJhdGNoUmVxdWVzdCwgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgcGF0aHMsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL3JvdXRlcy50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFLCBkYXRhc2V0VGl0bGUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBBY2NvdW50LCBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5jb25zdCBDT05DVVJSRU5DWSA9IDE2O1xuY29uc3QgTElTVF9MSU1JVCA9IDEwMDtcblxuZXhwb3J0IGludGVyZmFjZSBPd25lciBleHRlbmRzIEFjY291bnQge1xuICByb2xlOiBSb2xlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERhdGFzZXRSZXBvcnQge1xuICBhY2NvdW50czogbnVtYmVyO1xuICBjcmVhdGVkOiBudW1iZXI7XG4gIHJldXNlZDogbnVtYmVyO1xuICByZW1vdmVkOiBudW1iZXI7XG4gIGdlbmVyYXRlZDogbnVtYmVyO1xufVxuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8qKiBSdW5zIHJlcXVlc3RzIENPTkNVUlJFTkNZIGF0IGEgdGltZTsgYW5zd2VycyBpbiBvcmRlci4gKi9cbmZ1bmN0aW9uIGJhdGNoZWQocmVxdWVzdHM6IEJhdGNoUmVxdWVzdFtdKTogUmVzcG9uc2VbXSB7XG4gIGNvbnN0IGFuc3dlcnM6IFJlc3BvbnNlW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCByZXF1ZXN0cy5sZW5ndGg7IGkgKz0gQ09OQ1VSUkVOQ1kpIGFuc3dlcnMucHVzaCguLi4oaHR0cC5iYXRjaChyZXF1ZXN0cy5zbGljZShpLCBpICsgQ09OQ1VSUkVOQ1kpKSBhcyBSZXNwb25zZVtdKSk7XG4gIHJldHVybiBhbnN3ZXJzO1xufVxuXG5mdW5jdGlvbiBwYXJhbXMod2hhdDogc3RyaW5nLCB0b2tlbj86IHN0cmluZywgdGltZW91dFMgPSA2MCkge1xuICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJywgJ0NvbnRlbnQtVHlwZSc6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICBpZiAodG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0b2tlbn1gO1xuICByZXR1cm4geyBoZWFkZXJzLCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiBgc2V0dXA6ICR7d2hhdH1gIH0sIHRpbWVvdXQ6IGAke3RpbWVvdXRTfXNgIH07XG59XG5cbmZ1bmN0aW9uIGpzb248VD4ocmVzOiBSZXNwb25zZSk6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZykgYXMgVDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogQSBsb2dpbiBvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3cgKHNjb3BlPXNldHVwLCBubyBlbmRwb2ludCB0YWcpOiB0aGUgdG9rZW4sIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdWlldExvZ2luKGNvbmZpZzogQ29uZmlnLCBlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5wb3N0KGAke2NvbmZpZy5iYXNlVXJsfSR7cGF0aHMubG9naW4oKX1gLCBKU09OLnN0cmluZ2lmeSh7IGVtYWlsLCBwYXNzd29yZCB9KSwgcGFyYW1zKCdsb2dpbicpKSBhcyBSZXNwb25zZTtcbiAgcmV0dXJuIHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xufVxuXG4vKiogTWFrZXMgc3VyZSBldmVyeSBvd25lciBoYXMgdGhlIGRhdGFzZXQ7IHRocm93cyB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIGFjY291bnQgYW5kIHN0YXR1cyBvbiBmYWlsdXJlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuc3VyZURhdGFzZXQoY29uZmlnOiBDb25maWcsIG93bmVyczogT3duZXJbXSk6IERhdGFzZXRSZXBvcnQge1xuICBjb25zdCB7IGNvdXJzZXM6IHdhbnRlZCwgZ2VuZXJhdGVkOiBnZW5lcmF0ZWRQZXJVc2VyLCByZXNlZWQgfSA9IGNvbmZpZy5kYXRhc2V0O1xuICBjb25zdCByZXBvcnQ6IERhdGFzZXRSZXBvcnQgPSB7IGFjY291bnRzOiBvd25lcnMubGVuZ3RoLCBjcmVhdGVkOiAwLCByZXVzZWQ6IDAsIHJlbW92ZWQ6IDAsIGdlbmVyYXRlZDogMCB9O1xuICBpZiAod2FudGVkID09PSAwIHx8IG93bmVycy5sZW5ndGggPT09IDApIHJldHVybiByZXBvcnQ7XG4gIGNvbnN0IGJhc2UgPSBjb25maWcuYmFzZVVybDtcblxuICBjb25zdCBsb2dJbiA9ICh3aGljaDogbnVtYmVyW10pID0+XG4gICAgYmF0Y2hlZCh3aGljaC5tYXAoKGkpID0+ICh7IG1ldGhvZDogJ1BPU1QnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5sb2dpbigpfWAsIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWw6IG93bmVyc1tpXSEuZW1haWwsIHBhc3N3b3JkOiBvd25lcnNbaV0hLnBhc3N3b3JkIH0pLCBwYXJhbXM6IHBhcmFtcygnbG9naW4nKSB9KSkpLm1hcCgocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCB0b2tlbiA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKCF0b2tlbikgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBsb2dnaW5nIGluIGFzICR7b3duZXJzW3doaWNoW2tdIV0hLnJvbGV9IGFjY291bnQgJHtvd25lcnNbd2hpY2hba10hXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9OiBjaGVjayBpdHMgcGFzc3dvcmQgaW4gdGhlIHVzZXIgcG9vbGApO1xuICAgICAgcmV0dXJuIHRva2VuO1xuICAgIH0pO1xuICBjb25zdCB0b2tlbnMgPSBsb2dJbihvd25lcnMubWFwKChfLCBpKSA9PiBpKSk7XG5cbiAgY29uc3QgbGlzdFVybCA9IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoREFUQVNFVF9USVRMRSl9JmxpbWl0PSR7TElTVF9MSU1JVH1gO1xuICBjb25zdCBsaXN0ID0gKHdoaWNoOiBudW1iZXJbXSkgPT4gYmF0Y2hlZCh3aGljaC5tYXAoKGkpID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogbGlzdFVybCwgcGFyYW1zOiBwYXJhbXMoJ2xpc3QgZGF0YXNldCcsIHRva2Vuc1tpXSkgfSkpKTtcbiAgY29uc3QgZXZlcnlvbmUgPSBvd25lcnMubWFwKChfLCBpKSA9PiBpKTtcbiAgbGV0IHRvdGFscyA9IGxpc3QoZXZlcnlvbmUpLm1hcCgocmVzLCBpKSA9PiB7XG4gICAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyB0b3RhbDogbnVtYmVyOyBpdGVtczogeyBpZDogSWQgfVtdIH0+KHJlcykgOiB1bmRlZmluZWQ7XG4gICAgaWYgKCFib2R5KSB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IGxpc3RpbmcgdGhlIGNvdXJzZXMgb2YgJHtvd25lcnNbaV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgIHJldHVybiBib2R5O1xuICB9KTtcblxuICBpZiAocmVzZWVkKSB7XG4gICAgLy8gUmVtb3ZlIHRoZSBvbGQgZGF0YXNldCBwYWdlIGJ5IHBhZ2UgKGVhY2ggbGlzdCBzaG93cyB0aGUgbmV4dCBwYWdlIG9uY2UgdGhlIHByZXZpb3VzIGlzIGdvbmUpLlxuICAgIGZvciAobGV0IHJvdW5kID0gMDsgdG90YWxzLnNvbWUoKHQpID0+IHQuaXRlbXMubGVuZ3RoID4gMCkgJiYgcm91bmQgPCAxMDAwOyByb3VuZCsrKSB7XG4gICAgICBjb25zdCBkZWxldGlvbnMgPSB0b3RhbHMuZmxhdE1hcCgodCwgaSkgPT4gdC5pdGVtcy5tYXAoKGMpID0+ICh7IG1ldGhvZDogJ0RFTEVURScsIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShjLmlkKX1gLCBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0pKSk7XG4gICAgICByZXBvcnQucmVtb3ZlZCArPSBiYXRjaGVkKGRlbGV0aW9ucykuZmlsdGVyKChyZXMpID0+IHJlcy5zdGF0dXMgPT09IDIwNCkubGVuZ3RoO1xuICAgICAgdG90YWxzID0gbGlzdChldmVyeW9uZSkubWFwKChyZXMpID0+IGpzb248eyB0b3RhbDogbnVtYmVyOyBpdGVtczogeyBpZDogSWQgfVtdIH0+KHJlcykgPz8geyB0b3RhbDogMCwgaXRlbXM6IFtdIH0pO1xuICAgIH1cbiAgfVxuXG4gIGNvbnN0IGNyZWF0aW9uczogeyBvd25lcjogbnVtYmVyOyBnZW5lcmF0ZTogYm9vbGVhbjsgcmVxdWVzdDogQmF0Y2hSZXF1ZXN0IH1bXSA9IFtdO1xuICBvd25lcnMuZm9yRWFjaCgob3duZXIsIGkpID0+IHtcbiAgICBjb25zdCBoYXZlID0gdG90YWxzW2ldIS50b3RhbDtcbiAgICBpZiAoaGF2ZSA+PSB3YW50ZWQpIHJlcG9ydC5yZXVzZWQrKztcbiAgICBmb3IgKGxldCBuID0gaGF2ZSArIDE7IG4gPD0gd2FudGVkOyBuKyspIHtcbiAgICAgIGNvbnN0IGdlbmVyYXRlID0gb3duZXIucm9sZSA9PT0gJ3JlZ3VsYXInICYmIG4gPD0gZ2VuZXJhdGVkUGVyVXNlcjtcbiAgICAgIGNvbnN0IGNvdXJzZSA9IHsgdGl0bGU6IGRhdGFzZXRUaXRsZShuKSwgdG9waWM6IGBkYXRhc2V0IHRvcGljICR7bn1gLCBsZXZlbDogJ2JlZ2lubmVyJywgY2hhcHRlcl9jb3VudDogZ2VuZXJhdGUgPyAxIDogMyB9O1xuICAgICAgY3JlYXRpb25zLnB1c2goeyBvd25lcjogaSwgZ2VuZXJhdGUsIHJlcXVlc3Q6IHsgbWV0aG9kOiAnUE9TVCcsIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX1gLCBib2R5OiBKU09OLnN0cmluZ2lmeShjb3Vyc2UpLCBwYXJhbXM6IHBhcmFtcygnY3JlYXRlIGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0gfSk7XG4gICAgfVxuICB9KTtcbiAgY29uc3QgY3JlYXRlZCA9IGJhdGNoZWQoY3JlYXRpb25zLm1hcCgoYykgPT4gYy5yZXF1ZXN0KSk7XG4gIGNvbnN0IHRvR2VuZXJhdGU6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSA9IFtdO1xuICBjcmVhdGVkLmZvckVhY2goKHJlcywgaykgPT4ge1xuICAgIGNvbnN0IGlkID0gcmVzLnN0YXR1cyA9PT0gMjAxID8ganNvbjx7IGlkOiBJZCB9PihyZXMpPy5pZCA6IHVuZGVmaW5lZDtcbiAgICBpZiAoaWQgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBjcmVhdGluZyBhIGNvdXJzZSBmb3IgJHtvd25lcnNbY3JlYXRpb25zW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgIHJlcG9ydC5jcmVhdGVkKys7XG4gICAgaWYgKGNyZWF0aW9uc1trXSEuZ2VuZXJhdGUpIHRvR2VuZXJhdGUucHVzaCh7IG93bmVyOiBjcmVhdGlvbnNba10hLm93bmVyLCBpZCB9KTtcbiAgfSk7XG5cbiAgY29uc3Qgc3RhcnRlZCA9IGJhdGNoZWQodG9HZW5lcmF0ZS5tYXAoKGcpID0+ICh7IG1ldGhvZDogJ1BPU1QnLCB1cmw6IGAke2Jhc2V9JHtwYXRocy5nZW5lcmF0ZShnLmlkKX1gLCBib2R5OiAne30nLCBwYXJhbXM6IHBhcmFtcygnZ2VuZXJhdGUgZGF0YXNldCcsIHRva2Vuc1tnLm93bmVyXSkgfSkpKTtcbiAgbGV0IGpvYnMgPSBzdGFydGVkLm1hcCgocmVzLCBrKSA9PiB7XG4gICAgY29uc3Qgam9iSWQgPSByZXMuc3RhdHVzID09PSAyMDIgPyBqc29uPHsgam9iX2lkOiBJZCB9PihyZXMpPy5qb2JfaWQgOiB1bmRlZmluZWQ7XG4gICAgaWYgKGpvYklkID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogc3RhcnRpbmcgZ2VuZXJhdGlvbiBmb3IgJHtvd25lcnNbdG9HZW5lcmF0ZVtrXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICByZXR1cm4geyBvd25lcjogdG9HZW5lcmF0ZVtrXSEub3duZXIsIGpvYklkIH07XG4gIH0pO1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMDtcbiAgd2hpbGUgKGpvYnMubGVuZ3RoID4gMCkge1xuICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogJHtqb2JzLmxlbmd0aH0gZ2VuZXJhdGlvbiBqb2IocykgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9c2ApO1xuICAgIHNsZWVwKDEpO1xuICAgIGNvbnN0IHBvbGxlZCA9IGJhdGNoZWQoam9icy5tYXAoKGopID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogYCR7YmFzZX0ke3BhdGhzLmpvYihqLmpvYklkKX1gLCBwYXJhbXM6IHBhcmFtcygncG9sbCBkYXRhc2V0IGpvYicsIHRva2Vuc1tqLm93bmVyXSkgfSkpKTtcbiAgICBjb25zdCBvcGVuOiB0eXBlb2Ygam9icyA9IFtdO1xuICAgIC8vIEEgdG9rZW4gdGhhdCBleHBpcmVkIHdoaWxlIHdhaXRpbmcgKHNob3J0LWxpdmVkIHRva2Vucyk6IGxvZyB0aGF0IG93bmVyIGluIGFnYWluIGFuZCBwb2xsIG9uLlxuICAgIGNvbnN0IGV4cGlyZWQgPSBbLi4ubmV3IFNldChqb2JzLmZpbHRlcigoXywgaykgPT4gcG9sbGVkW2tdIS5zdGF0dXMgPT09IDQwMSkubWFwKChqKSA9PiBqLm93bmVyKSldO1xuICAgIGxvZ0luKGV4cGlyZWQpLmZvckVhY2goKHRva2VuLCBrKSA9PiAodG9rZW5zW2V4cGlyZWRba10hXSA9IHRva2VuKSk7XG4gICAgcG9sbGVkLmZvckVhY2goKHJlcywgaykgPT4ge1xuICAgICAgY29uc3Qgc3RhdHVzID0ganNvbjx7IHN0YXR1cz86IHN0cmluZzsgZXJyb3I/OiBzdHJpbmcgfT4ocmVzKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogZ2VuZXJhdGluZyBhIGNvdXJzZSBvZiAke293bmVyc1tqb2JzW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQ6ICR7c3RhdHVzLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfWApO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnY29tcGxldGVkJykgcmVwb3J0LmdlbmVyYXRlZCsrO1xuICAgICAgZWxzZSBvcGVuLnB1c2goam9ic1trXSEpO1xuICAgIH0pO1xuICAgIGpvYnMgPSBvcGVuO1xuICB9XG4gIHJldHVybiByZXBvcnQ7XG59XG5cbi8qKlxuICogUmVtb3ZlcyBydW4tY3JlYXRlZCBjb3Vyc2VzIHRoZSBhZG1pbiBjYW4gc2VlIHdob3NlIHRpdGxlIGByZW1vdmVgIHBpY2tzICh0aGlzIHJ1bidzIGF0XG4gKiB0ZWFyZG93biwgZWFybGllciBydW5zJyBsZWZ0b3ZlcnMgYXQgc2V0dXApLiBSZXR1cm5zIGhvdyBtYW55IHdlcmUgcmVtb3ZlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbW92ZUNvdXJzZXMoY29uZmlnOiBDb25maWcsIGFkbWluVG9rZW46IHN0cmluZywgZmlsdGVyOiBzdHJpbmcsIHJlbW92ZTogKHRpdGxlOiBzdHJpbmcpID0+IGJvb2xlYW4pOiBudW1iZXIge1xuICBjb25zdCBiYXNlID0gY29uZmlnLmJhc2VVcmw7XG4gIGxldCByZW1vdmVkID0gMDtcbiAgbGV0IG9mZnNldCA9IDA7XG4gIGZvciAobGV0IHBhZ2UgPSAwOyBwYWdlIDwgMTAwMDsgcGFnZSsrKSB7XG4gICAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX0/cT0ke2VuY29kZVVSSUNvbXBvbmVudChmaWx0ZXIpfSZsaW1pdD0ke0xJU1RfTElNSVR9Jm9mZnNldD0ke29mZnNldH1gLCBwYXJhbXMoJ2ZpbmQgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbikpO1xuICAgIGNvbnN0IGl0ZW1zID0gKHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdIH0+KHJlcyk/Lml0ZW1zIDogdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBpZiAoaXRlbXMubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICBjb25zdCBkb29tZWQgPSBpdGVtcy5maWx0ZXIoKGMpID0+IHJlbW92ZShjLnRpdGxlKSk7XG4gICAgY29uc3QgZ29uZSA9IGJhdGNoZWQoZG9vbWVkLm1hcCgoYykgPT4gKHsgbWV0aG9kOiAnREVMRVRFJywgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGMuaWQpfWAsIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbikgfSkpKS5maWx0ZXIoKHIpID0+IHIuc3RhdHVzID09PSAyMDQgfHwgci5zdGF0dXMgPT09IDQwNCkubGVuZ3RoO1xuICAgIHJlbW92ZWQgKz0gZ29uZTtcbiAgICBvZmZzZXQgKz0gaXRlbXMubGVuZ3RoIC0gZ29uZTsgLy8gd2hhdCBzdGF5cyBvbiB0aGUgcGFnZSAoa2VwdCwgb3Igbm90IGRlbGV0YWJsZSkgaXMgc3RlcHBlZCBvdmVyXG4gIH1cbiAgcmV0dXJuIHJlbW92ZWQ7XG59XG4iLCAiLy8gSG93IHRoZSBzdWl0ZSBuYW1lcyB3aGF0IGl0IHB1dHMgb24gdGhlIHBsYXRmb3JtLCBzbyBpdCBjYW4gZmluZCBpdCBhZ2Fpbi5cbi8vIC0gVGhlIGtlcHQgZGF0YXNldDogYGNvdXJzZS1wZXJmIGRhdGFzZXQgTk5gIChyZXVzZWQgYWNyb3NzIHJ1bnMsIG5ldmVyIHJlbW92ZWQgYnkgYSBydW4pLlxuLy8gLSBFdmVyeXRoaW5nIGEgcnVuIGNyZWF0ZXM6IGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gOyB0aGUgcnVuIGlkIHN0YXJ0cyB3aXRoIHRoZSBydW4ncyBzdGFydFxuLy8gICB0aW1lLCBzbyBhIGxhdGVyIHJ1biBjYW4gdGVsbCBhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnMgZnJvbSBpdHMgb3duLlxuZXhwb3J0IGNvbnN0IERBVEFTRVRfVElUTEUgPSAnY291cnNlLXBlcmYgZGF0YXNldCc7XG4vKiogQSB0aXRsZSBmaWx0ZXIgbWF0Y2hpbmcgZXZlcnkgcnVuLWNyZWF0ZWQgY291cnNlIChhbmQgbm8gZGF0YXNldCBjb3Vyc2UpLiAqL1xuZXhwb3J0IGNvbnN0IFJVTl9USVRMRV9GSUxURVIgPSAncGVyZi0nO1xuXG5leHBvcnQgZnVuY3Rpb24gZGF0YXNldFRpdGxlKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtEQVRBU0VUX1RJVExFfSAke1N0cmluZyhuKS5wYWRTdGFydCgyLCAnMCcpfWA7XG59XG5cbi8qKiBBIG5ldyBydW4gaWQ6IHN0YXJ0IHRpbWUgKGJhc2UgMzYgbXMpIGFuZCBhIHJhbmRvbSBwYXJ0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5ld1J1bklkKG5vdzogbnVtYmVyID0gRGF0ZS5ub3coKSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3cudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG59XG5cbi8qKiBUaGUgcnVuIGlkIGluIGEgcnVuLWNyZWF0ZWQgdGl0bGUgKGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gKSwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1bklkT2YodGl0bGU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1hdGNoID0gL15wZXJmLVxcUysgKFswLTlhLXpdKy1bMC05YS16XSspKD86XFxzfCQpLy5leGVjKHRpdGxlKTtcbiAgcmV0dXJuIG1hdGNoPy5bMV07XG59XG5cbi8qKiBTdGFydCB0aW1lIG9mIGEgcnVuIGlkLCBtcyBzaW5jZSB0aGUgZXBvY2gsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5TdGFydE9mKHJ1bklkOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBtcyA9IHBhcnNlSW50KHJ1bklkLnNwbGl0KCctJylbMF0hLCAzNik7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogV2hldGhlciBhIHJ1bi1jcmVhdGVkIGNvdXJzZSBpcyB0byBiZSByZW1vdmVkIGJ5IHJ1biBgY3VycmVudGA6IGl0cyBvd24gKHRlYXJkb3duKSwgb3Igb25lIG9mIGFcbiAqIHJ1biB0aGF0IHN0YXJ0ZWQgZWFybGllciAoYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzOyBhbHNvIHRpdGxlcyBvZiBvbGRlciB2ZXJzaW9ucyBvZiB0aGUgc3VpdGUpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNMZWZ0b3Zlcih0aXRsZTogc3RyaW5nLCBjdXJyZW50OiBzdHJpbmcsIG93bjogYm9vbGVhbik6IGJvb2xlYW4ge1xuICBpZiAoIXRpdGxlLnN0YXJ0c1dpdGgoUlVOX1RJVExFX0ZJTFRFUikpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcnVuSWQgPSBydW5JZE9mKHRpdGxlKTtcbiAgaWYgKG93bikgcmV0dXJuIHJ1bklkID09PSBjdXJyZW50O1xuICBpZiAocnVuSWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRydWU7XG4gIGlmIChydW5JZCA9PT0gY3VycmVudCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBzdGFydGVkID0gcnVuU3RhcnRPZihydW5JZCk7XG4gIHJldHVybiBzdGFydGVkID09PSB1bmRlZmluZWQgfHwgc3RhcnRlZCA8IChydW5TdGFydE9mKGN1cnJlbnQpID8/IDApO1xufVxuIiwgIi8vIFRoZSBydW4ncyBhY2NvdW50cywgcGVyIGNsYXNzOiBmcm9tIFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgKHBhcnNlZCBvbmNlIGZvciB0aGUgd2hvbGUgdGVzdCBpbnRvXG4vLyBrNiBTaGFyZWRBcnJheXMsIHNvIGV2ZXJ5IFZVIHJlYWRzIG9uZSBjb3B5IGluc3RlYWQgb2YgaG9sZGluZyBpdHMgb3duKSwgZnJvbSB0aGUgZGVtb1xuLy8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2wgKG5hbWVzIGNvbXB1dGVkLCBub3RoaW5nIGhlbGQpLCBvciBlbHNlIHRoZSBjbGFzcydzIHNpbmdsZSBhY2NvdW50XG4vLyAoUkVHVUxBUl9VU0VSX0VNQUlMIC4uLjogZXZlcnkgVlUgb2YgYSBjbGFzcyBzaGFyZXMgaXQpLiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS5cbmltcG9ydCB7IFNoYXJlZEFycmF5IH0gZnJvbSAnazYvZGF0YSc7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuLi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IHBhcnNlVXNlcnNDc3YsIHBvb2xFbWFpbCwgUk9MRVMsIHRvb1NtYWxsRm9yRGlzdGluY3QsIHR5cGUgQWNjb3VudCwgdHlwZSBQb29sU2l6ZXMsIHR5cGUgUm9sZSB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBQb29sIHtcbiAgLyoqIFdoZXJlIHRoZSBhY2NvdW50cyBjb21lIGZyb20sIGZvciBtZXNzYWdlcy4gKi9cbiAgc291cmNlOiBzdHJpbmc7XG4gIHNpemVzOiBQb29sU2l6ZXM7XG4gIC8qKiBUaGUgaS10aCBhY2NvdW50IChmcm9tIDApIG9mIGEgY2xhc3M7IGBwYXNzd29yZGAgaXMgdGhlIGZpbGUncywgb3IgdGhlIGNsYXNzIHBhc3N3b3JkIGdpdmVuLiAqL1xuICBhY2NvdW50KHJvbGU6IFJvbGUsIGluZGV4OiBudW1iZXIsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQ7XG59XG5cbmZ1bmN0aW9uIHJlYWRGaWxlKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG9wZW4ocGF0aCk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH0gY2Fubm90IGJlIHJlYWQgKCR7U3RyaW5nKGVycm9yKX0pOiBnaXZlIGFuIGFic29sdXRlIHBhdGggdG8gYSBDU1Ygd2l0aCB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGVgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBmaWxlUG9vbChwYXRoOiBzdHJpbmcpOiBQb29sIHtcbiAgLy8gVGhlIGNhbGxiYWNrIHJ1bnMgb25jZSBwZXIgdGVzdCAoazYga2VlcHMgdGhlIHJlc3VsdCBmb3IgZXZlcnkgVlUpOyBlYWNoIGNsYXNzIGl0cyBvd24gYXJyYXkuXG4gIGNvbnN0IGFycmF5cyA9IHt9IGFzIFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIGFycmF5c1tyb2xlXSA9IG5ldyBTaGFyZWRBcnJheShgdXNlcnM6JHtyb2xlfWAsICgpID0+IHBhcnNlVXNlcnNDc3YocmVhZEZpbGUocGF0aCksIHBhdGgpW3JvbGVdKSBhcyB1bmtub3duIGFzIEFjY291bnRbXTtcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6IGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH1gLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IGFycmF5cy5yZWd1bGFyLmxlbmd0aCwgcG93ZXI6IGFycmF5cy5wb3dlci5sZW5ndGgsIGFkbWluOiBhcnJheXMuYWRtaW4ubGVuZ3RoIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIGluZGV4KSA9PiBhcnJheXNbcm9sZV1baW5kZXhdIGFzIEFjY291bnQsXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlUG9vbChjb25maWc6IENvbmZpZyk6IFBvb2wge1xuICBpZiAoY29uZmlnLnVzZXJzRmlsZSkgcmV0dXJuIGZpbGVQb29sKGNvbmZpZy51c2Vyc0ZpbGUpO1xuICBjb25zdCB1c2VycyA9IGNvbmZpZy51c2VycztcbiAgaWYgKGNvbmZpZy5kZW1vVXNlcnMpIHtcbiAgICByZXR1cm4geyBzb3VyY2U6ICdERU1PX1VTRVJTJywgc2l6ZXM6IGNvbmZpZy5kZW1vVXNlcnMsIGFjY291bnQ6IChyb2xlLCBpbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiBwb29sRW1haWwocm9sZSwgaW5kZXggKyAxKSwgcGFzc3dvcmQgfSkgfTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNvdXJjZTogJ1JFR1VMQVJfVVNFUl9FTUFJTCAvIFBPV0VSX1VTRVJfRU1BSUwgLyBBRE1JTl9VU0VSX0VNQUlMIChvbmUgc2hhcmVkIGFjY291bnQgcGVyIGNsYXNzKScsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogMSwgcG93ZXI6IDEsIGFkbWluOiAxIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIF9pbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiB1c2Vyc1tyb2xlXS5lbWFpbCwgcGFzc3dvcmQgfSksXG4gIH07XG59XG5cbi8qKiBUaGlzIFZVJ3MgYWNjb3VudCBvZiBhIGNsYXNzOiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NvdW50T2ZWdShwb29sOiBQb29sLCByb2xlOiBSb2xlLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2l6ZSA9IHBvb2wuc2l6ZXNbcm9sZV07XG4gIHJldHVybiBzaXplID09PSAwID8gdW5kZWZpbmVkIDogcG9vbC5hY2NvdW50KHJvbGUsIChleGVjLnZ1LmlkSW5UZXN0IC0gMSkgJSBzaXplLCBjbGFzc1Bhc3N3b3JkKTtcbn1cblxuLyoqIFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWU6IHJlZnVzZXMsIGF0IGluaXQsIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgdXNlZCBjbGFzcyB0aGFuIFZVIGlkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnREaXN0aW5jdChwb29sOiBQb29sLCByb2xlczogcmVhZG9ubHkgUm9sZVtdLCB2dUlkczogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IG5lZWRlZDogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgZm9yIChjb25zdCByb2xlIG9mIHJvbGVzKSBuZWVkZWRbcm9sZV0gPSB2dUlkcztcbiAgY29uc3QgcHJvYmxlbSA9IHRvb1NtYWxsRm9yRGlzdGluY3QocG9vbC5zaXplcywgbmVlZGVkLCBwb29sLnNvdXJjZSk7XG4gIGlmIChwcm9ibGVtKSB0aHJvdyBuZXcgRXJyb3IocHJvYmxlbSk7XG59XG5cbi8qKiBUaGUgcnVuJ3MgcG9vbCwgbWFkZSBvbmNlIHBlciBWVSBhdCBpbml0IChhIGJhZCBmaWxlIHN0b3BzIHRoZSBydW4gaGVyZSwgYmVmb3JlIHNldHVwKS4gKi9cbmV4cG9ydCBjb25zdCBwb29sOiBQb29sID0gbWFrZVBvb2wocnVuQ29uZmlnKTtcbiIsICIvLyBUaGUgcnVuJ3MgY29uZmlndXJhdGlvbiwgcmVhZCBmcm9tIGs2J3MgX19FTlYgb25jZSBhdCBpbml0LiBBbiBpbnZhbGlkIHZhbHVlIHRocm93cyBoZXJlLCBzb1xuLy8gazYgc3RvcHMgYmVmb3JlIHNldHVwKCkgYW5kIGJlZm9yZSBhbnkgcmVxdWVzdCwgd2l0aCB0aGUgdmFyaWFibGUgbmFtZWQgaW4gdGhlIG1lc3NhZ2UuXG5pbXBvcnQgeyBhc3NlcnRUYXJnZXRBbGxvd2VkLCBwYXJzZUNvbmZpZywgdHlwZSBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHBhcnNlQ29uZmlnKF9fRU5WKTtcblxuLyoqIFRoZSBjb25maWd1cmF0aW9uIGZvciBhIGxvYWQtZ2VuZXJhdGluZyBlbnRyeTogcmVmdXNlcyBhIG5vbi1sb29wYmFjayB0YXJnZXQgdGhhdCBpcyBub3QgYWxsb3ctbGlzdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1YXJkZWRDb25maWcoZW50cnk6IHN0cmluZyk6IENvbmZpZyB7XG4gIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnLCBlbnRyeSk7XG4gIHJldHVybiBjb25maWc7XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIFBvbGxzIGNhcnJ5IHNjb3BlOnNpZGVjYXIgYW5kIGVtaXQgbm8gaHR0cF9yZXFfZmFpbGVkIHNhbXBsZXNcbi8vIChyZXNwb25zZUNhbGxiYWNrOiBudWxsKSwgc28gdGhlIEFQSSBmaWd1cmVzIGFuZCB0aHJlc2hvbGRzIG5ldmVyIHNlZSB0aGVtLlxuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgeyBDb3VudGVyLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgdG9LNlRocmVzaG9sZHMsIHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5cbi8qKiBQZXJjZW50IG9mIHRoZSBDUFVzIGF2YWlsYWJsZSB0byB0aGUgc2VydmVyLCAwLTEwMC4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1Q29yZXNQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X2NvcmVzX3BlcmNlbnQnKTtcbi8qKiBQU1Mgc3VtIChwcm9jZXNzIHRyZWUpLCB3b3JraW5nIHNldCAoY2dyb3VwKSBvciBSU1MgKFByb21ldGhldXMpLCBNQi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlNYiA9IG5ldyBUcmVuZCgnc2VydmVyX21lbW9yeV9tYicpO1xuLyoqIFBvbGxzIHRoZSBzaWRlY2FyIGRpZCBub3QgYW5zd2VyLCBwbHVzIHJlYWRpbmdzIHRoZSBzaWRlY2FyIGZhaWxlZCB0byB0YWtlOiBlYWNoIGFib3V0IG9uZSBpbnRlcnZhbCB3aXRob3V0IGRhdGEuICovXG5leHBvcnQgY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCBhbmQgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuXG4vKiogVGhlIHJlc291cmNlcyBzY2VuYXJpbzogb25lIHBvbGwgYSBzZWNvbmQgZm9yIHRoZSB3aG9sZSBydW4sIG9uIG9uZSBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgcmF0ZTogMSxcbiAgICB0aW1lVW5pdDogJzFzJyxcbiAgICBkdXJhdGlvbjogYCR7TWF0aC5tYXgoMSwgTWF0aC5jZWlsKGR1cmF0aW9uUykpfXNgLFxuICAgIHByZUFsbG9jYXRlZFZVczogMSxcbiAgICBtYXhWVXM6IDEsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgcG9sbDogZXZlcnkgbmV3IHNhbXBsZSBiZWNvbWVzIGEgbWV0cmljIHNhbXBsZS4gQSBwb2xsIHRoZSBzaWRlY2FyIGRvZXMgbm90IGFuc3dlciBjb3VudHMgb25lXG4gKiBtaXNzaW5nIHNhbXBsZSwgYW5kIHNvIGRvZXMgZWFjaCByZWFkaW5nIHRoZSBzaWRlY2FyIHJlcG9ydHMgaXQgZmFpbGVkIHRvIHRha2UgZHVyaW5nIHRoZSBydW5cbiAqICh0YXJnZXQgZ29uZSwgZW5kcG9pbnQgZG93bikuIEFuXG4gKiBhbnN3ZXIgd2l0aCBubyBuZXcgc2FtcGxlIHlldCBpcyBub3QgYSBnYXA6IHBvbGxzIGFuZCByZWFkaW5ncyBhcmUgbm90IGluIHN0ZXAuIE5ldmVyIHRocm93cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KGAke3NpZGVjYXJVcmx9L3NhbXBsZXM/c2luY2U9JHtjdXJzb3J9YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXIgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIHNlcnZlckNwdVBlcmNlbnQuYWRkKHNhbXBsZS5jcHVfcGVyY2VudCk7XG4gICAgc2VydmVyQ3B1Q29yZXNQZXJjZW50LmFkZChzYW1wbGUuY3B1X2NvcmVzX3BlcmNlbnQpO1xuICAgIHNlcnZlck1lbW9yeU1iLmFkZChzYW1wbGUubWVtb3J5X21iKTtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICB9XG59XG5cbi8qKiBUZWFyZG93bjogdGhlIG1lbW9yeSBncm93dGggYWZ0ZXIgd2FybS11cCwgTUIgcGVyIG1pbnV0ZSwgYXMgdGhlIHNpZGVjYXIgY29tcHV0ZWQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkTWVtb3J5R3Jvd3RoKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKiogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlR2F0ZXMobGltaXRzOiBSZXNvdXJjZUxpbWl0cyk6IEdhdGVbXSB7XG4gIGNvbnN0IGdhdGVzOiBHYXRlW10gPSBbXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfbWVtb3J5X21iJywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLm1lbW9yeU1iIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZCkgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0gfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZykgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbmNvbnN0IE1FVFJJQ19OQU1FID0gL15bQS1aYS16X11bQS1aYS16MC05X10qJC87XG5jb25zdCBUQUdfUEFSVCA9IC9eW0EtWmEtejAtOV8uXFwtL10rJC87XG5jb25zdCBQRVJDRU5USUxFID0gL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvO1xuXG4vKiogYGh0dHBfcmVxX2R1cmF0aW9ue2VuZHBvaW50OmhlYWx0aH1gOiB0aGUga2V5IGs2IHVzZXMgZm9yIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0cmljS2V5KG1ldHJpYzogc3RyaW5nLCB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZyB7XG4gIGlmICghTUVUUklDX05BTUUudGVzdChtZXRyaWMpKSB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgbWV0cmljIG5hbWUgXCIke21ldHJpY31cIjogdXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgX2ApO1xuICBjb25zdCBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXModGFncyA/PyB7fSk7XG4gIGlmIChlbnRyaWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIG1ldHJpYztcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgZW50cmllcykge1xuICAgIGlmICghVEFHX1BBUlQudGVzdChrZXkpIHx8ICFUQUdfUEFSVC50ZXN0KHZhbHVlKSkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IFBFUkNFTlRJTEUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSkgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHsgdGhyZXNob2xkOiB0ZXh0LCBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSkgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBMb2FkIHNoYXBlcywgaW4gb25lIHBsYWNlLCBwYXJhbWV0ZXJpc2VkIGJ5IHRoZSBydW4ncyBjb25maWd1cmF0aW9uLiBBIHNjZW5hcmlvIGZpbGUgcmVhZHMgYXM6XG4vLyBzaGFwZSArIHdvcmtmbG93cyArIHRocmVzaG9sZHMuXG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuXG5leHBvcnQgdHlwZSBTY2VuYXJpbyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+ICYgeyBleGVjdXRvcjogc3RyaW5nOyBleGVjOiBzdHJpbmcgfTtcblxuLyoqIFNwbGl0cyBgdG90YWxgIFZVcyBieSBwZXJjZW50YWdlIHdpdGggdGhlIGxhcmdlc3QtcmVtYWluZGVyIG1ldGhvZDsgZXZlcnkgc2hhcmUgd2l0aCB3ZWlnaHQgZ2V0cyA+PSAxIFZVIHdoZW4gdG90YWwgYWxsb3dzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0VXNlcnModG90YWw6IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IGtleXMgPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXSBhcyBjb25zdDtcbiAgY29uc3QgZXhhY3QgPSBrZXlzLm1hcCgoaykgPT4gKHRvdGFsICogd2VpZ2h0c1trXSkgLyAxMDApO1xuICBjb25zdCBjb3VudHMgPSBleGFjdC5tYXAoTWF0aC5mbG9vcik7XG4gIGNvbnN0IG9yZGVyID0ga2V5cy5tYXAoKF8sIGkpID0+IGkpLnNvcnQoKGEsIGIpID0+IGV4YWN0W2JdISAtIE1hdGguZmxvb3IoZXhhY3RbYl0hKSAtIChleGFjdFthXSEgLSBNYXRoLmZsb29yKGV4YWN0W2FdISkpKTtcbiAgZm9yIChsZXQgbGVmdCA9IHRvdGFsIC0gY291bnRzLnJlZHVjZSgoYSwgYikgPT4gYSArIGIsIDApLCBpID0gMDsgbGVmdCA+IDA7IGxlZnQtLSwgaSsrKSBjb3VudHNbb3JkZXJbaSAlIDNdIV0hKys7XG4gIC8vIEEgd2VpZ2h0ZWQgdXNlciB0eXBlIHdpdGggbm8gVlUgd291bGQgc2lsZW50bHkgZHJvcCBpdHMgd29ya2Zsb3c6IGJvcnJvdyBvbmUgZnJvbSB0aGUgbGFyZ2VzdC5cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAod2VpZ2h0c1trZXlzW2ldIV0gPiAwICYmIGNvdW50c1tpXSA9PT0gMCAmJiB0b3RhbCA+PSAzKSB7XG4gICAgICBjb25zdCBsYXJnZXN0ID0gY291bnRzLmluZGV4T2YoTWF0aC5tYXgoLi4uY291bnRzKSk7XG4gICAgICBjb3VudHNbbGFyZ2VzdF0hLS07XG4gICAgICBjb3VudHNbaV0hKys7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IHJlZ3VsYXI6IGNvdW50c1swXSEsIHBvd2VyOiBjb3VudHNbMV0hLCBhZG1pbjogY291bnRzWzJdISB9O1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKSA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9IDogeyByYXRlOiBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKHBlclNlY29uZCAqIDYwKSksIHRpbWVVbml0OiAnMW0nIH07XG59XG5cbi8qKiBBIGZpeGVkIHJlcXVlc3QgcmF0ZSwgaW5kZXBlbmRlbnQgb2YgaG93IGZhc3QgdGhlIHBsYXRmb3JtIGFuc3dlcnMgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50UmF0ZShleGVjOiBzdHJpbmcsIHBlclNlY29uZDogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlciwgbWF4VlVzOiBudW1iZXIsIHN0YXJ0VGltZSA9ICcwcycpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IE1hdGgubWluKG1heFZVcywgTWF0aC5tYXgoMSwgTWF0aC5jZWlsKHBlclNlY29uZCkpKSxcbiAgICBtYXhWVXMsXG4gICAgc3RhcnRUaW1lLFxuICB9O1xufVxuXG4vKiogV2FsbCB0aW1lIG9mIGEgcmFtcGluZy11c2VycyBydW4sIHNlY29uZHMsIGZvciBzY2VuYXJpb3MgdGhhdCBtdXN0IHJ1biBhbG9uZ3NpZGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ0R1cmF0aW9uUyhjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPik6IG51bWJlciB7XG4gIHJldHVybiBjb25maWcucmFtcFVwUyArIGNvbmZpZy5kdXJhdGlvblMgKyBjb25maWcucmFtcERvd25TO1xufVxuXG5leHBvcnQgY29uc3QgU1VNTUFSWV9UUkVORF9TVEFUUyA9IFsnYXZnJywgJ21pbicsICdtZWQnLCAnbWF4JywgJ3AoOTApJywgJ3AoOTUpJywgJ3AoOTkpJywgJ2NvdW50J107XG5cbi8qKiBWVXMgZm9sbG93aW5nIGV4cGxpY2l0IHN0YWdlcyAoc3Bpa2Ugc2hhcGVzIGFuZCB0aGUgbGlrZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhZ2VkVXNlcnMoZXhlYzogc3RyaW5nLCBzdGFnZXM6IHsgZHVyYXRpb25TOiBudW1iZXI7IHRhcmdldDogbnVtYmVyIH1bXSwgc3RhcnRWVXMgPSAwKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXMsXG4gICAgc3RhZ2VzOiBzdGFnZXMubWFwKChzKSA9PiAoeyBkdXJhdGlvbjogYCR7cy5kdXJhdGlvblN9c2AsIHRhcmdldDogcy50YXJnZXQgfSkpLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICcxMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBFdmVyeSBWVSBzdGFydHMgb25lIGl0ZXJhdGlvbiBhdCB0aGUgc2FtZSBpbnN0YW50ICh0aGV5IGFyZSBhbGwgaW5pdGlhbGlzZWQgZmlyc3QpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbEF0T25jZShleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9uczogMSwgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuXG4vKiogQSBmaXhlZCBudW1iZXIgb2YgVlVzIGZvciBhIGZpeGVkIHRpbWUgKGNsb3NlZCBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRVc2VycyhleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBkdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLCBleGVjLCB2dXMsIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfTtcbn1cblxuLyoqIEFycml2YWwgcmF0ZSByaXNpbmcgbGluZWFybHkgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgcGVyIHNlY29uZCBvdmVyIGBkdXJhdGlvblNgIChvcGVuIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByaXNpbmdSYXRlKGV4ZWM6IHN0cmluZywgc3RhcnRSYXRlOiBudW1iZXIsIG1heFJhdGU6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIsIG1heFZVczogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuaW1wb3J0IHsgcG9sbFJlc291cmNlcyBhcyBwb2xsU2lkZWNhciwgcmVjb3JkTWVtb3J5R3Jvd3RoLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IFNVTU1BUllfVFJFTkRfU1RBVFMsIHR5cGUgU2NlbmFyaW8gfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyB0b0s2VGhyZXNob2xkcywgdHlwZSBHYXRlLCB0eXBlIEs2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHsgYXNzZXJ0RGlzdGluY3QsIHBvb2wgfSBmcm9tICcuLi91c2Vycy9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB2dUlkQm91bmQsIHR5cGUgUm9sZSB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgeyBjbGVhblVwUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlQYXJ0cyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICBnYXRlczogR2F0ZVtdO1xuICAvKiogSG93IGxvbmcgdGhlIGxvYWQgcnVucywgc2Vjb25kczogdGhlIHJlc291cmNlcyBwb2xsZXIgcnVucyBhcyBsb25nLiAqL1xuICB3YWxsVGltZVM6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggdG9vIChzb2FrKS4gKi9cbiAgZ2F0ZU1lbW9yeUdyb3d0aD86IGJvb2xlYW47XG4gIC8qKiBDbGFzc2VzIHdob3NlIFZVcyBsb2cgaW4gYXMgcG9vbCBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QgY2hlY2tzIHRoZXNlKTsgZGVmYXVsdCBhbGwuICovXG4gIHJvbGVzPzogcmVhZG9ubHkgUm9sZVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5T3B0aW9ucyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICB0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHM7XG4gIHNldHVwVGltZW91dDogc3RyaW5nO1xuICBzdW1tYXJ5VHJlbmRTdGF0czogc3RyaW5nW107XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIHBhcnRzOiBFbnRyeVBhcnRzKTogRW50cnlPcHRpb25zIHtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHRvSzZUaHJlc2hvbGRzKGdhdGVzKSxcbiAgICAvLyBHZW5lcmF0aW9uIG9mIHNlZWQgY291cnNlcywgcGx1cyB0aGUga2VwdCBkYXRhc2V0J3Mgc2VlZGluZyB3aGVuIGEgcnVuIGhhcyB0byBtYWtlIGl0LlxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCkgKyAoY29uZmlnLmRhdGFzZXQuY291cnNlcyA+IDAgPyA2MDAgOiAwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gaGFzVXNlcnMoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiB7XG4gIGNvbnN0IHsgZXhlY3V0b3IsIHN0YXJ0VlVzLCBzdGFnZXMsIHZ1cyB9ID0gc2NlbmFyaW8gYXMgeyBleGVjdXRvcjogc3RyaW5nOyBzdGFydFZVcz86IG51bWJlcjsgc3RhZ2VzPzogeyB0YXJnZXQ6IG51bWJlciB9W107IHZ1cz86IG51bWJlciB9O1xuICBpZiAoZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHJldHVybiAoc3RhcnRWVXMgPz8gMCkgPiAwIHx8IChzdGFnZXMgPz8gW10pLnNvbWUoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQgPiAwKTtcbiAgaWYgKGV4ZWN1dG9yID09PSAnY29uc3RhbnQtdnVzJyB8fCBleGVjdXRvciA9PT0gJ3Blci12dS1pdGVyYXRpb25zJyB8fCBleGVjdXRvciA9PT0gJ3NoYXJlZC1pdGVyYXRpb25zJykgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogV2hhdCBvbmx5IHRoZSBlbmQgb2YgdGhlIHJ1biBrbm93cyAodGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgpLiBFbnRyaWVzIHdpdGggYSB0ZWFyZG93biBvZiB0aGVpciBvd24gY2FsbCBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSByZWNvcmRNZW1vcnlHcm93dGgocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogazYncyB0ZWFyZG93bjogdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgsIGFuZCByZW1vdmluZyB3aGF0IHRoaXMgcnVuIGNyZWF0ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gdGVhcmRvd24oZGF0YT86IFJ1bkRhdGEpOiB2b2lkIHtcbiAgcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTtcbiAgY2xlYW5VcFJ1bihydW5Db25maWcsIGRhdGEpO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiAoeyAnJic6ICcmYW1wOycsICc8JzogJyZsdDsnLCAnPic6ICcmZ3Q7JywgJ1wiJzogJyZxdW90OycsIFwiJ1wiOiAnJmFwb3M7JyB9KVtjXSEpO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKS5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKS5yZXBsYWNlKC88L2csICcmbHQ7JykucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHsgbWV0cmljLCBleHByZXNzaW9uLCBvazogcmVzdWx0Lm9rLCBzdGF0LCBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLCB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHsgcmVxdWVzdHM6IHYuY291bnQgPz8gMCwgcDUwOiB2Lm1lZCA/PyBudWxsLCBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCwgcDk5OiB2WydwKDk5KSddID8/IG51bGwsIG1heDogdi5tYXggPz8gbnVsbCB9KTtcbiAgICB9IGVsc2UgaWYgKGJhc2UgPT09ICdodHRwX3JlcV9mYWlsZWQnKSB7XG4gICAgICByb3coZW5kcG9pbnQpLmVycm9yUmF0ZSA9IHR5cGVvZiB2LnJhdGUgPT09ICdudW1iZXInID8gdi5yYXRlIDogbnVsbDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5yb3dzLnZhbHVlcygpXS5zb3J0KChhLCBiKSA9PiBhLmVuZHBvaW50LmxvY2FsZUNvbXBhcmUoYi5lbmRwb2ludCkpO1xufVxuXG4vKiogQSBudW1iZXIgZm9yIHBlb3BsZTogbXMgd2l0aCBzZW5zaWJsZSBwcmVjaXNpb24sIHJhdGVzIGFzIHBlcmNlbnQsIGxhcmdlIGNvdW50cyBncm91cGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFZhbHVlKHZhbHVlOiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkLCB1bml0OiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSk6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSByZXR1cm4gJ24vYSc7XG4gIGlmICh1bml0ID09PSAncGVyY2VudCcpIHJldHVybiBgJHsodmFsdWUgKiAxMDApLnRvRml4ZWQoMil9JWA7XG4gIGlmICh1bml0ID09PSAnbXMnKSB7XG4gICAgaWYgKE1hdGguYWJzKHZhbHVlKSA+PSA2MF8wMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDEpfXNgO1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gMTAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMil9c2A7XG4gICAgcmV0dXJuIGAke3ZhbHVlLnRvRml4ZWQodmFsdWUgPCAxMCA/IDIgOiAxKX1tc2A7XG4gIH1cbiAgaWYgKHVuaXQgPT09ICdjb3VudCcpIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKS50b1N0cmluZygpLnJlcGxhY2UoL1xcQig/PShcXGR7M30pKyg/IVxcZCkpL2csICcsJyk7XG4gIHJldHVybiBNYXRoLmFicyh2YWx1ZSkgPj0gMWU2ID8gdmFsdWUudG9FeHBvbmVudGlhbCgzKSA6IFN0cmluZyhNYXRoLnJvdW5kKHZhbHVlICogMTAwMCkgLyAxMDAwKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY1ZhbHVlKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRyaWM6IHN0cmluZywgc3RhdDogc3RyaW5nKTogbnVtYmVyIHwgbnVsbCB7XG4gIGNvbnN0IHZhbHVlID0gZGF0YS5tZXRyaWNzPy5bbWV0cmljXT8udmFsdWVzPy5bc3RhdF07XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyB2YWx1ZSA6IG51bGw7XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc0xpbmUoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcge1xuICBjb25zdCBtZW1vcnkgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX21lbW9yeV9tYicsICdtYXgnKTtcbiAgY29uc3QgY3B1ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpO1xuICBpZiAobWVtb3J5ID09PSBudWxsICYmIGNwdSA9PT0gbnVsbCkgcmV0dXJuICdzZXJ2ZXIgcmVzb3VyY2VzOiBub3QgbWVhc3VyZWQgKG5vIHNpZGVjYXIpJztcbiAgY29uc3QgbWlzc2luZyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJywgJ2NvdW50JykgPz8gMDtcbiAgY29uc3QgZ3Jvd3RoID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4Jyk7XG4gIHJldHVybiBbXG4gICAgYHNlcnZlciByZXNvdXJjZXM6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWS5cbmltcG9ydCB7IGVzY2FwZU1hcmtkb3duQ2VsbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIHJlc291cmNlc0xpbmUsIHRocmVzaG9sZFJvd3MsIHR5cGUgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93blJlcG9ydChkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCByb3dzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgIGAjIyBjb3Vyc2UtcGVyZiBcXGAke2VzY2FwZU1hcmtkb3duQ2VsbChvcHRpb25zLnNjZW5hcmlvKX1cXGA6ICR7ZmFpbGVkID09PSAwID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgIDogYOKdjCAke2ZhaWxlZH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoKHIpID0+IGB8ICR7ci5vayA/ICfinIUnIDogJ+KdjCd9IHwgXFxgJHtlc2NhcGVNYXJrZG93bkNlbGwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApfVxcYCB8ICR7Zm9ybWF0VmFsdWUoci5vYnNlcnZlZCwgci51bml0KX0gfGApLFxuICBdO1xuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsICd8IGVuZHBvaW50IHwgcmVxdWVzdHMgfCBwNTAgfCBwOTUgfCBwOTkgfCBtYXggfCBlcnJvcnMgfCcsICd8LS0tfC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fCcpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGxpbmVzLnB1c2goYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc0xpbmUoZGF0YSkpLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyByZXN1bHRzLmpzb246IG91ciBzdGFibGUsIHZlcnNpb25lZCBtYWNoaW5lLXJlYWRhYmxlIHJlc3VsdCAoc2NoZW1hcy9yZXN1bHRzLnNjaGVtYS5qc29uKS5cbi8vIENvbnN1bWVycyAoY29tcGFyZSwgQ0kpIHJlYWQgdGhpcyByYXRoZXIgdGhhbiBrNidzIHN1bW1hcnksIHdob3NlIHNoYXBlIGs2IG1heSBjaGFuZ2UuXG5pbXBvcnQgeyBlbmRwb2ludFJvd3MsIG1ldHJpY1ZhbHVlLCB0aHJlc2hvbGRSb3dzLCB0eXBlIEVuZHBvaW50Um93LCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzIHtcbiAgc2NoZW1hX3ZlcnNpb246IG51bWJlcjtcbiAgcnVuOiBSdW5NZXRhICYgeyBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbCB9O1xuICB2ZXJkaWN0OiAncGFzc2VkJyB8ICdmYWlsZWQnO1xuICB0aHJlc2hvbGRzOiB7IG1ldHJpYzogc3RyaW5nOyBleHByZXNzaW9uOiBzdHJpbmc7IG9rOiBib29sZWFuOyBvYnNlcnZlZDogbnVtYmVyIHwgbnVsbCB9W107XG4gIGVuZHBvaW50czogRW5kcG9pbnRSb3dbXTtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIHJlc291cmNlczogeyBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDsgY3B1X3BlcmNlbnRfcDk1OiBudW1iZXIgfCBudWxsOyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGw7IHNhbXBsZXNfbWlzc2luZzogbnVtYmVyIH0gfCBudWxsO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYnVpbGRSZXN1bHRzKGRhdGE6IFN1bW1hcnlEYXRhLCBtZXRhOiBSdW5NZXRhKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSA9PiAoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCB9KSk7XG4gIGNvbnN0IG1lYXN1cmVkID0gZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iIHx8IGRhdGEubWV0cmljcz8uc2VydmVyX2NwdV9wZXJjZW50O1xuICByZXR1cm4ge1xuICAgIHNjaGVtYV92ZXJzaW9uOiBSRVNVTFRTX1NDSEVNQV9WRVJTSU9OLFxuICAgIHJ1bjogeyAuLi5tZXRhLCBkdXJhdGlvbl9tczogZGF0YS5zdGF0ZT8udGVzdFJ1bkR1cmF0aW9uTXMgPz8gbnVsbCB9LFxuICAgIHZlcmRpY3Q6IHRocmVzaG9sZHMuZXZlcnkoKHQpID0+IHQub2spID8gJ3Bhc3NlZCcgOiAnZmFpbGVkJyxcbiAgICB0aHJlc2hvbGRzLFxuICAgIGVuZHBvaW50czogZW5kcG9pbnRSb3dzKGRhdGEpLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7IGVuZHBvaW50Um93cywgZm9ybWF0VmFsdWUsIG1ldHJpY1ZhbHVlLCByZXNvdXJjZXNMaW5lLCB0aHJlc2hvbGRSb3dzLCB0eXBlIFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG4vLyBrNidzIG93biBtZXRyaWNzIChzaG93biBhYm92ZSBvciBub3Qgd29ydGggYSBsaW5lKSBhbmQgdGhlIHNpZGVjYXIncyAodGhlIHJlc291cmNlcyBsaW5lKTpcbi8vIHdoYXRldmVyIGVsc2UgYSBydW4gcmVwb3J0cyBpcyBvbmUgb2YgdGhlIHN1aXRlJ3MgY3VzdG9tIG1ldHJpY3MuXG5jb25zdCBCVUlMVF9JTiA9IG5ldyBTZXQoWydodHRwX3JlcXMnLCAnaHR0cF9yZXFfZHVyYXRpb24nLCAnaHR0cF9yZXFfYmxvY2tlZCcsICdodHRwX3JlcV9jb25uZWN0aW5nJywgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsICdodHRwX3JlcV9zZW5kaW5nJywgJ2h0dHBfcmVxX3dhaXRpbmcnLCAnaHR0cF9yZXFfcmVjZWl2aW5nJywgJ2h0dHBfcmVxX2ZhaWxlZCcsICdpdGVyYXRpb25zJywgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsICdkcm9wcGVkX2l0ZXJhdGlvbnMnLCAndnVzJywgJ3Z1c19tYXgnLCAnZGF0YV9zZW50JywgJ2RhdGFfcmVjZWl2ZWQnLCAnY2hlY2tzJywgJ2dyb3VwX2R1cmF0aW9uJ10pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PiAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSwgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbiB9KTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKGMuYm9sZChgY291cnNlLXBlcmYgJHtvcHRpb25zLnNjZW5hcmlvfTogJHt0aHJlc2hvbGRzLmxlbmd0aCA9PT0gMCA/ICdubyB0aHJlc2hvbGRzJyA6IGZhaWxlZCA9PT0gMCA/IGMuZ3JlZW4oYGFsbCAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGApIDogYy5yZWQoYCR7ZmFpbGVkfSBvZiAke3RocmVzaG9sZHMubGVuZ3RofSB0aHJlc2hvbGRzIGZhaWxlZGApfWApKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJlc2hvbGRzJykpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGhyZXNob2xkcykge1xuICAgIGNvbnN0IG1hcmsgPSB0Lm9rID8gYy5ncmVlbign4pyTJykgOiBjLnJlZCgn4pyXJyk7XG4gICAgbGluZXMucHVzaChgICAke21hcmt9ICR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSAgJHtjLmRpbSgnb2JzZXJ2ZWQnKX0gJHtmb3JtYXRWYWx1ZSh0Lm9ic2VydmVkLCB0LnVuaXQpfWApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZW5kcG9pbnRzLm1hcCgoZSkgPT4gZS5lbmRwb2ludC5sZW5ndGgpKTtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gKSk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtlLmVuZHBvaW50LnBhZEVuZCh3aWR0aCl9ICR7U3RyaW5nKGUucmVxdWVzdHMpLnBhZFN0YXJ0KDgpfSAke2NlbGwoZS5wNTApfSAke2NlbGwoZS5wOTUpfSAke2NlbGwoZS5wOTkpfSAke2NlbGwoZS5tYXgpfSAke2Zvcm1hdFZhbHVlKGUuZXJyb3JSYXRlLCAncGVyY2VudCcpLnBhZFN0YXJ0KDgpfWApO1xuICAgIH1cbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCk7XG4gIGNvbnN0IGN1c3RvbSA9IE9iamVjdC5rZXlzKGRhdGEubWV0cmljcyA/PyB7fSkuZmlsdGVyKGlzQ3VzdG9tKS5zb3J0KCk7XG4gIGlmIChjdXN0b20ubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgnY3VzdG9tIG1ldHJpY3MnKSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGN1c3RvbSkge1xuICAgICAgY29uc3QgbSA9IGRhdGEubWV0cmljc1tuYW1lXSE7XG4gICAgICBjb25zdCB2ID0gbS52YWx1ZXM7XG4gICAgICBjb25zdCB1bml0ID0gbS5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG4gICAgICBjb25zdCB0ZXh0ID1cbiAgICAgICAgbS50eXBlID09PSAndHJlbmQnXG4gICAgICAgICAgPyBgYXZnICR7Zm9ybWF0VmFsdWUodi5hdmcsIHVuaXQpfSwgcDk1ICR7Zm9ybWF0VmFsdWUodlsncCg5NSknXSwgdW5pdCl9LCBtYXggJHtmb3JtYXRWYWx1ZSh2Lm1heCwgdW5pdCl9YFxuICAgICAgICAgIDogbS50eXBlID09PSAncmF0ZSdcbiAgICAgICAgICAgID8gZm9ybWF0VmFsdWUodi5yYXRlLCAncGVyY2VudCcpXG4gICAgICAgICAgICA6IGZvcm1hdFZhbHVlKHYuY291bnQgPz8gdi52YWx1ZSwgJ2NvdW50Jyk7XG4gICAgICBsaW5lcy5wdXNoKGAgICR7bmFtZS5wYWRFbmQoTWF0aC5tYXgoMzAsIC4uLmN1c3RvbS5tYXAoKG4pID0+IG4ubGVuZ3RoKSkpfSAke3RleHR9YCk7XG4gICAgfVxuICB9XG4gIGxpbmVzLnB1c2goJycsIGAgICR7cmVzb3VyY2VzTGluZShkYXRhKX1gLCAnJyk7XG4gIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBUaGUgazYgaGFuZGxlU3VtbWFyeSBldmVyeSBlbnRyeSBleHBvcnRzOiB0aGUgY29uY2lzZSB0ZXh0IG9uIHN0ZG91dCBhbmQsIHdoZW4gUkVQT1JUU19ESVIgaXNcbi8vIHNldCAodGhlIHJ1bm5lciBjcmVhdGVzIHRoYXQgZm9sZGVyKSwgc3VtbWFyeS5qc29uLCByZXN1bHRzLmpzb24sIGp1bml0LnhtbCBhbmQgc3VtbWFyeS5tZCBpbiBpdC5cbmltcG9ydCB7IGp1bml0UmVwb3J0IH0gZnJvbSAnLi9qdW5pdC50cyc7XG5pbXBvcnQgeyBtYXJrZG93blJlcG9ydCB9IGZyb20gJy4vbWFya2Rvd24udHMnO1xuaW1wb3J0IHsgYnVpbGRSZXN1bHRzIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB0eXBlIHsgU3VtbWFyeURhdGEgfSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5pbXBvcnQgeyB0ZXh0U3VtbWFyeSB9IGZyb20gJy4vdGV4dC50cyc7XG5cbmNvbnN0IG9yTnVsbCA9ICh2YWx1ZTogc3RyaW5nIHwgdW5kZWZpbmVkKSA9PiAodmFsdWUgPyB2YWx1ZSA6IG51bGwpO1xuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogeyBzY2VuYXJpbzogc3RyaW5nOyBwcm9maWxlPzogc3RyaW5nIH0pIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwgeyBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbywgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlIH0pIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhkYXRhLCB7XG4gICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICB0YXJnZXQ6IG9yTnVsbChfX0VOVi5SVU5fVEFSR0VUKSA/PyBvck51bGwoX19FTlYuQkFTRV9VUkwpLFxuICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICBzdGFydGVkX2F0OiBvck51bGwoX19FTlYuUlVOX1NUQVJURURfQVQpLFxuICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgfSk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChkYXRhLCBtZXRhKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgcmV0dXJuIHRhcmdldHMuYXBpUDk1TXM7XG59XG5cbi8qKiBBUEkgcDk1L3A5OSBvdmVyIGFsbCBlbmRwb2ludHMsIGFuZCBwOTUgcGVyIGVuZHBvaW50IChoZWFsdGggYW5kIGV4cG9ydCB3aXRoIHRoZWlyIG93biBidWRnZXRzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYXRlbmN5R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk5TXMgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIEVycm9yIHJhdGUgb3ZlciBhbGwgQVBJIHJlcXVlc3RzIGFuZCBwZXIgZW5kcG9pbnQsIHNvIG9uZSBmYWlsaW5nIHJvdXRlIGlzIG5hbWVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yR2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dLFxuICAgIH0pKSxcbiAgXTtcbn1cblxuLyoqIFN0b3BzIGEgcnVuIGVhcmx5IHdoZW4gbW9zdCByZXF1ZXN0cyBmYWlsIChwbGF0Zm9ybSBkb3duIG9yIGNyYXNoZWQpOiBubyBtaW51dGVzIG9mIG5vaXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwgPSAnMTBzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICBdO1xufVxuXG4vKiogQ2hlY2tzIGFuZCB3aG9sZSB3b3JrZmxvd3MgbXVzdCBzdWNjZWVkIG9mdGVuIGVub3VnaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWNjZXNzR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGVja3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3dvcmtmbG93X3N1Y2Nlc3MnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJz49JywgdmFsdWU6IHRhcmdldHMuc3VjY2Vzc1JhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIENoYXB0ZXIgZ2VuZXJhdGlvbiB0aW1lICh0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMpIGFuZCBmYWlsZWQgZ2VuZXJhdGlvbiBqb2JzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRpb25HYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5jaGFwdGVyUDk1TXMgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2dlbmVyYXRpb25fZmFpbGVkJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBFYWNoIGVuZHBvaW50IGFnYWluc3QgaXRzIG93biBidWRnZXQ6IHA5NSAoaGVhbHRoIGFuZCBleHBvcnQgaGF2ZSB0aGVpciBvd24pIGFuZCBwOTksIHBsdXMgaXRzIGVycm9yIHJhdGUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kcG9pbnRCdWRnZXRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGVycm9yUmF0ZTogbnVtYmVyKTogR2F0ZVtdIHtcbiAgcmV0dXJuIGVuZHBvaW50cy5mbGF0TWFwKChlbmRwb2ludCkgPT4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiB7IGVuZHBvaW50IH0sIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0gfSxcbiAgXSk7XG59XG5cbi8qKlxuICogYnJlYWtwb2ludDogQVBJIHA5NSBhbmQgZXJyb3IgcmF0ZSBhYm9ydCB0aGUgcnVuIG9uY2UgY3Jvc3NlZCAoYWZ0ZXIgYGRlbGF5QWJvcnRFdmFsYCBvZiBkYXRhKTtcbiAqIHRoZSBzdXN0YWluZWQtcmF0ZSBtZXRyaWMgaXMgbGlzdGVkIHdpdGggYW4gYWx3YXlzLXRydWUgcnVsZSBzbyB0aGUgc3VtbWFyeSBzaG93cyBpdHMgdmFsdWUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBicmVha3BvaW50R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgc3VzdGFpbmVkTWV0cmljOiBzdHJpbmcsIGRlbGF5QWJvcnRFdmFsID0gJzVzJyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5NU1zLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsIHRhZ3M6IGFwaSwgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuZXJyb3JSYXRlLCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0gfSxcbiAgICB7IG1ldHJpYzogc3VzdGFpbmVkTWV0cmljLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPj0nLCB2YWx1ZTogMCB9XSB9LFxuICBdO1xufVxuIiwgIi8vIGFwaTogZG9lcyBldmVyeSBlbmRwb2ludCBtZWV0IGl0cyBvd24gYnVkZ2V0PyBPbmUgY29uc3RhbnQtYXJyaXZhbC1yYXRlIHNjZW5hcmlvIHBlciBlbmRwb2ludFxuLy8gZ3JvdXAgKG9wZW4gbW9kZWw6IGEgc2xvdyBhbnN3ZXIgY2Fubm90IGxvd2VyIHRoZSByZXF1ZXN0IHJhdGUgYW5kIGhpZGUgaXRzZWxmKSwgZWFjaCBlbmRwb2ludFxuLy8gZ2F0ZWQgb24gaXRzIG93biBwOTUvcDk5IGFuZCBlcnJvciByYXRlIChoZWFsdGggcDk1IDwgNTAgbXMsIGV4cG9ydCBwOTUgPCAxIHMsIHRoZSByZXN0XG4vLyBwOTUgPCAyMDAgbXM7IHA5OSA8IDUwMCBtczsgZXJyb3JzIDwgMSAlKS5cbi8vIEVudjogUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTiAocywgZGVmYXVsdCA2MCksIEFQSV9SQVRFIChpdGVyYXRpb25zL3MgcGVyIGdyb3VwLCBkZWZhdWx0IDU7XG4vLyBoZWFsdGggMngsIGV4cG9ydCAvMiwgZ2VuZXJhdGUgLzUpLCBBUElfRVJST1JfUkFURSAocGVyLWVuZHBvaW50IGVycm9yIGJ1ZGdldCwgZGVmYXVsdCAwLjAxKSxcbi8vIFRIUkVTSE9MRF9BUElfUDk1X01TIC8gX1A5OV9NUyAvIFRIUkVTSE9MRF9IRUFMVEhfUDk1X01TIC8gVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMuXG5pbXBvcnQgeyBlbnZOdW1iZXIgfSBmcm9tICcuLi9saWIvY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBFTkRQT0lOVF9HUk9VUFMsIGdyb3VwZWRFbmRwb2ludHMsIHByZXBhcmVFbmRwb2ludEdyb3VwcywgcnVuR3JvdXBTdGVwLCB0eXBlIEVuZHBvaW50R3JvdXBEYXRhIH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9lbmRwb2ludC1ncm91cHMudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5pbXBvcnQgeyBndWFyZGVkQ29uZmlnIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IGNvbnN0YW50UmF0ZSB9IGZyb20gJy4uL2xpYi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBhYm9ydEdhdGVzLCBlbmRwb2ludEJ1ZGdldEdhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ2FwaScpO1xuY29uc3QgcmF0ZSA9IGVudk51bWJlcihfX0VOViwgJ0FQSV9SQVRFJywgNSwgeyBtaW46IDAuMSwgbWF4OiAxMF8wMDAsIHdoYXQ6ICdpdGVyYXRpb25zIHBlciBzZWNvbmQnIH0pO1xuY29uc3QgZXJyb3JSYXRlID0gZW52TnVtYmVyKF9fRU5WLCAnQVBJX0VSUk9SX1JBVEUnLCAwLjAxLCB7IG1pbjogMCwgbWF4OiAxLCB3aGF0OiAnYSBmcmFjdGlvbiAoZS5nLiAwLjAxKScgfSk7XG4vLyBSb29tIGZvciBhbiBvcGVuIG1vZGVsIHRvIGtlZXAgaXRzIHJhdGUgd2hpbGUgYW5zd2VycyBzbG93IGRvd24gKHJhdGUgeCA0IHMgb2YgbGF0ZW5jeSkuXG5jb25zdCBtYXhWVXMgPSBNYXRoLm1heCgxMCwgTWF0aC5jZWlsKHJhdGUgKiA0KSk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywge1xuICByb2xlczogW10sIC8vIGNsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyB0aGVpciBvd24gcG9vbCBhY2NvdW50XG4gIHdhbGxUaW1lUzogY29uZmlnLmR1cmF0aW9uUyxcbiAgc2NlbmFyaW9zOiBPYmplY3QuZnJvbUVudHJpZXMoXG4gICAgT2JqZWN0LmVudHJpZXMoRU5EUE9JTlRfR1JPVVBTKS5tYXAoKFtuYW1lLCBncm91cF0pID0+IFtuYW1lLCBjb25zdGFudFJhdGUoZ3JvdXAuZXhlYywgZ3JvdXAucmF0ZShyYXRlKSwgY29uZmlnLmR1cmF0aW9uUywgbWF4VlVzKV0pLFxuICApLFxuICBnYXRlczogWy4uLmVuZHBvaW50QnVkZ2V0R2F0ZXMoY29uZmlnLnRhcmdldHMsIGdyb3VwZWRFbmRwb2ludHMoKSwgZXJyb3JSYXRlKSwgLi4uYWJvcnRHYXRlcygpXSxcbn0pO1xuXG5leHBvcnQgeyBwb2xsUmVzb3VyY2VzLCB0ZWFyZG93biB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuZXhwb3J0IGNvbnN0IGhhbmRsZVN1bW1hcnkgPSBtYWtlSGFuZGxlU3VtbWFyeSh7IHNjZW5hcmlvOiAnYXBpJyB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIHNldHVwKCk6IFByb21pc2U8RW5kcG9pbnRHcm91cERhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVFbmRwb2ludEdyb3Vwcyhjb25maWcpO1xufVxuXG5jb25zdCBnID0gRU5EUE9JTlRfR1JPVVBTO1xuZXhwb3J0IGNvbnN0IGhlYWx0aCA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5oZWFsdGgsIGRhdGEpO1xuZXhwb3J0IGNvbnN0IHJlYWRzID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLnJlYWRzLCBkYXRhKTtcbmV4cG9ydCBjb25zdCBzdGF0dXMgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuc3RhdHVzLCBkYXRhKTtcbmV4cG9ydCBjb25zdCB3cml0ZXMgPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcud3JpdGVzLCBkYXRhKTtcbmV4cG9ydCBjb25zdCBnZW5lcmF0ZSA9IChkYXRhOiBFbmRwb2ludEdyb3VwRGF0YSkgPT4gcnVuR3JvdXBTdGVwKGNvbmZpZywgZy5nZW5lcmF0ZSwgZGF0YSk7XG5leHBvcnQgY29uc3QgZXhwb3J0Q291cnNlID0gKGRhdGE6IEVuZHBvaW50R3JvdXBEYXRhKSA9PiBydW5Hcm91cFN0ZXAoY29uZmlnLCBnLmV4cG9ydCwgZGF0YSk7XG5leHBvcnQgY29uc3QgYWRtaW4gPSAoZGF0YTogRW5kcG9pbnRHcm91cERhdGEpID0+IHJ1bkdyb3VwU3RlcChjb25maWcsIGcuYWRtaW4sIGRhdGEpO1xuIl0sCiAgIm1hcHBpbmdzIjogIjtBQXVCTyxJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQUEsRUFDWixzQkFBc0I7QUFDeEIsQ0FBQzs7O0FDekJNLElBQU0sUUFBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQSxFQUMvQixPQUFPO0FBQ2xCO0FBTU8sU0FBUyxjQUFjQSxPQUFjLE1BQXdCO0FBQ2xFLFFBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxRQUFNQyxRQUFPLENBQUMsTUFBYyxZQUEyQjtBQUNyRCxVQUFNLElBQUksZUFBZSwwQkFBMEIsSUFBSSxVQUFVLElBQUksS0FBSyxPQUFPLEVBQUU7QUFBQSxFQUNyRjtBQUNBLE1BQUk7QUFDSixNQUFJLFFBQVE7QUFDWixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLE9BQU9ELE1BQUssV0FBVyxDQUFDLE1BQU0sUUFBU0EsTUFBSyxNQUFNLENBQUMsSUFBSUE7QUFDN0QsUUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPO0FBQ2hDLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsVUFBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixRQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFFeEIsVUFBTSxTQUFtQixDQUFDO0FBQzFCLFFBQUksUUFBUTtBQUNaLFFBQUksU0FBUztBQUNiLFFBQUksWUFBWTtBQUNoQixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLFlBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsVUFBSSxRQUFRO0FBQ1YsWUFBSSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxJQUFLLENBQUMsU0FBUyxLQUFNO0FBQUEsaUJBQzdDLE1BQU0sSUFBSyxVQUFTO0FBQUEsWUFDeEIsVUFBUztBQUFBLE1BQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsZ0JBQVE7QUFDUixvQkFBWTtBQUFBLE1BQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxpQkFBUyxZQUFZO0FBQ3JCLGdCQUFRO0FBQUEsTUFDVixNQUFPLFVBQVM7QUFBQSxJQUNsQjtBQUNBLFFBQUksT0FBUSxDQUFBQyxNQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsV0FBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxRQUFJLENBQUMsU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLFlBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLFVBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0QsUUFBQUEsTUFBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQUEsTUFDaEg7QUFDQSxnQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGNBQVEsT0FBTztBQUNmO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxXQUFXLE1BQU8sQ0FBQUEsTUFBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxVQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxVQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxVQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsUUFBSSxVQUFVLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxRQUFJLGFBQWEsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFFBQUksQ0FBRSxNQUE0QixTQUFTLElBQUksRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9JLFFBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxTQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsYUFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDakQ7QUFDQSxNQUFJLENBQUMsUUFBUyxDQUFBQSxNQUFLLEdBQUcscUZBQXFGO0FBQzNHLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxNQUFjLE1BQXlCO0FBQ25FLFFBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxRQUFNLFdBQVc7QUFDakIsYUFBVyxRQUFRLEtBQUssTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFBRSxPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMvRSxVQUFNLFFBQVEsb0NBQW9DLEtBQUssSUFBSTtBQUMzRCxRQUFJLENBQUMsTUFBTyxPQUFNLElBQUksZUFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU0sSUFBSSxtQkFBbUIsUUFBUSxFQUFFO0FBQ25ILFVBQU0sTUFBTSxDQUFDLENBQVMsSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQUEsRUFDM0M7QUFDQSxNQUFJLE1BQU0sVUFBVSxNQUFNLFFBQVEsTUFBTSxVQUFVLEVBQUcsT0FBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUM3SSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFVBQVUsTUFBWSxHQUFtQjtBQUN2RCxTQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDOUM7QUFHTyxTQUFTLG9CQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsYUFBTyxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFFbkg7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLFdBQTREO0FBQ3BGLE1BQUksUUFBUTtBQUNaLGFBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLFVBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsVUFBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFFBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztBQUFBLGFBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO0FBQUEsYUFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtBQUFBLFFBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTztBQUNUOzs7QUNuRk8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBSUEsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBT0MsTUFBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRQSxXQUFVLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxTQUFPLEVBQUUsU0FBUyxPQUFPLE9BQUFBLE9BQU07QUFDakM7QUFFQSxTQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsUUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsUUFBTSxXQUFXO0FBQ2pCLE1BQUksQ0FBQyxNQUFPLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsUUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsUUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELE1BQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELFNBQU8sRUFBRSxLQUFLLElBQUk7QUFDcEI7QUFFQSxTQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixNQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxTQUFPLEtBQUssTUFBTSxPQUFPLGVBQWU7QUFDMUM7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsTUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsU0FBSyxNQUFNLE9BQU8sc0ZBQXNGO0FBQUEsRUFDMUc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csU0FBTztBQUFBLElBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtBQUFBLElBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtBQUFBLEVBQzVEO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU87QUFDaEQsTUFBSTtBQUNGLFdBQU8sY0FBYyxPQUFPLElBQUk7QUFBQSxFQUNsQyxTQUFTLE9BQU87QUFDZCxVQUFNLElBQUksWUFBWSxpQkFBaUIsaUJBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3ZGO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsS0FBNkI7QUFDNUMsUUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxRQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsTUFBSSxZQUFZLFFBQVMsTUFBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUNwSSxTQUFPLEVBQUUsU0FBUyxXQUFXLFFBQVEsS0FBSyxLQUFLLDRCQUE0QixFQUFFO0FBQy9FO0FBR08sU0FBUyxZQUFZLEtBQWtCO0FBQzVDLFFBQU0sSUFBSTtBQUNWLFFBQU0sWUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFFBQU0sVUFBVSxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyx1QkFBdUIsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN0SCxTQUFPO0FBQUEsSUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtBQUFBLElBQ3JELE9BQU87QUFBQSxNQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO0FBQUEsTUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsTUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsSUFDN0U7QUFBQSxJQUNBO0FBQUEsSUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO0FBQUEsSUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7QUFBQSxJQUNoRTtBQUFBLElBQ0EsV0FBVyxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJLE9BQU8sQ0FBQztBQUFBLElBQy9FLFNBQVMsUUFBUSxLQUFLLDBCQUEwQjtBQUFBLElBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtBQUFBLElBQ25ELGVBQWUsU0FBUyxLQUFLLElBQUksc0JBQXNCLEtBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDO0FBQUEsSUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO0FBQUEsSUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztBQUFBLElBQzdELFlBQVksSUFBSSxLQUFLLGVBQWUsTUFBUztBQUFBLElBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtBQUFBLElBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtBQUFBLElBQ3ZELFNBQVM7QUFBQSxNQUNQLFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO0FBQUEsTUFDN0YsYUFBYSxTQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztBQUFBLE1BQ2xFLFdBQVcsU0FBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7QUFBQSxNQUM1RCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO0FBQUEsTUFDekUsWUFBWSxTQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtBQUFBLE1BQzlGLHNCQUFzQixTQUFTLEdBQUcsS0FBVyw0QkFBNEIsS0FBSyxFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO0FBQUEsSUFDbko7QUFBQSxJQUNBLFdBQVcsSUFBSSxLQUFLLHdCQUF3QixLQUFLO0FBQUEsSUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtBQUFBLElBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtBQUFBLElBQ3JELFNBQVMsUUFBUSxHQUFHO0FBQUEsRUFDdEI7QUFDRjtBQUdPLFNBQVMsT0FBTyxTQUF5QjtBQUM5QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGO0FBTU8sU0FBUyxVQUFVLEtBQVUsTUFBYyxVQUFrQixPQUErRTtBQUNqSixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUN4T0EsT0FBT0MsV0FBVTs7O0FDQWpCLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQXVEOzs7QUNrQnZELElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFFQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsQ0FBQyxVQUFVLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxHQUEyQjtBQUNqRixpQkFBZSxRQUFRLElBQUksT0FBTyxPQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsS0FBSyxDQUFDO0FBQy9FO0FBR08sU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLFNBQU8sZUFBZSxRQUFRO0FBQ2hDOzs7QUZTQSxJQUFNLFFBQVEsQ0FBSSxTQUE4QztBQUVoRSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBRS9DLElBQU0sU0FBUztBQUFBLEVBQ3BCLFFBQVEsTUFBMEIsQ0FBQyxVQUFVLE1BQU0sUUFBUSxNQUFNLElBQUk7QUFBQSxFQUNyRSxPQUFPLE1BQWEsQ0FBQyxVQUFVO0FBQzdCLFVBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsRUFDaEQsQ0FBQztBQUFBLEVBQ0QsWUFBWSxNQUFrQixDQUFDLFVBQVUsUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hHLFFBQVEsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hGLG9CQUFvQixNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsYUFBYSxNQUF5QyxDQUFDLFVBQVUsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDdEYsS0FBSyxNQUFXLENBQUMsVUFBVSxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsU0FBUyxNQUFlLENBQUMsVUFBVSxPQUFPLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUN2RSxXQUFXLE1BQStCLENBQUMsVUFBVTtBQUNuRCxVQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUM1RSxDQUFDO0FBQ0g7QUFLQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTLFlBQVksSUFBSSxTQUFTO0FBQ3BIO0FBR0EsU0FBUyxTQUFTLEtBQXNCO0FBQ3RDLFNBQU8sQ0FBQyxTQUFTO0FBQ2YsUUFBSTtBQUNGLGFBQU8sSUFBSSxLQUFLLElBQUksS0FBSztBQUFBLElBQzNCLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsVUFBVSxLQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO0FBQUEsRUFDdEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGtCQUFrQixvQkFBSSxJQUFzRDtBQUNsRixTQUFTLGFBQWFDLFNBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsSUFBSUEsT0FBTTtBQUN6QyxNQUFJLENBQUMsVUFBVTtBQUNiLGVBQVcsS0FBSyxpQkFBaUJBLE9BQU07QUFDdkMsb0JBQWdCLElBQUlBLFNBQVEsUUFBUTtBQUFBLEVBQ3RDO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBWSxvQkFBSSxJQUFnRTtBQUV0RixTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsSUFBSSxRQUFRO0FBQ2hDLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLElBQUksVUFBVSxHQUFHO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1Q7QUFJTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQVMsb0JBQUksSUFBc0I7QUFBQTtBQUFBLEVBV3BELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBOEI7QUFDcEYsUUFBSUMsVUFBUyxLQUFLLE9BQU8sSUFBSSxRQUFRO0FBQ3JDLFFBQUksQ0FBQ0EsU0FBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsTUFBQUEsVUFBUyxFQUFFLFNBQVMsTUFBTSxZQUFZLFFBQVEsR0FBRyxTQUFTLEtBQUssU0FBUyxrQkFBa0IsYUFBYSxRQUFRLEVBQUU7QUFDakgsV0FBSyxPQUFPLElBQUksVUFBVUEsT0FBTTtBQUFBLElBQ2xDO0FBQ0EsV0FBT0E7QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0FDLFFBQ0EsU0FDVztBQUNYLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTSxLQUFLLFFBQVEsUUFBUSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUksSUFBSSxjQUFjLEtBQUssVUFBVSxPQUFPLElBQUksTUFBTSxLQUFLLFVBQVUsVUFBVSxVQUFVLFdBQVcsQ0FBQztBQUN4SixVQUFNLFdBQVcsSUFBSSxXQUFXO0FBQ2hDLFFBQUksSUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBQzVDLFVBQU0sVUFBVSxDQUFDQSxVQUFVLE9BQU8sR0FBRyxLQUFLQSxPQUFNLFNBQVMsR0FBRyxDQUFDO0FBQzdELFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVQSxXQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxVQUFNLFVBQVUsUUFBUUEsTUFBSyxLQUFLLFlBQVk7QUFDOUMsUUFBSTtBQUNKLFFBQUksU0FBUztBQUNiLFdBQU87QUFBQSxNQUNMLElBQUk7QUFBQSxNQUNKLFFBQVEsSUFBSTtBQUFBLE1BQ1osSUFBSSxPQUFPO0FBQ1QsWUFBSSxXQUFXLENBQUMsUUFBUTtBQUN0QixpQkFBTyxVQUFVLEdBQUc7QUFDcEIsbUJBQVM7QUFBQSxRQUNYO0FBQ0EsZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFDM0YsVUFBTUQsVUFBUyxPQUFPLFFBQVEsS0FBSyxFQUNoQyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxVQUFVLE1BQVMsRUFDekMsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUMsRUFBRSxFQUNuRSxLQUFLLEdBQUc7QUFDWCxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUdBLFVBQVMsSUFBSUEsT0FBTSxLQUFLLEVBQUUsSUFBSSxLQUFLLE9BQU8sVUFBVTtBQUFBLEVBQ25IO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLE1BQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU07QUFBQSxFQUN2RjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sa0JBQWtCO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxRQUFRLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQzlFO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLE1BQU0sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLE1BQU0sSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLE9BQU87QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsTUFBTSxhQUFhLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUN2RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxNQUFNLFVBQVUsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ3BHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUNGOzs7QUc5UUEsU0FBUyxTQUFBRSxjQUFhO0FBQ3RCLE9BQU9DLFdBQVU7QUFDakIsT0FBTyxhQUFhO0FBQ3BCLE9BQU9DLFdBQVU7OztBQ0ZqQixTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBMEU7OztBQ0gxRSxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQUV6QixTQUFTLGFBQWEsR0FBbUI7QUFDOUMsU0FBTyxHQUFHLGFBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQ3ZEO0FBR08sU0FBUyxTQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsU0FBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQzVFO0FBR08sU0FBUyxRQUFRLE9BQW1DO0FBQ3pELFFBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLFNBQU8sUUFBUSxDQUFDO0FBQ2xCO0FBR08sU0FBUyxXQUFXLE9BQW1DO0FBQzVELFFBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsU0FBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7QUFDcEM7QUFNTyxTQUFTLFdBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixNQUFJLENBQUMsTUFBTSxXQUFXLGdCQUFnQixFQUFHLFFBQU87QUFDaEQsUUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixNQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixRQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLFNBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUs7QUFDcEU7OztBRDVCQSxJQUFNLGNBQWM7QUFDcEIsSUFBTSxhQUFhO0FBaUJuQixTQUFTLFFBQVEsVUFBc0M7QUFDckQsUUFBTSxVQUFzQixDQUFDO0FBQzdCLFdBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLEtBQUssWUFBYSxTQUFRLEtBQUssR0FBSUMsTUFBSyxNQUFNLFNBQVMsTUFBTSxHQUFHLElBQUksV0FBVyxDQUFDLENBQWdCO0FBQ3JJLFNBQU87QUFDVDtBQUVBLFNBQVMsT0FBTyxNQUFjLE9BQWdCLFdBQVcsSUFBSTtBQUMzRCxRQUFNLFVBQWtDLEVBQUUsUUFBUSxvQkFBb0IsZ0JBQWdCLG1CQUFtQjtBQUN6RyxNQUFJLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2xELFNBQU8sRUFBRSxTQUFTLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSxVQUFVLElBQUksR0FBRyxHQUFHLFNBQVMsR0FBRyxRQUFRLElBQUk7QUFDOUY7QUFFQSxTQUFTLEtBQVEsS0FBOEI7QUFDN0MsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUFBLEVBQ3RDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxXQUFXQyxTQUFnQixPQUFlLFVBQXNDO0FBQzlGLFFBQU0sTUFBTUQsTUFBSyxLQUFLLEdBQUdDLFFBQU8sT0FBTyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUksS0FBSyxVQUFVLEVBQUUsT0FBTyxTQUFTLENBQUMsR0FBRyxPQUFPLE9BQU8sQ0FBQztBQUMvRyxTQUFPLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ25GO0FBR08sU0FBUyxjQUFjQSxTQUFnQixRQUFnQztBQUM1RSxRQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsUUFBTztBQUN4RSxRQUFNLFNBQXdCLEVBQUUsVUFBVSxPQUFPLFFBQVEsU0FBUyxHQUFHLFFBQVEsR0FBRyxTQUFTLEdBQUcsV0FBVyxFQUFFO0FBQ3pHLE1BQUksV0FBVyxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEQsUUFBTSxPQUFPQSxRQUFPO0FBRXBCLFFBQU0sUUFBUSxDQUFDLFVBQ2IsUUFBUSxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxRQUFRLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxNQUFNLENBQUMsSUFBSSxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxDQUFDLEVBQUcsT0FBTyxVQUFVLE9BQU8sQ0FBQyxFQUFHLFNBQVMsQ0FBQyxHQUFHLFFBQVEsT0FBTyxPQUFPLEVBQUUsRUFBRSxDQUFDLEVBQUUsSUFBSSxDQUFDLEtBQUssTUFBTTtBQUN6TSxVQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFDeEYsUUFBSSxDQUFDLE1BQU8sT0FBTSxJQUFJLE1BQU0sMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSx1Q0FBdUM7QUFDekwsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNILFFBQU0sU0FBUyxNQUFNLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLENBQUM7QUFFNUMsUUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLGFBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDcEcsUUFBTSxPQUFPLENBQUMsVUFBb0IsUUFBUSxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ3hJLFFBQU0sV0FBVyxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUN2QyxNQUFJLFNBQVMsS0FBSyxRQUFRLEVBQUUsSUFBSSxDQUFDLEtBQUssTUFBTTtBQUMxQyxVQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxJQUFJO0FBQ3RGLFFBQUksQ0FBQyxLQUFNLE9BQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUNqSCxXQUFPO0FBQUEsRUFDVCxDQUFDO0FBRUQsTUFBSSxRQUFRO0FBRVYsYUFBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLE1BQU0sU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDbkYsWUFBTSxZQUFZLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLE1BQU0sSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLFVBQVUsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLENBQUMsSUFBSSxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ3ZLLGFBQU8sV0FBVyxRQUFRLFNBQVMsRUFBRSxPQUFPLENBQUMsUUFBUSxJQUFJLFdBQVcsR0FBRyxFQUFFO0FBQ3pFLGVBQVMsS0FBSyxRQUFRLEVBQUUsSUFBSSxDQUFDLFFBQVEsS0FBNkMsR0FBRyxLQUFLLEVBQUUsT0FBTyxHQUFHLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUNuSDtBQUFBLEVBQ0Y7QUFFQSxRQUFNLFlBQTJFLENBQUM7QUFDbEYsU0FBTyxRQUFRLENBQUMsT0FBTyxNQUFNO0FBQzNCLFVBQU0sT0FBTyxPQUFPLENBQUMsRUFBRztBQUN4QixRQUFJLFFBQVEsT0FBUSxRQUFPO0FBQzNCLGFBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRLEtBQUs7QUFDdkMsWUFBTUMsWUFBVyxNQUFNLFNBQVMsYUFBYSxLQUFLO0FBQ2xELFlBQU0sU0FBUyxFQUFFLE9BQU8sYUFBYSxDQUFDLEdBQUcsT0FBTyxpQkFBaUIsQ0FBQyxJQUFJLE9BQU8sWUFBWSxlQUFlQSxZQUFXLElBQUksRUFBRTtBQUN6SCxnQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLFVBQUFBLFdBQVUsU0FBUyxFQUFFLFFBQVEsUUFBUSxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLElBQUksTUFBTSxLQUFLLFVBQVUsTUFBTSxHQUFHLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7QUFBQSxJQUNqTDtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sVUFBVSxRQUFRLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLENBQUM7QUFDdkQsUUFBTSxhQUEwQyxDQUFDO0FBQ2pELFVBQVEsUUFBUSxDQUFDLEtBQUssTUFBTTtBQUMxQixVQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sS0FBaUIsR0FBRyxHQUFHLEtBQUs7QUFDNUQsUUFBSSxPQUFPLE9BQVcsT0FBTSxJQUFJLE1BQU0sa0NBQWtDLE9BQU8sVUFBVSxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQzdJLFdBQU87QUFDUCxRQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztBQUFBLEVBQ2hGLENBQUM7QUFFRCxRQUFNLFVBQVUsUUFBUSxXQUFXLElBQUksQ0FBQ0MsUUFBTyxFQUFFLFFBQVEsUUFBUSxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sU0FBU0EsR0FBRSxFQUFFLENBQUMsSUFBSSxNQUFNLE1BQU0sUUFBUSxPQUFPLG9CQUFvQixPQUFPQSxHQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUMzSyxNQUFJLE9BQU8sUUFBUSxJQUFJLENBQUMsS0FBSyxNQUFNO0FBQ2pDLFVBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFxQixHQUFHLEdBQUcsU0FBUztBQUN2RSxRQUFJLFVBQVUsT0FBVyxPQUFNLElBQUksTUFBTSxvQ0FBb0MsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDbkosV0FBTyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUcsT0FBTyxNQUFNO0FBQUEsRUFDOUMsQ0FBQztBQUNELFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUYsUUFBTyxxQkFBcUI7QUFDMUQsU0FBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixRQUFJLEtBQUssSUFBSSxJQUFJLFNBQVUsT0FBTSxJQUFJLE1BQU0sWUFBWSxLQUFLLE1BQU0sK0RBQStEQSxRQUFPLGtCQUFrQixHQUFHO0FBQzdKLFVBQU0sQ0FBQztBQUNQLFVBQU0sU0FBUyxRQUFRLEtBQUssSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLElBQUksRUFBRSxLQUFLLENBQUMsSUFBSSxRQUFRLE9BQU8sb0JBQW9CLE9BQU8sRUFBRSxLQUFLLENBQUMsRUFBRSxFQUFFLENBQUM7QUFDckosVUFBTUcsUUFBb0IsQ0FBQztBQUUzQixVQUFNLFVBQVUsQ0FBQyxHQUFHLElBQUksSUFBSSxLQUFLLE9BQU8sQ0FBQyxHQUFHLE1BQU0sT0FBTyxDQUFDLEVBQUcsV0FBVyxHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsQ0FBQztBQUNqRyxVQUFNLE9BQU8sRUFBRSxRQUFRLENBQUMsT0FBTyxNQUFPLE9BQU8sUUFBUSxDQUFDLENBQUUsSUFBSSxLQUFNO0FBQ2xFLFdBQU8sUUFBUSxDQUFDLEtBQUssTUFBTTtBQUN6QixZQUFNQyxVQUFTLEtBQTBDLEdBQUc7QUFDNUQsVUFBSUEsU0FBUSxXQUFXLFNBQVUsT0FBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssWUFBWUEsUUFBTyxTQUFTLGlCQUFpQixFQUFFO0FBQ2hLLFVBQUlBLFNBQVEsV0FBVyxZQUFhLFFBQU87QUFBQSxVQUN0QyxDQUFBRCxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFBQSxJQUN6QixDQUFDO0FBQ0QsV0FBT0E7QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxjQUFjSCxTQUFnQixZQUFvQixRQUFnQixRQUE0QztBQUM1SCxRQUFNLE9BQU9BLFFBQU87QUFDcEIsTUFBSSxVQUFVO0FBQ2QsTUFBSSxTQUFTO0FBQ2IsV0FBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsVUFBTSxNQUFNRCxNQUFLLElBQUksR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU0sSUFBSSxPQUFPLGtCQUFrQixVQUFVLENBQUM7QUFDM0osVUFBTSxTQUFTLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsR0FBRyxRQUFRLFdBQWMsQ0FBQztBQUM5RyxRQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLFVBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsVUFBTSxPQUFPLFFBQVEsT0FBTyxJQUFJLENBQUMsT0FBTyxFQUFFLFFBQVEsVUFBVSxLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsQ0FBQyxJQUFJLFFBQVEsT0FBTyxvQkFBb0IsVUFBVSxFQUFFLEVBQUUsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxPQUFPLEVBQUUsV0FBVyxHQUFHLEVBQUU7QUFDek0sZUFBVztBQUNYLGNBQVUsTUFBTSxTQUFTO0FBQUEsRUFDM0I7QUFDQSxTQUFPO0FBQ1Q7OztBRXJKQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPLFVBQVU7OztBQ0RWLElBQU0sU0FBaUIsWUFBWSxLQUFLO0FBR3hDLFNBQVMsY0FBYyxPQUF1QjtBQUNuRCxzQkFBb0IsUUFBUSxLQUFLO0FBQ2pDLFNBQU87QUFDVDs7O0FEUUEsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxNQUFNLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQyx1RUFBdUU7QUFBQSxFQUN4SjtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQW9CO0FBRXBDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJLElBQUksWUFBWSxTQUFTLElBQUksSUFBSSxNQUFNLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUksQ0FBQztBQUN6SCxTQUFPO0FBQUEsSUFDTCxRQUFRLDBCQUEwQixJQUFJO0FBQUEsSUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsSUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUVPLFNBQVMsU0FBU00sU0FBc0I7QUFDN0MsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTyxFQUFFLFFBQVEsY0FBYyxPQUFPQSxRQUFPLFdBQVcsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUyxHQUFHO0FBQUEsRUFDaEo7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFTTyxTQUFTLGVBQWVDLE9BQVksT0FBd0IsT0FBcUI7QUFDdEYsUUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJO0FBQ3pDLFFBQU0sVUFBVSxvQkFBb0JBLE1BQUssT0FBTyxRQUFRQSxNQUFLLE1BQU07QUFDbkUsTUFBSSxRQUFTLE9BQU0sSUFBSSxNQUFNLE9BQU87QUFDdEM7QUFHTyxJQUFNLE9BQWEsU0FBUyxNQUFTOzs7QUh0QzVDLElBQU0sZUFBZTtBQUNyQixJQUFNLGdCQUFnQjtBQUV0QixTQUFTLE1BQU0sU0FBd0I7QUFDckMsRUFBQUMsTUFBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixRQUFNLElBQUksTUFBTSxPQUFPO0FBQ3pCO0FBRUEsU0FBUyxNQUFNLFNBQXVCO0FBQ3BDLFFBQU1DLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFFBQU0sTUFBTUMsTUFBSyxJQUFJRCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILE1BQUksSUFBSSxXQUFXLEdBQUc7QUFDcEIsVUFBTSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWEsK0NBQStDO0FBQUEsRUFDNUo7QUFDQSxNQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLFVBQU0sbUJBQW1CQSxJQUFHLGFBQWEsSUFBSSxNQUFNLDJFQUEyRTtBQUFBLEVBQ2hJO0FBQ0Y7QUFFQSxTQUFTLGNBQWNFLFNBQWdCLFFBQXVDLE1BQW9CO0FBQ2hHLFNBQU8sT0FBTyxJQUFJLEtBQUtBLFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDNUM7QUFHQSxTQUFTLE1BQU0sUUFBbUJBLFNBQWdCLFFBQXVDLE1BQW9CO0FBQzNHLE1BQUksS0FBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBRyxLQUFLLE1BQU0sV0FBVyxJQUFJLHFDQUFxQztBQUNwRyxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUksS0FBSyxRQUFRLE1BQU0sR0FBRyxjQUFjQSxTQUFRLFFBQVEsSUFBSSxDQUFDO0FBQ3JGLFFBQU0sU0FBUyxPQUFPLE1BQU0sT0FBTyxRQUFRO0FBQzNDLE1BQUksQ0FBQyxPQUFPLE1BQU07QUFDaEIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxRQUFRQSxRQUFPLFlBQVksZUFBZUEsUUFBTyxTQUFTLEtBQUtBLFFBQU8sWUFBWSxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFBZSxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQzlMLFVBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7QUFBQSxFQUN4RztBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhLEVBQUUsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDLElBQUksT0FBTyxnQkFBZ0IsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ3BJLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsVUFBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGNBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixTQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07QUFBQSxFQUMvQjtBQUNBLFFBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsUUFBTyxxQkFBcUI7QUFDMUQsYUFBVyxTQUFTLE1BQU07QUFDeEIsZUFBUztBQUNQLFlBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsVUFBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csVUFBSSxLQUFLLElBQUksSUFBSSxTQUFVLE9BQU0sNkRBQTZEQSxRQUFPLGtCQUFrQixJQUFJO0FBQzNILE1BQUFDLE9BQU0sR0FBRztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBUUEsZUFBZSxrQkFBMEQ7QUFDdkUsUUFBTSxRQUF1QyxDQUFDO0FBQzlDLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO0FBQUEsSUFDOUIsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxjQUFjRCxTQUFnQixRQUFnRDtBQUNyRixRQUFNLFFBQVEsVUFBV0gsTUFBSyxLQUFLLFFBQVEsYUFBYSxDQUFDLENBQXdEO0FBQ2pILFFBQU0sU0FBa0IsQ0FBQztBQUN6QixhQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssR0FBRyxJQUFLLFFBQU8sS0FBSyxFQUFFLE1BQU0sR0FBRyxLQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWNHLFNBQVEsUUFBUSxJQUFJLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDako7QUFDQSxTQUFPO0FBQ1Q7QUFTQSxlQUFzQixXQUFXQSxTQUFnQkUsV0FBMEIsQ0FBQyxHQUFxQjtBQUMvRixRQUFNRixRQUFPLE9BQU87QUFDcEIsUUFBTSxTQUFTLE1BQU0sZ0JBQWdCO0FBQ3JDLFFBQU0sWUFBWSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQ2xFLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJLE1BQU0sV0FBV0EsU0FBUSxRQUFRLElBQUk7QUFDOUUsUUFBTSxRQUFRLFNBQVM7QUFDdkIsUUFBTSxRQUFRLGNBQWNBLFNBQVEsT0FBTyxPQUFPLGtCQUFrQixDQUFDLFVBQVUsV0FBVyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzlHLE1BQUksUUFBUSxFQUFHLFNBQVEsSUFBSSxrQkFBa0IsS0FBSyx3Q0FBd0M7QUFDMUYsTUFBSUUsU0FBUSxTQUFTO0FBQ25CLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBSTtBQUNGLFlBQU0sSUFBSSxjQUFjRixTQUFRLGNBQWNBLFNBQVEsTUFBTSxDQUFDO0FBQzdELGNBQVEsSUFBSSxxQkFBcUJBLFFBQU8sUUFBUSxPQUFPLDhCQUE4QixFQUFFLFFBQVEsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sa0JBQWtCLEtBQUssSUFBSSxJQUFJLFdBQVcsS0FBTSxRQUFRLENBQUMsQ0FBQyxJQUFJO0FBQUEsSUFDdlEsU0FBUyxPQUFPO0FBQ2QsWUFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGtCQUFrQkUsU0FBUSxPQUFPLFlBQVksVUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9GLE9BQU0sSUFBSSxDQUFDO0FBQ25HLFNBQU8sRUFBRSxPQUFPLFFBQVEsaUJBQWlCLGdCQUFnQixPQUFPO0FBQ2xFO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFpQztBQUMxRSxNQUFJLENBQUMsTUFBTSxTQUFTLEtBQUssTUFBTSxVQUFVLEVBQUc7QUFFNUMsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxTQUFTLEdBQUcsS0FBSyxnQkFBZ0IsU0FBU0EsUUFBTyxNQUFNLE1BQU0sUUFBUTtBQUM5RyxRQUFNLFFBQVEsV0FBV0EsU0FBUSxPQUFPLFFBQVE7QUFDaEQsTUFBSSxDQUFDLE9BQU87QUFDVixZQUFRLE1BQU0saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSyw4QkFBOEI7QUFDaEo7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLGNBQWNBLFNBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVLFdBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLE1BQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7QUFDeEY7OztBSm5JQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBQzNFLElBQU0sU0FBUyxDQUFDLFNBQXNCLEtBQUssZ0JBQWdCLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxLQUFLLGdCQUFnQixNQUFNLENBQUM7QUFHM0csSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixRQUFRLEVBQUUsTUFBTSxVQUFVLFdBQVcsQ0FBQyxRQUFRLEdBQUcsTUFBTSxDQUFDLE1BQU0sSUFBSSxHQUFHLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUU7QUFBQSxFQUMxRyxPQUFPO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsZ0JBQWdCLGNBQWMsYUFBYTtBQUFBLElBQ3ZELE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDYixPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxLQUFLLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxHQUFHLENBQUMsRUFBRSxLQUFLLEdBQUcsU0FBUyxLQUFLLFVBQVUsT0FBTyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxXQUFXLE9BQU8sSUFBSSxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQy9KO0FBQUEsRUFDQSxRQUFRLEVBQUUsTUFBTSxVQUFVLFdBQVcsQ0FBQyxTQUFTLEdBQUcsTUFBTSxDQUFDLE1BQU0sR0FBRyxPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUFTLEtBQUssT0FBTyxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQUEsRUFDdkgsUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGlCQUFpQixpQkFBaUIsZUFBZTtBQUFBLElBQzdELE1BQU0sQ0FBQyxNQUFNO0FBQUE7QUFBQSxJQUViLE9BQU87QUFBQSxNQUNMLENBQUMsRUFBRSxLQUFLLEdBQUcsT0FBTyxVQUFVO0FBQzFCLGNBQU0sVUFBVSxLQUFLLGFBQWEsRUFBRSxPQUFPLE1BQU0sV0FBVyxHQUFHLE9BQU8sVUFBVSxPQUFPLGdCQUFnQixlQUFlLEVBQUUsQ0FBQztBQUN6SCxZQUFJLENBQUMsUUFBUSxLQUFNO0FBQ25CLGFBQUssYUFBYSxRQUFRLEtBQUssSUFBSSxFQUFFLE9BQU8sV0FBVyxDQUFDO0FBQ3hELGFBQUssYUFBYSxRQUFRLEtBQUssRUFBRTtBQUFBLE1BQ25DO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFVBQVU7QUFBQSxJQUNSLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxpQkFBaUI7QUFBQSxJQUM3QixNQUFNLENBQUMsTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNoQyxPQUFPO0FBQUEsTUFDTCxDQUFDLEVBQUUsS0FBSyxHQUFHLE9BQU8sVUFBVTtBQUMxQixjQUFNLFVBQVUsS0FBSyxhQUFhLEVBQUUsT0FBTyxNQUFNLFNBQVMsR0FBRyxPQUFPLGNBQWMsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ3ZILFlBQUksUUFBUSxLQUFNLE1BQUssU0FBUyxRQUFRLEtBQUssRUFBRTtBQUFBLE1BQ2pEO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFFBQVE7QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxlQUFlO0FBQUEsSUFDM0IsTUFBTSxDQUFDLE1BQU0sS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDaEMsT0FBTyxlQUFlLElBQUksQ0FBQyxXQUFpQixDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxhQUFhLE9BQU8sSUFBSSxHQUFHLE1BQU0sQ0FBQztBQUFBLEVBQ3pHO0FBQUEsRUFDQSxPQUFPO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsZUFBZSxjQUFjLGFBQWE7QUFBQSxJQUN0RCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2IsT0FBTyxDQUFDLENBQUMsRUFBRSxPQUFBRyxPQUFNLE1BQU1BLE9BQU0sV0FBVyxHQUFHLENBQUMsRUFBRSxPQUFBQSxPQUFNLE1BQU1BLE9BQU0sVUFBVSxFQUFFLEdBQUcsQ0FBQyxFQUFFLE9BQUFBLE9BQU0sTUFBTUEsT0FBTSxXQUFXLENBQUM7QUFBQSxFQUNsSDtBQUNGO0FBR08sU0FBUyxtQkFBK0I7QUFDN0MsU0FBTyxDQUFDLEdBQUcsT0FBTyxPQUFPLGVBQWUsRUFBRSxRQUFRLENBQUMsVUFBVSxNQUFNLFNBQVMsR0FBRyxPQUFPO0FBQ3hGO0FBR0EsZUFBc0Isc0JBQXNCQyxTQUE0QztBQUN0RixRQUFNLE9BQU8sTUFBTSxXQUFXQSxTQUFRLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFDcEQsUUFBTSxTQUFTLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDcEYsUUFBTSxTQUFTLE9BQU8sYUFBYSxFQUFFLE9BQU8sWUFBWSxLQUFLLEtBQUssSUFBSSxPQUFPLGVBQWUsT0FBTyxZQUFZLGVBQWUsRUFBRSxDQUFDO0FBQ2pJLE1BQUksQ0FBQyxPQUFPLEtBQU0sT0FBTSxJQUFJLE1BQU0sOEVBQThFLE9BQU8sTUFBTSxHQUFHO0FBQ2hJLFFBQU0sTUFBTSxPQUFPLFNBQVMsT0FBTyxLQUFLLEVBQUU7QUFDMUMsTUFBSSxDQUFDLElBQUksS0FBTSxPQUFNLElBQUksTUFBTSwyRUFBMkUsSUFBSSxNQUFNLEdBQUc7QUFDdkgsU0FBTyxFQUFFLEdBQUcsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPO0FBQzNDO0FBRUEsSUFBSTtBQUNKLElBQUksT0FBTztBQUdKLFNBQVMsYUFBYUEsU0FBZ0IsT0FBc0IsTUFBK0I7QUFDaEcsY0FBWTtBQUFBLElBQ1YsTUFBTSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxPQUFPO0FBQUEsSUFDM0UsT0FBTyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxLQUFLO0FBQUEsRUFDNUU7QUFDQSxRQUFNLE9BQU8sTUFBTSxNQUFNLFNBQVMsTUFBTSxNQUFNLE1BQU07QUFFcEQsT0FBSyxTQUFTLE1BQU0sQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxNQUFLLEdBQUcsUUFBUSxNQUFNQSxNQUFLLEdBQUcsbUJBQW1CLEVBQUU7QUFDbkg7OztBU3RHQSxPQUFPQyxXQUFVO0FBQ2pCLFNBQVMsU0FBUyxhQUFhOzs7QUMyQi9CLElBQU0sY0FBYztBQUNwQixJQUFNLFdBQVc7QUFDakIsSUFBTSxhQUFhO0FBR1osU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxZQUFZLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxNQUFNLHdCQUF3QixNQUFNLDhCQUE4QjtBQUMzRyxRQUFNLFVBQVUsT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQ3pDLE1BQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxRQUFJLENBQUMsU0FBUyxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsS0FBSyxLQUFLLEdBQUc7QUFDaEQsWUFBTSxJQUFJLE1BQU0sZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU0sMkRBQTJEO0FBQUEsSUFDckg7QUFBQSxFQUNGO0FBQ0EsU0FBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ2hGO0FBR08sU0FBUyxXQUFXLE1BQW1EO0FBQzVFLFFBQU0sYUFBYSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQzVDLE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUssRUFBRyxPQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEksU0FBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztBQUM1QztBQUVBLFNBQVMsS0FBSyxNQUF5QjtBQUNyQyxRQUFNQyxRQUFPLFdBQVcsSUFBSTtBQUM1QixNQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLFNBQU8sRUFBRSxXQUFXQSxPQUFNLGFBQWEsTUFBTSxHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUMsRUFBRztBQUN2SDtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBRC9ETyxJQUFNLG1CQUFtQixJQUFJLE1BQU0sb0JBQW9CO0FBRXZELElBQU0sd0JBQXdCLElBQUksTUFBTSwwQkFBMEI7QUFFbEUsSUFBTSxpQkFBaUIsSUFBSSxNQUFNLGtCQUFrQjtBQUVuRCxJQUFNLHVCQUF1QixJQUFJLFFBQVEsd0JBQXdCO0FBRWpFLElBQU0scUJBQXFCLElBQUksTUFBTSxpQ0FBaUM7QUFTN0UsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFFbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUdHLFNBQVMsa0JBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQU07QUFBQSxJQUNOLE1BQU07QUFBQSxJQUNOLFVBQVU7QUFBQSxJQUNWLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUM5QyxpQkFBaUI7QUFBQSxJQUNqQixRQUFRO0FBQUEsSUFDUixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztBQUFBLEVBQ25DO0FBQ0Y7QUFFQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBUU8sU0FBUyxjQUFjLFlBQTBCO0FBQ3RELFFBQU0sTUFBTUMsTUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLE1BQThDLElBQUksSUFBSSxJQUFJO0FBQzVGLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLHlCQUFxQixJQUFJLENBQUM7QUFDMUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLHNCQUFxQixJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzNHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMscUJBQWlCLElBQUksT0FBTyxXQUFXO0FBQ3ZDLDBCQUFzQixJQUFJLE9BQU8saUJBQWlCO0FBQ2xELG1CQUFlLElBQUksT0FBTyxTQUFTO0FBQ25DLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQUEsRUFDdEM7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLFlBQTBCO0FBQzNELFFBQU0sTUFBTUEsTUFBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCLFNBQVUsb0JBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDOUg7QUFZTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CLE9BQVcsT0FBTSxLQUFLLEVBQUUsUUFBUSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDLEVBQUUsQ0FBQztBQUNsSyxNQUFJLE9BQU8sY0FBZSxPQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUN4SCxTQUFPO0FBQ1Q7OztBRWhFTyxTQUFTLFVBQVUsV0FBdUQ7QUFDL0UsU0FBTyxPQUFPLFVBQVUsU0FBUyxJQUFJLEVBQUUsTUFBTSxXQUFXLFVBQVUsS0FBSyxJQUFJLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxFQUFFLENBQUMsR0FBRyxVQUFVLEtBQUs7QUFDN0k7QUFHTyxTQUFTLGFBQWFDLE9BQWMsV0FBbUIsV0FBbUJDLFNBQWdCLFlBQVksTUFBZ0I7QUFDM0gsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBQUQ7QUFBQSxJQUNBLEdBQUcsVUFBVSxTQUFTO0FBQUEsSUFDdEIsVUFBVSxHQUFHLFNBQVM7QUFBQSxJQUN0QixpQkFBaUIsS0FBSyxJQUFJQyxTQUFRLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQ25FLFFBQUFBO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFDRjtBQU9PLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUNqQzNGLFNBQVMsYUFBYUMsU0FBZ0IsT0FBaUM7QUFHNUUsUUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxRQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixNQUFJQSxRQUFPLFlBQVk7QUFDckIsY0FBVSxZQUFZLGtCQUFrQixNQUFNLFNBQVM7QUFDdkQsVUFBTTtBQUFBLE1BQ0osR0FBRyxjQUFjO0FBQUEsUUFDZixVQUFVQSxRQUFPLFFBQVE7QUFBQSxRQUN6QixZQUFZQSxRQUFPLFFBQVE7QUFBQSxRQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFFBQU8sUUFBUSx1QkFBdUI7QUFBQSxRQUMvRSxlQUFlQSxRQUFPO0FBQUEsTUFDeEIsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsTUFBSUEsUUFBTyxjQUFlLGdCQUFlLE1BQU0sTUFBTSxTQUFTLE9BQU8sVUFBVSxTQUFTLENBQUM7QUFDekYsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFlBQVksZUFBZSxLQUFLO0FBQUE7QUFBQSxJQUVoQyxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsS0FBS0EsUUFBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7QUFBQSxJQUN0RyxtQkFBbUI7QUFBQSxFQUNyQjtBQUNGO0FBRUEsU0FBUyxTQUFTLFVBQTZCO0FBQzdDLFFBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFDNUMsTUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxNQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWEsb0JBQXFCLFNBQVEsT0FBTyxLQUFLO0FBQzdILFNBQU87QUFDVDtBQUdPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDtBQUdPLFNBQVMsdUJBQTZCO0FBQzNDLE1BQUksT0FBVSxXQUFZLG9CQUFtQixPQUFVLFVBQVU7QUFDbkU7QUFHTyxTQUFTLFNBQVMsTUFBc0I7QUFDN0MsdUJBQXFCO0FBQ3JCLGFBQVcsUUFBVyxJQUFJO0FBQzVCOzs7QUMzRU8sU0FBUyxVQUFVQyxPQUFzQjtBQUM5QyxTQUFPQSxNQUFLLFFBQVEsWUFBWSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQyxDQUFFO0FBQ3ZIO0FBR08sU0FBUyxtQkFBbUJBLE9BQXNCO0FBQ3ZELFNBQU9BLE1BQUssUUFBUSxPQUFPLEtBQUssRUFBRSxRQUFRLFlBQVksR0FBRyxFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU07QUFDdkc7OztBQzZCTyxTQUFTLE9BQU9DLGFBQTRCO0FBQ2pELFNBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0FBQ2hFO0FBRUEsU0FBUyxPQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxNQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLFNBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztBQUN4RTtBQUdPLFNBQVMsY0FBYyxNQUFtQztBQUMvRCxRQUFNLE9BQXVCLENBQUM7QUFDOUIsYUFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsZUFBVyxDQUFDQSxhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLFlBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLFlBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxXQUFLLEtBQUssRUFBRSxRQUFRLFlBQUFBLGFBQVksSUFBSSxPQUFPLElBQUksTUFBTSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVyxNQUFNLE1BQU0sT0FBTyxRQUFRLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDMUs7QUFBQSxFQUNGO0FBQ0EsU0FBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0FBQzVGO0FBRUEsSUFBTSxhQUFhO0FBR1osU0FBUyxhQUFhLE1BQWtDO0FBQzdELFFBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxRQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxRQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsUUFBSSxDQUFDLEVBQUcsTUFBSyxJQUFJLFVBQVcsSUFBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUssQ0FBRTtBQUN2SCxXQUFPO0FBQUEsRUFDVDtBQUNBLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxRQUFJLENBQUMsTUFBTztBQUNaLFVBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLFVBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixRQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGFBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRyxFQUFFLFVBQVUsRUFBRSxTQUFTLEdBQUcsS0FBSyxFQUFFLE9BQU8sTUFBTSxLQUFLLEVBQUUsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQ25KLFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsVUFBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUMvRTtBQUdPLFNBQVMsWUFBWSxPQUFrQyxNQUFvQztBQUNoRyxNQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsTUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxNQUFJLFNBQVMsTUFBTTtBQUNqQixRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsV0FBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM3QztBQUNBLE1BQUksU0FBUyxRQUFTLFFBQU8sS0FBSyxNQUFNLEtBQUssRUFBRSxTQUFTLEVBQUUsUUFBUSx5QkFBeUIsR0FBRztBQUM5RixTQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7QUFDakc7QUFFTyxTQUFTLFlBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsUUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELFNBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0FBQ3ZFO0FBR08sU0FBUyxjQUFjLE1BQTJCO0FBQ3ZELFFBQU0sU0FBUyxZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFDMUQsUUFBTSxNQUFNLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUMzRCxNQUFJLFdBQVcsUUFBUSxRQUFRLEtBQU0sUUFBTztBQUM1QyxRQUFNLFVBQVUsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFDeEUsUUFBTSxTQUFTLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUN6RSxTQUFPO0FBQUEsSUFDTCxpQ0FBaUMsWUFBWSxRQUFRLE9BQU8sQ0FBQztBQUFBLElBQzdELFdBQVcsWUFBWSxLQUFLLE9BQU8sQ0FBQztBQUFBLElBQ3BDLEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQixZQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7QUFBQSxJQUNsRixtQkFBbUIsT0FBTztBQUFBLEVBQzVCLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ2hITyxTQUFTLFlBQVksTUFBbUJDLFVBQXVDO0FBQ3BGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNQyxhQUFZLEtBQUssT0FBTyxxQkFBcUIsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUN2RSxRQUFNLFFBQVEsVUFBVSxlQUFlRCxTQUFRLFFBQVEsRUFBRTtBQUN6RCxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTTtBQUM1QixVQUFNLE9BQU8sVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFVBQU0sV0FBVyxVQUFVLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQzFELFVBQU1FLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFFBQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSx3QkFBd0IsUUFBUTtBQUN4RCxXQUFPLEdBQUdBLEtBQUk7QUFBQSwwQkFBNkIsVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxxQkFBcUIsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDLCtCQUErQixRQUFRO0FBQUE7QUFBQSxFQUNoTCxDQUFDO0FBQ0QsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLE1BQU0sZUFBZSxRQUFRLHNCQUFzQkQsUUFBTztBQUFBLElBQ3hHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxNQUFNLGVBQWUsUUFBUSxrQ0FBa0NBLFFBQU87QUFBQSxJQUNsSCxHQUFHO0FBQUEsSUFDSDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUN0Qk8sU0FBUyxlQUFlLE1BQW1CRSxVQUF1QztBQUN2RixRQUFNLE9BQU8sY0FBYyxJQUFJO0FBQy9CLFFBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDekMsUUFBTSxRQUFRO0FBQUEsSUFDWixvQkFBb0IsbUJBQW1CQSxTQUFRLFFBQVEsQ0FBQyxPQUFPLFdBQVcsSUFBSSxTQUFTLEtBQUssTUFBTSx1QkFBdUIsS0FBSyxNQUFNLE9BQU8sS0FBSyxNQUFNLG9CQUFvQjtBQUFBLElBQzFLO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsUUFBUSxtQkFBbUIsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDLFFBQVEsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsSUFBSTtBQUFBLEVBQzlJO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sS0FBSyxJQUFJLDREQUE0RCxxQ0FBcUM7QUFDaEgsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxLQUFLLEtBQUssbUJBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDLElBQUk7QUFBQSxJQUNyTztBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxtQkFBbUIsY0FBYyxJQUFJLENBQUMsR0FBRyxFQUFFO0FBQzFELFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQ25CTyxJQUFNLHlCQUF5QjtBQXVCL0IsU0FBUyxhQUFhLE1BQW1CLE1BQXdCO0FBQ3RFLFFBQU0sYUFBYSxjQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFDLGFBQVksSUFBSSxTQUFTLE9BQU8sRUFBRSxRQUFRLFlBQUFBLGFBQVksSUFBSSxTQUFTLEVBQUU7QUFDM0gsUUFBTSxXQUFXLEtBQUssU0FBUyxvQkFBb0IsS0FBSyxTQUFTO0FBQ2pFLFNBQU87QUFBQSxJQUNMLGdCQUFnQjtBQUFBLElBQ2hCLEtBQUssRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFBQSxJQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztBQUFBLElBQ3BEO0FBQUEsSUFDQSxXQUFXLGFBQWEsSUFBSTtBQUFBLElBQzVCLFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDekcsV0FBVyxXQUNQO0FBQUEsTUFDRSxnQkFBZ0IsWUFBWSxNQUFNLG9CQUFvQixLQUFLO0FBQUEsTUFDM0QsaUJBQWlCLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUFBLE1BQ2hFLDBCQUEwQixZQUFZLE1BQU0sbUNBQW1DLEtBQUs7QUFBQSxNQUNwRixpQkFBaUIsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFBQSxJQUMzRSxJQUNBO0FBQUEsRUFDTjtBQUNGOzs7QUN4Q0EsSUFBTSxXQUFXLG9CQUFJLElBQUksQ0FBQyxhQUFhLHFCQUFxQixvQkFBb0IsdUJBQXVCLDRCQUE0QixvQkFBb0Isb0JBQW9CLHNCQUFzQixtQkFBbUIsY0FBYyxzQkFBc0Isc0JBQXNCLE9BQU8sV0FBVyxhQUFhLGlCQUFpQixVQUFVLGdCQUFnQixDQUFDO0FBQ3pWLElBQU0sV0FBVyxDQUFDLFNBQWlCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTNILFNBQVMsTUFBTSxPQUFnQjtBQUM3QixRQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDQyxVQUFrQixRQUFRLFFBQVUsSUFBSSxJQUFJQSxLQUFJLFlBQWNBO0FBQzlGLFNBQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQ3ZFO0FBRU8sU0FBUyxZQUFZLE1BQW1CQyxVQUF1RDtBQUNwRyxRQUFNLElBQUksTUFBTUEsU0FBUSxLQUFLO0FBQzdCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLGFBQWEsY0FBYyxJQUFJO0FBQ3JDLFFBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsUUFBTSxLQUFLLEVBQUUsS0FBSyxlQUFlQSxTQUFRLFFBQVEsS0FBSyxXQUFXLFdBQVcsSUFBSSxrQkFBa0IsV0FBVyxJQUFJLEVBQUUsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsSUFBSSxFQUFFLElBQUksR0FBRyxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixDQUFDLEVBQUUsQ0FBQztBQUN4TyxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLEVBQUUsQ0FBQztBQUNqSyxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLE9BQU8sQ0FBQyxNQUFxQixZQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxZQUFNLEtBQUssS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFO0FBQUEsSUFDN0w7QUFBQSxFQUNGO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNLEtBQUssS0FBSyxZQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY0EsV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUSxZQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCQSxTQUFRLFFBQVEsQ0FBQyxDQUFDLElBQUk7QUFDaE8sUUFBTSxLQUFLLGFBQWEsWUFBWSxZQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFFBQU0sU0FBUyxZQUFZLE1BQU0sVUFBVSxNQUFNO0FBQ2pELFFBQU0sS0FBSyxhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQyxHQUFHO0FBQ3ZQLFFBQU0sU0FBUyxPQUFPLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLE9BQU8sUUFBUSxFQUFFLEtBQUs7QUFDckUsTUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsZUFBVyxRQUFRLFFBQVE7QUFDekIsWUFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLFlBQU0sSUFBSSxFQUFFO0FBQ1osWUFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsWUFBTUYsUUFDSixFQUFFLFNBQVMsVUFDUCxPQUFPLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxPQUFPLEdBQUcsSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNULFlBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0IsWUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDL0MsWUFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSUEsS0FBSSxFQUFFO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxLQUFLLElBQUksS0FBSyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDN0MsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDcERBLElBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQUV4RCxTQUFTLGtCQUFrQixNQUE4QztBQUM5RSxTQUFPLFNBQVNHLGVBQWMsTUFBMkM7QUFDdkUsVUFBTSxNQUE4QixFQUFFLFFBQVEsWUFBWSxNQUFNLEVBQUUsVUFBVSxLQUFLLFVBQVUsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCLEtBQUssQ0FBQyxFQUFFO0FBQ3RJLFVBQU0sTUFBTSxNQUFNO0FBQ2xCLFFBQUksS0FBSztBQUNQLFlBQU0sVUFBVSxhQUFhLE1BQU07QUFBQSxRQUNqQyxVQUFVLEtBQUs7QUFBQSxRQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7QUFBQSxRQUN0RCxRQUFRLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxNQUFNLFFBQVE7QUFBQSxRQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsUUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFFBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxRQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQUEsTUFDdEMsQ0FBQztBQUVELFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE1BQU0sSUFBSTtBQUNoRCxVQUFJLEdBQUcsR0FBRyxhQUFhLElBQUksZUFBZSxNQUFNLElBQUk7QUFBQSxJQUN0RDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQzNCQSxJQUFNLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFFL0IsU0FBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLE1BQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxNQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxTQUFPLFFBQVE7QUFDakI7QUFrQ08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFtQk8sU0FBUyxvQkFBb0IsU0FBa0IsV0FBZ0NDLFlBQTJCO0FBQy9HLFNBQU8sVUFBVSxRQUFRLENBQUMsYUFBYTtBQUFBLElBQ3JDO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFrQixJQUFJLEtBQWMsT0FBTyxZQUFZLFVBQVUsT0FBTyxFQUFFO0FBQUEsUUFDbEYsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLEtBQUssSUFBSSxRQUFRLFVBQVUsWUFBWSxVQUFVLE9BQU8sQ0FBQyxFQUFFO0FBQUEsTUFDaEg7QUFBQSxJQUNGO0FBQUEsSUFDQSxFQUFFLFFBQVEsbUJBQW1CLE1BQU0sRUFBRSxTQUFTLEdBQUcsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBT0EsV0FBVSxDQUFDLEVBQUU7QUFBQSxFQUMxSCxDQUFDO0FBQ0g7OztBQ3RFQSxJQUFNQyxVQUFTLGNBQWMsS0FBSztBQUNsQyxJQUFNLE9BQU8sVUFBVSxPQUFPLFlBQVksR0FBRyxFQUFFLEtBQUssS0FBSyxLQUFLLEtBQVEsTUFBTSx3QkFBd0IsQ0FBQztBQUNyRyxJQUFNLFlBQVksVUFBVSxPQUFPLGtCQUFrQixNQUFNLEVBQUUsS0FBSyxHQUFHLEtBQUssR0FBRyxNQUFNLHlCQUF5QixDQUFDO0FBRTdHLElBQU0sU0FBUyxLQUFLLElBQUksSUFBSSxLQUFLLEtBQUssT0FBTyxDQUFDLENBQUM7QUFFeEMsSUFBTSxVQUFVLGFBQWFBLFNBQVE7QUFBQSxFQUMxQyxPQUFPLENBQUM7QUFBQTtBQUFBLEVBQ1IsV0FBV0EsUUFBTztBQUFBLEVBQ2xCLFdBQVcsT0FBTztBQUFBLElBQ2hCLE9BQU8sUUFBUSxlQUFlLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLE1BQU0sQ0FBQyxNQUFNLGFBQWEsTUFBTSxNQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUdBLFFBQU8sV0FBVyxNQUFNLENBQUMsQ0FBQztBQUFBLEVBQ3JJO0FBQUEsRUFDQSxPQUFPLENBQUMsR0FBRyxvQkFBb0JBLFFBQU8sU0FBUyxpQkFBaUIsR0FBRyxTQUFTLEdBQUcsR0FBRyxXQUFXLENBQUM7QUFDaEcsQ0FBQztBQUdNLElBQU0sZ0JBQWdCLGtCQUFrQixFQUFFLFVBQVUsTUFBTSxDQUFDO0FBRTNELFNBQVMsUUFBb0M7QUFDbEQsU0FBTyxzQkFBc0JBLE9BQU07QUFDckM7QUFFQSxJQUFNLElBQUk7QUFDSCxJQUFNLFNBQVMsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQy9FLElBQU0sUUFBUSxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxPQUFPLElBQUk7QUFDN0UsSUFBTSxTQUFTLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUMvRSxJQUFNLFNBQVMsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsUUFBUSxJQUFJO0FBQy9FLElBQU0sV0FBVyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxVQUFVLElBQUk7QUFDbkYsSUFBTSxlQUFlLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUNyRixJQUFNLFFBQVEsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsT0FBTyxJQUFJOyIsCiAgIm5hbWVzIjogWyJ0ZXh0IiwgImZhaWwiLCAiYWRtaW4iLCAiY29uZmlnIiwgImV4ZWMiLCAic3RhdHVzIiwgInBhcmFtcyIsICJzaGFwZSIsICJzbGVlcCIsICJleGVjIiwgImh0dHAiLCAiaHR0cCIsICJodHRwIiwgImNvbmZpZyIsICJnZW5lcmF0ZSIsICJnIiwgIm9wZW4iLCAic3RhdHVzIiwgImNvbmZpZyIsICJwb29sIiwgImV4ZWMiLCAidXJsIiwgImh0dHAiLCAiY29uZmlnIiwgInNsZWVwIiwgIm9wdGlvbnMiLCAiYWRtaW4iLCAiY29uZmlnIiwgImV4ZWMiLCAiaHR0cCIsICJ0ZXh0IiwgImh0dHAiLCAiZXhlYyIsICJtYXhWVXMiLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAidGV4dCIsICJleHByZXNzaW9uIiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJvcGVuIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgImVycm9yUmF0ZSIsICJjb25maWciXQp9Cg==
