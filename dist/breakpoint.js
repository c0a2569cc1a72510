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
      const total = tasks.reduce((sum, t) => sum + t.weight, 0);
      let point = random * total;
      for (const t of tasks) {
        point -= t.weight;
        if (point < 0) return t.task;
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
var pool = makePool(config);

// k6-once:k6/secrets
import k6_secrets from "k6/secrets";

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
  const total = tasks.reduce((sum, t) => sum + t.weight, 0);
  let point = random * total;
  for (const t of tasks) {
    point -= t.weight;
    if (point < 0) return t.task;
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
export {
  handleSummary,
  mixed,
  options,
  pollResources2 as pollResources,
  setup,
  teardown2 as teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiazYtdGFibGU6azYiLCAiazYtdGFibGU6azYvZXhlY3V0aW9uIiwgIms2LXRhYmxlOms2L2h0dHAiLCAiazYtdGFibGU6azYvbWV0cmljcyIsICJrNi10YWJsZTprNi9kYXRhIiwgIms2LXRhYmxlOms2L3NlY3JldHMiLCAiLi4vc2NlbmFyaW9zL2JyZWFrcG9pbnQudHMiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvZHVyYXRpb24udHMiLCAiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC50cyIsICIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCAiLi4vbGliL2h0dHAvYXBpLnRzIiwgIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsICIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCAiLi4vbGliL3VzZXJzL2RhdGFzZXQudHMiLCAiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvbG9hZC9zdXN0YWluZWQtcmF0ZS50cyIsICIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwgIi4uL2xpYi9yZXBvcnQvZXNjYXBlLnRzIiwgIi4uL2xpYi9yZXBvcnQvc3VtbWFyeS1kYXRhLnRzIiwgIi4uL2xpYi9yZXBvcnQvcmVzdWx0cy50cyIsICIuLi9saWIvcmVwb3J0L2p1bml0LnRzIiwgIi4uL2xpYi9yZXBvcnQvbWFya2Rvd24udHMiLCAiLi4vbGliL3JlcG9ydC90ZXh0LnRzIiwgIi4uL2xpYi9yZXBvcnQvaGFuZGxlLXN1bW1hcnkudHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vbGliL3dvcmtmbG93cy9yZWFkLW1peC50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgImdsdWU6Z2x1ZTpicmVha3BvaW50IiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsICJrNi1vbmNlOms2IiwgIms2LW9uY2U6azYvZXhlY3V0aW9uIiwgIms2LW9uY2U6azYvaHR0cCIsICJrNi1vbmNlOms2L21ldHJpY3MiLCAiazYtb25jZTprNi9kYXRhIiwgIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2Vudi1sb2FkLXNpZGUudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIms2LW9uY2U6azYvc2VjcmV0cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvY29uZmlnL2VudHJ5LnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlLW1hdGgudHMiLCAiLi4vbGliL2xvYWQvc3VzdGFpbmVkLXJhdGUudHMiLCAiLi4vbGliL3dvcmtmbG93cy9wYWNpbmcudHMiLCAiLi4vbGliL3dvcmtmbG93cy9yZWFkLW1peC50cyIsICIuLi9zY2VuYXJpb3MvYnJlYWtwb2ludC50cyIsICJlbnRyeTplbnRyeTpicmVha3BvaW50Il0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSxRQUFBLGFBQUFBLFlBQUE7TUFBQSxjQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxJQUFJO0FBQzVEQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLG9CQUFBRixZQUFBO01BQUEsd0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLGNBQWM7QUFDdEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZUFBQUYsWUFBQTtNQUFBLG1CQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxTQUFTO0FBQ2pFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBRixZQUFBO01BQUEsc0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFlBQVk7QUFDcEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEsZUFBQUYsWUFBQTtNQUFBLG1CQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxTQUFTO0FBQ2pFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBRixZQUFBO01BQUEsc0JBQUFDLFVBQUFDLFNBQUE7QUFBQSxZQUFNLEVBQUUsSUFBSSxjQUFjLElBQUksV0FBVyxlQUFlLFlBQVk7QUFDcEVBLGdCQUFPLFVBQVUsRUFBRSxZQUFZLEtBQUs7QUFDcEMsbUJBQVcsT0FBTyxRQUFRLFFBQVEsRUFBRSxFQUFHLEtBQUksT0FBTyxRQUFRO0FBQ3hELGlCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxNQUFNLEdBQUcsR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO0FBQ3JGLFlBQU0sU0FBUyxDQUFDLFFBQVEsTUFBTTtBQUM1QixnQkFBTSxRQUFRLGNBQWMsR0FBRztBQUMvQixpQkFBTyxPQUFPLFVBQVUsYUFBYSxNQUFNLEtBQUssYUFBYSxJQUFJO1FBQ25FO0FBQ0EsWUFBSSxrQkFBa0IsUUFBUSxPQUFPLGtCQUFrQixVQUFBO0FBQ3JELHFCQUFXLE9BQU8sUUFBUSxRQUFRLGFBQWE7QUFDN0MsZ0JBQUksT0FBTyxRQUFRLFlBQVksRUFBRSxPQUFPQSxRQUFPO0FBQzdDLHFCQUFPLGVBQWVBLFFBQU8sU0FBUyxLQUFLLEVBQUUsS0FBSyxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztRQUFBO01BQUE7SUFBQSxDQUFBO0FDWHZGLFFBQUEscUJBQUEsQ0FBQTtBQUFBLGFBQUEsb0JBQUE7TUFBQSxlQUFBLE1BQUFDO01BQUEsT0FBQSxNQUFBQztNQUFBLFNBQUEsTUFBQUM7TUFBQSxlQUFBLE1BQUFDO01BQUEsT0FBQSxNQUFBQztNQUFBLFVBQUEsTUFBQUM7SUFBQSxDQUFBO0FBQUEsV0FBQSxVQUFBLGFBQUEsa0JBQUE7QUNpQ08sUUFBTUMsbUJBQXFDLE9BQU8sT0FBTztNQUM5RCxVQUFVO01BQ1YsVUFBVTtNQUNWLGFBQWE7TUFDYixhQUFhO01BQ2IsWUFBWTtNQUNaLGNBQWM7TUFDZCxhQUFhO01BQ2IsV0FBVztNQUNYLGNBQWM7TUFDZCxVQUFVO01BQ1YsWUFBWTtNQUNaLHNCQUFzQjtJQUN4QixDQUFDO0FDckNNLFFBQU1DLFNBQXlCLENBQUMsV0FBVyxTQUFTLE9BQU87QUFVM0QsUUFBTUMsa0JBQU4sY0FBNkIsTUFBTTtNQUMvQixPQUFPO0lBQ2xCO0FBTU8sYUFBU0MsZUFBY0MsT0FBYyxNQUF3QjtBQUNsRSxZQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsWUFBTUMsU0FBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsY0FBTSxJQUFJSCxnQkFBZSwwQkFBMEIsSUFBSSxVQUFVLElBQUksS0FBSyxPQUFPLEVBQUU7TUFDckY7QUFDQSxVQUFJO0FBQ0osVUFBSSxRQUFRO0FBQ1osWUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsWUFBTSxPQUFPRSxNQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVNBLE1BQUssTUFBTSxDQUFDLElBQUlBO0FBQzdELFlBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxlQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGNBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsWUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLGNBQU0sU0FBbUIsQ0FBQztBQUMxQixZQUFJLFFBQVE7QUFDWixZQUFJLFNBQVM7QUFDYixZQUFJLFlBQVk7QUFDaEIsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsZ0JBQU0sSUFBSSxLQUFLLENBQUM7QUFDaEIsY0FBSSxRQUFRO0FBQ1YsZ0JBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyx1QkFBUztBQUNUO1lBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztnQkFDMUIsVUFBUztVQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixtQkFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxvQkFBUTtBQUNSLHdCQUFZO1VBQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxxQkFBUyxZQUFZO0FBQ3JCLG9CQUFRO1VBQ1YsTUFBTyxVQUFTO1FBQ2xCO0FBQ0EsWUFBSSxPQUFRQyxDQUFBQSxPQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsZUFBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxZQUFJLENBQUMsU0FBUztBQUNaLGdCQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxnQkFBTSxLQUFLLENBQUMsU0FBaUIsTUFBTSxRQUFRLElBQUk7QUFDL0MsY0FBSSxHQUFHLE9BQU8sSUFBSSxLQUFLLEdBQUcsVUFBVSxJQUFJLEtBQUssR0FBRyxNQUFNLElBQUksR0FBRztBQUMzREEsWUFBQUEsT0FBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO1VBQ2hIO0FBQ0Esb0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxrQkFBUSxPQUFPO0FBQ2Y7UUFDRjtBQUNBLFlBQUksT0FBTyxXQUFXLE1BQU9BLENBQUFBLE9BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsY0FBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsY0FBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsY0FBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFlBQUksVUFBVSxHQUFJQSxDQUFBQSxPQUFLLElBQUksR0FBRyxhQUFhO0FBQzNDLFlBQUksYUFBYSxHQUFJQSxDQUFBQSxPQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFlBQUksQ0FBRUosT0FBNEIsU0FBUyxJQUFJO0FBQzdDSSxVQUFBQSxPQUFLLElBQUksR0FBRyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksQ0FBQyxRQUFRLEtBQUssZ0NBQWdDO0FBQy9GLFlBQUksS0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDLEVBQUdBLENBQUFBLE9BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsYUFBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGlCQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7TUFDakQ7QUFDQSxVQUFJLENBQUMsUUFBU0EsQ0FBQUEsT0FBSyxHQUFHLHFGQUFxRjtBQUMzRyxhQUFPO0lBQ1Q7QUFHTyxhQUFTQyxlQUFjLE1BQWMsTUFBeUI7QUFDbkUsWUFBTSxRQUFtQixFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQzFELFlBQU0sV0FBVztBQUNqQixpQkFBVyxRQUFRLEtBQ2hCLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQzFCLGNBQU0sUUFBUSxvQ0FBb0MsS0FBSyxJQUFJO0FBQzNELFlBQUksQ0FBQztBQUNILGdCQUFNLElBQUlKLGdCQUFlLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxJQUFJLG1CQUFtQixRQUFRLEVBQUU7QUFDekcsY0FBTSxNQUFNLENBQUMsQ0FBUyxJQUFJLE9BQU8sTUFBTSxDQUFDLENBQUM7TUFDM0M7QUFDQSxVQUFJLE1BQU0sVUFBVSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQ2hELGNBQU0sSUFBSUEsZ0JBQWUsV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUMxRixhQUFPO0lBQ1Q7QUFHTyxhQUFTSyxXQUFVLE1BQVksR0FBbUI7QUFDdkQsYUFBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0lBQzlDO0FBR08sYUFBU0MscUJBQW9CLE9BQWtCLFFBQW1CLFFBQW9DO0FBQzNHLGlCQUFXLFFBQVFQLFFBQU87QUFDeEIsWUFBSSxPQUFPLElBQUksSUFBSSxLQUFLLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxHQUFHO0FBQ2xELGlCQUNFLEdBQUcsTUFBTSxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUksSUFBSSwwREFBMEQsT0FBTyxJQUFJLENBQUM7UUFHOUc7TUFDRjtBQUNBLGFBQU87SUFDVDtBQU9PLGFBQVNRLFdBQVUsV0FBNEQ7QUFDcEYsVUFBSSxRQUFRO0FBQ1osaUJBQVcsS0FBSyxPQUFPLE9BQU8sU0FBUyxHQUFHO0FBQ3hDLGNBQU0sU0FBVSxFQUFFLFVBQStDLENBQUM7QUFDbEUsY0FBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEVBQUUsWUFBWSxDQUFDLEdBQUcsR0FBRyxPQUFPLElBQUksQ0FBQyxVQUFVLE1BQU0sTUFBTSxDQUFDO0FBQ3JGLFlBQUksRUFBRSxhQUFhLGNBQWUsVUFBUztpQkFDbEMsT0FBTyxFQUFFLFdBQVcsU0FBVSxVQUFTLEVBQUU7aUJBQ3pDLE9BQU8sRUFBRSxvQkFBb0IsU0FBVSxVQUFTLEVBQUU7WUFDdEQsVUFBUyxPQUFPLEVBQUUsT0FBTyxDQUFDO01BQ2pDO0FBQ0EsYUFBTztJQUNUO0FDMUZPLFFBQU1DLGVBQU4sY0FBMEIsTUFBTTtNQUM1QixPQUFPO0lBQ2xCO0FBR08sUUFBTUMsaUJBQWdCLEtBQUs7QUFDM0IsUUFBTUMsbUJBQWtCO0FBSS9CLGFBQVNDLEtBQUksS0FBVSxNQUFrQztBQUN2RCxZQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLGFBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0lBQ3REO0FBRUEsYUFBU1IsTUFBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsWUFBTSxJQUFJSyxhQUFZLFdBQVcsSUFBSSxJQUFJLEtBQUssVUFBVSxLQUFLLENBQUMsY0FBYyxRQUFRLEVBQUU7SUFDeEY7QUFFQSxhQUFTSSxVQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLGFBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixjQUFNLFFBQVFELEtBQUksS0FBSyxJQUFJO0FBQzNCLFlBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsY0FBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFlBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsQ0FBQVIsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxjQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFlBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxDQUFBQSxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLGVBQU87TUFDVDtJQUNGO0FBR0EsUUFBTSxVQUFVLENBQUMsS0FBYSxRQUFnQlMsVUFBUyxLQUFLLEtBQUssNkJBQTZCLElBQUk7QUFDbEcsUUFBTSxRQUFRLENBQUMsS0FBYSxRQUFnQkEsVUFBUyxLQUFLLEtBQUssa0JBQWtCLElBQUk7QUFDckYsUUFBTUMsVUFBU0QsVUFBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsUUFBTUUsWUFBV0YsVUFBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUFFL0QsUUFBTSxPQUFxQixDQUFDLEtBQUssTUFBTSxhQUFhO0FBQ2xELFlBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFJLE1BQU0sS0FBSyxNQUFNLEdBQUksQ0FBQVQsTUFBSyxNQUFNLE9BQU8sbUJBQW1CO0FBQzlELGFBQU87SUFDVDtBQUVBLGFBQVMsSUFBSSxLQUFVLE1BQWMsVUFBa0Q7QUFDckYsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFlBQU0sUUFBUSxpRUFBaUUsS0FBSyxLQUFLO0FBQ3pGLFVBQUksQ0FBQyxNQUFPLENBQUFSLE1BQUssTUFBTSxPQUFPLDhDQUE4QztBQUM1RSxhQUFPLE1BQU0sUUFBUSxRQUFRLEVBQUU7SUFDakM7QUFFQSxhQUFTLFFBQVEsS0FBVSxNQUFpQztBQUMxRCxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU8sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRztBQUNwRSxZQUFNLFFBQVEsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLENBQUMsU0FBUyxLQUFLLEtBQUssQ0FBQztBQUN4RCxZQUFNLFdBQVc7QUFDakIsVUFBSSxNQUFNLFdBQVcsS0FBSyxNQUFNLEtBQUssQ0FBQyxTQUFTLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxFQUFHLENBQUFSLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsWUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsVUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsYUFBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0lBQ2pDO0FBRUEsYUFBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxZQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxZQUFNLFdBQVc7QUFDakIsVUFBSSxDQUFDLE1BQU8sQ0FBQVIsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxZQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixZQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsVUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsYUFBTyxFQUFFLEtBQUssSUFBSTtJQUNwQjtBQUVBLGFBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFlBQU0sUUFBUVEsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixVQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxhQUFPUixNQUFLLE1BQU0sT0FBTyxlQUFlO0lBQzFDO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBd0I7QUFDbEQsWUFBTSxRQUFRUSxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxVQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxRQUFBUixNQUFLLE1BQU0sT0FBTyxzRkFBc0Y7TUFDMUc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csYUFBTztRQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7UUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO01BQzVEO0lBQ0Y7QUFFQSxhQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxZQUFNLFFBQVFRLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPO0FBQ2hELFVBQUk7QUFDRixlQUFPUCxlQUFjLE9BQU8sSUFBSTtNQUNsQyxTQUFTLE9BQU87QUFDZCxjQUFNLElBQUlJLGFBQVksaUJBQWlCUixrQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO01BQ3ZGO0lBQ0Y7QUFFQSxhQUFTLFFBQVEsS0FBNkI7QUFDNUMsWUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxZQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsVUFBSSxZQUFZO0FBQ2QsUUFBQUcsTUFBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUM3RyxhQUFPO1FBQ0w7UUFDQTtRQUNBLFFBQVEsS0FBSyxLQUFLLDRCQUE0QjtRQUM5QyxnQkFBZ0IsS0FBSyxLQUFLLHNDQUFzQztNQUNsRTtJQUNGO0FBR08sYUFBUyxZQUFZLEtBQWtCO0FBQzVDLFlBQU0sSUFBSUw7QUFDVixZQUFNaUIsY0FBWSxRQUFRLEdBQUcsSUFBSSxLQUFLLElBQUksRUFBRSxLQUFLLDZCQUE2QixFQUFFO0FBQ2hGLFlBQU0sVUFBVSxRQUFRLEdBQUdOLGNBQWE7UUFDdEM7UUFDQTtRQUNBLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTU0sY0FBWSxDQUFDLENBQUMsQ0FBQztNQUNyRDtBQUNBLGFBQU87UUFDTCxTQUFTLElBQUksS0FBSyxZQUFZLHVCQUF1QjtRQUNyRCxPQUFPO1VBQ0wsU0FBUyxZQUFZLEtBQUssZ0JBQWdCLHVCQUF1QixrQkFBa0I7VUFDbkYsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1VBQzNFLE9BQU8sWUFBWSxLQUFLLGNBQWMscUJBQXFCLGdCQUFnQjtRQUM3RTtRQUNBLFdBQUFBO1FBQ0EsaUJBQWlCLE1BQU0sR0FBRyxHQUFPLEVBQUUsS0FBSyxnQ0FBZ0MsR0FBRztRQUMzRSxhQUFhLFFBQVEsR0FBRyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRTtRQUNoRTtRQUNBLFdBQVcsUUFBUSxHQUFHTCxnQkFBZSxFQUFFLEtBQUsseUJBQXlCLEtBQUssSUFBSSxJQUFJLE9BQU8sQ0FBQztRQUMxRixTQUFTLFFBQVEsS0FBSywwQkFBMEI7UUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO1FBQ25ELGVBQWVFLFVBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztRQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7UUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztRQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7UUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO1FBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtRQUN2RCxTQUFTO1VBQ1AsVUFBVUMsUUFBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7VUFDeEQsVUFBVUEsUUFBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7VUFDeEQsYUFBYUEsUUFBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsYUFBYUEsUUFBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsWUFBWUEsUUFBTyxLQUFLLDBCQUEwQixFQUFFLFVBQVU7VUFDOUQsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtVQUM3RixhQUFhQyxVQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztVQUNsRSxXQUFXQSxVQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztVQUM1RCxjQUFjRjtZQUNaO1lBQ0E7WUFDQTtZQUNBO1VBQ0YsRUFBRSxLQUFLLDJCQUEyQixFQUFFLFlBQVk7VUFDaEQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtVQUN6RSxZQUFZQSxVQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtVQUM5RixzQkFBc0JBO1lBQ3BCO1lBQ0E7WUFDQTtZQUNBO1VBQ0YsRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtRQUNyRTtRQUNBLFdBQVdELEtBQUksS0FBSyx3QkFBd0IsS0FBSztRQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO1FBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtRQUNyRCxTQUFTLFFBQVEsR0FBRztNQUN0QjtJQUNGO0FBR0EsYUFBUyxPQUFPLFNBQXlCO0FBQ3ZDLFlBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELGNBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0lBQ3hDO0FBRUEsYUFBUyxXQUFXLE1BQXVCO0FBQ3pDLGFBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtJQUNuSDtBQU1PLGFBQVMsb0JBQW9CSyxVQUFnQixPQUFxQjtBQUN2RSxZQUFNLE9BQU8sT0FBT0EsU0FBTyxPQUFPO0FBQ2xDLFVBQUksV0FBVyxJQUFJLEtBQUtBLFNBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxZQUFNLElBQUlSO1FBQ1Isb0JBQW9CLEtBQUssYUFBYVEsU0FBTyxPQUFPLEtBQUssSUFBSSxvR0FDYSxJQUFJO01BQ2hGO0lBQ0Y7QUFNTyxhQUFTQyxXQUNkLEtBQ0EsTUFDQSxVQUNBLE9BQ1E7QUFDUixZQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsYUFBT0wsVUFBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtJQUN6RjtBQzdPQSxRQUFNTSx1QkFBc0I7QUFLNUIsUUFBTUMsZUFBYztBQUlwQixRQUFNQyxnQkFBZSxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxNQUFNLE1BQU0sNEJBQTRCO0FBQ2pILFFBQU1DLGVBQWMsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsS0FBSztBQW1IdEUsUUFBTUMsbUJBQWtCO01BQzdCLE9BQU87TUFDUCxRQUF3QixpQkFBQ0osc0JBQXFCLHdCQUF3QixFQUFFLEtBQUssSUFBSTtNQUNqRixLQUFLLENBQUNLLGNBQWEsRUFBRSxDQUFDTCxvQkFBbUIsR0FBRyxPQUFPLEtBQUssSUFBSUMsY0FBYSxLQUFLLElBQUksR0FBR0ksUUFBTyxDQUFDLENBQUMsRUFBRTtNQUNoRyxTQUFTO01BQ1QsVUFBVSxDQUFDLFFBQVE7QUFDakIsY0FBTUMsY0FBWVAsV0FBVSxLQUFLLHlCQUF5QixHQUFHSSxhQUFZLEdBQUcsR0FBTyxDQUFDO0FBQ3BGLGNBQU1JLFlBQVVSLFdBQVUsS0FBSyx1QkFBdUIsS0FBTUksYUFBWSxHQUFHLEdBQU8sQ0FBQztBQUNuRixjQUFNTixjQUFZRSxXQUFVLEtBQUtDLHNCQUFxQixLQUFLRSxjQUFhLEdBQUdELFlBQVcsQ0FBQztBQUN2RixjQUFNTyxlQUFhVCxXQUFVLEtBQUsscUJBQXFCLElBQUlJLGFBQVksR0FBRyxHQUFNLENBQUM7QUFDakYsWUFBSUksWUFBVUQ7QUFDWixnQkFBTSxJQUFJLE1BQU0sdUJBQXVCQyxTQUFPLG1DQUFtQ0QsV0FBUyxzQkFBc0I7QUFDbEgsZUFBTyxFQUFFLFdBQUFBLGFBQVcsU0FBQUMsV0FBUyxXQUFBVixhQUFXLFlBQUFXLGFBQVc7TUFDckQ7SUFDRjtBQ3pJQSxRQUFJO0FBQ0osUUFBTSxVQUFVLE1BQ2IsYUFBYTtNQUNaLFlBQVk7TUFDWixTQUFTO01BQ1QsWUFBWTtJQUNkO0FBR0ssYUFBU0MsV0FBVSxRQUFnQixNQUF1QztBQUMvRSxVQUFJLENBQUMsUUFBUSxFQUFFLFdBQVcsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLE1BQU0sd0JBQXdCLE1BQU0sOEJBQThCO0FBQ3BILFlBQU0sVUFBVSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDekMsVUFBSSxRQUFRLFdBQVcsRUFBRyxRQUFPO0FBQ2pDLGlCQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssU0FBUztBQUNsQyxZQUFJLENBQUMsUUFBUSxFQUFFLFFBQVEsS0FBSyxHQUFHLEtBQUssQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEtBQUssR0FBRztBQUNsRSxnQkFBTSxJQUFJO1lBQ1IsZUFBZSxHQUFHLElBQUksS0FBSyxPQUFPLE1BQU07VUFDMUM7UUFDRjtNQUNGO0FBQ0EsYUFBTyxHQUFHLE1BQU0sSUFBSSxRQUFRLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNLEdBQUcsR0FBRyxJQUFJLEtBQUssRUFBRSxFQUFFLEtBQUssR0FBRyxDQUFDO0lBQ2hGO0FBR08sYUFBUyxXQUFXLE1BQW1EO0FBQzVFLFlBQU1DLGVBQWEsUUFBUSxFQUFFLFdBQVcsS0FBSyxLQUFLLElBQUk7QUFDdEQsVUFBSSxLQUFLLEtBQUssV0FBVyxJQUFJLE1BQU0sQ0FBQ0EsZ0JBQWMsT0FBT0EsYUFBVyxDQUFDLENBQUMsSUFBSSxNQUFNO0FBQzlFLGNBQU0sSUFBSSxNQUFNLHVCQUF1QixLQUFLLElBQUksZ0NBQWdDO01BQ2xGO0FBQ0EsVUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUs7QUFDN0IsY0FBTSxJQUFJLE1BQU0sYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUsscUNBQXFDO0FBQ3BHLGFBQU8sR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEVBQUUsR0FBRyxLQUFLLEtBQUs7SUFDNUM7QUFFQSxhQUFTLEtBQUssTUFBeUI7QUFDckMsWUFBTTFCLFFBQU8sV0FBVyxJQUFJO0FBQzVCLFVBQUksQ0FBQyxLQUFLLFlBQWEsUUFBT0E7QUFDOUIsYUFBTztRQUNMLFdBQVdBO1FBQ1gsYUFBYTtRQUNiLEdBQUksS0FBSyxpQkFBaUIsRUFBRSxnQkFBZ0IsS0FBSyxlQUFlLElBQUksQ0FBQztNQUN2RTtJQUNGO0FBR08sYUFBUzJCLGdCQUFlLE9BQTZCO0FBQzFELFlBQU0sTUFBb0IsQ0FBQztBQUMzQixpQkFBVyxRQUFRLE9BQU87QUFDeEIsY0FBTSxNQUFNRixXQUFVLEtBQUssUUFBUSxLQUFLLElBQUk7QUFDNUMsWUFBSSxHQUFHLElBQUksQ0FBQyxHQUFJLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxHQUFHLEtBQUssTUFBTSxJQUFJLElBQUksQ0FBQztNQUMxRDtBQUNBLGFBQU87SUFDVDtBQ25GTyxhQUFTRyxpQkFBZ0I1QixPQUFzQjtBQUNwRCxVQUFJLFFBQVE7QUFDWixVQUFJLFVBQVU7QUFDZCxpQkFBVyxDQUFDLE9BQU8sT0FBTyxJQUFJLEtBQUtBLE1BQUssU0FBUyw0QkFBNEIsR0FBRztBQUM5RSxpQkFBUyxPQUFPLEtBQUssSUFBSSxFQUFFLEdBQUcsTUFBTSxHQUFHLElBQUksR0FBRyxHQUFHLElBQUksS0FBTSxFQUFFLElBQThCO0FBQzNGLG1CQUFXO01BQ2I7QUFDQSxVQUFJLFlBQVlBLFNBQVFBLFVBQVMsR0FBSSxPQUFNLElBQUksTUFBTSxtQkFBbUIsS0FBSyxVQUFVQSxLQUFJLENBQUMsRUFBRTtBQUM5RixhQUFPO0lBQ1Q7QUNpQ08sUUFBTTZCLGlCQUFnQixDQUFDLGFBQzVCLFNBQVMsYUFBYSwyQkFBMkIsU0FBUyxhQUFhO0FBR2xFLGFBQVNDLHFCQUFvQixVQUE0QjtBQUM5RCxZQUFNLElBQUk7QUFPVixZQUFNLFVBQVVGLGlCQUFnQixFQUFFLFlBQVksSUFBSTtBQUNsRCxVQUFJLEVBQUUsYUFBYSx3QkFBeUIsU0FBUyxFQUFFLFFBQVEsS0FBS0EsaUJBQWdCLEVBQUUsWUFBWSxJQUFJLElBQUs7QUFDM0csVUFBSSxFQUFFLGFBQWEsdUJBQXdCLE9BQU0sSUFBSSxNQUFNLEdBQUcsRUFBRSxRQUFRLGtDQUFrQztBQUMxRyxVQUFJLE9BQU8sRUFBRSxhQUFhO0FBQzFCLFVBQUksUUFBUTtBQUNaLGlCQUFXLFNBQVMsRUFBRSxVQUFVLENBQUMsR0FBRztBQUNsQyxrQkFBVyxPQUFPLE1BQU0sVUFBVSxJQUFLQSxpQkFBZ0IsTUFBTSxRQUFRO0FBQ3JFLGVBQU8sTUFBTTtNQUNmO0FBQ0EsYUFBTyxRQUFRO0lBQ2pCO0FDaUNPLFFBQU1HLHVCQUFzQixDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sU0FBUyxTQUFTLFNBQVMsT0FBTztBQXlCM0YsYUFBU0MsWUFDZEMsT0FDQVgsYUFDQUMsV0FDQVYsYUFDQSxRQUNVO0FBQ1YsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFBb0I7UUFDQSxXQUFBWDtRQUNBLFVBQVU7UUFDVixpQkFBaUIsS0FBSyxJQUFJLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLQSxXQUFTLENBQUMsQ0FBQztRQUNuRTtRQUNBLFFBQVEsQ0FBQyxFQUFFLFVBQVUsR0FBR1QsV0FBUyxLQUFLLFFBQVFVLFVBQVEsQ0FBQztNQUN6RDtJQUNGO0FDdElBLFFBQUFXLGFBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMsb0JBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGVBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsa0JBQStCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FDTi9CLFFBQUFDLGVBQTRCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNEckIsUUFBTUMsaUJBQWdCO0FES3RCLFFBQU16QixVQUFpQixZQUFZLEtBQUs7QUFFL0MsUUFBSXdCLGFBQUEsWUFBWUMsZ0JBQWUsTUFBTSxDQUFDekIsT0FBTSxDQUFDO0FBR3RDLGFBQVMwQixlQUFjLE9BQXVCO0FBQ25ELDBCQUFvQjFCLFNBQVEsS0FBSztBQUNqQyxhQUFPQTtJQUNUO0FEREEsYUFBUzJCLGtCQUFpQjtBQUN4QixhQUFPOztRQUVMLFlBQVksSUFBSUosZ0JBQUEsTUFBTSxvQkFBb0I7O1FBRTFDLGlCQUFpQixJQUFJQSxnQkFBQSxNQUFNLDBCQUEwQjs7UUFFckQsVUFBVSxJQUFJQSxnQkFBQSxNQUFNLGtCQUFrQjs7UUFFdEMsZ0JBQWdCLElBQUlBLGdCQUFBLFFBQVEsd0JBQXdCOztRQUVwRCxjQUFjLElBQUlBLGdCQUFBLE1BQU0saUNBQWlDO01BQzNEO0lBQ0Y7QUFHQSxRQUFNSyxVQUFTLFNBQVMsS0FBSzVCLFFBQU8sZUFBZSxTQUFZMkIsZ0JBQWUsSUFBSTtBQVdsRixRQUFNRSxRQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsUUFBSUMsVUFBUztBQUNiLFFBQUlDO0FBQ0osUUFBSUMsY0FBYTtBQU1qQixhQUFTQyxXQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFlBQU0sTUFBTVgsYUFBQVksUUFBSyxLQUFLLEdBQUcsVUFBVSxVQUFVLEtBQUssVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHO1FBQ3RFLEdBQUdMO1FBQ0gsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7TUFDaEQsQ0FBVTtBQUNWLGFBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0lBQzlDO0FBR0EsUUFBTSxTQUFTO0FBVVIsYUFBU00sbUJBQWtCcEMsYUFBbUIsV0FBOEI7QUFDakYsYUFBTztRQUNMLFVBQVU7UUFDVixNQUFNO1FBQ04sS0FBSztRQUNMLFVBQVUsR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUtBLFdBQVMsQ0FBQyxDQUFDO1FBQzlDLGNBQWMsR0FBRyxNQUFNO1FBQ3ZCLEdBQUksWUFBWSxFQUFFLFVBQVUsSUFBSSxDQUFDO01BQ25DO0lBQ0Y7QUFFQSxhQUFTcUMsT0FBUyxNQUE4QjtBQUM5QyxVQUFJO0FBQ0YsZUFBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO01BQzlELFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQVNPLGFBQVN6RCxlQUFjLFlBQTBCO0FBRXRELFVBQUksQ0FBQ3FELFlBQVksQ0FBQUEsY0FBYUMsV0FBVSxZQUFZLE1BQU07QUFDMUQsaUJBQVM7QUFDUCxjQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUFJLFVBQVMsVUFBVTtBQUNuQixTQUFBLEdBQUFqQixXQUFBLE9BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxZQUFJQyxrQkFBQUYsUUFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxZQUFJRSxrQkFBQUYsUUFBSyxTQUFTLGFBQWEsRUFBRztNQUNwQztBQUNBLE1BQUFjLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLE1BQUFJLFVBQVMsVUFBVTtJQUNyQjtBQUVBLGFBQVNBLFVBQVMsWUFBMEI7QUFDMUMsWUFBTSxNQUFNZixhQUFBWSxRQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQkosT0FBTSxJQUFJRCxLQUFhO0FBQzNFLFlBQU0sT0FDSixJQUFJLFdBQVcsTUFBTU8sT0FBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsVUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsUUFBQVIsUUFBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtNQUNGO0FBQ0EsVUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFlBQUlHLGdCQUFlLFVBQWEsS0FBSyxTQUFTQSxZQUFZLENBQUFILFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBU0csV0FBVTtBQUM3RyxRQUFBQSxjQUFhLEtBQUs7TUFDcEI7QUFDQSxpQkFBV08sV0FBVSxLQUFLLFNBQVM7QUFDakMsUUFBQVIsVUFBUyxLQUFLLElBQUlBLFNBQVFRLFFBQU8sR0FBRztBQUNwQyxZQUFJQSxRQUFPLFVBQVUsVUFBYUEsUUFBTyxVQUFVLE9BQVE7QUFDM0QsUUFBQVYsUUFBUSxXQUFXLElBQUlVLFFBQU8sV0FBVztBQUN6QyxRQUFBVixRQUFRLGdCQUFnQixJQUFJVSxRQUFPLGlCQUFpQjtBQUNwRCxRQUFBVixRQUFRLFNBQVMsSUFBSVUsUUFBTyxTQUFTO01BQ3ZDO0FBR0EsVUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixRQUFBakIsa0JBQUFGLFFBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtJQUN2RjtBQU9PLGFBQVNvQixTQUFRLFlBQTBCO0FBQ2hELE1BQUFOLFdBQVUsWUFBWSxVQUFVO0FBQ2hDLFlBQU0sTUFBTVgsYUFBQVksUUFBSyxJQUFJLEdBQUcsVUFBVSxZQUFZTCxLQUFhO0FBQzNELFlBQU0sVUFBVSxJQUFJLFdBQVcsTUFBTU8sT0FBbUQsSUFBSSxJQUFJLElBQUk7QUFDcEcsVUFBSSxXQUFXLE9BQU8sUUFBUSw2QkFBNkI7QUFDekQsUUFBQVIsUUFBUSxhQUFhLElBQUksUUFBUSx3QkFBd0I7SUFDN0Q7QUFlTyxhQUFTWSxlQUFjLFFBQWdDO0FBQzVELFlBQU0sUUFBZ0I7UUFDcEIsRUFBRSxRQUFRLG9CQUFvQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxLQUFLLE9BQU8sT0FBTyxTQUFTLENBQUMsRUFBRTtRQUN4RixFQUFFLFFBQVEsc0JBQXNCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxJQUFJLE1BQU0sT0FBTyxPQUFPLFdBQVcsQ0FBQyxFQUFFO01BQ2pHO0FBQ0EsVUFBSSxPQUFPLG1CQUFtQjtBQUM1QixjQUFNLEtBQUs7VUFDVCxRQUFRO1VBQ1IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sZUFBZSxDQUFDO1FBQ2hFLENBQUM7QUFDSCxVQUFJLE9BQU87QUFDVCxjQUFNLEtBQUssRUFBRSxRQUFRLDBCQUEwQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUNoRyxhQUFPO0lBQ1Q7QUc3S0EsUUFBQWhCLGdCQUE0QixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQzVCLFFBQUFILHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQXFCakIsYUFBU29CLFVBQVMsTUFBc0I7QUFDdEMsVUFBSTtBQUNGLGVBQU8sS0FBSyxJQUFJO01BQ2xCLFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSTtVQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztRQUNqRTtNQUNGO0lBQ0Y7QUFFQSxhQUFTQyxVQUFTLE1BQW9CO0FBRXBDLFlBQU0sU0FBUyxDQUFDO0FBQ2hCLGlCQUFXLFFBQVEzRDtBQUNqQixlQUFPLElBQUksSUFBSSxJQUFJNEQsY0FBQTtVQUNqQixTQUFTLElBQUk7VUFDYixNQUFNMUQsZUFBY3dELFVBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxJQUFJO1FBQ2hEO0FBQ0YsYUFBTztRQUNMLFFBQVEsMEJBQTBCLElBQUk7UUFDdEMsT0FBTyxFQUFFLFNBQVMsT0FBTyxRQUFRLFFBQVEsT0FBTyxPQUFPLE1BQU0sUUFBUSxPQUFPLE9BQU8sTUFBTSxPQUFPO1FBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztNQUM5QztJQUNGO0FBRUEsYUFBU0csVUFBUzVDLFVBQXNCO0FBQ3RDLFVBQUlBLFNBQU8sVUFBVyxRQUFPMEMsVUFBUzFDLFNBQU8sU0FBUztBQUN0RCxZQUFNLFFBQVFBLFNBQU87QUFDckIsVUFBSUEsU0FBTyxXQUFXO0FBQ3BCLGVBQU87VUFDTCxRQUFRO1VBQ1IsT0FBT0EsU0FBTztVQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU9YLFdBQVUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTO1FBQ3JGO01BQ0Y7QUFDQSxhQUFPO1FBQ0wsUUFBUTtRQUNSLE9BQU8sRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtRQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztNQUM3RTtJQUNGO0FBU08sYUFBU3dELGdCQUFlQyxRQUFZLE9BQXdCLE9BQXFCO0FBQ3RGLFlBQU0sU0FBb0IsRUFBRSxTQUFTLEdBQUcsT0FBTyxHQUFHLE9BQU8sRUFBRTtBQUMzRCxpQkFBVyxRQUFRLE1BQU8sUUFBTyxJQUFJLElBQUk7QUFDekMsWUFBTSxVQUFVeEQscUJBQW9Cd0QsT0FBSyxPQUFPLFFBQVFBLE9BQUssTUFBTTtBQUNuRSxVQUFJLFFBQVMsT0FBTSxJQUFJLE1BQU0sT0FBTztJQUN0QztBQUdPLFFBQU1BLFFBQWFGLFVBQVM1QyxPQUFTO0FDOUU1QyxRQUFBb0IsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFDakIsUUFBQUMsZ0JBQWlCLFFBQUEsYUFBQSxHQUFBLENBQUE7QUFDakIsUUFBQXlCLGtCQUFvQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ0xwQixRQUFBM0IsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBRSxnQkFBOEQsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQ2tCdkQsUUFBTTBCLGFBQVk7QUNMbEIsYUFBU0MsU0FBUSxVQUFxQyxJQUFTLE9BQXdCO0FBQzVGLFlBQU0sVUFBVSxPQUFPLFNBQVksS0FBSyxtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFDckUsY0FBUSxVQUFVO1FBQ2hCLEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPLGdCQUFnQixPQUFPO1FBQ2hDLEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTyxhQUFhLEtBQUs7UUFDckQsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTztRQUNULEtBQUs7QUFDSCxpQkFBTztNQUNYO0lBQ0Y7QUFHQSxRQUFNQyxjQUF1QztNQUMzQyxRQUFRO01BQ1IsT0FBTztNQUNQLGNBQWM7TUFDZCxlQUFlO01BQ2YsWUFBWTtNQUNaLGVBQWU7TUFDZixlQUFlO01BQ2YsaUJBQWlCO01BQ2pCLFNBQVM7TUFDVCxhQUFhO01BQ2IsZUFBZTtNQUNmLGFBQWE7TUFDYixZQUFZO01BQ1osYUFBYTtJQUNmO0FBSUEsUUFBTUMsa0JBQThFLENBQUM7QUFHOUUsYUFBU0MsYUFBWSxVQUFzRDtBQUNoRixVQUFJLE9BQU9ELGdCQUFlLFFBQVE7QUFDbEMsVUFBSSxTQUFTLFFBQVc7QUFDdEIsZUFBTyxFQUFFLFVBQVUsT0FBT0gsWUFBVyxNQUFNRSxZQUFXLFFBQVEsRUFBRTtBQUNoRSxRQUFBQyxnQkFBZSxRQUFRLElBQUk7TUFDN0I7QUFDQSxhQUFPO0lBQ1Q7QUYyQkEsUUFBTUUsUUFBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxRQUFNQyxXQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBR3RELGFBQVNDLFVBQVMsT0FBa0IsT0FBdUI7QUFDekQsY0FBUSxPQUFPO1FBQ2IsS0FBSztBQUNILGlCQUFPLE1BQU0sUUFBUSxNQUFNO1FBQzdCLEtBQUssU0FBUztBQUNaLGdCQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLGlCQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7UUFDaEQ7UUFDQSxLQUFLO0FBQ0gsaUJBQU9ELFNBQVEsTUFBTSxTQUFTLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO1FBQ2hFLEtBQUs7QUFDSCxpQkFBT0QsTUFBSyxNQUFNLElBQUksQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07UUFDeEQsS0FBSztBQUNILGlCQUFPQSxNQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUtDLFNBQVEsTUFBTSxZQUFZLENBQUM7UUFDekQsS0FBSztBQUNILGlCQUFPRCxNQUFLLE1BQU0sUUFBUSxDQUFDO1FBQzdCLEtBQUs7QUFDSCxpQkFBTyxPQUFPLE1BQU0sUUFBUSxNQUFNLFlBQVlDLFNBQVEsTUFBTSxZQUFZLENBQUM7UUFDM0UsS0FBSztBQUNILGlCQUFPLE9BQU8sTUFBTSxTQUFTLE1BQU07UUFDckMsS0FBSyxhQUFhO0FBQ2hCLGdCQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLGlCQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO1FBQzVFO01BQ0Y7SUFDRjtBQVNBLGFBQVNFLFFBQU8sS0FBd0I7QUFDdEMsYUFBTyxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUssRUFBRSxFQUFFLFNBQVMsTUFBTTtJQUNsRTtBQUdBLFFBQUlDO0FBRUosUUFBTUMsYUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLFVBQUk7QUFDRixlQUFPRCxTQUFTLEtBQUssSUFBSSxLQUFLO01BQ2hDLFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQUdBLFFBQU1FLGNBQU4sTUFBeUM7TUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUyxhQUFBLEtBQUE7QUFDQSxhQUFBLFNBQUE7QUFDUSxhQUFBLE1BQUE7TUFDaEI7TUFIUTtNQUNBO01BQ1E7TUFMWCxTQUFTO01BQ1Q7TUFPUixJQUFJLE9BQXNCO0FBQ3hCLFlBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLGVBQUssUUFBUUMsV0FBVSxLQUFLLElBQUksSUFBSTtBQUNwQyxlQUFLLFNBQVM7UUFDaEI7QUFDQSxlQUFPLEtBQUs7TUFDZDtJQUNGO0FBR0EsYUFBU0EsV0FBVSxNQUF3QjtBQUN6QyxVQUFJO0FBQ0YsZUFBTyxLQUFLLE1BQU0sSUFBYztNQUNsQyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFLQSxRQUFNQyxtQkFBNEUsQ0FBQztBQUNuRixhQUFTQyxjQUFhLFFBQTBEO0FBQzlFLFVBQUksV0FBV0QsaUJBQWdCLE1BQU07QUFDckMsVUFBSSxhQUFhLFFBQVc7QUFDMUIsbUJBQVdFLGNBQUE3QixRQUFLLGlCQUFpQixNQUFNO0FBQ3ZDLFFBQUEyQixpQkFBZ0IsTUFBTSxJQUFJO01BQzVCO0FBQ0EsYUFBTztJQUNUO0FBSUEsUUFBSUc7QUFDRyxhQUFTQyxpQkFBZ0IsTUFBeUM7QUFDdkUsTUFBQUQsWUFBVztJQUNiO0FBT0EsUUFBTUUsV0FBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELFFBQU1DLGFBQXlGLENBQUM7QUFFaEcsYUFBU0MsV0FBVSxVQUFvQixVQUFrQixXQUFvQjtBQUMzRSxVQUFJLE1BQU1ELFdBQVUsUUFBUTtBQUM1QixVQUFJLENBQUMsS0FBSztBQUNSLGNBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsWUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLGNBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsUUFBQUEsV0FBVSxRQUFRLElBQUk7TUFDeEI7QUFDQSxhQUFPO0lBQ1Q7QUFJTyxRQUFNRSxhQUFOLE1BQU0sV0FBVTtNQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQixhQUFBLFVBQUE7QUFFQSxhQUFBLFFBQUE7QUFFakIsYUFBSyxVQUFVLEdBQUcsUUFBUTtNQUM1QjtNQUxtQjtNQUVBOztNQVJuQixlQUFlO01BQ0U7O01BRUEsU0FBNEMsQ0FBQzs7TUFXOUQsR0FBRyxPQUEwQjtBQUMzQixlQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7TUFDN0U7TUFFUSxVQUFVLFVBQW9CLFVBQWtCLGFBQXNCLFdBQTRCO0FBQ3hHLFlBQUlDLFVBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsWUFBSSxDQUFDQSxTQUFRO0FBQ1gsZ0JBQU0sVUFBa0MsRUFBRSxRQUFRLG1CQUFtQjtBQUNyRSxjQUFJLFlBQWEsU0FBUSxjQUFjLElBQUk7QUFDM0MsY0FBSSxLQUFLLE1BQU8sU0FBUSxnQkFBZ0IsVUFBVSxLQUFLLEtBQUs7QUFDNURBLG9CQUFTO1lBQ1A7WUFDQSxNQUFNbEIsYUFBWSxRQUFRO1lBQzFCLFNBQVMsS0FBSztZQUNkLGtCQUFrQlUsY0FBYSxRQUFRO1VBQ3pDO0FBRUEsY0FBSSxDQUFDLFVBQVdRLFNBQU8sZUFBZTtBQUN0QyxlQUFLLE9BQU8sUUFBUSxJQUFJQTtRQUMxQjtBQUNBLGVBQU9BO01BQ1Q7TUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixjQUFNLGNBQWMsWUFBWTtBQUNoQyxjQUFNLE1BQU1QLGNBQUE3QixRQUFLO1VBQ2Y7VUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7VUFDdEIsY0FBYyxLQUFLLFVBQVUsT0FBTyxJQUFJO1VBQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7UUFDckU7QUFFQSxjQUFNLFNBQVMsSUFBSTtBQUNuQixjQUFNLFdBQVcsV0FBVztBQUM1QixZQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsWUFBSSxVQUFVLENBQUM7QUFDZixZQUFJLFNBQVMsVUFBVTtBQUNyQixVQUFBdUIsV0FBVTtBQUNWLG9CQUFVRCxRQUFPLEdBQUcsS0FBS0QsVUFBUyxPQUFPRyxVQUFTO0FBQ2xELFVBQUFELFdBQVU7UUFDWjtBQUNBLFFBQUFTLFNBQVEsV0FBVztBQUNuQixRQUFBQSxTQUFRLFVBQVU7QUFDbEIsY0FBTSxFQUFFLFFBQVEsS0FBSyxJQUFJRSxXQUFVLFVBQVUsVUFBVSxVQUFVLE1BQVM7QUFDMUUsY0FBTSxNQUFBLEdBQUtHLFlBQUEsT0FBTUwsVUFBUyxRQUFRLElBQUk7QUFDdEMsY0FBTSxRQUFRLE1BQU0sWUFBWTtBQUNoQyxRQUFBRixZQUFXLFVBQVUsSUFBSSxRQUFRLFVBQVUsS0FBSztBQUNoRCxlQUFPLElBQUlMLFlBQXNCLE9BQU8sUUFBUSxTQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7TUFDaEc7TUFFQSxTQUFxQztBQUNuQyxlQUFPLEtBQUssS0FBSyxVQUFVLE9BQU9WLFNBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtNQUNwRTtNQUVBLE1BQU0sT0FBZSxVQUFpQztBQUNwRCxlQUFPLEtBQUssS0FBSyxTQUFTLFFBQVFBLFNBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO01BQ3ZGO01BRUEsWUFBWSxRQUF5RCxDQUFDLEdBQXVCO0FBRzNGLFlBQUksU0FBUztBQUNiLG1CQUFXLE9BQU8sT0FBTztBQUN2QixnQkFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsY0FBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO1FBQ3JHO0FBQ0EsZUFBTyxLQUFLLEtBQUssZ0JBQWdCLE9BQU8sR0FBR0EsU0FBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO01BQzdGO01BRUEsYUFBYSxRQUFtQztBQUM5QyxlQUFPLEtBQUssS0FBSyxpQkFBaUIsUUFBUUEsU0FBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07TUFDckY7TUFFQSxVQUFVLElBQXdCO0FBQ2hDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBT0EsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtNQUN4RjtNQUVBLGFBQWEsSUFBUSxTQUE2QztBQUNoRSxlQUFPLEtBQUssS0FBSyxpQkFBaUIsU0FBU0EsU0FBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztNQUMxRjtNQUVBLGFBQWEsSUFBMkI7QUFDdEMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFVBQVVBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO01BQ25GO01BRUEsU0FBUyxJQUFtRDtBQUMxRCxlQUFPLEtBQUssS0FBSyxtQkFBbUIsUUFBUUEsU0FBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO01BQzdGO01BRUEsT0FBTyxPQUF3QjtBQUM3QixlQUFPLEtBQUssS0FBSyxXQUFXLE9BQU9BLFNBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO01BQ3RFO01BRUEsV0FBVyxJQUFRLE9BQWdDO0FBQ2pELGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztNQUN0RjtNQUVBLGFBQWEsSUFBUSxRQUF5QztBQUM1RCxlQUFPLEtBQUssS0FBSyxpQkFBaUIsT0FBTyxHQUFHQSxTQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO01BQzVHO01BRUEsYUFBOEM7QUFDNUMsZUFBTyxLQUFLLEtBQUssZUFBZSxPQUFPQSxTQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7TUFDaEY7TUFFQSxVQUFVLFFBQVEsSUFBcUI7QUFDckMsZUFBTyxLQUFLLEtBQUssY0FBYyxPQUFPLEdBQUdBLFNBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztNQUNsRztNQUVBLGFBQThCO0FBQzVCLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO0lBQ0Y7QUd0V0EsUUFBQTdCLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUUsZ0JBQWlGLFFBQUEsYUFBQSxHQUFBLENBQUE7QUNIMUUsUUFBTWtELGlCQUFnQjtBQUV0QixRQUFNQyxvQkFBbUI7QUFFekIsYUFBU0MsY0FBYSxHQUFtQjtBQUM5QyxhQUFPLEdBQUdGLGNBQWEsSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0lBQ3ZEO0FBR08sYUFBU0csVUFBUyxNQUFjLEtBQUssSUFBSSxHQUFXO0FBQ3pELGFBQU8sR0FBRyxJQUFJLFNBQVMsRUFBRSxDQUFDLElBQUksS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEdBQUcsRUFBRSxTQUFTLEVBQUUsQ0FBQztJQUM1RTtBQUdPLGFBQVMsUUFBUSxPQUFtQztBQUN6RCxZQUFNLFFBQVEsMENBQTBDLEtBQUssS0FBSztBQUNsRSxhQUFPLFFBQVEsQ0FBQztJQUNsQjtBQUdBLGFBQVMsV0FBVyxPQUFtQztBQUNyRCxZQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLGFBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0lBQ3BDO0FBT08sUUFBTUMsc0JBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLGFBQVNDLFlBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixVQUFJLENBQUMsTUFBTSxXQUFXSixpQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFlBQU0sUUFBUSxRQUFRLEtBQUs7QUFDM0IsVUFBSSxJQUFLLFFBQU8sVUFBVTtBQUMxQixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksVUFBVSxRQUFTLFFBQU87QUFDOUIsWUFBTSxVQUFVLFdBQVcsS0FBSztBQUNoQyxhQUFPLFlBQVksVUFBYSxXQUFXLFdBQVcsT0FBTyxLQUFLLEtBQUtHO0lBQ3pFO0FEcENBLFFBQU0sY0FBYztBQUNwQixRQUFNLGFBQWE7QUFzQm5CLFFBQU0sV0FBVztBQUVqQixRQUFJLFVBQVU7QUFDZCxRQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsYUFBUyxRQUFRRSxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILGVBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELGNBQU0sUUFBd0IsQ0FBQztBQUMvQixpQkFBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUlBLFFBQU8sUUFBUSxXQUFXLEdBQUcsSUFBSyxPQUFNLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDckYsY0FBTSxNQUFNQyxjQUFBN0MsUUFBSyxNQUFNLEtBQUs7QUFDNUIsaUJBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELGdCQUFNLFFBQVEsSUFBSSxJQUFJLENBQUMsS0FBSyxNQUFPLFVBQVUsR0FBRyxJQUFJLElBQUksRUFBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztBQUNqRixjQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLHFCQUFXLE1BQU07QUFDakIsV0FBQSxHQUFBOEMsWUFBQSxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDN0IsVUFBQUQsY0FBQTdDLFFBQUssTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBaUIsUUFBUSxDQUFDLEtBQUssTUFBTTtBQUMxRSxnQkFBSSxNQUFNLENBQUMsQ0FBRSxJQUFJO1VBQ25CLENBQUM7UUFDSDtBQUNBLFlBQUksUUFBUSxDQUFDLEtBQUssTUFBTTtBQUN0QixtQkFBUyxLQUFLLFFBQVEsQ0FBQztRQUN6QixDQUFDO01BQ0g7SUFDRjtBQUdBLGFBQVMsT0FBTyxNQUFjLE9BQWdCLFdBQVcsT0FBTztBQUM5RCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxTQUFVLFNBQVEsY0FBYyxJQUFJO0FBQ3hDLFVBQUksTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUs7QUFDbEQsYUFBTyxFQUFFLFNBQVMsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLFVBQVUsSUFBSSxHQUFHLEdBQUcsU0FBUyxNQUFNO0lBQ3JGO0FBRUEsYUFBUyxLQUFRLEtBQThCO0FBQzdDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7TUFDdEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR08sYUFBUytDLFlBQ2RqRixVQUNBLE9BQ0EsVUFDK0M7QUFDL0MsWUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7UUFDRTtRQUNBLE9BQU87VUFDTCxRQUFRO1VBQ1IsS0FBSyxHQUFHQSxTQUFPLE9BQU8sR0FBR2lELFNBQVEsT0FBTyxDQUFDO1VBQ3pDLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxTQUFTLENBQUM7VUFDeEMsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxRQUFRO0FBQ1AsaUJBQU8sU0FBUyxJQUFJO0FBQ3BCLGlCQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7UUFDM0Y7TUFDRjtBQUNBLGFBQU87SUFDVDtBQWdCQSxRQUFNLG9CQUFvQjtBQUMxQixRQUFJLGlCQUFpQjtBQUdyQixhQUFTLFNBQVMsTUFBYyxTQUFTLE9BQWE7QUFDcEQsVUFBSSxDQUFDLFVBQVUsS0FBSyxJQUFJLElBQUksaUJBQWlCLGtCQUFtQjtBQUNoRSx1QkFBaUIsS0FBSyxJQUFJO0FBQzFCLGNBQVEsSUFBSSxtQkFBbUIsSUFBSSxFQUFFO0lBQ3ZDO0FBR08sYUFBU2lDLGVBQWNsRixVQUFnQixRQUFnQztBQUM1RSxZQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsU0FBTztBQUN4RSxZQUFNLFNBQXdCO1FBQzVCLFVBQVUsT0FBTztRQUNqQixTQUFTO1FBQ1QsUUFBUTtRQUNSLFNBQVM7UUFDVCxXQUFXO1FBQ1gsU0FBUztNQUNYO0FBQ0EsVUFBSSxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoRCxZQUFNLGdCQUFnQjtBQUN0QixZQUFNLFVBQW1CLEVBQUUsTUFBTUEsU0FBTyxTQUFTLFFBQVEsUUFBUSxDQUFDLEdBQUcsT0FBTztBQUM1RSxlQUFTLFlBQVksT0FBTyxNQUFNLGVBQWUsSUFBSTtBQUNyRDtRQUNFO1FBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7TUFDeEI7QUFDQSxVQUFJLFNBQVMsYUFBYSxPQUFPO0FBQ2pDLFVBQUksT0FBUSxVQUFTLGVBQWUsU0FBUyxNQUFNO0FBQ25ELFlBQU0sYUFBYSxjQUFjLFNBQVMsUUFBUSxRQUFRLGdCQUFnQjtBQUMxRSxzQkFBZ0IsU0FBUyxnQkFBZ0IsU0FBUyxVQUFVLEdBQUdBLFNBQU8sa0JBQWtCO0FBQ3hGLGFBQU8sVUFBVSxVQUFVO0FBQzNCLGFBQU87SUFDVDtBQUdBLGFBQVMsTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLEdBQVksT0FBdUI7QUFDdkU7UUFDRSxNQUFNO1FBQ04sQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdpRCxTQUFRLE9BQU8sQ0FBQztVQUMvQixNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLE9BQU8sVUFBVSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsU0FBUyxDQUFDO1VBQy9GLFFBQVEsT0FBTyxTQUFTLFFBQVcsSUFBSTtRQUN6QztRQUNBLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sUUFBUSxJQUFJLFdBQVcsTUFBTSxLQUFnQyxHQUFHLEdBQUcsZUFBZTtBQUN4RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJO2NBQ1IsMEJBQTBCLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxJQUFJLFlBQVksT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTTtZQUN4SDtBQUNGLGlCQUFPLE1BQU0sQ0FBQyxDQUFFLElBQUk7UUFDdEI7TUFDRjtJQUNGO0FBR0EsYUFBUyxhQUFhLEVBQUUsTUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsWUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFNBQVMsQ0FBQyxNQUFNLG1CQUFtQnVCLGNBQWEsQ0FBQyxVQUFVLFVBQVU7QUFDdkcsWUFBTSxTQUFtQixDQUFDO0FBQzFCO1FBQ0UsT0FBTztRQUNQLENBQUMsT0FBTyxFQUFFLFFBQVEsT0FBTyxLQUFLLFNBQVMsUUFBUSxPQUFPLGdCQUFnQixPQUFPLENBQUMsQ0FBQyxFQUFFO1FBQ2pGLENBQUMsS0FBSyxNQUFNO0FBQ1YsZ0JBQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxLQUE2QyxHQUFHLElBQUk7QUFDdEYsY0FBSSxDQUFDO0FBQ0gsa0JBQU0sSUFBSSxNQUFNLG1DQUFtQyxPQUFPLENBQUMsRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sRUFBRTtBQUN4RyxpQkFBTyxDQUFDLElBQUksRUFBRSxPQUFPLEtBQUssT0FBTyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtRQUNwRTtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxlQUFlLFNBQWtCLFFBQTRCO0FBQ3BFLFlBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ2pDLGVBQVMsUUFBUSxHQUFHLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLFFBQVEsS0FBTSxTQUFTO0FBQ2pGLGNBQU0sU0FBUyxPQUFPLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxHQUFHLEdBQUcsRUFBRSxDQUFDO0FBQzdFO1VBQ0UsT0FBTztVQUNQLENBQUMsT0FBTztZQUNOLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHdkIsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzNEO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLElBQUssUUFBTztVQUNqQztRQUNGO0FBQ0EsaUJBQVMsYUFBYSxPQUFPO01BQy9CO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUNQLEVBQUUsTUFBTSxRQUFRLFFBQVEsT0FBTyxHQUMvQixRQUNBLFFBQ0Esa0JBQzZCO0FBQzdCLFlBQU0sWUFBK0QsQ0FBQztBQUN0RSxhQUFPLFFBQVEsQ0FBQyxPQUFPLE1BQU07QUFDM0IsY0FBTSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0FBQ3hCLFlBQUksUUFBUSxPQUFRLFFBQU87QUFDM0IsaUJBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRO0FBQ2xDLG9CQUFVLEtBQUssRUFBRSxPQUFPLEdBQUcsR0FBRyxVQUFVLE1BQU0sU0FBUyxhQUFhLEtBQUssaUJBQWlCLENBQUM7TUFDL0YsQ0FBQztBQUNELFlBQU0sYUFBMEMsQ0FBQztBQUNqRDtRQUNFLFVBQVU7UUFDVixDQUFDLE1BQU07QUFDTCxnQkFBTSxFQUFFLE9BQU8sR0FBRyxTQUFTLElBQUksVUFBVSxDQUFDO0FBQzFDLGdCQUFNLFNBQVM7WUFDYixPQUFPeUIsY0FBYSxDQUFDO1lBQ3JCLE9BQU8saUJBQWlCLENBQUM7WUFDekIsT0FBTztZQUNQLGVBQWUsV0FBVyxJQUFJO1VBQ2hDO0FBQ0EsaUJBQU87WUFDTCxRQUFRO1lBQ1IsS0FBSyxHQUFHLElBQUksR0FBR3pCLFNBQVEsU0FBUyxDQUFDO1lBQ2pDLE1BQU0sS0FBSyxVQUFVLE1BQU07WUFDM0IsUUFBUSxPQUFPLGtCQUFrQixPQUFPLEtBQUssR0FBRyxJQUFJO1VBQ3REO1FBQ0Y7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLEtBQUssSUFBSSxXQUFXLE1BQU0sS0FBaUIsR0FBRyxHQUFHLEtBQUs7QUFDNUQsY0FBSSxPQUFPO0FBQ1Qsa0JBQU0sSUFBSTtjQUNSLGtDQUFrQyxPQUFPLFVBQVUsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDdkc7QUFDRixpQkFBTztBQUNQLG1CQUFTLEdBQUcsT0FBTyxPQUFPLE9BQU8sVUFBVSxNQUFNLG9CQUFvQjtBQUNyRSxjQUFJLFVBQVUsQ0FBQyxFQUFHLFNBQVUsWUFBVyxLQUFLLEVBQUUsT0FBTyxVQUFVLENBQUMsRUFBRyxPQUFPLEdBQUcsQ0FBQztRQUNoRjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT0EsYUFBUyxnQkFBZ0IsRUFBRSxNQUFNLFFBQVEsT0FBTyxHQUFZLFlBQWdEO0FBQzFHLFlBQU0sT0FBYyxDQUFDO0FBQ3JCO1FBQ0UsV0FBVztRQUNYLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHQSxTQUFRLFlBQVksV0FBVyxDQUFDLEVBQUcsRUFBRSxDQUFDO1VBQ3JELE1BQU07VUFDTixRQUFRLE9BQU8sb0JBQW9CLE9BQU8sV0FBVyxDQUFDLEVBQUcsS0FBSyxHQUFHLElBQUk7UUFDdkU7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUNWLGdCQUFNLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBcUIsR0FBRyxHQUFHLFNBQVM7QUFDdkUsY0FBSSxVQUFVO0FBQ1osa0JBQU0sSUFBSTtjQUNSLG9DQUFvQyxPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU07WUFDMUc7QUFDRixlQUFLLEtBQUssRUFBRSxPQUFPLFdBQVcsQ0FBQyxFQUFHLE9BQU8sTUFBTSxDQUFDO1FBQ2xEO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGdCQUFnQixTQUFrQixNQUFhLFVBQXdCO0FBQzlFLFlBQU0sV0FBVyxLQUFLLElBQUksSUFBSSxXQUFXO0FBQ3pDLFlBQU0sUUFBUSxLQUFLO0FBQ25CLGFBQU8sS0FBSyxTQUFTLEdBQUc7QUFDdEIsaUJBQVMsR0FBRyxRQUFRLEtBQUssTUFBTSxPQUFPLEtBQUssMkJBQTJCO0FBQ3RFLFlBQUksS0FBSyxJQUFJLElBQUk7QUFDZixnQkFBTSxJQUFJO1lBQ1IsWUFBWSxLQUFLLE1BQU0sK0RBQStELFFBQVE7VUFDaEc7QUFDRixTQUFBLEdBQUErQixZQUFBLE9BQU0sQ0FBQztBQUNQLGNBQU0sRUFBRSxNQUFBRyxPQUFNLFFBQVEsSUFBSSxTQUFTLFNBQVMsSUFBSTtBQUNoRCxZQUFJLFFBQVEsT0FBTyxFQUFHLE9BQU0sU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDO0FBQ2pELGVBQU9BO01BQ1Q7SUFDRjtBQUdBLGFBQVMsU0FBUyxFQUFFLE1BQU0sUUFBUSxRQUFRLE9BQU8sR0FBWSxNQUFvRDtBQUMvRyxZQUFNQSxRQUFjLENBQUM7QUFDckIsWUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEM7UUFDRSxLQUFLO1FBQ0wsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdsQyxTQUFRLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzdDLFFBQVEsT0FBTyxvQkFBb0IsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7UUFDM0Q7UUFDQSxDQUFDLEtBQUssTUFBTTtBQUVWLGNBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsb0JBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFLO0FBQzFCa0Msa0JBQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtBQUNsQjtVQUNGO0FBQ0EsY0FBSSxJQUFJLFdBQVc7QUFDakIsa0JBQU0sSUFBSTtjQUNSLDBDQUEwQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLHVCQUF1QixJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsS0FBSyxJQUFJLEtBQUssTUFBTSxFQUFFO1lBQy9JO0FBQ0YsZ0JBQU0sU0FBUyxLQUEwQyxHQUFHO0FBQzVELGNBQUksUUFBUSxXQUFXO0FBQ3JCLGtCQUFNLElBQUk7Y0FDUixtQ0FBbUMsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyxZQUFZLE9BQU8sU0FBUyxpQkFBaUI7WUFDL0c7QUFDRixjQUFJLFFBQVEsV0FBVyxZQUFhLFFBQU87Y0FDdENBLE9BQUssS0FBSyxLQUFLLENBQUMsQ0FBRTtRQUN6QjtNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUTtJQUN6QjtBQU1PLGFBQVNDLGVBQ2RwRixVQUNBLFlBQ0EsUUFDQSxRQUNRO0FBQ1IsWUFBTSxPQUFPQSxTQUFPO0FBQ3BCLFVBQUksVUFBVTtBQUNkLFVBQUksU0FBUztBQUNiLGVBQVMsT0FBTyxHQUFHLE9BQU8sS0FBTSxRQUFRO0FBQ3RDLFlBQUksUUFBcUMsQ0FBQztBQUMxQztVQUNFO1VBQ0EsT0FBTztZQUNMLFFBQVE7WUFDUixLQUFLLEdBQUcsSUFBSSxHQUFHaUQsU0FBUSxTQUFTLENBQUMsTUFBTSxtQkFBbUIsTUFBTSxDQUFDLFVBQVUsVUFBVSxXQUFXLE1BQU07WUFDdEcsUUFBUSxPQUFPLGtCQUFrQixVQUFVO1VBQzdDO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AscUJBQVMsSUFBSSxXQUFXLE1BQU0sS0FBNkMsR0FBRyxHQUFHLFFBQVEsV0FBYyxDQUFDO1VBQzFHO1FBQ0Y7QUFDQSxZQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLGNBQU0sU0FBUyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLENBQUM7QUFDbEQsWUFBSSxPQUFPO0FBQ1g7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBRyxJQUFJLEdBQUdBLFNBQVEsVUFBVSxPQUFPLENBQUMsRUFBRyxFQUFFLENBQUM7WUFDL0MsUUFBUSxPQUFPLG9CQUFvQixVQUFVO1VBQy9DO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXLElBQUs7VUFDaEQ7UUFDRjtBQUNBLG1CQUFXO0FBQ1gsa0JBQVUsTUFBTSxTQUFTO01BQzNCO0FBQ0EsYUFBTztJQUNUO0FKdldBLFFBQU0sZUFBZTtBQUNyQixRQUFNLGdCQUFnQjtBQUV0QixhQUFTLE1BQU0sU0FBd0I7QUFDckMsTUFBQW9DLG1CQUFBbEUsUUFBSyxLQUFLLE1BQU0sT0FBTztBQUN2QixZQUFNLElBQUksTUFBTSxPQUFPO0lBQ3pCO0FBRUEsYUFBUyxNQUFNLFNBQXVCO0FBQ3BDLFlBQU1tRSxPQUFNLEdBQUcsT0FBTztBQUN0QixZQUFNLE1BQU1DLGNBQUFyRCxRQUFLLElBQUlvRCxNQUFLLEVBQUUsU0FBUyxlQUFlLE1BQU0sRUFBRSxPQUFPLFNBQVMsTUFBTSw0QkFBNEIsRUFBRSxDQUFDO0FBQ2pILFVBQUksSUFBSSxXQUFXLEdBQUc7QUFDcEI7VUFDRSxtQ0FBbUNBLElBQUcsVUFBVSxhQUFhLGNBQWMsSUFBSSxTQUFTLGFBQWE7UUFDdkc7TUFDRjtBQUNBLFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEI7VUFDRSxtQkFBbUJBLElBQUcsYUFBYSxJQUFJLE1BQU07UUFDL0M7TUFDRjtJQUNGO0FBRUEsYUFBUyxjQUFjdEYsVUFBZ0IsUUFBdUMsTUFBb0I7QUFDaEcsYUFBTyxPQUFPLElBQUksS0FBS0EsU0FBTyxNQUFNLElBQUksRUFBRTtJQUM1QztBQU1BLGFBQVMsTUFBTUEsVUFBZ0IsUUFBdUMsTUFBb0I7QUFDeEYsVUFBSThDLE1BQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUdBLE1BQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSUEsTUFBSyxRQUFRLE1BQU0sR0FBRyxjQUFjOUMsVUFBUSxRQUFRLElBQUksQ0FBQztBQUNyRixZQUFNLFNBQVNpRixZQUFXakYsVUFBUSxPQUFPLFFBQVE7QUFDakQsVUFBSSxDQUFDLE9BQU8sT0FBTztBQUNqQixjQUFNLFlBQVksR0FBRyxLQUFLLFlBQVksQ0FBQztBQUN2QyxjQUFNLFFBQVFBLFNBQU8sWUFDakIsZUFBZUEsU0FBTyxTQUFTLEtBQy9CQSxTQUFPLFlBQ0wsR0FBRyxTQUFTLG9DQUFvQyxJQUFJLGVBQ3BELEdBQUcsU0FBUyxjQUFjLFNBQVM7QUFDekMsY0FBTSxxQkFBcUIsSUFBSSxVQUFVLEtBQUssd0JBQXdCLE9BQU8sTUFBTSxXQUFXLEtBQUssR0FBRztNQUN4RztBQUNBLGFBQU8sT0FBTztJQUNoQjtBQUVBLGFBQVMsWUFBWXdGLFVBQW1CLE9BQWV4RixVQUFzQjtBQUMzRSxZQUFNLE9BQWEsQ0FBQztBQUNwQixZQUFNLFlBQWtCLENBQUM7QUFDekIsZUFBUyxJQUFJLEdBQUcsSUFBSSxjQUFjLEtBQUs7QUFDckMsY0FBTSxVQUFVd0YsU0FBTyxhQUFhO1VBQ2xDLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQztVQUM5QixPQUFPO1VBQ1AsT0FBTztVQUNQLGVBQWU7UUFDakIsQ0FBQztBQUNELFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsY0FBTSxVQUFVQSxTQUFPLFNBQVMsUUFBUSxLQUFLLEVBQUU7QUFDL0MsWUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLDBEQUEwRCxRQUFRLE1BQU0sSUFBSTtBQUNyRyxrQkFBVSxLQUFLLFFBQVEsS0FBSyxFQUFFO0FBQzlCLGFBQUssS0FBSyxRQUFRLEtBQUssTUFBTTtNQUMvQjtBQUNBLFlBQU0sV0FBVyxLQUFLLElBQUksSUFBSXhGLFNBQU8scUJBQXFCO0FBQzFELGlCQUFXLFNBQVMsTUFBTTtBQUN4QixtQkFBUztBQUNQLGdCQUFNLE1BQU13RixTQUFPLE9BQU8sS0FBSyxFQUFFO0FBQ2pDLGNBQUksS0FBSyxXQUFXLFlBQWE7QUFDakMsY0FBSSxLQUFLLFdBQVcsU0FBVSxPQUFNLHNDQUFzQyxJQUFJLFNBQVMsaUJBQWlCLEdBQUc7QUFDM0csY0FBSSxLQUFLLElBQUksSUFBSTtBQUNmLGtCQUFNLDZEQUE2RHhGLFNBQU8sa0JBQWtCLElBQUk7QUFDbEcsV0FBQSxHQUFBeUYsWUFBQSxPQUFNLEdBQUc7UUFDWDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBUUEsbUJBQXNCLGtCQUEwRDtBQUM5RSxZQUFNLFFBQXVDLENBQUM7QUFDOUMsaUJBQVcsUUFBUTFHLFFBQU87QUFDeEIsWUFBSTtBQUNGLGdCQUFNLFdBQVcsTUFBTWdFLGdCQUFBMkMsUUFBUSxJQUFJLEdBQUcsS0FBSyxZQUFZLENBQUMsZ0JBQWdCO0FBQ3hFLGNBQUksU0FBVSxPQUFNLElBQUksSUFBSTtRQUM5QixRQUFRO1FBRVI7TUFDRjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsY0FBYzFGLFVBQWdCLFFBQWdEO0FBQ3JGLFlBQU0sUUFBUVQsV0FBVzhGLG1CQUFBbEUsUUFBSyxLQUFLLFFBQVEsYUFBYSxDQUFDLENBQXdEO0FBQ2pILFlBQU0sU0FBa0IsQ0FBQztBQUN6QixpQkFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJMkIsTUFBSyxNQUFNLElBQUksR0FBRyxLQUFLLEdBQUc7QUFDckQsaUJBQU8sS0FBSyxFQUFFLE1BQU0sR0FBR0EsTUFBSyxRQUFRLE1BQU0sR0FBRyxjQUFjOUMsVUFBUSxRQUFRLElBQUksQ0FBQyxFQUFFLENBQUM7TUFDdkY7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLE9BQU8sUUFBMEI7QUFDeEMsWUFBTSxTQUFTLG9CQUFJLElBQVc7QUFDOUIsaUJBQVcsUUFBUSxDQUFDLFdBQVcsT0FBTyxHQUFZO0FBQ2hELGNBQU0sVUFBVSxPQUFPLE9BQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxJQUFJO0FBQ3BELFlBQUksUUFBUSxTQUFTLEVBQUcsUUFBTyxJQUFJLFFBQVEsQ0FBQyxDQUFFLEVBQUUsSUFBSSxRQUFRLFFBQVEsU0FBUyxDQUFDLENBQUU7TUFDbEY7QUFDQSxhQUFPLENBQUMsR0FBRyxNQUFNO0lBQ25CO0FBT0EsYUFBUyxlQUFlQSxVQUFnQixRQUF1QjtBQUM3RCxZQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFlBQU0sT0FBTyxNQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksV0FBVyxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ25FLFlBQU0sT0FBTyxxQkFBcUJBLFNBQU8sUUFBUSxPQUFPLDhCQUE4QixPQUFPLE1BQU07QUFDbkcsVUFBSUEsU0FBTyxRQUFRLGtCQUFrQixDQUFDQSxTQUFPLFFBQVEsUUFBUTtBQUMzRCxjQUFNLFVBQVUsT0FBTyxNQUFNO0FBQzdCLGNBQU0sSUFBSWtGLGVBQWNsRixVQUFRLE9BQU87QUFDdkMsWUFBSSxFQUFFLFdBQVcsUUFBUSxRQUFRO0FBQy9CLGtCQUFRLElBQUksR0FBRyxJQUFJLG9DQUFvQyxRQUFRLE1BQU0sd0JBQXdCLEtBQUssQ0FBQyxFQUFFO0FBQ3JHO1FBQ0Y7QUFDQSxnQkFBUTtVQUNOLGdFQUFnRSxRQUFRLFNBQVMsRUFBRSxNQUFNLE9BQU8sUUFBUSxNQUFNO1FBQ2hIO01BQ0Y7QUFDQSxZQUFNLElBQUlrRixlQUFjbEYsVUFBUSxNQUFNO0FBQ3RDLGNBQVE7UUFDTixHQUFHLElBQUksS0FBSyxFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLFdBQVcsRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLE9BQU8sb0RBQW9ELEVBQUUsS0FBSyxLQUFLLENBQUM7TUFDaE47SUFDRjtBQVNBLG1CQUFzQjJGLFlBQVczRixVQUFnQnRCLFlBQTBCLENBQUMsR0FBcUI7QUFDL0YsWUFBTXNCLFNBQU8sT0FBTztBQUNwQixZQUFNLFNBQVMsTUFBTSxnQkFBZ0I7QUFDckMsWUFBTSxZQUFZLElBQUlxRSxXQUFVckUsU0FBTyxTQUFTQSxTQUFPLFdBQVc7QUFDbEUsWUFBTSxTQUFTLENBQUM7QUFDaEIsaUJBQVcsUUFBUWpCLE9BQU8sUUFBTyxJQUFJLElBQUksTUFBTWlCLFVBQVEsUUFBUSxJQUFJO0FBQ25FLFlBQU0sUUFBUTJFLFVBQVM7QUFDdkIsWUFBTSxRQUFRUyxlQUFjcEYsVUFBUSxPQUFPLE9BQU95RSxtQkFBa0IsQ0FBQyxVQUFVSSxZQUFXLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDOUcsVUFBSSxRQUFRLEVBQUcsU0FBUSxJQUFJLGtCQUFrQixLQUFLLHdDQUF3QztBQUMxRixVQUFJbkcsVUFBUSxTQUFTO0FBQ25CLFlBQUk7QUFDRix5QkFBZXNCLFVBQVEsY0FBY0EsVUFBUSxNQUFNLENBQUM7UUFDdEQsU0FBUyxPQUFPO0FBQ2QsZ0JBQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO1FBQzlEO01BQ0Y7QUFDQSxZQUFNLGtCQUFrQnRCLFVBQVEsT0FBTyxZQUFZLFVBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPc0IsUUFBTSxJQUFJLENBQUM7QUFFbkcsYUFBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsY0FBYyxPQUFPLEtBQUssTUFBTSxFQUFFLFNBQVMsRUFBRTtJQUN4RjtBQUdBLG1CQUFzQjRGLFlBQVc1RixVQUFnQixNQUEwQztBQUN6RixVQUFJLENBQUMsTUFBTSxTQUFTOEMsTUFBSyxNQUFNLFVBQVUsRUFBRztBQUM1QyxZQUFNLFNBQVMsTUFBTSxnQkFBZ0I7QUFFckMsWUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJQSxNQUFLLFFBQVEsU0FBUyxHQUFHLE9BQU8sU0FBUzlDLFNBQU8sTUFBTSxNQUFNLFFBQVE7QUFDaEcsWUFBTSxFQUFFLE1BQU0sSUFBSWlGLFlBQVdqRixVQUFRLE9BQU8sUUFBUTtBQUNwRCxVQUFJLENBQUMsT0FBTztBQUNWLGdCQUFRO1VBQ04saUNBQWlDLEtBQUssb0RBQW9ELEtBQUssS0FBSztRQUN0RztBQUNBO01BQ0Y7QUFDQSxZQUFNLFVBQVVvRixlQUFjcEYsVUFBUSxPQUFPLEtBQUssT0FBTyxDQUFDLFVBQVU2RSxZQUFXLE9BQU8sS0FBSyxPQUFPLElBQUksQ0FBQztBQUN2RyxVQUFJLFVBQVUsRUFBRyxTQUFRLElBQUkscUJBQXFCLE9BQU8sNkJBQTZCO0lBQ3hGO0FNOUtBLGFBQVMsbUJBQTRCO0FBQ25DLGFBQU8sU0FBUztJQUNsQjtBQUdPLGFBQVNnQixjQUFhN0YsVUFBZ0IsV0FBdUQ7QUFDbEcsVUFBSSxDQUFDLGlCQUFpQixFQUFHLFFBQU87QUFDaEMsWUFBTSxRQUFRLFVBQVU7QUFHeEIsWUFBTSxZQUFZLE9BQU8sWUFBWSxPQUFPLFFBQVEsTUFBTSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sU0FBUyxRQUFRLENBQUMsQ0FBQztBQUNqSCxZQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSztBQUM3QixVQUFJQSxTQUFPLFlBQVk7QUFDckIsa0JBQVUsWUFBWW1DLG1CQUFrQixNQUFNLFNBQVM7QUFDdkQsY0FBTTtVQUNKLEdBQUdLLGVBQWM7WUFDZixVQUFVeEMsU0FBTyxRQUFRO1lBQ3pCLFlBQVlBLFNBQU8sUUFBUTtZQUMzQixnQkFBZ0IsTUFBTSxtQkFBbUJBLFNBQU8sUUFBUSx1QkFBdUI7WUFDL0UsZUFBZUEsU0FBTztVQUN4QixDQUFDO1FBQ0g7TUFDRjtBQUNBLFVBQUlBLFNBQU8sY0FBZSxDQUFBNkMsZ0JBQWVDLE9BQU0sTUFBTSxTQUFTL0QsUUFBT1EsV0FBVSxTQUFTLENBQUM7QUFDekYsYUFBTztRQUNMO1FBQ0EsWUFBWSxzQkFBc0JzQixnQkFBZSxLQUFLLEdBQUcsU0FBUzs7UUFFbEUsY0FBYyxHQUFHLEtBQUssSUFBSSxJQUFJYixTQUFPLHFCQUFxQixFQUFFLEtBQUtBLFNBQU8sUUFBUSxVQUFVLElBQUksTUFBTSxFQUFFO1FBQ3RHLG1CQUFtQmlCO01BQ3JCO0lBQ0Y7QUFNQSxhQUFTLHNCQUFzQixZQUEwQixXQUFtRDtBQUMxRyxpQkFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFDeEQsWUFBSUYsZUFBYyxRQUFRLEVBQUcsWUFBV0osV0FBVSxzQkFBc0IsRUFBRSxVQUFVLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQztNQUNwRztBQUNBLGFBQU87SUFDVDtBQUVBLGFBQVMsU0FBUyxVQUE2QjtBQUM3QyxZQUFNLEVBQUUsVUFBVSxVQUFVLFFBQVEsSUFBSSxJQUFJO0FBTTVDLFVBQUksYUFBYSxjQUFlLFNBQVEsWUFBWSxLQUFLLE1BQU0sVUFBVSxDQUFDLEdBQUcsS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLENBQUM7QUFDN0csVUFBSSxhQUFhLGtCQUFrQixhQUFhLHVCQUF1QixhQUFhO0FBQ2xGLGdCQUFRLE9BQU8sS0FBSztBQUN0QixhQUFPO0lBQ1Q7QUFHTyxhQUFTaEMsa0JBQXNCO0FBQ3BDLFVBQUlxQixRQUFVLFdBQVksQ0FBQXJCLGVBQVlxQixRQUFVLFVBQVU7SUFDNUQ7QUFNQSxhQUFTLHVCQUE2QjtBQUNwQyxVQUFJQSxRQUFVLFdBQVksQ0FBQXVDLFNBQVF2QyxRQUFVLFVBQVU7SUFDeEQ7QUFHQSxtQkFBc0JuQixVQUFTLE1BQStCO0FBQzVELDJCQUFxQjtBQUNyQixZQUFNK0csWUFBVzVGLFNBQVcsSUFBSTtJQUNsQztBQzFHQSxRQUFBcUIscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFFLG1CQUFzQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQzJCZixhQUFTWCxZQUFXLFFBQTJCLEdBQW1CO0FBQ3ZFLFVBQUksT0FBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sNkJBQTZCO0FBQ3RFLFlBQU0sU0FBUyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQy9DLGFBQU8sT0FBTyxLQUFLLElBQUksR0FBRyxLQUFLLEtBQU0sSUFBSSxNQUFPLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQztJQUNyRTtBQUdPLGFBQVNrRixvQkFDZCxRQUNBLE1BQ0EsYUFDUztBQUNULGFBQ0UsT0FBTyxVQUFVLFFBQ2pCLE9BQU8sTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLEtBQ3hCbEY7UUFDRSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRTtRQUN0QjtNQUNGLElBQUk7SUFFUjtBQUdPLGFBQVNtRixZQUFXdkYsYUFBbUJDLFdBQWlCVixhQUFtQixVQUEwQjtBQUMxRyxZQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsV0FBV0EsV0FBUyxDQUFDO0FBQzNELGFBQU9TLGVBQWFDLFlBQVVELGVBQWE7SUFDN0M7QUFPTyxhQUFTd0YsY0FDZCxNQUNBLElBQ29CO0FBQ3BCLFlBQU16RixZQUFXLEdBQUcsT0FBTyxLQUFLLFFBQVE7QUFDeEMsYUFBT0EsV0FBVSxLQUFLLEdBQUcsWUFBWSxLQUFLLGFBQWFBLFdBQVU7SUFDbkU7QUR0RE8sYUFBUzBGLG9CQUFtQnZILFdBQTJDO0FBQzVFLFlBQU0sWUFBWSxJQUFJd0gsaUJBQUEsTUFBTXhILFVBQVEsVUFBVTtBQUM5QyxZQUFNLFNBQXdDLENBQUM7QUFDL0MsWUFBTSxRQUErQyxDQUFDO0FBQ3RELE1BQUF1RixpQkFBZ0IsQ0FBQyxXQUFXLElBQUksT0FBTztBQUNyQyxlQUFPLEtBQUssRUFBRSxJQUFJLEdBQUcsQ0FBQztBQUN0QixZQUFJLE9BQU8sU0FBU3ZGLFVBQVEsV0FBWSxRQUFPLE1BQU07TUFDdkQsQ0FBQztBQUNELFlBQU0sRUFBRSxXQUFBOEIsYUFBVyxTQUFBQyxXQUFTLFdBQUFWLFlBQVUsSUFBSXJCLFVBQVE7QUFDbEQsYUFBTyxNQUFNO0FBQ1gsY0FBTSxNQUFNLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxXQUFXeUgsbUJBQUFoRixRQUFLLFNBQVMsZ0JBQWdCO0FBQ3pFLGNBQU0sS0FBSyxHQUFHO0FBQ2QsWUFBSSxNQUFNLFNBQVN6QyxVQUFRLFdBQVksT0FBTSxNQUFNO0FBQ25ELFlBQUksQ0FBQ29ILG9CQUFtQixRQUFRcEgsVUFBUSxZQUFZQSxVQUFRLFdBQVcsRUFBRztBQUMxRSxjQUFNLFdBQVdzSCxjQUFhLE1BQU0sQ0FBQyxHQUFJLEdBQUc7QUFDNUMsWUFBSSxhQUFhLE9BQVc7QUFDNUIsY0FBTSxZQUFZRCxZQUFXdkYsYUFBV0MsV0FBU1YsY0FBWSxJQUFJLE9BQU9vRyxtQkFBQWhGLFFBQUssU0FBUyxhQUFhLEdBQUk7QUFDdkcsa0JBQVUsSUFBSSxLQUFLLElBQUksV0FBVyxRQUFRLENBQUM7TUFDN0M7SUFDRjtBRXJDTyxhQUFTaUYsV0FBVWxILE9BQXNCO0FBQzlDLGFBQU9BLE1BQUs7UUFDVjtRQUNBLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDO01BQ3JGO0lBQ0Y7QUFHTyxhQUFTbUgsb0JBQW1CbkgsT0FBc0I7QUFDdkQsYUFBT0EsTUFDSixRQUFRLE9BQU8sS0FBSyxFQUNwQixRQUFRLFlBQVksR0FBRyxFQUN2QixRQUFRLE1BQU0sTUFBTSxFQUNwQixRQUFRLE1BQU0sTUFBTTtJQUN6QjtBQVFPLGFBQVNvSCxjQUFhcEgsT0FBY1IsWUFBZ0MsRUFBRSxTQUFTLEtBQUssR0FBVztBQUNwRyxZQUFNLFVBQVVRLE1BQUssUUFBUSxZQUFZLEdBQUc7QUFDNUMsWUFBTSxPQUFPUixVQUFRLFVBQVUsUUFBUSxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQy9ELFlBQU0sYUFBYSxLQUFLLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3BGLFlBQU0sUUFBUSxJQUFJLE9BQU8sYUFBYSxDQUFDO0FBQ3ZDLFlBQU0sTUFBTSxLQUFLLFdBQVcsR0FBRyxLQUFLLEtBQUssU0FBUyxHQUFHLElBQUksTUFBTTtBQUMvRCxhQUFPLEdBQUcsS0FBSyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxHQUFHLEtBQUs7SUFDNUM7QUNPTyxhQUFTLE9BQU82SCxhQUE0QjtBQUNqRCxhQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtJQUNoRTtBQUVBLGFBQVNDLFFBQU8sUUFBZ0MsTUFBb0M7QUFDbEYsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELFVBQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsYUFBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0lBQ3hFO0FBR08sYUFBU0MsZUFBYyxNQUFtQztBQUMvRCxZQUFNLE9BQXVCLENBQUM7QUFDOUIsaUJBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLG1CQUFXLENBQUNGLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsZ0JBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLGdCQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsZUFBSyxLQUFLO1lBQ1I7WUFDQSxZQUFBQTtZQUNBLElBQUksT0FBTztZQUNYO1lBQ0EsVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVc7WUFDakYsTUFBTUMsUUFBTyxRQUFRLElBQUk7VUFDM0IsQ0FBQztRQUNIO01BQ0Y7QUFDQSxhQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7SUFDNUY7QUFFQSxRQUFNLGFBQWE7QUFHWixhQUFTRSxjQUFhLE1BQWtDO0FBQzdELFlBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxZQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxZQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsWUFBSSxDQUFDLEdBQUc7QUFDTixjQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSztBQUN6RixlQUFLLElBQUksVUFBVSxDQUFDO1FBQ3RCO0FBQ0EsZUFBTztNQUNUO0FBQ0EsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxZQUFJLENBQUMsTUFBTztBQUNaLGNBQU0sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzNCLGNBQU0sSUFBSSxPQUFPLFVBQVUsQ0FBQztBQUM1QixZQUFJLFNBQVMscUJBQXFCO0FBQ2hDLGlCQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUc7WUFDM0IsVUFBVSxFQUFFLFNBQVM7WUFDckIsS0FBSyxFQUFFLE9BQU87WUFDZCxLQUFLLEVBQUUsT0FBTyxLQUFLO1lBQ25CLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU87VUFDaEIsQ0FBQztRQUNILFdBQVcsU0FBUyxtQkFBbUI7QUFDckMsY0FBSSxRQUFRLEVBQUUsWUFBWSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsT0FBTztRQUNsRTtNQUNGO0FBQ0EsYUFBTyxDQUFDLEdBQUcsS0FBSyxPQUFPLENBQUMsRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0lBQy9FO0FBa0JBLFFBQU0scUJBQXFCO0FBT3BCLGFBQVNDLG1CQUNkLE1BQ0EsdUJBQStDLENBQUMsR0FDaEM7QUFDaEIsWUFBTSxZQUEwQixDQUFDO0FBQ2pDLGlCQUFXLENBQUMsTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsR0FBRztBQUMvRCxjQUFNLFdBQVcsbUJBQW1CLEtBQUssSUFBSSxJQUFJLENBQUM7QUFDbEQsWUFBSSxhQUFhLE9BQVc7QUFDNUIsY0FBTUMsY0FBYSxPQUFPLFFBQVEsU0FBUztBQUMzQyxjQUFNLGVBQWUscUJBQXFCLFFBQVE7QUFDbEQsY0FBTSxRQUFRLE9BQU8sS0FBSyxPQUFPLGNBQWMsQ0FBQyxDQUFDLEVBQzlDLElBQUksQ0FBQ0wsZ0JBQWUsNkJBQTZCLEtBQUtBLFdBQVUsSUFBSSxDQUFDLENBQUMsRUFDdEUsS0FBSyxDQUFDLE1BQU0sTUFBTSxNQUFTO0FBQzlCLGtCQUFVLEtBQUs7VUFDYjtVQUNBLFlBQUFLO1VBQ0EsVUFBVSxpQkFBaUIsU0FBWSxPQUFPQSxjQUFhO1VBQzNELFNBQVMsVUFBVSxTQUFZLE9BQU8sT0FBTyxLQUFLO1FBQ3BELENBQUM7TUFDSDtBQUNBLFlBQU0sUUFBUUMsYUFBWSxNQUFNLHNCQUFzQixPQUFPO0FBQzdELFVBQUksVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFNLFFBQU87QUFDckQsZ0JBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztBQUM3RCxZQUFNLGFBQWEsU0FBUyxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQztBQUNsRixZQUFNLFFBQ0osVUFBVSxPQUFPLENBQUMsS0FBSyxRQUFRLE1BQU0sSUFBSSxZQUFZLENBQUMsTUFBTSxjQUM1RCxVQUFVLE1BQU0sQ0FBQyxRQUFRLElBQUksYUFBYSxJQUFJO0FBQ2hELGFBQU8sRUFBRSxZQUFZLFVBQVUsUUFBUSxVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFVBQVcsQ0FBQyxJQUFJLE1BQU0sVUFBVTtJQUNsSDtBQUdPLGFBQVNDLGtCQUFpQixTQUF3QztBQUN2RSxVQUFJLENBQUMsUUFBUyxRQUFPO0FBQ3JCLFVBQUksUUFBUSxlQUFlO0FBQ3pCLGVBQU87QUFDVCxZQUFNLE9BQ0osUUFBUSxhQUFhLE9BQ2pCLG1CQUFtQkMsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDLGdCQUMzRCxHQUFHQSxhQUFZLFFBQVEsVUFBVSxPQUFPLENBQUMsV0FBVyxRQUFRLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDM0YsYUFBTyx1QkFBdUIsSUFBSSxzQkFBc0JBLGFBQVksUUFBUSxZQUFZLE9BQU8sQ0FBQztJQUNsRztBQUdPLGFBQVNDLGFBQVksS0FBeUI7QUFDbkQsWUFBTSxXQUNKLElBQUksYUFBYSxPQUFPLEtBQUssS0FBS0QsYUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLFdBQVcsSUFBSSxhQUFhLElBQUksS0FBSyxHQUFHO0FBQzlHLFlBQU0sVUFBVSxJQUFJLFlBQVksT0FBTyxnQkFBZ0IsYUFBYUEsYUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO0FBQ3JHLGFBQU8sR0FBR0EsYUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLGFBQWEsSUFBSSxlQUFlLElBQUksS0FBSyxHQUFHLG9CQUFvQixRQUFRLEdBQUcsT0FBTztJQUNsSTtBQUdPLGFBQVNBLGFBQVksT0FBa0MsTUFBb0M7QUFDaEcsVUFBSSxVQUFVLFFBQVEsVUFBVSxVQUFhLENBQUMsT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQzdFLFVBQUksU0FBUyxVQUFXLFFBQU8sSUFBSSxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDMUQsVUFBSSxTQUFTLE1BQU07QUFDakIsWUFBSSxLQUFLLElBQUksS0FBSyxLQUFLLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUNsRSxZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBTSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2hFLGVBQU8sR0FBRyxNQUFNLFFBQVEsUUFBUSxLQUFLLElBQUksQ0FBQyxDQUFDO01BQzdDO0FBQ0EsVUFBSSxTQUFTO0FBQ1gsZUFBTyxLQUFLLE1BQU0sS0FBSyxFQUNwQixTQUFTLEVBQ1QsUUFBUSx5QkFBeUIsR0FBRztBQUN6QyxhQUFPLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxNQUFNLGNBQWMsQ0FBQyxJQUFJLE9BQU8sS0FBSyxNQUFNLFFBQVEsR0FBSSxJQUFJLEdBQUk7SUFDakc7QUFFTyxhQUFTRixhQUFZLE1BQW1CLFFBQWdCLE1BQTZCO0FBQzFGLFlBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxHQUFHLFNBQVMsSUFBSTtBQUNuRCxhQUFPLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLLElBQUksUUFBUTtJQUN2RTtBQVdPLGFBQVNJLGlCQUFnQixNQUEyQztBQUN6RSxVQUFJLENBQUMsS0FBSyxTQUFTLG9CQUFvQixDQUFDLEtBQUssU0FBUyxtQkFBb0IsUUFBTztBQUNqRixhQUFPO1FBQ0wsZ0JBQWdCSixhQUFZLE1BQU0sb0JBQW9CLEtBQUs7UUFDM0QsaUJBQWlCQSxhQUFZLE1BQU0sc0JBQXNCLE9BQU87UUFDaEUsMEJBQTBCQSxhQUFZLE1BQU0sbUNBQW1DLEtBQUs7UUFDcEYsaUJBQWlCQSxhQUFZLE1BQU0sMEJBQTBCLE9BQU8sS0FBSztNQUMzRTtJQUNGO0FBR08sYUFBU0ssZUFBYyxXQUEyQztBQUN2RSxVQUFJLENBQUMsYUFBYyxVQUFVLG1CQUFtQixRQUFRLFVBQVUsb0JBQW9CO0FBQ3BGLGVBQU87QUFDVCxZQUFNLFNBQVMsVUFBVTtBQUN6QixhQUFPO1FBQ0wsK0NBQStDSCxhQUFZLFVBQVUsZ0JBQWdCLE9BQU8sQ0FBQztRQUM3RixXQUFXQSxhQUFZLFVBQVUsaUJBQWlCLE9BQU8sQ0FBQztRQUMxRCxHQUFJLFdBQVcsT0FBTyxDQUFDLElBQUksQ0FBQyxpQkFBaUJBLGFBQVksUUFBUSxPQUFPLENBQUMsU0FBUztRQUNsRixtQkFBbUIsVUFBVSxlQUFlO01BQzlDLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUFFTyxRQUFNSSxpQkFBZ0IsQ0FBQyxTQUE4QkQsZUFBY0QsaUJBQWdCLElBQUksQ0FBQztBQ2xOeEYsUUFBTSx5QkFBeUI7QUF1TS9CLGFBQVNHLGNBQ2QsTUFDQSxNQUNBLHVCQUErQyxDQUFDLEdBQ3ZDO0FBQ1QsWUFBTSxhQUFhWCxlQUFjLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxRQUFRLFlBQUFGLGFBQVksSUFBSSxVQUFVLEtBQUssT0FBTztRQUMxRjtRQUNBLFlBQUFBO1FBQ0E7UUFDQTtRQUNBO01BQ0YsRUFBRTtBQUNGLGFBQU87UUFDTCxnQkFBZ0I7UUFDaEIsS0FBSyxFQUFFLEdBQUcsTUFBTSxhQUFhLEtBQUssT0FBTyxxQkFBcUIsS0FBSztRQUNuRSxTQUFTLFdBQVcsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLElBQUksV0FBVztRQUNwRDtRQUNBLFdBQVdHLGNBQWEsSUFBSTtRQUM1QixTQUFTQyxtQkFBa0IsTUFBTSxvQkFBb0I7UUFDckQsU0FBUyxPQUFPLFlBQVksT0FBTyxRQUFRLEtBQUssV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDekcsV0FBV00saUJBQWdCLElBQUk7TUFDakM7SUFDRjtBQUdPLGFBQVNULFNBQU8sV0FBbUQ7QUFDeEUsVUFBSSxVQUFVLEtBQU0sUUFBTyxVQUFVO0FBQ3JDLFVBQUksVUFBVSxXQUFXLFdBQVcsTUFBTSxFQUFHLFFBQU87QUFDcEQsYUFBTyxlQUFlLEtBQUssVUFBVSxNQUFNLElBQUksT0FBTztJQUN4RDtBQzlPQSxhQUFTLGNBQWMsT0FBZSxHQUE2QjtBQUNqRSxZQUFNLE9BQU9KLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsRUFBRTtBQUNwRCxZQUFNLFdBQ0osRUFBRSxhQUFhLFFBQVEsRUFBRSxTQUFTLGlCQUFpQixFQUFFLE1BQU0sS0FBSyxZQUFZVyxhQUFZLEVBQUUsVUFBVVAsU0FBTyxDQUFDLENBQUMsQ0FBQztBQUNoSCxZQUFNckIsUUFBTyw0QkFBNEIsS0FBSyxXQUFXLElBQUk7QUFDN0QsVUFBSSxFQUFFLEdBQUksUUFBTyxHQUFHQSxLQUFJLGVBQWVpQixXQUFVLFFBQVEsQ0FBQztBQUMxRCxhQUFPLEdBQUdqQixLQUFJOzBCQUE2QmlCLFdBQVUsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsWUFBWSxRQUFRLEVBQUUsQ0FBQyxzQkFBc0JBLFdBQVUsUUFBUSxDQUFDOztJQUNsSjtBQUVBLGFBQVMsVUFBVSxPQUFlLFNBQTBCO0FBQzFELFlBQU0sU0FBU0EsV0FBVSxRQUFRLElBQUksa0JBQWtCLDJCQUEyQjtBQUNsRixhQUFPLDRCQUE0QixLQUFLO3dCQUFvRCxNQUFNLGVBQWUsTUFBTTs7SUFDekg7QUFFTyxhQUFTaUIsYUFBWSxTQUEwQjtBQUNwRCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFdBQVcsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBRTNDLFlBQU0sU0FBUyxRQUFRLElBQUksWUFBWSxXQUFXLFFBQVEsSUFBSSxZQUFZLGdCQUFnQixJQUFJO0FBQzlGLFlBQU0sUUFBUSxLQUFLLFNBQVM7QUFDNUIsWUFBTTlHLGFBQVksUUFBUSxJQUFJLGVBQWUsS0FBSyxLQUFNLFFBQVEsQ0FBQztBQUNqRSxZQUFNLFFBQVE2RixXQUFVLGVBQWUsUUFBUSxJQUFJLFFBQVEsRUFBRTtBQUM3RCxZQUFNLFFBQVEsQ0FBQyxHQUFJLFNBQVMsQ0FBQyxVQUFVLE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFJLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxjQUFjLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDMUcsYUFBTztRQUNMO1FBQ0EseUNBQXlDLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSxXQUFXN0YsUUFBTztRQUMxRyxzQkFBc0IsS0FBSyxZQUFZLEtBQUssZUFBZSxRQUFRLGFBQWEsTUFBTSx1QkFBdUJBLFFBQU87UUFDcEgsR0FBRztRQUNIO1FBQ0E7UUFDQTtNQUNGLEVBQUUsS0FBSyxJQUFJO0lBQ2I7QUNqQ0EsYUFBUyxlQUFlLE1BQW9DO0FBQzFELGFBQU87UUFDTDtRQUNBO1FBQ0EsR0FBRyxLQUFLO1VBQ04sQ0FBQyxNQUNDLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxNQUFNK0YsY0FBYSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFLENBQUMsTUFBTVMsYUFBWSxFQUFFLFVBQVVQLFNBQU8sQ0FBQyxDQUFDLENBQUM7UUFDbEg7TUFDRjtJQUNGO0FBRU8sYUFBU2MsZ0JBQWUsU0FBMEI7QUFDdkQsWUFBTSxPQUFPLFFBQVE7QUFDckIsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUU7QUFDdkMsWUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBRXRDLFlBQU0sVUFDSixLQUFLLFdBQVcsSUFDWixrQkFDQSxPQUFPLFNBQVMsSUFDZCxLQUFLLE9BQU8sTUFBTSxPQUFPLEtBQUssTUFBTSx1QkFDcEMsUUFBUSxZQUFZLGlCQUNsQix1QkFBdUIsS0FBSyxNQUFNLCtEQUNsQyxTQUFTLEtBQUssTUFBTTtBQUM5QixZQUFNLFFBQVEsQ0FBQyxrQkFBa0JoQixjQUFhLFFBQVEsSUFBSSxVQUFVLEVBQUUsU0FBUyxNQUFNLENBQUMsQ0FBQyxLQUFLLE9BQU8sSUFBSSxFQUFFO0FBQ3pHLFVBQUksT0FBTyxTQUFTLEVBQUcsT0FBTSxLQUFLLEdBQUcsZUFBZSxNQUFNLEdBQUcsRUFBRTtBQUMvRCxVQUFJLE9BQU8sU0FBUyxHQUFHO0FBRXJCLGNBQU07VUFDSjtVQUNBLFlBQVksT0FBTyxNQUFNLG9CQUFvQixPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7VUFDM0U7VUFDQSxHQUFHLGVBQWUsTUFBTTtVQUN4QjtVQUNBO1VBQ0E7UUFDRjtNQUNGO0FBQ0EsWUFBTSxZQUFZLFFBQVE7QUFDMUIsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLEtBQUssNERBQTRELHFDQUFxQztBQUM1RyxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU07WUFDSixLQUFLRCxvQkFBbUIsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFFBQVEsTUFBTVUsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxXQUFXLFNBQVMsQ0FBQztVQUN0TjtRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sVUFBVSxRQUFRLFdBQVc7QUFDbkMsWUFBTSxTQUFTRCxrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEdBQUcsUUFBUyxhQUFhLElBQUksUUFBUSxFQUFFLEdBQUdULG9CQUFtQixNQUFNLENBQUMsSUFBSSxFQUFFO0FBQ2pHLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxnRkFBZ0Ysc0JBQXNCO0FBQ2pILG1CQUFXLE9BQU8sUUFBUSxXQUFXO0FBQ25DLGdCQUFNO1lBQ0osS0FBS0Esb0JBQW1CLElBQUksUUFBUSxDQUFDLE1BQU1VLGFBQVksSUFBSSxZQUFZLE9BQU8sQ0FBQyxNQUFNLElBQUksYUFBYSxPQUFPLFFBQVFBLGFBQVksSUFBSSxVQUFVLE9BQU8sQ0FBQyxNQUFNLElBQUksWUFBWSxPQUFPLGNBQWNBLGFBQVksSUFBSSxTQUFTLE9BQU8sQ0FBQztVQUNyTztRQUNGO0FBQ0EsY0FBTSxLQUFLLEVBQUU7TUFDZjtBQUNBLFlBQU0sS0FBS1Ysb0JBQW1CYSxlQUFjLFFBQVEsU0FBUyxDQUFDLEdBQUcsRUFBRTtBQUNuRSxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDckRBLFFBQU0sV0FBVyxvQkFBSSxJQUFJO01BQ3ZCO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtJQUNGLENBQUM7QUFDRCxRQUFNLFdBQVcsQ0FBQyxTQUNoQixDQUFDLEtBQUssU0FBUyxHQUFHLEtBQUssQ0FBQyxTQUFTLElBQUksSUFBSSxLQUFLLENBQUMsZ0NBQWdDLEtBQUssSUFBSTtBQUUxRixhQUFTLE1BQU0sT0FBZ0I7QUFDN0IsWUFBTSxPQUFPLENBQUMsU0FBaUIsQ0FBQ2hJLFVBQWtCLFFBQVEsUUFBVSxJQUFJLElBQUlBLEtBQUksWUFBY0E7QUFDOUYsYUFBTyxFQUFFLEtBQUssS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLEVBQUUsR0FBRyxNQUFNLEtBQUssQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUU7SUFDdkU7QUFFTyxhQUFTcUksYUFDZCxNQUNBN0ksV0FDUTtBQUNSLFlBQU0sSUFBSSxNQUFNQSxVQUFRLEtBQUs7QUFDN0IsWUFBTSxRQUFrQixDQUFDO0FBQ3pCLFlBQU0sYUFBYStILGVBQWMsSUFBSTtBQUNyQyxZQUFNLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxFQUFFO0FBQy9DLFlBQU07UUFDSixFQUFFO1VBQ0EsZUFBZS9ILFVBQVEsUUFBUSxLQUFLLFdBQVcsV0FBVyxJQUFJLGtCQUFrQixXQUFXLElBQUksRUFBRSxNQUFNLE9BQU8sV0FBVyxNQUFNLG9CQUFvQixJQUFJLEVBQUUsSUFBSSxHQUFHLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLENBQUM7UUFDck47TUFDRjtBQUNBLFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsaUJBQVcsS0FBSyxZQUFZO0FBQzFCLGNBQU0sT0FBTyxFQUFFLEtBQUssRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUFFLElBQUksR0FBRztBQUM1QyxjQUFNLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEtBQUssRUFBRSxJQUFJLFVBQVUsQ0FBQyxJQUFJcUksYUFBWSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRTtNQUM3RztBQUNBLFlBQU0sWUFBWUwsY0FBYSxJQUFJO0FBQ25DLFVBQUksVUFBVSxTQUFTLEdBQUc7QUFDeEIsY0FBTSxRQUFRLEtBQUssSUFBSSxJQUFJLEdBQUcsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQ3JFLGNBQU07VUFDSjtVQUNBLEVBQUU7WUFDQSxHQUFHLFlBQVksT0FBTyxRQUFRLENBQUMsQ0FBQyxJQUFJLFdBQVcsU0FBUyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQztVQUMxSTtRQUNGO0FBQ0EsbUJBQVcsS0FBSyxXQUFXO0FBQ3pCLGdCQUFNLE9BQU8sQ0FBQyxNQUFxQkssYUFBWSxHQUFHLElBQUksRUFBRSxTQUFTLENBQUM7QUFDbEUsZ0JBQU07WUFDSixLQUFLLEVBQUUsU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUlBLGFBQVksRUFBRSxXQUFXLFNBQVMsRUFBRSxTQUFTLENBQUMsQ0FBQztVQUNoTDtRQUNGO01BQ0Y7QUFDQSxZQUFNLFVBQVVKLG1CQUFrQixNQUFNakksVUFBUSxvQkFBb0I7QUFDcEUsWUFBTSxTQUFTb0ksa0JBQWlCLE9BQU87QUFDdkMsVUFBSSxPQUFRLE9BQU0sS0FBSyxLQUFLLFFBQVMsYUFBYSxJQUFJLEVBQUUsSUFBSSxNQUFNLElBQUksTUFBTSxFQUFFO0FBQzlFLFVBQUksV0FBVyxRQUFRLFVBQVUsU0FBUyxHQUFHO0FBQzNDLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyw0RUFBNEUsQ0FBQztBQUNuRyxjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxRQUFRLFVBQVUsSUFBSSxDQUFDLFFBQVEsSUFBSSxTQUFTLE1BQU0sQ0FBQztBQUNqRixtQkFBVyxPQUFPLFFBQVEsVUFBVyxPQUFNLEtBQUssS0FBSyxJQUFJLFNBQVMsT0FBTyxLQUFLLENBQUMsSUFBSUUsYUFBWSxHQUFHLENBQUMsRUFBRTtNQUN2RztBQUNBLFlBQU16RyxZQUFXLEtBQUssT0FBTyxxQkFBcUIsS0FBSztBQUN2RCxZQUFNLFdBQVdzRyxhQUFZLE1BQU0sYUFBYSxPQUFPO0FBQ3ZELFlBQU0sYUFBYUEsYUFBWSxNQUFNLGNBQWMsT0FBTztBQUMxRCxZQUFNLEtBQUssSUFBSSxFQUFFLEtBQUssWUFBWSxDQUFDO0FBQ25DLFlBQU07UUFDSixLQUFLRSxhQUFZLFlBQVksR0FBRyxPQUFPLENBQUMsY0FBY3hHLFdBQVUsS0FBSyxhQUFhLFFBQVEsV0FBV0EsVUFBUyxRQUFRLENBQUMsSUFBSSxLQUFLLFFBQVF3RyxhQUFZLGNBQWMsR0FBRyxPQUFPLENBQUMsa0JBQWtCeEcsU0FBUSxRQUFRLENBQUMsQ0FBQztNQUNuTjtBQUNBLFlBQU0sS0FBSyxhQUFhd0csYUFBWUYsYUFBWSxNQUFNLG1CQUFtQixNQUFNLEdBQUcsU0FBUyxDQUFDLHFCQUFxQjtBQUNqSCxZQUFNLFNBQVNBLGFBQVksTUFBTSxVQUFVLE1BQU07QUFDakQsWUFBTTtRQUNKLGFBQWFFLGFBQVksUUFBUSxTQUFTLENBQUMsWUFBWUEsYUFBWUYsYUFBWSxNQUFNLFVBQVUsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPRSxjQUFhRixhQUFZLE1BQU0sVUFBVSxRQUFRLEtBQUssTUFBTUEsYUFBWSxNQUFNLFVBQVUsT0FBTyxLQUFLLElBQUksT0FBTyxDQUFDO01BQzNPO0FBQ0EsWUFBTSxTQUFTLE9BQU8sS0FBSyxLQUFLLFdBQVcsQ0FBQyxDQUFDLEVBQzFDLE9BQU8sUUFBUSxFQUNmLEtBQUs7QUFDUixVQUFJLE9BQU8sU0FBUyxHQUFHO0FBQ3JCLGNBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQztBQUN2QyxtQkFBVyxRQUFRLFFBQVE7QUFDekIsZ0JBQU0sSUFBSSxLQUFLLFFBQVEsSUFBSTtBQUMzQixnQkFBTSxJQUFJLEVBQUU7QUFDWixnQkFBTSxPQUFPLEVBQUUsYUFBYSxTQUFTLE9BQU87QUFDNUMsZ0JBQU0zSCxRQUNKLEVBQUUsU0FBUyxVQUNQLE9BQU82SCxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLE9BQU8sR0FBRyxJQUFJLENBQUMsU0FBU0EsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLEtBQ3RHLEVBQUUsU0FBUyxTQUNUQSxhQUFZLEVBQUUsTUFBTSxTQUFTLElBQzdCQSxhQUFZLEVBQUUsU0FBUyxFQUFFLE9BQU8sT0FBTztBQUMvQyxnQkFBTSxLQUFLLEtBQUssS0FBSyxPQUFPLEtBQUssSUFBSSxJQUFJLEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSTdILEtBQUksRUFBRTtRQUNyRjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksS0FBS2lJLGVBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM3QyxhQUFPLE1BQU0sS0FBSyxJQUFJO0lBQ3hCO0FDOUdBLFFBQU0sU0FBUyxDQUFDLFVBQStCLFFBQVEsUUFBUTtBQVN4RCxhQUFTSyxtQkFBa0IsTUFBbUI7QUFDbkQsYUFBTyxTQUFTaEosZ0JBQWMsTUFBMkM7QUFDdkUsY0FBTSxNQUE4QjtVQUNsQyxRQUFRK0ksYUFBWSxNQUFNO1lBQ3hCLFVBQVUsS0FBSztZQUNmLE9BQU8sS0FBSyxPQUFPLGdCQUFnQjtZQUNuQyxzQkFBc0IsS0FBSztVQUM3QixDQUFDO1FBQ0g7QUFDQSxjQUFNLE1BQU0sTUFBTTtBQUNsQixZQUFJLEtBQUs7QUFDUCxnQkFBTSxVQUFVSDtZQUNkO1lBQ0E7Y0FDRSxVQUFVLEtBQUs7Y0FDZixTQUFTLE9BQU8sTUFBTSxXQUFXLEtBQUssS0FBSyxXQUFXO2NBQ3RELFFBQVEsT0FBTyxNQUFNLFVBQVUsS0FBSyxPQUFPLE1BQU0sUUFBUTtjQUN6RCxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxjQUFhLG9CQUFJLEtBQUssR0FBRSxZQUFZO1lBQ3RDO1lBQ0EsS0FBSztVQUNQO0FBRUEsZ0JBQU0sRUFBRSxZQUFZLFVBQVUsR0FBRyxVQUFVLElBQUk7QUFDL0MsY0FBSSxHQUFHLEdBQUcsZUFBZSxJQUFJLEtBQUssVUFBVSxXQUFXLE1BQU0sQ0FBQztBQUM5RCxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksR0FBRyxLQUFLLFVBQVUsU0FBUyxNQUFNLENBQUMsQ0FBQzs7QUFDaEUsY0FBSSxHQUFHLEdBQUcsWUFBWSxJQUFJQyxhQUFZLE9BQU87QUFDN0MsY0FBSSxHQUFHLEdBQUcsYUFBYSxJQUFJQyxnQkFBZSxPQUFPO1FBQ25EO0FBQ0EsZUFBTztNQUNUO0lBQ0Y7QUNqREEsUUFBQWxHLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFzQmYsYUFBU3FHLGNBQWdCLE9BQW1DLFNBQWlCLEtBQUssT0FBTyxHQUFNO0FBQ3BHLFlBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxFQUFFLFFBQVEsQ0FBQztBQUN4RCxVQUFJLFFBQVEsU0FBUztBQUNyQixpQkFBVyxLQUFLLE9BQU87QUFDckIsaUJBQVMsRUFBRTtBQUNYLFlBQUksUUFBUSxFQUFHLFFBQU8sRUFBRTtNQUMxQjtBQUNBLGFBQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHO0lBQ2xDO0FDdkJBLFFBQU1DLFVBQVMsQ0FBQyxTQUNkLEtBQUssZ0JBQWdCLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxLQUFLLGdCQUFnQixNQUFNLENBQUM7QUFFOUUsUUFBTUMsT0FBK0I7TUFDbkMsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDQyxTQUFRQSxLQUFJLFlBQVksRUFBRSxPQUFPLEdBQUcsQ0FBQyxFQUFFO01BQzNELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQ0EsTUFBSyxTQUFTQSxLQUFJLFVBQVVGLFFBQU8sSUFBSSxDQUFDLEVBQUU7TUFDOUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDRSxNQUFLLFNBQVNBLEtBQUksV0FBV0YsUUFBTyxJQUFJLEdBQUcsQ0FBQyxFQUFFO01BQ2xFLEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQ0UsU0FBUUEsS0FBSSxPQUFPLEVBQUU7SUFDM0M7QUFHTyxhQUFTQyxnQkFBZUQsTUFBZ0IsTUFBcUI7QUFDbEUsTUFBQUgsY0FBYUUsSUFBRyxFQUFFQyxNQUFLLElBQUk7SUFDN0I7QUNiQSxRQUFNLE1BQU0sRUFBRSxPQUFPNUUsV0FBVTtBQTRGeEIsYUFBUyxhQUFhLE9BQWUsV0FBMkI7QUFDckUsYUFBTyxLQUFLLE1BQU0sUUFBUSxZQUFZLElBQUk7SUFDNUM7QUFPTyxhQUFTOEUsdUJBQ2QsV0FDQSxPQUNBQyxRQUNRO0FBQ1IsYUFBTyxPQUFPLFFBQVEsU0FBUyxFQUM1QixPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsTUFBTWhILGVBQWMsUUFBUSxDQUFDLEVBQ2hELElBQUksQ0FBQyxDQUFDLE1BQU0sUUFBUSxPQUFPO1FBQzFCLFFBQVE7UUFDUixNQUFNLEVBQUUsVUFBVSxLQUFLO1FBQ3ZCLE9BQU87VUFDTDtZQUNFLE1BQU07WUFDTixJQUFJO1lBQ0osT0FBTyxhQUFhLE9BQU9DLHFCQUFvQixRQUFRLENBQUM7WUFDeEQsR0FBSStHLFNBQVEsRUFBRSxhQUFhLE1BQU0sR0FBR0EsT0FBTSxJQUFJLENBQUM7VUFDakQ7UUFDRjtNQUNGLEVBQUU7SUFDTjtBQU1PLGFBQVNDLGlCQUFnQixTQUFrQixpQkFBeUIsaUJBQWlCLE1BQWM7QUFDeEcsYUFBTztRQUNMO1VBQ0UsUUFBUTtVQUNSLE1BQU07VUFDTixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLGFBQWEsTUFBTSxlQUFlLENBQUM7UUFDaEc7UUFDQTtVQUNFLFFBQVE7VUFDUixNQUFNO1VBQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLFFBQVEsV0FBVyxhQUFhLE1BQU0sZUFBZSxDQUFDO1FBQ2hHO1FBQ0EsRUFBRSxRQUFRLGlCQUFpQixPQUFPLENBQUMsRUFBRSxNQUFNLE9BQU8sSUFBSSxNQUFNLE9BQU8sRUFBRSxDQUFDLEVBQUU7TUFDMUU7SUFDRjtBL0IxSEEsUUFBTWhJLFdBQVMwQixlQUFjLFlBQVk7QUFDekMsUUFBTSxFQUFFLFdBQUFsQixZQUFXLFNBQUFDLFVBQVMsV0FBQVYsWUFBVyxZQUFBVyxZQUFXLElBQUlKLGlCQUFnQixTQUFTLEtBQUs7QUFFcEYsUUFBTTJILG1CQUFrQmhDLG9CQUFtQjtNQUN6QyxZQUFZO01BQ1osWUFBQXZGO01BQ0EsYUFBYVYsU0FBTyxRQUFRO01BQzVCLE1BQU0sRUFBRSxXQUFBUSxZQUFXLFNBQUFDLFVBQVMsV0FBQVYsV0FBVTtJQUN4QyxDQUFDO0FBRU0sUUFBTXJCLFdBQTBCLGdCQUFBbUgsY0FBYTdGLFVBQVEsTUFBTTtBQUdoRSxZQUFNLFlBQVk7UUFDaEIsUUFBUWtCO1VBQ047VUFDQVY7VUFDQUM7VUFDQVY7VUFDQSxLQUFLLElBQUksSUFBSSxLQUFLLEtBQU1VLFdBQVVULFNBQU8sUUFBUSxXQUFZLEdBQUksQ0FBQztRQUNwRTtNQUNGO0FBQ0EsYUFBTztRQUNMLE9BQU8sQ0FBQzs7UUFDUixXQUFXRDtRQUNYO1FBQ0EsT0FBTztVQUNMLEdBQUdpSSxpQkFBZ0JoSSxTQUFPLFNBQVMsMkJBQTJCO1VBQzlELEdBQUc4SCx1QkFBc0IsV0FBVzlILFNBQU8sUUFBUSxjQUFjLEVBQUUsZ0JBQWdCLEtBQUssQ0FBQztRQUMzRjtNQUNGO0lBQ0YsQ0FBQztBQUdNLFFBQU14QixpQkFBZ0MsZ0JBQUFnSixtQkFBa0I7TUFDN0QsVUFBVTtNQUNWLHNCQUFzQixFQUFFLFFBQVEsRUFBRTtJQUNwQyxDQUFDO0FBRU0sYUFBUzVJLFNBQTBCO0FBQ3hDLGFBQU8rRyxZQUFXM0YsVUFBUSxFQUFFLE1BQU0sS0FBSyxDQUFDO0lBQzFDO0FBRUEsUUFBSXdGO0FBRUcsYUFBUy9HLE9BQU0sTUFBcUI7QUFDekMsTUFBQStHLFlBQVcsSUFBSW5CLFdBQVVyRSxTQUFPLFNBQVNBLFNBQU8sYUFBYSxLQUFLLE9BQU8sT0FBTztBQUNoRixNQUFBNkgsZ0JBQWVyQyxTQUFRLElBQUk7QUFDM0IsTUFBQXlDLGlCQUFnQjtJQUNsQjs7Ozs7QWdDM0VBLElBQUk7QUFFRyxTQUFTLFVBQVU7QUFDeEIsTUFBSSxnQkFBZ0IsUUFBVztBQUM3QixVQUFNLFlBQVksV0FBVztBQUM3QixlQUFXLGlCQUFpQixDQUFDO0FBQzdCLGVBQVcsUUFBUSxDQUFDLE1BQUssV0FBVSxnQkFBZSxXQUFVLGNBQWEsWUFBWSxHQUFHO0FBQ3RGLFlBQU0sU0FBUyxVQUFVLElBQUk7QUFDN0IsaUJBQVcsZUFBZSxJQUFJLElBQUksRUFBRSxJQUFJLFFBQVEsZUFBZSxPQUFPLFdBQVcsT0FBTztBQUFBLElBQzFGO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLFNBQU87QUFDVDtBQUNBLFdBQVcsc0JBQXNCOzs7QUNtQjFCLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWMsTUFBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTUMsUUFBTyxDQUFDLE1BQWMsWUFBMkI7QUFDckQsVUFBTSxJQUFJLGVBQWUsMEJBQTBCLElBQUksVUFBVSxJQUFJLEtBQUssT0FBTyxFQUFFO0FBQUEsRUFDckY7QUFDQSxNQUFJO0FBQ0osTUFBSSxRQUFRO0FBQ1osUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxPQUFPLEtBQUssV0FBVyxDQUFDLE1BQU0sUUFBUyxLQUFLLE1BQU0sQ0FBQyxJQUFJO0FBQzdELFFBQU0sUUFBUSxLQUFLLE1BQU0sT0FBTztBQUNoQyxXQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsUUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJO0FBRXhCLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixRQUFJLFNBQVM7QUFDYixRQUFJLFlBQVk7QUFDaEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxZQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNWLFlBQUksTUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUNwQyxtQkFBUztBQUNUO0FBQUEsUUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO0FBQUEsWUFDMUIsVUFBUztBQUFBLE1BQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLGVBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsZ0JBQVE7QUFDUixvQkFBWTtBQUFBLE1BQ2QsV0FBVyxNQUFNLE9BQU8sTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxpQkFBUyxZQUFZO0FBQ3JCLGdCQUFRO0FBQUEsTUFDVixNQUFPLFVBQVM7QUFBQSxJQUNsQjtBQUNBLFFBQUksT0FBUSxDQUFBQSxNQUFLLElBQUksR0FBRyw4QkFBOEI7QUFDdEQsV0FBTyxLQUFLLFlBQVksUUFBUSxNQUFNLEtBQUssQ0FBQztBQUM1QyxRQUFJLENBQUMsU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLFlBQU0sS0FBSyxDQUFDLFNBQWlCLE1BQU0sUUFBUSxJQUFJO0FBQy9DLFVBQUksR0FBRyxPQUFPLElBQUksS0FBSyxHQUFHLFVBQVUsSUFBSSxLQUFLLEdBQUcsTUFBTSxJQUFJLEdBQUc7QUFDM0QsUUFBQUEsTUFBSyxJQUFJLEdBQUcsOERBQThELEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxHQUFHO0FBQUEsTUFDaEg7QUFDQSxnQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGNBQVEsT0FBTztBQUNmO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxXQUFXLE1BQU8sQ0FBQUEsTUFBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxVQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxVQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxVQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsUUFBSSxVQUFVLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsYUFBYTtBQUMzQyxRQUFJLGFBQWEsR0FBSSxDQUFBQSxNQUFLLElBQUksR0FBRyxzQkFBc0IsS0FBSyxFQUFFO0FBQzlELFFBQUksQ0FBRSxNQUE0QixTQUFTLElBQUk7QUFDN0MsTUFBQUEsTUFBSyxJQUFJLEdBQUcsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLGdDQUFnQztBQUMvRixRQUFJLEtBQUssSUFBSSxNQUFNLFlBQVksQ0FBQyxFQUFHLENBQUFBLE1BQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxrQkFBa0I7QUFDekUsU0FBSyxJQUFJLE1BQU0sWUFBWSxDQUFDO0FBQzVCLGFBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ2pEO0FBQ0EsTUFBSSxDQUFDLFFBQVMsQ0FBQUEsTUFBSyxHQUFHLHFGQUFxRjtBQUMzRyxTQUFPO0FBQ1Q7QUFxQk8sU0FBUyxVQUFVLE1BQVksR0FBbUI7QUFDdkQsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQzlDOzs7QUMzRE8sSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM1QixPQUFPO0FBQ2xCO0FBR08sSUFBTSxnQkFBZ0IsS0FBSztBQUtsQyxTQUFTLElBQUksS0FBVSxNQUFrQztBQUN2RCxRQUFNLFFBQVEsSUFBSSxJQUFJO0FBQ3RCLFNBQU8sVUFBVSxTQUFZLFNBQVksTUFBTSxLQUFLO0FBQ3REO0FBRUEsU0FBUyxLQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxRQUFNLElBQUksWUFBWSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsS0FBSyxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQ3hGO0FBRUEsU0FBUyxTQUFTLEtBQWEsS0FBYSxNQUFjLFNBQWdDO0FBQ3hGLFNBQU8sQ0FBQyxLQUFLLE1BQU0sYUFBYTtBQUM5QixVQUFNLFFBQVEsSUFBSSxLQUFLLElBQUk7QUFDM0IsUUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsUUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLFVBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsUUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sU0FBUyxTQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxJQUFNLFdBQVcsU0FBUyxHQUFHLEdBQUcsMEJBQTBCLEtBQUs7QUE4S3hELFNBQVMsVUFDZCxLQUNBLE1BQ0EsVUFDQSxPQUNRO0FBQ1IsUUFBTSxPQUFPLE1BQU0sU0FBUyxNQUFNLFVBQVUsbUJBQW1CO0FBQy9ELFNBQU8sU0FBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtBQUN6Rjs7O0FDN09BLElBQU0sc0JBQXNCO0FBSzVCLElBQU0sY0FBYztBQUlwQixJQUFNLGVBQWUsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsTUFBTSxNQUFNLDRCQUE0QjtBQUNqSCxJQUFNLGNBQWMsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsS0FBSztBQW1IdEUsSUFBTSxrQkFBa0I7QUFBQSxFQUM3QixPQUFPO0FBQUEsRUFDUCxRQUF3QixpQkFBQyxxQkFBcUIsd0JBQXdCLEVBQUUsS0FBSyxJQUFJO0FBQUEsRUFDakYsS0FBSyxDQUFDLGFBQWEsRUFBRSxDQUFDLG1CQUFtQixHQUFHLE9BQU8sS0FBSyxJQUFJLGFBQWEsS0FBSyxJQUFJLEdBQUcsT0FBTyxDQUFDLENBQUMsRUFBRTtBQUFBLEVBQ2hHLFNBQVM7QUFBQSxFQUNULFVBQVUsQ0FBQyxRQUFRO0FBQ2pCLFVBQU1DLGFBQVksVUFBVSxLQUFLLHlCQUF5QixHQUFHLFlBQVksR0FBRyxHQUFPLENBQUM7QUFDcEYsVUFBTUMsV0FBVSxVQUFVLEtBQUssdUJBQXVCLEtBQU0sWUFBWSxHQUFHLEdBQU8sQ0FBQztBQUNuRixVQUFNQyxhQUFZLFVBQVUsS0FBSyxxQkFBcUIsS0FBSyxhQUFhLEdBQUcsV0FBVyxDQUFDO0FBQ3ZGLFVBQU1DLGNBQWEsVUFBVSxLQUFLLHFCQUFxQixJQUFJLFlBQVksR0FBRyxHQUFNLENBQUM7QUFDakYsUUFBSUYsV0FBVUQ7QUFDWixZQUFNLElBQUksTUFBTSx1QkFBdUJDLFFBQU8sbUNBQW1DRCxVQUFTLHNCQUFzQjtBQUNsSCxXQUFPLEVBQUUsV0FBQUEsWUFBVyxTQUFBQyxVQUFTLFdBQUFDLFlBQVcsWUFBQUMsWUFBVztBQUFBLEVBQ3JEO0FBQ0Y7OztBQzNLQSxTQUFTLE9BQU8sYUFBYTs7O0FDQTdCLE9BQU8sa0JBQWtCO0FBQ3pCLElBQU8sb0JBQVE7OztBQ0RmLE9BQU8sYUFBYTtBQUNwQixJQUFPLGVBQVE7OztBQ0RmLFNBQVMsU0FBUyxhQUFhOzs7QUNBL0IsU0FBUyxtQkFBbUI7OztBQ0dyQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLGVBQWU7OztBQ0s1QixTQUFTLGVBQXVCO0FBRTlCLE1BQUksU0FBUyxFQUFHLENBQUMsV0FBd0QsWUFBWSxFQUFHO0FBQ3hGLFFBQU0sU0FBUyxJQUFJLFlBQVksZUFBZSxNQUFnQjtBQUM1RCxVQUFNLElBQUksTUFBTSwwQ0FBMEMsYUFBYSxrQ0FBa0M7QUFBQSxFQUMzRyxDQUFDO0FBQ0QsU0FBTyxPQUFPLENBQUM7QUFDakI7QUFFTyxJQUFNLFNBQTRCLGFBQWE7QUFHL0MsSUFBTSxnQkFBMEMsTUFBTTs7O0FDTjdELFNBQVMsaUJBQWlCO0FBQ3hCLFNBQU87QUFBQTtBQUFBLElBRUwsWUFBWSxJQUFJLE1BQU0sb0JBQW9CO0FBQUE7QUFBQSxJQUUxQyxpQkFBaUIsSUFBSSxNQUFNLDBCQUEwQjtBQUFBO0FBQUEsSUFFckQsVUFBVSxJQUFJLE1BQU0sa0JBQWtCO0FBQUE7QUFBQSxJQUV0QyxnQkFBZ0IsSUFBSSxRQUFRLHdCQUF3QjtBQUFBO0FBQUEsSUFFcEQsY0FBYyxJQUFJLE1BQU0saUNBQWlDO0FBQUEsRUFDM0Q7QUFDRjtBQUdBLElBQU0sU0FBUyxTQUFTLEtBQUssT0FBTyxlQUFlLFNBQVksZUFBZSxJQUFJO0FBV2xGLElBQU0sT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLElBQUksU0FBUztBQUNiLElBQUk7QUFDSixJQUFJLGFBQWE7QUFNakIsU0FBUyxVQUFVLFlBQW9CLE9BQXFDO0FBQzFFLFFBQU0sTUFBTSxhQUFLLEtBQUssR0FBRyxVQUFVLFVBQVUsS0FBSyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUc7QUFBQSxJQUN0RSxHQUFHO0FBQUEsSUFDSCxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQjtBQUFBLEVBQ2hELENBQVU7QUFDVixTQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztBQUM5QztBQXdCQSxTQUFTLE1BQVMsTUFBOEI7QUFDOUMsTUFBSTtBQUNGLFdBQU8sT0FBTyxTQUFTLFdBQVksS0FBSyxNQUFNLElBQUksSUFBVTtBQUFBLEVBQzlELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU08sU0FBUyxjQUFjLFlBQTBCO0FBRXRELE1BQUksQ0FBQyxXQUFZLGNBQWEsVUFBVSxZQUFZLE1BQU07QUFDMUQsYUFBUztBQUNQLFVBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsYUFBUyxVQUFVO0FBQ25CLFVBQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxRQUFJLGtCQUFLLFNBQVMsV0FBVyxFQUFHO0FBQ2hDLFFBQUksa0JBQUssU0FBUyxhQUFhLEVBQUc7QUFBQSxFQUNwQztBQUNBLFlBQVUsWUFBWSxVQUFVO0FBQ2hDLFdBQVMsVUFBVTtBQUNyQjtBQUVBLFNBQVMsU0FBUyxZQUEwQjtBQUMxQyxRQUFNLE1BQU0sYUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0IsTUFBTSxJQUFJLElBQWE7QUFDM0UsUUFBTSxPQUNKLElBQUksV0FBVyxNQUFNLE1BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLE1BQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLFdBQVEsZUFBZSxJQUFJLENBQUM7QUFDNUI7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLEtBQUssV0FBVyxVQUFVO0FBRW5DLFFBQUksZUFBZSxVQUFhLEtBQUssU0FBUyxXQUFZLFFBQVEsZUFBZSxJQUFJLEtBQUssU0FBUyxVQUFVO0FBQzdHLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNBLGFBQVcsVUFBVSxLQUFLLFNBQVM7QUFDakMsYUFBUyxLQUFLLElBQUksUUFBUSxPQUFPLEdBQUc7QUFDcEMsUUFBSSxPQUFPLFVBQVUsVUFBYSxPQUFPLFVBQVUsT0FBUTtBQUMzRCxXQUFRLFdBQVcsSUFBSSxPQUFPLFdBQVc7QUFDekMsV0FBUSxnQkFBZ0IsSUFBSSxPQUFPLGlCQUFpQjtBQUNwRCxXQUFRLFNBQVMsSUFBSSxPQUFPLFNBQVM7QUFBQSxFQUN2QztBQUdBLE1BQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsc0JBQUssS0FBSyxNQUFNLHFEQUFxRCxLQUFLLE9BQU8sRUFBRTtBQUN2Rjs7O0FDOUdBLFNBQVMsU0FBUyxNQUFzQjtBQUN0QyxNQUFJO0FBQ0YsV0FBTyxLQUFLLElBQUk7QUFBQSxFQUNsQixTQUFTLE9BQU87QUFDZCxVQUFNLElBQUk7QUFBQSxNQUNSLDBCQUEwQixJQUFJLG9CQUFvQixPQUFPLEtBQUssQ0FBQztBQUFBLElBQ2pFO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxTQUFTLE1BQW9CO0FBRXBDLFFBQU0sU0FBUyxDQUFDO0FBQ2hCLGFBQVcsUUFBUTtBQUNqQixXQUFPLElBQUksSUFBSSxJQUFJO0FBQUEsTUFDakIsU0FBUyxJQUFJO0FBQUEsTUFDYixNQUFNLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLElBQUk7QUFBQSxJQUNoRDtBQUNGLFNBQU87QUFBQSxJQUNMLFFBQVEsMEJBQTBCLElBQUk7QUFBQSxJQUN0QyxPQUFPLEVBQUUsU0FBUyxPQUFPLFFBQVEsUUFBUSxPQUFPLE9BQU8sTUFBTSxRQUFRLE9BQU8sT0FBTyxNQUFNLE9BQU87QUFBQSxJQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7QUFBQSxFQUM5QztBQUNGO0FBRUEsU0FBUyxTQUFTQyxTQUFzQjtBQUN0QyxNQUFJQSxRQUFPLFVBQVcsUUFBTyxTQUFTQSxRQUFPLFNBQVM7QUFDdEQsUUFBTSxRQUFRQSxRQUFPO0FBQ3JCLE1BQUlBLFFBQU8sV0FBVztBQUNwQixXQUFPO0FBQUEsTUFDTCxRQUFRO0FBQUEsTUFDUixPQUFPQSxRQUFPO0FBQUEsTUFDZCxTQUFTLENBQUMsTUFBTSxPQUFPLGNBQWMsRUFBRSxPQUFPLFVBQVUsTUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLElBQ1IsT0FBTyxFQUFFLFNBQVMsR0FBRyxPQUFPLEdBQUcsT0FBTyxFQUFFO0FBQUEsSUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7QUFBQSxFQUM3RTtBQUNGO0FBaUJPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBQ25GNUMsT0FBTyxnQkFBZ0I7OztBQ3NCaEIsSUFBTSxZQUFZOzs7QUNMbEIsU0FBUyxRQUFRLFVBQXFDLElBQVMsT0FBd0I7QUFDNUYsUUFBTSxVQUFVLE9BQU8sU0FBWSxLQUFLLG1CQUFtQixPQUFPLEVBQUUsQ0FBQztBQUNyRSxVQUFRLFVBQVU7QUFBQSxJQUNoQixLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLG1CQUFtQixPQUFPO0FBQUEsSUFDbkMsS0FBSztBQUNILGFBQU8sZ0JBQWdCLE9BQU87QUFBQSxJQUNoQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTyxhQUFhLEtBQUs7QUFBQSxJQUNyRCxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHQSxJQUFNLGFBQXVDO0FBQUEsRUFDM0MsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsZUFBZTtBQUFBLEVBQ2YsWUFBWTtBQUFBLEVBQ1osZUFBZTtBQUFBLEVBQ2YsZUFBZTtBQUFBLEVBQ2YsaUJBQWlCO0FBQUEsRUFDakIsU0FBUztBQUFBLEVBQ1QsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2YsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osYUFBYTtBQUNmO0FBSUEsSUFBTSxpQkFBOEUsQ0FBQztBQUc5RSxTQUFTLFlBQVksVUFBc0Q7QUFDaEYsTUFBSSxPQUFPLGVBQWUsUUFBUTtBQUNsQyxNQUFJLFNBQVMsUUFBVztBQUN0QixXQUFPLEVBQUUsVUFBVSxPQUFPLFdBQVcsTUFBTSxXQUFXLFFBQVEsRUFBRTtBQUNoRSxtQkFBZSxRQUFRLElBQUk7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVDs7O0FDMkJBLElBQU0sT0FBTyxDQUFDLE1BQXdCLE9BQU8sTUFBTSxZQUFZLE9BQU8sTUFBTTtBQUM1RSxJQUFNLFVBQVUsQ0FBQyxNQUF3QixPQUFPLE1BQU07QUFHdEQsU0FBUyxTQUFTLE9BQWtCLE9BQXVCO0FBQ3pELFVBQVEsT0FBTztBQUFBLElBQ2IsS0FBSztBQUNILGFBQU8sTUFBTSxRQUFRLE1BQU07QUFBQSxJQUM3QixLQUFLLFNBQVM7QUFDWixZQUFNLFFBQVEsTUFBTSxjQUFjO0FBQ2xDLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUFBLElBQ2hEO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxRQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ2hFLEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO0FBQUEsSUFDeEQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxLQUFLLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUN6RCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sUUFBUSxDQUFDO0FBQUEsSUFDN0IsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZLFFBQVEsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUMzRSxLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsSUFDckMsS0FBSyxhQUFhO0FBQ2hCLFlBQU0sUUFBUSxNQUFNLE9BQU87QUFDM0IsYUFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztBQUFBLElBQzVFO0FBQUEsRUFDRjtBQUNGO0FBU0EsU0FBUyxPQUFPLEtBQXdCO0FBQ3RDLFNBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07QUFDbEU7QUFHQSxJQUFJO0FBRUosSUFBTSxZQUFtQixDQUFDLFNBQVM7QUFDakMsTUFBSTtBQUNGLFdBQU8sUUFBUyxLQUFLLElBQUksS0FBSztBQUFBLEVBQ2hDLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsSUFBTSxhQUFOLE1BQXlDO0FBQUEsRUFHdkMsWUFDVyxJQUNBLFFBQ1EsS0FDakI7QUFIUztBQUNBO0FBQ1E7QUFBQSxFQUNoQjtBQUFBLEVBSFE7QUFBQSxFQUNBO0FBQUEsRUFDUTtBQUFBLEVBTFgsU0FBUztBQUFBLEVBQ1Q7QUFBQSxFQU9SLElBQUksT0FBc0I7QUFDeEIsUUFBSSxLQUFLLE9BQU8sQ0FBQyxLQUFLLFFBQVE7QUFDNUIsV0FBSyxRQUFRLFVBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQ0Y7QUFHQSxTQUFTLFVBQVUsTUFBd0I7QUFDekMsTUFBSTtBQUNGLFdBQU8sS0FBSyxNQUFNLElBQWM7QUFBQSxFQUNsQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUtBLElBQU0sa0JBQTRFLENBQUM7QUFDbkYsU0FBUyxhQUFhLFFBQTBEO0FBQzlFLE1BQUksV0FBVyxnQkFBZ0IsTUFBTTtBQUNyQyxNQUFJLGFBQWEsUUFBVztBQUMxQixlQUFXLGFBQUssaUJBQWlCLE1BQU07QUFDdkMsb0JBQWdCLE1BQU0sSUFBSTtBQUFBLEVBQzVCO0FBQ0EsU0FBTztBQUNUO0FBSUEsSUFBSTtBQUNHLFNBQVMsZ0JBQWdCLE1BQXlDO0FBQ3ZFLGFBQVc7QUFDYjtBQU9BLElBQU0sVUFBbUIsRUFBRSxVQUFVLE9BQU8sU0FBUyxNQUFNO0FBSTNELElBQU0sWUFBeUYsQ0FBQztBQUVoRyxTQUFTLFVBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsTUFBSSxNQUFNLFVBQVUsUUFBUTtBQUM1QixNQUFJLENBQUMsS0FBSztBQUNSLFVBQU0sU0FBaUIsRUFBRSxDQUFDLEdBQUcsUUFBUSxlQUFlLFFBQVEsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDbkYsUUFBSSxVQUFXLFFBQU8sR0FBRyxRQUFRLCtCQUErQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsWUFBWSxFQUFFO0FBQzVGLFVBQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxTQUFTLEVBQUU7QUFDbkMsY0FBVSxRQUFRLElBQUk7QUFBQSxFQUN4QjtBQUNBLFNBQU87QUFDVDtBQUlPLElBQU0sWUFBTixNQUFNLFdBQVU7QUFBQSxFQU9yQixZQUNtQixTQUNqQixVQUNpQixPQUNqQjtBQUhpQjtBQUVBO0FBRWpCLFNBQUssVUFBVSxHQUFHLFFBQVE7QUFBQSxFQUM1QjtBQUFBLEVBTG1CO0FBQUEsRUFFQTtBQUFBO0FBQUEsRUFSbkIsZUFBZTtBQUFBLEVBQ0U7QUFBQTtBQUFBLEVBRUEsU0FBNEMsQ0FBQztBQUFBO0FBQUEsRUFXOUQsR0FBRyxPQUEwQjtBQUMzQixXQUFPLElBQUksV0FBVSxLQUFLLFNBQVMsT0FBTyxLQUFLLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxHQUFHLEtBQUs7QUFBQSxFQUM3RTtBQUFBLEVBRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxRQUFJLFNBQVMsS0FBSyxPQUFPLFFBQVE7QUFDakMsUUFBSSxDQUFDLFFBQVE7QUFDWCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLFVBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVELGVBQVM7QUFBQSxRQUNQO0FBQUEsUUFDQSxNQUFNLFlBQVksUUFBUTtBQUFBLFFBQzFCLFNBQVMsS0FBSztBQUFBLFFBQ2Qsa0JBQWtCLGFBQWEsUUFBUTtBQUFBLE1BQ3pDO0FBRUEsVUFBSSxDQUFDLFVBQVcsUUFBTyxlQUFlO0FBQ3RDLFdBQUssT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMxQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxLQUNOLFVBQ0EsUUFDQSxNQUNBLFVBQ0EsT0FDQSxTQUNtQjtBQUNuQixVQUFNLGNBQWMsWUFBWTtBQUNoQyxVQUFNLE1BQU0sYUFBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLEdBQUcsS0FBSyxPQUFPLEdBQUcsSUFBSTtBQUFBLE1BQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtBQUFBLE1BQ3hDLEtBQUssVUFBVSxVQUFVLFVBQVUsYUFBYSxVQUFVLE1BQVM7QUFBQSxJQUNyRTtBQUVBLFVBQU0sU0FBUyxJQUFJO0FBQ25CLFVBQU0sV0FBVyxXQUFXO0FBQzVCLFFBQUksV0FBVyxJQUFLLE1BQUssZUFBZTtBQUd4QyxRQUFJLFVBQVUsQ0FBQztBQUNmLFFBQUksU0FBUyxVQUFVO0FBQ3JCLGdCQUFVO0FBQ1YsZ0JBQVUsT0FBTyxHQUFHLEtBQUssU0FBUyxPQUFPLFNBQVM7QUFDbEQsZ0JBQVU7QUFBQSxJQUNaO0FBQ0EsWUFBUSxXQUFXO0FBQ25CLFlBQVEsVUFBVTtBQUNsQixVQUFNLEVBQUUsUUFBUSxLQUFLLElBQUksVUFBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLFVBQU0sS0FBSyxNQUFNLFNBQVMsUUFBUSxJQUFJO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsZUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsV0FBTyxJQUFJLFdBQXNCLE9BQU8sUUFBUSxTQUFTLFlBQVksVUFBVSxNQUFNLE1BQVM7QUFBQSxFQUNoRztBQUFBLEVBRUEsU0FBcUM7QUFDbkMsV0FBTyxLQUFLLEtBQUssVUFBVSxPQUFPLFFBQVEsUUFBUSxHQUFHLEtBQUssUUFBUTtBQUFBLEVBQ3BFO0FBQUEsRUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsV0FBTyxLQUFLLEtBQUssU0FBUyxRQUFRLFFBQVEsT0FBTyxHQUFHLEtBQUssU0FBUyxFQUFFLE9BQU8sU0FBUyxDQUFDO0FBQUEsRUFDdkY7QUFBQSxFQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixRQUFJLFNBQVM7QUFDYixlQUFXLE9BQU8sT0FBTztBQUN2QixZQUFNLFFBQVEsTUFBTSxHQUF5QjtBQUM3QyxVQUFJLFVBQVUsT0FBVyxXQUFVLEdBQUcsU0FBUyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksbUJBQW1CLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNyRztBQUNBLFdBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUcsUUFBUSxTQUFTLENBQUMsR0FBRyxNQUFNLElBQUksS0FBSyxZQUFZO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLGFBQWEsUUFBbUM7QUFDOUMsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVEsUUFBUSxTQUFTLEdBQUcsS0FBSyxVQUFVLE1BQU07QUFBQSxFQUNyRjtBQUFBLEVBRUEsVUFBVSxJQUF3QjtBQUNoQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLG9CQUFvQjtBQUFBLEVBQ3hGO0FBQUEsRUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsV0FBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVMsUUFBUSxVQUFVLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTztBQUFBLEVBQzFGO0FBQUEsRUFFQSxhQUFhLElBQTJCO0FBQ3RDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxNQUFTO0FBQUEsRUFDbkY7QUFBQSxFQUVBLFNBQVMsSUFBbUQ7QUFDMUQsV0FBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVEsUUFBUSxZQUFZLEVBQUUsR0FBRyxLQUFLLGVBQWUsQ0FBQyxDQUFDO0FBQUEsRUFDN0Y7QUFBQSxFQUVBLE9BQU8sT0FBd0I7QUFDN0IsV0FBTyxLQUFLLEtBQUssV0FBVyxPQUFPLFFBQVEsT0FBTyxLQUFLLEdBQUcsS0FBSyxLQUFLO0FBQUEsRUFDdEU7QUFBQSxFQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxXQUFXLElBQUksS0FBSyxHQUFHLEtBQUssU0FBUztBQUFBLEVBQ3RGO0FBQUEsRUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsV0FBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBRyxRQUFRLGdCQUFnQixFQUFFLENBQUMsV0FBVyxNQUFNLElBQUksS0FBSyxNQUFTO0FBQUEsRUFDNUc7QUFBQSxFQUVBLGFBQThDO0FBQzVDLFdBQU8sS0FBSyxLQUFLLGVBQWUsT0FBTyxRQUFRLFlBQVksR0FBRyxLQUFLLFdBQVc7QUFBQSxFQUNoRjtBQUFBLEVBRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLFdBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHLFFBQVEsV0FBVyxDQUFDLFVBQVUsS0FBSyxJQUFJLEtBQUssV0FBVztBQUFBLEVBQ2xHO0FBQUEsRUFFQSxhQUE4QjtBQUM1QixXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFDRjs7O0FDMVVPLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLOzs7QUMrRHpDLFNBQVNDLGlCQUFzQjtBQUNwQyxNQUFJLE9BQVUsV0FBWSxlQUFZLE9BQVUsVUFBVTtBQUM1RDs7O0FDaEVPLFNBQVMsV0FBVyxRQUEyQixHQUFtQjtBQUN2RSxNQUFJLE9BQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDZCQUE2QjtBQUN0RSxRQUFNLFNBQVMsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQztBQUMvQyxTQUFPLE9BQU8sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFNLElBQUksTUFBTyxPQUFPLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDckU7QUFHTyxTQUFTLG1CQUNkLFFBQ0EsTUFDQSxhQUNTO0FBQ1QsU0FDRSxPQUFPLFVBQVUsUUFDakIsT0FBTyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsS0FDeEI7QUFBQSxJQUNFLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxFQUFFO0FBQUEsSUFDdEI7QUFBQSxFQUNGLElBQUk7QUFFUjtBQUdPLFNBQVMsV0FBV0MsWUFBbUJDLFVBQWlCQyxZQUFtQixVQUEwQjtBQUMxRyxRQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsV0FBV0EsVUFBUyxDQUFDO0FBQzNELFNBQU9GLGNBQWFDLFdBQVVELGNBQWE7QUFDN0M7QUFPTyxTQUFTLGFBQ2QsTUFDQSxJQUNvQjtBQUNwQixRQUFNLFdBQVcsR0FBRyxPQUFPLEtBQUssUUFBUTtBQUN4QyxTQUFPLFVBQVUsS0FBSyxHQUFHLFlBQVksS0FBSyxhQUFhLFVBQVU7QUFDbkU7OztBQ3RETyxTQUFTLG1CQUFtQkcsVUFBMkM7QUFDNUUsUUFBTSxZQUFZLElBQUksTUFBTUEsU0FBUSxVQUFVO0FBQzlDLFFBQU0sU0FBd0MsQ0FBQztBQUMvQyxRQUFNLFFBQStDLENBQUM7QUFDdEQsa0JBQWdCLENBQUMsV0FBVyxJQUFJLE9BQU87QUFDckMsV0FBTyxLQUFLLEVBQUUsSUFBSSxHQUFHLENBQUM7QUFDdEIsUUFBSSxPQUFPLFNBQVNBLFNBQVEsV0FBWSxRQUFPLE1BQU07QUFBQSxFQUN2RCxDQUFDO0FBQ0QsUUFBTSxFQUFFLFdBQUFDLFlBQVcsU0FBQUMsVUFBUyxXQUFBQyxXQUFVLElBQUlILFNBQVE7QUFDbEQsU0FBTyxNQUFNO0FBQ1gsVUFBTSxNQUFNLEVBQUUsTUFBTSxLQUFLLElBQUksR0FBRyxXQUFXLGtCQUFLLFNBQVMsZ0JBQWdCO0FBQ3pFLFVBQU0sS0FBSyxHQUFHO0FBQ2QsUUFBSSxNQUFNLFNBQVNBLFNBQVEsV0FBWSxPQUFNLE1BQU07QUFDbkQsUUFBSSxDQUFDLG1CQUFtQixRQUFRQSxTQUFRLFlBQVlBLFNBQVEsV0FBVyxFQUFHO0FBQzFFLFVBQU0sV0FBVyxhQUFhLE1BQU0sQ0FBQyxHQUFJLEdBQUc7QUFDNUMsUUFBSSxhQUFhLE9BQVc7QUFDNUIsVUFBTSxZQUFZLFdBQVdDLFlBQVdDLFVBQVNDLGFBQVksSUFBSSxPQUFPLGtCQUFLLFNBQVMsYUFBYSxHQUFJO0FBQ3ZHLGNBQVUsSUFBSSxLQUFLLElBQUksV0FBVyxRQUFRLENBQUM7QUFBQSxFQUM3QztBQUNGOzs7QUNoQk8sU0FBUyxhQUFnQixPQUFtQyxTQUFpQixLQUFLLE9BQU8sR0FBTTtBQUNwRyxRQUFNLFFBQVEsTUFBTSxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFDeEQsTUFBSSxRQUFRLFNBQVM7QUFDckIsYUFBVyxLQUFLLE9BQU87QUFDckIsYUFBUyxFQUFFO0FBQ1gsUUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO0FBQUEsRUFDMUI7QUFDQSxTQUFPLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRztBQUNsQzs7O0FDdkJBLElBQU0sU0FBUyxDQUFDLFNBQ2QsS0FBSyxnQkFBZ0IsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLEtBQUssZ0JBQWdCLE1BQU0sQ0FBQztBQUU5RSxJQUFNLE1BQStCO0FBQUEsRUFDbkMsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFFBQVEsSUFBSSxZQUFZLEVBQUUsT0FBTyxHQUFHLENBQUMsRUFBRTtBQUFBLEVBQzNELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxLQUFLLFNBQVMsSUFBSSxVQUFVLE9BQU8sSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUM5RCxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsS0FBSyxTQUFTLElBQUksV0FBVyxPQUFPLElBQUksR0FBRyxDQUFDLEVBQUU7QUFBQSxFQUNsRSxFQUFFLFFBQVEsR0FBRyxNQUFNLENBQUMsUUFBUSxJQUFJLE9BQU8sRUFBRTtBQUMzQztBQUdPLFNBQVMsZUFBZSxLQUFnQixNQUFxQjtBQUNsRSxlQUFhLEdBQUcsRUFBRSxLQUFLLElBQUk7QUFDN0I7OztBQ0tBLElBQU1DLFVBQVMsY0FBYyxZQUFZO0FBQ3pDLElBQU0sRUFBRSxXQUFXLFNBQVMsV0FBVyxXQUFXLElBQUksZ0JBQWdCLFNBQVMsS0FBSztBQUVwRixJQUFNLGtCQUFrQixtQkFBbUI7QUFBQSxFQUN6QyxZQUFZO0FBQUEsRUFDWjtBQUFBLEVBQ0EsYUFBYUEsUUFBTyxRQUFRO0FBQUEsRUFDNUIsTUFBTSxFQUFFLFdBQVcsU0FBUyxVQUFVO0FBQ3hDLENBQUM7QUFtQ0QsSUFBSTtBQUVHLFNBQVMsTUFBTSxNQUFxQjtBQUN6QyxhQUFXLElBQUksVUFBVUMsUUFBTyxTQUFTQSxRQUFPLGFBQWEsS0FBSyxPQUFPLE9BQU87QUFDaEYsaUJBQWUsUUFBUSxJQUFJO0FBQzNCLGtCQUFnQjtBQUNsQjs7O0FDekVPLFNBQVMsaUJBQWlCLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxjQUFjLEdBQUcsSUFBSTtBQUFHO0FBQzNFLElBQU0sVUFBVSxTQUFTLElBQUksUUFBUSxFQUFFLFVBQVU7QUFDakQsU0FBUyxTQUFTLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxNQUFNLEdBQUcsSUFBSTtBQUFHO0FBQzNELFNBQVNDLGFBQVksTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLFNBQVMsR0FBRyxJQUFJO0FBQUc7IiwKICAibmFtZXMiOiBbIl9fY29tbW9uSlMiLCAiZXhwb3J0cyIsICJtb2R1bGUiLCAiaGFuZGxlU3VtbWFyeSIsICJtaXhlZCIsICJvcHRpb25zIiwgInBvbGxSZXNvdXJjZXMiLCAic2V0dXAiLCAidGVhcmRvd24iLCAiREVGQVVMVF9UQVJHRVRTIiwgIlJPTEVTIiwgIlVzZXJzRmlsZUVycm9yIiwgInBhcnNlVXNlcnNDc3YiLCAidGV4dCIsICJmYWlsIiwgInBhcnNlUG9vbFNwZWMiLCAicG9vbEVtYWlsIiwgInRvb1NtYWxsRm9yRGlzdGluY3QiLCAidnVJZEJvdW5kIiwgIkNvbmZpZ0Vycm9yIiwgIk1BWF9SQU1QX1VQX1MiLCAiTUFYX1JBTVBfRE9XTl9TIiwgInJhdyIsICJudW1iZXJJbiIsICJtaWxsaXMiLCAiZnJhY3Rpb24iLCAiZHVyYXRpb25TIiwgImNvbmZpZyIsICJlbnZOdW1iZXIiLCAiQlJFQUtQT0lOVF9EVVJBVElPTiIsICJNQVhfUEhBU0VfUyIsICJ3aG9sZVNlY29uZHMiLCAid2hvbGVOdW1iZXIiLCAiYnJlYWtwb2ludEVudHJ5IiwgInNlY29uZHMiLCAic3RhcnRSYXRlIiwgIm1heFJhdGUiLCAid2luZG93U2l6ZSIsICJtZXRyaWNLZXkiLCAicGVyY2VudGlsZSIsICJ0b0s2VGhyZXNob2xkcyIsICJkdXJhdGlvblNlY29uZHMiLCAiaXNBcnJpdmFsUmF0ZSIsICJzY2hlZHVsZWRJdGVyYXRpb25zIiwgIlNVTU1BUllfVFJFTkRfU1RBVFMiLCAicmlzaW5nUmF0ZSIsICJleGVjIiwgImltcG9ydF9rNiIsICJpbXBvcnRfZXhlY3V0aW9uIiwgImltcG9ydF9odHRwIiwgImltcG9ydF9tZXRyaWNzIiwgImltcG9ydF9kYXRhIiwgIlNIQVJFRF9DT05GSUciLCAiZ3VhcmRlZENvbmZpZyIsICJkZWNsYXJlTWV0cmljcyIsICJzZXJ2ZXIiLCAiUE9MTCIsICJjdXJzb3IiLCAiZXJyb3JzU2VlbiIsICJsb2FkTWFya2VkIiwgIm1hcmtQaGFzZSIsICJodHRwIiwgInJlc291cmNlc1NjZW5hcmlvIiwgInBhcnNlIiwgInBvbGxPbmNlIiwgInNhbXBsZSIsICJlbmRMb2FkIiwgInJlc291cmNlR2F0ZXMiLCAicmVhZEZpbGUiLCAiZmlsZVBvb2wiLCAiaW1wb3J0X2RhdGEyIiwgIm1ha2VQb29sIiwgImFzc2VydERpc3RpbmN0IiwgInBvb2wiLCAiaW1wb3J0X3NlY3JldHMiLCAiQVBJX1NDT1BFIiwgImFwaVBhdGgiLCAicm91dGVOYW1lcyIsICJ0YWdzQnlFbmRwb2ludCIsICJyZXF1ZXN0VGFncyIsICJpc0lkIiwgImlzQ291bnQiLCAiaGFzU2hhcGUiLCAiaXNKc29uIiwgInJlYWRpbmciLCAicmVhZEZpZWxkIiwgIkxhenlSZXN1bHQiLCAicGFyc2VKc29uIiwgInN0YXR1c0NhbGxiYWNrcyIsICJleHBlY3RTdGF0dXMiLCAiaW1wb3J0X2h0dHAyIiwgIm9ic2VydmVyIiwgIm9ic2VydmVSZXF1ZXN0cyIsICJvdXRjb21lIiwgImNoZWNrU2V0cyIsICJjaGVja3NGb3IiLCAiQXBpQ2xpZW50IiwgInBhcmFtcyIsICJpbXBvcnRfazYyIiwgIkRBVEFTRVRfVElUTEUiLCAiUlVOX1RJVExFX0ZJTFRFUiIsICJkYXRhc2V0VGl0bGUiLCAibmV3UnVuSWQiLCAiTElWRV9SVU5fV0lORE9XX01TIiwgImlzTGVmdG92ZXIiLCAiY291bnQiLCAiaW1wb3J0X2h0dHAzIiwgImltcG9ydF9rNjMiLCAicXVpZXRMb2dpbiIsICJlbnN1cmVEYXRhc2V0IiwgIm9wZW4iLCAicmVtb3ZlQ291cnNlcyIsICJpbXBvcnRfZXhlY3V0aW9uMyIsICJ1cmwiLCAiaW1wb3J0X2h0dHA0IiwgImNsaWVudCIsICJpbXBvcnRfazY0IiwgInNlY3JldHMiLCAicHJlcGFyZVJ1biIsICJjbGVhblVwUnVuIiwgImVudHJ5T3B0aW9ucyIsICJ3aW5kb3dXaXRoaW5CdWRnZXQiLCAibGluZWFyUmF0ZSIsICJhY2hpZXZlZFJhdGUiLCAidHJhY2tTdXN0YWluZWRSYXRlIiwgImltcG9ydF9tZXRyaWNzMiIsICJpbXBvcnRfZXhlY3V0aW9uNCIsICJlc2NhcGVYbWwiLCAiZXNjYXBlTWFya2Rvd25DZWxsIiwgIm1hcmtkb3duQ29kZSIsICJleHByZXNzaW9uIiwgInVuaXRPZiIsICJ0aHJlc2hvbGRSb3dzIiwgImVuZHBvaW50Um93cyIsICJkcm9wcGVkSXRlcmF0aW9ucyIsICJpdGVyYXRpb25zIiwgIm1ldHJpY1ZhbHVlIiwgInBlcmNlbnRpbGVDYXZlYXQiLCAiZm9ybWF0VmFsdWUiLCAiZHJvcHBlZFRleHQiLCAic2VydmVyUmVzb3VyY2VzIiwgInJlc291cmNlc1RleHQiLCAicmVzb3VyY2VzTGluZSIsICJidWlsZFJlc3VsdHMiLCAianVuaXRSZXBvcnQiLCAibWFya2Rvd25SZXBvcnQiLCAidGV4dFN1bW1hcnkiLCAibWFrZUhhbmRsZVN1bW1hcnkiLCAicGlja1dlaWdodGVkIiwgInNlZWRlZCIsICJNSVgiLCAiYXBpIiwgInJlYWRNaXhSZXF1ZXN0IiwgImRyb3BwZWRJdGVyYXRpb25HYXRlcyIsICJhYm9ydCIsICJicmVha3BvaW50R2F0ZXMiLCAicmVjb3JkU3VzdGFpbmVkIiwgImZhaWwiLCAic3RhcnRSYXRlIiwgIm1heFJhdGUiLCAiZHVyYXRpb25TIiwgIndpbmRvd1NpemUiLCAiY29uZmlnIiwgInBvbGxSZXNvdXJjZXMiLCAic3RhcnRSYXRlIiwgIm1heFJhdGUiLCAiZHVyYXRpb25TIiwgIm9wdGlvbnMiLCAic3RhcnRSYXRlIiwgIm1heFJhdGUiLCAiZHVyYXRpb25TIiwgImNvbmZpZyIsICJjb25maWciLCAidGVhcmRvd24iXQp9Cg==
