var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// dist/api.control.cjs
var require_api_control = __commonJS({
  "dist/api.control.cjs"(exports, module) {
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
    var api_exports = {};
    __export(api_exports, {
      admin: () => admin2,
      exportCourse: () => exportCourse2,
      generate: () => generate2,
      handleSummary: () => handleSummary2,
      health: () => health2,
      login: () => login22,
      options: () => options2,
      pollResources: () => pollResources22,
      reads: () => reads2,
      setup: () => setup2,
      status: () => status2,
      teardown: () => teardown3,
      writes: () => writes2
    });
    module.exports = __toCommonJS(api_exports);
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
      const [regular, power, admin22] = parts.map(Number);
      if (regular + power + admin22 !== 100) fail2(name, value, expected);
      return { regular, power, admin: admin22 };
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
    function hostOf(baseUrl) {
      const match = /^https?:\/\/(\[[^\]]+\]|[^/:]+)/i.exec(baseUrl);
      return (match?.[1] ?? "").toLowerCase();
    }
    function isLoopback(host) {
      return host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
    }
    function assertTargetAllowed(config32, entry) {
      const host = hostOf(config32.baseUrl);
      if (isLoopback(host) || config32.allowedHosts.includes(host)) return;
      throw new ConfigError2(
        `refusing to run "${entry}" against ${config32.baseUrl}: ${host} is not a loopback address. If you mean to load-test it, allow it with PERFORMANCE_ALLOWED_HOSTS=${host} (comma-separated list).`
      );
    }
    function envNumber2(env, name, fallback, range) {
      const what = range.what ?? (range.integer ? "a whole number" : "a number");
      return numberIn2(range.min, range.max, what, range.integer ?? false)(env, name, fallback);
    }
    var DURATION2 = "PERFORMANCE_TEST_DURATION";
    var apiEntry2 = {
      suite: "all",
      length: DURATION2,
      fit: (seconds2) => ({ [DURATION2]: String(Math.max(1, seconds2)) }),
      settings: (env) => ({
        /** Iterations/s per endpoint group (health 2x, export /2, generate and login /5). */
        rate: envNumber2(env, "API_RATE", 5, { min: 0.1, max: 1e4, what: "iterations per second" }),
        /** Each endpoint's error budget. */
        errorRate: envNumber2(env, "API_ERROR_RATE", 0.01, { min: 0, max: 1, what: "a fraction (e.g. 0.01)" })
      })
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
    function durationSeconds2(text2) {
      let total = 0;
      let matched = "";
      for (const [whole, value, unit] of text2.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
        total += Number(value) * { h: 3600, m: 60, s: 1, ms: 1e-3 }[unit];
        matched += whole;
      }
      if (matched !== text2 || text2 === "") throw new Error(`not a duration: ${JSON.stringify(text2)}`);
      return total;
    }
    var PREALLOCATED_HEADROOM = 2;
    var PREALLOCATED_LATENCY_CAP_S = 1;
    function openModelVUs2(load) {
      const iterationS = (latencyS) => load.requestsPerIteration * latencyS;
      const covered = Math.min(load.p99BudgetMs / 1e3, PREALLOCATED_LATENCY_CAP_S);
      const preAllocatedVUs = Math.ceil(PREALLOCATED_HEADROOM * load.ratePerS * iterationS(covered)) + 1;
      const maxVUs = Math.max(preAllocatedVUs, Math.ceil(load.ratePerS * iterationS(load.timeoutS)));
      return { preAllocatedVUs, maxVUs };
    }
    var isArrivalRate2 = (scenario) => scenario.executor === "constant-arrival-rate" || scenario.executor === "ramping-arrival-rate";
    function scheduledIterations2(scenario) {
      const s = scenario;
      const perUnit = durationSeconds2(s.timeUnit ?? "1s");
      if (s.executor === "constant-arrival-rate") return (s.rate ?? 0) * durationSeconds2(s.duration ?? "0s") / perUnit;
      if (s.executor !== "ramping-arrival-rate") throw new Error(`${s.executor} is not an arrival-rate executor`);
      let rate22 = s.startRate ?? 0;
      let total = 0;
      for (const stage of s.stages ?? []) {
        total += (rate22 + stage.target) / 2 * durationSeconds2(stage.duration);
        rate22 = stage.target;
      }
      return total / perUnit;
    }
    function wholeRate(perSecond) {
      return Number.isInteger(perSecond) ? { rate: perSecond, timeUnit: "1s" } : { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: "1m" };
    }
    function constantRate2(exec5, perSecond, durationS, vus, startTime = "0s") {
      return {
        executor: "constant-arrival-rate",
        exec: exec5,
        ...wholeRate(perSecond),
        duration: `${durationS}s`,
        preAllocatedVUs: vus.preAllocatedVUs,
        maxVUs: vus.maxVUs,
        startTime
      };
    }
    var SUMMARY_TREND_STATS2 = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
    var import_k66 = __toESM(require_k6(), 1);
    var import_execution6 = __toESM(require_execution(), 1);
    var import_http6 = __toESM(require_http(), 1);
    var import_metrics4 = __toESM(require_metrics(), 1);
    var import_data4 = __toESM(require_data(), 1);
    var SHARED_CONFIG2 = "course-perf:config";
    var config3 = parseConfig(__ENV);
    new import_data4.SharedArray(SHARED_CONFIG2, () => [config3]);
    function guardedConfig2(entry) {
      assertTargetAllowed(config3, entry);
      return config3;
    }
    function declareMetrics2() {
      return {
        /** Percent of the CPUs available to the server, 0-100. */
        cpuPercent: new import_metrics4.Trend("server_cpu_percent"),
        /** Per-core sum: 100 = one core fully busy. */
        cpuCoresPercent: new import_metrics4.Trend("server_cpu_cores_percent"),
        /** PSS sum (process tree), working set (cgroup), RSS (/metrics) or the memory query (Prometheus server), MB. */
        memoryMb: new import_metrics4.Trend("server_memory_mb"),
        /** Polls the sidecar did not answer, plus readings the sidecar failed to take: each about one interval without data. */
        samplesMissing: new import_metrics4.Counter("server_samples_missing"),
        /** MB per minute over the load after the sidecar's warm-up (least-squares slope), recorded once in teardown. */
        memoryGrowth: new import_metrics4.Trend("server_memory_growth_mb_per_min")
      };
    }
    var server2 = __VU === 0 || config3.sidecarUrl !== void 0 ? declareMetrics2() : void 0;
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
        (0, import_k66.sleep)(Math.max(0, 1 - (Date.now() - started) / 1e3));
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
    function makePool2(config32) {
      if (config32.usersFile) return filePool2(config32.usersFile);
      const users = config32.users;
      if (config32.demoUsers) {
        return {
          source: "DEMO_USERS",
          sizes: config32.demoUsers,
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
    var pool2 = makePool2(config3);
    var import_k642 = __toESM(require_k6(), 1);
    var import_execution32 = __toESM(require_execution(), 1);
    var import_http42 = __toESM(require_http(), 1);
    var import_secrets3 = __toESM(require_secrets(), 1);
    var import_k622 = __toESM(require_k6(), 1);
    var import_http22 = __toESM(require_http(), 1);
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
      constructor(ok, status22, res) {
        this.ok = ok;
        this.status = status22;
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
    function expectStatus2(status22) {
      let callback = statusCallbacks2[status22];
      if (callback === void 0) {
        callback = import_http22.default.expectedStatuses(status22);
        statusCallbacks2[status22] = callback;
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
        const status22 = res.status;
        const statusOk = status22 === expected;
        if (status22 === 401) this.unauthorized = true;
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
        return new LazyResult2(allOk, status22, shape && statusOk && shapeOk ? res : void 0);
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
    function quietLogin2(config32, email, password) {
      const result = { token: void 0, status: 0 };
      batched(
        1,
        () => ({
          method: "POST",
          url: `${config32.baseUrl}${apiPath2("login")}`,
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
    function ensureDataset2(config32, owners) {
      const { courses: wanted, generated: generatedPerUser, reseed } = config32.dataset;
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
      const seeding = { base: config32.baseUrl, owners, tokens: [], report };
      progress(`checking ${owners.length} account(s)`, true);
      logIn(
        seeding,
        owners.map((_, i) => i)
      );
      let listed = listDatasets(seeding);
      if (reseed) listed = removeDatasets(seeding, listed);
      const toGenerate = createCourses(seeding, listed, wanted, generatedPerUser);
      awaitGeneration(seeding, startGeneration(seeding, toGenerate), config32.generationTimeoutS);
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
          const { owner, n, generate: generate22 } = creations[k];
          const course = {
            title: datasetTitle2(n),
            topic: `dataset topic ${n}`,
            level: "beginner",
            chapter_count: generate22 ? 1 : 3
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
          const status22 = json(res);
          if (status22?.status === "failed")
            throw new Error(
              `dataset: generating a course of ${owners[jobs[k].owner].email} failed: ${status22.error ?? "no reason given"}`
            );
          if (status22?.status === "completed") report.generated++;
          else open2.push(jobs[k]);
        }
      );
      return { open: open2, expired };
    }
    function removeCourses2(config32, adminToken, filter, remove) {
      const base = config32.baseUrl;
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
    function classPassword2(config32, secret22, role) {
      return secret22[role] ?? config32.users[role].password;
    }
    function login2(config32, secret22, role) {
      if (pool2.sizes[role] === 0) abort(`${pool2.source} has no ${role} account, and this entry needs one.`);
      const { email, password } = pool2.account(role, 0, classPassword2(config32, secret22, role));
      const result = quietLogin2(config32, email, password);
      if (!result.token) {
        const envPrefix = `${role.toUpperCase()}_USER`;
        const where = config32.usersFile ? `its line in ${config32.usersFile}` : config32.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
        abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
      }
      return result.token;
    }
    function seedCourses(client, runId, config32) {
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
      const deadline = Date.now() + config32.generationTimeoutS * 1e3;
      for (const jobId of jobs) {
        for (; ; ) {
          const job = client.getJob(jobId).body;
          if (job?.status === "completed") break;
          if (job?.status === "failed") abort(`a seed course's generation failed: ${job.error ?? "no reason given"}.`);
          if (Date.now() > deadline)
            abort(`seed courses were not generated within GENERATION_TIMEOUT=${config32.generationTimeoutS}s.`);
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
    function datasetOwners(config32, secret22) {
      const vuIds = vuIdBound2(import_execution32.default.test.options.scenarios ?? {});
      const owners = [];
      for (const role of ["regular", "power"]) {
        for (let i = 0; i < Math.min(pool2.sizes[role], vuIds); i++)
          owners.push({ role, ...pool2.account(role, i, classPassword2(config32, secret22, role)) });
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
    function prepareDataset(config32, owners) {
      const started = Date.now();
      const took = () => `in ${((Date.now() - started) / 1e3).toFixed(1)} s`;
      const head = `setup: dataset of ${config32.dataset.courses} course(s) per account for ${owners.length} account(s)`;
      if (config32.dataset.madeByPlatform && !config32.dataset.reseed) {
        const checked = sample(owners);
        const s = ensureDataset2(config32, checked);
        if (s.reused === checked.length) {
          console.log(`${head}: made by the platform at start, ${checked.length} account(s) checked, ${took()}`);
          return;
        }
        console.log(
          `setup: the dataset the platform made at start is incomplete (${checked.length - s.reused} of ${checked.length} account(s) checked lacked courses): checking every account`
        );
      }
      const r = ensureDataset2(config32, owners);
      console.log(
        `${head}: ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed${r.retried > 0 ? `, ${r.retried} request(s) sent again after no answer or a 5xx` : ""}, ${took()}`
      );
    }
    async function prepareRun2(config32, options22 = {}) {
      probe(config32.baseUrl);
      const secret22 = await secretPasswords2();
      const anonymous = new ApiClient2(config32.baseUrl, config32.apiTimeoutS);
      const tokens = {};
      for (const role of ROLES2) tokens[role] = login2(config32, secret22, role);
      const runId = newRunId2();
      const swept = removeCourses2(config32, tokens.admin, RUN_TITLE_FILTER2, (title) => isLeftover2(title, runId, false));
      if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
      if (options22.dataset) {
        try {
          prepareDataset(config32, datasetOwners(config32, secret22));
        } catch (error) {
          abort(error instanceof Error ? error.message : String(error));
        }
      }
      const seededCourseIds = options22.seed ? seedCourses(anonymous.as(tokens.regular), runId, config32) : [];
      return { runId, tokens, seededCourseIds, secretsFound: Object.keys(secret22).length > 0 };
    }
    async function cleanUpRun2(config32, data) {
      if (!data?.runId || pool2.sizes.admin === 0) return;
      const secret22 = await secretPasswords2();
      const { email, password } = pool2.account("admin", 0, secret22.admin ?? config32.users.admin.password);
      const { token } = quietLogin2(config32, email, password);
      if (!token) {
        console.error(
          `teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`
        );
        return;
      }
      const removed = removeCourses2(config32, token, data.runId, (title) => isLeftover2(title, data.runId, true));
      if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
    }
    function isControlRuntime() {
      return __VU === 0;
    }
    function entryOptions2(config32, makeParts) {
      if (!isControlRuntime()) return void 0;
      const parts = makeParts();
      const scenarios = Object.fromEntries(Object.entries(parts.scenarios).filter(([, scenario]) => hasUsers(scenario)));
      const gates = [...parts.gates];
      if (config32.sidecarUrl) {
        scenarios.resources = resourcesScenario2(parts.wallTimeS);
        gates.push(
          ...resourceGates2({
            memoryMb: config32.targets.memoryMb,
            cpuPercent: config32.targets.cpuPercent,
            growthMbPerMin: parts.gateMemoryGrowth ? config32.targets.memoryGrowthMbPerMin : void 0,
            failOnMissing: config32.sidecarStrict
          })
        );
      }
      if (config32.usersDistinct) assertDistinct2(pool2, parts.roles ?? ROLES2, vuIdBound2(scenarios));
      return {
        scenarios,
        thresholds: withDroppedIterations(toK6Thresholds2(gates), scenarios),
        // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
        setupTimeout: `${Math.max(60, config32.generationTimeoutS + 30) + (config32.dataset.courses > 0 ? 600 : 0)}s`,
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
      if (config3.sidecarUrl) pollResources3(config3.sidecarUrl);
    }
    function recordResourcesAtEnd() {
      if (config3.sidecarUrl) endLoad2(config3.sidecarUrl);
    }
    async function teardown3(data) {
      recordResourcesAtEnd();
      await cleanUpRun2(config3, data);
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
    function droppedIterations2(data, requestsPerIteration22 = {}) {
      const scenarios = [];
      for (const [name, metric] of Object.entries(data.metrics ?? {})) {
        const scenario = DROPPED_SUB_METRIC.exec(name)?.[1];
        if (scenario === void 0) continue;
        const iterations2 = metric.values?.count ?? 0;
        const perIteration = requestsPerIteration22[scenario];
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
    function buildResults2(data, meta, requestsPerIteration22 = {}) {
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
        dropped: droppedIterations2(data, requestsPerIteration22),
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
    var secret2;
    function classPassword22(config32, role) {
      return secret2?.[role] ?? config32.users[role].password;
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
    var import_execution42 = __toESM(require_execution(), 1);
    var EXPORT_FORMATS2 = ["json", "markdown", "html"];
    var seeded2 = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
    var ENDPOINT_GROUPS2 = {
      health: {
        exec: "health",
        endpoints: ["health"],
        rate: (r) => r * 2,
        requestsPerIteration: 1,
        steps: [({ user }) => user.health()]
      },
      // Logging in as the VU's own regular account (the token is not used: the other groups keep setup's).
      login: {
        exec: "login",
        endpoints: ["login"],
        rate: (r) => Math.max(0.2, r / 5),
        requestsPerIteration: 1,
        steps: [
          ({ user }, _data, _title, config32) => {
            const account = accountOfVu2(pool2, "regular", classPassword22(config32, "regular"));
            if (account) user.login(account.email, account.password);
          }
        ]
      },
      reads: {
        exec: "reads",
        endpoints: ["courses_list", "course_get", "chapter_get"],
        rate: (r) => r,
        requestsPerIteration: 1,
        steps: [
          ({ user }) => user.listCourses({ limit: 20 }),
          ({ user }, data) => user.getCourse(seeded2(data)),
          ({ user }, data) => user.getChapter(seeded2(data), 1)
        ]
      },
      status: {
        exec: "status",
        endpoints: ["job_get"],
        rate: (r) => r,
        requestsPerIteration: 1,
        steps: [({ user }, data) => user.getJob(data.jobId)]
      },
      writes: {
        exec: "writes",
        endpoints: ["course_create", "course_update", "course_delete"],
        rate: (r) => r,
        requestsPerIteration: 3,
        // One iteration creates, updates and deletes, so the three write endpoints get the same rate and nothing is left behind.
        steps: [
          ({ user }, _data, title) => {
            const created = user.createCourse({
              title: title("api-write"),
              topic: "writes",
              level: "intermediate",
              chapter_count: 1
            });
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
        requestsPerIteration: 2,
        // creates the course it generates
        steps: [
          ({ user }, _data, title) => {
            const created = user.createCourse({
              title: title("api-gen"),
              topic: "generation",
              level: "beginner",
              chapter_count: 1
            });
            if (created.body) user.generate(created.body.id);
          }
        ]
      },
      export: {
        exec: "exportCourse",
        endpoints: ["course_export"],
        rate: (r) => Math.max(0.2, r / 2),
        requestsPerIteration: 1,
        steps: EXPORT_FORMATS2.map(
          (format) => ({ user }, data) => user.exportCourse(seeded2(data), format)
        )
      },
      admin: {
        exec: "admin",
        endpoints: ["admin_stats", "admin_jobs", "admin_users"],
        rate: (r) => r,
        requestsPerIteration: 1,
        steps: [({ admin: admin22 }) => admin22.adminStats(), ({ admin: admin22 }) => admin22.adminJobs(20), ({ admin: admin22 }) => admin22.adminUsers()]
      }
    };
    function requestsPerIteration2() {
      return Object.fromEntries(Object.entries(ENDPOINT_GROUPS2).map(([name, group]) => [name, group.requestsPerIteration]));
    }
    function groupedEndpoints2() {
      return Object.values(ENDPOINT_GROUPS2).flatMap((group) => group.endpoints);
    }
    async function prepareEndpointGroups2(config32) {
      const data = await prepareRun2(config32, { seed: true });
      const client = new ApiClient2(config32.baseUrl, config32.apiTimeoutS, data.tokens.regular);
      const course = client.createCourse({
        title: `perf-api ${data.runId}`,
        topic: "api budgets",
        level: "beginner",
        chapter_count: 1
      });
      if (!course.body)
        throw new Error(`setup could not create the course whose job the status group polls (status ${course.status})`);
      const job = client.generate(course.body.id);
      if (!job.body)
        throw new Error(`setup could not start the generation job the status group polls (status ${job.status})`);
      return { ...data, jobId: job.body.job_id };
    }
    var clients2;
    var turn2 = 0;
    function runGroupStep2(config32, group, data) {
      clients2 ??= {
        user: new ApiClient2(config32.baseUrl, config32.apiTimeoutS, data.tokens.regular),
        admin: new ApiClient2(config32.baseUrl, config32.apiTimeoutS, data.tokens.admin)
      };
      const step = group.steps[turn2++ % group.steps.length];
      step(
        clients2,
        data,
        (kind) => `perf-${kind} ${data.runId} vu${import_execution42.default.vu.idInTest} it${import_execution42.default.vu.iterationInScenario}`,
        config32
      );
    }
    var api = { scope: API_SCOPE2 };
    function endpointP95(endpoint, targets) {
      if (endpoint === "health") return targets.healthP95Ms;
      if (endpoint === "course_export") return targets.exportP95Ms;
      if (endpoint === "login") return targets.loginP95Ms;
      return targets.apiP95Ms;
    }
    function endpointP992(endpoint, targets) {
      return Math.max(targets.apiP99Ms, endpointP95(endpoint, targets));
    }
    function abortGates2(delayAbortEval = "10s") {
      return [
        {
          metric: "http_req_failed",
          tags: api,
          rules: [{ stat: "rate", op: "<", value: 0.5, abortOnFail: true, delayAbortEval }]
        }
      ];
    }
    function endpointBudgetGates2(targets, endpoints, errorRate22) {
      return endpoints.flatMap((endpoint) => [
        {
          metric: "http_req_duration",
          tags: { endpoint },
          rules: [
            { stat: "p(95)", op: "<", value: endpointP95(endpoint, targets) },
            { stat: "p(99)", op: "<", value: endpointP992(endpoint, targets) }
          ]
        },
        {
          metric: "http_req_failed",
          tags: { endpoint },
          rules: [{ stat: "rate", op: "<", value: errorRate22 }]
        }
      ]);
    }
    function allowedDrops(share, scheduled) {
      return Math.floor(share * scheduled + 1e-9);
    }
    function droppedIterationGates2(scenarios, share, abort2) {
      return Object.entries(scenarios).filter(([, scenario]) => isArrivalRate2(scenario)).map(([name, scenario]) => ({
        metric: "dropped_iterations",
        tags: { scenario: name },
        rules: [
          {
            stat: "count",
            op: "<=",
            value: allowedDrops(share, scheduledIterations2(scenario)),
            ...abort2 ? { abortOnFail: true, ...abort2 } : {}
          }
        ]
      }));
    }
    var config22 = guardedConfig2("api");
    var { rate: rate2, errorRate: errorRate2 } = apiEntry2.settings(__ENV);
    function groupVUs(group) {
      return openModelVUs2({
        ratePerS: group.rate(rate2),
        requestsPerIteration: group.requestsPerIteration,
        p99BudgetMs: Math.max(...group.endpoints.map((endpoint) => endpointP992(endpoint, config22.targets))),
        timeoutS: config22.apiTimeoutS
      });
    }
    var options2 = /* @__PURE__ */ entryOptions2(config22, () => {
      const scenarios = Object.fromEntries(
        Object.entries(ENDPOINT_GROUPS2).map(([name, group]) => [
          name,
          constantRate2(group.exec, group.rate(rate2), config22.durationS, groupVUs(group))
        ])
      );
      return {
        roles: [],
        // classes whose VUs log in as their own pool account
        wallTimeS: config22.durationS,
        scenarios,
        gates: [
          ...endpointBudgetGates2(config22.targets, groupedEndpoints2(), errorRate2),
          ...droppedIterationGates2(scenarios, config22.targets.droppedShare),
          ...abortGates2()
        ]
      };
    });
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({
      scenario: "api",
      requestsPerIteration: /* @__PURE__ */ requestsPerIteration2()
    });
    function setup2() {
      return prepareEndpointGroups2(config22);
    }
    var g2 = ENDPOINT_GROUPS2;
    var health2 = (data) => runGroupStep2(config22, g2.health, data);
    var login22 = withSecrets2((data) => runGroupStep2(config22, g2.login, data));
    var reads2 = (data) => runGroupStep2(config22, g2.reads, data);
    var status2 = (data) => runGroupStep2(config22, g2.status, data);
    var writes2 = (data) => runGroupStep2(config22, g2.writes, data);
    var generate2 = (data) => runGroupStep2(config22, g2.generate, data);
    var exportCourse2 = (data) => runGroupStep2(config22, g2.export, data);
    var admin2 = (data) => runGroupStep2(config22, g2.admin, data);
  }
});

// glue:glue:api
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_api_control();
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
function envNumber(env, name, fallback, range) {
  const what = range.what ?? (range.integer ? "a whole number" : "a number");
  return numberIn(range.min, range.max, what, range.integer ?? false)(env, name, fallback);
}

// lib/config/entries.ts
var DURATION = "PERFORMANCE_TEST_DURATION";
var apiEntry = {
  suite: "all",
  length: DURATION,
  fit: (seconds) => ({ [DURATION]: String(Math.max(1, seconds)) }),
  settings: (env) => ({
    /** Iterations/s per endpoint group (health 2x, export /2, generate and login /5). */
    rate: envNumber(env, "API_RATE", 5, { min: 0.1, max: 1e4, what: "iterations per second" }),
    /** Each endpoint's error budget. */
    errorRate: envNumber(env, "API_ERROR_RATE", 0.01, { min: 0, max: 1, what: "a fraction (e.g. 0.01)" })
  })
};

// k6-once:k6
import { check, sleep } from "k6";

// k6-once:k6/execution
import k6_execution from "k6/execution";
var execution_default = k6_execution;

// k6-once:k6/http
import k6_http from "k6/http";
var http_default = k6_http;

// k6-once:k6/metrics
import { Counter, Trend } from "k6/metrics";

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
var guardedConfig = () => config;

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
  constructor(ok, status2, res) {
    this.ok = ok;
    this.status = status2;
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
function expectStatus(status2) {
  let callback = statusCallbacks[status2];
  if (callback === void 0) {
    callback = http_default.expectedStatuses(status2);
    statusCallbacks[status2] = callback;
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
    const status2 = res.status;
    const statusOk = status2 === expected;
    if (status2 === 401) this.unauthorized = true;
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
    return new LazyResult(allOk, status2, shape && statusOk && shapeOk ? res : void 0);
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
var secret;
function classPassword(config3, role) {
  return secret?.[role] ?? config3.users[role].password;
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

// lib/workflows/endpoint-groups.ts
var EXPORT_FORMATS = ["json", "markdown", "html"];
var seeded = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
var ENDPOINT_GROUPS = {
  health: {
    exec: "health",
    endpoints: ["health"],
    rate: (r) => r * 2,
    requestsPerIteration: 1,
    steps: [({ user }) => user.health()]
  },
  // Logging in as the VU's own regular account (the token is not used: the other groups keep setup's).
  login: {
    exec: "login",
    endpoints: ["login"],
    rate: (r) => Math.max(0.2, r / 5),
    requestsPerIteration: 1,
    steps: [
      ({ user }, _data, _title, config3) => {
        const account = accountOfVu(pool, "regular", classPassword(config3, "regular"));
        if (account) user.login(account.email, account.password);
      }
    ]
  },
  reads: {
    exec: "reads",
    endpoints: ["courses_list", "course_get", "chapter_get"],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [
      ({ user }) => user.listCourses({ limit: 20 }),
      ({ user }, data) => user.getCourse(seeded(data)),
      ({ user }, data) => user.getChapter(seeded(data), 1)
    ]
  },
  status: {
    exec: "status",
    endpoints: ["job_get"],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [({ user }, data) => user.getJob(data.jobId)]
  },
  writes: {
    exec: "writes",
    endpoints: ["course_create", "course_update", "course_delete"],
    rate: (r) => r,
    requestsPerIteration: 3,
    // One iteration creates, updates and deletes, so the three write endpoints get the same rate and nothing is left behind.
    steps: [
      ({ user }, _data, title) => {
        const created = user.createCourse({
          title: title("api-write"),
          topic: "writes",
          level: "intermediate",
          chapter_count: 1
        });
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
    requestsPerIteration: 2,
    // creates the course it generates
    steps: [
      ({ user }, _data, title) => {
        const created = user.createCourse({
          title: title("api-gen"),
          topic: "generation",
          level: "beginner",
          chapter_count: 1
        });
        if (created.body) user.generate(created.body.id);
      }
    ]
  },
  export: {
    exec: "exportCourse",
    endpoints: ["course_export"],
    rate: (r) => Math.max(0.2, r / 2),
    requestsPerIteration: 1,
    steps: EXPORT_FORMATS.map(
      (format) => ({ user }, data) => user.exportCourse(seeded(data), format)
    )
  },
  admin: {
    exec: "admin",
    endpoints: ["admin_stats", "admin_jobs", "admin_users"],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [({ admin: admin2 }) => admin2.adminStats(), ({ admin: admin2 }) => admin2.adminJobs(20), ({ admin: admin2 }) => admin2.adminUsers()]
  }
};
var clients;
var turn = 0;
function runGroupStep(config3, group, data) {
  clients ??= {
    user: new ApiClient(config3.baseUrl, config3.apiTimeoutS, data.tokens.regular),
    admin: new ApiClient(config3.baseUrl, config3.apiTimeoutS, data.tokens.admin)
  };
  const step = group.steps[turn++ % group.steps.length];
  step(
    clients,
    data,
    (kind) => `perf-${kind} ${data.runId} vu${execution_default.vu.idInTest} it${execution_default.vu.iterationInScenario}`,
    config3
  );
}

// scenarios/api.ts
var config2 = guardedConfig("api");
var { rate, errorRate } = apiEntry.settings(__ENV);
var g = ENDPOINT_GROUPS;
var health = (data) => runGroupStep(config2, g.health, data);
var login = withSecrets((data) => runGroupStep(config2, g.login, data));
var reads = (data) => runGroupStep(config2, g.reads, data);
var status = (data) => runGroupStep(config2, g.status, data);
var writes = (data) => runGroupStep(config2, g.writes, data);
var generate = (data) => runGroupStep(config2, g.generate, data);
var exportCourse = (data) => runGroupStep(config2, g.export, data);
var admin = (data) => runGroupStep(config2, g.admin, data);

// entry:entry:api
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
  admin,
  exportCourse,
  generate,
  handleSummary,
  health,
  login,
  options,
  pollResources2 as pollResources,
  reads,
  setup,
  status,
  teardown2 as teardown,
  writes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiazYtdGFibGU6azYiLCAiazYtdGFibGU6azYvZXhlY3V0aW9uIiwgIms2LXRhYmxlOms2L2h0dHAiLCAiazYtdGFibGU6azYvbWV0cmljcyIsICJrNi10YWJsZTprNi9kYXRhIiwgIms2LXRhYmxlOms2L3NlY3JldHMiLCAiLi4vc2NlbmFyaW9zL2FwaS50cyIsICIuLi90aHJlc2hvbGRzL3RhcmdldHMudHMiLCAiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsICIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2VudHJpZXMudHMiLCAiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsICIuLi9saWIvbG9hZC9kdXJhdGlvbi50cyIsICIuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzIiwgIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsICIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCAiLi4vbGliL2NvbmZpZy9lbnYudHMiLCAiLi4vbGliL2NvbmZpZy9zaGFyZWQtY29uZmlnLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsICIuLi9saWIvaHR0cC9hcGkudHMiLCAiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwgIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCAiLi4vbGliL3dvcmtmbG93cy9lbmRwb2ludC1ncm91cHMudHMiLCAiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsICJnbHVlOmdsdWU6YXBpIiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsICJrNi1vbmNlOms2IiwgIms2LW9uY2U6azYvZXhlY3V0aW9uIiwgIms2LW9uY2U6azYvaHR0cCIsICJrNi1vbmNlOms2L21ldHJpY3MiLCAiazYtb25jZTprNi9kYXRhIiwgIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2Vudi1sb2FkLXNpZGUudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIms2LW9uY2U6azYvc2VjcmV0cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL2VuZHBvaW50LWdyb3Vwcy50cyIsICIuLi9zY2VuYXJpb3MvYXBpLnRzIiwgImVudHJ5OmVudHJ5OmFwaSJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsUUFBQSxhQUFBQSxZQUFBO01BQUEsY0FBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsSUFBSTtBQUM1REEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxvQkFBQUYsWUFBQTtNQUFBLHdCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxjQUFjO0FBQ3RFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUFGLFlBQUE7TUFBQSxtQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsU0FBUztBQUNqRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQUYsWUFBQTtNQUFBLHNCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxZQUFZO0FBQ3BFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUFGLFlBQUE7TUFBQSxtQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsU0FBUztBQUNqRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQUYsWUFBQTtNQUFBLHNCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxZQUFZO0FBQ3BFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGNBQUEsQ0FBQTtBQUFBLGFBQUEsYUFBQTtNQUFBLE9BQUEsTUFBQUM7TUFBQSxjQUFBLE1BQUFDO01BQUEsVUFBQSxNQUFBQztNQUFBLGVBQUEsTUFBQUM7TUFBQSxRQUFBLE1BQUFDO01BQUEsT0FBQSxNQUFBQztNQUFBLFNBQUEsTUFBQUM7TUFBQSxlQUFBLE1BQUFDO01BQUEsT0FBQSxNQUFBQztNQUFBLE9BQUEsTUFBQUM7TUFBQSxRQUFBLE1BQUFDO01BQUEsVUFBQSxNQUFBQztNQUFBLFFBQUEsTUFBQUM7SUFBQSxDQUFBO0FBQUEsV0FBQSxVQUFBLGFBQUEsV0FBQTtBQ2lDTyxRQUFNQyxtQkFBcUMsT0FBTyxPQUFPO01BQzlELFVBQVU7TUFDVixVQUFVO01BQ1YsYUFBYTtNQUNiLGFBQWE7TUFDYixZQUFZO01BQ1osY0FBYztNQUNkLGFBQWE7TUFDYixXQUFXO01BQ1gsY0FBYztNQUNkLFVBQVU7TUFDVixZQUFZO01BQ1osc0JBQXNCO0lBQ3hCLENBQUM7QUNyQ00sUUFBTUMsU0FBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxRQUFNQyxrQkFBTixjQUE2QixNQUFNO01BQy9CLE9BQU87SUFDbEI7QUFNTyxhQUFTQyxlQUFjQyxPQUFjLE1BQXdCO0FBQ2xFLFlBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxZQUFNQyxTQUFPLENBQUMsTUFBYyxZQUEyQjtBQUNyRCxjQUFNLElBQUlILGdCQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtNQUNyRjtBQUNBLFVBQUk7QUFDSixVQUFJLFFBQVE7QUFDWixZQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixZQUFNLE9BQU9FLE1BQUssV0FBVyxDQUFDLE1BQU0sUUFBU0EsTUFBSyxNQUFNLENBQUMsSUFBSUE7QUFDN0QsWUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPO0FBQ2hDLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsY0FBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixZQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFFeEIsY0FBTSxTQUFtQixDQUFDO0FBQzFCLFlBQUksUUFBUTtBQUNaLFlBQUksU0FBUztBQUNiLFlBQUksWUFBWTtBQUNoQixpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxnQkFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixjQUFJLFFBQVE7QUFDVixnQkFBSSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQ3BDLHVCQUFTO0FBQ1Q7WUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO2dCQUMxQixVQUFTO1VBQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLG1CQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLG9CQUFRO0FBQ1Isd0JBQVk7VUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLHFCQUFTLFlBQVk7QUFDckIsb0JBQVE7VUFDVixNQUFPLFVBQVM7UUFDbEI7QUFDQSxZQUFJLE9BQVFDLENBQUFBLE9BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFlBQUksQ0FBQyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLGdCQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxjQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNEQSxZQUFBQSxPQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7VUFDaEg7QUFDQSxvQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGtCQUFRLE9BQU87QUFDZjtRQUNGO0FBQ0EsWUFBSSxPQUFPLFdBQVcsTUFBT0EsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxjQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxjQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxjQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsWUFBSSxVQUFVLEdBQUlBLENBQUFBLE9BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsWUFBSSxhQUFhLEdBQUlBLENBQUFBLE9BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsWUFBSSxDQUFFSixPQUE0QixTQUFTLElBQUk7QUFDN0NJLFVBQUFBLE9BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsWUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBR0EsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxhQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsaUJBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUNqRDtBQUNBLFVBQUksQ0FBQyxRQUFTQSxDQUFBQSxPQUFLLEdBQUcscUZBQXFGO0FBQzNHLGFBQU87SUFDVDtBQUdPLGFBQVNDLGVBQWMsTUFBYyxNQUF5QjtBQUNuRSxZQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsWUFBTSxXQUFXO0FBQ2pCLGlCQUFXLFFBQVEsS0FDaEIsTUFBTSxHQUFHLEVBQ1QsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFLEdBQUc7QUFDMUIsY0FBTSxRQUFRLG9DQUFvQyxLQUFLLElBQUk7QUFDM0QsWUFBSSxDQUFDO0FBQ0gsZ0JBQU0sSUFBSUosZ0JBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxNQUFNLElBQUksbUJBQW1CLFFBQVEsRUFBRTtBQUN6RyxjQUFNLE1BQU0sQ0FBQyxDQUFTLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztNQUMzQztBQUNBLFVBQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsY0FBTSxJQUFJQSxnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQzFGLGFBQU87SUFDVDtBQUdPLGFBQVNLLFdBQVUsTUFBWSxHQUFtQjtBQUN2RCxhQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDOUM7QUFHTyxhQUFTQyxxQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csaUJBQVcsUUFBUVAsUUFBTztBQUN4QixZQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsaUJBQ0UsR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztRQUc5RztNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT08sYUFBU1EsV0FBVSxXQUE0RDtBQUNwRixVQUFJLFFBQVE7QUFDWixpQkFBVyxLQUFLLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDeEMsY0FBTSxTQUFVLEVBQUUsVUFBK0MsQ0FBQztBQUNsRSxjQUFNLE9BQU8sS0FBSyxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxNQUFNLENBQUM7QUFDckYsWUFBSSxFQUFFLGFBQWEsY0FBZSxVQUFTO2lCQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtpQkFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtZQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7TUFDakM7QUFDQSxhQUFPO0lBQ1Q7QUMxRk8sUUFBTUMsZUFBTixjQUEwQixNQUFNO01BQzVCLE9BQU87SUFDbEI7QUFHTyxRQUFNQyxpQkFBZ0IsS0FBSztBQUMzQixRQUFNQyxtQkFBa0I7QUFJL0IsYUFBU0MsS0FBSSxLQUFVLE1BQWtDO0FBQ3ZELFlBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsYUFBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7SUFDdEQ7QUFFQSxhQUFTUixNQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxZQUFNLElBQUlLLGFBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtJQUN4RjtBQUVBLGFBQVNJLFVBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsYUFBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLGNBQU0sUUFBUUQsS0FBSSxLQUFLLElBQUk7QUFDM0IsWUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxjQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsWUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxDQUFBUixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLGNBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsWUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCUyxVQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxRQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCQSxVQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixRQUFNQyxVQUFTRCxVQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxRQUFNRSxZQUFXRixVQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxRQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxDQUFBVCxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsYUFBTztJQUNUO0FBRUEsYUFBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsWUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsVUFBSSxDQUFDLE1BQU8sQ0FBQVIsTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLGFBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtJQUNqQztBQUVBLGFBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFlBQU0sV0FBVztBQUNqQixVQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsQ0FBQVIsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixZQUFNLENBQUMsU0FBUyxPQUFPbEIsT0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELFVBQUksVUFBVSxRQUFRQSxZQUFVLElBQUssQ0FBQWtCLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsYUFBTyxFQUFFLFNBQVMsT0FBTyxPQUFBbEIsUUFBTTtJQUNqQztBQUVBLGFBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFlBQU0sUUFBUTBCLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQ2pELFlBQU0sUUFBUSx5Q0FBeUMsS0FBSyxLQUFLO0FBQ2pFLFlBQU0sV0FBVztBQUNqQixVQUFJLENBQUMsTUFBTyxDQUFBUixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RDLFlBQU0sTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNCLFlBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFZLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRCxVQUFJLE1BQU0sT0FBTyxNQUFNLEdBQUksQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNyRCxhQUFPLEVBQUUsS0FBSyxJQUFJO0lBQ3BCO0FBRUEsYUFBUyxLQUFLLEtBQVUsTUFBdUI7QUFDN0MsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLFVBQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLGFBQU9SLE1BQUssTUFBTSxPQUFPLGVBQWU7SUFDMUM7QUFFQSxhQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPLENBQUM7QUFDakQsWUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsWUFBWSxDQUFDO0FBQ3RFLFVBQUksTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLG1DQUFtQyxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3hFLFFBQUFSLE1BQUssTUFBTSxPQUFPLHNGQUFzRjtNQUMxRztBQUNBLGFBQU87SUFDVDtBQUVBLGFBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxhQUFPO1FBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtRQUNqRCxVQUFVLEtBQUssS0FBSyxHQUFHLE1BQU0sYUFBYSxnQkFBZ0I7TUFDNUQ7SUFDRjtBQUVBLGFBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU87QUFDaEQsVUFBSTtBQUNGLGVBQU9QLGVBQWMsT0FBTyxJQUFJO01BQ2xDLFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSUksYUFBWSxpQkFBaUJSLGtCQUFpQixNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7TUFDdkY7SUFDRjtBQUVBLGFBQVMsUUFBUSxLQUE2QjtBQUM1QyxZQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFlBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixVQUFJLFlBQVk7QUFDZCxRQUFBRyxNQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQzdHLGFBQU87UUFDTDtRQUNBO1FBQ0EsUUFBUSxLQUFLLEtBQUssNEJBQTRCO1FBQzlDLGdCQUFnQixLQUFLLEtBQUssc0NBQXNDO01BQ2xFO0lBQ0Y7QUFHTyxhQUFTLFlBQVksS0FBa0I7QUFDNUMsWUFBTSxJQUFJTDtBQUNWLFlBQU0sWUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFlBQU0sVUFBVSxRQUFRLEdBQUdXLGNBQWE7UUFDdEM7UUFDQTtRQUNBLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLENBQUMsQ0FBQyxDQUFDO01BQ3JEO0FBQ0EsYUFBTztRQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO1FBQ3JELE9BQU87VUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtVQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7VUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1FBQzdFO1FBQ0E7UUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO1FBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO1FBQ2hFO1FBQ0EsV0FBVyxRQUFRLEdBQUdDLGdCQUFlLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO1FBQzFGLFNBQVMsUUFBUSxLQUFLLDBCQUEwQjtRQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7UUFDbkQsZUFBZUUsVUFBUyxLQUFLLElBQUksc0JBQXNCLEtBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDO1FBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztRQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO1FBQzdELFlBQVksSUFBSSxLQUFLLGVBQWUsTUFBUztRQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7UUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO1FBQ3ZELFNBQVM7VUFDUCxVQUFVQyxRQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtVQUN4RCxVQUFVQSxRQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtVQUN4RCxhQUFhQSxRQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztVQUNqRSxhQUFhQSxRQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztVQUNqRSxZQUFZQSxRQUFPLEtBQUssMEJBQTBCLEVBQUUsVUFBVTtVQUM5RCxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO1VBQzdGLGFBQWFDLFVBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO1VBQ2xFLFdBQVdBLFVBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO1VBQzVELGNBQWNGO1lBQ1o7WUFDQTtZQUNBO1lBQ0E7VUFDRixFQUFFLEtBQUssMkJBQTJCLEVBQUUsWUFBWTtVQUNoRCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO1VBQ3pFLFlBQVlBLFVBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO1VBQzlGLHNCQUFzQkE7WUFDcEI7WUFDQTtZQUNBO1lBQ0E7VUFDRixFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO1FBQ3JFO1FBQ0EsV0FBV0QsS0FBSSxLQUFLLHdCQUF3QixLQUFLO1FBQ2pELFdBQVcsU0FBUyxLQUFLLFlBQVk7UUFDckMsZUFBZSxLQUFLLEtBQUssNEJBQTRCO1FBQ3JELFNBQVMsUUFBUSxHQUFHO01BQ3RCO0lBQ0Y7QUFHQSxhQUFTLE9BQU8sU0FBeUI7QUFDdkMsWUFBTSxRQUFRLG1DQUFtQyxLQUFLLE9BQU87QUFDN0QsY0FBUSxRQUFRLENBQUMsS0FBSyxJQUFJLFlBQVk7SUFDeEM7QUFFQSxhQUFTLFdBQVcsTUFBdUI7QUFDekMsYUFBTyxTQUFTLGVBQWUsU0FBUyxXQUFXLFNBQVMsU0FBUyxtQ0FBbUMsS0FBSyxJQUFJO0lBQ25IO0FBTU8sYUFBUyxvQkFBb0JJLFVBQWdCLE9BQXFCO0FBQ3ZFLFlBQU0sT0FBTyxPQUFPQSxTQUFPLE9BQU87QUFDbEMsVUFBSSxXQUFXLElBQUksS0FBS0EsU0FBTyxhQUFhLFNBQVMsSUFBSSxFQUFHO0FBQzVELFlBQU0sSUFBSVA7UUFDUixvQkFBb0IsS0FBSyxhQUFhTyxTQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7TUFDaEY7SUFDRjtBQU1PLGFBQVNDLFdBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFlBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxhQUFPSixVQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0lBQ3pGO0FDblBBLFFBQU1LLFlBQVc7QUFtQ1YsUUFBTUMsWUFBVztNQUN0QixPQUFPO01BQ1AsUUFBUUQ7TUFDUixLQUFLLENBQUNFLGNBQWEsRUFBRSxDQUFDRixTQUFRLEdBQUcsT0FBTyxLQUFLLElBQUksR0FBR0UsUUFBTyxDQUFDLEVBQUU7TUFDOUQsVUFBVSxDQUFDLFNBQVM7O1FBRWxCLE1BQU1ILFdBQVUsS0FBSyxZQUFZLEdBQUcsRUFBRSxLQUFLLEtBQUssS0FBSyxLQUFRLE1BQU0sd0JBQXdCLENBQUM7O1FBRTVGLFdBQVdBLFdBQVUsS0FBSyxrQkFBa0IsTUFBTSxFQUFFLEtBQUssR0FBRyxLQUFLLEdBQUcsTUFBTSx5QkFBeUIsQ0FBQztNQUN0RztJQUNGO0FDckNBLFFBQUk7QUFDSixRQUFNLFVBQVUsTUFDYixhQUFhO01BQ1osWUFBWTtNQUNaLFNBQVM7TUFDVCxZQUFZO0lBQ2Q7QUFHSyxhQUFTSSxXQUFVLFFBQWdCLE1BQXVDO0FBQy9FLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsWUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxVQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFlBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLGdCQUFNLElBQUk7WUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtVQUMxQztRQUNGO01BQ0Y7QUFDQSxhQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7SUFDaEY7QUFHTyxhQUFTLFdBQVcsTUFBbUQ7QUFDNUUsWUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELFVBQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxjQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztNQUNsRjtBQUNBLFVBQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLGNBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxhQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0lBQzVDO0FBRUEsYUFBUyxLQUFLLE1BQXlCO0FBQ3JDLFlBQU1sQixRQUFPLFdBQVcsSUFBSTtBQUM1QixVQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLGFBQU87UUFDTCxXQUFXQTtRQUNYLGFBQWE7UUFDYixHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUM7TUFDdkU7SUFDRjtBQUdPLGFBQVNtQixnQkFBZSxPQUE2QjtBQUMxRCxZQUFNLE1BQW9CLENBQUM7QUFDM0IsaUJBQVcsUUFBUSxPQUFPO0FBQ3hCLGNBQU0sTUFBTUQsV0FBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFlBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7TUFDMUQ7QUFDQSxhQUFPO0lBQ1Q7QUNuRk8sYUFBU0UsaUJBQWdCcEIsT0FBc0I7QUFDcEQsVUFBSSxRQUFRO0FBQ1osVUFBSSxVQUFVO0FBQ2QsaUJBQVcsQ0FBQyxPQUFPLE9BQU8sSUFBSSxLQUFLQSxNQUFLLFNBQVMsNEJBQTRCLEdBQUc7QUFDOUUsaUJBQVMsT0FBTyxLQUFLLElBQUksRUFBRSxHQUFHLE1BQU0sR0FBRyxJQUFJLEdBQUcsR0FBRyxJQUFJLEtBQU0sRUFBRSxJQUE4QjtBQUMzRixtQkFBVztNQUNiO0FBQ0EsVUFBSSxZQUFZQSxTQUFRQSxVQUFTLEdBQUksT0FBTSxJQUFJLE1BQU0sbUJBQW1CLEtBQUssVUFBVUEsS0FBSSxDQUFDLEVBQUU7QUFDOUYsYUFBTztJQUNUO0FDQUEsUUFBTSx3QkFBd0I7QUFNOUIsUUFBTSw2QkFBNkI7QUFtQjVCLGFBQVNxQixjQUFhLE1BQWtFO0FBQzdGLFlBQU0sYUFBYSxDQUFDLGFBQXFCLEtBQUssdUJBQXVCO0FBQ3JFLFlBQU0sVUFBVSxLQUFLLElBQUksS0FBSyxjQUFjLEtBQU0sMEJBQTBCO0FBQzVFLFlBQU0sa0JBQWtCLEtBQUssS0FBSyx3QkFBd0IsS0FBSyxXQUFXLFdBQVcsT0FBTyxDQUFDLElBQUk7QUFDakcsWUFBTSxTQUFTLEtBQUssSUFBSSxpQkFBaUIsS0FBSyxLQUFLLEtBQUssV0FBVyxXQUFXLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDN0YsYUFBTyxFQUFFLGlCQUFpQixPQUFPO0lBQ25DO0FBRU8sUUFBTUMsaUJBQWdCLENBQUMsYUFDNUIsU0FBUyxhQUFhLDJCQUEyQixTQUFTLGFBQWE7QUFHbEUsYUFBU0MscUJBQW9CLFVBQTRCO0FBQzlELFlBQU0sSUFBSTtBQU9WLFlBQU0sVUFBVUgsaUJBQWdCLEVBQUUsWUFBWSxJQUFJO0FBQ2xELFVBQUksRUFBRSxhQUFhLHdCQUF5QixTQUFTLEVBQUUsUUFBUSxLQUFLQSxpQkFBZ0IsRUFBRSxZQUFZLElBQUksSUFBSztBQUMzRyxVQUFJLEVBQUUsYUFBYSx1QkFBd0IsT0FBTSxJQUFJLE1BQU0sR0FBRyxFQUFFLFFBQVEsa0NBQWtDO0FBQzFHLFVBQUlJLFNBQU8sRUFBRSxhQUFhO0FBQzFCLFVBQUksUUFBUTtBQUNaLGlCQUFXLFNBQVMsRUFBRSxVQUFVLENBQUMsR0FBRztBQUNsQyxrQkFBV0EsU0FBTyxNQUFNLFVBQVUsSUFBS0osaUJBQWdCLE1BQU0sUUFBUTtBQUNyRUksUUFBQUEsU0FBTyxNQUFNO01BQ2Y7QUFDQSxhQUFPLFFBQVE7SUFDakI7QUNHQSxhQUFTLFVBQVUsV0FBdUQ7QUFDeEUsYUFBTyxPQUFPLFVBQVUsU0FBUyxJQUM3QixFQUFFLE1BQU0sV0FBVyxVQUFVLEtBQUssSUFDbEMsRUFBRSxNQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLEVBQUUsQ0FBQyxHQUFHLFVBQVUsS0FBSztJQUN0RTtBQUdPLGFBQVNDLGNBQ2RDLE9BQ0EsV0FDQSxXQUNBLEtBQ0EsWUFBWSxNQUNGO0FBQ1YsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFBQTtRQUNBLEdBQUcsVUFBVSxTQUFTO1FBQ3RCLFVBQVUsR0FBRyxTQUFTO1FBQ3RCLGlCQUFpQixJQUFJO1FBQ3JCLFFBQVEsSUFBSTtRQUNaO01BQ0Y7SUFDRjtBQU9PLFFBQU1DLHVCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQzdGbEcsUUFBQUMsYUFBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxvQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZUFBaUIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxrQkFBK0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNOL0IsUUFBQUMsZUFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0RyQixRQUFNQyxpQkFBZ0I7QURLdEIsUUFBTXBCLFVBQWlCLFlBQVksS0FBSztBQUUvQyxRQUFJbUIsYUFBQSxZQUFZQyxnQkFBZSxNQUFNLENBQUNwQixPQUFNLENBQUM7QUFHdEMsYUFBU3FCLGVBQWMsT0FBdUI7QUFDbkQsMEJBQW9CckIsU0FBUSxLQUFLO0FBQ2pDLGFBQU9BO0lBQ1Q7QUREQSxhQUFTc0Isa0JBQWlCO0FBQ3hCLGFBQU87O1FBRUwsWUFBWSxJQUFJSixnQkFBQSxNQUFNLG9CQUFvQjs7UUFFMUMsaUJBQWlCLElBQUlBLGdCQUFBLE1BQU0sMEJBQTBCOztRQUVyRCxVQUFVLElBQUlBLGdCQUFBLE1BQU0sa0JBQWtCOztRQUV0QyxnQkFBZ0IsSUFBSUEsZ0JBQUEsUUFBUSx3QkFBd0I7O1FBRXBELGNBQWMsSUFBSUEsZ0JBQUEsTUFBTSxpQ0FBaUM7TUFDM0Q7SUFDRjtBQUdBLFFBQU1LLFVBQVMsU0FBUyxLQUFLdkIsUUFBTyxlQUFlLFNBQVlzQixnQkFBZSxJQUFJO0FBV2xGLFFBQU1FLFFBQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxRQUFJQyxVQUFTO0FBQ2IsUUFBSUM7QUFDSixRQUFJQyxjQUFhO0FBTWpCLGFBQVNDLFdBQVUsWUFBb0IsT0FBcUM7QUFDMUUsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7UUFDdEUsR0FBR0w7UUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtNQUNoRCxDQUFVO0FBQ1YsYUFBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7SUFDOUM7QUFHQSxRQUFNLFNBQVM7QUFVUixhQUFTTSxtQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFNO1FBQ04sS0FBSztRQUNMLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7UUFDOUMsY0FBYyxHQUFHLE1BQU07UUFDdkIsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7TUFDbkM7SUFDRjtBQUVBLGFBQVNDLE9BQVMsTUFBOEI7QUFDOUMsVUFBSTtBQUNGLGVBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtNQUM5RCxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFTTyxhQUFTdEQsZUFBYyxZQUEwQjtBQUV0RCxVQUFJLENBQUNrRCxZQUFZLENBQUFBLGNBQWFDLFdBQVUsWUFBWSxNQUFNO0FBQzFELGlCQUFTO0FBQ1AsY0FBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFBSSxVQUFTLFVBQVU7QUFDbkIsU0FBQSxHQUFBakIsV0FBQSxPQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsWUFBSUMsa0JBQUFILFFBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsWUFBSUcsa0JBQUFILFFBQUssU0FBUyxhQUFhLEVBQUc7TUFDcEM7QUFDQSxNQUFBZSxXQUFVLFlBQVksVUFBVTtBQUNoQyxNQUFBSSxVQUFTLFVBQVU7SUFDckI7QUFFQSxhQUFTQSxVQUFTLFlBQTBCO0FBQzFDLFlBQU0sTUFBTWYsYUFBQVksUUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0JKLE9BQU0sSUFBSUQsS0FBYTtBQUMzRSxZQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU1PLE9BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLFVBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLFFBQUFSLFFBQVEsZUFBZSxJQUFJLENBQUM7QUFDNUI7TUFDRjtBQUNBLFVBQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxZQUFJRyxnQkFBZSxVQUFhLEtBQUssU0FBU0EsWUFBWSxDQUFBSCxRQUFRLGVBQWUsSUFBSSxLQUFLLFNBQVNHLFdBQVU7QUFDN0csUUFBQUEsY0FBYSxLQUFLO01BQ3BCO0FBQ0EsaUJBQVdPLFdBQVUsS0FBSyxTQUFTO0FBQ2pDLFFBQUFSLFVBQVMsS0FBSyxJQUFJQSxTQUFRUSxRQUFPLEdBQUc7QUFDcEMsWUFBSUEsUUFBTyxVQUFVLFVBQWFBLFFBQU8sVUFBVSxPQUFRO0FBQzNELFFBQUFWLFFBQVEsV0FBVyxJQUFJVSxRQUFPLFdBQVc7QUFDekMsUUFBQVYsUUFBUSxnQkFBZ0IsSUFBSVUsUUFBTyxpQkFBaUI7QUFDcEQsUUFBQVYsUUFBUSxTQUFTLElBQUlVLFFBQU8sU0FBUztNQUN2QztBQUdBLFVBQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsUUFBQWpCLGtCQUFBSCxRQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7SUFDdkY7QUFPTyxhQUFTcUIsU0FBUSxZQUEwQjtBQUNoRCxNQUFBTixXQUFVLFlBQVksVUFBVTtBQUNoQyxZQUFNLE1BQU1YLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsWUFBWUwsS0FBYTtBQUMzRCxZQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU1PLE9BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLFVBQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCO0FBQ3pELFFBQUFSLFFBQVEsYUFBYSxJQUFJLFFBQVEsd0JBQXdCO0lBQzdEO0FBZU8sYUFBU1ksZUFBYyxRQUFnQztBQUM1RCxZQUFNLFFBQWdCO1FBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7UUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtNQUNqRztBQUNBLFVBQUksT0FBTyxtQkFBbUI7QUFDNUIsY0FBTSxLQUFLO1VBQ1QsUUFBUTtVQUNSLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQztRQUNoRSxDQUFDO0FBQ0gsVUFBSSxPQUFPO0FBQ1QsY0FBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDaEcsYUFBTztJQUNUO0FHN0tBLFFBQUFoQixnQkFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUM1QixRQUFBSCxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFxQmpCLGFBQVNvQixVQUFTLE1BQXNCO0FBQ3RDLFVBQUk7QUFDRixlQUFPLEtBQUssSUFBSTtNQUNsQixTQUFTLE9BQU87QUFDZCxjQUFNLElBQUk7VUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7UUFDakU7TUFDRjtJQUNGO0FBRUEsYUFBU0MsVUFBUyxNQUFvQjtBQUVwQyxZQUFNLFNBQVMsQ0FBQztBQUNoQixpQkFBVyxRQUFRckQ7QUFDakIsZUFBTyxJQUFJLElBQUksSUFBSXNELGNBQUE7VUFDakIsU0FBUyxJQUFJO1VBQ2IsTUFBTXBELGVBQWNrRCxVQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtRQUNoRDtBQUNGLGFBQU87UUFDTCxRQUFRLDBCQUEwQixJQUFJO1FBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztRQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7TUFDOUM7SUFDRjtBQUVBLGFBQVNHLFVBQVN2QyxVQUFzQjtBQUN0QyxVQUFJQSxTQUFPLFVBQVcsUUFBT3FDLFVBQVNyQyxTQUFPLFNBQVM7QUFDdEQsWUFBTSxRQUFRQSxTQUFPO0FBQ3JCLFVBQUlBLFNBQU8sV0FBVztBQUNwQixlQUFPO1VBQ0wsUUFBUTtVQUNSLE9BQU9BLFNBQU87VUFDZCxTQUFTLENBQUMsTUFBTSxPQUFPLGNBQWMsRUFBRSxPQUFPVixXQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztRQUNyRjtNQUNGO0FBQ0EsYUFBTztRQUNMLFFBQVE7UUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7UUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7TUFDN0U7SUFDRjtBQUdPLGFBQVNrRCxhQUFZQyxRQUFZLE1BQVlDLGdCQUE0QztBQUM5RixZQUFNLE9BQU9ELE9BQUssTUFBTSxJQUFJO0FBQzVCLGFBQU8sU0FBUyxJQUFJLFNBQVlBLE9BQUssUUFBUSxPQUFPRSxtQkFBQTlCLFFBQUssR0FBRyxXQUFXLEtBQUssTUFBTTZCLGNBQWE7SUFDakc7QUFHTyxhQUFTRSxnQkFBZUgsUUFBWSxPQUF3QixPQUFxQjtBQUN0RixZQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsaUJBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJO0FBQ3pDLFlBQU0sVUFBVWxELHFCQUFvQmtELE9BQUssT0FBTyxRQUFRQSxPQUFLLE1BQU07QUFDbkUsVUFBSSxRQUFTLE9BQU0sSUFBSSxNQUFNLE9BQU87SUFDdEM7QUFHTyxRQUFNQSxRQUFhRixVQUFTdkMsT0FBUztBQzlFNUMsUUFBQWUsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZ0JBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQTRCLGtCQUFvQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ0xwQixRQUFBOUIsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBRSxnQkFBOEQsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ2tCdkQsUUFBTTZCLGFBQVk7QUNMbEIsYUFBU0MsU0FBUSxVQUFxQyxJQUFTLE9BQXdCO0FBQzVGLFlBQU0sVUFBVSxPQUFPLFNBQVksS0FBSyxtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFDckUsY0FBUSxVQUFVO1FBQ2hCLEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPLGdCQUFnQixPQUFPO1FBQ2hDLEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTyxhQUFhLEtBQUs7UUFDckQsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTztNQUNYO0lBQ0Y7QUFHQSxRQUFNQyxjQUF1QztNQUMzQyxRQUFRO01BQ1IsT0FBTztNQUNQLGNBQWM7TUFDZCxlQUFlO01BQ2YsWUFBWTtNQUNaLGVBQWU7TUFDZixlQUFlO01BQ2YsaUJBQWlCO01BQ2pCLFNBQVM7TUFDVCxhQUFhO01BQ2IsZUFBZTtNQUNmLGFBQWE7TUFDYixZQUFZO01BQ1osYUFBYTtJQUNmO0FBSUEsUUFBTUMsa0JBQThFLENBQUM7QUFHOUUsYUFBU0MsYUFBWSxVQUFzRDtBQUNoRixVQUFJLE9BQU9ELGdCQUFlLFFBQVE7QUFDbEMsVUFBSSxTQUFTLFFBQVc7QUFDdEIsZUFBTyxFQUFFLFVBQVUsT0FBT0gsWUFBVyxNQUFNRSxZQUFXLFFBQVEsRUFBRTtBQUNoRSxRQUFBQyxnQkFBZSxRQUFRLElBQUk7TUFDN0I7QUFDQSxhQUFPO0lBQ1Q7QUYyQkEsUUFBTUUsUUFBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxRQUFNQyxXQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBR3RELGFBQVNDLFVBQVMsT0FBa0IsT0FBdUI7QUFDekQsY0FBUSxPQUFPO1FBQ2IsS0FBSztBQUNILGlCQUFPLE1BQU0sUUFBUSxNQUFNO1FBQzdCLEtBQUssU0FBUztBQUNaLGdCQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLGlCQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7UUFDaEQ7UUFDQSxLQUFLO0FBQ0gsaUJBQU9ELFNBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO1FBQ2hFLEtBQUs7QUFDSCxpQkFBT0QsTUFBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07UUFDeEQsS0FBSztBQUNILGlCQUFPQSxNQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUtDLFNBQVEsTUFBTSxZQUFZLENBQUM7UUFDekQsS0FBSztBQUNILGlCQUFPRCxNQUFLLE1BQU0sUUFBUSxDQUFDO1FBQzdCLEtBQUs7QUFDSCxpQkFBTyxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVlDLFNBQVEsTUFBTSxZQUFZLENBQUM7UUFDM0UsS0FBSztBQUNILGlCQUFPLE9BQU8sTUFBTSxTQUFTLE1BQU07UUFDckMsS0FBSyxhQUFhO0FBQ2hCLGdCQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLGlCQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO1FBQzVFO01BQ0Y7SUFDRjtBQVNBLGFBQVNFLFFBQU8sS0FBd0I7QUFDdEMsYUFBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtJQUNsRTtBQUdBLFFBQUlDO0FBRUosUUFBTUMsYUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLFVBQUk7QUFDRixlQUFPRCxTQUFTLEtBQUssSUFBSSxLQUFLO01BQ2hDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUdBLFFBQU1FLGNBQU4sTUFBeUM7TUFHdkMsWUFDVyxJQUNBN0UsVUFDUSxLQUNqQjtBQUhTLGFBQUEsS0FBQTtBQUNBLGFBQUEsU0FBQUE7QUFDUSxhQUFBLE1BQUE7TUFDaEI7TUFIUTtNQUNBO01BQ1E7TUFMWCxTQUFTO01BQ1Q7TUFPUixJQUFJLE9BQXNCO0FBQ3hCLFlBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLGVBQUssUUFBUThFLFdBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsZUFBSyxTQUFTO1FBQ2hCO0FBQ0EsZUFBTyxLQUFLO01BQ2Q7SUFDRjtBQUdBLGFBQVNBLFdBQVUsTUFBd0I7QUFDekMsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQWM7TUFDbEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBS0EsUUFBTUMsbUJBQTRFLENBQUM7QUFDbkYsYUFBU0MsY0FBYWhGLFVBQTBEO0FBQzlFLFVBQUksV0FBVytFLGlCQUFnQi9FLFFBQU07QUFDckMsVUFBSSxhQUFhLFFBQVc7QUFDMUIsbUJBQVdpRixjQUFBaEMsUUFBSyxpQkFBaUJqRCxRQUFNO0FBQ3ZDLFFBQUErRSxpQkFBZ0IvRSxRQUFNLElBQUk7TUFDNUI7QUFDQSxhQUFPO0lBQ1Q7QUFJQSxRQUFJa0Y7QUFVSixRQUFNQyxXQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsUUFBTUMsYUFBeUYsQ0FBQztBQUVoRyxhQUFTQyxXQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLFVBQUksTUFBTUQsV0FBVSxRQUFRO0FBQzVCLFVBQUksQ0FBQyxLQUFLO0FBQ1IsY0FBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNuRixZQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFDNUYsY0FBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxRQUFBQSxXQUFVLFFBQVEsSUFBSTtNQUN4QjtBQUNBLGFBQU87SUFDVDtBQUlPLFFBQU1FLGFBQU4sTUFBTSxXQUFVO01BT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCLGFBQUEsVUFBQTtBQUVBLGFBQUEsUUFBQTtBQUVqQixhQUFLLFVBQVUsR0FBRyxRQUFRO01BQzVCO01BTG1CO01BRUE7O01BUm5CLGVBQWU7TUFDRTs7TUFFQSxTQUE0QyxDQUFDOztNQVc5RCxHQUFHLE9BQTBCO0FBQzNCLGVBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztNQUM3RTtNQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsWUFBSUMsVUFBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxZQUFJLENBQUNBLFNBQVE7QUFDWCxnQkFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLGNBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxjQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1REEsb0JBQVM7WUFDUDtZQUNBLE1BQU1qQixhQUFZLFFBQVE7WUFDMUIsU0FBUyxLQUFLO1lBQ2Qsa0JBQWtCVSxjQUFhLFFBQVE7VUFDekM7QUFFQSxjQUFJLENBQUMsVUFBV08sU0FBTyxlQUFlO0FBQ3RDLGVBQUssT0FBTyxRQUFRLElBQUlBO1FBQzFCO0FBQ0EsZUFBT0E7TUFDVDtNQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQSxPQUNBLFNBQ21CO0FBQ25CLGNBQU0sY0FBYyxZQUFZO0FBQ2hDLGNBQU0sTUFBTU4sY0FBQWhDLFFBQUs7VUFDZjtVQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtVQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7VUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhLFVBQVUsTUFBUztRQUNyRTtBQUVBLGNBQU1qRCxXQUFTLElBQUk7QUFDbkIsY0FBTSxXQUFXQSxhQUFXO0FBQzVCLFlBQUlBLGFBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsWUFBSSxVQUFVLENBQUM7QUFDZixZQUFJLFNBQVMsVUFBVTtBQUNyQixVQUFBMkUsV0FBVTtBQUNWLG9CQUFVRCxRQUFPLEdBQUcsS0FBS0QsVUFBUyxPQUFPRyxVQUFTO0FBQ2xELFVBQUFELFdBQVU7UUFDWjtBQUNBLFFBQUFRLFNBQVEsV0FBVztBQUNuQixRQUFBQSxTQUFRLFVBQVU7QUFDbEIsY0FBTSxFQUFFLFFBQVEsS0FBSyxJQUFJRSxXQUFVLFVBQVUsVUFBVSxVQUFVLE1BQVM7QUFDMUUsY0FBTSxNQUFBLEdBQUtHLFlBQUEsT0FBTUwsVUFBUyxRQUFRLElBQUk7QUFDdEMsY0FBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxRQUFBRCxZQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxlQUFPLElBQUlMLFlBQXNCLE9BQU83RSxVQUFRLFNBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztNQUNoRztNQUVBLFNBQXFDO0FBQ25DLGVBQU8sS0FBSyxLQUFLLFVBQVUsT0FBT21FLFNBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtNQUNwRTtNQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxlQUFPLEtBQUssS0FBSyxTQUFTLFFBQVFBLFNBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ3ZGO01BRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFlBQUksU0FBUztBQUNiLG1CQUFXLE9BQU8sT0FBTztBQUN2QixnQkFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsY0FBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO1FBQ3JHO0FBQ0EsZUFBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBR0EsU0FBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO01BQzdGO01BRUEsYUFBYSxRQUFtQztBQUM5QyxlQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUUEsU0FBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07TUFDckY7TUFFQSxVQUFVLElBQXdCO0FBQ2hDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBT0EsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtNQUN4RjtNQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxlQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBU0EsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztNQUMxRjtNQUVBLGFBQWEsSUFBMkI7QUFDdEMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVVBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO01BQ25GO01BRUEsU0FBUyxJQUFtRDtBQUMxRCxlQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUUEsU0FBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO01BQzdGO01BRUEsT0FBTyxPQUF3QjtBQUM3QixlQUFPLEtBQUssS0FBSyxXQUFXLE9BQU9BLFNBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO01BQ3RFO01BRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztNQUN0RjtNQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxlQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHQSxTQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO01BQzVHO01BRUEsYUFBOEM7QUFDNUMsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7TUFDaEY7TUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsZUFBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUdBLFNBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztNQUNsRztNQUVBLGFBQThCO0FBQzVCLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO0lBQ0Y7QUd0V0EsUUFBQWhDLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUUsZ0JBQWlGLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNIMUUsUUFBTW9ELGlCQUFnQjtBQUV0QixRQUFNQyxvQkFBbUI7QUFFekIsYUFBU0MsY0FBYSxHQUFtQjtBQUM5QyxhQUFPLEdBQUdGLGNBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0lBQ3ZEO0FBR08sYUFBU0csVUFBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELGFBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztJQUM1RTtBQUdPLGFBQVMsUUFBUSxPQUFtQztBQUN6RCxZQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxhQUFPLFFBQVEsQ0FBQztJQUNsQjtBQUdBLGFBQVMsV0FBVyxPQUFtQztBQUNyRCxZQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLGFBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0lBQ3BDO0FBT08sUUFBTUMsc0JBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLGFBQVNDLFlBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixVQUFJLENBQUMsTUFBTSxXQUFXSixpQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFlBQU0sUUFBUSxRQUFRLEtBQUs7QUFDM0IsVUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsWUFBTSxVQUFVLFdBQVcsS0FBSztBQUNoQyxhQUFPLFlBQVksVUFBYSxXQUFXLFdBQVcsT0FBTyxLQUFLLEtBQUtHO0lBQ3pFO0FEcENBLFFBQU0sY0FBYztBQUNwQixRQUFNLGFBQWE7QUFzQm5CLFFBQU0sV0FBVztBQUVqQixRQUFJLFVBQVU7QUFDZCxRQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsYUFBUyxRQUFRRSxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILGVBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELGNBQU0sUUFBd0IsQ0FBQztBQUMvQixpQkFBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUlBLFFBQU8sUUFBUSxXQUFXLEdBQUcsSUFBSyxPQUFNLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDckYsY0FBTSxNQUFNQyxjQUFBL0MsUUFBSyxNQUFNLEtBQUs7QUFDNUIsaUJBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELGdCQUFNLFFBQVEsSUFBSSxJQUFJLENBQUMsS0FBSyxNQUFPLFVBQVUsR0FBRyxJQUFJLElBQUksRUFBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztBQUNqRixjQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLHFCQUFXLE1BQU07QUFDakIsV0FBQSxHQUFBZ0QsWUFBQSxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDN0IsVUFBQUQsY0FBQS9DLFFBQUssTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBaUIsUUFBUSxDQUFDLEtBQUssTUFBTTtBQUMxRSxnQkFBSSxNQUFNLENBQUMsQ0FBRSxJQUFJO1VBQ25CLENBQUM7UUFDSDtBQUNBLFlBQUksUUFBUSxDQUFDLEtBQUssTUFBTTtBQUN0QixtQkFBUyxLQUFLLFFBQVEsQ0FBQztRQUN6QixDQUFDO01BQ0g7SUFDRjtBQUdBLGFBQVMsT0FBTyxNQUFjLE9BQWdCLFdBQVcsT0FBTztBQUM5RCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxTQUFVLFNBQVEsY0FBYyxJQUFJO0FBQ3hDLFVBQUksTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUs7QUFDbEQsYUFBTyxFQUFFLFNBQVMsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLFVBQVUsSUFBSSxHQUFHLEdBQUcsU0FBUyxNQUFNO0lBQ3JGO0FBRUEsYUFBUyxLQUFRLEtBQThCO0FBQzdDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7TUFDdEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR08sYUFBU2lELFlBQ2Q5RSxVQUNBLE9BQ0EsVUFDK0M7QUFDL0MsWUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7UUFDRTtRQUNBLE9BQU87VUFDTCxRQUFRO1VBQ1IsS0FBSyxHQUFHQSxTQUFPLE9BQU8sR0FBRytDLFNBQVEsT0FBTyxDQUFDO1VBQ3pDLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxTQUFTLENBQUM7VUFDeEMsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxRQUFRO0FBQ1AsaUJBQU8sU0FBUyxJQUFJO0FBQ3BCLGlCQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7UUFDM0Y7TUFDRjtBQUNBLGFBQU87SUFDVDtBQWdCQSxRQUFNLG9CQUFvQjtBQUMxQixRQUFJLGlCQUFpQjtBQUdyQixhQUFTLFNBQVMsTUFBYyxTQUFTLE9BQWE7QUFDcEQsVUFBSSxDQUFDLFVBQVUsS0FBSyxJQUFJLElBQUksaUJBQWlCLGtCQUFtQjtBQUNoRSx1QkFBaUIsS0FBSyxJQUFJO0FBQzFCLGNBQVEsSUFBSSxtQkFBbUIsSUFBSSxFQUFFO0lBQ3ZDO0FBR08sYUFBU2dDLGVBQWMvRSxVQUFnQixRQUFnQztBQUM1RSxZQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsU0FBTztBQUN4RSxZQUFNLFNBQXdCO1FBQzVCLFVBQVUsT0FBTztRQUNqQixTQUFTO1FBQ1QsUUFBUTtRQUNSLFNBQVM7UUFDVCxXQUFXO1FBQ1gsU0FBUztNQUNYO0FBQ0EsVUFBSSxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoRCxZQUFNLGdCQUFnQjtBQUN0QixZQUFNLFVBQW1CLEVBQUUsTUFBTUEsU0FBTyxTQUFTLFFBQVEsUUFBUSxDQUFDLEdBQUcsT0FBTztBQUM1RSxlQUFTLFlBQVksT0FBTyxNQUFNLGVBQWUsSUFBSTtBQUNyRDtRQUNFO1FBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7TUFDeEI7QUFDQSxVQUFJLFNBQVMsYUFBYSxPQUFPO0FBQ2pDLFVBQUksT0FBUSxVQUFTLGVBQWUsU0FBUyxNQUFNO0FBQ25ELFlBQU0sYUFBYSxjQUFjLFNBQVMsUUFBUSxRQUFRLGdCQUFnQjtBQUMxRSxzQkFBZ0IsU0FBUyxnQkFBZ0IsU0FBUyxVQUFVLEdBQUdBLFNBQU8sa0JBQWtCO0FBQ3hGLGFBQU8sVUFBVSxVQUFVO0FBQzNCLGFBQU87SUFDVDtBQUdBLGFBQVMsTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksT0FBdUI7QUFDdkU7UUFDRSxNQUFNO1FBQ04sQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcrQyxTQUFRLE9BQU8sQ0FBQztVQUMvQixNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLE9BQU8sVUFBVSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsU0FBUyxDQUFDO1VBQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtRQUN6QztRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJO2NBQ1IsMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN4SDtBQUNGLGlCQUFPLE1BQU0sQ0FBQyxDQUFFLElBQUk7UUFDdEI7TUFDRjtJQUNGO0FBR0EsYUFBUyxhQUFhLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsWUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQnNCLGNBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDdkcsWUFBTSxTQUFtQixDQUFDO0FBQzFCO1FBQ0UsT0FBTztRQUNQLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFO1FBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLElBQUk7QUFDdEYsY0FBSSxDQUFDO0FBQ0gsa0JBQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUN4RyxpQkFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtRQUNwRTtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxlQUFlLFNBQWtCLFFBQTRCO0FBQ3BFLFlBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ2pDLGVBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ2pGLGNBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxHQUFHLEdBQUcsRUFBRSxDQUFDO0FBQzdFO1VBQ0UsT0FBTztVQUNQLENBQUMsT0FBTztZQUNOLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHdEIsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzNEO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLElBQUssUUFBTztVQUNqQztRQUNGO0FBQ0EsaUJBQVMsYUFBYSxPQUFPO01BQy9CO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUNQLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUMvQixRQUNBLFFBQ0Esa0JBQzZCO0FBQzdCLFlBQU0sWUFBK0QsQ0FBQztBQUN0RSxhQUFPLFFBQVEsQ0FBQyxPQUFPLE1BQU07QUFDM0IsY0FBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3hCLFlBQUksUUFBUSxPQUFRLFFBQU87QUFDM0IsaUJBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRO0FBQ2xDLG9CQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsR0FBRyxVQUFVLE1BQU0sU0FBUyxhQUFhLEtBQUssaUJBQWlCLENBQUM7TUFDL0YsQ0FBQztBQUNELFlBQU0sYUFBMEMsQ0FBQztBQUNqRDtRQUNFLFVBQVU7UUFDVixDQUFDLE1BQU07QUFDTCxnQkFBTSxFQUFFLE9BQU8sR0FBRyxVQUFBM0UsV0FBUyxJQUFJLFVBQVUsQ0FBQztBQUMxQyxnQkFBTSxTQUFTO1lBQ2IsT0FBT21HLGNBQWEsQ0FBQztZQUNyQixPQUFPLGlCQUFpQixDQUFDO1lBQ3pCLE9BQU87WUFDUCxlQUFlbkcsYUFBVyxJQUFJO1VBQ2hDO0FBQ0EsaUJBQU87WUFDTCxRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBRzJFLFNBQVEsU0FBUyxDQUFDO1lBQ2pDLE1BQU0sS0FBSyxVQUFVLE1BQU07WUFDM0IsUUFBUSxPQUFPLGtCQUFrQixPQUFPLEtBQUssR0FBRyxJQUFJO1VBQ3REO1FBQ0Y7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sS0FBaUIsR0FBRyxHQUFHLEtBQUs7QUFDNUQsY0FBSSxPQUFPO0FBQ1Qsa0JBQU0sSUFBSTtjQUNSLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDdkc7QUFDRixpQkFBTztBQUNQLG1CQUFTLEdBQUcsT0FBTyxPQUFPLE9BQU8sVUFBVSxNQUFNLG9CQUFvQjtBQUNyRSxjQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztRQUNoRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT0EsYUFBUyxnQkFBZ0IsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLFlBQWdEO0FBQzFHLFlBQU0sT0FBYyxDQUFDO0FBQ3JCO1FBQ0UsV0FBVztRQUNYLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFlBQVksV0FBVyxDQUFDLEVBQUcsRUFBRSxDQUFDO1VBQ3JELE1BQU07VUFDTixRQUFRLE9BQU8sb0JBQW9CLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxHQUFHLElBQUk7UUFDdkU7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsY0FBSSxVQUFVO0FBQ1osa0JBQU0sSUFBSTtjQUNSLG9DQUFvQyxPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDMUc7QUFDRixlQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTSxDQUFDO1FBQ2xEO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGdCQUFnQixTQUFrQixNQUFhLFVBQXdCO0FBQzlFLFlBQU0sV0FBVyxLQUFLLElBQUksSUFBSSxXQUFXO0FBQ3pDLFlBQU0sUUFBUSxLQUFLO0FBQ25CLGFBQU8sS0FBSyxTQUFTLEdBQUc7QUFDdEIsaUJBQVMsR0FBRyxRQUFRLEtBQUssTUFBTSxPQUFPLEtBQUssMkJBQTJCO0FBQ3RFLFlBQUksS0FBSyxJQUFJLElBQUk7QUFDZixnQkFBTSxJQUFJO1lBQ1IsWUFBWSxLQUFLLE1BQU0sK0RBQStELFFBQVE7VUFDaEc7QUFDRixTQUFBLEdBQUE4QixZQUFBLE9BQU0sQ0FBQztBQUNQLGNBQU0sRUFBRSxNQUFBRyxPQUFNLFFBQVEsSUFBSSxTQUFTLFNBQVMsSUFBSTtBQUNoRCxZQUFJLFFBQVEsT0FBTyxFQUFHLE9BQU0sU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDO0FBQ2pELGVBQU9BO01BQ1Q7SUFDRjtBQUdBLGFBQVMsU0FBUyxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FBWSxNQUFvRDtBQUMvRyxZQUFNQSxRQUFjLENBQUM7QUFDckIsWUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEM7UUFDRSxLQUFLO1FBQ0wsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdqQyxTQUFRLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzdDLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7UUFDM0Q7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLGNBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsb0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCaUMsa0JBQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtVQUNGO0FBQ0EsY0FBSSxJQUFJLFdBQVc7QUFDakIsa0JBQU0sSUFBSTtjQUNSLDBDQUEwQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssTUFBTSxFQUFFO1lBQy9JO0FBQ0YsZ0JBQU1wRyxXQUFTLEtBQTBDLEdBQUc7QUFDNUQsY0FBSUEsVUFBUSxXQUFXO0FBQ3JCLGtCQUFNLElBQUk7Y0FDUixtQ0FBbUMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyxZQUFZQSxTQUFPLFNBQVMsaUJBQWlCO1lBQy9HO0FBQ0YsY0FBSUEsVUFBUSxXQUFXLFlBQWEsUUFBTztjQUN0Q29HLE9BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtRQUN6QjtNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUTtJQUN6QjtBQU1PLGFBQVNDLGVBQ2RqRixVQUNBLFlBQ0EsUUFDQSxRQUNRO0FBQ1IsWUFBTSxPQUFPQSxTQUFPO0FBQ3BCLFVBQUksVUFBVTtBQUNkLFVBQUksU0FBUztBQUNiLGVBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFlBQUksUUFBcUMsQ0FBQztBQUMxQztVQUNFO1VBQ0EsT0FBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHK0MsU0FBUSxTQUFTLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU07WUFDdEcsUUFBUSxPQUFPLGtCQUFrQixVQUFVO1VBQzdDO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AscUJBQVMsSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxHQUFHLFFBQVEsV0FBYyxDQUFDO1VBQzFHO1FBQ0Y7QUFDQSxZQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLGNBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsWUFBSSxPQUFPO0FBQ1g7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsVUFBVSxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7WUFDL0MsUUFBUSxPQUFPLG9CQUFvQixVQUFVO1VBQy9DO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXLElBQUs7VUFDaEQ7UUFDRjtBQUNBLG1CQUFXO0FBQ1gsa0JBQVUsTUFBTSxTQUFTO01BQzNCO0FBQ0EsYUFBTztJQUNUO0FKdldBLFFBQU0sZUFBZTtBQUNyQixRQUFNLGdCQUFnQjtBQUV0QixhQUFTLE1BQU0sU0FBd0I7QUFDckMsTUFBQW1DLG1CQUFBckUsUUFBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixZQUFNLElBQUksTUFBTSxPQUFPO0lBQ3pCO0FBRUEsYUFBUyxNQUFNLFNBQXVCO0FBQ3BDLFlBQU1zRSxPQUFNLEdBQUcsT0FBTztBQUN0QixZQUFNLE1BQU1DLGNBQUF2RCxRQUFLLElBQUlzRCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILFVBQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7VUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7UUFDdkc7TUFDRjtBQUNBLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7VUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07UUFDL0M7TUFDRjtJQUNGO0FBRUEsYUFBU3pDLGVBQWMxQyxVQUFnQnFGLFVBQXVDLE1BQW9CO0FBQ2hHLGFBQU9BLFNBQU8sSUFBSSxLQUFLckYsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM1QztBQU1BLGFBQVN6QixPQUFNeUIsVUFBZ0JxRixVQUF1QyxNQUFvQjtBQUN4RixVQUFJNUMsTUFBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBR0EsTUFBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxNQUFLLFFBQVEsTUFBTSxHQUFHQyxlQUFjMUMsVUFBUXFGLFVBQVEsSUFBSSxDQUFDO0FBQ3JGLFlBQU0sU0FBU1AsWUFBVzlFLFVBQVEsT0FBTyxRQUFRO0FBQ2pELFVBQUksQ0FBQyxPQUFPLE9BQU87QUFDakIsY0FBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsY0FBTSxRQUFRQSxTQUFPLFlBQ2pCLGVBQWVBLFNBQU8sU0FBUyxLQUMvQkEsU0FBTyxZQUNMLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUNwRCxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQ3pDLGNBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7TUFDeEc7QUFDQSxhQUFPLE9BQU87SUFDaEI7QUFFQSxhQUFTLFlBQVksUUFBbUIsT0FBZUEsVUFBc0I7QUFDM0UsWUFBTSxPQUFhLENBQUM7QUFDcEIsWUFBTSxZQUFrQixDQUFDO0FBQ3pCLGVBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLGNBQU0sVUFBVSxPQUFPLGFBQWE7VUFDbEMsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDO1VBQzlCLE9BQU87VUFDUCxPQUFPO1VBQ1AsZUFBZTtRQUNqQixDQUFDO0FBQ0QsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixjQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsa0JBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixhQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07TUFDL0I7QUFDQSxZQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFNBQU8scUJBQXFCO0FBQzFELGlCQUFXLFNBQVMsTUFBTTtBQUN4QixtQkFBUztBQUNQLGdCQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxjQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLGNBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLGNBQUksS0FBSyxJQUFJLElBQUk7QUFDZixrQkFBTSw2REFBNkRBLFNBQU8sa0JBQWtCLElBQUk7QUFDbEcsV0FBQSxHQUFBc0YsWUFBQSxPQUFNLEdBQUc7UUFDWDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBUUEsbUJBQXNCQyxtQkFBMEQ7QUFDOUUsWUFBTSxRQUF1QyxDQUFDO0FBQzlDLGlCQUFXLFFBQVF2RyxRQUFPO0FBQ3hCLFlBQUk7QUFDRixnQkFBTSxXQUFXLE1BQU02RCxnQkFBQTJDLFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxjQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7UUFDOUIsUUFBUTtRQUVSO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQWN4RixVQUFnQnFGLFVBQWdEO0FBQ3JGLFlBQU0sUUFBUTdGLFdBQVcwRixtQkFBQXJFLFFBQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxZQUFNLFNBQWtCLENBQUM7QUFDekIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSTRCLE1BQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGlCQUFPLEtBQUssRUFBRSxNQUFNLEdBQUdBLE1BQUssUUFBUSxNQUFNLEdBQUdDLGVBQWMxQyxVQUFRcUYsVUFBUSxJQUFJLENBQUMsRUFBRSxDQUFDO01BQ3ZGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxPQUFPLFFBQTBCO0FBQ3hDLFlBQU0sU0FBUyxvQkFBSSxJQUFXO0FBQzlCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxjQUFNLFVBQVUsT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSTtBQUNwRCxZQUFJLFFBQVEsU0FBUyxFQUFHLFFBQU8sSUFBSSxRQUFRLENBQUMsQ0FBRSxFQUFFLElBQUksUUFBUSxRQUFRLFNBQVMsQ0FBQyxDQUFFO01BQ2xGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsTUFBTTtJQUNuQjtBQU9BLGFBQVMsZUFBZXJGLFVBQWdCLFFBQXVCO0FBQzdELFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxPQUFPLE1BQU0sUUFBUSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbkUsWUFBTSxPQUFPLHFCQUFxQkEsU0FBTyxRQUFRLE9BQU8sOEJBQThCLE9BQU8sTUFBTTtBQUNuRyxVQUFJQSxTQUFPLFFBQVEsa0JBQWtCLENBQUNBLFNBQU8sUUFBUSxRQUFRO0FBQzNELGNBQU0sVUFBVSxPQUFPLE1BQU07QUFDN0IsY0FBTSxJQUFJK0UsZUFBYy9FLFVBQVEsT0FBTztBQUN2QyxZQUFJLEVBQUUsV0FBVyxRQUFRLFFBQVE7QUFDL0Isa0JBQVEsSUFBSSxHQUFHLElBQUksb0NBQW9DLFFBQVEsTUFBTSx3QkFBd0IsS0FBSyxDQUFDLEVBQUU7QUFDckc7UUFDRjtBQUNBLGdCQUFRO1VBQ04sZ0VBQWdFLFFBQVEsU0FBUyxFQUFFLE1BQU0sT0FBTyxRQUFRLE1BQU07UUFDaEg7TUFDRjtBQUNBLFlBQU0sSUFBSStFLGVBQWMvRSxVQUFRLE1BQU07QUFDdEMsY0FBUTtRQUNOLEdBQUcsSUFBSSxLQUFLLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxLQUFLLEtBQUssQ0FBQztNQUNoTjtJQUNGO0FBU0EsbUJBQXNCeUYsWUFBV3pGLFVBQWdCeEIsWUFBMEIsQ0FBQyxHQUFxQjtBQUMvRixZQUFNd0IsU0FBTyxPQUFPO0FBQ3BCLFlBQU1xRixXQUFTLE1BQU1FLGlCQUFnQjtBQUNyQyxZQUFNLFlBQVksSUFBSXJCLFdBQVVsRSxTQUFPLFNBQVNBLFNBQU8sV0FBVztBQUNsRSxZQUFNLFNBQVMsQ0FBQztBQUNoQixpQkFBVyxRQUFRaEIsT0FBTyxRQUFPLElBQUksSUFBSVQsT0FBTXlCLFVBQVFxRixVQUFRLElBQUk7QUFDbkUsWUFBTSxRQUFRYixVQUFTO0FBQ3ZCLFlBQU0sUUFBUVMsZUFBY2pGLFVBQVEsT0FBTyxPQUFPc0UsbUJBQWtCLENBQUMsVUFBVUksWUFBVyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzlHLFVBQUksUUFBUSxFQUFHLFNBQVEsSUFBSSxrQkFBa0IsS0FBSyx3Q0FBd0M7QUFDMUYsVUFBSWxHLFVBQVEsU0FBUztBQUNuQixZQUFJO0FBQ0YseUJBQWV3QixVQUFRLGNBQWNBLFVBQVFxRixRQUFNLENBQUM7UUFDdEQsU0FBUyxPQUFPO0FBQ2QsZ0JBQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO1FBQzlEO01BQ0Y7QUFDQSxZQUFNLGtCQUFrQjdHLFVBQVEsT0FBTyxZQUFZLFVBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPd0IsUUFBTSxJQUFJLENBQUM7QUFFbkcsYUFBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsY0FBYyxPQUFPLEtBQUtxRixRQUFNLEVBQUUsU0FBUyxFQUFFO0lBQ3hGO0FBR0EsbUJBQXNCSyxZQUFXMUYsVUFBZ0IsTUFBMEM7QUFDekYsVUFBSSxDQUFDLE1BQU0sU0FBU3lDLE1BQUssTUFBTSxVQUFVLEVBQUc7QUFDNUMsWUFBTTRDLFdBQVMsTUFBTUUsaUJBQWdCO0FBRXJDLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSTlDLE1BQUssUUFBUSxTQUFTLEdBQUc0QyxTQUFPLFNBQVNyRixTQUFPLE1BQU0sTUFBTSxRQUFRO0FBQ2hHLFlBQU0sRUFBRSxNQUFNLElBQUk4RSxZQUFXOUUsVUFBUSxPQUFPLFFBQVE7QUFDcEQsVUFBSSxDQUFDLE9BQU87QUFDVixnQkFBUTtVQUNOLGlDQUFpQyxLQUFLLG9EQUFvRCxLQUFLLEtBQUs7UUFDdEc7QUFDQTtNQUNGO0FBQ0EsWUFBTSxVQUFVaUYsZUFBY2pGLFVBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVMEUsWUFBVyxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDdkcsVUFBSSxVQUFVLEVBQUcsU0FBUSxJQUFJLHFCQUFxQixPQUFPLDZCQUE2QjtJQUN4RjtBTTlLQSxhQUFTLG1CQUE0QjtBQUNuQyxhQUFPLFNBQVM7SUFDbEI7QUFHTyxhQUFTaUIsY0FBYTNGLFVBQWdCLFdBQXVEO0FBQ2xHLFVBQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFlBQU0sUUFBUSxVQUFVO0FBR3hCLFlBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsWUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsVUFBSUEsU0FBTyxZQUFZO0FBQ3JCLGtCQUFVLFlBQVk4QixtQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELGNBQU07VUFDSixHQUFHSyxlQUFjO1lBQ2YsVUFBVW5DLFNBQU8sUUFBUTtZQUN6QixZQUFZQSxTQUFPLFFBQVE7WUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxTQUFPLFFBQVEsdUJBQXVCO1lBQy9FLGVBQWVBLFNBQU87VUFDeEIsQ0FBQztRQUNIO01BQ0Y7QUFDQSxVQUFJQSxTQUFPLGNBQWUsQ0FBQTRDLGdCQUFlSCxPQUFNLE1BQU0sU0FBU3pELFFBQU9RLFdBQVUsU0FBUyxDQUFDO0FBQ3pGLGFBQU87UUFDTDtRQUNBLFlBQVksc0JBQXNCYyxnQkFBZSxLQUFLLEdBQUcsU0FBUzs7UUFFbEUsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJTixTQUFPLHFCQUFxQixFQUFFLEtBQUtBLFNBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO1FBQ3RHLG1CQUFtQmM7TUFDckI7SUFDRjtBQU1BLGFBQVMsc0JBQXNCLFlBQTBCLFdBQW1EO0FBQzFHLGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLFNBQVMsR0FBRztBQUN4RCxZQUFJTCxlQUFjLFFBQVEsRUFBRyxZQUFXSixXQUFVLHNCQUFzQixFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO01BQ3BHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxTQUFTLFVBQTZCO0FBQzdDLFlBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFNNUMsVUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxVQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWE7QUFDbEYsZ0JBQVEsT0FBTyxLQUFLO0FBQ3RCLGFBQU87SUFDVDtBQUdPLGFBQVM1QixrQkFBc0I7QUFDcEMsVUFBSXVCLFFBQVUsV0FBWSxDQUFBdkIsZUFBWXVCLFFBQVUsVUFBVTtJQUM1RDtBQU1BLGFBQVMsdUJBQTZCO0FBQ3BDLFVBQUlBLFFBQVUsV0FBWSxDQUFBa0MsU0FBUWxDLFFBQVUsVUFBVTtJQUN4RDtBQUdBLG1CQUFzQm5CLFVBQVMsTUFBK0I7QUFDNUQsMkJBQXFCO0FBQ3JCLFlBQU02RyxZQUFXMUYsU0FBVyxJQUFJO0lBQ2xDO0FDL0dPLGFBQVM0RixXQUFVekcsT0FBc0I7QUFDOUMsYUFBT0EsTUFBSztRQUNWO1FBQ0EsQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUM7TUFDckY7SUFDRjtBQUdPLGFBQVMwRyxvQkFBbUIxRyxPQUFzQjtBQUN2RCxhQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0lBQ3pCO0FBUU8sYUFBUzJHLGNBQWEzRyxPQUFjWCxZQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFlBQU0sVUFBVVcsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxZQUFNLE9BQU9YLFVBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsWUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsWUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsWUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELGFBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztJQUM1QztBQ09PLGFBQVMsT0FBT3VILGFBQTRCO0FBQ2pELGFBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0lBQ2hFO0FBRUEsYUFBU0MsUUFBTyxRQUFnQyxNQUFvQztBQUNsRixVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsVUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixhQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87SUFDeEU7QUFHTyxhQUFTQyxlQUFjLE1BQW1DO0FBQy9ELFlBQU0sT0FBdUIsQ0FBQztBQUM5QixpQkFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsbUJBQVcsQ0FBQ0YsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxnQkFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsZ0JBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxlQUFLLEtBQUs7WUFDUjtZQUNBLFlBQUFBO1lBQ0EsSUFBSSxPQUFPO1lBQ1g7WUFDQSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVztZQUNqRixNQUFNQyxRQUFPLFFBQVEsSUFBSTtVQUMzQixDQUFDO1FBQ0g7TUFDRjtBQUNBLGFBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztJQUM1RjtBQUVBLFFBQU0sYUFBYTtBQUdaLGFBQVNFLGNBQWEsTUFBa0M7QUFDN0QsWUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFlBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFlBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixZQUFJLENBQUMsR0FBRztBQUNOLGNBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLO0FBQ3pGLGVBQUssSUFBSSxVQUFVLENBQUM7UUFDdEI7QUFDQSxlQUFPO01BQ1Q7QUFDQSxpQkFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsY0FBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFlBQUksQ0FBQyxNQUFPO0FBQ1osY0FBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsY0FBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFlBQUksU0FBUyxxQkFBcUI7QUFDaEMsaUJBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRztZQUMzQixVQUFVLEVBQUUsU0FBUztZQUNyQixLQUFLLEVBQUUsT0FBTztZQUNkLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTztVQUNoQixDQUFDO1FBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxjQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO1FBQ2xFO01BQ0Y7QUFDQSxhQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7SUFDL0U7QUFrQkEsUUFBTSxxQkFBcUI7QUFPcEIsYUFBU0MsbUJBQ2QsTUFDQUMseUJBQStDLENBQUMsR0FDaEM7QUFDaEIsWUFBTSxZQUEwQixDQUFDO0FBQ2pDLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFdBQVcsbUJBQW1CLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDbEQsWUFBSSxhQUFhLE9BQVc7QUFDNUIsY0FBTUMsY0FBYSxPQUFPLFFBQVEsU0FBUztBQUMzQyxjQUFNLGVBQWVELHVCQUFxQixRQUFRO0FBQ2xELGNBQU0sUUFBUSxPQUFPLEtBQUssT0FBTyxjQUFjLENBQUMsQ0FBQyxFQUM5QyxJQUFJLENBQUNMLGdCQUFlLDZCQUE2QixLQUFLQSxXQUFVLElBQUksQ0FBQyxDQUFDLEVBQ3RFLEtBQUssQ0FBQyxNQUFNLE1BQU0sTUFBUztBQUM5QixrQkFBVSxLQUFLO1VBQ2I7VUFDQSxZQUFBTTtVQUNBLFVBQVUsaUJBQWlCLFNBQVksT0FBT0EsY0FBYTtVQUMzRCxTQUFTLFVBQVUsU0FBWSxPQUFPLE9BQU8sS0FBSztRQUNwRCxDQUFDO01BQ0g7QUFDQSxZQUFNLFFBQVFDLGFBQVksTUFBTSxzQkFBc0IsT0FBTztBQUM3RCxVQUFJLFVBQVUsV0FBVyxLQUFLLFVBQVUsS0FBTSxRQUFPO0FBQ3JELGdCQUFVLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDN0QsWUFBTSxhQUFhLFNBQVMsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDbEYsWUFBTSxRQUNKLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDLE1BQU0sY0FDNUQsVUFBVSxNQUFNLENBQUMsUUFBUSxJQUFJLGFBQWEsSUFBSTtBQUNoRCxhQUFPLEVBQUUsWUFBWSxVQUFVLFFBQVEsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxVQUFXLENBQUMsSUFBSSxNQUFNLFVBQVU7SUFDbEg7QUFHTyxhQUFTQyxrQkFBaUIsU0FBd0M7QUFDdkUsVUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixVQUFJLFFBQVEsZUFBZTtBQUN6QixlQUFPO0FBQ1QsWUFBTSxPQUNKLFFBQVEsYUFBYSxPQUNqQixtQkFBbUJDLGFBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQyxnQkFDM0QsR0FBR0EsYUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDLFdBQVcsUUFBUSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzNGLGFBQU8sdUJBQXVCLElBQUksc0JBQXNCQSxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUM7SUFDbEc7QUFHTyxhQUFTQyxhQUFZLEtBQXlCO0FBQ25ELFlBQU0sV0FDSixJQUFJLGFBQWEsT0FBTyxLQUFLLEtBQUtELGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxXQUFXLElBQUksYUFBYSxJQUFJLEtBQUssR0FBRztBQUM5RyxZQUFNLFVBQVUsSUFBSSxZQUFZLE9BQU8sZ0JBQWdCLGFBQWFBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUNyRyxhQUFPLEdBQUdBLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxhQUFhLElBQUksZUFBZSxJQUFJLEtBQUssR0FBRyxvQkFBb0IsUUFBUSxHQUFHLE9BQU87SUFDbEk7QUFHTyxhQUFTQSxhQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLFVBQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxVQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELFVBQUksU0FBUyxNQUFNO0FBQ2pCLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsWUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxlQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztNQUM3QztBQUNBLFVBQUksU0FBUztBQUNYLGVBQU8sS0FBSyxNQUFNLEtBQUssRUFDcEIsU0FBUyxFQUNULFFBQVEseUJBQXlCLEdBQUc7QUFDekMsYUFBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0lBQ2pHO0FBRU8sYUFBU0YsYUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixZQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsYUFBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7SUFDdkU7QUFXTyxhQUFTSSxpQkFBZ0IsTUFBMkM7QUFDekUsVUFBSSxDQUFDLEtBQUssU0FBUyxvQkFBb0IsQ0FBQyxLQUFLLFNBQVMsbUJBQW9CLFFBQU87QUFDakYsYUFBTztRQUNMLGdCQUFnQkosYUFBWSxNQUFNLG9CQUFvQixLQUFLO1FBQzNELGlCQUFpQkEsYUFBWSxNQUFNLHNCQUFzQixPQUFPO1FBQ2hFLDBCQUEwQkEsYUFBWSxNQUFNLG1DQUFtQyxLQUFLO1FBQ3BGLGlCQUFpQkEsYUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7TUFDM0U7SUFDRjtBQUdPLGFBQVNLLGVBQWMsV0FBMkM7QUFDdkUsVUFBSSxDQUFDLGFBQWMsVUFBVSxtQkFBbUIsUUFBUSxVQUFVLG9CQUFvQjtBQUNwRixlQUFPO0FBQ1QsWUFBTSxTQUFTLFVBQVU7QUFDekIsYUFBTztRQUNMLCtDQUErQ0gsYUFBWSxVQUFVLGdCQUFnQixPQUFPLENBQUM7UUFDN0YsV0FBV0EsYUFBWSxVQUFVLGlCQUFpQixPQUFPLENBQUM7UUFDMUQsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCQSxhQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7UUFDbEYsbUJBQW1CLFVBQVUsZUFBZTtNQUM5QyxFQUFFLEtBQUssSUFBSTtJQUNiO0FBRU8sUUFBTUksaUJBQWdCLENBQUMsU0FBOEJELGVBQWNELGlCQUFnQixJQUFJLENBQUM7QUNsTnhGLFFBQU0seUJBQXlCO0FBdU0vQixhQUFTRyxjQUNkLE1BQ0EsTUFDQVQseUJBQStDLENBQUMsR0FDdkM7QUFDVCxZQUFNLGFBQWFILGVBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUYsYUFBWSxJQUFJLFVBQVUsS0FBSyxPQUFPO1FBQzFGO1FBQ0EsWUFBQUE7UUFDQTtRQUNBO1FBQ0E7TUFDRixFQUFFO0FBQ0YsYUFBTztRQUNMLGdCQUFnQjtRQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO1FBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO1FBQ3BEO1FBQ0EsV0FBV0csY0FBYSxJQUFJO1FBQzVCLFNBQVNDLG1CQUFrQixNQUFNQyxzQkFBb0I7UUFDckQsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDekcsV0FBV00saUJBQWdCLElBQUk7TUFDakM7SUFDRjtBQUdPLGFBQVNWLFNBQU8sV0FBbUQ7QUFDeEUsVUFBSSxVQUFVLEtBQU0sUUFBTyxVQUFVO0FBQ3JDLFVBQUksVUFBVSxXQUFXLFdBQVcsTUFBTSxFQUFHLFFBQU87QUFDcEQsYUFBTyxlQUFlLEtBQUssVUFBVSxNQUFNLElBQUksT0FBTztJQUN4RDtBQzlPQSxhQUFTLGNBQWMsT0FBZSxHQUE2QjtBQUNqRSxZQUFNLE9BQU9KLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxZQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZWSxhQUFZLEVBQUUsVUFBVVIsU0FBTyxDQUFDLENBQUMsQ0FBQztBQUNoSCxZQUFNaEIsUUFBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsVUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHQSxLQUFJLGVBQWVZLFdBQVUsUUFBUSxDQUFDO0FBQzFELGFBQU8sR0FBR1osS0FBSTswQkFBNkJZLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsWUFBWSxRQUFRLEVBQUUsQ0FBQyxzQkFBc0JBLFdBQVUsUUFBUSxDQUFDOztJQUNsSjtBQUVBLGFBQVMsVUFBVSxPQUFlLFNBQTBCO0FBQzFELFlBQU0sU0FBU0EsV0FBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixhQUFPLDRCQUE0QixLQUFLO3dCQUFvRCxNQUFNLGVBQWUsTUFBTTs7SUFDekg7QUFFTyxhQUFTa0IsYUFBWSxTQUEwQjtBQUNwRCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBRTNDLFlBQU0sU0FBUyxRQUFRLElBQUksWUFBWSxXQUFXLFFBQVEsSUFBSSxZQUFZLGdCQUFnQixJQUFJO0FBQzlGLFlBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsWUFBTTFHLGFBQVksUUFBUSxJQUFJLGVBQWUsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUNqRSxZQUFNLFFBQVF3RixXQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxZQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsYUFBTztRQUNMO1FBQ0EseUNBQXlDLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSxXQUFXeEYsUUFBTztRQUMxRyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSx1QkFBdUJBLFFBQU87UUFDcEgsR0FBRztRQUNIO1FBQ0E7UUFDQTtNQUNGLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUNqQ0EsYUFBUyxlQUFlLE1BQW9DO0FBQzFELGFBQU87UUFDTDtRQUNBO1FBQ0EsR0FBRyxLQUFLO1VBQ04sQ0FBQyxNQUNDLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxNQUFNMEYsY0FBYSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsTUFBTVUsYUFBWSxFQUFFLFVBQVVSLFNBQU8sQ0FBQyxDQUFDLENBQUM7UUFDbEg7TUFDRjtJQUNGO0FBRU8sYUFBU2UsZ0JBQWUsU0FBMEI7QUFDdkQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFlBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFNBQVMsSUFDZCxLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTSx1QkFDcEMsUUFBUSxZQUFZLGlCQUNsQix1QkFBdUIsS0FBSyxNQUFNLCtEQUNsQyxTQUFTLEtBQUssTUFBTTtBQUM5QixZQUFNLFFBQVEsQ0FBQyxrQkFBa0JqQixjQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLFVBQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxVQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLGNBQU07VUFDSjtVQUNBLFlBQVksT0FBTyxNQUFNLG9CQUFvQixPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7VUFDM0U7VUFDQSxHQUFHLGVBQWUsTUFBTTtVQUN4QjtVQUNBO1VBQ0E7UUFDRjtNQUNGO0FBQ0EsWUFBTSxZQUFZLFFBQVE7QUFDMUIsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU07WUFDSixLQUFLRCxvQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTVcsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztVQUN0TjtRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsWUFBTSxTQUFTRCxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEdBQUcsUUFBUyxhQUFhLElBQUksUUFBUSxFQUFFLEdBQUdWLG9CQUFtQixNQUFNLENBQUMsSUFBSSxFQUFFO0FBQ2pHLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxnRkFBZ0Ysc0JBQXNCO0FBQ2pILG1CQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLGdCQUFNO1lBQ0osS0FBS0Esb0JBQW1CLElBQUksUUFBUSxDQUFDLE1BQU1XLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxNQUFNLElBQUksYUFBYSxPQUFPLFFBQVFBLGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxNQUFNLElBQUksWUFBWSxPQUFPLGNBQWNBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztVQUNyTztRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sS0FBS1gsb0JBQW1CYyxlQUFjLFFBQVEsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUNuRSxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDckRBLFFBQU0sV0FBVyxvQkFBSSxJQUFJO01BQ3ZCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtJQUNGLENBQUM7QUFDRCxRQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixhQUFTLE1BQU0sT0FBZ0I7QUFDN0IsWUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ3hILFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsYUFBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7SUFDdkU7QUFFTyxhQUFTNkgsYUFDZCxNQUNBeEksV0FDUTtBQUNSLFlBQU0sSUFBSSxNQUFNQSxVQUFRLEtBQUs7QUFDN0IsWUFBTSxRQUFrQixDQUFDO0FBQ3pCLFlBQU0sYUFBYXlILGVBQWMsSUFBSTtBQUNyQyxZQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFlBQU07UUFDSixFQUFFO1VBQ0EsZUFBZXpILFVBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7UUFDck47TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsaUJBQVcsS0FBSyxZQUFZO0FBQzFCLGNBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxjQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJZ0ksYUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtNQUM3RztBQUNBLFlBQU0sWUFBWU4sY0FBYSxJQUFJO0FBQ25DLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLGNBQU07VUFDSjtVQUNBLEVBQUU7WUFDQSxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQztVQUMxSTtRQUNGO0FBQ0EsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNLE9BQU8sQ0FBQyxNQUFxQk0sYUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsZ0JBQU07WUFDSixLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUlBLGFBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztVQUNoTDtRQUNGO01BQ0Y7QUFDQSxZQUFNLFVBQVVMLG1CQUFrQixNQUFNM0gsVUFBUSxvQkFBb0I7QUFDcEUsWUFBTSxTQUFTK0gsa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxLQUFLLFFBQVMsYUFBYSxJQUFJLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxFQUFFO0FBQzlFLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyw0RUFBNEUsQ0FBQztBQUNuRyxjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxRQUFRLFVBQVUsSUFBSSxDQUFDLFFBQVEsSUFBSSxTQUFTLE1BQU0sQ0FBQztBQUNqRixtQkFBVyxPQUFPLFFBQVEsVUFBVyxPQUFNLEtBQUssS0FBSyxJQUFJLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSUUsYUFBWSxHQUFHLENBQUMsRUFBRTtNQUN2RztBQUNBLFlBQU1yRyxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxZQUFNLFdBQVdrRyxhQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFlBQU0sYUFBYUEsYUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxZQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFlBQU07UUFDSixLQUFLRSxhQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY3BHLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVFvRyxhQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCcEcsU0FBUSxRQUFRLENBQUMsQ0FBQztNQUNuTjtBQUNBLFlBQU0sS0FBSyxhQUFhb0csYUFBWUYsYUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxZQUFNLFNBQVNBLGFBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsWUFBTTtRQUNKLGFBQWFFLGFBQVksUUFBUSxTQUFTLENBQUMsWUFBWUEsYUFBWUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPRSxjQUFhRixhQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTUEsYUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO01BQzNPO0FBQ0EsWUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixVQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxtQkFBVyxRQUFRLFFBQVE7QUFDekIsZ0JBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixnQkFBTSxJQUFJLEVBQUU7QUFDWixnQkFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsZ0JBQU1uSCxRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU9xSCxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNUQSxhQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCQSxhQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxnQkFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSXJILEtBQUksRUFBRTtRQUNyRjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksS0FBS3lILGVBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDOUdBLFFBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQVN4RCxhQUFTSyxtQkFBa0IsTUFBbUI7QUFDbkQsYUFBTyxTQUFTNUksZ0JBQWMsTUFBMkM7QUFDdkUsY0FBTSxNQUE4QjtVQUNsQyxRQUFRMkksYUFBWSxNQUFNO1lBQ3hCLFVBQVUsS0FBSztZQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtZQUNuQyxzQkFBc0IsS0FBSztVQUM3QixDQUFDO1FBQ0g7QUFDQSxjQUFNLE1BQU0sTUFBTTtBQUNsQixZQUFJLEtBQUs7QUFDUCxnQkFBTSxVQUFVSDtZQUNkO1lBQ0E7Y0FDRSxVQUFVLEtBQUs7Y0FDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO2NBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtjQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO1lBQ3RDO1lBQ0EsS0FBSztVQUNQO0FBRUEsZ0JBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQzs7QUFDaEUsY0FBSSxHQUFHLEdBQUcsWUFBWSxJQUFJQyxhQUFZLE9BQU87QUFDN0MsY0FBSSxHQUFHLEdBQUcsYUFBYSxJQUFJQyxnQkFBZSxPQUFPO1FBQ25EO0FBQ0EsZUFBTztNQUNUO0lBQ0Y7QUM5Q0EsUUFBQTdGLG1CQUF3QixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQVN4QixRQUFNZ0csWUFBVyxJQUFJQyxpQkFBQSxRQUFRLFVBQVU7QUFZdkMsUUFBSTlCO0FBR0csYUFBUzNDLGdCQUFjMUMsVUFBZ0IsTUFBb0I7QUFDaEUsYUFBT3FGLFVBQVMsSUFBSSxLQUFLckYsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM5QztBQVFPLGFBQVNvSCxhQUNkLFdBQ21DO0FBQ25DLGFBQU8sQ0FBQyxTQUFTO0FBQ2YsWUFBSSxDQUFDLEtBQUssYUFBYyxDQUFBL0IsWUFBVyxDQUFDO0FBQ3BDLFlBQUlBLFFBQVEsUUFBTyxVQUFVLElBQUk7QUFDakMsZUFBT0UsaUJBQWdCLEVBQUUsS0FBSyxDQUFDLFVBQVU7QUFDdkMsVUFBQUYsVUFBUztBQUNULG9CQUFVLElBQUk7UUFDaEIsQ0FBQztNQUNIO0lBQ0Y7QUM5Q0EsUUFBQXJFLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQWdDakIsUUFBTXFHLGtCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBQzNFLFFBQU1DLFVBQVMsQ0FBQyxTQUFzQixLQUFLLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBRzNHLFFBQU1DLG1CQUFrQjtNQUM3QixRQUFRO1FBQ04sTUFBTTtRQUNOLFdBQVcsQ0FBQyxRQUFRO1FBQ3BCLE1BQU0sQ0FBQyxNQUFNLElBQUk7UUFDakIsc0JBQXNCO1FBQ3RCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssT0FBTyxDQUFDO01BQ3JDOztNQUVBLE9BQU87UUFDTCxNQUFNO1FBQ04sV0FBVyxDQUFDLE9BQU87UUFDbkIsTUFBTSxDQUFDLE1BQU0sS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDO1FBQ2hDLHNCQUFzQjtRQUN0QixPQUFPO1VBQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFFBQVF2SCxhQUFXO0FBQ25DLGtCQUFNLFVBQVV3QyxhQUFZQyxPQUFNLFdBQVdDLGdCQUFjMUMsVUFBUSxTQUFTLENBQUM7QUFDN0UsZ0JBQUksUUFBUyxNQUFLLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUTtVQUN6RDtRQUNGO01BQ0Y7TUFDQSxPQUFPO1FBQ0wsTUFBTTtRQUNOLFdBQVcsQ0FBQyxnQkFBZ0IsY0FBYyxhQUFhO1FBQ3ZELE1BQU0sQ0FBQyxNQUFNO1FBQ2Isc0JBQXNCO1FBQ3RCLE9BQU87VUFDTCxDQUFDLEVBQUUsS0FBSyxNQUFNLEtBQUssWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDO1VBQzVDLENBQUMsRUFBRSxLQUFLLEdBQUcsU0FBUyxLQUFLLFVBQVVzSCxRQUFPLElBQUksQ0FBQztVQUMvQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxXQUFXQSxRQUFPLElBQUksR0FBRyxDQUFDO1FBQ3JEO01BQ0Y7TUFDQSxRQUFRO1FBQ04sTUFBTTtRQUNOLFdBQVcsQ0FBQyxTQUFTO1FBQ3JCLE1BQU0sQ0FBQyxNQUFNO1FBQ2Isc0JBQXNCO1FBQ3RCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxPQUFPLEtBQUssS0FBSyxDQUFDO01BQ3JEO01BQ0EsUUFBUTtRQUNOLE1BQU07UUFDTixXQUFXLENBQUMsaUJBQWlCLGlCQUFpQixlQUFlO1FBQzdELE1BQU0sQ0FBQyxNQUFNO1FBQ2Isc0JBQXNCOztRQUV0QixPQUFPO1VBQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFVBQVU7QUFDMUIsa0JBQU0sVUFBVSxLQUFLLGFBQWE7Y0FDaEMsT0FBTyxNQUFNLFdBQVc7Y0FDeEIsT0FBTztjQUNQLE9BQU87Y0FDUCxlQUFlO1lBQ2pCLENBQUM7QUFDRCxnQkFBSSxDQUFDLFFBQVEsS0FBTTtBQUNuQixpQkFBSyxhQUFhLFFBQVEsS0FBSyxJQUFJLEVBQUUsT0FBTyxXQUFXLENBQUM7QUFDeEQsaUJBQUssYUFBYSxRQUFRLEtBQUssRUFBRTtVQUNuQztRQUNGO01BQ0Y7TUFDQSxVQUFVO1FBQ1IsTUFBTTtRQUNOLFdBQVcsQ0FBQyxpQkFBaUI7UUFDN0IsTUFBTSxDQUFDLE1BQU0sS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDO1FBQ2hDLHNCQUFzQjs7UUFDdEIsT0FBTztVQUNMLENBQUMsRUFBRSxLQUFLLEdBQUcsT0FBTyxVQUFVO0FBQzFCLGtCQUFNLFVBQVUsS0FBSyxhQUFhO2NBQ2hDLE9BQU8sTUFBTSxTQUFTO2NBQ3RCLE9BQU87Y0FDUCxPQUFPO2NBQ1AsZUFBZTtZQUNqQixDQUFDO0FBQ0QsZ0JBQUksUUFBUSxLQUFNLE1BQUssU0FBUyxRQUFRLEtBQUssRUFBRTtVQUNqRDtRQUNGO01BQ0Y7TUFDQSxRQUFRO1FBQ04sTUFBTTtRQUNOLFdBQVcsQ0FBQyxlQUFlO1FBQzNCLE1BQU0sQ0FBQyxNQUFNLEtBQUssSUFBSSxLQUFLLElBQUksQ0FBQztRQUNoQyxzQkFBc0I7UUFDdEIsT0FBT0QsZ0JBQWU7VUFDcEIsQ0FBQyxXQUNDLENBQUMsRUFBRSxLQUFLLEdBQUcsU0FDVCxLQUFLLGFBQWFDLFFBQU8sSUFBSSxHQUFHLE1BQU07UUFDNUM7TUFDRjtNQUNBLE9BQU87UUFDTCxNQUFNO1FBQ04sV0FBVyxDQUFDLGVBQWUsY0FBYyxhQUFhO1FBQ3RELE1BQU0sQ0FBQyxNQUFNO1FBQ2Isc0JBQXNCO1FBQ3RCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsT0FBQXBKLFFBQU0sTUFBTUEsUUFBTSxXQUFXLEdBQUcsQ0FBQyxFQUFFLE9BQUFBLFFBQU0sTUFBTUEsUUFBTSxVQUFVLEVBQUUsR0FBRyxDQUFDLEVBQUUsT0FBQUEsUUFBTSxNQUFNQSxRQUFNLFdBQVcsQ0FBQztNQUNsSDtJQUNGO0FBR08sYUFBU2tJLHdCQUErQztBQUM3RCxhQUFPLE9BQU8sWUFBWSxPQUFPLFFBQVFtQixnQkFBZSxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxNQUFNLENBQUMsTUFBTSxNQUFNLG9CQUFvQixDQUFDLENBQUM7SUFDdEg7QUFHTyxhQUFTQyxvQkFBK0I7QUFDN0MsYUFBTyxPQUFPLE9BQU9ELGdCQUFlLEVBQUUsUUFBUSxDQUFDLFVBQVUsTUFBTSxTQUFTO0lBQzFFO0FBR0EsbUJBQXNCRSx1QkFBc0J6SCxVQUE0QztBQUN0RixZQUFNLE9BQU8sTUFBTXlGLFlBQVd6RixVQUFRLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFDcEQsWUFBTSxTQUFTLElBQUlrRSxXQUFVbEUsU0FBTyxTQUFTQSxTQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDcEYsWUFBTSxTQUFTLE9BQU8sYUFBYTtRQUNqQyxPQUFPLFlBQVksS0FBSyxLQUFLO1FBQzdCLE9BQU87UUFDUCxPQUFPO1FBQ1AsZUFBZTtNQUNqQixDQUFDO0FBQ0QsVUFBSSxDQUFDLE9BQU87QUFDVixjQUFNLElBQUksTUFBTSw4RUFBOEUsT0FBTyxNQUFNLEdBQUc7QUFDaEgsWUFBTSxNQUFNLE9BQU8sU0FBUyxPQUFPLEtBQUssRUFBRTtBQUMxQyxVQUFJLENBQUMsSUFBSTtBQUNQLGNBQU0sSUFBSSxNQUFNLDJFQUEyRSxJQUFJLE1BQU0sR0FBRztBQUMxRyxhQUFPLEVBQUUsR0FBRyxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU87SUFDM0M7QUFFQSxRQUFJMEg7QUFDSixRQUFJQyxRQUFPO0FBR0osYUFBU0MsY0FBYTVILFVBQWdCLE9BQXNCLE1BQStCO0FBQ2hHLE1BQUEwSCxhQUFZO1FBQ1YsTUFBTSxJQUFJeEQsV0FBVWxFLFNBQU8sU0FBU0EsU0FBTyxhQUFhLEtBQUssT0FBTyxPQUFPO1FBQzNFLE9BQU8sSUFBSWtFLFdBQVVsRSxTQUFPLFNBQVNBLFNBQU8sYUFBYSxLQUFLLE9BQU8sS0FBSztNQUM1RTtBQUNBLFlBQU0sT0FBTyxNQUFNLE1BQU0ySCxVQUFTLE1BQU0sTUFBTSxNQUFNO0FBRXBEO1FBQ0VEO1FBQ0E7UUFDQSxDQUFDLFNBQVMsUUFBUSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1HLG1CQUFBaEgsUUFBSyxHQUFHLFFBQVEsTUFBTWdILG1CQUFBaEgsUUFBSyxHQUFHLG1CQUFtQjtRQUMzRmI7TUFDRjtJQUNGO0FDNUtBLFFBQU0sTUFBTSxFQUFFLE9BQU84QyxXQUFVO0FBRS9CLGFBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUNqRSxVQUFJLGFBQWEsU0FBVSxRQUFPLFFBQVE7QUFDMUMsVUFBSSxhQUFhLGdCQUFpQixRQUFPLFFBQVE7QUFDakQsVUFBSSxhQUFhLFFBQVMsUUFBTyxRQUFRO0FBQ3pDLGFBQU8sUUFBUTtJQUNqQjtBQUdPLGFBQVNnRixhQUFZLFVBQW9CLFNBQTBCO0FBQ3hFLGFBQU8sS0FBSyxJQUFJLFFBQVEsVUFBVSxZQUFZLFVBQVUsT0FBTyxDQUFDO0lBQ2xFO0FBa0NPLGFBQVNDLFlBQVcsaUJBQWlCLE9BQWU7QUFDekQsYUFBTztRQUNMO1VBQ0UsUUFBUTtVQUNSLE1BQU07VUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO1FBQ2xGO01BQ0Y7SUFDRjtBQW1CTyxhQUFTQyxxQkFBb0IsU0FBa0IsV0FBZ0NDLGFBQTJCO0FBQy9HLGFBQU8sVUFBVSxRQUFRLENBQUMsYUFBYTtRQUNyQztVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsU0FBUztVQUNqQixPQUFPO1lBQ0wsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUU7WUFDbEYsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPSCxhQUFZLFVBQVUsT0FBTyxFQUFFO1VBQ3BGO1FBQ0Y7UUFDQTtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsU0FBUztVQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQWlCLElBQUksS0FBYyxPQUFPRyxZQUFVLENBQUM7UUFDdkU7TUFDRixDQUFDO0lBQ0g7QUFHTyxhQUFTLGFBQWEsT0FBZSxXQUEyQjtBQUNyRSxhQUFPLEtBQUssTUFBTSxRQUFRLFlBQVksSUFBSTtJQUM1QztBQU9PLGFBQVNDLHVCQUNkLFdBQ0EsT0FDQUMsUUFDUTtBQUNSLGFBQU8sT0FBTyxRQUFRLFNBQVMsRUFDNUIsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0xSCxlQUFjLFFBQVEsQ0FBQyxFQUNoRCxJQUFJLENBQUMsQ0FBQyxNQUFNLFFBQVEsT0FBTztRQUMxQixRQUFRO1FBQ1IsTUFBTSxFQUFFLFVBQVUsS0FBSztRQUN2QixPQUFPO1VBQ0w7WUFDRSxNQUFNO1lBQ04sSUFBSTtZQUNKLE9BQU8sYUFBYSxPQUFPQyxxQkFBb0IsUUFBUSxDQUFDO1lBQ3hELEdBQUl5SCxTQUFRLEVBQUUsYUFBYSxNQUFNLEdBQUdBLE9BQU0sSUFBSSxDQUFDO1VBQ2pEO1FBQ0Y7TUFDRixFQUFFO0lBQ047QTdCcEdBLFFBQU1uSSxXQUFTcUIsZUFBYyxLQUFLO0FBQ2xDLFFBQU0sRUFBRSxNQUFBVixPQUFNLFdBQUFzSCxXQUFVLElBQUk5SCxVQUFTLFNBQVMsS0FBSztBQUduRCxhQUFTLFNBQVMsT0FBc0I7QUFDdEMsYUFBT0ssY0FBYTtRQUNsQixVQUFVLE1BQU0sS0FBS0csS0FBSTtRQUN6QixzQkFBc0IsTUFBTTtRQUM1QixhQUFhLEtBQUssSUFBSSxHQUFHLE1BQU0sVUFBVSxJQUFJLENBQUMsYUFBYW1ILGFBQVksVUFBVTlILFNBQU8sT0FBTyxDQUFDLENBQUM7UUFDakcsVUFBVUEsU0FBTztNQUNuQixDQUFDO0lBQ0g7QUFFTyxRQUFNeEIsV0FBMEIsZ0JBQUFtSCxjQUFhM0YsVUFBUSxNQUFNO0FBQ2hFLFlBQU0sWUFBWSxPQUFPO1FBQ3ZCLE9BQU8sUUFBUXVILGdCQUFlLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLE1BQStCO1VBQzlFO1VBQ0EzRyxjQUFhLE1BQU0sTUFBTSxNQUFNLEtBQUtELEtBQUksR0FBR1gsU0FBTyxXQUFXLFNBQVMsS0FBSyxDQUFDO1FBQzlFLENBQUM7TUFDSDtBQUNBLGFBQU87UUFDTCxPQUFPLENBQUM7O1FBQ1IsV0FBV0EsU0FBTztRQUNsQjtRQUNBLE9BQU87VUFDTCxHQUFHZ0kscUJBQW9CaEksU0FBTyxTQUFTd0gsa0JBQWlCLEdBQUdTLFVBQVM7VUFDcEUsR0FBR0MsdUJBQXNCLFdBQVdsSSxTQUFPLFFBQVEsWUFBWTtVQUMvRCxHQUFHK0gsWUFBVztRQUNoQjtNQUNGO0lBQ0YsQ0FBQztBQUdNLFFBQU0xSixpQkFBZ0MsZ0JBQUE0SSxtQkFBa0I7TUFDN0QsVUFBVTtNQUNWLHNCQUFzQyxnQkFBQWIsc0JBQXFCO0lBQzdELENBQUM7QUFFTSxhQUFTekgsU0FBb0M7QUFDbEQsYUFBTzhJLHVCQUFzQnpILFFBQU07SUFDckM7QUFFQSxRQUFNb0ksS0FBSWI7QUFDSCxRQUFNakosVUFBUyxDQUFDLFNBQTRCc0osY0FBYTVILFVBQVFvSSxHQUFFLFFBQVEsSUFBSTtBQUMvRSxRQUFNN0osVUFBUTZJLGFBQVksQ0FBQyxTQUE0QlEsY0FBYTVILFVBQVFvSSxHQUFFLE9BQU8sSUFBSSxDQUFDO0FBQzFGLFFBQU0xSixTQUFRLENBQUMsU0FBNEJrSixjQUFhNUgsVUFBUW9JLEdBQUUsT0FBTyxJQUFJO0FBQzdFLFFBQU14SixVQUFTLENBQUMsU0FBNEJnSixjQUFhNUgsVUFBUW9JLEdBQUUsUUFBUSxJQUFJO0FBQy9FLFFBQU10SixVQUFTLENBQUMsU0FBNEI4SSxjQUFhNUgsVUFBUW9JLEdBQUUsUUFBUSxJQUFJO0FBQy9FLFFBQU1oSyxZQUFXLENBQUMsU0FBNEJ3SixjQUFhNUgsVUFBUW9JLEdBQUUsVUFBVSxJQUFJO0FBQ25GLFFBQU1qSyxnQkFBZSxDQUFDLFNBQTRCeUosY0FBYTVILFVBQVFvSSxHQUFFLFFBQVEsSUFBSTtBQUNyRixRQUFNbEssU0FBUSxDQUFDLFNBQTRCMEosY0FBYTVILFVBQVFvSSxHQUFFLE9BQU8sSUFBSTs7Ozs7QThCOUVwRixJQUFJO0FBRUcsU0FBUyxVQUFVO0FBQ3hCLE1BQUksZ0JBQWdCLFFBQVc7QUFDN0IsVUFBTSxZQUFZLFdBQVc7QUFDN0IsZUFBVyxpQkFBaUIsQ0FBQztBQUM3QixlQUFXLFFBQVEsQ0FBQyxNQUFLLFdBQVUsZ0JBQWUsV0FBVSxjQUFhLFlBQVksR0FBRztBQUN0RixZQUFNLFNBQVMsVUFBVSxJQUFJO0FBQzdCLGlCQUFXLGVBQWUsSUFBSSxJQUFJLEVBQUUsSUFBSSxRQUFRLGVBQWUsT0FBTyxXQUFXLE9BQU87QUFBQSxJQUMxRjtBQUNBLGtCQUFjO0FBQUEsRUFDaEI7QUFDQSxTQUFPO0FBQ1Q7QUFDQSxXQUFXLHNCQUFzQjs7O0FDbUIxQixJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxjQUFjO0FBQUEsRUFDZCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQUEsRUFDWixzQkFBc0I7QUFDeEIsQ0FBQzs7O0FDckNNLElBQU0sUUFBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQSxFQUMvQixPQUFPO0FBQ2xCO0FBTU8sU0FBUyxjQUFjLE1BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU1DLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBTyxLQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVMsS0FBSyxNQUFNLENBQUMsSUFBSTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsbUJBQVM7QUFDVDtBQUFBLFFBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztBQUFBLFlBQzFCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJO0FBQzdDLE1BQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBcUJPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5Qzs7O0FDM0RPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUdPLElBQU0sZ0JBQWdCLEtBQUs7QUFLbEMsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBOEt4RCxTQUFTLFVBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQ25QQSxJQUFNLFdBQVc7QUFtQ1YsSUFBTSxXQUFXO0FBQUEsRUFDdEIsT0FBTztBQUFBLEVBQ1AsUUFBUTtBQUFBLEVBQ1IsS0FBSyxDQUFDLGFBQWEsRUFBRSxDQUFDLFFBQVEsR0FBRyxPQUFPLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQUEsRUFDOUQsVUFBVSxDQUFDLFNBQVM7QUFBQTtBQUFBLElBRWxCLE1BQU0sVUFBVSxLQUFLLFlBQVksR0FBRyxFQUFFLEtBQUssS0FBSyxLQUFLLEtBQVEsTUFBTSx3QkFBd0IsQ0FBQztBQUFBO0FBQUEsSUFFNUYsV0FBVyxVQUFVLEtBQUssa0JBQWtCLE1BQU0sRUFBRSxLQUFLLEdBQUcsS0FBSyxHQUFHLE1BQU0seUJBQXlCLENBQUM7QUFBQSxFQUN0RztBQUNGOzs7QUN2RUEsU0FBUyxPQUFPLGFBQWE7OztBQ0E3QixPQUFPLGtCQUFrQjtBQUN6QixJQUFPLG9CQUFROzs7QUNEZixPQUFPLGFBQWE7QUFDcEIsSUFBTyxlQUFROzs7QUNEZixTQUFTLFNBQVMsYUFBYTs7O0FDQS9CLFNBQVMsbUJBQW1COzs7QUNHckIsSUFBTSxnQkFBZ0I7QUFDdEIsSUFBTSxlQUFlOzs7QUNLNUIsU0FBUyxlQUF1QjtBQUU5QixNQUFJLFNBQVMsRUFBRyxDQUFDLFdBQXdELFlBQVksRUFBRztBQUN4RixRQUFNLFNBQVMsSUFBSSxZQUFZLGVBQWUsTUFBZ0I7QUFDNUQsVUFBTSxJQUFJLE1BQU0sMENBQTBDLGFBQWEsa0NBQWtDO0FBQUEsRUFDM0csQ0FBQztBQUNELFNBQU8sT0FBTyxDQUFDO0FBQ2pCO0FBRU8sSUFBTSxTQUE0QixhQUFhO0FBRy9DLElBQU0sZ0JBQTBDLE1BQU07OztBQ043RCxTQUFTLGlCQUFpQjtBQUN4QixTQUFPO0FBQUE7QUFBQSxJQUVMLFlBQVksSUFBSSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsSUFFMUMsaUJBQWlCLElBQUksTUFBTSwwQkFBMEI7QUFBQTtBQUFBLElBRXJELFVBQVUsSUFBSSxNQUFNLGtCQUFrQjtBQUFBO0FBQUEsSUFFdEMsZ0JBQWdCLElBQUksUUFBUSx3QkFBd0I7QUFBQTtBQUFBLElBRXBELGNBQWMsSUFBSSxNQUFNLGlDQUFpQztBQUFBLEVBQzNEO0FBQ0Y7QUFHQSxJQUFNLFNBQVMsU0FBUyxLQUFLLE9BQU8sZUFBZSxTQUFZLGVBQWUsSUFBSTtBQVdsRixJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBQ0osSUFBSSxhQUFhO0FBTWpCLFNBQVMsVUFBVSxZQUFvQixPQUFxQztBQUMxRSxRQUFNLE1BQU0sYUFBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO0FBQUEsSUFDdEUsR0FBRztBQUFBLElBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxFQUNoRCxDQUFVO0FBQ1YsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7QUFDOUM7QUF3QkEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsY0FBYyxZQUEwQjtBQUV0RCxNQUFJLENBQUMsV0FBWSxjQUFhLFVBQVUsWUFBWSxNQUFNO0FBQzFELGFBQVM7QUFDUCxVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLGFBQVMsVUFBVTtBQUNuQixVQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsUUFBSSxrQkFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxRQUFJLGtCQUFLLFNBQVMsYUFBYSxFQUFHO0FBQUEsRUFDcEM7QUFDQSxZQUFVLFlBQVksVUFBVTtBQUNoQyxXQUFTLFVBQVU7QUFDckI7QUFFQSxTQUFTLFNBQVMsWUFBMEI7QUFDMUMsUUFBTSxNQUFNLGFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FDSixJQUFJLFdBQVcsTUFBTSxNQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxXQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxRQUFRLGVBQWUsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUM3RyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQ3BDLFFBQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxVQUFVLE9BQVE7QUFDM0QsV0FBUSxXQUFXLElBQUksT0FBTyxXQUFXO0FBQ3pDLFdBQVEsZ0JBQWdCLElBQUksT0FBTyxpQkFBaUI7QUFDcEQsV0FBUSxTQUFTLElBQUksT0FBTyxTQUFTO0FBQUEsRUFDdkM7QUFHQSxNQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLHNCQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDdkY7OztBQzlHQSxTQUFTLFNBQVMsTUFBc0I7QUFDdEMsTUFBSTtBQUNGLFdBQU8sS0FBSyxJQUFJO0FBQUEsRUFDbEIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxJQUFJO0FBQUEsTUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNqRTtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVE7QUFDakIsV0FBTyxJQUFJLElBQUksSUFBSTtBQUFBLE1BQ2pCLFNBQVMsSUFBSTtBQUFBLE1BQ2IsTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO0FBQUEsSUFDaEQ7QUFDRixTQUFPO0FBQUEsSUFDTCxRQUFRLDBCQUEwQixJQUFJO0FBQUEsSUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsSUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUVBLFNBQVMsU0FBU0MsU0FBc0I7QUFDdEMsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsT0FBT0EsUUFBTztBQUFBLE1BQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUFBLElBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO0FBQUEsRUFDN0U7QUFDRjtBQUdPLFNBQVMsWUFBWUMsT0FBWSxNQUFZQyxnQkFBNEM7QUFDOUYsUUFBTSxPQUFPRCxNQUFLLE1BQU0sSUFBSTtBQUM1QixTQUFPLFNBQVMsSUFBSSxTQUFZQSxNQUFLLFFBQVEsT0FBTyxrQkFBSyxHQUFHLFdBQVcsS0FBSyxNQUFNQyxjQUFhO0FBQ2pHO0FBV08sSUFBTSxPQUFhLFNBQVMsTUFBUzs7O0FDbkY1QyxPQUFPLGdCQUFnQjtBQUN2QixJQUFPLGtCQUFROzs7QUNxQlIsSUFBTSxZQUFZOzs7QUNMbEIsU0FBUyxRQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsUUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxVQUFRLFVBQVU7QUFBQSxJQUNoQixLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sZ0JBQWdCLE9BQU87QUFBQSxJQUNoQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTyxhQUFhLEtBQUs7QUFBQSxJQUNyRCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUc5RSxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsTUFBSSxPQUFPLGVBQWUsUUFBUTtBQUNsQyxNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQVEsRUFBRTtBQUNoRSxtQkFBZSxRQUFRLElBQUk7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDs7O0FDMkJBLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsU0FBUyxTQUFTLE9BQWtCLE9BQXVCO0FBQ3pELFVBQVEsT0FBTztBQUFBLElBQ2IsS0FBSztBQUNILGFBQU8sTUFBTSxRQUFRLE1BQU07QUFBQSxJQUM3QixLQUFLLFNBQVM7QUFDWixZQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLElBQ2hEO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ2hFLEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDeEQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUN6RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sUUFBUSxDQUFDO0FBQUEsSUFDN0IsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUMzRSxLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsSUFDckMsS0FBSyxhQUFhO0FBQ2hCLFlBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQzVFO0FBQUEsRUFDRjtBQUNGO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBQyxTQUNRLEtBQ2pCO0FBSFM7QUFDQSxrQkFBQUE7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWFBLFNBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0JBLE9BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBVyxhQUFLLGlCQUFpQkEsT0FBTTtBQUN2QyxvQkFBZ0JBLE9BQU0sSUFBSTtBQUFBLEVBQzVCO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQVVKLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sYUFBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU1DLFVBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVdBLFlBQVc7QUFDNUIsUUFBSUEsWUFBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQztBQUNmLFFBQUksU0FBUyxVQUFVO0FBQ3JCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUssU0FBUyxPQUFPLFNBQVM7QUFDbEQsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQXNCLE9BQU9BLFNBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO0FBQUEsRUFDaEc7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxRQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7QUFBQSxFQUNwRTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxRQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLE9BQU87QUFDdkIsWUFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsVUFBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDckc7QUFDQSxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLFFBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtBQUFBLEVBQzdGO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLFFBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO0FBQUEsRUFDckY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQ25GO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLFFBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxRQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsUUFBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQzVHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxRQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7QUFBQSxFQUNsRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztBQUFBLEVBQ2hGO0FBQ0Y7OztBQzFVTyxJQUFNLHFCQUFxQixJQUFJLEtBQUssS0FBSzs7O0FDNEVoRCxlQUFzQixrQkFBMEQ7QUFDOUUsUUFBTSxRQUF1QyxDQUFDO0FBQzlDLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFFBQUk7QUFDRixZQUFNLFdBQVcsTUFBTSxnQkFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLFVBQUksU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLElBQzlCLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDs7O0FDeEJPLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDs7O0FDdEZBLElBQU0sV0FBVyxJQUFJLFFBQVEsVUFBVTtBQVl2QyxJQUFJO0FBR0csU0FBUyxjQUFjQyxTQUFnQixNQUFvQjtBQUNoRSxTQUFPLFNBQVMsSUFBSSxLQUFLQSxRQUFPLE1BQU0sSUFBSSxFQUFFO0FBQzlDO0FBUU8sU0FBUyxZQUNkLFdBQ21DO0FBQ25DLFNBQU8sQ0FBQyxTQUFTO0FBQ2YsUUFBSSxDQUFDLEtBQUssYUFBYyxZQUFXLENBQUM7QUFDcEMsUUFBSSxPQUFRLFFBQU8sVUFBVSxJQUFJO0FBQ2pDLFdBQU8sZ0JBQWdCLEVBQUUsS0FBSyxDQUFDLFVBQVU7QUFDdkMsZUFBUztBQUNULGdCQUFVLElBQUk7QUFBQSxJQUNoQixDQUFDO0FBQUEsRUFDSDtBQUNGOzs7QUNkQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBQzNFLElBQU0sU0FBUyxDQUFDLFNBQXNCLEtBQUssZ0JBQWdCLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxLQUFLLGdCQUFnQixNQUFNLENBQUM7QUFHM0csSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsUUFBUTtBQUFBLElBQ3BCLE1BQU0sQ0FBQyxNQUFNLElBQUk7QUFBQSxJQUNqQixzQkFBc0I7QUFBQSxJQUN0QixPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxLQUFLLE9BQU8sQ0FBQztBQUFBLEVBQ3JDO0FBQUE7QUFBQSxFQUVBLE9BQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxPQUFPO0FBQUEsSUFDbkIsTUFBTSxDQUFDLE1BQU0sS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDaEMsc0JBQXNCO0FBQUEsSUFDdEIsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFFBQVFDLFlBQVc7QUFDbkMsY0FBTSxVQUFVLFlBQVksTUFBTSxXQUFXLGNBQWNBLFNBQVEsU0FBUyxDQUFDO0FBQzdFLFlBQUksUUFBUyxNQUFLLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUTtBQUFBLE1BQ3pEO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLE9BQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxnQkFBZ0IsY0FBYyxhQUFhO0FBQUEsSUFDdkQsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNiLHNCQUFzQjtBQUFBLElBQ3RCLE9BQU87QUFBQSxNQUNMLENBQUMsRUFBRSxLQUFLLE1BQU0sS0FBSyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUM7QUFBQSxNQUM1QyxDQUFDLEVBQUUsS0FBSyxHQUFHLFNBQVMsS0FBSyxVQUFVLE9BQU8sSUFBSSxDQUFDO0FBQUEsTUFDL0MsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUFTLEtBQUssV0FBVyxPQUFPLElBQUksR0FBRyxDQUFDO0FBQUEsSUFDckQ7QUFBQSxFQUNGO0FBQUEsRUFDQSxRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsU0FBUztBQUFBLElBQ3JCLE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDYixzQkFBc0I7QUFBQSxJQUN0QixPQUFPLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUFTLEtBQUssT0FBTyxLQUFLLEtBQUssQ0FBQztBQUFBLEVBQ3JEO0FBQUEsRUFDQSxRQUFRO0FBQUEsSUFDTixNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsaUJBQWlCLGlCQUFpQixlQUFlO0FBQUEsSUFDN0QsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNiLHNCQUFzQjtBQUFBO0FBQUEsSUFFdEIsT0FBTztBQUFBLE1BQ0wsQ0FBQyxFQUFFLEtBQUssR0FBRyxPQUFPLFVBQVU7QUFDMUIsY0FBTSxVQUFVLEtBQUssYUFBYTtBQUFBLFVBQ2hDLE9BQU8sTUFBTSxXQUFXO0FBQUEsVUFDeEIsT0FBTztBQUFBLFVBQ1AsT0FBTztBQUFBLFVBQ1AsZUFBZTtBQUFBLFFBQ2pCLENBQUM7QUFDRCxZQUFJLENBQUMsUUFBUSxLQUFNO0FBQ25CLGFBQUssYUFBYSxRQUFRLEtBQUssSUFBSSxFQUFFLE9BQU8sV0FBVyxDQUFDO0FBQ3hELGFBQUssYUFBYSxRQUFRLEtBQUssRUFBRTtBQUFBLE1BQ25DO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLFVBQVU7QUFBQSxJQUNSLE1BQU07QUFBQSxJQUNOLFdBQVcsQ0FBQyxpQkFBaUI7QUFBQSxJQUM3QixNQUFNLENBQUMsTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNoQyxzQkFBc0I7QUFBQTtBQUFBLElBQ3RCLE9BQU87QUFBQSxNQUNMLENBQUMsRUFBRSxLQUFLLEdBQUcsT0FBTyxVQUFVO0FBQzFCLGNBQU0sVUFBVSxLQUFLLGFBQWE7QUFBQSxVQUNoQyxPQUFPLE1BQU0sU0FBUztBQUFBLFVBQ3RCLE9BQU87QUFBQSxVQUNQLE9BQU87QUFBQSxVQUNQLGVBQWU7QUFBQSxRQUNqQixDQUFDO0FBQ0QsWUFBSSxRQUFRLEtBQU0sTUFBSyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQUEsTUFDakQ7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsUUFBUTtBQUFBLElBQ04sTUFBTTtBQUFBLElBQ04sV0FBVyxDQUFDLGVBQWU7QUFBQSxJQUMzQixNQUFNLENBQUMsTUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNoQyxzQkFBc0I7QUFBQSxJQUN0QixPQUFPLGVBQWU7QUFBQSxNQUNwQixDQUFDLFdBQ0MsQ0FBQyxFQUFFLEtBQUssR0FBRyxTQUNULEtBQUssYUFBYSxPQUFPLElBQUksR0FBRyxNQUFNO0FBQUEsSUFDNUM7QUFBQSxFQUNGO0FBQUEsRUFDQSxPQUFPO0FBQUEsSUFDTCxNQUFNO0FBQUEsSUFDTixXQUFXLENBQUMsZUFBZSxjQUFjLGFBQWE7QUFBQSxJQUN0RCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2Isc0JBQXNCO0FBQUEsSUFDdEIsT0FBTyxDQUFDLENBQUMsRUFBRSxPQUFBQyxPQUFNLE1BQU1BLE9BQU0sV0FBVyxHQUFHLENBQUMsRUFBRSxPQUFBQSxPQUFNLE1BQU1BLE9BQU0sVUFBVSxFQUFFLEdBQUcsQ0FBQyxFQUFFLE9BQUFBLE9BQU0sTUFBTUEsT0FBTSxXQUFXLENBQUM7QUFBQSxFQUNsSDtBQUNGO0FBOEJBLElBQUk7QUFDSixJQUFJLE9BQU87QUFHSixTQUFTLGFBQWFDLFNBQWdCLE9BQXNCLE1BQStCO0FBQ2hHLGNBQVk7QUFBQSxJQUNWLE1BQU0sSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sYUFBYSxLQUFLLE9BQU8sT0FBTztBQUFBLElBQzNFLE9BQU8sSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sYUFBYSxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQzVFO0FBQ0EsUUFBTSxPQUFPLE1BQU0sTUFBTSxTQUFTLE1BQU0sTUFBTSxNQUFNO0FBRXBEO0FBQUEsSUFDRTtBQUFBLElBQ0E7QUFBQSxJQUNBLENBQUMsU0FBUyxRQUFRLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTSxrQkFBSyxHQUFHLFFBQVEsTUFBTSxrQkFBSyxHQUFHLG1CQUFtQjtBQUFBLElBQzNGQTtBQUFBLEVBQ0Y7QUFDRjs7O0FDeEpBLElBQU1DLFVBQVMsY0FBYyxLQUFLO0FBQ2xDLElBQU0sRUFBRSxNQUFNLFVBQVUsSUFBSSxTQUFTLFNBQVMsS0FBSztBQXlDbkQsSUFBTSxJQUFJO0FBQ0gsSUFBTSxTQUFTLENBQUMsU0FBNEIsYUFBYUMsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUMvRSxJQUFNLFFBQVEsWUFBWSxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxPQUFPLElBQUksQ0FBQztBQUMxRixJQUFNLFFBQVEsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsT0FBTyxJQUFJO0FBQzdFLElBQU0sU0FBUyxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDL0UsSUFBTSxTQUFTLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLFFBQVEsSUFBSTtBQUMvRSxJQUFNLFdBQVcsQ0FBQyxTQUE0QixhQUFhQSxTQUFRLEVBQUUsVUFBVSxJQUFJO0FBQ25GLElBQU0sZUFBZSxDQUFDLFNBQTRCLGFBQWFBLFNBQVEsRUFBRSxRQUFRLElBQUk7QUFDckYsSUFBTSxRQUFRLENBQUMsU0FBNEIsYUFBYUEsU0FBUSxFQUFFLE9BQU8sSUFBSTs7O0FDNUU3RSxTQUFTLGlCQUFpQixNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsY0FBYyxHQUFHLElBQUk7QUFBRztBQUMzRSxJQUFNLFVBQVUsU0FBUyxJQUFJLFFBQVEsRUFBRSxVQUFVO0FBQ2pELFNBQVMsU0FBUyxNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsTUFBTSxHQUFHLElBQUk7QUFBRztBQUMzRCxTQUFTQyxhQUFZLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxTQUFTLEdBQUcsSUFBSTtBQUFHOyIsCiAgIm5hbWVzIjogWyJfX2NvbW1vbkpTIiwgImV4cG9ydHMiLCAibW9kdWxlIiwgImFkbWluIiwgImV4cG9ydENvdXJzZSIsICJnZW5lcmF0ZSIsICJoYW5kbGVTdW1tYXJ5IiwgImhlYWx0aCIsICJsb2dpbiIsICJvcHRpb25zIiwgInBvbGxSZXNvdXJjZXMiLCAicmVhZHMiLCAic2V0dXAiLCAic3RhdHVzIiwgInRlYXJkb3duIiwgIndyaXRlcyIsICJERUZBVUxUX1RBUkdFVFMiLCAiUk9MRVMiLCAiVXNlcnNGaWxlRXJyb3IiLCAicGFyc2VVc2Vyc0NzdiIsICJ0ZXh0IiwgImZhaWwiLCAicGFyc2VQb29sU3BlYyIsICJwb29sRW1haWwiLCAidG9vU21hbGxGb3JEaXN0aW5jdCIsICJ2dUlkQm91bmQiLCAiQ29uZmlnRXJyb3IiLCAiTUFYX1JBTVBfVVBfUyIsICJNQVhfUkFNUF9ET1dOX1MiLCAicmF3IiwgIm51bWJlckluIiwgIm1pbGxpcyIsICJmcmFjdGlvbiIsICJjb25maWciLCAiZW52TnVtYmVyIiwgIkRVUkFUSU9OIiwgImFwaUVudHJ5IiwgInNlY29uZHMiLCAibWV0cmljS2V5IiwgInRvSzZUaHJlc2hvbGRzIiwgImR1cmF0aW9uU2Vjb25kcyIsICJvcGVuTW9kZWxWVXMiLCAiaXNBcnJpdmFsUmF0ZSIsICJzY2hlZHVsZWRJdGVyYXRpb25zIiwgInJhdGUiLCAiY29uc3RhbnRSYXRlIiwgImV4ZWMiLCAiU1VNTUFSWV9UUkVORF9TVEFUUyIsICJpbXBvcnRfazYiLCAiaW1wb3J0X2V4ZWN1dGlvbiIsICJpbXBvcnRfaHR0cCIsICJpbXBvcnRfbWV0cmljcyIsICJpbXBvcnRfZGF0YSIsICJTSEFSRURfQ09ORklHIiwgImd1YXJkZWRDb25maWciLCAiZGVjbGFyZU1ldHJpY3MiLCAic2VydmVyIiwgIlBPTEwiLCAiY3Vyc29yIiwgImVycm9yc1NlZW4iLCAibG9hZE1hcmtlZCIsICJtYXJrUGhhc2UiLCAiaHR0cCIsICJyZXNvdXJjZXNTY2VuYXJpbyIsICJwYXJzZSIsICJwb2xsT25jZSIsICJzYW1wbGUiLCAiZW5kTG9hZCIsICJyZXNvdXJjZUdhdGVzIiwgInJlYWRGaWxlIiwgImZpbGVQb29sIiwgImltcG9ydF9kYXRhMiIsICJtYWtlUG9vbCIsICJhY2NvdW50T2ZWdSIsICJwb29sIiwgImNsYXNzUGFzc3dvcmQiLCAiaW1wb3J0X2V4ZWN1dGlvbjIiLCAiYXNzZXJ0RGlzdGluY3QiLCAiaW1wb3J0X3NlY3JldHMiLCAiQVBJX1NDT1BFIiwgImFwaVBhdGgiLCAicm91dGVOYW1lcyIsICJ0YWdzQnlFbmRwb2ludCIsICJyZXF1ZXN0VGFncyIsICJpc0lkIiwgImlzQ291bnQiLCAiaGFzU2hhcGUiLCAiaXNKc29uIiwgInJlYWRpbmciLCAicmVhZEZpZWxkIiwgIkxhenlSZXN1bHQiLCAicGFyc2VKc29uIiwgInN0YXR1c0NhbGxiYWNrcyIsICJleHBlY3RTdGF0dXMiLCAiaW1wb3J0X2h0dHAyIiwgIm9ic2VydmVyIiwgIm91dGNvbWUiLCAiY2hlY2tTZXRzIiwgImNoZWNrc0ZvciIsICJBcGlDbGllbnQiLCAicGFyYW1zIiwgImltcG9ydF9rNjIiLCAiREFUQVNFVF9USVRMRSIsICJSVU5fVElUTEVfRklMVEVSIiwgImRhdGFzZXRUaXRsZSIsICJuZXdSdW5JZCIsICJMSVZFX1JVTl9XSU5ET1dfTVMiLCAiaXNMZWZ0b3ZlciIsICJjb3VudCIsICJpbXBvcnRfaHR0cDMiLCAiaW1wb3J0X2s2MyIsICJxdWlldExvZ2luIiwgImVuc3VyZURhdGFzZXQiLCAib3BlbiIsICJyZW1vdmVDb3Vyc2VzIiwgImltcG9ydF9leGVjdXRpb24zIiwgInVybCIsICJpbXBvcnRfaHR0cDQiLCAic2VjcmV0IiwgImltcG9ydF9rNjQiLCAic2VjcmV0UGFzc3dvcmRzIiwgInNlY3JldHMiLCAicHJlcGFyZVJ1biIsICJjbGVhblVwUnVuIiwgImVudHJ5T3B0aW9ucyIsICJlc2NhcGVYbWwiLCAiZXNjYXBlTWFya2Rvd25DZWxsIiwgIm1hcmtkb3duQ29kZSIsICJleHByZXNzaW9uIiwgInVuaXRPZiIsICJ0aHJlc2hvbGRSb3dzIiwgImVuZHBvaW50Um93cyIsICJkcm9wcGVkSXRlcmF0aW9ucyIsICJyZXF1ZXN0c1Blckl0ZXJhdGlvbiIsICJpdGVyYXRpb25zIiwgIm1ldHJpY1ZhbHVlIiwgInBlcmNlbnRpbGVDYXZlYXQiLCAiZm9ybWF0VmFsdWUiLCAiZHJvcHBlZFRleHQiLCAic2VydmVyUmVzb3VyY2VzIiwgInJlc291cmNlc1RleHQiLCAicmVzb3VyY2VzTGluZSIsICJidWlsZFJlc3VsdHMiLCAianVuaXRSZXBvcnQiLCAibWFya2Rvd25SZXBvcnQiLCAidGV4dFN1bW1hcnkiLCAibWFrZUhhbmRsZVN1bW1hcnkiLCAicmVsb2dpbnMiLCAiaW1wb3J0X21ldHJpY3MyIiwgIndpdGhTZWNyZXRzIiwgIkVYUE9SVF9GT1JNQVRTIiwgInNlZWRlZCIsICJFTkRQT0lOVF9HUk9VUFMiLCAiZ3JvdXBlZEVuZHBvaW50cyIsICJwcmVwYXJlRW5kcG9pbnRHcm91cHMiLCAiY2xpZW50cyIsICJ0dXJuIiwgInJ1bkdyb3VwU3RlcCIsICJpbXBvcnRfZXhlY3V0aW9uNCIsICJlbmRwb2ludFA5OSIsICJhYm9ydEdhdGVzIiwgImVuZHBvaW50QnVkZ2V0R2F0ZXMiLCAiZXJyb3JSYXRlIiwgImRyb3BwZWRJdGVyYXRpb25HYXRlcyIsICJhYm9ydCIsICJnIiwgImZhaWwiLCAiY29uZmlnIiwgInBvb2wiLCAiY2xhc3NQYXNzd29yZCIsICJzdGF0dXMiLCAic3RhdHVzIiwgInBvbGxSZXNvdXJjZXMiLCAiY29uZmlnIiwgImNvbmZpZyIsICJhZG1pbiIsICJjb25maWciLCAiY29uZmlnIiwgImNvbmZpZyIsICJ0ZWFyZG93biJdCn0K
