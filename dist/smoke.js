var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// dist/smoke.control.cjs
var require_smoke_control = __commonJS({
  "dist/smoke.control.cjs"(exports, module) {
    "use strict";
    var __create = Object.create;
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __getProtoOf = Object.getPrototypeOf;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __commonJS2 = (cb, mod) => function __require() {
      try {
        return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
      } catch (e) {
        throw mod = 0, e;
      }
    };
    var __export = (target, all) => {
      for (var name in all)
        __defProp(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp.call(to, key) && key !== except)
            __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
      // If the importer is in node compatibility mode or this is not an ESM
      // file that has been converted to a CommonJS file using a Babel-
      // compatible transform (i.e. "__esModule" has not been set), then set
      // "default" to the CommonJS "module.exports" for node compatibility.
      isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
      mod
    ));
    var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
    var require_k6 = __commonJS2({
      "k6-table:k6"(exports2, module2) {
        var { ns, defaultExport } = globalThis.__coursePerfK6["k6"];
        module2.exports = { __esModule: true };
        for (const key of Reflect.ownKeys(ns)) if (typeof key === "string")
          Object.defineProperty(module2.exports, key, { get: () => ns[key], enumerable: true });
        var member = (key) => () => {
          const value = defaultExport[key];
          return typeof value === "function" ? value.bind(defaultExport) : value;
        };
        if (defaultExport !== null && typeof defaultExport === "object") {
          for (const key of Reflect.ownKeys(defaultExport))
            if (typeof key === "string" && !(key in module2.exports))
              Object.defineProperty(module2.exports, key, { get: member(key), enumerable: true });
        }
      }
    });
    var require_execution = __commonJS2({
      "k6-table:k6/execution"(exports2, module2) {
        var { ns, defaultExport } = globalThis.__coursePerfK6["k6/execution"];
        module2.exports = { __esModule: true };
        for (const key of Reflect.ownKeys(ns)) if (typeof key === "string")
          Object.defineProperty(module2.exports, key, { get: () => ns[key], enumerable: true });
        var member = (key) => () => {
          const value = defaultExport[key];
          return typeof value === "function" ? value.bind(defaultExport) : value;
        };
        if (defaultExport !== null && typeof defaultExport === "object") {
          for (const key of Reflect.ownKeys(defaultExport))
            if (typeof key === "string" && !(key in module2.exports))
              Object.defineProperty(module2.exports, key, { get: member(key), enumerable: true });
        }
      }
    });
    var require_http = __commonJS2({
      "k6-table:k6/http"(exports2, module2) {
        var { ns, defaultExport } = globalThis.__coursePerfK6["k6/http"];
        module2.exports = { __esModule: true };
        for (const key of Reflect.ownKeys(ns)) if (typeof key === "string")
          Object.defineProperty(module2.exports, key, { get: () => ns[key], enumerable: true });
        var member = (key) => () => {
          const value = defaultExport[key];
          return typeof value === "function" ? value.bind(defaultExport) : value;
        };
        if (defaultExport !== null && typeof defaultExport === "object") {
          for (const key of Reflect.ownKeys(defaultExport))
            if (typeof key === "string" && !(key in module2.exports))
              Object.defineProperty(module2.exports, key, { get: member(key), enumerable: true });
        }
      }
    });
    var require_metrics = __commonJS2({
      "k6-table:k6/metrics"(exports2, module2) {
        var { ns, defaultExport } = globalThis.__coursePerfK6["k6/metrics"];
        module2.exports = { __esModule: true };
        for (const key of Reflect.ownKeys(ns)) if (typeof key === "string")
          Object.defineProperty(module2.exports, key, { get: () => ns[key], enumerable: true });
        var member = (key) => () => {
          const value = defaultExport[key];
          return typeof value === "function" ? value.bind(defaultExport) : value;
        };
        if (defaultExport !== null && typeof defaultExport === "object") {
          for (const key of Reflect.ownKeys(defaultExport))
            if (typeof key === "string" && !(key in module2.exports))
              Object.defineProperty(module2.exports, key, { get: member(key), enumerable: true });
        }
      }
    });
    var require_data = __commonJS2({
      "k6-table:k6/data"(exports2, module2) {
        var { ns, defaultExport } = globalThis.__coursePerfK6["k6/data"];
        module2.exports = { __esModule: true };
        for (const key of Reflect.ownKeys(ns)) if (typeof key === "string")
          Object.defineProperty(module2.exports, key, { get: () => ns[key], enumerable: true });
        var member = (key) => () => {
          const value = defaultExport[key];
          return typeof value === "function" ? value.bind(defaultExport) : value;
        };
        if (defaultExport !== null && typeof defaultExport === "object") {
          for (const key of Reflect.ownKeys(defaultExport))
            if (typeof key === "string" && !(key in module2.exports))
              Object.defineProperty(module2.exports, key, { get: member(key), enumerable: true });
        }
      }
    });
    var require_secrets = __commonJS2({
      "k6-table:k6/secrets"(exports2, module2) {
        var { ns, defaultExport } = globalThis.__coursePerfK6["k6/secrets"];
        module2.exports = { __esModule: true };
        for (const key of Reflect.ownKeys(ns)) if (typeof key === "string")
          Object.defineProperty(module2.exports, key, { get: () => ns[key], enumerable: true });
        var member = (key) => () => {
          const value = defaultExport[key];
          return typeof value === "function" ? value.bind(defaultExport) : value;
        };
        if (defaultExport !== null && typeof defaultExport === "object") {
          for (const key of Reflect.ownKeys(defaultExport))
            if (typeof key === "string" && !(key in module2.exports))
              Object.defineProperty(module2.exports, key, { get: member(key), enumerable: true });
        }
      }
    });
    var smoke_exports = {};
    __export(smoke_exports, {
      handleSummary: () => handleSummary2,
      options: () => options2,
      pollResources: () => pollResources22,
      setup: () => setup2,
      smoke: () => smoke2,
      teardown: () => teardown3
    });
    module.exports = __toCommonJS(smoke_exports);
    var DEFAULT_TARGETS2 = Object.freeze({
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
    var ROLES2 = ["regular", "power", "admin"];
    var UsersFileError2 = class extends Error {
      name = "UsersFileError";
    };
    function parseUsersCsv2(text2, file) {
      const accounts = { regular: [], power: [], admin: [] };
      const fail22 = (line, problem) => {
        throw new UsersFileError2(`PERFORMANCE_USERS_FILE ${file}, line ${line}: ${problem}`);
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
        if (quoted) fail22(n + 1, "a quoted field is not closed");
        fields.push(wasQuoted ? field : field.trim());
        if (!columns) {
          const names = fields.map((f) => f.toLowerCase());
          const at = (name) => names.indexOf(name);
          if (at("email") < 0 || at("password") < 0 || at("role") < 0) {
            fail22(n + 1, `the first line must be the header email,password,role (got ${JSON.stringify(line.slice(0, 80))})`);
          }
          columns = { email: at("email"), password: at("password"), role: at("role") };
          width = fields.length;
          continue;
        }
        if (fields.length !== width) fail22(n + 1, `expected ${width} fields like the header, got ${fields.length}`);
        const email = fields[columns.email] ?? "";
        const password = fields[columns.password] ?? "";
        const role = (fields[columns.role] ?? "").toLowerCase();
        if (email === "") fail22(n + 1, "empty email");
        if (password === "") fail22(n + 1, `empty password for ${email}`);
        if (!ROLES2.includes(role))
          fail22(n + 1, `unknown role ${JSON.stringify(role)} for ${email} (use regular, power or admin)`);
        if (seen.has(email.toLowerCase())) fail22(n + 1, `${email} is listed twice`);
        seen.add(email.toLowerCase());
        accounts[role].push({ email, password });
      }
      if (!columns) fail22(1, "the file is empty: it needs the header email,password,role and one line per account");
      return accounts;
    }
    function parsePoolSpec2(spec, name) {
      const sizes = { regular: 0, power: 0, admin: 0 };
      const expected = "role:count pairs such as regular:200,power:50,admin:10";
      for (const part of spec.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
        const match = /^(regular|power|admin):(\d{1,6})$/.exec(part);
        if (!match)
          throw new UsersFileError2(`invalid ${name}=${JSON.stringify(spec)}: "${part}" is not one of ${expected}`);
        sizes[match[1]] = Number(match[2]);
      }
      if (sizes.regular + sizes.power + sizes.admin === 0)
        throw new UsersFileError2(`invalid ${name}=${JSON.stringify(spec)}: expected ${expected}`);
      return sizes;
    }
    function poolEmail2(role, n) {
      return `${role}-${String(n).padStart(4, "0")}@example.com`;
    }
    function tooSmallForDistinct2(sizes, needed, source) {
      for (const role of ROLES2) {
        if (needed[role] > 0 && sizes[role] < needed[role]) {
          return `${source} has ${sizes[role]} ${role} account(s), but PERFORMANCE_USERS_DISTINCT=true needs ${needed[role]}: one per VU id this entry can start (k6 numbers VUs across all classes, and VU n uses the class's account n mod size)`;
        }
      }
      return void 0;
    }
    function vuIdBound2(scenarios) {
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
    var ConfigError2 = class extends Error {
      name = "ConfigError";
    };
    var MAX_RAMP_UP_S2 = 24 * 3600;
    var MAX_RAMP_DOWN_S2 = 3600;
    function raw2(env, name) {
      const value = env[name];
      return value === void 0 ? void 0 : value.trim();
    }
    function fail2(name, value, expected) {
      throw new ConfigError2(`invalid ${name}=${JSON.stringify(value)}: expected ${expected}`);
    }
    function numberIn2(min, max, what, integer) {
      return (env, name, fallback) => {
        const value = raw2(env, name);
        if (value === void 0) return fallback;
        const expected = `${what} from ${min} to ${max}`;
        if (!/^[+]?\d+(\.\d+)?$/.test(value)) fail2(name, value, expected);
        const parsed = Number(value);
        if (integer && !Number.isInteger(parsed) || parsed < min || parsed > max) fail2(name, value, expected);
        return parsed;
      };
    }
    var seconds = (min, max) => numberIn2(min, max, "a whole number of seconds", true);
    var count = (min, max) => numberIn2(min, max, "a whole number", true);
    var millis2 = numberIn2(1, 36e5, "milliseconds (a number)", false);
    var fraction2 = numberIn2(0, 1, "a fraction (e.g. 0.95)", false);
    var text = (env, name, fallback) => {
      const value = env[name];
      if (value === void 0) return fallback;
      if (value.trim() === "") fail2(name, value, "a non-empty value");
      return value;
    };
    function url(env, name, fallback) {
      const value = raw2(env, name);
      if (value === void 0) return fallback;
      const match = /^(https?):\/\/([^/\s:]+|\[[0-9a-fA-F:]+\])(:\d{1,5})?(\/\S*)?$/.exec(value);
      if (!match) fail2(name, value, "an http(s) URL such as http://127.0.0.1:8000");
      return value.replace(/\/+$/, "");
    }
    function weights(env, name) {
      const value = raw2(env, name);
      if (value === void 0) return { regular: 70, power: 20, admin: 10 };
      const parts = value.split("/").map((part) => part.trim());
      const expected = "three whole percentages regular/power/admin summing to 100, e.g. 70/20/10";
      if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part))) fail2(name, value, expected);
      const [regular, power, admin] = parts.map(Number);
      if (regular + power + admin !== 100) fail2(name, value, expected);
      return { regular, power, admin };
    }
    function thinkTime(env, name) {
      const value = raw2(env, name);
      if (value === void 0) return { min: 1, max: 3 };
      const match = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(value);
      const expected = "seconds as N or MIN-MAX (e.g. 1-3), each at most 60";
      if (!match) fail2(name, value, expected);
      const min = Number(match[1]);
      const max = match[2] === void 0 ? min : Number(match[2]);
      if (max < min || max > 60) fail2(name, value, expected);
      return { min, max };
    }
    function flag(env, name) {
      const value = raw2(env, name);
      if (value === void 0 || value === "" || value === "false" || value === "0") return false;
      if (value === "true" || value === "1") return true;
      return fail2(name, value, "true or false");
    }
    function hostList(env, name) {
      const value = raw2(env, name);
      if (value === void 0 || value === "") return [];
      const hosts = value.split(",").map((host) => host.trim().toLowerCase());
      if (hosts.some((host) => !/^(\[[0-9a-f:]+\]|[a-z0-9.\-:]+)$/.test(host))) {
        fail2(name, value, "a comma-separated list of host names or addresses, e.g. staging.example.com,10.0.0.5");
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
      const value = raw2(env, name);
      if (value === void 0 || value === "") return void 0;
      try {
        return parsePoolSpec2(value, name);
      } catch (error) {
        throw new ConfigError2(error instanceof UsersFileError2 ? error.message : String(error));
      }
    }
    function dataset(env) {
      const courses = count(0, 1e3)(env, "PERFORMANCE_DATASET_COURSES", 20);
      const generated = count(0, 1e3)(env, "PERFORMANCE_DATASET_GENERATED", Math.min(1, courses));
      if (generated > courses)
        fail2("PERFORMANCE_DATASET_GENERATED", String(generated), `at most PERFORMANCE_DATASET_COURSES (${courses})`);
      return {
        courses,
        generated,
        reseed: flag(env, "PERFORMANCE_DATASET_RESEED"),
        madeByPlatform: flag(env, "PERFORMANCE_DATASET_MADE_BY_PLATFORM")
      };
    }
    function parseConfig(env) {
      const d = DEFAULT_TARGETS2;
      const durationS = seconds(1, 7 * 24 * 3600)(env, "PERFORMANCE_TEST_DURATION", 60);
      const rampUpS = seconds(0, MAX_RAMP_UP_S2)(
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
        rampDownS: seconds(0, MAX_RAMP_DOWN_S2)(env, "PERFORMANCE_RAMP_DOWN", Math.min(10, rampUpS)),
        weights: weights(env, "PERFORMANCE_USER_WEIGHTS"),
        thinkTimeS: thinkTime(env, "PERFORMANCE_THINK_TIME"),
        pollIntervalS: numberIn2(0.1, 60, "seconds (a number)", false)(env, "GENERATION_POLL_INTERVAL", 1),
        generationTimeoutS: seconds(1, 24 * 3600)(env, "GENERATION_TIMEOUT", 300),
        chaptersPerCourse: count(1, 20)(env, "GENERATION_CHAPTERS", 3),
        sidecarUrl: url(env, "SIDECAR_URL", void 0),
        sidecarStrict: flag(env, "SIDECAR_STRICT"),
        allowedHosts: hostList(env, "PERFORMANCE_ALLOWED_HOSTS"),
        targets: {
          apiP95Ms: millis2(env, "THRESHOLD_API_P95_MS", d.apiP95Ms),
          apiP99Ms: millis2(env, "THRESHOLD_API_P99_MS", d.apiP99Ms),
          healthP95Ms: millis2(env, "THRESHOLD_HEALTH_P95_MS", d.healthP95Ms),
          exportP95Ms: millis2(env, "THRESHOLD_EXPORT_P95_MS", d.exportP95Ms),
          loginP95Ms: millis2(env, "THRESHOLD_LOGIN_P95_MS", d.loginP95Ms),
          chapterP95Ms: seconds(1, 24 * 3600)(env, "THRESHOLD_CHAPTER_P95_S", d.chapterP95Ms / 1e3) * 1e3,
          successRate: fraction2(env, "THRESHOLD_SUCCESS_RATE", d.successRate),
          errorRate: fraction2(env, "THRESHOLD_ERROR_RATE", d.errorRate),
          droppedShare: numberIn2(
            0,
            1,
            "a share of the scheduled iterations (e.g. 0.01)",
            false
          )(env, "THRESHOLD_DROPPED_SHARE", d.droppedShare),
          memoryMb: count(1, 1048576)(env, "PERFORMANCE_MEMORY_LIMIT", d.memoryMb),
          cpuPercent: numberIn2(1, 100, "a percentage", false)(env, "PERFORMANCE_CPU_LIMIT", d.cpuPercent),
          memoryGrowthMbPerMin: numberIn2(
            0,
            1e6,
            "MB per minute (a number)",
            false
          )(env, "THRESHOLD_MEMORY_GROWTH_MB_PER_MIN", d.memoryGrowthMbPerMin)
        },
        usersFile: raw2(env, "PERFORMANCE_USERS_FILE") || void 0,
        demoUsers: poolSpec(env, "DEMO_USERS"),
        usersDistinct: flag(env, "PERFORMANCE_USERS_DISTINCT"),
        dataset: dataset(env)
      };
    }
    var SMOKE_SECONDS3 = 10;
    var smokeEntry2 = {
      suite: "by-name",
      length: "one pass",
      settings: () => ({ seconds: SMOKE_SECONDS3 })
    };
    var patterns;
    var pattern = () => patterns ??= {
      metricName: /^[A-Za-z_][A-Za-z0-9_]*$/,
      tagPart: /^[A-Za-z0-9_.\-/]+$/,
      percentile: /^p\((\d+(\.\d+)?)\)$/
    };
    function metricKey2(metric, tags) {
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
    function toK6Thresholds2(gates) {
      const out = {};
      for (const gate of gates) {
        const key = metricKey2(gate.metric, gate.tags);
        out[key] = [...out[key] ?? [], ...gate.rules.map(toK6)];
      }
      return out;
    }
    var isArrivalRate2 = (scenario) => scenario.executor === "constant-arrival-rate" || scenario.executor === "ramping-arrival-rate";
    var SUMMARY_TREND_STATS2 = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
    var import_k69 = __toESM(require_k6(), 1);
    var import_execution6 = __toESM(require_execution(), 1);
    var import_http6 = __toESM(require_http(), 1);
    var import_metrics8 = __toESM(require_metrics(), 1);
    var import_data4 = __toESM(require_data(), 1);
    var SHARED_CONFIG2 = "course-perf:config";
    var config2 = parseConfig(__ENV);
    new import_data4.SharedArray(SHARED_CONFIG2, () => [config2]);
    function declareMetrics2() {
      return {
        /** Percent of the CPUs available to the server, 0-100. */
        cpuPercent: new import_metrics8.Trend("server_cpu_percent"),
        /** Per-core sum: 100 = one core fully busy. */
        cpuCoresPercent: new import_metrics8.Trend("server_cpu_cores_percent"),
        /** PSS sum (process tree), working set (cgroup), RSS (/metrics) or the memory query (Prometheus server), MB. */
        memoryMb: new import_metrics8.Trend("server_memory_mb"),
        /** Polls the sidecar did not answer, plus readings the sidecar failed to take: each about one interval without data. */
        samplesMissing: new import_metrics8.Counter("server_samples_missing"),
        /** MB per minute over the load after the sidecar's warm-up (least-squares slope), recorded once in teardown. */
        memoryGrowth: new import_metrics8.Trend("server_memory_growth_mb_per_min")
      };
    }
    var server2 = __VU === 0 || config2.sidecarUrl !== void 0 ? declareMetrics2() : void 0;
    var POLL2 = { tags: { scope: "sidecar", name: "sidecar" }, responseCallback: null, timeout: "2s" };
    var cursor2 = 0;
    var errorsSeen2;
    var loadMarked2 = false;
    function markPhase2(sidecarUrl, phase) {
      const res = import_http6.default.post(`${sidecarUrl}/phase`, JSON.stringify({ phase }), {
        ...POLL2,
        headers: { "content-type": "application/json" }
      });
      return res.status === 200 || res.status === 404;
    }
    var TAIL_S = 30;
    function resourcesScenario2(durationS, startTime) {
      return {
        executor: "constant-vus",
        exec: "pollResources",
        vus: 1,
        duration: `${Math.max(1, Math.ceil(durationS))}s`,
        gracefulStop: `${TAIL_S}s`,
        ...startTime ? { startTime } : {}
      };
    }
    function parse2(body) {
      try {
        return typeof body === "string" ? JSON.parse(body) : void 0;
      } catch {
        return void 0;
      }
    }
    function pollResources3(sidecarUrl) {
      if (!loadMarked2) loadMarked2 = markPhase2(sidecarUrl, "load");
      for (; ; ) {
        const started = Date.now();
        pollOnce2(sidecarUrl);
        (0, import_k69.sleep)(Math.max(0, 1 - (Date.now() - started) / 1e3));
        if (import_execution6.default.scenario.progress < 1) return;
        if (import_execution6.default.instance.vusActive <= 1) break;
      }
      markPhase2(sidecarUrl, "teardown");
      pollOnce2(sidecarUrl);
    }
    function pollOnce2(sidecarUrl) {
      const res = import_http6.default.get(`${sidecarUrl}/samples?since=${cursor2}`, POLL2);
      const body = res.status === 200 ? parse2(res.body) : void 0;
      if (!body || !Array.isArray(body.samples)) {
        server2.samplesMissing.add(1);
        return;
      }
      if (typeof body.errors === "number") {
        if (errorsSeen2 !== void 0 && body.errors > errorsSeen2) server2.samplesMissing.add(body.errors - errorsSeen2);
        errorsSeen2 = body.errors;
      }
      for (const sample2 of body.samples) {
        cursor2 = Math.max(cursor2, sample2.seq);
        if (sample2.phase !== void 0 && sample2.phase !== "load") continue;
        server2.cpuPercent.add(sample2.cpu_percent);
        server2.cpuCoresPercent.add(sample2.cpu_cores_percent);
        server2.memoryMb.add(sample2.memory_mb);
      }
      if (typeof body.refused === "string")
        import_execution6.default.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
    }
    function endLoad2(sidecarUrl) {
      markPhase2(sidecarUrl, "teardown");
      const res = import_http6.default.get(`${sidecarUrl}/summary`, POLL2);
      const summary = res.status === 200 ? parse2(res.body) : void 0;
      if (summary && typeof summary.memory_growth_mb_per_min === "number")
        server2.memoryGrowth.add(summary.memory_growth_mb_per_min);
    }
    function resourceGates2(limits) {
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
    var import_data22 = __toESM(require_data(), 1);
    var import_execution22 = __toESM(require_execution(), 1);
    function readFile2(path) {
      try {
        return open(path);
      } catch (error) {
        throw new Error(
          `PERFORMANCE_USERS_FILE ${path} cannot be read (${String(error)}): give an absolute path to a CSV with the header email,password,role`
        );
      }
    }
    function filePool2(path) {
      const arrays = {};
      for (const role of ROLES2)
        arrays[role] = new import_data22.SharedArray(
          `users:${role}`,
          () => parseUsersCsv2(readFile2(path), path)[role]
        );
      return {
        source: `PERFORMANCE_USERS_FILE ${path}`,
        sizes: { regular: arrays.regular.length, power: arrays.power.length, admin: arrays.admin.length },
        account: (role, index) => arrays[role][index]
      };
    }
    function makePool2(config22) {
      if (config22.usersFile) return filePool2(config22.usersFile);
      const users = config22.users;
      if (config22.demoUsers) {
        return {
          source: "DEMO_USERS",
          sizes: config22.demoUsers,
          account: (role, index, password) => ({ email: poolEmail2(role, index + 1), password })
        };
      }
      return {
        source: "REGULAR_USER_EMAIL / POWER_USER_EMAIL / ADMIN_USER_EMAIL (one shared account per class)",
        sizes: { regular: 1, power: 1, admin: 1 },
        account: (role, _index, password) => ({ email: users[role].email, password })
      };
    }
    function accountOfVu2(pool22, role, classPassword3) {
      const size = pool22.sizes[role];
      return size === 0 ? void 0 : pool22.account(role, (import_execution22.default.vu.idInTest - 1) % size, classPassword3);
    }
    function assertDistinct2(pool22, roles, vuIds) {
      const needed = { regular: 0, power: 0, admin: 0 };
      for (const role of roles) needed[role] = vuIds;
      const problem = tooSmallForDistinct2(pool22.sizes, needed, pool22.source);
      if (problem) throw new Error(problem);
    }
    var pool2 = makePool2(config2);
    var import_k642 = __toESM(require_k6(), 1);
    var import_execution32 = __toESM(require_execution(), 1);
    var import_http42 = __toESM(require_http(), 1);
    var import_secrets3 = __toESM(require_secrets(), 1);
    var import_k622 = __toESM(require_k6(), 1);
    var import_http22 = __toESM(require_http(), 1);
    var ENDPOINTS2 = [
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
    var API_SCOPE2 = "api";
    function apiPath2(resource, id, index) {
      const segment = id === void 0 ? "" : encodeURIComponent(String(id));
      switch (resource) {
        case "health":
          return "/health";
        case "login":
          return "/api/v1/auth/login";
        case "courses":
          return "/api/v1/courses";
        case "course":
          return `/api/v1/courses/${segment}`;
        case "generate":
          return `/api/v1/courses/${segment}/generate`;
        case "job":
          return `/api/v1/jobs/${segment}`;
        case "chapter":
          return `/api/v1/courses/${segment}/chapters/${index}`;
        case "exportCourse":
          return `/api/v1/courses/${segment}/export`;
        case "adminStats":
          return "/api/v1/admin/stats";
        case "adminJobs":
          return "/api/v1/admin/jobs";
        case "adminUsers":
          return "/api/v1/admin/users";
      }
    }
    var routeNames2 = {
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
    var tagsByEndpoint2 = {};
    function requestTags2(endpoint) {
      let tags = tagsByEndpoint2[endpoint];
      if (tags === void 0) {
        tags = { endpoint, scope: API_SCOPE2, name: routeNames2[endpoint] };
        tagsByEndpoint2[endpoint] = tags;
      }
      return tags;
    }
    var isId2 = (v) => typeof v === "string" || typeof v === "number";
    var isCount2 = (v) => typeof v === "number";
    function hasShape2(shape, field) {
      switch (shape) {
        case "health":
          return field("status") === "ok";
        case "login": {
          const token = field("access_token");
          return typeof token === "string" && token !== "";
        }
        case "courseList":
          return isCount2(field("items.#")) && typeof field("total") === "number";
        case "course":
          return isId2(field("id")) && typeof field("title") === "string";
        case "courseWithChapters":
          return isId2(field("id")) && isCount2(field("chapters.#"));
        case "jobAccepted":
          return isId2(field("job_id"));
        case "job":
          return typeof field("status") === "string" && isCount2(field("chapters.#"));
        case "chapter":
          return typeof field("content") === "string";
        case "anyObject": {
          const whole = field("@this");
          return typeof whole === "object" && whole !== null && !Array.isArray(whole);
        }
      }
    }
    function isJson2(res) {
      return String(res.headers["Content-Type"] ?? "").includes("json");
    }
    var reading2;
    var readField2 = (path) => {
      try {
        return reading2.json(path) ?? void 0;
      } catch {
        return void 0;
      }
    };
    var LazyResult2 = class {
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
          this.value = parseJson2(this.res.body);
          this.parsed = true;
        }
        return this.value;
      }
    };
    function parseJson2(body) {
      try {
        return JSON.parse(body);
      } catch {
        return void 0;
      }
    }
    var statusCallbacks2 = {};
    function expectStatus2(status) {
      let callback = statusCallbacks2[status];
      if (callback === void 0) {
        callback = import_http22.default.expectedStatuses(status);
        statusCallbacks2[status] = callback;
      }
      return callback;
    }
    var observer2;
    var outcome2 = { statusOk: false, shapeOk: false };
    var checkSets2 = {};
    function checksFor2(endpoint, expected, withShape) {
      let set = checkSets2[endpoint];
      if (!set) {
        const checks = { [`${endpoint}: status is ${expected}`]: (o) => o.statusOk };
        if (withShape) checks[`${endpoint}: body has the expected shape`] = (o) => !o.statusOk || o.shapeOk;
        set = { checks, tags: { endpoint } };
        checkSets2[endpoint] = set;
      }
      return set;
    }
    var ApiClient2 = class _ApiClient {
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
            tags: requestTags2(endpoint),
            timeout: this.timeout,
            responseCallback: expectStatus2(expected)
          };
          if (!readsBody) params2.responseType = "none";
          this.params[endpoint] = params2;
        }
        return params2;
      }
      call(endpoint, method, path, expected, shape, payload) {
        const withPayload = payload !== void 0;
        const res = import_http22.default.request(
          method,
          `${this.baseUrl}${path}`,
          withPayload ? JSON.stringify(payload) : null,
          this.paramsFor(endpoint, expected, withPayload, shape !== void 0)
        );
        const status = res.status;
        const statusOk = status === expected;
        if (status === 401) this.unauthorized = true;
        let shapeOk = !shape;
        if (shape && statusOk) {
          reading2 = res;
          shapeOk = isJson2(res) && hasShape2(shape, readField2);
          reading2 = void 0;
        }
        outcome2.statusOk = statusOk;
        outcome2.shapeOk = shapeOk;
        const { checks, tags } = checksFor2(endpoint, expected, shape !== void 0);
        const ok = (0, import_k622.check)(outcome2, checks, tags);
        const allOk = ok && statusOk && shapeOk;
        observer2?.(endpoint, res.timings.duration, allOk);
        return new LazyResult2(allOk, status, shape && statusOk && shapeOk ? res : void 0);
      }
      health() {
        return this.call("health", "GET", apiPath2("health"), 200, "health");
      }
      login(email, password) {
        return this.call("login", "POST", apiPath2("login"), 200, "login", { email, password });
      }
      listCourses(query = {}) {
        let search = "";
        for (const key in query) {
          const value = query[key];
          if (value !== void 0) search += `${search ? "&" : "?"}${key}=${encodeURIComponent(String(value))}`;
        }
        return this.call("courses_list", "GET", `${apiPath2("courses")}${search}`, 200, "courseList");
      }
      createCourse(course) {
        return this.call("course_create", "POST", apiPath2("courses"), 201, "course", course);
      }
      getCourse(id) {
        return this.call("course_get", "GET", apiPath2("course", id), 200, "courseWithChapters");
      }
      updateCourse(id, changes) {
        return this.call("course_update", "PATCH", apiPath2("course", id), 200, "course", changes);
      }
      deleteCourse(id) {
        return this.call("course_delete", "DELETE", apiPath2("course", id), 204, void 0);
      }
      generate(id) {
        return this.call("course_generate", "POST", apiPath2("generate", id), 202, "jobAccepted", {});
      }
      getJob(jobId) {
        return this.call("job_get", "GET", apiPath2("job", jobId), 200, "job");
      }
      getChapter(id, index) {
        return this.call("chapter_get", "GET", apiPath2("chapter", id, index), 200, "chapter");
      }
      exportCourse(id, format) {
        return this.call("course_export", "GET", `${apiPath2("exportCourse", id)}?format=${format}`, 200, void 0);
      }
      adminStats() {
        return this.call("admin_stats", "GET", apiPath2("adminStats"), 200, "anyObject");
      }
      adminJobs(limit = 20) {
        return this.call("admin_jobs", "GET", `${apiPath2("adminJobs")}?limit=${limit}`, 200, "anyObject");
      }
      adminUsers() {
        return this.call("admin_users", "GET", apiPath2("adminUsers"), 200, "anyObject");
      }
    };
    var import_k632 = __toESM(require_k6(), 1);
    var import_http32 = __toESM(require_http(), 1);
    var DATASET_TITLE2 = "course-perf dataset";
    var RUN_TITLE_FILTER2 = "perf-";
    function datasetTitle2(n) {
      return `${DATASET_TITLE2} ${String(n).padStart(2, "0")}`;
    }
    function newRunId2(now = Date.now()) {
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
    var LIVE_RUN_WINDOW_MS2 = 6 * 60 * 60 * 1e3;
    function isLeftover2(title, current, own) {
      if (!title.startsWith(RUN_TITLE_FILTER2)) return false;
      const runId = runIdOf(title);
      if (own) return runId === current;
      if (runId === void 0) return true;
      if (runId === current) return false;
      const started = runStartOf(runId);
      return started === void 0 || started < (runStartOf(current) ?? 0) - LIVE_RUN_WINDOW_MS2;
    }
    var CONCURRENCY = 16;
    var LIST_LIMIT = 100;
    var ATTEMPTS = 6;
    var retried = 0;
    var transient = (res) => res.status === 0 || res.status >= 500;
    function batched(count2, make, onAnswer) {
      for (let first = 0; first < count2; first += CONCURRENCY) {
        const chunk = [];
        for (let i = first; i < Math.min(count2, first + CONCURRENCY); i++) chunk.push(make(i));
        const got = import_http32.default.batch(chunk);
        for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
          const again = got.map((res, k) => transient(res) ? k : -1).filter((k) => k >= 0);
          if (again.length === 0) break;
          retried += again.length;
          (0, import_k632.sleep)(0.2 * 2 ** (attempt - 1));
          import_http32.default.batch(again.map((k) => chunk[k])).forEach((res, j) => {
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
    function quietLogin2(config22, email, password) {
      const result = { token: void 0, status: 0 };
      batched(
        1,
        () => ({
          method: "POST",
          url: `${config22.baseUrl}${apiPath2("login")}`,
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
    var PROGRESS_EVERY_MS = 2e3;
    var progressSaidAt = 0;
    function progress(line, always = false) {
      if (!always && Date.now() - progressSaidAt < PROGRESS_EVERY_MS) return;
      progressSaidAt = Date.now();
      console.log(`setup: dataset: ${line}`);
    }
    function ensureDataset2(config22, owners) {
      const { courses: wanted, generated: generatedPerUser, reseed } = config22.dataset;
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
      const seeding = { base: config22.baseUrl, owners, tokens: [], report };
      progress(`checking ${owners.length} account(s)`, true);
      logIn(
        seeding,
        owners.map((_, i) => i)
      );
      let listed = listDatasets(seeding);
      if (reseed) listed = removeDatasets(seeding, listed);
      const toGenerate = createCourses(seeding, listed, wanted, generatedPerUser);
      awaitGeneration(seeding, startGeneration(seeding, toGenerate), config22.generationTimeoutS);
      report.retried = retried - retriedBefore;
      return report;
    }
    function logIn({ base, owners, tokens }, which) {
      batched(
        which.length,
        (k) => ({
          method: "POST",
          url: `${base}${apiPath2("login")}`,
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
      const listUrl = `${base}${apiPath2("courses")}?q=${encodeURIComponent(DATASET_TITLE2)}&limit=${LIST_LIMIT}`;
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
            url: `${base}${apiPath2("course", doomed[k].id)}`,
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
            title: datasetTitle2(n),
            topic: `dataset topic ${n}`,
            level: "beginner",
            chapter_count: generate ? 1 : 3
          };
          return {
            method: "POST",
            url: `${base}${apiPath2("courses")}`,
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
          progress(`${report.created} of ${creations.length} course(s) created`);
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
          url: `${base}${apiPath2("generate", toGenerate[k].id)}`,
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
      const total = jobs.length;
      while (jobs.length > 0) {
        progress(`${total - jobs.length} of ${total} generated course(s) done`);
        if (Date.now() > deadline)
          throw new Error(
            `dataset: ${jobs.length} generation job(s) did not finish within GENERATION_TIMEOUT=${timeoutS}s`
          );
        (0, import_k632.sleep)(1);
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
          url: `${base}${apiPath2("job", jobs[k].jobId)}`,
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
    function removeCourses2(config22, adminToken, filter, remove) {
      const base = config22.baseUrl;
      let removed = 0;
      let offset = 0;
      for (let page = 0; page < 1e3; page++) {
        let items = [];
        batched(
          1,
          () => ({
            method: "GET",
            url: `${base}${apiPath2("courses")}?q=${encodeURIComponent(filter)}&limit=${LIST_LIMIT}&offset=${offset}`,
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
            url: `${base}${apiPath2("course", doomed[k].id)}`,
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
    var SEED_COURSES = 3;
    var PROBE_TIMEOUT = "5s";
    function abort(message) {
      import_execution32.default.test.abort(message);
      throw new Error(message);
    }
    function probe(baseUrl) {
      const url2 = `${baseUrl}/health`;
      const res = import_http42.default.get(url2, { timeout: PROBE_TIMEOUT, tags: { scope: "setup", name: "GET /health (setup probe)" } });
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
    function classPassword2(config22, secret22, role) {
      return secret22[role] ?? config22.users[role].password;
    }
    function login2(config22, secret22, role) {
      if (pool2.sizes[role] === 0) abort(`${pool2.source} has no ${role} account, and this entry needs one.`);
      const { email, password } = pool2.account(role, 0, classPassword2(config22, secret22, role));
      const result = quietLogin2(config22, email, password);
      if (!result.token) {
        const envPrefix = `${role.toUpperCase()}_USER`;
        const where = config22.usersFile ? `its line in ${config22.usersFile}` : config22.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
        abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
      }
      return result.token;
    }
    function seedCourses(client, runId, config22) {
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
      const deadline = Date.now() + config22.generationTimeoutS * 1e3;
      for (const jobId of jobs) {
        for (; ; ) {
          const job = client.getJob(jobId).body;
          if (job?.status === "completed") break;
          if (job?.status === "failed") abort(`a seed course's generation failed: ${job.error ?? "no reason given"}.`);
          if (Date.now() > deadline)
            abort(`seed courses were not generated within GENERATION_TIMEOUT=${config22.generationTimeoutS}s.`);
          (0, import_k642.sleep)(0.5);
        }
      }
      return courseIds;
    }
    async function secretPasswords2() {
      const found = {};
      for (const role of ROLES2) {
        try {
          const password = await import_secrets3.default.get(`${role.toUpperCase()}_USER_PASSWORD`);
          if (password) found[role] = password;
        } catch {
        }
      }
      return found;
    }
    function datasetOwners(config22, secret22) {
      const vuIds = vuIdBound2(import_execution32.default.test.options.scenarios ?? {});
      const owners = [];
      for (const role of ["regular", "power"]) {
        for (let i = 0; i < Math.min(pool2.sizes[role], vuIds); i++)
          owners.push({ role, ...pool2.account(role, i, classPassword2(config22, secret22, role)) });
      }
      return owners;
    }
    function sample(owners) {
      const picked = /* @__PURE__ */ new Set();
      for (const role of ["regular", "power"]) {
        const ofClass = owners.filter((o) => o.role === role);
        if (ofClass.length > 0) picked.add(ofClass[0]).add(ofClass[ofClass.length - 1]);
      }
      return [...picked];
    }
    function prepareDataset(config22, owners) {
      const started = Date.now();
      const took = () => `in ${((Date.now() - started) / 1e3).toFixed(1)} s`;
      const head = `setup: dataset of ${config22.dataset.courses} course(s) per account for ${owners.length} account(s)`;
      if (config22.dataset.madeByPlatform && !config22.dataset.reseed) {
        const checked = sample(owners);
        const s = ensureDataset2(config22, checked);
        if (s.reused === checked.length) {
          console.log(`${head}: made by the platform at start, ${checked.length} account(s) checked, ${took()}`);
          return;
        }
        console.log(
          `setup: the dataset the platform made at start is incomplete (${checked.length - s.reused} of ${checked.length} account(s) checked lacked courses): checking every account`
        );
      }
      const r = ensureDataset2(config22, owners);
      console.log(
        `${head}: ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed${r.retried > 0 ? `, ${r.retried} request(s) sent again after no answer or a 5xx` : ""}, ${took()}`
      );
    }
    async function prepareRun2(config22, options22 = {}) {
      probe(config22.baseUrl);
      const secret22 = await secretPasswords2();
      const anonymous22 = new ApiClient2(config22.baseUrl, config22.apiTimeoutS);
      const tokens = {};
      for (const role of ROLES2) tokens[role] = login2(config22, secret22, role);
      const runId = newRunId2();
      const swept = removeCourses2(config22, tokens.admin, RUN_TITLE_FILTER2, (title) => isLeftover2(title, runId, false));
      if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
      if (options22.dataset) {
        try {
          prepareDataset(config22, datasetOwners(config22, secret22));
        } catch (error) {
          abort(error instanceof Error ? error.message : String(error));
        }
      }
      const seededCourseIds = options22.seed ? seedCourses(anonymous22.as(tokens.regular), runId, config22) : [];
      return { runId, tokens, seededCourseIds, secretsFound: Object.keys(secret22).length > 0 };
    }
    async function cleanUpRun2(config22, data) {
      if (!data?.runId || pool2.sizes.admin === 0) return;
      const secret22 = await secretPasswords2();
      const { email, password } = pool2.account("admin", 0, secret22.admin ?? config22.users.admin.password);
      const { token } = quietLogin2(config22, email, password);
      if (!token) {
        console.error(
          `teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`
        );
        return;
      }
      const removed = removeCourses2(config22, token, data.runId, (title) => isLeftover2(title, data.runId, true));
      if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
    }
    function isControlRuntime() {
      return __VU === 0;
    }
    function entryOptions2(config22, makeParts) {
      if (!isControlRuntime()) return void 0;
      const parts = makeParts();
      const scenarios = Object.fromEntries(Object.entries(parts.scenarios).filter(([, scenario]) => hasUsers(scenario)));
      const gates = [...parts.gates];
      if (config22.sidecarUrl) {
        scenarios.resources = resourcesScenario2(parts.wallTimeS);
        gates.push(
          ...resourceGates2({
            memoryMb: config22.targets.memoryMb,
            cpuPercent: config22.targets.cpuPercent,
            growthMbPerMin: parts.gateMemoryGrowth ? config22.targets.memoryGrowthMbPerMin : void 0,
            failOnMissing: config22.sidecarStrict
          })
        );
      }
      if (config22.usersDistinct) assertDistinct2(pool2, parts.roles ?? ROLES2, vuIdBound2(scenarios));
      return {
        scenarios,
        thresholds: withDroppedIterations(toK6Thresholds2(gates), scenarios),
        // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
        setupTimeout: `${Math.max(60, config22.generationTimeoutS + 30) + (config22.dataset.courses > 0 ? 600 : 0)}s`,
        summaryTrendStats: SUMMARY_TREND_STATS2
      };
    }
    function withDroppedIterations(thresholds, scenarios) {
      for (const [name, scenario] of Object.entries(scenarios)) {
        if (isArrivalRate2(scenario)) thresholds[metricKey2("dropped_iterations", { scenario: name })] ??= [];
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
    function pollResources22() {
      if (config2.sidecarUrl) pollResources3(config2.sidecarUrl);
    }
    function recordResourcesAtEnd() {
      if (config2.sidecarUrl) endLoad2(config2.sidecarUrl);
    }
    async function teardown3(data) {
      recordResourcesAtEnd();
      await cleanUpRun2(config2, data);
    }
    function escapeXml2(text2) {
      return text2.replace(
        /[&<>"']/g,
        (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]
      );
    }
    function escapeMarkdownCell2(text2) {
      return text2.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }
    function markdownCode2(text2, options22 = { inTable: true }) {
      const oneLine = text2.replace(/[\r\n]+/g, " ");
      const flat = options22.inTable ? oneLine.replace(/\|/g, "\\|") : oneLine;
      const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
      const fence = "`".repeat(longestRun + 1);
      const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
      return `${fence}${pad}${flat}${pad}${fence}`;
    }
    function statOf(expression2) {
      return /^\s*([a-z]+(?:\([\d.]+\))?)/.exec(expression2)?.[1] ?? expression2;
    }
    function unitOf2(metric, stat) {
      if (!metric) return "value";
      if (stat === "rate" && metric.type === "rate") return "percent";
      if (stat === "count") return "count";
      return metric.type === "trend" && metric.contains === "time" ? "ms" : "value";
    }
    function thresholdRows2(data) {
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
            unit: unitOf2(values, stat)
          });
        }
      }
      return rows.sort((a, b) => Number(a.ok) - Number(b.ok) || a.metric.localeCompare(b.metric));
    }
    var SUB_METRIC = /^(\w+)\{endpoint:([^,}]+)\}$/;
    function endpointRows2(data) {
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
    function droppedIterations2(data, requestsPerIteration = {}) {
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
      const total = metricValue2(data, "dropped_iterations", "count");
      if (scenarios.length === 0 && total === null) return null;
      scenarios.sort((a, b) => a.scenario.localeCompare(b.scenario));
      const iterations = total ?? scenarios.reduce((sum, row) => sum + row.iterations, 0);
      const known = scenarios.reduce((sum, row) => sum + row.iterations, 0) === iterations && scenarios.every((row) => row.requests !== null);
      return { iterations, requests: known ? scenarios.reduce((sum, row) => sum + row.requests, 0) : null, scenarios };
    }
    function percentileCaveat2(dropped) {
      if (!dropped) return null;
      if (dropped.iterations === 0)
        return "0 requests not sent on time (0 dropped iterations): the percentiles cover every scheduled request";
      const what = dropped.requests === null ? `the requests of ${formatValue2(dropped.iterations, "count")} iterations` : `${formatValue2(dropped.requests, "count")} request${dropped.requests === 1 ? "" : "s"}`;
      return `percentiles exclude ${what} not sent on time (${formatValue2(dropped.iterations, "count")} dropped iterations: no VU was free when they were due), whose latency k6 cannot know`;
    }
    function droppedText2(row) {
      const requests = row.requests === null ? "" : ` (${formatValue2(row.requests, "count")} request${row.requests === 1 ? "" : "s"})`;
      const allowed = row.allowed === null ? ", not gated" : `, at most ${formatValue2(row.allowed, "count")} allowed`;
      return `${formatValue2(row.iterations, "count")} iteration${row.iterations === 1 ? "" : "s"} not sent on time${requests}${allowed}`;
    }
    function formatValue2(value, unit) {
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
    function metricValue2(data, metric, stat) {
      const value = data.metrics?.[metric]?.values?.[stat];
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    }
    function serverResources2(data) {
      if (!data.metrics?.server_memory_mb && !data.metrics?.server_cpu_percent) return null;
      return {
        memory_mb_peak: metricValue2(data, "server_memory_mb", "max"),
        cpu_percent_p95: metricValue2(data, "server_cpu_percent", "p(95)"),
        memory_growth_mb_per_min: metricValue2(data, "server_memory_growth_mb_per_min", "max"),
        samples_missing: metricValue2(data, "server_samples_missing", "count") ?? 0
      };
    }
    function resourcesText2(resources) {
      if (!resources || resources.memory_mb_peak === null && resources.cpu_percent_p95 === null)
        return "server resources: not measured (no sidecar)";
      const growth = resources.memory_growth_mb_per_min;
      return [
        `server resources over the load: memory peak ${formatValue2(resources.memory_mb_peak, "value")} MB`,
        `CPU p95 ${formatValue2(resources.cpu_percent_p95, "value")}% of available CPUs`,
        ...growth === null ? [] : [`memory growth ${formatValue2(growth, "value")} MB/min`],
        `samples missing ${resources.samples_missing}`
      ].join(", ");
    }
    var resourcesLine2 = (data) => resourcesText2(serverResources2(data));
    var RESULTS_SCHEMA_VERSION = 1;
    function buildResults2(data, meta, requestsPerIteration = {}) {
      const thresholds = thresholdRows2(data).map(({ metric, expression: expression2, ok, observed, unit }) => ({
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
        endpoints: endpointRows2(data),
        dropped: droppedIterations2(data, requestsPerIteration),
        metrics: Object.fromEntries(Object.entries(data.metrics ?? {}).map(([name, m]) => [name, m.values ?? {}])),
        resources: serverResources2(data)
      };
    }
    function unitOf22(threshold) {
      if (threshold.unit) return threshold.unit;
      if (threshold.expression.startsWith("rate")) return "percent";
      return /duration|_ms/.test(threshold.metric) ? "ms" : "value";
    }
    function thresholdCase(suite, t) {
      const name = escapeXml2(`${t.metric} ${t.expression}`);
      const observed = t.observed === null && t.reason ? `not measured: ${t.reason}` : `observed ${formatValue2(t.observed, unitOf22(t))}`;
      const open2 = `    <testcase classname="${suite}" name="${name}" time="0">`;
      if (t.ok) return `${open2}<system-out>${escapeXml2(observed)}</system-out></testcase>`;
      return `${open2}
      <failure message="${escapeXml2(`${t.metric} ${t.expression} failed: ${observed}`)}" type="threshold">${escapeXml2(observed)}</failure>
    </testcase>`;
    }
    function errorCase(suite, results) {
      const reason = escapeXml2(results.run.outcome_reason ?? "the run ended in an error");
      return `    <testcase classname="${suite}" name="k6 run" time="0">
      <error message="${reason}" type="k6">${reason}</error>
    </testcase>`;
    }
    function junitReport2(results) {
      const rows = results.thresholds;
      const failures = rows.filter((r) => !r.ok).length;
      const errors = results.run.outcome === "error" || results.run.outcome === "no load ran" ? 1 : 0;
      const tests = rows.length + errors;
      const seconds2 = ((results.run.duration_ms ?? 0) / 1e3).toFixed(3);
      const suite = escapeXml2(`course-perf.${results.run.scenario}`);
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
    function thresholdTable(rows) {
      return [
        "| | threshold | observed |",
        "|---|---|---|",
        ...rows.map(
          (r) => `| ${r.ok ? "✅" : "❌"} | ${markdownCode2(`${r.metric} ${r.expression}`)} | ${formatValue2(r.observed, unitOf22(r))} |`
        )
      ];
    }
    function markdownReport2(results) {
      const rows = results.thresholds;
      const failed = rows.filter((r) => !r.ok);
      const passed = rows.filter((r) => r.ok);
      const verdict = rows.length === 0 ? "no thresholds" : failed.length > 0 ? `❌ ${failed.length} of ${rows.length} thresholds failed` : results.verdict === "inconclusive" ? `➖ inconclusive: all ${rows.length} thresholds held, but the run could not answer (see below)` : `✅ all ${rows.length} thresholds passed`;
      const lines = [`## course-perf ${markdownCode2(results.run.scenario, { inTable: false })}: ${verdict}`, ""];
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
            `| ${escapeMarkdownCell2(e.endpoint)} | ${e.requests} | ${formatValue2(e.p50, "ms")} | ${formatValue2(e.p95, "ms")} | ${formatValue2(e.p99, "ms")} | ${formatValue2(e.max, "ms")} | ${formatValue2(e.errorRate, "percent")} |`
          );
        }
        lines.push("");
      }
      const dropped = results.dropped ?? null;
      const caveat = percentileCaveat2(dropped);
      if (caveat) lines.push(`${dropped.iterations > 0 ? "⚠️ " : ""}${escapeMarkdownCell2(caveat)}`, "");
      if (dropped && dropped.scenarios.length > 0) {
        lines.push("| scenario (open model) | iterations not sent on time | requests | allowed |", "|---|---:|---:|---:|");
        for (const row of dropped.scenarios) {
          lines.push(
            `| ${escapeMarkdownCell2(row.scenario)} | ${formatValue2(row.iterations, "count")} | ${row.requests === null ? "n/a" : formatValue2(row.requests, "count")} | ${row.allowed === null ? "not gated" : formatValue2(row.allowed, "count")} |`
          );
        }
        lines.push("");
      }
      lines.push(escapeMarkdownCell2(resourcesText2(results.resources)), "");
      return lines.join("\n");
    }
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
    function textSummary2(data, options22) {
      const c = paint(options22.color);
      const lines = [];
      const thresholds = thresholdRows2(data);
      const failed = thresholds.filter((t) => !t.ok).length;
      lines.push(
        c.bold(
          `course-perf ${options22.scenario}: ${thresholds.length === 0 ? "no thresholds" : failed === 0 ? c.green(`all ${thresholds.length} thresholds passed`) : c.red(`${failed} of ${thresholds.length} thresholds failed`)}`
        )
      );
      lines.push("", c.bold("thresholds"));
      for (const t of thresholds) {
        const mark = t.ok ? c.green("✓") : c.red("✗");
        lines.push(`  ${mark} ${t.metric} ${t.expression}  ${c.dim("observed")} ${formatValue2(t.observed, t.unit)}`);
      }
      const endpoints = endpointRows2(data);
      if (endpoints.length > 0) {
        const width = Math.max(16, ...endpoints.map((e) => e.endpoint.length));
        lines.push(
          "",
          c.bold(
            `${"endpoints".padEnd(width + 2)} ${"requests".padStart(8)} ${["p50", "p95", "p99", "max", "errors"].map((h) => h.padStart(8)).join(" ")}`
          )
        );
        for (const e of endpoints) {
          const cell = (v) => formatValue2(v, "ms").padStart(8);
          lines.push(
            `  ${e.endpoint.padEnd(width)} ${String(e.requests).padStart(8)} ${cell(e.p50)} ${cell(e.p95)} ${cell(e.p99)} ${cell(e.max)} ${formatValue2(e.errorRate, "percent").padStart(8)}`
          );
        }
      }
      const dropped = droppedIterations2(data, options22.requestsPerIteration);
      const caveat = percentileCaveat2(dropped);
      if (caveat) lines.push(`  ${dropped.iterations > 0 ? c.red(caveat) : caveat}`);
      if (dropped && dropped.scenarios.length > 0) {
        lines.push("", c.bold("requests not sent on time (open model: k6 dropped_iterations per scenario)"));
        const width = Math.max(16, ...dropped.scenarios.map((row) => row.scenario.length));
        for (const row of dropped.scenarios) lines.push(`  ${row.scenario.padEnd(width)} ${droppedText2(row)}`);
      }
      const seconds2 = (data.state?.testRunDurationMs ?? 0) / 1e3;
      const requests = metricValue2(data, "http_reqs", "count");
      const iterations = metricValue2(data, "iterations", "count");
      lines.push("", c.bold("throughput"));
      lines.push(
        `  ${formatValue2(requests ?? 0, "count")} requests (${seconds2 > 0 && requests !== null ? (requests / seconds2).toFixed(1) : "n/a"}/s), ${formatValue2(iterations ?? 0, "count")} iterations in ${seconds2.toFixed(1)} s`
      );
      lines.push(`  errors: ${formatValue2(metricValue2(data, "http_req_failed", "rate"), "percent")} of requests failed`);
      const checks = metricValue2(data, "checks", "rate");
      lines.push(
        `  checks: ${formatValue2(checks, "percent")} passed (${formatValue2(metricValue2(data, "checks", "passes"), "count")} of ${formatValue2((metricValue2(data, "checks", "passes") ?? 0) + (metricValue2(data, "checks", "fails") ?? 0), "count")})`
      );
      const custom = Object.keys(data.metrics ?? {}).filter(isCustom).sort();
      if (custom.length > 0) {
        lines.push("", c.bold("custom metrics"));
        for (const name of custom) {
          const m = data.metrics[name];
          const v = m.values;
          const unit = m.contains === "time" ? "ms" : "value";
          const text2 = m.type === "trend" ? `avg ${formatValue2(v.avg, unit)}, p95 ${formatValue2(v["p(95)"], unit)}, max ${formatValue2(v.max, unit)}` : m.type === "rate" ? formatValue2(v.rate, "percent") : formatValue2(v.count ?? v.value, "count");
          lines.push(`  ${name.padEnd(Math.max(30, ...custom.map((n) => n.length)))} ${text2}`);
        }
      }
      lines.push("", `  ${resourcesLine2(data)}`, "");
      return lines.join("\n");
    }
    var orNull = (value) => value ? value : null;
    function makeHandleSummary2(meta) {
      return function handleSummary22(data) {
        const out = {
          stdout: textSummary2(data, {
            scenario: meta.scenario,
            color: data.state?.isStdOutTTY === true,
            requestsPerIteration: meta.requestsPerIteration
          })
        };
        const dir = __ENV.REPORTS_DIR;
        if (dir) {
          const results = buildResults2(
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
          out[`${dir}/junit.xml`] = junitReport2(results);
          out[`${dir}/summary.md`] = markdownReport2(results);
        }
        return out;
      };
    }
    var import_metrics22 = __toESM(require_metrics(), 1);
    var relogins2 = new import_metrics22.Counter("relogins");
    var sessions2 = {};
    var secret2;
    function classPassword22(config22, role) {
      return secret2?.[role] ?? config22.users[role].password;
    }
    function withSecrets2(iteration) {
      return (data) => {
        if (!data.secretsFound) secret2 ??= {};
        if (secret2) return iteration(data);
        return secretPasswords2().then((found) => {
          secret2 = found;
          iteration(data);
        });
      };
    }
    var anonymous2;
    var renewMarginS2 = (ttlS) => Math.min(30, ttlS / 10);
    function login22(config22, _data, role) {
      const account = accountOfVu2(pool2, role, classPassword22(config22, role));
      if (!account) return void 0;
      anonymous2 ??= new ApiClient2(config22.baseUrl, config22.apiTimeoutS);
      const answer = anonymous2.login(account.email, account.password).body;
      if (!answer) return void 0;
      const ttlS = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 3600;
      return {
        client: new ApiClient2(config22.baseUrl, config22.apiTimeoutS, answer.access_token),
        renewAt: Date.now() + (ttlS - renewMarginS2(ttlS)) * 1e3,
        courses: void 0
      };
    }
    function session2(config22, data, role) {
      const current = sessions2[role];
      if (current && !current.client.unauthorized && Date.now() < current.renewAt) return current;
      if (current) relogins2.add(1, { role });
      const next = login22(config22, data, role);
      if (next && current) next.courses = current.courses;
      sessions2[role] = next;
      return next;
    }
    function userClient2(config22, data, role) {
      return session2(config22, data, role)?.client;
    }
    var import_metrics32 = __toESM(require_metrics(), 1);
    var chapterGenerationMs2 = new import_metrics32.Trend("chapter_generation_ms", true);
    var courseGenerationMs2 = new import_metrics32.Trend("course_generation_ms", true);
    var courseGenerationObservedMs2 = new import_metrics32.Trend("course_generation_observed_ms", true);
    var generationFailed2 = new import_metrics32.Rate("generation_failed");
    var coursesCreated2 = new import_metrics32.Counter("courses_created");
    var workflowSuccess2 = new import_metrics32.Rate("workflow_success");
    var workflowErrors2 = new import_metrics32.Counter("workflow_errors");
    var MAX_LOGGED_ERRORS2 = 5;
    var loggedErrors2 = 0;
    var tagsByName2 = {};
    function runWorkflow2(name, workflow, ctx) {
      let tags = tagsByName2[name];
      if (tags === void 0) {
        tags = { workflow: name };
        tagsByName2[name] = tags;
      }
      try {
        workflowSuccess2.add(workflow(ctx), tags);
      } catch (error) {
        workflowSuccess2.add(false, tags);
        workflowErrors2.add(1, tags);
        if (loggedErrors2++ < MAX_LOGGED_ERRORS2) {
          console.error(
            `workflow "${name}" threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
          );
        }
      }
    }
    var import_k672 = __toESM(require_k6(), 1);
    var import_execution42 = __toESM(require_execution(), 1);
    var import_k652 = __toESM(require_k6(), 1);
    function millisBetween2(from, to) {
      if (!from || !to) return void 0;
      const ms = Date.parse(to) - Date.parse(from);
      return Number.isFinite(ms) && ms >= 0 ? ms : void 0;
    }
    function recordJobTimes2(job) {
      for (const chapter of job.chapters) {
        const ms = chapter.duration_ms ?? millisBetween2(chapter.started_at, chapter.finished_at);
        if (typeof ms === "number" && chapter.status === "completed") chapterGenerationMs2.add(ms);
      }
      const total = millisBetween2(job.created_at, job.finished_at);
      if (total !== void 0) courseGenerationMs2.add(total);
    }
    function generateAndWait2(client, courseId, pollIntervalS, timeoutS, current = () => client) {
      const accepted = client.generate(courseId);
      if (!accepted.body) {
        generationFailed2.add(true);
        return { completed: false, job: void 0 };
      }
      const started = Date.now();
      const deadline = started + timeoutS * 1e3;
      let job;
      while (Date.now() < deadline) {
        (0, import_k652.sleep)(pollIntervalS);
        const poller = current();
        if (!poller) break;
        const polled = poller.getJob(accepted.body.job_id);
        if (!polled.body) continue;
        job = polled.body;
        if (job.status === "completed" || job.status === "failed") break;
      }
      const completed = job?.status === "completed";
      generationFailed2.add(!completed);
      if (completed && job) {
        courseGenerationObservedMs2.add(Date.now() - started);
        recordJobTimes2(job);
      }
      return { completed, job };
    }
    var import_k662 = __toESM(require_k6(), 1);
    function clientFor2(ctx, role) {
      return userClient2(ctx.config, ctx.data, role);
    }
    function uniqueTitle2(kind, ctx) {
      return `perf-${kind} ${ctx.data.runId} vu${import_execution42.default.vu.idInTest} it${import_execution42.default.vu.iterationInScenario}`;
    }
    var EXPORT_FORMATS2 = ["json", "markdown", "html"];
    var everyEndpoint2 = (ctx) => (0, import_k672.group)("every endpoint", () => {
      const { config: config22 } = ctx;
      const user = clientFor2(ctx, "power");
      const admin = clientFor2(ctx, "admin");
      if (!user || !admin) return false;
      let ok = user.health().ok;
      ok = user.listCourses({ limit: 5 }).ok && ok;
      const created = user.createCourse({
        title: uniqueTitle2("smoke", ctx),
        topic: "smoke testing",
        level: "intermediate",
        chapter_count: 2
      });
      if (!created.body) return false;
      coursesCreated2.add(1);
      const id = created.body.id;
      ok = user.getCourse(id).ok && ok;
      ok = user.updateCourse(id, { title: `${created.body.title} (edited)` }).ok && ok;
      const generation = generateAndWait2(user, id, config22.pollIntervalS, config22.generationTimeoutS);
      ok = generation.completed && ok;
      if (generation.completed) {
        ok = user.getChapter(id, generation.job?.chapters[0]?.index ?? 0).ok && ok;
        for (const format of EXPORT_FORMATS2) ok = user.exportCourse(id, format).ok && ok;
      }
      ok = admin.adminStats().ok && ok;
      ok = admin.adminJobs(10).ok && ok;
      ok = admin.adminUsers().ok && ok;
      return user.deleteCourse(id).ok && ok;
    });
    var api = { scope: API_SCOPE2 };
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
    function workflowGates2(targets, endpoints, delayAbortEval) {
      return [
        ...latencyGates(targets, endpoints),
        ...errorGates(targets, endpoints),
        ...abortGates(delayAbortEval),
        ...successGates(targets),
        ...generationGates(targets)
      ];
    }
    var { seconds: SMOKE_SECONDS22 } = smokeEntry2.settings();
    var options2 = /* @__PURE__ */ entryOptions2(config2, () => ({
      roles: ["power", "admin"],
      // classes whose VUs log in as their own pool account
      wallTimeS: SMOKE_SECONDS22,
      scenarios: {
        smoke: { executor: "constant-vus", exec: "smoke", vus: 1, duration: `${SMOKE_SECONDS22}s`, gracefulStop: "30s" }
      },
      gates: workflowGates2(config2.targets, ENDPOINTS2, "5s")
    }));
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({ scenario: "smoke" });
    function setup2() {
      return prepareRun2(config2);
    }
    var smoke2 = withSecrets2((data) => {
      runWorkflow2("smoke", everyEndpoint2, { config: config2, data });
    });
  }
});

// glue:glue:smoke
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_smoke_control();
  }
  return controlSide;
}
globalThis.__coursePerfControl = control;

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
function parseUsersCsv(text, file) {
  const accounts = { regular: [], power: [], admin: [] };
  const fail2 = (line, problem) => {
    throw new UsersFileError(`PERFORMANCE_USERS_FILE ${file}, line ${line}: ${problem}`);
  };
  let columns;
  let width = 0;
  const seen = /* @__PURE__ */ new Set();
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
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
function poolEmail(role, n) {
  return `${role}-${String(n).padStart(4, "0")}@example.com`;
}

// lib/config/config.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
var MAX_RAMP_UP_S = 24 * 3600;
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
var millis = numberIn(1, 36e5, "milliseconds (a number)", false);
var fraction = numberIn(0, 1, "a fraction (e.g. 0.95)", false);

// lib/config/entries.ts
var SMOKE_SECONDS = 10;
var smokeEntry = {
  suite: "by-name",
  length: "one pass",
  settings: () => ({ seconds: SMOKE_SECONDS })
};

// k6-once:k6
import { check, group, sleep } from "k6";

// k6-once:k6/execution
import k6_execution from "k6/execution";
var execution_default = k6_execution;

// k6-once:k6/http
import k6_http from "k6/http";
var http_default = k6_http;

// k6-once:k6/metrics
import { Counter, Rate, Trend } from "k6/metrics";

// k6-once:k6/data
import { SharedArray } from "k6/data";

// lib/config/shared-config.ts
var SHARED_CONFIG = "course-perf:config";
var CONTROL_HOOK = "__coursePerfControl";

// lib/config/env-load-side.ts
function sharedConfig() {
  if (__VU === 0) globalThis[CONTROL_HOOK]();
  const shared = new SharedArray(SHARED_CONFIG, () => {
    throw new Error(`no configuration shared by VU 0 under "${SHARED_CONFIG}": was dist/ built by build.mjs?`);
  });
  return shared[0];
}
var config = sharedConfig();

// lib/metrics/resources.ts
function declareMetrics() {
  return {
    /** Percent of the CPUs available to the server, 0-100. */
    cpuPercent: new Trend("server_cpu_percent"),
    /** Per-core sum: 100 = one core fully busy. */
    cpuCoresPercent: new Trend("server_cpu_cores_percent"),
    /** PSS sum (process tree), working set (cgroup), RSS (/metrics) or the memory query (Prometheus server), MB. */
    memoryMb: new Trend("server_memory_mb"),
    /** Polls the sidecar did not answer, plus readings the sidecar failed to take: each about one interval without data. */
    samplesMissing: new Counter("server_samples_missing"),
    /** MB per minute over the load after the sidecar's warm-up (least-squares slope), recorded once in teardown. */
    memoryGrowth: new Trend("server_memory_growth_mb_per_min")
  };
}
var server = __VU === 0 || config.sidecarUrl !== void 0 ? declareMetrics() : void 0;
var POLL = { tags: { scope: "sidecar", name: "sidecar" }, responseCallback: null, timeout: "2s" };
var cursor = 0;
var errorsSeen;
var loadMarked = false;
function markPhase(sidecarUrl, phase) {
  const res = http_default.post(`${sidecarUrl}/phase`, JSON.stringify({ phase }), {
    ...POLL,
    headers: { "content-type": "application/json" }
  });
  return res.status === 200 || res.status === 404;
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
    if (execution_default.scenario.progress < 1) return;
    if (execution_default.instance.vusActive <= 1) break;
  }
  markPhase(sidecarUrl, "teardown");
  pollOnce(sidecarUrl);
}
function pollOnce(sidecarUrl) {
  const res = http_default.get(`${sidecarUrl}/samples?since=${cursor}`, POLL);
  const body = res.status === 200 ? parse(res.body) : void 0;
  if (!body || !Array.isArray(body.samples)) {
    server.samplesMissing.add(1);
    return;
  }
  if (typeof body.errors === "number") {
    if (errorsSeen !== void 0 && body.errors > errorsSeen) server.samplesMissing.add(body.errors - errorsSeen);
    errorsSeen = body.errors;
  }
  for (const sample of body.samples) {
    cursor = Math.max(cursor, sample.seq);
    if (sample.phase !== void 0 && sample.phase !== "load") continue;
    server.cpuPercent.add(sample.cpu_percent);
    server.cpuCoresPercent.add(sample.cpu_cores_percent);
    server.memoryMb.add(sample.memory_mb);
  }
  if (typeof body.refused === "string")
    execution_default.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
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
function accountOfVu(pool2, role, classPassword2) {
  const size = pool2.sizes[role];
  return size === 0 ? void 0 : pool2.account(role, (execution_default.vu.idInTest - 1) % size, classPassword2);
}
var pool = makePool(config);

// k6-once:k6/secrets
import k6_secrets from "k6/secrets";
var secrets_default = k6_secrets;

// lib/http/endpoints.ts
var API_SCOPE = "api";

// lib/http/routes.ts
function apiPath(resource, id, index) {
  const segment = id === void 0 ? "" : encodeURIComponent(String(id));
  switch (resource) {
    case "health":
      return "/health";
    case "login":
      return "/api/v1/auth/login";
    case "courses":
      return "/api/v1/courses";
    case "course":
      return `/api/v1/courses/${segment}`;
    case "generate":
      return `/api/v1/courses/${segment}/generate`;
    case "job":
      return `/api/v1/jobs/${segment}`;
    case "chapter":
      return `/api/v1/courses/${segment}/chapters/${index}`;
    case "exportCourse":
      return `/api/v1/courses/${segment}/export`;
    case "adminStats":
      return "/api/v1/admin/stats";
    case "adminJobs":
      return "/api/v1/admin/jobs";
    case "adminUsers":
      return "/api/v1/admin/users";
  }
}
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
function requestTags(endpoint) {
  let tags = tagsByEndpoint[endpoint];
  if (tags === void 0) {
    tags = { endpoint, scope: API_SCOPE, name: routeNames[endpoint] };
    tagsByEndpoint[endpoint] = tags;
  }
  return tags;
}

// lib/http/api.ts
var isId = (v) => typeof v === "string" || typeof v === "number";
var isCount = (v) => typeof v === "number";
function hasShape(shape, field) {
  switch (shape) {
    case "health":
      return field("status") === "ok";
    case "login": {
      const token = field("access_token");
      return typeof token === "string" && token !== "";
    }
    case "courseList":
      return isCount(field("items.#")) && typeof field("total") === "number";
    case "course":
      return isId(field("id")) && typeof field("title") === "string";
    case "courseWithChapters":
      return isId(field("id")) && isCount(field("chapters.#"));
    case "jobAccepted":
      return isId(field("job_id"));
    case "job":
      return typeof field("status") === "string" && isCount(field("chapters.#"));
    case "chapter":
      return typeof field("content") === "string";
    case "anyObject": {
      const whole = field("@this");
      return typeof whole === "object" && whole !== null && !Array.isArray(whole);
    }
  }
}
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
    callback = http_default.expectedStatuses(status);
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
    let params = this.params[endpoint];
    if (!params) {
      const headers = { Accept: "application/json" };
      if (withPayload) headers["Content-Type"] = "application/json";
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params = {
        headers,
        tags: requestTags(endpoint),
        timeout: this.timeout,
        responseCallback: expectStatus(expected)
      };
      if (!readsBody) params.responseType = "none";
      this.params[endpoint] = params;
    }
    return params;
  }
  call(endpoint, method, path, expected, shape, payload) {
    const withPayload = payload !== void 0;
    const res = http_default.request(
      method,
      `${this.baseUrl}${path}`,
      withPayload ? JSON.stringify(payload) : null,
      this.paramsFor(endpoint, expected, withPayload, shape !== void 0)
    );
    const status = res.status;
    const statusOk = status === expected;
    if (status === 401) this.unauthorized = true;
    let shapeOk = !shape;
    if (shape && statusOk) {
      reading = res;
      shapeOk = isJson(res) && hasShape(shape, readField);
      reading = void 0;
    }
    outcome.statusOk = statusOk;
    outcome.shapeOk = shapeOk;
    const { checks, tags } = checksFor(endpoint, expected, shape !== void 0);
    const ok = check(outcome, checks, tags);
    const allOk = ok && statusOk && shapeOk;
    observer?.(endpoint, res.timings.duration, allOk);
    return new LazyResult(allOk, status, shape && statusOk && shapeOk ? res : void 0);
  }
  health() {
    return this.call("health", "GET", apiPath("health"), 200, "health");
  }
  login(email, password) {
    return this.call("login", "POST", apiPath("login"), 200, "login", { email, password });
  }
  listCourses(query = {}) {
    let search = "";
    for (const key in query) {
      const value = query[key];
      if (value !== void 0) search += `${search ? "&" : "?"}${key}=${encodeURIComponent(String(value))}`;
    }
    return this.call("courses_list", "GET", `${apiPath("courses")}${search}`, 200, "courseList");
  }
  createCourse(course) {
    return this.call("course_create", "POST", apiPath("courses"), 201, "course", course);
  }
  getCourse(id) {
    return this.call("course_get", "GET", apiPath("course", id), 200, "courseWithChapters");
  }
  updateCourse(id, changes) {
    return this.call("course_update", "PATCH", apiPath("course", id), 200, "course", changes);
  }
  deleteCourse(id) {
    return this.call("course_delete", "DELETE", apiPath("course", id), 204, void 0);
  }
  generate(id) {
    return this.call("course_generate", "POST", apiPath("generate", id), 202, "jobAccepted", {});
  }
  getJob(jobId) {
    return this.call("job_get", "GET", apiPath("job", jobId), 200, "job");
  }
  getChapter(id, index) {
    return this.call("chapter_get", "GET", apiPath("chapter", id, index), 200, "chapter");
  }
  exportCourse(id, format) {
    return this.call("course_export", "GET", `${apiPath("exportCourse", id)}?format=${format}`, 200, void 0);
  }
  adminStats() {
    return this.call("admin_stats", "GET", apiPath("adminStats"), 200, "anyObject");
  }
  adminJobs(limit = 20) {
    return this.call("admin_jobs", "GET", `${apiPath("adminJobs")}?limit=${limit}`, 200, "anyObject");
  }
  adminUsers() {
    return this.call("admin_users", "GET", apiPath("adminUsers"), 200, "anyObject");
  }
};

// lib/users/dataset-names.ts
var LIVE_RUN_WINDOW_MS = 6 * 60 * 60 * 1e3;

// lib/users/setup.ts
async function secretPasswords() {
  const found = {};
  for (const role of ROLES) {
    try {
      const password = await secrets_default.get(`${role.toUpperCase()}_USER_PASSWORD`);
      if (password) found[role] = password;
    } catch {
    }
  }
  return found;
}

// lib/config/entry.ts
function pollResources2() {
  if (config.sidecarUrl) pollResources(config.sidecarUrl);
}

// lib/users/session.ts
var relogins = new Counter("relogins");
var sessions = {};
var secret;
function classPassword(config2, role) {
  return secret?.[role] ?? config2.users[role].password;
}
function withSecrets(iteration) {
  return (data) => {
    if (!data.secretsFound) secret ??= {};
    if (secret) return iteration(data);
    return secretPasswords().then((found) => {
      secret = found;
      iteration(data);
    });
  };
}
var anonymous;
var renewMarginS = (ttlS) => Math.min(30, ttlS / 10);
function login(config2, _data, role) {
  const account = accountOfVu(pool, role, classPassword(config2, role));
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
  const next = login(config2, data, role);
  if (next && current) next.courses = current.courses;
  sessions[role] = next;
  return next;
}
function userClient(config2, data, role) {
  return session(config2, data, role)?.client;
}

// lib/metrics/metrics.ts
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

// lib/workflows/generation.ts
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
    sleep(pollIntervalS);
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
function clientFor(ctx, role) {
  return userClient(ctx.config, ctx.data, role);
}
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${execution_default.vu.idInTest} it${execution_default.vu.iterationInScenario}`;
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

// scenarios/smoke.ts
var { seconds: SMOKE_SECONDS2 } = smokeEntry.settings();
var smoke = withSecrets((data) => {
  runWorkflow("smoke", everyEndpoint, { config, data });
});

// entry:entry:smoke
function handleSummary(...args) {
  return control().handleSummary(...args);
}
var options = __VU === 0 ? control().options : void 0;
function setup(...args) {
  return control().setup(...args);
}
function teardown2(...args) {
  return control().teardown(...args);
}
export {
  handleSummary,
  options,
  pollResources2 as pollResources,
  setup,
  smoke,
  teardown2 as teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiazYtdGFibGU6azYiLCAiazYtdGFibGU6azYvZXhlY3V0aW9uIiwgIms2LXRhYmxlOms2L2h0dHAiLCAiazYtdGFibGU6azYvbWV0cmljcyIsICJrNi10YWJsZTprNi9kYXRhIiwgIms2LXRhYmxlOms2L3NlY3JldHMiLCAiLi4vc2NlbmFyaW9zL3Ntb2tlLnRzIiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsICIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwgIi4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMiLCAiLi4vbGliL2xvYWQvc2hhcGVzLnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi9saWIvY29uZmlnL2Vudi50cyIsICIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwgIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCAiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCAiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCAiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwgIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCAiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsICIuLi9saWIvcmVwb3J0L3RleHQudHMiLCAiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsICIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsICIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwgIi4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvZ2VuZXJhdGlvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgImdsdWU6Z2x1ZTpzbW9rZSIsICIuLi90aHJlc2hvbGRzL3RhcmdldHMudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsICIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2VudHJpZXMudHMiLCAiazYtb25jZTprNiIsICJrNi1vbmNlOms2L2V4ZWN1dGlvbiIsICJrNi1vbmNlOms2L2h0dHAiLCAiazYtb25jZTprNi9tZXRyaWNzIiwgIms2LW9uY2U6azYvZGF0YSIsICIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnYtbG9hZC1zaWRlLnRzIiwgIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC50cyIsICJrNi1vbmNlOms2L3NlY3JldHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCAiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsICIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCAiLi4vc2NlbmFyaW9zL3Ntb2tlLnRzIiwgImVudHJ5OmVudHJ5OnNtb2tlIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxRQUFBLGFBQUFBLFlBQUE7TUFBQSxjQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxJQUFJO0FBQzVEQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLG9CQUFBRixZQUFBO01BQUEsd0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLGNBQWM7QUFDdEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZUFBQUYsWUFBQTtNQUFBLG1CQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxTQUFTO0FBQ2pFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBRixZQUFBO01BQUEsc0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFlBQVk7QUFDcEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZUFBQUYsWUFBQTtNQUFBLG1CQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxTQUFTO0FBQ2pFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBRixZQUFBO01BQUEsc0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFlBQVk7QUFDcEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZ0JBQUEsQ0FBQTtBQUFBLGFBQUEsZUFBQTtNQUFBLGVBQUEsTUFBQUM7TUFBQSxTQUFBLE1BQUFDO01BQUEsZUFBQSxNQUFBQztNQUFBLE9BQUEsTUFBQUM7TUFBQSxPQUFBLE1BQUFDO01BQUEsVUFBQSxNQUFBQztJQUFBLENBQUE7QUFBQSxXQUFBLFVBQUEsYUFBQSxhQUFBO0FDaUNPLFFBQU1DLG1CQUFxQyxPQUFPLE9BQU87TUFDOUQsVUFBVTtNQUNWLFVBQVU7TUFDVixhQUFhO01BQ2IsYUFBYTtNQUNiLFlBQVk7TUFDWixjQUFjO01BQ2QsYUFBYTtNQUNiLFdBQVc7TUFDWCxjQUFjO01BQ2QsVUFBVTtNQUNWLFlBQVk7TUFDWixzQkFBc0I7SUFDeEIsQ0FBQztBQ3JDTSxRQUFNQyxTQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELFFBQU1DLGtCQUFOLGNBQTZCLE1BQU07TUFDL0IsT0FBTztJQUNsQjtBQU1PLGFBQVNDLGVBQWNDLE9BQWMsTUFBd0I7QUFDbEUsWUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFlBQU1DLFNBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELGNBQU0sSUFBSUgsZ0JBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO01BQ3JGO0FBQ0EsVUFBSTtBQUNKLFVBQUksUUFBUTtBQUNaLFlBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFlBQU0sT0FBT0UsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxZQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxjQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFlBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixjQUFNLFNBQW1CLENBQUM7QUFDMUIsWUFBSSxRQUFRO0FBQ1osWUFBSSxTQUFTO0FBQ2IsWUFBSSxZQUFZO0FBQ2hCLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLGdCQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLGNBQUksUUFBUTtBQUNWLGdCQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsdUJBQVM7QUFDVDtZQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7Z0JBQzFCLFVBQVM7VUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsbUJBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsb0JBQVE7QUFDUix3QkFBWTtVQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MscUJBQVMsWUFBWTtBQUNyQixvQkFBUTtVQUNWLE1BQU8sVUFBUztRQUNsQjtBQUNBLFlBQUksT0FBUUMsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsWUFBSSxDQUFDLFNBQVM7QUFDWixnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsZ0JBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLGNBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0RBLFlBQUFBLE9BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztVQUNoSDtBQUNBLG9CQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0Usa0JBQVEsT0FBTztBQUNmO1FBQ0Y7QUFDQSxZQUFJLE9BQU8sV0FBVyxNQUFPQSxDQUFBQSxPQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLGNBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLGNBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLGNBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxZQUFJLFVBQVUsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxZQUFJLGFBQWEsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxZQUFJLENBQUVKLE9BQTRCLFNBQVMsSUFBSTtBQUM3Q0ksVUFBQUEsT0FBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixZQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHQSxDQUFBQSxPQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLGFBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixpQkFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ2pEO0FBQ0EsVUFBSSxDQUFDLFFBQVNBLENBQUFBLE9BQUssR0FBRyxxRkFBcUY7QUFDM0csYUFBTztJQUNUO0FBR08sYUFBU0MsZUFBYyxNQUFjLE1BQXlCO0FBQ25FLFlBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxZQUFNLFdBQVc7QUFDakIsaUJBQVcsUUFBUSxLQUNoQixNQUFNLEdBQUcsRUFDVCxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMxQixjQUFNLFFBQVEsb0NBQW9DLEtBQUssSUFBSTtBQUMzRCxZQUFJLENBQUM7QUFDSCxnQkFBTSxJQUFJSixnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU0sSUFBSSxtQkFBbUIsUUFBUSxFQUFFO0FBQ3pHLGNBQU0sTUFBTSxDQUFDLENBQVMsSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO01BQzNDO0FBQ0EsVUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU0sVUFBVTtBQUNoRCxjQUFNLElBQUlBLGdCQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDMUYsYUFBTztJQUNUO0FBR08sYUFBU0ssV0FBVSxNQUFZLEdBQW1CO0FBQ3ZELGFBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUM5QztBQUdPLGFBQVNDLHFCQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxpQkFBVyxRQUFRUCxRQUFPO0FBQ3hCLFlBQUksT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSSxPQUFPLElBQUksR0FBRztBQUNsRCxpQkFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO1FBRzlHO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPTyxhQUFTUSxXQUFVLFdBQTREO0FBQ3BGLFVBQUksUUFBUTtBQUNaLGlCQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxjQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLGNBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixZQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7aUJBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO2lCQUN6QyxPQUFPLEVBQUUsb0JBQW9CLFNBQVUsVUFBUyxFQUFFO1lBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztNQUNqQztBQUNBLGFBQU87SUFDVDtBQzFGTyxRQUFNQyxlQUFOLGNBQTBCLE1BQU07TUFDNUIsT0FBTztJQUNsQjtBQUdPLFFBQU1DLGlCQUFnQixLQUFLO0FBQzNCLFFBQU1DLG1CQUFrQjtBQUkvQixhQUFTQyxLQUFJLEtBQVUsTUFBa0M7QUFDdkQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixhQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztJQUN0RDtBQUVBLGFBQVNSLE1BQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFlBQU0sSUFBSUssYUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0lBQ3hGO0FBRUEsYUFBU0ksVUFBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixhQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsY0FBTSxRQUFRRCxLQUFJLEtBQUssSUFBSTtBQUMzQixZQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLGNBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxZQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsY0FBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixZQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxlQUFPO01BQ1Q7SUFDRjtBQUdBLFFBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0JTLFVBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLFFBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0JBLFVBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLFFBQU1DLFVBQVNELFVBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLFFBQU1FLFlBQVdGLFVBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELFFBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLENBQUFULE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxhQUFPO0lBQ1Q7QUFFQSxhQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxZQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixVQUFJLENBQUMsTUFBTyxDQUFBUixNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsYUFBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0lBQ2pDO0FBRUEsYUFBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsWUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsWUFBTSxXQUFXO0FBQ2pCLFVBQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxDQUFBUixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFlBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELFVBQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELGFBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtJQUNqQztBQUVBLGFBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsWUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsWUFBTSxXQUFXO0FBQ2pCLFVBQUksQ0FBQyxNQUFPLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsWUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsWUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELFVBQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELGFBQU8sRUFBRSxLQUFLLElBQUk7SUFDcEI7QUFFQSxhQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsVUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsYUFBT1IsTUFBSyxNQUFNLE9BQU8sZUFBZTtJQUMxQztBQUVBLGFBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsVUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsUUFBQVIsTUFBSyxNQUFNLE9BQU8sc0ZBQXNGO01BQzFHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLGFBQU87UUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO1FBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtNQUM1RDtJQUNGO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBcUM7QUFDL0QsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxVQUFJO0FBQ0YsZUFBT1AsZUFBYyxPQUFPLElBQUk7TUFDbEMsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJSSxhQUFZLGlCQUFpQlIsa0JBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztNQUN2RjtJQUNGO0FBRUEsYUFBUyxRQUFRLEtBQTZCO0FBQzVDLFlBQU0sVUFBVSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssK0JBQStCLEVBQUU7QUFDckUsWUFBTSxZQUFZLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSyxpQ0FBaUMsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDO0FBQzNGLFVBQUksWUFBWTtBQUNkLFFBQUFHLE1BQUssaUNBQWlDLE9BQU8sU0FBUyxHQUFHLHdDQUF3QyxPQUFPLEdBQUc7QUFDN0csYUFBTztRQUNMO1FBQ0E7UUFDQSxRQUFRLEtBQUssS0FBSyw0QkFBNEI7UUFDOUMsZ0JBQWdCLEtBQUssS0FBSyxzQ0FBc0M7TUFDbEU7SUFDRjtBQUdPLGFBQVMsWUFBWSxLQUFrQjtBQUM1QyxZQUFNLElBQUlMO0FBQ1YsWUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsWUFBTSxVQUFVLFFBQVEsR0FBR1csY0FBYTtRQUN0QztRQUNBO1FBQ0EsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUM7TUFDckQ7QUFDQSxhQUFPO1FBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7UUFDckQsT0FBTztVQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO1VBQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtVQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7UUFDN0U7UUFDQTtRQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7UUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7UUFDaEU7UUFDQSxXQUFXLFFBQVEsR0FBR0MsZ0JBQWUsRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7UUFDMUYsU0FBUyxRQUFRLEtBQUssMEJBQTBCO1FBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtRQUNuRCxlQUFlRSxVQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7UUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO1FBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7UUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO1FBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtRQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7UUFDdkQsU0FBUztVQUNQLFVBQVVDLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELFVBQVVBLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLFlBQVlBLFFBQU8sS0FBSywwQkFBMEIsRUFBRSxVQUFVO1VBQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7VUFDN0YsYUFBYUMsVUFBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7VUFDbEUsV0FBV0EsVUFBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7VUFDNUQsY0FBY0Y7WUFDWjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxZQUFZO1VBQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7VUFDekUsWUFBWUEsVUFBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7VUFDOUYsc0JBQXNCQTtZQUNwQjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7UUFDckU7UUFDQSxXQUFXRCxLQUFJLEtBQUssd0JBQXdCLEtBQUs7UUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtRQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7UUFDckQsU0FBUyxRQUFRLEdBQUc7TUFDdEI7SUFDRjtBQ2pNQSxRQUFNSSxpQkFBZ0I7QUFnQmYsUUFBTUMsY0FBYTtNQUN4QixPQUFPO01BQ1AsUUFBUTtNQUNSLFVBQVUsT0FBTyxFQUFFLFNBQVNELGVBQWM7SUFDNUM7QUN6QkEsUUFBSTtBQUNKLFFBQU0sVUFBVSxNQUNiLGFBQWE7TUFDWixZQUFZO01BQ1osU0FBUztNQUNULFlBQVk7SUFDZDtBQUdLLGFBQVNFLFdBQVUsUUFBZ0IsTUFBdUM7QUFDL0UsVUFBSSxDQUFDLFFBQVEsRUFBRSxXQUFXLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxNQUFNLHdCQUF3QixNQUFNLDhCQUE4QjtBQUNwSCxZQUFNLFVBQVUsT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQ3pDLFVBQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxpQkFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLFNBQVM7QUFDbEMsWUFBSSxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssR0FBRyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxLQUFLLEdBQUc7QUFDbEUsZ0JBQU0sSUFBSTtZQUNSLGVBQWUsR0FBRyxJQUFJLEtBQUssT0FBTyxNQUFNO1VBQzFDO1FBQ0Y7TUFDRjtBQUNBLGFBQU8sR0FBRyxNQUFNLElBQUksUUFBUSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztJQUNoRjtBQUdPLGFBQVMsV0FBVyxNQUFtRDtBQUM1RSxZQUFNLGFBQWEsUUFBUSxFQUFFLFdBQVcsS0FBSyxLQUFLLElBQUk7QUFDdEQsVUFBSSxLQUFLLEtBQUssV0FBVyxJQUFJLE1BQU0sQ0FBQyxjQUFjLE9BQU8sV0FBVyxDQUFDLENBQUMsSUFBSSxNQUFNO0FBQzlFLGNBQU0sSUFBSSxNQUFNLHVCQUF1QixLQUFLLElBQUksZ0NBQWdDO01BQ2xGO0FBQ0EsVUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFDN0IsY0FBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BHLGFBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7SUFDNUM7QUFFQSxhQUFTLEtBQUssTUFBeUI7QUFDckMsWUFBTWYsUUFBTyxXQUFXLElBQUk7QUFDNUIsVUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixhQUFPO1FBQ0wsV0FBV0E7UUFDWCxhQUFhO1FBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO01BQ3ZFO0lBQ0Y7QUFHTyxhQUFTZ0IsZ0JBQWUsT0FBNkI7QUFDMUQsWUFBTSxNQUFvQixDQUFDO0FBQzNCLGlCQUFXLFFBQVEsT0FBTztBQUN4QixjQUFNLE1BQU1ELFdBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxZQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO01BQzFEO0FBQ0EsYUFBTztJQUNUO0FDekNPLFFBQU1FLGlCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FDc0RsRSxRQUFNQyx1QkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87QUM3RmxHLFFBQUFDLGFBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMsb0JBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGVBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsa0JBQStCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDTi9CLFFBQUFDLGVBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNEckIsUUFBTUMsaUJBQWdCO0FES3RCLFFBQU1DLFVBQWlCLFlBQVksS0FBSztBQUUvQyxRQUFJRixhQUFBLFlBQVlDLGdCQUFlLE1BQU0sQ0FBQ0MsT0FBTSxDQUFDO0FESzdDLGFBQVNDLGtCQUFpQjtBQUN4QixhQUFPOztRQUVMLFlBQVksSUFBSUosZ0JBQUEsTUFBTSxvQkFBb0I7O1FBRTFDLGlCQUFpQixJQUFJQSxnQkFBQSxNQUFNLDBCQUEwQjs7UUFFckQsVUFBVSxJQUFJQSxnQkFBQSxNQUFNLGtCQUFrQjs7UUFFdEMsZ0JBQWdCLElBQUlBLGdCQUFBLFFBQVEsd0JBQXdCOztRQUVwRCxjQUFjLElBQUlBLGdCQUFBLE1BQU0saUNBQWlDO01BQzNEO0lBQ0Y7QUFHQSxRQUFNSyxVQUFTLFNBQVMsS0FBS0YsUUFBTyxlQUFlLFNBQVlDLGdCQUFlLElBQUk7QUFXbEYsUUFBTUUsUUFBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLFFBQUlDLFVBQVM7QUFDYixRQUFJQztBQUNKLFFBQUlDLGNBQWE7QUFNakIsYUFBU0MsV0FBVSxZQUFvQixPQUFxQztBQUMxRSxZQUFNLE1BQU1YLGFBQUFZLFFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztRQUN0RSxHQUFHTDtRQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO01BQ2hELENBQVU7QUFDVixhQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztJQUM5QztBQUdBLFFBQU0sU0FBUztBQVVSLGFBQVNNLG1CQUFrQixXQUFtQixXQUE4QjtBQUNqRixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQU07UUFDTixLQUFLO1FBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztRQUM5QyxjQUFjLEdBQUcsTUFBTTtRQUN2QixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztNQUNuQztJQUNGO0FBRUEsYUFBU0MsT0FBUyxNQUE4QjtBQUM5QyxVQUFJO0FBQ0YsZUFBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO01BQzlELFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQVNPLGFBQVMzQyxlQUFjLFlBQTBCO0FBRXRELFVBQUksQ0FBQ3VDLFlBQVksQ0FBQUEsY0FBYUMsV0FBVSxZQUFZLE1BQU07QUFDMUQsaUJBQVM7QUFDUCxjQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUFJLFVBQVMsVUFBVTtBQUNuQixTQUFBLEdBQUFqQixXQUFBLE9BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxZQUFJQyxrQkFBQWlCLFFBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsWUFBSWpCLGtCQUFBaUIsUUFBSyxTQUFTLGFBQWEsRUFBRztNQUNwQztBQUNBLE1BQUFMLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLE1BQUFJLFVBQVMsVUFBVTtJQUNyQjtBQUVBLGFBQVNBLFVBQVMsWUFBMEI7QUFDMUMsWUFBTSxNQUFNZixhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQkosT0FBTSxJQUFJRCxLQUFhO0FBQzNFLFlBQU0sT0FDSixJQUFJLFdBQVcsTUFBTU8sT0FBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsVUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsUUFBQVIsUUFBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtNQUNGO0FBQ0EsVUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFlBQUlHLGdCQUFlLFVBQWEsS0FBSyxTQUFTQSxZQUFZLENBQUFILFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBU0csV0FBVTtBQUM3RyxRQUFBQSxjQUFhLEtBQUs7TUFDcEI7QUFDQSxpQkFBV1EsV0FBVSxLQUFLLFNBQVM7QUFDakMsUUFBQVQsVUFBUyxLQUFLLElBQUlBLFNBQVFTLFFBQU8sR0FBRztBQUNwQyxZQUFJQSxRQUFPLFVBQVUsVUFBYUEsUUFBTyxVQUFVLE9BQVE7QUFDM0QsUUFBQVgsUUFBUSxXQUFXLElBQUlXLFFBQU8sV0FBVztBQUN6QyxRQUFBWCxRQUFRLGdCQUFnQixJQUFJVyxRQUFPLGlCQUFpQjtBQUNwRCxRQUFBWCxRQUFRLFNBQVMsSUFBSVcsUUFBTyxTQUFTO01BQ3ZDO0FBR0EsVUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixRQUFBbEIsa0JBQUFpQixRQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7SUFDdkY7QUFPTyxhQUFTRSxTQUFRLFlBQTBCO0FBQ2hELE1BQUFQLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLFlBQU0sTUFBTVgsYUFBQVksUUFBSyxJQUFJLEdBQUcsVUFBVSxZQUFZTCxLQUFhO0FBQzNELFlBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTU8sT0FBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsVUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkI7QUFDekQsUUFBQVIsUUFBUSxhQUFhLElBQUksUUFBUSx3QkFBd0I7SUFDN0Q7QUFlTyxhQUFTYSxlQUFjLFFBQWdDO0FBQzVELFlBQU0sUUFBZ0I7UUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtRQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO01BQ2pHO0FBQ0EsVUFBSSxPQUFPLG1CQUFtQjtBQUM1QixjQUFNLEtBQUs7VUFDVCxRQUFRO1VBQ1IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDO1FBQ2hFLENBQUM7QUFDSCxVQUFJLE9BQU87QUFDVCxjQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUNoRyxhQUFPO0lBQ1Q7QUc3S0EsUUFBQWpCLGdCQUE0QixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQzVCLFFBQUFILHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQXFCakIsYUFBU3FCLFVBQVMsTUFBc0I7QUFDdEMsVUFBSTtBQUNGLGVBQU8sS0FBSyxJQUFJO01BQ2xCLFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSTtVQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztRQUNqRTtNQUNGO0lBQ0Y7QUFFQSxhQUFTQyxVQUFTLE1BQW9CO0FBRXBDLFlBQU0sU0FBUyxDQUFDO0FBQ2hCLGlCQUFXLFFBQVE3QztBQUNqQixlQUFPLElBQUksSUFBSSxJQUFJOEMsY0FBQTtVQUNqQixTQUFTLElBQUk7VUFDYixNQUFNNUMsZUFBYzBDLFVBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO1FBQ2hEO0FBQ0YsYUFBTztRQUNMLFFBQVEsMEJBQTBCLElBQUk7UUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO1FBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztNQUM5QztJQUNGO0FBRUEsYUFBU0csVUFBU25CLFVBQXNCO0FBQ3RDLFVBQUlBLFNBQU8sVUFBVyxRQUFPaUIsVUFBU2pCLFNBQU8sU0FBUztBQUN0RCxZQUFNLFFBQVFBLFNBQU87QUFDckIsVUFBSUEsU0FBTyxXQUFXO0FBQ3BCLGVBQU87VUFDTCxRQUFRO1VBQ1IsT0FBT0EsU0FBTztVQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU90QixXQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztRQUNyRjtNQUNGO0FBQ0EsYUFBTztRQUNMLFFBQVE7UUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7UUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7TUFDN0U7SUFDRjtBQUdPLGFBQVMwQyxhQUFZQyxRQUFZLE1BQVlDLGdCQUE0QztBQUM5RixZQUFNLE9BQU9ELE9BQUssTUFBTSxJQUFJO0FBQzVCLGFBQU8sU0FBUyxJQUFJLFNBQVlBLE9BQUssUUFBUSxPQUFPRSxtQkFBQVgsUUFBSyxHQUFHLFdBQVcsS0FBSyxNQUFNVSxjQUFhO0lBQ2pHO0FBR08sYUFBU0UsZ0JBQWVILFFBQVksT0FBd0IsT0FBcUI7QUFDdEYsWUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGlCQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxZQUFNLFVBQVUxQyxxQkFBb0IwQyxPQUFLLE9BQU8sUUFBUUEsT0FBSyxNQUFNO0FBQ25FLFVBQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0lBQ3RDO0FBR08sUUFBTUEsUUFBYUYsVUFBU25CLE9BQVM7QUM5RTVDLFFBQUFOLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGdCQUFpQixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUE2QixrQkFBb0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNMcEIsUUFBQS9CLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUUsZ0JBQThELFFBQUEsYUFBQSxHQUFBLENBQUE7QUNGdkQsUUFBTThCLGFBQVk7TUFDdkI7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtJQUNGO0FBS08sUUFBTUMsYUFBWTtBQ0xsQixhQUFTQyxTQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsWUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxjQUFRLFVBQVU7UUFDaEIsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU8sZ0JBQWdCLE9BQU87UUFDaEMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPLGFBQWEsS0FBSztRQUNyRCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO01BQ1g7SUFDRjtBQUdBLFFBQU1DLGNBQXVDO01BQzNDLFFBQVE7TUFDUixPQUFPO01BQ1AsY0FBYztNQUNkLGVBQWU7TUFDZixZQUFZO01BQ1osZUFBZTtNQUNmLGVBQWU7TUFDZixpQkFBaUI7TUFDakIsU0FBUztNQUNULGFBQWE7TUFDYixlQUFlO01BQ2YsYUFBYTtNQUNiLFlBQVk7TUFDWixhQUFhO0lBQ2Y7QUFJQSxRQUFNQyxrQkFBOEUsQ0FBQztBQUc5RSxhQUFTQyxhQUFZLFVBQXNEO0FBQ2hGLFVBQUksT0FBT0QsZ0JBQWUsUUFBUTtBQUNsQyxVQUFJLFNBQVMsUUFBVztBQUN0QixlQUFPLEVBQUUsVUFBVSxPQUFPSCxZQUFXLE1BQU1FLFlBQVcsUUFBUSxFQUFFO0FBQ2hFLFFBQUFDLGdCQUFlLFFBQVEsSUFBSTtNQUM3QjtBQUNBLGFBQU87SUFDVDtBRjJCQSxRQUFNRSxRQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLFFBQU1DLFdBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsYUFBU0MsVUFBUyxPQUFrQixPQUF1QjtBQUN6RCxjQUFRLE9BQU87UUFDYixLQUFLO0FBQ0gsaUJBQU8sTUFBTSxRQUFRLE1BQU07UUFDN0IsS0FBSyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtRQUNoRDtRQUNBLEtBQUs7QUFDSCxpQkFBT0QsU0FBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07UUFDaEUsS0FBSztBQUNILGlCQUFPRCxNQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUN4RCxLQUFLO0FBQ0gsaUJBQU9BLE1BQUssTUFBTSxJQUFJLENBQUMsS0FBS0MsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUN6RCxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxRQUFRLENBQUM7UUFDN0IsS0FBSztBQUNILGlCQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWUMsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUMzRSxLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtRQUNyQyxLQUFLLGFBQWE7QUFDaEIsZ0JBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7UUFDNUU7TUFDRjtJQUNGO0FBU0EsYUFBU0UsUUFBTyxLQUF3QjtBQUN0QyxhQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0lBQ2xFO0FBR0EsUUFBSUM7QUFFSixRQUFNQyxhQUFtQixDQUFDLFNBQVM7QUFDakMsVUFBSTtBQUNGLGVBQU9ELFNBQVMsS0FBSyxJQUFJLEtBQUs7TUFDaEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR0EsUUFBTUUsY0FBTixNQUF5QztNQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTLGFBQUEsS0FBQTtBQUNBLGFBQUEsU0FBQTtBQUNRLGFBQUEsTUFBQTtNQUNoQjtNQUhRO01BQ0E7TUFDUTtNQUxYLFNBQVM7TUFDVDtNQU9SLElBQUksT0FBc0I7QUFDeEIsWUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsZUFBSyxRQUFRQyxXQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLGVBQUssU0FBUztRQUNoQjtBQUNBLGVBQU8sS0FBSztNQUNkO0lBQ0Y7QUFHQSxhQUFTQSxXQUFVLE1BQXdCO0FBQ3pDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFjO01BQ2xDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUtBLFFBQU1DLG1CQUE0RSxDQUFDO0FBQ25GLGFBQVNDLGNBQWEsUUFBMEQ7QUFDOUUsVUFBSSxXQUFXRCxpQkFBZ0IsTUFBTTtBQUNyQyxVQUFJLGFBQWEsUUFBVztBQUMxQixtQkFBV0UsY0FBQWxDLFFBQUssaUJBQWlCLE1BQU07QUFDdkMsUUFBQWdDLGlCQUFnQixNQUFNLElBQUk7TUFDNUI7QUFDQSxhQUFPO0lBQ1Q7QUFJQSxRQUFJRztBQVVKLFFBQU1DLFdBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxRQUFNQyxhQUF5RixDQUFDO0FBRWhHLGFBQVNDLFdBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsVUFBSSxNQUFNRCxXQUFVLFFBQVE7QUFDNUIsVUFBSSxDQUFDLEtBQUs7QUFDUixjQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFlBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixjQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLFFBQUFBLFdBQVUsUUFBUSxJQUFJO01BQ3hCO0FBQ0EsYUFBTztJQUNUO0FBSU8sUUFBTUUsYUFBTixNQUFNLFdBQVU7TUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUIsYUFBQSxVQUFBO0FBRUEsYUFBQSxRQUFBO0FBRWpCLGFBQUssVUFBVSxHQUFHLFFBQVE7TUFDNUI7TUFMbUI7TUFFQTs7TUFSbkIsZUFBZTtNQUNFOztNQUVBLFNBQTRDLENBQUM7O01BVzlELEdBQUcsT0FBMEI7QUFDM0IsZUFBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO01BQzdFO01BRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxZQUFJQyxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFlBQUksQ0FBQ0EsU0FBUTtBQUNYLGdCQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsY0FBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLGNBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVEQSxvQkFBUztZQUNQO1lBQ0EsTUFBTWpCLGFBQVksUUFBUTtZQUMxQixTQUFTLEtBQUs7WUFDZCxrQkFBa0JVLGNBQWEsUUFBUTtVQUN6QztBQUVBLGNBQUksQ0FBQyxVQUFXTyxTQUFPLGVBQWU7QUFDdEMsZUFBSyxPQUFPLFFBQVEsSUFBSUE7UUFDMUI7QUFDQSxlQUFPQTtNQUNUO01BRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsY0FBTSxjQUFjLFlBQVk7QUFDaEMsY0FBTSxNQUFNTixjQUFBbEMsUUFBSztVQUNmO1VBQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO1VBQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtVQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO1FBQ3JFO0FBRUEsY0FBTSxTQUFTLElBQUk7QUFDbkIsY0FBTSxXQUFXLFdBQVc7QUFDNUIsWUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFlBQUksVUFBVSxDQUFDO0FBQ2YsWUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBQTRCLFdBQVU7QUFDVixvQkFBVUQsUUFBTyxHQUFHLEtBQUtELFVBQVMsT0FBT0csVUFBUztBQUNsRCxVQUFBRCxXQUFVO1FBQ1o7QUFDQSxRQUFBUSxTQUFRLFdBQVc7QUFDbkIsUUFBQUEsU0FBUSxVQUFVO0FBQ2xCLGNBQU0sRUFBRSxRQUFRLEtBQUssSUFBSUUsV0FBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLGNBQU0sTUFBQSxHQUFLRyxZQUFBLE9BQU1MLFVBQVMsUUFBUSxJQUFJO0FBQ3RDLGNBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsUUFBQUQsWUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsZUFBTyxJQUFJTCxZQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO01BQ2hHO01BRUEsU0FBcUM7QUFDbkMsZUFBTyxLQUFLLEtBQUssVUFBVSxPQUFPVixTQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7TUFDcEU7TUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsZUFBTyxLQUFLLEtBQUssU0FBUyxRQUFRQSxTQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUN2RjtNQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixZQUFJLFNBQVM7QUFDYixtQkFBVyxPQUFPLE9BQU87QUFDdkIsZ0JBQU0sUUFBUSxNQUFNLEdBQXlCO0FBQzdDLGNBQUksVUFBVSxPQUFXLFdBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztRQUNyRztBQUNBLGVBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUdBLFNBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtNQUM3RjtNQUVBLGFBQWEsUUFBbUM7QUFDOUMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVFBLFNBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO01BQ3JGO01BRUEsVUFBVSxJQUF3QjtBQUNoQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU9BLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7TUFDeEY7TUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVNBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87TUFDMUY7TUFFQSxhQUFhLElBQTJCO0FBQ3RDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztNQUNuRjtNQUVBLFNBQVMsSUFBbUQ7QUFDMUQsZUFBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVFBLFNBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztNQUM3RjtNQUVBLE9BQU8sT0FBd0I7QUFDN0IsZUFBTyxLQUFLLEtBQUssV0FBVyxPQUFPQSxTQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztNQUN0RTtNQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7TUFDdEY7TUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsZUFBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBR0EsU0FBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztNQUM1RztNQUVBLGFBQThDO0FBQzVDLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO01BRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHQSxTQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7TUFDbEc7TUFFQSxhQUE4QjtBQUM1QixlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtJQUNGO0FHdFdBLFFBQUFsQyxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFFLGdCQUFpRixRQUFBLGFBQUEsR0FBQSxDQUFBO0FDSDFFLFFBQU1zRCxpQkFBZ0I7QUFFdEIsUUFBTUMsb0JBQW1CO0FBRXpCLGFBQVNDLGNBQWEsR0FBbUI7QUFDOUMsYUFBTyxHQUFHRixjQUFhLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUN2RDtBQUdPLGFBQVNHLFVBQVMsTUFBYyxLQUFLLElBQUksR0FBVztBQUN6RCxhQUFPLEdBQUcsSUFBSSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7SUFDNUU7QUFHTyxhQUFTLFFBQVEsT0FBbUM7QUFDekQsWUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsYUFBTyxRQUFRLENBQUM7SUFDbEI7QUFHQSxhQUFTLFdBQVcsT0FBbUM7QUFDckQsWUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxhQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztJQUNwQztBQU9PLFFBQU1DLHNCQUFxQixJQUFJLEtBQUssS0FBSztBQU96QyxhQUFTQyxZQUFXLE9BQWUsU0FBaUIsS0FBdUI7QUFDaEYsVUFBSSxDQUFDLE1BQU0sV0FBV0osaUJBQWdCLEVBQUcsUUFBTztBQUNoRCxZQUFNLFFBQVEsUUFBUSxLQUFLO0FBQzNCLFVBQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFlBQU0sVUFBVSxXQUFXLEtBQUs7QUFDaEMsYUFBTyxZQUFZLFVBQWEsV0FBVyxXQUFXLE9BQU8sS0FBSyxLQUFLRztJQUN6RTtBRHBDQSxRQUFNLGNBQWM7QUFDcEIsUUFBTSxhQUFhO0FBc0JuQixRQUFNLFdBQVc7QUFFakIsUUFBSSxVQUFVO0FBQ2QsUUFBTSxZQUFZLENBQUMsUUFBa0IsSUFBSSxXQUFXLEtBQUssSUFBSSxVQUFVO0FBVXZFLGFBQVMsUUFBUUUsUUFBZSxNQUFtQyxVQUFvRDtBQUNySCxlQUFTLFFBQVEsR0FBRyxRQUFRQSxRQUFPLFNBQVMsYUFBYTtBQUN2RCxjQUFNLFFBQXdCLENBQUM7QUFDL0IsaUJBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFJQSxRQUFPLFFBQVEsV0FBVyxHQUFHLElBQUssT0FBTSxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQ3JGLGNBQU0sTUFBTUMsY0FBQWpELFFBQUssTUFBTSxLQUFLO0FBQzVCLGlCQUFTLFVBQVUsR0FBRyxVQUFVLFVBQVUsV0FBVztBQUNuRCxnQkFBTSxRQUFRLElBQUksSUFBSSxDQUFDLEtBQUssTUFBTyxVQUFVLEdBQUcsSUFBSSxJQUFJLEVBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUM7QUFDakYsY0FBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixxQkFBVyxNQUFNO0FBQ2pCLFdBQUEsR0FBQWtELFlBQUEsT0FBTSxNQUFNLE1BQU0sVUFBVSxFQUFFO0FBQzdCLFVBQUFELGNBQUFqRCxRQUFLLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLEVBQWlCLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDMUUsZ0JBQUksTUFBTSxDQUFDLENBQUUsSUFBSTtVQUNuQixDQUFDO1FBQ0g7QUFDQSxZQUFJLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDdEIsbUJBQVMsS0FBSyxRQUFRLENBQUM7UUFDekIsQ0FBQztNQUNIO0lBQ0Y7QUFHQSxhQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLE9BQU87QUFDOUQsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksU0FBVSxTQUFRLGNBQWMsSUFBSTtBQUN4QyxVQUFJLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2xELGFBQU8sRUFBRSxTQUFTLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSxVQUFVLElBQUksR0FBRyxHQUFHLFNBQVMsTUFBTTtJQUNyRjtBQUVBLGFBQVMsS0FBUSxLQUE4QjtBQUM3QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO01BQ3RDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUdPLGFBQVNtRCxZQUNkM0QsVUFDQSxPQUNBLFVBQytDO0FBQy9DLFlBQU0sU0FBd0QsRUFBRSxPQUFPLFFBQVcsUUFBUSxFQUFFO0FBQzVGO1FBQ0U7UUFDQSxPQUFPO1VBQ0wsUUFBUTtVQUNSLEtBQUssR0FBR0EsU0FBTyxPQUFPLEdBQUc0QixTQUFRLE9BQU8sQ0FBQztVQUN6QyxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sU0FBUyxDQUFDO1VBQ3hDLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtRQUN6QztRQUNBLENBQUMsUUFBUTtBQUNQLGlCQUFPLFNBQVMsSUFBSTtBQUNwQixpQkFBTyxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO1FBQzNGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFnQkEsUUFBTSxvQkFBb0I7QUFDMUIsUUFBSSxpQkFBaUI7QUFHckIsYUFBUyxTQUFTLE1BQWMsU0FBUyxPQUFhO0FBQ3BELFVBQUksQ0FBQyxVQUFVLEtBQUssSUFBSSxJQUFJLGlCQUFpQixrQkFBbUI7QUFDaEUsdUJBQWlCLEtBQUssSUFBSTtBQUMxQixjQUFRLElBQUksbUJBQW1CLElBQUksRUFBRTtJQUN2QztBQUdPLGFBQVNnQyxlQUFjNUQsVUFBZ0IsUUFBZ0M7QUFDNUUsWUFBTSxFQUFFLFNBQVMsUUFBUSxXQUFXLGtCQUFrQixPQUFPLElBQUlBLFNBQU87QUFDeEUsWUFBTSxTQUF3QjtRQUM1QixVQUFVLE9BQU87UUFDakIsU0FBUztRQUNULFFBQVE7UUFDUixTQUFTO1FBQ1QsV0FBVztRQUNYLFNBQVM7TUFDWDtBQUNBLFVBQUksV0FBVyxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEQsWUFBTSxnQkFBZ0I7QUFDdEIsWUFBTSxVQUFtQixFQUFFLE1BQU1BLFNBQU8sU0FBUyxRQUFRLFFBQVEsQ0FBQyxHQUFHLE9BQU87QUFDNUUsZUFBUyxZQUFZLE9BQU8sTUFBTSxlQUFlLElBQUk7QUFDckQ7UUFDRTtRQUNBLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDO01BQ3hCO0FBQ0EsVUFBSSxTQUFTLGFBQWEsT0FBTztBQUNqQyxVQUFJLE9BQVEsVUFBUyxlQUFlLFNBQVMsTUFBTTtBQUNuRCxZQUFNLGFBQWEsY0FBYyxTQUFTLFFBQVEsUUFBUSxnQkFBZ0I7QUFDMUUsc0JBQWdCLFNBQVMsZ0JBQWdCLFNBQVMsVUFBVSxHQUFHQSxTQUFPLGtCQUFrQjtBQUN4RixhQUFPLFVBQVUsVUFBVTtBQUMzQixhQUFPO0lBQ1Q7QUFHQSxhQUFTLE1BQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLE9BQXVCO0FBQ3ZFO1FBQ0UsTUFBTTtRQUNOLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHNEIsU0FBUSxPQUFPLENBQUM7VUFDL0IsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxPQUFPLFVBQVUsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLFNBQVMsQ0FBQztVQUMvRixRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7UUFDekM7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFDeEYsY0FBSSxDQUFDO0FBQ0gsa0JBQU0sSUFBSTtjQUNSLDBCQUEwQixPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsSUFBSSxZQUFZLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDeEg7QUFDRixpQkFBTyxNQUFNLENBQUMsQ0FBRSxJQUFJO1FBQ3RCO01BQ0Y7SUFDRjtBQUdBLGFBQVMsYUFBYSxFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQXNCO0FBQ2pFLFlBQU0sVUFBVSxHQUFHLElBQUksR0FBR0EsU0FBUSxTQUFTLENBQUMsTUFBTSxtQkFBbUJzQixjQUFhLENBQUMsVUFBVSxVQUFVO0FBQ3ZHLFlBQU0sU0FBbUIsQ0FBQztBQUMxQjtRQUNFLE9BQU87UUFDUCxDQUFDLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxTQUFTLFFBQVEsT0FBTyxnQkFBZ0IsT0FBTyxDQUFDLENBQUMsRUFBRTtRQUNqRixDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxJQUFJO0FBQ3RGLGNBQUksQ0FBQztBQUNILGtCQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDeEcsaUJBQU8sQ0FBQyxJQUFJLEVBQUUsT0FBTyxLQUFLLE9BQU8sS0FBSyxLQUFLLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxFQUFFLEVBQUU7UUFDcEU7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsZUFBZSxTQUFrQixRQUE0QjtBQUNwRSxZQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sSUFBSTtBQUNqQyxlQUFTLFFBQVEsR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxTQUFTLENBQUMsS0FBSyxRQUFRLEtBQU0sU0FBUztBQUNqRixjQUFNLFNBQVMsT0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsSUFBSSxJQUFJLENBQUMsUUFBUSxFQUFFLE9BQU8sR0FBRyxHQUFHLEVBQUUsQ0FBQztBQUM3RTtVQUNFLE9BQU87VUFDUCxDQUFDLE9BQU87WUFDTixRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBR3RCLFNBQVEsVUFBVSxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7WUFDL0MsUUFBUSxPQUFPLGtCQUFrQixPQUFPLE9BQU8sQ0FBQyxFQUFHLEtBQUssQ0FBQztVQUMzRDtVQUNBLENBQUMsUUFBUTtBQUNQLGdCQUFJLElBQUksV0FBVyxJQUFLLFFBQU87VUFDakM7UUFDRjtBQUNBLGlCQUFTLGFBQWEsT0FBTztNQUMvQjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsY0FDUCxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FDL0IsUUFDQSxRQUNBLGtCQUM2QjtBQUM3QixZQUFNLFlBQStELENBQUM7QUFDdEUsYUFBTyxRQUFRLENBQUMsT0FBTyxNQUFNO0FBQzNCLGNBQU0sT0FBTyxPQUFPLENBQUMsRUFBRztBQUN4QixZQUFJLFFBQVEsT0FBUSxRQUFPO0FBQzNCLGlCQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUTtBQUNsQyxvQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLEdBQUcsVUFBVSxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQixDQUFDO01BQy9GLENBQUM7QUFDRCxZQUFNLGFBQTBDLENBQUM7QUFDakQ7UUFDRSxVQUFVO1FBQ1YsQ0FBQyxNQUFNO0FBQ0wsZ0JBQU0sRUFBRSxPQUFPLEdBQUcsU0FBUyxJQUFJLFVBQVUsQ0FBQztBQUMxQyxnQkFBTSxTQUFTO1lBQ2IsT0FBT3dCLGNBQWEsQ0FBQztZQUNyQixPQUFPLGlCQUFpQixDQUFDO1lBQ3pCLE9BQU87WUFDUCxlQUFlLFdBQVcsSUFBSTtVQUNoQztBQUNBLGlCQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUd4QixTQUFRLFNBQVMsQ0FBQztZQUNqQyxNQUFNLEtBQUssVUFBVSxNQUFNO1lBQzNCLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxLQUFLLEdBQUcsSUFBSTtVQUN0RDtRQUNGO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxLQUFLLElBQUksV0FBVyxNQUFNLEtBQWlCLEdBQUcsR0FBRyxLQUFLO0FBQzVELGNBQUksT0FBTztBQUNULGtCQUFNLElBQUk7Y0FDUixrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3ZHO0FBQ0YsaUJBQU87QUFDUCxtQkFBUyxHQUFHLE9BQU8sT0FBTyxPQUFPLFVBQVUsTUFBTSxvQkFBb0I7QUFDckUsY0FBSSxVQUFVLENBQUMsRUFBRyxTQUFVLFlBQVcsS0FBSyxFQUFFLE9BQU8sVUFBVSxDQUFDLEVBQUcsT0FBTyxHQUFHLENBQUM7UUFDaEY7TUFDRjtBQUNBLGFBQU87SUFDVDtBQU9BLGFBQVMsZ0JBQWdCLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxZQUFnRDtBQUMxRyxZQUFNLE9BQWMsQ0FBQztBQUNyQjtRQUNFLFdBQVc7UUFDWCxDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR0EsU0FBUSxZQUFZLFdBQVcsQ0FBQyxFQUFHLEVBQUUsQ0FBQztVQUNyRCxNQUFNO1VBQ04sUUFBUSxPQUFPLG9CQUFvQixPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssR0FBRyxJQUFJO1FBQ3ZFO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLGNBQUksVUFBVTtBQUNaLGtCQUFNLElBQUk7Y0FDUixvQ0FBb0MsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQzFHO0FBQ0YsZUFBSyxLQUFLLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU0sQ0FBQztRQUNsRDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxnQkFBZ0IsU0FBa0IsTUFBYSxVQUF3QjtBQUM5RSxZQUFNLFdBQVcsS0FBSyxJQUFJLElBQUksV0FBVztBQUN6QyxZQUFNLFFBQVEsS0FBSztBQUNuQixhQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLGlCQUFTLEdBQUcsUUFBUSxLQUFLLE1BQU0sT0FBTyxLQUFLLDJCQUEyQjtBQUN0RSxZQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsZ0JBQU0sSUFBSTtZQUNSLFlBQVksS0FBSyxNQUFNLCtEQUErRCxRQUFRO1VBQ2hHO0FBQ0YsU0FBQSxHQUFBOEIsWUFBQSxPQUFNLENBQUM7QUFDUCxjQUFNLEVBQUUsTUFBQUcsT0FBTSxRQUFRLElBQUksU0FBUyxTQUFTLElBQUk7QUFDaEQsWUFBSSxRQUFRLE9BQU8sRUFBRyxPQUFNLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQztBQUNqRCxlQUFPQTtNQUNUO0lBQ0Y7QUFHQSxhQUFTLFNBQVMsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQVksTUFBb0Q7QUFDL0csWUFBTUEsUUFBYyxDQUFDO0FBQ3JCLFlBQU0sVUFBVSxvQkFBSSxJQUFZO0FBQ2hDO1FBQ0UsS0FBSztRQUNMLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHakMsU0FBUSxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztVQUM3QyxRQUFRLE9BQU8sb0JBQW9CLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO1FBQzNEO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFFVixjQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLG9CQUFRLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSztBQUMxQmlDLGtCQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFDbEI7VUFDRjtBQUNBLGNBQUksSUFBSSxXQUFXO0FBQ2pCLGtCQUFNLElBQUk7Y0FDUiwwQ0FBMEMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEdBQUcsSUFBSSxRQUFRLEtBQUssSUFBSSxLQUFLLE1BQU0sRUFBRTtZQUMvSTtBQUNGLGdCQUFNLFNBQVMsS0FBMEMsR0FBRztBQUM1RCxjQUFJLFFBQVEsV0FBVztBQUNyQixrQkFBTSxJQUFJO2NBQ1IsbUNBQW1DLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssWUFBWSxPQUFPLFNBQVMsaUJBQWlCO1lBQy9HO0FBQ0YsY0FBSSxRQUFRLFdBQVcsWUFBYSxRQUFPO2NBQ3RDQSxPQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7UUFDekI7TUFDRjtBQUNBLGFBQU8sRUFBRSxNQUFBQSxPQUFNLFFBQVE7SUFDekI7QUFNTyxhQUFTQyxlQUNkOUQsVUFDQSxZQUNBLFFBQ0EsUUFDUTtBQUNSLFlBQU0sT0FBT0EsU0FBTztBQUNwQixVQUFJLFVBQVU7QUFDZCxVQUFJLFNBQVM7QUFDYixlQUFTLE9BQU8sR0FBRyxPQUFPLEtBQU0sUUFBUTtBQUN0QyxZQUFJLFFBQXFDLENBQUM7QUFDMUM7VUFDRTtVQUNBLE9BQU87WUFDTCxRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBRzRCLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQyxVQUFVLFVBQVUsV0FBVyxNQUFNO1lBQ3RHLFFBQVEsT0FBTyxrQkFBa0IsVUFBVTtVQUM3QztVQUNBLENBQUMsUUFBUTtBQUNQLHFCQUFTLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsR0FBRyxRQUFRLFdBQWMsQ0FBQztVQUMxRztRQUNGO0FBQ0EsWUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixjQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFlBQUksT0FBTztBQUNYO1VBQ0UsT0FBTztVQUNQLENBQUMsT0FBTztZQUNOLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO1lBQy9DLFFBQVEsT0FBTyxvQkFBb0IsVUFBVTtVQUMvQztVQUNBLENBQUMsUUFBUTtBQUNQLGdCQUFJLElBQUksV0FBVyxPQUFPLElBQUksV0FBVyxJQUFLO1VBQ2hEO1FBQ0Y7QUFDQSxtQkFBVztBQUNYLGtCQUFVLE1BQU0sU0FBUztNQUMzQjtBQUNBLGFBQU87SUFDVDtBSnZXQSxRQUFNLGVBQWU7QUFDckIsUUFBTSxnQkFBZ0I7QUFFdEIsYUFBUyxNQUFNLFNBQXdCO0FBQ3JDLE1BQUFtQyxtQkFBQW5ELFFBQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsWUFBTSxJQUFJLE1BQU0sT0FBTztJQUN6QjtBQUVBLGFBQVMsTUFBTSxTQUF1QjtBQUNwQyxZQUFNb0QsT0FBTSxHQUFHLE9BQU87QUFDdEIsWUFBTSxNQUFNQyxjQUFBekQsUUFBSyxJQUFJd0QsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxVQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCO1VBQ0UsbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhO1FBQ3ZHO01BQ0Y7QUFDQSxVQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCO1VBQ0UsbUJBQW1CQSxJQUFHLGFBQWEsSUFBSSxNQUFNO1FBQy9DO01BQ0Y7SUFDRjtBQUVBLGFBQVMxQyxlQUFjdEIsVUFBZ0JrRSxVQUF1QyxNQUFvQjtBQUNoRyxhQUFPQSxTQUFPLElBQUksS0FBS2xFLFNBQU8sTUFBTSxJQUFJLEVBQUU7SUFDNUM7QUFNQSxhQUFTbUUsT0FBTW5FLFVBQWdCa0UsVUFBdUMsTUFBb0I7QUFDeEYsVUFBSTdDLE1BQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUdBLE1BQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSUEsTUFBSyxRQUFRLE1BQU0sR0FBR0MsZUFBY3RCLFVBQVFrRSxVQUFRLElBQUksQ0FBQztBQUNyRixZQUFNLFNBQVNQLFlBQVczRCxVQUFRLE9BQU8sUUFBUTtBQUNqRCxVQUFJLENBQUMsT0FBTyxPQUFPO0FBQ2pCLGNBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLGNBQU0sUUFBUUEsU0FBTyxZQUNqQixlQUFlQSxTQUFPLFNBQVMsS0FDL0JBLFNBQU8sWUFDTCxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFDcEQsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUN6QyxjQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO01BQ3hHO0FBQ0EsYUFBTyxPQUFPO0lBQ2hCO0FBRUEsYUFBUyxZQUFZLFFBQW1CLE9BQWVBLFVBQXNCO0FBQzNFLFlBQU0sT0FBYSxDQUFDO0FBQ3BCLFlBQU0sWUFBa0IsQ0FBQztBQUN6QixlQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxjQUFNLFVBQVUsT0FBTyxhQUFhO1VBQ2xDLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQztVQUM5QixPQUFPO1VBQ1AsT0FBTztVQUNQLGVBQWU7UUFDakIsQ0FBQztBQUNELFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsY0FBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxZQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGtCQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsYUFBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO01BQy9CO0FBQ0EsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxTQUFPLHFCQUFxQjtBQUMxRCxpQkFBVyxTQUFTLE1BQU07QUFDeEIsbUJBQVM7QUFDUCxnQkFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsY0FBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxjQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxjQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2Ysa0JBQU0sNkRBQTZEQSxTQUFPLGtCQUFrQixJQUFJO0FBQ2xHLFdBQUEsR0FBQW9FLFlBQUEsT0FBTSxHQUFHO1FBQ1g7TUFDRjtBQUNBLGFBQU87SUFDVDtBQVFBLG1CQUFzQkMsbUJBQTBEO0FBQzlFLFlBQU0sUUFBdUMsQ0FBQztBQUM5QyxpQkFBVyxRQUFRakcsUUFBTztBQUN4QixZQUFJO0FBQ0YsZ0JBQU0sV0FBVyxNQUFNcUQsZ0JBQUE2QyxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsY0FBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO1FBQzlCLFFBQVE7UUFFUjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUFjdEUsVUFBZ0JrRSxVQUFnRDtBQUNyRixZQUFNLFFBQVF0RixXQUFXbUYsbUJBQUFuRCxRQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsWUFBTSxTQUFrQixDQUFDO0FBQ3pCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUlTLE1BQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGlCQUFPLEtBQUssRUFBRSxNQUFNLEdBQUdBLE1BQUssUUFBUSxNQUFNLEdBQUdDLGVBQWN0QixVQUFRa0UsVUFBUSxJQUFJLENBQUMsRUFBRSxDQUFDO01BQ3ZGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxPQUFPLFFBQTBCO0FBQ3hDLFlBQU0sU0FBUyxvQkFBSSxJQUFXO0FBQzlCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxjQUFNLFVBQVUsT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSTtBQUNwRCxZQUFJLFFBQVEsU0FBUyxFQUFHLFFBQU8sSUFBSSxRQUFRLENBQUMsQ0FBRSxFQUFFLElBQUksUUFBUSxRQUFRLFNBQVMsQ0FBQyxDQUFFO01BQ2xGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsTUFBTTtJQUNuQjtBQU9BLGFBQVMsZUFBZWxFLFVBQWdCLFFBQXVCO0FBQzdELFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxPQUFPLE1BQU0sUUFBUSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbkUsWUFBTSxPQUFPLHFCQUFxQkEsU0FBTyxRQUFRLE9BQU8sOEJBQThCLE9BQU8sTUFBTTtBQUNuRyxVQUFJQSxTQUFPLFFBQVEsa0JBQWtCLENBQUNBLFNBQU8sUUFBUSxRQUFRO0FBQzNELGNBQU0sVUFBVSxPQUFPLE1BQU07QUFDN0IsY0FBTSxJQUFJNEQsZUFBYzVELFVBQVEsT0FBTztBQUN2QyxZQUFJLEVBQUUsV0FBVyxRQUFRLFFBQVE7QUFDL0Isa0JBQVEsSUFBSSxHQUFHLElBQUksb0NBQW9DLFFBQVEsTUFBTSx3QkFBd0IsS0FBSyxDQUFDLEVBQUU7QUFDckc7UUFDRjtBQUNBLGdCQUFRO1VBQ04sZ0VBQWdFLFFBQVEsU0FBUyxFQUFFLE1BQU0sT0FBTyxRQUFRLE1BQU07UUFDaEg7TUFDRjtBQUNBLFlBQU0sSUFBSTRELGVBQWM1RCxVQUFRLE1BQU07QUFDdEMsY0FBUTtRQUNOLEdBQUcsSUFBSSxLQUFLLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxLQUFLLEtBQUssQ0FBQztNQUNoTjtJQUNGO0FBU0EsbUJBQXNCdUUsWUFBV3ZFLFVBQWdCbEMsWUFBMEIsQ0FBQyxHQUFxQjtBQUMvRixZQUFNa0MsU0FBTyxPQUFPO0FBQ3BCLFlBQU1rRSxXQUFTLE1BQU1HLGlCQUFnQjtBQUNyQyxZQUFNRyxjQUFZLElBQUl6QixXQUFVL0MsU0FBTyxTQUFTQSxTQUFPLFdBQVc7QUFDbEUsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUTVCLE9BQU8sUUFBTyxJQUFJLElBQUkrRixPQUFNbkUsVUFBUWtFLFVBQVEsSUFBSTtBQUNuRSxZQUFNLFFBQVFiLFVBQVM7QUFDdkIsWUFBTSxRQUFRUyxlQUFjOUQsVUFBUSxPQUFPLE9BQU9tRCxtQkFBa0IsQ0FBQyxVQUFVSSxZQUFXLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDOUcsVUFBSSxRQUFRLEVBQUcsU0FBUSxJQUFJLGtCQUFrQixLQUFLLHdDQUF3QztBQUMxRixVQUFJekYsVUFBUSxTQUFTO0FBQ25CLFlBQUk7QUFDRix5QkFBZWtDLFVBQVEsY0FBY0EsVUFBUWtFLFFBQU0sQ0FBQztRQUN0RCxTQUFTLE9BQU87QUFDZCxnQkFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7UUFDOUQ7TUFDRjtBQUNBLFlBQU0sa0JBQWtCcEcsVUFBUSxPQUFPLFlBQVkwRyxZQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT3hFLFFBQU0sSUFBSSxDQUFDO0FBRW5HLGFBQU8sRUFBRSxPQUFPLFFBQVEsaUJBQWlCLGNBQWMsT0FBTyxLQUFLa0UsUUFBTSxFQUFFLFNBQVMsRUFBRTtJQUN4RjtBQUdBLG1CQUFzQk8sWUFBV3pFLFVBQWdCLE1BQTBDO0FBQ3pGLFVBQUksQ0FBQyxNQUFNLFNBQVNxQixNQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFlBQU02QyxXQUFTLE1BQU1HLGlCQUFnQjtBQUVyQyxZQUFNLEVBQUUsT0FBTyxTQUFTLElBQUloRCxNQUFLLFFBQVEsU0FBUyxHQUFHNkMsU0FBTyxTQUFTbEUsU0FBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxZQUFNLEVBQUUsTUFBTSxJQUFJMkQsWUFBVzNELFVBQVEsT0FBTyxRQUFRO0FBQ3BELFVBQUksQ0FBQyxPQUFPO0FBQ1YsZ0JBQVE7VUFDTixpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLO1FBQ3RHO0FBQ0E7TUFDRjtBQUNBLFlBQU0sVUFBVThELGVBQWM5RCxVQUFRLE9BQU8sS0FBSyxPQUFPLENBQUMsVUFBVXVELFlBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLFVBQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7SUFDeEY7QU05S0EsYUFBUyxtQkFBNEI7QUFDbkMsYUFBTyxTQUFTO0lBQ2xCO0FBR08sYUFBU21CLGNBQWExRSxVQUFnQixXQUF1RDtBQUNsRyxVQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxZQUFNLFFBQVEsVUFBVTtBQUd4QixZQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFlBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLFVBQUlBLFNBQU8sWUFBWTtBQUNyQixrQkFBVSxZQUFZUyxtQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELGNBQU07VUFDSixHQUFHTSxlQUFjO1lBQ2YsVUFBVWYsU0FBTyxRQUFRO1lBQ3pCLFlBQVlBLFNBQU8sUUFBUTtZQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFNBQU8sUUFBUSx1QkFBdUI7WUFDL0UsZUFBZUEsU0FBTztVQUN4QixDQUFDO1FBQ0g7TUFDRjtBQUNBLFVBQUlBLFNBQU8sY0FBZSxDQUFBd0IsZ0JBQWVILE9BQU0sTUFBTSxTQUFTakQsUUFBT1EsV0FBVSxTQUFTLENBQUM7QUFDekYsYUFBTztRQUNMO1FBQ0EsWUFBWSxzQkFBc0JXLGdCQUFlLEtBQUssR0FBRyxTQUFTOztRQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlTLFNBQU8scUJBQXFCLEVBQUUsS0FBS0EsU0FBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7UUFDdEcsbUJBQW1CUDtNQUNyQjtJQUNGO0FBTUEsYUFBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsaUJBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsU0FBUyxHQUFHO0FBQ3hELFlBQUlELGVBQWMsUUFBUSxFQUFHLFlBQVdGLFdBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7TUFDcEc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFNBQVMsVUFBNkI7QUFDN0MsWUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQU01QyxVQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLFVBQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYTtBQUNsRixnQkFBUSxPQUFPLEtBQUs7QUFDdEIsYUFBTztJQUNUO0FBR08sYUFBU3ZCLGtCQUFzQjtBQUNwQyxVQUFJaUMsUUFBVSxXQUFZLENBQUFqQyxlQUFZaUMsUUFBVSxVQUFVO0lBQzVEO0FBTUEsYUFBUyx1QkFBNkI7QUFDcEMsVUFBSUEsUUFBVSxXQUFZLENBQUFjLFNBQVFkLFFBQVUsVUFBVTtJQUN4RDtBQUdBLG1CQUFzQjlCLFVBQVMsTUFBK0I7QUFDNUQsMkJBQXFCO0FBQ3JCLFlBQU11RyxZQUFXekUsU0FBVyxJQUFJO0lBQ2xDO0FDL0dPLGFBQVMyRSxXQUFVcEcsT0FBc0I7QUFDOUMsYUFBT0EsTUFBSztRQUNWO1FBQ0EsQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUM7TUFDckY7SUFDRjtBQUdPLGFBQVNxRyxvQkFBbUJyRyxPQUFzQjtBQUN2RCxhQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0lBQ3pCO0FBUU8sYUFBU3NHLGNBQWF0RyxPQUFjVCxZQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFlBQU0sVUFBVVMsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxZQUFNLE9BQU9ULFVBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsWUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsWUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsWUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELGFBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztJQUM1QztBQ09PLGFBQVMsT0FBT2dILGFBQTRCO0FBQ2pELGFBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0lBQ2hFO0FBRUEsYUFBU0MsUUFBTyxRQUFnQyxNQUFvQztBQUNsRixVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsVUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixhQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87SUFDeEU7QUFHTyxhQUFTQyxlQUFjLE1BQW1DO0FBQy9ELFlBQU0sT0FBdUIsQ0FBQztBQUM5QixpQkFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsbUJBQVcsQ0FBQ0YsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxnQkFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsZ0JBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxlQUFLLEtBQUs7WUFDUjtZQUNBLFlBQUFBO1lBQ0EsSUFBSSxPQUFPO1lBQ1g7WUFDQSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVztZQUNqRixNQUFNQyxRQUFPLFFBQVEsSUFBSTtVQUMzQixDQUFDO1FBQ0g7TUFDRjtBQUNBLGFBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztJQUM1RjtBQUVBLFFBQU0sYUFBYTtBQUdaLGFBQVNFLGNBQWEsTUFBa0M7QUFDN0QsWUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFlBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFlBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixZQUFJLENBQUMsR0FBRztBQUNOLGNBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLO0FBQ3pGLGVBQUssSUFBSSxVQUFVLENBQUM7UUFDdEI7QUFDQSxlQUFPO01BQ1Q7QUFDQSxpQkFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsY0FBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFlBQUksQ0FBQyxNQUFPO0FBQ1osY0FBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsY0FBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFlBQUksU0FBUyxxQkFBcUI7QUFDaEMsaUJBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRztZQUMzQixVQUFVLEVBQUUsU0FBUztZQUNyQixLQUFLLEVBQUUsT0FBTztZQUNkLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTztVQUNoQixDQUFDO1FBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxjQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO1FBQ2xFO01BQ0Y7QUFDQSxhQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7SUFDL0U7QUFrQkEsUUFBTSxxQkFBcUI7QUFPcEIsYUFBU0MsbUJBQ2QsTUFDQSx1QkFBK0MsQ0FBQyxHQUNoQztBQUNoQixZQUFNLFlBQTBCLENBQUM7QUFDakMsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxZQUFJLGFBQWEsT0FBVztBQUM1QixjQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLGNBQU0sZUFBZSxxQkFBcUIsUUFBUTtBQUNsRCxjQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYyxDQUFDLENBQUMsRUFDOUMsSUFBSSxDQUFDTCxnQkFBZSw2QkFBNkIsS0FBS0EsV0FBVSxJQUFJLENBQUMsQ0FBQyxFQUN0RSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQVM7QUFDOUIsa0JBQVUsS0FBSztVQUNiO1VBQ0EsWUFBQUs7VUFDQSxVQUFVLGlCQUFpQixTQUFZLE9BQU9BLGNBQWE7VUFDM0QsU0FBUyxVQUFVLFNBQVksT0FBTyxPQUFPLEtBQUs7UUFDcEQsQ0FBQztNQUNIO0FBQ0EsWUFBTSxRQUFRQyxhQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDN0QsVUFBSSxVQUFVLFdBQVcsS0FBSyxVQUFVLEtBQU0sUUFBTztBQUNyRCxnQkFBVSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzdELFlBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQ2xGLFlBQU0sUUFDSixVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLGNBQzVELFVBQVUsTUFBTSxDQUFDLFFBQVEsSUFBSSxhQUFhLElBQUk7QUFDaEQsYUFBTyxFQUFFLFlBQVksVUFBVSxRQUFRLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksVUFBVyxDQUFDLElBQUksTUFBTSxVQUFVO0lBQ2xIO0FBR08sYUFBU0Msa0JBQWlCLFNBQXdDO0FBQ3ZFLFVBQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsVUFBSSxRQUFRLGVBQWU7QUFDekIsZUFBTztBQUNULFlBQU0sT0FDSixRQUFRLGFBQWEsT0FDakIsbUJBQW1CQyxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUMsZ0JBQzNELEdBQUdBLGFBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQyxXQUFXLFFBQVEsYUFBYSxJQUFJLEtBQUssR0FBRztBQUMzRixhQUFPLHVCQUF1QixJQUFJLHNCQUFzQkEsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDO0lBQ2xHO0FBR08sYUFBU0MsYUFBWSxLQUF5QjtBQUNuRCxZQUFNLFdBQ0osSUFBSSxhQUFhLE9BQU8sS0FBSyxLQUFLRCxhQUFZLElBQUksVUFBVSxPQUFPLENBQUMsV0FBVyxJQUFJLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDOUcsWUFBTSxVQUFVLElBQUksWUFBWSxPQUFPLGdCQUFnQixhQUFhQSxhQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFDckcsYUFBTyxHQUFHQSxhQUFZLElBQUksWUFBWSxPQUFPLENBQUMsYUFBYSxJQUFJLGVBQWUsSUFBSSxLQUFLLEdBQUcsb0JBQW9CLFFBQVEsR0FBRyxPQUFPO0lBQ2xJO0FBR08sYUFBU0EsYUFBWSxPQUFrQyxNQUFvQztBQUNoRyxVQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsVUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxVQUFJLFNBQVMsTUFBTTtBQUNqQixZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsZUFBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7TUFDN0M7QUFDQSxVQUFJLFNBQVM7QUFDWCxlQUFPLEtBQUssTUFBTSxLQUFLLEVBQ3BCLFNBQVMsRUFDVCxRQUFRLHlCQUF5QixHQUFHO0FBQ3pDLGFBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtJQUNqRztBQUVPLGFBQVNGLGFBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsWUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELGFBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0lBQ3ZFO0FBV08sYUFBU0ksaUJBQWdCLE1BQTJDO0FBQ3pFLFVBQUksQ0FBQyxLQUFLLFNBQVMsb0JBQW9CLENBQUMsS0FBSyxTQUFTLG1CQUFvQixRQUFPO0FBQ2pGLGFBQU87UUFDTCxnQkFBZ0JKLGFBQVksTUFBTSxvQkFBb0IsS0FBSztRQUMzRCxpQkFBaUJBLGFBQVksTUFBTSxzQkFBc0IsT0FBTztRQUNoRSwwQkFBMEJBLGFBQVksTUFBTSxtQ0FBbUMsS0FBSztRQUNwRixpQkFBaUJBLGFBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO01BQzNFO0lBQ0Y7QUFHTyxhQUFTSyxlQUFjLFdBQTJDO0FBQ3ZFLFVBQUksQ0FBQyxhQUFjLFVBQVUsbUJBQW1CLFFBQVEsVUFBVSxvQkFBb0I7QUFDcEYsZUFBTztBQUNULFlBQU0sU0FBUyxVQUFVO0FBQ3pCLGFBQU87UUFDTCwrQ0FBK0NILGFBQVksVUFBVSxnQkFBZ0IsT0FBTyxDQUFDO1FBQzdGLFdBQVdBLGFBQVksVUFBVSxpQkFBaUIsT0FBTyxDQUFDO1FBQzFELEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQkEsYUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO1FBQ2xGLG1CQUFtQixVQUFVLGVBQWU7TUFDOUMsRUFBRSxLQUFLLElBQUk7SUFDYjtBQUVPLFFBQU1JLGlCQUFnQixDQUFDLFNBQThCRCxlQUFjRCxpQkFBZ0IsSUFBSSxDQUFDO0FDbE54RixRQUFNLHlCQUF5QjtBQXVNL0IsYUFBU0csY0FDZCxNQUNBLE1BQ0EsdUJBQStDLENBQUMsR0FDdkM7QUFDVCxZQUFNLGFBQWFYLGVBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUYsYUFBWSxJQUFJLFVBQVUsS0FBSyxPQUFPO1FBQzFGO1FBQ0EsWUFBQUE7UUFDQTtRQUNBO1FBQ0E7TUFDRixFQUFFO0FBQ0YsYUFBTztRQUNMLGdCQUFnQjtRQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO1FBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO1FBQ3BEO1FBQ0EsV0FBV0csY0FBYSxJQUFJO1FBQzVCLFNBQVNDLG1CQUFrQixNQUFNLG9CQUFvQjtRQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN6RyxXQUFXTSxpQkFBZ0IsSUFBSTtNQUNqQztJQUNGO0FBR08sYUFBU1QsU0FBTyxXQUFtRDtBQUN4RSxVQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsVUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxhQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0lBQ3hEO0FDOU9BLGFBQVMsY0FBYyxPQUFlLEdBQTZCO0FBQ2pFLFlBQU0sT0FBT0osV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFlBQU0sV0FDSixFQUFFLGFBQWEsUUFBUSxFQUFFLFNBQVMsaUJBQWlCLEVBQUUsTUFBTSxLQUFLLFlBQVlXLGFBQVksRUFBRSxVQUFVUCxTQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFlBQU1sQixRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxVQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksZUFBZWMsV0FBVSxRQUFRLENBQUM7QUFDMUQsYUFBTyxHQUFHZCxLQUFJOzBCQUE2QmMsV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxZQUFZLFFBQVEsRUFBRSxDQUFDLHNCQUFzQkEsV0FBVSxRQUFRLENBQUM7O0lBQ2xKO0FBRUEsYUFBUyxVQUFVLE9BQWUsU0FBMEI7QUFDMUQsWUFBTSxTQUFTQSxXQUFVLFFBQVEsSUFBSSxrQkFBa0IsMkJBQTJCO0FBQ2xGLGFBQU8sNEJBQTRCLEtBQUs7d0JBQW9ELE1BQU0sZUFBZSxNQUFNOztJQUN6SDtBQUVPLGFBQVNpQixhQUFZLFNBQTBCO0FBQ3BELFlBQU0sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFFM0MsWUFBTSxTQUFTLFFBQVEsSUFBSSxZQUFZLFdBQVcsUUFBUSxJQUFJLFlBQVksZ0JBQWdCLElBQUk7QUFDOUYsWUFBTSxRQUFRLEtBQUssU0FBUztBQUM1QixZQUFNQyxhQUFZLFFBQVEsSUFBSSxlQUFlLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDakUsWUFBTSxRQUFRbEIsV0FBVSxlQUFlLFFBQVEsSUFBSSxRQUFRLEVBQUU7QUFDN0QsWUFBTSxRQUFRLENBQUMsR0FBSSxTQUFTLENBQUMsVUFBVSxPQUFPLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBSSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sY0FBYyxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzFHLGFBQU87UUFDTDtRQUNBLHlDQUF5QyxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sV0FBV2tCLFFBQU87UUFDMUcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sdUJBQXVCQSxRQUFPO1FBQ3BILEdBQUc7UUFDSDtRQUNBO1FBQ0E7TUFDRixFQUFFLEtBQUssSUFBSTtJQUNiO0FDakNBLGFBQVMsZUFBZSxNQUFvQztBQUMxRCxhQUFPO1FBQ0w7UUFDQTtRQUNBLEdBQUcsS0FBSztVQUNOLENBQUMsTUFDQyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsTUFBTWhCLGNBQWEsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDLE1BQU1TLGFBQVksRUFBRSxVQUFVUCxTQUFPLENBQUMsQ0FBQyxDQUFDO1FBQ2xIO01BQ0Y7SUFDRjtBQUVPLGFBQVNlLGdCQUFlLFNBQTBCO0FBQ3ZELFlBQU0sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFO0FBQ3ZDLFlBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLEVBQUUsRUFBRTtBQUV0QyxZQUFNLFVBQ0osS0FBSyxXQUFXLElBQ1osa0JBQ0EsT0FBTyxTQUFTLElBQ2QsS0FBSyxPQUFPLE1BQU0sT0FBTyxLQUFLLE1BQU0sdUJBQ3BDLFFBQVEsWUFBWSxpQkFDbEIsdUJBQXVCLEtBQUssTUFBTSwrREFDbEMsU0FBUyxLQUFLLE1BQU07QUFDOUIsWUFBTSxRQUFRLENBQUMsa0JBQWtCakIsY0FBYSxRQUFRLElBQUksVUFBVSxFQUFFLFNBQVMsTUFBTSxDQUFDLENBQUMsS0FBSyxPQUFPLElBQUksRUFBRTtBQUN6RyxVQUFJLE9BQU8sU0FBUyxFQUFHLE9BQU0sS0FBSyxHQUFHLGVBQWUsTUFBTSxHQUFHLEVBQUU7QUFDL0QsVUFBSSxPQUFPLFNBQVMsR0FBRztBQUVyQixjQUFNO1VBQ0o7VUFDQSxZQUFZLE9BQU8sTUFBTSxvQkFBb0IsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO1VBQzNFO1VBQ0EsR0FBRyxlQUFlLE1BQU07VUFDeEI7VUFDQTtVQUNBO1FBQ0Y7TUFDRjtBQUNBLFlBQU0sWUFBWSxRQUFRO0FBQzFCLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxLQUFLLDREQUE0RCxxQ0FBcUM7QUFDNUcsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNO1lBQ0osS0FBS0Qsb0JBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU1VLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsV0FBVyxTQUFTLENBQUM7VUFDdE47UUFDRjtBQUNBLGNBQU0sS0FBSyxFQUFFO01BQ2Y7QUFDQSxZQUFNLFVBQVUsUUFBUSxXQUFXO0FBQ25DLFlBQU0sU0FBU0Qsa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxHQUFHLFFBQVMsYUFBYSxJQUFJLFFBQVEsRUFBRSxHQUFHVCxvQkFBbUIsTUFBTSxDQUFDLElBQUksRUFBRTtBQUNqRyxVQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxjQUFNLEtBQUssZ0ZBQWdGLHNCQUFzQjtBQUNqSCxtQkFBVyxPQUFPLFFBQVEsV0FBVztBQUNuQyxnQkFBTTtZQUNKLEtBQUtBLG9CQUFtQixJQUFJLFFBQVEsQ0FBQyxNQUFNVSxhQUFZLElBQUksWUFBWSxPQUFPLENBQUMsTUFBTSxJQUFJLGFBQWEsT0FBTyxRQUFRQSxhQUFZLElBQUksVUFBVSxPQUFPLENBQUMsTUFBTSxJQUFJLFlBQVksT0FBTyxjQUFjQSxhQUFZLElBQUksU0FBUyxPQUFPLENBQUM7VUFDck87UUFDRjtBQUNBLGNBQU0sS0FBSyxFQUFFO01BQ2Y7QUFDQSxZQUFNLEtBQUtWLG9CQUFtQmEsZUFBYyxRQUFRLFNBQVMsQ0FBQyxHQUFHLEVBQUU7QUFDbkUsYUFBTyxNQUFNLEtBQUssSUFBSTtJQUN4QjtBQ3JEQSxRQUFNLFdBQVcsb0JBQUksSUFBSTtNQUN2QjtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7SUFDRixDQUFDO0FBQ0QsUUFBTSxXQUFXLENBQUMsU0FDaEIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFMUYsYUFBUyxNQUFNLE9BQWdCO0FBQzdCLFlBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUNsSCxVQUFrQixRQUFRLFFBQVUsSUFBSSxJQUFJQSxLQUFJLFlBQWNBO0FBQzlGLGFBQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxFQUFFO0lBQ3ZFO0FBRU8sYUFBU3dILGFBQ2QsTUFDQWpJLFdBQ1E7QUFDUixZQUFNLElBQUksTUFBTUEsVUFBUSxLQUFLO0FBQzdCLFlBQU0sUUFBa0IsQ0FBQztBQUN6QixZQUFNLGFBQWFrSCxlQUFjLElBQUk7QUFDckMsWUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxZQUFNO1FBQ0osRUFBRTtVQUNBLGVBQWVsSCxVQUFRLFFBQVEsS0FBSyxXQUFXLFdBQVcsSUFBSSxrQkFBa0IsV0FBVyxJQUFJLEVBQUUsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsSUFBSSxFQUFFLElBQUksR0FBRyxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixDQUFDO1FBQ3JOO01BQ0Y7QUFDQSxZQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGlCQUFXLEtBQUssWUFBWTtBQUMxQixjQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsY0FBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSXdILGFBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7TUFDN0c7QUFDQSxZQUFNLFlBQVlMLGNBQWEsSUFBSTtBQUNuQyxVQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLGNBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxjQUFNO1VBQ0o7VUFDQSxFQUFFO1lBQ0EsR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUM7VUFDMUk7UUFDRjtBQUNBLG1CQUFXLEtBQUssV0FBVztBQUN6QixnQkFBTSxPQUFPLENBQUMsTUFBcUJLLGFBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLGdCQUFNO1lBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJQSxhQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7VUFDaEw7UUFDRjtNQUNGO0FBQ0EsWUFBTSxVQUFVSixtQkFBa0IsTUFBTXBILFVBQVEsb0JBQW9CO0FBQ3BFLFlBQU0sU0FBU3VILGtCQUFpQixPQUFPO0FBQ3ZDLFVBQUksT0FBUSxPQUFNLEtBQUssS0FBSyxRQUFTLGFBQWEsSUFBSSxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sRUFBRTtBQUM5RSxVQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxjQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssNEVBQTRFLENBQUM7QUFDbkcsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsUUFBUSxVQUFVLElBQUksQ0FBQyxRQUFRLElBQUksU0FBUyxNQUFNLENBQUM7QUFDakYsbUJBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUlFLGFBQVksR0FBRyxDQUFDLEVBQUU7TUFDdkc7QUFDQSxZQUFNTSxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxZQUFNLFdBQVdULGFBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsWUFBTSxhQUFhQSxhQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsWUFBTTtRQUNKLEtBQUtFLGFBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjTyxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRUCxhQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCTyxTQUFRLFFBQVEsQ0FBQyxDQUFDO01BQ25OO0FBQ0EsWUFBTSxLQUFLLGFBQWFQLGFBQVlGLGFBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsWUFBTSxTQUFTQSxhQUFZLE1BQU0sVUFBVSxNQUFNO0FBQ2pELFlBQU07UUFDSixhQUFhRSxhQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVlBLGFBQVlGLGFBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBT0UsY0FBYUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU1BLGFBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztNQUMzTztBQUNBLFlBQU0sU0FBUyxPQUFPLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUMxQyxPQUFPLFFBQVEsRUFDZixLQUFLO0FBQ1IsVUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixjQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsbUJBQVcsUUFBUSxRQUFRO0FBQ3pCLGdCQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsZ0JBQU0sSUFBSSxFQUFFO0FBQ1osZ0JBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLGdCQUFNN0csUUFDSixFQUFFLFNBQVMsVUFDUCxPQUFPK0csYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVNBLGFBQVksRUFBRSxPQUFPLEdBQUcsSUFBSSxDQUFDLFNBQVNBLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVEEsYUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QkEsYUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDL0MsZ0JBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUkvRyxLQUFJLEVBQUU7UUFDckY7TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEtBQUttSCxlQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDN0MsYUFBTyxNQUFNLEtBQUssSUFBSTtJQUN4QjtBQzlHQSxRQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFTeEQsYUFBU00sbUJBQWtCLE1BQW1CO0FBQ25ELGFBQU8sU0FBU25JLGdCQUFjLE1BQTJDO0FBQ3ZFLGNBQU0sTUFBOEI7VUFDbEMsUUFBUWtJLGFBQVksTUFBTTtZQUN4QixVQUFVLEtBQUs7WUFDZixPQUFPLEtBQUssT0FBTyxnQkFBZ0I7WUFDbkMsc0JBQXNCLEtBQUs7VUFDN0IsQ0FBQztRQUNIO0FBQ0EsY0FBTSxNQUFNLE1BQU07QUFDbEIsWUFBSSxLQUFLO0FBQ1AsZ0JBQU0sVUFBVUo7WUFDZDtZQUNBO2NBQ0UsVUFBVSxLQUFLO2NBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztjQUN0RCxRQUFRLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxNQUFNLFFBQVE7Y0FDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtZQUN0QztZQUNBLEtBQUs7VUFDUDtBQUVBLGdCQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLGNBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7O0FBQ2hFLGNBQUksR0FBRyxHQUFHLFlBQVksSUFBSUMsYUFBWSxPQUFPO0FBQzdDLGNBQUksR0FBRyxHQUFHLGFBQWEsSUFBSUUsZ0JBQWUsT0FBTztRQUNuRDtBQUNBLGVBQU87TUFDVDtJQUNGO0FDOUNBLFFBQUFqRyxtQkFBd0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUFTeEIsUUFBTW9HLFlBQVcsSUFBSUMsaUJBQUEsUUFBUSxVQUFVO0FBVXZDLFFBQU1DLFlBQTJDLENBQUM7QUFFbEQsUUFBSWpDO0FBR0csYUFBUzVDLGdCQUFjdEIsVUFBZ0IsTUFBb0I7QUFDaEUsYUFBT2tFLFVBQVMsSUFBSSxLQUFLbEUsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM5QztBQVFPLGFBQVNvRyxhQUNkLFdBQ21DO0FBQ25DLGFBQU8sQ0FBQyxTQUFTO0FBQ2YsWUFBSSxDQUFDLEtBQUssYUFBYyxDQUFBbEMsWUFBVyxDQUFDO0FBQ3BDLFlBQUlBLFFBQVEsUUFBTyxVQUFVLElBQUk7QUFDakMsZUFBT0csaUJBQWdCLEVBQUUsS0FBSyxDQUFDLFVBQVU7QUFDdkMsVUFBQUgsVUFBUztBQUNULG9CQUFVLElBQUk7UUFDaEIsQ0FBQztNQUNIO0lBQ0Y7QUFDQSxRQUFJTTtBQUdKLFFBQU02QixnQkFBZSxDQUFDLFNBQWlCLEtBQUssSUFBSSxJQUFJLE9BQU8sRUFBRTtBQUU3RCxhQUFTbEMsUUFBTW5FLFVBQWdCLE9BQWdCLE1BQWlDO0FBQzlFLFlBQU0sVUFBVW9CLGFBQVlDLE9BQU0sTUFBTUMsZ0JBQWN0QixVQUFRLElBQUksQ0FBQztBQUNuRSxVQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLE1BQUF3RSxlQUFjLElBQUl6QixXQUFVL0MsU0FBTyxTQUFTQSxTQUFPLFdBQVc7QUFDOUQsWUFBTSxTQUFTd0UsV0FBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFlBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxhQUFPO1FBQ0wsUUFBUSxJQUFJekIsV0FBVS9DLFNBQU8sU0FBU0EsU0FBTyxhQUFhLE9BQU8sWUFBWTtRQUM3RSxTQUFTLEtBQUssSUFBSSxLQUFLLE9BQU9xRyxjQUFhLElBQUksS0FBSztRQUNwRCxTQUFTO01BQ1g7SUFDRjtBQUVBLGFBQVNDLFNBQVF0RyxVQUFnQixNQUFlLE1BQWlDO0FBQy9FLFlBQU0sVUFBVW1HLFVBQVMsSUFBSTtBQUM3QixVQUFJLFdBQVcsQ0FBQyxRQUFRLE9BQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLFFBQVEsUUFBUyxRQUFPO0FBQ3BGLFVBQUksUUFBUyxDQUFBRixVQUFTLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyQyxZQUFNLE9BQU85QixRQUFNbkUsVUFBUSxNQUFNLElBQUk7QUFFckMsVUFBSSxRQUFRLFFBQVMsTUFBSyxVQUFVLFFBQVE7QUFDNUMsTUFBQW1HLFVBQVMsSUFBSSxJQUFJO0FBQ2pCLGFBQU87SUFDVDtBQUdPLGFBQVNJLFlBQVd2RyxVQUFnQixNQUFlLE1BQW1DO0FBQzNGLGFBQU9zRyxTQUFRdEcsVUFBUSxNQUFNLElBQUksR0FBRztJQUN0QztBQ2xGQSxRQUFBSCxtQkFBcUMsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUFHOUIsUUFBTTJHLHVCQUFzQixJQUFJQyxpQkFBQSxNQUFNLHlCQUF5QixJQUFJO0FBRW5FLFFBQU1DLHNCQUFxQixJQUFJRCxpQkFBQSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLFFBQU1FLDhCQUE2QixJQUFJRixpQkFBQSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLFFBQU1HLG9CQUFtQixJQUFJSCxpQkFBQSxLQUFLLG1CQUFtQjtBQUVyRCxRQUFNSSxrQkFBaUIsSUFBSUosaUJBQUEsUUFBUSxpQkFBaUI7QUFFcEQsUUFBTUssbUJBQWtCLElBQUlMLGlCQUFBLEtBQUssa0JBQWtCO0FBRW5ELFFBQU1NLGtCQUFpQixJQUFJTixpQkFBQSxRQUFRLGlCQUFpQjtBQ1YzRCxRQUFNTyxxQkFBb0I7QUFDMUIsUUFBSUMsZ0JBQWU7QUFFbkIsUUFBTUMsY0FBbUQsQ0FBQztBQUVuRCxhQUFTQyxhQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsVUFBSSxPQUFPRCxZQUFXLElBQUk7QUFDMUIsVUFBSSxTQUFTLFFBQVc7QUFDdEIsZUFBTyxFQUFFLFVBQVUsS0FBSztBQUN4QixRQUFBQSxZQUFXLElBQUksSUFBSTtNQUNyQjtBQUNBLFVBQUk7QUFDRixRQUFBSixpQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO01BQ3pDLFNBQVMsT0FBTztBQUNkLFFBQUFBLGlCQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixRQUFBQyxnQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixZQUFJRSxrQkFBaUJELG9CQUFtQjtBQUN0QyxrQkFBUTtZQUNOLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUM7VUFDdEc7UUFDRjtNQUNGO0lBQ0Y7QUMxQkEsUUFBQXRILGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FDRGpCLFFBQUFELGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFjdEIsYUFBUzBILGVBQWMsTUFBaUMsSUFBbUQ7QUFDekcsVUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsWUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsYUFBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0lBQy9DO0FBRUEsYUFBU0MsZ0JBQWUsS0FBZ0I7QUFDdEMsaUJBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsY0FBTSxLQUFLLFFBQVEsZUFBZUQsZUFBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFlBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEsQ0FBQVoscUJBQW9CLElBQUksRUFBRTtNQUMxRjtBQUNBLFlBQU0sUUFBUVksZUFBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELFVBQUksVUFBVSxPQUFXLENBQUFWLG9CQUFtQixJQUFJLEtBQUs7SUFDdkQ7QUFPTyxhQUFTWSxpQkFDZCxRQUNBLFVBQ0EsZUFDQSxVQUNBLFVBQXVDLE1BQU0sUUFDMUI7QUFDbkIsWUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLFVBQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIsUUFBQVYsa0JBQWlCLElBQUksSUFBSTtBQUN6QixlQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtNQUM1QztBQUNBLFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxVQUFJO0FBQ0osYUFBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLFNBQUEsR0FBQVcsWUFBQSxPQUFNLGFBQWE7QUFDbkIsY0FBTSxTQUFTLFFBQVE7QUFDdkIsWUFBSSxDQUFDLE9BQVE7QUFDYixjQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFlBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsY0FBTSxPQUFPO0FBQ2IsWUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtNQUM3RDtBQUNBLFlBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsTUFBQVgsa0JBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLFVBQUksYUFBYSxLQUFLO0FBQ3BCLFFBQUFELDRCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsUUFBQVUsZ0JBQWUsR0FBRztNQUNwQjtBQUNBLGFBQU8sRUFBRSxXQUFXLElBQUk7SUFDMUI7QUNsRUEsUUFBQTNILGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUZxQnRCLGFBQVM4SCxXQUFVLEtBQWMsTUFBbUM7QUFDbEUsYUFBT2pCLFlBQVcsSUFBSSxRQUFRLElBQUksTUFBTSxJQUFJO0lBQzlDO0FBR08sYUFBU2tCLGFBQVksTUFBYyxLQUFzQjtBQUM5RCxhQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1DLG1CQUFBOUcsUUFBSyxHQUFHLFFBQVEsTUFBTThHLG1CQUFBOUcsUUFBSyxHQUFHLG1CQUFtQjtJQUM5RjtBQUVBLFFBQU0rRyxrQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQTJHcEUsUUFBTUMsaUJBQTBCLENBQUMsU0FBQSxHQUN0Q0MsWUFBQSxPQUFNLGtCQUFrQixNQUFNO0FBQzVCLFlBQU0sRUFBRSxRQUFBN0gsU0FBTyxJQUFJO0FBQ25CLFlBQU0sT0FBT3dILFdBQVUsS0FBSyxPQUFPO0FBQ25DLFlBQU0sUUFBUUEsV0FBVSxLQUFLLE9BQU87QUFDcEMsVUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFPLFFBQU87QUFDNUIsVUFBSSxLQUFLLEtBQUssT0FBTyxFQUFFO0FBQ3ZCLFdBQUssS0FBSyxZQUFZLEVBQUUsT0FBTyxFQUFFLENBQUMsRUFBRSxNQUFNO0FBQzFDLFlBQU0sVUFBVSxLQUFLLGFBQWE7UUFDaEMsT0FBT0MsYUFBWSxTQUFTLEdBQUc7UUFDL0IsT0FBTztRQUNQLE9BQU87UUFDUCxlQUFlO01BQ2pCLENBQUM7QUFDRCxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsTUFBQVosZ0JBQWUsSUFBSSxDQUFDO0FBQ3BCLFlBQU0sS0FBSyxRQUFRLEtBQUs7QUFDeEIsV0FBSyxLQUFLLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDOUIsV0FBSyxLQUFLLGFBQWEsSUFBSSxFQUFFLE9BQU8sR0FBRyxRQUFRLEtBQUssS0FBSyxZQUFZLENBQUMsRUFBRSxNQUFNO0FBQzlFLFlBQU0sYUFBYVMsaUJBQWdCLE1BQU0sSUFBSXRILFNBQU8sZUFBZUEsU0FBTyxrQkFBa0I7QUFDNUYsV0FBSyxXQUFXLGFBQWE7QUFDN0IsVUFBSSxXQUFXLFdBQVc7QUFDeEIsYUFBSyxLQUFLLFdBQVcsSUFBSSxXQUFXLEtBQUssU0FBUyxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUUsTUFBTTtBQUN4RSxtQkFBVyxVQUFVMkgsZ0JBQWdCLE1BQUssS0FBSyxhQUFhLElBQUksTUFBTSxFQUFFLE1BQU07TUFDaEY7QUFDQSxXQUFLLE1BQU0sV0FBVyxFQUFFLE1BQU07QUFDOUIsV0FBSyxNQUFNLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDL0IsV0FBSyxNQUFNLFdBQVcsRUFBRSxNQUFNO0FBQzlCLGFBQU8sS0FBSyxhQUFhLEVBQUUsRUFBRSxNQUFNO0lBQ3JDLENBQUM7QUcvSkgsUUFBTSxNQUFNLEVBQUUsT0FBT2hHLFdBQVU7QUFFL0IsYUFBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLFVBQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxVQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxVQUFJLGFBQWEsUUFBUyxRQUFPLFFBQVE7QUFDekMsYUFBTyxRQUFRO0lBQ2pCO0FBUU8sYUFBUyxhQUFhLFNBQWtCLFdBQXdDO0FBQ3JGLGFBQU87UUFDTDtVQUNFLFFBQVE7VUFDUixNQUFNO1VBQ04sT0FBTztZQUNMLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztZQUNsRCxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFNBQVM7VUFDcEQ7UUFDRjtRQUNBLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztVQUM5QixRQUFRO1VBQ1IsTUFBTSxFQUFFLFNBQVM7VUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFrQixJQUFJLEtBQWMsT0FBTyxZQUFZLFVBQVUsT0FBTyxFQUFFLENBQUM7UUFDN0YsRUFBRTtNQUNKO0lBQ0Y7QUFHTyxhQUFTLFdBQVcsU0FBa0IsV0FBd0M7QUFDbkYsYUFBTztRQUNMLEVBQUUsUUFBUSxtQkFBbUIsTUFBTSxLQUFLLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO1FBQ3JHLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztVQUM5QixRQUFRO1VBQ1IsTUFBTSxFQUFFLFNBQVM7VUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBTyxRQUFRLFVBQVUsQ0FBQztRQUMvRSxFQUFFO01BQ0o7SUFDRjtBQUdPLGFBQVMsV0FBVyxpQkFBaUIsT0FBZTtBQUN6RCxhQUFPO1FBQ0w7VUFDRSxRQUFRO1VBQ1IsTUFBTTtVQUNOLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxLQUFLLGFBQWEsTUFBTSxlQUFlLENBQUM7UUFDbEY7TUFDRjtJQUNGO0FBR08sYUFBUyxhQUFhLFNBQTBCO0FBQ3JELGFBQU87UUFDTCxFQUFFLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtRQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO01BQ2hHO0lBQ0Y7QUFHTyxhQUFTLGdCQUFnQixTQUEwQjtBQUN4RCxhQUFPO1FBQ0wsRUFBRSxRQUFRLHlCQUF5QixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsRUFBRTtRQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO01BQzlGO0lBQ0Y7QUF5RU8sYUFBU21HLGVBQWMsU0FBa0IsV0FBZ0MsZ0JBQWlDO0FBQy9HLGFBQU87UUFDTCxHQUFHLGFBQWEsU0FBUyxTQUFTO1FBQ2xDLEdBQUcsV0FBVyxTQUFTLFNBQVM7UUFDaEMsR0FBRyxXQUFXLGNBQWM7UUFDNUIsR0FBRyxhQUFhLE9BQU87UUFDdkIsR0FBRyxnQkFBZ0IsT0FBTztNQUM1QjtJQUNGO0FoQ2pKQSxRQUFNLEVBQUUsU0FBUzFJLGdCQUFjLElBQUlDLFlBQVcsU0FBUztBQUVoRCxRQUFNdkIsV0FBMEIsZ0JBQUE0RyxjQUFhMUUsU0FBUSxPQUFPO01BQ2pFLE9BQU8sQ0FBQyxTQUFTLE9BQU87O01BQ3hCLFdBQVdaO01BQ1gsV0FBVztRQUNULE9BQU8sRUFBRSxVQUFVLGdCQUFnQixNQUFNLFNBQVMsS0FBSyxHQUFHLFVBQVUsR0FBR0EsZUFBYSxLQUFLLGNBQWMsTUFBTTtNQUMvRztNQUNBLE9BQU8wSSxlQUFjOUgsUUFBTyxTQUFTMEIsWUFBVyxJQUFJO0lBQ3RELEVBQUU7QUFHSyxRQUFNN0QsaUJBQWdDLGdCQUFBbUksbUJBQWtCLEVBQUUsVUFBVSxRQUFRLENBQUM7QUFFN0UsYUFBU2hJLFNBQTBCO0FBQ3hDLGFBQU91RyxZQUFXdkUsT0FBTTtJQUMxQjtBQUVPLFFBQU0vQixTQUFRbUksYUFBWSxDQUFDLFNBQXdCO0FBQ3hELE1BQUFlLGFBQVksU0FBU1MsZ0JBQWUsRUFBRSxRQUFBNUgsU0FBUSxLQUFLLENBQUM7SUFDdEQsQ0FBQzs7Ozs7QWlDbENELElBQUk7QUFFRyxTQUFTLFVBQVU7QUFDeEIsTUFBSSxnQkFBZ0IsUUFBVztBQUM3QixVQUFNLFlBQVksV0FBVztBQUM3QixlQUFXLGlCQUFpQixDQUFDO0FBQzdCLGVBQVcsUUFBUSxDQUFDLE1BQUssV0FBVSxnQkFBZSxXQUFVLGNBQWEsWUFBWSxHQUFHO0FBQ3RGLFlBQU0sU0FBUyxVQUFVLElBQUk7QUFDN0IsaUJBQVcsZUFBZSxJQUFJLElBQUksRUFBRSxJQUFJLFFBQVEsZUFBZSxPQUFPLFdBQVcsT0FBTztBQUFBLElBQzFGO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLFNBQU87QUFDVDtBQUNBLFdBQVcsc0JBQXNCOzs7QUNtQjFCLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWMsTUFBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTStILFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBTyxLQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVMsS0FBSyxNQUFNLENBQUMsSUFBSTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsbUJBQVM7QUFDVDtBQUFBLFFBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztBQUFBLFlBQzFCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJO0FBQzdDLE1BQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBcUJPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5Qzs7O0FDM0RPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUdPLElBQU0sZ0JBQWdCLEtBQUs7QUFLbEMsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLOzs7QUNoRC9ELElBQU0sZ0JBQWdCO0FBZ0JmLElBQU0sYUFBYTtBQUFBLEVBQ3hCLE9BQU87QUFBQSxFQUNQLFFBQVE7QUFBQSxFQUNSLFVBQVUsT0FBTyxFQUFFLFNBQVMsY0FBYztBQUM1Qzs7O0FDM0RBLFNBQVMsT0FBTyxPQUFPLGFBQWE7OztBQ0FwQyxPQUFPLGtCQUFrQjtBQUN6QixJQUFPLG9CQUFROzs7QUNEZixPQUFPLGFBQWE7QUFDcEIsSUFBTyxlQUFROzs7QUNEZixTQUFTLFNBQVMsTUFBTSxhQUFhOzs7QUNBckMsU0FBUyxtQkFBbUI7OztBQ0dyQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLGVBQWU7OztBQ0s1QixTQUFTLGVBQXVCO0FBRTlCLE1BQUksU0FBUyxFQUFHLENBQUMsV0FBd0QsWUFBWSxFQUFHO0FBQ3hGLFFBQU0sU0FBUyxJQUFJLFlBQVksZUFBZSxNQUFnQjtBQUM1RCxVQUFNLElBQUksTUFBTSwwQ0FBMEMsYUFBYSxrQ0FBa0M7QUFBQSxFQUMzRyxDQUFDO0FBQ0QsU0FBTyxPQUFPLENBQUM7QUFDakI7QUFFTyxJQUFNLFNBQTRCLGFBQWE7OztBQ0h0RCxTQUFTLGlCQUFpQjtBQUN4QixTQUFPO0FBQUE7QUFBQSxJQUVMLFlBQVksSUFBSSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsSUFFMUMsaUJBQWlCLElBQUksTUFBTSwwQkFBMEI7QUFBQTtBQUFBLElBRXJELFVBQVUsSUFBSSxNQUFNLGtCQUFrQjtBQUFBO0FBQUEsSUFFdEMsZ0JBQWdCLElBQUksUUFBUSx3QkFBd0I7QUFBQTtBQUFBLElBRXBELGNBQWMsSUFBSSxNQUFNLGlDQUFpQztBQUFBLEVBQzNEO0FBQ0Y7QUFHQSxJQUFNLFNBQVMsU0FBUyxLQUFLLE9BQU8sZUFBZSxTQUFZLGVBQWUsSUFBSTtBQVdsRixJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBQ0osSUFBSSxhQUFhO0FBTWpCLFNBQVMsVUFBVSxZQUFvQixPQUFxQztBQUMxRSxRQUFNLE1BQU0sYUFBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO0FBQUEsSUFDdEUsR0FBRztBQUFBLElBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxFQUNoRCxDQUFVO0FBQ1YsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7QUFDOUM7QUF3QkEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsY0FBYyxZQUEwQjtBQUV0RCxNQUFJLENBQUMsV0FBWSxjQUFhLFVBQVUsWUFBWSxNQUFNO0FBQzFELGFBQVM7QUFDUCxVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLGFBQVMsVUFBVTtBQUNuQixVQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsUUFBSSxrQkFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxRQUFJLGtCQUFLLFNBQVMsYUFBYSxFQUFHO0FBQUEsRUFDcEM7QUFDQSxZQUFVLFlBQVksVUFBVTtBQUNoQyxXQUFTLFVBQVU7QUFDckI7QUFFQSxTQUFTLFNBQVMsWUFBMEI7QUFDMUMsUUFBTSxNQUFNLGFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FDSixJQUFJLFdBQVcsTUFBTSxNQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxXQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxRQUFRLGVBQWUsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUM3RyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQ3BDLFFBQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxVQUFVLE9BQVE7QUFDM0QsV0FBUSxXQUFXLElBQUksT0FBTyxXQUFXO0FBQ3pDLFdBQVEsZ0JBQWdCLElBQUksT0FBTyxpQkFBaUI7QUFDcEQsV0FBUSxTQUFTLElBQUksT0FBTyxTQUFTO0FBQUEsRUFDdkM7QUFHQSxNQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLHNCQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDdkY7OztBQzlHQSxTQUFTLFNBQVMsTUFBc0I7QUFDdEMsTUFBSTtBQUNGLFdBQU8sS0FBSyxJQUFJO0FBQUEsRUFDbEIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxJQUFJO0FBQUEsTUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNqRTtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVE7QUFDakIsV0FBTyxJQUFJLElBQUksSUFBSTtBQUFBLE1BQ2pCLFNBQVMsSUFBSTtBQUFBLE1BQ2IsTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO0FBQUEsSUFDaEQ7QUFDRixTQUFPO0FBQUEsSUFDTCxRQUFRLDBCQUEwQixJQUFJO0FBQUEsSUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsSUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUVBLFNBQVMsU0FBU0MsU0FBc0I7QUFDdEMsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsT0FBT0EsUUFBTztBQUFBLE1BQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUFBLElBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO0FBQUEsRUFDN0U7QUFDRjtBQUdPLFNBQVMsWUFBWUMsT0FBWSxNQUFZQyxnQkFBNEM7QUFDOUYsUUFBTSxPQUFPRCxNQUFLLE1BQU0sSUFBSTtBQUM1QixTQUFPLFNBQVMsSUFBSSxTQUFZQSxNQUFLLFFBQVEsT0FBTyxrQkFBSyxHQUFHLFdBQVcsS0FBSyxNQUFNQyxjQUFhO0FBQ2pHO0FBV08sSUFBTSxPQUFhLFNBQVMsTUFBUzs7O0FDbkY1QyxPQUFPLGdCQUFnQjtBQUN2QixJQUFPLGtCQUFROzs7QUNxQlIsSUFBTSxZQUFZOzs7QUNMbEIsU0FBUyxRQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsUUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxVQUFRLFVBQVU7QUFBQSxJQUNoQixLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sZ0JBQWdCLE9BQU87QUFBQSxJQUNoQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTyxhQUFhLEtBQUs7QUFBQSxJQUNyRCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUc5RSxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsTUFBSSxPQUFPLGVBQWUsUUFBUTtBQUNsQyxNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQVEsRUFBRTtBQUNoRSxtQkFBZSxRQUFRLElBQUk7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDs7O0FDMkJBLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsU0FBUyxTQUFTLE9BQWtCLE9BQXVCO0FBQ3pELFVBQVEsT0FBTztBQUFBLElBQ2IsS0FBSztBQUNILGFBQU8sTUFBTSxRQUFRLE1BQU07QUFBQSxJQUM3QixLQUFLLFNBQVM7QUFDWixZQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLElBQ2hEO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ2hFLEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDeEQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUN6RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sUUFBUSxDQUFDO0FBQUEsSUFDN0IsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUMzRSxLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsSUFDckMsS0FBSyxhQUFhO0FBQ2hCLFlBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQzVFO0FBQUEsRUFDRjtBQUNGO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsTUFBTTtBQUNyQyxNQUFJLGFBQWEsUUFBVztBQUMxQixlQUFXLGFBQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLE1BQU0sSUFBSTtBQUFBLEVBQzVCO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sYUFBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU0sU0FBUyxJQUFJO0FBQ25CLFVBQU0sV0FBVyxXQUFXO0FBQzVCLFFBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQztBQUNmLFFBQUksU0FBUyxVQUFVO0FBQ3JCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUssU0FBUyxPQUFPLFNBQVM7QUFDbEQsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQXNCLE9BQU8sUUFBUSxTQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUNoRztBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLFFBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtBQUFBLEVBQ3BFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLFFBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVM7QUFDYixlQUFXLE9BQU8sT0FBTztBQUN2QixZQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxVQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNyRztBQUNBLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsUUFBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsUUFBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07QUFBQSxFQUNyRjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDbkY7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsUUFBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLFFBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxRQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDNUc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7QUFBQSxFQUNoRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLFFBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztBQUFBLEVBQ2xHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFDRjs7O0FDMVVPLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLOzs7QUM0RWhELGVBQXNCLGtCQUEwRDtBQUM5RSxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLGdCQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO0FBQUEsSUFDOUIsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUOzs7QUN4Qk8sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEOzs7QUN0RkEsSUFBTSxXQUFXLElBQUksUUFBUSxVQUFVO0FBVXZDLElBQU0sV0FBMkMsQ0FBQztBQUVsRCxJQUFJO0FBR0csU0FBUyxjQUFjQyxTQUFnQixNQUFvQjtBQUNoRSxTQUFPLFNBQVMsSUFBSSxLQUFLQSxRQUFPLE1BQU0sSUFBSSxFQUFFO0FBQzlDO0FBUU8sU0FBUyxZQUNkLFdBQ21DO0FBQ25DLFNBQU8sQ0FBQyxTQUFTO0FBQ2YsUUFBSSxDQUFDLEtBQUssYUFBYyxZQUFXLENBQUM7QUFDcEMsUUFBSSxPQUFRLFFBQU8sVUFBVSxJQUFJO0FBQ2pDLFdBQU8sZ0JBQWdCLEVBQUUsS0FBSyxDQUFDLFVBQVU7QUFDdkMsZUFBUztBQUNULGdCQUFVLElBQUk7QUFBQSxJQUNoQixDQUFDO0FBQUEsRUFDSDtBQUNGO0FBQ0EsSUFBSTtBQUdKLElBQU0sZUFBZSxDQUFDLFNBQWlCLEtBQUssSUFBSSxJQUFJLE9BQU8sRUFBRTtBQUU3RCxTQUFTLE1BQU1BLFNBQWdCLE9BQWdCLE1BQWlDO0FBQzlFLFFBQU0sVUFBVSxZQUFZLE1BQU0sTUFBTSxjQUFjQSxTQUFRLElBQUksQ0FBQztBQUNuRSxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLGdCQUFjLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDOUQsUUFBTSxTQUFTLFVBQVUsTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDaEUsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsWUFBWSxPQUFPLGFBQWEsSUFBSSxPQUFPLGFBQWE7QUFDbEcsU0FBTztBQUFBLElBQ0wsUUFBUSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLE9BQU8sWUFBWTtBQUFBLElBQzdFLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxhQUFhLElBQUksS0FBSztBQUFBLElBQ3BELFNBQVM7QUFBQSxFQUNYO0FBQ0Y7QUFFQSxTQUFTLFFBQVFBLFNBQWdCLE1BQWUsTUFBaUM7QUFDL0UsUUFBTSxVQUFVLFNBQVMsSUFBSTtBQUM3QixNQUFJLFdBQVcsQ0FBQyxRQUFRLE9BQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLFFBQVEsUUFBUyxRQUFPO0FBQ3BGLE1BQUksUUFBUyxVQUFTLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyQyxRQUFNLE9BQU8sTUFBTUEsU0FBUSxNQUFNLElBQUk7QUFFckMsTUFBSSxRQUFRLFFBQVMsTUFBSyxVQUFVLFFBQVE7QUFDNUMsV0FBUyxJQUFJLElBQUk7QUFDakIsU0FBTztBQUNUO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQW1DO0FBQzNGLFNBQU8sUUFBUUEsU0FBUSxNQUFNLElBQUksR0FBRztBQUN0Qzs7O0FDL0VPLElBQU0sc0JBQXNCLElBQUksTUFBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7OztBQ1YzRCxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFbkIsSUFBTSxhQUFtRCxDQUFDO0FBRW5ELFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLE1BQUksT0FBTyxXQUFXLElBQUk7QUFDMUIsTUFBSSxTQUFTLFFBQVc7QUFDdEIsV0FBTyxFQUFFLFVBQVUsS0FBSztBQUN4QixlQUFXLElBQUksSUFBSTtBQUFBLEVBQ3JCO0FBQ0EsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVE7QUFBQSxRQUNOLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUM7QUFBQSxNQUN0RztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ1pBLFNBQVMsY0FBYyxNQUFpQyxJQUFtRDtBQUN6RyxNQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixRQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxTQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDL0M7QUFFQSxTQUFTLGVBQWUsS0FBZ0I7QUFDdEMsYUFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxVQUFNLEtBQUssUUFBUSxlQUFlLGNBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixRQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLHFCQUFvQixJQUFJLEVBQUU7QUFBQSxFQUMxRjtBQUNBLFFBQU0sUUFBUSxjQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsTUFBSSxVQUFVLE9BQVcsb0JBQW1CLElBQUksS0FBSztBQUN2RDtBQU9PLFNBQVMsZ0JBQ2QsUUFDQSxVQUNBLGVBQ0EsVUFDQSxVQUF1QyxNQUFNLFFBQzFCO0FBQ25CLFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxNQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLHFCQUFpQixJQUFJLElBQUk7QUFDekIsV0FBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7QUFBQSxFQUM1QztBQUNBLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxNQUFJO0FBQ0osU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLFVBQU0sYUFBYTtBQUNuQixVQUFNLFNBQVMsUUFBUTtBQUN2QixRQUFJLENBQUMsT0FBUTtBQUNiLFVBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsUUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixVQUFNLE9BQU87QUFDYixRQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO0FBQUEsRUFDN0Q7QUFDQSxRQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLG1CQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixNQUFJLGFBQWEsS0FBSztBQUNwQiwrQkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELG1CQUFlLEdBQUc7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxXQUFXLElBQUk7QUFDMUI7OztBQzdDQSxTQUFTLFVBQVUsS0FBYyxNQUFtQztBQUNsRSxTQUFPLFdBQVcsSUFBSSxRQUFRLElBQUksTUFBTSxJQUFJO0FBQzlDO0FBR08sU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNLGtCQUFLLEdBQUcsUUFBUSxNQUFNLGtCQUFLLEdBQUcsbUJBQW1CO0FBQzlGO0FBRUEsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQTJHcEUsSUFBTSxnQkFBMEIsQ0FBQyxRQUN0QyxNQUFNLGtCQUFrQixNQUFNO0FBQzVCLFFBQU0sRUFBRSxRQUFBQyxRQUFPLElBQUk7QUFDbkIsUUFBTSxPQUFPLFVBQVUsS0FBSyxPQUFPO0FBQ25DLFFBQU0sUUFBUSxVQUFVLEtBQUssT0FBTztBQUNwQyxNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU8sUUFBTztBQUM1QixNQUFJLEtBQUssS0FBSyxPQUFPLEVBQUU7QUFDdkIsT0FBSyxLQUFLLFlBQVksRUFBRSxPQUFPLEVBQUUsQ0FBQyxFQUFFLE1BQU07QUFDMUMsUUFBTSxVQUFVLEtBQUssYUFBYTtBQUFBLElBQ2hDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlO0FBQUEsRUFDakIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixPQUFLLEtBQUssVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUM5QixPQUFLLEtBQUssYUFBYSxJQUFJLEVBQUUsT0FBTyxHQUFHLFFBQVEsS0FBSyxLQUFLLFlBQVksQ0FBQyxFQUFFLE1BQU07QUFDOUUsUUFBTSxhQUFhLGdCQUFnQixNQUFNLElBQUlBLFFBQU8sZUFBZUEsUUFBTyxrQkFBa0I7QUFDNUYsT0FBSyxXQUFXLGFBQWE7QUFDN0IsTUFBSSxXQUFXLFdBQVc7QUFDeEIsU0FBSyxLQUFLLFdBQVcsSUFBSSxXQUFXLEtBQUssU0FBUyxDQUFDLEdBQUcsU0FBUyxDQUFDLEVBQUUsTUFBTTtBQUN4RSxlQUFXLFVBQVUsZUFBZ0IsTUFBSyxLQUFLLGFBQWEsSUFBSSxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ2hGO0FBQ0EsT0FBSyxNQUFNLFdBQVcsRUFBRSxNQUFNO0FBQzlCLE9BQUssTUFBTSxVQUFVLEVBQUUsRUFBRSxNQUFNO0FBQy9CLE9BQUssTUFBTSxXQUFXLEVBQUUsTUFBTTtBQUM5QixTQUFPLEtBQUssYUFBYSxFQUFFLEVBQUUsTUFBTTtBQUNyQyxDQUFDOzs7QUN6SkgsSUFBTSxFQUFFLFNBQVNDLGVBQWMsSUFBSSxXQUFXLFNBQVM7QUFrQmhELElBQU0sUUFBUSxZQUFZLENBQUMsU0FBd0I7QUFDeEQsY0FBWSxTQUFTLGVBQWUsRUFBRSxRQUFRLEtBQUssQ0FBQztBQUN0RCxDQUFDOzs7QUNoQ00sU0FBUyxpQkFBaUIsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLGNBQWMsR0FBRyxJQUFJO0FBQUc7QUFDM0UsSUFBTSxVQUFVLFNBQVMsSUFBSSxRQUFRLEVBQUUsVUFBVTtBQUNqRCxTQUFTLFNBQVMsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLE1BQU0sR0FBRyxJQUFJO0FBQUc7QUFDM0QsU0FBU0MsYUFBWSxNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsU0FBUyxHQUFHLElBQUk7QUFBRzsiLAogICJuYW1lcyI6IFsiX19jb21tb25KUyIsICJleHBvcnRzIiwgIm1vZHVsZSIsICJoYW5kbGVTdW1tYXJ5IiwgIm9wdGlvbnMiLCAicG9sbFJlc291cmNlcyIsICJzZXR1cCIsICJzbW9rZSIsICJ0ZWFyZG93biIsICJERUZBVUxUX1RBUkdFVFMiLCAiUk9MRVMiLCAiVXNlcnNGaWxlRXJyb3IiLCAicGFyc2VVc2Vyc0NzdiIsICJ0ZXh0IiwgImZhaWwiLCAicGFyc2VQb29sU3BlYyIsICJwb29sRW1haWwiLCAidG9vU21hbGxGb3JEaXN0aW5jdCIsICJ2dUlkQm91bmQiLCAiQ29uZmlnRXJyb3IiLCAiTUFYX1JBTVBfVVBfUyIsICJNQVhfUkFNUF9ET1dOX1MiLCAicmF3IiwgIm51bWJlckluIiwgIm1pbGxpcyIsICJmcmFjdGlvbiIsICJTTU9LRV9TRUNPTkRTIiwgInNtb2tlRW50cnkiLCAibWV0cmljS2V5IiwgInRvSzZUaHJlc2hvbGRzIiwgImlzQXJyaXZhbFJhdGUiLCAiU1VNTUFSWV9UUkVORF9TVEFUUyIsICJpbXBvcnRfazYiLCAiaW1wb3J0X2V4ZWN1dGlvbiIsICJpbXBvcnRfaHR0cCIsICJpbXBvcnRfbWV0cmljcyIsICJpbXBvcnRfZGF0YSIsICJTSEFSRURfQ09ORklHIiwgImNvbmZpZyIsICJkZWNsYXJlTWV0cmljcyIsICJzZXJ2ZXIiLCAiUE9MTCIsICJjdXJzb3IiLCAiZXJyb3JzU2VlbiIsICJsb2FkTWFya2VkIiwgIm1hcmtQaGFzZSIsICJodHRwIiwgInJlc291cmNlc1NjZW5hcmlvIiwgInBhcnNlIiwgInBvbGxPbmNlIiwgImV4ZWMiLCAic2FtcGxlIiwgImVuZExvYWQiLCAicmVzb3VyY2VHYXRlcyIsICJyZWFkRmlsZSIsICJmaWxlUG9vbCIsICJpbXBvcnRfZGF0YTIiLCAibWFrZVBvb2wiLCAiYWNjb3VudE9mVnUiLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgImltcG9ydF9leGVjdXRpb24yIiwgImFzc2VydERpc3RpbmN0IiwgImltcG9ydF9zZWNyZXRzIiwgIkVORFBPSU5UUyIsICJBUElfU0NPUEUiLCAiYXBpUGF0aCIsICJyb3V0ZU5hbWVzIiwgInRhZ3NCeUVuZHBvaW50IiwgInJlcXVlc3RUYWdzIiwgImlzSWQiLCAiaXNDb3VudCIsICJoYXNTaGFwZSIsICJpc0pzb24iLCAicmVhZGluZyIsICJyZWFkRmllbGQiLCAiTGF6eVJlc3VsdCIsICJwYXJzZUpzb24iLCAic3RhdHVzQ2FsbGJhY2tzIiwgImV4cGVjdFN0YXR1cyIsICJpbXBvcnRfaHR0cDIiLCAib2JzZXJ2ZXIiLCAib3V0Y29tZSIsICJjaGVja1NldHMiLCAiY2hlY2tzRm9yIiwgIkFwaUNsaWVudCIsICJwYXJhbXMiLCAiaW1wb3J0X2s2MiIsICJEQVRBU0VUX1RJVExFIiwgIlJVTl9USVRMRV9GSUxURVIiLCAiZGF0YXNldFRpdGxlIiwgIm5ld1J1bklkIiwgIkxJVkVfUlVOX1dJTkRPV19NUyIsICJpc0xlZnRvdmVyIiwgImNvdW50IiwgImltcG9ydF9odHRwMyIsICJpbXBvcnRfazYzIiwgInF1aWV0TG9naW4iLCAiZW5zdXJlRGF0YXNldCIsICJvcGVuIiwgInJlbW92ZUNvdXJzZXMiLCAiaW1wb3J0X2V4ZWN1dGlvbjMiLCAidXJsIiwgImltcG9ydF9odHRwNCIsICJzZWNyZXQiLCAibG9naW4iLCAiaW1wb3J0X2s2NCIsICJzZWNyZXRQYXNzd29yZHMiLCAic2VjcmV0cyIsICJwcmVwYXJlUnVuIiwgImFub255bW91cyIsICJjbGVhblVwUnVuIiwgImVudHJ5T3B0aW9ucyIsICJlc2NhcGVYbWwiLCAiZXNjYXBlTWFya2Rvd25DZWxsIiwgIm1hcmtkb3duQ29kZSIsICJleHByZXNzaW9uIiwgInVuaXRPZiIsICJ0aHJlc2hvbGRSb3dzIiwgImVuZHBvaW50Um93cyIsICJkcm9wcGVkSXRlcmF0aW9ucyIsICJpdGVyYXRpb25zIiwgIm1ldHJpY1ZhbHVlIiwgInBlcmNlbnRpbGVDYXZlYXQiLCAiZm9ybWF0VmFsdWUiLCAiZHJvcHBlZFRleHQiLCAic2VydmVyUmVzb3VyY2VzIiwgInJlc291cmNlc1RleHQiLCAicmVzb3VyY2VzTGluZSIsICJidWlsZFJlc3VsdHMiLCAianVuaXRSZXBvcnQiLCAic2Vjb25kcyIsICJtYXJrZG93blJlcG9ydCIsICJ0ZXh0U3VtbWFyeSIsICJtYWtlSGFuZGxlU3VtbWFyeSIsICJyZWxvZ2lucyIsICJpbXBvcnRfbWV0cmljczIiLCAic2Vzc2lvbnMiLCAid2l0aFNlY3JldHMiLCAicmVuZXdNYXJnaW5TIiwgInNlc3Npb24iLCAidXNlckNsaWVudCIsICJjaGFwdGVyR2VuZXJhdGlvbk1zIiwgImltcG9ydF9tZXRyaWNzMyIsICJjb3Vyc2VHZW5lcmF0aW9uTXMiLCAiY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMiLCAiZ2VuZXJhdGlvbkZhaWxlZCIsICJjb3Vyc2VzQ3JlYXRlZCIsICJ3b3JrZmxvd1N1Y2Nlc3MiLCAid29ya2Zsb3dFcnJvcnMiLCAiTUFYX0xPR0dFRF9FUlJPUlMiLCAibG9nZ2VkRXJyb3JzIiwgInRhZ3NCeU5hbWUiLCAicnVuV29ya2Zsb3ciLCAibWlsbGlzQmV0d2VlbiIsICJyZWNvcmRKb2JUaW1lcyIsICJnZW5lcmF0ZUFuZFdhaXQiLCAiaW1wb3J0X2s2NSIsICJjbGllbnRGb3IiLCAidW5pcXVlVGl0bGUiLCAiaW1wb3J0X2V4ZWN1dGlvbjQiLCAiRVhQT1JUX0ZPUk1BVFMiLCAiZXZlcnlFbmRwb2ludCIsICJpbXBvcnRfazY3IiwgIndvcmtmbG93R2F0ZXMiLCAiZmFpbCIsICJjb25maWciLCAicG9vbCIsICJjbGFzc1Bhc3N3b3JkIiwgInBvbGxSZXNvdXJjZXMiLCAiY29uZmlnIiwgImNvbmZpZyIsICJTTU9LRV9TRUNPTkRTIiwgInRlYXJkb3duIl0KfQo=
