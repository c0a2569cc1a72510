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

// dist/spike.control.cjs
var require_spike_control = __commonJS({
  "dist/spike.control.cjs"(exports, module) {
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
    var spike_exports = {};
    __export(spike_exports, {
      handleSummary: () => handleSummary2,
      options: () => options2,
      pollResources: () => pollResources22,
      setup: () => setup2,
      spikeUsers: () => spikeUsers2,
      teardown: () => teardown3
    });
    module.exports = __toCommonJS(spike_exports);
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
    var SPIKE_PHASES2 = ["SPIKE_BASELINE_S", "SPIKE_HOLD_S", "SPIKE_RECOVERY_S", "SPIKE_OBSERVE_S"];
    var SPIKE_SURGE_S2 = 3;
    var MAX_PHASE_S2 = 86400;
    var wholeSeconds2 = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
    var wholeNumber2 = (min, max) => ({ min, max, integer: true });
    var part2 = (total, share, max) => String(Math.min(max, Math.max(1, Math.floor(total * share))));
    var spikeEntry2 = {
      suite: "all",
      length: /* @__PURE__ */ SPIKE_PHASES2.join(", "),
      fit: (seconds2) => {
        const left = Math.max(4, seconds2 - 2 * SPIKE_SURGE_S2);
        const [baseline, hold, recovery, observe] = SPIKE_PHASES2;
        return {
          [baseline]: part2(left, 2 / 7, MAX_PHASE_S2),
          [hold]: part2(left, 2 / 7, MAX_PHASE_S2),
          [recovery]: part2(left, 1 / 7, MAX_PHASE_S2),
          [observe]: part2(left, 2 / 7, MAX_PHASE_S2)
        };
      },
      scaling: "users",
      settings: (env, config32) => {
        const seconds2 = (name, fallback) => envNumber2(env, name, fallback, wholeSeconds2(1, MAX_PHASE_S2));
        const [baseline, hold, recovery, observe] = SPIKE_PHASES2;
        return {
          baseUsers: envNumber2(
            env,
            "SPIKE_BASE_USERS",
            Math.max(2, Math.round(config32.concurrentUsers / 10)),
            wholeNumber2(1, 1e5)
          ),
          factor: envNumber2(env, "SPIKE_FACTOR", 5, { min: 1, max: 1e3 }),
          baselineS: seconds2(baseline, 20),
          holdS: seconds2(hold, 20),
          recoveryS: seconds2(recovery, 10),
          observeS: seconds2(observe, 20),
          recoveryFactor: envNumber2(env, "SPIKE_RECOVERY_FACTOR", 2, { min: 1, max: 1e3 })
        };
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
    function stagedUsers2(exec6, stages, startVUs = 0) {
      return {
        executor: "ramping-vus",
        exec: exec6,
        startVUs,
        stages: stages.map((s) => ({ duration: `${s.durationS}s`, target: s.target })),
        gracefulRampDown: "10s",
        gracefulStop: "30s"
      };
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
    var import_execution52 = __toESM(require_execution(), 1);
    var import_metrics52 = __toESM(require_metrics(), 1);
    var relogins2 = new import_metrics52.Counter("relogins");
    var sessions2 = {};
    var secret2;
    function classPassword22(config32, role) {
      return secret2?.[role] ?? config32.users[role].password;
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
    var import_k652 = __toESM(require_k6(), 1);
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
    function successGates2(targets) {
      return [
        { metric: "checks", rules: [{ stat: "rate", op: ">=", value: targets.successRate }] },
        { metric: "workflow_success", rules: [{ stat: "rate", op: ">=", value: targets.successRate }] }
      ];
    }
    var config22 = guardedConfig2("spike");
    var { baseUsers: baseUsers2, factor: factor2, baselineS: baselineS2, holdS: holdS2, recoveryS: recoveryS2, observeS: observeS2, recoveryFactor: recoveryFactor2 } = spikeEntry2.settings(__ENV, config22);
    var spikeEndsS2 = baselineS2 + SPIKE_SURGE_S2 + holdS2 + SPIKE_SURGE_S2;
    var phases2 = [
      { name: "baseline", untilS: baselineS2 },
      { name: "spike", untilS: spikeEndsS2 },
      { name: "recovering", untilS: spikeEndsS2 + recoveryS2 },
      { name: "recovered", untilS: Infinity }
    ];
    trackDrift2("recovery_latency_ratio", phases2, "baseline", ["recovered"]);
    var options2 = /* @__PURE__ */ entryOptions2(config22, () => ({
      wallTimeS: spikeEndsS2 + recoveryS2 + observeS2,
      scenarios: {
        spike: stagedUsers2(
          "spikeUsers",
          [
            { durationS: baselineS2, target: baseUsers2 },
            { durationS: SPIKE_SURGE_S2, target: Math.round(baseUsers2 * factor2) },
            { durationS: holdS2, target: Math.round(baseUsers2 * factor2) },
            { durationS: SPIKE_SURGE_S2, target: baseUsers2 },
            { durationS: recoveryS2 + observeS2, target: baseUsers2 }
          ],
          baseUsers2
        )
      },
      gates: [
        { metric: "recovery_latency_ratio", rules: [{ stat: "med", op: "<", value: recoveryFactor2 }] },
        {
          metric: "http_req_duration",
          tags: { phase: "recovered", scope: "api" },
          rules: [{ stat: "p(95)", op: "<", value: config22.targets.apiP95Ms }]
        },
        {
          metric: "http_req_failed",
          tags: { phase: "recovered", scope: "api" },
          rules: [{ stat: "rate", op: "<", value: config22.targets.errorRate }]
        },
        {
          metric: "http_req_failed",
          tags: { phase: "spike", scope: "api" },
          rules: [{ stat: "rate", op: "<", value: 0.5 }]
        },
        {
          metric: "http_req_duration",
          tags: { phase: "baseline", scope: "api" },
          rules: [{ stat: "p(95)", op: "<", value: config22.targets.apiP95Ms }]
        },
        {
          metric: "http_req_duration",
          tags: { phase: "spike", scope: "api" },
          rules: [{ stat: "p(95)", op: "<", value: config22.targets.apiP99Ms }]
        },
        ...successGates2({ ...config22.targets, successRate: Math.min(config22.targets.successRate, 0.9) })
      ]
    }));
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({ scenario: "spike" });
    function setup2() {
      return prepareRun2(config22, { dataset: true });
    }
    function spikeUsers2(data) {
      enterPhase2(phases2);
      runWorkflow2("regular", regularUser2, { config: config22, data });
    }
  }
});

// glue:glue:spike
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_spike_control();
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
var SPIKE_PHASES = ["SPIKE_BASELINE_S", "SPIKE_HOLD_S", "SPIKE_RECOVERY_S", "SPIKE_OBSERVE_S"];
var SPIKE_SURGE_S = 3;
var MAX_PHASE_S = 86400;
var wholeSeconds = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
var wholeNumber = (min, max) => ({ min, max, integer: true });
var part = (total, share, max) => String(Math.min(max, Math.max(1, Math.floor(total * share))));
var spikeEntry = {
  suite: "all",
  length: /* @__PURE__ */ SPIKE_PHASES.join(", "),
  fit: (seconds) => {
    const left = Math.max(4, seconds - 2 * SPIKE_SURGE_S);
    const [baseline, hold, recovery, observe] = SPIKE_PHASES;
    return {
      [baseline]: part(left, 2 / 7, MAX_PHASE_S),
      [hold]: part(left, 2 / 7, MAX_PHASE_S),
      [recovery]: part(left, 1 / 7, MAX_PHASE_S),
      [observe]: part(left, 2 / 7, MAX_PHASE_S)
    };
  },
  scaling: "users",
  settings: (env, config3) => {
    const seconds = (name, fallback) => envNumber(env, name, fallback, wholeSeconds(1, MAX_PHASE_S));
    const [baseline, hold, recovery, observe] = SPIKE_PHASES;
    return {
      baseUsers: envNumber(
        env,
        "SPIKE_BASE_USERS",
        Math.max(2, Math.round(config3.concurrentUsers / 10)),
        wholeNumber(1, 1e5)
      ),
      factor: envNumber(env, "SPIKE_FACTOR", 5, { min: 1, max: 1e3 }),
      baselineS: seconds(baseline, 20),
      holdS: seconds(hold, 20),
      recoveryS: seconds(recovery, 10),
      observeS: seconds(observe, 20),
      recoveryFactor: envNumber(env, "SPIKE_RECOVERY_FACTOR", 2, { min: 1, max: 1e3 })
    };
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
function accountOfVu(pool2, role, classPassword2) {
  const size = pool2.sizes[role];
  return size === 0 ? void 0 : pool2.account(role, (execution_default.vu.idInTest - 1) % size, classPassword2);
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
var DATASET_TITLE = "course-perf dataset";
var LIVE_RUN_WINDOW_MS = 6 * 60 * 60 * 1e3;

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

// lib/users/session.ts
var relogins = new Counter("relogins");
var sessions = {};
var secret;
function classPassword(config3, role) {
  return secret?.[role] ?? config3.users[role].password;
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
function spikeUsers(data) {
  enterPhase(phases);
  runWorkflow("regular", regularUser, { config: config2, data });
}

// entry:entry:spike
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
return { handleSummary: handleSummary, options: options, pollResources: pollResources2, setup: setup, spikeUsers: spikeUsers, teardown: teardown2 };
})();
export const handleSummary = loadSide.handleSummary;
export const options = loadSide.options;
export const pollResources = loadSide.pollResources;
export const setup = loadSide.setup;
export const spikeUsers = loadSide.spikeUsers;
export const teardown = loadSide.teardown;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIms2LXRhYmxlOms2IiwiazYtdGFibGU6azYvZXhlY3V0aW9uIiwiazYtdGFibGU6azYvaHR0cCIsIms2LXRhYmxlOms2L21ldHJpY3MiLCJrNi10YWJsZTprNi9kYXRhIiwiazYtdGFibGU6azYvc2VjcmV0cyIsIi4uL3NjZW5hcmlvcy9zcGlrZS50cyIsIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCIuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzIiwiLi4vbGliL2xvYWQvc2hhcGVzLnRzIiwiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwiLi4vbGliL2NvbmZpZy9lbnYudHMiLCIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCIuLi9saWIvdXNlcnMvcG9vbC50cyIsIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsIi4uL2xpYi9odHRwL2FwaS50cyIsIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwiLi4vbGliL2xvYWQvcGhhc2VzLnRzIiwiLi4vbGliL2xvYWQvcGhhc2UtbWF0aC50cyIsIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwiZ2x1ZTpnbHVlOnNwaWtlIiwiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwiazYtb25jZTprNiIsIms2LW9uY2U6azYvZXhlY3V0aW9uIiwiazYtb25jZTprNi9odHRwIiwiazYtb25jZTprNi9tZXRyaWNzIiwiazYtb25jZTprNi9kYXRhIiwiLi4vbGliL2NvbmZpZy9zaGFyZWQtY29uZmlnLnRzIiwiLi4vbGliL2NvbmZpZy9lbnYtbG9hZC1zaWRlLnRzIiwiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCJrNi1vbmNlOms2L3NlY3JldHMiLCIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCIuLi9saWIvaHR0cC9hcGkudHMiLCIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwiLi4vbGliL2xvYWQvcGhhc2VzLnRzIiwiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwiLi4vbGliL3VzZXJzL3Nlc3Npb24udHMiLCIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsIi4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzIiwiLi4vc2NlbmFyaW9zL3NwaWtlLnRzIiwiZW50cnk6ZW50cnk6c3Bpa2UiXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxRQUFBLGFBQUFBLFlBQUE7TUFBQSxjQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxJQUFJO0FBQzVEQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLG9CQUFBRixZQUFBO01BQUEsd0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLGNBQWM7QUFDdEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZUFBQUYsWUFBQTtNQUFBLG1CQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxTQUFTO0FBQ2pFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBRixZQUFBO01BQUEsc0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFlBQVk7QUFDcEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZUFBQUYsWUFBQTtNQUFBLG1CQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxTQUFTO0FBQ2pFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBRixZQUFBO01BQUEsc0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFlBQVk7QUFDcEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZ0JBQUEsQ0FBQTtBQUFBLGFBQUEsZUFBQTtNQUFBLGVBQUEsTUFBQUM7TUFBQSxTQUFBLE1BQUFDO01BQUEsZUFBQSxNQUFBQztNQUFBLE9BQUEsTUFBQUM7TUFBQSxZQUFBLE1BQUFDO01BQUEsVUFBQSxNQUFBQztJQUFBLENBQUE7QUFBQSxXQUFBLFVBQUEsYUFBQSxhQUFBO0FDaUNPLFFBQU1DLG1CQUFxQyxPQUFPLE9BQU87TUFDOUQsVUFBVTtNQUNWLFVBQVU7TUFDVixhQUFhO01BQ2IsYUFBYTtNQUNiLFlBQVk7TUFDWixjQUFjO01BQ2QsYUFBYTtNQUNiLFdBQVc7TUFDWCxjQUFjO01BQ2QsVUFBVTtNQUNWLFlBQVk7TUFDWixzQkFBc0I7SUFDeEIsQ0FBQztBQ3JDTSxRQUFNQyxTQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELFFBQU1DLGtCQUFOLGNBQTZCLE1BQU07TUFDL0IsT0FBTztJQUNsQjtBQU1PLGFBQVNDLGVBQWNDLE9BQWMsTUFBd0I7QUFDbEUsWUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFlBQU1DLFNBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELGNBQU0sSUFBSUgsZ0JBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO01BQ3JGO0FBQ0EsVUFBSTtBQUNKLFVBQUksUUFBUTtBQUNaLFlBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFlBQU0sT0FBT0UsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxZQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxjQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFlBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixjQUFNLFNBQW1CLENBQUM7QUFDMUIsWUFBSSxRQUFRO0FBQ1osWUFBSSxTQUFTO0FBQ2IsWUFBSSxZQUFZO0FBQ2hCLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLGdCQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLGNBQUksUUFBUTtBQUNWLGdCQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsdUJBQVM7QUFDVDtZQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7Z0JBQzFCLFVBQVM7VUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsbUJBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsb0JBQVE7QUFDUix3QkFBWTtVQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MscUJBQVMsWUFBWTtBQUNyQixvQkFBUTtVQUNWLE1BQU8sVUFBUztRQUNsQjtBQUNBLFlBQUksT0FBUUMsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsWUFBSSxDQUFDLFNBQVM7QUFDWixnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsZ0JBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLGNBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0RBLFlBQUFBLE9BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztVQUNoSDtBQUNBLG9CQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0Usa0JBQVEsT0FBTztBQUNmO1FBQ0Y7QUFDQSxZQUFJLE9BQU8sV0FBVyxNQUFPQSxDQUFBQSxPQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLGNBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLGNBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLGNBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxZQUFJLFVBQVUsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxZQUFJLGFBQWEsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxZQUFJLENBQUVKLE9BQTRCLFNBQVMsSUFBSTtBQUM3Q0ksVUFBQUEsT0FBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixZQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHQSxDQUFBQSxPQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLGFBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixpQkFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ2pEO0FBQ0EsVUFBSSxDQUFDLFFBQVNBLENBQUFBLE9BQUssR0FBRyxxRkFBcUY7QUFDM0csYUFBTztJQUNUO0FBR08sYUFBU0MsZUFBYyxNQUFjLE1BQXlCO0FBQ25FLFlBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxZQUFNLFdBQVc7QUFDakIsaUJBQVdDLFVBQVEsS0FDaEIsTUFBTSxHQUFHLEVBQ1QsSUFBSSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsRUFDbkIsT0FBTyxDQUFDLE1BQU0sTUFBTSxFQUFFLEdBQUc7QUFDMUIsY0FBTSxRQUFRLG9DQUFvQyxLQUFLQSxNQUFJO0FBQzNELFlBQUksQ0FBQztBQUNILGdCQUFNLElBQUlMLGdCQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTUssTUFBSSxtQkFBbUIsUUFBUSxFQUFFO0FBQ3pHLGNBQU0sTUFBTSxDQUFDLENBQVMsSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO01BQzNDO0FBQ0EsVUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU0sVUFBVTtBQUNoRCxjQUFNLElBQUlMLGdCQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDMUYsYUFBTztJQUNUO0FBR08sYUFBU00sV0FBVSxNQUFZLEdBQW1CO0FBQ3ZELGFBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUM5QztBQUdPLGFBQVNDLHFCQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxpQkFBVyxRQUFRUixRQUFPO0FBQ3hCLFlBQUksT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSSxPQUFPLElBQUksR0FBRztBQUNsRCxpQkFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO1FBRzlHO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPTyxhQUFTUyxXQUFVLFdBQTREO0FBQ3BGLFVBQUksUUFBUTtBQUNaLGlCQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxjQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLGNBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixZQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7aUJBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO2lCQUN6QyxPQUFPLEVBQUUsb0JBQW9CLFNBQVUsVUFBUyxFQUFFO1lBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztNQUNqQztBQUNBLGFBQU87SUFDVDtBQzFGTyxRQUFNQyxlQUFOLGNBQTBCLE1BQU07TUFDNUIsT0FBTztJQUNsQjtBQUdPLFFBQU1DLGlCQUFnQixLQUFLO0FBQzNCLFFBQU1DLG1CQUFrQjtBQUkvQixhQUFTQyxLQUFJLEtBQVUsTUFBa0M7QUFDdkQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixhQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztJQUN0RDtBQUVBLGFBQVNULE1BQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFlBQU0sSUFBSU0sYUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0lBQ3hGO0FBRUEsYUFBU0ksVUFBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixhQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsY0FBTSxRQUFRRCxLQUFJLEtBQUssSUFBSTtBQUMzQixZQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLGNBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxZQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLENBQUFULE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsY0FBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixZQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxlQUFPO01BQ1Q7SUFDRjtBQUdBLFFBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0JVLFVBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLFFBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0JBLFVBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLFFBQU1DLFVBQVNELFVBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLFFBQU1FLFlBQVdGLFVBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELFFBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLENBQUFWLE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxhQUFPO0lBQ1Q7QUFFQSxhQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFlBQU0sUUFBUVMsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxZQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixVQUFJLENBQUMsTUFBTyxDQUFBVCxNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsYUFBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0lBQ2pDO0FBRUEsYUFBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsWUFBTSxRQUFRUyxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsWUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDUCxXQUFTQSxPQUFLLEtBQUssQ0FBQztBQUN4RCxZQUFNLFdBQVc7QUFDakIsVUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQ0EsV0FBUyxDQUFDLFFBQVEsS0FBS0EsTUFBSSxDQUFDLEVBQUcsQ0FBQUYsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRixZQUFNLENBQUMsU0FBUyxPQUFPLEtBQUssSUFBSSxNQUFNLElBQUksTUFBTTtBQUNoRCxVQUFJLFVBQVUsUUFBUSxVQUFVLElBQUssQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUMvRCxhQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU07SUFDakM7QUFFQSxhQUFTLFVBQVUsS0FBVSxNQUFvQztBQUMvRCxZQUFNLFFBQVFTLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxLQUFLLEdBQUcsS0FBSyxFQUFFO0FBQ2pELFlBQU0sUUFBUSx5Q0FBeUMsS0FBSyxLQUFLO0FBQ2pFLFlBQU0sV0FBVztBQUNqQixVQUFJLENBQUMsTUFBTyxDQUFBVCxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RDLFlBQU0sTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzNCLFlBQU0sTUFBTSxNQUFNLENBQUMsTUFBTSxTQUFZLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMxRCxVQUFJLE1BQU0sT0FBTyxNQUFNLEdBQUksQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNyRCxhQUFPLEVBQUUsS0FBSyxJQUFJO0lBQ3BCO0FBRUEsYUFBUyxLQUFLLEtBQVUsTUFBdUI7QUFDN0MsWUFBTSxRQUFRUyxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLE1BQU0sVUFBVSxXQUFXLFVBQVUsSUFBSyxRQUFPO0FBQ3RGLFVBQUksVUFBVSxVQUFVLFVBQVUsSUFBSyxRQUFPO0FBQzlDLGFBQU9ULE1BQUssTUFBTSxPQUFPLGVBQWU7SUFDMUM7QUFFQSxhQUFTLFNBQVMsS0FBVSxNQUF3QjtBQUNsRCxZQUFNLFFBQVFTLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPLENBQUM7QUFDakQsWUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLEVBQUUsWUFBWSxDQUFDO0FBQ3RFLFVBQUksTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLG1DQUFtQyxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3hFLFFBQUFULE1BQUssTUFBTSxPQUFPLHNGQUFzRjtNQUMxRztBQUNBLGFBQU87SUFDVDtBQUVBLGFBQVMsWUFBWSxLQUFVLFFBQWdCLGVBQXVCLGtCQUF1QztBQUMzRyxhQUFPO1FBQ0wsT0FBTyxLQUFLLEtBQUssR0FBRyxNQUFNLFVBQVUsYUFBYTtRQUNqRCxVQUFVLEtBQUssS0FBSyxHQUFHLE1BQU0sYUFBYSxnQkFBZ0I7TUFDNUQ7SUFDRjtBQUVBLGFBQVMsU0FBUyxLQUFVLE1BQXFDO0FBQy9ELFlBQU0sUUFBUVMsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU87QUFDaEQsVUFBSTtBQUNGLGVBQU9SLGVBQWMsT0FBTyxJQUFJO01BQ2xDLFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSUssYUFBWSxpQkFBaUJULGtCQUFpQixNQUFNLFVBQVUsT0FBTyxLQUFLLENBQUM7TUFDdkY7SUFDRjtBQUVBLGFBQVMsUUFBUSxLQUE2QjtBQUM1QyxZQUFNLFVBQVUsTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLCtCQUErQixFQUFFO0FBQ3JFLFlBQU0sWUFBWSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssaUNBQWlDLEtBQUssSUFBSSxHQUFHLE9BQU8sQ0FBQztBQUMzRixVQUFJLFlBQVk7QUFDZCxRQUFBRyxNQUFLLGlDQUFpQyxPQUFPLFNBQVMsR0FBRyx3Q0FBd0MsT0FBTyxHQUFHO0FBQzdHLGFBQU87UUFDTDtRQUNBO1FBQ0EsUUFBUSxLQUFLLEtBQUssNEJBQTRCO1FBQzlDLGdCQUFnQixLQUFLLEtBQUssc0NBQXNDO01BQ2xFO0lBQ0Y7QUFHTyxhQUFTLFlBQVksS0FBa0I7QUFDNUMsWUFBTSxJQUFJTDtBQUNWLFlBQU0sWUFBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFlBQU0sVUFBVSxRQUFRLEdBQUdZLGNBQWE7UUFDdEM7UUFDQTtRQUNBLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLENBQUMsQ0FBQyxDQUFDO01BQ3JEO0FBQ0EsYUFBTztRQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO1FBQ3JELE9BQU87VUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtVQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7VUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1FBQzdFO1FBQ0E7UUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO1FBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO1FBQ2hFO1FBQ0EsV0FBVyxRQUFRLEdBQUdDLGdCQUFlLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUksT0FBTyxDQUFDO1FBQzFGLFNBQVMsUUFBUSxLQUFLLDBCQUEwQjtRQUNoRCxZQUFZLFVBQVUsS0FBSyx3QkFBd0I7UUFDbkQsZUFBZUUsVUFBUyxLQUFLLElBQUksc0JBQXNCLEtBQUssRUFBRSxLQUFLLDRCQUE0QixDQUFDO1FBQ2hHLG9CQUFvQixRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxzQkFBc0IsR0FBRztRQUN4RSxtQkFBbUIsTUFBTSxHQUFHLEVBQUUsRUFBRSxLQUFLLHVCQUF1QixDQUFDO1FBQzdELFlBQVksSUFBSSxLQUFLLGVBQWUsTUFBUztRQUM3QyxlQUFlLEtBQUssS0FBSyxnQkFBZ0I7UUFDekMsY0FBYyxTQUFTLEtBQUssMkJBQTJCO1FBQ3ZELFNBQVM7VUFDUCxVQUFVQyxRQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtVQUN4RCxVQUFVQSxRQUFPLEtBQUssd0JBQXdCLEVBQUUsUUFBUTtVQUN4RCxhQUFhQSxRQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztVQUNqRSxhQUFhQSxRQUFPLEtBQUssMkJBQTJCLEVBQUUsV0FBVztVQUNqRSxZQUFZQSxRQUFPLEtBQUssMEJBQTBCLEVBQUUsVUFBVTtVQUM5RCxjQUFjLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFLGVBQWUsR0FBSSxJQUFJO1VBQzdGLGFBQWFDLFVBQVMsS0FBSywwQkFBMEIsRUFBRSxXQUFXO1VBQ2xFLFdBQVdBLFVBQVMsS0FBSyx3QkFBd0IsRUFBRSxTQUFTO1VBQzVELGNBQWNGO1lBQ1o7WUFDQTtZQUNBO1lBQ0E7VUFDRixFQUFFLEtBQUssMkJBQTJCLEVBQUUsWUFBWTtVQUNoRCxVQUFVLE1BQU0sR0FBRyxPQUFTLEVBQUUsS0FBSyw0QkFBNEIsRUFBRSxRQUFRO1VBQ3pFLFlBQVlBLFVBQVMsR0FBRyxLQUFLLGdCQUFnQixLQUFLLEVBQUUsS0FBSyx5QkFBeUIsRUFBRSxVQUFVO1VBQzlGLHNCQUFzQkE7WUFDcEI7WUFDQTtZQUNBO1lBQ0E7VUFDRixFQUFFLEtBQUssc0NBQXNDLEVBQUUsb0JBQW9CO1FBQ3JFO1FBQ0EsV0FBV0QsS0FBSSxLQUFLLHdCQUF3QixLQUFLO1FBQ2pELFdBQVcsU0FBUyxLQUFLLFlBQVk7UUFDckMsZUFBZSxLQUFLLEtBQUssNEJBQTRCO1FBQ3JELFNBQVMsUUFBUSxHQUFHO01BQ3RCO0lBQ0Y7QUFHQSxhQUFTLE9BQU8sU0FBeUI7QUFDdkMsWUFBTSxRQUFRLG1DQUFtQyxLQUFLLE9BQU87QUFDN0QsY0FBUSxRQUFRLENBQUMsS0FBSyxJQUFJLFlBQVk7SUFDeEM7QUFFQSxhQUFTLFdBQVcsTUFBdUI7QUFDekMsYUFBTyxTQUFTLGVBQWUsU0FBUyxXQUFXLFNBQVMsU0FBUyxtQ0FBbUMsS0FBSyxJQUFJO0lBQ25IO0FBTU8sYUFBUyxvQkFBb0JJLFVBQWdCLE9BQXFCO0FBQ3ZFLFlBQU0sT0FBTyxPQUFPQSxTQUFPLE9BQU87QUFDbEMsVUFBSSxXQUFXLElBQUksS0FBS0EsU0FBTyxhQUFhLFNBQVMsSUFBSSxFQUFHO0FBQzVELFlBQU0sSUFBSVA7UUFDUixvQkFBb0IsS0FBSyxhQUFhTyxTQUFPLE9BQU8sS0FBSyxJQUFJLG9HQUNhLElBQUk7TUFDaEY7SUFDRjtBQU1PLGFBQVNDLFdBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFlBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxhQUFPSixVQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0lBQ3pGO0FDL09BLFFBQU1LLGdCQUFlLENBQUMsb0JBQW9CLGdCQUFnQixvQkFBb0IsaUJBQWlCO0FBS3hGLFFBQU1DLGlCQUFnQjtBQUU3QixRQUFNQyxlQUFjO0FBSXBCLFFBQU1DLGdCQUFlLENBQUMsS0FBYSxTQUFpQixFQUFFLEtBQUssS0FBSyxTQUFTLE1BQU0sTUFBTSw0QkFBNEI7QUFDakgsUUFBTUMsZUFBYyxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxLQUFLO0FBRTdFLFFBQU1qQixRQUFPLENBQUMsT0FBZSxPQUFlLFFBQzFDLE9BQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFFBQVEsS0FBSyxDQUFDLENBQUMsQ0FBQztBQWdEdkQsUUFBTWtCLGNBQWE7TUFDeEIsT0FBTztNQUNQLFFBQXdCLGdCQUFBTCxjQUFhLEtBQUssSUFBSTtNQUM5QyxLQUFLLENBQUNNLGFBQVk7QUFFaEIsY0FBTSxPQUFPLEtBQUssSUFBSSxHQUFHQSxXQUFVLElBQUlMLGNBQWE7QUFDcEQsY0FBTSxDQUFDLFVBQVUsTUFBTSxVQUFVLE9BQU8sSUFBSUQ7QUFDNUMsZUFBTztVQUNMLENBQUMsUUFBUSxHQUFHYixNQUFLLE1BQU0sSUFBSSxHQUFHZSxZQUFXO1VBQ3pDLENBQUMsSUFBSSxHQUFHZixNQUFLLE1BQU0sSUFBSSxHQUFHZSxZQUFXO1VBQ3JDLENBQUMsUUFBUSxHQUFHZixNQUFLLE1BQU0sSUFBSSxHQUFHZSxZQUFXO1VBQ3pDLENBQUMsT0FBTyxHQUFHZixNQUFLLE1BQU0sSUFBSSxHQUFHZSxZQUFXO1FBQzFDO01BQ0Y7TUFDQSxTQUFTO01BQ1QsVUFBVSxDQUFDLEtBQUtKLGFBQVc7QUFDekIsY0FBTVEsV0FBVSxDQUFDLE1BQWMsYUFBcUJQLFdBQVUsS0FBSyxNQUFNLFVBQVVJLGNBQWEsR0FBR0QsWUFBVyxDQUFDO0FBQy9HLGNBQU0sQ0FBQyxVQUFVLE1BQU0sVUFBVSxPQUFPLElBQUlGO0FBQzVDLGVBQU87VUFDTCxXQUFXRDtZQUNUO1lBQ0E7WUFDQSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU1ELFNBQU8sa0JBQWtCLEVBQUUsQ0FBQztZQUNuRE0sYUFBWSxHQUFHLEdBQU87VUFDeEI7VUFDQSxRQUFRTCxXQUFVLEtBQUssZ0JBQWdCLEdBQUcsRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFLLENBQUM7VUFDL0QsV0FBV08sU0FBUSxVQUFVLEVBQUU7VUFDL0IsT0FBT0EsU0FBUSxNQUFNLEVBQUU7VUFDdkIsV0FBV0EsU0FBUSxVQUFVLEVBQUU7VUFDL0IsVUFBVUEsU0FBUSxTQUFTLEVBQUU7VUFDN0IsZ0JBQWdCUCxXQUFVLEtBQUsseUJBQXlCLEdBQUcsRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFLLENBQUM7UUFDbEY7TUFDRjtJQUNGO0FDNUZBLFFBQUk7QUFDSixRQUFNLFVBQVUsTUFDYixhQUFhO01BQ1osWUFBWTtNQUNaLFNBQVM7TUFDVCxZQUFZO0lBQ2Q7QUFHSyxhQUFTUSxXQUFVLFFBQWdCLE1BQXVDO0FBQy9FLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsWUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxVQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFlBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLGdCQUFNLElBQUk7WUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtVQUMxQztRQUNGO01BQ0Y7QUFDQSxhQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7SUFDaEY7QUFHTyxhQUFTLFdBQVcsTUFBbUQ7QUFDNUUsWUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELFVBQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxjQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztNQUNsRjtBQUNBLFVBQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLGNBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxhQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0lBQzVDO0FBRUEsYUFBUyxLQUFLLE1BQXlCO0FBQ3JDLFlBQU12QixRQUFPLFdBQVcsSUFBSTtBQUM1QixVQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLGFBQU87UUFDTCxXQUFXQTtRQUNYLGFBQWE7UUFDYixHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUM7TUFDdkU7SUFDRjtBQUdPLGFBQVN3QixnQkFBZSxPQUE2QjtBQUMxRCxZQUFNLE1BQW9CLENBQUM7QUFDM0IsaUJBQVcsUUFBUSxPQUFPO0FBQ3hCLGNBQU0sTUFBTUQsV0FBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFlBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7TUFDMUQ7QUFDQSxhQUFPO0lBQ1Q7QUN6Q08sUUFBTUUsaUJBQWdCLENBQUMsYUFDNUIsU0FBUyxhQUFhLDJCQUEyQixTQUFTLGFBQWE7QUNzRGxFLFFBQU1DLHVCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQUczRixhQUFTQyxhQUFZQyxPQUFjLFFBQWlELFdBQVcsR0FBYTtBQUNqSCxhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQUFBO1FBQ0E7UUFDQSxRQUFRLE9BQU8sSUFBSSxDQUFDLE9BQU8sRUFBRSxVQUFVLEdBQUcsRUFBRSxTQUFTLEtBQUssUUFBUSxFQUFFLE9BQU8sRUFBRTtRQUM3RSxrQkFBa0I7UUFDbEIsY0FBYztNQUNoQjtJQUNGO0FDekdBLFFBQUFDLGFBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMsb0JBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGVBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsa0JBQStCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDTi9CLFFBQUFDLGVBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNEckIsUUFBTUMsaUJBQWdCO0FES3RCLFFBQU1wQixVQUFpQixZQUFZLEtBQUs7QUFFL0MsUUFBSW1CLGFBQUEsWUFBWUMsZ0JBQWUsTUFBTSxDQUFDcEIsT0FBTSxDQUFDO0FBR3RDLGFBQVNxQixlQUFjLE9BQXVCO0FBQ25ELDBCQUFvQnJCLFNBQVEsS0FBSztBQUNqQyxhQUFPQTtJQUNUO0FEREEsYUFBU3NCLGtCQUFpQjtBQUN4QixhQUFPOztRQUVMLFlBQVksSUFBSUosZ0JBQUEsTUFBTSxvQkFBb0I7O1FBRTFDLGlCQUFpQixJQUFJQSxnQkFBQSxNQUFNLDBCQUEwQjs7UUFFckQsVUFBVSxJQUFJQSxnQkFBQSxNQUFNLGtCQUFrQjs7UUFFdEMsZ0JBQWdCLElBQUlBLGdCQUFBLFFBQVEsd0JBQXdCOztRQUVwRCxjQUFjLElBQUlBLGdCQUFBLE1BQU0saUNBQWlDO01BQzNEO0lBQ0Y7QUFHQSxRQUFNSyxVQUFTLFNBQVMsS0FBS3ZCLFFBQU8sZUFBZSxTQUFZc0IsZ0JBQWUsSUFBSTtBQVdsRixRQUFNRSxRQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsUUFBSUMsVUFBUztBQUNiLFFBQUlDO0FBQ0osUUFBSUMsY0FBYTtBQU1qQixhQUFTQyxXQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFlBQU0sTUFBTVgsYUFBQVksUUFBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO1FBQ3RFLEdBQUdMO1FBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7TUFDaEQsQ0FBVTtBQUNWLGFBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0lBQzlDO0FBR0EsUUFBTSxTQUFTO0FBVVIsYUFBU00sbUJBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLGFBQU87UUFDTCxVQUFVO1FBQ1YsTUFBTTtRQUNOLEtBQUs7UUFDTCxVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO1FBQzlDLGNBQWMsR0FBRyxNQUFNO1FBQ3ZCLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO01BQ25DO0lBQ0Y7QUFFQSxhQUFTQyxPQUFTLE1BQThCO0FBQzlDLFVBQUk7QUFDRixlQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7TUFDOUQsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBU08sYUFBU3JELGVBQWMsWUFBMEI7QUFFdEQsVUFBSSxDQUFDaUQsWUFBWSxDQUFBQSxjQUFhQyxXQUFVLFlBQVksTUFBTTtBQUMxRCxpQkFBUztBQUNQLGNBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBQUksVUFBUyxVQUFVO0FBQ25CLFNBQUEsR0FBQWpCLFdBQUEsT0FBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFlBQUlDLGtCQUFBRixRQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFlBQUlFLGtCQUFBRixRQUFLLFNBQVMsYUFBYSxFQUFHO01BQ3BDO0FBQ0EsTUFBQWMsV0FBVSxZQUFZLFVBQVU7QUFDaEMsTUFBQUksVUFBUyxVQUFVO0lBQ3JCO0FBRUEsYUFBU0EsVUFBUyxZQUEwQjtBQUMxQyxZQUFNLE1BQU1mLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCSixPQUFNLElBQUlELEtBQWE7QUFDM0UsWUFBTSxPQUNKLElBQUksV0FBVyxNQUFNTyxPQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxVQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxRQUFBUixRQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO01BQ0Y7QUFDQSxVQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsWUFBSUcsZ0JBQWUsVUFBYSxLQUFLLFNBQVNBLFlBQVksQ0FBQUgsUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTRyxXQUFVO0FBQzdHLFFBQUFBLGNBQWEsS0FBSztNQUNwQjtBQUNBLGlCQUFXTyxXQUFVLEtBQUssU0FBUztBQUNqQyxRQUFBUixVQUFTLEtBQUssSUFBSUEsU0FBUVEsUUFBTyxHQUFHO0FBQ3BDLFlBQUlBLFFBQU8sVUFBVSxVQUFhQSxRQUFPLFVBQVUsT0FBUTtBQUMzRCxRQUFBVixRQUFRLFdBQVcsSUFBSVUsUUFBTyxXQUFXO0FBQ3pDLFFBQUFWLFFBQVEsZ0JBQWdCLElBQUlVLFFBQU8saUJBQWlCO0FBQ3BELFFBQUFWLFFBQVEsU0FBUyxJQUFJVSxRQUFPLFNBQVM7TUFDdkM7QUFHQSxVQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLFFBQUFqQixrQkFBQUYsUUFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0lBQ3ZGO0FBT08sYUFBU29CLFNBQVEsWUFBMEI7QUFDaEQsTUFBQU4sV0FBVSxZQUFZLFVBQVU7QUFDaEMsWUFBTSxNQUFNWCxhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLFlBQVlMLEtBQWE7QUFDM0QsWUFBTSxVQUFVLElBQUksV0FBVyxNQUFNTyxPQUFtRCxJQUFJLElBQUksSUFBSTtBQUNwRyxVQUFJLFdBQVcsT0FBTyxRQUFRLDZCQUE2QjtBQUN6RCxRQUFBUixRQUFRLGFBQWEsSUFBSSxRQUFRLHdCQUF3QjtJQUM3RDtBQWVPLGFBQVNZLGVBQWMsUUFBZ0M7QUFDNUQsWUFBTSxRQUFnQjtRQUNwQixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLFNBQVMsQ0FBQyxFQUFFO1FBQ3hGLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksTUFBTSxPQUFPLE9BQU8sV0FBVyxDQUFDLEVBQUU7TUFDakc7QUFDQSxVQUFJLE9BQU8sbUJBQW1CO0FBQzVCLGNBQU0sS0FBSztVQUNULFFBQVE7VUFDUixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxlQUFlLENBQUM7UUFDaEUsQ0FBQztBQUNILFVBQUksT0FBTztBQUNULGNBQU0sS0FBSyxFQUFFLFFBQVEsMEJBQTBCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQ2hHLGFBQU87SUFDVDtBRzdLQSxRQUFBaEIsZ0JBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDNUIsUUFBQUgscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBcUJqQixhQUFTb0IsVUFBUyxNQUFzQjtBQUN0QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLElBQUk7TUFDbEIsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJO1VBQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO1FBQ2pFO01BQ0Y7SUFDRjtBQUVBLGFBQVNDLFVBQVMsTUFBb0I7QUFFcEMsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUXREO0FBQ2pCLGVBQU8sSUFBSSxJQUFJLElBQUl1RCxjQUFBO1VBQ2pCLFNBQVMsSUFBSTtVQUNiLE1BQU1yRCxlQUFjbUQsVUFBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7UUFDaEQ7QUFDRixhQUFPO1FBQ0wsUUFBUSwwQkFBMEIsSUFBSTtRQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87UUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO01BQzlDO0lBQ0Y7QUFFQSxhQUFTRyxVQUFTdkMsVUFBc0I7QUFDdEMsVUFBSUEsU0FBTyxVQUFXLFFBQU9xQyxVQUFTckMsU0FBTyxTQUFTO0FBQ3RELFlBQU0sUUFBUUEsU0FBTztBQUNyQixVQUFJQSxTQUFPLFdBQVc7QUFDcEIsZUFBTztVQUNMLFFBQVE7VUFDUixPQUFPQSxTQUFPO1VBQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBT1YsV0FBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7UUFDckY7TUFDRjtBQUNBLGFBQU87UUFDTCxRQUFRO1FBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO1FBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO01BQzdFO0lBQ0Y7QUFHTyxhQUFTa0QsYUFBWUMsUUFBWSxNQUFZQyxnQkFBNEM7QUFDOUYsWUFBTSxPQUFPRCxPQUFLLE1BQU0sSUFBSTtBQUM1QixhQUFPLFNBQVMsSUFBSSxTQUFZQSxPQUFLLFFBQVEsT0FBT0UsbUJBQUE3QixRQUFLLEdBQUcsV0FBVyxLQUFLLE1BQU00QixjQUFhO0lBQ2pHO0FBR08sYUFBU0UsZ0JBQWVILFFBQVksT0FBd0IsT0FBcUI7QUFDdEYsWUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGlCQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxZQUFNLFVBQVVsRCxxQkFBb0JrRCxPQUFLLE9BQU8sUUFBUUEsT0FBSyxNQUFNO0FBQ25FLFVBQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0lBQ3RDO0FBR08sUUFBTUEsUUFBYUYsVUFBU3ZDLE9BQVM7QUM5RTVDLFFBQUFlLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGdCQUFpQixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUE0QixrQkFBb0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNMcEIsUUFBQTlCLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUUsZ0JBQThELFFBQUEsYUFBQSxHQUFBLENBQUE7QUNrQnZELFFBQU02QixhQUFZO0FDTGxCLGFBQVNDLFNBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixZQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLGNBQVEsVUFBVTtRQUNoQixLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxnQkFBZ0IsT0FBTztRQUNoQyxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO1FBQ3JELEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87TUFDWDtJQUNGO0FBR0EsUUFBTUMsY0FBdUM7TUFDM0MsUUFBUTtNQUNSLE9BQU87TUFDUCxjQUFjO01BQ2QsZUFBZTtNQUNmLFlBQVk7TUFDWixlQUFlO01BQ2YsZUFBZTtNQUNmLGlCQUFpQjtNQUNqQixTQUFTO01BQ1QsYUFBYTtNQUNiLGVBQWU7TUFDZixhQUFhO01BQ2IsWUFBWTtNQUNaLGFBQWE7SUFDZjtBQUlBLFFBQU1DLGtCQUE4RSxDQUFDO0FBRzlFLGFBQVNDLGFBQVksVUFBc0Q7QUFDaEYsVUFBSSxPQUFPRCxnQkFBZSxRQUFRO0FBQ2xDLFVBQUksU0FBUyxRQUFXO0FBQ3RCLGVBQU8sRUFBRSxVQUFVLE9BQU9ILFlBQVcsTUFBTUUsWUFBVyxRQUFRLEVBQUU7QUFDaEUsUUFBQUMsZ0JBQWUsUUFBUSxJQUFJO01BQzdCO0FBQ0EsYUFBTztJQUNUO0FGMkJBLFFBQU1FLFFBQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsUUFBTUMsV0FBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxhQUFTQyxVQUFTLE9BQWtCLE9BQXVCO0FBQ3pELGNBQVEsT0FBTztRQUNiLEtBQUs7QUFDSCxpQkFBTyxNQUFNLFFBQVEsTUFBTTtRQUM3QixLQUFLLFNBQVM7QUFDWixnQkFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO1FBQ2hEO1FBQ0EsS0FBSztBQUNILGlCQUFPRCxTQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUNoRSxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO1FBQ3hELEtBQUs7QUFDSCxpQkFBT0EsTUFBSyxNQUFNLElBQUksQ0FBQyxLQUFLQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQ3pELEtBQUs7QUFDSCxpQkFBT0QsTUFBSyxNQUFNLFFBQVEsQ0FBQztRQUM3QixLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQzNFLEtBQUs7QUFDSCxpQkFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO1FBQ3JDLEtBQUssYUFBYTtBQUNoQixnQkFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztRQUM1RTtNQUNGO0lBQ0Y7QUFTQSxhQUFTRSxRQUFPLEtBQXdCO0FBQ3RDLGFBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07SUFDbEU7QUFHQSxRQUFJQztBQUVKLFFBQU1DLGFBQW1CLENBQUMsU0FBUztBQUNqQyxVQUFJO0FBQ0YsZUFBT0QsU0FBUyxLQUFLLElBQUksS0FBSztNQUNoQyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNRSxjQUFOLE1BQXlDO01BR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFMsYUFBQSxLQUFBO0FBQ0EsYUFBQSxTQUFBO0FBQ1EsYUFBQSxNQUFBO01BQ2hCO01BSFE7TUFDQTtNQUNRO01BTFgsU0FBUztNQUNUO01BT1IsSUFBSSxPQUFzQjtBQUN4QixZQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixlQUFLLFFBQVFDLFdBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsZUFBSyxTQUFTO1FBQ2hCO0FBQ0EsZUFBTyxLQUFLO01BQ2Q7SUFDRjtBQUdBLGFBQVNBLFdBQVUsTUFBd0I7QUFDekMsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQWM7TUFDbEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBS0EsUUFBTUMsbUJBQTRFLENBQUM7QUFDbkYsYUFBU0MsY0FBYSxRQUEwRDtBQUM5RSxVQUFJLFdBQVdELGlCQUFnQixNQUFNO0FBQ3JDLFVBQUksYUFBYSxRQUFXO0FBQzFCLG1CQUFXRSxjQUFBaEMsUUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxRQUFBOEIsaUJBQWdCLE1BQU0sSUFBSTtNQUM1QjtBQUNBLGFBQU87SUFDVDtBQUlBLFFBQUlHO0FBQ0csYUFBU0MsaUJBQWdCLE1BQXlDO0FBQ3ZFLE1BQUFELFlBQVc7SUFDYjtBQU9BLFFBQU1FLFdBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxRQUFNQyxvQkFBbUIsQ0FBQyxNQUFlLEVBQUU7QUFDM0MsUUFBTUMsbUJBQWtCLENBQUMsTUFBZSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBRXpELFFBQU1DLGFBQXlGLENBQUM7QUFFaEcsYUFBU0MsV0FBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxVQUFJLE1BQU1ELFdBQVUsUUFBUTtBQUM1QixVQUFJLENBQUMsS0FBSztBQUNSLGNBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHRixrQkFBaUI7QUFDbEYsWUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJQztBQUNwRSxjQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLFFBQUFDLFdBQVUsUUFBUSxJQUFJO01BQ3hCO0FBQ0EsYUFBTztJQUNUO0FBS0EsYUFBU0UsV0FBVSxRQUFnQixLQUFhLE9BQTRDO0FBQzFGLGFBQU8sVUFBVSxTQUFZLFNBQVMsR0FBRyxNQUFNLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7SUFDakg7QUFFTyxRQUFNQyxhQUFOLE1BQU0sV0FBVTtNQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQixhQUFBLFVBQUE7QUFFQSxhQUFBLFFBQUE7QUFFakIsYUFBSyxVQUFVLEdBQUcsUUFBUTtNQUM1QjtNQUxtQjtNQUVBOztNQVJuQixlQUFlO01BQ0U7O01BRUEsU0FBNEMsQ0FBQzs7TUFXOUQsR0FBRyxPQUEwQjtBQUMzQixlQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7TUFDN0U7TUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFlBQUlDLFVBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsWUFBSSxDQUFDQSxTQUFRO0FBQ1gsZ0JBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxjQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsY0FBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNURBLG9CQUFTO1lBQ1A7WUFDQSxNQUFNckIsYUFBWSxRQUFRO1lBQzFCLFNBQVMsS0FBSztZQUNkLGtCQUFrQlUsY0FBYSxRQUFRO1VBQ3pDO0FBRUEsY0FBSSxDQUFDLFVBQVdXLFNBQU8sZUFBZTtBQUN0QyxlQUFLLE9BQU8sUUFBUSxJQUFJQTtRQUMxQjtBQUNBLGVBQU9BO01BQ1Q7TUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixjQUFNLGNBQWMsWUFBWTtBQUNoQyxjQUFNLE1BQU1WLGNBQUFoQyxRQUFLO1VBQ2Y7VUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7VUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO1VBQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7UUFDckU7QUFFQSxjQUFNLFNBQVMsSUFBSTtBQUNuQixjQUFNLFdBQVcsV0FBVztBQUM1QixZQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsWUFBSSxVQUFVLENBQUM7QUFDZixZQUFJLFNBQVMsVUFBVTtBQUNyQixVQUFBMEIsV0FBVTtBQUNWLG9CQUFVRCxRQUFPLEdBQUcsS0FBS0QsVUFBUyxPQUFPRyxVQUFTO0FBQ2xELFVBQUFELFdBQVU7UUFDWjtBQUNBLFFBQUFTLFNBQVEsV0FBVztBQUNuQixRQUFBQSxTQUFRLFVBQVU7QUFDbEIsY0FBTSxFQUFFLFFBQVEsS0FBSyxJQUFJSSxXQUFVLFVBQVUsVUFBVSxVQUFVLE1BQVM7QUFDMUUsY0FBTSxNQUFBLEdBQUtJLFlBQUEsT0FBTVIsVUFBUyxRQUFRLElBQUk7QUFDdEMsY0FBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxRQUFBRixZQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxlQUFPLElBQUlMLFlBQXNCLE9BQU8sUUFBUSxTQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7TUFDaEc7TUFFQSxTQUFxQztBQUNuQyxlQUFPLEtBQUssS0FBSyxVQUFVLE9BQU9WLFNBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtNQUNwRTtNQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxlQUFPLEtBQUssS0FBSyxTQUFTLFFBQVFBLFNBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ3ZGO01BRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFlBQUksU0FBU3NCLFdBQVUsSUFBSSxTQUFTLE1BQU0sS0FBSztBQUMvQyxpQkFBU0EsV0FBVSxRQUFRLFVBQVUsTUFBTSxNQUFNO0FBQ2pELGlCQUFTQSxXQUFVLFFBQVEsS0FBSyxNQUFNLENBQUM7QUFDdkMsZUFBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBR3RCLFNBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtNQUM3RjtNQUVBLGFBQWEsUUFBbUM7QUFDOUMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVFBLFNBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO01BQ3JGO01BRUEsVUFBVSxJQUF3QjtBQUNoQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU9BLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7TUFDeEY7TUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVNBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87TUFDMUY7TUFFQSxhQUFhLElBQTJCO0FBQ3RDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztNQUNuRjtNQUVBLFNBQVMsSUFBbUQ7QUFDMUQsZUFBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVFBLFNBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztNQUM3RjtNQUVBLE9BQU8sT0FBd0I7QUFDN0IsZUFBTyxLQUFLLEtBQUssV0FBVyxPQUFPQSxTQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztNQUN0RTtNQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7TUFDdEY7TUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsZUFBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBR0EsU0FBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztNQUM1RztNQUVBLGFBQThDO0FBQzVDLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO01BRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHQSxTQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7TUFDbEc7TUFFQSxhQUE4QjtBQUM1QixlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtJQUNGO0FHNVdBLFFBQUFoQyxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFFLGdCQUFpRixRQUFBLGFBQUEsR0FBQSxDQUFBO0FDSDFFLFFBQU13RCxpQkFBZ0I7QUFFdEIsUUFBTUMsb0JBQW1CO0FBRXpCLGFBQVNDLGNBQWEsR0FBbUI7QUFDOUMsYUFBTyxHQUFHRixjQUFhLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUN2RDtBQUdPLGFBQVNHLFVBQVMsTUFBYyxLQUFLLElBQUksR0FBVztBQUN6RCxhQUFPLEdBQUcsSUFBSSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7SUFDNUU7QUFHTyxhQUFTLFFBQVEsT0FBbUM7QUFDekQsWUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsYUFBTyxRQUFRLENBQUM7SUFDbEI7QUFHQSxhQUFTLFdBQVcsT0FBbUM7QUFDckQsWUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxhQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztJQUNwQztBQU9PLFFBQU1DLHNCQUFxQixJQUFJLEtBQUssS0FBSztBQU96QyxhQUFTQyxZQUFXLE9BQWUsU0FBaUIsS0FBdUI7QUFDaEYsVUFBSSxDQUFDLE1BQU0sV0FBV0osaUJBQWdCLEVBQUcsUUFBTztBQUNoRCxZQUFNLFFBQVEsUUFBUSxLQUFLO0FBQzNCLFVBQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFlBQU0sVUFBVSxXQUFXLEtBQUs7QUFDaEMsYUFBTyxZQUFZLFVBQWEsV0FBVyxXQUFXLE9BQU8sS0FBSyxLQUFLRztJQUN6RTtBRHBDQSxRQUFNLGNBQWM7QUFDcEIsUUFBTSxhQUFhO0FBc0JuQixRQUFNLFdBQVc7QUFFakIsUUFBSSxVQUFVO0FBQ2QsUUFBTSxZQUFZLENBQUMsUUFBa0IsSUFBSSxXQUFXLEtBQUssSUFBSSxVQUFVO0FBVXZFLGFBQVMsUUFBUUUsUUFBZSxNQUFtQyxVQUFvRDtBQUNySCxlQUFTLFFBQVEsR0FBRyxRQUFRQSxRQUFPLFNBQVMsYUFBYTtBQUN2RCxjQUFNLFFBQXdCLENBQUM7QUFDL0IsaUJBQVMsSUFBSSxPQUFPLElBQUksS0FBSyxJQUFJQSxRQUFPLFFBQVEsV0FBVyxHQUFHLElBQUssT0FBTSxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQ3JGLGNBQU0sTUFBTUMsY0FBQW5ELFFBQUssTUFBTSxLQUFLO0FBQzVCLGlCQUFTLFVBQVUsR0FBRyxVQUFVLFVBQVUsV0FBVztBQUNuRCxnQkFBTSxRQUFRLElBQUksSUFBSSxDQUFDLEtBQUssTUFBTyxVQUFVLEdBQUcsSUFBSSxJQUFJLEVBQUcsRUFBRSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUM7QUFDakYsY0FBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixxQkFBVyxNQUFNO0FBQ2pCLFdBQUEsR0FBQW9ELFlBQUEsT0FBTSxNQUFNLE1BQU0sVUFBVSxFQUFFO0FBQzdCLFVBQUFELGNBQUFuRCxRQUFLLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFNLENBQUMsQ0FBRSxDQUFDLEVBQWlCLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDMUUsZ0JBQUksTUFBTSxDQUFDLENBQUUsSUFBSTtVQUNuQixDQUFDO1FBQ0g7QUFDQSxZQUFJLFFBQVEsQ0FBQyxLQUFLLE1BQU07QUFDdEIsbUJBQVMsS0FBSyxRQUFRLENBQUM7UUFDekIsQ0FBQztNQUNIO0lBQ0Y7QUFHQSxhQUFTLE9BQU8sTUFBYyxPQUFnQixXQUFXLE9BQU87QUFDOUQsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksU0FBVSxTQUFRLGNBQWMsSUFBSTtBQUN4QyxVQUFJLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2xELGFBQU8sRUFBRSxTQUFTLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSxVQUFVLElBQUksR0FBRyxHQUFHLFNBQVMsTUFBTTtJQUNyRjtBQUVBLGFBQVMsS0FBUSxLQUE4QjtBQUM3QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLE1BQU0sSUFBSSxJQUFjO01BQ3RDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUdPLGFBQVNxRCxZQUNkbEYsVUFDQSxPQUNBLFVBQytDO0FBQy9DLFlBQU0sU0FBd0QsRUFBRSxPQUFPLFFBQVcsUUFBUSxFQUFFO0FBQzVGO1FBQ0U7UUFDQSxPQUFPO1VBQ0wsUUFBUTtVQUNSLEtBQUssR0FBR0EsU0FBTyxPQUFPLEdBQUcrQyxTQUFRLE9BQU8sQ0FBQztVQUN6QyxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sU0FBUyxDQUFDO1VBQ3hDLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtRQUN6QztRQUNBLENBQUMsUUFBUTtBQUNQLGlCQUFPLFNBQVMsSUFBSTtBQUNwQixpQkFBTyxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO1FBQzNGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFnQkEsUUFBTSxvQkFBb0I7QUFDMUIsUUFBSSxpQkFBaUI7QUFHckIsYUFBUyxTQUFTLE1BQWMsU0FBUyxPQUFhO0FBQ3BELFVBQUksQ0FBQyxVQUFVLEtBQUssSUFBSSxJQUFJLGlCQUFpQixrQkFBbUI7QUFDaEUsdUJBQWlCLEtBQUssSUFBSTtBQUMxQixjQUFRLElBQUksbUJBQW1CLElBQUksRUFBRTtJQUN2QztBQUdPLGFBQVNvQyxlQUFjbkYsVUFBZ0IsUUFBZ0M7QUFDNUUsWUFBTSxFQUFFLFNBQVMsUUFBUSxXQUFXLGtCQUFrQixPQUFPLElBQUlBLFNBQU87QUFDeEUsWUFBTSxTQUF3QjtRQUM1QixVQUFVLE9BQU87UUFDakIsU0FBUztRQUNULFFBQVE7UUFDUixTQUFTO1FBQ1QsV0FBVztRQUNYLFNBQVM7TUFDWDtBQUNBLFVBQUksV0FBVyxLQUFLLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEQsWUFBTSxnQkFBZ0I7QUFDdEIsWUFBTSxVQUFtQixFQUFFLE1BQU1BLFNBQU8sU0FBUyxRQUFRLFFBQVEsQ0FBQyxHQUFHLE9BQU87QUFDNUUsZUFBUyxZQUFZLE9BQU8sTUFBTSxlQUFlLElBQUk7QUFDckQ7UUFDRTtRQUNBLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDO01BQ3hCO0FBQ0EsVUFBSSxTQUFTLGFBQWEsT0FBTztBQUNqQyxVQUFJLE9BQVEsVUFBUyxlQUFlLFNBQVMsTUFBTTtBQUNuRCxZQUFNLGFBQWEsY0FBYyxTQUFTLFFBQVEsUUFBUSxnQkFBZ0I7QUFDMUUsc0JBQWdCLFNBQVMsZ0JBQWdCLFNBQVMsVUFBVSxHQUFHQSxTQUFPLGtCQUFrQjtBQUN4RixhQUFPLFVBQVUsVUFBVTtBQUMzQixhQUFPO0lBQ1Q7QUFHQSxhQUFTLE1BQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLE9BQXVCO0FBQ3ZFO1FBQ0UsTUFBTTtRQUNOLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHK0MsU0FBUSxPQUFPLENBQUM7VUFDL0IsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxPQUFPLFVBQVUsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLFNBQVMsQ0FBQztVQUMvRixRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7UUFDekM7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7QUFDeEYsY0FBSSxDQUFDO0FBQ0gsa0JBQU0sSUFBSTtjQUNSLDBCQUEwQixPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsSUFBSSxZQUFZLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDeEg7QUFDRixpQkFBTyxNQUFNLENBQUMsQ0FBRSxJQUFJO1FBQ3RCO01BQ0Y7SUFDRjtBQUdBLGFBQVMsYUFBYSxFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQXNCO0FBQ2pFLFlBQU0sVUFBVSxHQUFHLElBQUksR0FBR0EsU0FBUSxTQUFTLENBQUMsTUFBTSxtQkFBbUIwQixjQUFhLENBQUMsVUFBVSxVQUFVO0FBQ3ZHLFlBQU0sU0FBbUIsQ0FBQztBQUMxQjtRQUNFLE9BQU87UUFDUCxDQUFDLE9BQU8sRUFBRSxRQUFRLE9BQU8sS0FBSyxTQUFTLFFBQVEsT0FBTyxnQkFBZ0IsT0FBTyxDQUFDLENBQUMsRUFBRTtRQUNqRixDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLE9BQU8sSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxJQUFJO0FBQ3RGLGNBQUksQ0FBQztBQUNILGtCQUFNLElBQUksTUFBTSxtQ0FBbUMsT0FBTyxDQUFDLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEVBQUU7QUFDeEcsaUJBQU8sQ0FBQyxJQUFJLEVBQUUsT0FBTyxLQUFLLE9BQU8sS0FBSyxLQUFLLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxFQUFFLEVBQUU7UUFDcEU7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsZUFBZSxTQUFrQixRQUE0QjtBQUNwRSxZQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sSUFBSTtBQUNqQyxlQUFTLFFBQVEsR0FBRyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsSUFBSSxTQUFTLENBQUMsS0FBSyxRQUFRLEtBQU0sU0FBUztBQUNqRixjQUFNLFNBQVMsT0FBTyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsSUFBSSxJQUFJLENBQUMsUUFBUSxFQUFFLE9BQU8sR0FBRyxHQUFHLEVBQUUsQ0FBQztBQUM3RTtVQUNFLE9BQU87VUFDUCxDQUFDLE9BQU87WUFDTixRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBRzFCLFNBQVEsVUFBVSxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7WUFDL0MsUUFBUSxPQUFPLGtCQUFrQixPQUFPLE9BQU8sQ0FBQyxFQUFHLEtBQUssQ0FBQztVQUMzRDtVQUNBLENBQUMsUUFBUTtBQUNQLGdCQUFJLElBQUksV0FBVyxJQUFLLFFBQU87VUFDakM7UUFDRjtBQUNBLGlCQUFTLGFBQWEsT0FBTztNQUMvQjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsY0FDUCxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FDL0IsUUFDQSxRQUNBLGtCQUM2QjtBQUM3QixZQUFNLFlBQStELENBQUM7QUFDdEUsYUFBTyxRQUFRLENBQUMsT0FBTyxNQUFNO0FBQzNCLGNBQU0sT0FBTyxPQUFPLENBQUMsRUFBRztBQUN4QixZQUFJLFFBQVEsT0FBUSxRQUFPO0FBQzNCLGlCQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUTtBQUNsQyxvQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLEdBQUcsVUFBVSxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQixDQUFDO01BQy9GLENBQUM7QUFDRCxZQUFNLGFBQTBDLENBQUM7QUFDakQ7UUFDRSxVQUFVO1FBQ1YsQ0FBQyxNQUFNO0FBQ0wsZ0JBQU0sRUFBRSxPQUFPLEdBQUcsU0FBUyxJQUFJLFVBQVUsQ0FBQztBQUMxQyxnQkFBTSxTQUFTO1lBQ2IsT0FBTzRCLGNBQWEsQ0FBQztZQUNyQixPQUFPLGlCQUFpQixDQUFDO1lBQ3pCLE9BQU87WUFDUCxlQUFlLFdBQVcsSUFBSTtVQUNoQztBQUNBLGlCQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUc1QixTQUFRLFNBQVMsQ0FBQztZQUNqQyxNQUFNLEtBQUssVUFBVSxNQUFNO1lBQzNCLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxLQUFLLEdBQUcsSUFBSTtVQUN0RDtRQUNGO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxLQUFLLElBQUksV0FBVyxNQUFNLEtBQWlCLEdBQUcsR0FBRyxLQUFLO0FBQzVELGNBQUksT0FBTztBQUNULGtCQUFNLElBQUk7Y0FDUixrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3ZHO0FBQ0YsaUJBQU87QUFDUCxtQkFBUyxHQUFHLE9BQU8sT0FBTyxPQUFPLFVBQVUsTUFBTSxvQkFBb0I7QUFDckUsY0FBSSxVQUFVLENBQUMsRUFBRyxTQUFVLFlBQVcsS0FBSyxFQUFFLE9BQU8sVUFBVSxDQUFDLEVBQUcsT0FBTyxHQUFHLENBQUM7UUFDaEY7TUFDRjtBQUNBLGFBQU87SUFDVDtBQU9BLGFBQVMsZ0JBQWdCLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxZQUFnRDtBQUMxRyxZQUFNLE9BQWMsQ0FBQztBQUNyQjtRQUNFLFdBQVc7UUFDWCxDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR0EsU0FBUSxZQUFZLFdBQVcsQ0FBQyxFQUFHLEVBQUUsQ0FBQztVQUNyRCxNQUFNO1VBQ04sUUFBUSxPQUFPLG9CQUFvQixPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssR0FBRyxJQUFJO1FBQ3ZFO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLGNBQUksVUFBVTtBQUNaLGtCQUFNLElBQUk7Y0FDUixvQ0FBb0MsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQzFHO0FBQ0YsZUFBSyxLQUFLLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU0sQ0FBQztRQUNsRDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxnQkFBZ0IsU0FBa0IsTUFBYSxVQUF3QjtBQUM5RSxZQUFNLFdBQVcsS0FBSyxJQUFJLElBQUksV0FBVztBQUN6QyxZQUFNLFFBQVEsS0FBSztBQUNuQixhQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLGlCQUFTLEdBQUcsUUFBUSxLQUFLLE1BQU0sT0FBTyxLQUFLLDJCQUEyQjtBQUN0RSxZQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsZ0JBQU0sSUFBSTtZQUNSLFlBQVksS0FBSyxNQUFNLCtEQUErRCxRQUFRO1VBQ2hHO0FBQ0YsU0FBQSxHQUFBa0MsWUFBQSxPQUFNLENBQUM7QUFDUCxjQUFNLEVBQUUsTUFBQUcsT0FBTSxRQUFRLElBQUksU0FBUyxTQUFTLElBQUk7QUFDaEQsWUFBSSxRQUFRLE9BQU8sRUFBRyxPQUFNLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQztBQUNqRCxlQUFPQTtNQUNUO0lBQ0Y7QUFHQSxhQUFTLFNBQVMsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQVksTUFBb0Q7QUFDL0csWUFBTUEsUUFBYyxDQUFDO0FBQ3JCLFlBQU0sVUFBVSxvQkFBSSxJQUFZO0FBQ2hDO1FBQ0UsS0FBSztRQUNMLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHckMsU0FBUSxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztVQUM3QyxRQUFRLE9BQU8sb0JBQW9CLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO1FBQzNEO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFFVixjQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLG9CQUFRLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSztBQUMxQnFDLGtCQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7QUFDbEI7VUFDRjtBQUNBLGNBQUksSUFBSSxXQUFXO0FBQ2pCLGtCQUFNLElBQUk7Y0FDUiwwQ0FBMEMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNLEdBQUcsSUFBSSxRQUFRLEtBQUssSUFBSSxLQUFLLE1BQU0sRUFBRTtZQUMvSTtBQUNGLGdCQUFNLFNBQVMsS0FBMEMsR0FBRztBQUM1RCxjQUFJLFFBQVEsV0FBVztBQUNyQixrQkFBTSxJQUFJO2NBQ1IsbUNBQW1DLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssWUFBWSxPQUFPLFNBQVMsaUJBQWlCO1lBQy9HO0FBQ0YsY0FBSSxRQUFRLFdBQVcsWUFBYSxRQUFPO2NBQ3RDQSxPQUFLLEtBQUssS0FBSyxDQUFDLENBQUU7UUFDekI7TUFDRjtBQUNBLGFBQU8sRUFBRSxNQUFBQSxPQUFNLFFBQVE7SUFDekI7QUFNTyxhQUFTQyxlQUNkckYsVUFDQSxZQUNBLFFBQ0EsUUFDUTtBQUNSLFlBQU0sT0FBT0EsU0FBTztBQUNwQixVQUFJLFVBQVU7QUFDZCxVQUFJLFNBQVM7QUFDYixlQUFTLE9BQU8sR0FBRyxPQUFPLEtBQU0sUUFBUTtBQUN0QyxZQUFJLFFBQXFDLENBQUM7QUFDMUM7VUFDRTtVQUNBLE9BQU87WUFDTCxRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBRytDLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQyxVQUFVLFVBQVUsV0FBVyxNQUFNO1lBQ3RHLFFBQVEsT0FBTyxrQkFBa0IsVUFBVTtVQUM3QztVQUNBLENBQUMsUUFBUTtBQUNQLHFCQUFTLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsR0FBRyxRQUFRLFdBQWMsQ0FBQztVQUMxRztRQUNGO0FBQ0EsWUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixjQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFlBQUksT0FBTztBQUNYO1VBQ0UsT0FBTztVQUNQLENBQUMsT0FBTztZQUNOLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO1lBQy9DLFFBQVEsT0FBTyxvQkFBb0IsVUFBVTtVQUMvQztVQUNBLENBQUMsUUFBUTtBQUNQLGdCQUFJLElBQUksV0FBVyxPQUFPLElBQUksV0FBVyxJQUFLO1VBQ2hEO1FBQ0Y7QUFDQSxtQkFBVztBQUNYLGtCQUFVLE1BQU0sU0FBUztNQUMzQjtBQUNBLGFBQU87SUFDVDtBSnZXQSxRQUFNLGVBQWU7QUFDckIsUUFBTSxnQkFBZ0I7QUFFdEIsYUFBUyxNQUFNLFNBQXdCO0FBQ3JDLE1BQUF1QyxtQkFBQXhFLFFBQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsWUFBTSxJQUFJLE1BQU0sT0FBTztJQUN6QjtBQUVBLGFBQVMsTUFBTSxTQUF1QjtBQUNwQyxZQUFNeUUsT0FBTSxHQUFHLE9BQU87QUFDdEIsWUFBTSxNQUFNQyxjQUFBM0QsUUFBSyxJQUFJMEQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxVQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCO1VBQ0UsbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhO1FBQ3ZHO01BQ0Y7QUFDQSxVQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCO1VBQ0UsbUJBQW1CQSxJQUFHLGFBQWEsSUFBSSxNQUFNO1FBQy9DO01BQ0Y7SUFDRjtBQUVBLGFBQVM3QyxlQUFjMUMsVUFBZ0J5RixVQUF1QyxNQUFvQjtBQUNoRyxhQUFPQSxTQUFPLElBQUksS0FBS3pGLFNBQU8sTUFBTSxJQUFJLEVBQUU7SUFDNUM7QUFNQSxhQUFTMEYsT0FBTTFGLFVBQWdCeUYsVUFBdUMsTUFBb0I7QUFDeEYsVUFBSWhELE1BQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUdBLE1BQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSUEsTUFBSyxRQUFRLE1BQU0sR0FBR0MsZUFBYzFDLFVBQVF5RixVQUFRLElBQUksQ0FBQztBQUNyRixZQUFNLFNBQVNQLFlBQVdsRixVQUFRLE9BQU8sUUFBUTtBQUNqRCxVQUFJLENBQUMsT0FBTyxPQUFPO0FBQ2pCLGNBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLGNBQU0sUUFBUUEsU0FBTyxZQUNqQixlQUFlQSxTQUFPLFNBQVMsS0FDL0JBLFNBQU8sWUFDTCxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFDcEQsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUN6QyxjQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO01BQ3hHO0FBQ0EsYUFBTyxPQUFPO0lBQ2hCO0FBRUEsYUFBUyxZQUFZLFFBQW1CLE9BQWVBLFVBQXNCO0FBQzNFLFlBQU0sT0FBYSxDQUFDO0FBQ3BCLFlBQU0sWUFBa0IsQ0FBQztBQUN6QixlQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxjQUFNLFVBQVUsT0FBTyxhQUFhO1VBQ2xDLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQztVQUM5QixPQUFPO1VBQ1AsT0FBTztVQUNQLGVBQWU7UUFDakIsQ0FBQztBQUNELFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsY0FBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxZQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGtCQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsYUFBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO01BQy9CO0FBQ0EsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxTQUFPLHFCQUFxQjtBQUMxRCxpQkFBVyxTQUFTLE1BQU07QUFDeEIsbUJBQVM7QUFDUCxnQkFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsY0FBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxjQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxjQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2Ysa0JBQU0sNkRBQTZEQSxTQUFPLGtCQUFrQixJQUFJO0FBQ2xHLFdBQUEsR0FBQTJGLFlBQUEsT0FBTSxHQUFHO1FBQ1g7TUFDRjtBQUNBLGFBQU87SUFDVDtBQVFBLG1CQUFzQkMsbUJBQTBEO0FBQzlFLFlBQU0sUUFBdUMsQ0FBQztBQUM5QyxpQkFBVyxRQUFRN0csUUFBTztBQUN4QixZQUFJO0FBQ0YsZ0JBQU0sV0FBVyxNQUFNOEQsZ0JBQUFnRCxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsY0FBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO1FBQzlCLFFBQVE7UUFFUjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUFjN0YsVUFBZ0J5RixVQUFnRDtBQUNyRixZQUFNLFFBQVFqRyxXQUFXOEYsbUJBQUF4RSxRQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsWUFBTSxTQUFrQixDQUFDO0FBQ3pCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUkyQixNQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssR0FBRztBQUNyRCxpQkFBTyxLQUFLLEVBQUUsTUFBTSxHQUFHQSxNQUFLLFFBQVEsTUFBTSxHQUFHQyxlQUFjMUMsVUFBUXlGLFVBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQztNQUN2RjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsT0FBTyxRQUEwQjtBQUN4QyxZQUFNLFNBQVMsb0JBQUksSUFBVztBQUM5QixpQkFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsY0FBTSxVQUFVLE9BQU8sT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLElBQUk7QUFDcEQsWUFBSSxRQUFRLFNBQVMsRUFBRyxRQUFPLElBQUksUUFBUSxDQUFDLENBQUUsRUFBRSxJQUFJLFFBQVEsUUFBUSxTQUFTLENBQUMsQ0FBRTtNQUNsRjtBQUNBLGFBQU8sQ0FBQyxHQUFHLE1BQU07SUFDbkI7QUFPQSxhQUFTLGVBQWV6RixVQUFnQixRQUF1QjtBQUM3RCxZQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFlBQU0sT0FBTyxNQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksV0FBVyxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ25FLFlBQU0sT0FBTyxxQkFBcUJBLFNBQU8sUUFBUSxPQUFPLDhCQUE4QixPQUFPLE1BQU07QUFDbkcsVUFBSUEsU0FBTyxRQUFRLGtCQUFrQixDQUFDQSxTQUFPLFFBQVEsUUFBUTtBQUMzRCxjQUFNLFVBQVUsT0FBTyxNQUFNO0FBQzdCLGNBQU0sSUFBSW1GLGVBQWNuRixVQUFRLE9BQU87QUFDdkMsWUFBSSxFQUFFLFdBQVcsUUFBUSxRQUFRO0FBQy9CLGtCQUFRLElBQUksR0FBRyxJQUFJLG9DQUFvQyxRQUFRLE1BQU0sd0JBQXdCLEtBQUssQ0FBQyxFQUFFO0FBQ3JHO1FBQ0Y7QUFDQSxnQkFBUTtVQUNOLGdFQUFnRSxRQUFRLFNBQVMsRUFBRSxNQUFNLE9BQU8sUUFBUSxNQUFNO1FBQ2hIO01BQ0Y7QUFDQSxZQUFNLElBQUltRixlQUFjbkYsVUFBUSxNQUFNO0FBQ3RDLGNBQVE7UUFDTixHQUFHLElBQUksS0FBSyxFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLFdBQVcsRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLE9BQU8sb0RBQW9ELEVBQUUsS0FBSyxLQUFLLENBQUM7TUFDaE47SUFDRjtBQVNBLG1CQUFzQjhGLFlBQVc5RixVQUFnQnZCLFlBQTBCLENBQUMsR0FBcUI7QUFDL0YsWUFBTXVCLFNBQU8sT0FBTztBQUNwQixZQUFNeUYsV0FBUyxNQUFNRyxpQkFBZ0I7QUFDckMsWUFBTUcsY0FBWSxJQUFJekIsV0FBVXRFLFNBQU8sU0FBU0EsU0FBTyxXQUFXO0FBQ2xFLFlBQU0sU0FBUyxDQUFDO0FBQ2hCLGlCQUFXLFFBQVFqQixPQUFPLFFBQU8sSUFBSSxJQUFJMkcsT0FBTTFGLFVBQVF5RixVQUFRLElBQUk7QUFDbkUsWUFBTSxRQUFRYixVQUFTO0FBQ3ZCLFlBQU0sUUFBUVMsZUFBY3JGLFVBQVEsT0FBTyxPQUFPMEUsbUJBQWtCLENBQUMsVUFBVUksWUFBVyxPQUFPLE9BQU8sS0FBSyxDQUFDO0FBQzlHLFVBQUksUUFBUSxFQUFHLFNBQVEsSUFBSSxrQkFBa0IsS0FBSyx3Q0FBd0M7QUFDMUYsVUFBSXJHLFVBQVEsU0FBUztBQUNuQixZQUFJO0FBQ0YseUJBQWV1QixVQUFRLGNBQWNBLFVBQVF5RixRQUFNLENBQUM7UUFDdEQsU0FBUyxPQUFPO0FBQ2QsZ0JBQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO1FBQzlEO01BQ0Y7QUFDQSxZQUFNLGtCQUFrQmhILFVBQVEsT0FBTyxZQUFZc0gsWUFBVSxHQUFHLE9BQU8sT0FBTyxHQUFHLE9BQU8vRixRQUFNLElBQUksQ0FBQztBQUVuRyxhQUFPLEVBQUUsT0FBTyxRQUFRLGlCQUFpQixjQUFjLE9BQU8sS0FBS3lGLFFBQU0sRUFBRSxTQUFTLEVBQUU7SUFDeEY7QUFHQSxtQkFBc0JPLFlBQVdoRyxVQUFnQixNQUEwQztBQUN6RixVQUFJLENBQUMsTUFBTSxTQUFTeUMsTUFBSyxNQUFNLFVBQVUsRUFBRztBQUM1QyxZQUFNZ0QsV0FBUyxNQUFNRyxpQkFBZ0I7QUFFckMsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJbkQsTUFBSyxRQUFRLFNBQVMsR0FBR2dELFNBQU8sU0FBU3pGLFNBQU8sTUFBTSxNQUFNLFFBQVE7QUFDaEcsWUFBTSxFQUFFLE1BQU0sSUFBSWtGLFlBQVdsRixVQUFRLE9BQU8sUUFBUTtBQUNwRCxVQUFJLENBQUMsT0FBTztBQUNWLGdCQUFRO1VBQ04saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSztRQUN0RztBQUNBO01BQ0Y7QUFDQSxZQUFNLFVBQVVxRixlQUFjckYsVUFBUSxPQUFPLEtBQUssT0FBTyxDQUFDLFVBQVU4RSxZQUFXLE9BQU8sS0FBSyxPQUFPLElBQUksQ0FBQztBQUN2RyxVQUFJLFVBQVUsRUFBRyxTQUFRLElBQUkscUJBQXFCLE9BQU8sNkJBQTZCO0lBQ3hGO0FNOUtBLGFBQVMsbUJBQTRCO0FBQ25DLGFBQU8sU0FBUztJQUNsQjtBQUdPLGFBQVNtQixjQUFhakcsVUFBZ0IsV0FBdUQ7QUFDbEcsVUFBSSxDQUFDLGlCQUFpQixFQUFHLFFBQU87QUFDaEMsWUFBTSxRQUFRLFVBQVU7QUFHeEIsWUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxZQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixVQUFJQSxTQUFPLFlBQVk7QUFDckIsa0JBQVUsWUFBWThCLG1CQUFrQixNQUFNLFNBQVM7QUFDdkQsY0FBTTtVQUNKLEdBQUdLLGVBQWM7WUFDZixVQUFVbkMsU0FBTyxRQUFRO1lBQ3pCLFlBQVlBLFNBQU8sUUFBUTtZQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFNBQU8sUUFBUSx1QkFBdUI7WUFDL0UsZUFBZUEsU0FBTztVQUN4QixDQUFDO1FBQ0g7TUFDRjtBQUNBLFVBQUlBLFNBQU8sY0FBZSxDQUFBNEMsZ0JBQWVILE9BQU0sTUFBTSxTQUFTMUQsUUFBT1MsV0FBVSxTQUFTLENBQUM7QUFDekYsYUFBTztRQUNMO1FBQ0EsWUFBWSxzQkFBc0JrQixnQkFBZSxLQUFLLEdBQUcsU0FBUzs7UUFFbEUsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJVixTQUFPLHFCQUFxQixFQUFFLEtBQUtBLFNBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO1FBQ3RHLG1CQUFtQlk7TUFDckI7SUFDRjtBQU1BLGFBQVMsc0JBQXNCLFlBQTBCLFdBQW1EO0FBQzFHLGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLFNBQVMsR0FBRztBQUN4RCxZQUFJRCxlQUFjLFFBQVEsRUFBRyxZQUFXRixXQUFVLHNCQUFzQixFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO01BQ3BHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxTQUFTLFVBQTZCO0FBQzdDLFlBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFNNUMsVUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxVQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWE7QUFDbEYsZ0JBQVEsT0FBTyxLQUFLO0FBQ3RCLGFBQU87SUFDVDtBQUdPLGFBQVMvQixrQkFBc0I7QUFDcEMsVUFBSXNCLFFBQVUsV0FBWSxDQUFBdEIsZUFBWXNCLFFBQVUsVUFBVTtJQUM1RDtBQU1BLGFBQVMsdUJBQTZCO0FBQ3BDLFVBQUlBLFFBQVUsV0FBWSxDQUFBa0MsU0FBUWxDLFFBQVUsVUFBVTtJQUN4RDtBQUdBLG1CQUFzQm5CLFVBQVMsTUFBK0I7QUFDNUQsMkJBQXFCO0FBQ3JCLFlBQU1tSCxZQUFXaEcsU0FBVyxJQUFJO0lBQ2xDO0FDdEdBLFFBQUFnQixxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUUsbUJBQXNCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDRmYsYUFBU2dGLFNBQVEsVUFBa0JDLFVBQWtDO0FBQzFFLFVBQUlBLFNBQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUNuRSxpQkFBVyxTQUFTQSxTQUFRLEtBQUksV0FBVyxNQUFNLE9BQVEsUUFBTyxNQUFNO0FBQ3RFLGFBQU9BLFNBQU9BLFNBQU8sU0FBUyxDQUFDLEVBQUc7SUFDcEM7QUFFTyxhQUFTQyxRQUFPLFFBQStDO0FBQ3BFLFVBQUksT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoQyxZQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxZQUFNLE1BQU0sS0FBSyxNQUFNLE9BQU8sU0FBUyxDQUFDO0FBQ3hDLGFBQU8sT0FBTyxTQUFTLElBQUksT0FBTyxHQUFHLEtBQUssT0FBTyxNQUFNLENBQUMsSUFBSyxPQUFPLEdBQUcsS0FBTTtJQUMvRTtBQUdPLFFBQU1DLGdCQUFlO0FBTXJCLGFBQVNDLFlBQVcsWUFBb0IsSUFBYSxtQkFBMkIsU0FBeUI7QUFDOUcsYUFBTyxNQUFNLGFBQWEsWUFBWSxvQkFBb0IsV0FBV0Q7SUFDdkU7QURkQSxhQUFTRSxzQkFBNkI7QUFDcEMsY0FBUSxLQUFLLElBQUksSUFBSUMsbUJBQUExRixRQUFLLFNBQVMsYUFBYTtJQUNsRDtBQUlBLFFBQUkyRixjQUFhO0FBR1YsYUFBU0MsWUFBV1AsVUFBa0M7QUFDM0QsTUFBQU0sY0FBYTtBQUNiLFlBQU0sT0FBT1AsU0FBUUssb0JBQW1CLEdBQUdKLFFBQU07QUFDakQsTUFBQUssbUJBQUExRixRQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsYUFBTztJQUNUO0FBU08sYUFBUzZGLFlBQ2QsWUFDQVIsVUFDQSxXQUNBLFVBQ0EsVUFBVSxJQUNIO0FBQ1AsWUFBTSxRQUFRLElBQUlTLGlCQUFBLE1BQU0sVUFBVTtBQUNsQyxZQUFNLG1CQUE2QixDQUFDO0FBQ3BDLFVBQUk7QUFDSixNQUFBN0MsaUJBQWdCLENBQUMsV0FBVyxZQUFZLE9BQU87QUFDN0MsWUFBSSxDQUFDMEMsWUFBWTtBQUNqQixjQUFNLFFBQVFQLFNBQVFLLG9CQUFtQixHQUFHSixRQUFNO0FBQ2xELFFBQUFLLG1CQUFBMUYsUUFBSyxHQUFHLFFBQVEsS0FBSyxRQUFRO0FBQzdCLFlBQUksVUFBVSxXQUFXO0FBQ3ZCLGNBQUksR0FBSSxrQkFBaUIsS0FBSyxVQUFVO0FBQ3hDLDRCQUFrQjtRQUNwQixXQUFXLFNBQVMsU0FBUyxLQUFLLEdBQUc7QUFDbkMsOEJBQW9Cc0YsUUFBTyxnQkFBZ0I7QUFDM0MsY0FBSSxvQkFBb0IsT0FBVyxPQUFNLElBQUlFLFlBQVcsWUFBWSxJQUFJLGlCQUFpQixPQUFPLENBQUM7UUFDbkc7TUFDRixDQUFDO0FBQ0QsYUFBTztJQUNUO0FFOURPLGFBQVNPLFdBQVUzSCxPQUFzQjtBQUM5QyxhQUFPQSxNQUFLO1FBQ1Y7UUFDQSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQztNQUNyRjtJQUNGO0FBR08sYUFBUzRILG9CQUFtQjVILE9BQXNCO0FBQ3ZELGFBQU9BLE1BQ0osUUFBUSxPQUFPLEtBQUssRUFDcEIsUUFBUSxZQUFZLEdBQUcsRUFDdkIsUUFBUSxNQUFNLE1BQU0sRUFDcEIsUUFBUSxNQUFNLE1BQU07SUFDekI7QUFRTyxhQUFTNkgsY0FBYTdILE9BQWNULFlBQWdDLEVBQUUsU0FBUyxLQUFLLEdBQVc7QUFDcEcsWUFBTSxVQUFVUyxNQUFLLFFBQVEsWUFBWSxHQUFHO0FBQzVDLFlBQU0sT0FBT1QsVUFBUSxVQUFVLFFBQVEsUUFBUSxPQUFPLEtBQUssSUFBSTtBQUMvRCxZQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUNwRixZQUFNLFFBQVEsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUN2QyxZQUFNLE1BQU0sS0FBSyxXQUFXLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxJQUFJLE1BQU07QUFDL0QsYUFBTyxHQUFHLEtBQUssR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLEdBQUcsR0FBRyxLQUFLO0lBQzVDO0FDT08sYUFBUyxPQUFPdUksYUFBNEI7QUFDakQsYUFBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7SUFDaEU7QUFFQSxhQUFTQyxRQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxVQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLGFBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztJQUN4RTtBQUdPLGFBQVNDLGVBQWMsTUFBbUM7QUFDL0QsWUFBTSxPQUF1QixDQUFDO0FBQzlCLGlCQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxtQkFBVyxDQUFDRixhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLGdCQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixnQkFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLGVBQUssS0FBSztZQUNSO1lBQ0EsWUFBQUE7WUFDQSxJQUFJLE9BQU87WUFDWDtZQUNBLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXO1lBQ2pGLE1BQU1DLFFBQU8sUUFBUSxJQUFJO1VBQzNCLENBQUM7UUFDSDtNQUNGO0FBQ0EsYUFBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0lBQzVGO0FBRUEsUUFBTSxhQUFhO0FBR1osYUFBU0UsY0FBYSxNQUFrQztBQUM3RCxZQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsWUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsWUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFlBQUksQ0FBQyxHQUFHO0FBQ04sY0FBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUs7QUFDekYsZUFBSyxJQUFJLFVBQVUsQ0FBQztRQUN0QjtBQUNBLGVBQU87TUFDVDtBQUNBLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsWUFBSSxDQUFDLE1BQU87QUFDWixjQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixjQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsWUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxpQkFBTyxPQUFPLElBQUksUUFBUSxHQUFHO1lBQzNCLFVBQVUsRUFBRSxTQUFTO1lBQ3JCLEtBQUssRUFBRSxPQUFPO1lBQ2QsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTyxLQUFLO1lBQ25CLEtBQUssRUFBRSxPQUFPO1VBQ2hCLENBQUM7UUFDSCxXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLGNBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87UUFDbEU7TUFDRjtBQUNBLGFBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztJQUMvRTtBQWtCQSxRQUFNLHFCQUFxQjtBQU9wQixhQUFTQyxtQkFDZCxNQUNBLHVCQUErQyxDQUFDLEdBQ2hDO0FBQ2hCLFlBQU0sWUFBMEIsQ0FBQztBQUNqQyxpQkFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsY0FBTSxXQUFXLG1CQUFtQixLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2xELFlBQUksYUFBYSxPQUFXO0FBQzVCLGNBQU1DLGNBQWEsT0FBTyxRQUFRLFNBQVM7QUFDM0MsY0FBTSxlQUFlLHFCQUFxQixRQUFRO0FBQ2xELGNBQU0sUUFBUSxPQUFPLEtBQUssT0FBTyxjQUFjLENBQUMsQ0FBQyxFQUM5QyxJQUFJLENBQUNMLGdCQUFlLDZCQUE2QixLQUFLQSxXQUFVLElBQUksQ0FBQyxDQUFDLEVBQ3RFLEtBQUssQ0FBQyxNQUFNLE1BQU0sTUFBUztBQUM5QixrQkFBVSxLQUFLO1VBQ2I7VUFDQSxZQUFBSztVQUNBLFVBQVUsaUJBQWlCLFNBQVksT0FBT0EsY0FBYTtVQUMzRCxTQUFTLFVBQVUsU0FBWSxPQUFPLE9BQU8sS0FBSztRQUNwRCxDQUFDO01BQ0g7QUFDQSxZQUFNLFFBQVFDLGFBQVksTUFBTSxzQkFBc0IsT0FBTztBQUM3RCxVQUFJLFVBQVUsV0FBVyxLQUFLLFVBQVUsS0FBTSxRQUFPO0FBQ3JELGdCQUFVLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDN0QsWUFBTSxhQUFhLFNBQVMsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDbEYsWUFBTSxRQUNKLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDLE1BQU0sY0FDNUQsVUFBVSxNQUFNLENBQUMsUUFBUSxJQUFJLGFBQWEsSUFBSTtBQUNoRCxhQUFPLEVBQUUsWUFBWSxVQUFVLFFBQVEsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxVQUFXLENBQUMsSUFBSSxNQUFNLFVBQVU7SUFDbEg7QUFHTyxhQUFTQyxrQkFBaUIsU0FBd0M7QUFDdkUsVUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixVQUFJLFFBQVEsZUFBZTtBQUN6QixlQUFPO0FBQ1QsWUFBTSxPQUNKLFFBQVEsYUFBYSxPQUNqQixtQkFBbUJDLGFBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQyxnQkFDM0QsR0FBR0EsYUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDLFdBQVcsUUFBUSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzNGLGFBQU8sdUJBQXVCLElBQUksc0JBQXNCQSxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUM7SUFDbEc7QUFHTyxhQUFTQyxhQUFZLEtBQXlCO0FBQ25ELFlBQU0sV0FDSixJQUFJLGFBQWEsT0FBTyxLQUFLLEtBQUtELGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxXQUFXLElBQUksYUFBYSxJQUFJLEtBQUssR0FBRztBQUM5RyxZQUFNLFVBQVUsSUFBSSxZQUFZLE9BQU8sZ0JBQWdCLGFBQWFBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUNyRyxhQUFPLEdBQUdBLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxhQUFhLElBQUksZUFBZSxJQUFJLEtBQUssR0FBRyxvQkFBb0IsUUFBUSxHQUFHLE9BQU87SUFDbEk7QUFHTyxhQUFTQSxhQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLFVBQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxVQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELFVBQUksU0FBUyxNQUFNO0FBQ2pCLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsWUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxlQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztNQUM3QztBQUNBLFVBQUksU0FBUztBQUNYLGVBQU8sS0FBSyxNQUFNLEtBQUssRUFDcEIsU0FBUyxFQUNULFFBQVEseUJBQXlCLEdBQUc7QUFDekMsYUFBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0lBQ2pHO0FBRU8sYUFBU0YsYUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixZQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsYUFBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7SUFDdkU7QUFXTyxhQUFTSSxpQkFBZ0IsTUFBMkM7QUFDekUsVUFBSSxDQUFDLEtBQUssU0FBUyxvQkFBb0IsQ0FBQyxLQUFLLFNBQVMsbUJBQW9CLFFBQU87QUFDakYsYUFBTztRQUNMLGdCQUFnQkosYUFBWSxNQUFNLG9CQUFvQixLQUFLO1FBQzNELGlCQUFpQkEsYUFBWSxNQUFNLHNCQUFzQixPQUFPO1FBQ2hFLDBCQUEwQkEsYUFBWSxNQUFNLG1DQUFtQyxLQUFLO1FBQ3BGLGlCQUFpQkEsYUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7TUFDM0U7SUFDRjtBQUdPLGFBQVNLLGVBQWMsV0FBMkM7QUFDdkUsVUFBSSxDQUFDLGFBQWMsVUFBVSxtQkFBbUIsUUFBUSxVQUFVLG9CQUFvQjtBQUNwRixlQUFPO0FBQ1QsWUFBTSxTQUFTLFVBQVU7QUFDekIsYUFBTztRQUNMLCtDQUErQ0gsYUFBWSxVQUFVLGdCQUFnQixPQUFPLENBQUM7UUFDN0YsV0FBV0EsYUFBWSxVQUFVLGlCQUFpQixPQUFPLENBQUM7UUFDMUQsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCQSxhQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7UUFDbEYsbUJBQW1CLFVBQVUsZUFBZTtNQUM5QyxFQUFFLEtBQUssSUFBSTtJQUNiO0FBRU8sUUFBTUksaUJBQWdCLENBQUMsU0FBOEJELGVBQWNELGlCQUFnQixJQUFJLENBQUM7QUNsTnhGLFFBQU0seUJBQXlCO0FBdU0vQixhQUFTRyxjQUNkLE1BQ0EsTUFDQSx1QkFBK0MsQ0FBQyxHQUN2QztBQUNULFlBQU0sYUFBYVgsZUFBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBRixhQUFZLElBQUksVUFBVSxLQUFLLE9BQU87UUFDMUY7UUFDQSxZQUFBQTtRQUNBO1FBQ0E7UUFDQTtNQUNGLEVBQUU7QUFDRixhQUFPO1FBQ0wsZ0JBQWdCO1FBQ2hCLEtBQUssRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLE9BQU8scUJBQXFCLEtBQUs7UUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7UUFDcEQ7UUFDQSxXQUFXRyxjQUFhLElBQUk7UUFDNUIsU0FBU0MsbUJBQWtCLE1BQU0sb0JBQW9CO1FBQ3JELFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3pHLFdBQVdNLGlCQUFnQixJQUFJO01BQ2pDO0lBQ0Y7QUFHTyxhQUFTVCxTQUFPLFdBQW1EO0FBQ3hFLFVBQUksVUFBVSxLQUFNLFFBQU8sVUFBVTtBQUNyQyxVQUFJLFVBQVUsV0FBVyxXQUFXLE1BQU0sRUFBRyxRQUFPO0FBQ3BELGFBQU8sZUFBZSxLQUFLLFVBQVUsTUFBTSxJQUFJLE9BQU87SUFDeEQ7QUM5T0EsYUFBUyxjQUFjLE9BQWUsR0FBNkI7QUFDakUsWUFBTSxPQUFPSixXQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsWUFBTSxXQUNKLEVBQUUsYUFBYSxRQUFRLEVBQUUsU0FBUyxpQkFBaUIsRUFBRSxNQUFNLEtBQUssWUFBWVcsYUFBWSxFQUFFLFVBQVVQLFNBQU8sQ0FBQyxDQUFDLENBQUM7QUFDaEgsWUFBTTdCLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFVBQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSxlQUFleUIsV0FBVSxRQUFRLENBQUM7QUFDMUQsYUFBTyxHQUFHekIsS0FBSTswQkFBNkJ5QixXQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLFlBQVksUUFBUSxFQUFFLENBQUMsc0JBQXNCQSxXQUFVLFFBQVEsQ0FBQzs7SUFDbEo7QUFFQSxhQUFTLFVBQVUsT0FBZSxTQUEwQjtBQUMxRCxZQUFNLFNBQVNBLFdBQVUsUUFBUSxJQUFJLGtCQUFrQiwyQkFBMkI7QUFDbEYsYUFBTyw0QkFBNEIsS0FBSzt3QkFBb0QsTUFBTSxlQUFlLE1BQU07O0lBQ3pIO0FBRU8sYUFBU2lCLGFBQVksU0FBMEI7QUFDcEQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUUzQyxZQUFNLFNBQVMsUUFBUSxJQUFJLFlBQVksV0FBVyxRQUFRLElBQUksWUFBWSxnQkFBZ0IsSUFBSTtBQUM5RixZQUFNLFFBQVEsS0FBSyxTQUFTO0FBQzVCLFlBQU10SCxhQUFZLFFBQVEsSUFBSSxlQUFlLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDakUsWUFBTSxRQUFRcUcsV0FBVSxlQUFlLFFBQVEsSUFBSSxRQUFRLEVBQUU7QUFDN0QsWUFBTSxRQUFRLENBQUMsR0FBSSxTQUFTLENBQUMsVUFBVSxPQUFPLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBSSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sY0FBYyxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzFHLGFBQU87UUFDTDtRQUNBLHlDQUF5QyxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sV0FBV3JHLFFBQU87UUFDMUcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sdUJBQXVCQSxRQUFPO1FBQ3BILEdBQUc7UUFDSDtRQUNBO1FBQ0E7TUFDRixFQUFFLEtBQUssSUFBSTtJQUNiO0FDakNBLGFBQVMsZUFBZSxNQUFvQztBQUMxRCxhQUFPO1FBQ0w7UUFDQTtRQUNBLEdBQUcsS0FBSztVQUNOLENBQUMsTUFDQyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsTUFBTXVHLGNBQWEsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDLE1BQU1TLGFBQVksRUFBRSxVQUFVUCxTQUFPLENBQUMsQ0FBQyxDQUFDO1FBQ2xIO01BQ0Y7SUFDRjtBQUVPLGFBQVNjLGdCQUFlLFNBQTBCO0FBQ3ZELFlBQU0sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFO0FBQ3ZDLFlBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLEVBQUUsRUFBRTtBQUV0QyxZQUFNLFVBQ0osS0FBSyxXQUFXLElBQ1osa0JBQ0EsT0FBTyxTQUFTLElBQ2QsS0FBSyxPQUFPLE1BQU0sT0FBTyxLQUFLLE1BQU0sdUJBQ3BDLFFBQVEsWUFBWSxpQkFDbEIsdUJBQXVCLEtBQUssTUFBTSwrREFDbEMsU0FBUyxLQUFLLE1BQU07QUFDOUIsWUFBTSxRQUFRLENBQUMsa0JBQWtCaEIsY0FBYSxRQUFRLElBQUksVUFBVSxFQUFFLFNBQVMsTUFBTSxDQUFDLENBQUMsS0FBSyxPQUFPLElBQUksRUFBRTtBQUN6RyxVQUFJLE9BQU8sU0FBUyxFQUFHLE9BQU0sS0FBSyxHQUFHLGVBQWUsTUFBTSxHQUFHLEVBQUU7QUFDL0QsVUFBSSxPQUFPLFNBQVMsR0FBRztBQUVyQixjQUFNO1VBQ0o7VUFDQSxZQUFZLE9BQU8sTUFBTSxvQkFBb0IsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO1VBQzNFO1VBQ0EsR0FBRyxlQUFlLE1BQU07VUFDeEI7VUFDQTtVQUNBO1FBQ0Y7TUFDRjtBQUNBLFlBQU0sWUFBWSxRQUFRO0FBQzFCLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxLQUFLLDREQUE0RCxxQ0FBcUM7QUFDNUcsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNO1lBQ0osS0FBS0Qsb0JBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU1VLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsV0FBVyxTQUFTLENBQUM7VUFDdE47UUFDRjtBQUNBLGNBQU0sS0FBSyxFQUFFO01BQ2Y7QUFDQSxZQUFNLFVBQVUsUUFBUSxXQUFXO0FBQ25DLFlBQU0sU0FBU0Qsa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxHQUFHLFFBQVMsYUFBYSxJQUFJLFFBQVEsRUFBRSxHQUFHVCxvQkFBbUIsTUFBTSxDQUFDLElBQUksRUFBRTtBQUNqRyxVQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxjQUFNLEtBQUssZ0ZBQWdGLHNCQUFzQjtBQUNqSCxtQkFBVyxPQUFPLFFBQVEsV0FBVztBQUNuQyxnQkFBTTtZQUNKLEtBQUtBLG9CQUFtQixJQUFJLFFBQVEsQ0FBQyxNQUFNVSxhQUFZLElBQUksWUFBWSxPQUFPLENBQUMsTUFBTSxJQUFJLGFBQWEsT0FBTyxRQUFRQSxhQUFZLElBQUksVUFBVSxPQUFPLENBQUMsTUFBTSxJQUFJLFlBQVksT0FBTyxjQUFjQSxhQUFZLElBQUksU0FBUyxPQUFPLENBQUM7VUFDck87UUFDRjtBQUNBLGNBQU0sS0FBSyxFQUFFO01BQ2Y7QUFDQSxZQUFNLEtBQUtWLG9CQUFtQmEsZUFBYyxRQUFRLFNBQVMsQ0FBQyxHQUFHLEVBQUU7QUFDbkUsYUFBTyxNQUFNLEtBQUssSUFBSTtJQUN4QjtBQ3JEQSxRQUFNLFdBQVcsb0JBQUksSUFBSTtNQUN2QjtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7SUFDRixDQUFDO0FBQ0QsUUFBTSxXQUFXLENBQUMsU0FDaEIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFMUYsYUFBUyxNQUFNLE9BQWdCO0FBQzdCLFlBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUN6SSxVQUFrQixRQUFRLFFBQVUsSUFBSSxJQUFJQSxLQUFJLFlBQWNBO0FBQzlGLGFBQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxFQUFFO0lBQ3ZFO0FBRU8sYUFBUzhJLGFBQ2QsTUFDQXZKLFdBQ1E7QUFDUixZQUFNLElBQUksTUFBTUEsVUFBUSxLQUFLO0FBQzdCLFlBQU0sUUFBa0IsQ0FBQztBQUN6QixZQUFNLGFBQWF5SSxlQUFjLElBQUk7QUFDckMsWUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxZQUFNO1FBQ0osRUFBRTtVQUNBLGVBQWV6SSxVQUFRLFFBQVEsS0FBSyxXQUFXLFdBQVcsSUFBSSxrQkFBa0IsV0FBVyxJQUFJLEVBQUUsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsSUFBSSxFQUFFLElBQUksR0FBRyxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixDQUFDO1FBQ3JOO01BQ0Y7QUFDQSxZQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGlCQUFXLEtBQUssWUFBWTtBQUMxQixjQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsY0FBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSStJLGFBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7TUFDN0c7QUFDQSxZQUFNLFlBQVlMLGNBQWEsSUFBSTtBQUNuQyxVQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLGNBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxjQUFNO1VBQ0o7VUFDQSxFQUFFO1lBQ0EsR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUM7VUFDMUk7UUFDRjtBQUNBLG1CQUFXLEtBQUssV0FBVztBQUN6QixnQkFBTSxPQUFPLENBQUMsTUFBcUJLLGFBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLGdCQUFNO1lBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJQSxhQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7VUFDaEw7UUFDRjtNQUNGO0FBQ0EsWUFBTSxVQUFVSixtQkFBa0IsTUFBTTNJLFVBQVEsb0JBQW9CO0FBQ3BFLFlBQU0sU0FBUzhJLGtCQUFpQixPQUFPO0FBQ3ZDLFVBQUksT0FBUSxPQUFNLEtBQUssS0FBSyxRQUFTLGFBQWEsSUFBSSxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sRUFBRTtBQUM5RSxVQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxjQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssNEVBQTRFLENBQUM7QUFDbkcsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsUUFBUSxVQUFVLElBQUksQ0FBQyxRQUFRLElBQUksU0FBUyxNQUFNLENBQUM7QUFDakYsbUJBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUlFLGFBQVksR0FBRyxDQUFDLEVBQUU7TUFDdkc7QUFDQSxZQUFNakgsWUFBVyxLQUFLLE9BQU8scUJBQXFCLEtBQUs7QUFDdkQsWUFBTSxXQUFXOEcsYUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxZQUFNLGFBQWFBLGFBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsWUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxZQUFNO1FBQ0osS0FBS0UsYUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNoSCxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRZ0gsYUFBWSxjQUFjLEdBQUcsT0FBTyxDQUFDLGtCQUFrQmhILFNBQVEsUUFBUSxDQUFDLENBQUM7TUFDbk47QUFDQSxZQUFNLEtBQUssYUFBYWdILGFBQVlGLGFBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsWUFBTSxTQUFTQSxhQUFZLE1BQU0sVUFBVSxNQUFNO0FBQ2pELFlBQU07UUFDSixhQUFhRSxhQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVlBLGFBQVlGLGFBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBT0UsY0FBYUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU1BLGFBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztNQUMzTztBQUNBLFlBQU0sU0FBUyxPQUFPLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUMxQyxPQUFPLFFBQVEsRUFDZixLQUFLO0FBQ1IsVUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixjQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsbUJBQVcsUUFBUSxRQUFRO0FBQ3pCLGdCQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsZ0JBQU0sSUFBSSxFQUFFO0FBQ1osZ0JBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLGdCQUFNcEksUUFDSixFQUFFLFNBQVMsVUFDUCxPQUFPc0ksYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVNBLGFBQVksRUFBRSxPQUFPLEdBQUcsSUFBSSxDQUFDLFNBQVNBLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVEEsYUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QkEsYUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDL0MsZ0JBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUl0SSxLQUFJLEVBQUU7UUFDckY7TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEtBQUswSSxlQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDN0MsYUFBTyxNQUFNLEtBQUssSUFBSTtJQUN4QjtBQzlHQSxRQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFTeEQsYUFBU0ssbUJBQWtCLE1BQW1CO0FBQ25ELGFBQU8sU0FBU3pKLGdCQUFjLE1BQTJDO0FBQ3ZFLGNBQU0sTUFBOEI7VUFDbEMsUUFBUXdKLGFBQVksTUFBTTtZQUN4QixVQUFVLEtBQUs7WUFDZixPQUFPLEtBQUssT0FBTyxnQkFBZ0I7WUFDbkMsc0JBQXNCLEtBQUs7VUFDN0IsQ0FBQztRQUNIO0FBQ0EsY0FBTSxNQUFNLE1BQU07QUFDbEIsWUFBSSxLQUFLO0FBQ1AsZ0JBQU0sVUFBVUg7WUFDZDtZQUNBO2NBQ0UsVUFBVSxLQUFLO2NBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztjQUN0RCxRQUFRLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxNQUFNLFFBQVE7Y0FDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtZQUN0QztZQUNBLEtBQUs7VUFDUDtBQUVBLGdCQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLGNBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7O0FBQ2hFLGNBQUksR0FBRyxHQUFHLFlBQVksSUFBSUMsYUFBWSxPQUFPO0FBQzdDLGNBQUksR0FBRyxHQUFHLGFBQWEsSUFBSUMsZ0JBQWUsT0FBTztRQUNuRDtBQUNBLGVBQU87TUFDVDtJQUNGO0FDakRBLFFBQUE3RyxtQkFBcUMsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUFHOUIsUUFBTWdILHVCQUFzQixJQUFJQyxpQkFBQSxNQUFNLHlCQUF5QixJQUFJO0FBRW5FLFFBQU1DLHNCQUFxQixJQUFJRCxpQkFBQSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLFFBQU1FLDhCQUE2QixJQUFJRixpQkFBQSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLFFBQU1HLG9CQUFtQixJQUFJSCxpQkFBQSxLQUFLLG1CQUFtQjtBQUVyRCxRQUFNSSxrQkFBaUIsSUFBSUosaUJBQUEsUUFBUSxpQkFBaUI7QUFFcEQsUUFBTUssbUJBQWtCLElBQUlMLGlCQUFBLEtBQUssa0JBQWtCO0FBRW5ELFFBQU1NLGtCQUFpQixJQUFJTixpQkFBQSxRQUFRLGlCQUFpQjtBQ1YzRCxRQUFNTyxxQkFBb0I7QUFDMUIsUUFBSUMsZ0JBQWU7QUFFbkIsUUFBTUMsY0FBbUQsQ0FBQztBQUVuRCxhQUFTQyxhQUFZLE1BQWMsVUFBb0IsS0FBb0I7QUFDaEYsVUFBSSxPQUFPRCxZQUFXLElBQUk7QUFDMUIsVUFBSSxTQUFTLFFBQVc7QUFDdEIsZUFBTyxFQUFFLFVBQVUsS0FBSztBQUN4QixRQUFBQSxZQUFXLElBQUksSUFBSTtNQUNyQjtBQUNBLFVBQUk7QUFDRixRQUFBSixpQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO01BQ3pDLFNBQVMsT0FBTztBQUNkLFFBQUFBLGlCQUFnQixJQUFJLE9BQU8sSUFBSTtBQUMvQixRQUFBQyxnQkFBZSxJQUFJLEdBQUcsSUFBSTtBQUMxQixZQUFJRSxrQkFBaUJELG9CQUFtQjtBQUN0QyxrQkFBUTtZQUNOLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUM7VUFDdEc7UUFDRjtNQUNGO0lBQ0Y7QUMxQkEsUUFBQTNILGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FDQ2pCLFFBQUFFLG1CQUF3QixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQVN4QixRQUFNNEgsWUFBVyxJQUFJQyxpQkFBQSxRQUFRLFVBQVU7QUFVdkMsUUFBTUMsWUFBMkMsQ0FBQztBQUVsRCxRQUFJdkQ7QUFHRyxhQUFTL0MsZ0JBQWMxQyxVQUFnQixNQUFvQjtBQUNoRSxhQUFPeUYsVUFBUyxJQUFJLEtBQUt6RixTQUFPLE1BQU0sSUFBSSxFQUFFO0lBQzlDO0FBb0JBLFFBQUkrRjtBQUdKLFFBQU1rRCxnQkFBZSxDQUFDLFNBQWtCLE9BQU8sTUFBTSxLQUFLLE9BQU87QUFFakUsYUFBU3ZELFFBQU0xRixVQUFnQixPQUFnQixNQUFpQztBQUM5RSxZQUFNLFVBQVV3QyxhQUFZQyxPQUFNLE1BQU1DLGdCQUFjMUMsVUFBUSxJQUFJLENBQUM7QUFDbkUsVUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixNQUFBK0YsZUFBYyxJQUFJekIsV0FBVXRFLFNBQU8sU0FBU0EsU0FBTyxXQUFXO0FBQzlELFlBQU0sU0FBUytGLFdBQVUsTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDaEUsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixZQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsWUFBWSxPQUFPLGFBQWEsSUFBSSxPQUFPLGFBQWE7QUFDbEcsYUFBTztRQUNMLFFBQVEsSUFBSXpCLFdBQVV0RSxTQUFPLFNBQVNBLFNBQU8sYUFBYSxPQUFPLFlBQVk7UUFDN0UsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPaUosY0FBYSxJQUFJLEtBQUs7UUFDcEQsU0FBUztNQUNYO0lBQ0Y7QUFFQSxhQUFTQyxTQUFRbEosVUFBZ0IsTUFBZSxNQUFpQztBQUMvRSxZQUFNLFVBQVVnSixVQUFTLElBQUk7QUFDN0IsVUFBSSxXQUFXLENBQUMsUUFBUSxPQUFPLGdCQUFnQixLQUFLLElBQUksSUFBSSxRQUFRLFFBQVMsUUFBTztBQUNwRixVQUFJLFFBQVMsQ0FBQUYsVUFBUyxJQUFJLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDckMsWUFBTSxPQUFPcEQsUUFBTTFGLFVBQVEsTUFBTSxJQUFJO0FBRXJDLFVBQUksUUFBUSxRQUFTLE1BQUssVUFBVSxRQUFRO0FBQzVDLE1BQUFnSixVQUFTLElBQUksSUFBSTtBQUNqQixhQUFPO0lBQ1Q7QUFHTyxhQUFTRyxZQUFXbkosVUFBZ0IsTUFBZSxNQUFtQztBQUMzRixhQUFPa0osU0FBUWxKLFVBQVEsTUFBTSxJQUFJLEdBQUc7SUFDdEM7QUFHTyxhQUFTb0osWUFBV3BKLFVBQWdCLE1BQWUsTUFBa0I7QUFDMUUsWUFBTSxVQUFVa0osU0FBUWxKLFVBQVEsTUFBTSxJQUFJO0FBQzFDLFVBQUksQ0FBQyxRQUFTLFFBQU8sQ0FBQztBQUN0QixVQUFJLENBQUMsUUFBUSxTQUFTO0FBQ3BCLGNBQU0sT0FBTyxRQUFRLE9BQU8sWUFBWSxFQUFFLEdBQUd5RSxnQkFBZSxPQUFPLElBQUksQ0FBQyxFQUFFO0FBQzFFLFlBQUksQ0FBQyxLQUFNLFFBQU8sQ0FBQztBQUVuQixjQUFNLE1BQVksQ0FBQztBQUNuQixpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sUUFBUSxJQUFLLEtBQUksS0FBSyxLQUFLLE1BQU0sQ0FBQyxFQUFHLEVBQUU7QUFDdEUsZ0JBQVEsVUFBVTtNQUNwQjtBQUNBLGFBQU8sUUFBUTtJQUNqQjtBQ2hHQSxRQUFBMUQsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQ0R0QixRQUFBQSxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBRXRCLFFBQUlzSTtBQVFHLGFBQVNDLE9BQU0sT0FBMkM7QUFDL0QsWUFBTTlJLFdBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELFVBQUlBLFdBQVUsRUFBRyxFQUFBLEdBQUErSSxZQUFBLE9BQU0vSSxRQUFPO0FBQzlCLE1BQUE2SSxhQUFZO0lBQ2Q7QUFRTyxhQUFTRyxjQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUlwRyxVQUFJLFFBQVE7QUFDWixlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLFVBQVMsTUFBTSxDQUFDLEVBQUc7QUFDMUQsVUFBSSxRQUFRLFNBQVM7QUFDckIsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxpQkFBUyxNQUFNLENBQUMsRUFBRztBQUNuQixZQUFJLFFBQVEsRUFBRyxRQUFPLE1BQU0sQ0FBQyxFQUFHO01BQ2xDO0FBQ0EsYUFBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7SUFDbEM7QUFHTyxhQUFTQyxTQUFXLE9BQW9DO0FBQzdELGFBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztJQUN4RjtBSGxCQSxhQUFTQyxXQUFVLEtBQWMsTUFBbUM7QUFDbEUsYUFBT1AsWUFBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7SUFDOUM7QUFHTyxhQUFTUSxhQUFZLE1BQWMsS0FBc0I7QUFDOUQsYUFBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNQyxtQkFBQTlJLFFBQUssR0FBRyxRQUFRLE1BQU04SSxtQkFBQTlJLFFBQUssR0FBRyxtQkFBbUI7SUFDOUY7QUFLQSxhQUFTK0ksWUFBVyxRQUFtQixJQUFpQjtBQUN0RCxZQUFNLFNBQVMsT0FBTyxVQUFVLEVBQUU7QUFDbEMsVUFBSSxDQUFDLE9BQU8sS0FBTSxRQUFPO0FBQ3pCLFlBQU0sVUFBVUMsZUFBYyxPQUFPLEtBQUssWUFBWSxDQUFDLENBQUM7QUFDeEQsYUFBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7SUFDdkU7QUFHQSxhQUFTQSxlQUE0QyxVQUF1QztBQUMxRixVQUFJLFlBQVk7QUFDaEIsZUFBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsSUFBSyxLQUFJLFNBQVMsQ0FBQyxFQUFHLFdBQVcsWUFBYTtBQUNuRixVQUFJLE9BQU8sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVM7QUFDL0MsZUFBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsS0FBSztBQUN4QyxZQUFJLFNBQVMsQ0FBQyxFQUFHLFdBQVcsZUFBZSxXQUFXLEVBQUcsUUFBTyxTQUFTLENBQUM7TUFDNUU7QUFDQSxhQUFPO0lBQ1Q7QUFJQSxRQUFNQyxnQkFBd0Q7TUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO01BQ2hIO1FBQ0UsUUFBUTtRQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsZ0JBQU0sS0FBS04sU0FBUUwsWUFBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUM5RCxpQkFBTyxPQUFPLFVBQWFTLFlBQVcsUUFBUSxFQUFFO1FBQ2xEO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLGdCQUFNLFVBQVUsT0FBTyxhQUFhO1lBQ2xDLE9BQU9GLGFBQVksV0FBVyxHQUFHO1lBQ2pDLE9BQU87WUFDUCxPQUFPO1lBQ1AsZUFBZTtVQUNqQixDQUFDO0FBQ0QsY0FBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLFVBQUFwQixnQkFBZSxJQUFJLENBQUM7QUFDcEIsZ0JBQU0sV0FBVyxPQUFPLFVBQVUsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUNuRCxpQkFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO1FBQzFEO01BQ0Y7SUFDRjtBQUdPLFFBQU15QixlQUF3QixDQUFDLFNBQUEsR0FDcENDLFlBQUEsT0FBTSxnQkFBZ0IsTUFBTTtBQUMxQixZQUFNLFNBQVNQLFdBQVUsS0FBSyxTQUFTO0FBQ3ZDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsTUFBQUosT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixlQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxhQUFLRSxjQUFhTyxhQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsUUFBQVQsT0FBTSxJQUFJLE9BQU8sVUFBVTtNQUM3QjtBQUNBLGFBQU87SUFDVCxDQUFDO0FJNUJJLGFBQVNZLGNBQWEsU0FBMEI7QUFDckQsYUFBTztRQUNMLEVBQUUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO1FBQ3BGLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7TUFDaEc7SUFDRjtBbENqREEsUUFBTWxLLFdBQVNxQixlQUFjLE9BQU87QUFDcEMsUUFBTSxFQUFFLFdBQUE4SSxZQUFXLFFBQUFDLFNBQVEsV0FBQUMsWUFBVyxPQUFBQyxRQUFPLFdBQUFDLFlBQVcsVUFBQUMsV0FBVSxnQkFBQUMsZ0JBQWUsSUFBSWxLLFlBQVcsU0FBUyxPQUFPUCxRQUFNO0FBRXRILFFBQU0wSyxjQUFhTCxhQUFZbEssaUJBQWdCbUssU0FBUW5LO0FBQ3ZELFFBQU1nRyxVQUFrQjtNQUN0QixFQUFFLE1BQU0sWUFBWSxRQUFRa0UsV0FBVTtNQUN0QyxFQUFFLE1BQU0sU0FBUyxRQUFRSyxZQUFXO01BQ3BDLEVBQUUsTUFBTSxjQUFjLFFBQVFBLGNBQWFILFdBQVU7TUFDckQsRUFBRSxNQUFNLGFBQWEsUUFBUSxTQUFTO0lBQ3hDO0FBQ0EsSUFBQTVELFlBQVcsMEJBQTBCUixTQUFRLFlBQVksQ0FBQyxXQUFXLENBQUM7QUFFL0QsUUFBTTFILFdBQTBCLGdCQUFBd0gsY0FBYWpHLFVBQVEsT0FBTztNQUNqRSxXQUFXMEssY0FBYUgsYUFBWUM7TUFDcEMsV0FBVztRQUNULE9BQU8zSjtVQUNMO1VBQ0E7WUFDRSxFQUFFLFdBQVd3SixZQUFXLFFBQVFGLFdBQVU7WUFDMUMsRUFBRSxXQUFXaEssZ0JBQWUsUUFBUSxLQUFLLE1BQU1nSyxhQUFZQyxPQUFNLEVBQUU7WUFDbkUsRUFBRSxXQUFXRSxRQUFPLFFBQVEsS0FBSyxNQUFNSCxhQUFZQyxPQUFNLEVBQUU7WUFDM0QsRUFBRSxXQUFXakssZ0JBQWUsUUFBUWdLLFdBQVU7WUFDOUMsRUFBRSxXQUFXSSxhQUFZQyxXQUFVLFFBQVFMLFdBQVU7VUFDdkQ7VUFDQUE7UUFDRjtNQUNGO01BQ0EsT0FBTztRQUNMLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPTSxnQkFBZSxDQUFDLEVBQUU7UUFDN0Y7VUFDRSxRQUFRO1VBQ1IsTUFBTSxFQUFFLE9BQU8sYUFBYSxPQUFPLE1BQU07VUFDekMsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPekssU0FBTyxRQUFRLFNBQVMsQ0FBQztRQUNwRTtRQUNBO1VBQ0UsUUFBUTtVQUNSLE1BQU0sRUFBRSxPQUFPLGFBQWEsT0FBTyxNQUFNO1VBQ3pDLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBT0EsU0FBTyxRQUFRLFVBQVUsQ0FBQztRQUNwRTtRQUNBO1VBQ0UsUUFBUTtVQUNSLE1BQU0sRUFBRSxPQUFPLFNBQVMsT0FBTyxNQUFNO1VBQ3JDLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLEtBQUssT0FBTyxJQUFJLENBQUM7UUFDL0M7UUFDQTtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsT0FBTyxZQUFZLE9BQU8sTUFBTTtVQUN4QyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9BLFNBQU8sUUFBUSxTQUFTLENBQUM7UUFDcEU7UUFDQTtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsT0FBTyxTQUFTLE9BQU8sTUFBTTtVQUNyQyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9BLFNBQU8sUUFBUSxTQUFTLENBQUM7UUFDcEU7UUFDQSxHQUFHa0ssY0FBYSxFQUFFLEdBQUdsSyxTQUFPLFNBQVMsYUFBYSxLQUFLLElBQUlBLFNBQU8sUUFBUSxhQUFhLEdBQUcsRUFBRSxDQUFDO01BQy9GO0lBQ0YsRUFBRTtBQUdLLFFBQU14QixpQkFBZ0MsZ0JBQUF5SixtQkFBa0IsRUFBRSxVQUFVLFFBQVEsQ0FBQztBQUU3RSxhQUFTdEosU0FBMEI7QUFDeEMsYUFBT21ILFlBQVc5RixVQUFRLEVBQUUsU0FBUyxLQUFLLENBQUM7SUFDN0M7QUFFTyxhQUFTcEIsWUFBVyxNQUFxQjtBQUM5QyxNQUFBOEgsWUFBV1AsT0FBTTtBQUNqQixNQUFBMEMsYUFBWSxXQUFXbUIsY0FBYSxFQUFFLFFBQUFoSyxVQUFRLEtBQUssQ0FBQztJQUN0RDs7Ozs7QW1DekZBLElBQUk7QUFFRyxTQUFTLFVBQVU7QUFDeEIsTUFBSSxnQkFBZ0IsUUFBVztBQUM3QixVQUFNLFlBQVksV0FBVztBQUM3QixlQUFXLGlCQUFpQixDQUFDO0FBQzdCLGVBQVcsUUFBUSxDQUFDLE1BQUssV0FBVSxnQkFBZSxXQUFVLGNBQWEsWUFBWSxHQUFHO0FBQ3RGLFlBQU0sU0FBUyxVQUFVLElBQUk7QUFDN0IsaUJBQVcsZUFBZSxJQUFJLElBQUksRUFBRSxJQUFJLFFBQVEsZUFBZSxPQUFPLFdBQVcsT0FBTztBQUFBLElBQzFGO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLFNBQU87QUFDVDtBQUNBLFdBQVcsc0JBQXNCOzs7QUNtQjFCLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWMsTUFBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTTJLLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBTyxLQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVMsS0FBSyxNQUFNLENBQUMsSUFBSTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsbUJBQVM7QUFDVDtBQUFBLFFBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztBQUFBLFlBQzFCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJO0FBQzdDLE1BQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBcUJPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5Qzs7O0FDM0RPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUdPLElBQU0sZ0JBQWdCLEtBQUs7QUFLbEMsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBOEt4RCxTQUFTLFVBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQy9PQSxJQUFNLGVBQWUsQ0FBQyxvQkFBb0IsZ0JBQWdCLG9CQUFvQixpQkFBaUI7QUFLeEYsSUFBTSxnQkFBZ0I7QUFFN0IsSUFBTSxjQUFjO0FBSXBCLElBQU0sZUFBZSxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxNQUFNLE1BQU0sNEJBQTRCO0FBQ2pILElBQU0sY0FBYyxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxLQUFLO0FBRTdFLElBQU0sT0FBTyxDQUFDLE9BQWUsT0FBZSxRQUMxQyxPQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxRQUFRLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFnRHZELElBQU0sYUFBYTtBQUFBLEVBQ3hCLE9BQU87QUFBQSxFQUNQLFFBQXdCLDZCQUFhLEtBQUssSUFBSTtBQUFBLEVBQzlDLEtBQUssQ0FBQyxZQUFZO0FBRWhCLFVBQU0sT0FBTyxLQUFLLElBQUksR0FBRyxVQUFVLElBQUksYUFBYTtBQUNwRCxVQUFNLENBQUMsVUFBVSxNQUFNLFVBQVUsT0FBTyxJQUFJO0FBQzVDLFdBQU87QUFBQSxNQUNMLENBQUMsUUFBUSxHQUFHLEtBQUssTUFBTSxJQUFJLEdBQUcsV0FBVztBQUFBLE1BQ3pDLENBQUMsSUFBSSxHQUFHLEtBQUssTUFBTSxJQUFJLEdBQUcsV0FBVztBQUFBLE1BQ3JDLENBQUMsUUFBUSxHQUFHLEtBQUssTUFBTSxJQUFJLEdBQUcsV0FBVztBQUFBLE1BQ3pDLENBQUMsT0FBTyxHQUFHLEtBQUssTUFBTSxJQUFJLEdBQUcsV0FBVztBQUFBLElBQzFDO0FBQUEsRUFDRjtBQUFBLEVBQ0EsU0FBUztBQUFBLEVBQ1QsVUFBVSxDQUFDLEtBQUtDLFlBQVc7QUFDekIsVUFBTSxVQUFVLENBQUMsTUFBYyxhQUFxQixVQUFVLEtBQUssTUFBTSxVQUFVLGFBQWEsR0FBRyxXQUFXLENBQUM7QUFDL0csVUFBTSxDQUFDLFVBQVUsTUFBTSxVQUFVLE9BQU8sSUFBSTtBQUM1QyxXQUFPO0FBQUEsTUFDTCxXQUFXO0FBQUEsUUFDVDtBQUFBLFFBQ0E7QUFBQSxRQUNBLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTUEsUUFBTyxrQkFBa0IsRUFBRSxDQUFDO0FBQUEsUUFDbkQsWUFBWSxHQUFHLEdBQU87QUFBQSxNQUN4QjtBQUFBLE1BQ0EsUUFBUSxVQUFVLEtBQUssZ0JBQWdCLEdBQUcsRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFLLENBQUM7QUFBQSxNQUMvRCxXQUFXLFFBQVEsVUFBVSxFQUFFO0FBQUEsTUFDL0IsT0FBTyxRQUFRLE1BQU0sRUFBRTtBQUFBLE1BQ3ZCLFdBQVcsUUFBUSxVQUFVLEVBQUU7QUFBQSxNQUMvQixVQUFVLFFBQVEsU0FBUyxFQUFFO0FBQUEsTUFDN0IsZ0JBQWdCLFVBQVUsS0FBSyx5QkFBeUIsR0FBRyxFQUFFLEtBQUssR0FBRyxLQUFLLElBQUssQ0FBQztBQUFBLElBQ2xGO0FBQUEsRUFDRjtBQUNGOzs7QUM5SEEsU0FBUyxPQUFPLE9BQU8sYUFBYTs7O0FDQXBDLE9BQU8sa0JBQWtCO0FBQ3pCLElBQU8sb0JBQVE7OztBQ0RmLE9BQU8sYUFBYTtBQUNwQixJQUFPLGVBQVE7OztBQ0RmLFNBQVMsU0FBUyxNQUFNLGFBQWE7OztBQ0FyQyxTQUFTLG1CQUFtQjs7O0FDR3JCLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sZUFBZTs7O0FDSzVCLFNBQVMsZUFBdUI7QUFFOUIsTUFBSSxTQUFTLEVBQUcsQ0FBQyxXQUF3RCxZQUFZLEVBQUc7QUFDeEYsUUFBTSxTQUFTLElBQUksWUFBWSxlQUFlLE1BQWdCO0FBQzVELFVBQU0sSUFBSSxNQUFNLDBDQUEwQyxhQUFhLGtDQUFrQztBQUFBLEVBQzNHLENBQUM7QUFDRCxTQUFPLE9BQU8sQ0FBQztBQUNqQjtBQUVPLElBQU0sU0FBNEIsYUFBYTtBQUcvQyxJQUFNLGdCQUEwQyxNQUFNOzs7QUNON0QsU0FBUyxpQkFBaUI7QUFDeEIsU0FBTztBQUFBO0FBQUEsSUFFTCxZQUFZLElBQUksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLElBRTFDLGlCQUFpQixJQUFJLE1BQU0sMEJBQTBCO0FBQUE7QUFBQSxJQUVyRCxVQUFVLElBQUksTUFBTSxrQkFBa0I7QUFBQTtBQUFBLElBRXRDLGdCQUFnQixJQUFJLFFBQVEsd0JBQXdCO0FBQUE7QUFBQSxJQUVwRCxjQUFjLElBQUksTUFBTSxpQ0FBaUM7QUFBQSxFQUMzRDtBQUNGO0FBR0EsSUFBTSxTQUFTLFNBQVMsS0FBSyxPQUFPLGVBQWUsU0FBWSxlQUFlLElBQUk7QUFXbEYsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUNKLElBQUksYUFBYTtBQU1qQixTQUFTLFVBQVUsWUFBb0IsT0FBcUM7QUFDMUUsUUFBTSxNQUFNLGFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUFBLElBQ3RFLEdBQUc7QUFBQSxJQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsRUFDaEQsQ0FBVTtBQUNWLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQzlDO0FBd0JBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFFdEQsTUFBSSxDQUFDLFdBQVksY0FBYSxVQUFVLFlBQVksTUFBTTtBQUMxRCxhQUFTO0FBQ1AsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixhQUFTLFVBQVU7QUFDbkIsVUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFFBQUksa0JBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsUUFBSSxrQkFBSyxTQUFTLGFBQWEsRUFBRztBQUFBLEVBQ3BDO0FBQ0EsWUFBVSxZQUFZLFVBQVU7QUFDaEMsV0FBUyxVQUFVO0FBQ3JCO0FBRUEsU0FBUyxTQUFTLFlBQTBCO0FBQzFDLFFBQU0sTUFBTSxhQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsV0FBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDN0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNwQyxRQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sVUFBVSxPQUFRO0FBQzNELFdBQVEsV0FBVyxJQUFJLE9BQU8sV0FBVztBQUN6QyxXQUFRLGdCQUFnQixJQUFJLE9BQU8saUJBQWlCO0FBQ3BELFdBQVEsU0FBUyxJQUFJLE9BQU8sU0FBUztBQUFBLEVBQ3ZDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixzQkFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0FBQ3ZGOzs7QUM5R0EsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFQSxTQUFTLFNBQVNDLFNBQXNCO0FBQ3RDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU8sa0JBQUssR0FBRyxXQUFXLEtBQUssTUFBTUMsY0FBYTtBQUNqRztBQVdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBQ25GNUMsT0FBTyxnQkFBZ0I7OztBQ3NCaEIsSUFBTSxZQUFZOzs7QUNMbEIsU0FBUyxRQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsUUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxVQUFRLFVBQVU7QUFBQSxJQUNoQixLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sZ0JBQWdCLE9BQU87QUFBQSxJQUNoQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTyxhQUFhLEtBQUs7QUFBQSxJQUNyRCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUc5RSxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsTUFBSSxPQUFPLGVBQWUsUUFBUTtBQUNsQyxNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQVEsRUFBRTtBQUNoRSxtQkFBZSxRQUFRLElBQUk7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDs7O0FDMkJBLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsU0FBUyxTQUFTLE9BQWtCLE9BQXVCO0FBQ3pELFVBQVEsT0FBTztBQUFBLElBQ2IsS0FBSztBQUNILGFBQU8sTUFBTSxRQUFRLE1BQU07QUFBQSxJQUM3QixLQUFLLFNBQVM7QUFDWixZQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLElBQ2hEO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ2hFLEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDeEQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUN6RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sUUFBUSxDQUFDO0FBQUEsSUFDN0IsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUMzRSxLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsSUFDckMsS0FBSyxhQUFhO0FBQ2hCLFlBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQzVFO0FBQUEsRUFDRjtBQUNGO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsTUFBTTtBQUNyQyxNQUFJLGFBQWEsUUFBVztBQUMxQixlQUFXLGFBQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLE1BQU0sSUFBSTtBQUFBLEVBQzVCO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQUNHLFNBQVMsZ0JBQWdCLE1BQXlDO0FBQ3ZFLGFBQVc7QUFDYjtBQU9BLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sbUJBQW1CLENBQUMsTUFBZSxFQUFFO0FBQzNDLElBQU0sa0JBQWtCLENBQUMsTUFBZSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBRXpELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLGlCQUFpQjtBQUNsRixRQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUk7QUFDcEUsVUFBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxjQUFVLFFBQVEsSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsU0FBTztBQUNUO0FBS0EsU0FBUyxVQUFVLFFBQWdCLEtBQWEsT0FBNEM7QUFDMUYsU0FBTyxVQUFVLFNBQVksU0FBUyxHQUFHLE1BQU0sR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztBQUNqSDtBQUVPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sYUFBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU0sU0FBUyxJQUFJO0FBQ25CLFVBQU0sV0FBVyxXQUFXO0FBQzVCLFFBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQztBQUNmLFFBQUksU0FBUyxVQUFVO0FBQ3JCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUssU0FBUyxPQUFPLFNBQVM7QUFDbEQsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQXNCLE9BQU8sUUFBUSxTQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUNoRztBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLFFBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtBQUFBLEVBQ3BFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLFFBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVMsVUFBVSxJQUFJLFNBQVMsTUFBTSxLQUFLO0FBQy9DLGFBQVMsVUFBVSxRQUFRLFVBQVUsTUFBTSxNQUFNO0FBQ2pELGFBQVMsVUFBVSxRQUFRLEtBQUssTUFBTSxDQUFDO0FBQ3ZDLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsUUFBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsUUFBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07QUFBQSxFQUNyRjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDbkY7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsUUFBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLFFBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxRQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDNUc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7QUFBQSxFQUNoRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLFFBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztBQUFBLEVBQ2xHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFDRjs7O0FDOVdPLElBQU0sZ0JBQWdCO0FBOEJ0QixJQUFNLHFCQUFxQixJQUFJLEtBQUssS0FBSzs7O0FDK0R6QyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7OztBQ3pGTyxTQUFTLFFBQVEsVUFBa0JDLFNBQWtDO0FBQzFFLE1BQUlBLFFBQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUNuRSxhQUFXLFNBQVNBLFFBQVEsS0FBSSxXQUFXLE1BQU0sT0FBUSxRQUFPLE1BQU07QUFDdEUsU0FBT0EsUUFBT0EsUUFBTyxTQUFTLENBQUMsRUFBRztBQUNwQztBQUVPLFNBQVMsT0FBTyxRQUErQztBQUNwRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsUUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsUUFBTSxNQUFNLEtBQUssTUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN4QyxTQUFPLE9BQU8sU0FBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTSxDQUFDLElBQUssT0FBTyxHQUFHLEtBQU07QUFDL0U7QUFHTyxJQUFNLGVBQWU7QUFNckIsU0FBUyxXQUFXLFlBQW9CLElBQWEsbUJBQTJCLFNBQXlCO0FBQzlHLFNBQU8sTUFBTSxhQUFhLFlBQVksb0JBQW9CLFdBQVc7QUFDdkU7OztBQ2RBLFNBQVMscUJBQTZCO0FBQ3BDLFVBQVEsS0FBSyxJQUFJLElBQUksa0JBQUssU0FBUyxhQUFhO0FBQ2xEO0FBSUEsSUFBSSxhQUFhO0FBR1YsU0FBUyxXQUFXQyxTQUFrQztBQUMzRCxlQUFhO0FBQ2IsUUFBTSxPQUFPLFFBQVEsbUJBQW1CLEdBQUdBLE9BQU07QUFDakQsb0JBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixTQUFPO0FBQ1Q7QUFTTyxTQUFTLFdBQ2QsWUFDQUEsU0FDQSxXQUNBLFVBQ0EsVUFBVSxJQUNIO0FBQ1AsUUFBTSxRQUFRLElBQUksTUFBTSxVQUFVO0FBQ2xDLFFBQU0sbUJBQTZCLENBQUM7QUFDcEMsTUFBSTtBQUNKLGtCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFFBQUksQ0FBQyxXQUFZO0FBQ2pCLFVBQU0sUUFBUSxRQUFRLG1CQUFtQixHQUFHQSxPQUFNO0FBQ2xELHNCQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsUUFBSSxVQUFVLFdBQVc7QUFDdkIsVUFBSSxHQUFJLGtCQUFpQixLQUFLLFVBQVU7QUFDeEMsd0JBQWtCO0FBQUEsSUFDcEIsV0FBVyxTQUFTLFNBQVMsS0FBSyxHQUFHO0FBQ25DLDBCQUFvQixPQUFPLGdCQUFnQjtBQUMzQyxVQUFJLG9CQUFvQixPQUFXLE9BQU0sSUFBSSxXQUFXLFlBQVksSUFBSSxpQkFBaUIsT0FBTyxDQUFDO0FBQUEsSUFDbkc7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPO0FBQ1Q7OztBQzVETyxJQUFNLHNCQUFzQixJQUFJLE1BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUksTUFBTSxpQ0FBaUMsSUFBSTtBQUVsRixJQUFNLG1CQUFtQixJQUFJLEtBQUssbUJBQW1CO0FBRXJELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJLFFBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRW5CLElBQU0sYUFBbUQsQ0FBQztBQUVuRCxTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixNQUFJLE9BQU8sV0FBVyxJQUFJO0FBQzFCLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFdBQU8sRUFBRSxVQUFVLEtBQUs7QUFDeEIsZUFBVyxJQUFJLElBQUk7QUFBQSxFQUNyQjtBQUNBLE1BQUk7QUFDRixvQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO0FBQUEsRUFDekMsU0FBUyxPQUFPO0FBQ2Qsb0JBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLG1CQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFFBQUksaUJBQWlCLG1CQUFtQjtBQUN0QyxjQUFRO0FBQUEsUUFDTixhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDdEc7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUNmQSxJQUFNLFdBQVcsSUFBSSxRQUFRLFVBQVU7QUFVdkMsSUFBTSxXQUEyQyxDQUFDO0FBRWxELElBQUk7QUFHRyxTQUFTLGNBQWNDLFNBQWdCLE1BQW9CO0FBQ2hFLFNBQU8sU0FBUyxJQUFJLEtBQUtBLFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDOUM7QUFvQkEsSUFBSTtBQUdKLElBQU0sZUFBZSxDQUFDLFNBQWtCLE9BQU8sTUFBTSxLQUFLLE9BQU87QUFFakUsU0FBUyxNQUFNQyxTQUFnQixPQUFnQixNQUFpQztBQUM5RSxRQUFNLFVBQVUsWUFBWSxNQUFNLE1BQU0sY0FBY0EsU0FBUSxJQUFJLENBQUM7QUFDbkUsTUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixnQkFBYyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQzlELFFBQU0sU0FBUyxVQUFVLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUSxFQUFFO0FBQ2hFLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxPQUFPLE9BQU8sT0FBTyxlQUFlLFlBQVksT0FBTyxhQUFhLElBQUksT0FBTyxhQUFhO0FBQ2xHLFNBQU87QUFBQSxJQUNMLFFBQVEsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sYUFBYSxPQUFPLFlBQVk7QUFBQSxJQUM3RSxTQUFTLEtBQUssSUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEtBQUs7QUFBQSxJQUNwRCxTQUFTO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxRQUFRQSxTQUFnQixNQUFlLE1BQWlDO0FBQy9FLFFBQU0sVUFBVSxTQUFTLElBQUk7QUFDN0IsTUFBSSxXQUFXLENBQUMsUUFBUSxPQUFPLGdCQUFnQixLQUFLLElBQUksSUFBSSxRQUFRLFFBQVMsUUFBTztBQUNwRixNQUFJLFFBQVMsVUFBUyxJQUFJLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDckMsUUFBTSxPQUFPLE1BQU1BLFNBQVEsTUFBTSxJQUFJO0FBRXJDLE1BQUksUUFBUSxRQUFTLE1BQUssVUFBVSxRQUFRO0FBQzVDLFdBQVMsSUFBSSxJQUFJO0FBQ2pCLFNBQU87QUFDVDtBQUdPLFNBQVMsV0FBV0EsU0FBZ0IsTUFBZSxNQUFtQztBQUMzRixTQUFPLFFBQVFBLFNBQVEsTUFBTSxJQUFJLEdBQUc7QUFDdEM7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBa0I7QUFDMUUsUUFBTSxVQUFVLFFBQVFBLFNBQVEsTUFBTSxJQUFJO0FBQzFDLE1BQUksQ0FBQyxRQUFTLFFBQU8sQ0FBQztBQUN0QixNQUFJLENBQUMsUUFBUSxTQUFTO0FBQ3BCLFVBQU0sT0FBTyxRQUFRLE9BQU8sWUFBWSxFQUFFLEdBQUcsZUFBZSxPQUFPLElBQUksQ0FBQyxFQUFFO0FBQzFFLFFBQUksQ0FBQyxLQUFNLFFBQU8sQ0FBQztBQUVuQixVQUFNLE1BQVksQ0FBQztBQUNuQixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxRQUFRLElBQUssS0FBSSxLQUFLLEtBQUssTUFBTSxDQUFDLEVBQUcsRUFBRTtBQUN0RSxZQUFRLFVBQVU7QUFBQSxFQUNwQjtBQUNBLFNBQU8sUUFBUTtBQUNqQjs7O0FDL0ZBLElBQUk7QUFRRyxTQUFTLE1BQU0sT0FBMkM7QUFDL0QsUUFBTSxVQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJLFVBQVUsRUFBRyxPQUFNLE9BQU87QUFDOUIsY0FBWTtBQUNkO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUlwRyxNQUFJLFFBQVE7QUFDWixXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLFVBQVMsTUFBTSxDQUFDLEVBQUc7QUFDMUQsTUFBSSxRQUFRLFNBQVM7QUFDckIsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxhQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQ25CLFFBQUksUUFBUSxFQUFHLFFBQU8sTUFBTSxDQUFDLEVBQUc7QUFBQSxFQUNsQztBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDO0FBR08sU0FBUyxRQUFXLE9BQW9DO0FBQzdELFNBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN4Rjs7O0FDbEJBLFNBQVMsVUFBVSxLQUFjLE1BQW1DO0FBQ2xFLFNBQU8sV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDOUM7QUFHTyxTQUFTLFlBQVksTUFBYyxLQUFzQjtBQUM5RCxTQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU0sa0JBQUssR0FBRyxRQUFRLE1BQU0sa0JBQUssR0FBRyxtQkFBbUI7QUFDOUY7QUFLQSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLFVBQVUsY0FBYyxPQUFPLEtBQUssWUFBWSxDQUFDLENBQUM7QUFDeEQsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFHQSxTQUFTLGNBQTRDLFVBQXVDO0FBQzFGLE1BQUksWUFBWTtBQUNoQixXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsUUFBUSxJQUFLLEtBQUksU0FBUyxDQUFDLEVBQUcsV0FBVyxZQUFhO0FBQ25GLE1BQUksT0FBTyxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksU0FBUztBQUMvQyxXQUFTLElBQUksR0FBRyxJQUFJLFNBQVMsUUFBUSxLQUFLO0FBQ3hDLFFBQUksU0FBUyxDQUFDLEVBQUcsV0FBVyxlQUFlLFdBQVcsRUFBRyxRQUFPLFNBQVMsQ0FBQztBQUFBLEVBQzVFO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBTSxlQUF3RDtBQUFBLEVBQzVELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxXQUFXLE9BQU8sWUFBWSxFQUFFLE9BQU8sSUFBSSxRQUFRLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLEVBQUUsR0FBRztBQUFBLEVBQ2hIO0FBQUEsSUFDRSxRQUFRO0FBQUEsSUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBRXJCLFlBQU0sS0FBSyxRQUFRLFdBQVcsSUFBSSxRQUFRLElBQUksTUFBTSxTQUFTLENBQUM7QUFDOUQsYUFBTyxPQUFPLFVBQWEsV0FBVyxRQUFRLEVBQUU7QUFBQSxJQUNsRDtBQUFBLEVBQ0Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxRQUFRO0FBQUEsSUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLFlBQU0sVUFBVSxPQUFPLGFBQWE7QUFBQSxRQUNsQyxPQUFPLFlBQVksV0FBVyxHQUFHO0FBQUEsUUFDakMsT0FBTztBQUFBLFFBQ1AsT0FBTztBQUFBLFFBQ1AsZUFBZTtBQUFBLE1BQ2pCLENBQUM7QUFDRCxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIscUJBQWUsSUFBSSxDQUFDO0FBQ3BCLFlBQU0sV0FBVyxPQUFPLFVBQVUsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUNuRCxhQUFPLFlBQVksT0FBTyxhQUFhLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFBQSxJQUMxRDtBQUFBLEVBQ0Y7QUFDRjtBQUdPLElBQU0sY0FBd0IsQ0FBQyxRQUNwQyxNQUFNLGdCQUFnQixNQUFNO0FBQzFCLFFBQU0sU0FBUyxVQUFVLEtBQUssU0FBUztBQUN2QyxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLE1BQUksS0FBSyxPQUFPLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxFQUFFO0FBQzNDLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsV0FBUyxPQUFPLEdBQUcsT0FBTyxHQUFHLFFBQVE7QUFDbkMsU0FBSyxhQUFhLFlBQVksRUFBRSxRQUFRLEdBQUcsS0FBSztBQUNoRCxVQUFNLElBQUksT0FBTyxVQUFVO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1QsQ0FBQzs7O0FDeEVILElBQU1DLFVBQVMsY0FBYyxPQUFPO0FBQ3BDLElBQU0sRUFBRSxXQUFXLFFBQVEsV0FBVyxPQUFPLFdBQVcsVUFBVSxlQUFlLElBQUksV0FBVyxTQUFTLE9BQU9BLE9BQU07QUFFdEgsSUFBTSxhQUFhLFlBQVksZ0JBQWdCLFFBQVE7QUFDdkQsSUFBTSxTQUFrQjtBQUFBLEVBQ3RCLEVBQUUsTUFBTSxZQUFZLFFBQVEsVUFBVTtBQUFBLEVBQ3RDLEVBQUUsTUFBTSxTQUFTLFFBQVEsV0FBVztBQUFBLEVBQ3BDLEVBQUUsTUFBTSxjQUFjLFFBQVEsYUFBYSxVQUFVO0FBQUEsRUFDckQsRUFBRSxNQUFNLGFBQWEsUUFBUSxTQUFTO0FBQ3hDO0FBQ0EsV0FBVywwQkFBMEIsUUFBUSxZQUFZLENBQUMsV0FBVyxDQUFDO0FBdUQvRCxTQUFTLFdBQVcsTUFBcUI7QUFDOUMsYUFBVyxNQUFNO0FBQ2pCLGNBQVksV0FBVyxhQUFhLEVBQUUsUUFBQUMsU0FBUSxLQUFLLENBQUM7QUFDdEQ7OztBQ3ZGTyxTQUFTLGlCQUFpQixNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsY0FBYyxHQUFHLElBQUk7QUFBRztBQUMzRSxJQUFNLFVBQVUsU0FBUyxJQUFJLFFBQVEsRUFBRSxVQUFVO0FBQ2pELFNBQVMsU0FBUyxNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsTUFBTSxHQUFHLElBQUk7QUFBRztBQUMzRCxTQUFTQyxhQUFZLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxTQUFTLEdBQUcsSUFBSTtBQUFHOyIsIm5hbWVzIjpbIl9fY29tbW9uSlMiLCJleHBvcnRzIiwibW9kdWxlIiwiaGFuZGxlU3VtbWFyeSIsIm9wdGlvbnMiLCJwb2xsUmVzb3VyY2VzIiwic2V0dXAiLCJzcGlrZVVzZXJzIiwidGVhcmRvd24iLCJERUZBVUxUX1RBUkdFVFMiLCJST0xFUyIsIlVzZXJzRmlsZUVycm9yIiwicGFyc2VVc2Vyc0NzdiIsInRleHQiLCJmYWlsIiwicGFyc2VQb29sU3BlYyIsInBhcnQiLCJwb29sRW1haWwiLCJ0b29TbWFsbEZvckRpc3RpbmN0IiwidnVJZEJvdW5kIiwiQ29uZmlnRXJyb3IiLCJNQVhfUkFNUF9VUF9TIiwiTUFYX1JBTVBfRE9XTl9TIiwicmF3IiwibnVtYmVySW4iLCJtaWxsaXMiLCJmcmFjdGlvbiIsImNvbmZpZyIsImVudk51bWJlciIsIlNQSUtFX1BIQVNFUyIsIlNQSUtFX1NVUkdFX1MiLCJNQVhfUEhBU0VfUyIsIndob2xlU2Vjb25kcyIsIndob2xlTnVtYmVyIiwic3Bpa2VFbnRyeSIsInNlY29uZHMiLCJtZXRyaWNLZXkiLCJ0b0s2VGhyZXNob2xkcyIsImlzQXJyaXZhbFJhdGUiLCJTVU1NQVJZX1RSRU5EX1NUQVRTIiwic3RhZ2VkVXNlcnMiLCJleGVjIiwiaW1wb3J0X2s2IiwiaW1wb3J0X2V4ZWN1dGlvbiIsImltcG9ydF9odHRwIiwiaW1wb3J0X21ldHJpY3MiLCJpbXBvcnRfZGF0YSIsIlNIQVJFRF9DT05GSUciLCJndWFyZGVkQ29uZmlnIiwiZGVjbGFyZU1ldHJpY3MiLCJzZXJ2ZXIiLCJQT0xMIiwiY3Vyc29yIiwiZXJyb3JzU2VlbiIsImxvYWRNYXJrZWQiLCJtYXJrUGhhc2UiLCJodHRwIiwicmVzb3VyY2VzU2NlbmFyaW8iLCJwYXJzZSIsInBvbGxPbmNlIiwic2FtcGxlIiwiZW5kTG9hZCIsInJlc291cmNlR2F0ZXMiLCJyZWFkRmlsZSIsImZpbGVQb29sIiwiaW1wb3J0X2RhdGEyIiwibWFrZVBvb2wiLCJhY2NvdW50T2ZWdSIsInBvb2wiLCJjbGFzc1Bhc3N3b3JkIiwiaW1wb3J0X2V4ZWN1dGlvbjIiLCJhc3NlcnREaXN0aW5jdCIsImltcG9ydF9zZWNyZXRzIiwiQVBJX1NDT1BFIiwiYXBpUGF0aCIsInJvdXRlTmFtZXMiLCJ0YWdzQnlFbmRwb2ludCIsInJlcXVlc3RUYWdzIiwiaXNJZCIsImlzQ291bnQiLCJoYXNTaGFwZSIsImlzSnNvbiIsInJlYWRpbmciLCJyZWFkRmllbGQiLCJMYXp5UmVzdWx0IiwicGFyc2VKc29uIiwic3RhdHVzQ2FsbGJhY2tzIiwiZXhwZWN0U3RhdHVzIiwiaW1wb3J0X2h0dHAyIiwib2JzZXJ2ZXIiLCJvYnNlcnZlUmVxdWVzdHMiLCJvdXRjb21lIiwic3RhdHVzSXNFeHBlY3RlZCIsInNoYXBlSXNFeHBlY3RlZCIsImNoZWNrU2V0cyIsImNoZWNrc0ZvciIsIndpdGhQYXJhbSIsIkFwaUNsaWVudCIsInBhcmFtcyIsImltcG9ydF9rNjIiLCJEQVRBU0VUX1RJVExFIiwiUlVOX1RJVExFX0ZJTFRFUiIsImRhdGFzZXRUaXRsZSIsIm5ld1J1bklkIiwiTElWRV9SVU5fV0lORE9XX01TIiwiaXNMZWZ0b3ZlciIsImNvdW50IiwiaW1wb3J0X2h0dHAzIiwiaW1wb3J0X2s2MyIsInF1aWV0TG9naW4iLCJlbnN1cmVEYXRhc2V0Iiwib3BlbiIsInJlbW92ZUNvdXJzZXMiLCJpbXBvcnRfZXhlY3V0aW9uMyIsInVybCIsImltcG9ydF9odHRwNCIsInNlY3JldCIsImxvZ2luIiwiaW1wb3J0X2s2NCIsInNlY3JldFBhc3N3b3JkcyIsInNlY3JldHMiLCJwcmVwYXJlUnVuIiwiYW5vbnltb3VzIiwiY2xlYW5VcFJ1biIsImVudHJ5T3B0aW9ucyIsInBoYXNlQXQiLCJwaGFzZXMiLCJtZWRpYW4iLCJGQUlMRURfRFJJRlQiLCJkcmlmdFJhdGlvIiwiZWxhcHNlZEluU2NlbmFyaW9TIiwiaW1wb3J0X2V4ZWN1dGlvbjQiLCJpblNjZW5hcmlvIiwiZW50ZXJQaGFzZSIsInRyYWNrRHJpZnQiLCJpbXBvcnRfbWV0cmljczIiLCJlc2NhcGVYbWwiLCJlc2NhcGVNYXJrZG93bkNlbGwiLCJtYXJrZG93bkNvZGUiLCJleHByZXNzaW9uIiwidW5pdE9mIiwidGhyZXNob2xkUm93cyIsImVuZHBvaW50Um93cyIsImRyb3BwZWRJdGVyYXRpb25zIiwiaXRlcmF0aW9ucyIsIm1ldHJpY1ZhbHVlIiwicGVyY2VudGlsZUNhdmVhdCIsImZvcm1hdFZhbHVlIiwiZHJvcHBlZFRleHQiLCJzZXJ2ZXJSZXNvdXJjZXMiLCJyZXNvdXJjZXNUZXh0IiwicmVzb3VyY2VzTGluZSIsImJ1aWxkUmVzdWx0cyIsImp1bml0UmVwb3J0IiwibWFya2Rvd25SZXBvcnQiLCJ0ZXh0U3VtbWFyeSIsIm1ha2VIYW5kbGVTdW1tYXJ5IiwiY2hhcHRlckdlbmVyYXRpb25NcyIsImltcG9ydF9tZXRyaWNzMyIsImNvdXJzZUdlbmVyYXRpb25NcyIsImNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zIiwiZ2VuZXJhdGlvbkZhaWxlZCIsImNvdXJzZXNDcmVhdGVkIiwid29ya2Zsb3dTdWNjZXNzIiwid29ya2Zsb3dFcnJvcnMiLCJNQVhfTE9HR0VEX0VSUk9SUyIsImxvZ2dlZEVycm9ycyIsInRhZ3NCeU5hbWUiLCJydW5Xb3JrZmxvdyIsInJlbG9naW5zIiwiaW1wb3J0X21ldHJpY3M1Iiwic2Vzc2lvbnMiLCJyZW5ld01hcmdpblMiLCJzZXNzaW9uIiwidXNlckNsaWVudCIsIm93bkNvdXJzZXMiLCJob2xkUG9pbnQiLCJ0aGluayIsImltcG9ydF9rNjYiLCJwaWNrV2VpZ2h0ZWQiLCJwaWNrT25lIiwiY2xpZW50Rm9yIiwidW5pcXVlVGl0bGUiLCJpbXBvcnRfZXhlY3V0aW9uNSIsInJlYWRDb3Vyc2UiLCJwaWNrR2VuZXJhdGVkIiwicmVndWxhclRhc2tzIiwicmVndWxhclVzZXIiLCJpbXBvcnRfazY3Iiwic3VjY2Vzc0dhdGVzIiwiYmFzZVVzZXJzIiwiZmFjdG9yIiwiYmFzZWxpbmVTIiwiaG9sZFMiLCJyZWNvdmVyeVMiLCJvYnNlcnZlUyIsInJlY292ZXJ5RmFjdG9yIiwic3Bpa2VFbmRzUyIsImZhaWwiLCJjb25maWciLCJjb25maWciLCJwb29sIiwiY2xhc3NQYXNzd29yZCIsInBvbGxSZXNvdXJjZXMiLCJwaGFzZXMiLCJwaGFzZXMiLCJjb25maWciLCJjb25maWciLCJjb25maWciLCJjb25maWciLCJ0ZWFyZG93biJdfQ==
