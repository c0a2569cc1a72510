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

// dist/capacity.control.cjs
var require_capacity_control = __commonJS({
  "dist/capacity.control.cjs"(exports, module) {
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
    var capacity_exports = {};
    __export(capacity_exports, {
      capacityUser: () => capacityUser2,
      handleSummary: () => handleSummary2,
      options: () => options2,
      pollResources: () => pollResources22,
      setup: () => setup2,
      teardown: () => teardown3
    });
    module.exports = __toCommonJS(capacity_exports);
    var import_k682 = __toESM(require_k6(), 1);
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
    var wholeSeconds2 = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
    var wholeNumber2 = (min, max) => ({ min, max, integer: true });
    function capacityLevels2(env) {
      const list = env.CAPACITY_LEVELS?.trim();
      if (list) {
        const levels3 = list.split(",").map((part) => Number(part.trim()));
        const bad = levels3.some((n, i) => !Number.isInteger(n) || n < 1 || n > 1e5 || i > 0 && n <= levels3[i - 1]);
        if (bad || levels3.length < 2)
          throw new Error(
            `invalid CAPACITY_LEVELS=${JSON.stringify(list)}: expected 2 or more rising whole numbers of users, e.g. 1,2,4,8`
          );
        return levels3;
      }
      const max = envNumber2(env, "CAPACITY_MAX_USERS", 64, wholeNumber2(2, 1e5));
      const levels22 = [];
      for (let n = 1; n < max; n *= 2) levels22.push(n);
      return [...levels22, max];
    }
    var capacityEntry2 = {
      suite: "by-name",
      length: "CAPACITY_STEP_S per level (CAPACITY_LEVELS or 1, 2, 4, ... CAPACITY_MAX_USERS), less past the peak; then CAPACITY_CONFIRM_S",
      settings: (env) => {
        const stepS22 = envNumber2(env, "CAPACITY_STEP_S", 20, wholeSeconds2(2, 3600));
        const settleS22 = envNumber2(env, "CAPACITY_SETTLE_S", Math.min(5, Math.max(1, Math.floor(stepS22 / 4))), {
          min: 0,
          max: 3600,
          what: "seconds"
        });
        if (settleS22 >= stepS22)
          throw new Error(
            `CAPACITY_SETTLE_S=${settleS22} must be shorter than CAPACITY_STEP_S=${stepS22}: no steady window is left`
          );
        return {
          levels: capacityLevels2(env),
          mix: capacityMix2(env),
          stepS: stepS22,
          settleS: settleS22,
          /** Set by the runner for the confirmation run: that many users at PERFORMANCE_THINK_TIME; 0 for the sweep. */
          confirmUsers: envNumber2(env, "CAPACITY_CONFIRM_USERS", 0, wholeNumber2(0, 1e5)),
          /** 0: no confirmation run (a platform that must not be held at its limit). */
          confirmS: envNumber2(env, "CAPACITY_CONFIRM_S", 30, wholeSeconds2(0, 86400)),
          /** The confirmation's users arrive over this long before it is held (all at once, a platform past its peak can tip into collapse). */
          confirmRampS: envNumber2(env, "CAPACITY_CONFIRM_RAMP_S", 10, wholeSeconds2(0, 3600))
        };
      }
    };
    function capacityMix2(env) {
      const value = env.CAPACITY_MIX?.trim() || "readwrite";
      if (value !== "readwrite" && value !== "read")
        throw new Error(
          `invalid CAPACITY_MIX=${JSON.stringify(value)}: expected readwrite (the regular user's reads and writes) or read (reads only)`
        );
      return value;
    }
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
    var import_k610 = __toESM(require_k6(), 1);
    var import_execution7 = __toESM(require_execution(), 1);
    var import_http6 = __toESM(require_http(), 1);
    var import_metrics8 = __toESM(require_metrics(), 1);
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
        (0, import_k610.sleep)(Math.max(0, 1 - (Date.now() - started) / 1e3));
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
      const secret = await secretPasswords2();
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
      const secret = await secretPasswords2();
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
    function sweepStages2({ levels: levels22, stepS: stepS22 }) {
      return levels22.flatMap((users) => [
        { durationS: 0, target: users },
        { durationS: stepS22, target: users }
      ]);
    }
    function stepAt2(elapsedS22, { levels: levels22, stepS: stepS22, settleS: settleS22 }) {
      const index = Math.floor(elapsedS22 / stepS22);
      if (index < 0 || index >= levels22.length) return null;
      return { index, users: levels22[index], steady: elapsedS22 - index * stepS22 >= settleS22 };
    }
    function stopReason2(steps, targets) {
      const last = steps[steps.length - 1];
      if (!last) return null;
      if (last.errorRate > targets.errorRate)
        return `the ${last.users}-user step broke the error target (${(last.errorRate * 100).toFixed(1)} % > ${(targets.errorRate * 100).toFixed(1)} %)`;
      if (last.p95Ms !== null && last.p95Ms > targets.apiP95Ms)
        return `the ${last.users}-user step broke the p95 target (${last.p95Ms.toFixed(0)} ms > ${targets.apiP95Ms} ms)`;
      const [a, b, c] = steps.slice(-3).map((s) => s.x);
      if (c !== void 0 && b < a && c < b)
        return `throughput fell for two steps (${a.toFixed(1)} → ${b.toFixed(1)} → ${c.toFixed(1)} req/s): past the peak`;
      return null;
    }
    var SWEEP_DONE2 = "capacity sweep done:";
    function percentile2(values, p) {
      if (values.length === 0) throw new Error("percentile of an empty list");
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
    }
    var elapsedS2 = () => (Date.now() - import_execution42.default.scenario.startTime) / 1e3;
    var inScenario2 = false;
    function enterStep2(shape) {
      inScenario2 = true;
      const at = stepAt2(elapsedS2(), shape);
      import_execution42.default.vu.metrics.tags.step = at ? String(at.users) : "after";
      import_execution42.default.vu.metrics.tags.window = at?.steady ? "steady" : "settle";
    }
    function watchSweep2(shape, targets) {
      const seen = [];
      let watching;
      let current = { index: -1, durations: [], errors: 0 };
      const close = () => {
        if (current.index < 0) return;
        const users = shape.levels[current.index];
        const steadyS = shape.stepS - shape.settleS;
        const n = current.durations.length;
        seen.push({
          users,
          x: users * n / steadyS,
          p95Ms: n > 0 ? percentile2(current.durations, 95) : null,
          errorRate: n > 0 ? current.errors / n : 0
        });
        const reason = stopReason2(seen, targets);
        if (reason && current.index < shape.levels.length - 1) import_execution42.default.test.abort(`${SWEEP_DONE2} ${reason}`);
      };
      observeRequests2((_endpoint, durationMs, ok) => {
        if (!inScenario2 || watching === false) return;
        const at = stepAt2(elapsedS2(), shape);
        if (!at) return;
        watching ??= at.index === 0;
        if (!watching) return;
        if (at.index !== current.index) {
          close();
          current = { index: at.index, durations: [], errors: 0 };
        }
        if (!at.steady) return;
        current.durations.push(durationMs);
        if (!ok) current.errors++;
      });
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
    var holdPoint2;
    function think2(range) {
      const seconds2 = range.min + Math.random() * (range.max - range.min);
      if (seconds2 > 0) (0, import_k652.sleep)(seconds2);
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
    var seeded3 = (data) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
    var MIX3 = [
      { weight: 4, task: (api2) => api2.listCourses({ limit: 20 }) },
      { weight: 3, task: (api2, data) => api2.getCourse(seeded3(data)) },
      { weight: 2, task: (api2, data) => api2.getChapter(seeded3(data), 1) },
      { weight: 1, task: (api2) => api2.health() }
    ];
    function readMixRequest2(api2, data) {
      pickWeighted2(MIX3)(api2, data);
    }
    var import_metrics22 = __toESM(require_metrics(), 1);
    var chapterGenerationMs2 = new import_metrics22.Trend("chapter_generation_ms", true);
    var courseGenerationMs2 = new import_metrics22.Trend("course_generation_ms", true);
    var courseGenerationObservedMs2 = new import_metrics22.Trend("course_generation_observed_ms", true);
    var generationFailed2 = new import_metrics22.Rate("generation_failed");
    var coursesCreated2 = new import_metrics22.Counter("courses_created");
    var workflowSuccess2 = new import_metrics22.Rate("workflow_success");
    var workflowErrors2 = new import_metrics22.Counter("workflow_errors");
    var import_k672 = __toESM(require_k6(), 1);
    var import_execution52 = __toESM(require_execution(), 1);
    var import_metrics32 = __toESM(require_metrics(), 1);
    var relogins2 = new import_metrics32.Counter("relogins");
    var import_k662 = __toESM(require_k6(), 1);
    function uniqueTitle2(kind, ctx) {
      return `perf-${kind} ${ctx.data.runId} vu${import_execution52.default.vu.idInTest} it${import_execution52.default.vu.iterationInScenario}`;
    }
    var seeded22 = ({ data }) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
    function createReadDelete2(api2, ctx) {
      const created = api2.createCourse({
        title: uniqueTitle2("scratch", ctx),
        topic: "algebra",
        level: "beginner",
        chapter_count: 2
      });
      if (!created.body) return;
      coursesCreated2.add(1);
      api2.getCourse(created.body.id);
      api2.deleteCourse(created.body.id);
    }
    var MIX22 = [
      { weight: 25, task: (api2) => api2.listCourses({ limit: 20 }) },
      { weight: 12, task: (api2, ctx) => api2.getCourse(seeded22(ctx)) },
      { weight: 12, task: (api2, ctx) => api2.getChapter(seeded22(ctx), 1) },
      { weight: 3, task: createReadDelete2 }
    ];
    function readWriteMixTask2(api2, ctx) {
      pickWeighted2(MIX22)(api2, ctx);
    }
    var api = { scope: API_SCOPE2 };
    function abortGates2(delayAbortEval = "10s") {
      return [
        {
          metric: "http_req_failed",
          tags: api,
          rules: [{ stat: "rate", op: "<", value: 0.5, abortOnFail: true, delayAbortEval }]
        }
      ];
    }
    var config22 = guardedConfig2("capacity");
    var { levels: levels2, mix: mix2, stepS: stepS2, settleS: settleS2, confirmUsers: confirmUsers2, confirmS: confirmS2, confirmRampS: confirmRampS2 } = capacityEntry2.settings(__ENV);
    var confirming2 = confirmUsers2 > 0;
    var sweep2 = { levels: levels2, stepS: stepS2, settleS: settleS2 };
    var confirmShape2 = {
      levels: [confirmUsers2],
      stepS: confirmRampS2 + confirmS2,
      settleS: confirmRampS2 + Math.min(settleS2, confirmS2 / 2)
    };
    if (!confirming2) watchSweep2(sweep2, config22.targets);
    var options2 = /* @__PURE__ */ entryOptions2(config22, () => ({
      roles: [],
      // one shared regular account, as breakpoint's read mix (its writes are its own courses)
      wallTimeS: confirming2 ? confirmRampS2 + confirmS2 : levels2.length * stepS2,
      scenarios: {
        capacity: confirming2 ? stagedUsers2("capacityUser", [
          { durationS: confirmRampS2, target: confirmUsers2 },
          { durationS: confirmS2, target: confirmUsers2 }
        ]) : { ...stagedUsers2("capacityUser", sweepStages2(sweep2)), gracefulRampDown: "0s" }
      },
      gates: [...abortGates2()]
    }));
    var handleSummary2 = /* @__PURE__ */ makeHandleSummary2({ scenario: "capacity" });
    function setup2() {
      return prepareRun2(config22, { seed: true });
    }
    var client2;
    function capacityUser2(data) {
      if (!client2 && confirming2) (0, import_k682.sleep)(Math.random() * config22.thinkTimeS.max);
      client2 ??= new ApiClient2(config22.baseUrl, config22.apiTimeoutS, data.tokens.regular);
      enterStep2(confirming2 ? confirmShape2 : sweep2);
      if (mix2 === "read") readMixRequest2(client2, data);
      else readWriteMixTask2(client2, { config: config22, data });
      if (confirming2) think2(config22.thinkTimeS);
    }
  }
});

// glue:glue:capacity
var controlSide;
function control() {
  if (controlSide === void 0) {
    const k6Require = globalThis.require;
    globalThis.__coursePerfK6 = {};
    for (const name of ["k6", "k6/data", "k6/execution", "k6/http", "k6/metrics", "k6/secrets"]) {
      const module = k6Require(name);
      globalThis.__coursePerfK6[name] = { ns: module, defaultExport: module.default ?? module };
    }
    controlSide = require_capacity_control();
  }
  return controlSide;
}
globalThis.__coursePerfControl = control;

// k6-once:k6


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
var wholeSeconds = (min, max) => ({ min, max, integer: true, what: "a whole number of seconds" });
var wholeNumber = (min, max) => ({ min, max, integer: true });
function capacityLevels(env) {
  const list = env.CAPACITY_LEVELS?.trim();
  if (list) {
    const levels3 = list.split(",").map((part) => Number(part.trim()));
    const bad = levels3.some((n, i) => !Number.isInteger(n) || n < 1 || n > 1e5 || i > 0 && n <= levels3[i - 1]);
    if (bad || levels3.length < 2)
      throw new Error(
        `invalid CAPACITY_LEVELS=${JSON.stringify(list)}: expected 2 or more rising whole numbers of users, e.g. 1,2,4,8`
      );
    return levels3;
  }
  const max = envNumber(env, "CAPACITY_MAX_USERS", 64, wholeNumber(2, 1e5));
  const levels2 = [];
  for (let n = 1; n < max; n *= 2) levels2.push(n);
  return [...levels2, max];
}
var capacityEntry = {
  suite: "by-name",
  length: "CAPACITY_STEP_S per level (CAPACITY_LEVELS or 1, 2, 4, ... CAPACITY_MAX_USERS), less past the peak; then CAPACITY_CONFIRM_S",
  settings: (env) => {
    const stepS2 = envNumber(env, "CAPACITY_STEP_S", 20, wholeSeconds(2, 3600));
    const settleS2 = envNumber(env, "CAPACITY_SETTLE_S", Math.min(5, Math.max(1, Math.floor(stepS2 / 4))), {
      min: 0,
      max: 3600,
      what: "seconds"
    });
    if (settleS2 >= stepS2)
      throw new Error(
        `CAPACITY_SETTLE_S=${settleS2} must be shorter than CAPACITY_STEP_S=${stepS2}: no steady window is left`
      );
    return {
      levels: capacityLevels(env),
      mix: capacityMix(env),
      stepS: stepS2,
      settleS: settleS2,
      /** Set by the runner for the confirmation run: that many users at PERFORMANCE_THINK_TIME; 0 for the sweep. */
      confirmUsers: envNumber(env, "CAPACITY_CONFIRM_USERS", 0, wholeNumber(0, 1e5)),
      /** 0: no confirmation run (a platform that must not be held at its limit). */
      confirmS: envNumber(env, "CAPACITY_CONFIRM_S", 30, wholeSeconds(0, 86400)),
      /** The confirmation's users arrive over this long before it is held (all at once, a platform past its peak can tip into collapse). */
      confirmRampS: envNumber(env, "CAPACITY_CONFIRM_RAMP_S", 10, wholeSeconds(0, 3600))
    };
  }
};
function capacityMix(env) {
  const value = env.CAPACITY_MIX?.trim() || "readwrite";
  if (value !== "readwrite" && value !== "read")
    throw new Error(
      `invalid CAPACITY_MIX=${JSON.stringify(value)}: expected readwrite (the regular user's reads and writes) or read (reads only)`
    );
  return value;
}

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

// lib/load/capacity-steps.ts
function stepAt(elapsedS2, { levels: levels2, stepS: stepS2, settleS: settleS2 }) {
  const index = Math.floor(elapsedS2 / stepS2);
  if (index < 0 || index >= levels2.length) return null;
  return { index, users: levels2[index], steady: elapsedS2 - index * stepS2 >= settleS2 };
}
function stopReason(steps, targets) {
  const last = steps[steps.length - 1];
  if (!last) return null;
  if (last.errorRate > targets.errorRate)
    return `the ${last.users}-user step broke the error target (${(last.errorRate * 100).toFixed(1)} % > ${(targets.errorRate * 100).toFixed(1)} %)`;
  if (last.p95Ms !== null && last.p95Ms > targets.apiP95Ms)
    return `the ${last.users}-user step broke the p95 target (${last.p95Ms.toFixed(0)} ms > ${targets.apiP95Ms} ms)`;
  const [a, b, c] = steps.slice(-3).map((s) => s.x);
  if (c !== void 0 && b < a && c < b)
    return `throughput fell for two steps (${a.toFixed(1)} → ${b.toFixed(1)} → ${c.toFixed(1)} req/s): past the peak`;
  return null;
}
var SWEEP_DONE = "capacity sweep done:";

// lib/load/phase-math.ts
function percentile(values, p) {
  if (values.length === 0) throw new Error("percentile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
}

// lib/load/capacity-control.ts
var elapsedS = () => (Date.now() - execution_default.scenario.startTime) / 1e3;
var inScenario = false;
function enterStep(shape) {
  inScenario = true;
  const at = stepAt(elapsedS(), shape);
  execution_default.vu.metrics.tags.step = at ? String(at.users) : "after";
  execution_default.vu.metrics.tags.window = at?.steady ? "steady" : "settle";
}
function watchSweep(shape, targets) {
  const seen = [];
  let watching;
  let current = { index: -1, durations: [], errors: 0 };
  const close = () => {
    if (current.index < 0) return;
    const users = shape.levels[current.index];
    const steadyS = shape.stepS - shape.settleS;
    const n = current.durations.length;
    seen.push({
      users,
      x: users * n / steadyS,
      p95Ms: n > 0 ? percentile(current.durations, 95) : null,
      errorRate: n > 0 ? current.errors / n : 0
    });
    const reason = stopReason(seen, targets);
    if (reason && current.index < shape.levels.length - 1) execution_default.test.abort(`${SWEEP_DONE} ${reason}`);
  };
  observeRequests((_endpoint, durationMs, ok) => {
    if (!inScenario || watching === false) return;
    const at = stepAt(elapsedS(), shape);
    if (!at) return;
    watching ??= at.index === 0;
    if (!watching) return;
    if (at.index !== current.index) {
      close();
      current = { index: at.index, durations: [], errors: 0 };
    }
    if (!at.steady) return;
    current.durations.push(durationMs);
    if (!ok) current.errors++;
  });
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

// lib/metrics/metrics.ts
var chapterGenerationMs = new Trend("chapter_generation_ms", true);
var courseGenerationMs = new Trend("course_generation_ms", true);
var courseGenerationObservedMs = new Trend("course_generation_observed_ms", true);
var generationFailed = new Rate("generation_failed");
var coursesCreated = new Counter("courses_created");
var workflowSuccess = new Rate("workflow_success");
var workflowErrors = new Counter("workflow_errors");

// lib/users/session.ts
var relogins = new Counter("relogins");

// lib/workflows/workflows.ts
function uniqueTitle(kind, ctx) {
  return `perf-${kind} ${ctx.data.runId} vu${execution_default.vu.idInTest} it${execution_default.vu.iterationInScenario}`;
}

// lib/workflows/read-write-mix.ts
var seeded2 = ({ data }) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)];
function createReadDelete(api, ctx) {
  const created = api.createCourse({
    title: uniqueTitle("scratch", ctx),
    topic: "algebra",
    level: "beginner",
    chapter_count: 2
  });
  if (!created.body) return;
  coursesCreated.add(1);
  api.getCourse(created.body.id);
  api.deleteCourse(created.body.id);
}
var MIX2 = [
  { weight: 25, task: (api) => api.listCourses({ limit: 20 }) },
  { weight: 12, task: (api, ctx) => api.getCourse(seeded2(ctx)) },
  { weight: 12, task: (api, ctx) => api.getChapter(seeded2(ctx), 1) },
  { weight: 3, task: createReadDelete }
];
function readWriteMixTask(api, ctx) {
  pickWeighted(MIX2)(api, ctx);
}

// scenarios/capacity.ts
var config2 = guardedConfig("capacity");
var { levels, mix, stepS, settleS, confirmUsers, confirmS, confirmRampS } = capacityEntry.settings(__ENV);
var confirming = confirmUsers > 0;
var sweep = { levels, stepS, settleS };
var confirmShape = {
  levels: [confirmUsers],
  stepS: confirmRampS + confirmS,
  settleS: confirmRampS + Math.min(settleS, confirmS / 2)
};
if (!confirming) watchSweep(sweep, config2.targets);
var client;
function capacityUser(data) {
  if (!client && confirming) sleep(Math.random() * config2.thinkTimeS.max);
  client ??= new ApiClient(config2.baseUrl, config2.apiTimeoutS, data.tokens.regular);
  enterStep(confirming ? confirmShape : sweep);
  if (mix === "read") readMixRequest(client, data);
  else readWriteMixTask(client, { config: config2, data });
  if (confirming) think(config2.thinkTimeS);
}

// entry:entry:capacity
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
return { capacityUser: capacityUser, handleSummary: handleSummary, options: options, pollResources: pollResources2, setup: setup, teardown: teardown2 };
})();
export const capacityUser = loadSide.capacityUser;
export const handleSummary = loadSide.handleSummary;
export const options = loadSide.options;
export const pollResources = loadSide.pollResources;
export const setup = loadSide.setup;
export const teardown = loadSide.teardown;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIms2LXRhYmxlOms2IiwiazYtdGFibGU6azYvZXhlY3V0aW9uIiwiazYtdGFibGU6azYvaHR0cCIsIms2LXRhYmxlOms2L21ldHJpY3MiLCJrNi10YWJsZTprNi9kYXRhIiwiazYtdGFibGU6azYvc2VjcmV0cyIsIi4uL3NjZW5hcmlvcy9jYXBhY2l0eS50cyIsIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCIuLi9saWIvbG9hZC9vcGVuLW1vZGVsLnRzIiwiLi4vbGliL2xvYWQvc2hhcGVzLnRzIiwiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwiLi4vbGliL2NvbmZpZy9lbnYudHMiLCIuLi9saWIvY29uZmlnL3NoYXJlZC1jb25maWcudHMiLCIuLi9saWIvdXNlcnMvcG9vbC50cyIsIi4uL2xpYi91c2Vycy9zZXR1cC50cyIsIi4uL2xpYi9odHRwL2FwaS50cyIsIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsIi4uL2xpYi9odHRwL3JvdXRlcy50cyIsIi4uL2xpYi91c2Vycy9kYXRhc2V0LnRzIiwiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwiLi4vbGliL2xvYWQvY2FwYWNpdHktY29udHJvbC50cyIsIi4uL2xpYi9sb2FkL2NhcGFjaXR5LXN0ZXBzLnRzIiwiLi4vbGliL2xvYWQvcGhhc2UtbWF0aC50cyIsIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwiLi4vbGliL3JlcG9ydC9zdW1tYXJ5LWRhdGEudHMiLCIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwiLi4vbGliL3JlcG9ydC9tYXJrZG93bi50cyIsIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsIi4uL2xpYi93b3JrZmxvd3MvcmVhZC1taXgudHMiLCIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsIi4uL2xpYi93b3JrZmxvd3MvZ2VuZXJhdGlvbi50cyIsIi4uL2xpYi93b3JrZmxvd3MvcmVhZC13cml0ZS1taXgudHMiLCIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwiZ2x1ZTpnbHVlOmNhcGFjaXR5IiwiazYtb25jZTprNiIsIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCIuLi9saWIvY29uZmlnL2NvbmZpZy50cyIsIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsIms2LW9uY2U6azYvZXhlY3V0aW9uIiwiazYtb25jZTprNi9odHRwIiwiazYtb25jZTprNi9tZXRyaWNzIiwiazYtb25jZTprNi9kYXRhIiwiLi4vbGliL2NvbmZpZy9zaGFyZWQtY29uZmlnLnRzIiwiLi4vbGliL2NvbmZpZy9lbnYtbG9hZC1zaWRlLnRzIiwiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwiLi4vbGliL3VzZXJzL3Bvb2wudHMiLCJrNi1vbmNlOms2L3NlY3JldHMiLCIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCIuLi9saWIvaHR0cC9hcGkudHMiLCIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsIi4uL2xpYi9jb25maWcvZW50cnkudHMiLCIuLi9saWIvbG9hZC9jYXBhY2l0eS1zdGVwcy50cyIsIi4uL2xpYi9sb2FkL3BoYXNlLW1hdGgudHMiLCIuLi9saWIvbG9hZC9jYXBhY2l0eS1jb250cm9sLnRzIiwiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCIuLi9saWIvd29ya2Zsb3dzL3JlYWQtbWl4LnRzIiwiLi4vbGliL21ldHJpY3MvbWV0cmljcy50cyIsIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCIuLi9saWIvd29ya2Zsb3dzL3JlYWQtd3JpdGUtbWl4LnRzIiwiLi4vc2NlbmFyaW9zL2NhcGFjaXR5LnRzIiwiZW50cnk6ZW50cnk6Y2FwYWNpdHkiXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxRQUFBLGFBQUFBLFlBQUE7TUFBQSxjQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxJQUFJO0FBQzVEQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLG9CQUFBRixZQUFBO01BQUEsd0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLGNBQWM7QUFDdEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZUFBQUYsWUFBQTtNQUFBLG1CQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxTQUFTO0FBQ2pFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBRixZQUFBO01BQUEsc0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFlBQVk7QUFDcEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZUFBQUYsWUFBQTtNQUFBLG1CQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxTQUFTO0FBQ2pFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBRixZQUFBO01BQUEsc0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFlBQVk7QUFDcEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsbUJBQUEsQ0FBQTtBQUFBLGFBQUEsa0JBQUE7TUFBQSxjQUFBLE1BQUFDO01BQUEsZUFBQSxNQUFBQztNQUFBLFNBQUEsTUFBQUM7TUFBQSxlQUFBLE1BQUFDO01BQUEsT0FBQSxNQUFBQztNQUFBLFVBQUEsTUFBQUM7SUFBQSxDQUFBO0FBQUEsV0FBQSxVQUFBLGFBQUEsZ0JBQUE7QUFhQSxRQUFBQyxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FDb0JmLFFBQU1DLG1CQUFxQyxPQUFPLE9BQU87TUFDOUQsVUFBVTtNQUNWLFVBQVU7TUFDVixhQUFhO01BQ2IsYUFBYTtNQUNiLFlBQVk7TUFDWixjQUFjO01BQ2QsYUFBYTtNQUNiLFdBQVc7TUFDWCxjQUFjO01BQ2QsVUFBVTtNQUNWLFlBQVk7TUFDWixzQkFBc0I7SUFDeEIsQ0FBQztBQ3JDTSxRQUFNQyxTQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELFFBQU1DLGtCQUFOLGNBQTZCLE1BQU07TUFDL0IsT0FBTztJQUNsQjtBQU1PLGFBQVNDLGVBQWNDLE9BQWMsTUFBd0I7QUFDbEUsWUFBTSxXQUFxQixFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxFQUFFO0FBQy9ELFlBQU1DLFNBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELGNBQU0sSUFBSUgsZ0JBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO01BQ3JGO0FBQ0EsVUFBSTtBQUNKLFVBQUksUUFBUTtBQUNaLFlBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFlBQU0sT0FBT0UsTUFBSyxXQUFXLENBQUMsTUFBTSxRQUFTQSxNQUFLLE1BQU0sQ0FBQyxJQUFJQTtBQUM3RCxZQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsZUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxjQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFlBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixjQUFNLFNBQW1CLENBQUM7QUFDMUIsWUFBSSxRQUFRO0FBQ1osWUFBSSxTQUFTO0FBQ2IsWUFBSSxZQUFZO0FBQ2hCLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLGdCQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLGNBQUksUUFBUTtBQUNWLGdCQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsdUJBQVM7QUFDVDtZQUNGLFdBQVcsTUFBTSxJQUFLLFVBQVM7Z0JBQzFCLFVBQVM7VUFDaEIsV0FBVyxNQUFNLEtBQUs7QUFDcEIsbUJBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsb0JBQVE7QUFDUix3QkFBWTtVQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MscUJBQVMsWUFBWTtBQUNyQixvQkFBUTtVQUNWLE1BQU8sVUFBUztRQUNsQjtBQUNBLFlBQUksT0FBUUMsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsWUFBSSxDQUFDLFNBQVM7QUFDWixnQkFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUM7QUFDL0MsZ0JBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLGNBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0RBLFlBQUFBLE9BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztVQUNoSDtBQUNBLG9CQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sR0FBRyxVQUFVLEdBQUcsVUFBVSxHQUFHLE1BQU0sR0FBRyxNQUFNLEVBQUU7QUFDM0Usa0JBQVEsT0FBTztBQUNmO1FBQ0Y7QUFDQSxZQUFJLE9BQU8sV0FBVyxNQUFPQSxDQUFBQSxPQUFLLElBQUksR0FBRyxZQUFZLEtBQUssZ0NBQWdDLE9BQU8sTUFBTSxFQUFFO0FBQ3pHLGNBQU0sUUFBUSxPQUFPLFFBQVEsS0FBSyxLQUFLO0FBQ3ZDLGNBQU0sV0FBVyxPQUFPLFFBQVEsUUFBUSxLQUFLO0FBQzdDLGNBQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxLQUFLLElBQUksWUFBWTtBQUN0RCxZQUFJLFVBQVUsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxZQUFJLGFBQWEsR0FBSUEsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxZQUFJLENBQUVKLE9BQTRCLFNBQVMsSUFBSTtBQUM3Q0ksVUFBQUEsT0FBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixZQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHQSxDQUFBQSxPQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLGFBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixpQkFBUyxJQUFZLEVBQUUsS0FBSyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ2pEO0FBQ0EsVUFBSSxDQUFDLFFBQVNBLENBQUFBLE9BQUssR0FBRyxxRkFBcUY7QUFDM0csYUFBTztJQUNUO0FBR08sYUFBU0MsZUFBYyxNQUFjLE1BQXlCO0FBQ25FLFlBQU0sUUFBbUIsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMxRCxZQUFNLFdBQVc7QUFDakIsaUJBQVcsUUFBUSxLQUNoQixNQUFNLEdBQUcsRUFDVCxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxFQUNuQixPQUFPLENBQUMsTUFBTSxNQUFNLEVBQUUsR0FBRztBQUMxQixjQUFNLFFBQVEsb0NBQW9DLEtBQUssSUFBSTtBQUMzRCxZQUFJLENBQUM7QUFDSCxnQkFBTSxJQUFJSixnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU0sSUFBSSxtQkFBbUIsUUFBUSxFQUFFO0FBQ3pHLGNBQU0sTUFBTSxDQUFDLENBQVMsSUFBSSxPQUFPLE1BQU0sQ0FBQyxDQUFDO01BQzNDO0FBQ0EsVUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU0sVUFBVTtBQUNoRCxjQUFNLElBQUlBLGdCQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsY0FBYyxRQUFRLEVBQUU7QUFDMUYsYUFBTztJQUNUO0FBR08sYUFBU0ssV0FBVSxNQUFZLEdBQW1CO0FBQ3ZELGFBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUM5QztBQUdPLGFBQVNDLHFCQUFvQixPQUFrQixRQUFtQixRQUFvQztBQUMzRyxpQkFBVyxRQUFRUCxRQUFPO0FBQ3hCLFlBQUksT0FBTyxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksSUFBSSxPQUFPLElBQUksR0FBRztBQUNsRCxpQkFDRSxHQUFHLE1BQU0sUUFBUSxNQUFNLElBQUksQ0FBQyxJQUFJLElBQUksMERBQTBELE9BQU8sSUFBSSxDQUFDO1FBRzlHO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFPTyxhQUFTUSxXQUFVLFdBQTREO0FBQ3BGLFVBQUksUUFBUTtBQUNaLGlCQUFXLEtBQUssT0FBTyxPQUFPLFNBQVMsR0FBRztBQUN4QyxjQUFNLFNBQVUsRUFBRSxVQUErQyxDQUFDO0FBQ2xFLGNBQU0sT0FBTyxLQUFLLElBQUksT0FBTyxFQUFFLFlBQVksQ0FBQyxHQUFHLEdBQUcsT0FBTyxJQUFJLENBQUMsVUFBVSxNQUFNLE1BQU0sQ0FBQztBQUNyRixZQUFJLEVBQUUsYUFBYSxjQUFlLFVBQVM7aUJBQ2xDLE9BQU8sRUFBRSxXQUFXLFNBQVUsVUFBUyxFQUFFO2lCQUN6QyxPQUFPLEVBQUUsb0JBQW9CLFNBQVUsVUFBUyxFQUFFO1lBQ3RELFVBQVMsT0FBTyxFQUFFLE9BQU8sQ0FBQztNQUNqQztBQUNBLGFBQU87SUFDVDtBQzFGTyxRQUFNQyxlQUFOLGNBQTBCLE1BQU07TUFDNUIsT0FBTztJQUNsQjtBQUdPLFFBQU1DLGlCQUFnQixLQUFLO0FBQzNCLFFBQU1DLG1CQUFrQjtBQUkvQixhQUFTQyxLQUFJLEtBQVUsTUFBa0M7QUFDdkQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixhQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztJQUN0RDtBQUVBLGFBQVNSLE1BQUssTUFBYyxPQUFlLFVBQXlCO0FBQ2xFLFlBQU0sSUFBSUssYUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0lBQ3hGO0FBRUEsYUFBU0ksVUFBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixhQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsY0FBTSxRQUFRRCxLQUFJLEtBQUssSUFBSTtBQUMzQixZQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLGNBQU0sV0FBVyxHQUFHLElBQUksU0FBUyxHQUFHLE9BQU8sR0FBRztBQUM5QyxZQUFJLENBQUMsb0JBQW9CLEtBQUssS0FBSyxFQUFHLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDaEUsY0FBTSxTQUFTLE9BQU8sS0FBSztBQUMzQixZQUFLLFdBQVcsQ0FBQyxPQUFPLFVBQVUsTUFBTSxLQUFNLFNBQVMsT0FBTyxTQUFTLElBQUssQ0FBQUEsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0RyxlQUFPO01BQ1Q7SUFDRjtBQUdBLFFBQU0sVUFBVSxDQUFDLEtBQWEsUUFBZ0JTLFVBQVMsS0FBSyxLQUFLLDZCQUE2QixJQUFJO0FBQ2xHLFFBQU0sUUFBUSxDQUFDLEtBQWEsUUFBZ0JBLFVBQVMsS0FBSyxLQUFLLGtCQUFrQixJQUFJO0FBQ3JGLFFBQU1DLFVBQVNELFVBQVMsR0FBRyxNQUFXLDJCQUEyQixLQUFLO0FBQ3RFLFFBQU1FLFlBQVdGLFVBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBRS9ELFFBQU0sT0FBcUIsQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUNsRCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBSSxNQUFNLEtBQUssTUFBTSxHQUFJLENBQUFULE1BQUssTUFBTSxPQUFPLG1CQUFtQjtBQUM5RCxhQUFPO0lBQ1Q7QUFFQSxhQUFTLElBQUksS0FBVSxNQUFjLFVBQWtEO0FBQ3JGLFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxZQUFNLFFBQVEsaUVBQWlFLEtBQUssS0FBSztBQUN6RixVQUFJLENBQUMsTUFBTyxDQUFBUixNQUFLLE1BQU0sT0FBTyw4Q0FBOEM7QUFDNUUsYUFBTyxNQUFNLFFBQVEsUUFBUSxFQUFFO0lBQ2pDO0FBRUEsYUFBUyxRQUFRLEtBQVUsTUFBaUM7QUFDMUQsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDcEUsWUFBTSxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSSxDQUFDLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFDeEQsWUFBTSxXQUFXO0FBQ2pCLFVBQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxDQUFBUixNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9GLFlBQU0sQ0FBQyxTQUFTLE9BQU8sS0FBSyxJQUFJLE1BQU0sSUFBSSxNQUFNO0FBQ2hELFVBQUksVUFBVSxRQUFRLFVBQVUsSUFBSyxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQy9ELGFBQU8sRUFBRSxTQUFTLE9BQU8sTUFBTTtJQUNqQztBQUVBLGFBQVMsVUFBVSxLQUFVLE1BQW9DO0FBQy9ELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLEtBQUssR0FBRyxLQUFLLEVBQUU7QUFDakQsWUFBTSxRQUFRLHlDQUF5QyxLQUFLLEtBQUs7QUFDakUsWUFBTSxXQUFXO0FBQ2pCLFVBQUksQ0FBQyxNQUFPLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEMsWUFBTSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDM0IsWUFBTSxNQUFNLE1BQU0sQ0FBQyxNQUFNLFNBQVksTUFBTSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzFELFVBQUksTUFBTSxPQUFPLE1BQU0sR0FBSSxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3JELGFBQU8sRUFBRSxLQUFLLElBQUk7SUFDcEI7QUFFQSxhQUFTLEtBQUssS0FBVSxNQUF1QjtBQUM3QyxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsTUFBTSxVQUFVLFdBQVcsVUFBVSxJQUFLLFFBQU87QUFDdEYsVUFBSSxVQUFVLFVBQVUsVUFBVSxJQUFLLFFBQU87QUFDOUMsYUFBT1IsTUFBSyxNQUFNLE9BQU8sZUFBZTtJQUMxQztBQUVBLGFBQVMsU0FBUyxLQUFVLE1BQXdCO0FBQ2xELFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxHQUFJLFFBQU8sQ0FBQztBQUNqRCxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssRUFBRSxZQUFZLENBQUM7QUFDdEUsVUFBSSxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsbUNBQW1DLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFDeEUsUUFBQVIsTUFBSyxNQUFNLE9BQU8sc0ZBQXNGO01BQzFHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxZQUFZLEtBQVUsUUFBZ0IsZUFBdUIsa0JBQXVDO0FBQzNHLGFBQU87UUFDTCxPQUFPLEtBQUssS0FBSyxHQUFHLE1BQU0sVUFBVSxhQUFhO1FBQ2pELFVBQVUsS0FBSyxLQUFLLEdBQUcsTUFBTSxhQUFhLGdCQUFnQjtNQUM1RDtJQUNGO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBcUM7QUFDL0QsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNoRCxVQUFJO0FBQ0YsZUFBT1AsZUFBYyxPQUFPLElBQUk7TUFDbEMsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJSSxhQUFZLGlCQUFpQlIsa0JBQWlCLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztNQUN2RjtJQUNGO0FBRUEsYUFBUyxRQUFRLEtBQTZCO0FBQzVDLFlBQU0sVUFBVSxNQUFNLEdBQUcsR0FBSSxFQUFFLEtBQUssK0JBQStCLEVBQUU7QUFDckUsWUFBTSxZQUFZLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSyxpQ0FBaUMsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDO0FBQzNGLFVBQUksWUFBWTtBQUNkLFFBQUFHLE1BQUssaUNBQWlDLE9BQU8sU0FBUyxHQUFHLHdDQUF3QyxPQUFPLEdBQUc7QUFDN0csYUFBTztRQUNMO1FBQ0E7UUFDQSxRQUFRLEtBQUssS0FBSyw0QkFBNEI7UUFDOUMsZ0JBQWdCLEtBQUssS0FBSyxzQ0FBc0M7TUFDbEU7SUFDRjtBQUdPLGFBQVMsWUFBWSxLQUFrQjtBQUM1QyxZQUFNLElBQUlMO0FBQ1YsWUFBTSxZQUFZLFFBQVEsR0FBRyxJQUFJLEtBQUssSUFBSSxFQUFFLEtBQUssNkJBQTZCLEVBQUU7QUFDaEYsWUFBTSxVQUFVLFFBQVEsR0FBR1csY0FBYTtRQUN0QztRQUNBO1FBQ0EsS0FBSyxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUM7TUFDckQ7QUFDQSxhQUFPO1FBQ0wsU0FBUyxJQUFJLEtBQUssWUFBWSx1QkFBdUI7UUFDckQsT0FBTztVQUNMLFNBQVMsWUFBWSxLQUFLLGdCQUFnQix1QkFBdUIsa0JBQWtCO1VBQ25GLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtVQUMzRSxPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7UUFDN0U7UUFDQTtRQUNBLGlCQUFpQixNQUFNLEdBQUcsR0FBTyxFQUFFLEtBQUssZ0NBQWdDLEdBQUc7UUFDM0UsYUFBYSxRQUFRLEdBQUcsSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUU7UUFDaEU7UUFDQSxXQUFXLFFBQVEsR0FBR0MsZ0JBQWUsRUFBRSxLQUFLLHlCQUF5QixLQUFLLElBQUksSUFBSSxPQUFPLENBQUM7UUFDMUYsU0FBUyxRQUFRLEtBQUssMEJBQTBCO1FBQ2hELFlBQVksVUFBVSxLQUFLLHdCQUF3QjtRQUNuRCxlQUFlRSxVQUFTLEtBQUssSUFBSSxzQkFBc0IsS0FBSyxFQUFFLEtBQUssNEJBQTRCLENBQUM7UUFDaEcsb0JBQW9CLFFBQVEsR0FBRyxLQUFLLElBQUksRUFBRSxLQUFLLHNCQUFzQixHQUFHO1FBQ3hFLG1CQUFtQixNQUFNLEdBQUcsRUFBRSxFQUFFLEtBQUssdUJBQXVCLENBQUM7UUFDN0QsWUFBWSxJQUFJLEtBQUssZUFBZSxNQUFTO1FBQzdDLGVBQWUsS0FBSyxLQUFLLGdCQUFnQjtRQUN6QyxjQUFjLFNBQVMsS0FBSywyQkFBMkI7UUFDdkQsU0FBUztVQUNQLFVBQVVDLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELFVBQVVBLFFBQU8sS0FBSyx3QkFBd0IsRUFBRSxRQUFRO1VBQ3hELGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLGFBQWFBLFFBQU8sS0FBSywyQkFBMkIsRUFBRSxXQUFXO1VBQ2pFLFlBQVlBLFFBQU8sS0FBSywwQkFBMEIsRUFBRSxVQUFVO1VBQzlELGNBQWMsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssMkJBQTJCLEVBQUUsZUFBZSxHQUFJLElBQUk7VUFDN0YsYUFBYUMsVUFBUyxLQUFLLDBCQUEwQixFQUFFLFdBQVc7VUFDbEUsV0FBV0EsVUFBUyxLQUFLLHdCQUF3QixFQUFFLFNBQVM7VUFDNUQsY0FBY0Y7WUFDWjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxZQUFZO1VBQ2hELFVBQVUsTUFBTSxHQUFHLE9BQVMsRUFBRSxLQUFLLDRCQUE0QixFQUFFLFFBQVE7VUFDekUsWUFBWUEsVUFBUyxHQUFHLEtBQUssZ0JBQWdCLEtBQUssRUFBRSxLQUFLLHlCQUF5QixFQUFFLFVBQVU7VUFDOUYsc0JBQXNCQTtZQUNwQjtZQUNBO1lBQ0E7WUFDQTtVQUNGLEVBQUUsS0FBSyxzQ0FBc0MsRUFBRSxvQkFBb0I7UUFDckU7UUFDQSxXQUFXRCxLQUFJLEtBQUssd0JBQXdCLEtBQUs7UUFDakQsV0FBVyxTQUFTLEtBQUssWUFBWTtRQUNyQyxlQUFlLEtBQUssS0FBSyw0QkFBNEI7UUFDckQsU0FBUyxRQUFRLEdBQUc7TUFDdEI7SUFDRjtBQUdBLGFBQVMsT0FBTyxTQUF5QjtBQUN2QyxZQUFNLFFBQVEsbUNBQW1DLEtBQUssT0FBTztBQUM3RCxjQUFRLFFBQVEsQ0FBQyxLQUFLLElBQUksWUFBWTtJQUN4QztBQUVBLGFBQVMsV0FBVyxNQUF1QjtBQUN6QyxhQUFPLFNBQVMsZUFBZSxTQUFTLFdBQVcsU0FBUyxTQUFTLG1DQUFtQyxLQUFLLElBQUk7SUFDbkg7QUFNTyxhQUFTLG9CQUFvQkksVUFBZ0IsT0FBcUI7QUFDdkUsWUFBTSxPQUFPLE9BQU9BLFNBQU8sT0FBTztBQUNsQyxVQUFJLFdBQVcsSUFBSSxLQUFLQSxTQUFPLGFBQWEsU0FBUyxJQUFJLEVBQUc7QUFDNUQsWUFBTSxJQUFJUDtRQUNSLG9CQUFvQixLQUFLLGFBQWFPLFNBQU8sT0FBTyxLQUFLLElBQUksb0dBQ2EsSUFBSTtNQUNoRjtJQUNGO0FBTU8sYUFBU0MsV0FDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsWUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELGFBQU9KLFVBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7SUFDekY7QUNwT0EsUUFBTUssZ0JBQWUsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsTUFBTSxNQUFNLDRCQUE0QjtBQUNqSCxRQUFNQyxlQUFjLENBQUMsS0FBYSxTQUFpQixFQUFFLEtBQUssS0FBSyxTQUFTLEtBQUs7QUFvSTdFLGFBQVNDLGdCQUFlLEtBQW9CO0FBQzFDLFlBQU0sT0FBTyxJQUFJLGlCQUFpQixLQUFLO0FBQ3ZDLFVBQUksTUFBTTtBQUNSLGNBQU1DLFVBQVMsS0FBSyxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxPQUFPLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDaEUsY0FBTSxNQUFNQSxRQUFPLEtBQUssQ0FBQyxHQUFHLE1BQU0sQ0FBQyxPQUFPLFVBQVUsQ0FBQyxLQUFLLElBQUksS0FBSyxJQUFJLE9BQVksSUFBSSxLQUFLLEtBQUtBLFFBQU8sSUFBSSxDQUFDLENBQUc7QUFDaEgsWUFBSSxPQUFPQSxRQUFPLFNBQVM7QUFDekIsZ0JBQU0sSUFBSTtZQUNSLDJCQUEyQixLQUFLLFVBQVUsSUFBSSxDQUFDO1VBQ2pEO0FBQ0YsZUFBT0E7TUFDVDtBQUNBLFlBQU0sTUFBTUosV0FBVSxLQUFLLHNCQUFzQixJQUFJRSxhQUFZLEdBQUcsR0FBTyxDQUFDO0FBQzVFLFlBQU1FLFdBQW1CLENBQUM7QUFDMUIsZUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLEtBQUssRUFBR0EsQ0FBQUEsU0FBTyxLQUFLLENBQUM7QUFDOUMsYUFBTyxDQUFDLEdBQUdBLFVBQVEsR0FBRztJQUN4QjtBQUVPLFFBQU1DLGlCQUFnQjtNQUMzQixPQUFPO01BQ1AsUUFDRTtNQUNGLFVBQVUsQ0FBQyxRQUFRO0FBQ2pCLGNBQU1DLFVBQVFOLFdBQVUsS0FBSyxtQkFBbUIsSUFBSUMsY0FBYSxHQUFHLElBQUksQ0FBQztBQUN6RSxjQUFNTSxZQUFVUCxXQUFVLEtBQUsscUJBQXFCLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTU0sVUFBUSxDQUFDLENBQUMsQ0FBQyxHQUFHO1VBQ25HLEtBQUs7VUFDTCxLQUFLO1VBQ0wsTUFBTTtRQUNSLENBQUM7QUFDRCxZQUFJQyxhQUFXRDtBQUNiLGdCQUFNLElBQUk7WUFDUixxQkFBcUJDLFNBQU8seUNBQXlDRCxPQUFLO1VBQzVFO0FBQ0YsZUFBTztVQUNMLFFBQVFILGdCQUFlLEdBQUc7VUFDMUIsS0FBS0ssYUFBWSxHQUFHO1VBQ3BCLE9BQUFGO1VBQ0EsU0FBQUM7O1VBRUEsY0FBY1AsV0FBVSxLQUFLLDBCQUEwQixHQUFHRSxhQUFZLEdBQUcsR0FBTyxDQUFDOztVQUVqRixVQUFVRixXQUFVLEtBQUssc0JBQXNCLElBQUlDLGNBQWEsR0FBRyxLQUFNLENBQUM7O1VBRTFFLGNBQWNELFdBQVUsS0FBSywyQkFBMkIsSUFBSUMsY0FBYSxHQUFHLElBQUksQ0FBQztRQUNuRjtNQUNGO0lBQ0Y7QUFpREEsYUFBU08sYUFBWSxLQUFnQztBQUNuRCxZQUFNLFFBQVEsSUFBSSxjQUFjLEtBQUssS0FBSztBQUMxQyxVQUFJLFVBQVUsZUFBZSxVQUFVO0FBQ3JDLGNBQU0sSUFBSTtVQUNSLHdCQUF3QixLQUFLLFVBQVUsS0FBSyxDQUFDO1FBQy9DO0FBQ0YsYUFBTztJQUNUO0FDalBBLFFBQUk7QUFDSixRQUFNLFVBQVUsTUFDYixhQUFhO01BQ1osWUFBWTtNQUNaLFNBQVM7TUFDVCxZQUFZO0lBQ2Q7QUFHSyxhQUFTQyxXQUFVLFFBQWdCLE1BQXVDO0FBQy9FLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsWUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxVQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFlBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLGdCQUFNLElBQUk7WUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtVQUMxQztRQUNGO01BQ0Y7QUFDQSxhQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7SUFDaEY7QUFHTyxhQUFTLFdBQVcsTUFBbUQ7QUFDNUUsWUFBTUMsZUFBYSxRQUFRLEVBQUUsV0FBVyxLQUFLLEtBQUssSUFBSTtBQUN0RCxVQUFJLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDQSxnQkFBYyxPQUFPQSxhQUFXLENBQUMsQ0FBQyxJQUFJLE1BQU07QUFDOUUsY0FBTSxJQUFJLE1BQU0sdUJBQXVCLEtBQUssSUFBSSxnQ0FBZ0M7TUFDbEY7QUFDQSxVQUFJLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSztBQUM3QixjQUFNLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSyxxQ0FBcUM7QUFDcEcsYUFBTyxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssRUFBRSxHQUFHLEtBQUssS0FBSztJQUM1QztBQUVBLGFBQVMsS0FBSyxNQUF5QjtBQUNyQyxZQUFNeEIsUUFBTyxXQUFXLElBQUk7QUFDNUIsVUFBSSxDQUFDLEtBQUssWUFBYSxRQUFPQTtBQUM5QixhQUFPO1FBQ0wsV0FBV0E7UUFDWCxhQUFhO1FBQ2IsR0FBSSxLQUFLLGlCQUFpQixFQUFFLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxDQUFDO01BQ3ZFO0lBQ0Y7QUFHTyxhQUFTeUIsZ0JBQWUsT0FBNkI7QUFDMUQsWUFBTSxNQUFvQixDQUFDO0FBQzNCLGlCQUFXLFFBQVEsT0FBTztBQUN4QixjQUFNLE1BQU1GLFdBQVUsS0FBSyxRQUFRLEtBQUssSUFBSTtBQUM1QyxZQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUksSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFJLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDO01BQzFEO0FBQ0EsYUFBTztJQUNUO0FDekNPLFFBQU1HLGlCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FDc0RsRSxRQUFNQyx1QkFBc0IsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFNBQVMsU0FBUyxTQUFTLE9BQU87QUFHM0YsYUFBU0MsYUFBWUMsT0FBYyxRQUFpRCxXQUFXLEdBQWE7QUFDakgsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFBQTtRQUNBO1FBQ0EsUUFBUSxPQUFPLElBQUksQ0FBQyxPQUFPLEVBQUUsVUFBVSxHQUFHLEVBQUUsU0FBUyxLQUFLLFFBQVEsRUFBRSxPQUFPLEVBQUU7UUFDN0Usa0JBQWtCO1FBQ2xCLGNBQWM7TUFDaEI7SUFDRjtBQ3pHQSxRQUFBbEMsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBbUMsb0JBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGVBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsa0JBQStCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDTi9CLFFBQUFDLGVBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNEckIsUUFBTUMsaUJBQWdCO0FES3RCLFFBQU1yQixVQUFpQixZQUFZLEtBQUs7QUFFL0MsUUFBSW9CLGFBQUEsWUFBWUMsZ0JBQWUsTUFBTSxDQUFDckIsT0FBTSxDQUFDO0FBR3RDLGFBQVNzQixlQUFjLE9BQXVCO0FBQ25ELDBCQUFvQnRCLFNBQVEsS0FBSztBQUNqQyxhQUFPQTtJQUNUO0FEREEsYUFBU3VCLGtCQUFpQjtBQUN4QixhQUFPOztRQUVMLFlBQVksSUFBSUosZ0JBQUEsTUFBTSxvQkFBb0I7O1FBRTFDLGlCQUFpQixJQUFJQSxnQkFBQSxNQUFNLDBCQUEwQjs7UUFFckQsVUFBVSxJQUFJQSxnQkFBQSxNQUFNLGtCQUFrQjs7UUFFdEMsZ0JBQWdCLElBQUlBLGdCQUFBLFFBQVEsd0JBQXdCOztRQUVwRCxjQUFjLElBQUlBLGdCQUFBLE1BQU0saUNBQWlDO01BQzNEO0lBQ0Y7QUFHQSxRQUFNSyxVQUFTLFNBQVMsS0FBS3hCLFFBQU8sZUFBZSxTQUFZdUIsZ0JBQWUsSUFBSTtBQVdsRixRQUFNRSxRQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsUUFBSUMsVUFBUztBQUNiLFFBQUlDO0FBQ0osUUFBSUMsY0FBYTtBQU1qQixhQUFTQyxXQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFlBQU0sTUFBTVgsYUFBQVksUUFBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO1FBQ3RFLEdBQUdMO1FBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7TUFDaEQsQ0FBVTtBQUNWLGFBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0lBQzlDO0FBR0EsUUFBTSxTQUFTO0FBVVIsYUFBU00sbUJBQWtCLFdBQW1CLFdBQThCO0FBQ2pGLGFBQU87UUFDTCxVQUFVO1FBQ1YsTUFBTTtRQUNOLEtBQUs7UUFDTCxVQUFVLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDO1FBQzlDLGNBQWMsR0FBRyxNQUFNO1FBQ3ZCLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO01BQ25DO0lBQ0Y7QUFFQSxhQUFTQyxPQUFTLE1BQThCO0FBQzlDLFVBQUk7QUFDRixlQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7TUFDOUQsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBU08sYUFBU3JELGVBQWMsWUFBMEI7QUFFdEQsVUFBSSxDQUFDaUQsWUFBWSxDQUFBQSxjQUFhQyxXQUFVLFlBQVksTUFBTTtBQUMxRCxpQkFBUztBQUNQLGNBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBQUksVUFBUyxVQUFVO0FBQ25CLFNBQUEsR0FBQW5ELFlBQUEsT0FBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFlBQUltQyxrQkFBQUQsUUFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxZQUFJQyxrQkFBQUQsUUFBSyxTQUFTLGFBQWEsRUFBRztNQUNwQztBQUNBLE1BQUFhLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLE1BQUFJLFVBQVMsVUFBVTtJQUNyQjtBQUVBLGFBQVNBLFVBQVMsWUFBMEI7QUFDMUMsWUFBTSxNQUFNZixhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQkosT0FBTSxJQUFJRCxLQUFhO0FBQzNFLFlBQU0sT0FDSixJQUFJLFdBQVcsTUFBTU8sT0FBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsVUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsUUFBQVIsUUFBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtNQUNGO0FBQ0EsVUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFlBQUlHLGdCQUFlLFVBQWEsS0FBSyxTQUFTQSxZQUFZLENBQUFILFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBU0csV0FBVTtBQUM3RyxRQUFBQSxjQUFhLEtBQUs7TUFDcEI7QUFDQSxpQkFBV08sV0FBVSxLQUFLLFNBQVM7QUFDakMsUUFBQVIsVUFBUyxLQUFLLElBQUlBLFNBQVFRLFFBQU8sR0FBRztBQUNwQyxZQUFJQSxRQUFPLFVBQVUsVUFBYUEsUUFBTyxVQUFVLE9BQVE7QUFDM0QsUUFBQVYsUUFBUSxXQUFXLElBQUlVLFFBQU8sV0FBVztBQUN6QyxRQUFBVixRQUFRLGdCQUFnQixJQUFJVSxRQUFPLGlCQUFpQjtBQUNwRCxRQUFBVixRQUFRLFNBQVMsSUFBSVUsUUFBTyxTQUFTO01BQ3ZDO0FBR0EsVUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixRQUFBakIsa0JBQUFELFFBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtJQUN2RjtBQU9PLGFBQVNtQixTQUFRLFlBQTBCO0FBQ2hELE1BQUFOLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLFlBQU0sTUFBTVgsYUFBQVksUUFBSyxJQUFJLEdBQUcsVUFBVSxZQUFZTCxLQUFhO0FBQzNELFlBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTU8sT0FBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsVUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkI7QUFDekQsUUFBQVIsUUFBUSxhQUFhLElBQUksUUFBUSx3QkFBd0I7SUFDN0Q7QUFlTyxhQUFTWSxlQUFjLFFBQWdDO0FBQzVELFlBQU0sUUFBZ0I7UUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtRQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO01BQ2pHO0FBQ0EsVUFBSSxPQUFPLG1CQUFtQjtBQUM1QixjQUFNLEtBQUs7VUFDVCxRQUFRO1VBQ1IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDO1FBQ2hFLENBQUM7QUFDSCxVQUFJLE9BQU87QUFDVCxjQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUNoRyxhQUFPO0lBQ1Q7QUc3S0EsUUFBQWhCLGdCQUE0QixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQzVCLFFBQUFILHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQXFCakIsYUFBU29CLFVBQVMsTUFBc0I7QUFDdEMsVUFBSTtBQUNGLGVBQU8sS0FBSyxJQUFJO01BQ2xCLFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSTtVQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztRQUNqRTtNQUNGO0lBQ0Y7QUFFQSxhQUFTQyxVQUFTLE1BQW9CO0FBRXBDLFlBQU0sU0FBUyxDQUFDO0FBQ2hCLGlCQUFXLFFBQVF0RDtBQUNqQixlQUFPLElBQUksSUFBSSxJQUFJdUQsY0FBQTtVQUNqQixTQUFTLElBQUk7VUFDYixNQUFNckQsZUFBY21ELFVBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO1FBQ2hEO0FBQ0YsYUFBTztRQUNMLFFBQVEsMEJBQTBCLElBQUk7UUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO1FBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztNQUM5QztJQUNGO0FBRUEsYUFBU0csVUFBU3hDLFVBQXNCO0FBQ3RDLFVBQUlBLFNBQU8sVUFBVyxRQUFPc0MsVUFBU3RDLFNBQU8sU0FBUztBQUN0RCxZQUFNLFFBQVFBLFNBQU87QUFDckIsVUFBSUEsU0FBTyxXQUFXO0FBQ3BCLGVBQU87VUFDTCxRQUFRO1VBQ1IsT0FBT0EsU0FBTztVQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU9WLFdBQVUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTO1FBQ3JGO01BQ0Y7QUFDQSxhQUFPO1FBQ0wsUUFBUTtRQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtRQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztNQUM3RTtJQUNGO0FBU08sYUFBU21ELGdCQUFlQyxRQUFZLE9BQXdCLE9BQXFCO0FBQ3RGLFlBQU0sU0FBb0IsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMzRCxpQkFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsWUFBTSxVQUFVbkQscUJBQW9CbUQsT0FBSyxPQUFPLFFBQVFBLE9BQUssTUFBTTtBQUNuRSxVQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztJQUN0QztBQUdPLFFBQU1BLFFBQWFGLFVBQVN4QyxPQUFTO0FDOUU1QyxRQUFBbEIsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBbUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGdCQUFpQixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUF5QixrQkFBb0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNMcEIsUUFBQTdELGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQW9DLGdCQUE4RCxRQUFBLGFBQUEsR0FBQSxDQUFBO0FDa0J2RCxRQUFNMEIsYUFBWTtBQ0xsQixhQUFTQyxTQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsWUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxjQUFRLFVBQVU7UUFDaEIsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU8sZ0JBQWdCLE9BQU87UUFDaEMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPLGFBQWEsS0FBSztRQUNyRCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO1FBQ1QsS0FBSztBQUNILGlCQUFPO01BQ1g7SUFDRjtBQUdBLFFBQU1DLGNBQXVDO01BQzNDLFFBQVE7TUFDUixPQUFPO01BQ1AsY0FBYztNQUNkLGVBQWU7TUFDZixZQUFZO01BQ1osZUFBZTtNQUNmLGVBQWU7TUFDZixpQkFBaUI7TUFDakIsU0FBUztNQUNULGFBQWE7TUFDYixlQUFlO01BQ2YsYUFBYTtNQUNiLFlBQVk7TUFDWixhQUFhO0lBQ2Y7QUFJQSxRQUFNQyxrQkFBOEUsQ0FBQztBQUc5RSxhQUFTQyxhQUFZLFVBQXNEO0FBQ2hGLFVBQUksT0FBT0QsZ0JBQWUsUUFBUTtBQUNsQyxVQUFJLFNBQVMsUUFBVztBQUN0QixlQUFPLEVBQUUsVUFBVSxPQUFPSCxZQUFXLE1BQU1FLFlBQVcsUUFBUSxFQUFFO0FBQ2hFLFFBQUFDLGdCQUFlLFFBQVEsSUFBSTtNQUM3QjtBQUNBLGFBQU87SUFDVDtBRjJCQSxRQUFNRSxRQUFPLENBQUMsTUFBd0IsT0FBTyxNQUFNLFlBQVksT0FBTyxNQUFNO0FBQzVFLFFBQU1DLFdBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsYUFBU0MsVUFBUyxPQUFrQixPQUF1QjtBQUN6RCxjQUFRLE9BQU87UUFDYixLQUFLO0FBQ0gsaUJBQU8sTUFBTSxRQUFRLE1BQU07UUFDN0IsS0FBSyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxNQUFNLGNBQWM7QUFDbEMsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtRQUNoRDtRQUNBLEtBQUs7QUFDSCxpQkFBT0QsU0FBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07UUFDaEUsS0FBSztBQUNILGlCQUFPRCxNQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUN4RCxLQUFLO0FBQ0gsaUJBQU9BLE1BQUssTUFBTSxJQUFJLENBQUMsS0FBS0MsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUN6RCxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxRQUFRLENBQUM7UUFDN0IsS0FBSztBQUNILGlCQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWUMsU0FBUSxNQUFNLFlBQVksQ0FBQztRQUMzRSxLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtRQUNyQyxLQUFLLGFBQWE7QUFDaEIsZ0JBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsaUJBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7UUFDNUU7TUFDRjtJQUNGO0FBU0EsYUFBU0UsUUFBTyxLQUF3QjtBQUN0QyxhQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0lBQ2xFO0FBR0EsUUFBSUM7QUFFSixRQUFNQyxhQUFtQixDQUFDLFNBQVM7QUFDakMsVUFBSTtBQUNGLGVBQU9ELFNBQVMsS0FBSyxJQUFJLEtBQUs7TUFDaEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR0EsUUFBTUUsY0FBTixNQUF5QztNQUd2QyxZQUNXLElBQ0EsUUFDUSxLQUNqQjtBQUhTLGFBQUEsS0FBQTtBQUNBLGFBQUEsU0FBQTtBQUNRLGFBQUEsTUFBQTtNQUNoQjtNQUhRO01BQ0E7TUFDUTtNQUxYLFNBQVM7TUFDVDtNQU9SLElBQUksT0FBc0I7QUFDeEIsWUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsZUFBSyxRQUFRQyxXQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLGVBQUssU0FBUztRQUNoQjtBQUNBLGVBQU8sS0FBSztNQUNkO0lBQ0Y7QUFHQSxhQUFTQSxXQUFVLE1BQXdCO0FBQ3pDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFjO01BQ2xDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUtBLFFBQU1DLG1CQUE0RSxDQUFDO0FBQ25GLGFBQVNDLGNBQWEsUUFBMEQ7QUFDOUUsVUFBSSxXQUFXRCxpQkFBZ0IsTUFBTTtBQUNyQyxVQUFJLGFBQWEsUUFBVztBQUMxQixtQkFBV0UsY0FBQTdCLFFBQUssaUJBQWlCLE1BQU07QUFDdkMsUUFBQTJCLGlCQUFnQixNQUFNLElBQUk7TUFDNUI7QUFDQSxhQUFPO0lBQ1Q7QUFJQSxRQUFJRztBQUNHLGFBQVNDLGlCQUFnQixNQUF5QztBQUN2RSxNQUFBRCxZQUFXO0lBQ2I7QUFPQSxRQUFNRSxXQUFtQixFQUFFLFVBQVUsT0FBTyxTQUFTLE1BQU07QUFJM0QsUUFBTUMsb0JBQW1CLENBQUMsTUFBZSxFQUFFO0FBQzNDLFFBQU1DLG1CQUFrQixDQUFDLE1BQWUsQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUV6RCxRQUFNQyxhQUF5RixDQUFDO0FBRWhHLGFBQVNDLFdBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsVUFBSSxNQUFNRCxXQUFVLFFBQVE7QUFDNUIsVUFBSSxDQUFDLEtBQUs7QUFDUixjQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBR0Ysa0JBQWlCO0FBQ2xGLFlBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSUM7QUFDcEUsY0FBTSxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsRUFBRTtBQUNuQyxRQUFBQyxXQUFVLFFBQVEsSUFBSTtNQUN4QjtBQUNBLGFBQU87SUFDVDtBQUtBLGFBQVNFLFdBQVUsUUFBZ0IsS0FBYSxPQUE0QztBQUMxRixhQUFPLFVBQVUsU0FBWSxTQUFTLEdBQUcsTUFBTSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0lBQ2pIO0FBRU8sUUFBTUMsYUFBTixNQUFNLFdBQVU7TUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUIsYUFBQSxVQUFBO0FBRUEsYUFBQSxRQUFBO0FBRWpCLGFBQUssVUFBVSxHQUFHLFFBQVE7TUFDNUI7TUFMbUI7TUFFQTs7TUFSbkIsZUFBZTtNQUNFOztNQUVBLFNBQTRDLENBQUM7O01BVzlELEdBQUcsT0FBMEI7QUFDM0IsZUFBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO01BQzdFO01BRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxZQUFJQyxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFlBQUksQ0FBQ0EsU0FBUTtBQUNYLGdCQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsY0FBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLGNBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVEQSxvQkFBUztZQUNQO1lBQ0EsTUFBTXJCLGFBQVksUUFBUTtZQUMxQixTQUFTLEtBQUs7WUFDZCxrQkFBa0JVLGNBQWEsUUFBUTtVQUN6QztBQUVBLGNBQUksQ0FBQyxVQUFXVyxTQUFPLGVBQWU7QUFDdEMsZUFBSyxPQUFPLFFBQVEsSUFBSUE7UUFDMUI7QUFDQSxlQUFPQTtNQUNUO01BRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsY0FBTSxjQUFjLFlBQVk7QUFDaEMsY0FBTSxNQUFNVixjQUFBN0IsUUFBSztVQUNmO1VBQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO1VBQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtVQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO1FBQ3JFO0FBRUEsY0FBTSxTQUFTLElBQUk7QUFDbkIsY0FBTSxXQUFXLFdBQVc7QUFDNUIsWUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFlBQUksVUFBVSxDQUFDO0FBQ2YsWUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBQXVCLFdBQVU7QUFDVixvQkFBVUQsUUFBTyxHQUFHLEtBQUtELFVBQVMsT0FBT0csVUFBUztBQUNsRCxVQUFBRCxXQUFVO1FBQ1o7QUFDQSxRQUFBUyxTQUFRLFdBQVc7QUFDbkIsUUFBQUEsU0FBUSxVQUFVO0FBQ2xCLGNBQU0sRUFBRSxRQUFRLEtBQUssSUFBSUksV0FBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLGNBQU0sTUFBQSxHQUFLSSxZQUFBLE9BQU1SLFVBQVMsUUFBUSxJQUFJO0FBQ3RDLGNBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsUUFBQUYsWUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsZUFBTyxJQUFJTCxZQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO01BQ2hHO01BRUEsU0FBcUM7QUFDbkMsZUFBTyxLQUFLLEtBQUssVUFBVSxPQUFPVixTQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7TUFDcEU7TUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsZUFBTyxLQUFLLEtBQUssU0FBUyxRQUFRQSxTQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUN2RjtNQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixZQUFJLFNBQVNzQixXQUFVLElBQUksU0FBUyxNQUFNLEtBQUs7QUFDL0MsaUJBQVNBLFdBQVUsUUFBUSxVQUFVLE1BQU0sTUFBTTtBQUNqRCxpQkFBU0EsV0FBVSxRQUFRLEtBQUssTUFBTSxDQUFDO0FBQ3ZDLGVBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUd0QixTQUFRLFNBQVMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxLQUFLLFlBQVk7TUFDN0Y7TUFFQSxhQUFhLFFBQW1DO0FBQzlDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRQSxTQUFRLFNBQVMsR0FBRyxLQUFLLFVBQVUsTUFBTTtNQUNyRjtNQUVBLFVBQVUsSUFBd0I7QUFDaEMsZUFBTyxLQUFLLEtBQUssY0FBYyxPQUFPQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssb0JBQW9CO01BQ3hGO01BRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPO01BQzFGO01BRUEsYUFBYSxJQUEyQjtBQUN0QyxlQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVUEsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLE1BQVM7TUFDbkY7TUFFQSxTQUFTLElBQW1EO0FBQzFELGVBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRQSxTQUFRLFlBQVksRUFBRSxHQUFHLEtBQUssZUFBZSxDQUFDLENBQUM7TUFDN0Y7TUFFQSxPQUFPLE9BQXdCO0FBQzdCLGVBQU8sS0FBSyxLQUFLLFdBQVcsT0FBT0EsU0FBUSxPQUFPLEtBQUssR0FBRyxLQUFLLEtBQUs7TUFDdEU7TUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFdBQVcsSUFBSSxLQUFLLEdBQUcsS0FBSyxTQUFTO01BQ3RGO01BRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELGVBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUdBLFNBQVEsZ0JBQWdCLEVBQUUsQ0FBQyxXQUFXLE1BQU0sSUFBSSxLQUFLLE1BQVM7TUFDNUc7TUFFQSxhQUE4QztBQUM1QyxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtNQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBR0EsU0FBUSxXQUFXLENBQUMsVUFBVSxLQUFLLElBQUksS0FBSyxXQUFXO01BQ2xHO01BRUEsYUFBOEI7QUFDNUIsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7TUFDaEY7SUFDRjtBRzVXQSxRQUFBL0QsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBb0MsZ0JBQWlGLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNIMUUsUUFBTXFELGlCQUFnQjtBQUV0QixRQUFNQyxvQkFBbUI7QUFFekIsYUFBU0MsY0FBYSxHQUFtQjtBQUM5QyxhQUFPLEdBQUdGLGNBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0lBQ3ZEO0FBR08sYUFBU0csVUFBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELGFBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztJQUM1RTtBQUdPLGFBQVMsUUFBUSxPQUFtQztBQUN6RCxZQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxhQUFPLFFBQVEsQ0FBQztJQUNsQjtBQUdBLGFBQVMsV0FBVyxPQUFtQztBQUNyRCxZQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLGFBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0lBQ3BDO0FBT08sUUFBTUMsc0JBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLGFBQVNDLFlBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixVQUFJLENBQUMsTUFBTSxXQUFXSixpQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFlBQU0sUUFBUSxRQUFRLEtBQUs7QUFDM0IsVUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsWUFBTSxVQUFVLFdBQVcsS0FBSztBQUNoQyxhQUFPLFlBQVksVUFBYSxXQUFXLFdBQVcsT0FBTyxLQUFLLEtBQUtHO0lBQ3pFO0FEcENBLFFBQU0sY0FBYztBQUNwQixRQUFNLGFBQWE7QUFzQm5CLFFBQU0sV0FBVztBQUVqQixRQUFJLFVBQVU7QUFDZCxRQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsYUFBUyxRQUFRRSxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILGVBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELGNBQU0sUUFBd0IsQ0FBQztBQUMvQixpQkFBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUlBLFFBQU8sUUFBUSxXQUFXLEdBQUcsSUFBSyxPQUFNLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDckYsY0FBTSxNQUFNQyxjQUFBaEQsUUFBSyxNQUFNLEtBQUs7QUFDNUIsaUJBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELGdCQUFNLFFBQVEsSUFBSSxJQUFJLENBQUMsS0FBSyxNQUFPLFVBQVUsR0FBRyxJQUFJLElBQUksRUFBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztBQUNqRixjQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLHFCQUFXLE1BQU07QUFDakIsV0FBQSxHQUFBaUQsWUFBQSxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDN0IsVUFBQUQsY0FBQWhELFFBQUssTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBaUIsUUFBUSxDQUFDLEtBQUssTUFBTTtBQUMxRSxnQkFBSSxNQUFNLENBQUMsQ0FBRSxJQUFJO1VBQ25CLENBQUM7UUFDSDtBQUNBLFlBQUksUUFBUSxDQUFDLEtBQUssTUFBTTtBQUN0QixtQkFBUyxLQUFLLFFBQVEsQ0FBQztRQUN6QixDQUFDO01BQ0g7SUFDRjtBQUdBLGFBQVMsT0FBTyxNQUFjLE9BQWdCLFdBQVcsT0FBTztBQUM5RCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxTQUFVLFNBQVEsY0FBYyxJQUFJO0FBQ3hDLFVBQUksTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUs7QUFDbEQsYUFBTyxFQUFFLFNBQVMsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLFVBQVUsSUFBSSxHQUFHLEdBQUcsU0FBUyxNQUFNO0lBQ3JGO0FBRUEsYUFBUyxLQUFRLEtBQThCO0FBQzdDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7TUFDdEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR08sYUFBU2tELFlBQ2RoRixVQUNBLE9BQ0EsVUFDK0M7QUFDL0MsWUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7UUFDRTtRQUNBLE9BQU87VUFDTCxRQUFRO1VBQ1IsS0FBSyxHQUFHQSxTQUFPLE9BQU8sR0FBRzZDLFNBQVEsT0FBTyxDQUFDO1VBQ3pDLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxTQUFTLENBQUM7VUFDeEMsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxRQUFRO0FBQ1AsaUJBQU8sU0FBUyxJQUFJO0FBQ3BCLGlCQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7UUFDM0Y7TUFDRjtBQUNBLGFBQU87SUFDVDtBQWdCQSxRQUFNLG9CQUFvQjtBQUMxQixRQUFJLGlCQUFpQjtBQUdyQixhQUFTLFNBQVMsTUFBYyxTQUFTLE9BQWE7QUFDcEQsVUFBSSxDQUFDLFVBQVUsS0FBSyxJQUFJLElBQUksaUJBQWlCLGtCQUFtQjtBQUNoRSx1QkFBaUIsS0FBSyxJQUFJO0FBQzFCLGNBQVEsSUFBSSxtQkFBbUIsSUFBSSxFQUFFO0lBQ3ZDO0FBR08sYUFBU29DLGVBQWNqRixVQUFnQixRQUFnQztBQUM1RSxZQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsU0FBTztBQUN4RSxZQUFNLFNBQXdCO1FBQzVCLFVBQVUsT0FBTztRQUNqQixTQUFTO1FBQ1QsUUFBUTtRQUNSLFNBQVM7UUFDVCxXQUFXO1FBQ1gsU0FBUztNQUNYO0FBQ0EsVUFBSSxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoRCxZQUFNLGdCQUFnQjtBQUN0QixZQUFNLFVBQW1CLEVBQUUsTUFBTUEsU0FBTyxTQUFTLFFBQVEsUUFBUSxDQUFDLEdBQUcsT0FBTztBQUM1RSxlQUFTLFlBQVksT0FBTyxNQUFNLGVBQWUsSUFBSTtBQUNyRDtRQUNFO1FBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7TUFDeEI7QUFDQSxVQUFJLFNBQVMsYUFBYSxPQUFPO0FBQ2pDLFVBQUksT0FBUSxVQUFTLGVBQWUsU0FBUyxNQUFNO0FBQ25ELFlBQU0sYUFBYSxjQUFjLFNBQVMsUUFBUSxRQUFRLGdCQUFnQjtBQUMxRSxzQkFBZ0IsU0FBUyxnQkFBZ0IsU0FBUyxVQUFVLEdBQUdBLFNBQU8sa0JBQWtCO0FBQ3hGLGFBQU8sVUFBVSxVQUFVO0FBQzNCLGFBQU87SUFDVDtBQUdBLGFBQVMsTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksT0FBdUI7QUFDdkU7UUFDRSxNQUFNO1FBQ04sQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUc2QyxTQUFRLE9BQU8sQ0FBQztVQUMvQixNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLE9BQU8sVUFBVSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsU0FBUyxDQUFDO1VBQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtRQUN6QztRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJO2NBQ1IsMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN4SDtBQUNGLGlCQUFPLE1BQU0sQ0FBQyxDQUFFLElBQUk7UUFDdEI7TUFDRjtJQUNGO0FBR0EsYUFBUyxhQUFhLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsWUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQjBCLGNBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDdkcsWUFBTSxTQUFtQixDQUFDO0FBQzFCO1FBQ0UsT0FBTztRQUNQLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFO1FBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLElBQUk7QUFDdEYsY0FBSSxDQUFDO0FBQ0gsa0JBQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUN4RyxpQkFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtRQUNwRTtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxlQUFlLFNBQWtCLFFBQTRCO0FBQ3BFLFlBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ2pDLGVBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ2pGLGNBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxHQUFHLEdBQUcsRUFBRSxDQUFDO0FBQzdFO1VBQ0UsT0FBTztVQUNQLENBQUMsT0FBTztZQUNOLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHMUIsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzNEO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLElBQUssUUFBTztVQUNqQztRQUNGO0FBQ0EsaUJBQVMsYUFBYSxPQUFPO01BQy9CO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUNQLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUMvQixRQUNBLFFBQ0Esa0JBQzZCO0FBQzdCLFlBQU0sWUFBK0QsQ0FBQztBQUN0RSxhQUFPLFFBQVEsQ0FBQyxPQUFPLE1BQU07QUFDM0IsY0FBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3hCLFlBQUksUUFBUSxPQUFRLFFBQU87QUFDM0IsaUJBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRO0FBQ2xDLG9CQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsR0FBRyxVQUFVLE1BQU0sU0FBUyxhQUFhLEtBQUssaUJBQWlCLENBQUM7TUFDL0YsQ0FBQztBQUNELFlBQU0sYUFBMEMsQ0FBQztBQUNqRDtRQUNFLFVBQVU7UUFDVixDQUFDLE1BQU07QUFDTCxnQkFBTSxFQUFFLE9BQU8sR0FBRyxTQUFTLElBQUksVUFBVSxDQUFDO0FBQzFDLGdCQUFNLFNBQVM7WUFDYixPQUFPNEIsY0FBYSxDQUFDO1lBQ3JCLE9BQU8saUJBQWlCLENBQUM7WUFDekIsT0FBTztZQUNQLGVBQWUsV0FBVyxJQUFJO1VBQ2hDO0FBQ0EsaUJBQU87WUFDTCxRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBRzVCLFNBQVEsU0FBUyxDQUFDO1lBQ2pDLE1BQU0sS0FBSyxVQUFVLE1BQU07WUFDM0IsUUFBUSxPQUFPLGtCQUFrQixPQUFPLEtBQUssR0FBRyxJQUFJO1VBQ3REO1FBQ0Y7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sS0FBaUIsR0FBRyxHQUFHLEtBQUs7QUFDNUQsY0FBSSxPQUFPO0FBQ1Qsa0JBQU0sSUFBSTtjQUNSLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDdkc7QUFDRixpQkFBTztBQUNQLG1CQUFTLEdBQUcsT0FBTyxPQUFPLE9BQU8sVUFBVSxNQUFNLG9CQUFvQjtBQUNyRSxjQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztRQUNoRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT0EsYUFBUyxnQkFBZ0IsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLFlBQWdEO0FBQzFHLFlBQU0sT0FBYyxDQUFDO0FBQ3JCO1FBQ0UsV0FBVztRQUNYLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFlBQVksV0FBVyxDQUFDLEVBQUcsRUFBRSxDQUFDO1VBQ3JELE1BQU07VUFDTixRQUFRLE9BQU8sb0JBQW9CLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxHQUFHLElBQUk7UUFDdkU7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsY0FBSSxVQUFVO0FBQ1osa0JBQU0sSUFBSTtjQUNSLG9DQUFvQyxPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDMUc7QUFDRixlQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTSxDQUFDO1FBQ2xEO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGdCQUFnQixTQUFrQixNQUFhLFVBQXdCO0FBQzlFLFlBQU0sV0FBVyxLQUFLLElBQUksSUFBSSxXQUFXO0FBQ3pDLFlBQU0sUUFBUSxLQUFLO0FBQ25CLGFBQU8sS0FBSyxTQUFTLEdBQUc7QUFDdEIsaUJBQVMsR0FBRyxRQUFRLEtBQUssTUFBTSxPQUFPLEtBQUssMkJBQTJCO0FBQ3RFLFlBQUksS0FBSyxJQUFJLElBQUk7QUFDZixnQkFBTSxJQUFJO1lBQ1IsWUFBWSxLQUFLLE1BQU0sK0RBQStELFFBQVE7VUFDaEc7QUFDRixTQUFBLEdBQUFrQyxZQUFBLE9BQU0sQ0FBQztBQUNQLGNBQU0sRUFBRSxNQUFBRyxPQUFNLFFBQVEsSUFBSSxTQUFTLFNBQVMsSUFBSTtBQUNoRCxZQUFJLFFBQVEsT0FBTyxFQUFHLE9BQU0sU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDO0FBQ2pELGVBQU9BO01BQ1Q7SUFDRjtBQUdBLGFBQVMsU0FBUyxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FBWSxNQUFvRDtBQUMvRyxZQUFNQSxRQUFjLENBQUM7QUFDckIsWUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEM7UUFDRSxLQUFLO1FBQ0wsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdyQyxTQUFRLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzdDLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7UUFDM0Q7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLGNBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsb0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCcUMsa0JBQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtVQUNGO0FBQ0EsY0FBSSxJQUFJLFdBQVc7QUFDakIsa0JBQU0sSUFBSTtjQUNSLDBDQUEwQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssTUFBTSxFQUFFO1lBQy9JO0FBQ0YsZ0JBQU0sU0FBUyxLQUEwQyxHQUFHO0FBQzVELGNBQUksUUFBUSxXQUFXO0FBQ3JCLGtCQUFNLElBQUk7Y0FDUixtQ0FBbUMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyxZQUFZLE9BQU8sU0FBUyxpQkFBaUI7WUFDL0c7QUFDRixjQUFJLFFBQVEsV0FBVyxZQUFhLFFBQU87Y0FDdENBLE9BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtRQUN6QjtNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUTtJQUN6QjtBQU1PLGFBQVNDLGVBQ2RuRixVQUNBLFlBQ0EsUUFDQSxRQUNRO0FBQ1IsWUFBTSxPQUFPQSxTQUFPO0FBQ3BCLFVBQUksVUFBVTtBQUNkLFVBQUksU0FBUztBQUNiLGVBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFlBQUksUUFBcUMsQ0FBQztBQUMxQztVQUNFO1VBQ0EsT0FBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHNkMsU0FBUSxTQUFTLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU07WUFDdEcsUUFBUSxPQUFPLGtCQUFrQixVQUFVO1VBQzdDO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AscUJBQVMsSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxHQUFHLFFBQVEsV0FBYyxDQUFDO1VBQzFHO1FBQ0Y7QUFDQSxZQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLGNBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsWUFBSSxPQUFPO0FBQ1g7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsVUFBVSxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7WUFDL0MsUUFBUSxPQUFPLG9CQUFvQixVQUFVO1VBQy9DO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXLElBQUs7VUFDaEQ7UUFDRjtBQUNBLG1CQUFXO0FBQ1gsa0JBQVUsTUFBTSxTQUFTO01BQzNCO0FBQ0EsYUFBTztJQUNUO0FKdldBLFFBQU0sZUFBZTtBQUNyQixRQUFNLGdCQUFnQjtBQUV0QixhQUFTLE1BQU0sU0FBd0I7QUFDckMsTUFBQXVDLG1CQUFBcEUsUUFBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixZQUFNLElBQUksTUFBTSxPQUFPO0lBQ3pCO0FBRUEsYUFBUyxNQUFNLFNBQXVCO0FBQ3BDLFlBQU1xRSxPQUFNLEdBQUcsT0FBTztBQUN0QixZQUFNLE1BQU1DLGNBQUF4RCxRQUFLLElBQUl1RCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILFVBQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7VUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7UUFDdkc7TUFDRjtBQUNBLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7VUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07UUFDL0M7TUFDRjtJQUNGO0FBRUEsYUFBUyxjQUFjckYsVUFBZ0IsUUFBdUMsTUFBb0I7QUFDaEcsYUFBTyxPQUFPLElBQUksS0FBS0EsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM1QztBQU1BLGFBQVMsTUFBTUEsVUFBZ0IsUUFBdUMsTUFBb0I7QUFDeEYsVUFBSTBDLE1BQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUdBLE1BQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSUEsTUFBSyxRQUFRLE1BQU0sR0FBRyxjQUFjMUMsVUFBUSxRQUFRLElBQUksQ0FBQztBQUNyRixZQUFNLFNBQVNnRixZQUFXaEYsVUFBUSxPQUFPLFFBQVE7QUFDakQsVUFBSSxDQUFDLE9BQU8sT0FBTztBQUNqQixjQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxjQUFNLFFBQVFBLFNBQU8sWUFDakIsZUFBZUEsU0FBTyxTQUFTLEtBQy9CQSxTQUFPLFlBQ0wsR0FBRyxTQUFTLG9DQUFvQyxJQUFJLGVBQ3BELEdBQUcsU0FBUyxjQUFjLFNBQVM7QUFDekMsY0FBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRztNQUN4RztBQUNBLGFBQU8sT0FBTztJQUNoQjtBQUVBLGFBQVMsWUFBWXVGLFVBQW1CLE9BQWV2RixVQUFzQjtBQUMzRSxZQUFNLE9BQWEsQ0FBQztBQUNwQixZQUFNLFlBQWtCLENBQUM7QUFDekIsZUFBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsY0FBTSxVQUFVdUYsU0FBTyxhQUFhO1VBQ2xDLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQztVQUM5QixPQUFPO1VBQ1AsT0FBTztVQUNQLGVBQWU7UUFDakIsQ0FBQztBQUNELFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsY0FBTSxVQUFVQSxTQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxrQkFBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLGFBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtNQUMvQjtBQUNBLFlBQU0sV0FBVyxLQUFLLElBQUksSUFBSXZGLFNBQU8scUJBQXFCO0FBQzFELGlCQUFXLFNBQVMsTUFBTTtBQUN4QixtQkFBUztBQUNQLGdCQUFNLE1BQU11RixTQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLGNBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsY0FBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csY0FBSSxLQUFLLElBQUksSUFBSTtBQUNmLGtCQUFNLDZEQUE2RHZGLFNBQU8sa0JBQWtCLElBQUk7QUFDbEcsV0FBQSxHQUFBd0YsWUFBQSxPQUFNLEdBQUc7UUFDWDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBUUEsbUJBQXNCQyxtQkFBMEQ7QUFDOUUsWUFBTSxRQUF1QyxDQUFDO0FBQzlDLGlCQUFXLFFBQVF6RyxRQUFPO0FBQ3hCLFlBQUk7QUFDRixnQkFBTSxXQUFXLE1BQU0yRCxnQkFBQStDLFFBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxjQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7UUFDOUIsUUFBUTtRQUVSO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGNBQWMxRixVQUFnQixRQUFnRDtBQUNyRixZQUFNLFFBQVFSLFdBQVc0RixtQkFBQXBFLFFBQUssS0FBSyxRQUFRLGFBQWEsQ0FBQyxDQUF3RDtBQUNqSCxZQUFNLFNBQWtCLENBQUM7QUFDekIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSTBCLE1BQUssTUFBTSxJQUFJLEdBQUcsS0FBSyxHQUFHO0FBQ3JELGlCQUFPLEtBQUssRUFBRSxNQUFNLEdBQUdBLE1BQUssUUFBUSxNQUFNLEdBQUcsY0FBYzFDLFVBQVEsUUFBUSxJQUFJLENBQUMsRUFBRSxDQUFDO01BQ3ZGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxPQUFPLFFBQTBCO0FBQ3hDLFlBQU0sU0FBUyxvQkFBSSxJQUFXO0FBQzlCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxjQUFNLFVBQVUsT0FBTyxPQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSTtBQUNwRCxZQUFJLFFBQVEsU0FBUyxFQUFHLFFBQU8sSUFBSSxRQUFRLENBQUMsQ0FBRSxFQUFFLElBQUksUUFBUSxRQUFRLFNBQVMsQ0FBQyxDQUFFO01BQ2xGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsTUFBTTtJQUNuQjtBQU9BLGFBQVMsZUFBZUEsVUFBZ0IsUUFBdUI7QUFDN0QsWUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixZQUFNLE9BQU8sTUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLFdBQVcsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNuRSxZQUFNLE9BQU8scUJBQXFCQSxTQUFPLFFBQVEsT0FBTyw4QkFBOEIsT0FBTyxNQUFNO0FBQ25HLFVBQUlBLFNBQU8sUUFBUSxrQkFBa0IsQ0FBQ0EsU0FBTyxRQUFRLFFBQVE7QUFDM0QsY0FBTSxVQUFVLE9BQU8sTUFBTTtBQUM3QixjQUFNLElBQUlpRixlQUFjakYsVUFBUSxPQUFPO0FBQ3ZDLFlBQUksRUFBRSxXQUFXLFFBQVEsUUFBUTtBQUMvQixrQkFBUSxJQUFJLEdBQUcsSUFBSSxvQ0FBb0MsUUFBUSxNQUFNLHdCQUF3QixLQUFLLENBQUMsRUFBRTtBQUNyRztRQUNGO0FBQ0EsZ0JBQVE7VUFDTixnRUFBZ0UsUUFBUSxTQUFTLEVBQUUsTUFBTSxPQUFPLFFBQVEsTUFBTTtRQUNoSDtNQUNGO0FBQ0EsWUFBTSxJQUFJaUYsZUFBY2pGLFVBQVEsTUFBTTtBQUN0QyxjQUFRO1FBQ04sR0FBRyxJQUFJLEtBQUssRUFBRSxNQUFNLFlBQVksRUFBRSxPQUFPLHVCQUF1QixFQUFFLFNBQVMsZ0JBQWdCLEVBQUUsT0FBTyxXQUFXLEVBQUUsVUFBVSxJQUFJLEtBQUssRUFBRSxPQUFPLG9EQUFvRCxFQUFFLEtBQUssS0FBSyxDQUFDO01BQ2hOO0lBQ0Y7QUFTQSxtQkFBc0IyRixZQUFXM0YsVUFBZ0J0QixZQUEwQixDQUFDLEdBQXFCO0FBQy9GLFlBQU1zQixTQUFPLE9BQU87QUFDcEIsWUFBTSxTQUFTLE1BQU15RixpQkFBZ0I7QUFDckMsWUFBTSxZQUFZLElBQUlyQixXQUFVcEUsU0FBTyxTQUFTQSxTQUFPLFdBQVc7QUFDbEUsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUWhCLE9BQU8sUUFBTyxJQUFJLElBQUksTUFBTWdCLFVBQVEsUUFBUSxJQUFJO0FBQ25FLFlBQU0sUUFBUTBFLFVBQVM7QUFDdkIsWUFBTSxRQUFRUyxlQUFjbkYsVUFBUSxPQUFPLE9BQU93RSxtQkFBa0IsQ0FBQyxVQUFVSSxZQUFXLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDOUcsVUFBSSxRQUFRLEVBQUcsU0FBUSxJQUFJLGtCQUFrQixLQUFLLHdDQUF3QztBQUMxRixVQUFJbEcsVUFBUSxTQUFTO0FBQ25CLFlBQUk7QUFDRix5QkFBZXNCLFVBQVEsY0FBY0EsVUFBUSxNQUFNLENBQUM7UUFDdEQsU0FBUyxPQUFPO0FBQ2QsZ0JBQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO1FBQzlEO01BQ0Y7QUFDQSxZQUFNLGtCQUFrQnRCLFVBQVEsT0FBTyxZQUFZLFVBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPc0IsUUFBTSxJQUFJLENBQUM7QUFFbkcsYUFBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsY0FBYyxPQUFPLEtBQUssTUFBTSxFQUFFLFNBQVMsRUFBRTtJQUN4RjtBQUdBLG1CQUFzQjRGLFlBQVc1RixVQUFnQixNQUEwQztBQUN6RixVQUFJLENBQUMsTUFBTSxTQUFTMEMsTUFBSyxNQUFNLFVBQVUsRUFBRztBQUM1QyxZQUFNLFNBQVMsTUFBTStDLGlCQUFnQjtBQUVyQyxZQUFNLEVBQUUsT0FBTyxTQUFTLElBQUkvQyxNQUFLLFFBQVEsU0FBUyxHQUFHLE9BQU8sU0FBUzFDLFNBQU8sTUFBTSxNQUFNLFFBQVE7QUFDaEcsWUFBTSxFQUFFLE1BQU0sSUFBSWdGLFlBQVdoRixVQUFRLE9BQU8sUUFBUTtBQUNwRCxVQUFJLENBQUMsT0FBTztBQUNWLGdCQUFRO1VBQ04saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSztRQUN0RztBQUNBO01BQ0Y7QUFDQSxZQUFNLFVBQVVtRixlQUFjbkYsVUFBUSxPQUFPLEtBQUssT0FBTyxDQUFDLFVBQVU0RSxZQUFXLE9BQU8sS0FBSyxPQUFPLElBQUksQ0FBQztBQUN2RyxVQUFJLFVBQVUsRUFBRyxTQUFRLElBQUkscUJBQXFCLE9BQU8sNkJBQTZCO0lBQ3hGO0FNOUtBLGFBQVMsbUJBQTRCO0FBQ25DLGFBQU8sU0FBUztJQUNsQjtBQUdPLGFBQVNpQixjQUFhN0YsVUFBZ0IsV0FBdUQ7QUFDbEcsVUFBSSxDQUFDLGlCQUFpQixFQUFHLFFBQU87QUFDaEMsWUFBTSxRQUFRLFVBQVU7QUFHeEIsWUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxZQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixVQUFJQSxTQUFPLFlBQVk7QUFDckIsa0JBQVUsWUFBWStCLG1CQUFrQixNQUFNLFNBQVM7QUFDdkQsY0FBTTtVQUNKLEdBQUdLLGVBQWM7WUFDZixVQUFVcEMsU0FBTyxRQUFRO1lBQ3pCLFlBQVlBLFNBQU8sUUFBUTtZQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFNBQU8sUUFBUSx1QkFBdUI7WUFDL0UsZUFBZUEsU0FBTztVQUN4QixDQUFDO1FBQ0g7TUFDRjtBQUNBLFVBQUlBLFNBQU8sY0FBZSxDQUFBeUMsZ0JBQWVDLE9BQU0sTUFBTSxTQUFTMUQsUUFBT1EsV0FBVSxTQUFTLENBQUM7QUFDekYsYUFBTztRQUNMO1FBQ0EsWUFBWSxzQkFBc0JvQixnQkFBZSxLQUFLLEdBQUcsU0FBUzs7UUFFbEUsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJWixTQUFPLHFCQUFxQixFQUFFLEtBQUtBLFNBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO1FBQ3RHLG1CQUFtQmM7TUFDckI7SUFDRjtBQU1BLGFBQVMsc0JBQXNCLFlBQTBCLFdBQW1EO0FBQzFHLGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLFNBQVMsR0FBRztBQUN4RCxZQUFJRCxlQUFjLFFBQVEsRUFBRyxZQUFXSCxXQUFVLHNCQUFzQixFQUFFLFVBQVUsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDO01BQ3BHO0FBQ0EsYUFBTztJQUNUO0FBRUEsYUFBUyxTQUFTLFVBQTZCO0FBQzdDLFlBQU0sRUFBRSxVQUFVLFVBQVUsUUFBUSxJQUFJLElBQUk7QUFNNUMsVUFBSSxhQUFhLGNBQWUsU0FBUSxZQUFZLEtBQUssTUFBTSxVQUFVLENBQUMsR0FBRyxLQUFLLENBQUMsVUFBVSxNQUFNLFNBQVMsQ0FBQztBQUM3RyxVQUFJLGFBQWEsa0JBQWtCLGFBQWEsdUJBQXVCLGFBQWE7QUFDbEYsZ0JBQVEsT0FBTyxLQUFLO0FBQ3RCLGFBQU87SUFDVDtBQUdPLGFBQVMvQixrQkFBc0I7QUFDcEMsVUFBSXFCLFFBQVUsV0FBWSxDQUFBckIsZUFBWXFCLFFBQVUsVUFBVTtJQUM1RDtBQU1BLGFBQVMsdUJBQTZCO0FBQ3BDLFVBQUlBLFFBQVUsV0FBWSxDQUFBbUMsU0FBUW5DLFFBQVUsVUFBVTtJQUN4RDtBQUdBLG1CQUFzQm5CLFVBQVMsTUFBK0I7QUFDNUQsMkJBQXFCO0FBQ3JCLFlBQU0rRyxZQUFXNUYsU0FBVyxJQUFJO0lBQ2xDO0FDekdBLFFBQUFpQixxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUNXVixhQUFTNkUsYUFBWSxFQUFFLFFBQUF6RixVQUFRLE9BQUFFLFFBQU0sR0FBd0Q7QUFDbEcsYUFBT0YsU0FBTyxRQUFRLENBQUMsVUFBVTtRQUMvQixFQUFFLFdBQVcsR0FBRyxRQUFRLE1BQU07UUFDOUIsRUFBRSxXQUFXRSxTQUFPLFFBQVEsTUFBTTtNQUNwQyxDQUFDO0lBQ0g7QUFHTyxhQUFTd0YsUUFBT0MsWUFBa0IsRUFBRSxRQUFBM0YsVUFBUSxPQUFBRSxTQUFPLFNBQUFDLFVBQVEsR0FBOEI7QUFDOUYsWUFBTSxRQUFRLEtBQUssTUFBTXdGLGFBQVd6RixPQUFLO0FBQ3pDLFVBQUksUUFBUSxLQUFLLFNBQVNGLFNBQU8sT0FBUSxRQUFPO0FBQ2hELGFBQU8sRUFBRSxPQUFPLE9BQU9BLFNBQU8sS0FBSyxHQUFJLFFBQVEyRixhQUFXLFFBQVF6RixXQUFTQyxVQUFRO0lBQ3JGO0FBWU8sYUFBU3lGLFlBQ2QsT0FDQSxTQUNlO0FBQ2YsWUFBTSxPQUFPLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFDbkMsVUFBSSxDQUFDLEtBQU0sUUFBTztBQUNsQixVQUFJLEtBQUssWUFBWSxRQUFRO0FBQzNCLGVBQU8sT0FBTyxLQUFLLEtBQUssdUNBQXVDLEtBQUssWUFBWSxLQUFLLFFBQVEsQ0FBQyxDQUFDLFNBQVMsUUFBUSxZQUFZLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDN0ksVUFBSSxLQUFLLFVBQVUsUUFBUSxLQUFLLFFBQVEsUUFBUTtBQUM5QyxlQUFPLE9BQU8sS0FBSyxLQUFLLG9DQUFvQyxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUMsU0FBUyxRQUFRLFFBQVE7QUFDNUcsWUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLElBQUksTUFBTSxNQUFNLEVBQUUsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7QUFDaEQsVUFBSSxNQUFNLFVBQWEsSUFBSyxLQUFNLElBQUk7QUFDcEMsZUFBTyxrQ0FBa0MsRUFBRyxRQUFRLENBQUMsQ0FBQyxNQUFNLEVBQUcsUUFBUSxDQUFDLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0FBQzdGLGFBQU87SUFDVDtBQUdPLFFBQU1DLGNBQWE7QUN6Qm5CLGFBQVN2RixZQUFXLFFBQTJCLEdBQW1CO0FBQ3ZFLFVBQUksT0FBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sNkJBQTZCO0FBQ3RFLFlBQU0sU0FBUyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQy9DLGFBQU8sT0FBTyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQU0sSUFBSSxNQUFPLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQztJQUNyRTtBRjFCQSxRQUFNcUYsWUFBVyxPQUFPLEtBQUssSUFBSSxJQUFJRyxtQkFBQW5GLFFBQUssU0FBUyxhQUFhO0FBR2hFLFFBQUlvRixjQUFhO0FBR1YsYUFBU0MsV0FBVSxPQUF5QjtBQUNqRCxNQUFBRCxjQUFhO0FBQ2IsWUFBTSxLQUFLTCxRQUFPQyxVQUFTLEdBQUcsS0FBSztBQUNuQyxNQUFBRyxtQkFBQW5GLFFBQUssR0FBRyxRQUFRLEtBQUssT0FBTyxLQUFLLE9BQU8sR0FBRyxLQUFLLElBQUk7QUFDcEQsTUFBQW1GLG1CQUFBbkYsUUFBSyxHQUFHLFFBQVEsS0FBSyxTQUFTLElBQUksU0FBUyxXQUFXO0lBQ3hEO0FBR08sYUFBU3NGLFlBQVcsT0FBbUIsU0FBd0Q7QUFDcEcsWUFBTSxPQUFtQixDQUFDO0FBQzFCLFVBQUk7QUFDSixVQUFJLFVBQVUsRUFBRSxPQUFPLElBQUksV0FBVyxDQUFDLEdBQWUsUUFBUSxFQUFFO0FBQ2hFLFlBQU0sUUFBUSxNQUFNO0FBQ2xCLFlBQUksUUFBUSxRQUFRLEVBQUc7QUFDdkIsY0FBTSxRQUFRLE1BQU0sT0FBTyxRQUFRLEtBQUs7QUFDeEMsY0FBTSxVQUFVLE1BQU0sUUFBUSxNQUFNO0FBQ3BDLGNBQU0sSUFBSSxRQUFRLFVBQVU7QUFDNUIsYUFBSyxLQUFLO1VBQ1I7VUFDQSxHQUFJLFFBQVEsSUFBSztVQUNqQixPQUFPLElBQUksSUFBSTNGLFlBQVcsUUFBUSxXQUFXLEVBQUUsSUFBSTtVQUNuRCxXQUFXLElBQUksSUFBSSxRQUFRLFNBQVMsSUFBSTtRQUMxQyxDQUFDO0FBQ0QsY0FBTSxTQUFTc0YsWUFBVyxNQUFNLE9BQU87QUFDdkMsWUFBSSxVQUFVLFFBQVEsUUFBUSxNQUFNLE9BQU8sU0FBUyxFQUFHLENBQUFFLG1CQUFBbkYsUUFBSyxLQUFLLE1BQU0sR0FBR2tGLFdBQVUsSUFBSSxNQUFNLEVBQUU7TUFDbEc7QUFDQSxNQUFBckMsaUJBQWdCLENBQUMsV0FBVyxZQUFZLE9BQU87QUFDN0MsWUFBSSxDQUFDdUMsZUFBYyxhQUFhLE1BQU87QUFDdkMsY0FBTSxLQUFLTCxRQUFPQyxVQUFTLEdBQUcsS0FBSztBQUNuQyxZQUFJLENBQUMsR0FBSTtBQUNULHFCQUFhLEdBQUcsVUFBVTtBQUMxQixZQUFJLENBQUMsU0FBVTtBQUNmLFlBQUksR0FBRyxVQUFVLFFBQVEsT0FBTztBQUM5QixnQkFBTTtBQUNOLG9CQUFVLEVBQUUsT0FBTyxHQUFHLE9BQU8sV0FBVyxDQUFDLEdBQUcsUUFBUSxFQUFFO1FBQ3hEO0FBQ0EsWUFBSSxDQUFDLEdBQUcsT0FBUTtBQUNoQixnQkFBUSxVQUFVLEtBQUssVUFBVTtBQUNqQyxZQUFJLENBQUMsR0FBSSxTQUFRO01BQ25CLENBQUM7SUFDSDtBR3pETyxhQUFTTyxXQUFVcEgsT0FBc0I7QUFDOUMsYUFBT0EsTUFBSztRQUNWO1FBQ0EsQ0FBQyxPQUFPLEVBQUUsS0FBSyxTQUFTLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxHQUFHLENBQUM7TUFDckY7SUFDRjtBQUdPLGFBQVNxSCxvQkFBbUJySCxPQUFzQjtBQUN2RCxhQUFPQSxNQUNKLFFBQVEsT0FBTyxLQUFLLEVBQ3BCLFFBQVEsWUFBWSxHQUFHLEVBQ3ZCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0lBQ3pCO0FBUU8sYUFBU3NILGNBQWF0SCxPQUFjVCxZQUFnQyxFQUFFLFNBQVMsS0FBSyxHQUFXO0FBQ3BHLFlBQU0sVUFBVVMsTUFBSyxRQUFRLFlBQVksR0FBRztBQUM1QyxZQUFNLE9BQU9ULFVBQVEsVUFBVSxRQUFRLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDL0QsWUFBTSxhQUFhLEtBQUssSUFBSSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQUssS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDcEYsWUFBTSxRQUFRLElBQUksT0FBTyxhQUFhLENBQUM7QUFDdkMsWUFBTSxNQUFNLEtBQUssV0FBVyxHQUFHLEtBQUssS0FBSyxTQUFTLEdBQUcsSUFBSSxNQUFNO0FBQy9ELGFBQU8sR0FBRyxLQUFLLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxHQUFHLEdBQUcsS0FBSztJQUM1QztBQ09PLGFBQVMsT0FBT2dJLGFBQTRCO0FBQ2pELGFBQU8sOEJBQThCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLEtBQUtBO0lBQ2hFO0FBRUEsYUFBU0MsUUFBTyxRQUFnQyxNQUFvQztBQUNsRixVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFVBQUksU0FBUyxVQUFVLE9BQU8sU0FBUyxPQUFRLFFBQU87QUFDdEQsVUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixhQUFPLE9BQU8sU0FBUyxXQUFXLE9BQU8sYUFBYSxTQUFTLE9BQU87SUFDeEU7QUFHTyxhQUFTQyxlQUFjLE1BQW1DO0FBQy9ELFlBQU0sT0FBdUIsQ0FBQztBQUM5QixpQkFBVyxDQUFDLFFBQVEsTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDakUsbUJBQVcsQ0FBQ0YsYUFBWSxNQUFNLEtBQUssT0FBTyxRQUFRLE9BQU8sY0FBYyxDQUFDLENBQUMsR0FBRztBQUMxRSxnQkFBTSxPQUFPLE9BQU9BLFdBQVU7QUFDOUIsZ0JBQU0sV0FBVyxPQUFPLFNBQVMsSUFBSTtBQUNyQyxlQUFLLEtBQUs7WUFDUjtZQUNBLFlBQUFBO1lBQ0EsSUFBSSxPQUFPO1lBQ1g7WUFDQSxVQUFVLE9BQU8sYUFBYSxZQUFZLE9BQU8sU0FBUyxRQUFRLElBQUksV0FBVztZQUNqRixNQUFNQyxRQUFPLFFBQVEsSUFBSTtVQUMzQixDQUFDO1FBQ0g7TUFDRjtBQUNBLGFBQU8sS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxFQUFFLElBQUksT0FBTyxFQUFFLEVBQUUsS0FBSyxFQUFFLE9BQU8sY0FBYyxFQUFFLE1BQU0sQ0FBQztJQUM1RjtBQUVBLFFBQU0sYUFBYTtBQUdaLGFBQVNFLGNBQWEsTUFBa0M7QUFDN0QsWUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLFlBQU0sTUFBTSxDQUFDLGFBQXFCO0FBQ2hDLFlBQUksSUFBSSxLQUFLLElBQUksUUFBUTtBQUN6QixZQUFJLENBQUMsR0FBRztBQUNOLGNBQUksRUFBRSxVQUFVLFVBQVUsR0FBRyxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sV0FBVyxLQUFLO0FBQ3pGLGVBQUssSUFBSSxVQUFVLENBQUM7UUFDdEI7QUFDQSxlQUFPO01BQ1Q7QUFDQSxpQkFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLFdBQVcsQ0FBQyxDQUFDLEdBQUc7QUFDL0QsY0FBTSxRQUFRLFdBQVcsS0FBSyxJQUFJO0FBQ2xDLFlBQUksQ0FBQyxNQUFPO0FBQ1osY0FBTSxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDM0IsY0FBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFlBQUksU0FBUyxxQkFBcUI7QUFDaEMsaUJBQU8sT0FBTyxJQUFJLFFBQVEsR0FBRztZQUMzQixVQUFVLEVBQUUsU0FBUztZQUNyQixLQUFLLEVBQUUsT0FBTztZQUNkLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU8sS0FBSztZQUNuQixLQUFLLEVBQUUsT0FBTztVQUNoQixDQUFDO1FBQ0gsV0FBVyxTQUFTLG1CQUFtQjtBQUNyQyxjQUFJLFFBQVEsRUFBRSxZQUFZLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPO1FBQ2xFO01BQ0Y7QUFDQSxhQUFPLENBQUMsR0FBRyxLQUFLLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLGNBQWMsRUFBRSxRQUFRLENBQUM7SUFDL0U7QUFrQkEsUUFBTSxxQkFBcUI7QUFPcEIsYUFBU0MsbUJBQ2QsTUFDQSx1QkFBK0MsQ0FBQyxHQUNoQztBQUNoQixZQUFNLFlBQTBCLENBQUM7QUFDakMsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxZQUFJLGFBQWEsT0FBVztBQUM1QixjQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLGNBQU0sZUFBZSxxQkFBcUIsUUFBUTtBQUNsRCxjQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYyxDQUFDLENBQUMsRUFDOUMsSUFBSSxDQUFDTCxnQkFBZSw2QkFBNkIsS0FBS0EsV0FBVSxJQUFJLENBQUMsQ0FBQyxFQUN0RSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQVM7QUFDOUIsa0JBQVUsS0FBSztVQUNiO1VBQ0EsWUFBQUs7VUFDQSxVQUFVLGlCQUFpQixTQUFZLE9BQU9BLGNBQWE7VUFDM0QsU0FBUyxVQUFVLFNBQVksT0FBTyxPQUFPLEtBQUs7UUFDcEQsQ0FBQztNQUNIO0FBQ0EsWUFBTSxRQUFRQyxhQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDN0QsVUFBSSxVQUFVLFdBQVcsS0FBSyxVQUFVLEtBQU0sUUFBTztBQUNyRCxnQkFBVSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzdELFlBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQ2xGLFlBQU0sUUFDSixVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLGNBQzVELFVBQVUsTUFBTSxDQUFDLFFBQVEsSUFBSSxhQUFhLElBQUk7QUFDaEQsYUFBTyxFQUFFLFlBQVksVUFBVSxRQUFRLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksVUFBVyxDQUFDLElBQUksTUFBTSxVQUFVO0lBQ2xIO0FBR08sYUFBU0Msa0JBQWlCLFNBQXdDO0FBQ3ZFLFVBQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsVUFBSSxRQUFRLGVBQWU7QUFDekIsZUFBTztBQUNULFlBQU0sT0FDSixRQUFRLGFBQWEsT0FDakIsbUJBQW1CQyxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUMsZ0JBQzNELEdBQUdBLGFBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQyxXQUFXLFFBQVEsYUFBYSxJQUFJLEtBQUssR0FBRztBQUMzRixhQUFPLHVCQUF1QixJQUFJLHNCQUFzQkEsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDO0lBQ2xHO0FBR08sYUFBU0MsYUFBWSxLQUF5QjtBQUNuRCxZQUFNLFdBQ0osSUFBSSxhQUFhLE9BQU8sS0FBSyxLQUFLRCxhQUFZLElBQUksVUFBVSxPQUFPLENBQUMsV0FBVyxJQUFJLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDOUcsWUFBTSxVQUFVLElBQUksWUFBWSxPQUFPLGdCQUFnQixhQUFhQSxhQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFDckcsYUFBTyxHQUFHQSxhQUFZLElBQUksWUFBWSxPQUFPLENBQUMsYUFBYSxJQUFJLGVBQWUsSUFBSSxLQUFLLEdBQUcsb0JBQW9CLFFBQVEsR0FBRyxPQUFPO0lBQ2xJO0FBR08sYUFBU0EsYUFBWSxPQUFrQyxNQUFvQztBQUNoRyxVQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsVUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxVQUFJLFNBQVMsTUFBTTtBQUNqQixZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsZUFBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7TUFDN0M7QUFDQSxVQUFJLFNBQVM7QUFDWCxlQUFPLEtBQUssTUFBTSxLQUFLLEVBQ3BCLFNBQVMsRUFDVCxRQUFRLHlCQUF5QixHQUFHO0FBQ3pDLGFBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtJQUNqRztBQUVPLGFBQVNGLGFBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsWUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELGFBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0lBQ3ZFO0FBV08sYUFBU0ksaUJBQWdCLE1BQTJDO0FBQ3pFLFVBQUksQ0FBQyxLQUFLLFNBQVMsb0JBQW9CLENBQUMsS0FBSyxTQUFTLG1CQUFvQixRQUFPO0FBQ2pGLGFBQU87UUFDTCxnQkFBZ0JKLGFBQVksTUFBTSxvQkFBb0IsS0FBSztRQUMzRCxpQkFBaUJBLGFBQVksTUFBTSxzQkFBc0IsT0FBTztRQUNoRSwwQkFBMEJBLGFBQVksTUFBTSxtQ0FBbUMsS0FBSztRQUNwRixpQkFBaUJBLGFBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO01BQzNFO0lBQ0Y7QUFHTyxhQUFTSyxlQUFjLFdBQTJDO0FBQ3ZFLFVBQUksQ0FBQyxhQUFjLFVBQVUsbUJBQW1CLFFBQVEsVUFBVSxvQkFBb0I7QUFDcEYsZUFBTztBQUNULFlBQU0sU0FBUyxVQUFVO0FBQ3pCLGFBQU87UUFDTCwrQ0FBK0NILGFBQVksVUFBVSxnQkFBZ0IsT0FBTyxDQUFDO1FBQzdGLFdBQVdBLGFBQVksVUFBVSxpQkFBaUIsT0FBTyxDQUFDO1FBQzFELEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQkEsYUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO1FBQ2xGLG1CQUFtQixVQUFVLGVBQWU7TUFDOUMsRUFBRSxLQUFLLElBQUk7SUFDYjtBQUVPLFFBQU1JLGlCQUFnQixDQUFDLFNBQThCRCxlQUFjRCxpQkFBZ0IsSUFBSSxDQUFDO0FDbE54RixRQUFNLHlCQUF5QjtBQXVNL0IsYUFBU0csY0FDZCxNQUNBLE1BQ0EsdUJBQStDLENBQUMsR0FDdkM7QUFDVCxZQUFNLGFBQWFYLGVBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUYsYUFBWSxJQUFJLFVBQVUsS0FBSyxPQUFPO1FBQzFGO1FBQ0EsWUFBQUE7UUFDQTtRQUNBO1FBQ0E7TUFDRixFQUFFO0FBQ0YsYUFBTztRQUNMLGdCQUFnQjtRQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO1FBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO1FBQ3BEO1FBQ0EsV0FBV0csY0FBYSxJQUFJO1FBQzVCLFNBQVNDLG1CQUFrQixNQUFNLG9CQUFvQjtRQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN6RyxXQUFXTSxpQkFBZ0IsSUFBSTtNQUNqQztJQUNGO0FBR08sYUFBU1QsU0FBTyxXQUFtRDtBQUN4RSxVQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsVUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxhQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0lBQ3hEO0FDOU9BLGFBQVMsY0FBYyxPQUFlLEdBQTZCO0FBQ2pFLFlBQU0sT0FBT0osV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFlBQU0sV0FDSixFQUFFLGFBQWEsUUFBUSxFQUFFLFNBQVMsaUJBQWlCLEVBQUUsTUFBTSxLQUFLLFlBQVlXLGFBQVksRUFBRSxVQUFVUCxTQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFlBQU16QixRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxVQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksZUFBZXFCLFdBQVUsUUFBUSxDQUFDO0FBQzFELGFBQU8sR0FBR3JCLEtBQUk7MEJBQTZCcUIsV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxZQUFZLFFBQVEsRUFBRSxDQUFDLHNCQUFzQkEsV0FBVSxRQUFRLENBQUM7O0lBQ2xKO0FBRUEsYUFBUyxVQUFVLE9BQWUsU0FBMEI7QUFDMUQsWUFBTSxTQUFTQSxXQUFVLFFBQVEsSUFBSSxrQkFBa0IsMkJBQTJCO0FBQ2xGLGFBQU8sNEJBQTRCLEtBQUs7d0JBQW9ELE1BQU0sZUFBZSxNQUFNOztJQUN6SDtBQUVPLGFBQVNpQixhQUFZLFNBQTBCO0FBQ3BELFlBQU0sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFFM0MsWUFBTSxTQUFTLFFBQVEsSUFBSSxZQUFZLFdBQVcsUUFBUSxJQUFJLFlBQVksZ0JBQWdCLElBQUk7QUFDOUYsWUFBTSxRQUFRLEtBQUssU0FBUztBQUM1QixZQUFNQyxhQUFZLFFBQVEsSUFBSSxlQUFlLEtBQUssS0FBTSxRQUFRLENBQUM7QUFDakUsWUFBTSxRQUFRbEIsV0FBVSxlQUFlLFFBQVEsSUFBSSxRQUFRLEVBQUU7QUFDN0QsWUFBTSxRQUFRLENBQUMsR0FBSSxTQUFTLENBQUMsVUFBVSxPQUFPLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBSSxHQUFHLEtBQUssSUFBSSxDQUFDLE1BQU0sY0FBYyxPQUFPLENBQUMsQ0FBQyxDQUFDO0FBQzFHLGFBQU87UUFDTDtRQUNBLHlDQUF5QyxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sV0FBV2tCLFFBQU87UUFDMUcsc0JBQXNCLEtBQUssWUFBWSxLQUFLLGVBQWUsUUFBUSxhQUFhLE1BQU0sdUJBQXVCQSxRQUFPO1FBQ3BILEdBQUc7UUFDSDtRQUNBO1FBQ0E7TUFDRixFQUFFLEtBQUssSUFBSTtJQUNiO0FDakNBLGFBQVMsZUFBZSxNQUFvQztBQUMxRCxhQUFPO1FBQ0w7UUFDQTtRQUNBLEdBQUcsS0FBSztVQUNOLENBQUMsTUFDQyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsTUFBTWhCLGNBQWEsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRSxDQUFDLE1BQU1TLGFBQVksRUFBRSxVQUFVUCxTQUFPLENBQUMsQ0FBQyxDQUFDO1FBQ2xIO01BQ0Y7SUFDRjtBQUVPLGFBQVNlLGdCQUFlLFNBQTBCO0FBQ3ZELFlBQU0sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFO0FBQ3ZDLFlBQU0sU0FBUyxLQUFLLE9BQU8sQ0FBQyxNQUFNLEVBQUUsRUFBRTtBQUV0QyxZQUFNLFVBQ0osS0FBSyxXQUFXLElBQ1osa0JBQ0EsT0FBTyxTQUFTLElBQ2QsS0FBSyxPQUFPLE1BQU0sT0FBTyxLQUFLLE1BQU0sdUJBQ3BDLFFBQVEsWUFBWSxpQkFDbEIsdUJBQXVCLEtBQUssTUFBTSwrREFDbEMsU0FBUyxLQUFLLE1BQU07QUFDOUIsWUFBTSxRQUFRLENBQUMsa0JBQWtCakIsY0FBYSxRQUFRLElBQUksVUFBVSxFQUFFLFNBQVMsTUFBTSxDQUFDLENBQUMsS0FBSyxPQUFPLElBQUksRUFBRTtBQUN6RyxVQUFJLE9BQU8sU0FBUyxFQUFHLE9BQU0sS0FBSyxHQUFHLGVBQWUsTUFBTSxHQUFHLEVBQUU7QUFDL0QsVUFBSSxPQUFPLFNBQVMsR0FBRztBQUVyQixjQUFNO1VBQ0o7VUFDQSxZQUFZLE9BQU8sTUFBTSxvQkFBb0IsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO1VBQzNFO1VBQ0EsR0FBRyxlQUFlLE1BQU07VUFDeEI7VUFDQTtVQUNBO1FBQ0Y7TUFDRjtBQUNBLFlBQU0sWUFBWSxRQUFRO0FBQzFCLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxLQUFLLDREQUE0RCxxQ0FBcUM7QUFDNUcsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNO1lBQ0osS0FBS0Qsb0JBQW1CLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxRQUFRLE1BQU1VLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsV0FBVyxTQUFTLENBQUM7VUFDdE47UUFDRjtBQUNBLGNBQU0sS0FBSyxFQUFFO01BQ2Y7QUFDQSxZQUFNLFVBQVUsUUFBUSxXQUFXO0FBQ25DLFlBQU0sU0FBU0Qsa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxHQUFHLFFBQVMsYUFBYSxJQUFJLFFBQVEsRUFBRSxHQUFHVCxvQkFBbUIsTUFBTSxDQUFDLElBQUksRUFBRTtBQUNqRyxVQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxjQUFNLEtBQUssZ0ZBQWdGLHNCQUFzQjtBQUNqSCxtQkFBVyxPQUFPLFFBQVEsV0FBVztBQUNuQyxnQkFBTTtZQUNKLEtBQUtBLG9CQUFtQixJQUFJLFFBQVEsQ0FBQyxNQUFNVSxhQUFZLElBQUksWUFBWSxPQUFPLENBQUMsTUFBTSxJQUFJLGFBQWEsT0FBTyxRQUFRQSxhQUFZLElBQUksVUFBVSxPQUFPLENBQUMsTUFBTSxJQUFJLFlBQVksT0FBTyxjQUFjQSxhQUFZLElBQUksU0FBUyxPQUFPLENBQUM7VUFDck87UUFDRjtBQUNBLGNBQU0sS0FBSyxFQUFFO01BQ2Y7QUFDQSxZQUFNLEtBQUtWLG9CQUFtQmEsZUFBYyxRQUFRLFNBQVMsQ0FBQyxHQUFHLEVBQUU7QUFDbkUsYUFBTyxNQUFNLEtBQUssSUFBSTtJQUN4QjtBQ3JEQSxRQUFNLFdBQVcsb0JBQUksSUFBSTtNQUN2QjtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7SUFDRixDQUFDO0FBQ0QsUUFBTSxXQUFXLENBQUMsU0FDaEIsQ0FBQyxLQUFLLFNBQVMsR0FBRyxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksS0FBSyxDQUFDLGdDQUFnQyxLQUFLLElBQUk7QUFFMUYsYUFBUyxNQUFNLE9BQWdCO0FBQzdCLFlBQU0sT0FBTyxDQUFDLFNBQWlCLENBQUNsSSxVQUFrQixRQUFRLFFBQVUsSUFBSSxJQUFJQSxLQUFJLFlBQWNBO0FBQzlGLGFBQU8sRUFBRSxLQUFLLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxFQUFFLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxFQUFFO0lBQ3ZFO0FBRU8sYUFBU3dJLGFBQ2QsTUFDQWpKLFdBQ1E7QUFDUixZQUFNLElBQUksTUFBTUEsVUFBUSxLQUFLO0FBQzdCLFlBQU0sUUFBa0IsQ0FBQztBQUN6QixZQUFNLGFBQWFrSSxlQUFjLElBQUk7QUFDckMsWUFBTSxTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsRUFBRTtBQUMvQyxZQUFNO1FBQ0osRUFBRTtVQUNBLGVBQWVsSSxVQUFRLFFBQVEsS0FBSyxXQUFXLFdBQVcsSUFBSSxrQkFBa0IsV0FBVyxJQUFJLEVBQUUsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsSUFBSSxFQUFFLElBQUksR0FBRyxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixDQUFDO1FBQ3JOO01BQ0Y7QUFDQSxZQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLGlCQUFXLEtBQUssWUFBWTtBQUMxQixjQUFNLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxHQUFHLElBQUksRUFBRSxJQUFJLEdBQUc7QUFDNUMsY0FBTSxLQUFLLEtBQUssSUFBSSxJQUFJLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxVQUFVLENBQUMsSUFBSXdJLGFBQVksRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUU7TUFDN0c7QUFDQSxZQUFNLFlBQVlMLGNBQWEsSUFBSTtBQUNuQyxVQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLGNBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFVBQVUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUNyRSxjQUFNO1VBQ0o7VUFDQSxFQUFFO1lBQ0EsR0FBRyxZQUFZLE9BQU8sUUFBUSxDQUFDLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUM7VUFDMUk7UUFDRjtBQUNBLG1CQUFXLEtBQUssV0FBVztBQUN6QixnQkFBTSxPQUFPLENBQUMsTUFBcUJLLGFBQVksR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDO0FBQ2xFLGdCQUFNO1lBQ0osS0FBSyxFQUFFLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSSxPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJQSxhQUFZLEVBQUUsV0FBVyxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7VUFDaEw7UUFDRjtNQUNGO0FBQ0EsWUFBTSxVQUFVSixtQkFBa0IsTUFBTXBJLFVBQVEsb0JBQW9CO0FBQ3BFLFlBQU0sU0FBU3VJLGtCQUFpQixPQUFPO0FBQ3ZDLFVBQUksT0FBUSxPQUFNLEtBQUssS0FBSyxRQUFTLGFBQWEsSUFBSSxFQUFFLElBQUksTUFBTSxJQUFJLE1BQU0sRUFBRTtBQUM5RSxVQUFJLFdBQVcsUUFBUSxVQUFVLFNBQVMsR0FBRztBQUMzQyxjQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssNEVBQTRFLENBQUM7QUFDbkcsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsUUFBUSxVQUFVLElBQUksQ0FBQyxRQUFRLElBQUksU0FBUyxNQUFNLENBQUM7QUFDakYsbUJBQVcsT0FBTyxRQUFRLFVBQVcsT0FBTSxLQUFLLEtBQUssSUFBSSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUlFLGFBQVksR0FBRyxDQUFDLEVBQUU7TUFDdkc7QUFDQSxZQUFNTSxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxZQUFNLFdBQVdULGFBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsWUFBTSxhQUFhQSxhQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsWUFBTTtRQUNKLEtBQUtFLGFBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjTyxXQUFVLEtBQUssYUFBYSxRQUFRLFdBQVdBLFVBQVMsUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRUCxhQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCTyxTQUFRLFFBQVEsQ0FBQyxDQUFDO01BQ25OO0FBQ0EsWUFBTSxLQUFLLGFBQWFQLGFBQVlGLGFBQVksTUFBTSxtQkFBbUIsTUFBTSxHQUFHLFNBQVMsQ0FBQyxxQkFBcUI7QUFDakgsWUFBTSxTQUFTQSxhQUFZLE1BQU0sVUFBVSxNQUFNO0FBQ2pELFlBQU07UUFDSixhQUFhRSxhQUFZLFFBQVEsU0FBUyxDQUFDLFlBQVlBLGFBQVlGLGFBQVksTUFBTSxVQUFVLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBT0UsY0FBYUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxLQUFLLE1BQU1BLGFBQVksTUFBTSxVQUFVLE9BQU8sS0FBSyxJQUFJLE9BQU8sQ0FBQztNQUMzTztBQUNBLFlBQU0sU0FBUyxPQUFPLEtBQUssS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUMxQyxPQUFPLFFBQVEsRUFDZixLQUFLO0FBQ1IsVUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixjQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssZ0JBQWdCLENBQUM7QUFDdkMsbUJBQVcsUUFBUSxRQUFRO0FBQ3pCLGdCQUFNLElBQUksS0FBSyxRQUFRLElBQUk7QUFDM0IsZ0JBQU0sSUFBSSxFQUFFO0FBQ1osZ0JBQU0sT0FBTyxFQUFFLGFBQWEsU0FBUyxPQUFPO0FBQzVDLGdCQUFNN0gsUUFDSixFQUFFLFNBQVMsVUFDUCxPQUFPK0gsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLFNBQVNBLGFBQVksRUFBRSxPQUFPLEdBQUcsSUFBSSxDQUFDLFNBQVNBLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxLQUN0RyxFQUFFLFNBQVMsU0FDVEEsYUFBWSxFQUFFLE1BQU0sU0FBUyxJQUM3QkEsYUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLE9BQU87QUFDL0MsZ0JBQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUkvSCxLQUFJLEVBQUU7UUFDckY7TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEtBQUttSSxlQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDN0MsYUFBTyxNQUFNLEtBQUssSUFBSTtJQUN4QjtBQzlHQSxRQUFNLFNBQVMsQ0FBQyxVQUErQixRQUFRLFFBQVE7QUFTeEQsYUFBU00sbUJBQWtCLE1BQW1CO0FBQ25ELGFBQU8sU0FBU25KLGdCQUFjLE1BQTJDO0FBQ3ZFLGNBQU0sTUFBOEI7VUFDbEMsUUFBUWtKLGFBQVksTUFBTTtZQUN4QixVQUFVLEtBQUs7WUFDZixPQUFPLEtBQUssT0FBTyxnQkFBZ0I7WUFDbkMsc0JBQXNCLEtBQUs7VUFDN0IsQ0FBQztRQUNIO0FBQ0EsY0FBTSxNQUFNLE1BQU07QUFDbEIsWUFBSSxLQUFLO0FBQ1AsZ0JBQU0sVUFBVUo7WUFDZDtZQUNBO2NBQ0UsVUFBVSxLQUFLO2NBQ2YsU0FBUyxPQUFPLE1BQU0sV0FBVyxLQUFLLEtBQUssV0FBVztjQUN0RCxRQUFRLE9BQU8sTUFBTSxVQUFVLEtBQUssT0FBTyxNQUFNLFFBQVE7Y0FDekQsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsY0FBYSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtZQUN0QztZQUNBLEtBQUs7VUFDUDtBQUVBLGdCQUFNLEVBQUUsWUFBWSxVQUFVLEdBQUcsVUFBVSxJQUFJO0FBQy9DLGNBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxLQUFLLFVBQVUsV0FBVyxNQUFNLENBQUM7QUFDOUQsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEdBQUcsS0FBSyxVQUFVLFNBQVMsTUFBTSxDQUFDLENBQUM7O0FBQ2hFLGNBQUksR0FBRyxHQUFHLFlBQVksSUFBSUMsYUFBWSxPQUFPO0FBQzdDLGNBQUksR0FBRyxHQUFHLGFBQWEsSUFBSUUsZ0JBQWUsT0FBTztRQUNuRDtBQUNBLGVBQU87TUFDVDtJQUNGO0FDakRBLFFBQUE1SSxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBRXRCLFFBQUkrSTtBQVFHLGFBQVNDLE9BQU0sT0FBMkM7QUFDL0QsWUFBTUwsV0FBVSxNQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU07QUFDL0QsVUFBSUEsV0FBVSxFQUFHLEVBQUEsR0FBQU0sWUFBQSxPQUFNTixRQUFPO0FBQzlCLE1BQUFJLGFBQVk7SUFDZDtBQVFPLGFBQVNHLGNBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBSXBHLFVBQUksUUFBUTtBQUNaLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLElBQUssVUFBUyxNQUFNLENBQUMsRUFBRztBQUMxRCxVQUFJLFFBQVEsU0FBUztBQUNyQixlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGlCQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQ25CLFlBQUksUUFBUSxFQUFHLFFBQU8sTUFBTSxDQUFDLEVBQUc7TUFDbEM7QUFDQSxhQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztJQUNsQztBQzNCQSxRQUFNQyxVQUFTLENBQUMsU0FDZCxLQUFLLGdCQUFnQixLQUFLLE1BQU0sS0FBSyxPQUFPLElBQUksS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBRTlFLFFBQU1DLE9BQStCO01BQ25DLEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQ0MsU0FBUUEsS0FBSSxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtNQUMzRCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUNBLE1BQUssU0FBU0EsS0FBSSxVQUFVRixRQUFPLElBQUksQ0FBQyxFQUFFO01BQzlELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQ0UsTUFBSyxTQUFTQSxLQUFJLFdBQVdGLFFBQU8sSUFBSSxHQUFHLENBQUMsRUFBRTtNQUNsRSxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUNFLFNBQVFBLEtBQUksT0FBTyxFQUFFO0lBQzNDO0FBR08sYUFBU0MsZ0JBQWVELE1BQWdCLE1BQXFCO0FBQ2xFLE1BQUFILGNBQWFFLElBQUcsRUFBRUMsTUFBSyxJQUFJO0lBQzdCO0FDcEJBLFFBQUFoSCxtQkFBcUMsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUFHOUIsUUFBTWtILHVCQUFzQixJQUFJQyxpQkFBQSxNQUFNLHlCQUF5QixJQUFJO0FBRW5FLFFBQU1DLHNCQUFxQixJQUFJRCxpQkFBQSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLFFBQU1FLDhCQUE2QixJQUFJRixpQkFBQSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLFFBQU1HLG9CQUFtQixJQUFJSCxpQkFBQSxLQUFLLG1CQUFtQjtBQUVyRCxRQUFNSSxrQkFBaUIsSUFBSUosaUJBQUEsUUFBUSxpQkFBaUI7QUFFcEQsUUFBTUssbUJBQWtCLElBQUlMLGlCQUFBLEtBQUssa0JBQWtCO0FBRW5ELFFBQU1NLGtCQUFpQixJQUFJTixpQkFBQSxRQUFRLGlCQUFpQjtBQ2QzRCxRQUFBeEosY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBbUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FDQ2pCLFFBQUFFLG1CQUF3QixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQVN4QixRQUFNMEgsWUFBVyxJQUFJQyxpQkFBQSxRQUFRLFVBQVU7QUNYdkMsUUFBQWhLLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUZ5QmYsYUFBU2lLLGFBQVksTUFBYyxLQUFzQjtBQUM5RCxhQUFPLFFBQVEsSUFBSSxJQUFJLElBQUksS0FBSyxLQUFLLE1BQU1DLG1CQUFBaEksUUFBSyxHQUFHLFFBQVEsTUFBTWdJLG1CQUFBaEksUUFBSyxHQUFHLG1CQUFtQjtJQUM5RjtBR1hBLFFBQU1pSCxXQUFTLENBQUMsRUFBRSxLQUFLLE1BQWUsS0FBSyxnQkFBZ0IsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEtBQUssZ0JBQWdCLE1BQU0sQ0FBQztBQUVsSCxhQUFTZ0Isa0JBQWlCZCxNQUFnQixLQUFvQjtBQUM1RCxZQUFNLFVBQVVBLEtBQUksYUFBYTtRQUMvQixPQUFPWSxhQUFZLFdBQVcsR0FBRztRQUNqQyxPQUFPO1FBQ1AsT0FBTztRQUNQLGVBQWU7TUFDakIsQ0FBQztBQUNELFVBQUksQ0FBQyxRQUFRLEtBQU07QUFDbkIsTUFBQUwsZ0JBQWUsSUFBSSxDQUFDO0FBQ3BCUCxXQUFJLFVBQVUsUUFBUSxLQUFLLEVBQUU7QUFDN0JBLFdBQUksYUFBYSxRQUFRLEtBQUssRUFBRTtJQUNsQztBQUVBLFFBQU1ELFFBQStCO01BQ25DLEVBQUUsUUFBUSxJQUFJLE1BQU0sQ0FBQ0MsU0FBUUEsS0FBSSxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtNQUM1RCxFQUFFLFFBQVEsSUFBSSxNQUFNLENBQUNBLE1BQUssUUFBUUEsS0FBSSxVQUFVRixTQUFPLEdBQUcsQ0FBQyxFQUFFO01BQzdELEVBQUUsUUFBUSxJQUFJLE1BQU0sQ0FBQ0UsTUFBSyxRQUFRQSxLQUFJLFdBQVdGLFNBQU8sR0FBRyxHQUFHLENBQUMsRUFBRTtNQUNqRSxFQUFFLFFBQVEsR0FBRyxNQUFNZ0Isa0JBQWlCO0lBQ3RDO0FBR08sYUFBU0Msa0JBQWlCZixNQUFnQixLQUFvQjtBQUNuRSxNQUFBSCxjQUFhRSxLQUFHLEVBQUVDLE1BQUssR0FBRztJQUM1QjtBQ25DQSxRQUFNLE1BQU0sRUFBRSxPQUFPdkYsV0FBVTtBQThDeEIsYUFBU3VHLFlBQVcsaUJBQWlCLE9BQWU7QUFDekQsYUFBTztRQUNMO1VBQ0UsUUFBUTtVQUNSLE1BQU07VUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sS0FBSyxhQUFhLE1BQU0sZUFBZSxDQUFDO1FBQ2xGO01BQ0Y7SUFDRjtBcENsQ0EsUUFBTW5KLFdBQVNzQixlQUFjLFVBQVU7QUFDdkMsUUFBTSxFQUFFLFFBQUFqQixTQUFRLEtBQUErSSxNQUFLLE9BQUE3SSxRQUFPLFNBQUFDLFVBQVMsY0FBQTZJLGVBQWMsVUFBQUMsV0FBVSxjQUFBQyxjQUFhLElBQUlqSixlQUFjLFNBQVMsS0FBSztBQUMxRyxRQUFNa0osY0FBYUgsZ0JBQWU7QUFDbEMsUUFBTUksU0FBb0IsRUFBRSxRQUFBcEosU0FBUSxPQUFBRSxRQUFPLFNBQUFDLFNBQVE7QUFFbkQsUUFBTWtKLGdCQUEyQjtNQUMvQixRQUFRLENBQUNMLGFBQVk7TUFDckIsT0FBT0UsZ0JBQWVEO01BQ3RCLFNBQVNDLGdCQUFlLEtBQUssSUFBSS9JLFVBQVM4SSxZQUFXLENBQUM7SUFDeEQ7QUFFQSxRQUFJLENBQUNFLFlBQVksQ0FBQWxELFlBQVdtRCxRQUFPekosU0FBTyxPQUFPO0FBRTFDLFFBQU10QixXQUEwQixnQkFBQW1ILGNBQWE3RixVQUFRLE9BQU87TUFDakUsT0FBTyxDQUFDOztNQUNSLFdBQVd3SixjQUFhRCxnQkFBZUQsWUFBV2pKLFFBQU8sU0FBU0U7TUFDbEUsV0FBVztRQUNULFVBQVVpSixjQUNOekksYUFBWSxnQkFBZ0I7VUFDMUIsRUFBRSxXQUFXd0ksZUFBYyxRQUFRRixjQUFhO1VBQ2hELEVBQUUsV0FBV0MsV0FBVSxRQUFRRCxjQUFhO1FBQzlDLENBQUMsSUFDRCxFQUFFLEdBQUd0SSxhQUFZLGdCQUFnQitFLGFBQVkyRCxNQUFLLENBQUMsR0FBRyxrQkFBa0IsS0FBSztNQUNuRjtNQUNBLE9BQU8sQ0FBQyxHQUFHTixZQUFXLENBQUM7SUFDekIsRUFBRTtBQUdLLFFBQU0xSyxpQkFBZ0MsZ0JBQUFtSixtQkFBa0IsRUFBRSxVQUFVLFdBQVcsQ0FBQztBQUVoRixhQUFTaEosU0FBMEI7QUFDeEMsYUFBTytHLFlBQVczRixVQUFRLEVBQUUsTUFBTSxLQUFLLENBQUM7SUFDMUM7QUFFQSxRQUFJdUY7QUFFRyxhQUFTL0csY0FBYSxNQUFxQjtBQUNoRCxVQUFJLENBQUMrRyxXQUFVaUUsWUFBWSxFQUFBLEdBQUFHLFlBQUEsT0FBTSxLQUFLLE9BQU8sSUFBSTNKLFNBQU8sV0FBVyxHQUFHO0FBQ3RFLE1BQUF1RixZQUFXLElBQUluQixXQUFVcEUsU0FBTyxTQUFTQSxTQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDaEYsTUFBQXFHLFdBQVVtRCxjQUFhRSxnQkFBZUQsTUFBSztBQUMzQyxVQUFJTCxTQUFRLE9BQVEsQ0FBQWhCLGdCQUFlN0MsU0FBUSxJQUFJO1VBQzFDLENBQUEyRCxrQkFBaUIzRCxTQUFRLEVBQUUsUUFBQXZGLFVBQVEsS0FBSyxDQUFDO0FBQzlDLFVBQUl3SixZQUFZLENBQUExQixPQUFNOUgsU0FBTyxVQUFVO0lBQ3pDOzs7OztBcUN2RUEsSUFBSTtBQUVHLFNBQVMsVUFBVTtBQUN4QixNQUFJLGdCQUFnQixRQUFXO0FBQzdCLFVBQU0sWUFBWSxXQUFXO0FBQzdCLGVBQVcsaUJBQWlCLENBQUM7QUFDN0IsZUFBVyxRQUFRLENBQUMsTUFBSyxXQUFVLGdCQUFlLFdBQVUsY0FBYSxZQUFZLEdBQUc7QUFDdEYsWUFBTSxTQUFTLFVBQVUsSUFBSTtBQUM3QixpQkFBVyxlQUFlLElBQUksSUFBSSxFQUFFLElBQUksUUFBUSxlQUFlLE9BQU8sV0FBVyxPQUFPO0FBQUEsSUFDMUY7QUFDQSxrQkFBYztBQUFBLEVBQ2hCO0FBQ0EsU0FBTztBQUNUO0FBQ0EsV0FBVyxzQkFBc0I7OztBQ2RqQyxTQUFTLE9BQU8sT0FBTyxhQUFhOzs7QUNpQzdCLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWMsTUFBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTTRKLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBTyxLQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVMsS0FBSyxNQUFNLENBQUMsSUFBSTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsbUJBQVM7QUFDVDtBQUFBLFFBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztBQUFBLFlBQzFCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJO0FBQzdDLE1BQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBcUJPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5Qzs7O0FDM0RPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUdPLElBQU0sZ0JBQWdCLEtBQUs7QUFLbEMsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBOEt4RCxTQUFTLFVBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQ3BPQSxJQUFNLGVBQWUsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsTUFBTSxNQUFNLDRCQUE0QjtBQUNqSCxJQUFNLGNBQWMsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsS0FBSztBQW9JN0UsU0FBUyxlQUFlLEtBQW9CO0FBQzFDLFFBQU0sT0FBTyxJQUFJLGlCQUFpQixLQUFLO0FBQ3ZDLE1BQUksTUFBTTtBQUNSLFVBQU1DLFVBQVMsS0FBSyxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxPQUFPLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDaEUsVUFBTSxNQUFNQSxRQUFPLEtBQUssQ0FBQyxHQUFHLE1BQU0sQ0FBQyxPQUFPLFVBQVUsQ0FBQyxLQUFLLElBQUksS0FBSyxJQUFJLE9BQVksSUFBSSxLQUFLLEtBQUtBLFFBQU8sSUFBSSxDQUFDLENBQUc7QUFDaEgsUUFBSSxPQUFPQSxRQUFPLFNBQVM7QUFDekIsWUFBTSxJQUFJO0FBQUEsUUFDUiwyQkFBMkIsS0FBSyxVQUFVLElBQUksQ0FBQztBQUFBLE1BQ2pEO0FBQ0YsV0FBT0E7QUFBQSxFQUNUO0FBQ0EsUUFBTSxNQUFNLFVBQVUsS0FBSyxzQkFBc0IsSUFBSSxZQUFZLEdBQUcsR0FBTyxDQUFDO0FBQzVFLFFBQU1BLFVBQW1CLENBQUM7QUFDMUIsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLEtBQUssRUFBRyxDQUFBQSxRQUFPLEtBQUssQ0FBQztBQUM5QyxTQUFPLENBQUMsR0FBR0EsU0FBUSxHQUFHO0FBQ3hCO0FBRU8sSUFBTSxnQkFBZ0I7QUFBQSxFQUMzQixPQUFPO0FBQUEsRUFDUCxRQUNFO0FBQUEsRUFDRixVQUFVLENBQUMsUUFBUTtBQUNqQixVQUFNQyxTQUFRLFVBQVUsS0FBSyxtQkFBbUIsSUFBSSxhQUFhLEdBQUcsSUFBSSxDQUFDO0FBQ3pFLFVBQU1DLFdBQVUsVUFBVSxLQUFLLHFCQUFxQixLQUFLLElBQUksR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU1ELFNBQVEsQ0FBQyxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ25HLEtBQUs7QUFBQSxNQUNMLEtBQUs7QUFBQSxNQUNMLE1BQU07QUFBQSxJQUNSLENBQUM7QUFDRCxRQUFJQyxZQUFXRDtBQUNiLFlBQU0sSUFBSTtBQUFBLFFBQ1IscUJBQXFCQyxRQUFPLHlDQUF5Q0QsTUFBSztBQUFBLE1BQzVFO0FBQ0YsV0FBTztBQUFBLE1BQ0wsUUFBUSxlQUFlLEdBQUc7QUFBQSxNQUMxQixLQUFLLFlBQVksR0FBRztBQUFBLE1BQ3BCLE9BQUFBO0FBQUEsTUFDQSxTQUFBQztBQUFBO0FBQUEsTUFFQSxjQUFjLFVBQVUsS0FBSywwQkFBMEIsR0FBRyxZQUFZLEdBQUcsR0FBTyxDQUFDO0FBQUE7QUFBQSxNQUVqRixVQUFVLFVBQVUsS0FBSyxzQkFBc0IsSUFBSSxhQUFhLEdBQUcsS0FBTSxDQUFDO0FBQUE7QUFBQSxNQUUxRSxjQUFjLFVBQVUsS0FBSywyQkFBMkIsSUFBSSxhQUFhLEdBQUcsSUFBSSxDQUFDO0FBQUEsSUFDbkY7QUFBQSxFQUNGO0FBQ0Y7QUFpREEsU0FBUyxZQUFZLEtBQWdDO0FBQ25ELFFBQU0sUUFBUSxJQUFJLGNBQWMsS0FBSyxLQUFLO0FBQzFDLE1BQUksVUFBVSxlQUFlLFVBQVU7QUFDckMsVUFBTSxJQUFJO0FBQUEsTUFDUix3QkFBd0IsS0FBSyxVQUFVLEtBQUssQ0FBQztBQUFBLElBQy9DO0FBQ0YsU0FBTztBQUNUOzs7QUNuUkEsT0FBTyxrQkFBa0I7QUFDekIsSUFBTyxvQkFBUTs7O0FDRGYsT0FBTyxhQUFhO0FBQ3BCLElBQU8sZUFBUTs7O0FDRGYsU0FBUyxTQUFTLE1BQU0sYUFBYTs7O0FDQXJDLFNBQVMsbUJBQW1COzs7QUNHckIsSUFBTSxnQkFBZ0I7QUFDdEIsSUFBTSxlQUFlOzs7QUNLNUIsU0FBUyxlQUF1QjtBQUU5QixNQUFJLFNBQVMsRUFBRyxDQUFDLFdBQXdELFlBQVksRUFBRztBQUN4RixRQUFNLFNBQVMsSUFBSSxZQUFZLGVBQWUsTUFBZ0I7QUFDNUQsVUFBTSxJQUFJLE1BQU0sMENBQTBDLGFBQWEsa0NBQWtDO0FBQUEsRUFDM0csQ0FBQztBQUNELFNBQU8sT0FBTyxDQUFDO0FBQ2pCO0FBRU8sSUFBTSxTQUE0QixhQUFhO0FBRy9DLElBQU0sZ0JBQTBDLE1BQU07OztBQ043RCxTQUFTLGlCQUFpQjtBQUN4QixTQUFPO0FBQUE7QUFBQSxJQUVMLFlBQVksSUFBSSxNQUFNLG9CQUFvQjtBQUFBO0FBQUEsSUFFMUMsaUJBQWlCLElBQUksTUFBTSwwQkFBMEI7QUFBQTtBQUFBLElBRXJELFVBQVUsSUFBSSxNQUFNLGtCQUFrQjtBQUFBO0FBQUEsSUFFdEMsZ0JBQWdCLElBQUksUUFBUSx3QkFBd0I7QUFBQTtBQUFBLElBRXBELGNBQWMsSUFBSSxNQUFNLGlDQUFpQztBQUFBLEVBQzNEO0FBQ0Y7QUFHQSxJQUFNLFNBQVMsU0FBUyxLQUFLLE9BQU8sZUFBZSxTQUFZLGVBQWUsSUFBSTtBQVdsRixJQUFNLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxXQUFXLE1BQU0sVUFBVSxHQUFHLGtCQUFrQixNQUFNLFNBQVMsS0FBSztBQUdsRyxJQUFJLFNBQVM7QUFDYixJQUFJO0FBQ0osSUFBSSxhQUFhO0FBTWpCLFNBQVMsVUFBVSxZQUFvQixPQUFxQztBQUMxRSxRQUFNLE1BQU0sYUFBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO0FBQUEsSUFDdEUsR0FBRztBQUFBLElBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxFQUNoRCxDQUFVO0FBQ1YsU0FBTyxJQUFJLFdBQVcsT0FBTyxJQUFJLFdBQVc7QUFDOUM7QUF3QkEsU0FBUyxNQUFTLE1BQThCO0FBQzlDLE1BQUk7QUFDRixXQUFPLE9BQU8sU0FBUyxXQUFZLEtBQUssTUFBTSxJQUFJLElBQVU7QUFBQSxFQUM5RCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNPLFNBQVMsY0FBYyxZQUEwQjtBQUV0RCxNQUFJLENBQUMsV0FBWSxjQUFhLFVBQVUsWUFBWSxNQUFNO0FBQzFELGFBQVM7QUFDUCxVQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLGFBQVMsVUFBVTtBQUNuQixVQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxJQUFJLElBQUksV0FBVyxHQUFJLENBQUM7QUFDcEQsUUFBSSxrQkFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxRQUFJLGtCQUFLLFNBQVMsYUFBYSxFQUFHO0FBQUEsRUFDcEM7QUFDQSxZQUFVLFlBQVksVUFBVTtBQUNoQyxXQUFTLFVBQVU7QUFDckI7QUFFQSxTQUFTLFNBQVMsWUFBMEI7QUFDMUMsUUFBTSxNQUFNLGFBQUssSUFBSSxHQUFHLFVBQVUsa0JBQWtCLE1BQU0sSUFBSSxJQUFhO0FBQzNFLFFBQU0sT0FDSixJQUFJLFdBQVcsTUFBTSxNQUFnRSxJQUFJLElBQUksSUFBSTtBQUNuRyxNQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sR0FBRztBQUN6QyxXQUFRLGVBQWUsSUFBSSxDQUFDO0FBQzVCO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxRQUFJLGVBQWUsVUFBYSxLQUFLLFNBQVMsV0FBWSxRQUFRLGVBQWUsSUFBSSxLQUFLLFNBQVMsVUFBVTtBQUM3RyxpQkFBYSxLQUFLO0FBQUEsRUFDcEI7QUFDQSxhQUFXLFVBQVUsS0FBSyxTQUFTO0FBQ2pDLGFBQVMsS0FBSyxJQUFJLFFBQVEsT0FBTyxHQUFHO0FBQ3BDLFFBQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxVQUFVLE9BQVE7QUFDM0QsV0FBUSxXQUFXLElBQUksT0FBTyxXQUFXO0FBQ3pDLFdBQVEsZ0JBQWdCLElBQUksT0FBTyxpQkFBaUI7QUFDcEQsV0FBUSxTQUFTLElBQUksT0FBTyxTQUFTO0FBQUEsRUFDdkM7QUFHQSxNQUFJLE9BQU8sS0FBSyxZQUFZO0FBQzFCLHNCQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7QUFDdkY7OztBQzlHQSxTQUFTLFNBQVMsTUFBc0I7QUFDdEMsTUFBSTtBQUNGLFdBQU8sS0FBSyxJQUFJO0FBQUEsRUFDbEIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxJQUFJO0FBQUEsTUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNqRTtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsU0FBUyxNQUFvQjtBQUVwQyxRQUFNLFNBQVMsQ0FBQztBQUNoQixhQUFXLFFBQVE7QUFDakIsV0FBTyxJQUFJLElBQUksSUFBSTtBQUFBLE1BQ2pCLFNBQVMsSUFBSTtBQUFBLE1BQ2IsTUFBTSxjQUFjLFNBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO0FBQUEsSUFDaEQ7QUFDRixTQUFPO0FBQUEsSUFDTCxRQUFRLDBCQUEwQixJQUFJO0FBQUEsSUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO0FBQUEsSUFDaEcsU0FBUyxDQUFDLE1BQU0sVUFBVSxPQUFPLElBQUksRUFBRSxLQUFLO0FBQUEsRUFDOUM7QUFDRjtBQUVBLFNBQVMsU0FBU0MsU0FBc0I7QUFDdEMsTUFBSUEsUUFBTyxVQUFXLFFBQU8sU0FBU0EsUUFBTyxTQUFTO0FBQ3RELFFBQU0sUUFBUUEsUUFBTztBQUNyQixNQUFJQSxRQUFPLFdBQVc7QUFDcEIsV0FBTztBQUFBLE1BQ0wsUUFBUTtBQUFBLE1BQ1IsT0FBT0EsUUFBTztBQUFBLE1BQ2QsU0FBUyxDQUFDLE1BQU0sT0FBTyxjQUFjLEVBQUUsT0FBTyxVQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztBQUFBLElBQ3JGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLFFBQVE7QUFBQSxJQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUFBLElBQ3hDLFNBQVMsQ0FBQyxNQUFNLFFBQVEsY0FBYyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxTQUFTO0FBQUEsRUFDN0U7QUFDRjtBQWlCTyxJQUFNLE9BQWEsU0FBUyxNQUFTOzs7QUNuRjVDLE9BQU8sZ0JBQWdCOzs7QUNzQmhCLElBQU0sWUFBWTs7O0FDTGxCLFNBQVMsUUFBUSxVQUFxQyxJQUFTLE9BQXdCO0FBQzVGLFFBQU0sVUFBVSxPQUFPLFNBQVksS0FBSyxtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFDckUsVUFBUSxVQUFVO0FBQUEsSUFDaEIsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLGdCQUFnQixPQUFPO0FBQUEsSUFDaEMsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO0FBQUEsSUFDckQsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUlBLElBQU0saUJBQThFLENBQUM7QUFHOUUsU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLE1BQUksT0FBTyxlQUFlLFFBQVE7QUFDbEMsTUFBSSxTQUFTLFFBQVc7QUFDdEIsV0FBTyxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFRLEVBQUU7QUFDaEUsbUJBQWUsUUFBUSxJQUFJO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1Q7OztBQzJCQSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBR3RELFNBQVMsU0FBUyxPQUFrQixPQUF1QjtBQUN6RCxVQUFRLE9BQU87QUFBQSxJQUNiLEtBQUs7QUFDSCxhQUFPLE1BQU0sUUFBUSxNQUFNO0FBQUEsSUFDN0IsS0FBSyxTQUFTO0FBQ1osWUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxhQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxJQUNoRDtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFBQSxJQUNoRSxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ3hELEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDekQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLFFBQVEsQ0FBQztBQUFBLElBQzdCLEtBQUs7QUFDSCxhQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDM0UsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtBQUFBLElBQ3JDLEtBQUssYUFBYTtBQUNoQixZQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUM1RTtBQUFBLEVBQ0Y7QUFDRjtBQVNBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBQ2xFO0FBR0EsSUFBSTtBQUVKLElBQU0sWUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLE1BQUk7QUFDRixXQUFPLFFBQVMsS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sYUFBTixNQUF5QztBQUFBLEVBR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFM7QUFDQTtBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUhRO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUxYLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFPUixJQUFJLE9BQXNCO0FBQ3hCLFFBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLFdBQUssUUFBUSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBR0EsU0FBUyxVQUFVLE1BQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFjO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLGtCQUE0RSxDQUFDO0FBQ25GLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxNQUFJLFdBQVcsZ0JBQWdCLE1BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBVyxhQUFLLGlCQUFpQixNQUFNO0FBQ3ZDLG9CQUFnQixNQUFNLElBQUk7QUFBQSxFQUM1QjtBQUNBLFNBQU87QUFDVDtBQUlBLElBQUk7QUFDRyxTQUFTLGdCQUFnQixNQUF5QztBQUN2RSxhQUFXO0FBQ2I7QUFPQSxJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLG1CQUFtQixDQUFDLE1BQWUsRUFBRTtBQUMzQyxJQUFNLGtCQUFrQixDQUFDLE1BQWUsQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUV6RCxJQUFNLFlBQXlGLENBQUM7QUFFaEcsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLFFBQVE7QUFDNUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxpQkFBaUI7QUFDbEYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJO0FBQ3BFLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUtBLFNBQVMsVUFBVSxRQUFnQixLQUFhLE9BQTRDO0FBQzFGLFNBQU8sVUFBVSxTQUFZLFNBQVMsR0FBRyxNQUFNLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFDakg7QUFFTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQTRDLENBQUM7QUFBQTtBQUFBLEVBVzlELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsUUFBSSxTQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFFBQUksQ0FBQyxRQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxlQUFTO0FBQUEsUUFDUDtBQUFBLFFBQ0EsTUFBTSxZQUFZLFFBQVE7QUFBQSxRQUMxQixTQUFTLEtBQUs7QUFBQSxRQUNkLGtCQUFrQixhQUFhLFFBQVE7QUFBQSxNQUN6QztBQUVBLFVBQUksQ0FBQyxVQUFXLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDMUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNLGFBQUs7QUFBQSxNQUNmO0FBQUEsTUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7QUFBQSxNQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7QUFBQSxNQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO0FBQUEsSUFDckU7QUFFQSxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsUUFBSSxVQUFVLENBQUM7QUFDZixRQUFJLFNBQVMsVUFBVTtBQUNyQixnQkFBVTtBQUNWLGdCQUFVLE9BQU8sR0FBRyxLQUFLLFNBQVMsT0FBTyxTQUFTO0FBQ2xELGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVLFVBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFdBQU8sSUFBSSxXQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO0FBQUEsRUFDaEc7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxRQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7QUFBQSxFQUNwRTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxRQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTLFVBQVUsSUFBSSxTQUFTLE1BQU0sS0FBSztBQUMvQyxhQUFTLFVBQVUsUUFBUSxVQUFVLE1BQU0sTUFBTTtBQUNqRCxhQUFTLFVBQVUsUUFBUSxLQUFLLE1BQU0sQ0FBQztBQUN2QyxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLFFBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtBQUFBLEVBQzdGO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLFFBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO0FBQUEsRUFDckY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQ25GO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLFFBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxRQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsUUFBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQzVHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxRQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7QUFBQSxFQUNsRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztBQUFBLEVBQ2hGO0FBQ0Y7OztBQ2hWTyxJQUFNLHFCQUFxQixJQUFJLEtBQUssS0FBSzs7O0FDK0R6QyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7OztBQ3hFTyxTQUFTLE9BQU9DLFdBQWtCLEVBQUUsUUFBQUMsU0FBUSxPQUFBQyxRQUFPLFNBQUFDLFNBQVEsR0FBOEI7QUFDOUYsUUFBTSxRQUFRLEtBQUssTUFBTUgsWUFBV0UsTUFBSztBQUN6QyxNQUFJLFFBQVEsS0FBSyxTQUFTRCxRQUFPLE9BQVEsUUFBTztBQUNoRCxTQUFPLEVBQUUsT0FBTyxPQUFPQSxRQUFPLEtBQUssR0FBSSxRQUFRRCxZQUFXLFFBQVFFLFVBQVNDLFNBQVE7QUFDckY7QUFZTyxTQUFTLFdBQ2QsT0FDQSxTQUNlO0FBQ2YsUUFBTSxPQUFPLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFDbkMsTUFBSSxDQUFDLEtBQU0sUUFBTztBQUNsQixNQUFJLEtBQUssWUFBWSxRQUFRO0FBQzNCLFdBQU8sT0FBTyxLQUFLLEtBQUssdUNBQXVDLEtBQUssWUFBWSxLQUFLLFFBQVEsQ0FBQyxDQUFDLFNBQVMsUUFBUSxZQUFZLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDN0ksTUFBSSxLQUFLLFVBQVUsUUFBUSxLQUFLLFFBQVEsUUFBUTtBQUM5QyxXQUFPLE9BQU8sS0FBSyxLQUFLLG9DQUFvQyxLQUFLLE1BQU0sUUFBUSxDQUFDLENBQUMsU0FBUyxRQUFRLFFBQVE7QUFDNUcsUUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLElBQUksTUFBTSxNQUFNLEVBQUUsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7QUFDaEQsTUFBSSxNQUFNLFVBQWEsSUFBSyxLQUFNLElBQUk7QUFDcEMsV0FBTyxrQ0FBa0MsRUFBRyxRQUFRLENBQUMsQ0FBQyxNQUFNLEVBQUcsUUFBUSxDQUFDLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDO0FBQzdGLFNBQU87QUFDVDtBQUdPLElBQU0sYUFBYTs7O0FDekJuQixTQUFTLFdBQVcsUUFBMkIsR0FBbUI7QUFDdkUsTUFBSSxPQUFPLFdBQVcsRUFBRyxPQUFNLElBQUksTUFBTSw2QkFBNkI7QUFDdEUsUUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsU0FBTyxPQUFPLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBTSxJQUFJLE1BQU8sT0FBTyxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ3JFOzs7QUMxQkEsSUFBTSxXQUFXLE9BQU8sS0FBSyxJQUFJLElBQUksa0JBQUssU0FBUyxhQUFhO0FBR2hFLElBQUksYUFBYTtBQUdWLFNBQVMsVUFBVSxPQUF5QjtBQUNqRCxlQUFhO0FBQ2IsUUFBTSxLQUFLLE9BQU8sU0FBUyxHQUFHLEtBQUs7QUFDbkMsb0JBQUssR0FBRyxRQUFRLEtBQUssT0FBTyxLQUFLLE9BQU8sR0FBRyxLQUFLLElBQUk7QUFDcEQsb0JBQUssR0FBRyxRQUFRLEtBQUssU0FBUyxJQUFJLFNBQVMsV0FBVztBQUN4RDtBQUdPLFNBQVMsV0FBVyxPQUFtQixTQUF3RDtBQUNwRyxRQUFNLE9BQW1CLENBQUM7QUFDMUIsTUFBSTtBQUNKLE1BQUksVUFBVSxFQUFFLE9BQU8sSUFBSSxXQUFXLENBQUMsR0FBZSxRQUFRLEVBQUU7QUFDaEUsUUFBTSxRQUFRLE1BQU07QUFDbEIsUUFBSSxRQUFRLFFBQVEsRUFBRztBQUN2QixVQUFNLFFBQVEsTUFBTSxPQUFPLFFBQVEsS0FBSztBQUN4QyxVQUFNLFVBQVUsTUFBTSxRQUFRLE1BQU07QUFDcEMsVUFBTSxJQUFJLFFBQVEsVUFBVTtBQUM1QixTQUFLLEtBQUs7QUFBQSxNQUNSO0FBQUEsTUFDQSxHQUFJLFFBQVEsSUFBSztBQUFBLE1BQ2pCLE9BQU8sSUFBSSxJQUFJLFdBQVcsUUFBUSxXQUFXLEVBQUUsSUFBSTtBQUFBLE1BQ25ELFdBQVcsSUFBSSxJQUFJLFFBQVEsU0FBUyxJQUFJO0FBQUEsSUFDMUMsQ0FBQztBQUNELFVBQU0sU0FBUyxXQUFXLE1BQU0sT0FBTztBQUN2QyxRQUFJLFVBQVUsUUFBUSxRQUFRLE1BQU0sT0FBTyxTQUFTLEVBQUcsbUJBQUssS0FBSyxNQUFNLEdBQUcsVUFBVSxJQUFJLE1BQU0sRUFBRTtBQUFBLEVBQ2xHO0FBQ0Esa0JBQWdCLENBQUMsV0FBVyxZQUFZLE9BQU87QUFDN0MsUUFBSSxDQUFDLGNBQWMsYUFBYSxNQUFPO0FBQ3ZDLFVBQU0sS0FBSyxPQUFPLFNBQVMsR0FBRyxLQUFLO0FBQ25DLFFBQUksQ0FBQyxHQUFJO0FBQ1QsaUJBQWEsR0FBRyxVQUFVO0FBQzFCLFFBQUksQ0FBQyxTQUFVO0FBQ2YsUUFBSSxHQUFHLFVBQVUsUUFBUSxPQUFPO0FBQzlCLFlBQU07QUFDTixnQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLFdBQVcsQ0FBQyxHQUFHLFFBQVEsRUFBRTtBQUFBLElBQ3hEO0FBQ0EsUUFBSSxDQUFDLEdBQUcsT0FBUTtBQUNoQixZQUFRLFVBQVUsS0FBSyxVQUFVO0FBQ2pDLFFBQUksQ0FBQyxHQUFJLFNBQVE7QUFBQSxFQUNuQixDQUFDO0FBQ0g7OztBQ3hEQSxJQUFJO0FBUUcsU0FBUyxNQUFNLE9BQTJDO0FBQy9ELFFBQU0sVUFBVSxNQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU07QUFDL0QsTUFBSSxVQUFVLEVBQUcsT0FBTSxPQUFPO0FBQzlCLGNBQVk7QUFDZDtBQVFPLFNBQVMsYUFBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFJcEcsTUFBSSxRQUFRO0FBQ1osV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxVQUFTLE1BQU0sQ0FBQyxFQUFHO0FBQzFELE1BQUksUUFBUSxTQUFTO0FBQ3JCLFdBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsYUFBUyxNQUFNLENBQUMsRUFBRztBQUNuQixRQUFJLFFBQVEsRUFBRyxRQUFPLE1BQU0sQ0FBQyxFQUFHO0FBQUEsRUFDbEM7QUFDQSxTQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztBQUNsQzs7O0FDM0JBLElBQU0sU0FBUyxDQUFDLFNBQ2QsS0FBSyxnQkFBZ0IsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEtBQUssZ0JBQWdCLE1BQU0sQ0FBQztBQUU5RSxJQUFNLE1BQStCO0FBQUEsRUFDbkMsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFFBQVEsSUFBSSxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQzNELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxLQUFLLFNBQVMsSUFBSSxVQUFVLE9BQU8sSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM5RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsS0FBSyxTQUFTLElBQUksV0FBVyxPQUFPLElBQUksR0FBRyxDQUFDLEVBQUU7QUFBQSxFQUNsRSxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsUUFBUSxJQUFJLE9BQU8sRUFBRTtBQUMzQztBQUdPLFNBQVMsZUFBZSxLQUFnQixNQUFxQjtBQUNsRSxlQUFhLEdBQUcsRUFBRSxLQUFLLElBQUk7QUFDN0I7OztBQ2pCTyxJQUFNLHNCQUFzQixJQUFJLE1BQU0seUJBQXlCLElBQUk7QUFFbkUsSUFBTSxxQkFBcUIsSUFBSSxNQUFNLHdCQUF3QixJQUFJO0FBRWpFLElBQU0sNkJBQTZCLElBQUksTUFBTSxpQ0FBaUMsSUFBSTtBQUVsRixJQUFNLG1CQUFtQixJQUFJLEtBQUssbUJBQW1CO0FBRXJELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7QUFFcEQsSUFBTSxrQkFBa0IsSUFBSSxLQUFLLGtCQUFrQjtBQUVuRCxJQUFNLGlCQUFpQixJQUFJLFFBQVEsaUJBQWlCOzs7QUNIM0QsSUFBTSxXQUFXLElBQUksUUFBUSxVQUFVOzs7QUNjaEMsU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNLGtCQUFLLEdBQUcsUUFBUSxNQUFNLGtCQUFLLEdBQUcsbUJBQW1CO0FBQzlGOzs7QUNYQSxJQUFNQyxVQUFTLENBQUMsRUFBRSxLQUFLLE1BQWUsS0FBSyxnQkFBZ0IsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEtBQUssZ0JBQWdCLE1BQU0sQ0FBQztBQUVsSCxTQUFTLGlCQUFpQixLQUFnQixLQUFvQjtBQUM1RCxRQUFNLFVBQVUsSUFBSSxhQUFhO0FBQUEsSUFDL0IsT0FBTyxZQUFZLFdBQVcsR0FBRztBQUFBLElBQ2pDLE9BQU87QUFBQSxJQUNQLE9BQU87QUFBQSxJQUNQLGVBQWU7QUFBQSxFQUNqQixDQUFDO0FBQ0QsTUFBSSxDQUFDLFFBQVEsS0FBTTtBQUNuQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsTUFBSSxVQUFVLFFBQVEsS0FBSyxFQUFFO0FBQzdCLE1BQUksYUFBYSxRQUFRLEtBQUssRUFBRTtBQUNsQztBQUVBLElBQU1DLE9BQStCO0FBQUEsRUFDbkMsRUFBRSxRQUFRLElBQUksTUFBTSxDQUFDLFFBQVEsSUFBSSxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQzVELEVBQUUsUUFBUSxJQUFJLE1BQU0sQ0FBQyxLQUFLLFFBQVEsSUFBSSxVQUFVRCxRQUFPLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDN0QsRUFBRSxRQUFRLElBQUksTUFBTSxDQUFDLEtBQUssUUFBUSxJQUFJLFdBQVdBLFFBQU8sR0FBRyxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQ2pFLEVBQUUsUUFBUSxHQUFHLE1BQU0saUJBQWlCO0FBQ3RDO0FBR08sU0FBUyxpQkFBaUIsS0FBZ0IsS0FBb0I7QUFDbkUsZUFBYUMsSUFBRyxFQUFFLEtBQUssR0FBRztBQUM1Qjs7O0FDZkEsSUFBTUMsVUFBUyxjQUFjLFVBQVU7QUFDdkMsSUFBTSxFQUFFLFFBQVEsS0FBSyxPQUFPLFNBQVMsY0FBYyxVQUFVLGFBQWEsSUFBSSxjQUFjLFNBQVMsS0FBSztBQUMxRyxJQUFNLGFBQWEsZUFBZTtBQUNsQyxJQUFNLFFBQW9CLEVBQUUsUUFBUSxPQUFPLFFBQVE7QUFFbkQsSUFBTSxlQUEyQjtBQUFBLEVBQy9CLFFBQVEsQ0FBQyxZQUFZO0FBQUEsRUFDckIsT0FBTyxlQUFlO0FBQUEsRUFDdEIsU0FBUyxlQUFlLEtBQUssSUFBSSxTQUFTLFdBQVcsQ0FBQztBQUN4RDtBQUVBLElBQUksQ0FBQyxXQUFZLFlBQVcsT0FBT0EsUUFBTyxPQUFPO0FBdUJqRCxJQUFJO0FBRUcsU0FBUyxhQUFhLE1BQXFCO0FBQ2hELE1BQUksQ0FBQyxVQUFVLFdBQVksT0FBTSxLQUFLLE9BQU8sSUFBSUMsUUFBTyxXQUFXLEdBQUc7QUFDdEUsYUFBVyxJQUFJLFVBQVVBLFFBQU8sU0FBU0EsUUFBTyxhQUFhLEtBQUssT0FBTyxPQUFPO0FBQ2hGLFlBQVUsYUFBYSxlQUFlLEtBQUs7QUFDM0MsTUFBSSxRQUFRLE9BQVEsZ0JBQWUsUUFBUSxJQUFJO0FBQUEsTUFDMUMsa0JBQWlCLFFBQVEsRUFBRSxRQUFBQSxTQUFRLEtBQUssQ0FBQztBQUM5QyxNQUFJLFdBQVksT0FBTUEsUUFBTyxVQUFVO0FBQ3pDOzs7QUNyRU8sU0FBUyxpQkFBaUIsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLGNBQWMsR0FBRyxJQUFJO0FBQUc7QUFDM0UsSUFBTSxVQUFVLFNBQVMsSUFBSSxRQUFRLEVBQUUsVUFBVTtBQUNqRCxTQUFTLFNBQVMsTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLE1BQU0sR0FBRyxJQUFJO0FBQUc7QUFDM0QsU0FBU0MsYUFBWSxNQUFNO0FBQUUsU0FBTyxRQUFRLEVBQUUsU0FBUyxHQUFHLElBQUk7QUFBRzsiLCJuYW1lcyI6WyJfX2NvbW1vbkpTIiwiZXhwb3J0cyIsIm1vZHVsZSIsImNhcGFjaXR5VXNlciIsImhhbmRsZVN1bW1hcnkiLCJvcHRpb25zIiwicG9sbFJlc291cmNlcyIsInNldHVwIiwidGVhcmRvd24iLCJpbXBvcnRfazYiLCJERUZBVUxUX1RBUkdFVFMiLCJST0xFUyIsIlVzZXJzRmlsZUVycm9yIiwicGFyc2VVc2Vyc0NzdiIsInRleHQiLCJmYWlsIiwicGFyc2VQb29sU3BlYyIsInBvb2xFbWFpbCIsInRvb1NtYWxsRm9yRGlzdGluY3QiLCJ2dUlkQm91bmQiLCJDb25maWdFcnJvciIsIk1BWF9SQU1QX1VQX1MiLCJNQVhfUkFNUF9ET1dOX1MiLCJyYXciLCJudW1iZXJJbiIsIm1pbGxpcyIsImZyYWN0aW9uIiwiY29uZmlnIiwiZW52TnVtYmVyIiwid2hvbGVTZWNvbmRzIiwid2hvbGVOdW1iZXIiLCJjYXBhY2l0eUxldmVscyIsImxldmVscyIsImNhcGFjaXR5RW50cnkiLCJzdGVwUyIsInNldHRsZVMiLCJjYXBhY2l0eU1peCIsIm1ldHJpY0tleSIsInBlcmNlbnRpbGUiLCJ0b0s2VGhyZXNob2xkcyIsImlzQXJyaXZhbFJhdGUiLCJTVU1NQVJZX1RSRU5EX1NUQVRTIiwic3RhZ2VkVXNlcnMiLCJleGVjIiwiaW1wb3J0X2V4ZWN1dGlvbiIsImltcG9ydF9odHRwIiwiaW1wb3J0X21ldHJpY3MiLCJpbXBvcnRfZGF0YSIsIlNIQVJFRF9DT05GSUciLCJndWFyZGVkQ29uZmlnIiwiZGVjbGFyZU1ldHJpY3MiLCJzZXJ2ZXIiLCJQT0xMIiwiY3Vyc29yIiwiZXJyb3JzU2VlbiIsImxvYWRNYXJrZWQiLCJtYXJrUGhhc2UiLCJodHRwIiwicmVzb3VyY2VzU2NlbmFyaW8iLCJwYXJzZSIsInBvbGxPbmNlIiwic2FtcGxlIiwiZW5kTG9hZCIsInJlc291cmNlR2F0ZXMiLCJyZWFkRmlsZSIsImZpbGVQb29sIiwiaW1wb3J0X2RhdGEyIiwibWFrZVBvb2wiLCJhc3NlcnREaXN0aW5jdCIsInBvb2wiLCJpbXBvcnRfc2VjcmV0cyIsIkFQSV9TQ09QRSIsImFwaVBhdGgiLCJyb3V0ZU5hbWVzIiwidGFnc0J5RW5kcG9pbnQiLCJyZXF1ZXN0VGFncyIsImlzSWQiLCJpc0NvdW50IiwiaGFzU2hhcGUiLCJpc0pzb24iLCJyZWFkaW5nIiwicmVhZEZpZWxkIiwiTGF6eVJlc3VsdCIsInBhcnNlSnNvbiIsInN0YXR1c0NhbGxiYWNrcyIsImV4cGVjdFN0YXR1cyIsImltcG9ydF9odHRwMiIsIm9ic2VydmVyIiwib2JzZXJ2ZVJlcXVlc3RzIiwib3V0Y29tZSIsInN0YXR1c0lzRXhwZWN0ZWQiLCJzaGFwZUlzRXhwZWN0ZWQiLCJjaGVja1NldHMiLCJjaGVja3NGb3IiLCJ3aXRoUGFyYW0iLCJBcGlDbGllbnQiLCJwYXJhbXMiLCJpbXBvcnRfazYyIiwiREFUQVNFVF9USVRMRSIsIlJVTl9USVRMRV9GSUxURVIiLCJkYXRhc2V0VGl0bGUiLCJuZXdSdW5JZCIsIkxJVkVfUlVOX1dJTkRPV19NUyIsImlzTGVmdG92ZXIiLCJjb3VudCIsImltcG9ydF9odHRwMyIsImltcG9ydF9rNjMiLCJxdWlldExvZ2luIiwiZW5zdXJlRGF0YXNldCIsIm9wZW4iLCJyZW1vdmVDb3Vyc2VzIiwiaW1wb3J0X2V4ZWN1dGlvbjMiLCJ1cmwiLCJpbXBvcnRfaHR0cDQiLCJjbGllbnQiLCJpbXBvcnRfazY0Iiwic2VjcmV0UGFzc3dvcmRzIiwic2VjcmV0cyIsInByZXBhcmVSdW4iLCJjbGVhblVwUnVuIiwiZW50cnlPcHRpb25zIiwic3dlZXBTdGFnZXMiLCJzdGVwQXQiLCJlbGFwc2VkUyIsInN0b3BSZWFzb24iLCJTV0VFUF9ET05FIiwiaW1wb3J0X2V4ZWN1dGlvbjQiLCJpblNjZW5hcmlvIiwiZW50ZXJTdGVwIiwid2F0Y2hTd2VlcCIsImVzY2FwZVhtbCIsImVzY2FwZU1hcmtkb3duQ2VsbCIsIm1hcmtkb3duQ29kZSIsImV4cHJlc3Npb24iLCJ1bml0T2YiLCJ0aHJlc2hvbGRSb3dzIiwiZW5kcG9pbnRSb3dzIiwiZHJvcHBlZEl0ZXJhdGlvbnMiLCJpdGVyYXRpb25zIiwibWV0cmljVmFsdWUiLCJwZXJjZW50aWxlQ2F2ZWF0IiwiZm9ybWF0VmFsdWUiLCJkcm9wcGVkVGV4dCIsInNlcnZlclJlc291cmNlcyIsInJlc291cmNlc1RleHQiLCJyZXNvdXJjZXNMaW5lIiwiYnVpbGRSZXN1bHRzIiwianVuaXRSZXBvcnQiLCJzZWNvbmRzIiwibWFya2Rvd25SZXBvcnQiLCJ0ZXh0U3VtbWFyeSIsIm1ha2VIYW5kbGVTdW1tYXJ5IiwiaG9sZFBvaW50IiwidGhpbmsiLCJpbXBvcnRfazY1IiwicGlja1dlaWdodGVkIiwic2VlZGVkIiwiTUlYIiwiYXBpIiwicmVhZE1peFJlcXVlc3QiLCJjaGFwdGVyR2VuZXJhdGlvbk1zIiwiaW1wb3J0X21ldHJpY3MyIiwiY291cnNlR2VuZXJhdGlvbk1zIiwiY291cnNlR2VuZXJhdGlvbk9ic2VydmVkTXMiLCJnZW5lcmF0aW9uRmFpbGVkIiwiY291cnNlc0NyZWF0ZWQiLCJ3b3JrZmxvd1N1Y2Nlc3MiLCJ3b3JrZmxvd0Vycm9ycyIsInJlbG9naW5zIiwiaW1wb3J0X21ldHJpY3MzIiwidW5pcXVlVGl0bGUiLCJpbXBvcnRfZXhlY3V0aW9uNSIsImNyZWF0ZVJlYWREZWxldGUiLCJyZWFkV3JpdGVNaXhUYXNrIiwiYWJvcnRHYXRlcyIsIm1peCIsImNvbmZpcm1Vc2VycyIsImNvbmZpcm1TIiwiY29uZmlybVJhbXBTIiwiY29uZmlybWluZyIsInN3ZWVwIiwiY29uZmlybVNoYXBlIiwiaW1wb3J0X2s2OCIsImZhaWwiLCJsZXZlbHMiLCJzdGVwUyIsInNldHRsZVMiLCJjb25maWciLCJwb2xsUmVzb3VyY2VzIiwiZWxhcHNlZFMiLCJsZXZlbHMiLCJzdGVwUyIsInNldHRsZVMiLCJzZWVkZWQiLCJNSVgiLCJjb25maWciLCJjb25maWciLCJ0ZWFyZG93biJdfQ==
