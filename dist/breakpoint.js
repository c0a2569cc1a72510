import { check, sleep } from "k6"; import k6_execution from "k6/execution"; import k6_http from "k6/http"; import { Counter, Trend } from "k6/metrics"; import { SharedArray } from "k6/data"; import k6_secrets from "k6/secrets";
const loadSide = (() => {
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// dist/breakpoint.control.cjs
var require_breakpoint_control = __commonJS({
  "dist/breakpoint.control.cjs"(exports, module) {
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
    var breakpoint_exports = {};
    __export(breakpoint_exports, {
      handleSummary: () => handleSummary2,
      mixed: () => mixed2,
      options: () => options2,
      pollResources: () => pollResources22,
      setup: () => setup2,
      teardown: () => teardown3
    });
    module.exports = __toCommonJS(breakpoint_exports);
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
      const durationS22 = seconds(1, 7 * 24 * 3600)(env, "PERFORMANCE_TEST_DURATION", 60);
      const rampUpS = seconds(0, MAX_RAMP_UP_S2)(
        env,
        "PERFORMANCE_RAMP_UP",
        Math.min(30, Math.max(1, Math.round(durationS22 / 4)))
      );
      return {
        baseUrl: url(env, "BASE_URL", "http://127.0.0.1:8000"),
        users: {
          regular: credentials(env, "REGULAR_USER", "regular@example.com", "regular-password"),
          power: credentials(env, "POWER_USER", "power@example.com", "power-password"),
          admin: credentials(env, "ADMIN_USER", "admin@example.com", "admin-password")
        },
        durationS: durationS22,
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
    var BREAKPOINT_DURATION2 = "BREAKPOINT_DURATION";
    var MAX_PHASE_S2 = 86400;
    var wholeSeconds2 = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
    var wholeNumber2 = (min, max) => ({ min, max, integer: true });
    var breakpointEntry2 = {
      suite: "all",
      length: /* @__PURE__ */ [BREAKPOINT_DURATION2, "or less when it breaks"].join(", "),
      fit: (seconds2) => ({ [BREAKPOINT_DURATION2]: String(Math.min(MAX_PHASE_S2, Math.max(1, seconds2))) }),
      scaling: "requests_per_s",
      settings: (env) => {
        const startRate22 = envNumber2(env, "BREAKPOINT_START_RATE", 5, wholeNumber2(1, 1e5));
        const maxRate22 = envNumber2(env, "BREAKPOINT_MAX_RATE", 2e3, wholeNumber2(1, 1e5));
        const durationS22 = envNumber2(env, BREAKPOINT_DURATION2, 120, wholeSeconds2(1, MAX_PHASE_S2));
        const windowSize22 = envNumber2(env, "BREAKPOINT_WINDOW", 20, wholeNumber2(1, 1e4));
        if (maxRate22 < startRate22)
          throw new Error(`BREAKPOINT_MAX_RATE=${maxRate22} is below BREAKPOINT_START_RATE=${startRate22}: the rate must rise`);
        return { startRate: startRate22, maxRate: maxRate22, durationS: durationS22, windowSize: windowSize22 };
      }
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
      const percentile22 = pattern().percentile.exec(rule.stat);
      if (rule.stat.startsWith("p(") && (!percentile22 || Number(percentile22[1]) > 100)) {
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
    var isArrivalRate2 = (scenario) => scenario.executor === "constant-arrival-rate" || scenario.executor === "ramping-arrival-rate";
    function scheduledIterations2(scenario) {
      const s = scenario;
      const perUnit = durationSeconds2(s.timeUnit ?? "1s");
      if (s.executor === "constant-arrival-rate") return (s.rate ?? 0) * durationSeconds2(s.duration ?? "0s") / perUnit;
      if (s.executor !== "ramping-arrival-rate") throw new Error(`${s.executor} is not an arrival-rate executor`);
      let rate = s.startRate ?? 0;
      let total = 0;
      for (const stage of s.stages ?? []) {
        total += (rate + stage.target) / 2 * durationSeconds2(stage.duration);
        rate = stage.target;
      }
      return total / perUnit;
    }
    var SUMMARY_TREND_STATS2 = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
    function risingRate2(exec5, startRate22, maxRate22, durationS22, maxVUs) {
      return {
        executor: "ramping-arrival-rate",
        exec: exec5,
        startRate: startRate22,
        timeUnit: "1s",
        preAllocatedVUs: Math.min(maxVUs, Math.max(2, Math.ceil(startRate22))),
        maxVUs,
        stages: [{ duration: `${durationS22}s`, target: maxRate22 }]
      };
    }
    var import_k67 = __toESM(require_k6(), 1);
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
    function resourcesScenario2(durationS22, startTime) {
      return {
        executor: "constant-vus",
        exec: "pollResources",
        vus: 1,
        duration: `${Math.max(1, Math.ceil(durationS22))}s`,
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
        (0, import_k67.sleep)(Math.max(0, 1 - (Date.now() - started) / 1e3));
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
    function observeRequests2(next) {
      observer2 = next;
    }
    var outcome2 = { statusOk: false, shapeOk: false };
    var statusIsExpected2 = (o) => o.statusOk;
    var shapeIsExpected2 = (o) => !o.statusOk || o.shapeOk;
    var checkSets2 = {};
    function checksFor2(endpoint, expected, withShape) {
      let set = checkSets2[endpoint];
      if (!set) {
        const checks = { [`${endpoint}: status is ${expected}`]: statusIsExpected2 };
        if (withShape) checks[`${endpoint}: body has the expected shape`] = shapeIsExpected2;
        set = { checks, tags: { endpoint } };
        checkSets2[endpoint] = set;
      }
      return set;
    }
    function withParam2(search, key, value) {
      return value === void 0 ? search : `${search}${search ? "&" : "?"}${key}=${encodeURIComponent(String(value))}`;
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
        let search = withParam2("", "limit", query.limit);
        search = withParam2(search, "offset", query.offset);
        search = withParam2(search, "q", query.q);
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
    function classPassword(config32, secret, role) {
      return secret[role] ?? config32.users[role].password;
    }
    function login(config32, secret, role) {
      if (pool2.sizes[role] === 0) abort(`${pool2.source} has no ${role} account, and this entry needs one.`);
      const { email, password } = pool2.account(role, 0, classPassword(config32, secret, role));
      const result = quietLogin2(config32, email, password);
      if (!result.token) {
        const envPrefix = `${role.toUpperCase()}_USER`;
        const where = config32.usersFile ? `its line in ${config32.usersFile}` : config32.demoUsers ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)` : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
        abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
      }
      return result.token;
    }
    function seedCourses(client22, runId, config32) {
      const jobs = [];
      const courseIds = [];
      for (let n = 0; n < SEED_COURSES; n++) {
        const created = client22.createCourse({
          title: `perf-seed ${runId} ${n}`,
          topic: "load testing",
          level: "beginner",
          chapter_count: 2
        });
        if (!created.body) abort(`setup could not create a seed course (status ${created.status}).`);
        const started = client22.generate(created.body.id);
        if (!started.body) abort(`setup could not start generating a seed course (status ${started.status}).`);
        courseIds.push(created.body.id);
        jobs.push(started.body.job_id);
      }
      const deadline = Date.now() + config32.generationTimeoutS * 1e3;
      for (const jobId of jobs) {
        for (; ; ) {
          const job = client22.getJob(jobId).body;
          if (job?.status === "completed") break;
          if (job?.status === "failed") abort(`a seed course's generation failed: ${job.error ?? "no reason given"}.`);
          if (Date.now() > deadline)
            abort(`seed courses were not generated within GENERATION_TIMEOUT=${config32.generationTimeoutS}s.`);
          (0, import_k642.sleep)(0.5);
        }
      }
      return courseIds;
    }
    async function secretPasswords() {
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
    function datasetOwners(config32, secret) {
      const vuIds = vuIdBound2(import_execution32.default.test.options.scenarios ?? {});
      const owners = [];
      for (const role of ["regular", "power"]) {
        for (let i = 0; i < Math.min(pool2.sizes[role], vuIds); i++)
          owners.push({ role, ...pool2.account(role, i, classPassword(config32, secret, role)) });
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
      const secret = await secretPasswords();
      const anonymous = new ApiClient2(config32.baseUrl, config32.apiTimeoutS);
      const tokens = {};
      for (const role of ROLES2) tokens[role] = login(config32, secret, role);
      const runId = newRunId2();
      const swept = removeCourses2(config32, tokens.admin, RUN_TITLE_FILTER2, (title) => isLeftover2(title, runId, false));
      if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
      if (options22.dataset) {
        try {
          prepareDataset(config32, datasetOwners(config32, secret));
        } catch (error) {
          abort(error instanceof Error ? error.message : String(error));
        }
      }
      const seededCourseIds = options22.seed ? seedCourses(anonymous.as(tokens.regular), runId, config32) : [];
      return { runId, tokens, seededCourseIds, secretsFound: Object.keys(secret).length > 0 };
    }
    async function cleanUpRun2(config32, data) {
      if (!data?.runId || pool2.sizes.admin === 0) return;
      const secret = await secretPasswords();
      const { email, password } = pool2.account("admin", 0, secret.admin ?? config32.users.admin.password);
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
    var import_execution42 = __toESM(require_execution(), 1);
    var import_metrics22 = __toESM(require_metrics(), 1);
    function percentile2(values, p) {
      if (values.length === 0) throw new Error("percentile of an empty list");
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
    }
    function windowWithinBudget2(window, size, p95BudgetMs) {
      return window.length >= size && window.every((w) => w.ok) && percentile2(
        window.map((w) => w.ms),
        95
      ) < p95BudgetMs;
    }
    function linearRate2(startRate22, maxRate22, durationS22, elapsedS) {
      const share = Math.min(1, Math.max(0, elapsedS / durationS22));
      return startRate22 + (maxRate22 - startRate22) * share;
    }
    function achievedRate2(from, to) {
      const seconds2 = (to.atMs - from.atMs) / 1e3;
      return seconds2 > 0 ? (to.iteration - from.iteration) / seconds2 : void 0;
    }
    function trackSustainedRate2(options22) {
      const sustained = new import_metrics22.Trend(options22.metricName);
      const window = [];
      const marks = [];
      observeRequests2((_endpoint, ms, ok) => {
        window.push({ ms, ok });
        if (window.length > options22.windowSize) window.shift();
      });
      const { startRate: startRate22, maxRate: maxRate22, durationS: durationS22 } = options22.ramp;
      return () => {
        const now = { atMs: Date.now(), iteration: import_execution42.default.scenario.iterationInTest };
        marks.push(now);
        if (marks.length > options22.windowSize) marks.shift();
        if (!windowWithinBudget2(window, options22.windowSize, options22.p95BudgetMs)) return;
        const achieved = achievedRate2(marks[0], now);
        if (achieved === void 0) return;
        const scheduled = linearRate2(startRate22, maxRate22, durationS22, (now.atMs - import_execution42.default.scenario.startTime) / 1e3);
        sustained.add(Math.min(scheduled, achieved));
      };
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
    var import_k652 = __toESM(require_k6(), 1);
    function pickWeighted2(tasks, random = Math.random()) {
      let total = 0;
      for (let i = 0; i < tasks.length; i++) total += tasks[i].weight;
      let point = random * total;
      for (let i = 0; i < tasks.length; i++) {
        point -= tasks[i].weight;
        if (point < 0) return tasks[i].task;
      }
      return tasks[tasks.length - 1].task;
    }
    var seeded2 = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
    var MIX2 = [
      { weight: 4, task: (api2) => api2.listCourses({ limit: 20 }) },
      { weight: 3, task: (api2, data) => api2.getCourse(seeded2(data)) },
      { weight: 2, task: (api2, data) => api2.getChapter(seeded2(data), 1) },
      { weight: 1, task: (api2) => api2.health() }
    ];
    function readMixRequest2(api2, data) {
      pickWeighted2(MIX2)(api2, data);
    }
    var api = { scope: API_SCOPE2 };
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
    function breakpointGates2(targets, sustainedMetric, delayAbortEval = "5s") {
      return [
        {
          metric: "http_req_duration",
          tags: api,
          rules: [{ stat: "p(95)", op: "<", value: targets.apiP95Ms, abortOnFail: true, delayAbortEval }]
        },
        {
          metric: "http_req_failed",
          tags: api,
          rules: [{ stat: "rate", op: "<", value: targets.errorRate, abortOnFail: true, delayAbortEval }]
        },
        { metric: sustainedMetric, rules: [{ stat: "max", op: ">=", value: 0 }] }
      ];
    }
    var config22 = guardedConfig2("breakpoint");
    var { startRate: startRate2, maxRate: maxRate2, durationS: durationS2, windowSize: windowSize2 } = breakpointEntry2.settings(__ENV);
    var recordSustained2 = trackSustainedRate2({
      metricName: "breakpoint_sustained_rate",
      windowSize: windowSize2,
      p95BudgetMs: config22.targets.apiP95Ms,
      ramp: { startRate: startRate2, maxRate: maxRate2, durationS: durationS2 }
    });
    var options2 = /* @__PURE__ */ entryOptions2(config22, () => {
      const scenarios = {
        rising: risingRate2(
          "mixed",
          startRate2,
          maxRate2,
          durationS2,
          Math.max(50, Math.ceil(maxRate2 * config22.targets.apiP95Ms / 1e3))
        )
      };
      return {
        roles: [],
        // classes whose VUs log in as their own pool account
        wallTimeS: durationS2,
        scenarios,
        gates: [
          ...breakpointGates2(config22.targets, "breakpoint_sustained_rate"),
          ...droppedIterationGates2(scenarios, config22.targets.droppedShare, { delayAbortEval: "5s" })
        ]
      };
    });
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({
      scenario: "breakpoint",
      requestsPerIteration: { rising: 1 }
    });
    function setup2() {
      return prepareRun2(config22, { seed: true });
    }
    var client2;
    function mixed2(data) {
      client2 ??= new ApiClient2(config22.baseUrl, config22.apiTimeoutS, data.tokens.regular);
      readMixRequest2(client2, data);
      recordSustained2();
    }
  }
});

// glue:glue:breakpoint
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_breakpoint_control();
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
var BREAKPOINT_DURATION = "BREAKPOINT_DURATION";
var MAX_PHASE_S = 86400;
var wholeSeconds = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
var wholeNumber = (min, max) => ({ min, max, integer: true });
var breakpointEntry = {
  suite: "all",
  length: /* @__PURE__ */ [BREAKPOINT_DURATION, "or less when it breaks"].join(", "),
  fit: (seconds) => ({ [BREAKPOINT_DURATION]: String(Math.min(MAX_PHASE_S, Math.max(1, seconds))) }),
  scaling: "requests_per_s",
  settings: (env) => {
    const startRate2 = envNumber(env, "BREAKPOINT_START_RATE", 5, wholeNumber(1, 1e5));
    const maxRate2 = envNumber(env, "BREAKPOINT_MAX_RATE", 2e3, wholeNumber(1, 1e5));
    const durationS2 = envNumber(env, BREAKPOINT_DURATION, 120, wholeSeconds(1, MAX_PHASE_S));
    const windowSize2 = envNumber(env, "BREAKPOINT_WINDOW", 20, wholeNumber(1, 1e4));
    if (maxRate2 < startRate2)
      throw new Error(`BREAKPOINT_MAX_RATE=${maxRate2} is below BREAKPOINT_START_RATE=${startRate2}: the rate must rise`);
    return { startRate: startRate2, maxRate: maxRate2, durationS: durationS2, windowSize: windowSize2 };
  }
};

// k6-once:k6


// k6-once:k6/execution

var execution_default = k6_execution;

// k6-once:k6/http

var http_default = k6_http;

// k6-once:k6/metrics


// k6-once:k6/data


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
var pool = makePool(config);

// k6-once:k6/secrets


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
function observeRequests(next) {
  observer = next;
}
var outcome = { statusOk: false, shapeOk: false };
var statusIsExpected = (o) => o.statusOk;
var shapeIsExpected = (o) => !o.statusOk || o.shapeOk;
var checkSets = {};
function checksFor(endpoint, expected, withShape) {
  let set = checkSets[endpoint];
  if (!set) {
    const checks = { [`${endpoint}: status is ${expected}`]: statusIsExpected };
    if (withShape) checks[`${endpoint}: body has the expected shape`] = shapeIsExpected;
    set = { checks, tags: { endpoint } };
    checkSets[endpoint] = set;
  }
  return set;
}
function withParam(search, key, value) {
  return value === void 0 ? search : `${search}${search ? "&" : "?"}${key}=${encodeURIComponent(String(value))}`;
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
    let search = withParam("", "limit", query.limit);
    search = withParam(search, "offset", query.offset);
    search = withParam(search, "q", query.q);
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

// lib/config/entry.ts
function pollResources2() {
  if (config.sidecarUrl) pollResources(config.sidecarUrl);
}

// lib/load/phase-math.ts
function percentile(values, p) {
  if (values.length === 0) throw new Error("percentile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
}
function windowWithinBudget(window, size, p95BudgetMs) {
  return window.length >= size && window.every((w) => w.ok) && percentile(
    window.map((w) => w.ms),
    95
  ) < p95BudgetMs;
}
function linearRate(startRate2, maxRate2, durationS2, elapsedS) {
  const share = Math.min(1, Math.max(0, elapsedS / durationS2));
  return startRate2 + (maxRate2 - startRate2) * share;
}
function achievedRate(from, to) {
  const seconds = (to.atMs - from.atMs) / 1e3;
  return seconds > 0 ? (to.iteration - from.iteration) / seconds : void 0;
}

// lib/load/sustained-rate.ts
function trackSustainedRate(options2) {
  const sustained = new Trend(options2.metricName);
  const window = [];
  const marks = [];
  observeRequests((_endpoint, ms, ok) => {
    window.push({ ms, ok });
    if (window.length > options2.windowSize) window.shift();
  });
  const { startRate: startRate2, maxRate: maxRate2, durationS: durationS2 } = options2.ramp;
  return () => {
    const now = { atMs: Date.now(), iteration: execution_default.scenario.iterationInTest };
    marks.push(now);
    if (marks.length > options2.windowSize) marks.shift();
    if (!windowWithinBudget(window, options2.windowSize, options2.p95BudgetMs)) return;
    const achieved = achievedRate(marks[0], now);
    if (achieved === void 0) return;
    const scheduled = linearRate(startRate2, maxRate2, durationS2, (now.atMs - execution_default.scenario.startTime) / 1e3);
    sustained.add(Math.min(scheduled, achieved));
  };
}

// lib/workflows/pacing.ts
function pickWeighted(tasks, random = Math.random()) {
  let total = 0;
  for (let i = 0; i < tasks.length; i++) total += tasks[i].weight;
  let point = random * total;
  for (let i = 0; i < tasks.length; i++) {
    point -= tasks[i].weight;
    if (point < 0) return tasks[i].task;
  }
  return tasks[tasks.length - 1].task;
}

// lib/workflows/read-mix.ts
var seeded = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
var MIX = [
  { weight: 4, task: (api) => api.listCourses({ limit: 20 }) },
  { weight: 3, task: (api, data) => api.getCourse(seeded(data)) },
  { weight: 2, task: (api, data) => api.getChapter(seeded(data), 1) },
  { weight: 1, task: (api) => api.health() }
];
function readMixRequest(api, data) {
  pickWeighted(MIX)(api, data);
}

// scenarios/breakpoint.ts
var config2 = guardedConfig("breakpoint");
var { startRate, maxRate, durationS, windowSize } = breakpointEntry.settings(__ENV);
var recordSustained = trackSustainedRate({
  metricName: "breakpoint_sustained_rate",
  windowSize,
  p95BudgetMs: config2.targets.apiP95Ms,
  ramp: { startRate, maxRate, durationS }
});
var client;
function mixed(data) {
  client ??= new ApiClient(config2.baseUrl, config2.apiTimeoutS, data.tokens.regular);
  readMixRequest(client, data);
  recordSustained();
}

// entry:entry:breakpoint
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
return { handleSummary: handleSummary, mixed: mixed, options: options, pollResources: pollResources2, setup: setup, teardown: teardown2 };
})();
export const handleSummary = loadSide.handleSummary;
export const mixed = loadSide.mixed;
export const options = loadSide.options;
export const pollResources = loadSide.pollResources;
export const setup = loadSide.setup;
export const teardown = loadSide.teardown;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIms2LXRhYmxlOms2IiwiazYtdGFibGU6azYvZXhlY3V0aW9uIiwiazYtdGFibGU6azYvaHR0cCIsIms2LXRhYmxlOms2L21ldHJpY3MiLCJrNi10YWJsZTprNi9kYXRhIiwiazYtdGFibGU6azYvc2VjcmV0cyIsIi4uL3NjZW5hcmlvcy9icmVha3BvaW50LnRzIiwiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsIi4uL2xpYi9sb2FkL2R1cmF0aW9uLnRzIiwiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsIi4uL2xpYi9jb25maWcvZW52LnRzIiwiLi4vbGliL2NvbmZpZy9zaGFyZWQtY29uZmlnLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCIuLi9saWIvaHR0cC9hcGkudHMiLCIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsIi4uL2xpYi9sb2FkL3N1c3RhaW5lZC1yYXRlLnRzIiwiLi4vbGliL2xvYWQvcGhhc2UtbWF0aC50cyIsIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcmVhZC1taXgudHMiLCIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwiZ2x1ZTpnbHVlOmJyZWFrcG9pbnQiLCIuLi90aHJlc2hvbGRzL3RhcmdldHMudHMiLCIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCIuLi9saWIvY29uZmlnL2VudHJpZXMudHMiLCJrNi1vbmNlOms2IiwiazYtb25jZTprNi9leGVjdXRpb24iLCJrNi1vbmNlOms2L2h0dHAiLCJrNi1vbmNlOms2L21ldHJpY3MiLCJrNi1vbmNlOms2L2RhdGEiLCIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCIuLi9saWIvY29uZmlnL2Vudi1sb2FkLXNpZGUudHMiLCIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCIuLi9saWIvdXNlcnMvcG9vbC50cyIsIms2LW9uY2U6azYvc2VjcmV0cyIsIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsIi4uL2xpYi9odHRwL2FwaS50cyIsIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsIi4uL2xpYi9sb2FkL3BoYXNlLW1hdGgudHMiLCIuLi9saWIvbG9hZC9zdXN0YWluZWQtcmF0ZS50cyIsIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwiLi4vbGliL3dvcmtmbG93cy9yZWFkLW1peC50cyIsIi4uL3NjZW5hcmlvcy9icmVha3BvaW50LnRzIiwiZW50cnk6ZW50cnk6YnJlYWtwb2ludCJdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLFFBQUEsYUFBQUEsWUFBQTtNQUFBLGNBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLElBQUk7QUFDNURBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsb0JBQUFGLFlBQUE7TUFBQSx3QkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsY0FBYztBQUN0RUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxxQkFBQSxDQUFBO0FBQUEsYUFBQSxvQkFBQTtNQUFBLGVBQUEsTUFBQUM7TUFBQSxPQUFBLE1BQUFDO01BQUEsU0FBQSxNQUFBQztNQUFBLGVBQUEsTUFBQUM7TUFBQSxPQUFBLE1BQUFDO01BQUEsVUFBQSxNQUFBQztJQUFBLENBQUE7QUFBQSxXQUFBLFVBQUEsYUFBQSxrQkFBQTtBQ2lDTyxRQUFNQyxtQkFBcUMsT0FBTyxPQUFPO01BQzlELFVBQVU7TUFDVixVQUFVO01BQ1YsYUFBYTtNQUNiLGFBQWE7TUFDYixZQUFZO01BQ1osY0FBYztNQUNkLGFBQWE7TUFDYixXQUFXO01BQ1gsY0FBYztNQUNkLFVBQVU7TUFDVixZQUFZO01BQ1osc0JBQXNCO0lBQ3hCLENBQUM7QUNyQ00sUUFBTUMsU0FBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxRQUFNQyxrQkFBTixjQUE2QixNQUFNO01BQy9CLE9BQU87SUFDbEI7QUFNTyxhQUFTQyxlQUFjQyxPQUFjLE1BQXdCO0FBQ2xFLFlBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxZQUFNQyxTQUFPLENBQUMsTUFBYyxZQUEyQjtBQUNyRCxjQUFNLElBQUlILGdCQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtNQUNyRjtBQUNBLFVBQUk7QUFDSixVQUFJLFFBQVE7QUFDWixZQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixZQUFNLE9BQU9FLE1BQUssV0FBVyxDQUFDLE1BQU0sUUFBU0EsTUFBSyxNQUFNLENBQUMsSUFBSUE7QUFDN0QsWUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPO0FBQ2hDLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsY0FBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixZQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFFeEIsY0FBTSxTQUFtQixDQUFDO0FBQzFCLFlBQUksUUFBUTtBQUNaLFlBQUksU0FBUztBQUNiLFlBQUksWUFBWTtBQUNoQixpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxnQkFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixjQUFJLFFBQVE7QUFDVixnQkFBSSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQ3BDLHVCQUFTO0FBQ1Q7WUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO2dCQUMxQixVQUFTO1VBQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLG1CQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLG9CQUFRO0FBQ1Isd0JBQVk7VUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLHFCQUFTLFlBQVk7QUFDckIsb0JBQVE7VUFDVixNQUFPLFVBQVM7UUFDbEI7QUFDQSxZQUFJLE9BQVFDLENBQUFBLE9BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFlBQUksQ0FBQyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLGdCQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxjQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNEQSxZQUFBQSxPQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7VUFDaEg7QUFDQSxvQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGtCQUFRLE9BQU87QUFDZjtRQUNGO0FBQ0EsWUFBSSxPQUFPLFdBQVcsTUFBT0EsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxjQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxjQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxjQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsWUFBSSxVQUFVLEdBQUlBLENBQUFBLE9BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsWUFBSSxhQUFhLEdBQUlBLENBQUFBLE9BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsWUFBSSxDQUFFSixPQUE0QixTQUFTLElBQUk7QUFDN0NJLFVBQUFBLE9BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsWUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBR0EsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxhQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsaUJBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUNqRDtBQUNBLFVBQUksQ0FBQyxRQUFTQSxDQUFBQSxPQUFLLEdBQUcscUZBQXFGO0FBQzNHLGFBQU87SUFDVDtBQUdPLGFBQVNDLGVBQWMsTUFBYyxNQUF5QjtBQUNuRSxZQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsWUFBTSxXQUFXO0FBQ2pCLGlCQUFXLFFBQVEsS0FDaEIsTUFBTSxHQUFHLEVBQ1QsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFLEdBQUc7QUFDMUIsY0FBTSxRQUFRLG9DQUFvQyxLQUFLLElBQUk7QUFDM0QsWUFBSSxDQUFDO0FBQ0gsZ0JBQU0sSUFBSUosZ0JBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxNQUFNLElBQUksbUJBQW1CLFFBQVEsRUFBRTtBQUN6RyxjQUFNLE1BQU0sQ0FBQyxDQUFTLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztNQUMzQztBQUNBLFVBQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsY0FBTSxJQUFJQSxnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQzFGLGFBQU87SUFDVDtBQUdPLGFBQVNLLFdBQVUsTUFBWSxHQUFtQjtBQUN2RCxhQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDOUM7QUFHTyxhQUFTQyxxQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csaUJBQVcsUUFBUVAsUUFBTztBQUN4QixZQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsaUJBQ0UsR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztRQUc5RztNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT08sYUFBU1EsV0FBVSxXQUE0RDtBQUNwRixVQUFJLFFBQVE7QUFDWixpQkFBVyxLQUFLLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDeEMsY0FBTSxTQUFVLEVBQUUsVUFBK0MsQ0FBQztBQUNsRSxjQUFNLE9BQU8sS0FBSyxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxNQUFNLENBQUM7QUFDckYsWUFBSSxFQUFFLGFBQWEsY0FBZSxVQUFTO2lCQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtpQkFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtZQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7TUFDakM7QUFDQSxhQUFPO0lBQ1Q7QUMxRk8sUUFBTUMsZUFBTixjQUEwQixNQUFNO01BQzVCLE9BQU87SUFDbEI7QUFHTyxRQUFNQyxpQkFBZ0IsS0FBSztBQUMzQixRQUFNQyxtQkFBa0I7QUFJL0IsYUFBU0MsS0FBSSxLQUFVLE1BQWtDO0FBQ3ZELFlBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsYUFBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7SUFDdEQ7QUFFQSxhQUFTUixNQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxZQUFNLElBQUlLLGFBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtJQUN4RjtBQUVBLGFBQVNJLFVBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsYUFBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLGNBQU0sUUFBUUQsS0FBSSxLQUFLLElBQUk7QUFDM0IsWUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxjQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsWUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxDQUFBUixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLGNBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsWUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCUyxVQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxRQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCQSxVQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixRQUFNQyxVQUFTRCxVQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxRQUFNRSxZQUFXRixVQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxRQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxDQUFBVCxNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsYUFBTztJQUNUO0FBRUEsYUFBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsWUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsVUFBSSxDQUFDLE1BQU8sQ0FBQVIsTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLGFBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtJQUNqQztBQUVBLGFBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxDQUFDO0FBQ3hELFlBQU0sV0FBVztBQUNqQixVQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsQ0FBQVIsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixZQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxVQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxhQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07SUFDakM7QUFFQSxhQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQ2pELFlBQU0sUUFBUSx5Q0FBeUMsS0FBSyxLQUFLO0FBQ2pFLFlBQU0sV0FBVztBQUNqQixVQUFJLENBQUMsTUFBTyxDQUFBUixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RDLFlBQU0sTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNCLFlBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFZLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRCxVQUFJLE1BQU0sT0FBTyxNQUFNLEdBQUksQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNyRCxhQUFPLEVBQUUsS0FBSyxJQUFJO0lBQ3BCO0FBRUEsYUFBUyxLQUFLLEtBQVUsTUFBdUI7QUFDN0MsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLFVBQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLGFBQU9SLE1BQUssTUFBTSxPQUFPLGVBQWU7SUFDMUM7QUFFQSxhQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPLENBQUM7QUFDakQsWUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsWUFBWSxDQUFDO0FBQ3RFLFVBQUksTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLG1DQUFtQyxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3hFLFFBQUFSLE1BQUssTUFBTSxPQUFPLHNGQUFzRjtNQUMxRztBQUNBLGFBQU87SUFDVDtBQUVBLGFBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxhQUFPO1FBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtRQUNqRCxVQUFVLEtBQUssS0FBSyxHQUFHLE1BQU0sYUFBYSxnQkFBZ0I7TUFDNUQ7SUFDRjtBQUVBLGFBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU87QUFDaEQsVUFBSTtBQUNGLGVBQU9QLGVBQWMsT0FBTyxJQUFJO01BQ2xDLFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSUksYUFBWSxpQkFBaUJSLGtCQUFpQixNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7TUFDdkY7SUFDRjtBQUVBLGFBQVMsUUFBUSxLQUE2QjtBQUM1QyxZQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFlBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixVQUFJLFlBQVk7QUFDZCxRQUFBRyxNQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQzdHLGFBQU87UUFDTDtRQUNBO1FBQ0EsUUFBUSxLQUFLLEtBQUssNEJBQTRCO1FBQzlDLGdCQUFnQixLQUFLLEtBQUssc0NBQXNDO01BQ2xFO0lBQ0Y7QUFHTyxhQUFTLFlBQVksS0FBa0I7QUFDNUMsWUFBTSxJQUFJTDtBQUNWLFlBQU1pQixjQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsWUFBTSxVQUFVLFFBQVEsR0FBR04sY0FBYTtRQUN0QztRQUNBO1FBQ0EsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNTSxjQUFZLENBQUMsQ0FBQyxDQUFDO01BQ3JEO0FBQ0EsYUFBTztRQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO1FBQ3JELE9BQU87VUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtVQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7VUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1FBQzdFO1FBQ0EsV0FBQUE7UUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO1FBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO1FBQ2hFO1FBQ0EsV0FBVyxRQUFRLEdBQUdMLGdCQUFlLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO1FBQzFGLFNBQVMsUUFBUSxLQUFLLDBCQUEwQjtRQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7UUFDbkQsZUFBZUUsVUFBUyxLQUFLLElBQUksc0JBQXNCLEtBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDO1FBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztRQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO1FBQzdELFlBQVksSUFBSSxLQUFLLGVBQWUsTUFBUztRQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7UUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO1FBQ3ZELFNBQVM7VUFDUCxVQUFVQyxRQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtVQUN4RCxVQUFVQSxRQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtVQUN4RCxhQUFhQSxRQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztVQUNqRSxhQUFhQSxRQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztVQUNqRSxZQUFZQSxRQUFPLEtBQUssMEJBQTBCLEVBQUUsVUFBVTtVQUM5RCxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO1VBQzdGLGFBQWFDLFVBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO1VBQ2xFLFdBQVdBLFVBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO1VBQzVELGNBQWNGO1lBQ1o7WUFDQTtZQUNBO1lBQ0E7VUFDRixFQUFFLEtBQUssMkJBQTJCLEVBQUUsWUFBWTtVQUNoRCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO1VBQ3pFLFlBQVlBLFVBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO1VBQzlGLHNCQUFzQkE7WUFDcEI7WUFDQTtZQUNBO1lBQ0E7VUFDRixFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO1FBQ3JFO1FBQ0EsV0FBV0QsS0FBSSxLQUFLLHdCQUF3QixLQUFLO1FBQ2pELFdBQVcsU0FBUyxLQUFLLFlBQVk7UUFDckMsZUFBZSxLQUFLLEtBQUssNEJBQTRCO1FBQ3JELFNBQVMsUUFBUSxHQUFHO01BQ3RCO0lBQ0Y7QUFHQSxhQUFTLE9BQU8sU0FBeUI7QUFDdkMsWUFBTSxRQUFRLG1DQUFtQyxLQUFLLE9BQU87QUFDN0QsY0FBUSxRQUFRLENBQUMsS0FBSyxJQUFJLFlBQVk7SUFDeEM7QUFFQSxhQUFTLFdBQVcsTUFBdUI7QUFDekMsYUFBTyxTQUFTLGVBQWUsU0FBUyxXQUFXLFNBQVMsU0FBUyxtQ0FBbUMsS0FBSyxJQUFJO0lBQ25IO0FBTU8sYUFBUyxvQkFBb0JLLFVBQWdCLE9BQXFCO0FBQ3ZFLFlBQU0sT0FBTyxPQUFPQSxTQUFPLE9BQU87QUFDbEMsVUFBSSxXQUFXLElBQUksS0FBS0EsU0FBTyxhQUFhLFNBQVMsSUFBSSxFQUFHO0FBQzVELFlBQU0sSUFBSVI7UUFDUixvQkFBb0IsS0FBSyxhQUFhUSxTQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7TUFDaEY7SUFDRjtBQU1PLGFBQVNDLFdBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFlBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxhQUFPTCxVQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0lBQ3pGO0FDN09BLFFBQU1NLHVCQUFzQjtBQUs1QixRQUFNQyxlQUFjO0FBSXBCLFFBQU1DLGdCQUFlLENBQUMsS0FBYSxTQUFpQixFQUFFLEtBQUssS0FBSyxTQUFTLE1BQU0sTUFBTSw0QkFBNEI7QUFDakgsUUFBTUMsZUFBYyxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxLQUFLO0FBbUh0RSxRQUFNQyxtQkFBa0I7TUFDN0IsT0FBTztNQUNQLFFBQXdCLGlCQUFDSixzQkFBcUIsd0JBQXdCLEVBQUUsS0FBSyxJQUFJO01BQ2pGLEtBQUssQ0FBQ0ssY0FBYSxFQUFFLENBQUNMLG9CQUFtQixHQUFHLE9BQU8sS0FBSyxJQUFJQyxjQUFhLEtBQUssSUFBSSxHQUFHSSxRQUFPLENBQUMsQ0FBQyxFQUFFO01BQ2hHLFNBQVM7TUFDVCxVQUFVLENBQUMsUUFBUTtBQUNqQixjQUFNQyxjQUFZUCxXQUFVLEtBQUsseUJBQXlCLEdBQUdJLGFBQVksR0FBRyxHQUFPLENBQUM7QUFDcEYsY0FBTUksWUFBVVIsV0FBVSxLQUFLLHVCQUF1QixLQUFNSSxhQUFZLEdBQUcsR0FBTyxDQUFDO0FBQ25GLGNBQU1OLGNBQVlFLFdBQVUsS0FBS0Msc0JBQXFCLEtBQUtFLGNBQWEsR0FBR0QsWUFBVyxDQUFDO0FBQ3ZGLGNBQU1PLGVBQWFULFdBQVUsS0FBSyxxQkFBcUIsSUFBSUksYUFBWSxHQUFHLEdBQU0sQ0FBQztBQUNqRixZQUFJSSxZQUFVRDtBQUNaLGdCQUFNLElBQUksTUFBTSx1QkFBdUJDLFNBQU8sbUNBQW1DRCxXQUFTLHNCQUFzQjtBQUNsSCxlQUFPLEVBQUUsV0FBQUEsYUFBVyxTQUFBQyxXQUFTLFdBQUFWLGFBQVcsWUFBQVcsYUFBVztNQUNyRDtJQUNGO0FDeklBLFFBQUk7QUFDSixRQUFNLFVBQVUsTUFDYixhQUFhO01BQ1osWUFBWTtNQUNaLFNBQVM7TUFDVCxZQUFZO0lBQ2Q7QUFHSyxhQUFTQyxXQUFVLFFBQWdCLE1BQXVDO0FBQy9FLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsWUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxVQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFlBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLGdCQUFNLElBQUk7WUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtVQUMxQztRQUNGO01BQ0Y7QUFDQSxhQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7SUFDaEY7QUFHTyxhQUFTLFdBQVcsTUFBbUQ7QUFDNUUsWUFBTUMsZUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxVQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDQSxnQkFBYyxPQUFPQSxhQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsY0FBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7TUFDbEY7QUFDQSxVQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSztBQUM3QixjQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEcsYUFBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztJQUM1QztBQUVBLGFBQVMsS0FBSyxNQUF5QjtBQUNyQyxZQUFNMUIsUUFBTyxXQUFXLElBQUk7QUFDNUIsVUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixhQUFPO1FBQ0wsV0FBV0E7UUFDWCxhQUFhO1FBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO01BQ3ZFO0lBQ0Y7QUFHTyxhQUFTMkIsZ0JBQWUsT0FBNkI7QUFDMUQsWUFBTSxNQUFvQixDQUFDO0FBQzNCLGlCQUFXLFFBQVEsT0FBTztBQUN4QixjQUFNLE1BQU1GLFdBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxZQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO01BQzFEO0FBQ0EsYUFBTztJQUNUO0FDbkZPLGFBQVNHLGlCQUFnQjVCLE9BQXNCO0FBQ3BELFVBQUksUUFBUTtBQUNaLFVBQUksVUFBVTtBQUNkLGlCQUFXLENBQUMsT0FBTyxPQUFPLElBQUksS0FBS0EsTUFBSyxTQUFTLDRCQUE0QixHQUFHO0FBQzlFLGlCQUFTLE9BQU8sS0FBSyxJQUFJLEVBQUUsR0FBRyxNQUFNLEdBQUcsSUFBSSxHQUFHLEdBQUcsSUFBSSxLQUFNLEVBQUUsSUFBOEI7QUFDM0YsbUJBQVc7TUFDYjtBQUNBLFVBQUksWUFBWUEsU0FBUUEsVUFBUyxHQUFJLE9BQU0sSUFBSSxNQUFNLG1CQUFtQixLQUFLLFVBQVVBLEtBQUksQ0FBQyxFQUFFO0FBQzlGLGFBQU87SUFDVDtBQ2lDTyxRQUFNNkIsaUJBQWdCLENBQUMsYUFDNUIsU0FBUyxhQUFhLDJCQUEyQixTQUFTLGFBQWE7QUFHbEUsYUFBU0MscUJBQW9CLFVBQTRCO0FBQzlELFlBQU0sSUFBSTtBQU9WLFlBQU0sVUFBVUYsaUJBQWdCLEVBQUUsWUFBWSxJQUFJO0FBQ2xELFVBQUksRUFBRSxhQUFhLHdCQUF5QixTQUFTLEVBQUUsUUFBUSxLQUFLQSxpQkFBZ0IsRUFBRSxZQUFZLElBQUksSUFBSztBQUMzRyxVQUFJLEVBQUUsYUFBYSx1QkFBd0IsT0FBTSxJQUFJLE1BQU0sR0FBRyxFQUFFLFFBQVEsa0NBQWtDO0FBQzFHLFVBQUksT0FBTyxFQUFFLGFBQWE7QUFDMUIsVUFBSSxRQUFRO0FBQ1osaUJBQVcsU0FBUyxFQUFFLFVBQVUsQ0FBQyxHQUFHO0FBQ2xDLGtCQUFXLE9BQU8sTUFBTSxVQUFVLElBQUtBLGlCQUFnQixNQUFNLFFBQVE7QUFDckUsZUFBTyxNQUFNO01BQ2Y7QUFDQSxhQUFPLFFBQVE7SUFDakI7QUNpQ08sUUFBTUcsdUJBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPO0FBeUIzRixhQUFTQyxZQUNkQyxPQUNBWCxhQUNBQyxXQUNBVixhQUNBLFFBQ1U7QUFDVixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQUFvQjtRQUNBLFdBQUFYO1FBQ0EsVUFBVTtRQUNWLGlCQUFpQixLQUFLLElBQUksUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUtBLFdBQVMsQ0FBQyxDQUFDO1FBQ25FO1FBQ0EsUUFBUSxDQUFDLEVBQUUsVUFBVSxHQUFHVCxXQUFTLEtBQUssUUFBUVUsVUFBUSxDQUFDO01BQ3pEO0lBQ0Y7QUN0SUEsUUFBQVcsYUFBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxvQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZUFBaUIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxrQkFBK0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNOL0IsUUFBQUMsZUFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0RyQixRQUFNQyxpQkFBZ0I7QURLdEIsUUFBTXpCLFVBQWlCLFlBQVksS0FBSztBQUUvQyxRQUFJd0IsYUFBQSxZQUFZQyxnQkFBZSxNQUFNLENBQUN6QixPQUFNLENBQUM7QUFHdEMsYUFBUzBCLGVBQWMsT0FBdUI7QUFDbkQsMEJBQW9CMUIsU0FBUSxLQUFLO0FBQ2pDLGFBQU9BO0lBQ1Q7QUREQSxhQUFTMkIsa0JBQWlCO0FBQ3hCLGFBQU87O1FBRUwsWUFBWSxJQUFJSixnQkFBQSxNQUFNLG9CQUFvQjs7UUFFMUMsaUJBQWlCLElBQUlBLGdCQUFBLE1BQU0sMEJBQTBCOztRQUVyRCxVQUFVLElBQUlBLGdCQUFBLE1BQU0sa0JBQWtCOztRQUV0QyxnQkFBZ0IsSUFBSUEsZ0JBQUEsUUFBUSx3QkFBd0I7O1FBRXBELGNBQWMsSUFBSUEsZ0JBQUEsTUFBTSxpQ0FBaUM7TUFDM0Q7SUFDRjtBQUdBLFFBQU1LLFVBQVMsU0FBUyxLQUFLNUIsUUFBTyxlQUFlLFNBQVkyQixnQkFBZSxJQUFJO0FBV2xGLFFBQU1FLFFBQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxRQUFJQyxVQUFTO0FBQ2IsUUFBSUM7QUFDSixRQUFJQyxjQUFhO0FBTWpCLGFBQVNDLFdBQVUsWUFBb0IsT0FBcUM7QUFDMUUsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7UUFDdEUsR0FBR0w7UUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtNQUNoRCxDQUFVO0FBQ1YsYUFBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7SUFDOUM7QUFHQSxRQUFNLFNBQVM7QUFVUixhQUFTTSxtQkFBa0JwQyxhQUFtQixXQUE4QjtBQUNqRixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQU07UUFDTixLQUFLO1FBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBS0EsV0FBUyxDQUFDLENBQUM7UUFDOUMsY0FBYyxHQUFHLE1BQU07UUFDdkIsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7TUFDbkM7SUFDRjtBQUVBLGFBQVNxQyxPQUFTLE1BQThCO0FBQzlDLFVBQUk7QUFDRixlQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7TUFDOUQsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBU08sYUFBU3pELGVBQWMsWUFBMEI7QUFFdEQsVUFBSSxDQUFDcUQsWUFBWSxDQUFBQSxjQUFhQyxXQUFVLFlBQVksTUFBTTtBQUMxRCxpQkFBUztBQUNQLGNBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBQUksVUFBUyxVQUFVO0FBQ25CLFNBQUEsR0FBQWpCLFdBQUEsT0FBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFlBQUlDLGtCQUFBRixRQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFlBQUlFLGtCQUFBRixRQUFLLFNBQVMsYUFBYSxFQUFHO01BQ3BDO0FBQ0EsTUFBQWMsV0FBVSxZQUFZLFVBQVU7QUFDaEMsTUFBQUksVUFBUyxVQUFVO0lBQ3JCO0FBRUEsYUFBU0EsVUFBUyxZQUEwQjtBQUMxQyxZQUFNLE1BQU1mLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCSixPQUFNLElBQUlELEtBQWE7QUFDM0UsWUFBTSxPQUNKLElBQUksV0FBVyxNQUFNTyxPQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxVQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxRQUFBUixRQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO01BQ0Y7QUFDQSxVQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsWUFBSUcsZ0JBQWUsVUFBYSxLQUFLLFNBQVNBLFlBQVksQ0FBQUgsUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTRyxXQUFVO0FBQzdHLFFBQUFBLGNBQWEsS0FBSztNQUNwQjtBQUNBLGlCQUFXTyxXQUFVLEtBQUssU0FBUztBQUNqQyxRQUFBUixVQUFTLEtBQUssSUFBSUEsU0FBUVEsUUFBTyxHQUFHO0FBQ3BDLFlBQUlBLFFBQU8sVUFBVSxVQUFhQSxRQUFPLFVBQVUsT0FBUTtBQUMzRCxRQUFBVixRQUFRLFdBQVcsSUFBSVUsUUFBTyxXQUFXO0FBQ3pDLFFBQUFWLFFBQVEsZ0JBQWdCLElBQUlVLFFBQU8saUJBQWlCO0FBQ3BELFFBQUFWLFFBQVEsU0FBUyxJQUFJVSxRQUFPLFNBQVM7TUFDdkM7QUFHQSxVQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLFFBQUFqQixrQkFBQUYsUUFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0lBQ3ZGO0FBT08sYUFBU29CLFNBQVEsWUFBMEI7QUFDaEQsTUFBQU4sV0FBVSxZQUFZLFVBQVU7QUFDaEMsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLFlBQVlMLEtBQWE7QUFDM0QsWUFBTSxVQUFVLElBQUksV0FBVyxNQUFNTyxPQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxVQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QjtBQUN6RCxRQUFBUixRQUFRLGFBQWEsSUFBSSxRQUFRLHdCQUF3QjtJQUM3RDtBQWVPLGFBQVNZLGVBQWMsUUFBZ0M7QUFDNUQsWUFBTSxRQUFnQjtRQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO1FBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7TUFDakc7QUFDQSxVQUFJLE9BQU8sbUJBQW1CO0FBQzVCLGNBQU0sS0FBSztVQUNULFFBQVE7VUFDUixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUM7UUFDaEUsQ0FBQztBQUNILFVBQUksT0FBTztBQUNULGNBQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hHLGFBQU87SUFDVDtBRzdLQSxRQUFBaEIsZ0JBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDNUIsUUFBQUgscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBcUJqQixhQUFTb0IsVUFBUyxNQUFzQjtBQUN0QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLElBQUk7TUFDbEIsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJO1VBQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO1FBQ2pFO01BQ0Y7SUFDRjtBQUVBLGFBQVNDLFVBQVMsTUFBb0I7QUFFcEMsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUTNEO0FBQ2pCLGVBQU8sSUFBSSxJQUFJLElBQUk0RCxjQUFBO1VBQ2pCLFNBQVMsSUFBSTtVQUNiLE1BQU0xRCxlQUFjd0QsVUFBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7UUFDaEQ7QUFDRixhQUFPO1FBQ0wsUUFBUSwwQkFBMEIsSUFBSTtRQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87UUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO01BQzlDO0lBQ0Y7QUFFQSxhQUFTRyxVQUFTNUMsVUFBc0I7QUFDdEMsVUFBSUEsU0FBTyxVQUFXLFFBQU8wQyxVQUFTMUMsU0FBTyxTQUFTO0FBQ3RELFlBQU0sUUFBUUEsU0FBTztBQUNyQixVQUFJQSxTQUFPLFdBQVc7QUFDcEIsZUFBTztVQUNMLFFBQVE7VUFDUixPQUFPQSxTQUFPO1VBQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBT1gsV0FBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7UUFDckY7TUFDRjtBQUNBLGFBQU87UUFDTCxRQUFRO1FBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO1FBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO01BQzdFO0lBQ0Y7QUFTTyxhQUFTd0QsZ0JBQWVDLFFBQVksT0FBd0IsT0FBcUI7QUFDdEYsWUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGlCQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxZQUFNLFVBQVV4RCxxQkFBb0J3RCxPQUFLLE9BQU8sUUFBUUEsT0FBSyxNQUFNO0FBQ25FLFVBQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0lBQ3RDO0FBR08sUUFBTUEsUUFBYUYsVUFBUzVDLE9BQVM7QUM5RTVDLFFBQUFvQixjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFDLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxnQkFBaUIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBeUIsa0JBQW9CLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDTHBCLFFBQUEzQixjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFFLGdCQUE4RCxRQUFBLGFBQUEsR0FBQSxDQUFBO0FDa0J2RCxRQUFNMEIsYUFBWTtBQ0xsQixhQUFTQyxTQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsWUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxjQUFRLFVBQVU7UUFDaEIsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU8sZ0JBQWdCLE9BQU87UUFDaEMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPLGFBQWEsS0FBSztRQUNyRCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO01BQ1g7SUFDRjtBQUdBLFFBQU1DLGNBQXVDO01BQzNDLFFBQVE7TUFDUixPQUFPO01BQ1AsY0FBYztNQUNkLGVBQWU7TUFDZixZQUFZO01BQ1osZUFBZTtNQUNmLGVBQWU7TUFDZixpQkFBaUI7TUFDakIsU0FBUztNQUNULGFBQWE7TUFDYixlQUFlO01BQ2YsYUFBYTtNQUNiLFlBQVk7TUFDWixhQUFhO0lBQ2Y7QUFJQSxRQUFNQyxrQkFBOEUsQ0FBQztBQUc5RSxhQUFTQyxhQUFZLFVBQXNEO0FBQ2hGLFVBQUksT0FBT0QsZ0JBQWUsUUFBUTtBQUNsQyxVQUFJLFNBQVMsUUFBVztBQUN0QixlQUFPLEVBQUUsVUFBVSxPQUFPSCxZQUFXLE1BQU1FLFlBQVcsUUFBUSxFQUFFO0FBQ2hFLFFBQUFDLGdCQUFlLFFBQVEsSUFBSTtNQUM3QjtBQUNBLGFBQU87SUFDVDtBRjJCQSxRQUFNRSxRQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLFFBQU1DLFdBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsYUFBU0MsVUFBUyxPQUFrQixPQUF1QjtBQUN6RCxjQUFRLE9BQU87UUFDYixLQUFLO0FBQ0gsaUJBQU8sTUFBTSxRQUFRLE1BQU07UUFDN0IsS0FBSyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtRQUNoRDtRQUNBLEtBQUs7QUFDSCxpQkFBT0QsU0FBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07UUFDaEUsS0FBSztBQUNILGlCQUFPRCxNQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUN4RCxLQUFLO0FBQ0gsaUJBQU9BLE1BQUssTUFBTSxJQUFJLENBQUMsS0FBS0MsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUN6RCxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxRQUFRLENBQUM7UUFDN0IsS0FBSztBQUNILGlCQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWUMsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUMzRSxLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtRQUNyQyxLQUFLLGFBQWE7QUFDaEIsZ0JBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7UUFDNUU7TUFDRjtJQUNGO0FBU0EsYUFBU0UsUUFBTyxLQUF3QjtBQUN0QyxhQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0lBQ2xFO0FBR0EsUUFBSUM7QUFFSixRQUFNQyxhQUFtQixDQUFDLFNBQVM7QUFDakMsVUFBSTtBQUNGLGVBQU9ELFNBQVMsS0FBSyxJQUFJLEtBQUs7TUFDaEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR0EsUUFBTUUsY0FBTixNQUF5QztNQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTLGFBQUEsS0FBQTtBQUNBLGFBQUEsU0FBQTtBQUNRLGFBQUEsTUFBQTtNQUNoQjtNQUhRO01BQ0E7TUFDUTtNQUxYLFNBQVM7TUFDVDtNQU9SLElBQUksT0FBc0I7QUFDeEIsWUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsZUFBSyxRQUFRQyxXQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLGVBQUssU0FBUztRQUNoQjtBQUNBLGVBQU8sS0FBSztNQUNkO0lBQ0Y7QUFHQSxhQUFTQSxXQUFVLE1BQXdCO0FBQ3pDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFjO01BQ2xDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUtBLFFBQU1DLG1CQUE0RSxDQUFDO0FBQ25GLGFBQVNDLGNBQWEsUUFBMEQ7QUFDOUUsVUFBSSxXQUFXRCxpQkFBZ0IsTUFBTTtBQUNyQyxVQUFJLGFBQWEsUUFBVztBQUMxQixtQkFBV0UsY0FBQTdCLFFBQUssaUJBQWlCLE1BQU07QUFDdkMsUUFBQTJCLGlCQUFnQixNQUFNLElBQUk7TUFDNUI7QUFDQSxhQUFPO0lBQ1Q7QUFJQSxRQUFJRztBQUNHLGFBQVNDLGlCQUFnQixNQUF5QztBQUN2RSxNQUFBRCxZQUFXO0lBQ2I7QUFPQSxRQUFNRSxXQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsUUFBTUMsb0JBQW1CLENBQUMsTUFBZSxFQUFFO0FBQzNDLFFBQU1DLG1CQUFrQixDQUFDLE1BQWUsQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUV6RCxRQUFNQyxhQUF5RixDQUFDO0FBRWhHLGFBQVNDLFdBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsVUFBSSxNQUFNRCxXQUFVLFFBQVE7QUFDNUIsVUFBSSxDQUFDLEtBQUs7QUFDUixjQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBR0Ysa0JBQWlCO0FBQ2xGLFlBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSUM7QUFDcEUsY0FBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxRQUFBQyxXQUFVLFFBQVEsSUFBSTtNQUN4QjtBQUNBLGFBQU87SUFDVDtBQUtBLGFBQVNFLFdBQVUsUUFBZ0IsS0FBYSxPQUE0QztBQUMxRixhQUFPLFVBQVUsU0FBWSxTQUFTLEdBQUcsTUFBTSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0lBQ2pIO0FBRU8sUUFBTUMsYUFBTixNQUFNLFdBQVU7TUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUIsYUFBQSxVQUFBO0FBRUEsYUFBQSxRQUFBO0FBRWpCLGFBQUssVUFBVSxHQUFHLFFBQVE7TUFDNUI7TUFMbUI7TUFFQTs7TUFSbkIsZUFBZTtNQUNFOztNQUVBLFNBQTRDLENBQUM7O01BVzlELEdBQUcsT0FBMEI7QUFDM0IsZUFBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO01BQzdFO01BRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxZQUFJQyxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFlBQUksQ0FBQ0EsU0FBUTtBQUNYLGdCQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsY0FBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLGNBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVEQSxvQkFBUztZQUNQO1lBQ0EsTUFBTXJCLGFBQVksUUFBUTtZQUMxQixTQUFTLEtBQUs7WUFDZCxrQkFBa0JVLGNBQWEsUUFBUTtVQUN6QztBQUVBLGNBQUksQ0FBQyxVQUFXVyxTQUFPLGVBQWU7QUFDdEMsZUFBSyxPQUFPLFFBQVEsSUFBSUE7UUFDMUI7QUFDQSxlQUFPQTtNQUNUO01BRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsY0FBTSxjQUFjLFlBQVk7QUFDaEMsY0FBTSxNQUFNVixjQUFBN0IsUUFBSztVQUNmO1VBQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO1VBQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtVQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO1FBQ3JFO0FBRUEsY0FBTSxTQUFTLElBQUk7QUFDbkIsY0FBTSxXQUFXLFdBQVc7QUFDNUIsWUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFlBQUksVUFBVSxDQUFDO0FBQ2YsWUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBQXVCLFdBQVU7QUFDVixvQkFBVUQsUUFBTyxHQUFHLEtBQUtELFVBQVMsT0FBT0csVUFBUztBQUNsRCxVQUFBRCxXQUFVO1FBQ1o7QUFDQSxRQUFBUyxTQUFRLFdBQVc7QUFDbkIsUUFBQUEsU0FBUSxVQUFVO0FBQ2xCLGNBQU0sRUFBRSxRQUFRLEtBQUssSUFBSUksV0FBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLGNBQU0sTUFBQSxHQUFLSSxZQUFBLE9BQU1SLFVBQVMsUUFBUSxJQUFJO0FBQ3RDLGNBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsUUFBQUYsWUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsZUFBTyxJQUFJTCxZQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO01BQ2hHO01BRUEsU0FBcUM7QUFDbkMsZUFBTyxLQUFLLEtBQUssVUFBVSxPQUFPVixTQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7TUFDcEU7TUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsZUFBTyxLQUFLLEtBQUssU0FBUyxRQUFRQSxTQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUN2RjtNQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixZQUFJLFNBQVNzQixXQUFVLElBQUksU0FBUyxNQUFNLEtBQUs7QUFDL0MsaUJBQVNBLFdBQVUsUUFBUSxVQUFVLE1BQU0sTUFBTTtBQUNqRCxpQkFBU0EsV0FBVSxRQUFRLEtBQUssTUFBTSxDQUFDO0FBQ3ZDLGVBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUd0QixTQUFRLFNBQVMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFlBQVk7TUFDN0Y7TUFFQSxhQUFhLFFBQW1DO0FBQzlDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRQSxTQUFRLFNBQVMsR0FBRyxLQUFLLFVBQVUsTUFBTTtNQUNyRjtNQUVBLFVBQVUsSUFBd0I7QUFDaEMsZUFBTyxLQUFLLEtBQUssY0FBYyxPQUFPQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssb0JBQW9CO01BQ3hGO01BRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPO01BQzFGO01BRUEsYUFBYSxJQUEyQjtBQUN0QyxlQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVUEsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLE1BQVM7TUFDbkY7TUFFQSxTQUFTLElBQW1EO0FBQzFELGVBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRQSxTQUFRLFlBQVksRUFBRSxHQUFHLEtBQUssZUFBZSxDQUFDLENBQUM7TUFDN0Y7TUFFQSxPQUFPLE9BQXdCO0FBQzdCLGVBQU8sS0FBSyxLQUFLLFdBQVcsT0FBT0EsU0FBUSxPQUFPLEtBQUssR0FBRyxLQUFLLEtBQUs7TUFDdEU7TUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFdBQVcsSUFBSSxLQUFLLEdBQUcsS0FBSyxTQUFTO01BQ3RGO01BRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELGVBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUdBLFNBQVEsZ0JBQWdCLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7TUFDNUc7TUFFQSxhQUE4QztBQUM1QyxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtNQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBR0EsU0FBUSxXQUFXLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxXQUFXO01BQ2xHO01BRUEsYUFBOEI7QUFDNUIsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7TUFDaEY7SUFDRjtBRzVXQSxRQUFBN0IsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBRSxnQkFBaUYsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0gxRSxRQUFNcUQsaUJBQWdCO0FBRXRCLFFBQU1DLG9CQUFtQjtBQUV6QixhQUFTQyxjQUFhLEdBQW1CO0FBQzlDLGFBQU8sR0FBR0YsY0FBYSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDdkQ7QUFHTyxhQUFTRyxVQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsYUFBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0lBQzVFO0FBR08sYUFBUyxRQUFRLE9BQW1DO0FBQ3pELFlBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLGFBQU8sUUFBUSxDQUFDO0lBQ2xCO0FBR0EsYUFBUyxXQUFXLE9BQW1DO0FBQ3JELFlBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsYUFBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7SUFDcEM7QUFPTyxRQUFNQyxzQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFPekMsYUFBU0MsWUFBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLFVBQUksQ0FBQyxNQUFNLFdBQVdKLGlCQUFnQixFQUFHLFFBQU87QUFDaEQsWUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixVQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixZQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLGFBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUssS0FBS0c7SUFDekU7QURwQ0EsUUFBTSxjQUFjO0FBQ3BCLFFBQU0sYUFBYTtBQXNCbkIsUUFBTSxXQUFXO0FBRWpCLFFBQUksVUFBVTtBQUNkLFFBQU0sWUFBWSxDQUFDLFFBQWtCLElBQUksV0FBVyxLQUFLLElBQUksVUFBVTtBQVV2RSxhQUFTLFFBQVFFLFFBQWUsTUFBbUMsVUFBb0Q7QUFDckgsZUFBUyxRQUFRLEdBQUcsUUFBUUEsUUFBTyxTQUFTLGFBQWE7QUFDdkQsY0FBTSxRQUF3QixDQUFDO0FBQy9CLGlCQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixjQUFNLE1BQU1DLGNBQUFoRCxRQUFLLE1BQU0sS0FBSztBQUM1QixpQkFBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLFdBQVc7QUFDbkQsZ0JBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLGNBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIscUJBQVcsTUFBTTtBQUNqQixXQUFBLEdBQUFpRCxZQUFBLE9BQU0sTUFBTSxNQUFNLFVBQVUsRUFBRTtBQUM3QixVQUFBRCxjQUFBaEQsUUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLGdCQUFJLE1BQU0sQ0FBQyxDQUFFLElBQUk7VUFDbkIsQ0FBQztRQUNIO0FBQ0EsWUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLG1CQUFTLEtBQUssUUFBUSxDQUFDO1FBQ3pCLENBQUM7TUFDSDtJQUNGO0FBR0EsYUFBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsVUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxhQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07SUFDckY7QUFFQSxhQUFTLEtBQVEsS0FBOEI7QUFDN0MsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQUksSUFBYztNQUN0QyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHTyxhQUFTa0QsWUFDZHBGLFVBQ0EsT0FDQSxVQUMrQztBQUMvQyxZQUFNLFNBQXdELEVBQUUsT0FBTyxRQUFXLFFBQVEsRUFBRTtBQUM1RjtRQUNFO1FBQ0EsT0FBTztVQUNMLFFBQVE7VUFDUixLQUFLLEdBQUdBLFNBQU8sT0FBTyxHQUFHaUQsU0FBUSxPQUFPLENBQUM7VUFDekMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztVQUN4QyxRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7UUFDekM7UUFDQSxDQUFDLFFBQVE7QUFDUCxpQkFBTyxTQUFTLElBQUk7QUFDcEIsaUJBQU8sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtRQUMzRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBZ0JBLFFBQU0sb0JBQW9CO0FBQzFCLFFBQUksaUJBQWlCO0FBR3JCLGFBQVMsU0FBUyxNQUFjLFNBQVMsT0FBYTtBQUNwRCxVQUFJLENBQUMsVUFBVSxLQUFLLElBQUksSUFBSSxpQkFBaUIsa0JBQW1CO0FBQ2hFLHVCQUFpQixLQUFLLElBQUk7QUFDMUIsY0FBUSxJQUFJLG1CQUFtQixJQUFJLEVBQUU7SUFDdkM7QUFHTyxhQUFTb0MsZUFBY3JGLFVBQWdCLFFBQWdDO0FBQzVFLFlBQU0sRUFBRSxTQUFTLFFBQVEsV0FBVyxrQkFBa0IsT0FBTyxJQUFJQSxTQUFPO0FBQ3hFLFlBQU0sU0FBd0I7UUFDNUIsVUFBVSxPQUFPO1FBQ2pCLFNBQVM7UUFDVCxRQUFRO1FBQ1IsU0FBUztRQUNULFdBQVc7UUFDWCxTQUFTO01BQ1g7QUFDQSxVQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFlBQU0sZ0JBQWdCO0FBQ3RCLFlBQU0sVUFBbUIsRUFBRSxNQUFNQSxTQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFLGVBQVMsWUFBWSxPQUFPLE1BQU0sZUFBZSxJQUFJO0FBQ3JEO1FBQ0U7UUFDQSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztNQUN4QjtBQUNBLFVBQUksU0FBUyxhQUFhLE9BQU87QUFDakMsVUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsWUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLHNCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsU0FBTyxrQkFBa0I7QUFDeEYsYUFBTyxVQUFVLFVBQVU7QUFDM0IsYUFBTztJQUNUO0FBR0EsYUFBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtRQUNFLE1BQU07UUFDTixDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR2lELFNBQVEsT0FBTyxDQUFDO1VBQy9CLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsT0FBTyxVQUFVLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxTQUFTLENBQUM7VUFDL0YsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLGNBQUksQ0FBQztBQUNILGtCQUFNLElBQUk7Y0FDUiwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3hIO0FBQ0YsaUJBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtRQUN0QjtNQUNGO0lBQ0Y7QUFHQSxhQUFTLGFBQWEsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFzQjtBQUNqRSxZQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUdBLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CMEIsY0FBYSxDQUFDLFVBQVUsVUFBVTtBQUN2RyxZQUFNLFNBQW1CLENBQUM7QUFDMUI7UUFDRSxPQUFPO1FBQ1AsQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUU7UUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sQ0FBQyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ3hHLGlCQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxFQUFFO1FBQ3BFO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGVBQWUsU0FBa0IsUUFBNEI7QUFDcEUsWUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDakMsZUFBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDakYsY0FBTSxTQUFTLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLFFBQVEsRUFBRSxPQUFPLEdBQUcsR0FBRyxFQUFFLENBQUM7QUFDN0U7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcxQixTQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO1lBQy9DLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxPQUFPLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDM0Q7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO1VBQ2pDO1FBQ0Y7QUFDQSxpQkFBUyxhQUFhLE9BQU87TUFDL0I7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsWUFBTSxZQUErRCxDQUFDO0FBQ3RFLGFBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixjQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsWUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixpQkFBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVE7QUFDbEMsb0JBQVUsS0FBSyxFQUFFLE9BQU8sR0FBRyxHQUFHLFVBQVUsTUFBTSxTQUFTLGFBQWEsS0FBSyxpQkFBaUIsQ0FBQztNQUMvRixDQUFDO0FBQ0QsWUFBTSxhQUEwQyxDQUFDO0FBQ2pEO1FBQ0UsVUFBVTtRQUNWLENBQUMsTUFBTTtBQUNMLGdCQUFNLEVBQUUsT0FBTyxHQUFHLFNBQVMsSUFBSSxVQUFVLENBQUM7QUFDMUMsZ0JBQU0sU0FBUztZQUNiLE9BQU80QixjQUFhLENBQUM7WUFDckIsT0FBTyxpQkFBaUIsQ0FBQztZQUN6QixPQUFPO1lBQ1AsZUFBZSxXQUFXLElBQUk7VUFDaEM7QUFDQSxpQkFBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHNUIsU0FBUSxTQUFTLENBQUM7WUFDakMsTUFBTSxLQUFLLFVBQVUsTUFBTTtZQUMzQixRQUFRLE9BQU8sa0JBQWtCLE9BQU8sS0FBSyxHQUFHLElBQUk7VUFDdEQ7UUFDRjtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxjQUFJLE9BQU87QUFDVCxrQkFBTSxJQUFJO2NBQ1Isa0NBQWtDLE9BQU8sVUFBVSxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN2RztBQUNGLGlCQUFPO0FBQ1AsbUJBQVMsR0FBRyxPQUFPLE9BQU8sT0FBTyxVQUFVLE1BQU0sb0JBQW9CO0FBQ3JFLGNBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO1FBQ2hGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPQSxhQUFTLGdCQUFnQixFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsWUFBTSxPQUFjLENBQUM7QUFDckI7UUFDRSxXQUFXO1FBQ1gsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsWUFBWSxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7VUFDckQsTUFBTTtVQUNOLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEdBQUcsSUFBSTtRQUN2RTtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFxQixHQUFHLEdBQUcsU0FBUztBQUN2RSxjQUFJLFVBQVU7QUFDWixrQkFBTSxJQUFJO2NBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUMxRztBQUNGLGVBQUssS0FBSyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUcsT0FBTyxNQUFNLENBQUM7UUFDbEQ7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsWUFBTSxRQUFRLEtBQUs7QUFDbkIsYUFBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixpQkFBUyxHQUFHLFFBQVEsS0FBSyxNQUFNLE9BQU8sS0FBSywyQkFBMkI7QUFDdEUsWUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGdCQUFNLElBQUk7WUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtVQUNoRztBQUNGLFNBQUEsR0FBQWtDLFlBQUEsT0FBTSxDQUFDO0FBQ1AsY0FBTSxFQUFFLE1BQUFHLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFlBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsZUFBT0E7TUFDVDtJQUNGO0FBR0EsYUFBUyxTQUFTLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFZLE1BQW9EO0FBQy9HLFlBQU1BLFFBQWMsQ0FBQztBQUNyQixZQUFNLFVBQVUsb0JBQUksSUFBWTtBQUNoQztRQUNFLEtBQUs7UUFDTCxDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR3JDLFNBQVEsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDN0MsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztRQUMzRDtRQUNBLENBQUMsS0FBSyxNQUFNO0FBRVYsY0FBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixvQkFBUSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUs7QUFDMUJxQyxrQkFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQ2xCO1VBQ0Y7QUFDQSxjQUFJLElBQUksV0FBVztBQUNqQixrQkFBTSxJQUFJO2NBQ1IsMENBQTBDLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxLQUFLLElBQUksS0FBSyxNQUFNLEVBQUU7WUFDL0k7QUFDRixnQkFBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsY0FBSSxRQUFRLFdBQVc7QUFDckIsa0JBQU0sSUFBSTtjQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVksT0FBTyxTQUFTLGlCQUFpQjtZQUMvRztBQUNGLGNBQUksUUFBUSxXQUFXLFlBQWEsUUFBTztjQUN0Q0EsT0FBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO1FBQ3pCO01BQ0Y7QUFDQSxhQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0lBQ3pCO0FBTU8sYUFBU0MsZUFDZHZGLFVBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixZQUFNLE9BQU9BLFNBQU87QUFDcEIsVUFBSSxVQUFVO0FBQ2QsVUFBSSxTQUFTO0FBQ2IsZUFBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsWUFBSSxRQUFxQyxDQUFDO0FBQzFDO1VBQ0U7VUFDQSxPQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdpRCxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtZQUN0RyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7VUFDN0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxxQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7VUFDMUc7UUFDRjtBQUNBLFlBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsY0FBTSxTQUFTLE1BQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNsRCxZQUFJLE9BQU87QUFDWDtVQUNFLE9BQU87VUFDUCxDQUFDLE9BQU87WUFDTixRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBR0EsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sb0JBQW9CLFVBQVU7VUFDL0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVcsSUFBSztVQUNoRDtRQUNGO0FBQ0EsbUJBQVc7QUFDWCxrQkFBVSxNQUFNLFNBQVM7TUFDM0I7QUFDQSxhQUFPO0lBQ1Q7QUp2V0EsUUFBTSxlQUFlO0FBQ3JCLFFBQU0sZ0JBQWdCO0FBRXRCLGFBQVMsTUFBTSxTQUF3QjtBQUNyQyxNQUFBdUMsbUJBQUFyRSxRQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFlBQU0sSUFBSSxNQUFNLE9BQU87SUFDekI7QUFFQSxhQUFTLE1BQU0sU0FBdUI7QUFDcEMsWUFBTXNFLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFlBQU0sTUFBTUMsY0FBQXhELFFBQUssSUFBSXVELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsVUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQjtVQUNFLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYTtRQUN2RztNQUNGO0FBQ0EsVUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QjtVQUNFLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTTtRQUMvQztNQUNGO0lBQ0Y7QUFFQSxhQUFTLGNBQWN6RixVQUFnQixRQUF1QyxNQUFvQjtBQUNoRyxhQUFPLE9BQU8sSUFBSSxLQUFLQSxTQUFPLE1BQU0sSUFBSSxFQUFFO0lBQzVDO0FBTUEsYUFBUyxNQUFNQSxVQUFnQixRQUF1QyxNQUFvQjtBQUN4RixVQUFJOEMsTUFBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBR0EsTUFBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxNQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWM5QyxVQUFRLFFBQVEsSUFBSSxDQUFDO0FBQ3JGLFlBQU0sU0FBU29GLFlBQVdwRixVQUFRLE9BQU8sUUFBUTtBQUNqRCxVQUFJLENBQUMsT0FBTyxPQUFPO0FBQ2pCLGNBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLGNBQU0sUUFBUUEsU0FBTyxZQUNqQixlQUFlQSxTQUFPLFNBQVMsS0FDL0JBLFNBQU8sWUFDTCxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFDcEQsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUN6QyxjQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO01BQ3hHO0FBQ0EsYUFBTyxPQUFPO0lBQ2hCO0FBRUEsYUFBUyxZQUFZMkYsVUFBbUIsT0FBZTNGLFVBQXNCO0FBQzNFLFlBQU0sT0FBYSxDQUFDO0FBQ3BCLFlBQU0sWUFBa0IsQ0FBQztBQUN6QixlQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxjQUFNLFVBQVUyRixTQUFPLGFBQWE7VUFDbEMsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDO1VBQzlCLE9BQU87VUFDUCxPQUFPO1VBQ1AsZUFBZTtRQUNqQixDQUFDO0FBQ0QsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixjQUFNLFVBQVVBLFNBQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxZQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGtCQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsYUFBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO01BQy9CO0FBQ0EsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJM0YsU0FBTyxxQkFBcUI7QUFDMUQsaUJBQVcsU0FBUyxNQUFNO0FBQ3hCLG1CQUFTO0FBQ1AsZ0JBQU0sTUFBTTJGLFNBQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsY0FBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxjQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxjQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2Ysa0JBQU0sNkRBQTZEM0YsU0FBTyxrQkFBa0IsSUFBSTtBQUNsRyxXQUFBLEdBQUE0RixZQUFBLE9BQU0sR0FBRztRQUNYO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFRQSxtQkFBc0Isa0JBQTBEO0FBQzlFLFlBQU0sUUFBdUMsQ0FBQztBQUM5QyxpQkFBVyxRQUFRN0csUUFBTztBQUN4QixZQUFJO0FBQ0YsZ0JBQU0sV0FBVyxNQUFNZ0UsZ0JBQUE4QyxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsY0FBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO1FBQzlCLFFBQVE7UUFFUjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUFjN0YsVUFBZ0IsUUFBZ0Q7QUFDckYsWUFBTSxRQUFRVCxXQUFXaUcsbUJBQUFyRSxRQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsWUFBTSxTQUFrQixDQUFDO0FBQ3pCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUkyQixNQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssR0FBRztBQUNyRCxpQkFBTyxLQUFLLEVBQUUsTUFBTSxHQUFHQSxNQUFLLFFBQVEsTUFBTSxHQUFHLGNBQWM5QyxVQUFRLFFBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQztNQUN2RjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsT0FBTyxRQUEwQjtBQUN4QyxZQUFNLFNBQVMsb0JBQUksSUFBVztBQUM5QixpQkFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsY0FBTSxVQUFVLE9BQU8sT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLElBQUk7QUFDcEQsWUFBSSxRQUFRLFNBQVMsRUFBRyxRQUFPLElBQUksUUFBUSxDQUFDLENBQUUsRUFBRSxJQUFJLFFBQVEsUUFBUSxTQUFTLENBQUMsQ0FBRTtNQUNsRjtBQUNBLGFBQU8sQ0FBQyxHQUFHLE1BQU07SUFDbkI7QUFPQSxhQUFTLGVBQWVBLFVBQWdCLFFBQXVCO0FBQzdELFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxPQUFPLE1BQU0sUUFBUSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbkUsWUFBTSxPQUFPLHFCQUFxQkEsU0FBTyxRQUFRLE9BQU8sOEJBQThCLE9BQU8sTUFBTTtBQUNuRyxVQUFJQSxTQUFPLFFBQVEsa0JBQWtCLENBQUNBLFNBQU8sUUFBUSxRQUFRO0FBQzNELGNBQU0sVUFBVSxPQUFPLE1BQU07QUFDN0IsY0FBTSxJQUFJcUYsZUFBY3JGLFVBQVEsT0FBTztBQUN2QyxZQUFJLEVBQUUsV0FBVyxRQUFRLFFBQVE7QUFDL0Isa0JBQVEsSUFBSSxHQUFHLElBQUksb0NBQW9DLFFBQVEsTUFBTSx3QkFBd0IsS0FBSyxDQUFDLEVBQUU7QUFDckc7UUFDRjtBQUNBLGdCQUFRO1VBQ04sZ0VBQWdFLFFBQVEsU0FBUyxFQUFFLE1BQU0sT0FBTyxRQUFRLE1BQU07UUFDaEg7TUFDRjtBQUNBLFlBQU0sSUFBSXFGLGVBQWNyRixVQUFRLE1BQU07QUFDdEMsY0FBUTtRQUNOLEdBQUcsSUFBSSxLQUFLLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxLQUFLLEtBQUssQ0FBQztNQUNoTjtJQUNGO0FBU0EsbUJBQXNCOEYsWUFBVzlGLFVBQWdCdEIsWUFBMEIsQ0FBQyxHQUFxQjtBQUMvRixZQUFNc0IsU0FBTyxPQUFPO0FBQ3BCLFlBQU0sU0FBUyxNQUFNLGdCQUFnQjtBQUNyQyxZQUFNLFlBQVksSUFBSXdFLFdBQVV4RSxTQUFPLFNBQVNBLFNBQU8sV0FBVztBQUNsRSxZQUFNLFNBQVMsQ0FBQztBQUNoQixpQkFBVyxRQUFRakIsT0FBTyxRQUFPLElBQUksSUFBSSxNQUFNaUIsVUFBUSxRQUFRLElBQUk7QUFDbkUsWUFBTSxRQUFROEUsVUFBUztBQUN2QixZQUFNLFFBQVFTLGVBQWN2RixVQUFRLE9BQU8sT0FBTzRFLG1CQUFrQixDQUFDLFVBQVVJLFlBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxVQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLFVBQUl0RyxVQUFRLFNBQVM7QUFDbkIsWUFBSTtBQUNGLHlCQUFlc0IsVUFBUSxjQUFjQSxVQUFRLE1BQU0sQ0FBQztRQUN0RCxTQUFTLE9BQU87QUFDZCxnQkFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7UUFDOUQ7TUFDRjtBQUNBLFlBQU0sa0JBQWtCdEIsVUFBUSxPQUFPLFlBQVksVUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU9zQixRQUFNLElBQUksQ0FBQztBQUVuRyxhQUFPLEVBQUUsT0FBTyxRQUFRLGlCQUFpQixjQUFjLE9BQU8sS0FBSyxNQUFNLEVBQUUsU0FBUyxFQUFFO0lBQ3hGO0FBR0EsbUJBQXNCK0YsWUFBVy9GLFVBQWdCLE1BQTBDO0FBQ3pGLFVBQUksQ0FBQyxNQUFNLFNBQVM4QyxNQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFlBQU0sU0FBUyxNQUFNLGdCQUFnQjtBQUVyQyxZQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLE1BQUssUUFBUSxTQUFTLEdBQUcsT0FBTyxTQUFTOUMsU0FBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxZQUFNLEVBQUUsTUFBTSxJQUFJb0YsWUFBV3BGLFVBQVEsT0FBTyxRQUFRO0FBQ3BELFVBQUksQ0FBQyxPQUFPO0FBQ1YsZ0JBQVE7VUFDTixpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLO1FBQ3RHO0FBQ0E7TUFDRjtBQUNBLFlBQU0sVUFBVXVGLGVBQWN2RixVQUFRLE9BQU8sS0FBSyxPQUFPLENBQUMsVUFBVWdGLFlBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLFVBQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7SUFDeEY7QU05S0EsYUFBUyxtQkFBNEI7QUFDbkMsYUFBTyxTQUFTO0lBQ2xCO0FBR08sYUFBU2dCLGNBQWFoRyxVQUFnQixXQUF1RDtBQUNsRyxVQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxZQUFNLFFBQVEsVUFBVTtBQUd4QixZQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFlBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLFVBQUlBLFNBQU8sWUFBWTtBQUNyQixrQkFBVSxZQUFZbUMsbUJBQWtCLE1BQU0sU0FBUztBQUN2RCxjQUFNO1VBQ0osR0FBR0ssZUFBYztZQUNmLFVBQVV4QyxTQUFPLFFBQVE7WUFDekIsWUFBWUEsU0FBTyxRQUFRO1lBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsU0FBTyxRQUFRLHVCQUF1QjtZQUMvRSxlQUFlQSxTQUFPO1VBQ3hCLENBQUM7UUFDSDtNQUNGO0FBQ0EsVUFBSUEsU0FBTyxjQUFlLENBQUE2QyxnQkFBZUMsT0FBTSxNQUFNLFNBQVMvRCxRQUFPUSxXQUFVLFNBQVMsQ0FBQztBQUN6RixhQUFPO1FBQ0w7UUFDQSxZQUFZLHNCQUFzQnNCLGdCQUFlLEtBQUssR0FBRyxTQUFTOztRQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUliLFNBQU8scUJBQXFCLEVBQUUsS0FBS0EsU0FBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7UUFDdEcsbUJBQW1CaUI7TUFDckI7SUFDRjtBQU1BLGFBQVMsc0JBQXNCLFlBQTBCLFdBQW1EO0FBQzFHLGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLFNBQVMsR0FBRztBQUN4RCxZQUFJRixlQUFjLFFBQVEsRUFBRyxZQUFXSixXQUFVLHNCQUFzQixFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO01BQ3BHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxTQUFTLFVBQTZCO0FBQzdDLFlBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFNNUMsVUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxVQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWE7QUFDbEYsZ0JBQVEsT0FBTyxLQUFLO0FBQ3RCLGFBQU87SUFDVDtBQUdPLGFBQVNoQyxrQkFBc0I7QUFDcEMsVUFBSXFCLFFBQVUsV0FBWSxDQUFBckIsZUFBWXFCLFFBQVUsVUFBVTtJQUM1RDtBQU1BLGFBQVMsdUJBQTZCO0FBQ3BDLFVBQUlBLFFBQVUsV0FBWSxDQUFBdUMsU0FBUXZDLFFBQVUsVUFBVTtJQUN4RDtBQUdBLG1CQUFzQm5CLFVBQVMsTUFBK0I7QUFDNUQsMkJBQXFCO0FBQ3JCLFlBQU1rSCxZQUFXL0YsU0FBVyxJQUFJO0lBQ2xDO0FDMUdBLFFBQUFxQixxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUUsbUJBQXNCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDMkJmLGFBQVNYLFlBQVcsUUFBMkIsR0FBbUI7QUFDdkUsVUFBSSxPQUFPLFdBQVcsRUFBRyxPQUFNLElBQUksTUFBTSw2QkFBNkI7QUFDdEUsWUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsYUFBTyxPQUFPLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBTSxJQUFJLE1BQU8sT0FBTyxNQUFNLElBQUksQ0FBQyxDQUFDO0lBQ3JFO0FBR08sYUFBU3FGLG9CQUNkLFFBQ0EsTUFDQSxhQUNTO0FBQ1QsYUFDRSxPQUFPLFVBQVUsUUFDakIsT0FBTyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsS0FDeEJyRjtRQUNFLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxFQUFFO1FBQ3RCO01BQ0YsSUFBSTtJQUVSO0FBR08sYUFBU3NGLFlBQVcxRixhQUFtQkMsV0FBaUJWLGFBQW1CLFVBQTBCO0FBQzFHLFlBQU0sUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLElBQUksR0FBRyxXQUFXQSxXQUFTLENBQUM7QUFDM0QsYUFBT1MsZUFBYUMsWUFBVUQsZUFBYTtJQUM3QztBQU9PLGFBQVMyRixjQUNkLE1BQ0EsSUFDb0I7QUFDcEIsWUFBTTVGLFlBQVcsR0FBRyxPQUFPLEtBQUssUUFBUTtBQUN4QyxhQUFPQSxXQUFVLEtBQUssR0FBRyxZQUFZLEtBQUssYUFBYUEsV0FBVTtJQUNuRTtBRHRETyxhQUFTNkYsb0JBQW1CMUgsV0FBMkM7QUFDNUUsWUFBTSxZQUFZLElBQUkySCxpQkFBQSxNQUFNM0gsVUFBUSxVQUFVO0FBQzlDLFlBQU0sU0FBd0MsQ0FBQztBQUMvQyxZQUFNLFFBQStDLENBQUM7QUFDdEQsTUFBQXVGLGlCQUFnQixDQUFDLFdBQVcsSUFBSSxPQUFPO0FBQ3JDLGVBQU8sS0FBSyxFQUFFLElBQUksR0FBRyxDQUFDO0FBQ3RCLFlBQUksT0FBTyxTQUFTdkYsVUFBUSxXQUFZLFFBQU8sTUFBTTtNQUN2RCxDQUFDO0FBQ0QsWUFBTSxFQUFFLFdBQUE4QixhQUFXLFNBQUFDLFdBQVMsV0FBQVYsWUFBVSxJQUFJckIsVUFBUTtBQUNsRCxhQUFPLE1BQU07QUFDWCxjQUFNLE1BQU0sRUFBRSxNQUFNLEtBQUssSUFBSSxHQUFHLFdBQVc0SCxtQkFBQW5GLFFBQUssU0FBUyxnQkFBZ0I7QUFDekUsY0FBTSxLQUFLLEdBQUc7QUFDZCxZQUFJLE1BQU0sU0FBU3pDLFVBQVEsV0FBWSxPQUFNLE1BQU07QUFDbkQsWUFBSSxDQUFDdUgsb0JBQW1CLFFBQVF2SCxVQUFRLFlBQVlBLFVBQVEsV0FBVyxFQUFHO0FBQzFFLGNBQU0sV0FBV3lILGNBQWEsTUFBTSxDQUFDLEdBQUksR0FBRztBQUM1QyxZQUFJLGFBQWEsT0FBVztBQUM1QixjQUFNLFlBQVlELFlBQVcxRixhQUFXQyxXQUFTVixjQUFZLElBQUksT0FBT3VHLG1CQUFBbkYsUUFBSyxTQUFTLGFBQWEsR0FBSTtBQUN2RyxrQkFBVSxJQUFJLEtBQUssSUFBSSxXQUFXLFFBQVEsQ0FBQztNQUM3QztJQUNGO0FFckNPLGFBQVNvRixXQUFVckgsT0FBc0I7QUFDOUMsYUFBT0EsTUFBSztRQUNWO1FBQ0EsQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUM7TUFDckY7SUFDRjtBQUdPLGFBQVNzSCxvQkFBbUJ0SCxPQUFzQjtBQUN2RCxhQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0lBQ3pCO0FBUU8sYUFBU3VILGNBQWF2SCxPQUFjUixZQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFlBQU0sVUFBVVEsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxZQUFNLE9BQU9SLFVBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsWUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsWUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsWUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELGFBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztJQUM1QztBQ09PLGFBQVMsT0FBT2dJLGFBQTRCO0FBQ2pELGFBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0lBQ2hFO0FBRUEsYUFBU0MsUUFBTyxRQUFnQyxNQUFvQztBQUNsRixVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsVUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixhQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87SUFDeEU7QUFHTyxhQUFTQyxlQUFjLE1BQW1DO0FBQy9ELFlBQU0sT0FBdUIsQ0FBQztBQUM5QixpQkFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsbUJBQVcsQ0FBQ0YsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxnQkFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsZ0JBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxlQUFLLEtBQUs7WUFDUjtZQUNBLFlBQUFBO1lBQ0EsSUFBSSxPQUFPO1lBQ1g7WUFDQSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVztZQUNqRixNQUFNQyxRQUFPLFFBQVEsSUFBSTtVQUMzQixDQUFDO1FBQ0g7TUFDRjtBQUNBLGFBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztJQUM1RjtBQUVBLFFBQU0sYUFBYTtBQUdaLGFBQVNFLGNBQWEsTUFBa0M7QUFDN0QsWUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFlBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFlBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixZQUFJLENBQUMsR0FBRztBQUNOLGNBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLO0FBQ3pGLGVBQUssSUFBSSxVQUFVLENBQUM7UUFDdEI7QUFDQSxlQUFPO01BQ1Q7QUFDQSxpQkFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsY0FBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFlBQUksQ0FBQyxNQUFPO0FBQ1osY0FBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsY0FBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFlBQUksU0FBUyxxQkFBcUI7QUFDaEMsaUJBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRztZQUMzQixVQUFVLEVBQUUsU0FBUztZQUNyQixLQUFLLEVBQUUsT0FBTztZQUNkLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTztVQUNoQixDQUFDO1FBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxjQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO1FBQ2xFO01BQ0Y7QUFDQSxhQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7SUFDL0U7QUFrQkEsUUFBTSxxQkFBcUI7QUFPcEIsYUFBU0MsbUJBQ2QsTUFDQSx1QkFBK0MsQ0FBQyxHQUNoQztBQUNoQixZQUFNLFlBQTBCLENBQUM7QUFDakMsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxZQUFJLGFBQWEsT0FBVztBQUM1QixjQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLGNBQU0sZUFBZSxxQkFBcUIsUUFBUTtBQUNsRCxjQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYyxDQUFDLENBQUMsRUFDOUMsSUFBSSxDQUFDTCxnQkFBZSw2QkFBNkIsS0FBS0EsV0FBVSxJQUFJLENBQUMsQ0FBQyxFQUN0RSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQVM7QUFDOUIsa0JBQVUsS0FBSztVQUNiO1VBQ0EsWUFBQUs7VUFDQSxVQUFVLGlCQUFpQixTQUFZLE9BQU9BLGNBQWE7VUFDM0QsU0FBUyxVQUFVLFNBQVksT0FBTyxPQUFPLEtBQUs7UUFDcEQsQ0FBQztNQUNIO0FBQ0EsWUFBTSxRQUFRQyxhQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDN0QsVUFBSSxVQUFVLFdBQVcsS0FBSyxVQUFVLEtBQU0sUUFBTztBQUNyRCxnQkFBVSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzdELFlBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQ2xGLFlBQU0sUUFDSixVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLGNBQzVELFVBQVUsTUFBTSxDQUFDLFFBQVEsSUFBSSxhQUFhLElBQUk7QUFDaEQsYUFBTyxFQUFFLFlBQVksVUFBVSxRQUFRLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksVUFBVyxDQUFDLElBQUksTUFBTSxVQUFVO0lBQ2xIO0FBR08sYUFBU0Msa0JBQWlCLFNBQXdDO0FBQ3ZFLFVBQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsVUFBSSxRQUFRLGVBQWU7QUFDekIsZUFBTztBQUNULFlBQU0sT0FDSixRQUFRLGFBQWEsT0FDakIsbUJBQW1CQyxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUMsZ0JBQzNELEdBQUdBLGFBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQyxXQUFXLFFBQVEsYUFBYSxJQUFJLEtBQUssR0FBRztBQUMzRixhQUFPLHVCQUF1QixJQUFJLHNCQUFzQkEsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDO0lBQ2xHO0FBR08sYUFBU0MsYUFBWSxLQUF5QjtBQUNuRCxZQUFNLFdBQ0osSUFBSSxhQUFhLE9BQU8sS0FBSyxLQUFLRCxhQUFZLElBQUksVUFBVSxPQUFPLENBQUMsV0FBVyxJQUFJLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDOUcsWUFBTSxVQUFVLElBQUksWUFBWSxPQUFPLGdCQUFnQixhQUFhQSxhQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFDckcsYUFBTyxHQUFHQSxhQUFZLElBQUksWUFBWSxPQUFPLENBQUMsYUFBYSxJQUFJLGVBQWUsSUFBSSxLQUFLLEdBQUcsb0JBQW9CLFFBQVEsR0FBRyxPQUFPO0lBQ2xJO0FBR08sYUFBU0EsYUFBWSxPQUFrQyxNQUFvQztBQUNoRyxVQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsVUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxVQUFJLFNBQVMsTUFBTTtBQUNqQixZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsZUFBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7TUFDN0M7QUFDQSxVQUFJLFNBQVM7QUFDWCxlQUFPLEtBQUssTUFBTSxLQUFLLEVBQ3BCLFNBQVMsRUFDVCxRQUFRLHlCQUF5QixHQUFHO0FBQ3pDLGFBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtJQUNqRztBQUVPLGFBQVNGLGFBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsWUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELGFBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0lBQ3ZFO0FBV08sYUFBU0ksaUJBQWdCLE1BQTJDO0FBQ3pFLFVBQUksQ0FBQyxLQUFLLFNBQVMsb0JBQW9CLENBQUMsS0FBSyxTQUFTLG1CQUFvQixRQUFPO0FBQ2pGLGFBQU87UUFDTCxnQkFBZ0JKLGFBQVksTUFBTSxvQkFBb0IsS0FBSztRQUMzRCxpQkFBaUJBLGFBQVksTUFBTSxzQkFBc0IsT0FBTztRQUNoRSwwQkFBMEJBLGFBQVksTUFBTSxtQ0FBbUMsS0FBSztRQUNwRixpQkFBaUJBLGFBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO01BQzNFO0lBQ0Y7QUFHTyxhQUFTSyxlQUFjLFdBQTJDO0FBQ3ZFLFVBQUksQ0FBQyxhQUFjLFVBQVUsbUJBQW1CLFFBQVEsVUFBVSxvQkFBb0I7QUFDcEYsZUFBTztBQUNULFlBQU0sU0FBUyxVQUFVO0FBQ3pCLGFBQU87UUFDTCwrQ0FBK0NILGFBQVksVUFBVSxnQkFBZ0IsT0FBTyxDQUFDO1FBQzdGLFdBQVdBLGFBQVksVUFBVSxpQkFBaUIsT0FBTyxDQUFDO1FBQzFELEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQkEsYUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO1FBQ2xGLG1CQUFtQixVQUFVLGVBQWU7TUFDOUMsRUFBRSxLQUFLLElBQUk7SUFDYjtBQUVPLFFBQU1JLGlCQUFnQixDQUFDLFNBQThCRCxlQUFjRCxpQkFBZ0IsSUFBSSxDQUFDO0FDbE54RixRQUFNLHlCQUF5QjtBQXVNL0IsYUFBU0csY0FDZCxNQUNBLE1BQ0EsdUJBQStDLENBQUMsR0FDdkM7QUFDVCxZQUFNLGFBQWFYLGVBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUYsYUFBWSxJQUFJLFVBQVUsS0FBSyxPQUFPO1FBQzFGO1FBQ0EsWUFBQUE7UUFDQTtRQUNBO1FBQ0E7TUFDRixFQUFFO0FBQ0YsYUFBTztRQUNMLGdCQUFnQjtRQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO1FBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO1FBQ3BEO1FBQ0EsV0FBV0csY0FBYSxJQUFJO1FBQzVCLFNBQVNDLG1CQUFrQixNQUFNLG9CQUFvQjtRQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN6RyxXQUFXTSxpQkFBZ0IsSUFBSTtNQUNqQztJQUNGO0FBR08sYUFBU1QsU0FBTyxXQUFtRDtBQUN4RSxVQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsVUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxhQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0lBQ3hEO0FDOU9BLGFBQVMsY0FBYyxPQUFlLEdBQTZCO0FBQ2pFLFlBQU0sT0FBT0osV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFlBQU0sV0FDSixFQUFFLGFBQWEsUUFBUSxFQUFFLFNBQVMsaUJBQWlCLEVBQUUsTUFBTSxLQUFLLFlBQVlXLGFBQVksRUFBRSxVQUFVUCxTQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFlBQU1yQixRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxVQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksZUFBZWlCLFdBQVUsUUFBUSxDQUFDO0FBQzFELGFBQU8sR0FBR2pCLEtBQUk7MEJBQTZCaUIsV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxZQUFZLFFBQVEsRUFBRSxDQUFDLHNCQUFzQkEsV0FBVSxRQUFRLENBQUM7O0lBQ2xKO0FBRUEsYUFBUyxVQUFVLE9BQWUsU0FBMEI7QUFDMUQsWUFBTSxTQUFTQSxXQUFVLFFBQVEsSUFBSSxrQkFBa0IsMkJBQTJCO0FBQ2xGLGFBQU8sNEJBQTRCLEtBQUs7d0JBQW9ELE1BQU0sZUFBZSxNQUFNOztJQUN6SDtBQUVPLGFBQVNpQixhQUFZLFNBQTBCO0FBQ3BELFlBQU0sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFFM0MsWUFBTSxTQUFTLFFBQVEsSUFBSSxZQUFZLFdBQVcsUUFBUSxJQUFJLFlBQVksZ0JBQWdCLElBQUk7QUFDOUYsWUFBTSxRQUFRLEtBQUssU0FBUztBQUM1QixZQUFNakgsYUFBWSxRQUFRLElBQUksZUFBZSxLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ2pFLFlBQU0sUUFBUWdHLFdBQVUsZUFBZSxRQUFRLElBQUksUUFBUSxFQUFFO0FBQzdELFlBQU0sUUFBUSxDQUFDLEdBQUksU0FBUyxDQUFDLFVBQVUsT0FBTyxPQUFPLENBQUMsSUFBSSxDQUFDLEdBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLGNBQWMsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUMxRyxhQUFPO1FBQ0w7UUFDQSx5Q0FBeUMsS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLFdBQVdoRyxRQUFPO1FBQzFHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLHVCQUF1QkEsUUFBTztRQUNwSCxHQUFHO1FBQ0g7UUFDQTtRQUNBO01BQ0YsRUFBRSxLQUFLLElBQUk7SUFDYjtBQ2pDQSxhQUFTLGVBQWUsTUFBb0M7QUFDMUQsYUFBTztRQUNMO1FBQ0E7UUFDQSxHQUFHLEtBQUs7VUFDTixDQUFDLE1BQ0MsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLE1BQU1rRyxjQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNUyxhQUFZLEVBQUUsVUFBVVAsU0FBTyxDQUFDLENBQUMsQ0FBQztRQUNsSDtNQUNGO0lBQ0Y7QUFFTyxhQUFTYyxnQkFBZSxTQUEwQjtBQUN2RCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRTtBQUN2QyxZQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUU7QUFFdEMsWUFBTSxVQUNKLEtBQUssV0FBVyxJQUNaLGtCQUNBLE9BQU8sU0FBUyxJQUNkLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNLHVCQUNwQyxRQUFRLFlBQVksaUJBQ2xCLHVCQUF1QixLQUFLLE1BQU0sK0RBQ2xDLFNBQVMsS0FBSyxNQUFNO0FBQzlCLFlBQU0sUUFBUSxDQUFDLGtCQUFrQmhCLGNBQWEsUUFBUSxJQUFJLFVBQVUsRUFBRSxTQUFTLE1BQU0sQ0FBQyxDQUFDLEtBQUssT0FBTyxJQUFJLEVBQUU7QUFDekcsVUFBSSxPQUFPLFNBQVMsRUFBRyxPQUFNLEtBQUssR0FBRyxlQUFlLE1BQU0sR0FBRyxFQUFFO0FBQy9ELFVBQUksT0FBTyxTQUFTLEdBQUc7QUFFckIsY0FBTTtVQUNKO1VBQ0EsWUFBWSxPQUFPLE1BQU0sb0JBQW9CLE9BQU8sV0FBVyxJQUFJLEtBQUssR0FBRztVQUMzRTtVQUNBLEdBQUcsZUFBZSxNQUFNO1VBQ3hCO1VBQ0E7VUFDQTtRQUNGO01BQ0Y7QUFDQSxZQUFNLFlBQVksUUFBUTtBQUMxQixVQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLGNBQU0sS0FBSyw0REFBNEQscUNBQXFDO0FBQzVHLG1CQUFXLEtBQUssV0FBVztBQUN6QixnQkFBTTtZQUNKLEtBQUtELG9CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNVSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDO1VBQ3ROO1FBQ0Y7QUFDQSxjQUFNLEtBQUssRUFBRTtNQUNmO0FBQ0EsWUFBTSxVQUFVLFFBQVEsV0FBVztBQUNuQyxZQUFNLFNBQVNELGtCQUFpQixPQUFPO0FBQ3ZDLFVBQUksT0FBUSxPQUFNLEtBQUssR0FBRyxRQUFTLGFBQWEsSUFBSSxRQUFRLEVBQUUsR0FBR1Qsb0JBQW1CLE1BQU0sQ0FBQyxJQUFJLEVBQUU7QUFDakcsVUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsY0FBTSxLQUFLLGdGQUFnRixzQkFBc0I7QUFDakgsbUJBQVcsT0FBTyxRQUFRLFdBQVc7QUFDbkMsZ0JBQU07WUFDSixLQUFLQSxvQkFBbUIsSUFBSSxRQUFRLENBQUMsTUFBTVUsYUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLE9BQU8sUUFBUUEsYUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLE1BQU0sSUFBSSxZQUFZLE9BQU8sY0FBY0EsYUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO1VBQ3JPO1FBQ0Y7QUFDQSxjQUFNLEtBQUssRUFBRTtNQUNmO0FBQ0EsWUFBTSxLQUFLVixvQkFBbUJhLGVBQWMsUUFBUSxTQUFTLENBQUMsR0FBRyxFQUFFO0FBQ25FLGFBQU8sTUFBTSxLQUFLLElBQUk7SUFDeEI7QUNyREEsUUFBTSxXQUFXLG9CQUFJLElBQUk7TUFDdkI7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO0lBQ0YsQ0FBQztBQUNELFFBQU0sV0FBVyxDQUFDLFNBQ2hCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTFGLGFBQVMsTUFBTSxPQUFnQjtBQUM3QixZQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDbkksVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixhQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtJQUN2RTtBQUVPLGFBQVN3SSxhQUNkLE1BQ0FoSixXQUNRO0FBQ1IsWUFBTSxJQUFJLE1BQU1BLFVBQVEsS0FBSztBQUM3QixZQUFNLFFBQWtCLENBQUM7QUFDekIsWUFBTSxhQUFha0ksZUFBYyxJQUFJO0FBQ3JDLFlBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsWUFBTTtRQUNKLEVBQUU7VUFDQSxlQUFlbEksVUFBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQztRQUNyTjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxpQkFBVyxLQUFLLFlBQVk7QUFDMUIsY0FBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLGNBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUl3SSxhQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO01BQzdHO0FBQ0EsWUFBTSxZQUFZTCxjQUFhLElBQUk7QUFDbkMsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsY0FBTTtVQUNKO1VBQ0EsRUFBRTtZQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO1VBQzFJO1FBQ0Y7QUFDQSxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU0sT0FBTyxDQUFDLE1BQXFCSyxhQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxnQkFBTTtZQUNKLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSUEsYUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDO1VBQ2hMO1FBQ0Y7TUFDRjtBQUNBLFlBQU0sVUFBVUosbUJBQWtCLE1BQU1wSSxVQUFRLG9CQUFvQjtBQUNwRSxZQUFNLFNBQVN1SSxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsVUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsY0FBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLGNBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLG1CQUFXLE9BQU8sUUFBUSxVQUFXLE9BQU0sS0FBSyxLQUFLLElBQUksU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJRSxhQUFZLEdBQUcsQ0FBQyxFQUFFO01BQ3ZHO0FBQ0EsWUFBTTVHLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFlBQU0sV0FBV3lHLGFBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsWUFBTSxhQUFhQSxhQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsWUFBTTtRQUNKLEtBQUtFLGFBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjM0csV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUTJHLGFBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0IzRyxTQUFRLFFBQVEsQ0FBQyxDQUFDO01BQ25OO0FBQ0EsWUFBTSxLQUFLLGFBQWEyRyxhQUFZRixhQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFlBQU0sU0FBU0EsYUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxZQUFNO1FBQ0osYUFBYUUsYUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZQSxhQUFZRixhQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU9FLGNBQWFGLGFBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNQSxhQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUM7TUFDM087QUFDQSxZQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFDMUMsT0FBTyxRQUFRLEVBQ2YsS0FBSztBQUNSLFVBQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsY0FBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLG1CQUFXLFFBQVEsUUFBUTtBQUN6QixnQkFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLGdCQUFNLElBQUksRUFBRTtBQUNaLGdCQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxnQkFBTTlILFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBT2dJLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTQSxhQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1RBLGFBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0JBLGFBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLGdCQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJaEksS0FBSSxFQUFFO1FBQ3JGO01BQ0Y7QUFDQSxZQUFNLEtBQUssSUFBSSxLQUFLb0ksZUFBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLGFBQU8sTUFBTSxLQUFLLElBQUk7SUFDeEI7QUM5R0EsUUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELGFBQVNLLG1CQUFrQixNQUFtQjtBQUNuRCxhQUFPLFNBQVNuSixnQkFBYyxNQUEyQztBQUN2RSxjQUFNLE1BQThCO1VBQ2xDLFFBQVFrSixhQUFZLE1BQU07WUFDeEIsVUFBVSxLQUFLO1lBQ2YsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCO1lBQ25DLHNCQUFzQixLQUFLO1VBQzdCLENBQUM7UUFDSDtBQUNBLGNBQU0sTUFBTSxNQUFNO0FBQ2xCLFlBQUksS0FBSztBQUNQLGdCQUFNLFVBQVVIO1lBQ2Q7WUFDQTtjQUNFLFVBQVUsS0FBSztjQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7Y0FDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO2NBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7WUFDdEM7WUFDQSxLQUFLO1VBQ1A7QUFFQSxnQkFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELGNBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDOztBQUNoRSxjQUFJLEdBQUcsR0FBRyxZQUFZLElBQUlDLGFBQVksT0FBTztBQUM3QyxjQUFJLEdBQUcsR0FBRyxhQUFhLElBQUlDLGdCQUFlLE9BQU87UUFDbkQ7QUFDQSxlQUFPO01BQ1Q7SUFDRjtBQ2pEQSxRQUFBckcsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQXNCZixhQUFTd0csY0FBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFJcEcsVUFBSSxRQUFRO0FBQ1osZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxVQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQzFELFVBQUksUUFBUSxTQUFTO0FBQ3JCLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsaUJBQVMsTUFBTSxDQUFDLEVBQUc7QUFDbkIsWUFBSSxRQUFRLEVBQUcsUUFBTyxNQUFNLENBQUMsRUFBRztNQUNsQztBQUNBLGFBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0lBQ2xDO0FDM0JBLFFBQU1DLFVBQVMsQ0FBQyxTQUNkLEtBQUssZ0JBQWdCLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxLQUFLLGdCQUFnQixNQUFNLENBQUM7QUFFOUUsUUFBTUMsT0FBK0I7TUFDbkMsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDQyxTQUFRQSxLQUFJLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxFQUFFO01BQzNELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQ0EsTUFBSyxTQUFTQSxLQUFJLFVBQVVGLFFBQU8sSUFBSSxDQUFDLEVBQUU7TUFDOUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDRSxNQUFLLFNBQVNBLEtBQUksV0FBV0YsUUFBTyxJQUFJLEdBQUcsQ0FBQyxFQUFFO01BQ2xFLEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQ0UsU0FBUUEsS0FBSSxPQUFPLEVBQUU7SUFDM0M7QUFHTyxhQUFTQyxnQkFBZUQsTUFBZ0IsTUFBcUI7QUFDbEUsTUFBQUgsY0FBYUUsSUFBRyxFQUFFQyxNQUFLLElBQUk7SUFDN0I7QUNiQSxRQUFNLE1BQU0sRUFBRSxPQUFPL0UsV0FBVTtBQTRGeEIsYUFBUyxhQUFhLE9BQWUsV0FBMkI7QUFDckUsYUFBTyxLQUFLLE1BQU0sUUFBUSxZQUFZLElBQUk7SUFDNUM7QUFPTyxhQUFTaUYsdUJBQ2QsV0FDQSxPQUNBQyxRQUNRO0FBQ1IsYUFBTyxPQUFPLFFBQVEsU0FBUyxFQUM1QixPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTW5ILGVBQWMsUUFBUSxDQUFDLEVBQ2hELElBQUksQ0FBQyxDQUFDLE1BQU0sUUFBUSxPQUFPO1FBQzFCLFFBQVE7UUFDUixNQUFNLEVBQUUsVUFBVSxLQUFLO1FBQ3ZCLE9BQU87VUFDTDtZQUNFLE1BQU07WUFDTixJQUFJO1lBQ0osT0FBTyxhQUFhLE9BQU9DLHFCQUFvQixRQUFRLENBQUM7WUFDeEQsR0FBSWtILFNBQVEsRUFBRSxhQUFhLE1BQU0sR0FBR0EsT0FBTSxJQUFJLENBQUM7VUFDakQ7UUFDRjtNQUNGLEVBQUU7SUFDTjtBQU1PLGFBQVNDLGlCQUFnQixTQUFrQixpQkFBeUIsaUJBQWlCLE1BQWM7QUFDeEcsYUFBTztRQUNMO1VBQ0UsUUFBUTtVQUNSLE1BQU07VUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLGFBQWEsTUFBTSxlQUFlLENBQUM7UUFDaEc7UUFDQTtVQUNFLFFBQVE7VUFDUixNQUFNO1VBQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsV0FBVyxhQUFhLE1BQU0sZUFBZSxDQUFDO1FBQ2hHO1FBQ0EsRUFBRSxRQUFRLGlCQUFpQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxNQUFNLE9BQU8sRUFBRSxDQUFDLEVBQUU7TUFDMUU7SUFDRjtBL0IxSEEsUUFBTW5JLFdBQVMwQixlQUFjLFlBQVk7QUFDekMsUUFBTSxFQUFFLFdBQUFsQixZQUFXLFNBQUFDLFVBQVMsV0FBQVYsWUFBVyxZQUFBVyxZQUFXLElBQUlKLGlCQUFnQixTQUFTLEtBQUs7QUFFcEYsUUFBTThILG1CQUFrQmhDLG9CQUFtQjtNQUN6QyxZQUFZO01BQ1osWUFBQTFGO01BQ0EsYUFBYVYsU0FBTyxRQUFRO01BQzVCLE1BQU0sRUFBRSxXQUFBUSxZQUFXLFNBQUFDLFVBQVMsV0FBQVYsV0FBVTtJQUN4QyxDQUFDO0FBRU0sUUFBTXJCLFdBQTBCLGdCQUFBc0gsY0FBYWhHLFVBQVEsTUFBTTtBQUdoRSxZQUFNLFlBQVk7UUFDaEIsUUFBUWtCO1VBQ047VUFDQVY7VUFDQUM7VUFDQVY7VUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLEtBQU1VLFdBQVVULFNBQU8sUUFBUSxXQUFZLEdBQUksQ0FBQztRQUNwRTtNQUNGO0FBQ0EsYUFBTztRQUNMLE9BQU8sQ0FBQzs7UUFDUixXQUFXRDtRQUNYO1FBQ0EsT0FBTztVQUNMLEdBQUdvSSxpQkFBZ0JuSSxTQUFPLFNBQVMsMkJBQTJCO1VBQzlELEdBQUdpSSx1QkFBc0IsV0FBV2pJLFNBQU8sUUFBUSxjQUFjLEVBQUUsZ0JBQWdCLEtBQUssQ0FBQztRQUMzRjtNQUNGO0lBQ0YsQ0FBQztBQUdNLFFBQU14QixpQkFBZ0MsZ0JBQUFtSixtQkFBa0I7TUFDN0QsVUFBVTtNQUNWLHNCQUFzQixFQUFFLFFBQVEsRUFBRTtJQUNwQyxDQUFDO0FBRU0sYUFBUy9JLFNBQTBCO0FBQ3hDLGFBQU9rSCxZQUFXOUYsVUFBUSxFQUFFLE1BQU0sS0FBSyxDQUFDO0lBQzFDO0FBRUEsUUFBSTJGO0FBRUcsYUFBU2xILE9BQU0sTUFBcUI7QUFDekMsTUFBQWtILFlBQVcsSUFBSW5CLFdBQVV4RSxTQUFPLFNBQVNBLFNBQU8sYUFBYSxLQUFLLE9BQU8sT0FBTztBQUNoRixNQUFBZ0ksZ0JBQWVyQyxTQUFRLElBQUk7QUFDM0IsTUFBQXlDLGlCQUFnQjtJQUNsQjs7Ozs7QWdDM0VBLElBQUk7QUFFRyxTQUFTLFVBQVU7QUFDeEIsTUFBSSxnQkFBZ0IsUUFBVztBQUM3QixVQUFNLFlBQVksV0FBVztBQUM3QixlQUFXLGlCQUFpQixDQUFDO0FBQzdCLGVBQVcsUUFBUSxDQUFDLE1BQUssV0FBVSxnQkFBZSxXQUFVLGNBQWEsWUFBWSxHQUFHO0FBQ3RGLFlBQU0sU0FBUyxVQUFVLElBQUk7QUFDN0IsaUJBQVcsZUFBZSxJQUFJLElBQUksRUFBRSxJQUFJLFFBQVEsZUFBZSxPQUFPLFdBQVcsT0FBTztBQUFBLElBQzFGO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLFNBQU87QUFDVDtBQUNBLFdBQVcsc0JBQXNCOzs7QUNtQjFCLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWMsTUFBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTUMsUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPLEtBQUssV0FBVyxDQUFDLE1BQU0sUUFBUyxLQUFLLE1BQU0sQ0FBQyxJQUFJO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyxtQkFBUztBQUNUO0FBQUEsUUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO0FBQUEsWUFDMUIsVUFBUztBQUFBLE1BQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsZ0JBQVE7QUFDUixvQkFBWTtBQUFBLE1BQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxpQkFBUyxZQUFZO0FBQ3JCLGdCQUFRO0FBQUEsTUFDVixNQUFPLFVBQVM7QUFBQSxJQUNsQjtBQUNBLFFBQUksT0FBUSxDQUFBQSxNQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsV0FBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxRQUFJLENBQUMsU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLFlBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLFVBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0QsUUFBQUEsTUFBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQUEsTUFDaEg7QUFDQSxnQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGNBQVEsT0FBTztBQUNmO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxXQUFXLE1BQU8sQ0FBQUEsTUFBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxVQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxVQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxVQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsUUFBSSxVQUFVLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxRQUFJLGFBQWEsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFFBQUksQ0FBRSxNQUE0QixTQUFTLElBQUk7QUFDN0MsTUFBQUEsTUFBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixRQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsU0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGFBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsTUFBSSxDQUFDLFFBQVMsQ0FBQUEsTUFBSyxHQUFHLHFGQUFxRjtBQUMzRyxTQUFPO0FBQ1Q7QUFxQk8sU0FBUyxVQUFVLE1BQVksR0FBbUI7QUFDdkQsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzlDOzs7QUMzRE8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBR08sSUFBTSxnQkFBZ0IsS0FBSztBQUtsQyxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUE4S3hELFNBQVMsVUFDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsUUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELFNBQU8sU0FBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtBQUN6Rjs7O0FDN09BLElBQU0sc0JBQXNCO0FBSzVCLElBQU0sY0FBYztBQUlwQixJQUFNLGVBQWUsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsTUFBTSxNQUFNLDRCQUE0QjtBQUNqSCxJQUFNLGNBQWMsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsS0FBSztBQW1IdEUsSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixPQUFPO0FBQUEsRUFDUCxRQUF3QixpQkFBQyxxQkFBcUIsd0JBQXdCLEVBQUUsS0FBSyxJQUFJO0FBQUEsRUFDakYsS0FBSyxDQUFDLGFBQWEsRUFBRSxDQUFDLG1CQUFtQixHQUFHLE9BQU8sS0FBSyxJQUFJLGFBQWEsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ2hHLFNBQVM7QUFBQSxFQUNULFVBQVUsQ0FBQyxRQUFRO0FBQ2pCLFVBQU1DLGFBQVksVUFBVSxLQUFLLHlCQUF5QixHQUFHLFlBQVksR0FBRyxHQUFPLENBQUM7QUFDcEYsVUFBTUMsV0FBVSxVQUFVLEtBQUssdUJBQXVCLEtBQU0sWUFBWSxHQUFHLEdBQU8sQ0FBQztBQUNuRixVQUFNQyxhQUFZLFVBQVUsS0FBSyxxQkFBcUIsS0FBSyxhQUFhLEdBQUcsV0FBVyxDQUFDO0FBQ3ZGLFVBQU1DLGNBQWEsVUFBVSxLQUFLLHFCQUFxQixJQUFJLFlBQVksR0FBRyxHQUFNLENBQUM7QUFDakYsUUFBSUYsV0FBVUQ7QUFDWixZQUFNLElBQUksTUFBTSx1QkFBdUJDLFFBQU8sbUNBQW1DRCxVQUFTLHNCQUFzQjtBQUNsSCxXQUFPLEVBQUUsV0FBQUEsWUFBVyxTQUFBQyxVQUFTLFdBQUFDLFlBQVcsWUFBQUMsWUFBVztBQUFBLEVBQ3JEO0FBQ0Y7OztBQzNLQSxTQUFTLE9BQU8sYUFBYTs7O0FDQTdCLE9BQU8sa0JBQWtCO0FBQ3pCLElBQU8sb0JBQVE7OztBQ0RmLE9BQU8sYUFBYTtBQUNwQixJQUFPLGVBQVE7OztBQ0RmLFNBQVMsU0FBUyxhQUFhOzs7QUNBL0IsU0FBUyxtQkFBbUI7OztBQ0dyQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLGVBQWU7OztBQ0s1QixTQUFTLGVBQXVCO0FBRTlCLE1BQUksU0FBUyxFQUFHLENBQUMsV0FBd0QsWUFBWSxFQUFHO0FBQ3hGLFFBQU0sU0FBUyxJQUFJLFlBQVksZUFBZSxNQUFnQjtBQUM1RCxVQUFNLElBQUksTUFBTSwwQ0FBMEMsYUFBYSxrQ0FBa0M7QUFBQSxFQUMzRyxDQUFDO0FBQ0QsU0FBTyxPQUFPLENBQUM7QUFDakI7QUFFTyxJQUFNLFNBQTRCLGFBQWE7QUFHL0MsSUFBTSxnQkFBMEMsTUFBTTs7O0FDTjdELFNBQVMsaUJBQWlCO0FBQ3hCLFNBQU87QUFBQTtBQUFBLElBRUwsWUFBWSxJQUFJLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxJQUUxQyxpQkFBaUIsSUFBSSxNQUFNLDBCQUEwQjtBQUFBO0FBQUEsSUFFckQsVUFBVSxJQUFJLE1BQU0sa0JBQWtCO0FBQUE7QUFBQSxJQUV0QyxnQkFBZ0IsSUFBSSxRQUFRLHdCQUF3QjtBQUFBO0FBQUEsSUFFcEQsY0FBYyxJQUFJLE1BQU0saUNBQWlDO0FBQUEsRUFDM0Q7QUFDRjtBQUdBLElBQU0sU0FBUyxTQUFTLEtBQUssT0FBTyxlQUFlLFNBQVksZUFBZSxJQUFJO0FBV2xGLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLElBQUksU0FBUztBQUNiLElBQUk7QUFDSixJQUFJLGFBQWE7QUFNakIsU0FBUyxVQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFFBQU0sTUFBTSxhQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7QUFBQSxJQUN0RSxHQUFHO0FBQUEsSUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLEVBQ2hELENBQVU7QUFDVixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztBQUM5QztBQXdCQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU08sU0FBUyxjQUFjLFlBQTBCO0FBRXRELE1BQUksQ0FBQyxXQUFZLGNBQWEsVUFBVSxZQUFZLE1BQU07QUFDMUQsYUFBUztBQUNQLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsYUFBUyxVQUFVO0FBQ25CLFVBQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxRQUFJLGtCQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFFBQUksa0JBQUssU0FBUyxhQUFhLEVBQUc7QUFBQSxFQUNwQztBQUNBLFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFdBQVMsVUFBVTtBQUNyQjtBQUVBLFNBQVMsU0FBUyxZQUEwQjtBQUMxQyxRQUFNLE1BQU0sYUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUNKLElBQUksV0FBVyxNQUFNLE1BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLFdBQVEsZUFBZSxJQUFJLENBQUM7QUFDNUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzdHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFDcEMsUUFBSSxPQUFPLFVBQVUsVUFBYSxPQUFPLFVBQVUsT0FBUTtBQUMzRCxXQUFRLFdBQVcsSUFBSSxPQUFPLFdBQVc7QUFDekMsV0FBUSxnQkFBZ0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNwRCxXQUFRLFNBQVMsSUFBSSxPQUFPLFNBQVM7QUFBQSxFQUN2QztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsc0JBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtBQUN2Rjs7O0FDOUdBLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUk7QUFBQSxNQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztBQUFBLElBQ2pFO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQW9CO0FBRXBDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUTtBQUNqQixXQUFPLElBQUksSUFBSSxJQUFJO0FBQUEsTUFDakIsU0FBUyxJQUFJO0FBQUEsTUFDYixNQUFNLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7QUFBQSxJQUNoRDtBQUNGLFNBQU87QUFBQSxJQUNMLFFBQVEsMEJBQTBCLElBQUk7QUFBQSxJQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxJQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7QUFBQSxFQUM5QztBQUNGO0FBRUEsU0FBUyxTQUFTQyxTQUFzQjtBQUN0QyxNQUFJQSxRQUFPLFVBQVcsUUFBTyxTQUFTQSxRQUFPLFNBQVM7QUFDdEQsUUFBTSxRQUFRQSxRQUFPO0FBQ3JCLE1BQUlBLFFBQU8sV0FBVztBQUNwQixXQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixPQUFPQSxRQUFPO0FBQUEsTUFDZCxTQUFTLENBQUMsTUFBTSxPQUFPLGNBQWMsRUFBRSxPQUFPLFVBQVUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3RTtBQUNGO0FBaUJPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBQ25GNUMsT0FBTyxnQkFBZ0I7OztBQ3NCaEIsSUFBTSxZQUFZOzs7QUNMbEIsU0FBUyxRQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsUUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxVQUFRLFVBQVU7QUFBQSxJQUNoQixLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sZ0JBQWdCLE9BQU87QUFBQSxJQUNoQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTyxhQUFhLEtBQUs7QUFBQSxJQUNyRCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUc5RSxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsTUFBSSxPQUFPLGVBQWUsUUFBUTtBQUNsQyxNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQVEsRUFBRTtBQUNoRSxtQkFBZSxRQUFRLElBQUk7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDs7O0FDMkJBLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsU0FBUyxTQUFTLE9BQWtCLE9BQXVCO0FBQ3pELFVBQVEsT0FBTztBQUFBLElBQ2IsS0FBSztBQUNILGFBQU8sTUFBTSxRQUFRLE1BQU07QUFBQSxJQUM3QixLQUFLLFNBQVM7QUFDWixZQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLElBQ2hEO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ2hFLEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDeEQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUN6RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sUUFBUSxDQUFDO0FBQUEsSUFDN0IsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUMzRSxLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsSUFDckMsS0FBSyxhQUFhO0FBQ2hCLFlBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQzVFO0FBQUEsRUFDRjtBQUNGO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsTUFBTTtBQUNyQyxNQUFJLGFBQWEsUUFBVztBQUMxQixlQUFXLGFBQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLE1BQU0sSUFBSTtBQUFBLEVBQzVCO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQUNHLFNBQVMsZ0JBQWdCLE1BQXlDO0FBQ3ZFLGFBQVc7QUFDYjtBQU9BLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sbUJBQW1CLENBQUMsTUFBZSxFQUFFO0FBQzNDLElBQU0sa0JBQWtCLENBQUMsTUFBZSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBRXpELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLGlCQUFpQjtBQUNsRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUk7QUFDcEUsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBS0EsU0FBUyxVQUFVLFFBQWdCLEtBQWEsT0FBNEM7QUFDMUYsU0FBTyxVQUFVLFNBQVksU0FBUyxHQUFHLE1BQU0sR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUNqSDtBQUVPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sYUFBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU0sU0FBUyxJQUFJO0FBQ25CLFVBQU0sV0FBVyxXQUFXO0FBQzVCLFFBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQztBQUNmLFFBQUksU0FBUyxVQUFVO0FBQ3JCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUssU0FBUyxPQUFPLFNBQVM7QUFDbEQsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQXNCLE9BQU8sUUFBUSxTQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUNoRztBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLFFBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtBQUFBLEVBQ3BFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLFFBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVMsVUFBVSxJQUFJLFNBQVMsTUFBTSxLQUFLO0FBQy9DLGFBQVMsVUFBVSxRQUFRLFVBQVUsTUFBTSxNQUFNO0FBQ2pELGFBQVMsVUFBVSxRQUFRLEtBQUssTUFBTSxDQUFDO0FBQ3ZDLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsUUFBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsUUFBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07QUFBQSxFQUNyRjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDbkY7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsUUFBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLFFBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxRQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDNUc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7QUFBQSxFQUNoRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLFFBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztBQUFBLEVBQ2xHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFDRjs7O0FDaFZPLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLOzs7QUMrRHpDLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDs7O0FDaEVPLFNBQVMsV0FBVyxRQUEyQixHQUFtQjtBQUN2RSxNQUFJLE9BQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDZCQUE2QjtBQUN0RSxRQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxTQUFPLE9BQU8sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFNLElBQUksTUFBTyxPQUFPLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDckU7QUFHTyxTQUFTLG1CQUNkLFFBQ0EsTUFDQSxhQUNTO0FBQ1QsU0FDRSxPQUFPLFVBQVUsUUFDakIsT0FBTyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsS0FDeEI7QUFBQSxJQUNFLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBQUEsSUFDdEI7QUFBQSxFQUNGLElBQUk7QUFFUjtBQUdPLFNBQVMsV0FBV0MsWUFBbUJDLFVBQWlCQyxZQUFtQixVQUEwQjtBQUMxRyxRQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsV0FBV0EsVUFBUyxDQUFDO0FBQzNELFNBQU9GLGNBQWFDLFdBQVVELGNBQWE7QUFDN0M7QUFPTyxTQUFTLGFBQ2QsTUFDQSxJQUNvQjtBQUNwQixRQUFNLFdBQVcsR0FBRyxPQUFPLEtBQUssUUFBUTtBQUN4QyxTQUFPLFVBQVUsS0FBSyxHQUFHLFlBQVksS0FBSyxhQUFhLFVBQVU7QUFDbkU7OztBQ3RETyxTQUFTLG1CQUFtQkcsVUFBMkM7QUFDNUUsUUFBTSxZQUFZLElBQUksTUFBTUEsU0FBUSxVQUFVO0FBQzlDLFFBQU0sU0FBd0MsQ0FBQztBQUMvQyxRQUFNLFFBQStDLENBQUM7QUFDdEQsa0JBQWdCLENBQUMsV0FBVyxJQUFJLE9BQU87QUFDckMsV0FBTyxLQUFLLEVBQUUsSUFBSSxHQUFHLENBQUM7QUFDdEIsUUFBSSxPQUFPLFNBQVNBLFNBQVEsV0FBWSxRQUFPLE1BQU07QUFBQSxFQUN2RCxDQUFDO0FBQ0QsUUFBTSxFQUFFLFdBQUFDLFlBQVcsU0FBQUMsVUFBUyxXQUFBQyxXQUFVLElBQUlILFNBQVE7QUFDbEQsU0FBTyxNQUFNO0FBQ1gsVUFBTSxNQUFNLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxXQUFXLGtCQUFLLFNBQVMsZ0JBQWdCO0FBQ3pFLFVBQU0sS0FBSyxHQUFHO0FBQ2QsUUFBSSxNQUFNLFNBQVNBLFNBQVEsV0FBWSxPQUFNLE1BQU07QUFDbkQsUUFBSSxDQUFDLG1CQUFtQixRQUFRQSxTQUFRLFlBQVlBLFNBQVEsV0FBVyxFQUFHO0FBQzFFLFVBQU0sV0FBVyxhQUFhLE1BQU0sQ0FBQyxHQUFJLEdBQUc7QUFDNUMsUUFBSSxhQUFhLE9BQVc7QUFDNUIsVUFBTSxZQUFZLFdBQVdDLFlBQVdDLFVBQVNDLGFBQVksSUFBSSxPQUFPLGtCQUFLLFNBQVMsYUFBYSxHQUFJO0FBQ3ZHLGNBQVUsSUFBSSxLQUFLLElBQUksV0FBVyxRQUFRLENBQUM7QUFBQSxFQUM3QztBQUNGOzs7QUNoQk8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUlwRyxNQUFJLFFBQVE7QUFDWixXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLFVBQVMsTUFBTSxDQUFDLEVBQUc7QUFDMUQsTUFBSSxRQUFRLFNBQVM7QUFDckIsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxhQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQ25CLFFBQUksUUFBUSxFQUFHLFFBQU8sTUFBTSxDQUFDLEVBQUc7QUFBQSxFQUNsQztBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDOzs7QUMzQkEsSUFBTSxTQUFTLENBQUMsU0FDZCxLQUFLLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBRTlFLElBQU0sTUFBK0I7QUFBQSxFQUNuQyxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsUUFBUSxJQUFJLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDM0QsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLEtBQUssU0FBUyxJQUFJLFVBQVUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUFBLEVBQzlELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxLQUFLLFNBQVMsSUFBSSxXQUFXLE9BQU8sSUFBSSxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ2xFLEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxRQUFRLElBQUksT0FBTyxFQUFFO0FBQzNDO0FBR08sU0FBUyxlQUFlLEtBQWdCLE1BQXFCO0FBQ2xFLGVBQWEsR0FBRyxFQUFFLEtBQUssSUFBSTtBQUM3Qjs7O0FDS0EsSUFBTUMsVUFBUyxjQUFjLFlBQVk7QUFDekMsSUFBTSxFQUFFLFdBQVcsU0FBUyxXQUFXLFdBQVcsSUFBSSxnQkFBZ0IsU0FBUyxLQUFLO0FBRXBGLElBQU0sa0JBQWtCLG1CQUFtQjtBQUFBLEVBQ3pDLFlBQVk7QUFBQSxFQUNaO0FBQUEsRUFDQSxhQUFhQSxRQUFPLFFBQVE7QUFBQSxFQUM1QixNQUFNLEVBQUUsV0FBVyxTQUFTLFVBQVU7QUFDeEMsQ0FBQztBQW1DRCxJQUFJO0FBRUcsU0FBUyxNQUFNLE1BQXFCO0FBQ3pDLGFBQVcsSUFBSSxVQUFVQyxRQUFPLFNBQVNBLFFBQU8sYUFBYSxLQUFLLE9BQU8sT0FBTztBQUNoRixpQkFBZSxRQUFRLElBQUk7QUFDM0Isa0JBQWdCO0FBQ2xCOzs7QUN6RU8sU0FBUyxpQkFBaUIsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLGNBQWMsR0FBRyxJQUFJO0FBQUc7QUFDM0UsSUFBTSxVQUFVLFNBQVMsSUFBSSxRQUFRLEVBQUUsVUFBVTtBQUNqRCxTQUFTLFNBQVMsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLE1BQU0sR0FBRyxJQUFJO0FBQUc7QUFDM0QsU0FBU0MsYUFBWSxNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsU0FBUyxHQUFHLElBQUk7QUFBRzsiLCJuYW1lcyI6WyJfX2NvbW1vbkpTIiwiZXhwb3J0cyIsIm1vZHVsZSIsImhhbmRsZVN1bW1hcnkiLCJtaXhlZCIsIm9wdGlvbnMiLCJwb2xsUmVzb3VyY2VzIiwic2V0dXAiLCJ0ZWFyZG93biIsIkRFRkFVTFRfVEFSR0VUUyIsIlJPTEVTIiwiVXNlcnNGaWxlRXJyb3IiLCJwYXJzZVVzZXJzQ3N2IiwidGV4dCIsImZhaWwiLCJwYXJzZVBvb2xTcGVjIiwicG9vbEVtYWlsIiwidG9vU21hbGxGb3JEaXN0aW5jdCIsInZ1SWRCb3VuZCIsIkNvbmZpZ0Vycm9yIiwiTUFYX1JBTVBfVVBfUyIsIk1BWF9SQU1QX0RPV05fUyIsInJhdyIsIm51bWJlckluIiwibWlsbGlzIiwiZnJhY3Rpb24iLCJkdXJhdGlvblMiLCJjb25maWciLCJlbnZOdW1iZXIiLCJCUkVBS1BPSU5UX0RVUkFUSU9OIiwiTUFYX1BIQVNFX1MiLCJ3aG9sZVNlY29uZHMiLCJ3aG9sZU51bWJlciIsImJyZWFrcG9pbnRFbnRyeSIsInNlY29uZHMiLCJzdGFydFJhdGUiLCJtYXhSYXRlIiwid2luZG93U2l6ZSIsIm1ldHJpY0tleSIsInBlcmNlbnRpbGUiLCJ0b0s2VGhyZXNob2xkcyIsImR1cmF0aW9uU2Vjb25kcyIsImlzQXJyaXZhbFJhdGUiLCJzY2hlZHVsZWRJdGVyYXRpb25zIiwiU1VNTUFSWV9UUkVORF9TVEFUUyIsInJpc2luZ1JhdGUiLCJleGVjIiwiaW1wb3J0X2s2IiwiaW1wb3J0X2V4ZWN1dGlvbiIsImltcG9ydF9odHRwIiwiaW1wb3J0X21ldHJpY3MiLCJpbXBvcnRfZGF0YSIsIlNIQVJFRF9DT05GSUciLCJndWFyZGVkQ29uZmlnIiwiZGVjbGFyZU1ldHJpY3MiLCJzZXJ2ZXIiLCJQT0xMIiwiY3Vyc29yIiwiZXJyb3JzU2VlbiIsImxvYWRNYXJrZWQiLCJtYXJrUGhhc2UiLCJodHRwIiwicmVzb3VyY2VzU2NlbmFyaW8iLCJwYXJzZSIsInBvbGxPbmNlIiwic2FtcGxlIiwiZW5kTG9hZCIsInJlc291cmNlR2F0ZXMiLCJyZWFkRmlsZSIsImZpbGVQb29sIiwiaW1wb3J0X2RhdGEyIiwibWFrZVBvb2wiLCJhc3NlcnREaXN0aW5jdCIsInBvb2wiLCJpbXBvcnRfc2VjcmV0cyIsIkFQSV9TQ09QRSIsImFwaVBhdGgiLCJyb3V0ZU5hbWVzIiwidGFnc0J5RW5kcG9pbnQiLCJyZXF1ZXN0VGFncyIsImlzSWQiLCJpc0NvdW50IiwiaGFzU2hhcGUiLCJpc0pzb24iLCJyZWFkaW5nIiwicmVhZEZpZWxkIiwiTGF6eVJlc3VsdCIsInBhcnNlSnNvbiIsInN0YXR1c0NhbGxiYWNrcyIsImV4cGVjdFN0YXR1cyIsImltcG9ydF9odHRwMiIsIm9ic2VydmVyIiwib2JzZXJ2ZVJlcXVlc3RzIiwib3V0Y29tZSIsInN0YXR1c0lzRXhwZWN0ZWQiLCJzaGFwZUlzRXhwZWN0ZWQiLCJjaGVja1NldHMiLCJjaGVja3NGb3IiLCJ3aXRoUGFyYW0iLCJBcGlDbGllbnQiLCJwYXJhbXMiLCJpbXBvcnRfazYyIiwiREFUQVNFVF9USVRMRSIsIlJVTl9USVRMRV9GSUxURVIiLCJkYXRhc2V0VGl0bGUiLCJuZXdSdW5JZCIsIkxJVkVfUlVOX1dJTkRPV19NUyIsImlzTGVmdG92ZXIiLCJjb3VudCIsImltcG9ydF9odHRwMyIsImltcG9ydF9rNjMiLCJxdWlldExvZ2luIiwiZW5zdXJlRGF0YXNldCIsIm9wZW4iLCJyZW1vdmVDb3Vyc2VzIiwiaW1wb3J0X2V4ZWN1dGlvbjMiLCJ1cmwiLCJpbXBvcnRfaHR0cDQiLCJjbGllbnQiLCJpbXBvcnRfazY0Iiwic2VjcmV0cyIsInByZXBhcmVSdW4iLCJjbGVhblVwUnVuIiwiZW50cnlPcHRpb25zIiwid2luZG93V2l0aGluQnVkZ2V0IiwibGluZWFyUmF0ZSIsImFjaGlldmVkUmF0ZSIsInRyYWNrU3VzdGFpbmVkUmF0ZSIsImltcG9ydF9tZXRyaWNzMiIsImltcG9ydF9leGVjdXRpb240IiwiZXNjYXBlWG1sIiwiZXNjYXBlTWFya2Rvd25DZWxsIiwibWFya2Rvd25Db2RlIiwiZXhwcmVzc2lvbiIsInVuaXRPZiIsInRocmVzaG9sZFJvd3MiLCJlbmRwb2ludFJvd3MiLCJkcm9wcGVkSXRlcmF0aW9ucyIsIml0ZXJhdGlvbnMiLCJtZXRyaWNWYWx1ZSIsInBlcmNlbnRpbGVDYXZlYXQiLCJmb3JtYXRWYWx1ZSIsImRyb3BwZWRUZXh0Iiwic2VydmVyUmVzb3VyY2VzIiwicmVzb3VyY2VzVGV4dCIsInJlc291cmNlc0xpbmUiLCJidWlsZFJlc3VsdHMiLCJqdW5pdFJlcG9ydCIsIm1hcmtkb3duUmVwb3J0IiwidGV4dFN1bW1hcnkiLCJtYWtlSGFuZGxlU3VtbWFyeSIsInBpY2tXZWlnaHRlZCIsInNlZWRlZCIsIk1JWCIsImFwaSIsInJlYWRNaXhSZXF1ZXN0IiwiZHJvcHBlZEl0ZXJhdGlvbkdhdGVzIiwiYWJvcnQiLCJicmVha3BvaW50R2F0ZXMiLCJyZWNvcmRTdXN0YWluZWQiLCJmYWlsIiwic3RhcnRSYXRlIiwibWF4UmF0ZSIsImR1cmF0aW9uUyIsIndpbmRvd1NpemUiLCJjb25maWciLCJwb2xsUmVzb3VyY2VzIiwic3RhcnRSYXRlIiwibWF4UmF0ZSIsImR1cmF0aW9uUyIsIm9wdGlvbnMiLCJzdGFydFJhdGUiLCJtYXhSYXRlIiwiZHVyYXRpb25TIiwiY29uZmlnIiwiY29uZmlnIiwidGVhcmRvd24iXX0=
