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
    var renewMarginS2 = (ttlS) => Math.min(30, ttlS / 10);
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
        current.courses = list.items.map((course) => course.id);
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
      const total = tasks.reduce((sum, t) => sum + t.weight, 0);
      let point = random * total;
      for (const t of tasks) {
        point -= t.weight;
        if (point < 0) return t.task;
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
      const generated = (course.body.chapters ?? []).filter((c) => c.status === "completed");
      const chapter = pickOne2(generated);
      return chapter === void 0 || client.getChapter(id, chapter.index).ok;
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
var renewMarginS = (ttlS) => Math.min(30, ttlS / 10);
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
    current.courses = list.items.map((course) => course.id);
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
  return `perf-${kind} ${ctx.data.runId} vu${execution_default.vu.idInTest} it${execution_default.vu.iterationInScenario}`;
}
var EXPORT_FORMATS = ["json", "markdown", "html"];
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
export {
  adminUsers,
  handleSummary,
  options,
  pollResources2 as pollResources,
  powerUsers,
  regularUsers,
  setup,
  teardown2 as teardown
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiazYtdGFibGU6azYiLCAiazYtdGFibGU6azYvZXhlY3V0aW9uIiwgIms2LXRhYmxlOms2L2h0dHAiLCAiazYtdGFibGU6azYvbWV0cmljcyIsICJrNi10YWJsZTprNi9kYXRhIiwgIms2LXRhYmxlOms2L3NlY3JldHMiLCAiLi4vc2NlbmFyaW9zL3JhbXAtdXAudHMiLCAiLi4vdGhyZXNob2xkcy90YXJnZXRzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLXNwZWMudHMiLCAiLi4vbGliL2NvbmZpZy9jb25maWcudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyaWVzLnRzIiwgIi4uL3RocmVzaG9sZHMvZXhwcmVzc2lvbnMudHMiLCAiLi4vbGliL2xvYWQvb3Blbi1tb2RlbC50cyIsICIuLi9saWIvbG9hZC9zaGFwZXMudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi9jb25maWcvZW52LnRzIiwgIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC50cyIsICIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCAiLi4vbGliL2h0dHAvYXBpLnRzIiwgIi4uL2xpYi9odHRwL2VuZHBvaW50cy50cyIsICIuLi9saWIvaHR0cC9yb3V0ZXMudHMiLCAiLi4vbGliL3VzZXJzL2RhdGFzZXQudHMiLCAiLi4vbGliL3VzZXJzL2RhdGFzZXQtbmFtZXMudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvbG9hZC9waGFzZXMudHMiLCAiLi4vbGliL2xvYWQvcGhhc2UtbWF0aC50cyIsICIuLi9saWIvcmVwb3J0L2VzY2FwZS50cyIsICIuLi9saWIvcmVwb3J0L3N1bW1hcnktZGF0YS50cyIsICIuLi9saWIvcmVwb3J0L3Jlc3VsdHMudHMiLCAiLi4vbGliL3JlcG9ydC9qdW5pdC50cyIsICIuLi9saWIvcmVwb3J0L21hcmtkb3duLnRzIiwgIi4uL2xpYi9yZXBvcnQvdGV4dC50cyIsICIuLi9saWIvcmVwb3J0L2hhbmRsZS1zdW1tYXJ5LnRzIiwgIi4uL2xpYi91c2Vycy9zZXNzaW9uLnRzIiwgIi4uL2xpYi9tZXRyaWNzL21ldHJpY3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9ydW4td29ya2Zsb3cudHMiLCAiLi4vbGliL3dvcmtmbG93cy93b3JrZmxvd3MudHMiLCAiLi4vbGliL3dvcmtmbG93cy9nZW5lcmF0aW9uLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcGFjaW5nLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcG9wdWxhdGlvbi50cyIsICIuLi90aHJlc2hvbGRzL2dhdGVzLnRzIiwgImdsdWU6Z2x1ZTpyYW1wLXVwIiwgIi4uL3RocmVzaG9sZHMvdGFyZ2V0cy50cyIsICIuLi9saWIvdXNlcnMvcG9vbC1zcGVjLnRzIiwgIi4uL2xpYi9jb25maWcvY29uZmlnLnRzIiwgIi4uL2xpYi9jb25maWcvZW50cmllcy50cyIsICJrNi1vbmNlOms2IiwgIms2LW9uY2U6azYvZXhlY3V0aW9uIiwgIms2LW9uY2U6azYvaHR0cCIsICJrNi1vbmNlOms2L21ldHJpY3MiLCAiazYtb25jZTprNi9kYXRhIiwgIi4uL2xpYi9jb25maWcvc2hhcmVkLWNvbmZpZy50cyIsICIuLi9saWIvY29uZmlnL2Vudi1sb2FkLXNpZGUudHMiLCAiLi4vbGliL21ldHJpY3MvcmVzb3VyY2VzLnRzIiwgIi4uL2xpYi91c2Vycy9wb29sLnRzIiwgIms2LW9uY2U6azYvc2VjcmV0cyIsICIuLi9saWIvaHR0cC9lbmRwb2ludHMudHMiLCAiLi4vbGliL2h0dHAvcm91dGVzLnRzIiwgIi4uL2xpYi9odHRwL2FwaS50cyIsICIuLi9saWIvdXNlcnMvZGF0YXNldC1uYW1lcy50cyIsICIuLi9saWIvdXNlcnMvc2V0dXAudHMiLCAiLi4vbGliL2NvbmZpZy9lbnRyeS50cyIsICIuLi9saWIvbG9hZC9waGFzZS1tYXRoLnRzIiwgIi4uL2xpYi9sb2FkL3BoYXNlcy50cyIsICIuLi9saWIvdXNlcnMvc2Vzc2lvbi50cyIsICIuLi9saWIvbWV0cmljcy9tZXRyaWNzLnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvcnVuLXdvcmtmbG93LnRzIiwgIi4uL2xpYi93b3JrZmxvd3MvZ2VuZXJhdGlvbi50cyIsICIuLi9saWIvd29ya2Zsb3dzL3BhY2luZy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3dvcmtmbG93cy50cyIsICIuLi9saWIvd29ya2Zsb3dzL3BvcHVsYXRpb24udHMiLCAiLi4vc2NlbmFyaW9zL3JhbXAtdXAudHMiLCAiZW50cnk6ZW50cnk6cmFtcC11cCJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsUUFBQSxhQUFBQSxZQUFBO01BQUEsY0FBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsSUFBSTtBQUM1REEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxvQkFBQUYsWUFBQTtNQUFBLHdCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxjQUFjO0FBQ3RFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUFGLFlBQUE7TUFBQSxtQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsU0FBUztBQUNqRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQUYsWUFBQTtNQUFBLHNCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxZQUFZO0FBQ3BFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGVBQUFGLFlBQUE7TUFBQSxtQkFBQUMsVUFBQUMsU0FBQTtBQUFBLFlBQU0sRUFBRSxJQUFJLGNBQWMsSUFBSSxXQUFXLGVBQWUsU0FBUztBQUNqRUEsZ0JBQU8sVUFBVSxFQUFFLFlBQVksS0FBSztBQUNwQyxtQkFBVyxPQUFPLFFBQVEsUUFBUSxFQUFFLEVBQUcsS0FBSSxPQUFPLFFBQVE7QUFDeEQsaUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE1BQU0sR0FBRyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7QUFDckYsWUFBTSxTQUFTLENBQUMsUUFBUSxNQUFNO0FBQzVCLGdCQUFNLFFBQVEsY0FBYyxHQUFHO0FBQy9CLGlCQUFPLE9BQU8sVUFBVSxhQUFhLE1BQU0sS0FBSyxhQUFhLElBQUk7UUFDbkU7QUFDQSxZQUFJLGtCQUFrQixRQUFRLE9BQU8sa0JBQWtCLFVBQUE7QUFDckQscUJBQVcsT0FBTyxRQUFRLFFBQVEsYUFBYTtBQUM3QyxnQkFBSSxPQUFPLFFBQVEsWUFBWSxFQUFFLE9BQU9BLFFBQU87QUFDN0MscUJBQU8sZUFBZUEsUUFBTyxTQUFTLEtBQUssRUFBRSxLQUFLLE9BQU8sR0FBRyxHQUFHLFlBQVksS0FBSyxDQUFDO1FBQUE7TUFBQTtJQUFBLENBQUE7QUNYdkYsUUFBQSxrQkFBQUYsWUFBQTtNQUFBLHNCQUFBQyxVQUFBQyxTQUFBO0FBQUEsWUFBTSxFQUFFLElBQUksY0FBYyxJQUFJLFdBQVcsZUFBZSxZQUFZO0FBQ3BFQSxnQkFBTyxVQUFVLEVBQUUsWUFBWSxLQUFLO0FBQ3BDLG1CQUFXLE9BQU8sUUFBUSxRQUFRLEVBQUUsRUFBRyxLQUFJLE9BQU8sUUFBUTtBQUN4RCxpQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLEdBQUcsR0FBRyxZQUFZLEtBQUssQ0FBQztBQUNyRixZQUFNLFNBQVMsQ0FBQyxRQUFRLE1BQU07QUFDNUIsZ0JBQU0sUUFBUSxjQUFjLEdBQUc7QUFDL0IsaUJBQU8sT0FBTyxVQUFVLGFBQWEsTUFBTSxLQUFLLGFBQWEsSUFBSTtRQUNuRTtBQUNBLFlBQUksa0JBQWtCLFFBQVEsT0FBTyxrQkFBa0IsVUFBQTtBQUNyRCxxQkFBVyxPQUFPLFFBQVEsUUFBUSxhQUFhO0FBQzdDLGdCQUFJLE9BQU8sUUFBUSxZQUFZLEVBQUUsT0FBT0EsUUFBTztBQUM3QyxxQkFBTyxlQUFlQSxRQUFPLFNBQVMsS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLEdBQUcsWUFBWSxLQUFLLENBQUM7UUFBQTtNQUFBO0lBQUEsQ0FBQTtBQ1h2RixRQUFBLGtCQUFBLENBQUE7QUFBQSxhQUFBLGlCQUFBO01BQUEsWUFBQSxNQUFBQztNQUFBLGVBQUEsTUFBQUM7TUFBQSxTQUFBLE1BQUFDO01BQUEsZUFBQSxNQUFBQztNQUFBLFlBQUEsTUFBQUM7TUFBQSxjQUFBLE1BQUFDO01BQUEsT0FBQSxNQUFBQztNQUFBLFVBQUEsTUFBQUM7SUFBQSxDQUFBO0FBQUEsV0FBQSxVQUFBLGFBQUEsZUFBQTtBQ2lDTyxRQUFNQyxtQkFBcUMsT0FBTyxPQUFPO01BQzlELFVBQVU7TUFDVixVQUFVO01BQ1YsYUFBYTtNQUNiLGFBQWE7TUFDYixZQUFZO01BQ1osY0FBYztNQUNkLGFBQWE7TUFDYixXQUFXO01BQ1gsY0FBYztNQUNkLFVBQVU7TUFDVixZQUFZO01BQ1osc0JBQXNCO0lBQ3hCLENBQUM7QUNyQ00sUUFBTUMsU0FBeUIsQ0FBQyxXQUFXLFNBQVMsT0FBTztBQVUzRCxRQUFNQyxrQkFBTixjQUE2QixNQUFNO01BQy9CLE9BQU87SUFDbEI7QUFNTyxhQUFTQyxlQUFjQyxPQUFjLE1BQXdCO0FBQ2xFLFlBQU0sV0FBcUIsRUFBRSxTQUFTLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLENBQUMsRUFBRTtBQUMvRCxZQUFNQyxTQUFPLENBQUMsTUFBYyxZQUEyQjtBQUNyRCxjQUFNLElBQUlILGdCQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtNQUNyRjtBQUNBLFVBQUk7QUFDSixVQUFJLFFBQVE7QUFDWixZQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixZQUFNLE9BQU9FLE1BQUssV0FBVyxDQUFDLE1BQU0sUUFBU0EsTUFBSyxNQUFNLENBQUMsSUFBSUE7QUFDN0QsWUFBTSxRQUFRLEtBQUssTUFBTSxPQUFPO0FBQ2hDLGVBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxRQUFRLEtBQUs7QUFDckMsY0FBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixZQUFJLEtBQUssS0FBSyxNQUFNLEdBQUk7QUFFeEIsY0FBTSxTQUFtQixDQUFDO0FBQzFCLFlBQUksUUFBUTtBQUNaLFlBQUksU0FBUztBQUNiLFlBQUksWUFBWTtBQUNoQixpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxnQkFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixjQUFJLFFBQVE7QUFDVixnQkFBSSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLO0FBQ3BDLHVCQUFTO0FBQ1Q7WUFDRixXQUFXLE1BQU0sSUFBSyxVQUFTO2dCQUMxQixVQUFTO1VBQ2hCLFdBQVcsTUFBTSxLQUFLO0FBQ3BCLG1CQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLG9CQUFRO0FBQ1Isd0JBQVk7VUFDZCxXQUFXLE1BQU0sT0FBTyxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQzNDLHFCQUFTLFlBQVk7QUFDckIsb0JBQVE7VUFDVixNQUFPLFVBQVM7UUFDbEI7QUFDQSxZQUFJLE9BQVFDLENBQUFBLE9BQUssSUFBSSxHQUFHLDhCQUE4QjtBQUN0RCxlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFlBQUksQ0FBQyxTQUFTO0FBQ1osZ0JBQU0sUUFBUSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsWUFBWSxDQUFDO0FBQy9DLGdCQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxjQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNEQSxZQUFBQSxPQUFLLElBQUksR0FBRyw4REFBOEQsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7VUFDaEg7QUFDQSxvQkFBVSxFQUFFLE9BQU8sR0FBRyxPQUFPLEdBQUcsVUFBVSxHQUFHLFVBQVUsR0FBRyxNQUFNLEdBQUcsTUFBTSxFQUFFO0FBQzNFLGtCQUFRLE9BQU87QUFDZjtRQUNGO0FBQ0EsWUFBSSxPQUFPLFdBQVcsTUFBT0EsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsWUFBWSxLQUFLLGdDQUFnQyxPQUFPLE1BQU0sRUFBRTtBQUN6RyxjQUFNLFFBQVEsT0FBTyxRQUFRLEtBQUssS0FBSztBQUN2QyxjQUFNLFdBQVcsT0FBTyxRQUFRLFFBQVEsS0FBSztBQUM3QyxjQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksS0FBSyxJQUFJLFlBQVk7QUFDdEQsWUFBSSxVQUFVLEdBQUlBLENBQUFBLE9BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsWUFBSSxhQUFhLEdBQUlBLENBQUFBLE9BQUssSUFBSSxHQUFHLHNCQUFzQixLQUFLLEVBQUU7QUFDOUQsWUFBSSxDQUFFSixPQUE0QixTQUFTLElBQUk7QUFDN0NJLFVBQUFBLE9BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsWUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBR0EsQ0FBQUEsT0FBSyxJQUFJLEdBQUcsR0FBRyxLQUFLLGtCQUFrQjtBQUN6RSxhQUFLLElBQUksTUFBTSxZQUFZLENBQUM7QUFDNUIsaUJBQVMsSUFBWSxFQUFFLEtBQUssRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUNqRDtBQUNBLFVBQUksQ0FBQyxRQUFTQSxDQUFBQSxPQUFLLEdBQUcscUZBQXFGO0FBQzNHLGFBQU87SUFDVDtBQUdPLGFBQVNDLGVBQWMsTUFBYyxNQUF5QjtBQUNuRSxZQUFNLFFBQW1CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDMUQsWUFBTSxXQUFXO0FBQ2pCLGlCQUFXQyxVQUFRLEtBQ2hCLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQ25CLE9BQU8sQ0FBQyxNQUFNLE1BQU0sRUFBRSxHQUFHO0FBQzFCLGNBQU0sUUFBUSxvQ0FBb0MsS0FBS0EsTUFBSTtBQUMzRCxZQUFJLENBQUM7QUFDSCxnQkFBTSxJQUFJTCxnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLE1BQU1LLE1BQUksbUJBQW1CLFFBQVEsRUFBRTtBQUN6RyxjQUFNLE1BQU0sQ0FBQyxDQUFTLElBQUksT0FBTyxNQUFNLENBQUMsQ0FBQztNQUMzQztBQUNBLFVBQUksTUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDaEQsY0FBTSxJQUFJTCxnQkFBZSxXQUFXLElBQUksSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDLGNBQWMsUUFBUSxFQUFFO0FBQzFGLGFBQU87SUFDVDtBQUdPLGFBQVNNLFdBQVUsTUFBWSxHQUFtQjtBQUN2RCxhQUFPLEdBQUcsSUFBSSxJQUFJLE9BQU8sQ0FBQyxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUM7SUFDOUM7QUFHTyxhQUFTQyxxQkFBb0IsT0FBa0IsUUFBbUIsUUFBb0M7QUFDM0csaUJBQVcsUUFBUVIsUUFBTztBQUN4QixZQUFJLE9BQU8sSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxJQUFJLEdBQUc7QUFDbEQsaUJBQ0UsR0FBRyxNQUFNLFFBQVEsTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLDBEQUEwRCxPQUFPLElBQUksQ0FBQztRQUc5RztNQUNGO0FBQ0EsYUFBTztJQUNUO0FBT08sYUFBU1MsV0FBVSxXQUE0RDtBQUNwRixVQUFJLFFBQVE7QUFDWixpQkFBVyxLQUFLLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDeEMsY0FBTSxTQUFVLEVBQUUsVUFBK0MsQ0FBQztBQUNsRSxjQUFNLE9BQU8sS0FBSyxJQUFJLE9BQU8sRUFBRSxZQUFZLENBQUMsR0FBRyxHQUFHLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxNQUFNLENBQUM7QUFDckYsWUFBSSxFQUFFLGFBQWEsY0FBZSxVQUFTO2lCQUNsQyxPQUFPLEVBQUUsV0FBVyxTQUFVLFVBQVMsRUFBRTtpQkFDekMsT0FBTyxFQUFFLG9CQUFvQixTQUFVLFVBQVMsRUFBRTtZQUN0RCxVQUFTLE9BQU8sRUFBRSxPQUFPLENBQUM7TUFDakM7QUFDQSxhQUFPO0lBQ1Q7QUMxRk8sUUFBTUMsZUFBTixjQUEwQixNQUFNO01BQzVCLE9BQU87SUFDbEI7QUFHTyxRQUFNQyxpQkFBZ0IsS0FBSztBQUMzQixRQUFNQyxtQkFBa0I7QUFJL0IsYUFBU0MsS0FBSSxLQUFVLE1BQWtDO0FBQ3ZELFlBQU0sUUFBUSxJQUFJLElBQUk7QUFDdEIsYUFBTyxVQUFVLFNBQVksU0FBWSxNQUFNLEtBQUs7SUFDdEQ7QUFFQSxhQUFTVCxNQUFLLE1BQWMsT0FBZSxVQUF5QjtBQUNsRSxZQUFNLElBQUlNLGFBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtJQUN4RjtBQUVBLGFBQVNJLFVBQVMsS0FBYSxLQUFhLE1BQWMsU0FBZ0M7QUFDeEYsYUFBTyxDQUFDLEtBQUssTUFBTSxhQUFhO0FBQzlCLGNBQU0sUUFBUUQsS0FBSSxLQUFLLElBQUk7QUFDM0IsWUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxjQUFNLFdBQVcsR0FBRyxJQUFJLFNBQVMsR0FBRyxPQUFPLEdBQUc7QUFDOUMsWUFBSSxDQUFDLG9CQUFvQixLQUFLLEtBQUssRUFBRyxDQUFBVCxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ2hFLGNBQU0sU0FBUyxPQUFPLEtBQUs7QUFDM0IsWUFBSyxXQUFXLENBQUMsT0FBTyxVQUFVLE1BQU0sS0FBTSxTQUFTLE9BQU8sU0FBUyxJQUFLLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDdEcsZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNLFVBQVUsQ0FBQyxLQUFhLFFBQWdCVSxVQUFTLEtBQUssS0FBSyw2QkFBNkIsSUFBSTtBQUNsRyxRQUFNLFFBQVEsQ0FBQyxLQUFhLFFBQWdCQSxVQUFTLEtBQUssS0FBSyxrQkFBa0IsSUFBSTtBQUNyRixRQUFNQyxVQUFTRCxVQUFTLEdBQUcsTUFBVywyQkFBMkIsS0FBSztBQUN0RSxRQUFNRSxZQUFXRixVQUFTLEdBQUcsR0FBRywwQkFBMEIsS0FBSztBQUUvRCxRQUFNLE9BQXFCLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDbEQsWUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFVBQUksTUFBTSxLQUFLLE1BQU0sR0FBSSxDQUFBVixNQUFLLE1BQU0sT0FBTyxtQkFBbUI7QUFDOUQsYUFBTztJQUNUO0FBRUEsYUFBUyxJQUFJLEtBQVUsTUFBYyxVQUFrRDtBQUNyRixZQUFNLFFBQVFTLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsWUFBTSxRQUFRLGlFQUFpRSxLQUFLLEtBQUs7QUFDekYsVUFBSSxDQUFDLE1BQU8sQ0FBQVQsTUFBSyxNQUFNLE9BQU8sOENBQThDO0FBQzVFLGFBQU8sTUFBTSxRQUFRLFFBQVEsRUFBRTtJQUNqQztBQUVBLGFBQVMsUUFBUSxLQUFVLE1BQWlDO0FBQzFELFlBQU0sUUFBUVMsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLE9BQVcsUUFBTyxFQUFFLFNBQVMsSUFBSSxPQUFPLElBQUksT0FBTyxHQUFHO0FBQ3BFLFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQ1AsV0FBU0EsT0FBSyxLQUFLLENBQUM7QUFDeEQsWUFBTSxXQUFXO0FBQ2pCLFVBQUksTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLENBQUNBLFdBQVMsQ0FBQyxRQUFRLEtBQUtBLE1BQUksQ0FBQyxFQUFHLENBQUFGLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0YsWUFBTSxDQUFDLFNBQVMsT0FBTyxLQUFLLElBQUksTUFBTSxJQUFJLE1BQU07QUFDaEQsVUFBSSxVQUFVLFFBQVEsVUFBVSxJQUFLLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDL0QsYUFBTyxFQUFFLFNBQVMsT0FBTyxNQUFNO0lBQ2pDO0FBRUEsYUFBUyxVQUFVLEtBQVUsTUFBb0M7QUFDL0QsWUFBTSxRQUFRUyxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsT0FBVyxRQUFPLEVBQUUsS0FBSyxHQUFHLEtBQUssRUFBRTtBQUNqRCxZQUFNLFFBQVEseUNBQXlDLEtBQUssS0FBSztBQUNqRSxZQUFNLFdBQVc7QUFDakIsVUFBSSxDQUFDLE1BQU8sQ0FBQVQsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUN0QyxZQUFNLE1BQU0sT0FBTyxNQUFNLENBQUMsQ0FBQztBQUMzQixZQUFNLE1BQU0sTUFBTSxDQUFDLE1BQU0sU0FBWSxNQUFNLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDMUQsVUFBSSxNQUFNLE9BQU8sTUFBTSxHQUFJLENBQUFBLE1BQUssTUFBTSxPQUFPLFFBQVE7QUFDckQsYUFBTyxFQUFFLEtBQUssSUFBSTtJQUNwQjtBQUVBLGFBQVMsS0FBSyxLQUFVLE1BQXVCO0FBQzdDLFlBQU0sUUFBUVMsS0FBSSxLQUFLLElBQUk7QUFDM0IsVUFBSSxVQUFVLFVBQWEsVUFBVSxNQUFNLFVBQVUsV0FBVyxVQUFVLElBQUssUUFBTztBQUN0RixVQUFJLFVBQVUsVUFBVSxVQUFVLElBQUssUUFBTztBQUM5QyxhQUFPVCxNQUFLLE1BQU0sT0FBTyxlQUFlO0lBQzFDO0FBRUEsYUFBUyxTQUFTLEtBQVUsTUFBd0I7QUFDbEQsWUFBTSxRQUFRUyxLQUFJLEtBQUssSUFBSTtBQUMzQixVQUFJLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTyxDQUFDO0FBQ2pELFlBQU0sUUFBUSxNQUFNLE1BQU0sR0FBRyxFQUFFLElBQUksQ0FBQyxTQUFTLEtBQUssS0FBSyxFQUFFLFlBQVksQ0FBQztBQUN0RSxVQUFJLE1BQU0sS0FBSyxDQUFDLFNBQVMsQ0FBQyxtQ0FBbUMsS0FBSyxJQUFJLENBQUMsR0FBRztBQUN4RSxRQUFBVCxNQUFLLE1BQU0sT0FBTyxzRkFBc0Y7TUFDMUc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFlBQVksS0FBVSxRQUFnQixlQUF1QixrQkFBdUM7QUFDM0csYUFBTztRQUNMLE9BQU8sS0FBSyxLQUFLLEdBQUcsTUFBTSxVQUFVLGFBQWE7UUFDakQsVUFBVSxLQUFLLEtBQUssR0FBRyxNQUFNLGFBQWEsZ0JBQWdCO01BQzVEO0lBQ0Y7QUFFQSxhQUFTLFNBQVMsS0FBVSxNQUFxQztBQUMvRCxZQUFNLFFBQVFTLEtBQUksS0FBSyxJQUFJO0FBQzNCLFVBQUksVUFBVSxVQUFhLFVBQVUsR0FBSSxRQUFPO0FBQ2hELFVBQUk7QUFDRixlQUFPUixlQUFjLE9BQU8sSUFBSTtNQUNsQyxTQUFTLE9BQU87QUFDZCxjQUFNLElBQUlLLGFBQVksaUJBQWlCVCxrQkFBaUIsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDO01BQ3ZGO0lBQ0Y7QUFFQSxhQUFTLFFBQVEsS0FBNkI7QUFDNUMsWUFBTSxVQUFVLE1BQU0sR0FBRyxHQUFJLEVBQUUsS0FBSywrQkFBK0IsRUFBRTtBQUNyRSxZQUFNLFlBQVksTUFBTSxHQUFHLEdBQUksRUFBRSxLQUFLLGlDQUFpQyxLQUFLLElBQUksR0FBRyxPQUFPLENBQUM7QUFDM0YsVUFBSSxZQUFZO0FBQ2QsUUFBQUcsTUFBSyxpQ0FBaUMsT0FBTyxTQUFTLEdBQUcsd0NBQXdDLE9BQU8sR0FBRztBQUM3RyxhQUFPO1FBQ0w7UUFDQTtRQUNBLFFBQVEsS0FBSyxLQUFLLDRCQUE0QjtRQUM5QyxnQkFBZ0IsS0FBSyxLQUFLLHNDQUFzQztNQUNsRTtJQUNGO0FBR08sYUFBUyxZQUFZLEtBQWtCO0FBQzVDLFlBQU0sSUFBSUw7QUFDVixZQUFNLFlBQVksUUFBUSxHQUFHLElBQUksS0FBSyxJQUFJLEVBQUUsS0FBSyw2QkFBNkIsRUFBRTtBQUNoRixZQUFNa0IsWUFBVSxRQUFRLEdBQUdOLGNBQWE7UUFDdEM7UUFDQTtRQUNBLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxZQUFZLENBQUMsQ0FBQyxDQUFDO01BQ3JEO0FBQ0EsYUFBTztRQUNMLFNBQVMsSUFBSSxLQUFLLFlBQVksdUJBQXVCO1FBQ3JELE9BQU87VUFDTCxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsdUJBQXVCLGtCQUFrQjtVQUNuRixPQUFPLFlBQVksS0FBSyxjQUFjLHFCQUFxQixnQkFBZ0I7VUFDM0UsT0FBTyxZQUFZLEtBQUssY0FBYyxxQkFBcUIsZ0JBQWdCO1FBQzdFO1FBQ0E7UUFDQSxpQkFBaUIsTUFBTSxHQUFHLEdBQU8sRUFBRSxLQUFLLGdDQUFnQyxHQUFHO1FBQzNFLGFBQWEsUUFBUSxHQUFHLElBQUksRUFBRSxLQUFLLDJCQUEyQixFQUFFO1FBQ2hFLFNBQUFNO1FBQ0EsV0FBVyxRQUFRLEdBQUdMLGdCQUFlLEVBQUUsS0FBSyx5QkFBeUIsS0FBSyxJQUFJLElBQUlLLFNBQU8sQ0FBQztRQUMxRixTQUFTLFFBQVEsS0FBSywwQkFBMEI7UUFDaEQsWUFBWSxVQUFVLEtBQUssd0JBQXdCO1FBQ25ELGVBQWVILFVBQVMsS0FBSyxJQUFJLHNCQUFzQixLQUFLLEVBQUUsS0FBSyw0QkFBNEIsQ0FBQztRQUNoRyxvQkFBb0IsUUFBUSxHQUFHLEtBQUssSUFBSSxFQUFFLEtBQUssc0JBQXNCLEdBQUc7UUFDeEUsbUJBQW1CLE1BQU0sR0FBRyxFQUFFLEVBQUUsS0FBSyx1QkFBdUIsQ0FBQztRQUM3RCxZQUFZLElBQUksS0FBSyxlQUFlLE1BQVM7UUFDN0MsZUFBZSxLQUFLLEtBQUssZ0JBQWdCO1FBQ3pDLGNBQWMsU0FBUyxLQUFLLDJCQUEyQjtRQUN2RCxTQUFTO1VBQ1AsVUFBVUMsUUFBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7VUFDeEQsVUFBVUEsUUFBTyxLQUFLLHdCQUF3QixFQUFFLFFBQVE7VUFDeEQsYUFBYUEsUUFBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsYUFBYUEsUUFBTyxLQUFLLDJCQUEyQixFQUFFLFdBQVc7VUFDakUsWUFBWUEsUUFBTyxLQUFLLDBCQUEwQixFQUFFLFVBQVU7VUFDOUQsY0FBYyxRQUFRLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSywyQkFBMkIsRUFBRSxlQUFlLEdBQUksSUFBSTtVQUM3RixhQUFhQyxVQUFTLEtBQUssMEJBQTBCLEVBQUUsV0FBVztVQUNsRSxXQUFXQSxVQUFTLEtBQUssd0JBQXdCLEVBQUUsU0FBUztVQUM1RCxjQUFjRjtZQUNaO1lBQ0E7WUFDQTtZQUNBO1VBQ0YsRUFBRSxLQUFLLDJCQUEyQixFQUFFLFlBQVk7VUFDaEQsVUFBVSxNQUFNLEdBQUcsT0FBUyxFQUFFLEtBQUssNEJBQTRCLEVBQUUsUUFBUTtVQUN6RSxZQUFZQSxVQUFTLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxFQUFFLEtBQUsseUJBQXlCLEVBQUUsVUFBVTtVQUM5RixzQkFBc0JBO1lBQ3BCO1lBQ0E7WUFDQTtZQUNBO1VBQ0YsRUFBRSxLQUFLLHNDQUFzQyxFQUFFLG9CQUFvQjtRQUNyRTtRQUNBLFdBQVdELEtBQUksS0FBSyx3QkFBd0IsS0FBSztRQUNqRCxXQUFXLFNBQVMsS0FBSyxZQUFZO1FBQ3JDLGVBQWUsS0FBSyxLQUFLLDRCQUE0QjtRQUNyRCxTQUFTLFFBQVEsR0FBRztNQUN0QjtJQUNGO0FBR0EsYUFBUyxPQUFPLFNBQXlCO0FBQ3ZDLFlBQU0sUUFBUSxtQ0FBbUMsS0FBSyxPQUFPO0FBQzdELGNBQVEsUUFBUSxDQUFDLEtBQUssSUFBSSxZQUFZO0lBQ3hDO0FBRUEsYUFBUyxXQUFXLE1BQXVCO0FBQ3pDLGFBQU8sU0FBUyxlQUFlLFNBQVMsV0FBVyxTQUFTLFNBQVMsbUNBQW1DLEtBQUssSUFBSTtJQUNuSDtBQU1PLGFBQVMsb0JBQW9CSyxVQUFnQixPQUFxQjtBQUN2RSxZQUFNLE9BQU8sT0FBT0EsU0FBTyxPQUFPO0FBQ2xDLFVBQUksV0FBVyxJQUFJLEtBQUtBLFNBQU8sYUFBYSxTQUFTLElBQUksRUFBRztBQUM1RCxZQUFNLElBQUlSO1FBQ1Isb0JBQW9CLEtBQUssYUFBYVEsU0FBTyxPQUFPLEtBQUssSUFBSSxvR0FDYSxJQUFJO01BQ2hGO0lBQ0Y7QUFNTyxhQUFTQyxXQUNkLEtBQ0EsTUFDQSxVQUNBLE9BQ1E7QUFDUixZQUFNLE9BQU8sTUFBTSxTQUFTLE1BQU0sVUFBVSxtQkFBbUI7QUFDL0QsYUFBT0wsVUFBUyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sTUFBTSxXQUFXLEtBQUssRUFBRSxLQUFLLE1BQU0sUUFBUTtJQUN6RjtBQ25QQSxRQUFNTSxZQUFXO0FBQ2pCLFFBQU1DLFdBQVU7QUFDaEIsUUFBTUMsYUFBWTtBQWFsQixRQUFNQyxnQkFBZSxDQUFDLEtBQWEsU0FBaUIsRUFBRSxLQUFLLEtBQUssU0FBUyxNQUFNLE1BQU0sNEJBQTRCO0FBR2pILFFBQU1qQixRQUFPLENBQUMsT0FBZSxPQUFlLFFBQzFDLE9BQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLFFBQVEsS0FBSyxDQUFDLENBQUMsQ0FBQztBQUk5RCxRQUFNa0IsWUFBVyxDQUFDQyxjQUFxQjtNQUNyQyxDQUFDSixRQUFPLEdBQUdmLE1BQUttQixVQUFTLElBQUksR0FBR2QsY0FBYTtNQUM3QyxDQUFDUyxTQUFRLEdBQUdkLE1BQUttQixVQUFTLElBQUksR0FBRyxRQUFRO01BQ3pDLENBQUNILFVBQVMsR0FBR2hCLE1BQUttQixVQUFTLElBQUksSUFBSWIsZ0JBQWU7SUFDcEQ7QUEyQk8sUUFBTWMsZUFBYztNQUN6QixPQUFPO01BQ1AsUUFBd0IsaUJBQUNMLFVBQVNELFdBQVVFLFVBQVMsRUFBRSxLQUFLLEtBQUs7TUFDakUsS0FBS0U7TUFDTCxTQUFTO01BQ1QsVUFBVSxDQUFDLFNBQVM7O1FBRWxCLFNBQVNMLFdBQVUsS0FBS0UsVUFBUyxJQUFJRSxjQUFhLEdBQUdaLGNBQWEsQ0FBQztRQUNuRSxXQUFXUSxXQUFVLEtBQUssb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxLQUFTLE1BQU0sZUFBZSxDQUFDO1FBQ2pHLFlBQVlBLFdBQVUsS0FBSyxvQkFBb0IsS0FBSyxFQUFFLEtBQUssR0FBRyxLQUFLLElBQUksQ0FBQztNQUMxRTtJQUNGO0FDekRBLFFBQUk7QUFDSixRQUFNLFVBQVUsTUFDYixhQUFhO01BQ1osWUFBWTtNQUNaLFNBQVM7TUFDVCxZQUFZO0lBQ2Q7QUFHSyxhQUFTUSxXQUFVLFFBQWdCLE1BQXVDO0FBQy9FLFVBQUksQ0FBQyxRQUFRLEVBQUUsV0FBVyxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksTUFBTSx3QkFBd0IsTUFBTSw4QkFBOEI7QUFDcEgsWUFBTSxVQUFVLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUN6QyxVQUFJLFFBQVEsV0FBVyxFQUFHLFFBQU87QUFDakMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxTQUFTO0FBQ2xDLFlBQUksQ0FBQyxRQUFRLEVBQUUsUUFBUSxLQUFLLEdBQUcsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLEtBQUssS0FBSyxHQUFHO0FBQ2xFLGdCQUFNLElBQUk7WUFDUixlQUFlLEdBQUcsSUFBSSxLQUFLLE9BQU8sTUFBTTtVQUMxQztRQUNGO01BQ0Y7QUFDQSxhQUFPLEdBQUcsTUFBTSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLE1BQU0sR0FBRyxHQUFHLElBQUksS0FBSyxFQUFFLEVBQUUsS0FBSyxHQUFHLENBQUM7SUFDaEY7QUFHTyxhQUFTLFdBQVcsTUFBbUQ7QUFDNUUsWUFBTSxhQUFhLFFBQVEsRUFBRSxXQUFXLEtBQUssS0FBSyxJQUFJO0FBQ3RELFVBQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsY0FBYyxPQUFPLFdBQVcsQ0FBQyxDQUFDLElBQUksTUFBTTtBQUM5RSxjQUFNLElBQUksTUFBTSx1QkFBdUIsS0FBSyxJQUFJLGdDQUFnQztNQUNsRjtBQUNBLFVBQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLO0FBQzdCLGNBQU0sSUFBSSxNQUFNLGFBQWEsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLLHFDQUFxQztBQUNwRyxhQUFPLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxFQUFFLEdBQUcsS0FBSyxLQUFLO0lBQzVDO0FBRUEsYUFBUyxLQUFLLE1BQXlCO0FBQ3JDLFlBQU14QixRQUFPLFdBQVcsSUFBSTtBQUM1QixVQUFJLENBQUMsS0FBSyxZQUFhLFFBQU9BO0FBQzlCLGFBQU87UUFDTCxXQUFXQTtRQUNYLGFBQWE7UUFDYixHQUFJLEtBQUssaUJBQWlCLEVBQUUsZ0JBQWdCLEtBQUssZUFBZSxJQUFJLENBQUM7TUFDdkU7SUFDRjtBQUdPLGFBQVN5QixnQkFBZSxPQUE2QjtBQUMxRCxZQUFNLE1BQW9CLENBQUM7QUFDM0IsaUJBQVcsUUFBUSxPQUFPO0FBQ3hCLGNBQU0sTUFBTUQsV0FBVSxLQUFLLFFBQVEsS0FBSyxJQUFJO0FBQzVDLFlBQUksR0FBRyxJQUFJLENBQUMsR0FBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUM7TUFDMUQ7QUFDQSxhQUFPO0lBQ1Q7QUN6Q08sUUFBTUUsaUJBQWdCLENBQUMsYUFDNUIsU0FBUyxhQUFhLDJCQUEyQixTQUFTLGFBQWE7QUN0Q2xFLGFBQVNDLFlBQVcsT0FBZUMsVUFBK0M7QUFDdkYsWUFBTSxPQUFPLENBQUMsV0FBVyxTQUFTLE9BQU87QUFDekMsWUFBTSxRQUFRLEtBQUssSUFBSSxDQUFDLE1BQU8sUUFBUUEsU0FBUSxDQUFDLElBQUssR0FBRztBQUN4RCxZQUFNLFNBQVMsTUFBTSxJQUFJLEtBQUssS0FBSztBQUNuQyxZQUFNLFFBQVEsS0FDWCxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsRUFDZixLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxLQUFLLE1BQU0sQ0FBQyxJQUFLLEtBQUssTUFBTSxNQUFNLENBQUMsQ0FBRSxFQUFFO0FBQ3pGLGVBQVMsT0FBTyxRQUFRLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxPQUFPLEdBQUcsUUFBUSxJQUFLLFFBQU8sTUFBTSxJQUFJLENBQUMsQ0FBRTtBQUU3RyxlQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixZQUFJQSxTQUFRLEtBQUssQ0FBQyxDQUFFLElBQUksS0FBSyxPQUFPLENBQUMsTUFBTSxLQUFLLFNBQVMsR0FBRztBQUMxRCxnQkFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLElBQUksR0FBRyxNQUFNLENBQUM7QUFDbEQsaUJBQU8sT0FBTztBQUNkLGlCQUFPLENBQUM7UUFDVjtNQUNGO0FBQ0EsYUFBTyxFQUFFLFNBQVMsT0FBTyxDQUFDLEdBQUksT0FBTyxPQUFPLENBQUMsR0FBSSxPQUFPLE9BQU8sQ0FBQyxFQUFHO0lBQ3JFO0FBeUJPLGFBQVNDLGNBQ2RDLE9BQ0EsS0FDQWYsVUFDVTtBQUNWLGFBQU87UUFDTCxVQUFVO1FBQ1YsTUFBQWU7UUFDQSxVQUFVO1FBQ1YsUUFBUTtVQUNOLEVBQUUsVUFBVSxHQUFHZixTQUFPLE9BQU8sS0FBSyxRQUFRLElBQUk7VUFDOUMsRUFBRSxVQUFVLEdBQUdBLFNBQU8sU0FBUyxLQUFLLFFBQVEsSUFBSTtVQUNoRCxFQUFFLFVBQVUsR0FBR0EsU0FBTyxTQUFTLEtBQUssUUFBUSxFQUFFO1FBQ2hEO1FBQ0Esa0JBQWtCO1FBQ2xCLGNBQWM7TUFDaEI7SUFDRjtBQTZCTyxhQUFTZ0Isa0JBQWlCaEIsVUFBcUU7QUFDcEcsYUFBT0EsU0FBTyxVQUFVQSxTQUFPLFlBQVlBLFNBQU87SUFDcEQ7QUFFTyxRQUFNaUIsdUJBQXNCLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxTQUFTLFNBQVMsU0FBUyxPQUFPO0FDN0ZsRyxRQUFBQyxhQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFDLG9CQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBQyxlQUFpQixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGtCQUErQixRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQ04vQixRQUFBQyxlQUE0QixRQUFBLGFBQUEsR0FBQSxDQUFBO0FDRHJCLFFBQU1DLGlCQUFnQjtBREt0QixRQUFNdkIsVUFBaUIsWUFBWSxLQUFLO0FBRS9DLFFBQUlzQixhQUFBLFlBQVlDLGdCQUFlLE1BQU0sQ0FBQ3ZCLE9BQU0sQ0FBQztBQUd0QyxhQUFTd0IsZUFBYyxPQUF1QjtBQUNuRCwwQkFBb0J4QixTQUFRLEtBQUs7QUFDakMsYUFBT0E7SUFDVDtBRERBLGFBQVN5QixrQkFBaUI7QUFDeEIsYUFBTzs7UUFFTCxZQUFZLElBQUlKLGdCQUFBLE1BQU0sb0JBQW9COztRQUUxQyxpQkFBaUIsSUFBSUEsZ0JBQUEsTUFBTSwwQkFBMEI7O1FBRXJELFVBQVUsSUFBSUEsZ0JBQUEsTUFBTSxrQkFBa0I7O1FBRXRDLGdCQUFnQixJQUFJQSxnQkFBQSxRQUFRLHdCQUF3Qjs7UUFFcEQsY0FBYyxJQUFJQSxnQkFBQSxNQUFNLGlDQUFpQztNQUMzRDtJQUNGO0FBR0EsUUFBTUssVUFBUyxTQUFTLEtBQUsxQixRQUFPLGVBQWUsU0FBWXlCLGdCQUFlLElBQUk7QUFXbEYsUUFBTUUsUUFBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLFdBQVcsTUFBTSxVQUFVLEdBQUcsa0JBQWtCLE1BQU0sU0FBUyxLQUFLO0FBR2xHLFFBQUlDLFVBQVM7QUFDYixRQUFJQztBQUNKLFFBQUlDLGNBQWE7QUFNakIsYUFBU0MsV0FBVSxZQUFvQixPQUFxQztBQUMxRSxZQUFNLE1BQU1YLGFBQUFZLFFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztRQUN0RSxHQUFHTDtRQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO01BQ2hELENBQVU7QUFDVixhQUFPLElBQUksV0FBVyxPQUFPLElBQUksV0FBVztJQUM5QztBQUdBLFFBQU0sU0FBUztBQVVSLGFBQVNNLG1CQUFrQixXQUFtQixXQUE4QjtBQUNqRixhQUFPO1FBQ0wsVUFBVTtRQUNWLE1BQU07UUFDTixLQUFLO1FBQ0wsVUFBVSxHQUFHLEtBQUssSUFBSSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQztRQUM5QyxjQUFjLEdBQUcsTUFBTTtRQUN2QixHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQztNQUNuQztJQUNGO0FBRUEsYUFBU0MsT0FBUyxNQUE4QjtBQUM5QyxVQUFJO0FBQ0YsZUFBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO01BQzlELFFBQVE7QUFDTixlQUFPO01BQ1Q7SUFDRjtBQVNPLGFBQVMxRCxlQUFjLFlBQTBCO0FBRXRELFVBQUksQ0FBQ3NELFlBQVksQ0FBQUEsY0FBYUMsV0FBVSxZQUFZLE1BQU07QUFDMUQsaUJBQVM7QUFDUCxjQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFFBQUFJLFVBQVMsVUFBVTtBQUNuQixTQUFBLEdBQUFqQixXQUFBLE9BQU0sS0FBSyxJQUFJLEdBQUcsS0FBSyxLQUFLLElBQUksSUFBSSxXQUFXLEdBQUksQ0FBQztBQUNwRCxZQUFJQyxrQkFBQUosUUFBSyxTQUFTLFdBQVcsRUFBRztBQUNoQyxZQUFJSSxrQkFBQUosUUFBSyxTQUFTLGFBQWEsRUFBRztNQUNwQztBQUNBLE1BQUFnQixXQUFVLFlBQVksVUFBVTtBQUNoQyxNQUFBSSxVQUFTLFVBQVU7SUFDckI7QUFFQSxhQUFTQSxVQUFTLFlBQTBCO0FBQzFDLFlBQU0sTUFBTWYsYUFBQVksUUFBSyxJQUFJLEdBQUcsVUFBVSxrQkFBa0JKLE9BQU0sSUFBSUQsS0FBYTtBQUMzRSxZQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU1PLE9BQWdFLElBQUksSUFBSSxJQUFJO0FBQ25HLFVBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxHQUFHO0FBQ3pDLFFBQUFSLFFBQVEsZUFBZSxJQUFJLENBQUM7QUFDNUI7TUFDRjtBQUNBLFVBQUksT0FBTyxLQUFLLFdBQVcsVUFBVTtBQUVuQyxZQUFJRyxnQkFBZSxVQUFhLEtBQUssU0FBU0EsWUFBWSxDQUFBSCxRQUFRLGVBQWUsSUFBSSxLQUFLLFNBQVNHLFdBQVU7QUFDN0csUUFBQUEsY0FBYSxLQUFLO01BQ3BCO0FBQ0EsaUJBQVdPLFdBQVUsS0FBSyxTQUFTO0FBQ2pDLFFBQUFSLFVBQVMsS0FBSyxJQUFJQSxTQUFRUSxRQUFPLEdBQUc7QUFDcEMsWUFBSUEsUUFBTyxVQUFVLFVBQWFBLFFBQU8sVUFBVSxPQUFRO0FBQzNELFFBQUFWLFFBQVEsV0FBVyxJQUFJVSxRQUFPLFdBQVc7QUFDekMsUUFBQVYsUUFBUSxnQkFBZ0IsSUFBSVUsUUFBTyxpQkFBaUI7QUFDcEQsUUFBQVYsUUFBUSxTQUFTLElBQUlVLFFBQU8sU0FBUztNQUN2QztBQUdBLFVBQUksT0FBTyxLQUFLLFlBQVk7QUFDMUIsUUFBQWpCLGtCQUFBSixRQUFLLEtBQUssTUFBTSxxREFBcUQsS0FBSyxPQUFPLEVBQUU7SUFDdkY7QUFPTyxhQUFTc0IsU0FBUSxZQUEwQjtBQUNoRCxNQUFBTixXQUFVLFlBQVksVUFBVTtBQUNoQyxZQUFNLE1BQU1YLGFBQUFZLFFBQUssSUFBSSxHQUFHLFVBQVUsWUFBWUwsS0FBYTtBQUMzRCxZQUFNLFVBQVUsSUFBSSxXQUFXLE1BQU1PLE9BQW1ELElBQUksSUFBSSxJQUFJO0FBQ3BHLFVBQUksV0FBVyxPQUFPLFFBQVEsNkJBQTZCO0FBQ3pELFFBQUFSLFFBQVEsYUFBYSxJQUFJLFFBQVEsd0JBQXdCO0lBQzdEO0FBZU8sYUFBU1ksZUFBYyxRQUFnQztBQUM1RCxZQUFNLFFBQWdCO1FBQ3BCLEVBQUUsUUFBUSxvQkFBb0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPLE9BQU8sU0FBUyxDQUFDLEVBQUU7UUFDeEYsRUFBRSxRQUFRLHNCQUFzQixPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxNQUFNLE9BQU8sT0FBTyxXQUFXLENBQUMsRUFBRTtNQUNqRztBQUNBLFVBQUksT0FBTyxtQkFBbUI7QUFDNUIsY0FBTSxLQUFLO1VBQ1QsUUFBUTtVQUNSLE9BQU8sQ0FBQyxFQUFFLE1BQU0sT0FBTyxJQUFJLEtBQUssT0FBTyxPQUFPLGVBQWUsQ0FBQztRQUNoRSxDQUFDO0FBQ0gsVUFBSSxPQUFPO0FBQ1QsY0FBTSxLQUFLLEVBQUUsUUFBUSwwQkFBMEIsT0FBTyxDQUFDLEVBQUUsTUFBTSxTQUFTLElBQUksS0FBSyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDaEcsYUFBTztJQUNUO0FHN0tBLFFBQUFoQixnQkFBNEIsUUFBQSxhQUFBLEdBQUEsQ0FBQTtBQUM1QixRQUFBSCxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUFxQmpCLGFBQVNvQixVQUFTLE1BQXNCO0FBQ3RDLFVBQUk7QUFDRixlQUFPLEtBQUssSUFBSTtNQUNsQixTQUFTLE9BQU87QUFDZCxjQUFNLElBQUk7VUFDUiwwQkFBMEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLENBQUM7UUFDakU7TUFDRjtJQUNGO0FBRUEsYUFBU0MsVUFBUyxNQUFvQjtBQUVwQyxZQUFNLFNBQVMsQ0FBQztBQUNoQixpQkFBVyxRQUFRMUQ7QUFDakIsZUFBTyxJQUFJLElBQUksSUFBSTJELGNBQUE7VUFDakIsU0FBUyxJQUFJO1VBQ2IsTUFBTXpELGVBQWN1RCxVQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtRQUNoRDtBQUNGLGFBQU87UUFDTCxRQUFRLDBCQUEwQixJQUFJO1FBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztRQUNoRyxTQUFTLENBQUMsTUFBTSxVQUFVLE9BQU8sSUFBSSxFQUFFLEtBQUs7TUFDOUM7SUFDRjtBQUVBLGFBQVNHLFVBQVMxQyxVQUFzQjtBQUN0QyxVQUFJQSxTQUFPLFVBQVcsUUFBT3dDLFVBQVN4QyxTQUFPLFNBQVM7QUFDdEQsWUFBTSxRQUFRQSxTQUFPO0FBQ3JCLFVBQUlBLFNBQU8sV0FBVztBQUNwQixlQUFPO1VBQ0wsUUFBUTtVQUNSLE9BQU9BLFNBQU87VUFDZCxTQUFTLENBQUMsTUFBTSxPQUFPLGNBQWMsRUFBRSxPQUFPWCxXQUFVLE1BQU0sUUFBUSxDQUFDLEdBQUcsU0FBUztRQUNyRjtNQUNGO0FBQ0EsYUFBTztRQUNMLFFBQVE7UUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7UUFDeEMsU0FBUyxDQUFDLE1BQU0sUUFBUSxjQUFjLEVBQUUsT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFNBQVM7TUFDN0U7SUFDRjtBQUdPLGFBQVNzRCxhQUFZQyxRQUFZLE1BQVlDLGdCQUE0QztBQUM5RixZQUFNLE9BQU9ELE9BQUssTUFBTSxJQUFJO0FBQzVCLGFBQU8sU0FBUyxJQUFJLFNBQVlBLE9BQUssUUFBUSxPQUFPRSxtQkFBQS9CLFFBQUssR0FBRyxXQUFXLEtBQUssTUFBTThCLGNBQWE7SUFDakc7QUFHTyxhQUFTRSxnQkFBZUgsUUFBWSxPQUF3QixPQUFxQjtBQUN0RixZQUFNLFNBQW9CLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFDM0QsaUJBQVcsUUFBUSxNQUFPLFFBQU8sSUFBSSxJQUFJO0FBQ3pDLFlBQU0sVUFBVXRELHFCQUFvQnNELE9BQUssT0FBTyxRQUFRQSxPQUFLLE1BQU07QUFDbkUsVUFBSSxRQUFTLE9BQU0sSUFBSSxNQUFNLE9BQU87SUFDdEM7QUFHTyxRQUFNQSxRQUFhRixVQUFTMUMsT0FBUztBQzlFNUMsUUFBQWtCLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUMscUJBQWlCLFFBQUEsa0JBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUFDLGdCQUFpQixRQUFBLGFBQUEsR0FBQSxDQUFBO0FBQ2pCLFFBQUE0QixrQkFBb0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNMcEIsUUFBQTlCLGNBQXNCLFFBQUEsV0FBQSxHQUFBLENBQUE7QUFDdEIsUUFBQUUsZ0JBQThELFFBQUEsYUFBQSxHQUFBLENBQUE7QUNrQnZELFFBQU02QixhQUFZO0FDTGxCLGFBQVNDLFNBQVEsVUFBcUMsSUFBUyxPQUF3QjtBQUM1RixZQUFNLFVBQVUsT0FBTyxTQUFZLEtBQUssbUJBQW1CLE9BQU8sRUFBRSxDQUFDO0FBQ3JFLGNBQVEsVUFBVTtRQUNoQixLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU87UUFDbkMsS0FBSztBQUNILGlCQUFPLG1CQUFtQixPQUFPO1FBQ25DLEtBQUs7QUFDSCxpQkFBTyxnQkFBZ0IsT0FBTztRQUNoQyxLQUFLO0FBQ0gsaUJBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO1FBQ3JELEtBQUs7QUFDSCxpQkFBTyxtQkFBbUIsT0FBTztRQUNuQyxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87UUFDVCxLQUFLO0FBQ0gsaUJBQU87TUFDWDtJQUNGO0FBR0EsUUFBTUMsY0FBdUM7TUFDM0MsUUFBUTtNQUNSLE9BQU87TUFDUCxjQUFjO01BQ2QsZUFBZTtNQUNmLFlBQVk7TUFDWixlQUFlO01BQ2YsZUFBZTtNQUNmLGlCQUFpQjtNQUNqQixTQUFTO01BQ1QsYUFBYTtNQUNiLGVBQWU7TUFDZixhQUFhO01BQ2IsWUFBWTtNQUNaLGFBQWE7SUFDZjtBQUlBLFFBQU1DLGtCQUE4RSxDQUFDO0FBRzlFLGFBQVNDLGFBQVksVUFBc0Q7QUFDaEYsVUFBSSxPQUFPRCxnQkFBZSxRQUFRO0FBQ2xDLFVBQUksU0FBUyxRQUFXO0FBQ3RCLGVBQU8sRUFBRSxVQUFVLE9BQU9ILFlBQVcsTUFBTUUsWUFBVyxRQUFRLEVBQUU7QUFDaEUsUUFBQUMsZ0JBQWUsUUFBUSxJQUFJO01BQzdCO0FBQ0EsYUFBTztJQUNUO0FGMkJBLFFBQU1FLFFBQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsUUFBTUMsV0FBVSxDQUFDLE1BQXdCLE9BQU8sTUFBTTtBQUd0RCxhQUFTQyxVQUFTLE9BQWtCLE9BQXVCO0FBQ3pELGNBQVEsT0FBTztRQUNiLEtBQUs7QUFDSCxpQkFBTyxNQUFNLFFBQVEsTUFBTTtRQUM3QixLQUFLLFNBQVM7QUFDWixnQkFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVO1FBQ2hEO1FBQ0EsS0FBSztBQUNILGlCQUFPRCxTQUFRLE1BQU0sU0FBUyxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtRQUNoRSxLQUFLO0FBQ0gsaUJBQU9ELE1BQUssTUFBTSxJQUFJLENBQUMsS0FBSyxPQUFPLE1BQU0sT0FBTyxNQUFNO1FBQ3hELEtBQUs7QUFDSCxpQkFBT0EsTUFBSyxNQUFNLElBQUksQ0FBQyxLQUFLQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQ3pELEtBQUs7QUFDSCxpQkFBT0QsTUFBSyxNQUFNLFFBQVEsQ0FBQztRQUM3QixLQUFLO0FBQ0gsaUJBQU8sT0FBTyxNQUFNLFFBQVEsTUFBTSxZQUFZQyxTQUFRLE1BQU0sWUFBWSxDQUFDO1FBQzNFLEtBQUs7QUFDSCxpQkFBTyxPQUFPLE1BQU0sU0FBUyxNQUFNO1FBQ3JDLEtBQUssYUFBYTtBQUNoQixnQkFBTSxRQUFRLE1BQU0sT0FBTztBQUMzQixpQkFBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSztRQUM1RTtNQUNGO0lBQ0Y7QUFTQSxhQUFTRSxRQUFPLEtBQXdCO0FBQ3RDLGFBQU8sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLLEVBQUUsRUFBRSxTQUFTLE1BQU07SUFDbEU7QUFHQSxRQUFJQztBQUVKLFFBQU1DLGFBQW1CLENBQUMsU0FBUztBQUNqQyxVQUFJO0FBQ0YsZUFBT0QsU0FBUyxLQUFLLElBQUksS0FBSztNQUNoQyxRQUFRO0FBQ04sZUFBTztNQUNUO0lBQ0Y7QUFHQSxRQUFNRSxjQUFOLE1BQXlDO01BR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFMsYUFBQSxLQUFBO0FBQ0EsYUFBQSxTQUFBO0FBQ1EsYUFBQSxNQUFBO01BQ2hCO01BSFE7TUFDQTtNQUNRO01BTFgsU0FBUztNQUNUO01BT1IsSUFBSSxPQUFzQjtBQUN4QixZQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssUUFBUTtBQUM1QixlQUFLLFFBQVFDLFdBQVUsS0FBSyxJQUFJLElBQUk7QUFDcEMsZUFBSyxTQUFTO1FBQ2hCO0FBQ0EsZUFBTyxLQUFLO01BQ2Q7SUFDRjtBQUdBLGFBQVNBLFdBQVUsTUFBd0I7QUFDekMsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQWM7TUFDbEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBS0EsUUFBTUMsbUJBQTRFLENBQUM7QUFDbkYsYUFBU0MsY0FBYSxRQUEwRDtBQUM5RSxVQUFJLFdBQVdELGlCQUFnQixNQUFNO0FBQ3JDLFVBQUksYUFBYSxRQUFXO0FBQzFCLG1CQUFXRSxjQUFBaEMsUUFBSyxpQkFBaUIsTUFBTTtBQUN2QyxRQUFBOEIsaUJBQWdCLE1BQU0sSUFBSTtNQUM1QjtBQUNBLGFBQU87SUFDVDtBQUlBLFFBQUlHO0FBQ0csYUFBU0MsaUJBQWdCLE1BQXlDO0FBQ3ZFLE1BQUFELFlBQVc7SUFDYjtBQU9BLFFBQU1FLFdBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxRQUFNQyxhQUF5RixDQUFDO0FBRWhHLGFBQVNDLFdBQVUsVUFBb0IsVUFBa0IsV0FBb0I7QUFDM0UsVUFBSSxNQUFNRCxXQUFVLFFBQVE7QUFDNUIsVUFBSSxDQUFDLEtBQUs7QUFDUixjQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFlBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixjQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLFFBQUFBLFdBQVUsUUFBUSxJQUFJO01BQ3hCO0FBQ0EsYUFBTztJQUNUO0FBSU8sUUFBTUUsYUFBTixNQUFNLFdBQVU7TUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUIsYUFBQSxVQUFBO0FBRUEsYUFBQSxRQUFBO0FBRWpCLGFBQUssVUFBVSxHQUFHLFFBQVE7TUFDNUI7TUFMbUI7TUFFQTs7TUFSbkIsZUFBZTtNQUNFOztNQUVBLFNBQTRDLENBQUM7O01BVzlELEdBQUcsT0FBMEI7QUFDM0IsZUFBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO01BQzdFO01BRVEsVUFBVSxVQUFvQixVQUFrQixhQUFzQixXQUE0QjtBQUN4RyxZQUFJQyxVQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFlBQUksQ0FBQ0EsU0FBUTtBQUNYLGdCQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsY0FBSSxZQUFhLFNBQVEsY0FBYyxJQUFJO0FBQzNDLGNBQUksS0FBSyxNQUFPLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSyxLQUFLO0FBQzVEQSxvQkFBUztZQUNQO1lBQ0EsTUFBTWxCLGFBQVksUUFBUTtZQUMxQixTQUFTLEtBQUs7WUFDZCxrQkFBa0JVLGNBQWEsUUFBUTtVQUN6QztBQUVBLGNBQUksQ0FBQyxVQUFXUSxTQUFPLGVBQWU7QUFDdEMsZUFBSyxPQUFPLFFBQVEsSUFBSUE7UUFDMUI7QUFDQSxlQUFPQTtNQUNUO01BRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsY0FBTSxjQUFjLFlBQVk7QUFDaEMsY0FBTSxNQUFNUCxjQUFBaEMsUUFBSztVQUNmO1VBQ0EsR0FBRyxLQUFLLE9BQU8sR0FBRyxJQUFJO1VBQ3RCLGNBQWMsS0FBSyxVQUFVLE9BQU8sSUFBSTtVQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO1FBQ3JFO0FBRUEsY0FBTSxTQUFTLElBQUk7QUFDbkIsY0FBTSxXQUFXLFdBQVc7QUFDNUIsWUFBSSxXQUFXLElBQUssTUFBSyxlQUFlO0FBR3hDLFlBQUksVUFBVSxDQUFDO0FBQ2YsWUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBQTBCLFdBQVU7QUFDVixvQkFBVUQsUUFBTyxHQUFHLEtBQUtELFVBQVMsT0FBT0csVUFBUztBQUNsRCxVQUFBRCxXQUFVO1FBQ1o7QUFDQSxRQUFBUyxTQUFRLFdBQVc7QUFDbkIsUUFBQUEsU0FBUSxVQUFVO0FBQ2xCLGNBQU0sRUFBRSxRQUFRLEtBQUssSUFBSUUsV0FBVSxVQUFVLFVBQVUsVUFBVSxNQUFTO0FBQzFFLGNBQU0sTUFBQSxHQUFLRyxZQUFBLE9BQU1MLFVBQVMsUUFBUSxJQUFJO0FBQ3RDLGNBQU0sUUFBUSxNQUFNLFlBQVk7QUFDaEMsUUFBQUYsWUFBVyxVQUFVLElBQUksUUFBUSxVQUFVLEtBQUs7QUFDaEQsZUFBTyxJQUFJTCxZQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO01BQ2hHO01BRUEsU0FBcUM7QUFDbkMsZUFBTyxLQUFLLEtBQUssVUFBVSxPQUFPVixTQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7TUFDcEU7TUFFQSxNQUFNLE9BQWUsVUFBaUM7QUFDcEQsZUFBTyxLQUFLLEtBQUssU0FBUyxRQUFRQSxTQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztNQUN2RjtNQUVBLFlBQVksUUFBeUQsQ0FBQyxHQUF1QjtBQUczRixZQUFJLFNBQVM7QUFDYixtQkFBVyxPQUFPLE9BQU87QUFDdkIsZ0JBQU0sUUFBUSxNQUFNLEdBQXlCO0FBQzdDLGNBQUksVUFBVSxPQUFXLFdBQVUsR0FBRyxTQUFTLE1BQU0sR0FBRyxHQUFHLEdBQUcsSUFBSSxtQkFBbUIsT0FBTyxLQUFLLENBQUMsQ0FBQztRQUNyRztBQUNBLGVBQU8sS0FBSyxLQUFLLGdCQUFnQixPQUFPLEdBQUdBLFNBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtNQUM3RjtNQUVBLGFBQWEsUUFBbUM7QUFDOUMsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFFBQVFBLFNBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO01BQ3JGO01BRUEsVUFBVSxJQUF3QjtBQUNoQyxlQUFPLEtBQUssS0FBSyxjQUFjLE9BQU9BLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7TUFDeEY7TUFFQSxhQUFhLElBQVEsU0FBNkM7QUFDaEUsZUFBTyxLQUFLLEtBQUssaUJBQWlCLFNBQVNBLFNBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87TUFDMUY7TUFFQSxhQUFhLElBQTJCO0FBQ3RDLGVBQU8sS0FBSyxLQUFLLGlCQUFpQixVQUFVQSxTQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztNQUNuRjtNQUVBLFNBQVMsSUFBbUQ7QUFDMUQsZUFBTyxLQUFLLEtBQUssbUJBQW1CLFFBQVFBLFNBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztNQUM3RjtNQUVBLE9BQU8sT0FBd0I7QUFDN0IsZUFBTyxLQUFLLEtBQUssV0FBVyxPQUFPQSxTQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztNQUN0RTtNQUVBLFdBQVcsSUFBUSxPQUFnQztBQUNqRCxlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7TUFDdEY7TUFFQSxhQUFhLElBQVEsUUFBeUM7QUFDNUQsZUFBTyxLQUFLLEtBQUssaUJBQWlCLE9BQU8sR0FBR0EsU0FBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztNQUM1RztNQUVBLGFBQThDO0FBQzVDLGVBQU8sS0FBSyxLQUFLLGVBQWUsT0FBT0EsU0FBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO01BQ2hGO01BRUEsVUFBVSxRQUFRLElBQXFCO0FBQ3JDLGVBQU8sS0FBSyxLQUFLLGNBQWMsT0FBTyxHQUFHQSxTQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7TUFDbEc7TUFFQSxhQUE4QjtBQUM1QixlQUFPLEtBQUssS0FBSyxlQUFlLE9BQU9BLFNBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztNQUNoRjtJQUNGO0FHdFdBLFFBQUFoQyxjQUFzQixRQUFBLFdBQUEsR0FBQSxDQUFBO0FBQ3RCLFFBQUFFLGdCQUFpRixRQUFBLGFBQUEsR0FBQSxDQUFBO0FDSDFFLFFBQU1xRCxpQkFBZ0I7QUFFdEIsUUFBTUMsb0JBQW1CO0FBRXpCLGFBQVNDLGNBQWEsR0FBbUI7QUFDOUMsYUFBTyxHQUFHRixjQUFhLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztJQUN2RDtBQUdPLGFBQVNHLFVBQVMsTUFBYyxLQUFLLElBQUksR0FBVztBQUN6RCxhQUFPLEdBQUcsSUFBSSxTQUFTLEVBQUUsQ0FBQyxJQUFJLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxHQUFHLEVBQUUsU0FBUyxFQUFFLENBQUM7SUFDNUU7QUFHTyxhQUFTQyxTQUFRLE9BQW1DO0FBQ3pELFlBQU0sUUFBUSwwQ0FBMEMsS0FBSyxLQUFLO0FBQ2xFLGFBQU8sUUFBUSxDQUFDO0lBQ2xCO0FBR0EsYUFBU0MsWUFBVyxPQUFtQztBQUNyRCxZQUFNLEtBQUssU0FBUyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBSSxFQUFFO0FBQzVDLGFBQU8sT0FBTyxTQUFTLEVBQUUsSUFBSSxLQUFLO0lBQ3BDO0FBT08sUUFBTUMsc0JBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLGFBQVNDLFlBQVcsT0FBZSxTQUFpQixLQUF1QjtBQUNoRixVQUFJLENBQUMsTUFBTSxXQUFXTixpQkFBZ0IsRUFBRyxRQUFPO0FBQ2hELFlBQU0sUUFBUUcsU0FBUSxLQUFLO0FBQzNCLFVBQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsVUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxVQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFlBQU0sVUFBVUMsWUFBVyxLQUFLO0FBQ2hDLGFBQU8sWUFBWSxVQUFhLFdBQVdBLFlBQVcsT0FBTyxLQUFLLEtBQUtDO0lBQ3pFO0FEcENBLFFBQU0sY0FBYztBQUNwQixRQUFNLGFBQWE7QUFzQm5CLFFBQU0sV0FBVztBQUVqQixRQUFJLFVBQVU7QUFDZCxRQUFNLFlBQVksQ0FBQyxRQUFrQixJQUFJLFdBQVcsS0FBSyxJQUFJLFVBQVU7QUFVdkUsYUFBUyxRQUFRRSxRQUFlLE1BQW1DLFVBQW9EO0FBQ3JILGVBQVMsUUFBUSxHQUFHLFFBQVFBLFFBQU8sU0FBUyxhQUFhO0FBQ3ZELGNBQU0sUUFBd0IsQ0FBQztBQUMvQixpQkFBUyxJQUFJLE9BQU8sSUFBSSxLQUFLLElBQUlBLFFBQU8sUUFBUSxXQUFXLEdBQUcsSUFBSyxPQUFNLEtBQUssS0FBSyxDQUFDLENBQUM7QUFDckYsY0FBTSxNQUFNQyxjQUFBbEQsUUFBSyxNQUFNLEtBQUs7QUFDNUIsaUJBQVMsVUFBVSxHQUFHLFVBQVUsVUFBVSxXQUFXO0FBQ25ELGdCQUFNLFFBQVEsSUFBSSxJQUFJLENBQUMsS0FBSyxNQUFPLFVBQVUsR0FBRyxJQUFJLElBQUksRUFBRyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztBQUNqRixjQUFJLE1BQU0sV0FBVyxFQUFHO0FBQ3hCLHFCQUFXLE1BQU07QUFDakIsV0FBQSxHQUFBbUQsWUFBQSxPQUFNLE1BQU0sTUFBTSxVQUFVLEVBQUU7QUFDN0IsVUFBQUQsY0FBQWxELFFBQUssTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxDQUFFLENBQUMsRUFBaUIsUUFBUSxDQUFDLEtBQUssTUFBTTtBQUMxRSxnQkFBSSxNQUFNLENBQUMsQ0FBRSxJQUFJO1VBQ25CLENBQUM7UUFDSDtBQUNBLFlBQUksUUFBUSxDQUFDLEtBQUssTUFBTTtBQUN0QixtQkFBUyxLQUFLLFFBQVEsQ0FBQztRQUN6QixDQUFDO01BQ0g7SUFDRjtBQUdBLGFBQVMsT0FBTyxNQUFjLE9BQWdCLFdBQVcsT0FBTztBQUM5RCxZQUFNLFVBQWtDLEVBQUUsUUFBUSxtQkFBbUI7QUFDckUsVUFBSSxTQUFVLFNBQVEsY0FBYyxJQUFJO0FBQ3hDLFVBQUksTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUs7QUFDbEQsYUFBTyxFQUFFLFNBQVMsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLFVBQVUsSUFBSSxHQUFHLEdBQUcsU0FBUyxNQUFNO0lBQ3JGO0FBRUEsYUFBUyxLQUFRLEtBQThCO0FBQzdDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFJLElBQWM7TUFDdEMsUUFBUTtBQUNOLGVBQU87TUFDVDtJQUNGO0FBR08sYUFBU29ELFlBQ2RwRixVQUNBLE9BQ0EsVUFDK0M7QUFDL0MsWUFBTSxTQUF3RCxFQUFFLE9BQU8sUUFBVyxRQUFRLEVBQUU7QUFDNUY7UUFDRTtRQUNBLE9BQU87VUFDTCxRQUFRO1VBQ1IsS0FBSyxHQUFHQSxTQUFPLE9BQU8sR0FBR2tELFNBQVEsT0FBTyxDQUFDO1VBQ3pDLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxTQUFTLENBQUM7VUFDeEMsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxRQUFRO0FBQ1AsaUJBQU8sU0FBUyxJQUFJO0FBQ3BCLGlCQUFPLFFBQVEsSUFBSSxXQUFXLE1BQU0sS0FBZ0MsR0FBRyxHQUFHLGVBQWU7UUFDM0Y7TUFDRjtBQUNBLGFBQU87SUFDVDtBQWdCQSxRQUFNLG9CQUFvQjtBQUMxQixRQUFJLGlCQUFpQjtBQUdyQixhQUFTLFNBQVMsTUFBYyxTQUFTLE9BQWE7QUFDcEQsVUFBSSxDQUFDLFVBQVUsS0FBSyxJQUFJLElBQUksaUJBQWlCLGtCQUFtQjtBQUNoRSx1QkFBaUIsS0FBSyxJQUFJO0FBQzFCLGNBQVEsSUFBSSxtQkFBbUIsSUFBSSxFQUFFO0lBQ3ZDO0FBR08sYUFBU21DLGVBQWNyRixVQUFnQixRQUFnQztBQUM1RSxZQUFNLEVBQUUsU0FBUyxRQUFRLFdBQVcsa0JBQWtCLE9BQU8sSUFBSUEsU0FBTztBQUN4RSxZQUFNLFNBQXdCO1FBQzVCLFVBQVUsT0FBTztRQUNqQixTQUFTO1FBQ1QsUUFBUTtRQUNSLFNBQVM7UUFDVCxXQUFXO1FBQ1gsU0FBUztNQUNYO0FBQ0EsVUFBSSxXQUFXLEtBQUssT0FBTyxXQUFXLEVBQUcsUUFBTztBQUNoRCxZQUFNLGdCQUFnQjtBQUN0QixZQUFNLFVBQW1CLEVBQUUsTUFBTUEsU0FBTyxTQUFTLFFBQVEsUUFBUSxDQUFDLEdBQUcsT0FBTztBQUM1RSxlQUFTLFlBQVksT0FBTyxNQUFNLGVBQWUsSUFBSTtBQUNyRDtRQUNFO1FBQ0EsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUM7TUFDeEI7QUFDQSxVQUFJLFNBQVMsYUFBYSxPQUFPO0FBQ2pDLFVBQUksT0FBUSxVQUFTLGVBQWUsU0FBUyxNQUFNO0FBQ25ELFlBQU0sYUFBYSxjQUFjLFNBQVMsUUFBUSxRQUFRLGdCQUFnQjtBQUMxRSxzQkFBZ0IsU0FBUyxnQkFBZ0IsU0FBUyxVQUFVLEdBQUdBLFNBQU8sa0JBQWtCO0FBQ3hGLGFBQU8sVUFBVSxVQUFVO0FBQzNCLGFBQU87SUFDVDtBQUdBLGFBQVMsTUFBTSxFQUFFLE1BQUFzRixRQUFNLFFBQVEsT0FBTyxHQUFZLE9BQXVCO0FBQ3ZFO1FBQ0UsTUFBTTtRQUNOLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUdBLE1BQUksR0FBR3BDLFNBQVEsT0FBTyxDQUFDO1VBQy9CLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsT0FBTyxVQUFVLE9BQU8sTUFBTSxDQUFDLENBQUUsRUFBRyxTQUFTLENBQUM7VUFDL0YsUUFBUSxPQUFPLFNBQVMsUUFBVyxJQUFJO1FBQ3pDO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQWdDLEdBQUcsR0FBRyxlQUFlO0FBQ3hGLGNBQUksQ0FBQztBQUNILGtCQUFNLElBQUk7Y0FDUiwwQkFBMEIsT0FBTyxNQUFNLENBQUMsQ0FBRSxFQUFHLElBQUksWUFBWSxPQUFPLE1BQU0sQ0FBQyxDQUFFLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3hIO0FBQ0YsaUJBQU8sTUFBTSxDQUFDLENBQUUsSUFBSTtRQUN0QjtNQUNGO0lBQ0Y7QUFHQSxhQUFTLGFBQWEsRUFBRSxNQUFBb0MsUUFBTSxRQUFRLE9BQU8sR0FBc0I7QUFDakUsWUFBTSxVQUFVLEdBQUdBLE1BQUksR0FBR3BDLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CdUIsY0FBYSxDQUFDLFVBQVUsVUFBVTtBQUN2RyxZQUFNLFNBQW1CLENBQUM7QUFDMUI7UUFDRSxPQUFPO1FBQ1AsQ0FBQyxPQUFPLEVBQUUsUUFBUSxPQUFPLEtBQUssU0FBUyxRQUFRLE9BQU8sZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLEVBQUU7UUFDakYsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxPQUFPLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsSUFBSTtBQUN0RixjQUFJLENBQUM7QUFDSCxrQkFBTSxJQUFJLE1BQU0sbUNBQW1DLE9BQU8sQ0FBQyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxFQUFFO0FBQ3hHLGlCQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sS0FBSyxPQUFPLEtBQUssS0FBSyxNQUFNLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxFQUFFO1FBQ3BFO01BQ0Y7QUFDQSxhQUFPO0lBQ1Q7QUFHQSxhQUFTLGVBQWUsU0FBa0IsUUFBNEI7QUFDcEUsWUFBTSxFQUFFLE1BQUFhLFFBQU0sUUFBUSxPQUFPLElBQUk7QUFDakMsZUFBUyxRQUFRLEdBQUcsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksU0FBUyxDQUFDLEtBQUssUUFBUSxLQUFNLFNBQVM7QUFDakYsY0FBTSxTQUFTLE9BQU8sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLFFBQVEsRUFBRSxPQUFPLEdBQUcsR0FBRyxFQUFFLENBQUM7QUFDN0U7VUFDRSxPQUFPO1VBQ1AsQ0FBQyxPQUFPO1lBQ04sUUFBUTtZQUNSLEtBQUssR0FBR0EsTUFBSSxHQUFHcEMsU0FBUSxVQUFVLE9BQU8sQ0FBQyxFQUFHLEVBQUUsQ0FBQztZQUMvQyxRQUFRLE9BQU8sa0JBQWtCLE9BQU8sT0FBTyxDQUFDLEVBQUcsS0FBSyxDQUFDO1VBQzNEO1VBQ0EsQ0FBQyxRQUFRO0FBQ1AsZ0JBQUksSUFBSSxXQUFXLElBQUssUUFBTztVQUNqQztRQUNGO0FBQ0EsaUJBQVMsYUFBYSxPQUFPO01BQy9CO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUNQLEVBQUUsTUFBQW9DLFFBQU0sUUFBUSxRQUFRLE9BQU8sR0FDL0IsUUFDQSxRQUNBLGtCQUM2QjtBQUM3QixZQUFNLFlBQStELENBQUM7QUFDdEUsYUFBTyxRQUFRLENBQUMsT0FBTyxNQUFNO0FBQzNCLGNBQU0sT0FBTyxPQUFPLENBQUMsRUFBRztBQUN4QixZQUFJLFFBQVEsT0FBUSxRQUFPO0FBQzNCLGlCQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUTtBQUNsQyxvQkFBVSxLQUFLLEVBQUUsT0FBTyxHQUFHLEdBQUcsVUFBVSxNQUFNLFNBQVMsYUFBYSxLQUFLLGlCQUFpQixDQUFDO01BQy9GLENBQUM7QUFDRCxZQUFNLGFBQTBDLENBQUM7QUFDakQ7UUFDRSxVQUFVO1FBQ1YsQ0FBQyxNQUFNO0FBQ0wsZ0JBQU0sRUFBRSxPQUFPLEdBQUcsU0FBUyxJQUFJLFVBQVUsQ0FBQztBQUMxQyxnQkFBTSxTQUFTO1lBQ2IsT0FBT1gsY0FBYSxDQUFDO1lBQ3JCLE9BQU8saUJBQWlCLENBQUM7WUFDekIsT0FBTztZQUNQLGVBQWUsV0FBVyxJQUFJO1VBQ2hDO0FBQ0EsaUJBQU87WUFDTCxRQUFRO1lBQ1IsS0FBSyxHQUFHVyxNQUFJLEdBQUdwQyxTQUFRLFNBQVMsQ0FBQztZQUNqQyxNQUFNLEtBQUssVUFBVSxNQUFNO1lBQzNCLFFBQVEsT0FBTyxrQkFBa0IsT0FBTyxLQUFLLEdBQUcsSUFBSTtVQUN0RDtRQUNGO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxLQUFLLElBQUksV0FBVyxNQUFNLEtBQWlCLEdBQUcsR0FBRyxLQUFLO0FBQzVELGNBQUksT0FBTztBQUNULGtCQUFNLElBQUk7Y0FDUixrQ0FBa0MsT0FBTyxVQUFVLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQ3ZHO0FBQ0YsaUJBQU87QUFDUCxtQkFBUyxHQUFHLE9BQU8sT0FBTyxPQUFPLFVBQVUsTUFBTSxvQkFBb0I7QUFDckUsY0FBSSxVQUFVLENBQUMsRUFBRyxTQUFVLFlBQVcsS0FBSyxFQUFFLE9BQU8sVUFBVSxDQUFDLEVBQUcsT0FBTyxHQUFHLENBQUM7UUFDaEY7TUFDRjtBQUNBLGFBQU87SUFDVDtBQU9BLGFBQVMsZ0JBQWdCLEVBQUUsTUFBQW9DLFFBQU0sUUFBUSxPQUFPLEdBQVksWUFBZ0Q7QUFDMUcsWUFBTSxPQUFjLENBQUM7QUFDckI7UUFDRSxXQUFXO1FBQ1gsQ0FBQyxPQUFPO1VBQ04sUUFBUTtVQUNSLEtBQUssR0FBR0EsTUFBSSxHQUFHcEMsU0FBUSxZQUFZLFdBQVcsQ0FBQyxFQUFHLEVBQUUsQ0FBQztVQUNyRCxNQUFNO1VBQ04sUUFBUSxPQUFPLG9CQUFvQixPQUFPLFdBQVcsQ0FBQyxFQUFHLEtBQUssR0FBRyxJQUFJO1FBQ3ZFO1FBQ0EsQ0FBQyxLQUFLLE1BQU07QUFDVixnQkFBTSxRQUFRLElBQUksV0FBVyxNQUFNLEtBQXFCLEdBQUcsR0FBRyxTQUFTO0FBQ3ZFLGNBQUksVUFBVTtBQUNaLGtCQUFNLElBQUk7Y0FDUixvQ0FBb0MsT0FBTyxXQUFXLENBQUMsRUFBRyxLQUFLLEVBQUcsS0FBSyx1QkFBdUIsSUFBSSxNQUFNO1lBQzFHO0FBQ0YsZUFBSyxLQUFLLEVBQUUsT0FBTyxXQUFXLENBQUMsRUFBRyxPQUFPLE1BQU0sQ0FBQztRQUNsRDtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxnQkFBZ0IsU0FBa0IsTUFBYSxVQUF3QjtBQUM5RSxZQUFNLFdBQVcsS0FBSyxJQUFJLElBQUksV0FBVztBQUN6QyxZQUFNLFFBQVEsS0FBSztBQUNuQixhQUFPLEtBQUssU0FBUyxHQUFHO0FBQ3RCLGlCQUFTLEdBQUcsUUFBUSxLQUFLLE1BQU0sT0FBTyxLQUFLLDJCQUEyQjtBQUN0RSxZQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2YsZ0JBQU0sSUFBSTtZQUNSLFlBQVksS0FBSyxNQUFNLCtEQUErRCxRQUFRO1VBQ2hHO0FBQ0YsU0FBQSxHQUFBaUMsWUFBQSxPQUFNLENBQUM7QUFDUCxjQUFNLEVBQUUsTUFBQUksT0FBTSxRQUFRLElBQUksU0FBUyxTQUFTLElBQUk7QUFDaEQsWUFBSSxRQUFRLE9BQU8sRUFBRyxPQUFNLFNBQVMsQ0FBQyxHQUFHLE9BQU8sQ0FBQztBQUNqRCxlQUFPQTtNQUNUO0lBQ0Y7QUFHQSxhQUFTLFNBQVMsRUFBRSxNQUFBRCxRQUFNLFFBQVEsUUFBUSxPQUFPLEdBQVksTUFBb0Q7QUFDL0csWUFBTUMsUUFBYyxDQUFDO0FBQ3JCLFlBQU0sVUFBVSxvQkFBSSxJQUFZO0FBQ2hDO1FBQ0UsS0FBSztRQUNMLENBQUMsT0FBTztVQUNOLFFBQVE7VUFDUixLQUFLLEdBQUdELE1BQUksR0FBR3BDLFNBQVEsT0FBTyxLQUFLLENBQUMsRUFBRyxLQUFLLENBQUM7VUFDN0MsUUFBUSxPQUFPLG9CQUFvQixPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssQ0FBQztRQUMzRDtRQUNBLENBQUMsS0FBSyxNQUFNO0FBRVYsY0FBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixvQkFBUSxJQUFJLEtBQUssQ0FBQyxFQUFHLEtBQUs7QUFDMUJxQyxrQkFBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO0FBQ2xCO1VBQ0Y7QUFDQSxjQUFJLElBQUksV0FBVztBQUNqQixrQkFBTSxJQUFJO2NBQ1IsMENBQTBDLE9BQU8sS0FBSyxDQUFDLEVBQUcsS0FBSyxFQUFHLEtBQUssdUJBQXVCLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxLQUFLLElBQUksS0FBSyxNQUFNLEVBQUU7WUFDL0k7QUFDRixnQkFBTSxTQUFTLEtBQTBDLEdBQUc7QUFDNUQsY0FBSSxRQUFRLFdBQVc7QUFDckIsa0JBQU0sSUFBSTtjQUNSLG1DQUFtQyxPQUFPLEtBQUssQ0FBQyxFQUFHLEtBQUssRUFBRyxLQUFLLFlBQVksT0FBTyxTQUFTLGlCQUFpQjtZQUMvRztBQUNGLGNBQUksUUFBUSxXQUFXLFlBQWEsUUFBTztjQUN0Q0EsT0FBSyxLQUFLLEtBQUssQ0FBQyxDQUFFO1FBQ3pCO01BQ0Y7QUFDQSxhQUFPLEVBQUUsTUFBQUEsT0FBTSxRQUFRO0lBQ3pCO0FBTU8sYUFBU0MsZUFDZHhGLFVBQ0EsWUFDQSxRQUNBLFFBQ1E7QUFDUixZQUFNc0YsU0FBT3RGLFNBQU87QUFDcEIsVUFBSSxVQUFVO0FBQ2QsVUFBSSxTQUFTO0FBQ2IsZUFBUyxPQUFPLEdBQUcsT0FBTyxLQUFNLFFBQVE7QUFDdEMsWUFBSSxRQUFxQyxDQUFDO0FBQzFDO1VBQ0U7VUFDQSxPQUFPO1lBQ0wsUUFBUTtZQUNSLEtBQUssR0FBR3NGLE1BQUksR0FBR3BDLFNBQVEsU0FBUyxDQUFDLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQyxVQUFVLFVBQVUsV0FBVyxNQUFNO1lBQ3RHLFFBQVEsT0FBTyxrQkFBa0IsVUFBVTtVQUM3QztVQUNBLENBQUMsUUFBUTtBQUNQLHFCQUFTLElBQUksV0FBVyxNQUFNLEtBQTZDLEdBQUcsR0FBRyxRQUFRLFdBQWMsQ0FBQztVQUMxRztRQUNGO0FBQ0EsWUFBSSxNQUFNLFdBQVcsRUFBRztBQUN4QixjQUFNLFNBQVMsTUFBTSxPQUFPLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxDQUFDO0FBQ2xELFlBQUksT0FBTztBQUNYO1VBQ0UsT0FBTztVQUNQLENBQUMsT0FBTztZQUNOLFFBQVE7WUFDUixLQUFLLEdBQUdvQyxNQUFJLEdBQUdwQyxTQUFRLFVBQVUsT0FBTyxDQUFDLEVBQUcsRUFBRSxDQUFDO1lBQy9DLFFBQVEsT0FBTyxvQkFBb0IsVUFBVTtVQUMvQztVQUNBLENBQUMsUUFBUTtBQUNQLGdCQUFJLElBQUksV0FBVyxPQUFPLElBQUksV0FBVyxJQUFLO1VBQ2hEO1FBQ0Y7QUFDQSxtQkFBVztBQUNYLGtCQUFVLE1BQU0sU0FBUztNQUMzQjtBQUNBLGFBQU87SUFDVDtBSnZXQSxRQUFNLGVBQWU7QUFDckIsUUFBTSxnQkFBZ0I7QUFFdEIsYUFBUyxNQUFNLFNBQXdCO0FBQ3JDLE1BQUF1QyxtQkFBQTFFLFFBQUssS0FBSyxNQUFNLE9BQU87QUFDdkIsWUFBTSxJQUFJLE1BQU0sT0FBTztJQUN6QjtBQUVBLGFBQVMsTUFBTSxTQUF1QjtBQUNwQyxZQUFNMkUsT0FBTSxHQUFHLE9BQU87QUFDdEIsWUFBTSxNQUFNQyxjQUFBM0QsUUFBSyxJQUFJMEQsTUFBSyxFQUFFLFNBQVMsZUFBZSxNQUFNLEVBQUUsT0FBTyxTQUFTLE1BQU0sNEJBQTRCLEVBQUUsQ0FBQztBQUNqSCxVQUFJLElBQUksV0FBVyxHQUFHO0FBQ3BCO1VBQ0UsbUNBQW1DQSxJQUFHLFVBQVUsYUFBYSxjQUFjLElBQUksU0FBUyxhQUFhO1FBQ3ZHO01BQ0Y7QUFDQSxVQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCO1VBQ0UsbUJBQW1CQSxJQUFHLGFBQWEsSUFBSSxNQUFNO1FBQy9DO01BQ0Y7SUFDRjtBQUVBLGFBQVM3QyxlQUFjN0MsVUFBZ0I0RixVQUF1QyxNQUFvQjtBQUNoRyxhQUFPQSxTQUFPLElBQUksS0FBSzVGLFNBQU8sTUFBTSxJQUFJLEVBQUU7SUFDNUM7QUFNQSxhQUFTNkYsT0FBTTdGLFVBQWdCNEYsVUFBdUMsTUFBb0I7QUFDeEYsVUFBSWhELE1BQUssTUFBTSxJQUFJLE1BQU0sRUFBRyxPQUFNLEdBQUdBLE1BQUssTUFBTSxXQUFXLElBQUkscUNBQXFDO0FBQ3BHLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSUEsTUFBSyxRQUFRLE1BQU0sR0FBR0MsZUFBYzdDLFVBQVE0RixVQUFRLElBQUksQ0FBQztBQUNyRixZQUFNLFNBQVNSLFlBQVdwRixVQUFRLE9BQU8sUUFBUTtBQUNqRCxVQUFJLENBQUMsT0FBTyxPQUFPO0FBQ2pCLGNBQU0sWUFBWSxHQUFHLEtBQUssWUFBWSxDQUFDO0FBQ3ZDLGNBQU0sUUFBUUEsU0FBTyxZQUNqQixlQUFlQSxTQUFPLFNBQVMsS0FDL0JBLFNBQU8sWUFDTCxHQUFHLFNBQVMsb0NBQW9DLElBQUksZUFDcEQsR0FBRyxTQUFTLGNBQWMsU0FBUztBQUN6QyxjQUFNLHFCQUFxQixJQUFJLFVBQVUsS0FBSyx3QkFBd0IsT0FBTyxNQUFNLFdBQVcsS0FBSyxHQUFHO01BQ3hHO0FBQ0EsYUFBTyxPQUFPO0lBQ2hCO0FBRUEsYUFBUyxZQUFZLFFBQW1CLE9BQWVBLFVBQXNCO0FBQzNFLFlBQU0sT0FBYSxDQUFDO0FBQ3BCLFlBQU0sWUFBa0IsQ0FBQztBQUN6QixlQUFTLElBQUksR0FBRyxJQUFJLGNBQWMsS0FBSztBQUNyQyxjQUFNLFVBQVUsT0FBTyxhQUFhO1VBQ2xDLE9BQU8sYUFBYSxLQUFLLElBQUksQ0FBQztVQUM5QixPQUFPO1VBQ1AsT0FBTztVQUNQLGVBQWU7UUFDakIsQ0FBQztBQUNELFlBQUksQ0FBQyxRQUFRLEtBQU0sT0FBTSxnREFBZ0QsUUFBUSxNQUFNLElBQUk7QUFDM0YsY0FBTSxVQUFVLE9BQU8sU0FBUyxRQUFRLEtBQUssRUFBRTtBQUMvQyxZQUFJLENBQUMsUUFBUSxLQUFNLE9BQU0sMERBQTBELFFBQVEsTUFBTSxJQUFJO0FBQ3JHLGtCQUFVLEtBQUssUUFBUSxLQUFLLEVBQUU7QUFDOUIsYUFBSyxLQUFLLFFBQVEsS0FBSyxNQUFNO01BQy9CO0FBQ0EsWUFBTSxXQUFXLEtBQUssSUFBSSxJQUFJQSxTQUFPLHFCQUFxQjtBQUMxRCxpQkFBVyxTQUFTLE1BQU07QUFDeEIsbUJBQVM7QUFDUCxnQkFBTSxNQUFNLE9BQU8sT0FBTyxLQUFLLEVBQUU7QUFDakMsY0FBSSxLQUFLLFdBQVcsWUFBYTtBQUNqQyxjQUFJLEtBQUssV0FBVyxTQUFVLE9BQU0sc0NBQXNDLElBQUksU0FBUyxpQkFBaUIsR0FBRztBQUMzRyxjQUFJLEtBQUssSUFBSSxJQUFJO0FBQ2Ysa0JBQU0sNkRBQTZEQSxTQUFPLGtCQUFrQixJQUFJO0FBQ2xHLFdBQUEsR0FBQThGLFlBQUEsT0FBTSxHQUFHO1FBQ1g7TUFDRjtBQUNBLGFBQU87SUFDVDtBQVFBLG1CQUFzQkMsbUJBQTBEO0FBQzlFLFlBQU0sUUFBdUMsQ0FBQztBQUM5QyxpQkFBVyxRQUFRakgsUUFBTztBQUN4QixZQUFJO0FBQ0YsZ0JBQU0sV0FBVyxNQUFNa0UsZ0JBQUFnRCxRQUFRLElBQUksR0FBRyxLQUFLLFlBQVksQ0FBQyxnQkFBZ0I7QUFDeEUsY0FBSSxTQUFVLE9BQU0sSUFBSSxJQUFJO1FBQzlCLFFBQVE7UUFFUjtNQUNGO0FBQ0EsYUFBTztJQUNUO0FBR0EsYUFBUyxjQUFjaEcsVUFBZ0I0RixVQUFnRDtBQUNyRixZQUFNLFFBQVFyRyxXQUFXa0csbUJBQUExRSxRQUFLLEtBQUssUUFBUSxhQUFhLENBQUMsQ0FBd0Q7QUFDakgsWUFBTSxTQUFrQixDQUFDO0FBQ3pCLGlCQUFXLFFBQVEsQ0FBQyxXQUFXLE9BQU8sR0FBWTtBQUNoRCxpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUk2QixNQUFLLE1BQU0sSUFBSSxHQUFHLEtBQUssR0FBRztBQUNyRCxpQkFBTyxLQUFLLEVBQUUsTUFBTSxHQUFHQSxNQUFLLFFBQVEsTUFBTSxHQUFHQyxlQUFjN0MsVUFBUTRGLFVBQVEsSUFBSSxDQUFDLEVBQUUsQ0FBQztNQUN2RjtBQUNBLGFBQU87SUFDVDtBQUdBLGFBQVMsT0FBTyxRQUEwQjtBQUN4QyxZQUFNLFNBQVMsb0JBQUksSUFBVztBQUM5QixpQkFBVyxRQUFRLENBQUMsV0FBVyxPQUFPLEdBQVk7QUFDaEQsY0FBTSxVQUFVLE9BQU8sT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLElBQUk7QUFDcEQsWUFBSSxRQUFRLFNBQVMsRUFBRyxRQUFPLElBQUksUUFBUSxDQUFDLENBQUUsRUFBRSxJQUFJLFFBQVEsUUFBUSxTQUFTLENBQUMsQ0FBRTtNQUNsRjtBQUNBLGFBQU8sQ0FBQyxHQUFHLE1BQU07SUFDbkI7QUFPQSxhQUFTLGVBQWU1RixVQUFnQixRQUF1QjtBQUM3RCxZQUFNLFVBQVUsS0FBSyxJQUFJO0FBQ3pCLFlBQU0sT0FBTyxNQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksV0FBVyxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ25FLFlBQU0sT0FBTyxxQkFBcUJBLFNBQU8sUUFBUSxPQUFPLDhCQUE4QixPQUFPLE1BQU07QUFDbkcsVUFBSUEsU0FBTyxRQUFRLGtCQUFrQixDQUFDQSxTQUFPLFFBQVEsUUFBUTtBQUMzRCxjQUFNLFVBQVUsT0FBTyxNQUFNO0FBQzdCLGNBQU0sSUFBSXFGLGVBQWNyRixVQUFRLE9BQU87QUFDdkMsWUFBSSxFQUFFLFdBQVcsUUFBUSxRQUFRO0FBQy9CLGtCQUFRLElBQUksR0FBRyxJQUFJLG9DQUFvQyxRQUFRLE1BQU0sd0JBQXdCLEtBQUssQ0FBQyxFQUFFO0FBQ3JHO1FBQ0Y7QUFDQSxnQkFBUTtVQUNOLGdFQUFnRSxRQUFRLFNBQVMsRUFBRSxNQUFNLE9BQU8sUUFBUSxNQUFNO1FBQ2hIO01BQ0Y7QUFDQSxZQUFNLElBQUlxRixlQUFjckYsVUFBUSxNQUFNO0FBQ3RDLGNBQVE7UUFDTixHQUFHLElBQUksS0FBSyxFQUFFLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEVBQUUsU0FBUyxnQkFBZ0IsRUFBRSxPQUFPLFdBQVcsRUFBRSxVQUFVLElBQUksS0FBSyxFQUFFLE9BQU8sb0RBQW9ELEVBQUUsS0FBSyxLQUFLLENBQUM7TUFDaE47SUFDRjtBQVNBLG1CQUFzQmlHLFlBQVdqRyxVQUFnQnpCLFlBQTBCLENBQUMsR0FBcUI7QUFDL0YsWUFBTXlCLFNBQU8sT0FBTztBQUNwQixZQUFNNEYsV0FBUyxNQUFNRyxpQkFBZ0I7QUFDckMsWUFBTUcsY0FBWSxJQUFJNUIsV0FBVXRFLFNBQU8sU0FBU0EsU0FBTyxXQUFXO0FBQ2xFLFlBQU0sU0FBUyxDQUFDO0FBQ2hCLGlCQUFXLFFBQVFsQixPQUFPLFFBQU8sSUFBSSxJQUFJK0csT0FBTTdGLFVBQVE0RixVQUFRLElBQUk7QUFDbkUsWUFBTSxRQUFRaEIsVUFBUztBQUN2QixZQUFNLFFBQVFZLGVBQWN4RixVQUFRLE9BQU8sT0FBTzBFLG1CQUFrQixDQUFDLFVBQVVNLFlBQVcsT0FBTyxPQUFPLEtBQUssQ0FBQztBQUM5RyxVQUFJLFFBQVEsRUFBRyxTQUFRLElBQUksa0JBQWtCLEtBQUssd0NBQXdDO0FBQzFGLFVBQUl6RyxVQUFRLFNBQVM7QUFDbkIsWUFBSTtBQUNGLHlCQUFleUIsVUFBUSxjQUFjQSxVQUFRNEYsUUFBTSxDQUFDO1FBQ3RELFNBQVMsT0FBTztBQUNkLGdCQUFNLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQztRQUM5RDtNQUNGO0FBQ0EsWUFBTSxrQkFBa0JySCxVQUFRLE9BQU8sWUFBWTJILFlBQVUsR0FBRyxPQUFPLE9BQU8sR0FBRyxPQUFPbEcsUUFBTSxJQUFJLENBQUM7QUFFbkcsYUFBTyxFQUFFLE9BQU8sUUFBUSxpQkFBaUIsY0FBYyxPQUFPLEtBQUs0RixRQUFNLEVBQUUsU0FBUyxFQUFFO0lBQ3hGO0FBR0EsbUJBQXNCTyxZQUFXbkcsVUFBZ0IsTUFBMEM7QUFDekYsVUFBSSxDQUFDLE1BQU0sU0FBUzRDLE1BQUssTUFBTSxVQUFVLEVBQUc7QUFDNUMsWUFBTWdELFdBQVMsTUFBTUcsaUJBQWdCO0FBRXJDLFlBQU0sRUFBRSxPQUFPLFNBQVMsSUFBSW5ELE1BQUssUUFBUSxTQUFTLEdBQUdnRCxTQUFPLFNBQVM1RixTQUFPLE1BQU0sTUFBTSxRQUFRO0FBQ2hHLFlBQU0sRUFBRSxNQUFNLElBQUlvRixZQUFXcEYsVUFBUSxPQUFPLFFBQVE7QUFDcEQsVUFBSSxDQUFDLE9BQU87QUFDVixnQkFBUTtVQUNOLGlDQUFpQyxLQUFLLG9EQUFvRCxLQUFLLEtBQUs7UUFDdEc7QUFDQTtNQUNGO0FBQ0EsWUFBTSxVQUFVd0YsZUFBY3hGLFVBQVEsT0FBTyxLQUFLLE9BQU8sQ0FBQyxVQUFVZ0YsWUFBVyxPQUFPLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDdkcsVUFBSSxVQUFVLEVBQUcsU0FBUSxJQUFJLHFCQUFxQixPQUFPLDZCQUE2QjtJQUN4RjtBTTlLQSxhQUFTLG1CQUE0QjtBQUNuQyxhQUFPLFNBQVM7SUFDbEI7QUFHTyxhQUFTb0IsY0FBYXBHLFVBQWdCLFdBQXVEO0FBQ2xHLFVBQUksQ0FBQyxpQkFBaUIsRUFBRyxRQUFPO0FBQ2hDLFlBQU0sUUFBUSxVQUFVO0FBR3hCLFlBQU0sWUFBWSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLFNBQVMsUUFBUSxDQUFDLENBQUM7QUFDakgsWUFBTSxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUs7QUFDN0IsVUFBSUEsU0FBTyxZQUFZO0FBQ3JCLGtCQUFVLFlBQVlpQyxtQkFBa0IsTUFBTSxTQUFTO0FBQ3ZELGNBQU07VUFDSixHQUFHSyxlQUFjO1lBQ2YsVUFBVXRDLFNBQU8sUUFBUTtZQUN6QixZQUFZQSxTQUFPLFFBQVE7WUFDM0IsZ0JBQWdCLE1BQU0sbUJBQW1CQSxTQUFPLFFBQVEsdUJBQXVCO1lBQy9FLGVBQWVBLFNBQU87VUFDeEIsQ0FBQztRQUNIO01BQ0Y7QUFDQSxVQUFJQSxTQUFPLGNBQWUsQ0FBQStDLGdCQUFlSCxPQUFNLE1BQU0sU0FBUzlELFFBQU9TLFdBQVUsU0FBUyxDQUFDO0FBQ3pGLGFBQU87UUFDTDtRQUNBLFlBQVksc0JBQXNCbUIsZ0JBQWUsS0FBSyxHQUFHLFNBQVM7O1FBRWxFLGNBQWMsR0FBRyxLQUFLLElBQUksSUFBSVYsU0FBTyxxQkFBcUIsRUFBRSxLQUFLQSxTQUFPLFFBQVEsVUFBVSxJQUFJLE1BQU0sRUFBRTtRQUN0RyxtQkFBbUJpQjtNQUNyQjtJQUNGO0FBTUEsYUFBUyxzQkFBc0IsWUFBMEIsV0FBbUQ7QUFDMUcsaUJBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsU0FBUyxHQUFHO0FBQ3hELFlBQUlOLGVBQWMsUUFBUSxFQUFHLFlBQVdGLFdBQVUsc0JBQXNCLEVBQUUsVUFBVSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUM7TUFDcEc7QUFDQSxhQUFPO0lBQ1Q7QUFFQSxhQUFTLFNBQVMsVUFBNkI7QUFDN0MsWUFBTSxFQUFFLFVBQVUsVUFBVSxRQUFRLElBQUksSUFBSTtBQU01QyxVQUFJLGFBQWEsY0FBZSxTQUFRLFlBQVksS0FBSyxNQUFNLFVBQVUsQ0FBQyxHQUFHLEtBQUssQ0FBQyxVQUFVLE1BQU0sU0FBUyxDQUFDO0FBQzdHLFVBQUksYUFBYSxrQkFBa0IsYUFBYSx1QkFBdUIsYUFBYTtBQUNsRixnQkFBUSxPQUFPLEtBQUs7QUFDdEIsYUFBTztJQUNUO0FBR08sYUFBU2pDLGtCQUFzQjtBQUNwQyxVQUFJd0IsUUFBVSxXQUFZLENBQUF4QixlQUFZd0IsUUFBVSxVQUFVO0lBQzVEO0FBTUEsYUFBUyx1QkFBNkI7QUFDcEMsVUFBSUEsUUFBVSxXQUFZLENBQUFxQyxTQUFRckMsUUFBVSxVQUFVO0lBQ3hEO0FBR0EsbUJBQXNCcEIsVUFBUyxNQUErQjtBQUM1RCwyQkFBcUI7QUFDckIsWUFBTXVILFlBQVduRyxTQUFXLElBQUk7SUFDbEM7QUN0R0EsUUFBQW1CLHFCQUFpQixRQUFBLGtCQUFBLEdBQUEsQ0FBQTtBQUNqQixRQUFBRSxtQkFBc0IsUUFBQSxnQkFBQSxHQUFBLENBQUE7QUNGZixhQUFTZ0YsU0FBUSxVQUFrQkMsVUFBa0M7QUFDMUUsVUFBSUEsU0FBTyxXQUFXLEVBQUcsT0FBTSxJQUFJLE1BQU0sMEJBQTBCO0FBQ25FLGlCQUFXLFNBQVNBLFNBQVEsS0FBSSxXQUFXLE1BQU0sT0FBUSxRQUFPLE1BQU07QUFDdEUsYUFBT0EsU0FBT0EsU0FBTyxTQUFTLENBQUMsRUFBRztJQUNwQztBQUVPLGFBQVNDLFFBQU8sUUFBK0M7QUFDcEUsVUFBSSxPQUFPLFdBQVcsRUFBRyxRQUFPO0FBQ2hDLFlBQU0sU0FBUyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQy9DLFlBQU0sTUFBTSxLQUFLLE1BQU0sT0FBTyxTQUFTLENBQUM7QUFDeEMsYUFBTyxPQUFPLFNBQVMsSUFBSSxPQUFPLEdBQUcsS0FBSyxPQUFPLE1BQU0sQ0FBQyxJQUFLLE9BQU8sR0FBRyxLQUFNO0lBQy9FO0FBR08sUUFBTUMsZ0JBQWU7QUFNckIsYUFBU0MsWUFBVyxZQUFvQixJQUFhLG1CQUEyQixTQUF5QjtBQUM5RyxhQUFPLE1BQU0sYUFBYSxZQUFZLG9CQUFvQixXQUFXRDtJQUN2RTtBRGRBLGFBQVNFLHNCQUE2QjtBQUNwQyxjQUFRLEtBQUssSUFBSSxJQUFJQyxtQkFBQTVGLFFBQUssU0FBUyxhQUFhO0lBQ2xEO0FBSUEsUUFBSTZGLGNBQWE7QUFHVixhQUFTQyxZQUFXUCxVQUFrQztBQUMzRCxNQUFBTSxjQUFhO0FBQ2IsWUFBTSxPQUFPUCxTQUFRSyxvQkFBbUIsR0FBR0osUUFBTTtBQUNqRCxNQUFBSyxtQkFBQTVGLFFBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixhQUFPO0lBQ1Q7QUFTTyxhQUFTK0YsWUFDZCxZQUNBUixVQUNBLFdBQ0EsVUFDQSxVQUFVLElBQ0g7QUFDUCxZQUFNLFFBQVEsSUFBSVMsaUJBQUEsTUFBTSxVQUFVO0FBQ2xDLFlBQU0sbUJBQTZCLENBQUM7QUFDcEMsVUFBSTtBQUNKLE1BQUE3QyxpQkFBZ0IsQ0FBQyxXQUFXLFlBQVksT0FBTztBQUM3QyxZQUFJLENBQUMwQyxZQUFZO0FBQ2pCLGNBQU0sUUFBUVAsU0FBUUssb0JBQW1CLEdBQUdKLFFBQU07QUFDbEQsUUFBQUssbUJBQUE1RixRQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsWUFBSSxVQUFVLFdBQVc7QUFDdkIsY0FBSSxHQUFJLGtCQUFpQixLQUFLLFVBQVU7QUFDeEMsNEJBQWtCO1FBQ3BCLFdBQVcsU0FBUyxTQUFTLEtBQUssR0FBRztBQUNuQyw4QkFBb0J3RixRQUFPLGdCQUFnQjtBQUMzQyxjQUFJLG9CQUFvQixPQUFXLE9BQU0sSUFBSUUsWUFBVyxZQUFZLElBQUksaUJBQWlCLE9BQU8sQ0FBQztRQUNuRztNQUNGLENBQUM7QUFDRCxhQUFPO0lBQ1Q7QUU5RE8sYUFBU08sV0FBVS9ILE9BQXNCO0FBQzlDLGFBQU9BLE1BQUs7UUFDVjtRQUNBLENBQUMsT0FBTyxFQUFFLEtBQUssU0FBUyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDO01BQ3JGO0lBQ0Y7QUFHTyxhQUFTZ0ksb0JBQW1CaEksT0FBc0I7QUFDdkQsYUFBT0EsTUFDSixRQUFRLE9BQU8sS0FBSyxFQUNwQixRQUFRLFlBQVksR0FBRyxFQUN2QixRQUFRLE1BQU0sTUFBTSxFQUNwQixRQUFRLE1BQU0sTUFBTTtJQUN6QjtBQVFPLGFBQVNpSSxjQUFhakksT0FBY1YsWUFBZ0MsRUFBRSxTQUFTLEtBQUssR0FBVztBQUNwRyxZQUFNLFVBQVVVLE1BQUssUUFBUSxZQUFZLEdBQUc7QUFDNUMsWUFBTSxPQUFPVixVQUFRLFVBQVUsUUFBUSxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQy9ELFlBQU0sYUFBYSxLQUFLLElBQUksR0FBRyxJQUFJLEtBQUssTUFBTSxLQUFLLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksTUFBTSxDQUFDO0FBQ3BGLFlBQU0sUUFBUSxJQUFJLE9BQU8sYUFBYSxDQUFDO0FBQ3ZDLFlBQU0sTUFBTSxLQUFLLFdBQVcsR0FBRyxLQUFLLEtBQUssU0FBUyxHQUFHLElBQUksTUFBTTtBQUMvRCxhQUFPLEdBQUcsS0FBSyxHQUFHLEdBQUcsR0FBRyxJQUFJLEdBQUcsR0FBRyxHQUFHLEtBQUs7SUFDNUM7QUNPTyxhQUFTLE9BQU80SSxhQUE0QjtBQUNqRCxhQUFPLDhCQUE4QixLQUFLQSxXQUFVLElBQUksQ0FBQyxLQUFLQTtJQUNoRTtBQUVBLGFBQVNDLFFBQU8sUUFBZ0MsTUFBb0M7QUFDbEYsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixVQUFJLFNBQVMsVUFBVSxPQUFPLFNBQVMsT0FBUSxRQUFPO0FBQ3RELFVBQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsYUFBTyxPQUFPLFNBQVMsV0FBVyxPQUFPLGFBQWEsU0FBUyxPQUFPO0lBQ3hFO0FBR08sYUFBU0MsZUFBYyxNQUFtQztBQUMvRCxZQUFNLE9BQXVCLENBQUM7QUFDOUIsaUJBQVcsQ0FBQyxRQUFRLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQ2pFLG1CQUFXLENBQUNGLGFBQVksTUFBTSxLQUFLLE9BQU8sUUFBUSxPQUFPLGNBQWMsQ0FBQyxDQUFDLEdBQUc7QUFDMUUsZ0JBQU0sT0FBTyxPQUFPQSxXQUFVO0FBQzlCLGdCQUFNLFdBQVcsT0FBTyxTQUFTLElBQUk7QUFDckMsZUFBSyxLQUFLO1lBQ1I7WUFDQSxZQUFBQTtZQUNBLElBQUksT0FBTztZQUNYO1lBQ0EsVUFBVSxPQUFPLGFBQWEsWUFBWSxPQUFPLFNBQVMsUUFBUSxJQUFJLFdBQVc7WUFDakYsTUFBTUMsUUFBTyxRQUFRLElBQUk7VUFDM0IsQ0FBQztRQUNIO01BQ0Y7QUFDQSxhQUFPLEtBQUssS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLEVBQUUsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7SUFDNUY7QUFFQSxRQUFNLGFBQWE7QUFHWixhQUFTRSxjQUFhLE1BQWtDO0FBQzdELFlBQU0sT0FBTyxvQkFBSSxJQUF5QjtBQUMxQyxZQUFNLE1BQU0sQ0FBQyxhQUFxQjtBQUNoQyxZQUFJLElBQUksS0FBSyxJQUFJLFFBQVE7QUFDekIsWUFBSSxDQUFDLEdBQUc7QUFDTixjQUFJLEVBQUUsVUFBVSxVQUFVLEdBQUcsS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFdBQVcsS0FBSztBQUN6RixlQUFLLElBQUksVUFBVSxDQUFDO1FBQ3RCO0FBQ0EsZUFBTztNQUNUO0FBQ0EsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sUUFBUSxXQUFXLEtBQUssSUFBSTtBQUNsQyxZQUFJLENBQUMsTUFBTztBQUNaLGNBQU0sQ0FBQyxFQUFFaEMsUUFBTSxRQUFRLElBQUk7QUFDM0IsY0FBTSxJQUFJLE9BQU8sVUFBVSxDQUFDO0FBQzVCLFlBQUlBLFdBQVMscUJBQXFCO0FBQ2hDLGlCQUFPLE9BQU8sSUFBSSxRQUFRLEdBQUc7WUFDM0IsVUFBVSxFQUFFLFNBQVM7WUFDckIsS0FBSyxFQUFFLE9BQU87WUFDZCxLQUFLLEVBQUUsT0FBTyxLQUFLO1lBQ25CLEtBQUssRUFBRSxPQUFPLEtBQUs7WUFDbkIsS0FBSyxFQUFFLE9BQU87VUFDaEIsQ0FBQztRQUNILFdBQVdBLFdBQVMsbUJBQW1CO0FBQ3JDLGNBQUksUUFBUSxFQUFFLFlBQVksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE9BQU87UUFDbEU7TUFDRjtBQUNBLGFBQU8sQ0FBQyxHQUFHLEtBQUssT0FBTyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsY0FBYyxFQUFFLFFBQVEsQ0FBQztJQUMvRTtBQWtCQSxRQUFNLHFCQUFxQjtBQU9wQixhQUFTaUMsbUJBQ2QsTUFDQSx1QkFBK0MsQ0FBQyxHQUNoQztBQUNoQixZQUFNLFlBQTBCLENBQUM7QUFDakMsaUJBQVcsQ0FBQyxNQUFNLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxHQUFHO0FBQy9ELGNBQU0sV0FBVyxtQkFBbUIsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNsRCxZQUFJLGFBQWEsT0FBVztBQUM1QixjQUFNQyxjQUFhLE9BQU8sUUFBUSxTQUFTO0FBQzNDLGNBQU0sZUFBZSxxQkFBcUIsUUFBUTtBQUNsRCxjQUFNLFFBQVEsT0FBTyxLQUFLLE9BQU8sY0FBYyxDQUFDLENBQUMsRUFDOUMsSUFBSSxDQUFDTCxnQkFBZSw2QkFBNkIsS0FBS0EsV0FBVSxJQUFJLENBQUMsQ0FBQyxFQUN0RSxLQUFLLENBQUMsTUFBTSxNQUFNLE1BQVM7QUFDOUIsa0JBQVUsS0FBSztVQUNiO1VBQ0EsWUFBQUs7VUFDQSxVQUFVLGlCQUFpQixTQUFZLE9BQU9BLGNBQWE7VUFDM0QsU0FBUyxVQUFVLFNBQVksT0FBTyxPQUFPLEtBQUs7UUFDcEQsQ0FBQztNQUNIO0FBQ0EsWUFBTSxRQUFRQyxhQUFZLE1BQU0sc0JBQXNCLE9BQU87QUFDN0QsVUFBSSxVQUFVLFdBQVcsS0FBSyxVQUFVLEtBQU0sUUFBTztBQUNyRCxnQkFBVSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsU0FBUyxjQUFjLEVBQUUsUUFBUSxDQUFDO0FBQzdELFlBQU0sYUFBYSxTQUFTLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksWUFBWSxDQUFDO0FBQ2xGLFlBQU0sUUFDSixVQUFVLE9BQU8sQ0FBQyxLQUFLLFFBQVEsTUFBTSxJQUFJLFlBQVksQ0FBQyxNQUFNLGNBQzVELFVBQVUsTUFBTSxDQUFDLFFBQVEsSUFBSSxhQUFhLElBQUk7QUFDaEQsYUFBTyxFQUFFLFlBQVksVUFBVSxRQUFRLFVBQVUsT0FBTyxDQUFDLEtBQUssUUFBUSxNQUFNLElBQUksVUFBVyxDQUFDLElBQUksTUFBTSxVQUFVO0lBQ2xIO0FBR08sYUFBU0Msa0JBQWlCLFNBQXdDO0FBQ3ZFLFVBQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsVUFBSSxRQUFRLGVBQWU7QUFDekIsZUFBTztBQUNULFlBQU0sT0FDSixRQUFRLGFBQWEsT0FDakIsbUJBQW1CQyxhQUFZLFFBQVEsWUFBWSxPQUFPLENBQUMsZ0JBQzNELEdBQUdBLGFBQVksUUFBUSxVQUFVLE9BQU8sQ0FBQyxXQUFXLFFBQVEsYUFBYSxJQUFJLEtBQUssR0FBRztBQUMzRixhQUFPLHVCQUF1QixJQUFJLHNCQUFzQkEsYUFBWSxRQUFRLFlBQVksT0FBTyxDQUFDO0lBQ2xHO0FBR08sYUFBU0MsYUFBWSxLQUF5QjtBQUNuRCxZQUFNLFdBQ0osSUFBSSxhQUFhLE9BQU8sS0FBSyxLQUFLRCxhQUFZLElBQUksVUFBVSxPQUFPLENBQUMsV0FBVyxJQUFJLGFBQWEsSUFBSSxLQUFLLEdBQUc7QUFDOUcsWUFBTSxVQUFVLElBQUksWUFBWSxPQUFPLGdCQUFnQixhQUFhQSxhQUFZLElBQUksU0FBUyxPQUFPLENBQUM7QUFDckcsYUFBTyxHQUFHQSxhQUFZLElBQUksWUFBWSxPQUFPLENBQUMsYUFBYSxJQUFJLGVBQWUsSUFBSSxLQUFLLEdBQUcsb0JBQW9CLFFBQVEsR0FBRyxPQUFPO0lBQ2xJO0FBR08sYUFBU0EsYUFBWSxPQUFrQyxNQUFvQztBQUNoRyxVQUFJLFVBQVUsUUFBUSxVQUFVLFVBQWEsQ0FBQyxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDN0UsVUFBSSxTQUFTLFVBQVcsUUFBTyxJQUFJLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUMxRCxVQUFJLFNBQVMsTUFBTTtBQUNqQixZQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBUSxRQUFPLElBQUksUUFBUSxLQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFlBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxJQUFNLFFBQU8sSUFBSSxRQUFRLEtBQU0sUUFBUSxDQUFDLENBQUM7QUFDaEUsZUFBTyxHQUFHLE1BQU0sUUFBUSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUM7TUFDN0M7QUFDQSxVQUFJLFNBQVM7QUFDWCxlQUFPLEtBQUssTUFBTSxLQUFLLEVBQ3BCLFNBQVMsRUFDVCxRQUFRLHlCQUF5QixHQUFHO0FBQ3pDLGFBQU8sS0FBSyxJQUFJLEtBQUssS0FBSyxNQUFNLE1BQU0sY0FBYyxDQUFDLElBQUksT0FBTyxLQUFLLE1BQU0sUUFBUSxHQUFJLElBQUksR0FBSTtJQUNqRztBQUVPLGFBQVNGLGFBQVksTUFBbUIsUUFBZ0IsTUFBNkI7QUFDMUYsWUFBTSxRQUFRLEtBQUssVUFBVSxNQUFNLEdBQUcsU0FBUyxJQUFJO0FBQ25ELGFBQU8sT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUssSUFBSSxRQUFRO0lBQ3ZFO0FBV08sYUFBU0ksaUJBQWdCLE1BQTJDO0FBQ3pFLFVBQUksQ0FBQyxLQUFLLFNBQVMsb0JBQW9CLENBQUMsS0FBSyxTQUFTLG1CQUFvQixRQUFPO0FBQ2pGLGFBQU87UUFDTCxnQkFBZ0JKLGFBQVksTUFBTSxvQkFBb0IsS0FBSztRQUMzRCxpQkFBaUJBLGFBQVksTUFBTSxzQkFBc0IsT0FBTztRQUNoRSwwQkFBMEJBLGFBQVksTUFBTSxtQ0FBbUMsS0FBSztRQUNwRixpQkFBaUJBLGFBQVksTUFBTSwwQkFBMEIsT0FBTyxLQUFLO01BQzNFO0lBQ0Y7QUFHTyxhQUFTSyxlQUFjLFdBQTJDO0FBQ3ZFLFVBQUksQ0FBQyxhQUFjLFVBQVUsbUJBQW1CLFFBQVEsVUFBVSxvQkFBb0I7QUFDcEYsZUFBTztBQUNULFlBQU0sU0FBUyxVQUFVO0FBQ3pCLGFBQU87UUFDTCwrQ0FBK0NILGFBQVksVUFBVSxnQkFBZ0IsT0FBTyxDQUFDO1FBQzdGLFdBQVdBLGFBQVksVUFBVSxpQkFBaUIsT0FBTyxDQUFDO1FBQzFELEdBQUksV0FBVyxPQUFPLENBQUMsSUFBSSxDQUFDLGlCQUFpQkEsYUFBWSxRQUFRLE9BQU8sQ0FBQyxTQUFTO1FBQ2xGLG1CQUFtQixVQUFVLGVBQWU7TUFDOUMsRUFBRSxLQUFLLElBQUk7SUFDYjtBQUVPLFFBQU1JLGlCQUFnQixDQUFDLFNBQThCRCxlQUFjRCxpQkFBZ0IsSUFBSSxDQUFDO0FDbE54RixRQUFNLHlCQUF5QjtBQXVNL0IsYUFBU0csY0FDZCxNQUNBLE1BQ0EsdUJBQStDLENBQUMsR0FDdkM7QUFDVCxZQUFNLGFBQWFYLGVBQWMsSUFBSSxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsWUFBQUYsYUFBWSxJQUFJLFVBQVUsS0FBSyxPQUFPO1FBQzFGO1FBQ0EsWUFBQUE7UUFDQTtRQUNBO1FBQ0E7TUFDRixFQUFFO0FBQ0YsYUFBTztRQUNMLGdCQUFnQjtRQUNoQixLQUFLLEVBQUUsR0FBRyxNQUFNLGFBQWEsS0FBSyxPQUFPLHFCQUFxQixLQUFLO1FBQ25FLFNBQVMsV0FBVyxNQUFNLENBQUMsTUFBTSxFQUFFLEVBQUUsSUFBSSxXQUFXO1FBQ3BEO1FBQ0EsV0FBV0csY0FBYSxJQUFJO1FBQzVCLFNBQVNDLG1CQUFrQixNQUFNLG9CQUFvQjtRQUNyRCxTQUFTLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxXQUFXLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN6RyxXQUFXTSxpQkFBZ0IsSUFBSTtNQUNqQztJQUNGO0FBR08sYUFBU1QsU0FBTyxXQUFtRDtBQUN4RSxVQUFJLFVBQVUsS0FBTSxRQUFPLFVBQVU7QUFDckMsVUFBSSxVQUFVLFdBQVcsV0FBVyxNQUFNLEVBQUcsUUFBTztBQUNwRCxhQUFPLGVBQWUsS0FBSyxVQUFVLE1BQU0sSUFBSSxPQUFPO0lBQ3hEO0FDOU9BLGFBQVMsY0FBYyxPQUFlLEdBQTZCO0FBQ2pFLFlBQU0sT0FBT0osV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxFQUFFO0FBQ3BELFlBQU0sV0FDSixFQUFFLGFBQWEsUUFBUSxFQUFFLFNBQVMsaUJBQWlCLEVBQUUsTUFBTSxLQUFLLFlBQVlXLGFBQVksRUFBRSxVQUFVUCxTQUFPLENBQUMsQ0FBQyxDQUFDO0FBQ2hILFlBQU03QixRQUFPLDRCQUE0QixLQUFLLFdBQVcsSUFBSTtBQUM3RCxVQUFJLEVBQUUsR0FBSSxRQUFPLEdBQUdBLEtBQUksZUFBZXlCLFdBQVUsUUFBUSxDQUFDO0FBQzFELGFBQU8sR0FBR3pCLEtBQUk7MEJBQTZCeUIsV0FBVSxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsVUFBVSxZQUFZLFFBQVEsRUFBRSxDQUFDLHNCQUFzQkEsV0FBVSxRQUFRLENBQUM7O0lBQ2xKO0FBRUEsYUFBUyxVQUFVLE9BQWUsU0FBMEI7QUFDMUQsWUFBTSxTQUFTQSxXQUFVLFFBQVEsSUFBSSxrQkFBa0IsMkJBQTJCO0FBQ2xGLGFBQU8sNEJBQTRCLEtBQUs7d0JBQW9ELE1BQU0sZUFBZSxNQUFNOztJQUN6SDtBQUVPLGFBQVNpQixhQUFZLFNBQTBCO0FBQ3BELFlBQU0sT0FBTyxRQUFRO0FBQ3JCLFlBQU0sV0FBVyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFFM0MsWUFBTSxTQUFTLFFBQVEsSUFBSSxZQUFZLFdBQVcsUUFBUSxJQUFJLFlBQVksZ0JBQWdCLElBQUk7QUFDOUYsWUFBTSxRQUFRLEtBQUssU0FBUztBQUM1QixZQUFNMUgsYUFBWSxRQUFRLElBQUksZUFBZSxLQUFLLEtBQU0sUUFBUSxDQUFDO0FBQ2pFLFlBQU0sUUFBUXlHLFdBQVUsZUFBZSxRQUFRLElBQUksUUFBUSxFQUFFO0FBQzdELFlBQU0sUUFBUSxDQUFDLEdBQUksU0FBUyxDQUFDLFVBQVUsT0FBTyxPQUFPLENBQUMsSUFBSSxDQUFDLEdBQUksR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLGNBQWMsT0FBTyxDQUFDLENBQUMsQ0FBQztBQUMxRyxhQUFPO1FBQ0w7UUFDQSx5Q0FBeUMsS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLFdBQVd6RyxRQUFPO1FBQzFHLHNCQUFzQixLQUFLLFlBQVksS0FBSyxlQUFlLFFBQVEsYUFBYSxNQUFNLHVCQUF1QkEsUUFBTztRQUNwSCxHQUFHO1FBQ0g7UUFDQTtRQUNBO01BQ0YsRUFBRSxLQUFLLElBQUk7SUFDYjtBQ2pDQSxhQUFTLGVBQWUsTUFBb0M7QUFDMUQsYUFBTztRQUNMO1FBQ0E7UUFDQSxHQUFHLEtBQUs7VUFDTixDQUFDLE1BQ0MsS0FBSyxFQUFFLEtBQUssTUFBTSxHQUFHLE1BQU0yRyxjQUFhLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxNQUFNUyxhQUFZLEVBQUUsVUFBVVAsU0FBTyxDQUFDLENBQUMsQ0FBQztRQUNsSDtNQUNGO0lBQ0Y7QUFFTyxhQUFTYyxnQkFBZSxTQUEwQjtBQUN2RCxZQUFNLE9BQU8sUUFBUTtBQUNyQixZQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRTtBQUN2QyxZQUFNLFNBQVMsS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUU7QUFFdEMsWUFBTSxVQUNKLEtBQUssV0FBVyxJQUNaLGtCQUNBLE9BQU8sU0FBUyxJQUNkLEtBQUssT0FBTyxNQUFNLE9BQU8sS0FBSyxNQUFNLHVCQUNwQyxRQUFRLFlBQVksaUJBQ2xCLHVCQUF1QixLQUFLLE1BQU0sK0RBQ2xDLFNBQVMsS0FBSyxNQUFNO0FBQzlCLFlBQU0sUUFBUSxDQUFDLGtCQUFrQmhCLGNBQWEsUUFBUSxJQUFJLFVBQVUsRUFBRSxTQUFTLE1BQU0sQ0FBQyxDQUFDLEtBQUssT0FBTyxJQUFJLEVBQUU7QUFDekcsVUFBSSxPQUFPLFNBQVMsRUFBRyxPQUFNLEtBQUssR0FBRyxlQUFlLE1BQU0sR0FBRyxFQUFFO0FBQy9ELFVBQUksT0FBTyxTQUFTLEdBQUc7QUFFckIsY0FBTTtVQUNKO1VBQ0EsWUFBWSxPQUFPLE1BQU0sb0JBQW9CLE9BQU8sV0FBVyxJQUFJLEtBQUssR0FBRztVQUMzRTtVQUNBLEdBQUcsZUFBZSxNQUFNO1VBQ3hCO1VBQ0E7VUFDQTtRQUNGO01BQ0Y7QUFDQSxZQUFNLFlBQVksUUFBUTtBQUMxQixVQUFJLFVBQVUsU0FBUyxHQUFHO0FBQ3hCLGNBQU0sS0FBSyw0REFBNEQscUNBQXFDO0FBQzVHLG1CQUFXLEtBQUssV0FBVztBQUN6QixnQkFBTTtZQUNKLEtBQUtELG9CQUFtQixFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsUUFBUSxNQUFNVSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQU1BLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFBTUEsYUFBWSxFQUFFLFdBQVcsU0FBUyxDQUFDO1VBQ3ROO1FBQ0Y7QUFDQSxjQUFNLEtBQUssRUFBRTtNQUNmO0FBQ0EsWUFBTSxVQUFVLFFBQVEsV0FBVztBQUNuQyxZQUFNLFNBQVNELGtCQUFpQixPQUFPO0FBQ3ZDLFVBQUksT0FBUSxPQUFNLEtBQUssR0FBRyxRQUFTLGFBQWEsSUFBSSxRQUFRLEVBQUUsR0FBR1Qsb0JBQW1CLE1BQU0sQ0FBQyxJQUFJLEVBQUU7QUFDakcsVUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsY0FBTSxLQUFLLGdGQUFnRixzQkFBc0I7QUFDakgsbUJBQVcsT0FBTyxRQUFRLFdBQVc7QUFDbkMsZ0JBQU07WUFDSixLQUFLQSxvQkFBbUIsSUFBSSxRQUFRLENBQUMsTUFBTVUsYUFBWSxJQUFJLFlBQVksT0FBTyxDQUFDLE1BQU0sSUFBSSxhQUFhLE9BQU8sUUFBUUEsYUFBWSxJQUFJLFVBQVUsT0FBTyxDQUFDLE1BQU0sSUFBSSxZQUFZLE9BQU8sY0FBY0EsYUFBWSxJQUFJLFNBQVMsT0FBTyxDQUFDO1VBQ3JPO1FBQ0Y7QUFDQSxjQUFNLEtBQUssRUFBRTtNQUNmO0FBQ0EsWUFBTSxLQUFLVixvQkFBbUJhLGVBQWMsUUFBUSxTQUFTLENBQUMsR0FBRyxFQUFFO0FBQ25FLGFBQU8sTUFBTSxLQUFLLElBQUk7SUFDeEI7QUNyREEsUUFBTSxXQUFXLG9CQUFJLElBQUk7TUFDdkI7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO01BQ0E7TUFDQTtNQUNBO0lBQ0YsQ0FBQztBQUNELFFBQU0sV0FBVyxDQUFDLFNBQ2hCLENBQUMsS0FBSyxTQUFTLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsS0FBSyxJQUFJO0FBRTFGLGFBQVMsTUFBTSxPQUFnQjtBQUM3QixZQUFNLE9BQU8sQ0FBQyxTQUFpQixDQUFDN0ksVUFBa0IsUUFBUSxRQUFVLElBQUksSUFBSUEsS0FBSSxZQUFjQTtBQUM5RixhQUFPLEVBQUUsS0FBSyxLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssRUFBRSxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxLQUFLLENBQUMsRUFBRTtJQUN2RTtBQUVPLGFBQVNrSixhQUNkLE1BQ0E1SixXQUNRO0FBQ1IsWUFBTSxJQUFJLE1BQU1BLFVBQVEsS0FBSztBQUM3QixZQUFNLFFBQWtCLENBQUM7QUFDekIsWUFBTSxhQUFhOEksZUFBYyxJQUFJO0FBQ3JDLFlBQU0sU0FBUyxXQUFXLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUU7QUFDL0MsWUFBTTtRQUNKLEVBQUU7VUFDQSxlQUFlOUksVUFBUSxRQUFRLEtBQUssV0FBVyxXQUFXLElBQUksa0JBQWtCLFdBQVcsSUFBSSxFQUFFLE1BQU0sT0FBTyxXQUFXLE1BQU0sb0JBQW9CLElBQUksRUFBRSxJQUFJLEdBQUcsTUFBTSxPQUFPLFdBQVcsTUFBTSxvQkFBb0IsQ0FBQztRQUNyTjtNQUNGO0FBQ0EsWUFBTSxLQUFLLElBQUksRUFBRSxLQUFLLFlBQVksQ0FBQztBQUNuQyxpQkFBVyxLQUFLLFlBQVk7QUFDMUIsY0FBTSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sR0FBRyxJQUFJLEVBQUUsSUFBSSxHQUFHO0FBQzVDLGNBQU0sS0FBSyxLQUFLLElBQUksSUFBSSxFQUFFLE1BQU0sSUFBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLElBQUksVUFBVSxDQUFDLElBQUlvSixhQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFO01BQzdHO0FBQ0EsWUFBTSxZQUFZTCxjQUFhLElBQUk7QUFDbkMsVUFBSSxVQUFVLFNBQVMsR0FBRztBQUN4QixjQUFNLFFBQVEsS0FBSyxJQUFJLElBQUksR0FBRyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFDckUsY0FBTTtVQUNKO1VBQ0EsRUFBRTtZQUNBLEdBQUcsWUFBWSxPQUFPLFFBQVEsQ0FBQyxDQUFDLElBQUksV0FBVyxTQUFTLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxRQUFRLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDO1VBQzFJO1FBQ0Y7QUFDQSxtQkFBVyxLQUFLLFdBQVc7QUFDekIsZ0JBQU0sT0FBTyxDQUFDLE1BQXFCSyxhQUFZLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQztBQUNsRSxnQkFBTTtZQUNKLEtBQUssRUFBRSxTQUFTLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLENBQUMsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEtBQUssRUFBRSxHQUFHLENBQUMsSUFBSUEsYUFBWSxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsQ0FBQyxDQUFDO1VBQ2hMO1FBQ0Y7TUFDRjtBQUNBLFlBQU0sVUFBVUosbUJBQWtCLE1BQU1oSixVQUFRLG9CQUFvQjtBQUNwRSxZQUFNLFNBQVNtSixrQkFBaUIsT0FBTztBQUN2QyxVQUFJLE9BQVEsT0FBTSxLQUFLLEtBQUssUUFBUyxhQUFhLElBQUksRUFBRSxJQUFJLE1BQU0sSUFBSSxNQUFNLEVBQUU7QUFDOUUsVUFBSSxXQUFXLFFBQVEsVUFBVSxTQUFTLEdBQUc7QUFDM0MsY0FBTSxLQUFLLElBQUksRUFBRSxLQUFLLDRFQUE0RSxDQUFDO0FBQ25HLGNBQU0sUUFBUSxLQUFLLElBQUksSUFBSSxHQUFHLFFBQVEsVUFBVSxJQUFJLENBQUMsUUFBUSxJQUFJLFNBQVMsTUFBTSxDQUFDO0FBQ2pGLG1CQUFXLE9BQU8sUUFBUSxVQUFXLE9BQU0sS0FBSyxLQUFLLElBQUksU0FBUyxPQUFPLEtBQUssQ0FBQyxJQUFJRSxhQUFZLEdBQUcsQ0FBQyxFQUFFO01BQ3ZHO0FBQ0EsWUFBTXJILFlBQVcsS0FBSyxPQUFPLHFCQUFxQixLQUFLO0FBQ3ZELFlBQU0sV0FBV2tILGFBQVksTUFBTSxhQUFhLE9BQU87QUFDdkQsWUFBTSxhQUFhQSxhQUFZLE1BQU0sY0FBYyxPQUFPO0FBQzFELFlBQU0sS0FBSyxJQUFJLEVBQUUsS0FBSyxZQUFZLENBQUM7QUFDbkMsWUFBTTtRQUNKLEtBQUtFLGFBQVksWUFBWSxHQUFHLE9BQU8sQ0FBQyxjQUFjcEgsV0FBVSxLQUFLLGFBQWEsUUFBUSxXQUFXQSxVQUFTLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUW9ILGFBQVksY0FBYyxHQUFHLE9BQU8sQ0FBQyxrQkFBa0JwSCxTQUFRLFFBQVEsQ0FBQyxDQUFDO01BQ25OO0FBQ0EsWUFBTSxLQUFLLGFBQWFvSCxhQUFZRixhQUFZLE1BQU0sbUJBQW1CLE1BQU0sR0FBRyxTQUFTLENBQUMscUJBQXFCO0FBQ2pILFlBQU0sU0FBU0EsYUFBWSxNQUFNLFVBQVUsTUFBTTtBQUNqRCxZQUFNO1FBQ0osYUFBYUUsYUFBWSxRQUFRLFNBQVMsQ0FBQyxZQUFZQSxhQUFZRixhQUFZLE1BQU0sVUFBVSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU9FLGNBQWFGLGFBQVksTUFBTSxVQUFVLFFBQVEsS0FBSyxNQUFNQSxhQUFZLE1BQU0sVUFBVSxPQUFPLEtBQUssSUFBSSxPQUFPLENBQUM7TUFDM087QUFDQSxZQUFNLFNBQVMsT0FBTyxLQUFLLEtBQUssV0FBVyxDQUFDLENBQUMsRUFDMUMsT0FBTyxRQUFRLEVBQ2YsS0FBSztBQUNSLFVBQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsY0FBTSxLQUFLLElBQUksRUFBRSxLQUFLLGdCQUFnQixDQUFDO0FBQ3ZDLG1CQUFXLFFBQVEsUUFBUTtBQUN6QixnQkFBTSxJQUFJLEtBQUssUUFBUSxJQUFJO0FBQzNCLGdCQUFNLElBQUksRUFBRTtBQUNaLGdCQUFNLE9BQU8sRUFBRSxhQUFhLFNBQVMsT0FBTztBQUM1QyxnQkFBTXhJLFFBQ0osRUFBRSxTQUFTLFVBQ1AsT0FBTzBJLGFBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxTQUFTQSxhQUFZLEVBQUUsT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTQSxhQUFZLEVBQUUsS0FBSyxJQUFJLENBQUMsS0FDdEcsRUFBRSxTQUFTLFNBQ1RBLGFBQVksRUFBRSxNQUFNLFNBQVMsSUFDN0JBLGFBQVksRUFBRSxTQUFTLEVBQUUsT0FBTyxPQUFPO0FBQy9DLGdCQUFNLEtBQUssS0FBSyxLQUFLLE9BQU8sS0FBSyxJQUFJLElBQUksR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJMUksS0FBSSxFQUFFO1FBQ3JGO01BQ0Y7QUFDQSxZQUFNLEtBQUssSUFBSSxLQUFLOEksZUFBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQzdDLGFBQU8sTUFBTSxLQUFLLElBQUk7SUFDeEI7QUM5R0EsUUFBTSxTQUFTLENBQUMsVUFBK0IsUUFBUSxRQUFRO0FBU3hELGFBQVNLLG1CQUFrQixNQUFtQjtBQUNuRCxhQUFPLFNBQVM5SixnQkFBYyxNQUEyQztBQUN2RSxjQUFNLE1BQThCO1VBQ2xDLFFBQVE2SixhQUFZLE1BQU07WUFDeEIsVUFBVSxLQUFLO1lBQ2YsT0FBTyxLQUFLLE9BQU8sZ0JBQWdCO1lBQ25DLHNCQUFzQixLQUFLO1VBQzdCLENBQUM7UUFDSDtBQUNBLGNBQU0sTUFBTSxNQUFNO0FBQ2xCLFlBQUksS0FBSztBQUNQLGdCQUFNLFVBQVVIO1lBQ2Q7WUFDQTtjQUNFLFVBQVUsS0FBSztjQUNmLFNBQVMsT0FBTyxNQUFNLFdBQVcsS0FBSyxLQUFLLFdBQVc7Y0FDdEQsUUFBUSxPQUFPLE1BQU0sVUFBVSxLQUFLLE9BQU8sTUFBTSxRQUFRO2NBQ3pELFlBQVksT0FBTyxNQUFNLGNBQWM7Y0FDdkMsWUFBWSxPQUFPLE1BQU0sY0FBYztjQUN2QyxZQUFZLE9BQU8sTUFBTSxjQUFjO2NBQ3ZDLGNBQWEsb0JBQUksS0FBSyxHQUFFLFlBQVk7WUFDdEM7WUFDQSxLQUFLO1VBQ1A7QUFFQSxnQkFBTSxFQUFFLFlBQVksVUFBVSxHQUFHLFVBQVUsSUFBSTtBQUMvQyxjQUFJLEdBQUcsR0FBRyxlQUFlLElBQUksS0FBSyxVQUFVLFdBQVcsTUFBTSxDQUFDO0FBQzlELGNBQUksR0FBRyxHQUFHLGVBQWUsSUFBSSxHQUFHLEtBQUssVUFBVSxTQUFTLE1BQU0sQ0FBQyxDQUFDOztBQUNoRSxjQUFJLEdBQUcsR0FBRyxZQUFZLElBQUlDLGFBQVksT0FBTztBQUM3QyxjQUFJLEdBQUcsR0FBRyxhQUFhLElBQUlDLGdCQUFlLE9BQU87UUFDbkQ7QUFDQSxlQUFPO01BQ1Q7SUFDRjtBQzlDQSxRQUFBN0csbUJBQXdCLFFBQUEsZ0JBQUEsR0FBQSxDQUFBO0FBU3hCLFFBQU1nSCxZQUFXLElBQUlDLGlCQUFBLFFBQVEsVUFBVTtBQVV2QyxRQUFNQyxZQUEyQyxDQUFDO0FBRWxELFFBQUkzQztBQUdHLGFBQVMvQyxnQkFBYzdDLFVBQWdCLE1BQW9CO0FBQ2hFLGFBQU80RixVQUFTLElBQUksS0FBSzVGLFNBQU8sTUFBTSxJQUFJLEVBQUU7SUFDOUM7QUFRTyxhQUFTd0ksYUFDZCxXQUNtQztBQUNuQyxhQUFPLENBQUMsU0FBUztBQUNmLFlBQUksQ0FBQyxLQUFLLGFBQWMsQ0FBQTVDLFlBQVcsQ0FBQztBQUNwQyxZQUFJQSxRQUFRLFFBQU8sVUFBVSxJQUFJO0FBQ2pDLGVBQU9HLGlCQUFnQixFQUFFLEtBQUssQ0FBQyxVQUFVO0FBQ3ZDLFVBQUFILFVBQVM7QUFDVCxvQkFBVSxJQUFJO1FBQ2hCLENBQUM7TUFDSDtJQUNGO0FBQ0EsUUFBSU07QUFHSixRQUFNdUMsZ0JBQWUsQ0FBQyxTQUFpQixLQUFLLElBQUksSUFBSSxPQUFPLEVBQUU7QUFFN0QsYUFBUzVDLFFBQU03RixVQUFnQixPQUFnQixNQUFpQztBQUM5RSxZQUFNLFVBQVUyQyxhQUFZQyxPQUFNLE1BQU1DLGdCQUFjN0MsVUFBUSxJQUFJLENBQUM7QUFDbkUsVUFBSSxDQUFDLFFBQVMsUUFBTztBQUNyQixNQUFBa0csZUFBYyxJQUFJNUIsV0FBVXRFLFNBQU8sU0FBU0EsU0FBTyxXQUFXO0FBQzlELFlBQU0sU0FBU2tHLFdBQVUsTUFBTSxRQUFRLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDaEUsVUFBSSxDQUFDLE9BQVEsUUFBTztBQUNwQixZQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsWUFBWSxPQUFPLGFBQWEsSUFBSSxPQUFPLGFBQWE7QUFDbEcsYUFBTztRQUNMLFFBQVEsSUFBSTVCLFdBQVV0RSxTQUFPLFNBQVNBLFNBQU8sYUFBYSxPQUFPLFlBQVk7UUFDN0UsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPeUksY0FBYSxJQUFJLEtBQUs7UUFDcEQsU0FBUztNQUNYO0lBQ0Y7QUFFQSxhQUFTQyxTQUFRMUksVUFBZ0IsTUFBZSxNQUFpQztBQUMvRSxZQUFNLFVBQVV1SSxVQUFTLElBQUk7QUFDN0IsVUFBSSxXQUFXLENBQUMsUUFBUSxPQUFPLGdCQUFnQixLQUFLLElBQUksSUFBSSxRQUFRLFFBQVMsUUFBTztBQUNwRixVQUFJLFFBQVMsQ0FBQUYsVUFBUyxJQUFJLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFDckMsWUFBTSxPQUFPeEMsUUFBTTdGLFVBQVEsTUFBTSxJQUFJO0FBRXJDLFVBQUksUUFBUSxRQUFTLE1BQUssVUFBVSxRQUFRO0FBQzVDLE1BQUF1SSxVQUFTLElBQUksSUFBSTtBQUNqQixhQUFPO0lBQ1Q7QUFHTyxhQUFTSSxZQUFXM0ksVUFBZ0IsTUFBZSxNQUFtQztBQUMzRixhQUFPMEksU0FBUTFJLFVBQVEsTUFBTSxJQUFJLEdBQUc7SUFDdEM7QUFHTyxhQUFTNEksWUFBVzVJLFVBQWdCLE1BQWUsTUFBa0I7QUFDMUUsWUFBTSxVQUFVMEksU0FBUTFJLFVBQVEsTUFBTSxJQUFJO0FBQzFDLFVBQUksQ0FBQyxRQUFTLFFBQU8sQ0FBQztBQUN0QixVQUFJLENBQUMsUUFBUSxTQUFTO0FBQ3BCLGNBQU0sT0FBTyxRQUFRLE9BQU8sWUFBWSxFQUFFLEdBQUd5RSxnQkFBZSxPQUFPLElBQUksQ0FBQyxFQUFFO0FBQzFFLFlBQUksQ0FBQyxLQUFNLFFBQU8sQ0FBQztBQUNuQixnQkFBUSxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsV0FBVyxPQUFPLEVBQUU7TUFDeEQ7QUFDQSxhQUFPLFFBQVE7SUFDakI7QUM5RkEsUUFBQXBELG1CQUFxQyxRQUFBLGdCQUFBLEdBQUEsQ0FBQTtBQUc5QixRQUFNd0gsdUJBQXNCLElBQUlDLGlCQUFBLE1BQU0seUJBQXlCLElBQUk7QUFFbkUsUUFBTUMsc0JBQXFCLElBQUlELGlCQUFBLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsUUFBTUUsOEJBQTZCLElBQUlGLGlCQUFBLE1BQU0saUNBQWlDLElBQUk7QUFFbEYsUUFBTUcsb0JBQW1CLElBQUlILGlCQUFBLEtBQUssbUJBQW1CO0FBRXJELFFBQU1JLGtCQUFpQixJQUFJSixpQkFBQSxRQUFRLGlCQUFpQjtBQUVwRCxRQUFNSyxtQkFBa0IsSUFBSUwsaUJBQUEsS0FBSyxrQkFBa0I7QUFFbkQsUUFBTU0sa0JBQWlCLElBQUlOLGlCQUFBLFFBQVEsaUJBQWlCO0FDVjNELFFBQU1PLHFCQUFvQjtBQUMxQixRQUFJQyxnQkFBZTtBQUVuQixRQUFNQyxjQUFtRCxDQUFDO0FBRW5ELGFBQVNDLGFBQVksTUFBYyxVQUFvQixLQUFvQjtBQUNoRixVQUFJLE9BQU9ELFlBQVcsSUFBSTtBQUMxQixVQUFJLFNBQVMsUUFBVztBQUN0QixlQUFPLEVBQUUsVUFBVSxLQUFLO0FBQ3hCLFFBQUFBLFlBQVcsSUFBSSxJQUFJO01BQ3JCO0FBQ0EsVUFBSTtBQUNGLFFBQUFKLGlCQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7TUFDekMsU0FBUyxPQUFPO0FBQ2QsUUFBQUEsaUJBQWdCLElBQUksT0FBTyxJQUFJO0FBQy9CLFFBQUFDLGdCQUFlLElBQUksR0FBRyxJQUFJO0FBQzFCLFlBQUlFLGtCQUFpQkQsb0JBQW1CO0FBQ3RDLGtCQUFRO1lBQ04sYUFBYSxJQUFJLFlBQVksaUJBQWlCLFFBQVMsTUFBTSxTQUFTLE1BQU0sVUFBVyxPQUFPLEtBQUssQ0FBQztVQUN0RztRQUNGO01BQ0Y7SUFDRjtBQzFCQSxRQUFBbkksY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUN0QixRQUFBQyxxQkFBaUIsUUFBQSxrQkFBQSxHQUFBLENBQUE7QUNEakIsUUFBQUQsY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQWN0QixhQUFTdUksZUFBYyxNQUFpQyxJQUFtRDtBQUN6RyxVQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixZQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxhQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7SUFDL0M7QUFFQSxhQUFTQyxnQkFBZSxLQUFnQjtBQUN0QyxpQkFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxjQUFNLEtBQUssUUFBUSxlQUFlRCxlQUFjLFFBQVEsWUFBWSxRQUFRLFdBQVc7QUFDdkYsWUFBSSxPQUFPLE9BQU8sWUFBWSxRQUFRLFdBQVcsWUFBYSxDQUFBWixxQkFBb0IsSUFBSSxFQUFFO01BQzFGO0FBQ0EsWUFBTSxRQUFRWSxlQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsVUFBSSxVQUFVLE9BQVcsQ0FBQVYsb0JBQW1CLElBQUksS0FBSztJQUN2RDtBQU9PLGFBQVNZLGlCQUNkLFFBQ0EsVUFDQSxlQUNBLFVBQ0EsVUFBdUMsTUFBTSxRQUMxQjtBQUNuQixZQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVE7QUFDekMsVUFBSSxDQUFDLFNBQVMsTUFBTTtBQUNsQixRQUFBVixrQkFBaUIsSUFBSSxJQUFJO0FBQ3pCLGVBQU8sRUFBRSxXQUFXLE9BQU8sS0FBSyxPQUFVO01BQzVDO0FBQ0EsWUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixZQUFNLFdBQVcsVUFBVSxXQUFXO0FBQ3RDLFVBQUk7QUFDSixhQUFPLEtBQUssSUFBSSxJQUFJLFVBQVU7QUFDNUIsU0FBQSxHQUFBVyxZQUFBLE9BQU0sYUFBYTtBQUNuQixjQUFNLFNBQVMsUUFBUTtBQUN2QixZQUFJLENBQUMsT0FBUTtBQUNiLGNBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsWUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixjQUFNLE9BQU87QUFDYixZQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO01BQzdEO0FBQ0EsWUFBTSxZQUFZLEtBQUssV0FBVztBQUNsQyxNQUFBWCxrQkFBaUIsSUFBSSxDQUFDLFNBQVM7QUFDL0IsVUFBSSxhQUFhLEtBQUs7QUFDcEIsUUFBQUQsNEJBQTJCLElBQUksS0FBSyxJQUFJLElBQUksT0FBTztBQUNuRCxRQUFBVSxnQkFBZSxHQUFHO01BQ3BCO0FBQ0EsYUFBTyxFQUFFLFdBQVcsSUFBSTtJQUMxQjtBQ2xFQSxRQUFBeEksY0FBc0IsUUFBQSxXQUFBLEdBQUEsQ0FBQTtBQUV0QixRQUFJMkk7QUFRRyxhQUFTQyxPQUFNLE9BQTJDO0FBQy9ELFlBQU12SixXQUFVLE1BQU0sTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLE1BQU0sTUFBTTtBQUMvRCxVQUFJQSxXQUFVLEVBQUcsRUFBQSxHQUFBd0osWUFBQSxPQUFNeEosUUFBTztBQUM5QixNQUFBc0osYUFBWTtJQUNkO0FBUU8sYUFBU0csY0FBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFDcEcsWUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3hELFVBQUksUUFBUSxTQUFTO0FBQ3JCLGlCQUFXLEtBQUssT0FBTztBQUNyQixpQkFBUyxFQUFFO0FBQ1gsWUFBSSxRQUFRLEVBQUcsUUFBTyxFQUFFO01BQzFCO0FBQ0EsYUFBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7SUFDbEM7QUFHTyxhQUFTQyxTQUFXLE9BQW9DO0FBQzdELGFBQU8sTUFBTSxXQUFXLElBQUksU0FBWSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxNQUFNLE1BQU0sQ0FBQztJQUN4RjtBRmRBLGFBQVNDLFdBQVUsS0FBYyxNQUFtQztBQUNsRSxhQUFPdkIsWUFBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLElBQUk7SUFDOUM7QUFHTyxhQUFTd0IsYUFBWSxNQUFjLEtBQXNCO0FBQzlELGFBQU8sUUFBUSxJQUFJLElBQUksSUFBSSxLQUFLLEtBQUssTUFBTUMsbUJBQUFySixRQUFLLEdBQUcsUUFBUSxNQUFNcUosbUJBQUFySixRQUFLLEdBQUcsbUJBQW1CO0lBQzlGO0FBRUEsUUFBTXNKLGtCQUEwQyxDQUFDLFFBQVEsWUFBWSxNQUFNO0FBRzNFLGFBQVNDLFlBQVcsUUFBbUIsSUFBaUI7QUFDdEQsWUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLFVBQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixZQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFlBQU0sVUFBVUwsU0FBUSxTQUFTO0FBQ2pDLGFBQU8sWUFBWSxVQUFhLE9BQU8sV0FBVyxJQUFJLFFBQVEsS0FBSyxFQUFFO0lBQ3ZFO0FBSUEsUUFBTU0sZ0JBQXdEO01BQzVELEVBQUUsUUFBUSxHQUFHLE1BQU0sQ0FBQyxXQUFXLE9BQU8sWUFBWSxFQUFFLE9BQU8sSUFBSSxRQUFRLEtBQUssTUFBTSxLQUFLLE9BQU8sSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLEVBQUUsR0FBRztNQUNoSDtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBRXJCLGdCQUFNLEtBQUtOLFNBQVFyQixZQUFXLElBQUksUUFBUSxJQUFJLE1BQU0sU0FBUyxDQUFDO0FBQzlELGlCQUFPLE9BQU8sVUFBYTBCLFlBQVcsUUFBUSxFQUFFO1FBQ2xEO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixNQUFNLENBQUMsUUFBUSxRQUFRO0FBQ3JCLGdCQUFNLFVBQVUsT0FBTyxhQUFhO1lBQ2xDLE9BQU9ILGFBQVksV0FBVyxHQUFHO1lBQ2pDLE9BQU87WUFDUCxPQUFPO1lBQ1AsZUFBZTtVQUNqQixDQUFDO0FBQ0QsY0FBSSxDQUFDLFFBQVEsS0FBTSxRQUFPO0FBQzFCLFVBQUFqQixnQkFBZSxJQUFJLENBQUM7QUFDcEIsZ0JBQU0sV0FBVyxPQUFPLFVBQVUsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUNuRCxpQkFBTyxZQUFZLE9BQU8sYUFBYSxRQUFRLEtBQUssRUFBRSxFQUFFO1FBQzFEO01BQ0Y7SUFDRjtBQUdPLFFBQU1zQixlQUF3QixDQUFDLFNBQUEsR0FDcENDLFlBQUEsT0FBTSxnQkFBZ0IsTUFBTTtBQUMxQixZQUFNLFNBQVNQLFdBQVUsS0FBSyxTQUFTO0FBQ3ZDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsTUFBQUosT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixlQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxhQUFLRSxjQUFhTyxhQUFZLEVBQUUsUUFBUSxHQUFHLEtBQUs7QUFDaEQsUUFBQVQsT0FBTSxJQUFJLE9BQU8sVUFBVTtNQUM3QjtBQUNBLGFBQU87SUFDVCxDQUFDO0FBR0ksUUFBTVksYUFBc0IsQ0FBQyxTQUFBLEdBQ2xDRCxZQUFBLE9BQU0sY0FBYyxNQUFNO0FBQ3hCLFlBQU0sRUFBRSxRQUFBekssU0FBTyxJQUFJO0FBQ25CLFlBQU0sU0FBU2tLLFdBQVUsS0FBSyxPQUFPO0FBQ3JDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsWUFBTSxVQUFVLE9BQU8sYUFBYTtRQUNsQyxPQUFPQyxhQUFZLFNBQVMsR0FBRztRQUMvQixPQUFPO1FBQ1AsT0FBTztRQUNQLGVBQWVuSyxTQUFPO01BQ3hCLENBQUM7QUFDRCxVQUFJLENBQUMsUUFBUSxLQUFNLFFBQU87QUFDMUIsTUFBQWtKLGdCQUFlLElBQUksQ0FBQztBQUNwQixZQUFNLEtBQUssUUFBUSxLQUFLO0FBQ3hCLE1BQUFZLE9BQU05SixTQUFPLFVBQVU7QUFDdkIsVUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFlBQU0sYUFBYTJKO1FBQWdCO1FBQVE7UUFBSTNKLFNBQU87UUFBZUEsU0FBTztRQUFvQixNQUM5RmtLLFdBQVUsS0FBSyxPQUFPO01BQ3hCO0FBQ0EsV0FBSyxXQUFXLGFBQWE7QUFFN0IsWUFBTSxRQUFRQSxXQUFVLEtBQUssT0FBTztBQUNwQyxVQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLFVBQUksV0FBVyxXQUFXO0FBQ3hCLGFBQUtJLFlBQVcsT0FBTyxFQUFFLEtBQUs7QUFDOUIsUUFBQVIsT0FBTTlKLFNBQU8sVUFBVTtBQUN2QixhQUFLLE1BQU0sYUFBYSxJQUFJaUssU0FBUUksZUFBYyxLQUFLLE1BQU0sRUFBRSxNQUFNO01BQ3ZFO0FBQ0EsTUFBQVAsT0FBTTlKLFNBQU8sVUFBVTtBQUN2QixhQUFPLE1BQU0sYUFBYSxFQUFFLEVBQUUsTUFBTTtJQUN0QyxDQUFDO0FBR0ksUUFBTTJLLGFBQXNCLENBQUMsU0FBQSxHQUNsQ0YsWUFBQSxPQUFNLGNBQWMsTUFBTTtBQUN4QixZQUFNLFNBQVNQLFdBQVUsS0FBSyxPQUFPO0FBQ3JDLFVBQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsVUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLE1BQUFKLE9BQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsV0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsTUFBQUEsT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsTUFBQUEsT0FBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixZQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsaUJBQVcsVUFBVSxVQUFVLE9BQU8sQ0FBQyxNQUFNOUUsWUFBVyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUNwRyxhQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO01BQzVDO0FBQ0EsYUFBTztJQUNULENBQUM7QUc1SEksYUFBUzRGLHFCQUNkNUssVUFDQSxZQUNBLE9BQzBCO0FBQzFCLFlBQU0sUUFBUVksWUFBVyxZQUFZWixTQUFPLE9BQU87QUFDbkQsYUFBTztRQUNMLGVBQWUsTUFBTSxnQkFBZ0IsTUFBTSxPQUFPO1FBQ2xELGFBQWEsTUFBTSxjQUFjLE1BQU0sS0FBSztRQUM1QyxhQUFhLE1BQU0sY0FBYyxNQUFNLEtBQUs7TUFDOUM7SUFDRjtBQUdPLGFBQVM2SyxpQkFBZ0I3SyxVQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsWUFBTWUsUUFBTyxDQUFDLE1BQWMsYUFDMUJ5SCxhQUFZLENBQUMsU0FBd0I7QUFDbkMsbUJBQVc7QUFDWCxRQUFBZ0IsYUFBWSxNQUFNLFVBQVUsRUFBRSxRQUFBeEosVUFBUSxLQUFLLENBQUM7TUFDOUMsQ0FBQztBQUNILGFBQU87UUFDTCxjQUFjZSxNQUFLLFdBQVd5SixZQUFXO1FBQ3pDLFlBQVl6SixNQUFLLFNBQVMySixVQUFTO1FBQ25DLFlBQVkzSixNQUFLLFNBQVM0SixVQUFTO01BQ3JDO0lBQ0Y7QUM1QkEsUUFBTSxNQUFNLEVBQUUsT0FBTzFILFdBQVU7QUFrQ3hCLGFBQVM2SCxZQUFXLFNBQWtCLFdBQXdDO0FBQ25GLGFBQU87UUFDTCxFQUFFLFFBQVEsbUJBQW1CLE1BQU0sS0FBSyxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sUUFBUSxVQUFVLENBQUMsRUFBRTtRQUNyRyxHQUFHLFVBQVUsSUFBSSxDQUFDLGNBQWM7VUFDOUIsUUFBUTtVQUNSLE1BQU0sRUFBRSxTQUFTO1VBQ2pCLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBaUIsSUFBSSxLQUFjLE9BQU8sUUFBUSxVQUFVLENBQUM7UUFDL0UsRUFBRTtNQUNKO0lBQ0Y7QUFHTyxhQUFTQyxZQUFXLGlCQUFpQixPQUFlO0FBQ3pELGFBQU87UUFDTDtVQUNFLFFBQVE7VUFDUixNQUFNO1VBQ04sT0FBTyxDQUFDLEVBQUUsTUFBTSxRQUFRLElBQUksS0FBSyxPQUFPLEtBQUssYUFBYSxNQUFNLGVBQWUsQ0FBQztRQUNsRjtNQUNGO0lBQ0Y7QUFHTyxhQUFTQyxjQUFhLFNBQTBCO0FBQ3JELGFBQU87UUFDTCxFQUFFLFFBQVEsVUFBVSxPQUFPLENBQUMsRUFBRSxNQUFNLFFBQVEsSUFBSSxNQUFNLE9BQU8sUUFBUSxZQUFZLENBQUMsRUFBRTtRQUNwRixFQUFFLFFBQVEsb0JBQW9CLE9BQU8sQ0FBQyxFQUFFLE1BQU0sUUFBUSxJQUFJLE1BQU0sT0FBTyxRQUFRLFlBQVksQ0FBQyxFQUFFO01BQ2hHO0lBQ0Y7QW5DdERBLFFBQU0xRixRQUFPOUQsZUFBYyxTQUFTO0FBQ3BDLFFBQU0sRUFBRSxTQUFBekIsVUFBUyxXQUFXa0wsVUFBUyxZQUFBQyxZQUFXLElBQUkxSyxhQUFZLFNBQVMsS0FBSztBQUM5RSxRQUFNUixXQUFTLEVBQUUsR0FBR3NGLE9BQU0sU0FBQXZGLFNBQVE7QUFDbEMsUUFBTXVHLFVBQWtCO01BQ3RCLEVBQUUsTUFBTSxRQUFRLFFBQVF0RyxTQUFPLFFBQVE7TUFDdkMsRUFBRSxNQUFNLGNBQWMsUUFBUUEsU0FBTyxVQUFVQSxTQUFPLFlBQVksRUFBRTtNQUNwRSxFQUFFLE1BQU0sYUFBYSxRQUFRQSxTQUFPLFVBQVVBLFNBQU8sVUFBVTtNQUMvRCxFQUFFLE1BQU0sYUFBYSxRQUFRLFNBQVM7SUFDeEM7QUFDQSxJQUFBOEcsWUFBVyxzQkFBc0JSLFNBQVEsY0FBYyxDQUFDLFdBQVcsQ0FBQztBQUU3RCxRQUFNL0gsV0FBMEIsZ0JBQUE2SCxjQUFhcEcsVUFBUSxPQUFPO01BQ2pFLFdBQVdnQixrQkFBaUJoQixRQUFNO01BQ2xDLFdBQVc7UUFDVCxHQUFHNEsscUJBQW9CNUssVUFBUUEsU0FBTyxpQkFBaUIsQ0FBQ2UsT0FBTSxRQUFRRCxjQUFhQyxPQUFNLEtBQUtmLFFBQU0sQ0FBQztNQUN2RztNQUNBLE9BQU87UUFDTDtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsT0FBTyxjQUFjLE9BQU8sTUFBTTtVQUMxQyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9pTCxTQUFRLENBQUM7UUFDcEQ7UUFDQTtVQUNFLFFBQVE7VUFDUixNQUFNLEVBQUUsT0FBTyxhQUFhLE9BQU8sTUFBTTtVQUN6QyxPQUFPLENBQUMsRUFBRSxNQUFNLFNBQVMsSUFBSSxLQUFLLE9BQU9BLFNBQVEsQ0FBQztRQUNwRDtRQUNBLEVBQUUsUUFBUSxzQkFBc0IsT0FBTyxDQUFDLEVBQUUsTUFBTSxPQUFPLElBQUksS0FBSyxPQUFPQyxZQUFXLENBQUMsRUFBRTtRQUNyRixHQUFHSixZQUFXOUssU0FBTyxTQUFTLENBQUMsQ0FBQztRQUNoQyxHQUFHZ0wsY0FBYWhMLFNBQU8sT0FBTztRQUM5QixHQUFHK0ssWUFBVztNQUNoQjtJQUNGLEVBQUU7QUFHSyxRQUFNek0saUJBQWdDLGdCQUFBOEosbUJBQWtCLEVBQUUsVUFBVSxVQUFVLENBQUM7QUFFL0UsYUFBU3pKLFNBQTBCO0FBQ3hDLGFBQU9zSCxZQUFXakcsVUFBUSxFQUFFLFNBQVMsS0FBSyxDQUFDO0lBQzdDO0FBRU8sUUFBTSxFQUFFLGNBQUF0QixlQUFjLFlBQUFELGFBQVksWUFBQUosWUFBVyxJQUFJd00saUJBQWdCN0ssVUFBUSxNQUFNNkcsWUFBV1AsT0FBTSxDQUFDOzs7OztBb0N6RHhHLElBQUk7QUFFRyxTQUFTLFVBQVU7QUFDeEIsTUFBSSxnQkFBZ0IsUUFBVztBQUM3QixVQUFNLFlBQVksV0FBVztBQUM3QixlQUFXLGlCQUFpQixDQUFDO0FBQzdCLGVBQVcsUUFBUSxDQUFDLE1BQUssV0FBVSxnQkFBZSxXQUFVLGNBQWEsWUFBWSxHQUFHO0FBQ3RGLFlBQU0sU0FBUyxVQUFVLElBQUk7QUFDN0IsaUJBQVcsZUFBZSxJQUFJLElBQUksRUFBRSxJQUFJLFFBQVEsZUFBZSxPQUFPLFdBQVcsT0FBTztBQUFBLElBQzFGO0FBQ0Esa0JBQWM7QUFBQSxFQUNoQjtBQUNBLFNBQU87QUFDVDtBQUNBLFdBQVcsc0JBQXNCOzs7QUNtQjFCLElBQU0sa0JBQXFDLE9BQU8sT0FBTztBQUFBLEVBQzlELFVBQVU7QUFBQSxFQUNWLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGNBQWM7QUFBQSxFQUNkLGFBQWE7QUFBQSxFQUNiLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLFVBQVU7QUFBQSxFQUNWLFlBQVk7QUFBQSxFQUNaLHNCQUFzQjtBQUN4QixDQUFDOzs7QUNyQ00sSUFBTSxRQUF5QixDQUFDLFdBQVcsU0FBUyxPQUFPO0FBVTNELElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQy9CLE9BQU87QUFDbEI7QUFNTyxTQUFTLGNBQWMsTUFBYyxNQUF3QjtBQUNsRSxRQUFNLFdBQXFCLEVBQUUsU0FBUyxDQUFDLEdBQUcsT0FBTyxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0QsUUFBTTZFLFFBQU8sQ0FBQyxNQUFjLFlBQTJCO0FBQ3JELFVBQU0sSUFBSSxlQUFlLDBCQUEwQixJQUFJLFVBQVUsSUFBSSxLQUFLLE9BQU8sRUFBRTtBQUFBLEVBQ3JGO0FBQ0EsTUFBSTtBQUNKLE1BQUksUUFBUTtBQUNaLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sT0FBTyxLQUFLLFdBQVcsQ0FBQyxNQUFNLFFBQVMsS0FBSyxNQUFNLENBQUMsSUFBSTtBQUM3RCxRQUFNLFFBQVEsS0FBSyxNQUFNLE9BQU87QUFDaEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFFBQUksS0FBSyxLQUFLLE1BQU0sR0FBSTtBQUV4QixVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxZQUFZO0FBQ2hCLGFBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxRQUFRLEtBQUs7QUFDcEMsWUFBTSxJQUFJLEtBQUssQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDVixZQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLEtBQUs7QUFDcEMsbUJBQVM7QUFDVDtBQUFBLFFBQ0YsV0FBVyxNQUFNLElBQUssVUFBUztBQUFBLFlBQzFCLFVBQVM7QUFBQSxNQUNoQixXQUFXLE1BQU0sS0FBSztBQUNwQixlQUFPLEtBQUssWUFBWSxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQzVDLGdCQUFRO0FBQ1Isb0JBQVk7QUFBQSxNQUNkLFdBQVcsTUFBTSxPQUFPLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDM0MsaUJBQVMsWUFBWTtBQUNyQixnQkFBUTtBQUFBLE1BQ1YsTUFBTyxVQUFTO0FBQUEsSUFDbEI7QUFDQSxRQUFJLE9BQVEsQ0FBQUEsTUFBSyxJQUFJLEdBQUcsOEJBQThCO0FBQ3RELFdBQU8sS0FBSyxZQUFZLFFBQVEsTUFBTSxLQUFLLENBQUM7QUFDNUMsUUFBSSxDQUFDLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLFlBQVksQ0FBQztBQUMvQyxZQUFNLEtBQUssQ0FBQyxTQUFpQixNQUFNLFFBQVEsSUFBSTtBQUMvQyxVQUFJLEdBQUcsT0FBTyxJQUFJLEtBQUssR0FBRyxVQUFVLElBQUksS0FBSyxHQUFHLE1BQU0sSUFBSSxHQUFHO0FBQzNELFFBQUFBLE1BQUssSUFBSSxHQUFHLDhEQUE4RCxLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRztBQUFBLE1BQ2hIO0FBQ0EsZ0JBQVUsRUFBRSxPQUFPLEdBQUcsT0FBTyxHQUFHLFVBQVUsR0FBRyxVQUFVLEdBQUcsTUFBTSxHQUFHLE1BQU0sRUFBRTtBQUMzRSxjQUFRLE9BQU87QUFDZjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU8sV0FBVyxNQUFPLENBQUFBLE1BQUssSUFBSSxHQUFHLFlBQVksS0FBSyxnQ0FBZ0MsT0FBTyxNQUFNLEVBQUU7QUFDekcsVUFBTSxRQUFRLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFDdkMsVUFBTSxXQUFXLE9BQU8sUUFBUSxRQUFRLEtBQUs7QUFDN0MsVUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLEtBQUssSUFBSSxZQUFZO0FBQ3RELFFBQUksVUFBVSxHQUFJLENBQUFBLE1BQUssSUFBSSxHQUFHLGFBQWE7QUFDM0MsUUFBSSxhQUFhLEdBQUksQ0FBQUEsTUFBSyxJQUFJLEdBQUcsc0JBQXNCLEtBQUssRUFBRTtBQUM5RCxRQUFJLENBQUUsTUFBNEIsU0FBUyxJQUFJO0FBQzdDLE1BQUFBLE1BQUssSUFBSSxHQUFHLGdCQUFnQixLQUFLLFVBQVUsSUFBSSxDQUFDLFFBQVEsS0FBSyxnQ0FBZ0M7QUFDL0YsUUFBSSxLQUFLLElBQUksTUFBTSxZQUFZLENBQUMsRUFBRyxDQUFBQSxNQUFLLElBQUksR0FBRyxHQUFHLEtBQUssa0JBQWtCO0FBQ3pFLFNBQUssSUFBSSxNQUFNLFlBQVksQ0FBQztBQUM1QixhQUFTLElBQVksRUFBRSxLQUFLLEVBQUUsT0FBTyxTQUFTLENBQUM7QUFBQSxFQUNqRDtBQUNBLE1BQUksQ0FBQyxRQUFTLENBQUFBLE1BQUssR0FBRyxxRkFBcUY7QUFDM0csU0FBTztBQUNUO0FBcUJPLFNBQVMsVUFBVSxNQUFZLEdBQW1CO0FBQ3ZELFNBQU8sR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUM5Qzs7O0FDM0RPLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDNUIsT0FBTztBQUNsQjtBQUdPLElBQU0sZ0JBQWdCLEtBQUs7QUFDM0IsSUFBTSxrQkFBa0I7QUFJL0IsU0FBUyxJQUFJLEtBQVUsTUFBa0M7QUFDdkQsUUFBTSxRQUFRLElBQUksSUFBSTtBQUN0QixTQUFPLFVBQVUsU0FBWSxTQUFZLE1BQU0sS0FBSztBQUN0RDtBQUVBLFNBQVMsS0FBSyxNQUFjLE9BQWUsVUFBeUI7QUFDbEUsUUFBTSxJQUFJLFlBQVksV0FBVyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxjQUFjLFFBQVEsRUFBRTtBQUN4RjtBQUVBLFNBQVMsU0FBUyxLQUFhLEtBQWEsTUFBYyxTQUFnQztBQUN4RixTQUFPLENBQUMsS0FBSyxNQUFNLGFBQWE7QUFDOUIsVUFBTSxRQUFRLElBQUksS0FBSyxJQUFJO0FBQzNCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsVUFBTSxXQUFXLEdBQUcsSUFBSSxTQUFTLEdBQUcsT0FBTyxHQUFHO0FBQzlDLFFBQUksQ0FBQyxvQkFBb0IsS0FBSyxLQUFLLEVBQUcsTUFBSyxNQUFNLE9BQU8sUUFBUTtBQUNoRSxVQUFNLFNBQVMsT0FBTyxLQUFLO0FBQzNCLFFBQUssV0FBVyxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQU0sU0FBUyxPQUFPLFNBQVMsSUFBSyxNQUFLLE1BQU0sT0FBTyxRQUFRO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLFNBQVMsU0FBUyxHQUFHLE1BQVcsMkJBQTJCLEtBQUs7QUFDdEUsSUFBTSxXQUFXLFNBQVMsR0FBRyxHQUFHLDBCQUEwQixLQUFLO0FBOEt4RCxTQUFTLFVBQ2QsS0FDQSxNQUNBLFVBQ0EsT0FDUTtBQUNSLFFBQU0sT0FBTyxNQUFNLFNBQVMsTUFBTSxVQUFVLG1CQUFtQjtBQUMvRCxTQUFPLFNBQVMsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLE1BQU0sV0FBVyxLQUFLLEVBQUUsS0FBSyxNQUFNLFFBQVE7QUFDekY7OztBQ25QQSxJQUFNLFdBQVc7QUFDakIsSUFBTSxVQUFVO0FBQ2hCLElBQU0sWUFBWTtBQWFsQixJQUFNLGVBQWUsQ0FBQyxLQUFhLFNBQWlCLEVBQUUsS0FBSyxLQUFLLFNBQVMsTUFBTSxNQUFNLDRCQUE0QjtBQUdqSCxJQUFNLE9BQU8sQ0FBQyxPQUFlLE9BQWUsUUFDMUMsT0FBTyxLQUFLLElBQUksS0FBSyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sUUFBUSxLQUFLLENBQUMsQ0FBQyxDQUFDO0FBSTlELElBQU0sV0FBVyxDQUFDLGFBQXFCO0FBQUEsRUFDckMsQ0FBQyxPQUFPLEdBQUcsS0FBSyxTQUFTLElBQUksR0FBRyxhQUFhO0FBQUEsRUFDN0MsQ0FBQyxRQUFRLEdBQUcsS0FBSyxTQUFTLElBQUksR0FBRyxRQUFRO0FBQUEsRUFDekMsQ0FBQyxTQUFTLEdBQUcsS0FBSyxTQUFTLElBQUksSUFBSSxlQUFlO0FBQ3BEO0FBMkJPLElBQU0sY0FBYztBQUFBLEVBQ3pCLE9BQU87QUFBQSxFQUNQLFFBQXdCLGlCQUFDLFNBQVMsVUFBVSxTQUFTLEVBQUUsS0FBSyxLQUFLO0FBQUEsRUFDakUsS0FBSztBQUFBLEVBQ0wsU0FBUztBQUFBLEVBQ1QsVUFBVSxDQUFDLFNBQVM7QUFBQTtBQUFBLElBRWxCLFNBQVMsVUFBVSxLQUFLLFNBQVMsSUFBSSxhQUFhLEdBQUcsYUFBYSxDQUFDO0FBQUEsSUFDbkUsV0FBVyxVQUFVLEtBQUssb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxLQUFTLE1BQU0sZUFBZSxDQUFDO0FBQUEsSUFDakcsWUFBWSxVQUFVLEtBQUssb0JBQW9CLEtBQUssRUFBRSxLQUFLLEdBQUcsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUMxRTtBQUNGOzs7QUMzRkEsU0FBUyxPQUFPLE9BQU8sYUFBYTs7O0FDQXBDLE9BQU8sa0JBQWtCO0FBQ3pCLElBQU8sb0JBQVE7OztBQ0RmLE9BQU8sYUFBYTtBQUNwQixJQUFPLGVBQVE7OztBQ0RmLFNBQVMsU0FBUyxNQUFNLGFBQWE7OztBQ0FyQyxTQUFTLG1CQUFtQjs7O0FDR3JCLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sZUFBZTs7O0FDSzVCLFNBQVMsZUFBdUI7QUFFOUIsTUFBSSxTQUFTLEVBQUcsQ0FBQyxXQUF3RCxZQUFZLEVBQUc7QUFDeEYsUUFBTSxTQUFTLElBQUksWUFBWSxlQUFlLE1BQWdCO0FBQzVELFVBQU0sSUFBSSxNQUFNLDBDQUEwQyxhQUFhLGtDQUFrQztBQUFBLEVBQzNHLENBQUM7QUFDRCxTQUFPLE9BQU8sQ0FBQztBQUNqQjtBQUVPLElBQU0sU0FBNEIsYUFBYTtBQUcvQyxJQUFNLGdCQUEwQyxNQUFNOzs7QUNON0QsU0FBUyxpQkFBaUI7QUFDeEIsU0FBTztBQUFBO0FBQUEsSUFFTCxZQUFZLElBQUksTUFBTSxvQkFBb0I7QUFBQTtBQUFBLElBRTFDLGlCQUFpQixJQUFJLE1BQU0sMEJBQTBCO0FBQUE7QUFBQSxJQUVyRCxVQUFVLElBQUksTUFBTSxrQkFBa0I7QUFBQTtBQUFBLElBRXRDLGdCQUFnQixJQUFJLFFBQVEsd0JBQXdCO0FBQUE7QUFBQSxJQUVwRCxjQUFjLElBQUksTUFBTSxpQ0FBaUM7QUFBQSxFQUMzRDtBQUNGO0FBR0EsSUFBTSxTQUFTLFNBQVMsS0FBSyxPQUFPLGVBQWUsU0FBWSxlQUFlLElBQUk7QUFXbEYsSUFBTSxPQUFPLEVBQUUsTUFBTSxFQUFFLE9BQU8sV0FBVyxNQUFNLFVBQVUsR0FBRyxrQkFBa0IsTUFBTSxTQUFTLEtBQUs7QUFHbEcsSUFBSSxTQUFTO0FBQ2IsSUFBSTtBQUNKLElBQUksYUFBYTtBQU1qQixTQUFTLFVBQVUsWUFBb0IsT0FBcUM7QUFDMUUsUUFBTSxNQUFNLGFBQUssS0FBSyxHQUFHLFVBQVUsVUFBVSxLQUFLLFVBQVUsRUFBRSxNQUFNLENBQUMsR0FBRztBQUFBLElBQ3RFLEdBQUc7QUFBQSxJQUNILFNBQVMsRUFBRSxnQkFBZ0IsbUJBQW1CO0FBQUEsRUFDaEQsQ0FBVTtBQUNWLFNBQU8sSUFBSSxXQUFXLE9BQU8sSUFBSSxXQUFXO0FBQzlDO0FBd0JBLFNBQVMsTUFBUyxNQUE4QjtBQUM5QyxNQUFJO0FBQ0YsV0FBTyxPQUFPLFNBQVMsV0FBWSxLQUFLLE1BQU0sSUFBSSxJQUFVO0FBQUEsRUFDOUQsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFTTyxTQUFTLGNBQWMsWUFBMEI7QUFFdEQsTUFBSSxDQUFDLFdBQVksY0FBYSxVQUFVLFlBQVksTUFBTTtBQUMxRCxhQUFTO0FBQ1AsVUFBTSxVQUFVLEtBQUssSUFBSTtBQUN6QixhQUFTLFVBQVU7QUFDbkIsVUFBTSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssSUFBSSxJQUFJLFdBQVcsR0FBSSxDQUFDO0FBQ3BELFFBQUksa0JBQUssU0FBUyxXQUFXLEVBQUc7QUFDaEMsUUFBSSxrQkFBSyxTQUFTLGFBQWEsRUFBRztBQUFBLEVBQ3BDO0FBQ0EsWUFBVSxZQUFZLFVBQVU7QUFDaEMsV0FBUyxVQUFVO0FBQ3JCO0FBRUEsU0FBUyxTQUFTLFlBQTBCO0FBQzFDLFFBQU0sTUFBTSxhQUFLLElBQUksR0FBRyxVQUFVLGtCQUFrQixNQUFNLElBQUksSUFBYTtBQUMzRSxRQUFNLE9BQ0osSUFBSSxXQUFXLE1BQU0sTUFBZ0UsSUFBSSxJQUFJLElBQUk7QUFDbkcsTUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLEdBQUc7QUFDekMsV0FBUSxlQUFlLElBQUksQ0FBQztBQUM1QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sS0FBSyxXQUFXLFVBQVU7QUFFbkMsUUFBSSxlQUFlLFVBQWEsS0FBSyxTQUFTLFdBQVksUUFBUSxlQUFlLElBQUksS0FBSyxTQUFTLFVBQVU7QUFDN0csaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0EsYUFBVyxVQUFVLEtBQUssU0FBUztBQUNqQyxhQUFTLEtBQUssSUFBSSxRQUFRLE9BQU8sR0FBRztBQUNwQyxRQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sVUFBVSxPQUFRO0FBQzNELFdBQVEsV0FBVyxJQUFJLE9BQU8sV0FBVztBQUN6QyxXQUFRLGdCQUFnQixJQUFJLE9BQU8saUJBQWlCO0FBQ3BELFdBQVEsU0FBUyxJQUFJLE9BQU8sU0FBUztBQUFBLEVBQ3ZDO0FBR0EsTUFBSSxPQUFPLEtBQUssWUFBWTtBQUMxQixzQkFBSyxLQUFLLE1BQU0scURBQXFELEtBQUssT0FBTyxFQUFFO0FBQ3ZGOzs7QUM5R0EsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLE1BQUk7QUFDRixXQUFPLEtBQUssSUFBSTtBQUFBLEVBQ2xCLFNBQVMsT0FBTztBQUNkLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFFcEMsUUFBTSxTQUFTLENBQUM7QUFDaEIsYUFBVyxRQUFRO0FBQ2pCLFdBQU8sSUFBSSxJQUFJLElBQUk7QUFBQSxNQUNqQixTQUFTLElBQUk7QUFBQSxNQUNiLE1BQU0sY0FBYyxTQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsSUFBSTtBQUFBLElBQ2hEO0FBQ0YsU0FBTztBQUFBLElBQ0wsUUFBUSwwQkFBMEIsSUFBSTtBQUFBLElBQ3RDLE9BQU8sRUFBRSxTQUFTLE9BQU8sUUFBUSxRQUFRLE9BQU8sT0FBTyxNQUFNLFFBQVEsT0FBTyxPQUFPLE1BQU0sT0FBTztBQUFBLElBQ2hHLFNBQVMsQ0FBQyxNQUFNLFVBQVUsT0FBTyxJQUFJLEVBQUUsS0FBSztBQUFBLEVBQzlDO0FBQ0Y7QUFFQSxTQUFTLFNBQVNDLFNBQXNCO0FBQ3RDLE1BQUlBLFFBQU8sVUFBVyxRQUFPLFNBQVNBLFFBQU8sU0FBUztBQUN0RCxRQUFNLFFBQVFBLFFBQU87QUFDckIsTUFBSUEsUUFBTyxXQUFXO0FBQ3BCLFdBQU87QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUNSLE9BQU9BLFFBQU87QUFBQSxNQUNkLFNBQVMsQ0FBQyxNQUFNLE9BQU8sY0FBYyxFQUFFLE9BQU8sVUFBVSxNQUFNLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFBQSxJQUNyRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxRQUFRO0FBQUEsSUFDUixPQUFPLEVBQUUsU0FBUyxHQUFHLE9BQU8sR0FBRyxPQUFPLEVBQUU7QUFBQSxJQUN4QyxTQUFTLENBQUMsTUFBTSxRQUFRLGNBQWMsRUFBRSxPQUFPLE1BQU0sSUFBSSxFQUFFLE9BQU8sU0FBUztBQUFBLEVBQzdFO0FBQ0Y7QUFHTyxTQUFTLFlBQVlDLE9BQVksTUFBWUMsZ0JBQTRDO0FBQzlGLFFBQU0sT0FBT0QsTUFBSyxNQUFNLElBQUk7QUFDNUIsU0FBTyxTQUFTLElBQUksU0FBWUEsTUFBSyxRQUFRLE9BQU8sa0JBQUssR0FBRyxXQUFXLEtBQUssTUFBTUMsY0FBYTtBQUNqRztBQVdPLElBQU0sT0FBYSxTQUFTLE1BQVM7OztBQ25GNUMsT0FBTyxnQkFBZ0I7QUFDdkIsSUFBTyxrQkFBUTs7O0FDcUJSLElBQU0sWUFBWTs7O0FDTGxCLFNBQVMsUUFBUSxVQUFxQyxJQUFTLE9BQXdCO0FBQzVGLFFBQU0sVUFBVSxPQUFPLFNBQVksS0FBSyxtQkFBbUIsT0FBTyxFQUFFLENBQUM7QUFDckUsVUFBUSxVQUFVO0FBQUEsSUFDaEIsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTyxtQkFBbUIsT0FBTztBQUFBLElBQ25DLEtBQUs7QUFDSCxhQUFPLGdCQUFnQixPQUFPO0FBQUEsSUFDaEMsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU8sYUFBYSxLQUFLO0FBQUEsSUFDckQsS0FBSztBQUNILGFBQU8sbUJBQW1CLE9BQU87QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU87QUFBQSxJQUNULEtBQUs7QUFDSCxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR0EsSUFBTSxhQUF1QztBQUFBLEVBQzNDLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLGNBQWM7QUFBQSxFQUNkLGVBQWU7QUFBQSxFQUNmLFlBQVk7QUFBQSxFQUNaLGVBQWU7QUFBQSxFQUNmLGVBQWU7QUFBQSxFQUNmLGlCQUFpQjtBQUFBLEVBQ2pCLFNBQVM7QUFBQSxFQUNULGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFDZjtBQUlBLElBQU0saUJBQThFLENBQUM7QUFHOUUsU0FBUyxZQUFZLFVBQXNEO0FBQ2hGLE1BQUksT0FBTyxlQUFlLFFBQVE7QUFDbEMsTUFBSSxTQUFTLFFBQVc7QUFDdEIsV0FBTyxFQUFFLFVBQVUsT0FBTyxXQUFXLE1BQU0sV0FBVyxRQUFRLEVBQUU7QUFDaEUsbUJBQWUsUUFBUSxJQUFJO0FBQUEsRUFDN0I7QUFDQSxTQUFPO0FBQ1Q7OztBQzJCQSxJQUFNLE9BQU8sQ0FBQyxNQUF3QixPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU07QUFDNUUsSUFBTSxVQUFVLENBQUMsTUFBd0IsT0FBTyxNQUFNO0FBR3RELFNBQVMsU0FBUyxPQUFrQixPQUF1QjtBQUN6RCxVQUFRLE9BQU87QUFBQSxJQUNiLEtBQUs7QUFDSCxhQUFPLE1BQU0sUUFBUSxNQUFNO0FBQUEsSUFDN0IsS0FBSyxTQUFTO0FBQ1osWUFBTSxRQUFRLE1BQU0sY0FBYztBQUNsQyxhQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFBQSxJQUNoRDtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sUUFBUSxNQUFNLFNBQVMsQ0FBQyxLQUFLLE9BQU8sTUFBTSxPQUFPLE1BQU07QUFBQSxJQUNoRSxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sSUFBSSxDQUFDLEtBQUssT0FBTyxNQUFNLE9BQU8sTUFBTTtBQUFBLElBQ3hELEtBQUs7QUFDSCxhQUFPLEtBQUssTUFBTSxJQUFJLENBQUMsS0FBSyxRQUFRLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDekQsS0FBSztBQUNILGFBQU8sS0FBSyxNQUFNLFFBQVEsQ0FBQztBQUFBLElBQzdCLEtBQUs7QUFDSCxhQUFPLE9BQU8sTUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDM0UsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLFNBQVMsTUFBTTtBQUFBLElBQ3JDLEtBQUssYUFBYTtBQUNoQixZQUFNLFFBQVEsTUFBTSxPQUFPO0FBQzNCLGFBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFBQSxJQUM1RTtBQUFBLEVBQ0Y7QUFDRjtBQVNBLFNBQVMsT0FBTyxLQUF3QjtBQUN0QyxTQUFPLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNO0FBQ2xFO0FBR0EsSUFBSTtBQUVKLElBQU0sWUFBbUIsQ0FBQyxTQUFTO0FBQ2pDLE1BQUk7QUFDRixXQUFPLFFBQVMsS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUNoQyxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdBLElBQU0sYUFBTixNQUF5QztBQUFBLEVBR3ZDLFlBQ1csSUFDQSxRQUNRLEtBQ2pCO0FBSFM7QUFDQTtBQUNRO0FBQUEsRUFDaEI7QUFBQSxFQUhRO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUxYLFNBQVM7QUFBQSxFQUNUO0FBQUEsRUFPUixJQUFJLE9BQXNCO0FBQ3hCLFFBQUksS0FBSyxPQUFPLENBQUMsS0FBSyxRQUFRO0FBQzVCLFdBQUssUUFBUSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQ3BDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUNGO0FBR0EsU0FBUyxVQUFVLE1BQXdCO0FBQ3pDLE1BQUk7QUFDRixXQUFPLEtBQUssTUFBTSxJQUFjO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFLQSxJQUFNLGtCQUE0RSxDQUFDO0FBQ25GLFNBQVMsYUFBYSxRQUEwRDtBQUM5RSxNQUFJLFdBQVcsZ0JBQWdCLE1BQU07QUFDckMsTUFBSSxhQUFhLFFBQVc7QUFDMUIsZUFBVyxhQUFLLGlCQUFpQixNQUFNO0FBQ3ZDLG9CQUFnQixNQUFNLElBQUk7QUFBQSxFQUM1QjtBQUNBLFNBQU87QUFDVDtBQUlBLElBQUk7QUFDRyxTQUFTLGdCQUFnQixNQUF5QztBQUN2RSxhQUFXO0FBQ2I7QUFPQSxJQUFNLFVBQW1CLEVBQUUsVUFBVSxPQUFPLFNBQVMsTUFBTTtBQUkzRCxJQUFNLFlBQXlGLENBQUM7QUFFaEcsU0FBUyxVQUFVLFVBQW9CLFVBQWtCLFdBQW9CO0FBQzNFLE1BQUksTUFBTSxVQUFVLFFBQVE7QUFDNUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLFNBQWlCLEVBQUUsQ0FBQyxHQUFHLFFBQVEsZUFBZSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ25GLFFBQUksVUFBVyxRQUFPLEdBQUcsUUFBUSwrQkFBK0IsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUM1RixVQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFO0FBQ25DLGNBQVUsUUFBUSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxTQUFPO0FBQ1Q7QUFJTyxJQUFNLFlBQU4sTUFBTSxXQUFVO0FBQUEsRUFPckIsWUFDbUIsU0FDakIsVUFDaUIsT0FDakI7QUFIaUI7QUFFQTtBQUVqQixTQUFLLFVBQVUsR0FBRyxRQUFRO0FBQUEsRUFDNUI7QUFBQSxFQUxtQjtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBUm5CLGVBQWU7QUFBQSxFQUNFO0FBQUE7QUFBQSxFQUVBLFNBQTRDLENBQUM7QUFBQTtBQUFBLEVBVzlELEdBQUcsT0FBMEI7QUFDM0IsV0FBTyxJQUFJLFdBQVUsS0FBSyxTQUFTLE9BQU8sS0FBSyxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLO0FBQUEsRUFDN0U7QUFBQSxFQUVRLFVBQVUsVUFBb0IsVUFBa0IsYUFBc0IsV0FBNEI7QUFDeEcsUUFBSSxTQUFTLEtBQUssT0FBTyxRQUFRO0FBQ2pDLFFBQUksQ0FBQyxRQUFRO0FBQ1gsWUFBTSxVQUFrQyxFQUFFLFFBQVEsbUJBQW1CO0FBQ3JFLFVBQUksWUFBYSxTQUFRLGNBQWMsSUFBSTtBQUMzQyxVQUFJLEtBQUssTUFBTyxTQUFRLGdCQUFnQixVQUFVLEtBQUssS0FBSztBQUM1RCxlQUFTO0FBQUEsUUFDUDtBQUFBLFFBQ0EsTUFBTSxZQUFZLFFBQVE7QUFBQSxRQUMxQixTQUFTLEtBQUs7QUFBQSxRQUNkLGtCQUFrQixhQUFhLFFBQVE7QUFBQSxNQUN6QztBQUVBLFVBQUksQ0FBQyxVQUFXLFFBQU8sZUFBZTtBQUN0QyxXQUFLLE9BQU8sUUFBUSxJQUFJO0FBQUEsSUFDMUI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsS0FDTixVQUNBLFFBQ0EsTUFDQSxVQUNBLE9BQ0EsU0FDbUI7QUFDbkIsVUFBTSxjQUFjLFlBQVk7QUFDaEMsVUFBTSxNQUFNLGFBQUs7QUFBQSxNQUNmO0FBQUEsTUFDQSxHQUFHLEtBQUssT0FBTyxHQUFHLElBQUk7QUFBQSxNQUN0QixjQUFjLEtBQUssVUFBVSxPQUFPLElBQUk7QUFBQSxNQUN4QyxLQUFLLFVBQVUsVUFBVSxVQUFVLGFBQWEsVUFBVSxNQUFTO0FBQUEsSUFDckU7QUFFQSxVQUFNLFNBQVMsSUFBSTtBQUNuQixVQUFNLFdBQVcsV0FBVztBQUM1QixRQUFJLFdBQVcsSUFBSyxNQUFLLGVBQWU7QUFHeEMsUUFBSSxVQUFVLENBQUM7QUFDZixRQUFJLFNBQVMsVUFBVTtBQUNyQixnQkFBVTtBQUNWLGdCQUFVLE9BQU8sR0FBRyxLQUFLLFNBQVMsT0FBTyxTQUFTO0FBQ2xELGdCQUFVO0FBQUEsSUFDWjtBQUNBLFlBQVEsV0FBVztBQUNuQixZQUFRLFVBQVU7QUFDbEIsVUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQVUsVUFBVSxVQUFVLFVBQVUsTUFBUztBQUMxRSxVQUFNLEtBQUssTUFBTSxTQUFTLFFBQVEsSUFBSTtBQUN0QyxVQUFNLFFBQVEsTUFBTSxZQUFZO0FBQ2hDLGVBQVcsVUFBVSxJQUFJLFFBQVEsVUFBVSxLQUFLO0FBQ2hELFdBQU8sSUFBSSxXQUFzQixPQUFPLFFBQVEsU0FBUyxZQUFZLFVBQVUsTUFBTSxNQUFTO0FBQUEsRUFDaEc7QUFBQSxFQUVBLFNBQXFDO0FBQ25DLFdBQU8sS0FBSyxLQUFLLFVBQVUsT0FBTyxRQUFRLFFBQVEsR0FBRyxLQUFLLFFBQVE7QUFBQSxFQUNwRTtBQUFBLEVBRUEsTUFBTSxPQUFlLFVBQWlDO0FBQ3BELFdBQU8sS0FBSyxLQUFLLFNBQVMsUUFBUSxRQUFRLE9BQU8sR0FBRyxLQUFLLFNBQVMsRUFBRSxPQUFPLFNBQVMsQ0FBQztBQUFBLEVBQ3ZGO0FBQUEsRUFFQSxZQUFZLFFBQXlELENBQUMsR0FBdUI7QUFHM0YsUUFBSSxTQUFTO0FBQ2IsZUFBVyxPQUFPLE9BQU87QUFDdkIsWUFBTSxRQUFRLE1BQU0sR0FBeUI7QUFDN0MsVUFBSSxVQUFVLE9BQVcsV0FBVSxHQUFHLFNBQVMsTUFBTSxHQUFHLEdBQUcsR0FBRyxJQUFJLG1CQUFtQixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsSUFDckc7QUFDQSxXQUFPLEtBQUssS0FBSyxnQkFBZ0IsT0FBTyxHQUFHLFFBQVEsU0FBUyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssWUFBWTtBQUFBLEVBQzdGO0FBQUEsRUFFQSxhQUFhLFFBQW1DO0FBQzlDLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixRQUFRLFFBQVEsU0FBUyxHQUFHLEtBQUssVUFBVSxNQUFNO0FBQUEsRUFDckY7QUFBQSxFQUVBLFVBQVUsSUFBd0I7QUFDaEMsV0FBTyxLQUFLLEtBQUssY0FBYyxPQUFPLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxvQkFBb0I7QUFBQSxFQUN4RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFNBQTZDO0FBQ2hFLFdBQU8sS0FBSyxLQUFLLGlCQUFpQixTQUFTLFFBQVEsVUFBVSxFQUFFLEdBQUcsS0FBSyxVQUFVLE9BQU87QUFBQSxFQUMxRjtBQUFBLEVBRUEsYUFBYSxJQUEyQjtBQUN0QyxXQUFPLEtBQUssS0FBSyxpQkFBaUIsVUFBVSxRQUFRLFVBQVUsRUFBRSxHQUFHLEtBQUssTUFBUztBQUFBLEVBQ25GO0FBQUEsRUFFQSxTQUFTLElBQW1EO0FBQzFELFdBQU8sS0FBSyxLQUFLLG1CQUFtQixRQUFRLFFBQVEsWUFBWSxFQUFFLEdBQUcsS0FBSyxlQUFlLENBQUMsQ0FBQztBQUFBLEVBQzdGO0FBQUEsRUFFQSxPQUFPLE9BQXdCO0FBQzdCLFdBQU8sS0FBSyxLQUFLLFdBQVcsT0FBTyxRQUFRLE9BQU8sS0FBSyxHQUFHLEtBQUssS0FBSztBQUFBLEVBQ3RFO0FBQUEsRUFFQSxXQUFXLElBQVEsT0FBZ0M7QUFDakQsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsV0FBVyxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVM7QUFBQSxFQUN0RjtBQUFBLEVBRUEsYUFBYSxJQUFRLFFBQXlDO0FBQzVELFdBQU8sS0FBSyxLQUFLLGlCQUFpQixPQUFPLEdBQUcsUUFBUSxnQkFBZ0IsRUFBRSxDQUFDLFdBQVcsTUFBTSxJQUFJLEtBQUssTUFBUztBQUFBLEVBQzVHO0FBQUEsRUFFQSxhQUE4QztBQUM1QyxXQUFPLEtBQUssS0FBSyxlQUFlLE9BQU8sUUFBUSxZQUFZLEdBQUcsS0FBSyxXQUFXO0FBQUEsRUFDaEY7QUFBQSxFQUVBLFVBQVUsUUFBUSxJQUFxQjtBQUNyQyxXQUFPLEtBQUssS0FBSyxjQUFjLE9BQU8sR0FBRyxRQUFRLFdBQVcsQ0FBQyxVQUFVLEtBQUssSUFBSSxLQUFLLFdBQVc7QUFBQSxFQUNsRztBQUFBLEVBRUEsYUFBOEI7QUFDNUIsV0FBTyxLQUFLLEtBQUssZUFBZSxPQUFPLFFBQVEsWUFBWSxHQUFHLEtBQUssV0FBVztBQUFBLEVBQ2hGO0FBQ0Y7OztBQ3hXTyxJQUFNLGdCQUFnQjtBQUV0QixJQUFNLG1CQUFtQjtBQVl6QixTQUFTLFFBQVEsT0FBbUM7QUFDekQsUUFBTSxRQUFRLDBDQUEwQyxLQUFLLEtBQUs7QUFDbEUsU0FBTyxRQUFRLENBQUM7QUFDbEI7QUFHQSxTQUFTLFdBQVcsT0FBbUM7QUFDckQsUUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNLEdBQUcsRUFBRSxDQUFDLEdBQUksRUFBRTtBQUM1QyxTQUFPLE9BQU8sU0FBUyxFQUFFLElBQUksS0FBSztBQUNwQztBQU9PLElBQU0scUJBQXFCLElBQUksS0FBSyxLQUFLO0FBT3pDLFNBQVMsV0FBVyxPQUFlLFNBQWlCLEtBQXVCO0FBQ2hGLE1BQUksQ0FBQyxNQUFNLFdBQVcsZ0JBQWdCLEVBQUcsUUFBTztBQUNoRCxRQUFNLFFBQVEsUUFBUSxLQUFLO0FBQzNCLE1BQUksSUFBSyxRQUFPLFVBQVU7QUFDMUIsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLFVBQVUsUUFBUyxRQUFPO0FBQzlCLFFBQU0sVUFBVSxXQUFXLEtBQUs7QUFDaEMsU0FBTyxZQUFZLFVBQWEsV0FBVyxXQUFXLE9BQU8sS0FBSyxLQUFLO0FBQ3pFOzs7QUM2REEsZUFBc0Isa0JBQTBEO0FBQzlFLFFBQU0sUUFBdUMsQ0FBQztBQUM5QyxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJO0FBQ0YsWUFBTSxXQUFXLE1BQU0sZ0JBQVEsSUFBSSxHQUFHLEtBQUssWUFBWSxDQUFDLGdCQUFnQjtBQUN4RSxVQUFJLFNBQVUsT0FBTSxJQUFJLElBQUk7QUFBQSxJQUM5QixRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7OztBQ3hCTyxTQUFTQyxpQkFBc0I7QUFDcEMsTUFBSSxPQUFVLFdBQVksZUFBWSxPQUFVLFVBQVU7QUFDNUQ7OztBQ3pGTyxTQUFTLFFBQVEsVUFBa0JDLFNBQWtDO0FBQzFFLE1BQUlBLFFBQU8sV0FBVyxFQUFHLE9BQU0sSUFBSSxNQUFNLDBCQUEwQjtBQUNuRSxhQUFXLFNBQVNBLFFBQVEsS0FBSSxXQUFXLE1BQU0sT0FBUSxRQUFPLE1BQU07QUFDdEUsU0FBT0EsUUFBT0EsUUFBTyxTQUFTLENBQUMsRUFBRztBQUNwQztBQUVPLFNBQVMsT0FBTyxRQUErQztBQUNwRSxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU87QUFDaEMsUUFBTSxTQUFTLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0MsUUFBTSxNQUFNLEtBQUssTUFBTSxPQUFPLFNBQVMsQ0FBQztBQUN4QyxTQUFPLE9BQU8sU0FBUyxJQUFJLE9BQU8sR0FBRyxLQUFLLE9BQU8sTUFBTSxDQUFDLElBQUssT0FBTyxHQUFHLEtBQU07QUFDL0U7QUFHTyxJQUFNLGVBQWU7QUFNckIsU0FBUyxXQUFXLFlBQW9CLElBQWEsbUJBQTJCLFNBQXlCO0FBQzlHLFNBQU8sTUFBTSxhQUFhLFlBQVksb0JBQW9CLFdBQVc7QUFDdkU7OztBQ2RBLFNBQVMscUJBQTZCO0FBQ3BDLFVBQVEsS0FBSyxJQUFJLElBQUksa0JBQUssU0FBUyxhQUFhO0FBQ2xEO0FBSUEsSUFBSSxhQUFhO0FBR1YsU0FBUyxXQUFXQyxTQUFrQztBQUMzRCxlQUFhO0FBQ2IsUUFBTSxPQUFPLFFBQVEsbUJBQW1CLEdBQUdBLE9BQU07QUFDakQsb0JBQUssR0FBRyxRQUFRLEtBQUssUUFBUTtBQUM3QixTQUFPO0FBQ1Q7QUFTTyxTQUFTLFdBQ2QsWUFDQUEsU0FDQSxXQUNBLFVBQ0EsVUFBVSxJQUNIO0FBQ1AsUUFBTSxRQUFRLElBQUksTUFBTSxVQUFVO0FBQ2xDLFFBQU0sbUJBQTZCLENBQUM7QUFDcEMsTUFBSTtBQUNKLGtCQUFnQixDQUFDLFdBQVcsWUFBWSxPQUFPO0FBQzdDLFFBQUksQ0FBQyxXQUFZO0FBQ2pCLFVBQU0sUUFBUSxRQUFRLG1CQUFtQixHQUFHQSxPQUFNO0FBQ2xELHNCQUFLLEdBQUcsUUFBUSxLQUFLLFFBQVE7QUFDN0IsUUFBSSxVQUFVLFdBQVc7QUFDdkIsVUFBSSxHQUFJLGtCQUFpQixLQUFLLFVBQVU7QUFDeEMsd0JBQWtCO0FBQUEsSUFDcEIsV0FBVyxTQUFTLFNBQVMsS0FBSyxHQUFHO0FBQ25DLDBCQUFvQixPQUFPLGdCQUFnQjtBQUMzQyxVQUFJLG9CQUFvQixPQUFXLE9BQU0sSUFBSSxXQUFXLFlBQVksSUFBSSxpQkFBaUIsT0FBTyxDQUFDO0FBQUEsSUFDbkc7QUFBQSxFQUNGLENBQUM7QUFDRCxTQUFPO0FBQ1Q7OztBQ25EQSxJQUFNLFdBQVcsSUFBSSxRQUFRLFVBQVU7QUFVdkMsSUFBTSxXQUEyQyxDQUFDO0FBRWxELElBQUk7QUFHRyxTQUFTLGNBQWNDLFNBQWdCLE1BQW9CO0FBQ2hFLFNBQU8sU0FBUyxJQUFJLEtBQUtBLFFBQU8sTUFBTSxJQUFJLEVBQUU7QUFDOUM7QUFRTyxTQUFTLFlBQ2QsV0FDbUM7QUFDbkMsU0FBTyxDQUFDLFNBQVM7QUFDZixRQUFJLENBQUMsS0FBSyxhQUFjLFlBQVcsQ0FBQztBQUNwQyxRQUFJLE9BQVEsUUFBTyxVQUFVLElBQUk7QUFDakMsV0FBTyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsVUFBVTtBQUN2QyxlQUFTO0FBQ1QsZ0JBQVUsSUFBSTtBQUFBLElBQ2hCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFDQSxJQUFJO0FBR0osSUFBTSxlQUFlLENBQUMsU0FBaUIsS0FBSyxJQUFJLElBQUksT0FBTyxFQUFFO0FBRTdELFNBQVMsTUFBTUEsU0FBZ0IsT0FBZ0IsTUFBaUM7QUFDOUUsUUFBTSxVQUFVLFlBQVksTUFBTSxNQUFNLGNBQWNBLFNBQVEsSUFBSSxDQUFDO0FBQ25FLE1BQUksQ0FBQyxRQUFTLFFBQU87QUFDckIsZ0JBQWMsSUFBSSxVQUFVQSxRQUFPLFNBQVNBLFFBQU8sV0FBVztBQUM5RCxRQUFNLFNBQVMsVUFBVSxNQUFNLFFBQVEsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNoRSxNQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxZQUFZLE9BQU8sYUFBYSxJQUFJLE9BQU8sYUFBYTtBQUNsRyxTQUFPO0FBQUEsSUFDTCxRQUFRLElBQUksVUFBVUEsUUFBTyxTQUFTQSxRQUFPLGFBQWEsT0FBTyxZQUFZO0FBQUEsSUFDN0UsU0FBUyxLQUFLLElBQUksS0FBSyxPQUFPLGFBQWEsSUFBSSxLQUFLO0FBQUEsSUFDcEQsU0FBUztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsUUFBUUEsU0FBZ0IsTUFBZSxNQUFpQztBQUMvRSxRQUFNLFVBQVUsU0FBUyxJQUFJO0FBQzdCLE1BQUksV0FBVyxDQUFDLFFBQVEsT0FBTyxnQkFBZ0IsS0FBSyxJQUFJLElBQUksUUFBUSxRQUFTLFFBQU87QUFDcEYsTUFBSSxRQUFTLFVBQVMsSUFBSSxHQUFHLEVBQUUsS0FBSyxDQUFDO0FBQ3JDLFFBQU0sT0FBTyxNQUFNQSxTQUFRLE1BQU0sSUFBSTtBQUVyQyxNQUFJLFFBQVEsUUFBUyxNQUFLLFVBQVUsUUFBUTtBQUM1QyxXQUFTLElBQUksSUFBSTtBQUNqQixTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVdBLFNBQWdCLE1BQWUsTUFBbUM7QUFDM0YsU0FBTyxRQUFRQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQ3RDO0FBR08sU0FBUyxXQUFXQSxTQUFnQixNQUFlLE1BQWtCO0FBQzFFLFFBQU0sVUFBVSxRQUFRQSxTQUFRLE1BQU0sSUFBSTtBQUMxQyxNQUFJLENBQUMsUUFBUyxRQUFPLENBQUM7QUFDdEIsTUFBSSxDQUFDLFFBQVEsU0FBUztBQUNwQixVQUFNLE9BQU8sUUFBUSxPQUFPLFlBQVksRUFBRSxHQUFHLGVBQWUsT0FBTyxJQUFJLENBQUMsRUFBRTtBQUMxRSxRQUFJLENBQUMsS0FBTSxRQUFPLENBQUM7QUFDbkIsWUFBUSxVQUFVLEtBQUssTUFBTSxJQUFJLENBQUMsV0FBVyxPQUFPLEVBQUU7QUFBQSxFQUN4RDtBQUNBLFNBQU8sUUFBUTtBQUNqQjs7O0FDM0ZPLElBQU0sc0JBQXNCLElBQUksTUFBTSx5QkFBeUIsSUFBSTtBQUVuRSxJQUFNLHFCQUFxQixJQUFJLE1BQU0sd0JBQXdCLElBQUk7QUFFakUsSUFBTSw2QkFBNkIsSUFBSSxNQUFNLGlDQUFpQyxJQUFJO0FBRWxGLElBQU0sbUJBQW1CLElBQUksS0FBSyxtQkFBbUI7QUFFckQsSUFBTSxpQkFBaUIsSUFBSSxRQUFRLGlCQUFpQjtBQUVwRCxJQUFNLGtCQUFrQixJQUFJLEtBQUssa0JBQWtCO0FBRW5ELElBQU0saUJBQWlCLElBQUksUUFBUSxpQkFBaUI7OztBQ1YzRCxJQUFNLG9CQUFvQjtBQUMxQixJQUFJLGVBQWU7QUFFbkIsSUFBTSxhQUFtRCxDQUFDO0FBRW5ELFNBQVMsWUFBWSxNQUFjLFVBQW9CLEtBQW9CO0FBQ2hGLE1BQUksT0FBTyxXQUFXLElBQUk7QUFDMUIsTUFBSSxTQUFTLFFBQVc7QUFDdEIsV0FBTyxFQUFFLFVBQVUsS0FBSztBQUN4QixlQUFXLElBQUksSUFBSTtBQUFBLEVBQ3JCO0FBQ0EsTUFBSTtBQUNGLG9CQUFnQixJQUFJLFNBQVMsR0FBRyxHQUFHLElBQUk7QUFBQSxFQUN6QyxTQUFTLE9BQU87QUFDZCxvQkFBZ0IsSUFBSSxPQUFPLElBQUk7QUFDL0IsbUJBQWUsSUFBSSxHQUFHLElBQUk7QUFDMUIsUUFBSSxpQkFBaUIsbUJBQW1CO0FBQ3RDLGNBQVE7QUFBQSxRQUNOLGFBQWEsSUFBSSxZQUFZLGlCQUFpQixRQUFTLE1BQU0sU0FBUyxNQUFNLFVBQVcsT0FBTyxLQUFLLENBQUM7QUFBQSxNQUN0RztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQ1pBLFNBQVMsY0FBYyxNQUFpQyxJQUFtRDtBQUN6RyxNQUFJLENBQUMsUUFBUSxDQUFDLEdBQUksUUFBTztBQUN6QixRQUFNLEtBQUssS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUMzQyxTQUFPLE9BQU8sU0FBUyxFQUFFLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFDL0M7QUFFQSxTQUFTLGVBQWUsS0FBZ0I7QUFDdEMsYUFBVyxXQUFXLElBQUksVUFBVTtBQUNsQyxVQUFNLEtBQUssUUFBUSxlQUFlLGNBQWMsUUFBUSxZQUFZLFFBQVEsV0FBVztBQUN2RixRQUFJLE9BQU8sT0FBTyxZQUFZLFFBQVEsV0FBVyxZQUFhLHFCQUFvQixJQUFJLEVBQUU7QUFBQSxFQUMxRjtBQUNBLFFBQU0sUUFBUSxjQUFjLElBQUksWUFBWSxJQUFJLFdBQVc7QUFDM0QsTUFBSSxVQUFVLE9BQVcsb0JBQW1CLElBQUksS0FBSztBQUN2RDtBQU9PLFNBQVMsZ0JBQ2QsUUFDQSxVQUNBLGVBQ0EsVUFDQSxVQUF1QyxNQUFNLFFBQzFCO0FBQ25CLFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUTtBQUN6QyxNQUFJLENBQUMsU0FBUyxNQUFNO0FBQ2xCLHFCQUFpQixJQUFJLElBQUk7QUFDekIsV0FBTyxFQUFFLFdBQVcsT0FBTyxLQUFLLE9BQVU7QUFBQSxFQUM1QztBQUNBLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxXQUFXLFVBQVUsV0FBVztBQUN0QyxNQUFJO0FBQ0osU0FBTyxLQUFLLElBQUksSUFBSSxVQUFVO0FBQzVCLFVBQU0sYUFBYTtBQUNuQixVQUFNLFNBQVMsUUFBUTtBQUN2QixRQUFJLENBQUMsT0FBUTtBQUNiLFVBQU0sU0FBUyxPQUFPLE9BQU8sU0FBUyxLQUFLLE1BQU07QUFDakQsUUFBSSxDQUFDLE9BQU8sS0FBTTtBQUNsQixVQUFNLE9BQU87QUFDYixRQUFJLElBQUksV0FBVyxlQUFlLElBQUksV0FBVyxTQUFVO0FBQUEsRUFDN0Q7QUFDQSxRQUFNLFlBQVksS0FBSyxXQUFXO0FBQ2xDLG1CQUFpQixJQUFJLENBQUMsU0FBUztBQUMvQixNQUFJLGFBQWEsS0FBSztBQUNwQiwrQkFBMkIsSUFBSSxLQUFLLElBQUksSUFBSSxPQUFPO0FBQ25ELG1CQUFlLEdBQUc7QUFBQSxFQUNwQjtBQUNBLFNBQU8sRUFBRSxXQUFXLElBQUk7QUFDMUI7OztBQ2hFQSxJQUFJO0FBUUcsU0FBUyxNQUFNLE9BQTJDO0FBQy9ELFFBQU0sVUFBVSxNQUFNLE1BQU0sS0FBSyxPQUFPLEtBQUssTUFBTSxNQUFNLE1BQU07QUFDL0QsTUFBSSxVQUFVLEVBQUcsT0FBTSxPQUFPO0FBQzlCLGNBQVk7QUFDZDtBQVFPLFNBQVMsYUFBZ0IsT0FBbUMsU0FBaUIsS0FBSyxPQUFPLEdBQU07QUFDcEcsUUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxDQUFDO0FBQ3hELE1BQUksUUFBUSxTQUFTO0FBQ3JCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLGFBQVMsRUFBRTtBQUNYLFFBQUksUUFBUSxFQUFHLFFBQU8sRUFBRTtBQUFBLEVBQzFCO0FBQ0EsU0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUc7QUFDbEM7QUFHTyxTQUFTLFFBQVcsT0FBb0M7QUFDN0QsU0FBTyxNQUFNLFdBQVcsSUFBSSxTQUFZLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ3hGOzs7QUNkQSxTQUFTLFVBQVUsS0FBYyxNQUFtQztBQUNsRSxTQUFPLFdBQVcsSUFBSSxRQUFRLElBQUksTUFBTSxJQUFJO0FBQzlDO0FBR08sU0FBUyxZQUFZLE1BQWMsS0FBc0I7QUFDOUQsU0FBTyxRQUFRLElBQUksSUFBSSxJQUFJLEtBQUssS0FBSyxNQUFNLGtCQUFLLEdBQUcsUUFBUSxNQUFNLGtCQUFLLEdBQUcsbUJBQW1CO0FBQzlGO0FBRUEsSUFBTSxpQkFBMEMsQ0FBQyxRQUFRLFlBQVksTUFBTTtBQUczRSxTQUFTLFdBQVcsUUFBbUIsSUFBaUI7QUFDdEQsUUFBTSxTQUFTLE9BQU8sVUFBVSxFQUFFO0FBQ2xDLE1BQUksQ0FBQyxPQUFPLEtBQU0sUUFBTztBQUN6QixRQUFNLGFBQWEsT0FBTyxLQUFLLFlBQVksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxXQUFXO0FBQ3JGLFFBQU0sVUFBVSxRQUFRLFNBQVM7QUFDakMsU0FBTyxZQUFZLFVBQWEsT0FBTyxXQUFXLElBQUksUUFBUSxLQUFLLEVBQUU7QUFDdkU7QUFJQSxJQUFNLGVBQXdEO0FBQUEsRUFDNUQsRUFBRSxRQUFRLEdBQUcsTUFBTSxDQUFDLFdBQVcsT0FBTyxZQUFZLEVBQUUsT0FBTyxJQUFJLFFBQVEsS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHO0FBQUEsRUFDaEg7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFFckIsWUFBTSxLQUFLLFFBQVEsV0FBVyxJQUFJLFFBQVEsSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUM5RCxhQUFPLE9BQU8sVUFBYSxXQUFXLFFBQVEsRUFBRTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFFBQVE7QUFBQSxJQUNSLE1BQU0sQ0FBQyxRQUFRLFFBQVE7QUFDckIsWUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLFFBQ2xDLE9BQU8sWUFBWSxXQUFXLEdBQUc7QUFBQSxRQUNqQyxPQUFPO0FBQUEsUUFDUCxPQUFPO0FBQUEsUUFDUCxlQUFlO0FBQUEsTUFDakIsQ0FBQztBQUNELFVBQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixxQkFBZSxJQUFJLENBQUM7QUFDcEIsWUFBTSxXQUFXLE9BQU8sVUFBVSxRQUFRLEtBQUssRUFBRSxFQUFFO0FBQ25ELGFBQU8sWUFBWSxPQUFPLGFBQWEsUUFBUSxLQUFLLEVBQUUsRUFBRTtBQUFBLElBQzFEO0FBQUEsRUFDRjtBQUNGO0FBR08sSUFBTSxjQUF3QixDQUFDLFFBQ3BDLE1BQU0sZ0JBQWdCLE1BQU07QUFDMUIsUUFBTSxTQUFTLFVBQVUsS0FBSyxTQUFTO0FBQ3ZDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sWUFBWSxFQUFFLE9BQU8sR0FBRyxDQUFDLEVBQUU7QUFDM0MsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixXQUFTLE9BQU8sR0FBRyxPQUFPLEdBQUcsUUFBUTtBQUNuQyxTQUFLLGFBQWEsWUFBWSxFQUFFLFFBQVEsR0FBRyxLQUFLO0FBQ2hELFVBQU0sSUFBSSxPQUFPLFVBQVU7QUFBQSxFQUM3QjtBQUNBLFNBQU87QUFDVCxDQUFDO0FBR0ksSUFBTSxZQUFzQixDQUFDLFFBQ2xDLE1BQU0sY0FBYyxNQUFNO0FBQ3hCLFFBQU0sRUFBRSxRQUFBQyxRQUFPLElBQUk7QUFDbkIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsUUFBTSxVQUFVLE9BQU8sYUFBYTtBQUFBLElBQ2xDLE9BQU8sWUFBWSxTQUFTLEdBQUc7QUFBQSxJQUMvQixPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxlQUFlQSxRQUFPO0FBQUEsRUFDeEIsQ0FBQztBQUNELE1BQUksQ0FBQyxRQUFRLEtBQU0sUUFBTztBQUMxQixpQkFBZSxJQUFJLENBQUM7QUFDcEIsUUFBTSxLQUFLLFFBQVEsS0FBSztBQUN4QixRQUFNQSxRQUFPLFVBQVU7QUFDdkIsTUFBSSxLQUFLLE9BQU8sYUFBYSxJQUFJLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxFQUFFO0FBQzVFLFFBQU0sYUFBYTtBQUFBLElBQWdCO0FBQUEsSUFBUTtBQUFBLElBQUlBLFFBQU87QUFBQSxJQUFlQSxRQUFPO0FBQUEsSUFBb0IsTUFDOUYsVUFBVSxLQUFLLE9BQU87QUFBQSxFQUN4QjtBQUNBLE9BQUssV0FBVyxhQUFhO0FBRTdCLFFBQU0sUUFBUSxVQUFVLEtBQUssT0FBTztBQUNwQyxNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLE1BQUksV0FBVyxXQUFXO0FBQ3hCLFNBQUssV0FBVyxPQUFPLEVBQUUsS0FBSztBQUM5QixVQUFNQSxRQUFPLFVBQVU7QUFDdkIsU0FBSyxNQUFNLGFBQWEsSUFBSSxRQUFRLGNBQWMsS0FBSyxNQUFNLEVBQUUsTUFBTTtBQUFBLEVBQ3ZFO0FBQ0EsUUFBTUEsUUFBTyxVQUFVO0FBQ3ZCLFNBQU8sTUFBTSxhQUFhLEVBQUUsRUFBRSxNQUFNO0FBQ3RDLENBQUM7QUFHSSxJQUFNLFlBQXNCLENBQUMsUUFDbEMsTUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBTSxTQUFTLFVBQVUsS0FBSyxPQUFPO0FBQ3JDLE1BQUksQ0FBQyxPQUFRLFFBQU87QUFDcEIsTUFBSSxLQUFLLE9BQU8sV0FBVyxFQUFFO0FBQzdCLFFBQU0sSUFBSSxPQUFPLFVBQVU7QUFDM0IsT0FBSyxPQUFPLFVBQVUsRUFBRSxFQUFFLE1BQU07QUFDaEMsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUMzQixPQUFLLE9BQU8sV0FBVyxFQUFFLE1BQU07QUFDL0IsUUFBTSxJQUFJLE9BQU8sVUFBVTtBQUUzQixRQUFNLFlBQVksT0FBTyxZQUFZLEVBQUUsR0FBRyxTQUFTLE9BQU8sR0FBRyxDQUFDLEVBQUUsTUFBTSxTQUFTLENBQUM7QUFDaEYsYUFBVyxVQUFVLFVBQVUsT0FBTyxDQUFDLE1BQU0sV0FBVyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxHQUFHLENBQUMsR0FBRztBQUNwRyxTQUFLLE9BQU8sYUFBYSxPQUFPLEVBQUUsRUFBRSxNQUFNO0FBQUEsRUFDNUM7QUFDQSxTQUFPO0FBQ1QsQ0FBQzs7O0FDOUdJLFNBQVMsZ0JBQWdCQyxTQUFnQixhQUF5QixNQUFNLFFBQVc7QUFDeEYsUUFBTSxPQUFPLENBQUMsTUFBYyxhQUMxQixZQUFZLENBQUMsU0FBd0I7QUFDbkMsZUFBVztBQUNYLGdCQUFZLE1BQU0sVUFBVSxFQUFFLFFBQUFBLFNBQVEsS0FBSyxDQUFDO0FBQUEsRUFDOUMsQ0FBQztBQUNILFNBQU87QUFBQSxJQUNMLGNBQWMsS0FBSyxXQUFXLFdBQVc7QUFBQSxJQUN6QyxZQUFZLEtBQUssU0FBUyxTQUFTO0FBQUEsSUFDbkMsWUFBWSxLQUFLLFNBQVMsU0FBUztBQUFBLEVBQ3JDO0FBQ0Y7OztBQ3BCQSxJQUFNLE9BQU8sY0FBYyxTQUFTO0FBQ3BDLElBQU0sRUFBRSxTQUFTLFdBQVcsU0FBUyxXQUFXLElBQUksWUFBWSxTQUFTLEtBQUs7QUFDOUUsSUFBTUMsVUFBUyxFQUFFLEdBQUcsTUFBTSxRQUFRO0FBQ2xDLElBQU0sU0FBa0I7QUFBQSxFQUN0QixFQUFFLE1BQU0sUUFBUSxRQUFRQSxRQUFPLFFBQVE7QUFBQSxFQUN2QyxFQUFFLE1BQU0sY0FBYyxRQUFRQSxRQUFPLFVBQVVBLFFBQU8sWUFBWSxFQUFFO0FBQUEsRUFDcEUsRUFBRSxNQUFNLGFBQWEsUUFBUUEsUUFBTyxVQUFVQSxRQUFPLFVBQVU7QUFBQSxFQUMvRCxFQUFFLE1BQU0sYUFBYSxRQUFRLFNBQVM7QUFDeEM7QUFDQSxXQUFXLHNCQUFzQixRQUFRLGNBQWMsQ0FBQyxXQUFXLENBQUM7QUFnQzdELElBQU0sRUFBRSxjQUFjLFlBQVksV0FBVyxJQUFJLGdCQUFnQkMsU0FBUSxNQUFNLFdBQVcsTUFBTSxDQUFDOzs7QUN2RGpHLFNBQVMsaUJBQWlCLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxjQUFjLEdBQUcsSUFBSTtBQUFHO0FBQzNFLElBQU0sVUFBVSxTQUFTLElBQUksUUFBUSxFQUFFLFVBQVU7QUFDakQsU0FBUyxTQUFTLE1BQU07QUFBRSxTQUFPLFFBQVEsRUFBRSxNQUFNLEdBQUcsSUFBSTtBQUFHO0FBQzNELFNBQVNDLGFBQVksTUFBTTtBQUFFLFNBQU8sUUFBUSxFQUFFLFNBQVMsR0FBRyxJQUFJO0FBQUc7IiwKICAibmFtZXMiOiBbIl9fY29tbW9uSlMiLCAiZXhwb3J0cyIsICJtb2R1bGUiLCAiYWRtaW5Vc2VycyIsICJoYW5kbGVTdW1tYXJ5IiwgIm9wdGlvbnMiLCAicG9sbFJlc291cmNlcyIsICJwb3dlclVzZXJzIiwgInJlZ3VsYXJVc2VycyIsICJzZXR1cCIsICJ0ZWFyZG93biIsICJERUZBVUxUX1RBUkdFVFMiLCAiUk9MRVMiLCAiVXNlcnNGaWxlRXJyb3IiLCAicGFyc2VVc2Vyc0NzdiIsICJ0ZXh0IiwgImZhaWwiLCAicGFyc2VQb29sU3BlYyIsICJwYXJ0IiwgInBvb2xFbWFpbCIsICJ0b29TbWFsbEZvckRpc3RpbmN0IiwgInZ1SWRCb3VuZCIsICJDb25maWdFcnJvciIsICJNQVhfUkFNUF9VUF9TIiwgIk1BWF9SQU1QX0RPV05fUyIsICJyYXciLCAibnVtYmVySW4iLCAibWlsbGlzIiwgImZyYWN0aW9uIiwgInJhbXBVcFMiLCAiY29uZmlnIiwgImVudk51bWJlciIsICJEVVJBVElPTiIsICJSQU1QX1VQIiwgIlJBTVBfRE9XTiIsICJ3aG9sZVNlY29uZHMiLCAiZml0UmFtcHMiLCAic2Vjb25kcyIsICJyYW1wVXBFbnRyeSIsICJtZXRyaWNLZXkiLCAidG9LNlRocmVzaG9sZHMiLCAiaXNBcnJpdmFsUmF0ZSIsICJzcGxpdFVzZXJzIiwgIndlaWdodHMiLCAicmFtcGluZ1VzZXJzIiwgImV4ZWMiLCAicmFtcGluZ0R1cmF0aW9uUyIsICJTVU1NQVJZX1RSRU5EX1NUQVRTIiwgImltcG9ydF9rNiIsICJpbXBvcnRfZXhlY3V0aW9uIiwgImltcG9ydF9odHRwIiwgImltcG9ydF9tZXRyaWNzIiwgImltcG9ydF9kYXRhIiwgIlNIQVJFRF9DT05GSUciLCAiZ3VhcmRlZENvbmZpZyIsICJkZWNsYXJlTWV0cmljcyIsICJzZXJ2ZXIiLCAiUE9MTCIsICJjdXJzb3IiLCAiZXJyb3JzU2VlbiIsICJsb2FkTWFya2VkIiwgIm1hcmtQaGFzZSIsICJodHRwIiwgInJlc291cmNlc1NjZW5hcmlvIiwgInBhcnNlIiwgInBvbGxPbmNlIiwgInNhbXBsZSIsICJlbmRMb2FkIiwgInJlc291cmNlR2F0ZXMiLCAicmVhZEZpbGUiLCAiZmlsZVBvb2wiLCAiaW1wb3J0X2RhdGEyIiwgIm1ha2VQb29sIiwgImFjY291bnRPZlZ1IiwgInBvb2wiLCAiY2xhc3NQYXNzd29yZCIsICJpbXBvcnRfZXhlY3V0aW9uMiIsICJhc3NlcnREaXN0aW5jdCIsICJpbXBvcnRfc2VjcmV0cyIsICJBUElfU0NPUEUiLCAiYXBpUGF0aCIsICJyb3V0ZU5hbWVzIiwgInRhZ3NCeUVuZHBvaW50IiwgInJlcXVlc3RUYWdzIiwgImlzSWQiLCAiaXNDb3VudCIsICJoYXNTaGFwZSIsICJpc0pzb24iLCAicmVhZGluZyIsICJyZWFkRmllbGQiLCAiTGF6eVJlc3VsdCIsICJwYXJzZUpzb24iLCAic3RhdHVzQ2FsbGJhY2tzIiwgImV4cGVjdFN0YXR1cyIsICJpbXBvcnRfaHR0cDIiLCAib2JzZXJ2ZXIiLCAib2JzZXJ2ZVJlcXVlc3RzIiwgIm91dGNvbWUiLCAiY2hlY2tTZXRzIiwgImNoZWNrc0ZvciIsICJBcGlDbGllbnQiLCAicGFyYW1zIiwgImltcG9ydF9rNjIiLCAiREFUQVNFVF9USVRMRSIsICJSVU5fVElUTEVfRklMVEVSIiwgImRhdGFzZXRUaXRsZSIsICJuZXdSdW5JZCIsICJydW5JZE9mIiwgInJ1blN0YXJ0T2YiLCAiTElWRV9SVU5fV0lORE9XX01TIiwgImlzTGVmdG92ZXIiLCAiY291bnQiLCAiaW1wb3J0X2h0dHAzIiwgImltcG9ydF9rNjMiLCAicXVpZXRMb2dpbiIsICJlbnN1cmVEYXRhc2V0IiwgImJhc2UiLCAib3BlbiIsICJyZW1vdmVDb3Vyc2VzIiwgImltcG9ydF9leGVjdXRpb24zIiwgInVybCIsICJpbXBvcnRfaHR0cDQiLCAic2VjcmV0IiwgImxvZ2luIiwgImltcG9ydF9rNjQiLCAic2VjcmV0UGFzc3dvcmRzIiwgInNlY3JldHMiLCAicHJlcGFyZVJ1biIsICJhbm9ueW1vdXMiLCAiY2xlYW5VcFJ1biIsICJlbnRyeU9wdGlvbnMiLCAicGhhc2VBdCIsICJwaGFzZXMiLCAibWVkaWFuIiwgIkZBSUxFRF9EUklGVCIsICJkcmlmdFJhdGlvIiwgImVsYXBzZWRJblNjZW5hcmlvUyIsICJpbXBvcnRfZXhlY3V0aW9uNCIsICJpblNjZW5hcmlvIiwgImVudGVyUGhhc2UiLCAidHJhY2tEcmlmdCIsICJpbXBvcnRfbWV0cmljczIiLCAiZXNjYXBlWG1sIiwgImVzY2FwZU1hcmtkb3duQ2VsbCIsICJtYXJrZG93bkNvZGUiLCAiZXhwcmVzc2lvbiIsICJ1bml0T2YiLCAidGhyZXNob2xkUm93cyIsICJlbmRwb2ludFJvd3MiLCAiZHJvcHBlZEl0ZXJhdGlvbnMiLCAiaXRlcmF0aW9ucyIsICJtZXRyaWNWYWx1ZSIsICJwZXJjZW50aWxlQ2F2ZWF0IiwgImZvcm1hdFZhbHVlIiwgImRyb3BwZWRUZXh0IiwgInNlcnZlclJlc291cmNlcyIsICJyZXNvdXJjZXNUZXh0IiwgInJlc291cmNlc0xpbmUiLCAiYnVpbGRSZXN1bHRzIiwgImp1bml0UmVwb3J0IiwgIm1hcmtkb3duUmVwb3J0IiwgInRleHRTdW1tYXJ5IiwgIm1ha2VIYW5kbGVTdW1tYXJ5IiwgInJlbG9naW5zIiwgImltcG9ydF9tZXRyaWNzMyIsICJzZXNzaW9ucyIsICJ3aXRoU2VjcmV0cyIsICJyZW5ld01hcmdpblMiLCAic2Vzc2lvbiIsICJ1c2VyQ2xpZW50IiwgIm93bkNvdXJzZXMiLCAiY2hhcHRlckdlbmVyYXRpb25NcyIsICJpbXBvcnRfbWV0cmljczQiLCAiY291cnNlR2VuZXJhdGlvbk1zIiwgImNvdXJzZUdlbmVyYXRpb25PYnNlcnZlZE1zIiwgImdlbmVyYXRpb25GYWlsZWQiLCAiY291cnNlc0NyZWF0ZWQiLCAid29ya2Zsb3dTdWNjZXNzIiwgIndvcmtmbG93RXJyb3JzIiwgIk1BWF9MT0dHRURfRVJST1JTIiwgImxvZ2dlZEVycm9ycyIsICJ0YWdzQnlOYW1lIiwgInJ1bldvcmtmbG93IiwgIm1pbGxpc0JldHdlZW4iLCAicmVjb3JkSm9iVGltZXMiLCAiZ2VuZXJhdGVBbmRXYWl0IiwgImltcG9ydF9rNjUiLCAiaG9sZFBvaW50IiwgInRoaW5rIiwgImltcG9ydF9rNjYiLCAicGlja1dlaWdodGVkIiwgInBpY2tPbmUiLCAiY2xpZW50Rm9yIiwgInVuaXF1ZVRpdGxlIiwgImltcG9ydF9leGVjdXRpb241IiwgIkVYUE9SVF9GT1JNQVRTIiwgInJlYWRDb3Vyc2UiLCAicmVndWxhclRhc2tzIiwgInJlZ3VsYXJVc2VyIiwgImltcG9ydF9rNjciLCAicG93ZXJVc2VyIiwgImFkbWluVXNlciIsICJwb3B1bGF0aW9uU2NlbmFyaW9zIiwgInBvcHVsYXRpb25FeGVjcyIsICJlcnJvckdhdGVzIiwgImFib3J0R2F0ZXMiLCAic3VjY2Vzc0dhdGVzIiwgImhvbGRQOTUiLCAiZHJpZnRMaW1pdCIsICJmYWlsIiwgImNvbmZpZyIsICJwb29sIiwgImNsYXNzUGFzc3dvcmQiLCAicG9sbFJlc291cmNlcyIsICJwaGFzZXMiLCAicGhhc2VzIiwgImNvbmZpZyIsICJjb25maWciLCAiY29uZmlnIiwgImNvbmZpZyIsICJjb25maWciLCAidGVhcmRvd24iXQp9Cg==
