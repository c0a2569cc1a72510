// thresholds/targets.ts
var DEFAULT_TARGETS = Object.freeze({
  apiP95Ms: 200,
  apiP99Ms: 500,
  healthP95Ms: 50,
  exportP95Ms: 1e3,
  loginP95Ms: 1e3,
  chapterP95Ms: 12e4,
  successRate: 0.95,
  errorRate: 0.05,
  droppedShare: 0.01,
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
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
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
    if (!ROLES.includes(role))
      fail2(n + 1, `unknown role ${JSON.stringify(role)} for ${email} (use regular, power or admin)`);
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
    if (!match)
      throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: "${part}" is not one of ${expected}`);
    sizes[match[1]] = Number(match[2]);
  }
  if (sizes.regular + sizes.power + sizes.admin === 0)
    throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: expected ${expected}`);
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
var MAX_RAMP_UP_S = 24 * 3600;
var MAX_RAMP_DOWN_S = 3600;
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
  if (generated > courses)
    fail("PERFORMANCE_DATASET_GENERATED", String(generated), `at most PERFORMANCE_DATASET_COURSES (${courses})`);
  return { courses, generated, reseed: flag(env, "PERFORMANCE_DATASET_RESEED") };
}
function parseConfig(env) {
  const d = DEFAULT_TARGETS;
  const durationS = seconds(1, 7 * 24 * 3600)(env, "PERFORMANCE_TEST_DURATION", 60);
  const rampUpS = seconds(0, MAX_RAMP_UP_S)(
    env,
    "PERFORMANCE_RAMP_UP",
    Math.min(30, Math.max(1, Math.round(durationS / 4)))
  );
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
    rampDownS: seconds(0, MAX_RAMP_DOWN_S)(env, "PERFORMANCE_RAMP_DOWN", Math.min(10, rampUpS)),
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
      loginP95Ms: millis(env, "THRESHOLD_LOGIN_P95_MS", d.loginP95Ms),
      chapterP95Ms: seconds(1, 24 * 3600)(env, "THRESHOLD_CHAPTER_P95_S", d.chapterP95Ms / 1e3) * 1e3,
      successRate: fraction(env, "THRESHOLD_SUCCESS_RATE", d.successRate),
      errorRate: fraction(env, "THRESHOLD_ERROR_RATE", d.errorRate),
      droppedShare: numberIn(
        0,
        1,
        "a share of the scheduled iterations (e.g. 0.01)",
        false
      )(env, "THRESHOLD_DROPPED_SHARE", d.droppedShare),
      memoryMb: count(1, 1048576)(env, "PERFORMANCE_MEMORY_LIMIT", d.memoryMb),
      cpuPercent: numberIn(1, 100, "a percentage", false)(env, "PERFORMANCE_CPU_LIMIT", d.cpuPercent),
      memoryGrowthMbPerMin: numberIn(
        0,
        1e6,
        "MB per minute (a number)",
        false
      )(env, "THRESHOLD_MEMORY_GROWTH_MB_PER_MIN", d.memoryGrowthMbPerMin)
    },
    usersFile: raw(env, "PERFORMANCE_USERS_FILE") || void 0,
    demoUsers: poolSpec(env, "DEMO_USERS"),
    usersDistinct: flag(env, "PERFORMANCE_USERS_DISTINCT"),
    dataset: dataset(env)
  };
}

// lib/config/entries.ts
var SMOKE_SECONDS = 10;
var smokeEntry = {
  suite: "by-name",
  length: "one pass",
  settings: () => ({ seconds: SMOKE_SECONDS })
};

// thresholds/expressions.ts
var patterns;
var pattern = () => patterns ??= {
  metricName: /^[A-Za-z_][A-Za-z0-9_]*$/,
  tagPart: /^[A-Za-z0-9_.\-/]+$/,
  percentile: /^p\((\d+(\.\d+)?)\)$/
};
function metricKey(metric, tags) {
  if (!pattern().metricName.test(metric)) throw new Error(`invalid metric name "${metric}": use letters, digits and _`);
  const entries = Object.entries(tags ?? {});
  if (entries.length === 0) return metric;
  for (const [key, value] of entries) {
    if (!pattern().tagPart.test(key) || !pattern().tagPart.test(value)) {
      throw new Error(
        `invalid tag ${key}:${value} on ${metric}: tags in thresholds may hold letters, digits and _ . - /`
      );
    }
  }
  return `${metric}{${entries.map(([key, value]) => `${key}:${value}`).join(",")}}`;
}
function expression(rule) {
  const percentile = pattern().percentile.exec(rule.stat);
  if (rule.stat.startsWith("p(") && (!percentile || Number(percentile[1]) > 100)) {
    throw new Error(`invalid percentile "${rule.stat}": use p(N) with 0 <= N <= 100`);
  }
  if (!Number.isFinite(rule.value))
    throw new Error(`threshold ${rule.stat}${rule.op}${rule.value}: the limit must be a finite number`);
  return `${rule.stat}${rule.op}${rule.value}`;
}
function toK6(rule) {
  const text2 = expression(rule);
  if (!rule.abortOnFail) return text2;
  return {
    threshold: text2,
    abortOnFail: true,
    ...rule.delayAbortEval ? { delayAbortEval: rule.delayAbortEval } : {}
  };
}
function toK6Thresholds(gates) {
  const out = {};
  for (const gate of gates) {
    const key = metricKey(gate.metric, gate.tags);
    out[key] = [...out[key] ?? [], ...gate.rules.map(toK6)];
  }
  return out;
}

// lib/load/open-model.ts
var isArrivalRate = (scenario) => scenario.executor === "constant-arrival-rate" || scenario.executor === "ramping-arrival-rate";

// lib/load/shapes.ts
var SUMMARY_TREND_STATS = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];

// lib/metrics/resources.ts
import { sleep } from "k6";
import exec from "k6/execution";
import http from "k6/http";
import { Counter, Trend } from "k6/metrics";
var serverCpuPercent = new Trend("server_cpu_percent");
var serverCpuCoresPercent = new Trend("server_cpu_cores_percent");
var serverMemoryMb = new Trend("server_memory_mb");
var serverSamplesMissing = new Counter("server_samples_missing");
var serverMemoryGrowth = new Trend("server_memory_growth_mb_per_min");
var POLL = { tags: { scope: "sidecar", name: "sidecar" }, responseCallback: null, timeout: "2s" };
var cursor = 0;
var errorsSeen;
var loadMarked = false;
function markPhase(sidecarUrl, phase) {
  const res = http.post(`${sidecarUrl}/phase`, JSON.stringify({ phase }), {
    ...POLL,
    headers: { "content-type": "application/json" }
  });
  return res.status === 200 || res.status === 404;
}
var TAIL_S = 30;
function resourcesScenario(durationS, startTime) {
  return {
    executor: "constant-vus",
    exec: "pollResources",
    vus: 1,
    duration: `${Math.max(1, Math.ceil(durationS))}s`,
    gracefulStop: `${TAIL_S}s`,
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
  if (!loadMarked) loadMarked = markPhase(sidecarUrl, "load");
  for (; ; ) {
    const started = Date.now();
    pollOnce(sidecarUrl);
    sleep(Math.max(0, 1 - (Date.now() - started) / 1e3));
    if (exec.scenario.progress < 1) return;
    if (exec.instance.vusActive <= 1) break;
  }
  markPhase(sidecarUrl, "teardown");
  pollOnce(sidecarUrl);
}
function pollOnce(sidecarUrl) {
  const res = http.get(`${sidecarUrl}/samples?since=${cursor}`, POLL);
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
    cursor = Math.max(cursor, sample.seq);
    if (sample.phase !== void 0 && sample.phase !== "load") continue;
    serverCpuPercent.add(sample.cpu_percent);
    serverCpuCoresPercent.add(sample.cpu_cores_percent);
    serverMemoryMb.add(sample.memory_mb);
  }
  if (typeof body.refused === "string")
    exec.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
}
function endLoad(sidecarUrl) {
  markPhase(sidecarUrl, "teardown");
  const res = http.get(`${sidecarUrl}/summary`, POLL);
  const summary = res.status === 200 ? parse(res.body) : void 0;
  if (summary && typeof summary.memory_growth_mb_per_min === "number")
    serverMemoryGrowth.add(summary.memory_growth_mb_per_min);
}
function resourceGates(limits) {
  const gates = [
    { metric: "server_memory_mb", rules: [{ stat: "max", op: "<", value: limits.memoryMb }] },
    { metric: "server_cpu_percent", rules: [{ stat: "p(95)", op: "<=", value: limits.cpuPercent }] }
  ];
  if (limits.growthMbPerMin !== void 0)
    gates.push({
      metric: "server_memory_growth_mb_per_min",
      rules: [{ stat: "max", op: "<", value: limits.growthMbPerMin }]
    });
  if (limits.failOnMissing)
    gates.push({ metric: "server_samples_missing", rules: [{ stat: "count", op: "<", value: 1 }] });
  return gates;
}

// lib/users/pool.ts
import { SharedArray } from "k6/data";
import exec2 from "k6/execution";

// lib/config/env.ts
var config = parseConfig(__ENV);

// lib/users/pool.ts
function readFile(path) {
  try {
    return open(path);
  } catch (error) {
    throw new Error(
      `PERFORMANCE_USERS_FILE ${path} cannot be read (${String(error)}): give an absolute path to a CSV with the header email,password,role`
    );
  }
}
function filePool(path) {
  const arrays = {};
  for (const role of ROLES)
    arrays[role] = new SharedArray(
      `users:${role}`,
      () => parseUsersCsv(readFile(path), path)[role]
    );
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
    return {
      source: "DEMO_USERS",
      sizes: config2.demoUsers,
      account: (role, index, password) => ({ email: poolEmail(role, index + 1), password })
    };
  }
  return {
    source: "REGULAR_USER_EMAIL / POWER_USER_EMAIL / ADMIN_USER_EMAIL (one shared account per class)",
    sizes: { regular: 1, power: 1, admin: 1 },
    account: (role, _index, password) => ({ email: users[role].email, password })
  };
}
function accountOfVu(pool2, role, classPassword3) {
  const size = pool2.sizes[role];
  return size === 0 ? void 0 : pool2.account(role, (exec2.vu.idInTest - 1) % size, classPassword3);
}
function assertDistinct(pool2, roles, vuIds) {
  const needed = { regular: 0, power: 0, admin: 0 };
  for (const role of roles) needed[role] = vuIds;
  const problem = tooSmallForDistinct(pool2.sizes, needed, pool2.source);
  if (problem) throw new Error(problem);
}
var pool = makePool(config);

// lib/users/setup.ts
import { sleep as sleep3 } from "k6";
import exec3 from "k6/execution";
import http4 from "k6/http";
import secrets from "k6/secrets";

// lib/http/api.ts
import { check } from "k6";
import http2 from "k6/http";

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
  let callback = statusCallbacks[status];
  if (callback === void 0) {
    callback = http2.expectedStatuses(status);
    statusCallbacks[status] = callback;
  }
  return callback;
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
  /** Set when the platform answered 401: the session layer logs in again before the next step. */
  unauthorized = false;
  timeout;
  /** Request params per endpoint (headers, tags, timeout, expected status), made on first use. */
  params = {};
  /** A client for the same platform acting as another user. */
  as(token) {
    return new _ApiClient(this.baseUrl, Number(this.timeout.slice(0, -1)), token);
  }
  paramsFor(endpoint, expected, withPayload, readsBody) {
    let params2 = this.params[endpoint];
    if (!params2) {
      const headers = { Accept: "application/json" };
      if (withPayload) headers["Content-Type"] = "application/json";
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params2 = {
        headers,
        tags: requestTags(endpoint),
        timeout: this.timeout,
        responseCallback: expectStatus(expected)
      };
      if (!readsBody) params2.responseType = "none";
      this.params[endpoint] = params2;
    }
    return params2;
  }
  call(endpoint, method, path, expected, shape2, payload) {
    const withPayload = payload !== void 0;
    const res = http2.request(
      method,
      `${this.baseUrl}${path}`,
      withPayload ? JSON.stringify(payload) : null,
      this.paramsFor(endpoint, expected, withPayload, shape2 !== void 0)
    );
    const status = res.status;
    const statusOk = status === expected;
    if (status === 401) this.unauthorized = true;
    let shapeOk = !shape2;
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

// lib/users/dataset.ts
import { sleep as sleep2 } from "k6";
import http3 from "k6/http";

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
var LIVE_RUN_WINDOW_MS = 6 * 60 * 60 * 1e3;
function isLeftover(title, current, own) {
  if (!title.startsWith(RUN_TITLE_FILTER)) return false;
  const runId = runIdOf(title);
  if (own) return runId === current;
  if (runId === void 0) return true;
  if (runId === current) return false;
  const started = runStartOf(runId);
  return started === void 0 || started < (runStartOf(current) ?? 0) - LIVE_RUN_WINDOW_MS;
}

// lib/users/dataset.ts
var CONCURRENCY = 16;
var LIST_LIMIT = 100;
var ATTEMPTS = 6;
var retried = 0;
var transient = (res) => res.status === 0 || res.status >= 500;
function batched(count2, make, onAnswer) {
  for (let first = 0; first < count2; first += CONCURRENCY) {
    const chunk = [];
    for (let i = first; i < Math.min(count2, first + CONCURRENCY); i++) chunk.push(make(i));
    const got = http3.batch(chunk);
    for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
      const again = got.map((res, k) => transient(res) ? k : -1).filter((k) => k >= 0);
      if (again.length === 0) break;
      retried += again.length;
      sleep2(0.2 * 2 ** (attempt - 1));
      http3.batch(again.map((k) => chunk[k])).forEach((res, j) => {
        got[again[j]] = res;
      });
    }
    got.forEach((res, k) => {
      onAnswer(res, first + k);
    });
  }
}
function params(what, token, withBody = false) {
  const headers = { Accept: "application/json" };
  if (withBody) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  return { headers, tags: { scope: "setup", name: `setup: ${what}` }, timeout: "60s" };
}
function json(res) {
  try {
    return JSON.parse(res.body);
  } catch {
    return void 0;
  }
}
function quietLogin(config2, email, password) {
  const result = { token: void 0, status: 0 };
  batched(
    1,
    () => ({
      method: "POST",
      url: `${config2.baseUrl}${paths.login()}`,
      body: JSON.stringify({ email, password }),
      params: params("login", void 0, true)
    }),
    (res) => {
      result.status = res.status;
      result.token = res.status === 200 ? json(res)?.access_token : void 0;
    }
  );
  return result;
}
function ensureDataset(config2, owners) {
  const { courses: wanted, generated: generatedPerUser, reseed } = config2.dataset;
  const report = {
    accounts: owners.length,
    created: 0,
    reused: 0,
    removed: 0,
    generated: 0,
    retried: 0
  };
  if (wanted === 0 || owners.length === 0) return report;
  const retriedBefore = retried;
  const seeding = { base: config2.baseUrl, owners, tokens: [], report };
  logIn(
    seeding,
    owners.map((_, i) => i)
  );
  let listed = listDatasets(seeding);
  if (reseed) listed = removeDatasets(seeding, listed);
  const toGenerate = createCourses(seeding, listed, wanted, generatedPerUser);
  awaitGeneration(seeding, startGeneration(seeding, toGenerate), config2.generationTimeoutS);
  report.retried = retried - retriedBefore;
  return report;
}
function logIn({ base, owners, tokens }, which) {
  batched(
    which.length,
    (k) => ({
      method: "POST",
      url: `${base}${paths.login()}`,
      body: JSON.stringify({ email: owners[which[k]].email, password: owners[which[k]].password }),
      params: params("login", void 0, true)
    }),
    (res, k) => {
      const token = res.status === 200 ? json(res)?.access_token : void 0;
      if (!token)
        throw new Error(
          `dataset: logging in as ${owners[which[k]].role} account ${owners[which[k]].email} failed with status ${res.status}: check its password in the user pool`
        );
      tokens[which[k]] = token;
    }
  );
}
function listDatasets({ base, owners, tokens }) {
  const listUrl = `${base}${paths.courses()}?q=${encodeURIComponent(DATASET_TITLE)}&limit=${LIST_LIMIT}`;
  const listed = [];
  batched(
    owners.length,
    (i) => ({ method: "GET", url: listUrl, params: params("list dataset", tokens[i]) }),
    (res, i) => {
      const body = res.status === 200 ? json(res) : void 0;
      if (!body)
        throw new Error(`dataset: listing the courses of ${owners[i].email} failed with status ${res.status}`);
      listed[i] = { total: body.total, ids: body.items.map((c) => c.id) };
    }
  );
  return listed;
}
function removeDatasets(seeding, listed) {
  const { base, tokens, report } = seeding;
  for (let round = 0; listed.some((l) => l.ids.length > 0) && round < 1e3; round++) {
    const doomed = listed.flatMap((l, i) => l.ids.map((id) => ({ owner: i, id })));
    batched(
      doomed.length,
      (k) => ({
        method: "DELETE",
        url: `${base}${paths.course(doomed[k].id)}`,
        params: params("remove dataset", tokens[doomed[k].owner])
      }),
      (res) => {
        if (res.status === 204) report.removed++;
      }
    );
    listed = listDatasets(seeding);
  }
  return listed;
}
function createCourses({ base, owners, tokens, report }, listed, wanted, generatedPerUser) {
  const creations = [];
  owners.forEach((owner, i) => {
    const have = listed[i].total;
    if (have >= wanted) report.reused++;
    for (let n = have + 1; n <= wanted; n++)
      creations.push({ owner: i, n, generate: owner.role === "regular" && n <= generatedPerUser });
  });
  const toGenerate = [];
  batched(
    creations.length,
    (k) => {
      const { owner, n, generate } = creations[k];
      const course = {
        title: datasetTitle(n),
        topic: `dataset topic ${n}`,
        level: "beginner",
        chapter_count: generate ? 1 : 3
      };
      return {
        method: "POST",
        url: `${base}${paths.courses()}`,
        body: JSON.stringify(course),
        params: params("create dataset", tokens[owner], true)
      };
    },
    (res, k) => {
      const id = res.status === 201 ? json(res)?.id : void 0;
      if (id === void 0)
        throw new Error(
          `dataset: creating a course for ${owners[creations[k].owner].email} failed with status ${res.status}`
        );
      report.created++;
      if (creations[k].generate) toGenerate.push({ owner: creations[k].owner, id });
    }
  );
  return toGenerate;
}
function startGeneration({ base, owners, tokens }, toGenerate) {
  const jobs = [];
  batched(
    toGenerate.length,
    (k) => ({
      method: "POST",
      url: `${base}${paths.generate(toGenerate[k].id)}`,
      body: "{}",
      params: params("generate dataset", tokens[toGenerate[k].owner], true)
    }),
    (res, k) => {
      const jobId = res.status === 202 ? json(res)?.job_id : void 0;
      if (jobId === void 0)
        throw new Error(
          `dataset: starting generation for ${owners[toGenerate[k].owner].email} failed with status ${res.status}`
        );
      jobs.push({ owner: toGenerate[k].owner, jobId });
    }
  );
  return jobs;
}
function awaitGeneration(seeding, jobs, timeoutS) {
  const deadline = Date.now() + timeoutS * 1e3;
  while (jobs.length > 0) {
    if (Date.now() > deadline)
      throw new Error(
        `dataset: ${jobs.length} generation job(s) did not finish within GENERATION_TIMEOUT=${timeoutS}s`
      );
    sleep2(1);
    const { open: open2, expired } = pollJobs(seeding, jobs);
    if (expired.size > 0) logIn(seeding, [...expired]);
    jobs = open2;
  }
}
function pollJobs({ base, owners, tokens, report }, jobs) {
  const open2 = [];
  const expired = /* @__PURE__ */ new Set();
  batched(
    jobs.length,
    (k) => ({
      method: "GET",
      url: `${base}${paths.job(jobs[k].jobId)}`,
      params: params("poll dataset job", tokens[jobs[k].owner])
    }),
    (res, k) => {
      if (res.status === 401) {
        expired.add(jobs[k].owner);
        open2.push(jobs[k]);
        return;
      }
      if (res.status !== 200)
        throw new Error(
          `dataset: following a generation job of ${owners[jobs[k].owner].email} failed with status ${res.status}${res.error ? ` (${res.error})` : ""}`
        );
      const status = json(res);
      if (status?.status === "failed")
        throw new Error(
          `dataset: generating a course of ${owners[jobs[k].owner].email} failed: ${status.error ?? "no reason given"}`
        );
      if (status?.status === "completed") report.generated++;
      else open2.push(jobs[k]);
    }
  );
  return { open: open2, expired };
}
function removeCourses(config2, adminToken, filter, remove) {
  const base = config2.baseUrl;
  let removed = 0;
  let offset = 0;
  for (let page = 0; page < 1e3; page++) {
    let items = [];
    batched(
      1,
      () => ({
        method: "GET",
        url: `${base}${paths.courses()}?q=${encodeURIComponent(filter)}&limit=${LIST_LIMIT}&offset=${offset}`,
        params: params("find leftovers", adminToken)
      }),
      (res) => {
        items = (res.status === 200 ? json(res)?.items : void 0) ?? [];
      }
    );
    if (items.length === 0) break;
    const doomed = items.filter((c) => remove(c.title));
    let gone = 0;
    batched(
      doomed.length,
      (k) => ({
        method: "DELETE",
        url: `${base}${paths.course(doomed[k].id)}`,
        params: params("remove leftovers", adminToken)
      }),
      (res) => {
        if (res.status === 204 || res.status === 404) gone++;
      }
    );
    removed += gone;
    offset += items.length - gone;
  }
  return removed;
}

// lib/users/setup.ts
var SEED_COURSES = 3;
var PROBE_TIMEOUT = "5s";
function abort(message) {
  exec3.test.abort(message);
  throw new Error(message);
}
function probe(baseUrl) {
  const url2 = `${baseUrl}/health`;
  const res = http4.get(url2, { timeout: PROBE_TIMEOUT, tags: { scope: "setup", name: "GET /health (setup probe)" } });
  if (res.status === 0) {
    abort(
      `the platform does not answer at ${url2} (GET, ${PROBE_TIMEOUT} timeout): ${res.error || "no response"}. Is it running? Set BASE_URL to its address.`
    );
  }
  if (res.status !== 200) {
    abort(
      `the platform at ${url2} answered ${res.status} instead of 200: it is not healthy, or BASE_URL points at something else.`
    );
  }
}
function classPassword(config2, secret2, role) {
  return secret2[role] ?? config2.users[role].password;
}
function login(config2, secret2, role) {
  if (pool.sizes[role] === 0) abort(`${pool.source} has no ${role} account, and this entry needs one.`);
  const { email, password } = pool.account(role, 0, classPassword(config2, secret2, role));
  const result = quietLogin(config2, email, password);
  if (!result.token) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    const where = config2.usersFile ? `its line in ${config2.usersFile}` : config2.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
  }
  return result.token;
}
function seedCourses(client, runId, config2) {
  const jobs = [];
  const courseIds = [];
  for (let n = 0; n < SEED_COURSES; n++) {
    const created = client.createCourse({
      title: `perf-seed ${runId} ${n}`,
      topic: "load testing",
      level: "beginner",
      chapter_count: 2
    });
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
      if (Date.now() > deadline)
        abort(`seed courses were not generated within GENERATION_TIMEOUT=${config2.generationTimeoutS}s.`);
      sleep3(0.5);
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
function datasetOwners(config2, secret2) {
  const vuIds = vuIdBound(exec3.test.options.scenarios ?? {});
  const owners = [];
  for (const role of ["regular", "power"]) {
    for (let i = 0; i < Math.min(pool.sizes[role], vuIds); i++)
      owners.push({ role, ...pool.account(role, i, classPassword(config2, secret2, role)) });
  }
  return owners;
}
async function prepareRun(config2, options2 = {}) {
  probe(config2.baseUrl);
  const secret2 = await secretPasswords();
  const anonymous2 = new ApiClient(config2.baseUrl, config2.apiTimeoutS);
  const tokens = {};
  for (const role of ROLES) tokens[role] = login(config2, secret2, role);
  const runId = newRunId();
  const swept = removeCourses(config2, tokens.admin, RUN_TITLE_FILTER, (title) => isLeftover(title, runId, false));
  if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
  if (options2.dataset) {
    const started = Date.now();
    try {
      const r = ensureDataset(config2, datasetOwners(config2, secret2));
      console.log(
        `setup: dataset of ${config2.dataset.courses} course(s) per account for ${r.accounts} account(s): ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed${r.retried > 0 ? `, ${r.retried} request(s) sent again after no answer or a 5xx` : ""}, in ${((Date.now() - started) / 1e3).toFixed(1)} s`
      );
    } catch (error) {
      abort(error instanceof Error ? error.message : String(error));
    }
  }
  const seededCourseIds = options2.seed ? seedCourses(anonymous2.as(tokens.regular), runId, config2) : [];
  return { runId, tokens, seededCourseIds };
}
async function cleanUpRun(config2, data) {
  if (!data?.runId || pool.sizes.admin === 0) return;
  const secret2 = await secretPasswords();
  const { email, password } = pool.account("admin", 0, secret2.admin ?? config2.users.admin.password);
  const { token } = quietLogin(config2, email, password);
  if (!token) {
    console.error(
      `teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`
    );
    return;
  }
  const removed = removeCourses(config2, token, data.runId, (title) => isLeftover(title, data.runId, true));
  if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
}

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
  if (config2.usersDistinct) assertDistinct(pool, parts.roles ?? ROLES, vuIdBound(scenarios));
  return {
    scenarios,
    thresholds: withDroppedIterations(toK6Thresholds(gates), scenarios),
    // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
    setupTimeout: `${Math.max(60, config2.generationTimeoutS + 30) + (config2.dataset.courses > 0 ? 600 : 0)}s`,
    summaryTrendStats: SUMMARY_TREND_STATS
  };
}
function withDroppedIterations(thresholds, scenarios) {
  for (const [name, scenario] of Object.entries(scenarios)) {
    if (isArrivalRate(scenario)) thresholds[metricKey("dropped_iterations", { scenario: name })] ??= [];
  }
  return thresholds;
}
function hasUsers(scenario) {
  const { executor, startVUs, stages, vus } = scenario;
  if (executor === "ramping-vus") return (startVUs ?? 0) > 0 || (stages ?? []).some((stage) => stage.target > 0);
  if (executor === "constant-vus" || executor === "per-vu-iterations" || executor === "shared-iterations")
    return (vus ?? 1) > 0;
  return true;
}
function pollResources2() {
  if (config.sidecarUrl) pollResources(config.sidecarUrl);
}
function recordResourcesAtEnd() {
  if (config.sidecarUrl) endLoad(config.sidecarUrl);
}
async function teardown(data) {
  recordResourcesAtEnd();
  await cleanUpRun(config, data);
}

// lib/report/escape.ts
function escapeXml(text2) {
  return text2.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]
  );
}
function escapeMarkdownCell(text2) {
  return text2.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function markdownCode(text2, options2 = { inTable: true }) {
  const oneLine = text2.replace(/[\r\n]+/g, " ");
  const flat = options2.inTable ? oneLine.replace(/\|/g, "\\|") : oneLine;
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
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
      rows.push({
        metric,
        expression: expression2,
        ok: result.ok,
        stat,
        observed: typeof observed === "number" && Number.isFinite(observed) ? observed : null,
        unit: unitOf(values, stat)
      });
    }
  }
  return rows.sort((a, b) => Number(a.ok) - Number(b.ok) || a.metric.localeCompare(b.metric));
}
var SUB_METRIC = /^(\w+)\{endpoint:([^,}]+)\}$/;
function endpointRows(data) {
  const rows = /* @__PURE__ */ new Map();
  const row = (endpoint) => {
    let r = rows.get(endpoint);
    if (!r) {
      r = { endpoint, requests: 0, p50: null, p95: null, p99: null, max: null, errorRate: null };
      rows.set(endpoint, r);
    }
    return r;
  };
  for (const [name, metric] of Object.entries(data.metrics ?? {})) {
    const match = SUB_METRIC.exec(name);
    if (!match) continue;
    const [, base, endpoint] = match;
    const v = metric.values ?? {};
    if (base === "http_req_duration") {
      Object.assign(row(endpoint), {
        requests: v.count ?? 0,
        p50: v.med ?? null,
        p95: v["p(95)"] ?? null,
        p99: v["p(99)"] ?? null,
        max: v.max ?? null
      });
    } else if (base === "http_req_failed") {
      row(endpoint).errorRate = typeof v.rate === "number" ? v.rate : null;
    }
  }
  return [...rows.values()].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}
var DROPPED_SUB_METRIC = /^dropped_iterations\{scenario:([^,}]+)\}$/;
function droppedIterations(data, requestsPerIteration = {}) {
  const scenarios = [];
  for (const [name, metric] of Object.entries(data.metrics ?? {})) {
    const scenario = DROPPED_SUB_METRIC.exec(name)?.[1];
    if (scenario === void 0) continue;
    const iterations2 = metric.values?.count ?? 0;
    const perIteration = requestsPerIteration[scenario];
    const limit = Object.keys(metric.thresholds ?? {}).map((expression2) => /^\s*count\s*<=\s*(\d+)\s*$/.exec(expression2)?.[1]).find((n) => n !== void 0);
    scenarios.push({
      scenario,
      iterations: iterations2,
      requests: perIteration === void 0 ? null : iterations2 * perIteration,
      allowed: limit === void 0 ? null : Number(limit)
    });
  }
  const total = metricValue(data, "dropped_iterations", "count");
  if (scenarios.length === 0 && total === null) return null;
  scenarios.sort((a, b) => a.scenario.localeCompare(b.scenario));
  const iterations = total ?? scenarios.reduce((sum, row) => sum + row.iterations, 0);
  const known = scenarios.reduce((sum, row) => sum + row.iterations, 0) === iterations && scenarios.every((row) => row.requests !== null);
  return { iterations, requests: known ? scenarios.reduce((sum, row) => sum + row.requests, 0) : null, scenarios };
}
function percentileCaveat(dropped) {
  if (!dropped) return null;
  if (dropped.iterations === 0)
    return "0 requests not sent on time (0 dropped iterations): the percentiles cover every scheduled request";
  const what = dropped.requests === null ? `the requests of ${formatValue(dropped.iterations, "count")} iterations` : `${formatValue(dropped.requests, "count")} request${dropped.requests === 1 ? "" : "s"}`;
  return `percentiles exclude ${what} not sent on time (${formatValue(dropped.iterations, "count")} dropped iterations: no VU was free when they were due), whose latency k6 cannot know`;
}
function droppedText(row) {
  const requests = row.requests === null ? "" : ` (${formatValue(row.requests, "count")} request${row.requests === 1 ? "" : "s"})`;
  const allowed = row.allowed === null ? ", not gated" : `, at most ${formatValue(row.allowed, "count")} allowed`;
  return `${formatValue(row.iterations, "count")} iteration${row.iterations === 1 ? "" : "s"} not sent on time${requests}${allowed}`;
}
function formatValue(value, unit) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "n/a";
  if (unit === "percent") return `${(value * 100).toFixed(2)}%`;
  if (unit === "ms") {
    if (Math.abs(value) >= 6e4) return `${(value / 1e3).toFixed(1)}s`;
    if (Math.abs(value) >= 1e3) return `${(value / 1e3).toFixed(2)}s`;
    return `${value.toFixed(value < 10 ? 2 : 1)}ms`;
  }
  if (unit === "count")
    return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return Math.abs(value) >= 1e6 ? value.toExponential(3) : String(Math.round(value * 1e3) / 1e3);
}
function metricValue(data, metric, stat) {
  const value = data.metrics?.[metric]?.values?.[stat];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
function serverResources(data) {
  if (!data.metrics?.server_memory_mb && !data.metrics?.server_cpu_percent) return null;
  return {
    memory_mb_peak: metricValue(data, "server_memory_mb", "max"),
    cpu_percent_p95: metricValue(data, "server_cpu_percent", "p(95)"),
    memory_growth_mb_per_min: metricValue(data, "server_memory_growth_mb_per_min", "max"),
    samples_missing: metricValue(data, "server_samples_missing", "count") ?? 0
  };
}
function resourcesText(resources) {
  if (!resources || resources.memory_mb_peak === null && resources.cpu_percent_p95 === null)
    return "server resources: not measured (no sidecar)";
  const growth = resources.memory_growth_mb_per_min;
  return [
    `server resources over the load: memory peak ${formatValue(resources.memory_mb_peak, "value")} MB`,
    `CPU p95 ${formatValue(resources.cpu_percent_p95, "value")}% of available CPUs`,
    ...growth === null ? [] : [`memory growth ${formatValue(growth, "value")} MB/min`],
    `samples missing ${resources.samples_missing}`
  ].join(", ");
}
var resourcesLine = (data) => resourcesText(serverResources(data));

// lib/report/results.ts
var RESULTS_SCHEMA_VERSION = 1;
function buildResults(data, meta, requestsPerIteration = {}) {
  const thresholds = thresholdRows(data).map(({ metric, expression: expression2, ok, observed, unit }) => ({
    metric,
    expression: expression2,
    ok,
    observed,
    unit
  }));
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: { ...meta, duration_ms: data.state?.testRunDurationMs ?? null },
    verdict: thresholds.every((t) => t.ok) ? "passed" : "failed",
    thresholds,
    endpoints: endpointRows(data),
    dropped: droppedIterations(data, requestsPerIteration),
    metrics: Object.fromEntries(Object.entries(data.metrics ?? {}).map(([name, m]) => [name, m.values ?? {}])),
    resources: serverResources(data)
  };
}
function unitOf2(threshold) {
  if (threshold.unit) return threshold.unit;
  if (threshold.expression.startsWith("rate")) return "percent";
  return /duration|_ms/.test(threshold.metric) ? "ms" : "value";
}

// lib/report/junit.ts
function thresholdCase(suite, t) {
  const name = escapeXml(`${t.metric} ${t.expression}`);
  const observed = t.observed === null && t.reason ? `not measured: ${t.reason}` : `observed ${formatValue(t.observed, unitOf2(t))}`;
  const open2 = `    <testcase classname="${suite}" name="${name}" time="0">`;
  if (t.ok) return `${open2}<system-out>${escapeXml(observed)}</system-out></testcase>`;
  return `${open2}
      <failure message="${escapeXml(`${t.metric} ${t.expression} failed: ${observed}`)}" type="threshold">${escapeXml(observed)}</failure>
    </testcase>`;
}
function errorCase(suite, results) {
  const reason = escapeXml(results.run.outcome_reason ?? "the run ended in an error");
  return `    <testcase classname="${suite}" name="k6 run" time="0">
      <error message="${reason}" type="k6">${reason}</error>
    </testcase>`;
}
function junitReport(results) {
  const rows = results.thresholds;
  const failures = rows.filter((r) => !r.ok).length;
  const errors = results.run.outcome === "error" ? 1 : 0;
  const tests = rows.length + errors;
  const seconds2 = ((results.run.duration_ms ?? 0) / 1e3).toFixed(3);
  const suite = escapeXml(`course-perf.${results.run.scenario}`);
  const cases = [...errors ? [errorCase(suite, results)] : [], ...rows.map((r) => thresholdCase(suite, r))];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="course-perf" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds2}">`,
    `  <testsuite name="${suite}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds2}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// lib/report/markdown.ts
function thresholdTable(rows) {
  return [
    "| | threshold | observed |",
    "|---|---|---|",
    ...rows.map(
      (r) => `| ${r.ok ? "✅" : "❌"} | ${markdownCode(`${r.metric} ${r.expression}`)} | ${formatValue(r.observed, unitOf2(r))} |`
    )
  ];
}
function markdownReport(results) {
  const rows = results.thresholds;
  const failed = rows.filter((r) => !r.ok);
  const passed = rows.filter((r) => r.ok);
  const verdict = rows.length === 0 ? "no thresholds" : failed.length === 0 ? `✅ all ${rows.length} thresholds passed` : `❌ ${failed.length} of ${rows.length} thresholds failed`;
  const lines = [`## course-perf ${markdownCode(results.run.scenario, { inTable: false })}: ${verdict}`, ""];
  if (failed.length > 0) lines.push(...thresholdTable(failed), "");
  if (passed.length > 0) {
    lines.push(
      "<details>",
      `<summary>${passed.length} passed threshold${passed.length === 1 ? "" : "s"}</summary>`,
      "",
      ...thresholdTable(passed),
      "",
      "</details>",
      ""
    );
  }
  const endpoints = results.endpoints;
  if (endpoints.length > 0) {
    lines.push("| endpoint | requests | p50 | p95 | p99 | max | errors |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const e of endpoints) {
      lines.push(
        `| ${escapeMarkdownCell(e.endpoint)} | ${e.requests} | ${formatValue(e.p50, "ms")} | ${formatValue(e.p95, "ms")} | ${formatValue(e.p99, "ms")} | ${formatValue(e.max, "ms")} | ${formatValue(e.errorRate, "percent")} |`
      );
    }
    lines.push("");
  }
  const dropped = results.dropped ?? null;
  const caveat = percentileCaveat(dropped);
  if (caveat) lines.push(`${dropped.iterations > 0 ? "⚠️ " : ""}${escapeMarkdownCell(caveat)}`, "");
  if (dropped && dropped.scenarios.length > 0) {
    lines.push("| scenario (open model) | iterations not sent on time | requests | allowed |", "|---|---:|---:|---:|");
    for (const row of dropped.scenarios) {
      lines.push(
        `| ${escapeMarkdownCell(row.scenario)} | ${formatValue(row.iterations, "count")} | ${row.requests === null ? "n/a" : formatValue(row.requests, "count")} | ${row.allowed === null ? "not gated" : formatValue(row.allowed, "count")} |`
      );
    }
    lines.push("");
  }
  lines.push(escapeMarkdownCell(resourcesText(results.resources)), "");
  return lines.join("\n");
}

// lib/report/text.ts
var BUILT_IN = /* @__PURE__ */ new Set([
  "http_reqs",
  "http_req_duration",
  "http_req_blocked",
  "http_req_connecting",
  "http_req_tls_handshaking",
  "http_req_sending",
  "http_req_waiting",
  "http_req_receiving",
  "http_req_failed",
  "iterations",
  "iteration_duration",
  "dropped_iterations",
  "vus",
  "vus_max",
  "data_sent",
  "data_received",
  "checks",
  "group_duration"
]);
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
  lines.push(
    c.bold(
      `course-perf ${options2.scenario}: ${thresholds.length === 0 ? "no thresholds" : failed === 0 ? c.green(`all ${thresholds.length} thresholds passed`) : c.red(`${failed} of ${thresholds.length} thresholds failed`)}`
    )
  );
  lines.push("", c.bold("thresholds"));
  for (const t of thresholds) {
    const mark = t.ok ? c.green("✓") : c.red("✗");
    lines.push(`  ${mark} ${t.metric} ${t.expression}  ${c.dim("observed")} ${formatValue(t.observed, t.unit)}`);
  }
  const endpoints = endpointRows(data);
  if (endpoints.length > 0) {
    const width = Math.max(16, ...endpoints.map((e) => e.endpoint.length));
    lines.push(
      "",
      c.bold(
        `${"endpoints".padEnd(width + 2)} ${"requests".padStart(8)} ${["p50", "p95", "p99", "max", "errors"].map((h) => h.padStart(8)).join(" ")}`
      )
    );
    for (const e of endpoints) {
      const cell = (v) => formatValue(v, "ms").padStart(8);
      lines.push(
        `  ${e.endpoint.padEnd(width)} ${String(e.requests).padStart(8)} ${cell(e.p50)} ${cell(e.p95)} ${cell(e.p99)} ${cell(e.max)} ${formatValue(e.errorRate, "percent").padStart(8)}`
      );
    }
  }
  const dropped = droppedIterations(data, options2.requestsPerIteration);
  const caveat = percentileCaveat(dropped);
  if (caveat) lines.push(`  ${dropped.iterations > 0 ? c.red(caveat) : caveat}`);
  if (dropped && dropped.scenarios.length > 0) {
    lines.push("", c.bold("requests not sent on time (open model: k6 dropped_iterations per scenario)"));
    const width = Math.max(16, ...dropped.scenarios.map((row) => row.scenario.length));
    for (const row of dropped.scenarios) lines.push(`  ${row.scenario.padEnd(width)} ${droppedText(row)}`);
  }
  const seconds2 = (data.state?.testRunDurationMs ?? 0) / 1e3;
  const requests = metricValue(data, "http_reqs", "count");
  const iterations = metricValue(data, "iterations", "count");
  lines.push("", c.bold("throughput"));
  lines.push(
    `  ${formatValue(requests ?? 0, "count")} requests (${seconds2 > 0 && requests !== null ? (requests / seconds2).toFixed(1) : "n/a"}/s), ${formatValue(iterations ?? 0, "count")} iterations in ${seconds2.toFixed(1)} s`
  );
  lines.push(`  errors: ${formatValue(metricValue(data, "http_req_failed", "rate"), "percent")} of requests failed`);
  const checks = metricValue(data, "checks", "rate");
  lines.push(
    `  checks: ${formatValue(checks, "percent")} passed (${formatValue(metricValue(data, "checks", "passes"), "count")} of ${formatValue((metricValue(data, "checks", "passes") ?? 0) + (metricValue(data, "checks", "fails") ?? 0), "count")})`
  );
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
    const out = {
      stdout: textSummary(data, {
        scenario: meta.scenario,
        color: data.state?.isStdOutTTY === true,
        requestsPerIteration: meta.requestsPerIteration
      })
    };
    const dir = __ENV.REPORTS_DIR;
    if (dir) {
      const results = buildResults(
        data,
        {
          scenario: meta.scenario,
          profile: orNull(__ENV.RUN_PROFILE) ?? meta.profile ?? null,
          target: orNull(__ENV.RUN_TARGET) ?? orNull(__ENV.BASE_URL),
          k6_version: orNull(__ENV.RUN_K6_VERSION),
          git_commit: orNull(__ENV.RUN_GIT_COMMIT),
          started_at: orNull(__ENV.RUN_STARTED_AT),
          finished_at: (/* @__PURE__ */ new Date()).toISOString()
        },
        meta.requestsPerIteration
      );
      const { setup_data: _secrets, ...shareable } = data;
      out[`${dir}/summary.json`] = JSON.stringify(shareable, null, 1);
      out[`${dir}/results.json`] = `${JSON.stringify(results, null, 2)}
`;
      out[`${dir}/junit.xml`] = junitReport(results);
      out[`${dir}/summary.md`] = markdownReport(results);
    }
    return out;
  };
}

// lib/users/session.ts
import { Counter as Counter2 } from "k6/metrics";
var relogins = new Counter2("relogins");
var sessions = {};
var secret;
function classPassword2(config2, role) {
  return secret?.[role] ?? config2.users[role].password;
}
function withSecrets(iteration) {
  return (...args) => {
    if (secret) return iteration(...args);
    return secretPasswords().then((found) => {
      secret = found;
      iteration(...args);
    });
  };
}
var anonymous;
var renewMarginS = (ttlS) => Math.min(30, ttlS / 10);
function login2(config2, _data, role) {
  const account = accountOfVu(pool, role, classPassword2(config2, role));
  if (!account) return void 0;
  anonymous ??= new ApiClient(config2.baseUrl, config2.apiTimeoutS);
  const answer = anonymous.login(account.email, account.password).body;
  if (!answer) return void 0;
  const ttlS = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 3600;
  return {
    client: new ApiClient(config2.baseUrl, config2.apiTimeoutS, answer.access_token),
    renewAt: Date.now() + (ttlS - renewMarginS(ttlS)) * 1e3,
    courses: void 0
  };
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

// lib/metrics/metrics.ts
import { Counter as Counter3, Rate, Trend as Trend2 } from "k6/metrics";
var chapterGenerationMs = new Trend2("chapter_generation_ms", true);
var courseGenerationMs = new Trend2("course_generation_ms", true);
var courseGenerationObservedMs = new Trend2("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter3("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter3("workflow_errors");

// lib/workflows/run-workflow.ts
var MAX_LOGGED_ERRORS = 5;
var loggedErrors = 0;
var tagsByName = {};
function runWorkflow(name, workflow, ctx) {
  let tags = tagsByName[name];
  if (tags === void 0) {
    tags = { workflow: name };
    tagsByName[name] = tags;
  }
  try {
    workflowSuccess.add(workflow(ctx), tags);
  } catch (error) {
    workflowSuccess.add(false, tags);
    workflowErrors.add(1, tags);
    if (loggedErrors++ < MAX_LOGGED_ERRORS) {
      console.error(
        `workflow "${name}" threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
      );
    }
  }
}

// lib/workflows/workflows.ts
import { group } from "k6";
import exec4 from "k6/execution";

// lib/workflows/generation.ts
import { sleep as sleep4 } from "k6";
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
    sleep4(pollIntervalS);
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
import { sleep as sleep5 } from "k6";

// lib/workflows/workflows.ts
function clientFor(ctx, role) {
  return userClient(ctx.config, ctx.data, role);
}
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${exec4.vu.idInTest} it${exec4.vu.iterationInScenario}`;
}
var EXPORT_FORMATS = ["json", "markdown", "html"];
var everyEndpoint = (ctx) => group("every endpoint", () => {
  const { config: config2 } = ctx;
  const user = clientFor(ctx, "power");
  const admin = clientFor(ctx, "admin");
  if (!user || !admin) return false;
  let ok = user.health().ok;
  ok = user.listCourses({ limit: 5 }).ok && ok;
  const created = user.createCourse({
    title: uniqueTitle("smoke", ctx),
    topic: "smoke testing",
    level: "intermediate",
    chapter_count: 2
  });
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
  if (endpoint === "login") return targets.loginP95Ms;
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
function workflowGates(targets, endpoints, delayAbortEval) {
  return [
    ...latencyGates(targets, endpoints),
    ...errorGates(targets, endpoints),
    ...abortGates(delayAbortEval),
    ...successGates(targets),
    ...generationGates(targets)
  ];
}

// scenarios/smoke.ts
var { seconds: SMOKE_SECONDS2 } = smokeEntry.settings();
var options = entryOptions(config, () => ({
  roles: ["power", "admin"],
  // classes whose VUs log in as their own pool account
  wallTimeS: SMOKE_SECONDS2,
  scenarios: {
    smoke: { executor: "constant-vus", exec: "smoke", vus: 1, duration: `${SMOKE_SECONDS2}s`, gracefulStop: "30s" }
  },
  gates: workflowGates(config.targets, ENDPOINTS, "5s")
}));
var handleSummary = makeHandleSummary({ scenario: "smoke" });
function setup() {
  return prepareRun(config);
}
var smoke = withSecrets((data) => {
  runWorkflow("smoke", everyEndpoint, { config, data });
});
export {
  handleSummary,
  options,
  pollResources2 as pollResources,
  setup,
  smoke,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3Mvc21va2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKipcbiAgICogTG9naW4gY2hlY2tzIGEgcGFzc3dvcmQgaGFzaCAoc2NyeXB0LCBiY3J5cHQpLCB3aGljaCBjb3N0cyB0ZW5zIG9mIG1zIG9mIENQVSBieSBkZXNpZ24sIGFuZCBldmVyeVxuICAgKiBWVSBsb2dzIGluIGFzIGl0IGFycml2ZXM6IGEgYnVkZ2V0IG9mIGl0cyBvd24sIHNvIGEgbG9naW4gc3Rvcm0gaXMgZ2F0ZWQgd2l0aG91dCBoaWRpbmcgQVBJIGxhdGVuY3kgKG1zKS5cbiAgICovXG4gIGxvZ2luUDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKipcbiAgICogU2hhcmUgb2YgYW4gb3Blbi1tb2RlbCBzY2VuYXJpbydzIHNjaGVkdWxlZCBpdGVyYXRpb25zIGs2IG1heSBkcm9wIGZvciB3YW50IG9mIGEgZnJlZSBWVSAoMC0xKTpcbiAgICogcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSwgd2hvc2UgbGF0ZW5jeSBubyBwZXJjZW50aWxlIGhvbGRzLlxuICAgKi9cbiAgZHJvcHBlZFNoYXJlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGxvZ2luUDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgZHJvcHBlZFNoYXJlOiAwLjAxLFxuICBtZW1vcnlNYjogMTAyNCxcbiAgY3B1UGVyY2VudDogODAsXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiAxMCxcbn0pO1xuIiwgIi8vIFRoZSB1c2VyIHBvb2wncyB0d28gc291cmNlcywgYXMgcHVyZSBmdW5jdGlvbnMgKG5vIGs2IGltcG9ydHMpIHNvIHRoZSBkZW1vIHBsYXRmb3JtLCB0aGUgcnVubmVyXG4vLyBhbmQgdGhlIHVuaXQgdGVzdHMgc2hhcmUgdGhlbSB3aXRoIHRoZSBrNiBzaWRlOlxuLy8gLSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFLCBhIENTViBgZW1haWwscGFzc3dvcmQscm9sZWAgKG9uZSBhY2NvdW50IHBlciBsaW5lKTtcbi8vIC0gYSBkZW1vIHBvb2wgc3BlYyBgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTBgIChERU1PX1VTRVJTKSwgd2hvc2UgYWNjb3VudHMgYXJlIG5hbWVkXG4vLyAgIGByZWd1bGFyLTAwMDFAZXhhbXBsZS5jb21gIC4uLiBhbmQgc2hhcmUgb25lIHBhc3N3b3JkIHBlciByb2xlLlxuLy8gQSBDU1YgcGFyc2VyIG9mIG91ciBvd24gYmVjYXVzZSB0aGUgZmlsZSBtdXN0IGJlIGNoZWNrZWQgbGluZSBieSBsaW5lIHdpdGggdGhlIGxpbmUgbmFtZWQgaW5cbi8vIHRoZSBtZXNzYWdlLCBhbmQgaXQgcnVucyBvbmNlIHBlciB0ZXN0IChpbnNpZGUgYSBTaGFyZWRBcnJheSBjYWxsYmFjayk7IGs2J3MgZXhwZXJpbWVudGFsIGNzdlxuLy8gbW9kdWxlIHJldHVybnMgYmFyZSByZWNvcmRzIHdpdGhvdXQgbGluZSBudW1iZXJzIGFuZCBuZWVkcyB0b3AtbGV2ZWwgYXdhaXQgaW4gZXZlcnkgVlUuXG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgY29uc3QgUk9MRVM6IHJlYWRvbmx5IFJvbGVbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuXG5leHBvcnQgaW50ZXJmYWNlIEFjY291bnQge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgdHlwZSBBY2NvdW50cyA9IFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuZXhwb3J0IHR5cGUgUG9vbFNpemVzID0gUmVjb3JkPFJvbGUsIG51bWJlcj47XG5cbmV4cG9ydCBjbGFzcyBVc2Vyc0ZpbGVFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdVc2Vyc0ZpbGVFcnJvcic7XG59XG5cbi8qKlxuICogUmVhZHMgYSB1c2VycyBDU1Y6IGhlYWRlciBgZW1haWwscGFzc3dvcmQscm9sZWAgKGFueSBjb2x1bW4gb3JkZXIsIGNhc2UtaW5zZW5zaXRpdmUpLCBSRkMgNDE4MFxuICogcXVvdGluZyAoXCJhLGJcIiBhbmQgXCJcIiBpbnNpZGUgcXVvdGVzKSwgYmxhbmsgbGluZXMgc2tpcHBlZC4gRXZlcnkgcHJvYmxlbSBuYW1lcyB0aGUgZmlsZSBhbmQgbGluZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVXNlcnNDc3YodGV4dDogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiBBY2NvdW50cyB7XG4gIGNvbnN0IGFjY291bnRzOiBBY2NvdW50cyA9IHsgcmVndWxhcjogW10sIHBvd2VyOiBbXSwgYWRtaW46IFtdIH07XG4gIGNvbnN0IGZhaWwgPSAobGluZTogbnVtYmVyLCBwcm9ibGVtOiBzdHJpbmcpOiBuZXZlciA9PiB7XG4gICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7ZmlsZX0sIGxpbmUgJHtsaW5lfTogJHtwcm9ibGVtfWApO1xuICB9O1xuICBsZXQgY29sdW1uczogUmVjb3JkPCdlbWFpbCcgfCAncGFzc3dvcmQnIHwgJ3JvbGUnLCBudW1iZXI+IHwgdW5kZWZpbmVkO1xuICBsZXQgd2lkdGggPSAwO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGJvZHkgPSB0ZXh0LmNoYXJDb2RlQXQoMCkgPT09IDB4ZmVmZiA/IHRleHQuc2xpY2UoMSkgOiB0ZXh0OyAvLyBhIEJPTSBmcm9tIHNwcmVhZHNoZWV0IGV4cG9ydHNcbiAgY29uc3QgbGluZXMgPSBib2R5LnNwbGl0KC9cXHI/XFxuLyk7XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgbGluZXMubGVuZ3RoOyBuKyspIHtcbiAgICBjb25zdCBsaW5lID0gbGluZXNbbl0hO1xuICAgIGlmIChsaW5lLnRyaW0oKSA9PT0gJycpIGNvbnRpbnVlO1xuICAgIC8vIEZpZWxkcyBvZiBvbmUgbGluZTogcXVvdGVkIGZpZWxkcyBtYXkgaG9sZCBjb21tYXMgYW5kIGRvdWJsZWQgcXVvdGVzIChub3QgbGluZSBicmVha3MpLlxuICAgIGNvbnN0IGZpZWxkczogc3RyaW5nW10gPSBbXTtcbiAgICBsZXQgZmllbGQgPSAnJztcbiAgICBsZXQgcXVvdGVkID0gZmFsc2U7XG4gICAgbGV0IHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGluZS5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgYyA9IGxpbmVbaV07XG4gICAgICBpZiAocXVvdGVkKSB7XG4gICAgICAgIGlmIChjID09PSAnXCInICYmIGxpbmVbaSArIDFdID09PSAnXCInKSB7XG4gICAgICAgICAgZmllbGQgKz0gJ1wiJztcbiAgICAgICAgICBpKys7IC8vIHRoZSBlc2NhcGVkIHF1b3RlJ3Mgc2Vjb25kIGhhbGZcbiAgICAgICAgfSBlbHNlIGlmIChjID09PSAnXCInKSBxdW90ZWQgPSBmYWxzZTtcbiAgICAgICAgZWxzZSBmaWVsZCArPSBjO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnLCcpIHtcbiAgICAgICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgICB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1wiJyAmJiBmaWVsZC50cmltKCkgPT09ICcnKSB7XG4gICAgICAgIHF1b3RlZCA9IHdhc1F1b3RlZCA9IHRydWU7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICB9IGVsc2UgZmllbGQgKz0gYztcbiAgICB9XG4gICAgaWYgKHF1b3RlZCkgZmFpbChuICsgMSwgJ2EgcXVvdGVkIGZpZWxkIGlzIG5vdCBjbG9zZWQnKTtcbiAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgaWYgKCFjb2x1bW5zKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IGZpZWxkcy5tYXAoKGYpID0+IGYudG9Mb3dlckNhc2UoKSk7XG4gICAgICBjb25zdCBhdCA9IChuYW1lOiBzdHJpbmcpID0+IG5hbWVzLmluZGV4T2YobmFtZSk7XG4gICAgICBpZiAoYXQoJ2VtYWlsJykgPCAwIHx8IGF0KCdwYXNzd29yZCcpIDwgMCB8fCBhdCgncm9sZScpIDwgMCkge1xuICAgICAgICBmYWlsKG4gKyAxLCBgdGhlIGZpcnN0IGxpbmUgbXVzdCBiZSB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgKGdvdCAke0pTT04uc3RyaW5naWZ5KGxpbmUuc2xpY2UoMCwgODApKX0pYCk7XG4gICAgICB9XG4gICAgICBjb2x1bW5zID0geyBlbWFpbDogYXQoJ2VtYWlsJyksIHBhc3N3b3JkOiBhdCgncGFzc3dvcmQnKSwgcm9sZTogYXQoJ3JvbGUnKSB9O1xuICAgICAgd2lkdGggPSBmaWVsZHMubGVuZ3RoO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChmaWVsZHMubGVuZ3RoICE9PSB3aWR0aCkgZmFpbChuICsgMSwgYGV4cGVjdGVkICR7d2lkdGh9IGZpZWxkcyBsaWtlIHRoZSBoZWFkZXIsIGdvdCAke2ZpZWxkcy5sZW5ndGh9YCk7XG4gICAgY29uc3QgZW1haWwgPSBmaWVsZHNbY29sdW1ucy5lbWFpbF0gPz8gJyc7XG4gICAgY29uc3QgcGFzc3dvcmQgPSBmaWVsZHNbY29sdW1ucy5wYXNzd29yZF0gPz8gJyc7XG4gICAgY29uc3Qgcm9sZSA9IChmaWVsZHNbY29sdW1ucy5yb2xlXSA/PyAnJykudG9Mb3dlckNhc2UoKTtcbiAgICBpZiAoZW1haWwgPT09ICcnKSBmYWlsKG4gKyAxLCAnZW1wdHkgZW1haWwnKTtcbiAgICBpZiAocGFzc3dvcmQgPT09ICcnKSBmYWlsKG4gKyAxLCBgZW1wdHkgcGFzc3dvcmQgZm9yICR7ZW1haWx9YCk7XG4gICAgaWYgKCEoUk9MRVMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKHJvbGUpKVxuICAgICAgZmFpbChuICsgMSwgYHVua25vd24gcm9sZSAke0pTT04uc3RyaW5naWZ5KHJvbGUpfSBmb3IgJHtlbWFpbH0gKHVzZSByZWd1bGFyLCBwb3dlciBvciBhZG1pbilgKTtcbiAgICBpZiAoc2Vlbi5oYXMoZW1haWwudG9Mb3dlckNhc2UoKSkpIGZhaWwobiArIDEsIGAke2VtYWlsfSBpcyBsaXN0ZWQgdHdpY2VgKTtcbiAgICBzZWVuLmFkZChlbWFpbC50b0xvd2VyQ2FzZSgpKTtcbiAgICBhY2NvdW50c1tyb2xlIGFzIFJvbGVdLnB1c2goeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cbiAgaWYgKCFjb2x1bW5zKSBmYWlsKDEsICd0aGUgZmlsZSBpcyBlbXB0eTogaXQgbmVlZHMgdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlIGFuZCBvbmUgbGluZSBwZXIgYWNjb3VudCcpO1xuICByZXR1cm4gYWNjb3VudHM7XG59XG5cbi8qKiBgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTBgIC0+IHNpemVzOyBhIHJvbGUgbGVmdCBvdXQgaGFzIG5vbmUuIFRocm93cyBuYW1pbmcgYG5hbWVgIG9uIGFueXRoaW5nIGVsc2UuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VQb29sU3BlYyhzcGVjOiBzdHJpbmcsIG5hbWU6IHN0cmluZyk6IFBvb2xTaXplcyB7XG4gIGNvbnN0IHNpemVzOiBQb29sU2l6ZXMgPSB7IHJlZ3VsYXI6IDAsIHBvd2VyOiAwLCBhZG1pbjogMCB9O1xuICBjb25zdCBleHBlY3RlZCA9ICdyb2xlOmNvdW50IHBhaXJzIHN1Y2ggYXMgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTAnO1xuICBmb3IgKGNvbnN0IHBhcnQgb2Ygc3BlY1xuICAgIC5zcGxpdCgnLCcpXG4gICAgLm1hcCgocCkgPT4gcC50cmltKCkpXG4gICAgLmZpbHRlcigocCkgPT4gcCAhPT0gJycpKSB7XG4gICAgY29uc3QgbWF0Y2ggPSAvXihyZWd1bGFyfHBvd2VyfGFkbWluKTooXFxkezEsNn0pJC8uZXhlYyhwYXJ0KTtcbiAgICBpZiAoIW1hdGNoKVxuICAgICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IFwiJHtwYXJ0fVwiIGlzIG5vdCBvbmUgb2YgJHtleHBlY3RlZH1gKTtcbiAgICBzaXplc1ttYXRjaFsxXSBhcyBSb2xlXSA9IE51bWJlcihtYXRjaFsyXSk7XG4gIH1cbiAgaWYgKHNpemVzLnJlZ3VsYXIgKyBzaXplcy5wb3dlciArIHNpemVzLmFkbWluID09PSAwKVxuICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xuICByZXR1cm4gc2l6ZXM7XG59XG5cbi8qKiBUaGUgZW1haWwgb2YgdGhlIG4tdGggKGZyb20gMSkgZGVtbyBwb29sIGFjY291bnQgb2YgYSByb2xlOiByZWd1bGFyLTAwMDFAZXhhbXBsZS5jb20uICovXG5leHBvcnQgZnVuY3Rpb24gcG9vbEVtYWlsKHJvbGU6IFJvbGUsIG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtyb2xlfS0ke1N0cmluZyhuKS5wYWRTdGFydCg0LCAnMCcpfUBleGFtcGxlLmNvbWA7XG59XG5cbi8qKiBXaHkgYSBwb29sIGlzIHRvbyBzbWFsbCBmb3IgZGlzdGluY3QgYWNjb3VudHMsIG9yIHVuZGVmaW5lZCB3aGVuIGV2ZXJ5IFZVIGNhbiBoYXZlIGl0cyBvd24uICovXG5leHBvcnQgZnVuY3Rpb24gdG9vU21hbGxGb3JEaXN0aW5jdChzaXplczogUG9vbFNpemVzLCBuZWVkZWQ6IFBvb2xTaXplcywgc291cmNlOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHtcbiAgICBpZiAobmVlZGVkW3JvbGVdID4gMCAmJiBzaXplc1tyb2xlXSA8IG5lZWRlZFtyb2xlXSkge1xuICAgICAgcmV0dXJuIChcbiAgICAgICAgYCR7c291cmNlfSBoYXMgJHtzaXplc1tyb2xlXX0gJHtyb2xlfSBhY2NvdW50KHMpLCBidXQgUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSBuZWVkcyAke25lZWRlZFtyb2xlXX06IGAgK1xuICAgICAgICBgb25lIHBlciBWVSBpZCB0aGlzIGVudHJ5IGNhbiBzdGFydCAoazYgbnVtYmVycyBWVXMgYWNyb3NzIGFsbCBjbGFzc2VzLCBhbmQgVlUgbiB1c2VzIHRoZSBjbGFzcydzIGFjY291bnQgbiBtb2Qgc2l6ZSlgXG4gICAgICApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIFRoZSBoaWdoZXN0IFZVIGlkIGs2IGNhbiBoYW5kIG91dCBmb3IgdGhlc2Ugc2NlbmFyaW9zICh0aGUgc3VtIG9mIGVhY2ggc2NlbmFyaW8ncyBWVXMsIGFuIHVwcGVyXG4gKiBib3VuZCBvZiBrNidzIG1heFZVcyk6IFZVIGlkcyBhcmUgbnVtYmVyZWQgYWNyb3NzIGFsbCBzY2VuYXJpb3MsIHNvIGEgY2xhc3MncyBhY2NvdW50cyBhcmVcbiAqIGluZGV4ZWQgYnkgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2dUlkQm91bmQoc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pOiBudW1iZXIge1xuICBsZXQgdG90YWwgPSAwO1xuICBmb3IgKGNvbnN0IHMgb2YgT2JqZWN0LnZhbHVlcyhzY2VuYXJpb3MpKSB7XG4gICAgY29uc3Qgc3RhZ2VzID0gKHMuc3RhZ2VzIGFzIHsgdGFyZ2V0OiBudW1iZXIgfVtdIHwgdW5kZWZpbmVkKSA/PyBbXTtcbiAgICBjb25zdCBtb3N0ID0gTWF0aC5tYXgoTnVtYmVyKHMuc3RhcnRWVXMgPz8gMCksIC4uLnN0YWdlcy5tYXAoKHN0YWdlKSA9PiBzdGFnZS50YXJnZXQpKTtcbiAgICBpZiAocy5leGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgdG90YWwgKz0gbW9zdDtcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5tYXhWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLm1heFZVcztcbiAgICBlbHNlIGlmICh0eXBlb2Ygcy5wcmVBbGxvY2F0ZWRWVXMgPT09ICdudW1iZXInKSB0b3RhbCArPSBzLnByZUFsbG9jYXRlZFZVcztcbiAgICBlbHNlIHRvdGFsICs9IE51bWJlcihzLnZ1cyA/PyAxKTtcbiAgfVxuICByZXR1cm4gdG90YWw7XG59XG4iLCAiLy8gUnVuIGNvbmZpZ3VyYXRpb24gZnJvbSB0aGUgZW52aXJvbm1lbnQsIHZhbGlkYXRlZCB1cCBmcm9udC4gUHVyZSAobm8gazYgaW1wb3J0cykgc28gdGhlXG4vLyBwYXJzaW5nIGlzIHVuaXQtdGVzdGVkIGluIE5vZGU7IGxpYi9jb25maWcvZW52LnRzIGFwcGxpZXMgaXQgdG8gazYncyBfX0VOViBhdCBpbml0LCB3aGVyZSBhIHRocm93XG4vLyBzdG9wcyB0aGUgcnVuIGJlZm9yZSBhbnkgcmVxdWVzdCBpcyBzZW50LlxuaW1wb3J0IHsgREVGQVVMVF9UQVJHRVRTLCB0eXBlIFRhcmdldHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL3RhcmdldHMudHMnO1xuaW1wb3J0IHsgdHlwZSBQb29sU2l6ZXMsIHBhcnNlUG9vbFNwZWMsIFVzZXJzRmlsZUVycm9yIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IHR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGludGVyZmFjZSBDcmVkZW50aWFscyB7XG4gIGVtYWlsOiBzdHJpbmc7XG4gIHBhc3N3b3JkOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnIHtcbiAgYmFzZVVybDogc3RyaW5nO1xuICB1c2VyczogeyByZWd1bGFyOiBDcmVkZW50aWFsczsgcG93ZXI6IENyZWRlbnRpYWxzOyBhZG1pbjogQ3JlZGVudGlhbHMgfTtcbiAgLyoqIEhvbGQgdGltZSBvZiB0aGUgbWFpbiBsb2FkLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OKS4gKi9cbiAgZHVyYXRpb25TOiBudW1iZXI7XG4gIC8qKiBQZWFrIG51bWJlciBvZiB2aXJ0dWFsIHVzZXJzIChQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTKS4gKi9cbiAgY29uY3VycmVudFVzZXJzOiBudW1iZXI7XG4gIC8qKiBQZXItcmVxdWVzdCB0aW1lb3V0LCBzZWNvbmRzIChQRVJGT1JNQU5DRV9BUElfVElNRU9VVCkuICovXG4gIGFwaVRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBSYW1wLXVwIGFuZCByYW1wLWRvd24gdGltZSwgc2Vjb25kcy4gKi9cbiAgcmFtcFVwUzogbnVtYmVyO1xuICByYW1wRG93blM6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIFZVcyBwZXIgdXNlciB0eXBlLCBwZXJjZW50LCBzdW1taW5nIHRvIDEwMC4gKi9cbiAgd2VpZ2h0czogeyByZWd1bGFyOiBudW1iZXI7IHBvd2VyOiBudW1iZXI7IGFkbWluOiBudW1iZXIgfTtcbiAgLyoqIFRoaW5rIHRpbWUgYmV0d2VlbiBhIHVzZXIncyBhY3Rpb25zLCBzZWNvbmRzLCBkcmF3biB1bmlmb3JtbHkgZnJvbSBbbWluLCBtYXhdLiAqL1xuICB0aGlua1RpbWVTOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9O1xuICAvKiogSG93IG9mdGVuIGEgcG93ZXIgdXNlciBwb2xscyBhIGdlbmVyYXRpb24gam9iLCBhbmQgaG93IGxvbmcgaXQgd2FpdHMgYXQgbW9zdCwgc2Vjb25kcy4gKi9cbiAgcG9sbEludGVydmFsUzogbnVtYmVyO1xuICBnZW5lcmF0aW9uVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIENoYXB0ZXJzIHBlciBnZW5lcmF0ZWQgY291cnNlLiAqL1xuICBjaGFwdGVyc1BlckNvdXJzZTogbnVtYmVyO1xuICBzaWRlY2FyVXJsOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBGYWlsIHRoZSBydW4gd2hlbiBzaWRlY2FyIHNhbXBsZXMgZ28gbWlzc2luZyAoU0lERUNBUl9TVFJJQ1Q9dHJ1ZSkuICovXG4gIHNpZGVjYXJTdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBIb3N0cyBiZXNpZGVzIGxvb3BiYWNrIHRoYXQgZW50cmllcyBoZWF2aWVyIHRoYW4gc21va2UgbWF5IGxvYWQgKFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMpLiAqL1xuICBhbGxvd2VkSG9zdHM6IHN0cmluZ1tdO1xuICB0YXJnZXRzOiBUYXJnZXRzO1xuICAvKiogVGhlIHVzZXIgcG9vbDogYSBDU1Ygb2YgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUpLCBvciB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fVVNFUlMgcG9vbDsgbmVpdGhlcjogb25lIGFjY291bnQgcGVyIGNsYXNzLiAqL1xuICB1c2Vyc0ZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgZGVtb1VzZXJzOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQ7XG4gIC8qKiBSZWZ1c2UgYSBwb29sIHdpdGggZmV3ZXIgYWNjb3VudHMgb2YgYSBjbGFzcyB0aGFuIFZVIGlkcyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1Q9dHJ1ZSkuICovXG4gIHVzZXJzRGlzdGluY3Q6IGJvb2xlYW47XG4gIC8qKiBLZXB0IGNvdXJzZXMgcGVyIHJlZ3VsYXIvcG93ZXIgYWNjb3VudCAoUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTKSwgb2Ygd2hpY2ggdGhlIGZpcnN0IE4gb2YgZWFjaCByZWd1bGFyIGFjY291bnQgYXJlIGdlbmVyYXRlZC4gKi9cbiAgZGF0YXNldDogeyBjb3Vyc2VzOiBudW1iZXI7IGdlbmVyYXRlZDogbnVtYmVyOyByZXNlZWQ6IGJvb2xlYW4gfTtcbn1cblxuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSBuYW1lID0gJ0NvbmZpZ0Vycm9yJztcbn1cblxuLyoqIFRoZSBsb25nZXN0IHJhbXBzLCBzZWNvbmRzIChQRVJGT1JNQU5DRV9SQU1QX1VQLCBQRVJGT1JNQU5DRV9SQU1QX0RPV04pLiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9SQU1QX1VQX1MgPSAyNCAqIDM2MDA7XG5leHBvcnQgY29uc3QgTUFYX1JBTVBfRE9XTl9TID0gMzYwMDtcblxudHlwZSBSZWFkPFQ+ID0gKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBUKSA9PiBUO1xuXG5mdW5jdGlvbiByYXcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICByZXR1cm4gdmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHZhbHVlLnRyaW0oKTtcbn1cblxuZnVuY3Rpb24gZmFpbChuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcsIGV4cGVjdGVkOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWdFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbn1cblxuZnVuY3Rpb24gbnVtYmVySW4obWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB3aGF0OiBzdHJpbmcsIGludGVnZXI6IGJvb2xlYW4pOiBSZWFkPG51bWJlcj4ge1xuICByZXR1cm4gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBgJHt3aGF0fSBmcm9tICR7bWlufSB0byAke21heH1gO1xuICAgIGlmICghL15bK10/XFxkKyhcXC5cXGQrKT8kLy50ZXN0KHZhbHVlKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIGNvbnN0IHBhcnNlZCA9IE51bWJlcih2YWx1ZSk7XG4gICAgaWYgKChpbnRlZ2VyICYmICFOdW1iZXIuaXNJbnRlZ2VyKHBhcnNlZCkpIHx8IHBhcnNlZCA8IG1pbiB8fCBwYXJzZWQgPiBtYXgpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICByZXR1cm4gcGFyc2VkO1xuICB9O1xufVxuXG4vKiogV2hvbGUgc2Vjb25kcywgZS5nLiA2MCAoYSB1bml0IHN1Y2ggYXMgXCI2MHNcIiBvciBcIjFtXCIgaXMgcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkKS4gKi9cbmNvbnN0IHNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnLCB0cnVlKTtcbmNvbnN0IGNvdW50ID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlcicsIHRydWUpO1xuY29uc3QgbWlsbGlzID0gbnVtYmVySW4oMSwgM182MDBfMDAwLCAnbWlsbGlzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSk7XG5jb25zdCBmcmFjdGlvbiA9IG51bWJlckluKDAsIDEsICdhIGZyYWN0aW9uIChlLmcuIDAuOTUpJywgZmFsc2UpO1xuXG5jb25zdCB0ZXh0OiBSZWFkPHN0cmluZz4gPSAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHZhbHVlLnRyaW0oKSA9PT0gJycpIGZhaWwobmFtZSwgdmFsdWUsICdhIG5vbi1lbXB0eSB2YWx1ZScpO1xuICByZXR1cm4gdmFsdWU7XG59O1xuXG5mdW5jdGlvbiB1cmwoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGNvbnN0IG1hdGNoID0gL14oaHR0cHM/KTpcXC9cXC8oW14vXFxzOl0rfFxcW1swLTlhLWZBLUY6XStcXF0pKDpcXGR7MSw1fSk/KFxcL1xcUyopPyQvLmV4ZWModmFsdWUpO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCAnYW4gaHR0cChzKSBVUkwgc3VjaCBhcyBodHRwOi8vMTI3LjAuMC4xOjgwMDAnKTtcbiAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuXG5mdW5jdGlvbiB3ZWlnaHRzKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3dlaWdodHMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyByZWd1bGFyOiA3MCwgcG93ZXI6IDIwLCBhZG1pbjogMTAgfTtcbiAgY29uc3QgcGFydHMgPSB2YWx1ZS5zcGxpdCgnLycpLm1hcCgocGFydCkgPT4gcGFydC50cmltKCkpO1xuICBjb25zdCBleHBlY3RlZCA9ICd0aHJlZSB3aG9sZSBwZXJjZW50YWdlcyByZWd1bGFyL3Bvd2VyL2FkbWluIHN1bW1pbmcgdG8gMTAwLCBlLmcuIDcwLzIwLzEwJztcbiAgaWYgKHBhcnRzLmxlbmd0aCAhPT0gMyB8fCBwYXJ0cy5zb21lKChwYXJ0KSA9PiAhL15cXGQrJC8udGVzdChwYXJ0KSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgW3JlZ3VsYXIsIHBvd2VyLCBhZG1pbl0gPSBwYXJ0cy5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXIsIG51bWJlcl07XG4gIGlmIChyZWd1bGFyICsgcG93ZXIgKyBhZG1pbiAhPT0gMTAwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IHJlZ3VsYXIsIHBvd2VyLCBhZG1pbiB9O1xufVxuXG5mdW5jdGlvbiB0aGlua1RpbWUoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1sndGhpbmtUaW1lUyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IG1pbjogMSwgbWF4OiAzIH07XG4gIGNvbnN0IG1hdGNoID0gL14oXFxkKyg/OlxcLlxcZCspPykoPzotKFxcZCsoPzpcXC5cXGQrKT8pKT8kLy5leGVjKHZhbHVlKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAnc2Vjb25kcyBhcyBOIG9yIE1JTi1NQVggKGUuZy4gMS0zKSwgZWFjaCBhdCBtb3N0IDYwJztcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBtaW4gPSBOdW1iZXIobWF0Y2hbMV0pO1xuICBjb25zdCBtYXggPSBtYXRjaFsyXSA9PT0gdW5kZWZpbmVkID8gbWluIDogTnVtYmVyKG1hdGNoWzJdKTtcbiAgaWYgKG1heCA8IG1pbiB8fCBtYXggPiA2MCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyBtaW4sIG1heCB9O1xufVxuXG5mdW5jdGlvbiBmbGFnKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnIHx8IHZhbHVlID09PSAnZmFsc2UnIHx8IHZhbHVlID09PSAnMCcpIHJldHVybiBmYWxzZTtcbiAgaWYgKHZhbHVlID09PSAndHJ1ZScgfHwgdmFsdWUgPT09ICcxJykgcmV0dXJuIHRydWU7XG4gIHJldHVybiBmYWlsKG5hbWUsIHZhbHVlLCAndHJ1ZSBvciBmYWxzZScpO1xufVxuXG5mdW5jdGlvbiBob3N0TGlzdChlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiBbXTtcbiAgY29uc3QgaG9zdHMgPSB2YWx1ZS5zcGxpdCgnLCcpLm1hcCgoaG9zdCkgPT4gaG9zdC50cmltKCkudG9Mb3dlckNhc2UoKSk7XG4gIGlmIChob3N0cy5zb21lKChob3N0KSA9PiAhL14oXFxbWzAtOWEtZjpdK1xcXXxbYS16MC05LlxcLTpdKykkLy50ZXN0KGhvc3QpKSkge1xuICAgIGZhaWwobmFtZSwgdmFsdWUsICdhIGNvbW1hLXNlcGFyYXRlZCBsaXN0IG9mIGhvc3QgbmFtZXMgb3IgYWRkcmVzc2VzLCBlLmcuIHN0YWdpbmcuZXhhbXBsZS5jb20sMTAuMC4wLjUnKTtcbiAgfVxuICByZXR1cm4gaG9zdHM7XG59XG5cbmZ1bmN0aW9uIGNyZWRlbnRpYWxzKGVudjogRW52LCBwcmVmaXg6IHN0cmluZywgZmFsbGJhY2tFbWFpbDogc3RyaW5nLCBmYWxsYmFja1Bhc3N3b3JkOiBzdHJpbmcpOiBDcmVkZW50aWFscyB7XG4gIHJldHVybiB7XG4gICAgZW1haWw6IHRleHQoZW52LCBgJHtwcmVmaXh9X0VNQUlMYCwgZmFsbGJhY2tFbWFpbCksXG4gICAgcGFzc3dvcmQ6IHRleHQoZW52LCBgJHtwcmVmaXh9X1BBU1NXT1JEYCwgZmFsbGJhY2tQYXNzd29yZCksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBvb2xTcGVjKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiB1bmRlZmluZWQ7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHBhcnNlUG9vbFNwZWModmFsdWUsIG5hbWUpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihlcnJvciBpbnN0YW5jZW9mIFVzZXJzRmlsZUVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcikpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGRhdGFzZXQoZW52OiBFbnYpOiBDb25maWdbJ2RhdGFzZXQnXSB7XG4gIGNvbnN0IGNvdXJzZXMgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMnLCAyMCk7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEJywgTWF0aC5taW4oMSwgY291cnNlcykpO1xuICBpZiAoZ2VuZXJhdGVkID4gY291cnNlcylcbiAgICBmYWlsKCdQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCcsIFN0cmluZyhnZW5lcmF0ZWQpLCBgYXQgbW9zdCBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgKCR7Y291cnNlc30pYCk7XG4gIHJldHVybiB7IGNvdXJzZXMsIGdlbmVyYXRlZCwgcmVzZWVkOiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfUkVTRUVEJykgfTtcbn1cblxuLyoqIFJlYWRzIGFuZCB2YWxpZGF0ZXMgZXZlcnkgc2V0dGluZzsgdGhyb3dzIENvbmZpZ0Vycm9yIG5hbWluZyB0aGUgZmlyc3QgYmFkIHZhcmlhYmxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlQ29uZmlnKGVudjogRW52KTogQ29uZmlnIHtcbiAgY29uc3QgZCA9IERFRkFVTFRfVEFSR0VUUztcbiAgY29uc3QgZHVyYXRpb25TID0gc2Vjb25kcygxLCA3ICogMjQgKiAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OJywgNjApO1xuICBjb25zdCByYW1wVXBTID0gc2Vjb25kcygwLCBNQVhfUkFNUF9VUF9TKShcbiAgICBlbnYsXG4gICAgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLFxuICAgIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSksXG4gICk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCBNQVhfUkFNUF9ET1dOX1MpKGVudiwgJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTicsIE1hdGgubWluKDEwLCByYW1wVXBTKSksXG4gICAgd2VpZ2h0czogd2VpZ2h0cyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFMnKSxcbiAgICB0aGlua1RpbWVTOiB0aGlua1RpbWUoZW52LCAnUEVSRk9STUFOQ0VfVEhJTktfVElNRScpLFxuICAgIHBvbGxJbnRlcnZhbFM6IG51bWJlckluKDAuMSwgNjAsICdzZWNvbmRzIChhIG51bWJlciknLCBmYWxzZSkoZW52LCAnR0VORVJBVElPTl9QT0xMX0lOVEVSVkFMJywgMSksXG4gICAgZ2VuZXJhdGlvblRpbWVvdXRTOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnR0VORVJBVElPTl9USU1FT1VUJywgMzAwKSxcbiAgICBjaGFwdGVyc1BlckNvdXJzZTogY291bnQoMSwgMjApKGVudiwgJ0dFTkVSQVRJT05fQ0hBUFRFUlMnLCAzKSxcbiAgICBzaWRlY2FyVXJsOiB1cmwoZW52LCAnU0lERUNBUl9VUkwnLCB1bmRlZmluZWQpLFxuICAgIHNpZGVjYXJTdHJpY3Q6IGZsYWcoZW52LCAnU0lERUNBUl9TVFJJQ1QnKSxcbiAgICBhbGxvd2VkSG9zdHM6IGhvc3RMaXN0KGVudiwgJ1BFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFMnKSxcbiAgICB0YXJnZXRzOiB7XG4gICAgICBhcGlQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk1X01TJywgZC5hcGlQOTVNcyksXG4gICAgICBhcGlQOTlNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9BUElfUDk5X01TJywgZC5hcGlQOTlNcyksXG4gICAgICBoZWFsdGhQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9IRUFMVEhfUDk1X01TJywgZC5oZWFsdGhQOTVNcyksXG4gICAgICBleHBvcnRQOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9FWFBPUlRfUDk1X01TJywgZC5leHBvcnRQOTVNcyksXG4gICAgICBsb2dpblA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0xPR0lOX1A5NV9NUycsIGQubG9naW5QOTVNcyksXG4gICAgICBjaGFwdGVyUDk1TXM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdUSFJFU0hPTERfQ0hBUFRFUl9QOTVfUycsIGQuY2hhcHRlclA5NU1zIC8gMTAwMCkgKiAxMDAwLFxuICAgICAgc3VjY2Vzc1JhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9TVUNDRVNTX1JBVEUnLCBkLnN1Y2Nlc3NSYXRlKSxcbiAgICAgIGVycm9yUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX0VSUk9SX1JBVEUnLCBkLmVycm9yUmF0ZSksXG4gICAgICBkcm9wcGVkU2hhcmU6IG51bWJlckluKFxuICAgICAgICAwLFxuICAgICAgICAxLFxuICAgICAgICAnYSBzaGFyZSBvZiB0aGUgc2NoZWR1bGVkIGl0ZXJhdGlvbnMgKGUuZy4gMC4wMSknLFxuICAgICAgICBmYWxzZSxcbiAgICAgICkoZW52LCAnVEhSRVNIT0xEX0RST1BQRURfU0hBUkUnLCBkLmRyb3BwZWRTaGFyZSksXG4gICAgICBtZW1vcnlNYjogY291bnQoMSwgMV8wNDhfNTc2KShlbnYsICdQRVJGT1JNQU5DRV9NRU1PUllfTElNSVQnLCBkLm1lbW9yeU1iKSxcbiAgICAgIGNwdVBlcmNlbnQ6IG51bWJlckluKDEsIDEwMCwgJ2EgcGVyY2VudGFnZScsIGZhbHNlKShlbnYsICdQRVJGT1JNQU5DRV9DUFVfTElNSVQnLCBkLmNwdVBlcmNlbnQpLFxuICAgICAgbWVtb3J5R3Jvd3RoTWJQZXJNaW46IG51bWJlckluKFxuICAgICAgICAwLFxuICAgICAgICAxXzAwMF8wMDAsXG4gICAgICAgICdNQiBwZXIgbWludXRlIChhIG51bWJlciknLFxuICAgICAgICBmYWxzZSxcbiAgICAgICkoZW52LCAnVEhSRVNIT0xEX01FTU9SWV9HUk9XVEhfTUJfUEVSX01JTicsIGQubWVtb3J5R3Jvd3RoTWJQZXJNaW4pLFxuICAgIH0sXG4gICAgdXNlcnNGaWxlOiByYXcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRklMRScpIHx8IHVuZGVmaW5lZCxcbiAgICBkZW1vVXNlcnM6IHBvb2xTcGVjKGVudiwgJ0RFTU9fVVNFUlMnKSxcbiAgICB1c2Vyc0Rpc3RpbmN0OiBmbGFnKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUJyksXG4gICAgZGF0YXNldDogZGF0YXNldChlbnYpLFxuICB9O1xufVxuXG4vKiogVGhlIGhvc3QgcGFydCBvZiBhIFVSTCwgbG93ZXItY2FzZWQsIElQdjYgaW4gYnJhY2tldHMuICovXG5mdW5jdGlvbiBob3N0T2YoYmFzZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmh0dHBzPzpcXC9cXC8oXFxbW15cXF1dK1xcXXxbXi86XSspL2kuZXhlYyhiYXNlVXJsKTtcbiAgcmV0dXJuIChtYXRjaD8uWzFdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xufVxuXG5mdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJ1s6OjFdJyB8fCBob3N0ID09PSAnOjoxJyB8fCAvXjEyN1xcLlxcZHsxLDN9XFwuXFxkezEsM31cXC5cXGR7MSwzfSQvLnRlc3QoaG9zdCk7XG59XG5cbi8qKlxuICogVGhlIHRhcmdldCBndWFyZDogYW4gZW50cnkgaGVhdmllciB0aGFuIHNtb2tlIHJlZnVzZXMgYSBob3N0IHRoYXQgaXMgbm90IGxvb3BiYWNrIHVubGVzcyBpdCBpc1xuICogYWxsb3ctbGlzdGVkLCBzbyBhIHR5cG8gaW4gQkFTRV9VUkwgY2Fubm90IGxvYWQtdGVzdCBwcm9kdWN0aW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWc6IENvbmZpZywgZW50cnk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBob3N0ID0gaG9zdE9mKGNvbmZpZy5iYXNlVXJsKTtcbiAgaWYgKGlzTG9vcGJhY2soaG9zdCkgfHwgY29uZmlnLmFsbG93ZWRIb3N0cy5pbmNsdWRlcyhob3N0KSkgcmV0dXJuO1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgYHJlZnVzaW5nIHRvIHJ1biBcIiR7ZW50cnl9XCIgYWdhaW5zdCAke2NvbmZpZy5iYXNlVXJsfTogJHtob3N0fSBpcyBub3QgYSBsb29wYmFjayBhZGRyZXNzLiBgICtcbiAgICAgIGBJZiB5b3UgbWVhbiB0byBsb2FkLXRlc3QgaXQsIGFsbG93IGl0IHdpdGggUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUz0ke2hvc3R9IChjb21tYS1zZXBhcmF0ZWQgbGlzdCkuYCxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIHNjZW5hcmlvJ3Mgb3duIG51bWVyaWMgc2V0dGluZyAoZS5nLiBTUElLRV9GQUNUT1IpLCB2YWxpZGF0ZWQgbGlrZSB0aGUgc2hhcmVkIG9uZXM6IGEgYmFkXG4gKiB2YWx1ZSBzdG9wcyB0aGUgcnVuIGF0IGluaXQgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSB2YXJpYWJsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudk51bWJlcihcbiAgZW52OiBFbnYsXG4gIG5hbWU6IHN0cmluZyxcbiAgZmFsbGJhY2s6IG51bWJlcixcbiAgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9LFxuKTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gRWFjaCBlbnRyeSdzIGZhY3RzIGluIG9uZSBwbGFjZTogaXRzIG93biBzZXR0aW5ncyAoU1BJS0VfKiwgU09BS18qLCAuLi4pIGFzIGl0cyBzY2VuYXJpbyByZWFkc1xuLy8gdGhlbSwgd2hhdCBzZXRzIGl0cyBsZW5ndGgsIGhvdyB0aGUgcnVubmVyIGZpdHMgaXQgaW50byAtLW1heC1kdXJhdGlvbiwgYW5kIHdoaWNoIGxvYWQgbGV2ZWxcbi8vIGl0cyByZXNvdXJjZSBzY2FsaW5nIGZvbGxvd3MuIFJlYWQgYnkgc2NlbmFyaW9zLyoudHMgYW5kIGJ5IHRoZSBydW5uZXIgYWxpa2UsIHNvIGEgc2V0dGluZydzXG4vLyBuYW1lIGlzIHdyaXR0ZW4gb25jZS4gUHVyZSAobm8gazYgb3IgTm9kZSBpbXBvcnRzKTogYm90aCB3b3JsZHMgYnVuZGxlIGl0LlxuaW1wb3J0IHsgdHlwZSBDb25maWcsIHR5cGUgRW52LCBlbnZOdW1iZXIsIE1BWF9SQU1QX0RPV05fUywgTUFYX1JBTVBfVVBfUyB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IHBhcnNlSW50ZXJhY3RpdmUgfSBmcm9tICcuL2ludGVyYWN0aXZlLnRzJztcblxuLyoqIFRoZSBsb2FkIGxldmVsIHdob3NlIHN0ZXBzIHRoZSByZXNvdXJjZS1zY2FsaW5nIHRhYmxlIGZvbGxvd3MgKHJ1bm5lci9zY2FsaW5nLykuICovXG5leHBvcnQgdHlwZSBMb2FkTGV2ZWwgPSAndXNlcnMnIHwgJ3JlcXVlc3RzX3Blcl9zJztcblxuaW50ZXJmYWNlIEVudHJ5RmFjdHM8U2V0dGluZ3M+IHtcbiAgLyoqIEhvdyB0aGUgcnVubmVyIG9mZmVycyBpdDogaW4gYC0tc3VpdGUgYWxsYCwgYnkgbmFtZSBvbmx5IChzbW9rZSksIG9yIG5vdCBhdCBhbGwgKGludGVyYWN0aXZlOiBucG0gcnVuIHVpKS4gKi9cbiAgc3VpdGU6ICdhbGwnIHwgJ2J5LW5hbWUnIHwgJ25vbmUnO1xuICAvKiogV2hhdCBzZXRzIGl0cyBsZW5ndGgsIGZvciB0aGUgcGxhbidzIGhpbnRzLiAqL1xuICBsZW5ndGg6IHN0cmluZztcbiAgLyoqIFRoZSBzZXR0aW5ncyB0aGF0IG1ha2UgaXRzIGxvYWQgbGFzdCBhYm91dCBgc2Vjb25kc2AgKC0tbWF4LWR1cmF0aW9uKTsgYWJzZW50IHdoZW4gaXRzIGxlbmd0aCBpcyB0aGUgcGxhdGZvcm0ncy4gKi9cbiAgZml0PzogKHNlY29uZHM6IG51bWJlcikgPT4gUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIFRoZSBsb2FkIGxldmVsIGl0cyByZXNvdXJjZSBzY2FsaW5nIGZvbGxvd3M7IGFic2VudCB3aGVuIGl0cyBsb2FkIGRvZXMgbm90IGNoYW5nZSBieSBkZXNpZ24uICovXG4gIHNjYWxpbmc/OiBMb2FkTGV2ZWw7XG4gIC8qKiBJdHMgb3duIHNldHRpbmdzLCByZWFkIGZyb20gazYncyBfX0VOViBhdCBpbml0IChhIGJhZCB2YWx1ZSB0aHJvd3MsIG5hbWluZyB0aGUgdmFyaWFibGUpLiAqL1xuICBzZXR0aW5nczogKGVudjogRW52LCBjb25maWc6IENvbmZpZykgPT4gU2V0dGluZ3M7XG59XG5cbi8vIFRoZSBsZW5ndGggaGludHMgYXJlIGJ1aWx0IGZyb20gdGhlc2UgbmFtZXMgYXQgaW1wb3J0OyAvKiBAX19QVVJFX18gKi8gbGV0cyB0aGUgYnVuZGxlciBsZWF2ZVxuLy8gb3V0IHRoZSBlbnRyaWVzIGEgc2NlbmFyaW8gZG9lcyBub3QgaW1wb3J0LlxuLy8gVGhlIHNoYXJlZCBsZW5ndGggc2V0dGluZ3MgKHJlYWQgYnkgbGliL2NvbmZpZy9jb25maWcudHMpLlxuY29uc3QgRFVSQVRJT04gPSAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTic7XG5jb25zdCBSQU1QX1VQID0gJ1BFUkZPUk1BTkNFX1JBTVBfVVAnO1xuY29uc3QgUkFNUF9ET1dOID0gJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTic7XG4vLyBFbnRyaWVzJyBvd24gbGVuZ3RoIHNldHRpbmdzLlxuY29uc3QgU1BJS0VfUEhBU0VTID0gWydTUElLRV9CQVNFTElORV9TJywgJ1NQSUtFX0hPTERfUycsICdTUElLRV9SRUNPVkVSWV9TJywgJ1NQSUtFX09CU0VSVkVfUyddIGFzIGNvbnN0O1xuY29uc3QgU09BS19EVVJBVElPTiA9ICdTT0FLX0RVUkFUSU9OJztcbmNvbnN0IEJSRUFLUE9JTlRfRFVSQVRJT04gPSAnQlJFQUtQT0lOVF9EVVJBVElPTic7XG5cbi8qKiBTZWNvbmRzIG9mIGVhY2ggb2YgdGhlIHNwaWtlJ3MgdHdvIHN1cmdlcyAodXAgYW5kIGJhY2sgZG93bikuICovXG5leHBvcnQgY29uc3QgU1BJS0VfU1VSR0VfUyA9IDM7XG4vKiogVGhlIGxvbmdlc3Qgc3Bpa2UgcGhhc2UgYW5kIGJyZWFrcG9pbnQgcmFtcCwgc2Vjb25kcy4gKi9cbmNvbnN0IE1BWF9QSEFTRV9TID0gODZfNDAwO1xuLyoqIEhvdyBsb25nIHNtb2tlJ3Mgb25lIFZVIGNhbGxzIHRoZSBlbmRwb2ludHMuICovXG5jb25zdCBTTU9LRV9TRUNPTkRTID0gMTA7XG5cbmNvbnN0IHdob2xlU2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+ICh7IG1pbiwgbWF4LCBpbnRlZ2VyOiB0cnVlLCB3aGF0OiAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycgfSk7XG5jb25zdCB3aG9sZU51bWJlciA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+ICh7IG1pbiwgbWF4LCBpbnRlZ2VyOiB0cnVlIH0pO1xuLyoqIEEgc2hhcmUgb2YgYHRvdGFsYCBzZWNvbmRzLCBhdCBsZWFzdCAxIGFuZCBhdCBtb3N0IHdoYXQgdGhlIHNldHRpbmcgYWNjZXB0cy4gKi9cbmNvbnN0IHBhcnQgPSAodG90YWw6IG51bWJlciwgc2hhcmU6IG51bWJlciwgbWF4OiBudW1iZXIpID0+XG4gIFN0cmluZyhNYXRoLm1pbihtYXgsIE1hdGgubWF4KDEsIE1hdGguZmxvb3IodG90YWwgKiBzaGFyZSkpKSk7XG5jb25zdCBub25lID0gKCkgPT4gKHt9KTtcblxuLyoqIFJhbXAgdXAsIGhvbGQsIHJhbXAgZG93bjogMS80LCAyLzMgYW5kIHRoZSByZXN0LiAqL1xuY29uc3QgZml0UmFtcHMgPSAoc2Vjb25kczogbnVtYmVyKSA9PiAoe1xuICBbUkFNUF9VUF06IHBhcnQoc2Vjb25kcywgMSAvIDQsIE1BWF9SQU1QX1VQX1MpLFxuICBbRFVSQVRJT05dOiBwYXJ0KHNlY29uZHMsIDIgLyAzLCBJbmZpbml0eSksXG4gIFtSQU1QX0RPV05dOiBwYXJ0KHNlY29uZHMsIDEgLyAxMiwgTUFYX1JBTVBfRE9XTl9TKSxcbn0pO1xuXG5leHBvcnQgY29uc3Qgc21va2VFbnRyeSA9IHtcbiAgc3VpdGU6ICdieS1uYW1lJyxcbiAgbGVuZ3RoOiAnb25lIHBhc3MnLFxuICBzZXR0aW5nczogKCkgPT4gKHsgc2Vjb25kczogU01PS0VfU0VDT05EUyB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBhcGlFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6IERVUkFUSU9OLFxuICBmaXQ6IChzZWNvbmRzKSA9PiAoeyBbRFVSQVRJT05dOiBTdHJpbmcoTWF0aC5tYXgoMSwgc2Vjb25kcykpIH0pLFxuICBzZXR0aW5nczogKGVudikgPT4gKHtcbiAgICAvKiogSXRlcmF0aW9ucy9zIHBlciBlbmRwb2ludCBncm91cCAoaGVhbHRoIDJ4LCBleHBvcnQgLzIsIGdlbmVyYXRlIGFuZCBsb2dpbiAvNSkuICovXG4gICAgcmF0ZTogZW52TnVtYmVyKGVudiwgJ0FQSV9SQVRFJywgNSwgeyBtaW46IDAuMSwgbWF4OiAxMF8wMDAsIHdoYXQ6ICdpdGVyYXRpb25zIHBlciBzZWNvbmQnIH0pLFxuICAgIC8qKiBFYWNoIGVuZHBvaW50J3MgZXJyb3IgYnVkZ2V0LiAqL1xuICAgIGVycm9yUmF0ZTogZW52TnVtYmVyKGVudiwgJ0FQSV9FUlJPUl9SQVRFJywgMC4wMSwgeyBtaW46IDAsIG1heDogMSwgd2hhdDogJ2EgZnJhY3Rpb24gKGUuZy4gMC4wMSknIH0pLFxuICB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmNvbnN0IGxvYWRFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6IC8qIEBfX1BVUkVfXyAqLyBbUkFNUF9VUCwgRFVSQVRJT04sIFJBTVBfRE9XTl0uam9pbignICsgJyksXG4gIGZpdDogZml0UmFtcHMsXG4gIHNldHRpbmdzOiBub25lLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IHJhbXBVcEVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogLyogQF9fUFVSRV9fICovIFtSQU1QX1VQLCBEVVJBVElPTiwgUkFNUF9ET1dOXS5qb2luKCcgKyAnKSxcbiAgZml0OiBmaXRSYW1wcyxcbiAgc2NhbGluZzogJ3VzZXJzJyxcbiAgc2V0dGluZ3M6IChlbnYpID0+ICh7XG4gICAgLyoqIEl0cyBvd24gZGVmYXVsdCByYW1wICg2MCBzKSwgc2xvd2VyIHRoYW4gdGhlIHNoYXJlZCBvbmUuICovXG4gICAgcmFtcFVwUzogZW52TnVtYmVyKGVudiwgUkFNUF9VUCwgNjAsIHdob2xlU2Vjb25kcygxLCBNQVhfUkFNUF9VUF9TKSksXG4gICAgaG9sZFA5NU1zOiBlbnZOdW1iZXIoZW52LCAnUkFNUF9IT0xEX1A5NV9NUycsIDUwMCwgeyBtaW46IDEsIG1heDogNjAwXzAwMCwgd2hhdDogJ21pbGxpc2Vjb25kcycgfSksXG4gICAgZHJpZnRMaW1pdDogZW52TnVtYmVyKGVudiwgJ1JBTVBfRFJJRlRfTElNSVQnLCAxLjUsIHsgbWluOiAxLCBtYXg6IDEwMCB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3Qgc3Bpa2VFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6IC8qIEBfX1BVUkVfXyAqLyBTUElLRV9QSEFTRVMuam9pbignLCAnKSxcbiAgZml0OiAoc2Vjb25kcykgPT4ge1xuICAgIC8vIGJhc2VsaW5lLCBob2xkLCByZWNvdmVyeSBncmFjZSwgb2JzZXJ2YXRpb24gYXMgMjAvMjAvMTAvMjAgb2Ygd2hhdCB0aGUgdHdvIHN1cmdlcyBsZWF2ZS5cbiAgICBjb25zdCBsZWZ0ID0gTWF0aC5tYXgoNCwgc2Vjb25kcyAtIDIgKiBTUElLRV9TVVJHRV9TKTtcbiAgICBjb25zdCBbYmFzZWxpbmUsIGhvbGQsIHJlY292ZXJ5LCBvYnNlcnZlXSA9IFNQSUtFX1BIQVNFUztcbiAgICByZXR1cm4ge1xuICAgICAgW2Jhc2VsaW5lXTogcGFydChsZWZ0LCAyIC8gNywgTUFYX1BIQVNFX1MpLFxuICAgICAgW2hvbGRdOiBwYXJ0KGxlZnQsIDIgLyA3LCBNQVhfUEhBU0VfUyksXG4gICAgICBbcmVjb3ZlcnldOiBwYXJ0KGxlZnQsIDEgLyA3LCBNQVhfUEhBU0VfUyksXG4gICAgICBbb2JzZXJ2ZV06IHBhcnQobGVmdCwgMiAvIDcsIE1BWF9QSEFTRV9TKSxcbiAgICB9O1xuICB9LFxuICBzY2FsaW5nOiAndXNlcnMnLFxuICBzZXR0aW5nczogKGVudiwgY29uZmlnKSA9PiB7XG4gICAgY29uc3Qgc2Vjb25kcyA9IChuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIpID0+IGVudk51bWJlcihlbnYsIG5hbWUsIGZhbGxiYWNrLCB3aG9sZVNlY29uZHMoMSwgTUFYX1BIQVNFX1MpKTtcbiAgICBjb25zdCBbYmFzZWxpbmUsIGhvbGQsIHJlY292ZXJ5LCBvYnNlcnZlXSA9IFNQSUtFX1BIQVNFUztcbiAgICByZXR1cm4ge1xuICAgICAgYmFzZVVzZXJzOiBlbnZOdW1iZXIoXG4gICAgICAgIGVudixcbiAgICAgICAgJ1NQSUtFX0JBU0VfVVNFUlMnLFxuICAgICAgICBNYXRoLm1heCgyLCBNYXRoLnJvdW5kKGNvbmZpZy5jb25jdXJyZW50VXNlcnMgLyAxMCkpLFxuICAgICAgICB3aG9sZU51bWJlcigxLCAxMDBfMDAwKSxcbiAgICAgICksXG4gICAgICBmYWN0b3I6IGVudk51bWJlcihlbnYsICdTUElLRV9GQUNUT1InLCA1LCB7IG1pbjogMSwgbWF4OiAxMDAwIH0pLFxuICAgICAgYmFzZWxpbmVTOiBzZWNvbmRzKGJhc2VsaW5lLCAyMCksXG4gICAgICBob2xkUzogc2Vjb25kcyhob2xkLCAyMCksXG4gICAgICByZWNvdmVyeVM6IHNlY29uZHMocmVjb3ZlcnksIDEwKSxcbiAgICAgIG9ic2VydmVTOiBzZWNvbmRzKG9ic2VydmUsIDIwKSxcbiAgICAgIHJlY292ZXJ5RmFjdG9yOiBlbnZOdW1iZXIoZW52LCAnU1BJS0VfUkVDT1ZFUllfRkFDVE9SJywgMiwgeyBtaW46IDEsIG1heDogMTAwMCB9KSxcbiAgICB9O1xuICB9LFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IHNvYWtFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6IC8qIEBfX1BVUkVfXyAqLyBbU09BS19EVVJBVElPTiwgJyhub3QgLS1kdXJhdGlvbiknXS5qb2luKCcgJyksXG4gIGZpdDogKHNlY29uZHMpID0+ICh7IFtTT0FLX0RVUkFUSU9OXTogU3RyaW5nKE1hdGgubWF4KDEwLCBzZWNvbmRzKSkgfSksXG4gIHNldHRpbmdzOiAoZW52LCBjb25maWcpID0+ICh7XG4gICAgZHVyYXRpb25TOiBlbnZOdW1iZXIoZW52LCBTT0FLX0RVUkFUSU9OLCAxODAwLCB3aG9sZVNlY29uZHMoMTAsIDcgKiA4Nl80MDApKSxcbiAgICB1c2VyczogZW52TnVtYmVyKGVudiwgJ1NPQUtfVVNFUlMnLCBNYXRoLm1heCgzLCBNYXRoLnJvdW5kKGNvbmZpZy5jb25jdXJyZW50VXNlcnMgLyA1KSksIHdob2xlTnVtYmVyKDEsIDEwMF8wMDApKSxcbiAgICBkcmlmdExpbWl0OiBlbnZOdW1iZXIoZW52LCAnU09BS19EUklGVF9MSU1JVCcsIDEuNSwgeyBtaW46IDEsIG1heDogMTAwIH0pLFxuICB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBjb25jdXJyZW50RW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAnb25lIGJ1cnN0OyBub3Qgc2hvcnRlbmVkJyxcbiAgc2V0dGluZ3M6IChlbnYpID0+ICh7XG4gICAgcDk1TXM6IGVudk51bWJlcihlbnYsICdDT05DVVJSRU5UX1A5NV9NUycsIDEwMDAsIHsgbWluOiAxLCBtYXg6IDYwMF8wMDAsIHdoYXQ6ICdtaWxsaXNlY29uZHMnIH0pLFxuICAgIHNldHRsZVM6IGVudk51bWJlcihlbnYsICdDT05DVVJSRU5UX1NFVFRMRV9TJywgMiwgeyBtaW46IDAsIG1heDogNjAwIH0pLFxuICB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBnZW5lcmF0aW9uRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAndGhlIHBsYXRmb3JtIGdlbmVyYXRpbmcgR0VORVJBVElPTl9VU0VSUyBjb3Vyc2VzLCB1cCB0byBHRU5FUkFUSU9OX1RJTUVPVVQ7IG5vdCBzaG9ydGVuZWQnLFxuICBzZXR0aW5nczogKGVudikgPT4gKHtcbiAgICB1c2VyczogZW52TnVtYmVyKGVudiwgJ0dFTkVSQVRJT05fVVNFUlMnLCAxMCwgd2hvbGVOdW1iZXIoMSwgMTBfMDAwKSksXG4gICAgY291cnNlc1BlclVzZXI6IGVudk51bWJlcihlbnYsICdHRU5FUkFUSU9OX0NPVVJTRVNfUEVSX1VTRVInLCAxLCB3aG9sZU51bWJlcigxLCAxMDAwKSksXG4gIH0pLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IGJyZWFrcG9pbnRFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6IC8qIEBfX1BVUkVfXyAqLyBbQlJFQUtQT0lOVF9EVVJBVElPTiwgJ29yIGxlc3Mgd2hlbiBpdCBicmVha3MnXS5qb2luKCcsICcpLFxuICBmaXQ6IChzZWNvbmRzKSA9PiAoeyBbQlJFQUtQT0lOVF9EVVJBVElPTl06IFN0cmluZyhNYXRoLm1pbihNQVhfUEhBU0VfUywgTWF0aC5tYXgoMSwgc2Vjb25kcykpKSB9KSxcbiAgc2NhbGluZzogJ3JlcXVlc3RzX3Blcl9zJyxcbiAgc2V0dGluZ3M6IChlbnYpID0+IHtcbiAgICBjb25zdCBzdGFydFJhdGUgPSBlbnZOdW1iZXIoZW52LCAnQlJFQUtQT0lOVF9TVEFSVF9SQVRFJywgNSwgd2hvbGVOdW1iZXIoMSwgMTAwXzAwMCkpO1xuICAgIGNvbnN0IG1heFJhdGUgPSBlbnZOdW1iZXIoZW52LCAnQlJFQUtQT0lOVF9NQVhfUkFURScsIDIwMDAsIHdob2xlTnVtYmVyKDEsIDEwMF8wMDApKTtcbiAgICBjb25zdCBkdXJhdGlvblMgPSBlbnZOdW1iZXIoZW52LCBCUkVBS1BPSU5UX0RVUkFUSU9OLCAxMjAsIHdob2xlU2Vjb25kcygxLCBNQVhfUEhBU0VfUykpO1xuICAgIGNvbnN0IHdpbmRvd1NpemUgPSBlbnZOdW1iZXIoZW52LCAnQlJFQUtQT0lOVF9XSU5ET1cnLCAyMCwgd2hvbGVOdW1iZXIoMSwgMTBfMDAwKSk7XG4gICAgaWYgKG1heFJhdGUgPCBzdGFydFJhdGUpXG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYEJSRUFLUE9JTlRfTUFYX1JBVEU9JHttYXhSYXRlfSBpcyBiZWxvdyBCUkVBS1BPSU5UX1NUQVJUX1JBVEU9JHtzdGFydFJhdGV9OiB0aGUgcmF0ZSBtdXN0IHJpc2VgKTtcbiAgICByZXR1cm4geyBzdGFydFJhdGUsIG1heFJhdGUsIGR1cmF0aW9uUywgd2luZG93U2l6ZSB9O1xuICB9LFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IGludGVyYWN0aXZlRW50cnkgPSB7XG4gIHN1aXRlOiAnbm9uZScsXG4gIGxlbmd0aDogJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04sIG9yIGxlc3Mgd2hlbiB0aGUgcGFnZSBzdG9wcyBpdCcsXG4gIHNldHRpbmdzOiAoZW52KSA9PiBwYXJzZUludGVyYWN0aXZlKGVudiksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG4vKiogRXZlcnkgZW50cnkgKHNjZW5hcmlvcy88bmFtZT4udHMpLCBpbiB0aGUgb3JkZXIgdGhlIHJ1bm5lciBsaXN0cyB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IEVOVFJJRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIEVudHJ5RmFjdHM8dW5rbm93bj4+PiA9IHtcbiAgc21va2U6IHNtb2tlRW50cnksXG4gIGFwaTogYXBpRW50cnksXG4gIGxvYWQ6IGxvYWRFbnRyeSxcbiAgJ3JhbXAtdXAnOiByYW1wVXBFbnRyeSxcbiAgc3Bpa2U6IHNwaWtlRW50cnksXG4gIHNvYWs6IHNvYWtFbnRyeSxcbiAgY29uY3VycmVudDogY29uY3VycmVudEVudHJ5LFxuICBnZW5lcmF0aW9uOiBnZW5lcmF0aW9uRW50cnksXG4gIGJyZWFrcG9pbnQ6IGJyZWFrcG9pbnRFbnRyeSxcbiAgaW50ZXJhY3RpdmU6IGludGVyYWN0aXZlRW50cnksXG59O1xuXG4vKiogVGhlIGVudHJpZXMgYC0tc3VpdGUgYWxsYCBydW5zLCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWl0ZUVudHJpZXMoKTogc3RyaW5nW10ge1xuICByZXR1cm4gT2JqZWN0LmtleXMoRU5UUklFUykuZmlsdGVyKChuYW1lKSA9PiBFTlRSSUVTW25hbWVdPy5zdWl0ZSA9PT0gJ2FsbCcpO1xufVxuXG4vKiogV2hhdCBgLS1zdWl0ZWAgYWNjZXB0czogYWxsLCBvciBhbiBlbnRyeSB0aGUgcnVubmVyIG9mZmVycy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZWxlY3RhYmxlRW50cmllcygpOiBzdHJpbmdbXSB7XG4gIHJldHVybiBbJ2FsbCcsIC4uLk9iamVjdC5rZXlzKEVOVFJJRVMpLmZpbHRlcigobmFtZSkgPT4gRU5UUklFU1tuYW1lXT8uc3VpdGUgIT09ICdub25lJyldO1xufVxuXG4vKiogVGhlIHNldHRpbmdzIHRoYXQgbWFrZSBgZW50cnlgJ3MgbG9hZCBsYXN0IGFib3V0IGBzZWNvbmRzYCwgb3IgbnVsbCB3aGVuIGl0cyBsZW5ndGggaXMgdGhlIHBsYXRmb3JtJ3MuICovXG5leHBvcnQgZnVuY3Rpb24gZml0VG9EdXJhdGlvbihlbnRyeTogc3RyaW5nLCBzZWNvbmRzOiBudW1iZXIpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHwgbnVsbCB7XG4gIHJldHVybiBFTlRSSUVTW2VudHJ5XT8uZml0Py4oc2Vjb25kcykgPz8gbnVsbDtcbn1cblxuLyoqIFdoYXQgc2V0cyBgZW50cnlgJ3MgbGVuZ3RoLCBmb3IgdGhlIHBsYW4ncyBoaW50cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsZW5ndGhPZihlbnRyeTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIEVOVFJJRVNbZW50cnldPy5sZW5ndGggPz8gJ2l0cyBvd24gc2V0dGluZ3MnO1xufVxuXG4vKiogV2hpY2ggbG9hZCBsZXZlbCBhbiBlbnRyeSBjaGFuZ2VzLCBvciBudWxsIGZvciBlbnRyaWVzIHdob3NlIGxvYWQgZG9lcyBub3QgY2hhbmdlIGJ5IGRlc2lnbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2FsaW5nTGV2ZWxPZihlbnRyeTogc3RyaW5nKTogTG9hZExldmVsIHwgbnVsbCB7XG4gIHJldHVybiBFTlRSSUVTW2VudHJ5XT8uc2NhbGluZyA/PyBudWxsO1xufVxuIiwgIi8vIEEgdHlwZWQgYnVpbGRlciBmb3IgazYgdGhyZXNob2xkIGV4cHJlc3Npb25zLCBzbyBhIHR5cG8gaW4gYW4gYWdncmVnYXRpb24gb3Igb3BlcmF0b3IgaXMgYVxuLy8gY29tcGlsZSBlcnJvciBoZXJlIGluc3RlYWQgb2YgYSB0aHJlc2hvbGQgazYgcmVqZWN0cyAob3Igc2lsZW50bHkgbmV2ZXIgZXZhbHVhdGVzKSBhdCBydW4gdGltZS5cblxuLyoqIEFnZ3JlZ2F0aW9ucyBrNiBhY2NlcHRzIHBlciBtZXRyaWMgdHlwZS4gKi9cbmV4cG9ydCB0eXBlIFRyZW5kU3RhdCA9ICdhdmcnIHwgJ21pbicgfCAnbWF4JyB8ICdtZWQnIHwgYHAoJHtudW1iZXJ9KWA7XG5leHBvcnQgdHlwZSBSYXRlU3RhdCA9ICdyYXRlJztcbmV4cG9ydCB0eXBlIENvdW50ZXJTdGF0ID0gJ2NvdW50JyB8ICdyYXRlJztcbmV4cG9ydCB0eXBlIEdhdWdlU3RhdCA9ICd2YWx1ZSc7XG5leHBvcnQgdHlwZSBTdGF0ID0gVHJlbmRTdGF0IHwgUmF0ZVN0YXQgfCBDb3VudGVyU3RhdCB8IEdhdWdlU3RhdDtcbmV4cG9ydCB0eXBlIE9wZXJhdG9yID0gJzwnIHwgJzw9JyB8ICc+JyB8ICc+PScgfCAnPT0nIHwgJz09PScgfCAnIT0nO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGUge1xuICBzdGF0OiBTdGF0O1xuICBvcDogT3BlcmF0b3I7XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTdG9wIHRoZSB3aG9sZSBydW4gYXMgc29vbiBhcyB0aGlzIHJ1bGUgZmFpbHMgKGFmdGVyIGBkZWxheUFib3J0RXZhbGApLiAqL1xuICBhYm9ydE9uRmFpbD86IGJvb2xlYW47XG4gIC8qKiBrNiBkdXJhdGlvbiwgZS5nLiAnMTBzJzogaG93IGxvbmcgdG8gY29sbGVjdCBkYXRhIGJlZm9yZSBhbiBhYm9ydCBtYXkgdHJpZ2dlci4gKi9cbiAgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbWV0cmljIChvcHRpb25hbGx5IG5hcnJvd2VkIHRvIGEgdGFnZ2VkIHN1Yi1tZXRyaWMpIGFuZCB0aGUgcnVsZXMgaXQgbXVzdCBtZWV0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHYXRlIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICBydWxlczogUnVsZVtdO1xufVxuXG4vKiogV2hhdCBrNiBhY2NlcHRzIGFzIG9uZSBlbnRyeSBvZiBhIG1ldHJpYydzIHRocmVzaG9sZCBsaXN0LiAqL1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGQgPSBzdHJpbmcgfCB7IHRocmVzaG9sZDogc3RyaW5nOyBhYm9ydE9uRmFpbD86IGJvb2xlYW47IGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZHMgPSBSZWNvcmQ8c3RyaW5nLCBLNlRocmVzaG9sZFtdPjtcblxuLy8gTWFkZSBvbiBmaXJzdCB1c2UsIG5vdCBhdCBtb2R1bGUgbG9hZDogb3B0aW9ucyBhcmUgYnVpbHQgaW4gazYncyBWVSAwIG9ubHkgKGxpYi9jb25maWcvZW50cnkudHMpLFxuLy8gYW5kIGEgUmVnRXhwIGV2YWx1YXRlZCBhdCBsb2FkIHdvdWxkIGJ1aWxkIFJlZ0V4cCdzIHByb3RvdHlwZSBpbiBldmVyeSBWVSdzIHJ1bnRpbWUuXG5sZXQgcGF0dGVybnM6IHsgbWV0cmljTmFtZTogUmVnRXhwOyB0YWdQYXJ0OiBSZWdFeHA7IHBlcmNlbnRpbGU6IFJlZ0V4cCB9IHwgdW5kZWZpbmVkO1xuY29uc3QgcGF0dGVybiA9ICgpID0+XG4gIChwYXR0ZXJucyA/Pz0ge1xuICAgIG1ldHJpY05hbWU6IC9eW0EtWmEtel9dW0EtWmEtejAtOV9dKiQvLFxuICAgIHRhZ1BhcnQ6IC9eW0EtWmEtejAtOV8uXFwtL10rJC8sXG4gICAgcGVyY2VudGlsZTogL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvLFxuICB9KTtcblxuLyoqIGBodHRwX3JlcV9kdXJhdGlvbntlbmRwb2ludDpoZWFsdGh9YDogdGhlIGtleSBrNiB1c2VzIGZvciBhIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY0tleShtZXRyaWM6IHN0cmluZywgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcge1xuICBpZiAoIXBhdHRlcm4oKS5tZXRyaWNOYW1lLnRlc3QobWV0cmljKSkgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIG1ldHJpYyBuYW1lIFwiJHttZXRyaWN9XCI6IHVzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIF9gKTtcbiAgY29uc3QgZW50cmllcyA9IE9iamVjdC5lbnRyaWVzKHRhZ3MgPz8ge30pO1xuICBpZiAoZW50cmllcy5sZW5ndGggPT09IDApIHJldHVybiBtZXRyaWM7XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIGVudHJpZXMpIHtcbiAgICBpZiAoIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3Qoa2V5KSB8fCAhcGF0dGVybigpLnRhZ1BhcnQudGVzdCh2YWx1ZSkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgYGludmFsaWQgdGFnICR7a2V5fToke3ZhbHVlfSBvbiAke21ldHJpY306IHRhZ3MgaW4gdGhyZXNob2xkcyBtYXkgaG9sZCBsZXR0ZXJzLCBkaWdpdHMgYW5kIF8gLiAtIC9gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGAke21ldHJpY317JHtlbnRyaWVzLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9OiR7dmFsdWV9YCkuam9pbignLCcpfX1gO1xufVxuXG4vKiogYHAoOTUpPDIwMGA6IG9uZSBydWxlIGFzIGs2J3MgZXhwcmVzc2lvbiB0ZXh0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cHJlc3Npb24ocnVsZTogUGljazxSdWxlLCAnc3RhdCcgfCAnb3AnIHwgJ3ZhbHVlJz4pOiBzdHJpbmcge1xuICBjb25zdCBwZXJjZW50aWxlID0gcGF0dGVybigpLnBlcmNlbnRpbGUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSlcbiAgICB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4ge1xuICAgIHRocmVzaG9sZDogdGV4dCxcbiAgICBhYm9ydE9uRmFpbDogdHJ1ZSxcbiAgICAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSxcbiAgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBPcGVuLW1vZGVsIChhcnJpdmFsLXJhdGUpIHNjZW5hcmlvczogaG93IG1hbnkgVlVzIHRoZXkgbmVlZCwgYW5kIGhvdyBtYW55IGl0ZXJhdGlvbnMgdGhleSBzY2hlZHVsZS5cbi8vXG4vLyBBbiBhcnJpdmFsLXJhdGUgZXhlY3V0b3Igc3RhcnRzIGVhY2ggc2NoZWR1bGVkIGl0ZXJhdGlvbiBvbiBhIGZyZWUgVlUuIFdpdGggbm9uZSBmcmVlIGl0IGRyb3BzIHRoZVxuLy8gaXRlcmF0aW9uIChrNidzIGRyb3BwZWRfaXRlcmF0aW9ucykgYW5kIGluaXRpYWxpc2VzIG9uZSBtb3JlIFZVIGluIHRoZSBiYWNrZ3JvdW5kLCB1cCB0byBtYXhWVXMsXG4vLyBzbyBldmVyeSBWVSBhZGRlZCBtaWQtcnVuIGNvc3RzIGF0IGxlYXN0IG9uZSBkcm9wcGVkIGl0ZXJhdGlvbi4gQSBkcm9wcGVkIGl0ZXJhdGlvbiBpcyByZXF1ZXN0c1xuLy8gbm90IHNlbnQgb24gdGltZTogdGhlaXIgbGF0ZW5jeSBpcyBpbiBubyBwZXJjZW50aWxlLCB0aGUgdmVyeSBvbWlzc2lvbiBhbiBvcGVuIG1vZGVsIGlzIHRoZXJlIHRvXG4vLyBhdm9pZC4gU28gdGhlIFZVcyBmb2xsb3cgZnJvbSB0aGUgcmF0ZSBhbmQgdGhlIGxhdGVuY3kgKExpdHRsZSdzIGxhdzogVlVzIGJ1c3kgPSBpdGVyYXRpb25zIHBlclxuLy8gc2Vjb25kIHggc2Vjb25kcyBwZXIgaXRlcmF0aW9uKS5cbmltcG9ydCB7IGR1cmF0aW9uU2Vjb25kcyB9IGZyb20gJy4vZHVyYXRpb24udHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4vc2hhcGVzLnRzJztcblxuLyoqIFByZS1hbGxvY2F0ZWQgVlVzIGhvbGQgdHdpY2UgdGhlIGl0ZXJhdGlvbnMgaW4gZmxpZ2h0IGF0IHRoZSBjb3ZlcmVkIGxhdGVuY3kgKGJ1cnN0cywgYSBnZW5lcmF0b3IgY2F0Y2hpbmcgdXAgYWZ0ZXIgYSBwYXVzZSkuICovXG5jb25zdCBQUkVBTExPQ0FURURfSEVBRFJPT00gPSAyO1xuLyoqXG4gKiBUaGUgbGF0ZW5jeSBwcmUtYWxsb2NhdGVkIFZVcyBjb3ZlciBpcyB0aGUgcDk5IGJ1ZGdldCwgY291bnRlZCB1cCB0byB0aGlzIG1hbnkgc2Vjb25kczogazZcbiAqIGluaXRpYWxpc2VzIGV2ZXJ5IHByZS1hbGxvY2F0ZWQgVlUgYmVmb3JlIHRoZSBsb2FkIHN0YXJ0cywgc28gYSByZWxheGVkIGJ1ZGdldCAoZS5nLiA2MCBzKSB3b3VsZFxuICogc3RhcnQgdGhvdXNhbmRzOyBzbG93ZXIgYW5zd2VycyBnZXQgVlVzIG9uIGRlbWFuZCB1cCB0byBtYXhWVXMuXG4gKi9cbmNvbnN0IFBSRUFMTE9DQVRFRF9MQVRFTkNZX0NBUF9TID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBPcGVuTW9kZWxMb2FkIHtcbiAgLyoqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZC4gKi9cbiAgcmF0ZVBlclM6IG51bWJlcjtcbiAgLyoqIFJlcXVlc3RzIG9uZSBpdGVyYXRpb24gc2VuZHMgb25lIGFmdGVyIGFub3RoZXIuICovXG4gIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBudW1iZXI7XG4gIC8qKiBUaGUgcDk5IGxhdGVuY3kgYnVkZ2V0IG9mIHRob3NlIHJlcXVlc3RzLCBtcy4gKi9cbiAgcDk5QnVkZ2V0TXM6IG51bWJlcjtcbiAgLyoqIFRoZSBwZXItcmVxdWVzdCB0aW1lb3V0LCBzOiBubyByZXF1ZXN0IHRha2VzIGxvbmdlci4gKi9cbiAgdGltZW91dFM6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBwcmVBbGxvY2F0ZWRWVXM6IGV2ZXJ5IHJlcXVlc3QgYW5zd2VyaW5nIGF0IGl0cyBwOTkgYnVkZ2V0IChhdCBtb3N0IFBSRUFMTE9DQVRFRF9MQVRFTkNZX0NBUF9TKSxcbiAqIFBSRUFMTE9DQVRFRF9IRUFEUk9PTSB0aW1lcyBvdmVyLCBwbHVzIG9uZSwgc28gYSBwbGF0Zm9ybSB3aXRoaW4gYnVkZ2V0IG5ldmVyIHdhaXRzIGZvciBhIFZVO1xuICogbWF4VlVzOiBldmVyeSByZXF1ZXN0IGFuc3dlcmluZyBqdXN0IGJlZm9yZSB0aGUgdGltZW91dCwgc28gYSBzbG93ZXIgcGxhdGZvcm0gc3RpbGwgZ2V0cyBpdHNcbiAqIHJlcXVlc3RzIHNlbnQgKGVhY2ggVlUgYWRkZWQgY29zdHMgYSBkcm9wcGVkIGl0ZXJhdGlvbiwgY291bnRlZCBhbmQgZ2F0ZWQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gb3Blbk1vZGVsVlVzKGxvYWQ6IE9wZW5Nb2RlbExvYWQpOiB7IHByZUFsbG9jYXRlZFZVczogbnVtYmVyOyBtYXhWVXM6IG51bWJlciB9IHtcbiAgY29uc3QgaXRlcmF0aW9uUyA9IChsYXRlbmN5UzogbnVtYmVyKSA9PiBsb2FkLnJlcXVlc3RzUGVySXRlcmF0aW9uICogbGF0ZW5jeVM7XG4gIGNvbnN0IGNvdmVyZWQgPSBNYXRoLm1pbihsb2FkLnA5OUJ1ZGdldE1zIC8gMTAwMCwgUFJFQUxMT0NBVEVEX0xBVEVOQ1lfQ0FQX1MpO1xuICBjb25zdCBwcmVBbGxvY2F0ZWRWVXMgPSBNYXRoLmNlaWwoUFJFQUxMT0NBVEVEX0hFQURST09NICogbG9hZC5yYXRlUGVyUyAqIGl0ZXJhdGlvblMoY292ZXJlZCkpICsgMTtcbiAgY29uc3QgbWF4VlVzID0gTWF0aC5tYXgocHJlQWxsb2NhdGVkVlVzLCBNYXRoLmNlaWwobG9hZC5yYXRlUGVyUyAqIGl0ZXJhdGlvblMobG9hZC50aW1lb3V0UykpKTtcbiAgcmV0dXJuIHsgcHJlQWxsb2NhdGVkVlVzLCBtYXhWVXMgfTtcbn1cblxuZXhwb3J0IGNvbnN0IGlzQXJyaXZhbFJhdGUgPSAoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiA9PlxuICBzY2VuYXJpby5leGVjdXRvciA9PT0gJ2NvbnN0YW50LWFycml2YWwtcmF0ZScgfHwgc2NlbmFyaW8uZXhlY3V0b3IgPT09ICdyYW1waW5nLWFycml2YWwtcmF0ZSc7XG5cbi8qKiBUaGUgaXRlcmF0aW9ucyBhbiBhcnJpdmFsLXJhdGUgc2NlbmFyaW8gc2NoZWR1bGVzIG92ZXIgaXRzIHdob2xlIHJ1biAoY29uc3RhbnQgcmF0ZSB4IGR1cmF0aW9uOyB0aGUgYXJlYSB1bmRlciBhIHJhbXApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNjaGVkdWxlZEl0ZXJhdGlvbnMoc2NlbmFyaW86IFNjZW5hcmlvKTogbnVtYmVyIHtcbiAgY29uc3QgcyA9IHNjZW5hcmlvIGFzIFNjZW5hcmlvICYge1xuICAgIHJhdGU/OiBudW1iZXI7XG4gICAgdGltZVVuaXQ/OiBzdHJpbmc7XG4gICAgZHVyYXRpb24/OiBzdHJpbmc7XG4gICAgc3RhcnRSYXRlPzogbnVtYmVyO1xuICAgIHN0YWdlcz86IHsgZHVyYXRpb246IHN0cmluZzsgdGFyZ2V0OiBudW1iZXIgfVtdO1xuICB9O1xuICBjb25zdCBwZXJVbml0ID0gZHVyYXRpb25TZWNvbmRzKHMudGltZVVuaXQgPz8gJzFzJyk7XG4gIGlmIChzLmV4ZWN1dG9yID09PSAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJykgcmV0dXJuICgocy5yYXRlID8/IDApICogZHVyYXRpb25TZWNvbmRzKHMuZHVyYXRpb24gPz8gJzBzJykpIC8gcGVyVW5pdDtcbiAgaWYgKHMuZXhlY3V0b3IgIT09ICdyYW1waW5nLWFycml2YWwtcmF0ZScpIHRocm93IG5ldyBFcnJvcihgJHtzLmV4ZWN1dG9yfSBpcyBub3QgYW4gYXJyaXZhbC1yYXRlIGV4ZWN1dG9yYCk7XG4gIGxldCByYXRlID0gcy5zdGFydFJhdGUgPz8gMDtcbiAgbGV0IHRvdGFsID0gMDtcbiAgZm9yIChjb25zdCBzdGFnZSBvZiBzLnN0YWdlcyA/PyBbXSkge1xuICAgIHRvdGFsICs9ICgocmF0ZSArIHN0YWdlLnRhcmdldCkgLyAyKSAqIGR1cmF0aW9uU2Vjb25kcyhzdGFnZS5kdXJhdGlvbik7XG4gICAgcmF0ZSA9IHN0YWdlLnRhcmdldDtcbiAgfVxuICByZXR1cm4gdG90YWwgLyBwZXJVbml0O1xufVxuIiwgIi8vIExvYWQgc2hhcGVzLCBpbiBvbmUgcGxhY2UsIHBhcmFtZXRlcmlzZWQgYnkgdGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24uIEEgc2NlbmFyaW8gZmlsZSByZWFkcyBhczpcbi8vIHNoYXBlICsgd29ya2Zsb3dzICsgdGhyZXNob2xkcy5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5cbmV4cG9ydCB0eXBlIFNjZW5hcmlvID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gJiB7IGV4ZWN1dG9yOiBzdHJpbmc7IGV4ZWM6IHN0cmluZyB9O1xuXG4vKiogU3BsaXRzIGB0b3RhbGAgVlVzIGJ5IHBlcmNlbnRhZ2Ugd2l0aCB0aGUgbGFyZ2VzdC1yZW1haW5kZXIgbWV0aG9kOyBldmVyeSBzaGFyZSB3aXRoIHdlaWdodCBnZXRzID49IDEgVlUgd2hlbiB0b3RhbCBhbGxvd3MuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRVc2Vycyh0b3RhbDogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3Qga2V5cyA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddIGFzIGNvbnN0O1xuICBjb25zdCBleGFjdCA9IGtleXMubWFwKChrKSA9PiAodG90YWwgKiB3ZWlnaHRzW2tdKSAvIDEwMCk7XG4gIGNvbnN0IGNvdW50cyA9IGV4YWN0Lm1hcChNYXRoLmZsb29yKTtcbiAgY29uc3Qgb3JkZXIgPSBrZXlzXG4gICAgLm1hcCgoXywgaSkgPT4gaSlcbiAgICAuc29ydCgoYSwgYikgPT4gZXhhY3RbYl0hIC0gTWF0aC5mbG9vcihleGFjdFtiXSEpIC0gKGV4YWN0W2FdISAtIE1hdGguZmxvb3IoZXhhY3RbYV0hKSkpO1xuICBmb3IgKGxldCBsZWZ0ID0gdG90YWwgLSBjb3VudHMucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCksIGkgPSAwOyBsZWZ0ID4gMDsgbGVmdC0tLCBpKyspIGNvdW50c1tvcmRlcltpICUgM10hXSErKztcbiAgLy8gQSB3ZWlnaHRlZCB1c2VyIHR5cGUgd2l0aCBubyBWVSB3b3VsZCBzaWxlbnRseSBkcm9wIGl0cyB3b3JrZmxvdzogYm9ycm93IG9uZSBmcm9tIHRoZSBsYXJnZXN0LlxuICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykge1xuICAgIGlmICh3ZWlnaHRzW2tleXNbaV0hXSA+IDAgJiYgY291bnRzW2ldID09PSAwICYmIHRvdGFsID49IDMpIHtcbiAgICAgIGNvbnN0IGxhcmdlc3QgPSBjb3VudHMuaW5kZXhPZihNYXRoLm1heCguLi5jb3VudHMpKTtcbiAgICAgIGNvdW50c1tsYXJnZXN0XSEtLTtcbiAgICAgIGNvdW50c1tpXSErKztcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgcmVndWxhcjogY291bnRzWzBdISwgcG93ZXI6IGNvdW50c1sxXSEsIGFkbWluOiBjb3VudHNbMl0hIH07XG59XG5cbmV4cG9ydCB0eXBlIFVzZXJDbGFzcyA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuXG4vKipcbiAqIFRoZSB1c2VyIGNsYXNzIG9mIFZVIG51bWJlciBuICgxLWJhc2VkKSwgc28gdGhhdCB0aGUgZmlyc3QgbiBWVXMgYWx3YXlzIGZvbGxvdyB0aGUgd2VpZ2h0cyBhc1xuICogY2xvc2VseSBhcyB3aG9sZSB1c2VycyBjYW46IGVhY2ggVlUgdGFrZXMgdGhlIGNsYXNzIGZ1cnRoZXN0IGJlbG93IGl0cyBzaGFyZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsYXNzT2ZVc2VyKG46IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBVc2VyQ2xhc3Mge1xuICBjb25zdCBjbGFzc2VzOiBVc2VyQ2xhc3NbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuICBjb25zdCBhc3NpZ25lZCA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGxldCBjaG9zZW46IFVzZXJDbGFzcyA9ICdyZWd1bGFyJztcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gbjsgaSsrKSB7XG4gICAgbGV0IGJlc3QgPSAtSW5maW5pdHk7XG4gICAgZm9yIChjb25zdCBjIG9mIGNsYXNzZXMpIHtcbiAgICAgIGlmICh3ZWlnaHRzW2NdID09PSAwKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IGRlZmljaXQgPSAod2VpZ2h0c1tjXSAqIGkpIC8gMTAwIC0gYXNzaWduZWRbY107XG4gICAgICBpZiAoZGVmaWNpdCA+IGJlc3QpIHtcbiAgICAgICAgYmVzdCA9IGRlZmljaXQ7XG4gICAgICAgIGNob3NlbiA9IGM7XG4gICAgICB9XG4gICAgfVxuICAgIGFzc2lnbmVkW2Nob3Nlbl0rKztcbiAgfVxuICByZXR1cm4gY2hvc2VuO1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKFxuICBleGVjOiBzdHJpbmcsXG4gIHZ1czogbnVtYmVyLFxuICBjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPixcbik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzOiAwLFxuICAgIHN0YWdlczogW1xuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBVcFN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBEb3duU31zYCwgdGFyZ2V0OiAwIH0sXG4gICAgXSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMzBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogazYgd2FudHMgYSB3aG9sZSByYXRlOiBhIGZyYWN0aW9uYWwgcGVyLXNlY29uZCByYXRlIGlzIGV4cHJlc3NlZCBwZXIgbWludXRlIGluc3RlYWQuICovXG5mdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKVxuICAgID8geyByYXRlOiBwZXJTZWNvbmQsIHRpbWVVbml0OiAnMXMnIH1cbiAgICA6IHsgcmF0ZTogTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChwZXJTZWNvbmQgKiA2MCkpLCB0aW1lVW5pdDogJzFtJyB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKTsgVlVzIGFzIGxpYi9sb2FkL29wZW4tbW9kZWwudHMgc2l6ZXMgdGhlbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoXG4gIGV4ZWM6IHN0cmluZyxcbiAgcGVyU2Vjb25kOiBudW1iZXIsXG4gIGR1cmF0aW9uUzogbnVtYmVyLFxuICB2dXM6IHsgcHJlQWxsb2NhdGVkVlVzOiBudW1iZXI7IG1heFZVczogbnVtYmVyIH0sXG4gIHN0YXJ0VGltZSA9ICcwcycsXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IHZ1cy5wcmVBbGxvY2F0ZWRWVXMsXG4gICAgbWF4VlVzOiB2dXMubWF4VlVzLFxuICAgIHN0YXJ0VGltZSxcbiAgfTtcbn1cblxuLyoqIFdhbGwgdGltZSBvZiBhIHJhbXBpbmctdXNlcnMgcnVuLCBzZWNvbmRzLCBmb3Igc2NlbmFyaW9zIHRoYXQgbXVzdCBydW4gYWxvbmdzaWRlIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBudW1iZXIge1xuICByZXR1cm4gY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TICsgY29uZmlnLnJhbXBEb3duUztcbn1cblxuZXhwb3J0IGNvbnN0IFNVTU1BUllfVFJFTkRfU1RBVFMgPSBbJ2F2ZycsICdtaW4nLCAnbWVkJywgJ21heCcsICdwKDkwKScsICdwKDk1KScsICdwKDk5KScsICdjb3VudCddO1xuXG4vKiogVlVzIGZvbGxvd2luZyBleHBsaWNpdCBzdGFnZXMgKHNwaWtlIHNoYXBlcyBhbmQgdGhlIGxpa2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlZFVzZXJzKGV4ZWM6IHN0cmluZywgc3RhZ2VzOiB7IGR1cmF0aW9uUzogbnVtYmVyOyB0YXJnZXQ6IG51bWJlciB9W10sIHN0YXJ0VlVzID0gMCk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzLFxuICAgIHN0YWdlczogc3RhZ2VzLm1hcCgocykgPT4gKHsgZHVyYXRpb246IGAke3MuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHMudGFyZ2V0IH0pKSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMTBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogRXZlcnkgVlUgc3RhcnRzIG9uZSBpdGVyYXRpb24gYXQgdGhlIHNhbWUgaW5zdGFudCAodGhleSBhcmUgYWxsIGluaXRpYWxpc2VkIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxBdE9uY2UoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnM6IDEsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cblxuLyoqIEEgZml4ZWQgbnVtYmVyIG9mIFZVcyBmb3IgYSBmaXhlZCB0aW1lIChjbG9zZWQgbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50VXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYywgdnVzLCBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH07XG59XG5cbi8qKiBBcnJpdmFsIHJhdGUgcmlzaW5nIGxpbmVhcmx5IGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIHBlciBzZWNvbmQgb3ZlciBgZHVyYXRpb25TYCAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmlzaW5nUmF0ZShcbiAgZXhlYzogc3RyaW5nLFxuICBzdGFydFJhdGU6IG51bWJlcixcbiAgbWF4UmF0ZTogbnVtYmVyLFxuICBkdXJhdGlvblM6IG51bWJlcixcbiAgbWF4VlVzOiBudW1iZXIsXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICBzdGFydFJhdGUsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDIsIE1hdGguY2VpbChzdGFydFJhdGUpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YWdlczogW3sgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgdGFyZ2V0OiBtYXhSYXRlIH1dLFxuICB9O1xufVxuXG4vKiogYHZ1c2AgdXNlcnMgZWFjaCBydW4gYGl0ZXJhdGlvbnNgIGl0ZXJhdGlvbnMsIGFsbCBzdGFydGluZyB0b2dldGhlciwgYm91bmRlZCBieSBgbWF4RHVyYXRpb25TYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpdGVyYXRpb25zUGVyVXNlcihleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBpdGVyYXRpb25zOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIE9ubHkgdGhlIGxvYWQgaXMgZ2F0ZWQ6IHRoZSBwb2xsZXIgdGVsbHMgdGhlIHNpZGVjYXIgd2hlbiB0aGVcbi8vIGxvYWQgc3RhcnRzIChpdHMgZmlyc3QgcG9sbDogaXQgc3RhcnRzIHdpdGggdGhlIGxvYWQgc2NlbmFyaW9zLCBhZnRlciBzZXR1cCkgYW5kIGVuZHMgKGl0cyBsYXN0LFxuLy8gb3IgdGVhcmRvd24pLCBhbmQgc2FtcGxlcyB0aGUgc2lkZWNhciBtYXJrcyBzZXR1cCBvciB0ZWFyZG93biAoYSBkYXRhc2V0IHNlZWRlZCBpbiBzZXR1cCwgdGhlXG4vLyBjbGVhbi11cCkgYXJlIGxlZnQgb3V0LiBQb2xscyBjYXJyeSBzY29wZTpzaWRlY2FyIGFuZCBlbWl0IG5vIGh0dHBfcmVxX2ZhaWxlZCBzYW1wbGVzXG4vLyAocmVzcG9uc2VDYWxsYmFjazogbnVsbCksIHNvIHRoZSBBUEkgZmlndXJlcyBhbmQgdGhyZXNob2xkcyBuZXZlciBzZWUgdGhlbS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQ291bnRlciwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcbmltcG9ydCB7IHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMsIHRvSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuXG4vKiogUGVyY2VudCBvZiB0aGUgQ1BVcyBhdmFpbGFibGUgdG8gdGhlIHNlcnZlciwgMC0xMDAuICovXG5jb25zdCBzZXJ2ZXJDcHVQZXJjZW50ID0gbmV3IFRyZW5kKCdzZXJ2ZXJfY3B1X3BlcmNlbnQnKTtcbi8qKiBQZXItY29yZSBzdW06IDEwMCA9IG9uZSBjb3JlIGZ1bGx5IGJ1c3kuICovXG5jb25zdCBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfY29yZXNfcGVyY2VudCcpO1xuLyoqIFBTUyBzdW0gKHByb2Nlc3MgdHJlZSksIHdvcmtpbmcgc2V0IChjZ3JvdXApLCBSU1MgKC9tZXRyaWNzKSBvciB0aGUgbWVtb3J5IHF1ZXJ5IChQcm9tZXRoZXVzIHNlcnZlciksIE1CLiAqL1xuY29uc3Qgc2VydmVyTWVtb3J5TWIgPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfbWInKTtcbi8qKiBQb2xscyB0aGUgc2lkZWNhciBkaWQgbm90IGFuc3dlciwgcGx1cyByZWFkaW5ncyB0aGUgc2lkZWNhciBmYWlsZWQgdG8gdGFrZTogZWFjaCBhYm91dCBvbmUgaW50ZXJ2YWwgd2l0aG91dCBkYXRhLiAqL1xuY29uc3Qgc2VydmVyU2FtcGxlc01pc3NpbmcgPSBuZXcgQ291bnRlcignc2VydmVyX3NhbXBsZXNfbWlzc2luZycpO1xuLyoqIE1CIHBlciBtaW51dGUgb3ZlciB0aGUgbG9hZCBhZnRlciB0aGUgc2lkZWNhcidzIHdhcm0tdXAgKGxlYXN0LXNxdWFyZXMgc2xvcGUpLCByZWNvcmRlZCBvbmNlIGluIHRlYXJkb3duLiAqL1xuY29uc3Qgc2VydmVyTWVtb3J5R3Jvd3RoID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJyk7XG5cbmludGVyZmFjZSBTYW1wbGUge1xuICBzZXE6IG51bWJlcjtcbiAgY3B1X3BlcmNlbnQ6IG51bWJlcjtcbiAgY3B1X2NvcmVzX3BlcmNlbnQ6IG51bWJlcjtcbiAgbWVtb3J5X21iOiBudW1iZXI7XG4gIC8qKiBzZXR1cCwgbG9hZCBvciB0ZWFyZG93bjsgYWJzZW50IGZyb20gYSBzaWRlY2FyIHRoYXQgZG9lcyBub3QgbWFyayBwaGFzZXMgKGV2ZXJ5IHNhbXBsZSBjb3VudHMpLiAqL1xuICBwaGFzZT86IHN0cmluZztcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCwgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLFxuLy8gYW5kIHdoZXRoZXIgdGhlIHNpZGVjYXIgaGFzIHRha2VuIHRoZSBtYXJrIHRoYXQgdGhlIGxvYWQgc3RhcnRlZC5cbmxldCBjdXJzb3IgPSAwO1xubGV0IGVycm9yc1NlZW46IG51bWJlciB8IHVuZGVmaW5lZDtcbmxldCBsb2FkTWFya2VkID0gZmFsc2U7XG5cbi8qKlxuICogVGVsbHMgdGhlIHNpZGVjYXIgdGhlIGxvYWQgc3RhcnRzICgnbG9hZCcpIG9yIGVuZGVkICgndGVhcmRvd24nKTsgdHJ1ZSBvbmNlIGl0IHRvb2sgdGhlIG1hcmsuXG4gKiBBIHNpZGVjYXIgd2l0aG91dCB0aGUgcm91dGUgKDQwNCkgbWFya3Mgbm8gcGhhc2UgYW5kIGNvdW50cyBldmVyeSBzYW1wbGU6IG5vdGhpbmcgdG8gcmV0cnkuXG4gKi9cbmZ1bmN0aW9uIG1hcmtQaGFzZShzaWRlY2FyVXJsOiBzdHJpbmcsIHBoYXNlOiAnbG9hZCcgfCAndGVhcmRvd24nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHJlcyA9IGh0dHAucG9zdChgJHtzaWRlY2FyVXJsfS9waGFzZWAsIEpTT04uc3RyaW5naWZ5KHsgcGhhc2UgfSksIHtcbiAgICAuLi5QT0xMLFxuICAgIGhlYWRlcnM6IHsgJ2NvbnRlbnQtdHlwZSc6ICdhcHBsaWNhdGlvbi9qc29uJyB9LFxuICB9IGFzIG5ldmVyKTtcbiAgcmV0dXJuIHJlcy5zdGF0dXMgPT09IDIwMCB8fCByZXMuc3RhdHVzID09PSA0MDQ7XG59XG5cbi8qKiBIb3cgbG9uZyBwYXN0IGl0cyBkdXJhdGlvbiB0aGUgcG9sbGVyIG1heSBmb2xsb3cgVlVzIHN0aWxsIGZpbmlzaGluZyAodGhlIGxvYWQgc2NlbmFyaW9zJyBncmFjZWZ1bCBzdG9wcykuICovXG5jb25zdCBUQUlMX1MgPSAzMDtcblxuLyoqXG4gKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvOiBvbmUgcG9sbCBhIHNlY29uZCBmb3IgdGhlIHdob2xlIHJ1biwgb24gb25lIFZVIHRoYXQgc3RheXMgYWN0aXZlIChlYWNoXG4gKiBpdGVyYXRpb24gcG9sbHMsIHRoZW4gc2xlZXBzIG91dCBpdHMgc2Vjb25kKS4gQWx3YXlzIGFjdGl2ZSwgaXQgYWRkcyBleGFjdGx5IG9uZSB0byBrNidzIGB2dXNgXG4gKiBnYXVnZSBvdmVyIHRoZSBzY2VuYXJpbydzIHNwYW4sIHdoaWNoIHJlcG9ydHMgY2FuIHRha2Ugb2ZmIChydW5uZXIvcmVwb3J0L2h0bWwtcmVwb3J0LnRzKTsgYW5cbiAqIGFycml2YWwtcmF0ZSBWVSwgYWN0aXZlIG9ubHkgZHVyaW5nIGl0cyBmZXctbXMgcG9sbHMsIHdvdWxkIHNvbWV0aW1lcyBiZSBjb3VudGVkIGFzIGEgdXNlciBhbmRcbiAqIHNvbWV0aW1lcyBub3QsIGRlcGVuZGluZyBvbiBob3cgdGhlIGdhdWdlJ3MgdGlja3MgZmFsbCBhZ2FpbnN0IHRoZSBwb2xscy4gSXRzIGdyYWNlZnVsIHN0b3AgbGV0c1xuICogdGhlIGxhc3QgaXRlcmF0aW9uIGZvbGxvdyB0aGUgbG9hZCB0byBpdHMgZW5kIChwb2xsUmVzb3VyY2VzKSwgYW5kIG5vIGZ1cnRoZXIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgdnVzOiAxLFxuICAgIGR1cmF0aW9uOiBgJHtNYXRoLm1heCgxLCBNYXRoLmNlaWwoZHVyYXRpb25TKSl9c2AsXG4gICAgZ3JhY2VmdWxTdG9wOiBgJHtUQUlMX1N9c2AsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgaXRlcmF0aW9uIG9mIHRoZSBwb2xsZXI6IGEgcG9sbCwgdGhlbiB0aGUgcmVzdCBvZiBpdHMgc2Vjb25kLiBUaGUgZmlyc3QgdGVsbHMgdGhlIHNpZGVjYXIgdGhlXG4gKiBsb2FkIHN0YXJ0cyAoaXQgc3RhcnRzIHdpdGggdGhlIGxvYWQgc2NlbmFyaW9zLCBhZnRlciBzZXR1cCkuIFBhc3QgdGhlIHNjZW5hcmlvJ3MgZHVyYXRpb24gdGhlXG4gKiBsb2FkJ3MgVlVzIG1heSBzdGlsbCBiZSBmaW5pc2hpbmcgdGhlaXIgaXRlcmF0aW9ucyAoazYncyBncmFjZWZ1bCBzdG9wKTogdGhlIGxhc3QgaXRlcmF0aW9uIGdvZXNcbiAqIG9uIHBvbGxpbmcgdW50aWwgbm8gb3RoZXIgVlUgaXMgYWN0aXZlLCB0aGVuIHRlbGxzIHRoZSBzaWRlY2FyIHRoZSBsb2FkIGVuZGVkIGFuZCB0YWtlcyB0aGVcbiAqIHNhbXBsZXMgdXAgdG8gdGhhdCBtYXJrLCBzbyB3aGF0IGs2IGdhdGVzIGlzIGV4YWN0bHkgd2hhdCB0aGUgc2lkZWNhciBjb3VudHMgYXMgdGhlIGxvYWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICAvLyBCZWZvcmUgdGhlIGZpcnN0IHJlYWQsIGFuZCBhZ2FpbiB1bnRpbCB0aGUgc2lkZWNhciB0YWtlcyBpdDogc2FtcGxlcyB0YWtlbiBiZWZvcmUgaXQgYXJlIHNldHVwJ3MuXG4gIGlmICghbG9hZE1hcmtlZCkgbG9hZE1hcmtlZCA9IG1hcmtQaGFzZShzaWRlY2FyVXJsLCAnbG9hZCcpO1xuICBmb3IgKDs7KSB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gICAgcG9sbE9uY2Uoc2lkZWNhclVybCk7IC8vIHRocm93cyBvbmx5IHdoZW4gYSByZWZ1c2FsIGFib3J0cyB0aGUgcnVuXG4gICAgc2xlZXAoTWF0aC5tYXgoMCwgMSAtIChEYXRlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwKSk7IC8vIG9uZSBwb2xsIGEgc2Vjb25kXG4gICAgaWYgKGV4ZWMuc2NlbmFyaW8ucHJvZ3Jlc3MgPCAxKSByZXR1cm47IC8vIGs2IHN0YXJ0cyB0aGUgbmV4dCBpdGVyYXRpb25cbiAgICBpZiAoZXhlYy5pbnN0YW5jZS52dXNBY3RpdmUgPD0gMSkgYnJlYWs7IC8vIHRoaXMgVlUgYWxvbmU6IHRoZSBsb2FkIGlzIG92ZXJcbiAgfVxuICBtYXJrUGhhc2Uoc2lkZWNhclVybCwgJ3RlYXJkb3duJyk7XG4gIHBvbGxPbmNlKHNpZGVjYXJVcmwpO1xufVxuXG5mdW5jdGlvbiBwb2xsT25jZShzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc2FtcGxlcz9zaW5jZT0ke2N1cnNvcn1gLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3QgYm9keSA9XG4gICAgcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBzYW1wbGVzOiBTYW1wbGVbXTsgZXJyb3JzPzogbnVtYmVyOyByZWZ1c2VkPzogc3RyaW5nIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKCFib2R5IHx8ICFBcnJheS5pc0FycmF5KGJvZHkuc2FtcGxlcykpIHtcbiAgICBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoMSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICh0eXBlb2YgYm9keS5lcnJvcnMgPT09ICdudW1iZXInKSB7XG4gICAgLy8gVGhlIGZpcnN0IGFuc3dlciBpcyB0aGUgYmFzZWxpbmU6IGZhaWx1cmVzIGJlZm9yZSB0aGUgcnVuIGFyZSBub3QgdGhlIHJ1bidzIGdhcHMuXG4gICAgaWYgKGVycm9yc1NlZW4gIT09IHVuZGVmaW5lZCAmJiBib2R5LmVycm9ycyA+IGVycm9yc1NlZW4pIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZChib2R5LmVycm9ycyAtIGVycm9yc1NlZW4pO1xuICAgIGVycm9yc1NlZW4gPSBib2R5LmVycm9ycztcbiAgfVxuICBmb3IgKGNvbnN0IHNhbXBsZSBvZiBib2R5LnNhbXBsZXMpIHtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICAgIGlmIChzYW1wbGUucGhhc2UgIT09IHVuZGVmaW5lZCAmJiBzYW1wbGUucGhhc2UgIT09ICdsb2FkJykgY29udGludWU7IC8vIHNldHVwJ3MgKG9yIHRlYXJkb3duJ3MpOiBzaG93biBpbiB0aGUgcmVwb3J0cywgbm90IGdhdGVkXG4gICAgc2VydmVyQ3B1UGVyY2VudC5hZGQoc2FtcGxlLmNwdV9wZXJjZW50KTtcbiAgICBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQuYWRkKHNhbXBsZS5jcHVfY29yZXNfcGVyY2VudCk7XG4gICAgc2VydmVyTWVtb3J5TWIuYWRkKHNhbXBsZS5tZW1vcnlfbWIpO1xuICB9XG4gIC8vIFRoZSBzaWRlY2FyIGZvdW5kIG1pZC1ydW4gdGhhdCBpdHMgc291cmNlIGNhbm5vdCByZWFkIHRoZSB3aG9sZSBzZXJ2ZXIgKGUuZy4gL21ldHJpY3MgYW5zd2VyZWRcbiAgLy8gYnkgYW5vdGhlciB3b3JrZXIpOiBldmVyeSBmdXJ0aGVyIHJlYWRpbmcgd291bGQgYmUgd3JvbmcsIHNvIHRoZSBydW4gc3RvcHMsIHNheWluZyB3aHkuXG4gIGlmICh0eXBlb2YgYm9keS5yZWZ1c2VkID09PSAnc3RyaW5nJylcbiAgICBleGVjLnRlc3QuYWJvcnQoYHNlcnZlciByZXNvdXJjZXM6IHRoZSBzaWRlY2FyIHJlZnVzZWQgaXRzIHNvdXJjZTogJHtib2R5LnJlZnVzZWR9YCk7XG59XG5cbi8qKlxuICogVGVhcmRvd24sIGJlZm9yZSBhbnl0aGluZyBlbHNlIGl0IGRvZXM6IHRlbGxzIHRoZSBzaWRlY2FyIHRoZSBsb2FkIGVuZGVkICh3aGVuIHRoZSBwb2xsZXIgY291bGRcbiAqIG5vdDogYSBydW4gc3RvcHBlZCBlYXJseSksIHRoZW4gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCBvdmVyIHRoZSBsb2FkIGFmdGVyIHdhcm0tdXAsIE1CIHBlclxuICogbWludXRlLCBhcyB0aGUgc2lkZWNhciBjb21wdXRlZCBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZExvYWQoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIG1hcmtQaGFzZShzaWRlY2FyVXJsLCAndGVhcmRvd24nKTtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc3VtbWFyeWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBzdW1tYXJ5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGwgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoc3VtbWFyeSAmJiB0eXBlb2Ygc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4gPT09ICdudW1iZXInKVxuICAgIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKipcbiAqIFNlcnZlciBtZW1vcnkgcGVhaywgQ1BVIHA5NSwgYW5kIG9wdGlvbmFsbHkgZ3Jvd3RoIGFuZCBnYXBzLCBhcyBnYXRlcy4gQ1BVIGlzIFwiYXQgbW9zdFwiOiBhIHNhbXBsZVxuICogaXMgYSBzaGFyZSBvZiB0aGUgc2VydmVyJ3MgQ1BVcyAobmV2ZXIgYWJvdmUgMTAwKSwgc28gYSBsaW1pdCBvZiAxMDAgbWVhc3VyZXMgQ1BVIHdpdGhvdXQgZ2F0aW5nIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VHYXRlcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogR2F0ZVtdIHtcbiAgY29uc3QgZ2F0ZXM6IEdhdGVbXSA9IFtcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfbWInLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMubWVtb3J5TWIgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9jcHVfcGVyY2VudCcsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzw9JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZClcbiAgICBnYXRlcy5wdXNoKHtcbiAgICAgIG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmdyb3d0aE1iUGVyTWluIH1dLFxuICAgIH0pO1xuICBpZiAobGltaXRzLmZhaWxPbk1pc3NpbmcpXG4gICAgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8PTgwJ10sIC4uLiB9LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlVGhyZXNob2xkcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogSzZUaHJlc2hvbGRzIHtcbiAgcmV0dXJuIHRvSzZUaHJlc2hvbGRzKHJlc291cmNlR2F0ZXMobGltaXRzKSk7XG59XG4iLCAiLy8gVGhlIHJ1bidzIGFjY291bnRzLCBwZXIgY2xhc3M6IGZyb20gUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAocGFyc2VkIG9uY2UgZm9yIHRoZSB3aG9sZSB0ZXN0IGludG9cbi8vIGs2IFNoYXJlZEFycmF5cywgc28gZXZlcnkgVlUgcmVhZHMgb25lIGNvcHkgaW5zdGVhZCBvZiBob2xkaW5nIGl0cyBvd24pLCBmcm9tIHRoZSBkZW1vXG4vLyBwbGF0Zm9ybSdzIERFTU9fVVNFUlMgcG9vbCAobmFtZXMgY29tcHV0ZWQsIG5vdGhpbmcgaGVsZCksIG9yIGVsc2UgdGhlIGNsYXNzJ3Mgc2luZ2xlIGFjY291bnRcbi8vIChSRUdVTEFSX1VTRVJfRU1BSUwgLi4uOiBldmVyeSBWVSBvZiBhIGNsYXNzIHNoYXJlcyBpdCkuIFZVIG4gdXNlcyBhY2NvdW50IChuLTEpIG1vZCBzaXplLlxuaW1wb3J0IHsgU2hhcmVkQXJyYXkgfSBmcm9tICdrNi9kYXRhJztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHtcbiAgdHlwZSBBY2NvdW50LFxuICB0eXBlIFBvb2xTaXplcyxcbiAgcGFyc2VVc2Vyc0NzdixcbiAgcG9vbEVtYWlsLFxuICBST0xFUyxcbiAgdHlwZSBSb2xlLFxuICB0b29TbWFsbEZvckRpc3RpbmN0LFxufSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUG9vbCB7XG4gIC8qKiBXaGVyZSB0aGUgYWNjb3VudHMgY29tZSBmcm9tLCBmb3IgbWVzc2FnZXMuICovXG4gIHNvdXJjZTogc3RyaW5nO1xuICBzaXplczogUG9vbFNpemVzO1xuICAvKiogVGhlIGktdGggYWNjb3VudCAoZnJvbSAwKSBvZiBhIGNsYXNzOyBgcGFzc3dvcmRgIGlzIHRoZSBmaWxlJ3MsIG9yIHRoZSBjbGFzcyBwYXNzd29yZCBnaXZlbi4gKi9cbiAgYWNjb3VudChyb2xlOiBSb2xlLCBpbmRleDogbnVtYmVyLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50O1xufVxuXG5mdW5jdGlvbiByZWFkRmlsZShwYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIHJldHVybiBvcGVuKHBhdGgpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgIGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH0gY2Fubm90IGJlIHJlYWQgKCR7U3RyaW5nKGVycm9yKX0pOiBnaXZlIGFuIGFic29sdXRlIHBhdGggdG8gYSBDU1Ygd2l0aCB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGVgLFxuICAgICk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZmlsZVBvb2wocGF0aDogc3RyaW5nKTogUG9vbCB7XG4gIC8vIFRoZSBjYWxsYmFjayBydW5zIG9uY2UgcGVyIHRlc3QgKGs2IGtlZXBzIHRoZSByZXN1bHQgZm9yIGV2ZXJ5IFZVKTsgZWFjaCBjbGFzcyBpdHMgb3duIGFycmF5LlxuICBjb25zdCBhcnJheXMgPSB7fSBhcyBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKVxuICAgIGFycmF5c1tyb2xlXSA9IG5ldyBTaGFyZWRBcnJheShcbiAgICAgIGB1c2Vyczoke3JvbGV9YCxcbiAgICAgICgpID0+IHBhcnNlVXNlcnNDc3YocmVhZEZpbGUocGF0aCksIHBhdGgpW3JvbGVdLFxuICAgICkgYXMgdW5rbm93biBhcyBBY2NvdW50W107XG4gIHJldHVybiB7XG4gICAgc291cmNlOiBgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9YCxcbiAgICBzaXplczogeyByZWd1bGFyOiBhcnJheXMucmVndWxhci5sZW5ndGgsIHBvd2VyOiBhcnJheXMucG93ZXIubGVuZ3RoLCBhZG1pbjogYXJyYXlzLmFkbWluLmxlbmd0aCB9LFxuICAgIGFjY291bnQ6IChyb2xlLCBpbmRleCkgPT4gYXJyYXlzW3JvbGVdW2luZGV4XSBhcyBBY2NvdW50LFxuICB9O1xufVxuXG5mdW5jdGlvbiBtYWtlUG9vbChjb25maWc6IENvbmZpZyk6IFBvb2wge1xuICBpZiAoY29uZmlnLnVzZXJzRmlsZSkgcmV0dXJuIGZpbGVQb29sKGNvbmZpZy51c2Vyc0ZpbGUpO1xuICBjb25zdCB1c2VycyA9IGNvbmZpZy51c2VycztcbiAgaWYgKGNvbmZpZy5kZW1vVXNlcnMpIHtcbiAgICByZXR1cm4ge1xuICAgICAgc291cmNlOiAnREVNT19VU0VSUycsXG4gICAgICBzaXplczogY29uZmlnLmRlbW9Vc2VycyxcbiAgICAgIGFjY291bnQ6IChyb2xlLCBpbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiBwb29sRW1haWwocm9sZSwgaW5kZXggKyAxKSwgcGFzc3dvcmQgfSksXG4gICAgfTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNvdXJjZTogJ1JFR1VMQVJfVVNFUl9FTUFJTCAvIFBPV0VSX1VTRVJfRU1BSUwgLyBBRE1JTl9VU0VSX0VNQUlMIChvbmUgc2hhcmVkIGFjY291bnQgcGVyIGNsYXNzKScsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogMSwgcG93ZXI6IDEsIGFkbWluOiAxIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIF9pbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiB1c2Vyc1tyb2xlXS5lbWFpbCwgcGFzc3dvcmQgfSksXG4gIH07XG59XG5cbi8qKiBUaGlzIFZVJ3MgYWNjb3VudCBvZiBhIGNsYXNzOiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NvdW50T2ZWdShwb29sOiBQb29sLCByb2xlOiBSb2xlLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2l6ZSA9IHBvb2wuc2l6ZXNbcm9sZV07XG4gIHJldHVybiBzaXplID09PSAwID8gdW5kZWZpbmVkIDogcG9vbC5hY2NvdW50KHJvbGUsIChleGVjLnZ1LmlkSW5UZXN0IC0gMSkgJSBzaXplLCBjbGFzc1Bhc3N3b3JkKTtcbn1cblxuLyoqIFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWU6IHJlZnVzZXMsIGF0IGluaXQsIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgdXNlZCBjbGFzcyB0aGFuIFZVIGlkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnREaXN0aW5jdChwb29sOiBQb29sLCByb2xlczogcmVhZG9ubHkgUm9sZVtdLCB2dUlkczogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IG5lZWRlZDogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgZm9yIChjb25zdCByb2xlIG9mIHJvbGVzKSBuZWVkZWRbcm9sZV0gPSB2dUlkcztcbiAgY29uc3QgcHJvYmxlbSA9IHRvb1NtYWxsRm9yRGlzdGluY3QocG9vbC5zaXplcywgbmVlZGVkLCBwb29sLnNvdXJjZSk7XG4gIGlmIChwcm9ibGVtKSB0aHJvdyBuZXcgRXJyb3IocHJvYmxlbSk7XG59XG5cbi8qKiBUaGUgcnVuJ3MgcG9vbCwgbWFkZSBvbmNlIHBlciBWVSBhdCBpbml0IChhIGJhZCBmaWxlIHN0b3BzIHRoZSBydW4gaGVyZSwgYmVmb3JlIHNldHVwKS4gKi9cbmV4cG9ydCBjb25zdCBwb29sOiBQb29sID0gbWFrZVBvb2wocnVuQ29uZmlnKTtcbiIsICIvLyBUaGUgcnVuJ3MgY29uZmlndXJhdGlvbiwgcmVhZCBmcm9tIGs2J3MgX19FTlYgb25jZSBhdCBpbml0LiBBbiBpbnZhbGlkIHZhbHVlIHRocm93cyBoZXJlLCBzb1xuLy8gazYgc3RvcHMgYmVmb3JlIHNldHVwKCkgYW5kIGJlZm9yZSBhbnkgcmVxdWVzdCwgd2l0aCB0aGUgdmFyaWFibGUgbmFtZWQgaW4gdGhlIG1lc3NhZ2UuXG5pbXBvcnQgeyBhc3NlcnRUYXJnZXRBbGxvd2VkLCB0eXBlIENvbmZpZywgcGFyc2VDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHBhcnNlQ29uZmlnKF9fRU5WKTtcblxuLyoqIFRoZSBjb25maWd1cmF0aW9uIGZvciBhIGxvYWQtZ2VuZXJhdGluZyBlbnRyeTogcmVmdXNlcyBhIG5vbi1sb29wYmFjayB0YXJnZXQgdGhhdCBpcyBub3QgYWxsb3ctbGlzdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1YXJkZWRDb25maWcoZW50cnk6IHN0cmluZyk6IENvbmZpZyB7XG4gIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnLCBlbnRyeSk7XG4gIHJldHVybiBjb25maWc7XG59XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGNoZWNrc1xuLy8gb25lIGFjY291bnQgb2YgZWFjaCBjbGFzcyAoYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UpLCByZW1vdmVzIHdoYXQga2lsbGVkIHJ1bnNcbi8vIGxlZnQgYmVoaW5kLCBtYWtlcyBzdXJlIHRoZSBrZXB0IGRhdGFzZXQgaXMgdGhlcmUsIGFuZCAoZm9yIGFwaS9icmVha3BvaW50KSBzZWVkcyBydW4tdGFnZ2VkXG4vLyBjb3Vyc2VzLiBUZWFyZG93biByZW1vdmVzIGV2ZXJ5dGhpbmcgdGhpcyBydW4gY3JlYXRlZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCBzZWNyZXRzIGZyb20gJ2s2L3NlY3JldHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7IGVuc3VyZURhdGFzZXQsIHR5cGUgT3duZXIsIHF1aWV0TG9naW4sIHJlbW92ZUNvdXJzZXMgfSBmcm9tICcuL2RhdGFzZXQudHMnO1xuaW1wb3J0IHsgaXNMZWZ0b3ZlciwgbmV3UnVuSWQsIFJVTl9USVRMRV9GSUxURVIgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHsgcG9vbCB9IGZyb20gJy4vcG9vbC50cyc7XG5pbXBvcnQgeyBST0xFUywgdHlwZSBSb2xlLCB2dUlkQm91bmQgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuRGF0YSB7XG4gIC8qKiBVbmlxdWUgcGVyIHJ1biwgcGFydCBvZiBldmVyeSB0aXRsZSB0aGlzIHJ1biBjcmVhdGVzLCBzbyBydW5zIGFuZCBWVXMgbmV2ZXIgY29sbGlkZS4gKi9cbiAgcnVuSWQ6IHN0cmluZztcbiAgLyoqIE9uZSBsb2dnZWQtaW4gYWNjb3VudCBwZXIgY2xhc3MgKHRoZSBwb29sJ3MgZmlyc3QpOiBzZXR1cCdzIGNoZWNrcywgc2hhcmVkLXRva2VuIGVudHJpZXMsIGNsZWFudXAuICovXG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBSdW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIG93bmVkIGJ5IHRva2Vucy5yZWd1bGFyJ3MgYWNjb3VudCwgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkZWRDb3Vyc2VJZHM6IElkW107XG59XG5cbmNvbnN0IFNFRURfQ09VUlNFUyA9IDM7XG5jb25zdCBQUk9CRV9USU1FT1VUID0gJzVzJztcblxuZnVuY3Rpb24gYWJvcnQobWVzc2FnZTogc3RyaW5nKTogbmV2ZXIge1xuICBleGVjLnRlc3QuYWJvcnQobWVzc2FnZSk7XG4gIHRocm93IG5ldyBFcnJvcihtZXNzYWdlKTsgLy8gbm90IHJlYWNoZWQ6IGFib3J0KCkgc3RvcHMgdGhlIHRlc3Q7IHRoaXMga2VlcHMgdGhlIHR5cGUgY2hlY2tlciBob25lc3Rcbn1cblxuZnVuY3Rpb24gcHJvYmUoYmFzZVVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHVybCA9IGAke2Jhc2VVcmx9L2hlYWx0aGA7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KHVybCwgeyB0aW1lb3V0OiBQUk9CRV9USU1FT1VULCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiAnR0VUIC9oZWFsdGggKHNldHVwIHByb2JlKScgfSB9KTtcbiAgaWYgKHJlcy5zdGF0dXMgPT09IDApIHtcbiAgICBhYm9ydChcbiAgICAgIGB0aGUgcGxhdGZvcm0gZG9lcyBub3QgYW5zd2VyIGF0ICR7dXJsfSAoR0VULCAke1BST0JFX1RJTUVPVVR9IHRpbWVvdXQpOiAke3Jlcy5lcnJvciB8fCAnbm8gcmVzcG9uc2UnfS4gSXMgaXQgcnVubmluZz8gU2V0IEJBU0VfVVJMIHRvIGl0cyBhZGRyZXNzLmAsXG4gICAgKTtcbiAgfVxuICBpZiAocmVzLnN0YXR1cyAhPT0gMjAwKSB7XG4gICAgYWJvcnQoXG4gICAgICBgdGhlIHBsYXRmb3JtIGF0ICR7dXJsfSBhbnN3ZXJlZCAke3Jlcy5zdGF0dXN9IGluc3RlYWQgb2YgMjAwOiBpdCBpcyBub3QgaGVhbHRoeSwgb3IgQkFTRV9VUkwgcG9pbnRzIGF0IHNvbWV0aGluZyBlbHNlLmAsXG4gICAgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+LCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldFtyb2xlXSA/PyBjb25maWcudXNlcnNbcm9sZV0ucGFzc3dvcmQ7XG59XG5cbi8qKlxuICogTG9ncyBpbiBhcyB0aGUgY2xhc3MncyBmaXJzdCBhY2NvdW50OiB0aGUgY2hlY2sgdGhhdCBhIHdyb25nIHBhc3N3b3JkIHN0b3BzIHRoZSBydW4gYXQgb25jZS5cbiAqIE91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdzogZW5kcG9pbnQ6bG9naW4gdGltZXMgdGhlIFZVcycgb3duIGxvZ2lucyB1bmRlciBsb2FkLlxuICovXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGlmIChwb29sLnNpemVzW3JvbGVdID09PSAwKSBhYm9ydChgJHtwb29sLnNvdXJjZX0gaGFzIG5vICR7cm9sZX0gYWNjb3VudCwgYW5kIHRoaXMgZW50cnkgbmVlZHMgb25lLmApO1xuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KHJvbGUsIDAsIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKTtcbiAgY29uc3QgcmVzdWx0ID0gcXVpZXRMb2dpbihjb25maWcsIGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LnRva2VuKSB7XG4gICAgY29uc3QgZW52UHJlZml4ID0gYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSYDtcbiAgICBjb25zdCB3aGVyZSA9IGNvbmZpZy51c2Vyc0ZpbGVcbiAgICAgID8gYGl0cyBsaW5lIGluICR7Y29uZmlnLnVzZXJzRmlsZX1gXG4gICAgICA6IGNvbmZpZy5kZW1vVXNlcnNcbiAgICAgICAgPyBgJHtlbnZQcmVmaXh9X1BBU1NXT1JEICh0aGUgREVNT19VU0VSUyBwb29sJ3MgJHtyb2xlfSBwYXNzd29yZClgXG4gICAgICAgIDogYCR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JEYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7d2hlcmV9LmApO1xuICB9XG4gIHJldHVybiByZXN1bHQudG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IGBwZXJmLXNlZWQgJHtydW5JZH0gJHtufWAsXG4gICAgICB0b3BpYzogJ2xvYWQgdGVzdGluZycsXG4gICAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IDIsXG4gICAgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3QgY3JlYXRlIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke2NyZWF0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY29uc3Qgc3RhcnRlZCA9IGNsaWVudC5nZW5lcmF0ZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGlmICghc3RhcnRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IHN0YXJ0IGdlbmVyYXRpbmcgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7c3RhcnRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb3Vyc2VJZHMucHVzaChjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGpvYnMucHVzaChzdGFydGVkLmJvZHkuam9iX2lkKTtcbiAgfVxuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMDtcbiAgZm9yIChjb25zdCBqb2JJZCBvZiBqb2JzKSB7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3Qgam9iID0gY2xpZW50LmdldEpvYihqb2JJZCkuYm9keTtcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGJyZWFrO1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnZmFpbGVkJykgYWJvcnQoYGEgc2VlZCBjb3Vyc2UncyBnZW5lcmF0aW9uIGZhaWxlZDogJHtqb2IuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9LmApO1xuICAgICAgaWYgKERhdGUubm93KCkgPiBkZWFkbGluZSlcbiAgICAgICAgYWJvcnQoYHNlZWQgY291cnNlcyB3ZXJlIG5vdCBnZW5lcmF0ZWQgd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9cy5gKTtcbiAgICAgIHNsZWVwKDAuNSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBjb3Vyc2VJZHM7XG59XG5cbi8qKlxuICogQ2xhc3MgcGFzc3dvcmRzIGZyb20gazYncyBzZWNyZXQgc291cmNlcyAoYGs2IHJ1biAtLXNlY3JldC1zb3VyY2U9ZmlsZT1zZWNyZXRzLnR4dGAsIGtleXMgbmFtZWRcbiAqIGxpa2UgdGhlIGVudiB2YXJpYWJsZXM6IFJFR1VMQVJfVVNFUl9QQVNTV09SRCwgLi4uKSB0YWtlIHByZWNlZGVuY2Ugb3ZlciB0aGUgZW52aXJvbm1lbnQ7IGs2XG4gKiByZWRhY3RzIHRoZW0gZnJvbSBpdHMgbG9ncy4gVGhleSBhcHBseSB0byB0aGUgc2luZ2xlIGFjY291bnRzIGFuZCB0byB0aGUgREVNT19VU0VSUyBwb29sOyBhXG4gKiB1c2VycyBmaWxlIGNhcnJpZXMgaXRzIG93biBwYXNzd29yZHMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzZWNyZXRQYXNzd29yZHMoKTogUHJvbWlzZTxQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pj4ge1xuICBjb25zdCBmb3VuZDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4gPSB7fTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHBhc3N3b3JkID0gYXdhaXQgc2VjcmV0cy5nZXQoYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSX1BBU1NXT1JEYCk7XG4gICAgICBpZiAocGFzc3dvcmQpIGZvdW5kW3JvbGVdID0gcGFzc3dvcmQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiBmb3VuZDtcbn1cblxuLyoqIFRoZSBhY2NvdW50cyBWVXMgb2YgdGhlIGNsYXNzZXMgdGhhdCByZWFkIHRoZSBkYXRhc2V0IGNhbiB1c2U6IHRoZSBmaXJzdCBtaW4oc2l6ZSwgVlUgaWRzKSBvZiBlYWNoLiAqL1xuZnVuY3Rpb24gZGF0YXNldE93bmVycyhjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pik6IE93bmVyW10ge1xuICBjb25zdCB2dUlkcyA9IHZ1SWRCb3VuZCgoZXhlYy50ZXN0Lm9wdGlvbnMuc2NlbmFyaW9zID8/IHt9KSBhcyB1bmtub3duIGFzIFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik7XG4gIGNvbnN0IG93bmVyczogT3duZXJbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgWydyZWd1bGFyJywgJ3Bvd2VyJ10gYXMgY29uc3QpIHtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IE1hdGgubWluKHBvb2wuc2l6ZXNbcm9sZV0sIHZ1SWRzKTsgaSsrKVxuICAgICAgb3duZXJzLnB1c2goeyByb2xlLCAuLi5wb29sLmFjY291bnQocm9sZSwgaSwgY2xhc3NQYXNzd29yZChjb25maWcsIHNlY3JldCwgcm9sZSkpIH0pO1xuICB9XG4gIHJldHVybiBvd25lcnM7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJlcGFyZU9wdGlvbnMge1xuICAvKiogU2VlZCBydW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZD86IGJvb2xlYW47XG4gIC8qKiBNYWtlIHN1cmUgdGhlIGtlcHQgcGVyLXVzZXIgZGF0YXNldCBpcyB0aGVyZSAoZW50cmllcyB3aG9zZSB1c2VycyByZWFkIHRoZWlyIG93biBjb3Vyc2VzKS4gKi9cbiAgZGF0YXNldD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlUnVuKGNvbmZpZzogQ29uZmlnLCBvcHRpb25zOiBQcmVwYXJlT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHByb2JlKGNvbmZpZy5iYXNlVXJsKTtcbiAgY29uc3Qgc2VjcmV0ID0gYXdhaXQgc2VjcmV0UGFzc3dvcmRzKCk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VucyA9IHt9IGFzIFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHRva2Vuc1tyb2xlXSA9IGxvZ2luKGNvbmZpZywgc2VjcmV0LCByb2xlKTtcbiAgY29uc3QgcnVuSWQgPSBuZXdSdW5JZCgpO1xuICBjb25zdCBzd2VwdCA9IHJlbW92ZUNvdXJzZXMoY29uZmlnLCB0b2tlbnMuYWRtaW4sIFJVTl9USVRMRV9GSUxURVIsICh0aXRsZSkgPT4gaXNMZWZ0b3Zlcih0aXRsZSwgcnVuSWQsIGZhbHNlKSk7XG4gIGlmIChzd2VwdCA+IDApIGNvbnNvbGUubG9nKGBzZXR1cDogcmVtb3ZlZCAke3N3ZXB0fSBjb3Vyc2UocykgbGVmdCBiZWhpbmQgYnkgZWFybGllciBydW5zYCk7XG4gIGlmIChvcHRpb25zLmRhdGFzZXQpIHtcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgciA9IGVuc3VyZURhdGFzZXQoY29uZmlnLCBkYXRhc2V0T3duZXJzKGNvbmZpZywgc2VjcmV0KSk7XG4gICAgICBjb25zb2xlLmxvZyhcbiAgICAgICAgYHNldHVwOiBkYXRhc2V0IG9mICR7Y29uZmlnLmRhdGFzZXQuY291cnNlc30gY291cnNlKHMpIHBlciBhY2NvdW50IGZvciAke3IuYWNjb3VudHN9IGFjY291bnQocyk6ICR7ci5yZXVzZWR9IHJldXNlZCwgJHtyLmNyZWF0ZWR9IGNvdXJzZShzKSBjcmVhdGVkICgke3IuZ2VuZXJhdGVkfSBnZW5lcmF0ZWQpLCAke3IucmVtb3ZlZH0gcmVtb3ZlZCR7ci5yZXRyaWVkID4gMCA/IGAsICR7ci5yZXRyaWVkfSByZXF1ZXN0KHMpIHNlbnQgYWdhaW4gYWZ0ZXIgbm8gYW5zd2VyIG9yIGEgNXh4YCA6ICcnfSwgaW4gJHsoKERhdGUubm93KCkgLSBzdGFydGVkKSAvIDEwMDApLnRvRml4ZWQoMSl9IHNgLFxuICAgICAgKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgYWJvcnQoZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpKTtcbiAgICB9XG4gIH1cbiAgY29uc3Qgc2VlZGVkQ291cnNlSWRzID0gb3B0aW9ucy5zZWVkID8gc2VlZENvdXJzZXMoYW5vbnltb3VzLmFzKHRva2Vucy5yZWd1bGFyKSwgcnVuSWQsIGNvbmZpZykgOiBbXTtcbiAgLy8gTm8gcGFzc3dvcmQgaW4gdGhlIHJldHVybmVkIGRhdGE6IGs2IGNvcGllcyBpdCBpbnRvIGV2ZXJ5IFZVIGFuZCBpbnRvIGl0cyBzdW1tYXJ5IGV4cG9ydC5cbiAgcmV0dXJuIHsgcnVuSWQsIHRva2Vucywgc2VlZGVkQ291cnNlSWRzIH07XG59XG5cbi8qKiBUZWFyZG93bjogcmVtb3ZlcyBldmVyeSBjb3Vyc2UgdGhpcyBydW4gY3JlYXRlZCAoVlVzIGRlbGV0ZSB0aGVpciBvd24gYXMgdGhleSBnbzsgdGhpcyBjYXRjaGVzIHRoZSByZXN0KS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjbGVhblVwUnVuKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhIHwgdW5kZWZpbmVkKTogUHJvbWlzZTx2b2lkPiB7XG4gIGlmICghZGF0YT8ucnVuSWQgfHwgcG9vbC5zaXplcy5hZG1pbiA9PT0gMCkgcmV0dXJuO1xuICBjb25zdCBzZWNyZXQgPSBhd2FpdCBzZWNyZXRQYXNzd29yZHMoKTtcbiAgLy8gQSBmcmVzaCBsb2dpbjogc2V0dXAncyB0b2tlbiBtYXkgaGF2ZSBleHBpcmVkIGR1cmluZyBhIGxvbmcgcnVuLlxuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KCdhZG1pbicsIDAsIHNlY3JldC5hZG1pbiA/PyBjb25maWcudXNlcnMuYWRtaW4ucGFzc3dvcmQpO1xuICBjb25zdCB7IHRva2VuIH0gPSBxdWlldExvZ2luKGNvbmZpZywgZW1haWwsIHBhc3N3b3JkKTtcbiAgaWYgKCF0b2tlbikge1xuICAgIGNvbnNvbGUuZXJyb3IoXG4gICAgICBgdGVhcmRvd246IGNvdWxkIG5vdCBsb2cgaW4gYXMgJHtlbWFpbH0gdG8gcmVtb3ZlIHRoaXMgcnVuJ3MgY291cnNlcyAodGl0bGVzIGNvbnRhaW5pbmcgJHtkYXRhLnJ1bklkfSk7IHRoZSBuZXh0IHJ1biByZW1vdmVzIHRoZW1gLFxuICAgICk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IHJlbW92ZWQgPSByZW1vdmVDb3Vyc2VzKGNvbmZpZywgdG9rZW4sIGRhdGEucnVuSWQsICh0aXRsZSkgPT4gaXNMZWZ0b3Zlcih0aXRsZSwgZGF0YS5ydW5JZCwgdHJ1ZSkpO1xuICBpZiAocmVtb3ZlZCA+IDApIGNvbnNvbGUubG9nKGB0ZWFyZG93bjogcmVtb3ZlZCAke3JlbW92ZWR9IGNvdXJzZShzKSB0aGlzIHJ1biBjcmVhdGVkYCk7XG59XG4iLCAiLy8gVHlwZWQgY2xpZW50IG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSBjb250cmFjdCAocGF0aHMgYW5kIHRhZ3MgY29tZSBmcm9tIHJvdXRlcy50cykuIEV2ZXJ5IHJlcXVlc3Rcbi8vIGNhcnJpZXMgYSBzdGFibGUgYGVuZHBvaW50YCB0YWcgKG5ldmVyIHRoZSBVUkwgd2l0aCBpZHMgaW4gaXQpLCB0aGUgYGFwaWAgc2NvcGUgYW5kIGEgdGVtcGxhdGVkXG4vLyBgbmFtZWAsIHNvIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnRzIGtlZXAgYSBzbWFsbCwgZml4ZWQgc2V0IG9mIHNlcmllcy5cbmltcG9ydCB7IGNoZWNrIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHR5cGUgSWQsIHBhdGhzLCByZXF1ZXN0VGFncyB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7XG4gIGluZGV4OiBudW1iZXI7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHN0YXR1czogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2Uge1xuICBpZDogSWQ7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBjaGFwdGVycz86IENoYXB0ZXJTdW1tYXJ5W107XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZUxpc3Qge1xuICBpdGVtczogQ291cnNlW107XG4gIHRvdGFsOiBudW1iZXI7XG4gIGxpbWl0OiBudW1iZXI7XG4gIG9mZnNldDogbnVtYmVyO1xufVxuZXhwb3J0IGludGVyZmFjZSBOZXdDb3Vyc2Uge1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgbGFuZ3VhZ2U/OiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIge1xuICBpbmRleDogbnVtYmVyO1xuICBzdGF0dXM6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsO1xufVxuZXhwb3J0IGludGVyZmFjZSBKb2Ige1xuICBqb2JfaWQ6IElkO1xuICBjb3Vyc2VfaWQ6IElkO1xuICBzdGF0dXM6IEpvYlN0YXR1cztcbiAgY2hhcHRlcnNfdG90YWw6IG51bWJlcjtcbiAgY2hhcHRlcnNfY29tcGxldGVkOiBudW1iZXI7XG4gIGNoYXB0ZXJzOiBKb2JDaGFwdGVyW107XG4gIGNyZWF0ZWRfYXQ6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGVycm9yPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyIHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgdGl0bGU6IHN0cmluZztcbiAgY29udGVudDogc3RyaW5nO1xuICB3b3JkX2NvdW50OiBudW1iZXI7XG59XG5leHBvcnQgaW50ZXJmYWNlIExvZ2luIHtcbiAgYWNjZXNzX3Rva2VuOiBzdHJpbmc7XG4gIHRva2VuX3R5cGU6IHN0cmluZztcbiAgcm9sZTogUm9sZTtcbiAgZXhwaXJlc19pbjogbnVtYmVyO1xufVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmNvbnN0IHNoYXBlcyA9IHtcbiAgaGVhbHRoOiBzaGFwZTx7IHN0YXR1czogc3RyaW5nIH0+KChmaWVsZCkgPT4gZmllbGQoJ3N0YXR1cycpID09PSAnb2snKSxcbiAgbG9naW46IHNoYXBlPExvZ2luPigoZmllbGQpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IGZpZWxkKCdhY2Nlc3NfdG9rZW4nKTtcbiAgICByZXR1cm4gdHlwZW9mIHRva2VuID09PSAnc3RyaW5nJyAmJiB0b2tlbiAhPT0gJyc7XG4gIH0pLFxuICBjb3Vyc2VMaXN0OiBzaGFwZTxDb3Vyc2VMaXN0PigoZmllbGQpID0+IGlzQ291bnQoZmllbGQoJ2l0ZW1zLiMnKSkgJiYgdHlwZW9mIGZpZWxkKCd0b3RhbCcpID09PSAnbnVtYmVyJyksXG4gIGNvdXJzZTogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIHR5cGVvZiBmaWVsZCgndGl0bGUnKSA9PT0gJ3N0cmluZycpLFxuICBjb3Vyc2VXaXRoQ2hhcHRlcnM6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgam9iQWNjZXB0ZWQ6IHNoYXBlPHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdqb2JfaWQnKSkpLFxuICBqb2I6IHNoYXBlPEpvYj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ3N0YXR1cycpID09PSAnc3RyaW5nJyAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgY2hhcHRlcjogc2hhcGU8Q2hhcHRlcj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ2NvbnRlbnQnKSA9PT0gJ3N0cmluZycpLFxuICBhbnlPYmplY3Q6IHNoYXBlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PigoZmllbGQpID0+IHtcbiAgICBjb25zdCB3aG9sZSA9IGZpZWxkKCdAdGhpcycpOyAvLyBnanNvbidzIG1vZGlmaWVyIGZvciB0aGUgd2hvbGUgZG9jdW1lbnRcbiAgICByZXR1cm4gdHlwZW9mIHdob2xlID09PSAnb2JqZWN0JyAmJiB3aG9sZSAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh3aG9sZSk7XG4gIH0pLFxufTtcblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKipcbiAqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuXG4gKiBleGNlcHRpb24pLiBUaGUgYm9keSBpdHNlbGYgaXMgbm90IHJlYWQgaGVyZTogYW4gZW1wdHkgb3IgdW5wYXJzYWJsZSBvbmUgcmVhZHMgYXMgaGF2aW5nIG5vXG4gKiBmaWVsZHMsIHdoaWNoIGZhaWxzIHRoZSBzaGFwZSwgYW5kIHJlYWRpbmcgaXQgd291bGQgY29weSBldmVyeSBib2R5IGludG8gSmF2YVNjcmlwdC5cbiAqL1xuZnVuY3Rpb24gaXNKc29uKHJlczogUmVzcG9uc2UpOiBib29sZWFuIHtcbiAgcmV0dXJuIFN0cmluZyhyZXMuaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPz8gJycpLmluY2x1ZGVzKCdqc29uJyk7XG59XG5cbi8qKiBUaGUgcmVzcG9uc2UgdGhlIHNoYXBlIGNoZWNrIGlzIHJlYWRpbmc6IG9uZSBmaWVsZCByZWFkZXIgcGVyIFZVLCBub3QgYSBjbG9zdXJlIHBlciByZXF1ZXN0LiAqL1xubGV0IHJlYWRpbmc6IFJlc3BvbnNlIHwgdW5kZWZpbmVkO1xuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5jb25zdCByZWFkRmllbGQ6IEZpZWxkID0gKHBhdGgpID0+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcmVhZGluZyEuanNvbihwYXRoKSA/PyB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn07XG5cbi8qKiBBIGNhbGwncyBSZXN1bHQ7IHRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkIChhIHByb3RvdHlwZSBnZXR0ZXI6IG5vIGNsb3N1cmVzIHBlciByZXF1ZXN0KS4gKi9cbmNsYXNzIExhenlSZXN1bHQ8VD4gaW1wbGVtZW50cyBSZXN1bHQ8VD4ge1xuICBwcml2YXRlIHBhcnNlZCA9IGZhbHNlO1xuICBwcml2YXRlIHZhbHVlOiBUIHwgdW5kZWZpbmVkO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBvazogYm9vbGVhbixcbiAgICByZWFkb25seSBzdGF0dXM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJlczogUmVzcG9uc2UgfCB1bmRlZmluZWQsXG4gICkge31cblxuICBnZXQgYm9keSgpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAodGhpcy5yZXMgJiYgIXRoaXMucGFyc2VkKSB7XG4gICAgICB0aGlzLnZhbHVlID0gcGFyc2VKc29uKHRoaXMucmVzLmJvZHkpIGFzIFQ7XG4gICAgICB0aGlzLnBhcnNlZCA9IHRydWU7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnZhbHVlO1xuICB9XG59XG5cbi8qKiBUaGUgd2hvbGUgYm9keSBhcyBKU09OLCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBwYXJzZS4gKi9cbmZ1bmN0aW9uIHBhcnNlSnNvbihib2R5OiB1bmtub3duKTogdW5rbm93biB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UoYm9keSBhcyBzdHJpbmcpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8vIENhY2hlcyBvbiB0aGlzIHBhdGggYXJlIHBsYWluIG9iamVjdHMsIG5vdCBNYXA6IGV2ZXJ5IFZVIGhhcyBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgYW5kIHRoZVxuLy8gZmlyc3QgTWFwIGEgcnVudGltZSB1c2VzIGJ1aWxkcyBNYXAncyBjb25zdHJ1Y3RvciBhbmQgcHJvdG90eXBlIGluIGl0ICh+MTAgS0IgcGVyIFZVLCBiZW5jaC8pLlxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrczogUmVjb3JkPG51bWJlciwgUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPj4gPSB7fTtcbmZ1bmN0aW9uIGV4cGVjdFN0YXR1cyhzdGF0dXM6IG51bWJlcik6IFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4ge1xuICBsZXQgY2FsbGJhY2sgPSBzdGF0dXNDYWxsYmFja3Nbc3RhdHVzXTtcbiAgaWYgKGNhbGxiYWNrID09PSB1bmRlZmluZWQpIHtcbiAgICBjYWxsYmFjayA9IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcyhzdGF0dXMpO1xuICAgIHN0YXR1c0NhbGxiYWNrc1tzdGF0dXNdID0gY2FsbGJhY2s7XG4gIH1cbiAgcmV0dXJuIGNhbGxiYWNrO1xufVxuXG4vKiogU2VlcyBldmVyeSBBUEkgcmVxdWVzdCdzIGR1cmF0aW9uIGFuZCBvdXRjb21lOiBob3cgc2NlbmFyaW9zIG1lYXN1cmUgbGF0ZW5jeSBwZXIgcGhhc2UuICovXG5leHBvcnQgdHlwZSBSZXF1ZXN0T2JzZXJ2ZXIgPSAoZW5kcG9pbnQ6IEVuZHBvaW50LCBkdXJhdGlvbk1zOiBudW1iZXIsIG9rOiBib29sZWFuKSA9PiB2b2lkO1xubGV0IG9ic2VydmVyOiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQ7XG5leHBvcnQgZnVuY3Rpb24gb2JzZXJ2ZVJlcXVlc3RzKG5leHQ6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZCk6IHZvaWQge1xuICBvYnNlcnZlciA9IG5leHQ7XG59XG5cbi8qKiBXaGF0IGEgcmVxdWVzdCdzIGNoZWNrcyBsb29rIGF0OyBvbmUgb2JqZWN0IHBlciBWVSwgcmV1c2VkLCBzbyBhIHJlcXVlc3QgYWxsb2NhdGVzIG5vIGNoZWNrIGNsb3N1cmVzLiAqL1xuaW50ZXJmYWNlIE91dGNvbWUge1xuICBzdGF0dXNPazogYm9vbGVhbjtcbiAgc2hhcGVPazogYm9vbGVhbjtcbn1cbmNvbnN0IG91dGNvbWU6IE91dGNvbWUgPSB7IHN0YXR1c09rOiBmYWxzZSwgc2hhcGVPazogZmFsc2UgfTtcblxudHlwZSBDaGVja3MgPSBSZWNvcmQ8c3RyaW5nLCAobzogT3V0Y29tZSkgPT4gYm9vbGVhbj47XG4vLyBLZXllZCBieSBlbmRwb2ludCBhbG9uZTogZWFjaCBBcGlDbGllbnQgbWV0aG9kIGZpeGVzIGl0cyBlbmRwb2ludCdzIGV4cGVjdGVkIHN0YXR1cywgc2hhcGUgYW5kIHBheWxvYWQuXG5jb25zdCBjaGVja1NldHM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCB7IGNoZWNrczogQ2hlY2tzOyB0YWdzOiB7IGVuZHBvaW50OiBFbmRwb2ludCB9IH0+PiA9IHt9O1xuLyoqIFRoZSBjaGVja3Mgb2Ygb25lIGVuZHBvaW50LCBtYWRlIG9uY2U6IHRoZSBzYW1lIG5hbWVzIG9uIGV2ZXJ5IHJlcXVlc3Qga2VlcCB0aGUgY2hlY2tzIG1ldHJpYydzIHNlcmllcyBmaXhlZC4gKi9cbmZ1bmN0aW9uIGNoZWNrc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhTaGFwZTogYm9vbGVhbikge1xuICBsZXQgc2V0ID0gY2hlY2tTZXRzW2VuZHBvaW50XTtcbiAgaWYgKCFzZXQpIHtcbiAgICBjb25zdCBjaGVja3M6IENoZWNrcyA9IHsgW2Ake2VuZHBvaW50fTogc3RhdHVzIGlzICR7ZXhwZWN0ZWR9YF06IChvKSA9PiBvLnN0YXR1c09rIH07XG4gICAgaWYgKHdpdGhTaGFwZSkgY2hlY2tzW2Ake2VuZHBvaW50fTogYm9keSBoYXMgdGhlIGV4cGVjdGVkIHNoYXBlYF0gPSAobykgPT4gIW8uc3RhdHVzT2sgfHwgby5zaGFwZU9rO1xuICAgIHNldCA9IHsgY2hlY2tzLCB0YWdzOiB7IGVuZHBvaW50IH0gfTtcbiAgICBjaGVja1NldHNbZW5kcG9pbnRdID0gc2V0O1xuICB9XG4gIHJldHVybiBzZXQ7XG59XG5cbnR5cGUgUGFyYW1zID0gTm9uTnVsbGFibGU8UGFyYW1ldGVyczx0eXBlb2YgaHR0cC5yZXF1ZXN0PlszXT47XG5cbmV4cG9ydCBjbGFzcyBBcGlDbGllbnQge1xuICAvKiogU2V0IHdoZW4gdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMTogdGhlIHNlc3Npb24gbGF5ZXIgbG9ncyBpbiBhZ2FpbiBiZWZvcmUgdGhlIG5leHQgc3RlcC4gKi9cbiAgdW5hdXRob3JpemVkID0gZmFsc2U7XG4gIHByaXZhdGUgcmVhZG9ubHkgdGltZW91dDogc3RyaW5nO1xuICAvKiogUmVxdWVzdCBwYXJhbXMgcGVyIGVuZHBvaW50IChoZWFkZXJzLCB0YWdzLCB0aW1lb3V0LCBleHBlY3RlZCBzdGF0dXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbXM6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBQYXJhbXM+PiA9IHt9O1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgYmFzZVVybDogc3RyaW5nLFxuICAgIHRpbWVvdXRTOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSB0b2tlbj86IHN0cmluZyxcbiAgKSB7XG4gICAgdGhpcy50aW1lb3V0ID0gYCR7dGltZW91dFN9c2A7XG4gIH1cblxuICAvKiogQSBjbGllbnQgZm9yIHRoZSBzYW1lIHBsYXRmb3JtIGFjdGluZyBhcyBhbm90aGVyIHVzZXIuICovXG4gIGFzKHRva2VuOiBzdHJpbmcpOiBBcGlDbGllbnQge1xuICAgIHJldHVybiBuZXcgQXBpQ2xpZW50KHRoaXMuYmFzZVVybCwgTnVtYmVyKHRoaXMudGltZW91dC5zbGljZSgwLCAtMSkpLCB0b2tlbik7XG4gIH1cblxuICBwcml2YXRlIHBhcmFtc0ZvcihlbmRwb2ludDogRW5kcG9pbnQsIGV4cGVjdGVkOiBudW1iZXIsIHdpdGhQYXlsb2FkOiBib29sZWFuLCByZWFkc0JvZHk6IGJvb2xlYW4pOiBQYXJhbXMge1xuICAgIGxldCBwYXJhbXMgPSB0aGlzLnBhcmFtc1tlbmRwb2ludF07XG4gICAgaWYgKCFwYXJhbXMpIHtcbiAgICAgIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gICAgICBpZiAod2l0aFBheWxvYWQpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICAgICAgaWYgKHRoaXMudG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0aGlzLnRva2VufWA7XG4gICAgICBwYXJhbXMgPSB7XG4gICAgICAgIGhlYWRlcnMsXG4gICAgICAgIHRhZ3M6IHJlcXVlc3RUYWdzKGVuZHBvaW50KSxcbiAgICAgICAgdGltZW91dDogdGhpcy50aW1lb3V0LFxuICAgICAgICByZXNwb25zZUNhbGxiYWNrOiBleHBlY3RTdGF0dXMoZXhwZWN0ZWQpLFxuICAgICAgfTtcbiAgICAgIC8vIEEgYm9keSBub2JvZHkgY2hlY2tzIG9yIHJlYWRzIChERUxFVEUncyAyMDQsIGFuIGV4cG9ydCBkb2N1bWVudCkgaXMgbm90IGNvcGllZCBpbnRvIEphdmFTY3JpcHQuXG4gICAgICBpZiAoIXJlYWRzQm9keSkgcGFyYW1zLnJlc3BvbnNlVHlwZSA9ICdub25lJztcbiAgICAgIHRoaXMucGFyYW1zW2VuZHBvaW50XSA9IHBhcmFtcztcbiAgICB9XG4gICAgcmV0dXJuIHBhcmFtcztcbiAgfVxuXG4gIHByaXZhdGUgY2FsbDxUPihcbiAgICBlbmRwb2ludDogRW5kcG9pbnQsXG4gICAgbWV0aG9kOiBzdHJpbmcsXG4gICAgcGF0aDogc3RyaW5nLFxuICAgIGV4cGVjdGVkOiBudW1iZXIsXG4gICAgc2hhcGU6IFNoYXBlPFQ+IHwgdW5kZWZpbmVkLFxuICAgIHBheWxvYWQ/OiB1bmtub3duLFxuICApOiBSZXN1bHQ8VD4ge1xuICAgIGNvbnN0IHdpdGhQYXlsb2FkID0gcGF5bG9hZCAhPT0gdW5kZWZpbmVkO1xuICAgIGNvbnN0IHJlcyA9IGh0dHAucmVxdWVzdChcbiAgICAgIG1ldGhvZCxcbiAgICAgIGAke3RoaXMuYmFzZVVybH0ke3BhdGh9YCxcbiAgICAgIHdpdGhQYXlsb2FkID8gSlNPTi5zdHJpbmdpZnkocGF5bG9hZCkgOiBudWxsLFxuICAgICAgdGhpcy5wYXJhbXNGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCB3aXRoUGF5bG9hZCwgc2hhcGUgIT09IHVuZGVmaW5lZCksXG4gICAgKTtcbiAgICAvLyBFYWNoIHByb3BlcnR5IHJlYWQgb2YgYSBrNiByZXNwb25zZSBjcm9zc2VzIGludG8gR28gYW5kIGJ1aWxkcyBhIEpTIHZhbHVlOiByZWFkIGVhY2ggb25jZS5cbiAgICBjb25zdCBzdGF0dXMgPSByZXMuc3RhdHVzO1xuICAgIGNvbnN0IHN0YXR1c09rID0gc3RhdHVzID09PSBleHBlY3RlZDtcbiAgICBpZiAoc3RhdHVzID09PSA0MDEpIHRoaXMudW5hdXRob3JpemVkID0gdHJ1ZTtcbiAgICAvLyBBIHdyb25nIHN0YXR1cyBmYWlscyB0aGUgc2hhcGUgY2hlY2sgdG9vLCBhcyByZWFkaW5nIHRoYXQgYm9keSB3b3VsZCAoYW4gZXJyb3IgYm9keSBpcyBub3QgdGhlXG4gICAgLy8gcmVzb3VyY2UpLCB3aXRob3V0IHBheWluZyBmb3IgdGhlIHJlYWQuXG4gICAgbGV0IHNoYXBlT2sgPSAhc2hhcGU7XG4gICAgaWYgKHNoYXBlICYmIHN0YXR1c09rKSB7XG4gICAgICByZWFkaW5nID0gcmVzO1xuICAgICAgc2hhcGVPayA9IGlzSnNvbihyZXMpICYmIHNoYXBlKHJlYWRGaWVsZCk7XG4gICAgICByZWFkaW5nID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBvdXRjb21lLnN0YXR1c09rID0gc3RhdHVzT2s7XG4gICAgb3V0Y29tZS5zaGFwZU9rID0gc2hhcGVPaztcbiAgICBjb25zdCB7IGNoZWNrcywgdGFncyB9ID0gY2hlY2tzRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgc2hhcGUgIT09IHVuZGVmaW5lZCk7XG4gICAgY29uc3Qgb2sgPSBjaGVjayhvdXRjb21lLCBjaGVja3MsIHRhZ3MpO1xuICAgIGNvbnN0IGFsbE9rID0gb2sgJiYgc3RhdHVzT2sgJiYgc2hhcGVPaztcbiAgICBvYnNlcnZlcj8uKGVuZHBvaW50LCByZXMudGltaW5ncy5kdXJhdGlvbiwgYWxsT2spO1xuICAgIHJldHVybiBuZXcgTGF6eVJlc3VsdDxUPihhbGxPaywgc3RhdHVzLCBzaGFwZSAmJiBzdGF0dXNPayAmJiBzaGFwZU9rID8gcmVzIDogdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGhlYWx0aCgpOiBSZXN1bHQ8eyBzdGF0dXM6IHN0cmluZyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnaGVhbHRoJywgJ0dFVCcsIHBhdGhzLmhlYWx0aCgpLCAyMDAsIHNoYXBlcy5oZWFsdGgpO1xuICB9XG5cbiAgbG9naW4oZW1haWw6IHN0cmluZywgcGFzc3dvcmQ6IHN0cmluZyk6IFJlc3VsdDxMb2dpbj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2xvZ2luJywgJ1BPU1QnLCBwYXRocy5sb2dpbigpLCAyMDAsIHNoYXBlcy5sb2dpbiwgeyBlbWFpbCwgcGFzc3dvcmQgfSk7XG4gIH1cblxuICBsaXN0Q291cnNlcyhxdWVyeTogeyBsaW1pdD86IG51bWJlcjsgb2Zmc2V0PzogbnVtYmVyOyBxPzogc3RyaW5nIH0gPSB7fSk6IFJlc3VsdDxDb3Vyc2VMaXN0PiB7XG4gICAgLy8gQSBsb29wIHJhdGhlciB0aGFuIGVudHJpZXMvZmlsdGVyL21hcC9qb2luOiB0aGlzIGlzIHRoZSBtb3N0IGZyZXF1ZW50IHJlcXVlc3QsIGFuZCBlYWNoIG9mXG4gICAgLy8gdGhvc2UgaXMgYSBwZXItcmVxdWVzdCBhcnJheSBhbmQgYSBidWlsdC1pbiBldmVyeSBWVSdzIHJ1bnRpbWUgd291bGQgYnVpbGQuXG4gICAgbGV0IHNlYXJjaCA9ICcnO1xuICAgIGZvciAoY29uc3Qga2V5IGluIHF1ZXJ5KSB7XG4gICAgICBjb25zdCB2YWx1ZSA9IHF1ZXJ5W2tleSBhcyBrZXlvZiB0eXBlb2YgcXVlcnldO1xuICAgICAgaWYgKHZhbHVlICE9PSB1bmRlZmluZWQpIHNlYXJjaCArPSBgJHtzZWFyY2ggPyAnJicgOiAnPyd9JHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyh2YWx1ZSkpfWA7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZXNfbGlzdCcsICdHRVQnLCBgJHtwYXRocy5jb3Vyc2VzKCl9JHtzZWFyY2h9YCwgMjAwLCBzaGFwZXMuY291cnNlTGlzdCk7XG4gIH1cblxuICBjcmVhdGVDb3Vyc2UoY291cnNlOiBOZXdDb3Vyc2UpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2NyZWF0ZScsICdQT1NUJywgcGF0aHMuY291cnNlcygpLCAyMDEsIHNoYXBlcy5jb3Vyc2UsIGNvdXJzZSk7XG4gIH1cblxuICBnZXRDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZXQnLCAnR0VUJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlV2l0aENoYXB0ZXJzKTtcbiAgfVxuXG4gIHVwZGF0ZUNvdXJzZShpZDogSWQsIGNoYW5nZXM6IFBhcnRpYWw8TmV3Q291cnNlPik6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfdXBkYXRlJywgJ1BBVENIJywgcGF0aHMuY291cnNlKGlkKSwgMjAwLCBzaGFwZXMuY291cnNlLCBjaGFuZ2VzKTtcbiAgfVxuXG4gIGRlbGV0ZUNvdXJzZShpZDogSWQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2RlbGV0ZScsICdERUxFVEUnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDQsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBnZW5lcmF0ZShpZDogSWQpOiBSZXN1bHQ8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dlbmVyYXRlJywgJ1BPU1QnLCBwYXRocy5nZW5lcmF0ZShpZCksIDIwMiwgc2hhcGVzLmpvYkFjY2VwdGVkLCB7fSk7XG4gIH1cblxuICBnZXRKb2Ioam9iSWQ6IElkKTogUmVzdWx0PEpvYj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2pvYl9nZXQnLCAnR0VUJywgcGF0aHMuam9iKGpvYklkKSwgMjAwLCBzaGFwZXMuam9iKTtcbiAgfVxuXG4gIGdldENoYXB0ZXIoaWQ6IElkLCBpbmRleDogbnVtYmVyKTogUmVzdWx0PENoYXB0ZXI+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjaGFwdGVyX2dldCcsICdHRVQnLCBwYXRocy5jaGFwdGVyKGlkLCBpbmRleCksIDIwMCwgc2hhcGVzLmNoYXB0ZXIpO1xuICB9XG5cbiAgZXhwb3J0Q291cnNlKGlkOiBJZCwgZm9ybWF0OiBFeHBvcnRGb3JtYXQpOiBSZXN1bHQ8dW5kZWZpbmVkPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2V4cG9ydCcsICdHRVQnLCBgJHtwYXRocy5leHBvcnRDb3Vyc2UoaWQpfT9mb3JtYXQ9JHtmb3JtYXR9YCwgMjAwLCB1bmRlZmluZWQpO1xuICB9XG5cbiAgYWRtaW5TdGF0cygpOiBSZXN1bHQ8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9zdGF0cycsICdHRVQnLCBwYXRocy5hZG1pblN0YXRzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pbkpvYnMobGltaXQgPSAyMCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fam9icycsICdHRVQnLCBgJHtwYXRocy5hZG1pbkpvYnMoKX0/bGltaXQ9JHtsaW1pdH1gLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Vc2VycygpOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3VzZXJzJywgJ0dFVCcsIHBhdGhzLmFkbWluVXNlcnMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxufVxuIiwgIi8vIFRoZSBwbGF0Zm9ybSdzIGVuZHBvaW50cyBieSBzdGFibGUgbmFtZTogdGhlIGBlbmRwb2ludGAgdGFnIG9uIGV2ZXJ5IHJlcXVlc3QsIHRoZSBrZXkgb2Zcbi8vIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnQgcm93cywgYW5kIHRoZSByb3V0ZSBuYW1lcyB0aGUgZGVtbyBwbGF0Zm9ybSdzIERFTU9fRkFVTFRTIHVzZS5cbmV4cG9ydCBjb25zdCBFTkRQT0lOVFMgPSBbXG4gICdoZWFsdGgnLFxuICAnbG9naW4nLFxuICAnY291cnNlc19saXN0JyxcbiAgJ2NvdXJzZV9jcmVhdGUnLFxuICAnY291cnNlX2dldCcsXG4gICdjb3Vyc2VfdXBkYXRlJyxcbiAgJ2NvdXJzZV9kZWxldGUnLFxuICAnY291cnNlX2dlbmVyYXRlJyxcbiAgJ2pvYl9nZXQnLFxuICAnY2hhcHRlcl9nZXQnLFxuICAnY291cnNlX2V4cG9ydCcsXG4gICdhZG1pbl9zdGF0cycsXG4gICdhZG1pbl9qb2JzJyxcbiAgJ2FkbWluX3VzZXJzJyxcbl0gYXMgY29uc3Q7XG5cbmV4cG9ydCB0eXBlIEVuZHBvaW50ID0gKHR5cGVvZiBFTkRQT0lOVFMpW251bWJlcl07XG5cbi8qKiBUYWcgdmFsdWUgdGhhdCBzZXBhcmF0ZXMgdGhlIHBsYXRmb3JtJ3MgQVBJIHRyYWZmaWMgZnJvbSB0aGUgc3VpdGUncyBvd24gY2FsbHMgKGUuZy4gdGhlIHNpZGVjYXIpLiAqL1xuZXhwb3J0IGNvbnN0IEFQSV9TQ09QRSA9ICdhcGknO1xuIiwgIi8vIFBhdGhzIGFuZCByZXF1ZXN0IHRhZ3Mgb2YgdGhlIHBsYXRmb3JtJ3MgQVBJLCBpbiBvbmUgcGxhY2UuIFB1cmUgKG5vIGs2IGltcG9ydHMpLCBzbyB0aGVcbi8vIG1hcHBpbmcgZnJvbSBlbmRwb2ludCB0byBwYXRoIGFuZCB0YWdzIGlzIHVuaXQtdGVzdGVkIGluIE5vZGUuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5cbmV4cG9ydCB0eXBlIElkID0gc3RyaW5nIHwgbnVtYmVyO1xuXG5jb25zdCBzZWcgPSAoaWQ6IElkKTogc3RyaW5nID0+IGVuY29kZVVSSUNvbXBvbmVudChTdHJpbmcoaWQpKTtcblxuZXhwb3J0IGNvbnN0IHBhdGhzID0ge1xuICBoZWFsdGg6ICgpID0+ICcvaGVhbHRoJyxcbiAgbG9naW46ICgpID0+ICcvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzOiAoKSA9PiAnL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX1gLFxuICBnZW5lcmF0ZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2dlbmVyYXRlYCxcbiAgam9iOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9qb2JzLyR7c2VnKGlkKX1gLFxuICBjaGFwdGVyOiAoaWQ6IElkLCBpbmRleDogbnVtYmVyKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vY2hhcHRlcnMvJHtpbmRleH1gLFxuICBleHBvcnRDb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9leHBvcnRgLFxuICBhZG1pblN0YXRzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluSm9iczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluVXNlcnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn0gYXMgY29uc3Q7XG5cbi8qKiBUaGUgYG5hbWVgIHRhZzogdGhlIHBhdGggdGVtcGxhdGUsIHNvIFVSTHMgd2l0aCBpZHMgY29sbGFwc2UgaW50byBvbmUgc2VyaWVzIHBlciByb3V0ZS4gKi9cbmNvbnN0IHJvdXRlTmFtZXM6IFJlY29yZDxFbmRwb2ludCwgc3RyaW5nPiA9IHtcbiAgaGVhbHRoOiAnR0VUIC9oZWFsdGgnLFxuICBsb2dpbjogJ1BPU1QgL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlc19saXN0OiAnR0VUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9jcmVhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZV9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfdXBkYXRlOiAnUEFUQ0ggL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZGVsZXRlOiAnREVMRVRFIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2dlbmVyYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9nZW5lcmF0ZScsXG4gIGpvYl9nZXQ6ICdHRVQgL2FwaS92MS9qb2JzL3tqb2JfaWR9JyxcbiAgY2hhcHRlcl9nZXQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vY2hhcHRlcnMve2luZGV4fScsXG4gIGNvdXJzZV9leHBvcnQ6ICdHRVQgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZXhwb3J0JyxcbiAgYWRtaW5fc3RhdHM6ICdHRVQgL2FwaS92MS9hZG1pbi9zdGF0cycsXG4gIGFkbWluX2pvYnM6ICdHRVQgL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5fdXNlcnM6ICdHRVQgL2FwaS92MS9hZG1pbi91c2VycycsXG59O1xuXG4vLyBmb3ItaW4sIG5vdCBPYmplY3QuZW50cmllcy9mcmVlemU6IHRoaXMgcnVucyBpbiBldmVyeSBWVSdzIHJ1bnRpbWUsIGFuZCBlYWNoIGJ1aWx0LWluIGl0XG4vLyB0b3VjaGVzIGlzIGJ1aWx0IHRoZXJlIChSZWFkb25seSBrZWVwcyB0aGUgdGFncyB1bmNoYW5nZWQgYXQgY29tcGlsZSB0aW1lKS5cbmNvbnN0IHRhZ3NCeUVuZHBvaW50OiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4+PiA9IHt9O1xuZm9yIChjb25zdCBlbmRwb2ludCBpbiByb3V0ZU5hbWVzKSB7XG4gIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50IGFzIEVuZHBvaW50XSA9IHsgZW5kcG9pbnQsIHNjb3BlOiBBUElfU0NPUEUsIG5hbWU6IHJvdXRlTmFtZXNbZW5kcG9pbnQgYXMgRW5kcG9pbnRdIH07XG59XG5cbi8qKiBUaGUgdGFncyBvZiBldmVyeSByZXF1ZXN0IHRvIGBlbmRwb2ludGA6IG1hZGUgb25jZSwgbm90IHBlciByZXF1ZXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlcXVlc3RUYWdzKGVuZHBvaW50OiBFbmRwb2ludCk6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IHtcbiAgcmV0dXJuIHRhZ3NCeUVuZHBvaW50W2VuZHBvaW50XSE7XG59XG4iLCAiLy8gVGhlIGtlcHQgZGF0YXNldDogUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTIGNvdXJzZXMgcGVyIHJlZ3VsYXIvcG93ZXIgYWNjb3VudCwgdGhlIGZpcnN0XG4vLyBQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCBvZiBlYWNoIHJlZ3VsYXIgYWNjb3VudCBnZW5lcmF0ZWQgKG9uZSBjaGFwdGVyKSwgc28gbGlzdHMgYW5kXG4vLyBwYWdpbmF0aW9uIGFyZSBub3QgdHJpdmlhbGx5IHNtYWxsIGFuZCByZWFkcyBzcHJlYWQgb3ZlciBtYW55IHJvd3MsIGVhY2ggdXNlciByZWFkaW5nIG9ubHlcbi8vIHRoZWlyIG93bi4gTWFkZSBpbiBzZXR1cCAob3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93OiBpdHMgcmVxdWVzdHMgY2Fycnkgc2NvcGU9c2V0dXAgYW5kIG5vXG4vLyBlbmRwb2ludCB0YWcsIHNvIG5vIGdhdGUgc2VlcyB0aGVtKSwgd2l0aCBhdCBtb3N0IENPTkNVUlJFTkNZIHJlcXVlc3RzIGluIGZsaWdodCwgYW5kIHJldXNlZCBieVxuLy8gbGF0ZXIgcnVucyB3aGVuIGl0IGlzIGFscmVhZHkgdGhlcmUgKFBFUkZPUk1BTkNFX0RBVEFTRVRfUkVTRUVEPXRydWUgLyAtLXJlc2VlZDogbWFkZSBhbmV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBCYXRjaFJlcXVlc3QsIHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IHR5cGUgSWQsIHBhdGhzIH0gZnJvbSAnLi4vaHR0cC9yb3V0ZXMudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSwgZGF0YXNldFRpdGxlIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB0eXBlIHsgQWNjb3VudCwgUm9sZSB9IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuY29uc3QgQ09OQ1VSUkVOQ1kgPSAxNjtcbmNvbnN0IExJU1RfTElNSVQgPSAxMDA7XG5cbmV4cG9ydCBpbnRlcmZhY2UgT3duZXIgZXh0ZW5kcyBBY2NvdW50IHtcbiAgcm9sZTogUm9sZTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBEYXRhc2V0UmVwb3J0IHtcbiAgYWNjb3VudHM6IG51bWJlcjtcbiAgY3JlYXRlZDogbnVtYmVyO1xuICByZXVzZWQ6IG51bWJlcjtcbiAgcmVtb3ZlZDogbnVtYmVyO1xuICBnZW5lcmF0ZWQ6IG51bWJlcjtcbiAgLyoqIFJlcXVlc3RzIHNlbnQgYWdhaW4gYWZ0ZXIgbm8gYW5zd2VyIG9yIGEgNXh4LiAqL1xuICByZXRyaWVkOiBudW1iZXI7XG59XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLy8gU2l4IHRyaWVzIHdpdGggZG91YmxpbmcgcGF1c2VzICgwLjIg4oCmIDMuMiBzLCA2LjIgcyBpbiBhbGwpOiBhIHJvdXRlIHRoYXQgZmFpbHMgb25lIHJlcXVlc3QgaW4gZml2ZVxuLy8gc3RpbGwgbGV0cyBlYWNoIG9mIGRvemVucyBvZiBhY2NvdW50cyB0aHJvdWdoICgwLjJeNiBwZXIgcmVxdWVzdCksIGFuZCBhIHBsYXRmb3JtIHRoYXQgaXMgcmVhbGx5XG4vLyBkb3duIHN0b3BzIHNldHVwIHdpdGhpbiBzZWNvbmRzLiBUaHJlZSB0cmllcyB3ZXJlIG5vdCBlbm91Z2g6IHdpdGggMjAgJSBlcnJvcnMgb24gdGhlIGxpc3Qgcm91dGUsIDAuOCAlXG4vLyBvZiBhY2NvdW50cyBmYWlsZWQgYWxsIHRocmVlIChhIENJIHJ1biBhYm9ydGVkIGluIHNldHVwOyBhdCAyNCBhY2NvdW50cyBpdCB3b3VsZCBiZSBvbmUgcnVuIGluIHNpeCkuXG5jb25zdCBBVFRFTVBUUyA9IDY7XG4vKiogUmVxdWVzdHMgc2V0dXAgc2VudCBhZ2FpbjsgcmVhZCBiZWZvcmUgYW5kIGFmdGVyIGEgc3RlcCB0byBzYXkgaG93IG1hbnkgdGhhdCBzdGVwIG5lZWRlZC4gKi9cbmxldCByZXRyaWVkID0gMDtcbmNvbnN0IHRyYW5zaWVudCA9IChyZXM6IFJlc3BvbnNlKSA9PiByZXMuc3RhdHVzID09PSAwIHx8IHJlcy5zdGF0dXMgPj0gNTAwO1xuXG4vKipcbiAqIFNlbmRzIGBjb3VudGAgcmVxdWVzdHMgbWFkZSBieSBgbWFrZWAsIENPTkNVUlJFTkNZIGF0IGEgdGltZSwgYW5kIGhhbmRzIGVhY2ggYW5zd2VyIHRvIGBvbkFuc3dlcmBcbiAqIGFzIGl0IGNvbWVzOiBub3RoaW5nIGlzIGtlcHQsIHNvIHNlZWRpbmcgdGhvdXNhbmRzIG9mIGNvdXJzZXMgZG9lcyBub3QgaG9sZCB0aG91c2FuZHMgb2ZcbiAqIHJlc3BvbnNlcyBpbiBrNidzIG1lbW9yeS4gQSByZXF1ZXN0IHRoYXQgZ290IG5vIGFuc3dlciBvciBhIDV4eCBpcyBzZW50IGFnYWluICh1cCB0byBBVFRFTVBUU1xuICogaW4gYWxsLCBwYXVzaW5nIGxvbmdlciBlYWNoIHRpbWUpOiBvbmUgZmxha3kgYW5zd2VyIG11c3Qgbm90IHN0b3AgYSBydW4gYmVmb3JlIGl0IHN0YXJ0cy4gQVxuICogY3JlYXRpb24gcmV0cmllZCBhZnRlciBhIGxvc3QgYW5zd2VyIG1heSBtYWtlIG9uZSBjb3Vyc2UgdG9vIG1hbnk7IHRoZSBuZXh0IHJ1biBjb3VudHMsIGl0IGRvZXNcbiAqIG5vdCBhc3N1bWUuXG4gKi9cbmZ1bmN0aW9uIGJhdGNoZWQoY291bnQ6IG51bWJlciwgbWFrZTogKGk6IG51bWJlcikgPT4gQmF0Y2hSZXF1ZXN0LCBvbkFuc3dlcjogKHJlczogUmVzcG9uc2UsIGk6IG51bWJlcikgPT4gdm9pZCk6IHZvaWQge1xuICBmb3IgKGxldCBmaXJzdCA9IDA7IGZpcnN0IDwgY291bnQ7IGZpcnN0ICs9IENPTkNVUlJFTkNZKSB7XG4gICAgY29uc3QgY2h1bms6IEJhdGNoUmVxdWVzdFtdID0gW107XG4gICAgZm9yIChsZXQgaSA9IGZpcnN0OyBpIDwgTWF0aC5taW4oY291bnQsIGZpcnN0ICsgQ09OQ1VSUkVOQ1kpOyBpKyspIGNodW5rLnB1c2gobWFrZShpKSk7XG4gICAgY29uc3QgZ290ID0gaHR0cC5iYXRjaChjaHVuaykgYXMgUmVzcG9uc2VbXTtcbiAgICBmb3IgKGxldCBhdHRlbXB0ID0gMTsgYXR0ZW1wdCA8IEFUVEVNUFRTOyBhdHRlbXB0KyspIHtcbiAgICAgIGNvbnN0IGFnYWluID0gZ290Lm1hcCgocmVzLCBrKSA9PiAodHJhbnNpZW50KHJlcykgPyBrIDogLTEpKS5maWx0ZXIoKGspID0+IGsgPj0gMCk7XG4gICAgICBpZiAoYWdhaW4ubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICAgIHJldHJpZWQgKz0gYWdhaW4ubGVuZ3RoO1xuICAgICAgc2xlZXAoMC4yICogMiAqKiAoYXR0ZW1wdCAtIDEpKTtcbiAgICAgIChodHRwLmJhdGNoKGFnYWluLm1hcCgoaykgPT4gY2h1bmtba10hKSkgYXMgUmVzcG9uc2VbXSkuZm9yRWFjaCgocmVzLCBqKSA9PiB7XG4gICAgICAgIGdvdFthZ2FpbltqXSFdID0gcmVzO1xuICAgICAgfSk7XG4gICAgfVxuICAgIGdvdC5mb3JFYWNoKChyZXMsIGspID0+IHtcbiAgICAgIG9uQW5zd2VyKHJlcywgZmlyc3QgKyBrKTtcbiAgICB9KTtcbiAgfVxufVxuXG4vKiogU2V0dXAncyByZXF1ZXN0IHBhcmFtczsgQ29udGVudC1UeXBlIG9ubHkgd2l0aCBhIGJvZHkgKGEgSlNPTiBERUxFVEUgd2l0aG91dCBvbmUgaXMgYSA0MDAgb24gbWFueSBzZXJ2ZXJzKS4gKi9cbmZ1bmN0aW9uIHBhcmFtcyh3aGF0OiBzdHJpbmcsIHRva2VuPzogc3RyaW5nLCB3aXRoQm9keSA9IGZhbHNlKSB7XG4gIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IEFjY2VwdDogJ2FwcGxpY2F0aW9uL2pzb24nIH07XG4gIGlmICh3aXRoQm9keSkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gIGlmICh0b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3Rva2VufWA7XG4gIHJldHVybiB7IGhlYWRlcnMsIHRhZ3M6IHsgc2NvcGU6ICdzZXR1cCcsIG5hbWU6IGBzZXR1cDogJHt3aGF0fWAgfSwgdGltZW91dDogJzYwcycgfTtcbn1cblxuZnVuY3Rpb24ganNvbjxUPihyZXM6IFJlc3BvbnNlKTogVCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UocmVzLmJvZHkgYXMgc3RyaW5nKSBhcyBUO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKiBBIGxvZ2luIG91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdyAoc2NvcGU9c2V0dXAsIG5vIGVuZHBvaW50IHRhZyk6IHRoZSB0b2tlbiwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHF1aWV0TG9naW4oXG4gIGNvbmZpZzogQ29uZmlnLFxuICBlbWFpbDogc3RyaW5nLFxuICBwYXNzd29yZDogc3RyaW5nLFxuKTogeyB0b2tlbjogc3RyaW5nIHwgdW5kZWZpbmVkOyBzdGF0dXM6IG51bWJlciB9IHtcbiAgY29uc3QgcmVzdWx0OiB7IHRva2VuOiBzdHJpbmcgfCB1bmRlZmluZWQ7IHN0YXR1czogbnVtYmVyIH0gPSB7IHRva2VuOiB1bmRlZmluZWQsIHN0YXR1czogMCB9O1xuICBiYXRjaGVkKFxuICAgIDEsXG4gICAgKCkgPT4gKHtcbiAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgdXJsOiBgJHtjb25maWcuYmFzZVVybH0ke3BhdGhzLmxvZ2luKCl9YCxcbiAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWwsIHBhc3N3b3JkIH0pLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ2xvZ2luJywgdW5kZWZpbmVkLCB0cnVlKSxcbiAgICB9KSxcbiAgICAocmVzKSA9PiB7XG4gICAgICByZXN1bHQuc3RhdHVzID0gcmVzLnN0YXR1cztcbiAgICAgIHJlc3VsdC50b2tlbiA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiByZXN1bHQ7XG59XG5cbmludGVyZmFjZSBMaXN0ZWQge1xuICB0b3RhbDogbnVtYmVyO1xuICBpZHM6IElkW107XG59XG5cbi8qKiBXaGF0IHRoZSBzdGVwcyBvZiBtYWtpbmcgdGhlIGRhdGFzZXQgc2hhcmU6IHRoZSBhY2NvdW50cywgdGhlaXIgdG9rZW5zIChieSBvd25lciBpbmRleCkgYW5kIHRoZSBjb3VudHMgc28gZmFyLiAqL1xuaW50ZXJmYWNlIFNlZWRpbmcge1xuICBiYXNlOiBzdHJpbmc7XG4gIG93bmVyczogT3duZXJbXTtcbiAgdG9rZW5zOiBzdHJpbmdbXTtcbiAgcmVwb3J0OiBEYXRhc2V0UmVwb3J0O1xufVxuXG4vKiogTWFrZXMgc3VyZSBldmVyeSBvd25lciBoYXMgdGhlIGRhdGFzZXQ7IHRocm93cyB3aXRoIGEgbWVzc2FnZSBuYW1pbmcgdGhlIGFjY291bnQgYW5kIHN0YXR1cyBvbiBmYWlsdXJlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuc3VyZURhdGFzZXQoY29uZmlnOiBDb25maWcsIG93bmVyczogT3duZXJbXSk6IERhdGFzZXRSZXBvcnQge1xuICBjb25zdCB7IGNvdXJzZXM6IHdhbnRlZCwgZ2VuZXJhdGVkOiBnZW5lcmF0ZWRQZXJVc2VyLCByZXNlZWQgfSA9IGNvbmZpZy5kYXRhc2V0O1xuICBjb25zdCByZXBvcnQ6IERhdGFzZXRSZXBvcnQgPSB7XG4gICAgYWNjb3VudHM6IG93bmVycy5sZW5ndGgsXG4gICAgY3JlYXRlZDogMCxcbiAgICByZXVzZWQ6IDAsXG4gICAgcmVtb3ZlZDogMCxcbiAgICBnZW5lcmF0ZWQ6IDAsXG4gICAgcmV0cmllZDogMCxcbiAgfTtcbiAgaWYgKHdhbnRlZCA9PT0gMCB8fCBvd25lcnMubGVuZ3RoID09PSAwKSByZXR1cm4gcmVwb3J0O1xuICBjb25zdCByZXRyaWVkQmVmb3JlID0gcmV0cmllZDtcbiAgY29uc3Qgc2VlZGluZzogU2VlZGluZyA9IHsgYmFzZTogY29uZmlnLmJhc2VVcmwsIG93bmVycywgdG9rZW5zOiBbXSwgcmVwb3J0IH07XG4gIGxvZ0luKFxuICAgIHNlZWRpbmcsXG4gICAgb3duZXJzLm1hcCgoXywgaSkgPT4gaSksXG4gICk7XG4gIGxldCBsaXN0ZWQgPSBsaXN0RGF0YXNldHMoc2VlZGluZyk7XG4gIGlmIChyZXNlZWQpIGxpc3RlZCA9IHJlbW92ZURhdGFzZXRzKHNlZWRpbmcsIGxpc3RlZCk7XG4gIGNvbnN0IHRvR2VuZXJhdGUgPSBjcmVhdGVDb3Vyc2VzKHNlZWRpbmcsIGxpc3RlZCwgd2FudGVkLCBnZW5lcmF0ZWRQZXJVc2VyKTtcbiAgYXdhaXRHZW5lcmF0aW9uKHNlZWRpbmcsIHN0YXJ0R2VuZXJhdGlvbihzZWVkaW5nLCB0b0dlbmVyYXRlKSwgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gIHJlcG9ydC5yZXRyaWVkID0gcmV0cmllZCAtIHJldHJpZWRCZWZvcmU7XG4gIHJldHVybiByZXBvcnQ7XG59XG5cbi8qKiBMb2dzIHRoZSBvd25lcnMgYXQgdGhlc2UgaW5kZXhlcyBpbiwga2VlcGluZyB0aGVpciB0b2tlbnMuICovXG5mdW5jdGlvbiBsb2dJbih7IGJhc2UsIG93bmVycywgdG9rZW5zIH06IFNlZWRpbmcsIHdoaWNoOiBudW1iZXJbXSk6IHZvaWQge1xuICBiYXRjaGVkKFxuICAgIHdoaWNoLmxlbmd0aCxcbiAgICAoaykgPT4gKHtcbiAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMubG9naW4oKX1gLFxuICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkoeyBlbWFpbDogb3duZXJzW3doaWNoW2tdIV0hLmVtYWlsLCBwYXNzd29yZDogb3duZXJzW3doaWNoW2tdIV0hLnBhc3N3b3JkIH0pLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ2xvZ2luJywgdW5kZWZpbmVkLCB0cnVlKSxcbiAgICB9KSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCB0b2tlbiA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKCF0b2tlbilcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBsb2dnaW5nIGluIGFzICR7b3duZXJzW3doaWNoW2tdIV0hLnJvbGV9IGFjY291bnQgJHtvd25lcnNbd2hpY2hba10hXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9OiBjaGVjayBpdHMgcGFzc3dvcmQgaW4gdGhlIHVzZXIgcG9vbGAsXG4gICAgICAgICk7XG4gICAgICB0b2tlbnNbd2hpY2hba10hXSA9IHRva2VuO1xuICAgIH0sXG4gICk7XG59XG5cbi8qKiBFYWNoIG93bmVyJ3MgZGF0YXNldCBjb3Vyc2VzOiBob3cgbWFueSwgYW5kIHRoZSBpZHMgb2YgdGhlIGZpcnN0IHBhZ2UuICovXG5mdW5jdGlvbiBsaXN0RGF0YXNldHMoeyBiYXNlLCBvd25lcnMsIHRva2VucyB9OiBTZWVkaW5nKTogTGlzdGVkW10ge1xuICBjb25zdCBsaXN0VXJsID0gYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX0/cT0ke2VuY29kZVVSSUNvbXBvbmVudChEQVRBU0VUX1RJVExFKX0mbGltaXQ9JHtMSVNUX0xJTUlUfWA7XG4gIGNvbnN0IGxpc3RlZDogTGlzdGVkW10gPSBbXTtcbiAgYmF0Y2hlZChcbiAgICBvd25lcnMubGVuZ3RoLFxuICAgIChpKSA9PiAoeyBtZXRob2Q6ICdHRVQnLCB1cmw6IGxpc3RVcmwsIHBhcmFtczogcGFyYW1zKCdsaXN0IGRhdGFzZXQnLCB0b2tlbnNbaV0pIH0pLFxuICAgIChyZXMsIGkpID0+IHtcbiAgICAgIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgdG90YWw6IG51bWJlcjsgaXRlbXM6IHsgaWQ6IElkIH1bXSB9PihyZXMpIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKCFib2R5KVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYGRhdGFzZXQ6IGxpc3RpbmcgdGhlIGNvdXJzZXMgb2YgJHtvd25lcnNbaV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWApO1xuICAgICAgbGlzdGVkW2ldID0geyB0b3RhbDogYm9keS50b3RhbCwgaWRzOiBib2R5Lml0ZW1zLm1hcCgoYykgPT4gYy5pZCkgfTtcbiAgICB9LFxuICApO1xuICByZXR1cm4gbGlzdGVkO1xufVxuXG4vKiogUmVtb3ZlcyB0aGUgb2xkIGRhdGFzZXQgcGFnZSBieSBwYWdlIChlYWNoIGxpc3Qgc2hvd3MgdGhlIG5leHQgcGFnZSBvbmNlIHRoZSBwcmV2aW91cyBpcyBnb25lKTsgcmV0dXJucyB0aGUgbGlzdHMgYWZ0ZXIuICovXG5mdW5jdGlvbiByZW1vdmVEYXRhc2V0cyhzZWVkaW5nOiBTZWVkaW5nLCBsaXN0ZWQ6IExpc3RlZFtdKTogTGlzdGVkW10ge1xuICBjb25zdCB7IGJhc2UsIHRva2VucywgcmVwb3J0IH0gPSBzZWVkaW5nO1xuICBmb3IgKGxldCByb3VuZCA9IDA7IGxpc3RlZC5zb21lKChsKSA9PiBsLmlkcy5sZW5ndGggPiAwKSAmJiByb3VuZCA8IDEwMDA7IHJvdW5kKyspIHtcbiAgICBjb25zdCBkb29tZWQgPSBsaXN0ZWQuZmxhdE1hcCgobCwgaSkgPT4gbC5pZHMubWFwKChpZCkgPT4gKHsgb3duZXI6IGksIGlkIH0pKSk7XG4gICAgYmF0Y2hlZChcbiAgICAgIGRvb21lZC5sZW5ndGgsXG4gICAgICAoaykgPT4gKHtcbiAgICAgICAgbWV0aG9kOiAnREVMRVRFJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGRvb21lZFtrXSEuaWQpfWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgZGF0YXNldCcsIHRva2Vuc1tkb29tZWRba10hLm93bmVyXSksXG4gICAgICB9KSxcbiAgICAgIChyZXMpID0+IHtcbiAgICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDIwNCkgcmVwb3J0LnJlbW92ZWQrKztcbiAgICAgIH0sXG4gICAgKTtcbiAgICBsaXN0ZWQgPSBsaXN0RGF0YXNldHMoc2VlZGluZyk7XG4gIH1cbiAgcmV0dXJuIGxpc3RlZDtcbn1cblxuLyoqIENyZWF0ZXMgdGhlIGNvdXJzZXMgZWFjaCBvd25lciBsYWNrczsgcmV0dXJucyB0aG9zZSB0byBnZW5lcmF0ZSAocmVndWxhciBhY2NvdW50cycgZmlyc3Qgb25lcykuICovXG5mdW5jdGlvbiBjcmVhdGVDb3Vyc2VzKFxuICB7IGJhc2UsIG93bmVycywgdG9rZW5zLCByZXBvcnQgfTogU2VlZGluZyxcbiAgbGlzdGVkOiBMaXN0ZWRbXSxcbiAgd2FudGVkOiBudW1iZXIsXG4gIGdlbmVyYXRlZFBlclVzZXI6IG51bWJlcixcbik6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSB7XG4gIGNvbnN0IGNyZWF0aW9uczogeyBvd25lcjogbnVtYmVyOyBuOiBudW1iZXI7IGdlbmVyYXRlOiBib29sZWFuIH1bXSA9IFtdO1xuICBvd25lcnMuZm9yRWFjaCgob3duZXIsIGkpID0+IHtcbiAgICBjb25zdCBoYXZlID0gbGlzdGVkW2ldIS50b3RhbDtcbiAgICBpZiAoaGF2ZSA+PSB3YW50ZWQpIHJlcG9ydC5yZXVzZWQrKztcbiAgICBmb3IgKGxldCBuID0gaGF2ZSArIDE7IG4gPD0gd2FudGVkOyBuKyspXG4gICAgICBjcmVhdGlvbnMucHVzaCh7IG93bmVyOiBpLCBuLCBnZW5lcmF0ZTogb3duZXIucm9sZSA9PT0gJ3JlZ3VsYXInICYmIG4gPD0gZ2VuZXJhdGVkUGVyVXNlciB9KTtcbiAgfSk7XG4gIGNvbnN0IHRvR2VuZXJhdGU6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSA9IFtdO1xuICBiYXRjaGVkKFxuICAgIGNyZWF0aW9ucy5sZW5ndGgsXG4gICAgKGspID0+IHtcbiAgICAgIGNvbnN0IHsgb3duZXIsIG4sIGdlbmVyYXRlIH0gPSBjcmVhdGlvbnNba10hO1xuICAgICAgY29uc3QgY291cnNlID0ge1xuICAgICAgICB0aXRsZTogZGF0YXNldFRpdGxlKG4pLFxuICAgICAgICB0b3BpYzogYGRhdGFzZXQgdG9waWMgJHtufWAsXG4gICAgICAgIGxldmVsOiAnYmVnaW5uZXInLFxuICAgICAgICBjaGFwdGVyX2NvdW50OiBnZW5lcmF0ZSA/IDEgOiAzLFxuICAgICAgfTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9YCxcbiAgICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkoY291cnNlKSxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ2NyZWF0ZSBkYXRhc2V0JywgdG9rZW5zW293bmVyXSwgdHJ1ZSksXG4gICAgICB9O1xuICAgIH0sXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgY29uc3QgaWQgPSByZXMuc3RhdHVzID09PSAyMDEgPyBqc29uPHsgaWQ6IElkIH0+KHJlcyk/LmlkIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKGlkID09PSB1bmRlZmluZWQpXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogY3JlYXRpbmcgYSBjb3Vyc2UgZm9yICR7b3duZXJzW2NyZWF0aW9uc1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gLFxuICAgICAgICApO1xuICAgICAgcmVwb3J0LmNyZWF0ZWQrKztcbiAgICAgIGlmIChjcmVhdGlvbnNba10hLmdlbmVyYXRlKSB0b0dlbmVyYXRlLnB1c2goeyBvd25lcjogY3JlYXRpb25zW2tdIS5vd25lciwgaWQgfSk7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIHRvR2VuZXJhdGU7XG59XG5cbmludGVyZmFjZSBKb2Ige1xuICBvd25lcjogbnVtYmVyO1xuICBqb2JJZDogSWQ7XG59XG5cbmZ1bmN0aW9uIHN0YXJ0R2VuZXJhdGlvbih7IGJhc2UsIG93bmVycywgdG9rZW5zIH06IFNlZWRpbmcsIHRvR2VuZXJhdGU6IHsgb3duZXI6IG51bWJlcjsgaWQ6IElkIH1bXSk6IEpvYltdIHtcbiAgY29uc3Qgam9iczogSm9iW10gPSBbXTtcbiAgYmF0Y2hlZChcbiAgICB0b0dlbmVyYXRlLmxlbmd0aCxcbiAgICAoaykgPT4gKHtcbiAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuZ2VuZXJhdGUodG9HZW5lcmF0ZVtrXSEuaWQpfWAsXG4gICAgICBib2R5OiAne30nLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ2dlbmVyYXRlIGRhdGFzZXQnLCB0b2tlbnNbdG9HZW5lcmF0ZVtrXSEub3duZXJdLCB0cnVlKSxcbiAgICB9KSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCBqb2JJZCA9IHJlcy5zdGF0dXMgPT09IDIwMiA/IGpzb248eyBqb2JfaWQ6IElkIH0+KHJlcyk/LmpvYl9pZCA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChqb2JJZCA9PT0gdW5kZWZpbmVkKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IHN0YXJ0aW5nIGdlbmVyYXRpb24gZm9yICR7b3duZXJzW3RvR2VuZXJhdGVba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCxcbiAgICAgICAgKTtcbiAgICAgIGpvYnMucHVzaCh7IG93bmVyOiB0b0dlbmVyYXRlW2tdIS5vd25lciwgam9iSWQgfSk7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIGpvYnM7XG59XG5cbi8qKiBQb2xscyB0aGUgam9icyBvbmNlIGEgc2Vjb25kIHVudGlsIGFsbCBjb21wbGV0ZWQ7IHRocm93cyBvbiBhIGZhaWxlZCBqb2Igb3IgYXQgR0VORVJBVElPTl9USU1FT1VULiAqL1xuZnVuY3Rpb24gYXdhaXRHZW5lcmF0aW9uKHNlZWRpbmc6IFNlZWRpbmcsIGpvYnM6IEpvYltdLCB0aW1lb3V0UzogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IGRlYWRsaW5lID0gRGF0ZS5ub3coKSArIHRpbWVvdXRTICogMTAwMDtcbiAgd2hpbGUgKGpvYnMubGVuZ3RoID4gMCkge1xuICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpXG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgIGBkYXRhc2V0OiAke2pvYnMubGVuZ3RofSBnZW5lcmF0aW9uIGpvYihzKSBkaWQgbm90IGZpbmlzaCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VUPSR7dGltZW91dFN9c2AsXG4gICAgICApO1xuICAgIHNsZWVwKDEpO1xuICAgIGNvbnN0IHsgb3BlbiwgZXhwaXJlZCB9ID0gcG9sbEpvYnMoc2VlZGluZywgam9icyk7XG4gICAgaWYgKGV4cGlyZWQuc2l6ZSA+IDApIGxvZ0luKHNlZWRpbmcsIFsuLi5leHBpcmVkXSk7XG4gICAgam9icyA9IG9wZW47XG4gIH1cbn1cblxuLyoqIE9uZSBwb2xsIG9mIGV2ZXJ5IGpvYjogdGhvc2Ugc3RpbGwgb3BlbiwgYW5kIHRoZSBvd25lcnMgd2hvc2UgdG9rZW4gZXhwaXJlZCB3aGlsZSB3YWl0aW5nLiAqL1xuZnVuY3Rpb24gcG9sbEpvYnMoeyBiYXNlLCBvd25lcnMsIHRva2VucywgcmVwb3J0IH06IFNlZWRpbmcsIGpvYnM6IEpvYltdKTogeyBvcGVuOiBKb2JbXTsgZXhwaXJlZDogU2V0PG51bWJlcj4gfSB7XG4gIGNvbnN0IG9wZW46IEpvYltdID0gW107XG4gIGNvbnN0IGV4cGlyZWQgPSBuZXcgU2V0PG51bWJlcj4oKTtcbiAgYmF0Y2hlZChcbiAgICBqb2JzLmxlbmd0aCxcbiAgICAoaykgPT4gKHtcbiAgICAgIG1ldGhvZDogJ0dFVCcsXG4gICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5qb2Ioam9ic1trXSEuam9iSWQpfWAsXG4gICAgICBwYXJhbXM6IHBhcmFtcygncG9sbCBkYXRhc2V0IGpvYicsIHRva2Vuc1tqb2JzW2tdIS5vd25lcl0pLFxuICAgIH0pLFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIC8vIEEgdG9rZW4gdGhhdCBleHBpcmVkIHdoaWxlIHdhaXRpbmcgKHNob3J0LWxpdmVkIHRva2Vucyk6IGxvZyB0aGF0IG93bmVyIGluIGFnYWluIGFuZCBwb2xsIG9uLlxuICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDQwMSkge1xuICAgICAgICBleHBpcmVkLmFkZChqb2JzW2tdIS5vd25lcik7XG4gICAgICAgIG9wZW4ucHVzaChqb2JzW2tdISk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIGlmIChyZXMuc3RhdHVzICE9PSAyMDApXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogZm9sbG93aW5nIGEgZ2VuZXJhdGlvbiBqb2Igb2YgJHtvd25lcnNbam9ic1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c30ke3Jlcy5lcnJvciA/IGAgKCR7cmVzLmVycm9yfSlgIDogJyd9YCxcbiAgICAgICAgKTtcbiAgICAgIGNvbnN0IHN0YXR1cyA9IGpzb248eyBzdGF0dXM/OiBzdHJpbmc7IGVycm9yPzogc3RyaW5nIH0+KHJlcyk7XG4gICAgICBpZiAoc3RhdHVzPy5zdGF0dXMgPT09ICdmYWlsZWQnKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGdlbmVyYXRpbmcgYSBjb3Vyc2Ugb2YgJHtvd25lcnNbam9ic1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkOiAke3N0YXR1cy5lcnJvciA/PyAnbm8gcmVhc29uIGdpdmVuJ31gLFxuICAgICAgICApO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnY29tcGxldGVkJykgcmVwb3J0LmdlbmVyYXRlZCsrO1xuICAgICAgZWxzZSBvcGVuLnB1c2goam9ic1trXSEpO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiB7IG9wZW4sIGV4cGlyZWQgfTtcbn1cblxuLyoqXG4gKiBSZW1vdmVzIHJ1bi1jcmVhdGVkIGNvdXJzZXMgdGhlIGFkbWluIGNhbiBzZWUgd2hvc2UgdGl0bGUgYHJlbW92ZWAgcGlja3MgKHRoaXMgcnVuJ3MgYXRcbiAqIHRlYXJkb3duLCBlYXJsaWVyIHJ1bnMnIGxlZnRvdmVycyBhdCBzZXR1cCkuIFJldHVybnMgaG93IG1hbnkgd2VyZSByZW1vdmVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVtb3ZlQ291cnNlcyhcbiAgY29uZmlnOiBDb25maWcsXG4gIGFkbWluVG9rZW46IHN0cmluZyxcbiAgZmlsdGVyOiBzdHJpbmcsXG4gIHJlbW92ZTogKHRpdGxlOiBzdHJpbmcpID0+IGJvb2xlYW4sXG4pOiBudW1iZXIge1xuICBjb25zdCBiYXNlID0gY29uZmlnLmJhc2VVcmw7XG4gIGxldCByZW1vdmVkID0gMDtcbiAgbGV0IG9mZnNldCA9IDA7XG4gIGZvciAobGV0IHBhZ2UgPSAwOyBwYWdlIDwgMTAwMDsgcGFnZSsrKSB7XG4gICAgbGV0IGl0ZW1zOiB7IGlkOiBJZDsgdGl0bGU6IHN0cmluZyB9W10gPSBbXTtcbiAgICBiYXRjaGVkKFxuICAgICAgMSxcbiAgICAgICgpID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ0dFVCcsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX0/cT0ke2VuY29kZVVSSUNvbXBvbmVudChmaWx0ZXIpfSZsaW1pdD0ke0xJU1RfTElNSVR9Jm9mZnNldD0ke29mZnNldH1gLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygnZmluZCBsZWZ0b3ZlcnMnLCBhZG1pblRva2VuKSxcbiAgICAgIH0pLFxuICAgICAgKHJlcykgPT4ge1xuICAgICAgICBpdGVtcyA9IChyZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgaXRlbXM6IHsgaWQ6IElkOyB0aXRsZTogc3RyaW5nIH1bXSB9PihyZXMpPy5pdGVtcyA6IHVuZGVmaW5lZCkgPz8gW107XG4gICAgICB9LFxuICAgICk7XG4gICAgaWYgKGl0ZW1zLmxlbmd0aCA9PT0gMCkgYnJlYWs7XG4gICAgY29uc3QgZG9vbWVkID0gaXRlbXMuZmlsdGVyKChjKSA9PiByZW1vdmUoYy50aXRsZSkpO1xuICAgIGxldCBnb25lID0gMDtcbiAgICBiYXRjaGVkKFxuICAgICAgZG9vbWVkLmxlbmd0aCxcbiAgICAgIChrKSA9PiAoe1xuICAgICAgICBtZXRob2Q6ICdERUxFVEUnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2UoZG9vbWVkW2tdIS5pZCl9YCxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ3JlbW92ZSBsZWZ0b3ZlcnMnLCBhZG1pblRva2VuKSxcbiAgICAgIH0pLFxuICAgICAgKHJlcykgPT4ge1xuICAgICAgICBpZiAocmVzLnN0YXR1cyA9PT0gMjA0IHx8IHJlcy5zdGF0dXMgPT09IDQwNCkgZ29uZSsrO1xuICAgICAgfSxcbiAgICApO1xuICAgIHJlbW92ZWQgKz0gZ29uZTtcbiAgICBvZmZzZXQgKz0gaXRlbXMubGVuZ3RoIC0gZ29uZTsgLy8gd2hhdCBzdGF5cyBvbiB0aGUgcGFnZSAoa2VwdCwgb3Igbm90IGRlbGV0YWJsZSkgaXMgc3RlcHBlZCBvdmVyXG4gIH1cbiAgcmV0dXJuIHJlbW92ZWQ7XG59XG4iLCAiLy8gSG93IHRoZSBzdWl0ZSBuYW1lcyB3aGF0IGl0IHB1dHMgb24gdGhlIHBsYXRmb3JtLCBzbyBpdCBjYW4gZmluZCBpdCBhZ2Fpbi5cbi8vIC0gVGhlIGtlcHQgZGF0YXNldDogYGNvdXJzZS1wZXJmIGRhdGFzZXQgTk5gIChyZXVzZWQgYWNyb3NzIHJ1bnMsIG5ldmVyIHJlbW92ZWQgYnkgYSBydW4pLlxuLy8gLSBFdmVyeXRoaW5nIGEgcnVuIGNyZWF0ZXM6IGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gOyB0aGUgcnVuIGlkIHN0YXJ0cyB3aXRoIHRoZSBydW4ncyBzdGFydFxuLy8gICB0aW1lLCBzbyBhIGxhdGVyIHJ1biBjYW4gdGVsbCBhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnMgZnJvbSBpdHMgb3duLlxuZXhwb3J0IGNvbnN0IERBVEFTRVRfVElUTEUgPSAnY291cnNlLXBlcmYgZGF0YXNldCc7XG4vKiogQSB0aXRsZSBmaWx0ZXIgbWF0Y2hpbmcgZXZlcnkgcnVuLWNyZWF0ZWQgY291cnNlIChhbmQgbm8gZGF0YXNldCBjb3Vyc2UpLiAqL1xuZXhwb3J0IGNvbnN0IFJVTl9USVRMRV9GSUxURVIgPSAncGVyZi0nO1xuXG5leHBvcnQgZnVuY3Rpb24gZGF0YXNldFRpdGxlKG46IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJHtEQVRBU0VUX1RJVExFfSAke1N0cmluZyhuKS5wYWRTdGFydCgyLCAnMCcpfWA7XG59XG5cbi8qKiBBIG5ldyBydW4gaWQ6IHN0YXJ0IHRpbWUgKGJhc2UgMzYgbXMpIGFuZCBhIHJhbmRvbSBwYXJ0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5ld1J1bklkKG5vdzogbnVtYmVyID0gRGF0ZS5ub3coKSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtub3cudG9TdHJpbmcoMzYpfS0ke01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDFlNikudG9TdHJpbmcoMzYpfWA7XG59XG5cbi8qKiBUaGUgcnVuIGlkIGluIGEgcnVuLWNyZWF0ZWQgdGl0bGUgKGBwZXJmLTxraW5kPiA8cnVuIGlkPiAuLi5gKSwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1bklkT2YodGl0bGU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1hdGNoID0gL15wZXJmLVxcUysgKFswLTlhLXpdKy1bMC05YS16XSspKD86XFxzfCQpLy5leGVjKHRpdGxlKTtcbiAgcmV0dXJuIG1hdGNoPy5bMV07XG59XG5cbi8qKiBTdGFydCB0aW1lIG9mIGEgcnVuIGlkLCBtcyBzaW5jZSB0aGUgZXBvY2gsIG9yIHVuZGVmaW5lZC4gKi9cbmZ1bmN0aW9uIHJ1blN0YXJ0T2YocnVuSWQ6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1zID0gcGFyc2VJbnQocnVuSWQuc3BsaXQoJy0nKVswXSEsIDM2KTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBIb3cgbG9uZyBhZnRlciBpdHMgc3RhcnQgYW5vdGhlciBydW4gbWF5IHN0aWxsIGJlIGdvaW5nOiB0aGUgb3RoZXIgc2VnbWVudHMgb2YgYW4gZXhlY3V0aW9uLXNlZ21lbnRlZFxuICogcnVuIHN0YXJ0IHdpdGhpbiBzZWNvbmRzIG9mIGVhY2ggb3RoZXIsIGFuZCBhIHNvYWsgb3IgYSBjb2xsZWFndWUncyBydW4gYWdhaW5zdCB0aGUgc2FtZSBwbGF0Zm9ybVxuICogbGFzdHMgaG91cnMuIE9ubHkgcnVucyBvbGRlciB0aGFuIHRoaXMgYXJlIHRha2VuIGZvciBraWxsZWQuXG4gKi9cbmV4cG9ydCBjb25zdCBMSVZFX1JVTl9XSU5ET1dfTVMgPSA2ICogNjAgKiA2MCAqIDEwMDA7XG5cbi8qKlxuICogV2hldGhlciBhIHJ1bi1jcmVhdGVkIGNvdXJzZSBpcyB0byBiZSByZW1vdmVkIGJ5IHJ1biBgY3VycmVudGA6IGl0cyBvd24gKHRlYXJkb3duKSwgb3Igb25lIG9mIGFcbiAqIHJ1biB0aGF0IHN0YXJ0ZWQgbW9yZSB0aGFuIExJVkVfUlVOX1dJTkRPV19NUyBlYXJsaWVyIChhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnM7IGFsc28gdGl0bGVzIG9mXG4gKiBvbGRlciB2ZXJzaW9ucyBvZiB0aGUgc3VpdGUpLiBBIHJ1biB0aGF0IG1heSBzdGlsbCBiZSBnb2luZyBrZWVwcyBpdHMgY291cnNlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzTGVmdG92ZXIodGl0bGU6IHN0cmluZywgY3VycmVudDogc3RyaW5nLCBvd246IGJvb2xlYW4pOiBib29sZWFuIHtcbiAgaWYgKCF0aXRsZS5zdGFydHNXaXRoKFJVTl9USVRMRV9GSUxURVIpKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHJ1bklkID0gcnVuSWRPZih0aXRsZSk7XG4gIGlmIChvd24pIHJldHVybiBydW5JZCA9PT0gY3VycmVudDtcbiAgaWYgKHJ1bklkID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlO1xuICBpZiAocnVuSWQgPT09IGN1cnJlbnQpIHJldHVybiBmYWxzZTtcbiAgY29uc3Qgc3RhcnRlZCA9IHJ1blN0YXJ0T2YocnVuSWQpO1xuICByZXR1cm4gc3RhcnRlZCA9PT0gdW5kZWZpbmVkIHx8IHN0YXJ0ZWQgPCAocnVuU3RhcnRPZihjdXJyZW50KSA/PyAwKSAtIExJVkVfUlVOX1dJTkRPV19NUztcbn1cbiIsICIvLyBXaGF0IGV2ZXJ5IGVudHJ5IHBvaW50IHNoYXJlczogaXQgYXNzZW1ibGVzIGs2IG9wdGlvbnMgZnJvbSB0aGUgZW50cnkncyBvd24gc2NlbmFyaW9zIGFuZFxuLy8gZ2F0ZXMsIGFkZGluZyB0aGUgc2VydmVyLXJlc291cmNlcyBzY2VuYXJpbyBhbmQgZ2F0ZXMgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQgKFNJREVDQVJfVVJMKS5cbi8vIEVudHJpZXMgcmUtZXhwb3J0IGBwb2xsUmVzb3VyY2VzYCBhbmQgYHRlYXJkb3duYCBmcm9tIGhlcmUsIGFzIGs2IG5lZWRzIHRoZW0gaW4gdGhlIGVudHJ5IG1vZHVsZS5cbi8vXG4vLyBrNiBldmFsdWF0ZXMgdGhlIHNjcmlwdCBvbmNlIHBlciBWVSwgZWFjaCBpbiBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgcGx1cyBvbmNlIGFzIFZVIDA6IHRoYXRcbi8vIGV2YWx1YXRpb24gaXMgd2hlcmUgazYgcmVhZHMgYG9wdGlvbnNgLCBhbmQgc2V0dXAsIHRlYXJkb3duIGFuZCBoYW5kbGVTdW1tYXJ5IGVhY2ggcnVuIGluIGEgZnJlc2hcbi8vIFZVIDAgdG9vLiBMb2FkIFZVcyAoMSwgMiwgLi4uKSBuZXZlciByZWFkIHRoZWlyIGBvcHRpb25zYCAoazYgc2V0cyB0aGUgY29uc29saWRhdGVkIG9wdGlvbnMgb250b1xuLy8gaXQpLCBzbyB0aGV5IHNraXAgYnVpbGRpbmcgdGhlbTogdGhlIHNjZW5hcmlvcywgZ2F0ZXMgYW5kIHRocmVzaG9sZCBleHByZXNzaW9ucyBtYWRlIHBlciBWVSB3ZXJlXG4vLyB+MC4xIE1CIG9mIGV2ZXJ5IFZVJ3MgaGVhcCAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgIGhlYXAgcHJvZmlsZSBhdCAxLDAwMCBWVXMpLlxuXG5pbXBvcnQgeyB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzLCBtZXRyaWNLZXksIHRvSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgeyBpc0Fycml2YWxSYXRlIH0gZnJvbSAnLi4vbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB7IHR5cGUgU2NlbmFyaW8sIFNVTU1BUllfVFJFTkRfU1RBVFMgfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBlbmRMb2FkLCBwb2xsUmVzb3VyY2VzIGFzIHBvbGxTaWRlY2FyLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IGFzc2VydERpc3RpbmN0LCBwb29sIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC50cyc7XG5pbXBvcnQgeyBST0xFUywgdHlwZSBSb2xlLCB2dUlkQm91bmQgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHsgY2xlYW5VcFJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5UGFydHMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgZ2F0ZXM6IEdhdGVbXTtcbiAgLyoqIEhvdyBsb25nIHRoZSBsb2FkIHJ1bnMsIHNlY29uZHM6IHRoZSByZXNvdXJjZXMgcG9sbGVyIHJ1bnMgYXMgbG9uZy4gKi9cbiAgd2FsbFRpbWVTOiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIHRvbyAoc29haykuICovXG4gIGdhdGVNZW1vcnlHcm93dGg/OiBib29sZWFuO1xuICAvKiogQ2xhc3NlcyB3aG9zZSBWVXMgbG9nIGluIGFzIHBvb2wgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUIGNoZWNrcyB0aGVzZSk7IGRlZmF1bHQgYWxsLiAqL1xuICByb2xlcz86IHJlYWRvbmx5IFJvbGVbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeU9wdGlvbnMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgdGhyZXNob2xkczogSzZUaHJlc2hvbGRzO1xuICBzZXR1cFRpbWVvdXQ6IHN0cmluZztcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IHN0cmluZ1tdO1xufVxuXG4vKiogV2hldGhlciB0aGlzIHJ1bnRpbWUgaXMgazYncyBWVSAwIChvcHRpb25zLCBzZXR1cCwgdGVhcmRvd24sIGhhbmRsZVN1bW1hcnkpIHJhdGhlciB0aGFuIGEgbG9hZCBWVS4gKi9cbmZ1bmN0aW9uIGlzQ29udHJvbFJ1bnRpbWUoKTogYm9vbGVhbiB7XG4gIHJldHVybiBfX1ZVID09PSAwO1xufVxuXG4vKiogVGhlIGVudHJ5J3MgazYgb3B0aW9ucywgYnVpbHQgZnJvbSBgbWFrZVBhcnRzYCBpbiBWVSAwIG9ubHk7IHVuZGVmaW5lZCBpbiBsb2FkIFZVcyAoc2VlIGFib3ZlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIG1ha2VQYXJ0czogKCkgPT4gRW50cnlQYXJ0cyk6IEVudHJ5T3B0aW9ucyB8IHVuZGVmaW5lZCB7XG4gIGlmICghaXNDb250cm9sUnVudGltZSgpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBwYXJ0cyA9IG1ha2VQYXJ0cygpO1xuICAvLyBBIHVzZXIgY2xhc3Mgd2VpZ2h0ZWQgMCAlIChlLmcuIFBFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUz0xMDAvMC8wKSBoYXMgbm8gVlVzOyBrNiByZWZ1c2VzIGFcbiAgLy8gc2NlbmFyaW8gdGhhdCBuZXZlciBzdGFydHMgb25lLCBzbyBpdCBpcyBsZWZ0IG91dCByYXRoZXIgdGhhbiBmYWlsaW5nIHRoZSB3aG9sZSBydW4uXG4gIGNvbnN0IHNjZW5hcmlvcyA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhwYXJ0cy5zY2VuYXJpb3MpLmZpbHRlcigoWywgc2NlbmFyaW9dKSA9PiBoYXNVc2VycyhzY2VuYXJpbykpKTtcbiAgY29uc3QgZ2F0ZXMgPSBbLi4ucGFydHMuZ2F0ZXNdO1xuICBpZiAoY29uZmlnLnNpZGVjYXJVcmwpIHtcbiAgICBzY2VuYXJpb3MucmVzb3VyY2VzID0gcmVzb3VyY2VzU2NlbmFyaW8ocGFydHMud2FsbFRpbWVTKTtcbiAgICBnYXRlcy5wdXNoKFxuICAgICAgLi4ucmVzb3VyY2VHYXRlcyh7XG4gICAgICAgIG1lbW9yeU1iOiBjb25maWcudGFyZ2V0cy5tZW1vcnlNYixcbiAgICAgICAgY3B1UGVyY2VudDogY29uZmlnLnRhcmdldHMuY3B1UGVyY2VudCxcbiAgICAgICAgZ3Jvd3RoTWJQZXJNaW46IHBhcnRzLmdhdGVNZW1vcnlHcm93dGggPyBjb25maWcudGFyZ2V0cy5tZW1vcnlHcm93dGhNYlBlck1pbiA6IHVuZGVmaW5lZCxcbiAgICAgICAgZmFpbE9uTWlzc2luZzogY29uZmlnLnNpZGVjYXJTdHJpY3QsXG4gICAgICB9KSxcbiAgICApO1xuICB9XG4gIGlmIChjb25maWcudXNlcnNEaXN0aW5jdCkgYXNzZXJ0RGlzdGluY3QocG9vbCwgcGFydHMucm9sZXMgPz8gUk9MRVMsIHZ1SWRCb3VuZChzY2VuYXJpb3MpKTtcbiAgcmV0dXJuIHtcbiAgICBzY2VuYXJpb3MsXG4gICAgdGhyZXNob2xkczogd2l0aERyb3BwZWRJdGVyYXRpb25zKHRvSzZUaHJlc2hvbGRzKGdhdGVzKSwgc2NlbmFyaW9zKSxcbiAgICAvLyBHZW5lcmF0aW9uIG9mIHNlZWQgY291cnNlcywgcGx1cyB0aGUga2VwdCBkYXRhc2V0J3Mgc2VlZGluZyB3aGVuIGEgcnVuIGhhcyB0byBtYWtlIGl0LlxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCkgKyAoY29uZmlnLmRhdGFzZXQuY291cnNlcyA+IDAgPyA2MDAgOiAwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuLyoqXG4gKiBFdmVyeSBvcGVuLW1vZGVsIHNjZW5hcmlvJ3MgZHJvcHBlZCBpdGVyYXRpb25zIGluIHRoZSBzdW1tYXJ5LCBnYXRlZCBvciBub3Q6IGEgdGhyZXNob2xkIGxpc3QsXG4gKiBldmVuIGVtcHR5LCBpcyBob3cgazYga2VlcHMgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYyAoZ3JhZmFuYS9rNiAjMTMyMSkuXG4gKi9cbmZ1bmN0aW9uIHdpdGhEcm9wcGVkSXRlcmF0aW9ucyh0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHMsIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+KTogSzZUaHJlc2hvbGRzIHtcbiAgZm9yIChjb25zdCBbbmFtZSwgc2NlbmFyaW9dIG9mIE9iamVjdC5lbnRyaWVzKHNjZW5hcmlvcykpIHtcbiAgICBpZiAoaXNBcnJpdmFsUmF0ZShzY2VuYXJpbykpIHRocmVzaG9sZHNbbWV0cmljS2V5KCdkcm9wcGVkX2l0ZXJhdGlvbnMnLCB7IHNjZW5hcmlvOiBuYW1lIH0pXSA/Pz0gW107XG4gIH1cbiAgcmV0dXJuIHRocmVzaG9sZHM7XG59XG5cbmZ1bmN0aW9uIGhhc1VzZXJzKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4ge1xuICBjb25zdCB7IGV4ZWN1dG9yLCBzdGFydFZVcywgc3RhZ2VzLCB2dXMgfSA9IHNjZW5hcmlvIGFzIHtcbiAgICBleGVjdXRvcjogc3RyaW5nO1xuICAgIHN0YXJ0VlVzPzogbnVtYmVyO1xuICAgIHN0YWdlcz86IHsgdGFyZ2V0OiBudW1iZXIgfVtdO1xuICAgIHZ1cz86IG51bWJlcjtcbiAgfTtcbiAgaWYgKGV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSByZXR1cm4gKHN0YXJ0VlVzID8/IDApID4gMCB8fCAoc3RhZ2VzID8/IFtdKS5zb21lKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0ID4gMCk7XG4gIGlmIChleGVjdXRvciA9PT0gJ2NvbnN0YW50LXZ1cycgfHwgZXhlY3V0b3IgPT09ICdwZXItdnUtaXRlcmF0aW9ucycgfHwgZXhlY3V0b3IgPT09ICdzaGFyZWQtaXRlcmF0aW9ucycpXG4gICAgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKipcbiAqIFdoYXQgb25seSB0aGUgZW5kIG9mIHRoZSBydW4ga25vd3M6IHRoZSBsb2FkIGVuZGVkIChzYW1wbGVzIGFmdGVyIGl0IGFyZSB0ZWFyZG93bidzLCBub3QgZ2F0ZWQpXG4gKiBhbmQgdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggb3ZlciBpdC4gRW50cmllcyB3aXRoIGEgdGVhcmRvd24gb2YgdGhlaXIgb3duIGNhbGwgaXQgZmlyc3QuXG4gKi9cbmZ1bmN0aW9uIHJlY29yZFJlc291cmNlc0F0RW5kKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIGVuZExvYWQocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKiogazYncyB0ZWFyZG93bjogdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGgsIGFuZCByZW1vdmluZyB3aGF0IHRoaXMgcnVuIGNyZWF0ZWQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gdGVhcmRvd24oZGF0YT86IFJ1bkRhdGEpOiBQcm9taXNlPHZvaWQ+IHtcbiAgcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTtcbiAgYXdhaXQgY2xlYW5VcFJ1bihydW5Db25maWcsIGRhdGEpO1xufVxuIiwgIi8vIEVzY2FwaW5nIGZvciB0aGUgZm9ybWF0cyB0aGF0IGVtYmVkIG5hbWVzIGFuZCB0YWcgdmFsdWVzOiBhIHRhZyB2YWx1ZSBzdWNoIGFzXG4vLyBcIjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD5cIiBtdXN0IGNvbWUgb3V0IGFzIHRleHQgaW4gSFRNTCBhbmQgWE1MLCBuZXZlciBhcyBtYXJrdXAuXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlWG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoXG4gICAgL1smPD5cIiddL2csXG4gICAgKGMpID0+ICh7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmYXBvczsnIH0pW2NdISxcbiAgKTtcbn1cblxuLyoqIE1hcmtkb3duIHRhYmxlIGNlbGxzOiBwaXBlcyBhbmQgbmV3bGluZXMgd291bGQgYnJlYWsgdGhlIHRhYmxlOyA8ID4gd291bGQgYmVjb21lIEhUTUwgb24gR2l0SHViLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZU1hcmtkb3duQ2VsbCh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdGV4dFxuICAgIC5yZXBsYWNlKC9cXHwvZywgJ1xcXFx8JylcbiAgICAucmVwbGFjZSgvW1xcclxcbl0rL2csICcgJylcbiAgICAucmVwbGFjZSgvPC9nLCAnJmx0OycpXG4gICAgLnJlcGxhY2UoLz4vZywgJyZndDsnKTtcbn1cblxuLyoqXG4gKiBBIE1hcmtkb3duIGNvZGUgc3BhbiB0aGF0IHNob3dzIGB0ZXh0YCBleGFjdGx5LCBhbHNvIGluc2lkZSBhIHRhYmxlIGNlbGwuIEluc2lkZSBhIGNvZGUgc3BhblxuICogTWFya2Rvd24gZGVjb2RlcyBubyBlbnRpdGllcyAoYCZsdDtgIHdvdWxkIHNob3cgbGl0ZXJhbGx5KSBhbmQgcGFyc2VzIG5vIEhUTUwsIHNvIDwgPiBzdGF5IGFzXG4gKiB0aGV5IGFyZTsgYSBmZW5jZSBsb25nZXIgdGhhbiBhbnkgYmFja3RpY2sgcnVuIGluc2lkZSBrZWVwcyB0aGUgc3BhbiBjbG9zZWQ7IEdpdEh1YidzIHRhYmxlc1xuICogc3RpbGwgc3BsaXQgY2VsbHMgb24gYHxgLCB3aGljaCBgXFx8YCBwcmV2ZW50cyAoYW5kIHNob3dzIGFzIGB8YCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtYXJrZG93bkNvZGUodGV4dDogc3RyaW5nLCBvcHRpb25zOiB7IGluVGFibGU6IGJvb2xlYW4gfSA9IHsgaW5UYWJsZTogdHJ1ZSB9KTogc3RyaW5nIHtcbiAgY29uc3Qgb25lTGluZSA9IHRleHQucmVwbGFjZSgvW1xcclxcbl0rL2csICcgJyk7XG4gIGNvbnN0IGZsYXQgPSBvcHRpb25zLmluVGFibGUgPyBvbmVMaW5lLnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKSA6IG9uZUxpbmU7XG4gIGNvbnN0IGxvbmdlc3RSdW4gPSBNYXRoLm1heCgwLCAuLi4oZmxhdC5tYXRjaCgvYCsvZykgPz8gW10pLm1hcCgocnVuKSA9PiBydW4ubGVuZ3RoKSk7XG4gIGNvbnN0IGZlbmNlID0gJ2AnLnJlcGVhdChsb25nZXN0UnVuICsgMSk7XG4gIGNvbnN0IHBhZCA9IGZsYXQuc3RhcnRzV2l0aCgnYCcpIHx8IGZsYXQuZW5kc1dpdGgoJ2AnKSA/ICcgJyA6ICcnO1xuICByZXR1cm4gYCR7ZmVuY2V9JHtwYWR9JHtmbGF0fSR7cGFkfSR7ZmVuY2V9YDtcbn1cbiIsICIvLyBSZWFkaW5nIGs2J3MgZW5kLW9mLXRlc3Qgc3VtbWFyeSBkYXRhICh3aGF0IGhhbmRsZVN1bW1hcnkgcmVjZWl2ZXMpIGludG8gdGhlIHJvd3MgZXZlcnkgcmVwb3J0XG4vLyBzaG93cy4gUHVyZTogbm8gazYgaW1wb3J0cywgbm8gTm9kZSBnbG9iYWxzLCBzbyBpdCBydW5zIGluc2lkZSBrNiBhbmQgdW5kZXIgbm9kZTp0ZXN0IGFsaWtlLlxuXG5leHBvcnQgaW50ZXJmYWNlIE1ldHJpY0RhdGEge1xuICB0eXBlOiAndHJlbmQnIHwgJ3JhdGUnIHwgJ2NvdW50ZXInIHwgJ2dhdWdlJztcbiAgY29udGFpbnM/OiBzdHJpbmc7XG4gIHZhbHVlczogUmVjb3JkPHN0cmluZywgbnVtYmVyPjtcbiAgdGhyZXNob2xkcz86IFJlY29yZDxzdHJpbmcsIHsgb2s6IGJvb2xlYW4gfT47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3VtbWFyeURhdGEge1xuICBtZXRyaWNzOiBSZWNvcmQ8c3RyaW5nLCBNZXRyaWNEYXRhPjtcbiAgcm9vdF9ncm91cD86IHsgY2hlY2tzPzogeyBuYW1lOiBzdHJpbmc7IHBhc3NlczogbnVtYmVyOyBmYWlsczogbnVtYmVyIH1bXTsgZ3JvdXBzPzogdW5rbm93bltdIH07XG4gIHN0YXRlPzogeyBpc1N0ZE91dFRUWT86IGJvb2xlYW47IHRlc3RSdW5EdXJhdGlvbk1zPzogbnVtYmVyIH07XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgVGhyZXNob2xkUm93IHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIGV4cHJlc3Npb246IHN0cmluZztcbiAgb2s6IGJvb2xlYW47XG4gIC8qKiBUaGUgYWdncmVnYXRlIHRoZSBleHByZXNzaW9uIHRlc3RzLCBhcyBtZWFzdXJlZDsgbnVsbCB3aGVuIHRoZSBtZXRyaWMgaGFzIG5vIHN1Y2ggdmFsdWUuICovXG4gIG9ic2VydmVkOiBudW1iZXIgfCBudWxsO1xuICBzdGF0OiBzdHJpbmc7XG4gIC8qKiBUcmVuZCBtZXRyaWNzIGhvbGRpbmcgZHVyYXRpb25zIChtcykgb3IgZGF0YSwgZm9yIGZvcm1hdHRpbmcuICovXG4gIHVuaXQ6ICdtcycgfCAncGVyY2VudCcgfCAnY291bnQnIHwgJ3ZhbHVlJztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbmRwb2ludFJvdyB7XG4gIGVuZHBvaW50OiBzdHJpbmc7XG4gIHJlcXVlc3RzOiBudW1iZXI7XG4gIHA1MDogbnVtYmVyIHwgbnVsbDtcbiAgcDk1OiBudW1iZXIgfCBudWxsO1xuICBwOTk6IG51bWJlciB8IG51bGw7XG4gIG1heDogbnVtYmVyIHwgbnVsbDtcbiAgZXJyb3JSYXRlOiBudW1iZXIgfCBudWxsO1xufVxuXG4vKiogVGhlIGFnZ3JlZ2F0aW9uIGEgdGhyZXNob2xkIGV4cHJlc3Npb24gdGVzdHM6IGBwKDk1KTwyMDBgIC0+IGBwKDk1KWAuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhdE9mKGV4cHJlc3Npb246IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiAvXlxccyooW2Etel0rKD86XFwoW1xcZC5dK1xcKSk/KS8uZXhlYyhleHByZXNzaW9uKT8uWzFdID8/IGV4cHJlc3Npb247XG59XG5cbmZ1bmN0aW9uIHVuaXRPZihtZXRyaWM6IE1ldHJpY0RhdGEgfCB1bmRlZmluZWQsIHN0YXQ6IHN0cmluZyk6IFRocmVzaG9sZFJvd1sndW5pdCddIHtcbiAgaWYgKCFtZXRyaWMpIHJldHVybiAndmFsdWUnO1xuICBpZiAoc3RhdCA9PT0gJ3JhdGUnICYmIG1ldHJpYy50eXBlID09PSAncmF0ZScpIHJldHVybiAncGVyY2VudCc7XG4gIGlmIChzdGF0ID09PSAnY291bnQnKSByZXR1cm4gJ2NvdW50JztcbiAgcmV0dXJuIG1ldHJpYy50eXBlID09PSAndHJlbmQnICYmIG1ldHJpYy5jb250YWlucyA9PT0gJ3RpbWUnID8gJ21zJyA6ICd2YWx1ZSc7XG59XG5cbi8qKiBFdmVyeSB0aHJlc2hvbGQgd2l0aCBpdHMgdmVyZGljdCBhbmQgb2JzZXJ2ZWQgdmFsdWUsIGZhaWxlZCBvbmVzIGZpcnN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRocmVzaG9sZFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBUaHJlc2hvbGRSb3dbXSB7XG4gIGNvbnN0IHJvd3M6IFRocmVzaG9sZFJvd1tdID0gW107XG4gIGZvciAoY29uc3QgW21ldHJpYywgdmFsdWVzXSBvZiBPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pKSB7XG4gICAgZm9yIChjb25zdCBbZXhwcmVzc2lvbiwgcmVzdWx0XSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZXMudGhyZXNob2xkcyA/PyB7fSkpIHtcbiAgICAgIGNvbnN0IHN0YXQgPSBzdGF0T2YoZXhwcmVzc2lvbik7XG4gICAgICBjb25zdCBvYnNlcnZlZCA9IHZhbHVlcy52YWx1ZXM/LltzdGF0XTtcbiAgICAgIHJvd3MucHVzaCh7XG4gICAgICAgIG1ldHJpYyxcbiAgICAgICAgZXhwcmVzc2lvbixcbiAgICAgICAgb2s6IHJlc3VsdC5vayxcbiAgICAgICAgc3RhdCxcbiAgICAgICAgb2JzZXJ2ZWQ6IHR5cGVvZiBvYnNlcnZlZCA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKG9ic2VydmVkKSA/IG9ic2VydmVkIDogbnVsbCxcbiAgICAgICAgdW5pdDogdW5pdE9mKHZhbHVlcywgc3RhdCksXG4gICAgICB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJvd3Muc29ydCgoYSwgYikgPT4gTnVtYmVyKGEub2spIC0gTnVtYmVyKGIub2spIHx8IGEubWV0cmljLmxvY2FsZUNvbXBhcmUoYi5tZXRyaWMpKTtcbn1cblxuY29uc3QgU1VCX01FVFJJQyA9IC9eKFxcdyspXFx7ZW5kcG9pbnQ6KFteLH1dKylcXH0kLztcblxuLyoqIFBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMgZnJvbSB0aGUgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWNzIHRoZSB0aHJlc2hvbGRzIGNyZWF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFJvd3MoZGF0YTogU3VtbWFyeURhdGEpOiBFbmRwb2ludFJvd1tdIHtcbiAgY29uc3Qgcm93cyA9IG5ldyBNYXA8c3RyaW5nLCBFbmRwb2ludFJvdz4oKTtcbiAgY29uc3Qgcm93ID0gKGVuZHBvaW50OiBzdHJpbmcpID0+IHtcbiAgICBsZXQgciA9IHJvd3MuZ2V0KGVuZHBvaW50KTtcbiAgICBpZiAoIXIpIHtcbiAgICAgIHIgPSB7IGVuZHBvaW50LCByZXF1ZXN0czogMCwgcDUwOiBudWxsLCBwOTU6IG51bGwsIHA5OTogbnVsbCwgbWF4OiBudWxsLCBlcnJvclJhdGU6IG51bGwgfTtcbiAgICAgIHJvd3Muc2V0KGVuZHBvaW50LCByKTtcbiAgICB9XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHtcbiAgICAgICAgcmVxdWVzdHM6IHYuY291bnQgPz8gMCxcbiAgICAgICAgcDUwOiB2Lm1lZCA/PyBudWxsLFxuICAgICAgICBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCxcbiAgICAgICAgcDk5OiB2WydwKDk5KSddID8/IG51bGwsXG4gICAgICAgIG1heDogdi5tYXggPz8gbnVsbCxcbiAgICAgIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBPbmUgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGl0ZXJhdGlvbnMgazYgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChkcm9wcGVkX2l0ZXJhdGlvbnN7c2NlbmFyaW86WH0pLiAqL1xuZXhwb3J0IGludGVyZmFjZSBEcm9wcGVkUm93IHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgaXRlcmF0aW9uczogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgdGhvc2UgaXRlcmF0aW9ucyB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGUgZW50cnkgZG9lcyBub3Qgc2F5IGhvdyBtYW55IGFuIGl0ZXJhdGlvbiBzZW5kcy4gKi9cbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIC8qKiBUaGUgbW9zdCB0aGUgc2NlbmFyaW8ncyBnYXRlIGFsbG93cyAoYGNvdW50PD1OYCk7IG51bGwgd2hlbiBpdCBpcyBub3QgZ2F0ZWQuICovXG4gIGFsbG93ZWQ6IG51bWJlciB8IG51bGw7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRHJvcHBlZCB7XG4gIGl0ZXJhdGlvbnM6IG51bWJlcjtcbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIHNjZW5hcmlvczogRHJvcHBlZFJvd1tdO1xufVxuXG5jb25zdCBEUk9QUEVEX1NVQl9NRVRSSUMgPSAvXmRyb3BwZWRfaXRlcmF0aW9uc1xce3NjZW5hcmlvOihbXix9XSspXFx9JC87XG5cbi8qKlxuICogSXRlcmF0aW9ucyB0aGUgcnVuJ3Mgb3Blbi1tb2RlbCBzY2VuYXJpb3MgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChrNidzIGRyb3BwZWRfaXRlcmF0aW9uczogbm8gVlVcbiAqIHdhcyBmcmVlIHdoZW4gb25lIHdhcyBkdWUpLCBwZXIgc2NlbmFyaW8sIGFuZCB0aGUgcmVxdWVzdHMgdGhleSB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGVcbiAqIHJ1biBoYWQgbm8gb3Blbi1tb2RlbCBzY2VuYXJpby4gVGhlaXIgbGF0ZW5jeSBpcyBpbiBubyBwZXJjZW50aWxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJvcHBlZEl0ZXJhdGlvbnMoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9LFxuKTogRHJvcHBlZCB8IG51bGwge1xuICBjb25zdCBzY2VuYXJpb3M6IERyb3BwZWRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtuYW1lLCBtZXRyaWNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBjb25zdCBzY2VuYXJpbyA9IERST1BQRURfU1VCX01FVFJJQy5leGVjKG5hbWUpPy5bMV07XG4gICAgaWYgKHNjZW5hcmlvID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWMudmFsdWVzPy5jb3VudCA/PyAwO1xuICAgIGNvbnN0IHBlckl0ZXJhdGlvbiA9IHJlcXVlc3RzUGVySXRlcmF0aW9uW3NjZW5hcmlvXTtcbiAgICBjb25zdCBsaW1pdCA9IE9iamVjdC5rZXlzKG1ldHJpYy50aHJlc2hvbGRzID8/IHt9KVxuICAgICAgLm1hcCgoZXhwcmVzc2lvbikgPT4gL15cXHMqY291bnRcXHMqPD1cXHMqKFxcZCspXFxzKiQvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSlcbiAgICAgIC5maW5kKChuKSA9PiBuICE9PSB1bmRlZmluZWQpO1xuICAgIHNjZW5hcmlvcy5wdXNoKHtcbiAgICAgIHNjZW5hcmlvLFxuICAgICAgaXRlcmF0aW9ucyxcbiAgICAgIHJlcXVlc3RzOiBwZXJJdGVyYXRpb24gPT09IHVuZGVmaW5lZCA/IG51bGwgOiBpdGVyYXRpb25zICogcGVySXRlcmF0aW9uLFxuICAgICAgYWxsb3dlZDogbGltaXQgPT09IHVuZGVmaW5lZCA/IG51bGwgOiBOdW1iZXIobGltaXQpLFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWV0cmljVmFsdWUoZGF0YSwgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBpZiAoc2NlbmFyaW9zLmxlbmd0aCA9PT0gMCAmJiB0b3RhbCA9PT0gbnVsbCkgcmV0dXJuIG51bGw7XG4gIHNjZW5hcmlvcy5zb3J0KChhLCBiKSA9PiBhLnNjZW5hcmlvLmxvY2FsZUNvbXBhcmUoYi5zY2VuYXJpbykpO1xuICBjb25zdCBpdGVyYXRpb25zID0gdG90YWwgPz8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5pdGVyYXRpb25zLCAwKTtcbiAgY29uc3Qga25vd24gPVxuICAgIHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cuaXRlcmF0aW9ucywgMCkgPT09IGl0ZXJhdGlvbnMgJiZcbiAgICBzY2VuYXJpb3MuZXZlcnkoKHJvdykgPT4gcm93LnJlcXVlc3RzICE9PSBudWxsKTtcbiAgcmV0dXJuIHsgaXRlcmF0aW9ucywgcmVxdWVzdHM6IGtub3duID8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5yZXF1ZXN0cyEsIDApIDogbnVsbCwgc2NlbmFyaW9zIH07XG59XG5cbi8qKiBXaGF0IHRoZSBwZXJjZW50aWxlcyBsZWF2ZSBvdXQsIHNhaWQgYmVzaWRlIHRoZW06IFwicGVyY2VudGlsZXMgZXhjbHVkZSA0NSByZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lICgzNCBkcm9wcGVkIGl0ZXJhdGlvbnMpIC4uLlwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZDogRHJvcHBlZCB8IG51bGwpOiBzdHJpbmcgfCBudWxsIHtcbiAgaWYgKCFkcm9wcGVkKSByZXR1cm4gbnVsbDtcbiAgaWYgKGRyb3BwZWQuaXRlcmF0aW9ucyA9PT0gMClcbiAgICByZXR1cm4gJzAgcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAoMCBkcm9wcGVkIGl0ZXJhdGlvbnMpOiB0aGUgcGVyY2VudGlsZXMgY292ZXIgZXZlcnkgc2NoZWR1bGVkIHJlcXVlc3QnO1xuICBjb25zdCB3aGF0ID1cbiAgICBkcm9wcGVkLnJlcXVlc3RzID09PSBudWxsXG4gICAgICA/IGB0aGUgcmVxdWVzdHMgb2YgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLml0ZXJhdGlvbnMsICdjb3VudCcpfSBpdGVyYXRpb25zYFxuICAgICAgOiBgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7ZHJvcHBlZC5yZXF1ZXN0cyA9PT0gMSA/ICcnIDogJ3MnfWA7XG4gIHJldHVybiBgcGVyY2VudGlsZXMgZXhjbHVkZSAke3doYXR9IG5vdCBzZW50IG9uIHRpbWUgKCR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5pdGVyYXRpb25zLCAnY291bnQnKX0gZHJvcHBlZCBpdGVyYXRpb25zOiBubyBWVSB3YXMgZnJlZSB3aGVuIHRoZXkgd2VyZSBkdWUpLCB3aG9zZSBsYXRlbmN5IGs2IGNhbm5vdCBrbm93YDtcbn1cblxuLyoqIE9uZSBzY2VuYXJpbydzIGxpbmU6IFwiOSBpdGVyYXRpb25zIG5vdCBzZW50IG9uIHRpbWUgKDkgcmVxdWVzdHMpLCBhdCBtb3N0IDIgYWxsb3dlZFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRUZXh0KHJvdzogRHJvcHBlZFJvdyk6IHN0cmluZyB7XG4gIGNvbnN0IHJlcXVlc3RzID1cbiAgICByb3cucmVxdWVzdHMgPT09IG51bGwgPyAnJyA6IGAgKCR7Zm9ybWF0VmFsdWUocm93LnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7cm93LnJlcXVlc3RzID09PSAxID8gJycgOiAncyd9KWA7XG4gIGNvbnN0IGFsbG93ZWQgPSByb3cuYWxsb3dlZCA9PT0gbnVsbCA/ICcsIG5vdCBnYXRlZCcgOiBgLCBhdCBtb3N0ICR7Zm9ybWF0VmFsdWUocm93LmFsbG93ZWQsICdjb3VudCcpfSBhbGxvd2VkYDtcbiAgcmV0dXJuIGAke2Zvcm1hdFZhbHVlKHJvdy5pdGVyYXRpb25zLCAnY291bnQnKX0gaXRlcmF0aW9uJHtyb3cuaXRlcmF0aW9ucyA9PT0gMSA/ICcnIDogJ3MnfSBub3Qgc2VudCBvbiB0aW1lJHtyZXF1ZXN0c30ke2FsbG93ZWR9YDtcbn1cblxuLyoqIEEgbnVtYmVyIGZvciBwZW9wbGU6IG1zIHdpdGggc2Vuc2libGUgcHJlY2lzaW9uLCByYXRlcyBhcyBwZXJjZW50LCBsYXJnZSBjb3VudHMgZ3JvdXBlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRWYWx1ZSh2YWx1ZTogbnVtYmVyIHwgbnVsbCB8IHVuZGVmaW5lZCwgdW5pdDogVGhyZXNob2xkUm93Wyd1bml0J10pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSkgcmV0dXJuICduL2EnO1xuICBpZiAodW5pdCA9PT0gJ3BlcmNlbnQnKSByZXR1cm4gYCR7KHZhbHVlICogMTAwKS50b0ZpeGVkKDIpfSVgO1xuICBpZiAodW5pdCA9PT0gJ21zJykge1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gNjBfMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgxKX1zYDtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDEwMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDIpfXNgO1xuICAgIHJldHVybiBgJHt2YWx1ZS50b0ZpeGVkKHZhbHVlIDwgMTAgPyAyIDogMSl9bXNgO1xuICB9XG4gIGlmICh1bml0ID09PSAnY291bnQnKVxuICAgIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKVxuICAgICAgLnRvU3RyaW5nKClcbiAgICAgIC5yZXBsYWNlKC9cXEIoPz0oXFxkezN9KSsoPyFcXGQpKS9nLCAnLCcpO1xuICByZXR1cm4gTWF0aC5hYnModmFsdWUpID49IDFlNiA/IHZhbHVlLnRvRXhwb25lbnRpYWwoMykgOiBTdHJpbmcoTWF0aC5yb3VuZCh2YWx1ZSAqIDEwMDApIC8gMTAwMCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNWYWx1ZShkYXRhOiBTdW1tYXJ5RGF0YSwgbWV0cmljOiBzdHJpbmcsIHN0YXQ6IHN0cmluZyk6IG51bWJlciB8IG51bGwge1xuICBjb25zdCB2YWx1ZSA9IGRhdGEubWV0cmljcz8uW21ldHJpY10/LnZhbHVlcz8uW3N0YXRdO1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUodmFsdWUpID8gdmFsdWUgOiBudWxsO1xufVxuXG4vKiogVGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IG92ZXIgdGhlIGxvYWQsIGZyb20gdGhlIHNpZGVjYXIncyBtZXRyaWNzIChyZXN1bHRzLmpzb24ncyBgcmVzb3VyY2VzYCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlcnZlclJlc291cmNlcyB7XG4gIG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsO1xuICBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7XG4gIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDtcbiAgc2FtcGxlc19taXNzaW5nOiBudW1iZXI7XG59XG5cbi8qKiBUaGUgc2lkZWNhcidzIGZpZ3VyZXM7IG51bGwgd2hlbiBubyBzaWRlY2FyIG1lYXN1cmVkIHRoZSBzZXJ2ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gc2VydmVyUmVzb3VyY2VzKGRhdGE6IFN1bW1hcnlEYXRhKTogU2VydmVyUmVzb3VyY2VzIHwgbnVsbCB7XG4gIGlmICghZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iICYmICFkYXRhLm1ldHJpY3M/LnNlcnZlcl9jcHVfcGVyY2VudCkgcmV0dXJuIG51bGw7XG4gIHJldHVybiB7XG4gICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gIH07XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1RleHQocmVzb3VyY2VzOiBTZXJ2ZXJSZXNvdXJjZXMgfCBudWxsKTogc3RyaW5nIHtcbiAgaWYgKCFyZXNvdXJjZXMgfHwgKHJlc291cmNlcy5tZW1vcnlfbWJfcGVhayA9PT0gbnVsbCAmJiByZXNvdXJjZXMuY3B1X3BlcmNlbnRfcDk1ID09PSBudWxsKSlcbiAgICByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBncm93dGggPSByZXNvdXJjZXMubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluO1xuICByZXR1cm4gW1xuICAgIGBzZXJ2ZXIgcmVzb3VyY2VzIG92ZXIgdGhlIGxvYWQ6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUocmVzb3VyY2VzLm1lbW9yeV9tYl9wZWFrLCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUocmVzb3VyY2VzLmNwdV9wZXJjZW50X3A5NSwgJ3ZhbHVlJyl9JSBvZiBhdmFpbGFibGUgQ1BVc2AsXG4gICAgLi4uKGdyb3d0aCA9PT0gbnVsbCA/IFtdIDogW2BtZW1vcnkgZ3Jvd3RoICR7Zm9ybWF0VmFsdWUoZ3Jvd3RoLCAndmFsdWUnKX0gTUIvbWluYF0pLFxuICAgIGBzYW1wbGVzIG1pc3NpbmcgJHtyZXNvdXJjZXMuc2FtcGxlc19taXNzaW5nfWAsXG4gIF0uam9pbignLCAnKTtcbn1cblxuZXhwb3J0IGNvbnN0IHJlc291cmNlc0xpbmUgPSAoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcgPT4gcmVzb3VyY2VzVGV4dChzZXJ2ZXJSZXNvdXJjZXMoZGF0YSkpO1xuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbi8vIGs2J3MgaGFuZGxlU3VtbWFyeSB3cml0ZXMgd2hhdCBrNiBrbm93cyAoYnVpbGRSZXN1bHRzKTsgdGhlIHJ1bm5lcidzIGZpbmlzaGluZyBzdGVwXG4vLyAocnVubmVyL2ZpbmlzaC9maW5pc2gtcnVuLnRzKSBhZGRzIHdoYXQgaXMga25vd24gb25seSBhZnRlciBrNjogdGhlIG91dGNvbWUsIHJlc291cmNlIHNjYWxpbmdcbi8vIGFuZCBpdHMgc2xvcGUgZ2F0ZXMsIGFuIGludGVyYWN0aXZlIHJ1bidzIHRpbWVsaW5lLCBhIGNvbXBhcmlzb24uIEV2ZXJ5IHJlcG9ydCBpcyByZW5kZXJlZCBmcm9tIGl0LlxuaW1wb3J0IHtcbiAgdHlwZSBEcm9wcGVkLFxuICBkcm9wcGVkSXRlcmF0aW9ucyxcbiAgdHlwZSBFbmRwb2ludFJvdyxcbiAgZW5kcG9pbnRSb3dzLFxuICB0eXBlIFNlcnZlclJlc291cmNlcyxcbiAgdHlwZSBTdW1tYXJ5RGF0YSxcbiAgc2VydmVyUmVzb3VyY2VzLFxuICB0eXBlIFRocmVzaG9sZFJvdyxcbiAgdGhyZXNob2xkUm93cyxcbn0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuLyoqIFRoZSBsb2FkIHNoYXBlIGEgcnVuIHdhcyBhc2tlZCBmb3IsIHJlY29yZGVkIGJ5IHRoZSBydW5uZXIgc28gY29tcGFyZSBjYW4gcmVmdXNlIHVubGlrZSBydW5zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2FkU2hhcGUge1xuICBjb25jdXJyZW50X3VzZXJzOiBudW1iZXI7XG4gIGR1cmF0aW9uX3M6IG51bWJlcjtcbiAgcmFtcF91cF9zOiBudW1iZXI7XG4gIHJhbXBfZG93bl9zOiBudW1iZXI7XG4gIHVzZXJfd2VpZ2h0czogc3RyaW5nO1xuICB0aGlua190aW1lX3M6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgUnVuT3V0Y29tZSA9ICdjb21wbGV0ZWQnIHwgJ3RocmVzaG9sZHMgZmFpbGVkJyB8ICdhYm9ydGVkJyB8ICdpbnRlcnJ1cHRlZCcgfCAnc3RvcHBlZCcgfCAnZXJyb3InO1xuXG4vKiogV2hhdCBrNiBrbmV3IChSdW5NZXRhLCBkdXJhdGlvbikgYW5kIHdoYXQgdGhlIHJ1bm5lciBhZGRzIGFmdGVyIGs2IGV4aXRzLiAqL1xuaW50ZXJmYWNlIFJ1bkluZm8gZXh0ZW5kcyBSdW5NZXRhIHtcbiAgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGw7XG4gIGxvYWQ/OiBMb2FkU2hhcGU7XG4gIC8qKiBrNidzIGV4aXQgY29kZTsgbnVsbCB3aGVuIGs2IG5ldmVyIHJhbiwgYWJzZW50IHdoZW4gdGhlIHJ1bm5lciBjb3VsZCBub3Qgc2VlIGl0IChjb21wb3NlKS4gKi9cbiAgazZfZXhpdF9jb2RlPzogbnVtYmVyIHwgbnVsbDtcbiAgb3V0Y29tZT86IFJ1bk91dGNvbWU7XG4gIC8qKiBXaHkgYSBydW4gZGlkIG5vdCBjb21wbGV0ZSwgZS5nLiBrNidzIG93biBmaXJzdCBlcnJvciBsaW5lLiAqL1xuICBvdXRjb21lX3JlYXNvbj86IHN0cmluZztcbiAgLyoqIG5wbSBydW4gbWVyZ2U6IHRoZSBrNiAtLW91dCBqc29uIGZpbGVzIG1lcmdlZCBpbnRvIHRoaXMgcmVzdWx0LiAqL1xuICBtZXJnZWRfZnJvbT86IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHNUaHJlc2hvbGQge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIC8qKiBIb3cgb2JzZXJ2ZWQgcmVhZHMgKG1zLCBhIDAuLjEgcmF0ZSBhcyBwZXJjZW50LCBhIGNvdW50KTsgYWJzZW50OiBhIHBsYWluIHZhbHVlLiAqL1xuICB1bml0PzogVGhyZXNob2xkUm93Wyd1bml0J107XG4gIC8qKiBXaHkgb2JzZXJ2ZWQgaXMgbWlzc2luZyAoYSBzbG9wZSBnYXRlIHdob3NlIHNsb3BlIGNvdWxkIG5vdCBiZSBmaXR0ZWQpLiAqL1xuICByZWFzb24/OiBzdHJpbmc7XG59XG5cbi8qKiBSZXNvdXJjZSBzY2FsaW5nIHBlciBzdGVwIG9mIGxvYWQgKHJ1bm5lci9zY2FsaW5nL3Jlc291cmNlLXNjYWxpbmcudHMgY29tcHV0ZXMgaXQpLiAqL1xuaW50ZXJmYWNlIFNjYWxpbmdTdGVwUmVzdWx0IHtcbiAgZnJvbTogbnVtYmVyO1xuICB0bzogbnVtYmVyO1xuICBzZWNvbmRzOiBudW1iZXI7XG4gIHVzZXJzX21lYW46IG51bWJlciB8IG51bGw7XG4gIHJlcXVlc3RzX3Blcl9zOiBudW1iZXI7XG4gIHA5NV9tczogbnVtYmVyIHwgbnVsbDtcbiAgc2VydmVyX3NhbXBsZXM6IG51bWJlcjtcbiAgY3B1X3BlcmNlbnRfbWVhbjogbnVtYmVyIHwgbnVsbDtcbiAgbWVtb3J5X21iX3BlYWs6IG51bWJlciB8IG51bGw7XG59XG5cbmludGVyZmFjZSBTbG9wZVJlc3VsdCB7XG4gIHVuaXQ6IHN0cmluZztcbiAgdmFsdWU6IG51bWJlciB8IG51bGw7XG4gIHIyOiBudW1iZXIgfCBudWxsO1xuICBzdGVwc191c2VkOiBudW1iZXI7XG4gIHhfZnJvbTogbnVtYmVyIHwgbnVsbDtcbiAgeF90bzogbnVtYmVyIHwgbnVsbDtcbiAgZml0OiBzdHJpbmc7XG4gIHJlYXNvbj86IHN0cmluZztcbn1cblxuaW50ZXJmYWNlIFNjYWxpbmdSZXN1bHQge1xuICBsZXZlbDogJ3VzZXJzJyB8ICdyZXF1ZXN0c19wZXJfcyc7XG4gIHN0ZXBfd2lkdGg6IG51bWJlcjtcbiAgd2luZG93OiB7IGZyb206IG51bWJlcjsgdG86IG51bWJlciB9O1xuICBzdGVwczogU2NhbGluZ1N0ZXBSZXN1bHRbXTtcbiAgbWVtb3J5OiBTbG9wZVJlc3VsdDtcbiAgY3B1OiBTbG9wZVJlc3VsdDtcbn1cblxuLyoqIE9uZSBtZXRyaWMncyB2ZXJkaWN0IGFnYWluc3QgdGhlIGJhc2VsaW5lIHJ1bihzKSAocnVubmVyL2NvbXBhcmUvY29tcGFyZS50cyBjb21wdXRlcyBpdCkuICovXG5pbnRlcmZhY2UgQ29tcGFyaXNvblJvd1Jlc3VsdCB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBzdGF0OiAncCg5NSknIHwgJ3JhdGUnIHwgJ21heCc7XG4gIGVuZHBvaW50OiBzdHJpbmcgfCBudWxsO1xuICB1bml0OiAnbXMnIHwgJ3JhdGUnIHwgJ3BlcmNlbnQnIHwgJ01CJztcbiAgYmFzZWxpbmU6IG51bWJlciB8IG51bGw7XG4gIGN1cnJlbnQ6IG51bWJlciB8IG51bGw7XG4gIGNoYW5nZTogbnVtYmVyIHwgbnVsbDtcbiAgaW50ZXJ2YWw6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsO1xuICBpbnRlcnZhbF9hYnM6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsO1xuICB2ZXJkaWN0OiAnaW1wcm92ZWQnIHwgJ25vIGNoYW5nZScgfCAncmVncmVzc2VkJyB8ICdpbmNvbmNsdXNpdmUnO1xuICBtZXRob2Q6IHN0cmluZztcbiAgc2FtcGxlczogeyBiYXNlbGluZTogbnVtYmVyOyBjdXJyZW50OiBudW1iZXI7IGJhc2VsaW5lX3J1bnM6IG51bWJlciB9IHwgbnVsbDtcbiAgbm90ZT86IHN0cmluZztcbiAgcHJvZmlsZT86IHsgcTogbnVtYmVyW107IGJhc2VsaW5lOiBudW1iZXJbXTsgY3VycmVudDogbnVtYmVyW10gfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb21wYXJpc29uUmVzdWx0IHtcbiAgbWV0aG9kOiBzdHJpbmc7XG4gIG9wdGlvbnM6IHtcbiAgICB0b2xlcmFuY2U6IG51bWJlcjtcbiAgICBtaW5fbXM6IG51bWJlcjtcbiAgICBtaW5fcmF0ZTogbnVtYmVyO1xuICAgIHJlc2FtcGxlczogbnVtYmVyO1xuICAgIHNlZWQ6IG51bWJlcjtcbiAgICBibG9ja19zOiBudW1iZXI7XG4gICAgLyoqIEFic2VudCBpbiBjb21wYXJpc29ucyB3cml0dGVuIGJlZm9yZSBpdCB3YXMgYW4gb3B0aW9uLiAqL1xuICAgIGluY29uY2x1c2l2ZT86ICd3YXJuJyB8ICdmYWlsJztcbiAgfTtcbiAgY29uZmlkZW5jZTogeyBmYW1pbHk6IG51bWJlcjsgcGVyX21ldHJpYzogbnVtYmVyOyBqdWRnZWQ6IG51bWJlciB9O1xuICBiYXNlbGluZXM6IHN0cmluZ1tdO1xuICBjdXJyZW50OiBzdHJpbmc7XG4gIHJhd19zYW1wbGVzOiBib29sZWFuO1xuICBydW5fd2lkZV9zaGlmdDogeyBjaGFuZ2U6IG51bWJlcjsgZW5kcG9pbnRzOiBudW1iZXIgfSB8IG51bGw7XG4gIHdhcm5pbmdzOiBzdHJpbmdbXTtcbiAgcmVncmVzc2lvbnM6IG51bWJlcjtcbiAgaW5jb25jbHVzaXZlOiBudW1iZXI7XG4gIHJvd3M6IENvbXBhcmlzb25Sb3dSZXN1bHRbXTtcbn1cblxuLyoqIEFuIGludGVyYWN0aXZlIHJ1biAobnBtIHJ1biB1aSk6IHRoZSB1c2VycyB0aGUgcGVyc29uIHNldCBvdmVyIHRpbWUsIGFuZCB0aGUgcGF1c2VzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBJbnRlcmFjdGl2ZVJlc3VsdCB7XG4gIHBvb2xfdnVzOiBudW1iZXI7XG4gIHdlaWdodHM6IHN0cmluZztcbiAgdXNlcnNfdGltZWxpbmU6IHsgYXQ6IHN0cmluZzsgdXNlcnM6IG51bWJlcjsgcGF1c2VkOiBib29sZWFuIH1bXTtcbn1cblxuLyoqIEEgY2hhbmdlIHBvaW50IG9mIHRoZSBydW4ncyB0ZXN0IG92ZXIgaXRzIGxhc3QgcnVucyAocmVzdWx0cy5qc29uIGhpc3RvcnkuY2hhbmdlcykuICovXG5leHBvcnQgaW50ZXJmYWNlIEhpc3RvcnlDaGFuZ2Uge1xuICBzZXJpZXM6IHN0cmluZztcbiAgdW5pdDogc3RyaW5nO1xuICBydW46IHN0cmluZztcbiAgY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICB0aW1lOiBzdHJpbmc7XG4gIGNoYW5nZTogbnVtYmVyIHwgbnVsbDtcbiAgaW50ZXJ2YWw6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsO1xuICBiZWZvcmU6IG51bWJlcjtcbiAgYWZ0ZXI6IG51bWJlcjtcbiAgcnVuc19iZWZvcmU6IG51bWJlcjtcbiAgcnVuc19hZnRlcjogbnVtYmVyO1xuICBwX3ZhbHVlOiBudW1iZXI7XG4gIHdvcnNlOiBib29sZWFuIHwgbnVsbDtcbn1cblxuLyoqIHJlc3VsdHMuanNvbiBgaGlzdG9yeWAgKHNjaGVtYXMvcmVzdWx0cy5zY2hlbWEuanNvbikuICovXG5leHBvcnQgaW50ZXJmYWNlIEhpc3RvcnlGYWN0cyB7XG4gIHN0b3JlOiBzdHJpbmc7XG4gIHRlc3Q6IHN0cmluZyB8IG51bGw7XG4gIGFkZGVkOiBib29sZWFuO1xuICAvKiogV2h5IHRoaXMgcnVuIHdhcyBub3QgYWRkZWQgKGl0cyBmaWd1cmVzIGNvdmVyIHBhcnQgb2YgdGhlIHJ1bikuICovXG4gIHJlZnVzZWQ/OiBzdHJpbmc7XG4gIC8qKiBUaGUgc3RvcmUgZmFpbGVkOiBzYWlkIGhlcmUgYW5kIG9uIHN0ZGVycjsgdGhlIHJ1bidzIG93biByZXBvcnRzIGFyZSBjb21wbGV0ZS4gKi9cbiAgZXJyb3I/OiBzdHJpbmc7XG4gIHJ1bnM6IG51bWJlcjtcbiAgLyoqIFRoZSBvbGRlc3Qgb2YgdGhlIGxhc3QgYGxhc3RgIHJ1bnM6IHdoYXQgXCJjaGFuZ2VzIHNpbmNlXCIgY291bnRzIGZyb20uICovXG4gIHNpbmNlOiB7IHJ1bjogc3RyaW5nOyBjb21taXQ6IHN0cmluZyB8IG51bGw7IHRpbWU6IHN0cmluZyB9IHwgbnVsbDtcbiAgb3B0aW9uczogeyB3aW5kb3c6IG51bWJlcjsgcF92YWx1ZTogbnVtYmVyOyBtaW5fbWFnbml0dWRlOiBudW1iZXI7IGxhc3Q6IG51bWJlcjsgdG9sZXJhbmNlOiBudW1iZXIgfTtcbiAgY2hhbmdlczogSGlzdG9yeUNoYW5nZVtdO1xuICAvKiogU2VyaWVzIGBucG0gcnVuIGhpc3RvcnkgLS0gY2hlY2tgIHdvdWxkIGZhaWwgb24gbm93LiAqL1xuICByZWdyZXNzaW9uczogc3RyaW5nW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0cyB7XG4gIHNjaGVtYV92ZXJzaW9uOiBudW1iZXI7XG4gIHJ1bjogUnVuSW5mbztcbiAgdmVyZGljdDogJ3Bhc3NlZCcgfCAnZmFpbGVkJztcbiAgdGhyZXNob2xkczogUmVzdWx0c1RocmVzaG9sZFtdO1xuICBlbmRwb2ludHM6IEVuZHBvaW50Um93W107XG4gIC8qKiBPcGVuLW1vZGVsIHNjZW5hcmlvcycgaXRlcmF0aW9ucyBub3Qgc3RhcnRlZCBvbiB0aW1lIChrNiBkcm9wcGVkX2l0ZXJhdGlvbnMpLCB3aGljaCBubyBwZXJjZW50aWxlIGhvbGRzOyBudWxsIHdpdGhvdXQgb25lLiAqL1xuICBkcm9wcGVkOiBEcm9wcGVkIHwgbnVsbDtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIHJlc291cmNlczogU2VydmVyUmVzb3VyY2VzIHwgbnVsbDtcbiAgLyoqIEVudHJpZXMgd2hvc2UgbG9hZCBjaGFuZ2VzIChyYW1wLXVwLCBzcGlrZSwgYnJlYWtwb2ludCk6IHNlcnZlciBDUFUgYW5kIG1lbW9yeSBwZXIgc3RlcCBvZiBsb2FkLiAqL1xuICBzY2FsaW5nPzogU2NhbGluZ1Jlc3VsdDtcbiAgLyoqIEFkZGVkIGJ5IG5wbSBydW4gY29tcGFyZSAvIHBlcmYgLS1iYXNlbGluZTogdGhlIHZlcmRpY3RzIGFnYWluc3QgdGhlIGJhc2VsaW5lIHJ1bihzKS4gKi9cbiAgY29tcGFyaXNvbj86IENvbXBhcmlzb25SZXN1bHQ7XG4gIC8qKiBBZGRlZCBmb3IgYW4gaW50ZXJhY3RpdmUgcnVuIChucG0gcnVuIHVpKS4gKi9cbiAgaW50ZXJhY3RpdmU/OiBJbnRlcmFjdGl2ZVJlc3VsdDtcbiAgLyoqIEFkZGVkIHdoZW4gaGlzdG9yeSBpcyBvbiAocnVubmVyL2hpc3RvcnkvcmVjb3JkLXJ1bi50cyk6IHRoZSBydW4gaW4gdGhlIGhpc3RvcnkgYW5kIHdoYXQgY2hhbmdlZCBvdmVyIHRoZSBsYXN0IHJ1bnMuICovXG4gIGhpc3Rvcnk/OiBIaXN0b3J5RmFjdHM7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICBtZXRhOiBSdW5NZXRhLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9LFxuKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCwgdW5pdCB9KSA9PiAoe1xuICAgIG1ldHJpYyxcbiAgICBleHByZXNzaW9uLFxuICAgIG9rLFxuICAgIG9ic2VydmVkLFxuICAgIHVuaXQsXG4gIH0pKTtcbiAgcmV0dXJuIHtcbiAgICBzY2hlbWFfdmVyc2lvbjogUkVTVUxUU19TQ0hFTUFfVkVSU0lPTixcbiAgICBydW46IHsgLi4ubWV0YSwgZHVyYXRpb25fbXM6IGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IG51bGwgfSxcbiAgICB2ZXJkaWN0OiB0aHJlc2hvbGRzLmV2ZXJ5KCh0KSA9PiB0Lm9rKSA/ICdwYXNzZWQnIDogJ2ZhaWxlZCcsXG4gICAgdGhyZXNob2xkcyxcbiAgICBlbmRwb2ludHM6IGVuZHBvaW50Um93cyhkYXRhKSxcbiAgICBkcm9wcGVkOiBkcm9wcGVkSXRlcmF0aW9ucyhkYXRhLCByZXF1ZXN0c1Blckl0ZXJhdGlvbiksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IHNlcnZlclJlc291cmNlcyhkYXRhKSxcbiAgfTtcbn1cblxuLyoqIEEgdGhyZXNob2xkJ3MgdW5pdDsgcmVzdWx0cy5qc29uIGZpbGVzIHdyaXR0ZW4gYmVmb3JlIHVuaXRzIHdlcmUgcmVjb3JkZWQgZ2V0IG9uZSBmcm9tIGl0cyBuYW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXRPZih0aHJlc2hvbGQ6IFJlc3VsdHNUaHJlc2hvbGQpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICh0aHJlc2hvbGQudW5pdCkgcmV0dXJuIHRocmVzaG9sZC51bml0O1xuICBpZiAodGhyZXNob2xkLmV4cHJlc3Npb24uc3RhcnRzV2l0aCgncmF0ZScpKSByZXR1cm4gJ3BlcmNlbnQnO1xuICByZXR1cm4gL2R1cmF0aW9ufF9tcy8udGVzdCh0aHJlc2hvbGQubWV0cmljKSA/ICdtcycgOiAndmFsdWUnO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC4gQSBydW4gdGhhdCBlbmRlZCBpbiBhbiBlcnJvciAoazYncyBvd24gcmVhc29uIGluXG4vLyBydW4ub3V0Y29tZV9yZWFzb24pIGlzIG9uZSBtb3JlIHRlc3QgY2FzZSwgaW4gZXJyb3IuIFB1cmU6IGs2J3MgaGFuZGxlU3VtbWFyeSBhbmQgdGhlIHJ1bm5lcidzXG4vLyBmaW5pc2hpbmcgc3RlcCByZW5kZXIgaXQgZnJvbSB0aGUgc2FtZSBSZXN1bHRzLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgdHlwZSBSZXN1bHRzLCB0eXBlIFJlc3VsdHNUaHJlc2hvbGQsIHVuaXRPZiB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgeyBmb3JtYXRWYWx1ZSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZnVuY3Rpb24gdGhyZXNob2xkQ2FzZShzdWl0ZTogc3RyaW5nLCB0OiBSZXN1bHRzVGhyZXNob2xkKTogc3RyaW5nIHtcbiAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259YCk7XG4gIGNvbnN0IG9ic2VydmVkID1cbiAgICB0Lm9ic2VydmVkID09PSBudWxsICYmIHQucmVhc29uID8gYG5vdCBtZWFzdXJlZDogJHt0LnJlYXNvbn1gIDogYG9ic2VydmVkICR7Zm9ybWF0VmFsdWUodC5vYnNlcnZlZCwgdW5pdE9mKHQpKX1gO1xuICBjb25zdCBvcGVuID0gYCAgICA8dGVzdGNhc2UgY2xhc3NuYW1lPVwiJHtzdWl0ZX1cIiBuYW1lPVwiJHtuYW1lfVwiIHRpbWU9XCIwXCI+YDtcbiAgaWYgKHQub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0PiR7ZXNjYXBlWG1sKG9ic2VydmVkKX08L3N5c3RlbS1vdXQ+PC90ZXN0Y2FzZT5gO1xuICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSBmYWlsZWQ6ICR7b2JzZXJ2ZWR9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPiR7ZXNjYXBlWG1sKG9ic2VydmVkKX08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbn1cblxuZnVuY3Rpb24gZXJyb3JDYXNlKHN1aXRlOiBzdHJpbmcsIHJlc3VsdHM6IFJlc3VsdHMpOiBzdHJpbmcge1xuICBjb25zdCByZWFzb24gPSBlc2NhcGVYbWwocmVzdWx0cy5ydW4ub3V0Y29tZV9yZWFzb24gPz8gJ3RoZSBydW4gZW5kZWQgaW4gYW4gZXJyb3InKTtcbiAgcmV0dXJuIGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIms2IHJ1blwiIHRpbWU9XCIwXCI+XFxuICAgICAgPGVycm9yIG1lc3NhZ2U9XCIke3JlYXNvbn1cIiB0eXBlPVwiazZcIj4ke3JlYXNvbn08L2Vycm9yPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChyZXN1bHRzOiBSZXN1bHRzKTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHJlc3VsdHMudGhyZXNob2xkcztcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgZXJyb3JzID0gcmVzdWx0cy5ydW4ub3V0Y29tZSA9PT0gJ2Vycm9yJyA/IDEgOiAwO1xuICBjb25zdCB0ZXN0cyA9IHJvd3MubGVuZ3RoICsgZXJyb3JzO1xuICBjb25zdCBzZWNvbmRzID0gKChyZXN1bHRzLnJ1bi5kdXJhdGlvbl9tcyA/PyAwKSAvIDEwMDApLnRvRml4ZWQoMyk7XG4gIGNvbnN0IHN1aXRlID0gZXNjYXBlWG1sKGBjb3Vyc2UtcGVyZi4ke3Jlc3VsdHMucnVuLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IFsuLi4oZXJyb3JzID8gW2Vycm9yQ2FzZShzdWl0ZSwgcmVzdWx0cyldIDogW10pLCAuLi5yb3dzLm1hcCgocikgPT4gdGhyZXNob2xkQ2FzZShzdWl0ZSwgcikpXTtcbiAgcmV0dXJuIFtcbiAgICAnPD94bWwgdmVyc2lvbj1cIjEuMFwiIGVuY29kaW5nPVwiVVRGLThcIj8+JyxcbiAgICBgPHRlc3RzdWl0ZXMgbmFtZT1cImNvdXJzZS1wZXJmXCIgdGVzdHM9XCIke3Rlc3RzfVwiIGZhaWx1cmVzPVwiJHtmYWlsdXJlc31cIiBlcnJvcnM9XCIke2Vycm9yc31cIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7dGVzdHN9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIiR7ZXJyb3JzfVwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZOiBmYWlsZWQgdGhyZXNob2xkcyBmaXJzdCwgaW4gYVxuLy8gdGFibGUgb2YgdGhlaXIgb3duOyB0aGUgcGFzc2luZyBvbmVzIGZvbGRlZCBpbiA8ZGV0YWlscz4sIHNvIGEgMzgtcm93IHRhYmxlIG5ldmVyIGJ1cmllcyBhIGZhaWx1cmUuXG4vLyBQdXJlOiBrNidzIGhhbmRsZVN1bW1hcnkgYW5kIHRoZSBydW5uZXIncyBmaW5pc2hpbmcgc3RlcCByZW5kZXIgaXQgZnJvbSB0aGUgc2FtZSBSZXN1bHRzLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsLCBtYXJrZG93bkNvZGUgfSBmcm9tICcuL2VzY2FwZS50cyc7XG5pbXBvcnQgeyB0eXBlIFJlc3VsdHMsIHR5cGUgUmVzdWx0c1RocmVzaG9sZCwgdW5pdE9mIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCBwZXJjZW50aWxlQ2F2ZWF0LCByZXNvdXJjZXNUZXh0IH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5mdW5jdGlvbiB0aHJlc2hvbGRUYWJsZShyb3dzOiBSZXN1bHRzVGhyZXNob2xkW10pOiBzdHJpbmdbXSB7XG4gIHJldHVybiBbXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoXG4gICAgICAocikgPT5cbiAgICAgICAgYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCAke21hcmtkb3duQ29kZShgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9IHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCB1bml0T2YocikpfSB8YCxcbiAgICApLFxuICBdO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFya2Rvd25SZXBvcnQocmVzdWx0czogUmVzdWx0cyk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSByZXN1bHRzLnRocmVzaG9sZHM7XG4gIGNvbnN0IGZhaWxlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiAhci5vayk7XG4gIGNvbnN0IHBhc3NlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiByLm9rKTtcbiAgLy8gTm8gdGhyZXNob2xkcyBhdCBhbGw6IGEgcnVuIGs2IHN0b3BwZWQgYmVmb3JlIGl0cyBzdW1tYXJ5ICh0aGUgb3V0Y29tZSBhYm92ZSBzYXlzIHdoeSkuXG4gIGNvbnN0IHZlcmRpY3QgPVxuICAgIHJvd3MubGVuZ3RoID09PSAwXG4gICAgICA/ICdubyB0aHJlc2hvbGRzJ1xuICAgICAgOiBmYWlsZWQubGVuZ3RoID09PSAwXG4gICAgICAgID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgXG4gICAgICAgIDogYOKdjCAke2ZhaWxlZC5sZW5ndGh9IG9mICR7cm93cy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYDtcbiAgY29uc3QgbGluZXMgPSBbYCMjIGNvdXJzZS1wZXJmICR7bWFya2Rvd25Db2RlKHJlc3VsdHMucnVuLnNjZW5hcmlvLCB7IGluVGFibGU6IGZhbHNlIH0pfTogJHt2ZXJkaWN0fWAsICcnXTtcbiAgaWYgKGZhaWxlZC5sZW5ndGggPiAwKSBsaW5lcy5wdXNoKC4uLnRocmVzaG9sZFRhYmxlKGZhaWxlZCksICcnKTtcbiAgaWYgKHBhc3NlZC5sZW5ndGggPiAwKSB7XG4gICAgLy8gR2l0SHViIHJlbmRlcnMgTWFya2Rvd24gaW5zaWRlIDxkZXRhaWxzPiBvbmx5IGFmdGVyIGEgYmxhbmsgbGluZSBmb2xsb3dpbmcgPC9zdW1tYXJ5Pi5cbiAgICBsaW5lcy5wdXNoKFxuICAgICAgJzxkZXRhaWxzPicsXG4gICAgICBgPHN1bW1hcnk+JHtwYXNzZWQubGVuZ3RofSBwYXNzZWQgdGhyZXNob2xkJHtwYXNzZWQubGVuZ3RoID09PSAxID8gJycgOiAncyd9PC9zdW1tYXJ5PmAsXG4gICAgICAnJyxcbiAgICAgIC4uLnRocmVzaG9sZFRhYmxlKHBhc3NlZCksXG4gICAgICAnJyxcbiAgICAgICc8L2RldGFpbHM+JyxcbiAgICAgICcnLFxuICAgICk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gcmVzdWx0cy5lbmRwb2ludHM7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChcbiAgICAgICAgYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGluZXMucHVzaCgnJyk7XG4gIH1cbiAgY29uc3QgZHJvcHBlZCA9IHJlc3VsdHMuZHJvcHBlZCA/PyBudWxsO1xuICBjb25zdCBjYXZlYXQgPSBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQpO1xuICBpZiAoY2F2ZWF0KSBsaW5lcy5wdXNoKGAke2Ryb3BwZWQhLml0ZXJhdGlvbnMgPiAwID8gJ+KaoO+4jyAnIDogJyd9JHtlc2NhcGVNYXJrZG93bkNlbGwoY2F2ZWF0KX1gLCAnJyk7XG4gIGlmIChkcm9wcGVkICYmIGRyb3BwZWQuc2NlbmFyaW9zLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCd8IHNjZW5hcmlvIChvcGVuIG1vZGVsKSB8IGl0ZXJhdGlvbnMgbm90IHNlbnQgb24gdGltZSB8IHJlcXVlc3RzIHwgYWxsb3dlZCB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCByb3cgb2YgZHJvcHBlZC5zY2VuYXJpb3MpIHtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGB8ICR7ZXNjYXBlTWFya2Rvd25DZWxsKHJvdy5zY2VuYXJpbyl9IHwgJHtmb3JtYXRWYWx1ZShyb3cuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IHwgJHtyb3cucmVxdWVzdHMgPT09IG51bGwgPyAnbi9hJyA6IGZvcm1hdFZhbHVlKHJvdy5yZXF1ZXN0cywgJ2NvdW50Jyl9IHwgJHtyb3cuYWxsb3dlZCA9PT0gbnVsbCA/ICdub3QgZ2F0ZWQnIDogZm9ybWF0VmFsdWUocm93LmFsbG93ZWQsICdjb3VudCcpfSB8YCxcbiAgICAgICk7XG4gICAgfVxuICAgIGxpbmVzLnB1c2goJycpO1xuICB9XG4gIGxpbmVzLnB1c2goZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc1RleHQocmVzdWx0cy5yZXNvdXJjZXMpKSwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iLCAiLy8gVGhlIGNvbmNpc2UgY29uc29sZSBzdW1tYXJ5OiB0aHJlc2hvbGRzIGZpcnN0ICh2ZXJkaWN0LCBleHByZXNzaW9uLCBvYnNlcnZlZCB2YWx1ZSksIHRoZW5cbi8vIHBlci1lbmRwb2ludCBsYXRlbmN5LCB0aHJvdWdocHV0LCBlcnJvcnMsIGNoZWNrcywgY3VzdG9tIG1ldHJpY3MgYW5kIHNlcnZlciByZXNvdXJjZXMuXG5pbXBvcnQge1xuICBkcm9wcGVkSXRlcmF0aW9ucyxcbiAgZHJvcHBlZFRleHQsXG4gIGVuZHBvaW50Um93cyxcbiAgZm9ybWF0VmFsdWUsXG4gIG1ldHJpY1ZhbHVlLFxuICBwZXJjZW50aWxlQ2F2ZWF0LFxuICByZXNvdXJjZXNMaW5lLFxuICB0eXBlIFN1bW1hcnlEYXRhLFxuICB0aHJlc2hvbGRSb3dzLFxufSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbXG4gICdodHRwX3JlcXMnLFxuICAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAnaHR0cF9yZXFfYmxvY2tlZCcsXG4gICdodHRwX3JlcV9jb25uZWN0aW5nJyxcbiAgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsXG4gICdodHRwX3JlcV9zZW5kaW5nJyxcbiAgJ2h0dHBfcmVxX3dhaXRpbmcnLFxuICAnaHR0cF9yZXFfcmVjZWl2aW5nJyxcbiAgJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICdpdGVyYXRpb25zJyxcbiAgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsXG4gICdkcm9wcGVkX2l0ZXJhdGlvbnMnLFxuICAndnVzJyxcbiAgJ3Z1c19tYXgnLFxuICAnZGF0YV9zZW50JyxcbiAgJ2RhdGFfcmVjZWl2ZWQnLFxuICAnY2hlY2tzJyxcbiAgJ2dyb3VwX2R1cmF0aW9uJyxcbl0pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PlxuICAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShcbiAgZGF0YTogU3VtbWFyeURhdGEsXG4gIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZzsgY29sb3I6IGJvb2xlYW47IHJlcXVlc3RzUGVySXRlcmF0aW9uPzogUmVjb3JkPHN0cmluZywgbnVtYmVyPiB9LFxuKTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKFxuICAgIGMuYm9sZChcbiAgICAgIGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCxcbiAgICApLFxuICApO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goXG4gICAgICAnJyxcbiAgICAgIGMuYm9sZChcbiAgICAgICAgYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gLFxuICAgICAgKSxcbiAgICApO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGNvbnN0IGNlbGwgPSAodjogbnVtYmVyIHwgbnVsbCkgPT4gZm9ybWF0VmFsdWUodiwgJ21zJykucGFkU3RhcnQoOCk7XG4gICAgICBsaW5lcy5wdXNoKFxuICAgICAgICBgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCxcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIGNvbnN0IGRyb3BwZWQgPSBkcm9wcGVkSXRlcmF0aW9ucyhkYXRhLCBvcHRpb25zLnJlcXVlc3RzUGVySXRlcmF0aW9uKTtcbiAgY29uc3QgY2F2ZWF0ID0gcGVyY2VudGlsZUNhdmVhdChkcm9wcGVkKTtcbiAgaWYgKGNhdmVhdCkgbGluZXMucHVzaChgICAke2Ryb3BwZWQhLml0ZXJhdGlvbnMgPiAwID8gYy5yZWQoY2F2ZWF0KSA6IGNhdmVhdH1gKTtcbiAgaWYgKGRyb3BwZWQgJiYgZHJvcHBlZC5zY2VuYXJpb3MubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgncmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAob3BlbiBtb2RlbDogazYgZHJvcHBlZF9pdGVyYXRpb25zIHBlciBzY2VuYXJpbyknKSk7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZHJvcHBlZC5zY2VuYXJpb3MubWFwKChyb3cpID0+IHJvdy5zY2VuYXJpby5sZW5ndGgpKTtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiBkcm9wcGVkLnNjZW5hcmlvcykgbGluZXMucHVzaChgICAke3Jvdy5zY2VuYXJpby5wYWRFbmQod2lkdGgpfSAke2Ryb3BwZWRUZXh0KHJvdyl9YCk7XG4gIH1cbiAgY29uc3Qgc2Vjb25kcyA9IChkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyAwKSAvIDEwMDA7XG4gIGNvbnN0IHJlcXVlc3RzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxcycsICdjb3VudCcpO1xuICBjb25zdCBpdGVyYXRpb25zID0gbWV0cmljVmFsdWUoZGF0YSwgJ2l0ZXJhdGlvbnMnLCAnY291bnQnKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJvdWdocHV0JykpO1xuICBsaW5lcy5wdXNoKFxuICAgIGAgICR7Zm9ybWF0VmFsdWUocmVxdWVzdHMgPz8gMCwgJ2NvdW50Jyl9IHJlcXVlc3RzICgke3NlY29uZHMgPiAwICYmIHJlcXVlc3RzICE9PSBudWxsID8gKHJlcXVlc3RzIC8gc2Vjb25kcykudG9GaXhlZCgxKSA6ICduL2EnfS9zKSwgJHtmb3JtYXRWYWx1ZShpdGVyYXRpb25zID8/IDAsICdjb3VudCcpfSBpdGVyYXRpb25zIGluICR7c2Vjb25kcy50b0ZpeGVkKDEpfSBzYCxcbiAgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChcbiAgICBgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCxcbiAgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KVxuICAgIC5maWx0ZXIoaXNDdXN0b20pXG4gICAgLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3VtbWFyeU1ldGEge1xuICBzY2VuYXJpbzogc3RyaW5nO1xuICBwcm9maWxlPzogc3RyaW5nO1xuICAvKiogUmVxdWVzdHMgb25lIGl0ZXJhdGlvbiBvZiBlYWNoIG9wZW4tbW9kZWwgc2NlbmFyaW8gc2VuZHMsIHNvIGRyb3BwZWQgaXRlcmF0aW9ucyBjYW4gYmUgdG9sZCBhcyByZXF1ZXN0cy4gKi9cbiAgcmVxdWVzdHNQZXJJdGVyYXRpb24/OiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogU3VtbWFyeU1ldGEpIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gICAgICBzdGRvdXQ6IHRleHRTdW1tYXJ5KGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIGNvbG9yOiBkYXRhLnN0YXRlPy5pc1N0ZE91dFRUWSA9PT0gdHJ1ZSxcbiAgICAgICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IG1ldGEucmVxdWVzdHNQZXJJdGVyYXRpb24sXG4gICAgICB9KSxcbiAgICB9O1xuICAgIGNvbnN0IGRpciA9IF9fRU5WLlJFUE9SVFNfRElSO1xuICAgIGlmIChkaXIpIHtcbiAgICAgIGNvbnN0IHJlc3VsdHMgPSBidWlsZFJlc3VsdHMoXG4gICAgICAgIGRhdGEsXG4gICAgICAgIHtcbiAgICAgICAgICBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbyxcbiAgICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgICAgazZfdmVyc2lvbjogb3JOdWxsKF9fRU5WLlJVTl9LNl9WRVJTSU9OKSxcbiAgICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgICAgZmluaXNoZWRfYXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgICAgfSxcbiAgICAgICAgbWV0YS5yZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgICAgICk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChyZXN1bHRzKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KHJlc3VsdHMpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIEVhY2ggVlUgaXMgaXRzIG93biB1c2VyOiBpdCBsb2dzIGluIGFzIGl0cyBhY2NvdW50IG9mIGEgY2xhc3Mgb24gZmlyc3QgdXNlICh0aW1lZCB1bmRlciBsb2FkIGFzXG4vLyBlbmRwb2ludDpsb2dpbiwgc28gYSBsb2dpbiBzdG9ybSBhdCByYW1wLXVwIGlzIG1lYXN1cmVkKSwga2VlcHMgdGhlIHRva2VuLCBhbmQgbG9ncyBpbiBhZ2FpblxuLy8gd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxIG9yIHRoZSB0b2tlbiBpcyBhYm91dCB0byBleHBpcmUgKGNvdW50ZWQgaW4gYHJlbG9naW5zYCkuXG4vLyBDaGVja2VkIG9uY2UgcGVyIHdvcmtmbG93IHN0ZXAsIG5ldmVyIHBlciByZXF1ZXN0LlxuaW1wb3J0IHsgQ291bnRlciB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7IERBVEFTRVRfVElUTEUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHsgYWNjb3VudE9mVnUsIHBvb2wgfSBmcm9tICcuL3Bvb2wudHMnO1xuaW1wb3J0IHR5cGUgeyBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHsgdHlwZSBSdW5EYXRhLCBzZWNyZXRQYXNzd29yZHMgfSBmcm9tICcuL3NldHVwLnRzJztcblxuLyoqIExvZ2lucyBhZnRlciBhIFZVJ3MgZmlyc3Q6IGl0cyB0b2tlbiBleHBpcmVkIG9yIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDEuICovXG5jb25zdCByZWxvZ2lucyA9IG5ldyBDb3VudGVyKCdyZWxvZ2lucycpO1xuXG5pbnRlcmZhY2UgU2Vzc2lvbiB7XG4gIGNsaWVudDogQXBpQ2xpZW50O1xuICAvKiogV2hlbiB0byBsb2cgaW4gYWdhaW4gYmVmb3JlIHRoZSB0b2tlbiBleHBpcmVzLCBtcyBzaW5jZSB0aGUgZXBvY2guICovXG4gIHJlbmV3QXQ6IG51bWJlcjtcbiAgLyoqIFRoZSBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMsIHJlYWQgb24gZmlyc3QgbmVlZC4gKi9cbiAgY291cnNlczogSWRbXSB8IHVuZGVmaW5lZDtcbn1cblxuY29uc3Qgc2Vzc2lvbnM6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIFNlc3Npb24+PiA9IHt9O1xuLyoqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMsIHJlYWQgb25jZSBwZXIgVlUgKGs2IHJlYWRzIHNlY3JldHMgYXN5bmNocm9ub3VzbHkgb25seSkuICovXG5sZXQgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+PiB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSBjbGFzcyBwYXNzd29yZCBhIFZVIGxvZ3MgaW4gd2l0aDogdGhlIHNlY3JldCBzb3VyY2UncywgZWxzZSB0aGUgZW52aXJvbm1lbnQncy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldD8uW3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZDtcbn1cblxuLyoqXG4gKiBXcmFwcyBhIFZVJ3MgaXRlcmF0aW9uIHNvIGl0cyBmaXJzdCBvbmUgcmVhZHMgdGhlIHNlY3JldCBzb3VyY2VzIGJlZm9yZSBsb2dnaW5nIGluICh0aGUgb25seVxuICogYXN5bmNocm9ub3VzIHN0ZXA7IGxhdGVyIGl0ZXJhdGlvbnMgcnVuIGFzIHRoZXkgYXJlKS4gUGFzc3dvcmRzIG5ldmVyIHRyYXZlbCBpbiBzZXR1cCdzIGRhdGEuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRoU2VjcmV0czxBIGV4dGVuZHMgdW5rbm93bltdPihcbiAgaXRlcmF0aW9uOiAoLi4uYXJnczogQSkgPT4gdm9pZCxcbik6ICguLi5hcmdzOiBBKSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiAoLi4uYXJncykgPT4ge1xuICAgIGlmIChzZWNyZXQpIHJldHVybiBpdGVyYXRpb24oLi4uYXJncyk7XG4gICAgcmV0dXJuIHNlY3JldFBhc3N3b3JkcygpLnRoZW4oKGZvdW5kKSA9PiB7XG4gICAgICBzZWNyZXQgPSBmb3VuZDtcbiAgICAgIGl0ZXJhdGlvbiguLi5hcmdzKTtcbiAgICB9KTtcbiAgfTtcbn1cbmxldCBhbm9ueW1vdXM6IEFwaUNsaWVudCB8IHVuZGVmaW5lZDtcblxuLyoqIFJlbmV3IHRoaXMgbG9uZyBiZWZvcmUgZXhwaXJ5OiBhIHRlbnRoIG9mIHRoZSB0b2tlbidzIGxpZmUsIGF0IG1vc3QgMzAgcy4gKi9cbmNvbnN0IHJlbmV3TWFyZ2luUyA9ICh0dGxTOiBudW1iZXIpID0+IE1hdGgubWluKDMwLCB0dGxTIC8gMTApO1xuXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgX2RhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBTZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgYWNjb3VudCA9IGFjY291bnRPZlZ1KHBvb2wsIHJvbGUsIGNsYXNzUGFzc3dvcmQoY29uZmlnLCByb2xlKSk7XG4gIGlmICghYWNjb3VudCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgYW5vbnltb3VzID8/PSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCBhbnN3ZXIgPSBhbm9ueW1vdXMubG9naW4oYWNjb3VudC5lbWFpbCwgYWNjb3VudC5wYXNzd29yZCkuYm9keTtcbiAgaWYgKCFhbnN3ZXIpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHR0bFMgPSB0eXBlb2YgYW5zd2VyLmV4cGlyZXNfaW4gPT09ICdudW1iZXInICYmIGFuc3dlci5leHBpcmVzX2luID4gMCA/IGFuc3dlci5leHBpcmVzX2luIDogMzYwMDtcbiAgcmV0dXJuIHtcbiAgICBjbGllbnQ6IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgYW5zd2VyLmFjY2Vzc190b2tlbiksXG4gICAgcmVuZXdBdDogRGF0ZS5ub3coKSArICh0dGxTIC0gcmVuZXdNYXJnaW5TKHR0bFMpKSAqIDEwMDAsXG4gICAgY291cnNlczogdW5kZWZpbmVkLFxuICB9O1xufVxuXG5mdW5jdGlvbiBzZXNzaW9uKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogU2Vzc2lvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGN1cnJlbnQgPSBzZXNzaW9uc1tyb2xlXTtcbiAgaWYgKGN1cnJlbnQgJiYgIWN1cnJlbnQuY2xpZW50LnVuYXV0aG9yaXplZCAmJiBEYXRlLm5vdygpIDwgY3VycmVudC5yZW5ld0F0KSByZXR1cm4gY3VycmVudDtcbiAgaWYgKGN1cnJlbnQpIHJlbG9naW5zLmFkZCgxLCB7IHJvbGUgfSk7XG4gIGNvbnN0IG5leHQgPSBsb2dpbihjb25maWcsIGRhdGEsIHJvbGUpO1xuICAvLyBBIGZhaWxlZCBsb2dpbiBsZWF2ZXMgbm8gc2Vzc2lvbjogdGhlIHN0ZXAgZmFpbHMsIGFuZCB0aGUgbmV4dCBvbmUgdHJpZXMgYWdhaW4uXG4gIGlmIChuZXh0ICYmIGN1cnJlbnQpIG5leHQuY291cnNlcyA9IGN1cnJlbnQuY291cnNlcztcbiAgc2Vzc2lvbnNbcm9sZV0gPSBuZXh0O1xuICByZXR1cm4gbmV4dDtcbn1cblxuLyoqIFRoaXMgVlUncyBjbGllbnQgZm9yIGEgY2xhc3MsIGxvZ2dlZCBpbiBhcyBpdHMgb3duIGFjY291bnQ7IHVuZGVmaW5lZCB3aGVuIHRoZSBsb2dpbiBmYWlsZWQuICovXG5leHBvcnQgZnVuY3Rpb24gdXNlckNsaWVudChjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IEFwaUNsaWVudCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBzZXNzaW9uKGNvbmZpZywgZGF0YSwgcm9sZSk/LmNsaWVudDtcbn1cblxuLyoqIElkcyBvZiB0aGlzIFZVJ3MgYWNjb3VudCdzIGtlcHQgZGF0YXNldCBjb3Vyc2VzIChhIGxpc3QgcmVxdWVzdCBvbiBmaXJzdCBuZWVkKSwgZm9yIHJlYWRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG93bkNvdXJzZXMoY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBJZFtdIHtcbiAgY29uc3QgY3VycmVudCA9IHNlc3Npb24oY29uZmlnLCBkYXRhLCByb2xlKTtcbiAgaWYgKCFjdXJyZW50KSByZXR1cm4gW107XG4gIGlmICghY3VycmVudC5jb3Vyc2VzKSB7XG4gICAgY29uc3QgbGlzdCA9IGN1cnJlbnQuY2xpZW50Lmxpc3RDb3Vyc2VzKHsgcTogREFUQVNFVF9USVRMRSwgbGltaXQ6IDEwMCB9KS5ib2R5O1xuICAgIGlmICghbGlzdCkgcmV0dXJuIFtdO1xuICAgIGN1cnJlbnQuY291cnNlcyA9IGxpc3QuaXRlbXMubWFwKChjb3Vyc2UpID0+IGNvdXJzZS5pZCk7XG4gIH1cbiAgcmV0dXJuIGN1cnJlbnQuY291cnNlcztcbn1cbiIsICIvLyBDdXN0b20gbWV0cmljcyBmb3Igd2hhdCBrNidzIGJ1aWx0LWlucyBjYW5ub3Qgc2F5LiBDcmVhdGVkIG9uY2UgYXQgaW5pdCAoazYgcmVxdWlyZXMgaXQpLlxuaW1wb3J0IHsgQ291bnRlciwgUmF0ZSwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcblxuLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiB0aW1lIGZyb20gdGhlIGpvYidzIG93biBzdGFydGVkX2F0L2ZpbmlzaGVkX2F0IChzZXJ2ZXIgdmlldykuICovXG5leHBvcnQgY29uc3QgY2hhcHRlckdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24sIGpvYiBjcmVhdGVkIC0+IGZpbmlzaGVkLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcy4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24gYXMgdGhlIHBvbGxpbmcgdXNlciBzYXcgaXQ6IHJlcXVlc3QgYWNjZXB0ZWQgLT4gY29tcGxldGVkIHNlZW4uICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX29ic2VydmVkX21zJywgdHJ1ZSk7XG4vKiogR2VuZXJhdGlvbiBqb2JzIHRoYXQgZmFpbGVkIG9yIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkZhaWxlZCA9IG5ldyBSYXRlKCdnZW5lcmF0aW9uX2ZhaWxlZCcpO1xuLyoqIENvdXJzZXMgdGhlIHBsYXRmb3JtIGFja25vd2xlZGdlZCBjcmVhdGluZyAoMjAxKS4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VzQ3JlYXRlZCA9IG5ldyBDb3VudGVyKCdjb3Vyc2VzX2NyZWF0ZWQnKTtcbi8qKiBXaG9sZSB3b3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgY29tcGxldGVkIGV2ZXJ5IHN0ZXAsIHRhZ2dlZCBieSB3b3JrZmxvdy4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd1N1Y2Nlc3MgPSBuZXcgUmF0ZSgnd29ya2Zsb3dfc3VjY2VzcycpO1xuLyoqIFdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCB0aHJldyAoYSBzY3JpcHQgYnVnIG9yIGEgYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpLiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93RXJyb3JzID0gbmV3IENvdW50ZXIoJ3dvcmtmbG93X2Vycm9ycycpO1xuIiwgIi8vIFJ1bnMgb25lIHdvcmtmbG93IGl0ZXJhdGlvbiBhbmQgcmVjb3JkcyBpdHMgb3V0Y29tZS4gQSB3b3JrZmxvdyB0aGF0IHRocm93cyAoYSBzY3JpcHQgYnVnLCBhXG4vLyBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkgaXMgYSBmYWlsZWQgaXRlcmF0aW9uIHRoYXQgY291bnRzIGFnYWluc3QgdGhlIHRocmVzaG9sZHMgaW5zdGVhZFxuLy8gb2YgYW4gZXhjZXB0aW9uIGs2IG9ubHkgbG9ncy5cbmltcG9ydCB7IHdvcmtmbG93RXJyb3JzLCB3b3JrZmxvd1N1Y2Nlc3MgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuY29uc3QgTUFYX0xPR0dFRF9FUlJPUlMgPSA1O1xubGV0IGxvZ2dlZEVycm9ycyA9IDA7XG5cbmNvbnN0IHRhZ3NCeU5hbWU6IFJlY29yZDxzdHJpbmcsIHsgd29ya2Zsb3c6IHN0cmluZyB9PiA9IHt9O1xuXG5leHBvcnQgZnVuY3Rpb24gcnVuV29ya2Zsb3cobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3csIGN0eDogQ29udGV4dCk6IHZvaWQge1xuICBsZXQgdGFncyA9IHRhZ3NCeU5hbWVbbmFtZV07XG4gIGlmICh0YWdzID09PSB1bmRlZmluZWQpIHtcbiAgICB0YWdzID0geyB3b3JrZmxvdzogbmFtZSB9OyAvLyBtYWRlIG9uY2UgcGVyIHdvcmtmbG93LCBub3QgcGVyIGl0ZXJhdGlvblxuICAgIHRhZ3NCeU5hbWVbbmFtZV0gPSB0YWdzO1xuICB9XG4gIHRyeSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZCh3b3JrZmxvdyhjdHgpLCB0YWdzKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKGZhbHNlLCB0YWdzKTtcbiAgICB3b3JrZmxvd0Vycm9ycy5hZGQoMSwgdGFncyk7XG4gICAgaWYgKGxvZ2dlZEVycm9ycysrIDwgTUFYX0xPR0dFRF9FUlJPUlMpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoXG4gICAgICAgIGB3b3JrZmxvdyBcIiR7bmFtZX1cIiB0aHJldzogJHtlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gKGVycm9yLnN0YWNrID8/IGVycm9yLm1lc3NhZ2UpIDogU3RyaW5nKGVycm9yKX1gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbn1cbiIsICIvLyBXaGF0IGVhY2gga2luZCBvZiB1c2VyIGRvZXMgaW4gb25lIGl0ZXJhdGlvbi4gU2NlbmFyaW9zIG9ubHkgY2hvb3NlIHdobyBydW5zIGFuZCBob3cgb2Z0ZW47XG4vLyBubyBzY2VuYXJpbyByZS1pbXBsZW1lbnRzIHRoZXNlLiBFdmVyeSB3b3JrZmxvdyByZXR1cm5zIHdoZXRoZXIgYWxsIG9mIGl0cyBzdGVwcyBzdWNjZWVkZWQuXG5pbXBvcnQgeyBncm91cCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIEV4cG9ydEZvcm1hdCwgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBjb3Vyc2VzQ3JlYXRlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyIH0gZnJvbSAnLi4vdXNlcnMvZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHsgb3duQ291cnNlcywgdXNlckNsaWVudCB9IGZyb20gJy4uL3VzZXJzL3Nlc3Npb24udHMnO1xuaW1wb3J0IHR5cGUgeyBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHsgZ2VuZXJhdGVBbmRXYWl0IH0gZnJvbSAnLi9nZW5lcmF0aW9uLnRzJztcbmltcG9ydCB7IHBpY2tPbmUsIHBpY2tXZWlnaHRlZCwgdGhpbmsgfSBmcm9tICcuL3BhY2luZy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGV4dCB7XG4gIGNvbmZpZzogQ29uZmlnO1xuICBkYXRhOiBSdW5EYXRhO1xufVxuXG5leHBvcnQgdHlwZSBXb3JrZmxvdyA9IChjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbi8qKiBUaGlzIFZVJ3MgY2xpZW50IGZvciBhIGNsYXNzOiBsb2dnZWQgaW4gYXMgaXRzIG93biBhY2NvdW50IChsaWIvdXNlcnMvc2Vzc2lvbi50cykuICovXG5mdW5jdGlvbiBjbGllbnRGb3IoY3R4OiBDb250ZXh0LCByb2xlOiBSb2xlKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHVzZXJDbGllbnQoY3R4LmNvbmZpZywgY3R4LmRhdGEsIHJvbGUpO1xufVxuXG4vKiogQSB0aXRsZSB1bmlxdWUgdG8gdGhpcyBydW4sIFZVIGFuZCBpdGVyYXRpb24sIHNvIGNvbmN1cnJlbnQgdXNlcnMgbmV2ZXIgY29sbGlkZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmlxdWVUaXRsZShraW5kOiBzdHJpbmcsIGN0eDogQ29udGV4dCk6IHN0cmluZyB7XG4gIHJldHVybiBgcGVyZi0ke2tpbmR9ICR7Y3R4LmRhdGEucnVuSWR9IHZ1JHtleGVjLnZ1LmlkSW5UZXN0fSBpdCR7ZXhlYy52dS5pdGVyYXRpb25JblNjZW5hcmlvfWA7XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5cbi8qKiBSZWFkcyBhIGNvdXJzZSBhbmQgb25lIG9mIGl0cyBnZW5lcmF0ZWQgY2hhcHRlcnMuICovXG5mdW5jdGlvbiByZWFkQ291cnNlKGNsaWVudDogQXBpQ2xpZW50LCBpZDogSWQpOiBib29sZWFuIHtcbiAgY29uc3QgY291cnNlID0gY2xpZW50LmdldENvdXJzZShpZCk7XG4gIGlmICghY291cnNlLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gKGNvdXJzZS5ib2R5LmNoYXB0ZXJzID8/IFtdKS5maWx0ZXIoKGMpID0+IGMuc3RhdHVzID09PSAnY29tcGxldGVkJyk7XG4gIGNvbnN0IGNoYXB0ZXIgPSBwaWNrT25lKGdlbmVyYXRlZCk7XG4gIHJldHVybiBjaGFwdGVyID09PSB1bmRlZmluZWQgfHwgY2xpZW50LmdldENoYXB0ZXIoaWQsIGNoYXB0ZXIuaW5kZXgpLm9rO1xufVxuXG50eXBlIFJlZ3VsYXJUYXNrID0gKGNsaWVudDogQXBpQ2xpZW50LCBjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmNvbnN0IHJlZ3VsYXJUYXNrczogeyB3ZWlnaHQ6IG51bWJlcjsgdGFzazogUmVndWxhclRhc2sgfVtdID0gW1xuICB7IHdlaWdodDogNSwgdGFzazogKGNsaWVudCkgPT4gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwLCBvZmZzZXQ6IE1hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDMpICogMjAgfSkub2sgfSxcbiAge1xuICAgIHdlaWdodDogNCxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIC8vIE9ubHkgdGhlIHVzZXIncyBvd24gY291cnNlcywgc3ByZWFkIG92ZXIgdGhlaXIgd2hvbGUgZGF0YXNldDogcGVyLXVzZXIgaXNvbGF0aW9uIGlzIHBhcnQgb2Ygd2hhdCBpcyBtZWFzdXJlZC5cbiAgICAgIGNvbnN0IGlkID0gcGlja09uZShvd25Db3Vyc2VzKGN0eC5jb25maWcsIGN0eC5kYXRhLCAncmVndWxhcicpKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSxcbiAgICAgICAgdG9waWM6ICdhbGdlYnJhJyxcbiAgICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICAgIGNoYXB0ZXJfY291bnQ6IDIsXG4gICAgICB9KTtcbiAgICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgICBjb25zdCByZWFkQmFjayA9IGNsaWVudC5nZXRDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICAgIHJldHVybiByZWFkQmFjayAmJiBjbGllbnQuZGVsZXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgfSxcbiAgfSxcbl07XG5cbi8qKiBCcm93c2VzIHRoZSBjb3Vyc2UgbGlzdCwgb3BlbnMgY291cnNlcyBhbmQgcmVhZHMgY2hhcHRlcnM7IG5vdyBhbmQgdGhlbiBjcmVhdGVzIG9uZS4gKi9cbmV4cG9ydCBjb25zdCByZWd1bGFyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncmVndWxhciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsICdyZWd1bGFyJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBmb3IgKGxldCBzdGVwID0gMDsgc3RlcCA8IDM7IHN0ZXArKykge1xuICAgICAgb2sgPSBwaWNrV2VpZ2h0ZWQocmVndWxhclRhc2tzKShjbGllbnQsIGN0eCkgJiYgb2s7XG4gICAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogQ3JlYXRlcyBhIGNvdXJzZSwgZ2VuZXJhdGVzIGl0LCBmb2xsb3dzIHRoZSBqb2IsIHJlYWRzIGFuZCBleHBvcnRzIHRoZSByZXN1bHQsIHRoZW4gZGVsZXRlcyBpdC4gKi9cbmV4cG9ydCBjb25zdCBwb3dlclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3Bvd2VyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBpZiAoIWNsaWVudCkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgncG93ZXInLCBjdHgpLFxuICAgICAgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zJyxcbiAgICAgIGxldmVsOiAnYWR2YW5jZWQnLFxuICAgICAgY2hhcHRlcl9jb3VudDogY29uZmlnLmNoYXB0ZXJzUGVyQ291cnNlLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgIGNvbnN0IGlkID0gY3JlYXRlZC5ib2R5LmlkO1xuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBsZXQgb2sgPSBjbGllbnQudXBkYXRlQ291cnNlKGlkLCB7IHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcywgcmV2aXNlZCcgfSkub2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdChjbGllbnQsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UywgKCkgPT5cbiAgICAgIGNsaWVudEZvcihjdHgsICdwb3dlcicpLFxuICAgICk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICAvLyBUaGUgc2Vzc2lvbiBtYXkgaGF2ZSBsb2dnZWQgaW4gYWdhaW4gd2hpbGUgd2FpdGluZzogZ28gb24gd2l0aCBpdHMgY3VycmVudCBjbGllbnQuXG4gICAgY29uc3QgYWZ0ZXIgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBpZiAoIWFmdGVyKSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHJlYWRDb3Vyc2UoYWZ0ZXIsIGlkKSAmJiBvaztcbiAgICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAgIG9rID0gYWZ0ZXIuZXhwb3J0Q291cnNlKGlkLCBwaWNrT25lKEVYUE9SVF9GT1JNQVRTKSA/PyAnanNvbicpLm9rICYmIG9rO1xuICAgIH1cbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgcmV0dXJuIGFmdGVyLmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuXG4vKiogV2F0Y2hlcyB0aGUgc3lzdGVtOiBzdGF0cywgdGhlIGpvYiBsaXN0LCB0aGUgdXNlciBsaXN0LCBhbmQgcmVtb3ZlcyBjb3Vyc2VzIGVhcmxpZXIgcnVucyBsZWZ0IGJlaGluZC4gKi9cbmV4cG9ydCBjb25zdCBhZG1pblVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2FkbWluIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgJ2FkbWluJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSBjbGllbnQuYWRtaW5TdGF0cygpLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Kb2JzKDIwKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIC8vIExlZnRvdmVycyBvZiBpbnRlcnJ1cHRlZCBydW5zOiB0aXRsZXMgb2Ygb3RoZXIgcnVucyBvbmx5LCBuZXZlciB0aGlzIHJ1bidzIGxpdmUgY291cnNlcy5cbiAgICBjb25zdCBsZWZ0b3ZlcnMgPSBjbGllbnQubGlzdENvdXJzZXMoeyBxOiAncGVyZi0nLCBsaW1pdDogMjAgfSkuYm9keT8uaXRlbXMgPz8gW107XG4gICAgZm9yIChjb25zdCBjb3Vyc2Ugb2YgbGVmdG92ZXJzLmZpbHRlcigoYykgPT4gaXNMZWZ0b3ZlcihjLnRpdGxlLCBjdHguZGF0YS5ydW5JZCwgZmFsc2UpKS5zbGljZSgwLCA1KSkge1xuICAgICAgb2sgPSBjbGllbnQuZGVsZXRlQ291cnNlKGNvdXJzZS5pZCkub2sgJiYgb2s7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBFdmVyeSBlbmRwb2ludCBhdCBsZWFzdCBvbmNlOiB0aGUgc21va2UgY2hlY2suICovXG5leHBvcnQgY29uc3QgZXZlcnlFbmRwb2ludDogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnZXZlcnkgZW5kcG9pbnQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCB1c2VyID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgY29uc3QgYWRtaW4gPSBjbGllbnRGb3IoY3R4LCAnYWRtaW4nKTtcbiAgICBpZiAoIXVzZXIgfHwgIWFkbWluKSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gdXNlci5oZWFsdGgoKS5vaztcbiAgICBvayA9IHVzZXIubGlzdENvdXJzZXMoeyBsaW1pdDogNSB9KS5vayAmJiBvaztcbiAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzbW9rZScsIGN0eCksXG4gICAgICB0b3BpYzogJ3Ntb2tlIHRlc3RpbmcnLFxuICAgICAgbGV2ZWw6ICdpbnRlcm1lZGlhdGUnLFxuICAgICAgY2hhcHRlcl9jb3VudDogMixcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICBvayA9IHVzZXIuZ2V0Q291cnNlKGlkKS5vayAmJiBvaztcbiAgICBvayA9IHVzZXIudXBkYXRlQ291cnNlKGlkLCB7IHRpdGxlOiBgJHtjcmVhdGVkLmJvZHkudGl0bGV9IChlZGl0ZWQpYCB9KS5vayAmJiBvaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KHVzZXIsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gdXNlci5nZXRDaGFwdGVyKGlkLCBnZW5lcmF0aW9uLmpvYj8uY2hhcHRlcnNbMF0/LmluZGV4ID8/IDApLm9rICYmIG9rO1xuICAgICAgZm9yIChjb25zdCBmb3JtYXQgb2YgRVhQT1JUX0ZPUk1BVFMpIG9rID0gdXNlci5leHBvcnRDb3Vyc2UoaWQsIGZvcm1hdCkub2sgJiYgb2s7XG4gICAgfVxuICAgIG9rID0gYWRtaW4uYWRtaW5TdGF0cygpLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Kb2JzKDEwKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICByZXR1cm4gdXNlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcbiIsICIvLyBTdGFydGluZyBhIGNvdXJzZSdzIGdlbmVyYXRpb24gYW5kIGZvbGxvd2luZyBpdHMgam9iIHRvIHRoZSBlbmQsIHJlY29yZGluZyBob3cgbG9uZyBpdCB0b29rXG4vLyBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAodGhlIHNlcnZlcidzIHZpZXcpIGFuZCBmcm9tIHRoZSBwb2xsZXIncyAodGhlIHVzZXIncyB2aWV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIElkLCBKb2IgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQge1xuICBjaGFwdGVyR2VuZXJhdGlvbk1zLFxuICBjb3Vyc2VHZW5lcmF0aW9uTXMsXG4gIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLFxuICBnZW5lcmF0aW9uRmFpbGVkLFxufSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29tcGxldGVkOiBib29sZWFuO1xuICBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gbWlsbGlzQmV0d2Vlbihmcm9tOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkLCB0bzogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGlmICghZnJvbSB8fCAhdG8pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IG1zID0gRGF0ZS5wYXJzZSh0bykgLSBEYXRlLnBhcnNlKGZyb20pO1xuICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKG1zKSAmJiBtcyA+PSAwID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHJlY29yZEpvYlRpbWVzKGpvYjogSm9iKTogdm9pZCB7XG4gIGZvciAoY29uc3QgY2hhcHRlciBvZiBqb2IuY2hhcHRlcnMpIHtcbiAgICBjb25zdCBtcyA9IGNoYXB0ZXIuZHVyYXRpb25fbXMgPz8gbWlsbGlzQmV0d2VlbihjaGFwdGVyLnN0YXJ0ZWRfYXQsIGNoYXB0ZXIuZmluaXNoZWRfYXQpO1xuICAgIGlmICh0eXBlb2YgbXMgPT09ICdudW1iZXInICYmIGNoYXB0ZXIuc3RhdHVzID09PSAnY29tcGxldGVkJykgY2hhcHRlckdlbmVyYXRpb25Ncy5hZGQobXMpO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWlsbGlzQmV0d2Vlbihqb2IuY3JlYXRlZF9hdCwgam9iLmZpbmlzaGVkX2F0KTtcbiAgaWYgKHRvdGFsICE9PSB1bmRlZmluZWQpIGNvdXJzZUdlbmVyYXRpb25Ncy5hZGQodG90YWwpO1xufVxuXG4vKipcbiAqIFN0YXJ0cyBnZW5lcmF0aW9uIGFuZCBwb2xscyB0aGUgam9iIHVudGlsIGl0IGNvbXBsZXRlcywgZmFpbHMsIG9yIGB0aW1lb3V0U2AgcGFzc2VzLiBgY3VycmVudGBcbiAqIGdpdmVzIHRoZSBjbGllbnQgZm9yIGVhY2ggcG9sbCwgc28gYSB1c2VyIHdob3NlIHRva2VuIGV4cGlyZXMgd2hpbGUgd2FpdGluZyBsb2dzIGluIGFnYWluOyBpdFxuICogc3RvcHMgd2FpdGluZyB3aGVuIHRoZXJlIGlzIG5vbmUgKHRoZSBsb2dpbiBmYWlsZWQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGVBbmRXYWl0KFxuICBjbGllbnQ6IEFwaUNsaWVudCxcbiAgY291cnNlSWQ6IElkLFxuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXIsXG4gIHRpbWVvdXRTOiBudW1iZXIsXG4gIGN1cnJlbnQ6ICgpID0+IEFwaUNsaWVudCB8IHVuZGVmaW5lZCA9ICgpID0+IGNsaWVudCxcbik6IEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29uc3QgYWNjZXB0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY291cnNlSWQpO1xuICBpZiAoIWFjY2VwdGVkLmJvZHkpIHtcbiAgICBnZW5lcmF0aW9uRmFpbGVkLmFkZCh0cnVlKTtcbiAgICByZXR1cm4geyBjb21wbGV0ZWQ6IGZhbHNlLCBqb2I6IHVuZGVmaW5lZCB9O1xuICB9XG4gIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICBjb25zdCBkZWFkbGluZSA9IHN0YXJ0ZWQgKyB0aW1lb3V0UyAqIDEwMDA7XG4gIGxldCBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbiAgd2hpbGUgKERhdGUubm93KCkgPCBkZWFkbGluZSkge1xuICAgIHNsZWVwKHBvbGxJbnRlcnZhbFMpO1xuICAgIGNvbnN0IHBvbGxlciA9IGN1cnJlbnQoKTtcbiAgICBpZiAoIXBvbGxlcikgYnJlYWs7XG4gICAgY29uc3QgcG9sbGVkID0gcG9sbGVyLmdldEpvYihhY2NlcHRlZC5ib2R5LmpvYl9pZCk7XG4gICAgaWYgKCFwb2xsZWQuYm9keSkgY29udGludWU7XG4gICAgam9iID0gcG9sbGVkLmJvZHk7XG4gICAgaWYgKGpvYi5zdGF0dXMgPT09ICdjb21wbGV0ZWQnIHx8IGpvYi5zdGF0dXMgPT09ICdmYWlsZWQnKSBicmVhaztcbiAgfVxuICBjb25zdCBjb21wbGV0ZWQgPSBqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCc7XG4gIGdlbmVyYXRpb25GYWlsZWQuYWRkKCFjb21wbGV0ZWQpO1xuICBpZiAoY29tcGxldGVkICYmIGpvYikge1xuICAgIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLmFkZChEYXRlLm5vdygpIC0gc3RhcnRlZCk7XG4gICAgcmVjb3JkSm9iVGltZXMoam9iKTtcbiAgfVxuICByZXR1cm4geyBjb21wbGV0ZWQsIGpvYiB9O1xufVxuIiwgIi8vIEhvdyBzaW11bGF0ZWQgdXNlcnMgcGFjZSB0aGVtc2VsdmVzIGFuZCBjaG9vc2Ugd2hhdCB0byBkbyBuZXh0LlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5cbmxldCBob2xkUG9pbnQ6ICgoKSA9PiB2b2lkKSB8IHVuZGVmaW5lZDtcblxuLyoqIFNvbWV0aGluZyBldmVyeSB0aGluayBwb2ludCBydW5zIGFmdGVyIGl0cyBzbGVlcCAodGhlIGludGVyYWN0aXZlIGVudHJ5IGhvbGRzIHBhdXNlZCB1c2VycyB0aGVyZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc2V0SG9sZFBvaW50KGhvbGQ6ICgpID0+IHZvaWQpOiB2b2lkIHtcbiAgaG9sZFBvaW50ID0gaG9sZDtcbn1cblxuLyoqIFNsZWVwcyBhIHVuaWZvcm1seSBkcmF3biB0aGluayB0aW1lIGluIFttaW4sIG1heF0gc2Vjb25kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aGluayhyYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfSk6IHZvaWQge1xuICBjb25zdCBzZWNvbmRzID0gcmFuZ2UubWluICsgTWF0aC5yYW5kb20oKSAqIChyYW5nZS5tYXggLSByYW5nZS5taW4pO1xuICBpZiAoc2Vjb25kcyA+IDApIHNsZWVwKHNlY29uZHMpO1xuICBob2xkUG9pbnQ/LigpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdlaWdodGVkVGFzazxUPiB7XG4gIHdlaWdodDogbnVtYmVyO1xuICB0YXNrOiBUO1xufVxuXG4vKiogUGlja3Mgb25lIHRhc2sgd2l0aCBwcm9iYWJpbGl0eSBwcm9wb3J0aW9uYWwgdG8gaXRzIHdlaWdodC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrV2VpZ2h0ZWQ8VD4odGFza3M6IHJlYWRvbmx5IFdlaWdodGVkVGFzazxUPltdLCByYW5kb206IG51bWJlciA9IE1hdGgucmFuZG9tKCkpOiBUIHtcbiAgY29uc3QgdG90YWwgPSB0YXNrcy5yZWR1Y2UoKHN1bSwgdCkgPT4gc3VtICsgdC53ZWlnaHQsIDApO1xuICBsZXQgcG9pbnQgPSByYW5kb20gKiB0b3RhbDtcbiAgZm9yIChjb25zdCB0IG9mIHRhc2tzKSB7XG4gICAgcG9pbnQgLT0gdC53ZWlnaHQ7XG4gICAgaWYgKHBvaW50IDwgMCkgcmV0dXJuIHQudGFzaztcbiAgfVxuICByZXR1cm4gdGFza3NbdGFza3MubGVuZ3RoIC0gMV0hLnRhc2s7XG59XG5cbi8qKiBQaWNrcyBvbmUgZWxlbWVudCB1bmlmb3JtbHkuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja09uZTxUPihpdGVtczogcmVhZG9ubHkgVFtdKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBpdGVtcy5sZW5ndGggPT09IDAgPyB1bmRlZmluZWQgOiBpdGVtc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBpdGVtcy5sZW5ndGgpXTtcbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IGlzQXJyaXZhbFJhdGUsIHNjaGVkdWxlZEl0ZXJhdGlvbnMgfSBmcm9tICcuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnbG9naW4nKSByZXR1cm4gdGFyZ2V0cy5sb2dpblA5NU1zO1xuICByZXR1cm4gdGFyZ2V0cy5hcGlQOTVNcztcbn1cblxuLyoqIEFuIGVuZHBvaW50J3MgcDk5IGJ1ZGdldDogdGhlIEFQSSBwOTksIG9yIGl0cyBvd24gcDk1IGJ1ZGdldCB3aGVuIHRoYXQgaXMgaGlnaGVyIChleHBvcnQsIGxvZ2luKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFA5OShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICByZXR1cm4gTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKTtcbn1cblxuLyoqIEFQSSBwOTUvcDk5IG92ZXIgYWxsIGVuZHBvaW50cywgYW5kIHA5NSBwZXIgZW5kcG9pbnQgKGhlYWx0aCBhbmQgZXhwb3J0IHdpdGggdGhlaXIgb3duIGJ1ZGdldHMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhdGVuY3lHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTlNcyB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogRXJyb3IgcmF0ZSBvdmVyIGFsbCBBUEkgcmVxdWVzdHMgYW5kIHBlciBlbmRwb2ludCwgc28gb25lIGZhaWxpbmcgcm91dGUgaXMgbmFtZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZXJyb3JHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogU3RvcHMgYSBydW4gZWFybHkgd2hlbiBtb3N0IHJlcXVlc3RzIGZhaWwgKHBsYXRmb3JtIGRvd24gb3IgY3Jhc2hlZCk6IG5vIG1pbnV0ZXMgb2Ygbm9pc2UuICovXG5leHBvcnQgZnVuY3Rpb24gYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCA9ICcxMHMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IDAuNSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gIF07XG59XG5cbi8qKiBDaGVja3MgYW5kIHdob2xlIHdvcmtmbG93cyBtdXN0IHN1Y2NlZWQgb2Z0ZW4gZW5vdWdoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Y2Nlc3NHYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoZWNrcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICAgIHsgbWV0cmljOiAnd29ya2Zsb3dfc3VjY2VzcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogQ2hhcHRlciBnZW5lcmF0aW9uIHRpbWUgKHRoZSBqb2IncyBvd24gdGltZXN0YW1wcykgYW5kIGZhaWxlZCBnZW5lcmF0aW9uIGpvYnMuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGlvbkdhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmNoYXB0ZXJQOTVNcyB9XSB9LFxuICAgIHsgbWV0cmljOiAnZ2VuZXJhdGlvbl9mYWlsZWQnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIEVhY2ggZW5kcG9pbnQgYWdhaW5zdCBpdHMgb3duIGJ1ZGdldDogcDk1IChoZWFsdGggYW5kIGV4cG9ydCBoYXZlIHRoZWlyIG93bikgYW5kIHA5OSwgcGx1cyBpdHMgZXJyb3IgcmF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludEJ1ZGdldEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSwgZXJyb3JSYXRlOiBudW1iZXIpOiBHYXRlW10ge1xuICByZXR1cm4gZW5kcG9pbnRzLmZsYXRNYXAoKGVuZHBvaW50KSA9PiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk5KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dLFxuICAgIH0sXG4gIF0pO1xufVxuXG4vKiogYHNoYXJlYCBvZiBgc2NoZWR1bGVkYCwgcm91bmRlZCBkb3duICgwLjI5IHggMTAwIGlzIDI4Ljk5OS4uLiBpbiBmbG9hdGluZyBwb2ludDogYSBoYWlyIG9mIHNsYWNrIGtlZXBzIGl0IDI5KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxvd2VkRHJvcHMoc2hhcmU6IG51bWJlciwgc2NoZWR1bGVkOiBudW1iZXIpOiBudW1iZXIge1xuICByZXR1cm4gTWF0aC5mbG9vcihzaGFyZSAqIHNjaGVkdWxlZCArIDFlLTkpO1xufVxuXG4vKipcbiAqIEl0ZXJhdGlvbnMgYW4gb3BlbiBtb2RlbCBkaWQgbm90IHN0YXJ0IG9uIHRpbWUgKGs2J3MgZHJvcHBlZF9pdGVyYXRpb25zLCBwZXIgc2NlbmFyaW8pOiBhdCBtb3N0XG4gKiBgc2hhcmVgIG9mIGVhY2ggYXJyaXZhbC1yYXRlIHNjZW5hcmlvJ3Mgc2NoZWR1bGVkIGl0ZXJhdGlvbnMsIHJvdW5kZWQgZG93biwgc28gYSBzaG9ydCBydW4gb3IgYVxuICogc2xvdyBncm91cCBtYXkgZHJvcCBub25lLiBgYWJvcnRgIHN0b3BzIHRoZSBydW4gb25jZSBjcm9zc2VkIChicmVha3BvaW50OiBpdCBicm9rZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkcm9wcGVkSXRlcmF0aW9uR2F0ZXMoXG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+LFxuICBzaGFyZTogbnVtYmVyLFxuICBhYm9ydD86IHsgZGVsYXlBYm9ydEV2YWw6IHN0cmluZyB9LFxuKTogR2F0ZVtdIHtcbiAgcmV0dXJuIE9iamVjdC5lbnRyaWVzKHNjZW5hcmlvcylcbiAgICAuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGlzQXJyaXZhbFJhdGUoc2NlbmFyaW8pKVxuICAgIC5tYXAoKFtuYW1lLCBzY2VuYXJpb10pID0+ICh7XG4gICAgICBtZXRyaWM6ICdkcm9wcGVkX2l0ZXJhdGlvbnMnLFxuICAgICAgdGFnczogeyBzY2VuYXJpbzogbmFtZSB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAge1xuICAgICAgICAgIHN0YXQ6ICdjb3VudCcgYXMgY29uc3QsXG4gICAgICAgICAgb3A6ICc8PScgYXMgY29uc3QsXG4gICAgICAgICAgdmFsdWU6IGFsbG93ZWREcm9wcyhzaGFyZSwgc2NoZWR1bGVkSXRlcmF0aW9ucyhzY2VuYXJpbykpLFxuICAgICAgICAgIC4uLihhYm9ydCA/IHsgYWJvcnRPbkZhaWw6IHRydWUsIC4uLmFib3J0IH0gOiB7fSksXG4gICAgICAgIH0sXG4gICAgICBdLFxuICAgIH0pKTtcbn1cblxuLyoqXG4gKiBicmVha3BvaW50OiBBUEkgcDk1IGFuZCBlcnJvciByYXRlIGFib3J0IHRoZSBydW4gb25jZSBjcm9zc2VkIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgIG9mIGRhdGEpO1xuICogdGhlIHN1c3RhaW5lZC1yYXRlIG1ldHJpYyBpcyBsaXN0ZWQgd2l0aCBhbiBhbHdheXMtdHJ1ZSBydWxlIHNvIHRoZSBzdW1tYXJ5IHNob3dzIGl0cyB2YWx1ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJyZWFrcG9pbnRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBzdXN0YWluZWRNZXRyaWM6IHN0cmluZywgZGVsYXlBYm9ydEV2YWwgPSAnNXMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiBzdXN0YWluZWRNZXRyaWMsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc+PScsIHZhbHVlOiAwIH1dIH0sXG4gIF07XG59XG5cbi8qKiBUaGUgZ2F0ZXMgb2YgZW50cmllcyB0aGF0IHJ1biB0aGUgdXNlciB3b3JrZmxvd3M6IHBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMsIGFib3J0LCBzdWNjZXNzLCBnZW5lcmF0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdvcmtmbG93R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBkZWxheUFib3J0RXZhbD86IHN0cmluZyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgLi4ubGF0ZW5jeUdhdGVzKHRhcmdldHMsIGVuZHBvaW50cyksXG4gICAgLi4uZXJyb3JHYXRlcyh0YXJnZXRzLCBlbmRwb2ludHMpLFxuICAgIC4uLmFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwpLFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyh0YXJnZXRzKSxcbiAgICAuLi5nZW5lcmF0aW9uR2F0ZXModGFyZ2V0cyksXG4gIF07XG59XG4iLCAiLy8gVGhlIHF1aWNrIGNoZWNrIGZvciBDSTogb25lIFZVIGZvciBhYm91dCAxMCBzIGNhbGxpbmcgZXZlcnkgZW5kcG9pbnQgYXQgbGVhc3Qgb25jZSwgYWdhaW5zdCB0aGVcbi8vIHNhbWUgdGhyZXNob2xkcyBhcyB0aGUgbWFpbiBqb2IuXG5cbmltcG9ydCB7IHNtb2tlRW50cnkgfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJpZXMudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5pbXBvcnQgeyBjb25maWcgfSBmcm9tICcuLi9saWIvY29uZmlnL2Vudi50cyc7XG5pbXBvcnQgeyBFTkRQT0lOVFMgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IHdpdGhTZWNyZXRzIH0gZnJvbSAnLi4vbGliL3VzZXJzL3Nlc3Npb24udHMnO1xuaW1wb3J0IHsgcHJlcGFyZVJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vbGliL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IHJ1bldvcmtmbG93IH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMnO1xuaW1wb3J0IHsgZXZlcnlFbmRwb2ludCB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzJztcbmltcG9ydCB7IHdvcmtmbG93R2F0ZXMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2dhdGVzLnRzJztcblxuY29uc3QgeyBzZWNvbmRzOiBTTU9LRV9TRUNPTkRTIH0gPSBzbW9rZUVudHJ5LnNldHRpbmdzKCk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywgKCkgPT4gKHtcbiAgcm9sZXM6IFsncG93ZXInLCAnYWRtaW4nXSwgLy8gY2xhc3NlcyB3aG9zZSBWVXMgbG9nIGluIGFzIHRoZWlyIG93biBwb29sIGFjY291bnRcbiAgd2FsbFRpbWVTOiBTTU9LRV9TRUNPTkRTLFxuICBzY2VuYXJpb3M6IHtcbiAgICBzbW9rZTogeyBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsIGV4ZWM6ICdzbW9rZScsIHZ1czogMSwgZHVyYXRpb246IGAke1NNT0tFX1NFQ09ORFN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfSxcbiAgfSxcbiAgZ2F0ZXM6IHdvcmtmbG93R2F0ZXMoY29uZmlnLnRhcmdldHMsIEVORFBPSU5UUywgJzVzJyksXG59KSk7XG5cbmV4cG9ydCB7IHBvbGxSZXNvdXJjZXMsIHRlYXJkb3duIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5leHBvcnQgY29uc3QgaGFuZGxlU3VtbWFyeSA9IG1ha2VIYW5kbGVTdW1tYXJ5KHsgc2NlbmFyaW86ICdzbW9rZScgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXR1cCgpOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVSdW4oY29uZmlnKTtcbn1cblxuZXhwb3J0IGNvbnN0IHNtb2tlID0gd2l0aFNlY3JldHMoKGRhdGE6IFJ1bkRhdGEpOiB2b2lkID0+IHtcbiAgcnVuV29ya2Zsb3coJ3Ntb2tlJywgZXZlcnlFbmRwb2ludCwgeyBjb25maWcsIGRhdGEgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7QUFpQ08sSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsY0FBYztBQUFBLEVBQ2QsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ3JDTSxJQUFNLFFBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDL0IsT0FBTztBQUNsQjtBQU1PLFNBQVMsY0FBY0EsT0FBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTUMsUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPRCxNQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVNBLE1BQUssTUFBTSxDQUFDLElBQUlBO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyxtQkFBUztBQUNUO0FBQUEsUUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO0FBQUEsWUFDMUIsVUFBUztBQUFBLE1BQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsZ0JBQVE7QUFDUixvQkFBWTtBQUFBLE1BQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxpQkFBUyxZQUFZO0FBQ3JCLGdCQUFRO0FBQUEsTUFDVixNQUFPLFVBQVM7QUFBQSxJQUNsQjtBQUNBLFFBQUksT0FBUSxDQUFBQyxNQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsV0FBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxRQUFJLENBQUMsU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLFlBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLFVBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0QsUUFBQUEsTUFBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQUEsTUFDaEg7QUFDQSxnQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGNBQVEsT0FBTztBQUNmO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxXQUFXLE1BQU8sQ0FBQUEsTUFBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxVQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxVQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxVQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsUUFBSSxVQUFVLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxRQUFJLGFBQWEsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFFBQUksQ0FBRSxNQUE0QixTQUFTLElBQUk7QUFDN0MsTUFBQUEsTUFBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixRQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsU0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGFBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsTUFBSSxDQUFDLFFBQVMsQ0FBQUEsTUFBSyxHQUFHLHFGQUFxRjtBQUMzRyxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGNBQWMsTUFBYyxNQUF5QjtBQUNuRSxRQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsUUFBTSxXQUFXO0FBQ2pCLGFBQVcsUUFBUSxLQUNoQixNQUFNLEdBQUcsRUFDVCxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMxQixVQUFNLFFBQVEsb0NBQW9DLEtBQUssSUFBSTtBQUMzRCxRQUFJLENBQUM7QUFDSCxZQUFNLElBQUksZUFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU0sSUFBSSxtQkFBbUIsUUFBUSxFQUFFO0FBQ3pHLFVBQU0sTUFBTSxDQUFDLENBQVMsSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQUEsRUFDM0M7QUFDQSxNQUFJLE1BQU0sVUFBVSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQ2hELFVBQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDMUYsU0FBTztBQUNUO0FBR08sU0FBUyxVQUFVLE1BQVksR0FBbUI7QUFDdkQsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzlDO0FBR08sU0FBUyxvQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxPQUFPLElBQUksSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ2xELGFBQ0UsR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztBQUFBLElBRzlHO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9PLFNBQVMsVUFBVSxXQUE0RDtBQUNwRixNQUFJLFFBQVE7QUFDWixhQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxVQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixRQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7QUFBQSxhQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtBQUFBLGFBQ3pDLE9BQU8sRUFBRSxvQkFBb0IsU0FBVSxVQUFTLEVBQUU7QUFBQSxRQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNqQztBQUNBLFNBQU87QUFDVDs7O0FDN0ZPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUdPLElBQU0sZ0JBQWdCLEtBQUs7QUFDM0IsSUFBTSxrQkFBa0I7QUFJL0IsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsTUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsU0FBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0FBQ2pDO0FBRUEsU0FBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQ2pELFFBQU0sUUFBUSx5Q0FBeUMsS0FBSyxLQUFLO0FBQ2pFLFFBQU0sV0FBVztBQUNqQixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RDLFFBQU0sTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNCLFFBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFZLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRCxNQUFJLE1BQU0sT0FBTyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNyRCxTQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ3BCO0FBRUEsU0FBUyxLQUFLLEtBQVUsTUFBdUI7QUFDN0MsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsTUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsU0FBTyxLQUFLLE1BQU0sT0FBTyxlQUFlO0FBQzFDO0FBRUEsU0FBUyxTQUFTLEtBQVUsTUFBd0I7QUFDbEQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPLENBQUM7QUFDakQsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsWUFBWSxDQUFDO0FBQ3RFLE1BQUksTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLG1DQUFtQyxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3hFLFNBQUssTUFBTSxPQUFPLHNGQUFzRjtBQUFBLEVBQzFHO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLFNBQU87QUFBQSxJQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7QUFBQSxJQUNqRCxVQUFVLEtBQUssS0FBSyxHQUFHLE1BQU0sYUFBYSxnQkFBZ0I7QUFBQSxFQUM1RDtBQUNGO0FBRUEsU0FBUyxTQUFTLEtBQVUsTUFBcUM7QUFDL0QsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPO0FBQ2hELE1BQUk7QUFDRixXQUFPLGNBQWMsT0FBTyxJQUFJO0FBQUEsRUFDbEMsU0FBUyxPQUFPO0FBQ2QsVUFBTSxJQUFJLFlBQVksaUJBQWlCLGlCQUFpQixNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxFQUN2RjtBQUNGO0FBRUEsU0FBUyxRQUFRLEtBQTZCO0FBQzVDLFFBQU0sVUFBVSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssK0JBQStCLEVBQUU7QUFDckUsUUFBTSxZQUFZLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSyxpQ0FBaUMsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDO0FBQzNGLE1BQUksWUFBWTtBQUNkLFNBQUssaUNBQWlDLE9BQU8sU0FBUyxHQUFHLHdDQUF3QyxPQUFPLEdBQUc7QUFDN0csU0FBTyxFQUFFLFNBQVMsV0FBVyxRQUFRLEtBQUssS0FBSyw0QkFBNEIsRUFBRTtBQUMvRTtBQUdPLFNBQVMsWUFBWSxLQUFrQjtBQUM1QyxRQUFNLElBQUk7QUFDVixRQUFNLFlBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixRQUFNLFVBQVUsUUFBUSxHQUFHLGFBQWE7QUFBQSxJQUN0QztBQUFBLElBQ0E7QUFBQSxJQUNBLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDckQ7QUFDQSxTQUFPO0FBQUEsSUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtBQUFBLElBQ3JELE9BQU87QUFBQSxNQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO0FBQUEsTUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsTUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsSUFDN0U7QUFBQSxJQUNBO0FBQUEsSUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO0FBQUEsSUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7QUFBQSxJQUNoRTtBQUFBLElBQ0EsV0FBVyxRQUFRLEdBQUcsZUFBZSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJLE9BQU8sQ0FBQztBQUFBLElBQzFGLFNBQVMsUUFBUSxLQUFLLDBCQUEwQjtBQUFBLElBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtBQUFBLElBQ25ELGVBQWUsU0FBUyxLQUFLLElBQUksc0JBQXNCLEtBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDO0FBQUEsSUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO0FBQUEsSUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztBQUFBLElBQzdELFlBQVksSUFBSSxLQUFLLGVBQWUsTUFBUztBQUFBLElBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtBQUFBLElBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtBQUFBLElBQ3ZELFNBQVM7QUFBQSxNQUNQLFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxZQUFZLE9BQU8sS0FBSywwQkFBMEIsRUFBRSxVQUFVO0FBQUEsTUFDOUQsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtBQUFBLE1BQzdGLGFBQWEsU0FBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7QUFBQSxNQUNsRSxXQUFXLFNBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO0FBQUEsTUFDNUQsY0FBYztBQUFBLFFBQ1o7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxZQUFZO0FBQUEsTUFDaEQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtBQUFBLE1BQ3pFLFlBQVksU0FBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7QUFBQSxNQUM5RixzQkFBc0I7QUFBQSxRQUNwQjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLE1BQ0YsRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtBQUFBLElBQ3JFO0FBQUEsSUFDQSxXQUFXLElBQUksS0FBSyx3QkFBd0IsS0FBSztBQUFBLElBQ2pELFdBQVcsU0FBUyxLQUFLLFlBQVk7QUFBQSxJQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7QUFBQSxJQUNyRCxTQUFTLFFBQVEsR0FBRztBQUFBLEVBQ3RCO0FBQ0Y7OztBQ3pMQSxJQUFNLGdCQUFnQjtBQWdCZixJQUFNLGFBQWE7QUFBQSxFQUN4QixPQUFPO0FBQUEsRUFDUCxRQUFRO0FBQUEsRUFDUixVQUFVLE9BQU8sRUFBRSxTQUFTLGNBQWM7QUFDNUM7OztBQ3pCQSxJQUFJO0FBQ0osSUFBTSxVQUFVLE1BQ2IsYUFBYTtBQUFBLEVBQ1osWUFBWTtBQUFBLEVBQ1osU0FBUztBQUFBLEVBQ1QsWUFBWTtBQUNkO0FBR0ssU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxJQUFJO0FBQUEsUUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtBQUFBLE1BQzFDO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFDN0IsVUFBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BHLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUMsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPO0FBQUEsSUFDTCxXQUFXQTtBQUFBLElBQ1gsYUFBYTtBQUFBLElBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO0FBQUEsRUFDdkU7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ3pDTyxJQUFNLGdCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhOzs7QUN3RGxFLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPOzs7QUMvRmxHLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQVU7QUFDakIsT0FBTyxVQUFVO0FBQ2pCLFNBQVMsU0FBUyxhQUFhO0FBSy9CLElBQU0sbUJBQW1CLElBQUksTUFBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSSxNQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJLE1BQU0sa0JBQWtCO0FBRW5ELElBQU0sdUJBQXVCLElBQUksUUFBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLGlDQUFpQztBQVd0RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBQ0osSUFBSSxhQUFhO0FBTWpCLFNBQVMsVUFBVSxZQUFvQixPQUFxQztBQUMxRSxRQUFNLE1BQU0sS0FBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO0FBQUEsSUFDdEUsR0FBRztBQUFBLElBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxFQUNoRCxDQUFVO0FBQ1YsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7QUFDOUM7QUFHQSxJQUFNLFNBQVM7QUFVUixTQUFTLGtCQUFrQixXQUFtQixXQUE4QjtBQUNqRixTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFNO0FBQUEsSUFDTixLQUFLO0FBQUEsSUFDTCxVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDOUMsY0FBYyxHQUFHLE1BQU07QUFBQSxJQUN2QixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztBQUFBLEVBQ25DO0FBQ0Y7QUFFQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU08sU0FBUyxjQUFjLFlBQTBCO0FBRXRELE1BQUksQ0FBQyxXQUFZLGNBQWEsVUFBVSxZQUFZLE1BQU07QUFDMUQsYUFBUztBQUNQLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsYUFBUyxVQUFVO0FBQ25CLFVBQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxRQUFJLEtBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsUUFBSSxLQUFLLFNBQVMsYUFBYSxFQUFHO0FBQUEsRUFDcEM7QUFDQSxZQUFVLFlBQVksVUFBVTtBQUNoQyxXQUFTLFVBQVU7QUFDckI7QUFFQSxTQUFTLFNBQVMsWUFBMEI7QUFDMUMsUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FDSixJQUFJLFdBQVcsTUFBTSxNQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6Qyx5QkFBcUIsSUFBSSxDQUFDO0FBQzFCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxzQkFBcUIsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUMzRyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQ3BDLFFBQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxVQUFVLE9BQVE7QUFDM0QscUJBQWlCLElBQUksT0FBTyxXQUFXO0FBQ3ZDLDBCQUFzQixJQUFJLE9BQU8saUJBQWlCO0FBQ2xELG1CQUFlLElBQUksT0FBTyxTQUFTO0FBQUEsRUFDckM7QUFHQSxNQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLFNBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtBQUN2RjtBQU9PLFNBQVMsUUFBUSxZQUEwQjtBQUNoRCxZQUFVLFlBQVksVUFBVTtBQUNoQyxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCO0FBQ3pELHVCQUFtQixJQUFJLFFBQVEsd0JBQXdCO0FBQzNEO0FBZU8sU0FBUyxjQUFjLFFBQWdDO0FBQzVELFFBQU0sUUFBZ0I7QUFBQSxJQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO0FBQUEsSUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtBQUFBLEVBQ2pHO0FBQ0EsTUFBSSxPQUFPLG1CQUFtQjtBQUM1QixVQUFNLEtBQUs7QUFBQSxNQUNULFFBQVE7QUFBQSxNQUNSLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQztBQUFBLElBQ2hFLENBQUM7QUFDSCxNQUFJLE9BQU87QUFDVCxVQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUNoRyxTQUFPO0FBQ1Q7OztBQ3JLQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVOzs7QUNEVixJQUFNLFNBQWlCLFlBQVksS0FBSzs7O0FEc0IvQyxTQUFTLFNBQVMsTUFBc0I7QUFDdEMsTUFBSTtBQUNGLFdBQU8sS0FBSyxJQUFJO0FBQUEsRUFDbEIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxJQUFJO0FBQUEsTUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNqRTtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVE7QUFDakIsV0FBTyxJQUFJLElBQUksSUFBSTtBQUFBLE1BQ2pCLFNBQVMsSUFBSTtBQUFBLE1BQ2IsTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO0FBQUEsSUFDaEQ7QUFDRixTQUFPO0FBQUEsSUFDTCxRQUFRLDBCQUEwQixJQUFJO0FBQUEsSUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsSUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUVBLFNBQVMsU0FBU0MsU0FBc0I7QUFDdEMsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsT0FBT0EsUUFBTztBQUFBLE1BQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUFBLElBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO0FBQUEsRUFDN0U7QUFDRjtBQUdPLFNBQVMsWUFBWUMsT0FBWSxNQUFZQyxnQkFBNEM7QUFDOUYsUUFBTSxPQUFPRCxNQUFLLE1BQU0sSUFBSTtBQUM1QixTQUFPLFNBQVMsSUFBSSxTQUFZQSxNQUFLLFFBQVEsT0FBT0UsTUFBSyxHQUFHLFdBQVcsS0FBSyxNQUFNRCxjQUFhO0FBQ2pHO0FBR08sU0FBUyxlQUFlRCxPQUFZLE9BQXdCLE9BQXFCO0FBQ3RGLFFBQU0sU0FBb0IsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMzRCxhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxRQUFNLFVBQVUsb0JBQW9CQSxNQUFLLE9BQU8sUUFBUUEsTUFBSyxNQUFNO0FBQ25FLE1BQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0FBQ3RDO0FBR08sSUFBTSxPQUFhLFNBQVMsTUFBUzs7O0FFOUU1QyxTQUFTLFNBQUFHLGNBQWE7QUFDdEIsT0FBT0MsV0FBVTtBQUNqQixPQUFPQyxXQUFVO0FBQ2pCLE9BQU8sYUFBYTs7O0FDTHBCLFNBQVMsYUFBYTtBQUN0QixPQUFPQyxXQUF1RDs7O0FDRnZELElBQU0sWUFBWTtBQUFBLEVBQ3ZCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBS08sSUFBTSxZQUFZOzs7QUNoQnpCLElBQU0sTUFBTSxDQUFDLE9BQW1CLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUV0RCxJQUFNLFFBQVE7QUFBQSxFQUNuQixRQUFRLE1BQU07QUFBQSxFQUNkLE9BQU8sTUFBTTtBQUFBLEVBQ2IsU0FBUyxNQUFNO0FBQUEsRUFDZixRQUFRLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUM5QyxVQUFVLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNoRCxLQUFLLENBQUMsT0FBVyxnQkFBZ0IsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUN4QyxTQUFTLENBQUMsSUFBUSxVQUFrQixtQkFBbUIsSUFBSSxFQUFFLENBQUMsYUFBYSxLQUFLO0FBQUEsRUFDaEYsY0FBYyxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDcEQsWUFBWSxNQUFNO0FBQUEsRUFDbEIsV0FBVyxNQUFNO0FBQUEsRUFDakIsWUFBWSxNQUFNO0FBQ3BCO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUlBLElBQU0saUJBQThFLENBQUM7QUFDckYsV0FBVyxZQUFZLFlBQVk7QUFDakMsaUJBQWUsUUFBb0IsSUFBSSxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFvQixFQUFFO0FBQzlHO0FBR08sU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLFNBQU8sZUFBZSxRQUFRO0FBQ2hDOzs7QUZzQ0EsSUFBTSxRQUFRLENBQUksU0FBOEM7QUFFaEUsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUV0RCxJQUFNLFNBQVM7QUFBQSxFQUNiLFFBQVEsTUFBMEIsQ0FBQyxVQUFVLE1BQU0sUUFBUSxNQUFNLElBQUk7QUFBQSxFQUNyRSxPQUFPLE1BQWEsQ0FBQyxVQUFVO0FBQzdCLFVBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsRUFDaEQsQ0FBQztBQUFBLEVBQ0QsWUFBWSxNQUFrQixDQUFDLFVBQVUsUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hHLFFBQVEsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hGLG9CQUFvQixNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsYUFBYSxNQUF5QyxDQUFDLFVBQVUsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDdEYsS0FBSyxNQUFXLENBQUMsVUFBVSxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsU0FBUyxNQUFlLENBQUMsVUFBVSxPQUFPLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUN2RSxXQUFXLE1BQStCLENBQUMsVUFBVTtBQUNuRCxVQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUM1RSxDQUFDO0FBQ0g7QUFTQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtBQUNsRTtBQUdBLElBQUk7QUFFSixJQUFNLFlBQW1CLENBQUMsU0FBUztBQUNqQyxNQUFJO0FBQ0YsV0FBTyxRQUFTLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGFBQU4sTUFBeUM7QUFBQSxFQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTO0FBQ0E7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsTUFBSSxXQUFXLGdCQUFnQixNQUFNO0FBQ3JDLE1BQUksYUFBYSxRQUFXO0FBQzFCLGVBQVdDLE1BQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLE1BQU0sSUFBSTtBQUFBLEVBQzVCO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJQyxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFFBQUksQ0FBQ0EsU0FBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsTUFBQUEsVUFBUztBQUFBLFFBQ1A7QUFBQSxRQUNBLE1BQU0sWUFBWSxRQUFRO0FBQUEsUUFDMUIsU0FBUyxLQUFLO0FBQUEsUUFDZCxrQkFBa0IsYUFBYSxRQUFRO0FBQUEsTUFDekM7QUFFQSxVQUFJLENBQUMsVUFBVyxDQUFBQSxRQUFPLGVBQWU7QUFDdEMsV0FBSyxPQUFPLFFBQVEsSUFBSUE7QUFBQSxJQUMxQjtBQUNBLFdBQU9BO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBQyxRQUNBLFNBQ1c7QUFDWCxVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU1DLE1BQUs7QUFBQSxNQUNmO0FBQUEsTUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7QUFBQSxNQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7QUFBQSxNQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWFELFdBQVUsTUFBUztBQUFBLElBQ3JFO0FBRUEsVUFBTSxTQUFTLElBQUk7QUFDbkIsVUFBTSxXQUFXLFdBQVc7QUFDNUIsUUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFFBQUksVUFBVSxDQUFDQTtBQUNmLFFBQUlBLFVBQVMsVUFBVTtBQUNyQixnQkFBVTtBQUNWLGdCQUFVLE9BQU8sR0FBRyxLQUFLQSxPQUFNLFNBQVM7QUFDeEMsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVVBLFdBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFdBQU8sSUFBSSxXQUFjLE9BQU8sUUFBUUEsVUFBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO0FBQUEsRUFDeEY7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTTtBQUFBLEVBQ3RFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLE1BQU0sTUFBTSxHQUFHLEtBQUssT0FBTyxPQUFPLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUN6RjtBQUFBLEVBRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFFBQUksU0FBUztBQUNiLGVBQVcsT0FBTyxPQUFPO0FBQ3ZCLFlBQU0sUUFBUSxNQUFNLEdBQXlCO0FBQzdDLFVBQUksVUFBVSxPQUFXLFdBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3JHO0FBQ0EsV0FBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBRyxNQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLE9BQU8sVUFBVTtBQUFBLEVBQy9GO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLE1BQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU07QUFBQSxFQUN2RjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sa0JBQWtCO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxRQUFRLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQzlFO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLE1BQU0sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLE1BQU0sSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLE9BQU87QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsTUFBTSxhQUFhLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUN2RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxNQUFNLFVBQVUsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ3BHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUNGOzs7QUdoVkEsU0FBUyxTQUFBRSxjQUFhO0FBQ3RCLE9BQU9DLFdBQTBFOzs7QUNIMUUsSUFBTSxnQkFBZ0I7QUFFdEIsSUFBTSxtQkFBbUI7QUFFekIsU0FBUyxhQUFhLEdBQW1CO0FBQzlDLFNBQU8sR0FBRyxhQUFhLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUN2RDtBQUdPLFNBQVMsU0FBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELFNBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztBQUM1RTtBQUdPLFNBQVMsUUFBUSxPQUFtQztBQUN6RCxRQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxTQUFPLFFBQVEsQ0FBQztBQUNsQjtBQUdBLFNBQVMsV0FBVyxPQUFtQztBQUNyRCxRQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLFNBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0FBQ3BDO0FBT08sSUFBTSxxQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFPekMsU0FBUyxXQUFXLE9BQWUsU0FBaUIsS0FBdUI7QUFDaEYsTUFBSSxDQUFDLE1BQU0sV0FBVyxnQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFFBQU0sUUFBUSxRQUFRLEtBQUs7QUFDM0IsTUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsUUFBTSxVQUFVLFdBQVcsS0FBSztBQUNoQyxTQUFPLFlBQVksVUFBYSxXQUFXLFdBQVcsT0FBTyxLQUFLLEtBQUs7QUFDekU7OztBRHBDQSxJQUFNLGNBQWM7QUFDcEIsSUFBTSxhQUFhO0FBc0JuQixJQUFNLFdBQVc7QUFFakIsSUFBSSxVQUFVO0FBQ2QsSUFBTSxZQUFZLENBQUMsUUFBa0IsSUFBSSxXQUFXLEtBQUssSUFBSSxVQUFVO0FBVXZFLFNBQVMsUUFBUUMsUUFBZSxNQUFtQyxVQUFvRDtBQUNySCxXQUFTLFFBQVEsR0FBRyxRQUFRQSxRQUFPLFNBQVMsYUFBYTtBQUN2RCxVQUFNLFFBQXdCLENBQUM7QUFDL0IsYUFBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUlBLFFBQU8sUUFBUSxXQUFXLEdBQUcsSUFBSyxPQUFNLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDckYsVUFBTSxNQUFNQyxNQUFLLE1BQU0sS0FBSztBQUM1QixhQUFTLFVBQVUsR0FBRyxVQUFVLFVBQVUsV0FBVztBQUNuRCxZQUFNLFFBQVEsSUFBSSxJQUFJLENBQUMsS0FBSyxNQUFPLFVBQVUsR0FBRyxJQUFJLElBQUksRUFBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztBQUNqRixVQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLGlCQUFXLE1BQU07QUFDakIsTUFBQUMsT0FBTSxNQUFNLE1BQU0sVUFBVSxFQUFFO0FBQzlCLE1BQUNELE1BQUssTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBaUIsUUFBUSxDQUFDLEtBQUssTUFBTTtBQUMxRSxZQUFJLE1BQU0sQ0FBQyxDQUFFLElBQUk7QUFBQSxNQUNuQixDQUFDO0FBQUEsSUFDSDtBQUNBLFFBQUksUUFBUSxDQUFDLEtBQUssTUFBTTtBQUN0QixlQUFTLEtBQUssUUFBUSxDQUFDO0FBQUEsSUFDekIsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUdBLFNBQVMsT0FBTyxNQUFjLE9BQWdCLFdBQVcsT0FBTztBQUM5RCxRQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsTUFBSSxTQUFVLFNBQVEsY0FBYyxJQUFJO0FBQ3hDLE1BQUksTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUs7QUFDbEQsU0FBTyxFQUFFLFNBQVMsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLFVBQVUsSUFBSSxHQUFHLEdBQUcsU0FBUyxNQUFNO0FBQ3JGO0FBRUEsU0FBUyxLQUFRLEtBQThCO0FBQzdDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7QUFBQSxFQUN0QyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsV0FDZEUsU0FDQSxPQUNBLFVBQytDO0FBQy9DLFFBQU0sU0FBd0QsRUFBRSxPQUFPLFFBQVcsUUFBUSxFQUFFO0FBQzVGO0FBQUEsSUFDRTtBQUFBLElBQ0EsT0FBTztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHQSxRQUFPLE9BQU8sR0FBRyxNQUFNLE1BQU0sQ0FBQztBQUFBLE1BQ3RDLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxNQUN4QyxRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7QUFBQSxJQUN6QztBQUFBLElBQ0EsQ0FBQyxRQUFRO0FBQ1AsYUFBTyxTQUFTLElBQUk7QUFDcEIsYUFBTyxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQUEsSUFDM0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBZ0JPLFNBQVMsY0FBY0EsU0FBZ0IsUUFBZ0M7QUFDNUUsUUFBTSxFQUFFLFNBQVMsUUFBUSxXQUFXLGtCQUFrQixPQUFPLElBQUlBLFFBQU87QUFDeEUsUUFBTSxTQUF3QjtBQUFBLElBQzVCLFVBQVUsT0FBTztBQUFBLElBQ2pCLFNBQVM7QUFBQSxJQUNULFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFdBQVc7QUFBQSxJQUNYLFNBQVM7QUFBQSxFQUNYO0FBQ0EsTUFBSSxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoRCxRQUFNLGdCQUFnQjtBQUN0QixRQUFNLFVBQW1CLEVBQUUsTUFBTUEsUUFBTyxTQUFTLFFBQVEsUUFBUSxDQUFDLEdBQUcsT0FBTztBQUM1RTtBQUFBLElBQ0U7QUFBQSxJQUNBLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQUEsRUFDeEI7QUFDQSxNQUFJLFNBQVMsYUFBYSxPQUFPO0FBQ2pDLE1BQUksT0FBUSxVQUFTLGVBQWUsU0FBUyxNQUFNO0FBQ25ELFFBQU0sYUFBYSxjQUFjLFNBQVMsUUFBUSxRQUFRLGdCQUFnQjtBQUMxRSxrQkFBZ0IsU0FBUyxnQkFBZ0IsU0FBUyxVQUFVLEdBQUdBLFFBQU8sa0JBQWtCO0FBQ3hGLFNBQU8sVUFBVSxVQUFVO0FBQzNCLFNBQU87QUFDVDtBQUdBLFNBQVMsTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksT0FBdUI7QUFDdkU7QUFBQSxJQUNFLE1BQU07QUFBQSxJQUNOLENBQUMsT0FBTztBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE1BQU0sQ0FBQztBQUFBLE1BQzVCLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsT0FBTyxVQUFVLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxTQUFTLENBQUM7QUFBQSxNQUMvRixRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7QUFBQSxJQUN6QztBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFDeEYsVUFBSSxDQUFDO0FBQ0gsY0FBTSxJQUFJO0FBQUEsVUFDUiwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDeEg7QUFDRixhQUFPLE1BQU0sQ0FBQyxDQUFFLElBQUk7QUFBQSxJQUN0QjtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsYUFBYSxFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQXNCO0FBQ2pFLFFBQU0sVUFBVSxHQUFHLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxNQUFNLG1CQUFtQixhQUFhLENBQUMsVUFBVSxVQUFVO0FBQ3BHLFFBQU0sU0FBbUIsQ0FBQztBQUMxQjtBQUFBLElBQ0UsT0FBTztBQUFBLElBQ1AsQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUU7QUFBQSxJQUNqRixDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLElBQUk7QUFDdEYsVUFBSSxDQUFDO0FBQ0gsY0FBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sQ0FBQyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ3hHLGFBQU8sQ0FBQyxJQUFJLEVBQUUsT0FBTyxLQUFLLE9BQU8sS0FBSyxLQUFLLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxFQUFFLEVBQUU7QUFBQSxJQUNwRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGVBQWUsU0FBa0IsUUFBNEI7QUFDcEUsUUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDakMsV0FBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDakYsVUFBTSxTQUFTLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLFFBQVEsRUFBRSxPQUFPLEdBQUcsR0FBRyxFQUFFLENBQUM7QUFDN0U7QUFBQSxNQUNFLE9BQU87QUFBQSxNQUNQLENBQUMsT0FBTztBQUFBLFFBQ04sUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO0FBQUEsUUFDMUMsUUFBUSxPQUFPLGtCQUFrQixPQUFPLE9BQU8sQ0FBQyxFQUFHLEtBQUssQ0FBQztBQUFBLE1BQzNEO0FBQUEsTUFDQSxDQUFDLFFBQVE7QUFDUCxZQUFJLElBQUksV0FBVyxJQUFLLFFBQU87QUFBQSxNQUNqQztBQUFBLElBQ0Y7QUFDQSxhQUFTLGFBQWEsT0FBTztBQUFBLEVBQy9CO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxjQUNQLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUMvQixRQUNBLFFBQ0Esa0JBQzZCO0FBQzdCLFFBQU0sWUFBK0QsQ0FBQztBQUN0RSxTQUFPLFFBQVEsQ0FBQyxPQUFPLE1BQU07QUFDM0IsVUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3hCLFFBQUksUUFBUSxPQUFRLFFBQU87QUFDM0IsYUFBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVE7QUFDbEMsZ0JBQVUsS0FBSyxFQUFFLE9BQU8sR0FBRyxHQUFHLFVBQVUsTUFBTSxTQUFTLGFBQWEsS0FBSyxpQkFBaUIsQ0FBQztBQUFBLEVBQy9GLENBQUM7QUFDRCxRQUFNLGFBQTBDLENBQUM7QUFDakQ7QUFBQSxJQUNFLFVBQVU7QUFBQSxJQUNWLENBQUMsTUFBTTtBQUNMLFlBQU0sRUFBRSxPQUFPLEdBQUcsU0FBUyxJQUFJLFVBQVUsQ0FBQztBQUMxQyxZQUFNLFNBQVM7QUFBQSxRQUNiLE9BQU8sYUFBYSxDQUFDO0FBQUEsUUFDckIsT0FBTyxpQkFBaUIsQ0FBQztBQUFBLFFBQ3pCLE9BQU87QUFBQSxRQUNQLGVBQWUsV0FBVyxJQUFJO0FBQUEsTUFDaEM7QUFDQSxhQUFPO0FBQUEsUUFDTCxRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDO0FBQUEsUUFDOUIsTUFBTSxLQUFLLFVBQVUsTUFBTTtBQUFBLFFBQzNCLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxLQUFLLEdBQUcsSUFBSTtBQUFBLE1BQ3REO0FBQUEsSUFDRjtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sS0FBaUIsR0FBRyxHQUFHLEtBQUs7QUFDNUQsVUFBSSxPQUFPO0FBQ1QsY0FBTSxJQUFJO0FBQUEsVUFDUixrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDdkc7QUFDRixhQUFPO0FBQ1AsVUFBSSxVQUFVLENBQUMsRUFBRyxTQUFVLFlBQVcsS0FBSyxFQUFFLE9BQU8sVUFBVSxDQUFDLEVBQUcsT0FBTyxHQUFHLENBQUM7QUFBQSxJQUNoRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxTQUFTLGdCQUFnQixFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsUUFBTSxPQUFjLENBQUM7QUFDckI7QUFBQSxJQUNFLFdBQVc7QUFBQSxJQUNYLENBQUMsT0FBTztBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFNBQVMsV0FBVyxDQUFDLEVBQUcsRUFBRSxDQUFDO0FBQUEsTUFDaEQsTUFBTTtBQUFBLE1BQ04sUUFBUSxPQUFPLG9CQUFvQixPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssR0FBRyxJQUFJO0FBQUEsSUFDdkU7QUFBQSxJQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLFVBQUksVUFBVTtBQUNaLGNBQU0sSUFBSTtBQUFBLFVBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtBQUFBLFFBQzFHO0FBQ0YsV0FBSyxLQUFLLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU0sQ0FBQztBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsU0FBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixRQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsWUFBTSxJQUFJO0FBQUEsUUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtBQUFBLE1BQ2hHO0FBQ0YsSUFBQUQsT0FBTSxDQUFDO0FBQ1AsVUFBTSxFQUFFLE1BQUFFLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFFBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsV0FBT0E7QUFBQSxFQUNUO0FBQ0Y7QUFHQSxTQUFTLFNBQVMsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQVksTUFBb0Q7QUFDL0csUUFBTUEsUUFBYyxDQUFDO0FBQ3JCLFFBQU0sVUFBVSxvQkFBSSxJQUFZO0FBQ2hDO0FBQUEsSUFDRSxLQUFLO0FBQUEsSUFDTCxDQUFDLE9BQU87QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztBQUFBLE1BQ3hDLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7QUFBQSxJQUMzRDtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFFVixVQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLGdCQUFRLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSztBQUMxQixRQUFBQSxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFDbEI7QUFBQSxNQUNGO0FBQ0EsVUFBSSxJQUFJLFdBQVc7QUFDakIsY0FBTSxJQUFJO0FBQUEsVUFDUiwwQ0FBMEMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEdBQUcsSUFBSSxRQUFRLEtBQUssSUFBSSxLQUFLLE1BQU0sRUFBRTtBQUFBLFFBQy9JO0FBQ0YsWUFBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsVUFBSSxRQUFRLFdBQVc7QUFDckIsY0FBTSxJQUFJO0FBQUEsVUFDUixtQ0FBbUMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyxZQUFZLE9BQU8sU0FBUyxpQkFBaUI7QUFBQSxRQUMvRztBQUNGLFVBQUksUUFBUSxXQUFXLFlBQWEsUUFBTztBQUFBLFVBQ3RDLENBQUFBLE1BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUFBLElBQ3pCO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxNQUFBQSxPQUFNLFFBQVE7QUFDekI7QUFNTyxTQUFTLGNBQ2RELFNBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixRQUFNLE9BQU9BLFFBQU87QUFDcEIsTUFBSSxVQUFVO0FBQ2QsTUFBSSxTQUFTO0FBQ2IsV0FBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsUUFBSSxRQUFxQyxDQUFDO0FBQzFDO0FBQUEsTUFDRTtBQUFBLE1BQ0EsT0FBTztBQUFBLFFBQ0wsUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtBQUFBLFFBQ25HLFFBQVEsT0FBTyxrQkFBa0IsVUFBVTtBQUFBLE1BQzdDO0FBQUEsTUFDQSxDQUFDLFFBQVE7QUFDUCxpQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7QUFBQSxNQUMxRztBQUFBLElBQ0Y7QUFDQSxRQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLFVBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsUUFBSSxPQUFPO0FBQ1g7QUFBQSxNQUNFLE9BQU87QUFBQSxNQUNQLENBQUMsT0FBTztBQUFBLFFBQ04sUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO0FBQUEsUUFDMUMsUUFBUSxPQUFPLG9CQUFvQixVQUFVO0FBQUEsTUFDL0M7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLFlBQUksSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXLElBQUs7QUFBQSxNQUNoRDtBQUFBLElBQ0Y7QUFDQSxlQUFXO0FBQ1gsY0FBVSxNQUFNLFNBQVM7QUFBQSxFQUMzQjtBQUNBLFNBQU87QUFDVDs7O0FKMVZBLElBQU0sZUFBZTtBQUNyQixJQUFNLGdCQUFnQjtBQUV0QixTQUFTLE1BQU0sU0FBd0I7QUFDckMsRUFBQUUsTUFBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixRQUFNLElBQUksTUFBTSxPQUFPO0FBQ3pCO0FBRUEsU0FBUyxNQUFNLFNBQXVCO0FBQ3BDLFFBQU1DLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFFBQU0sTUFBTUMsTUFBSyxJQUFJRCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILE1BQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7QUFBQSxNQUNFLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYTtBQUFBLElBQ3ZHO0FBQUEsRUFDRjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7QUFBQSxNQUNFLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTTtBQUFBLElBQy9DO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxjQUFjRSxTQUFnQkMsU0FBdUMsTUFBb0I7QUFDaEcsU0FBT0EsUUFBTyxJQUFJLEtBQUtELFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDNUM7QUFNQSxTQUFTLE1BQU1BLFNBQWdCQyxTQUF1QyxNQUFvQjtBQUN4RixNQUFJLEtBQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUcsS0FBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0QsU0FBUUMsU0FBUSxJQUFJLENBQUM7QUFDckYsUUFBTSxTQUFTLFdBQVdELFNBQVEsT0FBTyxRQUFRO0FBQ2pELE1BQUksQ0FBQyxPQUFPLE9BQU87QUFDakIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxRQUFRQSxRQUFPLFlBQ2pCLGVBQWVBLFFBQU8sU0FBUyxLQUMvQkEsUUFBTyxZQUNMLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUNwRCxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQ3pDLFVBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7QUFBQSxFQUN4RztBQUNBLFNBQU8sT0FBTztBQUNoQjtBQUVBLFNBQVMsWUFBWSxRQUFtQixPQUFlQSxTQUFzQjtBQUMzRSxRQUFNLE9BQWEsQ0FBQztBQUNwQixRQUFNLFlBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsVUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLE1BQ2xDLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQztBQUFBLE1BQzlCLE9BQU87QUFBQSxNQUNQLE9BQU87QUFBQSxNQUNQLGVBQWU7QUFBQSxJQUNqQixDQUFDO0FBQ0QsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsY0FBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLFNBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtBQUFBLEVBQy9CO0FBQ0EsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxhQUFXLFNBQVMsTUFBTTtBQUN4QixlQUFTO0FBQ1AsWUFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsVUFBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxVQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxVQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsY0FBTSw2REFBNkRBLFFBQU8sa0JBQWtCLElBQUk7QUFDbEcsTUFBQUUsT0FBTSxHQUFHO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFRQSxlQUFzQixrQkFBMEQ7QUFDOUUsUUFBTSxRQUF1QyxDQUFDO0FBQzlDLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO0FBQUEsSUFDOUIsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxjQUFjRixTQUFnQkMsU0FBZ0Q7QUFDckYsUUFBTSxRQUFRLFVBQVdKLE1BQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxRQUFNLFNBQWtCLENBQUM7QUFDekIsYUFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUksS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUc7QUFDckQsYUFBTyxLQUFLLEVBQUUsTUFBTSxHQUFHLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0csU0FBUUMsU0FBUSxJQUFJLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDdkY7QUFDQSxTQUFPO0FBQ1Q7QUFTQSxlQUFzQixXQUFXRCxTQUFnQkcsV0FBMEIsQ0FBQyxHQUFxQjtBQUMvRixRQUFNSCxRQUFPLE9BQU87QUFDcEIsUUFBTUMsVUFBUyxNQUFNLGdCQUFnQjtBQUNyQyxRQUFNRyxhQUFZLElBQUksVUFBVUosUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUksTUFBTUEsU0FBUUMsU0FBUSxJQUFJO0FBQ25FLFFBQU0sUUFBUSxTQUFTO0FBQ3ZCLFFBQU0sUUFBUSxjQUFjRCxTQUFRLE9BQU8sT0FBTyxrQkFBa0IsQ0FBQyxVQUFVLFdBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxNQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLE1BQUlHLFNBQVEsU0FBUztBQUNuQixVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUk7QUFDRixZQUFNLElBQUksY0FBY0gsU0FBUSxjQUFjQSxTQUFRQyxPQUFNLENBQUM7QUFDN0QsY0FBUTtBQUFBLFFBQ04scUJBQXFCRCxRQUFPLFFBQVEsT0FBTyw4QkFBOEIsRUFBRSxRQUFRLGdCQUFnQixFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLFdBQVcsRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLE9BQU8sb0RBQW9ELEVBQUUsVUFBVSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxNQUM5VTtBQUFBLElBQ0YsU0FBUyxPQUFPO0FBQ2QsWUFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGtCQUFrQkcsU0FBUSxPQUFPLFlBQVlDLFdBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPSixPQUFNLElBQUksQ0FBQztBQUVuRyxTQUFPLEVBQUUsT0FBTyxRQUFRLGdCQUFnQjtBQUMxQztBQUdBLGVBQXNCLFdBQVdBLFNBQWdCLE1BQTBDO0FBQ3pGLE1BQUksQ0FBQyxNQUFNLFNBQVMsS0FBSyxNQUFNLFVBQVUsRUFBRztBQUM1QyxRQUFNQyxVQUFTLE1BQU0sZ0JBQWdCO0FBRXJDLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsU0FBUyxHQUFHQSxRQUFPLFNBQVNELFFBQU8sTUFBTSxNQUFNLFFBQVE7QUFDaEcsUUFBTSxFQUFFLE1BQU0sSUFBSSxXQUFXQSxTQUFRLE9BQU8sUUFBUTtBQUNwRCxNQUFJLENBQUMsT0FBTztBQUNWLFlBQVE7QUFBQSxNQUNOLGlDQUFpQyxLQUFLLG9EQUFvRCxLQUFLLEtBQUs7QUFBQSxJQUN0RztBQUNBO0FBQUEsRUFDRjtBQUNBLFFBQU0sVUFBVSxjQUFjQSxTQUFRLE9BQU8sS0FBSyxPQUFPLENBQUMsVUFBVSxXQUFXLE9BQU8sS0FBSyxPQUFPLElBQUksQ0FBQztBQUN2RyxNQUFJLFVBQVUsRUFBRyxTQUFRLElBQUkscUJBQXFCLE9BQU8sNkJBQTZCO0FBQ3hGOzs7QU01SUEsU0FBUyxtQkFBNEI7QUFDbkMsU0FBTyxTQUFTO0FBQ2xCO0FBR08sU0FBUyxhQUFhSyxTQUFnQixXQUF1RDtBQUNsRyxNQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxRQUFNLFFBQVEsVUFBVTtBQUd4QixRQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLE1BQUlBLFFBQU8sWUFBWTtBQUNyQixjQUFVLFlBQVksa0JBQWtCLE1BQU0sU0FBUztBQUN2RCxVQUFNO0FBQUEsTUFDSixHQUFHLGNBQWM7QUFBQSxRQUNmLFVBQVVBLFFBQU8sUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLFFBQU8sUUFBUTtBQUFBLFFBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsUUFBTyxRQUFRLHVCQUF1QjtBQUFBLFFBQy9FLGVBQWVBLFFBQU87QUFBQSxNQUN4QixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxNQUFJQSxRQUFPLGNBQWUsZ0JBQWUsTUFBTSxNQUFNLFNBQVMsT0FBTyxVQUFVLFNBQVMsQ0FBQztBQUN6RixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsWUFBWSxzQkFBc0IsZUFBZSxLQUFLLEdBQUcsU0FBUztBQUFBO0FBQUEsSUFFbEUsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQixFQUFFLEtBQUtBLFFBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO0FBQUEsSUFDdEcsbUJBQW1CO0FBQUEsRUFDckI7QUFDRjtBQU1BLFNBQVMsc0JBQXNCLFlBQTBCLFdBQW1EO0FBQzFHLGFBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsU0FBUyxHQUFHO0FBQ3hELFFBQUksY0FBYyxRQUFRLEVBQUcsWUFBVyxVQUFVLHNCQUFzQixFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO0FBQUEsRUFDcEc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFNBQVMsVUFBNkI7QUFDN0MsUUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQU01QyxNQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLE1BQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYTtBQUNsRixZQUFRLE9BQU8sS0FBSztBQUN0QixTQUFPO0FBQ1Q7QUFHTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7QUFNQSxTQUFTLHVCQUE2QjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxTQUFRLE9BQVUsVUFBVTtBQUN4RDtBQUdBLGVBQXNCLFNBQVMsTUFBK0I7QUFDNUQsdUJBQXFCO0FBQ3JCLFFBQU0sV0FBVyxRQUFXLElBQUk7QUFDbEM7OztBQy9HTyxTQUFTLFVBQVVDLE9BQXNCO0FBQzlDLFNBQU9BLE1BQUs7QUFBQSxJQUNWO0FBQUEsSUFDQSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUFBLEVBQ3JGO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQkEsT0FBc0I7QUFDdkQsU0FBT0EsTUFDSixRQUFRLE9BQU8sS0FBSyxFQUNwQixRQUFRLFlBQVksR0FBRyxFQUN2QixRQUFRLE1BQU0sTUFBTSxFQUNwQixRQUFRLE1BQU0sTUFBTTtBQUN6QjtBQVFPLFNBQVMsYUFBYUEsT0FBY0MsV0FBZ0MsRUFBRSxTQUFTLEtBQUssR0FBVztBQUNwRyxRQUFNLFVBQVVELE1BQUssUUFBUSxZQUFZLEdBQUc7QUFDNUMsUUFBTSxPQUFPQyxTQUFRLFVBQVUsUUFBUSxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQy9ELFFBQU0sYUFBYSxLQUFLLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3BGLFFBQU0sUUFBUSxJQUFJLE9BQU8sYUFBYSxDQUFDO0FBQ3ZDLFFBQU0sTUFBTSxLQUFLLFdBQVcsR0FBRyxLQUFLLEtBQUssU0FBUyxHQUFHLElBQUksTUFBTTtBQUMvRCxTQUFPLEdBQUcsS0FBSyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxHQUFHLEtBQUs7QUFDNUM7OztBQ09PLFNBQVMsT0FBT0MsYUFBNEI7QUFDakQsU0FBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7QUFDaEU7QUFFQSxTQUFTLE9BQU8sUUFBZ0MsTUFBb0M7QUFDbEYsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELE1BQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsU0FBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0FBQ3hFO0FBR08sU0FBUyxjQUFjLE1BQW1DO0FBQy9ELFFBQU0sT0FBdUIsQ0FBQztBQUM5QixhQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxlQUFXLENBQUNBLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsWUFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsWUFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLFdBQUssS0FBSztBQUFBLFFBQ1I7QUFBQSxRQUNBLFlBQUFBO0FBQUEsUUFDQSxJQUFJLE9BQU87QUFBQSxRQUNYO0FBQUEsUUFDQSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVztBQUFBLFFBQ2pGLE1BQU0sT0FBTyxRQUFRLElBQUk7QUFBQSxNQUMzQixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7QUFDNUY7QUFFQSxJQUFNLGFBQWE7QUFHWixTQUFTLGFBQWEsTUFBa0M7QUFDN0QsUUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFFBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFFBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixRQUFJLENBQUMsR0FBRztBQUNOLFVBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLO0FBQ3pGLFdBQUssSUFBSSxVQUFVLENBQUM7QUFBQSxJQUN0QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFFBQUksQ0FBQyxNQUFPO0FBQ1osVUFBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsVUFBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFFBQUksU0FBUyxxQkFBcUI7QUFDaEMsYUFBTyxPQUFPLElBQUksUUFBUSxHQUFHO0FBQUEsUUFDM0IsVUFBVSxFQUFFLFNBQVM7QUFBQSxRQUNyQixLQUFLLEVBQUUsT0FBTztBQUFBLFFBQ2QsS0FBSyxFQUFFLE9BQU8sS0FBSztBQUFBLFFBQ25CLEtBQUssRUFBRSxPQUFPLEtBQUs7QUFBQSxRQUNuQixLQUFLLEVBQUUsT0FBTztBQUFBLE1BQ2hCLENBQUM7QUFBQSxJQUNILFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsVUFBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUMvRTtBQWtCQSxJQUFNLHFCQUFxQjtBQU9wQixTQUFTLGtCQUNkLE1BQ0EsdUJBQStDLENBQUMsR0FDaEM7QUFDaEIsUUFBTSxZQUEwQixDQUFDO0FBQ2pDLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxRQUFJLGFBQWEsT0FBVztBQUM1QixVQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLFVBQU0sZUFBZSxxQkFBcUIsUUFBUTtBQUNsRCxVQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYyxDQUFDLENBQUMsRUFDOUMsSUFBSSxDQUFDRCxnQkFBZSw2QkFBNkIsS0FBS0EsV0FBVSxJQUFJLENBQUMsQ0FBQyxFQUN0RSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQVM7QUFDOUIsY0FBVSxLQUFLO0FBQUEsTUFDYjtBQUFBLE1BQ0EsWUFBQUM7QUFBQSxNQUNBLFVBQVUsaUJBQWlCLFNBQVksT0FBT0EsY0FBYTtBQUFBLE1BQzNELFNBQVMsVUFBVSxTQUFZLE9BQU8sT0FBTyxLQUFLO0FBQUEsSUFDcEQsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLFFBQVEsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzdELE1BQUksVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFNLFFBQU87QUFDckQsWUFBVSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzdELFFBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQ2xGLFFBQU0sUUFDSixVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLGNBQzVELFVBQVUsTUFBTSxDQUFDLFFBQVEsSUFBSSxhQUFhLElBQUk7QUFDaEQsU0FBTyxFQUFFLFlBQVksVUFBVSxRQUFRLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksVUFBVyxDQUFDLElBQUksTUFBTSxVQUFVO0FBQ2xIO0FBR08sU0FBUyxpQkFBaUIsU0FBd0M7QUFDdkUsTUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixNQUFJLFFBQVEsZUFBZTtBQUN6QixXQUFPO0FBQ1QsUUFBTSxPQUNKLFFBQVEsYUFBYSxPQUNqQixtQkFBbUIsWUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDLGdCQUMzRCxHQUFHLFlBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQyxXQUFXLFFBQVEsYUFBYSxJQUFJLEtBQUssR0FBRztBQUMzRixTQUFPLHVCQUF1QixJQUFJLHNCQUFzQixZQUFZLFFBQVEsWUFBWSxPQUFPLENBQUM7QUFDbEc7QUFHTyxTQUFTLFlBQVksS0FBeUI7QUFDbkQsUUFBTSxXQUNKLElBQUksYUFBYSxPQUFPLEtBQUssS0FBSyxZQUFZLElBQUksVUFBVSxPQUFPLENBQUMsV0FBVyxJQUFJLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDOUcsUUFBTSxVQUFVLElBQUksWUFBWSxPQUFPLGdCQUFnQixhQUFhLFlBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUNyRyxTQUFPLEdBQUcsWUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLGFBQWEsSUFBSSxlQUFlLElBQUksS0FBSyxHQUFHLG9CQUFvQixRQUFRLEdBQUcsT0FBTztBQUNsSTtBQUdPLFNBQVMsWUFBWSxPQUFrQyxNQUFvQztBQUNoRyxNQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsTUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxNQUFJLFNBQVMsTUFBTTtBQUNqQixRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsV0FBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM3QztBQUNBLE1BQUksU0FBUztBQUNYLFdBQU8sS0FBSyxNQUFNLEtBQUssRUFDcEIsU0FBUyxFQUNULFFBQVEseUJBQXlCLEdBQUc7QUFDekMsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQVdPLFNBQVMsZ0JBQWdCLE1BQTJDO0FBQ3pFLE1BQUksQ0FBQyxLQUFLLFNBQVMsb0JBQW9CLENBQUMsS0FBSyxTQUFTLG1CQUFvQixRQUFPO0FBQ2pGLFNBQU87QUFBQSxJQUNMLGdCQUFnQixZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFBQSxJQUMzRCxpQkFBaUIsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQUEsSUFDaEUsMEJBQTBCLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUFBLElBQ3BGLGlCQUFpQixZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUFBLEVBQzNFO0FBQ0Y7QUFHTyxTQUFTLGNBQWMsV0FBMkM7QUFDdkUsTUFBSSxDQUFDLGFBQWMsVUFBVSxtQkFBbUIsUUFBUSxVQUFVLG9CQUFvQjtBQUNwRixXQUFPO0FBQ1QsUUFBTSxTQUFTLFVBQVU7QUFDekIsU0FBTztBQUFBLElBQ0wsK0NBQStDLFlBQVksVUFBVSxnQkFBZ0IsT0FBTyxDQUFDO0FBQUEsSUFDN0YsV0FBVyxZQUFZLFVBQVUsaUJBQWlCLE9BQU8sQ0FBQztBQUFBLElBQzFELEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQixZQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7QUFBQSxJQUNsRixtQkFBbUIsVUFBVSxlQUFlO0FBQUEsRUFDOUMsRUFBRSxLQUFLLElBQUk7QUFDYjtBQUVPLElBQU0sZ0JBQWdCLENBQUMsU0FBOEIsY0FBYyxnQkFBZ0IsSUFBSSxDQUFDOzs7QUNuTnhGLElBQU0seUJBQXlCO0FBeUwvQixTQUFTLGFBQ2QsTUFDQSxNQUNBLHVCQUErQyxDQUFDLEdBQ3ZDO0FBQ1QsUUFBTSxhQUFhLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUMsYUFBWSxJQUFJLFVBQVUsS0FBSyxPQUFPO0FBQUEsSUFDMUY7QUFBQSxJQUNBLFlBQUFBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFO0FBQ0YsU0FBTztBQUFBLElBQ0wsZ0JBQWdCO0FBQUEsSUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUFBLElBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO0FBQUEsSUFDcEQ7QUFBQSxJQUNBLFdBQVcsYUFBYSxJQUFJO0FBQUEsSUFDNUIsU0FBUyxrQkFBa0IsTUFBTSxvQkFBb0I7QUFBQSxJQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsZ0JBQWdCLElBQUk7QUFBQSxFQUNqQztBQUNGO0FBR08sU0FBU0MsUUFBTyxXQUFtRDtBQUN4RSxNQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsTUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxTQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0FBQ3hEOzs7QUMvTkEsU0FBUyxjQUFjLE9BQWUsR0FBNkI7QUFDakUsUUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxRQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZLFlBQVksRUFBRSxVQUFVQyxRQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFFBQU1DLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELE1BQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSxlQUFlLFVBQVUsUUFBUSxDQUFDO0FBQzFELFNBQU8sR0FBR0EsS0FBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLFlBQVksUUFBUSxFQUFFLENBQUMsc0JBQXNCLFVBQVUsUUFBUSxDQUFDO0FBQUE7QUFDbEo7QUFFQSxTQUFTLFVBQVUsT0FBZSxTQUEwQjtBQUMxRCxRQUFNLFNBQVMsVUFBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixTQUFPLDRCQUE0QixLQUFLO0FBQUEsd0JBQW9ELE1BQU0sZUFBZSxNQUFNO0FBQUE7QUFDekg7QUFFTyxTQUFTLFlBQVksU0FBMEI7QUFDcEQsUUFBTSxPQUFPLFFBQVE7QUFDckIsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNLFNBQVMsUUFBUSxJQUFJLFlBQVksVUFBVSxJQUFJO0FBQ3JELFFBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsUUFBTUMsYUFBWSxRQUFRLElBQUksZUFBZSxLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ2pFLFFBQU0sUUFBUSxVQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxRQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sV0FBV0EsUUFBTztBQUFBLElBQzFHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLHVCQUF1QkEsUUFBTztBQUFBLElBQ3BILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ2hDQSxTQUFTLGVBQWUsTUFBb0M7QUFDMUQsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUs7QUFBQSxNQUNOLENBQUMsTUFDQyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsTUFBTSxhQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNLFlBQVksRUFBRSxVQUFVQyxRQUFPLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDbEg7QUFBQSxFQUNGO0FBQ0Y7QUFFTyxTQUFTLGVBQWUsU0FBMEI7QUFDdkQsUUFBTSxPQUFPLFFBQVE7QUFDckIsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFFBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFdBQVcsSUFDaEIsU0FBUyxLQUFLLE1BQU0sdUJBQ3BCLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNO0FBQzVDLFFBQU0sUUFBUSxDQUFDLGtCQUFrQixhQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLE1BQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLFVBQU07QUFBQSxNQUNKO0FBQUEsTUFDQSxZQUFZLE9BQU8sTUFBTSxvQkFBb0IsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsTUFDM0U7QUFBQSxNQUNBLEdBQUcsZUFBZSxNQUFNO0FBQUEsTUFDeEI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxZQUFZLFFBQVE7QUFDMUIsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNO0FBQUEsUUFDSixLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztBQUFBLE1BQ3ROO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyxFQUFFO0FBQUEsRUFDZjtBQUNBLFFBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsUUFBTSxTQUFTLGlCQUFpQixPQUFPO0FBQ3ZDLE1BQUksT0FBUSxPQUFNLEtBQUssR0FBRyxRQUFTLGFBQWEsSUFBSSxRQUFRLEVBQUUsR0FBRyxtQkFBbUIsTUFBTSxDQUFDLElBQUksRUFBRTtBQUNqRyxNQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxVQUFNLEtBQUssZ0ZBQWdGLHNCQUFzQjtBQUNqSCxlQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLFlBQU07QUFBQSxRQUNKLEtBQUssbUJBQW1CLElBQUksUUFBUSxDQUFDLE1BQU0sWUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLE9BQU8sUUFBUSxZQUFZLElBQUksVUFBVSxPQUFPLENBQUMsTUFBTSxJQUFJLFlBQVksT0FBTyxjQUFjLFlBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUFBLE1BQ3JPO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyxFQUFFO0FBQUEsRUFDZjtBQUNBLFFBQU0sS0FBSyxtQkFBbUIsY0FBYyxRQUFRLFNBQVMsQ0FBQyxHQUFHLEVBQUU7QUFDbkUsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkRBLElBQU0sV0FBVyxvQkFBSSxJQUFJO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFDRCxJQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFDZCxNQUNBQyxVQUNRO0FBQ1IsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU07QUFBQSxJQUNKLEVBQUU7QUFBQSxNQUNBLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7QUFBQSxJQUNyTjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTTtBQUFBLE1BQ0o7QUFBQSxNQUNBLEVBQUU7QUFBQSxRQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDMUk7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTTtBQUFBLFFBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztBQUFBLE1BQ2hMO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsa0JBQWtCLE1BQU1BLFNBQVEsb0JBQW9CO0FBQ3BFLFFBQU0sU0FBUyxpQkFBaUIsT0FBTztBQUN2QyxNQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsTUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLGVBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksWUFBWSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ3ZHO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNO0FBQUEsSUFDSixLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUM7QUFBQSxFQUNuTjtBQUNBLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNO0FBQUEsSUFDSixhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQzNPO0FBQ0EsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUM5R0EsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELFNBQVMsa0JBQWtCLE1BQW1CO0FBQ25ELFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCO0FBQUEsTUFDbEMsUUFBUSxZQUFZLE1BQU07QUFBQSxRQUN4QixVQUFVLEtBQUs7QUFBQSxRQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtBQUFBLFFBQ25DLHNCQUFzQixLQUFLO0FBQUEsTUFDN0IsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVU7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFVBQ0UsVUFBVSxLQUFLO0FBQUEsVUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsVUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsVUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFVBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxVQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsVUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLFFBQ3RDO0FBQUEsUUFDQSxLQUFLO0FBQUEsTUFDUDtBQUVBLFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE9BQU87QUFDN0MsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsT0FBTztBQUFBLElBQ25EO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDOUNBLFNBQVMsV0FBQUMsZ0JBQWU7QUFTeEIsSUFBTSxXQUFXLElBQUlDLFNBQVEsVUFBVTtBQVV2QyxJQUFNLFdBQTJDLENBQUM7QUFFbEQsSUFBSTtBQUdHLFNBQVNDLGVBQWNDLFNBQWdCLE1BQW9CO0FBQ2hFLFNBQU8sU0FBUyxJQUFJLEtBQUtBLFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDOUM7QUFNTyxTQUFTLFlBQ2QsV0FDc0M7QUFDdEMsU0FBTyxJQUFJLFNBQVM7QUFDbEIsUUFBSSxPQUFRLFFBQU8sVUFBVSxHQUFHLElBQUk7QUFDcEMsV0FBTyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsVUFBVTtBQUN2QyxlQUFTO0FBQ1QsZ0JBQVUsR0FBRyxJQUFJO0FBQUEsSUFDbkIsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUNBLElBQUk7QUFHSixJQUFNLGVBQWUsQ0FBQyxTQUFpQixLQUFLLElBQUksSUFBSSxPQUFPLEVBQUU7QUFFN0QsU0FBU0MsT0FBTUQsU0FBZ0IsT0FBZ0IsTUFBaUM7QUFDOUUsUUFBTSxVQUFVLFlBQVksTUFBTSxNQUFNRCxlQUFjQyxTQUFRLElBQUksQ0FBQztBQUNuRSxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLGdCQUFjLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDOUQsUUFBTSxTQUFTLFVBQVUsTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDaEUsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsWUFBWSxPQUFPLGFBQWEsSUFBSSxPQUFPLGFBQWE7QUFDbEcsU0FBTztBQUFBLElBQ0wsUUFBUSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLE9BQU8sWUFBWTtBQUFBLElBQzdFLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxhQUFhLElBQUksS0FBSztBQUFBLElBQ3BELFNBQVM7QUFBQSxFQUNYO0FBQ0Y7QUFFQSxTQUFTLFFBQVFBLFNBQWdCLE1BQWUsTUFBaUM7QUFDL0UsUUFBTSxVQUFVLFNBQVMsSUFBSTtBQUM3QixNQUFJLFdBQVcsQ0FBQyxRQUFRLE9BQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLFFBQVEsUUFBUyxRQUFPO0FBQ3BGLE1BQUksUUFBUyxVQUFTLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyQyxRQUFNLE9BQU9DLE9BQU1ELFNBQVEsTUFBTSxJQUFJO0FBRXJDLE1BQUksUUFBUSxRQUFTLE1BQUssVUFBVSxRQUFRO0FBQzVDLFdBQVMsSUFBSSxJQUFJO0FBQ2pCLFNBQU87QUFDVDtBQUdPLFNBQVMsV0FBV0EsU0FBZ0IsTUFBZSxNQUFtQztBQUMzRixTQUFPLFFBQVFBLFNBQVEsTUFBTSxJQUFJLEdBQUc7QUFDdEM7OztBQy9FQSxTQUFTLFdBQUFFLFVBQVMsTUFBTSxTQUFBQyxjQUFhO0FBRzlCLElBQU0sc0JBQXNCLElBQUlBLE9BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSUEsT0FBTSx3QkFBd0IsSUFBSTtBQUVqRSxJQUFNLDZCQUE2QixJQUFJQSxPQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSUQsU0FBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJQSxTQUFRLGlCQUFpQjs7O0FDVjNELElBQU0sb0JBQW9CO0FBQzFCLElBQUksZUFBZTtBQUVuQixJQUFNLGFBQW1ELENBQUM7QUFFbkQsU0FBUyxZQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsTUFBSSxPQUFPLFdBQVcsSUFBSTtBQUMxQixNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxLQUFLO0FBQ3hCLGVBQVcsSUFBSSxJQUFJO0FBQUEsRUFDckI7QUFDQSxNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUTtBQUFBLFFBQ04sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQztBQUFBLE1BQ3RHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDMUJBLFNBQVMsYUFBYTtBQUN0QixPQUFPRSxXQUFVOzs7QUNEakIsU0FBUyxTQUFBQyxjQUFhO0FBY3RCLFNBQVMsY0FBYyxNQUFpQyxJQUFtRDtBQUN6RyxNQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixRQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxTQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDL0M7QUFFQSxTQUFTLGVBQWUsS0FBZ0I7QUFDdEMsYUFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxVQUFNLEtBQUssUUFBUSxlQUFlLGNBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixRQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLHFCQUFvQixJQUFJLEVBQUU7QUFBQSxFQUMxRjtBQUNBLFFBQU0sUUFBUSxjQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsTUFBSSxVQUFVLE9BQVcsb0JBQW1CLElBQUksS0FBSztBQUN2RDtBQU9PLFNBQVMsZ0JBQ2QsUUFDQSxVQUNBLGVBQ0EsVUFDQSxVQUF1QyxNQUFNLFFBQzFCO0FBQ25CLFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxNQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLHFCQUFpQixJQUFJLElBQUk7QUFDekIsV0FBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7QUFBQSxFQUM1QztBQUNBLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxNQUFJO0FBQ0osU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLElBQUFDLE9BQU0sYUFBYTtBQUNuQixVQUFNLFNBQVMsUUFBUTtBQUN2QixRQUFJLENBQUMsT0FBUTtBQUNiLFVBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsUUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixVQUFNLE9BQU87QUFDYixRQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO0FBQUEsRUFDN0Q7QUFDQSxRQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLG1CQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixNQUFJLGFBQWEsS0FBSztBQUNwQiwrQkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELG1CQUFlLEdBQUc7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxXQUFXLElBQUk7QUFDMUI7OztBQ2xFQSxTQUFTLFNBQUFDLGNBQWE7OztBRnFCdEIsU0FBUyxVQUFVLEtBQWMsTUFBbUM7QUFDbEUsU0FBTyxXQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sSUFBSTtBQUM5QztBQUdPLFNBQVMsWUFBWSxNQUFjLEtBQXNCO0FBQzlELFNBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsTUFBSyxHQUFHLFFBQVEsTUFBTUEsTUFBSyxHQUFHLG1CQUFtQjtBQUM5RjtBQUVBLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUEyR3BFLElBQU0sZ0JBQTBCLENBQUMsUUFDdEMsTUFBTSxrQkFBa0IsTUFBTTtBQUM1QixRQUFNLEVBQUUsUUFBQUMsUUFBTyxJQUFJO0FBQ25CLFFBQU0sT0FBTyxVQUFVLEtBQUssT0FBTztBQUNuQyxRQUFNLFFBQVEsVUFBVSxLQUFLLE9BQU87QUFDcEMsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFPLFFBQU87QUFDNUIsTUFBSSxLQUFLLEtBQUssT0FBTyxFQUFFO0FBQ3ZCLE9BQUssS0FBSyxZQUFZLEVBQUUsT0FBTyxFQUFFLENBQUMsRUFBRSxNQUFNO0FBQzFDLFFBQU0sVUFBVSxLQUFLLGFBQWE7QUFBQSxJQUNoQyxPQUFPLFlBQVksU0FBUyxHQUFHO0FBQUEsSUFDL0IsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsZUFBZTtBQUFBLEVBQ2pCLENBQUM7QUFDRCxNQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsaUJBQWUsSUFBSSxDQUFDO0FBQ3BCLFFBQU0sS0FBSyxRQUFRLEtBQUs7QUFDeEIsT0FBSyxLQUFLLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDOUIsT0FBSyxLQUFLLGFBQWEsSUFBSSxFQUFFLE9BQU8sR0FBRyxRQUFRLEtBQUssS0FBSyxZQUFZLENBQUMsRUFBRSxNQUFNO0FBQzlFLFFBQU0sYUFBYSxnQkFBZ0IsTUFBTSxJQUFJQSxRQUFPLGVBQWVBLFFBQU8sa0JBQWtCO0FBQzVGLE9BQUssV0FBVyxhQUFhO0FBQzdCLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssS0FBSyxXQUFXLElBQUksV0FBVyxLQUFLLFNBQVMsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxFQUFFLE1BQU07QUFDeEUsZUFBVyxVQUFVLGVBQWdCLE1BQUssS0FBSyxhQUFhLElBQUksTUFBTSxFQUFFLE1BQU07QUFBQSxFQUNoRjtBQUNBLE9BQUssTUFBTSxXQUFXLEVBQUUsTUFBTTtBQUM5QixPQUFLLE1BQU0sVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUMvQixPQUFLLE1BQU0sV0FBVyxFQUFFLE1BQU07QUFDOUIsU0FBTyxLQUFLLGFBQWEsRUFBRSxFQUFFLE1BQU07QUFDckMsQ0FBQzs7O0FHL0pILElBQU0sTUFBTSxFQUFFLE9BQU8sVUFBVTtBQUUvQixTQUFTLFlBQVksVUFBb0IsU0FBMEI7QUFDakUsTUFBSSxhQUFhLFNBQVUsUUFBTyxRQUFRO0FBQzFDLE1BQUksYUFBYSxnQkFBaUIsUUFBTyxRQUFRO0FBQ2pELE1BQUksYUFBYSxRQUFTLFFBQU8sUUFBUTtBQUN6QyxTQUFPLFFBQVE7QUFDakI7QUFRTyxTQUFTLGFBQWEsU0FBa0IsV0FBd0M7QUFDckYsU0FBTztBQUFBLElBQ0w7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLFFBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztBQUFBLE1BQ3BEO0FBQUEsSUFDRjtBQUFBLElBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzdGLEVBQUU7QUFBQSxFQUNKO0FBQ0Y7QUFHTyxTQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLG1CQUFtQixNQUFNLEtBQUssT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxJQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7QUFBQSxNQUM5QixRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUMvRSxFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLGlCQUFpQixPQUFlO0FBQ3pELFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsU0FBMEI7QUFDckQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxJQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsRUFDaEc7QUFDRjtBQUdPLFNBQVMsZ0JBQWdCLFNBQTBCO0FBQ3hELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSx5QkFBeUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEVBQUU7QUFBQSxJQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsRUFDOUY7QUFDRjtBQXlFTyxTQUFTLGNBQWMsU0FBa0IsV0FBZ0MsZ0JBQWlDO0FBQy9HLFNBQU87QUFBQSxJQUNMLEdBQUcsYUFBYSxTQUFTLFNBQVM7QUFBQSxJQUNsQyxHQUFHLFdBQVcsU0FBUyxTQUFTO0FBQUEsSUFDaEMsR0FBRyxXQUFXLGNBQWM7QUFBQSxJQUM1QixHQUFHLGFBQWEsT0FBTztBQUFBLElBQ3ZCLEdBQUcsZ0JBQWdCLE9BQU87QUFBQSxFQUM1QjtBQUNGOzs7QUNqSkEsSUFBTSxFQUFFLFNBQVNDLGVBQWMsSUFBSSxXQUFXLFNBQVM7QUFFaEQsSUFBTSxVQUFVLGFBQWEsUUFBUSxPQUFPO0FBQUEsRUFDakQsT0FBTyxDQUFDLFNBQVMsT0FBTztBQUFBO0FBQUEsRUFDeEIsV0FBV0E7QUFBQSxFQUNYLFdBQVc7QUFBQSxJQUNULE9BQU8sRUFBRSxVQUFVLGdCQUFnQixNQUFNLFNBQVMsS0FBSyxHQUFHLFVBQVUsR0FBR0EsY0FBYSxLQUFLLGNBQWMsTUFBTTtBQUFBLEVBQy9HO0FBQUEsRUFDQSxPQUFPLGNBQWMsT0FBTyxTQUFTLFdBQVcsSUFBSTtBQUN0RCxFQUFFO0FBR0ssSUFBTSxnQkFBZ0Isa0JBQWtCLEVBQUUsVUFBVSxRQUFRLENBQUM7QUFFN0QsU0FBUyxRQUEwQjtBQUN4QyxTQUFPLFdBQVcsTUFBTTtBQUMxQjtBQUVPLElBQU0sUUFBUSxZQUFZLENBQUMsU0FBd0I7QUFDeEQsY0FBWSxTQUFTLGVBQWUsRUFBRSxRQUFRLEtBQUssQ0FBQztBQUN0RCxDQUFDOyIsCiAgIm5hbWVzIjogWyJ0ZXh0IiwgImZhaWwiLCAidGV4dCIsICJleGVjIiwgImNvbmZpZyIsICJwb29sIiwgImNsYXNzUGFzc3dvcmQiLCAiZXhlYyIsICJzbGVlcCIsICJleGVjIiwgImh0dHAiLCAiaHR0cCIsICJodHRwIiwgInBhcmFtcyIsICJzaGFwZSIsICJodHRwIiwgInNsZWVwIiwgImh0dHAiLCAiY291bnQiLCAiaHR0cCIsICJzbGVlcCIsICJjb25maWciLCAib3BlbiIsICJleGVjIiwgInVybCIsICJodHRwIiwgImNvbmZpZyIsICJzZWNyZXQiLCAic2xlZXAiLCAib3B0aW9ucyIsICJhbm9ueW1vdXMiLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAidGV4dCIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAiaXRlcmF0aW9ucyIsICJleHByZXNzaW9uIiwgInVuaXRPZiIsICJ1bml0T2YiLCAib3BlbiIsICJzZWNvbmRzIiwgInVuaXRPZiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJjbGFzc1Bhc3N3b3JkIiwgImNvbmZpZyIsICJsb2dpbiIsICJDb3VudGVyIiwgIlRyZW5kIiwgImV4ZWMiLCAic2xlZXAiLCAic2xlZXAiLCAic2xlZXAiLCAiZXhlYyIsICJjb25maWciLCAiU01PS0VfU0VDT05EUyJdCn0K
