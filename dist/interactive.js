import k6_execution from "k6/execution"; import { check, group, sleep } from "k6"; import k6_http from "k6/http"; import { Counter, Rate, Trend } from "k6/metrics"; import { SharedArray } from "k6/data"; import k6_secrets from "k6/secrets";
const loadSide = (() => {
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// dist/interactive.control.cjs
var require_interactive_control = __commonJS({
  "dist/interactive.control.cjs"(exports, module) {
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
    var interactive_exports = {};
    __export(interactive_exports, {
      handleSummary: () => handleSummary2,
      healthProbe: () => healthProbe2,
      interactiveUsers: () => interactiveUsers2,
      options: () => options2,
      pollResources: () => pollResources22,
      setup: () => setup2,
      teardown: () => teardown3
    });
    module.exports = __toCommonJS(interactive_exports);
    var import_execution52 = __toESM(require_execution(), 1);
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
    var MAX_POOL_VUS2 = 2e3;
    function parseInteractive2(env) {
      const controlUrl = env.CONTROL_URL?.trim();
      if (!controlUrl || !/^http:\/\/(127\.\d+\.\d+\.\d+|\[::1\]|localhost):\d+$/.test(controlUrl)) {
        throw new ConfigError2(
          `invalid CONTROL_URL=${JSON.stringify(env.CONTROL_URL ?? "")}: expected the controller's loopback URL, e.g. http://127.0.0.1:8089 (npm run ui sets it)`
        );
      }
      return {
        controlUrl,
        poolVus: envNumber2(env, "PERFORMANCE_INTERACTIVE_POOL", 100, { min: 1, max: MAX_POOL_VUS2, integer: true })
      };
    }
    var interactiveEntry2 = {
      suite: "none",
      length: "PERFORMANCE_TEST_DURATION, or less when the page stops it",
      settings: (env) => parseInteractive2(env)
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
    function classOfUser2(n, weights2) {
      const assigned = { regular: 0, power: 0, admin: 0 };
      let chosen = "regular";
      for (let i = 1; i <= n; i++) {
        let best = -Infinity;
        for (const c of ROLES2) {
          if (weights2[c] === 0) continue;
          const deficit = weights2[c] * i / 100 - assigned[c];
          if (deficit > best) {
            best = deficit;
            chosen = c;
          }
        }
        assigned[chosen]++;
      }
      return chosen;
    }
    function wholeRate(perSecond) {
      return Number.isInteger(perSecond) ? { rate: perSecond, timeUnit: "1s" } : { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: "1m" };
    }
    function constantRate2(exec6, perSecond, durationS, vus, startTime = "0s") {
      return {
        executor: "constant-arrival-rate",
        exec: exec6,
        ...wholeRate(perSecond),
        duration: `${durationS}s`,
        preAllocatedVUs: vus.preAllocatedVUs,
        maxVUs: vus.maxVUs,
        startTime
      };
    }
    var SUMMARY_TREND_STATS2 = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)", "count"];
    var import_k610 = __toESM(require_k6(), 1);
    var import_execution7 = __toESM(require_execution(), 1);
    var import_http7 = __toESM(require_http(), 1);
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
    var POLL3 = { tags: { scope: "sidecar", name: "sidecar" }, responseCallback: null, timeout: "2s" };
    var cursor2 = 0;
    var errorsSeen2;
    var loadMarked2 = false;
    function markPhase2(sidecarUrl, phase) {
      const res = import_http7.default.post(`${sidecarUrl}/phase`, JSON.stringify({ phase }), {
        ...POLL3,
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
        (0, import_k610.sleep)(Math.max(0, 1 - (Date.now() - started) / 1e3));
        if (import_execution7.default.scenario.progress < 1) return;
        if (import_execution7.default.instance.vusActive <= 1) break;
      }
      markPhase2(sidecarUrl, "teardown");
      pollOnce2(sidecarUrl);
    }
    function pollOnce2(sidecarUrl) {
      const res = import_http7.default.get(`${sidecarUrl}/samples?since=${cursor2}`, POLL3);
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
      const res = import_http7.default.get(`${sidecarUrl}/summary`, POLL3);
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
    function probe2(baseUrl) {
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
      probe2(config32.baseUrl);
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
    var import_k652 = __toESM(require_k6(), 1);
    var import_http52 = __toESM(require_http(), 1);
    var import_metrics22 = __toESM(require_metrics(), 1);
    var usersActive2 = new import_metrics22.Counter("users_active");
    function controlledPool2(exec6, vus, durationS) {
      return { executor: "constant-vus", exec: exec6, vus, duration: `${durationS}s`, gracefulStop: "30s" };
    }
    var POLL22 = { tags: { scope: "control", name: "control" }, responseCallback: null, timeout: "2s" };
    var POLL_EVERY_MS2 = 1e3;
    var state2 = { users: 0, paused: true, user: 0 };
    var readAt2 = 0;
    var working2 = false;
    function controlState2(controlUrl, vuId) {
      if (Date.now() - readAt2 < POLL_EVERY_MS2) return state2;
      readAt2 = Date.now();
      const res = import_http52.default.get(`${controlUrl}/control?vu=${vuId}`, POLL22);
      if (res.status === 200) {
        try {
          const body = JSON.parse(res.body);
          if (typeof body.users === "number" && typeof body.paused === "boolean" && typeof body.user === "number") {
            state2 = body;
          }
        } catch {
        }
      }
      return state2;
    }
    function setWorking2(now) {
      if (now !== working2) usersActive2.add(now ? 1 : -1);
      working2 = now;
    }
    function waitForTurn2(controlUrl, vuId, maxWaitS = 60) {
      const until = Date.now() + maxWaitS * 1e3;
      for (; ; ) {
        const now = controlState2(controlUrl, vuId);
        const turn = !now.paused && now.user > 0 && now.user <= now.users;
        setWorking2(turn);
        if (turn) return now.user;
        if (Date.now() >= until) return 0;
        (0, import_k652.sleep)(0.25);
      }
    }
    function holdWhilePaused2(controlUrl, vuId, maxWaitS = 600) {
      const until = Date.now() + maxWaitS * 1e3;
      let held = false;
      while (controlState2(controlUrl, vuId).paused && Date.now() < until) {
        held = true;
        setWorking2(false);
        (0, import_k652.sleep)(0.25);
      }
      if (held) setWorking2(true);
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
    var import_k662 = __toESM(require_k6(), 1);
    var holdPoint2;
    function setHoldPoint2(hold) {
      holdPoint2 = hold;
    }
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
    var import_k682 = __toESM(require_k6(), 1);
    var import_execution42 = __toESM(require_execution(), 1);
    var import_k672 = __toESM(require_k6(), 1);
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
        (0, import_k672.sleep)(pollIntervalS);
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
    function clientFor2(ctx, role) {
      return userClient2(ctx.config, ctx.data, role);
    }
    function uniqueTitle2(kind, ctx) {
      return `perf-${kind} ${ctx.data.runId} vu${import_execution42.default.vu.idInTest} it${import_execution42.default.vu.iterationInScenario}`;
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
    var regularUser2 = (ctx) => (0, import_k682.group)("regular user", () => {
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
    var powerUser2 = (ctx) => (0, import_k682.group)("power user", () => {
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
    var adminUser2 = (ctx) => (0, import_k682.group)("admin user", () => {
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
    var config22 = guardedConfig2("interactive");
    var settings2 = interactiveEntry2.settings(__ENV);
    var options2 = /* @__PURE__ */ withApiRequestRate(
      /* @__PURE__ */ entryOptions2(config22, () => ({
        wallTimeS: config22.durationS,
        scenarios: {
          users: controlledPool2("interactiveUsers", settings2.poolVus, config22.durationS),
          health_probe: constantRate2("healthProbe", 1, config22.durationS, { preAllocatedVUs: 1, maxVUs: 2 })
        },
        gates: workflowGates2(config22.targets, ENDPOINTS2)
      }))
    );
    function withApiRequestRate(options22) {
      if (options22) options22.thresholds["http_reqs{scope:api}"] = [];
      return options22;
    }
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({
      scenario: "interactive",
      requestsPerIteration: { health_probe: 1 }
    });
    function setup2() {
      return prepareRun2(config22, { dataset: true });
    }
    var workflows2 = populationExecs2(config22);
    var byClass2 = { regular: workflows2.regularUsers, power: workflows2.powerUsers, admin: workflows2.adminUsers };
    setHoldPoint2(() => holdWhilePaused2(settings2.controlUrl, import_execution52.default.vu.idInTest));
    function interactiveUsers2(data) {
      const user = waitForTurn2(settings2.controlUrl, import_execution52.default.vu.idInTest);
      if (user === 0) return;
      return byClass2[classOfUser2(user, config22.weights)](data);
    }
    var probe22;
    function healthProbe2() {
      probe22 ??= new ApiClient2(config22.baseUrl, config22.apiTimeoutS);
      probe22.health();
    }
  }
});

// glue:glue:interactive
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_interactive_control();
  }
  return controlSide;
}
globalThis.__coursePerfControl = control;

// k6-once:k6/execution

var execution_default = k6_execution;

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

// lib/config/interactive.ts
var MAX_POOL_VUS = 2e3;
function parseInteractive(env) {
  const controlUrl = env.CONTROL_URL?.trim();
  if (!controlUrl || !/^http:\/\/(127\.\d+\.\d+\.\d+|\[::1\]|localhost):\d+$/.test(controlUrl)) {
    throw new ConfigError(
      `invalid CONTROL_URL=${JSON.stringify(env.CONTROL_URL ?? "")}: expected the controller's loopback URL, e.g. http://127.0.0.1:8089 (npm run ui sets it)`
    );
  }
  return {
    controlUrl,
    poolVus: envNumber(env, "PERFORMANCE_INTERACTIVE_POOL", 100, { min: 1, max: MAX_POOL_VUS, integer: true })
  };
}

// lib/config/entries.ts
var interactiveEntry = {
  suite: "none",
  length: "PERFORMANCE_TEST_DURATION, or less when the page stops it",
  settings: (env) => parseInteractive(env)
};

// lib/load/shapes.ts
function classOfUser(n, weights) {
  const assigned = { regular: 0, power: 0, admin: 0 };
  let chosen = "regular";
  for (let i = 1; i <= n; i++) {
    let best = -Infinity;
    for (const c of ROLES) {
      if (weights[c] === 0) continue;
      const deficit = weights[c] * i / 100 - assigned[c];
      if (deficit > best) {
        best = deficit;
        chosen = c;
      }
    }
    assigned[chosen]++;
  }
  return chosen;
}

// k6-once:k6


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

// lib/load/control.ts
var usersActive = new Counter("users_active");
var POLL2 = { tags: { scope: "control", name: "control" }, responseCallback: null, timeout: "2s" };
var POLL_EVERY_MS = 1e3;
var state = { users: 0, paused: true, user: 0 };
var readAt = 0;
var working = false;
function controlState(controlUrl, vuId) {
  if (Date.now() - readAt < POLL_EVERY_MS) return state;
  readAt = Date.now();
  const res = http_default.get(`${controlUrl}/control?vu=${vuId}`, POLL2);
  if (res.status === 200) {
    try {
      const body = JSON.parse(res.body);
      if (typeof body.users === "number" && typeof body.paused === "boolean" && typeof body.user === "number") {
        state = body;
      }
    } catch {
    }
  }
  return state;
}
function setWorking(now) {
  if (now !== working) usersActive.add(now ? 1 : -1);
  working = now;
}
function waitForTurn(controlUrl, vuId, maxWaitS = 60) {
  const until = Date.now() + maxWaitS * 1e3;
  for (; ; ) {
    const now = controlState(controlUrl, vuId);
    const turn = !now.paused && now.user > 0 && now.user <= now.users;
    setWorking(turn);
    if (turn) return now.user;
    if (Date.now() >= until) return 0;
    sleep(0.25);
  }
}
function holdWhilePaused(controlUrl, vuId, maxWaitS = 600) {
  const until = Date.now() + maxWaitS * 1e3;
  let held = false;
  while (controlState(controlUrl, vuId).paused && Date.now() < until) {
    held = true;
    setWorking(false);
    sleep(0.25);
  }
  if (held) setWorking(true);
}

// lib/workflows/pacing.ts
var holdPoint;
function setHoldPoint(hold) {
  holdPoint = hold;
}
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

// scenarios/interactive.ts
var config2 = guardedConfig("interactive");
var settings = interactiveEntry.settings(__ENV);
var workflows = populationExecs(config2);
var byClass = { regular: workflows.regularUsers, power: workflows.powerUsers, admin: workflows.adminUsers };
setHoldPoint(() => holdWhilePaused(settings.controlUrl, execution_default.vu.idInTest));
function interactiveUsers(data) {
  const user = waitForTurn(settings.controlUrl, execution_default.vu.idInTest);
  if (user === 0) return;
  return byClass[classOfUser(user, config2.weights)](data);
}
var probe;
function healthProbe() {
  probe ??= new ApiClient(config2.baseUrl, config2.apiTimeoutS);
  probe.health();
}

// entry:entry:interactive
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
return { handleSummary: handleSummary, healthProbe: healthProbe, interactiveUsers: interactiveUsers, options: options, pollResources: pollResources2, setup: setup, teardown: teardown2 };
})();
export const handleSummary = loadSide.handleSummary;
export const healthProbe = loadSide.healthProbe;
export const interactiveUsers = loadSide.interactiveUsers;
export const options = loadSide.options;
export const pollResources = loadSide.pollResources;
export const setup = loadSide.setup;
export const teardown = loadSide.teardown;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIms2LXRhYmxlOms2L2V4ZWN1dGlvbiIsIms2LXRhYmxlOms2IiwiazYtdGFibGU6azYvaHR0cCIsIms2LXRhYmxlOms2L21ldHJpY3MiLCJrNi10YWJsZTprNi9kYXRhIiwiazYtdGFibGU6azYvc2VjcmV0cyIsIi4uL3NjZW5hcmlvcy9pbnRlcmFjdGl2ZS50cyIsIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvaW50ZXJhY3RpdmUudHMiLCIuLi9saWIvY29uZmlnL2VudHJpZXMudHMiLCIuLi90aHJlc2hvbGRzL2V4cHJlc3Npb25zLnRzIiwiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsIi4uL2xpYi9tZXRyaWNzL3Jlc291cmNlcy50cyIsIi4uL2xpYi9jb25maWcvZW52LnRzIiwiLi4vbGliL2NvbmZpZy9zaGFyZWQtY29uZmlnLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCIuLi9saWIvaHR0cC9hcGkudHMiLCIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCIuLi9saWIvdXNlcnMvZGF0YXNldC50cyIsIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsIi4uL2xpYi9sb2FkL2NvbnRyb2wudHMiLCIuLi9saWIvcmVwb3J0L2VzY2FwZS50cyIsIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwiLi4vbGliL3JlcG9ydC9yZXN1bHRzLnRzIiwiLi4vbGliL3JlcG9ydC9qdW5pdC50cyIsIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCIuLi9saWIvcmVwb3J0L3RleHQudHMiLCIuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzIiwiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsIi4uL2xpYi9tZXRyaWNzL21ldHJpY3MudHMiLCIuLi9saWIvd29ya2Zsb3dzL3J1bi13b3JrZmxvdy50cyIsIi4uL2xpYi93b3JrZmxvd3Mvd29ya2Zsb3dzLnRzIiwiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwiLi4vbGliL3dvcmtmbG93cy9wb3B1bGF0aW9uLnRzIiwiLi4vdGhyZXNob2xkcy9nYXRlcy50cyIsImdsdWU6Z2x1ZTppbnRlcmFjdGl2ZSIsIms2LW9uY2U6azYvZXhlY3V0aW9uIiwiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wtc3BlYy50cyIsIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwiLi4vbGliL2NvbmZpZy9pbnRlcmFjdGl2ZS50cyIsIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsIi4uL2xpYi9sb2FkL3NoYXBlcy50cyIsIms2LW9uY2U6azYiLCJrNi1vbmNlOms2L2h0dHAiLCJrNi1vbmNlOms2L21ldHJpY3MiLCJrNi1vbmNlOms2L2RhdGEiLCIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCIuLi9saWIvY29uZmlnL2Vudi1sb2FkLXNpZGUudHMiLCIuLi9saWIvbWV0cmljcy9yZXNvdXJjZXMudHMiLCIuLi9saWIvdXNlcnMvcG9vbC50cyIsIms2LW9uY2U6azYvc2VjcmV0cyIsIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsIi4uL2xpYi9odHRwL2FwaS50cyIsIi4uL2xpYi91c2Vycy9kYXRhc2V0LW5hbWVzLnRzIiwiLi4vbGliL3VzZXJzL3NldHVwLnRzIiwiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsIi4uL2xpYi9sb2FkL2NvbnRyb2wudHMiLCIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCIuLi9saWIvd29ya2Zsb3dzL3BvcHVsYXRpb24udHMiLCIuLi9zY2VuYXJpb3MvaW50ZXJhY3RpdmUudHMiLCJlbnRyeTplbnRyeTppbnRlcmFjdGl2ZSJdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLFFBQUEsb0JBQUFBLFlBQUE7TUFBQSx3QkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsY0FBYztBQUN0RUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxhQUFBRixZQUFBO01BQUEsY0FBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsSUFBSTtBQUM1REEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxlQUFBRixZQUFBO01BQUEsbUJBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFNBQVM7QUFDakVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsa0JBQUFGLFlBQUE7TUFBQSxzQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsWUFBWTtBQUNwRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxzQkFBQSxDQUFBO0FBQUEsYUFBQSxxQkFBQTtNQUFBLGVBQUEsTUFBQUM7TUFBQSxhQUFBLE1BQUFDO01BQUEsa0JBQUEsTUFBQUM7TUFBQSxTQUFBLE1BQUFDO01BQUEsZUFBQSxNQUFBQztNQUFBLE9BQUEsTUFBQUM7TUFBQSxVQUFBLE1BQUFDO0lBQUEsQ0FBQTtBQUFBLFdBQUEsVUFBQSxhQUFBLG1CQUFBO0FBS0EsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FDNEJWLFFBQU1DLG1CQUFxQyxPQUFPLE9BQU87TUFDOUQsVUFBVTtNQUNWLFVBQVU7TUFDVixhQUFhO01BQ2IsYUFBYTtNQUNiLFlBQVk7TUFDWixjQUFjO01BQ2QsYUFBYTtNQUNiLFdBQVc7TUFDWCxjQUFjO01BQ2QsVUFBVTtNQUNWLFlBQVk7TUFDWixzQkFBc0I7SUFDeEIsQ0FBQztBQ3JDTSxRQUFNQyxTQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELFFBQU1DLGtCQUFOLGNBQTZCLE1BQU07TUFDL0IsT0FBTztJQUNsQjtBQU1PLGFBQVNDLGVBQWNDLE9BQWMsTUFBd0I7QUFDbEUsWUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFlBQU1DLFNBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELGNBQU0sSUFBSUgsZ0JBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO01BQ3JGO0FBQ0EsVUFBSTtBQUNKLFVBQUksUUFBUTtBQUNaLFlBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFlBQU0sT0FBT0UsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxZQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxjQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFlBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixjQUFNLFNBQW1CLENBQUM7QUFDMUIsWUFBSSxRQUFRO0FBQ1osWUFBSSxTQUFTO0FBQ2IsWUFBSSxZQUFZO0FBQ2hCLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLGdCQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLGNBQUksUUFBUTtBQUNWLGdCQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsdUJBQVM7QUFDVDtZQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7Z0JBQzFCLFVBQVM7VUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsbUJBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsb0JBQVE7QUFDUix3QkFBWTtVQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MscUJBQVMsWUFBWTtBQUNyQixvQkFBUTtVQUNWLE1BQU8sVUFBUztRQUNsQjtBQUNBLFlBQUksT0FBUUMsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsWUFBSSxDQUFDLFNBQVM7QUFDWixnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsZ0JBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLGNBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0RBLFlBQUFBLE9BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztVQUNoSDtBQUNBLG9CQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0Usa0JBQVEsT0FBTztBQUNmO1FBQ0Y7QUFDQSxZQUFJLE9BQU8sV0FBVyxNQUFPQSxDQUFBQSxPQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLGNBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLGNBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLGNBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxZQUFJLFVBQVUsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxZQUFJLGFBQWEsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxZQUFJLENBQUVKLE9BQTRCLFNBQVMsSUFBSTtBQUM3Q0ksVUFBQUEsT0FBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixZQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHQSxDQUFBQSxPQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLGFBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixpQkFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ2pEO0FBQ0EsVUFBSSxDQUFDLFFBQVNBLENBQUFBLE9BQUssR0FBRyxxRkFBcUY7QUFDM0csYUFBTztJQUNUO0FBR08sYUFBU0MsZUFBYyxNQUFjLE1BQXlCO0FBQ25FLFlBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxZQUFNLFdBQVc7QUFDakIsaUJBQVcsUUFBUSxLQUNoQixNQUFNLEdBQUcsRUFDVCxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMxQixjQUFNLFFBQVEsb0NBQW9DLEtBQUssSUFBSTtBQUMzRCxZQUFJLENBQUM7QUFDSCxnQkFBTSxJQUFJSixnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU0sSUFBSSxtQkFBbUIsUUFBUSxFQUFFO0FBQ3pHLGNBQU0sTUFBTSxDQUFDLENBQVMsSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO01BQzNDO0FBQ0EsVUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU0sVUFBVTtBQUNoRCxjQUFNLElBQUlBLGdCQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDMUYsYUFBTztJQUNUO0FBR08sYUFBU0ssV0FBVSxNQUFZLEdBQW1CO0FBQ3ZELGFBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUM5QztBQUdPLGFBQVNDLHFCQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxpQkFBVyxRQUFRUCxRQUFPO0FBQ3hCLFlBQUksT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSSxPQUFPLElBQUksR0FBRztBQUNsRCxpQkFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO1FBRzlHO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPTyxhQUFTUSxXQUFVLFdBQTREO0FBQ3BGLFVBQUksUUFBUTtBQUNaLGlCQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxjQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLGNBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixZQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7aUJBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO2lCQUN6QyxPQUFPLEVBQUUsb0JBQW9CLFNBQVUsVUFBUyxFQUFFO1lBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztNQUNqQztBQUNBLGFBQU87SUFDVDtBQzFGTyxRQUFNQyxlQUFOLGNBQTBCLE1BQU07TUFDNUIsT0FBTztJQUNsQjtBQUdPLFFBQU1DLGlCQUFnQixLQUFLO0FBQzNCLFFBQU1DLG1CQUFrQjtBQUkvQixhQUFTQyxLQUFJLEtBQVUsTUFBa0M7QUFDdkQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixhQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztJQUN0RDtBQUVBLGFBQVNSLE1BQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFlBQU0sSUFBSUssYUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0lBQ3hGO0FBRUEsYUFBU0ksVUFBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixhQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsY0FBTSxRQUFRRCxLQUFJLEtBQUssSUFBSTtBQUMzQixZQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLGNBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxZQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsY0FBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixZQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxlQUFPO01BQ1Q7SUFDRjtBQUdBLFFBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0JTLFVBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLFFBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0JBLFVBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLFFBQU1DLFVBQVNELFVBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLFFBQU1FLFlBQVdGLFVBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELFFBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLENBQUFULE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxhQUFPO0lBQ1Q7QUFFQSxhQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxZQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixVQUFJLENBQUMsTUFBTyxDQUFBUixNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsYUFBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0lBQ2pDO0FBRUEsYUFBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsWUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsWUFBTSxXQUFXO0FBQ2pCLFVBQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxDQUFBUixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFlBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELFVBQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELGFBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtJQUNqQztBQUVBLGFBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsWUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsWUFBTSxXQUFXO0FBQ2pCLFVBQUksQ0FBQyxNQUFPLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsWUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsWUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELFVBQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELGFBQU8sRUFBRSxLQUFLLElBQUk7SUFDcEI7QUFFQSxhQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsVUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsYUFBT1IsTUFBSyxNQUFNLE9BQU8sZUFBZTtJQUMxQztBQUVBLGFBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsVUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsUUFBQVIsTUFBSyxNQUFNLE9BQU8sc0ZBQXNGO01BQzFHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLGFBQU87UUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO1FBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtNQUM1RDtJQUNGO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBcUM7QUFDL0QsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxVQUFJO0FBQ0YsZUFBT1AsZUFBYyxPQUFPLElBQUk7TUFDbEMsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJSSxhQUFZLGlCQUFpQlIsa0JBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztNQUN2RjtJQUNGO0FBRUEsYUFBUyxRQUFRLEtBQTZCO0FBQzVDLFlBQU0sVUFBVSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssK0JBQStCLEVBQUU7QUFDckUsWUFBTSxZQUFZLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSyxpQ0FBaUMsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDO0FBQzNGLFVBQUksWUFBWTtBQUNkLFFBQUFHLE1BQUssaUNBQWlDLE9BQU8sU0FBUyxHQUFHLHdDQUF3QyxPQUFPLEdBQUc7QUFDN0csYUFBTztRQUNMO1FBQ0E7UUFDQSxRQUFRLEtBQUssS0FBSyw0QkFBNEI7UUFDOUMsZ0JBQWdCLEtBQUssS0FBSyxzQ0FBc0M7TUFDbEU7SUFDRjtBQUdPLGFBQVMsWUFBWSxLQUFrQjtBQUM1QyxZQUFNLElBQUlMO0FBQ1YsWUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsWUFBTSxVQUFVLFFBQVEsR0FBR1csY0FBYTtRQUN0QztRQUNBO1FBQ0EsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUM7TUFDckQ7QUFDQSxhQUFPO1FBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7UUFDckQsT0FBTztVQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO1VBQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtVQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7UUFDN0U7UUFDQTtRQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7UUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7UUFDaEU7UUFDQSxXQUFXLFFBQVEsR0FBR0MsZ0JBQWUsRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7UUFDMUYsU0FBUyxRQUFRLEtBQUssMEJBQTBCO1FBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtRQUNuRCxlQUFlRSxVQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7UUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO1FBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7UUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO1FBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtRQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7UUFDdkQsU0FBUztVQUNQLFVBQVVDLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELFVBQVVBLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLFlBQVlBLFFBQU8sS0FBSywwQkFBMEIsRUFBRSxVQUFVO1VBQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7VUFDN0YsYUFBYUMsVUFBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7VUFDbEUsV0FBV0EsVUFBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7VUFDNUQsY0FBY0Y7WUFDWjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxZQUFZO1VBQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7VUFDekUsWUFBWUEsVUFBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7VUFDOUYsc0JBQXNCQTtZQUNwQjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7UUFDckU7UUFDQSxXQUFXRCxLQUFJLEtBQUssd0JBQXdCLEtBQUs7UUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtRQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7UUFDckQsU0FBUyxRQUFRLEdBQUc7TUFDdEI7SUFDRjtBQUdBLGFBQVMsT0FBTyxTQUF5QjtBQUN2QyxZQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxjQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtJQUN4QztBQUVBLGFBQVMsV0FBVyxNQUF1QjtBQUN6QyxhQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7SUFDbkg7QUFNTyxhQUFTLG9CQUFvQkksVUFBZ0IsT0FBcUI7QUFDdkUsWUFBTSxPQUFPLE9BQU9BLFNBQU8sT0FBTztBQUNsQyxVQUFJLFdBQVcsSUFBSSxLQUFLQSxTQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsWUFBTSxJQUFJUDtRQUNSLG9CQUFvQixLQUFLLGFBQWFPLFNBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtNQUNoRjtJQUNGO0FBTU8sYUFBU0MsV0FDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsWUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELGFBQU9KLFVBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7SUFDekY7QUN4UU8sUUFBTUssZ0JBQWU7QUFTckIsYUFBU0Msa0JBQWlCLEtBQStCO0FBQzlELFlBQU0sYUFBYSxJQUFJLGFBQWEsS0FBSztBQUN6QyxVQUFJLENBQUMsY0FBYyxDQUFDLHdEQUF3RCxLQUFLLFVBQVUsR0FBRztBQUM1RixjQUFNLElBQUlWO1VBQ1IsdUJBQXVCLEtBQUssVUFBVSxJQUFJLGVBQWUsRUFBRSxDQUFDO1FBQzlEO01BQ0Y7QUFDQSxhQUFPO1FBQ0w7UUFDQSxTQUFTUSxXQUFVLEtBQUssZ0NBQWdDLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBS0MsZUFBYyxTQUFTLEtBQUssQ0FBQztNQUMzRztJQUNGO0FDb01PLFFBQU1FLG9CQUFtQjtNQUM5QixPQUFPO01BQ1AsUUFBUTtNQUNSLFVBQVUsQ0FBQyxRQUFRRCxrQkFBaUIsR0FBRztJQUN6QztBQy9MQSxRQUFJO0FBQ0osUUFBTSxVQUFVLE1BQ2IsYUFBYTtNQUNaLFlBQVk7TUFDWixTQUFTO01BQ1QsWUFBWTtJQUNkO0FBR0ssYUFBU0UsV0FBVSxRQUFnQixNQUF1QztBQUMvRSxVQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFlBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsVUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGlCQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxZQUFJLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxHQUFHLEtBQUssQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEtBQUssR0FBRztBQUNsRSxnQkFBTSxJQUFJO1lBQ1IsZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU07VUFDMUM7UUFDRjtNQUNGO0FBQ0EsYUFBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0lBQ2hGO0FBR08sYUFBUyxXQUFXLE1BQW1EO0FBQzVFLFlBQU0sYUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxVQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLGNBQWMsT0FBTyxXQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsY0FBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7TUFDbEY7QUFDQSxVQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSztBQUM3QixjQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEcsYUFBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztJQUM1QztBQUVBLGFBQVMsS0FBSyxNQUF5QjtBQUNyQyxZQUFNbEIsUUFBTyxXQUFXLElBQUk7QUFDNUIsVUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixhQUFPO1FBQ0wsV0FBV0E7UUFDWCxhQUFhO1FBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO01BQ3ZFO0lBQ0Y7QUFHTyxhQUFTbUIsZ0JBQWUsT0FBNkI7QUFDMUQsWUFBTSxNQUFvQixDQUFDO0FBQzNCLGlCQUFXLFFBQVEsT0FBTztBQUN4QixjQUFNLE1BQU1ELFdBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxZQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO01BQzFEO0FBQ0EsYUFBTztJQUNUO0FDekNPLFFBQU1FLGlCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FDZmxFLGFBQVNDLGFBQVksR0FBV0MsVUFBa0M7QUFDdkUsWUFBTSxXQUFXLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDbEQsVUFBSSxTQUFlO0FBQ25CLGVBQVMsSUFBSSxHQUFHLEtBQUssR0FBRyxLQUFLO0FBQzNCLFlBQUksT0FBTztBQUNYLG1CQUFXLEtBQUt6QixRQUFPO0FBQ3JCLGNBQUl5QixTQUFRLENBQUMsTUFBTSxFQUFHO0FBQ3RCLGdCQUFNLFVBQVdBLFNBQVEsQ0FBQyxJQUFJLElBQUssTUFBTSxTQUFTLENBQUM7QUFDbkQsY0FBSSxVQUFVLE1BQU07QUFDbEIsbUJBQU87QUFDUCxxQkFBUztVQUNYO1FBQ0Y7QUFDQSxpQkFBUyxNQUFNO01BQ2pCO0FBQ0EsYUFBTztJQUNUO0FBdUJBLGFBQVMsVUFBVSxXQUF1RDtBQUN4RSxhQUFPLE9BQU8sVUFBVSxTQUFTLElBQzdCLEVBQUUsTUFBTSxXQUFXLFVBQVUsS0FBSyxJQUNsQyxFQUFFLE1BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksRUFBRSxDQUFDLEdBQUcsVUFBVSxLQUFLO0lBQ3RFO0FBR08sYUFBU0MsY0FDZEMsT0FDQSxXQUNBLFdBQ0EsS0FDQSxZQUFZLE1BQ0Y7QUFDVixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQUFBO1FBQ0EsR0FBRyxVQUFVLFNBQVM7UUFDdEIsVUFBVSxHQUFHLFNBQVM7UUFDdEIsaUJBQWlCLElBQUk7UUFDckIsUUFBUSxJQUFJO1FBQ1o7TUFDRjtJQUNGO0FBT08sUUFBTUMsdUJBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPO0FDN0ZsRyxRQUFBQyxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUEvQixvQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQWdDLGVBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsa0JBQStCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDTi9CLFFBQUFDLGVBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNEckIsUUFBTUMsaUJBQWdCO0FES3RCLFFBQU1qQixVQUFpQixZQUFZLEtBQUs7QUFFL0MsUUFBSWdCLGFBQUEsWUFBWUMsZ0JBQWUsTUFBTSxDQUFDakIsT0FBTSxDQUFDO0FBR3RDLGFBQVNrQixlQUFjLE9BQXVCO0FBQ25ELDBCQUFvQmxCLFNBQVEsS0FBSztBQUNqQyxhQUFPQTtJQUNUO0FEREEsYUFBU21CLGtCQUFpQjtBQUN4QixhQUFPOztRQUVMLFlBQVksSUFBSUosZ0JBQUEsTUFBTSxvQkFBb0I7O1FBRTFDLGlCQUFpQixJQUFJQSxnQkFBQSxNQUFNLDBCQUEwQjs7UUFFckQsVUFBVSxJQUFJQSxnQkFBQSxNQUFNLGtCQUFrQjs7UUFFdEMsZ0JBQWdCLElBQUlBLGdCQUFBLFFBQVEsd0JBQXdCOztRQUVwRCxjQUFjLElBQUlBLGdCQUFBLE1BQU0saUNBQWlDO01BQzNEO0lBQ0Y7QUFHQSxRQUFNSyxVQUFTLFNBQVMsS0FBS3BCLFFBQU8sZUFBZSxTQUFZbUIsZ0JBQWUsSUFBSTtBQVdsRixRQUFNRSxRQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsUUFBSUMsVUFBUztBQUNiLFFBQUlDO0FBQ0osUUFBSUMsY0FBYTtBQU1qQixhQUFTQyxXQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFlBQU0sTUFBTVgsYUFBQVksUUFBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO1FBQ3RFLEdBQUdMO1FBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7TUFDaEQsQ0FBVTtBQUNWLGFBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0lBQzlDO0FBR0EsUUFBTSxTQUFTO0FBVVIsYUFBU00sbUJBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLGFBQU87UUFDTCxVQUFVO1FBQ1YsTUFBTTtRQUNOLEtBQUs7UUFDTCxVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO1FBQzlDLGNBQWMsR0FBRyxNQUFNO1FBQ3ZCLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO01BQ25DO0lBQ0Y7QUFFQSxhQUFTQyxPQUFTLE1BQThCO0FBQzlDLFVBQUk7QUFDRixlQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7TUFDOUQsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBU08sYUFBU2pELGVBQWMsWUFBMEI7QUFFdEQsVUFBSSxDQUFDNkMsWUFBWSxDQUFBQSxjQUFhQyxXQUFVLFlBQVksTUFBTTtBQUMxRCxpQkFBUztBQUNQLGNBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBQUksVUFBUyxVQUFVO0FBQ25CLFNBQUEsR0FBQWhCLFlBQUEsT0FBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFlBQUkvQixrQkFBQTZCLFFBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsWUFBSTdCLGtCQUFBNkIsUUFBSyxTQUFTLGFBQWEsRUFBRztNQUNwQztBQUNBLE1BQUFjLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLE1BQUFJLFVBQVMsVUFBVTtJQUNyQjtBQUVBLGFBQVNBLFVBQVMsWUFBMEI7QUFDMUMsWUFBTSxNQUFNZixhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQkosT0FBTSxJQUFJRCxLQUFhO0FBQzNFLFlBQU0sT0FDSixJQUFJLFdBQVcsTUFBTU8sT0FBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsVUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsUUFBQVIsUUFBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtNQUNGO0FBQ0EsVUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFlBQUlHLGdCQUFlLFVBQWEsS0FBSyxTQUFTQSxZQUFZLENBQUFILFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBU0csV0FBVTtBQUM3RyxRQUFBQSxjQUFhLEtBQUs7TUFDcEI7QUFDQSxpQkFBV08sV0FBVSxLQUFLLFNBQVM7QUFDakMsUUFBQVIsVUFBUyxLQUFLLElBQUlBLFNBQVFRLFFBQU8sR0FBRztBQUNwQyxZQUFJQSxRQUFPLFVBQVUsVUFBYUEsUUFBTyxVQUFVLE9BQVE7QUFDM0QsUUFBQVYsUUFBUSxXQUFXLElBQUlVLFFBQU8sV0FBVztBQUN6QyxRQUFBVixRQUFRLGdCQUFnQixJQUFJVSxRQUFPLGlCQUFpQjtBQUNwRCxRQUFBVixRQUFRLFNBQVMsSUFBSVUsUUFBTyxTQUFTO01BQ3ZDO0FBR0EsVUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixRQUFBaEQsa0JBQUE2QixRQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7SUFDdkY7QUFPTyxhQUFTb0IsU0FBUSxZQUEwQjtBQUNoRCxNQUFBTixXQUFVLFlBQVksVUFBVTtBQUNoQyxZQUFNLE1BQU1YLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsWUFBWUwsS0FBYTtBQUMzRCxZQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU1PLE9BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLFVBQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCO0FBQ3pELFFBQUFSLFFBQVEsYUFBYSxJQUFJLFFBQVEsd0JBQXdCO0lBQzdEO0FBZU8sYUFBU1ksZUFBYyxRQUFnQztBQUM1RCxZQUFNLFFBQWdCO1FBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7UUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtNQUNqRztBQUNBLFVBQUksT0FBTyxtQkFBbUI7QUFDNUIsY0FBTSxLQUFLO1VBQ1QsUUFBUTtVQUNSLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQztRQUNoRSxDQUFDO0FBQ0gsVUFBSSxPQUFPO0FBQ1QsY0FBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDaEcsYUFBTztJQUNUO0FHN0tBLFFBQUFoQixnQkFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUM1QixRQUFBbEMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBcUJqQixhQUFTbUQsVUFBUyxNQUFzQjtBQUN0QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLElBQUk7TUFDbEIsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJO1VBQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO1FBQ2pFO01BQ0Y7SUFDRjtBQUVBLGFBQVNDLFVBQVMsTUFBb0I7QUFFcEMsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUWxEO0FBQ2pCLGVBQU8sSUFBSSxJQUFJLElBQUltRCxjQUFBO1VBQ2pCLFNBQVMsSUFBSTtVQUNiLE1BQU1qRCxlQUFjK0MsVUFBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7UUFDaEQ7QUFDRixhQUFPO1FBQ0wsUUFBUSwwQkFBMEIsSUFBSTtRQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87UUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO01BQzlDO0lBQ0Y7QUFFQSxhQUFTRyxVQUFTcEMsVUFBc0I7QUFDdEMsVUFBSUEsU0FBTyxVQUFXLFFBQU9rQyxVQUFTbEMsU0FBTyxTQUFTO0FBQ3RELFlBQU0sUUFBUUEsU0FBTztBQUNyQixVQUFJQSxTQUFPLFdBQVc7QUFDcEIsZUFBTztVQUNMLFFBQVE7VUFDUixPQUFPQSxTQUFPO1VBQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBT1YsV0FBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7UUFDckY7TUFDRjtBQUNBLGFBQU87UUFDTCxRQUFRO1FBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO1FBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO01BQzdFO0lBQ0Y7QUFHTyxhQUFTK0MsYUFBWUMsUUFBWSxNQUFZQyxnQkFBNEM7QUFDOUYsWUFBTSxPQUFPRCxPQUFLLE1BQU0sSUFBSTtBQUM1QixhQUFPLFNBQVMsSUFBSSxTQUFZQSxPQUFLLFFBQVEsT0FBT0UsbUJBQUE3QixRQUFLLEdBQUcsV0FBVyxLQUFLLE1BQU00QixjQUFhO0lBQ2pHO0FBR08sYUFBU0UsZ0JBQWVILFFBQVksT0FBd0IsT0FBcUI7QUFDdEYsWUFBTSxTQUFvQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzNELGlCQUFXLFFBQVEsTUFBTyxRQUFPLElBQUksSUFBSTtBQUN6QyxZQUFNLFVBQVUvQyxxQkFBb0IrQyxPQUFLLE9BQU8sUUFBUUEsT0FBSyxNQUFNO0FBQ25FLFVBQUksUUFBUyxPQUFNLElBQUksTUFBTSxPQUFPO0lBQ3RDO0FBR08sUUFBTUEsUUFBYUYsVUFBU3BDLE9BQVM7QUM5RTVDLFFBQUFhLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQS9CLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBZ0MsZ0JBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQTRCLGtCQUFvQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ0xwQixRQUFBN0IsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxnQkFBOEQsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ0Z2RCxRQUFNNkIsYUFBWTtNQUN2QjtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO0lBQ0Y7QUFLTyxRQUFNQyxhQUFZO0FDTGxCLGFBQVNDLFNBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixZQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLGNBQVEsVUFBVTtRQUNoQixLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxnQkFBZ0IsT0FBTztRQUNoQyxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO1FBQ3JELEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87TUFDWDtJQUNGO0FBR0EsUUFBTUMsY0FBdUM7TUFDM0MsUUFBUTtNQUNSLE9BQU87TUFDUCxjQUFjO01BQ2QsZUFBZTtNQUNmLFlBQVk7TUFDWixlQUFlO01BQ2YsZUFBZTtNQUNmLGlCQUFpQjtNQUNqQixTQUFTO01BQ1QsYUFBYTtNQUNiLGVBQWU7TUFDZixhQUFhO01BQ2IsWUFBWTtNQUNaLGFBQWE7SUFDZjtBQUlBLFFBQU1DLGtCQUE4RSxDQUFDO0FBRzlFLGFBQVNDLGFBQVksVUFBc0Q7QUFDaEYsVUFBSSxPQUFPRCxnQkFBZSxRQUFRO0FBQ2xDLFVBQUksU0FBUyxRQUFXO0FBQ3RCLGVBQU8sRUFBRSxVQUFVLE9BQU9ILFlBQVcsTUFBTUUsWUFBVyxRQUFRLEVBQUU7QUFDaEUsUUFBQUMsZ0JBQWUsUUFBUSxJQUFJO01BQzdCO0FBQ0EsYUFBTztJQUNUO0FGMkJBLFFBQU1FLFFBQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsUUFBTUMsV0FBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxhQUFTQyxVQUFTLE9BQWtCLE9BQXVCO0FBQ3pELGNBQVEsT0FBTztRQUNiLEtBQUs7QUFDSCxpQkFBTyxNQUFNLFFBQVEsTUFBTTtRQUM3QixLQUFLLFNBQVM7QUFDWixnQkFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO1FBQ2hEO1FBQ0EsS0FBSztBQUNILGlCQUFPRCxTQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUNoRSxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO1FBQ3hELEtBQUs7QUFDSCxpQkFBT0EsTUFBSyxNQUFNLElBQUksQ0FBQyxLQUFLQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQ3pELEtBQUs7QUFDSCxpQkFBT0QsTUFBSyxNQUFNLFFBQVEsQ0FBQztRQUM3QixLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQzNFLEtBQUs7QUFDSCxpQkFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO1FBQ3JDLEtBQUssYUFBYTtBQUNoQixnQkFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztRQUM1RTtNQUNGO0lBQ0Y7QUFTQSxhQUFTRSxRQUFPLEtBQXdCO0FBQ3RDLGFBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07SUFDbEU7QUFHQSxRQUFJQztBQUVKLFFBQU1DLGFBQW1CLENBQUMsU0FBUztBQUNqQyxVQUFJO0FBQ0YsZUFBT0QsU0FBUyxLQUFLLElBQUksS0FBSztNQUNoQyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNRSxjQUFOLE1BQXlDO01BR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFMsYUFBQSxLQUFBO0FBQ0EsYUFBQSxTQUFBO0FBQ1EsYUFBQSxNQUFBO01BQ2hCO01BSFE7TUFDQTtNQUNRO01BTFgsU0FBUztNQUNUO01BT1IsSUFBSSxPQUFzQjtBQUN4QixZQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixlQUFLLFFBQVFDLFdBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsZUFBSyxTQUFTO1FBQ2hCO0FBQ0EsZUFBTyxLQUFLO01BQ2Q7SUFDRjtBQUdBLGFBQVNBLFdBQVUsTUFBd0I7QUFDekMsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQWM7TUFDbEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBS0EsUUFBTUMsbUJBQTRFLENBQUM7QUFDbkYsYUFBU0MsY0FBYSxRQUEwRDtBQUM5RSxVQUFJLFdBQVdELGlCQUFnQixNQUFNO0FBQ3JDLFVBQUksYUFBYSxRQUFXO0FBQzFCLG1CQUFXRSxjQUFBakMsUUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxRQUFBK0IsaUJBQWdCLE1BQU0sSUFBSTtNQUM1QjtBQUNBLGFBQU87SUFDVDtBQUlBLFFBQUlHO0FBVUosUUFBTUMsV0FBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELFFBQU1DLG9CQUFtQixDQUFDLE1BQWUsRUFBRTtBQUMzQyxRQUFNQyxtQkFBa0IsQ0FBQyxNQUFlLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFFekQsUUFBTUMsYUFBeUYsQ0FBQztBQUVoRyxhQUFTQyxXQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLFVBQUksTUFBTUQsV0FBVSxRQUFRO0FBQzVCLFVBQUksQ0FBQyxLQUFLO0FBQ1IsY0FBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUdGLGtCQUFpQjtBQUNsRixZQUFJLFVBQVcsUUFBTyxHQUFHLFFBQVEsK0JBQStCLElBQUlDO0FBQ3BFLGNBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsUUFBQUMsV0FBVSxRQUFRLElBQUk7TUFDeEI7QUFDQSxhQUFPO0lBQ1Q7QUFLQSxhQUFTRSxXQUFVLFFBQWdCLEtBQWEsT0FBNEM7QUFDMUYsYUFBTyxVQUFVLFNBQVksU0FBUyxHQUFHLE1BQU0sR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztJQUNqSDtBQUVPLFFBQU1DLGFBQU4sTUFBTSxXQUFVO01BT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCLGFBQUEsVUFBQTtBQUVBLGFBQUEsUUFBQTtBQUVqQixhQUFLLFVBQVUsR0FBRyxRQUFRO01BQzVCO01BTG1CO01BRUE7O01BUm5CLGVBQWU7TUFDRTs7TUFFQSxTQUE0QyxDQUFDOztNQVc5RCxHQUFHLE9BQTBCO0FBQzNCLGVBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztNQUM3RTtNQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsWUFBSUMsVUFBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxZQUFJLENBQUNBLFNBQVE7QUFDWCxnQkFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLGNBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxjQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1REEsb0JBQVM7WUFDUDtZQUNBLE1BQU1wQixhQUFZLFFBQVE7WUFDMUIsU0FBUyxLQUFLO1lBQ2Qsa0JBQWtCVSxjQUFhLFFBQVE7VUFDekM7QUFFQSxjQUFJLENBQUMsVUFBV1UsU0FBTyxlQUFlO0FBQ3RDLGVBQUssT0FBTyxRQUFRLElBQUlBO1FBQzFCO0FBQ0EsZUFBT0E7TUFDVDtNQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQSxPQUNBLFNBQ21CO0FBQ25CLGNBQU0sY0FBYyxZQUFZO0FBQ2hDLGNBQU0sTUFBTVQsY0FBQWpDLFFBQUs7VUFDZjtVQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtVQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7VUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhLFVBQVUsTUFBUztRQUNyRTtBQUVBLGNBQU0sU0FBUyxJQUFJO0FBQ25CLGNBQU0sV0FBVyxXQUFXO0FBQzVCLFlBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxZQUFJLFVBQVUsQ0FBQztBQUNmLFlBQUksU0FBUyxVQUFVO0FBQ3JCLFVBQUEyQixXQUFVO0FBQ1Ysb0JBQVVELFFBQU8sR0FBRyxLQUFLRCxVQUFTLE9BQU9HLFVBQVM7QUFDbEQsVUFBQUQsV0FBVTtRQUNaO0FBQ0EsUUFBQVEsU0FBUSxXQUFXO0FBQ25CLFFBQUFBLFNBQVEsVUFBVTtBQUNsQixjQUFNLEVBQUUsUUFBUSxLQUFLLElBQUlJLFdBQVUsVUFBVSxVQUFVLFVBQVUsTUFBUztBQUMxRSxjQUFNLE1BQUEsR0FBS0ksWUFBQSxPQUFNUixVQUFTLFFBQVEsSUFBSTtBQUN0QyxjQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLFFBQUFELFlBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELGVBQU8sSUFBSUwsWUFBc0IsT0FBTyxRQUFRLFNBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztNQUNoRztNQUVBLFNBQXFDO0FBQ25DLGVBQU8sS0FBSyxLQUFLLFVBQVUsT0FBT1YsU0FBUSxRQUFRLEdBQUcsS0FBSyxRQUFRO01BQ3BFO01BRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELGVBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUUEsU0FBUSxPQUFPLEdBQUcsS0FBSyxTQUFTLEVBQUUsT0FBTyxTQUFTLENBQUM7TUFDdkY7TUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsWUFBSSxTQUFTcUIsV0FBVSxJQUFJLFNBQVMsTUFBTSxLQUFLO0FBQy9DLGlCQUFTQSxXQUFVLFFBQVEsVUFBVSxNQUFNLE1BQU07QUFDakQsaUJBQVNBLFdBQVUsUUFBUSxLQUFLLE1BQU0sQ0FBQztBQUN2QyxlQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHckIsU0FBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO01BQzdGO01BRUEsYUFBYSxRQUFtQztBQUM5QyxlQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUUEsU0FBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07TUFDckY7TUFFQSxVQUFVLElBQXdCO0FBQ2hDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBT0EsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtNQUN4RjtNQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxlQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBU0EsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztNQUMxRjtNQUVBLGFBQWEsSUFBMkI7QUFDdEMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVVBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO01BQ25GO01BRUEsU0FBUyxJQUFtRDtBQUMxRCxlQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUUEsU0FBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO01BQzdGO01BRUEsT0FBTyxPQUF3QjtBQUM3QixlQUFPLEtBQUssS0FBSyxXQUFXLE9BQU9BLFNBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO01BQ3RFO01BRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztNQUN0RjtNQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxlQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHQSxTQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO01BQzVHO01BRUEsYUFBOEM7QUFDNUMsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7TUFDaEY7TUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsZUFBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUdBLFNBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztNQUNsRztNQUVBLGFBQThCO0FBQzVCLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO0lBQ0Y7QUc1V0EsUUFBQWhDLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMsZ0JBQWlGLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNIMUUsUUFBTXdELGlCQUFnQjtBQUV0QixRQUFNQyxvQkFBbUI7QUFFekIsYUFBU0MsY0FBYSxHQUFtQjtBQUM5QyxhQUFPLEdBQUdGLGNBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0lBQ3ZEO0FBR08sYUFBU0csVUFBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELGFBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztJQUM1RTtBQUdPLGFBQVNDLFNBQVEsT0FBbUM7QUFDekQsWUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsYUFBTyxRQUFRLENBQUM7SUFDbEI7QUFHQSxhQUFTQyxZQUFXLE9BQW1DO0FBQ3JELFlBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsYUFBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7SUFDcEM7QUFPTyxRQUFNQyxzQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFPekMsYUFBU0MsWUFBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLFVBQUksQ0FBQyxNQUFNLFdBQVdOLGlCQUFnQixFQUFHLFFBQU87QUFDaEQsWUFBTSxRQUFRRyxTQUFRLEtBQUs7QUFDM0IsVUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsWUFBTSxVQUFVQyxZQUFXLEtBQUs7QUFDaEMsYUFBTyxZQUFZLFVBQWEsV0FBV0EsWUFBVyxPQUFPLEtBQUssS0FBS0M7SUFDekU7QURwQ0EsUUFBTSxjQUFjO0FBQ3BCLFFBQU0sYUFBYTtBQXNCbkIsUUFBTSxXQUFXO0FBRWpCLFFBQUksVUFBVTtBQUNkLFFBQU0sWUFBWSxDQUFDLFFBQWtCLElBQUksV0FBVyxLQUFLLElBQUksVUFBVTtBQVV2RSxhQUFTLFFBQVFFLFFBQWUsTUFBbUMsVUFBb0Q7QUFDckgsZUFBUyxRQUFRLEdBQUcsUUFBUUEsUUFBTyxTQUFTLGFBQWE7QUFDdkQsY0FBTSxRQUF3QixDQUFDO0FBQy9CLGlCQUFTLElBQUksT0FBTyxJQUFJLEtBQUssSUFBSUEsUUFBTyxRQUFRLFdBQVcsR0FBRyxJQUFLLE9BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQztBQUNyRixjQUFNLE1BQU1DLGNBQUFyRCxRQUFLLE1BQU0sS0FBSztBQUM1QixpQkFBUyxVQUFVLEdBQUcsVUFBVSxVQUFVLFdBQVc7QUFDbkQsZ0JBQU0sUUFBUSxJQUFJLElBQUksQ0FBQyxLQUFLLE1BQU8sVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDO0FBQ2pGLGNBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIscUJBQVcsTUFBTTtBQUNqQixXQUFBLEdBQUFzRCxZQUFBLE9BQU0sTUFBTSxNQUFNLFVBQVUsRUFBRTtBQUM3QixVQUFBRCxjQUFBckQsUUFBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBTSxDQUFDLENBQUUsQ0FBQyxFQUFpQixRQUFRLENBQUMsS0FBSyxNQUFNO0FBQzFFLGdCQUFJLE1BQU0sQ0FBQyxDQUFFLElBQUk7VUFDbkIsQ0FBQztRQUNIO0FBQ0EsWUFBSSxRQUFRLENBQUMsS0FBSyxNQUFNO0FBQ3RCLG1CQUFTLEtBQUssUUFBUSxDQUFDO1FBQ3pCLENBQUM7TUFDSDtJQUNGO0FBR0EsYUFBUyxPQUFPLE1BQWMsT0FBZ0IsV0FBVyxPQUFPO0FBQzlELFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFNBQVUsU0FBUSxjQUFjLElBQUk7QUFDeEMsVUFBSSxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNsRCxhQUFPLEVBQUUsU0FBUyxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUcsR0FBRyxTQUFTLE1BQU07SUFDckY7QUFFQSxhQUFTLEtBQVEsS0FBOEI7QUFDN0MsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQUksSUFBYztNQUN0QyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHTyxhQUFTdUQsWUFDZGpGLFVBQ0EsT0FDQSxVQUMrQztBQUMvQyxZQUFNLFNBQXdELEVBQUUsT0FBTyxRQUFXLFFBQVEsRUFBRTtBQUM1RjtRQUNFO1FBQ0EsT0FBTztVQUNMLFFBQVE7VUFDUixLQUFLLEdBQUdBLFNBQU8sT0FBTyxHQUFHNkMsU0FBUSxPQUFPLENBQUM7VUFDekMsTUFBTSxLQUFLLFVBQVUsRUFBRSxPQUFPLFNBQVMsQ0FBQztVQUN4QyxRQUFRLE9BQU8sU0FBUyxRQUFXLElBQUk7UUFDekM7UUFDQSxDQUFDLFFBQVE7QUFDUCxpQkFBTyxTQUFTLElBQUk7QUFDcEIsaUJBQU8sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtRQUMzRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBZ0JBLFFBQU0sb0JBQW9CO0FBQzFCLFFBQUksaUJBQWlCO0FBR3JCLGFBQVMsU0FBUyxNQUFjLFNBQVMsT0FBYTtBQUNwRCxVQUFJLENBQUMsVUFBVSxLQUFLLElBQUksSUFBSSxpQkFBaUIsa0JBQW1CO0FBQ2hFLHVCQUFpQixLQUFLLElBQUk7QUFDMUIsY0FBUSxJQUFJLG1CQUFtQixJQUFJLEVBQUU7SUFDdkM7QUFHTyxhQUFTcUMsZUFBY2xGLFVBQWdCLFFBQWdDO0FBQzVFLFlBQU0sRUFBRSxTQUFTLFFBQVEsV0FBVyxrQkFBa0IsT0FBTyxJQUFJQSxTQUFPO0FBQ3hFLFlBQU0sU0FBd0I7UUFDNUIsVUFBVSxPQUFPO1FBQ2pCLFNBQVM7UUFDVCxRQUFRO1FBQ1IsU0FBUztRQUNULFdBQVc7UUFDWCxTQUFTO01BQ1g7QUFDQSxVQUFJLFdBQVcsS0FBSyxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hELFlBQU0sZ0JBQWdCO0FBQ3RCLFlBQU0sVUFBbUIsRUFBRSxNQUFNQSxTQUFPLFNBQVMsUUFBUSxRQUFRLENBQUMsR0FBRyxPQUFPO0FBQzVFLGVBQVMsWUFBWSxPQUFPLE1BQU0sZUFBZSxJQUFJO0FBQ3JEO1FBQ0U7UUFDQSxPQUFPLElBQUksQ0FBQyxHQUFHLE1BQU0sQ0FBQztNQUN4QjtBQUNBLFVBQUksU0FBUyxhQUFhLE9BQU87QUFDakMsVUFBSSxPQUFRLFVBQVMsZUFBZSxTQUFTLE1BQU07QUFDbkQsWUFBTSxhQUFhLGNBQWMsU0FBUyxRQUFRLFFBQVEsZ0JBQWdCO0FBQzFFLHNCQUFnQixTQUFTLGdCQUFnQixTQUFTLFVBQVUsR0FBR0EsU0FBTyxrQkFBa0I7QUFDeEYsYUFBTyxVQUFVLFVBQVU7QUFDM0IsYUFBTztJQUNUO0FBR0EsYUFBUyxNQUFNLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBWSxPQUF1QjtBQUN2RTtRQUNFLE1BQU07UUFDTixDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBRzZDLFNBQVEsT0FBTyxDQUFDO1VBQy9CLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsT0FBTyxVQUFVLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxTQUFTLENBQUM7VUFDL0YsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLGNBQUksQ0FBQztBQUNILGtCQUFNLElBQUk7Y0FDUiwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3hIO0FBQ0YsaUJBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtRQUN0QjtNQUNGO0lBQ0Y7QUFHQSxhQUFTLGFBQWEsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFzQjtBQUNqRSxZQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUdBLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CeUIsY0FBYSxDQUFDLFVBQVUsVUFBVTtBQUN2RyxZQUFNLFNBQW1CLENBQUM7QUFDMUI7UUFDRSxPQUFPO1FBQ1AsQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUU7UUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sQ0FBQyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ3hHLGlCQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxFQUFFO1FBQ3BFO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGVBQWUsU0FBa0IsUUFBNEI7QUFDcEUsWUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLElBQUk7QUFDakMsZUFBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDakYsY0FBTSxTQUFTLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLFFBQVEsRUFBRSxPQUFPLEdBQUcsR0FBRyxFQUFFLENBQUM7QUFDN0U7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUd6QixTQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO1lBQy9DLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxPQUFPLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDM0Q7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO1VBQ2pDO1FBQ0Y7QUFDQSxpQkFBUyxhQUFhLE9BQU87TUFDL0I7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQ1AsRUFBRSxNQUFNLFFBQVEsUUFBUSxPQUFPLEdBQy9CLFFBQ0EsUUFDQSxrQkFDNkI7QUFDN0IsWUFBTSxZQUErRCxDQUFDO0FBQ3RFLGFBQU8sUUFBUSxDQUFDLE9BQU8sTUFBTTtBQUMzQixjQUFNLE9BQU8sT0FBTyxDQUFDLEVBQUc7QUFDeEIsWUFBSSxRQUFRLE9BQVEsUUFBTztBQUMzQixpQkFBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVE7QUFDbEMsb0JBQVUsS0FBSyxFQUFFLE9BQU8sR0FBRyxHQUFHLFVBQVUsTUFBTSxTQUFTLGFBQWEsS0FBSyxpQkFBaUIsQ0FBQztNQUMvRixDQUFDO0FBQ0QsWUFBTSxhQUEwQyxDQUFDO0FBQ2pEO1FBQ0UsVUFBVTtRQUNWLENBQUMsTUFBTTtBQUNMLGdCQUFNLEVBQUUsT0FBTyxHQUFHLFNBQVMsSUFBSSxVQUFVLENBQUM7QUFDMUMsZ0JBQU0sU0FBUztZQUNiLE9BQU8yQixjQUFhLENBQUM7WUFDckIsT0FBTyxpQkFBaUIsQ0FBQztZQUN6QixPQUFPO1lBQ1AsZUFBZSxXQUFXLElBQUk7VUFDaEM7QUFDQSxpQkFBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHM0IsU0FBUSxTQUFTLENBQUM7WUFDakMsTUFBTSxLQUFLLFVBQVUsTUFBTTtZQUMzQixRQUFRLE9BQU8sa0JBQWtCLE9BQU8sS0FBSyxHQUFHLElBQUk7VUFDdEQ7UUFDRjtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sS0FBSyxJQUFJLFdBQVcsTUFBTSxLQUFpQixHQUFHLEdBQUcsS0FBSztBQUM1RCxjQUFJLE9BQU87QUFDVCxrQkFBTSxJQUFJO2NBQ1Isa0NBQWtDLE9BQU8sVUFBVSxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN2RztBQUNGLGlCQUFPO0FBQ1AsbUJBQVMsR0FBRyxPQUFPLE9BQU8sT0FBTyxVQUFVLE1BQU0sb0JBQW9CO0FBQ3JFLGNBQUksVUFBVSxDQUFDLEVBQUcsU0FBVSxZQUFXLEtBQUssRUFBRSxPQUFPLFVBQVUsQ0FBQyxFQUFHLE9BQU8sR0FBRyxDQUFDO1FBQ2hGO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPQSxhQUFTLGdCQUFnQixFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsWUFBTSxPQUFjLENBQUM7QUFDckI7UUFDRSxXQUFXO1FBQ1gsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsWUFBWSxXQUFXLENBQUMsRUFBRyxFQUFFLENBQUM7VUFDckQsTUFBTTtVQUNOLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEdBQUcsSUFBSTtRQUN2RTtRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFxQixHQUFHLEdBQUcsU0FBUztBQUN2RSxjQUFJLFVBQVU7QUFDWixrQkFBTSxJQUFJO2NBQ1Isb0NBQW9DLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUMxRztBQUNGLGVBQUssS0FBSyxFQUFFLE9BQU8sV0FBVyxDQUFDLEVBQUcsT0FBTyxNQUFNLENBQUM7UUFDbEQ7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsZ0JBQWdCLFNBQWtCLE1BQWEsVUFBd0I7QUFDOUUsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDekMsWUFBTSxRQUFRLEtBQUs7QUFDbkIsYUFBTyxLQUFLLFNBQVMsR0FBRztBQUN0QixpQkFBUyxHQUFHLFFBQVEsS0FBSyxNQUFNLE9BQU8sS0FBSywyQkFBMkI7QUFDdEUsWUFBSSxLQUFLLElBQUksSUFBSTtBQUNmLGdCQUFNLElBQUk7WUFDUixZQUFZLEtBQUssTUFBTSwrREFBK0QsUUFBUTtVQUNoRztBQUNGLFNBQUEsR0FBQW1DLFlBQUEsT0FBTSxDQUFDO0FBQ1AsY0FBTSxFQUFFLE1BQUFHLE9BQU0sUUFBUSxJQUFJLFNBQVMsU0FBUyxJQUFJO0FBQ2hELFlBQUksUUFBUSxPQUFPLEVBQUcsT0FBTSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUM7QUFDakQsZUFBT0E7TUFDVDtJQUNGO0FBR0EsYUFBUyxTQUFTLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUFZLE1BQW9EO0FBQy9HLFlBQU1BLFFBQWMsQ0FBQztBQUNyQixZQUFNLFVBQVUsb0JBQUksSUFBWTtBQUNoQztRQUNFLEtBQUs7UUFDTCxDQUFDLE9BQU87VUFDTixRQUFRO1VBQ1IsS0FBSyxHQUFHLElBQUksR0FBR3RDLFNBQVEsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDN0MsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztRQUMzRDtRQUNBLENBQUMsS0FBSyxNQUFNO0FBRVYsY0FBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixvQkFBUSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUs7QUFDMUJzQyxrQkFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQ2xCO1VBQ0Y7QUFDQSxjQUFJLElBQUksV0FBVztBQUNqQixrQkFBTSxJQUFJO2NBQ1IsMENBQTBDLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxLQUFLLElBQUksS0FBSyxNQUFNLEVBQUU7WUFDL0k7QUFDRixnQkFBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsY0FBSSxRQUFRLFdBQVc7QUFDckIsa0JBQU0sSUFBSTtjQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVksT0FBTyxTQUFTLGlCQUFpQjtZQUMvRztBQUNGLGNBQUksUUFBUSxXQUFXLFlBQWEsUUFBTztjQUN0Q0EsT0FBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO1FBQ3pCO01BQ0Y7QUFDQSxhQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0lBQ3pCO0FBTU8sYUFBU0MsZUFDZHBGLFVBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixZQUFNLE9BQU9BLFNBQU87QUFDcEIsVUFBSSxVQUFVO0FBQ2QsVUFBSSxTQUFTO0FBQ2IsZUFBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsWUFBSSxRQUFxQyxDQUFDO0FBQzFDO1VBQ0U7VUFDQSxPQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUc2QyxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQixNQUFNLENBQUMsVUFBVSxVQUFVLFdBQVcsTUFBTTtZQUN0RyxRQUFRLE9BQU8sa0JBQWtCLFVBQVU7VUFDN0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxxQkFBUyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLEdBQUcsUUFBUSxXQUFjLENBQUM7VUFDMUc7UUFDRjtBQUNBLFlBQUksTUFBTSxXQUFXLEVBQUc7QUFDeEIsY0FBTSxTQUFTLE1BQU0sT0FBTyxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssQ0FBQztBQUNsRCxZQUFJLE9BQU87QUFDWDtVQUNFLE9BQU87VUFDUCxDQUFDLE9BQU87WUFDTixRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBR0EsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sb0JBQW9CLFVBQVU7VUFDL0M7VUFDQSxDQUFDLFFBQVE7QUFDUCxnQkFBSSxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVcsSUFBSztVQUNoRDtRQUNGO0FBQ0EsbUJBQVc7QUFDWCxrQkFBVSxNQUFNLFNBQVM7TUFDM0I7QUFDQSxhQUFPO0lBQ1Q7QUp2V0EsUUFBTSxlQUFlO0FBQ3JCLFFBQU0sZ0JBQWdCO0FBRXRCLGFBQVMsTUFBTSxTQUF3QjtBQUNyQyxNQUFBd0MsbUJBQUExRSxRQUFLLEtBQUssTUFBTSxPQUFPO0FBQ3ZCLFlBQU0sSUFBSSxNQUFNLE9BQU87SUFDekI7QUFFQSxhQUFTMkUsT0FBTSxTQUF1QjtBQUNwQyxZQUFNQyxPQUFNLEdBQUcsT0FBTztBQUN0QixZQUFNLE1BQU1DLGNBQUE5RCxRQUFLLElBQUk2RCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILFVBQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7VUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7UUFDdkc7TUFDRjtBQUNBLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7VUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07UUFDL0M7TUFDRjtJQUNGO0FBRUEsYUFBU2hELGVBQWN2QyxVQUFnQnlGLFVBQXVDLE1BQW9CO0FBQ2hHLGFBQU9BLFNBQU8sSUFBSSxLQUFLekYsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM1QztBQU1BLGFBQVMwRixPQUFNMUYsVUFBZ0J5RixVQUF1QyxNQUFvQjtBQUN4RixVQUFJbkQsTUFBSyxNQUFNLElBQUksTUFBTSxFQUFHLE9BQU0sR0FBR0EsTUFBSyxNQUFNLFdBQVcsSUFBSSxxQ0FBcUM7QUFDcEcsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxNQUFLLFFBQVEsTUFBTSxHQUFHQyxlQUFjdkMsVUFBUXlGLFVBQVEsSUFBSSxDQUFDO0FBQ3JGLFlBQU0sU0FBU1IsWUFBV2pGLFVBQVEsT0FBTyxRQUFRO0FBQ2pELFVBQUksQ0FBQyxPQUFPLE9BQU87QUFDakIsY0FBTSxZQUFZLEdBQUcsS0FBSyxZQUFZLENBQUM7QUFDdkMsY0FBTSxRQUFRQSxTQUFPLFlBQ2pCLGVBQWVBLFNBQU8sU0FBUyxLQUMvQkEsU0FBTyxZQUNMLEdBQUcsU0FBUyxvQ0FBb0MsSUFBSSxlQUNwRCxHQUFHLFNBQVMsY0FBYyxTQUFTO0FBQ3pDLGNBQU0scUJBQXFCLElBQUksVUFBVSxLQUFLLHdCQUF3QixPQUFPLE1BQU0sV0FBVyxLQUFLLEdBQUc7TUFDeEc7QUFDQSxhQUFPLE9BQU87SUFDaEI7QUFFQSxhQUFTLFlBQVksUUFBbUIsT0FBZUEsVUFBc0I7QUFDM0UsWUFBTSxPQUFhLENBQUM7QUFDcEIsWUFBTSxZQUFrQixDQUFDO0FBQ3pCLGVBQVMsSUFBSSxHQUFHLElBQUksY0FBYyxLQUFLO0FBQ3JDLGNBQU0sVUFBVSxPQUFPLGFBQWE7VUFDbEMsT0FBTyxhQUFhLEtBQUssSUFBSSxDQUFDO1VBQzlCLE9BQU87VUFDUCxPQUFPO1VBQ1AsZUFBZTtRQUNqQixDQUFDO0FBQ0QsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLGdEQUFnRCxRQUFRLE1BQU0sSUFBSTtBQUMzRixjQUFNLFVBQVUsT0FBTyxTQUFTLFFBQVEsS0FBSyxFQUFFO0FBQy9DLFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSwwREFBMEQsUUFBUSxNQUFNLElBQUk7QUFDckcsa0JBQVUsS0FBSyxRQUFRLEtBQUssRUFBRTtBQUM5QixhQUFLLEtBQUssUUFBUSxLQUFLLE1BQU07TUFDL0I7QUFDQSxZQUFNLFdBQVcsS0FBSyxJQUFJLElBQUlBLFNBQU8scUJBQXFCO0FBQzFELGlCQUFXLFNBQVMsTUFBTTtBQUN4QixtQkFBUztBQUNQLGdCQUFNLE1BQU0sT0FBTyxPQUFPLEtBQUssRUFBRTtBQUNqQyxjQUFJLEtBQUssV0FBVyxZQUFhO0FBQ2pDLGNBQUksS0FBSyxXQUFXLFNBQVUsT0FBTSxzQ0FBc0MsSUFBSSxTQUFTLGlCQUFpQixHQUFHO0FBQzNHLGNBQUksS0FBSyxJQUFJLElBQUk7QUFDZixrQkFBTSw2REFBNkRBLFNBQU8sa0JBQWtCLElBQUk7QUFDbEcsV0FBQSxHQUFBMkYsWUFBQSxPQUFNLEdBQUc7UUFDWDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBUUEsbUJBQXNCQyxtQkFBMEQ7QUFDOUUsWUFBTSxRQUF1QyxDQUFDO0FBQzlDLGlCQUFXLFFBQVE1RyxRQUFPO0FBQ3hCLFlBQUk7QUFDRixnQkFBTSxXQUFXLE1BQU0wRCxnQkFBQW1ELFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxjQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7UUFDOUIsUUFBUTtRQUVSO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQWM3RixVQUFnQnlGLFVBQWdEO0FBQ3JGLFlBQU0sUUFBUWpHLFdBQVc2RixtQkFBQTFFLFFBQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxZQUFNLFNBQWtCLENBQUM7QUFDekIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSTJCLE1BQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGlCQUFPLEtBQUssRUFBRSxNQUFNLEdBQUdBLE1BQUssUUFBUSxNQUFNLEdBQUdDLGVBQWN2QyxVQUFReUYsVUFBUSxJQUFJLENBQUMsRUFBRSxDQUFDO01BQ3ZGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxPQUFPLFFBQTBCO0FBQ3hDLFlBQU0sU0FBUyxvQkFBSSxJQUFXO0FBQzlCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxjQUFNLFVBQVUsT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSTtBQUNwRCxZQUFJLFFBQVEsU0FBUyxFQUFHLFFBQU8sSUFBSSxRQUFRLENBQUMsQ0FBRSxFQUFFLElBQUksUUFBUSxRQUFRLFNBQVMsQ0FBQyxDQUFFO01BQ2xGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsTUFBTTtJQUNuQjtBQU9BLGFBQVMsZUFBZXpGLFVBQWdCLFFBQXVCO0FBQzdELFlBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsWUFBTSxPQUFPLE1BQU0sUUFBUSxLQUFLLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbkUsWUFBTSxPQUFPLHFCQUFxQkEsU0FBTyxRQUFRLE9BQU8sOEJBQThCLE9BQU8sTUFBTTtBQUNuRyxVQUFJQSxTQUFPLFFBQVEsa0JBQWtCLENBQUNBLFNBQU8sUUFBUSxRQUFRO0FBQzNELGNBQU0sVUFBVSxPQUFPLE1BQU07QUFDN0IsY0FBTSxJQUFJa0YsZUFBY2xGLFVBQVEsT0FBTztBQUN2QyxZQUFJLEVBQUUsV0FBVyxRQUFRLFFBQVE7QUFDL0Isa0JBQVEsSUFBSSxHQUFHLElBQUksb0NBQW9DLFFBQVEsTUFBTSx3QkFBd0IsS0FBSyxDQUFDLEVBQUU7QUFDckc7UUFDRjtBQUNBLGdCQUFRO1VBQ04sZ0VBQWdFLFFBQVEsU0FBUyxFQUFFLE1BQU0sT0FBTyxRQUFRLE1BQU07UUFDaEg7TUFDRjtBQUNBLFlBQU0sSUFBSWtGLGVBQWNsRixVQUFRLE1BQU07QUFDdEMsY0FBUTtRQUNOLEdBQUcsSUFBSSxLQUFLLEVBQUUsTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsRUFBRSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxFQUFFLFVBQVUsSUFBSSxLQUFLLEVBQUUsT0FBTyxvREFBb0QsRUFBRSxLQUFLLEtBQUssQ0FBQztNQUNoTjtJQUNGO0FBU0EsbUJBQXNCOEYsWUFBVzlGLFVBQWdCdEIsWUFBMEIsQ0FBQyxHQUFxQjtBQUMvRixNQUFBNEcsT0FBTXRGLFNBQU8sT0FBTztBQUNwQixZQUFNeUYsV0FBUyxNQUFNRyxpQkFBZ0I7QUFDckMsWUFBTUcsY0FBWSxJQUFJNUIsV0FBVW5FLFNBQU8sU0FBU0EsU0FBTyxXQUFXO0FBQ2xFLFlBQU0sU0FBUyxDQUFDO0FBQ2hCLGlCQUFXLFFBQVFoQixPQUFPLFFBQU8sSUFBSSxJQUFJMEcsT0FBTTFGLFVBQVF5RixVQUFRLElBQUk7QUFDbkUsWUFBTSxRQUFRaEIsVUFBUztBQUN2QixZQUFNLFFBQVFXLGVBQWNwRixVQUFRLE9BQU8sT0FBT3VFLG1CQUFrQixDQUFDLFVBQVVNLFlBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxVQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLFVBQUluRyxVQUFRLFNBQVM7QUFDbkIsWUFBSTtBQUNGLHlCQUFlc0IsVUFBUSxjQUFjQSxVQUFReUYsUUFBTSxDQUFDO1FBQ3RELFNBQVMsT0FBTztBQUNkLGdCQUFNLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztRQUM5RDtNQUNGO0FBQ0EsWUFBTSxrQkFBa0IvRyxVQUFRLE9BQU8sWUFBWXFILFlBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPL0YsUUFBTSxJQUFJLENBQUM7QUFFbkcsYUFBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsY0FBYyxPQUFPLEtBQUt5RixRQUFNLEVBQUUsU0FBUyxFQUFFO0lBQ3hGO0FBR0EsbUJBQXNCTyxZQUFXaEcsVUFBZ0IsTUFBMEM7QUFDekYsVUFBSSxDQUFDLE1BQU0sU0FBU3NDLE1BQUssTUFBTSxVQUFVLEVBQUc7QUFDNUMsWUFBTW1ELFdBQVMsTUFBTUcsaUJBQWdCO0FBRXJDLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSXRELE1BQUssUUFBUSxTQUFTLEdBQUdtRCxTQUFPLFNBQVN6RixTQUFPLE1BQU0sTUFBTSxRQUFRO0FBQ2hHLFlBQU0sRUFBRSxNQUFNLElBQUlpRixZQUFXakYsVUFBUSxPQUFPLFFBQVE7QUFDcEQsVUFBSSxDQUFDLE9BQU87QUFDVixnQkFBUTtVQUNOLGlDQUFpQyxLQUFLLG9EQUFvRCxLQUFLLEtBQUs7UUFDdEc7QUFDQTtNQUNGO0FBQ0EsWUFBTSxVQUFVb0YsZUFBY3BGLFVBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVNkUsWUFBVyxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDdkcsVUFBSSxVQUFVLEVBQUcsU0FBUSxJQUFJLHFCQUFxQixPQUFPLDZCQUE2QjtJQUN4RjtBTTlLQSxhQUFTLG1CQUE0QjtBQUNuQyxhQUFPLFNBQVM7SUFDbEI7QUFHTyxhQUFTb0IsY0FBYWpHLFVBQWdCLFdBQXVEO0FBQ2xHLFVBQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFlBQU0sUUFBUSxVQUFVO0FBR3hCLFlBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsWUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsVUFBSUEsU0FBTyxZQUFZO0FBQ3JCLGtCQUFVLFlBQVkyQixtQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELGNBQU07VUFDSixHQUFHSyxlQUFjO1lBQ2YsVUFBVWhDLFNBQU8sUUFBUTtZQUN6QixZQUFZQSxTQUFPLFFBQVE7WUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxTQUFPLFFBQVEsdUJBQXVCO1lBQy9FLGVBQWVBLFNBQU87VUFDeEIsQ0FBQztRQUNIO01BQ0Y7QUFDQSxVQUFJQSxTQUFPLGNBQWUsQ0FBQXlDLGdCQUFlSCxPQUFNLE1BQU0sU0FBU3RELFFBQU9RLFdBQVUsU0FBUyxDQUFDO0FBQ3pGLGFBQU87UUFDTDtRQUNBLFlBQVksc0JBQXNCYyxnQkFBZSxLQUFLLEdBQUcsU0FBUzs7UUFFbEUsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJTixTQUFPLHFCQUFxQixFQUFFLEtBQUtBLFNBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO1FBQ3RHLG1CQUFtQlk7TUFDckI7SUFDRjtBQU1BLGFBQVMsc0JBQXNCLFlBQTBCLFdBQW1EO0FBQzFHLGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLFNBQVMsR0FBRztBQUN4RCxZQUFJTCxlQUFjLFFBQVEsRUFBRyxZQUFXRixXQUFVLHNCQUFzQixFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO01BQ3BHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxTQUFTLFVBQTZCO0FBQzdDLFlBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFNNUMsVUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxVQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWE7QUFDbEYsZ0JBQVEsT0FBTyxLQUFLO0FBQ3RCLGFBQU87SUFDVDtBQUdPLGFBQVMxQixrQkFBc0I7QUFDcEMsVUFBSXFCLFFBQVUsV0FBWSxDQUFBckIsZUFBWXFCLFFBQVUsVUFBVTtJQUM1RDtBQU1BLGFBQVMsdUJBQTZCO0FBQ3BDLFVBQUlBLFFBQVUsV0FBWSxDQUFBK0IsU0FBUS9CLFFBQVUsVUFBVTtJQUN4RDtBQUdBLG1CQUFzQm5CLFVBQVMsTUFBK0I7QUFDNUQsMkJBQXFCO0FBQ3JCLFlBQU1tSCxZQUFXaEcsU0FBVyxJQUFJO0lBQ2xDO0FDdkdBLFFBQUFhLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMsZ0JBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsbUJBQXdCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FBSXhCLFFBQU1tRixlQUFjLElBQUlDLGlCQUFBLFFBQVEsY0FBYztBQVV2QyxhQUFTQyxnQkFBZXpGLE9BQWMsS0FBYSxXQUE2QjtBQUNyRixhQUFPLEVBQUUsVUFBVSxnQkFBZ0IsTUFBQUEsT0FBTSxLQUFLLFVBQVUsR0FBRyxTQUFTLEtBQUssY0FBYyxNQUFNO0lBQy9GO0FBRUEsUUFBTVUsU0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBQ2xHLFFBQU1nRixpQkFBZ0I7QUFHdEIsUUFBSUMsU0FBc0IsRUFBRSxPQUFPLEdBQUcsUUFBUSxNQUFNLE1BQU0sRUFBRTtBQUM1RCxRQUFJQyxVQUFTO0FBQ2IsUUFBSUMsV0FBVTtBQUdkLGFBQVNDLGNBQWEsWUFBb0IsTUFBNEI7QUFDcEUsVUFBSSxLQUFLLElBQUksSUFBSUYsVUFBU0YsZUFBZSxRQUFPQztBQUNoRCxNQUFBQyxVQUFTLEtBQUssSUFBSTtBQUNsQixZQUFNLE1BQU1HLGNBQUFoRixRQUFLLElBQUksR0FBRyxVQUFVLGVBQWUsSUFBSSxJQUFJTCxNQUFhO0FBQ3RFLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsWUFBSTtBQUNGLGdCQUFNLE9BQU8sS0FBSyxNQUFNLElBQUksSUFBYztBQUMxQyxjQUFJLE9BQU8sS0FBSyxVQUFVLFlBQVksT0FBTyxLQUFLLFdBQVcsYUFBYSxPQUFPLEtBQUssU0FBUyxVQUFVO0FBQ3ZHLFlBQUFpRixTQUFRO1VBQ1Y7UUFDRixRQUFRO1FBRVI7TUFDRjtBQUNBLGFBQU9BO0lBQ1Q7QUFFQSxhQUFTSyxZQUFXLEtBQW9CO0FBQ3RDLFVBQUksUUFBUUgsU0FBUyxDQUFBTixhQUFZLElBQUksTUFBTSxJQUFJLEVBQUU7QUFDakQsTUFBQU0sV0FBVTtJQUNaO0FBTU8sYUFBU0ksYUFBWSxZQUFvQixNQUFjLFdBQVcsSUFBWTtBQUNuRixZQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksV0FBVztBQUN0QyxpQkFBUztBQUNQLGNBQU0sTUFBTUgsY0FBYSxZQUFZLElBQUk7QUFDekMsY0FBTSxPQUFPLENBQUMsSUFBSSxVQUFVLElBQUksT0FBTyxLQUFLLElBQUksUUFBUSxJQUFJO0FBQzVELFFBQUFFLFlBQVcsSUFBSTtBQUNmLFlBQUksS0FBTSxRQUFPLElBQUk7QUFDckIsWUFBSSxLQUFLLElBQUksS0FBSyxNQUFPLFFBQU87QUFDaEMsU0FBQSxHQUFBRSxZQUFBLE9BQU0sSUFBSTtNQUNaO0lBQ0Y7QUFPTyxhQUFTQyxpQkFBZ0IsWUFBb0IsTUFBYyxXQUFXLEtBQVc7QUFDdEYsWUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDdEMsVUFBSSxPQUFPO0FBQ1gsYUFBT0wsY0FBYSxZQUFZLElBQUksRUFBRSxVQUFVLEtBQUssSUFBSSxJQUFJLE9BQU87QUFDbEUsZUFBTztBQUNQLFFBQUFFLFlBQVcsS0FBSztBQUNoQixTQUFBLEdBQUFFLFlBQUEsT0FBTSxJQUFJO01BQ1o7QUFDQSxVQUFJLEtBQU0sQ0FBQUYsWUFBVyxJQUFJO0lBQzNCO0FDekZPLGFBQVNJLFdBQVU1SCxPQUFzQjtBQUM5QyxhQUFPQSxNQUFLO1FBQ1Y7UUFDQSxDQUFDLE9BQU8sRUFBRSxLQUFLLFNBQVMsS0FBSyxRQUFRLEtBQUssUUFBUSxLQUFLLFVBQVUsS0FBSyxTQUFTLEdBQUcsQ0FBQztNQUNyRjtJQUNGO0FBR08sYUFBUzZILG9CQUFtQjdILE9BQXNCO0FBQ3ZELGFBQU9BLE1BQ0osUUFBUSxPQUFPLEtBQUssRUFDcEIsUUFBUSxZQUFZLEdBQUcsRUFDdkIsUUFBUSxNQUFNLE1BQU0sRUFDcEIsUUFBUSxNQUFNLE1BQU07SUFDekI7QUFRTyxhQUFTOEgsY0FBYTlILE9BQWNULFlBQWdDLEVBQUUsU0FBUyxLQUFLLEdBQVc7QUFDcEcsWUFBTSxVQUFVUyxNQUFLLFFBQVEsWUFBWSxHQUFHO0FBQzVDLFlBQU0sT0FBT1QsVUFBUSxVQUFVLFFBQVEsUUFBUSxPQUFPLEtBQUssSUFBSTtBQUMvRCxZQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUNwRixZQUFNLFFBQVEsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUN2QyxZQUFNLE1BQU0sS0FBSyxXQUFXLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxJQUFJLE1BQU07QUFDL0QsYUFBTyxHQUFHLEtBQUssR0FBRyxHQUFHLEdBQUcsSUFBSSxHQUFHLEdBQUcsR0FBRyxLQUFLO0lBQzVDO0FDT08sYUFBUyxPQUFPd0ksYUFBNEI7QUFDakQsYUFBTyw4QkFBOEIsS0FBS0EsV0FBVSxJQUFJLENBQUMsS0FBS0E7SUFDaEU7QUFFQSxhQUFTQyxRQUFPLFFBQWdDLE1BQW9DO0FBQ2xGLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxTQUFTLFVBQVUsT0FBTyxTQUFTLE9BQVEsUUFBTztBQUN0RCxVQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLGFBQU8sT0FBTyxTQUFTLFdBQVcsT0FBTyxhQUFhLFNBQVMsT0FBTztJQUN4RTtBQUdPLGFBQVNDLGVBQWMsTUFBbUM7QUFDL0QsWUFBTSxPQUF1QixDQUFDO0FBQzlCLGlCQUFXLENBQUMsUUFBUSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUNqRSxtQkFBVyxDQUFDRixhQUFZLE1BQU0sS0FBSyxPQUFPLFFBQVEsT0FBTyxjQUFjLENBQUMsQ0FBQyxHQUFHO0FBQzFFLGdCQUFNLE9BQU8sT0FBT0EsV0FBVTtBQUM5QixnQkFBTSxXQUFXLE9BQU8sU0FBUyxJQUFJO0FBQ3JDLGVBQUssS0FBSztZQUNSO1lBQ0EsWUFBQUE7WUFDQSxJQUFJLE9BQU87WUFDWDtZQUNBLFVBQVUsT0FBTyxhQUFhLFlBQVksT0FBTyxTQUFTLFFBQVEsSUFBSSxXQUFXO1lBQ2pGLE1BQU1DLFFBQU8sUUFBUSxJQUFJO1VBQzNCLENBQUM7UUFDSDtNQUNGO0FBQ0EsYUFBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEVBQUUsSUFBSSxPQUFPLEVBQUUsRUFBRSxLQUFLLEVBQUUsT0FBTyxjQUFjLEVBQUUsTUFBTSxDQUFDO0lBQzVGO0FBRUEsUUFBTSxhQUFhO0FBR1osYUFBU0UsY0FBYSxNQUFrQztBQUM3RCxZQUFNLE9BQU8sb0JBQUksSUFBeUI7QUFDMUMsWUFBTSxNQUFNLENBQUMsYUFBcUI7QUFDaEMsWUFBSSxJQUFJLEtBQUssSUFBSSxRQUFRO0FBQ3pCLFlBQUksQ0FBQyxHQUFHO0FBQ04sY0FBSSxFQUFFLFVBQVUsVUFBVSxHQUFHLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxXQUFXLEtBQUs7QUFDekYsZUFBSyxJQUFJLFVBQVUsQ0FBQztRQUN0QjtBQUNBLGVBQU87TUFDVDtBQUNBLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFFBQVEsV0FBVyxLQUFLLElBQUk7QUFDbEMsWUFBSSxDQUFDLE1BQU87QUFDWixjQUFNLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSTtBQUMzQixjQUFNLElBQUksT0FBTyxVQUFVLENBQUM7QUFDNUIsWUFBSSxTQUFTLHFCQUFxQjtBQUNoQyxpQkFBTyxPQUFPLElBQUksUUFBUSxHQUFHO1lBQzNCLFVBQVUsRUFBRSxTQUFTO1lBQ3JCLEtBQUssRUFBRSxPQUFPO1lBQ2QsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTyxLQUFLO1lBQ25CLEtBQUssRUFBRSxPQUFPO1VBQ2hCLENBQUM7UUFDSCxXQUFXLFNBQVMsbUJBQW1CO0FBQ3JDLGNBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87UUFDbEU7TUFDRjtBQUNBLGFBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztJQUMvRTtBQWtCQSxRQUFNLHFCQUFxQjtBQU9wQixhQUFTQyxtQkFDZCxNQUNBLHVCQUErQyxDQUFDLEdBQ2hDO0FBQ2hCLFlBQU0sWUFBMEIsQ0FBQztBQUNqQyxpQkFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsY0FBTSxXQUFXLG1CQUFtQixLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2xELFlBQUksYUFBYSxPQUFXO0FBQzVCLGNBQU1DLGNBQWEsT0FBTyxRQUFRLFNBQVM7QUFDM0MsY0FBTSxlQUFlLHFCQUFxQixRQUFRO0FBQ2xELGNBQU0sUUFBUSxPQUFPLEtBQUssT0FBTyxjQUFjLENBQUMsQ0FBQyxFQUM5QyxJQUFJLENBQUNMLGdCQUFlLDZCQUE2QixLQUFLQSxXQUFVLElBQUksQ0FBQyxDQUFDLEVBQ3RFLEtBQUssQ0FBQyxNQUFNLE1BQU0sTUFBUztBQUM5QixrQkFBVSxLQUFLO1VBQ2I7VUFDQSxZQUFBSztVQUNBLFVBQVUsaUJBQWlCLFNBQVksT0FBT0EsY0FBYTtVQUMzRCxTQUFTLFVBQVUsU0FBWSxPQUFPLE9BQU8sS0FBSztRQUNwRCxDQUFDO01BQ0g7QUFDQSxZQUFNLFFBQVFDLGFBQVksTUFBTSxzQkFBc0IsT0FBTztBQUM3RCxVQUFJLFVBQVUsV0FBVyxLQUFLLFVBQVUsS0FBTSxRQUFPO0FBQ3JELGdCQUFVLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7QUFDN0QsWUFBTSxhQUFhLFNBQVMsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUM7QUFDbEYsWUFBTSxRQUNKLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDLE1BQU0sY0FDNUQsVUFBVSxNQUFNLENBQUMsUUFBUSxJQUFJLGFBQWEsSUFBSTtBQUNoRCxhQUFPLEVBQUUsWUFBWSxVQUFVLFFBQVEsVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxVQUFXLENBQUMsSUFBSSxNQUFNLFVBQVU7SUFDbEg7QUFHTyxhQUFTQyxrQkFBaUIsU0FBd0M7QUFDdkUsVUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixVQUFJLFFBQVEsZUFBZTtBQUN6QixlQUFPO0FBQ1QsWUFBTSxPQUNKLFFBQVEsYUFBYSxPQUNqQixtQkFBbUJDLGFBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQyxnQkFDM0QsR0FBR0EsYUFBWSxRQUFRLFVBQVUsT0FBTyxDQUFDLFdBQVcsUUFBUSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzNGLGFBQU8sdUJBQXVCLElBQUksc0JBQXNCQSxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUM7SUFDbEc7QUFHTyxhQUFTQyxhQUFZLEtBQXlCO0FBQ25ELFlBQU0sV0FDSixJQUFJLGFBQWEsT0FBTyxLQUFLLEtBQUtELGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxXQUFXLElBQUksYUFBYSxJQUFJLEtBQUssR0FBRztBQUM5RyxZQUFNLFVBQVUsSUFBSSxZQUFZLE9BQU8sZ0JBQWdCLGFBQWFBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztBQUNyRyxhQUFPLEdBQUdBLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxhQUFhLElBQUksZUFBZSxJQUFJLEtBQUssR0FBRyxvQkFBb0IsUUFBUSxHQUFHLE9BQU87SUFDbEk7QUFHTyxhQUFTQSxhQUFZLE9BQWtDLE1BQW9DO0FBQ2hHLFVBQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxDQUFDLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUM3RSxVQUFJLFNBQVMsVUFBVyxRQUFPLElBQUksUUFBUSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzFELFVBQUksU0FBUyxNQUFNO0FBQ2pCLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFRLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsWUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQU0sUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNoRSxlQUFPLEdBQUcsTUFBTSxRQUFRLFFBQVEsS0FBSyxJQUFJLENBQUMsQ0FBQztNQUM3QztBQUNBLFVBQUksU0FBUztBQUNYLGVBQU8sS0FBSyxNQUFNLEtBQUssRUFDcEIsU0FBUyxFQUNULFFBQVEseUJBQXlCLEdBQUc7QUFDekMsYUFBTyxLQUFLLElBQUksS0FBSyxLQUFLLE1BQU0sTUFBTSxjQUFjLENBQUMsSUFBSSxPQUFPLEtBQUssTUFBTSxRQUFRLEdBQUksSUFBSSxHQUFJO0lBQ2pHO0FBRU8sYUFBU0YsYUFBWSxNQUFtQixRQUFnQixNQUE2QjtBQUMxRixZQUFNLFFBQVEsS0FBSyxVQUFVLE1BQU0sR0FBRyxTQUFTLElBQUk7QUFDbkQsYUFBTyxPQUFPLFVBQVUsWUFBWSxPQUFPLFNBQVMsS0FBSyxJQUFJLFFBQVE7SUFDdkU7QUFXTyxhQUFTSSxpQkFBZ0IsTUFBMkM7QUFDekUsVUFBSSxDQUFDLEtBQUssU0FBUyxvQkFBb0IsQ0FBQyxLQUFLLFNBQVMsbUJBQW9CLFFBQU87QUFDakYsYUFBTztRQUNMLGdCQUFnQkosYUFBWSxNQUFNLG9CQUFvQixLQUFLO1FBQzNELGlCQUFpQkEsYUFBWSxNQUFNLHNCQUFzQixPQUFPO1FBQ2hFLDBCQUEwQkEsYUFBWSxNQUFNLG1DQUFtQyxLQUFLO1FBQ3BGLGlCQUFpQkEsYUFBWSxNQUFNLDBCQUEwQixPQUFPLEtBQUs7TUFDM0U7SUFDRjtBQUdPLGFBQVNLLGVBQWMsV0FBMkM7QUFDdkUsVUFBSSxDQUFDLGFBQWMsVUFBVSxtQkFBbUIsUUFBUSxVQUFVLG9CQUFvQjtBQUNwRixlQUFPO0FBQ1QsWUFBTSxTQUFTLFVBQVU7QUFDekIsYUFBTztRQUNMLCtDQUErQ0gsYUFBWSxVQUFVLGdCQUFnQixPQUFPLENBQUM7UUFDN0YsV0FBV0EsYUFBWSxVQUFVLGlCQUFpQixPQUFPLENBQUM7UUFDMUQsR0FBSSxXQUFXLE9BQU8sQ0FBQyxJQUFJLENBQUMsaUJBQWlCQSxhQUFZLFFBQVEsT0FBTyxDQUFDLFNBQVM7UUFDbEYsbUJBQW1CLFVBQVUsZUFBZTtNQUM5QyxFQUFFLEtBQUssSUFBSTtJQUNiO0FBRU8sUUFBTUksaUJBQWdCLENBQUMsU0FBOEJELGVBQWNELGlCQUFnQixJQUFJLENBQUM7QUNsTnhGLFFBQU0seUJBQXlCO0FBdU0vQixhQUFTRyxjQUNkLE1BQ0EsTUFDQSx1QkFBK0MsQ0FBQyxHQUN2QztBQUNULFlBQU0sYUFBYVgsZUFBYyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxZQUFBRixhQUFZLElBQUksVUFBVSxLQUFLLE9BQU87UUFDMUY7UUFDQSxZQUFBQTtRQUNBO1FBQ0E7UUFDQTtNQUNGLEVBQUU7QUFDRixhQUFPO1FBQ0wsZ0JBQWdCO1FBQ2hCLEtBQUssRUFBRSxHQUFHLE1BQU0sYUFBYSxLQUFLLE9BQU8scUJBQXFCLEtBQUs7UUFDbkUsU0FBUyxXQUFXLE1BQU0sQ0FBQyxNQUFNLEVBQUUsRUFBRSxJQUFJLFdBQVc7UUFDcEQ7UUFDQSxXQUFXRyxjQUFhLElBQUk7UUFDNUIsU0FBU0MsbUJBQWtCLE1BQU0sb0JBQW9CO1FBQ3JELFNBQVMsT0FBTyxZQUFZLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3pHLFdBQVdNLGlCQUFnQixJQUFJO01BQ2pDO0lBQ0Y7QUFHTyxhQUFTVCxTQUFPLFdBQW1EO0FBQ3hFLFVBQUksVUFBVSxLQUFNLFFBQU8sVUFBVTtBQUNyQyxVQUFJLFVBQVUsV0FBVyxXQUFXLE1BQU0sRUFBRyxRQUFPO0FBQ3BELGFBQU8sZUFBZSxLQUFLLFVBQVUsTUFBTSxJQUFJLE9BQU87SUFDeEQ7QUM5T0EsYUFBUyxjQUFjLE9BQWUsR0FBNkI7QUFDakUsWUFBTSxPQUFPSixXQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUU7QUFDcEQsWUFBTSxXQUNKLEVBQUUsYUFBYSxRQUFRLEVBQUUsU0FBUyxpQkFBaUIsRUFBRSxNQUFNLEtBQUssWUFBWVcsYUFBWSxFQUFFLFVBQVVQLFNBQU8sQ0FBQyxDQUFDLENBQUM7QUFDaEgsWUFBTWhDLFFBQU8sNEJBQTRCLEtBQUssV0FBVyxJQUFJO0FBQzdELFVBQUksRUFBRSxHQUFJLFFBQU8sR0FBR0EsS0FBSSxlQUFlNEIsV0FBVSxRQUFRLENBQUM7QUFDMUQsYUFBTyxHQUFHNUIsS0FBSTswQkFBNkI0QixXQUFVLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLFlBQVksUUFBUSxFQUFFLENBQUMsc0JBQXNCQSxXQUFVLFFBQVEsQ0FBQzs7SUFDbEo7QUFFQSxhQUFTLFVBQVUsT0FBZSxTQUEwQjtBQUMxRCxZQUFNLFNBQVNBLFdBQVUsUUFBUSxJQUFJLGtCQUFrQiwyQkFBMkI7QUFDbEYsYUFBTyw0QkFBNEIsS0FBSzt3QkFBb0QsTUFBTSxlQUFlLE1BQU07O0lBQ3pIO0FBRU8sYUFBU2lCLGFBQVksU0FBMEI7QUFDcEQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxXQUFXLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUUzQyxZQUFNLFNBQVMsUUFBUSxJQUFJLFlBQVksV0FBVyxRQUFRLElBQUksWUFBWSxnQkFBZ0IsSUFBSTtBQUM5RixZQUFNLFFBQVEsS0FBSyxTQUFTO0FBQzVCLFlBQU1DLGFBQVksUUFBUSxJQUFJLGVBQWUsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUNqRSxZQUFNLFFBQVFsQixXQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxZQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsYUFBTztRQUNMO1FBQ0EseUNBQXlDLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSxXQUFXa0IsUUFBTztRQUMxRyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSx1QkFBdUJBLFFBQU87UUFDcEgsR0FBRztRQUNIO1FBQ0E7UUFDQTtNQUNGLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUNqQ0EsYUFBUyxlQUFlLE1BQW9DO0FBQzFELGFBQU87UUFDTDtRQUNBO1FBQ0EsR0FBRyxLQUFLO1VBQ04sQ0FBQyxNQUNDLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxNQUFNaEIsY0FBYSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsTUFBTVMsYUFBWSxFQUFFLFVBQVVQLFNBQU8sQ0FBQyxDQUFDLENBQUM7UUFDbEg7TUFDRjtJQUNGO0FBRU8sYUFBU2UsZ0JBQWUsU0FBMEI7QUFDdkQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFlBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFNBQVMsSUFDZCxLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTSx1QkFDcEMsUUFBUSxZQUFZLGlCQUNsQix1QkFBdUIsS0FBSyxNQUFNLCtEQUNsQyxTQUFTLEtBQUssTUFBTTtBQUM5QixZQUFNLFFBQVEsQ0FBQyxrQkFBa0JqQixjQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLFVBQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxVQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLGNBQU07VUFDSjtVQUNBLFlBQVksT0FBTyxNQUFNLG9CQUFvQixPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7VUFDM0U7VUFDQSxHQUFHLGVBQWUsTUFBTTtVQUN4QjtVQUNBO1VBQ0E7UUFDRjtNQUNGO0FBQ0EsWUFBTSxZQUFZLFFBQVE7QUFDMUIsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU07WUFDSixLQUFLRCxvQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTVUsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztVQUN0TjtRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsWUFBTSxTQUFTRCxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEdBQUcsUUFBUyxhQUFhLElBQUksUUFBUSxFQUFFLEdBQUdULG9CQUFtQixNQUFNLENBQUMsSUFBSSxFQUFFO0FBQ2pHLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxnRkFBZ0Ysc0JBQXNCO0FBQ2pILG1CQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLGdCQUFNO1lBQ0osS0FBS0Esb0JBQW1CLElBQUksUUFBUSxDQUFDLE1BQU1VLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxNQUFNLElBQUksYUFBYSxPQUFPLFFBQVFBLGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxNQUFNLElBQUksWUFBWSxPQUFPLGNBQWNBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztVQUNyTztRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sS0FBS1Ysb0JBQW1CYSxlQUFjLFFBQVEsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUNuRSxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDckRBLFFBQU0sV0FBVyxvQkFBSSxJQUFJO01BQ3ZCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtJQUNGLENBQUM7QUFDRCxRQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixhQUFTLE1BQU0sT0FBZ0I7QUFDN0IsWUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQzFJLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsYUFBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7SUFDdkU7QUFFTyxhQUFTZ0osYUFDZCxNQUNBekosV0FDUTtBQUNSLFlBQU0sSUFBSSxNQUFNQSxVQUFRLEtBQUs7QUFDN0IsWUFBTSxRQUFrQixDQUFDO0FBQ3pCLFlBQU0sYUFBYTBJLGVBQWMsSUFBSTtBQUNyQyxZQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFlBQU07UUFDSixFQUFFO1VBQ0EsZUFBZTFJLFVBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7UUFDck47TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsaUJBQVcsS0FBSyxZQUFZO0FBQzFCLGNBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxjQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJZ0osYUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtNQUM3RztBQUNBLFlBQU0sWUFBWUwsY0FBYSxJQUFJO0FBQ25DLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLGNBQU07VUFDSjtVQUNBLEVBQUU7WUFDQSxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQztVQUMxSTtRQUNGO0FBQ0EsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNLE9BQU8sQ0FBQyxNQUFxQkssYUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsZ0JBQU07WUFDSixLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUlBLGFBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztVQUNoTDtRQUNGO01BQ0Y7QUFDQSxZQUFNLFVBQVVKLG1CQUFrQixNQUFNNUksVUFBUSxvQkFBb0I7QUFDcEUsWUFBTSxTQUFTK0ksa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxLQUFLLFFBQVMsYUFBYSxJQUFJLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxFQUFFO0FBQzlFLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyw0RUFBNEUsQ0FBQztBQUNuRyxjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxRQUFRLFVBQVUsSUFBSSxDQUFDLFFBQVEsSUFBSSxTQUFTLE1BQU0sQ0FBQztBQUNqRixtQkFBVyxPQUFPLFFBQVEsVUFBVyxPQUFNLEtBQUssS0FBSyxJQUFJLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSUUsYUFBWSxHQUFHLENBQUMsRUFBRTtNQUN2RztBQUNBLFlBQU1NLFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFlBQU0sV0FBV1QsYUFBWSxNQUFNLGFBQWEsT0FBTztBQUN2RCxZQUFNLGFBQWFBLGFBQVksTUFBTSxjQUFjLE9BQU87QUFDMUQsWUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxZQUFNO1FBQ0osS0FBS0UsYUFBWSxZQUFZLEdBQUcsT0FBTyxDQUFDLGNBQWNPLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVFQLGFBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JPLFNBQVEsUUFBUSxDQUFDLENBQUM7TUFDbk47QUFDQSxZQUFNLEtBQUssYUFBYVAsYUFBWUYsYUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxZQUFNLFNBQVNBLGFBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsWUFBTTtRQUNKLGFBQWFFLGFBQVksUUFBUSxTQUFTLENBQUMsWUFBWUEsYUFBWUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPRSxjQUFhRixhQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTUEsYUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO01BQzNPO0FBQ0EsWUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixVQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxtQkFBVyxRQUFRLFFBQVE7QUFDekIsZ0JBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixnQkFBTSxJQUFJLEVBQUU7QUFDWixnQkFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsZ0JBQU1ySSxRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU91SSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNUQSxhQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCQSxhQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxnQkFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSXZJLEtBQUksRUFBRTtRQUNyRjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksS0FBSzJJLGVBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDOUdBLFFBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQVN4RCxhQUFTTSxtQkFBa0IsTUFBbUI7QUFDbkQsYUFBTyxTQUFTN0osZ0JBQWMsTUFBMkM7QUFDdkUsY0FBTSxNQUE4QjtVQUNsQyxRQUFRNEosYUFBWSxNQUFNO1lBQ3hCLFVBQVUsS0FBSztZQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtZQUNuQyxzQkFBc0IsS0FBSztVQUM3QixDQUFDO1FBQ0g7QUFDQSxjQUFNLE1BQU0sTUFBTTtBQUNsQixZQUFJLEtBQUs7QUFDUCxnQkFBTSxVQUFVSjtZQUNkO1lBQ0E7Y0FDRSxVQUFVLEtBQUs7Y0FDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO2NBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtjQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO1lBQ3RDO1lBQ0EsS0FBSztVQUNQO0FBRUEsZ0JBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQzs7QUFDaEUsY0FBSSxHQUFHLEdBQUcsWUFBWSxJQUFJQyxhQUFZLE9BQU87QUFDN0MsY0FBSSxHQUFHLEdBQUcsYUFBYSxJQUFJRSxnQkFBZSxPQUFPO1FBQ25EO0FBQ0EsZUFBTztNQUNUO0lBQ0Y7QUNqREEsUUFBQXJILGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFFdEIsUUFBSXdIO0FBR0csYUFBU0MsY0FBYSxNQUF3QjtBQUNuRCxNQUFBRCxhQUFZO0lBQ2Q7QUFHTyxhQUFTRSxPQUFNLE9BQTJDO0FBQy9ELFlBQU1OLFdBQVUsTUFBTSxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sTUFBTSxNQUFNO0FBQy9ELFVBQUlBLFdBQVUsRUFBRyxFQUFBLEdBQUFPLFlBQUEsT0FBTVAsUUFBTztBQUM5QixNQUFBSSxhQUFZO0lBQ2Q7QUFRTyxhQUFTSSxjQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUlwRyxVQUFJLFFBQVE7QUFDWixlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLFVBQVMsTUFBTSxDQUFDLEVBQUc7QUFDMUQsVUFBSSxRQUFRLFNBQVM7QUFDckIsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxpQkFBUyxNQUFNLENBQUMsRUFBRztBQUNuQixZQUFJLFFBQVEsRUFBRyxRQUFPLE1BQU0sQ0FBQyxFQUFHO01BQ2xDO0FBQ0EsYUFBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7SUFDbEM7QUFHTyxhQUFTQyxTQUFXLE9BQW9DO0FBQzdELGFBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztJQUN4RjtBQ3BDQSxRQUFBM0gsbUJBQXdCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FBU3hCLFFBQU00SCxZQUFXLElBQUlDLGlCQUFBLFFBQVEsVUFBVTtBQVV2QyxRQUFNQyxZQUEyQyxDQUFDO0FBRWxELFFBQUlwRDtBQUdHLGFBQVNsRCxnQkFBY3ZDLFVBQWdCLE1BQW9CO0FBQ2hFLGFBQU95RixVQUFTLElBQUksS0FBS3pGLFNBQU8sTUFBTSxJQUFJLEVBQUU7SUFDOUM7QUFRTyxhQUFTOEksYUFDZCxXQUNtQztBQUNuQyxhQUFPLENBQUMsU0FBUztBQUNmLFlBQUksQ0FBQyxLQUFLLGFBQWMsQ0FBQXJELFlBQVcsQ0FBQztBQUNwQyxZQUFJQSxRQUFRLFFBQU8sVUFBVSxJQUFJO0FBQ2pDLGVBQU9HLGlCQUFnQixFQUFFLEtBQUssQ0FBQyxVQUFVO0FBQ3ZDLFVBQUFILFVBQVM7QUFDVCxvQkFBVSxJQUFJO1FBQ2hCLENBQUM7TUFDSDtJQUNGO0FBQ0EsUUFBSU07QUFHSixRQUFNZ0QsZ0JBQWUsQ0FBQyxTQUFrQixPQUFPLE1BQU0sS0FBSyxPQUFPO0FBRWpFLGFBQVNyRCxRQUFNMUYsVUFBZ0IsT0FBZ0IsTUFBaUM7QUFDOUUsWUFBTSxVQUFVcUMsYUFBWUMsT0FBTSxNQUFNQyxnQkFBY3ZDLFVBQVEsSUFBSSxDQUFDO0FBQ25FLFVBQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsTUFBQStGLGVBQWMsSUFBSTVCLFdBQVVuRSxTQUFPLFNBQVNBLFNBQU8sV0FBVztBQUM5RCxZQUFNLFNBQVMrRixXQUFVLE1BQU0sUUFBUSxPQUFPLFFBQVEsUUFBUSxFQUFFO0FBQ2hFLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsWUFBTSxPQUFPLE9BQU8sT0FBTyxlQUFlLFlBQVksT0FBTyxhQUFhLElBQUksT0FBTyxhQUFhO0FBQ2xHLGFBQU87UUFDTCxRQUFRLElBQUk1QixXQUFVbkUsU0FBTyxTQUFTQSxTQUFPLGFBQWEsT0FBTyxZQUFZO1FBQzdFLFNBQVMsS0FBSyxJQUFJLEtBQUssT0FBTytJLGNBQWEsSUFBSSxLQUFLO1FBQ3BELFNBQVM7TUFDWDtJQUNGO0FBRUEsYUFBU0MsU0FBUWhKLFVBQWdCLE1BQWUsTUFBaUM7QUFDL0UsWUFBTSxVQUFVNkksVUFBUyxJQUFJO0FBQzdCLFVBQUksV0FBVyxDQUFDLFFBQVEsT0FBTyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksUUFBUSxRQUFTLFFBQU87QUFDcEYsVUFBSSxRQUFTLENBQUFGLFVBQVMsSUFBSSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ3JDLFlBQU0sT0FBT2pELFFBQU0xRixVQUFRLE1BQU0sSUFBSTtBQUVyQyxVQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxNQUFBNkksVUFBUyxJQUFJLElBQUk7QUFDakIsYUFBTztJQUNUO0FBR08sYUFBU0ksWUFBV2pKLFVBQWdCLE1BQWUsTUFBbUM7QUFDM0YsYUFBT2dKLFNBQVFoSixVQUFRLE1BQU0sSUFBSSxHQUFHO0lBQ3RDO0FBR08sYUFBU2tKLFlBQVdsSixVQUFnQixNQUFlLE1BQWtCO0FBQzFFLFlBQU0sVUFBVWdKLFNBQVFoSixVQUFRLE1BQU0sSUFBSTtBQUMxQyxVQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsVUFBSSxDQUFDLFFBQVEsU0FBUztBQUNwQixjQUFNLE9BQU8sUUFBUSxPQUFPLFlBQVksRUFBRSxHQUFHc0UsZ0JBQWUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUMxRSxZQUFJLENBQUMsS0FBTSxRQUFPLENBQUM7QUFFbkIsY0FBTSxNQUFZLENBQUM7QUFDbkIsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLFFBQVEsSUFBSyxLQUFJLEtBQUssS0FBSyxNQUFNLENBQUMsRUFBRyxFQUFFO0FBQ3RFLGdCQUFRLFVBQVU7TUFDcEI7QUFDQSxhQUFPLFFBQVE7SUFDakI7QUNqR0EsUUFBQXZELG1CQUFxQyxRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQUc5QixRQUFNb0ksdUJBQXNCLElBQUlDLGlCQUFBLE1BQU0seUJBQXlCLElBQUk7QUFFbkUsUUFBTUMsc0JBQXFCLElBQUlELGlCQUFBLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsUUFBTUUsOEJBQTZCLElBQUlGLGlCQUFBLE1BQU0saUNBQWlDLElBQUk7QUFFbEYsUUFBTUcsb0JBQW1CLElBQUlILGlCQUFBLEtBQUssbUJBQW1CO0FBRXJELFFBQU1JLGtCQUFpQixJQUFJSixpQkFBQSxRQUFRLGlCQUFpQjtBQUVwRCxRQUFNSyxtQkFBa0IsSUFBSUwsaUJBQUEsS0FBSyxrQkFBa0I7QUFFbkQsUUFBTU0sa0JBQWlCLElBQUlOLGlCQUFBLFFBQVEsaUJBQWlCO0FDVjNELFFBQU1PLHFCQUFvQjtBQUMxQixRQUFJQyxnQkFBZTtBQUVuQixRQUFNQyxjQUFtRCxDQUFDO0FBRW5ELGFBQVNDLGFBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixVQUFJLE9BQU9ELFlBQVcsSUFBSTtBQUMxQixVQUFJLFNBQVMsUUFBVztBQUN0QixlQUFPLEVBQUUsVUFBVSxLQUFLO0FBQ3hCLFFBQUFBLFlBQVcsSUFBSSxJQUFJO01BQ3JCO0FBQ0EsVUFBSTtBQUNGLFFBQUFKLGlCQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7TUFDekMsU0FBUyxPQUFPO0FBQ2QsUUFBQUEsaUJBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLFFBQUFDLGdCQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFlBQUlFLGtCQUFpQkQsb0JBQW1CO0FBQ3RDLGtCQUFRO1lBQ04sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQztVQUN0RztRQUNGO01BQ0Y7SUFDRjtBQzFCQSxRQUFBOUksY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBL0IscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FDRGpCLFFBQUErQixjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBY3RCLGFBQVNrSixlQUFjLE1BQWlDLElBQW1EO0FBQ3pHLFVBQUksQ0FBQyxRQUFRLENBQUMsR0FBSSxRQUFPO0FBQ3pCLFlBQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQzNDLGFBQU8sT0FBTyxTQUFTLEVBQUUsS0FBSyxNQUFNLElBQUksS0FBSztJQUMvQztBQUVBLGFBQVNDLGdCQUFlLEtBQWdCO0FBQ3RDLGlCQUFXLFdBQVcsSUFBSSxVQUFVO0FBQ2xDLGNBQU0sS0FBSyxRQUFRLGVBQWVELGVBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixZQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLENBQUFaLHFCQUFvQixJQUFJLEVBQUU7TUFDMUY7QUFDQSxZQUFNLFFBQVFZLGVBQWMsSUFBSSxZQUFZLElBQUksV0FBVztBQUMzRCxVQUFJLFVBQVUsT0FBVyxDQUFBVixvQkFBbUIsSUFBSSxLQUFLO0lBQ3ZEO0FBT08sYUFBU1ksaUJBQ2QsUUFDQSxVQUNBLGVBQ0EsVUFDQSxVQUF1QyxNQUFNLFFBQzFCO0FBQ25CLFlBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxVQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLFFBQUFWLGtCQUFpQixJQUFJLElBQUk7QUFDekIsZUFBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7TUFDNUM7QUFDQSxZQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFlBQU0sV0FBVyxVQUFVLFdBQVc7QUFDdEMsVUFBSTtBQUNKLGFBQU8sS0FBSyxJQUFJLElBQUksVUFBVTtBQUM1QixTQUFBLEdBQUFXLFlBQUEsT0FBTSxhQUFhO0FBQ25CLGNBQU0sU0FBUyxRQUFRO0FBQ3ZCLFlBQUksQ0FBQyxPQUFRO0FBQ2IsY0FBTSxTQUFTLE9BQU8sT0FBTyxTQUFTLEtBQUssTUFBTTtBQUNqRCxZQUFJLENBQUMsT0FBTyxLQUFNO0FBQ2xCLGNBQU0sT0FBTztBQUNiLFlBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxXQUFXLFNBQVU7TUFDN0Q7QUFDQSxZQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLE1BQUFYLGtCQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixVQUFJLGFBQWEsS0FBSztBQUNwQixRQUFBRCw0QkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELFFBQUFVLGdCQUFlLEdBQUc7TUFDcEI7QUFDQSxhQUFPLEVBQUUsV0FBVyxJQUFJO0lBQzFCO0FEN0NBLGFBQVNHLFdBQVUsS0FBYyxNQUFtQztBQUNsRSxhQUFPbEIsWUFBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7SUFDOUM7QUFHTyxhQUFTbUIsYUFBWSxNQUFjLEtBQXNCO0FBQzlELGFBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsbUJBQUExSixRQUFLLEdBQUcsUUFBUSxNQUFNMEosbUJBQUExSixRQUFLLEdBQUcsbUJBQW1CO0lBQzlGO0FBRUEsUUFBTTJKLGtCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLGFBQVNDLFlBQVcsUUFBbUIsSUFBaUI7QUFDdEQsWUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLFVBQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixZQUFNLFVBQVVDLGVBQWMsT0FBTyxLQUFLLFlBQVksQ0FBQyxDQUFDO0FBQ3hELGFBQU8sWUFBWSxVQUFhLE9BQU8sV0FBVyxJQUFJLFFBQVEsS0FBSyxFQUFFO0lBQ3ZFO0FBR0EsYUFBU0EsZUFBNEMsVUFBdUM7QUFDMUYsVUFBSSxZQUFZO0FBQ2hCLGVBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLElBQUssS0FBSSxTQUFTLENBQUMsRUFBRyxXQUFXLFlBQWE7QUFDbkYsVUFBSSxPQUFPLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxTQUFTO0FBQy9DLGVBQVMsSUFBSSxHQUFHLElBQUksU0FBUyxRQUFRLEtBQUs7QUFDeEMsWUFBSSxTQUFTLENBQUMsRUFBRyxXQUFXLGVBQWUsV0FBVyxFQUFHLFFBQU8sU0FBUyxDQUFDO01BQzVFO0FBQ0EsYUFBTztJQUNUO0FBSUEsUUFBTUMsZ0JBQXdEO01BQzVELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxXQUFXLE9BQU8sWUFBWSxFQUFFLE9BQU8sSUFBSSxRQUFRLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLEVBQUUsR0FBRztNQUNoSDtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBRXJCLGdCQUFNLEtBQUsvQixTQUFRUSxZQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQzlELGlCQUFPLE9BQU8sVUFBYXFCLFlBQVcsUUFBUSxFQUFFO1FBQ2xEO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLGdCQUFNLFVBQVUsT0FBTyxhQUFhO1lBQ2xDLE9BQU9ILGFBQVksV0FBVyxHQUFHO1lBQ2pDLE9BQU87WUFDUCxPQUFPO1lBQ1AsZUFBZTtVQUNqQixDQUFDO0FBQ0QsY0FBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLFVBQUFaLGdCQUFlLElBQUksQ0FBQztBQUNwQixnQkFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGlCQUFPLFlBQVksT0FBTyxhQUFhLFFBQVEsS0FBSyxFQUFFLEVBQUU7UUFDMUQ7TUFDRjtJQUNGO0FBR08sUUFBTWtCLGVBQXdCLENBQUMsU0FBQSxHQUNwQ0MsWUFBQSxPQUFNLGdCQUFnQixNQUFNO0FBQzFCLFlBQU0sU0FBU1IsV0FBVSxLQUFLLFNBQVM7QUFDdkMsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxNQUFBNUIsT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixlQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxhQUFLRSxjQUFhZ0MsYUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFFBQUFsQyxPQUFNLElBQUksT0FBTyxVQUFVO01BQzdCO0FBQ0EsYUFBTztJQUNULENBQUM7QUFHSSxRQUFNcUMsYUFBc0IsQ0FBQyxTQUFBLEdBQ2xDRCxZQUFBLE9BQU0sY0FBYyxNQUFNO0FBQ3hCLFlBQU0sRUFBRSxRQUFBM0ssU0FBTyxJQUFJO0FBQ25CLFlBQU0sU0FBU21LLFdBQVUsS0FBSyxPQUFPO0FBQ3JDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsWUFBTSxVQUFVLE9BQU8sYUFBYTtRQUNsQyxPQUFPQyxhQUFZLFNBQVMsR0FBRztRQUMvQixPQUFPO1FBQ1AsT0FBTztRQUNQLGVBQWVwSyxTQUFPO01BQ3hCLENBQUM7QUFDRCxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsTUFBQXdKLGdCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLE1BQUFqQixPQUFNdkksU0FBTyxVQUFVO0FBQ3ZCLFVBQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxFQUFFLE9BQU8sK0JBQStCLENBQUMsRUFBRTtBQUM1RSxZQUFNLGFBQWFpSztRQUFnQjtRQUFRO1FBQUlqSyxTQUFPO1FBQWVBLFNBQU87UUFBb0IsTUFDOUZtSyxXQUFVLEtBQUssT0FBTztNQUN4QjtBQUNBLFdBQUssV0FBVyxhQUFhO0FBRTdCLFlBQU0sUUFBUUEsV0FBVSxLQUFLLE9BQU87QUFDcEMsVUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixVQUFJLFdBQVcsV0FBVztBQUN4QixhQUFLSSxZQUFXLE9BQU8sRUFBRSxLQUFLO0FBQzlCLFFBQUFoQyxPQUFNdkksU0FBTyxVQUFVO0FBQ3ZCLGFBQUssTUFBTSxhQUFhLElBQUkwSSxTQUFRNEIsZUFBYyxLQUFLLE1BQU0sRUFBRSxNQUFNO01BQ3ZFO0FBQ0EsTUFBQS9CLE9BQU12SSxTQUFPLFVBQVU7QUFDdkIsYUFBTyxNQUFNLGFBQWEsRUFBRSxFQUFFLE1BQU07SUFDdEMsQ0FBQztBQUdJLFFBQU02SyxhQUFzQixDQUFDLFNBQUEsR0FDbENGLFlBQUEsT0FBTSxjQUFjLE1BQU07QUFDeEIsWUFBTSxTQUFTUixXQUFVLEtBQUssT0FBTztBQUNyQyxVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUksS0FBSyxPQUFPLFdBQVcsRUFBRTtBQUM3QixNQUFBNUIsT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFLLE9BQU8sVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUNoQyxNQUFBQSxPQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLFdBQUssT0FBTyxXQUFXLEVBQUUsTUFBTTtBQUMvQixNQUFBQSxPQUFNLElBQUksT0FBTyxVQUFVO0FBRTNCLFlBQU0sWUFBWSxPQUFPLFlBQVksRUFBRSxHQUFHLFNBQVMsT0FBTyxHQUFHLENBQUMsRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUNoRixpQkFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU0xRCxZQUFXLEVBQUUsT0FBTyxJQUFJLEtBQUssT0FBTyxLQUFLLENBQUMsRUFBRSxNQUFNLEdBQUcsQ0FBQyxHQUFHO0FBQ3BHLGFBQUssT0FBTyxhQUFhLE9BQU8sRUFBRSxFQUFFLE1BQU07TUFDNUM7QUFDQSxhQUFPO0lBQ1QsQ0FBQztBRXhISSxhQUFTaUcsaUJBQWdCOUssVUFBZ0IsYUFBeUIsTUFBTSxRQUFXO0FBQ3hGLFlBQU1XLFFBQU8sQ0FBQyxNQUFjLGFBQzFCbUksYUFBWSxDQUFDLFNBQXdCO0FBQ25DLG1CQUFXO0FBQ1gsUUFBQWdCLGFBQVksTUFBTSxVQUFVLEVBQUUsUUFBQTlKLFVBQVEsS0FBSyxDQUFDO01BQzlDLENBQUM7QUFDSCxhQUFPO1FBQ0wsY0FBY1csTUFBSyxXQUFXK0osWUFBVztRQUN6QyxZQUFZL0osTUFBSyxTQUFTaUssVUFBUztRQUNuQyxZQUFZakssTUFBSyxTQUFTa0ssVUFBUztNQUNyQztJQUNGO0FDNUJBLFFBQU0sTUFBTSxFQUFFLE9BQU9qSSxXQUFVO0FBRS9CLGFBQVMsWUFBWSxVQUFvQixTQUEwQjtBQUNqRSxVQUFJLGFBQWEsU0FBVSxRQUFPLFFBQVE7QUFDMUMsVUFBSSxhQUFhLGdCQUFpQixRQUFPLFFBQVE7QUFDakQsVUFBSSxhQUFhLFFBQVMsUUFBTyxRQUFRO0FBQ3pDLGFBQU8sUUFBUTtJQUNqQjtBQVFPLGFBQVMsYUFBYSxTQUFrQixXQUF3QztBQUNyRixhQUFPO1FBQ0w7VUFDRSxRQUFRO1VBQ1IsTUFBTTtVQUNOLE9BQU87WUFDTCxFQUFFLE1BQU0sU0FBUyxJQUFJLEtBQUssT0FBTyxRQUFRLFNBQVM7WUFDbEQsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxTQUFTO1VBQ3BEO1FBQ0Y7UUFDQSxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7VUFDOUIsUUFBUTtVQUNSLE1BQU0sRUFBRSxTQUFTO1VBQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBa0IsSUFBSSxLQUFjLE9BQU8sWUFBWSxVQUFVLE9BQU8sRUFBRSxDQUFDO1FBQzdGLEVBQUU7TUFDSjtJQUNGO0FBR08sYUFBUyxXQUFXLFNBQWtCLFdBQXdDO0FBQ25GLGFBQU87UUFDTCxFQUFFLFFBQVEsbUJBQW1CLE1BQU0sS0FBSyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtRQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7VUFDOUIsUUFBUTtVQUNSLE1BQU0sRUFBRSxTQUFTO1VBQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7UUFDL0UsRUFBRTtNQUNKO0lBQ0Y7QUFHTyxhQUFTLFdBQVcsaUJBQWlCLE9BQWU7QUFDekQsYUFBTztRQUNMO1VBQ0UsUUFBUTtVQUNSLE1BQU07VUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO1FBQ2xGO01BQ0Y7SUFDRjtBQUdPLGFBQVMsYUFBYSxTQUEwQjtBQUNyRCxhQUFPO1FBQ0wsRUFBRSxRQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksTUFBTSxPQUFPLFFBQVEsWUFBWSxDQUFDLEVBQUU7UUFDcEYsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtNQUNoRztJQUNGO0FBR08sYUFBUyxnQkFBZ0IsU0FBMEI7QUFDeEQsYUFBTztRQUNMLEVBQUUsUUFBUSx5QkFBeUIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLFFBQVEsYUFBYSxDQUFDLEVBQUU7UUFDcEcsRUFBRSxRQUFRLHFCQUFxQixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtNQUM5RjtJQUNGO0FBeUVPLGFBQVNtSSxlQUFjLFNBQWtCLFdBQWdDLGdCQUFpQztBQUMvRyxhQUFPO1FBQ0wsR0FBRyxhQUFhLFNBQVMsU0FBUztRQUNsQyxHQUFHLFdBQVcsU0FBUyxTQUFTO1FBQ2hDLEdBQUcsV0FBVyxjQUFjO1FBQzVCLEdBQUcsYUFBYSxPQUFPO1FBQ3ZCLEdBQUcsZ0JBQWdCLE9BQU87TUFDNUI7SUFDRjtBbkM1SUEsUUFBTS9LLFdBQVNrQixlQUFjLGFBQWE7QUFDMUMsUUFBTThKLFlBQVc1SyxrQkFBaUIsU0FBUyxLQUFLO0FBRXpDLFFBQU0xQixXQUEwQjtNQUNyQixnQkFBQXVILGNBQWFqRyxVQUFRLE9BQU87UUFDMUMsV0FBV0EsU0FBTztRQUNsQixXQUFXO1VBQ1QsT0FBT29HLGdCQUFlLG9CQUFvQjRFLFVBQVMsU0FBU2hMLFNBQU8sU0FBUztVQUM1RSxjQUFjVSxjQUFhLGVBQWUsR0FBR1YsU0FBTyxXQUFXLEVBQUUsaUJBQWlCLEdBQUcsUUFBUSxFQUFFLENBQUM7UUFDbEc7UUFDQSxPQUFPK0ssZUFBYy9LLFNBQU8sU0FBUzJDLFVBQVM7TUFDaEQsRUFBRTtJQUNKO0FBS0EsYUFBUyxtQkFBbUJqRSxXQUE2RDtBQUN2RixVQUFJQSxVQUFTQSxDQUFBQSxVQUFRLFdBQVcsc0JBQXNCLElBQUksQ0FBQztBQUMzRCxhQUFPQTtJQUNUO0FBR08sUUFBTUgsaUJBQWdDLGdCQUFBNkosbUJBQWtCO01BQzdELFVBQVU7TUFDVixzQkFBc0IsRUFBRSxjQUFjLEVBQUU7SUFDMUMsQ0FBQztBQUVNLGFBQVN4SixTQUEwQjtBQUN4QyxhQUFPa0gsWUFBVzlGLFVBQVEsRUFBRSxTQUFTLEtBQUssQ0FBQztJQUM3QztBQUVBLFFBQU1pTCxhQUFZSCxpQkFBZ0I5SyxRQUFNO0FBQ3hDLFFBQU1rTCxXQUFVLEVBQUUsU0FBU0QsV0FBVSxjQUFjLE9BQU9BLFdBQVUsWUFBWSxPQUFPQSxXQUFVLFdBQVc7QUFDNUcsSUFBQTNDLGNBQWEsTUFBTXhCLGlCQUFnQmtFLFVBQVMsWUFBWUcsbUJBQUF4SyxRQUFLLEdBQUcsUUFBUSxDQUFDO0FBRWxFLGFBQVNsQyxrQkFBaUIsTUFBcUM7QUFDcEUsWUFBTSxPQUFPbUksYUFBWW9FLFVBQVMsWUFBWUcsbUJBQUF4SyxRQUFLLEdBQUcsUUFBUTtBQUM5RCxVQUFJLFNBQVMsRUFBRztBQUVoQixhQUFPdUssU0FBUTFLLGFBQVksTUFBTVIsU0FBTyxPQUFPLENBQUMsRUFBRSxJQUFJO0lBQ3hEO0FBR0EsUUFBSXNGO0FBQ0csYUFBUzlHLGVBQW9CO0FBQ2xDOEcsTUFBQUEsWUFBVSxJQUFJbkIsV0FBVW5FLFNBQU8sU0FBU0EsU0FBTyxXQUFXO0FBQzFEc0YsTUFBQUEsUUFBTSxPQUFPO0lBQ2Y7Ozs7O0FvQ25FQSxJQUFJO0FBRUcsU0FBUyxVQUFVO0FBQ3hCLE1BQUksZ0JBQWdCLFFBQVc7QUFDN0IsVUFBTSxZQUFZLFdBQVc7QUFDN0IsZUFBVyxpQkFBaUIsQ0FBQztBQUM3QixlQUFXLFFBQVEsQ0FBQyxNQUFLLFdBQVUsZ0JBQWUsV0FBVSxjQUFhLFlBQVksR0FBRztBQUN0RixZQUFNLFNBQVMsVUFBVSxJQUFJO0FBQzdCLGlCQUFXLGVBQWUsSUFBSSxJQUFJLEVBQUUsSUFBSSxRQUFRLGVBQWUsT0FBTyxXQUFXLE9BQU87QUFBQSxJQUMxRjtBQUNBLGtCQUFjO0FBQUEsRUFDaEI7QUFDQSxTQUFPO0FBQ1Q7QUFDQSxXQUFXLHNCQUFzQjs7O0FDZGpDLE9BQU8sa0JBQWtCO0FBQ3pCLElBQU8sb0JBQVE7OztBQ2dDUixJQUFNLGtCQUFxQyxPQUFPLE9BQU87QUFBQSxFQUM5RCxVQUFVO0FBQUEsRUFDVixVQUFVO0FBQUEsRUFDVixhQUFhO0FBQUEsRUFDYixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixjQUFjO0FBQUEsRUFDZCxhQUFhO0FBQUEsRUFDYixXQUFXO0FBQUEsRUFDWCxjQUFjO0FBQUEsRUFDZCxVQUFVO0FBQUEsRUFDVixZQUFZO0FBQUEsRUFDWixzQkFBc0I7QUFDeEIsQ0FBQzs7O0FDckNNLElBQU0sUUFBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQSxFQUMvQixPQUFPO0FBQ2xCO0FBTU8sU0FBUyxjQUFjLE1BQWMsTUFBd0I7QUFDbEUsUUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFFBQU04RixRQUFPLENBQUMsTUFBYyxZQUEyQjtBQUNyRCxVQUFNLElBQUksZUFBZSwwQkFBMEIsSUFBSSxVQUFVLElBQUksS0FBSyxPQUFPLEVBQUU7QUFBQSxFQUNyRjtBQUNBLE1BQUk7QUFDSixNQUFJLFFBQVE7QUFDWixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLE9BQU8sS0FBSyxXQUFXLENBQUMsTUFBTSxRQUFTLEtBQUssTUFBTSxDQUFDLElBQUk7QUFDN0QsUUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPO0FBQ2hDLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsVUFBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixRQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFFeEIsVUFBTSxTQUFtQixDQUFDO0FBQzFCLFFBQUksUUFBUTtBQUNaLFFBQUksU0FBUztBQUNiLFFBQUksWUFBWTtBQUNoQixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLFlBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsVUFBSSxRQUFRO0FBQ1YsWUFBSSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQ3BDLG1CQUFTO0FBQ1Q7QUFBQSxRQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7QUFBQSxZQUMxQixVQUFTO0FBQUEsTUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxnQkFBUTtBQUNSLG9CQUFZO0FBQUEsTUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLGlCQUFTLFlBQVk7QUFDckIsZ0JBQVE7QUFBQSxNQUNWLE1BQU8sVUFBUztBQUFBLElBQ2xCO0FBQ0EsUUFBSSxPQUFRLENBQUFBLE1BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxXQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFFBQUksQ0FBQyxTQUFTO0FBQ1osWUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsWUFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsVUFBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzRCxRQUFBQSxNQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7QUFBQSxNQUNoSDtBQUNBLGdCQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0UsY0FBUSxPQUFPO0FBQ2Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLFdBQVcsTUFBTyxDQUFBQSxNQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLFVBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLFVBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLFVBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxRQUFJLFVBQVUsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFFBQUksYUFBYSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsUUFBSSxDQUFFLE1BQTRCLFNBQVMsSUFBSTtBQUM3QyxNQUFBQSxNQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFFBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUcsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxTQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsYUFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDakQ7QUFDQSxNQUFJLENBQUMsUUFBUyxDQUFBQSxNQUFLLEdBQUcscUZBQXFGO0FBQzNHLFNBQU87QUFDVDtBQXFCTyxTQUFTLFVBQVUsTUFBWSxHQUFtQjtBQUN2RCxTQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7QUFDOUM7OztBQzNETyxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzVCLE9BQU87QUFDbEI7QUFHTyxJQUFNLGdCQUFnQixLQUFLO0FBS2xDLFNBQVMsSUFBSSxLQUFVLE1BQWtDO0FBQ3ZELFFBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsU0FBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7QUFDdEQ7QUFFQSxTQUFTLEtBQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFFBQU0sSUFBSSxZQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDeEY7QUFFQSxTQUFTLFNBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsU0FBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLFVBQU0sUUFBUSxJQUFJLEtBQUssSUFBSTtBQUMzQixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxRQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsVUFBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixRQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxTQUFTLFNBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLElBQU0sV0FBVyxTQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQThLeEQsU0FBUyxVQUNkLEtBQ0EsTUFDQSxVQUNBLE9BQ1E7QUFDUixRQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsU0FBTyxTQUFTLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxNQUFNLFdBQVcsS0FBSyxFQUFFLEtBQUssTUFBTSxRQUFRO0FBQ3pGOzs7QUN4UU8sSUFBTSxlQUFlO0FBU3JCLFNBQVMsaUJBQWlCLEtBQStCO0FBQzlELFFBQU0sYUFBYSxJQUFJLGFBQWEsS0FBSztBQUN6QyxNQUFJLENBQUMsY0FBYyxDQUFDLHdEQUF3RCxLQUFLLFVBQVUsR0FBRztBQUM1RixVQUFNLElBQUk7QUFBQSxNQUNSLHVCQUF1QixLQUFLLFVBQVUsSUFBSSxlQUFlLEVBQUUsQ0FBQztBQUFBLElBQzlEO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxTQUFTLFVBQVUsS0FBSyxnQ0FBZ0MsS0FBSyxFQUFFLEtBQUssR0FBRyxLQUFLLGNBQWMsU0FBUyxLQUFLLENBQUM7QUFBQSxFQUMzRztBQUNGOzs7QUNvTU8sSUFBTSxtQkFBbUI7QUFBQSxFQUM5QixPQUFPO0FBQUEsRUFDUCxRQUFRO0FBQUEsRUFDUixVQUFVLENBQUMsUUFBUSxpQkFBaUIsR0FBRztBQUN6Qzs7O0FDbE1PLFNBQVMsWUFBWSxHQUFXLFNBQWtDO0FBQ3ZFLFFBQU0sV0FBVyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQ2xELE1BQUksU0FBZTtBQUNuQixXQUFTLElBQUksR0FBRyxLQUFLLEdBQUcsS0FBSztBQUMzQixRQUFJLE9BQU87QUFDWCxlQUFXLEtBQUssT0FBTztBQUNyQixVQUFJLFFBQVEsQ0FBQyxNQUFNLEVBQUc7QUFDdEIsWUFBTSxVQUFXLFFBQVEsQ0FBQyxJQUFJLElBQUssTUFBTSxTQUFTLENBQUM7QUFDbkQsVUFBSSxVQUFVLE1BQU07QUFDbEIsZUFBTztBQUNQLGlCQUFTO0FBQUEsTUFDWDtBQUFBLElBQ0Y7QUFDQSxhQUFTLE1BQU07QUFBQSxFQUNqQjtBQUNBLFNBQU87QUFDVDs7O0FDL0NBLFNBQVMsT0FBTyxPQUFPLGFBQWE7OztBQ0FwQyxPQUFPLGFBQWE7QUFDcEIsSUFBTyxlQUFROzs7QUNEZixTQUFTLFNBQVMsTUFBTSxhQUFhOzs7QUNBckMsU0FBUyxtQkFBbUI7OztBQ0dyQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLGVBQWU7OztBQ0s1QixTQUFTLGVBQXVCO0FBRTlCLE1BQUksU0FBUyxFQUFHLENBQUMsV0FBd0QsWUFBWSxFQUFHO0FBQ3hGLFFBQU0sU0FBUyxJQUFJLFlBQVksZUFBZSxNQUFnQjtBQUM1RCxVQUFNLElBQUksTUFBTSwwQ0FBMEMsYUFBYSxrQ0FBa0M7QUFBQSxFQUMzRyxDQUFDO0FBQ0QsU0FBTyxPQUFPLENBQUM7QUFDakI7QUFFTyxJQUFNLFNBQTRCLGFBQWE7QUFHL0MsSUFBTSxnQkFBMEMsTUFBTTs7O0FDTjdELFNBQVMsaUJBQWlCO0FBQ3hCLFNBQU87QUFBQTtBQUFBLElBRUwsWUFBWSxJQUFJLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxJQUUxQyxpQkFBaUIsSUFBSSxNQUFNLDBCQUEwQjtBQUFBO0FBQUEsSUFFckQsVUFBVSxJQUFJLE1BQU0sa0JBQWtCO0FBQUE7QUFBQSxJQUV0QyxnQkFBZ0IsSUFBSSxRQUFRLHdCQUF3QjtBQUFBO0FBQUEsSUFFcEQsY0FBYyxJQUFJLE1BQU0saUNBQWlDO0FBQUEsRUFDM0Q7QUFDRjtBQUdBLElBQU0sU0FBUyxTQUFTLEtBQUssT0FBTyxlQUFlLFNBQVksZUFBZSxJQUFJO0FBV2xGLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLElBQUksU0FBUztBQUNiLElBQUk7QUFDSixJQUFJLGFBQWE7QUFNakIsU0FBUyxVQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFFBQU0sTUFBTSxhQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7QUFBQSxJQUN0RSxHQUFHO0FBQUEsSUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLEVBQ2hELENBQVU7QUFDVixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztBQUM5QztBQXdCQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU08sU0FBUyxjQUFjLFlBQTBCO0FBRXRELE1BQUksQ0FBQyxXQUFZLGNBQWEsVUFBVSxZQUFZLE1BQU07QUFDMUQsYUFBUztBQUNQLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsYUFBUyxVQUFVO0FBQ25CLFVBQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxRQUFJLGtCQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFFBQUksa0JBQUssU0FBUyxhQUFhLEVBQUc7QUFBQSxFQUNwQztBQUNBLFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFdBQVMsVUFBVTtBQUNyQjtBQUVBLFNBQVMsU0FBUyxZQUEwQjtBQUMxQyxRQUFNLE1BQU0sYUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUNKLElBQUksV0FBVyxNQUFNLE1BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLFdBQVEsZUFBZSxJQUFJLENBQUM7QUFDNUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzdHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFDcEMsUUFBSSxPQUFPLFVBQVUsVUFBYSxPQUFPLFVBQVUsT0FBUTtBQUMzRCxXQUFRLFdBQVcsSUFBSSxPQUFPLFdBQVc7QUFDekMsV0FBUSxnQkFBZ0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNwRCxXQUFRLFNBQVMsSUFBSSxPQUFPLFNBQVM7QUFBQSxFQUN2QztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsc0JBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtBQUN2Rjs7O0FDOUdBLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUk7QUFBQSxNQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztBQUFBLElBQ2pFO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQW9CO0FBRXBDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUTtBQUNqQixXQUFPLElBQUksSUFBSSxJQUFJO0FBQUEsTUFDakIsU0FBUyxJQUFJO0FBQUEsTUFDYixNQUFNLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7QUFBQSxJQUNoRDtBQUNGLFNBQU87QUFBQSxJQUNMLFFBQVEsMEJBQTBCLElBQUk7QUFBQSxJQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxJQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7QUFBQSxFQUM5QztBQUNGO0FBRUEsU0FBUyxTQUFTQyxTQUFzQjtBQUN0QyxNQUFJQSxRQUFPLFVBQVcsUUFBTyxTQUFTQSxRQUFPLFNBQVM7QUFDdEQsUUFBTSxRQUFRQSxRQUFPO0FBQ3JCLE1BQUlBLFFBQU8sV0FBVztBQUNwQixXQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixPQUFPQSxRQUFPO0FBQUEsTUFDZCxTQUFTLENBQUMsTUFBTSxPQUFPLGNBQWMsRUFBRSxPQUFPLFVBQVUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3RTtBQUNGO0FBR08sU0FBUyxZQUFZQyxPQUFZLE1BQVlDLGdCQUE0QztBQUM5RixRQUFNLE9BQU9ELE1BQUssTUFBTSxJQUFJO0FBQzVCLFNBQU8sU0FBUyxJQUFJLFNBQVlBLE1BQUssUUFBUSxPQUFPLGtCQUFLLEdBQUcsV0FBVyxLQUFLLE1BQU1DLGNBQWE7QUFDakc7QUFXTyxJQUFNLE9BQWEsU0FBUyxNQUFTOzs7QUNuRjVDLE9BQU8sZ0JBQWdCO0FBQ3ZCLElBQU8sa0JBQVE7OztBQ3FCUixJQUFNLFlBQVk7OztBQ0xsQixTQUFTLFFBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixRQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLFVBQVEsVUFBVTtBQUFBLElBQ2hCLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTyxnQkFBZ0IsT0FBTztBQUFBLElBQ2hDLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPLGFBQWEsS0FBSztBQUFBLElBQ3JELEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUdBLElBQU0sYUFBdUM7QUFBQSxFQUMzQyxRQUFRO0FBQUEsRUFDUixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixZQUFZO0FBQUEsRUFDWixlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUEsRUFDZixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixhQUFhO0FBQUEsRUFDYixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQ2Y7QUFJQSxJQUFNLGlCQUE4RSxDQUFDO0FBRzlFLFNBQVMsWUFBWSxVQUFzRDtBQUNoRixNQUFJLE9BQU8sZUFBZSxRQUFRO0FBQ2xDLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFdBQU8sRUFBRSxVQUFVLE9BQU8sV0FBVyxNQUFNLFdBQVcsUUFBUSxFQUFFO0FBQ2hFLG1CQUFlLFFBQVEsSUFBSTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNUOzs7QUMyQkEsSUFBTSxPQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLElBQU0sVUFBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxTQUFTLFNBQVMsT0FBa0IsT0FBdUI7QUFDekQsVUFBUSxPQUFPO0FBQUEsSUFDYixLQUFLO0FBQ0gsYUFBTyxNQUFNLFFBQVEsTUFBTTtBQUFBLElBQzdCLEtBQUssU0FBUztBQUNaLFlBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO0FBQUEsSUFDaEQ7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLFFBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDaEUsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFBQSxJQUN4RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssUUFBUSxNQUFNLFlBQVksQ0FBQztBQUFBLElBQ3pELEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxRQUFRLENBQUM7QUFBQSxJQUM3QixLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVksUUFBUSxNQUFNLFlBQVksQ0FBQztBQUFBLElBQzNFLEtBQUs7QUFDSCxhQUFPLE9BQU8sTUFBTSxTQUFTLE1BQU07QUFBQSxJQUNyQyxLQUFLLGFBQWE7QUFDaEIsWUFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixhQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDNUU7QUFBQSxFQUNGO0FBQ0Y7QUFTQSxTQUFTLE9BQU8sS0FBd0I7QUFDdEMsU0FBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtBQUNsRTtBQUdBLElBQUk7QUFFSixJQUFNLFlBQW1CLENBQUMsU0FBUztBQUNqQyxNQUFJO0FBQ0YsV0FBTyxRQUFTLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxJQUFNLGFBQU4sTUFBeUM7QUFBQSxFQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTO0FBQ0E7QUFDUTtBQUFBLEVBQ2hCO0FBQUEsRUFIUTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFMWCxTQUFTO0FBQUEsRUFDVDtBQUFBLEVBT1IsSUFBSSxPQUFzQjtBQUN4QixRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixXQUFLLFFBQVEsVUFBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFDRjtBQUdBLFNBQVMsVUFBVSxNQUF3QjtBQUN6QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBYztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBS0EsSUFBTSxrQkFBNEUsQ0FBQztBQUNuRixTQUFTLGFBQWEsUUFBMEQ7QUFDOUUsTUFBSSxXQUFXLGdCQUFnQixNQUFNO0FBQ3JDLE1BQUksYUFBYSxRQUFXO0FBQzFCLGVBQVcsYUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxvQkFBZ0IsTUFBTSxJQUFJO0FBQUEsRUFDNUI7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxJQUFJO0FBVUosSUFBTSxVQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsSUFBTSxtQkFBbUIsQ0FBQyxNQUFlLEVBQUU7QUFDM0MsSUFBTSxrQkFBa0IsQ0FBQyxNQUFlLENBQUMsRUFBRSxZQUFZLEVBQUU7QUFFekQsSUFBTSxZQUF5RixDQUFDO0FBRWhHLFNBQVMsVUFBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxNQUFJLE1BQU0sVUFBVSxRQUFRO0FBQzVCLE1BQUksQ0FBQyxLQUFLO0FBQ1IsVUFBTSxTQUFpQixFQUFFLENBQUMsR0FBRyxRQUFRLGVBQWUsUUFBUSxFQUFFLEdBQUcsaUJBQWlCO0FBQ2xGLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSTtBQUNwRSxVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsUUFBUSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxTQUFPO0FBQ1Q7QUFLQSxTQUFTLFVBQVUsUUFBZ0IsS0FBYSxPQUE0QztBQUMxRixTQUFPLFVBQVUsU0FBWSxTQUFTLEdBQUcsTUFBTSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQ2pIO0FBRU8sSUFBTSxZQUFOLE1BQU0sV0FBVTtBQUFBLEVBT3JCLFlBQ21CLFNBQ2pCLFVBQ2lCLE9BQ2pCO0FBSGlCO0FBRUE7QUFFakIsU0FBSyxVQUFVLEdBQUcsUUFBUTtBQUFBLEVBQzVCO0FBQUEsRUFMbUI7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQVJuQixlQUFlO0FBQUEsRUFDRTtBQUFBO0FBQUEsRUFFQSxTQUE0QyxDQUFDO0FBQUE7QUFBQSxFQVc5RCxHQUFHLE9BQTBCO0FBQzNCLFdBQU8sSUFBSSxXQUFVLEtBQUssU0FBUyxPQUFPLEtBQUssUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQzdFO0FBQUEsRUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFFBQUksU0FBUyxLQUFLLE9BQU8sUUFBUTtBQUNqQyxRQUFJLENBQUMsUUFBUTtBQUNYLFlBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxVQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsVUFBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNUQsZUFBUztBQUFBLFFBQ1A7QUFBQSxRQUNBLE1BQU0sWUFBWSxRQUFRO0FBQUEsUUFDMUIsU0FBUyxLQUFLO0FBQUEsUUFDZCxrQkFBa0IsYUFBYSxRQUFRO0FBQUEsTUFDekM7QUFFQSxVQUFJLENBQUMsVUFBVyxRQUFPLGVBQWU7QUFDdEMsV0FBSyxPQUFPLFFBQVEsSUFBSTtBQUFBLElBQzFCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLEtBQ04sVUFDQSxRQUNBLE1BQ0EsVUFDQSxPQUNBLFNBQ21CO0FBQ25CLFVBQU0sY0FBYyxZQUFZO0FBQ2hDLFVBQU0sTUFBTSxhQUFLO0FBQUEsTUFDZjtBQUFBLE1BQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO0FBQUEsTUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO0FBQUEsTUFDeEMsS0FBSyxVQUFVLFVBQVUsVUFBVSxhQUFhLFVBQVUsTUFBUztBQUFBLElBQ3JFO0FBRUEsVUFBTSxTQUFTLElBQUk7QUFDbkIsVUFBTSxXQUFXLFdBQVc7QUFDNUIsUUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFFBQUksVUFBVSxDQUFDO0FBQ2YsUUFBSSxTQUFTLFVBQVU7QUFDckIsZ0JBQVU7QUFDVixnQkFBVSxPQUFPLEdBQUcsS0FBSyxTQUFTLE9BQU8sU0FBUztBQUNsRCxnQkFBVTtBQUFBLElBQ1o7QUFDQSxZQUFRLFdBQVc7QUFDbkIsWUFBUSxVQUFVO0FBQ2xCLFVBQU0sRUFBRSxRQUFRLEtBQUssSUFBSSxVQUFVLFVBQVUsVUFBVSxVQUFVLE1BQVM7QUFDMUUsVUFBTSxLQUFLLE1BQU0sU0FBUyxRQUFRLElBQUk7QUFDdEMsVUFBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxlQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxXQUFPLElBQUksV0FBc0IsT0FBTyxRQUFRLFNBQVMsWUFBWSxVQUFVLE1BQU0sTUFBUztBQUFBLEVBQ2hHO0FBQUEsRUFFQSxTQUFxQztBQUNuQyxXQUFPLEtBQUssS0FBSyxVQUFVLE9BQU8sUUFBUSxRQUFRLEdBQUcsS0FBSyxRQUFRO0FBQUEsRUFDcEU7QUFBQSxFQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxXQUFPLEtBQUssS0FBSyxTQUFTLFFBQVEsUUFBUSxPQUFPLEdBQUcsS0FBSyxTQUFTLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUN2RjtBQUFBLEVBRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFFBQUksU0FBUyxVQUFVLElBQUksU0FBUyxNQUFNLEtBQUs7QUFDL0MsYUFBUyxVQUFVLFFBQVEsVUFBVSxNQUFNLE1BQU07QUFDakQsYUFBUyxVQUFVLFFBQVEsS0FBSyxNQUFNLENBQUM7QUFDdkMsV0FBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBRyxRQUFRLFNBQVMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFlBQVk7QUFBQSxFQUM3RjtBQUFBLEVBRUEsYUFBYSxRQUFtQztBQUM5QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUSxRQUFRLFNBQVMsR0FBRyxLQUFLLFVBQVUsTUFBTTtBQUFBLEVBQ3JGO0FBQUEsRUFFQSxVQUFVLElBQXdCO0FBQ2hDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssb0JBQW9CO0FBQUEsRUFDeEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxXQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBUyxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPO0FBQUEsRUFDMUY7QUFBQSxFQUVBLGFBQWEsSUFBMkI7QUFDdEMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVUsUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLE1BQVM7QUFBQSxFQUNuRjtBQUFBLEVBRUEsU0FBUyxJQUFtRDtBQUMxRCxXQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUSxRQUFRLFlBQVksRUFBRSxHQUFHLEtBQUssZUFBZSxDQUFDLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRUEsT0FBTyxPQUF3QjtBQUM3QixXQUFPLEtBQUssS0FBSyxXQUFXLE9BQU8sUUFBUSxPQUFPLEtBQUssR0FBRyxLQUFLLEtBQUs7QUFBQSxFQUN0RTtBQUFBLEVBRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFdBQVcsSUFBSSxLQUFLLEdBQUcsS0FBSyxTQUFTO0FBQUEsRUFDdEY7QUFBQSxFQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxXQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHLFFBQVEsZ0JBQWdCLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7QUFBQSxFQUM1RztBQUFBLEVBRUEsYUFBOEM7QUFDNUMsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztBQUFBLEVBQ2hGO0FBQUEsRUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUcsUUFBUSxXQUFXLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxXQUFXO0FBQUEsRUFDbEc7QUFBQSxFQUVBLGFBQThCO0FBQzVCLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7QUFBQSxFQUNoRjtBQUNGOzs7QUM5V08sSUFBTSxnQkFBZ0I7QUFFdEIsSUFBTSxtQkFBbUI7QUFZekIsU0FBUyxRQUFRLE9BQW1DO0FBQ3pELFFBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLFNBQU8sUUFBUSxDQUFDO0FBQ2xCO0FBR0EsU0FBUyxXQUFXLE9BQW1DO0FBQ3JELFFBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFJLEVBQUU7QUFDNUMsU0FBTyxPQUFPLFNBQVMsRUFBRSxJQUFJLEtBQUs7QUFDcEM7QUFPTyxJQUFNLHFCQUFxQixJQUFJLEtBQUssS0FBSztBQU96QyxTQUFTLFdBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixNQUFJLENBQUMsTUFBTSxXQUFXLGdCQUFnQixFQUFHLFFBQU87QUFDaEQsUUFBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixNQUFJLElBQUssUUFBTyxVQUFVO0FBQzFCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxVQUFVLFFBQVMsUUFBTztBQUM5QixRQUFNLFVBQVUsV0FBVyxLQUFLO0FBQ2hDLFNBQU8sWUFBWSxVQUFhLFdBQVcsV0FBVyxPQUFPLEtBQUssS0FBSztBQUN6RTs7O0FDNkRBLGVBQXNCLGtCQUEwRDtBQUM5RSxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSTtBQUNGLFlBQU0sV0FBVyxNQUFNLGdCQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsVUFBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO0FBQUEsSUFDOUIsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUOzs7QUN4Qk8sU0FBU0MsaUJBQXNCO0FBQ3BDLE1BQUksT0FBVSxXQUFZLGVBQVksT0FBVSxVQUFVO0FBQzVEOzs7QUNuRkEsSUFBTSxjQUFjLElBQUksUUFBUSxjQUFjO0FBYzlDLElBQU1DLFFBQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUNsRyxJQUFNLGdCQUFnQjtBQUd0QixJQUFJLFFBQXNCLEVBQUUsT0FBTyxHQUFHLFFBQVEsTUFBTSxNQUFNLEVBQUU7QUFDNUQsSUFBSSxTQUFTO0FBQ2IsSUFBSSxVQUFVO0FBR2QsU0FBUyxhQUFhLFlBQW9CLE1BQTRCO0FBQ3BFLE1BQUksS0FBSyxJQUFJLElBQUksU0FBUyxjQUFlLFFBQU87QUFDaEQsV0FBUyxLQUFLLElBQUk7QUFDbEIsUUFBTSxNQUFNLGFBQUssSUFBSSxHQUFHLFVBQVUsZUFBZSxJQUFJLElBQUlBLEtBQWE7QUFDdEUsTUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixRQUFJO0FBQ0YsWUFBTSxPQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7QUFDMUMsVUFBSSxPQUFPLEtBQUssVUFBVSxZQUFZLE9BQU8sS0FBSyxXQUFXLGFBQWEsT0FBTyxLQUFLLFNBQVMsVUFBVTtBQUN2RyxnQkFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FBVyxLQUFvQjtBQUN0QyxNQUFJLFFBQVEsUUFBUyxhQUFZLElBQUksTUFBTSxJQUFJLEVBQUU7QUFDakQsWUFBVTtBQUNaO0FBTU8sU0FBUyxZQUFZLFlBQW9CLE1BQWMsV0FBVyxJQUFZO0FBQ25GLFFBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxXQUFXO0FBQ3RDLGFBQVM7QUFDUCxVQUFNLE1BQU0sYUFBYSxZQUFZLElBQUk7QUFDekMsVUFBTSxPQUFPLENBQUMsSUFBSSxVQUFVLElBQUksT0FBTyxLQUFLLElBQUksUUFBUSxJQUFJO0FBQzVELGVBQVcsSUFBSTtBQUNmLFFBQUksS0FBTSxRQUFPLElBQUk7QUFDckIsUUFBSSxLQUFLLElBQUksS0FBSyxNQUFPLFFBQU87QUFDaEMsVUFBTSxJQUFJO0FBQUEsRUFDWjtBQUNGO0FBT08sU0FBUyxnQkFBZ0IsWUFBb0IsTUFBYyxXQUFXLEtBQVc7QUFDdEYsUUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLFdBQVc7QUFDdEMsTUFBSSxPQUFPO0FBQ1gsU0FBTyxhQUFhLFlBQVksSUFBSSxFQUFFLFVBQVUsS0FBSyxJQUFJLElBQUksT0FBTztBQUNsRSxXQUFPO0FBQ1AsZUFBVyxLQUFLO0FBQ2hCLFVBQU0sSUFBSTtBQUFBLEVBQ1o7QUFDQSxNQUFJLEtBQU0sWUFBVyxJQUFJO0FBQzNCOzs7QUN4RkEsSUFBSTtBQUdHLFNBQVMsYUFBYSxNQUF3QjtBQUNuRCxjQUFZO0FBQ2Q7QUFHTyxTQUFTLE1BQU0sT0FBMkM7QUFDL0QsUUFBTSxVQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxNQUFJLFVBQVUsRUFBRyxPQUFNLE9BQU87QUFDOUIsY0FBWTtBQUNkO0FBUU8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUlwRyxNQUFJLFFBQVE7QUFDWixXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLFVBQVMsTUFBTSxDQUFDLEVBQUc7QUFDMUQsTUFBSSxRQUFRLFNBQVM7QUFDckIsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxhQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQ25CLFFBQUksUUFBUSxFQUFHLFFBQU8sTUFBTSxDQUFDLEVBQUc7QUFBQSxFQUNsQztBQUNBLFNBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0FBQ2xDO0FBR08sU0FBUyxRQUFXLE9BQW9DO0FBQzdELFNBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztBQUN4Rjs7O0FDM0JBLElBQU0sV0FBVyxJQUFJLFFBQVEsVUFBVTtBQVV2QyxJQUFNLFdBQTJDLENBQUM7QUFFbEQsSUFBSTtBQUdHLFNBQVMsY0FBY0MsU0FBZ0IsTUFBb0I7QUFDaEUsU0FBTyxTQUFTLElBQUksS0FBS0EsUUFBTyxNQUFNLElBQUksRUFBRTtBQUM5QztBQVFPLFNBQVMsWUFDZCxXQUNtQztBQUNuQyxTQUFPLENBQUMsU0FBUztBQUNmLFFBQUksQ0FBQyxLQUFLLGFBQWMsWUFBVyxDQUFDO0FBQ3BDLFFBQUksT0FBUSxRQUFPLFVBQVUsSUFBSTtBQUNqQyxXQUFPLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxVQUFVO0FBQ3ZDLGVBQVM7QUFDVCxnQkFBVSxJQUFJO0FBQUEsSUFDaEIsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUNBLElBQUk7QUFHSixJQUFNLGVBQWUsQ0FBQyxTQUFrQixPQUFPLE1BQU0sS0FBSyxPQUFPO0FBRWpFLFNBQVMsTUFBTUEsU0FBZ0IsT0FBZ0IsTUFBaUM7QUFDOUUsUUFBTSxVQUFVLFlBQVksTUFBTSxNQUFNLGNBQWNBLFNBQVEsSUFBSSxDQUFDO0FBQ25FLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsZ0JBQWMsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUM5RCxRQUFNLFNBQVMsVUFBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxTQUFPO0FBQUEsSUFDTCxRQUFRLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsT0FBTyxZQUFZO0FBQUEsSUFDN0UsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxLQUFLO0FBQUEsSUFDcEQsU0FBUztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsUUFBUUEsU0FBZ0IsTUFBZSxNQUFpQztBQUMvRSxRQUFNLFVBQVUsU0FBUyxJQUFJO0FBQzdCLE1BQUksV0FBVyxDQUFDLFFBQVEsT0FBTyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksUUFBUSxRQUFTLFFBQU87QUFDcEYsTUFBSSxRQUFTLFVBQVMsSUFBSSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ3JDLFFBQU0sT0FBTyxNQUFNQSxTQUFRLE1BQU0sSUFBSTtBQUVyQyxNQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxXQUFTLElBQUksSUFBSTtBQUNqQixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBbUM7QUFDM0YsU0FBTyxRQUFRQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQ3RDO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQWtCO0FBQzFFLFFBQU0sVUFBVSxRQUFRQSxTQUFRLE1BQU0sSUFBSTtBQUMxQyxNQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsTUFBSSxDQUFDLFFBQVEsU0FBUztBQUNwQixVQUFNLE9BQU8sUUFBUSxPQUFPLFlBQVksRUFBRSxHQUFHLGVBQWUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUMxRSxRQUFJLENBQUMsS0FBTSxRQUFPLENBQUM7QUFFbkIsVUFBTSxNQUFZLENBQUM7QUFDbkIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLE1BQU0sUUFBUSxJQUFLLEtBQUksS0FBSyxLQUFLLE1BQU0sQ0FBQyxFQUFHLEVBQUU7QUFDdEUsWUFBUSxVQUFVO0FBQUEsRUFDcEI7QUFDQSxTQUFPLFFBQVE7QUFDakI7OztBQzlGTyxJQUFNLHNCQUFzQixJQUFJLE1BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUksTUFBTSxpQ0FBaUMsSUFBSTtBQUVsRixJQUFNLG1CQUFtQixJQUFJLEtBQUssbUJBQW1CO0FBRXJELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJLFFBQVEsaUJBQWlCOzs7QUNWM0QsSUFBTSxvQkFBb0I7QUFDMUIsSUFBSSxlQUFlO0FBRW5CLElBQU0sYUFBbUQsQ0FBQztBQUVuRCxTQUFTLFlBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixNQUFJLE9BQU8sV0FBVyxJQUFJO0FBQzFCLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFdBQU8sRUFBRSxVQUFVLEtBQUs7QUFDeEIsZUFBVyxJQUFJLElBQUk7QUFBQSxFQUNyQjtBQUNBLE1BQUk7QUFDRixvQkFBZ0IsSUFBSSxTQUFTLEdBQUcsR0FBRyxJQUFJO0FBQUEsRUFDekMsU0FBUyxPQUFPO0FBQ2Qsb0JBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLG1CQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFFBQUksaUJBQWlCLG1CQUFtQjtBQUN0QyxjQUFRO0FBQUEsUUFDTixhQUFhLElBQUksWUFBWSxpQkFBaUIsUUFBUyxNQUFNLFNBQVMsTUFBTSxVQUFXLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDdEc7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUNaQSxTQUFTLGNBQWMsTUFBaUMsSUFBbUQ7QUFDekcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFJLFFBQU87QUFDekIsUUFBTSxLQUFLLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxNQUFNLElBQUk7QUFDM0MsU0FBTyxPQUFPLFNBQVMsRUFBRSxLQUFLLE1BQU0sSUFBSSxLQUFLO0FBQy9DO0FBRUEsU0FBUyxlQUFlLEtBQWdCO0FBQ3RDLGFBQVcsV0FBVyxJQUFJLFVBQVU7QUFDbEMsVUFBTSxLQUFLLFFBQVEsZUFBZSxjQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsUUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxxQkFBb0IsSUFBSSxFQUFFO0FBQUEsRUFDMUY7QUFDQSxRQUFNLFFBQVEsY0FBYyxJQUFJLFlBQVksSUFBSSxXQUFXO0FBQzNELE1BQUksVUFBVSxPQUFXLG9CQUFtQixJQUFJLEtBQUs7QUFDdkQ7QUFPTyxTQUFTLGdCQUNkLFFBQ0EsVUFDQSxlQUNBLFVBQ0EsVUFBdUMsTUFBTSxRQUMxQjtBQUNuQixRQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsTUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixxQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLFdBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO0FBQUEsRUFDNUM7QUFDQSxRQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQU0sV0FBVyxVQUFVLFdBQVc7QUFDdEMsTUFBSTtBQUNKLFNBQU8sS0FBSyxJQUFJLElBQUksVUFBVTtBQUM1QixVQUFNLGFBQWE7QUFDbkIsVUFBTSxTQUFTLFFBQVE7QUFDdkIsUUFBSSxDQUFDLE9BQVE7QUFDYixVQUFNLFNBQVMsT0FBTyxPQUFPLFNBQVMsS0FBSyxNQUFNO0FBQ2pELFFBQUksQ0FBQyxPQUFPLEtBQU07QUFDbEIsVUFBTSxPQUFPO0FBQ2IsUUFBSSxJQUFJLFdBQVcsZUFBZSxJQUFJLFdBQVcsU0FBVTtBQUFBLEVBQzdEO0FBQ0EsUUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxtQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsTUFBSSxhQUFhLEtBQUs7QUFDcEIsK0JBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxtQkFBZSxHQUFHO0FBQUEsRUFDcEI7QUFDQSxTQUFPLEVBQUUsV0FBVyxJQUFJO0FBQzFCOzs7QUM3Q0EsU0FBUyxVQUFVLEtBQWMsTUFBbUM7QUFDbEUsU0FBTyxXQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sSUFBSTtBQUM5QztBQUdPLFNBQVMsWUFBWSxNQUFjLEtBQXNCO0FBQzlELFNBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTSxrQkFBSyxHQUFHLFFBQVEsTUFBTSxrQkFBSyxHQUFHLG1CQUFtQjtBQUM5RjtBQUVBLElBQU0saUJBQTBDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFHM0UsU0FBUyxXQUFXLFFBQW1CLElBQWlCO0FBQ3RELFFBQU0sU0FBUyxPQUFPLFVBQVUsRUFBRTtBQUNsQyxNQUFJLENBQUMsT0FBTyxLQUFNLFFBQU87QUFDekIsUUFBTSxVQUFVLGNBQWMsT0FBTyxLQUFLLFlBQVksQ0FBQyxDQUFDO0FBQ3hELFNBQU8sWUFBWSxVQUFhLE9BQU8sV0FBVyxJQUFJLFFBQVEsS0FBSyxFQUFFO0FBQ3ZFO0FBR0EsU0FBUyxjQUE0QyxVQUF1QztBQUMxRixNQUFJLFlBQVk7QUFDaEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsSUFBSyxLQUFJLFNBQVMsQ0FBQyxFQUFHLFdBQVcsWUFBYTtBQUNuRixNQUFJLE9BQU8sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLFNBQVM7QUFDL0MsV0FBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsS0FBSztBQUN4QyxRQUFJLFNBQVMsQ0FBQyxFQUFHLFdBQVcsZUFBZSxXQUFXLEVBQUcsUUFBTyxTQUFTLENBQUM7QUFBQSxFQUM1RTtBQUNBLFNBQU87QUFDVDtBQUlBLElBQU0sZUFBd0Q7QUFBQSxFQUM1RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsV0FBVyxPQUFPLFlBQVksRUFBRSxPQUFPLElBQUksUUFBUSxLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLEdBQUc7QUFBQSxFQUNoSDtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUVyQixZQUFNLEtBQUssUUFBUSxXQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQzlELGFBQU8sT0FBTyxVQUFhLFdBQVcsUUFBUSxFQUFFO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQUEsRUFDQTtBQUFBLElBQ0UsUUFBUTtBQUFBLElBQ1IsTUFBTSxDQUFDLFFBQVEsUUFBUTtBQUNyQixZQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsUUFDbEMsT0FBTyxZQUFZLFdBQVcsR0FBRztBQUFBLFFBQ2pDLE9BQU87QUFBQSxRQUNQLE9BQU87QUFBQSxRQUNQLGVBQWU7QUFBQSxNQUNqQixDQUFDO0FBQ0QsVUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLHFCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLFdBQVcsT0FBTyxVQUFVLFFBQVEsS0FBSyxFQUFFLEVBQUU7QUFDbkQsYUFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQUEsSUFDMUQ7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxJQUFNLGNBQXdCLENBQUMsUUFDcEMsTUFBTSxnQkFBZ0IsTUFBTTtBQUMxQixRQUFNLFNBQVMsVUFBVSxLQUFLLFNBQVM7QUFDdkMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLEtBQUssT0FBTyxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUMzQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLFdBQVMsT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRO0FBQ25DLFNBQUssYUFBYSxZQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsVUFBTSxJQUFJLE9BQU8sVUFBVTtBQUFBLEVBQzdCO0FBQ0EsU0FBTztBQUNULENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxFQUFFLFFBQUFDLFFBQU8sSUFBSTtBQUNuQixRQUFNLFNBQVMsVUFBVSxLQUFLLE9BQU87QUFDckMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixRQUFNLFVBQVUsT0FBTyxhQUFhO0FBQUEsSUFDbEMsT0FBTyxZQUFZLFNBQVMsR0FBRztBQUFBLElBQy9CLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQLGVBQWVBLFFBQU87QUFBQSxFQUN4QixDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLGlCQUFlLElBQUksQ0FBQztBQUNwQixRQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLFFBQU1BLFFBQU8sVUFBVTtBQUN2QixNQUFJLEtBQUssT0FBTyxhQUFhLElBQUksRUFBRSxPQUFPLCtCQUErQixDQUFDLEVBQUU7QUFDNUUsUUFBTSxhQUFhO0FBQUEsSUFBZ0I7QUFBQSxJQUFRO0FBQUEsSUFBSUEsUUFBTztBQUFBLElBQWVBLFFBQU87QUFBQSxJQUFvQixNQUM5RixVQUFVLEtBQUssT0FBTztBQUFBLEVBQ3hCO0FBQ0EsT0FBSyxXQUFXLGFBQWE7QUFFN0IsUUFBTSxRQUFRLFVBQVUsS0FBSyxPQUFPO0FBQ3BDLE1BQUksQ0FBQyxNQUFPLFFBQU87QUFDbkIsTUFBSSxXQUFXLFdBQVc7QUFDeEIsU0FBSyxXQUFXLE9BQU8sRUFBRSxLQUFLO0FBQzlCLFVBQU1BLFFBQU8sVUFBVTtBQUN2QixTQUFLLE1BQU0sYUFBYSxJQUFJLFFBQVEsY0FBYyxLQUFLLE1BQU0sRUFBRSxNQUFNO0FBQUEsRUFDdkU7QUFDQSxRQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBTyxNQUFNLGFBQWEsRUFBRSxFQUFFLE1BQU07QUFDdEMsQ0FBQztBQUdJLElBQU0sWUFBc0IsQ0FBQyxRQUNsQyxNQUFNLGNBQWMsTUFBTTtBQUN4QixRQUFNLFNBQVMsVUFBVSxLQUFLLE9BQU87QUFDckMsTUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixNQUFJLEtBQUssT0FBTyxXQUFXLEVBQUU7QUFDN0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sVUFBVSxFQUFFLEVBQUUsTUFBTTtBQUNoQyxRQUFNLElBQUksT0FBTyxVQUFVO0FBQzNCLE9BQUssT0FBTyxXQUFXLEVBQUUsTUFBTTtBQUMvQixRQUFNLElBQUksT0FBTyxVQUFVO0FBRTNCLFFBQU0sWUFBWSxPQUFPLFlBQVksRUFBRSxHQUFHLFNBQVMsT0FBTyxHQUFHLENBQUMsRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUNoRixhQUFXLFVBQVUsVUFBVSxPQUFPLENBQUMsTUFBTSxXQUFXLEVBQUUsT0FBTyxJQUFJLEtBQUssT0FBTyxLQUFLLENBQUMsRUFBRSxNQUFNLEdBQUcsQ0FBQyxHQUFHO0FBQ3BHLFNBQUssT0FBTyxhQUFhLE9BQU8sRUFBRSxFQUFFLE1BQU07QUFBQSxFQUM1QztBQUNBLFNBQU87QUFDVCxDQUFDOzs7QUN4SEksU0FBUyxnQkFBZ0JDLFNBQWdCLGFBQXlCLE1BQU0sUUFBVztBQUN4RixRQUFNLE9BQU8sQ0FBQyxNQUFjLGFBQzFCLFlBQVksQ0FBQyxTQUF3QjtBQUNuQyxlQUFXO0FBQ1gsZ0JBQVksTUFBTSxVQUFVLEVBQUUsUUFBQUEsU0FBUSxLQUFLLENBQUM7QUFBQSxFQUM5QyxDQUFDO0FBQ0gsU0FBTztBQUFBLElBQ0wsY0FBYyxLQUFLLFdBQVcsV0FBVztBQUFBLElBQ3pDLFlBQVksS0FBSyxTQUFTLFNBQVM7QUFBQSxJQUNuQyxZQUFZLEtBQUssU0FBUyxTQUFTO0FBQUEsRUFDckM7QUFDRjs7O0FDakJBLElBQU1DLFVBQVMsY0FBYyxhQUFhO0FBQzFDLElBQU0sV0FBVyxpQkFBaUIsU0FBUyxLQUFLO0FBK0JoRCxJQUFNLFlBQVksZ0JBQWdCQyxPQUFNO0FBQ3hDLElBQU0sVUFBVSxFQUFFLFNBQVMsVUFBVSxjQUFjLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVSxXQUFXO0FBQzVHLGFBQWEsTUFBTSxnQkFBZ0IsU0FBUyxZQUFZLGtCQUFLLEdBQUcsUUFBUSxDQUFDO0FBRWxFLFNBQVMsaUJBQWlCLE1BQXFDO0FBQ3BFLFFBQU0sT0FBTyxZQUFZLFNBQVMsWUFBWSxrQkFBSyxHQUFHLFFBQVE7QUFDOUQsTUFBSSxTQUFTLEVBQUc7QUFFaEIsU0FBTyxRQUFRLFlBQVksTUFBTUEsUUFBTyxPQUFPLENBQUMsRUFBRSxJQUFJO0FBQ3hEO0FBR0EsSUFBSTtBQUNHLFNBQVMsY0FBb0I7QUFDbEMsWUFBVSxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxXQUFXO0FBQzFELFFBQU0sT0FBTztBQUNmOzs7QUNqRU8sU0FBUyxpQkFBaUIsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLGNBQWMsR0FBRyxJQUFJO0FBQUc7QUFDM0UsSUFBTSxVQUFVLFNBQVMsSUFBSSxRQUFRLEVBQUUsVUFBVTtBQUNqRCxTQUFTLFNBQVMsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLE1BQU0sR0FBRyxJQUFJO0FBQUc7QUFDM0QsU0FBU0MsYUFBWSxNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsU0FBUyxHQUFHLElBQUk7QUFBRzsiLCJuYW1lcyI6WyJfX2NvbW1vbkpTIiwiZXhwb3J0cyIsIm1vZHVsZSIsImhhbmRsZVN1bW1hcnkiLCJoZWFsdGhQcm9iZSIsImludGVyYWN0aXZlVXNlcnMiLCJvcHRpb25zIiwicG9sbFJlc291cmNlcyIsInNldHVwIiwidGVhcmRvd24iLCJpbXBvcnRfZXhlY3V0aW9uIiwiREVGQVVMVF9UQVJHRVRTIiwiUk9MRVMiLCJVc2Vyc0ZpbGVFcnJvciIsInBhcnNlVXNlcnNDc3YiLCJ0ZXh0IiwiZmFpbCIsInBhcnNlUG9vbFNwZWMiLCJwb29sRW1haWwiLCJ0b29TbWFsbEZvckRpc3RpbmN0IiwidnVJZEJvdW5kIiwiQ29uZmlnRXJyb3IiLCJNQVhfUkFNUF9VUF9TIiwiTUFYX1JBTVBfRE9XTl9TIiwicmF3IiwibnVtYmVySW4iLCJtaWxsaXMiLCJmcmFjdGlvbiIsImNvbmZpZyIsImVudk51bWJlciIsIk1BWF9QT09MX1ZVUyIsInBhcnNlSW50ZXJhY3RpdmUiLCJpbnRlcmFjdGl2ZUVudHJ5IiwibWV0cmljS2V5IiwidG9LNlRocmVzaG9sZHMiLCJpc0Fycml2YWxSYXRlIiwiY2xhc3NPZlVzZXIiLCJ3ZWlnaHRzIiwiY29uc3RhbnRSYXRlIiwiZXhlYyIsIlNVTU1BUllfVFJFTkRfU1RBVFMiLCJpbXBvcnRfazYiLCJpbXBvcnRfaHR0cCIsImltcG9ydF9tZXRyaWNzIiwiaW1wb3J0X2RhdGEiLCJTSEFSRURfQ09ORklHIiwiZ3VhcmRlZENvbmZpZyIsImRlY2xhcmVNZXRyaWNzIiwic2VydmVyIiwiUE9MTCIsImN1cnNvciIsImVycm9yc1NlZW4iLCJsb2FkTWFya2VkIiwibWFya1BoYXNlIiwiaHR0cCIsInJlc291cmNlc1NjZW5hcmlvIiwicGFyc2UiLCJwb2xsT25jZSIsInNhbXBsZSIsImVuZExvYWQiLCJyZXNvdXJjZUdhdGVzIiwicmVhZEZpbGUiLCJmaWxlUG9vbCIsImltcG9ydF9kYXRhMiIsIm1ha2VQb29sIiwiYWNjb3VudE9mVnUiLCJwb29sIiwiY2xhc3NQYXNzd29yZCIsImltcG9ydF9leGVjdXRpb24yIiwiYXNzZXJ0RGlzdGluY3QiLCJpbXBvcnRfc2VjcmV0cyIsIkVORFBPSU5UUyIsIkFQSV9TQ09QRSIsImFwaVBhdGgiLCJyb3V0ZU5hbWVzIiwidGFnc0J5RW5kcG9pbnQiLCJyZXF1ZXN0VGFncyIsImlzSWQiLCJpc0NvdW50IiwiaGFzU2hhcGUiLCJpc0pzb24iLCJyZWFkaW5nIiwicmVhZEZpZWxkIiwiTGF6eVJlc3VsdCIsInBhcnNlSnNvbiIsInN0YXR1c0NhbGxiYWNrcyIsImV4cGVjdFN0YXR1cyIsImltcG9ydF9odHRwMiIsIm9ic2VydmVyIiwib3V0Y29tZSIsInN0YXR1c0lzRXhwZWN0ZWQiLCJzaGFwZUlzRXhwZWN0ZWQiLCJjaGVja1NldHMiLCJjaGVja3NGb3IiLCJ3aXRoUGFyYW0iLCJBcGlDbGllbnQiLCJwYXJhbXMiLCJpbXBvcnRfazYyIiwiREFUQVNFVF9USVRMRSIsIlJVTl9USVRMRV9GSUxURVIiLCJkYXRhc2V0VGl0bGUiLCJuZXdSdW5JZCIsInJ1bklkT2YiLCJydW5TdGFydE9mIiwiTElWRV9SVU5fV0lORE9XX01TIiwiaXNMZWZ0b3ZlciIsImNvdW50IiwiaW1wb3J0X2h0dHAzIiwiaW1wb3J0X2s2MyIsInF1aWV0TG9naW4iLCJlbnN1cmVEYXRhc2V0Iiwib3BlbiIsInJlbW92ZUNvdXJzZXMiLCJpbXBvcnRfZXhlY3V0aW9uMyIsInByb2JlIiwidXJsIiwiaW1wb3J0X2h0dHA0Iiwic2VjcmV0IiwibG9naW4iLCJpbXBvcnRfazY0Iiwic2VjcmV0UGFzc3dvcmRzIiwic2VjcmV0cyIsInByZXBhcmVSdW4iLCJhbm9ueW1vdXMiLCJjbGVhblVwUnVuIiwiZW50cnlPcHRpb25zIiwidXNlcnNBY3RpdmUiLCJpbXBvcnRfbWV0cmljczIiLCJjb250cm9sbGVkUG9vbCIsIlBPTExfRVZFUllfTVMiLCJzdGF0ZSIsInJlYWRBdCIsIndvcmtpbmciLCJjb250cm9sU3RhdGUiLCJpbXBvcnRfaHR0cDUiLCJzZXRXb3JraW5nIiwid2FpdEZvclR1cm4iLCJpbXBvcnRfazY1IiwiaG9sZFdoaWxlUGF1c2VkIiwiZXNjYXBlWG1sIiwiZXNjYXBlTWFya2Rvd25DZWxsIiwibWFya2Rvd25Db2RlIiwiZXhwcmVzc2lvbiIsInVuaXRPZiIsInRocmVzaG9sZFJvd3MiLCJlbmRwb2ludFJvd3MiLCJkcm9wcGVkSXRlcmF0aW9ucyIsIml0ZXJhdGlvbnMiLCJtZXRyaWNWYWx1ZSIsInBlcmNlbnRpbGVDYXZlYXQiLCJmb3JtYXRWYWx1ZSIsImRyb3BwZWRUZXh0Iiwic2VydmVyUmVzb3VyY2VzIiwicmVzb3VyY2VzVGV4dCIsInJlc291cmNlc0xpbmUiLCJidWlsZFJlc3VsdHMiLCJqdW5pdFJlcG9ydCIsInNlY29uZHMiLCJtYXJrZG93blJlcG9ydCIsInRleHRTdW1tYXJ5IiwibWFrZUhhbmRsZVN1bW1hcnkiLCJob2xkUG9pbnQiLCJzZXRIb2xkUG9pbnQiLCJ0aGluayIsImltcG9ydF9rNjYiLCJwaWNrV2VpZ2h0ZWQiLCJwaWNrT25lIiwicmVsb2dpbnMiLCJpbXBvcnRfbWV0cmljczMiLCJzZXNzaW9ucyIsIndpdGhTZWNyZXRzIiwicmVuZXdNYXJnaW5TIiwic2Vzc2lvbiIsInVzZXJDbGllbnQiLCJvd25Db3Vyc2VzIiwiY2hhcHRlckdlbmVyYXRpb25NcyIsImltcG9ydF9tZXRyaWNzNCIsImNvdXJzZUdlbmVyYXRpb25NcyIsImNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zIiwiZ2VuZXJhdGlvbkZhaWxlZCIsImNvdXJzZXNDcmVhdGVkIiwid29ya2Zsb3dTdWNjZXNzIiwid29ya2Zsb3dFcnJvcnMiLCJNQVhfTE9HR0VEX0VSUk9SUyIsImxvZ2dlZEVycm9ycyIsInRhZ3NCeU5hbWUiLCJydW5Xb3JrZmxvdyIsIm1pbGxpc0JldHdlZW4iLCJyZWNvcmRKb2JUaW1lcyIsImdlbmVyYXRlQW5kV2FpdCIsImltcG9ydF9rNjciLCJjbGllbnRGb3IiLCJ1bmlxdWVUaXRsZSIsImltcG9ydF9leGVjdXRpb240IiwiRVhQT1JUX0ZPUk1BVFMiLCJyZWFkQ291cnNlIiwicGlja0dlbmVyYXRlZCIsInJlZ3VsYXJUYXNrcyIsInJlZ3VsYXJVc2VyIiwiaW1wb3J0X2s2OCIsInBvd2VyVXNlciIsImFkbWluVXNlciIsInBvcHVsYXRpb25FeGVjcyIsIndvcmtmbG93R2F0ZXMiLCJzZXR0aW5ncyIsIndvcmtmbG93cyIsImJ5Q2xhc3MiLCJpbXBvcnRfZXhlY3V0aW9uNSIsImZhaWwiLCJjb25maWciLCJwb29sIiwiY2xhc3NQYXNzd29yZCIsInBvbGxSZXNvdXJjZXMiLCJQT0xMIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwiY29uZmlnIiwidGVhcmRvd24iXX0=
