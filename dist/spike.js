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
  for (const part2 of spec.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
    const match = /^(regular|power|admin):(\d{1,6})$/.exec(part2);
    if (!match)
      throw new UsersFileError(`invalid ${name}=${JSON.stringify(spec)}: "${part2}" is not one of ${expected}`);
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
  const parts = value.split("/").map((part2) => part2.trim());
  const expected = "three whole percentages regular/power/admin summing to 100, e.g. 70/20/10";
  if (parts.length !== 3 || parts.some((part2) => !/^\d+$/.test(part2))) fail(name, value, expected);
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

// lib/config/entries.ts
var SPIKE_PHASES = ["SPIKE_BASELINE_S", "SPIKE_HOLD_S", "SPIKE_RECOVERY_S", "SPIKE_OBSERVE_S"];
var SPIKE_SURGE_S = 3;
var wholeSeconds = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
var wholeNumber = (min, max) => ({ min, max, integer: true });
var part = (total, share, min = 1) => String(Math.max(min, Math.floor(total * share)));
var spikeEntry = {
  suite: "all",
  length: /* @__PURE__ */ SPIKE_PHASES.join(", "),
  fit: (seconds2) => {
    const left = Math.max(4, seconds2 - 2 * SPIKE_SURGE_S);
    const [baseline, hold, recovery, observe] = SPIKE_PHASES;
    return {
      [baseline]: part(left, 2 / 7),
      [hold]: part(left, 2 / 7),
      [recovery]: part(left, 1 / 7),
      [observe]: part(left, 2 / 7)
    };
  },
  scaling: "users",
  settings: (env, config3) => {
    const seconds2 = (name, fallback) => envNumber(env, name, fallback, wholeSeconds(1, 86400));
    const [baseline, hold, recovery, observe] = SPIKE_PHASES;
    return {
      baseUsers: envNumber(
        env,
        "SPIKE_BASE_USERS",
        Math.max(2, Math.round(config3.concurrentUsers / 10)),
        wholeNumber(1, 1e5)
      ),
      factor: envNumber(env, "SPIKE_FACTOR", 5, { min: 1, max: 1e3 }),
      baselineS: seconds2(baseline, 20),
      holdS: seconds2(hold, 20),
      recoveryS: seconds2(recovery, 10),
      observeS: seconds2(observe, 20),
      recoveryFactor: envNumber(env, "SPIKE_RECOVERY_FACTOR", 2, { min: 1, max: 1e3 })
    };
  }
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
function stagedUsers(exec6, stages, startVUs = 0) {
  return {
    executor: "ramping-vus",
    exec: exec6,
    startVUs,
    stages: stages.map((s) => ({ duration: `${s.durationS}s`, target: s.target })),
    gracefulRampDown: "10s",
    gracefulStop: "30s"
  };
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
  let callback = statusCallbacks[status];
  if (callback === void 0) {
    callback = http2.expectedStatuses(status);
    statusCallbacks[status] = callback;
  }
  return callback;
}
var observer;
function observeRequests(next) {
  observer = next;
}
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
  const seeding = { base: config3.baseUrl, owners, tokens: [], report };
  logIn(
    seeding,
    owners.map((_, i) => i)
  );
  let listed = listDatasets(seeding);
  if (reseed) listed = removeDatasets(seeding, listed);
  const toGenerate = createCourses(seeding, listed, wanted, generatedPerUser);
  awaitGeneration(seeding, startGeneration(seeding, toGenerate), config3.generationTimeoutS);
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

// lib/load/phases.ts
import exec4 from "k6/execution";
import { Trend as Trend2 } from "k6/metrics";

// lib/load/phase-math.ts
function phaseAt(elapsedS, phases2) {
  if (phases2.length === 0) throw new Error("phaseAt: no phases given");
  for (const phase of phases2) if (elapsedS < phase.untilS) return phase.name;
  return phases2[phases2.length - 1].name;
}
function median(values) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
var FAILED_DRIFT = 100;
function driftRatio(durationMs, ok, referenceMedianMs, floorMs) {
  return ok ? (durationMs + floorMs) / (referenceMedianMs + floorMs) : FAILED_DRIFT;
}

// lib/load/phases.ts
function elapsedInScenarioS() {
  return (Date.now() - exec4.scenario.startTime) / 1e3;
}
var inScenario = false;
function enterPhase(phases2) {
  inScenario = true;
  const name = phaseAt(elapsedInScenarioS(), phases2);
  exec4.vu.metrics.tags.phase = name;
  return name;
}
function trackDrift(metricName, phases2, reference, compared, floorMs = 10) {
  const drift = new Trend2(metricName);
  const referenceSamples = [];
  let referenceMedian;
  observeRequests((_endpoint, durationMs, ok) => {
    if (!inScenario) return;
    const phase = phaseAt(elapsedInScenarioS(), phases2);
    exec4.vu.metrics.tags.phase = phase;
    if (phase === reference) {
      if (ok) referenceSamples.push(durationMs);
      referenceMedian = void 0;
    } else if (compared.includes(phase)) {
      referenceMedian ??= median(referenceSamples);
      if (referenceMedian !== void 0) drift.add(driftRatio(durationMs, ok, referenceMedian, floorMs));
    }
  });
  return drift;
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
function resourcesLine(data) {
  const memory = metricValue(data, "server_memory_mb", "max");
  const cpu = metricValue(data, "server_cpu_percent", "p(95)");
  if (memory === null && cpu === null) return "server resources: not measured (no sidecar)";
  const missing = metricValue(data, "server_samples_missing", "count") ?? 0;
  const growth = metricValue(data, "server_memory_growth_mb_per_min", "max");
  return [
    `server resources over the load: memory peak ${formatValue(memory, "value")} MB`,
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
function thresholdTable(rows) {
  return [
    "| | threshold | observed |",
    "|---|---|---|",
    ...rows.map(
      (r) => `| ${r.ok ? "✅" : "❌"} | ${markdownCode(`${r.metric} ${r.expression}`)} | ${formatValue(r.observed, r.unit)} |`
    )
  ];
}
function markdownReport(data, options2) {
  const rows = thresholdRows(data);
  const failed = rows.filter((r) => !r.ok);
  const passed = rows.filter((r) => r.ok);
  const lines = [
    `## course-perf ${markdownCode(options2.scenario, { inTable: false })}: ${failed.length === 0 ? `✅ all ${rows.length} thresholds passed` : `❌ ${failed.length} of ${rows.length} thresholds failed`}`,
    ""
  ];
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
  const endpoints = endpointRows(data);
  if (endpoints.length > 0) {
    lines.push("| endpoint | requests | p50 | p95 | p99 | max | errors |", "|---|---:|---:|---:|---:|---:|---:|");
    for (const e of endpoints) {
      lines.push(
        `| ${escapeMarkdownCell(e.endpoint)} | ${e.requests} | ${formatValue(e.p50, "ms")} | ${formatValue(e.p95, "ms")} | ${formatValue(e.p99, "ms")} | ${formatValue(e.max, "ms")} | ${formatValue(e.errorRate, "percent")} |`
      );
    }
    lines.push("");
  }
  const dropped = droppedIterations(data, options2.requestsPerIteration);
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
  lines.push(escapeMarkdownCell(resourcesLine(data)), "");
  return lines.join("\n");
}

// lib/report/results.ts
var RESULTS_SCHEMA_VERSION = 1;
function buildResults(data, meta, requestsPerIteration = {}) {
  const thresholds = thresholdRows(data).map(({ metric, expression: expression2, ok, observed }) => ({
    metric,
    expression: expression2,
    ok,
    observed
  }));
  const measured = data.metrics?.server_memory_mb || data.metrics?.server_cpu_percent;
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: { ...meta, duration_ms: data.state?.testRunDurationMs ?? null },
    verdict: thresholds.every((t) => t.ok) ? "passed" : "failed",
    thresholds,
    endpoints: endpointRows(data),
    dropped: droppedIterations(data, requestsPerIteration),
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
      out[`${dir}/junit.xml`] = junitReport(data, meta);
      out[`${dir}/summary.md`] = markdownReport(data, meta);
    }
    return out;
  };
}

// lib/metrics/metrics.ts
import { Counter as Counter2, Rate, Trend as Trend3 } from "k6/metrics";
var chapterGenerationMs = new Trend3("chapter_generation_ms", true);
var courseGenerationMs = new Trend3("course_generation_ms", true);
var courseGenerationObservedMs = new Trend3("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter2("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter2("workflow_errors");

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
import exec5 from "k6/execution";

// lib/users/session.ts
import { Counter as Counter3 } from "k6/metrics";
var relogins = new Counter3("relogins");
var sessions = {};
var secret;
function classPassword2(config3, role) {
  return secret?.[role] ?? config3.users[role].password;
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

// lib/workflows/generation.ts
import { sleep as sleep4 } from "k6";

// lib/workflows/pacing.ts
import { sleep as sleep5 } from "k6";
var holdPoint;
function think(range) {
  const seconds2 = range.min + Math.random() * (range.max - range.min);
  if (seconds2 > 0) sleep5(seconds2);
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
function clientFor(ctx, role) {
  return userClient(ctx.config, ctx.data, role);
}
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${exec5.vu.idInTest} it${exec5.vu.iterationInScenario}`;
}
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
      const created = client.createCourse({
        title: uniqueTitle("scratch", ctx),
        topic: "algebra",
        level: "beginner",
        chapter_count: 2
      });
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

// thresholds/gates.ts
function successGates(targets) {
  return [
    { metric: "checks", rules: [{ stat: "rate", op: ">=", value: targets.successRate }] },
    { metric: "workflow_success", rules: [{ stat: "rate", op: ">=", value: targets.successRate }] }
  ];
}

// scenarios/spike.ts
var config2 = guardedConfig("spike");
var { baseUsers, factor, baselineS, holdS, recoveryS, observeS, recoveryFactor } = spikeEntry.settings(__ENV, config2);
var spikeEndsS = baselineS + SPIKE_SURGE_S + holdS + SPIKE_SURGE_S;
var phases = [
  { name: "baseline", untilS: baselineS },
  { name: "spike", untilS: spikeEndsS },
  { name: "recovering", untilS: spikeEndsS + recoveryS },
  { name: "recovered", untilS: Infinity }
];
trackDrift("recovery_latency_ratio", phases, "baseline", ["recovered"]);
var options = entryOptions(config2, () => ({
  wallTimeS: spikeEndsS + recoveryS + observeS,
  scenarios: {
    spike: stagedUsers(
      "spikeUsers",
      [
        { durationS: baselineS, target: baseUsers },
        { durationS: SPIKE_SURGE_S, target: Math.round(baseUsers * factor) },
        { durationS: holdS, target: Math.round(baseUsers * factor) },
        { durationS: SPIKE_SURGE_S, target: baseUsers },
        { durationS: recoveryS + observeS, target: baseUsers }
      ],
      baseUsers
    )
  },
  gates: [
    { metric: "recovery_latency_ratio", rules: [{ stat: "med", op: "<", value: recoveryFactor }] },
    {
      metric: "http_req_duration",
      tags: { phase: "recovered", scope: "api" },
      rules: [{ stat: "p(95)", op: "<", value: config2.targets.apiP95Ms }]
    },
    {
      metric: "http_req_failed",
      tags: { phase: "recovered", scope: "api" },
      rules: [{ stat: "rate", op: "<", value: config2.targets.errorRate }]
    },
    {
      metric: "http_req_failed",
      tags: { phase: "spike", scope: "api" },
      rules: [{ stat: "rate", op: "<", value: 0.5 }]
    },
    {
      metric: "http_req_duration",
      tags: { phase: "baseline", scope: "api" },
      rules: [{ stat: "p(95)", op: "<", value: config2.targets.apiP95Ms }]
    },
    {
      metric: "http_req_duration",
      tags: { phase: "spike", scope: "api" },
      rules: [{ stat: "p(95)", op: "<", value: config2.targets.apiP99Ms }]
    },
    ...successGates({ ...config2.targets, successRate: Math.min(config2.targets.successRate, 0.9) })
  ]
}));
var handleSummary = makeHandleSummary({ scenario: "spike" });
function setup() {
  return prepareRun(config2, { dataset: true });
}
function spikeUsers(data) {
  enterPhase(phases);
  runWorkflow("regular", regularUser, { config: config2, data });
}
export {
  handleSummary,
  options,
  pollResources2 as pollResources,
  setup,
  spikeUsers,
  teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlcy50cyIsICIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICIuLi9zY2VuYXJpb3Mvc3Bpa2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBwbGF0Zm9ybSdzIHBlcmZvcm1hbmNlIHRhcmdldHMgYXMgZGF0YS4gRGVmYXVsdHMgYXJlIHRoZSBzZWVkIHN1aXRlJ3M7IGV2ZXJ5IG9uZSBjYW4gYmVcbi8vIG92ZXJyaWRkZW4gZnJvbSB0aGUgZW52aXJvbm1lbnQgKHNlZSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5leHBvcnQgaW50ZXJmYWNlIFRhcmdldHMge1xuICAvKiogQVBJIGxhdGVuY3ksIGFsbCBlbmRwb2ludHMgdG9nZXRoZXIgYW5kIGVhY2ggb24gaXRzIG93biAobXMpLiAqL1xuICBhcGlQOTVNczogbnVtYmVyO1xuICBhcGlQOTlNczogbnVtYmVyO1xuICAvKiogR0VUIC9oZWFsdGggbXVzdCBzdGF5IGZhc3QgdW5kZXIgbG9hZCAobXMpLiAqL1xuICBoZWFsdGhQOTVNczogbnVtYmVyO1xuICAvKiogRXhwb3J0IGJ1aWxkcyBhIHdob2xlIGRvY3VtZW50LCBzbyBpdCBnZXRzIGEgbW9yZSBsZW5pZW50IGJ1ZGdldCAobXMpLiAqL1xuICBleHBvcnRQOTVNczogbnVtYmVyO1xuICAvKipcbiAgICogTG9naW4gY2hlY2tzIGEgcGFzc3dvcmQgaGFzaCAoc2NyeXB0LCBiY3J5cHQpLCB3aGljaCBjb3N0cyB0ZW5zIG9mIG1zIG9mIENQVSBieSBkZXNpZ24sIGFuZCBldmVyeVxuICAgKiBWVSBsb2dzIGluIGFzIGl0IGFycml2ZXM6IGEgYnVkZ2V0IG9mIGl0cyBvd24sIHNvIGEgbG9naW4gc3Rvcm0gaXMgZ2F0ZWQgd2l0aG91dCBoaWRpbmcgQVBJIGxhdGVuY3kgKG1zKS5cbiAgICovXG4gIGxvZ2luUDk1TXM6IG51bWJlcjtcbiAgLyoqIE9uZSBjaGFwdGVyJ3MgZ2VuZXJhdGlvbiwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMgKG1zKS4gKi9cbiAgY2hhcHRlclA5NU1zOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBjaGVja3MgYW5kIHdvcmtmbG93cyB0aGF0IG11c3Qgc3VjY2VlZCAoMC0xKS4gKi9cbiAgc3VjY2Vzc1JhdGU6IG51bWJlcjtcbiAgLyoqIFNoYXJlIG9mIEFQSSByZXF1ZXN0cyB0aGF0IG1heSBmYWlsLCBvdmVyYWxsIGFuZCBwZXIgZW5kcG9pbnQgKDAtMSkuICovXG4gIGVycm9yUmF0ZTogbnVtYmVyO1xuICAvKipcbiAgICogU2hhcmUgb2YgYW4gb3Blbi1tb2RlbCBzY2VuYXJpbydzIHNjaGVkdWxlZCBpdGVyYXRpb25zIGs2IG1heSBkcm9wIGZvciB3YW50IG9mIGEgZnJlZSBWVSAoMC0xKTpcbiAgICogcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSwgd2hvc2UgbGF0ZW5jeSBubyBwZXJjZW50aWxlIGhvbGRzLlxuICAgKi9cbiAgZHJvcHBlZFNoYXJlOiBudW1iZXI7XG4gIC8qKiBTZXJ2ZXIgcmVzb3VyY2VzLCBnYXRlZCBvbmx5IHdoZW4gYSBzaWRlY2FyIGlzIGF0dGFjaGVkLiAqL1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBNZW1vcnkgZ3Jvd3RoIGFmdGVyIHdhcm0tdXAgdGhhdCBhIHNvYWsgbWF5IHNob3csIE1CIHBlciBtaW51dGUuICovXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1RBUkdFVFM6IFJlYWRvbmx5PFRhcmdldHM+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIGFwaVA5NU1zOiAyMDAsXG4gIGFwaVA5OU1zOiA1MDAsXG4gIGhlYWx0aFA5NU1zOiA1MCxcbiAgZXhwb3J0UDk1TXM6IDEwMDAsXG4gIGxvZ2luUDk1TXM6IDEwMDAsXG4gIGNoYXB0ZXJQOTVNczogMTIwXzAwMCxcbiAgc3VjY2Vzc1JhdGU6IDAuOTUsXG4gIGVycm9yUmF0ZTogMC4wNSxcbiAgZHJvcHBlZFNoYXJlOiAwLjAxLFxuICBtZW1vcnlNYjogMTAyNCxcbiAgY3B1UGVyY2VudDogODAsXG4gIG1lbW9yeUdyb3d0aE1iUGVyTWluOiAxMCxcbn0pO1xuIiwgIi8vIFRoZSB1c2VyIHBvb2wncyB0d28gc291cmNlcywgYXMgcHVyZSBmdW5jdGlvbnMgKG5vIGs2IGltcG9ydHMpIHNvIHRoZSBkZW1vIHBsYXRmb3JtLCB0aGUgcnVubmVyXG4vLyBhbmQgdGhlIHVuaXQgdGVzdHMgc2hhcmUgdGhlbSB3aXRoIHRoZSBrNiBzaWRlOlxuLy8gLSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFLCBhIENTViBgZW1haWwscGFzc3dvcmQscm9sZWAgKG9uZSBhY2NvdW50IHBlciBsaW5lKTtcbi8vIC0gYSBkZW1vIHBvb2wgc3BlYyBgcmVndWxhcjoyMDAscG93ZXI6NTAsYWRtaW46MTBgIChERU1PX1VTRVJTKSwgd2hvc2UgYWNjb3VudHMgYXJlIG5hbWVkXG4vLyAgIGByZWd1bGFyLTAwMDFAZXhhbXBsZS5jb21gIC4uLiBhbmQgc2hhcmUgb25lIHBhc3N3b3JkIHBlciByb2xlLlxuLy8gQSBDU1YgcGFyc2VyIG9mIG91ciBvd24gYmVjYXVzZSB0aGUgZmlsZSBtdXN0IGJlIGNoZWNrZWQgbGluZSBieSBsaW5lIHdpdGggdGhlIGxpbmUgbmFtZWQgaW5cbi8vIHRoZSBtZXNzYWdlLCBhbmQgaXQgcnVucyBvbmNlIHBlciB0ZXN0IChpbnNpZGUgYSBTaGFyZWRBcnJheSBjYWxsYmFjayk7IGs2J3MgZXhwZXJpbWVudGFsIGNzdlxuLy8gbW9kdWxlIHJldHVybnMgYmFyZSByZWNvcmRzIHdpdGhvdXQgbGluZSBudW1iZXJzIGFuZCBuZWVkcyB0b3AtbGV2ZWwgYXdhaXQgaW4gZXZlcnkgVlUuXG5leHBvcnQgdHlwZSBSb2xlID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5leHBvcnQgY29uc3QgUk9MRVM6IHJlYWRvbmx5IFJvbGVbXSA9IFsncmVndWxhcicsICdwb3dlcicsICdhZG1pbiddO1xuXG5leHBvcnQgaW50ZXJmYWNlIEFjY291bnQge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgdHlwZSBBY2NvdW50cyA9IFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuZXhwb3J0IHR5cGUgUG9vbFNpemVzID0gUmVjb3JkPFJvbGUsIG51bWJlcj47XG5cbmV4cG9ydCBjbGFzcyBVc2Vyc0ZpbGVFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdVc2Vyc0ZpbGVFcnJvcic7XG59XG5cbi8qKlxuICogUmVhZHMgYSB1c2VycyBDU1Y6IGhlYWRlciBgZW1haWwscGFzc3dvcmQscm9sZWAgKGFueSBjb2x1bW4gb3JkZXIsIGNhc2UtaW5zZW5zaXRpdmUpLCBSRkMgNDE4MFxuICogcXVvdGluZyAoXCJhLGJcIiBhbmQgXCJcIiBpbnNpZGUgcXVvdGVzKSwgYmxhbmsgbGluZXMgc2tpcHBlZC4gRXZlcnkgcHJvYmxlbSBuYW1lcyB0aGUgZmlsZSBhbmQgbGluZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVXNlcnNDc3YodGV4dDogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiBBY2NvdW50cyB7XG4gIGNvbnN0IGFjY291bnRzOiBBY2NvdW50cyA9IHsgcmVndWxhcjogW10sIHBvd2VyOiBbXSwgYWRtaW46IFtdIH07XG4gIGNvbnN0IGZhaWwgPSAobGluZTogbnVtYmVyLCBwcm9ibGVtOiBzdHJpbmcpOiBuZXZlciA9PiB7XG4gICAgdGhyb3cgbmV3IFVzZXJzRmlsZUVycm9yKGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7ZmlsZX0sIGxpbmUgJHtsaW5lfTogJHtwcm9ibGVtfWApO1xuICB9O1xuICBsZXQgY29sdW1uczogUmVjb3JkPCdlbWFpbCcgfCAncGFzc3dvcmQnIHwgJ3JvbGUnLCBudW1iZXI+IHwgdW5kZWZpbmVkO1xuICBsZXQgd2lkdGggPSAwO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGJvZHkgPSB0ZXh0LmNoYXJDb2RlQXQoMCkgPT09IDB4ZmVmZiA/IHRleHQuc2xpY2UoMSkgOiB0ZXh0OyAvLyBhIEJPTSBmcm9tIHNwcmVhZHNoZWV0IGV4cG9ydHNcbiAgY29uc3QgbGluZXMgPSBib2R5LnNwbGl0KC9cXHI/XFxuLyk7XG4gIGZvciAobGV0IG4gPSAwOyBuIDwgbGluZXMubGVuZ3RoOyBuKyspIHtcbiAgICBjb25zdCBsaW5lID0gbGluZXNbbl0hO1xuICAgIGlmIChsaW5lLnRyaW0oKSA9PT0gJycpIGNvbnRpbnVlO1xuICAgIC8vIEZpZWxkcyBvZiBvbmUgbGluZTogcXVvdGVkIGZpZWxkcyBtYXkgaG9sZCBjb21tYXMgYW5kIGRvdWJsZWQgcXVvdGVzIChub3QgbGluZSBicmVha3MpLlxuICAgIGNvbnN0IGZpZWxkczogc3RyaW5nW10gPSBbXTtcbiAgICBsZXQgZmllbGQgPSAnJztcbiAgICBsZXQgcXVvdGVkID0gZmFsc2U7XG4gICAgbGV0IHdhc1F1b3RlZCA9IGZhbHNlO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGluZS5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgYyA9IGxpbmVbaV07XG4gICAgICBpZiAocXVvdGVkKSB7XG4gICAgICAgIGlmIChjID09PSAnXCInICYmIGxpbmVbaSArIDFdID09PSAnXCInKSAoZmllbGQgKz0gJ1wiJyksIGkrKztcbiAgICAgICAgZWxzZSBpZiAoYyA9PT0gJ1wiJykgcXVvdGVkID0gZmFsc2U7XG4gICAgICAgIGVsc2UgZmllbGQgKz0gYztcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJywnKSB7XG4gICAgICAgIGZpZWxkcy5wdXNoKHdhc1F1b3RlZCA/IGZpZWxkIDogZmllbGQudHJpbSgpKTtcbiAgICAgICAgZmllbGQgPSAnJztcbiAgICAgICAgd2FzUXVvdGVkID0gZmFsc2U7XG4gICAgICB9IGVsc2UgaWYgKGMgPT09ICdcIicgJiYgZmllbGQudHJpbSgpID09PSAnJykge1xuICAgICAgICBxdW90ZWQgPSB3YXNRdW90ZWQgPSB0cnVlO1xuICAgICAgICBmaWVsZCA9ICcnO1xuICAgICAgfSBlbHNlIGZpZWxkICs9IGM7XG4gICAgfVxuICAgIGlmIChxdW90ZWQpIGZhaWwobiArIDEsICdhIHF1b3RlZCBmaWVsZCBpcyBub3QgY2xvc2VkJyk7XG4gICAgZmllbGRzLnB1c2god2FzUXVvdGVkID8gZmllbGQgOiBmaWVsZC50cmltKCkpO1xuICAgIGlmICghY29sdW1ucykge1xuICAgICAgY29uc3QgbmFtZXMgPSBmaWVsZHMubWFwKChmKSA9PiBmLnRvTG93ZXJDYXNlKCkpO1xuICAgICAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nKSA9PiBuYW1lcy5pbmRleE9mKG5hbWUpO1xuICAgICAgaWYgKGF0KCdlbWFpbCcpIDwgMCB8fCBhdCgncGFzc3dvcmQnKSA8IDAgfHwgYXQoJ3JvbGUnKSA8IDApIHtcbiAgICAgICAgZmFpbChuICsgMSwgYHRoZSBmaXJzdCBsaW5lIG11c3QgYmUgdGhlIGhlYWRlciBlbWFpbCxwYXNzd29yZCxyb2xlIChnb3QgJHtKU09OLnN0cmluZ2lmeShsaW5lLnNsaWNlKDAsIDgwKSl9KWApO1xuICAgICAgfVxuICAgICAgY29sdW1ucyA9IHsgZW1haWw6IGF0KCdlbWFpbCcpLCBwYXNzd29yZDogYXQoJ3Bhc3N3b3JkJyksIHJvbGU6IGF0KCdyb2xlJykgfTtcbiAgICAgIHdpZHRoID0gZmllbGRzLmxlbmd0aDtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoZmllbGRzLmxlbmd0aCAhPT0gd2lkdGgpIGZhaWwobiArIDEsIGBleHBlY3RlZCAke3dpZHRofSBmaWVsZHMgbGlrZSB0aGUgaGVhZGVyLCBnb3QgJHtmaWVsZHMubGVuZ3RofWApO1xuICAgIGNvbnN0IGVtYWlsID0gZmllbGRzW2NvbHVtbnMuZW1haWxdID8/ICcnO1xuICAgIGNvbnN0IHBhc3N3b3JkID0gZmllbGRzW2NvbHVtbnMucGFzc3dvcmRdID8/ICcnO1xuICAgIGNvbnN0IHJvbGUgPSAoZmllbGRzW2NvbHVtbnMucm9sZV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG4gICAgaWYgKGVtYWlsID09PSAnJykgZmFpbChuICsgMSwgJ2VtcHR5IGVtYWlsJyk7XG4gICAgaWYgKHBhc3N3b3JkID09PSAnJykgZmFpbChuICsgMSwgYGVtcHR5IHBhc3N3b3JkIGZvciAke2VtYWlsfWApO1xuICAgIGlmICghKFJPTEVTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyhyb2xlKSlcbiAgICAgIGZhaWwobiArIDEsIGB1bmtub3duIHJvbGUgJHtKU09OLnN0cmluZ2lmeShyb2xlKX0gZm9yICR7ZW1haWx9ICh1c2UgcmVndWxhciwgcG93ZXIgb3IgYWRtaW4pYCk7XG4gICAgaWYgKHNlZW4uaGFzKGVtYWlsLnRvTG93ZXJDYXNlKCkpKSBmYWlsKG4gKyAxLCBgJHtlbWFpbH0gaXMgbGlzdGVkIHR3aWNlYCk7XG4gICAgc2Vlbi5hZGQoZW1haWwudG9Mb3dlckNhc2UoKSk7XG4gICAgYWNjb3VudHNbcm9sZSBhcyBSb2xlXS5wdXNoKHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG4gIGlmICghY29sdW1ucykgZmFpbCgxLCAndGhlIGZpbGUgaXMgZW1wdHk6IGl0IG5lZWRzIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZSBhbmQgb25lIGxpbmUgcGVyIGFjY291bnQnKTtcbiAgcmV0dXJuIGFjY291bnRzO1xufVxuXG4vKiogYHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwYCAtPiBzaXplczsgYSByb2xlIGxlZnQgb3V0IGhhcyBub25lLiBUaHJvd3MgbmFtaW5nIGBuYW1lYCBvbiBhbnl0aGluZyBlbHNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUG9vbFNwZWMoc3BlYzogc3RyaW5nLCBuYW1lOiBzdHJpbmcpOiBQb29sU2l6ZXMge1xuICBjb25zdCBzaXplczogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAncm9sZTpjb3VudCBwYWlycyBzdWNoIGFzIHJlZ3VsYXI6MjAwLHBvd2VyOjUwLGFkbWluOjEwJztcbiAgZm9yIChjb25zdCBwYXJ0IG9mIHNwZWNcbiAgICAuc3BsaXQoJywnKVxuICAgIC5tYXAoKHApID0+IHAudHJpbSgpKVxuICAgIC5maWx0ZXIoKHApID0+IHAgIT09ICcnKSkge1xuICAgIGNvbnN0IG1hdGNoID0gL14ocmVndWxhcnxwb3dlcnxhZG1pbik6KFxcZHsxLDZ9KSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKCFtYXRjaClcbiAgICAgIHRocm93IG5ldyBVc2Vyc0ZpbGVFcnJvcihgaW52YWxpZCAke25hbWV9PSR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9OiBcIiR7cGFydH1cIiBpcyBub3Qgb25lIG9mICR7ZXhwZWN0ZWR9YCk7XG4gICAgc2l6ZXNbbWF0Y2hbMV0gYXMgUm9sZV0gPSBOdW1iZXIobWF0Y2hbMl0pO1xuICB9XG4gIGlmIChzaXplcy5yZWd1bGFyICsgc2l6ZXMucG93ZXIgKyBzaXplcy5hZG1pbiA9PT0gMClcbiAgICB0aHJvdyBuZXcgVXNlcnNGaWxlRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHNwZWMpfTogZXhwZWN0ZWQgJHtleHBlY3RlZH1gKTtcbiAgcmV0dXJuIHNpemVzO1xufVxuXG4vKiogVGhlIGVtYWlsIG9mIHRoZSBuLXRoIChmcm9tIDEpIGRlbW8gcG9vbCBhY2NvdW50IG9mIGEgcm9sZTogcmVndWxhci0wMDAxQGV4YW1wbGUuY29tLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvb2xFbWFpbChyb2xlOiBSb2xlLCBuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cm9sZX0tJHtTdHJpbmcobikucGFkU3RhcnQoNCwgJzAnKX1AZXhhbXBsZS5jb21gO1xufVxuXG4vKiogV2h5IGEgcG9vbCBpcyB0b28gc21hbGwgZm9yIGRpc3RpbmN0IGFjY291bnRzLCBvciB1bmRlZmluZWQgd2hlbiBldmVyeSBWVSBjYW4gaGF2ZSBpdHMgb3duLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvb1NtYWxsRm9yRGlzdGluY3Qoc2l6ZXM6IFBvb2xTaXplcywgbmVlZGVkOiBQb29sU2l6ZXMsIHNvdXJjZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgaWYgKG5lZWRlZFtyb2xlXSA+IDAgJiYgc2l6ZXNbcm9sZV0gPCBuZWVkZWRbcm9sZV0pIHtcbiAgICAgIHJldHVybiAoXG4gICAgICAgIGAke3NvdXJjZX0gaGFzICR7c2l6ZXNbcm9sZV19ICR7cm9sZX0gYWNjb3VudChzKSwgYnV0IFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWUgbmVlZHMgJHtuZWVkZWRbcm9sZV19OiBgICtcbiAgICAgICAgYG9uZSBwZXIgVlUgaWQgdGhpcyBlbnRyeSBjYW4gc3RhcnQgKGs2IG51bWJlcnMgVlVzIGFjcm9zcyBhbGwgY2xhc3NlcywgYW5kIFZVIG4gdXNlcyB0aGUgY2xhc3MncyBhY2NvdW50IG4gbW9kIHNpemUpYFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBUaGUgaGlnaGVzdCBWVSBpZCBrNiBjYW4gaGFuZCBvdXQgZm9yIHRoZXNlIHNjZW5hcmlvcyAodGhlIHN1bSBvZiBlYWNoIHNjZW5hcmlvJ3MgVlVzLCBhbiB1cHBlclxuICogYm91bmQgb2YgazYncyBtYXhWVXMpOiBWVSBpZHMgYXJlIG51bWJlcmVkIGFjcm9zcyBhbGwgc2NlbmFyaW9zLCBzbyBhIGNsYXNzJ3MgYWNjb3VudHMgYXJlXG4gKiBpbmRleGVkIGJ5IGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdnVJZEJvdW5kKHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+KTogbnVtYmVyIHtcbiAgbGV0IHRvdGFsID0gMDtcbiAgZm9yIChjb25zdCBzIG9mIE9iamVjdC52YWx1ZXMoc2NlbmFyaW9zKSkge1xuICAgIGNvbnN0IHN0YWdlcyA9IChzLnN0YWdlcyBhcyB7IHRhcmdldDogbnVtYmVyIH1bXSB8IHVuZGVmaW5lZCkgPz8gW107XG4gICAgY29uc3QgbW9zdCA9IE1hdGgubWF4KE51bWJlcihzLnN0YXJ0VlVzID8/IDApLCAuLi5zdGFnZXMubWFwKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0KSk7XG4gICAgaWYgKHMuZXhlY3V0b3IgPT09ICdyYW1waW5nLXZ1cycpIHRvdGFsICs9IG1vc3Q7XG4gICAgZWxzZSBpZiAodHlwZW9mIHMubWF4VlVzID09PSAnbnVtYmVyJykgdG90YWwgKz0gcy5tYXhWVXM7XG4gICAgZWxzZSBpZiAodHlwZW9mIHMucHJlQWxsb2NhdGVkVlVzID09PSAnbnVtYmVyJykgdG90YWwgKz0gcy5wcmVBbGxvY2F0ZWRWVXM7XG4gICAgZWxzZSB0b3RhbCArPSBOdW1iZXIocy52dXMgPz8gMSk7XG4gIH1cbiAgcmV0dXJuIHRvdGFsO1xufVxuIiwgIi8vIFJ1biBjb25maWd1cmF0aW9uIGZyb20gdGhlIGVudmlyb25tZW50LCB2YWxpZGF0ZWQgdXAgZnJvbnQuIFB1cmUgKG5vIGs2IGltcG9ydHMpIHNvIHRoZVxuLy8gcGFyc2luZyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlOyBsaWIvY29uZmlnL2Vudi50cyBhcHBsaWVzIGl0IHRvIGs2J3MgX19FTlYgYXQgaW5pdCwgd2hlcmUgYSB0aHJvd1xuLy8gc3RvcHMgdGhlIHJ1biBiZWZvcmUgYW55IHJlcXVlc3QgaXMgc2VudC5cbmltcG9ydCB7IERFRkFVTFRfVEFSR0VUUywgdHlwZSBUYXJnZXRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzJztcbmltcG9ydCB7IHR5cGUgUG9vbFNpemVzLCBwYXJzZVBvb2xTcGVjLCBVc2Vyc0ZpbGVFcnJvciB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCB0eXBlIEVudiA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlZGVudGlhbHMge1xuICBlbWFpbDogc3RyaW5nO1xuICBwYXNzd29yZDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbmZpZyB7XG4gIGJhc2VVcmw6IHN0cmluZztcbiAgdXNlcnM6IHsgcmVndWxhcjogQ3JlZGVudGlhbHM7IHBvd2VyOiBDcmVkZW50aWFsczsgYWRtaW46IENyZWRlbnRpYWxzIH07XG4gIC8qKiBIb2xkIHRpbWUgb2YgdGhlIG1haW4gbG9hZCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTikuICovXG4gIGR1cmF0aW9uUzogbnVtYmVyO1xuICAvKiogUGVhayBudW1iZXIgb2YgdmlydHVhbCB1c2VycyAoUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUykuICovXG4gIGNvbmN1cnJlbnRVc2VyczogbnVtYmVyO1xuICAvKiogUGVyLXJlcXVlc3QgdGltZW91dCwgc2Vjb25kcyAoUEVSRk9STUFOQ0VfQVBJX1RJTUVPVVQpLiAqL1xuICBhcGlUaW1lb3V0UzogbnVtYmVyO1xuICAvKiogUmFtcC11cCBhbmQgcmFtcC1kb3duIHRpbWUsIHNlY29uZHMuICovXG4gIHJhbXBVcFM6IG51bWJlcjtcbiAgcmFtcERvd25TOiBudW1iZXI7XG4gIC8qKiBTaGFyZSBvZiBWVXMgcGVyIHVzZXIgdHlwZSwgcGVyY2VudCwgc3VtbWluZyB0byAxMDAuICovXG4gIHdlaWdodHM6IHsgcmVndWxhcjogbnVtYmVyOyBwb3dlcjogbnVtYmVyOyBhZG1pbjogbnVtYmVyIH07XG4gIC8qKiBUaGluayB0aW1lIGJldHdlZW4gYSB1c2VyJ3MgYWN0aW9ucywgc2Vjb25kcywgZHJhd24gdW5pZm9ybWx5IGZyb20gW21pbiwgbWF4XS4gKi9cbiAgdGhpbmtUaW1lUzogeyBtaW46IG51bWJlcjsgbWF4OiBudW1iZXIgfTtcbiAgLyoqIEhvdyBvZnRlbiBhIHBvd2VyIHVzZXIgcG9sbHMgYSBnZW5lcmF0aW9uIGpvYiwgYW5kIGhvdyBsb25nIGl0IHdhaXRzIGF0IG1vc3QsIHNlY29uZHMuICovXG4gIHBvbGxJbnRlcnZhbFM6IG51bWJlcjtcbiAgZ2VuZXJhdGlvblRpbWVvdXRTOiBudW1iZXI7XG4gIC8qKiBDaGFwdGVycyBwZXIgZ2VuZXJhdGVkIGNvdXJzZS4gKi9cbiAgY2hhcHRlcnNQZXJDb3Vyc2U6IG51bWJlcjtcbiAgc2lkZWNhclVybDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2lkZWNhciBzYW1wbGVzIGdvIG1pc3NpbmcgKFNJREVDQVJfU1RSSUNUPXRydWUpLiAqL1xuICBzaWRlY2FyU3RyaWN0OiBib29sZWFuO1xuICAvKiogSG9zdHMgYmVzaWRlcyBsb29wYmFjayB0aGF0IGVudHJpZXMgaGVhdmllciB0aGFuIHNtb2tlIG1heSBsb2FkIChQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTKS4gKi9cbiAgYWxsb3dlZEhvc3RzOiBzdHJpbmdbXTtcbiAgdGFyZ2V0czogVGFyZ2V0cztcbiAgLyoqIFRoZSB1c2VyIHBvb2w6IGEgQ1NWIG9mIGFjY291bnRzIChQRVJGT1JNQU5DRV9VU0VSU19GSUxFKSwgb3IgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX1VTRVJTIHBvb2w7IG5laXRoZXI6IG9uZSBhY2NvdW50IHBlciBjbGFzcy4gKi9cbiAgdXNlcnNGaWxlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGRlbW9Vc2VyczogUG9vbFNpemVzIHwgdW5kZWZpbmVkO1xuICAvKiogUmVmdXNlIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgY2xhc3MgdGhhbiBWVSBpZHMgKFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWUpLiAqL1xuICB1c2Vyc0Rpc3RpbmN0OiBib29sZWFuO1xuICAvKiogS2VwdCBjb3Vyc2VzIHBlciByZWd1bGFyL3Bvd2VyIGFjY291bnQgKFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyksIG9mIHdoaWNoIHRoZSBmaXJzdCBOIG9mIGVhY2ggcmVndWxhciBhY2NvdW50IGFyZSBnZW5lcmF0ZWQuICovXG4gIGRhdGFzZXQ6IHsgY291cnNlczogbnVtYmVyOyBnZW5lcmF0ZWQ6IG51bWJlcjsgcmVzZWVkOiBib29sZWFuIH07XG59XG5cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgb3ZlcnJpZGUgbmFtZSA9ICdDb25maWdFcnJvcic7XG59XG5cbnR5cGUgUmVhZDxUPiA9IChlbnY6IEVudiwgbmFtZTogc3RyaW5nLCBmYWxsYmFjazogVCkgPT4gVDtcblxuZnVuY3Rpb24gcmF3KGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IGVudltuYW1lXTtcbiAgcmV0dXJuIHZhbHVlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB2YWx1ZS50cmltKCk7XG59XG5cbmZ1bmN0aW9uIGZhaWwobmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBleHBlY3RlZDogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGludmFsaWQgJHtuYW1lfT0ke0pTT04uc3RyaW5naWZ5KHZhbHVlKX06IGV4cGVjdGVkICR7ZXhwZWN0ZWR9YCk7XG59XG5cbmZ1bmN0aW9uIG51bWJlckluKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgd2hhdDogc3RyaW5nLCBpbnRlZ2VyOiBib29sZWFuKTogUmVhZDxudW1iZXI+IHtcbiAgcmV0dXJuIChlbnYsIG5hbWUsIGZhbGxiYWNrKSA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICAgIGNvbnN0IGV4cGVjdGVkID0gYCR7d2hhdH0gZnJvbSAke21pbn0gdG8gJHttYXh9YDtcbiAgICBpZiAoIS9eWytdP1xcZCsoXFwuXFxkKyk/JC8udGVzdCh2YWx1ZSkpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgICBjb25zdCBwYXJzZWQgPSBOdW1iZXIodmFsdWUpO1xuICAgIGlmICgoaW50ZWdlciAmJiAhTnVtYmVyLmlzSW50ZWdlcihwYXJzZWQpKSB8fCBwYXJzZWQgPCBtaW4gfHwgcGFyc2VkID4gbWF4KSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gICAgcmV0dXJuIHBhcnNlZDtcbiAgfTtcbn1cblxuLyoqIFdob2xlIHNlY29uZHMsIGUuZy4gNjAgKGEgdW5pdCBzdWNoIGFzIFwiNjBzXCIgb3IgXCIxbVwiIGlzIHJlZnVzZWQgcmF0aGVyIHRoYW4gZ3Vlc3NlZCkuICovXG5jb25zdCBzZWNvbmRzID0gKG1pbjogbnVtYmVyLCBtYXg6IG51bWJlcikgPT4gbnVtYmVySW4obWluLCBtYXgsICdhIHdob2xlIG51bWJlciBvZiBzZWNvbmRzJywgdHJ1ZSk7XG5jb25zdCBjb3VudCA9IChtaW46IG51bWJlciwgbWF4OiBudW1iZXIpID0+IG51bWJlckluKG1pbiwgbWF4LCAnYSB3aG9sZSBudW1iZXInLCB0cnVlKTtcbmNvbnN0IG1pbGxpcyA9IG51bWJlckluKDEsIDNfNjAwXzAwMCwgJ21pbGxpc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpO1xuY29uc3QgZnJhY3Rpb24gPSBudW1iZXJJbigwLCAxLCAnYSBmcmFjdGlvbiAoZS5nLiAwLjk1KScsIGZhbHNlKTtcblxuY29uc3QgdGV4dDogUmVhZDxzdHJpbmc+ID0gKGVudiwgbmFtZSwgZmFsbGJhY2spID0+IHtcbiAgY29uc3QgdmFsdWUgPSBlbnZbbmFtZV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh2YWx1ZS50cmltKCkgPT09ICcnKSBmYWlsKG5hbWUsIHZhbHVlLCAnYSBub24tZW1wdHkgdmFsdWUnKTtcbiAgcmV0dXJuIHZhbHVlO1xufTtcblxuZnVuY3Rpb24gdXJsKGVudjogRW52LCBuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBjb25zdCBtYXRjaCA9IC9eKGh0dHBzPyk6XFwvXFwvKFteL1xcczpdK3xcXFtbMC05YS1mQS1GOl0rXFxdKSg6XFxkezEsNX0pPyhcXC9cXFMqKT8kLy5leGVjKHZhbHVlKTtcbiAgaWYgKCFtYXRjaCkgZmFpbChuYW1lLCB2YWx1ZSwgJ2FuIGh0dHAocykgVVJMIHN1Y2ggYXMgaHR0cDovLzEyNy4wLjAuMTo4MDAwJyk7XG4gIHJldHVybiB2YWx1ZS5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gd2VpZ2h0cyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCB2YWx1ZSA9IHJhdyhlbnYsIG5hbWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcmVndWxhcjogNzAsIHBvd2VyOiAyMCwgYWRtaW46IDEwIH07XG4gIGNvbnN0IHBhcnRzID0gdmFsdWUuc3BsaXQoJy8nKS5tYXAoKHBhcnQpID0+IHBhcnQudHJpbSgpKTtcbiAgY29uc3QgZXhwZWN0ZWQgPSAndGhyZWUgd2hvbGUgcGVyY2VudGFnZXMgcmVndWxhci9wb3dlci9hZG1pbiBzdW1taW5nIHRvIDEwMCwgZS5nLiA3MC8yMC8xMCc7XG4gIGlmIChwYXJ0cy5sZW5ndGggIT09IDMgfHwgcGFydHMuc29tZSgocGFydCkgPT4gIS9eXFxkKyQvLnRlc3QocGFydCkpKSBmYWlsKG5hbWUsIHZhbHVlLCBleHBlY3RlZCk7XG4gIGNvbnN0IFtyZWd1bGFyLCBwb3dlciwgYWRtaW5dID0gcGFydHMubWFwKE51bWJlcikgYXMgW251bWJlciwgbnVtYmVyLCBudW1iZXJdO1xuICBpZiAocmVndWxhciArIHBvd2VyICsgYWRtaW4gIT09IDEwMCkgZmFpbChuYW1lLCB2YWx1ZSwgZXhwZWN0ZWQpO1xuICByZXR1cm4geyByZWd1bGFyLCBwb3dlciwgYWRtaW4gfTtcbn1cblxuZnVuY3Rpb24gdGhpbmtUaW1lKGVudjogRW52LCBuYW1lOiBzdHJpbmcpOiBDb25maWdbJ3RoaW5rVGltZVMnXSB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBtaW46IDEsIG1heDogMyB9O1xuICBjb25zdCBtYXRjaCA9IC9eKFxcZCsoPzpcXC5cXGQrKT8pKD86LShcXGQrKD86XFwuXFxkKyk/KSk/JC8uZXhlYyh2YWx1ZSk7XG4gIGNvbnN0IGV4cGVjdGVkID0gJ3NlY29uZHMgYXMgTiBvciBNSU4tTUFYIChlLmcuIDEtMyksIGVhY2ggYXQgbW9zdCA2MCc7XG4gIGlmICghbWF0Y2gpIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgY29uc3QgbWluID0gTnVtYmVyKG1hdGNoWzFdKTtcbiAgY29uc3QgbWF4ID0gbWF0Y2hbMl0gPT09IHVuZGVmaW5lZCA/IG1pbiA6IE51bWJlcihtYXRjaFsyXSk7XG4gIGlmIChtYXggPCBtaW4gfHwgbWF4ID4gNjApIGZhaWwobmFtZSwgdmFsdWUsIGV4cGVjdGVkKTtcbiAgcmV0dXJuIHsgbWluLCBtYXggfTtcbn1cblxuZnVuY3Rpb24gZmxhZyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IHZhbHVlID0gcmF3KGVudiwgbmFtZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJyB8fCB2YWx1ZSA9PT0gJ2ZhbHNlJyB8fCB2YWx1ZSA9PT0gJzAnKSByZXR1cm4gZmFsc2U7XG4gIGlmICh2YWx1ZSA9PT0gJ3RydWUnIHx8IHZhbHVlID09PSAnMScpIHJldHVybiB0cnVlO1xuICByZXR1cm4gZmFpbChuYW1lLCB2YWx1ZSwgJ3RydWUgb3IgZmFsc2UnKTtcbn1cblxuZnVuY3Rpb24gaG9zdExpc3QoZW52OiBFbnYsIG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gW107XG4gIGNvbnN0IGhvc3RzID0gdmFsdWUuc3BsaXQoJywnKS5tYXAoKGhvc3QpID0+IGhvc3QudHJpbSgpLnRvTG93ZXJDYXNlKCkpO1xuICBpZiAoaG9zdHMuc29tZSgoaG9zdCkgPT4gIS9eKFxcW1swLTlhLWY6XStcXF18W2EtejAtOS5cXC06XSspJC8udGVzdChob3N0KSkpIHtcbiAgICBmYWlsKG5hbWUsIHZhbHVlLCAnYSBjb21tYS1zZXBhcmF0ZWQgbGlzdCBvZiBob3N0IG5hbWVzIG9yIGFkZHJlc3NlcywgZS5nLiBzdGFnaW5nLmV4YW1wbGUuY29tLDEwLjAuMC41Jyk7XG4gIH1cbiAgcmV0dXJuIGhvc3RzO1xufVxuXG5mdW5jdGlvbiBjcmVkZW50aWFscyhlbnY6IEVudiwgcHJlZml4OiBzdHJpbmcsIGZhbGxiYWNrRW1haWw6IHN0cmluZywgZmFsbGJhY2tQYXNzd29yZDogc3RyaW5nKTogQ3JlZGVudGlhbHMge1xuICByZXR1cm4ge1xuICAgIGVtYWlsOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9FTUFJTGAsIGZhbGxiYWNrRW1haWwpLFxuICAgIHBhc3N3b3JkOiB0ZXh0KGVudiwgYCR7cHJlZml4fV9QQVNTV09SRGAsIGZhbGxiYWNrUGFzc3dvcmQpLFxuICB9O1xufVxuXG5mdW5jdGlvbiBwb29sU3BlYyhlbnY6IEVudiwgbmFtZTogc3RyaW5nKTogUG9vbFNpemVzIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmFsdWUgPSByYXcoZW52LCBuYW1lKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIHJldHVybiBwYXJzZVBvb2xTcGVjKHZhbHVlLCBuYW1lKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoZXJyb3IgaW5zdGFuY2VvZiBVc2Vyc0ZpbGVFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBkYXRhc2V0KGVudjogRW52KTogQ29uZmlnWydkYXRhc2V0J10ge1xuICBjb25zdCBjb3Vyc2VzID0gY291bnQoMCwgMTAwMCkoZW52LCAnUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTJywgMjApO1xuICBjb25zdCBnZW5lcmF0ZWQgPSBjb3VudCgwLCAxMDAwKShlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX0dFTkVSQVRFRCcsIE1hdGgubWluKDEsIGNvdXJzZXMpKTtcbiAgaWYgKGdlbmVyYXRlZCA+IGNvdXJzZXMpXG4gICAgZmFpbCgnUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQnLCBTdHJpbmcoZ2VuZXJhdGVkKSwgYGF0IG1vc3QgUEVSRk9STUFOQ0VfREFUQVNFVF9DT1VSU0VTICgke2NvdXJzZXN9KWApO1xuICByZXR1cm4geyBjb3Vyc2VzLCBnZW5lcmF0ZWQsIHJlc2VlZDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRCcpIH07XG59XG5cbi8qKiBSZWFkcyBhbmQgdmFsaWRhdGVzIGV2ZXJ5IHNldHRpbmc7IHRocm93cyBDb25maWdFcnJvciBuYW1pbmcgdGhlIGZpcnN0IGJhZCB2YXJpYWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUNvbmZpZyhlbnY6IEVudik6IENvbmZpZyB7XG4gIGNvbnN0IGQgPSBERUZBVUxUX1RBUkdFVFM7XG4gIGNvbnN0IGR1cmF0aW9uUyA9IHNlY29uZHMoMSwgNyAqIDI0ICogMzYwMCkoZW52LCAnUEVSRk9STUFOQ0VfVEVTVF9EVVJBVElPTicsIDYwKTtcbiAgY29uc3QgcmFtcFVwUyA9IHNlY29uZHMoMCwgMjQgKiAzNjAwKShcbiAgICBlbnYsXG4gICAgJ1BFUkZPUk1BTkNFX1JBTVBfVVAnLFxuICAgIE1hdGgubWluKDMwLCBNYXRoLm1heCgxLCBNYXRoLnJvdW5kKGR1cmF0aW9uUyAvIDQpKSksXG4gICk7XG4gIHJldHVybiB7XG4gICAgYmFzZVVybDogdXJsKGVudiwgJ0JBU0VfVVJMJywgJ2h0dHA6Ly8xMjcuMC4wLjE6ODAwMCcpIGFzIHN0cmluZyxcbiAgICB1c2Vyczoge1xuICAgICAgcmVndWxhcjogY3JlZGVudGlhbHMoZW52LCAnUkVHVUxBUl9VU0VSJywgJ3JlZ3VsYXJAZXhhbXBsZS5jb20nLCAncmVndWxhci1wYXNzd29yZCcpLFxuICAgICAgcG93ZXI6IGNyZWRlbnRpYWxzKGVudiwgJ1BPV0VSX1VTRVInLCAncG93ZXJAZXhhbXBsZS5jb20nLCAncG93ZXItcGFzc3dvcmQnKSxcbiAgICAgIGFkbWluOiBjcmVkZW50aWFscyhlbnYsICdBRE1JTl9VU0VSJywgJ2FkbWluQGV4YW1wbGUuY29tJywgJ2FkbWluLXBhc3N3b3JkJyksXG4gICAgfSxcbiAgICBkdXJhdGlvblMsXG4gICAgY29uY3VycmVudFVzZXJzOiBjb3VudCgxLCAxMDBfMDAwKShlbnYsICdQRVJGT1JNQU5DRV9DT05DVVJSRU5UX1VTRVJTJywgMTAwKSxcbiAgICBhcGlUaW1lb3V0Uzogc2Vjb25kcygxLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9BUElfVElNRU9VVCcsIDMwKSxcbiAgICByYW1wVXBTLFxuICAgIHJhbXBEb3duUzogc2Vjb25kcygwLCAzNjAwKShlbnYsICdQRVJGT1JNQU5DRV9SQU1QX0RPV04nLCBNYXRoLm1pbigxMCwgcmFtcFVwUykpLFxuICAgIHdlaWdodHM6IHdlaWdodHMoZW52LCAnUEVSRk9STUFOQ0VfVVNFUl9XRUlHSFRTJyksXG4gICAgdGhpbmtUaW1lUzogdGhpbmtUaW1lKGVudiwgJ1BFUkZPUk1BTkNFX1RISU5LX1RJTUUnKSxcbiAgICBwb2xsSW50ZXJ2YWxTOiBudW1iZXJJbigwLjEsIDYwLCAnc2Vjb25kcyAoYSBudW1iZXIpJywgZmFsc2UpKGVudiwgJ0dFTkVSQVRJT05fUE9MTF9JTlRFUlZBTCcsIDEpLFxuICAgIGdlbmVyYXRpb25UaW1lb3V0Uzogc2Vjb25kcygxLCAyNCAqIDM2MDApKGVudiwgJ0dFTkVSQVRJT05fVElNRU9VVCcsIDMwMCksXG4gICAgY2hhcHRlcnNQZXJDb3Vyc2U6IGNvdW50KDEsIDIwKShlbnYsICdHRU5FUkFUSU9OX0NIQVBURVJTJywgMyksXG4gICAgc2lkZWNhclVybDogdXJsKGVudiwgJ1NJREVDQVJfVVJMJywgdW5kZWZpbmVkKSxcbiAgICBzaWRlY2FyU3RyaWN0OiBmbGFnKGVudiwgJ1NJREVDQVJfU1RSSUNUJyksXG4gICAgYWxsb3dlZEhvc3RzOiBob3N0TGlzdChlbnYsICdQRVJGT1JNQU5DRV9BTExPV0VEX0hPU1RTJyksXG4gICAgdGFyZ2V0czoge1xuICAgICAgYXBpUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5NV9NUycsIGQuYXBpUDk1TXMpLFxuICAgICAgYXBpUDk5TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfQVBJX1A5OV9NUycsIGQuYXBpUDk5TXMpLFxuICAgICAgaGVhbHRoUDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfSEVBTFRIX1A5NV9NUycsIGQuaGVhbHRoUDk1TXMpLFxuICAgICAgZXhwb3J0UDk1TXM6IG1pbGxpcyhlbnYsICdUSFJFU0hPTERfRVhQT1JUX1A5NV9NUycsIGQuZXhwb3J0UDk1TXMpLFxuICAgICAgbG9naW5QOTVNczogbWlsbGlzKGVudiwgJ1RIUkVTSE9MRF9MT0dJTl9QOTVfTVMnLCBkLmxvZ2luUDk1TXMpLFxuICAgICAgY2hhcHRlclA5NU1zOiBzZWNvbmRzKDEsIDI0ICogMzYwMCkoZW52LCAnVEhSRVNIT0xEX0NIQVBURVJfUDk1X1MnLCBkLmNoYXB0ZXJQOTVNcyAvIDEwMDApICogMTAwMCxcbiAgICAgIHN1Y2Nlc3NSYXRlOiBmcmFjdGlvbihlbnYsICdUSFJFU0hPTERfU1VDQ0VTU19SQVRFJywgZC5zdWNjZXNzUmF0ZSksXG4gICAgICBlcnJvclJhdGU6IGZyYWN0aW9uKGVudiwgJ1RIUkVTSE9MRF9FUlJPUl9SQVRFJywgZC5lcnJvclJhdGUpLFxuICAgICAgZHJvcHBlZFNoYXJlOiBudW1iZXJJbihcbiAgICAgICAgMCxcbiAgICAgICAgMSxcbiAgICAgICAgJ2Egc2hhcmUgb2YgdGhlIHNjaGVkdWxlZCBpdGVyYXRpb25zIChlLmcuIDAuMDEpJyxcbiAgICAgICAgZmFsc2UsXG4gICAgICApKGVudiwgJ1RIUkVTSE9MRF9EUk9QUEVEX1NIQVJFJywgZC5kcm9wcGVkU2hhcmUpLFxuICAgICAgbWVtb3J5TWI6IGNvdW50KDEsIDFfMDQ4XzU3NikoZW52LCAnUEVSRk9STUFOQ0VfTUVNT1JZX0xJTUlUJywgZC5tZW1vcnlNYiksXG4gICAgICBjcHVQZXJjZW50OiBudW1iZXJJbigxLCAxMDAsICdhIHBlcmNlbnRhZ2UnLCBmYWxzZSkoZW52LCAnUEVSRk9STUFOQ0VfQ1BVX0xJTUlUJywgZC5jcHVQZXJjZW50KSxcbiAgICAgIG1lbW9yeUdyb3d0aE1iUGVyTWluOiBudW1iZXJJbihcbiAgICAgICAgMCxcbiAgICAgICAgMV8wMDBfMDAwLFxuICAgICAgICAnTUIgcGVyIG1pbnV0ZSAoYSBudW1iZXIpJyxcbiAgICAgICAgZmFsc2UsXG4gICAgICApKGVudiwgJ1RIUkVTSE9MRF9NRU1PUllfR1JPV1RIX01CX1BFUl9NSU4nLCBkLm1lbW9yeUdyb3d0aE1iUGVyTWluKSxcbiAgICB9LFxuICAgIHVzZXJzRmlsZTogcmF3KGVudiwgJ1BFUkZPUk1BTkNFX1VTRVJTX0ZJTEUnKSB8fCB1bmRlZmluZWQsXG4gICAgZGVtb1VzZXJzOiBwb29sU3BlYyhlbnYsICdERU1PX1VTRVJTJyksXG4gICAgdXNlcnNEaXN0aW5jdDogZmxhZyhlbnYsICdQRVJGT1JNQU5DRV9VU0VSU19ESVNUSU5DVCcpLFxuICAgIGRhdGFzZXQ6IGRhdGFzZXQoZW52KSxcbiAgfTtcbn1cblxuLyoqIFRoZSBob3N0IHBhcnQgb2YgYSBVUkwsIGxvd2VyLWNhc2VkLCBJUHY2IGluIGJyYWNrZXRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhvc3RPZihiYXNlVXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBtYXRjaCA9IC9eaHR0cHM/OlxcL1xcLyhcXFtbXlxcXV0rXFxdfFteLzpdKykvaS5leGVjKGJhc2VVcmwpO1xuICByZXR1cm4gKG1hdGNoPy5bMV0gPz8gJycpLnRvTG93ZXJDYXNlKCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc0xvb3BiYWNrKGhvc3Q6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gaG9zdCA9PT0gJ2xvY2FsaG9zdCcgfHwgaG9zdCA9PT0gJ1s6OjFdJyB8fCBob3N0ID09PSAnOjoxJyB8fCAvXjEyN1xcLlxcZHsxLDN9XFwuXFxkezEsM31cXC5cXGR7MSwzfSQvLnRlc3QoaG9zdCk7XG59XG5cbi8qKlxuICogVGhlIHRhcmdldCBndWFyZDogYW4gZW50cnkgaGVhdmllciB0aGFuIHNtb2tlIHJlZnVzZXMgYSBob3N0IHRoYXQgaXMgbm90IGxvb3BiYWNrIHVubGVzcyBpdCBpc1xuICogYWxsb3ctbGlzdGVkLCBzbyBhIHR5cG8gaW4gQkFTRV9VUkwgY2Fubm90IGxvYWQtdGVzdCBwcm9kdWN0aW9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VGFyZ2V0QWxsb3dlZChjb25maWc6IENvbmZpZywgZW50cnk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBob3N0ID0gaG9zdE9mKGNvbmZpZy5iYXNlVXJsKTtcbiAgaWYgKGlzTG9vcGJhY2soaG9zdCkgfHwgY29uZmlnLmFsbG93ZWRIb3N0cy5pbmNsdWRlcyhob3N0KSkgcmV0dXJuO1xuICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgYHJlZnVzaW5nIHRvIHJ1biBcIiR7ZW50cnl9XCIgYWdhaW5zdCAke2NvbmZpZy5iYXNlVXJsfTogJHtob3N0fSBpcyBub3QgYSBsb29wYmFjayBhZGRyZXNzLiBgICtcbiAgICAgIGBJZiB5b3UgbWVhbiB0byBsb2FkLXRlc3QgaXQsIGFsbG93IGl0IHdpdGggUEVSRk9STUFOQ0VfQUxMT1dFRF9IT1NUUz0ke2hvc3R9IChjb21tYS1zZXBhcmF0ZWQgbGlzdCkuYCxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIHNjZW5hcmlvJ3Mgb3duIG51bWVyaWMgc2V0dGluZyAoZS5nLiBTUElLRV9GQUNUT1IpLCB2YWxpZGF0ZWQgbGlrZSB0aGUgc2hhcmVkIG9uZXM6IGEgYmFkXG4gKiB2YWx1ZSBzdG9wcyB0aGUgcnVuIGF0IGluaXQgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSB2YXJpYWJsZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVudk51bWJlcihcbiAgZW52OiBFbnYsXG4gIG5hbWU6IHN0cmluZyxcbiAgZmFsbGJhY2s6IG51bWJlcixcbiAgcmFuZ2U6IHsgbWluOiBudW1iZXI7IG1heDogbnVtYmVyOyBpbnRlZ2VyPzogYm9vbGVhbjsgd2hhdD86IHN0cmluZyB9LFxuKTogbnVtYmVyIHtcbiAgY29uc3Qgd2hhdCA9IHJhbmdlLndoYXQgPz8gKHJhbmdlLmludGVnZXIgPyAnYSB3aG9sZSBudW1iZXInIDogJ2EgbnVtYmVyJyk7XG4gIHJldHVybiBudW1iZXJJbihyYW5nZS5taW4sIHJhbmdlLm1heCwgd2hhdCwgcmFuZ2UuaW50ZWdlciA/PyBmYWxzZSkoZW52LCBuYW1lLCBmYWxsYmFjayk7XG59XG4iLCAiLy8gRWFjaCBlbnRyeSdzIGZhY3RzIGluIG9uZSBwbGFjZTogaXRzIG93biBzZXR0aW5ncyAoU1BJS0VfKiwgU09BS18qLCAuLi4pIGFzIGl0cyBzY2VuYXJpbyByZWFkc1xuLy8gdGhlbSwgd2hhdCBzZXRzIGl0cyBsZW5ndGgsIGhvdyB0aGUgcnVubmVyIGZpdHMgaXQgaW50byAtLW1heC1kdXJhdGlvbiwgYW5kIHdoaWNoIGxvYWQgbGV2ZWxcbi8vIGl0cyByZXNvdXJjZSBzY2FsaW5nIGZvbGxvd3MuIFJlYWQgYnkgc2NlbmFyaW9zLyoudHMgYW5kIGJ5IHRoZSBydW5uZXIgYWxpa2UsIHNvIGEgc2V0dGluZydzXG4vLyBuYW1lIGlzIHdyaXR0ZW4gb25jZS4gUHVyZSAobm8gazYgb3IgTm9kZSBpbXBvcnRzKTogYm90aCB3b3JsZHMgYnVuZGxlIGl0LlxuaW1wb3J0IHsgdHlwZSBDb25maWcsIHR5cGUgRW52LCBlbnZOdW1iZXIgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBwYXJzZUludGVyYWN0aXZlIH0gZnJvbSAnLi9pbnRlcmFjdGl2ZS50cyc7XG5cbi8qKiBUaGUgbG9hZCBsZXZlbCB3aG9zZSBzdGVwcyB0aGUgcmVzb3VyY2Utc2NhbGluZyB0YWJsZSBmb2xsb3dzIChydW5uZXIvc2NhbGluZy8pLiAqL1xuZXhwb3J0IHR5cGUgTG9hZExldmVsID0gJ3VzZXJzJyB8ICdyZXF1ZXN0c19wZXJfcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlGYWN0czxTZXR0aW5ncz4ge1xuICAvKiogSG93IHRoZSBydW5uZXIgb2ZmZXJzIGl0OiBpbiBgLS1zdWl0ZSBhbGxgLCBieSBuYW1lIG9ubHkgKHNtb2tlKSwgb3Igbm90IGF0IGFsbCAoaW50ZXJhY3RpdmU6IG5wbSBydW4gdWkpLiAqL1xuICBzdWl0ZTogJ2FsbCcgfCAnYnktbmFtZScgfCAnbm9uZSc7XG4gIC8qKiBXaGF0IHNldHMgaXRzIGxlbmd0aCwgZm9yIHRoZSBwbGFuJ3MgaGludHMuICovXG4gIGxlbmd0aDogc3RyaW5nO1xuICAvKiogVGhlIHNldHRpbmdzIHRoYXQgbWFrZSBpdHMgbG9hZCBsYXN0IGFib3V0IGBzZWNvbmRzYCAoLS1tYXgtZHVyYXRpb24pOyBhYnNlbnQgd2hlbiBpdHMgbGVuZ3RoIGlzIHRoZSBwbGF0Zm9ybSdzLiAqL1xuICBmaXQ/OiAoc2Vjb25kczogbnVtYmVyKSA9PiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogVGhlIGxvYWQgbGV2ZWwgaXRzIHJlc291cmNlIHNjYWxpbmcgZm9sbG93czsgYWJzZW50IHdoZW4gaXRzIGxvYWQgZG9lcyBub3QgY2hhbmdlIGJ5IGRlc2lnbi4gKi9cbiAgc2NhbGluZz86IExvYWRMZXZlbDtcbiAgLyoqIEl0cyBvd24gc2V0dGluZ3MsIHJlYWQgZnJvbSBrNidzIF9fRU5WIGF0IGluaXQgKGEgYmFkIHZhbHVlIHRocm93cywgbmFtaW5nIHRoZSB2YXJpYWJsZSkuICovXG4gIHNldHRpbmdzOiAoZW52OiBFbnYsIGNvbmZpZzogQ29uZmlnKSA9PiBTZXR0aW5ncztcbn1cblxuLy8gVGhlIGxlbmd0aCBoaW50cyBhcmUgYnVpbHQgZnJvbSB0aGVzZSBuYW1lcyBhdCBpbXBvcnQ7IC8qIEBfX1BVUkVfXyAqLyBsZXRzIHRoZSBidW5kbGVyIGxlYXZlXG4vLyBvdXQgdGhlIGVudHJpZXMgYSBzY2VuYXJpbyBkb2VzIG5vdCBpbXBvcnQuXG4vLyBUaGUgc2hhcmVkIGxlbmd0aCBzZXR0aW5ncyAocmVhZCBieSBsaWIvY29uZmlnL2NvbmZpZy50cykuXG5jb25zdCBEVVJBVElPTiA9ICdQRVJGT1JNQU5DRV9URVNUX0RVUkFUSU9OJztcbmNvbnN0IFJBTVBfVVAgPSAnUEVSRk9STUFOQ0VfUkFNUF9VUCc7XG5jb25zdCBSQU1QX0RPV04gPSAnUEVSRk9STUFOQ0VfUkFNUF9ET1dOJztcbi8vIEVudHJpZXMnIG93biBsZW5ndGggc2V0dGluZ3MuXG5jb25zdCBTUElLRV9QSEFTRVMgPSBbJ1NQSUtFX0JBU0VMSU5FX1MnLCAnU1BJS0VfSE9MRF9TJywgJ1NQSUtFX1JFQ09WRVJZX1MnLCAnU1BJS0VfT0JTRVJWRV9TJ10gYXMgY29uc3Q7XG5jb25zdCBTT0FLX0RVUkFUSU9OID0gJ1NPQUtfRFVSQVRJT04nO1xuY29uc3QgQlJFQUtQT0lOVF9EVVJBVElPTiA9ICdCUkVBS1BPSU5UX0RVUkFUSU9OJztcblxuLyoqIFNlY29uZHMgb2YgZWFjaCBvZiB0aGUgc3Bpa2UncyB0d28gc3VyZ2VzICh1cCBhbmQgYmFjayBkb3duKS4gKi9cbmV4cG9ydCBjb25zdCBTUElLRV9TVVJHRV9TID0gMztcbi8qKiBIb3cgbG9uZyBzbW9rZSdzIG9uZSBWVSBjYWxscyB0aGUgZW5kcG9pbnRzLiAqL1xuY29uc3QgU01PS0VfU0VDT05EUyA9IDEwO1xuXG5jb25zdCB3aG9sZVNlY29uZHMgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiAoeyBtaW4sIG1heCwgaW50ZWdlcjogdHJ1ZSwgd2hhdDogJ2Egd2hvbGUgbnVtYmVyIG9mIHNlY29uZHMnIH0pO1xuY29uc3Qgd2hvbGVOdW1iZXIgPSAobWluOiBudW1iZXIsIG1heDogbnVtYmVyKSA9PiAoeyBtaW4sIG1heCwgaW50ZWdlcjogdHJ1ZSB9KTtcbmNvbnN0IHBhcnQgPSAodG90YWw6IG51bWJlciwgc2hhcmU6IG51bWJlciwgbWluID0gMSkgPT4gU3RyaW5nKE1hdGgubWF4KG1pbiwgTWF0aC5mbG9vcih0b3RhbCAqIHNoYXJlKSkpO1xuY29uc3Qgbm9uZSA9ICgpID0+ICh7fSk7XG5cbi8qKiBSYW1wIHVwLCBob2xkLCByYW1wIGRvd246IDEvNCwgMi8zIGFuZCB0aGUgcmVzdC4gKi9cbmNvbnN0IGZpdFJhbXBzID0gKHNlY29uZHM6IG51bWJlcikgPT4gKHtcbiAgW1JBTVBfVVBdOiBwYXJ0KHNlY29uZHMsIDEgLyA0KSxcbiAgW0RVUkFUSU9OXTogcGFydChzZWNvbmRzLCAyIC8gMyksXG4gIFtSQU1QX0RPV05dOiBwYXJ0KHNlY29uZHMsIDEgLyAxMiksXG59KTtcblxuZXhwb3J0IGNvbnN0IHNtb2tlRW50cnkgPSB7XG4gIHN1aXRlOiAnYnktbmFtZScsXG4gIGxlbmd0aDogJ29uZSBwYXNzJyxcbiAgc2V0dGluZ3M6ICgpID0+ICh7IHNlY29uZHM6IFNNT0tFX1NFQ09ORFMgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgYXBpRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiBEVVJBVElPTixcbiAgZml0OiAoc2Vjb25kcykgPT4gKHsgW0RVUkFUSU9OXTogU3RyaW5nKE1hdGgubWF4KDEsIHNlY29uZHMpKSB9KSxcbiAgc2V0dGluZ3M6IChlbnYpID0+ICh7XG4gICAgLyoqIEl0ZXJhdGlvbnMvcyBwZXIgZW5kcG9pbnQgZ3JvdXAgKGhlYWx0aCAyeCwgZXhwb3J0IC8yLCBnZW5lcmF0ZSBhbmQgbG9naW4gLzUpLiAqL1xuICAgIHJhdGU6IGVudk51bWJlcihlbnYsICdBUElfUkFURScsIDUsIHsgbWluOiAwLjEsIG1heDogMTBfMDAwLCB3aGF0OiAnaXRlcmF0aW9ucyBwZXIgc2Vjb25kJyB9KSxcbiAgICAvKiogRWFjaCBlbmRwb2ludCdzIGVycm9yIGJ1ZGdldC4gKi9cbiAgICBlcnJvclJhdGU6IGVudk51bWJlcihlbnYsICdBUElfRVJST1JfUkFURScsIDAuMDEsIHsgbWluOiAwLCBtYXg6IDEsIHdoYXQ6ICdhIGZyYWN0aW9uIChlLmcuIDAuMDEpJyB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgbG9hZEVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogLyogQF9fUFVSRV9fICovIFtSQU1QX1VQLCBEVVJBVElPTiwgUkFNUF9ET1dOXS5qb2luKCcgKyAnKSxcbiAgZml0OiBmaXRSYW1wcyxcbiAgc2V0dGluZ3M6IG5vbmUsXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgcmFtcFVwRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW1JBTVBfVVAsIERVUkFUSU9OLCBSQU1QX0RPV05dLmpvaW4oJyArICcpLFxuICBmaXQ6IGZpdFJhbXBzLFxuICBzY2FsaW5nOiAndXNlcnMnLFxuICBzZXR0aW5nczogKGVudikgPT4gKHtcbiAgICAvKiogSXRzIG93biBkZWZhdWx0IHJhbXAgKDYwIHMpLCBzbG93ZXIgdGhhbiB0aGUgc2hhcmVkIG9uZS4gKi9cbiAgICByYW1wVXBTOiBlbnZOdW1iZXIoZW52LCBSQU1QX1VQLCA2MCwgd2hvbGVTZWNvbmRzKDEsIDg2XzQwMCkpLFxuICAgIGhvbGRQOTVNczogZW52TnVtYmVyKGVudiwgJ1JBTVBfSE9MRF9QOTVfTVMnLCA1MDAsIHsgbWluOiAxLCBtYXg6IDYwMF8wMDAsIHdoYXQ6ICdtaWxsaXNlY29uZHMnIH0pLFxuICAgIGRyaWZ0TGltaXQ6IGVudk51bWJlcihlbnYsICdSQU1QX0RSSUZUX0xJTUlUJywgMS41LCB7IG1pbjogMSwgbWF4OiAxMDAgfSksXG4gIH0pLFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IHNwaWtlRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gU1BJS0VfUEhBU0VTLmpvaW4oJywgJyksXG4gIGZpdDogKHNlY29uZHMpID0+IHtcbiAgICAvLyBiYXNlbGluZSwgaG9sZCwgcmVjb3ZlcnkgZ3JhY2UsIG9ic2VydmF0aW9uIGFzIDIwLzIwLzEwLzIwIG9mIHdoYXQgdGhlIHR3byBzdXJnZXMgbGVhdmUuXG4gICAgY29uc3QgbGVmdCA9IE1hdGgubWF4KDQsIHNlY29uZHMgLSAyICogU1BJS0VfU1VSR0VfUyk7XG4gICAgY29uc3QgW2Jhc2VsaW5lLCBob2xkLCByZWNvdmVyeSwgb2JzZXJ2ZV0gPSBTUElLRV9QSEFTRVM7XG4gICAgcmV0dXJuIHtcbiAgICAgIFtiYXNlbGluZV06IHBhcnQobGVmdCwgMiAvIDcpLFxuICAgICAgW2hvbGRdOiBwYXJ0KGxlZnQsIDIgLyA3KSxcbiAgICAgIFtyZWNvdmVyeV06IHBhcnQobGVmdCwgMSAvIDcpLFxuICAgICAgW29ic2VydmVdOiBwYXJ0KGxlZnQsIDIgLyA3KSxcbiAgICB9O1xuICB9LFxuICBzY2FsaW5nOiAndXNlcnMnLFxuICBzZXR0aW5nczogKGVudiwgY29uZmlnKSA9PiB7XG4gICAgY29uc3Qgc2Vjb25kcyA9IChuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIpID0+IGVudk51bWJlcihlbnYsIG5hbWUsIGZhbGxiYWNrLCB3aG9sZVNlY29uZHMoMSwgODZfNDAwKSk7XG4gICAgY29uc3QgW2Jhc2VsaW5lLCBob2xkLCByZWNvdmVyeSwgb2JzZXJ2ZV0gPSBTUElLRV9QSEFTRVM7XG4gICAgcmV0dXJuIHtcbiAgICAgIGJhc2VVc2VyczogZW52TnVtYmVyKFxuICAgICAgICBlbnYsXG4gICAgICAgICdTUElLRV9CQVNFX1VTRVJTJyxcbiAgICAgICAgTWF0aC5tYXgoMiwgTWF0aC5yb3VuZChjb25maWcuY29uY3VycmVudFVzZXJzIC8gMTApKSxcbiAgICAgICAgd2hvbGVOdW1iZXIoMSwgMTAwXzAwMCksXG4gICAgICApLFxuICAgICAgZmFjdG9yOiBlbnZOdW1iZXIoZW52LCAnU1BJS0VfRkFDVE9SJywgNSwgeyBtaW46IDEsIG1heDogMTAwMCB9KSxcbiAgICAgIGJhc2VsaW5lUzogc2Vjb25kcyhiYXNlbGluZSwgMjApLFxuICAgICAgaG9sZFM6IHNlY29uZHMoaG9sZCwgMjApLFxuICAgICAgcmVjb3ZlcnlTOiBzZWNvbmRzKHJlY292ZXJ5LCAxMCksXG4gICAgICBvYnNlcnZlUzogc2Vjb25kcyhvYnNlcnZlLCAyMCksXG4gICAgICByZWNvdmVyeUZhY3RvcjogZW52TnVtYmVyKGVudiwgJ1NQSUtFX1JFQ09WRVJZX0ZBQ1RPUicsIDIsIHsgbWluOiAxLCBtYXg6IDEwMDAgfSksXG4gICAgfTtcbiAgfSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBzb2FrRW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW1NPQUtfRFVSQVRJT04sICcobm90IC0tZHVyYXRpb24pJ10uam9pbignICcpLFxuICBmaXQ6IChzZWNvbmRzKSA9PiAoeyBbU09BS19EVVJBVElPTl06IFN0cmluZyhNYXRoLm1heCgxMCwgc2Vjb25kcykpIH0pLFxuICBzZXR0aW5nczogKGVudiwgY29uZmlnKSA9PiAoe1xuICAgIGR1cmF0aW9uUzogZW52TnVtYmVyKGVudiwgU09BS19EVVJBVElPTiwgMTgwMCwgd2hvbGVTZWNvbmRzKDEwLCA3ICogODZfNDAwKSksXG4gICAgdXNlcnM6IGVudk51bWJlcihlbnYsICdTT0FLX1VTRVJTJywgTWF0aC5tYXgoMywgTWF0aC5yb3VuZChjb25maWcuY29uY3VycmVudFVzZXJzIC8gNSkpLCB3aG9sZU51bWJlcigxLCAxMDBfMDAwKSksXG4gICAgZHJpZnRMaW1pdDogZW52TnVtYmVyKGVudiwgJ1NPQUtfRFJJRlRfTElNSVQnLCAxLjUsIHsgbWluOiAxLCBtYXg6IDEwMCB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgY29uY3VycmVudEVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogJ29uZSBidXJzdDsgbm90IHNob3J0ZW5lZCcsXG4gIHNldHRpbmdzOiAoZW52KSA9PiAoe1xuICAgIHA5NU1zOiBlbnZOdW1iZXIoZW52LCAnQ09OQ1VSUkVOVF9QOTVfTVMnLCAxMDAwLCB7IG1pbjogMSwgbWF4OiA2MDBfMDAwLCB3aGF0OiAnbWlsbGlzZWNvbmRzJyB9KSxcbiAgICBzZXR0bGVTOiBlbnZOdW1iZXIoZW52LCAnQ09OQ1VSUkVOVF9TRVRUTEVfUycsIDIsIHsgbWluOiAwLCBtYXg6IDYwMCB9KSxcbiAgfSksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG5leHBvcnQgY29uc3QgZ2VuZXJhdGlvbkVudHJ5ID0ge1xuICBzdWl0ZTogJ2FsbCcsXG4gIGxlbmd0aDogJ3RoZSBwbGF0Zm9ybSBnZW5lcmF0aW5nIEdFTkVSQVRJT05fVVNFUlMgY291cnNlcywgdXAgdG8gR0VORVJBVElPTl9USU1FT1VUOyBub3Qgc2hvcnRlbmVkJyxcbiAgc2V0dGluZ3M6IChlbnYpID0+ICh7XG4gICAgdXNlcnM6IGVudk51bWJlcihlbnYsICdHRU5FUkFUSU9OX1VTRVJTJywgMTAsIHdob2xlTnVtYmVyKDEsIDEwXzAwMCkpLFxuICAgIGNvdXJzZXNQZXJVc2VyOiBlbnZOdW1iZXIoZW52LCAnR0VORVJBVElPTl9DT1VSU0VTX1BFUl9VU0VSJywgMSwgd2hvbGVOdW1iZXIoMSwgMTAwMCkpLFxuICB9KSxcbn0gc2F0aXNmaWVzIEVudHJ5RmFjdHM8dW5rbm93bj47XG5cbmV4cG9ydCBjb25zdCBicmVha3BvaW50RW50cnkgPSB7XG4gIHN1aXRlOiAnYWxsJyxcbiAgbGVuZ3RoOiAvKiBAX19QVVJFX18gKi8gW0JSRUFLUE9JTlRfRFVSQVRJT04sICdvciBsZXNzIHdoZW4gaXQgYnJlYWtzJ10uam9pbignLCAnKSxcbiAgZml0OiAoc2Vjb25kcykgPT4gKHsgW0JSRUFLUE9JTlRfRFVSQVRJT05dOiBTdHJpbmcoTWF0aC5tYXgoMSwgc2Vjb25kcykpIH0pLFxuICBzY2FsaW5nOiAncmVxdWVzdHNfcGVyX3MnLFxuICBzZXR0aW5nczogKGVudikgPT4ge1xuICAgIGNvbnN0IHN0YXJ0UmF0ZSA9IGVudk51bWJlcihlbnYsICdCUkVBS1BPSU5UX1NUQVJUX1JBVEUnLCA1LCB3aG9sZU51bWJlcigxLCAxMDBfMDAwKSk7XG4gICAgY29uc3QgbWF4UmF0ZSA9IGVudk51bWJlcihlbnYsICdCUkVBS1BPSU5UX01BWF9SQVRFJywgMjAwMCwgd2hvbGVOdW1iZXIoMSwgMTAwXzAwMCkpO1xuICAgIGNvbnN0IGR1cmF0aW9uUyA9IGVudk51bWJlcihlbnYsIEJSRUFLUE9JTlRfRFVSQVRJT04sIDEyMCwgd2hvbGVTZWNvbmRzKDEsIDg2XzQwMCkpO1xuICAgIGNvbnN0IHdpbmRvd1NpemUgPSBlbnZOdW1iZXIoZW52LCAnQlJFQUtQT0lOVF9XSU5ET1cnLCAyMCwgd2hvbGVOdW1iZXIoMSwgMTBfMDAwKSk7XG4gICAgaWYgKG1heFJhdGUgPCBzdGFydFJhdGUpXG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYEJSRUFLUE9JTlRfTUFYX1JBVEU9JHttYXhSYXRlfSBpcyBiZWxvdyBCUkVBS1BPSU5UX1NUQVJUX1JBVEU9JHtzdGFydFJhdGV9OiB0aGUgcmF0ZSBtdXN0IHJpc2VgKTtcbiAgICByZXR1cm4geyBzdGFydFJhdGUsIG1heFJhdGUsIGR1cmF0aW9uUywgd2luZG93U2l6ZSB9O1xuICB9LFxufSBzYXRpc2ZpZXMgRW50cnlGYWN0czx1bmtub3duPjtcblxuZXhwb3J0IGNvbnN0IGludGVyYWN0aXZlRW50cnkgPSB7XG4gIHN1aXRlOiAnbm9uZScsXG4gIGxlbmd0aDogJ1BFUkZPUk1BTkNFX1RFU1RfRFVSQVRJT04sIG9yIGxlc3Mgd2hlbiB0aGUgcGFnZSBzdG9wcyBpdCcsXG4gIHNldHRpbmdzOiAoZW52KSA9PiBwYXJzZUludGVyYWN0aXZlKGVudiksXG59IHNhdGlzZmllcyBFbnRyeUZhY3RzPHVua25vd24+O1xuXG4vKiogRXZlcnkgZW50cnkgKHNjZW5hcmlvcy88bmFtZT4udHMpLCBpbiB0aGUgb3JkZXIgdGhlIHJ1bm5lciBsaXN0cyB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IEVOVFJJRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIEVudHJ5RmFjdHM8dW5rbm93bj4+PiA9IHtcbiAgc21va2U6IHNtb2tlRW50cnksXG4gIGFwaTogYXBpRW50cnksXG4gIGxvYWQ6IGxvYWRFbnRyeSxcbiAgJ3JhbXAtdXAnOiByYW1wVXBFbnRyeSxcbiAgc3Bpa2U6IHNwaWtlRW50cnksXG4gIHNvYWs6IHNvYWtFbnRyeSxcbiAgY29uY3VycmVudDogY29uY3VycmVudEVudHJ5LFxuICBnZW5lcmF0aW9uOiBnZW5lcmF0aW9uRW50cnksXG4gIGJyZWFrcG9pbnQ6IGJyZWFrcG9pbnRFbnRyeSxcbiAgaW50ZXJhY3RpdmU6IGludGVyYWN0aXZlRW50cnksXG59O1xuXG4vKiogVGhlIGVudHJpZXMgYC0tc3VpdGUgYWxsYCBydW5zLCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWl0ZUVudHJpZXMoKTogc3RyaW5nW10ge1xuICByZXR1cm4gT2JqZWN0LmtleXMoRU5UUklFUykuZmlsdGVyKChuYW1lKSA9PiBFTlRSSUVTW25hbWVdPy5zdWl0ZSA9PT0gJ2FsbCcpO1xufVxuXG4vKiogV2hhdCBgLS1zdWl0ZWAgYWNjZXB0czogYWxsLCBvciBhbiBlbnRyeSB0aGUgcnVubmVyIG9mZmVycy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZWxlY3RhYmxlRW50cmllcygpOiBzdHJpbmdbXSB7XG4gIHJldHVybiBbJ2FsbCcsIC4uLk9iamVjdC5rZXlzKEVOVFJJRVMpLmZpbHRlcigobmFtZSkgPT4gRU5UUklFU1tuYW1lXT8uc3VpdGUgIT09ICdub25lJyldO1xufVxuXG4vKiogVGhlIHNldHRpbmdzIHRoYXQgbWFrZSBgZW50cnlgJ3MgbG9hZCBsYXN0IGFib3V0IGBzZWNvbmRzYCwgb3IgbnVsbCB3aGVuIGl0cyBsZW5ndGggaXMgdGhlIHBsYXRmb3JtJ3MuICovXG5leHBvcnQgZnVuY3Rpb24gZml0VG9EdXJhdGlvbihlbnRyeTogc3RyaW5nLCBzZWNvbmRzOiBudW1iZXIpOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHwgbnVsbCB7XG4gIHJldHVybiBFTlRSSUVTW2VudHJ5XT8uZml0Py4oc2Vjb25kcykgPz8gbnVsbDtcbn1cblxuLyoqIFdoYXQgc2V0cyBgZW50cnlgJ3MgbGVuZ3RoLCBmb3IgdGhlIHBsYW4ncyBoaW50cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsZW5ndGhPZihlbnRyeTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIEVOVFJJRVNbZW50cnldPy5sZW5ndGggPz8gJ2l0cyBvd24gc2V0dGluZ3MnO1xufVxuXG4vKiogV2hpY2ggbG9hZCBsZXZlbCBhbiBlbnRyeSBjaGFuZ2VzLCBvciBudWxsIGZvciBlbnRyaWVzIHdob3NlIGxvYWQgZG9lcyBub3QgY2hhbmdlIGJ5IGRlc2lnbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2FsaW5nTGV2ZWxPZihlbnRyeTogc3RyaW5nKTogTG9hZExldmVsIHwgbnVsbCB7XG4gIHJldHVybiBFTlRSSUVTW2VudHJ5XT8uc2NhbGluZyA/PyBudWxsO1xufVxuIiwgIi8vIEEgdHlwZWQgYnVpbGRlciBmb3IgazYgdGhyZXNob2xkIGV4cHJlc3Npb25zLCBzbyBhIHR5cG8gaW4gYW4gYWdncmVnYXRpb24gb3Igb3BlcmF0b3IgaXMgYVxuLy8gY29tcGlsZSBlcnJvciBoZXJlIGluc3RlYWQgb2YgYSB0aHJlc2hvbGQgazYgcmVqZWN0cyAob3Igc2lsZW50bHkgbmV2ZXIgZXZhbHVhdGVzKSBhdCBydW4gdGltZS5cblxuLyoqIEFnZ3JlZ2F0aW9ucyBrNiBhY2NlcHRzIHBlciBtZXRyaWMgdHlwZS4gKi9cbmV4cG9ydCB0eXBlIFRyZW5kU3RhdCA9ICdhdmcnIHwgJ21pbicgfCAnbWF4JyB8ICdtZWQnIHwgYHAoJHtudW1iZXJ9KWA7XG5leHBvcnQgdHlwZSBSYXRlU3RhdCA9ICdyYXRlJztcbmV4cG9ydCB0eXBlIENvdW50ZXJTdGF0ID0gJ2NvdW50JyB8ICdyYXRlJztcbmV4cG9ydCB0eXBlIEdhdWdlU3RhdCA9ICd2YWx1ZSc7XG5leHBvcnQgdHlwZSBTdGF0ID0gVHJlbmRTdGF0IHwgUmF0ZVN0YXQgfCBDb3VudGVyU3RhdCB8IEdhdWdlU3RhdDtcbmV4cG9ydCB0eXBlIE9wZXJhdG9yID0gJzwnIHwgJzw9JyB8ICc+JyB8ICc+PScgfCAnPT0nIHwgJz09PScgfCAnIT0nO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGUge1xuICBzdGF0OiBTdGF0O1xuICBvcDogT3BlcmF0b3I7XG4gIHZhbHVlOiBudW1iZXI7XG4gIC8qKiBTdG9wIHRoZSB3aG9sZSBydW4gYXMgc29vbiBhcyB0aGlzIHJ1bGUgZmFpbHMgKGFmdGVyIGBkZWxheUFib3J0RXZhbGApLiAqL1xuICBhYm9ydE9uRmFpbD86IGJvb2xlYW47XG4gIC8qKiBrNiBkdXJhdGlvbiwgZS5nLiAnMTBzJzogaG93IGxvbmcgdG8gY29sbGVjdCBkYXRhIGJlZm9yZSBhbiBhYm9ydCBtYXkgdHJpZ2dlci4gKi9cbiAgZGVsYXlBYm9ydEV2YWw/OiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbWV0cmljIChvcHRpb25hbGx5IG5hcnJvd2VkIHRvIGEgdGFnZ2VkIHN1Yi1tZXRyaWMpIGFuZCB0aGUgcnVsZXMgaXQgbXVzdCBtZWV0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBHYXRlIHtcbiAgbWV0cmljOiBzdHJpbmc7XG4gIHRhZ3M/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICBydWxlczogUnVsZVtdO1xufVxuXG4vKiogV2hhdCBrNiBhY2NlcHRzIGFzIG9uZSBlbnRyeSBvZiBhIG1ldHJpYydzIHRocmVzaG9sZCBsaXN0LiAqL1xuZXhwb3J0IHR5cGUgSzZUaHJlc2hvbGQgPSBzdHJpbmcgfCB7IHRocmVzaG9sZDogc3RyaW5nOyBhYm9ydE9uRmFpbD86IGJvb2xlYW47IGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBLNlRocmVzaG9sZHMgPSBSZWNvcmQ8c3RyaW5nLCBLNlRocmVzaG9sZFtdPjtcblxuLy8gTWFkZSBvbiBmaXJzdCB1c2UsIG5vdCBhdCBtb2R1bGUgbG9hZDogb3B0aW9ucyBhcmUgYnVpbHQgaW4gazYncyBWVSAwIG9ubHkgKGxpYi9jb25maWcvZW50cnkudHMpLFxuLy8gYW5kIGEgUmVnRXhwIGV2YWx1YXRlZCBhdCBsb2FkIHdvdWxkIGJ1aWxkIFJlZ0V4cCdzIHByb3RvdHlwZSBpbiBldmVyeSBWVSdzIHJ1bnRpbWUuXG5sZXQgcGF0dGVybnM6IHsgbWV0cmljTmFtZTogUmVnRXhwOyB0YWdQYXJ0OiBSZWdFeHA7IHBlcmNlbnRpbGU6IFJlZ0V4cCB9IHwgdW5kZWZpbmVkO1xuY29uc3QgcGF0dGVybiA9ICgpID0+XG4gIChwYXR0ZXJucyA/Pz0ge1xuICAgIG1ldHJpY05hbWU6IC9eW0EtWmEtel9dW0EtWmEtejAtOV9dKiQvLFxuICAgIHRhZ1BhcnQ6IC9eW0EtWmEtejAtOV8uXFwtL10rJC8sXG4gICAgcGVyY2VudGlsZTogL15wXFwoKFxcZCsoXFwuXFxkKyk/KVxcKSQvLFxuICB9KTtcblxuLyoqIGBodHRwX3JlcV9kdXJhdGlvbntlbmRwb2ludDpoZWFsdGh9YDogdGhlIGtleSBrNiB1c2VzIGZvciBhIHRhZy1maWx0ZXJlZCBzdWItbWV0cmljLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ldHJpY0tleShtZXRyaWM6IHN0cmluZywgdGFncz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBzdHJpbmcge1xuICBpZiAoIXBhdHRlcm4oKS5tZXRyaWNOYW1lLnRlc3QobWV0cmljKSkgdGhyb3cgbmV3IEVycm9yKGBpbnZhbGlkIG1ldHJpYyBuYW1lIFwiJHttZXRyaWN9XCI6IHVzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIF9gKTtcbiAgY29uc3QgZW50cmllcyA9IE9iamVjdC5lbnRyaWVzKHRhZ3MgPz8ge30pO1xuICBpZiAoZW50cmllcy5sZW5ndGggPT09IDApIHJldHVybiBtZXRyaWM7XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIGVudHJpZXMpIHtcbiAgICBpZiAoIXBhdHRlcm4oKS50YWdQYXJ0LnRlc3Qoa2V5KSB8fCAhcGF0dGVybigpLnRhZ1BhcnQudGVzdCh2YWx1ZSkpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgYGludmFsaWQgdGFnICR7a2V5fToke3ZhbHVlfSBvbiAke21ldHJpY306IHRhZ3MgaW4gdGhyZXNob2xkcyBtYXkgaG9sZCBsZXR0ZXJzLCBkaWdpdHMgYW5kIF8gLiAtIC9gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGAke21ldHJpY317JHtlbnRyaWVzLm1hcCgoW2tleSwgdmFsdWVdKSA9PiBgJHtrZXl9OiR7dmFsdWV9YCkuam9pbignLCcpfX1gO1xufVxuXG4vKiogYHAoOTUpPDIwMGA6IG9uZSBydWxlIGFzIGs2J3MgZXhwcmVzc2lvbiB0ZXh0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cHJlc3Npb24ocnVsZTogUGljazxSdWxlLCAnc3RhdCcgfCAnb3AnIHwgJ3ZhbHVlJz4pOiBzdHJpbmcge1xuICBjb25zdCBwZXJjZW50aWxlID0gcGF0dGVybigpLnBlcmNlbnRpbGUuZXhlYyhydWxlLnN0YXQpO1xuICBpZiAocnVsZS5zdGF0LnN0YXJ0c1dpdGgoJ3AoJykgJiYgKCFwZXJjZW50aWxlIHx8IE51bWJlcihwZXJjZW50aWxlWzFdKSA+IDEwMCkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoYGludmFsaWQgcGVyY2VudGlsZSBcIiR7cnVsZS5zdGF0fVwiOiB1c2UgcChOKSB3aXRoIDAgPD0gTiA8PSAxMDBgKTtcbiAgfVxuICBpZiAoIU51bWJlci5pc0Zpbml0ZShydWxlLnZhbHVlKSlcbiAgICB0aHJvdyBuZXcgRXJyb3IoYHRocmVzaG9sZCAke3J1bGUuc3RhdH0ke3J1bGUub3B9JHtydWxlLnZhbHVlfTogdGhlIGxpbWl0IG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyYCk7XG4gIHJldHVybiBgJHtydWxlLnN0YXR9JHtydWxlLm9wfSR7cnVsZS52YWx1ZX1gO1xufVxuXG5mdW5jdGlvbiB0b0s2KHJ1bGU6IFJ1bGUpOiBLNlRocmVzaG9sZCB7XG4gIGNvbnN0IHRleHQgPSBleHByZXNzaW9uKHJ1bGUpO1xuICBpZiAoIXJ1bGUuYWJvcnRPbkZhaWwpIHJldHVybiB0ZXh0O1xuICByZXR1cm4ge1xuICAgIHRocmVzaG9sZDogdGV4dCxcbiAgICBhYm9ydE9uRmFpbDogdHJ1ZSxcbiAgICAuLi4ocnVsZS5kZWxheUFib3J0RXZhbCA/IHsgZGVsYXlBYm9ydEV2YWw6IHJ1bGUuZGVsYXlBYm9ydEV2YWwgfSA6IHt9KSxcbiAgfTtcbn1cblxuLyoqIFR1cm5zIGdhdGVzIGludG8gazYncyBgb3B0aW9ucy50aHJlc2hvbGRzYDsgZ2F0ZXMgb24gdGhlIHNhbWUga2V5IGFyZSBtZXJnZWQgaW4gb3JkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gdG9LNlRocmVzaG9sZHMoZ2F0ZXM6IEdhdGVbXSk6IEs2VGhyZXNob2xkcyB7XG4gIGNvbnN0IG91dDogSzZUaHJlc2hvbGRzID0ge307XG4gIGZvciAoY29uc3QgZ2F0ZSBvZiBnYXRlcykge1xuICAgIGNvbnN0IGtleSA9IG1ldHJpY0tleShnYXRlLm1ldHJpYywgZ2F0ZS50YWdzKTtcbiAgICBvdXRba2V5XSA9IFsuLi4ob3V0W2tleV0gPz8gW10pLCAuLi5nYXRlLnJ1bGVzLm1hcCh0b0s2KV07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvLyBPcGVuLW1vZGVsIChhcnJpdmFsLXJhdGUpIHNjZW5hcmlvczogaG93IG1hbnkgVlVzIHRoZXkgbmVlZCwgYW5kIGhvdyBtYW55IGl0ZXJhdGlvbnMgdGhleSBzY2hlZHVsZS5cbi8vXG4vLyBBbiBhcnJpdmFsLXJhdGUgZXhlY3V0b3Igc3RhcnRzIGVhY2ggc2NoZWR1bGVkIGl0ZXJhdGlvbiBvbiBhIGZyZWUgVlUuIFdpdGggbm9uZSBmcmVlIGl0IGRyb3BzIHRoZVxuLy8gaXRlcmF0aW9uIChrNidzIGRyb3BwZWRfaXRlcmF0aW9ucykgYW5kIGluaXRpYWxpc2VzIG9uZSBtb3JlIFZVIGluIHRoZSBiYWNrZ3JvdW5kLCB1cCB0byBtYXhWVXMsXG4vLyBzbyBldmVyeSBWVSBhZGRlZCBtaWQtcnVuIGNvc3RzIGF0IGxlYXN0IG9uZSBkcm9wcGVkIGl0ZXJhdGlvbi4gQSBkcm9wcGVkIGl0ZXJhdGlvbiBpcyByZXF1ZXN0c1xuLy8gbm90IHNlbnQgb24gdGltZTogdGhlaXIgbGF0ZW5jeSBpcyBpbiBubyBwZXJjZW50aWxlLCB0aGUgdmVyeSBvbWlzc2lvbiBhbiBvcGVuIG1vZGVsIGlzIHRoZXJlIHRvXG4vLyBhdm9pZC4gU28gdGhlIFZVcyBmb2xsb3cgZnJvbSB0aGUgcmF0ZSBhbmQgdGhlIGxhdGVuY3kgKExpdHRsZSdzIGxhdzogVlVzIGJ1c3kgPSBpdGVyYXRpb25zIHBlclxuLy8gc2Vjb25kIHggc2Vjb25kcyBwZXIgaXRlcmF0aW9uKS5cbmltcG9ydCB7IGR1cmF0aW9uU2Vjb25kcyB9IGZyb20gJy4vZHVyYXRpb24udHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4vc2hhcGVzLnRzJztcblxuLyoqIFByZS1hbGxvY2F0ZWQgVlVzIGhvbGQgdHdpY2UgdGhlIGl0ZXJhdGlvbnMgaW4gZmxpZ2h0IGF0IHRoZSBjb3ZlcmVkIGxhdGVuY3kgKGJ1cnN0cywgYSBnZW5lcmF0b3IgY2F0Y2hpbmcgdXAgYWZ0ZXIgYSBwYXVzZSkuICovXG5leHBvcnQgY29uc3QgUFJFQUxMT0NBVEVEX0hFQURST09NID0gMjtcbi8qKlxuICogVGhlIGxhdGVuY3kgcHJlLWFsbG9jYXRlZCBWVXMgY292ZXIgaXMgdGhlIHA5OSBidWRnZXQsIGNvdW50ZWQgdXAgdG8gdGhpcyBtYW55IHNlY29uZHM6IGs2XG4gKiBpbml0aWFsaXNlcyBldmVyeSBwcmUtYWxsb2NhdGVkIFZVIGJlZm9yZSB0aGUgbG9hZCBzdGFydHMsIHNvIGEgcmVsYXhlZCBidWRnZXQgKGUuZy4gNjAgcykgd291bGRcbiAqIHN0YXJ0IHRob3VzYW5kczsgc2xvd2VyIGFuc3dlcnMgZ2V0IFZVcyBvbiBkZW1hbmQgdXAgdG8gbWF4VlVzLlxuICovXG5leHBvcnQgY29uc3QgUFJFQUxMT0NBVEVEX0xBVEVOQ1lfQ0FQX1MgPSAxO1xuXG5leHBvcnQgaW50ZXJmYWNlIE9wZW5Nb2RlbExvYWQge1xuICAvKiogSXRlcmF0aW9ucyBwZXIgc2Vjb25kLiAqL1xuICByYXRlUGVyUzogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgb25lIGl0ZXJhdGlvbiBzZW5kcyBvbmUgYWZ0ZXIgYW5vdGhlci4gKi9cbiAgcmVxdWVzdHNQZXJJdGVyYXRpb246IG51bWJlcjtcbiAgLyoqIFRoZSBwOTkgbGF0ZW5jeSBidWRnZXQgb2YgdGhvc2UgcmVxdWVzdHMsIG1zLiAqL1xuICBwOTlCdWRnZXRNczogbnVtYmVyO1xuICAvKiogVGhlIHBlci1yZXF1ZXN0IHRpbWVvdXQsIHM6IG5vIHJlcXVlc3QgdGFrZXMgbG9uZ2VyLiAqL1xuICB0aW1lb3V0UzogbnVtYmVyO1xufVxuXG4vKipcbiAqIHByZUFsbG9jYXRlZFZVczogZXZlcnkgcmVxdWVzdCBhbnN3ZXJpbmcgYXQgaXRzIHA5OSBidWRnZXQgKGF0IG1vc3QgUFJFQUxMT0NBVEVEX0xBVEVOQ1lfQ0FQX1MpLFxuICogUFJFQUxMT0NBVEVEX0hFQURST09NIHRpbWVzIG92ZXIsIHBsdXMgb25lLCBzbyBhIHBsYXRmb3JtIHdpdGhpbiBidWRnZXQgbmV2ZXIgd2FpdHMgZm9yIGEgVlU7XG4gKiBtYXhWVXM6IGV2ZXJ5IHJlcXVlc3QgYW5zd2VyaW5nIGp1c3QgYmVmb3JlIHRoZSB0aW1lb3V0LCBzbyBhIHNsb3dlciBwbGF0Zm9ybSBzdGlsbCBnZXRzIGl0c1xuICogcmVxdWVzdHMgc2VudCAoZWFjaCBWVSBhZGRlZCBjb3N0cyBhIGRyb3BwZWQgaXRlcmF0aW9uLCBjb3VudGVkIGFuZCBnYXRlZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvcGVuTW9kZWxWVXMobG9hZDogT3Blbk1vZGVsTG9hZCk6IHsgcHJlQWxsb2NhdGVkVlVzOiBudW1iZXI7IG1heFZVczogbnVtYmVyIH0ge1xuICBjb25zdCBpdGVyYXRpb25TID0gKGxhdGVuY3lTOiBudW1iZXIpID0+IGxvYWQucmVxdWVzdHNQZXJJdGVyYXRpb24gKiBsYXRlbmN5UztcbiAgY29uc3QgY292ZXJlZCA9IE1hdGgubWluKGxvYWQucDk5QnVkZ2V0TXMgLyAxMDAwLCBQUkVBTExPQ0FURURfTEFURU5DWV9DQVBfUyk7XG4gIGNvbnN0IHByZUFsbG9jYXRlZFZVcyA9IE1hdGguY2VpbChQUkVBTExPQ0FURURfSEVBRFJPT00gKiBsb2FkLnJhdGVQZXJTICogaXRlcmF0aW9uUyhjb3ZlcmVkKSkgKyAxO1xuICBjb25zdCBtYXhWVXMgPSBNYXRoLm1heChwcmVBbGxvY2F0ZWRWVXMsIE1hdGguY2VpbChsb2FkLnJhdGVQZXJTICogaXRlcmF0aW9uUyhsb2FkLnRpbWVvdXRTKSkpO1xuICByZXR1cm4geyBwcmVBbGxvY2F0ZWRWVXMsIG1heFZVcyB9O1xufVxuXG5leHBvcnQgY29uc3QgaXNBcnJpdmFsUmF0ZSA9IChzY2VuYXJpbzogU2NlbmFyaW8pOiBib29sZWFuID0+XG4gIHNjZW5hcmlvLmV4ZWN1dG9yID09PSAnY29uc3RhbnQtYXJyaXZhbC1yYXRlJyB8fCBzY2VuYXJpby5leGVjdXRvciA9PT0gJ3JhbXBpbmctYXJyaXZhbC1yYXRlJztcblxuLyoqIFRoZSBpdGVyYXRpb25zIGFuIGFycml2YWwtcmF0ZSBzY2VuYXJpbyBzY2hlZHVsZXMgb3ZlciBpdHMgd2hvbGUgcnVuIChjb25zdGFudCByYXRlIHggZHVyYXRpb247IHRoZSBhcmVhIHVuZGVyIGEgcmFtcCkuICovXG5leHBvcnQgZnVuY3Rpb24gc2NoZWR1bGVkSXRlcmF0aW9ucyhzY2VuYXJpbzogU2NlbmFyaW8pOiBudW1iZXIge1xuICBjb25zdCBzID0gc2NlbmFyaW8gYXMgU2NlbmFyaW8gJiB7XG4gICAgcmF0ZT86IG51bWJlcjtcbiAgICB0aW1lVW5pdD86IHN0cmluZztcbiAgICBkdXJhdGlvbj86IHN0cmluZztcbiAgICBzdGFydFJhdGU/OiBudW1iZXI7XG4gICAgc3RhZ2VzPzogeyBkdXJhdGlvbjogc3RyaW5nOyB0YXJnZXQ6IG51bWJlciB9W107XG4gIH07XG4gIGNvbnN0IHBlclVuaXQgPSBkdXJhdGlvblNlY29uZHMocy50aW1lVW5pdCA/PyAnMXMnKTtcbiAgaWYgKHMuZXhlY3V0b3IgPT09ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnKSByZXR1cm4gKChzLnJhdGUgPz8gMCkgKiBkdXJhdGlvblNlY29uZHMocy5kdXJhdGlvbiA/PyAnMHMnKSkgLyBwZXJVbml0O1xuICBpZiAocy5leGVjdXRvciAhPT0gJ3JhbXBpbmctYXJyaXZhbC1yYXRlJykgdGhyb3cgbmV3IEVycm9yKGAke3MuZXhlY3V0b3J9IGlzIG5vdCBhbiBhcnJpdmFsLXJhdGUgZXhlY3V0b3JgKTtcbiAgbGV0IHJhdGUgPSBzLnN0YXJ0UmF0ZSA/PyAwO1xuICBsZXQgdG90YWwgPSAwO1xuICBmb3IgKGNvbnN0IHN0YWdlIG9mIHMuc3RhZ2VzID8/IFtdKSB7XG4gICAgdG90YWwgKz0gKChyYXRlICsgc3RhZ2UudGFyZ2V0KSAvIDIpICogZHVyYXRpb25TZWNvbmRzKHN0YWdlLmR1cmF0aW9uKTtcbiAgICByYXRlID0gc3RhZ2UudGFyZ2V0O1xuICB9XG4gIHJldHVybiB0b3RhbCAvIHBlclVuaXQ7XG59XG4iLCAiLy8gTG9hZCBzaGFwZXMsIGluIG9uZSBwbGFjZSwgcGFyYW1ldGVyaXNlZCBieSB0aGUgcnVuJ3MgY29uZmlndXJhdGlvbi4gQSBzY2VuYXJpbyBmaWxlIHJlYWRzIGFzOlxuLy8gc2hhcGUgKyB3b3JrZmxvd3MgKyB0aHJlc2hvbGRzLlxuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcblxuZXhwb3J0IHR5cGUgU2NlbmFyaW8gPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiAmIHsgZXhlY3V0b3I6IHN0cmluZzsgZXhlYzogc3RyaW5nIH07XG5cbi8qKiBTcGxpdHMgYHRvdGFsYCBWVXMgYnkgcGVyY2VudGFnZSB3aXRoIHRoZSBsYXJnZXN0LXJlbWFpbmRlciBtZXRob2Q7IGV2ZXJ5IHNoYXJlIHdpdGggd2VpZ2h0IGdldHMgPj0gMSBWVSB3aGVuIHRvdGFsIGFsbG93cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdFVzZXJzKHRvdGFsOiBudW1iZXIsIHdlaWdodHM6IENvbmZpZ1snd2VpZ2h0cyddKTogQ29uZmlnWyd3ZWlnaHRzJ10ge1xuICBjb25zdCBrZXlzID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ10gYXMgY29uc3Q7XG4gIGNvbnN0IGV4YWN0ID0ga2V5cy5tYXAoKGspID0+ICh0b3RhbCAqIHdlaWdodHNba10pIC8gMTAwKTtcbiAgY29uc3QgY291bnRzID0gZXhhY3QubWFwKE1hdGguZmxvb3IpO1xuICBjb25zdCBvcmRlciA9IGtleXNcbiAgICAubWFwKChfLCBpKSA9PiBpKVxuICAgIC5zb3J0KChhLCBiKSA9PiBleGFjdFtiXSEgLSBNYXRoLmZsb29yKGV4YWN0W2JdISkgLSAoZXhhY3RbYV0hIC0gTWF0aC5mbG9vcihleGFjdFthXSEpKSk7XG4gIGZvciAobGV0IGxlZnQgPSB0b3RhbCAtIGNvdW50cy5yZWR1Y2UoKGEsIGIpID0+IGEgKyBiLCAwKSwgaSA9IDA7IGxlZnQgPiAwOyBsZWZ0LS0sIGkrKykgY291bnRzW29yZGVyW2kgJSAzXSFdISsrO1xuICAvLyBBIHdlaWdodGVkIHVzZXIgdHlwZSB3aXRoIG5vIFZVIHdvdWxkIHNpbGVudGx5IGRyb3AgaXRzIHdvcmtmbG93OiBib3Jyb3cgb25lIGZyb20gdGhlIGxhcmdlc3QuXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgMzsgaSsrKSB7XG4gICAgaWYgKHdlaWdodHNba2V5c1tpXSFdID4gMCAmJiBjb3VudHNbaV0gPT09IDAgJiYgdG90YWwgPj0gMykge1xuICAgICAgY29uc3QgbGFyZ2VzdCA9IGNvdW50cy5pbmRleE9mKE1hdGgubWF4KC4uLmNvdW50cykpO1xuICAgICAgY291bnRzW2xhcmdlc3RdIS0tO1xuICAgICAgY291bnRzW2ldISsrO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyByZWd1bGFyOiBjb3VudHNbMF0hLCBwb3dlcjogY291bnRzWzFdISwgYWRtaW46IGNvdW50c1syXSEgfTtcbn1cblxuZXhwb3J0IHR5cGUgVXNlckNsYXNzID0gJ3JlZ3VsYXInIHwgJ3Bvd2VyJyB8ICdhZG1pbic7XG5cbi8qKlxuICogVGhlIHVzZXIgY2xhc3Mgb2YgVlUgbnVtYmVyIG4gKDEtYmFzZWQpLCBzbyB0aGF0IHRoZSBmaXJzdCBuIFZVcyBhbHdheXMgZm9sbG93IHRoZSB3ZWlnaHRzIGFzXG4gKiBjbG9zZWx5IGFzIHdob2xlIHVzZXJzIGNhbjogZWFjaCBWVSB0YWtlcyB0aGUgY2xhc3MgZnVydGhlc3QgYmVsb3cgaXRzIHNoYXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NPZlVzZXIobjogbnVtYmVyLCB3ZWlnaHRzOiBDb25maWdbJ3dlaWdodHMnXSk6IFVzZXJDbGFzcyB7XG4gIGNvbnN0IGNsYXNzZXM6IFVzZXJDbGFzc1tdID0gWydyZWd1bGFyJywgJ3Bvd2VyJywgJ2FkbWluJ107XG4gIGNvbnN0IGFzc2lnbmVkID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgbGV0IGNob3NlbjogVXNlckNsYXNzID0gJ3JlZ3VsYXInO1xuICBmb3IgKGxldCBpID0gMTsgaSA8PSBuOyBpKyspIHtcbiAgICBsZXQgYmVzdCA9IC1JbmZpbml0eTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgY2xhc3Nlcykge1xuICAgICAgaWYgKHdlaWdodHNbY10gPT09IDApIGNvbnRpbnVlO1xuICAgICAgY29uc3QgZGVmaWNpdCA9ICh3ZWlnaHRzW2NdICogaSkgLyAxMDAgLSBhc3NpZ25lZFtjXTtcbiAgICAgIGlmIChkZWZpY2l0ID4gYmVzdCkge1xuICAgICAgICBiZXN0ID0gZGVmaWNpdDtcbiAgICAgICAgY2hvc2VuID0gYztcbiAgICAgIH1cbiAgICB9XG4gICAgYXNzaWduZWRbY2hvc2VuXSsrO1xuICB9XG4gIHJldHVybiBjaG9zZW47XG59XG5cbi8qKiBSYW1wIHVwIHRvIGB2dXNgLCBob2xkLCByYW1wIGRvd246IHVzZXJzIGFycml2aW5nIGdyYWR1YWxseSBhbmQgbGVhdmluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYW1waW5nVXNlcnMoXG4gIGV4ZWM6IHN0cmluZyxcbiAgdnVzOiBudW1iZXIsXG4gIGNvbmZpZzogUGljazxDb25maWcsICdyYW1wVXBTJyB8ICdkdXJhdGlvblMnIHwgJ3JhbXBEb3duUyc+LFxuKTogU2NlbmFyaW8ge1xuICByZXR1cm4ge1xuICAgIGV4ZWN1dG9yOiAncmFtcGluZy12dXMnLFxuICAgIGV4ZWMsXG4gICAgc3RhcnRWVXM6IDAsXG4gICAgc3RhZ2VzOiBbXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcFVwU31zYCwgdGFyZ2V0OiB2dXMgfSxcbiAgICAgIHsgZHVyYXRpb246IGAke2NvbmZpZy5kdXJhdGlvblN9c2AsIHRhcmdldDogdnVzIH0sXG4gICAgICB7IGR1cmF0aW9uOiBgJHtjb25maWcucmFtcERvd25TfXNgLCB0YXJnZXQ6IDAgfSxcbiAgICBdLFxuICAgIGdyYWNlZnVsUmFtcERvd246ICczMHMnLFxuICAgIGdyYWNlZnVsU3RvcDogJzMwcycsXG4gIH07XG59XG5cbi8qKiBrNiB3YW50cyBhIHdob2xlIHJhdGU6IGEgZnJhY3Rpb25hbCBwZXItc2Vjb25kIHJhdGUgaXMgZXhwcmVzc2VkIHBlciBtaW51dGUgaW5zdGVhZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZVJhdGUocGVyU2Vjb25kOiBudW1iZXIpOiB7IHJhdGU6IG51bWJlcjsgdGltZVVuaXQ6IHN0cmluZyB9IHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIocGVyU2Vjb25kKVxuICAgID8geyByYXRlOiBwZXJTZWNvbmQsIHRpbWVVbml0OiAnMXMnIH1cbiAgICA6IHsgcmF0ZTogTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChwZXJTZWNvbmQgKiA2MCkpLCB0aW1lVW5pdDogJzFtJyB9O1xufVxuXG4vKiogQSBmaXhlZCByZXF1ZXN0IHJhdGUsIGluZGVwZW5kZW50IG9mIGhvdyBmYXN0IHRoZSBwbGF0Zm9ybSBhbnN3ZXJzIChvcGVuIG1vZGVsKTsgVlVzIGFzIGxpYi9sb2FkL29wZW4tbW9kZWwudHMgc2l6ZXMgdGhlbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb25zdGFudFJhdGUoXG4gIGV4ZWM6IHN0cmluZyxcbiAgcGVyU2Vjb25kOiBudW1iZXIsXG4gIGR1cmF0aW9uUzogbnVtYmVyLFxuICB2dXM6IHsgcHJlQWxsb2NhdGVkVlVzOiBudW1iZXI7IG1heFZVczogbnVtYmVyIH0sXG4gIHN0YXJ0VGltZSA9ICcwcycsXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC1hcnJpdmFsLXJhdGUnLFxuICAgIGV4ZWMsXG4gICAgLi4ud2hvbGVSYXRlKHBlclNlY29uZCksXG4gICAgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCxcbiAgICBwcmVBbGxvY2F0ZWRWVXM6IHZ1cy5wcmVBbGxvY2F0ZWRWVXMsXG4gICAgbWF4VlVzOiB2dXMubWF4VlVzLFxuICAgIHN0YXJ0VGltZSxcbiAgfTtcbn1cblxuLyoqIFdhbGwgdGltZSBvZiBhIHJhbXBpbmctdXNlcnMgcnVuLCBzZWNvbmRzLCBmb3Igc2NlbmFyaW9zIHRoYXQgbXVzdCBydW4gYWxvbmdzaWRlIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJhbXBpbmdEdXJhdGlvblMoY29uZmlnOiBQaWNrPENvbmZpZywgJ3JhbXBVcFMnIHwgJ2R1cmF0aW9uUycgfCAncmFtcERvd25TJz4pOiBudW1iZXIge1xuICByZXR1cm4gY29uZmlnLnJhbXBVcFMgKyBjb25maWcuZHVyYXRpb25TICsgY29uZmlnLnJhbXBEb3duUztcbn1cblxuZXhwb3J0IGNvbnN0IFNVTU1BUllfVFJFTkRfU1RBVFMgPSBbJ2F2ZycsICdtaW4nLCAnbWVkJywgJ21heCcsICdwKDkwKScsICdwKDk1KScsICdwKDk5KScsICdjb3VudCddO1xuXG4vKiogVlVzIGZvbGxvd2luZyBleHBsaWNpdCBzdGFnZXMgKHNwaWtlIHNoYXBlcyBhbmQgdGhlIGxpa2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YWdlZFVzZXJzKGV4ZWM6IHN0cmluZywgc3RhZ2VzOiB7IGR1cmF0aW9uUzogbnVtYmVyOyB0YXJnZXQ6IG51bWJlciB9W10sIHN0YXJ0VlVzID0gMCk6IFNjZW5hcmlvIHtcbiAgcmV0dXJuIHtcbiAgICBleGVjdXRvcjogJ3JhbXBpbmctdnVzJyxcbiAgICBleGVjLFxuICAgIHN0YXJ0VlVzLFxuICAgIHN0YWdlczogc3RhZ2VzLm1hcCgocykgPT4gKHsgZHVyYXRpb246IGAke3MuZHVyYXRpb25TfXNgLCB0YXJnZXQ6IHMudGFyZ2V0IH0pKSxcbiAgICBncmFjZWZ1bFJhbXBEb3duOiAnMTBzJyxcbiAgICBncmFjZWZ1bFN0b3A6ICczMHMnLFxuICB9O1xufVxuXG4vKiogRXZlcnkgVlUgc3RhcnRzIG9uZSBpdGVyYXRpb24gYXQgdGhlIHNhbWUgaW5zdGFudCAodGhleSBhcmUgYWxsIGluaXRpYWxpc2VkIGZpcnN0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbGxBdE9uY2UoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgbWF4RHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAncGVyLXZ1LWl0ZXJhdGlvbnMnLCBleGVjLCB2dXMsIGl0ZXJhdGlvbnM6IDEsIG1heER1cmF0aW9uOiBgJHttYXhEdXJhdGlvblN9c2AgfTtcbn1cblxuLyoqIEEgZml4ZWQgbnVtYmVyIG9mIFZVcyBmb3IgYSBmaXhlZCB0aW1lIChjbG9zZWQgbW9kZWwpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnN0YW50VXNlcnMoZXhlYzogc3RyaW5nLCB2dXM6IG51bWJlciwgZHVyYXRpb25TOiBudW1iZXIpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7IGV4ZWN1dG9yOiAnY29uc3RhbnQtdnVzJywgZXhlYywgdnVzLCBkdXJhdGlvbjogYCR7ZHVyYXRpb25TfXNgLCBncmFjZWZ1bFN0b3A6ICczMHMnIH07XG59XG5cbi8qKiBBcnJpdmFsIHJhdGUgcmlzaW5nIGxpbmVhcmx5IGZyb20gYHN0YXJ0UmF0ZWAgdG8gYG1heFJhdGVgIHBlciBzZWNvbmQgb3ZlciBgZHVyYXRpb25TYCAob3BlbiBtb2RlbCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmlzaW5nUmF0ZShcbiAgZXhlYzogc3RyaW5nLFxuICBzdGFydFJhdGU6IG51bWJlcixcbiAgbWF4UmF0ZTogbnVtYmVyLFxuICBkdXJhdGlvblM6IG51bWJlcixcbiAgbWF4VlVzOiBudW1iZXIsXG4pOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdyYW1waW5nLWFycml2YWwtcmF0ZScsXG4gICAgZXhlYyxcbiAgICBzdGFydFJhdGUsXG4gICAgdGltZVVuaXQ6ICcxcycsXG4gICAgcHJlQWxsb2NhdGVkVlVzOiBNYXRoLm1pbihtYXhWVXMsIE1hdGgubWF4KDIsIE1hdGguY2VpbChzdGFydFJhdGUpKSksXG4gICAgbWF4VlVzLFxuICAgIHN0YWdlczogW3sgZHVyYXRpb246IGAke2R1cmF0aW9uU31zYCwgdGFyZ2V0OiBtYXhSYXRlIH1dLFxuICB9O1xufVxuXG4vKiogYHZ1c2AgdXNlcnMgZWFjaCBydW4gYGl0ZXJhdGlvbnNgIGl0ZXJhdGlvbnMsIGFsbCBzdGFydGluZyB0b2dldGhlciwgYm91bmRlZCBieSBgbWF4RHVyYXRpb25TYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpdGVyYXRpb25zUGVyVXNlcihleGVjOiBzdHJpbmcsIHZ1czogbnVtYmVyLCBpdGVyYXRpb25zOiBudW1iZXIsIG1heER1cmF0aW9uUzogbnVtYmVyKTogU2NlbmFyaW8ge1xuICByZXR1cm4geyBleGVjdXRvcjogJ3Blci12dS1pdGVyYXRpb25zJywgZXhlYywgdnVzLCBpdGVyYXRpb25zLCBtYXhEdXJhdGlvbjogYCR7bWF4RHVyYXRpb25TfXNgIH07XG59XG4iLCAiLy8gVGhlIGs2IHNpZGUgb2YgdGhlIHJlc291cmNlIHNpZGVjYXI6IGEgMS9zIHNjZW5hcmlvIHBvbGxzIHRoZSBzaWRlY2FyJ3Mgc2FtcGxlcyBpbnRvIFRyZW5kXG4vLyBtZXRyaWNzLCBhbmQgdGVhcmRvd24gcmVjb3JkcyB0aGUgbWVtb3J5IGdyb3d0aCwgc28gdGhlIHNlcnZlcidzIENQVSBhbmQgbWVtb3J5IGFyZSBvcmRpbmFyeVxuLy8gazYgdGhyZXNob2xkcyBpbiB0aGUgc2FtZSBydW4uIE9ubHkgdGhlIGxvYWQgaXMgZ2F0ZWQ6IHRoZSBwb2xsZXIgdGVsbHMgdGhlIHNpZGVjYXIgd2hlbiB0aGVcbi8vIGxvYWQgc3RhcnRzIChpdHMgZmlyc3QgcG9sbDogaXQgc3RhcnRzIHdpdGggdGhlIGxvYWQgc2NlbmFyaW9zLCBhZnRlciBzZXR1cCkgYW5kIGVuZHMgKGl0cyBsYXN0LFxuLy8gb3IgdGVhcmRvd24pLCBhbmQgc2FtcGxlcyB0aGUgc2lkZWNhciBtYXJrcyBzZXR1cCBvciB0ZWFyZG93biAoYSBkYXRhc2V0IHNlZWRlZCBpbiBzZXR1cCwgdGhlXG4vLyBjbGVhbi11cCkgYXJlIGxlZnQgb3V0LiBQb2xscyBjYXJyeSBzY29wZTpzaWRlY2FyIGFuZCBlbWl0IG5vIGh0dHBfcmVxX2ZhaWxlZCBzYW1wbGVzXG4vLyAocmVzcG9uc2VDYWxsYmFjazogbnVsbCksIHNvIHRoZSBBUEkgZmlndXJlcyBhbmQgdGhyZXNob2xkcyBuZXZlciBzZWUgdGhlbS5cbmltcG9ydCB7IHNsZWVwIH0gZnJvbSAnazYnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCBodHRwIGZyb20gJ2s2L2h0dHAnO1xuaW1wb3J0IHsgQ291bnRlciwgVHJlbmQgfSBmcm9tICdrNi9tZXRyaWNzJztcbmltcG9ydCB7IHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMsIHRvSzZUaHJlc2hvbGRzIH0gZnJvbSAnLi4vLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyc7XG5pbXBvcnQgdHlwZSB7IFNjZW5hcmlvIH0gZnJvbSAnLi4vbG9hZC9zaGFwZXMudHMnO1xuXG4vKiogUGVyY2VudCBvZiB0aGUgQ1BVcyBhdmFpbGFibGUgdG8gdGhlIHNlcnZlciwgMC0xMDAuICovXG5leHBvcnQgY29uc3Qgc2VydmVyQ3B1UGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9wZXJjZW50Jyk7XG4vKiogUGVyLWNvcmUgc3VtOiAxMDAgPSBvbmUgY29yZSBmdWxseSBidXN5LiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlckNwdUNvcmVzUGVyY2VudCA9IG5ldyBUcmVuZCgnc2VydmVyX2NwdV9jb3Jlc19wZXJjZW50Jyk7XG4vKiogUFNTIHN1bSAocHJvY2VzcyB0cmVlKSwgd29ya2luZyBzZXQgKGNncm91cCksIFJTUyAoL21ldHJpY3MpIG9yIHRoZSBtZW1vcnkgcXVlcnkgKFByb21ldGhldXMgc2VydmVyKSwgTUIuICovXG5leHBvcnQgY29uc3Qgc2VydmVyTWVtb3J5TWIgPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfbWInKTtcbi8qKiBQb2xscyB0aGUgc2lkZWNhciBkaWQgbm90IGFuc3dlciwgcGx1cyByZWFkaW5ncyB0aGUgc2lkZWNhciBmYWlsZWQgdG8gdGFrZTogZWFjaCBhYm91dCBvbmUgaW50ZXJ2YWwgd2l0aG91dCBkYXRhLiAqL1xuZXhwb3J0IGNvbnN0IHNlcnZlclNhbXBsZXNNaXNzaW5nID0gbmV3IENvdW50ZXIoJ3NlcnZlcl9zYW1wbGVzX21pc3NpbmcnKTtcbi8qKiBNQiBwZXIgbWludXRlIG92ZXIgdGhlIGxvYWQgYWZ0ZXIgdGhlIHNpZGVjYXIncyB3YXJtLXVwIChsZWFzdC1zcXVhcmVzIHNsb3BlKSwgcmVjb3JkZWQgb25jZSBpbiB0ZWFyZG93bi4gKi9cbmV4cG9ydCBjb25zdCBzZXJ2ZXJNZW1vcnlHcm93dGggPSBuZXcgVHJlbmQoJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nKTtcblxuaW50ZXJmYWNlIFNhbXBsZSB7XG4gIHNlcTogbnVtYmVyO1xuICBjcHVfcGVyY2VudDogbnVtYmVyO1xuICBjcHVfY29yZXNfcGVyY2VudDogbnVtYmVyO1xuICBtZW1vcnlfbWI6IG51bWJlcjtcbiAgLyoqIHNldHVwLCBsb2FkIG9yIHRlYXJkb3duOyBhYnNlbnQgZnJvbSBhIHNpZGVjYXIgdGhhdCBkb2VzIG5vdCBtYXJrIHBoYXNlcyAoZXZlcnkgc2FtcGxlIGNvdW50cykuICovXG4gIHBoYXNlPzogc3RyaW5nO1xufVxuXG5jb25zdCBQT0xMID0geyB0YWdzOiB7IHNjb3BlOiAnc2lkZWNhcicsIG5hbWU6ICdzaWRlY2FyJyB9LCByZXNwb25zZUNhbGxiYWNrOiBudWxsLCB0aW1lb3V0OiAnMnMnIH0gYXMgY29uc3Q7XG4vLyBQZXIgVlUgKHRoZSBzY2VuYXJpbyBoYXMgb25lKTogdGhlIGxhc3Qgc2VxIHJlY2VpdmVkLCB0aGUgc2lkZWNhcidzIGZhaWxlZC1yZWFkaW5nIGNvdW50IHNlZW4sXG4vLyBhbmQgd2hldGhlciB0aGUgc2lkZWNhciBoYXMgdGFrZW4gdGhlIG1hcmsgdGhhdCB0aGUgbG9hZCBzdGFydGVkLlxubGV0IGN1cnNvciA9IDA7XG5sZXQgZXJyb3JzU2VlbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xubGV0IGxvYWRNYXJrZWQgPSBmYWxzZTtcblxuLyoqXG4gKiBUZWxscyB0aGUgc2lkZWNhciB0aGUgbG9hZCBzdGFydHMgKCdsb2FkJykgb3IgZW5kZWQgKCd0ZWFyZG93bicpOyB0cnVlIG9uY2UgaXQgdG9vayB0aGUgbWFyay5cbiAqIEEgc2lkZWNhciB3aXRob3V0IHRoZSByb3V0ZSAoNDA0KSBtYXJrcyBubyBwaGFzZSBhbmQgY291bnRzIGV2ZXJ5IHNhbXBsZTogbm90aGluZyB0byByZXRyeS5cbiAqL1xuZnVuY3Rpb24gbWFya1BoYXNlKHNpZGVjYXJVcmw6IHN0cmluZywgcGhhc2U6ICdsb2FkJyB8ICd0ZWFyZG93bicpOiBib29sZWFuIHtcbiAgY29uc3QgcmVzID0gaHR0cC5wb3N0KGAke3NpZGVjYXJVcmx9L3BoYXNlYCwgSlNPTi5zdHJpbmdpZnkoeyBwaGFzZSB9KSwge1xuICAgIC4uLlBPTEwsXG4gICAgaGVhZGVyczogeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0sXG4gIH0gYXMgbmV2ZXIpO1xuICByZXR1cm4gcmVzLnN0YXR1cyA9PT0gMjAwIHx8IHJlcy5zdGF0dXMgPT09IDQwNDtcbn1cblxuLyoqIEhvdyBsb25nIHBhc3QgaXRzIGR1cmF0aW9uIHRoZSBwb2xsZXIgbWF5IGZvbGxvdyBWVXMgc3RpbGwgZmluaXNoaW5nICh0aGUgbG9hZCBzY2VuYXJpb3MnIGdyYWNlZnVsIHN0b3BzKS4gKi9cbmNvbnN0IFRBSUxfUyA9IDMwO1xuXG4vKipcbiAqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW86IG9uZSBwb2xsIGEgc2Vjb25kIGZvciB0aGUgd2hvbGUgcnVuLCBvbiBvbmUgVlUgdGhhdCBzdGF5cyBhY3RpdmUgKGVhY2hcbiAqIGl0ZXJhdGlvbiBwb2xscywgdGhlbiBzbGVlcHMgb3V0IGl0cyBzZWNvbmQpLiBBbHdheXMgYWN0aXZlLCBpdCBhZGRzIGV4YWN0bHkgb25lIHRvIGs2J3MgYHZ1c2BcbiAqIGdhdWdlIG92ZXIgdGhlIHNjZW5hcmlvJ3Mgc3Bhbiwgd2hpY2ggcmVwb3J0cyBjYW4gdGFrZSBvZmYgKHJ1bm5lci9yZXBvcnQvaHRtbC1yZXBvcnQudHMpOyBhblxuICogYXJyaXZhbC1yYXRlIFZVLCBhY3RpdmUgb25seSBkdXJpbmcgaXRzIGZldy1tcyBwb2xscywgd291bGQgc29tZXRpbWVzIGJlIGNvdW50ZWQgYXMgYSB1c2VyIGFuZFxuICogc29tZXRpbWVzIG5vdCwgZGVwZW5kaW5nIG9uIGhvdyB0aGUgZ2F1Z2UncyB0aWNrcyBmYWxsIGFnYWluc3QgdGhlIHBvbGxzLiBJdHMgZ3JhY2VmdWwgc3RvcCBsZXRzXG4gKiB0aGUgbGFzdCBpdGVyYXRpb24gZm9sbG93IHRoZSBsb2FkIHRvIGl0cyBlbmQgKHBvbGxSZXNvdXJjZXMpLCBhbmQgbm8gZnVydGhlci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlc1NjZW5hcmlvKGR1cmF0aW9uUzogbnVtYmVyLCBzdGFydFRpbWU/OiBzdHJpbmcpOiBTY2VuYXJpbyB7XG4gIHJldHVybiB7XG4gICAgZXhlY3V0b3I6ICdjb25zdGFudC12dXMnLFxuICAgIGV4ZWM6ICdwb2xsUmVzb3VyY2VzJyxcbiAgICB2dXM6IDEsXG4gICAgZHVyYXRpb246IGAke01hdGgubWF4KDEsIE1hdGguY2VpbChkdXJhdGlvblMpKX1zYCxcbiAgICBncmFjZWZ1bFN0b3A6IGAke1RBSUxfU31zYCxcbiAgICAuLi4oc3RhcnRUaW1lID8geyBzdGFydFRpbWUgfSA6IHt9KSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gcGFyc2U8VD4oYm9keTogdW5rbm93bik6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiB0eXBlb2YgYm9keSA9PT0gJ3N0cmluZycgPyAoSlNPTi5wYXJzZShib2R5KSBhcyBUKSA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIE9uZSBpdGVyYXRpb24gb2YgdGhlIHBvbGxlcjogYSBwb2xsLCB0aGVuIHRoZSByZXN0IG9mIGl0cyBzZWNvbmQuIFRoZSBmaXJzdCB0ZWxscyB0aGUgc2lkZWNhciB0aGVcbiAqIGxvYWQgc3RhcnRzIChpdCBzdGFydHMgd2l0aCB0aGUgbG9hZCBzY2VuYXJpb3MsIGFmdGVyIHNldHVwKS4gUGFzdCB0aGUgc2NlbmFyaW8ncyBkdXJhdGlvbiB0aGVcbiAqIGxvYWQncyBWVXMgbWF5IHN0aWxsIGJlIGZpbmlzaGluZyB0aGVpciBpdGVyYXRpb25zIChrNidzIGdyYWNlZnVsIHN0b3ApOiB0aGUgbGFzdCBpdGVyYXRpb24gZ29lc1xuICogb24gcG9sbGluZyB1bnRpbCBubyBvdGhlciBWVSBpcyBhY3RpdmUsIHRoZW4gdGVsbHMgdGhlIHNpZGVjYXIgdGhlIGxvYWQgZW5kZWQgYW5kIHRha2VzIHRoZVxuICogc2FtcGxlcyB1cCB0byB0aGF0IG1hcmssIHNvIHdoYXQgazYgZ2F0ZXMgaXMgZXhhY3RseSB3aGF0IHRoZSBzaWRlY2FyIGNvdW50cyBhcyB0aGUgbG9hZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoc2lkZWNhclVybDogc3RyaW5nKTogdm9pZCB7XG4gIC8vIEJlZm9yZSB0aGUgZmlyc3QgcmVhZCwgYW5kIGFnYWluIHVudGlsIHRoZSBzaWRlY2FyIHRha2VzIGl0OiBzYW1wbGVzIHRha2VuIGJlZm9yZSBpdCBhcmUgc2V0dXAncy5cbiAgaWYgKCFsb2FkTWFya2VkKSBsb2FkTWFya2VkID0gbWFya1BoYXNlKHNpZGVjYXJVcmwsICdsb2FkJyk7XG4gIGZvciAoOzspIHtcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICBwb2xsT25jZShzaWRlY2FyVXJsKTsgLy8gdGhyb3dzIG9ubHkgd2hlbiBhIHJlZnVzYWwgYWJvcnRzIHRoZSBydW5cbiAgICBzbGVlcChNYXRoLm1heCgwLCAxIC0gKERhdGUubm93KCkgLSBzdGFydGVkKSAvIDEwMDApKTsgLy8gb25lIHBvbGwgYSBzZWNvbmRcbiAgICBpZiAoZXhlYy5zY2VuYXJpby5wcm9ncmVzcyA8IDEpIHJldHVybjsgLy8gazYgc3RhcnRzIHRoZSBuZXh0IGl0ZXJhdGlvblxuICAgIGlmIChleGVjLmluc3RhbmNlLnZ1c0FjdGl2ZSA8PSAxKSBicmVhazsgLy8gdGhpcyBWVSBhbG9uZTogdGhlIGxvYWQgaXMgb3ZlclxuICB9XG4gIG1hcmtQaGFzZShzaWRlY2FyVXJsLCAndGVhcmRvd24nKTtcbiAgcG9sbE9uY2Uoc2lkZWNhclVybCk7XG59XG5cbmZ1bmN0aW9uIHBvbGxPbmNlKHNpZGVjYXJVcmw6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zYW1wbGVzP3NpbmNlPSR7Y3Vyc29yfWAsIFBPTEwgYXMgbmV2ZXIpO1xuICBjb25zdCBib2R5ID1cbiAgICByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IHNhbXBsZXM6IFNhbXBsZVtdOyBlcnJvcnM/OiBudW1iZXI7IHJlZnVzZWQ/OiBzdHJpbmcgfT4ocmVzLmJvZHkpIDogdW5kZWZpbmVkO1xuICBpZiAoIWJvZHkgfHwgIUFycmF5LmlzQXJyYXkoYm9keS5zYW1wbGVzKSkge1xuICAgIHNlcnZlclNhbXBsZXNNaXNzaW5nLmFkZCgxKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBib2R5LmVycm9ycyA9PT0gJ251bWJlcicpIHtcbiAgICAvLyBUaGUgZmlyc3QgYW5zd2VyIGlzIHRoZSBiYXNlbGluZTogZmFpbHVyZXMgYmVmb3JlIHRoZSBydW4gYXJlIG5vdCB0aGUgcnVuJ3MgZ2Fwcy5cbiAgICBpZiAoZXJyb3JzU2VlbiAhPT0gdW5kZWZpbmVkICYmIGJvZHkuZXJyb3JzID4gZXJyb3JzU2Vlbikgc2VydmVyU2FtcGxlc01pc3NpbmcuYWRkKGJvZHkuZXJyb3JzIC0gZXJyb3JzU2Vlbik7XG4gICAgZXJyb3JzU2VlbiA9IGJvZHkuZXJyb3JzO1xuICB9XG4gIGZvciAoY29uc3Qgc2FtcGxlIG9mIGJvZHkuc2FtcGxlcykge1xuICAgIGN1cnNvciA9IE1hdGgubWF4KGN1cnNvciwgc2FtcGxlLnNlcSk7XG4gICAgaWYgKHNhbXBsZS5waGFzZSAhPT0gdW5kZWZpbmVkICYmIHNhbXBsZS5waGFzZSAhPT0gJ2xvYWQnKSBjb250aW51ZTsgLy8gc2V0dXAncyAob3IgdGVhcmRvd24ncyk6IHNob3duIGluIHRoZSByZXBvcnRzLCBub3QgZ2F0ZWRcbiAgICBzZXJ2ZXJDcHVQZXJjZW50LmFkZChzYW1wbGUuY3B1X3BlcmNlbnQpO1xuICAgIHNlcnZlckNwdUNvcmVzUGVyY2VudC5hZGQoc2FtcGxlLmNwdV9jb3Jlc19wZXJjZW50KTtcbiAgICBzZXJ2ZXJNZW1vcnlNYi5hZGQoc2FtcGxlLm1lbW9yeV9tYik7XG4gIH1cbiAgLy8gVGhlIHNpZGVjYXIgZm91bmQgbWlkLXJ1biB0aGF0IGl0cyBzb3VyY2UgY2Fubm90IHJlYWQgdGhlIHdob2xlIHNlcnZlciAoZS5nLiAvbWV0cmljcyBhbnN3ZXJlZFxuICAvLyBieSBhbm90aGVyIHdvcmtlcik6IGV2ZXJ5IGZ1cnRoZXIgcmVhZGluZyB3b3VsZCBiZSB3cm9uZywgc28gdGhlIHJ1biBzdG9wcywgc2F5aW5nIHdoeS5cbiAgaWYgKHR5cGVvZiBib2R5LnJlZnVzZWQgPT09ICdzdHJpbmcnKVxuICAgIGV4ZWMudGVzdC5hYm9ydChgc2VydmVyIHJlc291cmNlczogdGhlIHNpZGVjYXIgcmVmdXNlZCBpdHMgc291cmNlOiAke2JvZHkucmVmdXNlZH1gKTtcbn1cblxuLyoqXG4gKiBUZWFyZG93biwgYmVmb3JlIGFueXRoaW5nIGVsc2UgaXQgZG9lczogdGVsbHMgdGhlIHNpZGVjYXIgdGhlIGxvYWQgZW5kZWQgKHdoZW4gdGhlIHBvbGxlciBjb3VsZFxuICogbm90OiBhIHJ1biBzdG9wcGVkIGVhcmx5KSwgdGhlbiByZWNvcmRzIHRoZSBtZW1vcnkgZ3Jvd3RoIG92ZXIgdGhlIGxvYWQgYWZ0ZXIgd2FybS11cCwgTUIgcGVyXG4gKiBtaW51dGUsIGFzIHRoZSBzaWRlY2FyIGNvbXB1dGVkIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW5kTG9hZChzaWRlY2FyVXJsOiBzdHJpbmcpOiB2b2lkIHtcbiAgbWFya1BoYXNlKHNpZGVjYXJVcmwsICd0ZWFyZG93bicpO1xuICBjb25zdCByZXMgPSBodHRwLmdldChgJHtzaWRlY2FyVXJsfS9zdW1tYXJ5YCwgUE9MTCBhcyBuZXZlcik7XG4gIGNvbnN0IHN1bW1hcnkgPSByZXMuc3RhdHVzID09PSAyMDAgPyBwYXJzZTx7IG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbnVtYmVyIHwgbnVsbCB9PihyZXMuYm9keSkgOiB1bmRlZmluZWQ7XG4gIGlmIChzdW1tYXJ5ICYmIHR5cGVvZiBzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbiA9PT0gJ251bWJlcicpXG4gICAgc2VydmVyTWVtb3J5R3Jvd3RoLmFkZChzdW1tYXJ5Lm1lbW9yeV9ncm93dGhfbWJfcGVyX21pbik7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb3VyY2VMaW1pdHMge1xuICBtZW1vcnlNYjogbnVtYmVyO1xuICBjcHVQZXJjZW50OiBudW1iZXI7XG4gIC8qKiBHYXRlIG9uIG1lbW9yeSBncm93dGggKHNvYWspLCBNQiBwZXIgbWludXRlIGFmdGVyIHdhcm0tdXAuICovXG4gIGdyb3d0aE1iUGVyTWluPzogbnVtYmVyO1xuICAvKiogRmFpbCB0aGUgcnVuIHdoZW4gc2FtcGxlcyB3ZW50IG1pc3NpbmcgKHRoZSBzaWRlY2FyIHN0b3BwZWQgYW5zd2VyaW5nKS4gKi9cbiAgZmFpbE9uTWlzc2luZz86IGJvb2xlYW47XG59XG5cbi8qKlxuICogU2VydmVyIG1lbW9yeSBwZWFrLCBDUFUgcDk1LCBhbmQgb3B0aW9uYWxseSBncm93dGggYW5kIGdhcHMsIGFzIGdhdGVzLiBDUFUgaXMgXCJhdCBtb3N0XCI6IGEgc2FtcGxlXG4gKiBpcyBhIHNoYXJlIG9mIHRoZSBzZXJ2ZXIncyBDUFVzIChuZXZlciBhYm92ZSAxMDApLCBzbyBhIGxpbWl0IG9mIDEwMCBtZWFzdXJlcyBDUFUgd2l0aG91dCBnYXRpbmcgaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZUdhdGVzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBHYXRlW10ge1xuICBjb25zdCBnYXRlczogR2F0ZVtdID0gW1xuICAgIHsgbWV0cmljOiAnc2VydmVyX21lbW9yeV9tYicsIHJ1bGVzOiBbeyBzdGF0OiAnbWF4Jywgb3A6ICc8JywgdmFsdWU6IGxpbWl0cy5tZW1vcnlNYiB9XSB9LFxuICAgIHsgbWV0cmljOiAnc2VydmVyX2NwdV9wZXJjZW50JywgcnVsZXM6IFt7IHN0YXQ6ICdwKDk1KScsIG9wOiAnPD0nLCB2YWx1ZTogbGltaXRzLmNwdVBlcmNlbnQgfV0gfSxcbiAgXTtcbiAgaWYgKGxpbWl0cy5ncm93dGhNYlBlck1pbiAhPT0gdW5kZWZpbmVkKVxuICAgIGdhdGVzLnB1c2goe1xuICAgICAgbWV0cmljOiAnc2VydmVyX21lbW9yeV9ncm93dGhfbWJfcGVyX21pbicsXG4gICAgICBydWxlczogW3sgc3RhdDogJ21heCcsIG9wOiAnPCcsIHZhbHVlOiBsaW1pdHMuZ3Jvd3RoTWJQZXJNaW4gfV0sXG4gICAgfSk7XG4gIGlmIChsaW1pdHMuZmFpbE9uTWlzc2luZylcbiAgICBnYXRlcy5wdXNoKHsgbWV0cmljOiAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsIHJ1bGVzOiBbeyBzdGF0OiAnY291bnQnLCBvcDogJzwnLCB2YWx1ZTogMSB9XSB9KTtcbiAgcmV0dXJuIGdhdGVzO1xufVxuXG4vKiogVGhlIHNhbWUgZ2F0ZXMgYXMgYSBrNiB0aHJlc2hvbGRzIG9iamVjdDogeyBzZXJ2ZXJfbWVtb3J5X21iOiBbJ21heDwxMDI0J10sIHNlcnZlcl9jcHVfcGVyY2VudDogWydwKDk1KTw9ODAnXSwgLi4uIH0uICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VUaHJlc2hvbGRzKGxpbWl0czogUmVzb3VyY2VMaW1pdHMpOiBLNlRocmVzaG9sZHMge1xuICByZXR1cm4gdG9LNlRocmVzaG9sZHMocmVzb3VyY2VHYXRlcyhsaW1pdHMpKTtcbn1cbiIsICIvLyBUaGUgcnVuJ3MgYWNjb3VudHMsIHBlciBjbGFzczogZnJvbSBQRVJGT1JNQU5DRV9VU0VSU19GSUxFIChwYXJzZWQgb25jZSBmb3IgdGhlIHdob2xlIHRlc3QgaW50b1xuLy8gazYgU2hhcmVkQXJyYXlzLCBzbyBldmVyeSBWVSByZWFkcyBvbmUgY29weSBpbnN0ZWFkIG9mIGhvbGRpbmcgaXRzIG93biksIGZyb20gdGhlIGRlbW9cbi8vIHBsYXRmb3JtJ3MgREVNT19VU0VSUyBwb29sIChuYW1lcyBjb21wdXRlZCwgbm90aGluZyBoZWxkKSwgb3IgZWxzZSB0aGUgY2xhc3MncyBzaW5nbGUgYWNjb3VudFxuLy8gKFJFR1VMQVJfVVNFUl9FTUFJTCAuLi46IGV2ZXJ5IFZVIG9mIGEgY2xhc3Mgc2hhcmVzIGl0KS4gVlUgbiB1c2VzIGFjY291bnQgKG4tMSkgbW9kIHNpemUuXG5pbXBvcnQgeyBTaGFyZWRBcnJheSB9IGZyb20gJ2s2L2RhdGEnO1xuaW1wb3J0IGV4ZWMgZnJvbSAnazYvZXhlY3V0aW9uJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyBjb25maWcgYXMgcnVuQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2Vudi50cyc7XG5pbXBvcnQge1xuICB0eXBlIEFjY291bnQsXG4gIHR5cGUgUG9vbFNpemVzLFxuICBwYXJzZVVzZXJzQ3N2LFxuICBwb29sRW1haWwsXG4gIFJPTEVTLFxuICB0eXBlIFJvbGUsXG4gIHRvb1NtYWxsRm9yRGlzdGluY3QsXG59IGZyb20gJy4vcG9vbC1zcGVjLnRzJztcblxuZXhwb3J0IGludGVyZmFjZSBQb29sIHtcbiAgLyoqIFdoZXJlIHRoZSBhY2NvdW50cyBjb21lIGZyb20sIGZvciBtZXNzYWdlcy4gKi9cbiAgc291cmNlOiBzdHJpbmc7XG4gIHNpemVzOiBQb29sU2l6ZXM7XG4gIC8qKiBUaGUgaS10aCBhY2NvdW50IChmcm9tIDApIG9mIGEgY2xhc3M7IGBwYXNzd29yZGAgaXMgdGhlIGZpbGUncywgb3IgdGhlIGNsYXNzIHBhc3N3b3JkIGdpdmVuLiAqL1xuICBhY2NvdW50KHJvbGU6IFJvbGUsIGluZGV4OiBudW1iZXIsIGNsYXNzUGFzc3dvcmQ6IHN0cmluZyk6IEFjY291bnQ7XG59XG5cbmZ1bmN0aW9uIHJlYWRGaWxlKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG9wZW4ocGF0aCk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgYFBFUkZPUk1BTkNFX1VTRVJTX0ZJTEUgJHtwYXRofSBjYW5ub3QgYmUgcmVhZCAoJHtTdHJpbmcoZXJyb3IpfSk6IGdpdmUgYW4gYWJzb2x1dGUgcGF0aCB0byBhIENTViB3aXRoIHRoZSBoZWFkZXIgZW1haWwscGFzc3dvcmQscm9sZWAsXG4gICAgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBmaWxlUG9vbChwYXRoOiBzdHJpbmcpOiBQb29sIHtcbiAgLy8gVGhlIGNhbGxiYWNrIHJ1bnMgb25jZSBwZXIgdGVzdCAoazYga2VlcHMgdGhlIHJlc3VsdCBmb3IgZXZlcnkgVlUpOyBlYWNoIGNsYXNzIGl0cyBvd24gYXJyYXkuXG4gIGNvbnN0IGFycmF5cyA9IHt9IGFzIFJlY29yZDxSb2xlLCBBY2NvdW50W10+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpXG4gICAgYXJyYXlzW3JvbGVdID0gbmV3IFNoYXJlZEFycmF5KFxuICAgICAgYHVzZXJzOiR7cm9sZX1gLFxuICAgICAgKCkgPT4gcGFyc2VVc2Vyc0NzdihyZWFkRmlsZShwYXRoKSwgcGF0aClbcm9sZV0sXG4gICAgKSBhcyB1bmtub3duIGFzIEFjY291bnRbXTtcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2U6IGBQRVJGT1JNQU5DRV9VU0VSU19GSUxFICR7cGF0aH1gLFxuICAgIHNpemVzOiB7IHJlZ3VsYXI6IGFycmF5cy5yZWd1bGFyLmxlbmd0aCwgcG93ZXI6IGFycmF5cy5wb3dlci5sZW5ndGgsIGFkbWluOiBhcnJheXMuYWRtaW4ubGVuZ3RoIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIGluZGV4KSA9PiBhcnJheXNbcm9sZV1baW5kZXhdIGFzIEFjY291bnQsXG4gIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlUG9vbChjb25maWc6IENvbmZpZyk6IFBvb2wge1xuICBpZiAoY29uZmlnLnVzZXJzRmlsZSkgcmV0dXJuIGZpbGVQb29sKGNvbmZpZy51c2Vyc0ZpbGUpO1xuICBjb25zdCB1c2VycyA9IGNvbmZpZy51c2VycztcbiAgaWYgKGNvbmZpZy5kZW1vVXNlcnMpIHtcbiAgICByZXR1cm4ge1xuICAgICAgc291cmNlOiAnREVNT19VU0VSUycsXG4gICAgICBzaXplczogY29uZmlnLmRlbW9Vc2VycyxcbiAgICAgIGFjY291bnQ6IChyb2xlLCBpbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiBwb29sRW1haWwocm9sZSwgaW5kZXggKyAxKSwgcGFzc3dvcmQgfSksXG4gICAgfTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHNvdXJjZTogJ1JFR1VMQVJfVVNFUl9FTUFJTCAvIFBPV0VSX1VTRVJfRU1BSUwgLyBBRE1JTl9VU0VSX0VNQUlMIChvbmUgc2hhcmVkIGFjY291bnQgcGVyIGNsYXNzKScsXG4gICAgc2l6ZXM6IHsgcmVndWxhcjogMSwgcG93ZXI6IDEsIGFkbWluOiAxIH0sXG4gICAgYWNjb3VudDogKHJvbGUsIF9pbmRleCwgcGFzc3dvcmQpID0+ICh7IGVtYWlsOiB1c2Vyc1tyb2xlXS5lbWFpbCwgcGFzc3dvcmQgfSksXG4gIH07XG59XG5cbi8qKiBUaGlzIFZVJ3MgYWNjb3VudCBvZiBhIGNsYXNzOiBWVSBuIHVzZXMgYWNjb3VudCAobi0xKSBtb2Qgc2l6ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NvdW50T2ZWdShwb29sOiBQb29sLCByb2xlOiBSb2xlLCBjbGFzc1Bhc3N3b3JkOiBzdHJpbmcpOiBBY2NvdW50IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2l6ZSA9IHBvb2wuc2l6ZXNbcm9sZV07XG4gIHJldHVybiBzaXplID09PSAwID8gdW5kZWZpbmVkIDogcG9vbC5hY2NvdW50KHJvbGUsIChleGVjLnZ1LmlkSW5UZXN0IC0gMSkgJSBzaXplLCBjbGFzc1Bhc3N3b3JkKTtcbn1cblxuLyoqIFBFUkZPUk1BTkNFX1VTRVJTX0RJU1RJTkNUPXRydWU6IHJlZnVzZXMsIGF0IGluaXQsIGEgcG9vbCB3aXRoIGZld2VyIGFjY291bnRzIG9mIGEgdXNlZCBjbGFzcyB0aGFuIFZVIGlkcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnREaXN0aW5jdChwb29sOiBQb29sLCByb2xlczogcmVhZG9ubHkgUm9sZVtdLCB2dUlkczogbnVtYmVyKTogdm9pZCB7XG4gIGNvbnN0IG5lZWRlZDogUG9vbFNpemVzID0geyByZWd1bGFyOiAwLCBwb3dlcjogMCwgYWRtaW46IDAgfTtcbiAgZm9yIChjb25zdCByb2xlIG9mIHJvbGVzKSBuZWVkZWRbcm9sZV0gPSB2dUlkcztcbiAgY29uc3QgcHJvYmxlbSA9IHRvb1NtYWxsRm9yRGlzdGluY3QocG9vbC5zaXplcywgbmVlZGVkLCBwb29sLnNvdXJjZSk7XG4gIGlmIChwcm9ibGVtKSB0aHJvdyBuZXcgRXJyb3IocHJvYmxlbSk7XG59XG5cbi8qKiBUaGUgcnVuJ3MgcG9vbCwgbWFkZSBvbmNlIHBlciBWVSBhdCBpbml0IChhIGJhZCBmaWxlIHN0b3BzIHRoZSBydW4gaGVyZSwgYmVmb3JlIHNldHVwKS4gKi9cbmV4cG9ydCBjb25zdCBwb29sOiBQb29sID0gbWFrZVBvb2wocnVuQ29uZmlnKTtcbiIsICIvLyBUaGUgcnVuJ3MgY29uZmlndXJhdGlvbiwgcmVhZCBmcm9tIGs2J3MgX19FTlYgb25jZSBhdCBpbml0LiBBbiBpbnZhbGlkIHZhbHVlIHRocm93cyBoZXJlLCBzb1xuLy8gazYgc3RvcHMgYmVmb3JlIHNldHVwKCkgYW5kIGJlZm9yZSBhbnkgcmVxdWVzdCwgd2l0aCB0aGUgdmFyaWFibGUgbmFtZWQgaW4gdGhlIG1lc3NhZ2UuXG5pbXBvcnQgeyBhc3NlcnRUYXJnZXRBbGxvd2VkLCB0eXBlIENvbmZpZywgcGFyc2VDb25maWcgfSBmcm9tICcuL2NvbmZpZy50cyc7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHBhcnNlQ29uZmlnKF9fRU5WKTtcblxuLyoqIFRoZSBjb25maWd1cmF0aW9uIGZvciBhIGxvYWQtZ2VuZXJhdGluZyBlbnRyeTogcmVmdXNlcyBhIG5vbi1sb29wYmFjayB0YXJnZXQgdGhhdCBpcyBub3QgYWxsb3ctbGlzdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1YXJkZWRDb25maWcoZW50cnk6IHN0cmluZyk6IENvbmZpZyB7XG4gIGFzc2VydFRhcmdldEFsbG93ZWQoY29uZmlnLCBlbnRyeSk7XG4gIHJldHVybiBjb25maWc7XG59XG4iLCAiLy8gVGhlIHNoYXJlZCBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIG9mIHRoZSBlbnRyeSBwb2ludHM6IG1ha2VzIHN1cmUgdGhlIHBsYXRmb3JtIGFuc3dlcnMsIGNoZWNrc1xuLy8gb25lIGFjY291bnQgb2YgZWFjaCBjbGFzcyAoYSB3cm9uZyBwYXNzd29yZCBzdG9wcyB0aGUgcnVuIGF0IG9uY2UpLCByZW1vdmVzIHdoYXQga2lsbGVkIHJ1bnNcbi8vIGxlZnQgYmVoaW5kLCBtYWtlcyBzdXJlIHRoZSBrZXB0IGRhdGFzZXQgaXMgdGhlcmUsIGFuZCAoZm9yIGFwaS9icmVha3BvaW50KSBzZWVkcyBydW4tdGFnZ2VkXG4vLyBjb3Vyc2VzLiBUZWFyZG93biByZW1vdmVzIGV2ZXJ5dGhpbmcgdGhpcyBydW4gY3JlYXRlZC4gSXQgc3RvcHMgdGhlIHJ1biB3aXRoIGEgbWVzc2FnZSB0aGF0XG4vLyBzYXlzIHdoYXQgaXMgd3JvbmcgaW5zdGVhZCBvZiBsZXR0aW5nIFZVcyBzZW5kIGEgbWludXRlIG9mIGZhaWxpbmcgcmVxdWVzdHMuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgaHR0cCBmcm9tICdrNi9odHRwJztcbmltcG9ydCBzZWNyZXRzIGZyb20gJ2s2L3NlY3JldHMnO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB7IEFwaUNsaWVudCwgdHlwZSBJZCB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7IGVuc3VyZURhdGFzZXQsIHR5cGUgT3duZXIsIHF1aWV0TG9naW4sIHJlbW92ZUNvdXJzZXMgfSBmcm9tICcuL2RhdGFzZXQudHMnO1xuaW1wb3J0IHsgaXNMZWZ0b3ZlciwgbmV3UnVuSWQsIFJVTl9USVRMRV9GSUxURVIgfSBmcm9tICcuL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHsgcG9vbCB9IGZyb20gJy4vcG9vbC50cyc7XG5pbXBvcnQgeyBST0xFUywgdHlwZSBSb2xlLCB2dUlkQm91bmQgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgUnVuRGF0YSB7XG4gIC8qKiBVbmlxdWUgcGVyIHJ1biwgcGFydCBvZiBldmVyeSB0aXRsZSB0aGlzIHJ1biBjcmVhdGVzLCBzbyBydW5zIGFuZCBWVXMgbmV2ZXIgY29sbGlkZS4gKi9cbiAgcnVuSWQ6IHN0cmluZztcbiAgLyoqIE9uZSBsb2dnZWQtaW4gYWNjb3VudCBwZXIgY2xhc3MgKHRoZSBwb29sJ3MgZmlyc3QpOiBzZXR1cCdzIGNoZWNrcywgc2hhcmVkLXRva2VuIGVudHJpZXMsIGNsZWFudXAuICovXG4gIHRva2VuczogUmVjb3JkPFJvbGUsIHN0cmluZz47XG4gIC8qKiBSdW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIG93bmVkIGJ5IHRva2Vucy5yZWd1bGFyJ3MgYWNjb3VudCwgZm9yIGVudHJpZXMgdGhhdCByZWFkIHNoYXJlZCByb3dzIChhcGksIGJyZWFrcG9pbnQpLiAqL1xuICBzZWVkZWRDb3Vyc2VJZHM6IElkW107XG59XG5cbmNvbnN0IFNFRURfQ09VUlNFUyA9IDM7XG5jb25zdCBQUk9CRV9USU1FT1VUID0gJzVzJztcblxuZnVuY3Rpb24gYWJvcnQobWVzc2FnZTogc3RyaW5nKTogbmV2ZXIge1xuICBleGVjLnRlc3QuYWJvcnQobWVzc2FnZSk7XG4gIHRocm93IG5ldyBFcnJvcihtZXNzYWdlKTsgLy8gbm90IHJlYWNoZWQ6IGFib3J0KCkgc3RvcHMgdGhlIHRlc3Q7IHRoaXMga2VlcHMgdGhlIHR5cGUgY2hlY2tlciBob25lc3Rcbn1cblxuZnVuY3Rpb24gcHJvYmUoYmFzZVVybDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IHVybCA9IGAke2Jhc2VVcmx9L2hlYWx0aGA7XG4gIGNvbnN0IHJlcyA9IGh0dHAuZ2V0KHVybCwgeyB0aW1lb3V0OiBQUk9CRV9USU1FT1VULCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiAnR0VUIC9oZWFsdGggKHNldHVwIHByb2JlKScgfSB9KTtcbiAgaWYgKHJlcy5zdGF0dXMgPT09IDApIHtcbiAgICBhYm9ydChcbiAgICAgIGB0aGUgcGxhdGZvcm0gZG9lcyBub3QgYW5zd2VyIGF0ICR7dXJsfSAoR0VULCAke1BST0JFX1RJTUVPVVR9IHRpbWVvdXQpOiAke3Jlcy5lcnJvciB8fCAnbm8gcmVzcG9uc2UnfS4gSXMgaXQgcnVubmluZz8gU2V0IEJBU0VfVVJMIHRvIGl0cyBhZGRyZXNzLmAsXG4gICAgKTtcbiAgfVxuICBpZiAocmVzLnN0YXR1cyAhPT0gMjAwKSB7XG4gICAgYWJvcnQoXG4gICAgICBgdGhlIHBsYXRmb3JtIGF0ICR7dXJsfSBhbnN3ZXJlZCAke3Jlcy5zdGF0dXN9IGluc3RlYWQgb2YgMjAwOiBpdCBpcyBub3QgaGVhbHRoeSwgb3IgQkFTRV9VUkwgcG9pbnRzIGF0IHNvbWV0aGluZyBlbHNlLmAsXG4gICAgKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCBzZWNyZXQ6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIHN0cmluZz4+LCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldFtyb2xlXSA/PyBjb25maWcudXNlcnNbcm9sZV0ucGFzc3dvcmQ7XG59XG5cbi8qKlxuICogTG9ncyBpbiBhcyB0aGUgY2xhc3MncyBmaXJzdCBhY2NvdW50OiB0aGUgY2hlY2sgdGhhdCBhIHdyb25nIHBhc3N3b3JkIHN0b3BzIHRoZSBydW4gYXQgb25jZS5cbiAqIE91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdzogZW5kcG9pbnQ6bG9naW4gdGltZXMgdGhlIFZVcycgb3duIGxvZ2lucyB1bmRlciBsb2FkLlxuICovXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Piwgcm9sZTogUm9sZSk6IHN0cmluZyB7XG4gIGlmIChwb29sLnNpemVzW3JvbGVdID09PSAwKSBhYm9ydChgJHtwb29sLnNvdXJjZX0gaGFzIG5vICR7cm9sZX0gYWNjb3VudCwgYW5kIHRoaXMgZW50cnkgbmVlZHMgb25lLmApO1xuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KHJvbGUsIDAsIGNsYXNzUGFzc3dvcmQoY29uZmlnLCBzZWNyZXQsIHJvbGUpKTtcbiAgY29uc3QgcmVzdWx0ID0gcXVpZXRMb2dpbihjb25maWcsIGVtYWlsLCBwYXNzd29yZCk7XG4gIGlmICghcmVzdWx0LnRva2VuKSB7XG4gICAgY29uc3QgZW52UHJlZml4ID0gYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSYDtcbiAgICBjb25zdCB3aGVyZSA9IGNvbmZpZy51c2Vyc0ZpbGVcbiAgICAgID8gYGl0cyBsaW5lIGluICR7Y29uZmlnLnVzZXJzRmlsZX1gXG4gICAgICA6IGNvbmZpZy5kZW1vVXNlcnNcbiAgICAgICAgPyBgJHtlbnZQcmVmaXh9X1BBU1NXT1JEICh0aGUgREVNT19VU0VSUyBwb29sJ3MgJHtyb2xlfSBwYXNzd29yZClgXG4gICAgICAgIDogYCR7ZW52UHJlZml4fV9FTUFJTCBhbmQgJHtlbnZQcmVmaXh9X1BBU1NXT1JEYDtcbiAgICBhYm9ydChgbG9nZ2luZyBpbiBhcyB0aGUgJHtyb2xlfSB1c2VyICgke2VtYWlsfSkgZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzdWx0LnN0YXR1c306IGNoZWNrICR7d2hlcmV9LmApO1xuICB9XG4gIHJldHVybiByZXN1bHQudG9rZW47XG59XG5cbmZ1bmN0aW9uIHNlZWRDb3Vyc2VzKGNsaWVudDogQXBpQ2xpZW50LCBydW5JZDogc3RyaW5nLCBjb25maWc6IENvbmZpZyk6IElkW10ge1xuICBjb25zdCBqb2JzOiBJZFtdID0gW107XG4gIGNvbnN0IGNvdXJzZUlkczogSWRbXSA9IFtdO1xuICBmb3IgKGxldCBuID0gMDsgbiA8IFNFRURfQ09VUlNFUzsgbisrKSB7XG4gICAgY29uc3QgY3JlYXRlZCA9IGNsaWVudC5jcmVhdGVDb3Vyc2Uoe1xuICAgICAgdGl0bGU6IGBwZXJmLXNlZWQgJHtydW5JZH0gJHtufWAsXG4gICAgICB0b3BpYzogJ2xvYWQgdGVzdGluZycsXG4gICAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IDIsXG4gICAgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIGFib3J0KGBzZXR1cCBjb3VsZCBub3QgY3JlYXRlIGEgc2VlZCBjb3Vyc2UgKHN0YXR1cyAke2NyZWF0ZWQuc3RhdHVzfSkuYCk7XG4gICAgY29uc3Qgc3RhcnRlZCA9IGNsaWVudC5nZW5lcmF0ZShjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGlmICghc3RhcnRlZC5ib2R5KSBhYm9ydChgc2V0dXAgY291bGQgbm90IHN0YXJ0IGdlbmVyYXRpbmcgYSBzZWVkIGNvdXJzZSAoc3RhdHVzICR7c3RhcnRlZC5zdGF0dXN9KS5gKTtcbiAgICBjb3Vyc2VJZHMucHVzaChjcmVhdGVkLmJvZHkuaWQpO1xuICAgIGpvYnMucHVzaChzdGFydGVkLmJvZHkuam9iX2lkKTtcbiAgfVxuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyBjb25maWcuZ2VuZXJhdGlvblRpbWVvdXRTICogMTAwMDtcbiAgZm9yIChjb25zdCBqb2JJZCBvZiBqb2JzKSB7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3Qgam9iID0gY2xpZW50LmdldEpvYihqb2JJZCkuYm9keTtcbiAgICAgIGlmIChqb2I/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIGJyZWFrO1xuICAgICAgaWYgKGpvYj8uc3RhdHVzID09PSAnZmFpbGVkJykgYWJvcnQoYGEgc2VlZCBjb3Vyc2UncyBnZW5lcmF0aW9uIGZhaWxlZDogJHtqb2IuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9LmApO1xuICAgICAgaWYgKERhdGUubm93KCkgPiBkZWFkbGluZSlcbiAgICAgICAgYWJvcnQoYHNlZWQgY291cnNlcyB3ZXJlIG5vdCBnZW5lcmF0ZWQgd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke2NvbmZpZy5nZW5lcmF0aW9uVGltZW91dFN9cy5gKTtcbiAgICAgIHNsZWVwKDAuNSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBjb3Vyc2VJZHM7XG59XG5cbi8qKlxuICogQ2xhc3MgcGFzc3dvcmRzIGZyb20gazYncyBzZWNyZXQgc291cmNlcyAoYGs2IHJ1biAtLXNlY3JldC1zb3VyY2U9ZmlsZT1zZWNyZXRzLnR4dGAsIGtleXMgbmFtZWRcbiAqIGxpa2UgdGhlIGVudiB2YXJpYWJsZXM6IFJFR1VMQVJfVVNFUl9QQVNTV09SRCwgLi4uKSB0YWtlIHByZWNlZGVuY2Ugb3ZlciB0aGUgZW52aXJvbm1lbnQ7IGs2XG4gKiByZWRhY3RzIHRoZW0gZnJvbSBpdHMgbG9ncy4gVGhleSBhcHBseSB0byB0aGUgc2luZ2xlIGFjY291bnRzIGFuZCB0byB0aGUgREVNT19VU0VSUyBwb29sOyBhXG4gKiB1c2VycyBmaWxlIGNhcnJpZXMgaXRzIG93biBwYXNzd29yZHMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzZWNyZXRQYXNzd29yZHMoKTogUHJvbWlzZTxQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pj4ge1xuICBjb25zdCBmb3VuZDogUGFydGlhbDxSZWNvcmQ8Um9sZSwgc3RyaW5nPj4gPSB7fTtcbiAgZm9yIChjb25zdCByb2xlIG9mIFJPTEVTKSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHBhc3N3b3JkID0gYXdhaXQgc2VjcmV0cy5nZXQoYCR7cm9sZS50b1VwcGVyQ2FzZSgpfV9VU0VSX1BBU1NXT1JEYCk7XG4gICAgICBpZiAocGFzc3dvcmQpIGZvdW5kW3JvbGVdID0gcGFzc3dvcmQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBubyBzZWNyZXQgc291cmNlIGNvbmZpZ3VyZWQsIG9yIG5vIHN1Y2gga2V5OiBrZWVwIHRoZSBlbnZpcm9ubWVudCdzIHBhc3N3b3JkXG4gICAgfVxuICB9XG4gIHJldHVybiBmb3VuZDtcbn1cblxuLyoqIFRoZSBhY2NvdW50cyBWVXMgb2YgdGhlIGNsYXNzZXMgdGhhdCByZWFkIHRoZSBkYXRhc2V0IGNhbiB1c2U6IHRoZSBmaXJzdCBtaW4oc2l6ZSwgVlUgaWRzKSBvZiBlYWNoLiAqL1xuZnVuY3Rpb24gZGF0YXNldE93bmVycyhjb25maWc6IENvbmZpZywgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+Pik6IE93bmVyW10ge1xuICBjb25zdCB2dUlkcyA9IHZ1SWRCb3VuZCgoZXhlYy50ZXN0Lm9wdGlvbnMuc2NlbmFyaW9zID8/IHt9KSBhcyB1bmtub3duIGFzIFJlY29yZDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHVua25vd24+Pik7XG4gIGNvbnN0IG93bmVyczogT3duZXJbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgWydyZWd1bGFyJywgJ3Bvd2VyJ10gYXMgY29uc3QpIHtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IE1hdGgubWluKHBvb2wuc2l6ZXNbcm9sZV0sIHZ1SWRzKTsgaSsrKVxuICAgICAgb3duZXJzLnB1c2goeyByb2xlLCAuLi5wb29sLmFjY291bnQocm9sZSwgaSwgY2xhc3NQYXNzd29yZChjb25maWcsIHNlY3JldCwgcm9sZSkpIH0pO1xuICB9XG4gIHJldHVybiBvd25lcnM7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJlcGFyZU9wdGlvbnMge1xuICAvKiogU2VlZCBydW4tdGFnZ2VkIGdlbmVyYXRlZCBjb3Vyc2VzIGZvciBlbnRyaWVzIHRoYXQgcmVhZCBzaGFyZWQgcm93cyAoYXBpLCBicmVha3BvaW50KS4gKi9cbiAgc2VlZD86IGJvb2xlYW47XG4gIC8qKiBNYWtlIHN1cmUgdGhlIGtlcHQgcGVyLXVzZXIgZGF0YXNldCBpcyB0aGVyZSAoZW50cmllcyB3aG9zZSB1c2VycyByZWFkIHRoZWlyIG93biBjb3Vyc2VzKS4gKi9cbiAgZGF0YXNldD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwcmVwYXJlUnVuKGNvbmZpZzogQ29uZmlnLCBvcHRpb25zOiBQcmVwYXJlT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHByb2JlKGNvbmZpZy5iYXNlVXJsKTtcbiAgY29uc3Qgc2VjcmV0ID0gYXdhaXQgc2VjcmV0UGFzc3dvcmRzKCk7XG4gIGNvbnN0IGFub255bW91cyA9IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IHRva2VucyA9IHt9IGFzIFJlY29yZDxSb2xlLCBzdHJpbmc+O1xuICBmb3IgKGNvbnN0IHJvbGUgb2YgUk9MRVMpIHRva2Vuc1tyb2xlXSA9IGxvZ2luKGNvbmZpZywgc2VjcmV0LCByb2xlKTtcbiAgY29uc3QgcnVuSWQgPSBuZXdSdW5JZCgpO1xuICBjb25zdCBzd2VwdCA9IHJlbW92ZUNvdXJzZXMoY29uZmlnLCB0b2tlbnMuYWRtaW4sIFJVTl9USVRMRV9GSUxURVIsICh0aXRsZSkgPT4gaXNMZWZ0b3Zlcih0aXRsZSwgcnVuSWQsIGZhbHNlKSk7XG4gIGlmIChzd2VwdCA+IDApIGNvbnNvbGUubG9nKGBzZXR1cDogcmVtb3ZlZCAke3N3ZXB0fSBjb3Vyc2UocykgbGVmdCBiZWhpbmQgYnkgZWFybGllciBydW5zYCk7XG4gIGlmIChvcHRpb25zLmRhdGFzZXQpIHtcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgciA9IGVuc3VyZURhdGFzZXQoY29uZmlnLCBkYXRhc2V0T3duZXJzKGNvbmZpZywgc2VjcmV0KSk7XG4gICAgICBjb25zb2xlLmxvZyhcbiAgICAgICAgYHNldHVwOiBkYXRhc2V0IG9mICR7Y29uZmlnLmRhdGFzZXQuY291cnNlc30gY291cnNlKHMpIHBlciBhY2NvdW50IGZvciAke3IuYWNjb3VudHN9IGFjY291bnQocyk6ICR7ci5yZXVzZWR9IHJldXNlZCwgJHtyLmNyZWF0ZWR9IGNvdXJzZShzKSBjcmVhdGVkICgke3IuZ2VuZXJhdGVkfSBnZW5lcmF0ZWQpLCAke3IucmVtb3ZlZH0gcmVtb3ZlZCR7ci5yZXRyaWVkID4gMCA/IGAsICR7ci5yZXRyaWVkfSByZXF1ZXN0KHMpIHNlbnQgYWdhaW4gYWZ0ZXIgbm8gYW5zd2VyIG9yIGEgNXh4YCA6ICcnfSwgaW4gJHsoKERhdGUubm93KCkgLSBzdGFydGVkKSAvIDEwMDApLnRvRml4ZWQoMSl9IHNgLFxuICAgICAgKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgYWJvcnQoZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpKTtcbiAgICB9XG4gIH1cbiAgY29uc3Qgc2VlZGVkQ291cnNlSWRzID0gb3B0aW9ucy5zZWVkID8gc2VlZENvdXJzZXMoYW5vbnltb3VzLmFzKHRva2Vucy5yZWd1bGFyKSwgcnVuSWQsIGNvbmZpZykgOiBbXTtcbiAgLy8gTm8gcGFzc3dvcmQgaW4gdGhlIHJldHVybmVkIGRhdGE6IGs2IGNvcGllcyBpdCBpbnRvIGV2ZXJ5IFZVIGFuZCBpbnRvIGl0cyBzdW1tYXJ5IGV4cG9ydC5cbiAgcmV0dXJuIHsgcnVuSWQsIHRva2Vucywgc2VlZGVkQ291cnNlSWRzIH07XG59XG5cbi8qKiBUZWFyZG93bjogcmVtb3ZlcyBldmVyeSBjb3Vyc2UgdGhpcyBydW4gY3JlYXRlZCAoVlVzIGRlbGV0ZSB0aGVpciBvd24gYXMgdGhleSBnbzsgdGhpcyBjYXRjaGVzIHRoZSByZXN0KS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjbGVhblVwUnVuKGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhIHwgdW5kZWZpbmVkKTogUHJvbWlzZTx2b2lkPiB7XG4gIGlmICghZGF0YT8ucnVuSWQgfHwgcG9vbC5zaXplcy5hZG1pbiA9PT0gMCkgcmV0dXJuO1xuICBjb25zdCBzZWNyZXQgPSBhd2FpdCBzZWNyZXRQYXNzd29yZHMoKTtcbiAgLy8gQSBmcmVzaCBsb2dpbjogc2V0dXAncyB0b2tlbiBtYXkgaGF2ZSBleHBpcmVkIGR1cmluZyBhIGxvbmcgcnVuLlxuICBjb25zdCB7IGVtYWlsLCBwYXNzd29yZCB9ID0gcG9vbC5hY2NvdW50KCdhZG1pbicsIDAsIHNlY3JldC5hZG1pbiA/PyBjb25maWcudXNlcnMuYWRtaW4ucGFzc3dvcmQpO1xuICBjb25zdCB7IHRva2VuIH0gPSBxdWlldExvZ2luKGNvbmZpZywgZW1haWwsIHBhc3N3b3JkKTtcbiAgaWYgKCF0b2tlbikge1xuICAgIGNvbnNvbGUuZXJyb3IoXG4gICAgICBgdGVhcmRvd246IGNvdWxkIG5vdCBsb2cgaW4gYXMgJHtlbWFpbH0gdG8gcmVtb3ZlIHRoaXMgcnVuJ3MgY291cnNlcyAodGl0bGVzIGNvbnRhaW5pbmcgJHtkYXRhLnJ1bklkfSk7IHRoZSBuZXh0IHJ1biByZW1vdmVzIHRoZW1gLFxuICAgICk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IHJlbW92ZWQgPSByZW1vdmVDb3Vyc2VzKGNvbmZpZywgdG9rZW4sIGRhdGEucnVuSWQsICh0aXRsZSkgPT4gaXNMZWZ0b3Zlcih0aXRsZSwgZGF0YS5ydW5JZCwgdHJ1ZSkpO1xuICBpZiAocmVtb3ZlZCA+IDApIGNvbnNvbGUubG9nKGB0ZWFyZG93bjogcmVtb3ZlZCAke3JlbW92ZWR9IGNvdXJzZShzKSB0aGlzIHJ1biBjcmVhdGVkYCk7XG59XG4iLCAiLy8gVHlwZWQgY2xpZW50IG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSBjb250cmFjdCAocGF0aHMgYW5kIHRhZ3MgY29tZSBmcm9tIHJvdXRlcy50cykuIEV2ZXJ5IHJlcXVlc3Rcbi8vIGNhcnJpZXMgYSBzdGFibGUgYGVuZHBvaW50YCB0YWcgKG5ldmVyIHRoZSBVUkwgd2l0aCBpZHMgaW4gaXQpLCB0aGUgYGFwaWAgc2NvcGUgYW5kIGEgdGVtcGxhdGVkXG4vLyBgbmFtZWAsIHNvIHBlci1lbmRwb2ludCB0aHJlc2hvbGRzIGFuZCByZXBvcnRzIGtlZXAgYSBzbWFsbCwgZml4ZWQgc2V0IG9mIHNlcmllcy5cbmltcG9ydCB7IGNoZWNrIH0gZnJvbSAnazYnO1xuaW1wb3J0IGh0dHAsIHsgdHlwZSBSZWZpbmVkUmVzcG9uc2UsIHR5cGUgUmVzcG9uc2VUeXBlIH0gZnJvbSAnazYvaHR0cCc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuLi91c2Vycy9wb29sLXNwZWMudHMnO1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJy4vZW5kcG9pbnRzLnRzJztcbmltcG9ydCB7IHR5cGUgSWQsIHBhdGhzLCByZXF1ZXN0VGFncyB9IGZyb20gJy4vcm91dGVzLnRzJztcblxuZXhwb3J0IHR5cGUgeyBJZCB9O1xuZXhwb3J0IHR5cGUgTGV2ZWwgPSAnYmVnaW5uZXInIHwgJ2ludGVybWVkaWF0ZScgfCAnYWR2YW5jZWQnO1xuZXhwb3J0IHR5cGUgSm9iU3RhdHVzID0gJ3F1ZXVlZCcgfCAncnVubmluZycgfCAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuZXhwb3J0IHR5cGUgRXhwb3J0Rm9ybWF0ID0gJ2pzb24nIHwgJ21hcmtkb3duJyB8ICdodG1sJztcblxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyU3VtbWFyeSB7XG4gIGluZGV4OiBudW1iZXI7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHN0YXR1czogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDb3Vyc2Uge1xuICBpZDogSWQ7XG4gIHRpdGxlOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG4gIGxldmVsOiBMZXZlbDtcbiAgY2hhcHRlcl9jb3VudDogbnVtYmVyO1xuICBjaGFwdGVycz86IENoYXB0ZXJTdW1tYXJ5W107XG59XG5leHBvcnQgaW50ZXJmYWNlIENvdXJzZUxpc3Qge1xuICBpdGVtczogQ291cnNlW107XG4gIHRvdGFsOiBudW1iZXI7XG4gIGxpbWl0OiBudW1iZXI7XG4gIG9mZnNldDogbnVtYmVyO1xufVxuZXhwb3J0IGludGVyZmFjZSBOZXdDb3Vyc2Uge1xuICB0aXRsZTogc3RyaW5nO1xuICB0b3BpYzogc3RyaW5nO1xuICBsZXZlbDogTGV2ZWw7XG4gIGNoYXB0ZXJfY291bnQ6IG51bWJlcjtcbiAgbGFuZ3VhZ2U/OiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIEpvYkNoYXB0ZXIge1xuICBpbmRleDogbnVtYmVyO1xuICBzdGF0dXM6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGR1cmF0aW9uX21zOiBudW1iZXIgfCBudWxsO1xufVxuZXhwb3J0IGludGVyZmFjZSBKb2Ige1xuICBqb2JfaWQ6IElkO1xuICBjb3Vyc2VfaWQ6IElkO1xuICBzdGF0dXM6IEpvYlN0YXR1cztcbiAgY2hhcHRlcnNfdG90YWw6IG51bWJlcjtcbiAgY2hhcHRlcnNfY29tcGxldGVkOiBudW1iZXI7XG4gIGNoYXB0ZXJzOiBKb2JDaGFwdGVyW107XG4gIGNyZWF0ZWRfYXQ6IHN0cmluZztcbiAgc3RhcnRlZF9hdDogc3RyaW5nIHwgbnVsbDtcbiAgZmluaXNoZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGVycm9yPzogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBDaGFwdGVyIHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgdGl0bGU6IHN0cmluZztcbiAgY29udGVudDogc3RyaW5nO1xuICB3b3JkX2NvdW50OiBudW1iZXI7XG59XG5leHBvcnQgaW50ZXJmYWNlIExvZ2luIHtcbiAgYWNjZXNzX3Rva2VuOiBzdHJpbmc7XG4gIHRva2VuX3R5cGU6IHN0cmluZztcbiAgcm9sZTogUm9sZTtcbiAgZXhwaXJlc19pbjogbnVtYmVyO1xufVxuXG4vKipcbiAqIFdoYXQgZXZlcnkgY2FsbCByZXR1cm5zOiB3aGV0aGVyIGl0cyBjaGVja3MgcGFzc2VkLCB0aGUgc3RhdHVzLCBhbmQgdGhlIGJvZHkgd2hlbiBpdCBoYWQgdGhlXG4gKiByaWdodCBzaGFwZS4gVGhlIGJvZHkgaXMgcGFyc2VkIG9uIGZpcnN0IHJlYWQ6IG1vc3QgY2FsbGVycyBvbmx5IG5lZWQgYG9rYCwgYW5kIGs2J3MgSlNPTi5wYXJzZVxuICogYnVpbGRzIGV2ZXJ5IG9iamVjdCBvZiBhIGxpc3QgaW4gSlMg4oCUIGEgcXVhcnRlciBvZiBrNidzIENQVSBpbiB0aGUgcmVndWxhci11c2VyIHdvcmtmbG93IGJlZm9yZVxuICogdGhpcyAoYmVuY2gvLCBgazYgcnVuIC0tcHJvZmlsaW5nLWVuYWJsZWRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXN1bHQ8VD4ge1xuICBvazogYm9vbGVhbjtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGJvZHk6IFQgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBPbmUgZmllbGQgb2YgYSBKU09OIGJvZHkgYnkgYSBrNiBzZWxlY3RvciAoYGl0ZW1zLiNgLCBgaWRgKTogcmVhZCBpbiBHbywgbm8gSlMgb2JqZWN0IGJ1aWx0IGZvciB0aGUgcmVzdC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkID0gKHBhdGg6IHN0cmluZykgPT4gdW5rbm93bjtcbi8qKiBBIGJvZHktc2hhcGUgdGVzdCBvdmVyIHNlbGVjdGVkIGZpZWxkczsgVCBpcyB0aGUgYm9keSB0eXBlIGl0IHZvdWNoZXMgZm9yLiAqL1xuZXhwb3J0IHR5cGUgU2hhcGU8VD4gPSAoKGZpZWxkOiBGaWVsZCkgPT4gYm9vbGVhbikgJiB7IHJlYWRvbmx5IHZvdWNoZXNGb3I/OiBUIH07XG5jb25zdCBzaGFwZSA9IDxUPih0ZXN0OiAoZmllbGQ6IEZpZWxkKSA9PiBib29sZWFuKTogU2hhcGU8VD4gPT4gdGVzdDtcblxuY29uc3QgaXNJZCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHYgPT09ICdudW1iZXInO1xuY29uc3QgaXNDb3VudCA9ICh2OiB1bmtub3duKTogYm9vbGVhbiA9PiB0eXBlb2YgdiA9PT0gJ251bWJlcic7IC8vIGA8YXJyYXk+LiNgIGlzIGEgbnVtYmVyIG9ubHkgZm9yIGFuIGFycmF5XG5cbmV4cG9ydCBjb25zdCBzaGFwZXMgPSB7XG4gIGhlYWx0aDogc2hhcGU8eyBzdGF0dXM6IHN0cmluZyB9PigoZmllbGQpID0+IGZpZWxkKCdzdGF0dXMnKSA9PT0gJ29rJyksXG4gIGxvZ2luOiBzaGFwZTxMb2dpbj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3QgdG9rZW4gPSBmaWVsZCgnYWNjZXNzX3Rva2VuJyk7XG4gICAgcmV0dXJuIHR5cGVvZiB0b2tlbiA9PT0gJ3N0cmluZycgJiYgdG9rZW4gIT09ICcnO1xuICB9KSxcbiAgY291cnNlTGlzdDogc2hhcGU8Q291cnNlTGlzdD4oKGZpZWxkKSA9PiBpc0NvdW50KGZpZWxkKCdpdGVtcy4jJykpICYmIHR5cGVvZiBmaWVsZCgndG90YWwnKSA9PT0gJ251bWJlcicpLFxuICBjb3Vyc2U6IHNoYXBlPENvdXJzZT4oKGZpZWxkKSA9PiBpc0lkKGZpZWxkKCdpZCcpKSAmJiB0eXBlb2YgZmllbGQoJ3RpdGxlJykgPT09ICdzdHJpbmcnKSxcbiAgY291cnNlV2l0aENoYXB0ZXJzOiBzaGFwZTxDb3Vyc2U+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnaWQnKSkgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGpvYkFjY2VwdGVkOiBzaGFwZTx7IGpvYl9pZDogSWQ7IHN0YXR1czogSm9iU3RhdHVzIH0+KChmaWVsZCkgPT4gaXNJZChmaWVsZCgnam9iX2lkJykpKSxcbiAgam9iOiBzaGFwZTxKb2I+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdzdGF0dXMnKSA9PT0gJ3N0cmluZycgJiYgaXNDb3VudChmaWVsZCgnY2hhcHRlcnMuIycpKSksXG4gIGNoYXB0ZXI6IHNoYXBlPENoYXB0ZXI+KChmaWVsZCkgPT4gdHlwZW9mIGZpZWxkKCdjb250ZW50JykgPT09ICdzdHJpbmcnKSxcbiAgYW55T2JqZWN0OiBzaGFwZTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4oKGZpZWxkKSA9PiB7XG4gICAgY29uc3Qgd2hvbGUgPSBmaWVsZCgnQHRoaXMnKTsgLy8gZ2pzb24ncyBtb2RpZmllciBmb3IgdGhlIHdob2xlIGRvY3VtZW50XG4gICAgcmV0dXJuIHR5cGVvZiB3aG9sZSA9PT0gJ29iamVjdCcgJiYgd2hvbGUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkod2hvbGUpO1xuICB9KSxcbn07XG5cbnR5cGUgUmVzcG9uc2UgPSBSZWZpbmVkUmVzcG9uc2U8UmVzcG9uc2VUeXBlIHwgdW5kZWZpbmVkPjtcblxuLyoqXG4gKiBXaGV0aGVyIHRoZSBhbnN3ZXIgY2xhaW1zIHRvIGJlIEpTT04gYXQgYWxsIChhbiBIVE1MIGVycm9yIHBhZ2UgaXMgYSBmYWlsZWQgY2hlY2ssIG5vdCBhblxuICogZXhjZXB0aW9uKS4gVGhlIGJvZHkgaXRzZWxmIGlzIG5vdCByZWFkIGhlcmU6IGFuIGVtcHR5IG9yIHVucGFyc2FibGUgb25lIHJlYWRzIGFzIGhhdmluZyBub1xuICogZmllbGRzLCB3aGljaCBmYWlscyB0aGUgc2hhcGUsIGFuZCByZWFkaW5nIGl0IHdvdWxkIGNvcHkgZXZlcnkgYm9keSBpbnRvIEphdmFTY3JpcHQuXG4gKi9cbmZ1bmN0aW9uIGlzSnNvbihyZXM6IFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gIHJldHVybiBTdHJpbmcocmVzLmhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID8/ICcnKS5pbmNsdWRlcygnanNvbicpO1xufVxuXG4vKiogVGhlIHJlc3BvbnNlIHRoZSBzaGFwZSBjaGVjayBpcyByZWFkaW5nOiBvbmUgZmllbGQgcmVhZGVyIHBlciBWVSwgbm90IGEgY2xvc3VyZSBwZXIgcmVxdWVzdC4gKi9cbmxldCByZWFkaW5nOiBSZXNwb25zZSB8IHVuZGVmaW5lZDtcbi8qKiBGaWVsZCByZWFkZXIgb3ZlciBrNidzIHNlbGVjdG9yOyBhIGJvZHkgdGhhdCBpcyBub3QgdmFsaWQgSlNPTiByZWFkcyBhcyBoYXZpbmcgbm8gZmllbGRzLiAqL1xuY29uc3QgcmVhZEZpZWxkOiBGaWVsZCA9IChwYXRoKSA9PiB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIHJlYWRpbmchLmpzb24ocGF0aCkgPz8gdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59O1xuXG4vKiogQSBjYWxsJ3MgUmVzdWx0OyB0aGUgYm9keSBpcyBwYXJzZWQgb24gZmlyc3QgcmVhZCAoYSBwcm90b3R5cGUgZ2V0dGVyOiBubyBjbG9zdXJlcyBwZXIgcmVxdWVzdCkuICovXG5jbGFzcyBMYXp5UmVzdWx0PFQ+IGltcGxlbWVudHMgUmVzdWx0PFQ+IHtcbiAgcHJpdmF0ZSBwYXJzZWQgPSBmYWxzZTtcbiAgcHJpdmF0ZSB2YWx1ZTogVCB8IHVuZGVmaW5lZDtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgb2s6IGJvb2xlYW4sXG4gICAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIsXG4gICAgcHJpdmF0ZSByZWFkb25seSByZXM6IFJlc3BvbnNlIHwgdW5kZWZpbmVkLFxuICApIHt9XG5cbiAgZ2V0IGJvZHkoKTogVCB8IHVuZGVmaW5lZCB7XG4gICAgaWYgKHRoaXMucmVzICYmICF0aGlzLnBhcnNlZCkge1xuICAgICAgdGhpcy52YWx1ZSA9IHBhcnNlSnNvbih0aGlzLnJlcy5ib2R5KSBhcyBUO1xuICAgICAgdGhpcy5wYXJzZWQgPSB0cnVlO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy52YWx1ZTtcbiAgfVxufVxuXG4vKiogVGhlIHdob2xlIGJvZHkgYXMgSlNPTiwgb3IgdW5kZWZpbmVkIHdoZW4gaXQgZG9lcyBub3QgcGFyc2UuICovXG5mdW5jdGlvbiBwYXJzZUpzb24oYm9keTogdW5rbm93bik6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKGJvZHkgYXMgc3RyaW5nKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vLyBDYWNoZXMgb24gdGhpcyBwYXRoIGFyZSBwbGFpbiBvYmplY3RzLCBub3QgTWFwOiBldmVyeSBWVSBoYXMgaXRzIG93biBKYXZhU2NyaXB0IHJ1bnRpbWUsIGFuZCB0aGVcbi8vIGZpcnN0IE1hcCBhIHJ1bnRpbWUgdXNlcyBidWlsZHMgTWFwJ3MgY29uc3RydWN0b3IgYW5kIHByb3RvdHlwZSBpbiBpdCAofjEwIEtCIHBlciBWVSwgYmVuY2gvKS5cbi8vIE9uZSBjYWxsYmFjayBwZXIgc3RhdHVzLCBtYWRlIG9uY2U6IGh0dHAuZXhwZWN0ZWRTdGF0dXNlcygpIGFsbG9jYXRlcywgYW5kIHRoaXMgaXMgZXZlcnkgcmVxdWVzdCdzIHBhdGguXG5jb25zdCBzdGF0dXNDYWxsYmFja3M6IFJlY29yZDxudW1iZXIsIFJldHVyblR5cGU8dHlwZW9mIGh0dHAuZXhwZWN0ZWRTdGF0dXNlcz4+ID0ge307XG5mdW5jdGlvbiBleHBlY3RTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBSZXR1cm5UeXBlPHR5cGVvZiBodHRwLmV4cGVjdGVkU3RhdHVzZXM+IHtcbiAgbGV0IGNhbGxiYWNrID0gc3RhdHVzQ2FsbGJhY2tzW3N0YXR1c107XG4gIGlmIChjYWxsYmFjayA9PT0gdW5kZWZpbmVkKSB7XG4gICAgY2FsbGJhY2sgPSBodHRwLmV4cGVjdGVkU3RhdHVzZXMoc3RhdHVzKTtcbiAgICBzdGF0dXNDYWxsYmFja3Nbc3RhdHVzXSA9IGNhbGxiYWNrO1xuICB9XG4gIHJldHVybiBjYWxsYmFjaztcbn1cblxuLyoqIFNlZXMgZXZlcnkgQVBJIHJlcXVlc3QncyBkdXJhdGlvbiBhbmQgb3V0Y29tZTogaG93IHNjZW5hcmlvcyBtZWFzdXJlIGxhdGVuY3kgcGVyIHBoYXNlLiAqL1xuZXhwb3J0IHR5cGUgUmVxdWVzdE9ic2VydmVyID0gKGVuZHBvaW50OiBFbmRwb2ludCwgZHVyYXRpb25NczogbnVtYmVyLCBvazogYm9vbGVhbikgPT4gdm9pZDtcbmxldCBvYnNlcnZlcjogUmVxdWVzdE9ic2VydmVyIHwgdW5kZWZpbmVkO1xuZXhwb3J0IGZ1bmN0aW9uIG9ic2VydmVSZXF1ZXN0cyhuZXh0OiBSZXF1ZXN0T2JzZXJ2ZXIgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgb2JzZXJ2ZXIgPSBuZXh0O1xufVxuXG4vKiogV2hhdCBhIHJlcXVlc3QncyBjaGVja3MgbG9vayBhdDsgb25lIG9iamVjdCBwZXIgVlUsIHJldXNlZCwgc28gYSByZXF1ZXN0IGFsbG9jYXRlcyBubyBjaGVjayBjbG9zdXJlcy4gKi9cbmludGVyZmFjZSBPdXRjb21lIHtcbiAgc3RhdHVzT2s6IGJvb2xlYW47XG4gIHNoYXBlT2s6IGJvb2xlYW47XG59XG5jb25zdCBvdXRjb21lOiBPdXRjb21lID0geyBzdGF0dXNPazogZmFsc2UsIHNoYXBlT2s6IGZhbHNlIH07XG5cbnR5cGUgQ2hlY2tzID0gUmVjb3JkPHN0cmluZywgKG86IE91dGNvbWUpID0+IGJvb2xlYW4+O1xuLy8gS2V5ZWQgYnkgZW5kcG9pbnQgYWxvbmU6IGVhY2ggQXBpQ2xpZW50IG1ldGhvZCBmaXhlcyBpdHMgZW5kcG9pbnQncyBleHBlY3RlZCBzdGF0dXMsIHNoYXBlIGFuZCBwYXlsb2FkLlxuY29uc3QgY2hlY2tTZXRzOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgeyBjaGVja3M6IENoZWNrczsgdGFnczogeyBlbmRwb2ludDogRW5kcG9pbnQgfSB9Pj4gPSB7fTtcbi8qKiBUaGUgY2hlY2tzIG9mIG9uZSBlbmRwb2ludCwgbWFkZSBvbmNlOiB0aGUgc2FtZSBuYW1lcyBvbiBldmVyeSByZXF1ZXN0IGtlZXAgdGhlIGNoZWNrcyBtZXRyaWMncyBzZXJpZXMgZml4ZWQuICovXG5mdW5jdGlvbiBjaGVja3NGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoU2hhcGU6IGJvb2xlYW4pIHtcbiAgbGV0IHNldCA9IGNoZWNrU2V0c1tlbmRwb2ludF07XG4gIGlmICghc2V0KSB7XG4gICAgY29uc3QgY2hlY2tzOiBDaGVja3MgPSB7IFtgJHtlbmRwb2ludH06IHN0YXR1cyBpcyAke2V4cGVjdGVkfWBdOiAobykgPT4gby5zdGF0dXNPayB9O1xuICAgIGlmICh3aXRoU2hhcGUpIGNoZWNrc1tgJHtlbmRwb2ludH06IGJvZHkgaGFzIHRoZSBleHBlY3RlZCBzaGFwZWBdID0gKG8pID0+ICFvLnN0YXR1c09rIHx8IG8uc2hhcGVPaztcbiAgICBzZXQgPSB7IGNoZWNrcywgdGFnczogeyBlbmRwb2ludCB9IH07XG4gICAgY2hlY2tTZXRzW2VuZHBvaW50XSA9IHNldDtcbiAgfVxuICByZXR1cm4gc2V0O1xufVxuXG50eXBlIFBhcmFtcyA9IE5vbk51bGxhYmxlPFBhcmFtZXRlcnM8dHlwZW9mIGh0dHAucmVxdWVzdD5bM10+O1xuXG5leHBvcnQgY2xhc3MgQXBpQ2xpZW50IHtcbiAgLyoqIFNldCB3aGVuIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDE6IHRoZSBzZXNzaW9uIGxheWVyIGxvZ3MgaW4gYWdhaW4gYmVmb3JlIHRoZSBuZXh0IHN0ZXAuICovXG4gIHVuYXV0aG9yaXplZCA9IGZhbHNlO1xuICBwcml2YXRlIHJlYWRvbmx5IHRpbWVvdXQ6IHN0cmluZztcbiAgLyoqIFJlcXVlc3QgcGFyYW1zIHBlciBlbmRwb2ludCAoaGVhZGVycywgdGFncywgdGltZW91dCwgZXhwZWN0ZWQgc3RhdHVzKSwgbWFkZSBvbiBmaXJzdCB1c2UuICovXG4gIHByaXZhdGUgcmVhZG9ubHkgcGFyYW1zOiBQYXJ0aWFsPFJlY29yZDxFbmRwb2ludCwgUGFyYW1zPj4gPSB7fTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGJhc2VVcmw6IHN0cmluZyxcbiAgICB0aW1lb3V0UzogbnVtYmVyLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdG9rZW4/OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMudGltZW91dCA9IGAke3RpbWVvdXRTfXNgO1xuICB9XG5cbiAgLyoqIEEgY2xpZW50IGZvciB0aGUgc2FtZSBwbGF0Zm9ybSBhY3RpbmcgYXMgYW5vdGhlciB1c2VyLiAqL1xuICBhcyh0b2tlbjogc3RyaW5nKTogQXBpQ2xpZW50IHtcbiAgICByZXR1cm4gbmV3IEFwaUNsaWVudCh0aGlzLmJhc2VVcmwsIE51bWJlcih0aGlzLnRpbWVvdXQuc2xpY2UoMCwgLTEpKSwgdG9rZW4pO1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJhbXNGb3IoZW5kcG9pbnQ6IEVuZHBvaW50LCBleHBlY3RlZDogbnVtYmVyLCB3aXRoUGF5bG9hZDogYm9vbGVhbiwgcmVhZHNCb2R5OiBib29sZWFuKTogUGFyYW1zIHtcbiAgICBsZXQgcGFyYW1zID0gdGhpcy5wYXJhbXNbZW5kcG9pbnRdO1xuICAgIGlmICghcGFyYW1zKSB7XG4gICAgICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICAgICAgaWYgKHdpdGhQYXlsb2FkKSBoZWFkZXJzWydDb250ZW50LVR5cGUnXSA9ICdhcHBsaWNhdGlvbi9qc29uJztcbiAgICAgIGlmICh0aGlzLnRva2VuKSBoZWFkZXJzLkF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dGhpcy50b2tlbn1gO1xuICAgICAgcGFyYW1zID0ge1xuICAgICAgICBoZWFkZXJzLFxuICAgICAgICB0YWdzOiByZXF1ZXN0VGFncyhlbmRwb2ludCksXG4gICAgICAgIHRpbWVvdXQ6IHRoaXMudGltZW91dCxcbiAgICAgICAgcmVzcG9uc2VDYWxsYmFjazogZXhwZWN0U3RhdHVzKGV4cGVjdGVkKSxcbiAgICAgIH07XG4gICAgICAvLyBBIGJvZHkgbm9ib2R5IGNoZWNrcyBvciByZWFkcyAoREVMRVRFJ3MgMjA0LCBhbiBleHBvcnQgZG9jdW1lbnQpIGlzIG5vdCBjb3BpZWQgaW50byBKYXZhU2NyaXB0LlxuICAgICAgaWYgKCFyZWFkc0JvZHkpIHBhcmFtcy5yZXNwb25zZVR5cGUgPSAnbm9uZSc7XG4gICAgICB0aGlzLnBhcmFtc1tlbmRwb2ludF0gPSBwYXJhbXM7XG4gICAgfVxuICAgIHJldHVybiBwYXJhbXM7XG4gIH1cblxuICBwcml2YXRlIGNhbGw8VD4oXG4gICAgZW5kcG9pbnQ6IEVuZHBvaW50LFxuICAgIG1ldGhvZDogc3RyaW5nLFxuICAgIHBhdGg6IHN0cmluZyxcbiAgICBleHBlY3RlZDogbnVtYmVyLFxuICAgIHNoYXBlOiBTaGFwZTxUPiB8IHVuZGVmaW5lZCxcbiAgICBwYXlsb2FkPzogdW5rbm93bixcbiAgKTogUmVzdWx0PFQ+IHtcbiAgICBjb25zdCB3aXRoUGF5bG9hZCA9IHBheWxvYWQgIT09IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZXMgPSBodHRwLnJlcXVlc3QoXG4gICAgICBtZXRob2QsXG4gICAgICBgJHt0aGlzLmJhc2VVcmx9JHtwYXRofWAsXG4gICAgICB3aXRoUGF5bG9hZCA/IEpTT04uc3RyaW5naWZ5KHBheWxvYWQpIDogbnVsbCxcbiAgICAgIHRoaXMucGFyYW1zRm9yKGVuZHBvaW50LCBleHBlY3RlZCwgd2l0aFBheWxvYWQsIHNoYXBlICE9PSB1bmRlZmluZWQpLFxuICAgICk7XG4gICAgLy8gRWFjaCBwcm9wZXJ0eSByZWFkIG9mIGEgazYgcmVzcG9uc2UgY3Jvc3NlcyBpbnRvIEdvIGFuZCBidWlsZHMgYSBKUyB2YWx1ZTogcmVhZCBlYWNoIG9uY2UuXG4gICAgY29uc3Qgc3RhdHVzID0gcmVzLnN0YXR1cztcbiAgICBjb25zdCBzdGF0dXNPayA9IHN0YXR1cyA9PT0gZXhwZWN0ZWQ7XG4gICAgaWYgKHN0YXR1cyA9PT0gNDAxKSB0aGlzLnVuYXV0aG9yaXplZCA9IHRydWU7XG4gICAgLy8gQSB3cm9uZyBzdGF0dXMgZmFpbHMgdGhlIHNoYXBlIGNoZWNrIHRvbywgYXMgcmVhZGluZyB0aGF0IGJvZHkgd291bGQgKGFuIGVycm9yIGJvZHkgaXMgbm90IHRoZVxuICAgIC8vIHJlc291cmNlKSwgd2l0aG91dCBwYXlpbmcgZm9yIHRoZSByZWFkLlxuICAgIGxldCBzaGFwZU9rID0gIXNoYXBlO1xuICAgIGlmIChzaGFwZSAmJiBzdGF0dXNPaykge1xuICAgICAgcmVhZGluZyA9IHJlcztcbiAgICAgIHNoYXBlT2sgPSBpc0pzb24ocmVzKSAmJiBzaGFwZShyZWFkRmllbGQpO1xuICAgICAgcmVhZGluZyA9IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgb3V0Y29tZS5zdGF0dXNPayA9IHN0YXR1c09rO1xuICAgIG91dGNvbWUuc2hhcGVPayA9IHNoYXBlT2s7XG4gICAgY29uc3QgeyBjaGVja3MsIHRhZ3MgfSA9IGNoZWNrc0ZvcihlbmRwb2ludCwgZXhwZWN0ZWQsIHNoYXBlICE9PSB1bmRlZmluZWQpO1xuICAgIGNvbnN0IG9rID0gY2hlY2sob3V0Y29tZSwgY2hlY2tzLCB0YWdzKTtcbiAgICBjb25zdCBhbGxPayA9IG9rICYmIHN0YXR1c09rICYmIHNoYXBlT2s7XG4gICAgb2JzZXJ2ZXI/LihlbmRwb2ludCwgcmVzLnRpbWluZ3MuZHVyYXRpb24sIGFsbE9rKTtcbiAgICByZXR1cm4gbmV3IExhenlSZXN1bHQ8VD4oYWxsT2ssIHN0YXR1cywgc2hhcGUgJiYgc3RhdHVzT2sgJiYgc2hhcGVPayA/IHJlcyA6IHVuZGVmaW5lZCk7XG4gIH1cblxuICBoZWFsdGgoKTogUmVzdWx0PHsgc3RhdHVzOiBzdHJpbmcgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2hlYWx0aCcsICdHRVQnLCBwYXRocy5oZWFsdGgoKSwgMjAwLCBzaGFwZXMuaGVhbHRoKTtcbiAgfVxuXG4gIGxvZ2luKGVtYWlsOiBzdHJpbmcsIHBhc3N3b3JkOiBzdHJpbmcpOiBSZXN1bHQ8TG9naW4+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdsb2dpbicsICdQT1NUJywgcGF0aHMubG9naW4oKSwgMjAwLCBzaGFwZXMubG9naW4sIHsgZW1haWwsIHBhc3N3b3JkIH0pO1xuICB9XG5cbiAgbGlzdENvdXJzZXMocXVlcnk6IHsgbGltaXQ/OiBudW1iZXI7IG9mZnNldD86IG51bWJlcjsgcT86IHN0cmluZyB9ID0ge30pOiBSZXN1bHQ8Q291cnNlTGlzdD4ge1xuICAgIC8vIEEgbG9vcCByYXRoZXIgdGhhbiBlbnRyaWVzL2ZpbHRlci9tYXAvam9pbjogdGhpcyBpcyB0aGUgbW9zdCBmcmVxdWVudCByZXF1ZXN0LCBhbmQgZWFjaCBvZlxuICAgIC8vIHRob3NlIGlzIGEgcGVyLXJlcXVlc3QgYXJyYXkgYW5kIGEgYnVpbHQtaW4gZXZlcnkgVlUncyBydW50aW1lIHdvdWxkIGJ1aWxkLlxuICAgIGxldCBzZWFyY2ggPSAnJztcbiAgICBmb3IgKGNvbnN0IGtleSBpbiBxdWVyeSkge1xuICAgICAgY29uc3QgdmFsdWUgPSBxdWVyeVtrZXkgYXMga2V5b2YgdHlwZW9mIHF1ZXJ5XTtcbiAgICAgIGlmICh2YWx1ZSAhPT0gdW5kZWZpbmVkKSBzZWFyY2ggKz0gYCR7c2VhcmNoID8gJyYnIDogJz8nfSR7a2V5fT0ke2VuY29kZVVSSUNvbXBvbmVudChTdHJpbmcodmFsdWUpKX1gO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VzX2xpc3QnLCAnR0VUJywgYCR7cGF0aHMuY291cnNlcygpfSR7c2VhcmNofWAsIDIwMCwgc2hhcGVzLmNvdXJzZUxpc3QpO1xuICB9XG5cbiAgY3JlYXRlQ291cnNlKGNvdXJzZTogTmV3Q291cnNlKTogUmVzdWx0PENvdXJzZT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9jcmVhdGUnLCAnUE9TVCcsIHBhdGhzLmNvdXJzZXMoKSwgMjAxLCBzaGFwZXMuY291cnNlLCBjb3Vyc2UpO1xuICB9XG5cbiAgZ2V0Q291cnNlKGlkOiBJZCk6IFJlc3VsdDxDb3Vyc2U+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdjb3Vyc2VfZ2V0JywgJ0dFVCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZVdpdGhDaGFwdGVycyk7XG4gIH1cblxuICB1cGRhdGVDb3Vyc2UoaWQ6IElkLCBjaGFuZ2VzOiBQYXJ0aWFsPE5ld0NvdXJzZT4pOiBSZXN1bHQ8Q291cnNlPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY291cnNlX3VwZGF0ZScsICdQQVRDSCcsIHBhdGhzLmNvdXJzZShpZCksIDIwMCwgc2hhcGVzLmNvdXJzZSwgY2hhbmdlcyk7XG4gIH1cblxuICBkZWxldGVDb3Vyc2UoaWQ6IElkKTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9kZWxldGUnLCAnREVMRVRFJywgcGF0aHMuY291cnNlKGlkKSwgMjA0LCB1bmRlZmluZWQpO1xuICB9XG5cbiAgZ2VuZXJhdGUoaWQ6IElkKTogUmVzdWx0PHsgam9iX2lkOiBJZDsgc3RhdHVzOiBKb2JTdGF0dXMgfT4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9nZW5lcmF0ZScsICdQT1NUJywgcGF0aHMuZ2VuZXJhdGUoaWQpLCAyMDIsIHNoYXBlcy5qb2JBY2NlcHRlZCwge30pO1xuICB9XG5cbiAgZ2V0Sm9iKGpvYklkOiBJZCk6IFJlc3VsdDxKb2I+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdqb2JfZ2V0JywgJ0dFVCcsIHBhdGhzLmpvYihqb2JJZCksIDIwMCwgc2hhcGVzLmpvYik7XG4gIH1cblxuICBnZXRDaGFwdGVyKGlkOiBJZCwgaW5kZXg6IG51bWJlcik6IFJlc3VsdDxDaGFwdGVyPiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnY2hhcHRlcl9nZXQnLCAnR0VUJywgcGF0aHMuY2hhcHRlcihpZCwgaW5kZXgpLCAyMDAsIHNoYXBlcy5jaGFwdGVyKTtcbiAgfVxuXG4gIGV4cG9ydENvdXJzZShpZDogSWQsIGZvcm1hdDogRXhwb3J0Rm9ybWF0KTogUmVzdWx0PHVuZGVmaW5lZD4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2NvdXJzZV9leHBvcnQnLCAnR0VUJywgYCR7cGF0aHMuZXhwb3J0Q291cnNlKGlkKX0/Zm9ybWF0PSR7Zm9ybWF0fWAsIDIwMCwgdW5kZWZpbmVkKTtcbiAgfVxuXG4gIGFkbWluU3RhdHMoKTogUmVzdWx0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB7XG4gICAgcmV0dXJuIHRoaXMuY2FsbCgnYWRtaW5fc3RhdHMnLCAnR0VUJywgcGF0aHMuYWRtaW5TdGF0cygpLCAyMDAsIHNoYXBlcy5hbnlPYmplY3QpO1xuICB9XG5cbiAgYWRtaW5Kb2JzKGxpbWl0ID0gMjApOiBSZXN1bHQ8dW5rbm93bj4ge1xuICAgIHJldHVybiB0aGlzLmNhbGwoJ2FkbWluX2pvYnMnLCAnR0VUJywgYCR7cGF0aHMuYWRtaW5Kb2JzKCl9P2xpbWl0PSR7bGltaXR9YCwgMjAwLCBzaGFwZXMuYW55T2JqZWN0KTtcbiAgfVxuXG4gIGFkbWluVXNlcnMoKTogUmVzdWx0PHVua25vd24+IHtcbiAgICByZXR1cm4gdGhpcy5jYWxsKCdhZG1pbl91c2VycycsICdHRVQnLCBwYXRocy5hZG1pblVzZXJzKCksIDIwMCwgc2hhcGVzLmFueU9iamVjdCk7XG4gIH1cbn1cbiIsICIvLyBUaGUgcGxhdGZvcm0ncyBlbmRwb2ludHMgYnkgc3RhYmxlIG5hbWU6IHRoZSBgZW5kcG9pbnRgIHRhZyBvbiBldmVyeSByZXF1ZXN0LCB0aGUga2V5IG9mXG4vLyBwZXItZW5kcG9pbnQgdGhyZXNob2xkcyBhbmQgcmVwb3J0IHJvd3MsIGFuZCB0aGUgcm91dGUgbmFtZXMgdGhlIGRlbW8gcGxhdGZvcm0ncyBERU1PX0ZBVUxUUyB1c2UuXG5leHBvcnQgY29uc3QgRU5EUE9JTlRTID0gW1xuICAnaGVhbHRoJyxcbiAgJ2xvZ2luJyxcbiAgJ2NvdXJzZXNfbGlzdCcsXG4gICdjb3Vyc2VfY3JlYXRlJyxcbiAgJ2NvdXJzZV9nZXQnLFxuICAnY291cnNlX3VwZGF0ZScsXG4gICdjb3Vyc2VfZGVsZXRlJyxcbiAgJ2NvdXJzZV9nZW5lcmF0ZScsXG4gICdqb2JfZ2V0JyxcbiAgJ2NoYXB0ZXJfZ2V0JyxcbiAgJ2NvdXJzZV9leHBvcnQnLFxuICAnYWRtaW5fc3RhdHMnLFxuICAnYWRtaW5fam9icycsXG4gICdhZG1pbl91c2VycycsXG5dIGFzIGNvbnN0O1xuXG5leHBvcnQgdHlwZSBFbmRwb2ludCA9ICh0eXBlb2YgRU5EUE9JTlRTKVtudW1iZXJdO1xuXG4vKiogVGFnIHZhbHVlIHRoYXQgc2VwYXJhdGVzIHRoZSBwbGF0Zm9ybSdzIEFQSSB0cmFmZmljIGZyb20gdGhlIHN1aXRlJ3Mgb3duIGNhbGxzIChlLmcuIHRoZSBzaWRlY2FyKS4gKi9cbmV4cG9ydCBjb25zdCBBUElfU0NPUEUgPSAnYXBpJztcbiIsICIvLyBQYXRocyBhbmQgcmVxdWVzdCB0YWdzIG9mIHRoZSBwbGF0Zm9ybSdzIEFQSSwgaW4gb25lIHBsYWNlLiBQdXJlIChubyBrNiBpbXBvcnRzKSwgc28gdGhlXG4vLyBtYXBwaW5nIGZyb20gZW5kcG9pbnQgdG8gcGF0aCBhbmQgdGFncyBpcyB1bml0LXRlc3RlZCBpbiBOb2RlLlxuaW1wb3J0IHsgQVBJX1NDT1BFLCB0eXBlIEVuZHBvaW50IH0gZnJvbSAnLi9lbmRwb2ludHMudHMnO1xuXG5leHBvcnQgdHlwZSBJZCA9IHN0cmluZyB8IG51bWJlcjtcblxuY29uc3Qgc2VnID0gKGlkOiBJZCk6IHN0cmluZyA9PiBlbmNvZGVVUklDb21wb25lbnQoU3RyaW5nKGlkKSk7XG5cbmV4cG9ydCBjb25zdCBwYXRocyA9IHtcbiAgaGVhbHRoOiAoKSA9PiAnL2hlYWx0aCcsXG4gIGxvZ2luOiAoKSA9PiAnL2FwaS92MS9hdXRoL2xvZ2luJyxcbiAgY291cnNlczogKCkgPT4gJy9hcGkvdjEvY291cnNlcycsXG4gIGNvdXJzZTogKGlkOiBJZCkgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9YCxcbiAgZ2VuZXJhdGU6IChpZDogSWQpID0+IGAvYXBpL3YxL2NvdXJzZXMvJHtzZWcoaWQpfS9nZW5lcmF0ZWAsXG4gIGpvYjogKGlkOiBJZCkgPT4gYC9hcGkvdjEvam9icy8ke3NlZyhpZCl9YCxcbiAgY2hhcHRlcjogKGlkOiBJZCwgaW5kZXg6IG51bWJlcikgPT4gYC9hcGkvdjEvY291cnNlcy8ke3NlZyhpZCl9L2NoYXB0ZXJzLyR7aW5kZXh9YCxcbiAgZXhwb3J0Q291cnNlOiAoaWQ6IElkKSA9PiBgL2FwaS92MS9jb3Vyc2VzLyR7c2VnKGlkKX0vZXhwb3J0YCxcbiAgYWRtaW5TdGF0czogKCkgPT4gJy9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbkpvYnM6ICgpID0+ICcvYXBpL3YxL2FkbWluL2pvYnMnLFxuICBhZG1pblVzZXJzOiAoKSA9PiAnL2FwaS92MS9hZG1pbi91c2VycycsXG59IGFzIGNvbnN0O1xuXG4vKiogVGhlIGBuYW1lYCB0YWc6IHRoZSBwYXRoIHRlbXBsYXRlLCBzbyBVUkxzIHdpdGggaWRzIGNvbGxhcHNlIGludG8gb25lIHNlcmllcyBwZXIgcm91dGUuICovXG5jb25zdCByb3V0ZU5hbWVzOiBSZWNvcmQ8RW5kcG9pbnQsIHN0cmluZz4gPSB7XG4gIGhlYWx0aDogJ0dFVCAvaGVhbHRoJyxcbiAgbG9naW46ICdQT1NUIC9hcGkvdjEvYXV0aC9sb2dpbicsXG4gIGNvdXJzZXNfbGlzdDogJ0dFVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfY3JlYXRlOiAnUE9TVCAvYXBpL3YxL2NvdXJzZXMnLFxuICBjb3Vyc2VfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX3VwZGF0ZTogJ1BBVENIIC9hcGkvdjEvY291cnNlcy97aWR9JyxcbiAgY291cnNlX2RlbGV0ZTogJ0RFTEVURSAvYXBpL3YxL2NvdXJzZXMve2lkfScsXG4gIGNvdXJzZV9nZW5lcmF0ZTogJ1BPU1QgL2FwaS92MS9jb3Vyc2VzL3tpZH0vZ2VuZXJhdGUnLFxuICBqb2JfZ2V0OiAnR0VUIC9hcGkvdjEvam9icy97am9iX2lkfScsXG4gIGNoYXB0ZXJfZ2V0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2NoYXB0ZXJzL3tpbmRleH0nLFxuICBjb3Vyc2VfZXhwb3J0OiAnR0VUIC9hcGkvdjEvY291cnNlcy97aWR9L2V4cG9ydCcsXG4gIGFkbWluX3N0YXRzOiAnR0VUIC9hcGkvdjEvYWRtaW4vc3RhdHMnLFxuICBhZG1pbl9qb2JzOiAnR0VUIC9hcGkvdjEvYWRtaW4vam9icycsXG4gIGFkbWluX3VzZXJzOiAnR0VUIC9hcGkvdjEvYWRtaW4vdXNlcnMnLFxufTtcblxuLy8gZm9yLWluLCBub3QgT2JqZWN0LmVudHJpZXMvZnJlZXplOiB0aGlzIHJ1bnMgaW4gZXZlcnkgVlUncyBydW50aW1lLCBhbmQgZWFjaCBidWlsdC1pbiBpdFxuLy8gdG91Y2hlcyBpcyBidWlsdCB0aGVyZSAoUmVhZG9ubHkga2VlcHMgdGhlIHRhZ3MgdW5jaGFuZ2VkIGF0IGNvbXBpbGUgdGltZSkuXG5jb25zdCB0YWdzQnlFbmRwb2ludDogUGFydGlhbDxSZWNvcmQ8RW5kcG9pbnQsIFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+Pj4gPSB7fTtcbmZvciAoY29uc3QgZW5kcG9pbnQgaW4gcm91dGVOYW1lcykge1xuICB0YWdzQnlFbmRwb2ludFtlbmRwb2ludCBhcyBFbmRwb2ludF0gPSB7IGVuZHBvaW50LCBzY29wZTogQVBJX1NDT1BFLCBuYW1lOiByb3V0ZU5hbWVzW2VuZHBvaW50IGFzIEVuZHBvaW50XSB9O1xufVxuXG4vKiogVGhlIHRhZ3Mgb2YgZXZlcnkgcmVxdWVzdCB0byBgZW5kcG9pbnRgOiBtYWRlIG9uY2UsIG5vdCBwZXIgcmVxdWVzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXF1ZXN0VGFncyhlbmRwb2ludDogRW5kcG9pbnQpOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIHJldHVybiB0YWdzQnlFbmRwb2ludFtlbmRwb2ludF0hO1xufVxuIiwgIi8vIFRoZSBrZXB0IGRhdGFzZXQ6IFBFUkZPUk1BTkNFX0RBVEFTRVRfQ09VUlNFUyBjb3Vyc2VzIHBlciByZWd1bGFyL3Bvd2VyIGFjY291bnQsIHRoZSBmaXJzdFxuLy8gUEVSRk9STUFOQ0VfREFUQVNFVF9HRU5FUkFURUQgb2YgZWFjaCByZWd1bGFyIGFjY291bnQgZ2VuZXJhdGVkIChvbmUgY2hhcHRlciksIHNvIGxpc3RzIGFuZFxuLy8gcGFnaW5hdGlvbiBhcmUgbm90IHRyaXZpYWxseSBzbWFsbCBhbmQgcmVhZHMgc3ByZWFkIG92ZXIgbWFueSByb3dzLCBlYWNoIHVzZXIgcmVhZGluZyBvbmx5XG4vLyB0aGVpciBvd24uIE1hZGUgaW4gc2V0dXAgKG91dHNpZGUgdGhlIG1lYXN1cmVkIHdpbmRvdzogaXRzIHJlcXVlc3RzIGNhcnJ5IHNjb3BlPXNldHVwIGFuZCBub1xuLy8gZW5kcG9pbnQgdGFnLCBzbyBubyBnYXRlIHNlZXMgdGhlbSksIHdpdGggYXQgbW9zdCBDT05DVVJSRU5DWSByZXF1ZXN0cyBpbiBmbGlnaHQsIGFuZCByZXVzZWQgYnlcbi8vIGxhdGVyIHJ1bnMgd2hlbiBpdCBpcyBhbHJlYWR5IHRoZXJlIChQRVJGT1JNQU5DRV9EQVRBU0VUX1JFU0VFRD10cnVlIC8gLS1yZXNlZWQ6IG1hZGUgYW5ldykuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcbmltcG9ydCBodHRwLCB7IHR5cGUgQmF0Y2hSZXF1ZXN0LCB0eXBlIFJlZmluZWRSZXNwb25zZSwgdHlwZSBSZXNwb25zZVR5cGUgfSBmcm9tICdrNi9odHRwJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnL2NvbmZpZy50cyc7XG5pbXBvcnQgeyB0eXBlIElkLCBwYXRocyB9IGZyb20gJy4uL2h0dHAvcm91dGVzLnRzJztcbmltcG9ydCB7IERBVEFTRVRfVElUTEUsIGRhdGFzZXRUaXRsZSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgdHlwZSB7IEFjY291bnQsIFJvbGUgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5cbmNvbnN0IENPTkNVUlJFTkNZID0gMTY7XG5jb25zdCBMSVNUX0xJTUlUID0gMTAwO1xuXG5leHBvcnQgaW50ZXJmYWNlIE93bmVyIGV4dGVuZHMgQWNjb3VudCB7XG4gIHJvbGU6IFJvbGU7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRGF0YXNldFJlcG9ydCB7XG4gIGFjY291bnRzOiBudW1iZXI7XG4gIGNyZWF0ZWQ6IG51bWJlcjtcbiAgcmV1c2VkOiBudW1iZXI7XG4gIHJlbW92ZWQ6IG51bWJlcjtcbiAgZ2VuZXJhdGVkOiBudW1iZXI7XG4gIC8qKiBSZXF1ZXN0cyBzZW50IGFnYWluIGFmdGVyIG5vIGFuc3dlciBvciBhIDV4eC4gKi9cbiAgcmV0cmllZDogbnVtYmVyO1xufVxuXG50eXBlIFJlc3BvbnNlID0gUmVmaW5lZFJlc3BvbnNlPFJlc3BvbnNlVHlwZSB8IHVuZGVmaW5lZD47XG5cbi8vIFNpeCB0cmllcyB3aXRoIGRvdWJsaW5nIHBhdXNlcyAoMC4yIOKApiAzLjIgcywgNi4yIHMgaW4gYWxsKTogYSByb3V0ZSB0aGF0IGZhaWxzIG9uZSByZXF1ZXN0IGluIGZpdmVcbi8vIHN0aWxsIGxldHMgZWFjaCBvZiBkb3plbnMgb2YgYWNjb3VudHMgdGhyb3VnaCAoMC4yXjYgcGVyIHJlcXVlc3QpLCBhbmQgYSBwbGF0Zm9ybSB0aGF0IGlzIHJlYWxseVxuLy8gZG93biBzdG9wcyBzZXR1cCB3aXRoaW4gc2Vjb25kcy4gVGhyZWUgdHJpZXMgd2VyZSBub3QgZW5vdWdoOiB3aXRoIDIwICUgZXJyb3JzIG9uIHRoZSBsaXN0IHJvdXRlLCAwLjggJVxuLy8gb2YgYWNjb3VudHMgZmFpbGVkIGFsbCB0aHJlZSAoYSBDSSBydW4gYWJvcnRlZCBpbiBzZXR1cDsgYXQgMjQgYWNjb3VudHMgaXQgd291bGQgYmUgb25lIHJ1biBpbiBzaXgpLlxuY29uc3QgQVRURU1QVFMgPSA2O1xuLyoqIFJlcXVlc3RzIHNldHVwIHNlbnQgYWdhaW47IHJlYWQgYmVmb3JlIGFuZCBhZnRlciBhIHN0ZXAgdG8gc2F5IGhvdyBtYW55IHRoYXQgc3RlcCBuZWVkZWQuICovXG5sZXQgcmV0cmllZCA9IDA7XG5jb25zdCB0cmFuc2llbnQgPSAocmVzOiBSZXNwb25zZSkgPT4gcmVzLnN0YXR1cyA9PT0gMCB8fCByZXMuc3RhdHVzID49IDUwMDtcblxuLyoqXG4gKiBTZW5kcyBgY291bnRgIHJlcXVlc3RzIG1hZGUgYnkgYG1ha2VgLCBDT05DVVJSRU5DWSBhdCBhIHRpbWUsIGFuZCBoYW5kcyBlYWNoIGFuc3dlciB0byBgb25BbnN3ZXJgXG4gKiBhcyBpdCBjb21lczogbm90aGluZyBpcyBrZXB0LCBzbyBzZWVkaW5nIHRob3VzYW5kcyBvZiBjb3Vyc2VzIGRvZXMgbm90IGhvbGQgdGhvdXNhbmRzIG9mXG4gKiByZXNwb25zZXMgaW4gazYncyBtZW1vcnkuIEEgcmVxdWVzdCB0aGF0IGdvdCBubyBhbnN3ZXIgb3IgYSA1eHggaXMgc2VudCBhZ2FpbiAodXAgdG8gQVRURU1QVFNcbiAqIGluIGFsbCwgcGF1c2luZyBsb25nZXIgZWFjaCB0aW1lKTogb25lIGZsYWt5IGFuc3dlciBtdXN0IG5vdCBzdG9wIGEgcnVuIGJlZm9yZSBpdCBzdGFydHMuIEFcbiAqIGNyZWF0aW9uIHJldHJpZWQgYWZ0ZXIgYSBsb3N0IGFuc3dlciBtYXkgbWFrZSBvbmUgY291cnNlIHRvbyBtYW55OyB0aGUgbmV4dCBydW4gY291bnRzLCBpdCBkb2VzXG4gKiBub3QgYXNzdW1lLlxuICovXG5mdW5jdGlvbiBiYXRjaGVkKGNvdW50OiBudW1iZXIsIG1ha2U6IChpOiBudW1iZXIpID0+IEJhdGNoUmVxdWVzdCwgb25BbnN3ZXI6IChyZXM6IFJlc3BvbnNlLCBpOiBudW1iZXIpID0+IHZvaWQpOiB2b2lkIHtcbiAgZm9yIChsZXQgZmlyc3QgPSAwOyBmaXJzdCA8IGNvdW50OyBmaXJzdCArPSBDT05DVVJSRU5DWSkge1xuICAgIGNvbnN0IGNodW5rOiBCYXRjaFJlcXVlc3RbXSA9IFtdO1xuICAgIGZvciAobGV0IGkgPSBmaXJzdDsgaSA8IE1hdGgubWluKGNvdW50LCBmaXJzdCArIENPTkNVUlJFTkNZKTsgaSsrKSBjaHVuay5wdXNoKG1ha2UoaSkpO1xuICAgIGNvbnN0IGdvdCA9IGh0dHAuYmF0Y2goY2h1bmspIGFzIFJlc3BvbnNlW107XG4gICAgZm9yIChsZXQgYXR0ZW1wdCA9IDE7IGF0dGVtcHQgPCBBVFRFTVBUUzsgYXR0ZW1wdCsrKSB7XG4gICAgICBjb25zdCBhZ2FpbiA9IGdvdC5tYXAoKHJlcywgaykgPT4gKHRyYW5zaWVudChyZXMpID8gayA6IC0xKSkuZmlsdGVyKChrKSA9PiBrID49IDApO1xuICAgICAgaWYgKGFnYWluLmxlbmd0aCA9PT0gMCkgYnJlYWs7XG4gICAgICByZXRyaWVkICs9IGFnYWluLmxlbmd0aDtcbiAgICAgIHNsZWVwKDAuMiAqIDIgKiogKGF0dGVtcHQgLSAxKSk7XG4gICAgICAoaHR0cC5iYXRjaChhZ2Fpbi5tYXAoKGspID0+IGNodW5rW2tdISkpIGFzIFJlc3BvbnNlW10pLmZvckVhY2goKHJlcywgaikgPT4ge1xuICAgICAgICBnb3RbYWdhaW5bal0hXSA9IHJlcztcbiAgICAgIH0pO1xuICAgIH1cbiAgICBnb3QuZm9yRWFjaCgocmVzLCBrKSA9PiB7XG4gICAgICBvbkFuc3dlcihyZXMsIGZpcnN0ICsgayk7XG4gICAgfSk7XG4gIH1cbn1cblxuLyoqIFNldHVwJ3MgcmVxdWVzdCBwYXJhbXM7IENvbnRlbnQtVHlwZSBvbmx5IHdpdGggYSBib2R5IChhIEpTT04gREVMRVRFIHdpdGhvdXQgb25lIGlzIGEgNDAwIG9uIG1hbnkgc2VydmVycykuICovXG5mdW5jdGlvbiBwYXJhbXMod2hhdDogc3RyaW5nLCB0b2tlbj86IHN0cmluZywgd2l0aEJvZHkgPSBmYWxzZSkge1xuICBjb25zdCBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0geyBBY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJyB9O1xuICBpZiAod2l0aEJvZHkpIGhlYWRlcnNbJ0NvbnRlbnQtVHlwZSddID0gJ2FwcGxpY2F0aW9uL2pzb24nO1xuICBpZiAodG9rZW4pIGhlYWRlcnMuQXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0b2tlbn1gO1xuICByZXR1cm4geyBoZWFkZXJzLCB0YWdzOiB7IHNjb3BlOiAnc2V0dXAnLCBuYW1lOiBgc2V0dXA6ICR7d2hhdH1gIH0sIHRpbWVvdXQ6ICc2MHMnIH07XG59XG5cbmZ1bmN0aW9uIGpzb248VD4ocmVzOiBSZXNwb25zZSk6IFQgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHJlcy5ib2R5IGFzIHN0cmluZykgYXMgVDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogQSBsb2dpbiBvdXRzaWRlIHRoZSBtZWFzdXJlZCB3aW5kb3cgKHNjb3BlPXNldHVwLCBubyBlbmRwb2ludCB0YWcpOiB0aGUgdG9rZW4sIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdWlldExvZ2luKFxuICBjb25maWc6IENvbmZpZyxcbiAgZW1haWw6IHN0cmluZyxcbiAgcGFzc3dvcmQ6IHN0cmluZyxcbik6IHsgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZDsgc3RhdHVzOiBudW1iZXIgfSB7XG4gIGNvbnN0IHJlc3VsdDogeyB0b2tlbjogc3RyaW5nIHwgdW5kZWZpbmVkOyBzdGF0dXM6IG51bWJlciB9ID0geyB0b2tlbjogdW5kZWZpbmVkLCBzdGF0dXM6IDAgfTtcbiAgYmF0Y2hlZChcbiAgICAxLFxuICAgICgpID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7Y29uZmlnLmJhc2VVcmx9JHtwYXRocy5sb2dpbigpfWAsXG4gICAgICBib2R5OiBKU09OLnN0cmluZ2lmeSh7IGVtYWlsLCBwYXNzd29yZCB9KSxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdsb2dpbicsIHVuZGVmaW5lZCwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcykgPT4ge1xuICAgICAgcmVzdWx0LnN0YXR1cyA9IHJlcy5zdGF0dXM7XG4gICAgICByZXN1bHQudG9rZW4gPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgYWNjZXNzX3Rva2VuPzogc3RyaW5nIH0+KHJlcyk/LmFjY2Vzc190b2tlbiA6IHVuZGVmaW5lZDtcbiAgICB9LFxuICApO1xuICByZXR1cm4gcmVzdWx0O1xufVxuXG5pbnRlcmZhY2UgTGlzdGVkIHtcbiAgdG90YWw6IG51bWJlcjtcbiAgaWRzOiBJZFtdO1xufVxuXG4vKiogV2hhdCB0aGUgc3RlcHMgb2YgbWFraW5nIHRoZSBkYXRhc2V0IHNoYXJlOiB0aGUgYWNjb3VudHMsIHRoZWlyIHRva2VucyAoYnkgb3duZXIgaW5kZXgpIGFuZCB0aGUgY291bnRzIHNvIGZhci4gKi9cbmludGVyZmFjZSBTZWVkaW5nIHtcbiAgYmFzZTogc3RyaW5nO1xuICBvd25lcnM6IE93bmVyW107XG4gIHRva2Vuczogc3RyaW5nW107XG4gIHJlcG9ydDogRGF0YXNldFJlcG9ydDtcbn1cblxuLyoqIE1ha2VzIHN1cmUgZXZlcnkgb3duZXIgaGFzIHRoZSBkYXRhc2V0OyB0aHJvd3Mgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSBhY2NvdW50IGFuZCBzdGF0dXMgb24gZmFpbHVyZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnN1cmVEYXRhc2V0KGNvbmZpZzogQ29uZmlnLCBvd25lcnM6IE93bmVyW10pOiBEYXRhc2V0UmVwb3J0IHtcbiAgY29uc3QgeyBjb3Vyc2VzOiB3YW50ZWQsIGdlbmVyYXRlZDogZ2VuZXJhdGVkUGVyVXNlciwgcmVzZWVkIH0gPSBjb25maWcuZGF0YXNldDtcbiAgY29uc3QgcmVwb3J0OiBEYXRhc2V0UmVwb3J0ID0ge1xuICAgIGFjY291bnRzOiBvd25lcnMubGVuZ3RoLFxuICAgIGNyZWF0ZWQ6IDAsXG4gICAgcmV1c2VkOiAwLFxuICAgIHJlbW92ZWQ6IDAsXG4gICAgZ2VuZXJhdGVkOiAwLFxuICAgIHJldHJpZWQ6IDAsXG4gIH07XG4gIGlmICh3YW50ZWQgPT09IDAgfHwgb3duZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHJlcG9ydDtcbiAgY29uc3QgcmV0cmllZEJlZm9yZSA9IHJldHJpZWQ7XG4gIGNvbnN0IHNlZWRpbmc6IFNlZWRpbmcgPSB7IGJhc2U6IGNvbmZpZy5iYXNlVXJsLCBvd25lcnMsIHRva2VuczogW10sIHJlcG9ydCB9O1xuICBsb2dJbihcbiAgICBzZWVkaW5nLFxuICAgIG93bmVycy5tYXAoKF8sIGkpID0+IGkpLFxuICApO1xuICBsZXQgbGlzdGVkID0gbGlzdERhdGFzZXRzKHNlZWRpbmcpO1xuICBpZiAocmVzZWVkKSBsaXN0ZWQgPSByZW1vdmVEYXRhc2V0cyhzZWVkaW5nLCBsaXN0ZWQpO1xuICBjb25zdCB0b0dlbmVyYXRlID0gY3JlYXRlQ291cnNlcyhzZWVkaW5nLCBsaXN0ZWQsIHdhbnRlZCwgZ2VuZXJhdGVkUGVyVXNlcik7XG4gIGF3YWl0R2VuZXJhdGlvbihzZWVkaW5nLCBzdGFydEdlbmVyYXRpb24oc2VlZGluZywgdG9HZW5lcmF0ZSksIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICByZXBvcnQucmV0cmllZCA9IHJldHJpZWQgLSByZXRyaWVkQmVmb3JlO1xuICByZXR1cm4gcmVwb3J0O1xufVxuXG4vKiogTG9ncyB0aGUgb3duZXJzIGF0IHRoZXNlIGluZGV4ZXMgaW4sIGtlZXBpbmcgdGhlaXIgdG9rZW5zLiAqL1xuZnVuY3Rpb24gbG9nSW4oeyBiYXNlLCBvd25lcnMsIHRva2VucyB9OiBTZWVkaW5nLCB3aGljaDogbnVtYmVyW10pOiB2b2lkIHtcbiAgYmF0Y2hlZChcbiAgICB3aGljaC5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmxvZ2luKCl9YCxcbiAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZW1haWw6IG93bmVyc1t3aGljaFtrXSFdIS5lbWFpbCwgcGFzc3dvcmQ6IG93bmVyc1t3aGljaFtrXSFdIS5wYXNzd29yZCB9KSxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdsb2dpbicsIHVuZGVmaW5lZCwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgY29uc3QgdG9rZW4gPSByZXMuc3RhdHVzID09PSAyMDAgPyBqc29uPHsgYWNjZXNzX3Rva2VuPzogc3RyaW5nIH0+KHJlcyk/LmFjY2Vzc190b2tlbiA6IHVuZGVmaW5lZDtcbiAgICAgIGlmICghdG9rZW4pXG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgZGF0YXNldDogbG9nZ2luZyBpbiBhcyAke293bmVyc1t3aGljaFtrXSFdIS5yb2xlfSBhY2NvdW50ICR7b3duZXJzW3doaWNoW2tdIV0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfTogY2hlY2sgaXRzIHBhc3N3b3JkIGluIHRoZSB1c2VyIHBvb2xgLFxuICAgICAgICApO1xuICAgICAgdG9rZW5zW3doaWNoW2tdIV0gPSB0b2tlbjtcbiAgICB9LFxuICApO1xufVxuXG4vKiogRWFjaCBvd25lcidzIGRhdGFzZXQgY291cnNlczogaG93IG1hbnksIGFuZCB0aGUgaWRzIG9mIHRoZSBmaXJzdCBwYWdlLiAqL1xuZnVuY3Rpb24gbGlzdERhdGFzZXRzKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMgfTogU2VlZGluZyk6IExpc3RlZFtdIHtcbiAgY29uc3QgbGlzdFVybCA9IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoREFUQVNFVF9USVRMRSl9JmxpbWl0PSR7TElTVF9MSU1JVH1gO1xuICBjb25zdCBsaXN0ZWQ6IExpc3RlZFtdID0gW107XG4gIGJhdGNoZWQoXG4gICAgb3duZXJzLmxlbmd0aCxcbiAgICAoaSkgPT4gKHsgbWV0aG9kOiAnR0VUJywgdXJsOiBsaXN0VXJsLCBwYXJhbXM6IHBhcmFtcygnbGlzdCBkYXRhc2V0JywgdG9rZW5zW2ldKSB9KSxcbiAgICAocmVzLCBpKSA9PiB7XG4gICAgICBjb25zdCBib2R5ID0gcmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IHRvdGFsOiBudW1iZXI7IGl0ZW1zOiB7IGlkOiBJZCB9W10gfT4ocmVzKSA6IHVuZGVmaW5lZDtcbiAgICAgIGlmICghYm9keSlcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGBkYXRhc2V0OiBsaXN0aW5nIHRoZSBjb3Vyc2VzIG9mICR7b3duZXJzW2ldIS5lbWFpbH0gZmFpbGVkIHdpdGggc3RhdHVzICR7cmVzLnN0YXR1c31gKTtcbiAgICAgIGxpc3RlZFtpXSA9IHsgdG90YWw6IGJvZHkudG90YWwsIGlkczogYm9keS5pdGVtcy5tYXAoKGMpID0+IGMuaWQpIH07XG4gICAgfSxcbiAgKTtcbiAgcmV0dXJuIGxpc3RlZDtcbn1cblxuLyoqIFJlbW92ZXMgdGhlIG9sZCBkYXRhc2V0IHBhZ2UgYnkgcGFnZSAoZWFjaCBsaXN0IHNob3dzIHRoZSBuZXh0IHBhZ2Ugb25jZSB0aGUgcHJldmlvdXMgaXMgZ29uZSk7IHJldHVybnMgdGhlIGxpc3RzIGFmdGVyLiAqL1xuZnVuY3Rpb24gcmVtb3ZlRGF0YXNldHMoc2VlZGluZzogU2VlZGluZywgbGlzdGVkOiBMaXN0ZWRbXSk6IExpc3RlZFtdIHtcbiAgY29uc3QgeyBiYXNlLCB0b2tlbnMsIHJlcG9ydCB9ID0gc2VlZGluZztcbiAgZm9yIChsZXQgcm91bmQgPSAwOyBsaXN0ZWQuc29tZSgobCkgPT4gbC5pZHMubGVuZ3RoID4gMCkgJiYgcm91bmQgPCAxMDAwOyByb3VuZCsrKSB7XG4gICAgY29uc3QgZG9vbWVkID0gbGlzdGVkLmZsYXRNYXAoKGwsIGkpID0+IGwuaWRzLm1hcCgoaWQpID0+ICh7IG93bmVyOiBpLCBpZCB9KSkpO1xuICAgIGJhdGNoZWQoXG4gICAgICBkb29tZWQubGVuZ3RoLFxuICAgICAgKGspID0+ICh7XG4gICAgICAgIG1ldGhvZDogJ0RFTEVURScsXG4gICAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmNvdXJzZShkb29tZWRba10hLmlkKX1gLFxuICAgICAgICBwYXJhbXM6IHBhcmFtcygncmVtb3ZlIGRhdGFzZXQnLCB0b2tlbnNbZG9vbWVkW2tdIS5vd25lcl0pLFxuICAgICAgfSksXG4gICAgICAocmVzKSA9PiB7XG4gICAgICAgIGlmIChyZXMuc3RhdHVzID09PSAyMDQpIHJlcG9ydC5yZW1vdmVkKys7XG4gICAgICB9LFxuICAgICk7XG4gICAgbGlzdGVkID0gbGlzdERhdGFzZXRzKHNlZWRpbmcpO1xuICB9XG4gIHJldHVybiBsaXN0ZWQ7XG59XG5cbi8qKiBDcmVhdGVzIHRoZSBjb3Vyc2VzIGVhY2ggb3duZXIgbGFja3M7IHJldHVybnMgdGhvc2UgdG8gZ2VuZXJhdGUgKHJlZ3VsYXIgYWNjb3VudHMnIGZpcnN0IG9uZXMpLiAqL1xuZnVuY3Rpb24gY3JlYXRlQ291cnNlcyhcbiAgeyBiYXNlLCBvd25lcnMsIHRva2VucywgcmVwb3J0IH06IFNlZWRpbmcsXG4gIGxpc3RlZDogTGlzdGVkW10sXG4gIHdhbnRlZDogbnVtYmVyLFxuICBnZW5lcmF0ZWRQZXJVc2VyOiBudW1iZXIsXG4pOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10ge1xuICBjb25zdCBjcmVhdGlvbnM6IHsgb3duZXI6IG51bWJlcjsgbjogbnVtYmVyOyBnZW5lcmF0ZTogYm9vbGVhbiB9W10gPSBbXTtcbiAgb3duZXJzLmZvckVhY2goKG93bmVyLCBpKSA9PiB7XG4gICAgY29uc3QgaGF2ZSA9IGxpc3RlZFtpXSEudG90YWw7XG4gICAgaWYgKGhhdmUgPj0gd2FudGVkKSByZXBvcnQucmV1c2VkKys7XG4gICAgZm9yIChsZXQgbiA9IGhhdmUgKyAxOyBuIDw9IHdhbnRlZDsgbisrKVxuICAgICAgY3JlYXRpb25zLnB1c2goeyBvd25lcjogaSwgbiwgZ2VuZXJhdGU6IG93bmVyLnJvbGUgPT09ICdyZWd1bGFyJyAmJiBuIDw9IGdlbmVyYXRlZFBlclVzZXIgfSk7XG4gIH0pO1xuICBjb25zdCB0b0dlbmVyYXRlOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10gPSBbXTtcbiAgYmF0Y2hlZChcbiAgICBjcmVhdGlvbnMubGVuZ3RoLFxuICAgIChrKSA9PiB7XG4gICAgICBjb25zdCB7IG93bmVyLCBuLCBnZW5lcmF0ZSB9ID0gY3JlYXRpb25zW2tdITtcbiAgICAgIGNvbnN0IGNvdXJzZSA9IHtcbiAgICAgICAgdGl0bGU6IGRhdGFzZXRUaXRsZShuKSxcbiAgICAgICAgdG9waWM6IGBkYXRhc2V0IHRvcGljICR7bn1gLFxuICAgICAgICBsZXZlbDogJ2JlZ2lubmVyJyxcbiAgICAgICAgY2hhcHRlcl9jb3VudDogZ2VuZXJhdGUgPyAxIDogMyxcbiAgICAgIH07XG4gICAgICByZXR1cm4ge1xuICAgICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlcygpfWAsXG4gICAgICAgIGJvZHk6IEpTT04uc3RyaW5naWZ5KGNvdXJzZSksXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdjcmVhdGUgZGF0YXNldCcsIHRva2Vuc1tvd25lcl0sIHRydWUpLFxuICAgICAgfTtcbiAgICB9LFxuICAgIChyZXMsIGspID0+IHtcbiAgICAgIGNvbnN0IGlkID0gcmVzLnN0YXR1cyA9PT0gMjAxID8ganNvbjx7IGlkOiBJZCB9PihyZXMpPy5pZCA6IHVuZGVmaW5lZDtcbiAgICAgIGlmIChpZCA9PT0gdW5kZWZpbmVkKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGNyZWF0aW5nIGEgY291cnNlIGZvciAke293bmVyc1tjcmVhdGlvbnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9YCxcbiAgICAgICAgKTtcbiAgICAgIHJlcG9ydC5jcmVhdGVkKys7XG4gICAgICBpZiAoY3JlYXRpb25zW2tdIS5nZW5lcmF0ZSkgdG9HZW5lcmF0ZS5wdXNoKHsgb3duZXI6IGNyZWF0aW9uc1trXSEub3duZXIsIGlkIH0pO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiB0b0dlbmVyYXRlO1xufVxuXG5pbnRlcmZhY2UgSm9iIHtcbiAgb3duZXI6IG51bWJlcjtcbiAgam9iSWQ6IElkO1xufVxuXG5mdW5jdGlvbiBzdGFydEdlbmVyYXRpb24oeyBiYXNlLCBvd25lcnMsIHRva2VucyB9OiBTZWVkaW5nLCB0b0dlbmVyYXRlOiB7IG93bmVyOiBudW1iZXI7IGlkOiBJZCB9W10pOiBKb2JbXSB7XG4gIGNvbnN0IGpvYnM6IEpvYltdID0gW107XG4gIGJhdGNoZWQoXG4gICAgdG9HZW5lcmF0ZS5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICAgIHVybDogYCR7YmFzZX0ke3BhdGhzLmdlbmVyYXRlKHRvR2VuZXJhdGVba10hLmlkKX1gLFxuICAgICAgYm9keTogJ3t9JyxcbiAgICAgIHBhcmFtczogcGFyYW1zKCdnZW5lcmF0ZSBkYXRhc2V0JywgdG9rZW5zW3RvR2VuZXJhdGVba10hLm93bmVyXSwgdHJ1ZSksXG4gICAgfSksXG4gICAgKHJlcywgaykgPT4ge1xuICAgICAgY29uc3Qgam9iSWQgPSByZXMuc3RhdHVzID09PSAyMDIgPyBqc29uPHsgam9iX2lkOiBJZCB9PihyZXMpPy5qb2JfaWQgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoam9iSWQgPT09IHVuZGVmaW5lZClcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBzdGFydGluZyBnZW5lcmF0aW9uIGZvciAke293bmVyc1t0b0dlbmVyYXRlW2tdIS5vd25lcl0hLmVtYWlsfSBmYWlsZWQgd2l0aCBzdGF0dXMgJHtyZXMuc3RhdHVzfWAsXG4gICAgICAgICk7XG4gICAgICBqb2JzLnB1c2goeyBvd25lcjogdG9HZW5lcmF0ZVtrXSEub3duZXIsIGpvYklkIH0pO1xuICAgIH0sXG4gICk7XG4gIHJldHVybiBqb2JzO1xufVxuXG4vKiogUG9sbHMgdGhlIGpvYnMgb25jZSBhIHNlY29uZCB1bnRpbCBhbGwgY29tcGxldGVkOyB0aHJvd3Mgb24gYSBmYWlsZWQgam9iIG9yIGF0IEdFTkVSQVRJT05fVElNRU9VVC4gKi9cbmZ1bmN0aW9uIGF3YWl0R2VuZXJhdGlvbihzZWVkaW5nOiBTZWVkaW5nLCBqb2JzOiBKb2JbXSwgdGltZW91dFM6IG51bWJlcik6IHZvaWQge1xuICBjb25zdCBkZWFkbGluZSA9IERhdGUubm93KCkgKyB0aW1lb3V0UyAqIDEwMDA7XG4gIHdoaWxlIChqb2JzLmxlbmd0aCA+IDApIHtcbiAgICBpZiAoRGF0ZS5ub3coKSA+IGRlYWRsaW5lKVxuICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICBgZGF0YXNldDogJHtqb2JzLmxlbmd0aH0gZ2VuZXJhdGlvbiBqb2IocykgZGlkIG5vdCBmaW5pc2ggd2l0aGluIEdFTkVSQVRJT05fVElNRU9VVD0ke3RpbWVvdXRTfXNgLFxuICAgICAgKTtcbiAgICBzbGVlcCgxKTtcbiAgICBjb25zdCB7IG9wZW4sIGV4cGlyZWQgfSA9IHBvbGxKb2JzKHNlZWRpbmcsIGpvYnMpO1xuICAgIGlmIChleHBpcmVkLnNpemUgPiAwKSBsb2dJbihzZWVkaW5nLCBbLi4uZXhwaXJlZF0pO1xuICAgIGpvYnMgPSBvcGVuO1xuICB9XG59XG5cbi8qKiBPbmUgcG9sbCBvZiBldmVyeSBqb2I6IHRob3NlIHN0aWxsIG9wZW4sIGFuZCB0aGUgb3duZXJzIHdob3NlIHRva2VuIGV4cGlyZWQgd2hpbGUgd2FpdGluZy4gKi9cbmZ1bmN0aW9uIHBvbGxKb2JzKHsgYmFzZSwgb3duZXJzLCB0b2tlbnMsIHJlcG9ydCB9OiBTZWVkaW5nLCBqb2JzOiBKb2JbXSk6IHsgb3BlbjogSm9iW107IGV4cGlyZWQ6IFNldDxudW1iZXI+IH0ge1xuICBjb25zdCBvcGVuOiBKb2JbXSA9IFtdO1xuICBjb25zdCBleHBpcmVkID0gbmV3IFNldDxudW1iZXI+KCk7XG4gIGJhdGNoZWQoXG4gICAgam9icy5sZW5ndGgsXG4gICAgKGspID0+ICh7XG4gICAgICBtZXRob2Q6ICdHRVQnLFxuICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuam9iKGpvYnNba10hLmpvYklkKX1gLFxuICAgICAgcGFyYW1zOiBwYXJhbXMoJ3BvbGwgZGF0YXNldCBqb2InLCB0b2tlbnNbam9ic1trXSEub3duZXJdKSxcbiAgICB9KSxcbiAgICAocmVzLCBrKSA9PiB7XG4gICAgICAvLyBBIHRva2VuIHRoYXQgZXhwaXJlZCB3aGlsZSB3YWl0aW5nIChzaG9ydC1saXZlZCB0b2tlbnMpOiBsb2cgdGhhdCBvd25lciBpbiBhZ2FpbiBhbmQgcG9sbCBvbi5cbiAgICAgIGlmIChyZXMuc3RhdHVzID09PSA0MDEpIHtcbiAgICAgICAgZXhwaXJlZC5hZGQoam9ic1trXSEub3duZXIpO1xuICAgICAgICBvcGVuLnB1c2goam9ic1trXSEpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICBpZiAocmVzLnN0YXR1cyAhPT0gMjAwKVxuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgICAgYGRhdGFzZXQ6IGZvbGxvd2luZyBhIGdlbmVyYXRpb24gam9iIG9mICR7b3duZXJzW2pvYnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZCB3aXRoIHN0YXR1cyAke3Jlcy5zdGF0dXN9JHtyZXMuZXJyb3IgPyBgICgke3Jlcy5lcnJvcn0pYCA6ICcnfWAsXG4gICAgICAgICk7XG4gICAgICBjb25zdCBzdGF0dXMgPSBqc29uPHsgc3RhdHVzPzogc3RyaW5nOyBlcnJvcj86IHN0cmluZyB9PihyZXMpO1xuICAgICAgaWYgKHN0YXR1cz8uc3RhdHVzID09PSAnZmFpbGVkJylcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgICAgIGBkYXRhc2V0OiBnZW5lcmF0aW5nIGEgY291cnNlIG9mICR7b3duZXJzW2pvYnNba10hLm93bmVyXSEuZW1haWx9IGZhaWxlZDogJHtzdGF0dXMuZXJyb3IgPz8gJ25vIHJlYXNvbiBnaXZlbid9YCxcbiAgICAgICAgKTtcbiAgICAgIGlmIChzdGF0dXM/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpIHJlcG9ydC5nZW5lcmF0ZWQrKztcbiAgICAgIGVsc2Ugb3Blbi5wdXNoKGpvYnNba10hKTtcbiAgICB9LFxuICApO1xuICByZXR1cm4geyBvcGVuLCBleHBpcmVkIH07XG59XG5cbi8qKlxuICogUmVtb3ZlcyBydW4tY3JlYXRlZCBjb3Vyc2VzIHRoZSBhZG1pbiBjYW4gc2VlIHdob3NlIHRpdGxlIGByZW1vdmVgIHBpY2tzICh0aGlzIHJ1bidzIGF0XG4gKiB0ZWFyZG93biwgZWFybGllciBydW5zJyBsZWZ0b3ZlcnMgYXQgc2V0dXApLiBSZXR1cm5zIGhvdyBtYW55IHdlcmUgcmVtb3ZlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbW92ZUNvdXJzZXMoXG4gIGNvbmZpZzogQ29uZmlnLFxuICBhZG1pblRva2VuOiBzdHJpbmcsXG4gIGZpbHRlcjogc3RyaW5nLFxuICByZW1vdmU6ICh0aXRsZTogc3RyaW5nKSA9PiBib29sZWFuLFxuKTogbnVtYmVyIHtcbiAgY29uc3QgYmFzZSA9IGNvbmZpZy5iYXNlVXJsO1xuICBsZXQgcmVtb3ZlZCA9IDA7XG4gIGxldCBvZmZzZXQgPSAwO1xuICBmb3IgKGxldCBwYWdlID0gMDsgcGFnZSA8IDEwMDA7IHBhZ2UrKykge1xuICAgIGxldCBpdGVtczogeyBpZDogSWQ7IHRpdGxlOiBzdHJpbmcgfVtdID0gW107XG4gICAgYmF0Y2hlZChcbiAgICAgIDEsXG4gICAgICAoKSA9PiAoe1xuICAgICAgICBtZXRob2Q6ICdHRVQnLFxuICAgICAgICB1cmw6IGAke2Jhc2V9JHtwYXRocy5jb3Vyc2VzKCl9P3E9JHtlbmNvZGVVUklDb21wb25lbnQoZmlsdGVyKX0mbGltaXQ9JHtMSVNUX0xJTUlUfSZvZmZzZXQ9JHtvZmZzZXR9YCxcbiAgICAgICAgcGFyYW1zOiBwYXJhbXMoJ2ZpbmQgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbiksXG4gICAgICB9KSxcbiAgICAgIChyZXMpID0+IHtcbiAgICAgICAgaXRlbXMgPSAocmVzLnN0YXR1cyA9PT0gMjAwID8ganNvbjx7IGl0ZW1zOiB7IGlkOiBJZDsgdGl0bGU6IHN0cmluZyB9W10gfT4ocmVzKT8uaXRlbXMgOiB1bmRlZmluZWQpID8/IFtdO1xuICAgICAgfSxcbiAgICApO1xuICAgIGlmIChpdGVtcy5sZW5ndGggPT09IDApIGJyZWFrO1xuICAgIGNvbnN0IGRvb21lZCA9IGl0ZW1zLmZpbHRlcigoYykgPT4gcmVtb3ZlKGMudGl0bGUpKTtcbiAgICBsZXQgZ29uZSA9IDA7XG4gICAgYmF0Y2hlZChcbiAgICAgIGRvb21lZC5sZW5ndGgsXG4gICAgICAoaykgPT4gKHtcbiAgICAgICAgbWV0aG9kOiAnREVMRVRFJyxcbiAgICAgICAgdXJsOiBgJHtiYXNlfSR7cGF0aHMuY291cnNlKGRvb21lZFtrXSEuaWQpfWAsXG4gICAgICAgIHBhcmFtczogcGFyYW1zKCdyZW1vdmUgbGVmdG92ZXJzJywgYWRtaW5Ub2tlbiksXG4gICAgICB9KSxcbiAgICAgIChyZXMpID0+IHtcbiAgICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDIwNCB8fCByZXMuc3RhdHVzID09PSA0MDQpIGdvbmUrKztcbiAgICAgIH0sXG4gICAgKTtcbiAgICByZW1vdmVkICs9IGdvbmU7XG4gICAgb2Zmc2V0ICs9IGl0ZW1zLmxlbmd0aCAtIGdvbmU7IC8vIHdoYXQgc3RheXMgb24gdGhlIHBhZ2UgKGtlcHQsIG9yIG5vdCBkZWxldGFibGUpIGlzIHN0ZXBwZWQgb3ZlclxuICB9XG4gIHJldHVybiByZW1vdmVkO1xufVxuIiwgIi8vIEhvdyB0aGUgc3VpdGUgbmFtZXMgd2hhdCBpdCBwdXRzIG9uIHRoZSBwbGF0Zm9ybSwgc28gaXQgY2FuIGZpbmQgaXQgYWdhaW4uXG4vLyAtIFRoZSBrZXB0IGRhdGFzZXQ6IGBjb3Vyc2UtcGVyZiBkYXRhc2V0IE5OYCAocmV1c2VkIGFjcm9zcyBydW5zLCBuZXZlciByZW1vdmVkIGJ5IGEgcnVuKS5cbi8vIC0gRXZlcnl0aGluZyBhIHJ1biBjcmVhdGVzOiBgcGVyZi08a2luZD4gPHJ1biBpZD4gLi4uYDsgdGhlIHJ1biBpZCBzdGFydHMgd2l0aCB0aGUgcnVuJ3Mgc3RhcnRcbi8vICAgdGltZSwgc28gYSBsYXRlciBydW4gY2FuIHRlbGwgYSBraWxsZWQgcnVuJ3MgbGVmdG92ZXJzIGZyb20gaXRzIG93bi5cbmV4cG9ydCBjb25zdCBEQVRBU0VUX1RJVExFID0gJ2NvdXJzZS1wZXJmIGRhdGFzZXQnO1xuLyoqIEEgdGl0bGUgZmlsdGVyIG1hdGNoaW5nIGV2ZXJ5IHJ1bi1jcmVhdGVkIGNvdXJzZSAoYW5kIG5vIGRhdGFzZXQgY291cnNlKS4gKi9cbmV4cG9ydCBjb25zdCBSVU5fVElUTEVfRklMVEVSID0gJ3BlcmYtJztcblxuZXhwb3J0IGZ1bmN0aW9uIGRhdGFzZXRUaXRsZShuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7REFUQVNFVF9USVRMRX0gJHtTdHJpbmcobikucGFkU3RhcnQoMiwgJzAnKX1gO1xufVxuXG4vKiogQSBuZXcgcnVuIGlkOiBzdGFydCB0aW1lIChiYXNlIDM2IG1zKSBhbmQgYSByYW5kb20gcGFydC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZXdSdW5JZChub3c6IG51bWJlciA9IERhdGUubm93KCkpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7bm93LnRvU3RyaW5nKDM2KX0tJHtNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAxZTYpLnRvU3RyaW5nKDM2KX1gO1xufVxuXG4vKiogVGhlIHJ1biBpZCBpbiBhIHJ1bi1jcmVhdGVkIHRpdGxlIChgcGVyZi08a2luZD4gPHJ1biBpZD4gLi4uYCksIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydW5JZE9mKHRpdGxlOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtYXRjaCA9IC9ecGVyZi1cXFMrIChbMC05YS16XSstWzAtOWEtel0rKSg/Olxcc3wkKS8uZXhlYyh0aXRsZSk7XG4gIHJldHVybiBtYXRjaD8uWzFdO1xufVxuXG4vKiogU3RhcnQgdGltZSBvZiBhIHJ1biBpZCwgbXMgc2luY2UgdGhlIGVwb2NoLCBvciB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcnVuU3RhcnRPZihydW5JZDogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbXMgPSBwYXJzZUludChydW5JZC5zcGxpdCgnLScpWzBdISwgMzYpO1xuICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKG1zKSA/IG1zIDogdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIEhvdyBsb25nIGFmdGVyIGl0cyBzdGFydCBhbm90aGVyIHJ1biBtYXkgc3RpbGwgYmUgZ29pbmc6IHRoZSBvdGhlciBzZWdtZW50cyBvZiBhbiBleGVjdXRpb24tc2VnbWVudGVkXG4gKiBydW4gc3RhcnQgd2l0aGluIHNlY29uZHMgb2YgZWFjaCBvdGhlciwgYW5kIGEgc29hayBvciBhIGNvbGxlYWd1ZSdzIHJ1biBhZ2FpbnN0IHRoZSBzYW1lIHBsYXRmb3JtXG4gKiBsYXN0cyBob3Vycy4gT25seSBydW5zIG9sZGVyIHRoYW4gdGhpcyBhcmUgdGFrZW4gZm9yIGtpbGxlZC5cbiAqL1xuZXhwb3J0IGNvbnN0IExJVkVfUlVOX1dJTkRPV19NUyA9IDYgKiA2MCAqIDYwICogMTAwMDtcblxuLyoqXG4gKiBXaGV0aGVyIGEgcnVuLWNyZWF0ZWQgY291cnNlIGlzIHRvIGJlIHJlbW92ZWQgYnkgcnVuIGBjdXJyZW50YDogaXRzIG93biAodGVhcmRvd24pLCBvciBvbmUgb2YgYVxuICogcnVuIHRoYXQgc3RhcnRlZCBtb3JlIHRoYW4gTElWRV9SVU5fV0lORE9XX01TIGVhcmxpZXIgKGEga2lsbGVkIHJ1bidzIGxlZnRvdmVyczsgYWxzbyB0aXRsZXMgb2ZcbiAqIG9sZGVyIHZlcnNpb25zIG9mIHRoZSBzdWl0ZSkuIEEgcnVuIHRoYXQgbWF5IHN0aWxsIGJlIGdvaW5nIGtlZXBzIGl0cyBjb3Vyc2VzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNMZWZ0b3Zlcih0aXRsZTogc3RyaW5nLCBjdXJyZW50OiBzdHJpbmcsIG93bjogYm9vbGVhbik6IGJvb2xlYW4ge1xuICBpZiAoIXRpdGxlLnN0YXJ0c1dpdGgoUlVOX1RJVExFX0ZJTFRFUikpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcnVuSWQgPSBydW5JZE9mKHRpdGxlKTtcbiAgaWYgKG93bikgcmV0dXJuIHJ1bklkID09PSBjdXJyZW50O1xuICBpZiAocnVuSWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRydWU7XG4gIGlmIChydW5JZCA9PT0gY3VycmVudCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBzdGFydGVkID0gcnVuU3RhcnRPZihydW5JZCk7XG4gIHJldHVybiBzdGFydGVkID09PSB1bmRlZmluZWQgfHwgc3RhcnRlZCA8IChydW5TdGFydE9mKGN1cnJlbnQpID8/IDApIC0gTElWRV9SVU5fV0lORE9XX01TO1xufVxuIiwgIi8vIFdoYXQgZXZlcnkgZW50cnkgcG9pbnQgc2hhcmVzOiBpdCBhc3NlbWJsZXMgazYgb3B0aW9ucyBmcm9tIHRoZSBlbnRyeSdzIG93biBzY2VuYXJpb3MgYW5kXG4vLyBnYXRlcywgYWRkaW5nIHRoZSBzZXJ2ZXItcmVzb3VyY2VzIHNjZW5hcmlvIGFuZCBnYXRlcyB3aGVuIGEgc2lkZWNhciBpcyBhdHRhY2hlZCAoU0lERUNBUl9VUkwpLlxuLy8gRW50cmllcyByZS1leHBvcnQgYHBvbGxSZXNvdXJjZXNgIGFuZCBgdGVhcmRvd25gIGZyb20gaGVyZSwgYXMgazYgbmVlZHMgdGhlbSBpbiB0aGUgZW50cnkgbW9kdWxlLlxuLy9cbi8vIGs2IGV2YWx1YXRlcyB0aGUgc2NyaXB0IG9uY2UgcGVyIFZVLCBlYWNoIGluIGl0cyBvd24gSmF2YVNjcmlwdCBydW50aW1lLCBwbHVzIG9uY2UgYXMgVlUgMDogdGhhdFxuLy8gZXZhbHVhdGlvbiBpcyB3aGVyZSBrNiByZWFkcyBgb3B0aW9uc2AsIGFuZCBzZXR1cCwgdGVhcmRvd24gYW5kIGhhbmRsZVN1bW1hcnkgZWFjaCBydW4gaW4gYSBmcmVzaFxuLy8gVlUgMCB0b28uIExvYWQgVlVzICgxLCAyLCAuLi4pIG5ldmVyIHJlYWQgdGhlaXIgYG9wdGlvbnNgIChrNiBzZXRzIHRoZSBjb25zb2xpZGF0ZWQgb3B0aW9ucyBvbnRvXG4vLyBpdCksIHNvIHRoZXkgc2tpcCBidWlsZGluZyB0aGVtOiB0aGUgc2NlbmFyaW9zLCBnYXRlcyBhbmQgdGhyZXNob2xkIGV4cHJlc3Npb25zIG1hZGUgcGVyIFZVIHdlcmVcbi8vIH4wLjEgTUIgb2YgZXZlcnkgVlUncyBoZWFwIChiZW5jaC8sIGBrNiBydW4gLS1wcm9maWxpbmctZW5hYmxlZGAgaGVhcCBwcm9maWxlIGF0IDEsMDAwIFZVcykuXG5cbmltcG9ydCB7IHR5cGUgR2F0ZSwgdHlwZSBLNlRocmVzaG9sZHMsIG1ldHJpY0tleSwgdG9LNlRocmVzaG9sZHMgfSBmcm9tICcuLi8uLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB7IGlzQXJyaXZhbFJhdGUgfSBmcm9tICcuLi9sb2FkL29wZW4tbW9kZWwudHMnO1xuaW1wb3J0IHsgdHlwZSBTY2VuYXJpbywgU1VNTUFSWV9UUkVORF9TVEFUUyB9IGZyb20gJy4uL2xvYWQvc2hhcGVzLnRzJztcbmltcG9ydCB7IGVuZExvYWQsIHBvbGxSZXNvdXJjZXMgYXMgcG9sbFNpZGVjYXIsIHJlc291cmNlR2F0ZXMsIHJlc291cmNlc1NjZW5hcmlvIH0gZnJvbSAnLi4vbWV0cmljcy9yZXNvdXJjZXMudHMnO1xuaW1wb3J0IHsgYXNzZXJ0RGlzdGluY3QsIHBvb2wgfSBmcm9tICcuLi91c2Vycy9wb29sLnRzJztcbmltcG9ydCB7IFJPTEVTLCB0eXBlIFJvbGUsIHZ1SWRCb3VuZCB9IGZyb20gJy4uL3VzZXJzL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgeyBjbGVhblVwUnVuLCB0eXBlIFJ1bkRhdGEgfSBmcm9tICcuLi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4vY29uZmlnLnRzJztcbmltcG9ydCB7IGNvbmZpZyBhcyBydW5Db25maWcgfSBmcm9tICcuL2Vudi50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW50cnlQYXJ0cyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICBnYXRlczogR2F0ZVtdO1xuICAvKiogSG93IGxvbmcgdGhlIGxvYWQgcnVucywgc2Vjb25kczogdGhlIHJlc291cmNlcyBwb2xsZXIgcnVucyBhcyBsb25nLiAqL1xuICB3YWxsVGltZVM6IG51bWJlcjtcbiAgLyoqIEdhdGUgb24gdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggdG9vIChzb2FrKS4gKi9cbiAgZ2F0ZU1lbW9yeUdyb3d0aD86IGJvb2xlYW47XG4gIC8qKiBDbGFzc2VzIHdob3NlIFZVcyBsb2cgaW4gYXMgcG9vbCBhY2NvdW50cyAoUEVSRk9STUFOQ0VfVVNFUlNfRElTVElOQ1QgY2hlY2tzIHRoZXNlKTsgZGVmYXVsdCBhbGwuICovXG4gIHJvbGVzPzogcmVhZG9ubHkgUm9sZVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVudHJ5T3B0aW9ucyB7XG4gIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+O1xuICB0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHM7XG4gIHNldHVwVGltZW91dDogc3RyaW5nO1xuICBzdW1tYXJ5VHJlbmRTdGF0czogc3RyaW5nW107XG59XG5cbi8qKiBXaGV0aGVyIHRoaXMgcnVudGltZSBpcyBrNidzIFZVIDAgKG9wdGlvbnMsIHNldHVwLCB0ZWFyZG93biwgaGFuZGxlU3VtbWFyeSkgcmF0aGVyIHRoYW4gYSBsb2FkIFZVLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzQ29udHJvbFJ1bnRpbWUoKTogYm9vbGVhbiB7XG4gIHJldHVybiBfX1ZVID09PSAwO1xufVxuXG4vKiogVGhlIGVudHJ5J3MgazYgb3B0aW9ucywgYnVpbHQgZnJvbSBgbWFrZVBhcnRzYCBpbiBWVSAwIG9ubHk7IHVuZGVmaW5lZCBpbiBsb2FkIFZVcyAoc2VlIGFib3ZlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRyeU9wdGlvbnMoY29uZmlnOiBDb25maWcsIG1ha2VQYXJ0czogKCkgPT4gRW50cnlQYXJ0cyk6IEVudHJ5T3B0aW9ucyB8IHVuZGVmaW5lZCB7XG4gIGlmICghaXNDb250cm9sUnVudGltZSgpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBwYXJ0cyA9IG1ha2VQYXJ0cygpO1xuICAvLyBBIHVzZXIgY2xhc3Mgd2VpZ2h0ZWQgMCAlIChlLmcuIFBFUkZPUk1BTkNFX1VTRVJfV0VJR0hUUz0xMDAvMC8wKSBoYXMgbm8gVlVzOyBrNiByZWZ1c2VzIGFcbiAgLy8gc2NlbmFyaW8gdGhhdCBuZXZlciBzdGFydHMgb25lLCBzbyBpdCBpcyBsZWZ0IG91dCByYXRoZXIgdGhhbiBmYWlsaW5nIHRoZSB3aG9sZSBydW4uXG4gIGNvbnN0IHNjZW5hcmlvcyA9IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhwYXJ0cy5zY2VuYXJpb3MpLmZpbHRlcigoWywgc2NlbmFyaW9dKSA9PiBoYXNVc2VycyhzY2VuYXJpbykpKTtcbiAgY29uc3QgZ2F0ZXMgPSBbLi4ucGFydHMuZ2F0ZXNdO1xuICBpZiAoY29uZmlnLnNpZGVjYXJVcmwpIHtcbiAgICBzY2VuYXJpb3MucmVzb3VyY2VzID0gcmVzb3VyY2VzU2NlbmFyaW8ocGFydHMud2FsbFRpbWVTKTtcbiAgICBnYXRlcy5wdXNoKFxuICAgICAgLi4ucmVzb3VyY2VHYXRlcyh7XG4gICAgICAgIG1lbW9yeU1iOiBjb25maWcudGFyZ2V0cy5tZW1vcnlNYixcbiAgICAgICAgY3B1UGVyY2VudDogY29uZmlnLnRhcmdldHMuY3B1UGVyY2VudCxcbiAgICAgICAgZ3Jvd3RoTWJQZXJNaW46IHBhcnRzLmdhdGVNZW1vcnlHcm93dGggPyBjb25maWcudGFyZ2V0cy5tZW1vcnlHcm93dGhNYlBlck1pbiA6IHVuZGVmaW5lZCxcbiAgICAgICAgZmFpbE9uTWlzc2luZzogY29uZmlnLnNpZGVjYXJTdHJpY3QsXG4gICAgICB9KSxcbiAgICApO1xuICB9XG4gIGlmIChjb25maWcudXNlcnNEaXN0aW5jdCkgYXNzZXJ0RGlzdGluY3QocG9vbCwgcGFydHMucm9sZXMgPz8gUk9MRVMsIHZ1SWRCb3VuZChzY2VuYXJpb3MpKTtcbiAgcmV0dXJuIHtcbiAgICBzY2VuYXJpb3MsXG4gICAgdGhyZXNob2xkczogd2l0aERyb3BwZWRJdGVyYXRpb25zKHRvSzZUaHJlc2hvbGRzKGdhdGVzKSwgc2NlbmFyaW9zKSxcbiAgICAvLyBHZW5lcmF0aW9uIG9mIHNlZWQgY291cnNlcywgcGx1cyB0aGUga2VwdCBkYXRhc2V0J3Mgc2VlZGluZyB3aGVuIGEgcnVuIGhhcyB0byBtYWtlIGl0LlxuICAgIHNldHVwVGltZW91dDogYCR7TWF0aC5tYXgoNjAsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMgKyAzMCkgKyAoY29uZmlnLmRhdGFzZXQuY291cnNlcyA+IDAgPyA2MDAgOiAwKX1zYCxcbiAgICBzdW1tYXJ5VHJlbmRTdGF0czogU1VNTUFSWV9UUkVORF9TVEFUUyxcbiAgfTtcbn1cblxuLyoqXG4gKiBFdmVyeSBvcGVuLW1vZGVsIHNjZW5hcmlvJ3MgZHJvcHBlZCBpdGVyYXRpb25zIGluIHRoZSBzdW1tYXJ5LCBnYXRlZCBvciBub3Q6IGEgdGhyZXNob2xkIGxpc3QsXG4gKiBldmVuIGVtcHR5LCBpcyBob3cgazYga2VlcHMgYSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpYyAoZ3JhZmFuYS9rNiAjMTMyMSkuXG4gKi9cbmZ1bmN0aW9uIHdpdGhEcm9wcGVkSXRlcmF0aW9ucyh0aHJlc2hvbGRzOiBLNlRocmVzaG9sZHMsIHNjZW5hcmlvczogUmVjb3JkPHN0cmluZywgU2NlbmFyaW8+KTogSzZUaHJlc2hvbGRzIHtcbiAgZm9yIChjb25zdCBbbmFtZSwgc2NlbmFyaW9dIG9mIE9iamVjdC5lbnRyaWVzKHNjZW5hcmlvcykpIHtcbiAgICBpZiAoaXNBcnJpdmFsUmF0ZShzY2VuYXJpbykpIHRocmVzaG9sZHNbbWV0cmljS2V5KCdkcm9wcGVkX2l0ZXJhdGlvbnMnLCB7IHNjZW5hcmlvOiBuYW1lIH0pXSA/Pz0gW107XG4gIH1cbiAgcmV0dXJuIHRocmVzaG9sZHM7XG59XG5cbmZ1bmN0aW9uIGhhc1VzZXJzKHNjZW5hcmlvOiBTY2VuYXJpbyk6IGJvb2xlYW4ge1xuICBjb25zdCB7IGV4ZWN1dG9yLCBzdGFydFZVcywgc3RhZ2VzLCB2dXMgfSA9IHNjZW5hcmlvIGFzIHtcbiAgICBleGVjdXRvcjogc3RyaW5nO1xuICAgIHN0YXJ0VlVzPzogbnVtYmVyO1xuICAgIHN0YWdlcz86IHsgdGFyZ2V0OiBudW1iZXIgfVtdO1xuICAgIHZ1cz86IG51bWJlcjtcbiAgfTtcbiAgaWYgKGV4ZWN1dG9yID09PSAncmFtcGluZy12dXMnKSByZXR1cm4gKHN0YXJ0VlVzID8/IDApID4gMCB8fCAoc3RhZ2VzID8/IFtdKS5zb21lKChzdGFnZSkgPT4gc3RhZ2UudGFyZ2V0ID4gMCk7XG4gIGlmIChleGVjdXRvciA9PT0gJ2NvbnN0YW50LXZ1cycgfHwgZXhlY3V0b3IgPT09ICdwZXItdnUtaXRlcmF0aW9ucycgfHwgZXhlY3V0b3IgPT09ICdzaGFyZWQtaXRlcmF0aW9ucycpXG4gICAgcmV0dXJuICh2dXMgPz8gMSkgPiAwO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuLyoqIFRoZSByZXNvdXJjZXMgc2NlbmFyaW8ncyBpdGVyYXRpb246IG9uZSBwb2xsIG9mIHRoZSBzaWRlY2FyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvbGxSZXNvdXJjZXMoKTogdm9pZCB7XG4gIGlmIChydW5Db25maWcuc2lkZWNhclVybCkgcG9sbFNpZGVjYXIocnVuQ29uZmlnLnNpZGVjYXJVcmwpO1xufVxuXG4vKipcbiAqIFdoYXQgb25seSB0aGUgZW5kIG9mIHRoZSBydW4ga25vd3M6IHRoZSBsb2FkIGVuZGVkIChzYW1wbGVzIGFmdGVyIGl0IGFyZSB0ZWFyZG93bidzLCBub3QgZ2F0ZWQpXG4gKiBhbmQgdGhlIHNlcnZlcidzIG1lbW9yeSBncm93dGggb3ZlciBpdC4gRW50cmllcyB3aXRoIGEgdGVhcmRvd24gb2YgdGhlaXIgb3duIGNhbGwgaXQgZmlyc3QuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWNvcmRSZXNvdXJjZXNBdEVuZCgpOiB2b2lkIHtcbiAgaWYgKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKSBlbmRMb2FkKHJ1bkNvbmZpZy5zaWRlY2FyVXJsKTtcbn1cblxuLyoqIGs2J3MgdGVhcmRvd246IHRoZSBzZXJ2ZXIncyBtZW1vcnkgZ3Jvd3RoLCBhbmQgcmVtb3Zpbmcgd2hhdCB0aGlzIHJ1biBjcmVhdGVkLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHRlYXJkb3duKGRhdGE/OiBSdW5EYXRhKTogUHJvbWlzZTx2b2lkPiB7XG4gIHJlY29yZFJlc291cmNlc0F0RW5kKCk7XG4gIGF3YWl0IGNsZWFuVXBSdW4ocnVuQ29uZmlnLCBkYXRhKTtcbn1cbiIsICIvLyBUaW1lIHBoYXNlcyBvZiBhIHJ1biwgYXMgazYgdGFncyBhbmQgYXMgaW4tcnVuIGFyaXRobWV0aWMsIHNvIHF1ZXN0aW9ucyBhYm91dCB0aW1lIChkaWQgbGF0ZW5jeVxuLy8gY29tZSBiYWNrIGFmdGVyIHRoZSBzcGlrZT8gZG9lcyBpdCBjcmVlcCB1cCBkdXJpbmcgdGhlIGhvbGQ/KSBhcmUgYW5zd2VyZWQgYnkgazYgdGhyZXNob2xkcy5cbi8vXG4vLyAtIEV2ZXJ5IG1ldHJpYyBhIFZVIGVtaXRzIGlzIHRhZ2dlZCB3aXRoIHRoZSBwaGFzZSBpdCBmYWxscyBpbiAoZXhlYy52dS5tZXRyaWNzLnRhZ3MpLCBzb1xuLy8gICBzdWItbWV0cmljcyBzdWNoIGFzIGh0dHBfcmVxX2R1cmF0aW9ue3BoYXNlOnJlY292ZXJlZH0gZXhpc3QgYW5kIGNhcnJ5IHRocmVzaG9sZHMuXG4vLyAtIERyaWZ0OiBlYWNoIFZVIGtlZXBzIHRoZSBtZWRpYW4gbGF0ZW5jeSBvZiBpdHMgb3duIHJlcXVlc3RzIGluIGEgcmVmZXJlbmNlIHBoYXNlICh0aGVcbi8vICAgcHJlLXNwaWtlIGJhc2VsaW5lLCB0aGUgc3RhcnQgb2YgYSBob2xkKSBhbmQsIGluIGEgbGF0ZXIgcGhhc2UsIHJlY29yZHMgZXZlcnkgcmVxdWVzdCdzXG4vLyAgIGxhdGVuY3kgZGl2aWRlZCBieSB0aGF0IG1lZGlhbiBpbnRvIGEgVHJlbmQgKGxpYi9sb2FkL3BoYXNlLW1hdGgudHMgZHJpZnRSYXRpbykuIEEgdGhyZXNob2xkIG9uXG4vLyAgIHRoYXQgVHJlbmQgKGUuZy4gbWVkIDwgMS41KSBzYXlzIFwibGF0ZW5jeSBpcyBiYWNrIHRvIC8gc3RpbGwgYXQgdGhlIHJlZmVyZW5jZVwiLCBtZWFzdXJlZFxuLy8gICBpbnNpZGUgdGhlIHJ1bi4gUGVyIFZVLCBiZWNhdXNlIGs2IFZVcyBzaGFyZSBubyBzdGF0ZTsgYSBWVSB0aGF0IGhhcyBubyByZWZlcmVuY2Ugc2FtcGxlc1xuLy8gICAob25lIGFkZGVkIGJ5IHRoZSBzcGlrZSkgcmVjb3JkcyBub3RoaW5nLiBCb3RoIHNpZGVzIGdldCBhIG5vaXNlIGZsb29yIChkZWZhdWx0IDEwIG1zKS5cbmltcG9ydCBleGVjIGZyb20gJ2s2L2V4ZWN1dGlvbic7XG5pbXBvcnQgeyBUcmVuZCB9IGZyb20gJ2s2L21ldHJpY3MnO1xuaW1wb3J0IHsgb2JzZXJ2ZVJlcXVlc3RzIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgZHJpZnRSYXRpbywgbWVkaWFuLCB0eXBlIFBoYXNlLCBwaGFzZUF0IH0gZnJvbSAnLi9waGFzZS1tYXRoLnRzJztcblxuZXhwb3J0IHsgbWVkaWFuLCB0eXBlIFBoYXNlLCBwaGFzZUF0IH0gZnJvbSAnLi9waGFzZS1tYXRoLnRzJztcblxuZXhwb3J0IGZ1bmN0aW9uIGVsYXBzZWRJblNjZW5hcmlvUygpOiBudW1iZXIge1xuICByZXR1cm4gKERhdGUubm93KCkgLSBleGVjLnNjZW5hcmlvLnN0YXJ0VGltZSkgLyAxMDAwO1xufVxuXG4vLyBzZXR1cCgpIGFuZCB0ZWFyZG93bigpIHJ1biBvdXRzaWRlIGFueSBzY2VuYXJpbywgd2hlcmUgazYgcmVmdXNlcyBleGVjLnNjZW5hcmlvOiB0aGUgZHJpZnRcbi8vIG9ic2VydmVyIG9ubHkgYWN0cyBvbmNlIHRoaXMgVlUgaGFzIGVudGVyZWQgYSBwaGFzZSBpbiBhIHNjZW5hcmlvIGl0ZXJhdGlvbi5cbmxldCBpblNjZW5hcmlvID0gZmFsc2U7XG5cbi8qKiBUYWdzIGV2ZXJ5dGhpbmcgdGhpcyBWVSBlbWl0cyBmcm9tIG5vdyBvbiB3aXRoIHRoZSBjdXJyZW50IHBoYXNlOyByZXR1cm5zIGl0LiBDYWxsIGF0IHRoZSBzdGFydCBvZiBlYWNoIGl0ZXJhdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbnRlclBoYXNlKHBoYXNlczogcmVhZG9ubHkgUGhhc2VbXSk6IHN0cmluZyB7XG4gIGluU2NlbmFyaW8gPSB0cnVlO1xuICBjb25zdCBuYW1lID0gcGhhc2VBdChlbGFwc2VkSW5TY2VuYXJpb1MoKSwgcGhhc2VzKTtcbiAgZXhlYy52dS5tZXRyaWNzLnRhZ3MucGhhc2UgPSBuYW1lO1xuICByZXR1cm4gbmFtZTtcbn1cblxuLyoqXG4gKiBSZWNvcmRzIGxhdGVuY3kgZHJpZnQgYWdhaW5zdCBhIHJlZmVyZW5jZSBwaGFzZTogcmVxdWVzdHMgaW4gYHJlZmVyZW5jZWAgYnVpbGQgdGhpcyBWVSdzXG4gKiByZWZlcmVuY2UgbWVkaWFuOyByZXF1ZXN0cyBpbiBgY29tcGFyZWRgIGFkZCBkcmlmdFJhdGlvKC4uLikgdG8gdGhlIFRyZW5kLiBBIHJlcXVlc3QncyBwaGFzZSBpc1xuICogcmVhZCBmcm9tIHRoZSBjbG9jayB3aGVuIGl0IGNvbXBsZXRlcywgbm90IGZyb20gdGhlIHRhZyBzZXQgYXQgdGhlIGl0ZXJhdGlvbidzIHN0YXJ0IChhXG4gKiB3b3JrZmxvdyBpdGVyYXRpb24gd2l0aCB0aGluayB0aW1lcyBzcGFucyBzZWNvbmRzIGFuZCB3b3VsZCBzdHJhZGRsZSBwaGFzZXMpOyB0aGUgVlUncyBwaGFzZVxuICogdGFnIGlzIHJlZnJlc2hlZCBhdCB0aGUgc2FtZSBtb21lbnQsIHNvIGEgcmVxdWVzdCdzIHRhZyBsYWdzIHRoZSBjbG9jayBieSBvbmUgdGhpbmsgdGltZSBhdCBtb3N0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gdHJhY2tEcmlmdChcbiAgbWV0cmljTmFtZTogc3RyaW5nLFxuICBwaGFzZXM6IHJlYWRvbmx5IFBoYXNlW10sXG4gIHJlZmVyZW5jZTogc3RyaW5nLFxuICBjb21wYXJlZDogcmVhZG9ubHkgc3RyaW5nW10sXG4gIGZsb29yTXMgPSAxMCxcbik6IFRyZW5kIHtcbiAgY29uc3QgZHJpZnQgPSBuZXcgVHJlbmQobWV0cmljTmFtZSk7XG4gIGNvbnN0IHJlZmVyZW5jZVNhbXBsZXM6IG51bWJlcltdID0gW107XG4gIGxldCByZWZlcmVuY2VNZWRpYW46IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgb2JzZXJ2ZVJlcXVlc3RzKChfZW5kcG9pbnQsIGR1cmF0aW9uTXMsIG9rKSA9PiB7XG4gICAgaWYgKCFpblNjZW5hcmlvKSByZXR1cm47XG4gICAgY29uc3QgcGhhc2UgPSBwaGFzZUF0KGVsYXBzZWRJblNjZW5hcmlvUygpLCBwaGFzZXMpO1xuICAgIGV4ZWMudnUubWV0cmljcy50YWdzLnBoYXNlID0gcGhhc2U7XG4gICAgaWYgKHBoYXNlID09PSByZWZlcmVuY2UpIHtcbiAgICAgIGlmIChvaykgcmVmZXJlbmNlU2FtcGxlcy5wdXNoKGR1cmF0aW9uTXMpO1xuICAgICAgcmVmZXJlbmNlTWVkaWFuID0gdW5kZWZpbmVkO1xuICAgIH0gZWxzZSBpZiAoY29tcGFyZWQuaW5jbHVkZXMocGhhc2UpKSB7XG4gICAgICByZWZlcmVuY2VNZWRpYW4gPz89IG1lZGlhbihyZWZlcmVuY2VTYW1wbGVzKTtcbiAgICAgIGlmIChyZWZlcmVuY2VNZWRpYW4gIT09IHVuZGVmaW5lZCkgZHJpZnQuYWRkKGRyaWZ0UmF0aW8oZHVyYXRpb25Ncywgb2ssIHJlZmVyZW5jZU1lZGlhbiwgZmxvb3JNcykpO1xuICAgIH1cbiAgfSk7XG4gIHJldHVybiBkcmlmdDtcbn1cbiIsICIvLyBUaGUgYXJpdGhtZXRpYyBiZWhpbmQgdGhlIHRpbWUgcXVlc3Rpb25zIChzcGlrZSByZWNvdmVyeSwgcmFtcC11cCBhbmQgc29hayBkcmlmdCwgYnJlYWtwb2ludCdzXG4vLyBzdXN0YWluZWQgcmF0ZSksIHB1cmUgc28gaXQgaXMgdW5pdC10ZXN0ZWQgaW4gTm9kZTsgbGliL2xvYWQvcGhhc2VzLnRzIGFuZCBsaWIvbG9hZC9zdXN0YWluZWQtcmF0ZS50cyBhcHBseSBpdCBpbnNpZGUgazYuXG5cbmV4cG9ydCBpbnRlcmZhY2UgUGhhc2Uge1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBTZWNvbmRzIGFmdGVyIHRoZSBzY2VuYXJpbydzIHN0YXJ0IGF0IHdoaWNoIHRoaXMgcGhhc2UgZW5kcy4gKi9cbiAgdW50aWxTOiBudW1iZXI7XG59XG5cbi8qKiBUaGUgcGhhc2UgYGVsYXBzZWRTYCBmYWxscyBpbjsgdGhlIGxhc3QgcGhhc2UncyBuYW1lIGFmdGVyIHRoZSBlbmQuICovXG5leHBvcnQgZnVuY3Rpb24gcGhhc2VBdChlbGFwc2VkUzogbnVtYmVyLCBwaGFzZXM6IHJlYWRvbmx5IFBoYXNlW10pOiBzdHJpbmcge1xuICBpZiAocGhhc2VzLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IEVycm9yKCdwaGFzZUF0OiBubyBwaGFzZXMgZ2l2ZW4nKTtcbiAgZm9yIChjb25zdCBwaGFzZSBvZiBwaGFzZXMpIGlmIChlbGFwc2VkUyA8IHBoYXNlLnVudGlsUykgcmV0dXJuIHBoYXNlLm5hbWU7XG4gIHJldHVybiBwaGFzZXNbcGhhc2VzLmxlbmd0aCAtIDFdIS5uYW1lO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWVkaWFuKHZhbHVlczogcmVhZG9ubHkgbnVtYmVyW10pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAodmFsdWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3Qgc29ydGVkID0gWy4uLnZhbHVlc10uc29ydCgoYSwgYikgPT4gYSAtIGIpO1xuICBjb25zdCBtaWQgPSBNYXRoLmZsb29yKHNvcnRlZC5sZW5ndGggLyAyKTtcbiAgcmV0dXJuIHNvcnRlZC5sZW5ndGggJSAyID8gc29ydGVkW21pZF0gOiAoc29ydGVkW21pZCAtIDFdISArIHNvcnRlZFttaWRdISkgLyAyO1xufVxuXG4vKiogQSBmYWlsZWQgcmVxdWVzdCdzIGRyaWZ0OiBmYXIgYmV5b25kIGFueSBsaW1pdCwgc2luY2UgcmVjb3ZlcmluZyBtZWFucyBhbnN3ZXJpbmcsIG5vdCBmYWlsaW5nIGZhc3QuICovXG5leHBvcnQgY29uc3QgRkFJTEVEX0RSSUZUID0gMTAwO1xuXG4vKipcbiAqIE9uZSByZXF1ZXN0J3MgbGF0ZW5jeSByZWxhdGl2ZSB0byB0aGUgcmVmZXJlbmNlIG1lZGlhbiwgYm90aCB3aXRoIGEgbm9pc2UgZmxvb3IgYWRkZWQgc28gdGhhdFxuICogMC40IG1zIGFnYWluc3QgMC4yIG1zIGRvZXMgbm90IHJlYWQgYXMgXCJ0d2ljZSBhcyBzbG93XCIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkcmlmdFJhdGlvKGR1cmF0aW9uTXM6IG51bWJlciwgb2s6IGJvb2xlYW4sIHJlZmVyZW5jZU1lZGlhbk1zOiBudW1iZXIsIGZsb29yTXM6IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBvayA/IChkdXJhdGlvbk1zICsgZmxvb3JNcykgLyAocmVmZXJlbmNlTWVkaWFuTXMgKyBmbG9vck1zKSA6IEZBSUxFRF9EUklGVDtcbn1cblxuLyoqIHAtdGggcGVyY2VudGlsZSAobmVhcmVzdCByYW5rKSBvZiBhIG5vbi1lbXB0eSBsaXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlcmNlbnRpbGUodmFsdWVzOiByZWFkb25seSBudW1iZXJbXSwgcDogbnVtYmVyKTogbnVtYmVyIHtcbiAgaWYgKHZhbHVlcy5sZW5ndGggPT09IDApIHRocm93IG5ldyBFcnJvcigncGVyY2VudGlsZSBvZiBhbiBlbXB0eSBsaXN0Jyk7XG4gIGNvbnN0IHNvcnRlZCA9IFsuLi52YWx1ZXNdLnNvcnQoKGEsIGIpID0+IGEgLSBiKTtcbiAgcmV0dXJuIHNvcnRlZFtNYXRoLm1heCgwLCBNYXRoLmNlaWwoKHAgLyAxMDApICogc29ydGVkLmxlbmd0aCkgLSAxKV0hO1xufVxuXG4vKiogV2hldGhlciBhIHdpbmRvdyBvZiByZWNlbnQgcmVxdWVzdHMgbWV0IHRoZSBidWRnZXQ6IGZ1bGwsIG5vIGZhaWx1cmUsIHA5NSB1bmRlciBgcDk1QnVkZ2V0TXNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpbmRvd1dpdGhpbkJ1ZGdldChcbiAgd2luZG93OiByZWFkb25seSB7IG1zOiBudW1iZXI7IG9rOiBib29sZWFuIH1bXSxcbiAgc2l6ZTogbnVtYmVyLFxuICBwOTVCdWRnZXRNczogbnVtYmVyLFxuKTogYm9vbGVhbiB7XG4gIHJldHVybiAoXG4gICAgd2luZG93Lmxlbmd0aCA+PSBzaXplICYmXG4gICAgd2luZG93LmV2ZXJ5KCh3KSA9PiB3Lm9rKSAmJlxuICAgIHBlcmNlbnRpbGUoXG4gICAgICB3aW5kb3cubWFwKCh3KSA9PiB3Lm1zKSxcbiAgICAgIDk1LFxuICAgICkgPCBwOTVCdWRnZXRNc1xuICApO1xufVxuXG4vKiogVGhlIHNjaGVkdWxlZCByYXRlIG9mIGEgbGluZWFyIHJhbXAgZnJvbSBgc3RhcnRSYXRlYCB0byBgbWF4UmF0ZWAgb3ZlciBgZHVyYXRpb25TYCwgYGVsYXBzZWRTYCBpbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaW5lYXJSYXRlKHN0YXJ0UmF0ZTogbnVtYmVyLCBtYXhSYXRlOiBudW1iZXIsIGR1cmF0aW9uUzogbnVtYmVyLCBlbGFwc2VkUzogbnVtYmVyKTogbnVtYmVyIHtcbiAgY29uc3Qgc2hhcmUgPSBNYXRoLm1pbigxLCBNYXRoLm1heCgwLCBlbGFwc2VkUyAvIGR1cmF0aW9uUykpO1xuICByZXR1cm4gc3RhcnRSYXRlICsgKG1heFJhdGUgLSBzdGFydFJhdGUpICogc2hhcmU7XG59XG5cbi8qKlxuICogSXRlcmF0aW9ucyBwZXIgc2Vjb25kIHRoZSB3aG9sZSB0ZXN0IHJlYWxseSBzdGFydGVkIGJldHdlZW4gdHdvIG1vbWVudHMsIGZyb20gazYnc1xuICogdGVzdC13aWRlIGl0ZXJhdGlvbiBudW1iZXIgKGV4ZWMuc2NlbmFyaW8uaXRlcmF0aW9uSW5UZXN0IGNvdW50cyBzdGFydGVkIGl0ZXJhdGlvbnMgb25seSwgc29cbiAqIGl0ZXJhdGlvbnMgazYgZHJvcHBlZCBmb3Igd2FudCBvZiBhIGZyZWUgVlUgZG8gbm90IGNvdW50KS4gVW5kZWZpbmVkIG92ZXIgYW4gZW1wdHkgaW50ZXJ2YWwuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2hpZXZlZFJhdGUoXG4gIGZyb206IHsgYXRNczogbnVtYmVyOyBpdGVyYXRpb246IG51bWJlciB9LFxuICB0bzogeyBhdE1zOiBudW1iZXI7IGl0ZXJhdGlvbjogbnVtYmVyIH0sXG4pOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCBzZWNvbmRzID0gKHRvLmF0TXMgLSBmcm9tLmF0TXMpIC8gMTAwMDtcbiAgcmV0dXJuIHNlY29uZHMgPiAwID8gKHRvLml0ZXJhdGlvbiAtIGZyb20uaXRlcmF0aW9uKSAvIHNlY29uZHMgOiB1bmRlZmluZWQ7XG59XG4iLCAiLy8gRXNjYXBpbmcgZm9yIHRoZSBmb3JtYXRzIHRoYXQgZW1iZWQgbmFtZXMgYW5kIHRhZyB2YWx1ZXM6IGEgdGFnIHZhbHVlIHN1Y2ggYXNcbi8vIFwiPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PlwiIG11c3QgY29tZSBvdXQgYXMgdGV4dCBpbiBIVE1MIGFuZCBYTUwsIG5ldmVyIGFzIG1hcmt1cC5cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVYbWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZShcbiAgICAvWyY8PlwiJ10vZyxcbiAgICAoYykgPT4gKHsgJyYnOiAnJmFtcDsnLCAnPCc6ICcmbHQ7JywgJz4nOiAnJmd0OycsICdcIic6ICcmcXVvdDsnLCBcIidcIjogJyZhcG9zOycgfSlbY10hLFxuICApO1xufVxuXG4vKiogTWFya2Rvd24gdGFibGUgY2VsbHM6IHBpcGVzIGFuZCBuZXdsaW5lcyB3b3VsZCBicmVhayB0aGUgdGFibGU7IDwgPiB3b3VsZCBiZWNvbWUgSFRNTCBvbiBHaXRIdWIuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTWFya2Rvd25DZWxsKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0XG4gICAgLnJlcGxhY2UoL1xcfC9nLCAnXFxcXHwnKVxuICAgIC5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKVxuICAgIC5yZXBsYWNlKC88L2csICcmbHQ7JylcbiAgICAucmVwbGFjZSgvPi9nLCAnJmd0OycpO1xufVxuXG4vKipcbiAqIEEgTWFya2Rvd24gY29kZSBzcGFuIHRoYXQgc2hvd3MgYHRleHRgIGV4YWN0bHksIGFsc28gaW5zaWRlIGEgdGFibGUgY2VsbC4gSW5zaWRlIGEgY29kZSBzcGFuXG4gKiBNYXJrZG93biBkZWNvZGVzIG5vIGVudGl0aWVzIChgJmx0O2Agd291bGQgc2hvdyBsaXRlcmFsbHkpIGFuZCBwYXJzZXMgbm8gSFRNTCwgc28gPCA+IHN0YXkgYXNcbiAqIHRoZXkgYXJlOyBhIGZlbmNlIGxvbmdlciB0aGFuIGFueSBiYWNrdGljayBydW4gaW5zaWRlIGtlZXBzIHRoZSBzcGFuIGNsb3NlZDsgR2l0SHViJ3MgdGFibGVzXG4gKiBzdGlsbCBzcGxpdCBjZWxscyBvbiBgfGAsIHdoaWNoIGBcXHxgIHByZXZlbnRzIChhbmQgc2hvd3MgYXMgYHxgKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hcmtkb3duQ29kZSh0ZXh0OiBzdHJpbmcsIG9wdGlvbnM6IHsgaW5UYWJsZTogYm9vbGVhbiB9ID0geyBpblRhYmxlOiB0cnVlIH0pOiBzdHJpbmcge1xuICBjb25zdCBvbmVMaW5lID0gdGV4dC5yZXBsYWNlKC9bXFxyXFxuXSsvZywgJyAnKTtcbiAgY29uc3QgZmxhdCA9IG9wdGlvbnMuaW5UYWJsZSA/IG9uZUxpbmUucmVwbGFjZSgvXFx8L2csICdcXFxcfCcpIDogb25lTGluZTtcbiAgY29uc3QgbG9uZ2VzdFJ1biA9IE1hdGgubWF4KDAsIC4uLihmbGF0Lm1hdGNoKC9gKy9nKSA/PyBbXSkubWFwKChydW4pID0+IHJ1bi5sZW5ndGgpKTtcbiAgY29uc3QgZmVuY2UgPSAnYCcucmVwZWF0KGxvbmdlc3RSdW4gKyAxKTtcbiAgY29uc3QgcGFkID0gZmxhdC5zdGFydHNXaXRoKCdgJykgfHwgZmxhdC5lbmRzV2l0aCgnYCcpID8gJyAnIDogJyc7XG4gIHJldHVybiBgJHtmZW5jZX0ke3BhZH0ke2ZsYXR9JHtwYWR9JHtmZW5jZX1gO1xufVxuIiwgIi8vIFJlYWRpbmcgazYncyBlbmQtb2YtdGVzdCBzdW1tYXJ5IGRhdGEgKHdoYXQgaGFuZGxlU3VtbWFyeSByZWNlaXZlcykgaW50byB0aGUgcm93cyBldmVyeSByZXBvcnRcbi8vIHNob3dzLiBQdXJlOiBubyBrNiBpbXBvcnRzLCBubyBOb2RlIGdsb2JhbHMsIHNvIGl0IHJ1bnMgaW5zaWRlIGs2IGFuZCB1bmRlciBub2RlOnRlc3QgYWxpa2UuXG5cbmV4cG9ydCBpbnRlcmZhY2UgTWV0cmljRGF0YSB7XG4gIHR5cGU6ICd0cmVuZCcgfCAncmF0ZScgfCAnY291bnRlcicgfCAnZ2F1Z2UnO1xuICBjb250YWlucz86IHN0cmluZztcbiAgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+O1xuICB0aHJlc2hvbGRzPzogUmVjb3JkPHN0cmluZywgeyBvazogYm9vbGVhbiB9Pjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5RGF0YSB7XG4gIG1ldHJpY3M6IFJlY29yZDxzdHJpbmcsIE1ldHJpY0RhdGE+O1xuICByb290X2dyb3VwPzogeyBjaGVja3M/OiB7IG5hbWU6IHN0cmluZzsgcGFzc2VzOiBudW1iZXI7IGZhaWxzOiBudW1iZXIgfVtdOyBncm91cHM/OiB1bmtub3duW10gfTtcbiAgc3RhdGU/OiB7IGlzU3RkT3V0VFRZPzogYm9vbGVhbjsgdGVzdFJ1bkR1cmF0aW9uTXM/OiBudW1iZXIgfTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUaHJlc2hvbGRSb3cge1xuICBtZXRyaWM6IHN0cmluZztcbiAgZXhwcmVzc2lvbjogc3RyaW5nO1xuICBvazogYm9vbGVhbjtcbiAgLyoqIFRoZSBhZ2dyZWdhdGUgdGhlIGV4cHJlc3Npb24gdGVzdHMsIGFzIG1lYXN1cmVkOyBudWxsIHdoZW4gdGhlIG1ldHJpYyBoYXMgbm8gc3VjaCB2YWx1ZS4gKi9cbiAgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGw7XG4gIHN0YXQ6IHN0cmluZztcbiAgLyoqIFRyZW5kIG1ldHJpY3MgaG9sZGluZyBkdXJhdGlvbnMgKG1zKSBvciBkYXRhLCBmb3IgZm9ybWF0dGluZy4gKi9cbiAgdW5pdDogJ21zJyB8ICdwZXJjZW50JyB8ICdjb3VudCcgfCAndmFsdWUnO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZHBvaW50Um93IHtcbiAgZW5kcG9pbnQ6IHN0cmluZztcbiAgcmVxdWVzdHM6IG51bWJlcjtcbiAgcDUwOiBudW1iZXIgfCBudWxsO1xuICBwOTU6IG51bWJlciB8IG51bGw7XG4gIHA5OTogbnVtYmVyIHwgbnVsbDtcbiAgbWF4OiBudW1iZXIgfCBudWxsO1xuICBlcnJvclJhdGU6IG51bWJlciB8IG51bGw7XG59XG5cbi8qKiBUaGUgYWdncmVnYXRpb24gYSB0aHJlc2hvbGQgZXhwcmVzc2lvbiB0ZXN0czogYHAoOTUpPDIwMGAgLT4gYHAoOTUpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0T2YoZXhwcmVzc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIC9eXFxzKihbYS16XSsoPzpcXChbXFxkLl0rXFwpKT8pLy5leGVjKGV4cHJlc3Npb24pPy5bMV0gPz8gZXhwcmVzc2lvbjtcbn1cblxuZnVuY3Rpb24gdW5pdE9mKG1ldHJpYzogTWV0cmljRGF0YSB8IHVuZGVmaW5lZCwgc3RhdDogc3RyaW5nKTogVGhyZXNob2xkUm93Wyd1bml0J10ge1xuICBpZiAoIW1ldHJpYykgcmV0dXJuICd2YWx1ZSc7XG4gIGlmIChzdGF0ID09PSAncmF0ZScgJiYgbWV0cmljLnR5cGUgPT09ICdyYXRlJykgcmV0dXJuICdwZXJjZW50JztcbiAgaWYgKHN0YXQgPT09ICdjb3VudCcpIHJldHVybiAnY291bnQnO1xuICByZXR1cm4gbWV0cmljLnR5cGUgPT09ICd0cmVuZCcgJiYgbWV0cmljLmNvbnRhaW5zID09PSAndGltZScgPyAnbXMnIDogJ3ZhbHVlJztcbn1cblxuLyoqIEV2ZXJ5IHRocmVzaG9sZCB3aXRoIGl0cyB2ZXJkaWN0IGFuZCBvYnNlcnZlZCB2YWx1ZSwgZmFpbGVkIG9uZXMgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gdGhyZXNob2xkUm93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IFRocmVzaG9sZFJvd1tdIHtcbiAgY29uc3Qgcm93czogVGhyZXNob2xkUm93W10gPSBbXTtcbiAgZm9yIChjb25zdCBbbWV0cmljLCB2YWx1ZXNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBmb3IgKGNvbnN0IFtleHByZXNzaW9uLCByZXN1bHRdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcy50aHJlc2hvbGRzID8/IHt9KSkge1xuICAgICAgY29uc3Qgc3RhdCA9IHN0YXRPZihleHByZXNzaW9uKTtcbiAgICAgIGNvbnN0IG9ic2VydmVkID0gdmFsdWVzLnZhbHVlcz8uW3N0YXRdO1xuICAgICAgcm93cy5wdXNoKHtcbiAgICAgICAgbWV0cmljLFxuICAgICAgICBleHByZXNzaW9uLFxuICAgICAgICBvazogcmVzdWx0Lm9rLFxuICAgICAgICBzdGF0LFxuICAgICAgICBvYnNlcnZlZDogdHlwZW9mIG9ic2VydmVkID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUob2JzZXJ2ZWQpID8gb2JzZXJ2ZWQgOiBudWxsLFxuICAgICAgICB1bml0OiB1bml0T2YodmFsdWVzLCBzdGF0KSxcbiAgICAgIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcm93cy5zb3J0KChhLCBiKSA9PiBOdW1iZXIoYS5vaykgLSBOdW1iZXIoYi5vaykgfHwgYS5tZXRyaWMubG9jYWxlQ29tcGFyZShiLm1ldHJpYykpO1xufVxuXG5jb25zdCBTVUJfTUVUUklDID0gL14oXFx3KylcXHtlbmRwb2ludDooW14sfV0rKVxcfSQvO1xuXG4vKiogUGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycyBmcm9tIHRoZSB0YWctZmlsdGVyZWQgc3ViLW1ldHJpY3MgdGhlIHRocmVzaG9sZHMgY3JlYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50Um93cyhkYXRhOiBTdW1tYXJ5RGF0YSk6IEVuZHBvaW50Um93W10ge1xuICBjb25zdCByb3dzID0gbmV3IE1hcDxzdHJpbmcsIEVuZHBvaW50Um93PigpO1xuICBjb25zdCByb3cgPSAoZW5kcG9pbnQ6IHN0cmluZykgPT4ge1xuICAgIGxldCByID0gcm93cy5nZXQoZW5kcG9pbnQpO1xuICAgIGlmICghcilcbiAgICAgIHJvd3Muc2V0KGVuZHBvaW50LCAociA9IHsgZW5kcG9pbnQsIHJlcXVlc3RzOiAwLCBwNTA6IG51bGwsIHA5NTogbnVsbCwgcDk5OiBudWxsLCBtYXg6IG51bGwsIGVycm9yUmF0ZTogbnVsbCB9KSk7XG4gICAgcmV0dXJuIHI7XG4gIH07XG4gIGZvciAoY29uc3QgW25hbWUsIG1ldHJpY10gb2YgT2JqZWN0LmVudHJpZXMoZGF0YS5tZXRyaWNzID8/IHt9KSkge1xuICAgIGNvbnN0IG1hdGNoID0gU1VCX01FVFJJQy5leGVjKG5hbWUpO1xuICAgIGlmICghbWF0Y2gpIGNvbnRpbnVlO1xuICAgIGNvbnN0IFssIGJhc2UsIGVuZHBvaW50XSA9IG1hdGNoIGFzIHVua25vd24gYXMgW3N0cmluZywgc3RyaW5nLCBzdHJpbmddO1xuICAgIGNvbnN0IHYgPSBtZXRyaWMudmFsdWVzID8/IHt9O1xuICAgIGlmIChiYXNlID09PSAnaHR0cF9yZXFfZHVyYXRpb24nKSB7XG4gICAgICBPYmplY3QuYXNzaWduKHJvdyhlbmRwb2ludCksIHtcbiAgICAgICAgcmVxdWVzdHM6IHYuY291bnQgPz8gMCxcbiAgICAgICAgcDUwOiB2Lm1lZCA/PyBudWxsLFxuICAgICAgICBwOTU6IHZbJ3AoOTUpJ10gPz8gbnVsbCxcbiAgICAgICAgcDk5OiB2WydwKDk5KSddID8/IG51bGwsXG4gICAgICAgIG1heDogdi5tYXggPz8gbnVsbCxcbiAgICAgIH0pO1xuICAgIH0gZWxzZSBpZiAoYmFzZSA9PT0gJ2h0dHBfcmVxX2ZhaWxlZCcpIHtcbiAgICAgIHJvdyhlbmRwb2ludCkuZXJyb3JSYXRlID0gdHlwZW9mIHYucmF0ZSA9PT0gJ251bWJlcicgPyB2LnJhdGUgOiBudWxsO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLnJvd3MudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGEuZW5kcG9pbnQubG9jYWxlQ29tcGFyZShiLmVuZHBvaW50KSk7XG59XG5cbi8qKiBPbmUgb3Blbi1tb2RlbCBzY2VuYXJpbydzIGl0ZXJhdGlvbnMgazYgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChkcm9wcGVkX2l0ZXJhdGlvbnN7c2NlbmFyaW86WH0pLiAqL1xuZXhwb3J0IGludGVyZmFjZSBEcm9wcGVkUm93IHtcbiAgc2NlbmFyaW86IHN0cmluZztcbiAgaXRlcmF0aW9uczogbnVtYmVyO1xuICAvKiogUmVxdWVzdHMgdGhvc2UgaXRlcmF0aW9ucyB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGUgZW50cnkgZG9lcyBub3Qgc2F5IGhvdyBtYW55IGFuIGl0ZXJhdGlvbiBzZW5kcy4gKi9cbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIC8qKiBUaGUgbW9zdCB0aGUgc2NlbmFyaW8ncyBnYXRlIGFsbG93cyAoYGNvdW50PD1OYCk7IG51bGwgd2hlbiBpdCBpcyBub3QgZ2F0ZWQuICovXG4gIGFsbG93ZWQ6IG51bWJlciB8IG51bGw7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRHJvcHBlZCB7XG4gIGl0ZXJhdGlvbnM6IG51bWJlcjtcbiAgcmVxdWVzdHM6IG51bWJlciB8IG51bGw7XG4gIHNjZW5hcmlvczogRHJvcHBlZFJvd1tdO1xufVxuXG5jb25zdCBEUk9QUEVEX1NVQl9NRVRSSUMgPSAvXmRyb3BwZWRfaXRlcmF0aW9uc1xce3NjZW5hcmlvOihbXix9XSspXFx9JC87XG5cbi8qKlxuICogSXRlcmF0aW9ucyB0aGUgcnVuJ3Mgb3Blbi1tb2RlbCBzY2VuYXJpb3MgZGlkIG5vdCBzdGFydCBvbiB0aW1lIChrNidzIGRyb3BwZWRfaXRlcmF0aW9uczogbm8gVlVcbiAqIHdhcyBmcmVlIHdoZW4gb25lIHdhcyBkdWUpLCBwZXIgc2NlbmFyaW8sIGFuZCB0aGUgcmVxdWVzdHMgdGhleSB3b3VsZCBoYXZlIHNlbnQ7IG51bGwgd2hlbiB0aGVcbiAqIHJ1biBoYWQgbm8gb3Blbi1tb2RlbCBzY2VuYXJpby4gVGhlaXIgbGF0ZW5jeSBpcyBpbiBubyBwZXJjZW50aWxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZHJvcHBlZEl0ZXJhdGlvbnMoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHt9LFxuKTogRHJvcHBlZCB8IG51bGwge1xuICBjb25zdCBzY2VuYXJpb3M6IERyb3BwZWRSb3dbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtuYW1lLCBtZXRyaWNdIG9mIE9iamVjdC5lbnRyaWVzKGRhdGEubWV0cmljcyA/PyB7fSkpIHtcbiAgICBjb25zdCBzY2VuYXJpbyA9IERST1BQRURfU1VCX01FVFJJQy5leGVjKG5hbWUpPy5bMV07XG4gICAgaWYgKHNjZW5hcmlvID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWMudmFsdWVzPy5jb3VudCA/PyAwO1xuICAgIGNvbnN0IHBlckl0ZXJhdGlvbiA9IHJlcXVlc3RzUGVySXRlcmF0aW9uW3NjZW5hcmlvXTtcbiAgICBjb25zdCBsaW1pdCA9IE9iamVjdC5rZXlzKG1ldHJpYy50aHJlc2hvbGRzID8/IHt9KVxuICAgICAgLm1hcCgoZXhwcmVzc2lvbikgPT4gL15cXHMqY291bnRcXHMqPD1cXHMqKFxcZCspXFxzKiQvLmV4ZWMoZXhwcmVzc2lvbik/LlsxXSlcbiAgICAgIC5maW5kKChuKSA9PiBuICE9PSB1bmRlZmluZWQpO1xuICAgIHNjZW5hcmlvcy5wdXNoKHtcbiAgICAgIHNjZW5hcmlvLFxuICAgICAgaXRlcmF0aW9ucyxcbiAgICAgIHJlcXVlc3RzOiBwZXJJdGVyYXRpb24gPT09IHVuZGVmaW5lZCA/IG51bGwgOiBpdGVyYXRpb25zICogcGVySXRlcmF0aW9uLFxuICAgICAgYWxsb3dlZDogbGltaXQgPT09IHVuZGVmaW5lZCA/IG51bGwgOiBOdW1iZXIobGltaXQpLFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IHRvdGFsID0gbWV0cmljVmFsdWUoZGF0YSwgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBpZiAoc2NlbmFyaW9zLmxlbmd0aCA9PT0gMCAmJiB0b3RhbCA9PT0gbnVsbCkgcmV0dXJuIG51bGw7XG4gIHNjZW5hcmlvcy5zb3J0KChhLCBiKSA9PiBhLnNjZW5hcmlvLmxvY2FsZUNvbXBhcmUoYi5zY2VuYXJpbykpO1xuICBjb25zdCBpdGVyYXRpb25zID0gdG90YWwgPz8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5pdGVyYXRpb25zLCAwKTtcbiAgY29uc3Qga25vd24gPVxuICAgIHNjZW5hcmlvcy5yZWR1Y2UoKHN1bSwgcm93KSA9PiBzdW0gKyByb3cuaXRlcmF0aW9ucywgMCkgPT09IGl0ZXJhdGlvbnMgJiZcbiAgICBzY2VuYXJpb3MuZXZlcnkoKHJvdykgPT4gcm93LnJlcXVlc3RzICE9PSBudWxsKTtcbiAgcmV0dXJuIHsgaXRlcmF0aW9ucywgcmVxdWVzdHM6IGtub3duID8gc2NlbmFyaW9zLnJlZHVjZSgoc3VtLCByb3cpID0+IHN1bSArIHJvdy5yZXF1ZXN0cyEsIDApIDogbnVsbCwgc2NlbmFyaW9zIH07XG59XG5cbi8qKiBXaGF0IHRoZSBwZXJjZW50aWxlcyBsZWF2ZSBvdXQsIHNhaWQgYmVzaWRlIHRoZW06IFwicGVyY2VudGlsZXMgZXhjbHVkZSA0NSByZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lICgzNCBkcm9wcGVkIGl0ZXJhdGlvbnMpIC4uLlwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZDogRHJvcHBlZCB8IG51bGwpOiBzdHJpbmcgfCBudWxsIHtcbiAgaWYgKCFkcm9wcGVkKSByZXR1cm4gbnVsbDtcbiAgaWYgKGRyb3BwZWQuaXRlcmF0aW9ucyA9PT0gMClcbiAgICByZXR1cm4gJzAgcmVxdWVzdHMgbm90IHNlbnQgb24gdGltZSAoMCBkcm9wcGVkIGl0ZXJhdGlvbnMpOiB0aGUgcGVyY2VudGlsZXMgY292ZXIgZXZlcnkgc2NoZWR1bGVkIHJlcXVlc3QnO1xuICBjb25zdCB3aGF0ID1cbiAgICBkcm9wcGVkLnJlcXVlc3RzID09PSBudWxsXG4gICAgICA/IGB0aGUgcmVxdWVzdHMgb2YgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLml0ZXJhdGlvbnMsICdjb3VudCcpfSBpdGVyYXRpb25zYFxuICAgICAgOiBgJHtmb3JtYXRWYWx1ZShkcm9wcGVkLnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7ZHJvcHBlZC5yZXF1ZXN0cyA9PT0gMSA/ICcnIDogJ3MnfWA7XG4gIHJldHVybiBgcGVyY2VudGlsZXMgZXhjbHVkZSAke3doYXR9IG5vdCBzZW50IG9uIHRpbWUgKCR7Zm9ybWF0VmFsdWUoZHJvcHBlZC5pdGVyYXRpb25zLCAnY291bnQnKX0gZHJvcHBlZCBpdGVyYXRpb25zOiBubyBWVSB3YXMgZnJlZSB3aGVuIHRoZXkgd2VyZSBkdWUpLCB3aG9zZSBsYXRlbmN5IGs2IGNhbm5vdCBrbm93YDtcbn1cblxuLyoqIE9uZSBzY2VuYXJpbydzIGxpbmU6IFwiOSBpdGVyYXRpb25zIG5vdCBzZW50IG9uIHRpbWUgKDkgcmVxdWVzdHMpLCBhdCBtb3N0IDIgYWxsb3dlZFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRUZXh0KHJvdzogRHJvcHBlZFJvdyk6IHN0cmluZyB7XG4gIGNvbnN0IHJlcXVlc3RzID1cbiAgICByb3cucmVxdWVzdHMgPT09IG51bGwgPyAnJyA6IGAgKCR7Zm9ybWF0VmFsdWUocm93LnJlcXVlc3RzLCAnY291bnQnKX0gcmVxdWVzdCR7cm93LnJlcXVlc3RzID09PSAxID8gJycgOiAncyd9KWA7XG4gIGNvbnN0IGFsbG93ZWQgPSByb3cuYWxsb3dlZCA9PT0gbnVsbCA/ICcsIG5vdCBnYXRlZCcgOiBgLCBhdCBtb3N0ICR7Zm9ybWF0VmFsdWUocm93LmFsbG93ZWQsICdjb3VudCcpfSBhbGxvd2VkYDtcbiAgcmV0dXJuIGAke2Zvcm1hdFZhbHVlKHJvdy5pdGVyYXRpb25zLCAnY291bnQnKX0gaXRlcmF0aW9uJHtyb3cuaXRlcmF0aW9ucyA9PT0gMSA/ICcnIDogJ3MnfSBub3Qgc2VudCBvbiB0aW1lJHtyZXF1ZXN0c30ke2FsbG93ZWR9YDtcbn1cblxuLyoqIEEgbnVtYmVyIGZvciBwZW9wbGU6IG1zIHdpdGggc2Vuc2libGUgcHJlY2lzaW9uLCByYXRlcyBhcyBwZXJjZW50LCBsYXJnZSBjb3VudHMgZ3JvdXBlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRWYWx1ZSh2YWx1ZTogbnVtYmVyIHwgbnVsbCB8IHVuZGVmaW5lZCwgdW5pdDogVGhyZXNob2xkUm93Wyd1bml0J10pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSkgcmV0dXJuICduL2EnO1xuICBpZiAodW5pdCA9PT0gJ3BlcmNlbnQnKSByZXR1cm4gYCR7KHZhbHVlICogMTAwKS50b0ZpeGVkKDIpfSVgO1xuICBpZiAodW5pdCA9PT0gJ21zJykge1xuICAgIGlmIChNYXRoLmFicyh2YWx1ZSkgPj0gNjBfMDAwKSByZXR1cm4gYCR7KHZhbHVlIC8gMTAwMCkudG9GaXhlZCgxKX1zYDtcbiAgICBpZiAoTWF0aC5hYnModmFsdWUpID49IDEwMDApIHJldHVybiBgJHsodmFsdWUgLyAxMDAwKS50b0ZpeGVkKDIpfXNgO1xuICAgIHJldHVybiBgJHt2YWx1ZS50b0ZpeGVkKHZhbHVlIDwgMTAgPyAyIDogMSl9bXNgO1xuICB9XG4gIGlmICh1bml0ID09PSAnY291bnQnKVxuICAgIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlKVxuICAgICAgLnRvU3RyaW5nKClcbiAgICAgIC5yZXBsYWNlKC9cXEIoPz0oXFxkezN9KSsoPyFcXGQpKS9nLCAnLCcpO1xuICByZXR1cm4gTWF0aC5hYnModmFsdWUpID49IDFlNiA/IHZhbHVlLnRvRXhwb25lbnRpYWwoMykgOiBTdHJpbmcoTWF0aC5yb3VuZCh2YWx1ZSAqIDEwMDApIC8gMTAwMCk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtZXRyaWNWYWx1ZShkYXRhOiBTdW1tYXJ5RGF0YSwgbWV0cmljOiBzdHJpbmcsIHN0YXQ6IHN0cmluZyk6IG51bWJlciB8IG51bGwge1xuICBjb25zdCB2YWx1ZSA9IGRhdGEubWV0cmljcz8uW21ldHJpY10/LnZhbHVlcz8uW3N0YXRdO1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUodmFsdWUpID8gdmFsdWUgOiBudWxsO1xufVxuXG4vKiogUGxhaW4tbGFuZ3VhZ2UgbGluZSBhYm91dCBzZXJ2ZXIgcmVzb3VyY2VzOiBtZWFzdXJlZCwgb3Igd2h5IG5vdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvdXJjZXNMaW5lKGRhdGE6IFN1bW1hcnlEYXRhKTogc3RyaW5nIHtcbiAgY29uc3QgbWVtb3J5ID0gbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfbWInLCAnbWF4Jyk7XG4gIGNvbnN0IGNwdSA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfY3B1X3BlcmNlbnQnLCAncCg5NSknKTtcbiAgaWYgKG1lbW9yeSA9PT0gbnVsbCAmJiBjcHUgPT09IG51bGwpIHJldHVybiAnc2VydmVyIHJlc291cmNlczogbm90IG1lYXN1cmVkIChubyBzaWRlY2FyKSc7XG4gIGNvbnN0IG1pc3NpbmcgPSBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDA7XG4gIGNvbnN0IGdyb3d0aCA9IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluJywgJ21heCcpO1xuICByZXR1cm4gW1xuICAgIGBzZXJ2ZXIgcmVzb3VyY2VzIG92ZXIgdGhlIGxvYWQ6IG1lbW9yeSBwZWFrICR7Zm9ybWF0VmFsdWUobWVtb3J5LCAndmFsdWUnKX0gTUJgLFxuICAgIGBDUFUgcDk1ICR7Zm9ybWF0VmFsdWUoY3B1LCAndmFsdWUnKX0lIG9mIGF2YWlsYWJsZSBDUFVzYCxcbiAgICAuLi4oZ3Jvd3RoID09PSBudWxsID8gW10gOiBbYG1lbW9yeSBncm93dGggJHtmb3JtYXRWYWx1ZShncm93dGgsICd2YWx1ZScpfSBNQi9taW5gXSksXG4gICAgYHNhbXBsZXMgbWlzc2luZyAke21pc3Npbmd9YCxcbiAgXS5qb2luKCcsICcpO1xufVxuIiwgIi8vIEpVbml0IFhNTDogb25lIHRlc3QgY2FzZSBwZXIgdGhyZXNob2xkLCBmYWlsaW5nIG9uZXMgY2FycnkgdGhlIG9ic2VydmVkIHZhbHVlLCBzbyBhbnkgQ0kgc3lzdGVtXG4vLyBzaG93cyB3aGljaCBwZXJmb3JtYW5jZSB0YXJnZXQgd2FzIG1pc3NlZC5cbmltcG9ydCB7IGVzY2FwZVhtbCB9IGZyb20gJy4vZXNjYXBlLnRzJztcbmltcG9ydCB7IGZvcm1hdFZhbHVlLCB0eXBlIFN1bW1hcnlEYXRhLCB0aHJlc2hvbGRSb3dzIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuXG5leHBvcnQgZnVuY3Rpb24ganVuaXRSZXBvcnQoZGF0YTogU3VtbWFyeURhdGEsIG9wdGlvbnM6IHsgc2NlbmFyaW86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWx1cmVzID0gcm93cy5maWx0ZXIoKHIpID0+ICFyLm9rKS5sZW5ndGg7XG4gIGNvbnN0IHNlY29uZHMgPSAoKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMCkudG9GaXhlZCgzKTtcbiAgY29uc3Qgc3VpdGUgPSBlc2NhcGVYbWwoYGNvdXJzZS1wZXJmLiR7b3B0aW9ucy5zY2VuYXJpb31gKTtcbiAgY29uc3QgY2FzZXMgPSByb3dzLm1hcCgocikgPT4ge1xuICAgIGNvbnN0IG5hbWUgPSBlc2NhcGVYbWwoYCR7ci5tZXRyaWN9ICR7ci5leHByZXNzaW9ufWApO1xuICAgIGNvbnN0IG9ic2VydmVkID0gZXNjYXBlWG1sKGZvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCkpO1xuICAgIGNvbnN0IG9wZW4gPSBgICAgIDx0ZXN0Y2FzZSBjbGFzc25hbWU9XCIke3N1aXRlfVwiIG5hbWU9XCIke25hbWV9XCIgdGltZT1cIjBcIj5gO1xuICAgIGlmIChyLm9rKSByZXR1cm4gYCR7b3Blbn08c3lzdGVtLW91dD5vYnNlcnZlZCAke29ic2VydmVkfTwvc3lzdGVtLW91dD48L3Rlc3RjYXNlPmA7XG4gICAgcmV0dXJuIGAke29wZW59XFxuICAgICAgPGZhaWx1cmUgbWVzc2FnZT1cIiR7ZXNjYXBlWG1sKGAke3IubWV0cmljfSAke3IuZXhwcmVzc2lvbn0gZmFpbGVkOiBvYnNlcnZlZCAke2Zvcm1hdFZhbHVlKHIub2JzZXJ2ZWQsIHIudW5pdCl9YCl9XCIgdHlwZT1cInRocmVzaG9sZFwiPm9ic2VydmVkICR7b2JzZXJ2ZWR9PC9mYWlsdXJlPlxcbiAgICA8L3Rlc3RjYXNlPmA7XG4gIH0pO1xuICByZXR1cm4gW1xuICAgICc8P3htbCB2ZXJzaW9uPVwiMS4wXCIgZW5jb2Rpbmc9XCJVVEYtOFwiPz4nLFxuICAgIGA8dGVzdHN1aXRlcyBuYW1lPVwiY291cnNlLXBlcmZcIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiB0aW1lPVwiJHtzZWNvbmRzfVwiPmAsXG4gICAgYCAgPHRlc3RzdWl0ZSBuYW1lPVwiJHtzdWl0ZX1cIiB0ZXN0cz1cIiR7cm93cy5sZW5ndGh9XCIgZmFpbHVyZXM9XCIke2ZhaWx1cmVzfVwiIGVycm9ycz1cIjBcIiBza2lwcGVkPVwiMFwiIHRpbWU9XCIke3NlY29uZHN9XCI+YCxcbiAgICAuLi5jYXNlcyxcbiAgICAnICA8L3Rlc3RzdWl0ZT4nLFxuICAgICc8L3Rlc3RzdWl0ZXM+JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cbiIsICIvLyBNYXJrZG93biBmb3IgYSBwdWxsLXJlcXVlc3QgY29tbWVudCBvciAkR0lUSFVCX1NURVBfU1VNTUFSWTogZmFpbGVkIHRocmVzaG9sZHMgZmlyc3QsIGluIGFcbi8vIHRhYmxlIG9mIHRoZWlyIG93bjsgdGhlIHBhc3Npbmcgb25lcyBmb2xkZWQgaW4gPGRldGFpbHM+LCBzbyBhIDM4LXJvdyB0YWJsZSBuZXZlciBidXJpZXMgYSBmYWlsdXJlLlxuaW1wb3J0IHsgZXNjYXBlTWFya2Rvd25DZWxsLCBtYXJrZG93bkNvZGUgfSBmcm9tICcuL2VzY2FwZS50cyc7XG5pbXBvcnQge1xuICBkcm9wcGVkSXRlcmF0aW9ucyxcbiAgZW5kcG9pbnRSb3dzLFxuICBmb3JtYXRWYWx1ZSxcbiAgcGVyY2VudGlsZUNhdmVhdCxcbiAgcmVzb3VyY2VzTGluZSxcbiAgdHlwZSBTdW1tYXJ5RGF0YSxcbiAgdHlwZSBUaHJlc2hvbGRSb3csXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZnVuY3Rpb24gdGhyZXNob2xkVGFibGUocm93czogVGhyZXNob2xkUm93W10pOiBzdHJpbmdbXSB7XG4gIHJldHVybiBbXG4gICAgJ3wgfCB0aHJlc2hvbGQgfCBvYnNlcnZlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4ucm93cy5tYXAoXG4gICAgICAocikgPT5cbiAgICAgICAgYHwgJHtyLm9rID8gJ+KchScgOiAn4p2MJ30gfCAke21hcmtkb3duQ29kZShgJHtyLm1ldHJpY30gJHtyLmV4cHJlc3Npb259YCl9IHwgJHtmb3JtYXRWYWx1ZShyLm9ic2VydmVkLCByLnVuaXQpfSB8YCxcbiAgICApLFxuICBdO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbWFya2Rvd25SZXBvcnQoXG4gIGRhdGE6IFN1bW1hcnlEYXRhLFxuICBvcHRpb25zOiB7IHNjZW5hcmlvOiBzdHJpbmc7IHJlcXVlc3RzUGVySXRlcmF0aW9uPzogUmVjb3JkPHN0cmluZywgbnVtYmVyPiB9LFxuKTogc3RyaW5nIHtcbiAgY29uc3Qgcm93cyA9IHRocmVzaG9sZFJvd3MoZGF0YSk7XG4gIGNvbnN0IGZhaWxlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiAhci5vayk7XG4gIGNvbnN0IHBhc3NlZCA9IHJvd3MuZmlsdGVyKChyKSA9PiByLm9rKTtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMjIGNvdXJzZS1wZXJmICR7bWFya2Rvd25Db2RlKG9wdGlvbnMuc2NlbmFyaW8sIHsgaW5UYWJsZTogZmFsc2UgfSl9OiAke2ZhaWxlZC5sZW5ndGggPT09IDAgPyBg4pyFIGFsbCAke3Jvd3MubGVuZ3RofSB0aHJlc2hvbGRzIHBhc3NlZGAgOiBg4p2MICR7ZmFpbGVkLmxlbmd0aH0gb2YgJHtyb3dzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgfWAsXG4gICAgJycsXG4gIF07XG4gIGlmIChmYWlsZWQubGVuZ3RoID4gMCkgbGluZXMucHVzaCguLi50aHJlc2hvbGRUYWJsZShmYWlsZWQpLCAnJyk7XG4gIGlmIChwYXNzZWQubGVuZ3RoID4gMCkge1xuICAgIC8vIEdpdEh1YiByZW5kZXJzIE1hcmtkb3duIGluc2lkZSA8ZGV0YWlscz4gb25seSBhZnRlciBhIGJsYW5rIGxpbmUgZm9sbG93aW5nIDwvc3VtbWFyeT4uXG4gICAgbGluZXMucHVzaChcbiAgICAgICc8ZGV0YWlscz4nLFxuICAgICAgYDxzdW1tYXJ5PiR7cGFzc2VkLmxlbmd0aH0gcGFzc2VkIHRocmVzaG9sZCR7cGFzc2VkLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfTwvc3VtbWFyeT5gLFxuICAgICAgJycsXG4gICAgICAuLi50aHJlc2hvbGRUYWJsZShwYXNzZWQpLFxuICAgICAgJycsXG4gICAgICAnPC9kZXRhaWxzPicsXG4gICAgICAnJyxcbiAgICApO1xuICB9XG4gIGNvbnN0IGVuZHBvaW50cyA9IGVuZHBvaW50Um93cyhkYXRhKTtcbiAgaWYgKGVuZHBvaW50cy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnfCBlbmRwb2ludCB8IHJlcXVlc3RzIHwgcDUwIHwgcDk1IHwgcDk5IHwgbWF4IHwgZXJyb3JzIHwnLCAnfC0tLXwtLS06fC0tLTp8LS0tOnwtLS06fC0tLTp8LS0tOnwnKTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZW5kcG9pbnRzKSB7XG4gICAgICBsaW5lcy5wdXNoKFxuICAgICAgICBgfCAke2VzY2FwZU1hcmtkb3duQ2VsbChlLmVuZHBvaW50KX0gfCAke2UucmVxdWVzdHN9IHwgJHtmb3JtYXRWYWx1ZShlLnA1MCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5NSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLnA5OSwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLm1heCwgJ21zJyl9IHwgJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKX0gfGAsXG4gICAgICApO1xuICAgIH1cbiAgICBsaW5lcy5wdXNoKCcnKTtcbiAgfVxuICBjb25zdCBkcm9wcGVkID0gZHJvcHBlZEl0ZXJhdGlvbnMoZGF0YSwgb3B0aW9ucy5yZXF1ZXN0c1Blckl0ZXJhdGlvbik7XG4gIGNvbnN0IGNhdmVhdCA9IHBlcmNlbnRpbGVDYXZlYXQoZHJvcHBlZCk7XG4gIGlmIChjYXZlYXQpIGxpbmVzLnB1c2goYCR7ZHJvcHBlZCEuaXRlcmF0aW9ucyA+IDAgPyAn4pqg77iPICcgOiAnJ30ke2VzY2FwZU1hcmtkb3duQ2VsbChjYXZlYXQpfWAsICcnKTtcbiAgaWYgKGRyb3BwZWQgJiYgZHJvcHBlZC5zY2VuYXJpb3MubGVuZ3RoID4gMCkge1xuICAgIGxpbmVzLnB1c2goJ3wgc2NlbmFyaW8gKG9wZW4gbW9kZWwpIHwgaXRlcmF0aW9ucyBub3Qgc2VudCBvbiB0aW1lIHwgcmVxdWVzdHMgfCBhbGxvd2VkIHwnLCAnfC0tLXwtLS06fC0tLTp8LS0tOnwnKTtcbiAgICBmb3IgKGNvbnN0IHJvdyBvZiBkcm9wcGVkLnNjZW5hcmlvcykge1xuICAgICAgbGluZXMucHVzaChcbiAgICAgICAgYHwgJHtlc2NhcGVNYXJrZG93bkNlbGwocm93LnNjZW5hcmlvKX0gfCAke2Zvcm1hdFZhbHVlKHJvdy5pdGVyYXRpb25zLCAnY291bnQnKX0gfCAke3Jvdy5yZXF1ZXN0cyA9PT0gbnVsbCA/ICduL2EnIDogZm9ybWF0VmFsdWUocm93LnJlcXVlc3RzLCAnY291bnQnKX0gfCAke3Jvdy5hbGxvd2VkID09PSBudWxsID8gJ25vdCBnYXRlZCcgOiBmb3JtYXRWYWx1ZShyb3cuYWxsb3dlZCwgJ2NvdW50Jyl9IHxgLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGluZXMucHVzaCgnJyk7XG4gIH1cbiAgbGluZXMucHVzaChlc2NhcGVNYXJrZG93bkNlbGwocmVzb3VyY2VzTGluZShkYXRhKSksICcnKTtcbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8vIHJlc3VsdHMuanNvbjogb3VyIHN0YWJsZSwgdmVyc2lvbmVkIG1hY2hpbmUtcmVhZGFibGUgcmVzdWx0IChzY2hlbWFzL3Jlc3VsdHMuc2NoZW1hLmpzb24pLlxuLy8gQ29uc3VtZXJzIChjb21wYXJlLCBDSSkgcmVhZCB0aGlzIHJhdGhlciB0aGFuIGs2J3Mgc3VtbWFyeSwgd2hvc2Ugc2hhcGUgazYgbWF5IGNoYW5nZS5cbmltcG9ydCB7XG4gIHR5cGUgRHJvcHBlZCxcbiAgZHJvcHBlZEl0ZXJhdGlvbnMsXG4gIHR5cGUgRW5kcG9pbnRSb3csXG4gIGVuZHBvaW50Um93cyxcbiAgbWV0cmljVmFsdWUsXG4gIHR5cGUgU3VtbWFyeURhdGEsXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuZXhwb3J0IGNvbnN0IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04gPSAxO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJ1bk1ldGEge1xuICBzY2VuYXJpbzogc3RyaW5nO1xuICBwcm9maWxlOiBzdHJpbmcgfCBudWxsO1xuICB0YXJnZXQ6IHN0cmluZyB8IG51bGw7XG4gIGs2X3ZlcnNpb246IHN0cmluZyB8IG51bGw7XG4gIGdpdF9jb21taXQ6IHN0cmluZyB8IG51bGw7XG4gIHN0YXJ0ZWRfYXQ6IHN0cmluZyB8IG51bGw7XG4gIGZpbmlzaGVkX2F0OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgbG9hZCBzaGFwZSBhIHJ1biB3YXMgYXNrZWQgZm9yLCByZWNvcmRlZCBieSB0aGUgcnVubmVyIHNvIGNvbXBhcmUgY2FuIHJlZnVzZSB1bmxpa2UgcnVucy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZFNoYXBlIHtcbiAgY29uY3VycmVudF91c2VyczogbnVtYmVyO1xuICBkdXJhdGlvbl9zOiBudW1iZXI7XG4gIHJhbXBfdXBfczogbnVtYmVyO1xuICByYW1wX2Rvd25fczogbnVtYmVyO1xuICB1c2VyX3dlaWdodHM6IHN0cmluZztcbiAgdGhpbmtfdGltZV9zOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVzdWx0cyB7XG4gIHNjaGVtYV92ZXJzaW9uOiBudW1iZXI7XG4gIHJ1bjogUnVuTWV0YSAmIHsgZHVyYXRpb25fbXM6IG51bWJlciB8IG51bGw7IGxvYWQ/OiBMb2FkU2hhcGUgfTtcbiAgdmVyZGljdDogJ3Bhc3NlZCcgfCAnZmFpbGVkJztcbiAgdGhyZXNob2xkczogeyBtZXRyaWM6IHN0cmluZzsgZXhwcmVzc2lvbjogc3RyaW5nOyBvazogYm9vbGVhbjsgb2JzZXJ2ZWQ6IG51bWJlciB8IG51bGwgfVtdO1xuICBlbmRwb2ludHM6IEVuZHBvaW50Um93W107XG4gIC8qKiBPcGVuLW1vZGVsIHNjZW5hcmlvcycgaXRlcmF0aW9ucyBub3Qgc3RhcnRlZCBvbiB0aW1lIChrNiBkcm9wcGVkX2l0ZXJhdGlvbnMpLCB3aGljaCBubyBwZXJjZW50aWxlIGhvbGRzOyBudWxsIHdpdGhvdXQgb25lLiAqL1xuICBkcm9wcGVkOiBEcm9wcGVkIHwgbnVsbDtcbiAgLyoqIEV2ZXJ5IG1ldHJpYydzIGFnZ3JlZ2F0ZSB2YWx1ZXMgYXMgazYgY29tcHV0ZWQgdGhlbS4gKi9cbiAgbWV0cmljczogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgbnVtYmVyPj47XG4gIC8qKiBBZGRlZCBieSBucG0gcnVuIGNvbXBhcmUgLyBwZXJmIC0tYmFzZWxpbmU6IHRoZSB2ZXJkaWN0cyBhZ2FpbnN0IHRoZSBiYXNlbGluZSBydW4ocykuICovXG4gIGNvbXBhcmlzb24/OiB1bmtub3duO1xuICByZXNvdXJjZXM6IHtcbiAgICBtZW1vcnlfbWJfcGVhazogbnVtYmVyIHwgbnVsbDtcbiAgICBjcHVfcGVyY2VudF9wOTU6IG51bWJlciB8IG51bGw7XG4gICAgbWVtb3J5X2dyb3d0aF9tYl9wZXJfbWluOiBudW1iZXIgfCBudWxsO1xuICAgIHNhbXBsZXNfbWlzc2luZzogbnVtYmVyO1xuICB9IHwgbnVsbDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGJ1aWxkUmVzdWx0cyhcbiAgZGF0YTogU3VtbWFyeURhdGEsXG4gIG1ldGE6IFJ1bk1ldGEsXG4gIHJlcXVlc3RzUGVySXRlcmF0aW9uOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+ID0ge30sXG4pOiBSZXN1bHRzIHtcbiAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFJvd3MoZGF0YSkubWFwKCh7IG1ldHJpYywgZXhwcmVzc2lvbiwgb2ssIG9ic2VydmVkIH0pID0+ICh7XG4gICAgbWV0cmljLFxuICAgIGV4cHJlc3Npb24sXG4gICAgb2ssXG4gICAgb2JzZXJ2ZWQsXG4gIH0pKTtcbiAgY29uc3QgbWVhc3VyZWQgPSBkYXRhLm1ldHJpY3M/LnNlcnZlcl9tZW1vcnlfbWIgfHwgZGF0YS5tZXRyaWNzPy5zZXJ2ZXJfY3B1X3BlcmNlbnQ7XG4gIHJldHVybiB7XG4gICAgc2NoZW1hX3ZlcnNpb246IFJFU1VMVFNfU0NIRU1BX1ZFUlNJT04sXG4gICAgcnVuOiB7IC4uLm1ldGEsIGR1cmF0aW9uX21zOiBkYXRhLnN0YXRlPy50ZXN0UnVuRHVyYXRpb25NcyA/PyBudWxsIH0sXG4gICAgdmVyZGljdDogdGhyZXNob2xkcy5ldmVyeSgodCkgPT4gdC5vaykgPyAncGFzc2VkJyA6ICdmYWlsZWQnLFxuICAgIHRocmVzaG9sZHMsXG4gICAgZW5kcG9pbnRzOiBlbmRwb2ludFJvd3MoZGF0YSksXG4gICAgZHJvcHBlZDogZHJvcHBlZEl0ZXJhdGlvbnMoZGF0YSwgcmVxdWVzdHNQZXJJdGVyYXRpb24pLFxuICAgIG1ldHJpY3M6IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkYXRhLm1ldHJpY3MgPz8ge30pLm1hcCgoW25hbWUsIG1dKSA9PiBbbmFtZSwgbS52YWx1ZXMgPz8ge31dKSksXG4gICAgcmVzb3VyY2VzOiBtZWFzdXJlZFxuICAgICAgPyB7XG4gICAgICAgICAgbWVtb3J5X21iX3BlYWs6IG1ldHJpY1ZhbHVlKGRhdGEsICdzZXJ2ZXJfbWVtb3J5X21iJywgJ21heCcpLFxuICAgICAgICAgIGNwdV9wZXJjZW50X3A5NTogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9jcHVfcGVyY2VudCcsICdwKDk1KScpLFxuICAgICAgICAgIG1lbW9yeV9ncm93dGhfbWJfcGVyX21pbjogbWV0cmljVmFsdWUoZGF0YSwgJ3NlcnZlcl9tZW1vcnlfZ3Jvd3RoX21iX3Blcl9taW4nLCAnbWF4JyksXG4gICAgICAgICAgc2FtcGxlc19taXNzaW5nOiBtZXRyaWNWYWx1ZShkYXRhLCAnc2VydmVyX3NhbXBsZXNfbWlzc2luZycsICdjb3VudCcpID8/IDAsXG4gICAgICAgIH1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cbiIsICIvLyBUaGUgY29uY2lzZSBjb25zb2xlIHN1bW1hcnk6IHRocmVzaG9sZHMgZmlyc3QgKHZlcmRpY3QsIGV4cHJlc3Npb24sIG9ic2VydmVkIHZhbHVlKSwgdGhlblxuLy8gcGVyLWVuZHBvaW50IGxhdGVuY3ksIHRocm91Z2hwdXQsIGVycm9ycywgY2hlY2tzLCBjdXN0b20gbWV0cmljcyBhbmQgc2VydmVyIHJlc291cmNlcy5cbmltcG9ydCB7XG4gIGRyb3BwZWRJdGVyYXRpb25zLFxuICBkcm9wcGVkVGV4dCxcbiAgZW5kcG9pbnRSb3dzLFxuICBmb3JtYXRWYWx1ZSxcbiAgbWV0cmljVmFsdWUsXG4gIHBlcmNlbnRpbGVDYXZlYXQsXG4gIHJlc291cmNlc0xpbmUsXG4gIHR5cGUgU3VtbWFyeURhdGEsXG4gIHRocmVzaG9sZFJvd3MsXG59IGZyb20gJy4vc3VtbWFyeS1kYXRhLnRzJztcblxuLy8gazYncyBvd24gbWV0cmljcyAoc2hvd24gYWJvdmUgb3Igbm90IHdvcnRoIGEgbGluZSkgYW5kIHRoZSBzaWRlY2FyJ3MgKHRoZSByZXNvdXJjZXMgbGluZSk6XG4vLyB3aGF0ZXZlciBlbHNlIGEgcnVuIHJlcG9ydHMgaXMgb25lIG9mIHRoZSBzdWl0ZSdzIGN1c3RvbSBtZXRyaWNzLlxuY29uc3QgQlVJTFRfSU4gPSBuZXcgU2V0KFtcbiAgJ2h0dHBfcmVxcycsXG4gICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICdodHRwX3JlcV9ibG9ja2VkJyxcbiAgJ2h0dHBfcmVxX2Nvbm5lY3RpbmcnLFxuICAnaHR0cF9yZXFfdGxzX2hhbmRzaGFraW5nJyxcbiAgJ2h0dHBfcmVxX3NlbmRpbmcnLFxuICAnaHR0cF9yZXFfd2FpdGluZycsXG4gICdodHRwX3JlcV9yZWNlaXZpbmcnLFxuICAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgJ2l0ZXJhdGlvbnMnLFxuICAnaXRlcmF0aW9uX2R1cmF0aW9uJyxcbiAgJ2Ryb3BwZWRfaXRlcmF0aW9ucycsXG4gICd2dXMnLFxuICAndnVzX21heCcsXG4gICdkYXRhX3NlbnQnLFxuICAnZGF0YV9yZWNlaXZlZCcsXG4gICdjaGVja3MnLFxuICAnZ3JvdXBfZHVyYXRpb24nLFxuXSk7XG5jb25zdCBpc0N1c3RvbSA9IChuYW1lOiBzdHJpbmcpID0+XG4gICFuYW1lLmluY2x1ZGVzKCd7JykgJiYgIUJVSUxUX0lOLmhhcyhuYW1lKSAmJiAhL14oc2VydmVyX3x3c198Z3JwY198YnJvd3Nlcl8pLy50ZXN0KG5hbWUpO1xuXG5mdW5jdGlvbiBwYWludChjb2xvcjogYm9vbGVhbikge1xuICBjb25zdCB3cmFwID0gKGNvZGU6IG51bWJlcikgPT4gKHRleHQ6IHN0cmluZykgPT4gKGNvbG9yID8gYFxcdTAwMWJbJHtjb2RlfW0ke3RleHR9XFx1MDAxYlswbWAgOiB0ZXh0KTtcbiAgcmV0dXJuIHsgcmVkOiB3cmFwKDMxKSwgZ3JlZW46IHdyYXAoMzIpLCBib2xkOiB3cmFwKDEpLCBkaW06IHdyYXAoMikgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRleHRTdW1tYXJ5KFxuICBkYXRhOiBTdW1tYXJ5RGF0YSxcbiAgb3B0aW9uczogeyBzY2VuYXJpbzogc3RyaW5nOyBjb2xvcjogYm9vbGVhbjsgcmVxdWVzdHNQZXJJdGVyYXRpb24/OiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+IH0sXG4pOiBzdHJpbmcge1xuICBjb25zdCBjID0gcGFpbnQob3B0aW9ucy5jb2xvcik7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB0aHJlc2hvbGRzID0gdGhyZXNob2xkUm93cyhkYXRhKTtcbiAgY29uc3QgZmFpbGVkID0gdGhyZXNob2xkcy5maWx0ZXIoKHQpID0+ICF0Lm9rKS5sZW5ndGg7XG4gIGxpbmVzLnB1c2goXG4gICAgYy5ib2xkKFxuICAgICAgYGNvdXJzZS1wZXJmICR7b3B0aW9ucy5zY2VuYXJpb306ICR7dGhyZXNob2xkcy5sZW5ndGggPT09IDAgPyAnbm8gdGhyZXNob2xkcycgOiBmYWlsZWQgPT09IDAgPyBjLmdyZWVuKGBhbGwgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBwYXNzZWRgKSA6IGMucmVkKGAke2ZhaWxlZH0gb2YgJHt0aHJlc2hvbGRzLmxlbmd0aH0gdGhyZXNob2xkcyBmYWlsZWRgKX1gLFxuICAgICksXG4gICk7XG4gIGxpbmVzLnB1c2goJycsIGMuYm9sZCgndGhyZXNob2xkcycpKTtcbiAgZm9yIChjb25zdCB0IG9mIHRocmVzaG9sZHMpIHtcbiAgICBjb25zdCBtYXJrID0gdC5vayA/IGMuZ3JlZW4oJ+KckycpIDogYy5yZWQoJ+KclycpO1xuICAgIGxpbmVzLnB1c2goYCAgJHttYXJrfSAke3QubWV0cmljfSAke3QuZXhwcmVzc2lvbn0gICR7Yy5kaW0oJ29ic2VydmVkJyl9ICR7Zm9ybWF0VmFsdWUodC5vYnNlcnZlZCwgdC51bml0KX1gKTtcbiAgfVxuICBjb25zdCBlbmRwb2ludHMgPSBlbmRwb2ludFJvd3MoZGF0YSk7XG4gIGlmIChlbmRwb2ludHMubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IHdpZHRoID0gTWF0aC5tYXgoMTYsIC4uLmVuZHBvaW50cy5tYXAoKGUpID0+IGUuZW5kcG9pbnQubGVuZ3RoKSk7XG4gICAgbGluZXMucHVzaChcbiAgICAgICcnLFxuICAgICAgYy5ib2xkKFxuICAgICAgICBgJHsnZW5kcG9pbnRzJy5wYWRFbmQod2lkdGggKyAyKX0gJHsncmVxdWVzdHMnLnBhZFN0YXJ0KDgpfSAke1sncDUwJywgJ3A5NScsICdwOTknLCAnbWF4JywgJ2Vycm9ycyddLm1hcCgoaCkgPT4gaC5wYWRTdGFydCg4KSkuam9pbignICcpfWAsXG4gICAgICApLFxuICAgICk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVuZHBvaW50cykge1xuICAgICAgY29uc3QgY2VsbCA9ICh2OiBudW1iZXIgfCBudWxsKSA9PiBmb3JtYXRWYWx1ZSh2LCAnbXMnKS5wYWRTdGFydCg4KTtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGAgICR7ZS5lbmRwb2ludC5wYWRFbmQod2lkdGgpfSAke1N0cmluZyhlLnJlcXVlc3RzKS5wYWRTdGFydCg4KX0gJHtjZWxsKGUucDUwKX0gJHtjZWxsKGUucDk1KX0gJHtjZWxsKGUucDk5KX0gJHtjZWxsKGUubWF4KX0gJHtmb3JtYXRWYWx1ZShlLmVycm9yUmF0ZSwgJ3BlcmNlbnQnKS5wYWRTdGFydCg4KX1gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbiAgY29uc3QgZHJvcHBlZCA9IGRyb3BwZWRJdGVyYXRpb25zKGRhdGEsIG9wdGlvbnMucmVxdWVzdHNQZXJJdGVyYXRpb24pO1xuICBjb25zdCBjYXZlYXQgPSBwZXJjZW50aWxlQ2F2ZWF0KGRyb3BwZWQpO1xuICBpZiAoY2F2ZWF0KSBsaW5lcy5wdXNoKGAgICR7ZHJvcHBlZCEuaXRlcmF0aW9ucyA+IDAgPyBjLnJlZChjYXZlYXQpIDogY2F2ZWF0fWApO1xuICBpZiAoZHJvcHBlZCAmJiBkcm9wcGVkLnNjZW5hcmlvcy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnJywgYy5ib2xkKCdyZXF1ZXN0cyBub3Qgc2VudCBvbiB0aW1lIChvcGVuIG1vZGVsOiBrNiBkcm9wcGVkX2l0ZXJhdGlvbnMgcGVyIHNjZW5hcmlvKScpKTtcbiAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDE2LCAuLi5kcm9wcGVkLnNjZW5hcmlvcy5tYXAoKHJvdykgPT4gcm93LnNjZW5hcmlvLmxlbmd0aCkpO1xuICAgIGZvciAoY29uc3Qgcm93IG9mIGRyb3BwZWQuc2NlbmFyaW9zKSBsaW5lcy5wdXNoKGAgICR7cm93LnNjZW5hcmlvLnBhZEVuZCh3aWR0aCl9ICR7ZHJvcHBlZFRleHQocm93KX1gKTtcbiAgfVxuICBjb25zdCBzZWNvbmRzID0gKGRhdGEuc3RhdGU/LnRlc3RSdW5EdXJhdGlvbk1zID8/IDApIC8gMTAwMDtcbiAgY29uc3QgcmVxdWVzdHMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFzJywgJ2NvdW50Jyk7XG4gIGNvbnN0IGl0ZXJhdGlvbnMgPSBtZXRyaWNWYWx1ZShkYXRhLCAnaXRlcmF0aW9ucycsICdjb3VudCcpO1xuICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ3Rocm91Z2hwdXQnKSk7XG4gIGxpbmVzLnB1c2goXG4gICAgYCAgJHtmb3JtYXRWYWx1ZShyZXF1ZXN0cyA/PyAwLCAnY291bnQnKX0gcmVxdWVzdHMgKCR7c2Vjb25kcyA+IDAgJiYgcmVxdWVzdHMgIT09IG51bGwgPyAocmVxdWVzdHMgLyBzZWNvbmRzKS50b0ZpeGVkKDEpIDogJ24vYSd9L3MpLCAke2Zvcm1hdFZhbHVlKGl0ZXJhdGlvbnMgPz8gMCwgJ2NvdW50Jyl9IGl0ZXJhdGlvbnMgaW4gJHtzZWNvbmRzLnRvRml4ZWQoMSl9IHNgLFxuICApO1xuICBsaW5lcy5wdXNoKGAgIGVycm9yczogJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnaHR0cF9yZXFfZmFpbGVkJywgJ3JhdGUnKSwgJ3BlcmNlbnQnKX0gb2YgcmVxdWVzdHMgZmFpbGVkYCk7XG4gIGNvbnN0IGNoZWNrcyA9IG1ldHJpY1ZhbHVlKGRhdGEsICdjaGVja3MnLCAncmF0ZScpO1xuICBsaW5lcy5wdXNoKFxuICAgIGAgIGNoZWNrczogJHtmb3JtYXRWYWx1ZShjaGVja3MsICdwZXJjZW50Jyl9IHBhc3NlZCAoJHtmb3JtYXRWYWx1ZShtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ3Bhc3NlcycpLCAnY291bnQnKX0gb2YgJHtmb3JtYXRWYWx1ZSgobWV0cmljVmFsdWUoZGF0YSwgJ2NoZWNrcycsICdwYXNzZXMnKSA/PyAwKSArIChtZXRyaWNWYWx1ZShkYXRhLCAnY2hlY2tzJywgJ2ZhaWxzJykgPz8gMCksICdjb3VudCcpfSlgLFxuICApO1xuICBjb25zdCBjdXN0b20gPSBPYmplY3Qua2V5cyhkYXRhLm1ldHJpY3MgPz8ge30pXG4gICAgLmZpbHRlcihpc0N1c3RvbSlcbiAgICAuc29ydCgpO1xuICBpZiAoY3VzdG9tLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCcnLCBjLmJvbGQoJ2N1c3RvbSBtZXRyaWNzJykpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBjdXN0b20pIHtcbiAgICAgIGNvbnN0IG0gPSBkYXRhLm1ldHJpY3NbbmFtZV0hO1xuICAgICAgY29uc3QgdiA9IG0udmFsdWVzO1xuICAgICAgY29uc3QgdW5pdCA9IG0uY29udGFpbnMgPT09ICd0aW1lJyA/ICdtcycgOiAndmFsdWUnO1xuICAgICAgY29uc3QgdGV4dCA9XG4gICAgICAgIG0udHlwZSA9PT0gJ3RyZW5kJ1xuICAgICAgICAgID8gYGF2ZyAke2Zvcm1hdFZhbHVlKHYuYXZnLCB1bml0KX0sIHA5NSAke2Zvcm1hdFZhbHVlKHZbJ3AoOTUpJ10sIHVuaXQpfSwgbWF4ICR7Zm9ybWF0VmFsdWUodi5tYXgsIHVuaXQpfWBcbiAgICAgICAgICA6IG0udHlwZSA9PT0gJ3JhdGUnXG4gICAgICAgICAgICA/IGZvcm1hdFZhbHVlKHYucmF0ZSwgJ3BlcmNlbnQnKVxuICAgICAgICAgICAgOiBmb3JtYXRWYWx1ZSh2LmNvdW50ID8/IHYudmFsdWUsICdjb3VudCcpO1xuICAgICAgbGluZXMucHVzaChgICAke25hbWUucGFkRW5kKE1hdGgubWF4KDMwLCAuLi5jdXN0b20ubWFwKChuKSA9PiBuLmxlbmd0aCkpKX0gJHt0ZXh0fWApO1xuICAgIH1cbiAgfVxuICBsaW5lcy5wdXNoKCcnLCBgICAke3Jlc291cmNlc0xpbmUoZGF0YSl9YCwgJycpO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iLCAiLy8gVGhlIGs2IGhhbmRsZVN1bW1hcnkgZXZlcnkgZW50cnkgZXhwb3J0czogdGhlIGNvbmNpc2UgdGV4dCBvbiBzdGRvdXQgYW5kLCB3aGVuIFJFUE9SVFNfRElSIGlzXG4vLyBzZXQgKHRoZSBydW5uZXIgY3JlYXRlcyB0aGF0IGZvbGRlciksIHN1bW1hcnkuanNvbiwgcmVzdWx0cy5qc29uLCBqdW5pdC54bWwgYW5kIHN1bW1hcnkubWQgaW4gaXQuXG5pbXBvcnQgeyBqdW5pdFJlcG9ydCB9IGZyb20gJy4vanVuaXQudHMnO1xuaW1wb3J0IHsgbWFya2Rvd25SZXBvcnQgfSBmcm9tICcuL21hcmtkb3duLnRzJztcbmltcG9ydCB7IGJ1aWxkUmVzdWx0cyB9IGZyb20gJy4vcmVzdWx0cy50cyc7XG5pbXBvcnQgdHlwZSB7IFN1bW1hcnlEYXRhIH0gZnJvbSAnLi9zdW1tYXJ5LWRhdGEudHMnO1xuaW1wb3J0IHsgdGV4dFN1bW1hcnkgfSBmcm9tICcuL3RleHQudHMnO1xuXG5jb25zdCBvck51bGwgPSAodmFsdWU6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4gKHZhbHVlID8gdmFsdWUgOiBudWxsKTtcblxuZXhwb3J0IGludGVyZmFjZSBTdW1tYXJ5TWV0YSB7XG4gIHNjZW5hcmlvOiBzdHJpbmc7XG4gIHByb2ZpbGU/OiBzdHJpbmc7XG4gIC8qKiBSZXF1ZXN0cyBvbmUgaXRlcmF0aW9uIG9mIGVhY2ggb3Blbi1tb2RlbCBzY2VuYXJpbyBzZW5kcywgc28gZHJvcHBlZCBpdGVyYXRpb25zIGNhbiBiZSB0b2xkIGFzIHJlcXVlc3RzLiAqL1xuICByZXF1ZXN0c1Blckl0ZXJhdGlvbj86IFJlY29yZDxzdHJpbmcsIG51bWJlcj47XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtYWtlSGFuZGxlU3VtbWFyeShtZXRhOiBTdW1tYXJ5TWV0YSkge1xuICByZXR1cm4gZnVuY3Rpb24gaGFuZGxlU3VtbWFyeShkYXRhOiBTdW1tYXJ5RGF0YSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgICAgIHN0ZG91dDogdGV4dFN1bW1hcnkoZGF0YSwge1xuICAgICAgICBzY2VuYXJpbzogbWV0YS5zY2VuYXJpbyxcbiAgICAgICAgY29sb3I6IGRhdGEuc3RhdGU/LmlzU3RkT3V0VFRZID09PSB0cnVlLFxuICAgICAgICByZXF1ZXN0c1Blckl0ZXJhdGlvbjogbWV0YS5yZXF1ZXN0c1Blckl0ZXJhdGlvbixcbiAgICAgIH0pLFxuICAgIH07XG4gICAgY29uc3QgZGlyID0gX19FTlYuUkVQT1JUU19ESVI7XG4gICAgaWYgKGRpcikge1xuICAgICAgY29uc3QgcmVzdWx0cyA9IGJ1aWxkUmVzdWx0cyhcbiAgICAgICAgZGF0YSxcbiAgICAgICAge1xuICAgICAgICAgIHNjZW5hcmlvOiBtZXRhLnNjZW5hcmlvLFxuICAgICAgICAgIHByb2ZpbGU6IG9yTnVsbChfX0VOVi5SVU5fUFJPRklMRSkgPz8gbWV0YS5wcm9maWxlID8/IG51bGwsXG4gICAgICAgICAgdGFyZ2V0OiBvck51bGwoX19FTlYuUlVOX1RBUkdFVCkgPz8gb3JOdWxsKF9fRU5WLkJBU0VfVVJMKSxcbiAgICAgICAgICBrNl92ZXJzaW9uOiBvck51bGwoX19FTlYuUlVOX0s2X1ZFUlNJT04pLFxuICAgICAgICAgIGdpdF9jb21taXQ6IG9yTnVsbChfX0VOVi5SVU5fR0lUX0NPTU1JVCksXG4gICAgICAgICAgc3RhcnRlZF9hdDogb3JOdWxsKF9fRU5WLlJVTl9TVEFSVEVEX0FUKSxcbiAgICAgICAgICBmaW5pc2hlZF9hdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgICB9LFxuICAgICAgICBtZXRhLnJlcXVlc3RzUGVySXRlcmF0aW9uLFxuICAgICAgKTtcbiAgICAgIC8vIGs2IHB1dHMgc2V0dXAoKSdzIHJldHVybiB2YWx1ZSBpbiB0aGUgc3VtbWFyeTogaXQgaG9sZHMgdGhlIHVzZXJzJyBiZWFyZXIgdG9rZW5zLCB3aGljaCBubyByZXBvcnQgbWF5IGNvbnRhaW4uXG4gICAgICBjb25zdCB7IHNldHVwX2RhdGE6IF9zZWNyZXRzLCAuLi5zaGFyZWFibGUgfSA9IGRhdGEgYXMgU3VtbWFyeURhdGEgJiB7IHNldHVwX2RhdGE/OiB1bmtub3duIH07XG4gICAgICBvdXRbYCR7ZGlyfS9zdW1tYXJ5Lmpzb25gXSA9IEpTT04uc3RyaW5naWZ5KHNoYXJlYWJsZSwgbnVsbCwgMSk7XG4gICAgICBvdXRbYCR7ZGlyfS9yZXN1bHRzLmpzb25gXSA9IGAke0pTT04uc3RyaW5naWZ5KHJlc3VsdHMsIG51bGwsIDIpfVxcbmA7XG4gICAgICBvdXRbYCR7ZGlyfS9qdW5pdC54bWxgXSA9IGp1bml0UmVwb3J0KGRhdGEsIG1ldGEpO1xuICAgICAgb3V0W2Ake2Rpcn0vc3VtbWFyeS5tZGBdID0gbWFya2Rvd25SZXBvcnQoZGF0YSwgbWV0YSk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLy8gQ3VzdG9tIG1ldHJpY3MgZm9yIHdoYXQgazYncyBidWlsdC1pbnMgY2Fubm90IHNheS4gQ3JlYXRlZCBvbmNlIGF0IGluaXQgKGs2IHJlcXVpcmVzIGl0KS5cbmltcG9ydCB7IENvdW50ZXIsIFJhdGUsIFRyZW5kIH0gZnJvbSAnazYvbWV0cmljcyc7XG5cbi8qKiBPbmUgY2hhcHRlcidzIGdlbmVyYXRpb24gdGltZSBmcm9tIHRoZSBqb2IncyBvd24gc3RhcnRlZF9hdC9maW5pc2hlZF9hdCAoc2VydmVyIHZpZXcpLiAqL1xuZXhwb3J0IGNvbnN0IGNoYXB0ZXJHZW5lcmF0aW9uTXMgPSBuZXcgVHJlbmQoJ2NoYXB0ZXJfZ2VuZXJhdGlvbl9tcycsIHRydWUpO1xuLyoqIFdob2xlIGNvdXJzZSBnZW5lcmF0aW9uLCBqb2IgY3JlYXRlZCAtPiBmaW5pc2hlZCwgZnJvbSB0aGUgam9iJ3Mgb3duIHRpbWVzdGFtcHMuICovXG5leHBvcnQgY29uc3QgY291cnNlR2VuZXJhdGlvbk1zID0gbmV3IFRyZW5kKCdjb3Vyc2VfZ2VuZXJhdGlvbl9tcycsIHRydWUpO1xuLyoqIFdob2xlIGNvdXJzZSBnZW5lcmF0aW9uIGFzIHRoZSBwb2xsaW5nIHVzZXIgc2F3IGl0OiByZXF1ZXN0IGFjY2VwdGVkIC0+IGNvbXBsZXRlZCBzZWVuLiAqL1xuZXhwb3J0IGNvbnN0IGNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zID0gbmV3IFRyZW5kKCdjb3Vyc2VfZ2VuZXJhdGlvbl9vYnNlcnZlZF9tcycsIHRydWUpO1xuLyoqIEdlbmVyYXRpb24gam9icyB0aGF0IGZhaWxlZCBvciBkaWQgbm90IGZpbmlzaCB3aXRoaW4gR0VORVJBVElPTl9USU1FT1VULiAqL1xuZXhwb3J0IGNvbnN0IGdlbmVyYXRpb25GYWlsZWQgPSBuZXcgUmF0ZSgnZ2VuZXJhdGlvbl9mYWlsZWQnKTtcbi8qKiBDb3Vyc2VzIHRoZSBwbGF0Zm9ybSBhY2tub3dsZWRnZWQgY3JlYXRpbmcgKDIwMSkuICovXG5leHBvcnQgY29uc3QgY291cnNlc0NyZWF0ZWQgPSBuZXcgQ291bnRlcignY291cnNlc19jcmVhdGVkJyk7XG4vKiogV2hvbGUgd29ya2Zsb3cgaXRlcmF0aW9ucyB0aGF0IGNvbXBsZXRlZCBldmVyeSBzdGVwLCB0YWdnZWQgYnkgd29ya2Zsb3cuICovXG5leHBvcnQgY29uc3Qgd29ya2Zsb3dTdWNjZXNzID0gbmV3IFJhdGUoJ3dvcmtmbG93X3N1Y2Nlc3MnKTtcbi8qKiBXb3JrZmxvdyBpdGVyYXRpb25zIHRoYXQgdGhyZXcgKGEgc2NyaXB0IGJ1ZyBvciBhIGJvZHkgc2hhcGUgbm9ib2R5IGV4cGVjdGVkKS4gKi9cbmV4cG9ydCBjb25zdCB3b3JrZmxvd0Vycm9ycyA9IG5ldyBDb3VudGVyKCd3b3JrZmxvd19lcnJvcnMnKTtcbiIsICIvLyBSdW5zIG9uZSB3b3JrZmxvdyBpdGVyYXRpb24gYW5kIHJlY29yZHMgaXRzIG91dGNvbWUuIEEgd29ya2Zsb3cgdGhhdCB0aHJvd3MgKGEgc2NyaXB0IGJ1ZywgYVxuLy8gYm9keSBzaGFwZSBub2JvZHkgZXhwZWN0ZWQpIGlzIGEgZmFpbGVkIGl0ZXJhdGlvbiB0aGF0IGNvdW50cyBhZ2FpbnN0IHRoZSB0aHJlc2hvbGRzIGluc3RlYWRcbi8vIG9mIGFuIGV4Y2VwdGlvbiBrNiBvbmx5IGxvZ3MuXG5pbXBvcnQgeyB3b3JrZmxvd0Vycm9ycywgd29ya2Zsb3dTdWNjZXNzIH0gZnJvbSAnLi4vbWV0cmljcy9tZXRyaWNzLnRzJztcbmltcG9ydCB0eXBlIHsgQ29udGV4dCwgV29ya2Zsb3cgfSBmcm9tICcuL3dvcmtmbG93cy50cyc7XG5cbmNvbnN0IE1BWF9MT0dHRURfRVJST1JTID0gNTtcbmxldCBsb2dnZWRFcnJvcnMgPSAwO1xuXG5jb25zdCB0YWdzQnlOYW1lOiBSZWNvcmQ8c3RyaW5nLCB7IHdvcmtmbG93OiBzdHJpbmcgfT4gPSB7fTtcblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bldvcmtmbG93KG5hbWU6IHN0cmluZywgd29ya2Zsb3c6IFdvcmtmbG93LCBjdHg6IENvbnRleHQpOiB2b2lkIHtcbiAgbGV0IHRhZ3MgPSB0YWdzQnlOYW1lW25hbWVdO1xuICBpZiAodGFncyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgdGFncyA9IHsgd29ya2Zsb3c6IG5hbWUgfTsgLy8gbWFkZSBvbmNlIHBlciB3b3JrZmxvdywgbm90IHBlciBpdGVyYXRpb25cbiAgICB0YWdzQnlOYW1lW25hbWVdID0gdGFncztcbiAgfVxuICB0cnkge1xuICAgIHdvcmtmbG93U3VjY2Vzcy5hZGQod29ya2Zsb3coY3R4KSwgdGFncyk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgd29ya2Zsb3dTdWNjZXNzLmFkZChmYWxzZSwgdGFncyk7XG4gICAgd29ya2Zsb3dFcnJvcnMuYWRkKDEsIHRhZ3MpO1xuICAgIGlmIChsb2dnZWRFcnJvcnMrKyA8IE1BWF9MT0dHRURfRVJST1JTKSB7XG4gICAgICBjb25zb2xlLmVycm9yKFxuICAgICAgICBgd29ya2Zsb3cgXCIke25hbWV9XCIgdGhyZXc6ICR7ZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IChlcnJvci5zdGFjayA/PyBlcnJvci5tZXNzYWdlKSA6IFN0cmluZyhlcnJvcil9YCxcbiAgICAgICk7XG4gICAgfVxuICB9XG59XG4iLCAiLy8gV2hhdCBlYWNoIGtpbmQgb2YgdXNlciBkb2VzIGluIG9uZSBpdGVyYXRpb24uIFNjZW5hcmlvcyBvbmx5IGNob29zZSB3aG8gcnVucyBhbmQgaG93IG9mdGVuO1xuLy8gbm8gc2NlbmFyaW8gcmUtaW1wbGVtZW50cyB0aGVzZS4gRXZlcnkgd29ya2Zsb3cgcmV0dXJucyB3aGV0aGVyIGFsbCBvZiBpdHMgc3RlcHMgc3VjY2VlZGVkLlxuaW1wb3J0IHsgZ3JvdXAgfSBmcm9tICdrNic7XG5pbXBvcnQgZXhlYyBmcm9tICdrNi9leGVjdXRpb24nO1xuaW1wb3J0IHR5cGUgeyBDb25maWcgfSBmcm9tICcuLi9jb25maWcvY29uZmlnLnRzJztcbmltcG9ydCB0eXBlIHsgQXBpQ2xpZW50LCBFeHBvcnRGb3JtYXQsIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgY291cnNlc0NyZWF0ZWQgfSBmcm9tICcuLi9tZXRyaWNzL21ldHJpY3MudHMnO1xuaW1wb3J0IHsgaXNMZWZ0b3ZlciB9IGZyb20gJy4uL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMnO1xuaW1wb3J0IHR5cGUgeyBSb2xlIH0gZnJvbSAnLi4vdXNlcnMvcG9vbC1zcGVjLnRzJztcbmltcG9ydCB7IG93bkNvdXJzZXMsIHVzZXJDbGllbnQgfSBmcm9tICcuLi91c2Vycy9zZXNzaW9uLnRzJztcbmltcG9ydCB0eXBlIHsgUnVuRGF0YSB9IGZyb20gJy4uL3VzZXJzL3NldHVwLnRzJztcbmltcG9ydCB7IGdlbmVyYXRlQW5kV2FpdCB9IGZyb20gJy4vZ2VuZXJhdGlvbi50cyc7XG5pbXBvcnQgeyBwaWNrT25lLCBwaWNrV2VpZ2h0ZWQsIHRoaW5rIH0gZnJvbSAnLi9wYWNpbmcudHMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIENvbnRleHQge1xuICBjb25maWc6IENvbmZpZztcbiAgZGF0YTogUnVuRGF0YTtcbn1cblxuZXhwb3J0IHR5cGUgV29ya2Zsb3cgPSAoY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzczogbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudCAobGliL3VzZXJzL3Nlc3Npb24udHMpLiAqL1xuZnVuY3Rpb24gY2xpZW50Rm9yKGN0eDogQ29udGV4dCwgcm9sZTogUm9sZSk6IEFwaUNsaWVudCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB1c2VyQ2xpZW50KGN0eC5jb25maWcsIGN0eC5kYXRhLCByb2xlKTtcbn1cblxuLyoqIEEgdGl0bGUgdW5pcXVlIHRvIHRoaXMgcnVuLCBWVSBhbmQgaXRlcmF0aW9uLCBzbyBjb25jdXJyZW50IHVzZXJzIG5ldmVyIGNvbGxpZGUuICovXG5leHBvcnQgZnVuY3Rpb24gdW5pcXVlVGl0bGUoa2luZDogc3RyaW5nLCBjdHg6IENvbnRleHQpOiBzdHJpbmcge1xuICByZXR1cm4gYHBlcmYtJHtraW5kfSAke2N0eC5kYXRhLnJ1bklkfSB2dSR7ZXhlYy52dS5pZEluVGVzdH0gaXQke2V4ZWMudnUuaXRlcmF0aW9uSW5TY2VuYXJpb31gO1xufVxuXG5jb25zdCBFWFBPUlRfRk9STUFUUzogcmVhZG9ubHkgRXhwb3J0Rm9ybWF0W10gPSBbJ2pzb24nLCAnbWFya2Rvd24nLCAnaHRtbCddO1xuXG4vKiogUmVhZHMgYSBjb3Vyc2UgYW5kIG9uZSBvZiBpdHMgZ2VuZXJhdGVkIGNoYXB0ZXJzLiAqL1xuZnVuY3Rpb24gcmVhZENvdXJzZShjbGllbnQ6IEFwaUNsaWVudCwgaWQ6IElkKTogYm9vbGVhbiB7XG4gIGNvbnN0IGNvdXJzZSA9IGNsaWVudC5nZXRDb3Vyc2UoaWQpO1xuICBpZiAoIWNvdXJzZS5ib2R5KSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGdlbmVyYXRlZCA9IChjb3Vyc2UuYm9keS5jaGFwdGVycyA/PyBbXSkuZmlsdGVyKChjKSA9PiBjLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcpO1xuICBjb25zdCBjaGFwdGVyID0gcGlja09uZShnZW5lcmF0ZWQpO1xuICByZXR1cm4gY2hhcHRlciA9PT0gdW5kZWZpbmVkIHx8IGNsaWVudC5nZXRDaGFwdGVyKGlkLCBjaGFwdGVyLmluZGV4KS5vaztcbn1cblxudHlwZSBSZWd1bGFyVGFzayA9IChjbGllbnQ6IEFwaUNsaWVudCwgY3R4OiBDb250ZXh0KSA9PiBib29sZWFuO1xuXG5jb25zdCByZWd1bGFyVGFza3M6IHsgd2VpZ2h0OiBudW1iZXI7IHRhc2s6IFJlZ3VsYXJUYXNrIH1bXSA9IFtcbiAgeyB3ZWlnaHQ6IDUsIHRhc2s6IChjbGllbnQpID0+IGNsaWVudC5saXN0Q291cnNlcyh7IGxpbWl0OiAyMCwgb2Zmc2V0OiBNYXRoLmZsb29yKE1hdGgucmFuZG9tKCkgKiAzKSAqIDIwIH0pLm9rIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDQsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICAvLyBPbmx5IHRoZSB1c2VyJ3Mgb3duIGNvdXJzZXMsIHNwcmVhZCBvdmVyIHRoZWlyIHdob2xlIGRhdGFzZXQ6IHBlci11c2VyIGlzb2xhdGlvbiBpcyBwYXJ0IG9mIHdoYXQgaXMgbWVhc3VyZWQuXG4gICAgICBjb25zdCBpZCA9IHBpY2tPbmUob3duQ291cnNlcyhjdHguY29uZmlnLCBjdHguZGF0YSwgJ3JlZ3VsYXInKSk7XG4gICAgICByZXR1cm4gaWQgPT09IHVuZGVmaW5lZCB8fCByZWFkQ291cnNlKGNsaWVudCwgaWQpO1xuICAgIH0sXG4gIH0sXG4gIHtcbiAgICB3ZWlnaHQ6IDEsXG4gICAgdGFzazogKGNsaWVudCwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgnc2NyYXRjaCcsIGN0eCksXG4gICAgICAgIHRvcGljOiAnYWxnZWJyYScsXG4gICAgICAgIGxldmVsOiAnYmVnaW5uZXInLFxuICAgICAgICBjaGFwdGVyX2NvdW50OiAyLFxuICAgICAgfSk7XG4gICAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgICAgY291cnNlc0NyZWF0ZWQuYWRkKDEpO1xuICAgICAgY29uc3QgcmVhZEJhY2sgPSBjbGllbnQuZ2V0Q291cnNlKGNyZWF0ZWQuYm9keS5pZCkub2s7XG4gICAgICByZXR1cm4gcmVhZEJhY2sgJiYgY2xpZW50LmRlbGV0ZUNvdXJzZShjcmVhdGVkLmJvZHkuaWQpLm9rO1xuICAgIH0sXG4gIH0sXG5dO1xuXG4vKiogQnJvd3NlcyB0aGUgY291cnNlIGxpc3QsIG9wZW5zIGNvdXJzZXMgYW5kIHJlYWRzIGNoYXB0ZXJzOyBub3cgYW5kIHRoZW4gY3JlYXRlcyBvbmUuICovXG5leHBvcnQgY29uc3QgcmVndWxhclVzZXI6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ3JlZ3VsYXIgdXNlcicsICgpID0+IHtcbiAgICBjb25zdCBjbGllbnQgPSBjbGllbnRGb3IoY3R4LCAncmVndWxhcicpO1xuICAgIGlmICghY2xpZW50KSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDIwIH0pLm9rO1xuICAgIHRoaW5rKGN0eC5jb25maWcudGhpbmtUaW1lUyk7XG4gICAgZm9yIChsZXQgc3RlcCA9IDA7IHN0ZXAgPCAzOyBzdGVwKyspIHtcbiAgICAgIG9rID0gcGlja1dlaWdodGVkKHJlZ3VsYXJUYXNrcykoY2xpZW50LCBjdHgpICYmIG9rO1xuICAgICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICB9XG4gICAgcmV0dXJuIG9rO1xuICB9KTtcblxuLyoqIENyZWF0ZXMgYSBjb3Vyc2UsIGdlbmVyYXRlcyBpdCwgZm9sbG93cyB0aGUgam9iLCByZWFkcyBhbmQgZXhwb3J0cyB0aGUgcmVzdWx0LCB0aGVuIGRlbGV0ZXMgaXQuICovXG5leHBvcnQgY29uc3QgcG93ZXJVc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdwb3dlciB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgY2xpZW50ID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgaWYgKCFjbGllbnQpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCBjcmVhdGVkID0gY2xpZW50LmNyZWF0ZUNvdXJzZSh7XG4gICAgICB0aXRsZTogdW5pcXVlVGl0bGUoJ3Bvd2VyJywgY3R4KSxcbiAgICAgIHRvcGljOiAnZGlzdHJpYnV0ZWQgc3lzdGVtcycsXG4gICAgICBsZXZlbDogJ2FkdmFuY2VkJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IGNvbmZpZy5jaGFwdGVyc1BlckNvdXJzZSxcbiAgICB9KTtcbiAgICBpZiAoIWNyZWF0ZWQuYm9keSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvdXJzZXNDcmVhdGVkLmFkZCgxKTtcbiAgICBjb25zdCBpZCA9IGNyZWF0ZWQuYm9keS5pZDtcbiAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgbGV0IG9rID0gY2xpZW50LnVwZGF0ZUNvdXJzZShpZCwgeyB0b3BpYzogJ2Rpc3RyaWJ1dGVkIHN5c3RlbXMsIHJldmlzZWQnIH0pLm9rO1xuICAgIGNvbnN0IGdlbmVyYXRpb24gPSBnZW5lcmF0ZUFuZFdhaXQoY2xpZW50LCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMsICgpID0+XG4gICAgICBjbGllbnRGb3IoY3R4LCAncG93ZXInKSxcbiAgICApO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgLy8gVGhlIHNlc3Npb24gbWF5IGhhdmUgbG9nZ2VkIGluIGFnYWluIHdoaWxlIHdhaXRpbmc6IGdvIG9uIHdpdGggaXRzIGN1cnJlbnQgY2xpZW50LlxuICAgIGNvbnN0IGFmdGVyID0gY2xpZW50Rm9yKGN0eCwgJ3Bvd2VyJyk7XG4gICAgaWYgKCFhZnRlcikgcmV0dXJuIGZhbHNlO1xuICAgIGlmIChnZW5lcmF0aW9uLmNvbXBsZXRlZCkge1xuICAgICAgb2sgPSByZWFkQ291cnNlKGFmdGVyLCBpZCkgJiYgb2s7XG4gICAgICB0aGluayhjb25maWcudGhpbmtUaW1lUyk7XG4gICAgICBvayA9IGFmdGVyLmV4cG9ydENvdXJzZShpZCwgcGlja09uZShFWFBPUlRfRk9STUFUUykgPz8gJ2pzb24nKS5vayAmJiBvaztcbiAgICB9XG4gICAgdGhpbmsoY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIHJldHVybiBhZnRlci5kZWxldGVDb3Vyc2UoaWQpLm9rICYmIG9rO1xuICB9KTtcblxuLyoqIFdhdGNoZXMgdGhlIHN5c3RlbTogc3RhdHMsIHRoZSBqb2IgbGlzdCwgdGhlIHVzZXIgbGlzdCwgYW5kIHJlbW92ZXMgY291cnNlcyBlYXJsaWVyIHJ1bnMgbGVmdCBiZWhpbmQuICovXG5leHBvcnQgY29uc3QgYWRtaW5Vc2VyOiBXb3JrZmxvdyA9IChjdHgpID0+XG4gIGdyb3VwKCdhZG1pbiB1c2VyJywgKCkgPT4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGNsaWVudEZvcihjdHgsICdhZG1pbicpO1xuICAgIGlmICghY2xpZW50KSByZXR1cm4gZmFsc2U7XG4gICAgbGV0IG9rID0gY2xpZW50LmFkbWluU3RhdHMoKS5vaztcbiAgICB0aGluayhjdHguY29uZmlnLnRoaW5rVGltZVMpO1xuICAgIG9rID0gY2xpZW50LmFkbWluSm9icygyMCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICBvayA9IGNsaWVudC5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgdGhpbmsoY3R4LmNvbmZpZy50aGlua1RpbWVTKTtcbiAgICAvLyBMZWZ0b3ZlcnMgb2YgaW50ZXJydXB0ZWQgcnVuczogdGl0bGVzIG9mIG90aGVyIHJ1bnMgb25seSwgbmV2ZXIgdGhpcyBydW4ncyBsaXZlIGNvdXJzZXMuXG4gICAgY29uc3QgbGVmdG92ZXJzID0gY2xpZW50Lmxpc3RDb3Vyc2VzKHsgcTogJ3BlcmYtJywgbGltaXQ6IDIwIH0pLmJvZHk/Lml0ZW1zID8/IFtdO1xuICAgIGZvciAoY29uc3QgY291cnNlIG9mIGxlZnRvdmVycy5maWx0ZXIoKGMpID0+IGlzTGVmdG92ZXIoYy50aXRsZSwgY3R4LmRhdGEucnVuSWQsIGZhbHNlKSkuc2xpY2UoMCwgNSkpIHtcbiAgICAgIG9rID0gY2xpZW50LmRlbGV0ZUNvdXJzZShjb3Vyc2UuaWQpLm9rICYmIG9rO1xuICAgIH1cbiAgICByZXR1cm4gb2s7XG4gIH0pO1xuXG4vKiogRXZlcnkgZW5kcG9pbnQgYXQgbGVhc3Qgb25jZTogdGhlIHNtb2tlIGNoZWNrLiAqL1xuZXhwb3J0IGNvbnN0IGV2ZXJ5RW5kcG9pbnQ6IFdvcmtmbG93ID0gKGN0eCkgPT5cbiAgZ3JvdXAoJ2V2ZXJ5IGVuZHBvaW50JywgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29uZmlnIH0gPSBjdHg7XG4gICAgY29uc3QgdXNlciA9IGNsaWVudEZvcihjdHgsICdwb3dlcicpO1xuICAgIGNvbnN0IGFkbWluID0gY2xpZW50Rm9yKGN0eCwgJ2FkbWluJyk7XG4gICAgaWYgKCF1c2VyIHx8ICFhZG1pbikgcmV0dXJuIGZhbHNlO1xuICAgIGxldCBvayA9IHVzZXIuaGVhbHRoKCkub2s7XG4gICAgb2sgPSB1c2VyLmxpc3RDb3Vyc2VzKHsgbGltaXQ6IDUgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgY3JlYXRlZCA9IHVzZXIuY3JlYXRlQ291cnNlKHtcbiAgICAgIHRpdGxlOiB1bmlxdWVUaXRsZSgnc21va2UnLCBjdHgpLFxuICAgICAgdG9waWM6ICdzbW9rZSB0ZXN0aW5nJyxcbiAgICAgIGxldmVsOiAnaW50ZXJtZWRpYXRlJyxcbiAgICAgIGNoYXB0ZXJfY291bnQ6IDIsXG4gICAgfSk7XG4gICAgaWYgKCFjcmVhdGVkLmJvZHkpIHJldHVybiBmYWxzZTtcbiAgICBjb3Vyc2VzQ3JlYXRlZC5hZGQoMSk7XG4gICAgY29uc3QgaWQgPSBjcmVhdGVkLmJvZHkuaWQ7XG4gICAgb2sgPSB1c2VyLmdldENvdXJzZShpZCkub2sgJiYgb2s7XG4gICAgb2sgPSB1c2VyLnVwZGF0ZUNvdXJzZShpZCwgeyB0aXRsZTogYCR7Y3JlYXRlZC5ib2R5LnRpdGxlfSAoZWRpdGVkKWAgfSkub2sgJiYgb2s7XG4gICAgY29uc3QgZ2VuZXJhdGlvbiA9IGdlbmVyYXRlQW5kV2FpdCh1c2VyLCBpZCwgY29uZmlnLnBvbGxJbnRlcnZhbFMsIGNvbmZpZy5nZW5lcmF0aW9uVGltZW91dFMpO1xuICAgIG9rID0gZ2VuZXJhdGlvbi5jb21wbGV0ZWQgJiYgb2s7XG4gICAgaWYgKGdlbmVyYXRpb24uY29tcGxldGVkKSB7XG4gICAgICBvayA9IHVzZXIuZ2V0Q2hhcHRlcihpZCwgZ2VuZXJhdGlvbi5qb2I/LmNoYXB0ZXJzWzBdPy5pbmRleCA/PyAwKS5vayAmJiBvaztcbiAgICAgIGZvciAoY29uc3QgZm9ybWF0IG9mIEVYUE9SVF9GT1JNQVRTKSBvayA9IHVzZXIuZXhwb3J0Q291cnNlKGlkLCBmb3JtYXQpLm9rICYmIG9rO1xuICAgIH1cbiAgICBvayA9IGFkbWluLmFkbWluU3RhdHMoKS5vayAmJiBvaztcbiAgICBvayA9IGFkbWluLmFkbWluSm9icygxMCkub2sgJiYgb2s7XG4gICAgb2sgPSBhZG1pbi5hZG1pblVzZXJzKCkub2sgJiYgb2s7XG4gICAgcmV0dXJuIHVzZXIuZGVsZXRlQ291cnNlKGlkKS5vayAmJiBvaztcbiAgfSk7XG4iLCAiLy8gRWFjaCBWVSBpcyBpdHMgb3duIHVzZXI6IGl0IGxvZ3MgaW4gYXMgaXRzIGFjY291bnQgb2YgYSBjbGFzcyBvbiBmaXJzdCB1c2UgKHRpbWVkIHVuZGVyIGxvYWQgYXNcbi8vIGVuZHBvaW50OmxvZ2luLCBzbyBhIGxvZ2luIHN0b3JtIGF0IHJhbXAtdXAgaXMgbWVhc3VyZWQpLCBrZWVwcyB0aGUgdG9rZW4sIGFuZCBsb2dzIGluIGFnYWluXG4vLyB3aGVuIHRoZSBwbGF0Zm9ybSBhbnN3ZXJlZCA0MDEgb3IgdGhlIHRva2VuIGlzIGFib3V0IHRvIGV4cGlyZSAoY291bnRlZCBpbiBgcmVsb2dpbnNgKS5cbi8vIENoZWNrZWQgb25jZSBwZXIgd29ya2Zsb3cgc3RlcCwgbmV2ZXIgcGVyIHJlcXVlc3QuXG5pbXBvcnQgeyBDb3VudGVyIH0gZnJvbSAnazYvbWV0cmljcyc7XG5pbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJy4uL2NvbmZpZy9jb25maWcudHMnO1xuaW1wb3J0IHsgQXBpQ2xpZW50LCB0eXBlIElkIH0gZnJvbSAnLi4vaHR0cC9hcGkudHMnO1xuaW1wb3J0IHsgREFUQVNFVF9USVRMRSB9IGZyb20gJy4vZGF0YXNldC1uYW1lcy50cyc7XG5pbXBvcnQgeyBhY2NvdW50T2ZWdSwgcG9vbCB9IGZyb20gJy4vcG9vbC50cyc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuL3Bvb2wtc3BlYy50cyc7XG5pbXBvcnQgeyB0eXBlIFJ1bkRhdGEsIHNlY3JldFBhc3N3b3JkcyB9IGZyb20gJy4vc2V0dXAudHMnO1xuXG4vKiogTG9naW5zIGFmdGVyIGEgVlUncyBmaXJzdDogaXRzIHRva2VuIGV4cGlyZWQgb3IgdGhlIHBsYXRmb3JtIGFuc3dlcmVkIDQwMS4gKi9cbmV4cG9ydCBjb25zdCByZWxvZ2lucyA9IG5ldyBDb3VudGVyKCdyZWxvZ2lucycpO1xuXG5pbnRlcmZhY2UgU2Vzc2lvbiB7XG4gIGNsaWVudDogQXBpQ2xpZW50O1xuICAvKiogV2hlbiB0byBsb2cgaW4gYWdhaW4gYmVmb3JlIHRoZSB0b2tlbiBleHBpcmVzLCBtcyBzaW5jZSB0aGUgZXBvY2guICovXG4gIHJlbmV3QXQ6IG51bWJlcjtcbiAgLyoqIFRoZSBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMsIHJlYWQgb24gZmlyc3QgbmVlZC4gKi9cbiAgY291cnNlczogSWRbXSB8IHVuZGVmaW5lZDtcbn1cblxuY29uc3Qgc2Vzc2lvbnM6IFBhcnRpYWw8UmVjb3JkPFJvbGUsIFNlc3Npb24+PiA9IHt9O1xuLyoqIENsYXNzIHBhc3N3b3JkcyBmcm9tIGs2J3Mgc2VjcmV0IHNvdXJjZXMsIHJlYWQgb25jZSBwZXIgVlUgKGs2IHJlYWRzIHNlY3JldHMgYXN5bmNocm9ub3VzbHkgb25seSkuICovXG5sZXQgc2VjcmV0OiBQYXJ0aWFsPFJlY29yZDxSb2xlLCBzdHJpbmc+PiB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSBjbGFzcyBwYXNzd29yZCBhIFZVIGxvZ3MgaW4gd2l0aDogdGhlIHNlY3JldCBzb3VyY2UncywgZWxzZSB0aGUgZW52aXJvbm1lbnQncy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbGFzc1Bhc3N3b3JkKGNvbmZpZzogQ29uZmlnLCByb2xlOiBSb2xlKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNlY3JldD8uW3JvbGVdID8/IGNvbmZpZy51c2Vyc1tyb2xlXS5wYXNzd29yZDtcbn1cblxuLyoqXG4gKiBXcmFwcyBhIFZVJ3MgaXRlcmF0aW9uIHNvIGl0cyBmaXJzdCBvbmUgcmVhZHMgdGhlIHNlY3JldCBzb3VyY2VzIGJlZm9yZSBsb2dnaW5nIGluICh0aGUgb25seVxuICogYXN5bmNocm9ub3VzIHN0ZXA7IGxhdGVyIGl0ZXJhdGlvbnMgcnVuIGFzIHRoZXkgYXJlKS4gUGFzc3dvcmRzIG5ldmVyIHRyYXZlbCBpbiBzZXR1cCdzIGRhdGEuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRoU2VjcmV0czxBIGV4dGVuZHMgdW5rbm93bltdPihcbiAgaXRlcmF0aW9uOiAoLi4uYXJnczogQSkgPT4gdm9pZCxcbik6ICguLi5hcmdzOiBBKSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPiB7XG4gIHJldHVybiAoLi4uYXJncykgPT4ge1xuICAgIGlmIChzZWNyZXQpIHJldHVybiBpdGVyYXRpb24oLi4uYXJncyk7XG4gICAgcmV0dXJuIHNlY3JldFBhc3N3b3JkcygpLnRoZW4oKGZvdW5kKSA9PiB7XG4gICAgICBzZWNyZXQgPSBmb3VuZDtcbiAgICAgIGl0ZXJhdGlvbiguLi5hcmdzKTtcbiAgICB9KTtcbiAgfTtcbn1cbmxldCBhbm9ueW1vdXM6IEFwaUNsaWVudCB8IHVuZGVmaW5lZDtcblxuLyoqIFJlbmV3IHRoaXMgbG9uZyBiZWZvcmUgZXhwaXJ5OiBhIHRlbnRoIG9mIHRoZSB0b2tlbidzIGxpZmUsIGF0IG1vc3QgMzAgcy4gKi9cbmNvbnN0IHJlbmV3TWFyZ2luUyA9ICh0dGxTOiBudW1iZXIpID0+IE1hdGgubWluKDMwLCB0dGxTIC8gMTApO1xuXG5mdW5jdGlvbiBsb2dpbihjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IFNlc3Npb24gfCB1bmRlZmluZWQge1xuICBjb25zdCBhY2NvdW50ID0gYWNjb3VudE9mVnUocG9vbCwgcm9sZSwgY2xhc3NQYXNzd29yZChjb25maWcsIHJvbGUpKTtcbiAgaWYgKCFhY2NvdW50KSByZXR1cm4gdW5kZWZpbmVkO1xuICBhbm9ueW1vdXMgPz89IG5ldyBBcGlDbGllbnQoY29uZmlnLmJhc2VVcmwsIGNvbmZpZy5hcGlUaW1lb3V0Uyk7XG4gIGNvbnN0IGFuc3dlciA9IGFub255bW91cy5sb2dpbihhY2NvdW50LmVtYWlsLCBhY2NvdW50LnBhc3N3b3JkKS5ib2R5O1xuICBpZiAoIWFuc3dlcikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdHRsUyA9IHR5cGVvZiBhbnN3ZXIuZXhwaXJlc19pbiA9PT0gJ251bWJlcicgJiYgYW5zd2VyLmV4cGlyZXNfaW4gPiAwID8gYW5zd2VyLmV4cGlyZXNfaW4gOiAzNjAwO1xuICByZXR1cm4ge1xuICAgIGNsaWVudDogbmV3IEFwaUNsaWVudChjb25maWcuYmFzZVVybCwgY29uZmlnLmFwaVRpbWVvdXRTLCBhbnN3ZXIuYWNjZXNzX3Rva2VuKSxcbiAgICByZW5ld0F0OiBEYXRlLm5vdygpICsgKHR0bFMgLSByZW5ld01hcmdpblModHRsUykpICogMTAwMCxcbiAgICBjb3Vyc2VzOiB1bmRlZmluZWQsXG4gIH07XG59XG5cbmZ1bmN0aW9uIHNlc3Npb24oY29uZmlnOiBDb25maWcsIGRhdGE6IFJ1bkRhdGEsIHJvbGU6IFJvbGUpOiBTZXNzaW9uIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgY3VycmVudCA9IHNlc3Npb25zW3JvbGVdO1xuICBpZiAoY3VycmVudCAmJiAhY3VycmVudC5jbGllbnQudW5hdXRob3JpemVkICYmIERhdGUubm93KCkgPCBjdXJyZW50LnJlbmV3QXQpIHJldHVybiBjdXJyZW50O1xuICBpZiAoY3VycmVudCkgcmVsb2dpbnMuYWRkKDEsIHsgcm9sZSB9KTtcbiAgY29uc3QgbmV4dCA9IGxvZ2luKGNvbmZpZywgZGF0YSwgcm9sZSk7XG4gIC8vIEEgZmFpbGVkIGxvZ2luIGxlYXZlcyBubyBzZXNzaW9uOiB0aGUgc3RlcCBmYWlscywgYW5kIHRoZSBuZXh0IG9uZSB0cmllcyBhZ2Fpbi5cbiAgaWYgKG5leHQgJiYgY3VycmVudCkgbmV4dC5jb3Vyc2VzID0gY3VycmVudC5jb3Vyc2VzO1xuICBzZXNzaW9uc1tyb2xlXSA9IG5leHQ7XG4gIHJldHVybiBuZXh0O1xufVxuXG4vKiogVGhpcyBWVSdzIGNsaWVudCBmb3IgYSBjbGFzcywgbG9nZ2VkIGluIGFzIGl0cyBvd24gYWNjb3VudDsgdW5kZWZpbmVkIHdoZW4gdGhlIGxvZ2luIGZhaWxlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1c2VyQ2xpZW50KGNvbmZpZzogQ29uZmlnLCBkYXRhOiBSdW5EYXRhLCByb2xlOiBSb2xlKTogQXBpQ2xpZW50IHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHNlc3Npb24oY29uZmlnLCBkYXRhLCByb2xlKT8uY2xpZW50O1xufVxuXG4vKiogSWRzIG9mIHRoaXMgVlUncyBhY2NvdW50J3Mga2VwdCBkYXRhc2V0IGNvdXJzZXMgKGEgbGlzdCByZXF1ZXN0IG9uIGZpcnN0IG5lZWQpLCBmb3IgcmVhZHMuICovXG5leHBvcnQgZnVuY3Rpb24gb3duQ291cnNlcyhjb25maWc6IENvbmZpZywgZGF0YTogUnVuRGF0YSwgcm9sZTogUm9sZSk6IElkW10ge1xuICBjb25zdCBjdXJyZW50ID0gc2Vzc2lvbihjb25maWcsIGRhdGEsIHJvbGUpO1xuICBpZiAoIWN1cnJlbnQpIHJldHVybiBbXTtcbiAgaWYgKCFjdXJyZW50LmNvdXJzZXMpIHtcbiAgICBjb25zdCBsaXN0ID0gY3VycmVudC5jbGllbnQubGlzdENvdXJzZXMoeyBxOiBEQVRBU0VUX1RJVExFLCBsaW1pdDogMTAwIH0pLmJvZHk7XG4gICAgaWYgKCFsaXN0KSByZXR1cm4gW107XG4gICAgY3VycmVudC5jb3Vyc2VzID0gbGlzdC5pdGVtcy5tYXAoKGNvdXJzZSkgPT4gY291cnNlLmlkKTtcbiAgfVxuICByZXR1cm4gY3VycmVudC5jb3Vyc2VzO1xufVxuIiwgIi8vIFN0YXJ0aW5nIGEgY291cnNlJ3MgZ2VuZXJhdGlvbiBhbmQgZm9sbG93aW5nIGl0cyBqb2IgdG8gdGhlIGVuZCwgcmVjb3JkaW5nIGhvdyBsb25nIGl0IHRvb2tcbi8vIGZyb20gdGhlIGpvYidzIG93biB0aW1lc3RhbXBzICh0aGUgc2VydmVyJ3MgdmlldykgYW5kIGZyb20gdGhlIHBvbGxlcidzICh0aGUgdXNlcidzIHZpZXcpLlxuaW1wb3J0IHsgc2xlZXAgfSBmcm9tICdrNic7XG5pbXBvcnQgdHlwZSB7IEFwaUNsaWVudCwgSWQsIEpvYiB9IGZyb20gJy4uL2h0dHAvYXBpLnRzJztcbmltcG9ydCB7XG4gIGNoYXB0ZXJHZW5lcmF0aW9uTXMsXG4gIGNvdXJzZUdlbmVyYXRpb25NcyxcbiAgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMsXG4gIGdlbmVyYXRpb25GYWlsZWQsXG59IGZyb20gJy4uL21ldHJpY3MvbWV0cmljcy50cyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb21wbGV0ZWQ6IGJvb2xlYW47XG4gIGpvYjogSm9iIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBtaWxsaXNCZXR3ZWVuKGZyb206IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQsIHRvOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCFmcm9tIHx8ICF0bykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbXMgPSBEYXRlLnBhcnNlKHRvKSAtIERhdGUucGFyc2UoZnJvbSk7XG4gIHJldHVybiBOdW1iZXIuaXNGaW5pdGUobXMpICYmIG1zID49IDAgPyBtcyA6IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcmVjb3JkSm9iVGltZXMoam9iOiBKb2IpOiB2b2lkIHtcbiAgZm9yIChjb25zdCBjaGFwdGVyIG9mIGpvYi5jaGFwdGVycykge1xuICAgIGNvbnN0IG1zID0gY2hhcHRlci5kdXJhdGlvbl9tcyA/PyBtaWxsaXNCZXR3ZWVuKGNoYXB0ZXIuc3RhcnRlZF9hdCwgY2hhcHRlci5maW5pc2hlZF9hdCk7XG4gICAgaWYgKHR5cGVvZiBtcyA9PT0gJ251bWJlcicgJiYgY2hhcHRlci5zdGF0dXMgPT09ICdjb21wbGV0ZWQnKSBjaGFwdGVyR2VuZXJhdGlvbk1zLmFkZChtcyk7XG4gIH1cbiAgY29uc3QgdG90YWwgPSBtaWxsaXNCZXR3ZWVuKGpvYi5jcmVhdGVkX2F0LCBqb2IuZmluaXNoZWRfYXQpO1xuICBpZiAodG90YWwgIT09IHVuZGVmaW5lZCkgY291cnNlR2VuZXJhdGlvbk1zLmFkZCh0b3RhbCk7XG59XG5cbi8qKlxuICogU3RhcnRzIGdlbmVyYXRpb24gYW5kIHBvbGxzIHRoZSBqb2IgdW50aWwgaXQgY29tcGxldGVzLCBmYWlscywgb3IgYHRpbWVvdXRTYCBwYXNzZXMuIGBjdXJyZW50YFxuICogZ2l2ZXMgdGhlIGNsaWVudCBmb3IgZWFjaCBwb2xsLCBzbyBhIHVzZXIgd2hvc2UgdG9rZW4gZXhwaXJlcyB3aGlsZSB3YWl0aW5nIGxvZ3MgaW4gYWdhaW47IGl0XG4gKiBzdG9wcyB3YWl0aW5nIHdoZW4gdGhlcmUgaXMgbm9uZSAodGhlIGxvZ2luIGZhaWxlZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0ZUFuZFdhaXQoXG4gIGNsaWVudDogQXBpQ2xpZW50LFxuICBjb3Vyc2VJZDogSWQsXG4gIHBvbGxJbnRlcnZhbFM6IG51bWJlcixcbiAgdGltZW91dFM6IG51bWJlcixcbiAgY3VycmVudDogKCkgPT4gQXBpQ2xpZW50IHwgdW5kZWZpbmVkID0gKCkgPT4gY2xpZW50LFxuKTogR2VuZXJhdGlvbk91dGNvbWUge1xuICBjb25zdCBhY2NlcHRlZCA9IGNsaWVudC5nZW5lcmF0ZShjb3Vyc2VJZCk7XG4gIGlmICghYWNjZXB0ZWQuYm9keSkge1xuICAgIGdlbmVyYXRpb25GYWlsZWQuYWRkKHRydWUpO1xuICAgIHJldHVybiB7IGNvbXBsZXRlZDogZmFsc2UsIGpvYjogdW5kZWZpbmVkIH07XG4gIH1cbiAgY29uc3Qgc3RhcnRlZCA9IERhdGUubm93KCk7XG4gIGNvbnN0IGRlYWRsaW5lID0gc3RhcnRlZCArIHRpbWVvdXRTICogMTAwMDtcbiAgbGV0IGpvYjogSm9iIHwgdW5kZWZpbmVkO1xuICB3aGlsZSAoRGF0ZS5ub3coKSA8IGRlYWRsaW5lKSB7XG4gICAgc2xlZXAocG9sbEludGVydmFsUyk7XG4gICAgY29uc3QgcG9sbGVyID0gY3VycmVudCgpO1xuICAgIGlmICghcG9sbGVyKSBicmVhaztcbiAgICBjb25zdCBwb2xsZWQgPSBwb2xsZXIuZ2V0Sm9iKGFjY2VwdGVkLmJvZHkuam9iX2lkKTtcbiAgICBpZiAoIXBvbGxlZC5ib2R5KSBjb250aW51ZTtcbiAgICBqb2IgPSBwb2xsZWQuYm9keTtcbiAgICBpZiAoam9iLnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcgfHwgam9iLnN0YXR1cyA9PT0gJ2ZhaWxlZCcpIGJyZWFrO1xuICB9XG4gIGNvbnN0IGNvbXBsZXRlZCA9IGpvYj8uc3RhdHVzID09PSAnY29tcGxldGVkJztcbiAgZ2VuZXJhdGlvbkZhaWxlZC5hZGQoIWNvbXBsZXRlZCk7XG4gIGlmIChjb21wbGV0ZWQgJiYgam9iKSB7XG4gICAgY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMuYWRkKERhdGUubm93KCkgLSBzdGFydGVkKTtcbiAgICByZWNvcmRKb2JUaW1lcyhqb2IpO1xuICB9XG4gIHJldHVybiB7IGNvbXBsZXRlZCwgam9iIH07XG59XG4iLCAiLy8gSG93IHNpbXVsYXRlZCB1c2VycyBwYWNlIHRoZW1zZWx2ZXMgYW5kIGNob29zZSB3aGF0IHRvIGRvIG5leHQuXG5pbXBvcnQgeyBzbGVlcCB9IGZyb20gJ2s2JztcblxubGV0IGhvbGRQb2ludDogKCgpID0+IHZvaWQpIHwgdW5kZWZpbmVkO1xuXG4vKiogU29tZXRoaW5nIGV2ZXJ5IHRoaW5rIHBvaW50IHJ1bnMgYWZ0ZXIgaXRzIHNsZWVwICh0aGUgaW50ZXJhY3RpdmUgZW50cnkgaG9sZHMgcGF1c2VkIHVzZXJzIHRoZXJlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZXRIb2xkUG9pbnQoaG9sZDogKCkgPT4gdm9pZCk6IHZvaWQge1xuICBob2xkUG9pbnQgPSBob2xkO1xufVxuXG4vKiogU2xlZXBzIGEgdW5pZm9ybWx5IGRyYXduIHRoaW5rIHRpbWUgaW4gW21pbiwgbWF4XSBzZWNvbmRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRoaW5rKHJhbmdlOiB7IG1pbjogbnVtYmVyOyBtYXg6IG51bWJlciB9KTogdm9pZCB7XG4gIGNvbnN0IHNlY29uZHMgPSByYW5nZS5taW4gKyBNYXRoLnJhbmRvbSgpICogKHJhbmdlLm1heCAtIHJhbmdlLm1pbik7XG4gIGlmIChzZWNvbmRzID4gMCkgc2xlZXAoc2Vjb25kcyk7XG4gIGhvbGRQb2ludD8uKCk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2VpZ2h0ZWRUYXNrPFQ+IHtcbiAgd2VpZ2h0OiBudW1iZXI7XG4gIHRhc2s6IFQ7XG59XG5cbi8qKiBQaWNrcyBvbmUgdGFzayB3aXRoIHByb2JhYmlsaXR5IHByb3BvcnRpb25hbCB0byBpdHMgd2VpZ2h0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tXZWlnaHRlZDxUPih0YXNrczogcmVhZG9ubHkgV2VpZ2h0ZWRUYXNrPFQ+W10sIHJhbmRvbTogbnVtYmVyID0gTWF0aC5yYW5kb20oKSk6IFQge1xuICBjb25zdCB0b3RhbCA9IHRhc2tzLnJlZHVjZSgoc3VtLCB0KSA9PiBzdW0gKyB0LndlaWdodCwgMCk7XG4gIGxldCBwb2ludCA9IHJhbmRvbSAqIHRvdGFsO1xuICBmb3IgKGNvbnN0IHQgb2YgdGFza3MpIHtcbiAgICBwb2ludCAtPSB0LndlaWdodDtcbiAgICBpZiAocG9pbnQgPCAwKSByZXR1cm4gdC50YXNrO1xuICB9XG4gIHJldHVybiB0YXNrc1t0YXNrcy5sZW5ndGggLSAxXSEudGFzaztcbn1cblxuLyoqIFBpY2tzIG9uZSBlbGVtZW50IHVuaWZvcm1seS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNrT25lPFQ+KGl0ZW1zOiByZWFkb25seSBUW10pOiBUIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGl0ZW1zLmxlbmd0aCA9PT0gMCA/IHVuZGVmaW5lZCA6IGl0ZW1zW01hdGguZmxvb3IoTWF0aC5yYW5kb20oKSAqIGl0ZW1zLmxlbmd0aCldO1xufVxuIiwgIi8vIFRoZSBzdGFuZGFyZCBnYXRlIHNldHMgdGhlIHNjZW5hcmlvcyBjb21iaW5lLiBFYWNoIHBlci1lbmRwb2ludCBnYXRlIGlzIGl0cyBvd24gdGFnZ2VkXG4vLyBzdWItbWV0cmljLCBzbyBhIGZhaWx1cmUgbmFtZXMgdGhlIGVuZHBvaW50IGFuZCB0aGUgc3VtbWFyeSBsaXN0cyBldmVyeSBlbmRwb2ludCdzIGZpZ3VyZXMuXG5pbXBvcnQgeyBBUElfU0NPUEUsIHR5cGUgRW5kcG9pbnQgfSBmcm9tICcuLi9saWIvaHR0cC9lbmRwb2ludHMudHMnO1xuaW1wb3J0IHsgaXNBcnJpdmFsUmF0ZSwgc2NoZWR1bGVkSXRlcmF0aW9ucyB9IGZyb20gJy4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMnO1xuaW1wb3J0IHR5cGUgeyBTY2VuYXJpbyB9IGZyb20gJy4uL2xpYi9sb2FkL3NoYXBlcy50cyc7XG5pbXBvcnQgdHlwZSB7IEdhdGUgfSBmcm9tICcuL2V4cHJlc3Npb25zLnRzJztcbmltcG9ydCB0eXBlIHsgVGFyZ2V0cyB9IGZyb20gJy4vdGFyZ2V0cy50cyc7XG5cbmNvbnN0IGFwaSA9IHsgc2NvcGU6IEFQSV9TQ09QRSB9O1xuXG5mdW5jdGlvbiBlbmRwb2ludFA5NShlbmRwb2ludDogRW5kcG9pbnQsIHRhcmdldHM6IFRhcmdldHMpOiBudW1iZXIge1xuICBpZiAoZW5kcG9pbnQgPT09ICdoZWFsdGgnKSByZXR1cm4gdGFyZ2V0cy5oZWFsdGhQOTVNcztcbiAgaWYgKGVuZHBvaW50ID09PSAnY291cnNlX2V4cG9ydCcpIHJldHVybiB0YXJnZXRzLmV4cG9ydFA5NU1zO1xuICBpZiAoZW5kcG9pbnQgPT09ICdsb2dpbicpIHJldHVybiB0YXJnZXRzLmxvZ2luUDk1TXM7XG4gIHJldHVybiB0YXJnZXRzLmFwaVA5NU1zO1xufVxuXG4vKiogQW4gZW5kcG9pbnQncyBwOTkgYnVkZ2V0OiB0aGUgQVBJIHA5OSwgb3IgaXRzIG93biBwOTUgYnVkZ2V0IHdoZW4gdGhhdCBpcyBoaWdoZXIgKGV4cG9ydCwgbG9naW4pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50UDk5KGVuZHBvaW50OiBFbmRwb2ludCwgdGFyZ2V0czogVGFyZ2V0cyk6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLm1heCh0YXJnZXRzLmFwaVA5OU1zLCBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykpO1xufVxuXG4vKiogQVBJIHA5NS9wOTkgb3ZlciBhbGwgZW5kcG9pbnRzLCBhbmQgcDk1IHBlciBlbmRwb2ludCAoaGVhbHRoIGFuZCBleHBvcnQgd2l0aCB0aGVpciBvd24gYnVkZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gbGF0ZW5jeUdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZHVyYXRpb24nLFxuICAgICAgdGFnczogYXBpLFxuICAgICAgcnVsZXM6IFtcbiAgICAgICAgeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcyB9LFxuICAgICAgICB7IHN0YXQ6ICdwKDk5KScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmFwaVA5OU1zIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgLi4uZW5kcG9pbnRzLm1hcCgoZW5kcG9pbnQpID0+ICh7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW3sgc3RhdDogJ3AoOTUpJyBhcyBjb25zdCwgb3A6ICc8JyBhcyBjb25zdCwgdmFsdWU6IGVuZHBvaW50UDk1KGVuZHBvaW50LCB0YXJnZXRzKSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBFcnJvciByYXRlIG92ZXIgYWxsIEFQSSByZXF1ZXN0cyBhbmQgcGVyIGVuZHBvaW50LCBzbyBvbmUgZmFpbGluZyByb3V0ZSBpcyBuYW1lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckdhdGVzKHRhcmdldHM6IFRhcmdldHMsIGVuZHBvaW50czogcmVhZG9ubHkgRW5kcG9pbnRbXSk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLCB0YWdzOiBhcGksIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICAgIC4uLmVuZHBvaW50cy5tYXAoKGVuZHBvaW50KSA9PiAoe1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9KSksXG4gIF07XG59XG5cbi8qKiBTdG9wcyBhIHJ1biBlYXJseSB3aGVuIG1vc3QgcmVxdWVzdHMgZmFpbCAocGxhdGZvcm0gZG93biBvciBjcmFzaGVkKTogbm8gbWludXRlcyBvZiBub2lzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEdhdGVzKGRlbGF5QWJvcnRFdmFsID0gJzEwcycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiBhcGksXG4gICAgICBydWxlczogW3sgc3RhdDogJ3JhdGUnLCBvcDogJzwnLCB2YWx1ZTogMC41LCBhYm9ydE9uRmFpbDogdHJ1ZSwgZGVsYXlBYm9ydEV2YWwgfV0sXG4gICAgfSxcbiAgXTtcbn1cblxuLyoqIENoZWNrcyBhbmQgd2hvbGUgd29ya2Zsb3dzIG11c3Qgc3VjY2VlZCBvZnRlbiBlbm91Z2guICovXG5leHBvcnQgZnVuY3Rpb24gc3VjY2Vzc0dhdGVzKHRhcmdldHM6IFRhcmdldHMpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHsgbWV0cmljOiAnY2hlY2tzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gICAgeyBtZXRyaWM6ICd3b3JrZmxvd19zdWNjZXNzJywgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc+PScsIHZhbHVlOiB0YXJnZXRzLnN1Y2Nlc3NSYXRlIH1dIH0sXG4gIF07XG59XG5cbi8qKiBDaGFwdGVyIGdlbmVyYXRpb24gdGltZSAodGhlIGpvYidzIG93biB0aW1lc3RhbXBzKSBhbmQgZmFpbGVkIGdlbmVyYXRpb24gam9icy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZW5lcmF0aW9uR2F0ZXModGFyZ2V0czogVGFyZ2V0cyk6IEdhdGVbXSB7XG4gIHJldHVybiBbXG4gICAgeyBtZXRyaWM6ICdjaGFwdGVyX2dlbmVyYXRpb25fbXMnLCBydWxlczogW3sgc3RhdDogJ3AoOTUpJywgb3A6ICc8JywgdmFsdWU6IHRhcmdldHMuY2hhcHRlclA5NU1zIH1dIH0sXG4gICAgeyBtZXRyaWM6ICdnZW5lcmF0aW9uX2ZhaWxlZCcsIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSB9XSB9LFxuICBdO1xufVxuXG4vKiogRWFjaCBlbmRwb2ludCBhZ2FpbnN0IGl0cyBvd24gYnVkZ2V0OiBwOTUgKGhlYWx0aCBhbmQgZXhwb3J0IGhhdmUgdGhlaXIgb3duKSBhbmQgcDk5LCBwbHVzIGl0cyBlcnJvciByYXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZHBvaW50QnVkZ2V0R2F0ZXModGFyZ2V0czogVGFyZ2V0cywgZW5kcG9pbnRzOiByZWFkb25seSBFbmRwb2ludFtdLCBlcnJvclJhdGU6IG51bWJlcik6IEdhdGVbXSB7XG4gIHJldHVybiBlbmRwb2ludHMuZmxhdE1hcCgoZW5kcG9pbnQpID0+IFtcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IGVuZHBvaW50IH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7IHN0YXQ6ICdwKDk1KScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlbmRwb2ludFA5NShlbmRwb2ludCwgdGFyZ2V0cykgfSxcbiAgICAgICAgeyBzdGF0OiAncCg5OSknIGFzIGNvbnN0LCBvcDogJzwnIGFzIGNvbnN0LCB2YWx1ZTogZW5kcG9pbnRQOTkoZW5kcG9pbnQsIHRhcmdldHMpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IHsgZW5kcG9pbnQgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScgYXMgY29uc3QsIG9wOiAnPCcgYXMgY29uc3QsIHZhbHVlOiBlcnJvclJhdGUgfV0sXG4gICAgfSxcbiAgXSk7XG59XG5cbi8qKiBgc2hhcmVgIG9mIGBzY2hlZHVsZWRgLCByb3VuZGVkIGRvd24gKDAuMjkgeCAxMDAgaXMgMjguOTk5Li4uIGluIGZsb2F0aW5nIHBvaW50OiBhIGhhaXIgb2Ygc2xhY2sga2VlcHMgaXQgMjkpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbG93ZWREcm9wcyhzaGFyZTogbnVtYmVyLCBzY2hlZHVsZWQ6IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLmZsb29yKHNoYXJlICogc2NoZWR1bGVkICsgMWUtOSk7XG59XG5cbi8qKlxuICogSXRlcmF0aW9ucyBhbiBvcGVuIG1vZGVsIGRpZCBub3Qgc3RhcnQgb24gdGltZSAoazYncyBkcm9wcGVkX2l0ZXJhdGlvbnMsIHBlciBzY2VuYXJpbyk6IGF0IG1vc3RcbiAqIGBzaGFyZWAgb2YgZWFjaCBhcnJpdmFsLXJhdGUgc2NlbmFyaW8ncyBzY2hlZHVsZWQgaXRlcmF0aW9ucywgcm91bmRlZCBkb3duLCBzbyBhIHNob3J0IHJ1biBvciBhXG4gKiBzbG93IGdyb3VwIG1heSBkcm9wIG5vbmUuIGBhYm9ydGAgc3RvcHMgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGJyZWFrcG9pbnQ6IGl0IGJyb2tlKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRyb3BwZWRJdGVyYXRpb25HYXRlcyhcbiAgc2NlbmFyaW9zOiBSZWNvcmQ8c3RyaW5nLCBTY2VuYXJpbz4sXG4gIHNoYXJlOiBudW1iZXIsXG4gIGFib3J0PzogeyBkZWxheUFib3J0RXZhbDogc3RyaW5nIH0sXG4pOiBHYXRlW10ge1xuICByZXR1cm4gT2JqZWN0LmVudHJpZXMoc2NlbmFyaW9zKVxuICAgIC5maWx0ZXIoKFssIHNjZW5hcmlvXSkgPT4gaXNBcnJpdmFsUmF0ZShzY2VuYXJpbykpXG4gICAgLm1hcCgoW25hbWUsIHNjZW5hcmlvXSkgPT4gKHtcbiAgICAgIG1ldHJpYzogJ2Ryb3BwZWRfaXRlcmF0aW9ucycsXG4gICAgICB0YWdzOiB7IHNjZW5hcmlvOiBuYW1lIH0sXG4gICAgICBydWxlczogW1xuICAgICAgICB7XG4gICAgICAgICAgc3RhdDogJ2NvdW50JyBhcyBjb25zdCxcbiAgICAgICAgICBvcDogJzw9JyBhcyBjb25zdCxcbiAgICAgICAgICB2YWx1ZTogYWxsb3dlZERyb3BzKHNoYXJlLCBzY2hlZHVsZWRJdGVyYXRpb25zKHNjZW5hcmlvKSksXG4gICAgICAgICAgLi4uKGFib3J0ID8geyBhYm9ydE9uRmFpbDogdHJ1ZSwgLi4uYWJvcnQgfSA6IHt9KSxcbiAgICAgICAgfSxcbiAgICAgIF0sXG4gICAgfSkpO1xufVxuXG4vKipcbiAqIGJyZWFrcG9pbnQ6IEFQSSBwOTUgYW5kIGVycm9yIHJhdGUgYWJvcnQgdGhlIHJ1biBvbmNlIGNyb3NzZWQgKGFmdGVyIGBkZWxheUFib3J0RXZhbGAgb2YgZGF0YSk7XG4gKiB0aGUgc3VzdGFpbmVkLXJhdGUgbWV0cmljIGlzIGxpc3RlZCB3aXRoIGFuIGFsd2F5cy10cnVlIHJ1bGUgc28gdGhlIHN1bW1hcnkgc2hvd3MgaXRzIHZhbHVlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYnJlYWtwb2ludEdhdGVzKHRhcmdldHM6IFRhcmdldHMsIHN1c3RhaW5lZE1ldHJpYzogc3RyaW5nLCBkZWxheUFib3J0RXZhbCA9ICc1cycpOiBHYXRlW10ge1xuICByZXR1cm4gW1xuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogdGFyZ2V0cy5hcGlQOTVNcywgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gICAge1xuICAgICAgbWV0cmljOiAnaHR0cF9yZXFfZmFpbGVkJyxcbiAgICAgIHRhZ3M6IGFwaSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiB0YXJnZXRzLmVycm9yUmF0ZSwgYWJvcnRPbkZhaWw6IHRydWUsIGRlbGF5QWJvcnRFdmFsIH1dLFxuICAgIH0sXG4gICAgeyBtZXRyaWM6IHN1c3RhaW5lZE1ldHJpYywgcnVsZXM6IFt7IHN0YXQ6ICdtYXgnLCBvcDogJz49JywgdmFsdWU6IDAgfV0gfSxcbiAgXTtcbn1cblxuLyoqIFRoZSBnYXRlcyBvZiBlbnRyaWVzIHRoYXQgcnVuIHRoZSB1c2VyIHdvcmtmbG93czogcGVyLWVuZHBvaW50IGxhdGVuY3kgYW5kIGVycm9ycywgYWJvcnQsIHN1Y2Nlc3MsIGdlbmVyYXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gd29ya2Zsb3dHYXRlcyh0YXJnZXRzOiBUYXJnZXRzLCBlbmRwb2ludHM6IHJlYWRvbmx5IEVuZHBvaW50W10sIGRlbGF5QWJvcnRFdmFsPzogc3RyaW5nKTogR2F0ZVtdIHtcbiAgcmV0dXJuIFtcbiAgICAuLi5sYXRlbmN5R2F0ZXModGFyZ2V0cywgZW5kcG9pbnRzKSxcbiAgICAuLi5lcnJvckdhdGVzKHRhcmdldHMsIGVuZHBvaW50cyksXG4gICAgLi4uYWJvcnRHYXRlcyhkZWxheUFib3J0RXZhbCksXG4gICAgLi4uc3VjY2Vzc0dhdGVzKHRhcmdldHMpLFxuICAgIC4uLmdlbmVyYXRpb25HYXRlcyh0YXJnZXRzKSxcbiAgXTtcbn1cbiIsICIvLyBzcGlrZTogZG9lcyBpdCBzdXJ2aXZlIGEgc3VkZGVuIHN1cmdlIGFuZCBjb21lIGJhY2s/IEEgYmFzZWxpbmUgb2YgcmVndWxhciB1c2VycywgYSBqdW1wIHRvXG4vLyBTUElLRV9GQUNUT1IgdGltZXMgYXMgbWFueSB3aXRoaW4gc2Vjb25kcywgYmFjayB0byB0aGUgYmFzZWxpbmUsIHRoZW4gYSByZWNvdmVyeSB3aW5kb3cuXG4vLyBSZWNvdmVyeSBpcyBtZWFzdXJlZCwgbm90IGV5ZWJhbGxlZDogcmVxdWVzdHMgYWZ0ZXIgdGhlIHNwaWtlIHBsdXMgU1BJS0VfUkVDT1ZFUllfUyBhcmUgdGFnZ2VkXG4vLyBwaGFzZTpyZWNvdmVyZWQsIGFuZCBlYWNoIGJhc2VsaW5lIFZVIHJlY29yZHMgaXRzIGxhdGVuY3kgdGhlcmUgZGl2aWRlZCBieSBpdHMgb3duIHByZS1zcGlrZVxuLy8gbWVkaWFuIChyZWNvdmVyeV9sYXRlbmN5X3JhdGlvLCBzZWUgbGliL2xvYWQvcGhhc2VzLnRzKS4gR2F0ZXM6IHRoYXQgcmF0aW8ncyBtZWRpYW4gPCBTUElLRV9SRUNPVkVSWV9GQUNUT1IsXG4vLyB0aGUgcmVjb3ZlcmVkIHA5NSB3aXRoaW4gdGhlIEFQSSBidWRnZXQsIGFuZCB0aGUgZXJyb3Jcbi8vIHJhdGUgYWZ0ZXIgcmVjb3ZlcnkgdW5kZXIgdGhlIGVycm9yIGJ1ZGdldDsgZXJyb3JzIGR1cmluZyB0aGUgc3Bpa2UgYXJlIHJlcG9ydGVkIGFuZCBtdXN0IHN0YXlcbi8vIHVuZGVyIGhhbGYuIEVudjogU1BJS0VfQkFTRV9VU0VSUyAoZGVmYXVsdCAxMCUgb2YgUEVSRk9STUFOQ0VfQ09OQ1VSUkVOVF9VU0VSUywgbWluIDIpLFxuLy8gU1BJS0VfRkFDVE9SICg1KSwgU1BJS0VfQkFTRUxJTkVfUyAoMjApLCBTUElLRV9IT0xEX1MgKDIwKSwgU1BJS0VfUkVDT1ZFUllfUyAoMTApLFxuLy8gU1BJS0VfT0JTRVJWRV9TICgyMCksIFNQSUtFX1JFQ09WRVJZX0ZBQ1RPUiAoMikuXG5pbXBvcnQgeyBTUElLRV9TVVJHRV9TLCBzcGlrZUVudHJ5IH0gZnJvbSAnLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzJztcbmltcG9ydCB7IGVudHJ5T3B0aW9ucyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuaW1wb3J0IHsgZ3VhcmRlZENvbmZpZyB9IGZyb20gJy4uL2xpYi9jb25maWcvZW52LnRzJztcbmltcG9ydCB7IGVudGVyUGhhc2UsIHR5cGUgUGhhc2UsIHRyYWNrRHJpZnQgfSBmcm9tICcuLi9saWIvbG9hZC9waGFzZXMudHMnO1xuaW1wb3J0IHsgc3RhZ2VkVXNlcnMgfSBmcm9tICcuLi9saWIvbG9hZC9zaGFwZXMudHMnO1xuaW1wb3J0IHsgbWFrZUhhbmRsZVN1bW1hcnkgfSBmcm9tICcuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzJztcbmltcG9ydCB7IHByZXBhcmVSdW4sIHR5cGUgUnVuRGF0YSB9IGZyb20gJy4uL2xpYi91c2Vycy9zZXR1cC50cyc7XG5pbXBvcnQgeyBydW5Xb3JrZmxvdyB9IGZyb20gJy4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzJztcbmltcG9ydCB7IHJlZ3VsYXJVc2VyIH0gZnJvbSAnLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMnO1xuaW1wb3J0IHsgc3VjY2Vzc0dhdGVzIH0gZnJvbSAnLi4vdGhyZXNob2xkcy9nYXRlcy50cyc7XG5cbmNvbnN0IGNvbmZpZyA9IGd1YXJkZWRDb25maWcoJ3NwaWtlJyk7XG5jb25zdCB7IGJhc2VVc2VycywgZmFjdG9yLCBiYXNlbGluZVMsIGhvbGRTLCByZWNvdmVyeVMsIG9ic2VydmVTLCByZWNvdmVyeUZhY3RvciB9ID0gc3Bpa2VFbnRyeS5zZXR0aW5ncyhfX0VOViwgY29uZmlnKTtcblxuY29uc3Qgc3Bpa2VFbmRzUyA9IGJhc2VsaW5lUyArIFNQSUtFX1NVUkdFX1MgKyBob2xkUyArIFNQSUtFX1NVUkdFX1M7XG5jb25zdCBwaGFzZXM6IFBoYXNlW10gPSBbXG4gIHsgbmFtZTogJ2Jhc2VsaW5lJywgdW50aWxTOiBiYXNlbGluZVMgfSxcbiAgeyBuYW1lOiAnc3Bpa2UnLCB1bnRpbFM6IHNwaWtlRW5kc1MgfSxcbiAgeyBuYW1lOiAncmVjb3ZlcmluZycsIHVudGlsUzogc3Bpa2VFbmRzUyArIHJlY292ZXJ5UyB9LFxuICB7IG5hbWU6ICdyZWNvdmVyZWQnLCB1bnRpbFM6IEluZmluaXR5IH0sXG5dO1xudHJhY2tEcmlmdCgncmVjb3ZlcnlfbGF0ZW5jeV9yYXRpbycsIHBoYXNlcywgJ2Jhc2VsaW5lJywgWydyZWNvdmVyZWQnXSk7XG5cbmV4cG9ydCBjb25zdCBvcHRpb25zID0gZW50cnlPcHRpb25zKGNvbmZpZywgKCkgPT4gKHtcbiAgd2FsbFRpbWVTOiBzcGlrZUVuZHNTICsgcmVjb3ZlcnlTICsgb2JzZXJ2ZVMsXG4gIHNjZW5hcmlvczoge1xuICAgIHNwaWtlOiBzdGFnZWRVc2VycyhcbiAgICAgICdzcGlrZVVzZXJzJyxcbiAgICAgIFtcbiAgICAgICAgeyBkdXJhdGlvblM6IGJhc2VsaW5lUywgdGFyZ2V0OiBiYXNlVXNlcnMgfSxcbiAgICAgICAgeyBkdXJhdGlvblM6IFNQSUtFX1NVUkdFX1MsIHRhcmdldDogTWF0aC5yb3VuZChiYXNlVXNlcnMgKiBmYWN0b3IpIH0sXG4gICAgICAgIHsgZHVyYXRpb25TOiBob2xkUywgdGFyZ2V0OiBNYXRoLnJvdW5kKGJhc2VVc2VycyAqIGZhY3RvcikgfSxcbiAgICAgICAgeyBkdXJhdGlvblM6IFNQSUtFX1NVUkdFX1MsIHRhcmdldDogYmFzZVVzZXJzIH0sXG4gICAgICAgIHsgZHVyYXRpb25TOiByZWNvdmVyeVMgKyBvYnNlcnZlUywgdGFyZ2V0OiBiYXNlVXNlcnMgfSxcbiAgICAgIF0sXG4gICAgICBiYXNlVXNlcnMsXG4gICAgKSxcbiAgfSxcbiAgZ2F0ZXM6IFtcbiAgICB7IG1ldHJpYzogJ3JlY292ZXJ5X2xhdGVuY3lfcmF0aW8nLCBydWxlczogW3sgc3RhdDogJ21lZCcsIG9wOiAnPCcsIHZhbHVlOiByZWNvdmVyeUZhY3RvciB9XSB9LFxuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2R1cmF0aW9uJyxcbiAgICAgIHRhZ3M6IHsgcGhhc2U6ICdyZWNvdmVyZWQnLCBzY29wZTogJ2FwaScgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogY29uZmlnLnRhcmdldHMuYXBpUDk1TXMgfV0sXG4gICAgfSxcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9mYWlsZWQnLFxuICAgICAgdGFnczogeyBwaGFzZTogJ3JlY292ZXJlZCcsIHNjb3BlOiAnYXBpJyB9LFxuICAgICAgcnVsZXM6IFt7IHN0YXQ6ICdyYXRlJywgb3A6ICc8JywgdmFsdWU6IGNvbmZpZy50YXJnZXRzLmVycm9yUmF0ZSB9XSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG1ldHJpYzogJ2h0dHBfcmVxX2ZhaWxlZCcsXG4gICAgICB0YWdzOiB7IHBoYXNlOiAnc3Bpa2UnLCBzY29wZTogJ2FwaScgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncmF0ZScsIG9wOiAnPCcsIHZhbHVlOiAwLjUgfV0sXG4gICAgfSxcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IHBoYXNlOiAnYmFzZWxpbmUnLCBzY29wZTogJ2FwaScgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogY29uZmlnLnRhcmdldHMuYXBpUDk1TXMgfV0sXG4gICAgfSxcbiAgICB7XG4gICAgICBtZXRyaWM6ICdodHRwX3JlcV9kdXJhdGlvbicsXG4gICAgICB0YWdzOiB7IHBoYXNlOiAnc3Bpa2UnLCBzY29wZTogJ2FwaScgfSxcbiAgICAgIHJ1bGVzOiBbeyBzdGF0OiAncCg5NSknLCBvcDogJzwnLCB2YWx1ZTogY29uZmlnLnRhcmdldHMuYXBpUDk5TXMgfV0sXG4gICAgfSxcbiAgICAuLi5zdWNjZXNzR2F0ZXMoeyAuLi5jb25maWcudGFyZ2V0cywgc3VjY2Vzc1JhdGU6IE1hdGgubWluKGNvbmZpZy50YXJnZXRzLnN1Y2Nlc3NSYXRlLCAwLjkpIH0pLFxuICBdLFxufSkpO1xuXG5leHBvcnQgeyBwb2xsUmVzb3VyY2VzLCB0ZWFyZG93biB9IGZyb20gJy4uL2xpYi9jb25maWcvZW50cnkudHMnO1xuZXhwb3J0IGNvbnN0IGhhbmRsZVN1bW1hcnkgPSBtYWtlSGFuZGxlU3VtbWFyeSh7IHNjZW5hcmlvOiAnc3Bpa2UnIH0pO1xuXG5leHBvcnQgZnVuY3Rpb24gc2V0dXAoKTogUHJvbWlzZTxSdW5EYXRhPiB7XG4gIHJldHVybiBwcmVwYXJlUnVuKGNvbmZpZywgeyBkYXRhc2V0OiB0cnVlIH0pO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gc3Bpa2VVc2VycyhkYXRhOiBSdW5EYXRhKTogdm9pZCB7XG4gIGVudGVyUGhhc2UocGhhc2VzKTtcbiAgcnVuV29ya2Zsb3coJ3JlZ3VsYXInLCByZWd1bGFyVXNlciwgeyBjb25maWcsIGRhdGEgfSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBaUNPLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWNBLE9BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU1DLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBT0QsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLElBQUssQ0FBQyxTQUFTLEtBQU07QUFBQSxpQkFDN0MsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUN4QixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFDLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSTtBQUM3QyxNQUFBQSxNQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFFBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxTQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsYUFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDakQ7QUFDQSxNQUFJLENBQUMsUUFBUyxDQUFBQSxNQUFLLEdBQUcscUZBQXFGO0FBQzNHLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBYyxNQUFjLE1BQXlCO0FBQ25FLFFBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxRQUFNLFdBQVc7QUFDakIsYUFBV0MsU0FBUSxLQUNoQixNQUFNLEdBQUcsRUFDVCxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMxQixVQUFNLFFBQVEsb0NBQW9DLEtBQUtBLEtBQUk7QUFDM0QsUUFBSSxDQUFDO0FBQ0gsWUFBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxNQUFNQSxLQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDekcsVUFBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUMzQztBQUNBLE1BQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsVUFBTSxJQUFJLGVBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUMxRixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFVBQVUsTUFBWSxHQUFtQjtBQUN2RCxTQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDOUM7QUFHTyxTQUFTLG9CQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsYUFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFHOUc7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT08sU0FBUyxVQUFVLFdBQTREO0FBQ3BGLE1BQUksUUFBUTtBQUNaLGFBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLFVBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsVUFBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFFBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztBQUFBLGFBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO0FBQUEsYUFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtBQUFBLFFBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2pDO0FBQ0EsU0FBTztBQUNUOzs7QUMzRk8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBSUEsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCLFNBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLElBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0IsU0FBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxJQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsU0FBTztBQUNUO0FBRUEsU0FBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixRQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxRQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixNQUFJLENBQUMsTUFBTyxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsU0FBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0FBQ2pDO0FBRUEsU0FBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsUUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxRQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUNDLFVBQVNBLE1BQUssS0FBSyxDQUFDO0FBQ3hELFFBQU0sV0FBVztBQUNqQixNQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDQSxVQUFTLENBQUMsUUFBUSxLQUFLQSxLQUFJLENBQUMsRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFFBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELE1BQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELFNBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtBQUNqQztBQUVBLFNBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxRQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxRQUFNLFdBQVc7QUFDakIsTUFBSSxDQUFDLE1BQU8sTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxRQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixRQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsTUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsU0FBTyxFQUFFLEtBQUssSUFBSTtBQUNwQjtBQUVBLFNBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLE1BQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLFNBQU8sS0FBSyxNQUFNLE9BQU8sZUFBZTtBQUMxQztBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFFBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxNQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxTQUFLLE1BQU0sT0FBTyxzRkFBc0Y7QUFBQSxFQUMxRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxTQUFPO0FBQUEsSUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO0FBQUEsSUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO0FBQUEsRUFDNUQ7QUFDRjtBQUVBLFNBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFFBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixNQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxNQUFJO0FBQ0YsV0FBTyxjQUFjLE9BQU8sSUFBSTtBQUFBLEVBQ2xDLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSSxZQUFZLGlCQUFpQixpQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDdkY7QUFDRjtBQUVBLFNBQVMsUUFBUSxLQUE2QjtBQUM1QyxRQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFFBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixNQUFJLFlBQVk7QUFDZCxTQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQzdHLFNBQU8sRUFBRSxTQUFTLFdBQVcsUUFBUSxLQUFLLEtBQUssNEJBQTRCLEVBQUU7QUFDL0U7QUFHTyxTQUFTLFlBQVksS0FBa0I7QUFDNUMsUUFBTSxJQUFJO0FBQ1YsUUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsUUFBTSxVQUFVLFFBQVEsR0FBRyxLQUFLLElBQUk7QUFBQSxJQUNsQztBQUFBLElBQ0E7QUFBQSxJQUNBLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDckQ7QUFDQSxTQUFPO0FBQUEsSUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtBQUFBLElBQ3JELE9BQU87QUFBQSxNQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO0FBQUEsTUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsTUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO0FBQUEsSUFDN0U7QUFBQSxJQUNBO0FBQUEsSUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO0FBQUEsSUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7QUFBQSxJQUNoRTtBQUFBLElBQ0EsV0FBVyxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJLE9BQU8sQ0FBQztBQUFBLElBQy9FLFNBQVMsUUFBUSxLQUFLLDBCQUEwQjtBQUFBLElBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtBQUFBLElBQ25ELGVBQWUsU0FBUyxLQUFLLElBQUksc0JBQXNCLEtBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDO0FBQUEsSUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO0FBQUEsSUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztBQUFBLElBQzdELFlBQVksSUFBSSxLQUFLLGVBQWUsTUFBUztBQUFBLElBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtBQUFBLElBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtBQUFBLElBQ3ZELFNBQVM7QUFBQSxNQUNQLFVBQVUsT0FBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7QUFBQSxNQUN4RCxVQUFVLE9BQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO0FBQUEsTUFDeEQsYUFBYSxPQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztBQUFBLE1BQ2pFLGFBQWEsT0FBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7QUFBQSxNQUNqRSxZQUFZLE9BQU8sS0FBSywwQkFBMEIsRUFBRSxVQUFVO0FBQUEsTUFDOUQsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtBQUFBLE1BQzdGLGFBQWEsU0FBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7QUFBQSxNQUNsRSxXQUFXLFNBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO0FBQUEsTUFDNUQsY0FBYztBQUFBLFFBQ1o7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxZQUFZO0FBQUEsTUFDaEQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtBQUFBLE1BQ3pFLFlBQVksU0FBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7QUFBQSxNQUM5RixzQkFBc0I7QUFBQSxRQUNwQjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLE1BQ0YsRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtBQUFBLElBQ3JFO0FBQUEsSUFDQSxXQUFXLElBQUksS0FBSyx3QkFBd0IsS0FBSztBQUFBLElBQ2pELFdBQVcsU0FBUyxLQUFLLFlBQVk7QUFBQSxJQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7QUFBQSxJQUNyRCxTQUFTLFFBQVEsR0FBRztBQUFBLEVBQ3RCO0FBQ0Y7QUFHTyxTQUFTLE9BQU8sU0FBeUI7QUFDOUMsUUFBTSxRQUFRLG1DQUFtQyxLQUFLLE9BQU87QUFDN0QsVUFBUSxRQUFRLENBQUMsS0FBSyxJQUFJLFlBQVk7QUFDeEM7QUFFTyxTQUFTLFdBQVcsTUFBdUI7QUFDaEQsU0FBTyxTQUFTLGVBQWUsU0FBUyxXQUFXLFNBQVMsU0FBUyxtQ0FBbUMsS0FBSyxJQUFJO0FBQ25IO0FBTU8sU0FBUyxvQkFBb0JDLFNBQWdCLE9BQXFCO0FBQ3ZFLFFBQU0sT0FBTyxPQUFPQSxRQUFPLE9BQU87QUFDbEMsTUFBSSxXQUFXLElBQUksS0FBS0EsUUFBTyxhQUFhLFNBQVMsSUFBSSxFQUFHO0FBQzVELFFBQU0sSUFBSTtBQUFBLElBQ1Isb0JBQW9CLEtBQUssYUFBYUEsUUFBTyxPQUFPLEtBQUssSUFBSSxvR0FDYSxJQUFJO0FBQUEsRUFDaEY7QUFDRjtBQU1PLFNBQVMsVUFDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsUUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELFNBQU8sU0FBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtBQUN6Rjs7O0FDbk9BLElBQU0sZUFBZSxDQUFDLG9CQUFvQixnQkFBZ0Isb0JBQW9CLGlCQUFpQjtBQUt4RixJQUFNLGdCQUFnQjtBQUk3QixJQUFNLGVBQWUsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsTUFBTSxNQUFNLDRCQUE0QjtBQUNqSCxJQUFNLGNBQWMsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsS0FBSztBQUM3RSxJQUFNLE9BQU8sQ0FBQyxPQUFlLE9BQWUsTUFBTSxNQUFNLE9BQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLFFBQVEsS0FBSyxDQUFDLENBQUM7QUFnRGhHLElBQU0sYUFBYTtBQUFBLEVBQ3hCLE9BQU87QUFBQSxFQUNQLFFBQXdCLDZCQUFhLEtBQUssSUFBSTtBQUFBLEVBQzlDLEtBQUssQ0FBQ0MsYUFBWTtBQUVoQixVQUFNLE9BQU8sS0FBSyxJQUFJLEdBQUdBLFdBQVUsSUFBSSxhQUFhO0FBQ3BELFVBQU0sQ0FBQyxVQUFVLE1BQU0sVUFBVSxPQUFPLElBQUk7QUFDNUMsV0FBTztBQUFBLE1BQ0wsQ0FBQyxRQUFRLEdBQUcsS0FBSyxNQUFNLElBQUksQ0FBQztBQUFBLE1BQzVCLENBQUMsSUFBSSxHQUFHLEtBQUssTUFBTSxJQUFJLENBQUM7QUFBQSxNQUN4QixDQUFDLFFBQVEsR0FBRyxLQUFLLE1BQU0sSUFBSSxDQUFDO0FBQUEsTUFDNUIsQ0FBQyxPQUFPLEdBQUcsS0FBSyxNQUFNLElBQUksQ0FBQztBQUFBLElBQzdCO0FBQUEsRUFDRjtBQUFBLEVBQ0EsU0FBUztBQUFBLEVBQ1QsVUFBVSxDQUFDLEtBQUtDLFlBQVc7QUFDekIsVUFBTUQsV0FBVSxDQUFDLE1BQWMsYUFBcUIsVUFBVSxLQUFLLE1BQU0sVUFBVSxhQUFhLEdBQUcsS0FBTSxDQUFDO0FBQzFHLFVBQU0sQ0FBQyxVQUFVLE1BQU0sVUFBVSxPQUFPLElBQUk7QUFDNUMsV0FBTztBQUFBLE1BQ0wsV0FBVztBQUFBLFFBQ1Q7QUFBQSxRQUNBO0FBQUEsUUFDQSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU1DLFFBQU8sa0JBQWtCLEVBQUUsQ0FBQztBQUFBLFFBQ25ELFlBQVksR0FBRyxHQUFPO0FBQUEsTUFDeEI7QUFBQSxNQUNBLFFBQVEsVUFBVSxLQUFLLGdCQUFnQixHQUFHLEVBQUUsS0FBSyxHQUFHLEtBQUssSUFBSyxDQUFDO0FBQUEsTUFDL0QsV0FBV0QsU0FBUSxVQUFVLEVBQUU7QUFBQSxNQUMvQixPQUFPQSxTQUFRLE1BQU0sRUFBRTtBQUFBLE1BQ3ZCLFdBQVdBLFNBQVEsVUFBVSxFQUFFO0FBQUEsTUFDL0IsVUFBVUEsU0FBUSxTQUFTLEVBQUU7QUFBQSxNQUM3QixnQkFBZ0IsVUFBVSxLQUFLLHlCQUF5QixHQUFHLEVBQUUsS0FBSyxHQUFHLEtBQUssSUFBSyxDQUFDO0FBQUEsSUFDbEY7QUFBQSxFQUNGO0FBQ0Y7OztBQ3hGQSxJQUFJO0FBQ0osSUFBTSxVQUFVLE1BQ2IsYUFBYTtBQUFBLEVBQ1osWUFBWTtBQUFBLEVBQ1osU0FBUztBQUFBLEVBQ1QsWUFBWTtBQUNkO0FBR0ssU0FBUyxVQUFVLFFBQWdCLE1BQXVDO0FBQy9FLE1BQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsUUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxNQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsUUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsWUFBTSxJQUFJO0FBQUEsUUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtBQUFBLE1BQzFDO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFDaEY7QUFHTyxTQUFTLFdBQVcsTUFBbUQ7QUFDNUUsUUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELE1BQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxVQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztBQUFBLEVBQ2xGO0FBQ0EsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFDN0IsVUFBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BHLFNBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7QUFDNUM7QUFFQSxTQUFTLEtBQUssTUFBeUI7QUFDckMsUUFBTUUsUUFBTyxXQUFXLElBQUk7QUFDNUIsTUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixTQUFPO0FBQUEsSUFDTCxXQUFXQTtBQUFBLElBQ1gsYUFBYTtBQUFBLElBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO0FBQUEsRUFDdkU7QUFDRjtBQUdPLFNBQVMsZUFBZSxPQUE2QjtBQUMxRCxRQUFNLE1BQW9CLENBQUM7QUFDM0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxNQUFNLFVBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxRQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDMUQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ3pDTyxJQUFNLGdCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhOzs7QUN3RGxFLElBQU0sc0JBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPO0FBRzNGLFNBQVMsWUFBWUMsT0FBYyxRQUFpRCxXQUFXLEdBQWE7QUFDakgsU0FBTztBQUFBLElBQ0wsVUFBVTtBQUFBLElBQ1YsTUFBQUE7QUFBQSxJQUNBO0FBQUEsSUFDQSxRQUFRLE9BQU8sSUFBSSxDQUFDLE9BQU8sRUFBRSxVQUFVLEdBQUcsRUFBRSxTQUFTLEtBQUssUUFBUSxFQUFFLE9BQU8sRUFBRTtBQUFBLElBQzdFLGtCQUFrQjtBQUFBLElBQ2xCLGNBQWM7QUFBQSxFQUNoQjtBQUNGOzs7QUMzR0EsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sVUFBVTtBQUNqQixPQUFPLFVBQVU7QUFDakIsU0FBUyxTQUFTLGFBQWE7QUFLeEIsSUFBTSxtQkFBbUIsSUFBSSxNQUFNLG9CQUFvQjtBQUV2RCxJQUFNLHdCQUF3QixJQUFJLE1BQU0sMEJBQTBCO0FBRWxFLElBQU0saUJBQWlCLElBQUksTUFBTSxrQkFBa0I7QUFFbkQsSUFBTSx1QkFBdUIsSUFBSSxRQUFRLHdCQUF3QjtBQUVqRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0saUNBQWlDO0FBVzdFLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLElBQUksU0FBUztBQUNiLElBQUk7QUFDSixJQUFJLGFBQWE7QUFNakIsU0FBUyxVQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFFBQU0sTUFBTSxLQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7QUFBQSxJQUN0RSxHQUFHO0FBQUEsSUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLEVBQ2hELENBQVU7QUFDVixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztBQUM5QztBQUdBLElBQU0sU0FBUztBQVVSLFNBQVMsa0JBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLFNBQU87QUFBQSxJQUNMLFVBQVU7QUFBQSxJQUNWLE1BQU07QUFBQSxJQUNOLEtBQUs7QUFBQSxJQUNMLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUM5QyxjQUFjLEdBQUcsTUFBTTtBQUFBLElBQ3ZCLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDbkM7QUFDRjtBQUVBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFFdEQsTUFBSSxDQUFDLFdBQVksY0FBYSxVQUFVLFlBQVksTUFBTTtBQUMxRCxhQUFTO0FBQ1AsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixhQUFTLFVBQVU7QUFDbkIsVUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFFBQUksS0FBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxRQUFJLEtBQUssU0FBUyxhQUFhLEVBQUc7QUFBQSxFQUNwQztBQUNBLFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFdBQVMsVUFBVTtBQUNyQjtBQUVBLFNBQVMsU0FBUyxZQUEwQjtBQUMxQyxRQUFNLE1BQU0sS0FBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUNKLElBQUksV0FBVyxNQUFNLE1BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLHlCQUFxQixJQUFJLENBQUM7QUFDMUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLHNCQUFxQixJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzNHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFDcEMsUUFBSSxPQUFPLFVBQVUsVUFBYSxPQUFPLFVBQVUsT0FBUTtBQUMzRCxxQkFBaUIsSUFBSSxPQUFPLFdBQVc7QUFDdkMsMEJBQXNCLElBQUksT0FBTyxpQkFBaUI7QUFDbEQsbUJBQWUsSUFBSSxPQUFPLFNBQVM7QUFBQSxFQUNyQztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsU0FBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0FBQ3ZGO0FBT08sU0FBUyxRQUFRLFlBQTBCO0FBQ2hELFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFFBQU0sTUFBTSxLQUFLLElBQUksR0FBRyxVQUFVLFlBQVksSUFBYTtBQUMzRCxRQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU0sTUFBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsTUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkI7QUFDekQsdUJBQW1CLElBQUksUUFBUSx3QkFBd0I7QUFDM0Q7QUFlTyxTQUFTLGNBQWMsUUFBZ0M7QUFDNUQsUUFBTSxRQUFnQjtBQUFBLElBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7QUFBQSxJQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO0FBQUEsRUFDakc7QUFDQSxNQUFJLE9BQU8sbUJBQW1CO0FBQzVCLFVBQU0sS0FBSztBQUFBLE1BQ1QsUUFBUTtBQUFBLE1BQ1IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDO0FBQUEsSUFDaEUsQ0FBQztBQUNILE1BQUksT0FBTztBQUNULFVBQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hHLFNBQU87QUFDVDs7O0FDcktBLFNBQVMsbUJBQW1CO0FBQzVCLE9BQU9DLFdBQVU7OztBQ0RWLElBQU0sU0FBaUIsWUFBWSxLQUFLO0FBR3hDLFNBQVMsY0FBYyxPQUF1QjtBQUNuRCxzQkFBb0IsUUFBUSxLQUFLO0FBQ2pDLFNBQU87QUFDVDs7O0FEZ0JBLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUk7QUFBQSxNQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztBQUFBLElBQ2pFO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQW9CO0FBRXBDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUTtBQUNqQixXQUFPLElBQUksSUFBSSxJQUFJO0FBQUEsTUFDakIsU0FBUyxJQUFJO0FBQUEsTUFDYixNQUFNLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7QUFBQSxJQUNoRDtBQUNGLFNBQU87QUFBQSxJQUNMLFFBQVEsMEJBQTBCLElBQUk7QUFBQSxJQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxJQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7QUFBQSxFQUM5QztBQUNGO0FBRU8sU0FBUyxTQUFTQyxTQUFzQjtBQUM3QyxNQUFJQSxRQUFPLFVBQVcsUUFBTyxTQUFTQSxRQUFPLFNBQVM7QUFDdEQsUUFBTSxRQUFRQSxRQUFPO0FBQ3JCLE1BQUlBLFFBQU8sV0FBVztBQUNwQixXQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixPQUFPQSxRQUFPO0FBQUEsTUFDZCxTQUFTLENBQUMsTUFBTSxPQUFPLGNBQWMsRUFBRSxPQUFPLFVBQVUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3RTtBQUNGO0FBR08sU0FBUyxZQUFZQyxPQUFZLE1BQVlDLGdCQUE0QztBQUM5RixRQUFNLE9BQU9ELE1BQUssTUFBTSxJQUFJO0FBQzVCLFNBQU8sU0FBUyxJQUFJLFNBQVlBLE1BQUssUUFBUSxPQUFPRSxNQUFLLEdBQUcsV0FBVyxLQUFLLE1BQU1ELGNBQWE7QUFDakc7QUFHTyxTQUFTLGVBQWVELE9BQVksT0FBd0IsT0FBcUI7QUFDdEYsUUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGFBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJO0FBQ3pDLFFBQU0sVUFBVSxvQkFBb0JBLE1BQUssT0FBTyxRQUFRQSxNQUFLLE1BQU07QUFDbkUsTUFBSSxRQUFTLE9BQU0sSUFBSSxNQUFNLE9BQU87QUFDdEM7QUFHTyxJQUFNLE9BQWEsU0FBUyxNQUFTOzs7QUU5RTVDLFNBQVMsU0FBQUcsY0FBYTtBQUN0QixPQUFPQyxXQUFVO0FBQ2pCLE9BQU9DLFdBQVU7QUFDakIsT0FBTyxhQUFhOzs7QUNMcEIsU0FBUyxhQUFhO0FBQ3RCLE9BQU9DLFdBQXVEOzs7QUNrQnZELElBQU0sWUFBWTs7O0FDaEJ6QixJQUFNLE1BQU0sQ0FBQyxPQUFtQixtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFFdEQsSUFBTSxRQUFRO0FBQUEsRUFDbkIsUUFBUSxNQUFNO0FBQUEsRUFDZCxPQUFPLE1BQU07QUFBQSxFQUNiLFNBQVMsTUFBTTtBQUFBLEVBQ2YsUUFBUSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDOUMsVUFBVSxDQUFDLE9BQVcsbUJBQW1CLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDaEQsS0FBSyxDQUFDLE9BQVcsZ0JBQWdCLElBQUksRUFBRSxDQUFDO0FBQUEsRUFDeEMsU0FBUyxDQUFDLElBQVEsVUFBa0IsbUJBQW1CLElBQUksRUFBRSxDQUFDLGFBQWEsS0FBSztBQUFBLEVBQ2hGLGNBQWMsQ0FBQyxPQUFXLG1CQUFtQixJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ3BELFlBQVksTUFBTTtBQUFBLEVBQ2xCLFdBQVcsTUFBTTtBQUFBLEVBQ2pCLFlBQVksTUFBTTtBQUNwQjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBQ3JGLFdBQVcsWUFBWSxZQUFZO0FBQ2pDLGlCQUFlLFFBQW9CLElBQUksRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBb0IsRUFBRTtBQUM5RztBQUdPLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixTQUFPLGVBQWUsUUFBUTtBQUNoQzs7O0FGc0NBLElBQU0sUUFBUSxDQUFJLFNBQThDO0FBRWhFLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFFL0MsSUFBTSxTQUFTO0FBQUEsRUFDcEIsUUFBUSxNQUEwQixDQUFDLFVBQVUsTUFBTSxRQUFRLE1BQU0sSUFBSTtBQUFBLEVBQ3JFLE9BQU8sTUFBYSxDQUFDLFVBQVU7QUFDN0IsVUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxXQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxFQUNoRCxDQUFDO0FBQUEsRUFDRCxZQUFZLE1BQWtCLENBQUMsVUFBVSxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEcsUUFBUSxNQUFjLENBQUMsVUFBVSxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTSxRQUFRO0FBQUEsRUFDeEYsb0JBQW9CLE1BQWMsQ0FBQyxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixhQUFhLE1BQXlDLENBQUMsVUFBVSxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN0RixLQUFLLE1BQVcsQ0FBQyxVQUFVLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxFQUM5RixTQUFTLE1BQWUsQ0FBQyxVQUFVLE9BQU8sTUFBTSxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQ3ZFLFdBQVcsTUFBK0IsQ0FBQyxVQUFVO0FBQ25ELFVBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsV0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLEVBQzVFLENBQUM7QUFDSDtBQVNBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBQ2xFO0FBR0EsSUFBSTtBQUVKLElBQU0sWUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLE1BQUk7QUFDRixXQUFPLFFBQVMsS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sYUFBTixNQUF5QztBQUFBLEVBR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFM7QUFDQTtBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUhRO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUxYLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFPUixJQUFJLE9BQXNCO0FBQ3hCLFFBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLFdBQUssUUFBUSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBR0EsU0FBUyxVQUFVLE1BQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFjO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLGtCQUE0RSxDQUFDO0FBQ25GLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxNQUFJLFdBQVcsZ0JBQWdCLE1BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBV0MsTUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxvQkFBZ0IsTUFBTSxJQUFJO0FBQUEsRUFDNUI7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBQ0csU0FBUyxnQkFBZ0IsTUFBeUM7QUFDdkUsYUFBVztBQUNiO0FBT0EsSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxZQUF5RixDQUFDO0FBRWhHLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxRQUFRO0FBQzVCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBSU8sSUFBTSxZQUFOLE1BQU0sV0FBVTtBQUFBLEVBT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxVQUFVLEdBQUcsUUFBUTtBQUFBLEVBQzVCO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQVJuQixlQUFlO0FBQUEsRUFDRTtBQUFBO0FBQUEsRUFFQSxTQUE0QyxDQUFDO0FBQUE7QUFBQSxFQVc5RCxHQUFHLE9BQTBCO0FBQzNCLFdBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdFO0FBQUEsRUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFFBQUlDLFVBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDQSxTQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxNQUFBQSxVQUFTO0FBQUEsUUFDUDtBQUFBLFFBQ0EsTUFBTSxZQUFZLFFBQVE7QUFBQSxRQUMxQixTQUFTLEtBQUs7QUFBQSxRQUNkLGtCQUFrQixhQUFhLFFBQVE7QUFBQSxNQUN6QztBQUVBLFVBQUksQ0FBQyxVQUFXLENBQUFBLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJQTtBQUFBLElBQzFCO0FBQ0EsV0FBT0E7QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0FDLFFBQ0EsU0FDVztBQUNYLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTUYsTUFBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYUUsV0FBVSxNQUFTO0FBQUEsSUFDckU7QUFFQSxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsUUFBSSxVQUFVLENBQUNBO0FBQ2YsUUFBSUEsVUFBUyxVQUFVO0FBQ3JCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUtBLE9BQU0sU0FBUztBQUN4QyxnQkFBVTtBQUFBLElBQ1o7QUFDQSxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVUEsV0FBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQWMsT0FBTyxRQUFRQSxVQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUN4RjtBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLE1BQU0sT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNO0FBQUEsRUFDdEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsTUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3pGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLE9BQU87QUFDdkIsWUFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsVUFBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDckc7QUFDQSxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssT0FBTyxVQUFVO0FBQUEsRUFDL0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsTUFBTSxRQUFRLEdBQUcsS0FBSyxPQUFPLFFBQVEsTUFBTTtBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxNQUFNLE9BQU8sRUFBRSxHQUFHLEtBQUssT0FBTyxrQkFBa0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxPQUFPLFFBQVEsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLE1BQU0sT0FBTyxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDOUU7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsTUFBTSxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU8sYUFBYSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sTUFBTSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sR0FBRztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRyxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxNQUFNLGFBQWEsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQ3ZHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sTUFBTSxXQUFXLEdBQUcsS0FBSyxPQUFPLFNBQVM7QUFBQSxFQUNsRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLE1BQU0sVUFBVSxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssT0FBTyxTQUFTO0FBQUEsRUFDcEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxNQUFNLFdBQVcsR0FBRyxLQUFLLE9BQU8sU0FBUztBQUFBLEVBQ2xGO0FBQ0Y7OztBR2hWQSxTQUFTLFNBQUFDLGNBQWE7QUFDdEIsT0FBT0MsV0FBMEU7OztBQ0gxRSxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQUV6QixTQUFTLGFBQWEsR0FBbUI7QUFDOUMsU0FBTyxHQUFHLGFBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQ3ZEO0FBR08sU0FBUyxTQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsU0FBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQzVFO0FBR08sU0FBUyxRQUFRLE9BQW1DO0FBQ3pELFFBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLFNBQU8sUUFBUSxDQUFDO0FBQ2xCO0FBR08sU0FBUyxXQUFXLE9BQW1DO0FBQzVELFFBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsU0FBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7QUFDcEM7QUFPTyxJQUFNLHFCQUFxQixJQUFJLEtBQUssS0FBSztBQU96QyxTQUFTLFdBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixNQUFJLENBQUMsTUFBTSxXQUFXLGdCQUFnQixFQUFHLFFBQU87QUFDaEQsUUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixNQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixRQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLFNBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUssS0FBSztBQUN6RTs7O0FEcENBLElBQU0sY0FBYztBQUNwQixJQUFNLGFBQWE7QUFzQm5CLElBQU0sV0FBVztBQUVqQixJQUFJLFVBQVU7QUFDZCxJQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsU0FBUyxRQUFRQyxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILFdBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELFVBQU0sUUFBd0IsQ0FBQztBQUMvQixhQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixVQUFNLE1BQU1DLE1BQUssTUFBTSxLQUFLO0FBQzVCLGFBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELFlBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLFVBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsaUJBQVcsTUFBTTtBQUNqQixNQUFBQyxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDOUIsTUFBQ0QsTUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLFlBQUksTUFBTSxDQUFDLENBQUUsSUFBSTtBQUFBLE1BQ25CLENBQUM7QUFBQSxJQUNIO0FBQ0EsUUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLGVBQVMsS0FBSyxRQUFRLENBQUM7QUFBQSxJQUN6QixDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR0EsU0FBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFFBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxNQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsTUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxTQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07QUFDckY7QUFFQSxTQUFTLEtBQVEsS0FBOEI7QUFDN0MsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUFBLEVBQ3RDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxXQUNkRSxTQUNBLE9BQ0EsVUFDK0M7QUFDL0MsUUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7QUFBQSxJQUNFO0FBQUEsSUFDQSxPQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUdBLFFBQU8sT0FBTyxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDdEMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLE1BQ3hDLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxDQUFDLFFBQVE7QUFDUCxhQUFPLFNBQVMsSUFBSTtBQUNwQixhQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFBQSxJQUMzRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFnQk8sU0FBUyxjQUFjQSxTQUFnQixRQUFnQztBQUM1RSxRQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsUUFBTztBQUN4RSxRQUFNLFNBQXdCO0FBQUEsSUFDNUIsVUFBVSxPQUFPO0FBQUEsSUFDakIsU0FBUztBQUFBLElBQ1QsUUFBUTtBQUFBLElBQ1IsU0FBUztBQUFBLElBQ1QsV0FBVztBQUFBLElBQ1gsU0FBUztBQUFBLEVBQ1g7QUFDQSxNQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFFBQU0sZ0JBQWdCO0FBQ3RCLFFBQU0sVUFBbUIsRUFBRSxNQUFNQSxRQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFO0FBQUEsSUFDRTtBQUFBLElBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7QUFBQSxFQUN4QjtBQUNBLE1BQUksU0FBUyxhQUFhLE9BQU87QUFDakMsTUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsUUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLGtCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsUUFBTyxrQkFBa0I7QUFDeEYsU0FBTyxVQUFVLFVBQVU7QUFDM0IsU0FBTztBQUNUO0FBR0EsU0FBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtBQUFBLElBQ0UsTUFBTTtBQUFBLElBQ04sQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sTUFBTSxDQUFDO0FBQUEsTUFDNUIsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxPQUFPLFVBQVUsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLFNBQVMsQ0FBQztBQUFBLE1BQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtBQUFBLElBQ3pDO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixVQUFJLENBQUM7QUFDSCxjQUFNLElBQUk7QUFBQSxVQUNSLDBCQUEwQixPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsSUFBSSxZQUFZLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUN4SDtBQUNGLGFBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtBQUFBLElBQ3RCO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxhQUFhLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsUUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLGFBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDcEcsUUFBTSxTQUFtQixDQUFDO0FBQzFCO0FBQUEsSUFDRSxPQUFPO0FBQUEsSUFDUCxDQUFDLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxTQUFTLFFBQVEsT0FBTyxnQkFBZ0IsT0FBTyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsWUFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixVQUFJLENBQUM7QUFDSCxjQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDeEcsYUFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUFBLElBQ3BFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZUFBZSxTQUFrQixRQUE0QjtBQUNwRSxRQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sSUFBSTtBQUNqQyxXQUFTLFFBQVEsR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxTQUFTLENBQUMsS0FBSyxRQUFRLEtBQU0sU0FBUztBQUNqRixVQUFNLFNBQVMsT0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsSUFBSSxJQUFJLENBQUMsUUFBUSxFQUFFLE9BQU8sR0FBRyxHQUFHLEVBQUUsQ0FBQztBQUM3RTtBQUFBLE1BQ0UsT0FBTztBQUFBLE1BQ1AsQ0FBQyxPQUFPO0FBQUEsUUFDTixRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxRQUMxQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsTUFDM0Q7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLFlBQUksSUFBSSxXQUFXLElBQUssUUFBTztBQUFBLE1BQ2pDO0FBQUEsSUFDRjtBQUNBLGFBQVMsYUFBYSxPQUFPO0FBQUEsRUFDL0I7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsUUFBTSxZQUErRCxDQUFDO0FBQ3RFLFNBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixVQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsUUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixhQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUTtBQUNsQyxnQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLEdBQUcsVUFBVSxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQixDQUFDO0FBQUEsRUFDL0YsQ0FBQztBQUNELFFBQU0sYUFBMEMsQ0FBQztBQUNqRDtBQUFBLElBQ0UsVUFBVTtBQUFBLElBQ1YsQ0FBQyxNQUFNO0FBQ0wsWUFBTSxFQUFFLE9BQU8sR0FBRyxTQUFTLElBQUksVUFBVSxDQUFDO0FBQzFDLFlBQU0sU0FBUztBQUFBLFFBQ2IsT0FBTyxhQUFhLENBQUM7QUFBQSxRQUNyQixPQUFPLGlCQUFpQixDQUFDO0FBQUEsUUFDekIsT0FBTztBQUFBLFFBQ1AsZUFBZSxXQUFXLElBQUk7QUFBQSxNQUNoQztBQUNBLGFBQU87QUFBQSxRQUNMLFFBQVE7QUFBQSxRQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUM7QUFBQSxRQUM5QixNQUFNLEtBQUssVUFBVSxNQUFNO0FBQUEsUUFDM0IsUUFBUSxPQUFPLGtCQUFrQixPQUFPLEtBQUssR0FBRyxJQUFJO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLFlBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxVQUFJLE9BQU87QUFDVCxjQUFNLElBQUk7QUFBQSxVQUNSLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07QUFBQSxRQUN2RztBQUNGLGFBQU87QUFDUCxVQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztBQUFBLElBQ2hGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQU9BLFNBQVMsZ0JBQWdCLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxZQUFnRDtBQUMxRyxRQUFNLE9BQWMsQ0FBQztBQUNyQjtBQUFBLElBQ0UsV0FBVztBQUFBLElBQ1gsQ0FBQyxPQUFPO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sU0FBUyxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxNQUNoRCxNQUFNO0FBQUEsTUFDTixRQUFRLE9BQU8sb0JBQW9CLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxHQUFHLElBQUk7QUFBQSxJQUN2RTtBQUFBLElBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixZQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsVUFBSSxVQUFVO0FBQ1osY0FBTSxJQUFJO0FBQUEsVUFDUixvQ0FBb0MsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO0FBQUEsUUFDMUc7QUFDRixXQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTSxDQUFDO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsU0FBa0IsTUFBYSxVQUF3QjtBQUM5RSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUksV0FBVztBQUN6QyxTQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLFFBQUksS0FBSyxJQUFJLElBQUk7QUFDZixZQUFNLElBQUk7QUFBQSxRQUNSLFlBQVksS0FBSyxNQUFNLCtEQUErRCxRQUFRO0FBQUEsTUFDaEc7QUFDRixJQUFBRCxPQUFNLENBQUM7QUFDUCxVQUFNLEVBQUUsTUFBQUUsT0FBTSxRQUFRLElBQUksU0FBUyxTQUFTLElBQUk7QUFDaEQsUUFBSSxRQUFRLE9BQU8sRUFBRyxPQUFNLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQztBQUNqRCxXQUFPQTtBQUFBLEVBQ1Q7QUFDRjtBQUdBLFNBQVMsU0FBUyxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FBWSxNQUFvRDtBQUMvRyxRQUFNQSxRQUFjLENBQUM7QUFDckIsUUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEM7QUFBQSxJQUNFLEtBQUs7QUFBQSxJQUNMLENBQUMsT0FBTztBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsS0FBSyxHQUFHLElBQUksR0FBRyxNQUFNLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO0FBQUEsTUFDeEMsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztBQUFBLElBQzNEO0FBQUEsSUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsZ0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCLFFBQUFBLE1BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLElBQUksV0FBVztBQUNqQixjQUFNLElBQUk7QUFBQSxVQUNSLDBDQUEwQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssTUFBTSxFQUFFO0FBQUEsUUFDL0k7QUFDRixZQUFNLFNBQVMsS0FBMEMsR0FBRztBQUM1RCxVQUFJLFFBQVEsV0FBVztBQUNyQixjQUFNLElBQUk7QUFBQSxVQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVksT0FBTyxTQUFTLGlCQUFpQjtBQUFBLFFBQy9HO0FBQ0YsVUFBSSxRQUFRLFdBQVcsWUFBYSxRQUFPO0FBQUEsVUFDdEMsQ0FBQUEsTUFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQUEsSUFDekI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUTtBQUN6QjtBQU1PLFNBQVMsY0FDZEQsU0FDQSxZQUNBLFFBQ0EsUUFDUTtBQUNSLFFBQU0sT0FBT0EsUUFBTztBQUNwQixNQUFJLFVBQVU7QUFDZCxNQUFJLFNBQVM7QUFDYixXQUFTLE9BQU8sR0FBRyxPQUFPLEtBQU0sUUFBUTtBQUN0QyxRQUFJLFFBQXFDLENBQUM7QUFDMUM7QUFBQSxNQUNFO0FBQUEsTUFDQSxPQUFPO0FBQUEsUUFDTCxRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQyxVQUFVLFVBQVUsV0FBVyxNQUFNO0FBQUEsUUFDbkcsUUFBUSxPQUFPLGtCQUFrQixVQUFVO0FBQUEsTUFDN0M7QUFBQSxNQUNBLENBQUMsUUFBUTtBQUNQLGlCQUFTLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsR0FBRyxRQUFRLFdBQWMsQ0FBQztBQUFBLE1BQzFHO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsVUFBTSxTQUFTLE1BQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNsRCxRQUFJLE9BQU87QUFDWDtBQUFBLE1BQ0UsT0FBTztBQUFBLE1BQ1AsQ0FBQyxPQUFPO0FBQUEsUUFDTixRQUFRO0FBQUEsUUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHLE1BQU0sT0FBTyxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7QUFBQSxRQUMxQyxRQUFRLE9BQU8sb0JBQW9CLFVBQVU7QUFBQSxNQUMvQztBQUFBLE1BQ0EsQ0FBQyxRQUFRO0FBQ1AsWUFBSSxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVcsSUFBSztBQUFBLE1BQ2hEO0FBQUEsSUFDRjtBQUNBLGVBQVc7QUFDWCxjQUFVLE1BQU0sU0FBUztBQUFBLEVBQzNCO0FBQ0EsU0FBTztBQUNUOzs7QUoxVkEsSUFBTSxlQUFlO0FBQ3JCLElBQU0sZ0JBQWdCO0FBRXRCLFNBQVMsTUFBTSxTQUF3QjtBQUNyQyxFQUFBRSxNQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFFBQU0sSUFBSSxNQUFNLE9BQU87QUFDekI7QUFFQSxTQUFTLE1BQU0sU0FBdUI7QUFDcEMsUUFBTUMsT0FBTSxHQUFHLE9BQU87QUFDdEIsUUFBTSxNQUFNQyxNQUFLLElBQUlELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsTUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQjtBQUFBLE1BQ0UsbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhO0FBQUEsSUFDdkc7QUFBQSxFQUNGO0FBQ0EsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QjtBQUFBLE1BQ0UsbUJBQW1CQSxJQUFHLGFBQWEsSUFBSSxNQUFNO0FBQUEsSUFDL0M7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLGNBQWNFLFNBQWdCQyxTQUF1QyxNQUFvQjtBQUNoRyxTQUFPQSxRQUFPLElBQUksS0FBS0QsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM1QztBQU1BLFNBQVMsTUFBTUEsU0FBZ0JDLFNBQXVDLE1BQW9CO0FBQ3hGLE1BQUksS0FBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBRyxLQUFLLE1BQU0sV0FBVyxJQUFJLHFDQUFxQztBQUNwRyxRQUFNLEVBQUUsT0FBTyxTQUFTLElBQUksS0FBSyxRQUFRLE1BQU0sR0FBRyxjQUFjRCxTQUFRQyxTQUFRLElBQUksQ0FBQztBQUNyRixRQUFNLFNBQVMsV0FBV0QsU0FBUSxPQUFPLFFBQVE7QUFDakQsTUFBSSxDQUFDLE9BQU8sT0FBTztBQUNqQixVQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxVQUFNLFFBQVFBLFFBQU8sWUFDakIsZUFBZUEsUUFBTyxTQUFTLEtBQy9CQSxRQUFPLFlBQ0wsR0FBRyxTQUFTLG9DQUFvQyxJQUFJLGVBQ3BELEdBQUcsU0FBUyxjQUFjLFNBQVM7QUFDekMsVUFBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRztBQUFBLEVBQ3hHO0FBQ0EsU0FBTyxPQUFPO0FBQ2hCO0FBRUEsU0FBUyxZQUFZLFFBQW1CLE9BQWVBLFNBQXNCO0FBQzNFLFFBQU0sT0FBYSxDQUFDO0FBQ3BCLFFBQU0sWUFBa0IsQ0FBQztBQUN6QixXQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxVQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsTUFDbEMsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDO0FBQUEsTUFDOUIsT0FBTztBQUFBLE1BQ1AsT0FBTztBQUFBLE1BQ1AsZUFBZTtBQUFBLElBQ2pCLENBQUM7QUFDRCxRQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sZ0RBQWdELFFBQVEsTUFBTSxJQUFJO0FBQzNGLFVBQU0sVUFBVSxPQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsUUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxjQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsU0FBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO0FBQUEsRUFDL0I7QUFDQSxRQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCO0FBQzFELGFBQVcsU0FBUyxNQUFNO0FBQ3hCLGVBQVM7QUFDUCxZQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxVQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLFVBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLFVBQUksS0FBSyxJQUFJLElBQUk7QUFDZixjQUFNLDZEQUE2REEsUUFBTyxrQkFBa0IsSUFBSTtBQUNsRyxNQUFBRSxPQUFNLEdBQUc7QUFBQSxJQUNYO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVFBLGVBQXNCLGtCQUEwRDtBQUM5RSxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7QUFBQSxJQUM5QixRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQWNGLFNBQWdCQyxTQUFnRDtBQUNyRixRQUFNLFFBQVEsVUFBV0osTUFBSyxLQUFLLFFBQVEsYUFBYSxDQUFDLENBQXdEO0FBQ2pILFFBQU0sU0FBa0IsQ0FBQztBQUN6QixhQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxLQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssR0FBRztBQUNyRCxhQUFPLEtBQUssRUFBRSxNQUFNLEdBQUcsS0FBSyxRQUFRLE1BQU0sR0FBRyxjQUFjRyxTQUFRQyxTQUFRLElBQUksQ0FBQyxFQUFFLENBQUM7QUFBQSxFQUN2RjtBQUNBLFNBQU87QUFDVDtBQVNBLGVBQXNCLFdBQVdELFNBQWdCRyxXQUEwQixDQUFDLEdBQXFCO0FBQy9GLFFBQU1ILFFBQU8sT0FBTztBQUNwQixRQUFNQyxVQUFTLE1BQU0sZ0JBQWdCO0FBQ3JDLFFBQU1HLGFBQVksSUFBSSxVQUFVSixRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUNsRSxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSSxNQUFNQSxTQUFRQyxTQUFRLElBQUk7QUFDbkUsUUFBTSxRQUFRLFNBQVM7QUFDdkIsUUFBTSxRQUFRLGNBQWNELFNBQVEsT0FBTyxPQUFPLGtCQUFrQixDQUFDLFVBQVUsV0FBVyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzlHLE1BQUksUUFBUSxFQUFHLFNBQVEsSUFBSSxrQkFBa0IsS0FBSyx3Q0FBd0M7QUFDMUYsTUFBSUcsU0FBUSxTQUFTO0FBQ25CLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBSTtBQUNGLFlBQU0sSUFBSSxjQUFjSCxTQUFRLGNBQWNBLFNBQVFDLE9BQU0sQ0FBQztBQUM3RCxjQUFRO0FBQUEsUUFDTixxQkFBcUJELFFBQU8sUUFBUSxPQUFPLDhCQUE4QixFQUFFLFFBQVEsZ0JBQWdCLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxVQUFVLEtBQUssSUFBSSxJQUFJLFdBQVcsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUFBLE1BQzlVO0FBQUEsSUFDRixTQUFTLE9BQU87QUFDZCxZQUFNLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzlEO0FBQUEsRUFDRjtBQUNBLFFBQU0sa0JBQWtCRyxTQUFRLE9BQU8sWUFBWUMsV0FBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9KLE9BQU0sSUFBSSxDQUFDO0FBRW5HLFNBQU8sRUFBRSxPQUFPLFFBQVEsZ0JBQWdCO0FBQzFDO0FBR0EsZUFBc0IsV0FBV0EsU0FBZ0IsTUFBMEM7QUFDekYsTUFBSSxDQUFDLE1BQU0sU0FBUyxLQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFFBQU1DLFVBQVMsTUFBTSxnQkFBZ0I7QUFFckMsUUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJLEtBQUssUUFBUSxTQUFTLEdBQUdBLFFBQU8sU0FBU0QsUUFBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxRQUFNLEVBQUUsTUFBTSxJQUFJLFdBQVdBLFNBQVEsT0FBTyxRQUFRO0FBQ3BELE1BQUksQ0FBQyxPQUFPO0FBQ1YsWUFBUTtBQUFBLE1BQ04saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSztBQUFBLElBQ3RHO0FBQ0E7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLGNBQWNBLFNBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVLFdBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLE1BQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7QUFDeEY7OztBTTVJTyxTQUFTLG1CQUE0QjtBQUMxQyxTQUFPLFNBQVM7QUFDbEI7QUFHTyxTQUFTLGFBQWFLLFNBQWdCLFdBQXVEO0FBQ2xHLE1BQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFFBQU0sUUFBUSxVQUFVO0FBR3hCLFFBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsUUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsTUFBSUEsUUFBTyxZQUFZO0FBQ3JCLGNBQVUsWUFBWSxrQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELFVBQU07QUFBQSxNQUNKLEdBQUcsY0FBYztBQUFBLFFBQ2YsVUFBVUEsUUFBTyxRQUFRO0FBQUEsUUFDekIsWUFBWUEsUUFBTyxRQUFRO0FBQUEsUUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxRQUFPLFFBQVEsdUJBQXVCO0FBQUEsUUFDL0UsZUFBZUEsUUFBTztBQUFBLE1BQ3hCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLE1BQUlBLFFBQU8sY0FBZSxnQkFBZSxNQUFNLE1BQU0sU0FBUyxPQUFPLFVBQVUsU0FBUyxDQUFDO0FBQ3pGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxZQUFZLHNCQUFzQixlQUFlLEtBQUssR0FBRyxTQUFTO0FBQUE7QUFBQSxJQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlBLFFBQU8scUJBQXFCLEVBQUUsS0FBS0EsUUFBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7QUFBQSxJQUN0RyxtQkFBbUI7QUFBQSxFQUNyQjtBQUNGO0FBTUEsU0FBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsYUFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFDeEQsUUFBSSxjQUFjLFFBQVEsRUFBRyxZQUFXLFVBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7QUFBQSxFQUNwRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxVQUE2QjtBQUM3QyxRQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBTTVDLE1BQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csTUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhO0FBQ2xGLFlBQVEsT0FBTyxLQUFLO0FBQ3RCLFNBQU87QUFDVDtBQUdPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDtBQU1PLFNBQVMsdUJBQTZCO0FBQzNDLE1BQUksT0FBVSxXQUFZLFNBQVEsT0FBVSxVQUFVO0FBQ3hEO0FBR0EsZUFBc0IsU0FBUyxNQUErQjtBQUM1RCx1QkFBcUI7QUFDckIsUUFBTSxXQUFXLFFBQVcsSUFBSTtBQUNsQzs7O0FDdEdBLE9BQU9DLFdBQVU7QUFDakIsU0FBUyxTQUFBQyxjQUFhOzs7QUNGZixTQUFTLFFBQVEsVUFBa0JDLFNBQWtDO0FBQzFFLE1BQUlBLFFBQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUNuRSxhQUFXLFNBQVNBLFFBQVEsS0FBSSxXQUFXLE1BQU0sT0FBUSxRQUFPLE1BQU07QUFDdEUsU0FBT0EsUUFBT0EsUUFBTyxTQUFTLENBQUMsRUFBRztBQUNwQztBQUVPLFNBQVMsT0FBTyxRQUErQztBQUNwRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsUUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsUUFBTSxNQUFNLEtBQUssTUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN4QyxTQUFPLE9BQU8sU0FBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTSxDQUFDLElBQUssT0FBTyxHQUFHLEtBQU07QUFDL0U7QUFHTyxJQUFNLGVBQWU7QUFNckIsU0FBUyxXQUFXLFlBQW9CLElBQWEsbUJBQTJCLFNBQXlCO0FBQzlHLFNBQU8sTUFBTSxhQUFhLFlBQVksb0JBQW9CLFdBQVc7QUFDdkU7OztBRGRPLFNBQVMscUJBQTZCO0FBQzNDLFVBQVEsS0FBSyxJQUFJLElBQUlDLE1BQUssU0FBUyxhQUFhO0FBQ2xEO0FBSUEsSUFBSSxhQUFhO0FBR1YsU0FBUyxXQUFXQyxTQUFrQztBQUMzRCxlQUFhO0FBQ2IsUUFBTSxPQUFPLFFBQVEsbUJBQW1CLEdBQUdBLE9BQU07QUFDakQsRUFBQUQsTUFBSyxHQUFHLFFBQVEsS0FBSyxRQUFRO0FBQzdCLFNBQU87QUFDVDtBQVNPLFNBQVMsV0FDZCxZQUNBQyxTQUNBLFdBQ0EsVUFDQSxVQUFVLElBQ0g7QUFDUCxRQUFNLFFBQVEsSUFBSUMsT0FBTSxVQUFVO0FBQ2xDLFFBQU0sbUJBQTZCLENBQUM7QUFDcEMsTUFBSTtBQUNKLGtCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFFBQUksQ0FBQyxXQUFZO0FBQ2pCLFVBQU0sUUFBUSxRQUFRLG1CQUFtQixHQUFHRCxPQUFNO0FBQ2xELElBQUFELE1BQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixRQUFJLFVBQVUsV0FBVztBQUN2QixVQUFJLEdBQUksa0JBQWlCLEtBQUssVUFBVTtBQUN4Qyx3QkFBa0I7QUFBQSxJQUNwQixXQUFXLFNBQVMsU0FBUyxLQUFLLEdBQUc7QUFDbkMsMEJBQW9CLE9BQU8sZ0JBQWdCO0FBQzNDLFVBQUksb0JBQW9CLE9BQVcsT0FBTSxJQUFJLFdBQVcsWUFBWSxJQUFJLGlCQUFpQixPQUFPLENBQUM7QUFBQSxJQUNuRztBQUFBLEVBQ0YsQ0FBQztBQUNELFNBQU87QUFDVDs7O0FFOURPLFNBQVMsVUFBVUcsT0FBc0I7QUFDOUMsU0FBT0EsTUFBSztBQUFBLElBQ1Y7QUFBQSxJQUNBLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDO0FBQUEsRUFDckY7QUFDRjtBQUdPLFNBQVMsbUJBQW1CQSxPQUFzQjtBQUN2RCxTQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0FBQ3pCO0FBUU8sU0FBUyxhQUFhQSxPQUFjQyxXQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFFBQU0sVUFBVUQsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxRQUFNLE9BQU9DLFNBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsUUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsUUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsUUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELFNBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztBQUM1Qzs7O0FDT08sU0FBUyxPQUFPQyxhQUE0QjtBQUNqRCxTQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtBQUNoRTtBQUVBLFNBQVMsT0FBTyxRQUFnQyxNQUFvQztBQUNsRixNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixTQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87QUFDeEU7QUFHTyxTQUFTLGNBQWMsTUFBbUM7QUFDL0QsUUFBTSxPQUF1QixDQUFDO0FBQzlCLGFBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLGVBQVcsQ0FBQ0EsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxZQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixZQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsV0FBSyxLQUFLO0FBQUEsUUFDUjtBQUFBLFFBQ0EsWUFBQUE7QUFBQSxRQUNBLElBQUksT0FBTztBQUFBLFFBQ1g7QUFBQSxRQUNBLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXO0FBQUEsUUFDakYsTUFBTSxPQUFPLFFBQVEsSUFBSTtBQUFBLE1BQzNCLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztBQUM1RjtBQUVBLElBQU0sYUFBYTtBQUdaLFNBQVMsYUFBYSxNQUFrQztBQUM3RCxRQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsUUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsUUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFFBQUksQ0FBQztBQUNILFdBQUssSUFBSSxVQUFXLElBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLLENBQUU7QUFDakgsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxVQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsUUFBSSxDQUFDLE1BQU87QUFDWixVQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixVQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsUUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxhQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUc7QUFBQSxRQUMzQixVQUFVLEVBQUUsU0FBUztBQUFBLFFBQ3JCLEtBQUssRUFBRSxPQUFPO0FBQUEsUUFDZCxLQUFLLEVBQUUsT0FBTyxLQUFLO0FBQUEsUUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztBQUFBLFFBQ25CLEtBQUssRUFBRSxPQUFPO0FBQUEsTUFDaEIsQ0FBQztBQUFBLElBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxVQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQy9FO0FBa0JBLElBQU0scUJBQXFCO0FBT3BCLFNBQVMsa0JBQ2QsTUFDQSx1QkFBK0MsQ0FBQyxHQUNoQztBQUNoQixRQUFNLFlBQTBCLENBQUM7QUFDakMsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsVUFBTSxXQUFXLG1CQUFtQixLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2xELFFBQUksYUFBYSxPQUFXO0FBQzVCLFVBQU1DLGNBQWEsT0FBTyxRQUFRLFNBQVM7QUFDM0MsVUFBTSxlQUFlLHFCQUFxQixRQUFRO0FBQ2xELFVBQU0sUUFBUSxPQUFPLEtBQUssT0FBTyxjQUFjLENBQUMsQ0FBQyxFQUM5QyxJQUFJLENBQUNELGdCQUFlLDZCQUE2QixLQUFLQSxXQUFVLElBQUksQ0FBQyxDQUFDLEVBQ3RFLEtBQUssQ0FBQyxNQUFNLE1BQU0sTUFBUztBQUM5QixjQUFVLEtBQUs7QUFBQSxNQUNiO0FBQUEsTUFDQSxZQUFBQztBQUFBLE1BQ0EsVUFBVSxpQkFBaUIsU0FBWSxPQUFPQSxjQUFhO0FBQUEsTUFDM0QsU0FBUyxVQUFVLFNBQVksT0FBTyxPQUFPLEtBQUs7QUFBQSxJQUNwRCxDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sUUFBUSxZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDN0QsTUFBSSxVQUFVLFdBQVcsS0FBSyxVQUFVLEtBQU0sUUFBTztBQUNyRCxZQUFVLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDN0QsUUFBTSxhQUFhLFNBQVMsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDbEYsUUFBTSxRQUNKLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDLE1BQU0sY0FDNUQsVUFBVSxNQUFNLENBQUMsUUFBUSxJQUFJLGFBQWEsSUFBSTtBQUNoRCxTQUFPLEVBQUUsWUFBWSxVQUFVLFFBQVEsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxVQUFXLENBQUMsSUFBSSxNQUFNLFVBQVU7QUFDbEg7QUFHTyxTQUFTLGlCQUFpQixTQUF3QztBQUN2RSxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLE1BQUksUUFBUSxlQUFlO0FBQ3pCLFdBQU87QUFDVCxRQUFNLE9BQ0osUUFBUSxhQUFhLE9BQ2pCLG1CQUFtQixZQUFZLFFBQVEsWUFBWSxPQUFPLENBQUMsZ0JBQzNELEdBQUcsWUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDLFdBQVcsUUFBUSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzNGLFNBQU8sdUJBQXVCLElBQUksc0JBQXNCLFlBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQztBQUNsRztBQUdPLFNBQVMsWUFBWSxLQUF5QjtBQUNuRCxRQUFNLFdBQ0osSUFBSSxhQUFhLE9BQU8sS0FBSyxLQUFLLFlBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxXQUFXLElBQUksYUFBYSxJQUFJLEtBQUssR0FBRztBQUM5RyxRQUFNLFVBQVUsSUFBSSxZQUFZLE9BQU8sZ0JBQWdCLGFBQWEsWUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO0FBQ3JHLFNBQU8sR0FBRyxZQUFZLElBQUksWUFBWSxPQUFPLENBQUMsYUFBYSxJQUFJLGVBQWUsSUFBSSxLQUFLLEdBQUcsb0JBQW9CLFFBQVEsR0FBRyxPQUFPO0FBQ2xJO0FBR08sU0FBUyxZQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxNQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELE1BQUksU0FBUyxNQUFNO0FBQ2pCLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsUUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxXQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzdDO0FBQ0EsTUFBSSxTQUFTO0FBQ1gsV0FBTyxLQUFLLE1BQU0sS0FBSyxFQUNwQixTQUFTLEVBQ1QsUUFBUSx5QkFBeUIsR0FBRztBQUN6QyxTQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7QUFDakc7QUFFTyxTQUFTLFlBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsUUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELFNBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0FBQ3ZFO0FBR08sU0FBUyxjQUFjLE1BQTJCO0FBQ3ZELFFBQU0sU0FBUyxZQUFZLE1BQU0sb0JBQW9CLEtBQUs7QUFDMUQsUUFBTSxNQUFNLFlBQVksTUFBTSxzQkFBc0IsT0FBTztBQUMzRCxNQUFJLFdBQVcsUUFBUSxRQUFRLEtBQU0sUUFBTztBQUM1QyxRQUFNLFVBQVUsWUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7QUFDeEUsUUFBTSxTQUFTLFlBQVksTUFBTSxtQ0FBbUMsS0FBSztBQUN6RSxTQUFPO0FBQUEsSUFDTCwrQ0FBK0MsWUFBWSxRQUFRLE9BQU8sQ0FBQztBQUFBLElBQzNFLFdBQVcsWUFBWSxLQUFLLE9BQU8sQ0FBQztBQUFBLElBQ3BDLEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQixZQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7QUFBQSxJQUNsRixtQkFBbUIsT0FBTztBQUFBLEVBQzVCLEVBQUUsS0FBSyxJQUFJO0FBQ2I7OztBQzFNTyxTQUFTLFlBQVksTUFBbUJDLFVBQXVDO0FBQ3BGLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMzQyxRQUFNQyxhQUFZLEtBQUssT0FBTyxxQkFBcUIsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUN2RSxRQUFNLFFBQVEsVUFBVSxlQUFlRCxTQUFRLFFBQVEsRUFBRTtBQUN6RCxRQUFNLFFBQVEsS0FBSyxJQUFJLENBQUMsTUFBTTtBQUM1QixVQUFNLE9BQU8sVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFVBQU0sV0FBVyxVQUFVLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQzFELFVBQU1FLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFFBQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSx3QkFBd0IsUUFBUTtBQUN4RCxXQUFPLEdBQUdBLEtBQUk7QUFBQSwwQkFBNkIsVUFBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxxQkFBcUIsWUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDLCtCQUErQixRQUFRO0FBQUE7QUFBQSxFQUNoTCxDQUFDO0FBQ0QsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHlDQUF5QyxLQUFLLE1BQU0sZUFBZSxRQUFRLHNCQUFzQkQsUUFBTztBQUFBLElBQ3hHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxNQUFNLGVBQWUsUUFBUSxrQ0FBa0NBLFFBQU87QUFBQSxJQUNsSCxHQUFHO0FBQUEsSUFDSDtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssSUFBSTtBQUNiOzs7QUNaQSxTQUFTLGVBQWUsTUFBZ0M7QUFDdEQsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUs7QUFBQSxNQUNOLENBQUMsTUFDQyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsTUFBTSxhQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQUEsSUFDL0c7QUFBQSxFQUNGO0FBQ0Y7QUFFTyxTQUFTLGVBQ2QsTUFDQUUsVUFDUTtBQUNSLFFBQU0sT0FBTyxjQUFjLElBQUk7QUFDL0IsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBQ3RDLFFBQU0sUUFBUTtBQUFBLElBQ1osa0JBQWtCLGFBQWFBLFNBQVEsVUFBVSxFQUFFLFNBQVMsTUFBTSxDQUFDLENBQUMsS0FBSyxPQUFPLFdBQVcsSUFBSSxTQUFTLEtBQUssTUFBTSx1QkFBdUIsS0FBSyxPQUFPLE1BQU0sT0FBTyxLQUFLLE1BQU0sb0JBQW9CO0FBQUEsSUFDbE07QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLFNBQVMsRUFBRyxPQUFNLEtBQUssR0FBRyxlQUFlLE1BQU0sR0FBRyxFQUFFO0FBQy9ELE1BQUksT0FBTyxTQUFTLEdBQUc7QUFFckIsVUFBTTtBQUFBLE1BQ0o7QUFBQSxNQUNBLFlBQVksT0FBTyxNQUFNLG9CQUFvQixPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7QUFBQSxNQUMzRTtBQUFBLE1BQ0EsR0FBRyxlQUFlLE1BQU07QUFBQSxNQUN4QjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFlBQVksYUFBYSxJQUFJO0FBQ25DLE1BQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsVUFBTSxLQUFLLDREQUE0RCxxQ0FBcUM7QUFDNUcsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTTtBQUFBLFFBQ0osS0FBSyxtQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTSxZQUFZLEVBQUUsV0FBVyxTQUFTLENBQUM7QUFBQSxNQUN0TjtBQUFBLElBQ0Y7QUFDQSxVQUFNLEtBQUssRUFBRTtBQUFBLEVBQ2Y7QUFDQSxRQUFNLFVBQVUsa0JBQWtCLE1BQU1BLFNBQVEsb0JBQW9CO0FBQ3BFLFFBQU0sU0FBUyxpQkFBaUIsT0FBTztBQUN2QyxNQUFJLE9BQVEsT0FBTSxLQUFLLEdBQUcsUUFBUyxhQUFhLElBQUksUUFBUSxFQUFFLEdBQUcsbUJBQW1CLE1BQU0sQ0FBQyxJQUFJLEVBQUU7QUFDakcsTUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsVUFBTSxLQUFLLGdGQUFnRixzQkFBc0I7QUFDakgsZUFBVyxPQUFPLFFBQVEsV0FBVztBQUNuQyxZQUFNO0FBQUEsUUFDSixLQUFLLG1CQUFtQixJQUFJLFFBQVEsQ0FBQyxNQUFNLFlBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxNQUFNLElBQUksYUFBYSxPQUFPLFFBQVEsWUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLE1BQU0sSUFBSSxZQUFZLE9BQU8sY0FBYyxZQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFBQSxNQUNyTztBQUFBLElBQ0Y7QUFDQSxVQUFNLEtBQUssRUFBRTtBQUFBLEVBQ2Y7QUFDQSxRQUFNLEtBQUssbUJBQW1CLGNBQWMsSUFBSSxDQUFDLEdBQUcsRUFBRTtBQUN0RCxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUM3RE8sSUFBTSx5QkFBeUI7QUEwQy9CLFNBQVMsYUFDZCxNQUNBLE1BQ0EsdUJBQStDLENBQUMsR0FDdkM7QUFDVCxRQUFNLGFBQWEsY0FBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBQyxhQUFZLElBQUksU0FBUyxPQUFPO0FBQUEsSUFDcEY7QUFBQSxJQUNBLFlBQUFBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxFQUNGLEVBQUU7QUFDRixRQUFNLFdBQVcsS0FBSyxTQUFTLG9CQUFvQixLQUFLLFNBQVM7QUFDakUsU0FBTztBQUFBLElBQ0wsZ0JBQWdCO0FBQUEsSUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUFBLElBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO0FBQUEsSUFDcEQ7QUFBQSxJQUNBLFdBQVcsYUFBYSxJQUFJO0FBQUEsSUFDNUIsU0FBUyxrQkFBa0IsTUFBTSxvQkFBb0I7QUFBQSxJQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUFBLElBQ3pHLFdBQVcsV0FDUDtBQUFBLE1BQ0UsZ0JBQWdCLFlBQVksTUFBTSxvQkFBb0IsS0FBSztBQUFBLE1BQzNELGlCQUFpQixZQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFBQSxNQUNoRSwwQkFBMEIsWUFBWSxNQUFNLG1DQUFtQyxLQUFLO0FBQUEsTUFDcEYsaUJBQWlCLFlBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO0FBQUEsSUFDM0UsSUFDQTtBQUFBLEVBQ047QUFDRjs7O0FDbkVBLElBQU0sV0FBVyxvQkFBSSxJQUFJO0FBQUEsRUFDdkI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFDRCxJQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixTQUFTLE1BQU0sT0FBZ0I7QUFDN0IsUUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ0MsVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixTQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtBQUN2RTtBQUVPLFNBQVMsWUFDZCxNQUNBQyxVQUNRO0FBQ1IsUUFBTSxJQUFJLE1BQU1BLFNBQVEsS0FBSztBQUM3QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxhQUFhLGNBQWMsSUFBSTtBQUNyQyxRQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFFBQU07QUFBQSxJQUNKLEVBQUU7QUFBQSxNQUNBLGVBQWVBLFNBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7QUFBQSxJQUNyTjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGFBQVcsS0FBSyxZQUFZO0FBQzFCLFVBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxVQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJLFlBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM3RztBQUNBLFFBQU0sWUFBWSxhQUFhLElBQUk7QUFDbkMsTUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsVUFBTTtBQUFBLE1BQ0o7QUFBQSxNQUNBLEVBQUU7QUFBQSxRQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDMUk7QUFBQSxJQUNGO0FBQ0EsZUFBVyxLQUFLLFdBQVc7QUFDekIsWUFBTSxPQUFPLENBQUMsTUFBcUIsWUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsWUFBTTtBQUFBLFFBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLFlBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztBQUFBLE1BQ2hMO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsa0JBQWtCLE1BQU1BLFNBQVEsb0JBQW9CO0FBQ3BFLFFBQU0sU0FBUyxpQkFBaUIsT0FBTztBQUN2QyxNQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsTUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsVUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLFVBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLGVBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksWUFBWSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ3ZHO0FBQ0EsUUFBTUMsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsUUFBTSxXQUFXLFlBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsUUFBTSxhQUFhLFlBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsUUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxRQUFNO0FBQUEsSUFDSixLQUFLLFlBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjQSxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLFlBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JBLFNBQVEsUUFBUSxDQUFDLENBQUM7QUFBQSxFQUNuTjtBQUNBLFFBQU0sS0FBSyxhQUFhLFlBQVksWUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxRQUFNLFNBQVMsWUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxRQUFNO0FBQUEsSUFDSixhQUFhLFlBQVksUUFBUSxTQUFTLENBQUMsWUFBWSxZQUFZLFlBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxhQUFhLFlBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQzNPO0FBQ0EsUUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixNQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLFVBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxlQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsWUFBTSxJQUFJLEVBQUU7QUFDWixZQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxZQUFNRixRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU8sWUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVMsWUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1QsWUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QixZQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxZQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJQSxLQUFJLEVBQUU7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLEtBQUssSUFBSSxLQUFLLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxTQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3hCOzs7QUM5R0EsSUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELFNBQVMsa0JBQWtCLE1BQW1CO0FBQ25ELFNBQU8sU0FBU0csZUFBYyxNQUEyQztBQUN2RSxVQUFNLE1BQThCO0FBQUEsTUFDbEMsUUFBUSxZQUFZLE1BQU07QUFBQSxRQUN4QixVQUFVLEtBQUs7QUFBQSxRQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtBQUFBLFFBQ25DLHNCQUFzQixLQUFLO0FBQUEsTUFDN0IsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFJLEtBQUs7QUFDUCxZQUFNLFVBQVU7QUFBQSxRQUNkO0FBQUEsUUFDQTtBQUFBLFVBQ0UsVUFBVSxLQUFLO0FBQUEsVUFDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO0FBQUEsVUFDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO0FBQUEsVUFDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztBQUFBLFVBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7QUFBQSxVQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO0FBQUEsVUFDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLFFBQ3RDO0FBQUEsUUFDQSxLQUFLO0FBQUEsTUFDUDtBQUVBLFlBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsVUFBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxVQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQ2hFLFVBQUksR0FBRyxHQUFHLFlBQVksSUFBSSxZQUFZLE1BQU0sSUFBSTtBQUNoRCxVQUFJLEdBQUcsR0FBRyxhQUFhLElBQUksZUFBZSxNQUFNLElBQUk7QUFBQSxJQUN0RDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQ2pEQSxTQUFTLFdBQUFDLFVBQVMsTUFBTSxTQUFBQyxjQUFhO0FBRzlCLElBQU0sc0JBQXNCLElBQUlBLE9BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSUEsT0FBTSx3QkFBd0IsSUFBSTtBQUVqRSxJQUFNLDZCQUE2QixJQUFJQSxPQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSUQsU0FBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJQSxTQUFRLGlCQUFpQjs7O0FDVjNELElBQU0sb0JBQW9CO0FBQzFCLElBQUksZUFBZTtBQUVuQixJQUFNLGFBQW1ELENBQUM7QUFFbkQsU0FBUyxZQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsTUFBSSxPQUFPLFdBQVcsSUFBSTtBQUMxQixNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxLQUFLO0FBQ3hCLGVBQVcsSUFBSSxJQUFJO0FBQUEsRUFDckI7QUFDQSxNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUTtBQUFBLFFBQ04sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQztBQUFBLE1BQ3RHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDMUJBLFNBQVMsYUFBYTtBQUN0QixPQUFPRSxXQUFVOzs7QUNDakIsU0FBUyxXQUFBQyxnQkFBZTtBQVNqQixJQUFNLFdBQVcsSUFBSUMsU0FBUSxVQUFVO0FBVTlDLElBQU0sV0FBMkMsQ0FBQztBQUVsRCxJQUFJO0FBR0csU0FBU0MsZUFBY0MsU0FBZ0IsTUFBb0I7QUFDaEUsU0FBTyxTQUFTLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM5QztBQWlCQSxJQUFJO0FBR0osSUFBTSxlQUFlLENBQUMsU0FBaUIsS0FBSyxJQUFJLElBQUksT0FBTyxFQUFFO0FBRTdELFNBQVNDLE9BQU1DLFNBQWdCLE1BQWUsTUFBaUM7QUFDN0UsUUFBTSxVQUFVLFlBQVksTUFBTSxNQUFNQyxlQUFjRCxTQUFRLElBQUksQ0FBQztBQUNuRSxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLGdCQUFjLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDOUQsUUFBTSxTQUFTLFVBQVUsTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDaEUsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsWUFBWSxPQUFPLGFBQWEsSUFBSSxPQUFPLGFBQWE7QUFDbEcsU0FBTztBQUFBLElBQ0wsUUFBUSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLE9BQU8sWUFBWTtBQUFBLElBQzdFLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxhQUFhLElBQUksS0FBSztBQUFBLElBQ3BELFNBQVM7QUFBQSxFQUNYO0FBQ0Y7QUFFQSxTQUFTLFFBQVFBLFNBQWdCLE1BQWUsTUFBaUM7QUFDL0UsUUFBTSxVQUFVLFNBQVMsSUFBSTtBQUM3QixNQUFJLFdBQVcsQ0FBQyxRQUFRLE9BQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLFFBQVEsUUFBUyxRQUFPO0FBQ3BGLE1BQUksUUFBUyxVQUFTLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyQyxRQUFNLE9BQU9ELE9BQU1DLFNBQVEsTUFBTSxJQUFJO0FBRXJDLE1BQUksUUFBUSxRQUFTLE1BQUssVUFBVSxRQUFRO0FBQzVDLFdBQVMsSUFBSSxJQUFJO0FBQ2pCLFNBQU87QUFDVDtBQUdPLFNBQVMsV0FBV0EsU0FBZ0IsTUFBZSxNQUFtQztBQUMzRixTQUFPLFFBQVFBLFNBQVEsTUFBTSxJQUFJLEdBQUc7QUFDdEM7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBa0I7QUFDMUUsUUFBTSxVQUFVLFFBQVFBLFNBQVEsTUFBTSxJQUFJO0FBQzFDLE1BQUksQ0FBQyxRQUFTLFFBQU8sQ0FBQztBQUN0QixNQUFJLENBQUMsUUFBUSxTQUFTO0FBQ3BCLFVBQU0sT0FBTyxRQUFRLE9BQU8sWUFBWSxFQUFFLEdBQUcsZUFBZSxPQUFPLElBQUksQ0FBQyxFQUFFO0FBQzFFLFFBQUksQ0FBQyxLQUFNLFFBQU8sQ0FBQztBQUNuQixZQUFRLFVBQVUsS0FBSyxNQUFNLElBQUksQ0FBQyxXQUFXLE9BQU8sRUFBRTtBQUFBLEVBQ3hEO0FBQ0EsU0FBTyxRQUFRO0FBQ2pCOzs7QUMxRkEsU0FBUyxTQUFBRSxjQUFhOzs7QUNEdEIsU0FBUyxTQUFBQyxjQUFhO0FBRXRCLElBQUk7QUFRRyxTQUFTLE1BQU0sT0FBMkM7QUFDL0QsUUFBTUMsV0FBVSxNQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU07QUFDL0QsTUFBSUEsV0FBVSxFQUFHLENBQUFDLE9BQU1ELFFBQU87QUFDOUIsY0FBWTtBQUNkO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUNwRyxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDeEQsTUFBSSxRQUFRLFNBQVM7QUFDckIsYUFBVyxLQUFLLE9BQU87QUFDckIsYUFBUyxFQUFFO0FBQ1gsUUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO0FBQUEsRUFDMUI7QUFDQSxTQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztBQUNsQztBQUdPLFNBQVMsUUFBVyxPQUFvQztBQUM3RCxTQUFPLE1BQU0sV0FBVyxJQUFJLFNBQVksTUFBTSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksTUFBTSxNQUFNLENBQUM7QUFDeEY7OztBSGRBLFNBQVMsVUFBVSxLQUFjLE1BQW1DO0FBQ2xFLFNBQU8sV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDOUM7QUFHTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1FLE1BQUssR0FBRyxRQUFRLE1BQU1BLE1BQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFLQSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFFBQU0sVUFBVSxRQUFRLFNBQVM7QUFDakMsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsWUFBTSxLQUFLLFFBQVEsV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUM5RCxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLFFBQ2xDLE9BQU8sWUFBWSxXQUFXLEdBQUc7QUFBQSxRQUNqQyxPQUFPO0FBQUEsUUFDUCxPQUFPO0FBQUEsUUFDUCxlQUFlO0FBQUEsTUFDakIsQ0FBQztBQUNELFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxTQUFTO0FBQ3ZDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDOzs7QUlsQkksU0FBUyxhQUFhLFNBQTBCO0FBQ3JELFNBQU87QUFBQSxJQUNMLEVBQUUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO0FBQUEsSUFDcEYsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtBQUFBLEVBQ2hHO0FBQ0Y7OztBQ2pEQSxJQUFNQyxVQUFTLGNBQWMsT0FBTztBQUNwQyxJQUFNLEVBQUUsV0FBVyxRQUFRLFdBQVcsT0FBTyxXQUFXLFVBQVUsZUFBZSxJQUFJLFdBQVcsU0FBUyxPQUFPQSxPQUFNO0FBRXRILElBQU0sYUFBYSxZQUFZLGdCQUFnQixRQUFRO0FBQ3ZELElBQU0sU0FBa0I7QUFBQSxFQUN0QixFQUFFLE1BQU0sWUFBWSxRQUFRLFVBQVU7QUFBQSxFQUN0QyxFQUFFLE1BQU0sU0FBUyxRQUFRLFdBQVc7QUFBQSxFQUNwQyxFQUFFLE1BQU0sY0FBYyxRQUFRLGFBQWEsVUFBVTtBQUFBLEVBQ3JELEVBQUUsTUFBTSxhQUFhLFFBQVEsU0FBUztBQUN4QztBQUNBLFdBQVcsMEJBQTBCLFFBQVEsWUFBWSxDQUFDLFdBQVcsQ0FBQztBQUUvRCxJQUFNLFVBQVUsYUFBYUEsU0FBUSxPQUFPO0FBQUEsRUFDakQsV0FBVyxhQUFhLFlBQVk7QUFBQSxFQUNwQyxXQUFXO0FBQUEsSUFDVCxPQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxRQUNFLEVBQUUsV0FBVyxXQUFXLFFBQVEsVUFBVTtBQUFBLFFBQzFDLEVBQUUsV0FBVyxlQUFlLFFBQVEsS0FBSyxNQUFNLFlBQVksTUFBTSxFQUFFO0FBQUEsUUFDbkUsRUFBRSxXQUFXLE9BQU8sUUFBUSxLQUFLLE1BQU0sWUFBWSxNQUFNLEVBQUU7QUFBQSxRQUMzRCxFQUFFLFdBQVcsZUFBZSxRQUFRLFVBQVU7QUFBQSxRQUM5QyxFQUFFLFdBQVcsWUFBWSxVQUFVLFFBQVEsVUFBVTtBQUFBLE1BQ3ZEO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxPQUFPO0FBQUEsSUFDTCxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxlQUFlLENBQUMsRUFBRTtBQUFBLElBQzdGO0FBQUEsTUFDRSxRQUFRO0FBQUEsTUFDUixNQUFNLEVBQUUsT0FBTyxhQUFhLE9BQU8sTUFBTTtBQUFBLE1BQ3pDLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBT0EsUUFBTyxRQUFRLFNBQVMsQ0FBQztBQUFBLElBQ3BFO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLE9BQU8sYUFBYSxPQUFPLE1BQU07QUFBQSxNQUN6QyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU9BLFFBQU8sUUFBUSxVQUFVLENBQUM7QUFBQSxJQUNwRTtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxPQUFPLFNBQVMsT0FBTyxNQUFNO0FBQUEsTUFDckMsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLElBQUksQ0FBQztBQUFBLElBQy9DO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUTtBQUFBLE1BQ1IsTUFBTSxFQUFFLE9BQU8sWUFBWSxPQUFPLE1BQU07QUFBQSxNQUN4QyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9BLFFBQU8sUUFBUSxTQUFTLENBQUM7QUFBQSxJQUNwRTtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxPQUFPLFNBQVMsT0FBTyxNQUFNO0FBQUEsTUFDckMsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPQSxRQUFPLFFBQVEsU0FBUyxDQUFDO0FBQUEsSUFDcEU7QUFBQSxJQUNBLEdBQUcsYUFBYSxFQUFFLEdBQUdBLFFBQU8sU0FBUyxhQUFhLEtBQUssSUFBSUEsUUFBTyxRQUFRLGFBQWEsR0FBRyxFQUFFLENBQUM7QUFBQSxFQUMvRjtBQUNGLEVBQUU7QUFHSyxJQUFNLGdCQUFnQixrQkFBa0IsRUFBRSxVQUFVLFFBQVEsQ0FBQztBQUU3RCxTQUFTLFFBQTBCO0FBQ3hDLFNBQU8sV0FBV0EsU0FBUSxFQUFFLFNBQVMsS0FBSyxDQUFDO0FBQzdDO0FBRU8sU0FBUyxXQUFXLE1BQXFCO0FBQzlDLGFBQVcsTUFBTTtBQUNqQixjQUFZLFdBQVcsYUFBYSxFQUFFLFFBQUFBLFNBQVEsS0FBSyxDQUFDO0FBQ3REOyIsCiAgIm5hbWVzIjogWyJ0ZXh0IiwgImZhaWwiLCAicGFydCIsICJwYXJ0IiwgImNvbmZpZyIsICJzZWNvbmRzIiwgImNvbmZpZyIsICJ0ZXh0IiwgImV4ZWMiLCAiZXhlYyIsICJjb25maWciLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImV4ZWMiLCAic2xlZXAiLCAiZXhlYyIsICJodHRwIiwgImh0dHAiLCAiaHR0cCIsICJwYXJhbXMiLCAic2hhcGUiLCAic2xlZXAiLCAiaHR0cCIsICJjb3VudCIsICJodHRwIiwgInNsZWVwIiwgImNvbmZpZyIsICJvcGVuIiwgImV4ZWMiLCAidXJsIiwgImh0dHAiLCAiY29uZmlnIiwgInNlY3JldCIsICJzbGVlcCIsICJvcHRpb25zIiwgImFub255bW91cyIsICJjb25maWciLCAicG9sbFJlc291cmNlcyIsICJleGVjIiwgIlRyZW5kIiwgInBoYXNlcyIsICJleGVjIiwgInBoYXNlcyIsICJUcmVuZCIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJpdGVyYXRpb25zIiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJvcGVuIiwgIm9wdGlvbnMiLCAiZXhwcmVzc2lvbiIsICJ0ZXh0IiwgIm9wdGlvbnMiLCAic2Vjb25kcyIsICJoYW5kbGVTdW1tYXJ5IiwgIkNvdW50ZXIiLCAiVHJlbmQiLCAiZXhlYyIsICJDb3VudGVyIiwgIkNvdW50ZXIiLCAiY2xhc3NQYXNzd29yZCIsICJjb25maWciLCAibG9naW4iLCAiY29uZmlnIiwgImNsYXNzUGFzc3dvcmQiLCAic2xlZXAiLCAic2xlZXAiLCAic2Vjb25kcyIsICJzbGVlcCIsICJleGVjIiwgImNvbmZpZyJdCn0K
