import { check, group, sleep } from "k6"; import k6_execution from "k6/execution"; import k6_http from "k6/http"; import { Counter, Rate, Trend } from "k6/metrics"; import { SharedArray } from "k6/data"; import k6_secrets from "k6/secrets";
const loadSide = (() => {
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// dist/soak.control.cjs
var require_soak_control = __commonJS({
  "dist/soak.control.cjs"(exports, module) {
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
    var soak_exports = {};
    __export(soak_exports, {
      adminUsers: () => adminUsers2,
      handleSummary: () => handleSummary2,
      options: () => options2,
      pollResources: () => pollResources22,
      powerUsers: () => powerUsers2,
      regularUsers: () => regularUsers2,
      setup: () => setup2,
      teardown: () => teardown3
    });
    module.exports = __toCommonJS(soak_exports);
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
    var SOAK_DURATION2 = "SOAK_DURATION";
    var wholeSeconds2 = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
    var wholeNumber2 = (min, max) => ({ min, max, integer: true });
    var soakEntry2 = {
      suite: "all",
      length: /* @__PURE__ */ [SOAK_DURATION2, "(not --duration)"].join(" "),
      fit: (seconds2) => ({ [SOAK_DURATION2]: String(Math.max(10, seconds2)) }),
      settings: (env, config32) => ({
        durationS: envNumber2(env, SOAK_DURATION2, 1800, wholeSeconds2(10, 7 * 86400)),
        users: envNumber2(env, "SOAK_USERS", Math.max(3, Math.round(config32.concurrentUsers / 5)), wholeNumber2(1, 1e5)),
        driftLimit: envNumber2(env, "SOAK_DRIFT_LIMIT", 1.5, { min: 1, max: 100 })
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
    var isArrivalRate2 = (scenario) => scenario.executor === "constant-arrival-rate" || scenario.executor === "ramping-arrival-rate";
    function splitUsers2(total, weights2) {
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
    var SUMMARY_TREND_STATS2 = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
    function constantUsers2(exec6, vus, durationS22) {
      return { executor: "constant-vus", exec: exec6, vus, duration: `${durationS22}s`, gracefulStop: "30s" };
    }
    var import_k69 = __toESM(require_k6(), 1);
    var import_execution7 = __toESM(require_execution(), 1);
    var import_http6 = __toESM(require_http(), 1);
    var import_metrics9 = __toESM(require_metrics(), 1);
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
        cpuPercent: new import_metrics9.Trend("server_cpu_percent"),
        /** Per-core sum: 100 = one core fully busy. */
        cpuCoresPercent: new import_metrics9.Trend("server_cpu_cores_percent"),
        /** PSS sum (process tree), working set (cgroup), RSS (/metrics) or the memory query (Prometheus server), MB. */
        memoryMb: new import_metrics9.Trend("server_memory_mb"),
        /** Polls the sidecar did not answer, plus readings the sidecar failed to take: each about one interval without data. */
        samplesMissing: new import_metrics9.Counter("server_samples_missing"),
        /** MB per minute over the load after the sidecar's warm-up (least-squares slope), recorded once in teardown. */
        memoryGrowth: new import_metrics9.Trend("server_memory_growth_mb_per_min")
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
        (0, import_k69.sleep)(Math.max(0, 1 - (Date.now() - started) / 1e3));
        if (import_execution7.default.scenario.progress < 1) return;
        if (import_execution7.default.instance.vusActive <= 1) break;
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
        import_execution7.default.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
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
    function runIdOf2(title) {
      const match = /^perf-\S+ ([0-9a-z]+-[0-9a-z]+)(?:\s|$)/.exec(title);
      return match?.[1];
    }
    function runStartOf2(runId) {
      const ms = parseInt(runId.split("-")[0], 36);
      return Number.isFinite(ms) ? ms : void 0;
    }
    var LIVE_RUN_WINDOW_MS2 = 6 * 60 * 60 * 1e3;
    function isLeftover2(title, current, own) {
      if (!title.startsWith(RUN_TITLE_FILTER2)) return false;
      const runId = runIdOf2(title);
      if (own) return runId === current;
      if (runId === void 0) return true;
      if (runId === current) return false;
      const started = runStartOf2(runId);
      return started === void 0 || started < (runStartOf2(current) ?? 0) - LIVE_RUN_WINDOW_MS2;
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
      const anonymous22 = new ApiClient2(config32.baseUrl, config32.apiTimeoutS);
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
      const seededCourseIds = options22.seed ? seedCourses(anonymous22.as(tokens.regular), runId, config32) : [];
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
    var import_execution42 = __toESM(require_execution(), 1);
    var import_metrics22 = __toESM(require_metrics(), 1);
    function phaseAt2(elapsedS, phases22) {
      if (phases22.length === 0) throw new Error("phaseAt: no phases given");
      for (const phase of phases22) if (elapsedS < phase.untilS) return phase.name;
      return phases22[phases22.length - 1].name;
    }
    function median2(values) {
      if (values.length === 0) return void 0;
      const sorted = [...values].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
    var FAILED_DRIFT2 = 100;
    function driftRatio2(durationMs, ok, referenceMedianMs, floorMs) {
      return ok ? (durationMs + floorMs) / (referenceMedianMs + floorMs) : FAILED_DRIFT2;
    }
    function elapsedInScenarioS2() {
      return (Date.now() - import_execution42.default.scenario.startTime) / 1e3;
    }
    var inScenario2 = false;
    function enterPhase2(phases22) {
      inScenario2 = true;
      const name = phaseAt2(elapsedInScenarioS2(), phases22);
      import_execution42.default.vu.metrics.tags.phase = name;
      return name;
    }
    function trackDrift2(metricName, phases22, reference, compared, floorMs = 10) {
      const drift = new import_metrics22.Trend(metricName);
      const referenceSamples = [];
      let referenceMedian;
      observeRequests2((_endpoint, durationMs, ok) => {
        if (!inScenario2) return;
        const phase = phaseAt2(elapsedInScenarioS2(), phases22);
        import_execution42.default.vu.metrics.tags.phase = phase;
        if (phase === reference) {
          if (ok) referenceSamples.push(durationMs);
          referenceMedian = void 0;
        } else if (compared.includes(phase)) {
          referenceMedian ??= median2(referenceSamples);
          if (referenceMedian !== void 0) drift.add(driftRatio2(durationMs, ok, referenceMedian, floorMs));
        }
      });
      return drift;
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
    var import_metrics32 = __toESM(require_metrics(), 1);
    var relogins2 = new import_metrics32.Counter("relogins");
    var sessions2 = {};
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
    var anonymous2;
    var renewMarginS2 = (ttlS) => ttlS > 300 ? 30 : ttlS / 10;
    function login22(config32, _data, role) {
      const account = accountOfVu2(pool2, role, classPassword22(config32, role));
      if (!account) return void 0;
      anonymous2 ??= new ApiClient2(config32.baseUrl, config32.apiTimeoutS);
      const answer = anonymous2.login(account.email, account.password).body;
      if (!answer) return void 0;
      const ttlS = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in : 3600;
      return {
        client: new ApiClient2(config32.baseUrl, config32.apiTimeoutS, answer.access_token),
        renewAt: Date.now() + (ttlS - renewMarginS2(ttlS)) * 1e3,
        courses: void 0
      };
    }
    function session2(config32, data, role) {
      const current = sessions2[role];
      if (current && !current.client.unauthorized && Date.now() < current.renewAt) return current;
      if (current) relogins2.add(1, { role });
      const next = login22(config32, data, role);
      if (next && current) next.courses = current.courses;
      sessions2[role] = next;
      return next;
    }
    function userClient2(config32, data, role) {
      return session2(config32, data, role)?.client;
    }
    function ownCourses2(config32, data, role) {
      const current = session2(config32, data, role);
      if (!current) return [];
      if (!current.courses) {
        const list = current.client.listCourses({ q: DATASET_TITLE2, limit: 100 }).body;
        if (!list) return [];
        const ids = [];
        for (let i = 0; i < list.items.length; i++) ids.push(list.items[i].id);
        current.courses = ids;
      }
      return current.courses;
    }
    var import_metrics42 = __toESM(require_metrics(), 1);
    var chapterGenerationMs2 = new import_metrics42.Trend("chapter_generation_ms", true);
    var courseGenerationMs2 = new import_metrics42.Trend("course_generation_ms", true);
    var courseGenerationObservedMs2 = new import_metrics42.Trend("course_generation_observed_ms", true);
    var generationFailed2 = new import_metrics42.Rate("generation_failed");
    var coursesCreated2 = new import_metrics42.Counter("courses_created");
    var workflowSuccess2 = new import_metrics42.Rate("workflow_success");
    var workflowErrors2 = new import_metrics42.Counter("workflow_errors");
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
    var import_execution52 = __toESM(require_execution(), 1);
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
    var holdPoint2;
    function think2(range) {
      const seconds2 = range.min + Math.random() * (range.max - range.min);
      if (seconds2 > 0) (0, import_k662.sleep)(seconds2);
      holdPoint2?.();
    }
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
    function pickOne2(items) {
      return items.length === 0 ? void 0 : items[Math.floor(Math.random() * items.length)];
    }
    function clientFor2(ctx, role) {
      return userClient2(ctx.config, ctx.data, role);
    }
    function uniqueTitle2(kind, ctx) {
      return `perf-${kind} ${ctx.data.runId} vu${import_execution52.default.vu.idInTest} it${import_execution52.default.vu.iterationInScenario}`;
    }
    var EXPORT_FORMATS2 = ["json", "markdown", "html"];
    function readCourse2(client, id) {
      const course = client.getCourse(id);
      if (!course.body) return false;
      const chapter = pickGenerated2(course.body.chapters ?? []);
      return chapter === void 0 || client.getChapter(id, chapter.index).ok;
    }
    function pickGenerated2(chapters) {
      let generated = 0;
      for (let i = 0; i < chapters.length; i++) if (chapters[i].status === "completed") generated++;
      let skip = Math.floor(Math.random() * generated);
      for (let i = 0; i < chapters.length; i++) {
        if (chapters[i].status === "completed" && skip-- === 0) return chapters[i];
      }
      return void 0;
    }
    var regularTasks2 = [
      { weight: 5, task: (client) => client.listCourses({ limit: 20, offset: Math.floor(Math.random() * 3) * 20 }).ok },
      {
        weight: 4,
        task: (client, ctx) => {
          const id = pickOne2(ownCourses2(ctx.config, ctx.data, "regular"));
          return id === void 0 || readCourse2(client, id);
        }
      },
      {
        weight: 1,
        task: (client, ctx) => {
          const created = client.createCourse({
            title: uniqueTitle2("scratch", ctx),
            topic: "algebra",
            level: "beginner",
            chapter_count: 2
          });
          if (!created.body) return false;
          coursesCreated2.add(1);
          const readBack = client.getCourse(created.body.id).ok;
          return readBack && client.deleteCourse(created.body.id).ok;
        }
      }
    ];
    var regularUser2 = (ctx) => (0, import_k672.group)("regular user", () => {
      const client = clientFor2(ctx, "regular");
      if (!client) return false;
      let ok = client.listCourses({ limit: 20 }).ok;
      think2(ctx.config.thinkTimeS);
      for (let step = 0; step < 3; step++) {
        ok = pickWeighted2(regularTasks2)(client, ctx) && ok;
        think2(ctx.config.thinkTimeS);
      }
      return ok;
    });
    var powerUser2 = (ctx) => (0, import_k672.group)("power user", () => {
      const { config: config32 } = ctx;
      const client = clientFor2(ctx, "power");
      if (!client) return false;
      const created = client.createCourse({
        title: uniqueTitle2("power", ctx),
        topic: "distributed systems",
        level: "advanced",
        chapter_count: config32.chaptersPerCourse
      });
      if (!created.body) return false;
      coursesCreated2.add(1);
      const id = created.body.id;
      think2(config32.thinkTimeS);
      let ok = client.updateCourse(id, { topic: "distributed systems, revised" }).ok;
      const generation = generateAndWait2(
        client,
        id,
        config32.pollIntervalS,
        config32.generationTimeoutS,
        () => clientFor2(ctx, "power")
      );
      ok = generation.completed && ok;
      const after = clientFor2(ctx, "power");
      if (!after) return false;
      if (generation.completed) {
        ok = readCourse2(after, id) && ok;
        think2(config32.thinkTimeS);
        ok = after.exportCourse(id, pickOne2(EXPORT_FORMATS2) ?? "json").ok && ok;
      }
      think2(config32.thinkTimeS);
      return after.deleteCourse(id).ok && ok;
    });
    var adminUser2 = (ctx) => (0, import_k672.group)("admin user", () => {
      const client = clientFor2(ctx, "admin");
      if (!client) return false;
      let ok = client.adminStats().ok;
      think2(ctx.config.thinkTimeS);
      ok = client.adminJobs(20).ok && ok;
      think2(ctx.config.thinkTimeS);
      ok = client.adminUsers().ok && ok;
      think2(ctx.config.thinkTimeS);
      const leftovers = client.listCourses({ q: "perf-", limit: 20 }).body?.items ?? [];
      for (const course of leftovers.filter((c) => isLeftover2(c.title, ctx.data.runId, false)).slice(0, 5)) {
        ok = client.deleteCourse(course.id).ok && ok;
      }
      return ok;
    });
    function populationScenarios2(config32, totalUsers, shape) {
      const users = splitUsers2(totalUsers, config32.weights);
      return {
        regular_users: shape("regularUsers", users.regular),
        power_users: shape("powerUsers", users.power),
        admin_users: shape("adminUsers", users.admin)
      };
    }
    function populationExecs2(config32, beforeEach = () => void 0) {
      const exec6 = (name, workflow) => withSecrets2((data) => {
        beforeEach();
        runWorkflow2(name, workflow, { config: config32, data });
      });
      return {
        regularUsers: exec6("regular", regularUser2),
        powerUsers: exec6("power", powerUser2),
        adminUsers: exec6("admin", adminUser2)
      };
    }
    var api = { scope: API_SCOPE2 };
    function endpointP95(endpoint, targets) {
      if (endpoint === "health") return targets.healthP95Ms;
      if (endpoint === "course_export") return targets.exportP95Ms;
      if (endpoint === "login") return targets.loginP95Ms;
      return targets.apiP95Ms;
    }
    function latencyGates2(targets, endpoints) {
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
    function errorGates2(targets, endpoints) {
      return [
        { metric: "http_req_failed", tags: api, rules: [{ stat: "rate", op: "<", value: targets.errorRate }] },
        ...endpoints.map((endpoint) => ({
          metric: "http_req_failed",
          tags: { endpoint },
          rules: [{ stat: "rate", op: "<", value: targets.errorRate }]
        }))
      ];
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
    function successGates2(targets) {
      return [
        { metric: "checks", rules: [{ stat: "rate", op: ">=", value: targets.successRate }] },
        { metric: "workflow_success", rules: [{ stat: "rate", op: ">=", value: targets.successRate }] }
      ];
    }
    function generationGates2(targets) {
      return [
        { metric: "chapter_generation_ms", rules: [{ stat: "p(95)", op: "<", value: targets.chapterP95Ms }] },
        { metric: "generation_failed", rules: [{ stat: "rate", op: "<", value: targets.errorRate }] }
      ];
    }
    var config22 = guardedConfig2("soak");
    var { durationS: durationS2, users: soakUsers2, driftLimit: driftLimit2 } = soakEntry2.settings(__ENV, config22);
    var phases2 = [
      { name: "start", untilS: durationS2 / 10 },
      { name: "middle", untilS: durationS2 * 9 / 10 },
      { name: "end", untilS: Infinity }
    ];
    trackDrift2("soak_latency_drift", phases2, "start", ["end"]);
    var options2 = /* @__PURE__ */ entryOptions2(config22, () => ({
      wallTimeS: durationS2,
      gateMemoryGrowth: true,
      scenarios: {
        ...populationScenarios2(config22, soakUsers2, (exec6, vus) => constantUsers2(exec6, vus, durationS2))
      },
      gates: [
        { metric: "soak_latency_drift", rules: [{ stat: "med", op: "<", value: driftLimit2 }] },
        {
          metric: "http_req_duration",
          tags: { phase: "end", scope: "api" },
          rules: [{ stat: "p(95)", op: "<", value: config22.targets.apiP95Ms }]
        },
        ...latencyGates2(config22.targets, []),
        ...errorGates2(config22.targets, []),
        ...successGates2(config22.targets),
        ...generationGates2(config22.targets),
        ...abortGates2()
      ]
    }));
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({ scenario: "soak" });
    function setup2() {
      return prepareRun2(config22, { dataset: true });
    }
    var { regularUsers: regularUsers2, powerUsers: powerUsers2, adminUsers: adminUsers2 } = populationExecs2(config22, () => enterPhase2(phases2));
  }
});

// glue:glue:soak
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_soak_control();
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
var SOAK_DURATION = "SOAK_DURATION";
var wholeSeconds = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
var wholeNumber = (min, max) => ({ min, max, integer: true });
var soakEntry = {
  suite: "all",
  length: /* @__PURE__ */ [SOAK_DURATION, "(not --duration)"].join(" "),
  fit: (seconds) => ({ [SOAK_DURATION]: String(Math.max(10, seconds)) }),
  settings: (env, config3) => ({
    durationS: envNumber(env, SOAK_DURATION, 1800, wholeSeconds(10, 7 * 86400)),
    users: envNumber(env, "SOAK_USERS", Math.max(3, Math.round(config3.concurrentUsers / 5)), wholeNumber(1, 1e5)),
    driftLimit: envNumber(env, "SOAK_DRIFT_LIMIT", 1.5, { min: 1, max: 100 })
  })
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
function accountOfVu(pool2, role, classPassword2) {
  const size = pool2.sizes[role];
  return size === 0 ? void 0 : pool2.account(role, (execution_default.vu.idInTest - 1) % size, classPassword2);
}
var pool = makePool(config);

// k6-once:k6/secrets

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
var DATASET_TITLE = "course-perf dataset";
var RUN_TITLE_FILTER = "perf-";
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
  return (Date.now() - execution_default.scenario.startTime) / 1e3;
}
var inScenario = false;
function enterPhase(phases2) {
  inScenario = true;
  const name = phaseAt(elapsedInScenarioS(), phases2);
  execution_default.vu.metrics.tags.phase = name;
  return name;
}
function trackDrift(metricName, phases2, reference, compared, floorMs = 10) {
  const drift = new Trend(metricName);
  const referenceSamples = [];
  let referenceMedian;
  observeRequests((_endpoint, durationMs, ok) => {
    if (!inScenario) return;
    const phase = phaseAt(elapsedInScenarioS(), phases2);
    execution_default.vu.metrics.tags.phase = phase;
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

// lib/users/session.ts
var relogins = new Counter("relogins");
var sessions = {};
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
var anonymous;
var renewMarginS = (ttlS) => ttlS > 300 ? 30 : ttlS / 10;
function login(config3, _data, role) {
  const account = accountOfVu(pool, role, classPassword(config3, role));
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
  const next = login(config3, data, role);
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
    const ids = [];
    for (let i = 0; i < list.items.length; i++) ids.push(list.items[i].id);
    current.courses = ids;
  }
  return current.courses;
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

// lib/workflows/pacing.ts
var holdPoint;
function think(range) {
  const seconds = range.min + Math.random() * (range.max - range.min);
  if (seconds > 0) sleep(seconds);
  holdPoint?.();
}
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
function pickOne(items) {
  return items.length === 0 ? void 0 : items[Math.floor(Math.random() * items.length)];
}

// lib/workflows/workflows.ts
function clientFor(ctx, role) {
  return userClient(ctx.config, ctx.data, role);
}
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${execution_default.vu.idInTest} it${execution_default.vu.iterationInScenario}`;
}
var EXPORT_FORMATS = ["json", "markdown", "html"];
function readCourse(client, id) {
  const course = client.getCourse(id);
  if (!course.body) return false;
  const chapter = pickGenerated(course.body.chapters ?? []);
  return chapter === void 0 || client.getChapter(id, chapter.index).ok;
}
function pickGenerated(chapters) {
  let generated = 0;
  for (let i = 0; i < chapters.length; i++) if (chapters[i].status === "completed") generated++;
  let skip = Math.floor(Math.random() * generated);
  for (let i = 0; i < chapters.length; i++) {
    if (chapters[i].status === "completed" && skip-- === 0) return chapters[i];
  }
  return void 0;
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
  const generation = generateAndWait(
    client,
    id,
    config3.pollIntervalS,
    config3.generationTimeoutS,
    () => clientFor(ctx, "power")
  );
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
function populationExecs(config3, beforeEach = () => void 0) {
  const exec = (name, workflow) => withSecrets((data) => {
    beforeEach();
    runWorkflow(name, workflow, { config: config3, data });
  });
  return {
    regularUsers: exec("regular", regularUser),
    powerUsers: exec("power", powerUser),
    adminUsers: exec("admin", adminUser)
  };
}

// scenarios/soak.ts
var config2 = guardedConfig("soak");
var { durationS, users: soakUsers, driftLimit } = soakEntry.settings(__ENV, config2);
var phases = [
  { name: "start", untilS: durationS / 10 },
  { name: "middle", untilS: durationS * 9 / 10 },
  { name: "end", untilS: Infinity }
];
trackDrift("soak_latency_drift", phases, "start", ["end"]);
var { regularUsers, powerUsers, adminUsers } = populationExecs(config2, () => enterPhase(phases));

// entry:entry:soak
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
return { adminUsers: adminUsers, handleSummary: handleSummary, options: options, pollResources: pollResources2, powerUsers: powerUsers, regularUsers: regularUsers, setup: setup, teardown: teardown2 };
})();
export const adminUsers = loadSide.adminUsers;
export const handleSummary = loadSide.handleSummary;
export const options = loadSide.options;
export const pollResources = loadSide.pollResources;
export const powerUsers = loadSide.powerUsers;
export const regularUsers = loadSide.regularUsers;
export const setup = loadSide.setup;
export const teardown = loadSide.teardown;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIms2LXRhYmxlOms2IiwiazYtdGFibGU6azYvZXhlY3V0aW9uIiwiazYtdGFibGU6azYvaHR0cCIsIms2LXRhYmxlOms2L21ldHJpY3MiLCJrNi10YWJsZTprNi9kYXRhIiwiazYtdGFibGU6azYvc2VjcmV0cyIsIi4uL3NjZW5hcmlvcy9zb2FrLnRzIiwiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsIi4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMiLCIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCIuLi9saWIvY29uZmlnL2Vudi50cyIsIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsIi4uL2xpYi91c2Vycy9wb29sLnRzIiwiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwiLi4vbGliL2h0dHAvYXBpLnRzIiwiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwiLi4vbGliL3VzZXJzL2RhdGFzZXQudHMiLCIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCIuLi9saWIvbG9hZC9waGFzZXMudHMiLCIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCIuLi9saWIvcmVwb3J0L3N1bW1hcnktZGF0YS50cyIsIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCIuLi9saWIvcmVwb3J0L21hcmtkb3duLnRzIiwiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiLCJnbHVlOmdsdWU6c29hayIsIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsIms2LW9uY2U6azYiLCJrNi1vbmNlOms2L2V4ZWN1dGlvbiIsIms2LW9uY2U6azYvaHR0cCIsIms2LW9uY2U6azYvbWV0cmljcyIsIms2LW9uY2U6azYvZGF0YSIsIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvZW52LWxvYWQtc2lkZS50cyIsIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsIi4uL2xpYi91c2Vycy9wb29sLnRzIiwiazYtb25jZTprNi9zZWNyZXRzIiwiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwiLi4vbGliL2h0dHAvYXBpLnRzIiwiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwiLi4vbGliL2xvYWQvcGhhc2UtbWF0aC50cyIsIi4uL2xpYi9sb2FkL3BoYXNlcy50cyIsIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsIi4uL3NjZW5hcmlvcy9zb2FrLnRzIiwiZW50cnk6ZW50cnk6c29hayJdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLFFBQUEsYUFBQUEsWUFBQTtNQUFBLGNBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLElBQUk7QUFDNURBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsb0JBQUFGLFlBQUE7TUFBQSx3QkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsY0FBYztBQUN0RUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBLENBQUE7QUFBQSxhQUFBLGNBQUE7TUFBQSxZQUFBLE1BQUFDO01BQUEsZUFBQSxNQUFBQztNQUFBLFNBQUEsTUFBQUM7TUFBQSxlQUFBLE1BQUFDO01BQUEsWUFBQSxNQUFBQztNQUFBLGNBQUEsTUFBQUM7TUFBQSxPQUFBLE1BQUFDO01BQUEsVUFBQSxNQUFBQztJQUFBLENBQUE7QUFBQSxXQUFBLFVBQUEsYUFBQSxZQUFBO0FDaUNPLFFBQU1DLG1CQUFxQyxPQUFPLE9BQU87TUFDOUQsVUFBVTtNQUNWLFVBQVU7TUFDVixhQUFhO01BQ2IsYUFBYTtNQUNiLFlBQVk7TUFDWixjQUFjO01BQ2QsYUFBYTtNQUNiLFdBQVc7TUFDWCxjQUFjO01BQ2QsVUFBVTtNQUNWLFlBQVk7TUFDWixzQkFBc0I7SUFDeEIsQ0FBQztBQ3JDTSxRQUFNQyxTQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELFFBQU1DLGtCQUFOLGNBQTZCLE1BQU07TUFDL0IsT0FBTztJQUNsQjtBQU1PLGFBQVNDLGVBQWNDLE9BQWMsTUFBd0I7QUFDbEUsWUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFlBQU1DLFNBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELGNBQU0sSUFBSUgsZ0JBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO01BQ3JGO0FBQ0EsVUFBSTtBQUNKLFVBQUksUUFBUTtBQUNaLFlBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFlBQU0sT0FBT0UsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxZQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxjQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFlBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixjQUFNLFNBQW1CLENBQUM7QUFDMUIsWUFBSSxRQUFRO0FBQ1osWUFBSSxTQUFTO0FBQ2IsWUFBSSxZQUFZO0FBQ2hCLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLGdCQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLGNBQUksUUFBUTtBQUNWLGdCQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsdUJBQVM7QUFDVDtZQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7Z0JBQzFCLFVBQVM7VUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsbUJBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsb0JBQVE7QUFDUix3QkFBWTtVQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MscUJBQVMsWUFBWTtBQUNyQixvQkFBUTtVQUNWLE1BQU8sVUFBUztRQUNsQjtBQUNBLFlBQUksT0FBUUMsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsWUFBSSxDQUFDLFNBQVM7QUFDWixnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsZ0JBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLGNBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0RBLFlBQUFBLE9BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztVQUNoSDtBQUNBLG9CQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0Usa0JBQVEsT0FBTztBQUNmO1FBQ0Y7QUFDQSxZQUFJLE9BQU8sV0FBVyxNQUFPQSxDQUFBQSxPQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLGNBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLGNBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLGNBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxZQUFJLFVBQVUsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxZQUFJLGFBQWEsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxZQUFJLENBQUVKLE9BQTRCLFNBQVMsSUFBSTtBQUM3Q0ksVUFBQUEsT0FBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixZQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHQSxDQUFBQSxPQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLGFBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixpQkFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ2pEO0FBQ0EsVUFBSSxDQUFDLFFBQVNBLENBQUFBLE9BQUssR0FBRyxxRkFBcUY7QUFDM0csYUFBTztJQUNUO0FBR08sYUFBU0MsZUFBYyxNQUFjLE1BQXlCO0FBQ25FLFlBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxZQUFNLFdBQVc7QUFDakIsaUJBQVcsUUFBUSxLQUNoQixNQUFNLEdBQUcsRUFDVCxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMxQixjQUFNLFFBQVEsb0NBQW9DLEtBQUssSUFBSTtBQUMzRCxZQUFJLENBQUM7QUFDSCxnQkFBTSxJQUFJSixnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU0sSUFBSSxtQkFBbUIsUUFBUSxFQUFFO0FBQ3pHLGNBQU0sTUFBTSxDQUFDLENBQVMsSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO01BQzNDO0FBQ0EsVUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU0sVUFBVTtBQUNoRCxjQUFNLElBQUlBLGdCQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDMUYsYUFBTztJQUNUO0FBR08sYUFBU0ssV0FBVSxNQUFZLEdBQW1CO0FBQ3ZELGFBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUM5QztBQUdPLGFBQVNDLHFCQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxpQkFBVyxRQUFRUCxRQUFPO0FBQ3hCLFlBQUksT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSSxPQUFPLElBQUksR0FBRztBQUNsRCxpQkFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO1FBRzlHO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPTyxhQUFTUSxXQUFVLFdBQTREO0FBQ3BGLFVBQUksUUFBUTtBQUNaLGlCQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxjQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLGNBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixZQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7aUJBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO2lCQUN6QyxPQUFPLEVBQUUsb0JBQW9CLFNBQVUsVUFBUyxFQUFFO1lBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztNQUNqQztBQUNBLGFBQU87SUFDVDtBQzFGTyxRQUFNQyxlQUFOLGNBQTBCLE1BQU07TUFDNUIsT0FBTztJQUNsQjtBQUdPLFFBQU1DLGlCQUFnQixLQUFLO0FBQzNCLFFBQU1DLG1CQUFrQjtBQUkvQixhQUFTQyxLQUFJLEtBQVUsTUFBa0M7QUFDdkQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixhQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztJQUN0RDtBQUVBLGFBQVNSLE1BQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFlBQU0sSUFBSUssYUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0lBQ3hGO0FBRUEsYUFBU0ksVUFBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixhQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsY0FBTSxRQUFRRCxLQUFJLEtBQUssSUFBSTtBQUMzQixZQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLGNBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxZQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsY0FBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixZQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxlQUFPO01BQ1Q7SUFDRjtBQUdBLFFBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0JTLFVBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLFFBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0JBLFVBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLFFBQU1DLFVBQVNELFVBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLFFBQU1FLFlBQVdGLFVBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELFFBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLENBQUFULE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxhQUFPO0lBQ1Q7QUFFQSxhQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxZQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixVQUFJLENBQUMsTUFBTyxDQUFBUixNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsYUFBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0lBQ2pDO0FBRUEsYUFBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsWUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsWUFBTSxXQUFXO0FBQ2pCLFVBQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxDQUFBUixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFlBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELFVBQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELGFBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtJQUNqQztBQUVBLGFBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsWUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsWUFBTSxXQUFXO0FBQ2pCLFVBQUksQ0FBQyxNQUFPLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsWUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsWUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELFVBQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELGFBQU8sRUFBRSxLQUFLLElBQUk7SUFDcEI7QUFFQSxhQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsVUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsYUFBT1IsTUFBSyxNQUFNLE9BQU8sZUFBZTtJQUMxQztBQUVBLGFBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsVUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsUUFBQVIsTUFBSyxNQUFNLE9BQU8sc0ZBQXNGO01BQzFHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLGFBQU87UUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO1FBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtNQUM1RDtJQUNGO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBcUM7QUFDL0QsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxVQUFJO0FBQ0YsZUFBT1AsZUFBYyxPQUFPLElBQUk7TUFDbEMsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJSSxhQUFZLGlCQUFpQlIsa0JBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztNQUN2RjtJQUNGO0FBRUEsYUFBUyxRQUFRLEtBQTZCO0FBQzVDLFlBQU0sVUFBVSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssK0JBQStCLEVBQUU7QUFDckUsWUFBTSxZQUFZLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSyxpQ0FBaUMsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDO0FBQzNGLFVBQUksWUFBWTtBQUNkLFFBQUFHLE1BQUssaUNBQWlDLE9BQU8sU0FBUyxHQUFHLHdDQUF3QyxPQUFPLEdBQUc7QUFDN0csYUFBTztRQUNMO1FBQ0E7UUFDQSxRQUFRLEtBQUssS0FBSyw0QkFBNEI7UUFDOUMsZ0JBQWdCLEtBQUssS0FBSyxzQ0FBc0M7TUFDbEU7SUFDRjtBQUdPLGFBQVMsWUFBWSxLQUFrQjtBQUM1QyxZQUFNLElBQUlMO0FBQ1YsWUFBTWlCLGNBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixZQUFNLFVBQVUsUUFBUSxHQUFHTixjQUFhO1FBQ3RDO1FBQ0E7UUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU1NLGNBQVksQ0FBQyxDQUFDLENBQUM7TUFDckQ7QUFDQSxhQUFPO1FBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7UUFDckQsT0FBTztVQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO1VBQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtVQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7UUFDN0U7UUFDQSxXQUFBQTtRQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7UUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7UUFDaEU7UUFDQSxXQUFXLFFBQVEsR0FBR0wsZ0JBQWUsRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7UUFDMUYsU0FBUyxRQUFRLEtBQUssMEJBQTBCO1FBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtRQUNuRCxlQUFlRSxVQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7UUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO1FBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7UUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO1FBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtRQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7UUFDdkQsU0FBUztVQUNQLFVBQVVDLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELFVBQVVBLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLFlBQVlBLFFBQU8sS0FBSywwQkFBMEIsRUFBRSxVQUFVO1VBQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7VUFDN0YsYUFBYUMsVUFBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7VUFDbEUsV0FBV0EsVUFBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7VUFDNUQsY0FBY0Y7WUFDWjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxZQUFZO1VBQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7VUFDekUsWUFBWUEsVUFBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7VUFDOUYsc0JBQXNCQTtZQUNwQjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7UUFDckU7UUFDQSxXQUFXRCxLQUFJLEtBQUssd0JBQXdCLEtBQUs7UUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtRQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7UUFDckQsU0FBUyxRQUFRLEdBQUc7TUFDdEI7SUFDRjtBQUdBLGFBQVMsT0FBTyxTQUF5QjtBQUN2QyxZQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxjQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtJQUN4QztBQUVBLGFBQVMsV0FBVyxNQUF1QjtBQUN6QyxhQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7SUFDbkg7QUFNTyxhQUFTLG9CQUFvQkssVUFBZ0IsT0FBcUI7QUFDdkUsWUFBTSxPQUFPLE9BQU9BLFNBQU8sT0FBTztBQUNsQyxVQUFJLFdBQVcsSUFBSSxLQUFLQSxTQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsWUFBTSxJQUFJUjtRQUNSLG9CQUFvQixLQUFLLGFBQWFRLFNBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtNQUNoRjtJQUNGO0FBTU8sYUFBU0MsV0FDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsWUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELGFBQU9MLFVBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7SUFDekY7QUM5T0EsUUFBTU0saUJBQWdCO0FBVXRCLFFBQU1DLGdCQUFlLENBQUMsS0FBYSxTQUFpQixFQUFFLEtBQUssS0FBSyxTQUFTLE1BQU0sTUFBTSw0QkFBNEI7QUFDakgsUUFBTUMsZUFBYyxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxLQUFLO0FBc0Z0RSxRQUFNQyxhQUFZO01BQ3ZCLE9BQU87TUFDUCxRQUF3QixpQkFBQ0gsZ0JBQWUsa0JBQWtCLEVBQUUsS0FBSyxHQUFHO01BQ3BFLEtBQUssQ0FBQ0ksY0FBYSxFQUFFLENBQUNKLGNBQWEsR0FBRyxPQUFPLEtBQUssSUFBSSxJQUFJSSxRQUFPLENBQUMsRUFBRTtNQUNwRSxVQUFVLENBQUMsS0FBS04sY0FBWTtRQUMxQixXQUFXQyxXQUFVLEtBQUtDLGdCQUFlLE1BQU1DLGNBQWEsSUFBSSxJQUFJLEtBQU0sQ0FBQztRQUMzRSxPQUFPRixXQUFVLEtBQUssY0FBYyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU1ELFNBQU8sa0JBQWtCLENBQUMsQ0FBQyxHQUFHSSxhQUFZLEdBQUcsR0FBTyxDQUFDO1FBQ2hILFlBQVlILFdBQVUsS0FBSyxvQkFBb0IsS0FBSyxFQUFFLEtBQUssR0FBRyxLQUFLLElBQUksQ0FBQztNQUMxRTtJQUNGO0FDdkdBLFFBQUk7QUFDSixRQUFNLFVBQVUsTUFDYixhQUFhO01BQ1osWUFBWTtNQUNaLFNBQVM7TUFDVCxZQUFZO0lBQ2Q7QUFHSyxhQUFTTSxXQUFVLFFBQWdCLE1BQXVDO0FBQy9FLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsWUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxVQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFlBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLGdCQUFNLElBQUk7WUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtVQUMxQztRQUNGO01BQ0Y7QUFDQSxhQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7SUFDaEY7QUFHTyxhQUFTLFdBQVcsTUFBbUQ7QUFDNUUsWUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELFVBQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxjQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztNQUNsRjtBQUNBLFVBQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLGNBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxhQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0lBQzVDO0FBRUEsYUFBUyxLQUFLLE1BQXlCO0FBQ3JDLFlBQU1yQixRQUFPLFdBQVcsSUFBSTtBQUM1QixVQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLGFBQU87UUFDTCxXQUFXQTtRQUNYLGFBQWE7UUFDYixHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUM7TUFDdkU7SUFDRjtBQUdPLGFBQVNzQixnQkFBZSxPQUE2QjtBQUMxRCxZQUFNLE1BQW9CLENBQUM7QUFDM0IsaUJBQVcsUUFBUSxPQUFPO0FBQ3hCLGNBQU0sTUFBTUQsV0FBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFlBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7TUFDMUQ7QUFDQSxhQUFPO0lBQ1Q7QUN6Q08sUUFBTUUsaUJBQWdCLENBQUMsYUFDNUIsU0FBUyxhQUFhLDJCQUEyQixTQUFTLGFBQWE7QUN0Q2xFLGFBQVNDLFlBQVcsT0FBZUMsVUFBK0M7QUFDdkYsWUFBTSxPQUFPLENBQUMsV0FBVyxTQUFTLE9BQU87QUFDekMsWUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU8sUUFBUUEsU0FBUSxDQUFDLElBQUssR0FBRztBQUN4RCxZQUFNLFNBQVMsTUFBTSxJQUFJLEtBQUssS0FBSztBQUNuQyxZQUFNLFFBQVEsS0FDWCxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFDZixLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxLQUFLLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxFQUFFO0FBQ3pGLGVBQVMsT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxPQUFPLEdBQUcsUUFBUSxJQUFLLFFBQU8sTUFBTSxJQUFJLENBQUMsQ0FBRTtBQUU3RyxlQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixZQUFJQSxTQUFRLEtBQUssQ0FBQyxDQUFFLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxLQUFLLFNBQVMsR0FBRztBQUMxRCxnQkFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLElBQUksR0FBRyxNQUFNLENBQUM7QUFDbEQsaUJBQU8sT0FBTztBQUNkLGlCQUFPLENBQUM7UUFDVjtNQUNGO0FBQ0EsYUFBTyxFQUFFLFNBQVMsT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsR0FBSSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0lBQ3JFO0FBMkVPLFFBQU1DLHVCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQW9CM0YsYUFBU0MsZUFBY0MsT0FBYyxLQUFhZixhQUE2QjtBQUNwRixhQUFPLEVBQUUsVUFBVSxnQkFBZ0IsTUFBQWUsT0FBTSxLQUFLLFVBQVUsR0FBR2YsV0FBUyxLQUFLLGNBQWMsTUFBTTtJQUMvRjtBQ25IQSxRQUFBZ0IsYUFBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxvQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZUFBaUIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxrQkFBK0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNOL0IsUUFBQUMsZUFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0RyQixRQUFNQyxpQkFBZ0I7QURLdEIsUUFBTXBCLFVBQWlCLFlBQVksS0FBSztBQUUvQyxRQUFJbUIsYUFBQSxZQUFZQyxnQkFBZSxNQUFNLENBQUNwQixPQUFNLENBQUM7QUFHdEMsYUFBU3FCLGVBQWMsT0FBdUI7QUFDbkQsMEJBQW9CckIsU0FBUSxLQUFLO0FBQ2pDLGFBQU9BO0lBQ1Q7QUREQSxhQUFTc0Isa0JBQWlCO0FBQ3hCLGFBQU87O1FBRUwsWUFBWSxJQUFJSixnQkFBQSxNQUFNLG9CQUFvQjs7UUFFMUMsaUJBQWlCLElBQUlBLGdCQUFBLE1BQU0sMEJBQTBCOztRQUVyRCxVQUFVLElBQUlBLGdCQUFBLE1BQU0sa0JBQWtCOztRQUV0QyxnQkFBZ0IsSUFBSUEsZ0JBQUEsUUFBUSx3QkFBd0I7O1FBRXBELGNBQWMsSUFBSUEsZ0JBQUEsTUFBTSxpQ0FBaUM7TUFDM0Q7SUFDRjtBQUdBLFFBQU1LLFVBQVMsU0FBUyxLQUFLdkIsUUFBTyxlQUFlLFNBQVlzQixnQkFBZSxJQUFJO0FBV2xGLFFBQU1FLFFBQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxRQUFJQyxVQUFTO0FBQ2IsUUFBSUM7QUFDSixRQUFJQyxjQUFhO0FBTWpCLGFBQVNDLFdBQVUsWUFBb0IsT0FBcUM7QUFDMUUsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7UUFDdEUsR0FBR0w7UUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtNQUNoRCxDQUFVO0FBQ1YsYUFBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7SUFDOUM7QUFHQSxRQUFNLFNBQVM7QUFVUixhQUFTTSxtQkFBa0IvQixhQUFtQixXQUE4QjtBQUNqRixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQU07UUFDTixLQUFLO1FBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBS0EsV0FBUyxDQUFDLENBQUM7UUFDOUMsY0FBYyxHQUFHLE1BQU07UUFDdkIsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7TUFDbkM7SUFDRjtBQUVBLGFBQVNnQyxPQUFTLE1BQThCO0FBQzlDLFVBQUk7QUFDRixlQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7TUFDOUQsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBU08sYUFBU3RELGVBQWMsWUFBMEI7QUFFdEQsVUFBSSxDQUFDa0QsWUFBWSxDQUFBQSxjQUFhQyxXQUFVLFlBQVksTUFBTTtBQUMxRCxpQkFBUztBQUNQLGNBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBQUksVUFBUyxVQUFVO0FBQ25CLFNBQUEsR0FBQWpCLFdBQUEsT0FBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFlBQUlDLGtCQUFBRixRQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFlBQUlFLGtCQUFBRixRQUFLLFNBQVMsYUFBYSxFQUFHO01BQ3BDO0FBQ0EsTUFBQWMsV0FBVSxZQUFZLFVBQVU7QUFDaEMsTUFBQUksVUFBUyxVQUFVO0lBQ3JCO0FBRUEsYUFBU0EsVUFBUyxZQUEwQjtBQUMxQyxZQUFNLE1BQU1mLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCSixPQUFNLElBQUlELEtBQWE7QUFDM0UsWUFBTSxPQUNKLElBQUksV0FBVyxNQUFNTyxPQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxVQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxRQUFBUixRQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO01BQ0Y7QUFDQSxVQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsWUFBSUcsZ0JBQWUsVUFBYSxLQUFLLFNBQVNBLFlBQVksQ0FBQUgsUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTRyxXQUFVO0FBQzdHLFFBQUFBLGNBQWEsS0FBSztNQUNwQjtBQUNBLGlCQUFXTyxXQUFVLEtBQUssU0FBUztBQUNqQyxRQUFBUixVQUFTLEtBQUssSUFBSUEsU0FBUVEsUUFBTyxHQUFHO0FBQ3BDLFlBQUlBLFFBQU8sVUFBVSxVQUFhQSxRQUFPLFVBQVUsT0FBUTtBQUMzRCxRQUFBVixRQUFRLFdBQVcsSUFBSVUsUUFBTyxXQUFXO0FBQ3pDLFFBQUFWLFFBQVEsZ0JBQWdCLElBQUlVLFFBQU8saUJBQWlCO0FBQ3BELFFBQUFWLFFBQVEsU0FBUyxJQUFJVSxRQUFPLFNBQVM7TUFDdkM7QUFHQSxVQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLFFBQUFqQixrQkFBQUYsUUFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0lBQ3ZGO0FBT08sYUFBU29CLFNBQVEsWUFBMEI7QUFDaEQsTUFBQU4sV0FBVSxZQUFZLFVBQVU7QUFDaEMsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLFlBQVlMLEtBQWE7QUFDM0QsWUFBTSxVQUFVLElBQUksV0FBVyxNQUFNTyxPQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxVQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QjtBQUN6RCxRQUFBUixRQUFRLGFBQWEsSUFBSSxRQUFRLHdCQUF3QjtJQUM3RDtBQWVPLGFBQVNZLGVBQWMsUUFBZ0M7QUFDNUQsWUFBTSxRQUFnQjtRQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO1FBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7TUFDakc7QUFDQSxVQUFJLE9BQU8sbUJBQW1CO0FBQzVCLGNBQU0sS0FBSztVQUNULFFBQVE7VUFDUixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUM7UUFDaEUsQ0FBQztBQUNILFVBQUksT0FBTztBQUNULGNBQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hHLGFBQU87SUFDVDtBRzdLQSxRQUFBaEIsZ0JBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDNUIsUUFBQUgscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBcUJqQixhQUFTb0IsVUFBUyxNQUFzQjtBQUN0QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLElBQUk7TUFDbEIsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJO1VBQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO1FBQ2pFO01BQ0Y7SUFDRjtBQUVBLGFBQVNDLFVBQVMsTUFBb0I7QUFFcEMsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUXREO0FBQ2pCLGVBQU8sSUFBSSxJQUFJLElBQUl1RCxjQUFBO1VBQ2pCLFNBQVMsSUFBSTtVQUNiLE1BQU1yRCxlQUFjbUQsVUFBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7UUFDaEQ7QUFDRixhQUFPO1FBQ0wsUUFBUSwwQkFBMEIsSUFBSTtRQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87UUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO01BQzlDO0lBQ0Y7QUFFQSxhQUFTRyxVQUFTdkMsVUFBc0I7QUFDdEMsVUFBSUEsU0FBTyxVQUFXLFFBQU9xQyxVQUFTckMsU0FBTyxTQUFTO0FBQ3RELFlBQU0sUUFBUUEsU0FBTztBQUNyQixVQUFJQSxTQUFPLFdBQVc7QUFDcEIsZUFBTztVQUNMLFFBQVE7VUFDUixPQUFPQSxTQUFPO1VBQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBT1gsV0FBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7UUFDckY7TUFDRjtBQUNBLGFBQU87UUFDTCxRQUFRO1FBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO1FBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO01BQzdFO0lBQ0Y7QUFHTyxhQUFTbUQsYUFBWUMsUUFBWSxNQUFZQyxnQkFBNEM7QUFDOUYsWUFBTSxPQUFPRCxPQUFLLE1BQU0sSUFBSTtBQUM1QixhQUFPLFNBQVMsSUFBSSxTQUFZQSxPQUFLLFFBQVEsT0FBT0UsbUJBQUE3QixRQUFLLEdBQUcsV0FBVyxLQUFLLE1BQU00QixjQUFhO0lBQ2pHO0FBR08sYUFBU0UsZ0JBQWVILFFBQVksT0FBd0IsT0FBcUI7QUFDdEYsWUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGlCQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxZQUFNLFVBQVVuRCxxQkFBb0JtRCxPQUFLLE9BQU8sUUFBUUEsT0FBSyxNQUFNO0FBQ25FLFVBQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0lBQ3RDO0FBR08sUUFBTUEsUUFBYUYsVUFBU3ZDLE9BQVM7QUM5RTVDLFFBQUFlLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGdCQUFpQixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUE0QixrQkFBb0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNMcEIsUUFBQTlCLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUUsZ0JBQThELFFBQUEsYUFBQSxHQUFBLENBQUE7QUNrQnZELFFBQU02QixhQUFZO0FDTGxCLGFBQVNDLFNBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixZQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLGNBQVEsVUFBVTtRQUNoQixLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxnQkFBZ0IsT0FBTztRQUNoQyxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO1FBQ3JELEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87TUFDWDtJQUNGO0FBR0EsUUFBTUMsY0FBdUM7TUFDM0MsUUFBUTtNQUNSLE9BQU87TUFDUCxjQUFjO01BQ2QsZUFBZTtNQUNmLFlBQVk7TUFDWixlQUFlO01BQ2YsZUFBZTtNQUNmLGlCQUFpQjtNQUNqQixTQUFTO01BQ1QsYUFBYTtNQUNiLGVBQWU7TUFDZixhQUFhO01BQ2IsWUFBWTtNQUNaLGFBQWE7SUFDZjtBQUlBLFFBQU1DLGtCQUE4RSxDQUFDO0FBRzlFLGFBQVNDLGFBQVksVUFBc0Q7QUFDaEYsVUFBSSxPQUFPRCxnQkFBZSxRQUFRO0FBQ2xDLFVBQUksU0FBUyxRQUFXO0FBQ3RCLGVBQU8sRUFBRSxVQUFVLE9BQU9ILFlBQVcsTUFBTUUsWUFBVyxRQUFRLEVBQUU7QUFDaEUsUUFBQUMsZ0JBQWUsUUFBUSxJQUFJO01BQzdCO0FBQ0EsYUFBTztJQUNUO0FGMkJBLFFBQU1FLFFBQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsUUFBTUMsV0FBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxhQUFTQyxVQUFTLE9BQWtCLE9BQXVCO0FBQ3pELGNBQVEsT0FBTztRQUNiLEtBQUs7QUFDSCxpQkFBTyxNQUFNLFFBQVEsTUFBTTtRQUM3QixLQUFLLFNBQVM7QUFDWixnQkFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO1FBQ2hEO1FBQ0EsS0FBSztBQUNILGlCQUFPRCxTQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUNoRSxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO1FBQ3hELEtBQUs7QUFDSCxpQkFBT0EsTUFBSyxNQUFNLElBQUksQ0FBQyxLQUFLQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQ3pELEtBQUs7QUFDSCxpQkFBT0QsTUFBSyxNQUFNLFFBQVEsQ0FBQztRQUM3QixLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQzNFLEtBQUs7QUFDSCxpQkFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO1FBQ3JDLEtBQUssYUFBYTtBQUNoQixnQkFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztRQUM1RTtNQUNGO0lBQ0Y7QUFTQSxhQUFTRSxRQUFPLEtBQXdCO0FBQ3RDLGFBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07SUFDbEU7QUFHQSxRQUFJQztBQUVKLFFBQU1DLGFBQW1CLENBQUMsU0FBUztBQUNqQyxVQUFJO0FBQ0YsZUFBT0QsU0FBUyxLQUFLLElBQUksS0FBSztNQUNoQyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNRSxjQUFOLE1BQXlDO01BR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFMsYUFBQSxLQUFBO0FBQ0EsYUFBQSxTQUFBO0FBQ1EsYUFBQSxNQUFBO01BQ2hCO01BSFE7TUFDQTtNQUNRO01BTFgsU0FBUztNQUNUO01BT1IsSUFBSSxPQUFzQjtBQUN4QixZQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixlQUFLLFFBQVFDLFdBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsZUFBSyxTQUFTO1FBQ2hCO0FBQ0EsZUFBTyxLQUFLO01BQ2Q7SUFDRjtBQUdBLGFBQVNBLFdBQVUsTUFBd0I7QUFDekMsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQWM7TUFDbEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBS0EsUUFBTUMsbUJBQTRFLENBQUM7QUFDbkYsYUFBU0MsY0FBYSxRQUEwRDtBQUM5RSxVQUFJLFdBQVdELGlCQUFnQixNQUFNO0FBQ3JDLFVBQUksYUFBYSxRQUFXO0FBQzFCLG1CQUFXRSxjQUFBaEMsUUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxRQUFBOEIsaUJBQWdCLE1BQU0sSUFBSTtNQUM1QjtBQUNBLGFBQU87SUFDVDtBQUlBLFFBQUlHO0FBQ0csYUFBU0MsaUJBQWdCLE1BQXlDO0FBQ3ZFLE1BQUFELFlBQVc7SUFDYjtBQU9BLFFBQU1FLFdBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxRQUFNQyxvQkFBbUIsQ0FBQyxNQUFlLEVBQUU7QUFDM0MsUUFBTUMsbUJBQWtCLENBQUMsTUFBZSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBRXpELFFBQU1DLGFBQXlGLENBQUM7QUFFaEcsYUFBU0MsV0FBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxVQUFJLE1BQU1ELFdBQVUsUUFBUTtBQUM1QixVQUFJLENBQUMsS0FBSztBQUNSLGNBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHRixrQkFBaUI7QUFDbEYsWUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJQztBQUNwRSxjQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLFFBQUFDLFdBQVUsUUFBUSxJQUFJO01BQ3hCO0FBQ0EsYUFBTztJQUNUO0FBS0EsYUFBU0UsV0FBVSxRQUFnQixLQUFhLE9BQTRDO0FBQzFGLGFBQU8sVUFBVSxTQUFZLFNBQVMsR0FBRyxNQUFNLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7SUFDakg7QUFFTyxRQUFNQyxhQUFOLE1BQU0sV0FBVTtNQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQixhQUFBLFVBQUE7QUFFQSxhQUFBLFFBQUE7QUFFakIsYUFBSyxVQUFVLEdBQUcsUUFBUTtNQUM1QjtNQUxtQjtNQUVBOztNQVJuQixlQUFlO01BQ0U7O01BRUEsU0FBNEMsQ0FBQzs7TUFXOUQsR0FBRyxPQUEwQjtBQUMzQixlQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7TUFDN0U7TUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFlBQUlDLFVBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsWUFBSSxDQUFDQSxTQUFRO0FBQ1gsZ0JBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxjQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsY0FBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNURBLG9CQUFTO1lBQ1A7WUFDQSxNQUFNckIsYUFBWSxRQUFRO1lBQzFCLFNBQVMsS0FBSztZQUNkLGtCQUFrQlUsY0FBYSxRQUFRO1VBQ3pDO0FBRUEsY0FBSSxDQUFDLFVBQVdXLFNBQU8sZUFBZTtBQUN0QyxlQUFLLE9BQU8sUUFBUSxJQUFJQTtRQUMxQjtBQUNBLGVBQU9BO01BQ1Q7TUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixjQUFNLGNBQWMsWUFBWTtBQUNoQyxjQUFNLE1BQU1WLGNBQUFoQyxRQUFLO1VBQ2Y7VUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7VUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO1VBQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7UUFDckU7QUFFQSxjQUFNLFNBQVMsSUFBSTtBQUNuQixjQUFNLFdBQVcsV0FBVztBQUM1QixZQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsWUFBSSxVQUFVLENBQUM7QUFDZixZQUFJLFNBQVMsVUFBVTtBQUNyQixVQUFBMEIsV0FBVTtBQUNWLG9CQUFVRCxRQUFPLEdBQUcsS0FBS0QsVUFBUyxPQUFPRyxVQUFTO0FBQ2xELFVBQUFELFdBQVU7UUFDWjtBQUNBLFFBQUFTLFNBQVEsV0FBVztBQUNuQixRQUFBQSxTQUFRLFVBQVU7QUFDbEIsY0FBTSxFQUFFLFFBQVEsS0FBSyxJQUFJSSxXQUFVLFVBQVUsVUFBVSxVQUFVLE1BQVM7QUFDMUUsY0FBTSxNQUFBLEdBQUtJLFlBQUEsT0FBTVIsVUFBUyxRQUFRLElBQUk7QUFDdEMsY0FBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxRQUFBRixZQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxlQUFPLElBQUlMLFlBQXNCLE9BQU8sUUFBUSxTQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7TUFDaEc7TUFFQSxTQUFxQztBQUNuQyxlQUFPLEtBQUssS0FBSyxVQUFVLE9BQU9WLFNBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtNQUNwRTtNQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxlQUFPLEtBQUssS0FBSyxTQUFTLFFBQVFBLFNBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ3ZGO01BRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFlBQUksU0FBU3NCLFdBQVUsSUFBSSxTQUFTLE1BQU0sS0FBSztBQUMvQyxpQkFBU0EsV0FBVSxRQUFRLFVBQVUsTUFBTSxNQUFNO0FBQ2pELGlCQUFTQSxXQUFVLFFBQVEsS0FBSyxNQUFNLENBQUM7QUFDdkMsZUFBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBR3RCLFNBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtNQUM3RjtNQUVBLGFBQWEsUUFBbUM7QUFDOUMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVFBLFNBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO01BQ3JGO01BRUEsVUFBVSxJQUF3QjtBQUNoQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU9BLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7TUFDeEY7TUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVNBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87TUFDMUY7TUFFQSxhQUFhLElBQTJCO0FBQ3RDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztNQUNuRjtNQUVBLFNBQVMsSUFBbUQ7QUFDMUQsZUFBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVFBLFNBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztNQUM3RjtNQUVBLE9BQU8sT0FBd0I7QUFDN0IsZUFBTyxLQUFLLEtBQUssV0FBVyxPQUFPQSxTQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztNQUN0RTtNQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7TUFDdEY7TUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsZUFBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBR0EsU0FBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztNQUM1RztNQUVBLGFBQThDO0FBQzVDLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO01BRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHQSxTQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7TUFDbEc7TUFFQSxhQUE4QjtBQUM1QixlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtJQUNGO0FHNVdBLFFBQUFoQyxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFFLGdCQUFpRixRQUFBLGFBQUEsR0FBQSxDQUFBO0FDSDFFLFFBQU13RCxpQkFBZ0I7QUFFdEIsUUFBTUMsb0JBQW1CO0FBRXpCLGFBQVNDLGNBQWEsR0FBbUI7QUFDOUMsYUFBTyxHQUFHRixjQUFhLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUN2RDtBQUdPLGFBQVNHLFVBQVMsTUFBYyxLQUFLLElBQUksR0FBVztBQUN6RCxhQUFPLEdBQUcsSUFBSSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7SUFDNUU7QUFHTyxhQUFTQyxTQUFRLE9BQW1DO0FBQ3pELFlBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLGFBQU8sUUFBUSxDQUFDO0lBQ2xCO0FBR0EsYUFBU0MsWUFBVyxPQUFtQztBQUNyRCxZQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLGFBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0lBQ3BDO0FBT08sUUFBTUMsc0JBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLGFBQVNDLFlBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixVQUFJLENBQUMsTUFBTSxXQUFXTixpQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFlBQU0sUUFBUUcsU0FBUSxLQUFLO0FBQzNCLFVBQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFlBQU0sVUFBVUMsWUFBVyxLQUFLO0FBQ2hDLGFBQU8sWUFBWSxVQUFhLFdBQVdBLFlBQVcsT0FBTyxLQUFLLEtBQUtDO0lBQ3pFO0FEcENBLFFBQU0sY0FBYztBQUNwQixRQUFNLGFBQWE7QUFzQm5CLFFBQU0sV0FBVztBQUVqQixRQUFJLFVBQVU7QUFDZCxRQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsYUFBUyxRQUFRRSxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILGVBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELGNBQU0sUUFBd0IsQ0FBQztBQUMvQixpQkFBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUlBLFFBQU8sUUFBUSxXQUFXLEdBQUcsSUFBSyxPQUFNLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDckYsY0FBTSxNQUFNQyxjQUFBckQsUUFBSyxNQUFNLEtBQUs7QUFDNUIsaUJBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELGdCQUFNLFFBQVEsSUFBSSxJQUFJLENBQUMsS0FBSyxNQUFPLFVBQVUsR0FBRyxJQUFJLElBQUksRUFBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztBQUNqRixjQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLHFCQUFXLE1BQU07QUFDakIsV0FBQSxHQUFBc0QsWUFBQSxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDN0IsVUFBQUQsY0FBQXJELFFBQUssTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBaUIsUUFBUSxDQUFDLEtBQUssTUFBTTtBQUMxRSxnQkFBSSxNQUFNLENBQUMsQ0FBRSxJQUFJO1VBQ25CLENBQUM7UUFDSDtBQUNBLFlBQUksUUFBUSxDQUFDLEtBQUssTUFBTTtBQUN0QixtQkFBUyxLQUFLLFFBQVEsQ0FBQztRQUN6QixDQUFDO01BQ0g7SUFDRjtBQUdBLGFBQVMsT0FBTyxNQUFjLE9BQWdCLFdBQVcsT0FBTztBQUM5RCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxTQUFVLFNBQVEsY0FBYyxJQUFJO0FBQ3hDLFVBQUksTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUs7QUFDbEQsYUFBTyxFQUFFLFNBQVMsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLFVBQVUsSUFBSSxHQUFHLEdBQUcsU0FBUyxNQUFNO0lBQ3JGO0FBRUEsYUFBUyxLQUFRLEtBQThCO0FBQzdDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7TUFDdEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR08sYUFBU3VELFlBQ2RwRixVQUNBLE9BQ0EsVUFDK0M7QUFDL0MsWUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7UUFDRTtRQUNBLE9BQU87VUFDTCxRQUFRO1VBQ1IsS0FBSyxHQUFHQSxTQUFPLE9BQU8sR0FBRytDLFNBQVEsT0FBTyxDQUFDO1VBQ3pDLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxTQUFTLENBQUM7VUFDeEMsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxRQUFRO0FBQ1AsaUJBQU8sU0FBUyxJQUFJO0FBQ3BCLGlCQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7UUFDM0Y7TUFDRjtBQUNBLGFBQU87SUFDVDtBQWdCQSxRQUFNLG9CQUFvQjtBQUMxQixRQUFJLGlCQUFpQjtBQUdyQixhQUFTLFNBQVMsTUFBYyxTQUFTLE9BQWE7QUFDcEQsVUFBSSxDQUFDLFVBQVUsS0FBSyxJQUFJLElBQUksaUJBQWlCLGtCQUFtQjtBQUNoRSx1QkFBaUIsS0FBSyxJQUFJO0FBQzFCLGNBQVEsSUFBSSxtQkFBbUIsSUFBSSxFQUFFO0lBQ3ZDO0FBR08sYUFBU3NDLGVBQWNyRixVQUFnQixRQUFnQztBQUM1RSxZQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsU0FBTztBQUN4RSxZQUFNLFNBQXdCO1FBQzVCLFVBQVUsT0FBTztRQUNqQixTQUFTO1FBQ1QsUUFBUTtRQUNSLFNBQVM7UUFDVCxXQUFXO1FBQ1gsU0FBUztNQUNYO0FBQ0EsVUFBSSxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoRCxZQUFNLGdCQUFnQjtBQUN0QixZQUFNLFVBQW1CLEVBQUUsTUFBTUEsU0FBTyxTQUFTLFFBQVEsUUFBUSxDQUFDLEdBQUcsT0FBTztBQUM1RSxlQUFTLFlBQVksT0FBTyxNQUFNLGVBQWUsSUFBSTtBQUNyRDtRQUNFO1FBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7TUFDeEI7QUFDQSxVQUFJLFNBQVMsYUFBYSxPQUFPO0FBQ2pDLFVBQUksT0FBUSxVQUFTLGVBQWUsU0FBUyxNQUFNO0FBQ25ELFlBQU0sYUFBYSxjQUFjLFNBQVMsUUFBUSxRQUFRLGdCQUFnQjtBQUMxRSxzQkFBZ0IsU0FBUyxnQkFBZ0IsU0FBUyxVQUFVLEdBQUdBLFNBQU8sa0JBQWtCO0FBQ3hGLGFBQU8sVUFBVSxVQUFVO0FBQzNCLGFBQU87SUFDVDtBQUdBLGFBQVMsTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksT0FBdUI7QUFDdkU7UUFDRSxNQUFNO1FBQ04sQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUcrQyxTQUFRLE9BQU8sQ0FBQztVQUMvQixNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLE9BQU8sVUFBVSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsU0FBUyxDQUFDO1VBQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtRQUN6QztRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJO2NBQ1IsMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN4SDtBQUNGLGlCQUFPLE1BQU0sQ0FBQyxDQUFFLElBQUk7UUFDdEI7TUFDRjtJQUNGO0FBR0EsYUFBUyxhQUFhLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsWUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQjBCLGNBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDdkcsWUFBTSxTQUFtQixDQUFDO0FBQzFCO1FBQ0UsT0FBTztRQUNQLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFO1FBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLElBQUk7QUFDdEYsY0FBSSxDQUFDO0FBQ0gsa0JBQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUN4RyxpQkFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtRQUNwRTtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxlQUFlLFNBQWtCLFFBQTRCO0FBQ3BFLFlBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ2pDLGVBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ2pGLGNBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxHQUFHLEdBQUcsRUFBRSxDQUFDO0FBQzdFO1VBQ0UsT0FBTztVQUNQLENBQUMsT0FBTztZQUNOLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHMUIsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzNEO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLElBQUssUUFBTztVQUNqQztRQUNGO0FBQ0EsaUJBQVMsYUFBYSxPQUFPO01BQy9CO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUNQLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUMvQixRQUNBLFFBQ0Esa0JBQzZCO0FBQzdCLFlBQU0sWUFBK0QsQ0FBQztBQUN0RSxhQUFPLFFBQVEsQ0FBQyxPQUFPLE1BQU07QUFDM0IsY0FBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3hCLFlBQUksUUFBUSxPQUFRLFFBQU87QUFDM0IsaUJBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRO0FBQ2xDLG9CQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsR0FBRyxVQUFVLE1BQU0sU0FBUyxhQUFhLEtBQUssaUJBQWlCLENBQUM7TUFDL0YsQ0FBQztBQUNELFlBQU0sYUFBMEMsQ0FBQztBQUNqRDtRQUNFLFVBQVU7UUFDVixDQUFDLE1BQU07QUFDTCxnQkFBTSxFQUFFLE9BQU8sR0FBRyxTQUFTLElBQUksVUFBVSxDQUFDO0FBQzFDLGdCQUFNLFNBQVM7WUFDYixPQUFPNEIsY0FBYSxDQUFDO1lBQ3JCLE9BQU8saUJBQWlCLENBQUM7WUFDekIsT0FBTztZQUNQLGVBQWUsV0FBVyxJQUFJO1VBQ2hDO0FBQ0EsaUJBQU87WUFDTCxRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBRzVCLFNBQVEsU0FBUyxDQUFDO1lBQ2pDLE1BQU0sS0FBSyxVQUFVLE1BQU07WUFDM0IsUUFBUSxPQUFPLGtCQUFrQixPQUFPLEtBQUssR0FBRyxJQUFJO1VBQ3REO1FBQ0Y7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sS0FBaUIsR0FBRyxHQUFHLEtBQUs7QUFDNUQsY0FBSSxPQUFPO0FBQ1Qsa0JBQU0sSUFBSTtjQUNSLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDdkc7QUFDRixpQkFBTztBQUNQLG1CQUFTLEdBQUcsT0FBTyxPQUFPLE9BQU8sVUFBVSxNQUFNLG9CQUFvQjtBQUNyRSxjQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztRQUNoRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT0EsYUFBUyxnQkFBZ0IsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLFlBQWdEO0FBQzFHLFlBQU0sT0FBYyxDQUFDO0FBQ3JCO1FBQ0UsV0FBVztRQUNYLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFlBQVksV0FBVyxDQUFDLEVBQUcsRUFBRSxDQUFDO1VBQ3JELE1BQU07VUFDTixRQUFRLE9BQU8sb0JBQW9CLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxHQUFHLElBQUk7UUFDdkU7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsY0FBSSxVQUFVO0FBQ1osa0JBQU0sSUFBSTtjQUNSLG9DQUFvQyxPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDMUc7QUFDRixlQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTSxDQUFDO1FBQ2xEO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGdCQUFnQixTQUFrQixNQUFhLFVBQXdCO0FBQzlFLFlBQU0sV0FBVyxLQUFLLElBQUksSUFBSSxXQUFXO0FBQ3pDLFlBQU0sUUFBUSxLQUFLO0FBQ25CLGFBQU8sS0FBSyxTQUFTLEdBQUc7QUFDdEIsaUJBQVMsR0FBRyxRQUFRLEtBQUssTUFBTSxPQUFPLEtBQUssMkJBQTJCO0FBQ3RFLFlBQUksS0FBSyxJQUFJLElBQUk7QUFDZixnQkFBTSxJQUFJO1lBQ1IsWUFBWSxLQUFLLE1BQU0sK0RBQStELFFBQVE7VUFDaEc7QUFDRixTQUFBLEdBQUFvQyxZQUFBLE9BQU0sQ0FBQztBQUNQLGNBQU0sRUFBRSxNQUFBRyxPQUFNLFFBQVEsSUFBSSxTQUFTLFNBQVMsSUFBSTtBQUNoRCxZQUFJLFFBQVEsT0FBTyxFQUFHLE9BQU0sU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDO0FBQ2pELGVBQU9BO01BQ1Q7SUFDRjtBQUdBLGFBQVMsU0FBUyxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FBWSxNQUFvRDtBQUMvRyxZQUFNQSxRQUFjLENBQUM7QUFDckIsWUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEM7UUFDRSxLQUFLO1FBQ0wsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUd2QyxTQUFRLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzdDLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7UUFDM0Q7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLGNBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsb0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCdUMsa0JBQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtVQUNGO0FBQ0EsY0FBSSxJQUFJLFdBQVc7QUFDakIsa0JBQU0sSUFBSTtjQUNSLDBDQUEwQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssTUFBTSxFQUFFO1lBQy9JO0FBQ0YsZ0JBQU0sU0FBUyxLQUEwQyxHQUFHO0FBQzVELGNBQUksUUFBUSxXQUFXO0FBQ3JCLGtCQUFNLElBQUk7Y0FDUixtQ0FBbUMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyxZQUFZLE9BQU8sU0FBUyxpQkFBaUI7WUFDL0c7QUFDRixjQUFJLFFBQVEsV0FBVyxZQUFhLFFBQU87Y0FDdENBLE9BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtRQUN6QjtNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUTtJQUN6QjtBQU1PLGFBQVNDLGVBQ2R2RixVQUNBLFlBQ0EsUUFDQSxRQUNRO0FBQ1IsWUFBTSxPQUFPQSxTQUFPO0FBQ3BCLFVBQUksVUFBVTtBQUNkLFVBQUksU0FBUztBQUNiLGVBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFlBQUksUUFBcUMsQ0FBQztBQUMxQztVQUNFO1VBQ0EsT0FBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHK0MsU0FBUSxTQUFTLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU07WUFDdEcsUUFBUSxPQUFPLGtCQUFrQixVQUFVO1VBQzdDO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AscUJBQVMsSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxHQUFHLFFBQVEsV0FBYyxDQUFDO1VBQzFHO1FBQ0Y7QUFDQSxZQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLGNBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsWUFBSSxPQUFPO0FBQ1g7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsVUFBVSxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7WUFDL0MsUUFBUSxPQUFPLG9CQUFvQixVQUFVO1VBQy9DO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXLElBQUs7VUFDaEQ7UUFDRjtBQUNBLG1CQUFXO0FBQ1gsa0JBQVUsTUFBTSxTQUFTO01BQzNCO0FBQ0EsYUFBTztJQUNUO0FKdldBLFFBQU0sZUFBZTtBQUNyQixRQUFNLGdCQUFnQjtBQUV0QixhQUFTLE1BQU0sU0FBd0I7QUFDckMsTUFBQXlDLG1CQUFBMUUsUUFBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixZQUFNLElBQUksTUFBTSxPQUFPO0lBQ3pCO0FBRUEsYUFBUyxNQUFNLFNBQXVCO0FBQ3BDLFlBQU0yRSxPQUFNLEdBQUcsT0FBTztBQUN0QixZQUFNLE1BQU1DLGNBQUE3RCxRQUFLLElBQUk0RCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILFVBQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7VUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7UUFDdkc7TUFDRjtBQUNBLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7VUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07UUFDL0M7TUFDRjtJQUNGO0FBRUEsYUFBUy9DLGVBQWMxQyxVQUFnQjJGLFVBQXVDLE1BQW9CO0FBQ2hHLGFBQU9BLFNBQU8sSUFBSSxLQUFLM0YsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM1QztBQU1BLGFBQVM0RixPQUFNNUYsVUFBZ0IyRixVQUF1QyxNQUFvQjtBQUN4RixVQUFJbEQsTUFBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBR0EsTUFBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxNQUFLLFFBQVEsTUFBTSxHQUFHQyxlQUFjMUMsVUFBUTJGLFVBQVEsSUFBSSxDQUFDO0FBQ3JGLFlBQU0sU0FBU1AsWUFBV3BGLFVBQVEsT0FBTyxRQUFRO0FBQ2pELFVBQUksQ0FBQyxPQUFPLE9BQU87QUFDakIsY0FBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsY0FBTSxRQUFRQSxTQUFPLFlBQ2pCLGVBQWVBLFNBQU8sU0FBUyxLQUMvQkEsU0FBTyxZQUNMLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUNwRCxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQ3pDLGNBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7TUFDeEc7QUFDQSxhQUFPLE9BQU87SUFDaEI7QUFFQSxhQUFTLFlBQVksUUFBbUIsT0FBZUEsVUFBc0I7QUFDM0UsWUFBTSxPQUFhLENBQUM7QUFDcEIsWUFBTSxZQUFrQixDQUFDO0FBQ3pCLGVBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLGNBQU0sVUFBVSxPQUFPLGFBQWE7VUFDbEMsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDO1VBQzlCLE9BQU87VUFDUCxPQUFPO1VBQ1AsZUFBZTtRQUNqQixDQUFDO0FBQ0QsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixjQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsa0JBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixhQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07TUFDL0I7QUFDQSxZQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFNBQU8scUJBQXFCO0FBQzFELGlCQUFXLFNBQVMsTUFBTTtBQUN4QixtQkFBUztBQUNQLGdCQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxjQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLGNBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLGNBQUksS0FBSyxJQUFJLElBQUk7QUFDZixrQkFBTSw2REFBNkRBLFNBQU8sa0JBQWtCLElBQUk7QUFDbEcsV0FBQSxHQUFBNkYsWUFBQSxPQUFNLEdBQUc7UUFDWDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBUUEsbUJBQXNCQyxtQkFBMEQ7QUFDOUUsWUFBTSxRQUF1QyxDQUFDO0FBQzlDLGlCQUFXLFFBQVEvRyxRQUFPO0FBQ3hCLFlBQUk7QUFDRixnQkFBTSxXQUFXLE1BQU04RCxnQkFBQWtELFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxjQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7UUFDOUIsUUFBUTtRQUVSO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQWMvRixVQUFnQjJGLFVBQWdEO0FBQ3JGLFlBQU0sUUFBUXBHLFdBQVdpRyxtQkFBQTFFLFFBQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxZQUFNLFNBQWtCLENBQUM7QUFDekIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSTJCLE1BQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGlCQUFPLEtBQUssRUFBRSxNQUFNLEdBQUdBLE1BQUssUUFBUSxNQUFNLEdBQUdDLGVBQWMxQyxVQUFRMkYsVUFBUSxJQUFJLENBQUMsRUFBRSxDQUFDO01BQ3ZGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxPQUFPLFFBQTBCO0FBQ3hDLFlBQU0sU0FBUyxvQkFBSSxJQUFXO0FBQzlCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxjQUFNLFVBQVUsT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSTtBQUNwRCxZQUFJLFFBQVEsU0FBUyxFQUFHLFFBQU8sSUFBSSxRQUFRLENBQUMsQ0FBRSxFQUFFLElBQUksUUFBUSxRQUFRLFNBQVMsQ0FBQyxDQUFFO01BQ2xGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsTUFBTTtJQUNuQjtBQU9BLGFBQVMsZUFBZTNGLFVBQWdCLFFBQXVCO0FBQzdELFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxPQUFPLE1BQU0sUUFBUSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbkUsWUFBTSxPQUFPLHFCQUFxQkEsU0FBTyxRQUFRLE9BQU8sOEJBQThCLE9BQU8sTUFBTTtBQUNuRyxVQUFJQSxTQUFPLFFBQVEsa0JBQWtCLENBQUNBLFNBQU8sUUFBUSxRQUFRO0FBQzNELGNBQU0sVUFBVSxPQUFPLE1BQU07QUFDN0IsY0FBTSxJQUFJcUYsZUFBY3JGLFVBQVEsT0FBTztBQUN2QyxZQUFJLEVBQUUsV0FBVyxRQUFRLFFBQVE7QUFDL0Isa0JBQVEsSUFBSSxHQUFHLElBQUksb0NBQW9DLFFBQVEsTUFBTSx3QkFBd0IsS0FBSyxDQUFDLEVBQUU7QUFDckc7UUFDRjtBQUNBLGdCQUFRO1VBQ04sZ0VBQWdFLFFBQVEsU0FBUyxFQUFFLE1BQU0sT0FBTyxRQUFRLE1BQU07UUFDaEg7TUFDRjtBQUNBLFlBQU0sSUFBSXFGLGVBQWNyRixVQUFRLE1BQU07QUFDdEMsY0FBUTtRQUNOLEdBQUcsSUFBSSxLQUFLLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxLQUFLLEtBQUssQ0FBQztNQUNoTjtJQUNGO0FBU0EsbUJBQXNCZ0csWUFBV2hHLFVBQWdCeEIsWUFBMEIsQ0FBQyxHQUFxQjtBQUMvRixZQUFNd0IsU0FBTyxPQUFPO0FBQ3BCLFlBQU0yRixXQUFTLE1BQU1HLGlCQUFnQjtBQUNyQyxZQUFNRyxjQUFZLElBQUkzQixXQUFVdEUsU0FBTyxTQUFTQSxTQUFPLFdBQVc7QUFDbEUsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUWpCLE9BQU8sUUFBTyxJQUFJLElBQUk2RyxPQUFNNUYsVUFBUTJGLFVBQVEsSUFBSTtBQUNuRSxZQUFNLFFBQVFmLFVBQVM7QUFDdkIsWUFBTSxRQUFRVyxlQUFjdkYsVUFBUSxPQUFPLE9BQU8wRSxtQkFBa0IsQ0FBQyxVQUFVTSxZQUFXLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDOUcsVUFBSSxRQUFRLEVBQUcsU0FBUSxJQUFJLGtCQUFrQixLQUFLLHdDQUF3QztBQUMxRixVQUFJeEcsVUFBUSxTQUFTO0FBQ25CLFlBQUk7QUFDRix5QkFBZXdCLFVBQVEsY0FBY0EsVUFBUTJGLFFBQU0sQ0FBQztRQUN0RCxTQUFTLE9BQU87QUFDZCxnQkFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7UUFDOUQ7TUFDRjtBQUNBLFlBQU0sa0JBQWtCbkgsVUFBUSxPQUFPLFlBQVl5SCxZQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT2pHLFFBQU0sSUFBSSxDQUFDO0FBRW5HLGFBQU8sRUFBRSxPQUFPLFFBQVEsaUJBQWlCLGNBQWMsT0FBTyxLQUFLMkYsUUFBTSxFQUFFLFNBQVMsRUFBRTtJQUN4RjtBQUdBLG1CQUFzQk8sWUFBV2xHLFVBQWdCLE1BQTBDO0FBQ3pGLFVBQUksQ0FBQyxNQUFNLFNBQVN5QyxNQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFlBQU1rRCxXQUFTLE1BQU1HLGlCQUFnQjtBQUVyQyxZQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlyRCxNQUFLLFFBQVEsU0FBUyxHQUFHa0QsU0FBTyxTQUFTM0YsU0FBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxZQUFNLEVBQUUsTUFBTSxJQUFJb0YsWUFBV3BGLFVBQVEsT0FBTyxRQUFRO0FBQ3BELFVBQUksQ0FBQyxPQUFPO0FBQ1YsZ0JBQVE7VUFDTixpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLO1FBQ3RHO0FBQ0E7TUFDRjtBQUNBLFlBQU0sVUFBVXVGLGVBQWN2RixVQUFRLE9BQU8sS0FBSyxPQUFPLENBQUMsVUFBVWdGLFlBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLFVBQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7SUFDeEY7QU05S0EsYUFBUyxtQkFBNEI7QUFDbkMsYUFBTyxTQUFTO0lBQ2xCO0FBR08sYUFBU21CLGNBQWFuRyxVQUFnQixXQUF1RDtBQUNsRyxVQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxZQUFNLFFBQVEsVUFBVTtBQUd4QixZQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFlBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLFVBQUlBLFNBQU8sWUFBWTtBQUNyQixrQkFBVSxZQUFZOEIsbUJBQWtCLE1BQU0sU0FBUztBQUN2RCxjQUFNO1VBQ0osR0FBR0ssZUFBYztZQUNmLFVBQVVuQyxTQUFPLFFBQVE7WUFDekIsWUFBWUEsU0FBTyxRQUFRO1lBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsU0FBTyxRQUFRLHVCQUF1QjtZQUMvRSxlQUFlQSxTQUFPO1VBQ3hCLENBQUM7UUFDSDtNQUNGO0FBQ0EsVUFBSUEsU0FBTyxjQUFlLENBQUE0QyxnQkFBZUgsT0FBTSxNQUFNLFNBQVMxRCxRQUFPUSxXQUFVLFNBQVMsQ0FBQztBQUN6RixhQUFPO1FBQ0w7UUFDQSxZQUFZLHNCQUFzQmlCLGdCQUFlLEtBQUssR0FBRyxTQUFTOztRQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlSLFNBQU8scUJBQXFCLEVBQUUsS0FBS0EsU0FBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7UUFDdEcsbUJBQW1CWTtNQUNyQjtJQUNGO0FBTUEsYUFBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsaUJBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsU0FBUyxHQUFHO0FBQ3hELFlBQUlILGVBQWMsUUFBUSxFQUFHLFlBQVdGLFdBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7TUFDcEc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFNBQVMsVUFBNkI7QUFDN0MsWUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQU01QyxVQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLFVBQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYTtBQUNsRixnQkFBUSxPQUFPLEtBQUs7QUFDdEIsYUFBTztJQUNUO0FBR08sYUFBUzlCLGtCQUFzQjtBQUNwQyxVQUFJdUIsUUFBVSxXQUFZLENBQUF2QixlQUFZdUIsUUFBVSxVQUFVO0lBQzVEO0FBTUEsYUFBUyx1QkFBNkI7QUFDcEMsVUFBSUEsUUFBVSxXQUFZLENBQUFrQyxTQUFRbEMsUUFBVSxVQUFVO0lBQ3hEO0FBR0EsbUJBQXNCbkIsVUFBUyxNQUErQjtBQUM1RCwyQkFBcUI7QUFDckIsWUFBTXFILFlBQVdsRyxTQUFXLElBQUk7SUFDbEM7QUN0R0EsUUFBQWdCLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBRSxtQkFBc0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNGZixhQUFTa0YsU0FBUSxVQUFrQkMsVUFBa0M7QUFDMUUsVUFBSUEsU0FBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sMEJBQTBCO0FBQ25FLGlCQUFXLFNBQVNBLFNBQVEsS0FBSSxXQUFXLE1BQU0sT0FBUSxRQUFPLE1BQU07QUFDdEUsYUFBT0EsU0FBT0EsU0FBTyxTQUFTLENBQUMsRUFBRztJQUNwQztBQUVPLGFBQVNDLFFBQU8sUUFBK0M7QUFDcEUsVUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hDLFlBQU0sU0FBUyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQy9DLFlBQU0sTUFBTSxLQUFLLE1BQU0sT0FBTyxTQUFTLENBQUM7QUFDeEMsYUFBTyxPQUFPLFNBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU0sQ0FBQyxJQUFLLE9BQU8sR0FBRyxLQUFNO0lBQy9FO0FBR08sUUFBTUMsZ0JBQWU7QUFNckIsYUFBU0MsWUFBVyxZQUFvQixJQUFhLG1CQUEyQixTQUF5QjtBQUM5RyxhQUFPLE1BQU0sYUFBYSxZQUFZLG9CQUFvQixXQUFXRDtJQUN2RTtBRGRBLGFBQVNFLHNCQUE2QjtBQUNwQyxjQUFRLEtBQUssSUFBSSxJQUFJQyxtQkFBQTVGLFFBQUssU0FBUyxhQUFhO0lBQ2xEO0FBSUEsUUFBSTZGLGNBQWE7QUFHVixhQUFTQyxZQUFXUCxVQUFrQztBQUMzRCxNQUFBTSxjQUFhO0FBQ2IsWUFBTSxPQUFPUCxTQUFRSyxvQkFBbUIsR0FBR0osUUFBTTtBQUNqRCxNQUFBSyxtQkFBQTVGLFFBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixhQUFPO0lBQ1Q7QUFTTyxhQUFTK0YsWUFDZCxZQUNBUixVQUNBLFdBQ0EsVUFDQSxVQUFVLElBQ0g7QUFDUCxZQUFNLFFBQVEsSUFBSVMsaUJBQUEsTUFBTSxVQUFVO0FBQ2xDLFlBQU0sbUJBQTZCLENBQUM7QUFDcEMsVUFBSTtBQUNKLE1BQUEvQyxpQkFBZ0IsQ0FBQyxXQUFXLFlBQVksT0FBTztBQUM3QyxZQUFJLENBQUM0QyxZQUFZO0FBQ2pCLGNBQU0sUUFBUVAsU0FBUUssb0JBQW1CLEdBQUdKLFFBQU07QUFDbEQsUUFBQUssbUJBQUE1RixRQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsWUFBSSxVQUFVLFdBQVc7QUFDdkIsY0FBSSxHQUFJLGtCQUFpQixLQUFLLFVBQVU7QUFDeEMsNEJBQWtCO1FBQ3BCLFdBQVcsU0FBUyxTQUFTLEtBQUssR0FBRztBQUNuQyw4QkFBb0J3RixRQUFPLGdCQUFnQjtBQUMzQyxjQUFJLG9CQUFvQixPQUFXLE9BQU0sSUFBSUUsWUFBVyxZQUFZLElBQUksaUJBQWlCLE9BQU8sQ0FBQztRQUNuRztNQUNGLENBQUM7QUFDRCxhQUFPO0lBQ1Q7QUU5RE8sYUFBU08sV0FBVTdILE9BQXNCO0FBQzlDLGFBQU9BLE1BQUs7UUFDVjtRQUNBLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDO01BQ3JGO0lBQ0Y7QUFHTyxhQUFTOEgsb0JBQW1COUgsT0FBc0I7QUFDdkQsYUFBT0EsTUFDSixRQUFRLE9BQU8sS0FBSyxFQUNwQixRQUFRLFlBQVksR0FBRyxFQUN2QixRQUFRLE1BQU0sTUFBTSxFQUNwQixRQUFRLE1BQU0sTUFBTTtJQUN6QjtBQVFPLGFBQVMrSCxjQUFhL0gsT0FBY1YsWUFBZ0MsRUFBRSxTQUFTLEtBQUssR0FBVztBQUNwRyxZQUFNLFVBQVVVLE1BQUssUUFBUSxZQUFZLEdBQUc7QUFDNUMsWUFBTSxPQUFPVixVQUFRLFVBQVUsUUFBUSxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQy9ELFlBQU0sYUFBYSxLQUFLLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3BGLFlBQU0sUUFBUSxJQUFJLE9BQU8sYUFBYSxDQUFDO0FBQ3ZDLFlBQU0sTUFBTSxLQUFLLFdBQVcsR0FBRyxLQUFLLEtBQUssU0FBUyxHQUFHLElBQUksTUFBTTtBQUMvRCxhQUFPLEdBQUcsS0FBSyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxHQUFHLEtBQUs7SUFDNUM7QUNPTyxhQUFTLE9BQU8wSSxhQUE0QjtBQUNqRCxhQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtJQUNoRTtBQUVBLGFBQVNDLFFBQU8sUUFBZ0MsTUFBb0M7QUFDbEYsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELFVBQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsYUFBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0lBQ3hFO0FBR08sYUFBU0MsZUFBYyxNQUFtQztBQUMvRCxZQUFNLE9BQXVCLENBQUM7QUFDOUIsaUJBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLG1CQUFXLENBQUNGLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsZ0JBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLGdCQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsZUFBSyxLQUFLO1lBQ1I7WUFDQSxZQUFBQTtZQUNBLElBQUksT0FBTztZQUNYO1lBQ0EsVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVc7WUFDakYsTUFBTUMsUUFBTyxRQUFRLElBQUk7VUFDM0IsQ0FBQztRQUNIO01BQ0Y7QUFDQSxhQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7SUFDNUY7QUFFQSxRQUFNLGFBQWE7QUFHWixhQUFTRSxjQUFhLE1BQWtDO0FBQzdELFlBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxZQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxZQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsWUFBSSxDQUFDLEdBQUc7QUFDTixjQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSztBQUN6RixlQUFLLElBQUksVUFBVSxDQUFDO1FBQ3RCO0FBQ0EsZUFBTztNQUNUO0FBQ0EsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxZQUFJLENBQUMsTUFBTztBQUNaLGNBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLGNBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixZQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGlCQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUc7WUFDM0IsVUFBVSxFQUFFLFNBQVM7WUFDckIsS0FBSyxFQUFFLE9BQU87WUFDZCxLQUFLLEVBQUUsT0FBTyxLQUFLO1lBQ25CLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU87VUFDaEIsQ0FBQztRQUNILFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsY0FBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztRQUNsRTtNQUNGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0lBQy9FO0FBa0JBLFFBQU0scUJBQXFCO0FBT3BCLGFBQVNDLG1CQUNkLE1BQ0EsdUJBQStDLENBQUMsR0FDaEM7QUFDaEIsWUFBTSxZQUEwQixDQUFDO0FBQ2pDLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFdBQVcsbUJBQW1CLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDbEQsWUFBSSxhQUFhLE9BQVc7QUFDNUIsY0FBTUMsY0FBYSxPQUFPLFFBQVEsU0FBUztBQUMzQyxjQUFNLGVBQWUscUJBQXFCLFFBQVE7QUFDbEQsY0FBTSxRQUFRLE9BQU8sS0FBSyxPQUFPLGNBQWMsQ0FBQyxDQUFDLEVBQzlDLElBQUksQ0FBQ0wsZ0JBQWUsNkJBQTZCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLENBQUMsRUFDdEUsS0FBSyxDQUFDLE1BQU0sTUFBTSxNQUFTO0FBQzlCLGtCQUFVLEtBQUs7VUFDYjtVQUNBLFlBQUFLO1VBQ0EsVUFBVSxpQkFBaUIsU0FBWSxPQUFPQSxjQUFhO1VBQzNELFNBQVMsVUFBVSxTQUFZLE9BQU8sT0FBTyxLQUFLO1FBQ3BELENBQUM7TUFDSDtBQUNBLFlBQU0sUUFBUUMsYUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzdELFVBQUksVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFNLFFBQU87QUFDckQsZ0JBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUM3RCxZQUFNLGFBQWEsU0FBUyxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQztBQUNsRixZQUFNLFFBQ0osVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxjQUM1RCxVQUFVLE1BQU0sQ0FBQyxRQUFRLElBQUksYUFBYSxJQUFJO0FBQ2hELGFBQU8sRUFBRSxZQUFZLFVBQVUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFVBQVcsQ0FBQyxJQUFJLE1BQU0sVUFBVTtJQUNsSDtBQUdPLGFBQVNDLGtCQUFpQixTQUF3QztBQUN2RSxVQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLFVBQUksUUFBUSxlQUFlO0FBQ3pCLGVBQU87QUFDVCxZQUFNLE9BQ0osUUFBUSxhQUFhLE9BQ2pCLG1CQUFtQkMsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDLGdCQUMzRCxHQUFHQSxhQUFZLFFBQVEsVUFBVSxPQUFPLENBQUMsV0FBVyxRQUFRLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDM0YsYUFBTyx1QkFBdUIsSUFBSSxzQkFBc0JBLGFBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQztJQUNsRztBQUdPLGFBQVNDLGFBQVksS0FBeUI7QUFDbkQsWUFBTSxXQUNKLElBQUksYUFBYSxPQUFPLEtBQUssS0FBS0QsYUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLFdBQVcsSUFBSSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzlHLFlBQU0sVUFBVSxJQUFJLFlBQVksT0FBTyxnQkFBZ0IsYUFBYUEsYUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO0FBQ3JHLGFBQU8sR0FBR0EsYUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLGFBQWEsSUFBSSxlQUFlLElBQUksS0FBSyxHQUFHLG9CQUFvQixRQUFRLEdBQUcsT0FBTztJQUNsSTtBQUdPLGFBQVNBLGFBQVksT0FBa0MsTUFBb0M7QUFDaEcsVUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLFVBQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsVUFBSSxTQUFTLE1BQU07QUFDakIsWUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLGVBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO01BQzdDO0FBQ0EsVUFBSSxTQUFTO0FBQ1gsZUFBTyxLQUFLLE1BQU0sS0FBSyxFQUNwQixTQUFTLEVBQ1QsUUFBUSx5QkFBeUIsR0FBRztBQUN6QyxhQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7SUFDakc7QUFFTyxhQUFTRixhQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFlBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxhQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtJQUN2RTtBQVdPLGFBQVNJLGlCQUFnQixNQUEyQztBQUN6RSxVQUFJLENBQUMsS0FBSyxTQUFTLG9CQUFvQixDQUFDLEtBQUssU0FBUyxtQkFBb0IsUUFBTztBQUNqRixhQUFPO1FBQ0wsZ0JBQWdCSixhQUFZLE1BQU0sb0JBQW9CLEtBQUs7UUFDM0QsaUJBQWlCQSxhQUFZLE1BQU0sc0JBQXNCLE9BQU87UUFDaEUsMEJBQTBCQSxhQUFZLE1BQU0sbUNBQW1DLEtBQUs7UUFDcEYsaUJBQWlCQSxhQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztNQUMzRTtJQUNGO0FBR08sYUFBU0ssZUFBYyxXQUEyQztBQUN2RSxVQUFJLENBQUMsYUFBYyxVQUFVLG1CQUFtQixRQUFRLFVBQVUsb0JBQW9CO0FBQ3BGLGVBQU87QUFDVCxZQUFNLFNBQVMsVUFBVTtBQUN6QixhQUFPO1FBQ0wsK0NBQStDSCxhQUFZLFVBQVUsZ0JBQWdCLE9BQU8sQ0FBQztRQUM3RixXQUFXQSxhQUFZLFVBQVUsaUJBQWlCLE9BQU8sQ0FBQztRQUMxRCxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUJBLGFBQVksUUFBUSxPQUFPLENBQUMsU0FBUztRQUNsRixtQkFBbUIsVUFBVSxlQUFlO01BQzlDLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUFFTyxRQUFNSSxpQkFBZ0IsQ0FBQyxTQUE4QkQsZUFBY0QsaUJBQWdCLElBQUksQ0FBQztBQ2xOeEYsUUFBTSx5QkFBeUI7QUF1TS9CLGFBQVNHLGNBQ2QsTUFDQSxNQUNBLHVCQUErQyxDQUFDLEdBQ3ZDO0FBQ1QsWUFBTSxhQUFhWCxlQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFGLGFBQVksSUFBSSxVQUFVLEtBQUssT0FBTztRQUMxRjtRQUNBLFlBQUFBO1FBQ0E7UUFDQTtRQUNBO01BQ0YsRUFBRTtBQUNGLGFBQU87UUFDTCxnQkFBZ0I7UUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztRQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztRQUNwRDtRQUNBLFdBQVdHLGNBQWEsSUFBSTtRQUM1QixTQUFTQyxtQkFBa0IsTUFBTSxvQkFBb0I7UUFDckQsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDekcsV0FBV00saUJBQWdCLElBQUk7TUFDakM7SUFDRjtBQUdPLGFBQVNULFNBQU8sV0FBbUQ7QUFDeEUsVUFBSSxVQUFVLEtBQU0sUUFBTyxVQUFVO0FBQ3JDLFVBQUksVUFBVSxXQUFXLFdBQVcsTUFBTSxFQUFHLFFBQU87QUFDcEQsYUFBTyxlQUFlLEtBQUssVUFBVSxNQUFNLElBQUksT0FBTztJQUN4RDtBQzlPQSxhQUFTLGNBQWMsT0FBZSxHQUE2QjtBQUNqRSxZQUFNLE9BQU9KLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxZQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZVyxhQUFZLEVBQUUsVUFBVVAsU0FBTyxDQUFDLENBQUMsQ0FBQztBQUNoSCxZQUFNN0IsUUFBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsVUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHQSxLQUFJLGVBQWV5QixXQUFVLFFBQVEsQ0FBQztBQUMxRCxhQUFPLEdBQUd6QixLQUFJOzBCQUE2QnlCLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsWUFBWSxRQUFRLEVBQUUsQ0FBQyxzQkFBc0JBLFdBQVUsUUFBUSxDQUFDOztJQUNsSjtBQUVBLGFBQVMsVUFBVSxPQUFlLFNBQTBCO0FBQzFELFlBQU0sU0FBU0EsV0FBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixhQUFPLDRCQUE0QixLQUFLO3dCQUFvRCxNQUFNLGVBQWUsTUFBTTs7SUFDekg7QUFFTyxhQUFTaUIsYUFBWSxTQUEwQjtBQUNwRCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBRTNDLFlBQU0sU0FBUyxRQUFRLElBQUksWUFBWSxXQUFXLFFBQVEsSUFBSSxZQUFZLGdCQUFnQixJQUFJO0FBQzlGLFlBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsWUFBTTFILGFBQVksUUFBUSxJQUFJLGVBQWUsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUNqRSxZQUFNLFFBQVF5RyxXQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxZQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsYUFBTztRQUNMO1FBQ0EseUNBQXlDLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSxXQUFXekcsUUFBTztRQUMxRyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSx1QkFBdUJBLFFBQU87UUFDcEgsR0FBRztRQUNIO1FBQ0E7UUFDQTtNQUNGLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUNqQ0EsYUFBUyxlQUFlLE1BQW9DO0FBQzFELGFBQU87UUFDTDtRQUNBO1FBQ0EsR0FBRyxLQUFLO1VBQ04sQ0FBQyxNQUNDLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxNQUFNMkcsY0FBYSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsTUFBTVMsYUFBWSxFQUFFLFVBQVVQLFNBQU8sQ0FBQyxDQUFDLENBQUM7UUFDbEg7TUFDRjtJQUNGO0FBRU8sYUFBU2MsZ0JBQWUsU0FBMEI7QUFDdkQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFlBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFNBQVMsSUFDZCxLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTSx1QkFDcEMsUUFBUSxZQUFZLGlCQUNsQix1QkFBdUIsS0FBSyxNQUFNLCtEQUNsQyxTQUFTLEtBQUssTUFBTTtBQUM5QixZQUFNLFFBQVEsQ0FBQyxrQkFBa0JoQixjQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLFVBQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxVQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLGNBQU07VUFDSjtVQUNBLFlBQVksT0FBTyxNQUFNLG9CQUFvQixPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7VUFDM0U7VUFDQSxHQUFHLGVBQWUsTUFBTTtVQUN4QjtVQUNBO1VBQ0E7UUFDRjtNQUNGO0FBQ0EsWUFBTSxZQUFZLFFBQVE7QUFDMUIsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU07WUFDSixLQUFLRCxvQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTVUsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztVQUN0TjtRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsWUFBTSxTQUFTRCxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEdBQUcsUUFBUyxhQUFhLElBQUksUUFBUSxFQUFFLEdBQUdULG9CQUFtQixNQUFNLENBQUMsSUFBSSxFQUFFO0FBQ2pHLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxnRkFBZ0Ysc0JBQXNCO0FBQ2pILG1CQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLGdCQUFNO1lBQ0osS0FBS0Esb0JBQW1CLElBQUksUUFBUSxDQUFDLE1BQU1VLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxNQUFNLElBQUksYUFBYSxPQUFPLFFBQVFBLGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxNQUFNLElBQUksWUFBWSxPQUFPLGNBQWNBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztVQUNyTztRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sS0FBS1Ysb0JBQW1CYSxlQUFjLFFBQVEsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUNuRSxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDckRBLFFBQU0sV0FBVyxvQkFBSSxJQUFJO01BQ3ZCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtJQUNGLENBQUM7QUFDRCxRQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixhQUFTLE1BQU0sT0FBZ0I7QUFDN0IsWUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQzNJLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsYUFBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7SUFDdkU7QUFFTyxhQUFTZ0osYUFDZCxNQUNBMUosV0FDUTtBQUNSLFlBQU0sSUFBSSxNQUFNQSxVQUFRLEtBQUs7QUFDN0IsWUFBTSxRQUFrQixDQUFDO0FBQ3pCLFlBQU0sYUFBYTRJLGVBQWMsSUFBSTtBQUNyQyxZQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFlBQU07UUFDSixFQUFFO1VBQ0EsZUFBZTVJLFVBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7UUFDck47TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsaUJBQVcsS0FBSyxZQUFZO0FBQzFCLGNBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxjQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJa0osYUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtNQUM3RztBQUNBLFlBQU0sWUFBWUwsY0FBYSxJQUFJO0FBQ25DLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLGNBQU07VUFDSjtVQUNBLEVBQUU7WUFDQSxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQztVQUMxSTtRQUNGO0FBQ0EsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNLE9BQU8sQ0FBQyxNQUFxQkssYUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsZ0JBQU07WUFDSixLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUlBLGFBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztVQUNoTDtRQUNGO01BQ0Y7QUFDQSxZQUFNLFVBQVVKLG1CQUFrQixNQUFNOUksVUFBUSxvQkFBb0I7QUFDcEUsWUFBTSxTQUFTaUosa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxLQUFLLFFBQVMsYUFBYSxJQUFJLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxFQUFFO0FBQzlFLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyw0RUFBNEUsQ0FBQztBQUNuRyxjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxRQUFRLFVBQVUsSUFBSSxDQUFDLFFBQVEsSUFBSSxTQUFTLE1BQU0sQ0FBQztBQUNqRixtQkFBVyxPQUFPLFFBQVEsVUFBVyxPQUFNLEtBQUssS0FBSyxJQUFJLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSUUsYUFBWSxHQUFHLENBQUMsRUFBRTtNQUN2RztBQUNBLFlBQU1ySCxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxZQUFNLFdBQVdrSCxhQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFlBQU0sYUFBYUEsYUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxZQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFlBQU07UUFDSixLQUFLRSxhQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY3BILFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVFvSCxhQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCcEgsU0FBUSxRQUFRLENBQUMsQ0FBQztNQUNuTjtBQUNBLFlBQU0sS0FBSyxhQUFhb0gsYUFBWUYsYUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxZQUFNLFNBQVNBLGFBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsWUFBTTtRQUNKLGFBQWFFLGFBQVksUUFBUSxTQUFTLENBQUMsWUFBWUEsYUFBWUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPRSxjQUFhRixhQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTUEsYUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO01BQzNPO0FBQ0EsWUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixVQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxtQkFBVyxRQUFRLFFBQVE7QUFDekIsZ0JBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixnQkFBTSxJQUFJLEVBQUU7QUFDWixnQkFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsZ0JBQU10SSxRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU93SSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNUQSxhQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCQSxhQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxnQkFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSXhJLEtBQUksRUFBRTtRQUNyRjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksS0FBSzRJLGVBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDOUdBLFFBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQVN4RCxhQUFTSyxtQkFBa0IsTUFBbUI7QUFDbkQsYUFBTyxTQUFTNUosZ0JBQWMsTUFBMkM7QUFDdkUsY0FBTSxNQUE4QjtVQUNsQyxRQUFRMkosYUFBWSxNQUFNO1lBQ3hCLFVBQVUsS0FBSztZQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtZQUNuQyxzQkFBc0IsS0FBSztVQUM3QixDQUFDO1FBQ0g7QUFDQSxjQUFNLE1BQU0sTUFBTTtBQUNsQixZQUFJLEtBQUs7QUFDUCxnQkFBTSxVQUFVSDtZQUNkO1lBQ0E7Y0FDRSxVQUFVLEtBQUs7Y0FDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO2NBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtjQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO1lBQ3RDO1lBQ0EsS0FBSztVQUNQO0FBRUEsZ0JBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQzs7QUFDaEUsY0FBSSxHQUFHLEdBQUcsWUFBWSxJQUFJQyxhQUFZLE9BQU87QUFDN0MsY0FBSSxHQUFHLEdBQUcsYUFBYSxJQUFJQyxnQkFBZSxPQUFPO1FBQ25EO0FBQ0EsZUFBTztNQUNUO0lBQ0Y7QUM5Q0EsUUFBQS9HLG1CQUF3QixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQVN4QixRQUFNa0gsWUFBVyxJQUFJQyxpQkFBQSxRQUFRLFVBQVU7QUFVdkMsUUFBTUMsWUFBMkMsQ0FBQztBQUVsRCxRQUFJM0M7QUFHRyxhQUFTakQsZ0JBQWMxQyxVQUFnQixNQUFvQjtBQUNoRSxhQUFPMkYsVUFBUyxJQUFJLEtBQUszRixTQUFPLE1BQU0sSUFBSSxFQUFFO0lBQzlDO0FBUU8sYUFBU3VJLGFBQ2QsV0FDbUM7QUFDbkMsYUFBTyxDQUFDLFNBQVM7QUFDZixZQUFJLENBQUMsS0FBSyxhQUFjLENBQUE1QyxZQUFXLENBQUM7QUFDcEMsWUFBSUEsUUFBUSxRQUFPLFVBQVUsSUFBSTtBQUNqQyxlQUFPRyxpQkFBZ0IsRUFBRSxLQUFLLENBQUMsVUFBVTtBQUN2QyxVQUFBSCxVQUFTO0FBQ1Qsb0JBQVUsSUFBSTtRQUNoQixDQUFDO01BQ0g7SUFDRjtBQUNBLFFBQUlNO0FBR0osUUFBTXVDLGdCQUFlLENBQUMsU0FBa0IsT0FBTyxNQUFNLEtBQUssT0FBTztBQUVqRSxhQUFTNUMsUUFBTTVGLFVBQWdCLE9BQWdCLE1BQWlDO0FBQzlFLFlBQU0sVUFBVXdDLGFBQVlDLE9BQU0sTUFBTUMsZ0JBQWMxQyxVQUFRLElBQUksQ0FBQztBQUNuRSxVQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLE1BQUFpRyxlQUFjLElBQUkzQixXQUFVdEUsU0FBTyxTQUFTQSxTQUFPLFdBQVc7QUFDOUQsWUFBTSxTQUFTaUcsV0FBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFlBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxhQUFPO1FBQ0wsUUFBUSxJQUFJM0IsV0FBVXRFLFNBQU8sU0FBU0EsU0FBTyxhQUFhLE9BQU8sWUFBWTtRQUM3RSxTQUFTLEtBQUssSUFBSSxLQUFLLE9BQU93SSxjQUFhLElBQUksS0FBSztRQUNwRCxTQUFTO01BQ1g7SUFDRjtBQUVBLGFBQVNDLFNBQVF6SSxVQUFnQixNQUFlLE1BQWlDO0FBQy9FLFlBQU0sVUFBVXNJLFVBQVMsSUFBSTtBQUM3QixVQUFJLFdBQVcsQ0FBQyxRQUFRLE9BQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLFFBQVEsUUFBUyxRQUFPO0FBQ3BGLFVBQUksUUFBUyxDQUFBRixVQUFTLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyQyxZQUFNLE9BQU94QyxRQUFNNUYsVUFBUSxNQUFNLElBQUk7QUFFckMsVUFBSSxRQUFRLFFBQVMsTUFBSyxVQUFVLFFBQVE7QUFDNUMsTUFBQXNJLFVBQVMsSUFBSSxJQUFJO0FBQ2pCLGFBQU87SUFDVDtBQUdPLGFBQVNJLFlBQVcxSSxVQUFnQixNQUFlLE1BQW1DO0FBQzNGLGFBQU95SSxTQUFRekksVUFBUSxNQUFNLElBQUksR0FBRztJQUN0QztBQUdPLGFBQVMySSxZQUFXM0ksVUFBZ0IsTUFBZSxNQUFrQjtBQUMxRSxZQUFNLFVBQVV5SSxTQUFRekksVUFBUSxNQUFNLElBQUk7QUFDMUMsVUFBSSxDQUFDLFFBQVMsUUFBTyxDQUFDO0FBQ3RCLFVBQUksQ0FBQyxRQUFRLFNBQVM7QUFDcEIsY0FBTSxPQUFPLFFBQVEsT0FBTyxZQUFZLEVBQUUsR0FBR3lFLGdCQUFlLE9BQU8sSUFBSSxDQUFDLEVBQUU7QUFDMUUsWUFBSSxDQUFDLEtBQU0sUUFBTyxDQUFDO0FBRW5CLGNBQU0sTUFBWSxDQUFDO0FBQ25CLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxRQUFRLElBQUssS0FBSSxLQUFLLEtBQUssTUFBTSxDQUFDLEVBQUcsRUFBRTtBQUN0RSxnQkFBUSxVQUFVO01BQ3BCO0FBQ0EsYUFBTyxRQUFRO0lBQ2pCO0FDakdBLFFBQUF2RCxtQkFBcUMsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUFHOUIsUUFBTTBILHVCQUFzQixJQUFJQyxpQkFBQSxNQUFNLHlCQUF5QixJQUFJO0FBRW5FLFFBQU1DLHNCQUFxQixJQUFJRCxpQkFBQSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLFFBQU1FLDhCQUE2QixJQUFJRixpQkFBQSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLFFBQU1HLG9CQUFtQixJQUFJSCxpQkFBQSxLQUFLLG1CQUFtQjtBQUVyRCxRQUFNSSxrQkFBaUIsSUFBSUosaUJBQUEsUUFBUSxpQkFBaUI7QUFFcEQsUUFBTUssbUJBQWtCLElBQUlMLGlCQUFBLEtBQUssa0JBQWtCO0FBRW5ELFFBQU1NLGtCQUFpQixJQUFJTixpQkFBQSxRQUFRLGlCQUFpQjtBQ1YzRCxRQUFNTyxxQkFBb0I7QUFDMUIsUUFBSUMsZ0JBQWU7QUFFbkIsUUFBTUMsY0FBbUQsQ0FBQztBQUVuRCxhQUFTQyxhQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsVUFBSSxPQUFPRCxZQUFXLElBQUk7QUFDMUIsVUFBSSxTQUFTLFFBQVc7QUFDdEIsZUFBTyxFQUFFLFVBQVUsS0FBSztBQUN4QixRQUFBQSxZQUFXLElBQUksSUFBSTtNQUNyQjtBQUNBLFVBQUk7QUFDRixRQUFBSixpQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO01BQ3pDLFNBQVMsT0FBTztBQUNkLFFBQUFBLGlCQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixRQUFBQyxnQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixZQUFJRSxrQkFBaUJELG9CQUFtQjtBQUN0QyxrQkFBUTtZQUNOLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUM7VUFDdEc7UUFDRjtNQUNGO0lBQ0Y7QUMxQkEsUUFBQXJJLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FDRGpCLFFBQUFELGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFjdEIsYUFBU3lJLGVBQWMsTUFBaUMsSUFBbUQ7QUFDekcsVUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsWUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsYUFBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0lBQy9DO0FBRUEsYUFBU0MsZ0JBQWUsS0FBZ0I7QUFDdEMsaUJBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsY0FBTSxLQUFLLFFBQVEsZUFBZUQsZUFBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFlBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEsQ0FBQVoscUJBQW9CLElBQUksRUFBRTtNQUMxRjtBQUNBLFlBQU0sUUFBUVksZUFBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELFVBQUksVUFBVSxPQUFXLENBQUFWLG9CQUFtQixJQUFJLEtBQUs7SUFDdkQ7QUFPTyxhQUFTWSxpQkFDZCxRQUNBLFVBQ0EsZUFDQSxVQUNBLFVBQXVDLE1BQU0sUUFDMUI7QUFDbkIsWUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLFVBQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIsUUFBQVYsa0JBQWlCLElBQUksSUFBSTtBQUN6QixlQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtNQUM1QztBQUNBLFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxVQUFJO0FBQ0osYUFBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLFNBQUEsR0FBQVcsWUFBQSxPQUFNLGFBQWE7QUFDbkIsY0FBTSxTQUFTLFFBQVE7QUFDdkIsWUFBSSxDQUFDLE9BQVE7QUFDYixjQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFlBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsY0FBTSxPQUFPO0FBQ2IsWUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtNQUM3RDtBQUNBLFlBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsTUFBQVgsa0JBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLFVBQUksYUFBYSxLQUFLO0FBQ3BCLFFBQUFELDRCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsUUFBQVUsZ0JBQWUsR0FBRztNQUNwQjtBQUNBLGFBQU8sRUFBRSxXQUFXLElBQUk7SUFDMUI7QUNsRUEsUUFBQTFJLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFFdEIsUUFBSTZJO0FBUUcsYUFBU0MsT0FBTSxPQUEyQztBQUMvRCxZQUFNdkosV0FBVSxNQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU07QUFDL0QsVUFBSUEsV0FBVSxFQUFHLEVBQUEsR0FBQXdKLFlBQUEsT0FBTXhKLFFBQU87QUFDOUIsTUFBQXNKLGFBQVk7SUFDZDtBQVFPLGFBQVNHLGNBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBSXBHLFVBQUksUUFBUTtBQUNaLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLElBQUssVUFBUyxNQUFNLENBQUMsRUFBRztBQUMxRCxVQUFJLFFBQVEsU0FBUztBQUNyQixlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGlCQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQ25CLFlBQUksUUFBUSxFQUFHLFFBQU8sTUFBTSxDQUFDLEVBQUc7TUFDbEM7QUFDQSxhQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztJQUNsQztBQUdPLGFBQVNDLFNBQVcsT0FBb0M7QUFDN0QsYUFBTyxNQUFNLFdBQVcsSUFBSSxTQUFZLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0lBQ3hGO0FGbEJBLGFBQVNDLFdBQVUsS0FBYyxNQUFtQztBQUNsRSxhQUFPdkIsWUFBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7SUFDOUM7QUFHTyxhQUFTd0IsYUFBWSxNQUFjLEtBQXNCO0FBQzlELGFBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsbUJBQUFySixRQUFLLEdBQUcsUUFBUSxNQUFNcUosbUJBQUFySixRQUFLLEdBQUcsbUJBQW1CO0lBQzlGO0FBRUEsUUFBTXNKLGtCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLGFBQVNDLFlBQVcsUUFBbUIsSUFBaUI7QUFDdEQsWUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLFVBQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixZQUFNLFVBQVVDLGVBQWMsT0FBTyxLQUFLLFlBQVksQ0FBQyxDQUFDO0FBQ3hELGFBQU8sWUFBWSxVQUFhLE9BQU8sV0FBVyxJQUFJLFFBQVEsS0FBSyxFQUFFO0lBQ3ZFO0FBR0EsYUFBU0EsZUFBNEMsVUFBdUM7QUFDMUYsVUFBSSxZQUFZO0FBQ2hCLGVBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLElBQUssS0FBSSxTQUFTLENBQUMsRUFBRyxXQUFXLFlBQWE7QUFDbkYsVUFBSSxPQUFPLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTO0FBQy9DLGVBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLEtBQUs7QUFDeEMsWUFBSSxTQUFTLENBQUMsRUFBRyxXQUFXLGVBQWUsV0FBVyxFQUFHLFFBQU8sU0FBUyxDQUFDO01BQzVFO0FBQ0EsYUFBTztJQUNUO0FBSUEsUUFBTUMsZ0JBQXdEO01BQzVELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxXQUFXLE9BQU8sWUFBWSxFQUFFLE9BQU8sSUFBSSxRQUFRLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLEVBQUUsR0FBRztNQUNoSDtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBRXJCLGdCQUFNLEtBQUtQLFNBQVFyQixZQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQzlELGlCQUFPLE9BQU8sVUFBYTBCLFlBQVcsUUFBUSxFQUFFO1FBQ2xEO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLGdCQUFNLFVBQVUsT0FBTyxhQUFhO1lBQ2xDLE9BQU9ILGFBQVksV0FBVyxHQUFHO1lBQ2pDLE9BQU87WUFDUCxPQUFPO1lBQ1AsZUFBZTtVQUNqQixDQUFDO0FBQ0QsY0FBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLFVBQUFqQixnQkFBZSxJQUFJLENBQUM7QUFDcEIsZ0JBQU0sV0FBVyxPQUFPLFVBQVUsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUNuRCxpQkFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO1FBQzFEO01BQ0Y7SUFDRjtBQUdPLFFBQU11QixlQUF3QixDQUFDLFNBQUEsR0FDcENDLFlBQUEsT0FBTSxnQkFBZ0IsTUFBTTtBQUMxQixZQUFNLFNBQVNSLFdBQVUsS0FBSyxTQUFTO0FBQ3ZDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsTUFBQUosT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixlQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxhQUFLRSxjQUFhUSxhQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsUUFBQVYsT0FBTSxJQUFJLE9BQU8sVUFBVTtNQUM3QjtBQUNBLGFBQU87SUFDVCxDQUFDO0FBR0ksUUFBTWEsYUFBc0IsQ0FBQyxTQUFBLEdBQ2xDRCxZQUFBLE9BQU0sY0FBYyxNQUFNO0FBQ3hCLFlBQU0sRUFBRSxRQUFBekssU0FBTyxJQUFJO0FBQ25CLFlBQU0sU0FBU2lLLFdBQVUsS0FBSyxPQUFPO0FBQ3JDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsWUFBTSxVQUFVLE9BQU8sYUFBYTtRQUNsQyxPQUFPQyxhQUFZLFNBQVMsR0FBRztRQUMvQixPQUFPO1FBQ1AsT0FBTztRQUNQLGVBQWVsSyxTQUFPO01BQ3hCLENBQUM7QUFDRCxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsTUFBQWlKLGdCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLE1BQUFZLE9BQU03SixTQUFPLFVBQVU7QUFDdkIsVUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFlBQU0sYUFBYTBKO1FBQWdCO1FBQVE7UUFBSTFKLFNBQU87UUFBZUEsU0FBTztRQUFvQixNQUM5RmlLLFdBQVUsS0FBSyxPQUFPO01BQ3hCO0FBQ0EsV0FBSyxXQUFXLGFBQWE7QUFFN0IsWUFBTSxRQUFRQSxXQUFVLEtBQUssT0FBTztBQUNwQyxVQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFVBQUksV0FBVyxXQUFXO0FBQ3hCLGFBQUtJLFlBQVcsT0FBTyxFQUFFLEtBQUs7QUFDOUIsUUFBQVIsT0FBTTdKLFNBQU8sVUFBVTtBQUN2QixhQUFLLE1BQU0sYUFBYSxJQUFJZ0ssU0FBUUksZUFBYyxLQUFLLE1BQU0sRUFBRSxNQUFNO01BQ3ZFO0FBQ0EsTUFBQVAsT0FBTTdKLFNBQU8sVUFBVTtBQUN2QixhQUFPLE1BQU0sYUFBYSxFQUFFLEVBQUUsTUFBTTtJQUN0QyxDQUFDO0FBR0ksUUFBTTJLLGFBQXNCLENBQUMsU0FBQSxHQUNsQ0YsWUFBQSxPQUFNLGNBQWMsTUFBTTtBQUN4QixZQUFNLFNBQVNSLFdBQVUsS0FBSyxPQUFPO0FBQ3JDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLE1BQUFKLE9BQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsV0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsTUFBQUEsT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsTUFBQUEsT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixZQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsaUJBQVcsVUFBVSxVQUFVLE9BQU8sQ0FBQyxNQUFNN0UsWUFBVyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUNwRyxhQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO01BQzVDO0FBQ0EsYUFBTztJQUNULENBQUM7QUd0SUksYUFBUzRGLHFCQUNkNUssVUFDQSxZQUNBLE9BQzBCO0FBQzFCLFlBQU0sUUFBUVUsWUFBVyxZQUFZVixTQUFPLE9BQU87QUFDbkQsYUFBTztRQUNMLGVBQWUsTUFBTSxnQkFBZ0IsTUFBTSxPQUFPO1FBQ2xELGFBQWEsTUFBTSxjQUFjLE1BQU0sS0FBSztRQUM1QyxhQUFhLE1BQU0sY0FBYyxNQUFNLEtBQUs7TUFDOUM7SUFDRjtBQUdPLGFBQVM2SyxpQkFBZ0I3SyxVQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsWUFBTWMsUUFBTyxDQUFDLE1BQWMsYUFDMUJ5SCxhQUFZLENBQUMsU0FBd0I7QUFDbkMsbUJBQVc7QUFDWCxRQUFBZ0IsYUFBWSxNQUFNLFVBQVUsRUFBRSxRQUFBdkosVUFBUSxLQUFLLENBQUM7TUFDOUMsQ0FBQztBQUNILGFBQU87UUFDTCxjQUFjYyxNQUFLLFdBQVcwSixZQUFXO1FBQ3pDLFlBQVkxSixNQUFLLFNBQVM0SixVQUFTO1FBQ25DLFlBQVk1SixNQUFLLFNBQVM2SixVQUFTO01BQ3JDO0lBQ0Y7QUM1QkEsUUFBTSxNQUFNLEVBQUUsT0FBTzdILFdBQVU7QUFFL0IsYUFBUyxZQUFZLFVBQW9CLFNBQTBCO0FBQ2pFLFVBQUksYUFBYSxTQUFVLFFBQU8sUUFBUTtBQUMxQyxVQUFJLGFBQWEsZ0JBQWlCLFFBQU8sUUFBUTtBQUNqRCxVQUFJLGFBQWEsUUFBUyxRQUFPLFFBQVE7QUFDekMsYUFBTyxRQUFRO0lBQ2pCO0FBUU8sYUFBU2dJLGNBQWEsU0FBa0IsV0FBd0M7QUFDckYsYUFBTztRQUNMO1VBQ0UsUUFBUTtVQUNSLE1BQU07VUFDTixPQUFPO1lBQ0wsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO1lBQ2xELEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsU0FBUztVQUNwRDtRQUNGO1FBQ0EsR0FBRyxVQUFVLElBQUksQ0FBQyxjQUFjO1VBQzlCLFFBQVE7VUFDUixNQUFNLEVBQUUsU0FBUztVQUNqQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQWtCLElBQUksS0FBYyxPQUFPLFlBQVksVUFBVSxPQUFPLEVBQUUsQ0FBQztRQUM3RixFQUFFO01BQ0o7SUFDRjtBQUdPLGFBQVNDLFlBQVcsU0FBa0IsV0FBd0M7QUFDbkYsYUFBTztRQUNMLEVBQUUsUUFBUSxtQkFBbUIsTUFBTSxLQUFLLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO1FBQ3JHLEdBQUcsVUFBVSxJQUFJLENBQUMsY0FBYztVQUM5QixRQUFRO1VBQ1IsTUFBTSxFQUFFLFNBQVM7VUFDakIsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFpQixJQUFJLEtBQWMsT0FBTyxRQUFRLFVBQVUsQ0FBQztRQUMvRSxFQUFFO01BQ0o7SUFDRjtBQUdPLGFBQVNDLFlBQVcsaUJBQWlCLE9BQWU7QUFDekQsYUFBTztRQUNMO1VBQ0UsUUFBUTtVQUNSLE1BQU07VUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO1FBQ2xGO01BQ0Y7SUFDRjtBQUdPLGFBQVNDLGNBQWEsU0FBMEI7QUFDckQsYUFBTztRQUNMLEVBQUUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO1FBQ3BGLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7TUFDaEc7SUFDRjtBQUdPLGFBQVNDLGlCQUFnQixTQUEwQjtBQUN4RCxhQUFPO1FBQ0wsRUFBRSxRQUFRLHlCQUF5QixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxhQUFhLENBQUMsRUFBRTtRQUNwRyxFQUFFLFFBQVEscUJBQXFCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxRQUFRLFVBQVUsQ0FBQyxFQUFFO01BQzlGO0lBQ0Y7QW5DOURBLFFBQU1sTCxXQUFTcUIsZUFBYyxNQUFNO0FBQ25DLFFBQU0sRUFBRSxXQUFBdEIsWUFBVyxPQUFPb0wsWUFBVyxZQUFBQyxZQUFXLElBQUkvSyxXQUFVLFNBQVMsT0FBT0wsUUFBTTtBQUNwRixRQUFNcUcsVUFBa0I7TUFDdEIsRUFBRSxNQUFNLFNBQVMsUUFBUXRHLGFBQVksR0FBRztNQUN4QyxFQUFFLE1BQU0sVUFBVSxRQUFTQSxhQUFZLElBQUssR0FBRztNQUMvQyxFQUFFLE1BQU0sT0FBTyxRQUFRLFNBQVM7SUFDbEM7QUFDQSxJQUFBOEcsWUFBVyxzQkFBc0JSLFNBQVEsU0FBUyxDQUFDLEtBQUssQ0FBQztBQUVsRCxRQUFNN0gsV0FBMEIsZ0JBQUEySCxjQUFhbkcsVUFBUSxPQUFPO01BQ2pFLFdBQVdEO01BQ1gsa0JBQWtCO01BQ2xCLFdBQVc7UUFDVCxHQUFHNksscUJBQW9CNUssVUFBUW1MLFlBQVcsQ0FBQ3JLLE9BQU0sUUFBUUQsZUFBY0MsT0FBTSxLQUFLZixVQUFTLENBQUM7TUFDOUY7TUFDQSxPQUFPO1FBQ0wsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU9xTCxZQUFXLENBQUMsRUFBRTtRQUNyRjtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsT0FBTyxPQUFPLE9BQU8sTUFBTTtVQUNuQyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9wTCxTQUFPLFFBQVEsU0FBUyxDQUFDO1FBQ3BFO1FBQ0EsR0FBRzhLLGNBQWE5SyxTQUFPLFNBQVMsQ0FBQyxDQUFDO1FBQ2xDLEdBQUcrSyxZQUFXL0ssU0FBTyxTQUFTLENBQUMsQ0FBQztRQUNoQyxHQUFHaUwsY0FBYWpMLFNBQU8sT0FBTztRQUM5QixHQUFHa0wsaUJBQWdCbEwsU0FBTyxPQUFPO1FBQ2pDLEdBQUdnTCxZQUFXO01BQ2hCO0lBQ0YsRUFBRTtBQUdLLFFBQU16TSxpQkFBZ0MsZ0JBQUE0SixtQkFBa0IsRUFBRSxVQUFVLE9BQU8sQ0FBQztBQUU1RSxhQUFTdkosU0FBMEI7QUFDeEMsYUFBT29ILFlBQVdoRyxVQUFRLEVBQUUsU0FBUyxLQUFLLENBQUM7SUFDN0M7QUFFTyxRQUFNLEVBQUUsY0FBQXJCLGVBQWMsWUFBQUQsYUFBWSxZQUFBSixZQUFXLElBQUl1TSxpQkFBZ0I3SyxVQUFRLE1BQU00RyxZQUFXUCxPQUFNLENBQUM7Ozs7O0FvQ3JEeEcsSUFBSTtBQUVHLFNBQVMsVUFBVTtBQUN4QixNQUFJLGdCQUFnQixRQUFXO0FBQzdCLFVBQU0sWUFBWSxXQUFXO0FBQzdCLGVBQVcsaUJBQWlCLENBQUM7QUFDN0IsZUFBVyxRQUFRLENBQUMsTUFBSyxXQUFVLGdCQUFlLFdBQVUsY0FBYSxZQUFZLEdBQUc7QUFDdEYsWUFBTSxTQUFTLFVBQVUsSUFBSTtBQUM3QixpQkFBVyxlQUFlLElBQUksSUFBSSxFQUFFLElBQUksUUFBUSxlQUFlLE9BQU8sV0FBVyxPQUFPO0FBQUEsSUFDMUY7QUFDQSxrQkFBYztBQUFBLEVBQ2hCO0FBQ0EsU0FBTztBQUNUO0FBQ0EsV0FBVyxzQkFBc0I7OztBQ21CMUIsSUFBTSxrQkFBcUMsT0FBTyxPQUFPO0FBQUEsRUFDOUQsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsYUFBYTtBQUFBLEVBQ2IsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osY0FBYztBQUFBLEVBQ2QsYUFBYTtBQUFBLEVBQ2IsV0FBVztBQUFBLEVBQ1gsY0FBYztBQUFBLEVBQ2QsVUFBVTtBQUFBLEVBQ1YsWUFBWTtBQUFBLEVBQ1osc0JBQXNCO0FBQ3hCLENBQUM7OztBQ3JDTSxJQUFNLFFBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDL0IsT0FBTztBQUNsQjtBQU1PLFNBQVMsY0FBYyxNQUFjLE1BQXdCO0FBQ2xFLFFBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxRQUFNZ0YsUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPLEtBQUssV0FBVyxDQUFDLE1BQU0sUUFBUyxLQUFLLE1BQU0sQ0FBQyxJQUFJO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyxtQkFBUztBQUNUO0FBQUEsUUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO0FBQUEsWUFDMUIsVUFBUztBQUFBLE1BQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsZ0JBQVE7QUFDUixvQkFBWTtBQUFBLE1BQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxpQkFBUyxZQUFZO0FBQ3JCLGdCQUFRO0FBQUEsTUFDVixNQUFPLFVBQVM7QUFBQSxJQUNsQjtBQUNBLFFBQUksT0FBUSxDQUFBQSxNQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsV0FBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxRQUFJLENBQUMsU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLFlBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLFVBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0QsUUFBQUEsTUFBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQUEsTUFDaEg7QUFDQSxnQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGNBQVEsT0FBTztBQUNmO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxXQUFXLE1BQU8sQ0FBQUEsTUFBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxVQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxVQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxVQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsUUFBSSxVQUFVLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxRQUFJLGFBQWEsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFFBQUksQ0FBRSxNQUE0QixTQUFTLElBQUk7QUFDN0MsTUFBQUEsTUFBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixRQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsU0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGFBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsTUFBSSxDQUFDLFFBQVMsQ0FBQUEsTUFBSyxHQUFHLHFGQUFxRjtBQUMzRyxTQUFPO0FBQ1Q7QUFxQk8sU0FBUyxVQUFVLE1BQVksR0FBbUI7QUFDdkQsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzlDOzs7QUMzRE8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBR08sSUFBTSxnQkFBZ0IsS0FBSztBQUtsQyxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUE4S3hELFNBQVMsVUFDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsUUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELFNBQU8sU0FBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtBQUN6Rjs7O0FDOU9BLElBQU0sZ0JBQWdCO0FBVXRCLElBQU0sZUFBZSxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxNQUFNLE1BQU0sNEJBQTRCO0FBQ2pILElBQU0sY0FBYyxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxLQUFLO0FBc0Z0RSxJQUFNLFlBQVk7QUFBQSxFQUN2QixPQUFPO0FBQUEsRUFDUCxRQUF3QixpQkFBQyxlQUFlLGtCQUFrQixFQUFFLEtBQUssR0FBRztBQUFBLEVBQ3BFLEtBQUssQ0FBQyxhQUFhLEVBQUUsQ0FBQyxhQUFhLEdBQUcsT0FBTyxLQUFLLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRTtBQUFBLEVBQ3BFLFVBQVUsQ0FBQyxLQUFLQyxhQUFZO0FBQUEsSUFDMUIsV0FBVyxVQUFVLEtBQUssZUFBZSxNQUFNLGFBQWEsSUFBSSxJQUFJLEtBQU0sQ0FBQztBQUFBLElBQzNFLE9BQU8sVUFBVSxLQUFLLGNBQWMsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNQSxRQUFPLGtCQUFrQixDQUFDLENBQUMsR0FBRyxZQUFZLEdBQUcsR0FBTyxDQUFDO0FBQUEsSUFDaEgsWUFBWSxVQUFVLEtBQUssb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUMxRTtBQUNGOzs7QUN6SUEsU0FBUyxPQUFPLE9BQU8sYUFBYTs7O0FDQXBDLE9BQU8sa0JBQWtCO0FBQ3pCLElBQU8sb0JBQVE7OztBQ0RmLE9BQU8sYUFBYTtBQUNwQixJQUFPLGVBQVE7OztBQ0RmLFNBQVMsU0FBUyxNQUFNLGFBQWE7OztBQ0FyQyxTQUFTLG1CQUFtQjs7O0FDR3JCLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sZUFBZTs7O0FDSzVCLFNBQVMsZUFBdUI7QUFFOUIsTUFBSSxTQUFTLEVBQUcsQ0FBQyxXQUF3RCxZQUFZLEVBQUc7QUFDeEYsUUFBTSxTQUFTLElBQUksWUFBWSxlQUFlLE1BQWdCO0FBQzVELFVBQU0sSUFBSSxNQUFNLDBDQUEwQyxhQUFhLGtDQUFrQztBQUFBLEVBQzNHLENBQUM7QUFDRCxTQUFPLE9BQU8sQ0FBQztBQUNqQjtBQUVPLElBQU0sU0FBNEIsYUFBYTtBQUcvQyxJQUFNLGdCQUEwQyxNQUFNOzs7QUNON0QsU0FBUyxpQkFBaUI7QUFDeEIsU0FBTztBQUFBO0FBQUEsSUFFTCxZQUFZLElBQUksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLElBRTFDLGlCQUFpQixJQUFJLE1BQU0sMEJBQTBCO0FBQUE7QUFBQSxJQUVyRCxVQUFVLElBQUksTUFBTSxrQkFBa0I7QUFBQTtBQUFBLElBRXRDLGdCQUFnQixJQUFJLFFBQVEsd0JBQXdCO0FBQUE7QUFBQSxJQUVwRCxjQUFjLElBQUksTUFBTSxpQ0FBaUM7QUFBQSxFQUMzRDtBQUNGO0FBR0EsSUFBTSxTQUFTLFNBQVMsS0FBSyxPQUFPLGVBQWUsU0FBWSxlQUFlLElBQUk7QUFXbEYsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUNKLElBQUksYUFBYTtBQU1qQixTQUFTLFVBQVUsWUFBb0IsT0FBcUM7QUFDMUUsUUFBTSxNQUFNLGFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUFBLElBQ3RFLEdBQUc7QUFBQSxJQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsRUFDaEQsQ0FBVTtBQUNWLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQzlDO0FBd0JBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFFdEQsTUFBSSxDQUFDLFdBQVksY0FBYSxVQUFVLFlBQVksTUFBTTtBQUMxRCxhQUFTO0FBQ1AsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixhQUFTLFVBQVU7QUFDbkIsVUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFFBQUksa0JBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsUUFBSSxrQkFBSyxTQUFTLGFBQWEsRUFBRztBQUFBLEVBQ3BDO0FBQ0EsWUFBVSxZQUFZLFVBQVU7QUFDaEMsV0FBUyxVQUFVO0FBQ3JCO0FBRUEsU0FBUyxTQUFTLFlBQTBCO0FBQzFDLFFBQU0sTUFBTSxhQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsV0FBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDN0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNwQyxRQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sVUFBVSxPQUFRO0FBQzNELFdBQVEsV0FBVyxJQUFJLE9BQU8sV0FBVztBQUN6QyxXQUFRLGdCQUFnQixJQUFJLE9BQU8saUJBQWlCO0FBQ3BELFdBQVEsU0FBUyxJQUFJLE9BQU8sU0FBUztBQUFBLEVBQ3ZDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixzQkFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0FBQ3ZGOzs7QUM5R0EsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFQSxTQUFTLFNBQVNDLFNBQXNCO0FBQ3RDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU8sa0JBQUssR0FBRyxXQUFXLEtBQUssTUFBTUMsY0FBYTtBQUNqRztBQVdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBQ25GNUMsT0FBTyxnQkFBZ0I7QUFDdkIsSUFBTyxrQkFBUTs7O0FDcUJSLElBQU0sWUFBWTs7O0FDTGxCLFNBQVMsUUFBUSxVQUFxQyxJQUFTLE9BQXdCO0FBQzVGLFFBQU0sVUFBVSxPQUFPLFNBQVksS0FBSyxtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFDckUsVUFBUSxVQUFVO0FBQUEsSUFDaEIsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLGdCQUFnQixPQUFPO0FBQUEsSUFDaEMsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO0FBQUEsSUFDckQsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUlBLElBQU0saUJBQThFLENBQUM7QUFHOUUsU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLE1BQUksT0FBTyxlQUFlLFFBQVE7QUFDbEMsTUFBSSxTQUFTLFFBQVc7QUFDdEIsV0FBTyxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFRLEVBQUU7QUFDaEUsbUJBQWUsUUFBUSxJQUFJO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1Q7OztBQzJCQSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBR3RELFNBQVMsU0FBUyxPQUFrQixPQUF1QjtBQUN6RCxVQUFRLE9BQU87QUFBQSxJQUNiLEtBQUs7QUFDSCxhQUFPLE1BQU0sUUFBUSxNQUFNO0FBQUEsSUFDN0IsS0FBSyxTQUFTO0FBQ1osWUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxhQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxJQUNoRDtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFBQSxJQUNoRSxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ3hELEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDekQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLFFBQVEsQ0FBQztBQUFBLElBQzdCLEtBQUs7QUFDSCxhQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDM0UsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtBQUFBLElBQ3JDLEtBQUssYUFBYTtBQUNoQixZQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUM1RTtBQUFBLEVBQ0Y7QUFDRjtBQVNBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBQ2xFO0FBR0EsSUFBSTtBQUVKLElBQU0sWUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLE1BQUk7QUFDRixXQUFPLFFBQVMsS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sYUFBTixNQUF5QztBQUFBLEVBR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFM7QUFDQTtBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUhRO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUxYLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFPUixJQUFJLE9BQXNCO0FBQ3hCLFFBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLFdBQUssUUFBUSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBR0EsU0FBUyxVQUFVLE1BQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFjO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLGtCQUE0RSxDQUFDO0FBQ25GLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxNQUFJLFdBQVcsZ0JBQWdCLE1BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBVyxhQUFLLGlCQUFpQixNQUFNO0FBQ3ZDLG9CQUFnQixNQUFNLElBQUk7QUFBQSxFQUM1QjtBQUNBLFNBQU87QUFDVDtBQUlBLElBQUk7QUFDRyxTQUFTLGdCQUFnQixNQUF5QztBQUN2RSxhQUFXO0FBQ2I7QUFPQSxJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLG1CQUFtQixDQUFDLE1BQWUsRUFBRTtBQUMzQyxJQUFNLGtCQUFrQixDQUFDLE1BQWUsQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUV6RCxJQUFNLFlBQXlGLENBQUM7QUFFaEcsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLFFBQVE7QUFDNUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxpQkFBaUI7QUFDbEYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJO0FBQ3BFLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUtBLFNBQVMsVUFBVSxRQUFnQixLQUFhLE9BQTRDO0FBQzFGLFNBQU8sVUFBVSxTQUFZLFNBQVMsR0FBRyxNQUFNLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFDakg7QUFFTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQTRDLENBQUM7QUFBQTtBQUFBLEVBVzlELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsUUFBSSxTQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFFBQUksQ0FBQyxRQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxlQUFTO0FBQUEsUUFDUDtBQUFBLFFBQ0EsTUFBTSxZQUFZLFFBQVE7QUFBQSxRQUMxQixTQUFTLEtBQUs7QUFBQSxRQUNkLGtCQUFrQixhQUFhLFFBQVE7QUFBQSxNQUN6QztBQUVBLFVBQUksQ0FBQyxVQUFXLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDMUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNLGFBQUs7QUFBQSxNQUNmO0FBQUEsTUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7QUFBQSxNQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7QUFBQSxNQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO0FBQUEsSUFDckU7QUFFQSxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsUUFBSSxVQUFVLENBQUM7QUFDZixRQUFJLFNBQVMsVUFBVTtBQUNyQixnQkFBVTtBQUNWLGdCQUFVLE9BQU8sR0FBRyxLQUFLLFNBQVMsT0FBTyxTQUFTO0FBQ2xELGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVLFVBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFdBQU8sSUFBSSxXQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO0FBQUEsRUFDaEc7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxRQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7QUFBQSxFQUNwRTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxRQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTLFVBQVUsSUFBSSxTQUFTLE1BQU0sS0FBSztBQUMvQyxhQUFTLFVBQVUsUUFBUSxVQUFVLE1BQU0sTUFBTTtBQUNqRCxhQUFTLFVBQVUsUUFBUSxLQUFLLE1BQU0sQ0FBQztBQUN2QyxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLFFBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtBQUFBLEVBQzdGO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLFFBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO0FBQUEsRUFDckY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQ25GO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLFFBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxRQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsUUFBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQzVHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxRQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7QUFBQSxFQUNsRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztBQUFBLEVBQ2hGO0FBQ0Y7OztBQzlXTyxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQVl6QixTQUFTLFFBQVEsT0FBbUM7QUFDekQsUUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsU0FBTyxRQUFRLENBQUM7QUFDbEI7QUFHQSxTQUFTLFdBQVcsT0FBbUM7QUFDckQsUUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxTQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztBQUNwQztBQU9PLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLFNBQVMsV0FBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLE1BQUksQ0FBQyxNQUFNLFdBQVcsZ0JBQWdCLEVBQUcsUUFBTztBQUNoRCxRQUFNLFFBQVEsUUFBUSxLQUFLO0FBQzNCLE1BQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFFBQU0sVUFBVSxXQUFXLEtBQUs7QUFDaEMsU0FBTyxZQUFZLFVBQWEsV0FBVyxXQUFXLE9BQU8sS0FBSyxLQUFLO0FBQ3pFOzs7QUM2REEsZUFBc0Isa0JBQTBEO0FBQzlFLFFBQU0sUUFBdUMsQ0FBQztBQUM5QyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sZ0JBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7QUFBQSxJQUM5QixRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7OztBQ3hCTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7OztBQ3pGTyxTQUFTLFFBQVEsVUFBa0JDLFNBQWtDO0FBQzFFLE1BQUlBLFFBQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUNuRSxhQUFXLFNBQVNBLFFBQVEsS0FBSSxXQUFXLE1BQU0sT0FBUSxRQUFPLE1BQU07QUFDdEUsU0FBT0EsUUFBT0EsUUFBTyxTQUFTLENBQUMsRUFBRztBQUNwQztBQUVPLFNBQVMsT0FBTyxRQUErQztBQUNwRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsUUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsUUFBTSxNQUFNLEtBQUssTUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN4QyxTQUFPLE9BQU8sU0FBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTSxDQUFDLElBQUssT0FBTyxHQUFHLEtBQU07QUFDL0U7QUFHTyxJQUFNLGVBQWU7QUFNckIsU0FBUyxXQUFXLFlBQW9CLElBQWEsbUJBQTJCLFNBQXlCO0FBQzlHLFNBQU8sTUFBTSxhQUFhLFlBQVksb0JBQW9CLFdBQVc7QUFDdkU7OztBQ2RBLFNBQVMscUJBQTZCO0FBQ3BDLFVBQVEsS0FBSyxJQUFJLElBQUksa0JBQUssU0FBUyxhQUFhO0FBQ2xEO0FBSUEsSUFBSSxhQUFhO0FBR1YsU0FBUyxXQUFXQyxTQUFrQztBQUMzRCxlQUFhO0FBQ2IsUUFBTSxPQUFPLFFBQVEsbUJBQW1CLEdBQUdBLE9BQU07QUFDakQsb0JBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixTQUFPO0FBQ1Q7QUFTTyxTQUFTLFdBQ2QsWUFDQUEsU0FDQSxXQUNBLFVBQ0EsVUFBVSxJQUNIO0FBQ1AsUUFBTSxRQUFRLElBQUksTUFBTSxVQUFVO0FBQ2xDLFFBQU0sbUJBQTZCLENBQUM7QUFDcEMsTUFBSTtBQUNKLGtCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFFBQUksQ0FBQyxXQUFZO0FBQ2pCLFVBQU0sUUFBUSxRQUFRLG1CQUFtQixHQUFHQSxPQUFNO0FBQ2xELHNCQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsUUFBSSxVQUFVLFdBQVc7QUFDdkIsVUFBSSxHQUFJLGtCQUFpQixLQUFLLFVBQVU7QUFDeEMsd0JBQWtCO0FBQUEsSUFDcEIsV0FBVyxTQUFTLFNBQVMsS0FBSyxHQUFHO0FBQ25DLDBCQUFvQixPQUFPLGdCQUFnQjtBQUMzQyxVQUFJLG9CQUFvQixPQUFXLE9BQU0sSUFBSSxXQUFXLFlBQVksSUFBSSxpQkFBaUIsT0FBTyxDQUFDO0FBQUEsSUFDbkc7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPO0FBQ1Q7OztBQ25EQSxJQUFNLFdBQVcsSUFBSSxRQUFRLFVBQVU7QUFVdkMsSUFBTSxXQUEyQyxDQUFDO0FBRWxELElBQUk7QUFHRyxTQUFTLGNBQWNDLFNBQWdCLE1BQW9CO0FBQ2hFLFNBQU8sU0FBUyxJQUFJLEtBQUtBLFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDOUM7QUFRTyxTQUFTLFlBQ2QsV0FDbUM7QUFDbkMsU0FBTyxDQUFDLFNBQVM7QUFDZixRQUFJLENBQUMsS0FBSyxhQUFjLFlBQVcsQ0FBQztBQUNwQyxRQUFJLE9BQVEsUUFBTyxVQUFVLElBQUk7QUFDakMsV0FBTyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsVUFBVTtBQUN2QyxlQUFTO0FBQ1QsZ0JBQVUsSUFBSTtBQUFBLElBQ2hCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFDQSxJQUFJO0FBR0osSUFBTSxlQUFlLENBQUMsU0FBa0IsT0FBTyxNQUFNLEtBQUssT0FBTztBQUVqRSxTQUFTLE1BQU1BLFNBQWdCLE9BQWdCLE1BQWlDO0FBQzlFLFFBQU0sVUFBVSxZQUFZLE1BQU0sTUFBTSxjQUFjQSxTQUFRLElBQUksQ0FBQztBQUNuRSxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLGdCQUFjLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDOUQsUUFBTSxTQUFTLFVBQVUsTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDaEUsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsWUFBWSxPQUFPLGFBQWEsSUFBSSxPQUFPLGFBQWE7QUFDbEcsU0FBTztBQUFBLElBQ0wsUUFBUSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLE9BQU8sWUFBWTtBQUFBLElBQzdFLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxhQUFhLElBQUksS0FBSztBQUFBLElBQ3BELFNBQVM7QUFBQSxFQUNYO0FBQ0Y7QUFFQSxTQUFTLFFBQVFBLFNBQWdCLE1BQWUsTUFBaUM7QUFDL0UsUUFBTSxVQUFVLFNBQVMsSUFBSTtBQUM3QixNQUFJLFdBQVcsQ0FBQyxRQUFRLE9BQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLFFBQVEsUUFBUyxRQUFPO0FBQ3BGLE1BQUksUUFBUyxVQUFTLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyQyxRQUFNLE9BQU8sTUFBTUEsU0FBUSxNQUFNLElBQUk7QUFFckMsTUFBSSxRQUFRLFFBQVMsTUFBSyxVQUFVLFFBQVE7QUFDNUMsV0FBUyxJQUFJLElBQUk7QUFDakIsU0FBTztBQUNUO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQW1DO0FBQzNGLFNBQU8sUUFBUUEsU0FBUSxNQUFNLElBQUksR0FBRztBQUN0QztBQUdPLFNBQVMsV0FBV0EsU0FBZ0IsTUFBZSxNQUFrQjtBQUMxRSxRQUFNLFVBQVUsUUFBUUEsU0FBUSxNQUFNLElBQUk7QUFDMUMsTUFBSSxDQUFDLFFBQVMsUUFBTyxDQUFDO0FBQ3RCLE1BQUksQ0FBQyxRQUFRLFNBQVM7QUFDcEIsVUFBTSxPQUFPLFFBQVEsT0FBTyxZQUFZLEVBQUUsR0FBRyxlQUFlLE9BQU8sSUFBSSxDQUFDLEVBQUU7QUFDMUUsUUFBSSxDQUFDLEtBQU0sUUFBTyxDQUFDO0FBRW5CLFVBQU0sTUFBWSxDQUFDO0FBQ25CLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLFFBQVEsSUFBSyxLQUFJLEtBQUssS0FBSyxNQUFNLENBQUMsRUFBRyxFQUFFO0FBQ3RFLFlBQVEsVUFBVTtBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxRQUFRO0FBQ2pCOzs7QUM5Rk8sSUFBTSxzQkFBc0IsSUFBSSxNQUFNLHlCQUF5QixJQUFJO0FBRW5FLElBQU0scUJBQXFCLElBQUksTUFBTSx3QkFBd0IsSUFBSTtBQUVqRSxJQUFNLDZCQUE2QixJQUFJLE1BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJLFFBQVEsaUJBQWlCO0FBRXBELElBQU0sa0JBQWtCLElBQUksS0FBSyxrQkFBa0I7QUFFbkQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjs7O0FDVjNELElBQU0sb0JBQW9CO0FBQzFCLElBQUksZUFBZTtBQUVuQixJQUFNLGFBQW1ELENBQUM7QUFFbkQsU0FBUyxZQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsTUFBSSxPQUFPLFdBQVcsSUFBSTtBQUMxQixNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxLQUFLO0FBQ3hCLGVBQVcsSUFBSSxJQUFJO0FBQUEsRUFDckI7QUFDQSxNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUTtBQUFBLFFBQ04sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQztBQUFBLE1BQ3RHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDWkEsU0FBUyxjQUFjLE1BQWlDLElBQW1EO0FBQ3pHLE1BQUksQ0FBQyxRQUFRLENBQUMsR0FBSSxRQUFPO0FBQ3pCLFFBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQzNDLFNBQU8sT0FBTyxTQUFTLEVBQUUsS0FBSyxNQUFNLElBQUksS0FBSztBQUMvQztBQUVBLFNBQVMsZUFBZSxLQUFnQjtBQUN0QyxhQUFXLFdBQVcsSUFBSSxVQUFVO0FBQ2xDLFVBQU0sS0FBSyxRQUFRLGVBQWUsY0FBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFFBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEscUJBQW9CLElBQUksRUFBRTtBQUFBLEVBQzFGO0FBQ0EsUUFBTSxRQUFRLGNBQWMsSUFBSSxZQUFZLElBQUksV0FBVztBQUMzRCxNQUFJLFVBQVUsT0FBVyxvQkFBbUIsSUFBSSxLQUFLO0FBQ3ZEO0FBT08sU0FBUyxnQkFDZCxRQUNBLFVBQ0EsZUFDQSxVQUNBLFVBQXVDLE1BQU0sUUFDMUI7QUFDbkIsUUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLE1BQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIscUJBQWlCLElBQUksSUFBSTtBQUN6QixXQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLE1BQUk7QUFDSixTQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsVUFBTSxhQUFhO0FBQ25CLFVBQU0sU0FBUyxRQUFRO0FBQ3ZCLFFBQUksQ0FBQyxPQUFRO0FBQ2IsVUFBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLEtBQUssTUFBTTtBQUNqRCxRQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLFVBQU0sT0FBTztBQUNiLFFBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxXQUFXLFNBQVU7QUFBQSxFQUM3RDtBQUNBLFFBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsbUJBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLE1BQUksYUFBYSxLQUFLO0FBQ3BCLCtCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsbUJBQWUsR0FBRztBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxFQUFFLFdBQVcsSUFBSTtBQUMxQjs7O0FDaEVBLElBQUk7QUFRRyxTQUFTLE1BQU0sT0FBMkM7QUFDL0QsUUFBTSxVQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJLFVBQVUsRUFBRyxPQUFNLE9BQU87QUFDOUIsY0FBWTtBQUNkO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUlwRyxNQUFJLFFBQVE7QUFDWixXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLFVBQVMsTUFBTSxDQUFDLEVBQUc7QUFDMUQsTUFBSSxRQUFRLFNBQVM7QUFDckIsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxhQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQ25CLFFBQUksUUFBUSxFQUFHLFFBQU8sTUFBTSxDQUFDLEVBQUc7QUFBQSxFQUNsQztBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDO0FBR08sU0FBUyxRQUFXLE9BQW9DO0FBQzdELFNBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN4Rjs7O0FDbEJBLFNBQVMsVUFBVSxLQUFjLE1BQW1DO0FBQ2xFLFNBQU8sV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDOUM7QUFHTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU0sa0JBQUssR0FBRyxRQUFRLE1BQU0sa0JBQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFFQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLFNBQVMsV0FBVyxRQUFtQixJQUFpQjtBQUN0RCxRQUFNLFNBQVMsT0FBTyxVQUFVLEVBQUU7QUFDbEMsTUFBSSxDQUFDLE9BQU8sS0FBTSxRQUFPO0FBQ3pCLFFBQU0sVUFBVSxjQUFjLE9BQU8sS0FBSyxZQUFZLENBQUMsQ0FBQztBQUN4RCxTQUFPLFlBQVksVUFBYSxPQUFPLFdBQVcsSUFBSSxRQUFRLEtBQUssRUFBRTtBQUN2RTtBQUdBLFNBQVMsY0FBNEMsVUFBdUM7QUFDMUYsTUFBSSxZQUFZO0FBQ2hCLFdBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLElBQUssS0FBSSxTQUFTLENBQUMsRUFBRyxXQUFXLFlBQWE7QUFDbkYsTUFBSSxPQUFPLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTO0FBQy9DLFdBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLEtBQUs7QUFDeEMsUUFBSSxTQUFTLENBQUMsRUFBRyxXQUFXLGVBQWUsV0FBVyxFQUFHLFFBQU8sU0FBUyxDQUFDO0FBQUEsRUFDNUU7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsWUFBTSxLQUFLLFFBQVEsV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUM5RCxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLFFBQ2xDLE9BQU8sWUFBWSxXQUFXLEdBQUc7QUFBQSxRQUNqQyxPQUFPO0FBQUEsUUFDUCxPQUFPO0FBQUEsUUFDUCxlQUFlO0FBQUEsTUFDakIsQ0FBQztBQUNELFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxTQUFTO0FBQ3ZDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sRUFBRSxRQUFBQyxRQUFPLElBQUk7QUFDbkIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixRQUFNQSxRQUFPLFVBQVU7QUFDdkIsTUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFFBQU0sYUFBYTtBQUFBLElBQWdCO0FBQUEsSUFBUTtBQUFBLElBQUlBLFFBQU87QUFBQSxJQUFlQSxRQUFPO0FBQUEsSUFBb0IsTUFDOUYsVUFBVSxLQUFLLE9BQU87QUFBQSxFQUN4QjtBQUNBLE9BQUssV0FBVyxhQUFhO0FBRTdCLFFBQU0sUUFBUSxVQUFVLEtBQUssT0FBTztBQUNwQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssV0FBVyxPQUFPLEVBQUUsS0FBSztBQUM5QixVQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBSyxNQUFNLGFBQWEsSUFBSSxRQUFRLGNBQWMsS0FBSyxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3ZFO0FBQ0EsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQU8sTUFBTSxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3RDLENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixRQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsYUFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU0sV0FBVyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUNwRyxTQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO0FBQUEsRUFDNUM7QUFDQSxTQUFPO0FBQ1QsQ0FBQzs7O0FDeEhJLFNBQVMsZ0JBQWdCQyxTQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsUUFBTSxPQUFPLENBQUMsTUFBYyxhQUMxQixZQUFZLENBQUMsU0FBd0I7QUFDbkMsZUFBVztBQUNYLGdCQUFZLE1BQU0sVUFBVSxFQUFFLFFBQUFBLFNBQVEsS0FBSyxDQUFDO0FBQUEsRUFDOUMsQ0FBQztBQUNILFNBQU87QUFBQSxJQUNMLGNBQWMsS0FBSyxXQUFXLFdBQVc7QUFBQSxJQUN6QyxZQUFZLEtBQUssU0FBUyxTQUFTO0FBQUEsSUFDbkMsWUFBWSxLQUFLLFNBQVMsU0FBUztBQUFBLEVBQ3JDO0FBQ0Y7OztBQ3BCQSxJQUFNQyxVQUFTLGNBQWMsTUFBTTtBQUNuQyxJQUFNLEVBQUUsV0FBVyxPQUFPLFdBQVcsV0FBVyxJQUFJLFVBQVUsU0FBUyxPQUFPQSxPQUFNO0FBQ3BGLElBQU0sU0FBa0I7QUFBQSxFQUN0QixFQUFFLE1BQU0sU0FBUyxRQUFRLFlBQVksR0FBRztBQUFBLEVBQ3hDLEVBQUUsTUFBTSxVQUFVLFFBQVMsWUFBWSxJQUFLLEdBQUc7QUFBQSxFQUMvQyxFQUFFLE1BQU0sT0FBTyxRQUFRLFNBQVM7QUFDbEM7QUFDQSxXQUFXLHNCQUFzQixRQUFRLFNBQVMsQ0FBQyxLQUFLLENBQUM7QUE4QmxELElBQU0sRUFBRSxjQUFjLFlBQVksV0FBVyxJQUFJLGdCQUFnQkMsU0FBUSxNQUFNLFdBQVcsTUFBTSxDQUFDOzs7QUNuRGpHLFNBQVMsaUJBQWlCLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxjQUFjLEdBQUcsSUFBSTtBQUFHO0FBQzNFLElBQU0sVUFBVSxTQUFTLElBQUksUUFBUSxFQUFFLFVBQVU7QUFDakQsU0FBUyxTQUFTLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxNQUFNLEdBQUcsSUFBSTtBQUFHO0FBQzNELFNBQVNDLGFBQVksTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLFNBQVMsR0FBRyxJQUFJO0FBQUc7IiwibmFtZXMiOlsiX19jb21tb25KUyIsImV4cG9ydHMiLCJtb2R1bGUiLCJhZG1pblVzZXJzIiwiaGFuZGxlU3VtbWFyeSIsIm9wdGlvbnMiLCJwb2xsUmVzb3VyY2VzIiwicG93ZXJVc2VycyIsInJlZ3VsYXJVc2VycyIsInNldHVwIiwidGVhcmRvd24iLCJERUZBVUxUX1RBUkdFVFMiLCJST0xFUyIsIlVzZXJzRmlsZUVycm9yIiwicGFyc2VVc2Vyc0NzdiIsInRleHQiLCJmYWlsIiwicGFyc2VQb29sU3BlYyIsInBvb2xFbWFpbCIsInRvb1NtYWxsRm9yRGlzdGluY3QiLCJ2dUlkQm91bmQiLCJDb25maWdFcnJvciIsIk1BWF9SQU1QX1VQX1MiLCJNQVhfUkFNUF9ET1dOX1MiLCJyYXciLCJudW1iZXJJbiIsIm1pbGxpcyIsImZyYWN0aW9uIiwiZHVyYXRpb25TIiwiY29uZmlnIiwiZW52TnVtYmVyIiwiU09BS19EVVJBVElPTiIsIndob2xlU2Vjb25kcyIsIndob2xlTnVtYmVyIiwic29ha0VudHJ5Iiwic2Vjb25kcyIsIm1ldHJpY0tleSIsInRvSzZUaHJlc2hvbGRzIiwiaXNBcnJpdmFsUmF0ZSIsInNwbGl0VXNlcnMiLCJ3ZWlnaHRzIiwiU1VNTUFSWV9UUkVORF9TVEFUUyIsImNvbnN0YW50VXNlcnMiLCJleGVjIiwiaW1wb3J0X2s2IiwiaW1wb3J0X2V4ZWN1dGlvbiIsImltcG9ydF9odHRwIiwiaW1wb3J0X21ldHJpY3MiLCJpbXBvcnRfZGF0YSIsIlNIQVJFRF9DT05GSUciLCJndWFyZGVkQ29uZmlnIiwiZGVjbGFyZU1ldHJpY3MiLCJzZXJ2ZXIiLCJQT0xMIiwiY3Vyc29yIiwiZXJyb3JzU2VlbiIsImxvYWRNYXJrZWQiLCJtYXJrUGhhc2UiLCJodHRwIiwicmVzb3VyY2VzU2NlbmFyaW8iLCJwYXJzZSIsInBvbGxPbmNlIiwic2FtcGxlIiwiZW5kTG9hZCIsInJlc291cmNlR2F0ZXMiLCJyZWFkRmlsZSIsImZpbGVQb29sIiwiaW1wb3J0X2RhdGEyIiwibWFrZVBvb2wiLCJhY2NvdW50T2ZWdSIsInBvb2wiLCJjbGFzc1Bhc3N3b3JkIiwiaW1wb3J0X2V4ZWN1dGlvbjIiLCJhc3NlcnREaXN0aW5jdCIsImltcG9ydF9zZWNyZXRzIiwiQVBJX1NDT1BFIiwiYXBpUGF0aCIsInJvdXRlTmFtZXMiLCJ0YWdzQnlFbmRwb2ludCIsInJlcXVlc3RUYWdzIiwiaXNJZCIsImlzQ291bnQiLCJoYXNTaGFwZSIsImlzSnNvbiIsInJlYWRpbmciLCJyZWFkRmllbGQiLCJMYXp5UmVzdWx0IiwicGFyc2VKc29uIiwic3RhdHVzQ2FsbGJhY2tzIiwiZXhwZWN0U3RhdHVzIiwiaW1wb3J0X2h0dHAyIiwib2JzZXJ2ZXIiLCJvYnNlcnZlUmVxdWVzdHMiLCJvdXRjb21lIiwic3RhdHVzSXNFeHBlY3RlZCIsInNoYXBlSXNFeHBlY3RlZCIsImNoZWNrU2V0cyIsImNoZWNrc0ZvciIsIndpdGhQYXJhbSIsIkFwaUNsaWVudCIsInBhcmFtcyIsImltcG9ydF9rNjIiLCJEQVRBU0VUX1RJVExFIiwiUlVOX1RJVExFX0ZJTFRFUiIsImRhdGFzZXRUaXRsZSIsIm5ld1J1bklkIiwicnVuSWRPZiIsInJ1blN0YXJ0T2YiLCJMSVZFX1JVTl9XSU5ET1dfTVMiLCJpc0xlZnRvdmVyIiwiY291bnQiLCJpbXBvcnRfaHR0cDMiLCJpbXBvcnRfazYzIiwicXVpZXRMb2dpbiIsImVuc3VyZURhdGFzZXQiLCJvcGVuIiwicmVtb3ZlQ291cnNlcyIsImltcG9ydF9leGVjdXRpb24zIiwidXJsIiwiaW1wb3J0X2h0dHA0Iiwic2VjcmV0IiwibG9naW4iLCJpbXBvcnRfazY0Iiwic2VjcmV0UGFzc3dvcmRzIiwic2VjcmV0cyIsInByZXBhcmVSdW4iLCJhbm9ueW1vdXMiLCJjbGVhblVwUnVuIiwiZW50cnlPcHRpb25zIiwicGhhc2VBdCIsInBoYXNlcyIsIm1lZGlhbiIsIkZBSUxFRF9EUklGVCIsImRyaWZ0UmF0aW8iLCJlbGFwc2VkSW5TY2VuYXJpb1MiLCJpbXBvcnRfZXhlY3V0aW9uNCIsImluU2NlbmFyaW8iLCJlbnRlclBoYXNlIiwidHJhY2tEcmlmdCIsImltcG9ydF9tZXRyaWNzMiIsImVzY2FwZVhtbCIsImVzY2FwZU1hcmtkb3duQ2VsbCIsIm1hcmtkb3duQ29kZSIsImV4cHJlc3Npb24iLCJ1bml0T2YiLCJ0aHJlc2hvbGRSb3dzIiwiZW5kcG9pbnRSb3dzIiwiZHJvcHBlZEl0ZXJhdGlvbnMiLCJpdGVyYXRpb25zIiwibWV0cmljVmFsdWUiLCJwZXJjZW50aWxlQ2F2ZWF0IiwiZm9ybWF0VmFsdWUiLCJkcm9wcGVkVGV4dCIsInNlcnZlclJlc291cmNlcyIsInJlc291cmNlc1RleHQiLCJyZXNvdXJjZXNMaW5lIiwiYnVpbGRSZXN1bHRzIiwianVuaXRSZXBvcnQiLCJtYXJrZG93blJlcG9ydCIsInRleHRTdW1tYXJ5IiwibWFrZUhhbmRsZVN1bW1hcnkiLCJyZWxvZ2lucyIsImltcG9ydF9tZXRyaWNzMyIsInNlc3Npb25zIiwid2l0aFNlY3JldHMiLCJyZW5ld01hcmdpblMiLCJzZXNzaW9uIiwidXNlckNsaWVudCIsIm93bkNvdXJzZXMiLCJjaGFwdGVyR2VuZXJhdGlvbk1zIiwiaW1wb3J0X21ldHJpY3M0IiwiY291cnNlR2VuZXJhdGlvbk1zIiwiY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMiLCJnZW5lcmF0aW9uRmFpbGVkIiwiY291cnNlc0NyZWF0ZWQiLCJ3b3JrZmxvd1N1Y2Nlc3MiLCJ3b3JrZmxvd0Vycm9ycyIsIk1BWF9MT0dHRURfRVJST1JTIiwibG9nZ2VkRXJyb3JzIiwidGFnc0J5TmFtZSIsInJ1bldvcmtmbG93IiwibWlsbGlzQmV0d2VlbiIsInJlY29yZEpvYlRpbWVzIiwiZ2VuZXJhdGVBbmRXYWl0IiwiaW1wb3J0X2s2NSIsImhvbGRQb2ludCIsInRoaW5rIiwiaW1wb3J0X2s2NiIsInBpY2tXZWlnaHRlZCIsInBpY2tPbmUiLCJjbGllbnRGb3IiLCJ1bmlxdWVUaXRsZSIsImltcG9ydF9leGVjdXRpb241IiwiRVhQT1JUX0ZPUk1BVFMiLCJyZWFkQ291cnNlIiwicGlja0dlbmVyYXRlZCIsInJlZ3VsYXJUYXNrcyIsInJlZ3VsYXJVc2VyIiwiaW1wb3J0X2s2NyIsInBvd2VyVXNlciIsImFkbWluVXNlciIsInBvcHVsYXRpb25TY2VuYXJpb3MiLCJwb3B1bGF0aW9uRXhlY3MiLCJsYXRlbmN5R2F0ZXMiLCJlcnJvckdhdGVzIiwiYWJvcnRHYXRlcyIsInN1Y2Nlc3NHYXRlcyIsImdlbmVyYXRpb25HYXRlcyIsInNvYWtVc2VycyIsImRyaWZ0TGltaXQiLCJmYWlsIiwiY29uZmlnIiwiY29uZmlnIiwicG9vbCIsImNsYXNzUGFzc3dvcmQiLCJwb2xsUmVzb3VyY2VzIiwicGhhc2VzIiwicGhhc2VzIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwidGVhcmRvd24iXX0=
