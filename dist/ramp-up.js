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

// dist/ramp-up.control.cjs
var require_ramp_up_control = __commonJS({
  "dist/ramp-up.control.cjs"(exports, module) {
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
    var ramp_up_exports = {};
    __export(ramp_up_exports, {
      adminUsers: () => adminUsers2,
      handleSummary: () => handleSummary2,
      options: () => options2,
      pollResources: () => pollResources22,
      powerUsers: () => powerUsers2,
      regularUsers: () => regularUsers2,
      setup: () => setup2,
      teardown: () => teardown3
    });
    module.exports = __toCommonJS(ramp_up_exports);
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
      for (const part22 of spec.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
        const match = /^(regular|power|admin):(\d{1,6})$/.exec(part22);
        if (!match)
          throw new UsersFileError2(`invalid ${name}=${JSON.stringify(spec)}: "${part22}" is not one of ${expected}`);
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
      const parts = value.split("/").map((part22) => part22.trim());
      const expected = "three whole percentages regular/power/admin summing to 100, e.g. 70/20/10";
      if (parts.length !== 3 || parts.some((part22) => !/^\d+$/.test(part22))) fail2(name, value, expected);
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
      const rampUpS22 = seconds(0, MAX_RAMP_UP_S2)(
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
        rampUpS: rampUpS22,
        rampDownS: seconds(0, MAX_RAMP_DOWN_S2)(env, "PERFORMANCE_RAMP_DOWN", Math.min(10, rampUpS22)),
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
    var RAMP_UP2 = "PERFORMANCE_RAMP_UP";
    var RAMP_DOWN2 = "PERFORMANCE_RAMP_DOWN";
    var wholeSeconds2 = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
    var part2 = (total, share, max) => String(Math.min(max, Math.max(1, Math.floor(total * share))));
    var fitRamps2 = (seconds2) => ({
      [RAMP_UP2]: part2(seconds2, 1 / 4, MAX_RAMP_UP_S2),
      [DURATION2]: part2(seconds2, 2 / 3, Infinity),
      [RAMP_DOWN2]: part2(seconds2, 1 / 12, MAX_RAMP_DOWN_S2)
    });
    var rampUpEntry2 = {
      suite: "all",
      length: /* @__PURE__ */ [RAMP_UP2, DURATION2, RAMP_DOWN2].join(" + "),
      fit: fitRamps2,
      scaling: "users",
      settings: (env) => ({
        /** Its own default ramp (60 s), slower than the shared one. */
        rampUpS: envNumber2(env, RAMP_UP2, 60, wholeSeconds2(1, MAX_RAMP_UP_S2)),
        holdP95Ms: envNumber2(env, "RAMP_HOLD_P95_MS", 500, { min: 1, max: 6e5, what: "milliseconds" }),
        driftLimit: envNumber2(env, "RAMP_DRIFT_LIMIT", 1.5, { min: 1, max: 100 })
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
    function rampingUsers2(exec6, vus, config32) {
      return {
        executor: "ramping-vus",
        exec: exec6,
        startVUs: 0,
        stages: [
          { duration: `${config32.rampUpS}s`, target: vus },
          { duration: `${config32.durationS}s`, target: vus },
          { duration: `${config32.rampDownS}s`, target: 0 }
        ],
        gracefulRampDown: "30s",
        gracefulStop: "30s"
      };
    }
    function rampingDurationS2(config32) {
      return config32.rampUpS + config32.durationS + config32.rampDownS;
    }
    var SUMMARY_TREND_STATS2 = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
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
    function logIn({ base: base22, owners, tokens }, which) {
      batched(
        which.length,
        (k) => ({
          method: "POST",
          url: `${base22}${apiPath2("login")}`,
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
    function listDatasets({ base: base22, owners, tokens }) {
      const listUrl = `${base22}${apiPath2("courses")}?q=${encodeURIComponent(DATASET_TITLE2)}&limit=${LIST_LIMIT}`;
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
      const { base: base22, tokens, report } = seeding;
      for (let round = 0; listed.some((l) => l.ids.length > 0) && round < 1e3; round++) {
        const doomed = listed.flatMap((l, i) => l.ids.map((id) => ({ owner: i, id })));
        batched(
          doomed.length,
          (k) => ({
            method: "DELETE",
            url: `${base22}${apiPath2("course", doomed[k].id)}`,
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
    function createCourses({ base: base22, owners, tokens, report }, listed, wanted, generatedPerUser) {
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
            url: `${base22}${apiPath2("courses")}`,
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
    function startGeneration({ base: base22, owners, tokens }, toGenerate) {
      const jobs = [];
      batched(
        toGenerate.length,
        (k) => ({
          method: "POST",
          url: `${base22}${apiPath2("generate", toGenerate[k].id)}`,
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
    function pollJobs({ base: base22, owners, tokens, report }, jobs) {
      const open2 = [];
      const expired = /* @__PURE__ */ new Set();
      batched(
        jobs.length,
        (k) => ({
          method: "GET",
          url: `${base22}${apiPath2("job", jobs[k].jobId)}`,
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
      const base22 = config32.baseUrl;
      let removed = 0;
      let offset = 0;
      for (let page = 0; page < 1e3; page++) {
        let items = [];
        batched(
          1,
          () => ({
            method: "GET",
            url: `${base22}${apiPath2("courses")}?q=${encodeURIComponent(filter)}&limit=${LIST_LIMIT}&offset=${offset}`,
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
            url: `${base22}${apiPath2("course", doomed[k].id)}`,
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
        const [, base22, endpoint] = match;
        const v = metric.values ?? {};
        if (base22 === "http_req_duration") {
          Object.assign(row(endpoint), {
            requests: v.count ?? 0,
            p50: v.med ?? null,
            p95: v["p(95)"] ?? null,
            p99: v["p(99)"] ?? null,
            max: v.max ?? null
          });
        } else if (base22 === "http_req_failed") {
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
    var base2 = guardedConfig2("ramp-up");
    var { rampUpS: rampUpS2, holdP95Ms: holdP952, driftLimit: driftLimit2 } = rampUpEntry2.settings(__ENV);
    var config22 = { ...base2, rampUpS: rampUpS2 };
    var phases2 = [
      { name: "ramp", untilS: config22.rampUpS },
      { name: "hold_early", untilS: config22.rampUpS + config22.durationS / 2 },
      { name: "hold_late", untilS: config22.rampUpS + config22.durationS },
      { name: "ramp_down", untilS: Infinity }
    ];
    trackDrift2("hold_latency_drift", phases2, "hold_early", ["hold_late"]);
    var options2 = /* @__PURE__ */ entryOptions2(config22, () => ({
      wallTimeS: rampingDurationS2(config22),
      scenarios: {
        ...populationScenarios2(config22, config22.concurrentUsers, (exec6, vus) => rampingUsers2(exec6, vus, config22))
      },
      gates: [
        {
          metric: "http_req_duration",
          tags: { phase: "hold_early", scope: "api" },
          rules: [{ stat: "p(95)", op: "<", value: holdP952 }]
        },
        {
          metric: "http_req_duration",
          tags: { phase: "hold_late", scope: "api" },
          rules: [{ stat: "p(95)", op: "<", value: holdP952 }]
        },
        { metric: "hold_latency_drift", rules: [{ stat: "med", op: "<", value: driftLimit2 }] },
        ...errorGates2(config22.targets, []),
        ...successGates2(config22.targets),
        ...abortGates2()
      ]
    }));
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({ scenario: "ramp-up" });
    function setup2() {
      return prepareRun2(config22, { dataset: true });
    }
    var { regularUsers: regularUsers2, powerUsers: powerUsers2, adminUsers: adminUsers2 } = populationExecs2(config22, () => enterPhase2(phases2));
  }
});

// glue:glue:ramp-up
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_ramp_up_control();
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
var millis = numberIn(1, 36e5, "milliseconds (a number)", false);
var fraction = numberIn(0, 1, "a fraction (e.g. 0.95)", false);
function envNumber(env, name, fallback, range) {
  const what = range.what ?? (range.integer ? "a whole number" : "a number");
  return numberIn(range.min, range.max, what, range.integer ?? false)(env, name, fallback);
}

// lib/config/entries.ts
var DURATION = "PERFORMANCE_TEST_DURATION";
var RAMP_UP = "PERFORMANCE_RAMP_UP";
var RAMP_DOWN = "PERFORMANCE_RAMP_DOWN";
var wholeSeconds = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
var part = (total, share, max) => String(Math.min(max, Math.max(1, Math.floor(total * share))));
var fitRamps = (seconds) => ({
  [RAMP_UP]: part(seconds, 1 / 4, MAX_RAMP_UP_S),
  [DURATION]: part(seconds, 2 / 3, Infinity),
  [RAMP_DOWN]: part(seconds, 1 / 12, MAX_RAMP_DOWN_S)
});
var rampUpEntry = {
  suite: "all",
  length: /* @__PURE__ */ [RAMP_UP, DURATION, RAMP_DOWN].join(" + "),
  fit: fitRamps,
  scaling: "users",
  settings: (env) => ({
    /** Its own default ramp (60 s), slower than the shared one. */
    rampUpS: envNumber(env, RAMP_UP, 60, wholeSeconds(1, MAX_RAMP_UP_S)),
    holdP95Ms: envNumber(env, "RAMP_HOLD_P95_MS", 500, { min: 1, max: 6e5, what: "milliseconds" }),
    driftLimit: envNumber(env, "RAMP_DRIFT_LIMIT", 1.5, { min: 1, max: 100 })
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

// scenarios/ramp-up.ts
var base = guardedConfig("ramp-up");
var { rampUpS, holdP95Ms: holdP95, driftLimit } = rampUpEntry.settings(__ENV);
var config2 = { ...base, rampUpS };
var phases = [
  { name: "ramp", untilS: config2.rampUpS },
  { name: "hold_early", untilS: config2.rampUpS + config2.durationS / 2 },
  { name: "hold_late", untilS: config2.rampUpS + config2.durationS },
  { name: "ramp_down", untilS: Infinity }
];
trackDrift("hold_latency_drift", phases, "hold_early", ["hold_late"]);
var { regularUsers, powerUsers, adminUsers } = populationExecs(config2, () => enterPhase(phases));

// entry:entry:ramp-up
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIms2LXRhYmxlOms2IiwiazYtdGFibGU6azYvZXhlY3V0aW9uIiwiazYtdGFibGU6azYvaHR0cCIsIms2LXRhYmxlOms2L21ldHJpY3MiLCJrNi10YWJsZTprNi9kYXRhIiwiazYtdGFibGU6azYvc2VjcmV0cyIsIi4uL3NjZW5hcmlvcy9yYW1wLXVwLnRzIiwiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwiLi4vdGhyZXNob2xkcy9leHByZXNzaW9ucy50cyIsIi4uL2xpYi9sb2FkL29wZW4tbW9kZWwudHMiLCIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCIuLi9saWIvY29uZmlnL2Vudi50cyIsIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsIi4uL2xpYi91c2Vycy9wb29sLnRzIiwiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwiLi4vbGliL2h0dHAvYXBpLnRzIiwiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwiLi4vbGliL3VzZXJzL2RhdGFzZXQudHMiLCIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCIuLi9saWIvbG9hZC9waGFzZXMudHMiLCIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwiLi4vbGliL3JlcG9ydC9lc2NhcGUudHMiLCIuLi9saWIvcmVwb3J0L3N1bW1hcnktZGF0YS50cyIsIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsIi4uL2xpYi9yZXBvcnQvanVuaXQudHMiLCIuLi9saWIvcmVwb3J0L21hcmtkb3duLnRzIiwiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwiLi4vbGliL3JlcG9ydC9oYW5kbGUtc3VtbWFyeS50cyIsIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCIuLi9saWIvd29ya2Zsb3dzL2dlbmVyYXRpb24udHMiLCIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsIi4uL3RocmVzaG9sZHMvZ2F0ZXMudHMiLCJnbHVlOmdsdWU6cmFtcC11cCIsIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsIms2LW9uY2U6azYiLCJrNi1vbmNlOms2L2V4ZWN1dGlvbiIsIms2LW9uY2U6azYvaHR0cCIsIms2LW9uY2U6azYvbWV0cmljcyIsIms2LW9uY2U6azYvZGF0YSIsIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvZW52LWxvYWQtc2lkZS50cyIsIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsIi4uL2xpYi91c2Vycy9wb29sLnRzIiwiazYtb25jZTprNi9zZWNyZXRzIiwiLi4vbGliL2h0dHAvZW5kcG9pbnRzLnRzIiwiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwiLi4vbGliL2h0dHAvYXBpLnRzIiwiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwiLi4vbGliL2xvYWQvcGhhc2UtbWF0aC50cyIsIi4uL2xpYi9sb2FkL3BoYXNlcy50cyIsIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsIi4uL3NjZW5hcmlvcy9yYW1wLXVwLnRzIiwiZW50cnk6ZW50cnk6cmFtcC11cCJdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLFFBQUEsYUFBQUEsWUFBQTtNQUFBLGNBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLElBQUk7QUFDNURBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsb0JBQUFGLFlBQUE7TUFBQSx3QkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsY0FBYztBQUN0RUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQSxDQUFBO0FBQUEsYUFBQSxpQkFBQTtNQUFBLFlBQUEsTUFBQUM7TUFBQSxlQUFBLE1BQUFDO01BQUEsU0FBQSxNQUFBQztNQUFBLGVBQUEsTUFBQUM7TUFBQSxZQUFBLE1BQUFDO01BQUEsY0FBQSxNQUFBQztNQUFBLE9BQUEsTUFBQUM7TUFBQSxVQUFBLE1BQUFDO0lBQUEsQ0FBQTtBQUFBLFdBQUEsVUFBQSxhQUFBLGVBQUE7QUNpQ08sUUFBTUMsbUJBQXFDLE9BQU8sT0FBTztNQUM5RCxVQUFVO01BQ1YsVUFBVTtNQUNWLGFBQWE7TUFDYixhQUFhO01BQ2IsWUFBWTtNQUNaLGNBQWM7TUFDZCxhQUFhO01BQ2IsV0FBVztNQUNYLGNBQWM7TUFDZCxVQUFVO01BQ1YsWUFBWTtNQUNaLHNCQUFzQjtJQUN4QixDQUFDO0FDckNNLFFBQU1DLFNBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsUUFBTUMsa0JBQU4sY0FBNkIsTUFBTTtNQUMvQixPQUFPO0lBQ2xCO0FBTU8sYUFBU0MsZUFBY0MsT0FBYyxNQUF3QjtBQUNsRSxZQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsWUFBTUMsU0FBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsY0FBTSxJQUFJSCxnQkFBZSwwQkFBMEIsSUFBSSxVQUFVLElBQUksS0FBSyxPQUFPLEVBQUU7TUFDckY7QUFDQSxVQUFJO0FBQ0osVUFBSSxRQUFRO0FBQ1osWUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsWUFBTSxPQUFPRSxNQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVNBLE1BQUssTUFBTSxDQUFDLElBQUlBO0FBQzdELFlBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGNBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsWUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLGNBQU0sU0FBbUIsQ0FBQztBQUMxQixZQUFJLFFBQVE7QUFDWixZQUFJLFNBQVM7QUFDYixZQUFJLFlBQVk7QUFDaEIsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsZ0JBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsY0FBSSxRQUFRO0FBQ1YsZ0JBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyx1QkFBUztBQUNUO1lBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztnQkFDMUIsVUFBUztVQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixtQkFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxvQkFBUTtBQUNSLHdCQUFZO1VBQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxxQkFBUyxZQUFZO0FBQ3JCLG9CQUFRO1VBQ1YsTUFBTyxVQUFTO1FBQ2xCO0FBQ0EsWUFBSSxPQUFRQyxDQUFBQSxPQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxZQUFJLENBQUMsU0FBUztBQUNaLGdCQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxnQkFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsY0FBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzREEsWUFBQUEsT0FBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO1VBQ2hIO0FBQ0Esb0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxrQkFBUSxPQUFPO0FBQ2Y7UUFDRjtBQUNBLFlBQUksT0FBTyxXQUFXLE1BQU9BLENBQUFBLE9BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsY0FBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsY0FBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsY0FBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFlBQUksVUFBVSxHQUFJQSxDQUFBQSxPQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFlBQUksYUFBYSxHQUFJQSxDQUFBQSxPQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFlBQUksQ0FBRUosT0FBNEIsU0FBUyxJQUFJO0FBQzdDSSxVQUFBQSxPQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFlBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUdBLENBQUFBLE9BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsYUFBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGlCQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7TUFDakQ7QUFDQSxVQUFJLENBQUMsUUFBU0EsQ0FBQUEsT0FBSyxHQUFHLHFGQUFxRjtBQUMzRyxhQUFPO0lBQ1Q7QUFHTyxhQUFTQyxlQUFjLE1BQWMsTUFBeUI7QUFDbkUsWUFBTSxRQUFtQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzFELFlBQU0sV0FBVztBQUNqQixpQkFBV0MsVUFBUSxLQUNoQixNQUFNLEdBQUcsRUFDVCxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMxQixjQUFNLFFBQVEsb0NBQW9DLEtBQUtBLE1BQUk7QUFDM0QsWUFBSSxDQUFDO0FBQ0gsZ0JBQU0sSUFBSUwsZ0JBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxNQUFNSyxNQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDekcsY0FBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7TUFDM0M7QUFDQSxVQUFJLE1BQU0sVUFBVSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQ2hELGNBQU0sSUFBSUwsZ0JBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUMxRixhQUFPO0lBQ1Q7QUFHTyxhQUFTTSxXQUFVLE1BQVksR0FBbUI7QUFDdkQsYUFBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0lBQzlDO0FBR08sYUFBU0MscUJBQW9CLE9BQWtCLFFBQW1CLFFBQW9DO0FBQzNHLGlCQUFXLFFBQVFSLFFBQU87QUFDeEIsWUFBSSxPQUFPLElBQUksSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ2xELGlCQUNFLEdBQUcsTUFBTSxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUksSUFBSSwwREFBMEQsT0FBTyxJQUFJLENBQUM7UUFHOUc7TUFDRjtBQUNBLGFBQU87SUFDVDtBQU9PLGFBQVNTLFdBQVUsV0FBNEQ7QUFDcEYsVUFBSSxRQUFRO0FBQ1osaUJBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLGNBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsY0FBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFlBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztpQkFDbEMsT0FBTyxFQUFFLFdBQVcsU0FBVSxVQUFTLEVBQUU7aUJBQ3pDLE9BQU8sRUFBRSxvQkFBb0IsU0FBVSxVQUFTLEVBQUU7WUFDdEQsVUFBUyxPQUFPLEVBQUUsT0FBTyxDQUFDO01BQ2pDO0FBQ0EsYUFBTztJQUNUO0FDMUZPLFFBQU1DLGVBQU4sY0FBMEIsTUFBTTtNQUM1QixPQUFPO0lBQ2xCO0FBR08sUUFBTUMsaUJBQWdCLEtBQUs7QUFDM0IsUUFBTUMsbUJBQWtCO0FBSS9CLGFBQVNDLEtBQUksS0FBVSxNQUFrQztBQUN2RCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLGFBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0lBQ3REO0FBRUEsYUFBU1QsTUFBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsWUFBTSxJQUFJTSxhQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7SUFDeEY7QUFFQSxhQUFTSSxVQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLGFBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixjQUFNLFFBQVFELEtBQUksS0FBSyxJQUFJO0FBQzNCLFlBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsY0FBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFlBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsQ0FBQVQsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxjQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFlBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLGVBQU87TUFDVDtJQUNGO0FBR0EsUUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQlUsVUFBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsUUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQkEsVUFBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsUUFBTUMsVUFBU0QsVUFBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsUUFBTUUsWUFBV0YsVUFBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsUUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFlBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksQ0FBQVYsTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELGFBQU87SUFDVDtBQUVBLGFBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsWUFBTSxRQUFRUyxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFlBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLFVBQUksQ0FBQyxNQUFPLENBQUFULE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxhQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7SUFDakM7QUFFQSxhQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxZQUFNLFFBQVFTLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUNQLFdBQVNBLE9BQUssS0FBSyxDQUFDO0FBQ3hELFlBQU0sV0FBVztBQUNqQixVQUFJLE1BQU0sV0FBVyxLQUFLLE1BQU0sS0FBSyxDQUFDQSxXQUFTLENBQUMsUUFBUSxLQUFLQSxNQUFJLENBQUMsRUFBRyxDQUFBRixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFlBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELFVBQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELGFBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtJQUNqQztBQUVBLGFBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFlBQU0sUUFBUVMsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsWUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsWUFBTSxXQUFXO0FBQ2pCLFVBQUksQ0FBQyxNQUFPLENBQUFULE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsWUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsWUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELFVBQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELGFBQU8sRUFBRSxLQUFLLElBQUk7SUFDcEI7QUFFQSxhQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxZQUFNLFFBQVFTLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsVUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsYUFBT1QsTUFBSyxNQUFNLE9BQU8sZUFBZTtJQUMxQztBQUVBLGFBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFlBQU0sUUFBUVMsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsVUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsUUFBQVQsTUFBSyxNQUFNLE9BQU8sc0ZBQXNGO01BQzFHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLGFBQU87UUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO1FBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtNQUM1RDtJQUNGO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBcUM7QUFDL0QsWUFBTSxRQUFRUyxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxVQUFJO0FBQ0YsZUFBT1IsZUFBYyxPQUFPLElBQUk7TUFDbEMsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJSyxhQUFZLGlCQUFpQlQsa0JBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztNQUN2RjtJQUNGO0FBRUEsYUFBUyxRQUFRLEtBQTZCO0FBQzVDLFlBQU0sVUFBVSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssK0JBQStCLEVBQUU7QUFDckUsWUFBTSxZQUFZLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSyxpQ0FBaUMsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDO0FBQzNGLFVBQUksWUFBWTtBQUNkLFFBQUFHLE1BQUssaUNBQWlDLE9BQU8sU0FBUyxHQUFHLHdDQUF3QyxPQUFPLEdBQUc7QUFDN0csYUFBTztRQUNMO1FBQ0E7UUFDQSxRQUFRLEtBQUssS0FBSyw0QkFBNEI7UUFDOUMsZ0JBQWdCLEtBQUssS0FBSyxzQ0FBc0M7TUFDbEU7SUFDRjtBQUdPLGFBQVMsWUFBWSxLQUFrQjtBQUM1QyxZQUFNLElBQUlMO0FBQ1YsWUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsWUFBTWtCLFlBQVUsUUFBUSxHQUFHTixjQUFhO1FBQ3RDO1FBQ0E7UUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQztNQUNyRDtBQUNBLGFBQU87UUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtRQUNyRCxPQUFPO1VBQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7VUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1VBQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtRQUM3RTtRQUNBO1FBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztRQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtRQUNoRSxTQUFBTTtRQUNBLFdBQVcsUUFBUSxHQUFHTCxnQkFBZSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJSyxTQUFPLENBQUM7UUFDMUYsU0FBUyxRQUFRLEtBQUssMEJBQTBCO1FBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtRQUNuRCxlQUFlSCxVQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7UUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO1FBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7UUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO1FBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtRQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7UUFDdkQsU0FBUztVQUNQLFVBQVVDLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELFVBQVVBLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLFlBQVlBLFFBQU8sS0FBSywwQkFBMEIsRUFBRSxVQUFVO1VBQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7VUFDN0YsYUFBYUMsVUFBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7VUFDbEUsV0FBV0EsVUFBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7VUFDNUQsY0FBY0Y7WUFDWjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxZQUFZO1VBQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7VUFDekUsWUFBWUEsVUFBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7VUFDOUYsc0JBQXNCQTtZQUNwQjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7UUFDckU7UUFDQSxXQUFXRCxLQUFJLEtBQUssd0JBQXdCLEtBQUs7UUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtRQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7UUFDckQsU0FBUyxRQUFRLEdBQUc7TUFDdEI7SUFDRjtBQUdBLGFBQVMsT0FBTyxTQUF5QjtBQUN2QyxZQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxjQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtJQUN4QztBQUVBLGFBQVMsV0FBVyxNQUF1QjtBQUN6QyxhQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7SUFDbkg7QUFNTyxhQUFTLG9CQUFvQkssVUFBZ0IsT0FBcUI7QUFDdkUsWUFBTSxPQUFPLE9BQU9BLFNBQU8sT0FBTztBQUNsQyxVQUFJLFdBQVcsSUFBSSxLQUFLQSxTQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsWUFBTSxJQUFJUjtRQUNSLG9CQUFvQixLQUFLLGFBQWFRLFNBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtNQUNoRjtJQUNGO0FBTU8sYUFBU0MsV0FDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsWUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELGFBQU9MLFVBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7SUFDekY7QUNuUEEsUUFBTU0sWUFBVztBQUNqQixRQUFNQyxXQUFVO0FBQ2hCLFFBQU1DLGFBQVk7QUFhbEIsUUFBTUMsZ0JBQWUsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsTUFBTSxNQUFNLDRCQUE0QjtBQUdqSCxRQUFNakIsUUFBTyxDQUFDLE9BQWUsT0FBZSxRQUMxQyxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxRQUFRLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFJOUQsUUFBTWtCLFlBQVcsQ0FBQ0MsY0FBcUI7TUFDckMsQ0FBQ0osUUFBTyxHQUFHZixNQUFLbUIsVUFBUyxJQUFJLEdBQUdkLGNBQWE7TUFDN0MsQ0FBQ1MsU0FBUSxHQUFHZCxNQUFLbUIsVUFBUyxJQUFJLEdBQUcsUUFBUTtNQUN6QyxDQUFDSCxVQUFTLEdBQUdoQixNQUFLbUIsVUFBUyxJQUFJLElBQUliLGdCQUFlO0lBQ3BEO0FBMkJPLFFBQU1jLGVBQWM7TUFDekIsT0FBTztNQUNQLFFBQXdCLGlCQUFDTCxVQUFTRCxXQUFVRSxVQUFTLEVBQUUsS0FBSyxLQUFLO01BQ2pFLEtBQUtFO01BQ0wsU0FBUztNQUNULFVBQVUsQ0FBQyxTQUFTOztRQUVsQixTQUFTTCxXQUFVLEtBQUtFLFVBQVMsSUFBSUUsY0FBYSxHQUFHWixjQUFhLENBQUM7UUFDbkUsV0FBV1EsV0FBVSxLQUFLLG9CQUFvQixLQUFLLEVBQUUsS0FBSyxHQUFHLEtBQUssS0FBUyxNQUFNLGVBQWUsQ0FBQztRQUNqRyxZQUFZQSxXQUFVLEtBQUssb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFJLENBQUM7TUFDMUU7SUFDRjtBQ3pEQSxRQUFJO0FBQ0osUUFBTSxVQUFVLE1BQ2IsYUFBYTtNQUNaLFlBQVk7TUFDWixTQUFTO01BQ1QsWUFBWTtJQUNkO0FBR0ssYUFBU1EsV0FBVSxRQUFnQixNQUF1QztBQUMvRSxVQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFlBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsVUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGlCQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxZQUFJLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxHQUFHLEtBQUssQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEtBQUssR0FBRztBQUNsRSxnQkFBTSxJQUFJO1lBQ1IsZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU07VUFDMUM7UUFDRjtNQUNGO0FBQ0EsYUFBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0lBQ2hGO0FBR08sYUFBUyxXQUFXLE1BQW1EO0FBQzVFLFlBQU0sYUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxVQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsY0FBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7TUFDbEY7QUFDQSxVQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSztBQUM3QixjQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEcsYUFBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztJQUM1QztBQUVBLGFBQVMsS0FBSyxNQUF5QjtBQUNyQyxZQUFNeEIsUUFBTyxXQUFXLElBQUk7QUFDNUIsVUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixhQUFPO1FBQ0wsV0FBV0E7UUFDWCxhQUFhO1FBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO01BQ3ZFO0lBQ0Y7QUFHTyxhQUFTeUIsZ0JBQWUsT0FBNkI7QUFDMUQsWUFBTSxNQUFvQixDQUFDO0FBQzNCLGlCQUFXLFFBQVEsT0FBTztBQUN4QixjQUFNLE1BQU1ELFdBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxZQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO01BQzFEO0FBQ0EsYUFBTztJQUNUO0FDekNPLFFBQU1FLGlCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FDdENsRSxhQUFTQyxZQUFXLE9BQWVDLFVBQStDO0FBQ3ZGLFlBQU0sT0FBTyxDQUFDLFdBQVcsU0FBUyxPQUFPO0FBQ3pDLFlBQU0sUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFPLFFBQVFBLFNBQVEsQ0FBQyxJQUFLLEdBQUc7QUFDeEQsWUFBTSxTQUFTLE1BQU0sSUFBSSxLQUFLLEtBQUs7QUFDbkMsWUFBTSxRQUFRLEtBQ1gsSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLEVBQ2YsS0FBSyxDQUFDLEdBQUcsTUFBTSxNQUFNLENBQUMsSUFBSyxLQUFLLE1BQU0sTUFBTSxDQUFDLENBQUUsS0FBSyxNQUFNLENBQUMsSUFBSyxLQUFLLE1BQU0sTUFBTSxDQUFDLENBQUUsRUFBRTtBQUN6RixlQUFTLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQyxHQUFHLE1BQU0sSUFBSSxHQUFHLENBQUMsR0FBRyxJQUFJLEdBQUcsT0FBTyxHQUFHLFFBQVEsSUFBSyxRQUFPLE1BQU0sSUFBSSxDQUFDLENBQUU7QUFFN0csZUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsWUFBSUEsU0FBUSxLQUFLLENBQUMsQ0FBRSxJQUFJLEtBQUssT0FBTyxDQUFDLE1BQU0sS0FBSyxTQUFTLEdBQUc7QUFDMUQsZ0JBQU0sVUFBVSxPQUFPLFFBQVEsS0FBSyxJQUFJLEdBQUcsTUFBTSxDQUFDO0FBQ2xELGlCQUFPLE9BQU87QUFDZCxpQkFBTyxDQUFDO1FBQ1Y7TUFDRjtBQUNBLGFBQU8sRUFBRSxTQUFTLE9BQU8sQ0FBQyxHQUFJLE9BQU8sT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsRUFBRztJQUNyRTtBQXlCTyxhQUFTQyxjQUNkQyxPQUNBLEtBQ0FmLFVBQ1U7QUFDVixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQUFlO1FBQ0EsVUFBVTtRQUNWLFFBQVE7VUFDTixFQUFFLFVBQVUsR0FBR2YsU0FBTyxPQUFPLEtBQUssUUFBUSxJQUFJO1VBQzlDLEVBQUUsVUFBVSxHQUFHQSxTQUFPLFNBQVMsS0FBSyxRQUFRLElBQUk7VUFDaEQsRUFBRSxVQUFVLEdBQUdBLFNBQU8sU0FBUyxLQUFLLFFBQVEsRUFBRTtRQUNoRDtRQUNBLGtCQUFrQjtRQUNsQixjQUFjO01BQ2hCO0lBQ0Y7QUE2Qk8sYUFBU2dCLGtCQUFpQmhCLFVBQXFFO0FBQ3BHLGFBQU9BLFNBQU8sVUFBVUEsU0FBTyxZQUFZQSxTQUFPO0lBQ3BEO0FBRU8sUUFBTWlCLHVCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQzdGbEcsUUFBQUMsYUFBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxvQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZUFBaUIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxrQkFBK0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNOL0IsUUFBQUMsZUFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0RyQixRQUFNQyxpQkFBZ0I7QURLdEIsUUFBTXZCLFVBQWlCLFlBQVksS0FBSztBQUUvQyxRQUFJc0IsYUFBQSxZQUFZQyxnQkFBZSxNQUFNLENBQUN2QixPQUFNLENBQUM7QUFHdEMsYUFBU3dCLGVBQWMsT0FBdUI7QUFDbkQsMEJBQW9CeEIsU0FBUSxLQUFLO0FBQ2pDLGFBQU9BO0lBQ1Q7QUREQSxhQUFTeUIsa0JBQWlCO0FBQ3hCLGFBQU87O1FBRUwsWUFBWSxJQUFJSixnQkFBQSxNQUFNLG9CQUFvQjs7UUFFMUMsaUJBQWlCLElBQUlBLGdCQUFBLE1BQU0sMEJBQTBCOztRQUVyRCxVQUFVLElBQUlBLGdCQUFBLE1BQU0sa0JBQWtCOztRQUV0QyxnQkFBZ0IsSUFBSUEsZ0JBQUEsUUFBUSx3QkFBd0I7O1FBRXBELGNBQWMsSUFBSUEsZ0JBQUEsTUFBTSxpQ0FBaUM7TUFDM0Q7SUFDRjtBQUdBLFFBQU1LLFVBQVMsU0FBUyxLQUFLMUIsUUFBTyxlQUFlLFNBQVl5QixnQkFBZSxJQUFJO0FBV2xGLFFBQU1FLFFBQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxRQUFJQyxVQUFTO0FBQ2IsUUFBSUM7QUFDSixRQUFJQyxjQUFhO0FBTWpCLGFBQVNDLFdBQVUsWUFBb0IsT0FBcUM7QUFDMUUsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7UUFDdEUsR0FBR0w7UUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtNQUNoRCxDQUFVO0FBQ1YsYUFBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7SUFDOUM7QUFHQSxRQUFNLFNBQVM7QUFVUixhQUFTTSxtQkFBa0IsV0FBbUIsV0FBOEI7QUFDakYsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFNO1FBQ04sS0FBSztRQUNMLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7UUFDOUMsY0FBYyxHQUFHLE1BQU07UUFDdkIsR0FBSSxZQUFZLEVBQUUsVUFBVSxJQUFJLENBQUM7TUFDbkM7SUFDRjtBQUVBLGFBQVNDLE9BQVMsTUFBOEI7QUFDOUMsVUFBSTtBQUNGLGVBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtNQUM5RCxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFTTyxhQUFTMUQsZUFBYyxZQUEwQjtBQUV0RCxVQUFJLENBQUNzRCxZQUFZLENBQUFBLGNBQWFDLFdBQVUsWUFBWSxNQUFNO0FBQzFELGlCQUFTO0FBQ1AsY0FBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFBSSxVQUFTLFVBQVU7QUFDbkIsU0FBQSxHQUFBakIsV0FBQSxPQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsWUFBSUMsa0JBQUFKLFFBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsWUFBSUksa0JBQUFKLFFBQUssU0FBUyxhQUFhLEVBQUc7TUFDcEM7QUFDQSxNQUFBZ0IsV0FBVSxZQUFZLFVBQVU7QUFDaEMsTUFBQUksVUFBUyxVQUFVO0lBQ3JCO0FBRUEsYUFBU0EsVUFBUyxZQUEwQjtBQUMxQyxZQUFNLE1BQU1mLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCSixPQUFNLElBQUlELEtBQWE7QUFDM0UsWUFBTSxPQUNKLElBQUksV0FBVyxNQUFNTyxPQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxVQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxRQUFBUixRQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO01BQ0Y7QUFDQSxVQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsWUFBSUcsZ0JBQWUsVUFBYSxLQUFLLFNBQVNBLFlBQVksQ0FBQUgsUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTRyxXQUFVO0FBQzdHLFFBQUFBLGNBQWEsS0FBSztNQUNwQjtBQUNBLGlCQUFXTyxXQUFVLEtBQUssU0FBUztBQUNqQyxRQUFBUixVQUFTLEtBQUssSUFBSUEsU0FBUVEsUUFBTyxHQUFHO0FBQ3BDLFlBQUlBLFFBQU8sVUFBVSxVQUFhQSxRQUFPLFVBQVUsT0FBUTtBQUMzRCxRQUFBVixRQUFRLFdBQVcsSUFBSVUsUUFBTyxXQUFXO0FBQ3pDLFFBQUFWLFFBQVEsZ0JBQWdCLElBQUlVLFFBQU8saUJBQWlCO0FBQ3BELFFBQUFWLFFBQVEsU0FBUyxJQUFJVSxRQUFPLFNBQVM7TUFDdkM7QUFHQSxVQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLFFBQUFqQixrQkFBQUosUUFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0lBQ3ZGO0FBT08sYUFBU3NCLFNBQVEsWUFBMEI7QUFDaEQsTUFBQU4sV0FBVSxZQUFZLFVBQVU7QUFDaEMsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLFlBQVlMLEtBQWE7QUFDM0QsWUFBTSxVQUFVLElBQUksV0FBVyxNQUFNTyxPQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxVQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QjtBQUN6RCxRQUFBUixRQUFRLGFBQWEsSUFBSSxRQUFRLHdCQUF3QjtJQUM3RDtBQWVPLGFBQVNZLGVBQWMsUUFBZ0M7QUFDNUQsWUFBTSxRQUFnQjtRQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO1FBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7TUFDakc7QUFDQSxVQUFJLE9BQU8sbUJBQW1CO0FBQzVCLGNBQU0sS0FBSztVQUNULFFBQVE7VUFDUixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUM7UUFDaEUsQ0FBQztBQUNILFVBQUksT0FBTztBQUNULGNBQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hHLGFBQU87SUFDVDtBRzdLQSxRQUFBaEIsZ0JBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDNUIsUUFBQUgscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBcUJqQixhQUFTb0IsVUFBUyxNQUFzQjtBQUN0QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLElBQUk7TUFDbEIsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJO1VBQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO1FBQ2pFO01BQ0Y7SUFDRjtBQUVBLGFBQVNDLFVBQVMsTUFBb0I7QUFFcEMsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUTFEO0FBQ2pCLGVBQU8sSUFBSSxJQUFJLElBQUkyRCxjQUFBO1VBQ2pCLFNBQVMsSUFBSTtVQUNiLE1BQU16RCxlQUFjdUQsVUFBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7UUFDaEQ7QUFDRixhQUFPO1FBQ0wsUUFBUSwwQkFBMEIsSUFBSTtRQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87UUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO01BQzlDO0lBQ0Y7QUFFQSxhQUFTRyxVQUFTMUMsVUFBc0I7QUFDdEMsVUFBSUEsU0FBTyxVQUFXLFFBQU93QyxVQUFTeEMsU0FBTyxTQUFTO0FBQ3RELFlBQU0sUUFBUUEsU0FBTztBQUNyQixVQUFJQSxTQUFPLFdBQVc7QUFDcEIsZUFBTztVQUNMLFFBQVE7VUFDUixPQUFPQSxTQUFPO1VBQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBT1gsV0FBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7UUFDckY7TUFDRjtBQUNBLGFBQU87UUFDTCxRQUFRO1FBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO1FBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO01BQzdFO0lBQ0Y7QUFHTyxhQUFTc0QsYUFBWUMsUUFBWSxNQUFZQyxnQkFBNEM7QUFDOUYsWUFBTSxPQUFPRCxPQUFLLE1BQU0sSUFBSTtBQUM1QixhQUFPLFNBQVMsSUFBSSxTQUFZQSxPQUFLLFFBQVEsT0FBT0UsbUJBQUEvQixRQUFLLEdBQUcsV0FBVyxLQUFLLE1BQU04QixjQUFhO0lBQ2pHO0FBR08sYUFBU0UsZ0JBQWVILFFBQVksT0FBd0IsT0FBcUI7QUFDdEYsWUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGlCQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxZQUFNLFVBQVV0RCxxQkFBb0JzRCxPQUFLLE9BQU8sUUFBUUEsT0FBSyxNQUFNO0FBQ25FLFVBQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0lBQ3RDO0FBR08sUUFBTUEsUUFBYUYsVUFBUzFDLE9BQVM7QUM5RTVDLFFBQUFrQixjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFDLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxnQkFBaUIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBNEIsa0JBQW9CLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDTHBCLFFBQUE5QixjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFFLGdCQUE4RCxRQUFBLGFBQUEsR0FBQSxDQUFBO0FDa0J2RCxRQUFNNkIsYUFBWTtBQ0xsQixhQUFTQyxTQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsWUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxjQUFRLFVBQVU7UUFDaEIsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU8sZ0JBQWdCLE9BQU87UUFDaEMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPLGFBQWEsS0FBSztRQUNyRCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO01BQ1g7SUFDRjtBQUdBLFFBQU1DLGNBQXVDO01BQzNDLFFBQVE7TUFDUixPQUFPO01BQ1AsY0FBYztNQUNkLGVBQWU7TUFDZixZQUFZO01BQ1osZUFBZTtNQUNmLGVBQWU7TUFDZixpQkFBaUI7TUFDakIsU0FBUztNQUNULGFBQWE7TUFDYixlQUFlO01BQ2YsYUFBYTtNQUNiLFlBQVk7TUFDWixhQUFhO0lBQ2Y7QUFJQSxRQUFNQyxrQkFBOEUsQ0FBQztBQUc5RSxhQUFTQyxhQUFZLFVBQXNEO0FBQ2hGLFVBQUksT0FBT0QsZ0JBQWUsUUFBUTtBQUNsQyxVQUFJLFNBQVMsUUFBVztBQUN0QixlQUFPLEVBQUUsVUFBVSxPQUFPSCxZQUFXLE1BQU1FLFlBQVcsUUFBUSxFQUFFO0FBQ2hFLFFBQUFDLGdCQUFlLFFBQVEsSUFBSTtNQUM3QjtBQUNBLGFBQU87SUFDVDtBRjJCQSxRQUFNRSxRQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLFFBQU1DLFdBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsYUFBU0MsVUFBUyxPQUFrQixPQUF1QjtBQUN6RCxjQUFRLE9BQU87UUFDYixLQUFLO0FBQ0gsaUJBQU8sTUFBTSxRQUFRLE1BQU07UUFDN0IsS0FBSyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtRQUNoRDtRQUNBLEtBQUs7QUFDSCxpQkFBT0QsU0FBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07UUFDaEUsS0FBSztBQUNILGlCQUFPRCxNQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUN4RCxLQUFLO0FBQ0gsaUJBQU9BLE1BQUssTUFBTSxJQUFJLENBQUMsS0FBS0MsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUN6RCxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxRQUFRLENBQUM7UUFDN0IsS0FBSztBQUNILGlCQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWUMsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUMzRSxLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtRQUNyQyxLQUFLLGFBQWE7QUFDaEIsZ0JBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7UUFDNUU7TUFDRjtJQUNGO0FBU0EsYUFBU0UsUUFBTyxLQUF3QjtBQUN0QyxhQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0lBQ2xFO0FBR0EsUUFBSUM7QUFFSixRQUFNQyxhQUFtQixDQUFDLFNBQVM7QUFDakMsVUFBSTtBQUNGLGVBQU9ELFNBQVMsS0FBSyxJQUFJLEtBQUs7TUFDaEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR0EsUUFBTUUsY0FBTixNQUF5QztNQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTLGFBQUEsS0FBQTtBQUNBLGFBQUEsU0FBQTtBQUNRLGFBQUEsTUFBQTtNQUNoQjtNQUhRO01BQ0E7TUFDUTtNQUxYLFNBQVM7TUFDVDtNQU9SLElBQUksT0FBc0I7QUFDeEIsWUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsZUFBSyxRQUFRQyxXQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLGVBQUssU0FBUztRQUNoQjtBQUNBLGVBQU8sS0FBSztNQUNkO0lBQ0Y7QUFHQSxhQUFTQSxXQUFVLE1BQXdCO0FBQ3pDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFjO01BQ2xDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUtBLFFBQU1DLG1CQUE0RSxDQUFDO0FBQ25GLGFBQVNDLGNBQWEsUUFBMEQ7QUFDOUUsVUFBSSxXQUFXRCxpQkFBZ0IsTUFBTTtBQUNyQyxVQUFJLGFBQWEsUUFBVztBQUMxQixtQkFBV0UsY0FBQWhDLFFBQUssaUJBQWlCLE1BQU07QUFDdkMsUUFBQThCLGlCQUFnQixNQUFNLElBQUk7TUFDNUI7QUFDQSxhQUFPO0lBQ1Q7QUFJQSxRQUFJRztBQUNHLGFBQVNDLGlCQUFnQixNQUF5QztBQUN2RSxNQUFBRCxZQUFXO0lBQ2I7QUFPQSxRQUFNRSxXQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsUUFBTUMsb0JBQW1CLENBQUMsTUFBZSxFQUFFO0FBQzNDLFFBQU1DLG1CQUFrQixDQUFDLE1BQWUsQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUV6RCxRQUFNQyxhQUF5RixDQUFDO0FBRWhHLGFBQVNDLFdBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsVUFBSSxNQUFNRCxXQUFVLFFBQVE7QUFDNUIsVUFBSSxDQUFDLEtBQUs7QUFDUixjQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBR0Ysa0JBQWlCO0FBQ2xGLFlBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSUM7QUFDcEUsY0FBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxRQUFBQyxXQUFVLFFBQVEsSUFBSTtNQUN4QjtBQUNBLGFBQU87SUFDVDtBQUtBLGFBQVNFLFdBQVUsUUFBZ0IsS0FBYSxPQUE0QztBQUMxRixhQUFPLFVBQVUsU0FBWSxTQUFTLEdBQUcsTUFBTSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0lBQ2pIO0FBRU8sUUFBTUMsYUFBTixNQUFNLFdBQVU7TUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUIsYUFBQSxVQUFBO0FBRUEsYUFBQSxRQUFBO0FBRWpCLGFBQUssVUFBVSxHQUFHLFFBQVE7TUFDNUI7TUFMbUI7TUFFQTs7TUFSbkIsZUFBZTtNQUNFOztNQUVBLFNBQTRDLENBQUM7O01BVzlELEdBQUcsT0FBMEI7QUFDM0IsZUFBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO01BQzdFO01BRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxZQUFJQyxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFlBQUksQ0FBQ0EsU0FBUTtBQUNYLGdCQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsY0FBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLGNBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVEQSxvQkFBUztZQUNQO1lBQ0EsTUFBTXJCLGFBQVksUUFBUTtZQUMxQixTQUFTLEtBQUs7WUFDZCxrQkFBa0JVLGNBQWEsUUFBUTtVQUN6QztBQUVBLGNBQUksQ0FBQyxVQUFXVyxTQUFPLGVBQWU7QUFDdEMsZUFBSyxPQUFPLFFBQVEsSUFBSUE7UUFDMUI7QUFDQSxlQUFPQTtNQUNUO01BRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsY0FBTSxjQUFjLFlBQVk7QUFDaEMsY0FBTSxNQUFNVixjQUFBaEMsUUFBSztVQUNmO1VBQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO1VBQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtVQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO1FBQ3JFO0FBRUEsY0FBTSxTQUFTLElBQUk7QUFDbkIsY0FBTSxXQUFXLFdBQVc7QUFDNUIsWUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFlBQUksVUFBVSxDQUFDO0FBQ2YsWUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBQTBCLFdBQVU7QUFDVixvQkFBVUQsUUFBTyxHQUFHLEtBQUtELFVBQVMsT0FBT0csVUFBUztBQUNsRCxVQUFBRCxXQUFVO1FBQ1o7QUFDQSxRQUFBUyxTQUFRLFdBQVc7QUFDbkIsUUFBQUEsU0FBUSxVQUFVO0FBQ2xCLGNBQU0sRUFBRSxRQUFRLEtBQUssSUFBSUksV0FBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLGNBQU0sTUFBQSxHQUFLSSxZQUFBLE9BQU1SLFVBQVMsUUFBUSxJQUFJO0FBQ3RDLGNBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsUUFBQUYsWUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsZUFBTyxJQUFJTCxZQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO01BQ2hHO01BRUEsU0FBcUM7QUFDbkMsZUFBTyxLQUFLLEtBQUssVUFBVSxPQUFPVixTQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7TUFDcEU7TUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsZUFBTyxLQUFLLEtBQUssU0FBUyxRQUFRQSxTQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUN2RjtNQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixZQUFJLFNBQVNzQixXQUFVLElBQUksU0FBUyxNQUFNLEtBQUs7QUFDL0MsaUJBQVNBLFdBQVUsUUFBUSxVQUFVLE1BQU0sTUFBTTtBQUNqRCxpQkFBU0EsV0FBVSxRQUFRLEtBQUssTUFBTSxDQUFDO0FBQ3ZDLGVBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUd0QixTQUFRLFNBQVMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFlBQVk7TUFDN0Y7TUFFQSxhQUFhLFFBQW1DO0FBQzlDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRQSxTQUFRLFNBQVMsR0FBRyxLQUFLLFVBQVUsTUFBTTtNQUNyRjtNQUVBLFVBQVUsSUFBd0I7QUFDaEMsZUFBTyxLQUFLLEtBQUssY0FBYyxPQUFPQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssb0JBQW9CO01BQ3hGO01BRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPO01BQzFGO01BRUEsYUFBYSxJQUEyQjtBQUN0QyxlQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVUEsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLE1BQVM7TUFDbkY7TUFFQSxTQUFTLElBQW1EO0FBQzFELGVBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRQSxTQUFRLFlBQVksRUFBRSxHQUFHLEtBQUssZUFBZSxDQUFDLENBQUM7TUFDN0Y7TUFFQSxPQUFPLE9BQXdCO0FBQzdCLGVBQU8sS0FBSyxLQUFLLFdBQVcsT0FBT0EsU0FBUSxPQUFPLEtBQUssR0FBRyxLQUFLLEtBQUs7TUFDdEU7TUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFdBQVcsSUFBSSxLQUFLLEdBQUcsS0FBSyxTQUFTO01BQ3RGO01BRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELGVBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUdBLFNBQVEsZ0JBQWdCLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7TUFDNUc7TUFFQSxhQUE4QztBQUM1QyxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtNQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBR0EsU0FBUSxXQUFXLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxXQUFXO01BQ2xHO01BRUEsYUFBOEI7QUFDNUIsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7TUFDaEY7SUFDRjtBRzVXQSxRQUFBaEMsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBRSxnQkFBaUYsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0gxRSxRQUFNd0QsaUJBQWdCO0FBRXRCLFFBQU1DLG9CQUFtQjtBQUV6QixhQUFTQyxjQUFhLEdBQW1CO0FBQzlDLGFBQU8sR0FBR0YsY0FBYSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDdkQ7QUFHTyxhQUFTRyxVQUFTLE1BQWMsS0FBSyxJQUFJLEdBQVc7QUFDekQsYUFBTyxHQUFHLElBQUksU0FBUyxFQUFFLENBQUMsSUFBSSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDO0lBQzVFO0FBR08sYUFBU0MsU0FBUSxPQUFtQztBQUN6RCxZQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxhQUFPLFFBQVEsQ0FBQztJQUNsQjtBQUdBLGFBQVNDLFlBQVcsT0FBbUM7QUFDckQsWUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxhQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztJQUNwQztBQU9PLFFBQU1DLHNCQUFxQixJQUFJLEtBQUssS0FBSztBQU96QyxhQUFTQyxZQUFXLE9BQWUsU0FBaUIsS0FBdUI7QUFDaEYsVUFBSSxDQUFDLE1BQU0sV0FBV04saUJBQWdCLEVBQUcsUUFBTztBQUNoRCxZQUFNLFFBQVFHLFNBQVEsS0FBSztBQUMzQixVQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixZQUFNLFVBQVVDLFlBQVcsS0FBSztBQUNoQyxhQUFPLFlBQVksVUFBYSxXQUFXQSxZQUFXLE9BQU8sS0FBSyxLQUFLQztJQUN6RTtBRHBDQSxRQUFNLGNBQWM7QUFDcEIsUUFBTSxhQUFhO0FBc0JuQixRQUFNLFdBQVc7QUFFakIsUUFBSSxVQUFVO0FBQ2QsUUFBTSxZQUFZLENBQUMsUUFBa0IsSUFBSSxXQUFXLEtBQUssSUFBSSxVQUFVO0FBVXZFLGFBQVMsUUFBUUUsUUFBZSxNQUFtQyxVQUFvRDtBQUNySCxlQUFTLFFBQVEsR0FBRyxRQUFRQSxRQUFPLFNBQVMsYUFBYTtBQUN2RCxjQUFNLFFBQXdCLENBQUM7QUFDL0IsaUJBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFJQSxRQUFPLFFBQVEsV0FBVyxHQUFHLElBQUssT0FBTSxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQ3JGLGNBQU0sTUFBTUMsY0FBQXJELFFBQUssTUFBTSxLQUFLO0FBQzVCLGlCQUFTLFVBQVUsR0FBRyxVQUFVLFVBQVUsV0FBVztBQUNuRCxnQkFBTSxRQUFRLElBQUksSUFBSSxDQUFDLEtBQUssTUFBTyxVQUFVLEdBQUcsSUFBSSxJQUFJLEVBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUM7QUFDakYsY0FBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixxQkFBVyxNQUFNO0FBQ2pCLFdBQUEsR0FBQXNELFlBQUEsT0FBTSxNQUFNLE1BQU0sVUFBVSxFQUFFO0FBQzdCLFVBQUFELGNBQUFyRCxRQUFLLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLEVBQWlCLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDMUUsZ0JBQUksTUFBTSxDQUFDLENBQUUsSUFBSTtVQUNuQixDQUFDO1FBQ0g7QUFDQSxZQUFJLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDdEIsbUJBQVMsS0FBSyxRQUFRLENBQUM7UUFDekIsQ0FBQztNQUNIO0lBQ0Y7QUFHQSxhQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLE9BQU87QUFDOUQsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksU0FBVSxTQUFRLGNBQWMsSUFBSTtBQUN4QyxVQUFJLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2xELGFBQU8sRUFBRSxTQUFTLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSxVQUFVLElBQUksR0FBRyxHQUFHLFNBQVMsTUFBTTtJQUNyRjtBQUVBLGFBQVMsS0FBUSxLQUE4QjtBQUM3QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO01BQ3RDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUdPLGFBQVN1RCxZQUNkdkYsVUFDQSxPQUNBLFVBQytDO0FBQy9DLFlBQU0sU0FBd0QsRUFBRSxPQUFPLFFBQVcsUUFBUSxFQUFFO0FBQzVGO1FBQ0U7UUFDQSxPQUFPO1VBQ0wsUUFBUTtVQUNSLEtBQUssR0FBR0EsU0FBTyxPQUFPLEdBQUdrRCxTQUFRLE9BQU8sQ0FBQztVQUN6QyxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sU0FBUyxDQUFDO1VBQ3hDLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtRQUN6QztRQUNBLENBQUMsUUFBUTtBQUNQLGlCQUFPLFNBQVMsSUFBSTtBQUNwQixpQkFBTyxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO1FBQzNGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFnQkEsUUFBTSxvQkFBb0I7QUFDMUIsUUFBSSxpQkFBaUI7QUFHckIsYUFBUyxTQUFTLE1BQWMsU0FBUyxPQUFhO0FBQ3BELFVBQUksQ0FBQyxVQUFVLEtBQUssSUFBSSxJQUFJLGlCQUFpQixrQkFBbUI7QUFDaEUsdUJBQWlCLEtBQUssSUFBSTtBQUMxQixjQUFRLElBQUksbUJBQW1CLElBQUksRUFBRTtJQUN2QztBQUdPLGFBQVNzQyxlQUFjeEYsVUFBZ0IsUUFBZ0M7QUFDNUUsWUFBTSxFQUFFLFNBQVMsUUFBUSxXQUFXLGtCQUFrQixPQUFPLElBQUlBLFNBQU87QUFDeEUsWUFBTSxTQUF3QjtRQUM1QixVQUFVLE9BQU87UUFDakIsU0FBUztRQUNULFFBQVE7UUFDUixTQUFTO1FBQ1QsV0FBVztRQUNYLFNBQVM7TUFDWDtBQUNBLFVBQUksV0FBVyxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEQsWUFBTSxnQkFBZ0I7QUFDdEIsWUFBTSxVQUFtQixFQUFFLE1BQU1BLFNBQU8sU0FBUyxRQUFRLFFBQVEsQ0FBQyxHQUFHLE9BQU87QUFDNUUsZUFBUyxZQUFZLE9BQU8sTUFBTSxlQUFlLElBQUk7QUFDckQ7UUFDRTtRQUNBLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDO01BQ3hCO0FBQ0EsVUFBSSxTQUFTLGFBQWEsT0FBTztBQUNqQyxVQUFJLE9BQVEsVUFBUyxlQUFlLFNBQVMsTUFBTTtBQUNuRCxZQUFNLGFBQWEsY0FBYyxTQUFTLFFBQVEsUUFBUSxnQkFBZ0I7QUFDMUUsc0JBQWdCLFNBQVMsZ0JBQWdCLFNBQVMsVUFBVSxHQUFHQSxTQUFPLGtCQUFrQjtBQUN4RixhQUFPLFVBQVUsVUFBVTtBQUMzQixhQUFPO0lBQ1Q7QUFHQSxhQUFTLE1BQU0sRUFBRSxNQUFBeUYsUUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtRQUNFLE1BQU07UUFDTixDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHQSxNQUFJLEdBQUd2QyxTQUFRLE9BQU8sQ0FBQztVQUMvQixNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLE9BQU8sVUFBVSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsU0FBUyxDQUFDO1VBQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtRQUN6QztRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJO2NBQ1IsMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN4SDtBQUNGLGlCQUFPLE1BQU0sQ0FBQyxDQUFFLElBQUk7UUFDdEI7TUFDRjtJQUNGO0FBR0EsYUFBUyxhQUFhLEVBQUUsTUFBQXVDLFFBQU0sUUFBUSxPQUFPLEdBQXNCO0FBQ2pFLFlBQU0sVUFBVSxHQUFHQSxNQUFJLEdBQUd2QyxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQjBCLGNBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDdkcsWUFBTSxTQUFtQixDQUFDO0FBQzFCO1FBQ0UsT0FBTztRQUNQLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFO1FBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLElBQUk7QUFDdEYsY0FBSSxDQUFDO0FBQ0gsa0JBQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUN4RyxpQkFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtRQUNwRTtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxlQUFlLFNBQWtCLFFBQTRCO0FBQ3BFLFlBQU0sRUFBRSxNQUFBYSxRQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ2pDLGVBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ2pGLGNBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxHQUFHLEdBQUcsRUFBRSxDQUFDO0FBQzdFO1VBQ0UsT0FBTztVQUNQLENBQUMsT0FBTztZQUNOLFFBQVE7WUFDUixLQUFLLEdBQUdBLE1BQUksR0FBR3ZDLFNBQVEsVUFBVSxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7WUFDL0MsUUFBUSxPQUFPLGtCQUFrQixPQUFPLE9BQU8sQ0FBQyxFQUFHLEtBQUssQ0FBQztVQUMzRDtVQUNBLENBQUMsUUFBUTtBQUNQLGdCQUFJLElBQUksV0FBVyxJQUFLLFFBQU87VUFDakM7UUFDRjtBQUNBLGlCQUFTLGFBQWEsT0FBTztNQUMvQjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsY0FDUCxFQUFFLE1BQUF1QyxRQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsWUFBTSxZQUErRCxDQUFDO0FBQ3RFLGFBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixjQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsWUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixpQkFBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVE7QUFDbEMsb0JBQVUsS0FBSyxFQUFFLE9BQU8sR0FBRyxHQUFHLFVBQVUsTUFBTSxTQUFTLGFBQWEsS0FBSyxpQkFBaUIsQ0FBQztNQUMvRixDQUFDO0FBQ0QsWUFBTSxhQUEwQyxDQUFDO0FBQ2pEO1FBQ0UsVUFBVTtRQUNWLENBQUMsTUFBTTtBQUNMLGdCQUFNLEVBQUUsT0FBTyxHQUFHLFNBQVMsSUFBSSxVQUFVLENBQUM7QUFDMUMsZ0JBQU0sU0FBUztZQUNiLE9BQU9YLGNBQWEsQ0FBQztZQUNyQixPQUFPLGlCQUFpQixDQUFDO1lBQ3pCLE9BQU87WUFDUCxlQUFlLFdBQVcsSUFBSTtVQUNoQztBQUNBLGlCQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBR1csTUFBSSxHQUFHdkMsU0FBUSxTQUFTLENBQUM7WUFDakMsTUFBTSxLQUFLLFVBQVUsTUFBTTtZQUMzQixRQUFRLE9BQU8sa0JBQWtCLE9BQU8sS0FBSyxHQUFHLElBQUk7VUFDdEQ7UUFDRjtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxjQUFJLE9BQU87QUFDVCxrQkFBTSxJQUFJO2NBQ1Isa0NBQWtDLE9BQU8sVUFBVSxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN2RztBQUNGLGlCQUFPO0FBQ1AsbUJBQVMsR0FBRyxPQUFPLE9BQU8sT0FBTyxVQUFVLE1BQU0sb0JBQW9CO0FBQ3JFLGNBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO1FBQ2hGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPQSxhQUFTLGdCQUFnQixFQUFFLE1BQUF1QyxRQUFNLFFBQVEsT0FBTyxHQUFZLFlBQWdEO0FBQzFHLFlBQU0sT0FBYyxDQUFDO0FBQ3JCO1FBQ0UsV0FBVztRQUNYLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUdBLE1BQUksR0FBR3ZDLFNBQVEsWUFBWSxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7VUFDckQsTUFBTTtVQUNOLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEdBQUcsSUFBSTtRQUN2RTtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFxQixHQUFHLEdBQUcsU0FBUztBQUN2RSxjQUFJLFVBQVU7QUFDWixrQkFBTSxJQUFJO2NBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUMxRztBQUNGLGVBQUssS0FBSyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUcsT0FBTyxNQUFNLENBQUM7UUFDbEQ7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsWUFBTSxRQUFRLEtBQUs7QUFDbkIsYUFBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixpQkFBUyxHQUFHLFFBQVEsS0FBSyxNQUFNLE9BQU8sS0FBSywyQkFBMkI7QUFDdEUsWUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGdCQUFNLElBQUk7WUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtVQUNoRztBQUNGLFNBQUEsR0FBQW9DLFlBQUEsT0FBTSxDQUFDO0FBQ1AsY0FBTSxFQUFFLE1BQUFJLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFlBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsZUFBT0E7TUFDVDtJQUNGO0FBR0EsYUFBUyxTQUFTLEVBQUUsTUFBQUQsUUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFZLE1BQW9EO0FBQy9HLFlBQU1DLFFBQWMsQ0FBQztBQUNyQixZQUFNLFVBQVUsb0JBQUksSUFBWTtBQUNoQztRQUNFLEtBQUs7UUFDTCxDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHRCxNQUFJLEdBQUd2QyxTQUFRLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzdDLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7UUFDM0Q7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLGNBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsb0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCd0Msa0JBQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtVQUNGO0FBQ0EsY0FBSSxJQUFJLFdBQVc7QUFDakIsa0JBQU0sSUFBSTtjQUNSLDBDQUEwQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssTUFBTSxFQUFFO1lBQy9JO0FBQ0YsZ0JBQU0sU0FBUyxLQUEwQyxHQUFHO0FBQzVELGNBQUksUUFBUSxXQUFXO0FBQ3JCLGtCQUFNLElBQUk7Y0FDUixtQ0FBbUMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyxZQUFZLE9BQU8sU0FBUyxpQkFBaUI7WUFDL0c7QUFDRixjQUFJLFFBQVEsV0FBVyxZQUFhLFFBQU87Y0FDdENBLE9BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtRQUN6QjtNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUTtJQUN6QjtBQU1PLGFBQVNDLGVBQ2QzRixVQUNBLFlBQ0EsUUFDQSxRQUNRO0FBQ1IsWUFBTXlGLFNBQU96RixTQUFPO0FBQ3BCLFVBQUksVUFBVTtBQUNkLFVBQUksU0FBUztBQUNiLGVBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFlBQUksUUFBcUMsQ0FBQztBQUMxQztVQUNFO1VBQ0EsT0FBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUd5RixNQUFJLEdBQUd2QyxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtZQUN0RyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7VUFDN0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxxQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7VUFDMUc7UUFDRjtBQUNBLFlBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsY0FBTSxTQUFTLE1BQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNsRCxZQUFJLE9BQU87QUFDWDtVQUNFLE9BQU87VUFDUCxDQUFDLE9BQU87WUFDTixRQUFRO1lBQ1IsS0FBSyxHQUFHdUMsTUFBSSxHQUFHdkMsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sb0JBQW9CLFVBQVU7VUFDL0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVcsSUFBSztVQUNoRDtRQUNGO0FBQ0EsbUJBQVc7QUFDWCxrQkFBVSxNQUFNLFNBQVM7TUFDM0I7QUFDQSxhQUFPO0lBQ1Q7QUp2V0EsUUFBTSxlQUFlO0FBQ3JCLFFBQU0sZ0JBQWdCO0FBRXRCLGFBQVMsTUFBTSxTQUF3QjtBQUNyQyxNQUFBMEMsbUJBQUE3RSxRQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFlBQU0sSUFBSSxNQUFNLE9BQU87SUFDekI7QUFFQSxhQUFTLE1BQU0sU0FBdUI7QUFDcEMsWUFBTThFLE9BQU0sR0FBRyxPQUFPO0FBQ3RCLFlBQU0sTUFBTUMsY0FBQTlELFFBQUssSUFBSTZELE1BQUssRUFBRSxTQUFTLGVBQWUsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLDRCQUE0QixFQUFFLENBQUM7QUFDakgsVUFBSSxJQUFJLFdBQVcsR0FBRztBQUNwQjtVQUNFLG1DQUFtQ0EsSUFBRyxVQUFVLGFBQWEsY0FBYyxJQUFJLFNBQVMsYUFBYTtRQUN2RztNQUNGO0FBQ0EsVUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QjtVQUNFLG1CQUFtQkEsSUFBRyxhQUFhLElBQUksTUFBTTtRQUMvQztNQUNGO0lBQ0Y7QUFFQSxhQUFTaEQsZUFBYzdDLFVBQWdCK0YsVUFBdUMsTUFBb0I7QUFDaEcsYUFBT0EsU0FBTyxJQUFJLEtBQUsvRixTQUFPLE1BQU0sSUFBSSxFQUFFO0lBQzVDO0FBTUEsYUFBU2dHLE9BQU1oRyxVQUFnQitGLFVBQXVDLE1BQW9CO0FBQ3hGLFVBQUluRCxNQUFLLE1BQU0sSUFBSSxNQUFNLEVBQUcsT0FBTSxHQUFHQSxNQUFLLE1BQU0sV0FBVyxJQUFJLHFDQUFxQztBQUNwRyxZQUFNLEVBQUUsT0FBTyxTQUFTLElBQUlBLE1BQUssUUFBUSxNQUFNLEdBQUdDLGVBQWM3QyxVQUFRK0YsVUFBUSxJQUFJLENBQUM7QUFDckYsWUFBTSxTQUFTUixZQUFXdkYsVUFBUSxPQUFPLFFBQVE7QUFDakQsVUFBSSxDQUFDLE9BQU8sT0FBTztBQUNqQixjQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxjQUFNLFFBQVFBLFNBQU8sWUFDakIsZUFBZUEsU0FBTyxTQUFTLEtBQy9CQSxTQUFPLFlBQ0wsR0FBRyxTQUFTLG9DQUFvQyxJQUFJLGVBQ3BELEdBQUcsU0FBUyxjQUFjLFNBQVM7QUFDekMsY0FBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRztNQUN4RztBQUNBLGFBQU8sT0FBTztJQUNoQjtBQUVBLGFBQVMsWUFBWSxRQUFtQixPQUFlQSxVQUFzQjtBQUMzRSxZQUFNLE9BQWEsQ0FBQztBQUNwQixZQUFNLFlBQWtCLENBQUM7QUFDekIsZUFBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsY0FBTSxVQUFVLE9BQU8sYUFBYTtVQUNsQyxPQUFPLGFBQWEsS0FBSyxJQUFJLENBQUM7VUFDOUIsT0FBTztVQUNQLE9BQU87VUFDUCxlQUFlO1FBQ2pCLENBQUM7QUFDRCxZQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sZ0RBQWdELFFBQVEsTUFBTSxJQUFJO0FBQzNGLGNBQU0sVUFBVSxPQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxrQkFBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLGFBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtNQUMvQjtBQUNBLFlBQU0sV0FBVyxLQUFLLElBQUksSUFBSUEsU0FBTyxxQkFBcUI7QUFDMUQsaUJBQVcsU0FBUyxNQUFNO0FBQ3hCLG1CQUFTO0FBQ1AsZ0JBQU0sTUFBTSxPQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLGNBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsY0FBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csY0FBSSxLQUFLLElBQUksSUFBSTtBQUNmLGtCQUFNLDZEQUE2REEsU0FBTyxrQkFBa0IsSUFBSTtBQUNsRyxXQUFBLEdBQUFpRyxZQUFBLE9BQU0sR0FBRztRQUNYO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFRQSxtQkFBc0JDLG1CQUEwRDtBQUM5RSxZQUFNLFFBQXVDLENBQUM7QUFDOUMsaUJBQVcsUUFBUXBILFFBQU87QUFDeEIsWUFBSTtBQUNGLGdCQUFNLFdBQVcsTUFBTWtFLGdCQUFBbUQsUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLGNBQUksU0FBVSxPQUFNLElBQUksSUFBSTtRQUM5QixRQUFRO1FBRVI7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsY0FBY25HLFVBQWdCK0YsVUFBZ0Q7QUFDckYsWUFBTSxRQUFReEcsV0FBV3FHLG1CQUFBN0UsUUFBSyxLQUFLLFFBQVEsYUFBYSxDQUFDLENBQXdEO0FBQ2pILFlBQU0sU0FBa0IsQ0FBQztBQUN6QixpQkFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJNkIsTUFBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUc7QUFDckQsaUJBQU8sS0FBSyxFQUFFLE1BQU0sR0FBR0EsTUFBSyxRQUFRLE1BQU0sR0FBR0MsZUFBYzdDLFVBQVErRixVQUFRLElBQUksQ0FBQyxFQUFFLENBQUM7TUFDdkY7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLE9BQU8sUUFBMEI7QUFDeEMsWUFBTSxTQUFTLG9CQUFJLElBQVc7QUFDOUIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGNBQU0sVUFBVSxPQUFPLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJO0FBQ3BELFlBQUksUUFBUSxTQUFTLEVBQUcsUUFBTyxJQUFJLFFBQVEsQ0FBQyxDQUFFLEVBQUUsSUFBSSxRQUFRLFFBQVEsU0FBUyxDQUFDLENBQUU7TUFDbEY7QUFDQSxhQUFPLENBQUMsR0FBRyxNQUFNO0lBQ25CO0FBT0EsYUFBUyxlQUFlL0YsVUFBZ0IsUUFBdUI7QUFDN0QsWUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixZQUFNLE9BQU8sTUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLFdBQVcsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNuRSxZQUFNLE9BQU8scUJBQXFCQSxTQUFPLFFBQVEsT0FBTyw4QkFBOEIsT0FBTyxNQUFNO0FBQ25HLFVBQUlBLFNBQU8sUUFBUSxrQkFBa0IsQ0FBQ0EsU0FBTyxRQUFRLFFBQVE7QUFDM0QsY0FBTSxVQUFVLE9BQU8sTUFBTTtBQUM3QixjQUFNLElBQUl3RixlQUFjeEYsVUFBUSxPQUFPO0FBQ3ZDLFlBQUksRUFBRSxXQUFXLFFBQVEsUUFBUTtBQUMvQixrQkFBUSxJQUFJLEdBQUcsSUFBSSxvQ0FBb0MsUUFBUSxNQUFNLHdCQUF3QixLQUFLLENBQUMsRUFBRTtBQUNyRztRQUNGO0FBQ0EsZ0JBQVE7VUFDTixnRUFBZ0UsUUFBUSxTQUFTLEVBQUUsTUFBTSxPQUFPLFFBQVEsTUFBTTtRQUNoSDtNQUNGO0FBQ0EsWUFBTSxJQUFJd0YsZUFBY3hGLFVBQVEsTUFBTTtBQUN0QyxjQUFRO1FBQ04sR0FBRyxJQUFJLEtBQUssRUFBRSxNQUFNLFlBQVksRUFBRSxPQUFPLHVCQUF1QixFQUFFLFNBQVMsZ0JBQWdCLEVBQUUsT0FBTyxXQUFXLEVBQUUsVUFBVSxJQUFJLEtBQUssRUFBRSxPQUFPLG9EQUFvRCxFQUFFLEtBQUssS0FBSyxDQUFDO01BQ2hOO0lBQ0Y7QUFTQSxtQkFBc0JvRyxZQUFXcEcsVUFBZ0J6QixZQUEwQixDQUFDLEdBQXFCO0FBQy9GLFlBQU15QixTQUFPLE9BQU87QUFDcEIsWUFBTStGLFdBQVMsTUFBTUcsaUJBQWdCO0FBQ3JDLFlBQU1HLGNBQVksSUFBSTVCLFdBQVV6RSxTQUFPLFNBQVNBLFNBQU8sV0FBVztBQUNsRSxZQUFNLFNBQVMsQ0FBQztBQUNoQixpQkFBVyxRQUFRbEIsT0FBTyxRQUFPLElBQUksSUFBSWtILE9BQU1oRyxVQUFRK0YsVUFBUSxJQUFJO0FBQ25FLFlBQU0sUUFBUWhCLFVBQVM7QUFDdkIsWUFBTSxRQUFRWSxlQUFjM0YsVUFBUSxPQUFPLE9BQU82RSxtQkFBa0IsQ0FBQyxVQUFVTSxZQUFXLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDOUcsVUFBSSxRQUFRLEVBQUcsU0FBUSxJQUFJLGtCQUFrQixLQUFLLHdDQUF3QztBQUMxRixVQUFJNUcsVUFBUSxTQUFTO0FBQ25CLFlBQUk7QUFDRix5QkFBZXlCLFVBQVEsY0FBY0EsVUFBUStGLFFBQU0sQ0FBQztRQUN0RCxTQUFTLE9BQU87QUFDZCxnQkFBTSxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7UUFDOUQ7TUFDRjtBQUNBLFlBQU0sa0JBQWtCeEgsVUFBUSxPQUFPLFlBQVk4SCxZQUFVLEdBQUcsT0FBTyxPQUFPLEdBQUcsT0FBT3JHLFFBQU0sSUFBSSxDQUFDO0FBRW5HLGFBQU8sRUFBRSxPQUFPLFFBQVEsaUJBQWlCLGNBQWMsT0FBTyxLQUFLK0YsUUFBTSxFQUFFLFNBQVMsRUFBRTtJQUN4RjtBQUdBLG1CQUFzQk8sWUFBV3RHLFVBQWdCLE1BQTBDO0FBQ3pGLFVBQUksQ0FBQyxNQUFNLFNBQVM0QyxNQUFLLE1BQU0sVUFBVSxFQUFHO0FBQzVDLFlBQU1tRCxXQUFTLE1BQU1HLGlCQUFnQjtBQUVyQyxZQUFNLEVBQUUsT0FBTyxTQUFTLElBQUl0RCxNQUFLLFFBQVEsU0FBUyxHQUFHbUQsU0FBTyxTQUFTL0YsU0FBTyxNQUFNLE1BQU0sUUFBUTtBQUNoRyxZQUFNLEVBQUUsTUFBTSxJQUFJdUYsWUFBV3ZGLFVBQVEsT0FBTyxRQUFRO0FBQ3BELFVBQUksQ0FBQyxPQUFPO0FBQ1YsZ0JBQVE7VUFDTixpQ0FBaUMsS0FBSyxvREFBb0QsS0FBSyxLQUFLO1FBQ3RHO0FBQ0E7TUFDRjtBQUNBLFlBQU0sVUFBVTJGLGVBQWMzRixVQUFRLE9BQU8sS0FBSyxPQUFPLENBQUMsVUFBVW1GLFlBQVcsT0FBTyxLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3ZHLFVBQUksVUFBVSxFQUFHLFNBQVEsSUFBSSxxQkFBcUIsT0FBTyw2QkFBNkI7SUFDeEY7QU05S0EsYUFBUyxtQkFBNEI7QUFDbkMsYUFBTyxTQUFTO0lBQ2xCO0FBR08sYUFBU29CLGNBQWF2RyxVQUFnQixXQUF1RDtBQUNsRyxVQUFJLENBQUMsaUJBQWlCLEVBQUcsUUFBTztBQUNoQyxZQUFNLFFBQVEsVUFBVTtBQUd4QixZQUFNLFlBQVksT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTSxTQUFTLFFBQVEsQ0FBQyxDQUFDO0FBQ2pILFlBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLO0FBQzdCLFVBQUlBLFNBQU8sWUFBWTtBQUNyQixrQkFBVSxZQUFZaUMsbUJBQWtCLE1BQU0sU0FBUztBQUN2RCxjQUFNO1VBQ0osR0FBR0ssZUFBYztZQUNmLFVBQVV0QyxTQUFPLFFBQVE7WUFDekIsWUFBWUEsU0FBTyxRQUFRO1lBQzNCLGdCQUFnQixNQUFNLG1CQUFtQkEsU0FBTyxRQUFRLHVCQUF1QjtZQUMvRSxlQUFlQSxTQUFPO1VBQ3hCLENBQUM7UUFDSDtNQUNGO0FBQ0EsVUFBSUEsU0FBTyxjQUFlLENBQUErQyxnQkFBZUgsT0FBTSxNQUFNLFNBQVM5RCxRQUFPUyxXQUFVLFNBQVMsQ0FBQztBQUN6RixhQUFPO1FBQ0w7UUFDQSxZQUFZLHNCQUFzQm1CLGdCQUFlLEtBQUssR0FBRyxTQUFTOztRQUVsRSxjQUFjLEdBQUcsS0FBSyxJQUFJLElBQUlWLFNBQU8scUJBQXFCLEVBQUUsS0FBS0EsU0FBTyxRQUFRLFVBQVUsSUFBSSxNQUFNLEVBQUU7UUFDdEcsbUJBQW1CaUI7TUFDckI7SUFDRjtBQU1BLGFBQVMsc0JBQXNCLFlBQTBCLFdBQW1EO0FBQzFHLGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLFNBQVMsR0FBRztBQUN4RCxZQUFJTixlQUFjLFFBQVEsRUFBRyxZQUFXRixXQUFVLHNCQUFzQixFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO01BQ3BHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxTQUFTLFVBQTZCO0FBQzdDLFlBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFNNUMsVUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxVQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWE7QUFDbEYsZ0JBQVEsT0FBTyxLQUFLO0FBQ3RCLGFBQU87SUFDVDtBQUdPLGFBQVNqQyxrQkFBc0I7QUFDcEMsVUFBSXdCLFFBQVUsV0FBWSxDQUFBeEIsZUFBWXdCLFFBQVUsVUFBVTtJQUM1RDtBQU1BLGFBQVMsdUJBQTZCO0FBQ3BDLFVBQUlBLFFBQVUsV0FBWSxDQUFBcUMsU0FBUXJDLFFBQVUsVUFBVTtJQUN4RDtBQUdBLG1CQUFzQnBCLFVBQVMsTUFBK0I7QUFDNUQsMkJBQXFCO0FBQ3JCLFlBQU0wSCxZQUFXdEcsU0FBVyxJQUFJO0lBQ2xDO0FDdEdBLFFBQUFtQixxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUUsbUJBQXNCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDRmYsYUFBU21GLFNBQVEsVUFBa0JDLFVBQWtDO0FBQzFFLFVBQUlBLFNBQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUNuRSxpQkFBVyxTQUFTQSxTQUFRLEtBQUksV0FBVyxNQUFNLE9BQVEsUUFBTyxNQUFNO0FBQ3RFLGFBQU9BLFNBQU9BLFNBQU8sU0FBUyxDQUFDLEVBQUc7SUFDcEM7QUFFTyxhQUFTQyxRQUFPLFFBQStDO0FBQ3BFLFVBQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxZQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxZQUFNLE1BQU0sS0FBSyxNQUFNLE9BQU8sU0FBUyxDQUFDO0FBQ3hDLGFBQU8sT0FBTyxTQUFTLElBQUksT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNLENBQUMsSUFBSyxPQUFPLEdBQUcsS0FBTTtJQUMvRTtBQUdPLFFBQU1DLGdCQUFlO0FBTXJCLGFBQVNDLFlBQVcsWUFBb0IsSUFBYSxtQkFBMkIsU0FBeUI7QUFDOUcsYUFBTyxNQUFNLGFBQWEsWUFBWSxvQkFBb0IsV0FBV0Q7SUFDdkU7QURkQSxhQUFTRSxzQkFBNkI7QUFDcEMsY0FBUSxLQUFLLElBQUksSUFBSUMsbUJBQUEvRixRQUFLLFNBQVMsYUFBYTtJQUNsRDtBQUlBLFFBQUlnRyxjQUFhO0FBR1YsYUFBU0MsWUFBV1AsVUFBa0M7QUFDM0QsTUFBQU0sY0FBYTtBQUNiLFlBQU0sT0FBT1AsU0FBUUssb0JBQW1CLEdBQUdKLFFBQU07QUFDakQsTUFBQUssbUJBQUEvRixRQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsYUFBTztJQUNUO0FBU08sYUFBU2tHLFlBQ2QsWUFDQVIsVUFDQSxXQUNBLFVBQ0EsVUFBVSxJQUNIO0FBQ1AsWUFBTSxRQUFRLElBQUlTLGlCQUFBLE1BQU0sVUFBVTtBQUNsQyxZQUFNLG1CQUE2QixDQUFDO0FBQ3BDLFVBQUk7QUFDSixNQUFBaEQsaUJBQWdCLENBQUMsV0FBVyxZQUFZLE9BQU87QUFDN0MsWUFBSSxDQUFDNkMsWUFBWTtBQUNqQixjQUFNLFFBQVFQLFNBQVFLLG9CQUFtQixHQUFHSixRQUFNO0FBQ2xELFFBQUFLLG1CQUFBL0YsUUFBSyxHQUFHLFFBQVEsS0FBSyxRQUFRO0FBQzdCLFlBQUksVUFBVSxXQUFXO0FBQ3ZCLGNBQUksR0FBSSxrQkFBaUIsS0FBSyxVQUFVO0FBQ3hDLDRCQUFrQjtRQUNwQixXQUFXLFNBQVMsU0FBUyxLQUFLLEdBQUc7QUFDbkMsOEJBQW9CMkYsUUFBTyxnQkFBZ0I7QUFDM0MsY0FBSSxvQkFBb0IsT0FBVyxPQUFNLElBQUlFLFlBQVcsWUFBWSxJQUFJLGlCQUFpQixPQUFPLENBQUM7UUFDbkc7TUFDRixDQUFDO0FBQ0QsYUFBTztJQUNUO0FFOURPLGFBQVNPLFdBQVVsSSxPQUFzQjtBQUM5QyxhQUFPQSxNQUFLO1FBQ1Y7UUFDQSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQztNQUNyRjtJQUNGO0FBR08sYUFBU21JLG9CQUFtQm5JLE9BQXNCO0FBQ3ZELGFBQU9BLE1BQ0osUUFBUSxPQUFPLEtBQUssRUFDcEIsUUFBUSxZQUFZLEdBQUcsRUFDdkIsUUFBUSxNQUFNLE1BQU0sRUFDcEIsUUFBUSxNQUFNLE1BQU07SUFDekI7QUFRTyxhQUFTb0ksY0FBYXBJLE9BQWNWLFlBQWdDLEVBQUUsU0FBUyxLQUFLLEdBQVc7QUFDcEcsWUFBTSxVQUFVVSxNQUFLLFFBQVEsWUFBWSxHQUFHO0FBQzVDLFlBQU0sT0FBT1YsVUFBUSxVQUFVLFFBQVEsUUFBUSxPQUFPLEtBQUssSUFBSTtBQUMvRCxZQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUNwRixZQUFNLFFBQVEsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUN2QyxZQUFNLE1BQU0sS0FBSyxXQUFXLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxJQUFJLE1BQU07QUFDL0QsYUFBTyxHQUFHLEtBQUssR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLEdBQUcsR0FBRyxLQUFLO0lBQzVDO0FDT08sYUFBUyxPQUFPK0ksYUFBNEI7QUFDakQsYUFBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7SUFDaEU7QUFFQSxhQUFTQyxRQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxVQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLGFBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztJQUN4RTtBQUdPLGFBQVNDLGVBQWMsTUFBbUM7QUFDL0QsWUFBTSxPQUF1QixDQUFDO0FBQzlCLGlCQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxtQkFBVyxDQUFDRixhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLGdCQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixnQkFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLGVBQUssS0FBSztZQUNSO1lBQ0EsWUFBQUE7WUFDQSxJQUFJLE9BQU87WUFDWDtZQUNBLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXO1lBQ2pGLE1BQU1DLFFBQU8sUUFBUSxJQUFJO1VBQzNCLENBQUM7UUFDSDtNQUNGO0FBQ0EsYUFBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0lBQzVGO0FBRUEsUUFBTSxhQUFhO0FBR1osYUFBU0UsY0FBYSxNQUFrQztBQUM3RCxZQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsWUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsWUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFlBQUksQ0FBQyxHQUFHO0FBQ04sY0FBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUs7QUFDekYsZUFBSyxJQUFJLFVBQVUsQ0FBQztRQUN0QjtBQUNBLGVBQU87TUFDVDtBQUNBLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsWUFBSSxDQUFDLE1BQU87QUFDWixjQUFNLENBQUMsRUFBRWhDLFFBQU0sUUFBUSxJQUFJO0FBQzNCLGNBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixZQUFJQSxXQUFTLHFCQUFxQjtBQUNoQyxpQkFBTyxPQUFPLElBQUksUUFBUSxHQUFHO1lBQzNCLFVBQVUsRUFBRSxTQUFTO1lBQ3JCLEtBQUssRUFBRSxPQUFPO1lBQ2QsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTyxLQUFLO1lBQ25CLEtBQUssRUFBRSxPQUFPO1VBQ2hCLENBQUM7UUFDSCxXQUFXQSxXQUFTLG1CQUFtQjtBQUNyQyxjQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO1FBQ2xFO01BQ0Y7QUFDQSxhQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7SUFDL0U7QUFrQkEsUUFBTSxxQkFBcUI7QUFPcEIsYUFBU2lDLG1CQUNkLE1BQ0EsdUJBQStDLENBQUMsR0FDaEM7QUFDaEIsWUFBTSxZQUEwQixDQUFDO0FBQ2pDLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFdBQVcsbUJBQW1CLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDbEQsWUFBSSxhQUFhLE9BQVc7QUFDNUIsY0FBTUMsY0FBYSxPQUFPLFFBQVEsU0FBUztBQUMzQyxjQUFNLGVBQWUscUJBQXFCLFFBQVE7QUFDbEQsY0FBTSxRQUFRLE9BQU8sS0FBSyxPQUFPLGNBQWMsQ0FBQyxDQUFDLEVBQzlDLElBQUksQ0FBQ0wsZ0JBQWUsNkJBQTZCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLENBQUMsRUFDdEUsS0FBSyxDQUFDLE1BQU0sTUFBTSxNQUFTO0FBQzlCLGtCQUFVLEtBQUs7VUFDYjtVQUNBLFlBQUFLO1VBQ0EsVUFBVSxpQkFBaUIsU0FBWSxPQUFPQSxjQUFhO1VBQzNELFNBQVMsVUFBVSxTQUFZLE9BQU8sT0FBTyxLQUFLO1FBQ3BELENBQUM7TUFDSDtBQUNBLFlBQU0sUUFBUUMsYUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzdELFVBQUksVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFNLFFBQU87QUFDckQsZ0JBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUM3RCxZQUFNLGFBQWEsU0FBUyxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQztBQUNsRixZQUFNLFFBQ0osVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxjQUM1RCxVQUFVLE1BQU0sQ0FBQyxRQUFRLElBQUksYUFBYSxJQUFJO0FBQ2hELGFBQU8sRUFBRSxZQUFZLFVBQVUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFVBQVcsQ0FBQyxJQUFJLE1BQU0sVUFBVTtJQUNsSDtBQUdPLGFBQVNDLGtCQUFpQixTQUF3QztBQUN2RSxVQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLFVBQUksUUFBUSxlQUFlO0FBQ3pCLGVBQU87QUFDVCxZQUFNLE9BQ0osUUFBUSxhQUFhLE9BQ2pCLG1CQUFtQkMsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDLGdCQUMzRCxHQUFHQSxhQUFZLFFBQVEsVUFBVSxPQUFPLENBQUMsV0FBVyxRQUFRLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDM0YsYUFBTyx1QkFBdUIsSUFBSSxzQkFBc0JBLGFBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQztJQUNsRztBQUdPLGFBQVNDLGFBQVksS0FBeUI7QUFDbkQsWUFBTSxXQUNKLElBQUksYUFBYSxPQUFPLEtBQUssS0FBS0QsYUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLFdBQVcsSUFBSSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzlHLFlBQU0sVUFBVSxJQUFJLFlBQVksT0FBTyxnQkFBZ0IsYUFBYUEsYUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO0FBQ3JHLGFBQU8sR0FBR0EsYUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLGFBQWEsSUFBSSxlQUFlLElBQUksS0FBSyxHQUFHLG9CQUFvQixRQUFRLEdBQUcsT0FBTztJQUNsSTtBQUdPLGFBQVNBLGFBQVksT0FBa0MsTUFBb0M7QUFDaEcsVUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLFVBQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsVUFBSSxTQUFTLE1BQU07QUFDakIsWUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLGVBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO01BQzdDO0FBQ0EsVUFBSSxTQUFTO0FBQ1gsZUFBTyxLQUFLLE1BQU0sS0FBSyxFQUNwQixTQUFTLEVBQ1QsUUFBUSx5QkFBeUIsR0FBRztBQUN6QyxhQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7SUFDakc7QUFFTyxhQUFTRixhQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFlBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxhQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtJQUN2RTtBQVdPLGFBQVNJLGlCQUFnQixNQUEyQztBQUN6RSxVQUFJLENBQUMsS0FBSyxTQUFTLG9CQUFvQixDQUFDLEtBQUssU0FBUyxtQkFBb0IsUUFBTztBQUNqRixhQUFPO1FBQ0wsZ0JBQWdCSixhQUFZLE1BQU0sb0JBQW9CLEtBQUs7UUFDM0QsaUJBQWlCQSxhQUFZLE1BQU0sc0JBQXNCLE9BQU87UUFDaEUsMEJBQTBCQSxhQUFZLE1BQU0sbUNBQW1DLEtBQUs7UUFDcEYsaUJBQWlCQSxhQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztNQUMzRTtJQUNGO0FBR08sYUFBU0ssZUFBYyxXQUEyQztBQUN2RSxVQUFJLENBQUMsYUFBYyxVQUFVLG1CQUFtQixRQUFRLFVBQVUsb0JBQW9CO0FBQ3BGLGVBQU87QUFDVCxZQUFNLFNBQVMsVUFBVTtBQUN6QixhQUFPO1FBQ0wsK0NBQStDSCxhQUFZLFVBQVUsZ0JBQWdCLE9BQU8sQ0FBQztRQUM3RixXQUFXQSxhQUFZLFVBQVUsaUJBQWlCLE9BQU8sQ0FBQztRQUMxRCxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUJBLGFBQVksUUFBUSxPQUFPLENBQUMsU0FBUztRQUNsRixtQkFBbUIsVUFBVSxlQUFlO01BQzlDLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUFFTyxRQUFNSSxpQkFBZ0IsQ0FBQyxTQUE4QkQsZUFBY0QsaUJBQWdCLElBQUksQ0FBQztBQ2xOeEYsUUFBTSx5QkFBeUI7QUF1TS9CLGFBQVNHLGNBQ2QsTUFDQSxNQUNBLHVCQUErQyxDQUFDLEdBQ3ZDO0FBQ1QsWUFBTSxhQUFhWCxlQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFGLGFBQVksSUFBSSxVQUFVLEtBQUssT0FBTztRQUMxRjtRQUNBLFlBQUFBO1FBQ0E7UUFDQTtRQUNBO01BQ0YsRUFBRTtBQUNGLGFBQU87UUFDTCxnQkFBZ0I7UUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztRQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztRQUNwRDtRQUNBLFdBQVdHLGNBQWEsSUFBSTtRQUM1QixTQUFTQyxtQkFBa0IsTUFBTSxvQkFBb0I7UUFDckQsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDekcsV0FBV00saUJBQWdCLElBQUk7TUFDakM7SUFDRjtBQUdPLGFBQVNULFNBQU8sV0FBbUQ7QUFDeEUsVUFBSSxVQUFVLEtBQU0sUUFBTyxVQUFVO0FBQ3JDLFVBQUksVUFBVSxXQUFXLFdBQVcsTUFBTSxFQUFHLFFBQU87QUFDcEQsYUFBTyxlQUFlLEtBQUssVUFBVSxNQUFNLElBQUksT0FBTztJQUN4RDtBQzlPQSxhQUFTLGNBQWMsT0FBZSxHQUE2QjtBQUNqRSxZQUFNLE9BQU9KLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxZQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZVyxhQUFZLEVBQUUsVUFBVVAsU0FBTyxDQUFDLENBQUMsQ0FBQztBQUNoSCxZQUFNN0IsUUFBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsVUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHQSxLQUFJLGVBQWV5QixXQUFVLFFBQVEsQ0FBQztBQUMxRCxhQUFPLEdBQUd6QixLQUFJOzBCQUE2QnlCLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsWUFBWSxRQUFRLEVBQUUsQ0FBQyxzQkFBc0JBLFdBQVUsUUFBUSxDQUFDOztJQUNsSjtBQUVBLGFBQVMsVUFBVSxPQUFlLFNBQTBCO0FBQzFELFlBQU0sU0FBU0EsV0FBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixhQUFPLDRCQUE0QixLQUFLO3dCQUFvRCxNQUFNLGVBQWUsTUFBTTs7SUFDekg7QUFFTyxhQUFTaUIsYUFBWSxTQUEwQjtBQUNwRCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBRTNDLFlBQU0sU0FBUyxRQUFRLElBQUksWUFBWSxXQUFXLFFBQVEsSUFBSSxZQUFZLGdCQUFnQixJQUFJO0FBQzlGLFlBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsWUFBTTdILGFBQVksUUFBUSxJQUFJLGVBQWUsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUNqRSxZQUFNLFFBQVE0RyxXQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxZQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsYUFBTztRQUNMO1FBQ0EseUNBQXlDLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSxXQUFXNUcsUUFBTztRQUMxRyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSx1QkFBdUJBLFFBQU87UUFDcEgsR0FBRztRQUNIO1FBQ0E7UUFDQTtNQUNGLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUNqQ0EsYUFBUyxlQUFlLE1BQW9DO0FBQzFELGFBQU87UUFDTDtRQUNBO1FBQ0EsR0FBRyxLQUFLO1VBQ04sQ0FBQyxNQUNDLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxNQUFNOEcsY0FBYSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsTUFBTVMsYUFBWSxFQUFFLFVBQVVQLFNBQU8sQ0FBQyxDQUFDLENBQUM7UUFDbEg7TUFDRjtJQUNGO0FBRU8sYUFBU2MsZ0JBQWUsU0FBMEI7QUFDdkQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFlBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFNBQVMsSUFDZCxLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTSx1QkFDcEMsUUFBUSxZQUFZLGlCQUNsQix1QkFBdUIsS0FBSyxNQUFNLCtEQUNsQyxTQUFTLEtBQUssTUFBTTtBQUM5QixZQUFNLFFBQVEsQ0FBQyxrQkFBa0JoQixjQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLFVBQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxVQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLGNBQU07VUFDSjtVQUNBLFlBQVksT0FBTyxNQUFNLG9CQUFvQixPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7VUFDM0U7VUFDQSxHQUFHLGVBQWUsTUFBTTtVQUN4QjtVQUNBO1VBQ0E7UUFDRjtNQUNGO0FBQ0EsWUFBTSxZQUFZLFFBQVE7QUFDMUIsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU07WUFDSixLQUFLRCxvQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTVUsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztVQUN0TjtRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsWUFBTSxTQUFTRCxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEdBQUcsUUFBUyxhQUFhLElBQUksUUFBUSxFQUFFLEdBQUdULG9CQUFtQixNQUFNLENBQUMsSUFBSSxFQUFFO0FBQ2pHLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxnRkFBZ0Ysc0JBQXNCO0FBQ2pILG1CQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLGdCQUFNO1lBQ0osS0FBS0Esb0JBQW1CLElBQUksUUFBUSxDQUFDLE1BQU1VLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxNQUFNLElBQUksYUFBYSxPQUFPLFFBQVFBLGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxNQUFNLElBQUksWUFBWSxPQUFPLGNBQWNBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztVQUNyTztRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sS0FBS1Ysb0JBQW1CYSxlQUFjLFFBQVEsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUNuRSxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDckRBLFFBQU0sV0FBVyxvQkFBSSxJQUFJO01BQ3ZCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtJQUNGLENBQUM7QUFDRCxRQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixhQUFTLE1BQU0sT0FBZ0I7QUFDN0IsWUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ2hKLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsYUFBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7SUFDdkU7QUFFTyxhQUFTcUosYUFDZCxNQUNBL0osV0FDUTtBQUNSLFlBQU0sSUFBSSxNQUFNQSxVQUFRLEtBQUs7QUFDN0IsWUFBTSxRQUFrQixDQUFDO0FBQ3pCLFlBQU0sYUFBYWlKLGVBQWMsSUFBSTtBQUNyQyxZQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFlBQU07UUFDSixFQUFFO1VBQ0EsZUFBZWpKLFVBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7UUFDck47TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsaUJBQVcsS0FBSyxZQUFZO0FBQzFCLGNBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxjQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJdUosYUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtNQUM3RztBQUNBLFlBQU0sWUFBWUwsY0FBYSxJQUFJO0FBQ25DLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLGNBQU07VUFDSjtVQUNBLEVBQUU7WUFDQSxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQztVQUMxSTtRQUNGO0FBQ0EsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNLE9BQU8sQ0FBQyxNQUFxQkssYUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsZ0JBQU07WUFDSixLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUlBLGFBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztVQUNoTDtRQUNGO01BQ0Y7QUFDQSxZQUFNLFVBQVVKLG1CQUFrQixNQUFNbkosVUFBUSxvQkFBb0I7QUFDcEUsWUFBTSxTQUFTc0osa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxLQUFLLFFBQVMsYUFBYSxJQUFJLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxFQUFFO0FBQzlFLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyw0RUFBNEUsQ0FBQztBQUNuRyxjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxRQUFRLFVBQVUsSUFBSSxDQUFDLFFBQVEsSUFBSSxTQUFTLE1BQU0sQ0FBQztBQUNqRixtQkFBVyxPQUFPLFFBQVEsVUFBVyxPQUFNLEtBQUssS0FBSyxJQUFJLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSUUsYUFBWSxHQUFHLENBQUMsRUFBRTtNQUN2RztBQUNBLFlBQU14SCxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxZQUFNLFdBQVdxSCxhQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFlBQU0sYUFBYUEsYUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxZQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFlBQU07UUFDSixLQUFLRSxhQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY3ZILFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVF1SCxhQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCdkgsU0FBUSxRQUFRLENBQUMsQ0FBQztNQUNuTjtBQUNBLFlBQU0sS0FBSyxhQUFhdUgsYUFBWUYsYUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxZQUFNLFNBQVNBLGFBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsWUFBTTtRQUNKLGFBQWFFLGFBQVksUUFBUSxTQUFTLENBQUMsWUFBWUEsYUFBWUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPRSxjQUFhRixhQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTUEsYUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO01BQzNPO0FBQ0EsWUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixVQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxtQkFBVyxRQUFRLFFBQVE7QUFDekIsZ0JBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixnQkFBTSxJQUFJLEVBQUU7QUFDWixnQkFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsZ0JBQU0zSSxRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU82SSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNUQSxhQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCQSxhQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxnQkFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSTdJLEtBQUksRUFBRTtRQUNyRjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksS0FBS2lKLGVBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDOUdBLFFBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQVN4RCxhQUFTSyxtQkFBa0IsTUFBbUI7QUFDbkQsYUFBTyxTQUFTakssZ0JBQWMsTUFBMkM7QUFDdkUsY0FBTSxNQUE4QjtVQUNsQyxRQUFRZ0ssYUFBWSxNQUFNO1lBQ3hCLFVBQVUsS0FBSztZQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtZQUNuQyxzQkFBc0IsS0FBSztVQUM3QixDQUFDO1FBQ0g7QUFDQSxjQUFNLE1BQU0sTUFBTTtBQUNsQixZQUFJLEtBQUs7QUFDUCxnQkFBTSxVQUFVSDtZQUNkO1lBQ0E7Y0FDRSxVQUFVLEtBQUs7Y0FDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO2NBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtjQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO1lBQ3RDO1lBQ0EsS0FBSztVQUNQO0FBRUEsZ0JBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQzs7QUFDaEUsY0FBSSxHQUFHLEdBQUcsWUFBWSxJQUFJQyxhQUFZLE9BQU87QUFDN0MsY0FBSSxHQUFHLEdBQUcsYUFBYSxJQUFJQyxnQkFBZSxPQUFPO1FBQ25EO0FBQ0EsZUFBTztNQUNUO0lBQ0Y7QUM5Q0EsUUFBQWhILG1CQUF3QixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQVN4QixRQUFNbUgsWUFBVyxJQUFJQyxpQkFBQSxRQUFRLFVBQVU7QUFVdkMsUUFBTUMsWUFBMkMsQ0FBQztBQUVsRCxRQUFJM0M7QUFHRyxhQUFTbEQsZ0JBQWM3QyxVQUFnQixNQUFvQjtBQUNoRSxhQUFPK0YsVUFBUyxJQUFJLEtBQUsvRixTQUFPLE1BQU0sSUFBSSxFQUFFO0lBQzlDO0FBUU8sYUFBUzJJLGFBQ2QsV0FDbUM7QUFDbkMsYUFBTyxDQUFDLFNBQVM7QUFDZixZQUFJLENBQUMsS0FBSyxhQUFjLENBQUE1QyxZQUFXLENBQUM7QUFDcEMsWUFBSUEsUUFBUSxRQUFPLFVBQVUsSUFBSTtBQUNqQyxlQUFPRyxpQkFBZ0IsRUFBRSxLQUFLLENBQUMsVUFBVTtBQUN2QyxVQUFBSCxVQUFTO0FBQ1Qsb0JBQVUsSUFBSTtRQUNoQixDQUFDO01BQ0g7SUFDRjtBQUNBLFFBQUlNO0FBR0osUUFBTXVDLGdCQUFlLENBQUMsU0FBa0IsT0FBTyxNQUFNLEtBQUssT0FBTztBQUVqRSxhQUFTNUMsUUFBTWhHLFVBQWdCLE9BQWdCLE1BQWlDO0FBQzlFLFlBQU0sVUFBVTJDLGFBQVlDLE9BQU0sTUFBTUMsZ0JBQWM3QyxVQUFRLElBQUksQ0FBQztBQUNuRSxVQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLE1BQUFxRyxlQUFjLElBQUk1QixXQUFVekUsU0FBTyxTQUFTQSxTQUFPLFdBQVc7QUFDOUQsWUFBTSxTQUFTcUcsV0FBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFlBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxhQUFPO1FBQ0wsUUFBUSxJQUFJNUIsV0FBVXpFLFNBQU8sU0FBU0EsU0FBTyxhQUFhLE9BQU8sWUFBWTtRQUM3RSxTQUFTLEtBQUssSUFBSSxLQUFLLE9BQU80SSxjQUFhLElBQUksS0FBSztRQUNwRCxTQUFTO01BQ1g7SUFDRjtBQUVBLGFBQVNDLFNBQVE3SSxVQUFnQixNQUFlLE1BQWlDO0FBQy9FLFlBQU0sVUFBVTBJLFVBQVMsSUFBSTtBQUM3QixVQUFJLFdBQVcsQ0FBQyxRQUFRLE9BQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLFFBQVEsUUFBUyxRQUFPO0FBQ3BGLFVBQUksUUFBUyxDQUFBRixVQUFTLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyQyxZQUFNLE9BQU94QyxRQUFNaEcsVUFBUSxNQUFNLElBQUk7QUFFckMsVUFBSSxRQUFRLFFBQVMsTUFBSyxVQUFVLFFBQVE7QUFDNUMsTUFBQTBJLFVBQVMsSUFBSSxJQUFJO0FBQ2pCLGFBQU87SUFDVDtBQUdPLGFBQVNJLFlBQVc5SSxVQUFnQixNQUFlLE1BQW1DO0FBQzNGLGFBQU82SSxTQUFRN0ksVUFBUSxNQUFNLElBQUksR0FBRztJQUN0QztBQUdPLGFBQVMrSSxZQUFXL0ksVUFBZ0IsTUFBZSxNQUFrQjtBQUMxRSxZQUFNLFVBQVU2SSxTQUFRN0ksVUFBUSxNQUFNLElBQUk7QUFDMUMsVUFBSSxDQUFDLFFBQVMsUUFBTyxDQUFDO0FBQ3RCLFVBQUksQ0FBQyxRQUFRLFNBQVM7QUFDcEIsY0FBTSxPQUFPLFFBQVEsT0FBTyxZQUFZLEVBQUUsR0FBRzRFLGdCQUFlLE9BQU8sSUFBSSxDQUFDLEVBQUU7QUFDMUUsWUFBSSxDQUFDLEtBQU0sUUFBTyxDQUFDO0FBRW5CLGNBQU0sTUFBWSxDQUFDO0FBQ25CLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxRQUFRLElBQUssS0FBSSxLQUFLLEtBQUssTUFBTSxDQUFDLEVBQUcsRUFBRTtBQUN0RSxnQkFBUSxVQUFVO01BQ3BCO0FBQ0EsYUFBTyxRQUFRO0lBQ2pCO0FDakdBLFFBQUF2RCxtQkFBcUMsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUFHOUIsUUFBTTJILHVCQUFzQixJQUFJQyxpQkFBQSxNQUFNLHlCQUF5QixJQUFJO0FBRW5FLFFBQU1DLHNCQUFxQixJQUFJRCxpQkFBQSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLFFBQU1FLDhCQUE2QixJQUFJRixpQkFBQSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLFFBQU1HLG9CQUFtQixJQUFJSCxpQkFBQSxLQUFLLG1CQUFtQjtBQUVyRCxRQUFNSSxrQkFBaUIsSUFBSUosaUJBQUEsUUFBUSxpQkFBaUI7QUFFcEQsUUFBTUssbUJBQWtCLElBQUlMLGlCQUFBLEtBQUssa0JBQWtCO0FBRW5ELFFBQU1NLGtCQUFpQixJQUFJTixpQkFBQSxRQUFRLGlCQUFpQjtBQ1YzRCxRQUFNTyxxQkFBb0I7QUFDMUIsUUFBSUMsZ0JBQWU7QUFFbkIsUUFBTUMsY0FBbUQsQ0FBQztBQUVuRCxhQUFTQyxhQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsVUFBSSxPQUFPRCxZQUFXLElBQUk7QUFDMUIsVUFBSSxTQUFTLFFBQVc7QUFDdEIsZUFBTyxFQUFFLFVBQVUsS0FBSztBQUN4QixRQUFBQSxZQUFXLElBQUksSUFBSTtNQUNyQjtBQUNBLFVBQUk7QUFDRixRQUFBSixpQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO01BQ3pDLFNBQVMsT0FBTztBQUNkLFFBQUFBLGlCQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixRQUFBQyxnQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixZQUFJRSxrQkFBaUJELG9CQUFtQjtBQUN0QyxrQkFBUTtZQUNOLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUM7VUFDdEc7UUFDRjtNQUNGO0lBQ0Y7QUMxQkEsUUFBQXRJLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FDRGpCLFFBQUFELGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFjdEIsYUFBUzBJLGVBQWMsTUFBaUMsSUFBbUQ7QUFDekcsVUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsWUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsYUFBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0lBQy9DO0FBRUEsYUFBU0MsZ0JBQWUsS0FBZ0I7QUFDdEMsaUJBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsY0FBTSxLQUFLLFFBQVEsZUFBZUQsZUFBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFlBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEsQ0FBQVoscUJBQW9CLElBQUksRUFBRTtNQUMxRjtBQUNBLFlBQU0sUUFBUVksZUFBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELFVBQUksVUFBVSxPQUFXLENBQUFWLG9CQUFtQixJQUFJLEtBQUs7SUFDdkQ7QUFPTyxhQUFTWSxpQkFDZCxRQUNBLFVBQ0EsZUFDQSxVQUNBLFVBQXVDLE1BQU0sUUFDMUI7QUFDbkIsWUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLFVBQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIsUUFBQVYsa0JBQWlCLElBQUksSUFBSTtBQUN6QixlQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtNQUM1QztBQUNBLFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxVQUFJO0FBQ0osYUFBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLFNBQUEsR0FBQVcsWUFBQSxPQUFNLGFBQWE7QUFDbkIsY0FBTSxTQUFTLFFBQVE7QUFDdkIsWUFBSSxDQUFDLE9BQVE7QUFDYixjQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFlBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsY0FBTSxPQUFPO0FBQ2IsWUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtNQUM3RDtBQUNBLFlBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsTUFBQVgsa0JBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLFVBQUksYUFBYSxLQUFLO0FBQ3BCLFFBQUFELDRCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsUUFBQVUsZ0JBQWUsR0FBRztNQUNwQjtBQUNBLGFBQU8sRUFBRSxXQUFXLElBQUk7SUFDMUI7QUNsRUEsUUFBQTNJLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFFdEIsUUFBSThJO0FBUUcsYUFBU0MsT0FBTSxPQUEyQztBQUMvRCxZQUFNMUosV0FBVSxNQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU07QUFDL0QsVUFBSUEsV0FBVSxFQUFHLEVBQUEsR0FBQTJKLFlBQUEsT0FBTTNKLFFBQU87QUFDOUIsTUFBQXlKLGFBQVk7SUFDZDtBQVFPLGFBQVNHLGNBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBSXBHLFVBQUksUUFBUTtBQUNaLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLElBQUssVUFBUyxNQUFNLENBQUMsRUFBRztBQUMxRCxVQUFJLFFBQVEsU0FBUztBQUNyQixlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGlCQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQ25CLFlBQUksUUFBUSxFQUFHLFFBQU8sTUFBTSxDQUFDLEVBQUc7TUFDbEM7QUFDQSxhQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztJQUNsQztBQUdPLGFBQVNDLFNBQVcsT0FBb0M7QUFDN0QsYUFBTyxNQUFNLFdBQVcsSUFBSSxTQUFZLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0lBQ3hGO0FGbEJBLGFBQVNDLFdBQVUsS0FBYyxNQUFtQztBQUNsRSxhQUFPdkIsWUFBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7SUFDOUM7QUFHTyxhQUFTd0IsYUFBWSxNQUFjLEtBQXNCO0FBQzlELGFBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsbUJBQUF4SixRQUFLLEdBQUcsUUFBUSxNQUFNd0osbUJBQUF4SixRQUFLLEdBQUcsbUJBQW1CO0lBQzlGO0FBRUEsUUFBTXlKLGtCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLGFBQVNDLFlBQVcsUUFBbUIsSUFBaUI7QUFDdEQsWUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLFVBQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixZQUFNLFVBQVVDLGVBQWMsT0FBTyxLQUFLLFlBQVksQ0FBQyxDQUFDO0FBQ3hELGFBQU8sWUFBWSxVQUFhLE9BQU8sV0FBVyxJQUFJLFFBQVEsS0FBSyxFQUFFO0lBQ3ZFO0FBR0EsYUFBU0EsZUFBNEMsVUFBdUM7QUFDMUYsVUFBSSxZQUFZO0FBQ2hCLGVBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLElBQUssS0FBSSxTQUFTLENBQUMsRUFBRyxXQUFXLFlBQWE7QUFDbkYsVUFBSSxPQUFPLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTO0FBQy9DLGVBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLEtBQUs7QUFDeEMsWUFBSSxTQUFTLENBQUMsRUFBRyxXQUFXLGVBQWUsV0FBVyxFQUFHLFFBQU8sU0FBUyxDQUFDO01BQzVFO0FBQ0EsYUFBTztJQUNUO0FBSUEsUUFBTUMsZ0JBQXdEO01BQzVELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxXQUFXLE9BQU8sWUFBWSxFQUFFLE9BQU8sSUFBSSxRQUFRLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLEVBQUUsR0FBRztNQUNoSDtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBRXJCLGdCQUFNLEtBQUtQLFNBQVFyQixZQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQzlELGlCQUFPLE9BQU8sVUFBYTBCLFlBQVcsUUFBUSxFQUFFO1FBQ2xEO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLGdCQUFNLFVBQVUsT0FBTyxhQUFhO1lBQ2xDLE9BQU9ILGFBQVksV0FBVyxHQUFHO1lBQ2pDLE9BQU87WUFDUCxPQUFPO1lBQ1AsZUFBZTtVQUNqQixDQUFDO0FBQ0QsY0FBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLFVBQUFqQixnQkFBZSxJQUFJLENBQUM7QUFDcEIsZ0JBQU0sV0FBVyxPQUFPLFVBQVUsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUNuRCxpQkFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO1FBQzFEO01BQ0Y7SUFDRjtBQUdPLFFBQU11QixlQUF3QixDQUFDLFNBQUEsR0FDcENDLFlBQUEsT0FBTSxnQkFBZ0IsTUFBTTtBQUMxQixZQUFNLFNBQVNSLFdBQVUsS0FBSyxTQUFTO0FBQ3ZDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsTUFBQUosT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixlQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxhQUFLRSxjQUFhUSxhQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsUUFBQVYsT0FBTSxJQUFJLE9BQU8sVUFBVTtNQUM3QjtBQUNBLGFBQU87SUFDVCxDQUFDO0FBR0ksUUFBTWEsYUFBc0IsQ0FBQyxTQUFBLEdBQ2xDRCxZQUFBLE9BQU0sY0FBYyxNQUFNO0FBQ3hCLFlBQU0sRUFBRSxRQUFBN0ssU0FBTyxJQUFJO0FBQ25CLFlBQU0sU0FBU3FLLFdBQVUsS0FBSyxPQUFPO0FBQ3JDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsWUFBTSxVQUFVLE9BQU8sYUFBYTtRQUNsQyxPQUFPQyxhQUFZLFNBQVMsR0FBRztRQUMvQixPQUFPO1FBQ1AsT0FBTztRQUNQLGVBQWV0SyxTQUFPO01BQ3hCLENBQUM7QUFDRCxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsTUFBQXFKLGdCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLE1BQUFZLE9BQU1qSyxTQUFPLFVBQVU7QUFDdkIsVUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFlBQU0sYUFBYThKO1FBQWdCO1FBQVE7UUFBSTlKLFNBQU87UUFBZUEsU0FBTztRQUFvQixNQUM5RnFLLFdBQVUsS0FBSyxPQUFPO01BQ3hCO0FBQ0EsV0FBSyxXQUFXLGFBQWE7QUFFN0IsWUFBTSxRQUFRQSxXQUFVLEtBQUssT0FBTztBQUNwQyxVQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFVBQUksV0FBVyxXQUFXO0FBQ3hCLGFBQUtJLFlBQVcsT0FBTyxFQUFFLEtBQUs7QUFDOUIsUUFBQVIsT0FBTWpLLFNBQU8sVUFBVTtBQUN2QixhQUFLLE1BQU0sYUFBYSxJQUFJb0ssU0FBUUksZUFBYyxLQUFLLE1BQU0sRUFBRSxNQUFNO01BQ3ZFO0FBQ0EsTUFBQVAsT0FBTWpLLFNBQU8sVUFBVTtBQUN2QixhQUFPLE1BQU0sYUFBYSxFQUFFLEVBQUUsTUFBTTtJQUN0QyxDQUFDO0FBR0ksUUFBTStLLGFBQXNCLENBQUMsU0FBQSxHQUNsQ0YsWUFBQSxPQUFNLGNBQWMsTUFBTTtBQUN4QixZQUFNLFNBQVNSLFdBQVUsS0FBSyxPQUFPO0FBQ3JDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLE1BQUFKLE9BQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsV0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsTUFBQUEsT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsTUFBQUEsT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixZQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsaUJBQVcsVUFBVSxVQUFVLE9BQU8sQ0FBQyxNQUFNOUUsWUFBVyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUNwRyxhQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO01BQzVDO0FBQ0EsYUFBTztJQUNULENBQUM7QUd0SUksYUFBUzZGLHFCQUNkaEwsVUFDQSxZQUNBLE9BQzBCO0FBQzFCLFlBQU0sUUFBUVksWUFBVyxZQUFZWixTQUFPLE9BQU87QUFDbkQsYUFBTztRQUNMLGVBQWUsTUFBTSxnQkFBZ0IsTUFBTSxPQUFPO1FBQ2xELGFBQWEsTUFBTSxjQUFjLE1BQU0sS0FBSztRQUM1QyxhQUFhLE1BQU0sY0FBYyxNQUFNLEtBQUs7TUFDOUM7SUFDRjtBQUdPLGFBQVNpTCxpQkFBZ0JqTCxVQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsWUFBTWUsUUFBTyxDQUFDLE1BQWMsYUFDMUI0SCxhQUFZLENBQUMsU0FBd0I7QUFDbkMsbUJBQVc7QUFDWCxRQUFBZ0IsYUFBWSxNQUFNLFVBQVUsRUFBRSxRQUFBM0osVUFBUSxLQUFLLENBQUM7TUFDOUMsQ0FBQztBQUNILGFBQU87UUFDTCxjQUFjZSxNQUFLLFdBQVc2SixZQUFXO1FBQ3pDLFlBQVk3SixNQUFLLFNBQVMrSixVQUFTO1FBQ25DLFlBQVkvSixNQUFLLFNBQVNnSyxVQUFTO01BQ3JDO0lBQ0Y7QUM1QkEsUUFBTSxNQUFNLEVBQUUsT0FBTzlILFdBQVU7QUFrQ3hCLGFBQVNpSSxZQUFXLFNBQWtCLFdBQXdDO0FBQ25GLGFBQU87UUFDTCxFQUFFLFFBQVEsbUJBQW1CLE1BQU0sS0FBSyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtRQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7VUFDOUIsUUFBUTtVQUNSLE1BQU0sRUFBRSxTQUFTO1VBQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7UUFDL0UsRUFBRTtNQUNKO0lBQ0Y7QUFHTyxhQUFTQyxZQUFXLGlCQUFpQixPQUFlO0FBQ3pELGFBQU87UUFDTDtVQUNFLFFBQVE7VUFDUixNQUFNO1VBQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLEtBQUssYUFBYSxNQUFNLGVBQWUsQ0FBQztRQUNsRjtNQUNGO0lBQ0Y7QUFHTyxhQUFTQyxjQUFhLFNBQTBCO0FBQ3JELGFBQU87UUFDTCxFQUFFLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtRQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO01BQ2hHO0lBQ0Y7QW5DdERBLFFBQU0zRixRQUFPakUsZUFBYyxTQUFTO0FBQ3BDLFFBQU0sRUFBRSxTQUFBekIsVUFBUyxXQUFXc0wsVUFBUyxZQUFBQyxZQUFXLElBQUk5SyxhQUFZLFNBQVMsS0FBSztBQUM5RSxRQUFNUixXQUFTLEVBQUUsR0FBR3lGLE9BQU0sU0FBQTFGLFNBQVE7QUFDbEMsUUFBTTBHLFVBQWtCO01BQ3RCLEVBQUUsTUFBTSxRQUFRLFFBQVF6RyxTQUFPLFFBQVE7TUFDdkMsRUFBRSxNQUFNLGNBQWMsUUFBUUEsU0FBTyxVQUFVQSxTQUFPLFlBQVksRUFBRTtNQUNwRSxFQUFFLE1BQU0sYUFBYSxRQUFRQSxTQUFPLFVBQVVBLFNBQU8sVUFBVTtNQUMvRCxFQUFFLE1BQU0sYUFBYSxRQUFRLFNBQVM7SUFDeEM7QUFDQSxJQUFBaUgsWUFBVyxzQkFBc0JSLFNBQVEsY0FBYyxDQUFDLFdBQVcsQ0FBQztBQUU3RCxRQUFNbEksV0FBMEIsZ0JBQUFnSSxjQUFhdkcsVUFBUSxPQUFPO01BQ2pFLFdBQVdnQixrQkFBaUJoQixRQUFNO01BQ2xDLFdBQVc7UUFDVCxHQUFHZ0wscUJBQW9CaEwsVUFBUUEsU0FBTyxpQkFBaUIsQ0FBQ2UsT0FBTSxRQUFRRCxjQUFhQyxPQUFNLEtBQUtmLFFBQU0sQ0FBQztNQUN2RztNQUNBLE9BQU87UUFDTDtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsT0FBTyxjQUFjLE9BQU8sTUFBTTtVQUMxQyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9xTCxTQUFRLENBQUM7UUFDcEQ7UUFDQTtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsT0FBTyxhQUFhLE9BQU8sTUFBTTtVQUN6QyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9BLFNBQVEsQ0FBQztRQUNwRDtRQUNBLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPQyxZQUFXLENBQUMsRUFBRTtRQUNyRixHQUFHSixZQUFXbEwsU0FBTyxTQUFTLENBQUMsQ0FBQztRQUNoQyxHQUFHb0wsY0FBYXBMLFNBQU8sT0FBTztRQUM5QixHQUFHbUwsWUFBVztNQUNoQjtJQUNGLEVBQUU7QUFHSyxRQUFNN00saUJBQWdDLGdCQUFBaUssbUJBQWtCLEVBQUUsVUFBVSxVQUFVLENBQUM7QUFFL0UsYUFBUzVKLFNBQTBCO0FBQ3hDLGFBQU95SCxZQUFXcEcsVUFBUSxFQUFFLFNBQVMsS0FBSyxDQUFDO0lBQzdDO0FBRU8sUUFBTSxFQUFFLGNBQUF0QixlQUFjLFlBQUFELGFBQVksWUFBQUosWUFBVyxJQUFJNE0saUJBQWdCakwsVUFBUSxNQUFNZ0gsWUFBV1AsT0FBTSxDQUFDOzs7OztBb0N6RHhHLElBQUk7QUFFRyxTQUFTLFVBQVU7QUFDeEIsTUFBSSxnQkFBZ0IsUUFBVztBQUM3QixVQUFNLFlBQVksV0FBVztBQUM3QixlQUFXLGlCQUFpQixDQUFDO0FBQzdCLGVBQVcsUUFBUSxDQUFDLE1BQUssV0FBVSxnQkFBZSxXQUFVLGNBQWEsWUFBWSxHQUFHO0FBQ3RGLFlBQU0sU0FBUyxVQUFVLElBQUk7QUFDN0IsaUJBQVcsZUFBZSxJQUFJLElBQUksRUFBRSxJQUFJLFFBQVEsZUFBZSxPQUFPLFdBQVcsT0FBTztBQUFBLElBQzFGO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLFNBQU87QUFDVDtBQUNBLFdBQVcsc0JBQXNCOzs7QUNtQjFCLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWMsTUFBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTThFLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBTyxLQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVMsS0FBSyxNQUFNLENBQUMsSUFBSTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsbUJBQVM7QUFDVDtBQUFBLFFBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztBQUFBLFlBQzFCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJO0FBQzdDLE1BQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBcUJPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5Qzs7O0FDM0RPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUdPLElBQU0sZ0JBQWdCLEtBQUs7QUFDM0IsSUFBTSxrQkFBa0I7QUFJL0IsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBOEt4RCxTQUFTLFVBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQ25QQSxJQUFNLFdBQVc7QUFDakIsSUFBTSxVQUFVO0FBQ2hCLElBQU0sWUFBWTtBQWFsQixJQUFNLGVBQWUsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsTUFBTSxNQUFNLDRCQUE0QjtBQUdqSCxJQUFNLE9BQU8sQ0FBQyxPQUFlLE9BQWUsUUFDMUMsT0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sUUFBUSxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBSTlELElBQU0sV0FBVyxDQUFDLGFBQXFCO0FBQUEsRUFDckMsQ0FBQyxPQUFPLEdBQUcsS0FBSyxTQUFTLElBQUksR0FBRyxhQUFhO0FBQUEsRUFDN0MsQ0FBQyxRQUFRLEdBQUcsS0FBSyxTQUFTLElBQUksR0FBRyxRQUFRO0FBQUEsRUFDekMsQ0FBQyxTQUFTLEdBQUcsS0FBSyxTQUFTLElBQUksSUFBSSxlQUFlO0FBQ3BEO0FBMkJPLElBQU0sY0FBYztBQUFBLEVBQ3pCLE9BQU87QUFBQSxFQUNQLFFBQXdCLGlCQUFDLFNBQVMsVUFBVSxTQUFTLEVBQUUsS0FBSyxLQUFLO0FBQUEsRUFDakUsS0FBSztBQUFBLEVBQ0wsU0FBUztBQUFBLEVBQ1QsVUFBVSxDQUFDLFNBQVM7QUFBQTtBQUFBLElBRWxCLFNBQVMsVUFBVSxLQUFLLFNBQVMsSUFBSSxhQUFhLEdBQUcsYUFBYSxDQUFDO0FBQUEsSUFDbkUsV0FBVyxVQUFVLEtBQUssb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxLQUFTLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDakcsWUFBWSxVQUFVLEtBQUssb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUMxRTtBQUNGOzs7QUMzRkEsU0FBUyxPQUFPLE9BQU8sYUFBYTs7O0FDQXBDLE9BQU8sa0JBQWtCO0FBQ3pCLElBQU8sb0JBQVE7OztBQ0RmLE9BQU8sYUFBYTtBQUNwQixJQUFPLGVBQVE7OztBQ0RmLFNBQVMsU0FBUyxNQUFNLGFBQWE7OztBQ0FyQyxTQUFTLG1CQUFtQjs7O0FDR3JCLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sZUFBZTs7O0FDSzVCLFNBQVMsZUFBdUI7QUFFOUIsTUFBSSxTQUFTLEVBQUcsQ0FBQyxXQUF3RCxZQUFZLEVBQUc7QUFDeEYsUUFBTSxTQUFTLElBQUksWUFBWSxlQUFlLE1BQWdCO0FBQzVELFVBQU0sSUFBSSxNQUFNLDBDQUEwQyxhQUFhLGtDQUFrQztBQUFBLEVBQzNHLENBQUM7QUFDRCxTQUFPLE9BQU8sQ0FBQztBQUNqQjtBQUVPLElBQU0sU0FBNEIsYUFBYTtBQUcvQyxJQUFNLGdCQUEwQyxNQUFNOzs7QUNON0QsU0FBUyxpQkFBaUI7QUFDeEIsU0FBTztBQUFBO0FBQUEsSUFFTCxZQUFZLElBQUksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLElBRTFDLGlCQUFpQixJQUFJLE1BQU0sMEJBQTBCO0FBQUE7QUFBQSxJQUVyRCxVQUFVLElBQUksTUFBTSxrQkFBa0I7QUFBQTtBQUFBLElBRXRDLGdCQUFnQixJQUFJLFFBQVEsd0JBQXdCO0FBQUE7QUFBQSxJQUVwRCxjQUFjLElBQUksTUFBTSxpQ0FBaUM7QUFBQSxFQUMzRDtBQUNGO0FBR0EsSUFBTSxTQUFTLFNBQVMsS0FBSyxPQUFPLGVBQWUsU0FBWSxlQUFlLElBQUk7QUFXbEYsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUNKLElBQUksYUFBYTtBQU1qQixTQUFTLFVBQVUsWUFBb0IsT0FBcUM7QUFDMUUsUUFBTSxNQUFNLGFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUFBLElBQ3RFLEdBQUc7QUFBQSxJQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsRUFDaEQsQ0FBVTtBQUNWLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQzlDO0FBd0JBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFFdEQsTUFBSSxDQUFDLFdBQVksY0FBYSxVQUFVLFlBQVksTUFBTTtBQUMxRCxhQUFTO0FBQ1AsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixhQUFTLFVBQVU7QUFDbkIsVUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFFBQUksa0JBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsUUFBSSxrQkFBSyxTQUFTLGFBQWEsRUFBRztBQUFBLEVBQ3BDO0FBQ0EsWUFBVSxZQUFZLFVBQVU7QUFDaEMsV0FBUyxVQUFVO0FBQ3JCO0FBRUEsU0FBUyxTQUFTLFlBQTBCO0FBQzFDLFFBQU0sTUFBTSxhQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsV0FBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDN0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNwQyxRQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sVUFBVSxPQUFRO0FBQzNELFdBQVEsV0FBVyxJQUFJLE9BQU8sV0FBVztBQUN6QyxXQUFRLGdCQUFnQixJQUFJLE9BQU8saUJBQWlCO0FBQ3BELFdBQVEsU0FBUyxJQUFJLE9BQU8sU0FBUztBQUFBLEVBQ3ZDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixzQkFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0FBQ3ZGOzs7QUM5R0EsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFQSxTQUFTLFNBQVNDLFNBQXNCO0FBQ3RDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU8sa0JBQUssR0FBRyxXQUFXLEtBQUssTUFBTUMsY0FBYTtBQUNqRztBQVdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBQ25GNUMsT0FBTyxnQkFBZ0I7QUFDdkIsSUFBTyxrQkFBUTs7O0FDcUJSLElBQU0sWUFBWTs7O0FDTGxCLFNBQVMsUUFBUSxVQUFxQyxJQUFTLE9BQXdCO0FBQzVGLFFBQU0sVUFBVSxPQUFPLFNBQVksS0FBSyxtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFDckUsVUFBUSxVQUFVO0FBQUEsSUFDaEIsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLGdCQUFnQixPQUFPO0FBQUEsSUFDaEMsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO0FBQUEsSUFDckQsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUlBLElBQU0saUJBQThFLENBQUM7QUFHOUUsU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLE1BQUksT0FBTyxlQUFlLFFBQVE7QUFDbEMsTUFBSSxTQUFTLFFBQVc7QUFDdEIsV0FBTyxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFRLEVBQUU7QUFDaEUsbUJBQWUsUUFBUSxJQUFJO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1Q7OztBQzJCQSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBR3RELFNBQVMsU0FBUyxPQUFrQixPQUF1QjtBQUN6RCxVQUFRLE9BQU87QUFBQSxJQUNiLEtBQUs7QUFDSCxhQUFPLE1BQU0sUUFBUSxNQUFNO0FBQUEsSUFDN0IsS0FBSyxTQUFTO0FBQ1osWUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxhQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxJQUNoRDtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFBQSxJQUNoRSxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ3hELEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDekQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLFFBQVEsQ0FBQztBQUFBLElBQzdCLEtBQUs7QUFDSCxhQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDM0UsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtBQUFBLElBQ3JDLEtBQUssYUFBYTtBQUNoQixZQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUM1RTtBQUFBLEVBQ0Y7QUFDRjtBQVNBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBQ2xFO0FBR0EsSUFBSTtBQUVKLElBQU0sWUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLE1BQUk7QUFDRixXQUFPLFFBQVMsS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sYUFBTixNQUF5QztBQUFBLEVBR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFM7QUFDQTtBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUhRO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUxYLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFPUixJQUFJLE9BQXNCO0FBQ3hCLFFBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLFdBQUssUUFBUSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBR0EsU0FBUyxVQUFVLE1BQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFjO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLGtCQUE0RSxDQUFDO0FBQ25GLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxNQUFJLFdBQVcsZ0JBQWdCLE1BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBVyxhQUFLLGlCQUFpQixNQUFNO0FBQ3ZDLG9CQUFnQixNQUFNLElBQUk7QUFBQSxFQUM1QjtBQUNBLFNBQU87QUFDVDtBQUlBLElBQUk7QUFDRyxTQUFTLGdCQUFnQixNQUF5QztBQUN2RSxhQUFXO0FBQ2I7QUFPQSxJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLG1CQUFtQixDQUFDLE1BQWUsRUFBRTtBQUMzQyxJQUFNLGtCQUFrQixDQUFDLE1BQWUsQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUV6RCxJQUFNLFlBQXlGLENBQUM7QUFFaEcsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLFFBQVE7QUFDNUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxpQkFBaUI7QUFDbEYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJO0FBQ3BFLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUtBLFNBQVMsVUFBVSxRQUFnQixLQUFhLE9BQTRDO0FBQzFGLFNBQU8sVUFBVSxTQUFZLFNBQVMsR0FBRyxNQUFNLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFDakg7QUFFTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQTRDLENBQUM7QUFBQTtBQUFBLEVBVzlELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsUUFBSSxTQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFFBQUksQ0FBQyxRQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxlQUFTO0FBQUEsUUFDUDtBQUFBLFFBQ0EsTUFBTSxZQUFZLFFBQVE7QUFBQSxRQUMxQixTQUFTLEtBQUs7QUFBQSxRQUNkLGtCQUFrQixhQUFhLFFBQVE7QUFBQSxNQUN6QztBQUVBLFVBQUksQ0FBQyxVQUFXLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDMUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNLGFBQUs7QUFBQSxNQUNmO0FBQUEsTUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7QUFBQSxNQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7QUFBQSxNQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO0FBQUEsSUFDckU7QUFFQSxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsUUFBSSxVQUFVLENBQUM7QUFDZixRQUFJLFNBQVMsVUFBVTtBQUNyQixnQkFBVTtBQUNWLGdCQUFVLE9BQU8sR0FBRyxLQUFLLFNBQVMsT0FBTyxTQUFTO0FBQ2xELGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVLFVBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFdBQU8sSUFBSSxXQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO0FBQUEsRUFDaEc7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxRQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7QUFBQSxFQUNwRTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxRQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTLFVBQVUsSUFBSSxTQUFTLE1BQU0sS0FBSztBQUMvQyxhQUFTLFVBQVUsUUFBUSxVQUFVLE1BQU0sTUFBTTtBQUNqRCxhQUFTLFVBQVUsUUFBUSxLQUFLLE1BQU0sQ0FBQztBQUN2QyxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLFFBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtBQUFBLEVBQzdGO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLFFBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO0FBQUEsRUFDckY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQ25GO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLFFBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxRQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsUUFBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQzVHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxRQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7QUFBQSxFQUNsRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztBQUFBLEVBQ2hGO0FBQ0Y7OztBQzlXTyxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQVl6QixTQUFTLFFBQVEsT0FBbUM7QUFDekQsUUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsU0FBTyxRQUFRLENBQUM7QUFDbEI7QUFHQSxTQUFTLFdBQVcsT0FBbUM7QUFDckQsUUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxTQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztBQUNwQztBQU9PLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLFNBQVMsV0FBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLE1BQUksQ0FBQyxNQUFNLFdBQVcsZ0JBQWdCLEVBQUcsUUFBTztBQUNoRCxRQUFNLFFBQVEsUUFBUSxLQUFLO0FBQzNCLE1BQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFFBQU0sVUFBVSxXQUFXLEtBQUs7QUFDaEMsU0FBTyxZQUFZLFVBQWEsV0FBVyxXQUFXLE9BQU8sS0FBSyxLQUFLO0FBQ3pFOzs7QUM2REEsZUFBc0Isa0JBQTBEO0FBQzlFLFFBQU0sUUFBdUMsQ0FBQztBQUM5QyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sZ0JBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7QUFBQSxJQUM5QixRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7OztBQ3hCTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7OztBQ3pGTyxTQUFTLFFBQVEsVUFBa0JDLFNBQWtDO0FBQzFFLE1BQUlBLFFBQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUNuRSxhQUFXLFNBQVNBLFFBQVEsS0FBSSxXQUFXLE1BQU0sT0FBUSxRQUFPLE1BQU07QUFDdEUsU0FBT0EsUUFBT0EsUUFBTyxTQUFTLENBQUMsRUFBRztBQUNwQztBQUVPLFNBQVMsT0FBTyxRQUErQztBQUNwRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsUUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsUUFBTSxNQUFNLEtBQUssTUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN4QyxTQUFPLE9BQU8sU0FBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTSxDQUFDLElBQUssT0FBTyxHQUFHLEtBQU07QUFDL0U7QUFHTyxJQUFNLGVBQWU7QUFNckIsU0FBUyxXQUFXLFlBQW9CLElBQWEsbUJBQTJCLFNBQXlCO0FBQzlHLFNBQU8sTUFBTSxhQUFhLFlBQVksb0JBQW9CLFdBQVc7QUFDdkU7OztBQ2RBLFNBQVMscUJBQTZCO0FBQ3BDLFVBQVEsS0FBSyxJQUFJLElBQUksa0JBQUssU0FBUyxhQUFhO0FBQ2xEO0FBSUEsSUFBSSxhQUFhO0FBR1YsU0FBUyxXQUFXQyxTQUFrQztBQUMzRCxlQUFhO0FBQ2IsUUFBTSxPQUFPLFFBQVEsbUJBQW1CLEdBQUdBLE9BQU07QUFDakQsb0JBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixTQUFPO0FBQ1Q7QUFTTyxTQUFTLFdBQ2QsWUFDQUEsU0FDQSxXQUNBLFVBQ0EsVUFBVSxJQUNIO0FBQ1AsUUFBTSxRQUFRLElBQUksTUFBTSxVQUFVO0FBQ2xDLFFBQU0sbUJBQTZCLENBQUM7QUFDcEMsTUFBSTtBQUNKLGtCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFFBQUksQ0FBQyxXQUFZO0FBQ2pCLFVBQU0sUUFBUSxRQUFRLG1CQUFtQixHQUFHQSxPQUFNO0FBQ2xELHNCQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsUUFBSSxVQUFVLFdBQVc7QUFDdkIsVUFBSSxHQUFJLGtCQUFpQixLQUFLLFVBQVU7QUFDeEMsd0JBQWtCO0FBQUEsSUFDcEIsV0FBVyxTQUFTLFNBQVMsS0FBSyxHQUFHO0FBQ25DLDBCQUFvQixPQUFPLGdCQUFnQjtBQUMzQyxVQUFJLG9CQUFvQixPQUFXLE9BQU0sSUFBSSxXQUFXLFlBQVksSUFBSSxpQkFBaUIsT0FBTyxDQUFDO0FBQUEsSUFDbkc7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPO0FBQ1Q7OztBQ25EQSxJQUFNLFdBQVcsSUFBSSxRQUFRLFVBQVU7QUFVdkMsSUFBTSxXQUEyQyxDQUFDO0FBRWxELElBQUk7QUFHRyxTQUFTLGNBQWNDLFNBQWdCLE1BQW9CO0FBQ2hFLFNBQU8sU0FBUyxJQUFJLEtBQUtBLFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDOUM7QUFRTyxTQUFTLFlBQ2QsV0FDbUM7QUFDbkMsU0FBTyxDQUFDLFNBQVM7QUFDZixRQUFJLENBQUMsS0FBSyxhQUFjLFlBQVcsQ0FBQztBQUNwQyxRQUFJLE9BQVEsUUFBTyxVQUFVLElBQUk7QUFDakMsV0FBTyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsVUFBVTtBQUN2QyxlQUFTO0FBQ1QsZ0JBQVUsSUFBSTtBQUFBLElBQ2hCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFDQSxJQUFJO0FBR0osSUFBTSxlQUFlLENBQUMsU0FBa0IsT0FBTyxNQUFNLEtBQUssT0FBTztBQUVqRSxTQUFTLE1BQU1BLFNBQWdCLE9BQWdCLE1BQWlDO0FBQzlFLFFBQU0sVUFBVSxZQUFZLE1BQU0sTUFBTSxjQUFjQSxTQUFRLElBQUksQ0FBQztBQUNuRSxNQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLGdCQUFjLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLFdBQVc7QUFDOUQsUUFBTSxTQUFTLFVBQVUsTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDaEUsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsWUFBWSxPQUFPLGFBQWEsSUFBSSxPQUFPLGFBQWE7QUFDbEcsU0FBTztBQUFBLElBQ0wsUUFBUSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLE9BQU8sWUFBWTtBQUFBLElBQzdFLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTyxhQUFhLElBQUksS0FBSztBQUFBLElBQ3BELFNBQVM7QUFBQSxFQUNYO0FBQ0Y7QUFFQSxTQUFTLFFBQVFBLFNBQWdCLE1BQWUsTUFBaUM7QUFDL0UsUUFBTSxVQUFVLFNBQVMsSUFBSTtBQUM3QixNQUFJLFdBQVcsQ0FBQyxRQUFRLE9BQU8sZ0JBQWdCLEtBQUssSUFBSSxJQUFJLFFBQVEsUUFBUyxRQUFPO0FBQ3BGLE1BQUksUUFBUyxVQUFTLElBQUksR0FBRyxFQUFFLEtBQUssQ0FBQztBQUNyQyxRQUFNLE9BQU8sTUFBTUEsU0FBUSxNQUFNLElBQUk7QUFFckMsTUFBSSxRQUFRLFFBQVMsTUFBSyxVQUFVLFFBQVE7QUFDNUMsV0FBUyxJQUFJLElBQUk7QUFDakIsU0FBTztBQUNUO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQW1DO0FBQzNGLFNBQU8sUUFBUUEsU0FBUSxNQUFNLElBQUksR0FBRztBQUN0QztBQUdPLFNBQVMsV0FBV0EsU0FBZ0IsTUFBZSxNQUFrQjtBQUMxRSxRQUFNLFVBQVUsUUFBUUEsU0FBUSxNQUFNLElBQUk7QUFDMUMsTUFBSSxDQUFDLFFBQVMsUUFBTyxDQUFDO0FBQ3RCLE1BQUksQ0FBQyxRQUFRLFNBQVM7QUFDcEIsVUFBTSxPQUFPLFFBQVEsT0FBTyxZQUFZLEVBQUUsR0FBRyxlQUFlLE9BQU8sSUFBSSxDQUFDLEVBQUU7QUFDMUUsUUFBSSxDQUFDLEtBQU0sUUFBTyxDQUFDO0FBRW5CLFVBQU0sTUFBWSxDQUFDO0FBQ25CLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLFFBQVEsSUFBSyxLQUFJLEtBQUssS0FBSyxNQUFNLENBQUMsRUFBRyxFQUFFO0FBQ3RFLFlBQVEsVUFBVTtBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxRQUFRO0FBQ2pCOzs7QUM5Rk8sSUFBTSxzQkFBc0IsSUFBSSxNQUFNLHlCQUF5QixJQUFJO0FBRW5FLElBQU0scUJBQXFCLElBQUksTUFBTSx3QkFBd0IsSUFBSTtBQUVqRSxJQUFNLDZCQUE2QixJQUFJLE1BQU0saUNBQWlDLElBQUk7QUFFbEYsSUFBTSxtQkFBbUIsSUFBSSxLQUFLLG1CQUFtQjtBQUVyRCxJQUFNLGlCQUFpQixJQUFJLFFBQVEsaUJBQWlCO0FBRXBELElBQU0sa0JBQWtCLElBQUksS0FBSyxrQkFBa0I7QUFFbkQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjs7O0FDVjNELElBQU0sb0JBQW9CO0FBQzFCLElBQUksZUFBZTtBQUVuQixJQUFNLGFBQW1ELENBQUM7QUFFbkQsU0FBUyxZQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsTUFBSSxPQUFPLFdBQVcsSUFBSTtBQUMxQixNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxLQUFLO0FBQ3hCLGVBQVcsSUFBSSxJQUFJO0FBQUEsRUFDckI7QUFDQSxNQUFJO0FBQ0Ysb0JBQWdCLElBQUksU0FBUyxHQUFHLEdBQUcsSUFBSTtBQUFBLEVBQ3pDLFNBQVMsT0FBTztBQUNkLG9CQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixtQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixRQUFJLGlCQUFpQixtQkFBbUI7QUFDdEMsY0FBUTtBQUFBLFFBQ04sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQztBQUFBLE1BQ3RHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDWkEsU0FBUyxjQUFjLE1BQWlDLElBQW1EO0FBQ3pHLE1BQUksQ0FBQyxRQUFRLENBQUMsR0FBSSxRQUFPO0FBQ3pCLFFBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQzNDLFNBQU8sT0FBTyxTQUFTLEVBQUUsS0FBSyxNQUFNLElBQUksS0FBSztBQUMvQztBQUVBLFNBQVMsZUFBZSxLQUFnQjtBQUN0QyxhQUFXLFdBQVcsSUFBSSxVQUFVO0FBQ2xDLFVBQU0sS0FBSyxRQUFRLGVBQWUsY0FBYyxRQUFRLFlBQVksUUFBUSxXQUFXO0FBQ3ZGLFFBQUksT0FBTyxPQUFPLFlBQVksUUFBUSxXQUFXLFlBQWEscUJBQW9CLElBQUksRUFBRTtBQUFBLEVBQzFGO0FBQ0EsUUFBTSxRQUFRLGNBQWMsSUFBSSxZQUFZLElBQUksV0FBVztBQUMzRCxNQUFJLFVBQVUsT0FBVyxvQkFBbUIsSUFBSSxLQUFLO0FBQ3ZEO0FBT08sU0FBUyxnQkFDZCxRQUNBLFVBQ0EsZUFDQSxVQUNBLFVBQXVDLE1BQU0sUUFDMUI7QUFDbkIsUUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRO0FBQ3pDLE1BQUksQ0FBQyxTQUFTLE1BQU07QUFDbEIscUJBQWlCLElBQUksSUFBSTtBQUN6QixXQUFPLEVBQUUsV0FBVyxPQUFPLEtBQUssT0FBVTtBQUFBLEVBQzVDO0FBQ0EsUUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixRQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLE1BQUk7QUFDSixTQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsVUFBTSxhQUFhO0FBQ25CLFVBQU0sU0FBUyxRQUFRO0FBQ3ZCLFFBQUksQ0FBQyxPQUFRO0FBQ2IsVUFBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLEtBQUssTUFBTTtBQUNqRCxRQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLFVBQU0sT0FBTztBQUNiLFFBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxXQUFXLFNBQVU7QUFBQSxFQUM3RDtBQUNBLFFBQU0sWUFBWSxLQUFLLFdBQVc7QUFDbEMsbUJBQWlCLElBQUksQ0FBQyxTQUFTO0FBQy9CLE1BQUksYUFBYSxLQUFLO0FBQ3BCLCtCQUEyQixJQUFJLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbkQsbUJBQWUsR0FBRztBQUFBLEVBQ3BCO0FBQ0EsU0FBTyxFQUFFLFdBQVcsSUFBSTtBQUMxQjs7O0FDaEVBLElBQUk7QUFRRyxTQUFTLE1BQU0sT0FBMkM7QUFDL0QsUUFBTSxVQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJLFVBQVUsRUFBRyxPQUFNLE9BQU87QUFDOUIsY0FBWTtBQUNkO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUlwRyxNQUFJLFFBQVE7QUFDWixXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLFVBQVMsTUFBTSxDQUFDLEVBQUc7QUFDMUQsTUFBSSxRQUFRLFNBQVM7QUFDckIsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxhQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQ25CLFFBQUksUUFBUSxFQUFHLFFBQU8sTUFBTSxDQUFDLEVBQUc7QUFBQSxFQUNsQztBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDO0FBR08sU0FBUyxRQUFXLE9BQW9DO0FBQzdELFNBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN4Rjs7O0FDbEJBLFNBQVMsVUFBVSxLQUFjLE1BQW1DO0FBQ2xFLFNBQU8sV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDOUM7QUFHTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU0sa0JBQUssR0FBRyxRQUFRLE1BQU0sa0JBQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFFQSxJQUFNLGlCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLFNBQVMsV0FBVyxRQUFtQixJQUFpQjtBQUN0RCxRQUFNLFNBQVMsT0FBTyxVQUFVLEVBQUU7QUFDbEMsTUFBSSxDQUFDLE9BQU8sS0FBTSxRQUFPO0FBQ3pCLFFBQU0sVUFBVSxjQUFjLE9BQU8sS0FBSyxZQUFZLENBQUMsQ0FBQztBQUN4RCxTQUFPLFlBQVksVUFBYSxPQUFPLFdBQVcsSUFBSSxRQUFRLEtBQUssRUFBRTtBQUN2RTtBQUdBLFNBQVMsY0FBNEMsVUFBdUM7QUFDMUYsTUFBSSxZQUFZO0FBQ2hCLFdBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLElBQUssS0FBSSxTQUFTLENBQUMsRUFBRyxXQUFXLFlBQWE7QUFDbkYsTUFBSSxPQUFPLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTO0FBQy9DLFdBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLEtBQUs7QUFDeEMsUUFBSSxTQUFTLENBQUMsRUFBRyxXQUFXLGVBQWUsV0FBVyxFQUFHLFFBQU8sU0FBUyxDQUFDO0FBQUEsRUFDNUU7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsWUFBTSxLQUFLLFFBQVEsV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUM5RCxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLFFBQ2xDLE9BQU8sWUFBWSxXQUFXLEdBQUc7QUFBQSxRQUNqQyxPQUFPO0FBQUEsUUFDUCxPQUFPO0FBQUEsUUFDUCxlQUFlO0FBQUEsTUFDakIsQ0FBQztBQUNELFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxTQUFTO0FBQ3ZDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sRUFBRSxRQUFBQyxRQUFPLElBQUk7QUFDbkIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixRQUFNQSxRQUFPLFVBQVU7QUFDdkIsTUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFFBQU0sYUFBYTtBQUFBLElBQWdCO0FBQUEsSUFBUTtBQUFBLElBQUlBLFFBQU87QUFBQSxJQUFlQSxRQUFPO0FBQUEsSUFBb0IsTUFDOUYsVUFBVSxLQUFLLE9BQU87QUFBQSxFQUN4QjtBQUNBLE9BQUssV0FBVyxhQUFhO0FBRTdCLFFBQU0sUUFBUSxVQUFVLEtBQUssT0FBTztBQUNwQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssV0FBVyxPQUFPLEVBQUUsS0FBSztBQUM5QixVQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBSyxNQUFNLGFBQWEsSUFBSSxRQUFRLGNBQWMsS0FBSyxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3ZFO0FBQ0EsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQU8sTUFBTSxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3RDLENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixRQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsYUFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU0sV0FBVyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUNwRyxTQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO0FBQUEsRUFDNUM7QUFDQSxTQUFPO0FBQ1QsQ0FBQzs7O0FDeEhJLFNBQVMsZ0JBQWdCQyxTQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsUUFBTSxPQUFPLENBQUMsTUFBYyxhQUMxQixZQUFZLENBQUMsU0FBd0I7QUFDbkMsZUFBVztBQUNYLGdCQUFZLE1BQU0sVUFBVSxFQUFFLFFBQUFBLFNBQVEsS0FBSyxDQUFDO0FBQUEsRUFDOUMsQ0FBQztBQUNILFNBQU87QUFBQSxJQUNMLGNBQWMsS0FBSyxXQUFXLFdBQVc7QUFBQSxJQUN6QyxZQUFZLEtBQUssU0FBUyxTQUFTO0FBQUEsSUFDbkMsWUFBWSxLQUFLLFNBQVMsU0FBUztBQUFBLEVBQ3JDO0FBQ0Y7OztBQ3BCQSxJQUFNLE9BQU8sY0FBYyxTQUFTO0FBQ3BDLElBQU0sRUFBRSxTQUFTLFdBQVcsU0FBUyxXQUFXLElBQUksWUFBWSxTQUFTLEtBQUs7QUFDOUUsSUFBTUMsVUFBUyxFQUFFLEdBQUcsTUFBTSxRQUFRO0FBQ2xDLElBQU0sU0FBa0I7QUFBQSxFQUN0QixFQUFFLE1BQU0sUUFBUSxRQUFRQSxRQUFPLFFBQVE7QUFBQSxFQUN2QyxFQUFFLE1BQU0sY0FBYyxRQUFRQSxRQUFPLFVBQVVBLFFBQU8sWUFBWSxFQUFFO0FBQUEsRUFDcEUsRUFBRSxNQUFNLGFBQWEsUUFBUUEsUUFBTyxVQUFVQSxRQUFPLFVBQVU7QUFBQSxFQUMvRCxFQUFFLE1BQU0sYUFBYSxRQUFRLFNBQVM7QUFDeEM7QUFDQSxXQUFXLHNCQUFzQixRQUFRLGNBQWMsQ0FBQyxXQUFXLENBQUM7QUFnQzdELElBQU0sRUFBRSxjQUFjLFlBQVksV0FBVyxJQUFJLGdCQUFnQkMsU0FBUSxNQUFNLFdBQVcsTUFBTSxDQUFDOzs7QUN2RGpHLFNBQVMsaUJBQWlCLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxjQUFjLEdBQUcsSUFBSTtBQUFHO0FBQzNFLElBQU0sVUFBVSxTQUFTLElBQUksUUFBUSxFQUFFLFVBQVU7QUFDakQsU0FBUyxTQUFTLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxNQUFNLEdBQUcsSUFBSTtBQUFHO0FBQzNELFNBQVNDLGFBQVksTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLFNBQVMsR0FBRyxJQUFJO0FBQUc7IiwibmFtZXMiOlsiX19jb21tb25KUyIsImV4cG9ydHMiLCJtb2R1bGUiLCJhZG1pblVzZXJzIiwiaGFuZGxlU3VtbWFyeSIsIm9wdGlvbnMiLCJwb2xsUmVzb3VyY2VzIiwicG93ZXJVc2VycyIsInJlZ3VsYXJVc2VycyIsInNldHVwIiwidGVhcmRvd24iLCJERUZBVUxUX1RBUkdFVFMiLCJST0xFUyIsIlVzZXJzRmlsZUVycm9yIiwicGFyc2VVc2Vyc0NzdiIsInRleHQiLCJmYWlsIiwicGFyc2VQb29sU3BlYyIsInBhcnQiLCJwb29sRW1haWwiLCJ0b29TbWFsbEZvckRpc3RpbmN0IiwidnVJZEJvdW5kIiwiQ29uZmlnRXJyb3IiLCJNQVhfUkFNUF9VUF9TIiwiTUFYX1JBTVBfRE9XTl9TIiwicmF3IiwibnVtYmVySW4iLCJtaWxsaXMiLCJmcmFjdGlvbiIsInJhbXBVcFMiLCJjb25maWciLCJlbnZOdW1iZXIiLCJEVVJBVElPTiIsIlJBTVBfVVAiLCJSQU1QX0RPV04iLCJ3aG9sZVNlY29uZHMiLCJmaXRSYW1wcyIsInNlY29uZHMiLCJyYW1wVXBFbnRyeSIsIm1ldHJpY0tleSIsInRvSzZUaHJlc2hvbGRzIiwiaXNBcnJpdmFsUmF0ZSIsInNwbGl0VXNlcnMiLCJ3ZWlnaHRzIiwicmFtcGluZ1VzZXJzIiwiZXhlYyIsInJhbXBpbmdEdXJhdGlvblMiLCJTVU1NQVJZX1RSRU5EX1NUQVRTIiwiaW1wb3J0X2s2IiwiaW1wb3J0X2V4ZWN1dGlvbiIsImltcG9ydF9odHRwIiwiaW1wb3J0X21ldHJpY3MiLCJpbXBvcnRfZGF0YSIsIlNIQVJFRF9DT05GSUciLCJndWFyZGVkQ29uZmlnIiwiZGVjbGFyZU1ldHJpY3MiLCJzZXJ2ZXIiLCJQT0xMIiwiY3Vyc29yIiwiZXJyb3JzU2VlbiIsImxvYWRNYXJrZWQiLCJtYXJrUGhhc2UiLCJodHRwIiwicmVzb3VyY2VzU2NlbmFyaW8iLCJwYXJzZSIsInBvbGxPbmNlIiwic2FtcGxlIiwiZW5kTG9hZCIsInJlc291cmNlR2F0ZXMiLCJyZWFkRmlsZSIsImZpbGVQb29sIiwiaW1wb3J0X2RhdGEyIiwibWFrZVBvb2wiLCJhY2NvdW50T2ZWdSIsInBvb2wiLCJjbGFzc1Bhc3N3b3JkIiwiaW1wb3J0X2V4ZWN1dGlvbjIiLCJhc3NlcnREaXN0aW5jdCIsImltcG9ydF9zZWNyZXRzIiwiQVBJX1NDT1BFIiwiYXBpUGF0aCIsInJvdXRlTmFtZXMiLCJ0YWdzQnlFbmRwb2ludCIsInJlcXVlc3RUYWdzIiwiaXNJZCIsImlzQ291bnQiLCJoYXNTaGFwZSIsImlzSnNvbiIsInJlYWRpbmciLCJyZWFkRmllbGQiLCJMYXp5UmVzdWx0IiwicGFyc2VKc29uIiwic3RhdHVzQ2FsbGJhY2tzIiwiZXhwZWN0U3RhdHVzIiwiaW1wb3J0X2h0dHAyIiwib2JzZXJ2ZXIiLCJvYnNlcnZlUmVxdWVzdHMiLCJvdXRjb21lIiwic3RhdHVzSXNFeHBlY3RlZCIsInNoYXBlSXNFeHBlY3RlZCIsImNoZWNrU2V0cyIsImNoZWNrc0ZvciIsIndpdGhQYXJhbSIsIkFwaUNsaWVudCIsInBhcmFtcyIsImltcG9ydF9rNjIiLCJEQVRBU0VUX1RJVExFIiwiUlVOX1RJVExFX0ZJTFRFUiIsImRhdGFzZXRUaXRsZSIsIm5ld1J1bklkIiwicnVuSWRPZiIsInJ1blN0YXJ0T2YiLCJMSVZFX1JVTl9XSU5ET1dfTVMiLCJpc0xlZnRvdmVyIiwiY291bnQiLCJpbXBvcnRfaHR0cDMiLCJpbXBvcnRfazYzIiwicXVpZXRMb2dpbiIsImVuc3VyZURhdGFzZXQiLCJiYXNlIiwib3BlbiIsInJlbW92ZUNvdXJzZXMiLCJpbXBvcnRfZXhlY3V0aW9uMyIsInVybCIsImltcG9ydF9odHRwNCIsInNlY3JldCIsImxvZ2luIiwiaW1wb3J0X2s2NCIsInNlY3JldFBhc3N3b3JkcyIsInNlY3JldHMiLCJwcmVwYXJlUnVuIiwiYW5vbnltb3VzIiwiY2xlYW5VcFJ1biIsImVudHJ5T3B0aW9ucyIsInBoYXNlQXQiLCJwaGFzZXMiLCJtZWRpYW4iLCJGQUlMRURfRFJJRlQiLCJkcmlmdFJhdGlvIiwiZWxhcHNlZEluU2NlbmFyaW9TIiwiaW1wb3J0X2V4ZWN1dGlvbjQiLCJpblNjZW5hcmlvIiwiZW50ZXJQaGFzZSIsInRyYWNrRHJpZnQiLCJpbXBvcnRfbWV0cmljczIiLCJlc2NhcGVYbWwiLCJlc2NhcGVNYXJrZG93bkNlbGwiLCJtYXJrZG93bkNvZGUiLCJleHByZXNzaW9uIiwidW5pdE9mIiwidGhyZXNob2xkUm93cyIsImVuZHBvaW50Um93cyIsImRyb3BwZWRJdGVyYXRpb25zIiwiaXRlcmF0aW9ucyIsIm1ldHJpY1ZhbHVlIiwicGVyY2VudGlsZUNhdmVhdCIsImZvcm1hdFZhbHVlIiwiZHJvcHBlZFRleHQiLCJzZXJ2ZXJSZXNvdXJjZXMiLCJyZXNvdXJjZXNUZXh0IiwicmVzb3VyY2VzTGluZSIsImJ1aWxkUmVzdWx0cyIsImp1bml0UmVwb3J0IiwibWFya2Rvd25SZXBvcnQiLCJ0ZXh0U3VtbWFyeSIsIm1ha2VIYW5kbGVTdW1tYXJ5IiwicmVsb2dpbnMiLCJpbXBvcnRfbWV0cmljczMiLCJzZXNzaW9ucyIsIndpdGhTZWNyZXRzIiwicmVuZXdNYXJnaW5TIiwic2Vzc2lvbiIsInVzZXJDbGllbnQiLCJvd25Db3Vyc2VzIiwiY2hhcHRlckdlbmVyYXRpb25NcyIsImltcG9ydF9tZXRyaWNzNCIsImNvdXJzZUdlbmVyYXRpb25NcyIsImNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zIiwiZ2VuZXJhdGlvbkZhaWxlZCIsImNvdXJzZXNDcmVhdGVkIiwid29ya2Zsb3dTdWNjZXNzIiwid29ya2Zsb3dFcnJvcnMiLCJNQVhfTE9HR0VEX0VSUk9SUyIsImxvZ2dlZEVycm9ycyIsInRhZ3NCeU5hbWUiLCJydW5Xb3JrZmxvdyIsIm1pbGxpc0JldHdlZW4iLCJyZWNvcmRKb2JUaW1lcyIsImdlbmVyYXRlQW5kV2FpdCIsImltcG9ydF9rNjUiLCJob2xkUG9pbnQiLCJ0aGluayIsImltcG9ydF9rNjYiLCJwaWNrV2VpZ2h0ZWQiLCJwaWNrT25lIiwiY2xpZW50Rm9yIiwidW5pcXVlVGl0bGUiLCJpbXBvcnRfZXhlY3V0aW9uNSIsIkVYUE9SVF9GT1JNQVRTIiwicmVhZENvdXJzZSIsInBpY2tHZW5lcmF0ZWQiLCJyZWd1bGFyVGFza3MiLCJyZWd1bGFyVXNlciIsImltcG9ydF9rNjciLCJwb3dlclVzZXIiLCJhZG1pblVzZXIiLCJwb3B1bGF0aW9uU2NlbmFyaW9zIiwicG9wdWxhdGlvbkV4ZWNzIiwiZXJyb3JHYXRlcyIsImFib3J0R2F0ZXMiLCJzdWNjZXNzR2F0ZXMiLCJob2xkUDk1IiwiZHJpZnRMaW1pdCIsImZhaWwiLCJjb25maWciLCJwb29sIiwiY2xhc3NQYXNzd29yZCIsInBvbGxSZXNvdXJjZXMiLCJwaGFzZXMiLCJwaGFzZXMiLCJjb25maWciLCJjb25maWciLCJjb25maWciLCJjb25maWciLCJjb25maWciLCJ0ZWFyZG93biJdfQ==
