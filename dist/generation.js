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
  const rampUpS = seconds(0, 24 * 3600)(
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
function iterationsPerUser(exec5, vus, iterations, maxDurationS) {
  return { executor: "per-vu-iterations", exec: exec5, vus, iterations, maxDuration: `${maxDurationS}s` };
}

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
function guardedConfig(entry) {
  assertTargetAllowed(config, entry);
  return config;
}

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
function makePool(config3) {
  if (config3.usersFile) return filePool(config3.usersFile);
  const users = config3.users;
  if (config3.demoUsers) {
    return {
      source: "DEMO_USERS",
      sizes: config3.demoUsers,
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
  return statusCallbacks[status] ??= http2.expectedStatuses(status);
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
      http3.batch(again.map((k) => chunk[k])).forEach((res, j) => got[again[j]] = res);
    }
    got.forEach((res, k) => onAnswer(res, first + k));
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
function quietLogin(config3, email, password) {
  const result = { token: void 0, status: 0 };
  batched(
    1,
    () => ({
      method: "POST",
      url: `${config3.baseUrl}${paths.login()}`,
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
function ensureDataset(config3, owners) {
  const { courses: wanted, generated: generatedPerUser, reseed } = config3.dataset;
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
  const base = config3.baseUrl;
  const tokens = [];
  const logIn = (which) => batched(
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
  logIn(owners.map((_, i) => i));
  const listUrl = `${base}${paths.courses()}?q=${encodeURIComponent(DATASET_TITLE)}&limit=${LIST_LIMIT}`;
  const list = () => {
    const listed2 = [];
    batched(
      owners.length,
      (i) => ({ method: "GET", url: listUrl, params: params("list dataset", tokens[i]) }),
      (res, i) => {
        const body = res.status === 200 ? json(res) : void 0;
        if (!body)
          throw new Error(`dataset: listing the courses of ${owners[i].email} failed with status ${res.status}`);
        listed2[i] = { total: body.total, ids: body.items.map((c) => c.id) };
      }
    );
    return listed2;
  };
  let listed = list();
  if (reseed) {
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
      listed = list();
    }
  }
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
  let jobs = [];
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
  const deadline = Date.now() + config3.generationTimeoutS * 1e3;
  while (jobs.length > 0) {
    if (Date.now() > deadline)
      throw new Error(
        `dataset: ${jobs.length} generation job(s) did not finish within GENERATION_TIMEOUT=${config3.generationTimeoutS}s`
      );
    sleep2(1);
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
    if (expired.size > 0) logIn([...expired]);
    jobs = open2;
  }
  report.retried = retried - retriedBefore;
  return report;
}
function removeCourses(config3, adminToken, filter, remove) {
  const base = config3.baseUrl;
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
function classPassword(config3, secret2, role) {
  return secret2[role] ?? config3.users[role].password;
}
function login(config3, secret2, role) {
  if (pool.sizes[role] === 0) abort(`${pool.source} has no ${role} account, and this entry needs one.`);
  const { email, password } = pool.account(role, 0, classPassword(config3, secret2, role));
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
  const deadline = Date.now() + config3.generationTimeoutS * 1e3;
  for (const jobId of jobs) {
    for (; ; ) {
      const job = client.getJob(jobId).body;
      if (job?.status === "completed") break;
      if (job?.status === "failed") abort(`a seed course's generation failed: ${job.error ?? "no reason given"}.`);
      if (Date.now() > deadline)
        abort(`seed courses were not generated within GENERATION_TIMEOUT=${config3.generationTimeoutS}s.`);
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
function datasetOwners(config3, secret2) {
  const vuIds = vuIdBound(exec3.test.options.scenarios ?? {});
  const owners = [];
  for (const role of ["regular", "power"]) {
    for (let i = 0; i < Math.min(pool.sizes[role], vuIds); i++)
      owners.push({ role, ...pool.account(role, i, classPassword(config3, secret2, role)) });
  }
  return owners;
}
async function prepareRun(config3, options2 = {}) {
  probe(config3.baseUrl);
  const secret2 = await secretPasswords();
  const anonymous2 = new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const tokens = {};
  for (const role of ROLES) tokens[role] = login(config3, secret2, role);
  const runId = newRunId();
  const swept = removeCourses(config3, tokens.admin, RUN_TITLE_FILTER, (title) => isLeftover(title, runId, false));
  if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
  if (options2.dataset) {
    const started = Date.now();
    try {
      const r = ensureDataset(config3, datasetOwners(config3, secret2));
      console.log(
        `setup: dataset of ${config3.dataset.courses} course(s) per account for ${r.accounts} account(s): ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed${r.retried > 0 ? `, ${r.retried} request(s) sent again after no answer or a 5xx` : ""}, in ${((Date.now() - started) / 1e3).toFixed(1)} s`
      );
    } catch (error) {
      abort(error instanceof Error ? error.message : String(error));
    }
  }
  const seededCourseIds = options2.seed ? seedCourses(anonymous2.as(tokens.regular), runId, config3) : [];
  return { runId, tokens, seededCourseIds };
}
async function cleanUpRun(config3, data) {
  if (!data?.runId || pool.sizes.admin === 0) return;
  const secret2 = await secretPasswords();
  const { email, password } = pool.account("admin", 0, secret2.admin ?? config3.users.admin.password);
  const { token } = quietLogin(config3, email, password);
  if (!token) {
    console.error(
      `teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`
    );
    return;
  }
  const removed = removeCourses(config3, token, data.runId, (title) => isLeftover(title, data.runId, true));
  if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
}

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
  if (config3.usersDistinct) assertDistinct(pool, parts.roles ?? ROLES, vuIdBound(scenarios));
  return {
    scenarios,
    thresholds: withDroppedIterations(toK6Thresholds(gates), scenarios),
    // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
    setupTimeout: `${Math.max(60, config3.generationTimeoutS + 30) + (config3.dataset.courses > 0 ? 600 : 0)}s`,
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
function classPassword2(config3, role) {
  return secret?.[role] ?? config3.users[role].password;
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
function login2(config3, data, role) {
  const account = accountOfVu(pool, role, classPassword2(config3, role));
  if (!account) return void 0;
  anonymous ??= new ApiClient(config3.baseUrl, config3.apiTimeoutS);
  const answer = anonymous.login(account.email, account.password).body;
  if (!answer) return void 0;
  const ttlS = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 3600;
  return {
    client: new ApiClient(config3.baseUrl, config3.apiTimeoutS, answer.access_token),
    renewAt: Date.now() + (ttlS - renewMarginS(ttlS)) * 1e3,
    courses: void 0
  };
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

// lib/metrics/metrics.ts
import { Counter as Counter3, Rate, Trend as Trend2 } from "k6/metrics";
var chapterGenerationMs = new Trend2("chapter_generation_ms", true);
var courseGenerationMs = new Trend2("course_generation_ms", true);
var courseGenerationObservedMs = new Trend2("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter3("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter3("workflow_errors");

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

// lib/workflows/workflows.ts
import { group } from "k6";
import exec4 from "k6/execution";

// lib/workflows/pacing.ts
import { sleep as sleep5 } from "k6";

// lib/workflows/workflows.ts
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${exec4.vu.idInTest} it${exec4.vu.iterationInScenario}`;
}

// lib/workflows/generate-course.ts
var generateCourse = (ctx) => {
  const { config: config3, data } = ctx;
  const client = userClient(config3, data, "power");
  if (!client) return false;
  const created = client.createCourse({
    title: uniqueTitle("generation", ctx),
    topic: "machine learning",
    level: "intermediate",
    chapter_count: config3.chaptersPerCourse
  });
  if (!created.body) return false;
  coursesCreated.add(1);
  const outcome2 = generateAndWait(
    client,
    created.body.id,
    config3.pollIntervalS,
    config3.generationTimeoutS,
    () => userClient(config3, data, "power")
  );
  const deleted = (userClient(config3, data, "power") ?? client).deleteCourse(created.body.id).ok;
  return outcome2.completed && deleted;
};

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
      console.error(
        `workflow "${name}" threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
      );
    }
  }
}

// thresholds/gates.ts
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

// scenarios/generation.ts
var config2 = guardedConfig("generation");
var usersN = envNumber(__ENV, "GENERATION_USERS", 10, { min: 1, max: 1e4, integer: true });
var perUser = envNumber(__ENV, "GENERATION_COURSES_PER_USER", 1, { min: 1, max: 1e3, integer: true });
var maxS = config2.generationTimeoutS * perUser + 60;
var watchS = Math.min(maxS, 20 + 10 * perUser * config2.chaptersPerCourse);
var options = entryOptions(config2, () => ({
  roles: ["power"],
  // classes whose VUs log in as their own pool account
  wallTimeS: watchS,
  scenarios: { generators: iterationsPerUser("generators", usersN, perUser, maxS) },
  gates: [
    ...generationGates(config2.targets),
    { metric: "course_generation_ms", rules: [{ stat: "p(95)", op: "<", value: config2.generationTimeoutS * 1e3 }] },
    ...successGates(config2.targets)
  ]
}));
var handleSummary = makeHandleSummary({ scenario: "generation" });
function setup() {
  return prepareRun(config2);
}
var generators = withSecrets((data) => {
  runWorkflow("generation", generateCourse, { config: config2, data });
});
export {
  generators,
  handleSummary,
  options,
  pollResources2 as pollResources,
  setup,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsICIuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCAiLi4vbGliL2NvbmZpZy9lbnYudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCAiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCAiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3RleHQudHMiLCAiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsICIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsICIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvZ2VuZXJhdGlvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRlLWNvdXJzZS50cyIsICIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgIi4uL3NjZW5hcmlvcy9nZW5lcmF0aW9uLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGxhdGZvcm0ncyBwZXJmb3JtYW5jZSB0YXJnZXRzIGFzIGRhdGEuIERlZmF1bHRzIGFyZSB0aGUgc2VlZCBzdWl0ZSdzOyBldmVyeSBvbmUgY2FuIGJlXG4vLyBvdmVycmlkZGVuIGZyb20gdGhlIGVudmlyb25tZW50IChzZWUgbGliL2NvbmZpZy9jb25maWcudHMpLlxuZXhwb3J0IGludGVyZmFjZSBUYXJnZXRzIHtcbiAgLyoqIEFQSSBsYXRlbmN5LCBhbGwgZW5kcG9pbnRzIHRvZ2V0aGVyIGFuZCBlYWNoIG9uIGl0cyBvd24gKG1zKS4gKi9cbiAgYXBpUDk1TXM6IG51bWJlcjtcbiAgYXBpUDk5TXM6IG51bWJlcjtcbiAgLyoqIEdFVCAvaGVhbHRoIG11c3Qgc3RheSBmYXN0IHVuZGVyIGxvYWQgKG1zKS4gKi9cbiAgaGVhbHRoUDk1TXM6IG51bWJlcjtcbiAgLyoqIEV4cG9ydCBidWlsZHMgYSB3aG9sZSBkb2N1bWVudCwgc28gaXQgZ2V0cyBhIG1vcmUgbGVuaWVudCBidWRnZXQgKG1zKS4gKi9cbiAgZXhwb3J0UDk1TXM6IG51bWJlcjtcbiAgLyoqXG4gICAqIExvZ2luIGNoZWNrcyBhIHBhc3N3b3JkIGhhc2ggKHNjcnlwdCwgYmNyeXB0KSwgd2hpY2ggY29zdHMgdGVucyBvZiBtcyBvZiBDUFUgYnkgZGVzaWduLCBhbmQgZXZlcnlcbiAgICogVlUgbG9ncyBpbiBhcyBpdCBhcnJpdmVzOiBhIGJ1ZGdldCBvZiBpdHMgb3duLCBzbyBhIGxvZ2luIHN0b3JtIGlzIGdhdGVkIHdpdGhvdXQgaGlkaW5nIEFQSSBsYXRlbmN5IChtcykuXG4gICAqL1xuICBsb2dpblA5NU1zOiBudW1iZXI7XG4gIC8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24sIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzIChtcykuICovXG4gIGNoYXB0ZXJQOTVNczogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgY2hlY2tzIGFuZCB3b3JrZmxvd3MgdGhhdCBtdXN0IHN1Y2NlZWQgKDAtMSkuICovXG4gIHN1Y2Nlc3NSYXRlOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBBUEkgcmVxdWVzdHMgdGhhdCBtYXkgZmFpbCwgb3ZlcmFsbCBhbmQgcGVyIGVuZHBvaW50ICgwLTEpLiAqL1xuICBlcnJvclJhdGU6IG51bWJlcjtcbiAgLyoqXG4gICAqIFNoYXJlIG9mIGFuIG9wZW4tbW9kZWwgc2NlbmFyaW8ncyBzY2hlZHVsZWQgaXRlcmF0aW9ucyBrNiBtYXkgZHJvcCBmb3Igd2FudCBvZiBhIGZyZWUgVlUgKDAtMSk6XG4gICAqIHJlcXVlc3RzIG5vdCBzZW50IG9uIHRpbWUsIHdob3NlIGxhdGVuY3kgbm8gcGVyY2VudGlsZSBob2xkcy5cbiAgICovXG4gIGRyb3BwZWRTaGFyZTogbnVtYmVyO1xuICAvKiogU2VydmVyIHJlc291cmNlcywgZ2F0ZWQgb25seSB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZC4gKi9cbiAgbWVtb3J5TWI6IG51bWJlcjtcbiAgY3B1UGVyY2VudDogbnVtYmVyO1xuICAvKiogTWVtb3J5IGdyb3d0aCBhZnRlciB3YXJtLXVwIHRoYXQgYSBzb2FrIG1heSBzaG93LCBNQiBwZXIgbWludXRlLiAqL1xuICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVyO1xufVxuXG5leHBvcnQgY29uc3QgREVGQVVMVF9UQVJHRVRTOiBSZWFkb25seTxUYXJnZXRzPiA9IE9iamVjdC5mcmVlemUoe1xuICBhcGlQOTVNczogMjAwLFxuICBhcGlQOTlNczogNTAwLFxuICBoZWFsdGhQOTVNczogNTAsXG4gIGV4cG9ydFA5NU1zOiAxMDAwLFxuICBsb2dpblA5NU1zOiAxMDAwLFxuICBjaGFwdGVyUDk1TXM6IDEyMF8wMDAsXG4gIHN1Y2Nlc3NSYXRlOiAwLjk1LFxuICBlcnJvclJhdGU6IDAuMDUsXG4gIGRyb3BwZWRTaGFyZTogMC4wMSxcbiAgbWVtb3J5TWI6IDEwMjQsXG4gIGNwdVBlcmNlbnQ6IDgwLFxuICBtZW1vcnlHcm93dGhNYlBlck1pbjogMTAsXG59KTtcbiIsICIvLyBUaGUgdXNlciBwb29sJ3MgdHdvIHNvdXJjZXMsIGFzIHB1cmUgZnVuY3Rpb25zIChubyBrNiBpbXBvcnRzKSBzbyB0aGUgZGVtbyBwbGF0Zm9ybSwgdGhlIHJ1bm5lclxuLy8gYW5kIHRoZSB1bml0IHRlc3RzIHNoYXJlIHRoZW0gd2l0aCB0aGUgazYgc2lkZTpcbi8vIC0gUEVSRk9STUFOQ0VfVVNFUlNfRklMRSwgYSBDU1YgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChvbmUgYWNjb3VudCBwZXIgbGluZSk7XG4vLyAtIGEgZGVtbyBwb29sIHNwZWMgYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAoREVNT19VU0VSUyksIHdob3NlIGFjY291bnRzIGFyZSBuYW1lZFxuLy8gICBgcmVndWxhci0wMDAxQGV4YW1wbGUuY29tYCAuLi4gYW5kIHNoYXJlIG9uZSBwYXNzd29yZCBwZXIgcm9sZS5cbi8vIEEgQ1NWIHBhcnNlciBvZiBvdXIgb3duIGJlY2F1c2UgdGhlIGZpbGUgbXVzdCBiZSBjaGVja2VkIGxpbmUgYnkgbGluZSB3aXRoIHRoZSBsaW5lIG5hbWVkIGluXG4vLyB0aGUgbWVzc2FnZSwgYW5kIGl0IHJ1bnMgb25jZSBwZXIgdGVzdCAoaW5zaWRlIGEgU2hhcmVkQXJyYXkgY2FsbGJhY2spOyBrNidzIGV4cGVyaW1lbnRhbCBjc3Zcbi8vIG1vZHVsZSByZXR1cm5zIGJhcmUgcmVjb3JkcyB3aXRob3V0IGxpbmUgbnVtYmVycyBhbmQgbmVlZHMgdG9wLWxldmVsIGF3YWl0IGluIGV2ZXJ5IFZVLlxuZXhwb3J0IHR5cGUgUm9sZSA9ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nO1xuZXhwb3J0IGNvbnN0IFJPTEVTOiByZWFkb25seSBSb2xlW10gPSBbJ3JlZ3VsYXInLCAncG93ZXInLCAnYWRtaW4nXTtcblxuZXhwb3J0IGludGVyZmFjZSBBY2NvdW50IHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgQWNjb3VudHMgPSBSZWNvcmQ8Um9sZSwgQWNjb3VudFtdPjtcbmV4cG9ydCB0eXBlIFBvb2xTaXplcyA9IFJlY29yZDxSb2xlLCBudW1iZXI+O1xuXG5leHBvcnQgY2xhc3MgVXNlcnNGaWxlRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnVXNlcnNGaWxlRXJyb3InO1xufVxuXG4vKipcbiAqIFJlYWRzIGEgdXNlcnMgQ1NWOiBoZWFkZXIgYGVtYWlsLHBhc3N3b3JkLHJvbGVgIChhbnkgY29sdW1uIG9yZGVyLCBjYXNlLWluc2Vuc2l0aXZlKSwgUkZDIDQxODBcbiAqIHF1b3RpbmcgKFwiYSxiXCIgYW5kIFwiXCIgaW5zaWRlIHF1b3RlcyksIGJsYW5rIGxpbmVzIHNraXBwZWQuIEV2ZXJ5IHByb2JsZW0gbmFtZXMgdGhlIGZpbGUgYW5kIGxpbmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVVzZXJzQ3N2KHRleHQ6IHN0cmluZywgZmlsZTogc3RyaW5nKTogQWNjb3VudHMge1xuICBjb25zdCBhY2NvdW50czogQWNjb3VudHMgPSB7IHJlZ3VsYXI6IFtdLCBwb3dlcjogW10sIGFkbWluOiBbXSB9O1xuICBjb25zdCBmYWlsID0gKGxpbmU6IG51bWJlciwgcHJvYmxlbTogc3RyaW5nKTogbmV2ZXIgPT4ge1xuICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgUEVSRk9STUFOQ0VfVVNFUlNfRklMRSAke2ZpbGV9LCBsaW5lICR7bGluZX06ICR7cHJvYmxlbX1gKTtcbiAgfTtcbiAgbGV0IGNvbHVtbnM6IFJlY29yZDwnZW1haWwnIHwgJ3Bhc3N3b3JkJyB8ICdyb2xlJywgbnVtYmVyPiB8IHVuZGVmaW5lZDtcbiAgbGV0IHdpZHRoID0gMDtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBib2R5ID0gdGV4dC5jaGFyQ29kZUF0KDApID09PSAweGZlZmYgPyB0ZXh0LnNsaWNlKDEpIDogdGV4dDsgLy8gYSBCT00gZnJvbSBzcHJlYWRzaGVldCBleHBvcnRzXG4gIGNvbnN0IGxpbmVzID0gYm9keS5zcGxpdCgvXFxyP1xcbi8pO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IGxpbmVzLmxlbmd0aDsgbisrKSB7XG4gICAgY29uc3QgbGluZSA9IGxpbmVzW25dITtcbiAgICBpZiAobGluZS50cmltKCkgPT09ICcnKSBjb250aW51ZTtcbiAgICAvLyBGaWVsZHMgb2Ygb25lIGxpbmU6IHF1b3RlZCBmaWVsZHMgbWF5IGhvbGQgY29tbWFzIGFuZCBkb3VibGVkIHF1b3RlcyAobm90IGxpbmUgYnJlYWtzKS5cbiAgICBjb25zdCBmaWVsZHM6IHN0cmluZ1tdID0gW107XG4gICAgbGV0IGZpZWxkID0gJyc7XG4gICAgbGV0IHF1b3RlZCA9IGZhbHNlO1xuICAgIGxldCB3YXNRdW90ZWQgPSBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmUubGVuZ3RoOyBpKyspIHtcbiAgICAgIGNvbnN0IGMgPSBsaW5lW2ldO1xuICAgICAgaWYgKHF1b3RlZCkge1xuICAgICAgICBpZiAoYyA9PT0gJ1wiJyAmJiBsaW5lW2kgKyAxXSA9PT0gJ1wiJykgKGZpZWxkICs9ICdcIicpLCBpKys7XG4gICAgICAgIGVsc2UgaWYgKGMgPT09ICdcIicpIHF1b3RlZCA9IGZhbHNlO1xuICAgICAgICBlbHNlIGZpZWxkICs9IGM7XG4gICAgICB9IGVsc2UgaWYgKGMgPT09ICcsJykge1xuICAgICAgICBmaWVsZHMucHVzaCh3YXNRdW90ZWQgPyBmaWVsZCA6IGZpZWxkLnRyaW0oKSk7XG4gICAgICAgIGZpZWxkID0gJyc7XG4gICAgICAgIHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnXCInICYmIGZpZWxkLnRyaW0oKSA9PT0gJycpIHtcbiAgICAgICAgcXVvdGVkID0gd2FzUXVvdGVkID0gdHJ1ZTtcbiAgICAgICAgZmllbGQgPSAnJztcbiAgICAgIH0gZWxzZSBmaWVsZCArPSBjO1xuICAgIH1cbiAgICBpZiAocXVvdGVkKSBmYWlsKG4gKyAxLCAnYSBxdW90ZWQgZmllbGQgaXMgbm90IGNsb3NlZCcpO1xuICAgIGZpZWxkcy5wdXNoKHdhc1F1b3RlZCA/IGZpZWxkIDogZmllbGQudHJpbSgpKTtcbiAgICBpZiAoIWNvbHVtbnMpIHtcbiAgICAgIGNvbnN0IG5hbWVzID0gZmllbGRzLm1hcCgoZikgPT4gZi50b0xvd2VyQ2FzZSgpKTtcbiAgICAgIGNvbnN0IGF0ID0gKG5hbWU6IHN0cmluZykgPT4gbmFtZXMuaW5kZXhPZihuYW1lKTtcbiAgICAgIGlmIChhdCgnZW1haWwnKSA8IDAgfHwgYXQoJ3Bhc3N3b3JkJykgPCAwIHx8IGF0KCdyb2xlJykgPCAwKSB7XG4gICAgICAgIGZhaWwobiArIDEsIGB0aGUgZmlyc3QgbGluZSBtdXN0IGJlIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSAoZ290ICR7SlNPTi5zdHJpbmdpZnkobGluZS5zbGljZSgwLCA4MCkpfSlgKTtcbiAgICAgIH1cbiAgICAgIGNvbHVtbnMgPSB7IGVtYWlsOiBhdCgnZW1haWwnKSwgcGFzc3dvcmQ6IGF0KCdwYXNzd29yZCcpLCByb2xlOiBhdCgncm9sZScpIH07XG4gICAgICB3aWR0aCA9IGZpZWxkcy5sZW5ndGg7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGZpZWxkcy5sZW5ndGggIT09IHdpZHRoKSBmYWlsKG4gKyAxLCBgZXhwZWN0ZWQgJHt3aWR0aH0gZmllbGRzIGxpa2UgdGhlIGhlYWRlciwgZ290ICR7ZmllbGRzLmxlbmd0aH1gKTtcbiAgICBjb25zdCBlbWFpbCA9IGZpZWxkc1tjb2x1bW5zLmVtYWlsXSA/PyAnJztcbiAgICBjb25zdCBwYXNzd29yZCA9IGZpZWxkc1tjb2x1bW5zLnBhc3N3b3JkXSA/PyAnJztcbiAgICBjb25zdCByb2xlID0gKGZpZWxkc1tjb2x1bW5zLnJvbGVdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xuICAgIGlmIChlbWFpbCA9PT0gJycpIGZhaWwobiArIDEsICdlbXB0eSBlbWFpbCcpO1xuICAgIGlmIChwYXNzd29yZCA9PT0gJycpIGZhaWwobiArIDEsIGBlbXB0eSBwYXNzd29yZCBmb3IgJHtlbWFpbH1gKTtcbiAgICBpZiAoIShST0xFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXMocm9sZSkpXG4gICAgICBmYWlsKG4gKyAxLCBgdW5rbm93biByb2xlICR7SlNPTi5zdHJpbmdpZnkocm9sZSl9IGZvciAke2VtYWlsfSAodXNlIHJlZ3VsYXIsIHBvd2VyIG9yIGFkbWluKWApO1xuICAgIGlmIChzZWVuLmhhcyhlbWFpbC50b0xvd2VyQ2FzZSgpKSkgZmFpbChuICsgMSwgYCR7ZW1haWx9IGlzIGxpc3RlZCB0d2ljZWApO1xuICAgIHNlZW4uYWRkKGVtYWlsLnRvTG93ZXJDYXNlKCkpO1xuICAgIGFjY291bnRzW3JvbGUgYXMgUm9sZV0ucHVzaCh7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuICBpZiAoIWNvbHVtbnMpIGZhaWwoMSwgJ3RoZSBmaWxlIGlzIGVtcHR5OiBpdCBuZWVkcyB0aGUgaGVhZGVyIGVtYWlsLHBhc3N3b3JkLHJvbGUgYW5kIG9uZSBsaW5lIHBlciBhY2NvdW50Jyk7XG4gIHJldHVybiBhY2NvdW50cztcbn1cblxuLyoqIGByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMGAgLT4gc2l6ZXM7IGEgcm9sZSBsZWZ0IG91dCBoYXMgbm9uZS4gVGhyb3dzIG5hbWluZyBgbmFtZWAgb24gYW55dGhpbmcgZWxzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVBvb2xTcGVjKHNwZWM6IHN0cmluZywgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHtcbiAgY29uc3Qgc2l6ZXM6IFBvb2xTaXplcyA9IHsgcmVndWxhcjogMCwgcG93ZXI6IDAsIGFkbWluOiAwIH07XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3JvbGU6Y291bnQgcGFpcnMgc3VjaCBhcyByZWd1bGFyOjIwMCxwb3dlcjo1MCxhZG1pbjoxMCc7XG4gIGZvciAoY29uc3QgcGFydCBvZiBzcGVjXG4gICAgLnNwbGl0KCcsJylcbiAgICAubWFwKChwKSA9PiBwLnRyaW0oKSlcbiAgICAuZmlsdGVyKChwKSA9PiBwICE9PSAnJykpIHtcbiAgICBjb25zdCBtYXRjaCA9IC9eKHJlZ3VsYXJ8cG93ZXJ8YWRtaW4pOihcXGR7MSw2fSkkLy5leGVjKHBhcnQpO1xuICAgIGlmICghbWF0Y2gpXG4gICAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHNwZWMpfTogXCIke3BhcnR9XCIgaXMgbm90IG9uZSBvZiAke2V4cGVjdGVkfWApO1xuICAgIHNpemVzW21hdGNoWzFdIGFzIFJvbGVdID0gTnVtYmVyKG1hdGNoWzJdKTtcbiAgfVxuICBpZiAoc2l6ZXMucmVndWxhciArIHNpemVzLnBvd2VyICsgc2l6ZXMuYWRtaW4gPT09IDApXG4gICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeShzcGVjKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG4gIHJldHVybiBzaXplcztcbn1cblxuLyoqIFRoZSBlbWFpbCBvZiB0aGUgbi10aCAoZnJvbSAxKSBkZW1vIHBvb2wgYWNjb3VudCBvZiBhIHJvbGU6IHJlZ3VsYXItMDAwMUBleGFtcGxlLmNvbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb29sRW1haWwocm9sZTogUm9sZSwgbjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3JvbGV9LSR7U3RyaW5nKG4pLnBhZFN0YXJ0KDQsICcwJyl9QGV4YW1wbGUuY29tYDtcbn1cblxuLyoqIFdoeSBhIHBvb2wgaXMgdG9vIHNtYWxsIGZvciBkaXN0aW5jdCBhY2NvdW50cywgb3IgdW5kZWZpbmVkIHdoZW4gZXZlcnkgVlUgY2FuIGhhdmUgaXRzIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b29TbWFsbEZvckRpc3RpbmN0KHNpemVzOiBQb29sU2l6ZXMsIG5lZWRlZDogUG9vbFNpemVzLCBzb3VyY2U6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGZvciAoY29uc3Qgcm9sZSBvZiBST0xFUykge1xuICAgIGlmIChuZWVkZWRbcm9sZV0gPiAwICYmIHNpemVzW3JvbGVdIDwgbmVlZGVkW3JvbGVdKSB7XG4gICAgICByZXR1cm4gKFxuICAgICAgICBgJHtzb3VyY2V9IGhhcyAke3NpemVzW3JvbGVdfSAke3JvbGV9IGFjY291bnQocyksIGJ1dCBQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlIG5lZWRzICR7bmVlZGVkW3JvbGVdfTogYCArXG4gICAgICAgIGBvbmUgcGVyIFZVIGlkIHRoaXMgZW50cnkgY2FuIHN0YXJ0IChrNiBudW1iZXJzIFZVcyBhY3Jvc3MgYWxsIGNsYXNzZXMsIGFuZCBWVSBuIHVzZXMgdGhlIGNsYXNzJ3MgYWNjb3VudCBuIG1vZCBzaXplKWBcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogVGhlIGhpZ2hlc3QgVlUgaWQgazYgY2FuIGhhbmQgb3V0IGZvciB0aGVzZSBzY2VuYXJpb3MgKHRoZSBzdW0gb2YgZWFjaCBzY2VuYXJpbydzIFZVcywgYW4gdXBwZXJcbiAqIGJvdW5kIG9mIGs2J3MgbWF4VlVzKTogVlUgaWRzIGFyZSBudW1iZXJlZCBhY3Jvc3MgYWxsIHNjZW5hcmlvcywgc28gYSBjbGFzcydzIGFjY291bnRzIGFyZVxuICogaW5kZXhlZCBieSBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZ1SWRCb3VuZChzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik6IG51bWJlciB7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGZvciAoY29uc3QgcyBvZiBPYmplY3QudmFsdWVzKHNjZW5hcmlvcykpIHtcbiAgICBjb25zdCBzdGFnZXMgPSAocy5zdGFnZXMgYXMgeyB0YXJnZXQ6IG51bWJlciB9W10gfCB1bmRlZmluZWQpID8/IFtdO1xuICAgIGNvbnN0IG1vc3QgPSBNYXRoLm1heChOdW1iZXIocy5zdGFydFZVcyA/PyAwKSwgLi4uc3RhZ2VzLm1hcCgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCkpO1xuICAgIGlmIChzLmV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSB0b3RhbCArPSBtb3N0O1xuICAgIGVsc2UgaWYgKHR5cGVvZiBzLm1heFZVcyA9PT0gJ251bWJlcicpIHRvdGFsICs9IHMubWF4VlVzO1xuICAgIGVsc2UgaWYgKHR5cGVvZiBzLnByZUFsbG9jYXRlZFZVcyA9PT0gJ251bWJlcicpIHRvdGFsICs9IHMucHJlQWxsb2NhdGVkVlVzO1xuICAgIGVsc2UgdG90YWwgKz0gTnVtYmVyKHMudnVzID8/IDEpO1xuICB9XG4gIHJldHVybiB0b3RhbDtcbn1cbiIsICIvLyBSdW4gY29uZmlndXJhdGlvbiBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIHVwIGZyb250LiBQdXJlIChubyBrNiBpbXBvcnRzKSBzbyB0aGVcbi8vIHBhcnNpbmcgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2NvbmZpZy9lbnYudHMgYXBwbGllcyBpdCB0byBrNidzIF9fRU5WIGF0IGluaXQsIHdoZXJlIGEgdGhyb3dcbi8vIHN0b3BzIHRoZSBydW4gYmVmb3JlIGFueSByZXF1ZXN0IGlzIHNlbnQuXG5pbXBvcnQgeyBERUZBVUxUX1RBUkdFVFMsIHR5cGUgVGFyZ2V0cyB9IGZyb20gJy4uLy4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyc7XG5pbXBvcnQgeyB0eXBlIFBvb2xTaXplcywgcGFyc2VQb29sU3BlYywgVXNlcnNGaWxlRXJyb3IgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuXG5leHBvcnQgdHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWRlbnRpYWxzIHtcbiAgZW1haWw6IHN0cmluZztcbiAgcGFzc3dvcmQ6IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb25maWcge1xuICBiYXNlVXJsOiBzdHJpbmc7XG4gIHVzZXJzOiB7IHJlZ3VsYXI6IENyZWRlbnRpYWxzOyBwb3dlcjogQ3JlZGVudGlhbHM7IGFkbWluOiBDcmVkZW50aWFscyB9O1xuICAvKiogSG9sZCB0aW1lIG9mIHRoZSBtYWluIGxvYWQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04pLiAqL1xuICBkdXJhdGlvblM6IG51bWJlcjtcbiAgLyoqIFBlYWsgbnVtYmVyIG9mIHZpcnR1YWwgdXNlcnMgKFBFUkZPUk1BTkNFX0NPTkNVUlJFTlRfVVNFUlMpLiAqL1xuICBjb25jdXJyZW50VXNlcnM6IG51bWJlcjtcbiAgLyoqIFBlci1yZXF1ZXN0IHRpbWVvdXQsIHNlY29uZHMgKFBFUkZPUk1BTkNFX0FQSV9USU1FT1VUKS4gKi9cbiAgYXBpVGltZW91dFM6IG51bWJlcjtcbiAgLyoqIFJhbXAtdXAgYW5kIHJhbXAtZG93biB0aW1lLCBzZWNvbmRzLiAqL1xuICByYW1wVXBTOiBudW1iZXI7XG4gIHJhbXBEb3duUzogbnVtYmVyO1xuICAvKiogU2hhcmUgb2YgVlVzIHBlciB1c2VyIHR5cGUsIHBlcmNlbnQsIHN1bW1pbmcgdG8gMTAwLiAqL1xuICB3ZWlnaHRzOiB7IHJlZ3VsYXI6IG51bWJlcjsgcG93ZXI6IG51bWJlcjsgYWRtaW46IG51bWJlciB9O1xuICAvKiogVGhpbmsgdGltZSBiZXR3ZWVuIGEgdXNlcidzIGFjdGlvbnMsIHNlY29uZHMsIGRyYXduIHVuaWZvcm1seSBmcm9tIFttaW4sIG1heF0uICovXG4gIHRoaW5rVGltZVM6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH07XG4gIC8qKiBIb3cgb2Z0ZW4gYSBwb3dlciB1c2VyIHBvbGxzIGEgZ2VuZXJhdGlvbiBqb2IsIGFuZCBob3cgbG9uZyBpdCB3YWl0cyBhdCBtb3N0LCBzZWNvbmRzLiAqL1xuICBwb2xsSW50ZXJ2YWxTOiBudW1iZXI7XG4gIGdlbmVyYXRpb25UaW1lb3V0UzogbnVtYmVyO1xuICAvKiogQ2hhcHRlcnMgcGVyIGdlbmVyYXRlZCBjb3Vyc2UuICovXG4gIGNoYXB0ZXJzUGVyQ291cnNlOiBudW1iZXI7XG4gIHNpZGVjYXJVcmw6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEZhaWwgdGhlIHJ1biB3aGVuIHNpZGVjYXIgc2FtcGxlcyBnbyBtaXNzaW5nIChTSURFQ0FSX1NUUklDVD10cnVlKS4gKi9cbiAgc2lkZWNhclN0cmljdDogYm9vbGVhbjtcbiAgLyoqIEhvc3RzIGJlc2lkZXMgbG9vcGJhY2sgdGhhdCBlbnRyaWVzIGhlYXZpZXIgdGhhbiBzbW9rZSBtYXkgbG9hZCAoUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUykuICovXG4gIGFsbG93ZWRIb3N0czogc3RyaW5nW107XG4gIHRhcmdldHM6IFRhcmdldHM7XG4gIC8qKiBUaGUgdXNlciBwb29sOiBhIENTViBvZiBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRklMRSksIG9yIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sOyBuZWl0aGVyOiBvbmUgYWNjb3VudCBwZXIgY2xhc3MuICovXG4gIHVzZXJzRmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBkZW1vVXNlcnM6IFBvb2xTaXplcyB8IHVuZGVmaW5lZDtcbiAgLyoqIFJlZnVzZSBhIHBvb2wgd2l0aCBmZXdlciBhY2NvdW50cyBvZiBhIGNsYXNzIHRoYW4gVlUgaWRzIChQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVD10cnVlKS4gKi9cbiAgdXNlcnNEaXN0aW5jdDogYm9vbGVhbjtcbiAgLyoqIEtlcHQgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50IChQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMpLCBvZiB3aGljaCB0aGUgZmlyc3QgTiBvZiBlYWNoIHJlZ3VsYXIgYWNjb3VudCBhcmUgZ2VuZXJhdGVkLiAqL1xuICBkYXRhc2V0OiB7IGNvdXJzZXM6IG51bWJlcjsgZ2VuZXJhdGVkOiBudW1iZXI7IHJlc2VlZDogYm9vbGVhbiB9O1xufVxuXG5leHBvcnQgY2xhc3MgQ29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIG5hbWUgPSAnQ29uZmlnRXJyb3InO1xufVxuXG50eXBlIFJlYWQ8VD4gPSAoZW52OiBFbnYsIG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFQpID0+IFQ7XG5cbmZ1bmN0aW9uIHJhdyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIHJldHVybiB2YWx1ZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdmFsdWUudHJpbSgpO1xufVxuXG5mdW5jdGlvbiBmYWlsKG5hbWU6IHN0cmluZywgdmFsdWU6IHN0cmluZywgZXhwZWN0ZWQ6IHN0cmluZyk6IG5ldmVyIHtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBpbnZhbGlkICR7bmFtZX09JHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9OiBleHBlY3RlZCAke2V4cGVjdGVkfWApO1xufVxuXG5mdW5jdGlvbiBudW1iZXJJbihtaW46IG51bWJlciwgbWF4OiBudW1iZXIsIHdoYXQ6IHN0cmluZywgaW50ZWdlcjogYm9vbGVhbik6IFJlYWQ8bnVtYmVyPiB7XG4gIHJldHVybiAoZW52LCBuYW1lLCBmYWxsYmFjaykgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgICBjb25zdCBleHBlY3RlZCA9IGAke3doYXR9IGZyb20gJHttaW59IHRvICR7bWF4fWA7XG4gICAgaWYgKCEvXlsrXT9cXGQrKFxcLlxcZCspPyQvLnRlc3QodmFsdWUpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgY29uc3QgcGFyc2VkID0gTnVtYmVyKHZhbHVlKTtcbiAgICBpZiAoKGludGVnZXIgJiYgIU51bWJlci5pc0ludGVnZXIocGFyc2VkKSkgfHwgcGFyc2VkIDwgbWluIHx8IHBhcnNlZCA+IG1heCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICAgIHJldHVybiBwYXJzZWQ7XG4gIH07XG59XG5cbi8qKiBXaG9sZSBzZWNvbmRzLCBlLmcuIDYwIChhIHVuaXQgc3VjaCBhcyBcIjYwc1wiIG9yIFwiMW1cIiBpcyByZWZ1c2VkIHJhdGhlciB0aGFuIGd1ZXNzZWQpLiAqL1xuY29uc3Qgc2Vjb25kcyA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXIgb2Ygc2Vjb25kcycsIHRydWUpO1xuY29uc3QgY291bnQgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiBudW1iZXJJbihtaW4sIG1heCwgJ2Egd2hvbGUgbnVtYmVyJywgdHJ1ZSk7XG5jb25zdCBtaWxsaXMgPSBudW1iZXJJbigxLCAzXzYwMF8wMDAsICdtaWxsaXNlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKTtcbmNvbnN0IGZyYWN0aW9uID0gbnVtYmVySW4oMCwgMSwgJ2EgZnJhY3Rpb24gKGUuZy4gMC45NSknLCBmYWxzZSk7XG5cbmNvbnN0IHRleHQ6IFJlYWQ8c3RyaW5nPiA9IChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gIGNvbnN0IHZhbHVlID0gZW52W25hbWVdO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodmFsdWUudHJpbSgpID09PSAnJykgZmFpbChuYW1lLCB2YWx1ZSwgJ2Egbm9uLWVtcHR5IHZhbHVlJyk7XG4gIHJldHVybiB2YWx1ZTtcbn07XG5cbmZ1bmN0aW9uIHVybChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgY29uc3QgbWF0Y2ggPSAvXihodHRwcz8pOlxcL1xcLyhbXi9cXHM6XSt8XFxbWzAtOWEtZkEtRjpdK1xcXSkoOlxcZHsxLDV9KT8oXFwvXFxTKik/JC8uZXhlYyh2YWx1ZSk7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsICdhbiBodHRwKHMpIFVSTCBzdWNoIGFzIGh0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpO1xuICByZXR1cm4gdmFsdWUucmVwbGFjZSgvXFwvKyQvLCAnJyk7XG59XG5cbmZ1bmN0aW9uIHdlaWdodHMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IENvbmZpZ1snd2VpZ2h0cyddIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB7IHJlZ3VsYXI6IDcwLCBwb3dlcjogMjAsIGFkbWluOiAxMCB9O1xuICBjb25zdCBwYXJ0cyA9IHZhbHVlLnNwbGl0KCcvJykubWFwKChwYXJ0KSA9PiBwYXJ0LnRyaW0oKSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3RocmVlIHdob2xlIHBlcmNlbnRhZ2VzIHJlZ3VsYXIvcG93ZXIvYWRtaW4gc3VtbWluZyB0byAxMDAsIGUuZy4gNzAvMjAvMTAnO1xuICBpZiAocGFydHMubGVuZ3RoICE9PSAzIHx8IHBhcnRzLnNvbWUoKHBhcnQpID0+ICEvXlxcZCskLy50ZXN0KHBhcnQpKSkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICBjb25zdCBbcmVndWxhciwgcG93ZXIsIGFkbWluXSA9IHBhcnRzLm1hcChOdW1iZXIpIGFzIFtudW1iZXIsIG51bWJlciwgbnVtYmVyXTtcbiAgaWYgKHJlZ3VsYXIgKyBwb3dlciArIGFkbWluICE9PSAxMDApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgcmVndWxhciwgcG93ZXIsIGFkbWluIH07XG59XG5cbmZ1bmN0aW9uIHRoaW5rVGltZShlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd0aGlua1RpbWVTJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgbWluOiAxLCBtYXg6IDMgfTtcbiAgY29uc3QgbWF0Y2ggPSAvXihcXGQrKD86XFwuXFxkKyk/KSg/Oi0oXFxkKyg/OlxcLlxcZCspPykpPyQvLmV4ZWModmFsdWUpO1xuICBjb25zdCBleHBlY3RlZCA9ICdzZWNvbmRzIGFzIE4gb3IgTUlOLU1BWCAoZS5nLiAxLTMpLCBlYWNoIGF0IG1vc3QgNjAnO1xuICBpZiAoIW1hdGNoKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IG1pbiA9IE51bWJlcihtYXRjaFsxXSk7XG4gIGNvbnN0IG1heCA9IG1hdGNoWzJdID09PSB1bmRlZmluZWQgPyBtaW4gOiBOdW1iZXIobWF0Y2hbMl0pO1xuICBpZiAobWF4IDwgbWluIHx8IG1heCA+IDYwKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIHJldHVybiB7IG1pbiwgbWF4IH07XG59XG5cbmZ1bmN0aW9uIGZsYWcoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycgfHwgdmFsdWUgPT09ICdmYWxzZScgfHwgdmFsdWUgPT09ICcwJykgcmV0dXJuIGZhbHNlO1xuICBpZiAodmFsdWUgPT09ICd0cnVlJyB8fCB2YWx1ZSA9PT0gJzEnKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIGZhaWwobmFtZSwgdmFsdWUsICd0cnVlIG9yIGZhbHNlJyk7XG59XG5cbmZ1bmN0aW9uIGhvc3RMaXN0KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIFtdO1xuICBjb25zdCBob3N0cyA9IHZhbHVlLnNwbGl0KCcsJykubWFwKChob3N0KSA9PiBob3N0LnRyaW0oKS50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKGhvc3RzLnNvbWUoKGhvc3QpID0+ICEvXihcXFtbMC05YS1mOl0rXFxdfFthLXowLTkuXFwtOl0rKSQvLnRlc3QoaG9zdCkpKSB7XG4gICAgZmFpbChuYW1lLCB2YWx1ZSwgJ2EgY29tbWEtc2VwYXJhdGVkIGxpc3Qgb2YgaG9zdCBuYW1lcyBvciBhZGRyZXNzZXMsIGUuZy4gc3RhZ2luZy5leGFtcGxlLmNvbSwxMC4wLjAuNScpO1xuICB9XG4gIHJldHVybiBob3N0cztcbn1cblxuZnVuY3Rpb24gY3JlZGVudGlhbHMoZW52OiBFbnYsIHByZWZpeDogc3RyaW5nLCBmYWxsYmFja0VtYWlsOiBzdHJpbmcsIGZhbGxiYWNrUGFzc3dvcmQ6IHN0cmluZyk6IENyZWRlbnRpYWxzIHtcbiAgcmV0dXJuIHtcbiAgICBlbWFpbDogdGV4dChlbnYsIGAke3ByZWZpeH1fRU1BSUxgLCBmYWxsYmFja0VtYWlsKSxcbiAgICBwYXNzd29yZDogdGV4dChlbnYsIGAke3ByZWZpeH1fUEFTU1dPUkRgLCBmYWxsYmFja1Bhc3N3b3JkKSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcG9vbFNwZWMoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IFBvb2xTaXplcyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcGFyc2VQb29sU3BlYyh2YWx1ZSwgbmFtZSk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGVycm9yIGluc3RhbmNlb2YgVXNlcnNGaWxlRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZGF0YXNldChlbnY6IEVudik6IENvbmZpZ1snZGF0YXNldCddIHtcbiAgY29uc3QgY291cnNlcyA9IGNvdW50KDAsIDEwMDApKGVudiwgJ1BFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUycsIDIwKTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gY291bnQoMCwgMTAwMCkoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBNYXRoLm1pbigxLCBjb3Vyc2VzKSk7XG4gIGlmIChnZW5lcmF0ZWQgPiBjb3Vyc2VzKVxuICAgIGZhaWwoJ1BFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEJywgU3RyaW5nKGdlbmVyYXRlZCksIGBhdCBtb3N0IFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyAoJHtjb3Vyc2VzfSlgKTtcbiAgcmV0dXJuIHsgY291cnNlcywgZ2VuZXJhdGVkLCByZXNlZWQ6IGZsYWcoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQnKSB9O1xufVxuXG4vKiogUmVhZHMgYW5kIHZhbGlkYXRlcyBldmVyeSBzZXR0aW5nOyB0aHJvd3MgQ29uZmlnRXJyb3IgbmFtaW5nIHRoZSBmaXJzdCBiYWQgdmFyaWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VDb25maWcoZW52OiBFbnYpOiBDb25maWcge1xuICBjb25zdCBkID0gREVGQVVMVF9UQVJHRVRTO1xuICBjb25zdCBkdXJhdGlvblMgPSBzZWNvbmRzKDEsIDcgKiAyNCAqIDM2MDApKGVudiwgJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04nLCA2MCk7XG4gIGNvbnN0IHJhbXBVcFMgPSBzZWNvbmRzKDAsIDI0ICogMzYwMCkoXG4gICAgZW52LFxuICAgICdQRVJGT1JNQU5DRV9SQU1QX1VQJyxcbiAgICBNYXRoLm1pbigzMCwgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChkdXJhdGlvblMgLyA0KSkpLFxuICApO1xuICByZXR1cm4ge1xuICAgIGJhc2VVcmw6IHVybChlbnYsICdCQVNFX1VSTCcsICdodHRwOi8vMTI3LjAuMC4xOjgwMDAnKSBhcyBzdHJpbmcsXG4gICAgdXNlcnM6IHtcbiAgICAgIHJlZ3VsYXI6IGNyZWRlbnRpYWxzKGVudiwgJ1JFR1VMQVJfVVNFUicsICdyZWd1bGFyQGV4YW1wbGUuY29tJywgJ3JlZ3VsYXItcGFzc3dvcmQnKSxcbiAgICAgIHBvd2VyOiBjcmVkZW50aWFscyhlbnYsICdQT1dFUl9VU0VSJywgJ3Bvd2VyQGV4YW1wbGUuY29tJywgJ3Bvd2VyLXBhc3N3b3JkJyksXG4gICAgICBhZG1pbjogY3JlZGVudGlhbHMoZW52LCAnQURNSU5fVVNFUicsICdhZG1pbkBleGFtcGxlLmNvbScsICdhZG1pbi1wYXNzd29yZCcpLFxuICAgIH0sXG4gICAgZHVyYXRpb25TLFxuICAgIGNvbmN1cnJlbnRVc2VyczogY291bnQoMSwgMTAwXzAwMCkoZW52LCAnUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUycsIDEwMCksXG4gICAgYXBpVGltZW91dFM6IHNlY29uZHMoMSwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQnLCAzMCksXG4gICAgcmFtcFVwUyxcbiAgICByYW1wRG93blM6IHNlY29uZHMoMCwgMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJywgTWF0aC5taW4oMTAsIHJhbXBVcFMpKSxcbiAgICB3ZWlnaHRzOiB3ZWlnaHRzKGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUycpLFxuICAgIHRoaW5rVGltZVM6IHRoaW5rVGltZShlbnYsICdQRVJGT1JNQU5DRV9USElOS19USU1FJyksXG4gICAgcG9sbEludGVydmFsUzogbnVtYmVySW4oMC4xLCA2MCwgJ3NlY29uZHMgKGEgbnVtYmVyKScsIGZhbHNlKShlbnYsICdHRU5FUkFUSU9OX1BPTExfSU5URVJWQUwnLCAxKSxcbiAgICBnZW5lcmF0aW9uVGltZW91dFM6IHNlY29uZHMoMSwgMjQgKiAzNjAwKShlbnYsICdHRU5FUkFUSU9OX1RJTUVPVVQnLCAzMDApLFxuICAgIGNoYXB0ZXJzUGVyQ291cnNlOiBjb3VudCgxLCAyMCkoZW52LCAnR0VORVJBVElPTl9DSEFQVEVSUycsIDMpLFxuICAgIHNpZGVjYXJVcmw6IHVybChlbnYsICdTSURFQ0FSX1VSTCcsIHVuZGVmaW5lZCksXG4gICAgc2lkZWNhclN0cmljdDogZmxhZyhlbnYsICdTSURFQ0FSX1NUUklDVCcpLFxuICAgIGFsbG93ZWRIb3N0czogaG9zdExpc3QoZW52LCAnUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUycpLFxuICAgIHRhcmdldHM6IHtcbiAgICAgIGFwaVA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTVfTVMnLCBkLmFwaVA5NU1zKSxcbiAgICAgIGFwaVA5OU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0FQSV9QOTlfTVMnLCBkLmFwaVA5OU1zKSxcbiAgICAgIGhlYWx0aFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0hFQUxUSF9QOTVfTVMnLCBkLmhlYWx0aFA5NU1zKSxcbiAgICAgIGV4cG9ydFA5NU1zOiBtaWxsaXMoZW52LCAnVEhSRVNIT0xEX0VYUE9SVF9QOTVfTVMnLCBkLmV4cG9ydFA5NU1zKSxcbiAgICAgIGxvZ2luUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfTE9HSU5fUDk1X01TJywgZC5sb2dpblA5NU1zKSxcbiAgICAgIGNoYXB0ZXJQOTVNczogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ1RIUkVTSE9MRF9DSEFQVEVSX1A5NV9TJywgZC5jaGFwdGVyUDk1TXMgLyAxMDAwKSAqIDEwMDAsXG4gICAgICBzdWNjZXNzUmF0ZTogZnJhY3Rpb24oZW52LCAnVEhSRVNIT0xEX1NVQ0NFU1NfUkFURScsIGQuc3VjY2Vzc1JhdGUpLFxuICAgICAgZXJyb3JSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfRVJST1JfUkFURScsIGQuZXJyb3JSYXRlKSxcbiAgICAgIGRyb3BwZWRTaGFyZTogbnVtYmVySW4oXG4gICAgICAgIDAsXG4gICAgICAgIDEsXG4gICAgICAgICdhIHNoYXJlIG9mIHRoZSBzY2hlZHVsZWQgaXRlcmF0aW9ucyAoZS5nLiAwLjAxKScsXG4gICAgICAgIGZhbHNlLFxuICAgICAgKShlbnYsICdUSFJFU0hPTERfRFJPUFBFRF9TSEFSRScsIGQuZHJvcHBlZFNoYXJlKSxcbiAgICAgIG1lbW9yeU1iOiBjb3VudCgxLCAxXzA0OF81NzYpKGVudiwgJ1BFUkZPUk1BTkNFX01FTU9SWV9MSU1JVCcsIGQubWVtb3J5TWIpLFxuICAgICAgY3B1UGVyY2VudDogbnVtYmVySW4oMSwgMTAwLCAnYSBwZXJjZW50YWdlJywgZmFsc2UpKGVudiwgJ1BFUkZPUk1BTkNFX0NQVV9MSU1JVCcsIGQuY3B1UGVyY2VudCksXG4gICAgICBtZW1vcnlHcm93dGhNYlBlck1pbjogbnVtYmVySW4oXG4gICAgICAgIDAsXG4gICAgICAgIDFfMDAwXzAwMCxcbiAgICAgICAgJ01CIHBlciBtaW51dGUgKGEgbnVtYmVyKScsXG4gICAgICAgIGZhbHNlLFxuICAgICAgKShlbnYsICdUSFJFU0hPTERfTUVNT1JZX0dST1dUSF9NQl9QRVJfTUlOJywgZC5tZW1vcnlHcm93dGhNYlBlck1pbiksXG4gICAgfSxcbiAgICB1c2Vyc0ZpbGU6IHJhdyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSU19GSUxFJykgfHwgdW5kZWZpbmVkLFxuICAgIGRlbW9Vc2VyczogcG9vbFNwZWMoZW52LCAnREVNT19VU0VSUycpLFxuICAgIHVzZXJzRGlzdGluY3Q6IGZsYWcoZW52LCAnUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QnKSxcbiAgICBkYXRhc2V0OiBkYXRhc2V0KGVudiksXG4gIH07XG59XG5cbi8qKiBUaGUgaG9zdCBwYXJ0IG9mIGEgVVJMLCBsb3dlci1jYXNlZCwgSVB2NiBpbiBicmFja2V0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBob3N0T2YoYmFzZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmh0dHBzPzpcXC9cXC8oXFxbW15cXF1dK1xcXXxbXi86XSspL2kuZXhlYyhiYXNlVXJsKTtcbiAgcmV0dXJuIChtYXRjaD8uWzFdID8/ICcnKS50b0xvd2VyQ2FzZSgpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gaXNMb29wYmFjayhob3N0OiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGhvc3QgPT09ICdsb2NhbGhvc3QnIHx8IGhvc3QgPT09ICdbOjoxXScgfHwgaG9zdCA9PT0gJzo6MScgfHwgL14xMjdcXC5cXGR7MSwzfVxcLlxcZHsxLDN9XFwuXFxkezEsM30kLy50ZXN0KGhvc3QpO1xufVxuXG4vKipcbiAqIFRoZSB0YXJnZXQgZ3VhcmQ6IGFuIGVudHJ5IGhlYXZpZXIgdGhhbiBzbW9rZSByZWZ1c2VzIGEgaG9zdCB0aGF0IGlzIG5vdCBsb29wYmFjayB1bmxlc3MgaXQgaXNcbiAqIGFsbG93LWxpc3RlZCwgc28gYSB0eXBvIGluIEJBU0VfVVJMIGNhbm5vdCBsb2FkLXRlc3QgcHJvZHVjdGlvbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnOiBDb25maWcsIGVudHJ5OiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgaG9zdCA9IGhvc3RPZihjb25maWcuYmFzZVVybCk7XG4gIGlmIChpc0xvb3BiYWNrKGhvc3QpIHx8IGNvbmZpZy5hbGxvd2VkSG9zdHMuaW5jbHVkZXMoaG9zdCkpIHJldHVybjtcbiAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgIGByZWZ1c2luZyB0byBydW4gXCIke2VudHJ5fVwiIGFnYWluc3QgJHtjb25maWcuYmFzZVVybH06ICR7aG9zdH0gaXMgbm90IGEgbG9vcGJhY2sgYWRkcmVzcy4gYCArXG4gICAgICBgSWYgeW91IG1lYW4gdG8gbG9hZC10ZXN0IGl0LCBhbGxvdyBpdCB3aXRoIFBFUkZPUk1BTkNFX0FMTE9XRURfSE9TVFM9JHtob3N0fSAoY29tbWEtc2VwYXJhdGVkIGxpc3QpLmAsXG4gICk7XG59XG5cbi8qKlxuICogQSBzY2VuYXJpbydzIG93biBudW1lcmljIHNldHRpbmcgKGUuZy4gU1BJS0VfRkFDVE9SKSwgdmFsaWRhdGVkIGxpa2UgdGhlIHNoYXJlZCBvbmVzOiBhIGJhZFxuICogdmFsdWUgc3RvcHMgdGhlIHJ1biBhdCBpbml0IHdpdGggYSBtZXNzYWdlIG5hbWluZyB0aGUgdmFyaWFibGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnZOdW1iZXIoXG4gIGVudjogRW52LFxuICBuYW1lOiBzdHJpbmcsXG4gIGZhbGxiYWNrOiBudW1iZXIsXG4gIHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlcjsgaW50ZWdlcj86IGJvb2xlYW47IHdoYXQ/OiBzdHJpbmcgfSxcbik6IG51bWJlciB7XG4gIGNvbnN0IHdoYXQgPSByYW5nZS53aGF0ID8/IChyYW5nZS5pbnRlZ2VyID8gJ2Egd2hvbGUgbnVtYmVyJyA6ICdhIG51bWJlcicpO1xuICByZXR1cm4gbnVtYmVySW4ocmFuZ2UubWluLCByYW5nZS5tYXgsIHdoYXQsIHJhbmdlLmludGVnZXIgPz8gZmFsc2UpKGVudiwgbmFtZSwgZmFsbGJhY2spO1xufVxuIiwgIi8vIEEgdHlwZWQgYnVpbGRlciBmb3IgazYgdGhyZXNob2xkIGV4cHJlc3Npb25zLCBzbyBhIHR5cG8gaW4gYW4gYWdncmVnYXRpb24gb3Igb3BlcmF0b3IgaXMgYVxuLy8gY29tcGlsZSBlcnJvciBoZXJlIGluc3RlYWQgb2YgYSB0aHJlc2hvbGQgazYgcmVqZWN0cyAob3Igc2lsZW50bHkgbmV2ZXIgZXZhbHVhdGVzKSBhdCBydW4gdGltZS5cblxuLyoqIEFnZ3JlZ2F0aW9ucyBrNiBhY2NlcHRzIHBlciBtZXRyaWMgdHlwZS4gKi9cbmV4cG9ydCB0eXBlIFRyZW5kU3RhdCA9ICdhdmcnIHwgJ21pbicgfCAnbWF4JyB8ICdtZWQnIHwgYHAoJHtudW1iZXJ9KWA7XG5leHBvcnQgdHlwZSBSYXRlU3RhdCA9ICdyYXRlJztcbmV4cG9ydCB0eXBlIENvdW50ZXJTdGF0ID0gJ2NvdW50JyB8ICdyYXRlJztcbmV4cG9ydCB0eXBlIEdhdWdlU3RhdCA9ICd2YWx1ZSc7XG5leHBvcnQgdHlwZSBTdGF0ID0gVHJlbmRTdGF0IHwgUmF0ZVN0YXQgfCBDb3VudGVyU3RhdCB8IEdhdWdlU3RhdDtcbmV4cG9ydCB0eXBlIE9wZXJhdG9yID0gJzwnIHwgJzw9JyB8ICc+JyB8ICc+PScgfCAnPT0nIHwgJz09PScgfCAnIT0nO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGUge1xuICBzdGF0OiBTdGF0O1xuICBvcDogT3BlcmF0b3I7XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTdG9wIHRoZSB3aG9sZSBydW4gYXMgc29vbiBhcyB0aGlzIHJ1bGUgZmFpbHMgKGFmdGVyIGBkZWxheUFib3J0RXZhbGApLiAqL1xuICBhYm9ydE9uRmFpbD86IGJvb2xlYW47XG4gIC8qKiBrNiBkdXJhdGlvbiwgZS5nLiAnMTBzJzogaG93IGxvbmcgdG8gY29sbGVjdCBkYXRhIGJlZm9yZSBhbiBhYm9ydCBtYXkgdHJpZ2dlci4gKi9cbiAgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbWV0cmljIChvcHRpb25hbGx5IG5hcnJvd2VkIHRvIGEgdGFnZ2VkIHN1Yi1tZXRyaWMpIGFuZCB0aGUgcnVsZXMgaXQgbXVzdCBtZWV0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHYXRlIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICBydWxlczogUnVsZVtdO1xufVxuXG4vKiogV2hhdCBrNiBhY2NlcHRzIGFzIG9uZSBlbnRyeSBvZiBhIG1ldHJpYydzIHRocmVzaG9sZCBsaXN0LiAqL1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGQgPSBzdHJpbmcgfCB7IHRocmVzaG9sZDogc3RyaW5nOyBhYm9ydE9uRmFpbD86IGJvb2xlYW47IGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZHMgPSBSZWNvcmQ8c3RyaW5nLCBLNlRocmVzaG9sZFtdPjtcblxuLy8gTWFkZSBvbiBmaXJzdCB1c2UsIG5vdCBhdCBtb2R1bGUgbG9hZDogb3B0aW9ucyBhcmUgYnVpbHQgaW4gazYncyBWVSAwIG9ubHkgKGxpYi9jb25maWcvZW50cnkudHMpLFxuLy8gYW5kIGEgUmVnRXhwIGV2YWx1YXRlZCBhdCBsb2FkIHdvdWxkIGJ1aWxkIFJlZ0V4cCdzIHByb3RvdHlwZSBpbiBldmVyeSBWVSdzIHJ1bnRpbWUuXG5sZXQgcGF0dGVybnM6IHsgbWV0cmljTmFtZTogUmVnRXhwOyB0YWdQYXJ0OiBSZWdFeHA7IHBlcmNlbnRpbGU6IFJlZ0V4cCB9IHwgdW5kZWZpbmVkO1xuY29uc3QgcGF0dGVybiA9ICgpID0+XG4gIChwYXR0ZXJucyA/Pz0ge1xuICAgIG1ldHJpY05hbWU6IC9eW0EtWmEtel9dW0EtWmEtejAtOV9dKiQvLFxuICAgIHRhZ1BhcnQ6IC9eW0EtWmEtejAtOV8uXFwtL10rJC8sXG4gICAgcGVyY2VudGlsZTogL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvLFxuICB9KTtcblxuLyoqIGBodHRwX3JlcV9kdXJhdGlvbntlbmRwb2ludDpoZWFsdGh9YDogdGhlIGtleSBrNiB1c2VzIGZvciBhIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY0tleShtZXRyaWM6IHN0cmluZywgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcge1xuICBpZiAoIXBhdHRlcm4oKS5tZXRyaWNOYW1lLnRlc3QobWV0cmljKSkgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIG1ldHJpYyBuYW1lIFwiJHttZXRyaWN9XCI6IHVzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIF9gKTtcbiAgY29uc3QgZW50cmllcyA9IE9iamVjdC5lbnRyaWVzKHRhZ3MgPz8ge30pO1xuICBpZiAoZW50cmllcy5sZW5ndGggPT09IDApIHJldHVybiBtZXRyaWM7XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIGVudHJpZXMpIHtcbiAgICBpZiAoIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3Qoa2V5KSB8fCAhcGF0dGVybigpLnRhZ1BhcnQudGVzdCh2YWx1ZSkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgYGludmFsaWQgdGFnICR7a2V5fToke3ZhbHVlfSBvbiAke21ldHJpY306IHRhZ3MgaW4gdGhyZXNob2xkcyBtYXkgaG9sZCBsZXR0ZXJzLCBkaWdpdHMgYW5kIF8gLiAtIC9gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGAke21ldHJpY317JHtlbnRyaWVzLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9OiR7dmFsdWV9YCkuam9pbignLCcpfX1gO1xufVxuXG4vKiogYHAoOTUpPDIwMGA6IG9uZSBydWxlIGFzIGs2J3MgZXhwcmVzc2lvbiB0ZXh0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cHJlc3Npb24ocnVsZTogUGljazxSdWxlLCAnc3RhdCcgfCAnb3AnIHwgJ3ZhbHVlJz4pOiBzdHJpbmcge1xuICBjb25zdCBwZXJjZW50aWxlID0gcGF0dGVybigpLnBlcmNlbnRpbGUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSlcbiAgICB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4ge1xuICAgIHRocmVzaG9sZDogdGV4dCxcbiAgICBhYm9ydE9uRmFpbDogdHJ1ZSxcbiAgICAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSxcbiAgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBPcGVuLW1vZGVsIChhcnJpdmFsLXJhdGUpIHNjZW5hcmlvczogaG93IG1hbnkgVlVzIHRoZXkgbmVlZCwgYW5kIGhvdyBtYW55IGl0ZXJhdGlvbnMgdGhleSBzY2hlZHVsZS5cbi8vXG4vLyBBbiBhcnJpdmFsLXJhdGUgZXhlY3V0b3Igc3RhcnRzIGVhY2ggc2NoZWR1bGVkIGl0ZXJhdGlvbiBvbiBhIGZyZWUgVlUuIFdpdGggbm9uZSBmcmVlIGl0IGRyb3BzIHRoZVxuLy8gaXRlcmF0aW9uIChrNidzIGRyb3BwZWRfaXRlcmF0aW9ucykgYW5kIGluaXRpYWxpc2VzIG9uZSBtb3JlIFZVIGluIHRoZSBiYWNrZ3JvdW5kLCB1cCB0byBtYXhWVXMsXG4vLyBzbyBldmVyeSBWVSBhZGRlZCBtaWQtcnVuIGNvc3RzIGF0IGxlYXN0IG9uZSBkcm9wcGVkIGl0ZXJhdGlvbi4gQSBkcm9wcGVkIGl0ZXJhdGlvbiBpcyByZXF1ZXN0c1xuLy8gbm90IHNlbnQgb24gdGltZTogdGhlaXIgbGF0ZW5jeSBpcyBpbiBubyBwZXJjZW50aWxlLCB0aGUgdmVyeSBvbWlzc2lvbiBhbiBvcGVuIG1vZGVsIGlzIHRoZXJlIHRvXG4vLyBhdm9pZC4gU28gdGhlIFZVcyBmb2xsb3cgZnJvbSB0aGUgcmF0ZSBhbmQgdGhlIGxhdGVuY3kgKExpdHRsZSdzIGxhdzogVlVzIGJ1c3kgPSBpdGVyYXRpb25zIHBlclxuLy8gc2Vjb25kIHggc2Vjb25kcyBwZXIgaXRlcmF0aW9uKS5cbmltcG9ydCB7IGR1cmF0aW9uU2Vjb25kcyB9IGZyb20gJy4vZHVyYXRpb24udHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4vc2hhcGVzLnRzJztcblxuLyoqIFByZS1hbGxvY2F0ZWQgVlVzIGhvbGQgdHdpY2UgdGhlIGl0ZXJhdGlvbnMgaW4gZmxpZ2h0IGF0IHRoZSBjb3ZlcmVkIGxhdGVuY3kgKGJ1cnN0cywgYSBnZW5lcmF0b3IgY2F0Y2hpbmcgdXAgYWZ0ZXIgYSBwYXVzZSkuICovXG5leHBvcnQgY29uc3QgUFJFQUxMT0NBVEVEX0hFQURST09NID0gMjtcbi8qKlxuICogVGhlIGxhdGVuY3kgcHJlLWFsbG9jYXRlZCBWVXMgY292ZXIgaXMgdGhlIHA5OSBidWRnZXQsIGNvdW50ZWQgdXAgdG8gdGhpcyBtYW55IHNlY29uZHM6IGs2XG4gKiBpbml0aWFsaXNlcyBldmVyeSBwcmUtYWxsb2NhdGVkIFZVIGJlZm9yZSB0aGUgbG9hZCBzdGFydHMsIHNvIGEgcmVsYXhlZCBidWRnZXQgKGUuZy4gNjAgcykgd291bGRcbiAqIHN0YXJ0IHRob3VzYW5kczsgc2xvd2VyIGFuc3dlcnMgZ2V0IFZVcyBvbiBkZW1hbmQgdXAgdG8gbWF4VlVzLlxuICovXG5leHBvcnQgY29uc3QgUFJFQUxMT0NBVEVEX0xBVEVOQ1lfQ0FQX1MgPSAxO1xuXG5leHBvcnQgaW50ZXJmYWNlIE9wZW5Nb2RlbExvYWQge1xuICAvKiogSXRlcmF0aW9ucyBwZXIgc2Vjb25kLiAqL1xuICByYXRlUGVyUzogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgb25lIGl0ZXJhdGlvbiBzZW5kcyBvbmUgYWZ0ZXIgYW5vdGhlci4gKi9cbiAgcmVxdWVzdHNQZXJJdGVyYXRpb246IG51bWJlcjtcbiAgLyoqIFRoZSBwOTkgbGF0ZW5jeSBidWRnZXQgb2YgdGhvc2UgcmVxdWVzdHMsIG1zLiAqL1xuICBwOTlCdWRnZXRNczogbnVtYmVyO1xuICAvKiogVGhlIHBlci1yZXF1ZXN0IHRpbWVvdXQsIHM6IG5vIHJlcXVlc3QgdGFrZXMgbG9uZ2VyLiAqL1xuICB0aW1lb3V0UzogbnVtYmVyO1xufVxuXG4vKipcbiAqIHByZUFsbG9jYXRlZFZVczogZXZlcnkgcmVxdWVzdCBhbnN3ZXJpbmcgYXQgaXRzIHA5OSBidWRnZXQgKGF0IG1vc3QgUFJFQUxMT0NBVEVEX0xBVEVOQ1lfQ0FQX1MpLFxuICogUFJFQUxMT0NBVEVEX0hFQURST09NIHRpbWVzIG92ZXIsIHBsdXMgb25lLCBzbyBhIHBsYXRmb3JtIHdpdGhpbiBidWRnZXQgbmV2ZXIgd2FpdHMgZm9yIGEgVlU7XG4gKiBtYXhWVXM6IGV2ZXJ5IHJlcXVlc3QgYW5zd2VyaW5nIGp1c3QgYmVmb3JlIHRoZSB0aW1lb3V0LCBzbyBhIHNsb3dlciBwbGF0Zm9ybSBzdGlsbCBnZXRzIGl0c1xuICogcmVxdWVzdHMgc2VudCAoZWFjaCBWVSBhZGRlZCBjb3N0cyBhIGRyb3BwZWQgaXRlcmF0aW9uLCBjb3VudGVkIGFuZCBnYXRlZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvcGVuTW9kZWxWVXMobG9hZDogT3Blbk1vZGVsTG9hZCk6IHsgcHJlQWxsb2NhdGVkVlVzOiBudW1iZXI7IG1heFZVczogbnVtYmVyIH0ge1xuICBjb25zdCBpdGVyYXRpb25TID0gKGxhdGVuY3lTOiBudW1iZXIpID0+IGxvYWQucmVxdWVzdHNQZXJJdGVyYXRpb24gKiBsYXRlbmN5UztcbiAgY29uc3QgY292ZXJlZCA9IE1hdGgubWluKGxvYWQucDk5QnVkZ2V0TXMgLyAxMDAwLCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyk7XG4gIGNvbnN0IHByZUFsbG9jYXRlZFZVcyA9IE1hdGguY2VpbChQUkVBTExPQ0FURURfSEVBRFJPT00gKiBsb2FkLnJhdGVQZXJTICogaXRlcmF0aW9uUyhjb3ZlcmVkKSkgKyAxO1xuICBjb25zdCBtYXhWVXMgPSBNYXRoLm1heChwcmVBbGxvY2F0ZWRWVXMsIE1hdGguY2VpbChsb2FkLnJhdGVQZXJTICogaXRlcmF0aW9uUyhsb2FkLnRpbWVvdXRTKSkpO1xuICByZXR1cm4geyBwcmVBbGxvY2F0ZWRWVXMsIG1heFZVcyB9O1xufVxuXG5leHBvcnQgY29uc3QgaXNBcnJpdmFsUmF0ZSA9IChzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuID0+XG4gIHNjZW5hcmlvLmV4ZWN1dG9yID09PSAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyB8fCBzY2VuYXJpby5leGVjdXRvciA9PT0gJ3JhbXBpbmctYXJyaXZhbC1yYXRlJztcblxuLyoqIFRoZSBpdGVyYXRpb25zIGFuIGFycml2YWwtcmF0ZSBzY2VuYXJpbyBzY2hlZHVsZXMgb3ZlciBpdHMgd2hvbGUgcnVuIChjb25zdGFudCByYXRlIHggZHVyYXRpb247IHRoZSBhcmVhIHVuZGVyIGEgcmFtcCkuICovXG5leHBvcnQgZnVuY3Rpb24gc2NoZWR1bGVkSXRlcmF0aW9ucyhzY2VuYXJpbzogU2NlbmFyaW8pOiBudW1iZXIge1xuICBjb25zdCBzID0gc2NlbmFyaW8gYXMgU2NlbmFyaW8gJiB7XG4gICAgcmF0ZT86IG51bWJlcjtcbiAgICB0aW1lVW5pdD86IHN0cmluZztcbiAgICBkdXJhdGlvbj86IHN0cmluZztcbiAgICBzdGFydFJhdGU/OiBudW1iZXI7XG4gICAgc3RhZ2VzPzogeyBkdXJhdGlvbjogc3RyaW5nOyB0YXJnZXQ6IG51bWJlciB9W107XG4gIH07XG4gIGNvbnN0IHBlclVuaXQgPSBkdXJhdGlvblNlY29uZHMocy50aW1lVW5pdCA/PyAnMXMnKTtcbiAgaWYgKHMuZXhlY3V0b3IgPT09ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnKSByZXR1cm4gKChzLnJhdGUgPz8gMCkgKiBkdXJhdGlvblNlY29uZHMocy5kdXJhdGlvbiA/PyAnMHMnKSkgLyBwZXJVbml0O1xuICBpZiAocy5leGVjdXRvciAhPT0gJ3JhbXBpbmctYXJyaXZhbC1yYXRlJykgdGhyb3cgbmV3IEVycm9yKGAke3MuZXhlY3V0b3J9IGlzIG5vdCBhbiBhcnJpdmFsLXJhdGUgZXhlY3V0b3JgKTtcbiAgbGV0IHJhdGUgPSBzLnN0YXJ0UmF0ZSA/PyAwO1xuICBsZXQgdG90YWwgPSAwO1xuICBmb3IgKGNvbnN0IHN0YWdlIG9mIHMuc3RhZ2VzID8/IFtdKSB7XG4gICAgdG90YWwgKz0gKChyYXRlICsgc3RhZ2UudGFyZ2V0KSAvIDIpICogZHVyYXRpb25TZWNvbmRzKHN0YWdlLmR1cmF0aW9uKTtcbiAgICByYXRlID0gc3RhZ2UudGFyZ2V0O1xuICB9XG4gIHJldHVybiB0b3RhbCAvIHBlclVuaXQ7XG59XG4iLCAiLy8gTG9hZCBzaGFwZXMsIGluIG9uZSBwbGFjZSwgcGFyYW1ldGVyaXNlZCBieSB0aGUgcnVuJ3MgY29uZmlndXJhdGlvbi4gQSBzY2VuYXJpbyBmaWxlIHJlYWRzIGFzOlxuLy8gc2hhcGUgKyB3b3JrZmxvd3MgKyB0aHJlc2hvbGRzLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXNcbiAgICAubWFwKChfLCBpKSA9PiBpKVxuICAgIC5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuZXhwb3J0IHR5cGUgVXNlckNsYXNzID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5cbi8qKlxuICogVGhlIHVzZXIgY2xhc3Mgb2YgVlUgbnVtYmVyIG4gKDEtYmFzZWQpLCBzbyB0aGF0IHRoZSBmaXJzdCBuIFZVcyBhbHdheXMgZm9sbG93IHRoZSB3ZWlnaHRzIGFzXG4gKiBjbG9zZWx5IGFzIHdob2xlIHVzZXJzIGNhbjogZWFjaCBWVSB0YWtlcyB0aGUgY2xhc3MgZnVydGhlc3QgYmVsb3cgaXRzIHNoYXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NPZlVzZXIobjogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IFVzZXJDbGFzcyB7XG4gIGNvbnN0IGNsYXNzZXM6IFVzZXJDbGFzc1tdID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ107XG4gIGNvbnN0IGFzc2lnbmVkID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgbGV0IGNob3NlbjogVXNlckNsYXNzID0gJ3JlZ3VsYXInO1xuICBmb3IgKGxldCBpID0gMTsgaSA8PSBuOyBpKyspIHtcbiAgICBsZXQgYmVzdCA9IC1JbmZpbml0eTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgY2xhc3Nlcykge1xuICAgICAgaWYgKHdlaWdodHNbY10gPT09IDApIGNvbnRpbnVlO1xuICAgICAgY29uc3QgZGVmaWNpdCA9ICh3ZWlnaHRzW2NdICogaSkgLyAxMDAgLSBhc3NpZ25lZFtjXTtcbiAgICAgIGlmIChkZWZpY2l0ID4gYmVzdCkge1xuICAgICAgICBiZXN0ID0gZGVmaWNpdDtcbiAgICAgICAgY2hvc2VuID0gYztcbiAgICAgIH1cbiAgICB9XG4gICAgYXNzaWduZWRbY2hvc2VuXSsrO1xuICB9XG4gIHJldHVybiBjaG9zZW47XG59XG5cbi8qKiBSYW1wIHVwIHRvIGB2dXNgLCBob2xkLCByYW1wIGRvd246IHVzZXJzIGFycml2aW5nIGdyYWR1YWxseSBhbmQgbGVhdmluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nVXNlcnMoXG4gIGV4ZWM6IHN0cmluZyxcbiAgdnVzOiBudW1iZXIsXG4gIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+LFxuKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKVxuICAgID8geyByYXRlOiBwZXJTZWNvbmQsIHRpbWVVbml0OiAnMXMnIH1cbiAgICA6IHsgcmF0ZTogTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChwZXJTZWNvbmQgKiA2MCkpLCB0aW1lVW5pdDogJzFtJyB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKTsgVlVzIGFzIGxpYi9sb2FkL29wZW4tbW9kZWwudHMgc2l6ZXMgdGhlbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoXG4gIGV4ZWM6IHN0cmluZyxcbiAgcGVyU2Vjb25kOiBudW1iZXIsXG4gIGR1cmF0aW9uUzogbnVtYmVyLFxuICB2dXM6IHsgcHJlQWxsb2NhdGVkVlVzOiBudW1iZXI7IG1heFZVczogbnVtYmVyIH0sXG4gIHN0YXJ0VGltZSA9ICcwcycsXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IHZ1cy5wcmVBbGxvY2F0ZWRWVXMsXG4gICAgbWF4VlVzOiB2dXMubWF4VlVzLFxuICAgIHN0YXJ0VGltZSxcbiAgfTtcbn1cblxuLyoqIFdhbGwgdGltZSBvZiBhIHJhbXBpbmctdXNlcnMgcnVuLCBzZWNvbmRzLCBmb3Igc2NlbmFyaW9zIHRoYXQgbXVzdCBydW4gYWxvbmdzaWRlIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBudW1iZXIge1xuICByZXR1cm4gY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TICsgY29uZmlnLnJhbXBEb3duUztcbn1cblxuZXhwb3J0IGNvbnN0IFNVTU1BUllfVFJFTkRfU1RBVFMgPSBbJ2F2ZycsICdtaW4nLCAnbWVkJywgJ21heCcsICdwKDkwKScsICdwKDk1KScsICdwKDk5KScsICdjb3VudCddO1xuXG4vKiogVlVzIGZvbGxvd2luZyBleHBsaWNpdCBzdGFnZXMgKHNwaWtlIHNoYXBlcyBhbmQgdGhlIGxpa2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlZFVzZXJzKGV4ZWM6IHN0cmluZywgc3RhZ2VzOiB7IGR1cmF0aW9uUzogbnVtYmVyOyB0YXJnZXQ6IG51bWJlciB9W10sIHN0YXJ0VlVzID0gMCk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzLFxuICAgIHN0YWdlczogc3RhZ2VzLm1hcCgocykgPT4gKHsgZHVyYXRpb246IGAke3MuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHMudGFyZ2V0IH0pKSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMTBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogRXZlcnkgVlUgc3RhcnRzIG9uZSBpdGVyYXRpb24gYXQgdGhlIHNhbWUgaW5zdGFudCAodGhleSBhcmUgYWxsIGluaXRpYWxpc2VkIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxBdE9uY2UoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnM6IDEsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cblxuLyoqIEEgZml4ZWQgbnVtYmVyIG9mIFZVcyBmb3IgYSBmaXhlZCB0aW1lIChjbG9zZWQgbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50VXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYywgdnVzLCBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH07XG59XG5cbi8qKiBBcnJpdmFsIHJhdGUgcmlzaW5nIGxpbmVhcmx5IGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIHBlciBzZWNvbmQgb3ZlciBgZHVyYXRpb25TYCAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmlzaW5nUmF0ZShcbiAgZXhlYzogc3RyaW5nLFxuICBzdGFydFJhdGU6IG51bWJlcixcbiAgbWF4UmF0ZTogbnVtYmVyLFxuICBkdXJhdGlvblM6IG51bWJlcixcbiAgbWF4VlVzOiBudW1iZXIsXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICBzdGFydFJhdGUsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDIsIE1hdGguY2VpbChzdGFydFJhdGUpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YWdlczogW3sgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgdGFyZ2V0OiBtYXhSYXRlIH1dLFxuICB9O1xufVxuXG4vKiogYHZ1c2AgdXNlcnMgZWFjaCBydW4gYGl0ZXJhdGlvbnNgIGl0ZXJhdGlvbnMsIGFsbCBzdGFydGluZyB0b2dldGhlciwgYm91bmRlZCBieSBgbWF4RHVyYXRpb25TYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpdGVyYXRpb25zUGVyVXNlcihleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBpdGVyYXRpb25zOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIE9ubHkgdGhlIGxvYWQgaXMgZ2F0ZWQ6IHRoZSBwb2xsZXIgdGVsbHMgdGhlIHNpZGVjYXIgd2hlbiB0aGVcbi8vIGxvYWQgc3RhcnRzIChpdHMgZmlyc3QgcG9sbDogaXQgc3RhcnRzIHdpdGggdGhlIGxvYWQgc2NlbmFyaW9zLCBhZnRlciBzZXR1cCkgYW5kIGVuZHMgKGl0cyBsYXN0LFxuLy8gb3IgdGVhcmRvd24pLCBhbmQgc2FtcGxlcyB0aGUgc2lkZWNhciBtYXJrcyBzZXR1cCBvciB0ZWFyZG93biAoYSBkYXRhc2V0IHNlZWRlZCBpbiBzZXR1cCwgdGhlXG4vLyBjbGVhbi11cCkgYXJlIGxlZnQgb3V0LiBQb2xscyBjYXJyeSBzY29wZTpzaWRlY2FyIGFuZCBlbWl0IG5vIGh0dHBfcmVxX2ZhaWxlZCBzYW1wbGVzXG4vLyAocmVzcG9uc2VDYWxsYmFjazogbnVsbCksIHNvIHRoZSBBUEkgZmlndXJlcyBhbmQgdGhyZXNob2xkcyBuZXZlciBzZWUgdGhlbS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQ291bnRlciwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcbmltcG9ydCB7IHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMsIHRvSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuXG4vKiogUGVyY2VudCBvZiB0aGUgQ1BVcyBhdmFpbGFibGUgdG8gdGhlIHNlcnZlciwgMC0xMDAuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1UGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9wZXJjZW50Jyk7XG4vKiogUGVyLWNvcmUgc3VtOiAxMDAgPSBvbmUgY29yZSBmdWxseSBidXN5LiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdUNvcmVzUGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9jb3Jlc19wZXJjZW50Jyk7XG4vKiogUFNTIHN1bSAocHJvY2VzcyB0cmVlKSwgd29ya2luZyBzZXQgKGNncm91cCksIFJTUyAoL21ldHJpY3MpIG9yIHRoZSBtZW1vcnkgcXVlcnkgKFByb21ldGhldXMgc2VydmVyKSwgTUIuICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5TWIgPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfbWInKTtcbi8qKiBQb2xscyB0aGUgc2lkZWNhciBkaWQgbm90IGFuc3dlciwgcGx1cyByZWFkaW5ncyB0aGUgc2lkZWNhciBmYWlsZWQgdG8gdGFrZTogZWFjaCBhYm91dCBvbmUgaW50ZXJ2YWwgd2l0aG91dCBkYXRhLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlclNhbXBsZXNNaXNzaW5nID0gbmV3IENvdW50ZXIoJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnKTtcbi8qKiBNQiBwZXIgbWludXRlIG92ZXIgdGhlIGxvYWQgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbiAgLyoqIHNldHVwLCBsb2FkIG9yIHRlYXJkb3duOyBhYnNlbnQgZnJvbSBhIHNpZGVjYXIgdGhhdCBkb2VzIG5vdCBtYXJrIHBoYXNlcyAoZXZlcnkgc2FtcGxlIGNvdW50cykuICovXG4gIHBoYXNlPzogc3RyaW5nO1xufVxuXG5jb25zdCBQT0xMID0geyB0YWdzOiB7IHNjb3BlOiAnc2lkZWNhcicsIG5hbWU6ICdzaWRlY2FyJyB9LCByZXNwb25zZUNhbGxiYWNrOiBudWxsLCB0aW1lb3V0OiAnMnMnIH0gYXMgY29uc3Q7XG4vLyBQZXIgVlUgKHRoZSBzY2VuYXJpbyBoYXMgb25lKTogdGhlIGxhc3Qgc2VxIHJlY2VpdmVkLCB0aGUgc2lkZWNhcidzIGZhaWxlZC1yZWFkaW5nIGNvdW50IHNlZW4sXG4vLyBhbmQgd2hldGhlciB0aGUgc2lkZWNhciBoYXMgdGFrZW4gdGhlIG1hcmsgdGhhdCB0aGUgbG9hZCBzdGFydGVkLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xubGV0IGxvYWRNYXJrZWQgPSBmYWxzZTtcblxuLyoqXG4gKiBUZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBzdGFydHMgKCdsb2FkJykgb3IgZW5kZWQgKCd0ZWFyZG93bicpOyB0cnVlIG9uY2UgaXQgdG9vayB0aGUgbWFyay5cbiAqIEEgc2lkZWNhciB3aXRob3V0IHRoZSByb3V0ZSAoNDA0KSBtYXJrcyBubyBwaGFzZSBhbmQgY291bnRzIGV2ZXJ5IHNhbXBsZTogbm90aGluZyB0byByZXRyeS5cbiAqL1xuZnVuY3Rpb24gbWFya1BoYXNlKHNpZGVjYXJVcmw6IHN0cmluZywgcGhhc2U6ICdsb2FkJyB8ICd0ZWFyZG93bicpOiBib29sZWFuIHtcbiAgY29uc3QgcmVzID0gaHR0cC5wb3N0KGAke3NpZGVjYXJVcmx9L3BoYXNlYCwgSlNPTi5zdHJpbmdpZnkoeyBwaGFzZSB9KSwge1xuICAgIC4uLlBPTEwsXG4gICAgaGVhZGVyczogeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0sXG4gIH0gYXMgbmV2ZXIpO1xuICByZXR1cm4gcmVzLnN0YXR1cyA9PT0gMjAwIHx8IHJlcy5zdGF0dXMgPT09IDQwNDtcbn1cblxuLyoqIEhvdyBsb25nIHBhc3QgaXRzIGR1cmF0aW9uIHRoZSBwb2xsZXIgbWF5IGZvbGxvdyBWVXMgc3RpbGwgZmluaXNoaW5nICh0aGUgbG9hZCBzY2VuYXJpb3MnIGdyYWNlZnVsIHN0b3BzKS4gKi9cbmNvbnN0IFRBSUxfUyA9IDMwO1xuXG4vKipcbiAqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW86IG9uZSBwb2xsIGEgc2Vjb25kIGZvciB0aGUgd2hvbGUgcnVuLCBvbiBvbmUgVlUgdGhhdCBzdGF5cyBhY3RpdmUgKGVhY2hcbiAqIGl0ZXJhdGlvbiBwb2xscywgdGhlbiBzbGVlcHMgb3V0IGl0cyBzZWNvbmQpLiBBbHdheXMgYWN0aXZlLCBpdCBhZGRzIGV4YWN0bHkgb25lIHRvIGs2J3MgYHZ1c2BcbiAqIGdhdWdlIG92ZXIgdGhlIHNjZW5hcmlvJ3Mgc3Bhbiwgd2hpY2ggcmVwb3J0cyBjYW4gdGFrZSBvZmYgKHJ1bm5lci9yZXBvcnQvaHRtbC1yZXBvcnQudHMpOyBhblxuICogYXJyaXZhbC1yYXRlIFZVLCBhY3RpdmUgb25seSBkdXJpbmcgaXRzIGZldy1tcyBwb2xscywgd291bGQgc29tZXRpbWVzIGJlIGNvdW50ZWQgYXMgYSB1c2VyIGFuZFxuICogc29tZXRpbWVzIG5vdCwgZGVwZW5kaW5nIG9uIGhvdyB0aGUgZ2F1Z2UncyB0aWNrcyBmYWxsIGFnYWluc3QgdGhlIHBvbGxzLiBJdHMgZ3JhY2VmdWwgc3RvcCBsZXRzXG4gKiB0aGUgbGFzdCBpdGVyYXRpb24gZm9sbG93IHRoZSBsb2FkIHRvIGl0cyBlbmQgKHBvbGxSZXNvdXJjZXMpLCBhbmQgbm8gZnVydGhlci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1NjZW5hcmlvKGR1cmF0aW9uUzogbnVtYmVyLCBzdGFydFRpbWU/OiBzdHJpbmcpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLFxuICAgIGV4ZWM6ICdwb2xsUmVzb3VyY2VzJyxcbiAgICB2dXM6IDEsXG4gICAgZHVyYXRpb246IGAke01hdGgubWF4KDEsIE1hdGguY2VpbChkdXJhdGlvblMpKX1zYCxcbiAgICBncmFjZWZ1bFN0b3A6IGAke1RBSUxfU31zYCxcbiAgICAuLi4oc3RhcnRUaW1lID8geyBzdGFydFRpbWUgfSA6IHt9KSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcGFyc2U8VD4oYm9keTogdW5rbm93bik6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiB0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycgPyAoSlNPTi5wYXJzZShib2R5KSBhcyBUKSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIE9uZSBpdGVyYXRpb24gb2YgdGhlIHBvbGxlcjogYSBwb2xsLCB0aGVuIHRoZSByZXN0IG9mIGl0cyBzZWNvbmQuIFRoZSBmaXJzdCB0ZWxscyB0aGUgc2lkZWNhciB0aGVcbiAqIGxvYWQgc3RhcnRzIChpdCBzdGFydHMgd2l0aCB0aGUgbG9hZCBzY2VuYXJpb3MsIGFmdGVyIHNldHVwKS4gUGFzdCB0aGUgc2NlbmFyaW8ncyBkdXJhdGlvbiB0aGVcbiAqIGxvYWQncyBWVXMgbWF5IHN0aWxsIGJlIGZpbmlzaGluZyB0aGVpciBpdGVyYXRpb25zIChrNidzIGdyYWNlZnVsIHN0b3ApOiB0aGUgbGFzdCBpdGVyYXRpb24gZ29lc1xuICogb24gcG9sbGluZyB1bnRpbCBubyBvdGhlciBWVSBpcyBhY3RpdmUsIHRoZW4gdGVsbHMgdGhlIHNpZGVjYXIgdGhlIGxvYWQgZW5kZWQgYW5kIHRha2VzIHRoZVxuICogc2FtcGxlcyB1cCB0byB0aGF0IG1hcmssIHNvIHdoYXQgazYgZ2F0ZXMgaXMgZXhhY3RseSB3aGF0IHRoZSBzaWRlY2FyIGNvdW50cyBhcyB0aGUgbG9hZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIC8vIEJlZm9yZSB0aGUgZmlyc3QgcmVhZCwgYW5kIGFnYWluIHVudGlsIHRoZSBzaWRlY2FyIHRha2VzIGl0OiBzYW1wbGVzIHRha2VuIGJlZm9yZSBpdCBhcmUgc2V0dXAncy5cbiAgaWYgKCFsb2FkTWFya2VkKSBsb2FkTWFya2VkID0gbWFya1BoYXNlKHNpZGVjYXJVcmwsICdsb2FkJyk7XG4gIGZvciAoOzspIHtcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICBwb2xsT25jZShzaWRlY2FyVXJsKTsgLy8gdGhyb3dzIG9ubHkgd2hlbiBhIHJlZnVzYWwgYWJvcnRzIHRoZSBydW5cbiAgICBzbGVlcChNYXRoLm1heCgwLCAxIC0gKERhdGUubm93KCkgLSBzdGFydGVkKSAvIDEwMDApKTsgLy8gb25lIHBvbGwgYSBzZWNvbmRcbiAgICBpZiAoZXhlYy5zY2VuYXJpby5wcm9ncmVzcyA8IDEpIHJldHVybjsgLy8gazYgc3RhcnRzIHRoZSBuZXh0IGl0ZXJhdGlvblxuICAgIGlmIChleGVjLmluc3RhbmNlLnZ1c0FjdGl2ZSA8PSAxKSBicmVhazsgLy8gdGhpcyBWVSBhbG9uZTogdGhlIGxvYWQgaXMgb3ZlclxuICB9XG4gIG1hcmtQaGFzZShzaWRlY2FyVXJsLCAndGVhcmRvd24nKTtcbiAgcG9sbE9uY2Uoc2lkZWNhclVybCk7XG59XG5cbmZ1bmN0aW9uIHBvbGxPbmNlKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zYW1wbGVzP3NpbmNlPSR7Y3Vyc29yfWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBib2R5ID1cbiAgICByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXI7IHJlZnVzZWQ/OiBzdHJpbmcgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIGN1cnNvciA9IE1hdGgubWF4KGN1cnNvciwgc2FtcGxlLnNlcSk7XG4gICAgaWYgKHNhbXBsZS5waGFzZSAhPT0gdW5kZWZpbmVkICYmIHNhbXBsZS5waGFzZSAhPT0gJ2xvYWQnKSBjb250aW51ZTsgLy8gc2V0dXAncyAob3IgdGVhcmRvd24ncyk6IHNob3duIGluIHRoZSByZXBvcnRzLCBub3QgZ2F0ZWRcbiAgICBzZXJ2ZXJDcHVQZXJjZW50LmFkZChzYW1wbGUuY3B1X3BlcmNlbnQpO1xuICAgIHNlcnZlckNwdUNvcmVzUGVyY2VudC5hZGQoc2FtcGxlLmNwdV9jb3Jlc19wZXJjZW50KTtcbiAgICBzZXJ2ZXJNZW1vcnlNYi5hZGQoc2FtcGxlLm1lbW9yeV9tYik7XG4gIH1cbiAgLy8gVGhlIHNpZGVjYXIgZm91bmQgbWlkLXJ1biB0aGF0IGl0cyBzb3VyY2UgY2Fubm90IHJlYWQgdGhlIHdob2xlIHNlcnZlciAoZS5nLiAvbWV0cmljcyBhbnN3ZXJlZFxuICAvLyBieSBhbm90aGVyIHdvcmtlcik6IGV2ZXJ5IGZ1cnRoZXIgcmVhZGluZyB3b3VsZCBiZSB3cm9uZywgc28gdGhlIHJ1biBzdG9wcywgc2F5aW5nIHdoeS5cbiAgaWYgKHR5cGVvZiBib2R5LnJlZnVzZWQgPT09ICdzdHJpbmcnKVxuICAgIGV4ZWMudGVzdC5hYm9ydChgc2VydmVyIHJlc291cmNlczogdGhlIHNpZGVjYXIgcmVmdXNlZCBpdHMgc291cmNlOiAke2JvZHkucmVmdXNlZH1gKTtcbn1cblxuLyoqXG4gKiBUZWFyZG93biwgYmVmb3JlIGFueXRoaW5nIGVsc2UgaXQgZG9lczogdGVsbHMgdGhlIHNpZGVjYXIgdGhlIGxvYWQgZW5kZWQgKHdoZW4gdGhlIHBvbGxlciBjb3VsZFxuICogbm90OiBhIHJ1biBzdG9wcGVkIGVhcmx5KSwgdGhlbiByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoIG92ZXIgdGhlIGxvYWQgYWZ0ZXIgd2FybS11cCwgTUIgcGVyXG4gKiBtaW51dGUsIGFzIHRoZSBzaWRlY2FyIGNvbXB1dGVkIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kTG9hZChzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgbWFya1BoYXNlKHNpZGVjYXJVcmwsICd0ZWFyZG93bicpO1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpXG4gICAgc2VydmVyTWVtb3J5R3Jvd3RoLmFkZChzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbik7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2VMaW1pdHMge1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIG1lbW9yeSBncm93dGggKHNvYWspLCBNQiBwZXIgbWludXRlIGFmdGVyIHdhcm0tdXAuICovXG4gIGdyb3d0aE1iUGVyTWluPzogbnVtYmVyO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2FtcGxlcyB3ZW50IG1pc3NpbmcgKHRoZSBzaWRlY2FyIHN0b3BwZWQgYW5zd2VyaW5nKS4gKi9cbiAgZmFpbE9uTWlzc2luZz86IGJvb2xlYW47XG59XG5cbi8qKlxuICogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiBDUFUgaXMgXCJhdCBtb3N0XCI6IGEgc2FtcGxlXG4gKiBpcyBhIHNoYXJlIG9mIHRoZSBzZXJ2ZXIncyBDUFVzIChuZXZlciBhYm92ZSAxMDApLCBzbyBhIGxpbWl0IG9mIDEwMCBtZWFzdXJlcyBDUFUgd2l0aG91dCBnYXRpbmcgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZUdhdGVzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBHYXRlW10ge1xuICBjb25zdCBnYXRlczogR2F0ZVtdID0gW1xuICAgIHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9tYicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5tZW1vcnlNYiB9XSB9LFxuICAgIHsgbWV0cmljOiAnc2VydmVyX2NwdV9wZXJjZW50JywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPD0nLCB2YWx1ZTogbGltaXRzLmNwdVBlcmNlbnQgfV0gfSxcbiAgXTtcbiAgaWYgKGxpbWl0cy5ncm93dGhNYlBlck1pbiAhPT0gdW5kZWZpbmVkKVxuICAgIGdhdGVzLnB1c2goe1xuICAgICAgbWV0cmljOiAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsXG4gICAgICBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0sXG4gICAgfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZylcbiAgICBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsIHJ1bGVzOiBbeyBzdGF0OiAnY291bnQnLCBvcDogJzwnLCB2YWx1ZTogMSB9XSB9KTtcbiAgcmV0dXJuIGdhdGVzO1xufVxuXG4vKiogVGhlIHNhbWUgZ2F0ZXMgYXMgYSBrNiB0aHJlc2hvbGRzIG9iamVjdDogeyBzZXJ2ZXJfbWVtb3J5X21iOiBbJ21heDwxMDI0J10sIHNlcnZlcl9jcHVfcGVyY2VudDogWydwKDk1KTw9ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBUaGUgcnVuJ3MgYWNjb3VudHMsIHBlciBjbGFzczogZnJvbSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFIChwYXJzZWQgb25jZSBmb3IgdGhlIHdob2xlIHRlc3QgaW50b1xuLy8gazYgU2hhcmVkQXJyYXlzLCBzbyBldmVyeSBWVSByZWFkcyBvbmUgY29weSBpbnN0ZWFkIG9mIGhvbGRpbmcgaXRzIG93biksIGZyb20gdGhlIGRlbW9cbi8vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sIChuYW1lcyBjb21wdXRlZCwgbm90aGluZyBoZWxkKSwgb3IgZWxzZSB0aGUgY2xhc3MncyBzaW5nbGUgYWNjb3VudFxuLy8gKFJFR1VMQVJfVVNFUl9FTUFJTCAuLi46IGV2ZXJ5IFZVIG9mIGEgY2xhc3Mgc2hhcmVzIGl0KS4gVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuXG5pbXBvcnQgeyBTaGFyZWRBcnJheSB9IGZyb20gJ2s2L2RhdGEnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2Vudi50cyc7XG5pbXBvcnQge1xuICB0eXBlIEFjY291bnQsXG4gIHR5cGUgUG9vbFNpemVzLFxuICBwYXJzZVVzZXJzQ3N2LFxuICBwb29sRW1haWwsXG4gIFJPTEVTLFxuICB0eXBlIFJvbGUsXG4gIHRvb1NtYWxsRm9yRGlzdGluY3QsXG59IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBQb29sIHtcbiAgLyoqIFdoZXJlIHRoZSBhY2NvdW50cyBjb21lIGZyb20sIGZvciBtZXNzYWdlcy4gKi9cbiAgc291cmNlOiBzdHJpbmc7XG4gIHNpemVzOiBQb29sU2l6ZXM7XG4gIC8qKiBUaGUgaS10aCBhY2NvdW50IChmcm9tIDApIG9mIGEgY2xhc3M7IGBwYXNzd29yZGAgaXMgdGhlIGZpbGUncywgb3IgdGhlIGNsYXNzIHBhc3N3b3JkIGdpdmVuLiAqL1xuICBhY2NvdW50KHJvbGU6IFJvbGUsIGluZGV4OiBudW1iZXIsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQ7XG59XG5cbmZ1bmN0aW9uIHJlYWRGaWxlKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG9wZW4ocGF0aCk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtwYXRofSBjYW5ub3QgYmUgcmVhZCAoJHtTdHJpbmcoZXJyb3IpfSk6IGdpdmUgYW4gYWJzb2x1dGUgcGF0aCB0byBhIENTViB3aXRoIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZWAsXG4gICAgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBmaWxlUG9vbChwYXRoOiBzdHJpbmcpOiBQb29sIHtcbiAgLy8gVGhlIGNhbGxiYWNrIHJ1bnMgb25jZSBwZXIgdGVzdCAoazYga2VlcHMgdGhlIHJlc3VsdCBmb3IgZXZlcnkgVlUpOyBlYWNoIGNsYXNzIGl0cyBvd24gYXJyYXkuXG4gIGNvbnN0IGFycmF5cyA9IHt9IGFzIFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpXG4gICAgYXJyYXlzW3JvbGVdID0gbmV3IFNoYXJlZEFycmF5KFxuICAgICAgYHVzZXJzOiR7cm9sZX1gLFxuICAgICAgKCkgPT4gcGFyc2VVc2Vyc0NzdihyZWFkRmlsZShwYXRoKSwgcGF0aClbcm9sZV0sXG4gICAgKSBhcyB1bmtub3duIGFzIEFjY291bnRbXTtcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6IGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH1gLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IGFycmF5cy5yZWd1bGFyLmxlbmd0aCwgcG93ZXI6IGFycmF5cy5wb3dlci5sZW5ndGgsIGFkbWluOiBhcnJheXMuYWRtaW4ubGVuZ3RoIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIGluZGV4KSA9PiBhcnJheXNbcm9sZV1baW5kZXhdIGFzIEFjY291bnQsXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlUG9vbChjb25maWc6IENvbmZpZyk6IFBvb2wge1xuICBpZiAoY29uZmlnLnVzZXJzRmlsZSkgcmV0dXJuIGZpbGVQb29sKGNvbmZpZy51c2Vyc0ZpbGUpO1xuICBjb25zdCB1c2VycyA9IGNvbmZpZy51c2VycztcbiAgaWYgKGNvbmZpZy5kZW1vVXNlcnMpIHtcbiAgICByZXR1cm4ge1xuICAgICAgc291cmNlOiAnREVNT19VU0VSUycsXG4gICAgICBzaXplczogY29uZmlnLmRlbW9Vc2VycyxcbiAgICAgIGFjY291bnQ6IChyb2xlLCBpbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiBwb29sRW1haWwocm9sZSwgaW5kZXggKyAxKSwgcGFzc3dvcmQgfSksXG4gICAgfTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNvdXJjZTogJ1JFR1VMQVJfVVNFUl9FTUFJTCAvIFBPV0VSX1VTRVJfRU1BSUwgLyBBRE1JTl9VU0VSX0VNQUlMIChvbmUgc2hhcmVkIGFjY291bnQgcGVyIGNsYXNzKScsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogMSwgcG93ZXI6IDEsIGFkbWluOiAxIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIF9pbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiB1c2Vyc1tyb2xlXS5lbWFpbCwgcGFzc3dvcmQgfSksXG4gIH07XG59XG5cbi8qKiBUaGlzIFZVJ3MgYWNjb3VudCBvZiBhIGNsYXNzOiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NvdW50T2ZWdShwb29sOiBQb29sLCByb2xlOiBSb2xlLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2l6ZSA9IHBvb2wuc2l6ZXNbcm9sZV07XG4gIHJldHVybiBzaXplID09PSAwID8gdW5kZWZpbmVkIDogcG9vbC5hY2NvdW50KHJvbGUsIChleGVjLnZ1LmlkSW5UZXN0IC0gMSkgJSBzaXplLCBjbGFzc1Bhc3N3b3JkKTtcbn1cblxuLyoqIFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWU6IHJlZnVzZXMsIGF0IGluaXQsIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgdXNlZCBjbGFzcyB0aGFuIFZVIGlkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnREaXN0aW5jdChwb29sOiBQb29sLCByb2xlczogcmVhZG9ubHkgUm9sZVtdLCB2dUlkczogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IG5lZWRlZDogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgZm9yIChjb25zdCByb2xlIG9mIHJvbGVzKSBuZWVkZWRbcm9sZV0gPSB2dUlkcztcbiAgY29uc3QgcHJvYmxlbSA9IHRvb1NtYWxsRm9yRGlzdGluY3QocG9vbC5zaXplcywgbmVlZGVkLCBwb29sLnNvdXJjZSk7XG4gIGlmIChwcm9ibGVtKSB0aHJvdyBuZXcgRXJyb3IocHJvYmxlbSk7XG59XG5cbi8qKiBUaGUgcnVuJ3MgcG9vbCwgbWFkZSBvbmNlIHBlciBWVSBhdCBpbml0IChhIGJhZCBmaWxlIHN0b3BzIHRoZSBydW4gaGVyZSwgYmVmb3JlIHNldHVwKS4gKi9cbmV4cG9ydCBjb25zdCBwb29sOiBQb29sID0gbWFrZVBvb2wocnVuQ29uZmlnKTtcbiIsICIvLyBUaGUgcnVuJ3MgY29uZmlndXJhdGlvbiwgcmVhZCBmcm9tIGs2J3MgX19FTlYgb25jZSBhdCBpbml0LiBBbiBpbnZhbGlkIHZhbHVlIHRocm93cyBoZXJlLCBzb1xuLy8gazYgc3RvcHMgYmVmb3JlIHNldHVwKCkgYW5kIGJlZm9yZSBhbnkgcmVxdWVzdCwgd2l0aCB0aGUgdmFyaWFibGUgbmFtZWQgaW4gdGhlIG1lc3NhZ2UuXG5pbXBvcnQgeyBhc3NlcnRUYXJnZXRBbGxvd2VkLCB0eXBlIENvbmZpZywgcGFyc2VDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHBhcnNlQ29uZmlnKF9fRU5WKTtcblxuLyoqIFRoZSBjb25maWd1cmF0aW9uIGZvciBhIGxvYWQtZ2VuZXJhdGluZyBlbnRyeTogcmVmdXNlcyBhIG5vbi1sb29wYmFjayB0YXJnZXQgdGhhdCBpcyBub3QgYWxsb3ctbGlzdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1YXJkZWRDb25maWcoZW50cnk6IHN0cmluZyk6IENvbmZpZyB7XG4gIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnLCBlbnRyeSk7XG4gIHJldHVybiBjb25maWc7XG59XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGNoZWNrc1xuLy8gb25lIGFjY291bnQgb2YgZWFjaCBjbGFzcyAoYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UpLCByZW1vdmVzIHdoYXQga2lsbGVkIHJ1bnNcbi8vIGxlZnQgYmVoaW5kLCBtYWtlcyBzdXJlIHRoZSBrZXB0IGRhdGFzZXQgaXMgdGhlcmUsIGFuZCAoZm9yIGFwaS9icmVha3BvaW50KSBzZWVkcyBydW4tdGFnZ2VkXG4vLyBjb3Vyc2VzLiBUZWFyZG93biByZW1vdmVzIGV2ZXJ5dGhpbmcgdGhpcyBydW4gY3JlYXRlZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCBzZWNyZXRzIGZyb20gJ2s2L3NlY3JldHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBJZCwgdHlwZSBSb2xlIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgZW5zdXJlRGF0YXNldCwgdHlwZSBPd25lciwgcXVpZXRMb2dpbiwgcmVtb3ZlQ291cnNlcyB9IGZyb20gJy4vZGF0YXNldC50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyLCBuZXdSdW5JZCwgUlVOX1RJVExFX0ZJTFRFUiB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBwb29sIH0gZnJvbSAnLi9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB2dUlkQm91bmQgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuRGF0YSB7XG4gIC8qKiBVbmlxdWUgcGVyIHJ1biwgcGFydCBvZiBldmVyeSB0aXRsZSB0aGlzIHJ1biBjcmVhdGVzLCBzbyBydW5zIGFuZCBWVXMgbmV2ZXIgY29sbGlkZS4gKi9cbiAgcnVuSWQ6IHN0cmluZztcbiAgLyoqIE9uZSBsb2dnZWQtaW4gYWNjb3VudCBwZXIgY2xhc3MgKHRoZSBwb29sJ3MgZmlyc3QpOiBzZXR1cCdzIGNoZWNrcywgc2hhcmVkLXRva2VuIGVudHJpZXMsIGNsZWFudXAuICovXG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBSdW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIG93bmVkIGJ5IHRva2Vucy5yZWd1bGFyJ3MgYWNjb3VudCwgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkZWRDb3Vyc2VJZHM6IElkW107XG59XG5cbmNvbnN0IFNFRURfQ09VUlNFUyA9IDM7XG5jb25zdCBQUk9CRV9USU1FT1VUID0gJzVzJztcblxuZnVuY3Rpb24gYWJvcnQobWVzc2FnZTogc3RyaW5nKTogbmV2ZXIge1xuICBleGVjLnRlc3QuYWJvcnQobWVzc2FnZSk7XG4gIHRocm93IG5ldyBFcnJvcihtZXNzYWdlKTsgLy8gbm90IHJlYWNoZWQ6IGFib3J0KCkgc3RvcHMgdGhlIHRlc3Q7IHRoaXMga2VlcHMgdGhlIHR5cGUgY2hlY2tlciBob25lc3Rcbn1cblxuZnVuY3Rpb24gcHJvYmUoYmFzZVVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHVybCA9IGAke2Jhc2VVcmx9L2hlYWx0aGA7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KHVybCwgeyB0aW1lb3V0OiBQUk9CRV9USU1FT1VULCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiAnR0VUIC9oZWFsdGggKHNldHVwIHByb2JlKScgfSB9KTtcbiAgaWYgKHJlcy5zdGF0dXMgPT09IDApIHtcbiAgICBhYm9ydChcbiAgICAgIGB0aGUgcGxhdGZvcm0gZG9lcyBub3QgYW5zd2VyIGF0ICR7dXJsfSAoR0VULCAke1BST0JFX1RJTUVPVVR9IHRpbWVvdXQpOiAke3Jlcy5lcnJvciB8fCAnbm8gcmVzcG9uc2UnfS4gSXMgaXQgcnVubmluZz8gU2V0IEJBU0VfVVJMIHRvIGl0cyBhZGRyZXNzLmAsXG4gICAgKTtcbiAgfVxuICBpZiAocmVzLnN0YXR1cyAhPT0gMjAwKSB7XG4gICAgYWJvcnQoXG4gICAgICBgdGhlIHBsYXRmb3JtIGF0ICR7dXJsfSBhbnN3ZXJlZCAke3Jlcy5zdGF0dXN9IGluc3RlYWQgb2YgMjAwOiBpdCBpcyBub3QgaGVhbHRoeSwgb3IgQkFTRV9VUkwgcG9pbnRzIGF0IHNvbWV0aGluZyBlbHNlLmAsXG4gICAgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+LCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldFtyb2xlXSA/PyBjb25maWcudXNlcnNbcm9sZV0ucGFzc3dvcmQ7XG59XG5cbi8qKlxuICogTG9ncyBpbiBhcyB0aGUgY2xhc3MncyBmaXJzdCBhY2NvdW50OiB0aGUgY2hlY2sgdGhhdCBhIHdyb25nIHBhc3N3b3JkIHN0b3BzIHRoZSBydW4gYXQgb25jZS5cbiAqIE91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdzogZW5kcG9pbnQ6bG9naW4gdGltZXMgdGhlIFZVcycgb3duIGxvZ2lucyB1bmRlciBsb2FkLlxuICovXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGlmIChwb29sLnNpemVzW3JvbGVdID09PSAwKSBhYm9ydChgJHtwb29sLnNvdXJjZX0gaGFzIG5vICR7cm9sZX0gYWNjb3VudCwgYW5kIHRoaXMgZW50cnkgbmVlZHMgb25lLmApO1xuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KHJvbGUsIDAsIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKTtcbiAgY29uc3QgcmVzdWx0ID0gcXVpZXRMb2dpbihjb25maWcsIGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LnRva2VuKSB7XG4gICAgY29uc3QgZW52UHJlZml4ID0gYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSYDtcbiAgICBjb25zdCB3aGVyZSA9IGNvbmZpZy51c2Vyc0ZpbGVcbiAgICAgID8gYGl0cyBsaW5lIGluICR7Y29uZmlnLnVzZXJzRmlsZX1gXG4gICAgICA6IGNvbmZpZy5kZW1vVXNlcnNcbiAgICAgICAgPyBgJHtlbnZQcmVmaXh9X1BBU1NXT1JEICh0aGUgREVNT19VU0VSUyBwb29sJ3MgJHtyb2xlfSBwYXNzd29yZClgXG4gICAgICAgIDogYCR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JEYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7d2hlcmV9LmApO1xuICB9XG4gIHJldHVybiByZXN1bHQudG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IGBwZXJmLXNlZWQgJHtydW5JZH0gJHtufWAsXG4gICAgICB0b3BpYzogJ2xvYWQgdGVzdGluZycsXG4gICAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IDIsXG4gICAgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3QgY3JlYXRlIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke2NyZWF0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY29uc3Qgc3RhcnRlZCA9IGNsaWVudC5nZW5lcmF0ZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGlmICghc3RhcnRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IHN0YXJ0IGdlbmVyYXRpbmcgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7c3RhcnRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb3Vyc2VJZHMucHVzaChjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGpvYnMucHVzaChzdGFydGVkLmJvZHkuam9iX2lkKTtcbiAgfVxuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMDtcbiAgZm9yIChjb25zdCBqb2JJZCBvZiBqb2JzKSB7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3Qgam9iID0gY2xpZW50LmdldEpvYihqb2JJZCkuYm9keTtcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGJyZWFrO1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnZmFpbGVkJykgYWJvcnQoYGEgc2VlZCBjb3Vyc2UncyBnZW5lcmF0aW9uIGZhaWxlZDogJHtqb2IuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9LmApO1xuICAgICAgaWYgKERhdGUubm93KCkgPiBkZWFkbGluZSlcbiAgICAgICAgYWJvcnQoYHNlZWQgY291cnNlcyB3ZXJlIG5vdCBnZW5lcmF0ZWQgd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9cy5gKTtcbiAgICAgIHNsZWVwKDAuNSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBjb3Vyc2VJZHM7XG59XG5cbi8qKlxuICogQ2xhc3MgcGFzc3dvcmRzIGZyb20gazYncyBzZWNyZXQgc291cmNlcyAoYGs2IHJ1biAtLXNlY3JldC1zb3VyY2U9ZmlsZT1zZWNyZXRzLnR4dGAsIGtleXMgbmFtZWRcbiAqIGxpa2UgdGhlIGVudiB2YXJpYWJsZXM6IFJFR1VMQVJfVVNFUl9QQVNTV09SRCwgLi4uKSB0YWtlIHByZWNlZGVuY2Ugb3ZlciB0aGUgZW52aXJvbm1lbnQ7IGs2XG4gKiByZWRhY3RzIHRoZW0gZnJvbSBpdHMgbG9ncy4gVGhleSBhcHBseSB0byB0aGUgc2luZ2xlIGFjY291bnRzIGFuZCB0byB0aGUgREVNT19VU0VSUyBwb29sOyBhXG4gKiB1c2VycyBmaWxlIGNhcnJpZXMgaXRzIG93biBwYXNzd29yZHMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzZWNyZXRQYXNzd29yZHMoKTogUHJvbWlzZTxQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pj4ge1xuICBjb25zdCBmb3VuZDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4gPSB7fTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHBhc3N3b3JkID0gYXdhaXQgc2VjcmV0cy5nZXQoYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSX1BBU1NXT1JEYCk7XG4gICAgICBpZiAocGFzc3dvcmQpIGZvdW5kW3JvbGVdID0gcGFzc3dvcmQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiBmb3VuZDtcbn1cblxuLyoqIFRoZSBhY2NvdW50cyBWVXMgb2YgdGhlIGNsYXNzZXMgdGhhdCByZWFkIHRoZSBkYXRhc2V0IGNhbiB1c2U6IHRoZSBmaXJzdCBtaW4oc2l6ZSwgVlUgaWRzKSBvZiBlYWNoLiAqL1xuZnVuY3Rpb24gZGF0YXNldE93bmVycyhjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pik6IE93bmVyW10ge1xuICBjb25zdCB2dUlkcyA9IHZ1SWRCb3VuZCgoZXhlYy50ZXN0Lm9wdGlvbnMuc2NlbmFyaW9zID8/IHt9KSBhcyB1bmtub3duIGFzIFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik7XG4gIGNvbnN0IG93bmVyczogT3duZXJbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgWydyZWd1bGFyJywgJ3Bvd2VyJ10gYXMgY29uc3QpIHtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IE1hdGgubWluKHBvb2wuc2l6ZXNbcm9sZV0sIHZ1SWRzKTsgaSsrKVxuICAgICAgb3duZXJzLnB1c2goeyByb2xlLCAuLi5wb29sLmFjY291bnQocm9sZSwgaSwgY2xhc3NQYXNzd29yZChjb25maWcsIHNlY3JldCwgcm9sZSkpIH0pO1xuICB9XG4gIHJldHVybiBvd25lcnM7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJlcGFyZU9wdGlvbnMge1xuICAvKiogU2VlZCBydW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZD86IGJvb2xlYW47XG4gIC8qKiBNYWtlIHN1cmUgdGhlIGtlcHQgcGVyLXVzZXIgZGF0YXNldCBpcyB0aGVyZSAoZW50cmllcyB3aG9zZSB1c2VycyByZWFkIHRoZWlyIG93biBjb3Vyc2VzKS4gKi9cbiAgZGF0YXNldD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlUnVuKGNvbmZpZzogQ29uZmlnLCBvcHRpb25zOiBQcmVwYXJlT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHByb2JlKGNvbmZpZy5iYXNlVXJsKTtcbiAgY29uc3Qgc2VjcmV0ID0gYXdhaXQgc2VjcmV0UGFzc3dvcmRzKCk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VucyA9IHt9IGFzIFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHRva2Vuc1tyb2xlXSA9IGxvZ2luKGNvbmZpZywgc2VjcmV0LCByb2xlKTtcbiAgY29uc3QgcnVuSWQgPSBuZXdSdW5JZCgpO1xuICBjb25zdCBzd2VwdCA9IHJlbW92ZUNvdXJzZXMoY29uZmlnLCB0b2tlbnMuYWRtaW4sIFJVTl9USVRMRV9GSUxURVIsICh0aXRsZSkgPT4gaXNMZWZ0b3Zlcih0aXRsZSwgcnVuSWQsIGZhbHNlKSk7XG4gIGlmIChzd2VwdCA+IDApIGNvbnNvbGUubG9nKGBzZXR1cDogcmVtb3ZlZCAke3N3ZXB0fSBjb3Vyc2UocykgbGVmdCBiZWhpbmQgYnkgZWFybGllciBydW5zYCk7XG4gIGlmIChvcHRpb25zLmRhdGFzZXQpIHtcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgciA9IGVuc3VyZURhdGFzZXQoY29uZmlnLCBkYXRhc2V0T3duZXJzKGNvbmZpZywgc2VjcmV0KSk7XG4gICAgICBjb25zb2xlLmxvZyhcbiAgICAgICAgYHNldHVwOiBkYXRhc2V0IG9mICR7Y29uZmlnLmRhdGFzZXQuY291cnNlc30gY291cnNlKHMpIHBlciBhY2NvdW50IGZvciAke3IuYWNjb3VudHN9IGFjY291bnQocyk6ICR7ci5yZXVzZWR9IHJldXNlZCwgJHtyLmNyZWF0ZWR9IGNvdXJzZShzKSBjcmVhdGVkICgke3IuZ2VuZXJhdGVkfSBnZW5lcmF0ZWQpLCAke3IucmVtb3ZlZH0gcmVtb3ZlZCR7ci5yZXRyaWVkID4gMCA/IGAsICR7ci5yZXRyaWVkfSByZXF1ZXN0KHMpIHNlbnQgYWdhaW4gYWZ0ZXIgbm8gYW5zd2VyIG9yIGEgNXh4YCA6ICcnfSwgaW4gJHsoKERhdGUubm93KCkgLSBzdGFydGVkKSAvIDEwMDApLnRvRml4ZWQoMSl9IHNgLFxuICAgICAgKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgYWJvcnQoZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpKTtcbiAgICB9XG4gIH1cbiAgY29uc3Qgc2VlZGVkQ291cnNlSWRzID0gb3B0aW9ucy5zZWVkID8gc2VlZENvdXJzZXMoYW5vbnltb3VzLmFzKHRva2Vucy5yZWd1bGFyKSwgcnVuSWQsIGNvbmZpZykgOiBbXTtcbiAgLy8gTm8gcGFzc3dvcmQgaW4gdGhlIHJldHVybmVkIGRhdGE6IGs2IGNvcGllcyBpdCBpbnRvIGV2ZXJ5IFZVIGFuZCBpbnRvIGl0cyBzdW1tYXJ5IGV4cG9ydC5cbiAgcmV0dXJuIHsgcnVuSWQsIHRva2Vucywgc2VlZGVkQ291cnNlSWRzIH07XG59XG5cbi8qKiBUZWFyZG93bjogcmVtb3ZlcyBldmVyeSBjb3Vyc2UgdGhpcyBydW4gY3JlYXRlZCAoVlVzIGRlbGV0ZSB0aGVpciBvd24gYXMgdGhleSBnbzsgdGhpcyBjYXRjaGVzIHRoZSByZXN0KS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjbGVhblVwUnVuKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhIHwgdW5kZWZpbmVkKTogUHJvbWlzZTx2b2lkPiB7XG4gIGlmICghZGF0YT8ucnVuSWQgfHwgcG9vbC5zaXplcy5hZG1pbiA9PT0gMCkgcmV0dXJuO1xuICBjb25zdCBzZWNyZXQgPSBhd2FpdCBzZWNyZXRQYXNzd29yZHMoKTtcbiAgLy8gQSBmcmVzaCBsb2dpbjogc2V0dXAncyB0b2tlbiBtYXkgaGF2ZSBleHBpcmVkIGR1cmluZyBhIGxvbmcgcnVuLlxuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KCdhZG1pbicsIDAsIHNlY3JldC5hZG1pbiA/PyBjb25maWcudXNlcnMuYWRtaW4ucGFzc3dvcmQpO1xuICBjb25zdCB7IHRva2VuIH0gPSBxdWlldExvZ2luKGNvbmZpZywgZW1haWwsIHBhc3N3b3JkKTtcbiAgaWYgKCF0b2tlbikge1xuICAgIGNvbnNvbGUuZXJyb3IoXG4gICAgICBgdGVhcmRvd246IGNvdWxkIG5vdCBsb2cgaW4gYXMgJHtlbWFpbH0gdG8gcmVtb3ZlIHRoaXMgcnVuJ3MgY291cnNlcyAodGl0bGVzIGNvbnRhaW5pbmcgJHtkYXRhLnJ1bklkfSk7IHRoZSBuZXh0IHJ1biByZW1vdmVzIHRoZW1gLFxuICAgICk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IHJlbW92ZWQgPSByZW1vdmVDb3Vyc2VzKGNvbmZpZywgdG9rZW4sIGRhdGEucnVuSWQsICh0aXRsZSkgPT4gaXNMZWZ0b3Zlcih0aXRsZSwgZGF0YS5ydW5JZCwgdHJ1ZSkpO1xuICBpZiAocmVtb3ZlZCA+IDApIGNvbnNvbGUubG9nKGB0ZWFyZG93bjogcmVtb3ZlZCAke3JlbW92ZWR9IGNvdXJzZShzKSB0aGlzIHJ1biBjcmVhdGVkYCk7XG59XG4iLCAiLy8gVHlwZWQgY2xpZW50IG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSBjb250cmFjdCAocGF0aHMgYW5kIHRhZ3MgY29tZSBmcm9tIHJvdXRlcy50cykuIEV2ZXJ5IHJlcXVlc3Rcbi8vIGNhcnJpZXMgYSBzdGFibGUgYGVuZHBvaW50YCB0YWcgKG5ldmVyIHRoZSBVUkwgd2l0aCBpZHMgaW4gaXQpLCB0aGUgYGFwaWAgc2NvcGUgYW5kIGEgdGVtcGxhdGVkXG4vLyBgbmFtZWAsIHNvIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnRzIGtlZXAgYSBzbWFsbCwgZml4ZWQgc2V0IG9mIHNlcmllcy5cbmltcG9ydCB7IGNoZWNrIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgdHlwZSBJZCwgcGF0aHMsIHJlcXVlc3RUYWdzIH0gZnJvbSAnLi9yb3V0ZXMudHMnO1xuXG5leHBvcnQgdHlwZSB7IElkIH07XG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgdHlwZSBMZXZlbCA9ICdiZWdpbm5lcicgfCAnaW50ZXJtZWRpYXRlJyB8ICdhZHZhbmNlZCc7XG5leHBvcnQgdHlwZSBKb2JTdGF0dXMgPSAncXVldWVkJyB8ICdydW5uaW5nJyB8ICdjb21wbGV0ZWQnIHwgJ2ZhaWxlZCc7XG5leHBvcnQgdHlwZSBFeHBvcnRGb3JtYXQgPSAnanNvbicgfCAnbWFya2Rvd24nIHwgJ2h0bWwnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXJTdW1tYXJ5IHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgdGl0bGU6IHN0cmluZztcbiAgc3RhdHVzOiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZSB7XG4gIGlkOiBJZDtcbiAgdGl0bGU6IHN0cmluZztcbiAgdG9waWM6IHN0cmluZztcbiAgbGV2ZWw6IExldmVsO1xuICBjaGFwdGVyX2NvdW50OiBudW1iZXI7XG4gIGNoYXB0ZXJzPzogQ2hhcHRlclN1bW1hcnlbXTtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgQ291cnNlTGlzdCB7XG4gIGl0ZW1zOiBDb3Vyc2VbXTtcbiAgdG90YWw6IG51bWJlcjtcbiAgbGltaXQ6IG51bWJlcjtcbiAgb2Zmc2V0OiBudW1iZXI7XG59XG5leHBvcnQgaW50ZXJmYWNlIE5ld0NvdXJzZSB7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBsYW5ndWFnZT86IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgSm9iQ2hhcHRlciB7XG4gIGluZGV4OiBudW1iZXI7XG4gIHN0YXR1czogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGw7XG59XG5leHBvcnQgaW50ZXJmYWNlIEpvYiB7XG4gIGpvYl9pZDogSWQ7XG4gIGNvdXJzZV9pZDogSWQ7XG4gIHN0YXR1czogSm9iU3RhdHVzO1xuICBjaGFwdGVyc190b3RhbDogbnVtYmVyO1xuICBjaGFwdGVyc19jb21wbGV0ZWQ6IG51bWJlcjtcbiAgY2hhcHRlcnM6IEpvYkNoYXB0ZXJbXTtcbiAgY3JlYXRlZF9hdDogc3RyaW5nO1xuICBzdGFydGVkX2F0OiBzdHJpbmcgfCBudWxsO1xuICBmaW5pc2hlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZXJyb3I/OiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIENoYXB0ZXIge1xuICBpbmRleDogbnVtYmVyO1xuICB0aXRsZTogc3RyaW5nO1xuICBjb250ZW50OiBzdHJpbmc7XG4gIHdvcmRfY291bnQ6IG51bWJlcjtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgTG9naW4ge1xuICBhY2Nlc3NfdG9rZW46IHN0cmluZztcbiAgdG9rZW5fdHlwZTogc3RyaW5nO1xuICByb2xlOiBSb2xlO1xuICBleHBpcmVzX2luOiBudW1iZXI7XG59XG5cbi8qKlxuICogV2hhdCBldmVyeSBjYWxsIHJldHVybnM6IHdoZXRoZXIgaXRzIGNoZWNrcyBwYXNzZWQsIHRoZSBzdGF0dXMsIGFuZCB0aGUgYm9keSB3aGVuIGl0IGhhZCB0aGVcbiAqIHJpZ2h0IHNoYXBlLiBUaGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZDogbW9zdCBjYWxsZXJzIG9ubHkgbmVlZCBgb2tgLCBhbmQgazYncyBKU09OLnBhcnNlXG4gKiBidWlsZHMgZXZlcnkgb2JqZWN0IG9mIGEgbGlzdCBpbiBKUyDigJQgYSBxdWFydGVyIG9mIGs2J3MgQ1BVIGluIHRoZSByZWd1bGFyLXVzZXIgd29ya2Zsb3cgYmVmb3JlXG4gKiB0aGlzIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdDxUPiB7XG4gIG9rOiBib29sZWFuO1xuICBzdGF0dXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgYm9keTogVCB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIE9uZSBmaWVsZCBvZiBhIEpTT04gYm9keSBieSBhIGs2IHNlbGVjdG9yIChgaXRlbXMuI2AsIGBpZGApOiByZWFkIGluIEdvLCBubyBKUyBvYmplY3QgYnVpbHQgZm9yIHRoZSByZXN0LiAqL1xuZXhwb3J0IHR5cGUgRmllbGQgPSAocGF0aDogc3RyaW5nKSA9PiB1bmtub3duO1xuLyoqIEEgYm9keS1zaGFwZSB0ZXN0IG92ZXIgc2VsZWN0ZWQgZmllbGRzOyBUIGlzIHRoZSBib2R5IHR5cGUgaXQgdm91Y2hlcyBmb3IuICovXG5leHBvcnQgdHlwZSBTaGFwZTxUPiA9ICgoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKSAmIHsgcmVhZG9ubHkgdm91Y2hlc0Zvcj86IFQgfTtcbmNvbnN0IHNoYXBlID0gPFQ+KHRlc3Q6IChmaWVsZDogRmllbGQpID0+IGJvb2xlYW4pOiBTaGFwZTxUPiA9PiB0ZXN0O1xuXG5jb25zdCBpc0lkID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdiA9PT0gJ251bWJlcic7XG5jb25zdCBpc0NvdW50ID0gKHY6IHVua25vd24pOiBib29sZWFuID0+IHR5cGVvZiB2ID09PSAnbnVtYmVyJzsgLy8gYDxhcnJheT4uI2AgaXMgYSBudW1iZXIgb25seSBmb3IgYW4gYXJyYXlcblxuZXhwb3J0IGNvbnN0IHNoYXBlcyA9IHtcbiAgaGVhbHRoOiBzaGFwZTx7IHN0YXR1czogc3RyaW5nIH0+KChmaWVsZCkgPT4gZmllbGQoJ3N0YXR1cycpID09PSAnb2snKSxcbiAgbG9naW46IHNoYXBlPExvZ2luPigoZmllbGQpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IGZpZWxkKCdhY2Nlc3NfdG9rZW4nKTtcbiAgICByZXR1cm4gdHlwZW9mIHRva2VuID09PSAnc3RyaW5nJyAmJiB0b2tlbiAhPT0gJyc7XG4gIH0pLFxuICBjb3Vyc2VMaXN0OiBzaGFwZTxDb3Vyc2VMaXN0PigoZmllbGQpID0+IGlzQ291bnQoZmllbGQoJ2l0ZW1zLiMnKSkgJiYgdHlwZW9mIGZpZWxkKCd0b3RhbCcpID09PSAnbnVtYmVyJyksXG4gIGNvdXJzZTogc2hhcGU8Q291cnNlPigoZmllbGQpID0+IGlzSWQoZmllbGQoJ2lkJykpICYmIHR5cGVvZiBmaWVsZCgndGl0bGUnKSA9PT0gJ3N0cmluZycpLFxuICBjb3Vyc2VXaXRoQ2hhcHRlcnM6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgam9iQWNjZXB0ZWQ6IHNoYXBlPHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdqb2JfaWQnKSkpLFxuICBqb2I6IHNoYXBlPEpvYj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ3N0YXR1cycpID09PSAnc3RyaW5nJyAmJiBpc0NvdW50KGZpZWxkKCdjaGFwdGVycy4jJykpKSxcbiAgY2hhcHRlcjogc2hhcGU8Q2hhcHRlcj4oKGZpZWxkKSA9PiB0eXBlb2YgZmllbGQoJ2NvbnRlbnQnKSA9PT0gJ3N0cmluZycpLFxuICBhbnlPYmplY3Q6IHNoYXBlPFJlY29yZDxzdHJpbmcsIHVua25vd24+PigoZmllbGQpID0+IHtcbiAgICBjb25zdCB3aG9sZSA9IGZpZWxkKCdAdGhpcycpOyAvLyBnanNvbidzIG1vZGlmaWVyIGZvciB0aGUgd2hvbGUgZG9jdW1lbnRcbiAgICByZXR1cm4gdHlwZW9mIHdob2xlID09PSAnb2JqZWN0JyAmJiB3aG9sZSAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh3aG9sZSk7XG4gIH0pLFxufTtcblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vKipcbiAqIFdoZXRoZXIgdGhlIGFuc3dlciBjbGFpbXMgdG8gYmUgSlNPTiBhdCBhbGwgKGFuIEhUTUwgZXJyb3IgcGFnZSBpcyBhIGZhaWxlZCBjaGVjaywgbm90IGFuXG4gKiBleGNlcHRpb24pLiBUaGUgYm9keSBpdHNlbGYgaXMgbm90IHJlYWQgaGVyZTogYW4gZW1wdHkgb3IgdW5wYXJzYWJsZSBvbmUgcmVhZHMgYXMgaGF2aW5nIG5vXG4gKiBmaWVsZHMsIHdoaWNoIGZhaWxzIHRoZSBzaGFwZSwgYW5kIHJlYWRpbmcgaXQgd291bGQgY29weSBldmVyeSBib2R5IGludG8gSmF2YVNjcmlwdC5cbiAqL1xuZnVuY3Rpb24gaXNKc29uKHJlczogUmVzcG9uc2UpOiBib29sZWFuIHtcbiAgcmV0dXJuIFN0cmluZyhyZXMuaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPz8gJycpLmluY2x1ZGVzKCdqc29uJyk7XG59XG5cbi8qKiBUaGUgcmVzcG9uc2UgdGhlIHNoYXBlIGNoZWNrIGlzIHJlYWRpbmc6IG9uZSBmaWVsZCByZWFkZXIgcGVyIFZVLCBub3QgYSBjbG9zdXJlIHBlciByZXF1ZXN0LiAqL1xubGV0IHJlYWRpbmc6IFJlc3BvbnNlIHwgdW5kZWZpbmVkO1xuLyoqIEZpZWxkIHJlYWRlciBvdmVyIGs2J3Mgc2VsZWN0b3I7IGEgYm9keSB0aGF0IGlzIG5vdCB2YWxpZCBKU09OIHJlYWRzIGFzIGhhdmluZyBubyBmaWVsZHMuICovXG5jb25zdCByZWFkRmllbGQ6IEZpZWxkID0gKHBhdGgpID0+IHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcmVhZGluZyEuanNvbihwYXRoKSA/PyB1bmRlZmluZWQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn07XG5cbi8qKiBBIGNhbGwncyBSZXN1bHQ7IHRoZSBib2R5IGlzIHBhcnNlZCBvbiBmaXJzdCByZWFkIChhIHByb3RvdHlwZSBnZXR0ZXI6IG5vIGNsb3N1cmVzIHBlciByZXF1ZXN0KS4gKi9cbmNsYXNzIExhenlSZXN1bHQ8VD4gaW1wbGVtZW50cyBSZXN1bHQ8VD4ge1xuICBwcml2YXRlIHBhcnNlZCA9IGZhbHNlO1xuICBwcml2YXRlIHZhbHVlOiBUIHwgdW5kZWZpbmVkO1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBvazogYm9vbGVhbixcbiAgICByZWFkb25seSBzdGF0dXM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHJlczogUmVzcG9uc2UgfCB1bmRlZmluZWQsXG4gICkge31cblxuICBnZXQgYm9keSgpOiBUIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAodGhpcy5yZXMgJiYgIXRoaXMucGFyc2VkKSB7XG4gICAgICB0aGlzLnZhbHVlID0gcGFyc2VKc29uKHRoaXMucmVzLmJvZHkpIGFzIFQ7XG4gICAgICB0aGlzLnBhcnNlZCA9IHRydWU7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLnZhbHVlO1xuICB9XG59XG5cbi8qKiBUaGUgd2hvbGUgYm9keSBhcyBKU09OLCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBwYXJzZS4gKi9cbmZ1bmN0aW9uIHBhcnNlSnNvbihib2R5OiB1bmtub3duKTogdW5rbm93biB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04ucGFyc2UoYm9keSBhcyBzdHJpbmcpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8vIENhY2hlcyBvbiB0aGlzIHBhdGggYXJlIHBsYWluIG9iamVjdHMsIG5vdCBNYXA6IGV2ZXJ5IFZVIGhhcyBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgYW5kIHRoZVxuLy8gZmlyc3QgTWFwIGEgcnVudGltZSB1c2VzIGJ1aWxkcyBNYXAncyBjb25zdHJ1Y3RvciBhbmQgcHJvdG90eXBlIGluIGl0ICh+MTAgS0IgcGVyIFZVLCBiZW5jaC8pLlxuLy8gT25lIGNhbGxiYWNrIHBlciBzdGF0dXMsIG1hZGUgb25jZTogaHR0cC5leHBlY3RlZFN0YXR1c2VzKCkgYWxsb2NhdGVzLCBhbmQgdGhpcyBpcyBldmVyeSByZXF1ZXN0J3MgcGF0aC5cbmNvbnN0IHN0YXR1c0NhbGxiYWNrczogUmVjb3JkPG51bWJlciwgUmV0dXJuVHlwZTx0eXBlb2YgaHR0cC5leHBlY3RlZFN0YXR1c2VzPj4gPSB7fTtcbmZ1bmN0aW9uIGV4cGVjdFN0YXR1cyhzdGF0dXM6IG51bWJlcik6IFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4ge1xuICByZXR1cm4gKHN0YXR1c0NhbGxiYWNrc1tzdGF0dXNdID8/PSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKSk7XG59XG5cbi8qKiBTZWVzIGV2ZXJ5IEFQSSByZXF1ZXN0J3MgZHVyYXRpb24gYW5kIG91dGNvbWU6IGhvdyBzY2VuYXJpb3MgbWVhc3VyZSBsYXRlbmN5IHBlciBwaGFzZS4gKi9cbmV4cG9ydCB0eXBlIFJlcXVlc3RPYnNlcnZlciA9IChlbmRwb2ludDogRW5kcG9pbnQsIGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4pID0+IHZvaWQ7XG5sZXQgb2JzZXJ2ZXI6IFJlcXVlc3RPYnNlcnZlciB8IHVuZGVmaW5lZDtcbmV4cG9ydCBmdW5jdGlvbiBvYnNlcnZlUmVxdWVzdHMobmV4dDogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIG9ic2VydmVyID0gbmV4dDtcbn1cblxuLyoqIFdoYXQgYSByZXF1ZXN0J3MgY2hlY2tzIGxvb2sgYXQ7IG9uZSBvYmplY3QgcGVyIFZVLCByZXVzZWQsIHNvIGEgcmVxdWVzdCBhbGxvY2F0ZXMgbm8gY2hlY2sgY2xvc3VyZXMuICovXG5pbnRlcmZhY2UgT3V0Y29tZSB7XG4gIHN0YXR1c09rOiBib29sZWFuO1xuICBzaGFwZU9rOiBib29sZWFuO1xufVxuY29uc3Qgb3V0Y29tZTogT3V0Y29tZSA9IHsgc3RhdHVzT2s6IGZhbHNlLCBzaGFwZU9rOiBmYWxzZSB9O1xuXG50eXBlIENoZWNrcyA9IFJlY29yZDxzdHJpbmcsIChvOiBPdXRjb21lKSA9PiBib29sZWFuPjtcbi8vIEtleWVkIGJ5IGVuZHBvaW50IGFsb25lOiBlYWNoIEFwaUNsaWVudCBtZXRob2QgZml4ZXMgaXRzIGVuZHBvaW50J3MgZXhwZWN0ZWQgc3RhdHVzLCBzaGFwZSBhbmQgcGF5bG9hZC5cbmNvbnN0IGNoZWNrU2V0czogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIHsgY2hlY2tzOiBDaGVja3M7IHRhZ3M6IHsgZW5kcG9pbnQ6IEVuZHBvaW50IH0gfT4+ID0ge307XG4vKiogVGhlIGNoZWNrcyBvZiBvbmUgZW5kcG9pbnQsIG1hZGUgb25jZTogdGhlIHNhbWUgbmFtZXMgb24gZXZlcnkgcmVxdWVzdCBrZWVwIHRoZSBjaGVja3MgbWV0cmljJ3Mgc2VyaWVzIGZpeGVkLiAqL1xuZnVuY3Rpb24gY2hlY2tzRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFNoYXBlOiBib29sZWFuKSB7XG4gIGxldCBzZXQgPSBjaGVja1NldHNbZW5kcG9pbnRdO1xuICBpZiAoIXNldCkge1xuICAgIGNvbnN0IGNoZWNrczogQ2hlY2tzID0geyBbYCR7ZW5kcG9pbnR9OiBzdGF0dXMgaXMgJHtleHBlY3RlZH1gXTogKG8pID0+IG8uc3RhdHVzT2sgfTtcbiAgICBpZiAod2l0aFNoYXBlKSBjaGVja3NbYCR7ZW5kcG9pbnR9OiBib2R5IGhhcyB0aGUgZXhwZWN0ZWQgc2hhcGVgXSA9IChvKSA9PiAhby5zdGF0dXNPayB8fCBvLnNoYXBlT2s7XG4gICAgc2V0ID0geyBjaGVja3MsIHRhZ3M6IHsgZW5kcG9pbnQgfSB9O1xuICAgIGNoZWNrU2V0c1tlbmRwb2ludF0gPSBzZXQ7XG4gIH1cbiAgcmV0dXJuIHNldDtcbn1cblxudHlwZSBQYXJhbXMgPSBOb25OdWxsYWJsZTxQYXJhbWV0ZXJzPHR5cGVvZiBodHRwLnJlcXVlc3Q+WzNdPjtcblxuZXhwb3J0IGNsYXNzIEFwaUNsaWVudCB7XG4gIC8qKiBTZXQgd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxOiB0aGUgc2Vzc2lvbiBsYXllciBsb2dzIGluIGFnYWluIGJlZm9yZSB0aGUgbmV4dCBzdGVwLiAqL1xuICB1bmF1dGhvcml6ZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZWFkb25seSB0aW1lb3V0OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0IHBhcmFtcyBwZXIgZW5kcG9pbnQgKGhlYWRlcnMsIHRhZ3MsIHRpbWVvdXQsIGV4cGVjdGVkIHN0YXR1cyksIG1hZGUgb24gZmlyc3QgdXNlLiAqL1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcmFtczogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFBhcmFtcz4+ID0ge307XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBiYXNlVXJsOiBzdHJpbmcsXG4gICAgdGltZW91dFM6IG51bWJlcixcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRva2VuPzogc3RyaW5nLFxuICApIHtcbiAgICB0aGlzLnRpbWVvdXQgPSBgJHt0aW1lb3V0U31zYDtcbiAgfVxuXG4gIC8qKiBBIGNsaWVudCBmb3IgdGhlIHNhbWUgcGxhdGZvcm0gYWN0aW5nIGFzIGFub3RoZXIgdXNlci4gKi9cbiAgYXModG9rZW46IHN0cmluZyk6IEFwaUNsaWVudCB7XG4gICAgcmV0dXJuIG5ldyBBcGlDbGllbnQodGhpcy5iYXNlVXJsLCBOdW1iZXIodGhpcy50aW1lb3V0LnNsaWNlKDAsIC0xKSksIHRva2VuKTtcbiAgfVxuXG4gIHByaXZhdGUgcGFyYW1zRm9yKGVuZHBvaW50OiBFbmRwb2ludCwgZXhwZWN0ZWQ6IG51bWJlciwgd2l0aFBheWxvYWQ6IGJvb2xlYW4sIHJlYWRzQm9keTogYm9vbGVhbik6IFBhcmFtcyB7XG4gICAgbGV0IHBhcmFtcyA9IHRoaXMucGFyYW1zW2VuZHBvaW50XTtcbiAgICBpZiAoIXBhcmFtcykge1xuICAgICAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgICAgIGlmICh3aXRoUGF5bG9hZCkgaGVhZGVyc1snQ29udGVudC1UeXBlJ10gPSAnYXBwbGljYXRpb24vanNvbic7XG4gICAgICBpZiAodGhpcy50b2tlbikgaGVhZGVycy5BdXRob3JpemF0aW9uID0gYEJlYXJlciAke3RoaXMudG9rZW59YDtcbiAgICAgIHBhcmFtcyA9IHtcbiAgICAgICAgaGVhZGVycyxcbiAgICAgICAgdGFnczogcmVxdWVzdFRhZ3MoZW5kcG9pbnQpLFxuICAgICAgICB0aW1lb3V0OiB0aGlzLnRpbWVvdXQsXG4gICAgICAgIHJlc3BvbnNlQ2FsbGJhY2s6IGV4cGVjdFN0YXR1cyhleHBlY3RlZCksXG4gICAgICB9O1xuICAgICAgLy8gQSBib2R5IG5vYm9keSBjaGVja3Mgb3IgcmVhZHMgKERFTEVURSdzIDIwNCwgYW4gZXhwb3J0IGRvY3VtZW50KSBpcyBub3QgY29waWVkIGludG8gSmF2YVNjcmlwdC5cbiAgICAgIGlmICghcmVhZHNCb2R5KSBwYXJhbXMucmVzcG9uc2VUeXBlID0gJ25vbmUnO1xuICAgICAgdGhpcy5wYXJhbXNbZW5kcG9pbnRdID0gcGFyYW1zO1xuICAgIH1cbiAgICByZXR1cm4gcGFyYW1zO1xuICB9XG5cbiAgcHJpdmF0ZSBjYWxsPFQ+KFxuICAgIGVuZHBvaW50OiBFbmRwb2ludCxcbiAgICBtZXRob2Q6IHN0cmluZyxcbiAgICBwYXRoOiBzdHJpbmcsXG4gICAgZXhwZWN0ZWQ6IG51bWJlcixcbiAgICBzaGFwZTogU2hhcGU8VD4gfCB1bmRlZmluZWQsXG4gICAgcGF5bG9hZD86IHVua25vd24sXG4gICk6IFJlc3VsdDxUPiB7XG4gICAgY29uc3Qgd2l0aFBheWxvYWQgPSBwYXlsb2FkICE9PSB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVzID0gaHR0cC5yZXF1ZXN0KFxuICAgICAgbWV0aG9kLFxuICAgICAgYCR7dGhpcy5iYXNlVXJsfSR7cGF0aH1gLFxuICAgICAgd2l0aFBheWxvYWQgPyBKU09OLnN0cmluZ2lmeShwYXlsb2FkKSA6IG51bGwsXG4gICAgICB0aGlzLnBhcmFtc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHdpdGhQYXlsb2FkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKSxcbiAgICApO1xuICAgIC8vIEVhY2ggcHJvcGVydHkgcmVhZCBvZiBhIGs2IHJlc3BvbnNlIGNyb3NzZXMgaW50byBHbyBhbmQgYnVpbGRzIGEgSlMgdmFsdWU6IHJlYWQgZWFjaCBvbmNlLlxuICAgIGNvbnN0IHN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgY29uc3Qgc3RhdHVzT2sgPSBzdGF0dXMgPT09IGV4cGVjdGVkO1xuICAgIGlmIChzdGF0dXMgPT09IDQwMSkgdGhpcy51bmF1dGhvcml6ZWQgPSB0cnVlO1xuICAgIC8vIEEgd3Jvbmcgc3RhdHVzIGZhaWxzIHRoZSBzaGFwZSBjaGVjayB0b28sIGFzIHJlYWRpbmcgdGhhdCBib2R5IHdvdWxkIChhbiBlcnJvciBib2R5IGlzIG5vdCB0aGVcbiAgICAvLyByZXNvdXJjZSksIHdpdGhvdXQgcGF5aW5nIGZvciB0aGUgcmVhZC5cbiAgICBsZXQgc2hhcGVPayA9ICFzaGFwZTtcbiAgICBpZiAoc2hhcGUgJiYgc3RhdHVzT2spIHtcbiAgICAgIHJlYWRpbmcgPSByZXM7XG4gICAgICBzaGFwZU9rID0gaXNKc29uKHJlcykgJiYgc2hhcGUocmVhZEZpZWxkKTtcbiAgICAgIHJlYWRpbmcgPSB1bmRlZmluZWQ7XG4gICAgfVxuICAgIG91dGNvbWUuc3RhdHVzT2sgPSBzdGF0dXNPaztcbiAgICBvdXRjb21lLnNoYXBlT2sgPSBzaGFwZU9rO1xuICAgIGNvbnN0IHsgY2hlY2tzLCB0YWdzIH0gPSBjaGVja3NGb3IoZW5kcG9pbnQsIGV4cGVjdGVkLCBzaGFwZSAhPT0gdW5kZWZpbmVkKTtcbiAgICBjb25zdCBvayA9IGNoZWNrKG91dGNvbWUsIGNoZWNrcywgdGFncyk7XG4gICAgY29uc3QgYWxsT2sgPSBvayAmJiBzdGF0dXNPayAmJiBzaGFwZU9rO1xuICAgIG9ic2VydmVyPy4oZW5kcG9pbnQsIHJlcy50aW1pbmdzLmR1cmF0aW9uLCBhbGxPayk7XG4gICAgcmV0dXJuIG5ldyBMYXp5UmVzdWx0PFQ+KGFsbE9rLCBzdGF0dXMsIHNoYXBlICYmIHN0YXR1c09rICYmIHNoYXBlT2sgPyByZXMgOiB1bmRlZmluZWQpO1xuICB9XG5cbiAgaGVhbHRoKCk6IFJlc3VsdDx7IHN0YXR1czogc3RyaW5nIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdoZWFsdGgnLCAnR0VUJywgcGF0aHMuaGVhbHRoKCksIDIwMCwgc2hhcGVzLmhlYWx0aCk7XG4gIH1cblxuICBsb2dpbihlbWFpbDogc3RyaW5nLCBwYXNzd29yZDogc3RyaW5nKTogUmVzdWx0PExvZ2luPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnbG9naW4nLCAnUE9TVCcsIHBhdGhzLmxvZ2luKCksIDIwMCwgc2hhcGVzLmxvZ2luLCB7IGVtYWlsLCBwYXNzd29yZCB9KTtcbiAgfVxuXG4gIGxpc3RDb3Vyc2VzKHF1ZXJ5OiB7IGxpbWl0PzogbnVtYmVyOyBvZmZzZXQ/OiBudW1iZXI7IHE/OiBzdHJpbmcgfSA9IHt9KTogUmVzdWx0PENvdXJzZUxpc3Q+IHtcbiAgICAvLyBBIGxvb3AgcmF0aGVyIHRoYW4gZW50cmllcy9maWx0ZXIvbWFwL2pvaW46IHRoaXMgaXMgdGhlIG1vc3QgZnJlcXVlbnQgcmVxdWVzdCwgYW5kIGVhY2ggb2ZcbiAgICAvLyB0aG9zZSBpcyBhIHBlci1yZXF1ZXN0IGFycmF5IGFuZCBhIGJ1aWx0LWluIGV2ZXJ5IFZVJ3MgcnVudGltZSB3b3VsZCBidWlsZC5cbiAgICBsZXQgc2VhcmNoID0gJyc7XG4gICAgZm9yIChjb25zdCBrZXkgaW4gcXVlcnkpIHtcbiAgICAgIGNvbnN0IHZhbHVlID0gcXVlcnlba2V5IGFzIGtleW9mIHR5cGVvZiBxdWVyeV07XG4gICAgICBpZiAodmFsdWUgIT09IHVuZGVmaW5lZCkgc2VhcmNoICs9IGAke3NlYXJjaCA/ICcmJyA6ICc/J30ke2tleX09JHtlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKHZhbHVlKSl9YDtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlc19saXN0JywgJ0dFVCcsIGAke3BhdGhzLmNvdXJzZXMoKX0ke3NlYXJjaH1gLCAyMDAsIHNoYXBlcy5jb3Vyc2VMaXN0KTtcbiAgfVxuXG4gIGNyZWF0ZUNvdXJzZShjb3Vyc2U6IE5ld0NvdXJzZSk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfY3JlYXRlJywgJ1BPU1QnLCBwYXRocy5jb3Vyc2VzKCksIDIwMSwgc2hhcGVzLmNvdXJzZSwgY291cnNlKTtcbiAgfVxuXG4gIGdldENvdXJzZShpZDogSWQpOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX2dldCcsICdHRVQnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2VXaXRoQ2hhcHRlcnMpO1xuICB9XG5cbiAgdXBkYXRlQ291cnNlKGlkOiBJZCwgY2hhbmdlczogUGFydGlhbDxOZXdDb3Vyc2U+KTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV91cGRhdGUnLCAnUEFUQ0gnLCBwYXRocy5jb3Vyc2UoaWQpLCAyMDAsIHNoYXBlcy5jb3Vyc2UsIGNoYW5nZXMpO1xuICB9XG5cbiAgZGVsZXRlQ291cnNlKGlkOiBJZCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZGVsZXRlJywgJ0RFTEVURScsIHBhdGhzLmNvdXJzZShpZCksIDIwNCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGdlbmVyYXRlKGlkOiBJZCk6IFJlc3VsdDx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2VuZXJhdGUnLCAnUE9TVCcsIHBhdGhzLmdlbmVyYXRlKGlkKSwgMjAyLCBzaGFwZXMuam9iQWNjZXB0ZWQsIHt9KTtcbiAgfVxuXG4gIGdldEpvYihqb2JJZDogSWQpOiBSZXN1bHQ8Sm9iPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnam9iX2dldCcsICdHRVQnLCBwYXRocy5qb2Ioam9iSWQpLCAyMDAsIHNoYXBlcy5qb2IpO1xuICB9XG5cbiAgZ2V0Q2hhcHRlcihpZDogSWQsIGluZGV4OiBudW1iZXIpOiBSZXN1bHQ8Q2hhcHRlcj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NoYXB0ZXJfZ2V0JywgJ0dFVCcsIHBhdGhzLmNoYXB0ZXIoaWQsIGluZGV4KSwgMjAwLCBzaGFwZXMuY2hhcHRlcik7XG4gIH1cblxuICBleHBvcnRDb3Vyc2UoaWQ6IElkLCBmb3JtYXQ6IEV4cG9ydEZvcm1hdCk6IFJlc3VsdDx1bmRlZmluZWQ+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZXhwb3J0JywgJ0dFVCcsIGAke3BhdGhzLmV4cG9ydENvdXJzZShpZCl9P2Zvcm1hdD0ke2Zvcm1hdH1gLCAyMDAsIHVuZGVmaW5lZCk7XG4gIH1cblxuICBhZG1pblN0YXRzKCk6IFJlc3VsdDxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX3N0YXRzJywgJ0dFVCcsIHBhdGhzLmFkbWluU3RhdHMoKSwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluSm9icyhsaW1pdCA9IDIwKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl9qb2JzJywgJ0dFVCcsIGAke3BhdGhzLmFkbWluSm9icygpfT9saW1pdD0ke2xpbWl0fWAsIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cblxuICBhZG1pblVzZXJzKCk6IFJlc3VsdDx1bmtub3duPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fdXNlcnMnLCAnR0VUJywgcGF0aHMuYWRtaW5Vc2VycygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG59XG4iLCAiLy8gVGhlIHBsYXRmb3JtJ3MgZW5kcG9pbnRzIGJ5IHN0YWJsZSBuYW1lOiB0aGUgYGVuZHBvaW50YCB0YWcgb24gZXZlcnkgcmVxdWVzdCwgdGhlIGtleSBvZlxuLy8gcGVyLWVuZHBvaW50IHRocmVzaG9sZHMgYW5kIHJlcG9ydCByb3dzLCBhbmQgdGhlIHJvdXRlIG5hbWVzIHRoZSBkZW1vIHBsYXRmb3JtJ3MgREVNT19GQVVMVFMgdXNlLlxuZXhwb3J0IGNvbnN0IEVORFBPSU5UUyA9IFtcbiAgJ2hlYWx0aCcsXG4gICdsb2dpbicsXG4gICdjb3Vyc2VzX2xpc3QnLFxuICAnY291cnNlX2NyZWF0ZScsXG4gICdjb3Vyc2VfZ2V0JyxcbiAgJ2NvdXJzZV91cGRhdGUnLFxuICAnY291cnNlX2RlbGV0ZScsXG4gICdjb3Vyc2VfZ2VuZXJhdGUnLFxuICAnam9iX2dldCcsXG4gICdjaGFwdGVyX2dldCcsXG4gICdjb3Vyc2VfZXhwb3J0JyxcbiAgJ2FkbWluX3N0YXRzJyxcbiAgJ2FkbWluX2pvYnMnLFxuICAnYWRtaW5fdXNlcnMnLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IHR5cGUgRW5kcG9pbnQgPSAodHlwZW9mIEVORFBPSU5UUylbbnVtYmVyXTtcblxuLyoqIFRhZyB2YWx1ZSB0aGF0IHNlcGFyYXRlcyB0aGUgcGxhdGZvcm0ncyBBUEkgdHJhZmZpYyBmcm9tIHRoZSBzdWl0ZSdzIG93biBjYWxscyAoZS5nLiB0aGUgc2lkZWNhcikuICovXG5leHBvcnQgY29uc3QgQVBJX1NDT1BFID0gJ2FwaSc7XG4iLCAiLy8gUGF0aHMgYW5kIHJlcXVlc3QgdGFncyBvZiB0aGUgcGxhdGZvcm0ncyBBUEksIGluIG9uZSBwbGFjZS4gUHVyZSAobm8gazYgaW1wb3J0cyksIHNvIHRoZVxuLy8gbWFwcGluZyBmcm9tIGVuZHBvaW50IHRvIHBhdGggYW5kIHRhZ3MgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZS5cbmltcG9ydCB7IEFQSV9TQ09QRSwgdHlwZSBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcblxuZXhwb3J0IHR5cGUgSWQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbmNvbnN0IHNlZyA9IChpZDogSWQpOiBzdHJpbmcgPT4gZW5jb2RlVVJJQ29tcG9uZW50KFN0cmluZyhpZCkpO1xuXG5leHBvcnQgY29uc3QgcGF0aHMgPSB7XG4gIGhlYWx0aDogKCkgPT4gJy9oZWFsdGgnLFxuICBsb2dpbjogKCkgPT4gJy9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXM6ICgpID0+ICcvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2U6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfWAsXG4gIGdlbmVyYXRlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZ2VuZXJhdGVgLFxuICBqb2I6IChpZDogSWQpID0+IGAvYXBpL3YxL2pvYnMvJHtzZWcoaWQpfWAsXG4gIGNoYXB0ZXI6IChpZDogSWQsIGluZGV4OiBudW1iZXIpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9jaGFwdGVycy8ke2luZGV4fWAsXG4gIGV4cG9ydENvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2V4cG9ydGAsXG4gIGFkbWluU3RhdHM6ICgpID0+ICcvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5Kb2JzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi9qb2JzJyxcbiAgYWRtaW5Vc2VyczogKCkgPT4gJy9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufSBhcyBjb25zdDtcblxuLyoqIFRoZSBgbmFtZWAgdGFnOiB0aGUgcGF0aCB0ZW1wbGF0ZSwgc28gVVJMcyB3aXRoIGlkcyBjb2xsYXBzZSBpbnRvIG9uZSBzZXJpZXMgcGVyIHJvdXRlLiAqL1xuY29uc3Qgcm91dGVOYW1lczogUmVjb3JkPEVuZHBvaW50LCBzdHJpbmc+ID0ge1xuICBoZWFsdGg6ICdHRVQgL2hlYWx0aCcsXG4gIGxvZ2luOiAnUE9TVCAvYXBpL3YxL2F1dGgvbG9naW4nLFxuICBjb3Vyc2VzX2xpc3Q6ICdHRVQgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2NyZWF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzJyxcbiAgY291cnNlX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV91cGRhdGU6ICdQQVRDSCAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9kZWxldGU6ICdERUxFVEUgL2FwaS92MS9jb3Vyc2VzL3tpZH0nLFxuICBjb3Vyc2VfZ2VuZXJhdGU6ICdQT1NUIC9hcGkvdjEvY291cnNlcy97aWR9L2dlbmVyYXRlJyxcbiAgam9iX2dldDogJ0dFVCAvYXBpL3YxL2pvYnMve2pvYl9pZH0nLFxuICBjaGFwdGVyX2dldDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9jaGFwdGVycy97aW5kZXh9JyxcbiAgY291cnNlX2V4cG9ydDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMve2lkfS9leHBvcnQnLFxuICBhZG1pbl9zdGF0czogJ0dFVCAvYXBpL3YxL2FkbWluL3N0YXRzJyxcbiAgYWRtaW5fam9iczogJ0dFVCAvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pbl91c2VyczogJ0dFVCAvYXBpL3YxL2FkbWluL3VzZXJzJyxcbn07XG5cbi8vIGZvci1pbiwgbm90IE9iamVjdC5lbnRyaWVzL2ZyZWV6ZTogdGhpcyBydW5zIGluIGV2ZXJ5IFZVJ3MgcnVudGltZSwgYW5kIGVhY2ggYnVpbHQtaW4gaXRcbi8vIHRvdWNoZXMgaXMgYnVpbHQgdGhlcmUgKFJlYWRvbmx5IGtlZXBzIHRoZSB0YWdzIHVuY2hhbmdlZCBhdCBjb21waWxlIHRpbWUpLlxuY29uc3QgdGFnc0J5RW5kcG9pbnQ6IFBhcnRpYWw8UmVjb3JkPEVuZHBvaW50LCBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pj4+ID0ge307XG5mb3IgKGNvbnN0IGVuZHBvaW50IGluIHJvdXRlTmFtZXMpIHtcbiAgdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnQgYXMgRW5kcG9pbnRdID0geyBlbmRwb2ludCwgc2NvcGU6IEFQSV9TQ09QRSwgbmFtZTogcm91dGVOYW1lc1tlbmRwb2ludCBhcyBFbmRwb2ludF0gfTtcbn1cblxuLyoqIFRoZSB0YWdzIG9mIGV2ZXJ5IHJlcXVlc3QgdG8gYGVuZHBvaW50YDogbWFkZSBvbmNlLCBub3QgcGVyIHJlcXVlc3QuICovXG5leHBvcnQgZnVuY3Rpb24gcmVxdWVzdFRhZ3MoZW5kcG9pbnQ6IEVuZHBvaW50KTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4ge1xuICByZXR1cm4gdGFnc0J5RW5kcG9pbnRbZW5kcG9pbnRdITtcbn1cbiIsICIvLyBUaGUga2VwdCBkYXRhc2V0OiBQRVJGT1JNQU5DRV9EQVRBU0VUX0NPVVJTRVMgY291cnNlcyBwZXIgcmVndWxhci9wb3dlciBhY2NvdW50LCB0aGUgZmlyc3Rcbi8vIFBFUkZPUk1BTkNFX0RBVEFTRVRfR0VORVJBVEVEIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGdlbmVyYXRlZCAob25lIGNoYXB0ZXIpLCBzbyBsaXN0cyBhbmRcbi8vIHBhZ2luYXRpb24gYXJlIG5vdCB0cml2aWFsbHkgc21hbGwgYW5kIHJlYWRzIHNwcmVhZCBvdmVyIG1hbnkgcm93cywgZWFjaCB1c2VyIHJlYWRpbmcgb25seVxuLy8gdGhlaXIgb3duLiBNYWRlIGluIHNldHVwIChvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3c6IGl0cyByZXF1ZXN0cyBjYXJyeSBzY29wZT1zZXR1cCBhbmQgbm9cbi8vIGVuZHBvaW50IHRhZywgc28gbm8gZ2F0ZSBzZWVzIHRoZW0pLCB3aXRoIGF0IG1vc3QgQ09OQ1VSUkVOQ1kgcmVxdWVzdHMgaW4gZmxpZ2h0LCBhbmQgcmV1c2VkIGJ5XG4vLyBsYXRlciBydW5zIHdoZW4gaXQgaXMgYWxyZWFkeSB0aGVyZSAoUEVSRk9STUFOQ0VfREFUQVNFVF9SRVNFRUQ9dHJ1ZSAvIC0tcmVzZWVkOiBtYWRlIGFuZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgaHR0cCwgeyB0eXBlIEJhdGNoUmVxdWVzdCwgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgdHlwZSBJZCwgcGF0aHMgfSBmcm9tICcuLi9odHRwL3JvdXRlcy50cyc7XG5pbXBvcnQgeyBEQVRBU0VUX1RJVExFLCBkYXRhc2V0VGl0bGUgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBBY2NvdW50LCBSb2xlIH0gZnJvbSAnLi9wb29sLXNwZWMudHMnO1xuXG5jb25zdCBDT05DVVJSRU5DWSA9IDE2O1xuY29uc3QgTElTVF9MSU1JVCA9IDEwMDtcblxuZXhwb3J0IGludGVyZmFjZSBPd25lciBleHRlbmRzIEFjY291bnQge1xuICByb2xlOiBSb2xlO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIERhdGFzZXRSZXBvcnQge1xuICBhY2NvdW50czogbnVtYmVyO1xuICBjcmVhdGVkOiBudW1iZXI7XG4gIHJldXNlZDogbnVtYmVyO1xuICByZW1vdmVkOiBudW1iZXI7XG4gIGdlbmVyYXRlZDogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgc2VudCBhZ2FpbiBhZnRlciBubyBhbnN3ZXIgb3IgYSA1eHguICovXG4gIHJldHJpZWQ6IG51bWJlcjtcbn1cblxudHlwZSBSZXNwb25zZSA9IFJlZmluZWRSZXNwb25zZTxSZXNwb25zZVR5cGUgfCB1bmRlZmluZWQ+O1xuXG4vLyBTaXggdHJpZXMgd2l0aCBkb3VibGluZyBwYXVzZXMgKDAuMiDigKYgMy4yIHMsIDYuMiBzIGluIGFsbCk6IGEgcm91dGUgdGhhdCBmYWlscyBvbmUgcmVxdWVzdCBpbiBmaXZlXG4vLyBzdGlsbCBsZXRzIGVhY2ggb2YgZG96ZW5zIG9mIGFjY291bnRzIHRocm91Z2ggKDAuMl42IHBlciByZXF1ZXN0KSwgYW5kIGEgcGxhdGZvcm0gdGhhdCBpcyByZWFsbHlcbi8vIGRvd24gc3RvcHMgc2V0dXAgd2l0aGluIHNlY29uZHMuIFRocmVlIHRyaWVzIHdlcmUgbm90IGVub3VnaDogd2l0aCAyMCAlIGVycm9ycyBvbiB0aGUgbGlzdCByb3V0ZSwgMC44ICVcbi8vIG9mIGFjY291bnRzIGZhaWxlZCBhbGwgdGhyZWUgKGEgQ0kgcnVuIGFib3J0ZWQgaW4gc2V0dXA7IGF0IDI0IGFjY291bnRzIGl0IHdvdWxkIGJlIG9uZSBydW4gaW4gc2l4KS5cbmNvbnN0IEFUVEVNUFRTID0gNjtcbi8qKiBSZXF1ZXN0cyBzZXR1cCBzZW50IGFnYWluOyByZWFkIGJlZm9yZSBhbmQgYWZ0ZXIgYSBzdGVwIHRvIHNheSBob3cgbWFueSB0aGF0IHN0ZXAgbmVlZGVkLiAqL1xubGV0IHJldHJpZWQgPSAwO1xuY29uc3QgdHJhbnNpZW50ID0gKHJlczogUmVzcG9uc2UpID0+IHJlcy5zdGF0dXMgPT09IDAgfHwgcmVzLnN0YXR1cyA+PSA1MDA7XG5cbi8qKlxuICogU2VuZHMgYGNvdW50YCByZXF1ZXN0cyBtYWRlIGJ5IGBtYWtlYCwgQ09OQ1VSUkVOQ1kgYXQgYSB0aW1lLCBhbmQgaGFuZHMgZWFjaCBhbnN3ZXIgdG8gYG9uQW5zd2VyYFxuICogYXMgaXQgY29tZXM6IG5vdGhpbmcgaXMga2VwdCwgc28gc2VlZGluZyB0aG91c2FuZHMgb2YgY291cnNlcyBkb2VzIG5vdCBob2xkIHRob3VzYW5kcyBvZlxuICogcmVzcG9uc2VzIGluIGs2J3MgbWVtb3J5LiBBIHJlcXVlc3QgdGhhdCBnb3Qgbm8gYW5zd2VyIG9yIGEgNXh4IGlzIHNlbnQgYWdhaW4gKHVwIHRvIEFUVEVNUFRTXG4gKiBpbiBhbGwsIHBhdXNpbmcgbG9uZ2VyIGVhY2ggdGltZSk6IG9uZSBmbGFreSBhbnN3ZXIgbXVzdCBub3Qgc3RvcCBhIHJ1biBiZWZvcmUgaXQgc3RhcnRzLiBBXG4gKiBjcmVhdGlvbiByZXRyaWVkIGFmdGVyIGEgbG9zdCBhbnN3ZXIgbWF5IG1ha2Ugb25lIGNvdXJzZSB0b28gbWFueTsgdGhlIG5leHQgcnVuIGNvdW50cywgaXQgZG9lc1xuICogbm90IGFzc3VtZS5cbiAqL1xuZnVuY3Rpb24gYmF0Y2hlZChjb3VudDogbnVtYmVyLCBtYWtlOiAoaTogbnVtYmVyKSA9PiBCYXRjaFJlcXVlc3QsIG9uQW5zd2VyOiAocmVzOiBSZXNwb25zZSwgaTogbnVtYmVyKSA9PiB2b2lkKTogdm9pZCB7XG4gIGZvciAobGV0IGZpcnN0ID0gMDsgZmlyc3QgPCBjb3VudDsgZmlyc3QgKz0gQ09OQ1VSUkVOQ1kpIHtcbiAgICBjb25zdCBjaHVuazogQmF0Y2hSZXF1ZXN0W10gPSBbXTtcbiAgICBmb3IgKGxldCBpID0gZmlyc3Q7IGkgPCBNYXRoLm1pbihjb3VudCwgZmlyc3QgKyBDT05DVVJSRU5DWSk7IGkrKykgY2h1bmsucHVzaChtYWtlKGkpKTtcbiAgICBjb25zdCBnb3QgPSBodHRwLmJhdGNoKGNodW5rKSBhcyBSZXNwb25zZVtdO1xuICAgIGZvciAobGV0IGF0dGVtcHQgPSAxOyBhdHRlbXB0IDwgQVRURU1QVFM7IGF0dGVtcHQrKykge1xuICAgICAgY29uc3QgYWdhaW4gPSBnb3QubWFwKChyZXMsIGspID0+ICh0cmFuc2llbnQocmVzKSA/IGsgOiAtMSkpLmZpbHRlcigoaykgPT4gayA+PSAwKTtcbiAgICAgIGlmIChhZ2Fpbi5sZW5ndGggPT09IDApIGJyZWFrO1xuICAgICAgcmV0cmllZCArPSBhZ2Fpbi5sZW5ndGg7XG4gICAgICBzbGVlcCgwLjIgKiAyICoqIChhdHRlbXB0IC0gMSkpO1xuICAgICAgKGh0dHAuYmF0Y2goYWdhaW4ubWFwKChrKSA9PiBjaHVua1trXSEpKSBhcyBSZXNwb25zZVtdKS5mb3JFYWNoKChyZXMsIGopID0+IChnb3RbYWdhaW5bal0hXSA9IHJlcykpO1xuICAgIH1cbiAgICBnb3QuZm9yRWFjaCgocmVzLCBrKSA9PiBvbkFuc3dlcihyZXMsIGZpcnN0ICsgaykpO1xuICB9XG59XG5cbi8qKiBTZXR1cCdzIHJlcXVlc3QgcGFyYW1zOyBDb250ZW50LVR5cGUgb25seSB3aXRoIGEgYm9keSAoYSBKU09OIERFTEVURSB3aXRob3V0IG9uZSBpcyBhIDQwMCBvbiBtYW55IHNlcnZlcnMpLiAqL1xuZnVuY3Rpb24gcGFyYW1zKHdoYXQ6IHN0cmluZywgdG9rZW4/OiBzdHJpbmcsIHdpdGhCb2R5ID0gZmFsc2UpIHtcbiAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgQWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicgfTtcbiAgaWYgKHdpdGhCb2R5KSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgaWYgKHRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dG9rZW59YDtcbiAgcmV0dXJuIHsgaGVhZGVycywgdGFnczogeyBzY29wZTogJ3NldHVwJywgbmFtZTogYHNldHVwOiAke3doYXR9YCB9LCB0aW1lb3V0OiAnNjBzJyB9O1xufVxuXG5mdW5jdGlvbiBqc29uPFQ+KHJlczogUmVzcG9uc2UpOiBUIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5wYXJzZShyZXMuYm9keSBhcyBzdHJpbmcpIGFzIFQ7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIEEgbG9naW4gb3V0c2lkZSB0aGUgbWVhc3VyZWQgd2luZG93IChzY29wZT1zZXR1cCwgbm8gZW5kcG9pbnQgdGFnKTogdGhlIHRva2VuLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcXVpZXRMb2dpbihcbiAgY29uZmlnOiBDb25maWcsXG4gIGVtYWlsOiBzdHJpbmcsXG4gIHBhc3N3b3JkOiBzdHJpbmcsXG4pOiB7IHRva2VuOiBzdHJpbmcgfCB1bmRlZmluZWQ7IHN0YXR1czogbnVtYmVyIH0ge1xuICBjb25zdCByZXN1bHQ6IHsgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZDsgc3RhdHVzOiBudW1iZXIgfSA9IHsgdG9rZW46IHVuZGVmaW5lZCwgc3RhdHVzOiAwIH07XG4gIGJhdGNoZWQoXG4gICAgMSxcbiAgICAoKSA9PiAoe1xuICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICB1cmw6IGAke2NvbmZpZy5iYXNlVXJsfSR7cGF0aHMubG9naW4oKX1gLFxuICAgICAgYm9keTogSlNPTi5zdHJpbmdpZnkoeyBlbWFpbCwgcGFzc3dvcmQgfSksXG4gICAgICBwYXJhbXM6IHBhcmFtcygnbG9naW4nLCB1bmRlZmluZWQsIHRydWUpLFxuICAgIH0pLFxuICAgIChyZXMpID0+IHtcbiAgICAgIHJlc3VsdC5zdGF0dXMgPSByZXMuc3RhdHVzO1xuICAgICAgcmVzdWx0LnRva2VuID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGFjY2Vzc190b2tlbj86IHN0cmluZyB9PihyZXMpPy5hY2Nlc3NfdG9rZW4gOiB1bmRlZmluZWQ7XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIHJlc3VsdDtcbn1cblxuaW50ZXJmYWNlIExpc3RlZCB7XG4gIHRvdGFsOiBudW1iZXI7XG4gIGlkczogSWRbXTtcbn1cblxuLyoqIE1ha2VzIHN1cmUgZXZlcnkgb3duZXIgaGFzIHRoZSBkYXRhc2V0OyB0aHJvd3Mgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSBhY2NvdW50IGFuZCBzdGF0dXMgb24gZmFpbHVyZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnN1cmVEYXRhc2V0KGNvbmZpZzogQ29uZmlnLCBvd25lcnM6IE93bmVyW10pOiBEYXRhc2V0UmVwb3J0IHtcbiAgY29uc3QgeyBjb3Vyc2VzOiB3YW50ZWQsIGdlbmVyYXRlZDogZ2VuZXJhdGVkUGVyVXNlciwgcmVzZWVkIH0gPSBjb25maWcuZGF0YXNldDtcbiAgY29uc3QgcmVwb3J0OiBEYXRhc2V0UmVwb3J0ID0ge1xuICAgIGFjY291bnRzOiBvd25lcnMubGVuZ3RoLFxuICAgIGNyZWF0ZWQ6IDAsXG4gICAgcmV1c2VkOiAwLFxuICAgIHJlbW92ZWQ6IDAsXG4gICAgZ2VuZXJhdGVkOiAwLFxuICAgIHJldHJpZWQ6IDAsXG4gIH07XG4gIGlmICh3YW50ZWQgPT09IDAgfHwgb3duZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHJlcG9ydDtcbiAgY29uc3QgcmV0cmllZEJlZm9yZSA9IHJldHJpZWQ7XG4gIGNvbnN0IGJhc2UgPSBjb25maWcuYmFzZVVybDtcblxuICBjb25zdCB0b2tlbnM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IGxvZ0luID0gKHdoaWNoOiBudW1iZXJbXSkgPT5cbiAgICBiYXRjaGVkKFxuICAgICAgd2hpY2gubGVuZ3RoLFxuICAgICAgKGspID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5sb2dpbigpfWAsXG4gICAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWw6IG93bmVyc1t3aGljaFtrXSFdIS5lbWFpbCwgcGFzc3dvcmQ6IG93bmVyc1t3aGljaFtrXSFdIS5wYXNzd29yZCB9KSxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ2xvZ2luJywgdW5kZWZpbmVkLCB0cnVlKSxcbiAgICAgIH0pLFxuICAgICAgKHJlcywgaykgPT4ge1xuICAgICAgICBjb25zdCB0b2tlbiA9IHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBhY2Nlc3NfdG9rZW4/OiBzdHJpbmcgfT4ocmVzKT8uYWNjZXNzX3Rva2VuIDogdW5kZWZpbmVkO1xuICAgICAgICBpZiAoIXRva2VuKVxuICAgICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICAgIGBkYXRhc2V0OiBsb2dnaW5nIGluIGFzICR7b3duZXJzW3doaWNoW2tdIV0hLnJvbGV9IGFjY291bnQgJHtvd25lcnNbd2hpY2hba10hXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9OiBjaGVjayBpdHMgcGFzc3dvcmQgaW4gdGhlIHVzZXIgcG9vbGAsXG4gICAgICAgICAgKTtcbiAgICAgICAgdG9rZW5zW3doaWNoW2tdIV0gPSB0b2tlbjtcbiAgICAgIH0sXG4gICAgKTtcbiAgbG9nSW4ob3duZXJzLm1hcCgoXywgaSkgPT4gaSkpO1xuXG4gIGNvbnN0IGxpc3RVcmwgPSBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfT9xPSR7ZW5jb2RlVVJJQ29tcG9uZW50KERBVEFTRVRfVElUTEUpfSZsaW1pdD0ke0xJU1RfTElNSVR9YDtcbiAgY29uc3QgbGlzdCA9ICgpOiBMaXN0ZWRbXSA9PiB7XG4gICAgY29uc3QgbGlzdGVkOiBMaXN0ZWRbXSA9IFtdO1xuICAgIGJhdGNoZWQoXG4gICAgICBvd25lcnMubGVuZ3RoLFxuICAgICAgKGkpID0+ICh7IG1ldGhvZDogJ0dFVCcsIHVybDogbGlzdFVybCwgcGFyYW1zOiBwYXJhbXMoJ2xpc3QgZGF0YXNldCcsIHRva2Vuc1tpXSkgfSksXG4gICAgICAocmVzLCBpKSA9PiB7XG4gICAgICAgIGNvbnN0IGJvZHkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgdG90YWw6IG51bWJlcjsgaXRlbXM6IHsgaWQ6IElkIH1bXSB9PihyZXMpIDogdW5kZWZpbmVkO1xuICAgICAgICBpZiAoIWJvZHkpXG4gICAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBsaXN0aW5nIHRoZSBjb3Vyc2VzIG9mICR7b3duZXJzW2ldIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICAgICAgbGlzdGVkW2ldID0geyB0b3RhbDogYm9keS50b3RhbCwgaWRzOiBib2R5Lml0ZW1zLm1hcCgoYykgPT4gYy5pZCkgfTtcbiAgICAgIH0sXG4gICAgKTtcbiAgICByZXR1cm4gbGlzdGVkO1xuICB9O1xuICBsZXQgbGlzdGVkID0gbGlzdCgpO1xuXG4gIGlmIChyZXNlZWQpIHtcbiAgICAvLyBSZW1vdmUgdGhlIG9sZCBkYXRhc2V0IHBhZ2UgYnkgcGFnZSAoZWFjaCBsaXN0IHNob3dzIHRoZSBuZXh0IHBhZ2Ugb25jZSB0aGUgcHJldmlvdXMgaXMgZ29uZSkuXG4gICAgZm9yIChsZXQgcm91bmQgPSAwOyBsaXN0ZWQuc29tZSgobCkgPT4gbC5pZHMubGVuZ3RoID4gMCkgJiYgcm91bmQgPCAxMDAwOyByb3VuZCsrKSB7XG4gICAgICBjb25zdCBkb29tZWQgPSBsaXN0ZWQuZmxhdE1hcCgobCwgaSkgPT4gbC5pZHMubWFwKChpZCkgPT4gKHsgb3duZXI6IGksIGlkIH0pKSk7XG4gICAgICBiYXRjaGVkKFxuICAgICAgICBkb29tZWQubGVuZ3RoLFxuICAgICAgICAoaykgPT4gKHtcbiAgICAgICAgICBtZXRob2Q6ICdERUxFVEUnLFxuICAgICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShkb29tZWRba10hLmlkKX1gLFxuICAgICAgICAgIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgZGF0YXNldCcsIHRva2Vuc1tkb29tZWRba10hLm93bmVyXSksXG4gICAgICAgIH0pLFxuICAgICAgICAocmVzKSA9PiB7XG4gICAgICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDIwNCkgcmVwb3J0LnJlbW92ZWQrKztcbiAgICAgICAgfSxcbiAgICAgICk7XG4gICAgICBsaXN0ZWQgPSBsaXN0KCk7XG4gICAgfVxuICB9XG5cbiAgY29uc3QgY3JlYXRpb25zOiB7IG93bmVyOiBudW1iZXI7IG46IG51bWJlcjsgZ2VuZXJhdGU6IGJvb2xlYW4gfVtdID0gW107XG4gIG93bmVycy5mb3JFYWNoKChvd25lciwgaSkgPT4ge1xuICAgIGNvbnN0IGhhdmUgPSBsaXN0ZWRbaV0hLnRvdGFsO1xuICAgIGlmIChoYXZlID49IHdhbnRlZCkgcmVwb3J0LnJldXNlZCsrO1xuICAgIGZvciAobGV0IG4gPSBoYXZlICsgMTsgbiA8PSB3YW50ZWQ7IG4rKylcbiAgICAgIGNyZWF0aW9ucy5wdXNoKHsgb3duZXI6IGksIG4sIGdlbmVyYXRlOiBvd25lci5yb2xlID09PSAncmVndWxhcicgJiYgbiA8PSBnZW5lcmF0ZWRQZXJVc2VyIH0pO1xuICB9KTtcbiAgY29uc3QgdG9HZW5lcmF0ZTogeyBvd25lcjogbnVtYmVyOyBpZDogSWQgfVtdID0gW107XG4gIGJhdGNoZWQoXG4gICAgY3JlYXRpb25zLmxlbmd0aCxcbiAgICAoaykgPT4ge1xuICAgICAgY29uc3QgeyBvd25lciwgbiwgZ2VuZXJhdGUgfSA9IGNyZWF0aW9uc1trXSE7XG4gICAgICBjb25zdCBjb3Vyc2UgPSB7XG4gICAgICAgIHRpdGxlOiBkYXRhc2V0VGl0bGUobiksXG4gICAgICAgIHRvcGljOiBgZGF0YXNldCB0b3BpYyAke259YCxcbiAgICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICAgIGNoYXB0ZXJfY291bnQ6IGdlbmVyYXRlID8gMSA6IDMsXG4gICAgICB9O1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZXMoKX1gLFxuICAgICAgICBib2R5OiBKU09OLnN0cmluZ2lmeShjb3Vyc2UpLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygnY3JlYXRlIGRhdGFzZXQnLCB0b2tlbnNbb3duZXJdLCB0cnVlKSxcbiAgICAgIH07XG4gICAgfSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCBpZCA9IHJlcy5zdGF0dXMgPT09IDIwMSA/IGpzb248eyBpZDogSWQgfT4ocmVzKT8uaWQgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoaWQgPT09IHVuZGVmaW5lZClcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBjcmVhdGluZyBhIGNvdXJzZSBmb3IgJHtvd25lcnNbY3JlYXRpb25zW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWAsXG4gICAgICAgICk7XG4gICAgICByZXBvcnQuY3JlYXRlZCsrO1xuICAgICAgaWYgKGNyZWF0aW9uc1trXSEuZ2VuZXJhdGUpIHRvR2VuZXJhdGUucHVzaCh7IG93bmVyOiBjcmVhdGlvbnNba10hLm93bmVyLCBpZCB9KTtcbiAgICB9LFxuICApO1xuXG4gIGxldCBqb2JzOiB7IG93bmVyOiBudW1iZXI7IGpvYklkOiBJZCB9W10gPSBbXTtcbiAgYmF0Y2hlZChcbiAgICB0b0dlbmVyYXRlLmxlbmd0aCxcbiAgICAoaykgPT4gKHtcbiAgICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuZ2VuZXJhdGUodG9HZW5lcmF0ZVtrXSEuaWQpfWAsXG4gICAgICBib2R5OiAne30nLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ2dlbmVyYXRlIGRhdGFzZXQnLCB0b2tlbnNbdG9HZW5lcmF0ZVtrXSEub3duZXJdLCB0cnVlKSxcbiAgICB9KSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICBjb25zdCBqb2JJZCA9IHJlcy5zdGF0dXMgPT09IDIwMiA/IGpzb248eyBqb2JfaWQ6IElkIH0+KHJlcyk/LmpvYl9pZCA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChqb2JJZCA9PT0gdW5kZWZpbmVkKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IHN0YXJ0aW5nIGdlbmVyYXRpb24gZm9yICR7b3duZXJzW3RvR2VuZXJhdGVba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCxcbiAgICAgICAgKTtcbiAgICAgIGpvYnMucHVzaCh7IG93bmVyOiB0b0dlbmVyYXRlW2tdIS5vd25lciwgam9iSWQgfSk7XG4gICAgfSxcbiAgKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBEYXRlLm5vdygpICsgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UyAqIDEwMDA7XG4gIHdoaWxlIChqb2JzLmxlbmd0aCA+IDApIHtcbiAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKVxuICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICBgZGF0YXNldDogJHtqb2JzLmxlbmd0aH0gZ2VuZXJhdGlvbiBqb2IocykgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9c2AsXG4gICAgICApO1xuICAgIHNsZWVwKDEpO1xuICAgIGNvbnN0IG9wZW46IHR5cGVvZiBqb2JzID0gW107XG4gICAgY29uc3QgZXhwaXJlZCA9IG5ldyBTZXQ8bnVtYmVyPigpO1xuICAgIGJhdGNoZWQoXG4gICAgICBqb2JzLmxlbmd0aCxcbiAgICAgIChrKSA9PiAoe1xuICAgICAgICBtZXRob2Q6ICdHRVQnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5qb2Ioam9ic1trXSEuam9iSWQpfWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdwb2xsIGRhdGFzZXQgam9iJywgdG9rZW5zW2pvYnNba10hLm93bmVyXSksXG4gICAgICB9KSxcbiAgICAgIChyZXMsIGspID0+IHtcbiAgICAgICAgLy8gQSB0b2tlbiB0aGF0IGV4cGlyZWQgd2hpbGUgd2FpdGluZyAoc2hvcnQtbGl2ZWQgdG9rZW5zKTogbG9nIHRoYXQgb3duZXIgaW4gYWdhaW4gYW5kIHBvbGwgb24uXG4gICAgICAgIGlmIChyZXMuc3RhdHVzID09PSA0MDEpIHtcbiAgICAgICAgICBleHBpcmVkLmFkZChqb2JzW2tdIS5vd25lcik7XG4gICAgICAgICAgb3Blbi5wdXNoKGpvYnNba10hKTtcbiAgICAgICAgICByZXR1cm47XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHJlcy5zdGF0dXMgIT09IDIwMClcbiAgICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgICBgZGF0YXNldDogZm9sbG93aW5nIGEgZ2VuZXJhdGlvbiBqb2Igb2YgJHtvd25lcnNbam9ic1trXSEub3duZXJdIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c30ke3Jlcy5lcnJvciA/IGAgKCR7cmVzLmVycm9yfSlgIDogJyd9YCxcbiAgICAgICAgICApO1xuICAgICAgICBjb25zdCBzdGF0dXMgPSBqc29uPHsgc3RhdHVzPzogc3RyaW5nOyBlcnJvcj86IHN0cmluZyB9PihyZXMpO1xuICAgICAgICBpZiAoc3RhdHVzPy5zdGF0dXMgPT09ICdmYWlsZWQnKVxuICAgICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICAgIGBkYXRhc2V0OiBnZW5lcmF0aW5nIGEgY291cnNlIG9mICR7b3duZXJzW2pvYnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZDogJHtzdGF0dXMuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9YCxcbiAgICAgICAgICApO1xuICAgICAgICBpZiAoc3RhdHVzPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSByZXBvcnQuZ2VuZXJhdGVkKys7XG4gICAgICAgIGVsc2Ugb3Blbi5wdXNoKGpvYnNba10hKTtcbiAgICAgIH0sXG4gICAgKTtcbiAgICBpZiAoZXhwaXJlZC5zaXplID4gMCkgbG9nSW4oWy4uLmV4cGlyZWRdKTtcbiAgICBqb2JzID0gb3BlbjtcbiAgfVxuICByZXBvcnQucmV0cmllZCA9IHJldHJpZWQgLSByZXRyaWVkQmVmb3JlO1xuICByZXR1cm4gcmVwb3J0O1xufVxuXG4vKipcbiAqIFJlbW92ZXMgcnVuLWNyZWF0ZWQgY291cnNlcyB0aGUgYWRtaW4gY2FuIHNlZSB3aG9zZSB0aXRsZSBgcmVtb3ZlYCBwaWNrcyAodGhpcyBydW4ncyBhdFxuICogdGVhcmRvd24sIGVhcmxpZXIgcnVucycgbGVmdG92ZXJzIGF0IHNldHVwKS4gUmV0dXJucyBob3cgbWFueSB3ZXJlIHJlbW92ZWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZW1vdmVDb3Vyc2VzKFxuICBjb25maWc6IENvbmZpZyxcbiAgYWRtaW5Ub2tlbjogc3RyaW5nLFxuICBmaWx0ZXI6IHN0cmluZyxcbiAgcmVtb3ZlOiAodGl0bGU6IHN0cmluZykgPT4gYm9vbGVhbixcbik6IG51bWJlciB7XG4gIGNvbnN0IGJhc2UgPSBjb25maWcuYmFzZVVybDtcbiAgbGV0IHJlbW92ZWQgPSAwO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChsZXQgcGFnZSA9IDA7IHBhZ2UgPCAxMDAwOyBwYWdlKyspIHtcbiAgICBsZXQgaXRlbXM6IHsgaWQ6IElkOyB0aXRsZTogc3RyaW5nIH1bXSA9IFtdO1xuICAgIGJhdGNoZWQoXG4gICAgICAxLFxuICAgICAgKCkgPT4gKHtcbiAgICAgICAgbWV0aG9kOiAnR0VUJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfT9xPSR7ZW5jb2RlVVJJQ29tcG9uZW50KGZpbHRlcil9JmxpbWl0PSR7TElTVF9MSU1JVH0mb2Zmc2V0PSR7b2Zmc2V0fWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdmaW5kIGxlZnRvdmVycycsIGFkbWluVG9rZW4pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGl0ZW1zID0gKHJlcy5zdGF0dXMgPT09IDIwMCA/IGpzb248eyBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdIH0+KHJlcyk/Lml0ZW1zIDogdW5kZWZpbmVkKSA/PyBbXTtcbiAgICAgIH0sXG4gICAgKTtcbiAgICBpZiAoaXRlbXMubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICBjb25zdCBkb29tZWQgPSBpdGVtcy5maWx0ZXIoKGMpID0+IHJlbW92ZShjLnRpdGxlKSk7XG4gICAgbGV0IGdvbmUgPSAwO1xuICAgIGJhdGNoZWQoXG4gICAgICBkb29tZWQubGVuZ3RoLFxuICAgICAgKGspID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ0RFTEVURScsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShkb29tZWRba10hLmlkKX1gLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGxlZnRvdmVycycsIGFkbWluVG9rZW4pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGlmIChyZXMuc3RhdHVzID09PSAyMDQgfHwgcmVzLnN0YXR1cyA9PT0gNDA0KSBnb25lKys7XG4gICAgICB9LFxuICAgICk7XG4gICAgcmVtb3ZlZCArPSBnb25lO1xuICAgIG9mZnNldCArPSBpdGVtcy5sZW5ndGggLSBnb25lOyAvLyB3aGF0IHN0YXlzIG9uIHRoZSBwYWdlIChrZXB0LCBvciBub3QgZGVsZXRhYmxlKSBpcyBzdGVwcGVkIG92ZXJcbiAgfVxuICByZXR1cm4gcmVtb3ZlZDtcbn1cbiIsICIvLyBIb3cgdGhlIHN1aXRlIG5hbWVzIHdoYXQgaXQgcHV0cyBvbiB0aGUgcGxhdGZvcm0sIHNvIGl0IGNhbiBmaW5kIGl0IGFnYWluLlxuLy8gLSBUaGUga2VwdCBkYXRhc2V0OiBgY291cnNlLXBlcmYgZGF0YXNldCBOTmAgKHJldXNlZCBhY3Jvc3MgcnVucywgbmV2ZXIgcmVtb3ZlZCBieSBhIHJ1bikuXG4vLyAtIEV2ZXJ5dGhpbmcgYSBydW4gY3JlYXRlczogYHBlcmYtPGtpbmQ+IDxydW4gaWQ+IC4uLmA7IHRoZSBydW4gaWQgc3RhcnRzIHdpdGggdGhlIHJ1bidzIHN0YXJ0XG4vLyAgIHRpbWUsIHNvIGEgbGF0ZXIgcnVuIGNhbiB0ZWxsIGEga2lsbGVkIHJ1bidzIGxlZnRvdmVycyBmcm9tIGl0cyBvd24uXG5leHBvcnQgY29uc3QgREFUQVNFVF9USVRMRSA9ICdjb3Vyc2UtcGVyZiBkYXRhc2V0Jztcbi8qKiBBIHRpdGxlIGZpbHRlciBtYXRjaGluZyBldmVyeSBydW4tY3JlYXRlZCBjb3Vyc2UgKGFuZCBubyBkYXRhc2V0IGNvdXJzZSkuICovXG5leHBvcnQgY29uc3QgUlVOX1RJVExFX0ZJTFRFUiA9ICdwZXJmLSc7XG5cbmV4cG9ydCBmdW5jdGlvbiBkYXRhc2V0VGl0bGUobjogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke0RBVEFTRVRfVElUTEV9ICR7U3RyaW5nKG4pLnBhZFN0YXJ0KDIsICcwJyl9YDtcbn1cblxuLyoqIEEgbmV3IHJ1biBpZDogc3RhcnQgdGltZSAoYmFzZSAzNiBtcykgYW5kIGEgcmFuZG9tIHBhcnQuICovXG5leHBvcnQgZnVuY3Rpb24gbmV3UnVuSWQobm93OiBudW1iZXIgPSBEYXRlLm5vdygpKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke25vdy50b1N0cmluZygzNil9LSR7TWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogMWU2KS50b1N0cmluZygzNil9YDtcbn1cblxuLyoqIFRoZSBydW4gaWQgaW4gYSBydW4tY3JlYXRlZCB0aXRsZSAoYHBlcmYtPGtpbmQ+IDxydW4gaWQ+IC4uLmApLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuSWRPZih0aXRsZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbWF0Y2ggPSAvXnBlcmYtXFxTKyAoWzAtOWEtel0rLVswLTlhLXpdKykoPzpcXHN8JCkvLmV4ZWModGl0bGUpO1xuICByZXR1cm4gbWF0Y2g/LlsxXTtcbn1cblxuLyoqIFN0YXJ0IHRpbWUgb2YgYSBydW4gaWQsIG1zIHNpbmNlIHRoZSBlcG9jaCwgb3IgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJ1blN0YXJ0T2YocnVuSWQ6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG1zID0gcGFyc2VJbnQocnVuSWQuc3BsaXQoJy0nKVswXSEsIDM2KTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBIb3cgbG9uZyBhZnRlciBpdHMgc3RhcnQgYW5vdGhlciBydW4gbWF5IHN0aWxsIGJlIGdvaW5nOiB0aGUgb3RoZXIgc2VnbWVudHMgb2YgYW4gZXhlY3V0aW9uLXNlZ21lbnRlZFxuICogcnVuIHN0YXJ0IHdpdGhpbiBzZWNvbmRzIG9mIGVhY2ggb3RoZXIsIGFuZCBhIHNvYWsgb3IgYSBjb2xsZWFndWUncyBydW4gYWdhaW5zdCB0aGUgc2FtZSBwbGF0Zm9ybVxuICogbGFzdHMgaG91cnMuIE9ubHkgcnVucyBvbGRlciB0aGFuIHRoaXMgYXJlIHRha2VuIGZvciBraWxsZWQuXG4gKi9cbmV4cG9ydCBjb25zdCBMSVZFX1JVTl9XSU5ET1dfTVMgPSA2ICogNjAgKiA2MCAqIDEwMDA7XG5cbi8qKlxuICogV2hldGhlciBhIHJ1bi1jcmVhdGVkIGNvdXJzZSBpcyB0byBiZSByZW1vdmVkIGJ5IHJ1biBgY3VycmVudGA6IGl0cyBvd24gKHRlYXJkb3duKSwgb3Igb25lIG9mIGFcbiAqIHJ1biB0aGF0IHN0YXJ0ZWQgbW9yZSB0aGFuIExJVkVfUlVOX1dJTkRPV19NUyBlYXJsaWVyIChhIGtpbGxlZCBydW4ncyBsZWZ0b3ZlcnM7IGFsc28gdGl0bGVzIG9mXG4gKiBvbGRlciB2ZXJzaW9ucyBvZiB0aGUgc3VpdGUpLiBBIHJ1biB0aGF0IG1heSBzdGlsbCBiZSBnb2luZyBrZWVwcyBpdHMgY291cnNlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzTGVmdG92ZXIodGl0bGU6IHN0cmluZywgY3VycmVudDogc3RyaW5nLCBvd246IGJvb2xlYW4pOiBib29sZWFuIHtcbiAgaWYgKCF0aXRsZS5zdGFydHNXaXRoKFJVTl9USVRMRV9GSUxURVIpKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHJ1bklkID0gcnVuSWRPZih0aXRsZSk7XG4gIGlmIChvd24pIHJldHVybiBydW5JZCA9PT0gY3VycmVudDtcbiAgaWYgKHJ1bklkID09PSB1bmRlZmluZWQpIHJldHVybiB0cnVlO1xuICBpZiAocnVuSWQgPT09IGN1cnJlbnQpIHJldHVybiBmYWxzZTtcbiAgY29uc3Qgc3RhcnRlZCA9IHJ1blN0YXJ0T2YocnVuSWQpO1xuICByZXR1cm4gc3RhcnRlZCA9PT0gdW5kZWZpbmVkIHx8IHN0YXJ0ZWQgPCAocnVuU3RhcnRPZihjdXJyZW50KSA/PyAwKSAtIExJVkVfUlVOX1dJTkRPV19NUztcbn1cbiIsICIvLyBXaGF0IGV2ZXJ5IGVudHJ5IHBvaW50IHNoYXJlczogaXQgYXNzZW1ibGVzIGs2IG9wdGlvbnMgZnJvbSB0aGUgZW50cnkncyBvd24gc2NlbmFyaW9zIGFuZFxuLy8gZ2F0ZXMsIGFkZGluZyB0aGUgc2VydmVyLXJlc291cmNlcyBzY2VuYXJpbyBhbmQgZ2F0ZXMgd2hlbiBhIHNpZGVjYXIgaXMgYXR0YWNoZWQgKFNJREVDQVJfVVJMKS5cbi8vIEVudHJpZXMgcmUtZXhwb3J0IGBwb2xsUmVzb3VyY2VzYCBhbmQgYHRlYXJkb3duYCBmcm9tIGhlcmUsIGFzIGs2IG5lZWRzIHRoZW0gaW4gdGhlIGVudHJ5IG1vZHVsZS5cbi8vXG4vLyBrNiBldmFsdWF0ZXMgdGhlIHNjcmlwdCBvbmNlIHBlciBWVSwgZWFjaCBpbiBpdHMgb3duIEphdmFTY3JpcHQgcnVudGltZSwgcGx1cyBvbmNlIGFzIFZVIDA6IHRoYXRcbi8vIGV2YWx1YXRpb24gaXMgd2hlcmUgazYgcmVhZHMgYG9wdGlvbnNgLCBhbmQgc2V0dXAsIHRlYXJkb3duIGFuZCBoYW5kbGVTdW1tYXJ5IGVhY2ggcnVuIGluIGEgZnJlc2hcbi8vIFZVIDAgdG9vLiBMb2FkIFZVcyAoMSwgMiwgLi4uKSBuZXZlciByZWFkIHRoZWlyIGBvcHRpb25zYCAoazYgc2V0cyB0aGUgY29uc29saWRhdGVkIG9wdGlvbnMgb250b1xuLy8gaXQpLCBzbyB0aGV5IHNraXAgYnVpbGRpbmcgdGhlbTogdGhlIHNjZW5hcmlvcywgZ2F0ZXMgYW5kIHRocmVzaG9sZCBleHByZXNzaW9ucyBtYWRlIHBlciBWVSB3ZXJlXG4vLyB+MC4xIE1CIG9mIGV2ZXJ5IFZVJ3MgaGVhcCAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgIGhlYXAgcHJvZmlsZSBhdCAxLDAwMCBWVXMpLlxuXG5pbXBvcnQgeyB0eXBlIEdhdGUsIHR5cGUgSzZUaHJlc2hvbGRzLCBtZXRyaWNLZXksIHRvSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgeyBpc0Fycml2YWxSYXRlIH0gZnJvbSAnLi4vbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB7IHR5cGUgU2NlbmFyaW8sIFNVTU1BUllfVFJFTkRfU1RBVFMgfSBmcm9tICcuLi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgeyBlbmRMb2FkLCBwb2xsUmVzb3VyY2VzIGFzIHBvbGxTaWRlY2FyLCByZXNvdXJjZUdhdGVzLCByZXNvdXJjZXNTY2VuYXJpbyB9IGZyb20gJy4uL21ldHJpY3MvcmVzb3VyY2VzLnRzJztcbmltcG9ydCB7IGFzc2VydERpc3RpbmN0LCBwb29sIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC50cyc7XG5pbXBvcnQgeyBST0xFUywgdHlwZSBSb2xlLCB2dUlkQm91bmQgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHsgY2xlYW5VcFJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vdXNlcnMvc2V0dXAudHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi9lbnYudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5UGFydHMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgZ2F0ZXM6IEdhdGVbXTtcbiAgLyoqIEhvdyBsb25nIHRoZSBsb2FkIHJ1bnMsIHNlY29uZHM6IHRoZSByZXNvdXJjZXMgcG9sbGVyIHJ1bnMgYXMgbG9uZy4gKi9cbiAgd2FsbFRpbWVTOiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIHRvbyAoc29haykuICovXG4gIGdhdGVNZW1vcnlHcm93dGg/OiBib29sZWFuO1xuICAvKiogQ2xhc3NlcyB3aG9zZSBWVXMgbG9nIGluIGFzIHBvb2wgYWNjb3VudHMgKFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUIGNoZWNrcyB0aGVzZSk7IGRlZmF1bHQgYWxsLiAqL1xuICByb2xlcz86IHJlYWRvbmx5IFJvbGVbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFbnRyeU9wdGlvbnMge1xuICBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPjtcbiAgdGhyZXNob2xkczogSzZUaHJlc2hvbGRzO1xuICBzZXR1cFRpbWVvdXQ6IHN0cmluZztcbiAgc3VtbWFyeVRyZW5kU3RhdHM6IHN0cmluZ1tdO1xufVxuXG4vKiogV2hldGhlciB0aGlzIHJ1bnRpbWUgaXMgazYncyBWVSAwIChvcHRpb25zLCBzZXR1cCwgdGVhcmRvd24sIGhhbmRsZVN1bW1hcnkpIHJhdGhlciB0aGFuIGEgbG9hZCBWVS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0NvbnRyb2xSdW50aW1lKCk6IGJvb2xlYW4ge1xuICByZXR1cm4gX19WVSA9PT0gMDtcbn1cblxuLyoqIFRoZSBlbnRyeSdzIGs2IG9wdGlvbnMsIGJ1aWx0IGZyb20gYG1ha2VQYXJ0c2AgaW4gVlUgMCBvbmx5OyB1bmRlZmluZWQgaW4gbG9hZCBWVXMgKHNlZSBhYm92ZSkuICovXG5leHBvcnQgZnVuY3Rpb24gZW50cnlPcHRpb25zKGNvbmZpZzogQ29uZmlnLCBtYWtlUGFydHM6ICgpID0+IEVudHJ5UGFydHMpOiBFbnRyeU9wdGlvbnMgfCB1bmRlZmluZWQge1xuICBpZiAoIWlzQ29udHJvbFJ1bnRpbWUoKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGFydHMgPSBtYWtlUGFydHMoKTtcbiAgLy8gQSB1c2VyIGNsYXNzIHdlaWdodGVkIDAgJSAoZS5nLiBQRVJGT1JNQU5DRV9VU0VSX1dFSUdIVFM9MTAwLzAvMCkgaGFzIG5vIFZVczsgazYgcmVmdXNlcyBhXG4gIC8vIHNjZW5hcmlvIHRoYXQgbmV2ZXIgc3RhcnRzIG9uZSwgc28gaXQgaXMgbGVmdCBvdXQgcmF0aGVyIHRoYW4gZmFpbGluZyB0aGUgd2hvbGUgcnVuLlxuICBjb25zdCBzY2VuYXJpb3MgPSBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMocGFydHMuc2NlbmFyaW9zKS5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaGFzVXNlcnMoc2NlbmFyaW8pKSk7XG4gIGNvbnN0IGdhdGVzID0gWy4uLnBhcnRzLmdhdGVzXTtcbiAgaWYgKGNvbmZpZy5zaWRlY2FyVXJsKSB7XG4gICAgc2NlbmFyaW9zLnJlc291cmNlcyA9IHJlc291cmNlc1NjZW5hcmlvKHBhcnRzLndhbGxUaW1lUyk7XG4gICAgZ2F0ZXMucHVzaChcbiAgICAgIC4uLnJlc291cmNlR2F0ZXMoe1xuICAgICAgICBtZW1vcnlNYjogY29uZmlnLnRhcmdldHMubWVtb3J5TWIsXG4gICAgICAgIGNwdVBlcmNlbnQ6IGNvbmZpZy50YXJnZXRzLmNwdVBlcmNlbnQsXG4gICAgICAgIGdyb3d0aE1iUGVyTWluOiBwYXJ0cy5nYXRlTWVtb3J5R3Jvd3RoID8gY29uZmlnLnRhcmdldHMubWVtb3J5R3Jvd3RoTWJQZXJNaW4gOiB1bmRlZmluZWQsXG4gICAgICAgIGZhaWxPbk1pc3Npbmc6IGNvbmZpZy5zaWRlY2FyU3RyaWN0LFxuICAgICAgfSksXG4gICAgKTtcbiAgfVxuICBpZiAoY29uZmlnLnVzZXJzRGlzdGluY3QpIGFzc2VydERpc3RpbmN0KHBvb2wsIHBhcnRzLnJvbGVzID8/IFJPTEVTLCB2dUlkQm91bmQoc2NlbmFyaW9zKSk7XG4gIHJldHVybiB7XG4gICAgc2NlbmFyaW9zLFxuICAgIHRocmVzaG9sZHM6IHdpdGhEcm9wcGVkSXRlcmF0aW9ucyh0b0s2VGhyZXNob2xkcyhnYXRlcyksIHNjZW5hcmlvcyksXG4gICAgLy8gR2VuZXJhdGlvbiBvZiBzZWVkIGNvdXJzZXMsIHBsdXMgdGhlIGtlcHQgZGF0YXNldCdzIHNlZWRpbmcgd2hlbiBhIHJ1biBoYXMgdG8gbWFrZSBpdC5cbiAgICBzZXR1cFRpbWVvdXQ6IGAke01hdGgubWF4KDYwLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICsgMzApICsgKGNvbmZpZy5kYXRhc2V0LmNvdXJzZXMgPiAwID8gNjAwIDogMCl9c2AsXG4gICAgc3VtbWFyeVRyZW5kU3RhdHM6IFNVTU1BUllfVFJFTkRfU1RBVFMsXG4gIH07XG59XG5cbi8qKlxuICogRXZlcnkgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGRyb3BwZWQgaXRlcmF0aW9ucyBpbiB0aGUgc3VtbWFyeSwgZ2F0ZWQgb3Igbm90OiBhIHRocmVzaG9sZCBsaXN0LFxuICogZXZlbiBlbXB0eSwgaXMgaG93IGs2IGtlZXBzIGEgdGFnLWZpbHRlcmVkIHN1Yi1tZXRyaWMgKGdyYWZhbmEvazYgIzEzMjEpLlxuICovXG5mdW5jdGlvbiB3aXRoRHJvcHBlZEl0ZXJhdGlvbnModGhyZXNob2xkczogSzZUaHJlc2hvbGRzLCBzY2VuYXJpb3M6IFJlY29yZDxzdHJpbmcsIFNjZW5hcmlvPik6IEs2VGhyZXNob2xkcyB7XG4gIGZvciAoY29uc3QgW25hbWUsIHNjZW5hcmlvXSBvZiBPYmplY3QuZW50cmllcyhzY2VuYXJpb3MpKSB7XG4gICAgaWYgKGlzQXJyaXZhbFJhdGUoc2NlbmFyaW8pKSB0aHJlc2hvbGRzW21ldHJpY0tleSgnZHJvcHBlZF9pdGVyYXRpb25zJywgeyBzY2VuYXJpbzogbmFtZSB9KV0gPz89IFtdO1xuICB9XG4gIHJldHVybiB0aHJlc2hvbGRzO1xufVxuXG5mdW5jdGlvbiBoYXNVc2VycyhzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuIHtcbiAgY29uc3QgeyBleGVjdXRvciwgc3RhcnRWVXMsIHN0YWdlcywgdnVzIH0gPSBzY2VuYXJpbyBhcyB7XG4gICAgZXhlY3V0b3I6IHN0cmluZztcbiAgICBzdGFydFZVcz86IG51bWJlcjtcbiAgICBzdGFnZXM/OiB7IHRhcmdldDogbnVtYmVyIH1bXTtcbiAgICB2dXM/OiBudW1iZXI7XG4gIH07XG4gIGlmIChleGVjdXRvciA9PT0gJ3JhbXBpbmctdnVzJykgcmV0dXJuIChzdGFydFZVcyA/PyAwKSA+IDAgfHwgKHN0YWdlcyA/PyBbXSkuc29tZSgoc3RhZ2UpID0+IHN0YWdlLnRhcmdldCA+IDApO1xuICBpZiAoZXhlY3V0b3IgPT09ICdjb25zdGFudC12dXMnIHx8IGV4ZWN1dG9yID09PSAncGVyLXZ1LWl0ZXJhdGlvbnMnIHx8IGV4ZWN1dG9yID09PSAnc2hhcmVkLWl0ZXJhdGlvbnMnKVxuICAgIHJldHVybiAodnVzID8/IDEpID4gMDtcbiAgcmV0dXJuIHRydWU7XG59XG5cbi8qKiBUaGUgcmVzb3VyY2VzIHNjZW5hcmlvJ3MgaXRlcmF0aW9uOiBvbmUgcG9sbCBvZiB0aGUgc2lkZWNhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsUmVzb3VyY2VzKCk6IHZvaWQge1xuICBpZiAocnVuQ29uZmlnLnNpZGVjYXJVcmwpIHBvbGxTaWRlY2FyKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqXG4gKiBXaGF0IG9ubHkgdGhlIGVuZCBvZiB0aGUgcnVuIGtub3dzOiB0aGUgbG9hZCBlbmRlZCAoc2FtcGxlcyBhZnRlciBpdCBhcmUgdGVhcmRvd24ncywgbm90IGdhdGVkKVxuICogYW5kIHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoIG92ZXIgaXQuIEVudHJpZXMgd2l0aCBhIHRlYXJkb3duIG9mIHRoZWlyIG93biBjYWxsIGl0IGZpcnN0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkUmVzb3VyY2VzQXRFbmQoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgZW5kTG9hZChydW5Db25maWcuc2lkZWNhclVybCk7XG59XG5cbi8qKiBrNidzIHRlYXJkb3duOiB0aGUgc2VydmVyJ3MgbWVtb3J5IGdyb3d0aCwgYW5kIHJlbW92aW5nIHdoYXQgdGhpcyBydW4gY3JlYXRlZC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB0ZWFyZG93bihkYXRhPzogUnVuRGF0YSk6IFByb21pc2U8dm9pZD4ge1xuICByZWNvcmRSZXNvdXJjZXNBdEVuZCgpO1xuICBhd2FpdCBjbGVhblVwUnVuKHJ1bkNvbmZpZywgZGF0YSk7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZShcbiAgICAvWyY8PlwiJ10vZyxcbiAgICAoYykgPT4gKHsgJyYnOiAnJmFtcDsnLCAnPCc6ICcmbHQ7JywgJz4nOiAnJmd0OycsICdcIic6ICcmcXVvdDsnLCBcIidcIjogJyZhcG9zOycgfSlbY10hLFxuICApO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0XG4gICAgLnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKVxuICAgIC5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKVxuICAgIC5yZXBsYWNlKC88L2csICcmbHQ7JylcbiAgICAucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuXG4vKipcbiAqIEEgTWFya2Rvd24gY29kZSBzcGFuIHRoYXQgc2hvd3MgYHRleHRgIGV4YWN0bHksIGFsc28gaW5zaWRlIGEgdGFibGUgY2VsbC4gSW5zaWRlIGEgY29kZSBzcGFuXG4gKiBNYXJrZG93biBkZWNvZGVzIG5vIGVudGl0aWVzIChgJmx0O2Agd291bGQgc2hvdyBsaXRlcmFsbHkpIGFuZCBwYXJzZXMgbm8gSFRNTCwgc28gPCA+IHN0YXkgYXNcbiAqIHRoZXkgYXJlOyBhIGZlbmNlIGxvbmdlciB0aGFuIGFueSBiYWNrdGljayBydW4gaW5zaWRlIGtlZXBzIHRoZSBzcGFuIGNsb3NlZDsgR2l0SHViJ3MgdGFibGVzXG4gKiBzdGlsbCBzcGxpdCBjZWxscyBvbiBgfGAsIHdoaWNoIGBcXHxgIHByZXZlbnRzIChhbmQgc2hvd3MgYXMgYHxgKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duQ29kZSh0ZXh0OiBzdHJpbmcsIG9wdGlvbnM6IHsgaW5UYWJsZTogYm9vbGVhbiB9ID0geyBpblRhYmxlOiB0cnVlIH0pOiBzdHJpbmcge1xuICBjb25zdCBvbmVMaW5lID0gdGV4dC5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKTtcbiAgY29uc3QgZmxhdCA9IG9wdGlvbnMuaW5UYWJsZSA/IG9uZUxpbmUucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpIDogb25lTGluZTtcbiAgY29uc3QgbG9uZ2VzdFJ1biA9IE1hdGgubWF4KDAsIC4uLihmbGF0Lm1hdGNoKC9gKy9nKSA/PyBbXSkubWFwKChydW4pID0+IHJ1bi5sZW5ndGgpKTtcbiAgY29uc3QgZmVuY2UgPSAnYCcucmVwZWF0KGxvbmdlc3RSdW4gKyAxKTtcbiAgY29uc3QgcGFkID0gZmxhdC5zdGFydHNXaXRoKCdgJykgfHwgZmxhdC5lbmRzV2l0aCgnYCcpID8gJyAnIDogJyc7XG4gIHJldHVybiBgJHtmZW5jZX0ke3BhZH0ke2ZsYXR9JHtwYWR9JHtmZW5jZX1gO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHtcbiAgICAgICAgbWV0cmljLFxuICAgICAgICBleHByZXNzaW9uLFxuICAgICAgICBvazogcmVzdWx0Lm9rLFxuICAgICAgICBzdGF0LFxuICAgICAgICBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLFxuICAgICAgICB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSxcbiAgICAgIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcilcbiAgICAgIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHtcbiAgICAgICAgcmVxdWVzdHM6IHYuY291bnQgPz8gMCxcbiAgICAgICAgcDUwOiB2Lm1lZCA/PyBudWxsLFxuICAgICAgICBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCxcbiAgICAgICAgcDk5OiB2WydwKDk5KSddID8/IG51bGwsXG4gICAgICAgIG1heDogdi5tYXggPz8gbnVsbCxcbiAgICAgIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBPbmUgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGl0ZXJhdGlvbnMgazYgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChkcm9wcGVkX2l0ZXJhdGlvbnN7c2NlbmFyaW86WH0pLiAqL1xuZXhwb3J0IGludGVyZmFjZSBEcm9wcGVkUm93IHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgaXRlcmF0aW9uczogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgdGhvc2UgaXRlcmF0aW9ucyB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGUgZW50cnkgZG9lcyBub3Qgc2F5IGhvdyBtYW55IGFuIGl0ZXJhdGlvbiBzZW5kcy4gKi9cbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIC8qKiBUaGUgbW9zdCB0aGUgc2NlbmFyaW8ncyBnYXRlIGFsbG93cyAoYGNvdW50PD1OYCk7IG51bGwgd2hlbiBpdCBpcyBub3QgZ2F0ZWQuICovXG4gIGFsbG93ZWQ6IG51bWJlciB8IG51bGw7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRHJvcHBlZCB7XG4gIGl0ZXJhdGlvbnM6IG51bWJlcjtcbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIHNjZW5hcmlvczogRHJvcHBlZFJvd1tdO1xufVxuXG5jb25zdCBEUk9QUEVEX1NVQl9NRVRSSUMgPSAvXmRyb3BwZWRfaXRlcmF0aW9uc1xce3NjZW5hcmlvOihbXix9XSspXFx9JC87XG5cbi8qKlxuICogSXRlcmF0aW9ucyB0aGUgcnVuJ3Mgb3Blbi1tb2RlbCBzY2VuYXJpb3MgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChrNidzIGRyb3BwZWRfaXRlcmF0aW9uczogbm8gVlVcbiAqIHdhcyBmcmVlIHdoZW4gb25lIHdhcyBkdWUpLCBwZXIgc2NlbmFyaW8sIGFuZCB0aGUgcmVxdWVzdHMgdGhleSB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGVcbiAqIHJ1biBoYWQgbm8gb3Blbi1tb2RlbCBzY2VuYXJpby4gVGhlaXIgbGF0ZW5jeSBpcyBpbiBubyBwZXJjZW50aWxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJvcHBlZEl0ZXJhdGlvbnMoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9LFxuKTogRHJvcHBlZCB8IG51bGwge1xuICBjb25zdCBzY2VuYXJpb3M6IERyb3BwZWRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtuYW1lLCBtZXRyaWNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBjb25zdCBzY2VuYXJpbyA9IERST1BQRURfU1VCX01FVFJJQy5leGVjKG5hbWUpPy5bMV07XG4gICAgaWYgKHNjZW5hcmlvID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWMudmFsdWVzPy5jb3VudCA/PyAwO1xuICAgIGNvbnN0IHBlckl0ZXJhdGlvbiA9IHJlcXVlc3RzUGVySXRlcmF0aW9uW3NjZW5hcmlvXTtcbiAgICBjb25zdCBsaW1pdCA9IE9iamVjdC5rZXlzKG1ldHJpYy50aHJlc2hvbGRzID8/IHt9KVxuICAgICAgLm1hcCgoZXhwcmVzc2lvbikgPT4gL15cXHMqY291bnRcXHMqPD1cXHMqKFxcZCspXFxzKiQvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSlcbiAgICAgIC5maW5kKChuKSA9PiBuICE9PSB1bmRlZmluZWQpO1xuICAgIHNjZW5hcmlvcy5wdXNoKHtcbiAgICAgIHNjZW5hcmlvLFxuICAgICAgaXRlcmF0aW9ucyxcbiAgICAgIHJlcXVlc3RzOiBwZXJJdGVyYXRpb24gPT09IHVuZGVmaW5lZCA/IG51bGwgOiBpdGVyYXRpb25zICogcGVySXRlcmF0aW9uLFxuICAgICAgYWxsb3dlZDogbGltaXQgPT09IHVuZGVmaW5lZCA/IG51bGwgOiBOdW1iZXIobGltaXQpLFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWV0cmljVmFsdWUoZGF0YSwgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBpZiAoc2NlbmFyaW9zLmxlbmd0aCA9PT0gMCAmJiB0b3RhbCA9PT0gbnVsbCkgcmV0dXJuIG51bGw7XG4gIHNjZW5hcmlvcy5zb3J0KChhLCBiKSA9PiBhLnNjZW5hcmlvLmxvY2FsZUNvbXBhcmUoYi5zY2VuYXJpbykpO1xuICBjb25zdCBpdGVyYXRpb25zID0gdG90YWwgPz8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5pdGVyYXRpb25zLCAwKTtcbiAgY29uc3Qga25vd24gPVxuICAgIHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cuaXRlcmF0aW9ucywgMCkgPT09IGl0ZXJhdGlvbnMgJiZcbiAgICBzY2VuYXJpb3MuZXZlcnkoKHJvdykgPT4gcm93LnJlcXVlc3RzICE9PSBudWxsKTtcbiAgcmV0dXJuIHsgaXRlcmF0aW9ucywgcmVxdWVzdHM6IGtub3duID8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5yZXF1ZXN0cyEsIDApIDogbnVsbCwgc2NlbmFyaW9zIH07XG59XG5cbi8qKiBXaGF0IHRoZSBwZXJjZW50aWxlcyBsZWF2ZSBvdXQsIHNhaWQgYmVzaWRlIHRoZW06IFwicGVyY2VudGlsZXMgZXhjbHVkZSA0NSByZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lICgzNCBkcm9wcGVkIGl0ZXJhdGlvbnMpIC4uLlwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZDogRHJvcHBlZCB8IG51bGwpOiBzdHJpbmcgfCBudWxsIHtcbiAgaWYgKCFkcm9wcGVkKSByZXR1cm4gbnVsbDtcbiAgaWYgKGRyb3BwZWQuaXRlcmF0aW9ucyA9PT0gMClcbiAgICByZXR1cm4gJzAgcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAoMCBkcm9wcGVkIGl0ZXJhdGlvbnMpOiB0aGUgcGVyY2VudGlsZXMgY292ZXIgZXZlcnkgc2NoZWR1bGVkIHJlcXVlc3QnO1xuICBjb25zdCB3aGF0ID1cbiAgICBkcm9wcGVkLnJlcXVlc3RzID09PSBudWxsXG4gICAgICA/IGB0aGUgcmVxdWVzdHMgb2YgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLml0ZXJhdGlvbnMsICdjb3VudCcpfSBpdGVyYXRpb25zYFxuICAgICAgOiBgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7ZHJvcHBlZC5yZXF1ZXN0cyA9PT0gMSA/ICcnIDogJ3MnfWA7XG4gIHJldHVybiBgcGVyY2VudGlsZXMgZXhjbHVkZSAke3doYXR9IG5vdCBzZW50IG9uIHRpbWUgKCR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5pdGVyYXRpb25zLCAnY291bnQnKX0gZHJvcHBlZCBpdGVyYXRpb25zOiBubyBWVSB3YXMgZnJlZSB3aGVuIHRoZXkgd2VyZSBkdWUpLCB3aG9zZSBsYXRlbmN5IGs2IGNhbm5vdCBrbm93YDtcbn1cblxuLyoqIE9uZSBzY2VuYXJpbydzIGxpbmU6IFwiOSBpdGVyYXRpb25zIG5vdCBzZW50IG9uIHRpbWUgKDkgcmVxdWVzdHMpLCBhdCBtb3N0IDIgYWxsb3dlZFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRUZXh0KHJvdzogRHJvcHBlZFJvdyk6IHN0cmluZyB7XG4gIGNvbnN0IHJlcXVlc3RzID1cbiAgICByb3cucmVxdWVzdHMgPT09IG51bGwgPyAnJyA6IGAgKCR7Zm9ybWF0VmFsdWUocm93LnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7cm93LnJlcXVlc3RzID09PSAxID8gJycgOiAncyd9KWA7XG4gIGNvbnN0IGFsbG93ZWQgPSByb3cuYWxsb3dlZCA9PT0gbnVsbCA/ICcsIG5vdCBnYXRlZCcgOiBgLCBhdCBtb3N0ICR7Zm9ybWF0VmFsdWUocm93LmFsbG93ZWQsICdjb3VudCcpfSBhbGxvd2VkYDtcbiAgcmV0dXJuIGAke2Zvcm1hdFZhbHVlKHJvdy5pdGVyYXRpb25zLCAnY291bnQnKX0gaXRlcmF0aW9uJHtyb3cuaXRlcmF0aW9ucyA9PT0gMSA/ICcnIDogJ3MnfSBub3Qgc2VudCBvbiB0aW1lJHtyZXF1ZXN0c30ke2FsbG93ZWR9YDtcbn1cblxuLyoqIEEgbnVtYmVyIGZvciBwZW9wbGU6IG1zIHdpdGggc2Vuc2libGUgcHJlY2lzaW9uLCByYXRlcyBhcyBwZXJjZW50LCBsYXJnZSBjb3VudHMgZ3JvdXBlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRWYWx1ZSh2YWx1ZTogbnVtYmVyIHwgbnVsbCB8IHVuZGVmaW5lZCwgdW5pdDogVGhyZXNob2xkUm93Wyd1bml0J10pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSkgcmV0dXJuICduL2EnO1xuICBpZiAodW5pdCA9PT0gJ3BlcmNlbnQnKSByZXR1cm4gYCR7KHZhbHVlICogMTAwKS50b0ZpeGVkKDIpfSVgO1xuICBpZiAodW5pdCA9PT0gJ21zJykge1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gNjBfMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgxKX1zYDtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDEwMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDIpfXNgO1xuICAgIHJldHVybiBgJHt2YWx1ZS50b0ZpeGVkKHZhbHVlIDwgMTAgPyAyIDogMSl9bXNgO1xuICB9XG4gIGlmICh1bml0ID09PSAnY291bnQnKVxuICAgIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKVxuICAgICAgLnRvU3RyaW5nKClcbiAgICAgIC5yZXBsYWNlKC9cXEIoPz0oXFxkezN9KSsoPyFcXGQpKS9nLCAnLCcpO1xuICByZXR1cm4gTWF0aC5hYnModmFsdWUpID49IDFlNiA/IHZhbHVlLnRvRXhwb25lbnRpYWwoMykgOiBTdHJpbmcoTWF0aC5yb3VuZCh2YWx1ZSAqIDEwMDApIC8gMTAwMCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNWYWx1ZShkYXRhOiBTdW1tYXJ5RGF0YSwgbWV0cmljOiBzdHJpbmcsIHN0YXQ6IHN0cmluZyk6IG51bWJlciB8IG51bGwge1xuICBjb25zdCB2YWx1ZSA9IGRhdGEubWV0cmljcz8uW21ldHJpY10/LnZhbHVlcz8uW3N0YXRdO1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUodmFsdWUpID8gdmFsdWUgOiBudWxsO1xufVxuXG4vKiogVGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IG92ZXIgdGhlIGxvYWQsIGZyb20gdGhlIHNpZGVjYXIncyBtZXRyaWNzIChyZXN1bHRzLmpzb24ncyBgcmVzb3VyY2VzYCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlcnZlclJlc291cmNlcyB7XG4gIG1lbW9yeV9tYl9wZWFrOiBudW1iZXIgfCBudWxsO1xuICBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7XG4gIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbDtcbiAgc2FtcGxlc19taXNzaW5nOiBudW1iZXI7XG59XG5cbi8qKiBUaGUgc2lkZWNhcidzIGZpZ3VyZXM7IG51bGwgd2hlbiBubyBzaWRlY2FyIG1lYXN1cmVkIHRoZSBzZXJ2ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gc2VydmVyUmVzb3VyY2VzKGRhdGE6IFN1bW1hcnlEYXRhKTogU2VydmVyUmVzb3VyY2VzIHwgbnVsbCB7XG4gIGlmICghZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfbWVtb3J5X21iICYmICFkYXRhLm1ldHJpY3M/LnNlcnZlcl9jcHVfcGVyY2VudCkgcmV0dXJuIG51bGw7XG4gIHJldHVybiB7XG4gICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gIH07XG59XG5cbi8qKiBQbGFpbi1sYW5ndWFnZSBsaW5lIGFib3V0IHNlcnZlciByZXNvdXJjZXM6IG1lYXN1cmVkLCBvciB3aHkgbm90LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1RleHQocmVzb3VyY2VzOiBTZXJ2ZXJSZXNvdXJjZXMgfCBudWxsKTogc3RyaW5nIHtcbiAgaWYgKCFyZXNvdXJjZXMgfHwgKHJlc291cmNlcy5tZW1vcnlfbWJfcGVhayA9PT0gbnVsbCAmJiByZXNvdXJjZXMuY3B1X3BlcmNlbnRfcDk1ID09PSBudWxsKSlcbiAgICByZXR1cm4gJ3NlcnZlciByZXNvdXJjZXM6IG5vdCBtZWFzdXJlZCAobm8gc2lkZWNhciknO1xuICBjb25zdCBncm93dGggPSByZXNvdXJjZXMubWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluO1xuICByZXR1cm4gW1xuICAgIGBzZXJ2ZXIgcmVzb3VyY2VzIG92ZXIgdGhlIGxvYWQ6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUocmVzb3VyY2VzLm1lbW9yeV9tYl9wZWFrLCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUocmVzb3VyY2VzLmNwdV9wZXJjZW50X3A5NSwgJ3ZhbHVlJyl9JSBvZiBhdmFpbGFibGUgQ1BVc2AsXG4gICAgLi4uKGdyb3d0aCA9PT0gbnVsbCA/IFtdIDogW2BtZW1vcnkgZ3Jvd3RoICR7Zm9ybWF0VmFsdWUoZ3Jvd3RoLCAndmFsdWUnKX0gTUIvbWluYF0pLFxuICAgIGBzYW1wbGVzIG1pc3NpbmcgJHtyZXNvdXJjZXMuc2FtcGxlc19taXNzaW5nfWAsXG4gIF0uam9pbignLCAnKTtcbn1cblxuZXhwb3J0IGNvbnN0IHJlc291cmNlc0xpbmUgPSAoZGF0YTogU3VtbWFyeURhdGEpOiBzdHJpbmcgPT4gcmVzb3VyY2VzVGV4dChzZXJ2ZXJSZXNvdXJjZXMoZGF0YSkpO1xuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbi8vIGs2J3MgaGFuZGxlU3VtbWFyeSB3cml0ZXMgd2hhdCBrNiBrbm93cyAoYnVpbGRSZXN1bHRzKTsgdGhlIHJ1bm5lcidzIGZpbmlzaGluZyBzdGVwXG4vLyAocnVubmVyL2ZpbmlzaC9maW5pc2gtcnVuLnRzKSBhZGRzIHdoYXQgaXMga25vd24gb25seSBhZnRlciBrNjogdGhlIG91dGNvbWUsIHJlc291cmNlIHNjYWxpbmdcbi8vIGFuZCBpdHMgc2xvcGUgZ2F0ZXMsIGFuIGludGVyYWN0aXZlIHJ1bidzIHRpbWVsaW5lLCBhIGNvbXBhcmlzb24uIEV2ZXJ5IHJlcG9ydCBpcyByZW5kZXJlZCBmcm9tIGl0LlxuaW1wb3J0IHtcbiAgdHlwZSBEcm9wcGVkLFxuICBkcm9wcGVkSXRlcmF0aW9ucyxcbiAgdHlwZSBFbmRwb2ludFJvdyxcbiAgZW5kcG9pbnRSb3dzLFxuICB0eXBlIFNlcnZlclJlc291cmNlcyxcbiAgdHlwZSBTdW1tYXJ5RGF0YSxcbiAgc2VydmVyUmVzb3VyY2VzLFxuICB0eXBlIFRocmVzaG9sZFJvdyxcbiAgdGhyZXNob2xkUm93cyxcbn0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgY29uc3QgUkVTVUxUU19TQ0hFTUFfVkVSU0lPTiA9IDE7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuTWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU6IHN0cmluZyB8IG51bGw7XG4gIHRhcmdldDogc3RyaW5nIHwgbnVsbDtcbiAgazZfdmVyc2lvbjogc3RyaW5nIHwgbnVsbDtcbiAgZ2l0X2NvbW1pdDogc3RyaW5nIHwgbnVsbDtcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZztcbn1cblxuLyoqIFRoZSBsb2FkIHNoYXBlIGEgcnVuIHdhcyBhc2tlZCBmb3IsIHJlY29yZGVkIGJ5IHRoZSBydW5uZXIgc28gY29tcGFyZSBjYW4gcmVmdXNlIHVubGlrZSBydW5zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2FkU2hhcGUge1xuICBjb25jdXJyZW50X3VzZXJzOiBudW1iZXI7XG4gIGR1cmF0aW9uX3M6IG51bWJlcjtcbiAgcmFtcF91cF9zOiBudW1iZXI7XG4gIHJhbXBfZG93bl9zOiBudW1iZXI7XG4gIHVzZXJfd2VpZ2h0czogc3RyaW5nO1xuICB0aGlua190aW1lX3M6IHN0cmluZztcbn1cblxuZXhwb3J0IHR5cGUgUnVuT3V0Y29tZSA9ICdjb21wbGV0ZWQnIHwgJ3RocmVzaG9sZHMgZmFpbGVkJyB8ICdhYm9ydGVkJyB8ICdpbnRlcnJ1cHRlZCcgfCAnc3RvcHBlZCcgfCAnZXJyb3InO1xuXG4vKiogV2hhdCBrNiBrbmV3IChSdW5NZXRhLCBkdXJhdGlvbikgYW5kIHdoYXQgdGhlIHJ1bm5lciBhZGRzIGFmdGVyIGs2IGV4aXRzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSdW5JbmZvIGV4dGVuZHMgUnVuTWV0YSB7XG4gIGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsO1xuICBsb2FkPzogTG9hZFNoYXBlO1xuICAvKiogazYncyBleGl0IGNvZGU7IG51bGwgd2hlbiBrNiBuZXZlciByYW4sIGFic2VudCB3aGVuIHRoZSBydW5uZXIgY291bGQgbm90IHNlZSBpdCAoY29tcG9zZSkuICovXG4gIGs2X2V4aXRfY29kZT86IG51bWJlciB8IG51bGw7XG4gIG91dGNvbWU/OiBSdW5PdXRjb21lO1xuICAvKiogV2h5IGEgcnVuIGRpZCBub3QgY29tcGxldGUsIGUuZy4gazYncyBvd24gZmlyc3QgZXJyb3IgbGluZS4gKi9cbiAgb3V0Y29tZV9yZWFzb24/OiBzdHJpbmc7XG4gIC8qKiBucG0gcnVuIG1lcmdlOiB0aGUgazYgLS1vdXQganNvbiBmaWxlcyBtZXJnZWQgaW50byB0aGlzIHJlc3VsdC4gKi9cbiAgbWVyZ2VkX2Zyb20/OiBzdHJpbmdbXTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXN1bHRzVGhyZXNob2xkIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIGV4cHJlc3Npb246IHN0cmluZztcbiAgb2s6IGJvb2xlYW47XG4gIG9ic2VydmVkOiBudW1iZXIgfCBudWxsO1xuICAvKiogSG93IG9ic2VydmVkIHJlYWRzIChtcywgYSAwLi4xIHJhdGUgYXMgcGVyY2VudCwgYSBjb3VudCk7IGFic2VudDogYSBwbGFpbiB2YWx1ZS4gKi9cbiAgdW5pdD86IFRocmVzaG9sZFJvd1sndW5pdCddO1xuICAvKiogV2h5IG9ic2VydmVkIGlzIG1pc3NpbmcgKGEgc2xvcGUgZ2F0ZSB3aG9zZSBzbG9wZSBjb3VsZCBub3QgYmUgZml0dGVkKS4gKi9cbiAgcmVhc29uPzogc3RyaW5nO1xufVxuXG4vKiogUmVzb3VyY2Ugc2NhbGluZyBwZXIgc3RlcCBvZiBsb2FkIChydW5uZXIvc2NhbGluZy9yZXNvdXJjZS1zY2FsaW5nLnRzIGNvbXB1dGVzIGl0KS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2NhbGluZ1N0ZXBSZXN1bHQge1xuICBmcm9tOiBudW1iZXI7XG4gIHRvOiBudW1iZXI7XG4gIHNlY29uZHM6IG51bWJlcjtcbiAgdXNlcnNfbWVhbjogbnVtYmVyIHwgbnVsbDtcbiAgcmVxdWVzdHNfcGVyX3M6IG51bWJlcjtcbiAgcDk1X21zOiBudW1iZXIgfCBudWxsO1xuICBzZXJ2ZXJfc2FtcGxlczogbnVtYmVyO1xuICBjcHVfcGVyY2VudF9tZWFuOiBudW1iZXIgfCBudWxsO1xuICBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTbG9wZVJlc3VsdCB7XG4gIHVuaXQ6IHN0cmluZztcbiAgdmFsdWU6IG51bWJlciB8IG51bGw7XG4gIHIyOiBudW1iZXIgfCBudWxsO1xuICBzdGVwc191c2VkOiBudW1iZXI7XG4gIHhfZnJvbTogbnVtYmVyIHwgbnVsbDtcbiAgeF90bzogbnVtYmVyIHwgbnVsbDtcbiAgZml0OiBzdHJpbmc7XG4gIHJlYXNvbj86IHN0cmluZztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTY2FsaW5nUmVzdWx0IHtcbiAgbGV2ZWw6ICd1c2VycycgfCAncmVxdWVzdHNfcGVyX3MnO1xuICBzdGVwX3dpZHRoOiBudW1iZXI7XG4gIHdpbmRvdzogeyBmcm9tOiBudW1iZXI7IHRvOiBudW1iZXIgfTtcbiAgc3RlcHM6IFNjYWxpbmdTdGVwUmVzdWx0W107XG4gIG1lbW9yeTogU2xvcGVSZXN1bHQ7XG4gIGNwdTogU2xvcGVSZXN1bHQ7XG59XG5cbi8qKiBPbmUgbWV0cmljJ3MgdmVyZGljdCBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykgKHJ1bm5lci9jb21wYXJlL2NvbXBhcmUudHMgY29tcHV0ZXMgaXQpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21wYXJpc29uUm93UmVzdWx0IHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHN0YXQ6ICdwKDk1KScgfCAncmF0ZScgfCAnbWF4JztcbiAgZW5kcG9pbnQ6IHN0cmluZyB8IG51bGw7XG4gIHVuaXQ6ICdtcycgfCAncmF0ZScgfCAncGVyY2VudCcgfCAnTUInO1xuICBiYXNlbGluZTogbnVtYmVyIHwgbnVsbDtcbiAgY3VycmVudDogbnVtYmVyIHwgbnVsbDtcbiAgY2hhbmdlOiBudW1iZXIgfCBudWxsO1xuICBpbnRlcnZhbDogW251bWJlciwgbnVtYmVyXSB8IG51bGw7XG4gIGludGVydmFsX2FiczogW251bWJlciwgbnVtYmVyXSB8IG51bGw7XG4gIHZlcmRpY3Q6ICdpbXByb3ZlZCcgfCAnbm8gY2hhbmdlJyB8ICdyZWdyZXNzZWQnIHwgJ2luY29uY2x1c2l2ZSc7XG4gIG1ldGhvZDogc3RyaW5nO1xuICBzYW1wbGVzOiB7IGJhc2VsaW5lOiBudW1iZXI7IGN1cnJlbnQ6IG51bWJlcjsgYmFzZWxpbmVfcnVuczogbnVtYmVyIH0gfCBudWxsO1xuICBub3RlPzogc3RyaW5nO1xuICBwcm9maWxlPzogeyBxOiBudW1iZXJbXTsgYmFzZWxpbmU6IG51bWJlcltdOyBjdXJyZW50OiBudW1iZXJbXSB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbXBhcmlzb25SZXN1bHQge1xuICBtZXRob2Q6IHN0cmluZztcbiAgb3B0aW9uczoge1xuICAgIHRvbGVyYW5jZTogbnVtYmVyO1xuICAgIG1pbl9tczogbnVtYmVyO1xuICAgIG1pbl9yYXRlOiBudW1iZXI7XG4gICAgcmVzYW1wbGVzOiBudW1iZXI7XG4gICAgc2VlZDogbnVtYmVyO1xuICAgIGJsb2NrX3M6IG51bWJlcjtcbiAgICAvKiogQWJzZW50IGluIGNvbXBhcmlzb25zIHdyaXR0ZW4gYmVmb3JlIGl0IHdhcyBhbiBvcHRpb24uICovXG4gICAgaW5jb25jbHVzaXZlPzogJ3dhcm4nIHwgJ2ZhaWwnO1xuICB9O1xuICBjb25maWRlbmNlOiB7IGZhbWlseTogbnVtYmVyOyBwZXJfbWV0cmljOiBudW1iZXI7IGp1ZGdlZDogbnVtYmVyIH07XG4gIGJhc2VsaW5lczogc3RyaW5nW107XG4gIGN1cnJlbnQ6IHN0cmluZztcbiAgcmF3X3NhbXBsZXM6IGJvb2xlYW47XG4gIHJ1bl93aWRlX3NoaWZ0OiB7IGNoYW5nZTogbnVtYmVyOyBlbmRwb2ludHM6IG51bWJlciB9IHwgbnVsbDtcbiAgd2FybmluZ3M6IHN0cmluZ1tdO1xuICByZWdyZXNzaW9uczogbnVtYmVyO1xuICBpbmNvbmNsdXNpdmU6IG51bWJlcjtcbiAgcm93czogQ29tcGFyaXNvblJvd1Jlc3VsdFtdO1xufVxuXG4vKiogQW4gaW50ZXJhY3RpdmUgcnVuIChucG0gcnVuIHVpKTogdGhlIHVzZXJzIHRoZSBwZXJzb24gc2V0IG92ZXIgdGltZSwgYW5kIHRoZSBwYXVzZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIEludGVyYWN0aXZlUmVzdWx0IHtcbiAgcG9vbF92dXM6IG51bWJlcjtcbiAgd2VpZ2h0czogc3RyaW5nO1xuICB1c2Vyc190aW1lbGluZTogeyBhdDogc3RyaW5nOyB1c2VyczogbnVtYmVyOyBwYXVzZWQ6IGJvb2xlYW4gfVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFJlc3VsdHMge1xuICBzY2hlbWFfdmVyc2lvbjogbnVtYmVyO1xuICBydW46IFJ1bkluZm87XG4gIHZlcmRpY3Q6ICdwYXNzZWQnIHwgJ2ZhaWxlZCc7XG4gIHRocmVzaG9sZHM6IFJlc3VsdHNUaHJlc2hvbGRbXTtcbiAgZW5kcG9pbnRzOiBFbmRwb2ludFJvd1tdO1xuICAvKiogT3Blbi1tb2RlbCBzY2VuYXJpb3MnIGl0ZXJhdGlvbnMgbm90IHN0YXJ0ZWQgb24gdGltZSAoazYgZHJvcHBlZF9pdGVyYXRpb25zKSwgd2hpY2ggbm8gcGVyY2VudGlsZSBob2xkczsgbnVsbCB3aXRob3V0IG9uZS4gKi9cbiAgZHJvcHBlZDogRHJvcHBlZCB8IG51bGw7XG4gIC8qKiBFdmVyeSBtZXRyaWMncyBhZ2dyZWdhdGUgdmFsdWVzIGFzIGs2IGNvbXB1dGVkIHRoZW0uICovXG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIG51bWJlcj4+O1xuICByZXNvdXJjZXM6IFNlcnZlclJlc291cmNlcyB8IG51bGw7XG4gIC8qKiBFbnRyaWVzIHdob3NlIGxvYWQgY2hhbmdlcyAocmFtcC11cCwgc3Bpa2UsIGJyZWFrcG9pbnQpOiBzZXJ2ZXIgQ1BVIGFuZCBtZW1vcnkgcGVyIHN0ZXAgb2YgbG9hZC4gKi9cbiAgc2NhbGluZz86IFNjYWxpbmdSZXN1bHQ7XG4gIC8qKiBBZGRlZCBieSBucG0gcnVuIGNvbXBhcmUgLyBwZXJmIC0tYmFzZWxpbmU6IHRoZSB2ZXJkaWN0cyBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykuICovXG4gIGNvbXBhcmlzb24/OiBDb21wYXJpc29uUmVzdWx0O1xuICAvKiogQWRkZWQgZm9yIGFuIGludGVyYWN0aXZlIHJ1biAobnBtIHJ1biB1aSkuICovXG4gIGludGVyYWN0aXZlPzogSW50ZXJhY3RpdmVSZXN1bHQ7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZFJlc3VsdHMoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICBtZXRhOiBSdW5NZXRhLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9LFxuKTogUmVzdWx0cyB7XG4gIGNvbnN0IHRocmVzaG9sZHMgPSB0aHJlc2hvbGRSb3dzKGRhdGEpLm1hcCgoeyBtZXRyaWMsIGV4cHJlc3Npb24sIG9rLCBvYnNlcnZlZCwgdW5pdCB9KSA9PiAoe1xuICAgIG1ldHJpYyxcbiAgICBleHByZXNzaW9uLFxuICAgIG9rLFxuICAgIG9ic2VydmVkLFxuICAgIHVuaXQsXG4gIH0pKTtcbiAgcmV0dXJuIHtcbiAgICBzY2hlbWFfdmVyc2lvbjogUkVTVUxUU19TQ0hFTUFfVkVSU0lPTixcbiAgICBydW46IHsgLi4ubWV0YSwgZHVyYXRpb25fbXM6IGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IG51bGwgfSxcbiAgICB2ZXJkaWN0OiB0aHJlc2hvbGRzLmV2ZXJ5KCh0KSA9PiB0Lm9rKSA/ICdwYXNzZWQnIDogJ2ZhaWxlZCcsXG4gICAgdGhyZXNob2xkcyxcbiAgICBlbmRwb2ludHM6IGVuZHBvaW50Um93cyhkYXRhKSxcbiAgICBkcm9wcGVkOiBkcm9wcGVkSXRlcmF0aW9ucyhkYXRhLCByZXF1ZXN0c1Blckl0ZXJhdGlvbiksXG4gICAgbWV0cmljczogT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkubWFwKChbbmFtZSwgbV0pID0+IFtuYW1lLCBtLnZhbHVlcyA/PyB7fV0pKSxcbiAgICByZXNvdXJjZXM6IHNlcnZlclJlc291cmNlcyhkYXRhKSxcbiAgfTtcbn1cblxuLyoqIEEgdGhyZXNob2xkJ3MgdW5pdDsgcmVzdWx0cy5qc29uIGZpbGVzIHdyaXR0ZW4gYmVmb3JlIHVuaXRzIHdlcmUgcmVjb3JkZWQgZ2V0IG9uZSBmcm9tIGl0cyBuYW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXRPZih0aHJlc2hvbGQ6IFJlc3VsdHNUaHJlc2hvbGQpOiBUaHJlc2hvbGRSb3dbJ3VuaXQnXSB7XG4gIGlmICh0aHJlc2hvbGQudW5pdCkgcmV0dXJuIHRocmVzaG9sZC51bml0O1xuICBpZiAodGhyZXNob2xkLmV4cHJlc3Npb24uc3RhcnRzV2l0aCgncmF0ZScpKSByZXR1cm4gJ3BlcmNlbnQnO1xuICByZXR1cm4gL2R1cmF0aW9ufF9tcy8udGVzdCh0aHJlc2hvbGQubWV0cmljKSA/ICdtcycgOiAndmFsdWUnO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC4gQSBydW4gdGhhdCBlbmRlZCBpbiBhbiBlcnJvciAoazYncyBvd24gcmVhc29uIGluXG4vLyBydW4ub3V0Y29tZV9yZWFzb24pIGlzIG9uZSBtb3JlIHRlc3QgY2FzZSwgaW4gZXJyb3IuIFB1cmU6IGs2J3MgaGFuZGxlU3VtbWFyeSBhbmQgdGhlIHJ1bm5lcidzXG4vLyBmaW5pc2hpbmcgc3RlcCByZW5kZXIgaXQgZnJvbSB0aGUgc2FtZSBSZXN1bHRzLlxuaW1wb3J0IHsgZXNjYXBlWG1sIH0gZnJvbSAnLi9lc2NhcGUudHMnO1xuaW1wb3J0IHsgdHlwZSBSZXN1bHRzLCB0eXBlIFJlc3VsdHNUaHJlc2hvbGQsIHVuaXRPZiB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgeyBmb3JtYXRWYWx1ZSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZnVuY3Rpb24gdGhyZXNob2xkQ2FzZShzdWl0ZTogc3RyaW5nLCB0OiBSZXN1bHRzVGhyZXNob2xkKTogc3RyaW5nIHtcbiAgY29uc3QgbmFtZSA9IGVzY2FwZVhtbChgJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259YCk7XG4gIGNvbnN0IG9ic2VydmVkID1cbiAgICB0Lm9ic2VydmVkID09PSBudWxsICYmIHQucmVhc29uID8gYG5vdCBtZWFzdXJlZDogJHt0LnJlYXNvbn1gIDogYG9ic2VydmVkICR7Zm9ybWF0VmFsdWUodC5vYnNlcnZlZCwgdW5pdE9mKHQpKX1gO1xuICBjb25zdCBvcGVuID0gYCAgICA8dGVzdGNhc2UgY2xhc3NuYW1lPVwiJHtzdWl0ZX1cIiBuYW1lPVwiJHtuYW1lfVwiIHRpbWU9XCIwXCI+YDtcbiAgaWYgKHQub2spIHJldHVybiBgJHtvcGVufTxzeXN0ZW0tb3V0PiR7ZXNjYXBlWG1sKG9ic2VydmVkKX08L3N5c3RlbS1vdXQ+PC90ZXN0Y2FzZT5gO1xuICByZXR1cm4gYCR7b3Blbn1cXG4gICAgICA8ZmFpbHVyZSBtZXNzYWdlPVwiJHtlc2NhcGVYbWwoYCR7dC5tZXRyaWN9ICR7dC5leHByZXNzaW9ufSBmYWlsZWQ6ICR7b2JzZXJ2ZWR9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPiR7ZXNjYXBlWG1sKG9ic2VydmVkKX08L2ZhaWx1cmU+XFxuICAgIDwvdGVzdGNhc2U+YDtcbn1cblxuZnVuY3Rpb24gZXJyb3JDYXNlKHN1aXRlOiBzdHJpbmcsIHJlc3VsdHM6IFJlc3VsdHMpOiBzdHJpbmcge1xuICBjb25zdCByZWFzb24gPSBlc2NhcGVYbWwocmVzdWx0cy5ydW4ub3V0Y29tZV9yZWFzb24gPz8gJ3RoZSBydW4gZW5kZWQgaW4gYW4gZXJyb3InKTtcbiAgcmV0dXJuIGAgICAgPHRlc3RjYXNlIGNsYXNzbmFtZT1cIiR7c3VpdGV9XCIgbmFtZT1cIms2IHJ1blwiIHRpbWU9XCIwXCI+XFxuICAgICAgPGVycm9yIG1lc3NhZ2U9XCIke3JlYXNvbn1cIiB0eXBlPVwiazZcIj4ke3JlYXNvbn08L2Vycm9yPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBqdW5pdFJlcG9ydChyZXN1bHRzOiBSZXN1bHRzKTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHJlc3VsdHMudGhyZXNob2xkcztcbiAgY29uc3QgZmFpbHVyZXMgPSByb3dzLmZpbHRlcigocikgPT4gIXIub2spLmxlbmd0aDtcbiAgY29uc3QgZXJyb3JzID0gcmVzdWx0cy5ydW4ub3V0Y29tZSA9PT0gJ2Vycm9yJyA/IDEgOiAwO1xuICBjb25zdCB0ZXN0cyA9IHJvd3MubGVuZ3RoICsgZXJyb3JzO1xuICBjb25zdCBzZWNvbmRzID0gKChyZXN1bHRzLnJ1bi5kdXJhdGlvbl9tcyA/PyAwKSAvIDEwMDApLnRvRml4ZWQoMyk7XG4gIGNvbnN0IHN1aXRlID0gZXNjYXBlWG1sKGBjb3Vyc2UtcGVyZi4ke3Jlc3VsdHMucnVuLnNjZW5hcmlvfWApO1xuICBjb25zdCBjYXNlcyA9IFsuLi4oZXJyb3JzID8gW2Vycm9yQ2FzZShzdWl0ZSwgcmVzdWx0cyldIDogW10pLCAuLi5yb3dzLm1hcCgocikgPT4gdGhyZXNob2xkQ2FzZShzdWl0ZSwgcikpXTtcbiAgcmV0dXJuIFtcbiAgICAnPD94bWwgdmVyc2lvbj1cIjEuMFwiIGVuY29kaW5nPVwiVVRGLThcIj8+JyxcbiAgICBgPHRlc3RzdWl0ZXMgbmFtZT1cImNvdXJzZS1wZXJmXCIgdGVzdHM9XCIke3Rlc3RzfVwiIGZhaWx1cmVzPVwiJHtmYWlsdXJlc31cIiBlcnJvcnM9XCIke2Vycm9yc31cIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7dGVzdHN9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIiR7ZXJyb3JzfVwiIHNraXBwZWQ9XCIwXCIgdGltZT1cIiR7c2Vjb25kc31cIj5gLFxuICAgIC4uLmNhc2VzLFxuICAgICcgIDwvdGVzdHN1aXRlPicsXG4gICAgJzwvdGVzdHN1aXRlcz4nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIE1hcmtkb3duIGZvciBhIHB1bGwtcmVxdWVzdCBjb21tZW50IG9yICRHSVRIVUJfU1RFUF9TVU1NQVJZOiBmYWlsZWQgdGhyZXNob2xkcyBmaXJzdCwgaW4gYVxuLy8gdGFibGUgb2YgdGhlaXIgb3duOyB0aGUgcGFzc2luZyBvbmVzIGZvbGRlZCBpbiA8ZGV0YWlscz4sIHNvIGEgMzgtcm93IHRhYmxlIG5ldmVyIGJ1cmllcyBhIGZhaWx1cmUuXG4vLyBQdXJlOiBrNidzIGhhbmRsZVN1bW1hcnkgYW5kIHRoZSBydW5uZXIncyBmaW5pc2hpbmcgc3RlcCByZW5kZXIgaXQgZnJvbSB0aGUgc2FtZSBSZXN1bHRzLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsLCBtYXJrZG93bkNvZGUgfSBmcm9tICcuL2VzY2FwZS50cyc7XG5pbXBvcnQgeyB0eXBlIFJlc3VsdHMsIHR5cGUgUmVzdWx0c1RocmVzaG9sZCwgdW5pdE9mIH0gZnJvbSAnLi9yZXN1bHRzLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCBwZXJjZW50aWxlQ2F2ZWF0LCByZXNvdXJjZXNUZXh0IH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5mdW5jdGlvbiB0aHJlc2hvbGRUYWJsZShyb3dzOiBSZXN1bHRzVGhyZXNob2xkW10pOiBzdHJpbmdbXSB7XG4gIHJldHVybiBbXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoXG4gICAgICAocikgPT5cbiAgICAgICAgYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCAke21hcmtkb3duQ29kZShgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9IHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCB1bml0T2YocikpfSB8YCxcbiAgICApLFxuICBdO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFya2Rvd25SZXBvcnQocmVzdWx0czogUmVzdWx0cyk6IHN0cmluZyB7XG4gIGNvbnN0IHJvd3MgPSByZXN1bHRzLnRocmVzaG9sZHM7XG4gIGNvbnN0IGZhaWxlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiAhci5vayk7XG4gIGNvbnN0IHBhc3NlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiByLm9rKTtcbiAgLy8gTm8gdGhyZXNob2xkcyBhdCBhbGw6IGEgcnVuIGs2IHN0b3BwZWQgYmVmb3JlIGl0cyBzdW1tYXJ5ICh0aGUgb3V0Y29tZSBhYm92ZSBzYXlzIHdoeSkuXG4gIGNvbnN0IHZlcmRpY3QgPVxuICAgIHJvd3MubGVuZ3RoID09PSAwXG4gICAgICA/ICdubyB0aHJlc2hvbGRzJ1xuICAgICAgOiBmYWlsZWQubGVuZ3RoID09PSAwXG4gICAgICAgID8gYOKchSBhbGwgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgXG4gICAgICAgIDogYOKdjCAke2ZhaWxlZC5sZW5ndGh9IG9mICR7cm93cy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYDtcbiAgY29uc3QgbGluZXMgPSBbYCMjIGNvdXJzZS1wZXJmICR7bWFya2Rvd25Db2RlKHJlc3VsdHMucnVuLnNjZW5hcmlvLCB7IGluVGFibGU6IGZhbHNlIH0pfTogJHt2ZXJkaWN0fWAsICcnXTtcbiAgaWYgKGZhaWxlZC5sZW5ndGggPiAwKSBsaW5lcy5wdXNoKC4uLnRocmVzaG9sZFRhYmxlKGZhaWxlZCksICcnKTtcbiAgaWYgKHBhc3NlZC5sZW5ndGggPiAwKSB7XG4gICAgLy8gR2l0SHViIHJlbmRlcnMgTWFya2Rvd24gaW5zaWRlIDxkZXRhaWxzPiBvbmx5IGFmdGVyIGEgYmxhbmsgbGluZSBmb2xsb3dpbmcgPC9zdW1tYXJ5Pi5cbiAgICBsaW5lcy5wdXNoKFxuICAgICAgJzxkZXRhaWxzPicsXG4gICAgICBgPHN1bW1hcnk+JHtwYXNzZWQubGVuZ3RofSBwYXNzZWQgdGhyZXNob2xkJHtwYXNzZWQubGVuZ3RoID09PSAxID8gJycgOiAncyd9PC9zdW1tYXJ5PmAsXG4gICAgICAnJyxcbiAgICAgIC4uLnRocmVzaG9sZFRhYmxlKHBhc3NlZCksXG4gICAgICAnJyxcbiAgICAgICc8L2RldGFpbHM+JyxcbiAgICAgICcnLFxuICAgICk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gcmVzdWx0cy5lbmRwb2ludHM7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJ3wgZW5kcG9pbnQgfCByZXF1ZXN0cyB8IHA1MCB8IHA5NSB8IHA5OSB8IG1heCB8IGVycm9ycyB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgbGluZXMucHVzaChcbiAgICAgICAgYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwoZS5lbmRwb2ludCl9IHwgJHtlLnJlcXVlc3RzfSB8ICR7Zm9ybWF0VmFsdWUoZS5wNTAsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTUsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5wOTksICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5tYXgsICdtcycpfSB8ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50Jyl9IHxgLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGluZXMucHVzaCgnJyk7XG4gIH1cbiAgY29uc3QgZHJvcHBlZCA9IHJlc3VsdHMuZHJvcHBlZCA/PyBudWxsO1xuICBjb25zdCBjYXZlYXQgPSBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQpO1xuICBpZiAoY2F2ZWF0KSBsaW5lcy5wdXNoKGAke2Ryb3BwZWQhLml0ZXJhdGlvbnMgPiAwID8gJ+KaoO+4jyAnIDogJyd9JHtlc2NhcGVNYXJrZG93bkNlbGwoY2F2ZWF0KX1gLCAnJyk7XG4gIGlmIChkcm9wcGVkICYmIGRyb3BwZWQuc2NlbmFyaW9zLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCd8IHNjZW5hcmlvIChvcGVuIG1vZGVsKSB8IGl0ZXJhdGlvbnMgbm90IHNlbnQgb24gdGltZSB8IHJlcXVlc3RzIHwgYWxsb3dlZCB8JywgJ3wtLS18LS0tOnwtLS06fC0tLTp8Jyk7XG4gICAgZm9yIChjb25zdCByb3cgb2YgZHJvcHBlZC5zY2VuYXJpb3MpIHtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGB8ICR7ZXNjYXBlTWFya2Rvd25DZWxsKHJvdy5zY2VuYXJpbyl9IHwgJHtmb3JtYXRWYWx1ZShyb3cuaXRlcmF0aW9ucywgJ2NvdW50Jyl9IHwgJHtyb3cucmVxdWVzdHMgPT09IG51bGwgPyAnbi9hJyA6IGZvcm1hdFZhbHVlKHJvdy5yZXF1ZXN0cywgJ2NvdW50Jyl9IHwgJHtyb3cuYWxsb3dlZCA9PT0gbnVsbCA/ICdub3QgZ2F0ZWQnIDogZm9ybWF0VmFsdWUocm93LmFsbG93ZWQsICdjb3VudCcpfSB8YCxcbiAgICAgICk7XG4gICAgfVxuICAgIGxpbmVzLnB1c2goJycpO1xuICB9XG4gIGxpbmVzLnB1c2goZXNjYXBlTWFya2Rvd25DZWxsKHJlc291cmNlc1RleHQocmVzdWx0cy5yZXNvdXJjZXMpKSwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iLCAiLy8gVGhlIGNvbmNpc2UgY29uc29sZSBzdW1tYXJ5OiB0aHJlc2hvbGRzIGZpcnN0ICh2ZXJkaWN0LCBleHByZXNzaW9uLCBvYnNlcnZlZCB2YWx1ZSksIHRoZW5cbi8vIHBlci1lbmRwb2ludCBsYXRlbmN5LCB0aHJvdWdocHV0LCBlcnJvcnMsIGNoZWNrcywgY3VzdG9tIG1ldHJpY3MgYW5kIHNlcnZlciByZXNvdXJjZXMuXG5pbXBvcnQge1xuICBkcm9wcGVkSXRlcmF0aW9ucyxcbiAgZHJvcHBlZFRleHQsXG4gIGVuZHBvaW50Um93cyxcbiAgZm9ybWF0VmFsdWUsXG4gIG1ldHJpY1ZhbHVlLFxuICBwZXJjZW50aWxlQ2F2ZWF0LFxuICByZXNvdXJjZXNMaW5lLFxuICB0eXBlIFN1bW1hcnlEYXRhLFxuICB0aHJlc2hvbGRSb3dzLFxufSBmcm9tICcuL3N1bW1hcnktZGF0YS50cyc7XG5cbi8vIGs2J3Mgb3duIG1ldHJpY3MgKHNob3duIGFib3ZlIG9yIG5vdCB3b3J0aCBhIGxpbmUpIGFuZCB0aGUgc2lkZWNhcidzICh0aGUgcmVzb3VyY2VzIGxpbmUpOlxuLy8gd2hhdGV2ZXIgZWxzZSBhIHJ1biByZXBvcnRzIGlzIG9uZSBvZiB0aGUgc3VpdGUncyBjdXN0b20gbWV0cmljcy5cbmNvbnN0IEJVSUxUX0lOID0gbmV3IFNldChbXG4gICdodHRwX3JlcXMnLFxuICAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAnaHR0cF9yZXFfYmxvY2tlZCcsXG4gICdodHRwX3JlcV9jb25uZWN0aW5nJyxcbiAgJ2h0dHBfcmVxX3Rsc19oYW5kc2hha2luZycsXG4gICdodHRwX3JlcV9zZW5kaW5nJyxcbiAgJ2h0dHBfcmVxX3dhaXRpbmcnLFxuICAnaHR0cF9yZXFfcmVjZWl2aW5nJyxcbiAgJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICdpdGVyYXRpb25zJyxcbiAgJ2l0ZXJhdGlvbl9kdXJhdGlvbicsXG4gICdkcm9wcGVkX2l0ZXJhdGlvbnMnLFxuICAndnVzJyxcbiAgJ3Z1c19tYXgnLFxuICAnZGF0YV9zZW50JyxcbiAgJ2RhdGFfcmVjZWl2ZWQnLFxuICAnY2hlY2tzJyxcbiAgJ2dyb3VwX2R1cmF0aW9uJyxcbl0pO1xuY29uc3QgaXNDdXN0b20gPSAobmFtZTogc3RyaW5nKSA9PlxuICAhbmFtZS5pbmNsdWRlcygneycpICYmICFCVUlMVF9JTi5oYXMobmFtZSkgJiYgIS9eKHNlcnZlcl98d3NffGdycGNffGJyb3dzZXJfKS8udGVzdChuYW1lKTtcblxuZnVuY3Rpb24gcGFpbnQoY29sb3I6IGJvb2xlYW4pIHtcbiAgY29uc3Qgd3JhcCA9IChjb2RlOiBudW1iZXIpID0+ICh0ZXh0OiBzdHJpbmcpID0+IChjb2xvciA/IGBcXHUwMDFiWyR7Y29kZX1tJHt0ZXh0fVxcdTAwMWJbMG1gIDogdGV4dCk7XG4gIHJldHVybiB7IHJlZDogd3JhcCgzMSksIGdyZWVuOiB3cmFwKDMyKSwgYm9sZDogd3JhcCgxKSwgZGltOiB3cmFwKDIpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB0ZXh0U3VtbWFyeShcbiAgZGF0YTogU3VtbWFyeURhdGEsXG4gIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZzsgY29sb3I6IGJvb2xlYW47IHJlcXVlc3RzUGVySXRlcmF0aW9uPzogUmVjb3JkPHN0cmluZywgbnVtYmVyPiB9LFxuKTogc3RyaW5nIHtcbiAgY29uc3QgYyA9IHBhaW50KG9wdGlvbnMuY29sb3IpO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHRocmVzaG9sZHMuZmlsdGVyKCh0KSA9PiAhdC5vaykubGVuZ3RoO1xuICBsaW5lcy5wdXNoKFxuICAgIGMuYm9sZChcbiAgICAgIGBjb3Vyc2UtcGVyZiAke29wdGlvbnMuc2NlbmFyaW99OiAke3RocmVzaG9sZHMubGVuZ3RoID09PSAwID8gJ25vIHRocmVzaG9sZHMnIDogZmFpbGVkID09PSAwID8gYy5ncmVlbihgYWxsICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgcGFzc2VkYCkgOiBjLnJlZChgJHtmYWlsZWR9IG9mICR7dGhyZXNob2xkcy5sZW5ndGh9IHRocmVzaG9sZHMgZmFpbGVkYCl9YCxcbiAgICApLFxuICApO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3RocmVzaG9sZHMnKSk7XG4gIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgY29uc3QgbWFyayA9IHQub2sgPyBjLmdyZWVuKCfinJMnKSA6IGMucmVkKCfinJcnKTtcbiAgICBsaW5lcy5wdXNoKGAgICR7bWFya30gJHt0Lm1ldHJpY30gJHt0LmV4cHJlc3Npb259ICAke2MuZGltKCdvYnNlcnZlZCcpfSAke2Zvcm1hdFZhbHVlKHQub2JzZXJ2ZWQsIHQudW5pdCl9YCk7XG4gIH1cbiAgY29uc3QgZW5kcG9pbnRzID0gZW5kcG9pbnRSb3dzKGRhdGEpO1xuICBpZiAoZW5kcG9pbnRzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5lbmRwb2ludHMubWFwKChlKSA9PiBlLmVuZHBvaW50Lmxlbmd0aCkpO1xuICAgIGxpbmVzLnB1c2goXG4gICAgICAnJyxcbiAgICAgIGMuYm9sZChcbiAgICAgICAgYCR7J2VuZHBvaW50cycucGFkRW5kKHdpZHRoICsgMil9ICR7J3JlcXVlc3RzJy5wYWRTdGFydCg4KX0gJHtbJ3A1MCcsICdwOTUnLCAncDk5JywgJ21heCcsICdlcnJvcnMnXS5tYXAoKGgpID0+IGgucGFkU3RhcnQoOCkpLmpvaW4oJyAnKX1gLFxuICAgICAgKSxcbiAgICApO1xuICAgIGZvciAoY29uc3QgZSBvZiBlbmRwb2ludHMpIHtcbiAgICAgIGNvbnN0IGNlbGwgPSAodjogbnVtYmVyIHwgbnVsbCkgPT4gZm9ybWF0VmFsdWUodiwgJ21zJykucGFkU3RhcnQoOCk7XG4gICAgICBsaW5lcy5wdXNoKFxuICAgICAgICBgICAke2UuZW5kcG9pbnQucGFkRW5kKHdpZHRoKX0gJHtTdHJpbmcoZS5yZXF1ZXN0cykucGFkU3RhcnQoOCl9ICR7Y2VsbChlLnA1MCl9ICR7Y2VsbChlLnA5NSl9ICR7Y2VsbChlLnA5OSl9ICR7Y2VsbChlLm1heCl9ICR7Zm9ybWF0VmFsdWUoZS5lcnJvclJhdGUsICdwZXJjZW50JykucGFkU3RhcnQoOCl9YCxcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIGNvbnN0IGRyb3BwZWQgPSBkcm9wcGVkSXRlcmF0aW9ucyhkYXRhLCBvcHRpb25zLnJlcXVlc3RzUGVySXRlcmF0aW9uKTtcbiAgY29uc3QgY2F2ZWF0ID0gcGVyY2VudGlsZUNhdmVhdChkcm9wcGVkKTtcbiAgaWYgKGNhdmVhdCkgbGluZXMucHVzaChgICAke2Ryb3BwZWQhLml0ZXJhdGlvbnMgPiAwID8gYy5yZWQoY2F2ZWF0KSA6IGNhdmVhdH1gKTtcbiAgaWYgKGRyb3BwZWQgJiYgZHJvcHBlZC5zY2VuYXJpb3MubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJycsIGMuYm9sZCgncmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAob3BlbiBtb2RlbDogazYgZHJvcHBlZF9pdGVyYXRpb25zIHBlciBzY2VuYXJpbyknKSk7XG4gICAgY29uc3Qgd2lkdGggPSBNYXRoLm1heCgxNiwgLi4uZHJvcHBlZC5zY2VuYXJpb3MubWFwKChyb3cpID0+IHJvdy5zY2VuYXJpby5sZW5ndGgpKTtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiBkcm9wcGVkLnNjZW5hcmlvcykgbGluZXMucHVzaChgICAke3Jvdy5zY2VuYXJpby5wYWRFbmQod2lkdGgpfSAke2Ryb3BwZWRUZXh0KHJvdyl9YCk7XG4gIH1cbiAgY29uc3Qgc2Vjb25kcyA9IChkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyAwKSAvIDEwMDA7XG4gIGNvbnN0IHJlcXVlc3RzID0gbWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxcycsICdjb3VudCcpO1xuICBjb25zdCBpdGVyYXRpb25zID0gbWV0cmljVmFsdWUoZGF0YSwgJ2l0ZXJhdGlvbnMnLCAnY291bnQnKTtcbiAgbGluZXMucHVzaCgnJywgYy5ib2xkKCd0aHJvdWdocHV0JykpO1xuICBsaW5lcy5wdXNoKFxuICAgIGAgICR7Zm9ybWF0VmFsdWUocmVxdWVzdHMgPz8gMCwgJ2NvdW50Jyl9IHJlcXVlc3RzICgke3NlY29uZHMgPiAwICYmIHJlcXVlc3RzICE9PSBudWxsID8gKHJlcXVlc3RzIC8gc2Vjb25kcykudG9GaXhlZCgxKSA6ICduL2EnfS9zKSwgJHtmb3JtYXRWYWx1ZShpdGVyYXRpb25zID8/IDAsICdjb3VudCcpfSBpdGVyYXRpb25zIGluICR7c2Vjb25kcy50b0ZpeGVkKDEpfSBzYCxcbiAgKTtcbiAgbGluZXMucHVzaChgICBlcnJvcnM6ICR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2h0dHBfcmVxX2ZhaWxlZCcsICdyYXRlJyksICdwZXJjZW50Jyl9IG9mIHJlcXVlc3RzIGZhaWxlZGApO1xuICBjb25zdCBjaGVja3MgPSBtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3JhdGUnKTtcbiAgbGluZXMucHVzaChcbiAgICBgICBjaGVja3M6ICR7Zm9ybWF0VmFsdWUoY2hlY2tzLCAncGVyY2VudCcpfSBwYXNzZWQgKCR7Zm9ybWF0VmFsdWUobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSwgJ2NvdW50Jyl9IG9mICR7Zm9ybWF0VmFsdWUoKG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncGFzc2VzJykgPz8gMCkgKyAobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdmYWlscycpID8/IDApLCAnY291bnQnKX0pYCxcbiAgKTtcbiAgY29uc3QgY3VzdG9tID0gT2JqZWN0LmtleXMoZGF0YS5tZXRyaWNzID8/IHt9KVxuICAgIC5maWx0ZXIoaXNDdXN0b20pXG4gICAgLnNvcnQoKTtcbiAgaWYgKGN1c3RvbS5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdjdXN0b20gbWV0cmljcycpKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgY3VzdG9tKSB7XG4gICAgICBjb25zdCBtID0gZGF0YS5tZXRyaWNzW25hbWVdITtcbiAgICAgIGNvbnN0IHYgPSBtLnZhbHVlcztcbiAgICAgIGNvbnN0IHVuaXQgPSBtLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbiAgICAgIGNvbnN0IHRleHQgPVxuICAgICAgICBtLnR5cGUgPT09ICd0cmVuZCdcbiAgICAgICAgICA/IGBhdmcgJHtmb3JtYXRWYWx1ZSh2LmF2ZywgdW5pdCl9LCBwOTUgJHtmb3JtYXRWYWx1ZSh2WydwKDk1KSddLCB1bml0KX0sIG1heCAke2Zvcm1hdFZhbHVlKHYubWF4LCB1bml0KX1gXG4gICAgICAgICAgOiBtLnR5cGUgPT09ICdyYXRlJ1xuICAgICAgICAgICAgPyBmb3JtYXRWYWx1ZSh2LnJhdGUsICdwZXJjZW50JylcbiAgICAgICAgICAgIDogZm9ybWF0VmFsdWUodi5jb3VudCA/PyB2LnZhbHVlLCAnY291bnQnKTtcbiAgICAgIGxpbmVzLnB1c2goYCAgJHtuYW1lLnBhZEVuZChNYXRoLm1heCgzMCwgLi4uY3VzdG9tLm1hcCgobikgPT4gbi5sZW5ndGgpKSl9ICR7dGV4dH1gKTtcbiAgICB9XG4gIH1cbiAgbGluZXMucHVzaCgnJywgYCAgJHtyZXNvdXJjZXNMaW5lKGRhdGEpfWAsICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIFRoZSBrNiBoYW5kbGVTdW1tYXJ5IGV2ZXJ5IGVudHJ5IGV4cG9ydHM6IHRoZSBjb25jaXNlIHRleHQgb24gc3Rkb3V0IGFuZCwgd2hlbiBSRVBPUlRTX0RJUiBpc1xuLy8gc2V0ICh0aGUgcnVubmVyIGNyZWF0ZXMgdGhhdCBmb2xkZXIpLCBzdW1tYXJ5Lmpzb24sIHJlc3VsdHMuanNvbiwganVuaXQueG1sIGFuZCBzdW1tYXJ5Lm1kIGluIGl0LlxuaW1wb3J0IHsganVuaXRSZXBvcnQgfSBmcm9tICcuL2p1bml0LnRzJztcbmltcG9ydCB7IG1hcmtkb3duUmVwb3J0IH0gZnJvbSAnLi9tYXJrZG93bi50cyc7XG5pbXBvcnQgeyBidWlsZFJlc3VsdHMgfSBmcm9tICcuL3Jlc3VsdHMudHMnO1xuaW1wb3J0IHR5cGUgeyBTdW1tYXJ5RGF0YSB9IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcbmltcG9ydCB7IHRleHRTdW1tYXJ5IH0gZnJvbSAnLi90ZXh0LnRzJztcblxuY29uc3Qgb3JOdWxsID0gKHZhbHVlOiBzdHJpbmcgfCB1bmRlZmluZWQpID0+ICh2YWx1ZSA/IHZhbHVlIDogbnVsbCk7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3VtbWFyeU1ldGEge1xuICBzY2VuYXJpbzogc3RyaW5nO1xuICBwcm9maWxlPzogc3RyaW5nO1xuICAvKiogUmVxdWVzdHMgb25lIGl0ZXJhdGlvbiBvZiBlYWNoIG9wZW4tbW9kZWwgc2NlbmFyaW8gc2VuZHMsIHNvIGRyb3BwZWQgaXRlcmF0aW9ucyBjYW4gYmUgdG9sZCBhcyByZXF1ZXN0cy4gKi9cbiAgcmVxdWVzdHNQZXJJdGVyYXRpb24/OiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFrZUhhbmRsZVN1bW1hcnkobWV0YTogU3VtbWFyeU1ldGEpIHtcbiAgcmV0dXJuIGZ1bmN0aW9uIGhhbmRsZVN1bW1hcnkoZGF0YTogU3VtbWFyeURhdGEpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gICAgICBzdGRvdXQ6IHRleHRTdW1tYXJ5KGRhdGEsIHtcbiAgICAgICAgc2NlbmFyaW86IG1ldGEuc2NlbmFyaW8sXG4gICAgICAgIGNvbG9yOiBkYXRhLnN0YXRlPy5pc1N0ZE91dFRUWSA9PT0gdHJ1ZSxcbiAgICAgICAgcmVxdWVzdHNQZXJJdGVyYXRpb246IG1ldGEucmVxdWVzdHNQZXJJdGVyYXRpb24sXG4gICAgICB9KSxcbiAgICB9O1xuICAgIGNvbnN0IGRpciA9IF9fRU5WLlJFUE9SVFNfRElSO1xuICAgIGlmIChkaXIpIHtcbiAgICAgIGNvbnN0IHJlc3VsdHMgPSBidWlsZFJlc3VsdHMoXG4gICAgICAgIGRhdGEsXG4gICAgICAgIHtcbiAgICAgICAgICBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbyxcbiAgICAgICAgICBwcm9maWxlOiBvck51bGwoX19FTlYuUlVOX1BST0ZJTEUpID8/IG1ldGEucHJvZmlsZSA/PyBudWxsLFxuICAgICAgICAgIHRhcmdldDogb3JOdWxsKF9fRU5WLlJVTl9UQVJHRVQpID8/IG9yTnVsbChfX0VOVi5CQVNFX1VSTCksXG4gICAgICAgICAgazZfdmVyc2lvbjogb3JOdWxsKF9fRU5WLlJVTl9LNl9WRVJTSU9OKSxcbiAgICAgICAgICBnaXRfY29tbWl0OiBvck51bGwoX19FTlYuUlVOX0dJVF9DT01NSVQpLFxuICAgICAgICAgIHN0YXJ0ZWRfYXQ6IG9yTnVsbChfX0VOVi5SVU5fU1RBUlRFRF9BVCksXG4gICAgICAgICAgZmluaXNoZWRfYXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgICAgfSxcbiAgICAgICAgbWV0YS5yZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgICAgICk7XG4gICAgICAvLyBrNiBwdXRzIHNldHVwKCkncyByZXR1cm4gdmFsdWUgaW4gdGhlIHN1bW1hcnk6IGl0IGhvbGRzIHRoZSB1c2VycycgYmVhcmVyIHRva2Vucywgd2hpY2ggbm8gcmVwb3J0IG1heSBjb250YWluLlxuICAgICAgY29uc3QgeyBzZXR1cF9kYXRhOiBfc2VjcmV0cywgLi4uc2hhcmVhYmxlIH0gPSBkYXRhIGFzIFN1bW1hcnlEYXRhICYgeyBzZXR1cF9kYXRhPzogdW5rbm93biB9O1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5qc29uYF0gPSBKU09OLnN0cmluZ2lmeShzaGFyZWFibGUsIG51bGwsIDEpO1xuICAgICAgb3V0W2Ake2Rpcn0vcmVzdWx0cy5qc29uYF0gPSBgJHtKU09OLnN0cmluZ2lmeShyZXN1bHRzLCBudWxsLCAyKX1cXG5gO1xuICAgICAgb3V0W2Ake2Rpcn0vanVuaXQueG1sYF0gPSBqdW5pdFJlcG9ydChyZXN1bHRzKTtcbiAgICAgIG91dFtgJHtkaXJ9L3N1bW1hcnkubWRgXSA9IG1hcmtkb3duUmVwb3J0KHJlc3VsdHMpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8vIEVhY2ggVlUgaXMgaXRzIG93biB1c2VyOiBpdCBsb2dzIGluIGFzIGl0cyBhY2NvdW50IG9mIGEgY2xhc3Mgb24gZmlyc3QgdXNlICh0aW1lZCB1bmRlciBsb2FkIGFzXG4vLyBlbmRwb2ludDpsb2dpbiwgc28gYSBsb2dpbiBzdG9ybSBhdCByYW1wLXVwIGlzIG1lYXN1cmVkKSwga2VlcHMgdGhlIHRva2VuLCBhbmQgbG9ncyBpbiBhZ2FpblxuLy8gd2hlbiB0aGUgcGxhdGZvcm0gYW5zd2VyZWQgNDAxIG9yIHRoZSB0b2tlbiBpcyBhYm91dCB0byBleHBpcmUgKGNvdW50ZWQgaW4gYHJlbG9naW5zYCkuXG4vLyBDaGVja2VkIG9uY2UgcGVyIHdvcmtmbG93IHN0ZXAsIG5ldmVyIHBlciByZXF1ZXN0LlxuaW1wb3J0IHsgQ291bnRlciB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBJZCwgdHlwZSBSb2xlIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBhY2NvdW50T2ZWdSwgcG9vbCB9IGZyb20gJy4vcG9vbC50cyc7XG5pbXBvcnQgeyB0eXBlIFJ1bkRhdGEsIHNlY3JldFBhc3N3b3JkcyB9IGZyb20gJy4vc2V0dXAudHMnO1xuXG4vKiogTG9naW5zIGFmdGVyIGEgVlUncyBmaXJzdDogaXRzIHRva2VuIGV4cGlyZWQgb3IgdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMS4gKi9cbmV4cG9ydCBjb25zdCByZWxvZ2lucyA9IG5ldyBDb3VudGVyKCdyZWxvZ2lucycpO1xuXG5pbnRlcmZhY2UgU2Vzc2lvbiB7XG4gIGNsaWVudDogQXBpQ2xpZW50O1xuICAvKiogV2hlbiB0byBsb2cgaW4gYWdhaW4gYmVmb3JlIHRoZSB0b2tlbiBleHBpcmVzLCBtcyBzaW5jZSB0aGUgZXBvY2guICovXG4gIHJlbmV3QXQ6IG51bWJlcjtcbiAgLyoqIFRoZSBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMsIHJlYWQgb24gZmlyc3QgbmVlZC4gKi9cbiAgY291cnNlczogSWRbXSB8IHVuZGVmaW5lZDtcbn1cblxuY29uc3Qgc2Vzc2lvbnM6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIFNlc3Npb24+PiA9IHt9O1xuLyoqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMsIHJlYWQgb25jZSBwZXIgVlUgKGs2IHJlYWRzIHNlY3JldHMgYXN5bmNocm9ub3VzbHkgb25seSkuICovXG5sZXQgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+PiB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSBjbGFzcyBwYXNzd29yZCBhIFZVIGxvZ3MgaW4gd2l0aDogdGhlIHNlY3JldCBzb3VyY2UncywgZWxzZSB0aGUgZW52aXJvbm1lbnQncy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldD8uW3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZDtcbn1cblxuLyoqXG4gKiBXcmFwcyBhIFZVJ3MgaXRlcmF0aW9uIHNvIGl0cyBmaXJzdCBvbmUgcmVhZHMgdGhlIHNlY3JldCBzb3VyY2VzIGJlZm9yZSBsb2dnaW5nIGluICh0aGUgb25seVxuICogYXN5bmNocm9ub3VzIHN0ZXA7IGxhdGVyIGl0ZXJhdGlvbnMgcnVuIGFzIHRoZXkgYXJlKS4gUGFzc3dvcmRzIG5ldmVyIHRyYXZlbCBpbiBzZXR1cCdzIGRhdGEuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRoU2VjcmV0czxBIGV4dGVuZHMgdW5rbm93bltdPihcbiAgaXRlcmF0aW9uOiAoLi4uYXJnczogQSkgPT4gdm9pZCxcbik6ICguLi5hcmdzOiBBKSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiAoLi4uYXJncykgPT4ge1xuICAgIGlmIChzZWNyZXQpIHJldHVybiBpdGVyYXRpb24oLi4uYXJncyk7XG4gICAgcmV0dXJuIHNlY3JldFBhc3N3b3JkcygpLnRoZW4oKGZvdW5kKSA9PiB7XG4gICAgICBzZWNyZXQgPSBmb3VuZDtcbiAgICAgIGl0ZXJhdGlvbiguLi5hcmdzKTtcbiAgICB9KTtcbiAgfTtcbn1cbmxldCBhbm9ueW1vdXM6IEFwaUNsaWVudCB8IHVuZGVmaW5lZDtcblxuLyoqIFJlbmV3IHRoaXMgbG9uZyBiZWZvcmUgZXhwaXJ5OiBhIHRlbnRoIG9mIHRoZSB0b2tlbidzIGxpZmUsIGF0IG1vc3QgMzAgcy4gKi9cbmNvbnN0IHJlbmV3TWFyZ2luUyA9ICh0dGxTOiBudW1iZXIpID0+IE1hdGgubWluKDMwLCB0dGxTIC8gMTApO1xuXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBhY2NvdW50ID0gYWNjb3VudE9mVnUocG9vbCwgcm9sZSwgY2xhc3NQYXNzd29yZChjb25maWcsIHJvbGUpKTtcbiAgaWYgKCFhY2NvdW50KSByZXR1cm4gdW5kZWZpbmVkO1xuICBhbm9ueW1vdXMgPz89IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IGFuc3dlciA9IGFub255bW91cy5sb2dpbihhY2NvdW50LmVtYWlsLCBhY2NvdW50LnBhc3N3b3JkKS5ib2R5O1xuICBpZiAoIWFuc3dlcikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdHRsUyA9IHR5cGVvZiBhbnN3ZXIuZXhwaXJlc19pbiA9PT0gJ251bWJlcicgJiYgYW5zd2VyLmV4cGlyZXNfaW4gPiAwID8gYW5zd2VyLmV4cGlyZXNfaW4gOiAzNjAwO1xuICByZXR1cm4ge1xuICAgIGNsaWVudDogbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBhbnN3ZXIuYWNjZXNzX3Rva2VuKSxcbiAgICByZW5ld0F0OiBEYXRlLm5vdygpICsgKHR0bFMgLSByZW5ld01hcmdpblModHRsUykpICogMTAwMCxcbiAgICBjb3Vyc2VzOiB1bmRlZmluZWQsXG4gIH07XG59XG5cbmZ1bmN0aW9uIHNlc3Npb24oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBTZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgY3VycmVudCA9IHNlc3Npb25zW3JvbGVdO1xuICBpZiAoY3VycmVudCAmJiAhY3VycmVudC5jbGllbnQudW5hdXRob3JpemVkICYmIERhdGUubm93KCkgPCBjdXJyZW50LnJlbmV3QXQpIHJldHVybiBjdXJyZW50O1xuICBpZiAoY3VycmVudCkgcmVsb2dpbnMuYWRkKDEsIHsgcm9sZSB9KTtcbiAgY29uc3QgbmV4dCA9IGxvZ2luKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIC8vIEEgZmFpbGVkIGxvZ2luIGxlYXZlcyBubyBzZXNzaW9uOiB0aGUgc3RlcCBmYWlscywgYW5kIHRoZSBuZXh0IG9uZSB0cmllcyBhZ2Fpbi5cbiAgaWYgKG5leHQgJiYgY3VycmVudCkgbmV4dC5jb3Vyc2VzID0gY3VycmVudC5jb3Vyc2VzO1xuICBzZXNzaW9uc1tyb2xlXSA9IG5leHQ7XG4gIHJldHVybiBuZXh0O1xufVxuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzcywgbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudDsgdW5kZWZpbmVkIHdoZW4gdGhlIGxvZ2luIGZhaWxlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1c2VyQ2xpZW50KGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHNlc3Npb24oY29uZmlnLCBkYXRhLCByb2xlKT8uY2xpZW50O1xufVxuXG4vKiogSWRzIG9mIHRoaXMgVlUncyBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMgKGEgbGlzdCByZXF1ZXN0IG9uIGZpcnN0IG5lZWQpLCBmb3IgcmVhZHMuICovXG5leHBvcnQgZnVuY3Rpb24gb3duQ291cnNlcyhjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IElkW10ge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpO1xuICBpZiAoIWN1cnJlbnQpIHJldHVybiBbXTtcbiAgaWYgKCFjdXJyZW50LmNvdXJzZXMpIHtcbiAgICBjb25zdCBsaXN0ID0gY3VycmVudC5jbGllbnQubGlzdENvdXJzZXMoeyBxOiBEQVRBU0VUX1RJVExFLCBsaW1pdDogMTAwIH0pLmJvZHk7XG4gICAgaWYgKCFsaXN0KSByZXR1cm4gW107XG4gICAgY3VycmVudC5jb3Vyc2VzID0gbGlzdC5pdGVtcy5tYXAoKGNvdXJzZSkgPT4gY291cnNlLmlkKTtcbiAgfVxuICByZXR1cm4gY3VycmVudC5jb3Vyc2VzO1xufVxuIiwgIi8vIEN1c3RvbSBtZXRyaWNzIGZvciB3aGF0IGs2J3MgYnVpbHQtaW5zIGNhbm5vdCBzYXkuIENyZWF0ZWQgb25jZSBhdCBpbml0IChrNiByZXF1aXJlcyBpdCkuXG5pbXBvcnQgeyBDb3VudGVyLCBSYXRlLCBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuXG4vKiogT25lIGNoYXB0ZXIncyBnZW5lcmF0aW9uIHRpbWUgZnJvbSB0aGUgam9iJ3Mgb3duIHN0YXJ0ZWRfYXQvZmluaXNoZWRfYXQgKHNlcnZlciB2aWV3KS4gKi9cbmV4cG9ydCBjb25zdCBjaGFwdGVyR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiwgam9iIGNyZWF0ZWQgLT4gZmluaXNoZWQsIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25NcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fbXMnLCB0cnVlKTtcbi8qKiBXaG9sZSBjb3Vyc2UgZ2VuZXJhdGlvbiBhcyB0aGUgcG9sbGluZyB1c2VyIHNhdyBpdDogcmVxdWVzdCBhY2NlcHRlZCAtPiBjb21wbGV0ZWQgc2Vlbi4gKi9cbmV4cG9ydCBjb25zdCBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcyA9IG5ldyBUcmVuZCgnY291cnNlX2dlbmVyYXRpb25fb2JzZXJ2ZWRfbXMnLCB0cnVlKTtcbi8qKiBHZW5lcmF0aW9uIGpvYnMgdGhhdCBmYWlsZWQgb3IgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmV4cG9ydCBjb25zdCBnZW5lcmF0aW9uRmFpbGVkID0gbmV3IFJhdGUoJ2dlbmVyYXRpb25fZmFpbGVkJyk7XG4vKiogQ291cnNlcyB0aGUgcGxhdGZvcm0gYWNrbm93bGVkZ2VkIGNyZWF0aW5nICgyMDEpLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZXNDcmVhdGVkID0gbmV3IENvdW50ZXIoJ2NvdXJzZXNfY3JlYXRlZCcpO1xuLyoqIFdob2xlIHdvcmtmbG93IGl0ZXJhdGlvbnMgdGhhdCBjb21wbGV0ZWQgZXZlcnkgc3RlcCwgdGFnZ2VkIGJ5IHdvcmtmbG93LiAqL1xuZXhwb3J0IGNvbnN0IHdvcmtmbG93U3VjY2VzcyA9IG5ldyBSYXRlKCd3b3JrZmxvd19zdWNjZXNzJyk7XG4vKiogV29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IHRocmV3IChhIHNjcmlwdCBidWcgb3IgYSBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dFcnJvcnMgPSBuZXcgQ291bnRlcignd29ya2Zsb3dfZXJyb3JzJyk7XG4iLCAiLy8gU3RhcnRpbmcgYSBjb3Vyc2UncyBnZW5lcmF0aW9uIGFuZCBmb2xsb3dpbmcgaXRzIGpvYiB0byB0aGUgZW5kLCByZWNvcmRpbmcgaG93IGxvbmcgaXQgdG9va1xuLy8gZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKHRoZSBzZXJ2ZXIncyB2aWV3KSBhbmQgZnJvbSB0aGUgcG9sbGVyJ3MgKHRoZSB1c2VyJ3MgdmlldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBJZCwgSm9iIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHtcbiAgY2hhcHRlckdlbmVyYXRpb25NcyxcbiAgY291cnNlR2VuZXJhdGlvbk1zLFxuICBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcyxcbiAgZ2VuZXJhdGlvbkZhaWxlZCxcbn0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbXBsZXRlZDogYm9vbGVhbjtcbiAgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIG1pbGxpc0JldHdlZW4oZnJvbTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgdG86IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAoIWZyb20gfHwgIXRvKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBtcyA9IERhdGUucGFyc2UodG8pIC0gRGF0ZS5wYXJzZShmcm9tKTtcbiAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZShtcykgJiYgbXMgPj0gMCA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiByZWNvcmRKb2JUaW1lcyhqb2I6IEpvYik6IHZvaWQge1xuICBmb3IgKGNvbnN0IGNoYXB0ZXIgb2Ygam9iLmNoYXB0ZXJzKSB7XG4gICAgY29uc3QgbXMgPSBjaGFwdGVyLmR1cmF0aW9uX21zID8/IG1pbGxpc0JldHdlZW4oY2hhcHRlci5zdGFydGVkX2F0LCBjaGFwdGVyLmZpbmlzaGVkX2F0KTtcbiAgICBpZiAodHlwZW9mIG1zID09PSAnbnVtYmVyJyAmJiBjaGFwdGVyLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGNoYXB0ZXJHZW5lcmF0aW9uTXMuYWRkKG1zKTtcbiAgfVxuICBjb25zdCB0b3RhbCA9IG1pbGxpc0JldHdlZW4oam9iLmNyZWF0ZWRfYXQsIGpvYi5maW5pc2hlZF9hdCk7XG4gIGlmICh0b3RhbCAhPT0gdW5kZWZpbmVkKSBjb3Vyc2VHZW5lcmF0aW9uTXMuYWRkKHRvdGFsKTtcbn1cblxuLyoqXG4gKiBTdGFydHMgZ2VuZXJhdGlvbiBhbmQgcG9sbHMgdGhlIGpvYiB1bnRpbCBpdCBjb21wbGV0ZXMsIGZhaWxzLCBvciBgdGltZW91dFNgIHBhc3Nlcy4gYGN1cnJlbnRgXG4gKiBnaXZlcyB0aGUgY2xpZW50IGZvciBlYWNoIHBvbGwsIHNvIGEgdXNlciB3aG9zZSB0b2tlbiBleHBpcmVzIHdoaWxlIHdhaXRpbmcgbG9ncyBpbiBhZ2FpbjsgaXRcbiAqIHN0b3BzIHdhaXRpbmcgd2hlbiB0aGVyZSBpcyBub25lICh0aGUgbG9naW4gZmFpbGVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlQW5kV2FpdChcbiAgY2xpZW50OiBBcGlDbGllbnQsXG4gIGNvdXJzZUlkOiBJZCxcbiAgcG9sbEludGVydmFsUzogbnVtYmVyLFxuICB0aW1lb3V0UzogbnVtYmVyLFxuICBjdXJyZW50OiAoKSA9PiBBcGlDbGllbnQgfCB1bmRlZmluZWQgPSAoKSA9PiBjbGllbnQsXG4pOiBHZW5lcmF0aW9uT3V0Y29tZSB7XG4gIGNvbnN0IGFjY2VwdGVkID0gY2xpZW50LmdlbmVyYXRlKGNvdXJzZUlkKTtcbiAgaWYgKCFhY2NlcHRlZC5ib2R5KSB7XG4gICAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQodHJ1ZSk7XG4gICAgcmV0dXJuIHsgY29tcGxldGVkOiBmYWxzZSwgam9iOiB1bmRlZmluZWQgfTtcbiAgfVxuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgZGVhZGxpbmUgPSBzdGFydGVkICsgdGltZW91dFMgKiAxMDAwO1xuICBsZXQgam9iOiBKb2IgfCB1bmRlZmluZWQ7XG4gIHdoaWxlIChEYXRlLm5vdygpIDwgZGVhZGxpbmUpIHtcbiAgICBzbGVlcChwb2xsSW50ZXJ2YWxTKTtcbiAgICBjb25zdCBwb2xsZXIgPSBjdXJyZW50KCk7XG4gICAgaWYgKCFwb2xsZXIpIGJyZWFrO1xuICAgIGNvbnN0IHBvbGxlZCA9IHBvbGxlci5nZXRKb2IoYWNjZXB0ZWQuYm9keS5qb2JfaWQpO1xuICAgIGlmICghcG9sbGVkLmJvZHkpIGNvbnRpbnVlO1xuICAgIGpvYiA9IHBvbGxlZC5ib2R5O1xuICAgIGlmIChqb2Iuc3RhdHVzID09PSAnY29tcGxldGVkJyB8fCBqb2Iuc3RhdHVzID09PSAnZmFpbGVkJykgYnJlYWs7XG4gIH1cbiAgY29uc3QgY29tcGxldGVkID0gam9iPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnO1xuICBnZW5lcmF0aW9uRmFpbGVkLmFkZCghY29tcGxldGVkKTtcbiAgaWYgKGNvbXBsZXRlZCAmJiBqb2IpIHtcbiAgICBjb3Vyc2VHZW5lcmF0aW9uT2JzZXJ2ZWRNcy5hZGQoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpO1xuICAgIHJlY29yZEpvYlRpbWVzKGpvYik7XG4gIH1cbiAgcmV0dXJuIHsgY29tcGxldGVkLCBqb2IgfTtcbn1cbiIsICIvLyBXaGF0IGVhY2gga2luZCBvZiB1c2VyIGRvZXMgaW4gb25lIGl0ZXJhdGlvbi4gU2NlbmFyaW9zIG9ubHkgY2hvb3NlIHdobyBydW5zIGFuZCBob3cgb2Z0ZW47XG4vLyBubyBzY2VuYXJpbyByZS1pbXBsZW1lbnRzIHRoZXNlLiBFdmVyeSB3b3JrZmxvdyByZXR1cm5zIHdoZXRoZXIgYWxsIG9mIGl0cyBzdGVwcyBzdWNjZWVkZWQuXG5pbXBvcnQgeyBncm91cCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHR5cGUgeyBBcGlDbGllbnQsIEV4cG9ydEZvcm1hdCwgSWQgfSBmcm9tICcuLi9odHRwL2FwaS50cyc7XG5pbXBvcnQgeyBjb3Vyc2VzQ3JlYXRlZCB9IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5pbXBvcnQgeyBpc0xlZnRvdmVyIH0gZnJvbSAnLi4vdXNlcnMvZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBvd25Db3Vyc2VzLCB1c2VyQ2xpZW50IH0gZnJvbSAnLi4vdXNlcnMvc2Vzc2lvbi50cyc7XG5pbXBvcnQgdHlwZSB7IFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgeyBnZW5lcmF0ZUFuZFdhaXQgfSBmcm9tICcuL2dlbmVyYXRpb24udHMnO1xuaW1wb3J0IHsgcGlja09uZSwgcGlja1dlaWdodGVkLCB0aGluayB9IGZyb20gJy4vcGFjaW5nLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBDb250ZXh0IHtcbiAgY29uZmlnOiBDb25maWc7XG4gIGRhdGE6IFJ1bkRhdGE7XG59XG5cbmV4cG9ydCB0eXBlIFdvcmtmbG93ID0gKGN0eDogQ29udGV4dCkgPT4gYm9vbGVhbjtcblxuLyoqIFRoaXMgVlUncyBjbGllbnQgZm9yIGEgY2xhc3M6IGxvZ2dlZCBpbiBhcyBpdHMgb3duIGFjY291bnQgKGxpYi91c2Vycy9zZXNzaW9uLnRzKS4gKi9cbmZ1bmN0aW9uIGNsaWVudEZvcihjdHg6IENvbnRleHQsIHJvbGU6ICdyZWd1bGFyJyB8ICdwb3dlcicgfCAnYWRtaW4nKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHVzZXJDbGllbnQoY3R4LmNvbmZpZywgY3R4LmRhdGEsIHJvbGUpO1xufVxuXG4vKiogQSB0aXRsZSB1bmlxdWUgdG8gdGhpcyBydW4sIFZVIGFuZCBpdGVyYXRpb24sIHNvIGNvbmN1cnJlbnQgdXNlcnMgbmV2ZXIgY29sbGlkZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmlxdWVUaXRsZShraW5kOiBzdHJpbmcsIGN0eDogQ29udGV4dCk6IHN0cmluZyB7XG4gIHJldHVybiBgcGVyZi0ke2tpbmR9ICR7Y3R4LmRhdGEucnVuSWR9IHZ1JHtleGVjLnZ1LmlkSW5UZXN0fSBpdCR7ZXhlYy52dS5pdGVyYXRpb25JblNjZW5hcmlvfWA7XG59XG5cbmNvbnN0IEVYUE9SVF9GT1JNQVRTOiByZWFkb25seSBFeHBvcnRGb3JtYXRbXSA9IFsnanNvbicsICdtYXJrZG93bicsICdodG1sJ107XG5cbi8qKiBSZWFkcyBhIGNvdXJzZSBhbmQgb25lIG9mIGl0cyBnZW5lcmF0ZWQgY2hhcHRlcnMuICovXG5mdW5jdGlvbiByZWFkQ291cnNlKGNsaWVudDogQXBpQ2xpZW50LCBpZDogSWQpOiBib29sZWFuIHtcbiAgY29uc3QgY291cnNlID0gY2xpZW50LmdldENvdXJzZShpZCk7XG4gIGlmICghY291cnNlLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgZ2VuZXJhdGVkID0gKGNvdXJzZS5ib2R5LmNoYXB0ZXJzID8/IFtdKS5maWx0ZXIoKGMpID0+IGMuc3RhdHVzID09PSAnY29tcGxldGVkJyk7XG4gIGNvbnN0IGNoYXB0ZXIgPSBwaWNrT25lKGdlbmVyYXRlZCk7XG4gIHJldHVybiBjaGFwdGVyID09PSB1bmRlZmluZWQgfHwgY2xpZW50LmdldENoYXB0ZXIoaWQsIGNoYXB0ZXIuaW5kZXgpLm9rO1xufVxuXG50eXBlIFJlZ3VsYXJUYXNrID0gKGNsaWVudDogQXBpQ2xpZW50LCBjdHg6IENvbnRleHQpID0+IGJvb2xlYW47XG5cbmNvbnN0IHJlZ3VsYXJUYXNrczogeyB3ZWlnaHQ6IG51bWJlcjsgdGFzazogUmVndWxhclRhc2sgfVtdID0gW1xuICB7IHdlaWdodDogNSwgdGFzazogKGNsaWVudCkgPT4gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwLCBvZmZzZXQ6IE1hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIDMpICogMjAgfSkub2sgfSxcbiAge1xuICAgIHdlaWdodDogNCxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIC8vIE9ubHkgdGhlIHVzZXIncyBvd24gY291cnNlcywgc3ByZWFkIG92ZXIgdGhlaXIgd2hvbGUgZGF0YXNldDogcGVyLXVzZXIgaXNvbGF0aW9uIGlzIHBhcnQgb2Ygd2hhdCBpcyBtZWFzdXJlZC5cbiAgICAgIGNvbnN0IGlkID0gcGlja09uZShvd25Db3Vyc2VzKGN0eC5jb25maWcsIGN0eC5kYXRhLCAncmVndWxhcicpKTtcbiAgICAgIHJldHVybiBpZCA9PT0gdW5kZWZpbmVkIHx8IHJlYWRDb3Vyc2UoY2xpZW50LCBpZCk7XG4gICAgfSxcbiAgfSxcbiAge1xuICAgIHdlaWdodDogMSxcbiAgICB0YXNrOiAoY2xpZW50LCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzY3JhdGNoJywgY3R4KSxcbiAgICAgICAgdG9waWM6ICdhbGdlYnJhJyxcbiAgICAgICAgbGV2ZWw6ICdiZWdpbm5lcicsXG4gICAgICAgIGNoYXB0ZXJfY291bnQ6IDIsXG4gICAgICB9KTtcbiAgICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgICBjb25zdCByZWFkQmFjayA9IGNsaWVudC5nZXRDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgICAgIHJldHVybiByZWFkQmFjayAmJiBjbGllbnQuZGVsZXRlQ291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgfSxcbiAgfSxcbl07XG5cbi8qKiBCcm93c2VzIHRoZSBjb3Vyc2UgbGlzdCwgb3BlbnMgY291cnNlcyBhbmQgcmVhZHMgY2hhcHRlcnM7IG5vdyBhbmQgdGhlbiBjcmVhdGVzIG9uZS4gKi9cbmV4cG9ydCBjb25zdCByZWd1bGFyVXNlcjogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgncmVndWxhciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsICdyZWd1bGFyJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSBjbGllbnQubGlzdENvdXJzZXMoeyBsaW1pdDogMjAgfSkub2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBmb3IgKGxldCBzdGVwID0gMDsgc3RlcCA8IDM7IHN0ZXArKykge1xuICAgICAgb2sgPSBwaWNrV2VpZ2h0ZWQocmVndWxhclRhc2tzKShjbGllbnQsIGN0eCkgJiYgb2s7XG4gICAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogQ3JlYXRlcyBhIGNvdXJzZSwgZ2VuZXJhdGVzIGl0LCBmb2xsb3dzIHRoZSBqb2IsIHJlYWRzIGFuZCBleHBvcnRzIHRoZSByZXN1bHQsIHRoZW4gZGVsZXRlcyBpdC4gKi9cbmV4cG9ydCBjb25zdCBwb3dlclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3Bvd2VyIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBpZiAoIWNsaWVudCkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IGNyZWF0ZWQgPSBjbGllbnQuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgncG93ZXInLCBjdHgpLFxuICAgICAgdG9waWM6ICdkaXN0cmlidXRlZCBzeXN0ZW1zJyxcbiAgICAgIGxldmVsOiAnYWR2YW5jZWQnLFxuICAgICAgY2hhcHRlcl9jb3VudDogY29uZmlnLmNoYXB0ZXJzUGVyQ291cnNlLFxuICAgIH0pO1xuICAgIGlmICghY3JlYXRlZC5ib2R5KSByZXR1cm4gZmFsc2U7XG4gICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgIGNvbnN0IGlkID0gY3JlYXRlZC5ib2R5LmlkO1xuICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBsZXQgb2sgPSBjbGllbnQudXBkYXRlQ291cnNlKGlkLCB7IHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcywgcmV2aXNlZCcgfSkub2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdChjbGllbnQsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0UywgKCkgPT5cbiAgICAgIGNsaWVudEZvcihjdHgsICdwb3dlcicpLFxuICAgICk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICAvLyBUaGUgc2Vzc2lvbiBtYXkgaGF2ZSBsb2dnZWQgaW4gYWdhaW4gd2hpbGUgd2FpdGluZzogZ28gb24gd2l0aCBpdHMgY3VycmVudCBjbGllbnQuXG4gICAgY29uc3QgYWZ0ZXIgPSBjbGllbnRGb3IoY3R4LCAncG93ZXInKTtcbiAgICBpZiAoIWFmdGVyKSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHJlYWRDb3Vyc2UoYWZ0ZXIsIGlkKSAmJiBvaztcbiAgICAgIHRoaW5rKGNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAgIG9rID0gYWZ0ZXIuZXhwb3J0Q291cnNlKGlkLCBwaWNrT25lKEVYUE9SVF9GT1JNQVRTKSA/PyAnanNvbicpLm9rICYmIG9rO1xuICAgIH1cbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgcmV0dXJuIGFmdGVyLmRlbGV0ZUNvdXJzZShpZCkub2sgJiYgb2s7XG4gIH0pO1xuXG4vKiogV2F0Y2hlcyB0aGUgc3lzdGVtOiBzdGF0cywgdGhlIGpvYiBsaXN0LCB0aGUgdXNlciBsaXN0LCBhbmQgcmVtb3ZlcyBjb3Vyc2VzIGVhcmxpZXIgcnVucyBsZWZ0IGJlaGluZC4gKi9cbmV4cG9ydCBjb25zdCBhZG1pblVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2FkbWluIHVzZXInLCAoKSA9PiB7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgJ2FkbWluJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBsZXQgb2sgPSBjbGllbnQuYWRtaW5TdGF0cygpLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgb2sgPSBjbGllbnQuYWRtaW5Kb2JzKDIwKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIC8vIExlZnRvdmVycyBvZiBpbnRlcnJ1cHRlZCBydW5zOiB0aXRsZXMgb2Ygb3RoZXIgcnVucyBvbmx5LCBuZXZlciB0aGlzIHJ1bidzIGxpdmUgY291cnNlcy5cbiAgICBjb25zdCBsZWZ0b3ZlcnMgPSBjbGllbnQubGlzdENvdXJzZXMoeyBxOiAncGVyZi0nLCBsaW1pdDogMjAgfSkuYm9keT8uaXRlbXMgPz8gW107XG4gICAgZm9yIChjb25zdCBjb3Vyc2Ugb2YgbGVmdG92ZXJzLmZpbHRlcigoYykgPT4gaXNMZWZ0b3ZlcihjLnRpdGxlLCBjdHguZGF0YS5ydW5JZCwgZmFsc2UpKS5zbGljZSgwLCA1KSkge1xuICAgICAgb2sgPSBjbGllbnQuZGVsZXRlQ291cnNlKGNvdXJzZS5pZCkub2sgJiYgb2s7XG4gICAgfVxuICAgIHJldHVybiBvaztcbiAgfSk7XG5cbi8qKiBFdmVyeSBlbmRwb2ludCBhdCBsZWFzdCBvbmNlOiB0aGUgc21va2UgY2hlY2suICovXG5leHBvcnQgY29uc3QgZXZlcnlFbmRwb2ludDogV29ya2Zsb3cgPSAoY3R4KSA9PlxuICBncm91cCgnZXZlcnkgZW5kcG9pbnQnLCAoKSA9PiB7XG4gICAgY29uc3QgeyBjb25maWcgfSA9IGN0eDtcbiAgICBjb25zdCB1c2VyID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgY29uc3QgYWRtaW4gPSBjbGllbnRGb3IoY3R4LCAnYWRtaW4nKTtcbiAgICBpZiAoIXVzZXIgfHwgIWFkbWluKSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gdXNlci5oZWFsdGgoKS5vaztcbiAgICBvayA9IHVzZXIubGlzdENvdXJzZXMoeyBsaW1pdDogNSB9KS5vayAmJiBvaztcbiAgICBjb25zdCBjcmVhdGVkID0gdXNlci5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdzbW9rZScsIGN0eCksXG4gICAgICB0b3BpYzogJ3Ntb2tlIHRlc3RpbmcnLFxuICAgICAgbGV2ZWw6ICdpbnRlcm1lZGlhdGUnLFxuICAgICAgY2hhcHRlcl9jb3VudDogMixcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICBvayA9IHVzZXIuZ2V0Q291cnNlKGlkKS5vayAmJiBvaztcbiAgICBvayA9IHVzZXIudXBkYXRlQ291cnNlKGlkLCB7IHRpdGxlOiBgJHtjcmVhdGVkLmJvZHkudGl0bGV9IChlZGl0ZWQpYCB9KS5vayAmJiBvaztcbiAgICBjb25zdCBnZW5lcmF0aW9uID0gZ2VuZXJhdGVBbmRXYWl0KHVzZXIsIGlkLCBjb25maWcucG9sbEludGVydmFsUywgY29uZmlnLmdlbmVyYXRpb25UaW1lb3V0Uyk7XG4gICAgb2sgPSBnZW5lcmF0aW9uLmNvbXBsZXRlZCAmJiBvaztcbiAgICBpZiAoZ2VuZXJhdGlvbi5jb21wbGV0ZWQpIHtcbiAgICAgIG9rID0gdXNlci5nZXRDaGFwdGVyKGlkLCBnZW5lcmF0aW9uLmpvYj8uY2hhcHRlcnNbMF0/LmluZGV4ID8/IDApLm9rICYmIG9rO1xuICAgICAgZm9yIChjb25zdCBmb3JtYXQgb2YgRVhQT1JUX0ZPUk1BVFMpIG9rID0gdXNlci5leHBvcnRDb3Vyc2UoaWQsIGZvcm1hdCkub2sgJiYgb2s7XG4gICAgfVxuICAgIG9rID0gYWRtaW4uYWRtaW5TdGF0cygpLm9rICYmIG9rO1xuICAgIG9rID0gYWRtaW4uYWRtaW5Kb2JzKDEwKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluVXNlcnMoKS5vayAmJiBvaztcbiAgICByZXR1cm4gdXNlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcbiIsICIvLyBIb3cgc2ltdWxhdGVkIHVzZXJzIHBhY2UgdGhlbXNlbHZlcyBhbmQgY2hvb3NlIHdoYXQgdG8gZG8gbmV4dC5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuXG5sZXQgaG9sZFBvaW50OiAoKCkgPT4gdm9pZCkgfCB1bmRlZmluZWQ7XG5cbi8qKiBTb21ldGhpbmcgZXZlcnkgdGhpbmsgcG9pbnQgcnVucyBhZnRlciBpdHMgc2xlZXAgKHRoZSBpbnRlcmFjdGl2ZSBlbnRyeSBob2xkcyBwYXVzZWQgdXNlcnMgdGhlcmUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNldEhvbGRQb2ludChob2xkOiAoKSA9PiB2b2lkKTogdm9pZCB7XG4gIGhvbGRQb2ludCA9IGhvbGQ7XG59XG5cbi8qKiBTbGVlcHMgYSB1bmlmb3JtbHkgZHJhd24gdGhpbmsgdGltZSBpbiBbbWluLCBtYXhdIHNlY29uZHMuICovXG5leHBvcnQgZnVuY3Rpb24gdGhpbmsocmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyIH0pOiB2b2lkIHtcbiAgY29uc3Qgc2Vjb25kcyA9IHJhbmdlLm1pbiArIE1hdGgucmFuZG9tKCkgKiAocmFuZ2UubWF4IC0gcmFuZ2UubWluKTtcbiAgaWYgKHNlY29uZHMgPiAwKSBzbGVlcChzZWNvbmRzKTtcbiAgaG9sZFBvaW50Py4oKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBXZWlnaHRlZFRhc2s8VD4ge1xuICB3ZWlnaHQ6IG51bWJlcjtcbiAgdGFzazogVDtcbn1cblxuLyoqIFBpY2tzIG9uZSB0YXNrIHdpdGggcHJvYmFiaWxpdHkgcHJvcG9ydGlvbmFsIHRvIGl0cyB3ZWlnaHQuICovXG5leHBvcnQgZnVuY3Rpb24gcGlja1dlaWdodGVkPFQ+KHRhc2tzOiByZWFkb25seSBXZWlnaHRlZFRhc2s8VD5bXSwgcmFuZG9tOiBudW1iZXIgPSBNYXRoLnJhbmRvbSgpKTogVCB7XG4gIGNvbnN0IHRvdGFsID0gdGFza3MucmVkdWNlKChzdW0sIHQpID0+IHN1bSArIHQud2VpZ2h0LCAwKTtcbiAgbGV0IHBvaW50ID0gcmFuZG9tICogdG90YWw7XG4gIGZvciAoY29uc3QgdCBvZiB0YXNrcykge1xuICAgIHBvaW50IC09IHQud2VpZ2h0O1xuICAgIGlmIChwb2ludCA8IDApIHJldHVybiB0LnRhc2s7XG4gIH1cbiAgcmV0dXJuIHRhc2tzW3Rhc2tzLmxlbmd0aCAtIDFdIS50YXNrO1xufVxuXG4vKiogUGlja3Mgb25lIGVsZW1lbnQgdW5pZm9ybWx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tPbmU8VD4oaXRlbXM6IHJlYWRvbmx5IFRbXSk6IFQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gaXRlbXMubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogaXRlbXNbTWF0aC5mbG9vcihNYXRoLnJhbmRvbSgpICogaXRlbXMubGVuZ3RoKV07XG59XG4iLCAiLy8gVGhlIGdlbmVyYXRpb24gd29ya2Zsb3c6IGEgcG93ZXIgdXNlciBjcmVhdGVzIGEgY291cnNlIG9mIEdFTkVSQVRJT05fQ0hBUFRFUlMgY2hhcHRlcnMsIHN0YXJ0c1xuLy8gaXRzIGdlbmVyYXRpb24sIGZvbGxvd3MgdGhlIGpvYiB0byB0aGUgZW5kIChnZW5lcmF0ZUFuZFdhaXQgcmVjb3JkcyBjaGFwdGVyIGFuZCBjb3Vyc2UgdGltZXNcbi8vIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZGVsZXRlcyB0aGUgY291cnNlLiBOb3RoaW5nIGVsc2UsIHNvIHRoZSBnZW5lcmF0aW9uIGVudHJ5XG4vLyBtZWFzdXJlcyBnZW5lcmF0aW9uIHdoaWxlIHRoZSBvdGhlcnMgZ2VuZXJhdGUsIG5vdCB0aGUgcmVzdCBvZiB0aGUgcG93ZXIgdXNlcidzIHNlc3Npb24uXG5cbmltcG9ydCB7IGNvdXJzZXNDcmVhdGVkIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcbmltcG9ydCB7IHVzZXJDbGllbnQgfSBmcm9tICcuLi91c2Vycy9zZXNzaW9uLnRzJztcbmltcG9ydCB7IGdlbmVyYXRlQW5kV2FpdCB9IGZyb20gJy4vZ2VuZXJhdGlvbi50cyc7XG5pbXBvcnQgeyB1bmlxdWVUaXRsZSwgdHlwZSBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuZXhwb3J0IGNvbnN0IGdlbmVyYXRlQ291cnNlOiBXb3JrZmxvdyA9IChjdHgpID0+IHtcbiAgY29uc3QgeyBjb25maWcsIGRhdGEgfSA9IGN0eDtcbiAgY29uc3QgY2xpZW50ID0gdXNlckNsaWVudChjb25maWcsIGRhdGEsICdwb3dlcicpO1xuICBpZiAoIWNsaWVudCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgdGl0bGU6IHVuaXF1ZVRpdGxlKCdnZW5lcmF0aW9uJywgY3R4KSxcbiAgICB0b3BpYzogJ21hY2hpbmUgbGVhcm5pbmcnLFxuICAgIGxldmVsOiAnaW50ZXJtZWRpYXRlJyxcbiAgICBjaGFwdGVyX2NvdW50OiBjb25maWcuY2hhcHRlcnNQZXJDb3Vyc2UsXG4gIH0pO1xuICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gIGNvbnN0IG91dGNvbWUgPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBjcmVhdGVkLmJvZHkuaWQsIGNvbmZpZy5wb2xsSW50ZXJ2YWxTLCBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTLCAoKSA9PlxuICAgIHVzZXJDbGllbnQoY29uZmlnLCBkYXRhLCAncG93ZXInKSxcbiAgKTtcbiAgY29uc3QgZGVsZXRlZCA9ICh1c2VyQ2xpZW50KGNvbmZpZywgZGF0YSwgJ3Bvd2VyJykgPz8gY2xpZW50KS5kZWxldGVDb3Vyc2UoY3JlYXRlZC5ib2R5LmlkKS5vaztcbiAgcmV0dXJuIG91dGNvbWUuY29tcGxldGVkICYmIGRlbGV0ZWQ7XG59O1xuIiwgIi8vIFJ1bnMgb25lIHdvcmtmbG93IGl0ZXJhdGlvbiBhbmQgcmVjb3JkcyBpdHMgb3V0Y29tZS4gQSB3b3JrZmxvdyB0aGF0IHRocm93cyAoYSBzY3JpcHQgYnVnLCBhXG4vLyBib2R5IHNoYXBlIG5vYm9keSBleHBlY3RlZCkgaXMgYSBmYWlsZWQgaXRlcmF0aW9uIHRoYXQgY291bnRzIGFnYWluc3QgdGhlIHRocmVzaG9sZHMgaW5zdGVhZFxuLy8gb2YgYW4gZXhjZXB0aW9uIGs2IG9ubHkgbG9ncy5cbmltcG9ydCB7IHdvcmtmbG93RXJyb3JzLCB3b3JrZmxvd1N1Y2Nlc3MgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHR5cGUgeyBDb250ZXh0LCBXb3JrZmxvdyB9IGZyb20gJy4vd29ya2Zsb3dzLnRzJztcblxuY29uc3QgTUFYX0xPR0dFRF9FUlJPUlMgPSA1O1xubGV0IGxvZ2dlZEVycm9ycyA9IDA7XG5cbmNvbnN0IHRhZ3NCeU5hbWU6IFJlY29yZDxzdHJpbmcsIHsgd29ya2Zsb3c6IHN0cmluZyB9PiA9IHt9O1xuXG5leHBvcnQgZnVuY3Rpb24gcnVuV29ya2Zsb3cobmFtZTogc3RyaW5nLCB3b3JrZmxvdzogV29ya2Zsb3csIGN0eDogQ29udGV4dCk6IHZvaWQge1xuICBjb25zdCB0YWdzID0gKHRhZ3NCeU5hbWVbbmFtZV0gPz89IHsgd29ya2Zsb3c6IG5hbWUgfSk7IC8vIG1hZGUgb25jZSBwZXIgd29ya2Zsb3csIG5vdCBwZXIgaXRlcmF0aW9uXG4gIHRyeSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZCh3b3JrZmxvdyhjdHgpLCB0YWdzKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB3b3JrZmxvd1N1Y2Nlc3MuYWRkKGZhbHNlLCB0YWdzKTtcbiAgICB3b3JrZmxvd0Vycm9ycy5hZGQoMSwgdGFncyk7XG4gICAgaWYgKGxvZ2dlZEVycm9ycysrIDwgTUFYX0xPR0dFRF9FUlJPUlMpIHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoXG4gICAgICAgIGB3b3JrZmxvdyBcIiR7bmFtZX1cIiB0aHJldzogJHtlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gKGVycm9yLnN0YWNrID8/IGVycm9yLm1lc3NhZ2UpIDogU3RyaW5nKGVycm9yKX1gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbn1cbiIsICIvLyBUaGUgc3RhbmRhcmQgZ2F0ZSBzZXRzIHRoZSBzY2VuYXJpb3MgY29tYmluZS4gRWFjaCBwZXItZW5kcG9pbnQgZ2F0ZSBpcyBpdHMgb3duIHRhZ2dlZFxuLy8gc3ViLW1ldHJpYywgc28gYSBmYWlsdXJlIG5hbWVzIHRoZSBlbmRwb2ludCBhbmQgdGhlIHN1bW1hcnkgbGlzdHMgZXZlcnkgZW5kcG9pbnQncyBmaWd1cmVzLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IGlzQXJyaXZhbFJhdGUsIHNjaGVkdWxlZEl0ZXJhdGlvbnMgfSBmcm9tICcuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzJztcbmltcG9ydCB0eXBlIHsgU2NlbmFyaW8gfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBHYXRlIH0gZnJvbSAnLi9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFRhcmdldHMgfSBmcm9tICcuL3RhcmdldHMudHMnO1xuXG5jb25zdCBhcGkgPSB7IHNjb3BlOiBBUElfU0NPUEUgfTtcblxuZnVuY3Rpb24gZW5kcG9pbnRQOTUoZW5kcG9pbnQ6IEVuZHBvaW50LCB0YXJnZXRzOiBUYXJnZXRzKTogbnVtYmVyIHtcbiAgaWYgKGVuZHBvaW50ID09PSAnaGVhbHRoJykgcmV0dXJuIHRhcmdldHMuaGVhbHRoUDk1TXM7XG4gIGlmIChlbmRwb2ludCA9PT0gJ2NvdXJzZV9leHBvcnQnKSByZXR1cm4gdGFyZ2V0cy5leHBvcnRQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnbG9naW4nKSByZXR1cm4gdGFyZ2V0cy5sb2dpblA5NU1zO1xuICByZXR1cm4gdGFyZ2V0cy5hcGlQOTVNcztcbn1cblxuLyoqIEFuIGVuZHBvaW50J3MgcDk5IGJ1ZGdldDogdGhlIEFQSSBwOTksIG9yIGl0cyBvd24gcDk1IGJ1ZGdldCB3aGVuIHRoYXQgaXMgaGlnaGVyIChleHBvcnQsIGxvZ2luKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludFA5OShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICByZXR1cm4gTWF0aC5tYXgodGFyZ2V0cy5hcGlQOTlNcywgZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpKTtcbn1cblxuLyoqIEFQSSBwOTUvcDk5IG92ZXIgYWxsIGVuZHBvaW50cywgYW5kIHA5NSBwZXIgZW5kcG9pbnQgKGhlYWx0aCBhbmQgZXhwb3J0IHdpdGggdGhlaXIgb3duIGJ1ZGdldHMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhdGVuY3lHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbXG4gICAgICAgIHsgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTlNcyB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogRXJyb3IgcmF0ZSBvdmVyIGFsbCBBUEkgcmVxdWVzdHMgYW5kIHBlciBlbmRwb2ludCwgc28gb25lIGZhaWxpbmcgcm91dGUgaXMgbmFtZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZXJyb3JHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10pOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJywgdGFnczogYXBpLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgICAuLi5lbmRwb2ludHMubWFwKChlbmRwb2ludCkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0sXG4gICAgfSkpLFxuICBdO1xufVxuXG4vKiogU3RvcHMgYSBydW4gZWFybHkgd2hlbiBtb3N0IHJlcXVlc3RzIGZhaWwgKHBsYXRmb3JtIGRvd24gb3IgY3Jhc2hlZCk6IG5vIG1pbnV0ZXMgb2Ygbm9pc2UuICovXG5leHBvcnQgZnVuY3Rpb24gYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCA9ICcxMHMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IDAuNSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gIF07XG59XG5cbi8qKiBDaGVja3MgYW5kIHdob2xlIHdvcmtmbG93cyBtdXN0IHN1Y2NlZWQgb2Z0ZW4gZW5vdWdoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Y2Nlc3NHYXRlcyh0YXJnZXRzOiBUYXJnZXRzKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7IG1ldHJpYzogJ2NoZWNrcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICAgIHsgbWV0cmljOiAnd29ya2Zsb3dfc3VjY2VzcycsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPj0nLCB2YWx1ZTogdGFyZ2V0cy5zdWNjZXNzUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogQ2hhcHRlciBnZW5lcmF0aW9uIHRpbWUgKHRoZSBqb2IncyBvd24gdGltZXN0YW1wcykgYW5kIGZhaWxlZCBnZW5lcmF0aW9uIGpvYnMuICovXG5leHBvcnQgZnVuY3Rpb24gZ2VuZXJhdGlvbkdhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hhcHRlcl9nZW5lcmF0aW9uX21zJywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmNoYXB0ZXJQOTVNcyB9XSB9LFxuICAgIHsgbWV0cmljOiAnZ2VuZXJhdGlvbl9mYWlsZWQnLCBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUgfV0gfSxcbiAgXTtcbn1cblxuLyoqIEVhY2ggZW5kcG9pbnQgYWdhaW5zdCBpdHMgb3duIGJ1ZGdldDogcDk1IChoZWFsdGggYW5kIGV4cG9ydCBoYXZlIHRoZWlyIG93bikgYW5kIHA5OSwgcGx1cyBpdHMgZXJyb3IgcmF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmRwb2ludEJ1ZGdldEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSwgZXJyb3JSYXRlOiBudW1iZXIpOiBHYXRlW10ge1xuICByZXR1cm4gZW5kcG9pbnRzLmZsYXRNYXAoKGVuZHBvaW50KSA9PiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogeyBlbmRwb2ludCB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTUoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICAgIHsgc3RhdDogJ3AoOTkpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk5KGVuZHBvaW50LCB0YXJnZXRzKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZXJyb3JSYXRlIH1dLFxuICAgIH0sXG4gIF0pO1xufVxuXG4vKiogYHNoYXJlYCBvZiBgc2NoZWR1bGVkYCwgcm91bmRlZCBkb3duICgwLjI5IHggMTAwIGlzIDI4Ljk5OS4uLiBpbiBmbG9hdGluZyBwb2ludDogYSBoYWlyIG9mIHNsYWNrIGtlZXBzIGl0IDI5KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxvd2VkRHJvcHMoc2hhcmU6IG51bWJlciwgc2NoZWR1bGVkOiBudW1iZXIpOiBudW1iZXIge1xuICByZXR1cm4gTWF0aC5mbG9vcihzaGFyZSAqIHNjaGVkdWxlZCArIDFlLTkpO1xufVxuXG4vKipcbiAqIEl0ZXJhdGlvbnMgYW4gb3BlbiBtb2RlbCBkaWQgbm90IHN0YXJ0IG9uIHRpbWUgKGs2J3MgZHJvcHBlZF9pdGVyYXRpb25zLCBwZXIgc2NlbmFyaW8pOiBhdCBtb3N0XG4gKiBgc2hhcmVgIG9mIGVhY2ggYXJyaXZhbC1yYXRlIHNjZW5hcmlvJ3Mgc2NoZWR1bGVkIGl0ZXJhdGlvbnMsIHJvdW5kZWQgZG93biwgc28gYSBzaG9ydCBydW4gb3IgYVxuICogc2xvdyBncm91cCBtYXkgZHJvcCBub25lLiBgYWJvcnRgIHN0b3BzIHRoZSBydW4gb25jZSBjcm9zc2VkIChicmVha3BvaW50OiBpdCBicm9rZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkcm9wcGVkSXRlcmF0aW9uR2F0ZXMoXG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+LFxuICBzaGFyZTogbnVtYmVyLFxuICBhYm9ydD86IHsgZGVsYXlBYm9ydEV2YWw6IHN0cmluZyB9LFxuKTogR2F0ZVtdIHtcbiAgcmV0dXJuIE9iamVjdC5lbnRyaWVzKHNjZW5hcmlvcylcbiAgICAuZmlsdGVyKChbLCBzY2VuYXJpb10pID0+IGlzQXJyaXZhbFJhdGUoc2NlbmFyaW8pKVxuICAgIC5tYXAoKFtuYW1lLCBzY2VuYXJpb10pID0+ICh7XG4gICAgICBtZXRyaWM6ICdkcm9wcGVkX2l0ZXJhdGlvbnMnLFxuICAgICAgdGFnczogeyBzY2VuYXJpbzogbmFtZSB9LFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAge1xuICAgICAgICAgIHN0YXQ6ICdjb3VudCcgYXMgY29uc3QsXG4gICAgICAgICAgb3A6ICc8PScgYXMgY29uc3QsXG4gICAgICAgICAgdmFsdWU6IGFsbG93ZWREcm9wcyhzaGFyZSwgc2NoZWR1bGVkSXRlcmF0aW9ucyhzY2VuYXJpbykpLFxuICAgICAgICAgIC4uLihhYm9ydCA/IHsgYWJvcnRPbkZhaWw6IHRydWUsIC4uLmFib3J0IH0gOiB7fSksXG4gICAgICAgIH0sXG4gICAgICBdLFxuICAgIH0pKTtcbn1cblxuLyoqXG4gKiBicmVha3BvaW50OiBBUEkgcDk1IGFuZCBlcnJvciByYXRlIGFib3J0IHRoZSBydW4gb25jZSBjcm9zc2VkIChhZnRlciBgZGVsYXlBYm9ydEV2YWxgIG9mIGRhdGEpO1xuICogdGhlIHN1c3RhaW5lZC1yYXRlIG1ldHJpYyBpcyBsaXN0ZWQgd2l0aCBhbiBhbHdheXMtdHJ1ZSBydWxlIHNvIHRoZSBzdW1tYXJ5IHNob3dzIGl0cyB2YWx1ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJyZWFrcG9pbnRHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBzdXN0YWluZWRNZXRyaWM6IHN0cmluZywgZGVsYXlBYm9ydEV2YWwgPSAnNXMnKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuYXBpUDk1TXMsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5lcnJvclJhdGUsIGFib3J0T25GYWlsOiB0cnVlLCBkZWxheUFib3J0RXZhbCB9XSxcbiAgICB9LFxuICAgIHsgbWV0cmljOiBzdXN0YWluZWRNZXRyaWMsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc+PScsIHZhbHVlOiAwIH1dIH0sXG4gIF07XG59XG5cbi8qKiBUaGUgZ2F0ZXMgb2YgZW50cmllcyB0aGF0IHJ1biB0aGUgdXNlciB3b3JrZmxvd3M6IHBlci1lbmRwb2ludCBsYXRlbmN5IGFuZCBlcnJvcnMsIGFib3J0LCBzdWNjZXNzLCBnZW5lcmF0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdvcmtmbG93R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBkZWxheUFib3J0RXZhbD86IHN0cmluZyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgLi4ubGF0ZW5jeUdhdGVzKHRhcmdldHMsIGVuZHBvaW50cyksXG4gICAgLi4uZXJyb3JHYXRlcyh0YXJnZXRzLCBlbmRwb2ludHMpLFxuICAgIC4uLmFib3J0R2F0ZXMoZGVsYXlBYm9ydEV2YWwpLFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyh0YXJnZXRzKSxcbiAgICAuLi5nZW5lcmF0aW9uR2F0ZXModGFyZ2V0cyksXG4gIF07XG59XG4iLCAiLy8gZ2VuZXJhdGlvbjogaXMgYSBjaGFwdGVyIGdlbmVyYXRlZCBpbiB1bmRlciAyIG1pbnV0ZXMgd2hpbGUgb3RoZXJzIGFyZSBnZW5lcmF0aW5nIHRvbz9cbi8vIEdFTkVSQVRJT05fVVNFUlMgdXNlcnMgKGRlZmF1bHQgMTApIGVhY2ggY3JlYXRlIGEgY291cnNlIG9mIEdFTkVSQVRJT05fQ0hBUFRFUlMgY2hhcHRlcnMgYXQgdGhlXG4vLyBzYW1lIHRpbWUsIHN0YXJ0IGl0cyBnZW5lcmF0aW9uIGFuZCBwb2xsIHRoZSBqb2IgdG8gdGhlIGVuZCwgR0VORVJBVElPTl9DT1VSU0VTX1BFUl9VU0VSIHRpbWVzLlxuLy8gR2F0ZXM6IGNoYXB0ZXIgZ2VuZXJhdGlvbiBwOTUgKGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSA8IFRIUkVTSE9MRF9DSEFQVEVSX1A5NV9TICgxMjApLFxuLy8gZmFpbGVkIG9yIHRpbWVkLW91dCBqb2JzIDwgdGhlIGVycm9yIGJ1ZGdldC4gQ291cnNlIGdlbmVyYXRpb24gdGltZSAoam9iIGFuZCBwb2xsZXIgdmlldykgaXNcbi8vIHJlcG9ydGVkLlxuaW1wb3J0IHsgZW52TnVtYmVyIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgZW50cnlPcHRpb25zIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5pbXBvcnQgeyBndWFyZGVkQ29uZmlnIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnYudHMnO1xuaW1wb3J0IHsgaXRlcmF0aW9uc1BlclVzZXIgfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IHdpdGhTZWNyZXRzIH0gZnJvbSAnLi4vbGliL3VzZXJzL3Nlc3Npb24udHMnO1xuaW1wb3J0IHsgcHJlcGFyZVJ1biwgdHlwZSBSdW5EYXRhIH0gZnJvbSAnLi4vbGliL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGdlbmVyYXRlQ291cnNlIH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0ZS1jb3Vyc2UudHMnO1xuaW1wb3J0IHsgcnVuV29ya2Zsb3cgfSBmcm9tICcuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyc7XG5pbXBvcnQgeyBnZW5lcmF0aW9uR2F0ZXMsIHN1Y2Nlc3NHYXRlcyB9IGZyb20gJy4uL3RocmVzaG9sZHMvZ2F0ZXMudHMnO1xuXG5jb25zdCBjb25maWcgPSBndWFyZGVkQ29uZmlnKCdnZW5lcmF0aW9uJyk7XG5jb25zdCB1c2Vyc04gPSBlbnZOdW1iZXIoX19FTlYsICdHRU5FUkFUSU9OX1VTRVJTJywgMTAsIHsgbWluOiAxLCBtYXg6IDEwXzAwMCwgaW50ZWdlcjogdHJ1ZSB9KTtcbmNvbnN0IHBlclVzZXIgPSBlbnZOdW1iZXIoX19FTlYsICdHRU5FUkFUSU9OX0NPVVJTRVNfUEVSX1VTRVInLCAxLCB7IG1pbjogMSwgbWF4OiAxMDAwLCBpbnRlZ2VyOiB0cnVlIH0pO1xuLy8gQm91bmRlZDogZXZlcnkgam9iIGVpdGhlciBmaW5pc2hlcyBvciB0aW1lcyBvdXQgKEdFTkVSQVRJT05fVElNRU9VVCksIHRoZW4gdGhlIHJ1biBzdG9wcy5cbmNvbnN0IG1heFMgPSBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogcGVyVXNlciArIDYwO1xuLy8gVGhlIHNpZGVjYXIncyBwb2xsZXIgKHdpdGggU0lERUNBUl9VUkwpIHJ1bnMgZm9yIGEgZml4ZWQgdGltZSwgd2hpY2ggd291bGQga2VlcCBhIHJ1biB0aGF0XG4vLyBmaW5pc2hlZCBlYXJseSBhbGl2ZSB1bnRpbCB0aGVuOiBpdCBjb3ZlcnMgdGhlIGV4cGVjdGVkIHRpbWUgKH4xMCBzIHBlciBjaGFwdGVyKSwgbm90IHRoZSB3b3JzdCBjYXNlLlxuY29uc3Qgd2F0Y2hTID0gTWF0aC5taW4obWF4UywgMjAgKyAxMCAqIHBlclVzZXIgKiBjb25maWcuY2hhcHRlcnNQZXJDb3Vyc2UpO1xuXG5leHBvcnQgY29uc3Qgb3B0aW9ucyA9IGVudHJ5T3B0aW9ucyhjb25maWcsICgpID0+ICh7XG4gIHJvbGVzOiBbJ3Bvd2VyJ10sIC8vIGNsYXNzZXMgd2hvc2UgVlVzIGxvZyBpbiBhcyB0aGVpciBvd24gcG9vbCBhY2NvdW50XG4gIHdhbGxUaW1lUzogd2F0Y2hTLFxuICBzY2VuYXJpb3M6IHsgZ2VuZXJhdG9yczogaXRlcmF0aW9uc1BlclVzZXIoJ2dlbmVyYXRvcnMnLCB1c2Vyc04sIHBlclVzZXIsIG1heFMpIH0sXG4gIGdhdGVzOiBbXG4gICAgLi4uZ2VuZXJhdGlvbkdhdGVzKGNvbmZpZy50YXJnZXRzKSxcbiAgICB7IG1ldHJpYzogJ2NvdXJzZV9nZW5lcmF0aW9uX21zJywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPCcsIHZhbHVlOiBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMCB9XSB9LFxuICAgIC4uLnN1Y2Nlc3NHYXRlcyhjb25maWcudGFyZ2V0cyksXG4gIF0sXG59KSk7XG5cbmV4cG9ydCB7IHBvbGxSZXNvdXJjZXMsIHRlYXJkb3duIH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyeS50cyc7XG5leHBvcnQgY29uc3QgaGFuZGxlU3VtbWFyeSA9IG1ha2VIYW5kbGVTdW1tYXJ5KHsgc2NlbmFyaW86ICdnZW5lcmF0aW9uJyB9KTtcblxuZXhwb3J0IGZ1bmN0aW9uIHNldHVwKCk6IFByb21pc2U8UnVuRGF0YT4ge1xuICByZXR1cm4gcHJlcGFyZVJ1bihjb25maWcpO1xufVxuXG5leHBvcnQgY29uc3QgZ2VuZXJhdG9ycyA9IHdpdGhTZWNyZXRzKChkYXRhOiBSdW5EYXRhKTogdm9pZCA9PiB7XG4gIHJ1bldvcmtmbG93KCdnZW5lcmF0aW9uJywgZ2VuZXJhdGVDb3Vyc2UsIHsgY29uZmlnLCBkYXRhIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBaUNPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWNBLE9BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU1DLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBT0QsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLElBQUssQ0FBQyxTQUFTLEtBQU07QUFBQSxpQkFDN0MsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUN4QixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFDLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSTtBQUM3QyxNQUFBQSxNQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFFBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxTQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsYUFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDakQ7QUFDQSxNQUFJLENBQUMsUUFBUyxDQUFBQSxNQUFLLEdBQUcscUZBQXFGO0FBQzNHLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxNQUFjLE1BQXlCO0FBQ25FLFFBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxRQUFNLFdBQVc7QUFDakIsYUFBVyxRQUFRLEtBQ2hCLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQzFCLFVBQU0sUUFBUSxvQ0FBb0MsS0FBSyxJQUFJO0FBQzNELFFBQUksQ0FBQztBQUNILFlBQU0sSUFBSSxlQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxJQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDekcsVUFBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUMzQztBQUNBLE1BQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsVUFBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUMxRixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFVBQVUsTUFBWSxHQUFtQjtBQUN2RCxTQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDOUM7QUFHTyxTQUFTLG9CQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsYUFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFHOUc7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLFdBQTREO0FBQ3BGLE1BQUksUUFBUTtBQUNaLGFBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLFVBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsVUFBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFFBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztBQUFBLGFBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO0FBQUEsYUFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtBQUFBLFFBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTztBQUNUOzs7QUMzRk8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBSUEsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxRQUFNLFdBQVc7QUFDakIsTUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsUUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsTUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsU0FBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0FBQ2pDO0FBRUEsU0FBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQ2pELFFBQU0sUUFBUSx5Q0FBeUMsS0FBSyxLQUFLO0FBQ2pFLFFBQU0sV0FBVztBQUNqQixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RDLFFBQU0sTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNCLFFBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFZLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRCxNQUFJLE1BQU0sT0FBTyxNQUFNLEdBQUksTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNyRCxTQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ3BCO0FBRUEsU0FBUyxLQUFLLEtBQVUsTUFBdUI7QUFDN0MsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsTUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsU0FBTyxLQUFLLE1BQU0sT0FBTyxlQUFlO0FBQzFDO0FBRUEsU0FBUyxTQUFTLEtBQVUsTUFBd0I7QUFDbEQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPLENBQUM7QUFDakQsUUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsWUFBWSxDQUFDO0FBQ3RFLE1BQUksTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLG1DQUFtQyxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3hFLFNBQUssTUFBTSxPQUFPLHNGQUFzRjtBQUFBLEVBQzFHO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLFNBQU87QUFBQSxJQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7QUFBQSxJQUNqRCxVQUFVLEtBQUssS0FBSyxHQUFHLE1BQU0sYUFBYSxnQkFBZ0I7QUFBQSxFQUM1RDtBQUNGO0FBRUEsU0FBUyxTQUFTLEtBQVUsTUFBcUM7QUFDL0QsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPO0FBQ2hELE1BQUk7QUFDRixXQUFPLGNBQWMsT0FBTyxJQUFJO0FBQUEsRUFDbEMsU0FBUyxPQUFPO0FBQ2QsVUFBTSxJQUFJLFlBQVksaUJBQWlCLGlCQUFpQixNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxFQUN2RjtBQUNGO0FBRUEsU0FBUyxRQUFRLEtBQTZCO0FBQzVDLFFBQU0sVUFBVSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssK0JBQStCLEVBQUU7QUFDckUsUUFBTSxZQUFZLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSyxpQ0FBaUMsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDO0FBQzNGLE1BQUksWUFBWTtBQUNkLFNBQUssaUNBQWlDLE9BQU8sU0FBUyxHQUFHLHdDQUF3QyxPQUFPLEdBQUc7QUFDN0csU0FBTyxFQUFFLFNBQVMsV0FBVyxRQUFRLEtBQUssS0FBSyw0QkFBNEIsRUFBRTtBQUMvRTtBQUdPLFNBQVMsWUFBWSxLQUFrQjtBQUM1QyxRQUFNLElBQUk7QUFDVixRQUFNLFlBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixRQUFNLFVBQVUsUUFBUSxHQUFHLEtBQUssSUFBSTtBQUFBLElBQ2xDO0FBQUEsSUFDQTtBQUFBLElBQ0EsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNyRDtBQUNBLFNBQU87QUFBQSxJQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO0FBQUEsSUFDckQsT0FBTztBQUFBLE1BQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7QUFBQSxNQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxNQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7QUFBQSxJQUM3RTtBQUFBLElBQ0E7QUFBQSxJQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7QUFBQSxJQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtBQUFBLElBQ2hFO0FBQUEsSUFDQSxXQUFXLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxRQUFRLEtBQUssMEJBQTBCO0FBQUEsSUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO0FBQUEsSUFDbkQsZUFBZSxTQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7QUFBQSxJQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7QUFBQSxJQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO0FBQUEsSUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO0FBQUEsSUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO0FBQUEsSUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO0FBQUEsSUFDdkQsU0FBUztBQUFBLE1BQ1AsVUFBVSxPQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtBQUFBLE1BQ3hELFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxhQUFhLE9BQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO0FBQUEsTUFDakUsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLFlBQVksT0FBTyxLQUFLLDBCQUEwQixFQUFFLFVBQVU7QUFBQSxNQUM5RCxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO0FBQUEsTUFDN0YsYUFBYSxTQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztBQUFBLE1BQ2xFLFdBQVcsU0FBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7QUFBQSxNQUM1RCxjQUFjO0FBQUEsUUFDWjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLE1BQ0YsRUFBRSxLQUFLLDJCQUEyQixFQUFFLFlBQVk7QUFBQSxNQUNoRCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO0FBQUEsTUFDekUsWUFBWSxTQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtBQUFBLE1BQzlGLHNCQUFzQjtBQUFBLFFBQ3BCO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRixFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO0FBQUEsSUFDckU7QUFBQSxJQUNBLFdBQVcsSUFBSSxLQUFLLHdCQUF3QixLQUFLO0FBQUEsSUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtBQUFBLElBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtBQUFBLElBQ3JELFNBQVMsUUFBUSxHQUFHO0FBQUEsRUFDdEI7QUFDRjtBQUdPLFNBQVMsT0FBTyxTQUF5QjtBQUM5QyxRQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxVQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtBQUN4QztBQUVPLFNBQVMsV0FBVyxNQUF1QjtBQUNoRCxTQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7QUFDbkg7QUFNTyxTQUFTLG9CQUFvQkMsU0FBZ0IsT0FBcUI7QUFDdkUsUUFBTSxPQUFPLE9BQU9BLFFBQU8sT0FBTztBQUNsQyxNQUFJLFdBQVcsSUFBSSxLQUFLQSxRQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsUUFBTSxJQUFJO0FBQUEsSUFDUixvQkFBb0IsS0FBSyxhQUFhQSxRQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7QUFBQSxFQUNoRjtBQUNGO0FBTU8sU0FBUyxVQUNkLEtBQ0EsTUFDQSxVQUNBLE9BQ1E7QUFDUixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUMvTkEsSUFBSTtBQUNKLElBQU0sVUFBVSxNQUNiLGFBQWE7QUFBQSxFQUNaLFlBQVk7QUFBQSxFQUNaLFNBQVM7QUFBQSxFQUNULFlBQVk7QUFDZDtBQUdLLFNBQVMsVUFBVSxRQUFnQixNQUF1QztBQUMvRSxNQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFFBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsTUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFFBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLFlBQU0sSUFBSTtBQUFBLFFBQ1IsZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU07QUFBQSxNQUMxQztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ2hGO0FBR08sU0FBUyxXQUFXLE1BQW1EO0FBQzVFLFFBQU0sYUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxNQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsVUFBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7QUFBQSxFQUNsRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLFVBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxTQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0FBQzVDO0FBRUEsU0FBUyxLQUFLLE1BQXlCO0FBQ3JDLFFBQU1DLFFBQU8sV0FBVyxJQUFJO0FBQzVCLE1BQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsU0FBTztBQUFBLElBQ0wsV0FBV0E7QUFBQSxJQUNYLGFBQWE7QUFBQSxJQUNiLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQztBQUFBLEVBQ3ZFO0FBQ0Y7QUFHTyxTQUFTLGVBQWUsT0FBNkI7QUFDMUQsUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sTUFBTSxVQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsUUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLEVBQzFEO0FBQ0EsU0FBTztBQUNUOzs7QUN6Q08sSUFBTSxnQkFBZ0IsQ0FBQyxhQUM1QixTQUFTLGFBQWEsMkJBQTJCLFNBQVMsYUFBYTs7O0FDd0RsRSxJQUFNLHNCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQTRDM0YsU0FBUyxrQkFBa0JDLE9BQWMsS0FBYSxZQUFvQixjQUFnQztBQUMvRyxTQUFPLEVBQUUsVUFBVSxxQkFBcUIsTUFBQUEsT0FBTSxLQUFLLFlBQVksYUFBYSxHQUFHLFlBQVksSUFBSTtBQUNqRzs7O0FDN0lBLFNBQVMsYUFBYTtBQUN0QixPQUFPLFVBQVU7QUFDakIsT0FBTyxVQUFVO0FBQ2pCLFNBQVMsU0FBUyxhQUFhO0FBS3hCLElBQU0sbUJBQW1CLElBQUksTUFBTSxvQkFBb0I7QUFFdkQsSUFBTSx3QkFBd0IsSUFBSSxNQUFNLDBCQUEwQjtBQUVsRSxJQUFNLGlCQUFpQixJQUFJLE1BQU0sa0JBQWtCO0FBRW5ELElBQU0sdUJBQXVCLElBQUksUUFBUSx3QkFBd0I7QUFFakUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLGlDQUFpQztBQVc3RSxJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBQ0osSUFBSSxhQUFhO0FBTWpCLFNBQVMsVUFBVSxZQUFvQixPQUFxQztBQUMxRSxRQUFNLE1BQU0sS0FBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO0FBQUEsSUFDdEUsR0FBRztBQUFBLElBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxFQUNoRCxDQUFVO0FBQ1YsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7QUFDOUM7QUFHQSxJQUFNLFNBQVM7QUFVUixTQUFTLGtCQUFrQixXQUFtQixXQUE4QjtBQUNqRixTQUFPO0FBQUEsSUFDTCxVQUFVO0FBQUEsSUFDVixNQUFNO0FBQUEsSUFDTixLQUFLO0FBQUEsSUFDTCxVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQUEsSUFDOUMsY0FBYyxHQUFHLE1BQU07QUFBQSxJQUN2QixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztBQUFBLEVBQ25DO0FBQ0Y7QUFFQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU08sU0FBUyxjQUFjLFlBQTBCO0FBRXRELE1BQUksQ0FBQyxXQUFZLGNBQWEsVUFBVSxZQUFZLE1BQU07QUFDMUQsYUFBUztBQUNQLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsYUFBUyxVQUFVO0FBQ25CLFVBQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxRQUFJLEtBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsUUFBSSxLQUFLLFNBQVMsYUFBYSxFQUFHO0FBQUEsRUFDcEM7QUFDQSxZQUFVLFlBQVksVUFBVTtBQUNoQyxXQUFTLFVBQVU7QUFDckI7QUFFQSxTQUFTLFNBQVMsWUFBMEI7QUFDMUMsUUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FDSixJQUFJLFdBQVcsTUFBTSxNQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6Qyx5QkFBcUIsSUFBSSxDQUFDO0FBQzFCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxzQkFBcUIsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUMzRyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQ3BDLFFBQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxVQUFVLE9BQVE7QUFDM0QscUJBQWlCLElBQUksT0FBTyxXQUFXO0FBQ3ZDLDBCQUFzQixJQUFJLE9BQU8saUJBQWlCO0FBQ2xELG1CQUFlLElBQUksT0FBTyxTQUFTO0FBQUEsRUFDckM7QUFHQSxNQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLFNBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtBQUN2RjtBQU9PLFNBQVMsUUFBUSxZQUEwQjtBQUNoRCxZQUFVLFlBQVksVUFBVTtBQUNoQyxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxZQUFZLElBQWE7QUFDM0QsUUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLE1BQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCO0FBQ3pELHVCQUFtQixJQUFJLFFBQVEsd0JBQXdCO0FBQzNEO0FBZU8sU0FBUyxjQUFjLFFBQWdDO0FBQzVELFFBQU0sUUFBZ0I7QUFBQSxJQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO0FBQUEsSUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtBQUFBLEVBQ2pHO0FBQ0EsTUFBSSxPQUFPLG1CQUFtQjtBQUM1QixVQUFNLEtBQUs7QUFBQSxNQUNULFFBQVE7QUFBQSxNQUNSLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQztBQUFBLElBQ2hFLENBQUM7QUFDSCxNQUFJLE9BQU87QUFDVCxVQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUNoRyxTQUFPO0FBQ1Q7OztBQ3JLQSxTQUFTLG1CQUFtQjtBQUM1QixPQUFPQyxXQUFVOzs7QUNEVixJQUFNLFNBQWlCLFlBQVksS0FBSztBQUd4QyxTQUFTLGNBQWMsT0FBdUI7QUFDbkQsc0JBQW9CLFFBQVEsS0FBSztBQUNqQyxTQUFPO0FBQ1Q7OztBRGdCQSxTQUFTLFNBQVMsTUFBc0I7QUFDdEMsTUFBSTtBQUNGLFdBQU8sS0FBSyxJQUFJO0FBQUEsRUFDbEIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxJQUFJO0FBQUEsTUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNqRTtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVE7QUFDakIsV0FBTyxJQUFJLElBQUksSUFBSTtBQUFBLE1BQ2pCLFNBQVMsSUFBSTtBQUFBLE1BQ2IsTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO0FBQUEsSUFDaEQ7QUFDRixTQUFPO0FBQUEsSUFDTCxRQUFRLDBCQUEwQixJQUFJO0FBQUEsSUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsSUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUVPLFNBQVMsU0FBU0MsU0FBc0I7QUFDN0MsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsT0FBT0EsUUFBTztBQUFBLE1BQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUFBLElBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO0FBQUEsRUFDN0U7QUFDRjtBQUdPLFNBQVMsWUFBWUMsT0FBWSxNQUFZQyxnQkFBNEM7QUFDOUYsUUFBTSxPQUFPRCxNQUFLLE1BQU0sSUFBSTtBQUM1QixTQUFPLFNBQVMsSUFBSSxTQUFZQSxNQUFLLFFBQVEsT0FBT0UsTUFBSyxHQUFHLFdBQVcsS0FBSyxNQUFNRCxjQUFhO0FBQ2pHO0FBR08sU0FBUyxlQUFlRCxPQUFZLE9BQXdCLE9BQXFCO0FBQ3RGLFFBQU0sU0FBb0IsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMzRCxhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxRQUFNLFVBQVUsb0JBQW9CQSxNQUFLLE9BQU8sUUFBUUEsTUFBSyxNQUFNO0FBQ25FLE1BQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0FBQ3RDO0FBR08sSUFBTSxPQUFhLFNBQVMsTUFBUzs7O0FFOUU1QyxTQUFTLFNBQUFHLGNBQWE7QUFDdEIsT0FBT0MsV0FBVTtBQUNqQixPQUFPQyxXQUFVO0FBQ2pCLE9BQU8sYUFBYTs7O0FDTHBCLFNBQVMsYUFBYTtBQUN0QixPQUFPQyxXQUF1RDs7O0FDa0J2RCxJQUFNLFlBQVk7OztBQ2hCekIsSUFBTSxNQUFNLENBQUMsT0FBbUIsbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBRXRELElBQU0sUUFBUTtBQUFBLEVBQ25CLFFBQVEsTUFBTTtBQUFBLEVBQ2QsT0FBTyxNQUFNO0FBQUEsRUFDYixTQUFTLE1BQU07QUFBQSxFQUNmLFFBQVEsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQzlDLFVBQVUsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ2hELEtBQUssQ0FBQyxPQUFXLGdCQUFnQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3hDLFNBQVMsQ0FBQyxJQUFRLFVBQWtCLG1CQUFtQixJQUFJLEVBQUUsQ0FBQyxhQUFhLEtBQUs7QUFBQSxFQUNoRixjQUFjLENBQUMsT0FBVyxtQkFBbUIsSUFBSSxFQUFFLENBQUM7QUFBQSxFQUNwRCxZQUFZLE1BQU07QUFBQSxFQUNsQixXQUFXLE1BQU07QUFBQSxFQUNqQixZQUFZLE1BQU07QUFDcEI7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUNyRixXQUFXLFlBQVksWUFBWTtBQUNqQyxpQkFBZSxRQUFvQixJQUFJLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQW9CLEVBQUU7QUFDOUc7QUFHTyxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsU0FBTyxlQUFlLFFBQVE7QUFDaEM7OztBRnNDQSxJQUFNLFFBQVEsQ0FBSSxTQUE4QztBQUVoRSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBRS9DLElBQU0sU0FBUztBQUFBLEVBQ3BCLFFBQVEsTUFBMEIsQ0FBQyxVQUFVLE1BQU0sUUFBUSxNQUFNLElBQUk7QUFBQSxFQUNyRSxPQUFPLE1BQWEsQ0FBQyxVQUFVO0FBQzdCLFVBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsRUFDaEQsQ0FBQztBQUFBLEVBQ0QsWUFBWSxNQUFrQixDQUFDLFVBQVUsUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hHLFFBQVEsTUFBYyxDQUFDLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLEVBQ3hGLG9CQUFvQixNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsYUFBYSxNQUF5QyxDQUFDLFVBQVUsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDdEYsS0FBSyxNQUFXLENBQUMsVUFBVSxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsRUFDOUYsU0FBUyxNQUFlLENBQUMsVUFBVSxPQUFPLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUN2RSxXQUFXLE1BQStCLENBQUMsVUFBVTtBQUNuRCxVQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLFdBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUM1RSxDQUFDO0FBQ0g7QUFTQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtBQUNsRTtBQUdBLElBQUk7QUFFSixJQUFNLFlBQW1CLENBQUMsU0FBUztBQUNqQyxNQUFJO0FBQ0YsV0FBTyxRQUFTLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGFBQU4sTUFBeUM7QUFBQSxFQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTO0FBQ0E7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsU0FBUSxnQkFBZ0IsTUFBTSxNQUFNQyxNQUFLLGlCQUFpQixNQUFNO0FBQ2xFO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJQyxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFFBQUksQ0FBQ0EsU0FBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsTUFBQUEsVUFBUztBQUFBLFFBQ1A7QUFBQSxRQUNBLE1BQU0sWUFBWSxRQUFRO0FBQUEsUUFDMUIsU0FBUyxLQUFLO0FBQUEsUUFDZCxrQkFBa0IsYUFBYSxRQUFRO0FBQUEsTUFDekM7QUFFQSxVQUFJLENBQUMsVUFBVyxDQUFBQSxRQUFPLGVBQWU7QUFDdEMsV0FBSyxPQUFPLFFBQVEsSUFBSUE7QUFBQSxJQUMxQjtBQUNBLFdBQU9BO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBQyxRQUNBLFNBQ1c7QUFDWCxVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU1DLE1BQUs7QUFBQSxNQUNmO0FBQUEsTUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7QUFBQSxNQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7QUFBQSxNQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWFELFdBQVUsTUFBUztBQUFBLElBQ3JFO0FBRUEsVUFBTSxTQUFTLElBQUk7QUFDbkIsVUFBTSxXQUFXLFdBQVc7QUFDNUIsUUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFFBQUksVUFBVSxDQUFDQTtBQUNmLFFBQUlBLFVBQVMsVUFBVTtBQUNyQixnQkFBVTtBQUNWLGdCQUFVLE9BQU8sR0FBRyxLQUFLQSxPQUFNLFNBQVM7QUFDeEMsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVVBLFdBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFdBQU8sSUFBSSxXQUFjLE9BQU8sUUFBUUEsVUFBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO0FBQUEsRUFDeEY7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxNQUFNLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTTtBQUFBLEVBQ3RFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLE1BQU0sTUFBTSxHQUFHLEtBQUssT0FBTyxPQUFPLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUN6RjtBQUFBLEVBRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFFBQUksU0FBUztBQUNiLGVBQVcsT0FBTyxPQUFPO0FBQ3ZCLFlBQU0sUUFBUSxNQUFNLEdBQXlCO0FBQzdDLFVBQUksVUFBVSxPQUFXLFdBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3JHO0FBQ0EsV0FBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBRyxNQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLE9BQU8sVUFBVTtBQUFBLEVBQy9GO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLE1BQU0sUUFBUSxHQUFHLEtBQUssT0FBTyxRQUFRLE1BQU07QUFBQSxFQUN2RjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sTUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLLE9BQU8sa0JBQWtCO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxRQUFRLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQzlFO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLE1BQU0sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLE1BQU0sSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLEdBQUc7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUcsS0FBSyxPQUFPLE9BQU87QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsTUFBTSxhQUFhLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUN2RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sV0FBVyxHQUFHLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxNQUFNLFVBQVUsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ3BHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUNGOzs7QUczVUEsU0FBUyxTQUFBRSxjQUFhO0FBQ3RCLE9BQU9DLFdBQTBFOzs7QUNIMUUsSUFBTSxnQkFBZ0I7QUFFdEIsSUFBTSxtQkFBbUI7QUFFekIsU0FBUyxhQUFhLEdBQW1CO0FBQzlDLFNBQU8sR0FBRyxhQUFhLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUN2RDtBQUdPLFNBQVMsU0FBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELFNBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztBQUM1RTtBQUdPLFNBQVMsUUFBUSxPQUFtQztBQUN6RCxRQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxTQUFPLFFBQVEsQ0FBQztBQUNsQjtBQUdPLFNBQVMsV0FBVyxPQUFtQztBQUM1RCxRQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLFNBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0FBQ3BDO0FBT08sSUFBTSxxQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFPekMsU0FBUyxXQUFXLE9BQWUsU0FBaUIsS0FBdUI7QUFDaEYsTUFBSSxDQUFDLE1BQU0sV0FBVyxnQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFFBQU0sUUFBUSxRQUFRLEtBQUs7QUFDM0IsTUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsUUFBTSxVQUFVLFdBQVcsS0FBSztBQUNoQyxTQUFPLFlBQVksVUFBYSxXQUFXLFdBQVcsT0FBTyxLQUFLLEtBQUs7QUFDekU7OztBRHBDQSxJQUFNLGNBQWM7QUFDcEIsSUFBTSxhQUFhO0FBc0JuQixJQUFNLFdBQVc7QUFFakIsSUFBSSxVQUFVO0FBQ2QsSUFBTSxZQUFZLENBQUMsUUFBa0IsSUFBSSxXQUFXLEtBQUssSUFBSSxVQUFVO0FBVXZFLFNBQVMsUUFBUUMsUUFBZSxNQUFtQyxVQUFvRDtBQUNySCxXQUFTLFFBQVEsR0FBRyxRQUFRQSxRQUFPLFNBQVMsYUFBYTtBQUN2RCxVQUFNLFFBQXdCLENBQUM7QUFDL0IsYUFBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUlBLFFBQU8sUUFBUSxXQUFXLEdBQUcsSUFBSyxPQUFNLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDckYsVUFBTSxNQUFNQyxNQUFLLE1BQU0sS0FBSztBQUM1QixhQUFTLFVBQVUsR0FBRyxVQUFVLFVBQVUsV0FBVztBQUNuRCxZQUFNLFFBQVEsSUFBSSxJQUFJLENBQUMsS0FBSyxNQUFPLFVBQVUsR0FBRyxJQUFJLElBQUksRUFBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztBQUNqRixVQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLGlCQUFXLE1BQU07QUFDakIsTUFBQUMsT0FBTSxNQUFNLE1BQU0sVUFBVSxFQUFFO0FBQzlCLE1BQUNELE1BQUssTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBaUIsUUFBUSxDQUFDLEtBQUssTUFBTyxJQUFJLE1BQU0sQ0FBQyxDQUFFLElBQUksR0FBSTtBQUFBLElBQ3BHO0FBQ0EsUUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNLFNBQVMsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ2xEO0FBQ0Y7QUFHQSxTQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLE9BQU87QUFDOUQsUUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLE1BQUksU0FBVSxTQUFRLGNBQWMsSUFBSTtBQUN4QyxNQUFJLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2xELFNBQU8sRUFBRSxTQUFTLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSxVQUFVLElBQUksR0FBRyxHQUFHLFNBQVMsTUFBTTtBQUNyRjtBQUVBLFNBQVMsS0FBUSxLQUE4QjtBQUM3QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO0FBQUEsRUFDdEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLFdBQ2RFLFNBQ0EsT0FDQSxVQUMrQztBQUMvQyxRQUFNLFNBQXdELEVBQUUsT0FBTyxRQUFXLFFBQVEsRUFBRTtBQUM1RjtBQUFBLElBQ0U7QUFBQSxJQUNBLE9BQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLEtBQUssR0FBR0EsUUFBTyxPQUFPLEdBQUcsTUFBTSxNQUFNLENBQUM7QUFBQSxNQUN0QyxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsTUFDeEMsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO0FBQUEsSUFDekM7QUFBQSxJQUNBLENBQUMsUUFBUTtBQUNQLGFBQU8sU0FBUyxJQUFJO0FBQ3BCLGFBQU8sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUFBLElBQzNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVFPLFNBQVMsY0FBY0EsU0FBZ0IsUUFBZ0M7QUFDNUUsUUFBTSxFQUFFLFNBQVMsUUFBUSxXQUFXLGtCQUFrQixPQUFPLElBQUlBLFFBQU87QUFDeEUsUUFBTSxTQUF3QjtBQUFBLElBQzVCLFVBQVUsT0FBTztBQUFBLElBQ2pCLFNBQVM7QUFBQSxJQUNULFFBQVE7QUFBQSxJQUNSLFNBQVM7QUFBQSxJQUNULFdBQVc7QUFBQSxJQUNYLFNBQVM7QUFBQSxFQUNYO0FBQ0EsTUFBSSxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoRCxRQUFNLGdCQUFnQjtBQUN0QixRQUFNLE9BQU9BLFFBQU87QUFFcEIsUUFBTSxTQUFtQixDQUFDO0FBQzFCLFFBQU0sUUFBUSxDQUFDLFVBQ2I7QUFBQSxJQUNFLE1BQU07QUFBQSxJQUNOLENBQUMsT0FBTztBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE1BQU0sQ0FBQztBQUFBLE1BQzVCLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsT0FBTyxVQUFVLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxTQUFTLENBQUM7QUFBQSxNQUMvRixRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7QUFBQSxJQUN6QztBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFDeEYsVUFBSSxDQUFDO0FBQ0gsY0FBTSxJQUFJO0FBQUEsVUFDUiwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDeEg7QUFDRixhQUFPLE1BQU0sQ0FBQyxDQUFFLElBQUk7QUFBQSxJQUN0QjtBQUFBLEVBQ0Y7QUFDRixRQUFNLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLENBQUM7QUFFN0IsUUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLGFBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDcEcsUUFBTSxPQUFPLE1BQWdCO0FBQzNCLFVBQU1DLFVBQW1CLENBQUM7QUFDMUI7QUFBQSxNQUNFLE9BQU87QUFBQSxNQUNQLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFO0FBQUEsTUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixjQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxJQUFJO0FBQ3RGLFlBQUksQ0FBQztBQUNILGdCQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDeEcsUUFBQUEsUUFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUFBLE1BQ3BFO0FBQUEsSUFDRjtBQUNBLFdBQU9BO0FBQUEsRUFDVDtBQUNBLE1BQUksU0FBUyxLQUFLO0FBRWxCLE1BQUksUUFBUTtBQUVWLGFBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ2pGLFlBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxHQUFHLEdBQUcsRUFBRSxDQUFDO0FBQzdFO0FBQUEsUUFDRSxPQUFPO0FBQUEsUUFDUCxDQUFDLE9BQU87QUFBQSxVQUNOLFFBQVE7QUFBQSxVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztBQUFBLFVBQzFDLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxPQUFPLENBQUMsRUFBRyxLQUFLLENBQUM7QUFBQSxRQUMzRDtBQUFBLFFBQ0EsQ0FBQyxRQUFRO0FBQ1AsY0FBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO0FBQUEsUUFDakM7QUFBQSxNQUNGO0FBQ0EsZUFBUyxLQUFLO0FBQUEsSUFDaEI7QUFBQSxFQUNGO0FBRUEsUUFBTSxZQUErRCxDQUFDO0FBQ3RFLFNBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixVQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsUUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixhQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUTtBQUNsQyxnQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLEdBQUcsVUFBVSxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQixDQUFDO0FBQUEsRUFDL0YsQ0FBQztBQUNELFFBQU0sYUFBMEMsQ0FBQztBQUNqRDtBQUFBLElBQ0UsVUFBVTtBQUFBLElBQ1YsQ0FBQyxNQUFNO0FBQ0wsWUFBTSxFQUFFLE9BQU8sR0FBRyxTQUFTLElBQUksVUFBVSxDQUFDO0FBQzFDLFlBQU0sU0FBUztBQUFBLFFBQ2IsT0FBTyxhQUFhLENBQUM7QUFBQSxRQUNyQixPQUFPLGlCQUFpQixDQUFDO0FBQUEsUUFDekIsT0FBTztBQUFBLFFBQ1AsZUFBZSxXQUFXLElBQUk7QUFBQSxNQUNoQztBQUNBLGFBQU87QUFBQSxRQUNMLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUM7QUFBQSxRQUM5QixNQUFNLEtBQUssVUFBVSxNQUFNO0FBQUEsUUFDM0IsUUFBUSxPQUFPLGtCQUFrQixPQUFPLEtBQUssR0FBRyxJQUFJO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxVQUFJLE9BQU87QUFDVCxjQUFNLElBQUk7QUFBQSxVQUNSLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUN2RztBQUNGLGFBQU87QUFDUCxVQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztBQUFBLElBQ2hGO0FBQUEsRUFDRjtBQUVBLE1BQUksT0FBdUMsQ0FBQztBQUM1QztBQUFBLElBQ0UsV0FBVztBQUFBLElBQ1gsQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sU0FBUyxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxNQUNoRCxNQUFNO0FBQUEsTUFDTixRQUFRLE9BQU8sb0JBQW9CLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxHQUFHLElBQUk7QUFBQSxJQUN2RTtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsVUFBSSxVQUFVO0FBQ1osY0FBTSxJQUFJO0FBQUEsVUFDUixvQ0FBb0MsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDMUc7QUFDRixXQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTSxDQUFDO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQ0EsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJRCxRQUFPLHFCQUFxQjtBQUMxRCxTQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLFFBQUksS0FBSyxJQUFJLElBQUk7QUFDZixZQUFNLElBQUk7QUFBQSxRQUNSLFlBQVksS0FBSyxNQUFNLCtEQUErREEsUUFBTyxrQkFBa0I7QUFBQSxNQUNqSDtBQUNGLElBQUFELE9BQU0sQ0FBQztBQUNQLFVBQU1HLFFBQW9CLENBQUM7QUFDM0IsVUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEM7QUFBQSxNQUNFLEtBQUs7QUFBQSxNQUNMLENBQUMsT0FBTztBQUFBLFFBQ04sUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsUUFDeEMsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztBQUFBLE1BQzNEO0FBQUEsTUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLFlBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsa0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCLFVBQUFBLE1BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtBQUFBLFFBQ0Y7QUFDQSxZQUFJLElBQUksV0FBVztBQUNqQixnQkFBTSxJQUFJO0FBQUEsWUFDUiwwQ0FBMEMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEdBQUcsSUFBSSxRQUFRLEtBQUssSUFBSSxLQUFLLE1BQU0sRUFBRTtBQUFBLFVBQy9JO0FBQ0YsY0FBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsWUFBSSxRQUFRLFdBQVc7QUFDckIsZ0JBQU0sSUFBSTtBQUFBLFlBQ1IsbUNBQW1DLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssWUFBWSxPQUFPLFNBQVMsaUJBQWlCO0FBQUEsVUFDL0c7QUFDRixZQUFJLFFBQVEsV0FBVyxZQUFhLFFBQU87QUFBQSxZQUN0QyxDQUFBQSxNQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFBQSxNQUN6QjtBQUFBLElBQ0Y7QUFDQSxRQUFJLFFBQVEsT0FBTyxFQUFHLE9BQU0sQ0FBQyxHQUFHLE9BQU8sQ0FBQztBQUN4QyxXQUFPQTtBQUFBLEVBQ1Q7QUFDQSxTQUFPLFVBQVUsVUFBVTtBQUMzQixTQUFPO0FBQ1Q7QUFNTyxTQUFTLGNBQ2RGLFNBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixRQUFNLE9BQU9BLFFBQU87QUFDcEIsTUFBSSxVQUFVO0FBQ2QsTUFBSSxTQUFTO0FBQ2IsV0FBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsUUFBSSxRQUFxQyxDQUFDO0FBQzFDO0FBQUEsTUFDRTtBQUFBLE1BQ0EsT0FBTztBQUFBLFFBQ0wsUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtBQUFBLFFBQ25HLFFBQVEsT0FBTyxrQkFBa0IsVUFBVTtBQUFBLE1BQzdDO0FBQUEsTUFDQSxDQUFDLFFBQVE7QUFDUCxpQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7QUFBQSxNQUMxRztBQUFBLElBQ0Y7QUFDQSxRQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLFVBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsUUFBSSxPQUFPO0FBQ1g7QUFBQSxNQUNFLE9BQU87QUFBQSxNQUNQLENBQUMsT0FBTztBQUFBLFFBQ04sUUFBUTtBQUFBLFFBQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO0FBQUEsUUFDMUMsUUFBUSxPQUFPLG9CQUFvQixVQUFVO0FBQUEsTUFDL0M7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLFlBQUksSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXLElBQUs7QUFBQSxNQUNoRDtBQUFBLElBQ0Y7QUFDQSxlQUFXO0FBQ1gsY0FBVSxNQUFNLFNBQVM7QUFBQSxFQUMzQjtBQUNBLFNBQU87QUFDVDs7O0FKelNBLElBQU0sZUFBZTtBQUNyQixJQUFNLGdCQUFnQjtBQUV0QixTQUFTLE1BQU0sU0FBd0I7QUFDckMsRUFBQUcsTUFBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixRQUFNLElBQUksTUFBTSxPQUFPO0FBQ3pCO0FBRUEsU0FBUyxNQUFNLFNBQXVCO0FBQ3BDLFFBQU1DLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFFBQU0sTUFBTUMsTUFBSyxJQUFJRCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILE1BQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7QUFBQSxNQUNFLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYTtBQUFBLElBQ3ZHO0FBQUEsRUFDRjtBQUNBLE1BQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7QUFBQSxNQUNFLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTTtBQUFBLElBQy9DO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxjQUFjRSxTQUFnQkMsU0FBdUMsTUFBb0I7QUFDaEcsU0FBT0EsUUFBTyxJQUFJLEtBQUtELFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDNUM7QUFNQSxTQUFTLE1BQU1BLFNBQWdCQyxTQUF1QyxNQUFvQjtBQUN4RixNQUFJLEtBQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUcsS0FBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0QsU0FBUUMsU0FBUSxJQUFJLENBQUM7QUFDckYsUUFBTSxTQUFTLFdBQVdELFNBQVEsT0FBTyxRQUFRO0FBQ2pELE1BQUksQ0FBQyxPQUFPLE9BQU87QUFDakIsVUFBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsVUFBTSxRQUFRQSxRQUFPLFlBQ2pCLGVBQWVBLFFBQU8sU0FBUyxLQUMvQkEsUUFBTyxZQUNMLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUNwRCxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQ3pDLFVBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7QUFBQSxFQUN4RztBQUNBLFNBQU8sT0FBTztBQUNoQjtBQUVBLFNBQVMsWUFBWSxRQUFtQixPQUFlQSxTQUFzQjtBQUMzRSxRQUFNLE9BQWEsQ0FBQztBQUNwQixRQUFNLFlBQWtCLENBQUM7QUFDekIsV0FBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsVUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLE1BQ2xDLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQztBQUFBLE1BQzlCLE9BQU87QUFBQSxNQUNQLE9BQU87QUFBQSxNQUNQLGVBQWU7QUFBQSxJQUNqQixDQUFDO0FBQ0QsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixVQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFFBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsY0FBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLFNBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtBQUFBLEVBQy9CO0FBQ0EsUUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQjtBQUMxRCxhQUFXLFNBQVMsTUFBTTtBQUN4QixlQUFTO0FBQ1AsWUFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsVUFBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxVQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxVQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsY0FBTSw2REFBNkRBLFFBQU8sa0JBQWtCLElBQUk7QUFDbEcsTUFBQUUsT0FBTSxHQUFHO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFRQSxlQUFzQixrQkFBMEQ7QUFDOUUsUUFBTSxRQUF1QyxDQUFDO0FBQzlDLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO0FBQUEsSUFDOUIsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxjQUFjRixTQUFnQkMsU0FBZ0Q7QUFDckYsUUFBTSxRQUFRLFVBQVdKLE1BQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxRQUFNLFNBQWtCLENBQUM7QUFDekIsYUFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUksS0FBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUc7QUFDckQsYUFBTyxLQUFLLEVBQUUsTUFBTSxHQUFHLEtBQUssUUFBUSxNQUFNLEdBQUcsY0FBY0csU0FBUUMsU0FBUSxJQUFJLENBQUMsRUFBRSxDQUFDO0FBQUEsRUFDdkY7QUFDQSxTQUFPO0FBQ1Q7QUFTQSxlQUFzQixXQUFXRCxTQUFnQkcsV0FBMEIsQ0FBQyxHQUFxQjtBQUMvRixRQUFNSCxRQUFPLE9BQU87QUFDcEIsUUFBTUMsVUFBUyxNQUFNLGdCQUFnQjtBQUNyQyxRQUFNRyxhQUFZLElBQUksVUFBVUosUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDbEUsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUksTUFBTUEsU0FBUUMsU0FBUSxJQUFJO0FBQ25FLFFBQU0sUUFBUSxTQUFTO0FBQ3ZCLFFBQU0sUUFBUSxjQUFjRCxTQUFRLE9BQU8sT0FBTyxrQkFBa0IsQ0FBQyxVQUFVLFdBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxNQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLE1BQUlHLFNBQVEsU0FBUztBQUNuQixVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUk7QUFDRixZQUFNLElBQUksY0FBY0gsU0FBUSxjQUFjQSxTQUFRQyxPQUFNLENBQUM7QUFDN0QsY0FBUTtBQUFBLFFBQ04scUJBQXFCRCxRQUFPLFFBQVEsT0FBTyw4QkFBOEIsRUFBRSxRQUFRLGdCQUFnQixFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLFdBQVcsRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLE9BQU8sb0RBQW9ELEVBQUUsVUFBVSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxNQUM5VTtBQUFBLElBQ0YsU0FBUyxPQUFPO0FBQ2QsWUFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUM5RDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLGtCQUFrQkcsU0FBUSxPQUFPLFlBQVlDLFdBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPSixPQUFNLElBQUksQ0FBQztBQUVuRyxTQUFPLEVBQUUsT0FBTyxRQUFRLGdCQUFnQjtBQUMxQztBQUdBLGVBQXNCLFdBQVdBLFNBQWdCLE1BQTBDO0FBQ3pGLE1BQUksQ0FBQyxNQUFNLFNBQVMsS0FBSyxNQUFNLFVBQVUsRUFBRztBQUM1QyxRQUFNQyxVQUFTLE1BQU0sZ0JBQWdCO0FBRXJDLFFBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSSxLQUFLLFFBQVEsU0FBUyxHQUFHQSxRQUFPLFNBQVNELFFBQU8sTUFBTSxNQUFNLFFBQVE7QUFDaEcsUUFBTSxFQUFFLE1BQU0sSUFBSSxXQUFXQSxTQUFRLE9BQU8sUUFBUTtBQUNwRCxNQUFJLENBQUMsT0FBTztBQUNWLFlBQVE7QUFBQSxNQUNOLGlDQUFpQyxLQUFLLG9EQUFvRCxLQUFLLEtBQUs7QUFBQSxJQUN0RztBQUNBO0FBQUEsRUFDRjtBQUNBLFFBQU0sVUFBVSxjQUFjQSxTQUFRLE9BQU8sS0FBSyxPQUFPLENBQUMsVUFBVSxXQUFXLE9BQU8sS0FBSyxPQUFPLElBQUksQ0FBQztBQUN2RyxNQUFJLFVBQVUsRUFBRyxTQUFRLElBQUkscUJBQXFCLE9BQU8sNkJBQTZCO0FBQ3hGOzs7QU01SU8sU0FBUyxtQkFBNEI7QUFDMUMsU0FBTyxTQUFTO0FBQ2xCO0FBR08sU0FBUyxhQUFhSyxTQUFnQixXQUF1RDtBQUNsRyxNQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxRQUFNLFFBQVEsVUFBVTtBQUd4QixRQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLE1BQUlBLFFBQU8sWUFBWTtBQUNyQixjQUFVLFlBQVksa0JBQWtCLE1BQU0sU0FBUztBQUN2RCxVQUFNO0FBQUEsTUFDSixHQUFHLGNBQWM7QUFBQSxRQUNmLFVBQVVBLFFBQU8sUUFBUTtBQUFBLFFBQ3pCLFlBQVlBLFFBQU8sUUFBUTtBQUFBLFFBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsUUFBTyxRQUFRLHVCQUF1QjtBQUFBLFFBQy9FLGVBQWVBLFFBQU87QUFBQSxNQUN4QixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxNQUFJQSxRQUFPLGNBQWUsZ0JBQWUsTUFBTSxNQUFNLFNBQVMsT0FBTyxVQUFVLFNBQVMsQ0FBQztBQUN6RixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsWUFBWSxzQkFBc0IsZUFBZSxLQUFLLEdBQUcsU0FBUztBQUFBO0FBQUEsSUFFbEUsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJQSxRQUFPLHFCQUFxQixFQUFFLEtBQUtBLFFBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO0FBQUEsSUFDdEcsbUJBQW1CO0FBQUEsRUFDckI7QUFDRjtBQU1BLFNBQVMsc0JBQXNCLFlBQTBCLFdBQW1EO0FBQzFHLGFBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsU0FBUyxHQUFHO0FBQ3hELFFBQUksY0FBYyxRQUFRLEVBQUcsWUFBVyxVQUFVLHNCQUFzQixFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO0FBQUEsRUFDcEc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFNBQVMsVUFBNkI7QUFDN0MsUUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQU01QyxNQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLE1BQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYTtBQUNsRixZQUFRLE9BQU8sS0FBSztBQUN0QixTQUFPO0FBQ1Q7QUFHTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7QUFNTyxTQUFTLHVCQUE2QjtBQUMzQyxNQUFJLE9BQVUsV0FBWSxTQUFRLE9BQVUsVUFBVTtBQUN4RDtBQUdBLGVBQXNCLFNBQVMsTUFBK0I7QUFDNUQsdUJBQXFCO0FBQ3JCLFFBQU0sV0FBVyxRQUFXLElBQUk7QUFDbEM7OztBQy9HTyxTQUFTLFVBQVVDLE9BQXNCO0FBQzlDLFNBQU9BLE1BQUs7QUFBQSxJQUNWO0FBQUEsSUFDQSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQztBQUFBLEVBQ3JGO0FBQ0Y7QUFHTyxTQUFTLG1CQUFtQkEsT0FBc0I7QUFDdkQsU0FBT0EsTUFDSixRQUFRLE9BQU8sS0FBSyxFQUNwQixRQUFRLFlBQVksR0FBRyxFQUN2QixRQUFRLE1BQU0sTUFBTSxFQUNwQixRQUFRLE1BQU0sTUFBTTtBQUN6QjtBQVFPLFNBQVMsYUFBYUEsT0FBY0MsV0FBZ0MsRUFBRSxTQUFTLEtBQUssR0FBVztBQUNwRyxRQUFNLFVBQVVELE1BQUssUUFBUSxZQUFZLEdBQUc7QUFDNUMsUUFBTSxPQUFPQyxTQUFRLFVBQVUsUUFBUSxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQy9ELFFBQU0sYUFBYSxLQUFLLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3BGLFFBQU0sUUFBUSxJQUFJLE9BQU8sYUFBYSxDQUFDO0FBQ3ZDLFFBQU0sTUFBTSxLQUFLLFdBQVcsR0FBRyxLQUFLLEtBQUssU0FBUyxHQUFHLElBQUksTUFBTTtBQUMvRCxTQUFPLEdBQUcsS0FBSyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxHQUFHLEtBQUs7QUFDNUM7OztBQ09PLFNBQVMsT0FBT0MsYUFBNEI7QUFDakQsU0FBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7QUFDaEU7QUFFQSxTQUFTLE9BQU8sUUFBZ0MsTUFBb0M7QUFDbEYsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELE1BQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsU0FBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0FBQ3hFO0FBR08sU0FBUyxjQUFjLE1BQW1DO0FBQy9ELFFBQU0sT0FBdUIsQ0FBQztBQUM5QixhQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxlQUFXLENBQUNBLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsWUFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsWUFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLFdBQUssS0FBSztBQUFBLFFBQ1I7QUFBQSxRQUNBLFlBQUFBO0FBQUEsUUFDQSxJQUFJLE9BQU87QUFBQSxRQUNYO0FBQUEsUUFDQSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVztBQUFBLFFBQ2pGLE1BQU0sT0FBTyxRQUFRLElBQUk7QUFBQSxNQUMzQixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7QUFDNUY7QUFFQSxJQUFNLGFBQWE7QUFHWixTQUFTLGFBQWEsTUFBa0M7QUFDN0QsUUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFFBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFFBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixRQUFJLENBQUM7QUFDSCxXQUFLLElBQUksVUFBVyxJQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSyxDQUFFO0FBQ2pILFdBQU87QUFBQSxFQUNUO0FBQ0EsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFFBQUksQ0FBQyxNQUFPO0FBQ1osVUFBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsVUFBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFFBQUksU0FBUyxxQkFBcUI7QUFDaEMsYUFBTyxPQUFPLElBQUksUUFBUSxHQUFHO0FBQUEsUUFDM0IsVUFBVSxFQUFFLFNBQVM7QUFBQSxRQUNyQixLQUFLLEVBQUUsT0FBTztBQUFBLFFBQ2QsS0FBSyxFQUFFLE9BQU8sS0FBSztBQUFBLFFBQ25CLEtBQUssRUFBRSxPQUFPLEtBQUs7QUFBQSxRQUNuQixLQUFLLEVBQUUsT0FBTztBQUFBLE1BQ2hCLENBQUM7QUFBQSxJQUNILFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsVUFBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUMvRTtBQWtCQSxJQUFNLHFCQUFxQjtBQU9wQixTQUFTLGtCQUNkLE1BQ0EsdUJBQStDLENBQUMsR0FDaEM7QUFDaEIsUUFBTSxZQUEwQixDQUFDO0FBQ2pDLGFBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELFVBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxRQUFJLGFBQWEsT0FBVztBQUM1QixVQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLFVBQU0sZUFBZSxxQkFBcUIsUUFBUTtBQUNsRCxVQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYyxDQUFDLENBQUMsRUFDOUMsSUFBSSxDQUFDRCxnQkFBZSw2QkFBNkIsS0FBS0EsV0FBVSxJQUFJLENBQUMsQ0FBQyxFQUN0RSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQVM7QUFDOUIsY0FBVSxLQUFLO0FBQUEsTUFDYjtBQUFBLE1BQ0EsWUFBQUM7QUFBQSxNQUNBLFVBQVUsaUJBQWlCLFNBQVksT0FBT0EsY0FBYTtBQUFBLE1BQzNELFNBQVMsVUFBVSxTQUFZLE9BQU8sT0FBTyxLQUFLO0FBQUEsSUFDcEQsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLFFBQVEsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzdELE1BQUksVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFNLFFBQU87QUFDckQsWUFBVSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzdELFFBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQ2xGLFFBQU0sUUFDSixVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLGNBQzVELFVBQVUsTUFBTSxDQUFDLFFBQVEsSUFBSSxhQUFhLElBQUk7QUFDaEQsU0FBTyxFQUFFLFlBQVksVUFBVSxRQUFRLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksVUFBVyxDQUFDLElBQUksTUFBTSxVQUFVO0FBQ2xIO0FBR08sU0FBUyxpQkFBaUIsU0FBd0M7QUFDdkUsTUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixNQUFJLFFBQVEsZUFBZTtBQUN6QixXQUFPO0FBQ1QsUUFBTSxPQUNKLFFBQVEsYUFBYSxPQUNqQixtQkFBbUIsWUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDLGdCQUMzRCxHQUFHLFlBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQyxXQUFXLFFBQVEsYUFBYSxJQUFJLEtBQUssR0FBRztBQUMzRixTQUFPLHVCQUF1QixJQUFJLHNCQUFzQixZQUFZLFFBQVEsWUFBWSxPQUFPLENBQUM7QUFDbEc7QUFHTyxTQUFTLFlBQVksS0FBeUI7QUFDbkQsUUFBTSxXQUNKLElBQUksYUFBYSxPQUFPLEtBQUssS0FBSyxZQUFZLElBQUksVUFBVSxPQUFPLENBQUMsV0FBVyxJQUFJLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDOUcsUUFBTSxVQUFVLElBQUksWUFBWSxPQUFPLGdCQUFnQixhQUFhLFlBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUNyRyxTQUFPLEdBQUcsWUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLGFBQWEsSUFBSSxlQUFlLElBQUksS0FBSyxHQUFHLG9CQUFvQixRQUFRLEdBQUcsT0FBTztBQUNsSTtBQUdPLFNBQVMsWUFBWSxPQUFrQyxNQUFvQztBQUNoRyxNQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsTUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxNQUFJLFNBQVMsTUFBTTtBQUNqQixRQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsV0FBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM3QztBQUNBLE1BQUksU0FBUztBQUNYLFdBQU8sS0FBSyxNQUFNLEtBQUssRUFDcEIsU0FBUyxFQUNULFFBQVEseUJBQXlCLEdBQUc7QUFDekMsU0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0FBQ2pHO0FBRU8sU0FBUyxZQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFFBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxTQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtBQUN2RTtBQVdPLFNBQVMsZ0JBQWdCLE1BQTJDO0FBQ3pFLE1BQUksQ0FBQyxLQUFLLFNBQVMsb0JBQW9CLENBQUMsS0FBSyxTQUFTLG1CQUFvQixRQUFPO0FBQ2pGLFNBQU87QUFBQSxJQUNMLGdCQUFnQixZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFBQSxJQUMzRCxpQkFBaUIsWUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQUEsSUFDaEUsMEJBQTBCLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUFBLElBQ3BGLGlCQUFpQixZQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztBQUFBLEVBQzNFO0FBQ0Y7QUFHTyxTQUFTLGNBQWMsV0FBMkM7QUFDdkUsTUFBSSxDQUFDLGFBQWMsVUFBVSxtQkFBbUIsUUFBUSxVQUFVLG9CQUFvQjtBQUNwRixXQUFPO0FBQ1QsUUFBTSxTQUFTLFVBQVU7QUFDekIsU0FBTztBQUFBLElBQ0wsK0NBQStDLFlBQVksVUFBVSxnQkFBZ0IsT0FBTyxDQUFDO0FBQUEsSUFDN0YsV0FBVyxZQUFZLFVBQVUsaUJBQWlCLE9BQU8sQ0FBQztBQUFBLElBQzFELEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQixZQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7QUFBQSxJQUNsRixtQkFBbUIsVUFBVSxlQUFlO0FBQUEsRUFDOUMsRUFBRSxLQUFLLElBQUk7QUFDYjtBQUVPLElBQU0sZ0JBQWdCLENBQUMsU0FBOEIsY0FBYyxnQkFBZ0IsSUFBSSxDQUFDOzs7QUNqTnhGLElBQU0seUJBQXlCO0FBb0ovQixTQUFTLGFBQ2QsTUFDQSxNQUNBLHVCQUErQyxDQUFDLEdBQ3ZDO0FBQ1QsUUFBTSxhQUFhLGNBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUMsYUFBWSxJQUFJLFVBQVUsS0FBSyxPQUFPO0FBQUEsSUFDMUY7QUFBQSxJQUNBLFlBQUFBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFO0FBQ0YsU0FBTztBQUFBLElBQ0wsZ0JBQWdCO0FBQUEsSUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUFBLElBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO0FBQUEsSUFDcEQ7QUFBQSxJQUNBLFdBQVcsYUFBYSxJQUFJO0FBQUEsSUFDNUIsU0FBUyxrQkFBa0IsTUFBTSxvQkFBb0I7QUFBQSxJQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsZ0JBQWdCLElBQUk7QUFBQSxFQUNqQztBQUNGO0FBR08sU0FBU0MsUUFBTyxXQUFtRDtBQUN4RSxNQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsTUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxTQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0FBQ3hEOzs7QUMxTEEsU0FBUyxjQUFjLE9BQWUsR0FBNkI7QUFDakUsUUFBTSxPQUFPLFVBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxRQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZLFlBQVksRUFBRSxVQUFVQyxRQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFFBQU1DLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELE1BQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSxlQUFlLFVBQVUsUUFBUSxDQUFDO0FBQzFELFNBQU8sR0FBR0EsS0FBSTtBQUFBLDBCQUE2QixVQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLFlBQVksUUFBUSxFQUFFLENBQUMsc0JBQXNCLFVBQVUsUUFBUSxDQUFDO0FBQUE7QUFDbEo7QUFFQSxTQUFTLFVBQVUsT0FBZSxTQUEwQjtBQUMxRCxRQUFNLFNBQVMsVUFBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixTQUFPLDRCQUE0QixLQUFLO0FBQUEsd0JBQW9ELE1BQU0sZUFBZSxNQUFNO0FBQUE7QUFDekg7QUFFTyxTQUFTLFlBQVksU0FBMEI7QUFDcEQsUUFBTSxPQUFPLFFBQVE7QUFDckIsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNLFNBQVMsUUFBUSxJQUFJLFlBQVksVUFBVSxJQUFJO0FBQ3JELFFBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsUUFBTUMsYUFBWSxRQUFRLElBQUksZUFBZSxLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ2pFLFFBQU0sUUFBUSxVQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxRQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sV0FBV0EsUUFBTztBQUFBLElBQzFHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLHVCQUF1QkEsUUFBTztBQUFBLElBQ3BILEdBQUc7QUFBQSxJQUNIO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQ2hDQSxTQUFTLGVBQWUsTUFBb0M7QUFDMUQsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUs7QUFBQSxNQUNOLENBQUMsTUFDQyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsTUFBTSxhQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNLFlBQVksRUFBRSxVQUFVQyxRQUFPLENBQUMsQ0FBQyxDQUFDO0FBQUEsSUFDbEg7QUFBQSxFQUNGO0FBQ0Y7QUFFTyxTQUFTLGVBQWUsU0FBMEI7QUFDdkQsUUFBTSxPQUFPLFFBQVE7QUFDckIsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFFBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFdBQVcsSUFDaEIsU0FBUyxLQUFLLE1BQU0sdUJBQ3BCLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNO0FBQzVDLFFBQU0sUUFBUSxDQUFDLGtCQUFrQixhQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLE1BQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxNQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLFVBQU07QUFBQSxNQUNKO0FBQUEsTUFDQSxZQUFZLE9BQU8sTUFBTSxvQkFBb0IsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsTUFDM0U7QUFBQSxNQUNBLEdBQUcsZUFBZSxNQUFNO0FBQUEsTUFDeEI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxZQUFZLFFBQVE7QUFDMUIsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxlQUFXLEtBQUssV0FBVztBQUN6QixZQUFNO0FBQUEsUUFDSixLQUFLLG1CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLFlBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztBQUFBLE1BQ3ROO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyxFQUFFO0FBQUEsRUFDZjtBQUNBLFFBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsUUFBTSxTQUFTLGlCQUFpQixPQUFPO0FBQ3ZDLE1BQUksT0FBUSxPQUFNLEtBQUssR0FBRyxRQUFTLGFBQWEsSUFBSSxRQUFRLEVBQUUsR0FBRyxtQkFBbUIsTUFBTSxDQUFDLElBQUksRUFBRTtBQUNqRyxNQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxVQUFNLEtBQUssZ0ZBQWdGLHNCQUFzQjtBQUNqSCxlQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLFlBQU07QUFBQSxRQUNKLEtBQUssbUJBQW1CLElBQUksUUFBUSxDQUFDLE1BQU0sWUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLE9BQU8sUUFBUSxZQUFZLElBQUksVUFBVSxPQUFPLENBQUMsTUFBTSxJQUFJLFlBQVksT0FBTyxjQUFjLFlBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUFBLE1BQ3JPO0FBQUEsSUFDRjtBQUNBLFVBQU0sS0FBSyxFQUFFO0FBQUEsRUFDZjtBQUNBLFFBQU0sS0FBSyxtQkFBbUIsY0FBYyxRQUFRLFNBQVMsQ0FBQyxHQUFHLEVBQUU7QUFDbkUsU0FBTyxNQUFNLEtBQUssSUFBSTtBQUN4Qjs7O0FDbkRBLElBQU0sV0FBVyxvQkFBSSxJQUFJO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFDRCxJQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFDZCxNQUNBQyxVQUNRO0FBQ1IsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU07QUFBQSxJQUNKLEVBQUU7QUFBQSxNQUNBLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7QUFBQSxJQUNyTjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTTtBQUFBLE1BQ0o7QUFBQSxNQUNBLEVBQUU7QUFBQSxRQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDMUk7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTTtBQUFBLFFBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztBQUFBLE1BQ2hMO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsa0JBQWtCLE1BQU1BLFNBQVEsb0JBQW9CO0FBQ3BFLFFBQU0sU0FBUyxpQkFBaUIsT0FBTztBQUN2QyxNQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsTUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLGVBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksWUFBWSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ3ZHO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNO0FBQUEsSUFDSixLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUM7QUFBQSxFQUNuTjtBQUNBLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNO0FBQUEsSUFDSixhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQzNPO0FBQ0EsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUM5R0EsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELFNBQVMsa0JBQWtCLE1BQW1CO0FBQ25ELFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCO0FBQUEsTUFDbEMsUUFBUSxZQUFZLE1BQU07QUFBQSxRQUN4QixVQUFVLEtBQUs7QUFBQSxRQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtBQUFBLFFBQ25DLHNCQUFzQixLQUFLO0FBQUEsTUFDN0IsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVU7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFVBQ0UsVUFBVSxLQUFLO0FBQUEsVUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsVUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsVUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFVBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxVQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsVUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLFFBQ3RDO0FBQUEsUUFDQSxLQUFLO0FBQUEsTUFDUDtBQUVBLFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE9BQU87QUFDN0MsVUFBSSxHQUFHLEdBQUcsYUFBYSxJQUFJLGVBQWUsT0FBTztBQUFBLElBQ25EO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDOUNBLFNBQVMsV0FBQUMsZ0JBQWU7QUFRakIsSUFBTSxXQUFXLElBQUlDLFNBQVEsVUFBVTtBQVU5QyxJQUFNLFdBQTJDLENBQUM7QUFFbEQsSUFBSTtBQUdHLFNBQVNDLGVBQWNDLFNBQWdCLE1BQW9CO0FBQ2hFLFNBQU8sU0FBUyxJQUFJLEtBQUtBLFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDOUM7QUFNTyxTQUFTLFlBQ2QsV0FDc0M7QUFDdEMsU0FBTyxJQUFJLFNBQVM7QUFDbEIsUUFBSSxPQUFRLFFBQU8sVUFBVSxHQUFHLElBQUk7QUFDcEMsV0FBTyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsVUFBVTtBQUN2QyxlQUFTO0FBQ1QsZ0JBQVUsR0FBRyxJQUFJO0FBQUEsSUFDbkIsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUNBLElBQUk7QUFHSixJQUFNLGVBQWUsQ0FBQyxTQUFpQixLQUFLLElBQUksSUFBSSxPQUFPLEVBQUU7QUFFN0QsU0FBU0MsT0FBTUQsU0FBZ0IsTUFBZSxNQUFpQztBQUM3RSxRQUFNLFVBQVUsWUFBWSxNQUFNLE1BQU1ELGVBQWNDLFNBQVEsSUFBSSxDQUFDO0FBQ25FLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsZ0JBQWMsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUM5RCxRQUFNLFNBQVMsVUFBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxTQUFPO0FBQUEsSUFDTCxRQUFRLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsT0FBTyxZQUFZO0FBQUEsSUFDN0UsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxLQUFLO0FBQUEsSUFDcEQsU0FBUztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsUUFBUUEsU0FBZ0IsTUFBZSxNQUFpQztBQUMvRSxRQUFNLFVBQVUsU0FBUyxJQUFJO0FBQzdCLE1BQUksV0FBVyxDQUFDLFFBQVEsT0FBTyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksUUFBUSxRQUFTLFFBQU87QUFDcEYsTUFBSSxRQUFTLFVBQVMsSUFBSSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ3JDLFFBQU0sT0FBT0MsT0FBTUQsU0FBUSxNQUFNLElBQUk7QUFFckMsTUFBSSxRQUFRLFFBQVMsTUFBSyxVQUFVLFFBQVE7QUFDNUMsV0FBUyxJQUFJLElBQUk7QUFDakIsU0FBTztBQUNUO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQW1DO0FBQzNGLFNBQU8sUUFBUUEsU0FBUSxNQUFNLElBQUksR0FBRztBQUN0Qzs7O0FDOUVBLFNBQVMsV0FBQUUsVUFBUyxNQUFNLFNBQUFDLGNBQWE7QUFHOUIsSUFBTSxzQkFBc0IsSUFBSUEsT0FBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJQSxPQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUlBLE9BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJRCxTQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUlBLFNBQVEsaUJBQWlCOzs7QUNkM0QsU0FBUyxTQUFBRSxjQUFhO0FBY3RCLFNBQVMsY0FBYyxNQUFpQyxJQUFtRDtBQUN6RyxNQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixRQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxTQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDL0M7QUFFQSxTQUFTLGVBQWUsS0FBZ0I7QUFDdEMsYUFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxVQUFNLEtBQUssUUFBUSxlQUFlLGNBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixRQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLHFCQUFvQixJQUFJLEVBQUU7QUFBQSxFQUMxRjtBQUNBLFFBQU0sUUFBUSxjQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsTUFBSSxVQUFVLE9BQVcsb0JBQW1CLElBQUksS0FBSztBQUN2RDtBQU9PLFNBQVMsZ0JBQ2QsUUFDQSxVQUNBLGVBQ0EsVUFDQSxVQUF1QyxNQUFNLFFBQzFCO0FBQ25CLFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxNQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLHFCQUFpQixJQUFJLElBQUk7QUFDekIsV0FBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7QUFBQSxFQUM1QztBQUNBLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxNQUFJO0FBQ0osU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLElBQUFDLE9BQU0sYUFBYTtBQUNuQixVQUFNLFNBQVMsUUFBUTtBQUN2QixRQUFJLENBQUMsT0FBUTtBQUNiLFVBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsUUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixVQUFNLE9BQU87QUFDYixRQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO0FBQUEsRUFDN0Q7QUFDQSxRQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLG1CQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixNQUFJLGFBQWEsS0FBSztBQUNwQiwrQkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELG1CQUFlLEdBQUc7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxXQUFXLElBQUk7QUFDMUI7OztBQ2pFQSxTQUFTLGFBQWE7QUFDdEIsT0FBT0MsV0FBVTs7O0FDRmpCLFNBQVMsU0FBQUMsY0FBYTs7O0FEeUJmLFNBQVMsWUFBWSxNQUFjLEtBQXNCO0FBQzlELFNBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsTUFBSyxHQUFHLFFBQVEsTUFBTUEsTUFBSyxHQUFHLG1CQUFtQjtBQUM5Rjs7O0FFbEJPLElBQU0saUJBQTJCLENBQUMsUUFBUTtBQUMvQyxRQUFNLEVBQUUsUUFBQUMsU0FBUSxLQUFLLElBQUk7QUFDekIsUUFBTSxTQUFTLFdBQVdBLFNBQVEsTUFBTSxPQUFPO0FBQy9DLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxjQUFjLEdBQUc7QUFBQSxJQUNwQyxPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTUMsV0FBVTtBQUFBLElBQWdCO0FBQUEsSUFBUSxRQUFRLEtBQUs7QUFBQSxJQUFJRCxRQUFPO0FBQUEsSUFBZUEsUUFBTztBQUFBLElBQW9CLE1BQ3hHLFdBQVdBLFNBQVEsTUFBTSxPQUFPO0FBQUEsRUFDbEM7QUFDQSxRQUFNLFdBQVcsV0FBV0EsU0FBUSxNQUFNLE9BQU8sS0FBSyxRQUFRLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUM1RixTQUFPQyxTQUFRLGFBQWE7QUFDOUI7OztBQ3JCQSxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFbkIsSUFBTSxhQUFtRCxDQUFDO0FBRW5ELFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLFFBQU0sT0FBUSxXQUFXLElBQUksTUFBTSxFQUFFLFVBQVUsS0FBSztBQUNwRCxNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUTtBQUFBLFFBQ04sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQztBQUFBLE1BQ3RHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDeUNPLFNBQVMsYUFBYSxTQUEwQjtBQUNyRCxTQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLElBQ3BGLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7QUFBQSxFQUNoRztBQUNGO0FBR08sU0FBUyxnQkFBZ0IsU0FBMEI7QUFDeEQsU0FBTztBQUFBLElBQ0wsRUFBRSxRQUFRLHlCQUF5QixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsRUFBRTtBQUFBLElBQ3BHLEVBQUUsUUFBUSxxQkFBcUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsVUFBVSxDQUFDLEVBQUU7QUFBQSxFQUM5RjtBQUNGOzs7QUM3REEsSUFBTUMsVUFBUyxjQUFjLFlBQVk7QUFDekMsSUFBTSxTQUFTLFVBQVUsT0FBTyxvQkFBb0IsSUFBSSxFQUFFLEtBQUssR0FBRyxLQUFLLEtBQVEsU0FBUyxLQUFLLENBQUM7QUFDOUYsSUFBTSxVQUFVLFVBQVUsT0FBTywrQkFBK0IsR0FBRyxFQUFFLEtBQUssR0FBRyxLQUFLLEtBQU0sU0FBUyxLQUFLLENBQUM7QUFFdkcsSUFBTSxPQUFPQSxRQUFPLHFCQUFxQixVQUFVO0FBR25ELElBQU0sU0FBUyxLQUFLLElBQUksTUFBTSxLQUFLLEtBQUssVUFBVUEsUUFBTyxpQkFBaUI7QUFFbkUsSUFBTSxVQUFVLGFBQWFBLFNBQVEsT0FBTztBQUFBLEVBQ2pELE9BQU8sQ0FBQyxPQUFPO0FBQUE7QUFBQSxFQUNmLFdBQVc7QUFBQSxFQUNYLFdBQVcsRUFBRSxZQUFZLGtCQUFrQixjQUFjLFFBQVEsU0FBUyxJQUFJLEVBQUU7QUFBQSxFQUNoRixPQUFPO0FBQUEsSUFDTCxHQUFHLGdCQUFnQkEsUUFBTyxPQUFPO0FBQUEsSUFDakMsRUFBRSxRQUFRLHdCQUF3QixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9BLFFBQU8scUJBQXFCLElBQUssQ0FBQyxFQUFFO0FBQUEsSUFDL0csR0FBRyxhQUFhQSxRQUFPLE9BQU87QUFBQSxFQUNoQztBQUNGLEVBQUU7QUFHSyxJQUFNLGdCQUFnQixrQkFBa0IsRUFBRSxVQUFVLGFBQWEsQ0FBQztBQUVsRSxTQUFTLFFBQTBCO0FBQ3hDLFNBQU8sV0FBV0EsT0FBTTtBQUMxQjtBQUVPLElBQU0sYUFBYSxZQUFZLENBQUMsU0FBd0I7QUFDN0QsY0FBWSxjQUFjLGdCQUFnQixFQUFFLFFBQUFBLFNBQVEsS0FBSyxDQUFDO0FBQzVELENBQUM7IiwKICAibmFtZXMiOiBbInRleHQiLCAiZmFpbCIsICJjb25maWciLCAidGV4dCIsICJleGVjIiwgImV4ZWMiLCAiY29uZmlnIiwgInBvb2wiLCAiY2xhc3NQYXNzd29yZCIsICJleGVjIiwgInNsZWVwIiwgImV4ZWMiLCAiaHR0cCIsICJodHRwIiwgImh0dHAiLCAicGFyYW1zIiwgInNoYXBlIiwgImh0dHAiLCAic2xlZXAiLCAiaHR0cCIsICJjb3VudCIsICJodHRwIiwgInNsZWVwIiwgImNvbmZpZyIsICJsaXN0ZWQiLCAib3BlbiIsICJleGVjIiwgInVybCIsICJodHRwIiwgImNvbmZpZyIsICJzZWNyZXQiLCAic2xlZXAiLCAib3B0aW9ucyIsICJhbm9ueW1vdXMiLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAidGV4dCIsICJvcHRpb25zIiwgImV4cHJlc3Npb24iLCAiaXRlcmF0aW9ucyIsICJleHByZXNzaW9uIiwgInVuaXRPZiIsICJ1bml0T2YiLCAib3BlbiIsICJzZWNvbmRzIiwgInVuaXRPZiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgIkNvdW50ZXIiLCAiQ291bnRlciIsICJjbGFzc1Bhc3N3b3JkIiwgImNvbmZpZyIsICJsb2dpbiIsICJDb3VudGVyIiwgIlRyZW5kIiwgInNsZWVwIiwgInNsZWVwIiwgImV4ZWMiLCAic2xlZXAiLCAiZXhlYyIsICJjb25maWciLCAib3V0Y29tZSIsICJjb25maWciXQp9Cg==
