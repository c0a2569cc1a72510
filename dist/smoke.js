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
    if (!r)
      rows.set(endpoint, r = { endpoint, requests: 0, p50: null, p95: null, p99: null, max: null, errorRate: null });
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
function login2(config2, data, role) {
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3Mvc21va2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKipcbiAgICogTG9naW4gY2hlY2tzIGEgcGFzc3dvcmQgaGFzaCAoc2NyeXB0LCBiY3J5cHQpLCB3aGljaCBjb3N0cyB0ZW5zIG9mIG1zIG9mIENQVSBieSBkZXNpZ24sIGFuZCBldmVyeVxuICAgKiBWVSBsb2dzIGluIGFzIGl0IGFycml2ZXM6IGEgYnVkZ2V0IG9mIGl0cyBvd24sIHNvIGEgbG9naW4gc3Rvcm0gaXMgZ2F0ZWQgd2l0aG91dCBoaWRpbmcgQVBJIGxhdGVuY3kgKG1zKS5cbiAgICovXG4gIGxvZ2luUDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKipcbiAgICogU2hhcmUgb2YgYW4gb3Blbi1tb2RlbCBzY2VuYXJpbydzIHNjaGVkdWxlZCBpdGVyYXRpb25zIGs2IG1heSBkcm9wIGZvciB3YW50IG9mIGEgZnJlZSBWVSAoMC0xKTpcbiAgICogcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSwgd2hvc2UgbGF0ZW5jeSBubyBwZXJjZW50aWxlIGhvbGRzLlxuICAgKi9cbiAgZHJvcHBlZFNoYXJlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGxvZ2luUDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgZHJvcHBlZFNoYXJlOiAwLjAxLFxuICBtZW1vcnlNYjogMTAyNCxcbiAgY3B1UGVyY2VudDogODAsXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiAxMCxcbn0pO1xuIiwgIi8vIFRoZSB1c2VyIHBvb2wncyB0d28gc291cmNlcywgYXMgcHVyZSBmdW5jdGlvbnMgKG5vIGs2IGltcG9ydHMpIHNvIHRoZSBkZW1vIHBsYXRmb3JtLCB0aGUgcnVubmVyXG4vLyBhbmQgdGhlIHVuaXQgdGVzdHMgc2hhcmUgdGhlbSB3aXRoIHRoZSBrNiBzaWRlOlxuLy8gLSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFLCBhIENTViBgZW1haWwscGFzc3dvcmQscm9sZWAgKG9uZSBhY2NvdW50IHBlciBsaW5lKTtcbi8vIC0gYSBkZW1vIHBvb2wgc3BlYyBgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTBgIChERU1PX1VTRVJTKSwgd2hvc2UgYWNjb3VudHMgYXJlIG5hbWVkXG4vLyAgIGByZWd1bGFyLTAwMDFAZXhhbXBsZS5jb21gIC4uLiBhbmQgc2hhcmUgb25lIHBhc3N3b3JkIHBlciByb2xlLlxuLy8gQSBDU1YgcGFyc2VyIG9mIG91ciBvd24gYmVjYXVzZSB0aGUgZmlsZSBtdXN0IGJlIGNoZWNrZWQgbGluZSBieSBsaW5lIHdpdGggdGhlIGxpbmUgbmFtZWQgaW5cbi8vIHRoZSBtZXNzYWdlLCBhbmQgaXQgcnVucyBvbmNlIHBlciB0ZXN0IChpbnNpZGUgYSBTaGFyZWRBcnJheSBjYWxsYmFjayk7IGs2J3MgZXhwZXJpbWVudGFsIGNzdlxuLy8gbW9kdWxlIHJldHVybnMgYmFyZSByZWNvcmRzIHdpdGhvdXQgbGluZSBudW1iZXJzIGFuZCBuZWVkcyB0b3AtbGV2ZWwgYXdhaXQgaW4gZXZlcnkgVlUuXG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgY29uc3QgUk9MRVM6IHJlYWRvbmx5IFJvbGVbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuXG5leHBvcnQgaW50ZXJmYWNlIEFjY291bnQge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgdHlwZSBBY2NvdW50cyA9IFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuZXhwb3J0IHR5cGUgUG9vbFNpemVzID0gUmVjb3JkPFJvbGUsIG51bWJlcj47XG5cbmV4cG9ydCBjbGFzcyBVc2Vyc0ZpbGVFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdVc2Vyc0ZpbGVFcnJvcic7XG59XG5cbi8qKlxuICogUmVhZHMgYSB1c2VycyBDU1Y6IGhlYWRlciBgZW1haWwscGFzc3dvcmQscm9sZWAgKGFueSBjb2x1bW4gb3JkZXIsIGNhc2UtaW5zZW5zaXRpdmUpLCBSRkMgNDE4MFxuICogcXVvdGluZyAoXCJhLGJcIiBhbmQgXCJcIiBpbnNpZGUgcXVvdGVzKSwgYmxhbmsgbGluZXMgc2tpcHBlZC4gRXZlcnkgcHJvYmxlbSBuYW1lcyB0aGUgZmlsZSBhbmQgbGluZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVXNlcnNDc3YodGV4dDogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiBBY2NvdW50cyB7XG4gIGNvbnN0IGFjY291bnRzOiBBY2NvdW50cyA9IHsgcmVndWxhcjogW10sIHBvd2VyOiBbXSwgYWRtaW46IFtdIH07XG4gIGNvbnN0IGZhaWwgPSAobGluZTogbnVtYmVyLCBwcm9ibGVtOiBzdHJpbmcpOiBuZXZlciA9PiB7XG4gICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7ZmlsZX0sIGxpbmUgJHtsaW5lfTogJHtwcm9ibGVtfWApO1xuICB9O1xuICBsZXQgY29sdW1uczogUmVjb3JkPCdlbWFpbCcgfCAncGFzc3dvcmQnIHwgJ3JvbGUnLCBudW1iZXI+IHwgdW5kZWZpbmVkO1xuICBsZXQgd2lkdGggPSAwO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGJvZHkgPSB0ZXh0LmNoYXJDb2RlQXQoMCkgPT09IDB4ZmVmZiA/IHRleHQuc2xpY2UoMSkgOiB0ZXh0OyAvLyBhIEJPTSBmcm9tIHNwcmVhZHNoZWV0IGV4cG9ydHNcbiAgY29uc3QgbGluZXMgPSBib2R5LnNwbGl0KC9cXHI/XFxuLyk7XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgbGluZXMubGVuZ3RoOyBuKyspIHtcbiAgICBjb25zdCBsaW5lID0gbGluZXNbbl0hO1xuICAgIGlmIChsaW5lLnRyaW0oKSA9PT0gJycpIGNvbnRpbnVlO1xuICAgIC8vIEZpZWxkcyBvZiBvbmUgbGluZTogcXVvdGVkIGZpZWxkcyBtYXkgaG9sZCBjb21tYXMgYW5kIGRvdWJsZWQgcXVvdGVzIChub3QgbGluZSBicmVha3MpLlxuICAgIGNvbnN0IGZpZWxkczogc3RyaW5nW10gPSBbXTtcbiAgICBsZXQgZmllbGQgPSAnJztcbiAgICBsZXQgcXVvdGVkID0gZmFsc2U7XG4gICAgbGV0IHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGluZS5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgYyA9IGxpbmVbaV07XG4gICAgICBpZiAocXVvdGVkKSB7XG4gICAgICAgIGlmIChjID09PSAnXCInICYmIGxpbmVbaSArIDFdID09PSAnXCInKSAoZmllbGQgKz0gJ1wiJyksIGkrKztcbiAgICAgICAgZWxzZSBpZiAoYyA9PT0gJ1wiJykgcXVvdGVkID0gZmFsc2U7XG4gICAgICAgIGVsc2UgZmllbGQgKz0gYztcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJywnKSB7XG4gICAgICAgIGZpZWxkcy5wdXNoKHdhc1F1b3RlZCA/IGZpZWxkIDogZmllbGQudHJpbSgpKTtcbiAgICAgICAgZmllbGQgPSAnJztcbiAgICAgICAgd2FzUXVvdGVkID0gZmFsc2U7XG4gICAgICB9IGVsc2UgaWYgKGMgPT09ICdcIicgJiYgZmllbGQudHJpbSgpID09PSAnJykge1xuICAgICAgICBxdW90ZWQgPSB3YXNRdW90ZWQgPSB0cnVlO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgfSBlbHNlIGZpZWxkICs9IGM7XG4gICAgfVxuICAgIGlmIChxdW90ZWQpIGZhaWwobiArIDEsICdhIHF1b3RlZCBmaWVsZCBpcyBub3QgY2xvc2VkJyk7XG4gICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgIGlmICghY29sdW1ucykge1xuICAgICAgY29uc3QgbmFtZXMgPSBmaWVsZHMubWFwKChmKSA9PiBmLnRvTG93ZXJDYXNlKCkpO1xuICAgICAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nKSA9PiBuYW1lcy5pbmRleE9mKG5hbWUpO1xuICAgICAgaWYgKGF0KCdlbWFpbCcpIDwgMCB8fCBhdCgncGFzc3dvcmQnKSA8IDAgfHwgYXQoJ3JvbGUnKSA8IDApIHtcbiAgICAgICAgZmFpbChuICsgMSwgYHRoZSBmaXJzdCBsaW5lIG11c3QgYmUgdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlIChnb3QgJHtKU09OLnN0cmluZ2lmeShsaW5lLnNsaWNlKDAsIDgwKSl9KWApO1xuICAgICAgfVxuICAgICAgY29sdW1ucyA9IHsgZW1haWw6IGF0KCdlbWFpbCcpLCBwYXNzd29yZDogYXQoJ3Bhc3N3b3JkJyksIHJvbGU6IGF0KCdyb2xlJykgfTtcbiAgICAgIHdpZHRoID0gZmllbGRzLmxlbmd0aDtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoZmllbGRzLmxlbmd0aCAhPT0gd2lkdGgpIGZhaWwobiArIDEsIGBleHBlY3RlZCAke3dpZHRofSBmaWVsZHMgbGlrZSB0aGUgaGVhZGVyLCBnb3QgJHtmaWVsZHMubGVuZ3RofWApO1xuICAgIGNvbnN0IGVtYWlsID0gZmllbGRzW2NvbHVtbnMuZW1haWxdID8/ICcnO1xuICAgIGNvbnN0IHBhc3N3b3JkID0gZmllbGRzW2NvbHVtbnMucGFzc3dvcmRdID8/ICcnO1xuICAgIGNvbnN0IHJvbGUgPSAoZmllbGRzW2NvbHVtbnMucm9sZV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG4gICAgaWYgKGVtYWlsID09PSAnJykgZmFpbChuICsgMSwgJ2VtcHR5IGVtYWlsJyk7XG4gICAgaWYgKHBhc3N3b3JkID09PSAnJykgZmFpbChuICsgMSwgYGVtcHR5IHBhc3N3b3JkIGZvciAke2VtYWlsfWApO1xuICAgIGlmICghKFJPTEVTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyhyb2xlKSlcbiAgICAgIGZhaWwobiArIDEsIGB1bmtub3duIHJvbGUgJHtKU09OLnN0cmluZ2lmeShyb2xlKX0gZm9yICR7ZW1haWx9ICh1c2UgcmVndWxhciwgcG93ZXIgb3IgYWRtaW4pYCk7XG4gICAgaWYgKHNlZW4uaGFzKGVtYWlsLnRvTG93ZXJDYXNlKCkpKSBmYWlsKG4gKyAxLCBgJHtlbWFpbH0gaXMgbGlzdGVkIHR3aWNlYCk7XG4gICAgc2Vlbi5hZGQoZW1haWwudG9Mb3dlckNhc2UoKSk7XG4gICAgYWNjb3VudHNbcm9sZSBhcyBSb2xlXS5wdXNoKHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG4gIGlmICghY29sdW1ucykgZmFpbCgxLCAndGhlIGZpbGUgaXMgZW1wdHk6IGl0IG5lZWRzIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSBhbmQgb25lIGxpbmUgcGVyIGFjY291bnQnKTtcbiAgcmV0dXJuIGFjY291bnRzO1xufVxuXG4vKiogYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAtPiBzaXplczsgYSByb2xlIGxlZnQgb3V0IGhhcyBub25lLiBUaHJvd3MgbmFtaW5nIGBuYW1lYCBvbiBhbnl0aGluZyBlbHNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUG9vbFNwZWMoc3BlYzogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMge1xuICBjb25zdCBzaXplczogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAncm9sZTpjb3VudCBwYWlycyBzdWNoIGFzIHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwJztcbiAgZm9yIChjb25zdCBwYXJ0IG9mIHNwZWNcbiAgICAuc3BsaXQoJywnKVxuICAgIC5tYXAoKHApID0+IHAudHJpbSgpKVxuICAgIC5maWx0ZXIoKHApID0+IHAgIT09ICcnKSkge1xuICAgIGNvbnN0IG1hdGNoID0gL14ocmVndWxhcnxwb3dlcnxhZG1pbik6KFxcZHsxLDZ9KSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKCFtYXRjaClcbiAgICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBcIiR7cGFydH1cIiBpcyBub3Qgb25lIG9mICR7ZXhwZWN0ZWR9YCk7XG4gICAgc2l6ZXNbbWF0Y2hbMV0gYXMgUm9sZV0gPSBOdW1iZXIobWF0Y2hbMl0pO1xuICB9XG4gIGlmIChzaXplcy5yZWd1bGFyICsgc2l6ZXMucG93ZXIgKyBzaXplcy5hZG1pbiA9PT0gMClcbiAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHNwZWMpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbiAgcmV0dXJuIHNpemVzO1xufVxuXG4vKiogVGhlIGVtYWlsIG9mIHRoZSBuLXRoIChmcm9tIDEpIGRlbW8gcG9vbCBhY2NvdW50IG9mIGEgcm9sZTogcmVndWxhci0wMDAxQGV4YW1wbGUuY29tLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvb2xFbWFpbChyb2xlOiBSb2xlLCBuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cm9sZX0tJHtTdHJpbmcobikucGFkU3RhcnQoNCwgJzAnKX1AZXhhbXBsZS5jb21gO1xufVxuXG4vKiogV2h5IGEgcG9vbCBpcyB0b28gc21hbGwgZm9yIGRpc3RpbmN0IGFjY291bnRzLCBvciB1bmRlZmluZWQgd2hlbiBldmVyeSBWVSBjYW4gaGF2ZSBpdHMgb3duLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvb1NtYWxsRm9yRGlzdGluY3Qoc2l6ZXM6IFBvb2xTaXplcywgbmVlZGVkOiBQb29sU2l6ZXMsIHNvdXJjZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgaWYgKG5lZWRlZFtyb2xlXSA+IDAgJiYgc2l6ZXNbcm9sZV0gPCBuZWVkZWRbcm9sZV0pIHtcbiAgICAgIHJldHVybiAoXG4gICAgICAgIGAke3NvdXJjZX0gaGFzICR7c2l6ZXNbcm9sZV19ICR7cm9sZX0gYWNjb3VudChzKSwgYnV0IFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWUgbmVlZHMgJHtuZWVkZWRbcm9sZV19OiBgICtcbiAgICAgICAgYG9uZSBwZXIgVlUgaWQgdGhpcyBlbnRyeSBjYW4gc3RhcnQgKGs2IG51bWJlcnMgVlVzIGFjcm9zcyBhbGwgY2xhc3NlcywgYW5kIFZVIG4gdXNlcyB0aGUgY2xhc3MncyBhY2NvdW50IG4gbW9kIHNpemUpYFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBUaGUgaGlnaGVzdCBWVSBpZCBrNiBjYW4gaGFuZCBvdXQgZm9yIHRoZXNlIHNjZW5hcmlvcyAodGhlIHN1bSBvZiBlYWNoIHNjZW5hcmlvJ3MgVlVzLCBhbiB1cHBlclxuICogYm91bmQgb2YgazYncyBtYXhWVXMpOiBWVSBpZHMgYXJlIG51bWJlcmVkIGFjcm9zcyBhbGwgc2NlbmFyaW9zLCBzbyBhIGNsYXNzJ3MgYWNjb3VudHMgYXJlXG4gKiBpbmRleGVkIGJ5IGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdnVJZEJvdW5kKHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+KTogbnVtYmVyIHtcbiAgbGV0IHRvdGFsID0gMDtcbiAgZm9yIChjb25zdCBzIG9mIE9iamVjdC52YWx1ZXMoc2NlbmFyaW9zKSkge1xuICAgIGNvbnN0IHN0YWdlcyA9IChzLnN0YWdlcyBhcyB7IHRhcmdldDogbnVtYmVyIH1bXSB8IHVuZGVmaW5lZCkgPz8gW107XG4gICAgY29uc3QgbW9zdCA9IE1hdGgubWF4KE51bWJlcihzLnN0YXJ0VlVzID8/IDApLCAuLi5zdGFnZXMubWFwKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0KSk7XG4gICAgaWYgKHMuZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHRvdGFsICs9IG1vc3Q7XG4gICAgZWxzZSBpZiAodHlwZW9mIHMubWF4VlVzID09PSAnbnVtYmVyJykgdG90YWwgKz0gcy5tYXhWVXM7XG4gICAgZWxzZSBpZiAodHlwZW9mIHMucHJlQWxsb2NhdGVkVlVzID09PSAnbnVtYmVyJykgdG90YWwgKz0gcy5wcmVBbGxvY2F0ZWRWVXM7XG4gICAgZWxzZSB0b3RhbCArPSBOdW1iZXIocy52dXMgPz8gMSk7XG4gIH1cbiAgcmV0dXJuIHRvdGFsO1xufVxuIiwgIi8vIFJ1biBjb25maWd1cmF0aW9uIGZyb20gdGhlIGVudmlyb25tZW50LCB2YWxpZGF0ZWQgdXAgZnJvbnQuIFB1cmUgKG5vIGs2IGltcG9ydHMpIHNvIHRoZVxuLy8gcGFyc2luZyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlOyBsaWIvY29uZmlnL2Vudi50cyBhcHBsaWVzIGl0IHRvIGs2J3MgX19FTlYgYXQgaW5pdCwgd2hlcmUgYSB0aHJvd1xuLy8gc3RvcHMgdGhlIHJ1biBiZWZvcmUgYW55IHJlcXVlc3QgaXMgc2VudC5cbmltcG9ydCB7IERFRkFVTFRfVEFSR0VUUywgdHlwZSBUYXJnZXRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzJztcbmltcG9ydCB7IHR5cGUgUG9vbFNpemVzLCBwYXJzZVBvb2xTcGVjLCBVc2Vyc0ZpbGVFcnJvciB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCB0eXBlIEVudiA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlZGVudGlhbHMge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbmZpZyB7XG4gIGJhc2VVcmw6IHN0cmluZztcbiAgdXNlcnM6IHsgcmVndWxhcjogQ3JlZGVudGlhbHM7IHBvd2VyOiBDcmVkZW50aWFsczsgYWRtaW46IENyZWRlbnRpYWxzIH07XG4gIC8qKiBIb2xkIHRpbWUgb2YgdGhlIG1haW4gbG9hZCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTikuICovXG4gIGR1cmF0aW9uUzogbnVtYmVyO1xuICAvKiogUGVhayBudW1iZXIgb2YgdmlydHVhbCB1c2VycyAoUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUykuICovXG4gIGNvbmN1cnJlbnRVc2VyczogbnVtYmVyO1xuICAvKiogUGVyLXJlcXVlc3QgdGltZW91dCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQpLiAqL1xuICBhcGlUaW1lb3V0UzogbnVtYmVyO1xuICAvKiogUmFtcC11cCBhbmQgcmFtcC1kb3duIHRpbWUsIHNlY29uZHMuICovXG4gIHJhbXBVcFM6IG51bWJlcjtcbiAgcmFtcERvd25TOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBWVXMgcGVyIHVzZXIgdHlwZSwgcGVyY2VudCwgc3VtbWluZyB0byAxMDAuICovXG4gIHdlaWdodHM6IHsgcmVndWxhcjogbnVtYmVyOyBwb3dlcjogbnVtYmVyOyBhZG1pbjogbnVtYmVyIH07XG4gIC8qKiBUaGluayB0aW1lIGJldHdlZW4gYSB1c2VyJ3MgYWN0aW9ucywgc2Vjb25kcywgZHJhd24gdW5pZm9ybWx5IGZyb20gW21pbiwgbWF4XS4gKi9cbiAgdGhpbmtUaW1lUzogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfTtcbiAgLyoqIEhvdyBvZnRlbiBhIHBvd2VyIHVzZXIgcG9sbHMgYSBnZW5lcmF0aW9uIGpvYiwgYW5kIGhvdyBsb25nIGl0IHdhaXRzIGF0IG1vc3QsIHNlY29uZHMuICovXG4gIHBvbGxJbnRlcnZhbFM6IG51bWJlcjtcbiAgZ2VuZXJhdGlvblRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBDaGFwdGVycyBwZXIgZ2VuZXJhdGVkIGNvdXJzZS4gKi9cbiAgY2hhcHRlcnNQZXJDb3Vyc2U6IG51bWJlcjtcbiAgc2lkZWNhclVybDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2lkZWNhciBzYW1wbGVzIGdvIG1pc3NpbmcgKFNJREVDQVJfU1RSSUNUPXRydWUpLiAqL1xuICBzaWRlY2FyU3RyaWN0OiBib29sZWFuO1xuICAvKiogSG9zdHMgYmVzaWRlcyBsb29wYmFjayB0aGF0IGVudHJpZXMgaGVhdmllciB0aGFuIHNtb2tlIG1heSBsb2FkIChQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTKS4gKi9cbiAgYWxsb3dlZEhvc3RzOiBzdHJpbmdbXTtcbiAgdGFyZ2V0czogVGFyZ2V0cztcbiAgLyoqIFRoZSB1c2VyIHBvb2w6IGEgQ1NWIG9mIGFjY291bnRzIChQRVJGT1JNQU5DRV9VU0VSU19GSUxFKSwgb3IgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2w7IG5laXRoZXI6IG9uZSBhY2NvdW50IHBlciBjbGFzcy4gKi9cbiAgdXNlcnNGaWxlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGRlbW9Vc2VyczogUG9vbFNpemVzIHwgdW5kZWZpbmVkO1xuICAvKiogUmVmdXNlIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgY2xhc3MgdGhhbiBWVSBpZHMgKFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWUpLiAqL1xuICB1c2Vyc0Rpc3RpbmN0OiBib29sZWFuO1xuICAvKiogS2VwdCBjb3Vyc2VzIHBlciByZWd1bGFyL3Bvd2VyIGFjY291bnQgKFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyksIG9mIHdoaWNoIHRoZSBmaXJzdCBOIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGFyZSBnZW5lcmF0ZWQuICovXG4gIGRhdGFzZXQ6IHsgY291cnNlczogbnVtYmVyOyBnZW5lcmF0ZWQ6IG51bWJlcjsgcmVzZWVkOiBib29sZWFuIH07XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbi8qKiBUaGUgbG9uZ2VzdCByYW1wcywgc2Vjb25kcyAoUEVSRk9STUFOQ0VfUkFNUF9VUCwgUEVSRk9STUFOQ0VfUkFNUF9ET1dOKS4gKi9cbmV4cG9ydCBjb25zdCBNQVhfUkFNUF9VUF9TID0gMjQgKiAzNjAwO1xuZXhwb3J0IGNvbnN0IE1BWF9SQU1QX0RPV05fUyA9IDM2MDA7XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwb29sU3BlYyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIHJldHVybiBwYXJzZVBvb2xTcGVjKHZhbHVlLCBuYW1lKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoZXJyb3IgaW5zdGFuY2VvZiBVc2Vyc0ZpbGVFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBkYXRhc2V0KGVudjogRW52KTogQ29uZmlnWydkYXRhc2V0J10ge1xuICBjb25zdCBjb3Vyc2VzID0gY291bnQoMCwgMTAwMCkoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTJywgMjApO1xuICBjb25zdCBnZW5lcmF0ZWQgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCcsIE1hdGgubWluKDEsIGNvdXJzZXMpKTtcbiAgaWYgKGdlbmVyYXRlZCA+IGNvdXJzZXMpXG4gICAgZmFpbCgnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBTdHJpbmcoZ2VuZXJhdGVkKSwgYGF0IG1vc3QgUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTICgke2NvdXJzZXN9KWApO1xuICByZXR1cm4geyBjb3Vyc2VzLCBnZW5lcmF0ZWQsIHJlc2VlZDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRCcpIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgTUFYX1JBTVBfVVBfUykoXG4gICAgZW52LFxuICAgICdQRVJGT1JNQU5DRV9SQU1QX1VQJyxcbiAgICBNYXRoLm1pbigzMCwgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChkdXJhdGlvblMgLyA0KSkpLFxuICApO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgTUFYX1JBTVBfRE9XTl9TKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgbG9naW5QOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9MT0dJTl9QOTVfTVMnLCBkLmxvZ2luUDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgZHJvcHBlZFNoYXJlOiBudW1iZXJJbihcbiAgICAgICAgMCxcbiAgICAgICAgMSxcbiAgICAgICAgJ2Egc2hhcmUgb2YgdGhlIHNjaGVkdWxlZCBpdGVyYXRpb25zIChlLmcuIDAuMDEpJyxcbiAgICAgICAgZmFsc2UsXG4gICAgICApKGVudiwgJ1RIUkVTSE9MRF9EUk9QUEVEX1NIQVJFJywgZC5kcm9wcGVkU2hhcmUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbihcbiAgICAgICAgMCxcbiAgICAgICAgMV8wMDBfMDAwLFxuICAgICAgICAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJyxcbiAgICAgICAgZmFsc2UsXG4gICAgICApKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICAgIHVzZXJzRmlsZTogcmF3KGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0ZJTEUnKSB8fCB1bmRlZmluZWQsXG4gICAgZGVtb1VzZXJzOiBwb29sU3BlYyhlbnYsICdERU1PX1VTRVJTJyksXG4gICAgdXNlcnNEaXN0aW5jdDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVCcpLFxuICAgIGRhdGFzZXQ6IGRhdGFzZXQoZW52KSxcbiAgfTtcbn1cblxuLyoqIFRoZSBob3N0IHBhcnQgb2YgYSBVUkwsIGxvd2VyLWNhc2VkLCBJUHY2IGluIGJyYWNrZXRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhvc3RPZihiYXNlVXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBtYXRjaCA9IC9eaHR0cHM/OlxcL1xcLyhcXFtbXlxcXV0rXFxdfFteLzpdKykvaS5leGVjKGJhc2VVcmwpO1xuICByZXR1cm4gKG1hdGNoPy5bMV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJ1s6OjFdJyB8fCBob3N0ID09PSAnOjoxJyB8fCAvXjEyN1xcLlxcZHsxLDN9XFwuXFxkezEsM31cXC5cXGR7MSwzfSQvLnRlc3QoaG9zdCk7XG59XG5cbi8qKlxuICogVGhlIHRhcmdldCBndWFyZDogYW4gZW50cnkgaGVhdmllciB0aGFuIHNtb2tlIHJlZnVzZXMgYSBob3N0IHRoYXQgaXMgbm90IGxvb3BiYWNrIHVubGVzcyBpdCBpc1xuICogYWxsb3ctbGlzdGVkLCBzbyBhIHR5cG8gaW4gQkFTRV9VUkwgY2Fubm90IGxvYWQtdGVzdCBwcm9kdWN0aW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWc6IENvbmZpZywgZW50cnk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBob3N0ID0gaG9zdE9mKGNvbmZpZy5iYXNlVXJsKTtcbiAgaWYgKGlzTG9vcGJhY2soaG9zdCkgfHwgY29uZmlnLmFsbG93ZWRIb3N0cy5pbmNsdWRlcyhob3N0KSkgcmV0dXJuO1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgYHJlZnVzaW5nIHRvIHJ1biBcIiR7ZW50cnl9XCIgYWdhaW5zdCAke2NvbmZpZy5iYXNlVXJsfTogJHtob3N0fSBpcyBub3QgYSBsb29wYmFjayBhZGRyZXNzLiBgICtcbiAgICAgIGBJZiB5b3UgbWVhbiB0byBsb2FkLXRlc3QgaXQsIGFsbG93IGl0IHdpdGggUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUz0ke2hvc3R9IChjb21tYS1zZXBhcmF0ZWQgbGlzdCkuYCxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIHNjZW5hcmlvJ3Mgb3duIG51bWVyaWMgc2V0dGluZyAoZS5nLiBTUElLRV9GQUNUT1IpLCB2YWxpZGF0ZWQgbGlrZSB0aGUgc2hhcmVkIG9uZXM6IGEgYmFkXG4gKiB2YWx1ZSBzdG9wcyB0aGUgcnVuIGF0IGluaXQgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSB2YXJpYWJsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudk51bWJlcihcbiAgZW52OiBFbnYsXG4gIG5hbWU6IHN0cmluZyxcbiAgZmFsbGJhY2s6IG51bWJlcixcbiAgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9LFxuKTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gRWFjaCBlbnRyeSdzIGZhY3RzIGluIG9uZSBwbGFjZTogaXRzIG93biBzZXR0aW5ncyAoU1BJS0VfKiwgU09BS18qLCAuLi4pIGFzIGl0cyBzY2VuYXJpbyByZWFkc1xuLy8gdGhlbSwgd2hhdCBzZXRzIGl0cyBsZW5ndGgsIGhvdyB0aGUgcnVubmVyIGZpdHMgaXQgaW50byAtLW1heC1kdXJhdGlvbiwgYW5kIHdoaWNoIGxvYWQgbGV2ZWxcbi8vIGl0cyByZXNvdXJjZSBzY2FsaW5nIGZvbGxvd3MuIFJlYWQgYnkgc2NlbmFyaW9zLyoudHMgYW5kIGJ5IHRoZSBydW5uZXIgYWxpa2UsIHNvIGEgc2V0dGluZydzXG4vLyBuYW1lIGlzIHdyaXR0ZW4gb25jZS4gUHVyZSAobm8gazYgb3IgTm9kZSBpbXBvcnRzKTogYm90aCB3b3JsZHMgYnVuZGxlIGl0LlxuaW1wb3J0IHsgdHlwZSBDb25maWcsIHR5cGUgRW52LCBlbnZOdW1iZXIsIE1BWF9SQU1QX0RPV05fUywgTUFYX1JBTVBfVVBfUyB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IHBhcnNlSW50ZXJhY3RpdmUgfSBmcm9tICcuL2ludGVyYWN0aXZlLnRzJztcblxuLyoqIFRoZSBsb2FkIGxldmVsIHdob3NlIHN0ZXBzIHRoZSByZXNvdXJjZS1zY2FsaW5nIHRhYmxlIGZvbGxvd3MgKHJ1bm5lci9zY2FsaW5nLykuICovXG5leHBvcnQgdHlwZSBMb2FkTGV2ZWwgPSAndXNlcnMnIHwgJ3JlcXVlc3RzX3Blcl9zJztcblxuaW50ZXJmYWNlIEVudHJ5RmFjdHM8U2V0dGluZ3M+IHtcbiAgLyoqIEhvdyB0aGUgcnVubmVyIG9mZmVycyBpdDogaW4gYC0tc3VpdGUgYWxsYCwgYnkgbmFtZSBvbmx5IChzbW9rZSksIG9yIG5vdCBhdCBhbGwgKGludGVyYWN0aXZlOiBucG0gcnVuIHVpKS4gKi9cbiAgc3VpdGU6ICdhbGwnIHwgJ2J5LW5hbWUnIHwgJ25vbmUnO1xuICAvKiogV2hhdCBzZXRzIGl0cyBsZW5ndGgsIGZvciB0aGUgcGxhbidzIGhpbnRzLiAqL1xuICBsZW5ndGg6IHN0cmluZztcbiAgLyoqIFRoZSBzZXR0aW5ncyB0aGF0IG1ha2UgaXRzIGxvYWQgbGFzdCBhYm91dCBgc2Vjb25kc2AgKC0tbWF4LWR1cmF0aW9uKTsgYWJzZW50IHdoZW4gaXRzIGxlbmd0aCBpcyB0aGUgcGxhdGZvcm0ncy4gKi9cbiAgZml0PzogKHNlY29uZHM6IG51bWJlcikgPT4gUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIFRoZSBsb2FkIGxldmVsIGl0cyByZXNvdXJjZSBzY2FsaW5nIGZvbGxvd3M7IGFic2VudCB3aGVuIGl0cyBsb2FkIGRvZXMgbm90IGNoYW5nZSBieSBkZXNpZ24uICovXG4gIHNjYWxpbmc/OiBMb2FkTGV2ZWw7XG4gIC8qKiBJdHMgb3duIHNldHRpbmdzLCByZWFkIGZyb20gazYncyBfX0VOViBhdCBpbml0IChhIGJhZCB2YWx1ZSB0aHJvd3MsIG5hbWluZyB0aGUgdmFyaWFibGUpLiAqL1xuICBzZXR0aW5nczogKGVudjogRW52LCBjb25maWc6IENvbmZpZykgPT4gU2V0dGluZ3M7XG59XG5cbi8vIFRoZSBsZW5ndGggaGludHMgYXJlIGJ1aWx0IGZyb20gdGhlc2UgbmFtZXMgYXQgaW1wb3J0OyAvKiBAX19QVVJFX18gKi8gbGV0cyB0aGUgYnVuZGxlciBsZWF2ZVxuLy8gb3V0IHRoZSBlbnRyaWVzIGEgc2NlbmFyaW8gZG9lcyBub3QgaW1wb3J0LlxuLy8gVGhlIHNoYXJlZCBsZW5ndGggc2V0dGluZ3MgKHJlYWQgYnkgbGliL2NvbmZpZy9jb25maWcudHMpLlxuY29uc3QgRFVSQVRJT04gPSAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTic7XG5jb25zdCBSQU1QX1VQID0gJ1BFUkZPUk1BTkNFX1JBTVBfVVAnO1xuY29uc3QgUkFNUF9ET1dOID0gJ1BFUkZPUk1BTkNFX1JBTVBfRE9XTic7XG4vLyBFbnRyaWVzJyBvd24gbGVuZ3RoIHNldHRpbmdzLlxuY29uc3QgU1BJS0VfUEhBU0VTID0gWydTUElLRV9CQVNFTElORV9TJywgJ1NQSUtFX0hPTERfUycsICdTUElLRV9SRUNPVkVSWV9TJywgJ1NQSUtFX09CU0VSVkVfUyddIGFzIGNvbnN0O1xuY29uc3QgU09BS19EVVJBVElPTiA9ICdTT0FLX0RVUkFUSU9OJztcbmNvbnN0IEJSRUFLUE9JTlRfRFVSQVRJT04gPSAnQlJFQUtQT0lOVF9EVVJBVElPTic7XG5cbi8qKiBTZWNvbmRzIG9mIGVhY2ggb2YgdGhlIHNwaWtlJ3MgdHdvIHN1cmdlcyAodXAgYW5kIGJhY2sgZG93bikuICovXG5leHBvcnQgY29uc3QgU1BJS0VfU1VSR0VfUyA9IDM7XG4vKiogVGhlIGxvbmdlc3Qgc3Bpa2UgcGhhc2UgYW5kIGJyZWFrcG9pbnQgcmFtcCwgc2Vjb25kcy4gKi9cbmNvbnN0IE1BWF9QSEFTRV9TID0gODZfNDAwO1xuLyoqIEhvdyBsb25nIHNtb2tlJ3Mgb25lIFZVIGNhbGxzIHRoZSBlbmRwb2ludHMuICovXG5jb25zdCBTTU9LRV9TRUNPTkRTID0gMTA7XG5cbmNvbnN0IHdob2xlU2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+ICh7IG1pbiwgbWF4LCBpbnRlZ2VyOiB0cnVlLCB3aGF0OiAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycgfSk7XG5jb25zdCB3aG9sZU51bWJlciA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+ICh7IG1pbiwgbWF4LCBpbnRlZ2VyOiB0cnVlIH0pO1xuLyoqIEEgc2hhcmUgb2YgYHRvdGFsYCBzZWNvbmRzLCBhdCBsZWFzdCAxIGFuZCBhdCBtb3N0IHdoYXQgdGhlIHNldHRpbmcgYWNjZXB0cy4gKi9cbmNvbnN0IHBhcnQgPSAodG90YWw6IG51bWJlciwgc2hhcmU6IG51bWJlciwgbWF4OiBudW1iZXIpID0+XG4gIFN0cmluZyhNYXRoLm1pbihtYXgsIE1hdGgubWF4KDEsIE1hdGguZmxvb3IodG90YWwgKiBzaGFyZSkpKSk7XG5jb25zdCBub25lID0gKCkgPT4gKHt9KTtcblxuLyoqIFJhbXAgdXAsIGhvbGQsIHJhbXAgZG93bjogMS80LCAyLzMgYW5kIHRoZSByZXN0LiAqL1xuY29uc3QgZml0UmFtcHMgPSAoc2Vjb25kczogbnVtYmVyKSA9PiAoe1xuICBbUkFNUF9VUF06IHBhcnQoc2Vjb25kcywgMSAvIDQsIE1BWF9SQU1QX1VQX1MpLFxuICBbRFVSQVRJT05dOiBwYXJ0KHNlY29uZHMsIDIgLyAzLCBJbmZpbml0eSksXG4gIFtSQU1QX0RPV05dOiBwYXJ0KHNlY29uZHMsIDEgLyAxMiwgTUFYX1JBTVBfRE9XTl9TKSxcbn0pO1xuXG5leHBvcnQgY29uc3Qgc21va2VFbnRyeSA9IHtcbiAgc3VpdGU6ICdieS1uYW1lJyxcbiAgbGVuZ3RoOiAnb25lIHBhc3MnLFxuICBzZXR0aW5nczogKCkgPT4gKHsgc2Vjb25kczogU01PS0VfU0VDT05EUyB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBhcGlFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6IERVUkFUSU9OLFxuICBmaXQ6IChzZWNvbmRzKSA9PiAoeyBbRFVSQVRJT05dOiBTdHJpbmcoTWF0aC5tYXgoMSwgc2Vjb25kcykpIH0pLFxuICBzZXR0aW5nczogKGVudikgPT4gKHtcbiAgICAvKiogSXRlcmF0aW9ucy9zIHBlciBlbmRwb2ludCBncm91cCAoaGVhbHRoIDJ4LCBleHBvcnQgLzIsIGdlbmVyYXRlIGFuZCBsb2dpbiAvNSkuICovXG4gICAgcmF0ZTogZW52TnVtYmVyKGVudiwgJ0FQSV9SQVRFJywgNSwgeyBtaW46IDAuMSwgbWF4OiAxMF8wMDAsIHdoYXQ6ICdpdGVyYXRpb25zIHBlciBzZWNvbmQnIH0pLFxuICAgIC8qKiBFYWNoIGVuZHBvaW50J3MgZXJyb3IgYnVkZ2V0LiAqL1xuICAgIGVycm9yUmF0ZTogZW52TnVtYmVyKGVudiwgJ0FQSV9FUlJPUl9SQVRFJywgMC4wMSwgeyBtaW46IDAsIG1heDogMSwgd2hhdDogJ2EgZnJhY3Rpb24gKGUuZy4gMC4wMSknIH0pLFxuICB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBsb2FkRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW1JBTVBfVVAsIERVUkFUSU9OLCBSQU1QX0RPV05dLmpvaW4oJyArICcpLFxuICBmaXQ6IGZpdFJhbXBzLFxuICBzZXR0aW5nczogbm9uZSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCByYW1wVXBFbnRyeSA9IHtcbiAgc3VpdGU6ICdhbGwnLFxuICBsZW5ndGg6IC8qIEBfX1BVUkVfXyAqLyBbUkFNUF9VUCwgRFVSQVRJT04sIFJBTVBfRE9XTl0uam9pbignICsgJyksXG4gIGZpdDogZml0UmFtcHMsXG4gIHNjYWxpbmc6ICd1c2VycycsXG4gIHNldHRpbmdzOiAoZW52KSA9PiAoe1xuICAgIC8qKiBJdHMgb3duIGRlZmF1bHQgcmFtcCAoNjAgcyksIHNsb3dlciB0aGFuIHRoZSBzaGFyZWQgb25lLiAqL1xuICAgIHJhbXBVcFM6IGVudk51bWJlcihlbnYsIFJBTVBfVVAsIDYwLCB3aG9sZVNlY29uZHMoMSwgTUFYX1JBTVBfVVBfUykpLFxuICAgIGhvbGRQOTVNczogZW52TnVtYmVyKGVudiwgJ1JBTVBfSE9MRF9QOTVfTVMnLCA1MDAsIHsgbWluOiAxLCBtYXg6IDYwMF8wMDAsIHdoYXQ6ICdtaWxsaXNlY29uZHMnIH0pLFxuICAgIGRyaWZ0TGltaXQ6IGVudk51bWJlcihlbnYsICdSQU1QX0RSSUZUX0xJTUlUJywgMS41LCB7IG1pbjogMSwgbWF4OiAxMDAgfSksXG4gIH0pLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IHNwaWtlRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gU1BJS0VfUEhBU0VTLmpvaW4oJywgJyksXG4gIGZpdDogKHNlY29uZHMpID0+IHtcbiAgICAvLyBiYXNlbGluZSwgaG9sZCwgcmVjb3ZlcnkgZ3JhY2UsIG9ic2VydmF0aW9uIGFzIDIwLzIwLzEwLzIwIG9mIHdoYXQgdGhlIHR3byBzdXJnZXMgbGVhdmUuXG4gICAgY29uc3QgbGVmdCA9IE1hdGgubWF4KDQsIHNlY29uZHMgLSAyICogU1BJS0VfU1VSR0VfUyk7XG4gICAgY29uc3QgW2Jhc2VsaW5lLCBob2xkLCByZWNvdmVyeSwgb2JzZXJ2ZV0gPSBTUElLRV9QSEFTRVM7XG4gICAgcmV0dXJuIHtcbiAgICAgIFtiYXNlbGluZV06IHBhcnQobGVmdCwgMiAvIDcsIE1BWF9QSEFTRV9TKSxcbiAgICAgIFtob2xkXTogcGFydChsZWZ0LCAyIC8gNywgTUFYX1BIQVNFX1MpLFxuICAgICAgW3JlY292ZXJ5XTogcGFydChsZWZ0LCAxIC8gNywgTUFYX1BIQVNFX1MpLFxuICAgICAgW29ic2VydmVdOiBwYXJ0KGxlZnQsIDIgLyA3LCBNQVhfUEhBU0VfUyksXG4gICAgfTtcbiAgfSxcbiAgc2NhbGluZzogJ3VzZXJzJyxcbiAgc2V0dGluZ3M6IChlbnYsIGNvbmZpZykgPT4ge1xuICAgIGNvbnN0IHNlY29uZHMgPSAobmFtZTogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyKSA9PiBlbnZOdW1iZXIoZW52LCBuYW1lLCBmYWxsYmFjaywgd2hvbGVTZWNvbmRzKDEsIE1BWF9QSEFTRV9TKSk7XG4gICAgY29uc3QgW2Jhc2VsaW5lLCBob2xkLCByZWNvdmVyeSwgb2JzZXJ2ZV0gPSBTUElLRV9QSEFTRVM7XG4gICAgcmV0dXJuIHtcbiAgICAgIGJhc2VVc2VyczogZW52TnVtYmVyKFxuICAgICAgICBlbnYsXG4gICAgICAgICdTUElLRV9CQVNFX1VTRVJTJyxcbiAgICAgICAgTWF0aC5tYXgoMiwgTWF0aC5yb3VuZChjb25maWcuY29uY3VycmVudFVzZXJzIC8gMTApKSxcbiAgICAgICAgd2hvbGVOdW1iZXIoMSwgMTAwXzAwMCksXG4gICAgICApLFxuICAgICAgZmFjdG9yOiBlbnZOdW1iZXIoZW52LCAnU1BJS0VfRkFDVE9SJywgNSwgeyBtaW46IDEsIG1heDogMTAwMCB9KSxcbiAgICAgIGJhc2VsaW5lUzogc2Vjb25kcyhiYXNlbGluZSwgMjApLFxuICAgICAgaG9sZFM6IHNlY29uZHMoaG9sZCwgMjApLFxuICAgICAgcmVjb3ZlcnlTOiBzZWNvbmRzKHJlY292ZXJ5LCAxMCksXG4gICAgICBvYnNlcnZlUzogc2Vjb25kcyhvYnNlcnZlLCAyMCksXG4gICAgICByZWNvdmVyeUZhY3RvcjogZW52TnVtYmVyKGVudiwgJ1NQSUtFX1JFQ09WRVJZX0ZBQ1RPUicsIDIsIHsgbWluOiAxLCBtYXg6IDEwMDAgfSksXG4gICAgfTtcbiAgfSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBzb2FrRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW1NPQUtfRFVSQVRJT04sICcobm90IC0tZHVyYXRpb24pJ10uam9pbignICcpLFxuICBmaXQ6IChzZWNvbmRzKSA9PiAoeyBbU09BS19EVVJBVElPTl06IFN0cmluZyhNYXRoLm1heCgxMCwgc2Vjb25kcykpIH0pLFxuICBzZXR0aW5nczogKGVudiwgY29uZmlnKSA9PiAoe1xuICAgIGR1cmF0aW9uUzogZW52TnVtYmVyKGVudiwgU09BS19EVVJBVElPTiwgMTgwMCwgd2hvbGVTZWNvbmRzKDEwLCA3ICogODZfNDAwKSksXG4gICAgdXNlcnM6IGVudk51bWJlcihlbnYsICdTT0FLX1VTRVJTJywgTWF0aC5tYXgoMywgTWF0aC5yb3VuZChjb25maWcuY29uY3VycmVudFVzZXJzIC8gNSkpLCB3aG9sZU51bWJlcigxLCAxMDBfMDAwKSksXG4gICAgZHJpZnRMaW1pdDogZW52TnVtYmVyKGVudiwgJ1NPQUtfRFJJRlRfTElNSVQnLCAxLjUsIHsgbWluOiAxLCBtYXg6IDEwMCB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgY29uY3VycmVudEVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogJ29uZSBidXJzdDsgbm90IHNob3J0ZW5lZCcsXG4gIHNldHRpbmdzOiAoZW52KSA9PiAoe1xuICAgIHA5NU1zOiBlbnZOdW1iZXIoZW52LCAnQ09OQ1VSUkVOVF9QOTVfTVMnLCAxMDAwLCB7IG1pbjogMSwgbWF4OiA2MDBfMDAwLCB3aGF0OiAnbWlsbGlzZWNvbmRzJyB9KSxcbiAgICBzZXR0bGVTOiBlbnZOdW1iZXIoZW52LCAnQ09OQ1VSUkVOVF9TRVRUTEVfUycsIDIsIHsgbWluOiAwLCBtYXg6IDYwMCB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogJ3RoZSBwbGF0Zm9ybSBnZW5lcmF0aW5nIEdFTkVSQVRJT05fVVNFUlMgY291cnNlcywgdXAgdG8gR0VORVJBVElPTl9USU1FT1VUOyBub3Qgc2hvcnRlbmVkJyxcbiAgc2V0dGluZ3M6IChlbnYpID0+ICh7XG4gICAgdXNlcnM6IGVudk51bWJlcihlbnYsICdHRU5FUkFUSU9OX1VTRVJTJywgMTAsIHdob2xlTnVtYmVyKDEsIDEwXzAwMCkpLFxuICAgIGNvdXJzZXNQZXJVc2VyOiBlbnZOdW1iZXIoZW52LCAnR0VORVJBVElPTl9DT1VSU0VTX1BFUl9VU0VSJywgMSwgd2hvbGVOdW1iZXIoMSwgMTAwMCkpLFxuICB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBicmVha3BvaW50RW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW0JSRUFLUE9JTlRfRFVSQVRJT04sICdvciBsZXNzIHdoZW4gaXQgYnJlYWtzJ10uam9pbignLCAnKSxcbiAgZml0OiAoc2Vjb25kcykgPT4gKHsgW0JSRUFLUE9JTlRfRFVSQVRJT05dOiBTdHJpbmcoTWF0aC5taW4oTUFYX1BIQVNFX1MsIE1hdGgubWF4KDEsIHNlY29uZHMpKSkgfSksXG4gIHNjYWxpbmc6ICdyZXF1ZXN0c19wZXJfcycsXG4gIHNldHRpbmdzOiAoZW52KSA9PiB7XG4gICAgY29uc3Qgc3RhcnRSYXRlID0gZW52TnVtYmVyKGVudiwgJ0JSRUFLUE9JTlRfU1RBUlRfUkFURScsIDUsIHdob2xlTnVtYmVyKDEsIDEwMF8wMDApKTtcbiAgICBjb25zdCBtYXhSYXRlID0gZW52TnVtYmVyKGVudiwgJ0JSRUFLUE9JTlRfTUFYX1JBVEUnLCAyMDAwLCB3aG9sZU51bWJlcigxLCAxMDBfMDAwKSk7XG4gICAgY29uc3QgZHVyYXRpb25TID0gZW52TnVtYmVyKGVudiwgQlJFQUtQT0lOVF9EVVJBVElPTiwgMTIwLCB3aG9sZVNlY29uZHMoMSwgTUFYX1BIQVNFX1MpKTtcbiAgICBjb25zdCB3aW5kb3dTaXplID0gZW52TnVtYmVyKGVudiwgJ0JSRUFLUE9JTlRfV0lORE9XJywgMjAsIHdob2xlTnVtYmVyKDEsIDEwXzAwMCkpO1xuICAgIGlmIChtYXhSYXRlIDwgc3RhcnRSYXRlKVxuICAgICAgdGhyb3cgbmV3IEVycm9yKGBCUkVBS1BPSU5UX01BWF9SQVRFPSR7bWF4UmF0ZX0gaXMgYmVsb3cgQlJFQUtQT0lOVF9TVEFSVF9SQVRFPSR7c3RhcnRSYXRlfTogdGhlIHJhdGUgbXVzdCByaXNlYCk7XG4gICAgcmV0dXJuIHsgc3RhcnRSYXRlLCBtYXhSYXRlLCBkdXJhdGlvblMsIHdpbmRvd1NpemUgfTtcbiAgfSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBpbnRlcmFjdGl2ZUVudHJ5ID0ge1xuICBzdWl0ZTogJ25vbmUnLFxuICBsZW5ndGg6ICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OLCBvciBsZXNzIHdoZW4gdGhlIHBhZ2Ugc3RvcHMgaXQnLFxuICBzZXR0aW5nczogKGVudikgPT4gcGFyc2VJbnRlcmFjdGl2ZShlbnYpLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuLyoqIEV2ZXJ5IGVudHJ5IChzY2VuYXJpb3MvPG5hbWU+LnRzKSwgaW4gdGhlIG9yZGVyIHRoZSBydW5uZXIgbGlzdHMgdGhlbS4gKi9cbmV4cG9ydCBjb25zdCBFTlRSSUVTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBFbnRyeUZhY3RzPHVua25vd24+Pj4gPSB7XG4gIHNtb2tlOiBzbW9rZUVudHJ5LFxuICBhcGk6IGFwaUVudHJ5LFxuICBsb2FkOiBsb2FkRW50cnksXG4gICdyYW1wLXVwJzogcmFtcFVwRW50cnksXG4gIHNwaWtlOiBzcGlrZUVudHJ5LFxuICBzb2FrOiBzb2FrRW50cnksXG4gIGNvbmN1cnJlbnQ6IGNvbmN1cnJlbnRFbnRyeSxcbiAgZ2VuZXJhdGlvbjogZ2VuZXJhdGlvbkVudHJ5LFxuICBicmVha3BvaW50OiBicmVha3BvaW50RW50cnksXG4gIGludGVyYWN0aXZlOiBpbnRlcmFjdGl2ZUVudHJ5LFxufTtcblxuLyoqIFRoZSBlbnRyaWVzIGAtLXN1aXRlIGFsbGAgcnVucywgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gc3VpdGVFbnRyaWVzKCk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIE9iamVjdC5rZXlzKEVOVFJJRVMpLmZpbHRlcigobmFtZSkgPT4gRU5UUklFU1tuYW1lXT8uc3VpdGUgPT09ICdhbGwnKTtcbn1cblxuLyoqIFdoYXQgYC0tc3VpdGVgIGFjY2VwdHM6IGFsbCwgb3IgYW4gZW50cnkgdGhlIHJ1bm5lciBvZmZlcnMuICovXG5leHBvcnQgZnVuY3Rpb24gc2VsZWN0YWJsZUVudHJpZXMoKTogc3RyaW5nW10ge1xuICByZXR1cm4gWydhbGwnLCAuLi5PYmplY3Qua2V5cyhFTlRSSUVTKS5maWx0ZXIoKG5hbWUpID0+IEVOVFJJRVNbbmFtZV0/LnN1aXRlICE9PSAnbm9uZScpXTtcbn1cblxuLyoqIFRoZSBzZXR0aW5ncyB0aGF0IG1ha2UgYGVudHJ5YCdzIGxvYWQgbGFzdCBhYm91dCBgc2Vjb25kc2AsIG9yIG51bGwgd2hlbiBpdHMgbGVuZ3RoIGlzIHRoZSBwbGF0Zm9ybSdzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpdFRvRHVyYXRpb24oZW50cnk6IHN0cmluZywgc2Vjb25kczogbnVtYmVyKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB8IG51bGwge1xuICByZXR1cm4gRU5UUklFU1tlbnRyeV0/LmZpdD8uKHNlY29uZHMpID8/IG51bGw7XG59XG5cbi8qKiBXaGF0IHNldHMgYGVudHJ5YCdzIGxlbmd0aCwgZm9yIHRoZSBwbGFuJ3MgaGludHMuICovXG5leHBvcnQgZnVuY3Rpb24gbGVuZ3RoT2YoZW50cnk6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBFTlRSSUVTW2VudHJ5XT8ubGVuZ3RoID8/ICdpdHMgb3duIHNldHRpbmdzJztcbn1cblxuLyoqIFdoaWNoIGxvYWQgbGV2ZWwgYW4gZW50cnkgY2hhbmdlcywgb3IgbnVsbCBmb3IgZW50cmllcyB3aG9zZSBsb2FkIGRvZXMgbm90IGNoYW5nZSBieSBkZXNpZ24uICovXG5leHBvcnQgZnVuY3Rpb24gc2NhbGluZ0xldmVsT2YoZW50cnk6IHN0cmluZyk6IExvYWRMZXZlbCB8IG51bGwge1xuICByZXR1cm4gRU5UUklFU1tlbnRyeV0/LnNjYWxpbmcgPz8gbnVsbDtcbn1cbiIsICIvLyBBIHR5cGVkIGJ1aWxkZXIgZm9yIGs2IHRocmVzaG9sZCBleHByZXNzaW9ucywgc28gYSB0eXBvIGluIGFuIGFnZ3JlZ2F0aW9uIG9yIG9wZXJhdG9yIGlzIGFcbi8vIGNvbXBpbGUgZXJyb3IgaGVyZSBpbnN0ZWFkIG9mIGEgdGhyZXNob2xkIGs2IHJlamVjdHMgKG9yIHNpbGVudGx5IG5ldmVyIGV2YWx1YXRlcykgYXQgcnVuIHRpbWUuXG5cbi8qKiBBZ2dyZWdhdGlvbnMgazYgYWNjZXB0cyBwZXIgbWV0cmljIHR5cGUuICovXG5leHBvcnQgdHlwZSBUcmVuZFN0YXQgPSAnYXZnJyB8ICdtaW4nIHwgJ21heCcgfCAnbWVkJyB8IGBwKCR7bnVtYmVyfSlgO1xuZXhwb3J0IHR5cGUgUmF0ZVN0YXQgPSAncmF0ZSc7XG5leHBvcnQgdHlwZSBDb3VudGVyU3RhdCA9ICdjb3VudCcgfCAncmF0ZSc7XG5leHBvcnQgdHlwZSBHYXVnZVN0YXQgPSAndmFsdWUnO1xuZXhwb3J0IHR5cGUgU3RhdCA9IFRyZW5kU3RhdCB8IFJhdGVTdGF0IHwgQ291bnRlclN0YXQgfCBHYXVnZVN0YXQ7XG5leHBvcnQgdHlwZSBPcGVyYXRvciA9ICc8JyB8ICc8PScgfCAnPicgfCAnPj0nIHwgJz09JyB8ICc9PT0nIHwgJyE9JztcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlIHtcbiAgc3RhdDogU3RhdDtcbiAgb3A6IE9wZXJhdG9yO1xuICB2YWx1ZTogbnVtYmVyO1xuICAvKiogU3RvcCB0aGUgd2hvbGUgcnVuIGFzIHNvb24gYXMgdGhpcyBydWxlIGZhaWxzIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgKS4gKi9cbiAgYWJvcnRPbkZhaWw/OiBib29sZWFuO1xuICAvKiogazYgZHVyYXRpb24sIGUuZy4gJzEwcyc6IGhvdyBsb25nIHRvIGNvbGxlY3QgZGF0YSBiZWZvcmUgYW4gYWJvcnQgbWF5IHRyaWdnZXIuICovXG4gIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nO1xufVxuXG4vKiogT25lIG1ldHJpYyAob3B0aW9uYWxseSBuYXJyb3dlZCB0byBhIHRhZ2dlZCBzdWItbWV0cmljKSBhbmQgdGhlIHJ1bGVzIGl0IG11c3QgbWVldC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2F0ZSB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICB0YWdzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcnVsZXM6IFJ1bGVbXTtcbn1cblxuLyoqIFdoYXQgazYgYWNjZXB0cyBhcyBvbmUgZW50cnkgb2YgYSBtZXRyaWMncyB0aHJlc2hvbGQgbGlzdC4gKi9cbmV4cG9ydCB0eXBlIEs2VGhyZXNob2xkID0gc3RyaW5nIHwgeyB0aHJlc2hvbGQ6IHN0cmluZzsgYWJvcnRPbkZhaWw/OiBib29sZWFuOyBkZWxheUFib3J0RXZhbD86IHN0cmluZyB9O1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGRzID0gUmVjb3JkPHN0cmluZywgSzZUaHJlc2hvbGRbXT47XG5cbi8vIE1hZGUgb24gZmlyc3QgdXNlLCBub3QgYXQgbW9kdWxlIGxvYWQ6IG9wdGlvbnMgYXJlIGJ1aWx0IGluIGs2J3MgVlUgMCBvbmx5IChsaWIvY29uZmlnL2VudHJ5LnRzKSxcbi8vIGFuZCBhIFJlZ0V4cCBldmFsdWF0ZWQgYXQgbG9hZCB3b3VsZCBidWlsZCBSZWdFeHAncyBwcm90b3R5cGUgaW4gZXZlcnkgVlUncyBydW50aW1lLlxubGV0IHBhdHRlcm5zOiB7IG1ldHJpY05hbWU6IFJlZ0V4cDsgdGFnUGFydDogUmVnRXhwOyBwZXJjZW50aWxlOiBSZWdFeHAgfSB8IHVuZGVmaW5lZDtcbmNvbnN0IHBhdHRlcm4gPSAoKSA9PlxuICAocGF0dGVybnMgPz89IHtcbiAgICBtZXRyaWNOYW1lOiAvXltBLVphLXpfXVtBLVphLXowLTlfXSokLyxcbiAgICB0YWdQYXJ0OiAvXltBLVphLXowLTlfLlxcLS9dKyQvLFxuICAgIHBlcmNlbnRpbGU6IC9ecFxcKChcXGQrKFxcLlxcZCspPylcXCkkLyxcbiAgfSk7XG5cbi8qKiBgaHR0cF9yZXFfZHVyYXRpb257ZW5kcG9pbnQ6aGVhbHRofWA6IHRoZSBrZXkgazYgdXNlcyBmb3IgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNLZXkobWV0cmljOiBzdHJpbmcsIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+KTogc3RyaW5nIHtcbiAgaWYgKCFwYXR0ZXJuKCkubWV0cmljTmFtZS50ZXN0KG1ldHJpYykpIHRocm93IG5ldyBFcnJvcihgaW52YWxpZCBtZXRyaWMgbmFtZSBcIiR7bWV0cmljfVwiOiB1c2UgbGV0dGVycywgZGlnaXRzIGFuZCBfYCk7XG4gIGNvbnN0IGVudHJpZXMgPSBPYmplY3QuZW50cmllcyh0YWdzID8/IHt9KTtcbiAgaWYgKGVudHJpZXMubGVuZ3RoID09PSAwKSByZXR1cm4gbWV0cmljO1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBlbnRyaWVzKSB7XG4gICAgaWYgKCFwYXR0ZXJuKCkudGFnUGFydC50ZXN0KGtleSkgfHwgIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3QodmFsdWUpKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgIGBpbnZhbGlkIHRhZyAke2tleX06JHt2YWx1ZX0gb24gJHttZXRyaWN9OiB0YWdzIGluIHRocmVzaG9sZHMgbWF5IGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBfIC4gLSAvYCxcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIHJldHVybiBgJHttZXRyaWN9eyR7ZW50cmllcy5tYXAoKFtrZXksIHZhbHVlXSkgPT4gYCR7a2V5fToke3ZhbHVlfWApLmpvaW4oJywnKX19YDtcbn1cblxuLyoqIGBwKDk1KTwyMDBgOiBvbmUgcnVsZSBhcyBrNidzIGV4cHJlc3Npb24gdGV4dC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHByZXNzaW9uKHJ1bGU6IFBpY2s8UnVsZSwgJ3N0YXQnIHwgJ29wJyB8ICd2YWx1ZSc+KTogc3RyaW5nIHtcbiAgY29uc3QgcGVyY2VudGlsZSA9IHBhdHRlcm4oKS5wZXJjZW50aWxlLmV4ZWMocnVsZS5zdGF0KTtcbiAgaWYgKHJ1bGUuc3RhdC5zdGFydHNXaXRoKCdwKCcpICYmICghcGVyY2VudGlsZSB8fCBOdW1iZXIocGVyY2VudGlsZVsxXSkgPiAxMDApKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIHBlcmNlbnRpbGUgXCIke3J1bGUuc3RhdH1cIjogdXNlIHAoTikgd2l0aCAwIDw9IE4gPD0gMTAwYCk7XG4gIH1cbiAgaWYgKCFOdW1iZXIuaXNGaW5pdGUocnVsZS52YWx1ZSkpXG4gICAgdGhyb3cgbmV3IEVycm9yKGB0aHJlc2hvbGQgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX06IHRoZSBsaW1pdCBtdXN0IGJlIGEgZmluaXRlIG51bWJlcmApO1xuICByZXR1cm4gYCR7cnVsZS5zdGF0fSR7cnVsZS5vcH0ke3J1bGUudmFsdWV9YDtcbn1cblxuZnVuY3Rpb24gdG9LNihydWxlOiBSdWxlKTogSzZUaHJlc2hvbGQge1xuICBjb25zdCB0ZXh0ID0gZXhwcmVzc2lvbihydWxlKTtcbiAgaWYgKCFydWxlLmFib3J0T25GYWlsKSByZXR1cm4gdGV4dDtcbiAgcmV0dXJuIHtcbiAgICB0aHJlc2hvbGQ6IHRleHQsXG4gICAgYWJvcnRPbkZhaWw6IHRydWUsXG4gICAgLi4uKHJ1bGUuZGVsYXlBYm9ydEV2YWwgPyB7IGRlbGF5QWJvcnRFdmFsOiBydWxlLmRlbGF5QWJvcnRFdmFsIH0gOiB7fSksXG4gIH07XG59XG5cbi8qKiBUdXJucyBnYXRlcyBpbnRvIGs2J3MgYG9wdGlvbnMudGhyZXNob2xkc2A7IGdhdGVzIG9uIHRoZSBzYW1lIGtleSBhcmUgbWVyZ2VkIGluIG9yZGVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvSzZUaHJlc2hvbGRzKGdhdGVzOiBHYXRlW10pOiBLNlRocmVzaG9sZHMge1xuICBjb25zdCBvdXQ6IEs2VGhyZXNob2xkcyA9IHt9O1xuICBmb3IgKGNvbnN0IGdhdGUgb2YgZ2F0ZXMpIHtcbiAgICBjb25zdCBrZXkgPSBtZXRyaWNLZXkoZ2F0ZS5tZXRyaWMsIGdhdGUudGFncyk7XG4gICAgb3V0W2tleV0gPSBbLi4uKG91dFtrZXldID8/IFtdKSwgLi4uZ2F0ZS5ydWxlcy5tYXAodG9LNildO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLy8gT3Blbi1tb2RlbCAoYXJyaXZhbC1yYXRlKSBzY2VuYXJpb3M6IGhvdyBtYW55IFZVcyB0aGV5IG5lZWQsIGFuZCBob3cgbWFueSBpdGVyYXRpb25zIHRoZXkgc2NoZWR1bGUuXG4vL1xuLy8gQW4gYXJyaXZhbC1yYXRlIGV4ZWN1dG9yIHN0YXJ0cyBlYWNoIHNjaGVkdWxlZCBpdGVyYXRpb24gb24gYSBmcmVlIFZVLiBXaXRoIG5vbmUgZnJlZSBpdCBkcm9wcyB0aGVcbi8vIGl0ZXJhdGlvbiAoazYncyBkcm9wcGVkX2l0ZXJhdGlvbnMpIGFuZCBpbml0aWFsaXNlcyBvbmUgbW9yZSBWVSBpbiB0aGUgYmFja2dyb3VuZCwgdXAgdG8gbWF4VlVzLFxuLy8gc28gZXZlcnkgVlUgYWRkZWQgbWlkLXJ1biBjb3N0cyBhdCBsZWFzdCBvbmUgZHJvcHBlZCBpdGVyYXRpb24uIEEgZHJvcHBlZCBpdGVyYXRpb24gaXMgcmVxdWVzdHNcbi8vIG5vdCBzZW50IG9uIHRpbWU6IHRoZWlyIGxhdGVuY3kgaXMgaW4gbm8gcGVyY2VudGlsZSwgdGhlIHZlcnkgb21pc3Npb24gYW4gb3BlbiBtb2RlbCBpcyB0aGVyZSB0b1xuLy8gYXZvaWQuIFNvIHRoZSBWVXMgZm9sbG93IGZyb20gdGhlIHJhdGUgYW5kIHRoZSBsYXRlbmN5IChMaXR0bGUncyBsYXc6IFZVcyBidXN5ID0gaXRlcmF0aW9ucyBwZXJcbi8vIHNlY29uZCB4IHNlY29uZHMgcGVyIGl0ZXJhdGlvbikuXG5pbXBvcnQgeyBkdXJhdGlvblNlY29uZHMgfSBmcm9tICcuL2R1cmF0aW9uLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuL3NoYXBlcy50cyc7XG5cbi8qKiBQcmUtYWxsb2NhdGVkIFZVcyBob2xkIHR3aWNlIHRoZSBpdGVyYXRpb25zIGluIGZsaWdodCBhdCB0aGUgY292ZXJlZCBsYXRlbmN5IChidXJzdHMsIGEgZ2VuZXJhdG9yIGNhdGNoaW5nIHVwIGFmdGVyIGEgcGF1c2UpLiAqL1xuZXhwb3J0IGNvbnN0IFBSRUFMTE9DQVRFRF9IRUFEUk9PTSA9IDI7XG4vKipcbiAqIFRoZSBsYXRlbmN5IHByZS1hbGxvY2F0ZWQgVlVzIGNvdmVyIGlzIHRoZSBwOTkgYnVkZ2V0LCBjb3VudGVkIHVwIHRvIHRoaXMgbWFueSBzZWNvbmRzOiBrNlxuICogaW5pdGlhbGlzZXMgZXZlcnkgcHJlLWFsbG9jYXRlZCBWVSBiZWZvcmUgdGhlIGxvYWQgc3RhcnRzLCBzbyBhIHJlbGF4ZWQgYnVkZ2V0IChlLmcuIDYwIHMpIHdvdWxkXG4gKiBzdGFydCB0aG91c2FuZHM7IHNsb3dlciBhbnN3ZXJzIGdldCBWVXMgb24gZGVtYW5kIHVwIHRvIG1heFZVcy5cbiAqL1xuZXhwb3J0IGNvbnN0IFBSRUFMTE9DQVRFRF9MQVRFTkNZX0NBUF9TID0gMTtcblxuZXhwb3J0IGludGVyZmFjZSBPcGVuTW9kZWxMb2FkIHtcbiAgLyoqIEl0ZXJhdGlvbnMgcGVyIHNlY29uZC4gKi9cbiAgcmF0ZVBlclM6IG51bWJlcjtcbiAgLyoqIFJlcXVlc3RzIG9uZSBpdGVyYXRpb24gc2VuZHMgb25lIGFmdGVyIGFub3RoZXIuICovXG4gIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBudW1iZXI7XG4gIC8qKiBUaGUgcDk5IGxhdGVuY3kgYnVkZ2V0IG9mIHRob3NlIHJlcXVlc3RzLCBtcy4gKi9cbiAgcDk5QnVkZ2V0TXM6IG51bWJlcjtcbiAgLyoqIFRoZSBwZXItcmVxdWVzdCB0aW1lb3V0LCBzOiBubyByZXF1ZXN0IHRha2VzIGxvbmdlci4gKi9cbiAgdGltZW91dFM6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBwcmVBbGxvY2F0ZWRWVXM6IGV2ZXJ5IHJlcXVlc3QgYW5zd2VyaW5nIGF0IGl0cyBwOTkgYnVkZ2V0IChhdCBtb3N0IFBSRUFMTE9DQVRFRF9MQVRFTkNZX0NBUF9TKSxcbiAqIFBSRUFMTE9DQVRFRF9IRUFEUk9PTSB0aW1lcyBvdmVyLCBwbHVzIG9uZSwgc28gYSBwbGF0Zm9ybSB3aXRoaW4gYnVkZ2V0IG5ldmVyIHdhaXRzIGZvciBhIFZVO1xuICogbWF4VlVzOiBldmVyeSByZXF1ZXN0IGFuc3dlcmluZyBqdXN0IGJlZm9yZSB0aGUgdGltZW91dCwgc28gYSBzbG93ZXIgcGxhdGZvcm0gc3RpbGwgZ2V0cyBpdHNcbiAqIHJlcXVlc3RzIHNlbnQgKGVhY2ggVlUgYWRkZWQgY29zdHMgYSBkcm9wcGVkIGl0ZXJhdGlvbiwgY291bnRlZCBhbmQgZ2F0ZWQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gb3Blbk1vZGVsVlVzKGxvYWQ6IE9wZW5Nb2RlbExvYWQpOiB7IHByZUFsbG9jYXRlZFZVczogbnVtYmVyOyBtYXhWVXM6IG51bWJlciB9IHtcbiAgY29uc3QgaXRlcmF0aW9uUyA9IChsYXRlbmN5UzogbnVtYmVyKSA9PiBsb2FkLnJlcXVlc3RzUGVySXRlcmF0aW9uICogbGF0ZW5jeVM7XG4gIGNvbnN0IGNvdmVyZWQgPSBNYXRoLm1pbihsb2FkLnA5OUJ1ZGdldE1zIC8gMTAwMCwgUFJFQUxMT0NBVEVEX0xBVEVOQ1lfQ0FQX1MpO1xuICBjb25zdCBwcmVBbGxvY2F0ZWRWVXMgPSBNYXRoLmNlaWwoUFJFQUxMT0NBVEVEX0hFQURST09NICogbG9hZC5yYXRlUGVyUyAqIGl0ZXJhdGlvblMoY292ZXJlZCkpICsgMTtcbiAgY29uc3QgbWF4VlVzID0gTWF0aC5tYXgocHJlQWxsb2NhdGVkVlVzLCBNYXRoLmNlaWwobG9hZC5yYXRlUGVyUyAqIGl0ZXJhdGlvblMobG9hZC50aW1lb3V0UykpKTtcbiAgcmV0dXJuIHsgcHJlQWxsb2NhdGVkVlVzLCBtYXhWVXMgfTtcbn1cblxuZXhwb3J0IGNvbnN0IGlzQXJyaXZhbFJhdGUgPSAoc2NlbmFyaW86IFNjZW5hcmlvKTogYm9vbGVhbiA9PlxuICBzY2VuYXJpby5leGVjdXRvciA9PT0gJ2NvbnN0YW50LWFycml2YWwtcmF0ZScgfHwgc2NlbmFyaW8uZXhlY3V0b3IgPT09ICdyYW1waW5nLWFycml2YWwtcmF0ZSc7XG5cbi8qKiBUaGUgaXRlcmF0aW9ucyBhbiBhcnJpdmFsLXJhdGUgc2NlbmFyaW8gc2NoZWR1bGVzIG92ZXIgaXRzIHdob2xlIHJ1biAoY29uc3RhbnQgcmF0ZSB4IGR1cmF0aW9uOyB0aGUgYXJlYSB1bmRlciBhIHJhbXApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNjaGVkdWxlZEl0ZXJhdGlvbnMoc2NlbmFyaW86IFNjZW5hcmlvKTogbnVtYmVyIHtcbiAgY29uc3QgcyA9IHNjZW5hcmlvIGFzIFNjZW5hcmlvICYge1xuICAgIHJhdGU/OiBudW1iZXI7XG4gICAgdGltZVVuaXQ/OiBzdHJpbmc7XG4gICAgZHVyYXRpb24/OiBzdHJpbmc7XG4gICAgc3RhcnRSYXRlPzogbnVtYmVyO1xuICAgIHN0YWdlcz86IHsgZHVyYXRpb246IHN0cmluZzsgdGFyZ2V0OiBudW1iZXIgfVtdO1xuICB9O1xuICBjb25zdCBwZXJVbml0ID0gZHVyYXRpb25TZWNvbmRzKHMudGltZVVuaXQgPz8gJzFzJyk7XG4gIGlmIChzLmV4ZWN1dG9yID09PSAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJykgcmV0dXJuICgocy5yYXRlID8/IDApICogZHVyYXRpb25TZWNvbmRzKHMuZHVyYXRpb24gPz8gJzBzJykpIC8gcGVyVW5pdDtcbiAgaWYgKHMuZXhlY3V0b3IgIT09ICdyYW1waW5nLWFycml2YWwtcmF0ZScpIHRocm93IG5ldyBFcnJvcihgJHtzLmV4ZWN1dG9yfSBpcyBub3QgYW4gYXJyaXZhbC1yYXRlIGV4ZWN1dG9yYCk7XG4gIGxldCByYXRlID0gcy5zdGFydFJhdGUgPz8gMDtcbiAgbGV0IHRvdGFsID0gMDtcbiAgZm9yIChjb25zdCBzdGFnZSBvZiBzLnN0YWdlcyA/PyBbXSkge1xuICAgIHRvdGFsICs9ICgocmF0ZSArIHN0YWdlLnRhcmdldCkgLyAyKSAqIGR1cmF0aW9uU2Vjb25kcyhzdGFnZS5kdXJhdGlvbik7XG4gICAgcmF0ZSA9IHN0YWdlLnRhcmdldDtcbiAgfVxuICByZXR1cm4gdG90YWwgLyBwZXJVbml0O1xufVxuIiwgIi8vIExvYWQgc2hhcGVzLCBpbiBvbmUgcGxhY2UsIHBhcmFtZXRlcmlzZWQgYnkgdGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24uIEEgc2NlbmFyaW8gZmlsZSByZWFkcyBhczpcbi8vIHNoYXBlICsgd29ya2Zsb3dzICsgdGhyZXNob2xkcy5cbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5cbmV4cG9ydCB0eXBlIFNjZW5hcmlvID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gJiB7IGV4ZWN1dG9yOiBzdHJpbmc7IGV4ZWM6IHN0cmluZyB9O1xuXG4vKiogU3BsaXRzIGB0b3RhbGAgVlVzIGJ5IHBlcmNlbnRhZ2Ugd2l0aCB0aGUgbGFyZ2VzdC1yZW1haW5kZXIgbWV0aG9kOyBldmVyeSBzaGFyZSB3aXRoIHdlaWdodCBnZXRzID49IDEgVlUgd2hlbiB0b3RhbCBhbGxvd3MuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRVc2Vycyh0b3RhbDogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3Qga2V5cyA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddIGFzIGNvbnN0O1xuICBjb25zdCBleGFjdCA9IGtleXMubWFwKChrKSA9PiAodG90YWwgKiB3ZWlnaHRzW2tdKSAvIDEwMCk7XG4gIGNvbnN0IGNvdW50cyA9IGV4YWN0Lm1hcChNYXRoLmZsb29yKTtcbiAgY29uc3Qgb3JkZXIgPSBrZXlzXG4gICAgLm1hcCgoXywgaSkgPT4gaSlcbiAgICAuc29ydCgoYSwgYikgPT4gZXhhY3RbYl0hIC0gTWF0aC5mbG9vcihleGFjdFtiXSEpIC0gKGV4YWN0W2FdISAtIE1hdGguZmxvb3IoZXhhY3RbYV0hKSkpO1xuICBmb3IgKGxldCBsZWZ0ID0gdG90YWwgLSBjb3VudHMucmVkdWNlKChhLCBiKSA9PiBhICsgYiwgMCksIGkgPSAwOyBsZWZ0ID4gMDsgbGVmdC0tLCBpKyspIGNvdW50c1tvcmRlcltpICUgM10hXSErKztcbiAgLy8gQSB3ZWlnaHRlZCB1c2VyIHR5cGUgd2l0aCBubyBWVSB3b3VsZCBzaWxlbnRseSBkcm9wIGl0cyB3b3JrZmxvdzogYm9ycm93IG9uZSBmcm9tIHRoZSBsYXJnZXN0LlxuICBmb3IgKGxldCBpID0gMDsgaSA8IDM7IGkrKykge1xuICAgIGlmICh3ZWlnaHRzW2tleXNbaV0hXSA+IDAgJiYgY291bnRzW2ldID09PSAwICYmIHRvdGFsID49IDMpIHtcbiAgICAgIGNvbnN0IGxhcmdlc3QgPSBjb3VudHMuaW5kZXhPZihNYXRoLm1heCguLi5jb3VudHMpKTtcbiAgICAgIGNvdW50c1tsYXJnZXN0XSEtLTtcbiAgICAgIGNvdW50c1tpXSErKztcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgcmVndWxhcjogY291bnRzWzBdISwgcG93ZXI6IGNvdW50c1sxXSEsIGFkbWluOiBjb3VudHNbMl0hIH07XG59XG5cbmV4cG9ydCB0eXBlIFVzZXJDbGFzcyA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuXG4vKipcbiAqIFRoZSB1c2VyIGNsYXNzIG9mIFZVIG51bWJlciBuICgxLWJhc2VkKSwgc28gdGhhdCB0aGUgZmlyc3QgbiBWVXMgYWx3YXlzIGZvbGxvdyB0aGUgd2VpZ2h0cyBhc1xuICogY2xvc2VseSBhcyB3aG9sZSB1c2VycyBjYW46IGVhY2ggVlUgdGFrZXMgdGhlIGNsYXNzIGZ1cnRoZXN0IGJlbG93IGl0cyBzaGFyZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsYXNzT2ZVc2VyKG46IG51bWJlciwgd2VpZ2h0czogQ29uZmlnWyd3ZWlnaHRzJ10pOiBVc2VyQ2xhc3Mge1xuICBjb25zdCBjbGFzc2VzOiBVc2VyQ2xhc3NbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuICBjb25zdCBhc3NpZ25lZCA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGxldCBjaG9zZW46IFVzZXJDbGFzcyA9ICdyZWd1bGFyJztcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gbjsgaSsrKSB7XG4gICAgbGV0IGJlc3QgPSAtSW5maW5pdHk7XG4gICAgZm9yIChjb25zdCBjIG9mIGNsYXNzZXMpIHtcbiAgICAgIGlmICh3ZWlnaHRzW2NdID09PSAwKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IGRlZmljaXQgPSAod2VpZ2h0c1tjXSAqIGkpIC8gMTAwIC0gYXNzaWduZWRbY107XG4gICAgICBpZiAoZGVmaWNpdCA+IGJlc3QpIHtcbiAgICAgICAgYmVzdCA9IGRlZmljaXQ7XG4gICAgICAgIGNob3NlbiA9IGM7XG4gICAgICB9XG4gICAgfVxuICAgIGFzc2lnbmVkW2Nob3Nlbl0rKztcbiAgfVxuICByZXR1cm4gY2hvc2VuO1xufVxuXG4vKiogUmFtcCB1cCB0byBgdnVzYCwgaG9sZCwgcmFtcCBkb3duOiB1c2VycyBhcnJpdmluZyBncmFkdWFsbHkgYW5kIGxlYXZpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gcmFtcGluZ1VzZXJzKFxuICBleGVjOiBzdHJpbmcsXG4gIHZ1czogbnVtYmVyLFxuICBjb25maWc6IFBpY2s8Q29uZmlnLCAncmFtcFVwUycgfCAnZHVyYXRpb25TJyB8ICdyYW1wRG93blMnPixcbik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzOiAwLFxuICAgIHN0YWdlczogW1xuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBVcFN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHZ1cyB9LFxuICAgICAgeyBkdXJhdGlvbjogYCR7Y29uZmlnLnJhbXBEb3duU31zYCwgdGFyZ2V0OiAwIH0sXG4gICAgXSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMzBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogazYgd2FudHMgYSB3aG9sZSByYXRlOiBhIGZyYWN0aW9uYWwgcGVyLXNlY29uZCByYXRlIGlzIGV4cHJlc3NlZCBwZXIgbWludXRlIGluc3RlYWQuICovXG5leHBvcnQgZnVuY3Rpb24gd2hvbGVSYXRlKHBlclNlY29uZDogbnVtYmVyKTogeyByYXRlOiBudW1iZXI7IHRpbWVVbml0OiBzdHJpbmcgfSB7XG4gIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHBlclNlY29uZClcbiAgICA/IHsgcmF0ZTogcGVyU2Vjb25kLCB0aW1lVW5pdDogJzFzJyB9XG4gICAgOiB7IHJhdGU6IE1hdGgubWF4KDEsIE1hdGgucm91bmQocGVyU2Vjb25kICogNjApKSwgdGltZVVuaXQ6ICcxbScgfTtcbn1cblxuLyoqIEEgZml4ZWQgcmVxdWVzdCByYXRlLCBpbmRlcGVuZGVudCBvZiBob3cgZmFzdCB0aGUgcGxhdGZvcm0gYW5zd2VycyAob3BlbiBtb2RlbCk7IFZVcyBhcyBsaWIvbG9hZC9vcGVuLW1vZGVsLnRzIHNpemVzIHRoZW0uICovXG5leHBvcnQgZnVuY3Rpb24gY29uc3RhbnRSYXRlKFxuICBleGVjOiBzdHJpbmcsXG4gIHBlclNlY29uZDogbnVtYmVyLFxuICBkdXJhdGlvblM6IG51bWJlcixcbiAgdnVzOiB7IHByZUFsbG9jYXRlZFZVczogbnVtYmVyOyBtYXhWVXM6IG51bWJlciB9LFxuICBzdGFydFRpbWUgPSAnMHMnLFxuKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyxcbiAgICBleGVjLFxuICAgIC4uLndob2xlUmF0ZShwZXJTZWNvbmQpLFxuICAgIGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiB2dXMucHJlQWxsb2NhdGVkVlVzLFxuICAgIG1heFZVczogdnVzLm1heFZVcyxcbiAgICBzdGFydFRpbWUsXG4gIH07XG59XG5cbi8qKiBXYWxsIHRpbWUgb2YgYSByYW1waW5nLXVzZXJzIHJ1biwgc2Vjb25kcywgZm9yIHNjZW5hcmlvcyB0aGF0IG11c3QgcnVuIGFsb25nc2lkZSBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nRHVyYXRpb25TKGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+KTogbnVtYmVyIHtcbiAgcmV0dXJuIGNvbmZpZy5yYW1wVXBTICsgY29uZmlnLmR1cmF0aW9uUyArIGNvbmZpZy5yYW1wRG93blM7XG59XG5cbmV4cG9ydCBjb25zdCBTVU1NQVJZX1RSRU5EX1NUQVRTID0gWydhdmcnLCAnbWluJywgJ21lZCcsICdtYXgnLCAncCg5MCknLCAncCg5NSknLCAncCg5OSknLCAnY291bnQnXTtcblxuLyoqIFZVcyBmb2xsb3dpbmcgZXhwbGljaXQgc3RhZ2VzIChzcGlrZSBzaGFwZXMgYW5kIHRoZSBsaWtlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFnZWRVc2VycyhleGVjOiBzdHJpbmcsIHN0YWdlczogeyBkdXJhdGlvblM6IG51bWJlcjsgdGFyZ2V0OiBudW1iZXIgfVtdLCBzdGFydFZVcyA9IDApOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLXZ1cycsXG4gICAgZXhlYyxcbiAgICBzdGFydFZVcyxcbiAgICBzdGFnZXM6IHN0YWdlcy5tYXAoKHMpID0+ICh7IGR1cmF0aW9uOiBgJHtzLmR1cmF0aW9uU31zYCwgdGFyZ2V0OiBzLnRhcmdldCB9KSksXG4gICAgZ3JhY2VmdWxSYW1wRG93bjogJzEwcycsXG4gICAgZ3JhY2VmdWxTdG9wOiAnMzBzJyxcbiAgfTtcbn1cblxuLyoqIEV2ZXJ5IFZVIHN0YXJ0cyBvbmUgaXRlcmF0aW9uIGF0IHRoZSBzYW1lIGluc3RhbnQgKHRoZXkgYXJlIGFsbCBpbml0aWFsaXNlZCBmaXJzdCkuICovXG5leHBvcnQgZnVuY3Rpb24gYWxsQXRPbmNlKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zOiAxLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG5cbi8qKiBBIGZpeGVkIG51bWJlciBvZiBWVXMgZm9yIGEgZml4ZWQgdGltZSAoY2xvc2VkIG1vZGVsKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFVzZXJzKGV4ZWM6IHN0cmluZywgdnVzOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsIGV4ZWMsIHZ1cywgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgZ3JhY2VmdWxTdG9wOiAnMzBzJyB9O1xufVxuXG4vKiogQXJyaXZhbCByYXRlIHJpc2luZyBsaW5lYXJseSBmcm9tIGBzdGFydFJhdGVgIHRvIGBtYXhSYXRlYCBwZXIgc2Vjb25kIG92ZXIgYGR1cmF0aW9uU2AgKG9wZW4gbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJpc2luZ1JhdGUoXG4gIGV4ZWM6IHN0cmluZyxcbiAgc3RhcnRSYXRlOiBudW1iZXIsXG4gIG1heFJhdGU6IG51bWJlcixcbiAgZHVyYXRpb25TOiBudW1iZXIsXG4gIG1heFZVczogbnVtYmVyLFxuKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRSYXRlLFxuICAgIHRpbWVVbml0OiAnMXMnLFxuICAgIHByZUFsbG9jYXRlZFZVczogTWF0aC5taW4obWF4VlVzLCBNYXRoLm1heCgyLCBNYXRoLmNlaWwoc3RhcnRSYXRlKSkpLFxuICAgIG1heFZVcyxcbiAgICBzdGFnZXM6IFt7IGR1cmF0aW9uOiBgJHtkdXJhdGlvblN9c2AsIHRhcmdldDogbWF4UmF0ZSB9XSxcbiAgfTtcbn1cblxuLyoqIGB2dXNgIHVzZXJzIGVhY2ggcnVuIGBpdGVyYXRpb25zYCBpdGVyYXRpb25zLCBhbGwgc3RhcnRpbmcgdG9nZXRoZXIsIGJvdW5kZWQgYnkgYG1heER1cmF0aW9uU2AuICovXG5leHBvcnQgZnVuY3Rpb24gaXRlcmF0aW9uc1BlclVzZXIoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgaXRlcmF0aW9uczogbnVtYmVyLCBtYXhEdXJhdGlvblM6IG51bWJlcik6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHsgZXhlY3V0b3I6ICdwZXItdnUtaXRlcmF0aW9ucycsIGV4ZWMsIHZ1cywgaXRlcmF0aW9ucywgbWF4RHVyYXRpb246IGAke21heER1cmF0aW9uU31zYCB9O1xufVxuIiwgIi8vIFRoZSBrNiBzaWRlIG9mIHRoZSByZXNvdXJjZSBzaWRlY2FyOiBhIDEvcyBzY2VuYXJpbyBwb2xscyB0aGUgc2lkZWNhcidzIHNhbXBsZXMgaW50byBUcmVuZFxuLy8gbWV0cmljcywgYW5kIHRlYXJkb3duIHJlY29yZHMgdGhlIG1lbW9yeSBncm93dGgsIHNvIHRoZSBzZXJ2ZXIncyBDUFUgYW5kIG1lbW9yeSBhcmUgb3JkaW5hcnlcbi8vIGs2IHRocmVzaG9sZHMgaW4gdGhlIHNhbWUgcnVuLiBPbmx5IHRoZSBsb2FkIGlzIGdhdGVkOiB0aGUgcG9sbGVyIHRlbGxzIHRoZSBzaWRlY2FyIHdoZW4gdGhlXG4vLyBsb2FkIHN0YXJ0cyAoaXRzIGZpcnN0IHBvbGw6IGl0IHN0YXJ0cyB3aXRoIHRoZSBsb2FkIHNjZW5hcmlvcywgYWZ0ZXIgc2V0dXApIGFuZCBlbmRzIChpdHMgbGFzdCxcbi8vIG9yIHRlYXJkb3duKSwgYW5kIHNhbXBsZXMgdGhlIHNpZGVjYXIgbWFya3Mgc2V0dXAgb3IgdGVhcmRvd24gKGEgZGF0YXNldCBzZWVkZWQgaW4gc2V0dXAsIHRoZVxuLy8gY2xlYW4tdXApIGFyZSBsZWZ0IG91dC4gUG9sbHMgY2Fycnkgc2NvcGU6c2lkZWNhciBhbmQgZW1pdCBubyBodHRwX3JlcV9mYWlsZWQgc2FtcGxlc1xuLy8gKHJlc3BvbnNlQ2FsbGJhY2s6IG51bGwpLCBzbyB0aGUgQVBJIGZpZ3VyZXMgYW5kIHRocmVzaG9sZHMgbmV2ZXIgc2VlIHRoZW0uXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCB7IENvdW50ZXIsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgeyB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzLCB0b0s2VGhyZXNob2xkcyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcblxuLyoqIFBlcmNlbnQgb2YgdGhlIENQVXMgYXZhaWxhYmxlIHRvIHRoZSBzZXJ2ZXIsIDAtMTAwLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdVBlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfcGVyY2VudCcpO1xuLyoqIFBlci1jb3JlIHN1bTogMTAwID0gb25lIGNvcmUgZnVsbHkgYnVzeS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQgPSBuZXcgVHJlbmQoJ3NlcnZlcl9jcHVfY29yZXNfcGVyY2VudCcpO1xuLyoqIFBTUyBzdW0gKHByb2Nlc3MgdHJlZSksIHdvcmtpbmcgc2V0IChjZ3JvdXApLCBSU1MgKC9tZXRyaWNzKSBvciB0aGUgbWVtb3J5IHF1ZXJ5IChQcm9tZXRoZXVzIHNlcnZlciksIE1CLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlck1lbW9yeU1iID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X21iJyk7XG4vKiogUG9sbHMgdGhlIHNpZGVjYXIgZGlkIG5vdCBhbnN3ZXIsIHBsdXMgcmVhZGluZ3MgdGhlIHNpZGVjYXIgZmFpbGVkIHRvIHRha2U6IGVhY2ggYWJvdXQgb25lIGludGVydmFsIHdpdGhvdXQgZGF0YS4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJTYW1wbGVzTWlzc2luZyA9IG5ldyBDb3VudGVyKCdzZXJ2ZXJfc2FtcGxlc19taXNzaW5nJyk7XG4vKiogTUIgcGVyIG1pbnV0ZSBvdmVyIHRoZSBsb2FkIGFmdGVyIHRoZSBzaWRlY2FyJ3Mgd2FybS11cCAobGVhc3Qtc3F1YXJlcyBzbG9wZSksIHJlY29yZGVkIG9uY2UgaW4gdGVhcmRvd24uICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5R3Jvd3RoID0gbmV3IFRyZW5kKCdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJyk7XG5cbmludGVyZmFjZSBTYW1wbGUge1xuICBzZXE6IG51bWJlcjtcbiAgY3B1X3BlcmNlbnQ6IG51bWJlcjtcbiAgY3B1X2NvcmVzX3BlcmNlbnQ6IG51bWJlcjtcbiAgbWVtb3J5X21iOiBudW1iZXI7XG4gIC8qKiBzZXR1cCwgbG9hZCBvciB0ZWFyZG93bjsgYWJzZW50IGZyb20gYSBzaWRlY2FyIHRoYXQgZG9lcyBub3QgbWFyayBwaGFzZXMgKGV2ZXJ5IHNhbXBsZSBjb3VudHMpLiAqL1xuICBwaGFzZT86IHN0cmluZztcbn1cblxuY29uc3QgUE9MTCA9IHsgdGFnczogeyBzY29wZTogJ3NpZGVjYXInLCBuYW1lOiAnc2lkZWNhcicgfSwgcmVzcG9uc2VDYWxsYmFjazogbnVsbCwgdGltZW91dDogJzJzJyB9IGFzIGNvbnN0O1xuLy8gUGVyIFZVICh0aGUgc2NlbmFyaW8gaGFzIG9uZSk6IHRoZSBsYXN0IHNlcSByZWNlaXZlZCwgdGhlIHNpZGVjYXIncyBmYWlsZWQtcmVhZGluZyBjb3VudCBzZWVuLFxuLy8gYW5kIHdoZXRoZXIgdGhlIHNpZGVjYXIgaGFzIHRha2VuIHRoZSBtYXJrIHRoYXQgdGhlIGxvYWQgc3RhcnRlZC5cbmxldCBjdXJzb3IgPSAwO1xubGV0IGVycm9yc1NlZW46IG51bWJlciB8IHVuZGVmaW5lZDtcbmxldCBsb2FkTWFya2VkID0gZmFsc2U7XG5cbi8qKlxuICogVGVsbHMgdGhlIHNpZGVjYXIgdGhlIGxvYWQgc3RhcnRzICgnbG9hZCcpIG9yIGVuZGVkICgndGVhcmRvd24nKTsgdHJ1ZSBvbmNlIGl0IHRvb2sgdGhlIG1hcmsuXG4gKiBBIHNpZGVjYXIgd2l0aG91dCB0aGUgcm91dGUgKDQwNCkgbWFya3Mgbm8gcGhhc2UgYW5kIGNvdW50cyBldmVyeSBzYW1wbGU6IG5vdGhpbmcgdG8gcmV0cnkuXG4gKi9cbmZ1bmN0aW9uIG1hcmtQaGFzZShzaWRlY2FyVXJsOiBzdHJpbmcsIHBoYXNlOiAnbG9hZCcgfCAndGVhcmRvd24nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHJlcyA9IGh0dHAucG9zdChgJHtzaWRlY2FyVXJsfS9waGFzZWAsIEpTT04uc3RyaW5naWZ5KHsgcGhhc2UgfSksIHtcbiAgICAuLi5QT0xMLFxuICAgIGhlYWRlcnM6IHsgJ2NvbnRlbnQtdHlwZSc6ICdhcHBsaWNhdGlvbi9qc29uJyB9LFxuICB9IGFzIG5ldmVyKTtcbiAgcmV0dXJuIHJlcy5zdGF0dXMgPT09IDIwMCB8fCByZXMuc3RhdHVzID09PSA0MDQ7XG59XG5cbi8qKiBIb3cgbG9uZyBwYXN0IGl0cyBkdXJhdGlvbiB0aGUgcG9sbGVyIG1heSBmb2xsb3cgVlVzIHN0aWxsIGZpbmlzaGluZyAodGhlIGxvYWQgc2NlbmFyaW9zJyBncmFjZWZ1bCBzdG9wcykuICovXG5jb25zdCBUQUlMX1MgPSAzMDtcblxuLyoqXG4gKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvOiBvbmUgcG9sbCBhIHNlY29uZCBmb3IgdGhlIHdob2xlIHJ1biwgb24gb25lIFZVIHRoYXQgc3RheXMgYWN0aXZlIChlYWNoXG4gKiBpdGVyYXRpb24gcG9sbHMsIHRoZW4gc2xlZXBzIG91dCBpdHMgc2Vjb25kKS4gQWx3YXlzIGFjdGl2ZSwgaXQgYWRkcyBleGFjdGx5IG9uZSB0byBrNidzIGB2dXNgXG4gKiBnYXVnZSBvdmVyIHRoZSBzY2VuYXJpbydzIHNwYW4sIHdoaWNoIHJlcG9ydHMgY2FuIHRha2Ugb2ZmIChydW5uZXIvcmVwb3J0L2h0bWwtcmVwb3J0LnRzKTsgYW5cbiAqIGFycml2YWwtcmF0ZSBWVSwgYWN0aXZlIG9ubHkgZHVyaW5nIGl0cyBmZXctbXMgcG9sbHMsIHdvdWxkIHNvbWV0aW1lcyBiZSBjb3VudGVkIGFzIGEgdXNlciBhbmRcbiAqIHNvbWV0aW1lcyBub3QsIGRlcGVuZGluZyBvbiBob3cgdGhlIGdhdWdlJ3MgdGlja3MgZmFsbCBhZ2FpbnN0IHRoZSBwb2xscy4gSXRzIGdyYWNlZnVsIHN0b3AgbGV0c1xuICogdGhlIGxhc3QgaXRlcmF0aW9uIGZvbGxvdyB0aGUgbG9hZCB0byBpdHMgZW5kIChwb2xsUmVzb3VyY2VzKSwgYW5kIG5vIGZ1cnRoZXIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNTY2VuYXJpbyhkdXJhdGlvblM6IG51bWJlciwgc3RhcnRUaW1lPzogc3RyaW5nKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJyxcbiAgICBleGVjOiAncG9sbFJlc291cmNlcycsXG4gICAgdnVzOiAxLFxuICAgIGR1cmF0aW9uOiBgJHtNYXRoLm1heCgxLCBNYXRoLmNlaWwoZHVyYXRpb25TKSl9c2AsXG4gICAgZ3JhY2VmdWxTdG9wOiBgJHtUQUlMX1N9c2AsXG4gICAgLi4uKHN0YXJ0VGltZSA/IHsgc3RhcnRUaW1lIH0gOiB7fSksXG4gIH07XG59XG5cbmZ1bmN0aW9uIHBhcnNlPFQ+KGJvZHk6IHVua25vd24pOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gdHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnID8gKEpTT04ucGFyc2UoYm9keSkgYXMgVCkgOiB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBPbmUgaXRlcmF0aW9uIG9mIHRoZSBwb2xsZXI6IGEgcG9sbCwgdGhlbiB0aGUgcmVzdCBvZiBpdHMgc2Vjb25kLiBUaGUgZmlyc3QgdGVsbHMgdGhlIHNpZGVjYXIgdGhlXG4gKiBsb2FkIHN0YXJ0cyAoaXQgc3RhcnRzIHdpdGggdGhlIGxvYWQgc2NlbmFyaW9zLCBhZnRlciBzZXR1cCkuIFBhc3QgdGhlIHNjZW5hcmlvJ3MgZHVyYXRpb24gdGhlXG4gKiBsb2FkJ3MgVlVzIG1heSBzdGlsbCBiZSBmaW5pc2hpbmcgdGhlaXIgaXRlcmF0aW9ucyAoazYncyBncmFjZWZ1bCBzdG9wKTogdGhlIGxhc3QgaXRlcmF0aW9uIGdvZXNcbiAqIG9uIHBvbGxpbmcgdW50aWwgbm8gb3RoZXIgVlUgaXMgYWN0aXZlLCB0aGVuIHRlbGxzIHRoZSBzaWRlY2FyIHRoZSBsb2FkIGVuZGVkIGFuZCB0YWtlcyB0aGVcbiAqIHNhbXBsZXMgdXAgdG8gdGhhdCBtYXJrLCBzbyB3aGF0IGs2IGdhdGVzIGlzIGV4YWN0bHkgd2hhdCB0aGUgc2lkZWNhciBjb3VudHMgYXMgdGhlIGxvYWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICAvLyBCZWZvcmUgdGhlIGZpcnN0IHJlYWQsIGFuZCBhZ2FpbiB1bnRpbCB0aGUgc2lkZWNhciB0YWtlcyBpdDogc2FtcGxlcyB0YWtlbiBiZWZvcmUgaXQgYXJlIHNldHVwJ3MuXG4gIGlmICghbG9hZE1hcmtlZCkgbG9hZE1hcmtlZCA9IG1hcmtQaGFzZShzaWRlY2FyVXJsLCAnbG9hZCcpO1xuICBmb3IgKDs7KSB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gICAgcG9sbE9uY2Uoc2lkZWNhclVybCk7IC8vIHRocm93cyBvbmx5IHdoZW4gYSByZWZ1c2FsIGFib3J0cyB0aGUgcnVuXG4gICAgc2xlZXAoTWF0aC5tYXgoMCwgMSAtIChEYXRlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwKSk7IC8vIG9uZSBwb2xsIGEgc2Vjb25kXG4gICAgaWYgKGV4ZWMuc2NlbmFyaW8ucHJvZ3Jlc3MgPCAxKSByZXR1cm47IC8vIGs2IHN0YXJ0cyB0aGUgbmV4dCBpdGVyYXRpb25cbiAgICBpZiAoZXhlYy5pbnN0YW5jZS52dXNBY3RpdmUgPD0gMSkgYnJlYWs7IC8vIHRoaXMgVlUgYWxvbmU6IHRoZSBsb2FkIGlzIG92ZXJcbiAgfVxuICBtYXJrUGhhc2Uoc2lkZWNhclVybCwgJ3RlYXJkb3duJyk7XG4gIHBvbGxPbmNlKHNpZGVjYXJVcmwpO1xufVxuXG5mdW5jdGlvbiBwb2xsT25jZShzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc2FtcGxlcz9zaW5jZT0ke2N1cnNvcn1gLCBQT0xMIGFzIG5ldmVyKTtcbiAgY29uc3QgYm9keSA9XG4gICAgcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBzYW1wbGVzOiBTYW1wbGVbXTsgZXJyb3JzPzogbnVtYmVyOyByZWZ1c2VkPzogc3RyaW5nIH0+KHJlcy5ib2R5KSA6IHVuZGVmaW5lZDtcbiAgaWYgKCFib2R5IHx8ICFBcnJheS5pc0FycmF5KGJvZHkuc2FtcGxlcykpIHtcbiAgICBzZXJ2ZXJTYW1wbGVzTWlzc2luZy5hZGQoMSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICh0eXBlb2YgYm9keS5lcnJvcnMgPT09ICdudW1iZXInKSB7XG4gICAgLy8gVGhlIGZpcnN0IGFuc3dlciBpcyB0aGUgYmFzZWxpbmU6IGZhaWx1cmVzIGJlZm9yZSB0aGUgcnVuIGFyZSBub3QgdGhlIHJ1bidzIGdhcHMuXG4gICAgaWYgKGVycm9yc1NlZW4gIT09IHVuZGVmaW5lZCAmJiBib2R5LmVycm9ycyA+IGVycm9yc1NlZW4pIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZChib2R5LmVycm9ycyAtIGVycm9yc1NlZW4pO1xuICAgIGVycm9yc1NlZW4gPSBib2R5LmVycm9ycztcbiAgfVxuICBmb3IgKGNvbnN0IHNhbXBsZSBvZiBib2R5LnNhbXBsZXMpIHtcbiAgICBjdXJzb3IgPSBNYXRoLm1heChjdXJzb3IsIHNhbXBsZS5zZXEpO1xuICAgIGlmIChzYW1wbGUucGhhc2UgIT09IHVuZGVmaW5lZCAmJiBzYW1wbGUucGhhc2UgIT09ICdsb2FkJykgY29udGludWU7IC8vIHNldHVwJ3MgKG9yIHRlYXJkb3duJ3MpOiBzaG93biBpbiB0aGUgcmVwb3J0cywgbm90IGdhdGVkXG4gICAgc2VydmVyQ3B1UGVyY2VudC5hZGQoc2FtcGxlLmNwdV9wZXJjZW50KTtcbiAgICBzZXJ2ZXJDcHVDb3Jlc1BlcmNlbnQuYWRkKHNhbXBsZS5jcHVfY29yZXNfcGVyY2VudCk7XG4gICAgc2VydmVyTWVtb3J5TWIuYWRkKHNhbXBsZS5tZW1vcnlfbWIpO1xuICB9XG4gIC8vIFRoZSBzaWRlY2FyIGZvdW5kIG1pZC1ydW4gdGhhdCBpdHMgc291cmNlIGNhbm5vdCByZWFkIHRoZSB3aG9sZSBzZXJ2ZXIgKGUuZy4gL21ldHJpY3MgYW5zd2VyZWRcbiAgLy8gYnkgYW5vdGhlciB3b3JrZXIpOiBldmVyeSBmdXJ0aGVyIHJlYWRpbmcgd291bGQgYmUgd3JvbmcsIHNvIHRoZSBydW4gc3RvcHMsIHNheWluZyB3aHkuXG4gIGlmICh0eXBlb2YgYm9keS5yZWZ1c2VkID09PSAnc3RyaW5nJylcbiAgICBleGVjLnRlc3QuYWJvcnQoYHNlcnZlciByZXNvdXJjZXM6IHRoZSBzaWRlY2FyIHJlZnVzZWQgaXRzIHNvdXJjZTogJHtib2R5LnJlZnVzZWR9YCk7XG59XG5cbi8qKlxuICogVGVhcmRvd24sIGJlZm9yZSBhbnl0aGluZyBlbHNlIGl0IGRvZXM6IHRlbGxzIHRoZSBzaWRlY2FyIHRoZSBsb2FkIGVuZGVkICh3aGVuIHRoZSBwb2xsZXIgY291bGRcbiAqIG5vdDogYSBydW4gc3RvcHBlZCBlYXJseSksIHRoZW4gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCBvdmVyIHRoZSBsb2FkIGFmdGVyIHdhcm0tdXAsIE1CIHBlclxuICogbWludXRlLCBhcyB0aGUgc2lkZWNhciBjb21wdXRlZCBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZExvYWQoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIG1hcmtQaGFzZShzaWRlY2FyVXJsLCAndGVhcmRvd24nKTtcbiAgY29uc3QgcmVzID0gaHR0cC5nZXQoYCR7c2lkZWNhclVybH0vc3VtbWFyeWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBzdW1tYXJ5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8gcGFyc2U8eyBtZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW46IG51bWJlciB8IG51bGwgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoc3VtbWFyeSAmJiB0eXBlb2Ygc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4gPT09ICdudW1iZXInKVxuICAgIHNlcnZlck1lbW9yeUdyb3d0aC5hZGQoc3VtbWFyeS5tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4pO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGltaXRzIHtcbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogR2F0ZSBvbiBtZW1vcnkgZ3Jvd3RoIChzb2FrKSwgTUIgcGVyIG1pbnV0ZSBhZnRlciB3YXJtLXVwLiAqL1xuICBncm93dGhNYlBlck1pbj86IG51bWJlcjtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNhbXBsZXMgd2VudCBtaXNzaW5nICh0aGUgc2lkZWNhciBzdG9wcGVkIGFuc3dlcmluZykuICovXG4gIGZhaWxPbk1pc3Npbmc/OiBib29sZWFuO1xufVxuXG4vKipcbiAqIFNlcnZlciBtZW1vcnkgcGVhaywgQ1BVIHA5NSwgYW5kIG9wdGlvbmFsbHkgZ3Jvd3RoIGFuZCBnYXBzLCBhcyBnYXRlcy4gQ1BVIGlzIFwiYXQgbW9zdFwiOiBhIHNhbXBsZVxuICogaXMgYSBzaGFyZSBvZiB0aGUgc2VydmVyJ3MgQ1BVcyAobmV2ZXIgYWJvdmUgMTAwKSwgc28gYSBsaW1pdCBvZiAxMDAgbWVhc3VyZXMgQ1BVIHdpdGhvdXQgZ2F0aW5nIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VHYXRlcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogR2F0ZVtdIHtcbiAgY29uc3QgZ2F0ZXM6IEdhdGVbXSA9IFtcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfbWInLCBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMubWVtb3J5TWIgfV0gfSxcbiAgICB7IG1ldHJpYzogJ3NlcnZlcl9jcHVfcGVyY2VudCcsIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzw9JywgdmFsdWU6IGxpbWl0cy5jcHVQZXJjZW50IH1dIH0sXG4gIF07XG4gIGlmIChsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gIT09IHVuZGVmaW5lZClcbiAgICBnYXRlcy5wdXNoKHtcbiAgICAgIG1ldHJpYzogJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJzwnLCB2YWx1ZTogbGltaXRzLmdyb3d0aE1iUGVyTWluIH1dLFxuICAgIH0pO1xuICBpZiAobGltaXRzLmZhaWxPbk1pc3NpbmcpXG4gICAgZ2F0ZXMucHVzaCh7IG1ldHJpYzogJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnLCBydWxlczogW3sgc3RhdDogJ2NvdW50Jywgb3A6ICc8JywgdmFsdWU6IDEgfV0gfSk7XG4gIHJldHVybiBnYXRlcztcbn1cblxuLyoqIFRoZSBzYW1lIGdhdGVzIGFzIGEgazYgdGhyZXNob2xkcyBvYmplY3Q6IHsgc2VydmVyX21lbW9yeV9tYjogWydtYXg8MTAyNCddLCBzZXJ2ZXJfY3B1X3BlcmNlbnQ6IFsncCg5NSk8PTgwJ10sIC4uLiB9LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlVGhyZXNob2xkcyhsaW1pdHM6IFJlc291cmNlTGltaXRzKTogSzZUaHJlc2hvbGRzIHtcbiAgcmV0dXJuIHRvSzZUaHJlc2hvbGRzKHJlc291cmNlR2F0ZXMobGltaXRzKSk7XG59XG4iLCAiLy8gVGhlIHJ1bidzIGFjY291bnRzLCBwZXIgY2xhc3M6IGZyb20gUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAocGFyc2VkIG9uY2UgZm9yIHRoZSB3aG9sZSB0ZXN0IGludG9cbi8vIGs2IFNoYXJlZEFycmF5cywgc28gZXZlcnkgVlUgcmVhZHMgb25lIGNvcHkgaW5zdGVhZCBvZiBob2xkaW5nIGl0cyBvd24pLCBmcm9tIHRoZSBkZW1vXG4vLyBwbGF0Zm9ybSdzIERFTU9fVVNFUlMgcG9vbCAobmFtZXMgY29tcHV0ZWQsIG5vdGhpbmcgaGVsZCksIG9yIGVsc2UgdGhlIGNsYXNzJ3Mgc2luZ2xlIGFjY291bnRcbi8vIChSRUdVTEFSX1VTRVJfRU1BSUwgLi4uOiBldmVyeSBWVSBvZiBhIGNsYXNzIHNoYXJlcyBpdCkuIFZVIG4gdXNlcyBhY2NvdW50IChuLTEpIG1vZCBzaXplLlxuaW1wb3J0IHsgU2hhcmVkQXJyYXkgfSBmcm9tICdrNi9kYXRhJztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgY29uZmlnIGFzIHJ1bkNvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHtcbiAgdHlwZSBBY2NvdW50LFxuICB0eXBlIFBvb2xTaXplcyxcbiAgcGFyc2VVc2Vyc0NzdixcbiAgcG9vbEVtYWlsLFxuICBST0xFUyxcbiAgdHlwZSBSb2xlLFxuICB0b29TbWFsbEZvckRpc3RpbmN0LFxufSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUG9vbCB7XG4gIC8qKiBXaGVyZSB0aGUgYWNjb3VudHMgY29tZSBmcm9tLCBmb3IgbWVzc2FnZXMuICovXG4gIHNvdXJjZTogc3RyaW5nO1xuICBzaXplczogUG9vbFNpemVzO1xuICAvKiogVGhlIGktdGggYWNjb3VudCAoZnJvbSAwKSBvZiBhIGNsYXNzOyBgcGFzc3dvcmRgIGlzIHRoZSBmaWxlJ3MsIG9yIHRoZSBjbGFzcyBwYXNzd29yZCBnaXZlbi4gKi9cbiAgYWNjb3VudChyb2xlOiBSb2xlLCBpbmRleDogbnVtYmVyLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50O1xufVxuXG5mdW5jdGlvbiByZWFkRmlsZShwYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIHJldHVybiBvcGVuKHBhdGgpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgIGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH0gY2Fubm90IGJlIHJlYWQgKCR7U3RyaW5nKGVycm9yKX0pOiBnaXZlIGFuIGFic29sdXRlIHBhdGggdG8gYSBDU1Ygd2l0aCB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGVgLFxuICAgICk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZmlsZVBvb2wocGF0aDogc3RyaW5nKTogUG9vbCB7XG4gIC8vIFRoZSBjYWxsYmFjayBydW5zIG9uY2UgcGVyIHRlc3QgKGs2IGtlZXBzIHRoZSByZXN1bHQgZm9yIGV2ZXJ5IFZVKTsgZWFjaCBjbGFzcyBpdHMgb3duIGFycmF5LlxuICBjb25zdCBhcnJheXMgPSB7fSBhcyBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKVxuICAgIGFycmF5c1tyb2xlXSA9IG5ldyBTaGFyZWRBcnJheShcbiAgICAgIGB1c2Vyczoke3JvbGV9YCxcbiAgICAgICgpID0+IHBhcnNlVXNlcnNDc3YocmVhZEZpbGUocGF0aCksIHBhdGgpW3JvbGVdLFxuICAgICkgYXMgdW5rbm93biBhcyBBY2NvdW50W107XG4gIHJldHVybiB7XG4gICAgc291cmNlOiBgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke3BhdGh9YCxcbiAgICBzaXplczogeyByZWd1bGFyOiBhcnJheXMucmVndWxhci5sZW5ndGgsIHBvd2VyOiBhcnJheXMucG93ZXIubGVuZ3RoLCBhZG1pbjogYXJyYXlzLmFkbWluLmxlbmd0aCB9LFxuICAgIGFjY291bnQ6IChyb2xlLCBpbmRleCkgPT4gYXJyYXlzW3JvbGVdW2luZGV4XSBhcyBBY2NvdW50LFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFrZVBvb2woY29uZmlnOiBDb25maWcpOiBQb29sIHtcbiAgaWYgKGNvbmZpZy51c2Vyc0ZpbGUpIHJldHVybiBmaWxlUG9vbChjb25maWcudXNlcnNGaWxlKTtcbiAgY29uc3QgdXNlcnMgPSBjb25maWcudXNlcnM7XG4gIGlmIChjb25maWcuZGVtb1VzZXJzKSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHNvdXJjZTogJ0RFTU9fVVNFUlMnLFxuICAgICAgc2l6ZXM6IGNvbmZpZy5kZW1vVXNlcnMsXG4gICAgICBhY2NvdW50OiAocm9sZSwgaW5kZXgsIHBhc3N3b3JkKSA9PiAoeyBlbWFpbDogcG9vbEVtYWlsKHJvbGUsIGluZGV4ICsgMSksIHBhc3N3b3JkIH0pLFxuICAgIH07XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6ICdSRUdVTEFSX1VTRVJfRU1BSUwgLyBQT1dFUl9VU0VSX0VNQUlMIC8gQURNSU5fVVNFUl9FTUFJTCAob25lIHNoYXJlZCBhY2NvdW50IHBlciBjbGFzcyknLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IDEsIHBvd2VyOiAxLCBhZG1pbjogMSB9LFxuICAgIGFjY291bnQ6IChyb2xlLCBfaW5kZXgsIHBhc3N3b3JkKSA9PiAoeyBlbWFpbDogdXNlcnNbcm9sZV0uZW1haWwsIHBhc3N3b3JkIH0pLFxuICB9O1xufVxuXG4vKiogVGhpcyBWVSdzIGFjY291bnQgb2YgYSBjbGFzczogVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuICovXG5leHBvcnQgZnVuY3Rpb24gYWNjb3VudE9mVnUocG9vbDogUG9vbCwgcm9sZTogUm9sZSwgY2xhc3NQYXNzd29yZDogc3RyaW5nKTogQWNjb3VudCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNpemUgPSBwb29sLnNpemVzW3JvbGVdO1xuICByZXR1cm4gc2l6ZSA9PT0gMCA/IHVuZGVmaW5lZCA6IHBvb2wuYWNjb3VudChyb2xlLCAoZXhlYy52dS5pZEluVGVzdCAtIDEpICUgc2l6ZSwgY2xhc3NQYXNzd29yZCk7XG59XG5cbi8qKiBQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlOiByZWZ1c2VzLCBhdCBpbml0LCBhIHBvb2wgd2l0aCBmZXdlciBhY2NvdW50cyBvZiBhIHVzZWQgY2xhc3MgdGhhbiBWVSBpZHMuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0RGlzdGluY3QocG9vbDogUG9vbCwgcm9sZXM6IHJlYWRvbmx5IFJvbGVbXSwgdnVJZHM6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCBuZWVkZWQ6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGZvciAoY29uc3Qgcm9sZSBvZiByb2xlcykgbmVlZGVkW3JvbGVdID0gdnVJZHM7XG4gIGNvbnN0IHByb2JsZW0gPSB0b29TbWFsbEZvckRpc3RpbmN0KHBvb2wuc2l6ZXMsIG5lZWRlZCwgcG9vbC5zb3VyY2UpO1xuICBpZiAocHJvYmxlbSkgdGhyb3cgbmV3IEVycm9yKHByb2JsZW0pO1xufVxuXG4vKiogVGhlIHJ1bidzIHBvb2wsIG1hZGUgb25jZSBwZXIgVlUgYXQgaW5pdCAoYSBiYWQgZmlsZSBzdG9wcyB0aGUgcnVuIGhlcmUsIGJlZm9yZSBzZXR1cCkuICovXG5leHBvcnQgY29uc3QgcG9vbDogUG9vbCA9IG1ha2VQb29sKHJ1bkNvbmZpZyk7XG4iLCAiLy8gVGhlIHJ1bidzIGNvbmZpZ3VyYXRpb24sIHJlYWQgZnJvbSBrNidzIF9fRU5WIG9uY2UgYXQgaW5pdC4gQW4gaW52YWxpZCB2YWx1ZSB0aHJvd3MgaGVyZSwgc29cbi8vIGs2IHN0b3BzIGJlZm9yZSBzZXR1cCgpIGFuZCBiZWZvcmUgYW55IHJlcXVlc3QsIHdpdGggdGhlIHZhcmlhYmxlIG5hbWVkIGluIHRoZSBtZXNzYWdlLlxuaW1wb3J0IHsgYXNzZXJ0VGFyZ2V0QWxsb3dlZCwgdHlwZSBDb25maWcsIHBhcnNlQ29uZmlnIH0gZnJvbSAnLi9jb25maWcudHMnO1xuXG5leHBvcnQgY29uc3QgY29uZmlnOiBDb25maWcgPSBwYXJzZUNvbmZpZyhfX0VOVik7XG5cbi8qKiBUaGUgY29uZmlndXJhdGlvbiBmb3IgYSBsb2FkLWdlbmVyYXRpbmcgZW50cnk6IHJlZnVzZXMgYSBub24tbG9vcGJhY2sgdGFyZ2V0IHRoYXQgaXMgbm90IGFsbG93LWxpc3RlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBndWFyZGVkQ29uZmlnKGVudHJ5OiBzdHJpbmcpOiBDb25maWcge1xuICBhc3NlcnRUYXJnZXRBbGxvd2VkKGNvbmZpZywgZW50cnkpO1xuICByZXR1cm4gY29uZmlnO1xufVxuIiwgIi8vIFRoZSBzaGFyZWQgc2V0dXAoKSBhbmQgdGVhcmRvd24oKSBvZiB0aGUgZW50cnkgcG9pbnRzOiBtYWtlcyBzdXJlIHRoZSBwbGF0Zm9ybSBhbnN3ZXJzLCBjaGVja3Ncbi8vIG9uZSBhY2NvdW50IG9mIGVhY2ggY2xhc3MgKGEgd3JvbmcgcGFzc3dvcmQgc3RvcHMgdGhlIHJ1biBhdCBvbmNlKSwgcmVtb3ZlcyB3aGF0IGtpbGxlZCBydW5zXG4vLyBsZWZ0IGJlaGluZCwgbWFrZXMgc3VyZSB0aGUga2VwdCBkYXRhc2V0IGlzIHRoZXJlLCBhbmQgKGZvciBhcGkvYnJlYWtwb2ludCkgc2VlZHMgcnVuLXRhZ2dlZFxuLy8gY291cnNlcy4gVGVhcmRvd24gcmVtb3ZlcyBldmVyeXRoaW5nIHRoaXMgcnVuIGNyZWF0ZWQuIEl0IHN0b3BzIHRoZSBydW4gd2l0aCBhIG1lc3NhZ2UgdGhhdFxuLy8gc2F5cyB3aGF0IGlzIHdyb25nIGluc3RlYWQgb2YgbGV0dGluZyBWVXMgc2VuZCBhIG1pbnV0ZSBvZiBmYWlsaW5nIHJlcXVlc3RzLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IGh0dHAgZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgc2VjcmV0cyBmcm9tICdrNi9zZWNyZXRzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBBcGlDbGllbnQsIHR5cGUgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBlbnN1cmVEYXRhc2V0LCB0eXBlIE93bmVyLCBxdWlldExvZ2luLCByZW1vdmVDb3Vyc2VzIH0gZnJvbSAnLi9kYXRhc2V0LnRzJztcbmltcG9ydCB7IGlzTGVmdG92ZXIsIG5ld1J1bklkLCBSVU5fVElUTEVfRklMVEVSIH0gZnJvbSAnLi9kYXRhc2V0LW5hbWVzLnRzJztcbmltcG9ydCB7IHBvb2wgfSBmcm9tICcuL3Bvb2wudHMnO1xuaW1wb3J0IHsgUk9MRVMsIHR5cGUgUm9sZSwgdnVJZEJvdW5kIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bkRhdGEge1xuICAvKiogVW5pcXVlIHBlciBydW4sIHBhcnQgb2YgZXZlcnkgdGl0bGUgdGhpcyBydW4gY3JlYXRlcywgc28gcnVucyBhbmQgVlVzIG5ldmVyIGNvbGxpZGUuICovXG4gIHJ1bklkOiBzdHJpbmc7XG4gIC8qKiBPbmUgbG9nZ2VkLWluIGFjY291bnQgcGVyIGNsYXNzICh0aGUgcG9vbCdzIGZpcnN0KTogc2V0dXAncyBjaGVja3MsIHNoYXJlZC10b2tlbiBlbnRyaWVzLCBjbGVhbnVwLiAqL1xuICB0b2tlbnM6IFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICAvKiogUnVuLXRhZ2dlZCBnZW5lcmF0ZWQgY291cnNlcyBvd25lZCBieSB0b2tlbnMucmVndWxhcidzIGFjY291bnQsIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZGVkQ291cnNlSWRzOiBJZFtdO1xufVxuXG5jb25zdCBTRUVEX0NPVVJTRVMgPSAzO1xuY29uc3QgUFJPQkVfVElNRU9VVCA9ICc1cyc7XG5cbmZ1bmN0aW9uIGFib3J0KG1lc3NhZ2U6IHN0cmluZyk6IG5ldmVyIHtcbiAgZXhlYy50ZXN0LmFib3J0KG1lc3NhZ2UpO1xuICB0aHJvdyBuZXcgRXJyb3IobWVzc2FnZSk7IC8vIG5vdCByZWFjaGVkOiBhYm9ydCgpIHN0b3BzIHRoZSB0ZXN0OyB0aGlzIGtlZXBzIHRoZSB0eXBlIGNoZWNrZXIgaG9uZXN0XG59XG5cbmZ1bmN0aW9uIHByb2JlKGJhc2VVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBgJHtiYXNlVXJsfS9oZWFsdGhgO1xuICBjb25zdCByZXMgPSBodHRwLmdldCh1cmwsIHsgdGltZW91dDogUFJPQkVfVElNRU9VVCwgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogJ0dFVCAvaGVhbHRoIChzZXR1cCBwcm9iZSknIH0gfSk7XG4gIGlmIChyZXMuc3RhdHVzID09PSAwKSB7XG4gICAgYWJvcnQoXG4gICAgICBgdGhlIHBsYXRmb3JtIGRvZXMgbm90IGFuc3dlciBhdCAke3VybH0gKEdFVCwgJHtQUk9CRV9USU1FT1VUfSB0aW1lb3V0KTogJHtyZXMuZXJyb3IgfHwgJ25vIHJlc3BvbnNlJ30uIElzIGl0IHJ1bm5pbmc/IFNldCBCQVNFX1VSTCB0byBpdHMgYWRkcmVzcy5gLFxuICAgICk7XG4gIH1cbiAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMCkge1xuICAgIGFib3J0KFxuICAgICAgYHRoZSBwbGF0Zm9ybSBhdCAke3VybH0gYW5zd2VyZWQgJHtyZXMuc3RhdHVzfSBpbnN0ZWFkIG9mIDIwMDogaXQgaXMgbm90IGhlYWx0aHksIG9yIEJBU0VfVVJMIHBvaW50cyBhdCBzb21ldGhpbmcgZWxzZS5gLFxuICAgICk7XG4gIH1cbn1cblxuZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXRbcm9sZV0gPz8gY29uZmlnLnVzZXJzW3JvbGVdLnBhc3N3b3JkO1xufVxuXG4vKipcbiAqIExvZ3MgaW4gYXMgdGhlIGNsYXNzJ3MgZmlyc3QgYWNjb3VudDogdGhlIGNoZWNrIHRoYXQgYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UuXG4gKiBPdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGVuZHBvaW50OmxvZ2luIHRpbWVzIHRoZSBWVXMnIG93biBsb2dpbnMgdW5kZXIgbG9hZC5cbiAqL1xuZnVuY3Rpb24gbG9naW4oY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4sIHJvbGU6IFJvbGUpOiBzdHJpbmcge1xuICBpZiAocG9vbC5zaXplc1tyb2xlXSA9PT0gMCkgYWJvcnQoYCR7cG9vbC5zb3VyY2V9IGhhcyBubyAke3JvbGV9IGFjY291bnQsIGFuZCB0aGlzIGVudHJ5IG5lZWRzIG9uZS5gKTtcbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudChyb2xlLCAwLCBjbGFzc1Bhc3N3b3JkKGNvbmZpZywgc2VjcmV0LCByb2xlKSk7XG4gIGNvbnN0IHJlc3VsdCA9IHF1aWV0TG9naW4oY29uZmlnLCBlbWFpbCwgcGFzc3dvcmQpO1xuICBpZiAoIXJlc3VsdC50b2tlbikge1xuICAgIGNvbnN0IGVudlByZWZpeCA9IGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUmA7XG4gICAgY29uc3Qgd2hlcmUgPSBjb25maWcudXNlcnNGaWxlXG4gICAgICA/IGBpdHMgbGluZSBpbiAke2NvbmZpZy51c2Vyc0ZpbGV9YFxuICAgICAgOiBjb25maWcuZGVtb1VzZXJzXG4gICAgICAgID8gYCR7ZW52UHJlZml4fV9QQVNTV09SRCAodGhlIERFTU9fVVNFUlMgcG9vbCdzICR7cm9sZX0gcGFzc3dvcmQpYFxuICAgICAgICA6IGAke2VudlByZWZpeH1fRU1BSUwgYW5kICR7ZW52UHJlZml4fV9QQVNTV09SRGA7XG4gICAgYWJvcnQoYGxvZ2dpbmcgaW4gYXMgdGhlICR7cm9sZX0gdXNlciAoJHtlbWFpbH0pIGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlc3VsdC5zdGF0dXN9OiBjaGVjayAke3doZXJlfS5gKTtcbiAgfVxuICByZXR1cm4gcmVzdWx0LnRva2VuO1xufVxuXG5mdW5jdGlvbiBzZWVkQ291cnNlcyhjbGllbnQ6IEFwaUNsaWVudCwgcnVuSWQ6IHN0cmluZywgY29uZmlnOiBDb25maWcpOiBJZFtdIHtcbiAgY29uc3Qgam9iczogSWRbXSA9IFtdO1xuICBjb25zdCBjb3Vyc2VJZHM6IElkW10gPSBbXTtcbiAgZm9yIChsZXQgbiA9IDA7IG4gPCBTRUVEX0NPVVJTRVM7IG4rKykge1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiBgcGVyZi1zZWVkICR7cnVuSWR9ICR7bn1gLFxuICAgICAgdG9waWM6ICdsb2FkIHRlc3RpbmcnLFxuICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICBjaGFwdGVyX2NvdW50OiAyLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IGNyZWF0ZSBhIHNlZWQgY291cnNlIChzdGF0dXMgJHtjcmVhdGVkLnN0YXR1c30pLmApO1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBpZiAoIXN0YXJ0ZWQuYm9keSkgYWJvcnQoYHNldHVwIGNvdWxkIG5vdCBzdGFydCBnZW5lcmF0aW5nIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke3N0YXJ0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY291cnNlSWRzLnB1c2goY3JlYXRlZC5ib2R5LmlkKTtcbiAgICBqb2JzLnB1c2goc3RhcnRlZC5ib2R5LmpvYl9pZCk7XG4gIH1cbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIGZvciAoY29uc3Qgam9iSWQgb2Ygam9icykge1xuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGpvYiA9IGNsaWVudC5nZXRKb2Ioam9iSWQpLmJvZHk7XG4gICAgICBpZiAoam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBicmVhaztcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGFib3J0KGBhIHNlZWQgY291cnNlJ3MgZ2VuZXJhdGlvbiBmYWlsZWQ6ICR7am9iLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfS5gKTtcbiAgICAgIGlmIChEYXRlLm5vdygpID4gZGVhZGxpbmUpXG4gICAgICAgIGFib3J0KGBzZWVkIGNvdXJzZXMgd2VyZSBub3QgZ2VuZXJhdGVkIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHtjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTfXMuYCk7XG4gICAgICBzbGVlcCgwLjUpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gY291cnNlSWRzO1xufVxuXG4vKipcbiAqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMgKGBrNiBydW4gLS1zZWNyZXQtc291cmNlPWZpbGU9c2VjcmV0cy50eHRgLCBrZXlzIG5hbWVkXG4gKiBsaWtlIHRoZSBlbnYgdmFyaWFibGVzOiBSRUdVTEFSX1VTRVJfUEFTU1dPUkQsIC4uLikgdGFrZSBwcmVjZWRlbmNlIG92ZXIgdGhlIGVudmlyb25tZW50OyBrNlxuICogcmVkYWN0cyB0aGVtIGZyb20gaXRzIGxvZ3MuIFRoZXkgYXBwbHkgdG8gdGhlIHNpbmdsZSBhY2NvdW50cyBhbmQgdG8gdGhlIERFTU9fVVNFUlMgcG9vbDsgYVxuICogdXNlcnMgZmlsZSBjYXJyaWVzIGl0cyBvd24gcGFzc3dvcmRzLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc2VjcmV0UGFzc3dvcmRzKCk6IFByb21pc2U8UGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4+IHtcbiAgY29uc3QgZm91bmQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+ID0ge307XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBwYXNzd29yZCA9IGF3YWl0IHNlY3JldHMuZ2V0KGAke3JvbGUudG9VcHBlckNhc2UoKX1fVVNFUl9QQVNTV09SRGApO1xuICAgICAgaWYgKHBhc3N3b3JkKSBmb3VuZFtyb2xlXSA9IHBhc3N3b3JkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gbm8gc2VjcmV0IHNvdXJjZSBjb25maWd1cmVkLCBvciBubyBzdWNoIGtleToga2VlcCB0aGUgZW52aXJvbm1lbnQncyBwYXNzd29yZFxuICAgIH1cbiAgfVxuICByZXR1cm4gZm91bmQ7XG59XG5cbi8qKiBUaGUgYWNjb3VudHMgVlVzIG9mIHRoZSBjbGFzc2VzIHRoYXQgcmVhZCB0aGUgZGF0YXNldCBjYW4gdXNlOiB0aGUgZmlyc3QgbWluKHNpemUsIFZVIGlkcykgb2YgZWFjaC4gKi9cbmZ1bmN0aW9uIGRhdGFzZXRPd25lcnMoY29uZmlnOiBDb25maWcsIHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4pOiBPd25lcltdIHtcbiAgY29uc3QgdnVJZHMgPSB2dUlkQm91bmQoKGV4ZWMudGVzdC5vcHRpb25zLnNjZW5hcmlvcyA/PyB7fSkgYXMgdW5rbm93biBhcyBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4pO1xuICBjb25zdCBvd25lcnM6IE93bmVyW10gPSBbXTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFsncmVndWxhcicsICdwb3dlciddIGFzIGNvbnN0KSB7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBNYXRoLm1pbihwb29sLnNpemVzW3JvbGVdLCB2dUlkcyk7IGkrKylcbiAgICAgIG93bmVycy5wdXNoKHsgcm9sZSwgLi4ucG9vbC5hY2NvdW50KHJvbGUsIGksIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKSB9KTtcbiAgfVxuICByZXR1cm4gb3duZXJzO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFByZXBhcmVPcHRpb25zIHtcbiAgLyoqIFNlZWQgcnVuLXRhZ2dlZCBnZW5lcmF0ZWQgY291cnNlcyBmb3IgZW50cmllcyB0aGF0IHJlYWQgc2hhcmVkIHJvd3MgKGFwaSwgYnJlYWtwb2ludCkuICovXG4gIHNlZWQ/OiBib29sZWFuO1xuICAvKiogTWFrZSBzdXJlIHRoZSBrZXB0IHBlci11c2VyIGRhdGFzZXQgaXMgdGhlcmUgKGVudHJpZXMgd2hvc2UgdXNlcnMgcmVhZCB0aGVpciBvd24gY291cnNlcykuICovXG4gIGRhdGFzZXQ/OiBib29sZWFuO1xufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcHJlcGFyZVJ1bihjb25maWc6IENvbmZpZywgb3B0aW9uczogUHJlcGFyZU9wdGlvbnMgPSB7fSk6IFByb21pc2U8UnVuRGF0YT4ge1xuICBwcm9iZShjb25maWcuYmFzZVVybCk7XG4gIGNvbnN0IHNlY3JldCA9IGF3YWl0IHNlY3JldFBhc3N3b3JkcygpO1xuICBjb25zdCBhbm9ueW1vdXMgPSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCB0b2tlbnMgPSB7fSBhcyBSZWNvcmQ8Um9sZSwgc3RyaW5nPjtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB0b2tlbnNbcm9sZV0gPSBsb2dpbihjb25maWcsIHNlY3JldCwgcm9sZSk7XG4gIGNvbnN0IHJ1bklkID0gbmV3UnVuSWQoKTtcbiAgY29uc3Qgc3dlcHQgPSByZW1vdmVDb3Vyc2VzKGNvbmZpZywgdG9rZW5zLmFkbWluLCBSVU5fVElUTEVfRklMVEVSLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIHJ1bklkLCBmYWxzZSkpO1xuICBpZiAoc3dlcHQgPiAwKSBjb25zb2xlLmxvZyhgc2V0dXA6IHJlbW92ZWQgJHtzd2VwdH0gY291cnNlKHMpIGxlZnQgYmVoaW5kIGJ5IGVhcmxpZXIgcnVuc2ApO1xuICBpZiAob3B0aW9ucy5kYXRhc2V0KSB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHIgPSBlbnN1cmVEYXRhc2V0KGNvbmZpZywgZGF0YXNldE93bmVycyhjb25maWcsIHNlY3JldCkpO1xuICAgICAgY29uc29sZS5sb2coXG4gICAgICAgIGBzZXR1cDogZGF0YXNldCBvZiAke2NvbmZpZy5kYXRhc2V0LmNvdXJzZXN9IGNvdXJzZShzKSBwZXIgYWNjb3VudCBmb3IgJHtyLmFjY291bnRzfSBhY2NvdW50KHMpOiAke3IucmV1c2VkfSByZXVzZWQsICR7ci5jcmVhdGVkfSBjb3Vyc2UocykgY3JlYXRlZCAoJHtyLmdlbmVyYXRlZH0gZ2VuZXJhdGVkKSwgJHtyLnJlbW92ZWR9IHJlbW92ZWQke3IucmV0cmllZCA+IDAgPyBgLCAke3IucmV0cmllZH0gcmVxdWVzdChzKSBzZW50IGFnYWluIGFmdGVyIG5vIGFuc3dlciBvciBhIDV4eGAgOiAnJ30sIGluICR7KChEYXRlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwKS50b0ZpeGVkKDEpfSBzYCxcbiAgICAgICk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGFib3J0KGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gICAgfVxuICB9XG4gIGNvbnN0IHNlZWRlZENvdXJzZUlkcyA9IG9wdGlvbnMuc2VlZCA/IHNlZWRDb3Vyc2VzKGFub255bW91cy5hcyh0b2tlbnMucmVndWxhciksIHJ1bklkLCBjb25maWcpIDogW107XG4gIC8vIE5vIHBhc3N3b3JkIGluIHRoZSByZXR1cm5lZCBkYXRhOiBrNiBjb3BpZXMgaXQgaW50byBldmVyeSBWVSBhbmQgaW50byBpdHMgc3VtbWFyeSBleHBvcnQuXG4gIHJldHVybiB7IHJ1bklkLCB0b2tlbnMsIHNlZWRlZENvdXJzZUlkcyB9O1xufVxuXG4vKiogVGVhcmRvd246IHJlbW92ZXMgZXZlcnkgY291cnNlIHRoaXMgcnVuIGNyZWF0ZWQgKFZVcyBkZWxldGUgdGhlaXIgb3duIGFzIHRoZXkgZ287IHRoaXMgY2F0Y2hlcyB0aGUgcmVzdCkuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2xlYW5VcFJ1bihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSB8IHVuZGVmaW5lZCk6IFByb21pc2U8dm9pZD4ge1xuICBpZiAoIWRhdGE/LnJ1bklkIHx8IHBvb2wuc2l6ZXMuYWRtaW4gPT09IDApIHJldHVybjtcbiAgY29uc3Qgc2VjcmV0ID0gYXdhaXQgc2VjcmV0UGFzc3dvcmRzKCk7XG4gIC8vIEEgZnJlc2ggbG9naW46IHNldHVwJ3MgdG9rZW4gbWF5IGhhdmUgZXhwaXJlZCBkdXJpbmcgYSBsb25nIHJ1bi5cbiAgY29uc3QgeyBlbWFpbCwgcGFzc3dvcmQgfSA9IHBvb2wuYWNjb3VudCgnYWRtaW4nLCAwLCBzZWNyZXQuYWRtaW4gPz8gY29uZmlnLnVzZXJzLmFkbWluLnBhc3N3b3JkKTtcbiAgY29uc3QgeyB0b2tlbiB9ID0gcXVpZXRMb2dpbihjb25maWcsIGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghdG9rZW4pIHtcbiAgICBjb25zb2xlLmVycm9yKFxuICAgICAgYHRlYXJkb3duOiBjb3VsZCBub3QgbG9nIGluIGFzICR7ZW1haWx9IHRvIHJlbW92ZSB0aGlzIHJ1bidzIGNvdXJzZXMgKHRpdGxlcyBjb250YWluaW5nICR7ZGF0YS5ydW5JZH0pOyB0aGUgbmV4dCBydW4gcmVtb3ZlcyB0aGVtYCxcbiAgICApO1xuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCByZW1vdmVkID0gcmVtb3ZlQ291cnNlcyhjb25maWcsIHRva2VuLCBkYXRhLnJ1bklkLCAodGl0bGUpID0+IGlzTGVmdG92ZXIodGl0bGUsIGRhdGEucnVuSWQsIHRydWUpKTtcbiAgaWYgKHJlbW92ZWQgPiAwKSBjb25zb2xlLmxvZyhgdGVhcmRvd246IHJlbW92ZWQgJHtyZW1vdmVkfSBjb3Vyc2UocykgdGhpcyBydW4gY3JlYXRlZGApO1xufVxuIiwgIi8vIFR5cGVkIGNsaWVudCBvZiB0aGUgcGxhdGZvcm0ncyBBUEkgY29udHJhY3QgKHBhdGhzIGFuZCB0YWdzIGNvbWUgZnJvbSByb3V0ZXMudHMpLiBFdmVyeSByZXF1ZXN0XG4vLyBjYXJyaWVzIGEgc3RhYmxlIGBlbmRwb2ludGAgdGFnIChuZXZlciB0aGUgVVJMIHdpdGggaWRzIGluIGl0KSwgdGhlIGBhcGlgIHNjb3BlIGFuZCBhIHRlbXBsYXRlZFxuLy8gYG5hbWVgLCBzbyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0cyBrZWVwIGEgc21hbGwsIGZpeGVkIHNldCBvZiBzZXJpZXMuXG5pbXBvcnQgeyBjaGVjayB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgUmVmaW5lZFJlc3BvbnNlLCB0eXBlIFJlc3BvbnNlVHlwZSB9IGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHR5cGUgeyBSb2xlIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB0eXBlIHsgRW5kcG9pbnQgfSBmcm9tICcuL2VuZHBvaW50cy50cyc7XG5pbXBvcnQgeyB0eXBlIElkLCBwYXRocywgcmVxdWVzdFRhZ3MgfSBmcm9tICcuL3JvdXRlcy50cyc7XG5cbmV4cG9ydCB0eXBlIHsgSWQgfTtcbmV4cG9ydCB0eXBlIExldmVsID0gJ2JlZ2lubmVyJyB8ICdpbnRlcm1lZGlhdGUnIHwgJ2FkdmFuY2VkJztcbmV4cG9ydCB0eXBlIEpvYlN0YXR1cyA9ICdxdWV1ZWQnIHwgJ3J1bm5pbmcnIHwgJ2NvbXBsZXRlZCcgfCAnZmFpbGVkJztcbmV4cG9ydCB0eXBlIEV4cG9ydEZvcm1hdCA9ICdqc29uJyB8ICdtYXJrZG93bicgfCAnaHRtbCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlclN1bW1hcnkge1xuICBpbmRleDogbnVtYmVyO1xuICB0aXRsZTogc3RyaW5nO1xuICBzdGF0dXM6IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlIHtcbiAgaWQ6IElkO1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgY2hhcHRlcnM/OiBDaGFwdGVyU3VtbWFyeVtdO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2VMaXN0IHtcbiAgaXRlbXM6IENvdXJzZVtdO1xuICB0b3RhbDogbnVtYmVyO1xuICBsaW1pdDogbnVtYmVyO1xuICBvZmZzZXQ6IG51bWJlcjtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgTmV3Q291cnNlIHtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGxhbmd1YWdlPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBKb2JDaGFwdGVyIHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgc3RhdHVzOiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBkdXJhdGlvbl9tczogbnVtYmVyIHwgbnVsbDtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iIHtcbiAgam9iX2lkOiBJZDtcbiAgY291cnNlX2lkOiBJZDtcbiAgc3RhdHVzOiBKb2JTdGF0dXM7XG4gIGNoYXB0ZXJzX3RvdGFsOiBudW1iZXI7XG4gIGNoYXB0ZXJzX2NvbXBsZXRlZDogbnVtYmVyO1xuICBjaGFwdGVyczogSm9iQ2hhcHRlcltdO1xuICBjcmVhdGVkX2F0OiBzdHJpbmc7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBlcnJvcj86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ2hhcHRlciB7XG4gIGluZGV4OiBudW1iZXI7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIGNvbnRlbnQ6IHN0cmluZztcbiAgd29yZF9jb3VudDogbnVtYmVyO1xufVxuZXhwb3J0IGludGVyZmFjZSBMb2dpbiB7XG4gIGFjY2Vzc190b2tlbjogc3RyaW5nO1xuICB0b2tlbl90eXBlOiBzdHJpbmc7XG4gIHJvbGU6IFJvbGU7XG4gIGV4cGlyZXNfaW46IG51bWJlcjtcbn1cblxuLyoqXG4gKiBXaGF0IGV2ZXJ5IGNhbGwgcmV0dXJuczogd2hldGhlciBpdHMgY2hlY2tzIHBhc3NlZCwgdGhlIHN0YXR1cywgYW5kIHRoZSBib2R5IHdoZW4gaXQgaGFkIHRoZVxuICogcmlnaHQgc2hhcGUuIFRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkOiBtb3N0IGNhbGxlcnMgb25seSBuZWVkIGBva2AsIGFuZCBrNidzIEpTT04ucGFyc2VcbiAqIGJ1aWxkcyBldmVyeSBvYmplY3Qgb2YgYSBsaXN0IGluIEpTIOKAlCBhIHF1YXJ0ZXIgb2YgazYncyBDUFUgaW4gdGhlIHJlZ3VsYXItdXNlciB3b3JrZmxvdyBiZWZvcmVcbiAqIHRoaXMgKGJlbmNoLywgYGs2IHJ1biAtLXByb2ZpbGluZy1lbmFibGVkYCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0PFQ+IHtcbiAgb2s6IGJvb2xlYW47XG4gIHN0YXR1czogbnVtYmVyO1xuICByZWFkb25seSBib2R5OiBUIHwgdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGZpZWxkIG9mIGEgSlNPTiBib2R5IGJ5IGEgazYgc2VsZWN0b3IgKGBpdGVtcy4jYCwgYGlkYCk6IHJlYWQgaW4gR28sIG5vIEpTIG9iamVjdCBidWlsdCBmb3IgdGhlIHJlc3QuICovXG5leHBvcnQgdHlwZSBGaWVsZCA9IChwYXRoOiBzdHJpbmcpID0+IHVua25vd247XG4vKiogQSBib2R5LXNoYXBlIHRlc3Qgb3ZlciBzZWxlY3RlZCBmaWVsZHM7IFQgaXMgdGhlIGJvZHkgdHlwZSBpdCB2b3VjaGVzIGZvci4gKi9cbmV4cG9ydCB0eXBlIFNoYXBlPFQ+ID0gKChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pICYgeyByZWFkb25seSB2b3VjaGVzRm9yPzogVCB9O1xuY29uc3Qgc2hhcGUgPSA8VD4odGVzdDogKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbik6IFNoYXBlPFQ+ID0+IHRlc3Q7XG5cbmNvbnN0IGlzSWQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2ID09PSAnbnVtYmVyJztcbmNvbnN0IGlzQ291bnQgPSAodjogdW5rbm93bik6IGJvb2xlYW4gPT4gdHlwZW9mIHYgPT09ICdudW1iZXInOyAvLyBgPGFycmF5Pi4jYCBpcyBhIG51bWJlciBvbmx5IGZvciBhbiBhcnJheVxuXG5leHBvcnQgY29uc3Qgc2hhcGVzID0ge1xuICBoZWFsdGg6IHNoYXBlPHsgc3RhdHVzOiBzdHJpbmcgfT4oKGZpZWxkKSA9PiBmaWVsZCgnc3RhdHVzJykgPT09ICdvaycpLFxuICBsb2dpbjogc2hhcGU8TG9naW4+KChmaWVsZCkgPT4ge1xuICAgIGNvbnN0IHRva2VuID0gZmllbGQoJ2FjY2Vzc190b2tlbicpO1xuICAgIHJldHVybiB0eXBlb2YgdG9rZW4gPT09ICdzdHJpbmcnICYmIHRva2VuICE9PSAnJztcbiAgfSksXG4gIGNvdXJzZUxpc3Q6IHNoYXBlPENvdXJzZUxpc3Q+KChmaWVsZCkgPT4gaXNDb3VudChmaWVsZCgnaXRlbXMuIycpKSAmJiB0eXBlb2YgZmllbGQoJ3RvdGFsJykgPT09ICdudW1iZXInKSxcbiAgY291cnNlOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgdHlwZW9mIGZpZWxkKCd0aXRsZScpID09PSAnc3RyaW5nJyksXG4gIGNvdXJzZVdpdGhDaGFwdGVyczogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIGlzQ291bnQoZmllbGQoJ2NoYXB0ZXJzLiMnKSkpLFxuICBqb2JBY2NlcHRlZDogc2hhcGU8eyBqb2JfaWQ6IElkOyBzdGF0dXM6IEpvYlN0YXR1cyB9PigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2pvYl9pZCcpKSksXG4gIGpvYjogc2hhcGU8Sm9iPigoZmllbGQpID0+IHR5cGVvZiBmaWVsZCgnc3RhdHVzJykgPT09ICdzdHJpbmcnICYmIGlzQ291bnQoZmllbGQoJ2NoYXB0ZXJzLiMnKSkpLFxuICBjaGFwdGVyOiBzaGFwZTxDaGFwdGVyPigoZmllbGQpID0+IHR5cGVvZiBmaWVsZCgnY29udGVudCcpID09PSAnc3RyaW5nJyksXG4gIGFueU9iamVjdDogc2hhcGU8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+KChmaWVsZCkgPT4ge1xuICAgIGNvbnN0IHdob2xlID0gZmllbGQoJ0B0aGlzJyk7IC8vIGdqc29uJ3MgbW9kaWZpZXIgZm9yIHRoZSB3aG9sZSBkb2N1bWVudFxuICAgIHJldHVybiB0eXBlb2Ygd2hvbGUgPT09ICdvYmplY3QnICYmIHdob2xlICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHdob2xlKTtcbiAgfSksXG59O1xuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8qKlxuICogV2hldGhlciB0aGUgYW5zd2VyIGNsYWltcyB0byBiZSBKU09OIGF0IGFsbCAoYW4gSFRNTCBlcnJvciBwYWdlIGlzIGEgZmFpbGVkIGNoZWNrLCBub3QgYW5cbiAqIGV4Y2VwdGlvbikuIFRoZSBib2R5IGl0c2VsZiBpcyBub3QgcmVhZCBoZXJlOiBhbiBlbXB0eSBvciB1bnBhcnNhYmxlIG9uZSByZWFkcyBhcyBoYXZpbmcgbm9cbiAqIGZpZWxkcywgd2hpY2ggZmFpbHMgdGhlIHNoYXBlLCBhbmQgcmVhZGluZyBpdCB3b3VsZCBjb3B5IGV2ZXJ5IGJvZHkgaW50byBKYXZhU2NyaXB0LlxuICovXG5mdW5jdGlvbiBpc0pzb24ocmVzOiBSZXNwb25zZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gU3RyaW5nKHJlcy5oZWFkZXJzWydDb250ZW50LVR5cGUnXSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKTtcbn1cblxuLyoqIFRoZSByZXNwb25zZSB0aGUgc2hhcGUgY2hlY2sgaXMgcmVhZGluZzogb25lIGZpZWxkIHJlYWRlciBwZXIgVlUsIG5vdCBhIGNsb3N1cmUgcGVyIHJlcXVlc3QuICovXG5sZXQgcmVhZGluZzogUmVzcG9uc2UgfCB1bmRlZmluZWQ7XG4vKiogRmllbGQgcmVhZGVyIG92ZXIgazYncyBzZWxlY3RvcjsgYSBib2R5IHRoYXQgaXMgbm90IHZhbGlkIEpTT04gcmVhZHMgYXMgaGF2aW5nIG5vIGZpZWxkcy4gKi9cbmNvbnN0IHJlYWRGaWVsZDogRmllbGQgPSAocGF0aCkgPT4ge1xuICB0cnkge1xuICAgIHJldHVybiByZWFkaW5nIS5qc29uKHBhdGgpID8/IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufTtcblxuLyoqIEEgY2FsbCdzIFJlc3VsdDsgdGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQgKGEgcHJvdG90eXBlIGdldHRlcjogbm8gY2xvc3VyZXMgcGVyIHJlcXVlc3QpLiAqL1xuY2xhc3MgTGF6eVJlc3VsdDxUPiBpbXBsZW1lbnRzIFJlc3VsdDxUPiB7XG4gIHByaXZhdGUgcGFyc2VkID0gZmFsc2U7XG4gIHByaXZhdGUgdmFsdWU6IFQgfCB1bmRlZmluZWQ7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IG9rOiBib29sZWFuLFxuICAgIHJlYWRvbmx5IHN0YXR1czogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgcmVzOiBSZXNwb25zZSB8IHVuZGVmaW5lZCxcbiAgKSB7fVxuXG4gIGdldCBib2R5KCk6IFQgfCB1bmRlZmluZWQge1xuICAgIGlmICh0aGlzLnJlcyAmJiAhdGhpcy5wYXJzZWQpIHtcbiAgICAgIHRoaXMudmFsdWUgPSBwYXJzZUpzb24odGhpcy5yZXMuYm9keSkgYXMgVDtcbiAgICAgIHRoaXMucGFyc2VkID0gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMudmFsdWU7XG4gIH1cbn1cblxuLyoqIFRoZSB3aG9sZSBib2R5IGFzIEpTT04sIG9yIHVuZGVmaW5lZCB3aGVuIGl0IGRvZXMgbm90IHBhcnNlLiAqL1xuZnVuY3Rpb24gcGFyc2VKc29uKGJvZHk6IHVua25vd24pOiB1bmtub3duIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShib2R5IGFzIHN0cmluZyk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLy8gQ2FjaGVzIG9uIHRoaXMgcGF0aCBhcmUgcGxhaW4gb2JqZWN0cywgbm90IE1hcDogZXZlcnkgVlUgaGFzIGl0cyBvd24gSmF2YVNjcmlwdCBydW50aW1lLCBhbmQgdGhlXG4vLyBmaXJzdCBNYXAgYSBydW50aW1lIHVzZXMgYnVpbGRzIE1hcCdzIGNvbnN0cnVjdG9yIGFuZCBwcm90b3R5cGUgaW4gaXQgKH4xMCBLQiBwZXIgVlUsIGJlbmNoLykuXG4vLyBPbmUgY2FsbGJhY2sgcGVyIHN0YXR1cywgbWFkZSBvbmNlOiBodHRwLmV4cGVjdGVkU3RhdHVzZXMoKSBhbGxvY2F0ZXMsIGFuZCB0aGlzIGlzIGV2ZXJ5IHJlcXVlc3QncyBwYXRoLlxuY29uc3Qgc3RhdHVzQ2FsbGJhY2tzOiBSZWNvcmQ8bnVtYmVyLCBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+PiA9IHt9O1xuZnVuY3Rpb24gZXhwZWN0U3RhdHVzKHN0YXR1czogbnVtYmVyKTogUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPiB7XG4gIGxldCBjYWxsYmFjayA9IHN0YXR1c0NhbGxiYWNrc1tzdGF0dXNdO1xuICBpZiAoY2FsbGJhY2sgPT09IHVuZGVmaW5lZCkge1xuICAgIGNhbGxiYWNrID0gaHR0cC5leHBlY3RlZFN0YXR1c2VzKHN0YXR1cyk7XG4gICAgc3RhdHVzQ2FsbGJhY2tzW3N0YXR1c10gPSBjYWxsYmFjaztcbiAgfVxuICByZXR1cm4gY2FsbGJhY2s7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0czogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4+ID0ge307XG4vKiogVGhlIGNoZWNrcyBvZiBvbmUgZW5kcG9pbnQsIG1hZGUgb25jZTogdGhlIHNhbWUgbmFtZXMgb24gZXZlcnkgcmVxdWVzdCBrZWVwIHRoZSBjaGVja3MgbWV0cmljJ3Mgc2VyaWVzIGZpeGVkLiAqL1xuZnVuY3Rpb24gY2hlY2tzRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFNoYXBlOiBib29sZWFuKSB7XG4gIGxldCBzZXQgPSBjaGVja1NldHNbZW5kcG9pbnRdO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0c1tlbmRwb2ludF0gPSBzZXQ7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIC8qKiBTZXQgd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxOiB0aGUgc2Vzc2lvbiBsYXllciBsb2dzIGluIGFnYWluIGJlZm9yZSB0aGUgbmV4dCBzdGVwLiAqL1xuICB1bmF1dGhvcml6ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB0aW1lb3V0OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0IHBhcmFtcyBwZXIgZW5kcG9pbnQgKGhlYWRlcnMsIHRhZ3MsIHRpbWVvdXQsIGV4cGVjdGVkIHN0YXR1cyksIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcmFtczogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFBhcmFtcz4+ID0ge307XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBiYXNlVXJsOiBzdHJpbmcsXG4gICAgdGltZW91dFM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLnRpbWVvdXQgPSBgJHt0aW1lb3V0U31zYDtcbiAgfVxuXG4gIC8qKiBBIGNsaWVudCBmb3IgdGhlIHNhbWUgcGxhdGZvcm0gYWN0aW5nIGFzIGFub3RoZXIgdXNlci4gKi9cbiAgYXModG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gICAgcmV0dXJuIG5ldyBBcGlDbGllbnQodGhpcy5iYXNlVXJsLCBOdW1iZXIodGhpcy50aW1lb3V0LnNsaWNlKDAsIC0xKSksIHRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyYW1zRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFBheWxvYWQ6IGJvb2xlYW4sIHJlYWRzQm9keTogYm9vbGVhbik6IFBhcmFtcyB7XG4gICAgbGV0IHBhcmFtcyA9IHRoaXMucGFyYW1zW2VuZHBvaW50XTtcbiAgICBpZiAoIXBhcmFtcykge1xuICAgICAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgICAgIGlmICh3aXRoUGF5bG9hZCkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gICAgICBpZiAodGhpcy50b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3RoaXMudG9rZW59YDtcbiAgICAgIHBhcmFtcyA9IHtcbiAgICAgICAgaGVhZGVycyxcbiAgICAgICAgdGFnczogcmVxdWVzdFRhZ3MoZW5kcG9pbnQpLFxuICAgICAgICB0aW1lb3V0OiB0aGlzLnRpbWVvdXQsXG4gICAgICAgIHJlc3BvbnNlQ2FsbGJhY2s6IGV4cGVjdFN0YXR1cyhleHBlY3RlZCksXG4gICAgICB9O1xuICAgICAgLy8gQSBib2R5IG5vYm9keSBjaGVja3Mgb3IgcmVhZHMgKERFTEVURSdzIDIwNCwgYW4gZXhwb3J0IGRvY3VtZW50KSBpcyBub3QgY29waWVkIGludG8gSmF2YVNjcmlwdC5cbiAgICAgIGlmICghcmVhZHNCb2R5KSBwYXJhbXMucmVzcG9uc2VUeXBlID0gJ25vbmUnO1xuICAgICAgdGhpcy5wYXJhbXNbZW5kcG9pbnRdID0gcGFyYW1zO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KFxuICAgICAgbWV0aG9kLFxuICAgICAgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLFxuICAgICAgd2l0aFBheWxvYWQgPyBKU09OLnN0cmluZ2lmeShwYXlsb2FkKSA6IG51bGwsXG4gICAgICB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKSxcbiAgICApO1xuICAgIC8vIEVhY2ggcHJvcGVydHkgcmVhZCBvZiBhIGs2IHJlc3BvbnNlIGNyb3NzZXMgaW50byBHbyBhbmQgYnVpbGRzIGEgSlMgdmFsdWU6IHJlYWQgZWFjaCBvbmNlLlxuICAgIGNvbnN0IHN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSBzdGF0dXMgPT09IGV4cGVjdGVkO1xuICAgIGlmIChzdGF0dXMgPT09IDQwMSkgdGhpcy51bmF1dGhvcml6ZWQgPSB0cnVlO1xuICAgIC8vIEEgd3Jvbmcgc3RhdHVzIGZhaWxzIHRoZSBzaGFwZSBjaGVjayB0b28sIGFzIHJlYWRpbmcgdGhhdCBib2R5IHdvdWxkIChhbiBlcnJvciBib2R5IGlzIG5vdCB0aGVcbiAgICAvLyByZXNvdXJjZSksIHdpdGhvdXQgcGF5aW5nIGZvciB0aGUgcmVhZC5cbiAgICBsZXQgc2hhcGVPayA9ICFzaGFwZTtcbiAgICBpZiAoc2hhcGUgJiYgc3RhdHVzT2spIHtcbiAgICAgIHJlYWRpbmcgPSByZXM7XG4gICAgICBzaGFwZU9rID0gaXNKc29uKHJlcykgJiYgc2hhcGUocmVhZEZpZWxkKTtcbiAgICAgIHJlYWRpbmcgPSB1bmRlZmluZWQ7XG4gICAgfVxuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgcmV0dXJuIG5ldyBMYXp5UmVzdWx0PFQ+KGFsbE9rLCBzdGF0dXMsIHNoYXBlICYmIHN0YXR1c09rICYmIHNoYXBlT2sgPyByZXMgOiB1bmRlZmluZWQpO1xuICB9XG5cbiAgaGVhbHRoKCk6IFJlc3VsdDx7IHN0YXR1czogc3RyaW5nIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdoZWFsdGgnLCAnR0VUJywgcGF0aHMuaGVhbHRoKCksIDIwMCwgc2hhcGVzLmhlYWx0aCk7XG4gIH1cblxuICBsb2dpbihlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogUmVzdWx0PExvZ2luPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnbG9naW4nLCAnUE9TVCcsIHBhdGhzLmxvZ2luKCksIDIwMCwgc2hhcGVzLmxvZ2luLCB7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuXG4gIGxpc3RDb3Vyc2VzKHF1ZXJ5OiB7IGxpbWl0PzogbnVtYmVyOyBvZmZzZXQ/OiBudW1iZXI7IHE/OiBzdHJpbmcgfSA9IHt9KTogUmVzdWx0PENvdXJzZUxpc3Q+IHtcbiAgICAvLyBBIGxvb3AgcmF0aGVyIHRoYW4gZW50cmllcy9maWx0ZXIvbWFwL2pvaW46IHRoaXMgaXMgdGhlIG1vc3QgZnJlcXVlbnQgcmVxdWVzdCwgYW5kIGVhY2ggb2ZcbiAgICAvLyB0aG9zZSBpcyBhIHBlci1yZXF1ZXN0IGFycmF5IGFuZCBhIGJ1aWx0LWluIGV2ZXJ5IFZVJ3MgcnVudGltZSB3b3VsZCBidWlsZC5cbiAgICBsZXQgc2VhcmNoID0gJyc7XG4gICAgZm9yIChjb25zdCBrZXkgaW4gcXVlcnkpIHtcbiAgICAgIGNvbnN0IHZhbHVlID0gcXVlcnlba2V5IGFzIGtleW9mIHR5cGVvZiBxdWVyeV07XG4gICAgICBpZiAodmFsdWUgIT09IHVuZGVmaW5lZCkgc2VhcmNoICs9IGAke3NlYXJjaCA/ICcmJyA6ICc/J30ke2tleX09JHtlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKHZhbHVlKSl9YDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlc19saXN0JywgJ0dFVCcsIGAke3BhdGhzLmNvdXJzZXMoKX0ke3NlYXJjaH1gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbi8vIGZvci1pbiwgbm90IE9iamVjdC5lbnRyaWVzL2ZyZWV6ZTogdGhpcyBydW5zIGluIGV2ZXJ5IFZVJ3MgcnVudGltZSwgYW5kIGVhY2ggYnVpbHQtaW4gaXRcbi8vIHRvdWNoZXMgaXMgYnVpbHQgdGhlcmUgKFJlYWRvbmx5IGtlZXBzIHRoZSB0YWdzIHVuY2hhbmdlZCBhdCBjb21waWxlIHRpbWUpLlxuY29uc3QgdGFnc0J5RW5kcG9pbnQ6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pj4+ID0ge307XG5mb3IgKGNvbnN0IGVuZHBvaW50IGluIHJvdXRlTmFtZXMpIHtcbiAgdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnQgYXMgRW5kcG9pbnRdID0geyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZTogcm91dGVOYW1lc1tlbmRwb2ludCBhcyBFbmRwb2ludF0gfTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUga2VwdCBkYXRhc2V0OiBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50LCB0aGUgZmlyc3Rcbi8vIFBFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGdlbmVyYXRlZCAob25lIGNoYXB0ZXIpLCBzbyBsaXN0cyBhbmRcbi8vIHBhZ2luYXRpb24gYXJlIG5vdCB0cml2aWFsbHkgc21hbGwgYW5kIHJlYWRzIHNwcmVhZCBvdmVyIG1hbnkgcm93cywgZWFjaCB1c2VyIHJlYWRpbmcgb25seVxuLy8gdGhlaXIgb3duLiBNYWRlIGluIHNldHVwIChvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGl0cyByZXF1ZXN0cyBjYXJyeSBzY29wZT1zZXR1cCBhbmQgbm9cbi8vIGVuZHBvaW50IHRhZywgc28gbm8gZ2F0ZSBzZWVzIHRoZW0pLCB3aXRoIGF0IG1vc3QgQ09OQ1VSUkVOQ1kgcmVxdWVzdHMgaW4gZmxpZ2h0LCBhbmQgcmV1c2VkIGJ5XG4vLyBsYXRlciBydW5zIHdoZW4gaXQgaXMgYWxyZWFkeSB0aGVyZSAoUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQ9dHJ1ZSAvIC0tcmVzZWVkOiBtYWRlIGFuZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIEJhdGNoUmVxdWVzdCwgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgdHlwZSBJZCwgcGF0aHMgfSBmcm9tICcuLi9odHRwL3JvdXRlcy50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFLCBkYXRhc2V0VGl0bGUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBBY2NvdW50LCBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5jb25zdCBDT05DVVJSRU5DWSA9IDE2O1xuY29uc3QgTElTVF9MSU1JVCA9IDEwMDtcblxuZXhwb3J0IGludGVyZmFjZSBPd25lciBleHRlbmRzIEFjY291bnQge1xuICByb2xlOiBSb2xlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERhdGFzZXRSZXBvcnQge1xuICBhY2NvdW50czogbnVtYmVyO1xuICBjcmVhdGVkOiBudW1iZXI7XG4gIHJldXNlZDogbnVtYmVyO1xuICByZW1vdmVkOiBudW1iZXI7XG4gIGdlbmVyYXRlZDogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgc2VudCBhZ2FpbiBhZnRlciBubyBhbnN3ZXIgb3IgYSA1eHguICovXG4gIHJldHJpZWQ6IG51bWJlcjtcbn1cblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vLyBTaXggdHJpZXMgd2l0aCBkb3VibGluZyBwYXVzZXMgKDAuMiDigKYgMy4yIHMsIDYuMiBzIGluIGFsbCk6IGEgcm91dGUgdGhhdCBmYWlscyBvbmUgcmVxdWVzdCBpbiBmaXZlXG4vLyBzdGlsbCBsZXRzIGVhY2ggb2YgZG96ZW5zIG9mIGFjY291bnRzIHRocm91Z2ggKDAuMl42IHBlciByZXF1ZXN0KSwgYW5kIGEgcGxhdGZvcm0gdGhhdCBpcyByZWFsbHlcbi8vIGRvd24gc3RvcHMgc2V0dXAgd2l0aGluIHNlY29uZHMuIFRocmVlIHRyaWVzIHdlcmUgbm90IGVub3VnaDogd2l0aCAyMCAlIGVycm9ycyBvbiB0aGUgbGlzdCByb3V0ZSwgMC44ICVcbi8vIG9mIGFjY291bnRzIGZhaWxlZCBhbGwgdGhyZWUgKGEgQ0kgcnVuIGFib3J0ZWQgaW4gc2V0dXA7IGF0IDI0IGFjY291bnRzIGl0IHdvdWxkIGJlIG9uZSBydW4gaW4gc2l4KS5cbmNvbnN0IEFUVEVNUFRTID0gNjtcbi8qKiBSZXF1ZXN0cyBzZXR1cCBzZW50IGFnYWluOyByZWFkIGJlZm9yZSBhbmQgYWZ0ZXIgYSBzdGVwIHRvIHNheSBob3cgbWFueSB0aGF0IHN0ZXAgbmVlZGVkLiAqL1xubGV0IHJldHJpZWQgPSAwO1xuY29uc3QgdHJhbnNpZW50ID0gKHJlczogUmVzcG9uc2UpID0+IHJlcy5zdGF0dXMgPT09IDAgfHwgcmVzLnN0YXR1cyA+PSA1MDA7XG5cbi8qKlxuICogU2VuZHMgYGNvdW50YCByZXF1ZXN0cyBtYWRlIGJ5IGBtYWtlYCwgQ09OQ1VSUkVOQ1kgYXQgYSB0aW1lLCBhbmQgaGFuZHMgZWFjaCBhbnN3ZXIgdG8gYG9uQW5zd2VyYFxuICogYXMgaXQgY29tZXM6IG5vdGhpbmcgaXMga2VwdCwgc28gc2VlZGluZyB0aG91c2FuZHMgb2YgY291cnNlcyBkb2VzIG5vdCBob2xkIHRob3VzYW5kcyBvZlxuICogcmVzcG9uc2VzIGluIGs2J3MgbWVtb3J5LiBBIHJlcXVlc3QgdGhhdCBnb3Qgbm8gYW5zd2VyIG9yIGEgNXh4IGlzIHNlbnQgYWdhaW4gKHVwIHRvIEFUVEVNUFRTXG4gKiBpbiBhbGwsIHBhdXNpbmcgbG9uZ2VyIGVhY2ggdGltZSk6IG9uZSBmbGFreSBhbnN3ZXIgbXVzdCBub3Qgc3RvcCBhIHJ1biBiZWZvcmUgaXQgc3RhcnRzLiBBXG4gKiBjcmVhdGlvbiByZXRyaWVkIGFmdGVyIGEgbG9zdCBhbnN3ZXIgbWF5IG1ha2Ugb25lIGNvdXJzZSB0b28gbWFueTsgdGhlIG5leHQgcnVuIGNvdW50cywgaXQgZG9lc1xuICogbm90IGFzc3VtZS5cbiAqL1xuZnVuY3Rpb24gYmF0Y2hlZChjb3VudDogbnVtYmVyLCBtYWtlOiAoaTogbnVtYmVyKSA9PiBCYXRjaFJlcXVlc3QsIG9uQW5zd2VyOiAocmVzOiBSZXNwb25zZSwgaTogbnVtYmVyKSA9PiB2b2lkKTogdm9pZCB7XG4gIGZvciAobGV0IGZpcnN0ID0gMDsgZmlyc3QgPCBjb3VudDsgZmlyc3QgKz0gQ09OQ1VSUkVOQ1kpIHtcbiAgICBjb25zdCBjaHVuazogQmF0Y2hSZXF1ZXN0W10gPSBbXTtcbiAgICBmb3IgKGxldCBpID0gZmlyc3Q7IGkgPCBNYXRoLm1pbihjb3VudCwgZmlyc3QgKyBDT05DVVJSRU5DWSk7IGkrKykgY2h1bmsucHVzaChtYWtlKGkpKTtcbiAgICBjb25zdCBnb3QgPSBodHRwLmJhdGNoKGNodW5rKSBhcyBSZXNwb25zZVtdO1xuICAgIGZvciAobGV0IGF0dGVtcHQgPSAxOyBhdHRlbXB0IDwgQVRURU1QVFM7IGF0dGVtcHQrKykge1xuICAgICAgY29uc3QgYWdhaW4gPSBnb3QubWFwKChyZXMsIGspID0+ICh0cmFuc2llbnQocmVzKSA/IGsgOiAtMSkpLmZpbHRlcigoaykgPT4gayA+PSAwKTtcbiAgICAgIGlmIChhZ2Fpbi5sZW5ndGggPT09IDApIGJyZWFrO1xuICAgICAgcmV0cmllZCArPSBhZ2Fpbi5sZW5ndGg7XG4gICAgICBzbGVlcCgwLjIgKiAyICoqIChhdHRlbXB0IC0gMSkpO1xuICAgICAgKGh0dHAuYmF0Y2goYWdhaW4ubWFwKChrKSA9PiBjaHVua1trXSEpKSBhcyBSZXNwb25zZVtdKS5mb3JFYWNoKChyZXMsIGopID0+IHtcbiAgICAgICAgZ290W2FnYWluW2pdIV0gPSByZXM7XG4gICAgICB9KTtcbiAgICB9XG4gICAgZ290LmZvckVhY2goKHJlcywgaykgPT4ge1xuICAgICAgb25BbnN3ZXIocmVzLCBmaXJzdCArIGspO1xuICAgIH0pO1xuICB9XG59XG5cbi8qKiBTZXR1cCdzIHJlcXVlc3QgcGFyYW1zOyBDb250ZW50LVR5cGUgb25seSB3aXRoIGEgYm9keSAoYSBKU09OIERFTEVURSB3aXRob3V0IG9uZSBpcyBhIDQwMCBvbiBtYW55IHNlcnZlcnMpLiAqL1xuZnVuY3Rpb24gcGFyYW1zKHdoYXQ6IHN0cmluZywgdG9rZW4/OiBzdHJpbmcsIHdpdGhCb2R5ID0gZmFsc2UpIHtcbiAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgaWYgKHdpdGhCb2R5KSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgaWYgKHRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dG9rZW59YDtcbiAgcmV0dXJuIHsgaGVhZGVycywgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogYHNldHVwOiAke3doYXR9YCB9LCB0aW1lb3V0OiAnNjBzJyB9O1xufVxuXG5mdW5jdGlvbiBqc29uPFQ+KHJlczogUmVzcG9uc2UpOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShyZXMuYm9keSBhcyBzdHJpbmcpIGFzIFQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIEEgbG9naW4gb3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93IChzY29wZT1zZXR1cCwgbm8gZW5kcG9pbnQgdGFnKTogdGhlIHRva2VuLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcXVpZXRMb2dpbihcbiAgY29uZmlnOiBDb25maWcsXG4gIGVtYWlsOiBzdHJpbmcsXG4gIHBhc3N3b3JkOiBzdHJpbmcsXG4pOiB7IHRva2VuOiBzdHJpbmcgfCB1bmRlZmluZWQ7IHN0YXR1czogbnVtYmVyIH0ge1xuICBjb25zdCByZXN1bHQ6IHsgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZDsgc3RhdHVzOiBudW1iZXIgfSA9IHsgdG9rZW46IHVuZGVmaW5lZCwgc3RhdHVzOiAwIH07XG4gIGJhdGNoZWQoXG4gICAgMSxcbiAgICAoKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICB1cmw6IGAke2NvbmZpZy5iYXNlVXJsfSR7cGF0aHMubG9naW4oKX1gLFxuICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkoeyBlbWFpbCwgcGFzc3dvcmQgfSksXG4gICAgICBwYXJhbXM6IHBhcmFtcygnbG9naW4nLCB1bmRlZmluZWQsIHRydWUpLFxuICAgIH0pLFxuICAgIChyZXMpID0+IHtcbiAgICAgIHJlc3VsdC5zdGF0dXMgPSByZXMuc3RhdHVzO1xuICAgICAgcmVzdWx0LnRva2VuID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGFjY2Vzc190b2tlbj86IHN0cmluZyB9PihyZXMpPy5hY2Nlc3NfdG9rZW4gOiB1bmRlZmluZWQ7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIHJlc3VsdDtcbn1cblxuaW50ZXJmYWNlIExpc3RlZCB7XG4gIHRvdGFsOiBudW1iZXI7XG4gIGlkczogSWRbXTtcbn1cblxuLyoqIFdoYXQgdGhlIHN0ZXBzIG9mIG1ha2luZyB0aGUgZGF0YXNldCBzaGFyZTogdGhlIGFjY291bnRzLCB0aGVpciB0b2tlbnMgKGJ5IG93bmVyIGluZGV4KSBhbmQgdGhlIGNvdW50cyBzbyBmYXIuICovXG5pbnRlcmZhY2UgU2VlZGluZyB7XG4gIGJhc2U6IHN0cmluZztcbiAgb3duZXJzOiBPd25lcltdO1xuICB0b2tlbnM6IHN0cmluZ1tdO1xuICByZXBvcnQ6IERhdGFzZXRSZXBvcnQ7XG59XG5cbi8qKiBNYWtlcyBzdXJlIGV2ZXJ5IG93bmVyIGhhcyB0aGUgZGF0YXNldDsgdGhyb3dzIHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgYWNjb3VudCBhbmQgc3RhdHVzIG9uIGZhaWx1cmUuICovXG5leHBvcnQgZnVuY3Rpb24gZW5zdXJlRGF0YXNldChjb25maWc6IENvbmZpZywgb3duZXJzOiBPd25lcltdKTogRGF0YXNldFJlcG9ydCB7XG4gIGNvbnN0IHsgY291cnNlczogd2FudGVkLCBnZW5lcmF0ZWQ6IGdlbmVyYXRlZFBlclVzZXIsIHJlc2VlZCB9ID0gY29uZmlnLmRhdGFzZXQ7XG4gIGNvbnN0IHJlcG9ydDogRGF0YXNldFJlcG9ydCA9IHtcbiAgICBhY2NvdW50czogb3duZXJzLmxlbmd0aCxcbiAgICBjcmVhdGVkOiAwLFxuICAgIHJldXNlZDogMCxcbiAgICByZW1vdmVkOiAwLFxuICAgIGdlbmVyYXRlZDogMCxcbiAgICByZXRyaWVkOiAwLFxuICB9O1xuICBpZiAod2FudGVkID09PSAwIHx8IG93bmVycy5sZW5ndGggPT09IDApIHJldHVybiByZXBvcnQ7XG4gIGNvbnN0IHJldHJpZWRCZWZvcmUgPSByZXRyaWVkO1xuICBjb25zdCBzZWVkaW5nOiBTZWVkaW5nID0geyBiYXNlOiBjb25maWcuYmFzZVVybCwgb3duZXJzLCB0b2tlbnM6IFtdLCByZXBvcnQgfTtcbiAgbG9nSW4oXG4gICAgc2VlZGluZyxcbiAgICBvd25lcnMubWFwKChfLCBpKSA9PiBpKSxcbiAgKTtcbiAgbGV0IGxpc3RlZCA9IGxpc3REYXRhc2V0cyhzZWVkaW5nKTtcbiAgaWYgKHJlc2VlZCkgbGlzdGVkID0gcmVtb3ZlRGF0YXNldHMoc2VlZGluZywgbGlzdGVkKTtcbiAgY29uc3QgdG9HZW5lcmF0ZSA9IGNyZWF0ZUNvdXJzZXMoc2VlZGluZywgbGlzdGVkLCB3YW50ZWQsIGdlbmVyYXRlZFBlclVzZXIpO1xuICBhd2FpdEdlbmVyYXRpb24oc2VlZGluZywgc3RhcnRHZW5lcmF0aW9uKHNlZWRpbmcsIHRvR2VuZXJhdGUpLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTKTtcbiAgcmVwb3J0LnJldHJpZWQgPSByZXRyaWVkIC0gcmV0cmllZEJlZm9yZTtcbiAgcmV0dXJuIHJlcG9ydDtcbn1cblxuLyoqIExvZ3MgdGhlIG93bmVycyBhdCB0aGVzZSBpbmRleGVzIGluLCBrZWVwaW5nIHRoZWlyIHRva2Vucy4gKi9cbmZ1bmN0aW9uIGxvZ0luKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMgfTogU2VlZGluZywgd2hpY2g6IG51bWJlcltdKTogdm9pZCB7XG4gIGJhdGNoZWQoXG4gICAgd2hpY2gubGVuZ3RoLFxuICAgIChrKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5sb2dpbigpfWAsXG4gICAgICBib2R5OiBKU09OLnN0cmluZ2lmeSh7IGVtYWlsOiBvd25lcnNbd2hpY2hba10hXSEuZW1haWwsIHBhc3N3b3JkOiBvd25lcnNbd2hpY2hba10hXSEucGFzc3dvcmQgfSksXG4gICAgICBwYXJhbXM6IHBhcmFtcygnbG9naW4nLCB1bmRlZmluZWQsIHRydWUpLFxuICAgIH0pLFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IHRva2VuID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGFjY2Vzc190b2tlbj86IHN0cmluZyB9PihyZXMpPy5hY2Nlc3NfdG9rZW4gOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoIXRva2VuKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGxvZ2dpbmcgaW4gYXMgJHtvd25lcnNbd2hpY2hba10hXSEucm9sZX0gYWNjb3VudCAke293bmVyc1t3aGljaFtrXSFdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c306IGNoZWNrIGl0cyBwYXNzd29yZCBpbiB0aGUgdXNlciBwb29sYCxcbiAgICAgICAgKTtcbiAgICAgIHRva2Vuc1t3aGljaFtrXSFdID0gdG9rZW47XG4gICAgfSxcbiAgKTtcbn1cblxuLyoqIEVhY2ggb3duZXIncyBkYXRhc2V0IGNvdXJzZXM6IGhvdyBtYW55LCBhbmQgdGhlIGlkcyBvZiB0aGUgZmlyc3QgcGFnZS4gKi9cbmZ1bmN0aW9uIGxpc3REYXRhc2V0cyh7IGJhc2UsIG93bmVycywgdG9rZW5zIH06IFNlZWRpbmcpOiBMaXN0ZWRbXSB7XG4gIGNvbnN0IGxpc3RVcmwgPSBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfT9xPSR7ZW5jb2RlVVJJQ29tcG9uZW50KERBVEFTRVRfVElUTEUpfSZsaW1pdD0ke0xJU1RfTElNSVR9YDtcbiAgY29uc3QgbGlzdGVkOiBMaXN0ZWRbXSA9IFtdO1xuICBiYXRjaGVkKFxuICAgIG93bmVycy5sZW5ndGgsXG4gICAgKGkpID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogbGlzdFVybCwgcGFyYW1zOiBwYXJhbXMoJ2xpc3QgZGF0YXNldCcsIHRva2Vuc1tpXSkgfSksXG4gICAgKHJlcywgaSkgPT4ge1xuICAgICAgY29uc3QgYm9keSA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyB0b3RhbDogbnVtYmVyOyBpdGVtczogeyBpZDogSWQgfVtdIH0+KHJlcykgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoIWJvZHkpXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgZGF0YXNldDogbGlzdGluZyB0aGUgY291cnNlcyBvZiAke293bmVyc1tpXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCk7XG4gICAgICBsaXN0ZWRbaV0gPSB7IHRvdGFsOiBib2R5LnRvdGFsLCBpZHM6IGJvZHkuaXRlbXMubWFwKChjKSA9PiBjLmlkKSB9O1xuICAgIH0sXG4gICk7XG4gIHJldHVybiBsaXN0ZWQ7XG59XG5cbi8qKiBSZW1vdmVzIHRoZSBvbGQgZGF0YXNldCBwYWdlIGJ5IHBhZ2UgKGVhY2ggbGlzdCBzaG93cyB0aGUgbmV4dCBwYWdlIG9uY2UgdGhlIHByZXZpb3VzIGlzIGdvbmUpOyByZXR1cm5zIHRoZSBsaXN0cyBhZnRlci4gKi9cbmZ1bmN0aW9uIHJlbW92ZURhdGFzZXRzKHNlZWRpbmc6IFNlZWRpbmcsIGxpc3RlZDogTGlzdGVkW10pOiBMaXN0ZWRbXSB7XG4gIGNvbnN0IHsgYmFzZSwgdG9rZW5zLCByZXBvcnQgfSA9IHNlZWRpbmc7XG4gIGZvciAobGV0IHJvdW5kID0gMDsgbGlzdGVkLnNvbWUoKGwpID0+IGwuaWRzLmxlbmd0aCA+IDApICYmIHJvdW5kIDwgMTAwMDsgcm91bmQrKykge1xuICAgIGNvbnN0IGRvb21lZCA9IGxpc3RlZC5mbGF0TWFwKChsLCBpKSA9PiBsLmlkcy5tYXAoKGlkKSA9PiAoeyBvd25lcjogaSwgaWQgfSkpKTtcbiAgICBiYXRjaGVkKFxuICAgICAgZG9vbWVkLmxlbmd0aCxcbiAgICAgIChrKSA9PiAoe1xuICAgICAgICBtZXRob2Q6ICdERUxFVEUnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2UoZG9vbWVkW2tdIS5pZCl9YCxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ3JlbW92ZSBkYXRhc2V0JywgdG9rZW5zW2Rvb21lZFtrXSEub3duZXJdKSxcbiAgICAgIH0pLFxuICAgICAgKHJlcykgPT4ge1xuICAgICAgICBpZiAocmVzLnN0YXR1cyA9PT0gMjA0KSByZXBvcnQucmVtb3ZlZCsrO1xuICAgICAgfSxcbiAgICApO1xuICAgIGxpc3RlZCA9IGxpc3REYXRhc2V0cyhzZWVkaW5nKTtcbiAgfVxuICByZXR1cm4gbGlzdGVkO1xufVxuXG4vKiogQ3JlYXRlcyB0aGUgY291cnNlcyBlYWNoIG93bmVyIGxhY2tzOyByZXR1cm5zIHRob3NlIHRvIGdlbmVyYXRlIChyZWd1bGFyIGFjY291bnRzJyBmaXJzdCBvbmVzKS4gKi9cbmZ1bmN0aW9uIGNyZWF0ZUNvdXJzZXMoXG4gIHsgYmFzZSwgb3duZXJzLCB0b2tlbnMsIHJlcG9ydCB9OiBTZWVkaW5nLFxuICBsaXN0ZWQ6IExpc3RlZFtdLFxuICB3YW50ZWQ6IG51bWJlcixcbiAgZ2VuZXJhdGVkUGVyVXNlcjogbnVtYmVyLFxuKTogeyBvd25lcjogbnVtYmVyOyBpZDogSWQgfVtdIHtcbiAgY29uc3QgY3JlYXRpb25zOiB7IG93bmVyOiBudW1iZXI7IG46IG51bWJlcjsgZ2VuZXJhdGU6IGJvb2xlYW4gfVtdID0gW107XG4gIG93bmVycy5mb3JFYWNoKChvd25lciwgaSkgPT4ge1xuICAgIGNvbnN0IGhhdmUgPSBsaXN0ZWRbaV0hLnRvdGFsO1xuICAgIGlmIChoYXZlID49IHdhbnRlZCkgcmVwb3J0LnJldXNlZCsrO1xuICAgIGZvciAobGV0IG4gPSBoYXZlICsgMTsgbiA8PSB3YW50ZWQ7IG4rKylcbiAgICAgIGNyZWF0aW9ucy5wdXNoKHsgb3duZXI6IGksIG4sIGdlbmVyYXRlOiBvd25lci5yb2xlID09PSAncmVndWxhcicgJiYgbiA8PSBnZW5lcmF0ZWRQZXJVc2VyIH0pO1xuICB9KTtcbiAgY29uc3QgdG9HZW5lcmF0ZTogeyBvd25lcjogbnVtYmVyOyBpZDogSWQgfVtdID0gW107XG4gIGJhdGNoZWQoXG4gICAgY3JlYXRpb25zLmxlbmd0aCxcbiAgICAoaykgPT4ge1xuICAgICAgY29uc3QgeyBvd25lciwgbiwgZ2VuZXJhdGUgfSA9IGNyZWF0aW9uc1trXSE7XG4gICAgICBjb25zdCBjb3Vyc2UgPSB7XG4gICAgICAgIHRpdGxlOiBkYXRhc2V0VGl0bGUobiksXG4gICAgICAgIHRvcGljOiBgZGF0YXNldCB0b3BpYyAke259YCxcbiAgICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICAgIGNoYXB0ZXJfY291bnQ6IGdlbmVyYXRlID8gMSA6IDMsXG4gICAgICB9O1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX1gLFxuICAgICAgICBib2R5OiBKU09OLnN0cmluZ2lmeShjb3Vyc2UpLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygnY3JlYXRlIGRhdGFzZXQnLCB0b2tlbnNbb3duZXJdLCB0cnVlKSxcbiAgICAgIH07XG4gICAgfSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCBpZCA9IHJlcy5zdGF0dXMgPT09IDIwMSA/IGpzb248eyBpZDogSWQgfT4ocmVzKT8uaWQgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoaWQgPT09IHVuZGVmaW5lZClcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBjcmVhdGluZyBhIGNvdXJzZSBmb3IgJHtvd25lcnNbY3JlYXRpb25zW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWAsXG4gICAgICAgICk7XG4gICAgICByZXBvcnQuY3JlYXRlZCsrO1xuICAgICAgaWYgKGNyZWF0aW9uc1trXSEuZ2VuZXJhdGUpIHRvR2VuZXJhdGUucHVzaCh7IG93bmVyOiBjcmVhdGlvbnNba10hLm93bmVyLCBpZCB9KTtcbiAgICB9LFxuICApO1xuICByZXR1cm4gdG9HZW5lcmF0ZTtcbn1cblxuaW50ZXJmYWNlIEpvYiB7XG4gIG93bmVyOiBudW1iZXI7XG4gIGpvYklkOiBJZDtcbn1cblxuZnVuY3Rpb24gc3RhcnRHZW5lcmF0aW9uKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMgfTogU2VlZGluZywgdG9HZW5lcmF0ZTogeyBvd25lcjogbnVtYmVyOyBpZDogSWQgfVtdKTogSm9iW10ge1xuICBjb25zdCBqb2JzOiBKb2JbXSA9IFtdO1xuICBiYXRjaGVkKFxuICAgIHRvR2VuZXJhdGUubGVuZ3RoLFxuICAgIChrKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5nZW5lcmF0ZSh0b0dlbmVyYXRlW2tdIS5pZCl9YCxcbiAgICAgIGJvZHk6ICd7fScsXG4gICAgICBwYXJhbXM6IHBhcmFtcygnZ2VuZXJhdGUgZGF0YXNldCcsIHRva2Vuc1t0b0dlbmVyYXRlW2tdIS5vd25lcl0sIHRydWUpLFxuICAgIH0pLFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IGpvYklkID0gcmVzLnN0YXR1cyA9PT0gMjAyID8ganNvbjx7IGpvYl9pZDogSWQgfT4ocmVzKT8uam9iX2lkIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKGpvYklkID09PSB1bmRlZmluZWQpXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogc3RhcnRpbmcgZ2VuZXJhdGlvbiBmb3IgJHtvd25lcnNbdG9HZW5lcmF0ZVtrXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gLFxuICAgICAgICApO1xuICAgICAgam9icy5wdXNoKHsgb3duZXI6IHRvR2VuZXJhdGVba10hLm93bmVyLCBqb2JJZCB9KTtcbiAgICB9LFxuICApO1xuICByZXR1cm4gam9icztcbn1cblxuLyoqIFBvbGxzIHRoZSBqb2JzIG9uY2UgYSBzZWNvbmQgdW50aWwgYWxsIGNvbXBsZXRlZDsgdGhyb3dzIG9uIGEgZmFpbGVkIGpvYiBvciBhdCBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5mdW5jdGlvbiBhd2FpdEdlbmVyYXRpb24oc2VlZGluZzogU2VlZGluZywgam9iczogSm9iW10sIHRpbWVvdXRTOiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgdGltZW91dFMgKiAxMDAwO1xuICB3aGlsZSAoam9icy5sZW5ndGggPiAwKSB7XG4gICAgaWYgKERhdGUubm93KCkgPiBkZWFkbGluZSlcbiAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgYGRhdGFzZXQ6ICR7am9icy5sZW5ndGh9IGdlbmVyYXRpb24gam9iKHMpIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQ9JHt0aW1lb3V0U31zYCxcbiAgICAgICk7XG4gICAgc2xlZXAoMSk7XG4gICAgY29uc3QgeyBvcGVuLCBleHBpcmVkIH0gPSBwb2xsSm9icyhzZWVkaW5nLCBqb2JzKTtcbiAgICBpZiAoZXhwaXJlZC5zaXplID4gMCkgbG9nSW4oc2VlZGluZywgWy4uLmV4cGlyZWRdKTtcbiAgICBqb2JzID0gb3BlbjtcbiAgfVxufVxuXG4vKiogT25lIHBvbGwgb2YgZXZlcnkgam9iOiB0aG9zZSBzdGlsbCBvcGVuLCBhbmQgdGhlIG93bmVycyB3aG9zZSB0b2tlbiBleHBpcmVkIHdoaWxlIHdhaXRpbmcuICovXG5mdW5jdGlvbiBwb2xsSm9icyh7IGJhc2UsIG93bmVycywgdG9rZW5zLCByZXBvcnQgfTogU2VlZGluZywgam9iczogSm9iW10pOiB7IG9wZW46IEpvYltdOyBleHBpcmVkOiBTZXQ8bnVtYmVyPiB9IHtcbiAgY29uc3Qgb3BlbjogSm9iW10gPSBbXTtcbiAgY29uc3QgZXhwaXJlZCA9IG5ldyBTZXQ8bnVtYmVyPigpO1xuICBiYXRjaGVkKFxuICAgIGpvYnMubGVuZ3RoLFxuICAgIChrKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnR0VUJyxcbiAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmpvYihqb2JzW2tdIS5qb2JJZCl9YCxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdwb2xsIGRhdGFzZXQgam9iJywgdG9rZW5zW2pvYnNba10hLm93bmVyXSksXG4gICAgfSksXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgLy8gQSB0b2tlbiB0aGF0IGV4cGlyZWQgd2hpbGUgd2FpdGluZyAoc2hvcnQtbGl2ZWQgdG9rZW5zKTogbG9nIHRoYXQgb3duZXIgaW4gYWdhaW4gYW5kIHBvbGwgb24uXG4gICAgICBpZiAocmVzLnN0YXR1cyA9PT0gNDAxKSB7XG4gICAgICAgIGV4cGlyZWQuYWRkKGpvYnNba10hLm93bmVyKTtcbiAgICAgICAgb3Blbi5wdXNoKGpvYnNba10hKTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgfVxuICAgICAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMClcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBmb2xsb3dpbmcgYSBnZW5lcmF0aW9uIGpvYiBvZiAke293bmVyc1tqb2JzW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfSR7cmVzLmVycm9yID8gYCAoJHtyZXMuZXJyb3J9KWAgOiAnJ31gLFxuICAgICAgICApO1xuICAgICAgY29uc3Qgc3RhdHVzID0ganNvbjx7IHN0YXR1cz86IHN0cmluZzsgZXJyb3I/OiBzdHJpbmcgfT4ocmVzKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2ZhaWxlZCcpXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogZ2VuZXJhdGluZyBhIGNvdXJzZSBvZiAke293bmVyc1tqb2JzW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQ6ICR7c3RhdHVzLmVycm9yID8/ICdubyByZWFzb24gZ2l2ZW4nfWAsXG4gICAgICAgICk7XG4gICAgICBpZiAoc3RhdHVzPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSByZXBvcnQuZ2VuZXJhdGVkKys7XG4gICAgICBlbHNlIG9wZW4ucHVzaChqb2JzW2tdISk7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIHsgb3BlbiwgZXhwaXJlZCB9O1xufVxuXG4vKipcbiAqIFJlbW92ZXMgcnVuLWNyZWF0ZWQgY291cnNlcyB0aGUgYWRtaW4gY2FuIHNlZSB3aG9zZSB0aXRsZSBgcmVtb3ZlYCBwaWNrcyAodGhpcyBydW4ncyBhdFxuICogdGVhcmRvd24sIGVhcmxpZXIgcnVucycgbGVmdG92ZXJzIGF0IHNldHVwKS4gUmV0dXJucyBob3cgbWFueSB3ZXJlIHJlbW92ZWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW1vdmVDb3Vyc2VzKFxuICBjb25maWc6IENvbmZpZyxcbiAgYWRtaW5Ub2tlbjogc3RyaW5nLFxuICBmaWx0ZXI6IHN0cmluZyxcbiAgcmVtb3ZlOiAodGl0bGU6IHN0cmluZykgPT4gYm9vbGVhbixcbik6IG51bWJlciB7XG4gIGNvbnN0IGJhc2UgPSBjb25maWcuYmFzZVVybDtcbiAgbGV0IHJlbW92ZWQgPSAwO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChsZXQgcGFnZSA9IDA7IHBhZ2UgPCAxMDAwOyBwYWdlKyspIHtcbiAgICBsZXQgaXRlbXM6IHsgaWQ6IElkOyB0aXRsZTogc3RyaW5nIH1bXSA9IFtdO1xuICAgIGJhdGNoZWQoXG4gICAgICAxLFxuICAgICAgKCkgPT4gKHtcbiAgICAgICAgbWV0aG9kOiAnR0VUJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfT9xPSR7ZW5jb2RlVVJJQ29tcG9uZW50KGZpbHRlcil9JmxpbWl0PSR7TElTVF9MSU1JVH0mb2Zmc2V0PSR7b2Zmc2V0fWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdmaW5kIGxlZnRvdmVycycsIGFkbWluVG9rZW4pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGl0ZW1zID0gKHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdIH0+KHJlcyk/Lml0ZW1zIDogdW5kZWZpbmVkKSA/PyBbXTtcbiAgICAgIH0sXG4gICAgKTtcbiAgICBpZiAoaXRlbXMubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICBjb25zdCBkb29tZWQgPSBpdGVtcy5maWx0ZXIoKGMpID0+IHJlbW92ZShjLnRpdGxlKSk7XG4gICAgbGV0IGdvbmUgPSAwO1xuICAgIGJhdGNoZWQoXG4gICAgICBkb29tZWQubGVuZ3RoLFxuICAgICAgKGspID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ0RFTEVURScsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShkb29tZWRba10hLmlkKX1gLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGxlZnRvdmVycycsIGFkbWluVG9rZW4pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGlmIChyZXMuc3RhdHVzID09PSAyMDQgfHwgcmVzLnN0YXR1cyA9PT0gNDA0KSBnb25lKys7XG4gICAgICB9LFxuICAgICk7XG4gICAgcmVtb3ZlZCArPSBnb25lO1xuICAgIG9mZnNldCArPSBpdGVtcy5sZW5ndGggLSBnb25lOyAvLyB3aGF0IHN0YXlzIG9uIHRoZSBwYWdlIChrZXB0LCBvciBub3QgZGVsZXRhYmxlKSBpcyBzdGVwcGVkIG92ZXJcbiAgfVxuICByZXR1cm4gcmVtb3ZlZDtcbn1cbiIsICIvLyBIb3cgdGhlIHN1aXRlIG5hbWVzIHdoYXQgaXQgcHV0cyBvbiB0aGUgcGxhdGZvcm0sIHNvIGl0IGNhbiBmaW5kIGl0IGFnYWluLlxuLy8gLSBUaGUga2VwdCBkYXRhc2V0OiBgY291cnNlLXBlcmYgZGF0YXNldCBOTmAgKHJldXNlZCBhY3Jvc3MgcnVucywgbmV2ZXIgcmVtb3ZlZCBieSBhIHJ1bikuXG4vLyAtIEV2ZXJ5dGhpbmcgYSBydW4gY3JlYXRlczogYHBlcmYtPGtpbmQ+IDxydW4gaWQ+IC4uLmA7IHRoZSBydW4gaWQgc3RhcnRzIHdpdGggdGhlIHJ1bidzIHN0YXJ0XG4vLyAgIHRpbWUsIHNvIGEgbGF0ZXIgcnVuIGNhbiB0ZWxsIGEga2lsbGVkIHJ1bidzIGxlZnRvdmVycyBmcm9tIGl0cyBvd24uXG5leHBvcnQgY29uc3QgREFUQVNFVF9USVRMRSA9ICdjb3Vyc2UtcGVyZiBkYXRhc2V0Jztcbi8qKiBBIHRpdGxlIGZpbHRlciBtYXRjaGluZyBldmVyeSBydW4tY3JlYXRlZCBjb3Vyc2UgKGFuZCBubyBkYXRhc2V0IGNvdXJzZSkuICovXG5leHBvcnQgY29uc3QgUlVOX1RJVExFX0ZJTFRFUiA9ICdwZXJmLSc7XG5cbmV4cG9ydCBmdW5jdGlvbiBkYXRhc2V0VGl0bGUobjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke0RBVEFTRVRfVElUTEV9ICR7U3RyaW5nKG4pLnBhZFN0YXJ0KDIsICcwJyl9YDtcbn1cblxuLyoqIEEgbmV3IHJ1biBpZDogc3RhcnQgdGltZSAoYmFzZSAzNiBtcykgYW5kIGEgcmFuZG9tIHBhcnQuICovXG5leHBvcnQgZnVuY3Rpb24gbmV3UnVuSWQobm93OiBudW1iZXIgPSBEYXRlLm5vdygpKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke25vdy50b1N0cmluZygzNil9LSR7TWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogMWU2KS50b1N0cmluZygzNil9YDtcbn1cblxuLyoqIFRoZSBydW4gaWQgaW4gYSBydW4tY3JlYXRlZCB0aXRsZSAoYHBlcmYtPGtpbmQ+IDxydW4gaWQ+IC4uLmApLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuSWRPZih0aXRsZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbWF0Y2ggPSAvXnBlcmYtXFxTKyAoWzAtOWEtel0rLVswLTlhLXpdKykoPzpcXHN8JCkvLmV4ZWModGl0bGUpO1xuICByZXR1cm4gbWF0Y2g/LlsxXTtcbn1cblxuLyoqIFN0YXJ0IHRpbWUgb2YgYSBydW4gaWQsIG1zIHNpbmNlIHRoZSBlcG9jaCwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1blN0YXJ0T2YocnVuSWQ6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1zID0gcGFyc2VJbnQocnVuSWQuc3BsaXQoJy0nKVswXSEsIDM2KTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBIb3cgbG9uZyBhZnRlciBpdHMgc3RhcnQgYW5vdGhlciBydW4gbWF5IHN0aWxsIGJlIGdvaW5nOiB0aGUgb3RoZXIgc2VnbWVudHMgb2YgYW4gZXhlY3V0aW9uLXNlZ21lbnRlZFxuICogcnVuIHN0YXJ0IHdpdGhpbiBzZWNvbmRzIG9mIGVhY2ggb3RoZXIsIGFuZCBhIHNvYWsgb3IgYSBjb2xsZWFndWUncyBydW4gYWdhaW5zdCB0aGUgc2FtZSBwbGF0Zm9ybVxuICogbGFzdHMgaG91cnMuIE9ubHkgcnVucyBvbGRlciB0aGFuIHRoaXMgYXJlIHRha2VuIGZvciBraWxsZWQuXG4gKi9cbmV4cG9ydCBjb25zdCBMSVZFX1JVTl9XSU5ET1dfTVMgPSA2ICogNjAgKiA2MCAqIDEwMDA7XG5cbi8qKlxuICogV2hldGhlciBhIHJ1bi1jcmVhdGVkIGNvdXJzZSBpcyB0byBiZSByZW1vdmVkIGJ5IHJ1biBgY3VycmVudGA6IGl0cyBvd24gKHRlYXJkb3duKSwgb3Igb25lIG9mIGFcbiAqIHJ1biB0aGF0IHN0YXJ0ZWQgbW9yZSB0aGFuIExJVkVfUlVOX1dJTkRPV19NUyBlYXJsaWVyIChhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnM7IGFsc28gdGl0bGVzIG9mXG4gKiBvbGRlciB2ZXJzaW9ucyBvZiB0aGUgc3VpdGUpLiBBIHJ1biB0aGF0IG1heSBzdGlsbCBiZSBnb2luZyBrZWVwcyBpdHMgY291cnNlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzTGVmdG92ZXIodGl0bGU6IHN0cmluZywgY3VycmVudDogc3RyaW5nLCBvd246IGJvb2xlYW4pOiBib29sZWFuIHtcbiAgaWYgKCF0aXRsZS5zdGFydHNXaXRoKFJVTl9USVRMRV9GSUxURVIpKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHJ1bklkID0gcnVuSWRPZih0aXRsZSk7XG4gIGlmIChvd24pIHJldHVybiBydW5JZCA9PT0gY3VycmVudDtcbiAgaWYgKHJ1bklkID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlO1xuICBpZiAocnVuSWQgPT09IGN1cnJlbnQpIHJldHVybiBmYWxzZTtcbiAgY29uc3Qgc3RhcnRlZCA9IHJ1blN0YXJ0T2YocnVuSWQpO1xuICByZXR1cm4gc3RhcnRlZCA9PT0gdW5kZWZpbmVkIHx8IHN0YXJ0ZWQgPCAocnVuU3RhcnRPZihjdXJyZW50KSA/PyAwKSAtIExJVkVfUlVOX1dJTkRPV19NUztcbn1cbiIsICIvLyBXaGF0IGV2ZXJ5IGVudHJ5IHBvaW50IHNoYXJlczogaXQgYXNzZW1ibGVzIGs2IG9wdGlvbnMgZnJvbSB0aGUgZW50cnkncyBvd24gc2NlbmFyaW9zIGFuZFxuLy8gZ2F0ZXMsIGFkZGluZyB0aGUgc2VydmVyLXJlc291cmNlcyBzY2VuYXJpbyBhbmQgZ2F0ZXMgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQgKFNJREVDQVJfVVJMKS5cbi8vIEVudHJpZXMgcmUtZXhwb3J0IGBwb2xsUmVzb3VyY2VzYCBhbmQgYHRlYXJkb3duYCBmcm9tIGhlcmUsIGFzIGs2IG5lZWRzIHRoZW0gaW4gdGhlIGVudHJ5IG1vZHVsZS5cbi8vXG4vLyBrNiBldmFsdWF0ZXMgdGhlIHNjcmlwdCBvbmNlIHBlciBWVSwgZWFjaCBpbiBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgcGx1cyBvbmNlIGFzIFZVIDA6IHRoYXRcbi8vIGV2YWx1YXRpb24gaXMgd2hlcmUgazYgcmVhZHMgYG9wdGlvbnNgLCBhbmQgc2V0dXAsIHRlYXJkb3duIGFuZCBoYW5kbGVTdW1tYXJ5IGVhY2ggcnVuIGluIGEgZnJlc2hcbi8vIFZVIDAgdG9vLiBMb2FkIFZVcyAoMSwgMiwgLi4uKSBuZXZlciByZWFkIHRoZWlyIGBvcHRpb25zYCAoazYgc2V0cyB0aGUgY29uc29saWRhdGVkIG9wdGlvbnMgb250b1xuLy8gaXQpLCBzbyB0aGV5IHNraXAgYnVpbGRpbmcgdGhlbTogdGhlIHNjZW5hcmlvcywgZ2F0ZXMgYW5kIHRocmVzaG9sZCBleHByZXNzaW9ucyBtYWRlIHBlciBWVSB3ZXJlXG4vLyB+MC4xIE1CIG9mIGV2ZXJ5IFZVJ3MgaGVhcCAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgIGhlYXAgcHJvZmlsZSBhdCAxLDAwMCBWVXMpLlxuXG5pbXBvcnQgeyB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzLCBtZXRyaWNLZXksIHRvSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgeyBpc0Fycml2YWxSYXRlIH0gZnJvbSAnLi4vbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB7IHR5cGUgU2NlbmFyaW8sIFNVTU1BUllfVFJFTkRfU1RBVFMgfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBlbmRMb2FkLCBwb2xsUmVzb3VyY2VzIGFzIHBvbGxTaWRlY2FyLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IGFzc2VydERpc3RpbmN0LCBwb29sIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC50cyc7XG5pbXBvcnQgeyBST0xFUywgdHlwZSBSb2xlLCB2dUlkQm91bmQgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHsgY2xlYW5VcFJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5UGFydHMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgZ2F0ZXM6IEdhdGVbXTtcbiAgLyoqIEhvdyBsb25nIHRoZSBsb2FkIHJ1bnMsIHNlY29uZHM6IHRoZSByZXNvdXJjZXMgcG9sbGVyIHJ1bnMgYXMgbG9uZy4gKi9cbiAgd2FsbFRpbWVTOiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIHRvbyAoc29haykuICovXG4gIGdhdGVNZW1vcnlHcm93dGg/OiBib29sZWFuO1xuICAvKiogQ2xhc3NlcyB3aG9zZSBWVXMgbG9nIGluIGFzIHBvb2wgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUIGNoZWNrcyB0aGVzZSk7IGRlZmF1bHQgYWxsLiAqL1xuICByb2xlcz86IHJlYWRvbmx5IFJvbGVbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeU9wdGlvbnMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgdGhyZXNob2xkczogSzZUaHJlc2hvbGRzO1xuICBzZXR1cFRpbWVvdXQ6IHN0cmluZztcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IHN0cmluZ1tdO1xufVxuXG4vKiogV2hldGhlciB0aGlzIHJ1bnRpbWUgaXMgazYncyBWVSAwIChvcHRpb25zLCBzZXR1cCwgdGVhcmRvd24sIGhhbmRsZVN1bW1hcnkpIHJhdGhlciB0aGFuIGEgbG9hZCBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0NvbnRyb2xSdW50aW1lKCk6IGJvb2xlYW4ge1xuICByZXR1cm4gX19WVSA9PT0gMDtcbn1cblxuLyoqIFRoZSBlbnRyeSdzIGs2IG9wdGlvbnMsIGJ1aWx0IGZyb20gYG1ha2VQYXJ0c2AgaW4gVlUgMCBvbmx5OyB1bmRlZmluZWQgaW4gbG9hZCBWVXMgKHNlZSBhYm92ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBtYWtlUGFydHM6ICgpID0+IEVudHJ5UGFydHMpOiBFbnRyeU9wdGlvbnMgfCB1bmRlZmluZWQge1xuICBpZiAoIWlzQ29udHJvbFJ1bnRpbWUoKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGFydHMgPSBtYWtlUGFydHMoKTtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHdpdGhEcm9wcGVkSXRlcmF0aW9ucyh0b0s2VGhyZXNob2xkcyhnYXRlcyksIHNjZW5hcmlvcyksXG4gICAgLy8gR2VuZXJhdGlvbiBvZiBzZWVkIGNvdXJzZXMsIHBsdXMgdGhlIGtlcHQgZGF0YXNldCdzIHNlZWRpbmcgd2hlbiBhIHJ1biBoYXMgdG8gbWFrZSBpdC5cbiAgICBzZXR1cFRpbWVvdXQ6IGAke01hdGgubWF4KDYwLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICsgMzApICsgKGNvbmZpZy5kYXRhc2V0LmNvdXJzZXMgPiAwID8gNjAwIDogMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbi8qKlxuICogRXZlcnkgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGRyb3BwZWQgaXRlcmF0aW9ucyBpbiB0aGUgc3VtbWFyeSwgZ2F0ZWQgb3Igbm90OiBhIHRocmVzaG9sZCBsaXN0LFxuICogZXZlbiBlbXB0eSwgaXMgaG93IGs2IGtlZXBzIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMgKGdyYWZhbmEvazYgIzEzMjEpLlxuICovXG5mdW5jdGlvbiB3aXRoRHJvcHBlZEl0ZXJhdGlvbnModGhyZXNob2xkczogSzZUaHJlc2hvbGRzLCBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPik6IEs2VGhyZXNob2xkcyB7XG4gIGZvciAoY29uc3QgW25hbWUsIHNjZW5hcmlvXSBvZiBPYmplY3QuZW50cmllcyhzY2VuYXJpb3MpKSB7XG4gICAgaWYgKGlzQXJyaXZhbFJhdGUoc2NlbmFyaW8pKSB0aHJlc2hvbGRzW21ldHJpY0tleSgnZHJvcHBlZF9pdGVyYXRpb25zJywgeyBzY2VuYXJpbzogbmFtZSB9KV0gPz89IFtdO1xuICB9XG4gIHJldHVybiB0aHJlc2hvbGRzO1xufVxuXG5mdW5jdGlvbiBoYXNVc2VycyhzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuIHtcbiAgY29uc3QgeyBleGVjdXRvciwgc3RhcnRWVXMsIHN0YWdlcywgdnVzIH0gPSBzY2VuYXJpbyBhcyB7XG4gICAgZXhlY3V0b3I6IHN0cmluZztcbiAgICBzdGFydFZVcz86IG51bWJlcjtcbiAgICBzdGFnZXM/OiB7IHRhcmdldDogbnVtYmVyIH1bXTtcbiAgICB2dXM/OiBudW1iZXI7XG4gIH07XG4gIGlmIChleGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgcmV0dXJuIChzdGFydFZVcyA/PyAwKSA+IDAgfHwgKHN0YWdlcyA/PyBbXSkuc29tZSgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCA+IDApO1xuICBpZiAoZXhlY3V0b3IgPT09ICdjb25zdGFudC12dXMnIHx8IGV4ZWN1dG9yID09PSAncGVyLXZ1LWl0ZXJhdGlvbnMnIHx8IGV4ZWN1dG9yID09PSAnc2hhcmVkLWl0ZXJhdGlvbnMnKVxuICAgIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqXG4gKiBXaGF0IG9ubHkgdGhlIGVuZCBvZiB0aGUgcnVuIGtub3dzOiB0aGUgbG9hZCBlbmRlZCAoc2FtcGxlcyBhZnRlciBpdCBhcmUgdGVhcmRvd24ncywgbm90IGdhdGVkKVxuICogYW5kIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIG92ZXIgaXQuIEVudHJpZXMgd2l0aCBhIHRlYXJkb3duIG9mIHRoZWlyIG93biBjYWxsIGl0IGZpcnN0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgZW5kTG9hZChydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbi8qKiBrNidzIHRlYXJkb3duOiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCwgYW5kIHJlbW92aW5nIHdoYXQgdGhpcyBydW4gY3JlYXRlZC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB0ZWFyZG93bihkYXRhPzogUnVuRGF0YSk6IFByb21pc2U8dm9pZD4ge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xuICBhd2FpdCBjbGVhblVwUnVuKHJ1bkNvbmZpZywgZGF0YSk7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZShcbiAgICAvWyY8PlwiJ10vZyxcbiAgICAoYykgPT4gKHsgJyYnOiAnJmFtcDsnLCAnPCc6ICcmbHQ7JywgJz4nOiAnJmd0OycsICdcIic6ICcmcXVvdDsnLCBcIidcIjogJyZhcG9zOycgfSlbY10hLFxuICApO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0XG4gICAgLnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKVxuICAgIC5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKVxuICAgIC5yZXBsYWNlKC88L2csICcmbHQ7JylcbiAgICAucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuXG4vKipcbiAqIEEgTWFya2Rvd24gY29kZSBzcGFuIHRoYXQgc2hvd3MgYHRleHRgIGV4YWN0bHksIGFsc28gaW5zaWRlIGEgdGFibGUgY2VsbC4gSW5zaWRlIGEgY29kZSBzcGFuXG4gKiBNYXJrZG93biBkZWNvZGVzIG5vIGVudGl0aWVzIChgJmx0O2Agd291bGQgc2hvdyBsaXRlcmFsbHkpIGFuZCBwYXJzZXMgbm8gSFRNTCwgc28gPCA+IHN0YXkgYXNcbiAqIHRoZXkgYXJlOyBhIGZlbmNlIGxvbmdlciB0aGFuIGFueSBiYWNrdGljayBydW4gaW5zaWRlIGtlZXBzIHRoZSBzcGFuIGNsb3NlZDsgR2l0SHViJ3MgdGFibGVzXG4gKiBzdGlsbCBzcGxpdCBjZWxscyBvbiBgfGAsIHdoaWNoIGBcXHxgIHByZXZlbnRzIChhbmQgc2hvd3MgYXMgYHxgKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duQ29kZSh0ZXh0OiBzdHJpbmcsIG9wdGlvbnM6IHsgaW5UYWJsZTogYm9vbGVhbiB9ID0geyBpblRhYmxlOiB0cnVlIH0pOiBzdHJpbmcge1xuICBjb25zdCBvbmVMaW5lID0gdGV4dC5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKTtcbiAgY29uc3QgZmxhdCA9IG9wdGlvbnMuaW5UYWJsZSA/IG9uZUxpbmUucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpIDogb25lTGluZTtcbiAgY29uc3QgbG9uZ2VzdFJ1biA9IE1hdGgubWF4KDAsIC4uLihmbGF0Lm1hdGNoKC9gKy9nKSA/PyBbXSkubWFwKChydW4pID0+IHJ1bi5sZW5ndGgpKTtcbiAgY29uc3QgZmVuY2UgPSAnYCcucmVwZWF0KGxvbmdlc3RSdW4gKyAxKTtcbiAgY29uc3QgcGFkID0gZmxhdC5zdGFydHNXaXRoKCdgJykgfHwgZmxhdC5lbmRzV2l0aCgnYCcpID8gJyAnIDogJyc7XG4gIHJldHVybiBgJHtmZW5jZX0ke3BhZH0ke2ZsYXR9JHtwYWR9JHtmZW5jZX1gO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHtcbiAgICAgICAgbWV0cmljLFxuICAgICAgICBleHByZXNzaW9uLFxuICAgICAgICBvazogcmVzdWx0Lm9rLFxuICAgICAgICBzdGF0LFxuICAgICAgICBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLFxuICAgICAgICB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSxcbiAgICAgIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcilcbiAgICAgIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHtcbiAgICAgICAgcmVxdWVzdHM6IHYuY291bnQgPz8gMCxcbiAgICAgICAgcDUwOiB2Lm1lZCA/PyBudWxsLFxuICAgICAgICBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCxcbiAgICAgICAgcDk5OiB2WydwKDk5KSddID8/IG51bGwsXG4gICAgICAgIG1heDogdi5tYXggPz8gbnVsbCxcbiAgICAgIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBPbmUgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGl0ZXJhdGlvbnMgazYgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChkcm9wcGVkX2l0ZXJhdGlvbnN7c2NlbmFyaW86WH0pLiAqL1xuZXhwb3J0IGludGVyZmFjZSBEcm9wcGVkUm93IHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgaXRlcmF0aW9uczogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgdGhvc2UgaXRlcmF0aW9ucyB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGUgZW50cnkgZG9lcyBub3Qgc2F5IGhvdyBtYW55IGFuIGl0ZXJhdGlvbiBzZW5kcy4gKi9cbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIC8qKiBUaGUgbW9zdCB0aGUgc2NlbmFyaW8ncyBnYXRlIGFsbG93cyAoYGNvdW50PD1OYCk7IG51bGwgd2hlbiBpdCBpcyBub3QgZ2F0ZWQuICovXG4gIGFsbG93ZWQ6IG51bWJlciB8IG51bGw7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRHJvcHBlZCB7XG4gIGl0ZXJhdGlvbnM6IG51bWJlcjtcbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIHNjZW5hcmlvczogRHJvcHBlZFJvd1tdO1xufVxuXG5jb25zdCBEUk9QUEVEX1NVQl9NRVRSSUMgPSAvXmRyb3BwZWRfaXRlcmF0aW9uc1xce3NjZW5hcmlvOihbXix9XSspXFx9JC87XG5cbi8qKlxuICogSXRlcmF0aW9ucyB0aGUgcnVuJ3Mgb3Blbi1tb2RlbCBzY2VuYXJpb3MgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChrNidzIGRyb3BwZWRfaXRlcmF0aW9uczogbm8gVlVcbiAqIHdhcyBmcmVlIHdoZW4gb25lIHdhcyBkdWUpLCBwZXIgc2NlbmFyaW8sIGFuZCB0aGUgcmVxdWVzdHMgdGhleSB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGVcbiAqIHJ1biBoYWQgbm8gb3Blbi1tb2RlbCBzY2VuYXJpby4gVGhlaXIgbGF0ZW5jeSBpcyBpbiBubyBwZXJjZW50aWxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJvcHBlZEl0ZXJhdGlvbnMoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9LFxuKTogRHJvcHBlZCB8IG51bGwge1xuICBjb25zdCBzY2VuYXJpb3M6IERyb3BwZWRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtuYW1lLCBtZXRyaWNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBjb25zdCBzY2VuYXJpbyA9IERST1BQRURfU1VCX01FVFJJQy5leGVjKG5hbWUpPy5bMV07XG4gICAgaWYgKHNjZW5hcmlvID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWMudmFsdWVzPy5jb3VudCA/PyAwO1xuICAgIGNvbnN0IHBlckl0ZXJhdGlvbiA9IHJlcXVlc3RzUGVySXRlcmF0aW9uW3NjZW5hcmlvXTtcbiAgICBjb25zdCBsaW1pdCA9IE9iamVjdC5rZXlzKG1ldHJpYy50aHJlc2hvbGRzID8/IHt9KVxuICAgICAgLm1hcCgoZXhwcmVzc2lvbikgPT4gL15cXHMqY291bnRcXHMqPD1cXHMqKFxcZCspXFxzKiQvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSlcbiAgICAgIC5maW5kKChuKSA9PiBuICE9PSB1bmRlZmluZWQpO1xuICAgIHNjZW5hcmlvcy5wdXNoKHtcbiAgICAgIHNjZW5hcmlvLFxuICAgICAgaXRlcmF0aW9ucyxcbiAgICAgIHJlcXVlc3RzOiBwZXJJdGVyYXRpb24gPT09IHVuZGVmaW5lZCA/IG51bGwgOiBpdGVyYXRpb25zICogcGVySXRlcmF0aW9uLFxuICAgICAgYWxsb3dlZDogbGltaXQgPT09IHVuZGVmaW5lZCA/IG51bGwgOiBOdW1iZXIobGltaXQpLFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWV0cmljVmFsdWUoZGF0YSwgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBpZiAoc2NlbmFyaW9zLmxlbmd0aCA9PT0gMCAmJiB0b3RhbCA9PT0gbnVsbCkgcmV0dXJuIG51bGw7XG4gIHNjZW5hcmlvcy5zb3J0KChhLCBiKSA9PiBhLnNjZW5hcmlvLmxvY2FsZUNvbXBhcmUoYi5zY2VuYXJpbykpO1xuICBjb25zdCBpdGVyYXRpb25zID0gdG90YWwgPz8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5pdGVyYXRpb25zLCAwKTtcbiAgY29uc3Qga25vd24gPVxuICAgIHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cuaXRlcmF0aW9ucywgMCkgPT09IGl0ZXJhdGlvbnMgJiZcbiAgICBzY2VuYXJpb3MuZXZlcnkoKHJvdykgPT4gcm93LnJlcXVlc3RzICE9PSBudWxsKTtcbiAgcmV0dXJuIHsgaXRlcmF0aW9ucywgcmVxdWVzdHM6IGtub3duID8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5yZXF1ZXN0cyEsIDApIDogbnVsbCwgc2NlbmFyaW9zIH07XG59XG5cbi8qKiBXaGF0IHRoZSBwZXJjZW50aWxlcyBsZWF2ZSBvdXQsIHNhaWQgYmVzaWRlIHRoZW06IFwicGVyY2VudGlsZXMgZXhjbHVkZSA0NSByZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lICgzNCBkcm9wcGVkIGl0ZXJhdGlvbnMpIC4uLlwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZDogRHJvcHBlZCB8IG51bGwpOiBzdHJpbmcgfCBudWxsIHtcbiAgaWYgKCFkcm9wcGVkKSByZXR1cm4gbnVsbDtcbiAgaWYgKGRyb3BwZWQuaXRlcmF0aW9ucyA9PT0gMClcbiAgICByZXR1cm4gJzAgcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAoMCBkcm9wcGVkIGl0ZXJhdGlvbnMpOiB0aGUgcGVyY2VudGlsZXMgY292ZXIgZXZlcnkgc2NoZWR1bGVkIHJlcXVlc3QnO1xuICBjb25zdCB3aGF0ID1cbiAgICBkcm9wcGVkLnJlcXVlc3RzID09PSBudWxsXG4gICAgICA/IGB0aGUgcmVxdWVzdHMgb2YgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLml0ZXJhdGlvbnMsICdjb3VudCcpfSBpdGVyYXRpb25zYFxuICAgICAgOiBgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7ZHJvcHBlZC5yZXF1ZXN0cyA9PT0gMSA/ICcnIDogJ3MnfWA7XG4gIHJldHVybiBgcGVyY2VudGlsZXMgZXhjbHVkZSAke3doYXR9IG5vdCBzZW50IG9uIHRpbWUgKCR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5pdGVyYXRpb25zLCAnY291bnQnKX0gZHJvcHBlZCBpdGVyYXRpb25zOiBubyBWVSB3YXMgZnJlZSB3aGVuIHRoZXkgd2VyZSBkdWUpLCB3aG9zZSBsYXRlbmN5IGs2IGNhbm5vdCBrbm93YDtcbn1cblxuLyoqIE9uZSBzY2VuYXJpbydzIGxpbmU6IFwiOSBpdGVyYXRpb25zIG5vdCBzZW50IG9uIHRpbWUgKDkgcmVxdWVzdHMpLCBhdCBtb3N0IDIgYWxsb3dlZFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRUZXh0KHJvdzogRHJvcHBlZFJvdyk6IHN0cmluZyB7XG4gIGNvbnN0IHJlcXVlc3RzID1cbiAgICByb3cucmVxdWVzdHMgPT09IG51bGwgPyAnJyA6IGAgKCR7Zm9ybWF0VmFsdWUocm93LnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7cm93LnJlcXVlc3RzID09PSAxID8gJycgOiAncyd9KWA7XG4gIGNvbnN0IGFsbG93ZWQgPSByb3cuYWxsb3dlZCA9PT0gbnVsbCA/ICcsIG5vdCBnYXRlZCcgOiBgLCBhdCBtb3N0ICR7Zm9ybWF0VmFsdWUocm93LmFsbG93ZWQsICdjb3VudCcpfSBhbGxvd2VkYDtcbiAgcmV0dXJuIGAke2Zvcm1hdFZhbHVlKHJvdy5pdGVyYXRpb25zLCAnY291bnQnKX0gaXRlcmF0aW9uJHtyb3cuaXRlcmF0aW9ucyA9PT0gMSA/ICcnIDogJ3MnfSBub3Qgc2VudCBvbiB0aW1lJHtyZXF1ZXN0c30ke2FsbG93ZWR9YDtcbn1cblxuLyoqIEEgbnVtYmVyIGZvciBwZW9wbGU6IG1zIHdpdGggc2Vuc2libGUgcHJlY2lzaW9uLCByYXRlcyBhcyBwZXJjZW50LCBsYXJnZSBjb3VudHMgZ3JvdXBlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRWYWx1ZSh2YWx1ZTogbnVtYmVyIHwgbnVsbCB8IHVuZGVmaW5lZCwgdW5pdDogVGhyZXNob2xkUm93Wyd1bml0J10pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSkgcmV0dXJuICduL2EnO1xuICBpZiAodW5pdCA9PT0gJ3BlcmNlbnQnKSByZXR1cm4gYCR7KHZhbHVlICogMTAwKS50b0ZpeGVkKDIpfSVgO1xuICBpZiAodW5pdCA9PT0gJ21zJykge1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gNjBfMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgxKX1zYDtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDEwMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDIpfXNgO1xuICAgIHJldHVybiBgJHt2YWx1ZS50b0ZpeGVkKHZhbHVlIDwgMTAgPyAyIDogMSl9bXNgO1xuICB9XG4gIGlmICh1bml0ID09PSAnY291bnQnKVxuICAgIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKVxuICAgICAgLnRvU3RyaW5nKClcbiAgICAgIC5yZXBsYWNlKC9cXEIoPz0oXFxkezN9KSsoPyFcXGQpKS9nLCAnLCcpO1xuICByZXR1cm4gTWF0aC5hYnModmFsdWUpID49IDFlNiA/IHZhbHVlLnRvRXhwb25lbnRpYWwoMykgOiBTdHJpbmcoTWF0aC5yb3VuZCh2YWx1ZSAqIDEwMDApIC8gMTAwMCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNWYWx1ZShkYXRhOiBTdW1tYXJ5RGF0YSwgbWV0cmljOiBzdHJpbmcsIHN0YXQ6IHN0cmluZyk6IG51bWJlciB8IG51bGwge1xuICBjb25zdCB2YWx1ZSA9IGRhdGEubWV0cmljcz8uW21ldHJpY10/LnZhbHVlcz8uW3N0YXRdO1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUodmFsdWUpID8gdmFsdWUgOiBudWxsO1xufVxuXG4vKiogVGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IG92ZXIgdGhlIGxvYWQsIGZyb20gdGhlIHNpZGVjYXIncyBtZXRyaWNzIChyZXN1bHRzLmpzb24ncyBgcmVzb3VyY2VzYCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlcnZlclJlc291cmNlcyB7XG4gIG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsO1xuICBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7XG4gIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDtcbiAgc2FtcGxlc19taXNzaW5nOiBudW1iZXI7XG59XG5cbi8qKiBUaGUgc2lkZWNhcidzIGZpZ3VyZXM7IG51bGwgd2hlbiBubyBzaWRlY2FyIG1lYXN1cmVkIHRoZSBzZXJ2ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gc2VydmVyUmVzb3VyY2VzKGRhdGE6IFN1bW1hcnlEYXRhKTogU2VydmVyUmVzb3VyY2VzIHwgbnVsbCB7XG4gIGlmICghZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iICYmICFkYXRhLm1ldHJpY3M/LnNlcnZlcl9jcHVfcGVyY2VudCkgcmV0dXJuIG51bGw7XG4gIHJldHVybiB7XG4gICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gIH07XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1RleHQocmVzb3VyY2VzOiBTZXJ2ZXJSZXNvdXJjZXMgfCBudWxsKTogc3RyaW5nIHtcbiAgaWYgKCFyZXNvdXJjZXMgfHwgKHJlc291cmNlcy5tZW1vcnlfbWJfcGVhayA9PT0gbnVsbCAmJiByZXNvdXJjZXMuY3B1X3BlcmNlbnRfcDk1ID09PSBudWxsKSlcbiAgICByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBncm93dGggPSByZXNvdXJjZXMubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluO1xuICByZXR1cm4gW1xuICAgIGBzZXJ2ZXIgcmVzb3VyY2VzIG92ZXIgdGhlIGxvYWQ6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUocmVzb3VyY2VzLm1lbW9yeV9tYl9wZWFrLCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUocmVzb3VyY2VzLmNwdV9wZXJjZW50X3A5NSwgJ3ZhbHVlJyl9JSBvZiBhdmFpbGFibGUgQ1BVc2AsXG4gICAgLi4uKGdyb3d0aCA9PT0gbnVsbCA/IFtdIDogW2BtZW1vcnkgZ3Jvd3RoICR7Zm9ybWF0VmFsdWUoZ3Jvd3RoLCAndmFsdWUnKX0gTUIvbWluYF0pLFxuICAgIGBzYW1wbGVzIG1pc3NpbmcgJHtyZXNvdXJjZXMuc2FtcGxlc19taXNzaW5nfWAsXG4gIF0uam9pbignLCAnKTtcbn1cblxuZXhwb3J0IGNvbnN0IHJlc291cmNlc0xpbmUgPSAoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcgPT4gcmVzb3VyY2VzVGV4dChzZXJ2ZXJSZXNvdXJjZXMoZGF0YSkpO1xuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbi8vIGs2J3MgaGFuZGxlU3VtbWFyeSB3cml0ZXMgd2hhdCBrNiBrbm93cyAoYnVpbGRSZXN1bHRzKTsgdGhlIHJ1bm5lcidzIGZpbmlzaGluZyBzdGVwXG4vLyAocnVubmVyL2ZpbmlzaC9maW5pc2gtcnVuLnRzKSBhZGRzIHdoYXQgaXMga25vd24gb25seSBhZnRlciBrNjogdGhlIG91dGNvbWUsIHJlc291cmNlIHNjYWxpbmdcbi8vIGFuZCBpdHMgc2xvcGUgZ2F0ZXMsIGFuIGludGVyYWN0aXZlIHJ1bidzIHRpbWVsaW5lLCBhIGNvbXBhcmlzb24uIEV2ZXJ5IHJlcG9ydCBpcyByZW5kZXJlZCBmcm9tIGl0LlxuaW1wb3J0IHtcbiAgdHlwZSBEcm9wcGVkLFxuICBkcm9wcGVkSXRlcmF0aW9ucyxcbiAgdHlwZSBFbmRwb2ludFJvdyxcbiAgZW5kcG9pbnRSb3dzLFxuICB0eXBlIFNlcnZlclJlc291cmNlcyxcbiAgdHlwZSBTdW1tYXJ5RGF0YSxcbiAgc2VydmVyUmVzb3VyY2VzLFxuICB0eXBlIFRocmVzaG9sZFJvdyxcbiAgdGhyZXNob2xkUm93cyxcbn0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuLyoqIFRoZSBsb2FkIHNoYXBlIGEgcnVuIHdhcyBhc2tlZCBmb3IsIHJlY29yZGVkIGJ5IHRoZSBydW5uZXIgc28gY29tcGFyZSBjYW4gcmVmdXNlIHVubGlrZSBydW5zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2FkU2hhcGUge1xuICBjb25jdXJyZW50X3VzZXJzOiBudW1iZXI7XG4gIGR1cmF0aW9uX3M6IG51bWJlcjtcbiAgcmFtcF91cF9zOiBudW1iZXI7XG4gIHJhbXBfZG93bl9zOiBudW1iZXI7XG4gIHVzZXJfd2VpZ2h0czogc3RyaW5nO1xuICB0aGlua190aW1lX3M6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgUnVuT3V0Y29tZSA9ICdjb21wbGV0ZWQnIHwgJ3RocmVzaG9sZHMgZmFpbGVkJyB8ICdhYm9ydGVkJyB8ICdpbnRlcnJ1cHRlZCcgfCAnc3RvcHBlZCcgfCAnZXJyb3InO1xuXG4vKiogV2hhdCBrNiBrbmV3IChSdW5NZXRhLCBkdXJhdGlvbikgYW5kIHdoYXQgdGhlIHJ1bm5lciBhZGRzIGFmdGVyIGs2IGV4aXRzLiAqL1xuaW50ZXJmYWNlIFJ1bkluZm8gZXh0ZW5kcyBSdW5NZXRhIHtcbiAgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGw7XG4gIGxvYWQ/OiBMb2FkU2hhcGU7XG4gIC8qKiBrNidzIGV4aXQgY29kZTsgbnVsbCB3aGVuIGs2IG5ldmVyIHJhbiwgYWJzZW50IHdoZW4gdGhlIHJ1bm5lciBjb3VsZCBub3Qgc2VlIGl0IChjb21wb3NlKS4gKi9cbiAgazZfZXhpdF9jb2RlPzogbnVtYmVyIHwgbnVsbDtcbiAgb3V0Y29tZT86IFJ1bk91dGNvbWU7XG4gIC8qKiBXaHkgYSBydW4gZGlkIG5vdCBjb21wbGV0ZSwgZS5nLiBrNidzIG93biBmaXJzdCBlcnJvciBsaW5lLiAqL1xuICBvdXRjb21lX3JlYXNvbj86IHN0cmluZztcbiAgLyoqIG5wbSBydW4gbWVyZ2U6IHRoZSBrNiAtLW91dCBqc29uIGZpbGVzIG1lcmdlZCBpbnRvIHRoaXMgcmVzdWx0LiAqL1xuICBtZXJnZWRfZnJvbT86IHN0cmluZ1tdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHNUaHJlc2hvbGQge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIC8qKiBIb3cgb2JzZXJ2ZWQgcmVhZHMgKG1zLCBhIDAuLjEgcmF0ZSBhcyBwZXJjZW50LCBhIGNvdW50KTsgYWJzZW50OiBhIHBsYWluIHZhbHVlLiAqL1xuICB1bml0PzogVGhyZXNob2xkUm93Wyd1bml0J107XG4gIC8qKiBXaHkgb2JzZXJ2ZWQgaXMgbWlzc2luZyAoYSBzbG9wZSBnYXRlIHdob3NlIHNsb3BlIGNvdWxkIG5vdCBiZSBmaXR0ZWQpLiAqL1xuICByZWFzb24/OiBzdHJpbmc7XG59XG5cbi8qKiBSZXNvdXJjZSBzY2FsaW5nIHBlciBzdGVwIG9mIGxvYWQgKHJ1bm5lci9zY2FsaW5nL3Jlc291cmNlLXNjYWxpbmcudHMgY29tcHV0ZXMgaXQpLiAqL1xuaW50ZXJmYWNlIFNjYWxpbmdTdGVwUmVzdWx0IHtcbiAgZnJvbTogbnVtYmVyO1xuICB0bzogbnVtYmVyO1xuICBzZWNvbmRzOiBudW1iZXI7XG4gIHVzZXJzX21lYW46IG51bWJlciB8IG51bGw7XG4gIHJlcXVlc3RzX3Blcl9zOiBudW1iZXI7XG4gIHA5NV9tczogbnVtYmVyIHwgbnVsbDtcbiAgc2VydmVyX3NhbXBsZXM6IG51bWJlcjtcbiAgY3B1X3BlcmNlbnRfbWVhbjogbnVtYmVyIHwgbnVsbDtcbiAgbWVtb3J5X21iX3BlYWs6IG51bWJlciB8IG51bGw7XG59XG5cbmludGVyZmFjZSBTbG9wZVJlc3VsdCB7XG4gIHVuaXQ6IHN0cmluZztcbiAgdmFsdWU6IG51bWJlciB8IG51bGw7XG4gIHIyOiBudW1iZXIgfCBudWxsO1xuICBzdGVwc191c2VkOiBudW1iZXI7XG4gIHhfZnJvbTogbnVtYmVyIHwgbnVsbDtcbiAgeF90bzogbnVtYmVyIHwgbnVsbDtcbiAgZml0OiBzdHJpbmc7XG4gIHJlYXNvbj86IHN0cmluZztcbn1cblxuaW50ZXJmYWNlIFNjYWxpbmdSZXN1bHQge1xuICBsZXZlbDogJ3VzZXJzJyB8ICdyZXF1ZXN0c19wZXJfcyc7XG4gIHN0ZXBfd2lkdGg6IG51bWJlcjtcbiAgd2luZG93OiB7IGZyb206IG51bWJlcjsgdG86IG51bWJlciB9O1xuICBzdGVwczogU2NhbGluZ1N0ZXBSZXN1bHRbXTtcbiAgbWVtb3J5OiBTbG9wZVJlc3VsdDtcbiAgY3B1OiBTbG9wZVJlc3VsdDtcbn1cblxuLyoqIE9uZSBtZXRyaWMncyB2ZXJkaWN0IGFnYWluc3QgdGhlIGJhc2VsaW5lIHJ1bihzKSAocnVubmVyL2NvbXBhcmUvY29tcGFyZS50cyBjb21wdXRlcyBpdCkuICovXG5pbnRlcmZhY2UgQ29tcGFyaXNvblJvd1Jlc3VsdCB7XG4gIG1ldHJpYzogc3RyaW5nO1xuICBzdGF0OiAncCg5NSknIHwgJ3JhdGUnIHwgJ21heCc7XG4gIGVuZHBvaW50OiBzdHJpbmcgfCBudWxsO1xuICB1bml0OiAnbXMnIHwgJ3JhdGUnIHwgJ3BlcmNlbnQnIHwgJ01CJztcbiAgYmFzZWxpbmU6IG51bWJlciB8IG51bGw7XG4gIGN1cnJlbnQ6IG51bWJlciB8IG51bGw7XG4gIGNoYW5nZTogbnVtYmVyIHwgbnVsbDtcbiAgaW50ZXJ2YWw6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsO1xuICBpbnRlcnZhbF9hYnM6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsO1xuICB2ZXJkaWN0OiAnaW1wcm92ZWQnIHwgJ25vIGNoYW5nZScgfCAncmVncmVzc2VkJyB8ICdpbmNvbmNsdXNpdmUnO1xuICBtZXRob2Q6IHN0cmluZztcbiAgc2FtcGxlczogeyBiYXNlbGluZTogbnVtYmVyOyBjdXJyZW50OiBudW1iZXI7IGJhc2VsaW5lX3J1bnM6IG51bWJlciB9IHwgbnVsbDtcbiAgbm90ZT86IHN0cmluZztcbiAgcHJvZmlsZT86IHsgcTogbnVtYmVyW107IGJhc2VsaW5lOiBudW1iZXJbXTsgY3VycmVudDogbnVtYmVyW10gfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb21wYXJpc29uUmVzdWx0IHtcbiAgbWV0aG9kOiBzdHJpbmc7XG4gIG9wdGlvbnM6IHtcbiAgICB0b2xlcmFuY2U6IG51bWJlcjtcbiAgICBtaW5fbXM6IG51bWJlcjtcbiAgICBtaW5fcmF0ZTogbnVtYmVyO1xuICAgIHJlc2FtcGxlczogbnVtYmVyO1xuICAgIHNlZWQ6IG51bWJlcjtcbiAgICBibG9ja19zOiBudW1iZXI7XG4gICAgLyoqIEFic2VudCBpbiBjb21wYXJpc29ucyB3cml0dGVuIGJlZm9yZSBpdCB3YXMgYW4gb3B0aW9uLiAqL1xuICAgIGluY29uY2x1c2l2ZT86ICd3YXJuJyB8ICdmYWlsJztcbiAgfTtcbiAgY29uZmlkZW5jZTogeyBmYW1pbHk6IG51bWJlcjsgcGVyX21ldHJpYzogbnVtYmVyOyBqdWRnZWQ6IG51bWJlciB9O1xuICBiYXNlbGluZXM6IHN0cmluZ1tdO1xuICBjdXJyZW50OiBzdHJpbmc7XG4gIHJhd19zYW1wbGVzOiBib29sZWFuO1xuICBydW5fd2lkZV9zaGlmdDogeyBjaGFuZ2U6IG51bWJlcjsgZW5kcG9pbnRzOiBudW1iZXIgfSB8IG51bGw7XG4gIHdhcm5pbmdzOiBzdHJpbmdbXTtcbiAgcmVncmVzc2lvbnM6IG51bWJlcjtcbiAgaW5jb25jbHVzaXZlOiBudW1iZXI7XG4gIHJvd3M6IENvbXBhcmlzb25Sb3dSZXN1bHRbXTtcbn1cblxuLyoqIEFuIGludGVyYWN0aXZlIHJ1biAobnBtIHJ1biB1aSk6IHRoZSB1c2VycyB0aGUgcGVyc29uIHNldCBvdmVyIHRpbWUsIGFuZCB0aGUgcGF1c2VzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBJbnRlcmFjdGl2ZVJlc3VsdCB7XG4gIHBvb2xfdnVzOiBudW1iZXI7XG4gIHdlaWdodHM6IHN0cmluZztcbiAgdXNlcnNfdGltZWxpbmU6IHsgYXQ6IHN0cmluZzsgdXNlcnM6IG51bWJlcjsgcGF1c2VkOiBib29sZWFuIH1bXTtcbn1cblxuLyoqIEEgY2hhbmdlIHBvaW50IG9mIHRoZSBydW4ncyB0ZXN0IG92ZXIgaXRzIGxhc3QgcnVucyAocmVzdWx0cy5qc29uIGhpc3RvcnkuY2hhbmdlcykuICovXG5leHBvcnQgaW50ZXJmYWNlIEhpc3RvcnlDaGFuZ2Uge1xuICBzZXJpZXM6IHN0cmluZztcbiAgdW5pdDogc3RyaW5nO1xuICBydW46IHN0cmluZztcbiAgY29tbWl0OiBzdHJpbmcgfCBudWxsO1xuICB0aW1lOiBzdHJpbmc7XG4gIGNoYW5nZTogbnVtYmVyIHwgbnVsbDtcbiAgaW50ZXJ2YWw6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsO1xuICBiZWZvcmU6IG51bWJlcjtcbiAgYWZ0ZXI6IG51bWJlcjtcbiAgcnVuc19iZWZvcmU6IG51bWJlcjtcbiAgcnVuc19hZnRlcjogbnVtYmVyO1xuICBwX3ZhbHVlOiBudW1iZXI7XG4gIHdvcnNlOiBib29sZWFuIHwgbnVsbDtcbn1cblxuLyoqIHJlc3VsdHMuanNvbiBgaGlzdG9yeWAgKHNjaGVtYXMvcmVzdWx0cy5zY2hlbWEuanNvbikuICovXG5leHBvcnQgaW50ZXJmYWNlIEhpc3RvcnlGYWN0cyB7XG4gIHN0b3JlOiBzdHJpbmc7XG4gIHRlc3Q6IHN0cmluZyB8IG51bGw7XG4gIGFkZGVkOiBib29sZWFuO1xuICAvKiogV2h5IHRoaXMgcnVuIHdhcyBub3QgYWRkZWQgKGl0cyBmaWd1cmVzIGNvdmVyIHBhcnQgb2YgdGhlIHJ1bikuICovXG4gIHJlZnVzZWQ/OiBzdHJpbmc7XG4gIC8qKiBUaGUgc3RvcmUgZmFpbGVkOiBzYWlkIGhlcmUgYW5kIG9uIHN0ZGVycjsgdGhlIHJ1bidzIG93biByZXBvcnRzIGFyZSBjb21wbGV0ZS4gKi9cbiAgZXJyb3I/OiBzdHJpbmc7XG4gIHJ1bnM6IG51bWJlcjtcbiAgLyoqIFRoZSBvbGRlc3Qgb2YgdGhlIGxhc3QgYGxhc3RgIHJ1bnM6IHdoYXQgXCJjaGFuZ2VzIHNpbmNlXCIgY291bnRzIGZyb20uICovXG4gIHNpbmNlOiB7IHJ1bjogc3RyaW5nOyBjb21taXQ6IHN0cmluZyB8IG51bGw7IHRpbWU6IHN0cmluZyB9IHwgbnVsbDtcbiAgb3B0aW9uczogeyB3aW5kb3c6IG51bWJlcjsgcF92YWx1ZTogbnVtYmVyOyBtaW5fbWFnbml0dWRlOiBudW1iZXI7IGxhc3Q6IG51bWJlcjsgdG9sZXJhbmNlOiBudW1iZXIgfTtcbiAgY2hhbmdlczogSGlzdG9yeUNoYW5nZVtdO1xuICAvKiogU2VyaWVzIGBucG0gcnVuIGhpc3RvcnkgLS0gY2hlY2tgIHdvdWxkIGZhaWwgb24gbm93LiAqL1xuICByZWdyZXNzaW9uczogc3RyaW5nW107XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0cyB7XG4gIHNjaGVtYV92ZXJzaW9uOiBudW1iZXI7XG4gIHJ1bjogUnVuSW5mbztcbiAgdmVyZGljdDogJ3Bhc3NlZCcgfCAnZmFpbGVkJztcbiAgdGhyZXNob2xkczogUmVzdWx0c1RocmVzaG9sZFtdO1xuICBlbmRwb2ludHM6IEVuZHBvaW50Um93W107XG4gIC8qKiBPcGVuLW1vZGVsIHNjZW5hcmlvcycgaXRlcmF0aW9ucyBub3Qgc3RhcnRlZCBvbiB0aW1lIChrNiBkcm9wcGVkX2l0ZXJhdGlvbnMpLCB3aGljaCBubyBwZXJjZW50aWxlIGhvbGRzOyBudWxsIHdpdGhvdXQgb25lLiAqL1xuICBkcm9wcGVkOiBEcm9wcGVkIHwgbnVsbDtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIHJlc291cmNlczogU2VydmVyUmVzb3VyY2VzIHwgbnVsbDtcbiAgLyoqIEVudHJpZXMgd2hvc2UgbG9hZCBjaGFuZ2VzIChyYW1wLXVwLCBzcGlrZSwgYnJlYWtwb2ludCk6IHNlcnZlciBDUFUgYW5kIG1lbW9yeSBwZXIgc3RlcCBvZiBsb2FkLiAqL1xuICBzY2FsaW5nPzogU2NhbGluZ1Jlc3VsdDtcbiAgLyoqIEFkZGVkIGJ5IG5wbSBydW4gY29tcGFyZSAvIHBlcmYgLS1iYXNlbGluZTogdGhlIHZlcmRpY3RzIGFnYWluc3QgdGhlIGJhc2VsaW5lIHJ1bihzKS4gKi9cbiAgY29tcGFyaXNvbj86IENvbXBhcmlzb25SZXN1bHQ7XG4gIC8qKiBBZGRlZCBmb3IgYW4gaW50ZXJhY3RpdmUgcnVuIChucG0gcnVuIHVpKS4gKi9cbiAgaW50ZXJhY3RpdmU/OiBJbnRlcmFjdGl2ZVJlc3VsdDtcbiAgLyoqIEFkZGVkIHdoZW4gaGlzdG9yeSBpcyBvbiAocnVubmVyL2hpc3RvcnkvcmVjb3JkLXJ1bi50cyk6IHRoZSBydW4gaW4gdGhlIGhpc3RvcnkgYW5kIHdoYXQgY2hhbmdlZCBvdmVyIHRoZSBsYXN0IHJ1bnMuICovXG4gIGhpc3Rvcnk/OiBIaXN0b3J5RmFjdHM7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICBtZXRhOiBSdW5NZXRhLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9LFxuKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCwgdW5pdCB9KSA9PiAoe1xuICAgIG1ldHJpYyxcbiAgICBleHByZXNzaW9uLFxuICAgIG9rLFxuICAgIG9ic2VydmVkLFxuICAgIHVuaXQsXG4gIH0pKTtcbiAgcmV0dXJuIHtcbiAgICBzY2hlbWFfdmVyc2lvbjogUkVTVUxUU19TQ0hFTUFfVkVSU0lPTixcbiAgICBydW46IHsgLi4ubWV0YSwgZHVyYXRpb25fbXM6IGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IG51bGwgfSxcbiAgICB2ZXJkaWN0OiB0aHJlc2hvbGRzLmV2ZXJ5KCh0KSA9PiB0Lm9rKSA/ICdwYXNzZWQnIDogJ2ZhaWxlZCcsXG4gICAgdGhyZXNob2xkcyxcbiAgICBlbmRwb2ludHM6IGVuZHBvaW50Um93cyhkYXRhKSxcbiAgICBkcm9wcGVkOiBkcm9wcGVkSXRlcmF0aW9ucyhkYXRhLCByZXF1ZXN0c1Blckl0ZXJhdGlvbiksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IHNlcnZlclJlc291cmNlcyhkYXRhKSxcbiAgfTtcbn1cblxuLyoqIEEgdGhyZXNob2xkJ3MgdW5pdDsgcmVzdWx0cy5qc29uIGZpbGVzIHdyaXR0ZW4gYmVmb3JlIHVuaXRzIHdlcmUgcmVjb3JkZWQgZ2V0IG9uZSBmcm9tIGl0cyBuYW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXRPZih0aHJlc2hvbGQ6IFJlc3VsdHNUaHJlc2hvbGQpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICh0aHJlc2hvbGQudW5pdCkgcmV0dXJuIHRocmVzaG9sZC51bml0O1xuICBpZiAodGhyZXNob2xkLmV4cHJlc3Npb24uc3RhcnRzV2l0aCgncmF0ZScpKSByZXR1cm4gJ3BlcmNlbnQnO1xuICByZXR1cm4gL2R1cmF0aW9ufF9tcy8udGVzdCh0aHJlc2hvbGQubWV0cmljKSA/ICdtcycgOiAndmFsdWUnO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC4gQSBydW4gdGhhdCBlbmRlZCBpbiBhbiBlcnJvciAoazYncyBvd24gcmVhc29uIGluXG4vLyBydW4ub3V0Y29tZV9yZWFzb24pIGlzIG9uZSBtb3JlIHRlc3QgY2FzZSwgaW4gZXJyb3IuIFB1cmU6IGs2J3MgaGFuZGxlU3VtbWFyeSBhbmQgdGhlIHJ1bm5lcidzXG4vLyBmaW5pc2hpbmcgc3RlcCByZW5kZXIgaXQgZnJvbSB0aGUgc2FtZSBSZXN1bHRzLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgdHlwZSBSZXN1bHRzLCB0eXBlIFJlc3VsdHNUaHJlc2hvbGQsIHVuaXRPZiB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgeyBmb3JtYXRWYWx1ZSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZnVuY3Rpb24gdGhyZXNob2xkQ2FzZShzdWl0ZTogc3RyaW5nLCB0OiBSZXN1bHRzVGhyZXNob2xkKTogc3RyaW5nIHtcbiAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259YCk7XG4gIGNvbnN0IG9ic2VydmVkID1cbiAgICB0Lm9ic2VydmVkID09PSBudWxsICYmIHQucmVhc29uID8gYG5vdCBtZWFzdXJlZDogJHt0LnJlYXNvbn1gIDogYG9ic2VydmVkICR7Zm9ybWF0VmFsdWUodC5vYnNlcnZlZCwgdW5pdE9mKHQpKX1gO1xuICBjb25zdCBvcGVuID0gYCAgICA8dGVzdGNhc2UgY2xhc3NuYW1lPVwiJHtzdWl0ZX1cIiBuYW1lPVwiJHtuYW1lfVwiIHRpbWU9XCIwXCI+YDtcbiAgaWYgKHQub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0PiR7ZXNjYXBlWG1sKG9ic2VydmVkKX08L3N5c3RlbS1vdXQ+PC90ZXN0Y2FzZT5gO1xuICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSBmYWlsZWQ6ICR7b2JzZXJ2ZWR9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPiR7ZXNjYXBlWG1sKG9ic2VydmVkKX08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbn1cblxuZnVuY3Rpb24gZXJyb3JDYXNlKHN1aXRlOiBzdHJpbmcsIHJlc3VsdHM6IFJlc3VsdHMpOiBzdHJpbmcge1xuICBjb25zdCByZWFzb24gPSBlc2NhcGVYbWwocmVzdWx0cy5ydW4ub3V0Y29tZV9yZWFzb24gPz8gJ3RoZSBydW4gZW5kZWQgaW4gYW4gZXJyb3InKTtcbiAgcmV0dXJuIGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIms2IHJ1blwiIHRpbWU9XCIwXCI+XFxuICAgICAgPGVycm9yIG1lc3NhZ2U9XCIke3JlYXNvbn1cIiB0eXBlPVwiazZcIj4ke3JlYXNvbn08L2Vycm9yPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChyZXN1bHRzOiBSZXN1bHRzKTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHJlc3VsdHMudGhyZXNob2xkcztcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgZXJyb3JzID0gcmVzdWx0cy5ydW4ub3V0Y29tZSA9PT0gJ2Vycm9yJyA/IDEgOiAwO1xuICBjb25zdCB0ZXN0cyA9IHJvd3MubGVuZ3RoICsgZXJyb3JzO1xuICBjb25zdCBzZWNvbmRzID0gKChyZXN1bHRzLnJ1bi5kdXJhdGlvbl9tcyA/PyAwKSAvIDEwMDApLnRvRml4ZWQoMyk7XG4gIGNvbnN0IHN1aXRlID0gZXNjYXBlWG1sKGBjb3Vyc2UtcGVyZi4ke3Jlc3VsdHMucnVuLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IFsuLi4oZXJyb3JzID8gW2Vycm9yQ2FzZShzdWl0ZSwgcmVzdWx0cyldIDogW10pLCAuLi5yb3dzLm1hcCgocikgPT4gdGhyZXNob2xkQ2FzZShzdWl0ZSwgcikpXTtcbiAgcmV0dXJuIFtcbiAgICAnPD94bWwgdmVyc2lvbj1cIjEuMFwiIGVuY29kaW5nPVwiVVRGLThcIj8+JyxcbiAgICBgPHRlc3RzdWl0ZXMgbmFtZT1cImNvdXJzZS1wZXJmXCIgdGVzdHM9XCIke3Rlc3RzfVwiIGZhaWx1cmVzPVwiJHtmYWlsdXJlc31cIiBlcnJvcnM9XCIke2Vycm9yc31cIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7dGVzdHN9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIiR7ZXJyb3JzfVwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZOiBmYWlsZWQgdGhyZXNob2xkcyBmaXJzdCwgaW4gYVxuLy8gdGFibGUgb2YgdGhlaXIgb3duOyB0aGUgcGFzc2luZyBvbmVzIGZvbGRlZCBpbiA8ZGV0YWlscz4sIHNvIGEgMzgtcm93IHRhYmxlIG5ldmVyIGJ1cmllcyBhIGZhaWx1cmUuXG4vLyBQdXJlOiBrNidzIGhhbmRsZVN1bW1hcnkgYW5kIHRoZSBydW5uZXIncyBmaW5pc2hpbmcgc3RlcCByZW5kZXIgaXQgZnJvbSB0aGUgc2FtZSBSZXN1bHRzLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsLCBtYXJrZG93bkNvZGUgfSBmcm9tICcuL2VzY2FwZS50cyc7XG5pbXBvcnQgeyB0eXBlIFJlc3VsdHMsIHR5cGUgUmVzdWx0c1RocmVzaG9sZCwgdW5pdE9mIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCBwZXJjZW50aWxlQ2F2ZWF0LCByZXNvdXJjZXNUZXh0IH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5mdW5jdGlvbiB0aHJlc2hvbGRUYWJsZShyb3dzOiBSZXN1bHRzVGhyZXNob2xkW10pOiBzdHJpbmdbXSB7XG4gIHJldHVybiBbXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoXG4gICAgICAocikgPT5cbiAgICAgICAgYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCAke21hcmtkb3duQ29kZShgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9IHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCB1bml0T2YocikpfSB8YCxcbiAgICApLFxuICBdO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFya2Rvd25SZXBvcnQocmVzdWx0czogUmVzdWx0cyk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSByZXN1bHRzLnRocmVzaG9sZHM7XG4gIGNvbnN0IGZhaWxlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiAhci5vayk7XG4gIGNvbnN0IHBhc3NlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiByLm9rKTtcbiAgLy8gTm8gdGhyZXNob2xkcyBhdCBhbGw6IGEgcnVuIGs2IHN0b3BwZWQgYmVmb3JlIGl0cyBzdW1tYXJ5ICh0aGUgb3V0Y29tZSBhYm92ZSBzYXlzIHdoeSkuXG4gIGNvbnN0IHZlcmRpY3QgPVxuICAgIHJvd3MubGVuZ3RoID09PSAwXG4gICAgICA/ICdubyB0aHJlc2hvbGRzJ1xuICAgICAgOiBmYWlsZWQubGVuZ3RoID09PSAwXG4gICAgICAgID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgXG4gICAgICAgIDogYOKdjCAke2ZhaWxlZC5sZW5ndGh9IG9mICR7cm93cy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYDtcbiAgY29uc3QgbGluZXMgPSBbYCMjIGNvdXJzZS1wZXJmICR7bWFya2Rvd25Db2RlKHJlc3VsdHMucnVuLnNjZW5hcmlvLCB7IGluVGFibGU6IGZhbHNlIH0pfTogJHt2ZXJkaWN0fWAsICcnXTtcbiAgaWYgKGZhaWxlZC5sZW5ndGggPiAwKSBsaW5lcy5wdXNoKC4uLnRocmVzaG9sZFRhYmxlKGZhaWxlZCksICcnKTtcbiAgaWYgKHBhc3NlZC5sZW5ndGggPiAwKSB7XG4gICAgLy8gR2l0SHViIHJlbmRlcnMgTWFya2Rvd24gaW5zaWRlIDxkZXRhaWxzPiBvbmx5IGFmdGVyIGEgYmxhbmsgbGluZSBmb2xsb3dpbmcgPC9zdW1tYXJ5Pi5cbiAgICBsaW5lcy5wdXNoKFxuICAgICAgJzxkZXRhaWxzPicsXG4gICAgICBgPHN1bW1hcnk+JHtwYXNzZWQubGVuZ3RofSBwYXNzZWQgdGhyZXNob2xkJHtwYXNzZWQubGVuZ3RoID09PSAxID8gJycgOiAncyd9PC9zdW1tYXJ5PmAsXG4gICAgICAnJyxcbiAgICAgIC4uLnRocmVzaG9sZFRhYmxlKHBhc3NlZCksXG4gICAgICAnJyxcbiAgICAgICc8L2RldGFpbHM+JyxcbiAgICAgICcnLFxuICAgICk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gcmVzdWx0cy5lbmRwb2ludHM7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChcbiAgICAgICAgYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGluZXMucHVzaCgnJyk7XG4gIH1cbiAgY29uc3QgZHJvcHBlZCA9IHJlc3VsdHMuZHJvcHBlZCA/PyBudWxsO1xuICBjb25zdCBjYXZlYXQgPSBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQpO1xuICBpZiAoY2F2ZWF0KSBsaW5lcy5wdXNoKGAke2Ryb3BwZWQhLml0ZXJhdGlvbnMgPiAwID8gJ+KaoO+4jyAnIDogJyd9JHtlc2NhcGVNYXJrZG93bkNlbGwoY2F2ZWF0KX1gLCAnJyk7XG4gIGlmIChkcm9wcGVkICYmIGRyb3BwZWQuc2NlbmFyaW9zLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCd8IHNjZW5hcmlvIChvcGVuIG1vZGVsKSB8IGl0ZXJhdGlvbnMgbm90IHNlbnQgb24gdGltZSB8IHJlcXVlc3RzIHwgYWxsb3dlZCB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCByb3cgb2YgZHJvcHBlZC5zY2VuYXJpb3MpIHtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGB8ICR7ZXNjYXBlTWFya2Rvd25DZWxsKHJvdy5zY2VuYXJpbyl9IHwgJHtmb3JtYXRWYWx1ZShyb3cuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IHwgJHtyb3cucmVxdWVzdHMgPT09IG51bGwgPyAnbi9hJyA6IGZvcm1hdFZhbHVlKHJvdy5yZXF1ZXN0cywgJ2NvdW50Jyl9IHwgJHtyb3cuYWxsb3dlZCA9PT0gbnVsbCA/ICdub3QgZ2F0ZWQnIDogZm9ybWF0VmFsdWUocm93LmFsbG93ZWQsICdjb3VudCcpfSB8YCxcbiAgICAgICk7XG4gICAgfVxuICAgIGxpbmVzLnB1c2goJycpO1xuICB9XG4gIGxpbmVzLnB1c2goZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc1RleHQocmVzdWx0cy5yZXNvdXJjZXMpKSwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iLCAiLy8gVGhlIGNvbmNpc2UgY29uc29sZSBzdW1tYXJ5OiB0aHJlc2hvbGRzIGZpcnN0ICh2ZXJkaWN0LCBleHByZXNzaW9uLCBvYnNlcnZlZCB2YWx1ZSksIHRoZW5cbi8vIHBlci1lbmRwb2ludCBsYXRlbmN5LCB0aHJvdWdocHV0LCBlcnJvcnMsIGNoZWNrcywgY3VzdG9tIG1ldHJpY3MgYW5kIHNlcnZlciByZXNvdXJjZXMuXG5pbXBvcnQge1xuICBkcm9wcGVkSXRlcmF0aW9ucyxcbiAgZHJvcHBlZFRleHQsXG4gIGVuZHBvaW50Um93cyxcbiAgZm9ybWF0VmFsdWUsXG4gIG1ldHJpY1ZhbHVlLFxuICBwZXJjZW50aWxlQ2F2ZWF0LFxuICByZXNvdXJjZXNMaW5lLFxuICB0eXBlIFN1bW1hcnlEYXRhLFxuICB0aHJlc2hvbGRSb3dzLFxufSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbXG4gICdodHRwX3JlcXMnLFxuICAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAnaHR0cF9yZXFfYmxvY2tlZCcsXG4gICdodHRwX3JlcV9jb25uZWN0aW5nJyxcbiAgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsXG4gICdodHRwX3JlcV9zZW5kaW5nJyxcbiAgJ2h0dHBfcmVxX3dhaXRpbmcnLFxuICAnaHR0cF9yZXFfcmVjZWl2aW5nJyxcbiAgJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICdpdGVyYXRpb25zJyxcbiAgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsXG4gICdkcm9wcGVkX2l0ZXJhdGlvbnMnLFxuICAndnVzJyxcbiAgJ3Z1c19tYXgnLFxuICAnZGF0YV9zZW50JyxcbiAgJ2RhdGFfcmVjZWl2ZWQnLFxuICAnY2hlY2tzJyxcbiAgJ2dyb3VwX2R1cmF0aW9uJyxcbl0pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PlxuICAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShcbiAgZGF0YTogU3VtbWFyeURhdGEsXG4gIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZzsgY29sb3I6IGJvb2xlYW47IHJlcXVlc3RzUGVySXRlcmF0aW9uPzogUmVjb3JkPHN0cmluZywgbnVtYmVyPiB9LFxuKTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKFxuICAgIGMuYm9sZChcbiAgICAgIGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCxcbiAgICApLFxuICApO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goXG4gICAgICAnJyxcbiAgICAgIGMuYm9sZChcbiAgICAgICAgYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gLFxuICAgICAgKSxcbiAgICApO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGNvbnN0IGNlbGwgPSAodjogbnVtYmVyIHwgbnVsbCkgPT4gZm9ybWF0VmFsdWUodiwgJ21zJykucGFkU3RhcnQoOCk7XG4gICAgICBsaW5lcy5wdXNoKFxuICAgICAgICBgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCxcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIGNvbnN0IGRyb3BwZWQgPSBkcm9wcGVkSXRlcmF0aW9ucyhkYXRhLCBvcHRpb25zLnJlcXVlc3RzUGVySXRlcmF0aW9uKTtcbiAgY29uc3QgY2F2ZWF0ID0gcGVyY2VudGlsZUNhdmVhdChkcm9wcGVkKTtcbiAgaWYgKGNhdmVhdCkgbGluZXMucHVzaChgICAke2Ryb3BwZWQhLml0ZXJhdGlvbnMgPiAwID8gYy5yZWQoY2F2ZWF0KSA6IGNhdmVhdH1gKTtcbiAgaWYgKGRyb3BwZWQgJiYgZHJvcHBlZC5zY2VuYXJpb3MubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgncmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAob3BlbiBtb2RlbDogazYgZHJvcHBlZF9pdGVyYXRpb25zIHBlciBzY2VuYXJpbyknKSk7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZHJvcHBlZC5zY2VuYXJpb3MubWFwKChyb3cpID0+IHJvdy5zY2VuYXJpby5sZW5ndGgpKTtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiBkcm9wcGVkLnNjZW5hcmlvcykgbGluZXMucHVzaChgICAke3Jvdy5zY2VuYXJpby5wYWRFbmQod2lkdGgpfSAke2Ryb3BwZWRUZXh0KHJvdyl9YCk7XG4gIH1cbiAgY29uc3Qgc2Vjb25kcyA9IChkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyAwKSAvIDEwMDA7XG4gIGNvbnN0IHJlcXVlc3RzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxcycsICdjb3VudCcpO1xuICBjb25zdCBpdGVyYXRpb25zID0gbWV0cmljVmFsdWUoZGF0YSwgJ2l0ZXJhdGlvbnMnLCAnY291bnQnKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJvdWdocHV0JykpO1xuICBsaW5lcy5wdXNoKFxuICAgIGAgICR7Zm9ybWF0VmFsdWUocmVxdWVzdHMgPz8gMCwgJ2NvdW50Jyl9IHJlcXVlc3RzICgke3NlY29uZHMgPiAwICYmIHJlcXVlc3RzICE9PSBudWxsID8gKHJlcXVlc3RzIC8gc2Vjb25kcykudG9GaXhlZCgxKSA6ICduL2EnfS9zKSwgJHtmb3JtYXRWYWx1ZShpdGVyYXRpb25zID8/IDAsICdjb3VudCcpfSBpdGVyYXRpb25zIGluICR7c2Vjb25kcy50b0ZpeGVkKDEpfSBzYCxcbiAgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChcbiAgICBgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCxcbiAgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KVxuICAgIC5maWx0ZXIoaXNDdXN0b20pXG4gICAgLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3VtbWFyeU1ldGEge1xuICBzY2VuYXJpbzogc3RyaW5nO1xuICBwcm9maWxlPzogc3RyaW5nO1xuICAvKiogUmVxdWVzdHMgb25lIGl0ZXJhdGlvbiBvZiBlYWNoIG9wZW4tbW9kZWwgc2NlbmFyaW8gc2VuZHMsIHNvIGRyb3BwZWQgaXRlcmF0aW9ucyBjYW4gYmUgdG9sZCBhcyByZXF1ZXN0cy4gKi9cbiAgcmVxdWVzdHNQZXJJdGVyYXRpb24/OiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogU3VtbWFyeU1ldGEpIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gICAgICBzdGRvdXQ6IHRleHRTdW1tYXJ5KGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIGNvbG9yOiBkYXRhLnN0YXRlPy5pc1N0ZE91dFRUWSA9PT0gdHJ1ZSxcbiAgICAgICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IG1ldGEucmVxdWVzdHNQZXJJdGVyYXRpb24sXG4gICAgICB9KSxcbiAgICB9O1xuICAgIGNvbnN0IGRpciA9IF9fRU5WLlJFUE9SVFNfRElSO1xuICAgIGlmIChkaXIpIHtcbiAgICAgIGNvbnN0IHJlc3VsdHMgPSBidWlsZFJlc3VsdHMoXG4gICAgICAgIGRhdGEsXG4gICAgICAgIHtcbiAgICAgICAgICBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbyxcbiAgICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgICAgazZfdmVyc2lvbjogb3JOdWxsKF9fRU5WLlJVTl9LNl9WRVJTSU9OKSxcbiAgICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgICAgZmluaXNoZWRfYXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgICAgfSxcbiAgICAgICAgbWV0YS5yZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgICAgICk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChyZXN1bHRzKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KHJlc3VsdHMpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIEVhY2ggVlUgaXMgaXRzIG93biB1c2VyOiBpdCBsb2dzIGluIGFzIGl0cyBhY2NvdW50IG9mIGEgY2xhc3Mgb24gZmlyc3QgdXNlICh0aW1lZCB1bmRlciBsb2FkIGFzXG4vLyBlbmRwb2ludDpsb2dpbiwgc28gYSBsb2dpbiBzdG9ybSBhdCByYW1wLXVwIGlzIG1lYXN1cmVkKSwga2VlcHMgdGhlIHRva2VuLCBhbmQgbG9ncyBpbiBhZ2FpblxuLy8gd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxIG9yIHRoZSB0b2tlbiBpcyBhYm91dCB0byBleHBpcmUgKGNvdW50ZWQgaW4gYHJlbG9naW5zYCkuXG4vLyBDaGVja2VkIG9uY2UgcGVyIHdvcmtmbG93IHN0ZXAsIG5ldmVyIHBlciByZXF1ZXN0LlxuaW1wb3J0IHsgQ291bnRlciB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7IERBVEFTRVRfVElUTEUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHsgYWNjb3VudE9mVnUsIHBvb2wgfSBmcm9tICcuL3Bvb2wudHMnO1xuaW1wb3J0IHR5cGUgeyBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHsgdHlwZSBSdW5EYXRhLCBzZWNyZXRQYXNzd29yZHMgfSBmcm9tICcuL3NldHVwLnRzJztcblxuLyoqIExvZ2lucyBhZnRlciBhIFZVJ3MgZmlyc3Q6IGl0cyB0b2tlbiBleHBpcmVkIG9yIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDEuICovXG5leHBvcnQgY29uc3QgcmVsb2dpbnMgPSBuZXcgQ291bnRlcigncmVsb2dpbnMnKTtcblxuaW50ZXJmYWNlIFNlc3Npb24ge1xuICBjbGllbnQ6IEFwaUNsaWVudDtcbiAgLyoqIFdoZW4gdG8gbG9nIGluIGFnYWluIGJlZm9yZSB0aGUgdG9rZW4gZXhwaXJlcywgbXMgc2luY2UgdGhlIGVwb2NoLiAqL1xuICByZW5ld0F0OiBudW1iZXI7XG4gIC8qKiBUaGUgYWNjb3VudCdzIGtlcHQgZGF0YXNldCBjb3Vyc2VzLCByZWFkIG9uIGZpcnN0IG5lZWQuICovXG4gIGNvdXJzZXM6IElkW10gfCB1bmRlZmluZWQ7XG59XG5cbmNvbnN0IHNlc3Npb25zOiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBTZXNzaW9uPj4gPSB7fTtcbi8qKiBDbGFzcyBwYXNzd29yZHMgZnJvbSBrNidzIHNlY3JldCBzb3VyY2VzLCByZWFkIG9uY2UgcGVyIFZVIChrNiByZWFkcyBzZWNyZXRzIGFzeW5jaHJvbm91c2x5IG9ubHkpLiAqL1xubGV0IHNlY3JldDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4gfCB1bmRlZmluZWQ7XG5cbi8qKiBUaGUgY2xhc3MgcGFzc3dvcmQgYSBWVSBsb2dzIGluIHdpdGg6IHRoZSBzZWNyZXQgc291cmNlJ3MsIGVsc2UgdGhlIGVudmlyb25tZW50J3MuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NQYXNzd29yZChjb25maWc6IENvbmZpZywgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIHJldHVybiBzZWNyZXQ/Lltyb2xlXSA/PyBjb25maWcudXNlcnNbcm9sZV0ucGFzc3dvcmQ7XG59XG5cbi8qKlxuICogV3JhcHMgYSBWVSdzIGl0ZXJhdGlvbiBzbyBpdHMgZmlyc3Qgb25lIHJlYWRzIHRoZSBzZWNyZXQgc291cmNlcyBiZWZvcmUgbG9nZ2luZyBpbiAodGhlIG9ubHlcbiAqIGFzeW5jaHJvbm91cyBzdGVwOyBsYXRlciBpdGVyYXRpb25zIHJ1biBhcyB0aGV5IGFyZSkuIFBhc3N3b3JkcyBuZXZlciB0cmF2ZWwgaW4gc2V0dXAncyBkYXRhLlxuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aFNlY3JldHM8QSBleHRlbmRzIHVua25vd25bXT4oXG4gIGl0ZXJhdGlvbjogKC4uLmFyZ3M6IEEpID0+IHZvaWQsXG4pOiAoLi4uYXJnczogQSkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD4ge1xuICByZXR1cm4gKC4uLmFyZ3MpID0+IHtcbiAgICBpZiAoc2VjcmV0KSByZXR1cm4gaXRlcmF0aW9uKC4uLmFyZ3MpO1xuICAgIHJldHVybiBzZWNyZXRQYXNzd29yZHMoKS50aGVuKChmb3VuZCkgPT4ge1xuICAgICAgc2VjcmV0ID0gZm91bmQ7XG4gICAgICBpdGVyYXRpb24oLi4uYXJncyk7XG4gICAgfSk7XG4gIH07XG59XG5sZXQgYW5vbnltb3VzOiBBcGlDbGllbnQgfCB1bmRlZmluZWQ7XG5cbi8qKiBSZW5ldyB0aGlzIGxvbmcgYmVmb3JlIGV4cGlyeTogYSB0ZW50aCBvZiB0aGUgdG9rZW4ncyBsaWZlLCBhdCBtb3N0IDMwIHMuICovXG5jb25zdCByZW5ld01hcmdpblMgPSAodHRsUzogbnVtYmVyKSA9PiBNYXRoLm1pbigzMCwgdHRsUyAvIDEwKTtcblxuZnVuY3Rpb24gbG9naW4oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBTZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgYWNjb3VudCA9IGFjY291bnRPZlZ1KHBvb2wsIHJvbGUsIGNsYXNzUGFzc3dvcmQoY29uZmlnLCByb2xlKSk7XG4gIGlmICghYWNjb3VudCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgYW5vbnltb3VzID8/PSBuZXcgQXBpQ2xpZW50KGNvbmZpZy5iYXNlVXJsLCBjb25maWcuYXBpVGltZW91dFMpO1xuICBjb25zdCBhbnN3ZXIgPSBhbm9ueW1vdXMubG9naW4oYWNjb3VudC5lbWFpbCwgYWNjb3VudC5wYXNzd29yZCkuYm9keTtcbiAgaWYgKCFhbnN3ZXIpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHR0bFMgPSB0eXBlb2YgYW5zd2VyLmV4cGlyZXNfaW4gPT09ICdudW1iZXInICYmIGFuc3dlci5leHBpcmVzX2luID4gMCA/IGFuc3dlci5leHBpcmVzX2luIDogMzYwMDtcbiAgcmV0dXJuIHtcbiAgICBjbGllbnQ6IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0UywgYW5zd2VyLmFjY2Vzc190b2tlbiksXG4gICAgcmVuZXdBdDogRGF0ZS5ub3coKSArICh0dGxTIC0gcmVuZXdNYXJnaW5TKHR0bFMpKSAqIDEwMDAsXG4gICAgY291cnNlczogdW5kZWZpbmVkLFxuICB9O1xufVxuXG5mdW5jdGlvbiBzZXNzaW9uKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogU2Vzc2lvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGN1cnJlbnQgPSBzZXNzaW9uc1tyb2xlXTtcbiAgaWYgKGN1cnJlbnQgJiYgIWN1cnJlbnQuY2xpZW50LnVuYXV0aG9yaXplZCAmJiBEYXRlLm5vdygpIDwgY3VycmVudC5yZW5ld0F0KSByZXR1cm4gY3VycmVudDtcbiAgaWYgKGN1cnJlbnQpIHJlbG9naW5zLmFkZCgxLCB7IHJvbGUgfSk7XG4gIGNvbnN0IG5leHQgPSBsb2dpbihjb25maWcsIGRhdGEsIHJvbGUpO1xuICAvLyBBIGZhaWxlZCBsb2dpbiBsZWF2ZXMgbm8gc2Vzc2lvbjogdGhlIHN0ZXAgZmFpbHMsIGFuZCB0aGUgbmV4dCBvbmUgdHJpZXMgYWdhaW4uXG4gIGlmIChuZXh0ICYmIGN1cnJlbnQpIG5leHQuY291cnNlcyA9IGN1cnJlbnQuY291cnNlcztcbiAgc2Vzc2lvbnNbcm9sZV0gPSBuZXh0O1xuICByZXR1cm4gbmV4dDtcbn1cblxuLyoqIFRoaXMgVlUncyBjbGllbnQgZm9yIGEgY2xhc3MsIGxvZ2dlZCBpbiBhcyBpdHMgb3duIGFjY291bnQ7IHVuZGVmaW5lZCB3aGVuIHRoZSBsb2dpbiBmYWlsZWQuICovXG5leHBvcnQgZnVuY3Rpb24gdXNlckNsaWVudChjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IEFwaUNsaWVudCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBzZXNzaW9uKGNvbmZpZywgZGF0YSwgcm9sZSk/LmNsaWVudDtcbn1cblxuLyoqIElkcyBvZiB0aGlzIFZVJ3MgYWNjb3VudCdzIGtlcHQgZGF0YXNldCBjb3Vyc2VzIChhIGxpc3QgcmVxdWVzdCBvbiBmaXJzdCBuZWVkKSwgZm9yIHJlYWRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG93bkNvdXJzZXMoY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBJZFtdIHtcbiAgY29uc3QgY3VycmVudCA9IHNlc3Npb24oY29uZmlnLCBkYXRhLCByb2xlKTtcbiAgaWYgKCFjdXJyZW50KSByZXR1cm4gW107XG4gIGlmICghY3VycmVudC5jb3Vyc2VzKSB7XG4gICAgY29uc3QgbGlzdCA9IGN1cnJlbnQuY2xpZW50Lmxpc3RDb3Vyc2VzKHsgcTogREFUQVNFVF9USVRMRSwgbGltaXQ6IDEwMCB9KS5ib2R5O1xuICAgIGlmICghbGlzdCkgcmV0dXJuIFtdO1xuICAgIGN1cnJlbnQuY291cnNlcyA9IGxpc3QuaXRlbXMubWFwKChjb3Vyc2UpID0+IGNvdXJzZS5pZCk7XG4gIH1cbiAgcmV0dXJuIGN1cnJlbnQuY291cnNlcztcbn1cbiIsICIvLyBDdXN0b20gbWV0cmljcyBmb3Igd2hhdCBrNidzIGJ1aWx0LWlucyBjYW5ub3Qgc2F5LiBDcmVhdGVkIG9uY2UgYXQgaW5pdCAoazYgcmVxdWlyZXMgaXQpLlxuaW1wb3J0IHsgQ291bnRlciwgUmF0ZSwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcblxuLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiB0aW1lIGZyb20gdGhlIGpvYidzIG93biBzdGFydGVkX2F0L2ZpbmlzaGVkX2F0IChzZXJ2ZXIgdmlldykuICovXG5leHBvcnQgY29uc3QgY2hhcHRlckdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24sIGpvYiBjcmVhdGVkIC0+IGZpbmlzaGVkLCBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcy4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX21zJywgdHJ1ZSk7XG4vKiogV2hvbGUgY291cnNlIGdlbmVyYXRpb24gYXMgdGhlIHBvbGxpbmcgdXNlciBzYXcgaXQ6IHJlcXVlc3QgYWNjZXB0ZWQgLT4gY29tcGxldGVkIHNlZW4uICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMgPSBuZXcgVHJlbmQoJ2NvdXJzZV9nZW5lcmF0aW9uX29ic2VydmVkX21zJywgdHJ1ZSk7XG4vKiogR2VuZXJhdGlvbiBqb2JzIHRoYXQgZmFpbGVkIG9yIGRpZCBub3QgZmluaXNoIHdpdGhpbiBHRU5FUkFUSU9OX1RJTUVPVVQuICovXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkZhaWxlZCA9IG5ldyBSYXRlKCdnZW5lcmF0aW9uX2ZhaWxlZCcpO1xuLyoqIENvdXJzZXMgdGhlIHBsYXRmb3JtIGFja25vd2xlZGdlZCBjcmVhdGluZyAoMjAxKS4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VzQ3JlYXRlZCA9IG5ldyBDb3VudGVyKCdjb3Vyc2VzX2NyZWF0ZWQnKTtcbi8qKiBXaG9sZSB3b3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgY29tcGxldGVkIGV2ZXJ5IHN0ZXAsIHRhZ2dlZCBieSB3b3JrZmxvdy4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd1N1Y2Nlc3MgPSBuZXcgUmF0ZSgnd29ya2Zsb3dfc3VjY2VzcycpO1xuLyoqIFdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCB0aHJldyAoYSBzY3JpcHQgYnVnIG9yIGEgYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpLiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93RXJyb3JzID0gbmV3IENvdW50ZXIoJ3dvcmtmbG93X2Vycm9ycycpO1xuIiwgIi8vIFJ1bnMgb25lIHdvcmtmbG93IGl0ZXJhdGlvbiBhbmQgcmVjb3JkcyBpdHMgb3V0Y29tZS4gQSB3b3JrZmxvdyB0aGF0IHRocm93cyAoYSBzY3JpcHQgYnVnLCBhXG4vLyBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkgaXMgYSBmYWlsZWQgaXRlcmF0aW9uIHRoYXQgY291bnRzIGFnYWluc3QgdGhlIHRocmVzaG9sZHMgaW5zdGVhZFxuLy8gb2YgYW4gZXhjZXB0aW9uIGs2IG9ubHkgbG9ncy5cbmltcG9ydCB7IHdvcmtmbG93RXJyb3JzLCB3b3JrZmxvd1N1Y2Nlc3MgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuY29uc3QgTUFYX0xPR0dFRF9FUlJPUlMgPSA1O1xubGV0IGxvZ2dlZEVycm9ycyA9IDA7XG5cbmNvbnN0IHRhZ3NCeU5hbWU6IFJlY29yZDxzdHJpbmcsIHsgd29ya2Zsb3c6IHN0cmluZyB9PiA9IHt9O1xuXG5leHBvcnQgZnVuY3Rpb24gcnVuV29ya2Zsb3cobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3csIGN0eDogQ29udGV4dCk6IHZvaWQge1xuICBsZXQgdGFncyA9IHRhZ3NCeU5hbWVbbmFtZV07XG4gIGlmICh0YWdzID09PSB1bmRlZmluZWQpIHtcbiAgICB0YWdzID0geyB3b3JrZmxvdzogbmFtZSB9OyAvLyBtYWRlIG9uY2UgcGVyIHdvcmtmbG93LCBub3QgcGVyIGl0ZXJhdGlvblxuICAgIHRhZ3NCeU5hbWVbbmFtZV0gPSB0YWdzO1xuICB9XG4gIHRyeSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZCh3b3JrZmxvdyhjdHgpLCB0YWdzKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKGZhbHNlLCB0YWdzKTtcbiAgICB3b3JrZmxvd0Vycm9ycy5hZGQoMSwgdGFncyk7XG4gICAgaWYgKGxvZ2dlZEVycm9ycysrIDwgTUFYX0xPR0dFRF9FUlJPUlMpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoXG4gICAgICAgIGB3b3JrZmxvdyBcIiR7bmFtZX1cIiB0aHJldzogJHtlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gKGVycm9yLnN0YWNrID8/IGVycm9yLm1lc3NhZ2UpIDogU3RyaW5nKGVycm9yKX1gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbn1cbiIsICIvLyBXaGF0IGVhY2gga2luZCBvZiB1c2VyIGRvZXMgaW4gb25lIGl0ZXJhdGlvbi4gU2NlbmFyaW9zIG9ubHkgY2hvb3NlIHdobyBydW5zIGFuZCBob3cgb2Z0ZW47XG4vLyBubyBzY2VuYXJpbyByZS1pbXBsZW1lbnRzIHRoZXNlLiBFdmVyeSB3b3JrZmxvdyByZXR1cm5zIHdoZXRoZXIgYWxsIG9mIGl0cyBzdGVwcyBzdWNjZWVkZWQuXG5pbXBvcnQgeyBncm91cCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIEV4cG9ydEZvcm1hdCwgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBjb3Vyc2VzQ3JlYXRlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyIH0gZnJvbSAnLi4vdXNlcnMvZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHsgb3duQ291cnNlcywgdXNlckNsaWVudCB9IGZyb20gJy4uL3VzZXJzL3Nlc3Npb24udHMnO1xuaW1wb3J0IHR5cGUgeyBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHsgZ2VuZXJhdGVBbmRXYWl0IH0gZnJvbSAnLi9nZW5lcmF0aW9uLnRzJztcbmltcG9ydCB7IHBpY2tPbmUsIHBpY2tXZWlnaHRlZCwgdGhpbmsgfSBmcm9tICcuL3BhY2luZy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGV4dCB7XG4gIGNvbmZpZzogQ29uZmlnO1xuICBkYXRhOiBSdW5EYXRhO1xufVxuXG5leHBvcnQgdHlwZSBXb3JrZmxvdyA9IChjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbi8qKiBUaGlzIFZVJ3MgY2xpZW50IGZvciBhIGNsYXNzOiBsb2dnZWQgaW4gYXMgaXRzIG93biBhY2NvdW50IChsaWIvdXNlcnMvc2Vzc2lvbi50cykuICovXG5mdW5jdGlvbiBjbGllbnRGb3IoY3R4OiBDb250ZXh0LCByb2xlOiBSb2xlKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHVzZXJDbGllbnQoY3R4LmNvbmZpZywgY3R4LmRhdGEsIHJvbGUpO1xufVxuXG4vKiogQSB0aXRsZSB1bmlxdWUgdG8gdGhpcyBydW4sIFZVIGFuZCBpdGVyYXRpb24sIHNvIGNvbmN1cnJlbnQgdXNlcnMgbmV2ZXIgY29sbGlkZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmlxdWVUaXRsZShraW5kOiBzdHJpbmcsIGN0eDogQ29udGV4dCk6IHN0cmluZyB7XG4gIHJldHVybiBgcGVyZi0ke2tpbmR9ICR7Y3R4LmRhdGEucnVuSWR9IHZ1JHtleGVjLnZ1LmlkSW5UZXN0fSBpdCR7ZXhlYy52dS5pdGVyYXRpb25JblNjZW5hcmlvfWA7XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5cbi8qKiBSZWFkcyBhIGNvdXJzZSBhbmQgb25lIG9mIGl0cyBnZW5lcmF0ZWQgY2hhcHRlcnMuICovXG5mdW5jdGlvbiByZWFkQ291cnNlKGNsaWVudDogQXBpQ2xpZW50LCBpZDogSWQpOiBib29sZWFuIHtcbiAgY29uc3QgY291cnNlID0gY2xpZW50LmdldENvdXJzZShpZCk7XG4gIGlmICghY291cnNlLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gKGNvdXJzZS5ib2R5LmNoYXB0ZXJzID8/IFtdKS5maWx0ZXIoKGMpID0+IGMuc3RhdHVzID09PSAnY29tcGxldGVkJyk7XG4gIGNvbnN0IGNoYXB0ZXIgPSBwaWNrT25lKGdlbmVyYXRlZCk7XG4gIHJldHVybiBjaGFwdGVyID09PSB1bmRlZmluZWQgfHwgY2xpZW50LmdldENoYXB0ZXIoaWQsIGNoYXB0ZXIuaW5kZXgpLm9rO1xufVxuXG50eXBlIFJlZ3VsYXJUYXNrID0gKGNsaWVudDogQXBpQ2xpZW50LCBjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmNvbnN0IHJlZ3VsYXJUYXNrczogeyB3ZWlnaHQ6IG51bWJlcjsgdGFzazogUmVndWxhclRhc2sgfVtdID0gW1xuICB7IHdlaWdodDogNSwgdGFzazogKGNsaWVudCkgPT4gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwLCBvZmZzZXQ6IE1hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDMpICogMjAgfSkub2sgfSxcbiAge1xuICAgIHdlaWdodDogNCxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIC8vIE9ubHkgdGhlIHVzZXIncyBvd24gY291cnNlcywgc3ByZWFkIG92ZXIgdGhlaXIgd2hvbGUgZGF0YXNldDogcGVyLXVzZXIgaXNvbGF0aW9uIGlzIHBhcnQgb2Ygd2hhdCBpcyBtZWFzdXJlZC5cbiAgICAgIGNvbnN0IGlkID0gcGlja09uZShvd25Db3Vyc2VzKGN0eC5jb25maWcsIGN0eC5kYXRhLCAncmVndWxhcicpKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSxcbiAgICAgICAgdG9waWM6ICdhbGdlYnJhJyxcbiAgICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICAgIGNoYXB0ZXJfY291bnQ6IDIsXG4gICAgICB9KTtcbiAgICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgICBjb25zdCByZWFkQmFjayA9IGNsaWVudC5nZXRDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICAgIHJldHVybiByZWFkQmFjayAmJiBjbGllbnQuZGVsZXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgfSxcbiAgfSxcbl07XG5cbi8qKiBCcm93c2VzIHRoZSBjb3Vyc2UgbGlzdCwgb3BlbnMgY291cnNlcyBhbmQgcmVhZHMgY2hhcHRlcnM7IG5vdyBhbmQgdGhlbiBjcmVhdGVzIG9uZS4gKi9cbmV4cG9ydCBjb25zdCByZWd1bGFyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncmVndWxhciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsICdyZWd1bGFyJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBmb3IgKGxldCBzdGVwID0gMDsgc3RlcCA8IDM7IHN0ZXArKykge1xuICAgICAgb2sgPSBwaWNrV2VpZ2h0ZWQocmVndWxhclRhc2tzKShjbGllbnQsIGN0eCkgJiYgb2s7XG4gICAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogQ3JlYXRlcyBhIGNvdXJzZSwgZ2VuZXJhdGVzIGl0LCBmb2xsb3dzIHRoZSBqb2IsIHJlYWRzIGFuZCBleHBvcnRzIHRoZSByZXN1bHQsIHRoZW4gZGVsZXRlcyBpdC4gKi9cbmV4cG9ydCBjb25zdCBwb3dlclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3Bvd2VyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBpZiAoIWNsaWVudCkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgncG93ZXInLCBjdHgpLFxuICAgICAgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zJyxcbiAgICAgIGxldmVsOiAnYWR2YW5jZWQnLFxuICAgICAgY2hhcHRlcl9jb3VudDogY29uZmlnLmNoYXB0ZXJzUGVyQ291cnNlLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgIGNvbnN0IGlkID0gY3JlYXRlZC5ib2R5LmlkO1xuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBsZXQgb2sgPSBjbGllbnQudXBkYXRlQ291cnNlKGlkLCB7IHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcywgcmV2aXNlZCcgfSkub2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdChjbGllbnQsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UywgKCkgPT5cbiAgICAgIGNsaWVudEZvcihjdHgsICdwb3dlcicpLFxuICAgICk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICAvLyBUaGUgc2Vzc2lvbiBtYXkgaGF2ZSBsb2dnZWQgaW4gYWdhaW4gd2hpbGUgd2FpdGluZzogZ28gb24gd2l0aCBpdHMgY3VycmVudCBjbGllbnQuXG4gICAgY29uc3QgYWZ0ZXIgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBpZiAoIWFmdGVyKSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHJlYWRDb3Vyc2UoYWZ0ZXIsIGlkKSAmJiBvaztcbiAgICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAgIG9rID0gYWZ0ZXIuZXhwb3J0Q291cnNlKGlkLCBwaWNrT25lKEVYUE9SVF9GT1JNQVRTKSA/PyAnanNvbicpLm9rICYmIG9rO1xuICAgIH1cbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgcmV0dXJuIGFmdGVyLmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuXG4vKiogV2F0Y2hlcyB0aGUgc3lzdGVtOiBzdGF0cywgdGhlIGpvYiBsaXN0LCB0aGUgdXNlciBsaXN0LCBhbmQgcmVtb3ZlcyBjb3Vyc2VzIGVhcmxpZXIgcnVucyBsZWZ0IGJlaGluZC4gKi9cbmV4cG9ydCBjb25zdCBhZG1pblVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2FkbWluIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgJ2FkbWluJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSBjbGllbnQuYWRtaW5TdGF0cygpLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Kb2JzKDIwKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIC8vIExlZnRvdmVycyBvZiBpbnRlcnJ1cHRlZCBydW5zOiB0aXRsZXMgb2Ygb3RoZXIgcnVucyBvbmx5LCBuZXZlciB0aGlzIHJ1bidzIGxpdmUgY291cnNlcy5cbiAgICBjb25zdCBsZWZ0b3ZlcnMgPSBjbGllbnQubGlzdENvdXJzZXMoeyBxOiAncGVyZi0nLCBsaW1pdDogMjAgfSkuYm9keT8uaXRlbXMgPz8gW107XG4gICAgZm9yIChjb25zdCBjb3Vyc2Ugb2YgbGVmdG92ZXJzLmZpbHRlcigoYykgPT4gaXNMZWZ0b3ZlcihjLnRpdGxlLCBjdHguZGF0YS5ydW5JZCwgZmFsc2UpKS5zbGljZSgwLCA1KSkge1xuICAgICAgb2sgPSBjbGllbnQuZGVsZXRlQ291cnNlKGNvdXJzZS5pZCkub2sgJiYgb2s7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBFdmVyeSBlbmRwb2ludCBhdCBsZWFzdCBvbmNlOiB0aGUgc21va2UgY2hlY2suICovXG5leHBvcnQgY29uc3QgZXZlcnlFbmRwb2ludDogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnZXZlcnkgZW5kcG9pbnQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCB1c2VyID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgY29uc3QgYWRtaW4gPSBjbGllbnRGb3IoY3R4LCAnYWRtaW4nKTtcbiAgICBpZiAoIXVzZXIgfHwgIWFkbWluKSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gdXNlci5oZWFsdGgoKS5vaztcbiAgICBvayA9IHVzZXIubGlzdENvdXJzZXMoeyBsaW1pdDogNSB9KS5vayAmJiBvaztcbiAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzbW9rZScsIGN0eCksXG4gICAgICB0b3BpYzogJ3Ntb2tlIHRlc3RpbmcnLFxuICAgICAgbGV2ZWw6ICdpbnRlcm1lZGlhdGUnLFxuICAgICAgY2hhcHRlcl9jb3VudDogMixcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICBvayA9IHVzZXIuZ2V0Q291cnNlKGlkKS5vayAmJiBvaztcbiAgICBvayA9IHVzZXIudXBkYXRlQ291cnNlKGlkLCB7IHRpdGxlOiBgJHtjcmVhdGVkLmJvZHkudGl0bGV9IChlZGl0ZWQpYCB9KS5vayAmJiBvaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KHVzZXIsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gdXNlci5nZXRDaGFwdGVyKGlkLCBnZW5lcmF0aW9uLmpvYj8uY2hhcHRlcnNbMF0/LmluZGV4ID8/IDApLm9rICYmIG9rO1xuICAgICAgZm9yIChjb25zdCBmb3JtYXQgb2YgRVhQT1JUX0ZPUk1BVFMpIG9rID0gdXNlci5leHBvcnRDb3Vyc2UoaWQsIGZvcm1hdCkub2sgJiYgb2s7XG4gICAgfVxuICAgIG9rID0gYWRtaW4uYWRtaW5TdGF0cygpLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Kb2JzKDEwKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICByZXR1cm4gdXNlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcbiIsICIvLyBTdGFydGluZyBhIGNvdXJzZSdzIGdlbmVyYXRpb24gYW5kIGZvbGxvd2luZyBpdHMgam9iIHRvIHRoZSBlbmQsIHJlY29yZGluZyBob3cgbG9uZyBpdCB0b29rXG4vLyBmcm9tIHRoZSBqb2IncyBvd24gdGltZXN0YW1wcyAodGhlIHNlcnZlcidzIHZpZXcpIGFuZCBmcm9tIHRoZSBwb2xsZXIncyAodGhlIHVzZXIncyB2aWV3KS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIElkLCBKb2IgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQge1xuICBjaGFwdGVyR2VuZXJhdGlvbk1zLFxuICBjb3Vyc2VHZW5lcmF0aW9uTXMsXG4gIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLFxuICBnZW5lcmF0aW9uRmFpbGVkLFxufSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29tcGxldGVkOiBib29sZWFuO1xuICBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gbWlsbGlzQmV0d2Vlbihmcm9tOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkLCB0bzogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGlmICghZnJvbSB8fCAhdG8pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IG1zID0gRGF0ZS5wYXJzZSh0bykgLSBEYXRlLnBhcnNlKGZyb20pO1xuICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKG1zKSAmJiBtcyA+PSAwID8gbXMgOiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHJlY29yZEpvYlRpbWVzKGpvYjogSm9iKTogdm9pZCB7XG4gIGZvciAoY29uc3QgY2hhcHRlciBvZiBqb2IuY2hhcHRlcnMpIHtcbiAgICBjb25zdCBtcyA9IGNoYXB0ZXIuZHVyYXRpb25fbXMgPz8gbWlsbGlzQmV0d2VlbihjaGFwdGVyLnN0YXJ0ZWRfYXQsIGNoYXB0ZXIuZmluaXNoZWRfYXQpO1xuICAgIGlmICh0eXBlb2YgbXMgPT09ICdudW1iZXInICYmIGNoYXB0ZXIuc3RhdHVzID09PSAnY29tcGxldGVkJykgY2hhcHRlckdlbmVyYXRpb25Ncy5hZGQobXMpO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWlsbGlzQmV0d2Vlbihqb2IuY3JlYXRlZF9hdCwgam9iLmZpbmlzaGVkX2F0KTtcbiAgaWYgKHRvdGFsICE9PSB1bmRlZmluZWQpIGNvdXJzZUdlbmVyYXRpb25Ncy5hZGQodG90YWwpO1xufVxuXG4vKipcbiAqIFN0YXJ0cyBnZW5lcmF0aW9uIGFuZCBwb2xscyB0aGUgam9iIHVudGlsIGl0IGNvbXBsZXRlcywgZmFpbHMsIG9yIGB0aW1lb3V0U2AgcGFzc2VzLiBgY3VycmVudGBcbiAqIGdpdmVzIHRoZSBjbGllbnQgZm9yIGVhY2ggcG9sbCwgc28gYSB1c2VyIHdob3NlIHRva2VuIGV4cGlyZXMgd2hpbGUgd2FpdGluZyBsb2dzIGluIGFnYWluOyBpdFxuICogc3RvcHMgd2FpdGluZyB3aGVuIHRoZXJlIGlzIG5vbmUgKHRoZSBsb2dpbiBmYWlsZWQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGVBbmRXYWl0KFxuICBjbGllbnQ6IEFwaUNsaWVudCxcbiAgY291cnNlSWQ6IElkLFxuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXIsXG4gIHRpbWVvdXRTOiBudW1iZXIsXG4gIGN1cnJlbnQ6ICgpID0+IEFwaUNsaWVudCB8IHVuZGVmaW5lZCA9ICgpID0+IGNsaWVudCxcbik6IEdlbmVyYXRpb25PdXRjb21lIHtcbiAgY29uc3QgYWNjZXB0ZWQgPSBjbGllbnQuZ2VuZXJhdGUoY291cnNlSWQpO1xuICBpZiAoIWFjY2VwdGVkLmJvZHkpIHtcbiAgICBnZW5lcmF0aW9uRmFpbGVkLmFkZCh0cnVlKTtcbiAgICByZXR1cm4geyBjb21wbGV0ZWQ6IGZhbHNlLCBqb2I6IHVuZGVmaW5lZCB9O1xuICB9XG4gIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICBjb25zdCBkZWFkbGluZSA9IHN0YXJ0ZWQgKyB0aW1lb3V0UyAqIDEwMDA7XG4gIGxldCBqb2I6IEpvYiB8IHVuZGVmaW5lZDtcbiAgd2hpbGUgKERhdGUubm93KCkgPCBkZWFkbGluZSkge1xuICAgIHNsZWVwKHBvbGxJbnRlcnZhbFMpO1xuICAgIGNvbnN0IHBvbGxlciA9IGN1cnJlbnQoKTtcbiAgICBpZiAoIXBvbGxlcikgYnJlYWs7XG4gICAgY29uc3QgcG9sbGVkID0gcG9sbGVyLmdldEpvYihhY2NlcHRlZC5ib2R5LmpvYl9pZCk7XG4gICAgaWYgKCFwb2xsZWQuYm9keSkgY29udGludWU7XG4gICAgam9iID0gcG9sbGVkLmJvZHk7XG4gICAgaWYgKGpvYi5zdGF0dXMgPT09ICdjb21wbGV0ZWQnIHx8IGpvYi5zdGF0dXMgPT09ICdmYWlsZWQnKSBicmVhaztcbiAgfVxuICBjb25zdCBjb21wbGV0ZWQgPSBqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCc7XG4gIGdlbmVyYXRpb25GYWlsZWQuYWRkKCFjb21wbGV0ZWQpO1xuICBpZiAoY29tcGxldGVkICYmIGpvYikge1xuICAgIGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zLmFkZChEYXRlLm5vdygpIC0gc3RhcnRlZCk7XG4gICAgcmVjb3JkSm9iVGltZXMoam9iKTtcbiAgfVxuICByZXR1cm4geyBjb21wbGV0ZWQsIGpvYiB9O1xufVxuIiwgIi8vIEhvdyBzaW11bGF0ZWQgdXNlcnMgcGFjZSB0aGVtc2VsdmVzIGFuZCBjaG9vc2Ugd2hhdCB0byBkbyBuZXh0LlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5cbmxldCBob2xkUG9pbnQ6ICgoKSA9PiB2b2lkKSB8IHVuZGVmaW5lZDtcblxuLyoqIFNvbWV0aGluZyBldmVyeSB0aGluayBwb2ludCBydW5zIGFmdGVyIGl0cyBzbGVlcCAodGhlIGludGVyYWN0aXZlIGVudHJ5IGhvbGRzIHBhdXNlZCB1c2VycyB0aGVyZSkuICovXG5leHBvcnQgZnVuY3Rpb24gc2V0SG9sZFBvaW50KGhvbGQ6ICgpID0+IHZvaWQpOiB2b2lkIHtcbiAgaG9sZFBvaW50ID0gaG9sZDtcbn1cblxuLyoqIFNsZWVwcyBhIHVuaWZvcm1seSBkcmF3biB0aGluayB0aW1lIGluIFttaW4sIG1heF0gc2Vjb25kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aGluayhyYW5nZTogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfSk6IHZvaWQge1xuICBjb25zdCBzZWNvbmRzID0gcmFuZ2UubWluICsgTWF0aC5yYW5kb20oKSAqIChyYW5nZS5tYXggLSByYW5nZS5taW4pO1xuICBpZiAoc2Vjb25kcyA+IDApIHNsZWVwKHNlY29uZHMpO1xuICBob2xkUG9pbnQ/LigpO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFdlaWdodGVkVGFzazxUPiB7XG4gIHdlaWdodDogbnVtYmVyO1xuICB0YXNrOiBUO1xufVxuXG4vKiogUGlja3Mgb25lIHRhc2sgd2l0aCBwcm9iYWJpbGl0eSBwcm9wb3J0aW9uYWwgdG8gaXRzIHdlaWdodC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrV2VpZ2h0ZWQ8VD4odGFza3M6IHJlYWRvbmx5IFdlaWdodGVkVGFzazxUPltdLCByYW5kb206IG51bWJlciA9IE1hdGgucmFuZG9tKCkpOiBUIHtcbiAgY29uc3QgdG90YWwgPSB0YXNrcy5yZWR1Y2UoKHN1bSwgdCkgPT4gc3VtICsgdC53ZWlnaHQsIDApO1xuICBsZXQgcG9pbnQgPSByYW5kb20gKiB0b3RhbDtcbiAgZm9yIChjb25zdCB0IG9mIHRhc2tzKSB7XG4gICAgcG9pbnQgLT0gdC53ZWlnaHQ7XG4gICAgaWYgKHBvaW50IDwgMCkgcmV0dXJuIHQudGFzaztcbiAgfVxuICByZXR1cm4gdGFza3NbdGFza3MubGVuZ3RoIC0gMV0hLnRhc2s7XG59XG5cbi8qKiBQaWNrcyBvbmUgZWxlbWVudCB1bmlmb3JtbHkuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja09uZTxUPihpdGVtczogcmVhZG9ubHkgVFtdKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBpdGVtcy5sZW5ndGggPT09IDAgPyB1bmRlZmluZWQgOiBpdGVtc1tNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiBpdGVtcy5sZW5ndGgpXTtcbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IGlzQXJyaXZhbFJhdGUsIHNjaGVkdWxlZEl0ZXJhdGlvbnMgfSBmcm9tICcuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnbG9naW4nKSByZXR1cm4gdGFyZ2V0cy5sb2dpblA5NU1zO1xuICByZXR1cm4gdGFyZ2V0cy5hcGlQOTVNcztcbn1cblxuLyoqIEFuIGVuZHBvaW50J3MgcDk5IGJ1ZGdldDogdGhlIEFQSSBwOTksIG9yIGl0cyBvd24gcDk1IGJ1ZGdldCB3aGVuIHRoYXQgaXMgaGlnaGVyIChleHBvcnQsIGxvZ2luKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFA5OShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICByZXR1cm4gTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKTtcbn1cblxuLyoqIEFQSSBwOTUvcDk5IG92ZXIgYWxsIGVuZHBvaW50cywgYW5kIHA5NSBwZXIgZW5kcG9pbnQgKGhlYWx0aCBhbmQgZXhwb3J0IHdpdGggdGhlaXIgb3duIGJ1ZGdldHMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhdGVuY3lHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTlNcyB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogRXJyb3IgcmF0ZSBvdmVyIGFsbCBBUEkgcmVxdWVzdHMgYW5kIHBlciBlbmRwb2ludCwgc28gb25lIGZhaWxpbmcgcm91dGUgaXMgbmFtZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZXJyb3JHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogU3RvcHMgYSBydW4gZWFybHkgd2hlbiBtb3N0IHJlcXVlc3RzIGZhaWwgKHBsYXRmb3JtIGRvd24gb3IgY3Jhc2hlZCk6IG5vIG1pbnV0ZXMgb2Ygbm9pc2UuICovXG5leHBvcnQgZnVuY3Rpb24gYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCA9ICcxMHMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IDAuNSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gIF07XG59XG5cbi8qKiBDaGVja3MgYW5kIHdob2xlIHdvcmtmbG93cyBtdXN0IHN1Y2NlZWQgb2Z0ZW4gZW5vdWdoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Y2Nlc3NHYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoZWNrcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICAgIHsgbWV0cmljOiAnd29ya2Zsb3dfc3VjY2VzcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogQ2hhcHRlciBnZW5lcmF0aW9uIHRpbWUgKHRoZSBqb2IncyBvd24gdGltZXN0YW1wcykgYW5kIGZhaWxlZCBnZW5lcmF0aW9uIGpvYnMuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGlvbkdhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmNoYXB0ZXJQOTVNcyB9XSB9LFxuICAgIHsgbWV0cmljOiAnZ2VuZXJhdGlvbl9mYWlsZWQnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIEVhY2ggZW5kcG9pbnQgYWdhaW5zdCBpdHMgb3duIGJ1ZGdldDogcDk1IChoZWFsdGggYW5kIGV4cG9ydCBoYXZlIHRoZWlyIG93bikgYW5kIHA5OSwgcGx1cyBpdHMgZXJyb3IgcmF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludEJ1ZGdldEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSwgZXJyb3JSYXRlOiBudW1iZXIpOiBHYXRlW10ge1xuICByZXR1cm4gZW5kcG9pbnRzLmZsYXRNYXAoKGVuZHBvaW50KSA9PiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk5KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dLFxuICAgIH0sXG4gIF0pO1xufVxuXG4vKiogYHNoYXJlYCBvZiBgc2NoZWR1bGVkYCwgcm91bmRlZCBkb3duICgwLjI5IHggMTAwIGlzIDI4Ljk5OS4uLiBpbiBmbG9hdGluZyBwb2ludDogYSBoYWlyIG9mIHNsYWNrIGtlZXBzIGl0IDI5KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxvd2VkRHJvcHMoc2hhcmU6IG51bWJlciwgc2NoZWR1bGVkOiBudW1iZXIpOiBudW1iZXIge1xuICByZXR1cm4gTWF0aC5mbG9vcihzaGFyZSAqIHNjaGVkdWxlZCArIDFlLTkpO1xufVxuXG4vKipcbiAqIEl0ZXJhdGlvbnMgYW4gb3BlbiBtb2RlbCBkaWQgbm90IHN0YXJ0IG9uIHRpbWUgKGs2J3MgZHJvcHBlZF9pdGVyYXRpb25zLCBwZXIgc2NlbmFyaW8pOiBhdCBtb3N0XG4gKiBgc2hhcmVgIG9mIGVhY2ggYXJyaXZhbC1yYXRlIHNjZW5hcmlvJ3Mgc2NoZWR1bGVkIGl0ZXJhdGlvbnMsIHJvdW5kZWQgZG93biwgc28gYSBzaG9ydCBydW4gb3IgYVxuICogc2xvdyBncm91cCBtYXkgZHJvcCBub25lLiBgYWJvcnRgIHN0b3BzIHRoZSBydW4gb25jZSBjcm9zc2VkIChicmVha3BvaW50OiBpdCBicm9rZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkcm9wcGVkSXRlcmF0aW9uR2F0ZXMoXG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+LFxuICBzaGFyZTogbnVtYmVyLFxuICBhYm9ydD86IHsgZGVsYXlBYm9ydEV2YWw6IHN0cmluZyB9LFxuKTogR2F0ZVtdIHtcbiAgcmV0dXJuIE9iamVjdC5lbnRyaWVzKHNjZW5hcmlvcylcbiAgICAuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGlzQXJyaXZhbFJhdGUoc2NlbmFyaW8pKVxuICAgIC5tYXAoKFtuYW1lLCBzY2VuYXJpb10pID0+ICh7XG4gICAgICBtZXRyaWM6ICdkcm9wcGVkX2l0ZXJhdGlvbnMnLFxuICAgICAgdGFnczogeyBzY2VuYXJpbzogbmFtZSB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAge1xuICAgICAgICAgIHN0YXQ6ICdjb3VudCcgYXMgY29uc3QsXG4gICAgICAgICAgb3A6ICc8PScgYXMgY29uc3QsXG4gICAgICAgICAgdmFsdWU6IGFsbG93ZWREcm9wcyhzaGFyZSwgc2NoZWR1bGVkSXRlcmF0aW9ucyhzY2VuYXJpbykpLFxuICAgICAgICAgIC4uLihhYm9ydCA/IHsgYWJvcnRPbkZhaWw6IHRydWUsIC4uLmFib3J0IH0gOiB7fSksXG4gICAgICAgIH0sXG4gICAgICBdLFxuICAgIH0pKTtcbn1cblxuLyoqXG4gKiBicmVha3BvaW50OiBBUEkgcDk1IGFuZCBlcnJvciByYXRlIGFib3J0IHRoZSBydW4gb25jZSBjcm9zc2VkIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgIG9mIGRhdGEpO1xuICogdGhlIHN1c3RhaW5lZC1yYXRlIG1ldHJpYyBpcyBsaXN0ZWQgd2l0aCBhbiBhbHdheXMtdHJ1ZSBydWxlIHNvIHRoZSBzdW1tYXJ5IHNob3dzIGl0cyB2YWx1ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJyZWFrcG9pbnRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBzdXN0YWluZWRNZXRyaWM6IHN0cmluZywgZGVsYXlBYm9ydEV2YWwgPSAnNXMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiBzdXN0YWluZWRNZXRyaWMsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc+PScsIHZhbHVlOiAwIH1dIH0sXG4gIF07XG59XG5cbi8qKiBUaGUgZ2F0ZXMgb2YgZW50cmllcyB0aGF0IHJ1biB0aGUgdXNlciB3b3JrZmxvd3M6IHBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMsIGFib3J0LCBzdWNjZXNzLCBnZW5lcmF0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdvcmtmbG93R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBkZWxheUFib3J0RXZhbD86IHN0cmluZyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgLi4ubGF0ZW5jeUdhdGVzKHRhcmdldHMsIGVuZHBvaW50cyksXG4gICAgLi4uZXJyb3JHYXRlcyh0YXJnZXRzLCBlbmRwb2ludHMpLFxuICAgIC4uLmFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwpLFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyh0YXJnZXRzKSxcbiAgICAuLi5nZW5lcmF0aW9uR2F0ZXModGFyZ2V0cyksXG4gIF07XG59XG4iLCAiLy8gVGhlIHF1aWNrIGNoZWNrIGZvciBDSTogb25lIFZVIGZvciBhYm91dCAxMCBzIGNhbGxpbmcgZXZlcnkgZW5kcG9pbnQgYXQgbGVhc3Qgb25jZSwgYWdhaW5zdCB0aGVcbi8vIHNhbWUgdGhyZXNob2xkcyBhcyB0aGUgbWFpbiBqb2IuXG5cbmltcG9ydCB7IHNtb2tlRW50cnkgfSBmcm9tICcuLi9saWIvY29uZmlnL2VudHJpZXMudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5pbXBvcnQgeyBjb25maWcgfSBmcm9tICcuLi9saWIvY29uZmlnL2Vudi50cyc7XG5pbXBvcnQgeyBFTkRQT0lOVFMgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IHdpdGhTZWNyZXRzIH0gZnJvbSAnLi4vbGliL3VzZXJzL3Nlc3Npb24udHMnO1xuaW1wb3J0IHsgcHJlcGFyZVJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vbGliL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IHJ1bldvcmtmbG93IH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMnO1xuaW1wb3J0IHsgZXZlcnlFbmRwb2ludCB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzJztcbmltcG9ydCB7IHdvcmtmbG93R2F0ZXMgfSBmcm9tICcuLi90aHJlc2hvbGRzL2dhdGVzLnRzJztcblxuY29uc3QgeyBzZWNvbmRzOiBTTU9LRV9TRUNPTkRTIH0gPSBzbW9rZUVudHJ5LnNldHRpbmdzKCk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywgKCkgPT4gKHtcbiAgcm9sZXM6IFsncG93ZXInLCAnYWRtaW4nXSwgLy8gY2xhc3NlcyB3aG9zZSBWVXMgbG9nIGluIGFzIHRoZWlyIG93biBwb29sIGFjY291bnRcbiAgd2FsbFRpbWVTOiBTTU9LRV9TRUNPTkRTLFxuICBzY2VuYXJpb3M6IHtcbiAgICBzbW9rZTogeyBleGVjdXRvcjogJ2NvbnN0YW50LXZ1cycsIGV4ZWM6ICdzbW9rZScsIHZ1czogMSwgZHVyYXRpb246IGAke1NNT0tFX1NFQ09ORFN9c2AsIGdyYWNlZnVsU3RvcDogJzMwcycgfSxcbiAgfSxcbiAgZ2F0ZXM6IHdvcmtmbG93R2F0ZXMoY29uZmlnLnRhcmdldHMsIEVORFBPSU5UUywgJzVzJyksXG59KSk7XG5cbmV4cG9ydCB7IHBvbGxSZXNvdXJjZXMsIHRlYXJkb3duIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5leHBvcnQgY29uc3QgaGFuZGxlU3VtbWFyeSA9IG1ha2VIYW5kbGVTdW1tYXJ5KHsgc2NlbmFyaW86ICdzbW9rZScgfSk7XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXR1cCgpOiBQcm9taXNlPFJ1bkRhdGE+IHtcbiAgcmV0dXJuIHByZXBhcmVSdW4oY29uZmlnKTtcbn1cblxuZXhwb3J0IGNvbnN0IHNtb2tlID0gd2l0aFNlY3JldHMoKGRhdGE6IFJ1bkRhdGEpOiB2b2lkID0+IHtcbiAgcnVuV29ya2Zsb3coJ3Ntb2tlJywgZXZlcnlFbmRwb2ludCwgeyBjb25maWcsIGRhdGEgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7QUFpQ08sSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsY0FBYztBQUFBLEVBQ2QsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ3JDTSxJQUFNLFFBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDL0IsT0FBTztBQUNsQjtBQU1PLFNBQVMsY0FBY0EsT0FBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTUMsUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPRCxNQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVNBLE1BQUssTUFBTSxDQUFDLElBQUlBO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sSUFBSyxDQUFDLFNBQVMsS0FBTTtBQUFBLGlCQUM3QyxNQUFNLElBQUssVUFBUztBQUFBLFlBQ3hCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUMsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJO0FBQzdDLE1BQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBR08sU0FBUyxjQUFjLE1BQWMsTUFBeUI7QUFDbkUsUUFBTSxRQUFtQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzFELFFBQU0sV0FBVztBQUNqQixhQUFXLFFBQVEsS0FDaEIsTUFBTSxHQUFHLEVBQ1QsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFLEdBQUc7QUFDMUIsVUFBTSxRQUFRLG9DQUFvQyxLQUFLLElBQUk7QUFDM0QsUUFBSSxDQUFDO0FBQ0gsWUFBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxNQUFNLElBQUksbUJBQW1CLFFBQVEsRUFBRTtBQUN6RyxVQUFNLE1BQU0sQ0FBQyxDQUFTLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztBQUFBLEVBQzNDO0FBQ0EsTUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU0sVUFBVTtBQUNoRCxVQUFNLElBQUksZUFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQzFGLFNBQU87QUFDVDtBQUdPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5QztBQUdPLFNBQVMsb0JBQW9CLE9BQWtCLFFBQW1CLFFBQW9DO0FBQzNHLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUksT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSSxPQUFPLElBQUksR0FBRztBQUNsRCxhQUNFLEdBQUcsTUFBTSxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUksSUFBSSwwREFBMEQsT0FBTyxJQUFJLENBQUM7QUFBQSxJQUc5RztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFPTyxTQUFTLFVBQVUsV0FBNEQ7QUFDcEYsTUFBSSxRQUFRO0FBQ1osYUFBVyxLQUFLLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDeEMsVUFBTSxTQUFVLEVBQUUsVUFBK0MsQ0FBQztBQUNsRSxVQUFNLE9BQU8sS0FBSyxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxNQUFNLENBQUM7QUFDckYsUUFBSSxFQUFFLGFBQWEsY0FBZSxVQUFTO0FBQUEsYUFDbEMsT0FBTyxFQUFFLFdBQVcsU0FBVSxVQUFTLEVBQUU7QUFBQSxhQUN6QyxPQUFPLEVBQUUsb0JBQW9CLFNBQVUsVUFBUyxFQUFFO0FBQUEsUUFDdEQsVUFBUyxPQUFPLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDakM7QUFDQSxTQUFPO0FBQ1Q7OztBQzNGTyxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFHTyxJQUFNLGdCQUFnQixLQUFLO0FBQzNCLElBQU0sa0JBQWtCO0FBSS9CLFNBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsU0FBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFFBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDeEY7QUFFQSxTQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsU0FBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLFVBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxRQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQixTQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxJQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsSUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELFNBQU87QUFDVDtBQUVBLFNBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsUUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLFNBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtBQUNqQztBQUVBLFNBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsUUFBTSxXQUFXO0FBQ2pCLE1BQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFFBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxNQUFJO0FBQ0YsV0FBTyxjQUFjLE9BQU8sSUFBSTtBQUFBLEVBQ2xDLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxZQUFZLGlCQUFpQixpQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDdkY7QUFDRjtBQUVBLFNBQVMsUUFBUSxLQUE2QjtBQUM1QyxRQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFFBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixNQUFJLFlBQVk7QUFDZCxTQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQzdHLFNBQU8sRUFBRSxTQUFTLFdBQVcsUUFBUSxLQUFLLEtBQUssNEJBQTRCLEVBQUU7QUFDL0U7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxhQUFhO0FBQUEsSUFDdEM7QUFBQSxJQUNBO0FBQUEsSUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQztBQUFBLEVBQ3JEO0FBQ0EsU0FBTztBQUFBLElBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7QUFBQSxJQUNyRCxPQUFPO0FBQUEsTUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtBQUFBLE1BQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLE1BQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtBQUFBLElBQzdFO0FBQUEsSUFDQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztBQUFBLElBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO0FBQUEsSUFDaEU7QUFBQSxJQUNBLFdBQVcsUUFBUSxHQUFHLGVBQWUsRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7QUFBQSxJQUMxRixTQUFTLFFBQVEsS0FBSywwQkFBMEI7QUFBQSxJQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7QUFBQSxJQUNuRCxlQUFlLFNBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztBQUFBLElBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztBQUFBLElBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7QUFBQSxJQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7QUFBQSxJQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7QUFBQSxJQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7QUFBQSxJQUN2RCxTQUFTO0FBQUEsTUFDUCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsWUFBWSxPQUFPLEtBQUssMEJBQTBCLEVBQUUsVUFBVTtBQUFBLE1BQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7QUFBQSxNQUM3RixhQUFhLFNBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO0FBQUEsTUFDbEUsV0FBVyxTQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztBQUFBLE1BQzVELGNBQWM7QUFBQSxRQUNaO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixFQUFFLEtBQUssMkJBQTJCLEVBQUUsWUFBWTtBQUFBLE1BQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7QUFBQSxNQUN6RSxZQUFZLFNBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO0FBQUEsTUFDOUYsc0JBQXNCO0FBQUEsUUFDcEI7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7QUFBQSxJQUNyRTtBQUFBLElBQ0EsV0FBVyxJQUFJLEtBQUssd0JBQXdCLEtBQUs7QUFBQSxJQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO0FBQUEsSUFDckMsZUFBZSxLQUFLLEtBQUssNEJBQTRCO0FBQUEsSUFDckQsU0FBUyxRQUFRLEdBQUc7QUFBQSxFQUN0QjtBQUNGOzs7QUN6TEEsSUFBTSxnQkFBZ0I7QUFnQmYsSUFBTSxhQUFhO0FBQUEsRUFDeEIsT0FBTztBQUFBLEVBQ1AsUUFBUTtBQUFBLEVBQ1IsVUFBVSxPQUFPLEVBQUUsU0FBUyxjQUFjO0FBQzVDOzs7QUN6QkEsSUFBSTtBQUNKLElBQU0sVUFBVSxNQUNiLGFBQWE7QUFBQSxFQUNaLFlBQVk7QUFBQSxFQUNaLFNBQVM7QUFBQSxFQUNULFlBQVk7QUFDZDtBQUdLLFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLFlBQU0sSUFBSTtBQUFBLFFBQ1IsZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU07QUFBQSxNQUMxQztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ2hGO0FBR08sU0FBUyxXQUFXLE1BQW1EO0FBQzVFLFFBQU0sYUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxNQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsVUFBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7QUFBQSxFQUNsRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLFVBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTztBQUFBLElBQ0wsV0FBV0E7QUFBQSxJQUNYLGFBQWE7QUFBQSxJQUNiLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQztBQUFBLEVBQ3ZFO0FBQ0Y7QUFHTyxTQUFTLGVBQWUsT0FBNkI7QUFDMUQsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsUUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOzs7QUN6Q08sSUFBTSxnQkFBZ0IsQ0FBQyxhQUM1QixTQUFTLGFBQWEsMkJBQTJCLFNBQVMsYUFBYTs7O0FDd0RsRSxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTzs7O0FDL0ZsRyxTQUFTLGFBQWE7QUFDdEIsT0FBTyxVQUFVO0FBQ2pCLE9BQU8sVUFBVTtBQUNqQixTQUFTLFNBQVMsYUFBYTtBQUt4QixJQUFNLG1CQUFtQixJQUFJLE1BQU0sb0JBQW9CO0FBRXZELElBQU0sd0JBQXdCLElBQUksTUFBTSwwQkFBMEI7QUFFbEUsSUFBTSxpQkFBaUIsSUFBSSxNQUFNLGtCQUFrQjtBQUVuRCxJQUFNLHVCQUF1QixJQUFJLFFBQVEsd0JBQXdCO0FBRWpFLElBQU0scUJBQXFCLElBQUksTUFBTSxpQ0FBaUM7QUFXN0UsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUNKLElBQUksYUFBYTtBQU1qQixTQUFTLFVBQVUsWUFBb0IsT0FBcUM7QUFDMUUsUUFBTSxNQUFNLEtBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUFBLElBQ3RFLEdBQUc7QUFBQSxJQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsRUFDaEQsQ0FBVTtBQUNWLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQzlDO0FBR0EsSUFBTSxTQUFTO0FBVVIsU0FBUyxrQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBTTtBQUFBLElBQ04sS0FBSztBQUFBLElBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLElBQzlDLGNBQWMsR0FBRyxNQUFNO0FBQUEsSUFDdkIsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7QUFBQSxFQUNuQztBQUNGO0FBRUEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsY0FBYyxZQUEwQjtBQUV0RCxNQUFJLENBQUMsV0FBWSxjQUFhLFVBQVUsWUFBWSxNQUFNO0FBQzFELGFBQVM7QUFDUCxVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLGFBQVMsVUFBVTtBQUNuQixVQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsUUFBSSxLQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFFBQUksS0FBSyxTQUFTLGFBQWEsRUFBRztBQUFBLEVBQ3BDO0FBQ0EsWUFBVSxZQUFZLFVBQVU7QUFDaEMsV0FBUyxVQUFVO0FBQ3JCO0FBRUEsU0FBUyxTQUFTLFlBQTBCO0FBQzFDLFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMseUJBQXFCLElBQUksQ0FBQztBQUMxQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksc0JBQXFCLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDM0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNwQyxRQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sVUFBVSxPQUFRO0FBQzNELHFCQUFpQixJQUFJLE9BQU8sV0FBVztBQUN2QywwQkFBc0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNsRCxtQkFBZSxJQUFJLE9BQU8sU0FBUztBQUFBLEVBQ3JDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixTQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDdkY7QUFPTyxTQUFTLFFBQVEsWUFBMEI7QUFDaEQsWUFBVSxZQUFZLFVBQVU7QUFDaEMsUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLFVBQVUsWUFBWSxJQUFhO0FBQzNELFFBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTSxNQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxNQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QjtBQUN6RCx1QkFBbUIsSUFBSSxRQUFRLHdCQUF3QjtBQUMzRDtBQWVPLFNBQVMsY0FBYyxRQUFnQztBQUM1RCxRQUFNLFFBQWdCO0FBQUEsSUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtBQUFBLElBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7QUFBQSxFQUNqRztBQUNBLE1BQUksT0FBTyxtQkFBbUI7QUFDNUIsVUFBTSxLQUFLO0FBQUEsTUFDVCxRQUFRO0FBQUEsTUFDUixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUM7QUFBQSxJQUNoRSxDQUFDO0FBQ0gsTUFBSSxPQUFPO0FBQ1QsVUFBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDaEcsU0FBTztBQUNUOzs7QUNyS0EsU0FBUyxtQkFBbUI7QUFDNUIsT0FBT0MsV0FBVTs7O0FDRFYsSUFBTSxTQUFpQixZQUFZLEtBQUs7OztBRHNCL0MsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFTyxTQUFTLFNBQVNDLFNBQXNCO0FBQzdDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU9FLE1BQUssR0FBRyxXQUFXLEtBQUssTUFBTUQsY0FBYTtBQUNqRztBQUdPLFNBQVMsZUFBZUQsT0FBWSxPQUF3QixPQUFxQjtBQUN0RixRQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsUUFBTSxVQUFVLG9CQUFvQkEsTUFBSyxPQUFPLFFBQVFBLE1BQUssTUFBTTtBQUNuRSxNQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztBQUN0QztBQUdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBRTlFNUMsU0FBUyxTQUFBRyxjQUFhO0FBQ3RCLE9BQU9DLFdBQVU7QUFDakIsT0FBT0MsV0FBVTtBQUNqQixPQUFPLGFBQWE7OztBQ0xwQixTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBdUQ7OztBQ0Z2RCxJQUFNLFlBQVk7QUFBQSxFQUN2QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUtPLElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsWUFBWSxZQUFZO0FBQ2pDLGlCQUFlLFFBQW9CLElBQUksRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBb0IsRUFBRTtBQUM5RztBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGc0NBLElBQU0sUUFBUSxDQUFJLFNBQThDO0FBRWhFLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFFL0MsSUFBTSxTQUFTO0FBQUEsRUFDcEIsUUFBUSxNQUEwQixDQUFDLFVBQVUsTUFBTSxRQUFRLE1BQU0sSUFBSTtBQUFBLEVBQ3JFLE9BQU8sTUFBYSxDQUFDLFVBQVU7QUFDN0IsVUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxFQUNoRCxDQUFDO0FBQUEsRUFDRCxZQUFZLE1BQWtCLENBQUMsVUFBVSxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEcsUUFBUSxNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEYsb0JBQW9CLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixhQUFhLE1BQXlDLENBQUMsVUFBVSxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN0RixLQUFLLE1BQVcsQ0FBQyxVQUFVLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixTQUFTLE1BQWUsQ0FBQyxVQUFVLE9BQU8sTUFBTSxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQ3ZFLFdBQVcsTUFBK0IsQ0FBQyxVQUFVO0FBQ25ELFVBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLEVBQzVFLENBQUM7QUFDSDtBQVNBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBQ2xFO0FBR0EsSUFBSTtBQUVKLElBQU0sWUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLE1BQUk7QUFDRixXQUFPLFFBQVMsS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sYUFBTixNQUF5QztBQUFBLEVBR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFM7QUFDQTtBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUhRO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUxYLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFPUixJQUFJLE9BQXNCO0FBQ3hCLFFBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLFdBQUssUUFBUSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBR0EsU0FBUyxVQUFVLE1BQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFjO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLGtCQUE0RSxDQUFDO0FBQ25GLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxNQUFJLFdBQVcsZ0JBQWdCLE1BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBV0MsTUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxvQkFBZ0IsTUFBTSxJQUFJO0FBQUEsRUFDNUI7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBVUosSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUF5RixDQUFDO0FBRWhHLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxRQUFRO0FBQzVCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBSU8sSUFBTSxZQUFOLE1BQU0sV0FBVTtBQUFBLEVBT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxVQUFVLEdBQUcsUUFBUTtBQUFBLEVBQzVCO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQVJuQixlQUFlO0FBQUEsRUFDRTtBQUFBO0FBQUEsRUFFQSxTQUE0QyxDQUFDO0FBQUE7QUFBQSxFQVc5RCxHQUFHLE9BQTBCO0FBQzNCLFdBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdFO0FBQUEsRUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFFBQUlDLFVBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDQSxTQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxNQUFBQSxVQUFTO0FBQUEsUUFDUDtBQUFBLFFBQ0EsTUFBTSxZQUFZLFFBQVE7QUFBQSxRQUMxQixTQUFTLEtBQUs7QUFBQSxRQUNkLGtCQUFrQixhQUFhLFFBQVE7QUFBQSxNQUN6QztBQUVBLFVBQUksQ0FBQyxVQUFXLENBQUFBLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJQTtBQUFBLElBQzFCO0FBQ0EsV0FBT0E7QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0FDLFFBQ0EsU0FDVztBQUNYLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTUMsTUFBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYUQsV0FBVSxNQUFTO0FBQUEsSUFDckU7QUFFQSxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsUUFBSSxVQUFVLENBQUNBO0FBQ2YsUUFBSUEsVUFBUyxVQUFVO0FBQ3JCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUtBLE9BQU0sU0FBUztBQUN4QyxnQkFBVTtBQUFBLElBQ1o7QUFDQSxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVUEsV0FBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQWMsT0FBTyxRQUFRQSxVQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUN4RjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLE9BQU87QUFDdkIsWUFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsVUFBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDckc7QUFDQSxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDL0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBR2hWQSxTQUFTLFNBQUFFLGNBQWE7QUFDdEIsT0FBT0MsV0FBMEU7OztBQ0gxRSxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQUV6QixTQUFTLGFBQWEsR0FBbUI7QUFDOUMsU0FBTyxHQUFHLGFBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQ3ZEO0FBR08sU0FBUyxTQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsU0FBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQzVFO0FBR08sU0FBUyxRQUFRLE9BQW1DO0FBQ3pELFFBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLFNBQU8sUUFBUSxDQUFDO0FBQ2xCO0FBR08sU0FBUyxXQUFXLE9BQW1DO0FBQzVELFFBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsU0FBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7QUFDcEM7QUFPTyxJQUFNLHFCQUFxQixJQUFJLEtBQUssS0FBSztBQU96QyxTQUFTLFdBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixNQUFJLENBQUMsTUFBTSxXQUFXLGdCQUFnQixFQUFHLFFBQU87QUFDaEQsUUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixNQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixRQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLFNBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUssS0FBSztBQUN6RTs7O0FEcENBLElBQU0sY0FBYztBQUNwQixJQUFNLGFBQWE7QUFzQm5CLElBQU0sV0FBVztBQUVqQixJQUFJLFVBQVU7QUFDZCxJQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsU0FBUyxRQUFRQyxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILFdBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELFVBQU0sUUFBd0IsQ0FBQztBQUMvQixhQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixVQUFNLE1BQU1DLE1BQUssTUFBTSxLQUFLO0FBQzVCLGFBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELFlBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLFVBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsaUJBQVcsTUFBTTtBQUNqQixNQUFBQyxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDOUIsTUFBQ0QsTUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLFlBQUksTUFBTSxDQUFDLENBQUUsSUFBSTtBQUFBLE1BQ25CLENBQUM7QUFBQSxJQUNIO0FBQ0EsUUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLGVBQVMsS0FBSyxRQUFRLENBQUM7QUFBQSxJQUN6QixDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFFBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxNQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsTUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxTQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07QUFDckY7QUFFQSxTQUFTLEtBQVEsS0FBOEI7QUFDN0MsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUFBLEVBQ3RDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxXQUNkRSxTQUNBLE9BQ0EsVUFDK0M7QUFDL0MsUUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7QUFBQSxJQUNFO0FBQUEsSUFDQSxPQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUdBLFFBQU8sT0FBTyxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDdEMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLE1BQ3hDLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxDQUFDLFFBQVE7QUFDUCxhQUFPLFNBQVMsSUFBSTtBQUNwQixhQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFBQSxJQUMzRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFnQk8sU0FBUyxjQUFjQSxTQUFnQixRQUFnQztBQUM1RSxRQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsUUFBTztBQUN4RSxRQUFNLFNBQXdCO0FBQUEsSUFDNUIsVUFBVSxPQUFPO0FBQUEsSUFDakIsU0FBUztBQUFBLElBQ1QsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsV0FBVztBQUFBLElBQ1gsU0FBUztBQUFBLEVBQ1g7QUFDQSxNQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFFBQU0sZ0JBQWdCO0FBQ3RCLFFBQU0sVUFBbUIsRUFBRSxNQUFNQSxRQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFO0FBQUEsSUFDRTtBQUFBLElBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7QUFBQSxFQUN4QjtBQUNBLE1BQUksU0FBUyxhQUFhLE9BQU87QUFDakMsTUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsUUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLGtCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsUUFBTyxrQkFBa0I7QUFDeEYsU0FBTyxVQUFVLFVBQVU7QUFDM0IsU0FBTztBQUNUO0FBR0EsU0FBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtBQUFBLElBQ0UsTUFBTTtBQUFBLElBQ04sQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDNUIsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxPQUFPLFVBQVUsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLFNBQVMsQ0FBQztBQUFBLE1BQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixVQUFJLENBQUM7QUFDSCxjQUFNLElBQUk7QUFBQSxVQUNSLDBCQUEwQixPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsSUFBSSxZQUFZLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUN4SDtBQUNGLGFBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtBQUFBLElBQ3RCO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxhQUFhLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsUUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLGFBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDcEcsUUFBTSxTQUFtQixDQUFDO0FBQzFCO0FBQUEsSUFDRSxPQUFPO0FBQUEsSUFDUCxDQUFDLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxTQUFTLFFBQVEsT0FBTyxnQkFBZ0IsT0FBTyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixVQUFJLENBQUM7QUFDSCxjQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDeEcsYUFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZUFBZSxTQUFrQixRQUE0QjtBQUNwRSxRQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sSUFBSTtBQUNqQyxXQUFTLFFBQVEsR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxTQUFTLENBQUMsS0FBSyxRQUFRLEtBQU0sU0FBUztBQUNqRixVQUFNLFNBQVMsT0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsSUFBSSxJQUFJLENBQUMsUUFBUSxFQUFFLE9BQU8sR0FBRyxHQUFHLEVBQUUsQ0FBQztBQUM3RTtBQUFBLE1BQ0UsT0FBTztBQUFBLE1BQ1AsQ0FBQyxPQUFPO0FBQUEsUUFDTixRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxRQUMxQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsTUFDM0Q7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLFlBQUksSUFBSSxXQUFXLElBQUssUUFBTztBQUFBLE1BQ2pDO0FBQUEsSUFDRjtBQUNBLGFBQVMsYUFBYSxPQUFPO0FBQUEsRUFDL0I7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsUUFBTSxZQUErRCxDQUFDO0FBQ3RFLFNBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixVQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsUUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixhQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUTtBQUNsQyxnQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLEdBQUcsVUFBVSxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQixDQUFDO0FBQUEsRUFDL0YsQ0FBQztBQUNELFFBQU0sYUFBMEMsQ0FBQztBQUNqRDtBQUFBLElBQ0UsVUFBVTtBQUFBLElBQ1YsQ0FBQyxNQUFNO0FBQ0wsWUFBTSxFQUFFLE9BQU8sR0FBRyxTQUFTLElBQUksVUFBVSxDQUFDO0FBQzFDLFlBQU0sU0FBUztBQUFBLFFBQ2IsT0FBTyxhQUFhLENBQUM7QUFBQSxRQUNyQixPQUFPLGlCQUFpQixDQUFDO0FBQUEsUUFDekIsT0FBTztBQUFBLFFBQ1AsZUFBZSxXQUFXLElBQUk7QUFBQSxNQUNoQztBQUNBLGFBQU87QUFBQSxRQUNMLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUM7QUFBQSxRQUM5QixNQUFNLEtBQUssVUFBVSxNQUFNO0FBQUEsUUFDM0IsUUFBUSxPQUFPLGtCQUFrQixPQUFPLEtBQUssR0FBRyxJQUFJO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxVQUFJLE9BQU87QUFDVCxjQUFNLElBQUk7QUFBQSxVQUNSLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUN2RztBQUNGLGFBQU87QUFDUCxVQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztBQUFBLElBQ2hGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9BLFNBQVMsZ0JBQWdCLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxZQUFnRDtBQUMxRyxRQUFNLE9BQWMsQ0FBQztBQUNyQjtBQUFBLElBQ0UsV0FBVztBQUFBLElBQ1gsQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sU0FBUyxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxNQUNoRCxNQUFNO0FBQUEsTUFDTixRQUFRLE9BQU8sb0JBQW9CLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxHQUFHLElBQUk7QUFBQSxJQUN2RTtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsVUFBSSxVQUFVO0FBQ1osY0FBTSxJQUFJO0FBQUEsVUFDUixvQ0FBb0MsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDMUc7QUFDRixXQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTSxDQUFDO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsU0FBa0IsTUFBYSxVQUF3QjtBQUM5RSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUksV0FBVztBQUN6QyxTQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLFFBQUksS0FBSyxJQUFJLElBQUk7QUFDZixZQUFNLElBQUk7QUFBQSxRQUNSLFlBQVksS0FBSyxNQUFNLCtEQUErRCxRQUFRO0FBQUEsTUFDaEc7QUFDRixJQUFBRCxPQUFNLENBQUM7QUFDUCxVQUFNLEVBQUUsTUFBQUUsT0FBTSxRQUFRLElBQUksU0FBUyxTQUFTLElBQUk7QUFDaEQsUUFBSSxRQUFRLE9BQU8sRUFBRyxPQUFNLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQztBQUNqRCxXQUFPQTtBQUFBLEVBQ1Q7QUFDRjtBQUdBLFNBQVMsU0FBUyxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FBWSxNQUFvRDtBQUMvRyxRQUFNQSxRQUFjLENBQUM7QUFDckIsUUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEM7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLENBQUMsT0FBTztBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsTUFDeEMsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztBQUFBLElBQzNEO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsZ0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCLFFBQUFBLE1BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLElBQUksV0FBVztBQUNqQixjQUFNLElBQUk7QUFBQSxVQUNSLDBDQUEwQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssTUFBTSxFQUFFO0FBQUEsUUFDL0k7QUFDRixZQUFNLFNBQVMsS0FBMEMsR0FBRztBQUM1RCxVQUFJLFFBQVEsV0FBVztBQUNyQixjQUFNLElBQUk7QUFBQSxVQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVksT0FBTyxTQUFTLGlCQUFpQjtBQUFBLFFBQy9HO0FBQ0YsVUFBSSxRQUFRLFdBQVcsWUFBYSxRQUFPO0FBQUEsVUFDdEMsQ0FBQUEsTUFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQUEsSUFDekI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUTtBQUN6QjtBQU1PLFNBQVMsY0FDZEQsU0FDQSxZQUNBLFFBQ0EsUUFDUTtBQUNSLFFBQU0sT0FBT0EsUUFBTztBQUNwQixNQUFJLFVBQVU7QUFDZCxNQUFJLFNBQVM7QUFDYixXQUFTLE9BQU8sR0FBRyxPQUFPLEtBQU0sUUFBUTtBQUN0QyxRQUFJLFFBQXFDLENBQUM7QUFDMUM7QUFBQSxNQUNFO0FBQUEsTUFDQSxPQUFPO0FBQUEsUUFDTCxRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQyxVQUFVLFVBQVUsV0FBVyxNQUFNO0FBQUEsUUFDbkcsUUFBUSxPQUFPLGtCQUFrQixVQUFVO0FBQUEsTUFDN0M7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLGlCQUFTLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsR0FBRyxRQUFRLFdBQWMsQ0FBQztBQUFBLE1BQzFHO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsVUFBTSxTQUFTLE1BQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNsRCxRQUFJLE9BQU87QUFDWDtBQUFBLE1BQ0UsT0FBTztBQUFBLE1BQ1AsQ0FBQyxPQUFPO0FBQUEsUUFDTixRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxRQUMxQyxRQUFRLE9BQU8sb0JBQW9CLFVBQVU7QUFBQSxNQUMvQztBQUFBLE1BQ0EsQ0FBQyxRQUFRO0FBQ1AsWUFBSSxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVcsSUFBSztBQUFBLE1BQ2hEO0FBQUEsSUFDRjtBQUNBLGVBQVc7QUFDWCxjQUFVLE1BQU0sU0FBUztBQUFBLEVBQzNCO0FBQ0EsU0FBTztBQUNUOzs7QUoxVkEsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZ0JBQWdCO0FBRXRCLFNBQVMsTUFBTSxTQUF3QjtBQUNyQyxFQUFBRSxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDekI7QUFFQSxTQUFTLE1BQU0sU0FBdUI7QUFDcEMsUUFBTUMsT0FBTSxHQUFHLE9BQU87QUFDdEIsUUFBTSxNQUFNQyxNQUFLLElBQUlELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsTUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQjtBQUFBLE1BQ0UsbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhO0FBQUEsSUFDdkc7QUFBQSxFQUNGO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QjtBQUFBLE1BQ0UsbUJBQW1CQSxJQUFHLGFBQWEsSUFBSSxNQUFNO0FBQUEsSUFDL0M7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLGNBQWNFLFNBQWdCQyxTQUF1QyxNQUFvQjtBQUNoRyxTQUFPQSxRQUFPLElBQUksS0FBS0QsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM1QztBQU1BLFNBQVMsTUFBTUEsU0FBZ0JDLFNBQXVDLE1BQW9CO0FBQ3hGLE1BQUksS0FBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBRyxLQUFLLE1BQU0sV0FBVyxJQUFJLHFDQUFxQztBQUNwRyxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUksS0FBSyxRQUFRLE1BQU0sR0FBRyxjQUFjRCxTQUFRQyxTQUFRLElBQUksQ0FBQztBQUNyRixRQUFNLFNBQVMsV0FBV0QsU0FBUSxPQUFPLFFBQVE7QUFDakQsTUFBSSxDQUFDLE9BQU8sT0FBTztBQUNqQixVQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxVQUFNLFFBQVFBLFFBQU8sWUFDakIsZUFBZUEsUUFBTyxTQUFTLEtBQy9CQSxRQUFPLFlBQ0wsR0FBRyxTQUFTLG9DQUFvQyxJQUFJLGVBQ3BELEdBQUcsU0FBUyxjQUFjLFNBQVM7QUFDekMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRztBQUFBLEVBQ3hHO0FBQ0EsU0FBTyxPQUFPO0FBQ2hCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsTUFDbEMsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDO0FBQUEsTUFDOUIsT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLE1BQ1AsZUFBZTtBQUFBLElBQ2pCLENBQUM7QUFDRCxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sZ0RBQWdELFFBQVEsTUFBTSxJQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxjQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsU0FBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO0FBQUEsRUFDL0I7QUFDQSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCO0FBQzFELGFBQVcsU0FBUyxNQUFNO0FBQ3hCLGVBQVM7QUFDUCxZQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxVQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLFVBQUksS0FBSyxJQUFJLElBQUk7QUFDZixjQUFNLDZEQUE2REEsUUFBTyxrQkFBa0IsSUFBSTtBQUNsRyxNQUFBRSxPQUFNLEdBQUc7QUFBQSxJQUNYO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVFBLGVBQXNCLGtCQUEwRDtBQUM5RSxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7QUFBQSxJQUM5QixRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQWNGLFNBQWdCQyxTQUFnRDtBQUNyRixRQUFNLFFBQVEsVUFBV0osTUFBSyxLQUFLLFFBQVEsYUFBYSxDQUFDLENBQXdEO0FBQ2pILFFBQU0sU0FBa0IsQ0FBQztBQUN6QixhQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssR0FBRztBQUNyRCxhQUFPLEtBQUssRUFBRSxNQUFNLEdBQUcsS0FBSyxRQUFRLE1BQU0sR0FBRyxjQUFjRyxTQUFRQyxTQUFRLElBQUksQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUN2RjtBQUNBLFNBQU87QUFDVDtBQVNBLGVBQXNCLFdBQVdELFNBQWdCRyxXQUEwQixDQUFDLEdBQXFCO0FBQy9GLFFBQU1ILFFBQU8sT0FBTztBQUNwQixRQUFNQyxVQUFTLE1BQU0sZ0JBQWdCO0FBQ3JDLFFBQU1HLGFBQVksSUFBSSxVQUFVSixRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUNsRSxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSSxNQUFNQSxTQUFRQyxTQUFRLElBQUk7QUFDbkUsUUFBTSxRQUFRLFNBQVM7QUFDdkIsUUFBTSxRQUFRLGNBQWNELFNBQVEsT0FBTyxPQUFPLGtCQUFrQixDQUFDLFVBQVUsV0FBVyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzlHLE1BQUksUUFBUSxFQUFHLFNBQVEsSUFBSSxrQkFBa0IsS0FBSyx3Q0FBd0M7QUFDMUYsTUFBSUcsU0FBUSxTQUFTO0FBQ25CLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBSTtBQUNGLFlBQU0sSUFBSSxjQUFjSCxTQUFRLGNBQWNBLFNBQVFDLE9BQU0sQ0FBQztBQUM3RCxjQUFRO0FBQUEsUUFDTixxQkFBcUJELFFBQU8sUUFBUSxPQUFPLDhCQUE4QixFQUFFLFFBQVEsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxVQUFVLEtBQUssSUFBSSxJQUFJLFdBQVcsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUFBLE1BQzlVO0FBQUEsSUFDRixTQUFTLE9BQU87QUFDZCxZQUFNLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlEO0FBQUEsRUFDRjtBQUNBLFFBQU0sa0JBQWtCRyxTQUFRLE9BQU8sWUFBWUMsV0FBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9KLE9BQU0sSUFBSSxDQUFDO0FBRW5HLFNBQU8sRUFBRSxPQUFPLFFBQVEsZ0JBQWdCO0FBQzFDO0FBR0EsZUFBc0IsV0FBV0EsU0FBZ0IsTUFBMEM7QUFDekYsTUFBSSxDQUFDLE1BQU0sU0FBUyxLQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFFBQU1DLFVBQVMsTUFBTSxnQkFBZ0I7QUFFckMsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxTQUFTLEdBQUdBLFFBQU8sU0FBU0QsUUFBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxRQUFNLEVBQUUsTUFBTSxJQUFJLFdBQVdBLFNBQVEsT0FBTyxRQUFRO0FBQ3BELE1BQUksQ0FBQyxPQUFPO0FBQ1YsWUFBUTtBQUFBLE1BQ04saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSztBQUFBLElBQ3RHO0FBQ0E7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLGNBQWNBLFNBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVLFdBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLE1BQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7QUFDeEY7OztBTTVJTyxTQUFTLG1CQUE0QjtBQUMxQyxTQUFPLFNBQVM7QUFDbEI7QUFHTyxTQUFTLGFBQWFLLFNBQWdCLFdBQXVEO0FBQ2xHLE1BQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxVQUFVO0FBR3hCLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLE1BQUlBLFFBQU8sY0FBZSxnQkFBZSxNQUFNLE1BQU0sU0FBUyxPQUFPLFVBQVUsU0FBUyxDQUFDO0FBQ3pGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLHNCQUFzQixlQUFlLEtBQUssR0FBRyxTQUFTO0FBQUE7QUFBQSxJQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsS0FBS0EsUUFBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7QUFBQSxJQUN0RyxtQkFBbUI7QUFBQSxFQUNyQjtBQUNGO0FBTUEsU0FBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsYUFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFDeEQsUUFBSSxjQUFjLFFBQVEsRUFBRyxZQUFXLFVBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7QUFBQSxFQUNwRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBTTVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhO0FBQ2xGLFlBQVEsT0FBTyxLQUFLO0FBQ3RCLFNBQU87QUFDVDtBQUdPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDtBQU1PLFNBQVMsdUJBQTZCO0FBQzNDLE1BQUksT0FBVSxXQUFZLFNBQVEsT0FBVSxVQUFVO0FBQ3hEO0FBR0EsZUFBc0IsU0FBUyxNQUErQjtBQUM1RCx1QkFBcUI7QUFDckIsUUFBTSxXQUFXLFFBQVcsSUFBSTtBQUNsQzs7O0FDL0dPLFNBQVMsVUFBVUMsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSztBQUFBLElBQ1Y7QUFBQSxJQUNBLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQUEsRUFDckY7QUFDRjtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0FBQ3pCO0FBUU8sU0FBUyxhQUFhQSxPQUFjQyxXQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFFBQU0sVUFBVUQsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxRQUFNLE9BQU9DLFNBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsUUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsUUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsUUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELFNBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztBQUM1Qzs7O0FDT08sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLO0FBQUEsUUFDUjtBQUFBLFFBQ0EsWUFBQUE7QUFBQSxRQUNBLElBQUksT0FBTztBQUFBLFFBQ1g7QUFBQSxRQUNBLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXO0FBQUEsUUFDakYsTUFBTSxPQUFPLFFBQVEsSUFBSTtBQUFBLE1BQzNCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQztBQUNILFdBQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDakgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUc7QUFBQSxRQUMzQixVQUFVLEVBQUUsU0FBUztBQUFBLFFBQ3JCLEtBQUssRUFBRSxPQUFPO0FBQUEsUUFDZCxLQUFLLEVBQUUsT0FBTyxLQUFLO0FBQUEsUUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztBQUFBLFFBQ25CLEtBQUssRUFBRSxPQUFPO0FBQUEsTUFDaEIsQ0FBQztBQUFBLElBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBa0JBLElBQU0scUJBQXFCO0FBT3BCLFNBQVMsa0JBQ2QsTUFDQSx1QkFBK0MsQ0FBQyxHQUNoQztBQUNoQixRQUFNLFlBQTBCLENBQUM7QUFDakMsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxXQUFXLG1CQUFtQixLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2xELFFBQUksYUFBYSxPQUFXO0FBQzVCLFVBQU1DLGNBQWEsT0FBTyxRQUFRLFNBQVM7QUFDM0MsVUFBTSxlQUFlLHFCQUFxQixRQUFRO0FBQ2xELFVBQU0sUUFBUSxPQUFPLEtBQUssT0FBTyxjQUFjLENBQUMsQ0FBQyxFQUM5QyxJQUFJLENBQUNELGdCQUFlLDZCQUE2QixLQUFLQSxXQUFVLElBQUksQ0FBQyxDQUFDLEVBQ3RFLEtBQUssQ0FBQyxNQUFNLE1BQU0sTUFBUztBQUM5QixjQUFVLEtBQUs7QUFBQSxNQUNiO0FBQUEsTUFDQSxZQUFBQztBQUFBLE1BQ0EsVUFBVSxpQkFBaUIsU0FBWSxPQUFPQSxjQUFhO0FBQUEsTUFDM0QsU0FBUyxVQUFVLFNBQVksT0FBTyxPQUFPLEtBQUs7QUFBQSxJQUNwRCxDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sUUFBUSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDN0QsTUFBSSxVQUFVLFdBQVcsS0FBSyxVQUFVLEtBQU0sUUFBTztBQUNyRCxZQUFVLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDN0QsUUFBTSxhQUFhLFNBQVMsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDbEYsUUFBTSxRQUNKLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDLE1BQU0sY0FDNUQsVUFBVSxNQUFNLENBQUMsUUFBUSxJQUFJLGFBQWEsSUFBSTtBQUNoRCxTQUFPLEVBQUUsWUFBWSxVQUFVLFFBQVEsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxVQUFXLENBQUMsSUFBSSxNQUFNLFVBQVU7QUFDbEg7QUFHTyxTQUFTLGlCQUFpQixTQUF3QztBQUN2RSxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLE1BQUksUUFBUSxlQUFlO0FBQ3pCLFdBQU87QUFDVCxRQUFNLE9BQ0osUUFBUSxhQUFhLE9BQ2pCLG1CQUFtQixZQUFZLFFBQVEsWUFBWSxPQUFPLENBQUMsZ0JBQzNELEdBQUcsWUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDLFdBQVcsUUFBUSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzNGLFNBQU8sdUJBQXVCLElBQUksc0JBQXNCLFlBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQztBQUNsRztBQUdPLFNBQVMsWUFBWSxLQUF5QjtBQUNuRCxRQUFNLFdBQ0osSUFBSSxhQUFhLE9BQU8sS0FBSyxLQUFLLFlBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxXQUFXLElBQUksYUFBYSxJQUFJLEtBQUssR0FBRztBQUM5RyxRQUFNLFVBQVUsSUFBSSxZQUFZLE9BQU8sZ0JBQWdCLGFBQWEsWUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO0FBQ3JHLFNBQU8sR0FBRyxZQUFZLElBQUksWUFBWSxPQUFPLENBQUMsYUFBYSxJQUFJLGVBQWUsSUFBSSxLQUFLLEdBQUcsb0JBQW9CLFFBQVEsR0FBRyxPQUFPO0FBQ2xJO0FBR08sU0FBUyxZQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxNQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELE1BQUksU0FBUyxNQUFNO0FBQ2pCLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxXQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQ0EsTUFBSSxTQUFTO0FBQ1gsV0FBTyxLQUFLLE1BQU0sS0FBSyxFQUNwQixTQUFTLEVBQ1QsUUFBUSx5QkFBeUIsR0FBRztBQUN6QyxTQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7QUFDakc7QUFFTyxTQUFTLFlBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsUUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELFNBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0FBQ3ZFO0FBV08sU0FBUyxnQkFBZ0IsTUFBMkM7QUFDekUsTUFBSSxDQUFDLEtBQUssU0FBUyxvQkFBb0IsQ0FBQyxLQUFLLFNBQVMsbUJBQW9CLFFBQU87QUFDakYsU0FBTztBQUFBLElBQ0wsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLElBQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxJQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsSUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsRUFDM0U7QUFDRjtBQUdPLFNBQVMsY0FBYyxXQUEyQztBQUN2RSxNQUFJLENBQUMsYUFBYyxVQUFVLG1CQUFtQixRQUFRLFVBQVUsb0JBQW9CO0FBQ3BGLFdBQU87QUFDVCxRQUFNLFNBQVMsVUFBVTtBQUN6QixTQUFPO0FBQUEsSUFDTCwrQ0FBK0MsWUFBWSxVQUFVLGdCQUFnQixPQUFPLENBQUM7QUFBQSxJQUM3RixXQUFXLFlBQVksVUFBVSxpQkFBaUIsT0FBTyxDQUFDO0FBQUEsSUFDMUQsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCLFlBQVksUUFBUSxPQUFPLENBQUMsU0FBUztBQUFBLElBQ2xGLG1CQUFtQixVQUFVLGVBQWU7QUFBQSxFQUM5QyxFQUFFLEtBQUssSUFBSTtBQUNiO0FBRU8sSUFBTSxnQkFBZ0IsQ0FBQyxTQUE4QixjQUFjLGdCQUFnQixJQUFJLENBQUM7OztBQ2pOeEYsSUFBTSx5QkFBeUI7QUF5TC9CLFNBQVMsYUFDZCxNQUNBLE1BQ0EsdUJBQStDLENBQUMsR0FDdkM7QUFDVCxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksVUFBVSxLQUFLLE9BQU87QUFBQSxJQUMxRjtBQUFBLElBQ0EsWUFBQUE7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUU7QUFDRixTQUFPO0FBQUEsSUFDTCxnQkFBZ0I7QUFBQSxJQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQUEsSUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7QUFBQSxJQUNwRDtBQUFBLElBQ0EsV0FBVyxhQUFhLElBQUk7QUFBQSxJQUM1QixTQUFTLGtCQUFrQixNQUFNLG9CQUFvQjtBQUFBLElBQ3JELFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDekcsV0FBVyxnQkFBZ0IsSUFBSTtBQUFBLEVBQ2pDO0FBQ0Y7QUFHTyxTQUFTQyxRQUFPLFdBQW1EO0FBQ3hFLE1BQUksVUFBVSxLQUFNLFFBQU8sVUFBVTtBQUNyQyxNQUFJLFVBQVUsV0FBVyxXQUFXLE1BQU0sRUFBRyxRQUFPO0FBQ3BELFNBQU8sZUFBZSxLQUFLLFVBQVUsTUFBTSxJQUFJLE9BQU87QUFDeEQ7OztBQy9OQSxTQUFTLGNBQWMsT0FBZSxHQUE2QjtBQUNqRSxRQUFNLE9BQU8sVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFFBQU0sV0FDSixFQUFFLGFBQWEsUUFBUSxFQUFFLFNBQVMsaUJBQWlCLEVBQUUsTUFBTSxLQUFLLFlBQVksWUFBWSxFQUFFLFVBQVVDLFFBQU8sQ0FBQyxDQUFDLENBQUM7QUFDaEgsUUFBTUMsUUFBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsTUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHQSxLQUFJLGVBQWUsVUFBVSxRQUFRLENBQUM7QUFDMUQsU0FBTyxHQUFHQSxLQUFJO0FBQUEsMEJBQTZCLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsWUFBWSxRQUFRLEVBQUUsQ0FBQyxzQkFBc0IsVUFBVSxRQUFRLENBQUM7QUFBQTtBQUNsSjtBQUVBLFNBQVMsVUFBVSxPQUFlLFNBQTBCO0FBQzFELFFBQU0sU0FBUyxVQUFVLFFBQVEsSUFBSSxrQkFBa0IsMkJBQTJCO0FBQ2xGLFNBQU8sNEJBQTRCLEtBQUs7QUFBQSx3QkFBb0QsTUFBTSxlQUFlLE1BQU07QUFBQTtBQUN6SDtBQUVPLFNBQVMsWUFBWSxTQUEwQjtBQUNwRCxRQUFNLE9BQU8sUUFBUTtBQUNyQixRQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQzNDLFFBQU0sU0FBUyxRQUFRLElBQUksWUFBWSxVQUFVLElBQUk7QUFDckQsUUFBTSxRQUFRLEtBQUssU0FBUztBQUM1QixRQUFNQyxhQUFZLFFBQVEsSUFBSSxlQUFlLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDakUsUUFBTSxRQUFRLFVBQVUsZUFBZSxRQUFRLElBQUksUUFBUSxFQUFFO0FBQzdELFFBQU0sUUFBUSxDQUFDLEdBQUksU0FBUyxDQUFDLFVBQVUsT0FBTyxPQUFPLENBQUMsSUFBSSxDQUFDLEdBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLGNBQWMsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUMxRyxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EseUNBQXlDLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSxXQUFXQSxRQUFPO0FBQUEsSUFDMUcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sdUJBQXVCQSxRQUFPO0FBQUEsSUFDcEgsR0FBRztBQUFBLElBQ0g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0YsRUFBRSxLQUFLLElBQUk7QUFDYjs7O0FDaENBLFNBQVMsZUFBZSxNQUFvQztBQUMxRCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsS0FBSztBQUFBLE1BQ04sQ0FBQyxNQUNDLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxNQUFNLGFBQWEsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDLE1BQU0sWUFBWSxFQUFFLFVBQVVDLFFBQU8sQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUNsSDtBQUFBLEVBQ0Y7QUFDRjtBQUVPLFNBQVMsZUFBZSxTQUEwQjtBQUN2RCxRQUFNLE9BQU8sUUFBUTtBQUNyQixRQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRTtBQUN2QyxRQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUU7QUFFdEMsUUFBTSxVQUNKLEtBQUssV0FBVyxJQUNaLGtCQUNBLE9BQU8sV0FBVyxJQUNoQixTQUFTLEtBQUssTUFBTSx1QkFDcEIsS0FBSyxPQUFPLE1BQU0sT0FBTyxLQUFLLE1BQU07QUFDNUMsUUFBTSxRQUFRLENBQUMsa0JBQWtCLGFBQWEsUUFBUSxJQUFJLFVBQVUsRUFBRSxTQUFTLE1BQU0sQ0FBQyxDQUFDLEtBQUssT0FBTyxJQUFJLEVBQUU7QUFDekcsTUFBSSxPQUFPLFNBQVMsRUFBRyxPQUFNLEtBQUssR0FBRyxlQUFlLE1BQU0sR0FBRyxFQUFFO0FBQy9ELE1BQUksT0FBTyxTQUFTLEdBQUc7QUFFckIsVUFBTTtBQUFBLE1BQ0o7QUFBQSxNQUNBLFlBQVksT0FBTyxNQUFNLG9CQUFvQixPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7QUFBQSxNQUMzRTtBQUFBLE1BQ0EsR0FBRyxlQUFlLE1BQU07QUFBQSxNQUN4QjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFlBQVksUUFBUTtBQUMxQixNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sS0FBSyw0REFBNEQscUNBQXFDO0FBQzVHLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFlBQU07QUFBQSxRQUNKLEtBQUssbUJBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU0sWUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDO0FBQUEsTUFDdE47QUFBQSxJQUNGO0FBQ0EsVUFBTSxLQUFLLEVBQUU7QUFBQSxFQUNmO0FBQ0EsUUFBTSxVQUFVLFFBQVEsV0FBVztBQUNuQyxRQUFNLFNBQVMsaUJBQWlCLE9BQU87QUFDdkMsTUFBSSxPQUFRLE9BQU0sS0FBSyxHQUFHLFFBQVMsYUFBYSxJQUFJLFFBQVEsRUFBRSxHQUFHLG1CQUFtQixNQUFNLENBQUMsSUFBSSxFQUFFO0FBQ2pHLE1BQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLFVBQU0sS0FBSyxnRkFBZ0Ysc0JBQXNCO0FBQ2pILGVBQVcsT0FBTyxRQUFRLFdBQVc7QUFDbkMsWUFBTTtBQUFBLFFBQ0osS0FBSyxtQkFBbUIsSUFBSSxRQUFRLENBQUMsTUFBTSxZQUFZLElBQUksWUFBWSxPQUFPLENBQUMsTUFBTSxJQUFJLGFBQWEsT0FBTyxRQUFRLFlBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxNQUFNLElBQUksWUFBWSxPQUFPLGNBQWMsWUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO0FBQUEsTUFDck87QUFBQSxJQUNGO0FBQ0EsVUFBTSxLQUFLLEVBQUU7QUFBQSxFQUNmO0FBQ0EsUUFBTSxLQUFLLG1CQUFtQixjQUFjLFFBQVEsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUNuRSxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUNuREEsSUFBTSxXQUFXLG9CQUFJLElBQUk7QUFBQSxFQUN2QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUNELElBQU0sV0FBVyxDQUFDLFNBQ2hCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTFGLFNBQVMsTUFBTSxPQUFnQjtBQUM3QixRQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDQyxVQUFrQixRQUFRLFFBQVUsSUFBSSxJQUFJQSxLQUFJLFlBQWNBO0FBQzlGLFNBQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxFQUFFO0FBQ3ZFO0FBRU8sU0FBUyxZQUNkLE1BQ0FDLFVBQ1E7QUFDUixRQUFNLElBQUksTUFBTUEsU0FBUSxLQUFLO0FBQzdCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLGFBQWEsY0FBYyxJQUFJO0FBQ3JDLFFBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsUUFBTTtBQUFBLElBQ0osRUFBRTtBQUFBLE1BQ0EsZUFBZUEsU0FBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQztBQUFBLElBQ3JOO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsYUFBVyxLQUFLLFlBQVk7QUFDMUIsVUFBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLFVBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUksWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzdHO0FBQ0EsUUFBTSxZQUFZLGFBQWEsSUFBSTtBQUNuQyxNQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxVQUFNO0FBQUEsTUFDSjtBQUFBLE1BQ0EsRUFBRTtBQUFBLFFBQ0EsR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFBQSxNQUMxSTtBQUFBLElBQ0Y7QUFDQSxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNLE9BQU8sQ0FBQyxNQUFxQixZQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxZQUFNO0FBQUEsUUFDSixLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksWUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDO0FBQUEsTUFDaEw7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sVUFBVSxrQkFBa0IsTUFBTUEsU0FBUSxvQkFBb0I7QUFDcEUsUUFBTSxTQUFTLGlCQUFpQixPQUFPO0FBQ3ZDLE1BQUksT0FBUSxPQUFNLEtBQUssS0FBSyxRQUFTLGFBQWEsSUFBSSxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sRUFBRTtBQUM5RSxNQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxVQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssNEVBQTRFLENBQUM7QUFDbkcsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsUUFBUSxVQUFVLElBQUksQ0FBQyxRQUFRLElBQUksU0FBUyxNQUFNLENBQUM7QUFDakYsZUFBVyxPQUFPLFFBQVEsVUFBVyxPQUFNLEtBQUssS0FBSyxJQUFJLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxZQUFZLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDdkc7QUFDQSxRQUFNQyxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxRQUFNLFdBQVcsWUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxRQUFNLGFBQWEsWUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFFBQU07QUFBQSxJQUNKLEtBQUssWUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNBLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVEsWUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQkEsU0FBUSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ25OO0FBQ0EsUUFBTSxLQUFLLGFBQWEsWUFBWSxZQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFFBQU0sU0FBUyxZQUFZLE1BQU0sVUFBVSxNQUFNO0FBQ2pELFFBQU07QUFBQSxJQUNKLGFBQWEsWUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZLFlBQVksWUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPLGFBQWEsWUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU0sWUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO0FBQUEsRUFDM087QUFDQSxRQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFDMUMsT0FBTyxRQUFRLEVBQ2YsS0FBSztBQUNSLE1BQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLGVBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixZQUFNLElBQUksRUFBRTtBQUNaLFlBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLFlBQU1GLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBTyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVCxZQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCLFlBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLFlBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUlBLEtBQUksRUFBRTtBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFFBQU0sS0FBSyxJQUFJLEtBQUssY0FBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLFNBQU8sTUFBTSxLQUFLLElBQUk7QUFDeEI7OztBQzlHQSxJQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFTeEQsU0FBUyxrQkFBa0IsTUFBbUI7QUFDbkQsU0FBTyxTQUFTRyxlQUFjLE1BQTJDO0FBQ3ZFLFVBQU0sTUFBOEI7QUFBQSxNQUNsQyxRQUFRLFlBQVksTUFBTTtBQUFBLFFBQ3hCLFVBQVUsS0FBSztBQUFBLFFBQ2YsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCO0FBQUEsUUFDbkMsc0JBQXNCLEtBQUs7QUFBQSxNQUM3QixDQUFDO0FBQUEsSUFDSDtBQUNBLFVBQU0sTUFBTSxNQUFNO0FBQ2xCLFFBQUksS0FBSztBQUNQLFlBQU0sVUFBVTtBQUFBLFFBQ2Q7QUFBQSxRQUNBO0FBQUEsVUFDRSxVQUFVLEtBQUs7QUFBQSxVQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7QUFBQSxVQUN0RCxRQUFRLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxNQUFNLFFBQVE7QUFBQSxVQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsVUFDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFVBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxVQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQUEsUUFDdEM7QUFBQSxRQUNBLEtBQUs7QUFBQSxNQUNQO0FBRUEsWUFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELFVBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFDaEUsVUFBSSxHQUFHLEdBQUcsWUFBWSxJQUFJLFlBQVksT0FBTztBQUM3QyxVQUFJLEdBQUcsR0FBRyxhQUFhLElBQUksZUFBZSxPQUFPO0FBQUEsSUFDbkQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUM5Q0EsU0FBUyxXQUFBQyxnQkFBZTtBQVNqQixJQUFNLFdBQVcsSUFBSUMsU0FBUSxVQUFVO0FBVTlDLElBQU0sV0FBMkMsQ0FBQztBQUVsRCxJQUFJO0FBR0csU0FBU0MsZUFBY0MsU0FBZ0IsTUFBb0I7QUFDaEUsU0FBTyxTQUFTLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM5QztBQU1PLFNBQVMsWUFDZCxXQUNzQztBQUN0QyxTQUFPLElBQUksU0FBUztBQUNsQixRQUFJLE9BQVEsUUFBTyxVQUFVLEdBQUcsSUFBSTtBQUNwQyxXQUFPLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxVQUFVO0FBQ3ZDLGVBQVM7QUFDVCxnQkFBVSxHQUFHLElBQUk7QUFBQSxJQUNuQixDQUFDO0FBQUEsRUFDSDtBQUNGO0FBQ0EsSUFBSTtBQUdKLElBQU0sZUFBZSxDQUFDLFNBQWlCLEtBQUssSUFBSSxJQUFJLE9BQU8sRUFBRTtBQUU3RCxTQUFTQyxPQUFNRCxTQUFnQixNQUFlLE1BQWlDO0FBQzdFLFFBQU0sVUFBVSxZQUFZLE1BQU0sTUFBTUQsZUFBY0MsU0FBUSxJQUFJLENBQUM7QUFDbkUsTUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixnQkFBYyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQzlELFFBQU0sU0FBUyxVQUFVLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUSxFQUFFO0FBQ2hFLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxPQUFPLE9BQU8sT0FBTyxlQUFlLFlBQVksT0FBTyxhQUFhLElBQUksT0FBTyxhQUFhO0FBQ2xHLFNBQU87QUFBQSxJQUNMLFFBQVEsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sYUFBYSxPQUFPLFlBQVk7QUFBQSxJQUM3RSxTQUFTLEtBQUssSUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEtBQUs7QUFBQSxJQUNwRCxTQUFTO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxRQUFRQSxTQUFnQixNQUFlLE1BQWlDO0FBQy9FLFFBQU0sVUFBVSxTQUFTLElBQUk7QUFDN0IsTUFBSSxXQUFXLENBQUMsUUFBUSxPQUFPLGdCQUFnQixLQUFLLElBQUksSUFBSSxRQUFRLFFBQVMsUUFBTztBQUNwRixNQUFJLFFBQVMsVUFBUyxJQUFJLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDckMsUUFBTSxPQUFPQyxPQUFNRCxTQUFRLE1BQU0sSUFBSTtBQUVyQyxNQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxXQUFTLElBQUksSUFBSTtBQUNqQixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBbUM7QUFDM0YsU0FBTyxRQUFRQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQ3RDOzs7QUMvRUEsU0FBUyxXQUFBRSxVQUFTLE1BQU0sU0FBQUMsY0FBYTtBQUc5QixJQUFNLHNCQUFzQixJQUFJQSxPQUFNLHlCQUF5QixJQUFJO0FBRW5FLElBQU0scUJBQXFCLElBQUlBLE9BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSUEsT0FBTSxpQ0FBaUMsSUFBSTtBQUVsRixJQUFNLG1CQUFtQixJQUFJLEtBQUssbUJBQW1CO0FBRXJELElBQU0saUJBQWlCLElBQUlELFNBQVEsaUJBQWlCO0FBRXBELElBQU0sa0JBQWtCLElBQUksS0FBSyxrQkFBa0I7QUFFbkQsSUFBTSxpQkFBaUIsSUFBSUEsU0FBUSxpQkFBaUI7OztBQ1YzRCxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFbkIsSUFBTSxhQUFtRCxDQUFDO0FBRW5ELFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLE1BQUksT0FBTyxXQUFXLElBQUk7QUFDMUIsTUFBSSxTQUFTLFFBQVc7QUFDdEIsV0FBTyxFQUFFLFVBQVUsS0FBSztBQUN4QixlQUFXLElBQUksSUFBSTtBQUFBLEVBQ3JCO0FBQ0EsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVE7QUFBQSxRQUNOLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUM7QUFBQSxNQUN0RztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQzFCQSxTQUFTLGFBQWE7QUFDdEIsT0FBT0UsV0FBVTs7O0FDRGpCLFNBQVMsU0FBQUMsY0FBYTtBQWN0QixTQUFTLGNBQWMsTUFBaUMsSUFBbUQ7QUFDekcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsUUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsU0FBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQy9DO0FBRUEsU0FBUyxlQUFlLEtBQWdCO0FBQ3RDLGFBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsVUFBTSxLQUFLLFFBQVEsZUFBZSxjQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsUUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxxQkFBb0IsSUFBSSxFQUFFO0FBQUEsRUFDMUY7QUFDQSxRQUFNLFFBQVEsY0FBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELE1BQUksVUFBVSxPQUFXLG9CQUFtQixJQUFJLEtBQUs7QUFDdkQ7QUFPTyxTQUFTLGdCQUNkLFFBQ0EsVUFDQSxlQUNBLFVBQ0EsVUFBdUMsTUFBTSxRQUMxQjtBQUNuQixRQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsTUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixxQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLFdBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO0FBQUEsRUFDNUM7QUFDQSxRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sV0FBVyxVQUFVLFdBQVc7QUFDdEMsTUFBSTtBQUNKLFNBQU8sS0FBSyxJQUFJLElBQUksVUFBVTtBQUM1QixJQUFBQyxPQUFNLGFBQWE7QUFDbkIsVUFBTSxTQUFTLFFBQVE7QUFDdkIsUUFBSSxDQUFDLE9BQVE7QUFDYixVQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFFBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsVUFBTSxPQUFPO0FBQ2IsUUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtBQUFBLEVBQzdEO0FBQ0EsUUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxtQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsTUFBSSxhQUFhLEtBQUs7QUFDcEIsK0JBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxtQkFBZSxHQUFHO0FBQUEsRUFDcEI7QUFDQSxTQUFPLEVBQUUsV0FBVyxJQUFJO0FBQzFCOzs7QUNsRUEsU0FBUyxTQUFBQyxjQUFhOzs7QUZxQnRCLFNBQVMsVUFBVSxLQUFjLE1BQW1DO0FBQ2xFLFNBQU8sV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDOUM7QUFHTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1DLE1BQUssR0FBRyxRQUFRLE1BQU1BLE1BQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFFQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBMkdwRSxJQUFNLGdCQUEwQixDQUFDLFFBQ3RDLE1BQU0sa0JBQWtCLE1BQU07QUFDNUIsUUFBTSxFQUFFLFFBQUFDLFFBQU8sSUFBSTtBQUNuQixRQUFNLE9BQU8sVUFBVSxLQUFLLE9BQU87QUFDbkMsUUFBTSxRQUFRLFVBQVUsS0FBSyxPQUFPO0FBQ3BDLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTyxRQUFPO0FBQzVCLE1BQUksS0FBSyxLQUFLLE9BQU8sRUFBRTtBQUN2QixPQUFLLEtBQUssWUFBWSxFQUFFLE9BQU8sRUFBRSxDQUFDLEVBQUUsTUFBTTtBQUMxQyxRQUFNLFVBQVUsS0FBSyxhQUFhO0FBQUEsSUFDaEMsT0FBTyxZQUFZLFNBQVMsR0FBRztBQUFBLElBQy9CLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQLGVBQWU7QUFBQSxFQUNqQixDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLGlCQUFlLElBQUksQ0FBQztBQUNwQixRQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLE9BQUssS0FBSyxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQzlCLE9BQUssS0FBSyxhQUFhLElBQUksRUFBRSxPQUFPLEdBQUcsUUFBUSxLQUFLLEtBQUssWUFBWSxDQUFDLEVBQUUsTUFBTTtBQUM5RSxRQUFNLGFBQWEsZ0JBQWdCLE1BQU0sSUFBSUEsUUFBTyxlQUFlQSxRQUFPLGtCQUFrQjtBQUM1RixPQUFLLFdBQVcsYUFBYTtBQUM3QixNQUFJLFdBQVcsV0FBVztBQUN4QixTQUFLLEtBQUssV0FBVyxJQUFJLFdBQVcsS0FBSyxTQUFTLENBQUMsR0FBRyxTQUFTLENBQUMsRUFBRSxNQUFNO0FBQ3hFLGVBQVcsVUFBVSxlQUFnQixNQUFLLEtBQUssYUFBYSxJQUFJLE1BQU0sRUFBRSxNQUFNO0FBQUEsRUFDaEY7QUFDQSxPQUFLLE1BQU0sV0FBVyxFQUFFLE1BQU07QUFDOUIsT0FBSyxNQUFNLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDL0IsT0FBSyxNQUFNLFdBQVcsRUFBRSxNQUFNO0FBQzlCLFNBQU8sS0FBSyxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3JDLENBQUM7OztBRy9KSCxJQUFNLE1BQU0sRUFBRSxPQUFPLFVBQVU7QUFFL0IsU0FBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLE1BQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxNQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxNQUFJLGFBQWEsUUFBUyxRQUFPLFFBQVE7QUFDekMsU0FBTyxRQUFRO0FBQ2pCO0FBUU8sU0FBUyxhQUFhLFNBQWtCLFdBQXdDO0FBQ3JGLFNBQU87QUFBQSxJQUNMO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsUUFDTCxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFNBQVM7QUFBQSxRQUNsRCxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFNBQVM7QUFBQSxNQUNwRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztBQUFBLE1BQzlCLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTO0FBQUEsTUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFrQixJQUFJLEtBQWMsT0FBTyxZQUFZLFVBQVUsT0FBTyxFQUFFLENBQUM7QUFBQSxJQUM3RixFQUFFO0FBQUEsRUFDSjtBQUNGO0FBR08sU0FBUyxXQUFXLFNBQWtCLFdBQXdDO0FBQ25GLFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSxtQkFBbUIsTUFBTSxLQUFLLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO0FBQUEsSUFDckcsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO0FBQUEsTUFDOUIsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQWlCLElBQUksS0FBYyxPQUFPLFFBQVEsVUFBVSxDQUFDO0FBQUEsSUFDL0UsRUFBRTtBQUFBLEVBQ0o7QUFDRjtBQUdPLFNBQVMsV0FBVyxpQkFBaUIsT0FBZTtBQUN6RCxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLEtBQUssYUFBYSxNQUFNLGVBQWUsQ0FBQztBQUFBLElBQ2xGO0FBQUEsRUFDRjtBQUNGO0FBR08sU0FBUyxhQUFhLFNBQTBCO0FBQ3JELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsSUFDcEYsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLEVBQ2hHO0FBQ0Y7QUFHTyxTQUFTLGdCQUFnQixTQUEwQjtBQUN4RCxTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEseUJBQXlCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLGFBQWEsQ0FBQyxFQUFFO0FBQUEsSUFDcEcsRUFBRSxRQUFRLHFCQUFxQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtBQUFBLEVBQzlGO0FBQ0Y7QUF5RU8sU0FBUyxjQUFjLFNBQWtCLFdBQWdDLGdCQUFpQztBQUMvRyxTQUFPO0FBQUEsSUFDTCxHQUFHLGFBQWEsU0FBUyxTQUFTO0FBQUEsSUFDbEMsR0FBRyxXQUFXLFNBQVMsU0FBUztBQUFBLElBQ2hDLEdBQUcsV0FBVyxjQUFjO0FBQUEsSUFDNUIsR0FBRyxhQUFhLE9BQU87QUFBQSxJQUN2QixHQUFHLGdCQUFnQixPQUFPO0FBQUEsRUFDNUI7QUFDRjs7O0FDakpBLElBQU0sRUFBRSxTQUFTQyxlQUFjLElBQUksV0FBVyxTQUFTO0FBRWhELElBQU0sVUFBVSxhQUFhLFFBQVEsT0FBTztBQUFBLEVBQ2pELE9BQU8sQ0FBQyxTQUFTLE9BQU87QUFBQTtBQUFBLEVBQ3hCLFdBQVdBO0FBQUEsRUFDWCxXQUFXO0FBQUEsSUFDVCxPQUFPLEVBQUUsVUFBVSxnQkFBZ0IsTUFBTSxTQUFTLEtBQUssR0FBRyxVQUFVLEdBQUdBLGNBQWEsS0FBSyxjQUFjLE1BQU07QUFBQSxFQUMvRztBQUFBLEVBQ0EsT0FBTyxjQUFjLE9BQU8sU0FBUyxXQUFXLElBQUk7QUFDdEQsRUFBRTtBQUdLLElBQU0sZ0JBQWdCLGtCQUFrQixFQUFFLFVBQVUsUUFBUSxDQUFDO0FBRTdELFNBQVMsUUFBMEI7QUFDeEMsU0FBTyxXQUFXLE1BQU07QUFDMUI7QUFFTyxJQUFNLFFBQVEsWUFBWSxDQUFDLFNBQXdCO0FBQ3hELGNBQVksU0FBUyxlQUFlLEVBQUUsUUFBUSxLQUFLLENBQUM7QUFDdEQsQ0FBQzsiLAogICJuYW1lcyI6IFsidGV4dCIsICJmYWlsIiwgInRleHQiLCAiZXhlYyIsICJjb25maWciLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImV4ZWMiLCAic2xlZXAiLCAiZXhlYyIsICJodHRwIiwgImh0dHAiLCAiaHR0cCIsICJwYXJhbXMiLCAic2hhcGUiLCAiaHR0cCIsICJzbGVlcCIsICJodHRwIiwgImNvdW50IiwgImh0dHAiLCAic2xlZXAiLCAiY29uZmlnIiwgIm9wZW4iLCAiZXhlYyIsICJ1cmwiLCAiaHR0cCIsICJjb25maWciLCAic2VjcmV0IiwgInNsZWVwIiwgIm9wdGlvbnMiLCAiYW5vbnltb3VzIiwgImNvbmZpZyIsICJwb2xsUmVzb3VyY2VzIiwgInRleHQiLCAib3B0aW9ucyIsICJleHByZXNzaW9uIiwgIml0ZXJhdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ1bml0T2YiLCAidW5pdE9mIiwgIm9wZW4iLCAic2Vjb25kcyIsICJ1bml0T2YiLCAidGV4dCIsICJvcHRpb25zIiwgInNlY29uZHMiLCAiaGFuZGxlU3VtbWFyeSIsICJDb3VudGVyIiwgIkNvdW50ZXIiLCAiY2xhc3NQYXNzd29yZCIsICJjb25maWciLCAibG9naW4iLCAiQ291bnRlciIsICJUcmVuZCIsICJleGVjIiwgInNsZWVwIiwgInNsZWVwIiwgInNsZWVwIiwgImV4ZWMiLCAiY29uZmlnIiwgIlNNT0tFX1NFQ09ORFMiXQp9Cg==
